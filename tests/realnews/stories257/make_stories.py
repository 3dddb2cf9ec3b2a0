"""Builds stories.jsonl: the 257-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories250/make_stories.py). Domain: garbage and waste collection crises, landfills,
street-cleaning strikes and waste-management contracts (the Jdeideh landfill closing in Lebanon and the cabinet's
decision to extend it, a two-day national strike of Tunisia's municipal workers that stopped garbage collection,
a strike of unpaid cleaning workers in two Kuwaiti governorates and the Municipal Council's meeting on it). None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- lebanon-jdeideh-landfill-closure-2025
S = "lebanon-jdeideh-landfill-closure-2025"
CABINET = "2025-10-09"  # the cabinet session at the Serail, Thu 9 Oct 2025 (LBC 9 Oct; Al-Liwaa 'امس' on Fri 10)
art(S, "https://kataeb.org/articles/%D8%B1%D8%A7%D9%85%D9%83%D9%88-%D8%AA%D9%88%D9%82%D9%81%D8%AA-%D9%88%D8%A7%D9%84%D9%85%D8%B7%D9%85%D8%B1-%D8%A3%D9%82%D9%81%D9%84-%D9%87%D9%84-%D8%AA%D8%B9%D9%88%D8%AF-%D8%A7%D9%84%D9%86%D9%81%D8%A7%D9%8A%D8%A7%D8%AA-%D9%84%D8%AA%D8%BA%D8%B2%D9%88-%D8%A7%D9%84%D8%B4%D9%88%D8%A7%D8%B1%D8%B9",
    "2025-10-07", "the body's 'صباح اليوم الثلاثاء 7 تشرين الأول 2025' for Ramco's announcement (7 Oct 2025 was a Tuesday; the URL has no date); the last sentence cut to its complete clause where the stored text breaks off ('بالتعاون مع المتعهد المكلف كنس الطرقات و...')", True, """
رامكو توقفت والمطمر أقفل.. هل تعود النفايات لتغزو الشوارع؟
في مشهد يعيد السيناريو القاتم للنفايات الذي يلاحق اللبنانيين منذ سنوات، أعلنت شركة رامكو/التاس-ب صباح اليوم الثلاثاء 7 تشرين الأول 2025 أنها أوقفت كلياً جمع النفايات في المتن وكسروان ومدينة بيروت الإدارية، بعد إقفال مطمر الجديدة وامتناعه عن استقبال أي كميات إضافية.
ولفتت الشركة في بيان رسمي إلى أنها كانت قد حذّرت الجهات المعنية سلفاً من النتائج المباشرة لهذا الإقفال، منبّهة إلى تكدّس النفايات على نحو يخرج عن سيطرتها، وربطت عودتها إلى العمل بإعادة فتح المطمر رسمياً.
وفي هذا الإطار، وجّه رئيس بلدية الجديدة - السد - البوشرية أوغوست باخوس عبر موقع kataeb.org نداءً إلى مجلس الإنماء والإعمار والوزارات المعنية، طالب فيه بتفعيل آلية "Swapping" التي سبق العمل بها لمدة أربعة أشهر، حين كانت نفايات كوستا برافا تُنقل إلى مطمر الجديدة، على أن يتم اليوم تبادل الأدوار مؤقتاً فتُنقل نفايات المتن وكسروان إلى مطمر كوستا برافا، ريثما يتم التوصل إلى حل دائم ومستدام.
ومع انسداد الأفق، كشف باخوس أن البلدية وضعت خطة طوارئ بيئية تقوم على إنشاء نقاط تجميع صغيرة مؤقتة للنفايات داخل نطاقها.
""", [
    ev("ramco-halt", "أعلنت شركة رامكو/التاس-ب صباح اليوم الثلاثاء 7 تشرين الأول 2025", "2025-10-07", "'صباح اليوم الثلاثاء 7 تشرين الأول 2025' = the morning of Tue 7 Oct 2025"),
    ev("landfill-closure", "بعد إقفال مطمر الجديدة وامتناعه عن استقبال أي كميات إضافية", "2025-10-06", "no own date; the landfill stopped taking trucks on the evening of Mon 6 Oct (Almodon) and formally from 4 a.m. on Tue 7 Oct 2025 (Ramco's statement): my span 6-7 Oct", end="2025-10-08"),
    ev("baakhos-appeal", "وجّه رئيس بلدية الجديدة - السد - البوشرية أوغوست باخوس", "2025-10-07", "no own date; the appeal made to this site on the day of the halt, Tue 7 Oct 2025"),
    ev("emergency-plan", "وضعت خطة طوارئ بيئية", "2025-10-06", "no own date; the municipality's plan, announced on Tue 7 Oct 2025, made around the closure: my span 6-7 Oct", end="2025-10-08"),
])
art(S, "https://www.annahar.com/Economy/248962/رامكو-التاس--ب-تستأنف-العمل-في-مطمر-الجديدة-بعد-تدخل-الإنما-والإعمار",
    "2025-10-08", "page stamp '08-10-2025 | 05:57' (kept as the first line, day-month-year: Wed 8 Oct 2025); the body's 'أمس' for Ramco's two statements of Tue 7 Oct agrees; the caption 'عمال تابعون للشركة يرفعون النفايات من أحد الشوارع' and the repeated headline dropped; the last sentence cut where the stored text breaks off ('وأضاف البيان \"بناءً عليه، س...')", True, """
08-10-2025 | 05:57
"رامكو التاس- ب" تستأنف العمل في مطمر الجديدة بعد تدخّل "الإنماء والإعمار"
رئيس بلدية الجديدة - البوشرية السد المحامي أوغست باخوس: "لا نريد أن نتعارض مع الدولة، ونريد أن يُدرج مشروع تأهيل المطمر على جدول أعمال أول جلسة مجلس وزراء مقبلة، لتحصيل حقوقنا وحقوق المنطقة وأهلها".
لم تفصل أمس سوى ساعات قليلة بين بيانين صدرا عن شركة "رامكو التاس- ب"؛ الأول صدر صباحاً وأعلنت فيه الشركة توقفها عن رفع النفايات في جميع مناطق قضاءي المتن وكسروان ومنطقة بيروت الإدارية الكبرى إلى حين إعادة فتح مطمر الجديدة.
وبعد ساعات من هذا البيان، الذي أنذر جميع المعنيين بأن النفايات ستملأ الطرقات وبأن الأمر "من خارج إدارة الشركة"، صدر عن الجهة نفسها بيان ثانٍ أعلنت فيه أنها تبلّغت من مجلس الإنماء والإعمار أن الشركة المتعهّدة لمشروع مطمر الجديدة الصحي أُبلغت بوجوب استئناف استقبال النفايات وتخزينها مؤقتاً، بعدما بلغ المطمر الحد الأقصى من قدرته الاستيعابية.
""", [
    ev("ramco-halt", "الأول صدر صباحاً وأعلنت فيه الشركة توقفها عن رفع النفايات", "2025-10-07", "'أمس' ... 'صباحاً' from Wed 8 Oct = the morning of Tue 7 Oct 2025"),
    ev("ramco-resume", "صدر عن الجهة نفسها بيان ثانٍ", "2025-10-07", "'بعد ساعات' of the morning statement of 'أمس' = Tue 7 Oct 2025 (work resumed from 5 p.m., Almarkazia)"),
    ev("landfill-full", "بعدما بلغ المطمر الحد الأقصى من قدرته الاستيعابية", "2025-09-15", "no own date; the landfill was already said to be at full capacity in mid-September (the Metn unions' meeting of 15 Sep 2025): my loose span 15 Sep - 7 Oct 2025", end="2025-10-08"),
    ev("cabinet-session", "أول جلسة مجلس وزراء مقبلة", CABINET, "'أول جلسة مجلس وزراء مقبلة' after Wed 8 Oct: the cabinet met on Thu 9 Oct 2025 (LBC 9 Oct; Al-Liwaa's 'امس' on Fri 10)"),
])
art(S, "https://www.lbcgroup.tv/news/lebanon/883324/%D9%85%D8%B1%D9%82%D8%B5-%D8%A5%D8%B3%D8%AA%D9%85%D8%B1%D8%A7%D8%B1-%D8%A5%D8%B3%D8%AA%D9%82%D8%A8%D8%A7%D9%84-%D8%A7%D9%84%D9%86%D9%81%D8%A7%D9%8A%D8%A7%D8%AA-%D9%81%D9%8A-%D9%85%D8%B7%D9%85%D8%B1-%D8%A7%D9%84%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D8%AD%D8%AA%D9%91%D9%89-%D9%86%D9%87%D8%A7%D9%8A%D8%A9-%D8%A7%D9%84%D8%B9%D8%A7%D9%85-2026-%D9%88%D8%A7/ar",
    "2025-10-09", "stamp 'date 2025-10-09' at the head of the stored page (not kept in the text); the statement is the reading of the decisions of the cabinet session of Thu 9 Oct 2025, which Al-Liwaa (Fri 10) dates 'امس'; no date of its own in the text", False, """
مرقص: إستمرار إستقبال النفايات في مطمر الجديدة حتّى نهاية العام 2026 وانجاز الخلية الجديدة
أعلن وزير الإعلام بول مرقص، إثر انتهاء جلسة مجلس الوزراء، أن مطمر الجديدة سيواصل استقبال النفايات في خليته الحالية إلى نهاية العام 2026 وإنجاز الخلية الجديدة، وأن المجلس وافق على توسيع المطمر وإنشاء الخلية رقم 8، على أن يُحال إلى مجلس النواب مشروع قانون لفتح الاعتمادات اللازمة.
وفي سياق تلاوته المقررات الرسمية، أعلن أيضاً تكليف وزارة العدل البحث عن الخيارات القانونية المتاحة لمقاضاة العدو الإسرائيلي على جرائمه بحق الصحافيين.
""", [
    ev("cabinet-session", "إثر انتهاء جلسة مجلس الوزراء", CABINET, "no own date; the session of Thu 9 Oct 2025 (the page's stamp; Al-Liwaa's 'امس' on Fri 10)"),
    ev("cabinet-decision", "وأن المجلس وافق على توسيع المطمر وإنشاء الخلية رقم 8", CABINET, "no own date; decided at the session of Thu 9 Oct 2025"),
    ev("reception-end", "سيواصل استقبال النفايات في خليته الحالية إلى نهاية العام 2026", "2026-12-01", "'إلى نهاية العام 2026': the end of reception at the current cell, my span December 2026", end="2027-01-01"),
    ev("bill-to-parliament", "على أن يُحال إلى مجلس النواب مشروع قانون", "2025-10-09", "a future referral with no date: my span from the decision (Thu 9 Oct 2025) to the end of 2025", end="2026-01-01"),
])
art(S, "https://www.tayyar.org/News/Lebanon/687996/",
    "2025-10-10", "stamp 'date 2025-10-10' at the head of the stored page (not kept in the text): Al-Liwaa's front page of Fri 10 Oct 2025, whose 'امس' is the cabinet session of Thu 9 Oct; the page has no headline of its own and its opening words are kept as the first line; no date of its own in the text", False, """
بعض ما جاء في مانشيت اللواء:
حضرت أزمة النفايات على طاولة مجلس الوزراء، الذي عقد جلسة في الثالثة بعد ظهر امس في السراي برئاسة الرئيس نواف سلام، وناقش جدول أعمال من 34 بنداً، وشارك فيها رئيس بلدية الجديدة اوغوست باخوس ومجلس الانماء والاعمار.
وفي ختام المداولات، كلّف مجلس الوزراء، بحسب ما ذكرت "الدولة"، مجلس الانماء والاعمار إنشاء خلية طمر جديدة في موقع مطمر الجديدة الصحي، على أن يتوقف المطمر المذكور عن استقبال النفايات قبل نهاية العام 2026، أو عند استنفاد قدرته الاستيعابية، فيُقفل نهائياً قبل هذا التاريخ.
""", [
    ev("cabinet-session", "عقد جلسة في الثالثة بعد ظهر امس في السراي", CABINET, "'في الثالثة بعد ظهر امس' from Fri 10 Oct = 3 p.m. on Thu 9 Oct 2025"),
    ev("baakhos-at-cabinet", "وشارك فيها رئيس بلدية الجديدة اوغوست باخوس", CABINET, "no own date; at the session of Thu 9 Oct 2025"),
    ev("cabinet-decision", "كلّف مجلس الوزراء، بحسب ما ذكرت \"الدولة\"، مجلس الانماء والاعمار إنشاء خلية طمر جديدة", CABINET, "no own date; the outcome of the session of Thu 9 Oct 2025"),
    ev("final-closure", "فيُقفل نهائياً قبل هذا التاريخ", "2025-10-10", "a future closure 'قبل نهاية العام 2026' or when the cell is full: my span from the decision to the end of 2026", end="2027-01-01"),
])

# ---------------------------------------------------------------- tunisia-municipal-workers-strike-2022
S = "tunisia-municipal-workers-strike-2022"
STRIKE = ("2022-02-21", "2022-02-23")  # the two-day sectoral strike, Mon 21 - Tue 22 Feb 2022
NOTICE = "2022-02-11"  # the UGTT strike notice 'بتاريخ 11 فيفري' (Hakaek)
art(S, "https://hakaekonline.com/?p=153802",
    "2022-02-20", "the body's 'غدا الاثنين وبعد غد الثلاثاء 21 و22 فيفري 2022' (21 Feb 2022 was a Monday), so the day before, Sun 20 Feb 2022; with 'انطلاقا من هذه الليلة'; the dateline 'حقائق أون لاين-' dropped; the stored text has no headline and none was added; the text does not state its own day (only tomorrow's)", False, """
ينفّذ كل الأعوان البلديين، غدا الاثنين وبعد غد الثلاثاء 21 و22 فيفري 2022، إضرابا قطاعيا في جميع البلديات والوكالات البلدية والروضات البلدية والمنشآت الراجعة إليها بالنظر.
ويأتي هذا التحرك، بحسب برقية الإضراب التي أصدرها الاتحاد العام التونسي للشغل بتاريخ 11 فيفري، على خلفية "ما يعيشه القطاع من ظلم وتهميش وتعسف على البلديين، خاصة مع ما تشهده المجالس البلدية من انفلاتات وسوء استعمال للسلطة التي خوّلها لها القانون"، وفق نص البرقية.
ويطالب البلديون أيضا بإصدار النظام الأساسي وتفعيل المنحة الخصوصية والأمر عدد 1143.
وتبعا لذلك، دعت عدة بلديات متساكنيها إلى تجنّب إلقاء الفضلات، حتى لا تتكدس في الطرقات والأماكن العامة، انطلاقا من هذه الليلة وإلى حين انتهاء يومي الإضراب.
""", [
    ev("strike", "ينفّذ كل الأعوان البلديين، غدا الاثنين وبعد غد الثلاثاء 21 و22 فيفري 2022", STRIKE[0], "'غدا الاثنين وبعد غد الثلاثاء 21 و22 فيفري 2022' = Mon 21 - Tue 22 Feb 2022", end=STRIKE[1]),
    ev("strike-notice", "برقية الإضراب التي أصدرها الاتحاد العام التونسي للشغل بتاريخ 11 فيفري", NOTICE, "'بتاريخ 11 فيفري' (2022) = Fri 11 Feb 2022"),
    ev("no-garbage-call", "دعت عدة بلديات متساكنيها إلى تجنّب إلقاء الفضلات", "2022-02-19", "no own date; the municipalities' calls before the strike, published by Sun 20 Feb 2022: my span 19-20 Feb", end="2022-02-21"),
])
art(S, "https://acharaa.com/%d8%a7%d9%84%d8%b1%d8%a6%d9%8a%d8%b3%d9%8a%d8%a9/%d8%a8%d8%af%d8%a7%d9%8a%d8%a9-%d9%85%d9%86-%d8%a7%d9%84%d9%8a%d9%88%d9%85-%d8%a7%d8%b6%d8%b1%d8%a7%d8%a8-%d8%a8%d9%8a%d9%88%d9%85%d9%8a%d9%86-%d9%81%d9%8a-%d8%a7%d9%84%d8%a8%d9%84%d8%af%d9%8a%d8%a7",
    "2022-02-21", "the body's 'بداية من اليوم الاثنين 21 فيفري 2022' (21 Feb 2022 was a Monday); headline rendered from the URL slug ('بداية من اليوم اضراب بيومين في البلديا...'), the slug cut at its last complete word", True, """
بداية من اليوم: إضراب بيومين في البلديات
الشارع المغاربي: يشرع أعوان البلديات والوكالات البلدية بداية من اليوم الاثنين 21 فيفري 2022 في إضراب عام قطاعي، احتجاجا على ما تعتبره الجامعة العامة للبلديين "ظلما وتهميشا وتعسفا مسلطا على البلديين، وعدم جدية من سلطة الإشراف في التفاوض مع القطاع".
وكانت الجامعة العامة للبلديين، التابعة للاتحاد العام التونسي للشغل، قد دعت منظوريها إلى التجمع اليوم في كل المقرات البلدية وفي الوكالة البلدية للخدمات البيئية والوكالة البلدية للتصرف، انطلاقا من الساعة التاسعة من صباح اليوم.
وأشارت الجامعة إلى أن مصالح المقابر ومواكب الدفن مستثناة من الإضراب.
""", [
    ev("strike", "يشرع أعوان البلديات والوكالات البلدية بداية من اليوم الاثنين 21 فيفري 2022", STRIKE[0], "'بداية من اليوم الاثنين 21 فيفري 2022', a two-day strike (headline 'بيومين') = Mon 21 - Tue 22 Feb 2022", end=STRIKE[1]),
    ev("gathering-call", "قد دعت منظوريها إلى التجمع اليوم", "2022-02-11", "no own date for the call itself: issued before the strike, my span from the notice (11 Feb) to Sun 20 Feb 2022", end="2022-02-21"),
    ev("gathering", "انطلاقا من الساعة التاسعة من صباح اليوم", "2022-02-21", "'الساعة التاسعة من صباح اليوم' = 9 a.m. on Mon 21 Feb 2022"),
])
art(S, "https://alaraby.co.uk/society/%D8%B4%D9%84%D9%84-%D8%AA%D8%A7%D9%85-%D9%81%D9%8A-%D8%A8%D9%84%D8%AF%D9%8A%D8%A7%D8%AA-%D8%AA%D9%88%D9%86%D8%B3-%D8%A8%D8%B3%D8%A8%D8%A8-%D9%85%D8%B7%D8%A7%D9%84%D8%A8-%D8%B9%D8%A7%D9%84%D9%82%D8%A9",
    "2022-02-21", "the body's 'اليوم الإثنين وغداً الثلاثاء' for a strike the banners date 'يومَي 21 و22 فيفري (فبراير/ شباط) 2022' (Mon 21 - Tue 22 Feb 2022), so Mon 21 Feb 2022 (the URL has no date); headline rendered from the URL slug; the last sentence (a list of demands) dropped where the stored text breaks off", True, """
شلل تام في بلديات تونس بسبب مطالب عالقة
أغلقت أغلب البلديات في تونس أبوابها في مختلف الجهات وتعطّلت الخدمات التي تقدّمها، على خلفية إضراب ليومين دعت إليه الجامعة العامة للبلديّين، الذين أكدوا توقفهم عن رفع النفايات وعن استخراج وثائق الحالة المدنية، مع الإبقاء فقط على الخدمات المتصلة بمصلحة الدفن وأذونه.
وكانت الجامعة العامة للبلديّين، المنضوية تحت الاتحاد العام التونسي للشغل، قد دعت أعوان البلديات إلى الإضراب يومين، اليوم الإثنين وغداً الثلاثاء، وإلى تعليق لافتات موحّدة على مداخل المؤسسات كُتب عليها: "البلديّون في إضراب عام يومَي 21 و22 فيفري (فبراير/ شباط) 2022 من أجل مطالبهم العالقة".
ويقول عضو الجامعة العامة للبلديّين عبد الجبار بالطيب لـ"العربي الجديد" إن "الإضراب ناجح وشمل كل البلديات بلا استثناء، من أقصى الشمال إلى الجنوب"، مؤكداً "توقّف كل الخدمات اليوم وغداً". ويضيف أنه "ستُدرس الخطوات التصعيدية لاحقاً، على أن تُعلن الخطوات المقبلة بعد انتهاء الإضراب".
""", [
    ev("municipalities-closed", "أغلقت أغلب البلديات في تونس أبوابها", "2022-02-21", "no own date; the first strike day, Mon 21 Feb 2022 (the publication day)"),
    ev("strike", "إلى الإضراب يومين، اليوم الإثنين وغداً الثلاثاء", STRIKE[0], "'اليوم الإثنين وغداً الثلاثاء' = Mon 21 - Tue 22 Feb 2022", end=STRIKE[1]),
    ev("strike-notice", "قد دعت أعوان البلديات إلى الإضراب", NOTICE, "no own date; the union's strike call is the UGTT notice of Fri 11 Feb 2022 (Hakaek)"),
    ev("next-steps", "على أن تُعلن الخطوات المقبلة بعد انتهاء الإضراب", "2022-02-23", "'بعد انتهاء الإضراب' (after Tue 22 Feb): my span the following week, 23 Feb - 1 Mar 2022", end="2022-03-02"),
])
art(S, "https://www.turess.com/arrakmia/1622335",
    "2022-02-21", "the body's 'اليوم الإثنين وغدا الثلاثاء 21 و22 فيفري 2022' (21 Feb 2022 was a Monday); the Tunisie Numérique (Arabic) item as stored by turess.com; the stored text has no headline and none was added", True, """
يخوض أعوان البلديات وموظفوها، اليوم الإثنين وغدا الثلاثاء 21 و22 فيفري 2022، إضرابا قطاعيا في كل البلديات والوكالات البلدية والمنشآت الراجعة إليها بالنظر.
وأوضح النوري بلحسن، الكاتب العام للفرع الجامعي لبلديات جهة صفاقس، في تصريح لمراسل "تونس الرقمية" في صفاقس، أن هذا الإضراب يأتي من أجل جملة من المطالب، مضيفا: "نطالب بالمراجعة الفورية لمجلة الجماعات المحلية بتنقيحها أو إلغائها لما فيها من تعسف كبير على البلديين، كما نطالب بتفعيل منظومة التكوين داخل البلديات وتفعيل الاتفاق القاضي بإحداث يوم وطني للعون البلدي، وتوضيح الوضعية الإدارية لأعوان الشرطة البيئية وتحديد مهامهم، وتسوية وضعية أعوان الحضائر العاملين في البلديات، إضافة إلى القانون الأساسي للبلديين".
ولفت بلحسن إلى أن المكتب التنفيذي للبلديين سيعقد غدا الثلاثاء جلسة لإقرار التحركات التصعيدية، أمام عدم تفاعل سلطة الإشراف.
""", [
    ev("strike", "يخوض أعوان البلديات وموظفوها، اليوم الإثنين وغدا الثلاثاء 21 و22 فيفري 2022", STRIKE[0], "'اليوم الإثنين وغدا الثلاثاء 21 و22 فيفري 2022' = Mon 21 - Tue 22 Feb 2022", end=STRIKE[1]),
    ev("sfax-statement", "في تصريح لمراسل \"تونس الرقمية\" في صفاقس", "2022-02-21", "no own date; the statement reported on the first strike day, Mon 21 Feb 2022"),
    ev("executive-meeting", "سيعقد غدا الثلاثاء جلسة لإقرار التحركات التصعيدية", "2022-02-22", "'غدا الثلاثاء' from Mon 21 Feb = Tue 22 Feb 2022"),
])

# ---------------------------------------------------------------- kuwait-cleaning-workers-unpaid-strike-2021
S = "kuwait-cleaning-workers-unpaid-strike-2021"
WORKSHOP = "2021-06-28"  # the Municipal Council's workshop/meeting, Mon 28 Jun 2021 (Al-Seyassah 'امس' on Tue 29)
STRIKE_KW = ("2021-06-01", "2021-06-30")  # the strike in Jahra and Mubarak Al-Kabeer 'منذ مطلع الشهر الجاري' (June 2021), still on
UNPAID = ("2020-11-01", "2021-06-29")  # wages unpaid for 'more than six months' before late June 2021
art(S, "https://alseyassah.com/البلدي-إضراب-عمال-النظافة-قضية-شائكة",
    "2021-06-29", "header date 'الثلاثاء 29 يونيو 2021' on the stored page (kept as the first line; 29 Jun 2021 was a Tuesday); the body's 'امس' for the council's workshop; the byline 'كتب ـ عبدالناصر الاسلمي' and the masthead 'السياسة' dropped; the last sentence cut to its complete clause where the stored text breaks off ('حيث تم دعوة البل...')", True, """
الثلاثاء 29 يونيو 2021
"البلدي": إضراب عمال النظافة قضية شائكة تتحملها "البلدية"
وضع "ضابط اتصال" بين الحكومة والجهات المتعاقدة لتلافي تكرار الإضرابات
باتت قضية تأخير رواتب عمال النظافة هاجسا مقلقا لدى المجلس البلدي، الذي عقد امس ورشة خاصة لبحث أسباب إضراب عمالة النظافة في محافظتي الجهراء ومبارك الكبير منذ مطلع الشهر الجاري، إذ لم يتسلم كثيرون منهم رواتبهم طوال فترة تجاوزت 6 أشهر، مع أن شركاتهم المتعاقدة مع الحكومة تتقاضى حقوقها المالية أولاً، وهو ما سلّط الضوء على هذه القضية الإنسانية الشائكة.
وفي هذا الإطار، أكد رئيس لجنة تقصي الحقائق عبد السلام الرندي أن السبب الأول للإضراب هو غياب السكن الملائم لهذه العمالة، بسبب تأخر إجراءات التشوينات لدى البلدية وتأخر الرواتب، وقد أوصت اللجنة بوضع خطة طوارئ ثابتة وتعزيزها في المحافظات، وبأن تضع البلدية حلولا واضحة لتفادي هذه الإضرابات بإجراءات تُطبّق على أرض الواقع، إلى جانب تسريع التنسيق بين الجهات الرقابية والجهات المسؤولة عن الشركات ومتابعة أحوال عمال النظافة.
وأوضح الرندي أن اللجنة ناقشت قبل فترة موضوع الإضراب، بناءً على طلب الجلسة الرئيسية، لمعرفة أسبابه.
""", [
    ev("workshop", "الذي عقد امس ورشة خاصة", WORKSHOP, "'امس' from Tue 29 Jun 2021 = Mon 28 Jun 2021"),
    ev("strike", "إضراب عمالة النظافة في محافظتي الجهراء ومبارك الكبير منذ مطلع الشهر الجاري", STRIKE_KW[0], "'منذ مطلع الشهر الجاري' (June 2021), still on at publication: my span 1-29 Jun 2021", end=STRIKE_KW[1]),
    ev("unpaid-wages", "لم يتسلم كثيرون منهم رواتبهم طوال فترة تجاوزت 6 أشهر", UNPAID[0], "'طوال فترة تجاوزت 6 أشهر' before late June 2021: my span November 2020 - 28 Jun 2021", end=UNPAID[1]),
    ev("liaison-officer", "وضع \"ضابط اتصال\" بين الحكومة والجهات المتعاقدة", WORKSHOP, "no own date; the recommendation of the workshop of Mon 28 Jun 2021"),
    ev("committee-earlier-discussion", "ناقشت قبل فترة موضوع الإضراب", STRIKE_KW[0], "'قبل فترة', after the strike began (1 Jun) and before the workshop (28 Jun 2021): my span", end=WORKSHOP),
])
art(S, "https://kuwaitlocal.com/ar/news/workers-strikes-thorny-issue-of-delayed-salaries",
    "2021-06-30", "header date '30 June 2021' on the stored page (not kept in the text; Wed 30 Jun 2021), a report of the council's meeting that Al-Seyassah of Tue 29 dates 'امس'; the section label 'المغتربين' dropped; the last sentence cut to its complete clause where the stored text breaks off ('والهيئة العامة لل...'); no date of its own in the text", False, """
عمال يضربون.. قضية شائكة من تأخر الرواتب
يرى المجلس البلدي أن "التأخر" في دفع رواتب عمال شركات النظافة قضية إنسانية شائكة، وقد عقد المجلس البلدي اجتماعا خاصا لبحث أسباب عدم دفع رواتب عمال النظافة لمدة تزيد عن ستة أشهر، ما دفع عمال محافظتي الجهراء ومبارك الكبير إلى الإضراب للمطالبة بحقوقهم.
وفي هذا الصدد، أكد رئيس لجنة تقصي الحقائق عبد السلام الرندي أن السبب الرئيسي للإضراب يكمن في عدم توافر سكن ملائم للعمال، وفي تأخر إجراءات البلدية في تحديد المواعيد، وتأخر الرواتب.
وأوضحت اللجنة أن البلدية مطالبة بحلول واضحة لتلافي هذه الإضرابات، وأن من المهم تسريع التنسيق بين الجهات الرقابية والمسؤولين عن الشركات ومتابعة أوضاع عمال النظافة. وأشار الرندي إلى أن اللجنة بحثت موضوع الإضراب مع الجهات المعنية، أي البلدية ورؤساء قطاعات النظافة في المحافظتين وشركات النظافة، بهدف معالجته بطريقة حضارية تحمي وجه الكويت.
من جهتها، قالت عضو المجلس البلدي مها البغلي، بعد الاستماع إلى كل الأطراف المعنية في اجتماع اللجنة، إنه تم التوصل إلى إنشاء مكتب ارتباط بين الجهات الحكومية والجهة المتعاقدة.
""", [
    ev("workshop", "عقد المجلس البلدي اجتماعا خاصا", WORKSHOP, "no own date; the meeting Al-Seyassah (Tue 29 Jun) dates 'امس' = Mon 28 Jun 2021"),
    ev("unpaid-wages", "لمدة تزيد عن ستة أشهر", UNPAID[0], "'لمدة تزيد عن ستة أشهر' before late June 2021: my span November 2020 - 28 Jun 2021", end=UNPAID[1]),
    ev("strike", "دفع عمال محافظتي الجهراء ومبارك الكبير إلى الإضراب", STRIKE_KW[0], "no own date; the strike began at the start of June 2021 (Al-Seyassah) and was still on: my span 1-29 Jun 2021", end=STRIKE_KW[1]),
    ev("liaison-officer", "تم التوصل إلى إنشاء مكتب ارتباط", WORKSHOP, "no own date; agreed at the meeting of Mon 28 Jun 2021"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 270)
                            if i != 201 and i != 257
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 209-th evaluation set of real Arabic news stories (several
articles per story, from different outlets, published on different days), bodies re-worded sentence by
sentence, every date/time expression kept verbatim, gold events keyed across each story (same format
and checks as tests/realnews/stories120/make_stories.py). Domain: fuel and gas-cylinder shortages, queues
and rationing (Khartoum's fuel queues and the oil minister's tears in parliament, Sudan 2018; the Damascus
smart-card plan for household gas cylinders, Syria 2019; the household-gas shortage blamed on a delayed
tanker, Syria 2026; the Kurdistan fuel queues after the Baiji refinery was seized, Iraq 2014). None of these
stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- sudan-khartoum-fuel-queues-2018
S = "sudan-khartoum-fuel-queues-2018"
CRISIS = ("2018-04-01", "2018-05-06")  # the acute phase of the fuel crisis: about a month before the first days of May 2018
MAINT = ("2018-03-25", "2018-04-10")  # al-Jaili refinery maintenance began 'منذ نحو شهر' before Wed 2 May 2018
art(S, "https://www.alnilin.com/12935435.htm",
    "2018-05-02", "no stamp or URL date in the stored page: fixed by the body's 'اليوم \" الأربعاء\"' for the minister of state for oil's answers in parliament, which took place on Wed 2 May 2018 (another outlet, the next day: 'أمس (الأربعاء)'; a sudanile column: 'في 2 مايو الجاري'); the credit 'البرلمان ( كوش نيوز)' and the readers' comments dropped", False, """
وزير النفط "يبكي" أمام البرلمان
غلبت الغصة وزير الدولة بوزارة النفط سعد الدين البشرى فبكى حزناً على استفحال أزمة الوقود في البلاد وعجز الوزارة عن حلها.
وأبدى الوزير أسفه لأن الوزارة لا تقدر على تعويض المواطنين عن الخسائر التي أصابتهم في المشروعات الزراعية ونفوق المواشي بسبب شح الوقود.
وأكد البشرى أمام البرلمان اليوم "الأربعاء" أن الأزمة ستنفرج قريباً، قائلاً: "بعد الشِدة دي حيكون في إنفراج"، ودافع عن طاقم الوزارة مضيفاً: "نحنا بنتكلم كلام مهندسين ما سياسيين ولا كذابين".
وأشار إلى أن امرأة تتولى للمرة الأولى في تاريخ البلاد والمنطقة العربية إدارة المصفاة، لافتاً إلى أن النساء يشكلن 40% من العاملين، وتابع: "نحمد الله نحنا بنعمل تحت تحت والنتائج بتظهر فوق".
""", [
    ev("minister-tears", "فبكى حزناً على استفحال أزمة الوقود", "2018-05-02", "no own expression; during his answers in parliament 'اليوم \"الأربعاء\"' = Wed 2 May 2018"),
    ev("parliament-answers", "وأكد البشرى أمام البرلمان اليوم \"الأربعاء\"", "2018-05-02", "'اليوم \"الأربعاء\"' = Wed 2 May 2018"),
    ev("no-compensation", "لا تقدر على تعويض المواطنين", "2018-05-02", "no own expression; said in the same session, Wed 2 May 2018"),
    ev("fuel-crisis", "استفحال أزمة الوقود في البلاد", CRISIS[0], "no own expression; the crisis of April - early May 2018 (another outlet on Fri 4 May: 'منذ شهر كامل'; my span 1 Apr - 5 May)", end=CRISIS[1]),
])
art(S, "https://elmeghar.com/archives/61486",
    "2018-05-03", "no stamp or URL date in the stored page: fixed by the body's 'أمس (الأربعاء)' for the minister's answers in parliament of Wed 2 May 2018 (another outlet that day: 'اليوم \"الأربعاء\"'): so Thu 3 May 2018; the byline 'البرلمان – يوسف بشير – سليمى عبد الباقي' and the truncated last sentence dropped; the sub-headline kept", False, """
وزير الدولة بالنفط: غياب التمويل وراء أزمة الوقود
يستدر عطف البرلمان بدموعه ويخشى مصير "غندور"
نبّه وزير الدولة بوزارة النفط "سعد الدين البشرى" إلى أن أزمة الوقود قد تتجدد إذا لم يتوفر التمويل، مؤكداً أن الشح الحالي في الوقود يعود إلى انعدام التمويل، وكشف عن تدخلات غير مرضية من جهات رسمية لم يسمها عدّها من أسباب الأزمة.
وأبدى "البشرى"، في رده على سؤال حول أزمة الوقود أمام البرلمان أمس (الأربعاء)، خشيته من أن يلقى مصير وزير الخارجية المقال "إبراهيم غندور"، حين أرجع الأزمة إلى غياب التمويل قائلاً: (العقبة هي التمويل، وأنا ما حأتكلم عن المال عشان ما ألحق "غندور").
وعزا ظهور السوق السوداء إلى ضعف التنسيق بين المؤسسات، وكشف أن مصفاة الجيلي توقفت (9) مرات بسبب الأعطال خلال الشهرين الأخيرين قبل صيانتها التي انطلقت مُنذ نحو شهر، معلناً اقتطاع نحو (300) طن متري من وقود كل سفينة تدخل البلاد لصالح الزراعة، إلى جانب تخصيص (1200) طن جازولين يومياً لوزارة الكهرباء.
وذرف "البشرى" الدموع وهو يجيب على الأسئلة الفرعية، فكبّر بعض النواب ومنهم رئيس البرلمان.
""", [
    ev("parliament-answers", "أمام البرلمان أمس (الأربعاء)", "2018-05-02", "'أمس (الأربعاء)' before Thu 3 May = Wed 2 May 2018"),
    ev("ghandour-dismissal", "مصير وزير الخارجية المقال \"إبراهيم غندور\"", "2018-04-19", "no own expression; President Bashir dismissed Ghandour on Thu 19 Apr 2018, after his speech to parliament on unpaid diplomats' salaries (outside knowledge)"),
    ev("refinery-breakdowns", "توقفت (9) مرات بسبب الأعطال خلال الشهرين الأخيرين", "2018-02-01", "'خلال الشهرين الأخيرين' before the maintenance of early April 2018: about Feb - Mar 2018 (my span 1 Feb - 10 Apr)", end="2018-04-10"),
    ev("jaili-maintenance", "قبل صيانتها التي انطلقت مُنذ نحو شهر", MAINT[0], "'مُنذ نحو شهر' before Wed 2 May 2018 = about the start of April 2018 (my span 25 Mar - 9 Apr)", end=MAINT[1]),
    ev("minister-tears", "وذرف \"البشرى\" الدموع", "2018-05-02", "no own expression; in the session of 'أمس (الأربعاء)' = Wed 2 May 2018"),
])
art(S, "https://www.slaati.com/2018/5/4/p1081777.html",
    "2018-05-04", "date in the URL '/2018/5/4/' (4 May 2018 was a Friday, the day of the Friday prayer the item reports); no headline in the stored text and no date in the body", False, """
أدّى عدد من السودانيين من أصحاب السيارات صلاة الجمعة داخل إحدى محطات الوقود في مدينة الخرطوم، رغم أنه لا يوجد فيها مسجد.
وصلّى السودانيون بعد الخطبة مباشرة داخل إحدى محطات الوقود في الخرطوم، تحت حرارة وصلت إلى 43 درجة مئوية.
ويُذكر أن السودان يعيش أزمة وقود خانقة منذ شهر كامل، ما يضطر الآلاف إلى المبيت في محطات الوقود حتى يحصلوا على حصصهم من البنزين والجازولين.
""", [
    ev("friday-prayer-station", "صلاة الجمعة داخل إحدى محطات الوقود", "2018-05-04", "no own date; the Friday of the URL date, Fri 4 May 2018"),
    ev("fuel-crisis", "أزمة وقود خانقة منذ شهر كامل", CRISIS[0], "'منذ شهر كامل' before Fri 4 May 2018 = since about early April (my span 1 Apr - 5 May)", end=CRISIS[1]),
    ev("overnight-at-stations", "يضطر الآلاف إلى المبيت في محطات الوقود", "2018-05-01", "no own expression; the nights spent at the stations in the first days of May 2018 (my span 1-5 May)", end="2018-05-06"),
])
art(S, "https://www.altaghyeer.info/2018/05/05/%D8%A5%D9%86%D8%AA%D8%B4%D8%A7%D8%B1-%D8%B4%D8%B1%D8%B7%D9%8A-%D9%83%D8%AB%D9%8A%D9%81-%D8%A7%D9%85%D8%A7%D9%85-%D9%85%D8%AD%D8%B7%D8%A7%D8%AA-%D8%A7%D9%84%D9%88%D9%82%D9%88%D8%AF-%D9%85%D8%B9/",
    "2018-05-05", "date in the URL '/2018/05/05/' (Sat 5 May 2018); the body's 'يوم الجمعة' for the queues it observed (Fri 4 May) agrees; headline rendered from the (truncated) URL slug; the dateline 'التغيير: الخرطوم' and the truncated last sentence about the prime minister dropped", False, """
انتشار شرطي كثيف أمام محطات الوقود
اشتدت أزمة الوقود المستمرة منذ أسابيع في العاصمة السودانية الخرطوم وفي الولايات الأخرى.
وبينما رصدت (التغيير الالكترونية) يوم الجمعة تكدس مئات السيارات أمام محطة وقود واحدة في الخرطوم وأعداداً مماثلة في مناطق متفرقة من بحري وأمدرمان، تناقلت مواقع التواصل الاجتماعي صوراً لمنتظرين في صفوف الوقود يؤدون صلاة الجمعة، فيما انشغل آخرون بلعب "الكوتشينة" لتمضية ساعات الانتظار الطويلة.
وذكر صاحب عربة لـ(التغيير الالكترونية) أنه ظل منذ الصباح يبحث عن البنزين في أربع طرمبات دون أن يحصل عليه.
واضطر بعض أصحاب السيارات إلى ترك سياراتهم أمام محطات الوقود واستئجار عربات خاصة لتوصيلهم إلى بيوتهم.
ويُعد الاصطفاف الحالي في طرمبات الخرطوم وسائر أنحاء السودان الأكبر منذ اندلاع أزمة الوقود التي ترجع إلى شح النقد الأجنبي اللازم لصيانة مصفاة الجيلي.
وشهدت الطرمبات مناوشات بين أصحاب سيارات وعمال الطرمبات بسبب الاصطفاف وانعدام الوقود.
وانتشر عشرات من أفراد الشرطة بأزيائهم الرسمية في محطات الوقود، للمرة الأولى منذ بدء الأزمة.
""", [
    ev("friday-queues", "يوم الجمعة تكدس مئات السيارات", "2018-05-04", "'يوم الجمعة' before Sat 5 May 2018 = Fri 4 May 2018"),
    ev("friday-prayer-station", "يؤدون صلاة الجمعة", "2018-05-04", "no own expression; the Friday of the queues, Fri 4 May 2018"),
    ev("fuel-crisis", "أزمة الوقود المستمرة منذ أسابيع", CRISIS[0], "'منذ أسابيع' before Sat 5 May 2018 (my span 1 Apr - 5 May)", end=CRISIS[1]),
    ev("jaili-maintenance", "لصيانة مصفاة الجيلي", MAINT[0], "no own expression; the maintenance begun about early April 2018 (another outlet on 3 May: 'مُنذ نحو شهر'; my span 25 Mar - 9 Apr)", end=MAINT[1]),
    ev("police-deployment", "وانتشر عشرات من أفراد الشرطة", "2018-05-04", "no own expression; on the day observed, Fri 4 May 2018, possibly into Sat 5 (my span 4-5 May)", end="2018-05-06"),
])

# ---------------------------------------------------------------- syria-smart-card-gas-cylinders-2019
S = "syria-smart-card-gas-cylinders-2019"
GASCRISIS = ("2018-12-01", "2019-02-11")  # the household-gas crisis since about the start of December 2018 (rozana, 14 Dec 2018: 'منذ نحو أسبوعين')
art(S, "https://www.enabbaladi.net/archives/281217",
    "2019-02-09", "the body's 'اليوم، السبت 9 شباط' for the government daily al-Baath's report (9 Feb 2019 was a Saturday); the photo caption 'طابور من الأهالي يقفون بانتظار اسطوانات الغاز في دمشق (الصحفي حازم عوض- فيس بوك)' dropped", True, """
مشروع لتوزيع الغاز عبر "البطاقة الذكية" في سوريا
تبحث حكومة النظام السوري مشروعاً لتوزيع الغاز المنزلي من خلال "البطاقة الذكية" بهدف حل أزمة الغاز التي تعيشها المحافظات السورية.
ونقلت صحيفة "البعث" الحكومية اليوم، السبت 9 شباط، عن مدير غاز دمشق وريفها، منصور طه، أن تطبيق "البطاقة الذكية" على مادة الغاز المنزلي ما زال قيد الدراسة.
وأضاف طه أن القرار سيُتخذ قريباً ليبدأ العمل به في المدن السورية، موضحاً أن حصة كل عائلة لن تقل عن أسطوانتي غاز شهرياً، بحسب الصحيفة.
وتمر المدن السورية بأزمة خانقة في المحروقات عموماً وفي الغاز خصوصاً، تجلت في الطوابير الطويلة أمام منافذ البيع الرسمية للحصول على الجرة الزرقاء، ولم تنجح تحركات حكومة النظام في احتواء الأزمة الأشد وطأة في عموم سوريا.
وأشار طه في تصريحاته للصحيفة إلى أن الغاز سيُستلم عبر "البطاقة الذكية" المخصصة لمازوت التدفئة، معتبراً أن ذلك سيقضي على عمليات الاحتكار وبيع الغاز في السوق السوداء.
""", [
    ev("baath-report", "ونقلت صحيفة \"البعث\" الحكومية اليوم، السبت 9 شباط", "2019-02-09", "'اليوم، السبت 9 شباط' = Sat 9 Feb 2019"),
    ev("two-cylinders-quota", "لن تقل عن أسطوانتي غاز شهرياً", "2019-02-09", "no own expression; said in al-Baath's report of Sat 9 Feb 2019"),
    ev("gas-crisis", "الطوابير الطويلة أمام منافذ البيع الرسمية", GASCRISIS[0], "no own expression; the queues of the gas crisis since about early December 2018 (outside knowledge; my span 1 Dec 2018 - 10 Feb 2019)", end=GASCRISIS[1]),
    ev("heating-card", "المخصصة لمازوت التدفئة", "2019-02-09", "no own expression; the card's use for gas announced in the report of Sat 9 Feb 2019"),
])
art(S, "http://www.vedeng.co/%D8%A5%D8%B3%D8%B7%D9%88%D8%A7%D9%86%D8%AA%D8%A7%D9%86-%D9%85%D9%86-%D8%A7%D9%84%D8%BA%D8%A7%D8%B2-%D8%A7%D9%84%D9%85%D9%86%D8%B2%D9%84%D9%8A-%D9%84%D9%83%D9%84-%D8%B9%D8%A7%D8%A6%D9%84%D8%A9-%D8%B3/",
    "2019-02-10", "no stamp or URL date in the stored page: fixed by the body's 'يوم، أمس السبت 9 شباط' for al-Baath's report (another outlet that Saturday: 'اليوم، السبت 9 شباط'): so Sun 10 Feb 2019; the truncated last sentence about the ministry dropped; the stray comma in 'يوم، أمس' removed", False, """
أسطوانتا غاز منزلي شهرياً لكل عائلة سورية عبر البطاقة الذكية
أكد مدير غاز دمشق وريفها "منصور طه" أن الحكومة السورية تدرس في الوقت الحالي مشروعاً لتوزيع الغاز المنزلي بواسطة "البطاقة الذكية" لمعالجة أزمة الغاز التي تمر بها المحافظات السورية.
ونقلت صحيفة "البعث" الحكومية يوم أمس السبت 9 شباط عن منصور طه قوله إن تطبيق "البطاقة الذكية" على الغاز المنزلي ما زال قيد الدراسة.
وأوضح طه أن القرار سيُحسم قريباً ليُطبق في المدن السورية، لافتاً إلى أن حصة كل عائلة لن تقل عن أسطوانتين في الشهر الواحد، بحسب الصحيفة.
ولفت طه إلى أن الغاز سيُسلَّم عبر "البطاقة الذكية" الخاصة بمازوت التدفئة، معتبراً أن ذلك سينهي كل أشكال الاحتكار وبيع الغاز في السوق السوداء، وأن المشروع سيراعي اختلاف الكميات بين الصيف والشتاء، فتُخصص لكل عائلة الكمية الأكبر في الشتاء لاعتماد السكان على الغاز في التدفئة.
وبحسب ما قاله طه للصحيفة، يبلغ متوسط الاستهلاك اليومي في دمشق وريفها صيفاً 35 ألف أسطوانة غاز في حده الأدنى، بينما يصل إلى نحو 55 ألف أسطوانة في أشهر الشتاء.
""", [
    ev("baath-report", "يوم أمس السبت 9 شباط", "2019-02-09", "'يوم أمس السبت 9 شباط' = Sat 9 Feb 2019"),
    ev("two-cylinders-quota", "لن تقل عن أسطوانتين في الشهر الواحد", "2019-02-09", "no own expression; said in al-Baath's report of Sat 9 Feb 2019"),
    ev("heating-card", "الخاصة بمازوت التدفئة", "2019-02-09", "no own expression; announced in the report of Sat 9 Feb 2019"),
    ev("gas-crisis", "لمعالجة أزمة الغاز التي تمر بها المحافظات السورية", GASCRISIS[0], "no own expression; the crisis since about early December 2018 (my span 1 Dec 2018 - 10 Feb 2019)", end=GASCRISIS[1]),
])

# ---------------------------------------------------------------- syria-household-gas-shortage-2026
S = "syria-household-gas-shortage-2026"
SHORT = ("2026-02-11", "2026-02-24")  # the household-gas shortage of mid-February 2026, still felt on Sun 22 Feb
DELAY = ("2026-02-10", "2026-02-16")  # the weather delay of the tanker's berthing and unloading, until Sun 15 Feb
SALLAT = ("2026-02-21", "2026-02-23")  # the ministry's media director's statement to Hashtag (relayed on Sun 22 Feb)
art(S, "https://sana.sy/locals/2405695/",
    "2026-02-16", "page stamp 'date 2026-02-16' at the head of the stored text (kept as first line '2026-02-16'); 16 Feb 2026 was a Monday, and the body says 'اليوم الإثنين'; the dateline 'دمشق-سانا' dropped", True, """
2026-02-16
أفادت وزارة الطاقة السورية بأن التراجع المؤقت في توفر الغاز المنزلي في بعض المناطق خلال الأيام الماضية يعود إلى تأخر ربط وتفريغ إحدى بواخر توريد الغاز في الميناء، بسبب الأحوال الجوية والظروف الفنية والملاحية التي سادت خلال الفترة الماضية.
وأوضح مدير الاتصال الحكومي في وزارة الطاقة أحمد السليمان في تصريح لـ سانا اليوم الإثنين أن ربط السفينة الأولى اكتمل يوم أمس وبدأ تفريغ حمولتها فعلياً، على أن تُربط السفينة الثانية خلال يومين وفق البرنامج المحدد.
وأشار السليمان إلى انطلاق الضخ التدريجي، على أن تصل الكميات إلى مراكز التوزيع اعتباراً من يوم غد، متوقعاً عودة الاستقرار الكامل لتوفر المادة في جميع المحافظات خلال اليومين القادمين مع اقتراب حلول شهر رمضان المبارك.
ولفت السليمان إلى أن الكميات المتعاقد عليها مؤمّنة بالكامل، وأن ما جرى ليس سوى تأخير لوجستي مؤقت، داعياً المواطنين إلى تحري الدقة وتجاهل الشائعات، ومؤكداً أن التوريد والتوزيع يتجهان نحو الاستقرار التام خلال الساعات الثماني والأربعين المقبلة.
""", [
    ev("ministry-statement", "في تصريح لـ سانا اليوم الإثنين", "2026-02-16", "'اليوم الإثنين' = Mon 16 Feb 2026 (the stamp)"),
    ev("gas-shortage", "التراجع المؤقت في توفر الغاز المنزلي", SHORT[0], "'خلال الأيام الماضية' before Mon 16 Feb; the shortage lasted into the week of Sun 22 Feb (other articles); my span 11-23 Feb 2026", end=SHORT[1]),
    ev("tanker-delay", "تأخر ربط وتفريغ إحدى بواخر توريد الغاز", DELAY[0], "no own expression; the weather delay before the berthing completed on Sun 15 Feb 2026 (my span 10-15 Feb)", end=DELAY[1]),
    ev("first-ship-berthed", "ربط السفينة الأولى اكتمل يوم أمس", "2026-02-15", "'يوم أمس' before Mon 16 Feb = Sun 15 Feb 2026"),
    ev("second-ship", "تُربط السفينة الثانية خلال يومين", "2026-02-17", "'خلال يومين' after Mon 16 Feb: by Wed 18 Feb 2026 (planned; my span 17-18 Feb)", end="2026-02-19"),
    ev("deliveries-start", "تصل الكميات إلى مراكز التوزيع اعتباراً من يوم غد", "2026-02-17", "'اعتباراً من يوم غد' after Mon 16 Feb = from Tue 17 Feb 2026"),
])
art(S, "https://www.alaraby.co.uk/economy/%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D8%B7%D8%A7%D9%82%D8%A9-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A-%D9%8A%D8%B9%D9%84%D9%86-%D8%AA%D8%AC%D8%A7%D9%88%D8%B2-%D8%A7%D9%84%D9%86%D9%82%D8%B5-%D8%A7%D9%84%D9%85%D8%A4%D9%82%D8%AA-%D9%81%D9%8A-%D8%BA%D8%A7%D8%B2-%D8%A7%D9%84%D8%B7%D9%87%D9%8A",
    "2026-02-17", "no stamp or URL date in this stored page: fixed by the body's 'أمس الاثنين' for the energy ministry's statement of Mon 16 Feb 2026 (SANA's stamp): so Tue 17 Feb 2026; headline rendered from the URL slug; another al-Araby page, stamped 2026-02-17, reports the same tweet 'اليوم الثلاثاء'; the truncated last sentence dropped", False, """
وزير الطاقة السوري يعلن تجاوز النقص المؤقت في غاز الطهي
أعلن وزير الطاقة السوري محمد البشير أن النقص المؤقت في غاز الطهي قد جرى تجاوزه، وأن حركة التوزيع ستعود إلى طبيعتها خلال الساعات المقبلة.
وكتب البشير في تغريدة على حسابه في منصة إكس أن النقص المؤقت في مادة الغاز تم تجاوزه بعد إنجاز عمليات الربط والضخ التي تأخرت بفعل الأحوال الجوية خلال الأيام القليلة الماضية، وأن التوزيع سيعود إلى وضعه الطبيعي خلال الساعات القادمة.
وأضاف أن العمل جارٍ على تجهيز مستودعات تخزين جديدة لتعزيز الاحتياطي الاستراتيجي من الغاز المنزلي وتجنب أي اختناقات مستقبلية، بعد تضرر البنى التخزينية السابقة، مؤكداً أن الهدف هو "استقرار دائم لا حلول مؤقتة".
وكانت وزارة الطاقة السورية قد أوضحت، أمس الاثنين، أسباب تأخر توفر الغاز المنزلي في بعض المناطق خلال الأيام الماضية، مبينة أن سوء الأحوال الجوية أخّر مؤقتاً ربط باخرة الغاز في الميناء وتفريغها، ما أثر في عمليات التوزيع وأدى إلى نقص المادة في عدد من المحافظات.
وأكدت الوزارة في بيانها إنجاز أعمال الربط وبدء ضخ الغاز بشكل تدريجي، مشيرة إلى أن الكميات الواردة ستصل تباعاً إلى مراكز التوزيع في مختلف المحافظات خلال الساعات المقبلة.
""", [
    ev("minister-tweet", "وكتب البشير في تغريدة على حسابه في منصة إكس", "2026-02-17", "no own expression; Tue 17 Feb 2026, the publication day (another al-Araby page: 'اليوم الثلاثاء')"),
    ev("ministry-statement", "قد أوضحت، أمس الاثنين", "2026-02-16", "'أمس الاثنين' = Mon 16 Feb 2026"),
    ev("tanker-delay", "أخّر مؤقتاً ربط باخرة الغاز في الميناء وتفريغها", DELAY[0], "'خلال الأيام القليلة الماضية'; the delay before the berthing completed on Sun 15 Feb 2026 (my span 10-15 Feb)", end=DELAY[1]),
    ev("gas-shortage", "أدى إلى نقص المادة في عدد من المحافظات", SHORT[0], "'خلال الأيام الماضية'; my span 11-23 Feb 2026 (the shortage was still reported on Sun 22 Feb)", end=SHORT[1]),
    ev("new-storage", "تجهيز مستودعات تخزين جديدة", "2026-02-17", "no own expression; work under way as of Tue 17 Feb 2026 (my span: that day)"),
])
art(S, "https://syriazone.sy/posts/103884966952",
    "2026-02-22", "date line 'الأحد، 22 فبراير 2026' under the headline (kept as first line); 22 Feb 2026 was a Sunday; the '2 ساعات' stamp and the truncated last clause ('كاشفًا عن ا...') dropped; the sub-heading 'توريدات مستمرة وإمدادات جديدة' dropped", True, """
الأحد، 22 فبراير 2026
"الطاقة" تحدد موعد عودة الاستقرار إلى توزيع الغاز المنزلي في سوريا.. هل انتهت الأزمة؟
ما تزال أزمة تبديل أسطوانات الغاز المنزلي قائمة في عدد من المناطق السورية، إذ عادت الزحمة وطوابير الانتظار بعد تراجع التوريدات خلال الأيام القليلة الماضية، ما انعكس مباشرة على استعدادات الأسر في شهر رمضان الفضيل وزاد الضغط على قدرتها الشرائية.
وبينما تتحدث وزارة الطاقة عن قرب انفراج الأزمة وعودة الاستقرار إلى التوزيع، ما يزال سكان دمشق وريفها وحلب وحماة ودير الزور يعانون من شح المادة والارتفاع الجنوني لأسعارها في السوق السوداء، التي صارت الملجأ الوحيد لكثيرين لتأمين احتياجاتهم الرمضانية.
وبحسب التصريحات الرسمية، ترجع الأسباب المباشرة للأزمة إلى تأخر تفريغ شحنات الغاز في مرفأ بانياس بفعل الظروف الجوية والصعوبات الملاحية خلال الأيام الماضية، وهو ما وصفته الوزارة بـ"عائق لوجستي مؤقت" جرت معالجته.
وفي هذا الإطار، أكد مدير الإعلام في وزارة الطاقة، عبد الحميد سلات، أن توريدات الغاز المنزلي مستمرة بصورة طبيعية، مشيراً إلى أن البلاد تتلقى نحو 350 طناً يومياً من الأردن، وأن معامل التعبئة تعمل بكامل طاقتها الإنتاجية.
""", [
    ev("gas-shortage", "ما تزال أزمة تبديل أسطوانات الغاز المنزلي قائمة", SHORT[0], "no own expression; the shortage since mid-February, still on Sun 22 Feb 2026 (my span 11-23 Feb)", end=SHORT[1]),
    ev("queues-return", "إذ عادت الزحمة وطوابير الانتظار", "2026-02-19", "'خلال الأيام القليلة الماضية' before Sun 22 Feb, in Ramadan (my span 19-22 Feb 2026)", end="2026-02-23"),
    ev("tanker-delay", "تأخر تفريغ شحنات الغاز في مرفأ بانياس", DELAY[0], "'خلال الأيام الماضية'; the weather delay before the berthing of Sun 15 Feb 2026 (SANA; my span 10-15 Feb)", end=DELAY[1]),
    ev("sallat-statement", "أكد مدير الإعلام في وزارة الطاقة، عبد الحميد سلات", SALLAT[0], "no own expression; his statement to Hashtag relayed on Sun 22 Feb 2026 (my span 21-22 Feb)", end=SALLAT[1]),
])
art(S, "https://yallasyrianews.com/a/97095",
    "2026-02-22", "the aggregator's note at the head of the page: the Hashtag item was fetched from its source on '٢٢ شباط ٢٠٢٦' (Sun 22 Feb 2026), the day this copy was posted; the note itself dropped, so the kept text has no date; the truncated last sentence dropped", False, """
انفراج وشيك لأزمة الغاز في سوريا: وزارة الطاقة تؤكد استمرار التوريدات واستقرار التوزيع خلال يومين
يواجه المواطنون في سوريا منذ عدة أيام صعوبات كبيرة في تأمين أسطوانات الغاز المنزلي، بعدما تخطى سعر الأسطوانة في السوق السوداء 200 ألف ليرة سورية، وتأتي هذه المعاناة وسط وعود رسمية بانفراج الأزمة خلال الساعات القادمة.
وفي هذا السياق، قال عبد الحميد سلات، مدير دائرة الإعلام في وزارة الطاقة، لـ"هاشتاغ" إن من المتوقع أن تستقر عمليات توزيع الغاز بالكامل يوم الإثنين أو الثلاثاء على أبعد تقدير، مبيناً أن توريدات المادة مستمرة بشكل طبيعي دون انقطاع.
وعزا سلات الازدحام الحالي إلى عاملين أساسيين: أولهما الارتفاع الملحوظ في الطلب على المادة مع بداية شهر رمضان المبارك، وثانيهما لجوء بعض المواطنين إلى تخزين كميات تزيد على حاجتهم الفعلية خوفاً من نقص المادة.
""", [
    ev("gas-shortage", "منذ عدة أيام صعوبات كبيرة في تأمين أسطوانات الغاز المنزلي", SHORT[0], "'منذ عدة أيام' before Sun 22 Feb 2026; my span 11-23 Feb", end=SHORT[1]),
    ev("sallat-statement", "قال عبد الحميد سلات", SALLAT[0], "no own expression; the statement to Hashtag relayed on Sun 22 Feb 2026 (my span 21-22 Feb)", end=SALLAT[1]),
    ev("stability-expected", "يوم الإثنين أو الثلاثاء على أبعد تقدير", "2026-02-23", "'يوم الإثنين أو الثلاثاء' after Sun 22 Feb = Mon 23 or Tue 24 Feb 2026 (a forecast)", end="2026-02-25"),
    ev("black-market-price", "تخطى سعر الأسطوانة في السوق السوداء 200 ألف ليرة سورية", "2026-02-15", "no own expression; the black-market price of the shortage weeks (al-Araby on 17 Feb: 'لامس ... عتبة 200 ألف'); my span 15-22 Feb 2026", end="2026-02-23"),
])

# ---------------------------------------------------------------- iraq-kurdistan-fuel-queues-baiji-2014
S = "iraq-kurdistan-fuel-queues-baiji-2014"
QUEUES = ("2014-06-18", "2014-06-26")  # the two-kilometre fuel queues in Erbil/Kirkuk, reported on 18 and 25 June 2014
DISPL = ("2014-06-10", "2014-06-26")  # the displaced who fled to Kurdistan after the fall of Mosul (10 June 2014)
art(S, "https://arabi21.org/storyamp/756535/%D8%A3%D8%B2%D9%85%D8%A9-%D9%88%D9%82%D9%88%D8%AF-%D9%81%D9%8A-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D8%A8%D8%B9%D8%AF-%D8%B3%D9%82%D9%88%D8%B7-%D9%85%D8%B5%D9%81%D8%A7%D8%A9-%D8%A8%D9%8A%D8%AC%D9%8A-%D8%A8%D9%8A%D8%AF-%D9%85%D8%B3%D9%84%D8%AD%D9%8A%D9%86",
    "2014-06-18", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الأربعاء' for the North Refineries Company source's report that ISIS fighters had taken the Baiji refinery, the Anadolu report of Wed 18 Jun 2014 (the same wire in another outlet: 'اقتحمت في ساعة مبكرة من صباح اليوم'); headline rendered from the URL slug", False, """
أزمة وقود في العراق بعد سقوط مصفاة بيجي بيد مسلحين
تفاقمت أزمة الوقود في العراق بعد أن سيطر مسلحون على مصفاة "بيجي" في محافظة صلاح الدين شمالي البلاد، إثر اشتباكات عنيفة مع القوات الأمنية العراقية المكلفة بحمايتها.
وأدت الأزمة إلى ازدحام شديد عند محطات الوقود، إذ امتدت طوابير المنتظرين أمامها إلى (2) كيلو متر في كركوك وأربيل، فيما طالت أزمة الوقود الناجمة عن توقف المصفاة محافظتي صلاح الدين وديالى ومدينة الموصل.
وقال الخبير النفطي "بافر هينيس" إن "أزمة الوقود في أربيل سببها 300 ألف نازح قدموا إلى المدينة بسياراتهم"، موضحاً أن "مصافي أربيل تغطي احتياجات المنطقة، لكن وصول النازحين ولجوء الناس إلى التخزين خوفاً من نفاد الوقود تسببا بأزمة في المدينة".
وكان مصدر في شركة مصافي الشمال (حكومية) قد قال، اليوم الأربعاء، إن مقاتلي "داعش" سيطروا على مصفاة "بيجي" في محافظة صلاح الدين بعد اشتباكات عنيفة مع القوات الأمنية العراقية المكلفة بحمايتها.
وتُعد مصفاة بيجي أكبر مصافي النفط في العراق، وتضم عدداً من المصافي الفرعية التي تنتج نصف احتياجات البلاد من المشتقات النفطية، والبالغة (600) ألف برميل يومياً.
""", [
    ev("baiji-seizure", "قد قال، اليوم الأربعاء، إن مقاتلي \"داعش\" سيطروا", "2014-06-18", "'اليوم الأربعاء' = Wed 18 Jun 2014 (the assault of that morning)"),
    ev("queues-2km", "امتدت طوابير المنتظرين أمامها إلى (2) كيلو متر", QUEUES[0], "no own expression; the queues reported on Wed 18 Jun and still on Wed 25 Jun 2014 (another outlet; my span 18-25 Jun)", end=QUEUES[1]),
    ev("refinery-stoppage", "الناجمة عن توقف المصفاة", "2014-06-16", "no own expression; the refinery stopped working 'منذ الإثنين الماضي' (the same wire elsewhere) = Mon 16 Jun 2014, until at least the 18th (my span 16-18 Jun)", end="2014-06-19"),
    ev("displaced-influx", "300 ألف نازح قدموا إلى المدينة بسياراتهم", DISPL[0], "no own expression; the displaced who came after the fall of Mosul on Tue 10 Jun 2014 (outside knowledge; my span 10-25 Jun)", end=DISPL[1]),
])
art(S, "https://q8news.com/73607",
    "2014-06-18", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الأربعاء' and 'في ساعة مبكرة من صباح اليوم' for the ISIS assault on the Baiji refinery, the Anadolu report of Wed 18 Jun 2014 (arabi21 carries the same report); the truncated last sentence (a refinery worker's account) dropped", False, """
أفاد مصدر في شركة مصافي الشمال (حكومية)، اليوم الأربعاء، بأن مقاتلي "داعش" استولوا على مصفاة "بيجي" في محافظة صلاح الدين شمالي العراق، عقب اشتباكات عنيفة مع القوات الأمنية العراقية المكلفة بحراستها.
وأوضح المصدر، الذي فضّل عدم ذكر اسمه، في تصريح لوكالة "الأناضول"، أن مجموعات مسلحة تابعة لتنظيم "الدولة الإسلامية في العراق والشام" أو "داعش" اقتحمت في ساعة مبكرة من صباح اليوم أجزاء من المصفاة، ثم سيطرت تباعاً على بقية أجزائها.
وتُعد مصفاة بيجي أكبر مصافي النفط في العراق، وتضم عدداً من المصافي الفرعية التي توفر نصف حاجة البلاد من المشتقات النفطية، والبالغة 600 ألف برميل يومياً.
وذكر المصدر أن الطيران الحربي العراقي قصف محيط المصفاة بعد سيطرة المقاتلين عليها، ما أشعل حريقاً في بعض الخزانات المخصصة لتجميع الفضلات النفطية، كما احترق أحد خزانات الوقود.
وأضاف أن النيران امتدت إلى أجزاء من المصفاة، فاضطر العاملون إلى مغادرتها، مشيراً إلى أن المصفاة متوقفة عن العمل تماماً منذ الإثنين الماضي، وهو ما يمثل "ضربة كبيرة للاقتصاد العراقي" على حد قوله.
""", [
    ev("baiji-seizure", "اقتحمت في ساعة مبكرة من صباح اليوم", "2014-06-18", "'في ساعة مبكرة من صباح اليوم' of 'اليوم الأربعاء' = the early morning of Wed 18 Jun 2014"),
    ev("source-report", "أفاد مصدر في شركة مصافي الشمال (حكومية)، اليوم الأربعاء", "2014-06-18", "'اليوم الأربعاء' = Wed 18 Jun 2014"),
    ev("airstrikes-fire", "قصف محيط المصفاة بعد سيطرة المقاتلين عليها", "2014-06-18", "no own expression; after the takeover, the same day, Wed 18 Jun 2014"),
    ev("refinery-stoppage", "متوقفة عن العمل تماماً منذ الإثنين الماضي", "2014-06-16", "'منذ الإثنين الماضي' before Wed 18 Jun = since Mon 16 Jun 2014 (my span 16-18 Jun)", end="2014-06-19"),
])
art(S, "https://www.imlebanon.org/2014/06/25/%d8%a5%d9%82%d9%84%d9%8a%d9%85-%d9%83%d8%b1%d8%af%d8%b3%d8%aa%d8%a7%d9%86-%d9%8a%d8%b9%d8%a7%d9%86%d9%8a-%d9%86%d9%82%d8%b5%d8%a7%d9%8b-%d8%ad%d8%a7%d8%af%d8%a7%d9%8b-%d9%81%d9%8a-%d8%a7%d9%84%d9%88/",
    "2014-06-25", "date in the URL '/2014/06/25/' (Wed 25 Jun 2014; a Reuters report); no date in the body; the masthead 'IMLebanon', the image name 'IraqKurdOil1' and the truncated last sentence dropped", False, """
إقليم كردستان يعاني نقصاً حاداً في الوقود بسبب التهريب والنزوح
وصل طول طوابير السيارات المصطفة أمام محطات التزود بالوقود في إقليم كردستان العراق المتمتع بالحكم الذاتي إلى نحو كيلومترين، في وقت يضغط فيه تقدم المسلحين المتشددين نحو الجنوب على خطوط الإمداد.
ويزيد نقص الوقود الضغط على اقتصاد مثقل أصلاً بخفض الحكومة المركزية للموازنة وبحرب مستعرة على الحدود الجنوبية لكردستان العراق.
وتأثرت إمدادات الوقود بتدفق النازحين وبهجوم مقاتلي الدولة الإسلامية في العراق والشام على أكبر مصفاة نفطية في العراق، وبتهريب الوقود إلى بلدات يسيطر عليها متشددون.
وقال كردي من أربيل اسمه أحمد، وهو ينتظر بسيارته في طابور للتزود بالوقود: «أنا في الطابور منذ نصف ساعة. السبب هو الأحداث والاشتباكات في أطراف كردستان. ما يجري حول الموصل ينعكس على الوضع هنا. كانت الأمور جيدة قبل تلك الأحداث، فلم يكن يقف عند محطات الوقود أكثر من سيارتين أو 3، وكان المرء يملأ خزان سيارته بسرعة».
""", [
    ev("queues-2km", "إلى نحو كيلومترين", QUEUES[0], "no own expression; the queues of 18-25 Jun 2014 (another outlet already reported 2 km on Wed 18 Jun; my span 18-25 Jun)", end=QUEUES[1]),
    ev("baiji-seizure", "وبهجوم مقاتلي الدولة الإسلامية في العراق والشام على أكبر مصفاة", "2014-06-18", "no own expression; the assault on the Baiji refinery of Wed 18 Jun 2014 (outside knowledge and the other articles)"),
    ev("displaced-influx", "بتدفق النازحين", DISPL[0], "no own expression; the displaced after the fall of Mosul on Tue 10 Jun 2014 (my span 10-25 Jun)", end=DISPL[1]),
    ev("waiting-half-hour", "أنا في الطابور منذ نصف ساعة", "2014-06-24", "'منذ نصف ساعة': the half hour before his words, on or just before the publication day, Wed 25 Jun 2014 (my span 24-25 Jun)", end="2014-06-26"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 209)
                            if i != 201 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

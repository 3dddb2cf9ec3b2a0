"""Builds stories.jsonl: the 525-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: rounds of negotiations (nuclear, peace or trade talks: a
round announced, held, postponed, the next round set).
Stories: the resumption of the Vienna nuclear talks in their seventh round (Iran / Austria, November - December
2021), the postponed second round of the Astana talks on Syria (Syria / Kazakhstan, February 2017), and the first
round of the Lebanon - Israel maritime border talks at Naqoura (Lebanon, October 2020).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iran-vienna-talks-seventh-round-2021
S = "iran-vienna-talks-seventh-round-2021"
RESUME = "2021-11-29"                      # the Vienna talks resumed (seventh round, joint commission) on Mon 29 Nov 2021
ROUND_END = "2021-12-03"                   # the seventh round closed with a joint-commission meeting on Fri 3 Dec 2021
US_OUT = "2018-05-08"                      # Trump announced the US withdrawal from the JCPOA on Tue 8 May 2018
art(S, "https://darelhilal.com/News/1069454.aspx",
    "2021-11-26", "no date line in the stored excerpt; the body's 'اليوم /الجمعة/' for Eslami's remarks and 'يوم /الاثنين/ المقبل' for the resumption of the talks, which the same text dates '29 نوفمبر الجاري' (Mon 29 Nov 2021), give Fri 26 Nov 2021 (26 Nov 2021 was a Friday); headline written from the body (the stored text has none)", False, """
إسلامي: محادثات فيينا الأسبوع المقبل ستتناول عودة أمريكا إلى الاتفاق النووي
صرح رئيس هيئة الطاقة الذرية الإيرانية محمد إسلامي، اليوم /الجمعة/، بأن المحادثات المرتقبة مع القوى الكبرى في فيينا، والتي ستعقد الأسبوع المقبل، ستدور حول عودة الولايات المتحدة إلى الاتفاق النووي لعام 2015، بحسب ما نقلته وسائل إعلام إيرانية.
ومن المنتظر أن تعود طهران وواشنطن، يوم /الاثنين/ المقبل في فيينا، إلى المفاوضات غير المباشرة المعلقة منذ يونيو الماضي.
وكان الرئيس الأمريكي السابق دونالد ترامب قد أعلن خروج بلاده من الاتفاق النووي عام 2018، ثم أعاد فرض عقوبات مشددة على إيران.
ويشار إلى أن إيران والاتحاد الأوروبي أعلنا مؤخرا أن مفاوضات فيينا بشأن الاتفاق النووي وعودة الولايات المتحدة إليه ستستأنف في 29 نوفمبر الجاري.
وكانت الجولة السادسة، التي جرت في يونيو الماضى، آخر جولات مفاوضات فيينا الرامية إلى العودة إلى الاتفاق الموقع بين إيران ومجموعة (5+1) عام 2015 بصيغته الأولى، بعد أن انسحبت منه الولايات المتحدة من جانب واحد في مايو 2018.
""", [
    ev("eslami-remarks", "صرح رئيس هيئة الطاقة الذرية الإيرانية محمد إسلامي، اليوم /الجمعة/", "2021-11-26", "'اليوم /الجمعة/' = Fri 26 Nov 2021"),
    ev("talks-resume", "أن تعود طهران وواشنطن، يوم /الاثنين/ المقبل في فيينا", RESUME, "'يوم /الاثنين/ المقبل' from Fri 26 Nov 2021 = Mon 29 Nov (also '29 نوفمبر الجاري' in the text)"),
    ev("us-withdrawal", "قد أعلن خروج بلاده من الاتفاق النووي عام 2018", US_OUT, "'عام 2018' / 'في مايو 2018': Trump's announcement of Tue 8 May 2018 (known date; the text gives the year and the month)"),
    ev("resumption-announced", "أعلنا مؤخرا أن مفاوضات فيينا", "2021-11-03", "'مؤخرا': the announcement by Iran's negotiator Ali Bagheri Kani and the EU of the 29 November date, Wed 3 Nov 2021 (from what is known of the story, not from the text)"),
    ev("sixth-round", "وكانت الجولة السادسة، التي جرت في يونيو الماضى", "2021-06-12", "'في يونيو الماضى' from Nov 2021 = June 2021; the sixth round ran 12 - 20 June 2021 (known dates)", end="2021-06-21"),
])
art(S, "https://ar.irna.ir/amp/84557928",
    "2021-11-28", "the body's date line 'طهران/ 28 تشرين الثاني / نوفمبر /ارنا-' = Sun 28 Nov 2021, consistent with 'غدا الاثنين' for the joint-commission meeting of Mon 29 Nov 2021; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
باقري كني يبدأ مشاوراته في فيينا على هامش اجتماع اللجنة المشتركة للاتفاق النووي
طهران/ 28 تشرين الثاني / نوفمبر /ارنا- يشرع علي باقري كني، مساعد وزير الخارجية الإيرانية للشؤون السياسية الذي سافر إلى فيينا لحضور اجتماع اللجنة المشتركة للاتفاق النووي، في مشاوراته الدبلوماسية على هامش هذا الاجتماع.
وأفاد محمد رضا غائبي، القائم بأعمال رئيس البعثة الإيرانية لدى الوكالة الدولية للطاقة الذرية، بأن الفريق الإيراني المفاوض برئاسة باقري كني سيعقد لقاءات ثنائية وثلاثية مع الوفدين المفاوضين الصيني والروسي.
كما كشف عن لقاء سيجمع باقري كني بمسؤول السياسة الخارجية في الاتحاد الأوروبي إنريكي مورا، الذي يترأس اجتماع اللجنة المشتركة.
ومن المقرر أن تلتئم اللجنة المشتركة للاتفاق النووي غدا الاثنين في فندق باليه كوبورغ في فيينا بمشاركة جميع الأطراف الرئيسية في الاتفاق.
وستدور الجولة الجديدة من المفاوضات بين طهران ومجموعة 4+1 (ألمانيا وفرنسا وبريطانيا وروسيا والصين)، ويتوقع أن تشارك فيها الولايات المتحدة بصورة غير مباشرة.
وكان باقري كني قد شدد، في مقابلة مع صحيفة "اينديبندنت"، على أن أي تقدم في المفاوضات يجب أن يقترن بإلغاء كل إجراءات الحظر الأمريكية، لأنه لا ضمانة بألا تنسحب الإدارة المقبلة في واشنطن من الاتفاق مرة أخرى كما فعل الرئيس الأمريكي السابق دونالد ترامب.
""", [
    ev("bagheri-consultations", "يشرع علي باقري كني", "2021-11-28", "the date line '28 تشرين الثاني / نوفمبر' = Sun 28 Nov 2021 (present tense: he starts his consultations that day)"),
    ev("talks-resume", "أن تلتئم اللجنة المشتركة للاتفاق النووي غدا الاثنين", RESUME, "'غدا الاثنين' from Sun 28 Nov 2021 = Mon 29 Nov"),
    ev("us-withdrawal", "كما فعل الرئيس الأمريكي السابق دونالد ترامب", US_OUT, "no own expression; Trump's withdrawal from the deal, Tue 8 May 2018 (darelhilal: 'في مايو 2018')"),
])
art(S, "https://www.alahednews.com.lb/article.php?id=37547&cid=116",
    "2021-12-03", "the page's date stamp '03/12/2021' under the headline (not kept in the text) = Fri 3 Dec 2021; the seventh round closed with the joint-commission meeting of that day; the site menus ('يوميات عدوان نيسان 1996', 'الخليج والعالم') and the repeated headline dropped; the last, truncated sentence dropped", True, """
محادثات فيينا.. اختتام الجولة السابعة واتفاق على استئنافها الأسبوع المقبل
اختتمت الجولة السابعة من محادثات فيينا باجتماع عقدته اللجنة المشتركة للاتفاق النووي في فندق كوبورغ، راجع فيه المشاركون ما تحقق من نتائج وما أحرز من تقدم في هذه الجولة استنادا إلى النصوص التي تقدمت بها إيران.
ونزولا عند طلب عدد من الوفود المشاركة العودة إلى عواصمها لمزيد من التشاور، تقرر تعليق المحادثات على أن تستأنف الأسبوع المقبل بعد رجوع الوفود من عواصمها.
وقال كبير المفاوضين النوويين الإيرانيين، مساعد وزير الخارجية الإيراني السيد علي باقري كني، إنه "جرى في اجتماع اللجنة المشتركة تقديم تقييم مقتضب للمستجدات التي شهدتها الجولة السابعة من المفاوضات وللمقترحات التي طرحها الوفد الإيراني".
وأضاف باقري كني: "تم التشديد على أن مقترحات إيران تتمحور حول مسألتين مهمتين، هما رفع الحظر الظالم المفروض على إيران والملف النووي المطروح على الطاولة، واتفق على منح الوفود فرصة للعودة إلى عواصمها للتشاور ثم استئناف المحادثات، الأسبوع المقبل".
""", [
    ev("round-closing-meeting", "اختتمت الجولة السابعة من محادثات فيينا باجتماع", ROUND_END, "no own expression; the joint-commission meeting that closed the round, Fri 3 Dec 2021 (the page's date stamp)"),
    ev("talks-paused", "تقرر تعليق المحادثات", ROUND_END, "no own expression; decided at the closing meeting of Fri 3 Dec 2021"),
    ev("next-resumption", "على أن تستأنف الأسبوع المقبل", "2021-12-09", "'الأسبوع المقبل' from Fri 3 Dec 2021 = the week of 6 - 12 Dec; the talks actually resumed on Thu 9 Dec 2021 (known date)"),
    ev("seventh-round", "للمستجدات التي شهدتها الجولة السابعة من المفاوضات", RESUME, "no own expression; the seventh round ran from Mon 29 Nov to Fri 3 Dec 2021", end="2021-12-04"),
])

# ---------------------------------------------------------------- syria-astana-second-round-postponed-2017
S = "syria-astana-second-round-postponed-2017"
PLANNED = "2017-02-15"                     # Astana 2 was to open on Wed 15 Feb 2017 (Russia said bilateral work began that day)
START = "2017-02-16"                       # Kazakhstan postponed the opening to Thu 16 Feb 2017
GENEVA = "2017-02-23"                      # UN-led Geneva talks set for Thu 23 Feb 2017
art(S, "https://al-ain.com/article/astana-syria-peace-talks",
    "2017-02-14", "no date in the stored excerpt; the body's 'أعلنت كازاخستان، الثلاثاء' and 'ستبدأ المحادثات، الأربعاء' (future) for a round that was to open on Wed 15 Feb 2017 (darelhilal: '15 و16 فبراير') and was not yet known to be postponed (the postponement was announced on Wed 15) give Tue 14 Feb 2017 (14 Feb 2017 was a Tuesday); the sub-heading dropped; headline kept from the page", False, """
"أستانة 2" يعقد وراء "أبواب مغلقة"
أفادت كازاخستان، الثلاثاء، بأن الجولة الجديدة من حوار الأستانة للسلام في سوريا، الذي ترعاه روسيا وتركيا وإيران، ستجري بعيدا عن الإعلام خلف أبواب مغلقة.
ومن المنتظر أن تنطلق المحادثات، الأربعاء، في عاصمة كازاخستان، استكمالا لجولة أولى جرت الشهر الماضي وكان هدفها الأساسي تثبيت وقف إطلاق النار المعمول به في سوريا منذ 30 ديسمبر/كانون الأول، بمقتضى اتفاق بين موسكو وأنقرة.
ويعد هذا الاجتماع، الذي وقفت وراءه موسكو، تمهيدا للمفاوضات التي تقودها الأمم المتحدة والمقرر أن تنطلق في جنيف في 23 فبراير/شباط.
وتحتضن جنيف في 23 فبراير/شباط مفاوضات سلام برعاية أممية، تهدف إلى مواصلة بحث تفاصيل عملية الانتقال السياسي والملفات الخلافية، وفي مقدمتها مصير الرئيس السوري بشار الأسد.
وقد أرجأت الأمم المتحدة موعد هذه الجولة من المفاوضات مرتين، في خطوة هدفت جزئيا إلى إفساح المجال أمام المعارضة لتشكيل وفد موحد.
وترمي محادثات أستانة في المقام الأول إلى ترسيخ وقف إطلاق النار الصامد على الجبهات الرئيسية في سوريا منذ شهر ونصف شهر.
""", [
    ev("closed-doors-announcement", "أفادت كازاخستان، الثلاثاء", "2017-02-14", "'الثلاثاء' = Tue 14 Feb 2017, the day of the report"),
    ev("astana2-planned-start", "أن تنطلق المحادثات، الأربعاء", PLANNED, "'الأربعاء' (future) = Wed 15 Feb 2017, the planned opening (it was then postponed to Thu 16)"),
    ev("astana1", "استكمالا لجولة أولى جرت الشهر الماضي", "2017-01-23", "'الشهر الماضي' from Feb 2017 = January 2017; the first Astana round was held on 23 - 24 Jan 2017 (known dates)", end="2017-01-25"),
    ev("ceasefire-start", "المعمول به في سوريا منذ 30 ديسمبر/كانون الأول", "2016-12-30", "'منذ 30 ديسمبر/كانون الأول' = Fri 30 Dec 2016"),
    ev("geneva-talks", "والمقرر أن تنطلق في جنيف في 23 فبراير/شباط", GENEVA, "'في 23 فبراير/شباط' = Thu 23 Feb 2017"),
])
art(S, "http://alwaght.net/ar/News/87993/تأجيل-اجتماع-أستانا-إلى-يوم-غد-الخميس",
    "2017-02-15", "no date in the stored excerpt; the headline's 'إلى يوم غد الخميس' with the body's 'يوم الخميس 16 فبراير/شباط' gives Wed 15 Feb 2017 (16 Feb 2017 was a Thursday), and 'الثلاثاء' for the FSA statement of Tue 14 Feb fits; the site prefix 'الوقت-' dropped; headline kept from the page; the last, truncated sentence dropped", False, """
تأجيل اجتماع أستانا إلى يوم غد الخميس
ذكرت قناة "الإخبارية" التلفزيونية السورية أن انطلاق الجولة الثانية من المفاوضات السورية في أستانا أرجئ إلى يوم الخميس 16 فبراير/شباط، موضحة أن التأجيل يعود إلى عدم وصول وفد المعارضة السورية وممثلي تركيا.
وأفاد مصدر قريب من مفاوضات أستانا بأن وفودا وصلت إلى العاصمة الكازاخية تجري مشاورات استعدادا لجولة المحادثات المرتقبة.
وأضاف المصدر أن الوفد الروسي اجتمع بالوفد الإيراني ثم بممثلي وفد الحكومة السورية، وذلك قبل المشاورات السورية الإيرانية.
من جهته، قال ممثل عن المجموعات المسلحة، في حديث لوكالة "إنترفاكس" الروسية رفض فيه الكشف عن هويته، إن مجموعات معينة منها قد تحضر لقاء أستانا، مرجحا مشاركتها فيه، لكنه أوضح أن الأمر لا يشمل جميع المجموعات.
في غضون ذلك، أعلن ممثلو ما يسمى "الجيش السوري الحر"، الثلاثاء، أنهم سيشاركون في محادثات أستانا، وقالوا في بيان إن "وفدا صغيرا من قياديي الجيش السوري الحر وممثليه سيتوجه إلى أستانا للمشاركة في النقاشات التقنية حول نظام وقف النار، ومن المتوقع أن تمهد المباحثات لمفاوضات جنيف".
""", [
    ev("postponement", "أن انطلاق الجولة الثانية من المفاوضات السورية في أستانا أرجئ", PLANNED, "no own expression; the postponement announced on Wed 15 Feb 2017, the day of the report ('إلى يوم غد الخميس')"),
    ev("astana2-start", "إلى يوم الخميس 16 فبراير/شباط", START, "'يوم الخميس 16 فبراير/شباط' = Thu 16 Feb 2017"),
    ev("bilateral-consultations", "تجري مشاورات استعدادا لجولة المحادثات المرتقبة", PLANNED, "no own expression; the consultations of the delegations in Astana on Wed 15 Feb 2017 (al-Ahram: 'بدء لقاءات العمل على المستوى الثنائي ... أمس')"),
    ev("fsa-statement", "أعلن ممثلو ما يسمى \"الجيش السوري الحر\"، الثلاثاء", "2017-02-14", "'الثلاثاء' in a report of Wed 15 Feb 2017 = Tue 14 Feb"),
    ev("geneva-talks", "أن تمهد المباحثات لمفاوضات جنيف", GENEVA, "no own expression; the Geneva talks set for Thu 23 Feb 2017 (al-ain)"),
])
art(S, "https://www.masress.com/ahram/1579156",
    "2017-02-16", "no date in the stored excerpt (an al-Ahram report carried by masress); 'تضاربت الأنباء أمس' and 'انطلاقها أمس' for the planned opening of Wed 15 Feb 2017 and Kazakhstan's postponement 'لليوم' (Thu 16 Feb, alwaght) give Thu 16 Feb 2017; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
تضارب حول موعد انطلاق الجولة الثانية من مفاوضات الآستانة
تضاربت الأنباء أمس بشأن موعد بدء الجولة الثانية من مفاوضات السلام السورية - السورية في العاصمة الكازاخستانية الآستانة بين وفدي الحكومة والمعارضة برعاية روسية - تركية - إيرانية؛ فبينما أكدت موسكو انطلاقها أمس كما كان مقررا، أعلنت وزارة الخارجية الكازاخستانية إرجاءها لليوم، وهو ما أكده التليفزيون الرسمي السوري أيضا.
وفي موسكو، أعلنت وزارة الدفاع الروسية أن لقاءات العمل على المستوى الثنائي في مفاوضات آستانة بدأت أمس.
ونقلت وكالة "إنترفاكس" عن الوزارة أن المشاورات على المستوى الثنائي انطلقت أمس لتحديد المواقف وتقديم المقترحات بشأن تأمين نظام وقف إطلاق النار في سوريا.
كما أكدت ماريا زاخاروفا، المتحدثة الرسمية باسم الخارجية الروسية، هذه الأنباء في بيانها أمس عن وصول الوفد الروسي إلى الآستانة وبدء اجتماعاته مع الوفود المشاركة، مؤكدة كذلك مشاركة الأردن.
وفي الشأن ذاته، نقلت "إنترفاكس" الروسية عن مصدر رفيع في وزارة الخارجية الروسية، رفض الكشف عن اسمه، قوله أمس إن "جولة المفاوضات الجديدة في أستانة انطلقت أمس كما كان متوقعا لها في يومي 15 و 16 فبراير الجاري ولا يوجد أي انقطاع أو تأجيل".
""", [
    ev("astana2-planned-start", "أكدت موسكو انطلاقها أمس كما كان مقررا", PLANNED, "'أمس' in a report of Thu 16 Feb 2017 = Wed 15 Feb, the planned opening"),
    ev("postponement", "أعلنت وزارة الخارجية الكازاخستانية إرجاءها", PLANNED, "no own weekday; Kazakhstan's announcement of Wed 15 Feb 2017 (the day of 'تضاربت الأنباء أمس')"),
    ev("astana2-start", "لليوم، وهو ما أكده التليفزيون الرسمي السوري", START, "'لليوم' in a report of Thu 16 Feb 2017 = Thu 16 Feb"),
    ev("bilateral-consultations", "أن لقاءات العمل على المستوى الثنائي في مفاوضات آستانة بدأت أمس", PLANNED, "'أمس' from Thu 16 Feb 2017 = Wed 15 Feb"),
    ev("zakharova-statement", "ماريا زاخاروفا، المتحدثة الرسمية باسم الخارجية الروسية، هذه الأنباء في بيانها أمس", PLANNED, "'أمس' from Thu 16 Feb 2017 = Wed 15 Feb"),
])

# ---------------------------------------------------------------- lebanon-israel-naqoura-maritime-first-round-2020
S = "lebanon-israel-naqoura-maritime-first-round-2020"
ROUND1 = "2020-10-14"                      # the first round at the UNIFIL post at Ras Naqoura, Wed 14 Oct 2020
ROUND2 = "2020-10-28"                      # the second round was set for Wed 28 Oct 2020
art(S, "https://djazairess.com/aps/493709",
    "2020-10-14", "no date line in the stored excerpt (an APS report carried by djazairess); the body's 'اختتمت اليوم الاربعاء' for the first round, held on Wed 14 Oct 2020 (arab48 of Thu 15 Oct: 'أمس، الأربعاء'), gives Wed 14 Oct 2020; headline written from the body (the stored text has none); the last, truncated sentence of the quotation dropped", False, """
اختتام الجولة الأولى من مفاوضات ترسيم الحدود البحرية بين لبنان وإسرائيل
انتهت اليوم الاربعاء، الجولة الأولى من مفاوضات ترسيم الحدود البحرية بين لبنان وإسرائيل، التي دارت في بلدة الناقورة جنوب لبنان برعاية الأمم المتحدة ووساطة أمريكية، باتفاق الجانبين على عقد جولة ثانية في 28 أكتوبر الجاري، وفق ما ذكرته وكالة الأنباء اللبنانية الرسمية.
وأوضحت الوكالة أن المشاركين توافقوا على إجراء الجولة الثانية من المفاوضات في 28 أكتوبر الحالي.
وعقدت المفاوضات في مقر قوات حفظ السلام الدولية التابعة للأمم المتحدة (يونيفيل) بمنطقة الناقورة.
وافتتح العميد طيار بسام ياسين، رئيس وفد لبنان، الجلسة الأولى من المفاوضات مؤكدا أن بلاده "تأمل أن تمضي عجلة التفاوض بوتيرة تسمح بإنجاز الملف ضمن مهلة زمنية مقبولة"، وقال: "نحن هنا اليوم لنتباحث ونتفاوض بشأن ترسيم حدودنا البحرية على أساس القانون الدولي، واتفاقية الهدنة عام 1949 الموثقة لدى دوائر الأمم المتحدة، واتفاقية بوليه/ نيوكومب عام 1923، ولا سيما ما نصت عليه هذه الاتفاقية بشأن الخط الذي ينطلق برا من نقطة رأس الناقورة".
""", [
    ev("first-round", "انتهت اليوم الاربعاء، الجولة الأولى", ROUND1, "'اليوم الاربعاء' = Wed 14 Oct 2020"),
    ev("second-round", "على عقد جولة ثانية في 28 أكتوبر الجاري", ROUND2, "'في 28 أكتوبر الجاري' = Wed 28 Oct 2020"),
    ev("yassin-opening", "وافتتح العميد طيار بسام ياسين", ROUND1, "no own expression; the opening session of Wed 14 Oct 2020"),
    ev("armistice-1949", "واتفاقية الهدنة عام 1949", "1949-01-01", "'عام 1949' = the year 1949 (the year only in the text)", end="1950-01-01"),
    ev("paulet-newcombe-1923", "واتفاقية بوليه/ نيوكومب عام 1923", "1923-01-01", "'عام 1923' = the year 1923 (the year only in the text)", end="1924-01-01"),
])
art(S, "https://shms.ps/post/107822/%D9%83%D8%B4%D9%81-%D8%AA%D9%81%D8%A7%D8%B5%D9%8A%D9%84-%D8%A7%D9%84%D8%AC%D9%88%D9%84%D8%A9-%D8%A7%D9%84%D8%A3%D9%88%D9%84%D9%89-%D9%85%D9%86-%D8%A7%D9%84%D9%85%D9%81%D8%A7%D9%88%D8%B6%D8%A7%D8%AA-%D9%85%D8%B9-%D8%A5%D8%B3%D8%B1%D8%A7%D8%A6%D9%8A%D9%84/amp",
    "2020-10-14", "no date in the stored excerpt; the report was written right after the first round ('اختتمت بعد نحو ساعة على انطلاقها', 'ولم ترشح على الفور أي معلومات', the meeting 'الذي بدأ صباح الأربعاء' without 'أمس'), so on Wed 14 Oct 2020; the dateline 'شمس نيوز/ بيروت' dropped; headline rendered from the URL slug; the last, truncated sentence dropped", False, """
كشف تفاصيل الجولة الأولى من المفاوضات مع إسرائيل
كشفت وكالة الأنباء اللبنانية الرسمية تفاصيل الجولة الأولى من المفاوضات مع "إسرائيل" حول الحدود البحرية بين البلدين، مبينة أن الطرفين اتفقا على عقد الجولة الثانية من مفاوضات ترسيم الحدود البحرية في 28 أكتوبر/تشرين الأول الجاري.
وذكرت الوكالة أن أولى جولات مفاوضات الترسيم بين لبنان و"إسرائيل" انتهت بعد نحو ساعة على انطلاقها في مقر قوة الأمم المتحدة المؤقتة "يونيفيل" بمنطقة الناقورة جنوبي لبنان، لافتة إلى أن الجولة الثانية ستعقد في 28 من الشهر الجاري.
ولم تتسرب على الفور أي معلومات عما جرى في الاجتماع الأول الذي بدأ صباح الأربعاء بوساطة أمريكية ورعاية أممية، وكان يفترض أن تتسم جلسة التفاوض الأولى بطابع بروتوكولي واستكشافي، وأن تكون الإنكليزية لغتها المعتمدة، على أن يتحدث الوفد اللبناني بالعربية مع ترجمة فورية إلى الإنكليزية.
وأفاد صحافي بأن المفاوضات جرت في حضور مساعد وزير الخارجية الأمريكي لشؤون الشرق الأدنى ديفيد شينكر، الذي تولى إدارة الجلسة الافتتاحية، بينما أدى الدبلوماسي الأمريكي جون ديروشيه، السفير السابق لبلاده لدى الجزائر، دور الوسيط في المفاوضات.
""", [
    ev("second-round", "اتفقا على عقد الجولة الثانية من مفاوضات ترسيم الحدود البحرية في 28 أكتوبر/تشرين الأول الجاري", ROUND2, "'في 28 أكتوبر/تشرين الأول الجاري' = Wed 28 Oct 2020"),
    ev("first-round", "الاجتماع الأول الذي بدأ صباح الأربعاء", ROUND1, "'صباح الأربعاء' = Wed 14 Oct 2020"),
    ev("schenker-opening", "الذي تولى إدارة الجلسة الافتتاحية", ROUND1, "no own expression; the opening session of Wed 14 Oct 2020"),
])
art(S, "https://www.arab48.com/أخبار-عربية-ودولية/أخبار--الوطن-العربي/2020/10/15/شينكر-يجري-مباحثات-في-بيروت-بعد-جلسة-ترسيم-الحدود",
    "2020-10-15", "the URL's date '2020/10/15' and the body's 'اليوم، الخميس' with 'أمس، الأربعاء' for the first round of Wed 14 Oct 2020 = Thu 15 Oct 2020; the repeated headline and the photo caption dropped; headline kept from the page; the last, truncated sentence dropped", True, """
شينكر يجري مباحثات في بيروت بعد جلسة ترسيم الحدود
أجرى مساعد وزير الخارجية الأميركي لشؤون الشرق الأدنى، ديفيد شينكر، محادثات في العاصمة اللبنانية بيروت، اليوم، الخميس، عقب أولى جلسات ترسيم الحدود البحرية بين لبنان وإسرائيل، أمس، الأربعاء.
واجتمع شينكر برئيس البرلمان اللبناني نبيه بري، وهو المسؤول اللبناني الأول الذي تولى التعامل مع الوسطاء الأمريكيين في ملف النزاع الحدودي مع إسرائيل طوال العقد الماضي.
ولم يدل شينكر ولا بري بأي تصريح بعد الاجتماع.
وأجرى شينكر أيضا محادثات مع رئيس الحزب التقدمي الاشتراكي وليد جنبلاط.
وكان شنكر قد حضر، أمس الأربعاء، الجلسة الافتتاحية للمحادثات التي عقدت بوساطة أمريكية بين لبنان وإسرائيل في مجمع تابع لقوات حفظ السلام الأممية بمنطقة رأس الناقورة.
""", [
    ev("schenker-beirut-talks", "ديفيد شينكر، محادثات في العاصمة اللبنانية بيروت، اليوم، الخميس", "2020-10-15", "'اليوم، الخميس' = Thu 15 Oct 2020"),
    ev("first-round", "أولى جلسات ترسيم الحدود البحرية بين لبنان وإسرائيل، أمس، الأربعاء", ROUND1, "'أمس، الأربعاء' from Thu 15 Oct 2020 = Wed 14 Oct"),
    ev("berri-meeting", "واجتمع شينكر برئيس البرلمان اللبناني نبيه بري", "2020-10-15", "no own expression; part of the talks in Beirut 'اليوم، الخميس' = Thu 15 Oct 2020"),
    ev("jumblatt-talks", "محادثات مع رئيس الحزب التقدمي الاشتراكي وليد جنبلاط", "2020-10-15", "no own expression; part of the same day's talks in Beirut, Thu 15 Oct 2020"),
    ev("schenker-opening", "وكان شنكر قد حضر، أمس الأربعاء، الجلسة الافتتاحية", ROUND1, "'أمس الأربعاء' from Thu 15 Oct 2020 = Wed 14 Oct"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 525
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

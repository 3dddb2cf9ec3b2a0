"""Builds stories.jsonl: the 543-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: school-year start dates, postponements and exam calendar
changes.
Stories: Morocco's second postponement of the 2021-2022 school start to Fri 1 Oct 2021 (announced Mon 6 Sep
2021); the Iraqi ministerial exams postponed and resumed around the curfew of the Green Zone clashes (Mon 29 -
Wed 31 Aug 2022); the resumption of classes in Tunisia after the May 2021 lockdown (announced Wed 12 May,
schools back on Mon 17 May 2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-school-start-postponed-october-2021
S = "morocco-school-start-postponed-october-2021"
ANNOUNCE = "2021-09-06"                    # the ministry's communique of Mon 6 Sep 2021
START = "2021-10-01"                       # new date of the actual start of classes: Fri 1 Oct 2021
REACTION = ("2021-09-06", "2021-09-08")    # parents' reactions on social media, Mon 6 - Tue 7 Sep 2021
TEEN_VAX = ("2021-08-31", "2021-09-08")    # vaccination of the 12-17 year olds, from Tue 31 Aug 2021, ongoing
art(S, "https://maghress.com/ahdathpress/884316",
    "2021-09-06", "no date line on the stored page (an Ahdath.info report carried by maghress); the body's 'اليوم الاثنين' for the ministry's communique, which was issued on Mon 6 Sep 2021 (azpresse: 'يوم الإثنين 6 شتنبر 2021'), gives Mon 6 Sep 2021; the 'Ahdath.info' tag dropped; headline written from the body (the stored text has none)", False, """
الوزارة ترجئ الانطلاق الفعلي للدراسة إلى فاتح أكتوبر 2021
كشفت وزارة التربية الوطنية والتكوين المهني والتعليم العالي والبحث العلمي، اليوم الاثنين، عن قرار بتأخير الانطلاق الفعلي للدراسة برسم الموسم الدراسي 2021-2022 إلى يوم الجمعة فاتح أكتوبر 2021.
وبيّنت الوزارة، في بلاغ لها، أن هذا الإجراء يسري على كل المؤسسات التعليمية والجامعية ومراكز التكوين المهني ومؤسسات التعليم العتيق، في القطاعين العمومي والخصوصي، وعلى مدارس البعثات الأجنبية أيضا، وهو ما سيتيح تهيئة الظروف الملائمة لاعتماد نمط "التعليم الحضوري" لفائدة جميع التلاميذ والطلبة ومتدربي التكوين المهني، تكريسا لمبدأ الإنصاف وتكافؤ الفرص.
""", [
    ev("postponement-announced", "عن قرار بتأخير الانطلاق الفعلي للدراسة", ANNOUNCE, "'اليوم الاثنين' = Mon 6 Sep 2021, the day of the communique (azpresse 'يوم الإثنين 6 شتنبر 2021')"),
    ev("school-start-oct-1", "إلى يوم الجمعة فاتح أكتوبر 2021", START, "'يوم الجمعة فاتح أكتوبر 2021' = Fri 1 Oct 2021"),
    ev("in-person-teaching", "لاعتماد نمط \"التعليم الحضوري\"", START, "no own expression; in-person teaching is to begin with the actual start of classes on Fri 1 Oct 2021"),
])
art(S, "https://www.azpresse.com/?p=12277",
    "2021-09-07", "date line '7 سبتمبر 2021' under the outlet's name on the page; the body's 'يوم الإثنين 6 شتنبر 2021' for the communique; the 'آخر تحديث' label, the byline 'متابعة الحنفي ادريس' and the comment form dropped; headline kept from the page", True, """
تأجيل الانطلاقة الفعلية للدراسة برسم الموسم الدراسي 2022/2021
نشرت وزارة التربية الوطنية والتكوين المهني والتعليم العالي والبحث العلمي يوم الإثنين 6 شتنبر 2021 بلاغا أعلنت فيه إرجاء الانطلاقة الفعلية للموسم الدراسي الجاري إلى غاية يوم الجمعة فاتح أكتوبر2021، في كل المؤسسات التعليمية والجامعية ومراكز التكوين المهني ومؤسسات التعليم العتيق بالقطاعين العمومي والخصوصي، وكذا في مدارس البعثات الأجنبية، وذلك لتهيئة الظروف الملائمة لاعتماد نمط التعليم الحضوري لجميع التلاميذ والطلبة ومتدربي التكوين المهني، تكريسا لمبدأ الإنصاف وتكافؤ الفرص.
وفي البلاغ ذاته، حثت الوزارة كافة المواطنات والمواطنين على المشاركة المكثفة في العملية الوطنية للتلقيح وعلى الاستمرار في احترام التدابير الاحترازية التي توصي بها السلطات المختصة، قصد تسريع العودة إلى الحياة الطبيعية التي تسمح بالانطلاق الفعلي للدراسة في ظروف عادية.
""", [
    ev("postponement-announced", "بلاغا أعلنت فيه إرجاء الانطلاقة الفعلية", ANNOUNCE, "'يوم الإثنين 6 شتنبر 2021' = Mon 6 Sep 2021"),
    ev("school-start-oct-1", "إلى غاية يوم الجمعة فاتح أكتوبر2021", START, "'يوم الجمعة فاتح أكتوبر2021' = Fri 1 Oct 2021"),
    ev("in-person-teaching", "لاعتماد نمط التعليم الحضوري", START, "no own expression; in-person teaching is to begin with the actual start of classes on Fri 1 Oct 2021"),
    ev("vaccination-call", "حثت الوزارة كافة المواطنات والمواطنين على المشاركة المكثفة", ANNOUNCE, "'وفي البلاغ ذاته': the call is part of the communique of Mon 6 Sep 2021"),
])
art(S, "https://fesnews.media/193744/2021/09/07",
    "2021-09-07", "no date line in the stored text, but the URL carries the date '2021/09/07' (Tue 7 Sep 2021), the day after the communique of Mon 6 Sep 2021; headline written from the body (the stored text has none); the awkward translated wording of the stored text smoothed while re-wording", True, """
تأجيل جديد لبدء العام الدراسي يصدم أولياء الأمور
تفاجأ أولياء الأمور مرة ثانية بإعلان إرجاء بدء العام الدراسي، الذي صار مقررا في الأول من أكتوبر.
وهو قرار لم يخلُ من وقع "الصدمة" على الآباء الذين فوجئوا، كما حدث في العام الماضي، بتأجيل تقرر في اللحظة الأخيرة. ولم تتأخر ردود الفعل على مواقع التواصل الاجتماعي.
فقد وصفه بعضهم بأنه قرار "فاضح" و"مخجل" و"غير مقبول"، معتبرين أنه يثبت "عدم كفاءة الحكومة"، وفق ما كتبه عدد من الآباء على منصات التواصل الاجتماعي.
ولا تدرك أغلبيتهم الأسباب التي دفعت الوزارة إلى تأجيل بدء العام الدراسي، خاصة مع "التقدم الجيد لحملة التطعيم الوطنية عموما، ولعملية تطعيم الفئات العمرية 12-17 سنة و18 سنة فما فوق على وجه الخصوص".
""", [
    ev("postponement-announced", "بإعلان إرجاء بدء العام الدراسي", ANNOUNCE, "no own expression; the ministry's communique of Mon 6 Sep 2021 (maghress 'اليوم الاثنين', azpresse 'يوم الإثنين 6 شتنبر 2021')"),
    ev("school-start-oct-1", "الذي صار مقررا في الأول من أكتوبر", START, "'في الأول من أكتوبر' = Fri 1 Oct 2021 (the year from the publication, Sep 2021)"),
    ev("parents-reaction", "ولم تتأخر ردود الفعل على مواقع التواصل الاجتماعي", REACTION[0], "no own expression; the reactions followed the announcement of Mon 6 Sep 2021, up to the publication on Tue 7 Sep (my span 6-7 Sep 2021)", end=REACTION[1]),
    ev("last-year-postponement", "كما حدث في العام الماضي، بتأجيل تقرر في اللحظة الأخيرة", "2020-01-01", "'في العام الماضي' from Sep 2021 = 2020 (the year only; the text does not say which last-minute postponement)", end="2021-01-01"),
    ev("teen-vaccination", "ولعملية تطعيم الفئات العمرية 12-17 سنة", TEEN_VAX[0], "no own expression; the vaccination of the 12-17 year olds began on Tue 31 Aug 2021 (joint communique of 27 Aug 2021) and was under way at the time (my span 31 Aug - 7 Sep 2021)", end=TEEN_VAX[1]),
])

# ---------------------------------------------------------------- iraq-exams-postponed-curfew-aug-2022
S = "iraq-exams-postponed-curfew-aug-2022"
MON = "2022-08-29"                         # Sadr's retirement, storming of the Green Zone, curfew from 19:00, exams postponed
TUE = "2022-08-30"                         # renewed clashes, rockets; curfew lifted; decision to resume the exams
WED = "2022-08-31"                         # the exams resume at 7 a.m.
CURFEW = (MON, WED)                        # nationwide curfew from Mon 29 Aug 19:00 until it was lifted on Tue 30 Aug
CLASHES = (MON, WED)                       # Green Zone clashes, Mon 29 - Tue 30 Aug 2022
art(S, "https://alyaum.com/articles/6417892/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%A7%D9%84%D8%B9%D8%B1%D8%A8/%D9%85%D9%82%D8%AA%D9%84-%D8%B4%D8%AE%D8%B5%D9%8A%D9%86-%D9%88%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-19-%D8%A3%D8%AB%D9%86%D8%A7%D8%A1-%D8%A7%D8%B4%D8%AA%D8%A8%D8%A7%D9%83%D8%A7%D8%AA-%D9%81%D9%8A-%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF",
    "2022-08-29", "no date line in the stored text; the body's 'أعلنته وزارة التربية العراقية اليوم الإثنين' for the postponement and 'اعتبارا من السابعة مساء الاثنين' for the curfew, both of Mon 29 Aug 2022 (the day of Sadr's retirement and of the Green Zone clashes), give Mon 29 Aug 2022; only the later part of the article (curfew and exams) is in the stored excerpt, its opening on the clashes is not; headline rendered from the URL slug", False, """
مقتل شخصين وإصابة 19 أثناء اشتباكات في بغداد
ويتزامن ذلك مع إعلان حظر التجول في العراق اعتبارا من السابعة مساء الاثنين، إذ فرضت قيادة العمليات المشتركة في العراق حظرا للتجول في عموم البلاد اعتبارا من الساعة السابعة مساء الاثنين وحتى إشعار آخر.
تأجيل الامتحانات الابتدائية والمتوسطة في العراق
وتقرر أيضا إرجاء الامتحانات الابتدائية والمتوسطة في البلاد إلى إشعار آخر، وفق ما أعلنته وزارة التربية العراقية اليوم الإثنين بشأن تأجيل الامتحانات الوزارية للدور الثاني للدراستين الابتدائية والمتوسطة.
وذكرت الوزارة في بيان نقلته وكالة الأنباء العراقية (واع) اليوم ، أنه تقرر إرجاء الامتحانات الوزارية للدراستين الابتدائية والمتوسطة (الدور الثاني) للعام الدراسي 2021 - 2022 ، إلى إشعارٍ آخر، موضحة أن القرار اتُّخذ مراعاةً للظروف الطارئة التي تعيشها البلاد وحرصاً على سلامة الطلبة وأمنهم.
""", [
    ev("green-zone-clashes", "مقتل شخصين وإصابة 19 أثناء اشتباكات في بغداد", CLASHES[0], "no own expression; the deaths of the first hours of the Green Zone clashes of Mon 29 Aug 2022; the key is the clashes, Mon 29 - Tue 30 Aug 2022", end=CLASHES[1]),
    ev("nationwide-curfew", "فرضت قيادة العمليات المشتركة في العراق حظرا للتجول", CURFEW[0], "'اعتبارا من الساعة السابعة مساء الاثنين' = from Mon 29 Aug 2022, 19:00, 'حتى إشعار آخر'; it was lifted on Tue 30 Aug (dostor), so my span is 29-30 Aug 2022", end=CURFEW[1]),
    ev("exams-postponed", "وفق ما أعلنته وزارة التربية العراقية اليوم الإثنين", MON, "'اليوم الإثنين' = Mon 29 Aug 2022"),
])
art(S, "https://aawsat.com/home/article/3844631/%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF-%D8%B3%D8%A7%D8%AD%D8%A9-%D8%AD%D8%B1%D8%A8-%D8%B9%D8%B4%D8%B1%D8%A7%D8%AA-%D8%A7%D9%84%D9%82%D8%AA%D9%84%D9%89-%D9%88%D9%85%D8%A6%D8%A7%D8%AA-%D8%A7%D9%84%D8%AC%D8%B1%D8%AD%D9%89-%D9%88%D9%82%D8%B5%D9%81-%D9%88%D8%AA%D8%AD%D9%84%D9%8A%D9%82-%D9%85%D8%B3%D9%8A%D9%91%D8%B1%D8%A7%D8%AA?page=3",
    "2022-08-30", "no date line in the stored text; the body's 'اليوم الثلاثاء' and 'صباح الثلاثاء' for the rockets and the renewed clashes, and 'منذ مساء الاثنين' for the curfew of Mon 29 Aug 2022, give Tue 30 Aug 2022; the embedded tweet links and the last, truncated sentence dropped; headline rendered from the URL slug", False, """
بغداد ساحة حرب: عشرات القتلى ومئات الجرحى وقصف وتحليق مسيّرات
أفادت خلية الإعلام الأمني العراقي، اليوم الثلاثاء، بأن أربعة صواريخ استهدفت المنطقة الخضراء في بغداد وسقطت داخل المجمع السكني، بينما ذكرت مصادر طبية محلية أن حصيلة قتلى المواجهات في المنطقة الخضراء ارتفعت إلى 30 بينهم 23 من أنصار الزعيم مقتدى الصدر، وأن عدد الجرحى تخطى الـ700 بينهم ما يزيد على 100 عنصر أمني.
ومع تواصل الاشتباكات المتقطعة في محيط المنطقة الخضراء وسط بغداد منذ الصباح، لحقت أضرار مادية بالمنطقة الخضراء جراء سقوط الصواريخ التي أُطلقت من منطقتي الحبيبة والبلديات شرقي بغداد. وذكر مصدر أمني رفيع أن صفارات الإنذار دوّت في السفارة الأميركية ببغداد فجرا إثر رصد مسيّرات مجهولة تحلق فوق المنطقة.
وبعد ليلة هادئة، اندلعت مجددا صباح الثلاثاء مواجهات عنيفة بين أنصار الصدر من جهة والجيش وعناصر من الحشد الشعبي الموالي لإيران من جهة أخرى، وتُسمع في أنحاء العاصمة أصوات إطلاق نار من أسلحة آلية وقاذفات صاروخية مصدرها المنطقة الخضراء.
وكانت الحكومة العراقية قد فرضت حظر التجول في جميع أنحاء العراق منذ مساء الاثنين، وما زال ساريا اليوم. وظلت المدارس والإدارات العامة والمتاجر مغلقة.
""", [
    ev("rockets-green-zone", "أربعة صواريخ استهدفت المنطقة الخضراء في بغداد", TUE, "'اليوم الثلاثاء' = Tue 30 Aug 2022"),
    ev("green-zone-clashes", "حصيلة قتلى المواجهات في المنطقة الخضراء", CLASHES[0], "no own expression; the toll of the clashes that began on Mon 29 Aug 2022 and went on on Tue 30 Aug (my span 29-30 Aug 2022)", end=CLASHES[1]),
    ev("embassy-sirens", "صفارات الإنذار دوّت في السفارة الأميركية ببغداد فجرا", TUE, "'فجرا' in a report of Tue 30 Aug 2022 = the dawn of Tue 30 Aug"),
    ev("clashes-renewed", "اندلعت مجددا صباح الثلاثاء مواجهات عنيفة", TUE, "'صباح الثلاثاء' = Tue 30 Aug 2022"),
    ev("nationwide-curfew", "فرضت حظر التجول في جميع أنحاء العراق منذ مساء الاثنين", CURFEW[0], "'منذ مساء الاثنين' = from the evening of Mon 29 Aug 2022, 'وما زال ساريا اليوم' (Tue 30 Aug); lifted later on Tue 30 Aug (dostor), so my span is 29-30 Aug 2022", end=CURFEW[1]),
    ev("schools-closed", "وظلت المدارس والإدارات العامة والمتاجر مغلقة", TUE, "no own expression beyond 'اليوم'; the schools stayed shut on Tue 30 Aug 2022 under the curfew"),
])
art(S, "https://studio.dostor.org/157265",
    "2022-08-30", "no date line in the stored text; the body's 'اليوم الثلاثاء' for the ministry's decision and 'يوم غدٍ الأربعاء' for the resumption give Tue 30 Aug 2022 (the curfew was lifted on Tue 30 Aug 2022, after the clashes of Mon 29 - Tue 30 Aug); the outlet's masthead dropped; headline kept from the page", False, """
«التربية العراقية»: استئناف الامتحانات فى المدارس غدًا بعد رفع حظر التجوال
أعلنت وزارة التربية العراقية، اليوم الثلاثاء، أنها قررت استئناف الامتحانات الوزارية لطلبة السادس الابتدائي والثالث المتوسط يوم غدٍ الأربعاء، وذلك بعد صدور قرار رفع حظر التجوال الشامل في بغداد والمحافظات، بحسب خبر عاجل بثته فضائية "إكسترا نيوز".
وجاء في بيان للوزارة تلقته السومرية نيوز: "نقرر أن تُستأنف الامتحانات الوزارية لمرحلتي السادس الابتدائي والثالث المتوسط يوم غدٍ الأربعاء عقب قرار رفع حظر التجوال الشامل في بغداد والمحافظات، وفق التسلسل ذاته للجدول الذي أُعلن سابقًا، على أن تنطلق الامتحانات في الساعة السابعة صباحًا".
""", [
    ev("resumption-decision", "أنها قررت استئناف الامتحانات الوزارية لطلبة السادس الابتدائي", TUE, "'اليوم الثلاثاء' = Tue 30 Aug 2022"),
    ev("curfew-lifted", "بعد صدور قرار رفع حظر التجوال الشامل", TUE, "no own expression; the curfew was lifted on Tue 30 Aug 2022, before the ministry's decision of that day"),
    ev("exams-resume", "على أن تنطلق الامتحانات في الساعة السابعة صباحًا", WED, "'يوم غدٍ الأربعاء' from Tue 30 Aug 2022 = Wed 31 Aug 2022, at 07:00"),
])

# ---------------------------------------------------------------- tunisia-school-resumption-may-2021
S = "tunisia-school-resumption-may-2021"
ANN = "2021-05-12"                         # government spokeswoman's press conference, Wed 12 May 2021
BACK = "2021-05-17"                        # schools back (in groups) on Mon 17 May 2021
UNI = "2021-05-19"                         # universities back on Wed 19 May 2021
DORMS = "2021-05-16"                       # university dorms open on Sun 16 May 2021
LOCKDOWN = ("2021-05-09", "2021-05-17")    # total lockdown 9-16 May 2021, schools shut that week
OFFENSIVE = ("2021-05-10", "2021-05-18")   # Israeli offensive on Gaza from Mon 10 May 2021, ongoing
art(S, "http://tunisiatoday.com/amp/328/151417-استئناف-الدروس-بنظام-الأفواج-والعودة-الجامعية-الحضورية-في-تونس",
    "2021-05-12", "no date line on the stored page; the body's own 'اليوم الأربعاء 12 ماي 2021' for the press conference gives Wed 12 May 2021; the photo caption and the '(قد يهمك ايضا)' links dropped; headline kept from the page", False, """
استئناف الدروس بنظام الأفواج والعودة الجامعية الحضورية في تونس
كشفت الناطقة الرسمية باسم رئاسة الحكومة، حسناء بن سليمان، اليوم الأربعاء 12 ماي 2021، أن الدروس ستُستأنف في جميع المؤسسات التربوية بدءا من يوم الاثنين القادم 17 ماي 2021، وفق نظام الأفواج.
وأوضحت بن سليمان، خلال ندوة صحفية، أنه تقرر استئناف الدروس الحضورية في المؤسسات الجامعية يوم 19 ماي، على أن تُفتح المبيتات يوم 16 ماي.
""", [
    ev("resumption-announced", "وأوضحت بن سليمان، خلال ندوة صحفية", ANN, "'اليوم الأربعاء 12 ماي 2021' = Wed 12 May 2021"),
    ev("schools-resume", "بدءا من يوم الاثنين القادم 17 ماي 2021", BACK, "'يوم الاثنين القادم 17 ماي 2021' = Mon 17 May 2021"),
    ev("universities-resume", "استئناف الدروس الحضورية في المؤسسات الجامعية يوم 19 ماي", UNI, "'يوم 19 ماي' = Wed 19 May 2021 (the year from the same text)"),
    ev("dorms-open", "على أن تُفتح المبيتات يوم 16 ماي", DORMS, "'يوم 16 ماي' = Sun 16 May 2021"),
])
art(S, "https://jdd-tunisie.com/ar/2021/05/%d8%b9%d9%88%d8%af%d8%a9-%d9%85%d8%af%d8%b1%d8%b3%d9%8a%d8%a9-%d8%a8%d9%86%d9%83%d9%87%d8%a9-%d9%81%d9%84%d8%b3%d8%b7%d9%8a%d9%86%d9%8a%d8%a9/amp",
    "2021-05-16", "no day in the stored text (the URL gives only '2021/05'); the body's 'يوم غد الاثنين' for the return to school of Mon 17 May 2021 (tunisiatoday), 'أمس السبت' for the minister's memo and 'صباح اليوم الأحد' for the Gaza toll give Sun 16 May 2021 (16 May 2021 was a Sunday); headline rendered from the URL slug", False, """
عودة مدرسية بنكهة فلسطينية
يلتقي التلاميذ، يوم غد الاثنين، في تحية صباحية مع العلمين التونسي والفلسطيني، وهي مبادرة تضامنية مع القضية الفلسطينية العادلة أطلقتها وزارة التربية.
إذ بعث وزير التربية فتحي السلاوتي أمس السبت مذكرة إلى جميع المندوبين الجهويين ومديري المدارس والمعاهد.
ودعا فيها الإطار التربوي إلى افتتاح العودة الدراسية بموكب لتحية العلمين التونسي والفلسطيني.
ويتزامن استئناف الدروس، التي انقطعت بسبب الحجر الصحي الشامل، مع تواصل عدوان إسرائيلي عنيف على الشعب الفلسطيني، أسفر إلى حدود صباح اليوم الأحد عن سقوط ما لا يقل عن 150 شهيدا، منهم 41 طفلا و23 امرأة، إضافة إلى 1100 مصاب.
""", [
    ev("flag-salute", "في تحية صباحية مع العلمين التونسي والفلسطيني", BACK, "'يوم غد الاثنين' from Sun 16 May 2021 = Mon 17 May 2021"),
    ev("minister-memo", "بعث وزير التربية فتحي السلاوتي أمس السبت مذكرة", "2021-05-15", "'أمس السبت' from Sun 16 May 2021 = Sat 15 May 2021"),
    ev("schools-resume", "ويتزامن استئناف الدروس", BACK, "no own expression here; the return to school of Mon 17 May 2021 ('يوم غد الاثنين' above; tunisiatoday '17 ماي 2021')"),
    ev("schools-closed-lockdown", "التي انقطعت بسبب الحجر الصحي الشامل", LOCKDOWN[0], "no own expression; the total lockdown of 9-16 May 2021, during which schools were shut", end=LOCKDOWN[1]),
    ev("israeli-offensive", "مع تواصل عدوان إسرائيلي عنيف على الشعب الفلسطيني", OFFENSIVE[0], "no own expression; the Israeli offensive on Gaza that began on Mon 10 May 2021 and was going on (my span 10-17 May 2021)", end=OFFENSIVE[1]),
    ev("gaza-toll-150", "أسفر إلى حدود صباح اليوم الأحد عن سقوط ما لا يقل عن 150 شهيدا", DORMS, "'صباح اليوم الأحد' = Sun 16 May 2021"),
])
art(S, "https://www.aljazeera.net/politics/2021/5/18/%D8%A8%D8%A7%D9%84%D8%B5%D9%88%D8%B1-%D8%AA%D9%84%D8%A7%D9%85%D9%8A%D8%B0-%D8%AA%D9%88%D9%86%D8%B3-%D9%8A%D8%AA%D8%B6%D8%A7%D9%85%D9%86%D9%88%D9%86-%D9%85%D8%B9-%D8%A7%D9%84%D8%B4%D8%B9%D8%A8",
    "2021-05-18", "no date line in the stored text, but the URL carries the date '2021/5/18' (Tue 18 May 2021), which fits the body's 'أمس الاثنين' for the first school day of Mon 17 May 2021; headline kept from the page", True, """
بالصور.. تلاميذ تونس يتضامنون مع الشعب الفلسطيني
ارتفع العلمان الفلسطيني والتونسي متجاورين في كل المدارس والمعاهد التعليمية في تونس، تعبيرا عن التضامن مع الشعب الفلسطيني.
كما أنشد -أمس الاثنين- تلاميذ مدرسة "الصادقية" الثانوية في العاصمة تونس النشيدين الوطنيين للبلدين، تضامنا مع الفلسطينيين في وجه العدوان الإسرائيلي.
وتولت نقابات التعليم الإشراف على المبادرة بالتنسيق مع وزارة التربية، في أول يوم دراسي بعد غلق المدارس لمدة أسبوع في إطار تدابير التصدي لفيروس كورونا.
ووقف تلاميذ المدرسة، التي تأسست عام 1875، دقيقة صمت ترحما على أرواح الشهداء الفلسطينيين الذين سقطوا في عدوان الجيش الإسرائيلي.
وصرحت مديرة المدرسة، عفيفة عبد الملك، للأناضول، بأن المبادرة "حركة رمزية تضامنًا مع أشقائنا الفلسطينيين بعد التصعيد الإسرائيلي في الأيام الماضية الذي أودى بحياة العشرات"، مضيفة "من واجبنا زرع موقفنا الثابت من القضية الفلسطينية لدى الناشئة".
وتابعت "دورنا توريث الإيمان بالقضية الفلسطينية لأبنائنا من التلاميذ الذين يدعمون ويتضامنون مع فلسطين أرضًا وشعبًا".
وفي المدرسة نفسها، فضّلت جميلة الجباري، أستاذة التربية المدنية، أن تفتح مع التلاميذ نقاشا حول العدوان الإسرائيلي الجاري على الشعب الفلسطيني.
""", [
    ev("flag-salute", "ارتفع العلمان الفلسطيني والتونسي متجاورين", BACK, "no own expression in the sentence; the salute of the first school day, Mon 17 May 2021 ('أمس الاثنين' in the next sentence)"),
    ev("sadiki-anthems", "أنشد -أمس الاثنين- تلاميذ مدرسة \"الصادقية\"", BACK, "'أمس الاثنين' from Tue 18 May 2021 = Mon 17 May 2021"),
    ev("schools-resume", "في أول يوم دراسي بعد غلق المدارس", BACK, "the first school day = Mon 17 May 2021 ('أمس الاثنين')"),
    ev("schools-closed-lockdown", "بعد غلق المدارس لمدة أسبوع", LOCKDOWN[0], "'لمدة أسبوع' before Mon 17 May 2021 = the lockdown week 9-16 May 2021", end=LOCKDOWN[1]),
    ev("minute-silence", "دقيقة صمت ترحما على أرواح الشهداء الفلسطينيين", BACK, "no own expression; part of the ceremony of Mon 17 May 2021"),
    ev("israeli-offensive", "بعد التصعيد الإسرائيلي في الأيام الماضية", OFFENSIVE[0], "'في الأيام الماضية' before Mon 17 May 2021 = the offensive from Mon 10 May 2021 (my span 10-17 May 2021)", end=OFFENSIVE[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 543
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 517-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: military exercises and drills (joint manoeuvres
announced, started, concluded).
Stories: the Sudanese-Egyptian "Guardians of the Nile" (حماة النيل) exercise in Sudan (May 2021), the
Turkish-Egyptian "Sea of Friendship" (بحر الصداقة) naval exercise off Aksaz (September 2025), and the launch of
the 18th "African Lion" (الأسد الإفريقي 2022) exercise in Morocco (June 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- sudan-egypt-guardians-of-the-nile-drill-2021
S = "sudan-egypt-guardians-of-the-nile-drill-2021"
ARRIVAL_STMT = "2021-05-22"               # Sat: the Egyptian military spokesman announced the arrival of Egyptian troops in Sudan
START = "2021-05-26"                      # Wed: the exercise began (planned 26 - 31 May 2021)
CLOSING = "2021-05-31"                    # Mon: the closing, attended by both chiefs of staff
END_X = "2021-06-01"                      # exclusive end of the exercise span 26 - 31 May
RIFAI = "2021-06-01"                      # Tue: the Egyptian spokesman's statement on the closing phase
art(S, "https://www.libyaakhbar.com/news/1566007.html",
    START, "the stored page carries only the month ('2021-05'), no day; the body's 'انطلقت، اليوم الأربعاء' for the start of the exercise, which ran from 26 to 31 May 2021 ('تستمر حتى 31 مايو الجاري'; alraeesnews of Mon 31 May: 'بدأ ... الأربعاء الماضي'), gives Wed 26 May 2021 (26 May 2021 was a Wednesday); headline written from the body (the stored text has none); the last, truncated sentence ('وأمس الثلاثاء، أع...') dropped", False, """
انطلاق مناورات "حماة النيل" بين الجيشين السوداني والمصري
بدأت، اليوم الأربعاء، مناورات "حماة النيل" العسكرية التي يجريها الجيشان السوداني والمصري في عدة مناطق من السودان، بحسب ما ذكرته مصادر في الخرطوم، على أن تتواصل حتى 31 مايو الجاري.
وأوضحت المصادر أن التدريبات تجري في مواقع من بينها قاعدة "وادي سيدنا" الواقعة شمال منطقة أم درمان في الخرطوم.
وتعد أم درمان واحدة من المدن الثلاث التي تتألف منها العاصمة السودانية الخرطوم.
وكان المتحدث العسكري المصري قد أعلن، السبت، أن عناصر من الجيش المصري بلغت السودان للمشاركة في مناورات "حماة النيل".
ويشارك في هذه المناورات أفراد من القوات البرية والبحرية والجوية للبلدين.
ويرمي التدريب العسكري إلى التأكد من مستوى جاهزية القوات المشتركة واستعدادها، وإلى زيادة الخبرات التدريبية للقوات المسلحة في البلدين.
ويأتي هذا التدريب تكملة لسلسلة من التدريبات السابقة، منها "نسور النيل 1" و"نسور النيل 2".
وبحسب الإعلام العسكري، تسعى هذه التدريبات إلى تبادل الخبرات العسكرية وتعزيز التعاون وتوحيد أساليب العمل لمواجهة التهديدات المتوقعة على البلدين.
ويتزامن إجراء المناورات مع تعثر متواصل منذ أشهر في مفاوضات سد النهضة التي يرعاها الاتحاد الأفريقي.
""", [
    ev("drill-start", "بدأت، اليوم الأربعاء، مناورات \"حماة النيل\" العسكرية", START, "'اليوم الأربعاء' = Wed 26 May 2021"),
    ev("drill-period", "على أن تتواصل حتى 31 مايو الجاري", START, "from the start of Wed 26 May 'حتى 31 مايو الجاري' = 26 - 31 May 2021", end=END_X),
    ev("egypt-arrival-statement", "وكان المتحدث العسكري المصري قد أعلن، السبت", ARRIVAL_STMT, "'السبت' before Wed 26 May 2021 = Sat 22 May 2021"),
])
art(S, "https://alraeesnews.com/102720",
    CLOSING, "no date line on the stored page (its header date is that of a later crawl, dropped); the body's 'اليوم الاثنين' for the closing and 'الأربعاء الماضي' for the start of Wed 26 May 2021 give Mon 31 May 2021, the last day of the exercise (26 - 31 May; imlebanon of 31 May: 'اختتمت مصر والسودان، الاثنين'); headline kept from the page; the last, truncated sentence shortened", False, """
مصر والسودان يختتمان «حماة النيل» بالتأكيد على حفظ الأمن القومي
أنهى الجيشان المصري والسوداني، اليوم الاثنين، التمرين المشترك "حماة النيل"، مشددين على صون أمنهما القومي في مواجهة التهديدات الإقليمية.
وفي كلمة ألقاها بمناسبة ختام التمرين، ذكر رئيس أركان الجيش المصري الفريق محمد فريد أن "تدريب حماة النيل يأخذ في الحسبان طبيعة التحديات المحيطة والحقوق المشروعة لبلادنا في الأمن والتنمية".
وتابع أن "حماة النيل تدريب نوعي واستراتيجي في ظل التحديات الإقليمية"، مؤكدا أن جيشي مصر والسودان يكتبان صفحة جديدة مضيئة في تاريخ الترابط بين البلدين.
في المقابل، عاد رئيس هيئة الأركان في الجيش السوداني محمد عثمان الحسين إلى دعوة "كل من يحمل السلاح إلى اللحاق بركب السلام"، مشددا على التزام القوات المسلحة بتطبيق اتفاقيات السلام.
ولفت رئيس هيئة الأركان السوداني إلى أن "التدريبات المشتركة مع مصر رادع للمتربصين وليست موجهة ضد أحد".
وعبّر الحسين عن تطلع بلاده إلى "عمل موحد مع مصر في المجالات السياسية والاقتصادية والاجتماعية كافة".
وأوضح أن "التعاون مع الجيش المصري يندرج في إطار وحدة الهدف والمصير المشترك وصون الأمن القومي للبلدين".
وكان التدريب العسكري السوداني المصري "حماة النيل" قد انطلق الأربعاء الماضي.
""", [
    ev("drill-closing", "أنهى الجيشان المصري والسوداني، اليوم الاثنين، التمرين المشترك", CLOSING, "'اليوم الاثنين' = Mon 31 May 2021"),
    ev("farid-closing-speech", "ذكر رئيس أركان الجيش المصري الفريق محمد فريد", CLOSING, "no own expression; his speech at the closing of Mon 31 May 2021"),
    ev("hussein-closing-speech", "عاد رئيس هيئة الأركان في الجيش السوداني محمد عثمان الحسين إلى دعوة", CLOSING, "no own expression; his speech at the closing of Mon 31 May 2021"),
    ev("drill-start", "قد انطلق الأربعاء الماضي", START, "'الأربعاء الماضي' from Mon 31 May 2021 = Wed 26 May"),
])
art(S, "https://w.almustaqbal.ly/?p=31021",
    RIFAI, "the body's date line 'الخرطوم – 01 يونيو 2021م –(وام)' = Tue 1 Jun 2021 (kept in the text); the spokesman's statement 'الثلاثاء' agrees (1 Jun 2021 was a Tuesday); headline written from the body (the stored text has none)", True, """
اختتام مناورات "حماة النيل" المصرية السودانية
الخرطوم – 01 يونيو 2021م –(وام)
أُسدل الستار على المناورات العسكرية المشتركة بين مصر والسودان التي حملت اسم "حماة النيل" واستضافها السودان، وشاركت فيها عناصر من القوات البرية والجوية والبحرية والدفاع الجوي والقوات الخاصة من الصاعقة والمظلات في البلدين.
وذكر المتحدث العسكري المصري العميد تامر الرفاعي، في بيان أصدره الثلاثاء، أن "المرحلة الرئيسية التي حضرها رئيس الأركان المصري الفريق محمد فريد ونظيره السوداني الفريق أول محمد عثمان الحسين شملت تنفيذ طلعات جوية متعددة المهام، إلى جانب عمليات مشتركة للقوات الخاصة من الجانبين للإغارة على أهداف معادية".
وزاد أن المرحلة الرئيسية انتهت برصد هدف جوي معاد جرى التعامل معه وإصابته بأنظمة دفاع جوي حديثة ومتطورة، في حين نفذت القوات البحرية المشتركة عدة أنشطة بحرية للقوات الخاصة شملت الرماية والإغارة على بعض الأهداف الحيوية.
ونوه المتحدث العسكري بأن رئيس الأركان المصري أجرى جلسة مباحثات مع نظيره السوداني تناولت آليات التعاون العسكري المشترك في المرحلة المقبلة، كما بحثا التحديات والتهديدات العسكرية والأمنية.
""", [
    ev("drill-closing", "أُسدل الستار على المناورات العسكرية المشتركة بين مصر والسودان", CLOSING, "no own expression; the closing of Mon 31 May 2021 (alraeesnews 'اليوم الاثنين')"),
    ev("rifai-statement", "في بيان أصدره الثلاثاء", RIFAI, "'الثلاثاء' in the report dated 01 يونيو 2021 = Tue 1 Jun 2021"),
    ev("main-phase", "المرحلة الرئيسية التي حضرها رئيس الأركان المصري", CLOSING, "no own expression; the main phase watched by both chiefs of staff, who attended the closing of Mon 31 May 2021 (alraeesnews)"),
    ev("chiefs-talks", "أجرى جلسة مباحثات مع نظيره السوداني", "2021-05-30", "no own expression; talks of the two chiefs of staff while both were in Sudan for the closing (my span Sun 30 - Mon 31 May 2021)", end=END_X),
])

# ---------------------------------------------------------------- turkey-egypt-sea-of-friendship-drill-2025
S = "turkey-egypt-sea-of-friendship-drill-2025"
ANNOUNCE = "2025-09-18"                   # Thu: the Turkish MoD spokesman Zeki Akturk announced the exercise
SF_START = "2025-09-22"                   # Mon: the exercise began off Aksaz / Mugla
SF_END_X = "2025-09-27"                   # exclusive end of the span 22 - 26 Sep 2025
OBSERVER = "2025-09-25"                   # Thu: the distinguished observer day
art(S, "https://www.aljazeera.net/news/2025/9/18/%D8%A7%D8%B3%D8%AA%D8%A6%D9%86%D8%A7%D9%81-%D9%85%D9%86%D8%A7%D9%88%D8%B1%D8%A7%D8%AA-%D8%A8%D9%8A%D9%86-%D8%AA%D8%B1%D9%83%D9%8A%D8%A7-%D9%88%D9%85%D8%B5%D8%B1-%D8%B9%D9%82%D8%A8",
    ANNOUNCE, "the page date 2025-09-18 (also in the URL '/2025/9/18/'); the body's 'اليوم الخميس' agrees (18 Sep 2025 was a Thursday); headline written from the URL slug and the body; the last, truncated sentence completed from its own words", True, """
استئناف مناورات "بحر الصداقة" بين تركيا ومصر بعد انقطاع 13 عاما
كشفت وزارة الدفاع التركية عن عودة مناورات "بحر الصداقة" العسكرية المشتركة بين تركيا ومصر في شرق البحر الأبيض المتوسط، بعد انقطاع دام 13 عاما.
وذكر المتحدث باسم وزارة الدفاع التركية زكي أق تورك، اليوم الخميس، خلال إحاطة إعلامية في العاصمة أنقرة، أن مناورات بحر الصداقة البحرية الخاصة بين تركيا ومصر ستقام في شرق المتوسط خلال الفترة ما بين 22 و26 سبتمبر/أيلول الجاري.
وبيّن أن المناورات ستنظم للمرة الأولى بعد انقطاع دام 13 عاما، بغرض تطوير العلاقات الثنائية وتعزيز القدرة على العمل المشترك بين البلدين.
وبحسب المتحدث، ستتضمن المناورات تدريبات تشارك فيها الفرقاطتان التركيتان "تي جي غي الريس عروج" و"تي جي غي غيديز" والزورقان الهجوميان "تي جي غي إيمبات" و"تي جي غي بورا"، فضلا عن الغواصة "تي جي غي غور" وطائرتين من طراز "إف-16"، إلى جانب وحدات من القوات البحرية المصرية.
وشدد أق تورك على أن التدريبات ستجري بحضور قائدي القوات البحرية في تركيا ومصر خلال "يوم المراقبين المميز" من المناورات، المقرر في 25 سبتمبر/ أيلول الجاري.
وأشار إلى أن السفينتين "تحيا مصر" و"فؤاد ذكري" التابعتين للبحرية المصرية ستزوران ميناء "أق ساز" ضمن مناورات "بحر الصداقة".
""", [
    ev("akturk-announcement", "وذكر المتحدث باسم وزارة الدفاع التركية زكي أق تورك، اليوم الخميس", ANNOUNCE, "'اليوم الخميس' = Thu 18 Sep 2025"),
    ev("drill-period", "خلال الفترة ما بين 22 و26 سبتمبر/أيلول الجاري", SF_START, "'ما بين 22 و26 سبتمبر/أيلول الجاري' = 22 - 26 Sep 2025", end=SF_END_X),
    ev("observer-day", "المقرر في 25 سبتمبر/ أيلول الجاري", OBSERVER, "'25 سبتمبر/ أيلول الجاري' = Thu 25 Sep 2025"),
])
art(S, "https://www.alaraby.co.uk/politics/%D8%A7%D9%86%D8%B7%D9%84%D8%A7%D9%82-%D9%85%D9%86%D8%A7%D9%88%D8%B1%D8%A7%D8%AA-%D8%A8%D8%AD%D8%B1-%D8%A7%D9%84%D8%B5%D8%AF%D8%A7%D9%82%D8%A9-%D8%A8%D9%8A%D9%86-%D8%AA%D8%B1%D9%83%D9%8A%D8%A7-%D9%88%D9%85%D8%B5%D8%B1-%D9%81%D9%8A-%D8%B3%D9%88%D8%A7%D8%AD%D9%84-%D8%A7%D9%84%D9%85%D8%AA%D9%88%D8%B3%D8%B7",
    SF_START, "no date on the stored page; the body's 'انطلقت ... اليوم الاثنين' for the start, which was Mon 22 Sep 2025 (zamanarabic: 'بدأت يوم الإثنين 22 سبتمبر'), and 'الخميس الماضي' for the announcement of Thu 18 Sep give Mon 22 Sep 2025; the summary bullets above the body dropped; headline from the URL slug; the last, truncated sentence shortened", False, """
انطلاق مناورات "بحر الصداقة" بين تركيا ومصر في سواحل المتوسط
بدأت على سواحل المتوسط، اليوم الاثنين، مناورات "بحر الصداقة" بين تركيا ومصر، التي تتواصل حتى الجمعة المقبل، وهي الأولى منذ 13 عاماً، وتأتي في أعقاب عودة العلاقات بين البلدين وتبادل الزيارات رفيعة المستوى خلال السنوات الأخيرة.
وكتبت وزارة الدفاع التركية في منشور على منصة إكس: "تجرى مناورات بحر الصداقة 2025 التركية المصرية في سواحل أكساز وموغلا، وتهدف هذه المناورة إلى تعزيز الصداقة والتوافق التشغيلي بين البلدين".
وكانت مناورات "بحر الصداقة" العسكرية بين البلدين قد انطلقت أول مرة في عام 2009 في مياه البحر المتوسط، وتواصلت كل عام حتى عام 2013.
وكانت وزارة الدفاع التركية قد أعلنت الخميس الماضي استئناف هذه المناورات خلال إحاطة إعلامية.
""", [
    ev("drill-start", "بدأت على سواحل المتوسط، اليوم الاثنين، مناورات", SF_START, "'اليوم الاثنين' = Mon 22 Sep 2025"),
    ev("drill-period", "التي تتواصل حتى الجمعة المقبل", SF_START, "from the start of Mon 22 Sep 'حتى الجمعة المقبل' = Fri 26 Sep 2025", end=SF_END_X),
    ev("first-edition-2009", "قد انطلقت أول مرة في عام 2009", "2009-01-01", "'في عام 2009' (the year only)", end="2010-01-01"),
    ev("last-edition-2013", "وتواصلت كل عام حتى عام 2013", "2013-01-01", "'حتى عام 2013' = the last edition before the pause, in 2013 (the year only)", end="2014-01-01"),
    ev("akturk-announcement", "قد أعلنت الخميس الماضي استئناف هذه المناورات", ANNOUNCE, "'الخميس الماضي' from Mon 22 Sep 2025 = Thu 18 Sep"),
])
art(S, "https://www.zamanarabic.com/2025/09/23/%d8%a7%d9%86%d8%b7%d9%84%d8%a7%d9%82-%d9%85%d9%86%d8%a7%d9%88%d8%b1%d8%a9-%d8%a8%d8%ad%d8%b1-%d8%a7%d9%84%d8%b5%d8%af%d8%a7%d9%82%d8%a9-%d8%a8%d9%8a%d9%86-%d8%aa%d8%b1%d9%83%d9%8a%d8%a7-%d9%88%d9%85",
    "2025-09-23", "the URL date '/2025/09/23/' = Tue 23 Sep 2025 (no date line in the text); the body's 'بدأت يوم الإثنين 22 سبتمبر' agrees; headline from the URL slug; the last, truncated sentence of the statement (the Egyptian units) dropped", True, """
انطلاق مناورة بحر الصداقة بين تركيا ومصر
أنقرة (زمان التركية) – انطلقت مناورة "بحر الصداقة" بين تركيا ومصر بغرض تعزيز العلاقات الثنائية بين البلدين ورفع مستوى التوافق البيني، وفق الخطة التي وضعها الجانبان.
وستتواصل المناورة، التي ترمي إلى تقوية العلاقات الثنائية وزيادة التوافق البيني بين تركيا ومصر، حتى 26 سبتمبر، بعدما بدأت يوم الإثنين 22 سبتمبر.
وتعتبر هذه المناورة أول تمرين مشترك بين تركيا ومصر في شرق البحر المتوسط بعد انقطاع دام 13 عامًا، على أن تقام فعالية يوم المراقب المميز في 25 سبتمبر في أكساز بولاية موغلا.
وجاء في بيان لوزارة الدفاع الوطني التركية: "تنفذ مناورة بحر الصداقة بين تركيا ومصر في الفترة من 22 إلى 26 سبتمبر 2025 في أكساز/موغلا بهدف تعزيز العلاقات الثنائية وزيادة التوافق البيني. ويشارك فيها من قيادة القوات البحرية التركية فرقاطتان وزورقان هجوميان وغواصة ومركبة بحرية غير مأهولة وطائرة استطلاع بحرية وأربع مروحيات وطائرتان مسيرتان وفرقة من القوات الخاصة البحرية (SAT)، كما تشارك من قيادة القوات الجوية التركية مقاتلتان من طراز إف-16".
""", [
    ev("drill-start", "بعدما بدأت يوم الإثنين 22 سبتمبر", SF_START, "'يوم الإثنين 22 سبتمبر' = Mon 22 Sep 2025"),
    ev("drill-period", "في الفترة من 22 إلى 26 سبتمبر 2025", SF_START, "'من 22 إلى 26 سبتمبر 2025' = 22 - 26 Sep 2025", end=SF_END_X),
    ev("observer-day", "فعالية يوم المراقب المميز في 25 سبتمبر", OBSERVER, "'في 25 سبتمبر' = Thu 25 Sep 2025"),
])

# ---------------------------------------------------------------- morocco-african-lion-2022-launch
S = "morocco-african-lion-2022-launch"
AL_START = "2022-06-20"                   # Mon: the 18th African Lion opened (ceremony at Agadir), planned 20 - 30 Jun 2022
AL_END_X = "2022-07-01"                   # exclusive end of the span 20 - 30 Jun 2022
art(S, "https://www.turess.com/arrakmia/1647112",
    AL_START, "the body's own date 'اليوم الإثنين 20 جوان 2022' = Mon 20 Jun 2022 (20 Jun 2022 was a Monday); a report of the Tunisian site al-Raqmiya carried by turess; headline written from the body (the stored text has none)", True, """
انطلاق مناورات "الأسد الإفريقي 2022" في المغرب
انطلقت في المغرب، اليوم الإثنين 20 جوان 2022، مناورات "الأسد الإفريقي 2022" العسكرية التي يشارك فيها ما يزيد على 7 آلاف جندي من المغرب والولايات المتحدة ومن دول أخرى، بينها فرنسا وبريطانيا وإيطاليا وتونس وغانا، إضافة إلى حلف الناتو.
وتجرى هذه المناورات، التي تعد الأبرز على الصعيد الإفريقي، للمرة الثانية على التوالي في منطقة المحبس جنوب المملكة، منذ أن اعترفت الولايات المتحدة بسيادة المغرب على كامل أراضيه في 10 ديسمبر 2020.
ويتوقع أن تمتد هذه المناورات، التي تتواصل حتى 30 جوان الجاري، إلى مدن أكادير وتارودانت وبن جرير وطانطان والقنيطرة، بمشاركة 10 بلدان إفريقية ودولية من بينها المغرب والولايات المتحدة، وفق معطيات القوات المسلحة الملكية المغربية.
ويحتضن المغرب منذ سنة 2007 تدريبات "الأسد الإفريقي"، وهي تدريبات عسكرية ضخمة متعددة الجنسيات تنظم بالشراكة بين القيادة الأمريكية في إفريقيا "أفريكوم" والقوات المسلحة الملكية.
""", [
    ev("drill-start", "انطلقت في المغرب، اليوم الإثنين 20 جوان 2022", AL_START, "'اليوم الإثنين 20 جوان 2022' = Mon 20 Jun 2022"),
    ev("us-recognition", "منذ أن اعترفت الولايات المتحدة بسيادة المغرب", "2020-12-10", "'في 10 ديسمبر 2020' = Thu 10 Dec 2020"),
    ev("drill-period", "التي تتواصل حتى 30 جوان الجاري", AL_START, "from the start of Mon 20 Jun 'حتى 30 جوان الجاري' = 20 - 30 Jun 2022", end=AL_END_X),
    ev("first-edition-2007", "ويحتضن المغرب منذ سنة 2007 تدريبات", "2007-01-01", "'منذ سنة 2007' = the first edition, in 2007 (the year only)", end="2008-01-01"),
])
art(S, "https://afrigatenews.net/article/المغرب-انطلاق-أضخم-تمرين-عسكري-في-أفريقيا-1",
    AL_START, "no date on the stored page; the body's 'بحفل افتتاح نظم اليوم الإثنين' for the opening at Agadir of the 18th edition, which ran 'من 20 إلى 30 يونيو الجاري', gives Mon 20 Jun 2022 (turess: 'اليوم الإثنين 20 جوان 2022'); headline from the URL slug; the last, truncated list of sites shortened", False, """
المغرب: انطلاق أضخم تمرين عسكري في أفريقيا
انطلقت مناورات "الأسد الإفريقي"، التي يشرف عليها كل سنة فريق عسكري مشترك من القوات المسلحة الملكية المغربية والقوات الأمريكية، بمشاركة عشرة بلدان في مقدمتها الولايات المتحدة والمغرب و20 ملاحظا عسكريا من بلدان شريكة، وذلك بحفل افتتاح أقيم اليوم الإثنين في مقر القيادة العليا للقوات الملكية للمنطقة الجنوبية بمدينة أكادير، بحضور ممثلي البلدان المشاركة.
وتعتبر مناورات الأسد الإفريقي أكبر تمرين عسكري في إفريقيا، وتتواصل نسختها الثامنة عشرة من 20 إلى 30 يونيو الجاري.
وفي كلمة ألقاها بمناسبة انطلاق هذا الموعد السنوي، قال المفتش العام للقوات المسلحة الملكية وقائد المنطقة الجنوبية الجنرال بلخير الفاروق إن "التحديات الأمنية تفرض علينا استخلاص الدروس من مختلف الأوضاع، وتوحيد المقاربات بشأن فائدة التدريبات العسكرية المشتركة، وتحسين إدماج الأطر في القيادات العليا متعددة الجنسيات، وتخطي العوائق الثقافية واللغوية والإجرائية من أجل تعاون أكثر تنسيقا".
ويضم التمرين عدة جوانب عسكرية، منها تمرين القيادة العليا والتمارين التكتيكية البرية والبحرية والجوية والمشتركة ليلا ونهارا وعمليات القوات الخاصة، ويجرى في عدة جهات من المغرب.
""", [
    ev("drill-start", "انطلقت مناورات \"الأسد الإفريقي\"، التي يشرف عليها", AL_START, "no own expression; the launch with the opening ceremony of Mon 20 Jun 2022 ('اليوم الإثنين')"),
    ev("opening-ceremony", "بحفل افتتاح أقيم اليوم الإثنين", AL_START, "'اليوم الإثنين' = Mon 20 Jun 2022"),
    ev("drill-period", "من 20 إلى 30 يونيو الجاري", AL_START, "'من 20 إلى 30 يونيو الجاري' = 20 - 30 Jun 2022", end=AL_END_X),
    ev("belkhir-speech", "قال المفتش العام للقوات المسلحة الملكية", AL_START, "no own expression; his speech at the opening ceremony of Mon 20 Jun 2022"),
])
art(S, "https://www.elkhabar.com/monde/%D9%85%D8%B4%D8%A7%D8%B1%D9%83%D8%A9-%D8%B5%D9%87%D9%8A%D9%88%D9%86%D9%8A%D8%A9-%D9%81%D9%8A-%D9%85%D9%86%D8%A7%D9%88%D8%B1%D8%A7%D8%AA-%D8%B9%D8%B3%D9%83%D8%B1%D9%8A%D8%A9-%D8%A8%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8-211026",
    "2022-06-21", "no date on the stored page; the body's 'أمس الإثنين' for the launch of Mon 20 Jun 2022 (turess: 'اليوم الإثنين 20 جوان 2022') gives Tue 21 Jun 2022; headline from the URL slug; the paywall notice and the truncated end of the last sentence dropped", False, """
مشاركة صهيونية في مناورات عسكرية بالمغرب
أعطت الولايات المتحدة والمغرب، أمس الإثنين، إشارة انطلاق تدريبات "الأسد الإفريقي 2022"، التي يشارك فيها الكيان الصهيوني لأول مرة.
وبالإضافة إلى المغرب، يجرى جزء من هذه التمارين في تونس والسنغال وغانا، وتستمر حتى 30 جوان، وفق ما أعلنته القيادة العسكرية الأمريكية لإفريقيا (أفريكوم).
وبيّنت قيادة أفريكوم أن الغاية من هذه التدريبات هي "تقوية قدراتنا الدفاعية المشتركة في مواجهة التهديدات العابرة للبلدان والمنظمات المتطرفة العنيفة".
ويشمل برنامج "الأسد الإفريقي 2022" مناورات عسكرية برية وجوية وبحرية، وتمارين للتطهير البيولوجي والإشعاعي والنووي والكيميائي.
وتستضيف هذه التدريبات مدينة القنيطرة إلى جانب عدة مواقع في الجنوب.
""", [
    ev("drill-start", "أعطت الولايات المتحدة والمغرب، أمس الإثنين، إشارة انطلاق", AL_START, "'أمس الإثنين' in an article of Tue 21 Jun 2022 = Mon 20 Jun"),
    ev("drill-period", "وتستمر حتى 30 جوان", AL_START, "from the start of Mon 20 Jun 'حتى 30 جوان' = 20 - 30 Jun 2022", end=AL_END_X),
    ev("israel-first-participation", "يشارك فيها الكيان الصهيوني لأول مرة", AL_START, "no own expression; the participation during the exercise of 20 - 30 Jun 2022 (my span = the exercise)", end=AL_END_X),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 517
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 296-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories294/make_stories.py). Domain: airlines and airports: new routes, airport openings, flight
suspensions, aviation strikes: the first domestic flights to the rebuilt Mosul airport (Iraq, Nov 2025), Tunisia's
suspension of Emirates flights after Tunisian women were barred from boarding (Tunisia / UAE, Dec 2017), Air
Algerie's takeover of Tassili Airlines and the birth of its domestic carrier (Algeria, Aug 2025), the first
flights and the Civil Aviation Day opening of Sphinx airport west of Cairo (Egypt, Jan 2019), and Royal Jordanian's
trial flight to the reopened Aleppo airport (Jordan / Syria, Mar 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-mosul-airport-domestic-flights-2025
S = "iraq-mosul-airport-domestic-flights-2025"
ANNOUNCE = "2025-11-04"     # the Ministry of Transport's announcement, Tue 4 Nov 2025 (shafaq)
FIRST = "2025-11-06"        # the first Iraqi Airways domestic flight Baghdad-Mosul, Thu 6 Nov 2025
INTL = "2026-01-26"         # the first international flight from Mosul (to Medina), Mon 26 Jan 2026 (shafaq, naynawaalghad)
art(S, "https://www.shafaq.com/ar/%D9%85%D8%AC%D8%AA%D9%80%D9%85%D8%B9/%D8%A7%D9%84%D9%86%D9%82%D9%84-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%D9%8A%D8%A9-%D8%AA%D8%B9%D9%84%D9%86-%D8%AA%D8%B4%D8%BA%D9%8A%D9%84-%D9%85%D8%B7%D8%A7%D8%B1-%D8%A7%D9%84%D9%85%D9%88%D8%B5%D9%84-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A-%D8%A7%D9%84%D8%AE%D9%85%D9%8A%D8%B3-%D8%A7%D9%84%D9%85%D9%82%D8%A8%D9%84",
    "2025-11-04", "stamp 'date 2025-11-04' at the head of the stored page (not kept in the text); the body's 'يوم الثلاثاء' agrees (4 Nov 2025 was a Tuesday); the dateline 'شفق نيوز- بغداد' dropped; headline rendered from the URL slug; the last, truncated sentence ('يذكر أن أول رحلة تجريبة ...') dropped; no date of its own in the text", False, """
النقل العراقية تعلن تشغيل مطار الموصل الدولي الخميس المقبل
أفادت وزارة النقل العراقية، يوم الثلاثاء، بأن أول رحلة داخلية ستُسيَّر إلى مطار الموصل الدولي يوم الخميس المقبل، وذلك ضمن الرحلات المجدولة للخطوط الجوية العراقية.
وذكر المكتب الإعلامي للوزارة، في بيان تلقته وكالة شفق نيوز، أنه "جرى الإعلان عن تشغيل مطار الموصل الدولي للرحلات الداخلية، تمهيداً لتسيير الرحلات الدولية قريباً".
ونقل البيان عن مدير المطارات حسين الزبيدي تأكيده أن "المطار جاهز ومكتمل من كل النواحي الفنية واللوجستية، ومنها الأجهزة الملاحية ومباني خدمة المسافرين".
وأوضح الزبيدي أن "المطار شُيّد وفق المواصفات العالمية، وأن منظوماته كلها من أفضل المناشئ، وقد خضعت لسلسلة من الفحوص بإشراف لجان مختصة أثبتت جاهزيتها ومطابقتها لمعايير السلامة".
وبيّن أن "التنسيق قائم مع الخطوط الجوية العراقية لتسيير الرحلات الداخلية ضمن جداول الشركة، تمهيداً لإطلاق رحلات دولية في المستقبل القريب".
وأشار البيان إلى أن "لدى دائرة المطارات فرقاً فنية وإدارية متخصصة تتولى الإشراف على تشغيل المطار، كما باشرت الدوائر الساندة عملها داخل المطار لضمان انطلاق العمليات التشغيلية وفق أعلى المعايير".
""", [
    ev("ministry-announcement", "أفادت وزارة النقل العراقية، يوم الثلاثاء", ANNOUNCE, "'يوم الثلاثاء' = Tue 4 Nov 2025 (the publication day)"),
    ev("first-domestic-flight", "أول رحلة داخلية ستُسيَّر إلى مطار الموصل الدولي يوم الخميس المقبل", FIRST, "'يوم الخميس المقبل' from Tue 4 = Thu 6 Nov 2025; the flight took place that day (aljazeera 'أمس الخميس' on Fri 7)"),
    ev("international-flights", "تمهيداً لتسيير الرحلات الدولية قريباً", INTL, "'قريباً' gives no day; the first international flight from Mosul (umrah pilgrims to Medina) left on Mon 26 Jan 2026 (shafaq, naynawaalghad; outside knowledge)"),
    ev("zubaidi-readiness", "ونقل البيان عن مدير المطارات حسين الزبيدي تأكيده", ANNOUNCE, "no own expression; part of the ministry's statement of Tue 4 Nov 2025"),
])
art(S, "https://www.elbalad.news/6755944",
    "2025-11-05", "stamp 'date 2025-11-05' at the head of the stored page (not kept in the text); the body's 'غد الخميس' agrees (5 Nov 2025 was a Wednesday, the eve of Thu 6 Nov); headline written from the body (the stored text has none); no date of its own in the text", False, """
مراسلة القاهرة الإخبارية: مطار الموصل يفتح أبوابه للرحلات الداخلية
ذكرت هبة التميمي، مراسلة قناة "القاهرة الإخبارية" في العراق، أن وزارة النقل العراقية أعلنت بدء التشغيل الرسمي لمطار الموصل الدولي أمام الرحلات الداخلية غد الخميس، على أن تنطلق الرحلات الدولية في وقت قريب، مؤكدة أن هذه الخطوة تمثل نقلة نوعية لمحافظة نينوى.
وأضافت التميمي، في رسالة على الهواء، أن إدارة المطارات أكدت جاهزية المطار بالكامل من الناحيتين الفنية واللوجستية، بعدما زُوّد بأجهزة ملاحية ومنظومات تطابق أعلى المواصفات العالمية، وذلك بإشراف مباشر من وزير النقل وبالتنسيق مع الحكومة العراقية.
وتابعت أن هذا الإنجاز خطوة انتظرها طويلاً أهالي الموصل الذين عانوا لسنوات طويلة من العزلة والدمار، لافتة إلى أن تشغيل المطار يعيد بناء الثقة بين المواطن والدولة ويدعم جهود إعادة إعمار المدينة وبنيتها التحتية من جسور وطرق ومشاريع تنموية، كما يفتح نافذة جديدة تصل نينوى بباقي المحافظات العراقية وبالعالم الخارجي.
""", [
    ev("ministry-announcement", "أن وزارة النقل العراقية أعلنت بدء التشغيل الرسمي", ANNOUNCE, "no own expression; the ministry's announcement of Tue 4 Nov 2025 (shafaq 'يوم الثلاثاء')"),
    ev("first-domestic-flight", "أمام الرحلات الداخلية غد الخميس", FIRST, "'غد الخميس' from Wed 5 = Thu 6 Nov 2025; the first flight landed that day"),
    ev("international-flights", "على أن تنطلق الرحلات الدولية في وقت قريب", INTL, "'في وقت قريب' gives no day; the first international flight from Mosul left on Mon 26 Jan 2026 (outside knowledge)"),
    ev("zubaidi-readiness", "أن إدارة المطارات أكدت جاهزية المطار بالكامل", ANNOUNCE, "no own expression; the airports directorate's assurance in the ministry's statement of Tue 4 Nov 2025 (shafaq)"),
])
art(S, "https://www.aljazeera.net/news/2025/11/7/%D8%A8%D8%AF%D8%A1-%D8%AA%D8%B3%D9%8A%D9%8A%D8%B1-%D8%B1%D8%AD%D9%84%D8%A7%D8%AA-%D8%A5%D9%84%D9%89-%D9%85%D8%B7%D8%A7%D8%B1-%D8%A7%D9%84%D9%85%D9%88%D8%B5%D9%84",
    "2025-11-07", "date in the URL '/news/2025/11/7/' and stamp 'date 2025-11-07' (not kept in the text); the body's 'أمس الخميس' agrees (7 Nov 2025 was a Friday); headline rendered from the URL slug; the last, truncated sentence ('وبعد معارك عنيفة ...') dropped; no date of its own in the text", False, """
بدء تسيير رحلات إلى مطار الموصل
أعلنت محافظة نينوى العراقية، أمس الخميس، انطلاق رحلات الطيران الداخلية إلى مطار الموصل الدولي، وذلك لأول مرة منذ 11 عاما.
وصرّح محافظ نينوى عبد القادر الدخيل لوكالة الأنباء العراقية بأن "طائرة تابعة للخطوط الجوية العراقية حطّت اليوم على أرض مطار الموصل الدولي في أول رحلة داخلية رسمية".
وأكد الدخيل أن هناك خططا لتسيير رحلات من مطار الموصل إلى كل محافظات العراق وإلى دول مختلفة في العالم، معتبرا أن افتتاح المطار يشكل "فرصة تنموية كبيرة".
وكان المطار قد خرج من الخدمة بعدما تعرض لهجمات تنظيم الدولة الإسلامية الذي استولى على الموصل عام 2014.
وكان رئيس الوزراء العراقي محمد شياع السوداني قد افتتح في منتصف يوليو/تموز الماضي المطار الذي أعيد بناؤه، بعد 8 أعوام من إعلان السلطات العراقية هزيمة تنظيم الدولة الإسلامية.
وقد صُمم المطار ليستقبل الطائرات الكبيرة المخصصة لنقل الركاب والشحن الجوي، وتبلغ طاقته الاستيعابية 630 ألف مسافر سنويا، فيما تصل طاقته للشحن الجوي إلى نحو 30 ألف طن سنويا.
وكان تنظيم الدولة قد بسط سيطرته في 10 يونيو/حزيران 2014 على الموصل، ثانية كبرى مدن العراق ومركز محافظة نينوى في شمال البلاد.
""", [
    ev("nineveh-announcement", "أعلنت محافظة نينوى العراقية، أمس الخميس", FIRST, "'أمس الخميس' from Fri 7 = Thu 6 Nov 2025"),
    ev("first-domestic-flight", "حطّت اليوم على أرض مطار الموصل الدولي في أول رحلة داخلية رسمية", FIRST, "'اليوم' in the governor's words of Thu 6 Nov 2025 (reported as 'أمس الخميس')"),
    ev("airport-out-of-service", "وكان المطار قد خرج من الخدمة", "2014-06-10", "'عام 2014': the airport went out of service when the Islamic State took Mosul on 10 June 2014 (my span June 2014)", end="2014-07-01"),
    ev("sudani-inauguration", "قد افتتح في منتصف يوليو/تموز الماضي المطار الذي أعيد بناؤه", "2025-07-16", "'في منتصف يوليو/تموز الماضي': the prime minister opened the rebuilt airport on Wed 16 Jul 2025 (shafaq: 'في 16 تموز/يوليو 2025')"),
    ev("isis-takes-mosul", "بسط سيطرته في 10 يونيو/حزيران 2014 على الموصل", "2014-06-10", "'في 10 يونيو/حزيران 2014'"),
])

# ---------------------------------------------------------------- tunisia-emirates-flights-suspension-2017
S = "tunisia-emirates-flights-suspension-2017"
BAN = "2017-12-22"          # Emirates barred Tunisian women from boarding at Tunis-Carthage, Fri 22 Dec 2017
SUSPEND = "2017-12-24"      # Tunisia's Transport Ministry suspended Emirates' flights, Sun 24 Dec 2017
HALT = "2017-12-25"         # Emirates' suspension of its Tunis flights took effect on Mon 25 Dec 2017
GARGASH = "2017-12-24"      # Anwar Gargash's tweet about a security report, Sun 24 Dec 2017
art(S, "https://ihata.ma/post/133048",
    "2017-12-23", "the body's 'أمس الجمعة (22 ديسمبر 2017)' fixes the day as Sat 23 Dec 2017 (22 Dec 2017 was a Friday); the URL carries no date; headline written from the body; the last, truncated sentence shortened to its complete part; the text gives the previous day's date, not its own day, so it is counted as undated", False, """
غضب في تونس بعد منع التونسيات من السفر إلى الإمارات
في خطوة مفاجئة، تعرضت كافة التونسيات للمنع من السفر إلى الإمارات، فاستدعت تونس على إثر ذلك السفير الإماراتي لطلب توضيحات، فيما أثار المنع غضبا واسعا في البلاد.
وأعلنت الحكومة التونسية أنها طالبت السفير الإماراتي بـ"توضيحات" حول سبب منع كل المواطنات التونسيات من السفر إلى الإمارات، ولا سيما تونسيات كنّ سيستقللن رحلة متجهة إلى دبي أمس الجمعة (22 ديسمبر 2017)، مضيفة أن السفير أكد أن قرار المنع "ظرفي وقد رُفع ومُكّنت كل المسافرات من المغادرة".
وذكرت وزارة الخارجية التونسية في بيان أنها دعت السفير الإماراتي إلى مقرها مساء الجمعة "للاستفسار وطلب توضيحات بخصوص الإجراء المتعلق بمنع التونسيات من السفر إلى الإمارات وعبرها"، وأورد البيان أن الدبلوماسي الإماراتي أوضح أن القرار "كان ظرفيا ويتعلق بترتيبات أمنية".
من جهتها، أفادت رئاسة الحكومة التونسية في بيان مقتضب على صفحتها الرسمية في "فيسبوك" بأن رئيس الحكومة يوسف الشاهد استقبل سفير الإمارات لدى تونس، دون أن تكشف تفاصيل اللقاء.
كما طالبت وزارة النقل التونسية سلطة الطيران المدني في الإمارات برفع الحظر بشكل نهائي.
""", [
    ev("emirates-ban", "تعرضت كافة التونسيات للمنع من السفر إلى الإمارات", BAN, "no own expression here; the ban at Tunis-Carthage on Fri 22 Dec 2017 ('أمس الجمعة (22 ديسمبر 2017)' below)"),
    ev("ambassador-summoned", "أنها دعت السفير الإماراتي إلى مقرها مساء الجمعة", BAN, "'مساء الجمعة' = the evening of Fri 22 Dec 2017"),
    ev("ban-lifted", "قد رُفع ومُكّنت كل المسافرات من المغادرة", BAN, "no own expression; the ambassador said on Fri 22 Dec 2017 that the ban had been lifted that day (Emirates let the women board later on 22 Dec)"),
    ev("chahed-meets-ambassador", "رئيس الحكومة يوسف الشاهد استقبل سفير الإمارات", BAN, "no own expression; the meeting in the afternoon of Fri 22 Dec 2017 (radionationale 'بعد ظهر اليوم', webmanagercenter 'dans l'après-midi du vendredi')"),
    ev("transport-ministry-request", "كما طالبت وزارة النقل التونسية سلطة الطيران المدني", BAN, "no own expression; the ministry's call to the UAE civil aviation authority, Fri 22 - Sat 23 Dec 2017 (my span)", end="2017-12-24"),
])
art(S, "https://nn.najah.edu/news/Arabic/2017/12/24/82149/",
    "2017-12-24", "date in the URL '/2017/12/24/' (a Sunday); the body's 'الجمعة الماضية' agrees (Fri 22 Dec 2017); the source tag 'النجاح -' dropped; headline written from the body (the stored text has none); the last, truncated quotation of Gargash's tweet dropped; no date of its own in the text", False, """
تونس تمنع طائرات طيران الإمارات من الهبوط في مطاراتها
قررت وزارة النقل التونسية منع هبوط طائرات شركة "طيران الإمارات" في جميع المطارات التونسية.
وأوضحت الوزارة على صفحتها في "فيسبوك" أنها قررت تعليق رحلات طيران الإمارات من تونس وإليها، إلى أن تتمكن الشركة من إيجاد الحل المناسب لتشغيل رحلاتها وفق القوانين والمعاهدات الدولية.
وكانت إدارة مطار قرطاج الدولي قد أعلنت الجمعة الماضية أنها تلقت إشعارا من "طيران الإمارات" يقضي بمنع التونسيات من ركوب طائراتها المتجهة إلى الإمارات، باستثناء المقيمات فيها أو حاملات جوازات السفر الدبلوماسية، دون تحديد سن معينة أو موعد لانتهاء الإجراء، وهو ما يشمل رحلات العبور أيضا.
واستدعت وزارة الخارجية التونسية سفير الإمارات العربية المتحدة في تونس إلى مقر الوزارة، للاستفسار وطلب توضيحات بشأن منع التونسيات من السفر على متن الشركة الإماراتية.
وقد أثار حظر سفر التونسيات على رحلات "طيران الإمارات" المتجهة إلى دبي موجة واسعة من الغضب والاستياء في تونس، رغم التراجع عن القرار في وقت لاحق.
من جانبه، قال وزير الدولة للشؤون الخارجية الإماراتي أنور قرقاش إن القرار اتُّخذ لأسباب أمنية.
""", [
    ev("tunisia-suspends-emirates", "قررت وزارة النقل التونسية منع هبوط طائرات", SUSPEND, "no own expression; the ministry's decision of Sun 24 Dec 2017 (syria.news 'يوم الأحد', sarabic 'أمس الأحد'), the publication day"),
    ev("emirates-ban", "قد أعلنت الجمعة الماضية أنها تلقت إشعارا", BAN, "'الجمعة الماضية' from Sun 24 = Fri 22 Dec 2017"),
    ev("ambassador-summoned", "واستدعت وزارة الخارجية التونسية سفير الإمارات العربية المتحدة", BAN, "no own expression; the summons of the evening of Fri 22 Dec 2017 (ihata 'مساء الجمعة')"),
    ev("ban-lifted", "رغم التراجع عن القرار في وقت لاحق", BAN, "'في وقت لاحق' = later on Fri 22 Dec 2017, when Emirates let the women board again"),
    ev("gargash-statement", "قال وزير الدولة للشؤون الخارجية الإماراتي أنور قرقاش", GARGASH, "no own expression; Gargash's tweet of Sun 24 Dec 2017 (businessnews: 'aujourd'hui, dimanche 24 décembre 2017')"),
])
art(S, "https://syria.news/bc92903a-25121712.html",
    "2017-12-25", "page line '25.12.2017 | 00:46' (kept as the second line; 25 Dec 2017 was a Monday); the URL's id '25121712' agrees; the closing 'سيريانيوز' and the related-news list dropped; headline kept from the page", True, """
تونس تمنع طيران الإمارات من الهبوط في مطاراتها
25.12.2017 | 00:46
أعلنت تونس، يوم الأحد، منع الطائرات الإماراتية من الهبوط في المطارات التونسية.
وقالت وزارة النقل التونسية إن "تونس علّقت رحلات شركات الطيران الإماراتية من تونس وإليها".
ويأتي تعليق رحلات طيران الإمارات في تونس بعد يومين من تصريح مسؤولين في الحكومة التونسية بأن الإمارات منعت تونسيات من السفر إليها.
ولم يُعلن سبب أي من القرارين، كما لم يصدر تعليق رسمي عن الإمارات.
في المقابل، قررت شركة "طيران الإمارات"، تبعا لقرار السلطات التونسية، تعليق رحلاتها، ابتداء من يوم الاثنين الـ25 كانون الأول الحالي، من تونس وإليها.
وكانت إدارة مطار قرطاج الدولي قد أعلنت الجمعة 22 كانون الأول أنها تلقت إشعارا من "طيران الإمارات" بمنع التونسيات من ركوب طائراتها المتجهة إلى الإمارات، باستثناء المقيمات فيها أو حاملات جوازات السفر الدبلوماسية، من دون تحديد سن أو موعد لانتهاء هذه الإجراءات، ويشمل ذلك رحلات العبور أيضا.
واستدعت وزارة الخارجية التونسية سفير الإمارات لدى تونس إلى مقرها للاستفسار، وطلبت منه توضيحات بشأن الإجراء المتعلق بمنع التونسيات من السفر على متن الشركة الإماراتية.
""", [
    ev("tunisia-suspends-emirates", "أعلنت تونس، يوم الأحد، منع الطائرات الإماراتية", SUSPEND, "'يوم الأحد' from Mon 25 = Sun 24 Dec 2017"),
    ev("emirates-halts-flights", "تعليق رحلاتها، ابتداء من يوم الاثنين الـ25 كانون الأول الحالي", HALT, "'ابتداء من يوم الاثنين الـ25 كانون الأول الحالي' = Mon 25 Dec 2017, the day the suspension took effect"),
    ev("emirates-ban", "قد أعلنت الجمعة 22 كانون الأول أنها تلقت إشعارا", BAN, "'الجمعة 22 كانون الأول' = Fri 22 Dec 2017"),
    ev("ambassador-summoned", "واستدعت وزارة الخارجية التونسية سفير الإمارات لدى تونس", BAN, "no own expression; the summons of the evening of Fri 22 Dec 2017 (ihata 'مساء الجمعة')"),
])
art(S, "https://www.alalam.ir/news/3244036/طيران-الإمارات-توقف-رحلاتها-إلى-تونس",
    "2017-12-25", "page line 'الإثنين ٢٥ ديسمبر ٢٠١٧ ٠٥:١٠ بتوقيت غرينتش' (kept as the second line; 25 Dec 2017 was a Monday); the tags 'عاجل:' and 'العالم - تونس' dropped; the last, truncated sentence dropped; headline kept from the page", True, """
طيران الإمارات توقف رحلاتها إلى تونس
الإثنين ٢٥ ديسمبر ٢٠١٧ ٠٥:١٠ بتوقيت غرينتش
أعلنت شركة طيران الإمارات أنها ستوقف رحلاتها إلى تونس، بعدما أعلنت تونس حظر رحلات الشركة إليها.
وجاء الإعلان بعد يومين من تأكيد مسؤولين في الحكومة التونسية أن دولة الإمارات منعت التونسيات من السفر إليها أو عبور أراضيها، ولم يُكشف عن سبب أي من القرارين.
وكتبت طيران الإمارات على تويتر أنها، بناء على تعليمات السلطات التونسية، تعلّق ابتداء من الاثنين رحلاتها من تونس وإليها حتى إشعار آخر.
وكانت وزارة النقل التونسية قد أوضحت في بيان في وقت سابق أنها قررت تعليق رحلات الخطوط الإماراتية من تونس وإليها، إلى أن تتمكن الشركة من إيجاد الحل المناسب لتشغيل رحلاتها وفق القوانين والمعاهدات الدولية.
وكتب وزير الدولة للشؤون الخارجية الإماراتي أنور قرقاش على تويتر أن بلاده تواصلت مع الأشقاء في تونس بشأن معلومة أمنية فرضت إجراءات محددة وظرفية، مؤكدا أن الإمارات، التي تفخر بتجربتها في تمكين المرأة، تقدّر المرأة التونسية وتحترمها وتثمّن تجربتها الرائدة، وداعيا إلى تفادي محاولات التأويل والمغالطة.
""", [
    ev("emirates-announcement", "أعلنت شركة طيران الإمارات أنها ستوقف رحلاتها إلى تونس", SUSPEND, "no own expression; Emirates' tweet on the night of Sun 24 Dec 2017, after the ministry's decision of that day"),
    ev("emirates-ban", "أن دولة الإمارات منعت التونسيات من السفر إليها", BAN, "'بعد يومين' from the announcement of Sun 24 = the statements of Fri 22 Dec 2017, the day of the ban"),
    ev("emirates-halts-flights", "تعلّق ابتداء من الاثنين رحلاتها من تونس وإليها", HALT, "'ابتداء من الاثنين' = Mon 25 Dec 2017"),
    ev("tunisia-suspends-emirates", "قد أوضحت في بيان في وقت سابق أنها قررت تعليق رحلات", SUSPEND, "'في وقت سابق' (of Sun 24 Dec); the ministry's decision of Sun 24 Dec 2017"),
    ev("gargash-statement", "وكتب وزير الدولة للشؤون الخارجية الإماراتي أنور قرقاش", GARGASH, "no own expression; Gargash's tweet of Sun 24 Dec 2017 (businessnews: 'dimanche 24 décembre 2017')"),
])

# ---------------------------------------------------------------- algeria-air-algerie-tassili-takeover-2025
S = "algeria-air-algerie-tassili-takeover-2025"
TRANSFER = "2025-08-09"     # Air Algerie announced the final transfer of Tassili Airlines to it, Sat 9 Aug 2025
INSTRUCTION = "2025-03-12"  # President Tebboune's instruction to create a domestic airline, meeting of Wed 12 Mar 2025
art(S, "https://www.echoroukonline.com/%D8%A7%D9%84%D8%AC%D9%88%D9%8A%D8%A9-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1%D9%8A%D8%A9-%D8%AA%D9%8F%D9%83%D9%85%D9%84-%D8%B5%D9%81%D9%82%D8%A9-%D8%A7%D9%84%D8%B7%D8%A7%D8%B3%D9%8A%D9%84%D9%8A",
    "2025-08-09", "stamp 'date 2025-08-09' at the head of the stored page (not kept in the text); the body's 'السبت' agrees (9 Aug 2025 was a Saturday); headline rendered from the URL slug; the last, truncated sentence dropped; no date of its own in the text", False, """
الجوية الجزائرية تُكمل صفقة الطاسيلي
أعلنت شركة الخطوط الجوية الجزائرية، السبت، أنها أتمّت بصفة نهائية ورسمية عملية نقل ملكية شركة طيران الطاسيلي إليها، تطبيقا للاتفاقية المبرمة مع الشركة القابضة سوناطراك للأنشطة الخارجية والدعم.
ورأت الشركة في بيان أن استكمال نقل الملكية جاء تتويجا لمسار تنظيمي وقانوني محكم، اعتُمد وفق أرقى معايير الحوكمة، بما يكفل انتقالا سلسا وشفافا ويضمن استمرار النشاط وجودة الخدمات المقدمة للزبائن.
وفي هذا السياق، أوضحت الخطوط الجوية الجزائرية أنها تعمل على إعادة تنظيم الشركة المدمجة لرفع كفاءتها التشغيلية، على أن يُطبَّق الميثاق الجديد للشركة "تدريجيا" على الأسطول المخصص للنقل الداخلي، بما يستجيب لتطلعات المسافرين ويرتقي بجودة الخدمات.
وينتظر، وفق البيان، أن تنطلق أول رحلة تجارية للخطوط الجوية الداخلية قبل نهاية شهر أوت الجاري، وهو ما عدّه البيان "بداية مرحلة جديدة في مسار النقل الجوي الداخلي"، تقوم على التكامل والكفاءة وتضع خدمة المواطن في كل أرجاء الوطن في صميمها.
""", [
    ev("transfer-completed", "أنها أتمّت بصفة نهائية ورسمية عملية نقل ملكية", TRANSFER, "'السبت' = Sat 9 Aug 2025 (the publication day), the day of Air Algerie's announcement"),
    ev("merged-company-reorganisation", "أنها تعمل على إعادة تنظيم الشركة المدمجة", TRANSFER, "no own expression; the reorganisation under way at the report of Sat 9 Aug 2025, up to the domestic airline's first flight of Mon 25 Aug (my span)", end="2025-08-26"),
    ev("first-commercial-flight", "تنطلق أول رحلة تجارية للخطوط الجوية الداخلية قبل نهاية شهر أوت الجاري", "2025-08-25", "'قبل نهاية شهر أوت الجاري' (August 2025); the first flight (Algiers-Tamanrasset) left on Mon 25 Aug 2025 (ennahar, radioalgerie; outside knowledge)"),
])
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=09082025&id=116fa2f4-5178-412c-b3e4-58df8df3be99",
    "2025-08-09", "date in the URL 'cdate=09082025' and stamp 'date 2025-08-09' (not kept in the text); the body's 'السبت' agrees (9 Aug 2025 was a Saturday); the bullet sub-heading dropped; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
الجوية الجزائرية تستكمل الاستحواذ على طيران الطاسيلي
أعلنت شركة الخطوط الجوية الجزائرية، السبت، أنها أنهت بشكل نهائي عملية نقل ملكية شركة "طيران الطاسيلي" إليها، بموجب اتفاقية وقّعتها مع الشركة القابضة "سوناطراك" للأنشطة الخارجية والدعم.
وذكرت الشركة في بيان أن هذه الخطوة تمثل "تحولا استراتيجيا" يأتي تنفيذا لتوجيهات الرئيس الجزائري عبد المجيد تبون الرامية إلى إنشاء شركة وطنية متخصصة في النقل الجوي الداخلي، بما يعزز الربط بين ولايات البلاد ويدعم التنمية الاقتصادية والاجتماعية.
وبيّنت أن نقل الملكية جاء ثمرة "مسار تنظيمي وقانوني محكم" سار وفق معايير الحوكمة، بما يضمن انتقالا سلسا وشفافا ويحافظ على جودة الخدمات المقدمة للمسافرين.
و"طيران طاسيلي" شركة جزائرية تأسست في 1998 بشراكة بين مجمع "سوناطراك" بنسبة 51 بالمئة والخطوط الجوية الجزائرية بنسبة 49 بالمئة، ثم اشترت سوناطراك في 2007 كل أسهم الخطوط الجوية الجزائرية فصارت المالك الوحيد للشركة، وخصصتها لنقل العاملين في الحقول النفطية والغازية بالصحراء الجزائرية، قبل أن تستحوذ الخطوط الجوية الجزائرية اليوم على كامل أسهمها.
""", [
    ev("transfer-completed", "أنها أنهت بشكل نهائي عملية نقل ملكية", TRANSFER, "'السبت' = Sat 9 Aug 2025 (the publication day)"),
    ev("presidential-instruction", "تنفيذا لتوجيهات الرئيس الجزائري عبد المجيد تبون", INSTRUCTION, "no own expression; Tebboune's instruction at the special meeting of Wed 12 Mar 2025 (maghrebemergent: 'الاجتماع الخاص المنعقد بتاريخ 12 مارس 2025')"),
    ev("tassili-founded", "تأسست في 1998 بشراكة بين مجمع", "1998-01-01", "'في 1998' (the year only)", end="1999-01-01"),
    ev("sonatrach-buyout", "ثم اشترت سوناطراك في 2007 كل أسهم", "2007-01-01", "'في 2007' (the year only)", end="2008-01-01"),
])
art(S, "https://www.ennaharonline.com/%D8%B3%D8%AC%D9%84-%D8%AA%D8%AC%D8%A7%D8%B1%D9%8A-%D9%84%D9%84%D8%AC%D9%88%D9%8A%D8%A9-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1%D9%8A%D8%A9-%D9%8815-%D8%B7%D8%A7%D8%A6%D8%B1%D8%A9-%D9%84%D8%AF%D8%B9/",
    "2025-08-11", "stamp 'date 2025-08-11' at the head of the stored page (not kept) and the body's 'اليوم الاثنين الموافق لتاريخ 11 أوت الجاري' (kept; 11 Aug 2025 was a Monday); headline rendered from the URL slug; the last, truncated sentence dropped", True, """
سجل تجاري للجوية الجزائرية و15 طائرة لدعم أسطولها
عززت إدارة شركة الخطوط الجوية الجزائرية أسطولها الجوي بـ15 طائرة إضافية إثر دمج شركة "طاسيلي للطيران"، وتعهدت بالحفاظ على قاعدتها العمالية والارتقاء بمستوى الأداء.
وتسلمت الخطوط الجوية الجزائرية، الاثنين، نسخة من سجلها التجاري الجديد بعد دمج "طاسيلي للطيران" وتخصيصها للرحلات الداخلية تنفيذا لتعليمات رئيس الجمهورية، كما فرغت كليا من الإجراءات القضائية التي تكفل نقل ملكية المؤسسة الجديدة التي كانت مملوكة سابقا للشركة الوطنية للمحروقات "سوناطراك".
وعلى إثر ذلك، وجّهت الشركة مراسلة رسمية تأمر فيها بالشروع في الترويج للمولود الجديد "القديم"، الخطوط الجوية الداخلية، عبر مختلف الوسائط وعلى متن الرحلات الجوية، اعتبارا من اليوم الاثنين الموافق لتاريخ 11 أوت الجاري.
وأكدت مصادر مطلعة أن هذه الإجراءات ستمكّن الجوية الجزائرية من تعزيز أسطولها بـ15 طائرة، منها 7 من طراز "بوينغ 737/800" وأربع "Q400" وأربع أخرى "Q200" من طراز بومباردييه كانت تابعة لطاسيلي للطيران، ويمكن استغلالها عند الحاجة، لا سيما في فترة الصيف التي تكثر فيها الحركية وموسم الحج.
""", [
    ev("fleet-boost", "عززت إدارة شركة الخطوط الجوية الجزائرية أسطولها الجوي بـ15 طائرة", TRANSFER, "no own expression; the fleet grew with the merger completed on Sat 9 Aug 2025 and registered on Mon 11 Aug (my span 9-11 Aug)", end="2025-08-12"),
    ev("commercial-register", "وتسلمت الخطوط الجوية الجزائرية، الاثنين، نسخة من سجلها التجاري الجديد", "2025-08-11", "'الاثنين' = Mon 11 Aug 2025 (the publication day)"),
    ev("presidential-instruction", "تنفيذا لتعليمات رئيس الجمهورية", INSTRUCTION, "no own expression; Tebboune's instruction of Wed 12 Mar 2025 (maghrebemergent)"),
    ev("transfer-completed", "كما فرغت كليا من الإجراءات القضائية التي تكفل نقل ملكية", TRANSFER, "no own expression; the completion of the transfer, announced on Sat 9 Aug 2025 (echorouk, shorouknews 'السبت')"),
    ev("domestic-brand-promotion", "بالشروع في الترويج للمولود الجديد", "2025-08-11", "'اعتبارا من اليوم الاثنين الموافق لتاريخ 11 أوت الجاري' = Mon 11 Aug 2025 (the start of the promotion)"),
])

# ---------------------------------------------------------------- egypt-sphinx-airport-first-flights-2019
S = "egypt-sphinx-airport-first-flights-2019"
FIRSTDAY = "2019-01-25"     # the first EgyptAir Express flights at Sphinx airport, Fri 25 Jan 2019
CEREMONY = "2019-01-26"     # the ministers' ceremony at Sphinx airport on Civil Aviation Day, Sat 26 Jan 2019
PROGRAMME = ("2019-01-25", "2019-02-10")   # the mid-year holiday programme, 25 Jan - 9 Feb 2019
art(S, "https://www.masress.com/almesryoon/1332121",
    "2019-01-25", "no date on the stored page (a masress copy of al-Mesryoon); the body's 'صباح اليوم، الجمعة' and 'اليوم الجمعة' with the known first day of Sphinx airport's domestic flights, Fri 25 Jan 2019 (elbalad 'في الفترة من 25 يناير', hadasnow 'أمس الجمعة' on the Civil Aviation Day of 26 Jan, followmenews '/2019/01/26/'); headline written from the body (the stored text has none); no date of its own in the text", False, """
وصول أول رحلة لمصر للطيران إكسبريس من أسوان إلى مطار سفنكس
وصلت منذ قليل إلى مطار سفنكس رحلة لمصر للطيران إكسبريس قادمة من مطار أسوان، بعدما أقلعت منه في التاسعة صباح اليوم، الجمعة، وعلى متنها 70 راكبًا.
وكانت أولى رحلات مصر للطيران قد انطلقت اليوم الجمعة من مطار سفنكس الدولي الواقع على الطريق الصحراوي، بواقع 15 رحلة أسبوعيًا إلى المطارات الداخلية حتى 9 فبراير، تزامنًا مع إجازة نصف العام الدراسي.
ومن المقرر أن تربط هذه الرحلات مطار سفنكس بكل من مطارات الأقصر وأسوان وشرم الشيخ والغردقة، ذهابا وإيابا.
""", [
    ev("first-flight-aswan", "وصلت منذ قليل إلى مطار سفنكس رحلة لمصر للطيران إكسبريس", FIRSTDAY, "'منذ قليل', after the take-off 'في التاسعة صباح اليوم، الجمعة' = Fri 25 Jan 2019"),
    ev("first-flights-sphinx", "أولى رحلات مصر للطيران قد انطلقت اليوم الجمعة من مطار سفنكس", FIRSTDAY, "'اليوم الجمعة' = Fri 25 Jan 2019"),
    ev("mid-year-programme", "15 رحلة أسبوعيًا إلى المطارات الداخلية حتى 9 فبراير", PROGRAMME[0], "'حتى 9 فبراير', 'تزامنًا مع إجازة نصف العام الدراسي': from Fri 25 Jan to Sat 9 Feb 2019", end=PROGRAMME[1]),
])
art(S, "https://www.elbalad.news/3672021",
    "2019-01-26", "no date on the stored page; the body's 'اليوم، السبت' with the known event: the ministers' visit to Sphinx airport on Civil Aviation Day, Sat 26 Jan 2019 (hadasnow, followmenews '/2019/01/26/'); the programme 'في الفترة من 25 يناير وحتى 9 فبراير القادم' agrees; headline kept from the page; the last, truncated sentence dropped; no date of its own in the text", False, """
شاهد.. مطار شرم الشيخ يستقبل أول رحلة قادمة من مطار سفنكس
استقبل مطار شرم الشيخ الدولي، قبل قليل، أول رحلة جوية آتية من مطار سفنكس الدولي، تزامنا مع بدء تسيير الشركة الوطنية "مصر للطيران" للخطوط الداخلية رحلاتها من المطار.
وفور هبوط رحلة مصر للطيران إكسبريس في مطار شرم الشيخ، استُقبل ركابها بالورود، وكان على متنها الفريق يونس المصري وزير الطيران المدني، يرافقه رؤساء الشركات ووفد من الإعلاميين، كما رُشّت المياه على جسم الطائرة وفق التقليد المتبع عند استقبال أول رحلة تهبط في مطار شرم الشيخ قادمة من مطار سفنكس.
وشهد اليوم، السبت، وزير الطيران المدني الفريق يونس المصري ووزيرة السياحة الدكتورة رانيا المشاط التشغيل التجريبي لمطار سفنكس الدولي بتسيير أولى الرحلات الداخلية المنتظمة.
وتسيّر شركة مصر للطيران للخطوط الداخلية والإقليمية (إكسبريس) 30 رحلة في الفترة من 25 يناير وحتى 9 فبراير القادم من مطار سفنكس إلى مطارات شرم الشيخ والغردقة والأقصر وأسوان.
ويأتي ذلك انسجاما مع الأهداف الاستراتيجية لرؤية مصر 2030، التي ترمي إلى تحقيق خطة الدولة للتنمية الاقتصادية المستدامة وتنشيط الحركة السياحية الوافدة إلى مصر.
""", [
    ev("sharm-flight", "استقبل مطار شرم الشيخ الدولي، قبل قليل، أول رحلة جوية", CEREMONY, "'قبل قليل' on the day of the report, Sat 26 Jan 2019 (the minister was on board)"),
    ev("first-flights-sphinx", "تزامنا مع بدء تسيير الشركة الوطنية", FIRSTDAY, "no own expression; EgyptAir's domestic flights from Sphinx began on Fri 25 Jan 2019 (almesryoon 'اليوم الجمعة')"),
    ev("sphinx-ceremony", "وشهد اليوم، السبت، وزير الطيران المدني الفريق يونس المصري", CEREMONY, "'اليوم، السبت' = Sat 26 Jan 2019"),
    ev("mid-year-programme", "30 رحلة في الفترة من 25 يناير وحتى 9 فبراير القادم", PROGRAMME[0], "'في الفترة من 25 يناير وحتى 9 فبراير القادم' = 25 Jan - 9 Feb 2019", end=PROGRAMME[1]),
])
art(S, "https://hadasnow.com/%d9%88%d8%b2%d9%8a%d8%b1%d8%a7-%d8%a7%d9%84%d8%b7%d9%8a%d8%b1%d8%a7%d9%86-%d9%88%d8%a7%d9%84%d8%b3%d9%8a%d8%a7%d8%ad%d8%a9-%d9%8a%d8%b4%d9%87%d8%af%d8%a7%d9%86-%d8%a7%d9%84%d8%a7%d8%ad%d8%aa%d9%81",
    "2019-01-26", "no date on the stored page; the Civil Aviation Day 'الذي يوافق 26 يناير من كل عام', celebrated at the opening of Sphinx airport, and 'أمس الجمعة' for the first flight give Sat 26 Jan 2019 (followmenews '/2019/01/26/' reports the same ceremony); headline kept from the page; the last, truncated sentence dropped; no date of its own in the text", False, """
وزيرا الطيران والسياحة يشهدان الاحتفال بعيد الطيران من مطار سفنكس
حضر الفريق يونس المصري، وزير الطيران المدني، والدكتورة رانيا المشاط، وزيرة السياحة، احتفالية وزارة الطيران بعيد الطيران المدني الذي يوافق 26 يناير من كل عام، بالتزامن مع بدء التشغيل الرسمي لمطار سفنكس الدولي.
وتضمن حفل الاستقبال في المطار عرضا قدمه أطفال بالزي الفرعوني، وحرص الوزير على التقاط الصور التذكارية معهم.
وشهد مطار سفنكس الدولي، أمس الجمعة، انطلاق أول رحلة للشركة الوطنية مصر للطيران إكسبريس، وهي قادمة من مطار أسوان وعلى متنها 70 راكبا.
ومن المقرر أن تسيّر مصر للطيران للخطوط الداخلية من مطار سفنكس الدولي نحو 15 رحلة أسبوعيًا من 25 يناير حتى 9 فبراير، لخدمة الحركة الداخلية خلال إجازة نصف العام الدراسي.
ويلقى الحجز على رحلات الشركة الداخلية من مطار سفنكس إلى المطارات الأخرى إقبالا كثيفا تبلغ معه نسبة الإشغال 100%، خاصة على رحلات الأقصر وأسوان بحكم طبيعة الفصل الحالي، في حين يبقى الإقبال متوسطا على رحلات شرم الشيخ والغردقة.
""", [
    ev("sphinx-ceremony", "احتفالية وزارة الطيران بعيد الطيران المدني", CEREMONY, "'الذي يوافق 26 يناير من كل عام': the ceremony of Sat 26 Jan 2019, the publication day"),
    ev("first-flight-aswan", "انطلاق أول رحلة للشركة الوطنية مصر للطيران إكسبريس", FIRSTDAY, "'أمس الجمعة' from Sat 26 = Fri 25 Jan 2019"),
    ev("mid-year-programme", "15 رحلة أسبوعيًا من 25 يناير حتى 9 فبراير", PROGRAMME[0], "'من 25 يناير حتى 9 فبراير', 'خلال إجازة نصف العام الدراسي' = 25 Jan - 9 Feb 2019", end=PROGRAMME[1]),
])
art(S, "https://www.followmenews.com/2019/01/26/%d8%a7%d9%84%d8%b7%d9%8a%d8%b1%d8%a7%d9%86-%d8%a7%d9%81%d8%aa%d8%aa%d8%a7%d8%ad-%d9%85%d8%b7%d8%a7%d8%b1-%d8%a7%d9%84%d8%b9%d8%a7%d8%b5%d9%85%d8%a9-%d8%a7%d9%84%d8%a5%d8%af%d8%a7%d8%b1%d9%8a",
    "2019-01-26", "date in the URL '/2019/01/26/' (a Saturday); the body's 'اليوم السبت' agrees; the source line 'الدستور' dropped; headline kept from the page; no date of its own in the text", False, """
"الطيران": افتتاح مطار العاصمة الإدارية أبريل المقبل
أعلن الفريق يونس المصري، وزير الطيران المدني، أن مطار العاصمة الإدارية سيُفتتح في أبريل المقبل، على أن يُفتتح مطار برنيس الدولي نهاية ٢٠١٩.
وأضاف المصري أن تشغيل مطار سفنكس الدولي يشكل نقلة للتنمية المستدامة في مصر، لكونه شريانا جديدا للسياحة.
وأشار وزير الطيران، خلال احتفالية عيد الطيران المدني المقامة في مطار سفنكس، إلى أن طلبات كثيرة وردت من دول وشركات وطنية وخاصة للتشغيل في المطار، لكن الوزارة حرصت على فترة التشغيل التجريبي للاطمئنان على المستخدمين.
وتحتفل المطارات المصرية كافة ومصر للطيران، اليوم السبت، بعيد الطيران المدني المصري الـ89، الذي يتزامن هذا العام مع تشغيل رحلات مصر للطيران من مطار سفنكس.
ويُخلّد هذا التاريخ ذكرى اليوم الذي أقلع فيه الطيار المصري محمد صدقي من مطار برلين، في رحلة مثيرة عبر أوروبا، على متن طائرة اشتراها من ألمانيا بماله الخاص وسماها "فايزة" نسبة إلى الأميرة فايزة ابنة الملك فؤاد الأول، فطار بها منفردا من برلين متنقلا من مكان إلى آخر حتى بلغ القاهرة يوم 26 من يناير عام 1930.
""", [
    ev("capital-airport-opening", "أن مطار العاصمة الإدارية سيُفتتح في أبريل المقبل", "2019-04-01", "'في أبريل المقبل' = April 2019, the date announced (my span; the airport's opening slipped later)", end="2019-05-01"),
    ev("sphinx-ceremony", "خلال احتفالية عيد الطيران المدني المقامة في مطار سفنكس", CEREMONY, "no own expression; the ceremony of Sat 26 Jan 2019 ('اليوم السبت' below)"),
    ev("civil-aviation-day", "وتحتفل المطارات المصرية كافة ومصر للطيران، اليوم السبت، بعيد الطيران", CEREMONY, "'اليوم السبت' = Sat 26 Jan 2019"),
    ev("first-flights-sphinx", "يتزامن هذا العام مع تشغيل رحلات مصر للطيران من مطار سفنكس", FIRSTDAY, "'هذا العام' (2019); EgyptAir's flights from Sphinx began on Fri 25 Jan 2019 (almesryoon 'اليوم الجمعة')"),
    ev("sedki-flight-1930", "حتى بلغ القاهرة يوم 26 من يناير عام 1930", "1930-01-26", "'يوم 26 من يناير عام 1930'"),
])

# ---------------------------------------------------------------- jordan-aleppo-airport-rj-trial-flight-2025
S = "jordan-aleppo-airport-rj-trial-flight-2025"
REOPEN = "2025-03-18"       # Aleppo airport reopened to air traffic, Tue 18 Mar 2025
MUSTU = "2025-03-22"        # Haitham Mustu (Jordan's CARC) announced the trial flight, Sat 22 Mar 2025
TRIAL = "2025-03-23"        # Royal Jordanian's trial flight landed at Aleppo, Sun 23 Mar 2025
art(S, "https://www.alwakeelnews.com/Section_1/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D9%85%D8%AD%D9%84%D9%8A%D8%A9/%D8%A7%D9%84%D8%B7%D9%8A%D8%B1%D8%A7%D9%86-%D8%A7%D9%84%D9%85%D8%AF%D9%86%D9%8A-%D8%AA%D8%B3%D9%8A%D9%8A%D8%B1-%D8%B1%D8%AD%D9%84%D8%A9-%D8%AC%D9%88%D9%8A%D8%A9-%D8%AA%D8%AC%D8%B1%D9%8A%D8%A8%D9%8A%D8%A9-%D9%84%D8%AA%D9%82%D9%8A%D9%8A%D9%85-%D8%A3%D9%85%D9%86-%D9%88%D8%B3%D9%84%D8%A7%D9%85%D8%A9-%D9%85%D8%B7%D8%A7%D8%B1-%D8%AD%D9%84%D8%A8_724034",
    "2025-03-22", "no date in the stored text; the body's 'اليوم السبت' with 'اعتبارا من يوم الثلاثاء 18 آذار الجاري' (Tue 18 Mar 2025): the Saturday after the reopening and before the trial flight of Sun 23 Mar is 22 Mar 2025, and syria.news of 23 Mar says Mustu spoke 'السبت'; headline rendered from the URL slug; the stored text starts mid-article ('وأضاف مستو'), its first sentence re-worded as 'وقال مستو'; the related-news list dropped; no date of its own in the text", False, """
الطيران المدني: تسيير رحلة جوية تجريبية لتقييم أمن وسلامة مطار حلب
وقال مستو، اليوم السبت، إن الرحلة التجريبية سيرافقها فريق أردني لإجراء تقييم فني لأمن مطار حلب الدولي وسلامته.
وأوضح أن الخطوط الجوية الملكية الأردنية تقدمت بطلب رسمي إلى هيئة تنظيم الطيران المدني لتسيير رحلاتها الجوية إلى مطار حلب الدولي، بعدما سُمح لها سابقا بتسيير رحلاتها إلى مطار دمشق الدولي.
وكانت الهيئة العامة للطيران المدني السوري قد أعلنت إعادة تشغيل مطار حلب الدولي اعتبارا من يوم الثلاثاء 18 آذار الجاري أمام حركة الطيران.
وأكدت الهيئة أن مطار حلب الدولي بات جاهزا لاستقبال الرحلات الجوية بعد استكمال كل التجهيزات الفنية والإدارية، مرحّبة بكل شركات الطيران الراغبة في تسيير رحلاتها من المطار وإليه.
وكانت هيئة تنظيم الطيران المدني قد سمحت لشركات طيران أردنية بتسيير رحلاتها إلى مطار دمشق الدولي، بعد إجراء تقييم شامل لمطار دمشق الدولي وللمجال الجوي السوري.
""", [
    ev("mustu-statement", "وقال مستو، اليوم السبت", MUSTU, "'اليوم السبت' = Sat 22 Mar 2025 (the publication day)"),
    ev("trial-flight", "الرحلة التجريبية سيرافقها فريق أردني لإجراء تقييم فني", TRIAL, "no own expression; the trial flight landed at Aleppo on Sun 23 Mar 2025 (syria.news 'اليوم الاحد', aletihad 'أمس')"),
    ev("rj-request", "أن الخطوط الجوية الملكية الأردنية تقدمت بطلب رسمي", REOPEN, "no own expression; RJ's request, between the reopening of Tue 18 Mar and Mustu's statement of Sat 22 Mar 2025 (my span)", end="2025-03-23"),
    ev("aleppo-reopening", "إعادة تشغيل مطار حلب الدولي اعتبارا من يوم الثلاثاء 18 آذار الجاري", REOPEN, "'اعتبارا من يوم الثلاثاء 18 آذار الجاري' = Tue 18 Mar 2025"),
    ev("damascus-permission", "قد سمحت لشركات طيران أردنية بتسيير رحلاتها إلى مطار دمشق الدولي", "2025-01-07", "no own expression; the permission followed the assessment begun with the trial flight to Damascus of Tue 7 Jan 2025 and came before RJ's first Damascus flight of Fri 31 Jan 2025 (my span 7-30 Jan)", end="2025-01-31"),
])
art(S, "https://www.syria.news/8a9d3766-23032512.html",
    "2025-03-23", "page line '23.03.2025 | 15:49' (kept as the second line; 23 Mar 2025 was a Sunday); the URL's id '23032512' and the body's 'اليوم الاحد' agree; the closing 'سيريانيوز', the tag line and an unrelated news item dropped; headline kept from the page", True, """
أول رحلة جوية أردنية... وفد أردني يصل إلى مطار حلب
23.03.2025 | 15:49
حطّت اليوم الاحد في مطار حلب الدولي أول رحلة جوية أردنية، بعد انقطاع دام 14 سنة.
وأفادت مصادر إعلامية بأن الوفد الذي كان على متن الطائرة وصل إلى مطار حلب، في خطوة "تعزز التعاون بين سوريا والأردن وتؤكد عودة النشاط المدني للمطار".
وتأتي الرحلة بعد أيام على إعادة تشغيل مطار حلب الدولي أمام حركة الطيران واستعداده لاستئناف الرحلات الجوية، إثر توقف 3 اشهر أعقب العملية العسكرية التي أطاحت بنظام الأسد.
وكان رئيس مجلس مفوضي هيئة تنظيم الطيران المدني هيثم مستو قد أعلن السبت أن رحلة "تجريبية" ستُسيَّر إلى مطار حلب الدولي لإجراء تقييم شامل قبل البت في قرار تسيير رحلات جوية من الأردن إلى سوريا.
""", [
    ev("trial-flight", "حطّت اليوم الاحد في مطار حلب الدولي أول رحلة جوية أردنية", TRIAL, "'اليوم الاحد' = Sun 23 Mar 2025"),
    ev("aleppo-reopening", "بعد أيام على إعادة تشغيل مطار حلب الدولي", REOPEN, "'بعد أيام': the reopening of Tue 18 Mar 2025 (alwakeel 'يوم الثلاثاء 18 آذار الجاري')"),
    ev("assad-ouster-offensive", "العملية العسكرية التي أطاحت بنظام الأسد", "2024-11-27", "no own expression; the offensive of 27 Nov - 8 Dec 2024 that ended with the fall of Assad ('توقف 3 اشهر' before March 2025)", end="2024-12-09"),
    ev("mustu-statement", "قد أعلن السبت أن رحلة", MUSTU, "'السبت' from Sun 23 = Sat 22 Mar 2025"),
])
art(S, "https://aletihad.ae/news/%D8%B9%D8%B1%D8%A8%D9%8A-%D9%88%D8%AF%D9%88%D9%84%D9%8A/4561537/%D9%88%D8%B5%D9%88%D9%84-%D8%B7%D8%A7%D8%A6%D8%B1%D8%A9-%D8%A3%D8%B1%D8%AF%D9%86%D9%8A%D8%A9-%D8%A5%D9%84%D9%89-%D9%85%D8%B7%D8%A7%D8%B1-%D8%AD%D9%84%D8%A8-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A",
    "2025-03-24", "page line '24 مارس 2025 02:46' (kept as the second line; 24 Mar 2025 was a Monday); the header 'الإثنين 21 يوليو 2025' (the day the page was stored), the menu lines and the dateline 'دمشق (وكالات)' dropped; the last, truncated sentence cut to its complete part; headline kept from the page", True, """
وصول طائرة أردنية إلى مطار حلب الدولي
24 مارس 2025 02:46
أعلنت السلطات السورية، أمس، وصول أول رحلة جوية أردنية مباشرة إلى مطار حلب الدولي.
وأفادت الوكالة العربية السورية للأنباء «سانا» بأن الرحلة وصلت أمس وعلى متنها وفد رسمي من عمّان، في خطوة تعزز التعاون بين سوريا والأردن وتؤكد عودة النشاط المدني إلى المطار.
وكانت الخطوط الجوية الملكية الأردنية قد أعلنت، أمس، تسيير رحلة جوية تجريبية إلى مطار حلب الدولي، تمهيدا لاستئناف رحلاتها إلى حلب بعد توقف دام أربعة عشر عاماً.
ونقلت قناة المملكة الأردنية عن الرئيس التنفيذي للملكية الأردنية سامر المجالي قوله إن الملكية الأردنية أول شركة طيران دولية تهبط في مطار حلب الدولي.
وأوضح المجالي أن الرحلة التجريبية أقلّت وفدا من الملكية الأردنية والطيران المدني الأردني والجهات المعنية للاطلاع على تجهيزات مطار حلب، مبينا أن رحلات رسمية ستُسيَّر إلى مطار حلب الشهر المقبل إذا اكتملت التجهيزات.
ويُذكر أن الملكية الأردنية استأنفت الطيران إلى مطار دمشق الدولي الشهر الماضي.
""", [
    ev("trial-flight", "أعلنت السلطات السورية، أمس، وصول أول رحلة جوية أردنية", TRIAL, "'أمس' from Mon 24 = Sun 23 Mar 2025"),
    ev("rj-trial-announcement", "قد أعلنت، أمس، تسيير رحلة جوية تجريبية إلى مطار حلب الدولي", TRIAL, "'أمس' from Mon 24 = Sun 23 Mar 2025"),
    ev("majali-statement", "ونقلت قناة المملكة الأردنية عن الرئيس التنفيذي", TRIAL, "no own expression; Samer Majali's words on the day of the trial flight, Sun 23 Mar 2025"),
    ev("rj-damascus-resumption", "استأنفت الطيران إلى مطار دمشق الدولي الشهر الماضي", "2025-01-31", "'الشهر الماضي' (February from March) is loose: RJ's first commercial flight to Damascus was on Fri 31 Jan 2025 (alkhaleejalaan, alanba; outside knowledge)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 300)
                            if i != 201 and i != 296
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

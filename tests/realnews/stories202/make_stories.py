"""Builds stories.jsonl: the two-hundred-and-second evaluation set of real Arabic news stories (several
articles per story, from different outlets, published on different days), bodies re-worded sentence by
sentence, every date/time expression kept verbatim, gold events keyed across each story (same format
and checks as tests/realnews/stories120/make_stories.py). Domain: evictions and demolitions (the mass
demolition of Wadi al-Hummus in Sur Baher, the demolition drive and court freeze at Khan al-Ahmar, the
army-enforced removal of Syrian refugees' cement shelters in Arsal, the razing of Casablanca's Souk
Dallas flea market). None of these stories is in the dev set, the other tests/realnews/* or data/* sets,
nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- palestine-wadi-hummus-demolitions-2019
S = "palestine-wadi-hummus-demolitions-2019"
art(S, "https://m2.youm7.com/story/2019/7/22/صور-إسرائيل-تبدأ-هدم-المنازل-فى-صور-باهر-الفلسطينية-على/4343804",
    "2019-07-22", "date in the URL '/story/2019/7/22/' and page stamp 'الإثنين، 22 يوليو 2019 07:04 ص' (kept as first line); 22 Jul 2019 was a Monday, the day the Wadi al-Hummus demolitions began; the Reuters tag '(الضفة الغربية) - (رويترز)', photo captions and share box dropped; the sentence on the residents' deadline ('يوم الجمعة', contradicted by other reports: Thursday 18 Jul) and the truncated rest dropped", True, """
الإثنين، 22 يوليو 2019 07:04 ص
صور.. إسرائيل تبدأ هدم المنازل في "صور باهر" الفلسطينية على مشارف القدس
شرعت قوات إسرائيلية في جنح الليل، اليوم الاثنين، في التأهب لهدم منازل قريبة من جدار عسكري على مشارف القدس، في مواجهة احتجاجات فلسطينية وانتقادات دولية.
واتجهت جرافات يرافقها مئات الجنود وعناصر الشرطة الإسرائيلية إلى بلدة صور باهر الفلسطينية الواقعة على أطراف القدس الشرقية.
ويخشى الفلسطينيون أن يغدو هدم المباني في القرية المحاذية للسياج سابقة تعقبها عمليات هدم مشابهة في بلدات أخرى على امتداد الجدار الذي يمتد مئات الكيلومترات حول الضفة الغربية المحتلة وفي داخلها.
ويشكل الهدم الوشيك أحدث فصول جدل طويل حول مستقبل القدس التي يقطنها أكثر من 500 ألف إسرائيلي ونحو 300 ألف فلسطيني.
وكانت المحكمة العليا الإسرائيلية قد قضت في يونيو بأن هذه المباني تخالف حظرا مفروضا على البناء في المنطقة.
""", [
    ev("demolition-start", "شرعت قوات إسرائيلية في جنح الليل، اليوم الاثنين", "2019-07-22", "'في جنح الليل، اليوم الاثنين' = the small hours of Mon 22 Jul 2019"),
    ev("bulldozers-move-in", "واتجهت جرافات يرافقها مئات الجنود", "2019-07-22", "no own expression; the convoy entered Sur Baher before dawn on Mon 22 Jul 2019"),
    ev("court-ruling", "قد قضت في يونيو", "2019-06-01", "'في يونيو' = June 2019 (the Supreme Court's ruling, 11 Jun 2019)", end="2019-07-01"),
])
art(S, "https://felesteen.news/post/49696/%D8%A7%D9%84%D8%AC%D8%B1%D9%8A%D9%85%D8%A9-%D9%85%D8%B3%D8%AA%D9%85%D8%B1%D8%A9-%D8%A7%D9%84%D8%A7%D8%AD%D8%AA%D9%84%D8%A7%D9%84-%D9%8A%D8%B4%D8%B1%D8%B9-%D8%A8%D8%B9%D9%85%D9%84%D9%8A%D8%A7%D8%AA-%D9%87%D8%AF%D9%85-%D8%B9%D8%B4%D8%B1%D8%A7%D8%AA-%D8%A7%D9%84%D9%88%D8%AD%D8%AF%D8%A7%D8%AA-%D8%A7%D9%84%D8%B3%D9%83%D9%86%D9%8A%D8%A9-%D8%A8%D8%A7",
    "2019-07-22", "no stamp or URL date in the stored page: fixed by the body's 'صباح اليوم الاثنين' for the start of the Wadi al-Hummus demolitions (Mon 22 Jul 2019) and 'منذ ساعات الصباح' (written the same day); the (truncated) URL slug not used as a headline; the truncated last sentence dropped; no date of its own in the text", False, """
شرعت قوات كبيرة من جيش الاحتلال صباح اليوم الاثنين في عمليات هدم طالت عددا من المباني في منطقة واد الحمص ببلدة صور باهر جنوب شرق القدس المحتلة.
واقتحمت شرطة الاحتلال الحي معززة بوحدات خاصة وفرضت عليه طوقا، ثم أخلت المئات من سكانه وزرعت "الديناميت" في منازلهم تمهيدا لنسفها.
ومنذ ساعات الصباح هدمت 8 بنايات سكنية ومنزلا في الحي تعود لعائلات عميرة والأطرش وأبو حامد والكسواني.
وجاء حصار الحي ونسف المنازل وإخلاء أصحابها بعد أن انقضت يوم الخميس الماضي المهلة التي حددتها المحكمة العليا الإسرائيلية، إذ خيّرت السكان بين هدم منازلهم بأيديهم وبين أن تتولى سلطات الاحتلال الهدم بحجة قربها من جدار الفصل العنصري.
ونقل شهود عيان أن المئات من جنود الاحتلال اقتحموا واد الحمص الواقع داخل جدار الفصل ترافقهم جرافات ضخمة، وأغلقوا المنطقة إغلاقا محكما ومنعوا المواطنين والصحفيين من بلوغها.
وأرغم الاحتلال السكان على إخلاء المباني بالقوة بعدما رفضوا مغادرة منازلهم، فافترشوا الأرض دون أن يتمكنوا من إخراج شيء من حاجاتهم الشخصية، وتعرضوا للضرب على أيدي الجنود.
""", [
    ev("demolition-start", "شرعت قوات كبيرة من جيش الاحتلال صباح اليوم الاثنين", "2019-07-22", "'صباح اليوم الاثنين' = Mon 22 Jul 2019"),
    ev("daytime-demolitions", "ومنذ ساعات الصباح هدمت 8 بنايات سكنية", "2019-07-22", "'منذ ساعات الصباح' of Mon 22 Jul 2019"),
    ev("deadline-expired", "بعد أن انقضت يوم الخميس الماضي المهلة", "2019-07-18", "'يوم الخميس الماضي' before Mon 22 Jul = Thu 18 Jul 2019 (other reports: the deadline ran 'حتى الـ18 من يوليو')"),
    ev("forced-eviction", "وأرغم الاحتلال السكان على إخلاء المباني بالقوة", "2019-07-22", "no own expression; the residents were forced out during the raid of Mon 22 Jul 2019"),
])
art(S, "https://nbprs.ps/2019/07/23/%d8%b3%d9%84%d8%b7%d8%a7%d8%aa-%d8%a7%d9%84%d8%a7%d8%ad%d8%aa%d9%84%d8%a7%d9%84-%d8%aa%d9%81%d8%ac%d9%91%d8%b1-%d8%a8%d9%86%d8%a7%d9%8a%d8%a9-%d8%b3%d9%83%d9%86%d9%8a%d8%a9-%d8%ac%d8%af%d9%8a%d8%af",
    "2019-07-23", "date in the URL '/2019/07/23/' (a Tuesday); the body's 'مساء امس الاثنين' agrees (the Abu Tir building was blown up on the evening of Mon 22 Jul); headline rendered from the URL slug; the stray leading dash dropped; the source's 'منذ فجر اليوم الاثنين' (carried over from Monday's statements) kept verbatim; no date of its own in the text", False, """
سلطات الاحتلال تفجّر بناية سكنية جديدة في واد الحمص
واصلت سلطات الاحتلال الإسرائيلي مساء امس الاثنين هدم المنازل في وادي الحمص ببلدة صور باهر في مدينة القدس.
وأفادت مصادر محلية بأن قوات الاحتلال نسفت بناية سكنية جديدة في حي واد الحمص بالقدس، وذلك بعد ساعات قليلة من هدم عشرات المنازل في المكان ذاته بذريعة البناء دون ترخيص وبأنها تشكل خطرا على المستوطنين وعلى قوات الأمن الإسرائيلية.
ودانت الرئاسة الفلسطينية ورئاسة الوزراء والمجلس الوطني والفصائل ومؤسسات وشخصيات رسمية وشعبية، إلى جانب الاتحاد الأوروبي ودول أوروبية وعربية والأمم المتحدة، جريمة التطهير العرقي التي ترتكبها سلطات الاحتلال منذ فجر اليوم الاثنين بحق 16 بناية تضم نحو مئة شقة سكنية في حي واد الحمص التابع لبلدة صور باهر جنوب شرق القدس المحتلة.
وطالب هؤلاء المجتمع الدولي والمؤسسات الحقوقية والإنسانية بتحمل مسؤولياتها تجاه ما يجري، وبتوفير الحماية الدولية لشعبنا ومحاسبة قادة الاحتلال على جرائمهم.
""", [
    ev("evening-demolitions", "واصلت سلطات الاحتلال الإسرائيلي مساء امس الاثنين", "2019-07-22", "'مساء امس الاثنين' before Tue 23 Jul = the evening of Mon 22 Jul 2019"),
    ev("abu-tir-building-blown-up", "نسفت بناية سكنية جديدة في حي واد الحمص", "2019-07-22", "no own expression in the clause; the Abu Tir building was blown up at sunset on Mon 22 Jul 2019 ('مساء امس الاثنين')"),
    ev("daytime-demolitions", "بعد ساعات قليلة من هدم عشرات المنازل في المكان ذاته", "2019-07-22", "'بعد ساعات قليلة' before the evening blast of Mon 22 Jul = the daytime demolitions of Mon 22 Jul 2019"),
    ev("condemnations", "ودانت الرئاسة الفلسطينية ورئاسة الوزراء", "2019-07-22", "no own expression; the statements of Mon 22 Jul 2019, the day of the demolitions"),
    ev("demolition-start", "منذ فجر اليوم الاثنين", "2019-07-22", "'منذ فجر اليوم الاثنين' = from dawn of Mon 22 Jul 2019 (carried over from Monday's statements)"),
])
art(S, "https://www.amad.ps/ar/printPost/306503",
    "2019-07-24", "page stamp 'تاريخ النشر : 2019-07-24 09:53' (kept as first line); 24 Jul 2019 was a Wednesday, and the body's 'الأربعاء' agrees; the dateline tag 'أمد/ القاهرة:' shortened; the truncated last sentence ('وأكد البيان') dropped", True, """
تاريخ النشر : 2019-07-24 09:53
إدانات عربية لهدم منازل "واد الحمص".. ومصر تدعو لاستئناف مفاوضات السلام
القاهرة: تواصل الدول العربية الأربعاء إداناتها لإقدام جيش الاحتلال على هدم عشرات المنازل في "واد الحمص" بقرية صور باهر في مدينة القدس المحتلة.
ودانت جمهورية مصر العربية التصعيد الذي تشهده القدس المحتلة بهدم سلطات الاحتلال الإسرائيلي عدة مبانٍ سكنية في 'واد الحمص' جنوب المدينة، وأعلنت رفضها أي أعمال من شأنها تغيير الوضع القائم في القدس بما يخالف مقررات الشرعية الدولية ذات الصلة وسائر الاتفاقات الدولية والإنسانية.
ونبهت الخارجية المصرية في بيان إلى خطورة انعكاس هذه الأعمال على جهود تحقيق السلام العادل والشامل، مؤكدة موقف مصر الثابت في دعم الحقوق المشروعة للشعب الفلسطيني، والعمل على استئناف المفاوضات من أجل دفع عملية السلام على أساس حل الدولتين وفق مقررات الشرعية الدولية.
كذلك دانت وزارة الخارجية والتعاون الدولي هدم سلطات الاحتلال عددا من المباني السكنية في حي وادي الحمص بصور باهر في القدس المحتلة، وشدد بيانها على أن "الإمارات العربية المتحدة تستنكر بشدة هذه الأعمال المخالفة للقانون الدولي والتهجير القسري للقاطنين".
""", [
    ev("arab-condemnations", "تواصل الدول العربية الأربعاء إداناتها", "2019-07-24", "'الأربعاء' = Wed 24 Jul 2019 (the stamp)"),
    ev("demolition-start", "لإقدام جيش الاحتلال على هدم عشرات المنازل", "2019-07-22", "no own expression; the demolitions of Mon 22 Jul 2019"),
    ev("egypt-condemns", "ودانت جمهورية مصر العربية التصعيد", "2019-07-23", "no own expression; the Egyptian foreign ministry's statement reported in this Wednesday-morning roundup: Tue 23 or Wed 24 Jul 2019 (my span)", end="2019-07-25"),
    ev("uae-condemns", "كذلك دانت وزارة الخارجية والتعاون الدولي", "2019-07-23", "no own expression; the UAE ministry's statement reported in the same roundup: Tue 23 or Wed 24 Jul 2019 (my span)", end="2019-07-25"),
])

# ---------------------------------------------------------------- palestine-khan-al-ahmar-demolition-freeze-2018
S = "palestine-khan-al-ahmar-demolition-freeze-2018"
art(S, "https://ultrapal.ultrasawt.com/%D8%A7%D8%B9%D8%AA%D8%AF%D8%A7%D8%A1%D8%A7%D8%AA-%D9%88%D8%A7%D8%B9%D8%AA%D9%82%D8%A7%D9%84%D8%A7%D8%AA-%D8%AE%D9%84%D8%A7%D9%84-%D8%AA%D9%87%D8%AC%D9%8A%D8%B1-%D8%A7%D9%84%D8%AE%D8%A7%D9%86-%D8%A7%D9%84%D8%A3%D8%AD%D9%85%D8%B1-%D8%B5%D9%88%D8%B1-%D9%88%D9%81%D9%8A%D8%AF%D9%8A%D9%88/%D8%A7%D9%84%D8%AA%D8%B1%D8%A7-%D9%81%D9%84%D8%B3%D8%B7%D9%8A%D9%86/%D8%AA%D9%82%D8%A7%D8%B1%D9%8A%D8%B1/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1",
    "2018-07-04", "date line '04-يوليو-2018' at the head of the stored text (kept as first line); 4 Jul 2018 was a Wednesday, the day the bulldozers moved on Khan al-Ahmar; headline rendered from the URL slug; the embedded media code blocks dropped; the truncated last words ('أمام جرافات الاح...') cut to the complete clause", True, """
04-يوليو-2018
اعتداءات واعتقالات خلال تهجير الخان الأحمر
اعتقلت قوات الاحتلال 8 نشطاء بينهم سيدات، واعتدت على 35 آخرين، خلال أعمال هدم في الخان الأحمر شرق القدس، مع انطلاق الإجراءات النهائية الرامية إلى تهجير سكانه.
وهدمت جرافات الاحتلال 10 منازل في تجمع أبو النوار، ودفعت بتعزيزات كبيرة إلى المنطقة لقمع أهلها والمعتصمين فيها، وذلك قبل يومين من بدء سريان الأمر القاضي بإغلاق منطقة الخان الأحمر بالكامل وتحويلها إلى منطقة عسكرية، وسط توقعات باستمرار أعمال الهدم خلال اليومين المقبلين.
وبحسب الهلال الأحمر، تعاملت طواقمه مع 35 إصابة نقلت إلى المستشفيات لتلقي العلاج، جراء الاعتداءات التي وقعت بعد أن شكّل الأهالي والنشطاء سلسلة بشرية.
""", [
    ev("activists-arrested", "اعتقلت قوات الاحتلال 8 نشطاء بينهم سيدات", "2018-07-04", "no own expression; the raid of Wed 4 Jul 2018 (the date line)"),
    ev("abu-nuwar-demolitions", "وهدمت جرافات الاحتلال 10 منازل في تجمع أبو النوار", "2018-07-04", "no own expression; Wed 4 Jul 2018 (the date line)"),
    ev("military-zone", "قبل يومين من بدء سريان الأمر", "2018-07-06", "'قبل يومين' after Wed 4 Jul = Fri 6 Jul 2018 (the closure order; another report: 'بدءًا من يوم الجمعة')"),
    ev("human-chain", "بعد أن شكّل الأهالي والنشطاء سلسلة بشرية", "2018-07-04", "no own expression; the human chain against the bulldozers on Wed 4 Jul 2018"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=11610077",
    "2018-07-04", "SPA date line 'القدس المحتلة 20 شوال 1439 هـ الموافق04 يوليو 2018 م واس' (kept as first line, with the source's missing space); 4 Jul 2018 was a Wednesday; the closing SPA codes '// انتهى // 12:52ت م 0060 www.spa.gov.sa/1781681' and 'مشاركة :' dropped", True, """
القدس المحتلة 20 شوال 1439 هـ الموافق04 يوليو 2018 م واس
تصدى الفلسطينيون ونشطاء المقاومة الشعبية في تجمع الخان الأحمر البدوي جنوب شرق القدس لجرافات الاحتلال الإسرائيلي بصدورهم العارية.
وبحسب مصادر فلسطينية، شكّل النشطاء والأهالي سلسلة بشرية بأجسادهم لمنع جرافات الاحتلال وآلياته من هدم المساكن والمنشآت في الخان الأحمر وتشريد سكانه.
تجدر الإشارة إلى أن جرافات الاحتلال شرعت صباح اليوم في شق طريق يصل بين الشارع الرئيسي ومنطقة الخان الأحمر، وأزالت الحواجز الحديدية المحاذية للشارع تمهيدا لوصول الآليات الثقيلة ومعدات الاحتلال إلى المنطقة وهدمها.
يذكر أن سكان الخان الأحمر ينحدرون من صحراء النقب، وقد استقروا في بادية القدس في العام 1953 إثر تهجيرهم القسري على يد الاحتلال الإسرائيلي، ويفتقر التجمع إلى الخدمات الأساسية كالكهرباء والماء وشبكات الاتصال والطرق بفعل سياسات المنع التي يفرضها الاحتلال على المواطنين هناك بهدف تهجيرهم.
""", [
    ev("human-chain", "شكّل النشطاء والأهالي سلسلة بشرية بأجسادهم", "2018-07-04", "no own expression in the clause; Wed 4 Jul 2018 (the date line)"),
    ev("access-road-opened", "شرعت صباح اليوم في شق طريق", "2018-07-04", "'صباح اليوم' = the morning of Wed 4 Jul 2018"),
    ev("settled-1953", "وقد استقروا في بادية القدس في العام 1953", "1953-01-01", "'في العام 1953' = the year 1953", end="1954-01-01"),
])
art(S, "https://palsawa.com/post/158413/العليا-الإسرائيلية-تجمد-قرار-هدم-تجمع-الخان-الأحمر",
    "2018-07-05", "no stamp or URL date in the stored page: fixed by the body's 'مساء اليوم الخميس' for the Supreme Court's freeze order and 'عصر اليوم الخميس' for the bulldozers' withdrawal (the interim order of late Thu 5 Jul 2018, with the state to reply by 11 Jul); the truncated end of the last sentence dropped; no date of its own in the text", False, """
العليا الإسرائيلية تجمد قرار هدم تجمع الخان الأحمر
أصدرت المحكمة العليا الإسرائيلية مساء اليوم الخميس قرارا يقضي بتجميد هدم تجمع الخان الأحمر.
وأفادت وكالة الأنباء الرسمية بأن محامي هيئة مقاومة الجدار والاستيطان نجحوا في انتزاع أمر احترازي بوقف هدم التجمع.
وذكر موقع "عرب 48" أن المحكمة العليا جمّدت أوامر الهدم الصادرة بحق المنازل والمنشآت في قرية خان الأحمر البدوية جنوب القدس في الضفة الغربية المحتلة، إلى حين البت في التماس الأهالي، حتى موعد أقصاه 11 تموز/ يوليو الجاري.
وأوضح المحامي سائد قاسم أن الالتماس قُدّم إلى المحكمة العليا نحو الساعة 22:00 من مساء الخميس، وأن القاضية عنات برون أصدرت أمرها الاحترازي بتجميد الهدم.
وبيّن قاسم أن الالتماس رُفع باسم أهالي القرية، وتولاه الطاقم القانوني المؤلف من المحامين سائد قاسم وتوفيق جبارين ووئام شبيطة وغياث ناصر وعلاء محاجنة.
وأمهلت المحكمة العليا الحكومة الإسرائيلية حتى 11 تموز/ يوليو الجاري. للرد على الالتماس الذي تقدم به سكان خان الأحمر.
يذكر أن آليات الاحتلال وجرافاته انسحبت عصر اليوم الخميس من خان الأحمر، وسط أنباء إسرائيلية عن تحذير الدول الأوروبية الكبرى الخمس لإسرائيل من هدم القرية الفلسطينية.
""", [
    ev("freeze-order", "أصدرت المحكمة العليا الإسرائيلية مساء اليوم الخميس", "2018-07-05", "'مساء اليوم الخميس' = the evening of Thu 5 Jul 2018"),
    ev("petition-filed", "قُدّم إلى المحكمة العليا نحو الساعة 22:00 من مساء الخميس", "2018-07-05", "'نحو الساعة 22:00 من مساء الخميس' = about 22:00 on Thu 5 Jul 2018"),
    ev("state-reply-deadline", "وأمهلت المحكمة العليا الحكومة الإسرائيلية حتى 11 تموز/ يوليو الجاري", "2018-07-11", "'حتى 11 تموز/ يوليو الجاري' = Wed 11 Jul 2018 (scheduled)"),
    ev("bulldozers-withdraw", "انسحبت عصر اليوم الخميس من خان الأحمر", "2018-07-05", "'عصر اليوم الخميس' = the afternoon of Thu 5 Jul 2018"),
])
art(S, "https://sauress.com/alyaum/6040374",
    "2018-07-07", "no stamp or URL date in the stored page (a sauress mirror of the Saudi daily Al-Yaum): fixed by the body's 'ليل أول أمس الخميس' for the freeze order (late Thu 5 Jul 2018) and 'أمس الجمعة' for the court's statement (Fri 6 Jul), so published on Sat 7 Jul 2018; the repeated quotation of the order's wording re-worded once to keep the clauses distinct; no date of its own in the text", False, """
قررت المحكمة الإسرائيلية العليا أن توقف مؤقتا هدم السلطات لقرية خان الأحمر البدوية في الضفة الغربية المحتلة.
ويحول القرار، الذي صدر ليل أول أمس الخميس، دون هدم السلطات الإسرائيلية للقرية ريثما تقدم الدولة ردها بحلول 11 يوليو.
وجاء في بيان صدر عن المحكمة أمس الجمعة، أرفقت به نسخة من الأمر القضائي: «صدر أمر قضائي مؤقت يمنع المدعى عليهم (الدولة) من تنفيذ أوامر الهدم الصادرة ضد المباني في قرية خان الأحمر حتى تعلن الدولة ردها بحلول 11 يوليو».
وقال المحامي الإسرائيلي شلومو ليكر، الذي يمثل سكان القرية البالغ عددهم 173 شخصا، إن القرار «اتخذ في وقت متأخر مساء أول أمس الخميس».
ويأتي هذا القرار بعدما لجأ سكان القرية إلى القضاء وتقدموا بطلب لإعادة بناء القرية في موقعها الحالي.
وتقع قرية خان الأحمر البدوية شرق القدس على الطريق المؤدية إلى أريحا والبحر الميت قرب عدد من المستوطنات الإسرائيلية، وتتكون من مبانٍ هشة من الخشب وألواح الألمنيوم، كما هي الحال عموما في القرى البدوية، ويعيش سكانها فيها منذ خمسينات القرن الفائت.
""", [
    ev("freeze-order", "الذي صدر ليل أول أمس الخميس", "2018-07-05", "'ليل أول أمس الخميس' before Sat 7 Jul = the night of Thu 5 Jul 2018"),
    ev("state-reply-deadline", "ريثما تقدم الدولة ردها بحلول 11 يوليو", "2018-07-11", "'بحلول 11 يوليو' = Wed 11 Jul 2018 (scheduled)"),
    ev("court-statement", "وجاء في بيان صدر عن المحكمة أمس الجمعة", "2018-07-06", "'أمس الجمعة' = Fri 6 Jul 2018"),
    ev("residents-since-1950s", "ويعيش سكانها فيها منذ خمسينات القرن الفائت", "1950-01-01", "'منذ خمسينات القرن الفائت' = since the 1950s (settled in 1953 per another report); span of the decade", end="1960-01-01"),
])

# ---------------------------------------------------------------- lebanon-arsal-cement-shelters-demolition-2019
S = "lebanon-arsal-cement-shelters-demolition-2019"
DEADLINE = ("2019-06-30", "2019-07-02")
art(S, "https://www.annahar.com/article/989178-%D8%A7%D9%84%D9%84%D8%A7%D8%AC%D8%A6%D9%88%D9%86-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A%D9%88%D9%86-%D8%A8%D9%86%D8%A7%D8%A9-%D8%BA%D8%B1%D9%81-%D8%A7%D9%84%D8%A8%D8%A7%D8%B7%D9%88%D9%86-%D9%81%D9%8A-%D9%85%D8%AE%D9%8A%D9%85%D8%A7%D8%AA-%D8%B9%D8%B1%D8%B3%D8%A7%D9%84-%D9%8A%D8%B3%D8%A7%D8%A8%D9%82%D9%88%D9%86-%D8%A7%D9%84%D9%88%D9%82%D8%AA-%D9%81%D9%8A-%D9%87%D8%AF%D9%85%D9%87%D8%A7",
    "2019-06-25", "page stamp '25 حزيران 2019 | 17:36' (kept as first line); 25 Jun 2019 was a Tuesday; the source line 'المصدر: \"النهار\"', the photo caption and the hashtag sign of '#عرسال' dropped; the truncated last sentence cut to its complete clause", True, """
25 حزيران 2019 | 17:36
اللاجئون السوريون بناة غرف الباطون في مخيمات عرسال يسابقون الوقت في هدمها
تتعالى أصوات المعاول والمجارف داخل مخيمات اللاجئين السوريين المنتشرة في بلدة عرسال، إثر قرار المجلس الأعلى للدفاع تمديد المهلة للمخالفين حتى أول تموز المقبل، لإنجاز هدم ما تبقى من الغرف الإسمنتية التي شيّدها عدد منهم في غفلة من القانون بديلا من الخيم.
وتحتضن عرسال ما يزيد على 35 ألف نازح سوري يتوزعون على 125 مخيما داخلها وفي محيطها، إضافة إلى عدد منهم يقيمون في منازل مستأجرة أو قدّمها الأهالي.
غير أن طول مدة بقائهم في البلدة بفعل استمرار الأزمة السورية دفع عددا كبيرا منهم إلى استبدال خيم القماش والخشب بالباطون المسلح والجدران الإسمنتية، فتحولت إلى تجمعات مساكن تقطنها آلاف العائلات على مساحات واسعة متصل بعضها ببعض.
ويرى الجيش في ذلك مخاطر أمنية، إذ قد تتحصن بها أي من الخلايا الإرهابية النائمة، خصوصا أن تلك المساكن تحيط بها ممرات ضيقة ومتشابكة.
""", [
    ev("self-demolition", "تتعالى أصوات المعاول والمجارف", "2019-06-25", "no own expression; the refugees' own demolition under way on the publication day, Tue 25 Jun 2019"),
    ev("deadline", "حتى أول تموز المقبل", DEADLINE[0], "'حتى أول تموز المقبل' = the deadline of 1 Jul 2019 (other reports: 'حتى نهاية يونيو'); span 30 Jun-1 Jul", end=DEADLINE[1]),
])
art(S, "https://imlebanon.org/2019/07/01/arsal-refugees-camps",
    "2019-07-01", "date in the URL '/2019/07/01/' (a Monday, the day the army toured the camps after the deadline); the site name 'IMLebanon' dropped; the source's 'انتهت بعد المهلة' smoothed; no date in the text", False, """
300 خيمة "إسمنت" في مخيمات عرسال نحو الهدم
انتهت المهلة التي منحها الجيش للنازحين السوريين في عرسال، تنفيذا لقرار المجلس الأعلى للدفاع، لهدم خيم الإسمنت المقدرة بنحو 1400 من أصل 5700 ويبلغ ارتفاعها مترين ونصف المتر.
وجال الجيش في أرجاء بلدة عرسال للتحقق من هدم غرف الباطون التي يقطنها النازحون السوريون، في حين قدمت جمعيات أهلية ودولية الخشب وشوادر القماش لإقامة مساكن مؤقتة للنازحين بعد قرار إزالة خيم الباطون.
وتضم عرسال قرابة 126 مخيما يسكنها نحو 35 ألف نازح سوري، وقد كانت أول منطقة تشهد ظهور ما يعرف بـ"مخيمات الإسمنت"، ما أثار مخاوف كثيرة من وجود نيات لتوطين النازحين تستعيد تجربة اللجوء الفلسطيني.
وأوضح رئيس بلدية عرسال باسل الحجيري لـ"المركزية" أن "الجيش بدأ عملية هدم الخيم التي يتوقع أن تستمر أياما وسط أجواء هادئة وتجاوب من النازحين السوريين".
وأشار إلى "وجود 4 مخيمات في عرسال لم تلتزم بقرار هدم الخيم الإسمنتية يعمل الجيش الآن على هدمها، وتضم نحو 300 خيمة"، موضحا: "كبلدية سنراقب لاحقا مدى الالتزام بقرار منع الخيم الإسمنتية".
""", [
    ev("deadline", "انتهت المهلة التي منحها الجيش للنازحين السوريين", DEADLINE[0], "no own expression; the deadline that ran out at the turn of June-July 2019 (my span 30 Jun-1 Jul)", end=DEADLINE[1]),
    ev("army-tour", "وجال الجيش في أرجاء بلدة عرسال", "2019-07-01", "no own expression; the army's tour of the camps on Mon 1 Jul 2019 (the URL day; other reports: 'اليوم الإثنين')"),
    ev("army-demolition", "الجيش بدأ عملية هدم الخيم", "2019-07-01", "no own expression; the army began demolishing in the non-compliant camps on Mon 1 Jul 2019 (the URL day)"),
])
art(S, "https://jisrtv.com/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1-%d8%a7%d9%84%d8%ac%d8%b3%d8%b1/%d8%a7%d9%84%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1-%d8%a7%d9%84%d8%b3%d9%88%d8%b1%d9%8a%d8%a9/%d8%a7%d9%84%d8%ac%d9%8a%d8%b4-%d8%a7%d9%84%d9%84%d8%a8%d9%86%d8%a7%d9%86%d9%8a-%d9%8a%d8%b1%d8%a7%d9%82%d8%a8-%d8%a5%d8%b2%d8%a7%d9%84%d8%a9-%d8%a7%d9%84%d8%ba%d8%b1%d9%81-%d8%a7%d9%84%d8%a5%d8%b3%d9%85%d9%86%d8%aa%d9%8a%d8%a9-%d8%a8%d9%85%d8%ae%d9%8a%d9%85%d8%a7%d8%aa-%d8%b9%d8%b1%d8%b3%d8%a7%d9%84/",
    "2019-07-01", "page stamp 'الأثنين 2019/07/01' (kept as first line); 1 Jul 2019 was a Monday and the body's 'اليوم الإثنين' agrees; the last sentence ('لإزالة قرابة 140...') truncated in the stored page, cut to its complete clause", True, """
الأثنين 2019/07/01
الجيش اللبناني يراقب إزالة "الغرف الإسمنتية" بمخيمات عرسال
تفقد الجيش اللبناني، اليوم الإثنين، عمليات إزالة "الغرف الإسمنتية" في مخيمات اللاجئين السوريين بمدينة عرسال شرقي البلاد، وقد نُفذت الإزالة في 16 مخيما وبقيت 4.
وكان رئيس بلدية عرسال، باسل الحجيري، قد أعلن أن السلطات وافقت على منح اللاجئين السوريين المخالفين مهلة جديدة.
وقال الحجيري في تصريح للأناضول: "تحدثنا مع ضباط في الجيش، وقلنا لهم إن إزالة الغرف الإسمنتية تحتاج وقتا وتجهيزات مختلفة، وإن المنظمات غير جاهزة، وإننا نحتاج إلى مهلة إضافية".
وأضاف: "استُجيب لطلبنا، وتقرر إعطاء النازحين مهلة إضافية لم تحدد مدتها حتى الآن من أجل تسوية المخالفات"، مشددا على أنه "لن يكون هناك تحرك للجيش غدًا (الإثنين)" لإزالة الغرف المخالفة.
وعزا الحجيري قرار السلطات إزالة تلك الغرف إلى "محاربة التوطين وفكرة البقاء الكامل للسوري".
وكانت السلطات قد أمهلت اللاجئين المخالفين حتى نهاية يونيو/حزيران لإزالة هذه الغرف.
""", [
    ev("army-tour", "تفقد الجيش اللبناني، اليوم الإثنين", "2019-07-01", "'اليوم الإثنين' = Mon 1 Jul 2019"),
    ev("extension-granted", "وافقت على منح اللاجئين السوريين المخالفين مهلة جديدة", "2019-06-30", "no own expression in the clause; announced by the mayor the day before the army's expected move 'غدًا (الإثنين)' = Sun 30 Jun 2019"),
    ev("deadline", "حتى نهاية يونيو/حزيران", DEADLINE[0], "'حتى نهاية يونيو/حزيران' = end of June 2019 (other report: 'حتى أول تموز'); span 30 Jun-1 Jul", end=DEADLINE[1]),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=16251010",
    "2019-07-01", "no stamp or URL date in the stored page (a Reuters item): fixed by the body's 'اليوم الاثنين' for the troops' visit to the camps right after the deadline 'حتى 1 يوليو' (Mon 1 Jul 2019); 'مشاركة :' dropped; no date of its own in the text", False, """
ذكرت الوكالة الوطنية للإعلام في لبنان أن قوات لبنانية دخلت تجمعات للاجئين في بلدة قريبة من الحدود السورية للتحقق من هدم الجدران المشيدة من الخرسانة والطوب الإسمنتي التي تؤوي اللاجئين.
وكان الجيش قد أمهل اللاجئين في وقت سابق من هذا العام حتى 1 يوليو لإزالة أي جدار يزيد على ارتفاع الخصر.
وأوضحت الوكالة أن أربعة فقط من أصل 20 تجمعا زارتها القوات اليوم الاثنين لا تزال فيها جدران، فيما تفيد تقارير بأن الجيش انتقل إلى ثلاثة مخيمات وهدم بعض المنازل.
ويقيم في بلدة عرسال 60 ألف لاجئ في مخيمات غير رسمية أقيمت وسط الحقول.
وقالت جويل باسول، المتحدثة باسم منظمة إنقاذ الطفولة، إنه يفترض أن يُهدم ما يصل إلى 3000 منزل في عرسال، مضيفة أن اللاجئين هدموا أقل من نصف هذه المنازل.
""", [
    ev("army-tour", "أن قوات لبنانية دخلت تجمعات للاجئين", "2019-07-01", "no own expression in the clause; the visit 'اليوم الاثنين' = Mon 1 Jul 2019"),
    ev("deadline", "حتى 1 يوليو لإزالة أي جدار", DEADLINE[0], "'حتى 1 يوليو' = the deadline of 1 Jul 2019; span 30 Jun-1 Jul", end=DEADLINE[1]),
    ev("army-demolition", "انتقل إلى ثلاثة مخيمات وهدم بعض المنازل", "2019-07-01", "no own expression; the same Monday, 1 Jul 2019"),
])

# ---------------------------------------------------------------- morocco-casablanca-souk-dallas-demolition-2025
S = "morocco-casablanca-souk-dallas-demolition-2025"
ANGER = ("2025-05-13", "2025-05-20")
art(S, "https://walaw.press/city/%D8%A7%D9%84%D8%AF%D8%A7%D8%B1_%D8%A7%D9%84%D8%A8%D9%8A%D8%B6%D8%A7%D8%A1/GSSLGQM/%D8%B9%D8%A7%D8%AC%D9%84.._%D8%A3%D9%85%D9%87%D9%8A%D8%AF%D9%8A%D8%A9_%D9%8A%D9%87%D8%AF%D9%85_%D8%A3%D8%B4%D9%87%D8%B1_%D8%B3%D9%88%D9%82_%D8%A8%D8%A7%D9%84%D8%A8%D9%8A%D8%B6%D8%A7%D8%A1/%D9%85%D9%82%D8%A7%D9%84%D8%A7%D8%AA/GMPMRGPMSMRP",
    "2025-05-13", "no date stamp in the stored page (only the sidebar times, '11:38' for this item): fixed by the body's 'صباح يومه الثلاثاء' for the start of the demolition of Souk Dallas, which began on Tue 13 May 2025 (Le360: 'منذ يوم الثلاثاء 13 ماي'; the sidebar's Eid al-Adha item fits May 2025); the sidebar headlines dropped; the truncated last sentence cut to its complete clause; no date of its own in the text", False, """
عاجل.. أمهيدية يهدم أشهر سوق بالبيضاء
باشرت السلطات المحلية في منطقة الحي الحسني بمدينة الدار البيضاء، صباح يومه الثلاثاء، تنفيذ عملية هدم وإفراغ سوق دالاس، الذي يعد من أبرز الأسواق الشعبية في المنطقة.
وتندرج العملية في إطار جهود السلطات لإعادة تنظيم الفضاءات التجارية العشوائية وتحسين المشهد الحضري، لا سيما بعد شكاوى متكررة من السكان بشأن الازدحام والمشاكل البيئية والأمنية المرتبطة بالسوق.
وعبّر التجار المتضررون عن استيائهم من القرار، معتبرين أن العملية تمت دون توفير بدائل مناسبة لهم.
وأشار بعضهم إلى أن السوق كان مصدر رزق لعشرات العائلات، وأن الهدم المفاجئ قد يفضي إلى أزمات اجتماعية.
""", [
    ev("demolition-start", "باشرت السلطات المحلية في منطقة الحي الحسني بمدينة الدار البيضاء، صباح يومه الثلاثاء", "2025-05-13", "'صباح يومه الثلاثاء' = the morning of Tue 13 May 2025"),
    ev("traders-anger", "وعبّر التجار المتضررون عن استيائهم من القرار", ANGER[0], "no own expression; the traders' protests from the first day, Tue 13 May, to the later reports of Mon 19 May 2025 (my span)", end=ANGER[1]),
])
art(S, "https://al3omk.com/1070851.html",
    "2025-05-19", "no stamp in the stored page: the klyoum.com mirror of this Al3omk article shows 'نشر بتاريخ: الأثنين ١٩ أيار ٢٠٢٥ - ٠٢:٢٣' (19 May 2025 was a Monday); the body's 'منذ يوم الثلاثاء الماضي' agrees (demolition since Tue 13 May); the truncated last quotation cut to its complete clause; no date in the text", False, """
هدم سوق "دالاس" بالبيضاء يشعل جدلا بين تجاره وجيرانه ومطالب بتعويض المتضررين
لا تزال السلطات المحلية بمنطقة الحي الحسني في مدينة الدار البيضاء، منذ يوم الثلاثاء الماضي، تستعمل جرافاتها لوضع حد لأزمة العشوائيات في سوق "دالاس" الشهير، المتخصص في بيع الخردة وقطع غيار السيارات المستعملة.
وأبدى تجار سوق "دالاس"، المعروف على صعيد العاصمة الاقتصادية، غضبهم من سلسلة الهدم التي طالت أجزاء من السوق، معتبرين الخطوة تعسفية ومفاجئة ومن شأنها إلحاق أضرار اجتماعية واقتصادية بالمهنيين، بحسب تعبيرهم.
في المقابل، رحّب عدد من سكان الحي الحسني بقرار السلطات المحلية هدم السوق، مؤكدين أن "القرار ينهي زمن الفوضى التي كان يثيرها التجار، والتي خلقت العديد من المشاكل الاجتماعية والبيئية".
وقال الطاهر اليوسفي، رئيس مقاطعة الحي الحسني، إن "هدم سوق دالاس بمنطقة الحي الحسني يندرج في إطار الإصلاحات العامة التي باشرتها الدولة المغربية لإنهاء زمن العشوائيات في مختلف المدن والمناطق".
""", [
    ev("demolition-start", "منذ يوم الثلاثاء الماضي، تستعمل جرافاتها", "2025-05-13", "'منذ يوم الثلاثاء الماضي' before Mon 19 May = since Tue 13 May 2025"),
    ev("traders-anger", "وأبدى تجار سوق \"دالاس\"", ANGER[0], "no own expression; the traders' anger from Tue 13 to Mon 19 May 2025 (my span)", end=ANGER[1]),
    ev("residents-welcome", "رحّب عدد من سكان الحي الحسني بقرار السلطات المحلية", ANGER[0], "no own expression; the residents' reactions during the demolition week, 13-19 May 2025 (my span)", end=ANGER[1]),
])
art(S, "https://kawalisserif.com/2025/05/19/%d9%87%d8%af%d9%85-%d8%b3%d9%88%d9%82-%d8%af%d8%a7%d9%84%d8%a7%d8%b3-%d8%a8%d8%a7%d9%84%d8%a8%d9%8a%d8%b6%d8%a7%d8%a1-%d9%8a%d9%8f%d8%b4%d8%b9%d9%84-%d8%a7%d9%84%d8%ac%d8%af%d9%84-%d8%a8%d9%8a",
    "2025-05-19", "date in the URL '/2025/05/19/' and the stamp '19/05/2025' at the end of the stored text (moved to the first line); 19 May 2025 was a Monday; the body's 'منذ الثلاثاء الماضي' agrees; headline rendered from the (truncated) URL slug", True, """
19/05/2025
هدم سوق دالاس بالبيضاء يشعل الجدل
منذ الثلاثاء الماضي، تواصل السلطات المحلية بمنطقة الحي الحسني في مدينة الدار البيضاء تنفيذ عملية هدم واسعة تطال أجزاء من "سوق دالاس" الشهير، المتخصص في بيع الخردة وقطع غيار السيارات المستعملة، في إطار حملة رسمية لمحاربة العشوائيات وتحسين المشهد الحضري.
وقد أثارت هذه الخطوة استياء كبيرا في صفوف المهنيين والتجار، الذين رأوا أن القرار جاء مفاجئا ولم تصاحبه أي بدائل واضحة، محذرين من تبعات اجتماعية واقتصادية قد تطال عشرات الأسر التي تعتمد على السوق مورد رزق أساسيا.
في المقابل، أبدى عدد من سكان الحي ارتياحهم لهذا القرار، معتبرين أنه يضع حدا لحالة الفوضى والاختلالات البيئية والاجتماعية التي طبعت محيط السوق لسنوات.
من جهته، أوضح الطاهر اليوسفي، رئيس مقاطعة الحي الحسني، أن قرار الهدم يندرج ضمن خطة إصلاحية شاملة ترمي إلى إنهاء مظاهر العشوائية في الفضاءات الحضرية، مؤكدا أن السلطات تدرس الملف من زاوية اجتماعية بشراكة مع مجلس المدينة والمقاطعات.
وكشف اليوسفي عن نية لاقتناء عقار بديل لنقل مهنيي السوق المتضررين، بحثا عن حلول واقعية تحفظ كرامتهم وتؤمن مصدر عيشهم.
""", [
    ev("demolition-start", "منذ الثلاثاء الماضي، تواصل السلطات المحلية", "2025-05-13", "'منذ الثلاثاء الماضي' before Mon 19 May = since Tue 13 May 2025"),
    ev("traders-anger", "وقد أثارت هذه الخطوة استياء كبيرا في صفوف المهنيين والتجار", ANGER[0], "no own expression; the traders' anger from Tue 13 to Mon 19 May 2025 (my span)", end=ANGER[1]),
    ev("residents-welcome", "أبدى عدد من سكان الحي ارتياحهم لهذا القرار", ANGER[0], "no own expression; the residents' reactions during the demolition week, 13-19 May 2025 (my span)", end=ANGER[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 201)] + ['stories203', 'stories204'])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

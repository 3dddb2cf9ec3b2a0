"""Builds stories.jsonl: the 612-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: dam, canal and irrigation projects inaugurated or damaged,
and farmers' protests over irrigation water (Morocco, Egypt, Iraq, Syria, Sudan).
Stories: the inauguration of the New Assiut Barrage and its hydropower plant by President el-Sisi (Egypt,
August 2018), and the drone attack on the Merowe dam's power station (Sudan, January 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-new-assiut-barrage-inauguration-2018
S = "egypt-new-assiut-barrage-inauguration-2018"
OPEN = "2018-08-12"                        # Sisi inaugurated the New Assiut Barrage on Sun 12 Aug 2018
art(S, "https://www.elmwatin.com/498906/%d9%84%d9%81%d8%aa%d8%a9-%d9%81%d9%8a-%d8%a7%d9%81%d8%aa%d8%aa%d8%a7%d8%ad-%d9%82%d9%86%d8%a7%d8%b7%d8%b1-%d8%a3%d8%b3%d9%8a%d9%88%d8%b7-%d8%a7%d9%84%d8%ac%d8%af%d9%8a%d8%af%d8%a9%d8%b4%d8%a7%d9%87%d8%af-%d9%85%d8%a7%d8%b0%d8%a7-%d9%81%d8%b9%d9%84-%d8%a7%d9%84%d8%b1%d8%a6%d9%8a%d8%b3-%d8%a7%d9%84%d8%b3%d9%8a%d8%b3%d9%8a-%d9%85%d8%b9-%d9%85%d9%88%d8%b8%d9%81%d9%8a%d9%87",
    "2018-08-12", "date line on the page 'الأحد 12/أغسطس/2018 - 11:57 ص' (12 Aug 2018 was a Sunday); the date line, the author's name, the masthead and the reader poll dropped; headline kept from the page", True, """
لفتة في افتتاح قناطر أسيوط الجديدة .. شاهد ماذا فعل الرئيس السيسي مع موظفيه ؟
ينصت الرئيس عبد الفتاح السيسي، رئيس الجمهورية، إلى شرح لتفاصيل تشغيل مشروع قناطر أسيوط الجديدة، إذ يستمع الرئيس حاليًا إلى أحد المهندسين وهو يتحدث عن مراقبة بوابات المفيض بالقناطر والتحكم في تشغيلها، في لفتة منه لم يسبقه إليها رئيس من قبل، فهو يصغي إليهم واقفًا بينما هم جالسون أمام الشاشات.
وجاء ذلك أثناء فعاليات افتتاح قناطر أسيوط الجديدة، بحضور الدكتور محمد عبد العاطي وزير الري والموارد المائية، والوزير محمد عرفان رئيس هيئة الرقابة الإدارية، والدكتورة سحر نصر وزيرة الاستثمار والتعاون الدولي، والدكتورة غادة والي وزيرة التضامن، والمهندس ياسر الدسوقي محافظ أسيوط، وعدد كبير من القيادات السياسية والعاملين في الهيئات المختلفة، وقد تولى تنفيذ المشروع عدد من الشركات الوطنية والعالمية.
وتُعد قناطر أسيوط الجديدة ثالث أكبر مشروع مائي مقام على نهر النيل بعد السد العالي وقناطر نجع حمادي، وقد بلغت تكلفته 6 مليارات جنيه، ويستهدف المشروع تحسين حالة الري في مساحة مليون و650 فدان في 5 محافظات.
""", [
    ev("sisi-control-room", "يستمع الرئيس حاليًا إلى أحد المهندسين", OPEN, "'حاليًا' in a report stamped Sun 12 Aug 2018, 11:57; the president's visit to the control room during the opening"),
    ev("barrage-inauguration", "أثناء فعاليات افتتاح قناطر أسيوط الجديدة", OPEN, "no own expression; the opening ceremony of Sun 12 Aug 2018 (date line; albawabhnews 'اليوم الأحد')"),
])
art(S, "https://www.albawabhnews.com/print.aspx?id=3234998",
    "2018-08-12", "no date line on the stored (print) page; the body's 'اليوم الأحد' for the opening of the projects, which took place on Sun 12 Aug 2018 (elmwatin's date line 'الأحد 12/أغسطس/2018'; ahrammassai of the next day: 'أمس'); the masthead and the photo captions dropped; headline kept from the page", True, """
السيسي يتفقد غرفة تحكم قناطر أسيوط الجديدة
أجرى الرئيس عبدالفتاح السيسي جولة تفقدية في غرفة التحكم بمشروع قناطر أسيوط الجديدة، واستمع إلى شرح مفصل عن المشروع.
ويحضر الرئيس عبد الفتاح السيسي، اليوم الأحد، افتتاح مجموعة من المشروعات القومية في محافظات الصعيد "أسيوط وبني سويف وسوهاج".
كما دشن الرئيس السيسي قناطر أسيوط الجديدة ومحطتها الكهرومائية المزودة بـ٤ توربينات لإنتاج الكهرباء من الطاقة المائية، وتُعتبر القناطر أكبر مشروع مائي على نهر النيل بعد السد العالي، وهي من المشروعات التي أقامتها الدولة لتنظيم إدارة المياه في الزراعة والري في ٥ محافظات بصعيد مصر.
ويفتتح الرئيس كذلك مشروعات أخرى إلى جانب قناطر أسيوط من شأنها أن توفر آلاف فرص العمل وتخدم ملايين المواطنين في الصعيد، مثل متحف سوهاج الذي يضم مئات القطع الأثرية النادرة موزعة على ٤ محاور للعرض المتحفي الحديث، ومجمعًا صناعيًا ضخمًا في بني سويف يوفر ١٨٠٠ فرصة عمل مباشرة و٨ آلاف فرصة عمل غير مباشرة، وذلك في إطار عملية التنمية الشاملة التي تعيشها مصر حاليًا في شتى القطاعات.
""", [
    ev("sisi-control-room", "جولة تفقدية في غرفة التحكم", OPEN, "no own expression; during the opening of Sun 12 Aug 2018 ('اليوم الأحد')"),
    ev("upper-egypt-projects-opening", "افتتاح مجموعة من المشروعات القومية", OPEN, "'اليوم الأحد' = Sun 12 Aug 2018"),
    ev("barrage-inauguration", "كما دشن الرئيس السيسي قناطر أسيوط الجديدة", OPEN, "no own expression; the opening of Sun 12 Aug 2018 ('اليوم الأحد')"),
    ev("sohag-museum-opening", "مثل متحف سوهاج", OPEN, "no own expression; opened the same day, Sun 12 Aug 2018 (ahrammassai: 'كذلك افتتح ... متحف سوهاج القومي', 'أمس')"),
    ev("beni-suef-industrial-complex", "ومجمعًا صناعيًا ضخمًا في بني سويف", OPEN, "no own expression; among the projects opened on Sun 12 Aug 2018 ('اليوم الأحد')"),
])
art(S, "https://www.masress.com/ahrammassai/362543",
    "2018-08-13", "no date on the stored page (an al-Ahram al-Massai report carried by masress); the body's 'أمس' for the opening of Sun 12 Aug 2018 (elmwatin's date line 'الأحد 12/أغسطس/2018', albawabhnews 'اليوم الأحد') gives Mon 13 Aug 2018; the day is inferred from the content, the text has no weekday or date; headline written from the body (the stored text has none); the last, truncated sentence (the minister's explanation) dropped", False, """
السيسي يفتتح قناطر أسيوط الجديدة ومتحف سوهاج القومي
افتتح الرئيس عبد الفتاح السيسي، أمس، مجموعة من المشروعات القومية في الصعيد بمحافظتي أسيوط وسوهاج، من بينها قناطر أسيوط الجديدة ومحطتها الكهرومائية التي تصل تكلفتها إلى 6.5 مليار جنيه وتضم 4 توربينات لإنتاج الكهرباء من الطاقة المائية، إلى جانب متحف سوهاج القومي الذي يحوي نحو ألف قطعة أثرية وتكلف إنشاؤه 72 مليون جنيه، و25 بئرًا جوفية في الوادي الجديد افتُتحت عبر الفيديو كونفرانس، وذلك في إطار عملية التنمية الشاملة التي تعيشها مصر حاليًا في جميع القطاعات.
وقدّم الرئيس السيسي الشباب لإزاحة الستار عن مشروع القناطر الذي يُعد أكبر مشروع مائي على نهر النيل بعد السد العالي، واستمع إلى شرح مفصل عن المشروع الذي يساهم في تحسين حالة الري في مساحة مليون و650 ألف فدان بمحافظات أسيوط والمنيا وبني سويف والفيوم والجيزة، وفي تحسين الملاحة النهرية عبر إنشاء هويسين ملاحيين على أعلى مستوى تقني.
ومن جهته، شدد بسام راضي، المتحدث الرسمي باسم رئاسة الجمهورية، على أن القيادة السياسية والحكومة توليان الصعيد اهتمامًا كبيرًا، لافتًا إلى أنه سيجري إنشاء 6 مدن جديدة في الصعيد بكل ما تشمله من بنية تحتية.
كذلك افتتح الرئيس عبد الفتاح السيسي متحف سوهاج القومي، الذي يضم ست قاعات للعرض ونحو ألف قطعة أثرية.
""", [
    ev("upper-egypt-projects-opening", "افتتح الرئيس عبد الفتاح السيسي، أمس، مجموعة من المشروعات القومية", OPEN, "'أمس' in a report of Mon 13 Aug 2018 = Sun 12 Aug"),
    ev("new-valley-wells-opening", "و25 بئرًا جوفية في الوادي الجديد افتُتحت عبر الفيديو كونفرانس", OPEN, "no own expression; opened by video link among the projects of 'أمس' = Sun 12 Aug 2018"),
    ev("barrage-inauguration", "وقدّم الرئيس السيسي الشباب لإزاحة الستار عن مشروع القناطر", OPEN, "no own expression; the unveiling at the opening of Sun 12 Aug 2018 ('أمس')"),
    ev("radi-statement", "شدد بسام راضي", OPEN, "no own expression; the presidential spokesman's remarks on the day of the opening, Sun 12 Aug 2018"),
    ev("sohag-museum-opening", "كذلك افتتح الرئيس عبد الفتاح السيسي متحف سوهاج القومي", OPEN, "no own expression; among the openings of 'أمس' = Sun 12 Aug 2018"),
])

# ---------------------------------------------------------------- sudan-merowe-dam-drone-attack-2025
S = "sudan-merowe-dam-drone-attack-2025"
ATTACK = "2025-01-13"                      # drones hit the Merowe dam's transformer station early on Mon 13 Jan 2025
MFA = "2025-01-14"                         # the Foreign Ministry's statement of Tue 14 Jan 2025
art(S, "https://alamssar.com/389191",
    "2025-01-13", "no date line on the stored page; the body's 'صباح اليوم الاثنين' for the attack of Mon 13 Jan 2025 (13 Jan 2025 was a Monday; Al Hadath tweet of January 13, 2025 quoted by a5r5br; zarab of Tue 14 Jan: 'وفي وقت سابق'); headline kept from the page; the last, truncated sentence (the 19th division's earlier report of three drones) dropped", True, """
سد مروي تحت القصف.. المسيرات تغرق السودان في الظلام
عمّ الظلام مناطق واسعة من السودان إثر هجوم بطائرات مسيرة على سد مروي في شمال البلاد، في تصعيد جديد للحرب الدائرة في هذا البلد الأفريقي.
وضربت مسيرات انتحارية "سد مروي"، صباح اليوم الاثنين، مما أشعل الحرائق في محطات الكهرباء وأغرق أجزاء واسعة من السودان في ظلام شبه تام.
وذكرت مصادر عسكرية وشهود عيان في السودان أن المسيرات الانتحارية التي استهدفت "سد مروي" أضرمت النار في محولات كهربائية ضخمة وتسببت في انقطاع التيار الكهربائي.
وبحسب شهود عيان، عاشت مدن كبيرة مثل أم درمان ومروي وعطبرة والقضارف وكسلا وربك وكوستي وبورتسودان ظلامًا شبه تام بعد انقطاع الكهرباء.
ونشر ناشطون على منصات التواصل الاجتماعي صورًا ومقاطع فيديو تظهر الحرائق المشتعلة في محولات كهربائية بـ"سد مروي" شمالي السودان.
ولم تعلق السلطات السودانية رسميًا على استهداف قوات الدعم السريع لـ"سد مروي" بالمسيرات الانتحارية.
كما لم ترد قوات الدعم السريع في السودان على هذه الاتهامات.
ضربات سابقة
وفي أبريل الماضي، أعلن جيش السودان أن مطار مدينة "مروي" شمالي السودان تعرض لهجوم بـ3 مسيرات انتحارية، من دون خسائر في الأرواح أو المعدات.
""", [
    ev("merowe-drone-attack", "وضربت مسيرات انتحارية \"سد مروي\"، صباح اليوم الاثنين", ATTACK, "'صباح اليوم الاثنين' = Mon 13 Jan 2025"),
    ev("transformer-fire", "أضرمت النار في محولات كهربائية ضخمة", ATTACK, "no own expression; the fires of the attack of Mon 13 Jan 2025 ('صباح اليوم الاثنين')"),
    ev("power-blackout", "عاشت مدن كبيرة مثل أم درمان ومروي وعطبرة", ATTACK, "no own expression; the blackout that followed the attack of Mon 13 Jan 2025"),
    ev("merowe-airport-attack-april", "أعلن جيش السودان أن مطار مدينة \"مروي\"", "2024-04-01", "'في أبريل الماضي' from January 2025 = April 2024 (the month only)", end="2024-05-01"),
])
art(S, "https://sahafati.com/xx/ar/frame/7621/311999262",
    "2025-01-13", "no date line on the stored page (an al-Arabiya report carried by sahafati); the body's 'اليوم الإثنين' for the army's announcement of Mon 13 Jan 2025 and 'السبت الماضي' for the recapture of Wad Madani (Sat 11 Jan 2025); the sub-heading 'دخول العاصمة' dropped; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
الجيش السوداني: مسيرات الدعم السريع استهدفت سد مروي ومحطات الكهرباء
مع احتدام المعارك بين الجيش السوداني وقوات الدعم السريع خلال الساعات الماضية، ضربت طائرات مسيرة سد مروي في شمال البلاد، ما أدى إلى انقطاع الكهرباء عن مناطق واسعة منها بورتسودان وأمدرمان وعطبرة.
وفي الأثناء، أعلن الجيش السوداني اليوم الإثنين أن قوات الدعم السريع هاجمت بالمسيرات سد مروي ومحطات الكهرباء، مما تسبب في وقوع خسائر.
وذكرت قيادة الفرقة 19 مشاة في مروي أنها تصدت لعدد من هذه المسيرات في المنطقة.
وجاءت هذه التطورات الميدانية بعد أن أكد الجيش أنه مستعد لدخول العاصمة الخرطوم في أي لحظة.
وصرح قائد محور سنار اللواء عبدالمنعم للعربية/الحدث مساء أمس قائلا: "هزمنا الدعم السريع بولاية الجزيرة، ونطارد بقية القوات الهاربة".
بينما أكد نائب قائد الجيش السوداني وعضو مجلس السيادة الانتقالي شمس الدين كباشي أنه لا تفاوض بعد اليوم مع قوات الدعم السريع.
وكان الجيش قد أعلن، السبت الماضي، بسط سيطرته على مدينة ود مدني عاصمة ولاية الجزيرة (وسط البلاد)، وهو ما يفتح له الباب أمام مكاسب عسكرية عديدة، وذلك بعد نحو عام من فقدانها لصالح قوات الدعم السريع.
""", [
    ev("merowe-drone-attack", "ضربت طائرات مسيرة سد مروي في شمال البلاد", ATTACK, "'خلال الساعات الماضية' before the army's announcement of Mon 13 Jan 2025 (alamssar: 'صباح اليوم الاثنين')"),
    ev("power-blackout", "انقطاع الكهرباء عن مناطق واسعة منها بورتسودان", ATTACK, "no own expression; the blackout caused by the attack of Mon 13 Jan 2025"),
    ev("army-19th-division-statement", "أعلن الجيش السوداني اليوم الإثنين", ATTACK, "'اليوم الإثنين' = Mon 13 Jan 2025"),
    ev("sennar-commander-remarks", "للعربية/الحدث مساء أمس", "2025-01-12", "'مساء أمس' in a report of Mon 13 Jan 2025 = the evening of Sun 12 Jan"),
    ev("wad-madani-recapture", "بسط سيطرته على مدينة ود مدني", "2025-01-11", "'السبت الماضي' from Mon 13 Jan 2025 = Sat 11 Jan 2025"),
    ev("wad-madani-loss", "من فقدانها لصالح قوات الدعم السريع", "2023-12-18", "'بعد نحو عام' before January 2025; the RSF took Wad Madani on 18-19 Dec 2023 (my span 18-19 Dec 2023, from what is known of the war, not from the text)", end="2023-12-20"),
])
art(S, "https://shorouknews.com/news/view.aspx?cdate=13012025&id=5a486a7d-02d3-43d2-b04f-178d8608be74",
    "2025-01-13", "no date line in the stored text; the page address carries 'cdate=13012025' (13 Jan 2025) and the body's 'صباح اليوم' for the reports of the attack of Mon 13 Jan 2025 agrees (alamssar: 'صباح اليوم الاثنين'); the text has no weekday or date of its own; headline written from the body (the stored text has only the sub-heading, which is dropped); the last, truncated clause on al-Jazira Aba dropped", False, """
استهداف سد مروي بطائرات مسيرة يقطع الكهرباء عن مدن سودانية
تناقلت مواقع وصحف سودانية صباح اليوم نبأ استهداف طائرات مسيرة لسد مروي في السودان، وهو ما أدى إلى انقطاع الكهرباء عن عدد من المناطق في مروي وبورتسودان وأم درمان وعطبرة ودنقلا جراء تعطل خطوط نقل الكهرباء.
وأفادت الفرقة 19 مشاة مروي التابعة للجيش السوداني، في بيان أورده موقع "السودان نيوز"، بأنها "تمكنت من التصدي لمحاولات استهداف منشآت الكهرباء في السد، مما ساهم في تقليل الأضرار".
وأقرت الفرقة بوقوع بعض الخسائر جراء هذا الهجوم، غير أنها أكدت أن العمل جارٍ لإصلاح ما لحق بالبنية التحتية من أضرار.
وبيّنت مقاطع فيديو بثها ناشطون على مواقع التواصل الاجتماعي نشوب حريق في المحطة التحويلية للكهرباء، وهي المحطة التي تنقل الكهرباء من السد إلى الشبكة القومية المغذية لعدد من الولايات السودانية.
ويقع سد مروي، وهو سد كهرومائي، على مجرى نهر النيل في الولاية الشمالية بالسودان، على بعد 351 كيلومترا شمال العاصمة الخرطوم، وقد أُسس في مارس 2009.
ولم يكن سد مروي أول أهداف قوات الدعم السريع في السودان، إذ سبق أن تعرض خزان جبل الأولياء لهجوم من هذه القوات.
""", [
    ev("merowe-drone-attack", "استهداف طائرات مسيرة لسد مروي في السودان", ATTACK, "no own expression for the attack; reported 'صباح اليوم' on Mon 13 Jan 2025 (alamssar: 'صباح اليوم الاثنين')"),
    ev("power-blackout", "انقطاع الكهرباء عن عدد من المناطق", ATTACK, "no own expression; the blackout caused by the attack of Mon 13 Jan 2025"),
    ev("army-19th-division-statement", "وأفادت الفرقة 19 مشاة مروي", ATTACK, "no own expression; the 19th division's statement of Mon 13 Jan 2025 (al-Arabiya via sahafati: 'أعلن الجيش السوداني اليوم الإثنين')"),
    ev("transformer-fire", "نشوب حريق في المحطة التحويلية للكهرباء", ATTACK, "no own expression; the fire of the attack of Mon 13 Jan 2025"),
    ev("merowe-dam-founded", "وقد أُسس في مارس 2009", "2009-03-01", "'في مارس 2009' (the month only)", end="2009-04-01"),
])
art(S, "https://www.zarab.net/news58551.html",
    "2025-01-14", "no date line in the stored text; the body's 'في بيان أصدرته اليوم الثلاثاء 14 يناير 2025' (14 Jan 2025 was a Tuesday); headline kept from the page; the truncated last sentence shortened to its first clause", True, """
السودان: استهداف المليشيا سد مروي جريمة إرهابية متكاملة الأركان
شددت وزارة الخارجية السودانية على أن استهداف سد مروي جريمة إرهابية متكاملة الأركان ارتكبتها مليشيا الدعم السريع، ودعت المجتمع الدولي إلى إدانة الجرائم النكراء التي تقترفها هذه المليشيا.
وبيّنت الخارجية السودانية، في بيان أصدرته اليوم الثلاثاء 14 يناير 2025، أن مليشيا الدعم السريع تسعى إلى تدمير الدولة وبنيتها التحتية ومؤسساتها الخدمية، لافتة إلى انقطاع الكهرباء عن أجزاء واسعة من البلاد بسبب هجوم بالمسيّرات شنته ميليشيا الدعم السريع على محطة توليد الكهرباء في سد مروي.
وفي وقت سابق، أدى هجوم نفذته مليشيا الدعم السريع بالطائرات المسيّرة على سد مروى ومحطة الكهرباء الرئيسية شمال الخرطوم إلى انقطاع التيار الكهربائي في عدة مدن بولايات سودانية مختلفة.
وأفادت وسائل إعلام محلية بأن مسيّرات تابعة لمليشيا الدعم السريع هاجمت السد ومحطة الكهرباء فيه، ما أدى إلى تعطل أحد محولات الكهرباء، وفقًا لصحيفة "سودان تربيون".
ونجحت الدفاعات الأرضية التابعة للقوات المسلحة السودانية في إسقاط عدة مسيّرات حاولت ضرب أجزاء حيوية من سد مروى، الذي يغطي نحو 40% من استهلاك السودان للكهرباء.
وتسبب الهجوم بالطائرات المسيّرة في اندلاع حريق بالمحطة.
""", [
    ev("mfa-statement", "في بيان أصدرته اليوم الثلاثاء 14 يناير 2025", MFA, "'اليوم الثلاثاء 14 يناير 2025' = Tue 14 Jan 2025"),
    ev("merowe-drone-attack", "أدى هجوم نفذته مليشيا الدعم السريع بالطائرات المسيّرة", ATTACK, "'وفي وقت سابق'; the attack of Mon 13 Jan 2025 (alamssar: 'صباح اليوم الاثنين')"),
    ev("power-blackout", "انقطاع التيار الكهربائي في عدة مدن", ATTACK, "no own expression; the blackout caused by the attack of Mon 13 Jan 2025"),
    ev("drones-shot-down", "في إسقاط عدة مسيّرات", ATTACK, "no own expression; during the attack of Mon 13 Jan 2025"),
    ev("transformer-fire", "في اندلاع حريق بالمحطة", ATTACK, "no own expression; the fire of the attack of Mon 13 Jan 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 612
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 266-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories250/make_stories.py). Domain: beach season (beaches opened or closed, swimming bans,
lifeguard deployments, beach rules; not drownings themselves): Alexandria's beaches shut for a day by the
"August maltam" and reopened for the sand only (2025), Alexandria's 36-hour full closure on the last weekend
before school (2025), Gaza's first bathing-water cycle and its pollution maps (2017), the Covid closure of the
beaches of Casablanca and its neighbours (2020), and Algeria's reopening of its beaches on 15 August 2020.
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-alexandria-maltam-beach-closure-2025
S = "egypt-alexandria-maltam-beach-closure-2025"
WARNING = ("2025-08-24", "2025-08-26")  # the met office warning behind the closure of Tue 26 (reported Mon 25)
art(S, "https://sabq.org/world/d5atfht6d2",
    "2025-08-25", "stamp 'date 2025-08-25' at the head of the stored page (not kept in the text); the body's 'مساء اليوم الاثنين' agrees (25 Aug 2025 was a Monday); headline written from the body (the stored text has none); no date of its own in the text", False, """
مصر تغلق شواطئ في الإسكندرية ومطروح لاضطراب البحر
أعلنت السلطات المصرية، مساء اليوم الاثنين، غلق عدد من شواطئ محافظتي الإسكندرية ومطروح بدءًا من الثلاثاء، إثر تحذيرات أطلقتها الهيئة العامة للأرصاد الجوية من اضطراب حالة البحر المتوسط.
وأوضحت محافظة الإسكندرية أن التوقعات تشير إلى اضطراب الملاحة البحرية وعلو الأمواج، ولا سيما في مطروح والعلمين والإسكندرية وبلطيم، وهو ما استلزم إغلاق الشواطئ مؤقتًا إلى أن تتحسن الأحوال الجوية.
وكانت هيئة الأرصاد قد نبّهت المصطافين قبل يومين إلى خطورة النزول إلى البحر في هذه الفترة بسبب ارتفاع الأمواج، في حين شهدت الإسكندرية حادث غرق مأساويًا على شاطئ "أبو تلات" بالعجمي أودى بحياة 6 طلاب وأصاب 28 آخرين.
كما رفعت بعض الشواطئ الرايات الحمراء التي تحظر السباحة، وسط تأكيدات بصعوبة مزاولة الأنشطة البحرية بفعل نشاط الرياح التي تبلغ سرعتها 60 كيلومترًا في الساعة، ما يولّد أمواجًا يزيد ارتفاعها على 3 أمتار.
""", [
    ev("closure-announced", "أعلنت السلطات المصرية، مساء اليوم الاثنين", "2025-08-25", "'مساء اليوم الاثنين' = the evening of Mon 25 Aug 2025 (the publication day)"),
    ev("full-closure", "بدءًا من الثلاثاء", "2025-08-26", "'بدءًا من الثلاثاء' from Mon 25 = Tue 26 Aug 2025; the beaches were shut for that one day"),
    ev("met-warning", "إثر تحذيرات أطلقتها الهيئة العامة للأرصاد الجوية", WARNING[0], "no own expression; the warning behind the closure, issued by Mon 25 Aug 2025 (my span 24-25 Aug)", end=WARNING[1]),
    ev("earlier-warning", "نبّهت المصطافين قبل يومين", "2025-08-23", "'قبل يومين' from Mon 25 Aug 2025 = Sat 23 Aug"),
    ev("abu-talat-drowning", "حادث غرق مأساويًا على شاطئ", "2025-08-23", "no own expression; the Abu Talat drowning of Sat 23 Aug 2025 (outside knowledge, the set stories229 dates it so)"),
    ev("red-flags", "رفعت بعض الشواطئ الرايات الحمراء", "2025-08-23", "no own expression; red flags up in the days before the report, from the drowning day to Mon 25 Aug 2025 (my span)", end="2025-08-26"),
])
art(S, "https://www.masrawy.com/news/news_regions/details/2025/8/26/2843520/%D8%A3%D9%85%D9%88%D8%A7%D8%AC-%D8%A7%D9%84%D8%A8%D8%AD%D8%B1-%D8%AA-%D8%BA%D9%84%D9%82-%D8%B4%D9%88%D8%A7%D8%B7%D8%A6-%D8%A7%D9%84%D8%A5%D8%B3%D9%83%D9%86%D8%AF%D8%B1%D9%8A%D8%A9-%D8%A8%D8%B3%D8%A8%D8%A8-%D9%85%D9%84%D8%AA%D9%85-%D8%A3%D8%BA%D8%B3%D8%B7%D8%B3-%D9%81%D9%8A%D8%AF%D9%8A%D9%88-%D9%88%D8%B5%D9%88%D8%B1-",
    "2025-08-26", "date in the URL '/2025/8/26/' and the page's time line '08:01 م الثلاثاء 26 أغسطس 2025' (kept as first line; 26 Aug 2025 was a Tuesday); '(فيديو وصور)' dropped from the headline, captions, byline and photo credit dropped; the last sentence cut where the stored text breaks off ('وعلو...')", True, """
08:01 م الثلاثاء 26 أغسطس 2025
أمواج البحر تُغلق شواطئ الإسكندرية بسبب "ملتم أغسطس"
ضربت أمواج البحر المتوسط شواطئ الإسكندرية اليوم الثلاثاء بارتفاع زاد على ثلاثة أمتار، فأدخلت المدينة الساحلية في ما يشبه البيات الشتوي المبكر، وسط أجواء تحاكي النوات الشتوية في مشهد نادر في ذروة الصيف.
وأُوصدت بوابات الشواطئ كليًا، وخلت الكراسي والشماسي من روادها على امتداد 66 شاطئًا من أبو قير شرقًا حتى أبو تلات غربًا، استجابةً لتحذيرات الهيئة العامة للأرصاد الجوية التي نبّهت إلى اضطراب شديد في حالة البحر وارتفاع الأمواج بين 2 و3.5 متر، مع رياح تتراوح سرعتها بين 35 و50 كيلومترًا في الساعة.
وأوضحت الإدارة المركزية للسياحة والمصايف أن ما تمر به المدينة يُعرف محليًا بـ"ملتم أغسطس"، وهو تعبير متداول بين الصيادين وأهل البحر يدل على فترة من منتصف إلى نهاية الشهر يغلب عليها هياج البحر.
""", [
    ev("high-waves", "ضربت أمواج البحر المتوسط شواطئ الإسكندرية اليوم الثلاثاء", "2025-08-26", "'اليوم الثلاثاء' = Tue 26 Aug 2025 (the publication day)"),
    ev("full-closure", "وأُوصدت بوابات الشواطئ كليًا", "2025-08-26", "no own expression; the gates shut on the day of the report, Tue 26 Aug 2025"),
    ev("met-warning", "استجابةً لتحذيرات الهيئة العامة للأرصاد الجوية", WARNING[0], "no own expression; the warning behind the closure, issued by Mon 25 Aug 2025 (my span 24-25 Aug)", end=WARNING[1]),
    ev("maltam-season", "فترة من منتصف إلى نهاية الشهر", "2025-08-15", "'من منتصف إلى نهاية الشهر' of August 2025: 15-31 Aug", end="2025-09-01"),
])
art(S, "https://dotalkhalij.com/egypt/29941313/%D8%A5%D8%BA%D9%84%D8%A7%D9%82-%D8%B4%D9%88%D8%A7%D8%B7%D8%A6-%D8%A7%D9%84%D9%82%D8%B7%D8%A7%D8%B9-%D8%A7%D9%84%D8%BA%D8%B1%D8%A8%D9%89-%D8%A8%D8%A7%D9%84%D8%A5%D8%B3%D9%83%D9%86%D8%AF%D8%B1%D9%8A%D8%A9-%D8%A8%D8%B3%D8%A8%D8%A8-%D8%A7%D8%B6%D8%B7%D8%B1%D8%A7%D8%A8-%D8%AD%D8%A7%D9%84%D8%A9-%D8%A7%D9%84%D8%A8%D8%AD%D8%B1-%D8%BA%D8%AF%D8%A7.html",
    "2025-08-27", "dateline 'القاهرة في الأربعاء 27 أغسطس 2025 10:34 مساءً' at the head of the stored text (its date and time kept as first line; 27 Aug 2025 was a Wednesday); byline dropped; headline rendered from the URL slug", True, """
الأربعاء 27 أغسطس 2025 10:34 مساءً
إغلاق شواطئ القطاع الغربي بالإسكندرية بسبب اضطراب حالة البحر غدًا
أصدرت محافظة الإسكندرية بيانًا حول اضطراب حالة البحر غدًا الخميس، قررت بموجبه إغلاق شواطئ القطاع الغربي وحدها غدًا إلى أن تتحسن الأحوال الجومائية، حرصًا على سلامة المواطنين.
وجاء القرار في ضوء تحذيرات الهيئة العامة للأرصاد الجوية، إذ دعت المحافظة المواطنين إلى توخي الحيطة والحذر، لأن توقعات الطقس تشير إلى اضطراب الملاحة البحرية في بعض مناطق سواحل البحر المتوسط، ولا سيما مطروح والعلمين والإسكندرية وبلطيم.
ويُذكر أن "ملتم أغسطس" رياح شديدة جدًا تضرب غرب الإسكندرية (مطروح والعلمين والإسكندرية)، وتهب من الغرب أو الشمال الغربي فترفع الأمواج وتضطرب معها حالة البحر، خاصة في الشواطئ الغربية للمدينة.
""", [
    ev("western-decision", "أصدرت محافظة الإسكندرية بيانًا حول اضطراب حالة البحر", "2025-08-27", "no own expression; the statement of the dateline's day, Wed 27 Aug 2025 (evening)"),
    ev("western-closure", "إغلاق شواطئ القطاع الغربي وحدها غدًا", "2025-08-28", "'غدًا' (the statement's 'غدًا الخميس') from Wed 27 = Thu 28 Aug 2025"),
    ev("thursday-warning", "وجاء القرار في ضوء تحذيرات الهيئة العامة للأرصاد الجوية", "2025-08-26", "no own expression; the warning for Thursday, issued by Wed 27 Aug 2025 (my span 26-27 Aug)", end="2025-08-28"),
])
art(S, "https://www.elbalad.news/6679642",
    "2025-08-28", "stamp 'date 2025-08-28' at the head of the stored page (not kept in the text); the body's 'اليوم الخميس' and 'أمس الأربعاء' agree (28 Aug 2025 was a Thursday); headline written from the body (the stored text has none); no date of its own in the text", False, """
الإسكندرية تغلق شواطئ القطاع الغربي لاضطراب البحر
دعت محافظة الإسكندرية المواطنين إلى توخي الحيطة والحذر، إذ تشير توقعات الطقس إلى اضطراب في الملاحة البحرية ببعض مناطق سواحل البحر المتوسط، خاصة مطروح والعلمين والإسكندرية وبلطيم، بحسب تحذيرات الهيئة العامة للأرصاد الجوية.
وبناءً على ذلك قررت المحافظة إغلاق شواطئ القطاع الغربي فقط اليوم الخميس إلى أن تتحسن الأحوال الجومائية، حرصًا على سلامة المواطنين.
وكانت المحافظة قد قررت إعادة فتح شواطئها اعتبارا من أمس الأربعاء مع رفع الراية الحمراء على شواطئ قطاعيها الشرقي والغربي.
وأكدت أن النزول إلى مياه البحر ممنوع منعًا باتًا حفاظًا على الأرواح، مع السماح للمواطنين بالوجود على الرمال فقط، وشددت على وجود فرق الإنقاذ بكامل قوتها في أماكنها المخصصة مع رفع حالة الاستعداد القصوى، واستمرار المرور الميداني لمفتشي الإدارة المركزية للسياحة والمصايف والمراقبين وقسم المتابعة الميدانية على جميع الشواطئ.
""", [
    ev("western-closure", "إغلاق شواطئ القطاع الغربي فقط اليوم الخميس", "2025-08-28", "'اليوم الخميس' = Thu 28 Aug 2025 (the publication day)"),
    ev("western-decision", "وبناءً على ذلك قررت المحافظة", "2025-08-27", "no own expression; the decision was announced on the evening of Wed 27 Aug 2025 (the dotalkhalij report of that day)"),
    ev("thursday-warning", "بحسب تحذيرات الهيئة العامة للأرصاد الجوية", "2025-08-26", "no own expression; the warning for Thursday, issued by Wed 27 Aug 2025 (my span 26-27 Aug)", end="2025-08-28"),
    ev("reopening", "إعادة فتح شواطئها اعتبارا من أمس الأربعاء", "2025-08-27", "'أمس الأربعاء' from Thu 28 = Wed 27 Aug 2025"),
    ev("lifeguards-deployed", "وجود فرق الإنقاذ بكامل قوتها", "2025-08-27", "no own expression; the rule of the reopening, from Wed 27 to the report's day Thu 28 Aug 2025 (my span)", end="2025-08-29"),
])

# ---------------------------------------------------------------- egypt-alexandria-weekend-beach-closure-2025
S = "egypt-alexandria-weekend-beach-closure-2025"
CLOSURE = ("2025-09-19", "2025-09-21")  # 2 a.m. Fri 19 Sep to noon Sat 20 Sep 2025
MET = ("2025-09-17", "2025-09-19")      # the met office's marine warning, issued by Thu 18 Sep 2025
art(S, "https://www.masrawy.com/news/news_regions/details/2025/9/18/2856909/%D8%A7%D9%84%D8%A5%D8%B3%D9%83%D9%86%D8%AF%D8%B1%D9%8A%D8%A9-%D8%AA%D8%B1%D9%81%D8%B9-%D8%A7%D9%84%D8%B1%D8%A7%D9%8A%D8%A7%D8%AA-%D8%A7%D9%84%D8%AD%D9%85%D8%B1%D8%A7%D8%A1-%D8%A5%D8%BA%D9%84%D8%A7%D9%82-%D8%AC%D9%85%D9%8A%D8%B9-%D8%A7%D9%84%D8%B4%D9%88%D8%A7%D8%B7%D8%A6-%D8%BA%D8%AF-%D8%A7-%D8%A7%D9%84%D8%AC%D9%85%D8%B9%D8%A9",
    "2025-09-18", "date in the URL '/2025/9/18/'; the body's 'اليوم الخميس' agrees (18 Sep 2025 was a Thursday); headline rendered from the URL slug; byline dropped; no date of its own in the text", False, """
الإسكندرية ترفع الرايات الحمراء.. إغلاق جميع الشواطئ غدًا الجمعة
أعلنت محافظة الإسكندرية، اليوم الخميس، رفع الراية الحمراء على شواطئ القطاعين الشرقي والغربي اعتبارًا من الساعة الثانية صباح غدٍ الجمعة وحتى الثانية عشرة ظهر السبت، بسبب اضطراب أمواج البحر المتوسط وحرصًا على سلامة المواطنين.
ودعت المحافظة المصطافين إلى توخي الحيطة والحذر والتقيد بالتعليمات الصادرة، لافتةً إلى أن توقعات الطقس تنبئ باضطراب حركة الملاحة البحرية في بعض مناطق السواحل الشمالية، خاصة (مطروح – العلمين – الإسكندرية – بلطيم – دمياط – بورسعيد).
""", [
    ev("closure-announced", "أعلنت محافظة الإسكندرية، اليوم الخميس", "2025-09-18", "'اليوم الخميس' = Thu 18 Sep 2025 (the URL day)"),
    ev("full-closure", "اعتبارًا من الساعة الثانية صباح غدٍ الجمعة وحتى الثانية عشرة ظهر السبت", CLOSURE[0], "'الساعة الثانية صباح غدٍ الجمعة' to 'الثانية عشرة ظهر السبت' from Thu 18 = 2 a.m. Fri 19 to noon Sat 20 Sep 2025", end=CLOSURE[1]),
    ev("rough-sea-forecast", "توقعات الطقس تنبئ باضطراب حركة الملاحة البحرية", "2025-09-18", "no own expression; the forecast turbulence, Thu 18 to Sat 20 Sep 2025 (the shorouk report's 'من عصر الخميس وحتى ظهر السبت')", end="2025-09-21"),
])
art(S, "https://www.egypttelegraph.com/article/181644/%D8%B1%D9%81%D8%B9-%D8%A7%D9%84%D8%B1%D8%A7%D9%8A%D8%A9-%D8%A7%D9%84%D8%AD%D9%85%D8%B1%D8%A7%D8%A1-%D8%BA%D9%84%D9%82-%D8%B4%D9%88%D8%A7%D8%B7%D8%A6-%D8%A7%D9%84%D8%A5%D8%B3%D9%83%D9%86%D8%AF%D8%B1%D9%8A%D8%A9-%D8%A7%D9%84%D9%8A%D9%88%D9%85",
    "2025-09-19", "page date line 'الجمعة، 19 سبتمبر 2025 01:43 م' (kept as first line; 19 Sep 2025 was a Friday); caption dropped; the last, truncated sentence dropped", True, """
الجمعة، 19 سبتمبر 2025 01:43 م
رفع الراية الحمراء.. غلق شواطئ الإسكندرية اليوم لسوء الأحوال الجومائية
نبّهت محافظة الإسكندرية المواطنين إلى اضطراب حالة البحر وارتفاع الأمواج بدرجة كبيرة على سواحل البحر المتوسط، في ضوء تحذيرات الهيئة العامة للأرصاد الجوية التي توقعت سوء الأحوال الجومائية على عدد من المناطق الساحلية منها مطروح والعلمين والإسكندرية وبلطيم ودمياط وبورسعيد.
وأوضحت المحافظة في بيان لها اليوم أن الراية الحمراء رُفعت على كل شواطئ القطاعين الشرقي والغربي بالمدينة، مع إغلاقها أمام الجمهور بدءًا من الساعة الثانية من فجر اليوم الجمعة وحتى الثانية عشرة ظهر غد السبت، حفاظًا على أرواح المواطنين وتجنيبهم أي مخاطر ناجمة عن اضطراب البحر والتيارات المائية العنيفة.
ودعت رواد الشواطئ إلى التقيد التام بقرارات الغلق وعدم النزول إلى البحر في ظل هذه الظروف غير المستقرة، مؤكدةً أن مخالفة التعليمات قد تعرّض حياة المواطنين للخطر، وأن الأجهزة التنفيذية بالتنسيق مع الإدارة المركزية للسياحة والمصايف وشرطة المسطحات ستتابع الوضع ميدانيًا على مدار الساعة للتأكد من تنفيذ القرار.
""", [
    ev("met-warning", "في ضوء تحذيرات الهيئة العامة للأرصاد الجوية", MET[0], "no own expression; the marine warning was out by Thu 18 Sep 2025 (my span 17-18 Sep)", end=MET[1]),
    ev("friday-statement", "وأوضحت المحافظة في بيان لها اليوم", "2025-09-19", "'اليوم' = Fri 19 Sep 2025 (the date line)"),
    ev("full-closure", "بدءًا من الساعة الثانية من فجر اليوم الجمعة وحتى الثانية عشرة ظهر غد السبت", CLOSURE[0], "'الساعة الثانية من فجر اليوم الجمعة' to 'الثانية عشرة ظهر غد السبت' = 2 a.m. Fri 19 to noon Sat 20 Sep 2025", end=CLOSURE[1]),
    ev("field-monitoring", "ستتابع الوضع ميدانيًا على مدار الساعة", CLOSURE[0], "no own expression; round-the-clock monitoring during the closure, Fri 19 - Sat 20 Sep 2025", end=CLOSURE[1]),
])
art(S, "https://www.vetogate.com/5494521",
    "2025-09-19", "stamp 'date 2025-09-19' at the head of the stored page (not kept in the text); the body's 'اليوم الجمعة' and 'السبت 2025/9/20' agree (19 Sep 2025 was a Friday); headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
إقبال على شاطئ جزيرة الذهب بالإسكندرية رغم قرار الإغلاق
شهد شاطئ جزيرة الذهب شرقي الإسكندرية، اليوم الجمعة، إقبالًا لافتًا من المواطنين وطلاب المدارس، على الرغم من قرار محافظة الإسكندرية إغلاقه بسبب اضطراب حالة البحر وارتفاع الأمواج، وفقًا لتحذيرات هيئة الأرصاد الجوية.
ورصدت فيتو اليوم مشاركة واسعة من الطلاب وممارسي رياضة الراكت (مضرب التنس)، الذين حرصوا على الحضور مبكرًا إلى الشاطئ لممارسة لعبتهم المحببة، في مشهد يجسد شغف أهل الإسكندرية بهذه الرياضة المرتبطة منذ زمن بالشواطئ.
وشارك في فعالية اليوم 4 فرق من فئات عمرية مختلفة، بإجمالي 200 لاعب ولاعبة، نُظمت بالتعاون مع الإدارة المركزية للسياحة والمصايف بالإسكندرية برئاسة العميد أحمد إبراهيم، التي أوضحت أن الهدف نشر رياضة الراكت والتشجيع على ممارستها في الأماكن المفتوحة، ولا سيما على شواطئ المدينة.
وكانت محافظة الإسكندرية قد أعلنت في بيان رسمي إغلاق جميع الشواطئ في القطاعين الشرقي والغربي، اعتبارًا من الساعة 2 فجر الجمعة وحتى 12 ظهر السبت 2025/9/20، حرصًا على سلامة المواطنين، بعد توقعات هيئة الأرصاد الجوية بحدوث اضطرابات في حركة الملاحة وارتفاع الأمواج على طول الساحل الشمالي.
""", [
    ev("racket-day", "إقبالًا لافتًا من المواطنين وطلاب المدارس", "2025-09-19", "'اليوم الجمعة' = Fri 19 Sep 2025 (the publication day)"),
    ev("closure-announced", "قد أعلنت في بيان رسمي", "2025-09-18", "no own expression; the governorate's statement of Thu 18 Sep 2025 (the masrawy report of that day)"),
    ev("full-closure", "اعتبارًا من الساعة 2 فجر الجمعة وحتى 12 ظهر السبت 2025/9/20", CLOSURE[0], "'الساعة 2 فجر الجمعة' to '12 ظهر السبت 2025/9/20' = 2 a.m. Fri 19 to noon Sat 20 Sep 2025", end=CLOSURE[1]),
    ev("met-warning", "بعد توقعات هيئة الأرصاد الجوية", MET[0], "no own expression; the marine warning was out by Thu 18 Sep 2025 (my span 17-18 Sep)", end=MET[1]),
])
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=19092025&id=10e79a9d-2100-4b8b-90e2-09f8f3a3fb91",
    "2025-09-19", "date in the URL 'cdate=19092025'; the body's 'مساء اليوم الجمعة' agrees (19 Sep 2025 was a Friday); headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
انتعاش مقاهي كورنيش الإسكندرية بعد غلق الشواطئ
شهدت المقاهي والكافيهات المطلة على كورنيش الإسكندرية، مساء اليوم الجمعة، انتعاشًا واضحًا في حركة الرواد، إثر قرار غلق الشواطئ أمام المصطافين بسبب اضطراب البحر وارتفاع الأمواج.
وتوجّه عدد كبير من المواطنين والزوار إلى المقاهي بديلًا عن التنزه على الشواطئ، ما انعكس زيادةً في الإقبال، لا سيما في ساعات المساء والليل.
وقال بعض أصحاب المقاهي إن حركة البيع ارتفعت مقارنة بالأيام الماضية، مشيرين إلى أن قرارات غلق الشواطئ تصب عادة في مصلحتهم من الناحية التجارية.
وكانت محافظة الإسكندرية قد أعلنت الغلق الكلي لكل الشواطئ بقطاعيها الشرقي والغربي، تنفيذًا لقرار رفع الرايات الحمراء جراء الاضطراب الشديد في حركة البحر، وذلك حتى ظهر السبت المقبل.
وكانت الهيئة العامة للأرصاد الجوية قد أصدرت إنذارًا بحريًا عاجلًا من اضطراب حركة الملاحة على سواحل مطروح والعلمين والإسكندرية والبحيرة وكفر الشيخ ودمياط وبورسعيد، خلال الفترة من عصر الخميس وحتى ظهر السبت.
""", [
    ev("cafes-busy", "انتعاشًا واضحًا في حركة الرواد", "2025-09-19", "'مساء اليوم الجمعة' = the evening of Fri 19 Sep 2025 (the URL day)"),
    ev("closure-announced", "وكانت محافظة الإسكندرية قد أعلنت الغلق الكلي", "2025-09-18", "no own expression; the governorate's statement of Thu 18 Sep 2025 (the masrawy report of that day)"),
    ev("full-closure", "وذلك حتى ظهر السبت المقبل", CLOSURE[0], "'حتى ظهر السبت المقبل' from Fri 19: the closure ran from 2 a.m. Fri 19 to noon Sat 20 Sep 2025", end=CLOSURE[1]),
    ev("met-warning", "قد أصدرت إنذارًا بحريًا عاجلًا", MET[0], "no own expression; the marine warning was out by Thu 18 Sep 2025 (my span 17-18 Sep)", end=MET[1]),
    ev("rough-sea-forecast", "خلال الفترة من عصر الخميس وحتى ظهر السبت", "2025-09-18", "'من عصر الخميس وحتى ظهر السبت' = afternoon Thu 18 to noon Sat 20 Sep 2025", end="2025-09-21"),
])

# ---------------------------------------------------------------- gaza-bathing-water-pollution-maps-2017
S = "gaza-bathing-water-pollution-maps-2017"
MAY_CYCLE = ("2017-05-01", "2017-06-01")  # the first (May) cycle of the 2017 bathing-water monitoring
art(S, "https://paltoday.ps/ar/post/299250/%D8%AA%D9%88%D8%B6%D9%8A%D8%AD-%D9%84%D9%84%D9%85%D8%B5%D8%B7%D8%A7%D9%81%D9%8A%D9%86-%D9%81%D9%8A-%D8%BA%D8%B2%D8%A9-%D9%84%D9%84%D8%A3%D9%85%D8%A7%D9%83%D9%86-%D8%A7%D9%84%D9%85%D8%B3%D9%85%D9%88%D8%AD-%D9%84%D9%87%D9%85-%D8%A8%D8%A7%D9%84%D8%B3%D8%A8%D8%A7%D8%AD%D8%A9-%D9%81%D9%8A%D9%87%D8%A7",
    "2017-05-31", "page time line 'الساعة 07:11 ص|31 مايو 2017' (kept as first line); the kicker 'جراء التلوث الكبير', the source line 'فلسطين اليوم' and the tags dropped", True, """
الساعة 07:11 ص|31 مايو 2017
توضيح للمصطافين في غزة للأماكن المسموح لهم بالسباحة فيها
نفّذت سلطة جودة البيئة، بالتعاون مع وزارة الصحة وبمساندة الشرطة البحرية، الدورة الأولى لهذا العام من برنامج مراقبة جودة مياه شواطئ الاستحمام على امتداد ساحل بحر قطاع غزة (دورة مايو 2017)، استنادًا إلى أحكام المواصفة الفلسطينية لمياه شواطئ الاستحمام وقرارها.
وذكرت سلطة جودة البيئة أنها أصدرت، بناءً على نتائج تقييم الفحص الميكروبيولوجي والتفتيش الصحي لتحديد درجة الخطورة، خرائط باللغتين العربية والإنجليزية تبيّن للمصطافين مواضع التلوث على شاطئ البحر.
ودعت سلطة جودة البيئة جميع المصطافين إلى الابتعاد عن المناطق الملوثة حفاظًا على صحتهم وسلامتهم.
""", [
    ev("may-cycle", "الدورة الأولى لهذا العام من برنامج مراقبة", MAY_CYCLE[0], "'(دورة مايو 2017)': the sampling of May 2017", end=MAY_CYCLE[1]),
    ev("maps-statement", "وذكرت سلطة جودة البيئة أنها أصدرت", "2017-05-31", "no own expression; the statement with the maps, 'صباح الأربعاء' in the watania report = Wed 31 May 2017, before this 07:11 item"),
    ev("avoid-polluted-call", "ودعت سلطة جودة البيئة جميع المصطافين", "2017-05-31", "no own expression; part of the same statement of Wed 31 May 2017"),
])
art(S, "https://www.watania.net/news/105793-%D8%AC%D9%88%D8%AF%D8%A9-%D8%A7%D9%84%D8%A8%D9%8A%D8%A6%D8%A9-%D8%B4%D8%A7%D8%B7%D8%A6-%D8%A8%D8%AD%D8%B1-%D8%BA%D8%B2%D8%A9-%D9%85%D9%84%D9%88%D8%AB-%D9%88%D8%BA%D9%8A%D8%B1-%D8%B5%D8%A7%D9%84",
    "2017-05-31", "no stamp on the stored page: 'في بيان لها صباح الأربعاء' for the statement of the first 2017 cycle, the same press release as paltoday's item of 31 May 2017 (a Wednesday); headline rendered from the URL slug; 'المصدر : الوطنية' dropped; no date of its own in the text", False, """
جودة البيئة: شاطئ بحر غزة ملوث وغير صالح للسباحة
كشفت المرحلة الأولى من برنامج مراقبة جودة مياه شواطئ الاستحمام على طول ساحل بحر قطاع غزة أن شاطئ مدينة غزة هو أشد مناطق البحر تلوثًا، وأن السباحة فيه غير مسموحة.
وقالت سلطة جودة البيئة في بيان لها صباح الأربعاء إنها أصدرت، استنادًا إلى نتائج تقييم الفحص الميكروبيولوجي والتفتيش الصحي لتحديد درجة الخطورة، خرائط باللغتين العربية والإنجليزية تُعرّف المصطافين بأماكن التلوث على الشاطئ.
وأظهرت الخرائط أن بحر مدينة غزة لا يصلح للسباحة بفعل التلوث الكبير، شأنه شأن مناطق أخرى في شمال القطاع ووسطه وجنوبه، في حين تبدو منطقة خان يونس وأقصى شمال القطاع الأقل تلوثًا والمسموح بالسباحة فيها.
وناشدت سلطة جودة البيئة المصطافين كافة الابتعاد عن المناطق الملوثة حفاظًا على صحتهم وسلامتهم.
ونفذت السلطة، بالتعاون مع وزارة الصحة وبمساعدة الشرطة البحرية، الدورة الأولى لهذا العام من برنامج مراقبة جودة مياه شواطئ الاستحمام على امتداد الساحل، وفقًا لأحكام المواصفة الفلسطينية لمياه شواطئ الاستحمام وقرارها.
""", [
    ev("maps-statement", "في بيان لها صباح الأربعاء", "2017-05-31", "'صباح الأربعاء' = the morning of Wed 31 May 2017 (the day of paltoday's item)"),
    ev("gaza-city-ban", "وأظهرت الخرائط أن بحر مدينة غزة لا يصلح للسباحة", "2017-05-31", "no own expression; the maps of the statement of Wed 31 May 2017"),
    ev("avoid-polluted-call", "وناشدت سلطة جودة البيئة المصطافين كافة", "2017-05-31", "no own expression; part of the same statement of Wed 31 May 2017"),
    ev("may-cycle", "ونفذت السلطة، بالتعاون مع وزارة الصحة", MAY_CYCLE[0], "no own expression; 'الدورة الأولى لهذا العام' = the May 2017 cycle (paltoday's 'دورة مايو 2017')", end=MAY_CYCLE[1]),
])
art(S, "https://samanews.ps/ar/post/304175/%D8%B3%D9%84%D8%B7%D8%A9-%D8%AC%D9%88%D8%AF%D8%A9-%D8%A7%D9%84%D8%A8%D9%8A%D8%A6%D8%A9-50-%D9%85%D9%86-%D8%B4%D9%88%D8%A7%D8%B7%D8%A6-%D8%BA%D8%B2%D8%A9-%D8%BA%D9%8A%D8%B1-%D8%B5%D8%A7%D9%84%D8%AD%D8%A9-%D9%84%D9%84%D8%A7%D8%B3%D8%AA%D8%AC%D9%85%D8%A7%D9%85",
    "2017-06-01", "page date line 'الخميس 01 يونيو 2017 11:55 م' (kept as first line; 1 Jun 2017 was a Thursday) and the body's 'اليوم الخميس'; the time-zone note, the repeated headline and the dateline 'غزة/ سما/' dropped", True, """
الخميس 01 يونيو 2017 11:55 م
سلطة جودة البيئة: 50% من شواطئ غزة غير صالحة للاستجمام
أعلنت سلطة جودة البيئة الفلسطينية في غزة نتائج فحصها الأخير، التي تؤكد أن 50 في المائة من شواطئ القطاع لا تصلح للاستجمام، وأن أجزاء من هذه الشواطئ ملوثة بسبب تصريف المياه العادمة إلى البحر.
وأكدت السلطة في بيان لها اليوم الخميس أن نتائج مراقبة مياه شواطئ الاستجمام لشهر أيار/ مايو الماضي على طول ساحل بحر القطاع جاءت وفقًا لأحكام المواصفة الفلسطينية لمياه شواطئ الاستجمام وقرارها.
ودعت المواطنين إلى التقيد بالأماكن الصالحة للاستجمام والابتعاد عن الأماكن الملوثة حفاظًا على صحتهم وسلامتهم.
ويُشار إلى أن قطاع غزة يعاني أزمة انقطاع متواصل للتيار الكهربائي، إذ لا تتجاوز ساعات الوصل لكل المنازل أربع ساعات يوميا مقابل 12 ساعة قطعا، بسبب توقف محطة توليد الكهرباء والنقص التام في مقومات تشغيلها.
""", [
    ev("fifty-percent-statement", "وأكدت السلطة في بيان لها اليوم الخميس", "2017-06-01", "'اليوم الخميس' = Thu 1 Jun 2017 (the date line)"),
    ev("may-cycle", "لشهر أيار/ مايو الماضي", MAY_CYCLE[0], "'لشهر أيار/ مايو الماضي' from 1 Jun 2017 = May 2017", end=MAY_CYCLE[1]),
    ev("use-clean-beaches-call", "ودعت المواطنين إلى التقيد بالأماكن الصالحة للاستجمام", "2017-06-01", "no own expression; part of the statement of Thu 1 Jun 2017"),
    ev("power-plant-halt", "بسبب توقف محطة توليد الكهرباء", "2017-04-16", "no own expression; the Gaza power plant stopped on 16 Apr 2017 (outside knowledge) and was still off on 1 Jun: my span", end="2017-06-02"),
])

# ---------------------------------------------------------------- morocco-casablanca-beaches-covid-closure-2020
S = "morocco-casablanca-beaches-covid-closure-2020"
FRI_MIDNIGHT = ("2020-08-21", "2020-08-23")  # 'منتصف ليلة الجمعة': the midnight between Fri 21 and Sat 22 Aug 2020
art(S, "https://maghress.com/febrayer/779949",
    "2020-08-21", "no stamp on the stored page (a maghress copy of Febrayer): 'مساء يومه الجمعة' for the clearing of Paloma beach, with the Mohammedia order 'ابتداء من منتصف ليلة الجمعة' of the closures decided on Thu 20 Aug 2020 (other reports) = Fri 21 Aug 2020; headline written from the body; the sentence on the 'foggy' situation cut to its complete clause and the quoted order dropped; no date of its own in the text", False, """
إخلاء شاطئي بالوما وزناتة من المصطافين بالدار البيضاء
علم موقع "فبراير" أن عناصر الدرك الملكي أخلت، مساء يومه الجمعة، شاطئ "بالوما" في ضواحي الدار البيضاء من المصطافين، بينما تولت مصالح الأمن الوطني إخلاء شاطئ زناتة الواقع ترابيًا في نفوذ عمالة عين السبع.
وأفاد مصدر من عين المكان بأن وحدات أمنية من الأمن الوطني والقوات المساعدة نصبت حواجز تحول دون ولوج المصطافين إلى الشاطئ، كما وُضعت متاريس وحواجز في الطريق المؤدية إلى هذين الشاطئين اللذين يقصدهما المئات من سكان مختلف أحياء الدار البيضاء.
وأمرت عناصر الدرك الملكي المصطافين بمغادرة شاطئ "بالوما" إجراءً وقائيًا من انتشار فيروس كورونا، بحسب المصدر، الذي أضاف أن السلطات تحث المصطافين على ارتداء الكمامات الواقية.
وجاء هذا القرار في ظل الوضع "الضبابي" في عدد من المدن المغربية التي تسجل إصابات مرتفعة بالفيروس، مثل طنجة ومراكش والدار البيضاء.
ويُذكر أن عامل عمالة المحمدية أصدر قرارًا عامليًا يقضي بإغلاق الشواطئ الواقعة في نفوذ العمالة، ابتداء من منتصف ليلة الجمعة.
""", [
    ev("paloma-cleared", "أخلت، مساء يومه الجمعة، شاطئ", "2020-08-21", "'مساء يومه الجمعة' = the evening of Fri 21 Aug 2020"),
    ev("barriers-set", "نصبت حواجز تحول دون ولوج المصطافين", "2020-08-21", "no own expression; the same evening, Fri 21 Aug 2020"),
    ev("mohammedia-order", "أصدر قرارًا عامليًا يقضي بإغلاق الشواطئ", "2020-08-20", "no own expression; the governor's order came after the government's decision of Thu 20 Aug 2020 and was in force 'ابتداء من اليوم الجمعة' (alyaoum24) - my span 20-21 Aug", end="2020-08-22"),
    ev("mohammedia-closure", "ابتداء من منتصف ليلة الجمعة", FRI_MIDNIGHT[0], "'منتصف ليلة الجمعة' = the midnight ending Fri 21 Aug 2020: span Fri 21 - Sat 22 Aug", end=FRI_MIDNIGHT[1]),
])
art(S, "http://ar.telquel.ma/%d9%83%d9%88%d8%b1%d9%88%d9%86%d8%a7-%d8%aa%d9%86%d9%87%d9%8a-%d8%a7%d9%84%d8%a7%d8%b5%d8%b7%d9%8a%d8%a7%d9%81-%d8%a8%d8%a7%d9%84%d8%b3%d8%a7%d8%ad%d9%84-%d8%a7%d9%84%d9%85%d9%85%d8%aa%d8%af/",
    "2020-08-22", "no stamp on the stored page: 'قرار الحكومة أول يوم أمس الخميس' (Thu 20 Aug 2020, the government's measures for Casablanca) and 'منتصف ليلة الجمعة المنصرمة' put the item on Sat 22 Aug 2020; the byline 'تيل كيل عربي' and the last, truncated paragraph dropped; no date of its own in the text", False, """
"كورونا" تنهي الاصطياف بالساحل الممتد من تمارة إلى دار بوعزة
أدى ارتفاع عدد الإصابات بفيروس "كورونا" المستجد في جهة الدار البيضاء - سطات، ولا سيما في العاصمة الاقتصادية ومدن تمارة والصخيرات وبوزنيقة، إضافة إلى تداعياته على مدينة المحمدية، إلى إنهاء موسم الاصطياف والاستجمام في الشواطئ قبل موعد الإغلاق الصيفي.
فبعد قرار الحكومة أول يوم أمس الخميس إغلاق شواطئ الدار البيضاء منتصف ليلة الجمعة المنصرمة، صدر قرار عامل إقليم بن سليمان بإقفال أهم الوجهات الشاطئية في ساحل بوزنيقة، ثم أعلنت عمالة المحمدية إغلاق شواطئها ابتداء من منتصف ليلة الجمعة.
وقررت عمالة المحمدية من جهتها "منع السباحة بشكل كلي في شواطئ المحمدية وعين حرودة".
ويأتي قرار عامل المحمدية في سياق الخشية من توجه سكان الدار البيضاء ونواحيها إلى شواطئ (المركز ومانسمان ومونيكا والسابليت).
وشددت السلطات المحلية في كل العمالات والأقاليم التي قررت إغلاق الشواطئ إجراءات المراقبة، ووضعت حواجز تمنع الولوج إليها على مدار 24 ساعة.
""", [
    ev("government-decision", "فبعد قرار الحكومة أول يوم أمس الخميس", "2020-08-20", "'أول يوم أمس الخميس' from Sat 22 = Thu 20 Aug 2020"),
    ev("casablanca-closure", "إغلاق شواطئ الدار البيضاء منتصف ليلة الجمعة المنصرمة", FRI_MIDNIGHT[0], "'منتصف ليلة الجمعة المنصرمة' = the midnight ending Fri 21 Aug 2020: span Fri 21 - Sat 22 Aug", end=FRI_MIDNIGHT[1]),
    ev("benslimane-closure", "صدر قرار عامل إقليم بن سليمان", "2020-08-21", "no own expression; after the government's decision and before the report, with Mohammedia's: my span 21-22 Aug 2020", end="2020-08-23"),
    ev("mohammedia-closure", "ثم أعلنت عمالة المحمدية إغلاق شواطئها", FRI_MIDNIGHT[0], "'ابتداء من منتصف ليلة الجمعة' = the midnight ending Fri 21 Aug 2020: span Fri 21 - Sat 22 Aug", end=FRI_MIDNIGHT[1]),
    ev("barriers-set", "ووضعت حواجز تمنع الولوج إليها", "2020-08-21", "no own expression; from the night of the closures (the Febrayer report of Fri 21 evening) to the report: my span 21-22 Aug 2020", end="2020-08-23"),
])
art(S, "https://ache24.ma/24265/%d8%b3%d9%84%d8%b7%d8%a7%d8%aa-%d8%a8%d8%b1%d8%b4%d9%8a%d8%af-%d8%aa%d8%ba%d9%84%d9%82-%d8%b4%d8%a7%d8%b7%d8%a6-%d8%b3%d9%8a%d8%af%d9%8a-%d8%b1%d8%ad%d8%a7%d9%84-%d8%a8%d8%b9%d8%af-%d8%aa%d9%82%d8%a7/amp",
    "2020-08-22", "no stamp on the stored page: 'اليوم السبت' for the rush from Casablanca after the closure of its beaches (midnight ending Fri 21 Aug 2020) and 'منتصف ليل غد الأحد' for the Berrechid closure announced for Sun 23 Aug 2020 (al3omk: 'الأحد 23 غشت 2020') = Sat 22 Aug 2020; headline rendered from the URL slug (cut where the slug breaks off); byline and source lines dropped; no date of its own in the text", False, """
سلطات برشيد تغلق شاطئ سيدي رحال
أعلنت السلطات المحلية لإقليم برشيد أنها قررت إغلاق كل الشواطئ الممتدة على طول الشريط الساحلي لجماعتي سيدي رحال الشاطئ والسوالم الطريفية، ابتداء من منتصف ليل غد الأحد.
وتندرج هذه الخطوة ضمن التدابير الاحترازية للحد من تفشي (كورونا)، التي اتخذتها مدن عدة بعد تسجيل ارتفاع مخيف في عدد الوفيات والإصابات بالوباء.
كما فرضها الإقبال الكثيف على الشاطئ من سكان الدار البيضاء الذين توافدوا عليه بأعداد كبيرة اليوم السبت، عقب إغلاق كل شواطئ العاصمة الاقتصادية والمدن المجاورة لها، أي المحمدية وبنسليمان وبوزنيقة.
""", [
    ev("berrechid-decision", "أعلنت السلطات المحلية لإقليم برشيد", "2020-08-22", "no own expression; the decision of the report's day, Sat 22 Aug 2020 (al3omk: 'اليوم السبت')"),
    ev("berrechid-closure", "ابتداء من منتصف ليل غد الأحد", "2020-08-23", "'منتصف ليل غد الأحد' from Sat 22: the midnight of Sun 23 Aug 2020 (start or end of that day): span Sun 23 - Mon 24 Aug", end="2020-08-25"),
    ev("sidi-rahal-rush", "توافدوا عليه بأعداد كبيرة اليوم السبت", "2020-08-22", "'اليوم السبت' = Sat 22 Aug 2020"),
    ev("casablanca-closure", "عقب إغلاق كل شواطئ العاصمة الاقتصادية", FRI_MIDNIGHT[0], "no own expression; the closure from the midnight ending Fri 21 Aug 2020: span Fri 21 - Sat 22 Aug", end=FRI_MIDNIGHT[1]),
    ev("mohammedia-closure", "أي المحمدية وبنسليمان وبوزنيقة", FRI_MIDNIGHT[0], "no own expression; Mohammedia's beaches closed from the midnight ending Fri 21 Aug 2020: span Fri 21 - Sat 22 Aug", end=FRI_MIDNIGHT[1]),
])

# ---------------------------------------------------------------- algeria-beaches-reopening-covid-2020
S = "algeria-beaches-reopening-covid-2020"
art(S, "https://ultraalgeria.ultrasawt.com/%D9%81%D8%AA%D8%AD-26-%D8%B4%D8%A7%D8%B7%D8%A6%D9%8B%D8%A7-%D8%A3%D9%85%D8%A7%D9%85-%D8%A7%D9%84%D9%85%D8%B5%D8%B7%D8%A7%D9%81%D9%8A%D9%86-%D8%A8%D8%A7%D9%84%D8%B9%D8%A7%D8%B5%D9%85%D8%A9/%D8%A7%D9%84%D8%AA%D8%B1%D8%A7-%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1",
    "2020-08-07", "page date '07-أغسطس-2020' at the head of the stored text (kept as first line); headline rendered from the URL slug; the caption 'فتح الشواطئ بعد أكثر من شهرين على قرار غلقها' and the byline dropped; the last, truncated sentence dropped", True, """
07-أغسطس-2020
فتح 26 شاطئًا أمام المصطافين بالعاصمة
أعلنت مصالح ولاية الجزائر فتح 26 شاطئًا أمام المصطافين، بشرط التقيد بإجراءات التباعد الاجتماعي.
ويشمل الترخيص بالسباحة شواطئ العاصمة في نواحيها الثلاث شرقًا وغربًا ووسطًا، التي ستُفتح أمام المواطنين بعدما أُغلقت إجراءً احترازيًا للتباعد الاجتماعي منذ شهر حزيران/جوان الماضي.
ويخص القرار المقاطعة الإدارية لزرالدة التي ستُفتح فيها ثمانية شواطئ هي: خلوفي 1 وخلوفي 2، والشاطئ العائلي لزرالدة، وشاطئ الرمي، وشاطئ النخيل، والشاطئ الأزرق، والشاطئ الشرقي لسيدي فرج والشاطئ الغربي.
وفي المقاطعة الإدارية للشراقة ستُفتح ثلاثة شواطئ هي: شاطئ البحر المتوسط وشاطئ الجميلة وشاطئ البهجة، فيما يُفتح بباب الوادي شاطئا الكيتاني وقاع السور، وببلدية حسين داي شاطئ واحد هو العمود الأبيض.
أما في الناحية الشرقية للعاصمة فستُفتح 10 شواطئ بالمقاطعة الإدارية للدار البيضاء، إذ سيتمكن المواطنون في برج الكيفان من السباحة في شاطئ عروس البحر 1 و2 وشاطئ الباخرة المحطمة.
""", [
    ev("algiers-list", "أعلنت مصالح ولاية الجزائر فتح 26 شاطئًا", "2020-08-06", "no own expression; the wilaya's list, reported on 7 Aug 2020 (the page date): my span 6-7 Aug", end="2020-08-08"),
    ev("beaches-closed", "منذ شهر حزيران/جوان الماضي", "2020-06-01", "'منذ شهر حزيران/جوان الماضي' from August 2020 = June 2020 (the start of the closure as the text gives it)", end="2020-07-01"),
    ev("beaches-reopen", "التي ستُفتح أمام المواطنين", "2020-08-15", "no own expression; the beaches opened on Sat 15 Aug 2020 (the Prime Minister's statement of 8 Aug; outside knowledge for this text)"),
])
art(S, "http://ech-chaab.com/ar/%D8%A7%D9%84%D8%AD%D8%AF%D8%AB/%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A/item/155083.html",
    "2020-08-08", "no stamp of its own on the stored page (the 'الأربعاء 16 أفريل 2025' line is the paper's current issue in the page furniture): the body's 'اليوم السبت' for the Prime Minister's statement, which the annasr item of Tue 11 Aug dates 'السبت الماضي' and elhiwar 'يوم السبت 08 أوت 2020', and 'السبت القادم' = 'السبت 15 أوت 2020' = Sat 8 Aug 2020; the line 'الشعب/واج' dropped; the quoted statement re-worded as reported speech; no date of its own in the text", False, """
الوزارة الأولى: إعادة فتح الشواطئ وفضاءات الترفيه اعتبارا من السبت المقبل
سيتمكن المواطنون، اعتبارا من السبت القادم، من دخول الشواطئ المرخصة والمراقبة وأماكن الاستجمام وفضاءات التسلية والترفيه، وفق نظام مرافقة وقائي يتضمن تدابير صحية صارمة للحماية من انتشار وباء كوفيد-19، بحسب ما أفاد به، اليوم السبت، بيان لمصالح الوزير الأول.
وأورد البيان أن الوزير الأول حدد، تطبيقًا لتعليمات رئيس الجمهورية عبد المجيد تبون، القائد الأعلى للقوات المسلحة وزير الدفاع الوطني، التي أسداها خلال اجتماع المجلس الأعلى للأمن المنعقد يوم 3 أغسطس 2020، وبعد التشاور مع اللجنة العلمية والسلطة الصحية، نظام تنفيذ القرار المتضمن الفتح التدريجي والمراقب للشواطئ وفضاءات التسلية وأماكن الاستجمام والترفيه والفنادق والمقاهي والمطاعم، مع التقيد بالبروتوكولات الصحية للوقاية من انتشار الوباء.
وبذلك يجوز للمواطنين، اعتبارا من يوم السبت 15 أوت 2020، دخول الشواطئ المرخصة والمراقبة وأماكن الاستجمام وفضاءات التسلية والترفيه، مع الامتثال لنظام المرافقة الوقائي الذي ستضعه السلطات المحلية.
""", [
    ev("pm-statement", "بحسب ما أفاد به، اليوم السبت، بيان", "2020-08-08", "'اليوم السبت' = Sat 8 Aug 2020"),
    ev("hcs-meeting", "اجتماع المجلس الأعلى للأمن المنعقد يوم 3 أغسطس 2020", "2020-08-03", "'يوم 3 أغسطس 2020' (a Monday)"),
    ev("beaches-reopen", "اعتبارا من يوم السبت 15 أوت 2020", "2020-08-15", "'يوم السبت 15 أوت 2020' (= 'السبت القادم' from Sat 8)"),
])
art(S, "https://www.annasronline.com/index.php/2014-08-09-10-33-20/2014-08-23-11-15-15/157278-2020-08-11-17-49-14",
    "2020-08-11", "date and time in the URL '2020-08-11-17-49-14'; the body's 'اليوم الثلاثاء' agrees (11 Aug 2020 was a Tuesday); headline written from the body (the stored text has none); 'وأج' and the page furniture dropped; no date of its own in the text", False, """
حمامات السباحة غير معنية بقرار الفتح التدريجي
أعلنت مصالح الوزير الأول، اليوم الثلاثاء، أن حمامات السباحة لا يشملها في الوقت الراهن قرار الفتح التدريجي والمراقب لفضاءات التسلية وأماكن الاستجمام والترفيه تحسبا من 15 أوت الجاري، في إطار الرفع التدريجي للحجر الذي فرضه تفشي جائحة كورونا.
وأوضحت المصالح ذاتها في بيان أن قرار استئناف هذه النشاطات يستثني حاليًا حمامات السباحة وأحواض السباحة الأخرى، سواء داخل الفنادق أو في الفضاءات الأخرى المخصصة لذلك.
وكانت مصالح الوزير الأول قد حددت في بيان لها السبت الماضي نظام تنفيذ قرار الفتح التدريجي والمراقب للشواطئ وفضاءات التسلية وأماكن الاستجمام والترفيه والفنادق والمقاهي والمطاعم، مع التقيد بالبروتوكولات الصحية للوقاية من انتشار الوباء.
""", [
    ev("pools-excluded", "أعلنت مصالح الوزير الأول، اليوم الثلاثاء", "2020-08-11", "'اليوم الثلاثاء' = Tue 11 Aug 2020 (the URL day)"),
    ev("beaches-reopen", "تحسبا من 15 أوت الجاري", "2020-08-15", "'15 أوت الجاري' = Sat 15 Aug 2020"),
    ev("pm-statement", "قد حددت في بيان لها السبت الماضي", "2020-08-08", "'السبت الماضي' from Tue 11 = Sat 8 Aug 2020"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 270)
                            if i != 201 and i != 266
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 380-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: river, lake and coastal ferry and passenger-boat sinkings
and boat accidents (Nile, Euphrates, Tigris, lakes, pleasure boats; not migrant boats).
Stories: the sinking of the Tayba al-Khawad - Deim al-Qurai boat on the Nile near Shendi (Sudan, February 2026),
the pleasure-yacht sinking on the Nile at Masr al-Qadima / Qasr al-Nil in Cairo (Egypt, July 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- sudan-shendi-tayba-khawad-boat-2026
S = "sudan-shendi-tayba-khawad-boat-2026"
SINK = "2026-02-11"                          # the boat capsized on Wed 11 Feb 2026 (afternoon / evening)
DOCTORS = "2026-02-11"                       # Sudan Doctors Network statement, evening of Wed 11 Feb
STATE = "2026-02-12"                         # River Nile state government statement (21 bodies), Thu 12 Feb
BODIES = ("2026-02-11", "2026-02-13")        # the bodies recovered over Wed 11 - Thu 12 Feb
SEARCH = ("2026-02-11", "2026-02-14")        # the search for the missing, Wed 11 - Fri 13 Feb (my span)
art(S, "https://tasamuhnews.com/%d8%aa%d9%81%d8%a7%d8%b5%d9%8a%d9%84-%d8%ad%d8%a7%d8%af%d8%ab-%d9%85%d9%88%d8%ac%d8%b9-%d8%a8%d9%86%d9%87%d8%b1-%d8%a7%d9%84%d9%86%d9%8a%d9%84",
    "2026-02-11", "the body's 'اليوم الأربعاء 11 فبراير 2026' (kept; 11 Feb 2026 was a Wednesday) in a report written while bodies were still being recovered ('حتى لحظة كتابة هذا التقرير'); the tag 'متابعات | تسامح نيوز' dropped; headline written from the URL slug ('تفاصيل حادث موجع بنهر النيل')", True, """
تفاصيل حادث موجع في نهر النيل
عاشت ولاية نهر النيل مأساة إنسانية كبيرة، اليوم الأربعاء 11 فبراير 2026، إذ قضى قرابة 30 مواطناً غرقاً في مياه نهر النيل بمنطقة "طيبة الخواض" الواقعة غرب مدينة شندي.
وبيّنت مصادر ميدانية أن جهود الأهالي وفرق الإنقاذ أثمرت انتشال 16 جثة حتى لحظة كتابة هذا التقرير، بينما تتواصل عمليات البحث في عمق النهر عن باقي المفقودين.
وذكرت المصادر أن الحادث نجم عن غرق مركب حديدي من طراز "رفاس" كان ينقل المواطنين في رحلتهم بين منطقتي "طيبة الخواض" و"ديم القراي"، إذ انقلب المركب في وسط النيل فغرق كل من كان على متنه في مشهد مفجع هز المنطقة.
ورجحت التقديرات الأولية أن يكون جميع الركاب قد لقوا حتفهم، بالنظر إلى مرور وقت طويل على الحادث من دون تسجيل أي حالة نجاة، فيما يخيم حزن عميق على مدينة شندي والقرى المحيطة بها لفقدان العشرات من أبنائها، وسط مطالب بتشديد الرقابة على وسائل النقل النهري وتوفير وسائل السلامة للمواطنين.
""", [
    ev("boat-sinks", "إذ قضى قرابة 30 مواطناً غرقاً في مياه نهر النيل", SINK, "'اليوم الأربعاء 11 فبراير 2026' = Wed 11 Feb 2026"),
    ev("bodies-recovered", "أثمرت انتشال 16 جثة حتى لحظة كتابة هذا التقرير", BODIES[0], "'حتى لحظة كتابة هذا التقرير' of Wed 11 Feb 2026; the recovery went on into Thu 12 Feb (my span 11-12 Feb)", end=BODIES[1]),
    ev("search-for-missing", "تتواصل عمليات البحث في عمق النهر عن باقي المفقودين", SEARCH[0], "no own expression (present tense on Wed 11 Feb 2026); the search went on for days (my span 11-13 Feb)", end=SEARCH[1]),
    ev("boat-capsized-midstream", "انقلب المركب في وسط النيل", SINK, "no own expression; the capsizing of Wed 11 Feb 2026 (the same day as the report)"),
])
art(S, "https://sarabic.ae/20260211/%D9%81%D8%A7%D8%AC%D8%B9%D8%A9-%D9%81%D9%8A-%D9%86%D9%87%D8%B1-%D8%A7%D9%84%D9%86%D9%8A%D9%84-%D8%BA%D8%B1%D9%82-%D8%B9%D8%A8%D8%A7%D8%B1%D8%A9--%D8%AA%D8%AD%D9%85%D9%84-%D8%A3%D9%83%D8%AB%D8%B1-%D9%85%D9%86-27-%D8%B4%D8%AE%D8%B5%D8%A7--%D8%B4%D9%85%D8%A7%D9%84%D9%8A-%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86-1110273017.html",
    "2026-02-11", "date in the URL '/20260211/' and the page stamps '11.02.2026' and '2026-02-11T22:29+0000' (dropped; 22:29 UTC is past midnight in Sudan, so the local day may be Thu 12 Feb; I keep the outlet's own date, Wed 11 Feb 2026); the body's 'مساء الأربعاء' agrees; the page furniture and the truncated last sentence dropped; no date of its own in the text", False, """
فاجعة في نهر النيل.. غرق عبارة تقل أكثر من 27 شخصا شمال السودان
ذكرت شبكة أطباء السودان، مساء الأربعاء، أن عبارة غرقت في نهر النيل شمالي البلاد وعلى متنها ما يزيد على 27 شخصًا، من بينهم نساء وأطفال ومسنون، في منطقة "طيبة الخواض".
وبيّنت الشبكة في بيانها أن الحادث وقع خلال تنقل الركاب على متن مركب بين منطقتي طيبة الخواض وديم القراي، وقد انتُشل أكثر من 15 جثمانًا ونجا 6 أشخاص، في حين تواصل فرق الدفاع المدني الحكومي وسكان المنطقة البحث عن باقي المفقودين.
وشددت الشبكة على أن "هذه المأساة الإنسانية تكشف من جديد ضعف وسائل النقل النهري وانعدام شروط السلامة الأساسية، فضلا عن الغياب الكامل للسلطات المحلية وفرق الإنقاذ في الساعات الأولى للحادث، مما ضاعف حجم الكارثة".
""", [
    ev("doctors-network-statement", "ذكرت شبكة أطباء السودان، مساء الأربعاء", DOCTORS, "'مساء الأربعاء' = the evening of Wed 11 Feb 2026"),
    ev("boat-sinks", "أن عبارة غرقت في نهر النيل شمالي البلاد", SINK, "no own expression; reported on the evening of Wed 11 Feb 2026 (the same day)"),
    ev("bodies-recovered", "وقد انتُشل أكثر من 15 جثمانًا", BODIES[0], "no own expression; the first bodies recovered on Wed 11 Feb 2026 (the recovery went on into Thu 12; my span)", end=BODIES[1]),
    ev("six-survivors", "ونجا 6 أشخاص", SINK, "no own expression; the survivors of the capsizing of Wed 11 Feb 2026"),
    ev("search-for-missing", "تواصل فرق الدفاع المدني الحكومي وسكان المنطقة البحث", SEARCH[0], "no own expression (present tense on Wed 11 Feb 2026); my span 11-13 Feb", end=SEARCH[1]),
])
art(S, "https://www.aljazeera.net/news/2026/2/12/%D8%BA%D8%B1%D9%82-21-%D8%B4%D8%AE%D8%B5%D8%A7-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%A3%D9%82%D9%84-%D8%AC%D8%B1%D8%A7%D8%A1-%D8%A7%D9%86%D9%82%D9%84%D8%A7%D8%A8-%D8%B9%D8%A8%D8%A7%D8%B1%D8%A9",
    "2026-02-12", "date in the URL '/2026/2/12/' (12 Feb 2026 was a Thursday); the body's 'مساء أمس الأربعاء' agrees; headline rendered from the URL slug (the stored text has none); no date of its own in the text", False, """
غرق 21 شخصا على الأقل جراء انقلاب عبارة في نهر النيل بالسودان
أعلنت الحكومة المحلية في ولاية نهر النيل شمالي السودان أن 21 شخصا على الأقل فارقوا الحياة، مساء أمس الأربعاء، بعد غرق عبّارة في نهر النيل.
وأوضحت سلطات الولاية أن 21 جثة من ضحايا الحادث قد انتُشلت. وقال شهود عيان إن العبّارة كانت تقل 30 شخصا يعبرون من ضفة النهر إلى الأخرى شمال العاصمة الخرطوم.
وفي سياق متصل، ذكرت "شبكة أطباء السودان" المستقلة أن الحادث وقع في منطقة "طيبة الخواض" التابعة لمحلية شندي، وأن عدد الضحايا يزيد على 27 شخصا من بينهم نساء وأطفال ومسنون.
""", [
    ev("state-statement", "أعلنت الحكومة المحلية في ولاية نهر النيل شمالي السودان", STATE, "no own expression; the state government's statement of Thu 12 Feb 2026 (the day of the report; alaraby: 'في بيان الخميس')"),
    ev("boat-sinks", "فارقوا الحياة، مساء أمس الأربعاء، بعد غرق عبّارة", SINK, "'مساء أمس الأربعاء' in an article of Thu 12 Feb 2026 = Wed 11 Feb"),
    ev("bodies-recovered", "أن 21 جثة من ضحايا الحادث قد انتُشلت", BODIES[0], "no own expression; the bodies recovered over Wed 11 - Thu 12 Feb 2026 (my span)", end=BODIES[1]),
    ev("doctors-network-statement", "ذكرت \"شبكة أطباء السودان\" المستقلة", DOCTORS, "no own expression; the network's statement of the evening of Wed 11 Feb 2026 (sarabic)"),
])
art(S, "https://www.aletihad.ae/news/%D8%B9%D8%B1%D8%A8%D9%8A-%D9%88%D8%AF%D9%88%D9%84%D9%8A/4644478/%D9%85%D9%82%D8%AA%D9%84-21-%D8%B4%D8%AE%D8%B5%D8%A7-%D8%AC%D8%B1%D8%A7%D8%A1-%D8%BA%D8%B1%D9%82-%D9%85%D8%B1%D9%83%D8%A8-%D9%81%D9%8A-%D9%86%D9%87%D8%B1-%D8%A7%D9%84%D9%86%D9%8A%D9%84-%D8%A8%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86",
    "2026-02-13", "page date line '13 فبراير 2026 02:11' (kept; 13 Feb 2026 was a Friday, the print edition of the Abu Dhabi daily); its 'أمس' for the state statement of Thu 12 Feb agrees; the page header, photo caption and related links dropped; the last sentence, cut at '200 كيلومت' in the stored page, completed from the same AFP wording in alaraby ('على بعد نحو 200 كيلومتر شمال العاصمة الخرطوم')", True, """
مقتل 21 شخصاً إثر غرق مركب في نهر النيل بالسودان
13 فبراير 2026 02:11
الخرطوم (وكالات)
لقي 21 شخصاً على الأقل حتفهم بعد غرق مركبهم في النهر بولاية نهر النيل شمال السودان، وفق ما أعلنته السلطات المحلية في بيان وما أفاد به شهود عيان.
وذكرت السلطات المحلية في ولاية نهر النيل، أمس، أنه تم انتشال 21 جثة، في حين يستمر البحث عن باقي المفقودين الذين كانوا على متن المركب.
ووفق البيان، الذي لم يحدد سبب الحادث، "كان الركاب يعبرون نهر النيل بين قريتي طيبة الخواض وديم القراي في شمال الولاية، على بعد نحو 200 كيلومتر شمال العاصمة الخرطوم".
""", [
    ev("boat-sinks", "بعد غرق مركبهم في النهر بولاية نهر النيل", SINK, "no own expression; the sinking of Wed 11 Feb 2026 (the other articles)"),
    ev("state-statement", "وذكرت السلطات المحلية في ولاية نهر النيل، أمس", STATE, "'أمس' in an article of Fri 13 Feb 2026 = Thu 12 Feb"),
    ev("bodies-recovered", "أنه تم انتشال 21 جثة", BODIES[0], "no own expression; the bodies recovered over Wed 11 - Thu 12 Feb 2026 (my span)", end=BODIES[1]),
    ev("search-for-missing", "يستمر البحث عن باقي المفقودين", SEARCH[0], "no own expression (present tense in the statement of Thu 12 Feb 2026); my span 11-13 Feb", end=SEARCH[1]),
])

# ---------------------------------------------------------------- egypt-cairo-nile-yacht-saudi-family-2024
S = "egypt-cairo-nile-yacht-saudi-family-2024"
SINK = "2024-07-30"                          # the yacht capsized in the early hours of Tue 30 Jul 2024 (call at 01:00)
TWO = "2024-07-30"                           # the two first bodies recovered, Tue 30 Jul
art(S, "https://arabkhabar.com/a/2985338",
    "2024-07-30", "page line 'تاريخ النشر: 30th, July 2024 GMT' (kept; 30 Jul 2024 was a Tuesday); the source tag 'المصدر: صحيفة صدى', the key words and the related links dropped", True, """
وفاة اثنين وإصابة آخرين في غرق يخت يقل سعوديين ومصريين خلال نزهة نيلية بمصر
تاريخ النشر: 30th, July 2024 GMT
القاهرة
غرق يخت سياحي أثناء نزهة في مياه نهر النيل، في المنطقة الواقعة بين دائرتي قسم قصر النيل ومصر القديمة.
وبيّنت المصادر أن أسرة مصرية كانت تستضيف أقارب لها يحملون الجنسية السعودية، فخرجوا معاً للتنزه في النيل على متن يخت سياحي كان يقل 14 راكباً، لكنه سقط في المياه.
وفي التفاصيل، ورد إلى قسم شرطة مصر القديمة إخطار من الخدمات الأمنية بمستشفى القصر العيني بوصول مصابين ومتوفين جراء غرق يخت في الفرعة الكبرى لنهر النيل بين النافورة وفندق سوفتيل، في نطاق قسم قصر النيل.
وأدى الحادث إلى إصابة 4 سعوديين و5 مصريين باختناق قبل أن تتحسن حالتهم، كما تبين وفاة مصريين اثنين، ولا يزال البحث جارياً عن 3 مفقودين في المياه.
وأظهرت التحريات الأولية أن ترخيص اليخت منتهٍ، وأنه صغير الحجم لا يتسع لأكثر من 4 أشخاص، وأن سائقه لا يحمل أي ترخيص للعمل في هذه المنطقة.
وأضافت التحريات أن اليخت الصغير فقد توازنه وانغمست مقدمته في مياه النيل، فامتلأ بالمياه وغرق.
""", [
    ev("yacht-sinks", "غرق يخت سياحي أثناء نزهة في مياه نهر النيل", SINK, "no own expression; the capsizing in the early hours of Tue 30 Jul 2024 (almasryalyoum: 'اليوم الثلاثاء', the call at 'الواحدة بعد منتصف الليل')"),
    ev("hospital-notifies-police", "ورد إلى قسم شرطة مصر القديمة إخطار", SINK, "no own expression; the notice from Qasr al-Aini hospital after the accident of Tue 30 Jul 2024"),
    ev("nine-injured", "إصابة 4 سعوديين و5 مصريين باختناق", SINK, "no own expression; the injured of the accident of Tue 30 Jul 2024"),
    ev("two-bodies-recovered", "كما تبين وفاة مصريين اثنين", TWO, "no own expression; the two bodies recovered on Tue 30 Jul 2024"),
    ev("search-for-three-missing", "ولا يزال البحث جارياً عن 3 مفقودين", "2024-07-30", "no own expression (present on Tue 30 Jul 2024); the search went on until the bodies were found (my span 30-31 Jul)", end="2024-08-01"),
    ev("investigation-licence", "وأظهرت التحريات الأولية أن ترخيص اليخت منتهٍ", "2024-07-30", "no own expression; the first findings of the police inquiry, Tue 30 Jul 2024"),
])
art(S, "https://www.almasryalyoum.com/news/details/3226096",
    "2024-07-30", "no date line on the stored page; the body's 'اليوم الثلاثاء' for the accident that other outlets date Tue 30 Jul 2024 (arabkhabar 'تاريخ النشر: 30th, July 2024', yasmina 'يوم الثلاثاء 30 يوليو') gives Tue 30 Jul 2024; headline written from the body (the stored text has none); the sub-heading and the last, truncated photo caption dropped; no date of its own in the text", False, """
نزهة نيلية تنتهي بمأساة في مصر القديمة
انتهت نزهة في نهر النيل بوسط القاهرة، اليوم الثلاثاء، بمأساة غرقت فيها ربة منزل وابنتها و٣ أطفال من أبناء أشقائها في مصر القديمة، بعد انقلاب «مركب» (لنش نيلى) في الماء إثر فقدانه توازنه، وقد انتشلت قوات الإنقاذ النهري طفلين فيما يتواصل البحث عن ٣ مفقودين.
وكانت وفاء عبدالرحمن محمد، التي تحمل الجنسيتين المصرية والسعودية، قد جاءت من الرياض لقضاء إجازة صيفية قبل نحو أسبوع، ولحبها لنهر النيل طلبت من شقيقتيها «نحمده» و«محاسن»، وهما ربتا منزل، استئجار مركب من منطقة النافورة القريبة من فندق شهير في جزيرة الزمالك.
وخرجت «نحمده» مع ابنتها «سماح»، ١٦ سنة، للقاء خالتيها، واصطحبت «وفاء» ابنها «سيف»، ١٣ سنة، الذي يحمل الجنسية السعودية، بينما أحضرت «محاسن» الطفلين «أيمن» و«محمد»، ابني شقيقهم «حمادة»، ثم التقوا واتفقوا مع صاحب مركب على نزهة في النيل برفقة آخرين.
وبحلول الواحدة بعد منتصف الليل، تلقى أحمد جاد الحق، وهو نجار وزوج «نحمده»، اتصالًا من «محاسن» تبلغه فيه بالفاجعة: «الحقنا المركب غرقت في الميه، مراتك (نحمده)، وبنتك (سماح)، وابن أختى (سيف) مخرجوش»، ونطقت بها بصعوبة قبل أن ينقلها الأطباء على «تروللى» إلى غرفة لاستكمال علاجها، وهي في حالة انهيار عصبي.
""", [
    ev("yacht-sinks", "بعد انقلاب «مركب» (لنش نيلى) في الماء", SINK, "'اليوم الثلاثاء' = Tue 30 Jul 2024 (the call came 'بحلول الواحدة بعد منتصف الليل')"),
    ev("two-bodies-recovered", "وقد انتشلت قوات الإنقاذ النهري طفلين", TWO, "no own expression; the two bodies recovered on Tue 30 Jul 2024"),
    ev("search-for-three-missing", "فيما يتواصل البحث عن ٣ مفقودين", "2024-07-30", "no own expression (present on Tue 30 Jul 2024); my span 30-31 Jul", end="2024-08-01"),
    ev("wafaa-arrives-from-riyadh", "قد جاءت من الرياض لقضاء إجازة صيفية قبل نحو أسبوع", "2024-07-21", "'قبل نحو أسبوع' before Tue 30 Jul 2024 = about Tue 23 Jul (my span 21-25 Jul)", end="2024-07-26"),
    ev("phone-call-to-husband", "تلقى أحمد جاد الحق، وهو نجار وزوج «نحمده»، اتصالًا", SINK, "'بحلول الواحدة بعد منتصف الليل' = 01:00 on the night that ended the outing, taken as Tue 30 Jul 2024"),
])
art(S, "https://arabiaweather.com/ar/content/%D9%85%D8%B5%D8%B1-%D8%BA%D8%B1%D9%82-%D9%8A%D8%AE%D8%AA-%D9%8A%D8%AD%D9%85%D9%84-%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D9%8A%D9%86-%D9%88%D9%85%D8%B5%D8%B1%D9%8A%D9%8A%D9%86-%D8%AE%D9%84%D8%A7%D9%84-%D9%86%D8%B2%D9%87%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D9%86%D9%8A%D9%84",
    "2024-07-31", "page stamp '2024-07-31 2024-07-31T12:01:57Z' (the day kept as a line of the text; 31 Jul 2024 was a Wednesday); the author's name, sub-headings and 'شاهد أيضا' links dropped", True, """
مصر | غرق يخت يقل سعوديين ومصريين أثناء نزهة في النيل
2024-07-31
طقس العرب - غرق يخت سياحي كان يقل 14 راكباً من المصريين والسعوديين في مياه نهر النيل بين منطقتي قسم قصر النيل ومصر القديمة.
ووصل إلى قسم شرطة مصر القديمة إخطار من مستشفى القصر العيني بوصول مصابين ومتوفين نتيجة الحادث الذي وقع في الفرعة الكبرى لنهر النيل قرب النافورة وفندق سوفتيل.
وتفيد تفاصيل الحادث بأن أسرة مصرية كانت تستضيف أقاربها السعوديين في رحلة نيلية، فركبوا اليخت للتنزه، غير أن اليخت، المنتهي ترخيصه والصغير الحجم الذي لا يحتمل سوى 4 أشخاص، غرق بعدما فقد توازنه وسقطت مقدمته في الماء فامتلأ بالمياه.
وخلّف الحادث إصابة 4 سعوديين و5 مصريين بحالات اختناق تحسنت بعدها حالتهم، إلى جانب وفاة مصريين اثنين، بينما يجري حالياً البحث عن 3 مفقودين في المياه.
وبيّنت التحريات الأولية أن اليخت لم يكن يحمل تراخيص للعمل في تلك المنطقة، وأن سائقه لم تكن بحوزته الوثائق المطلوبة.
""", [
    ev("yacht-sinks", "غرق يخت سياحي كان يقل 14 راكباً", SINK, "no own expression; the capsizing of Tue 30 Jul 2024 (the other articles)"),
    ev("hospital-notifies-police", "ووصل إلى قسم شرطة مصر القديمة إخطار", SINK, "no own expression; the hospital's notice after the accident of Tue 30 Jul 2024"),
    ev("nine-injured", "إصابة 4 سعوديين و5 مصريين بحالات اختناق", SINK, "no own expression; the injured of Tue 30 Jul 2024"),
    ev("two-bodies-recovered", "إلى جانب وفاة مصريين اثنين", TWO, "no own expression; the two bodies recovered on Tue 30 Jul 2024"),
    ev("search-for-three-missing", "بينما يجري حالياً البحث عن 3 مفقودين", "2024-07-30", "'حالياً' repeats the report of Tue 30 Jul 2024 in an article of Wed 31 Jul; my span 30-31 Jul", end="2024-08-01"),
    ev("investigation-licence", "وبيّنت التحريات الأولية أن اليخت لم يكن يحمل تراخيص", "2024-07-30", "no own expression; the first findings of the police inquiry, Tue 30 Jul 2024"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 380
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

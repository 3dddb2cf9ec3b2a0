"""Builds stories.jsonl: the 370-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: archaeological discoveries announced by antiquities
authorities: tombs, statues, mosaics, shipwrecks and ancient cities found and presented.
Stories: the Roman mosaic of al-Rastan unveiled by the Syrian antiquities directorate (Syria, October 2022),
the largest Assyrian winged bull found in Esarhaddon's palace behind the Nabi Yunus mosque in Mosul (Iraq,
September 2025), the oldest architectural settlement of Arabia announced at Masyoun near Tabuk (Saudi Arabia,
September 2025), and the raising of sunken antiquities from the harbour of Abu Qir in Alexandria (Egypt,
August 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-rastan-roman-mosaic-2022
S = "syria-rastan-roman-mosaic-2022"
ANN = "2022-10-12"                         # the directorate's statement through SANA, Wed 12 Oct 2022
FIND = ("2018-01-01", "2019-01-01")        # the mosaic was first reached in 2018 (Hammam Saad)
DIG = ("2012-01-01", "2018-05-17")         # armed groups held al-Rastan from early 2012 to mid-May 2018
TAKE = ("2018-05-01", "2018-06-01")        # the army took al-Rastan back in May 2018 (evacuation deal)
WORK = ("2018-01-01", "2022-10-13")        # excavation / restoration between the find and the announcement
art(S, "https://ra2ej.com/%D8%A7%D9%83%D8%AA%D8%B4%D8%A7%D9%81-%D9%84%D9%88%D8%AD%D8%A9-%D9%81%D8%B3%D9%8A%D9%81%D8%B3%D8%A7%D8%A1-%D9%85%D9%86-%D8%A7%D9%84%D8%B9%D8%B5%D8%B1-%D8%A7%D9%84%D8%B1%D9%88%D9%85%D8%A7%D9%86%D9%8A-%D9%81%D9%8A-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D9%84%D8%A7-%D9%85%D8%AB%D9%8A%D9%84-%D9%84%D9%87%D8%A7-%D9%81%D9%8A-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85-513186.html",
    "2022-10-12", "page line 'تاريخ النشر: الأربعاء، 12 أكتوبر 2022' (kept as second line; 12 Oct 2022 was a Wednesday); the body's 'اليوم' agrees; headline kept from the page (reworded); the last, truncated sentence shortened", True, """
لوحة فسيفساء رومانية لا نظير لها في العالم تظهر في سوريا
تاريخ النشر: الأربعاء، 12 أكتوبر 2022
أعلنت المديرية العامة للآثار والمتاحف السورية عن كشف أثري نادر وُجد في مدينة الرستن التابعة لمحافظة حمص وسط سوريا. وورد في بيان المديرية الذي نقلته الوكالة العربية السورية للأنباء "سانا" اليوم أن "الكشف الأثري لوحة فسيفساء تعود إلى العصر الروماني ولا مثيل لها في العالم".
وقد فحص مختصون من المديرية العامة للآثار والمتاحف هذا الأثر الفني النادر، ويجري العمل على ترميم أجزاء صغيرة منه تضررت بسبب الحفر الذي قامت به العصابات الإرهابية بهدف تهريبه إلى الخارج، وفق ما أوردته قناة "الإخبارية" السورية على حسابها في فيسبوك.
وأورد الصحفي أحمد الأحمد في صفحته الرسمية على تويتر تفاصيل عن أبعاد اللوحة قائلا: "كشف أثري نادر في مدينة الرستن بمحافظة حمص، وهو لوحة فسيفساء ضخمة من العصر الروماني لا نظير لها في العالم، مقاسها 20 × 6 أمتار وفي حالة جيدة".
وتقع مدينة الرستن التي عُثر على هذه اللوحة النادرة في أرضها على بعد نحو 20 كلم شمال مدينة حمص.
""", [
    ev("announcement", "أعلنت المديرية العامة للآثار والمتاحف السورية عن كشف أثري نادر", ANN, "the statement carried by SANA 'اليوم' = Wed 12 Oct 2022 (date line)"),
    ev("expert-examination", "وقد فحص مختصون من المديرية العامة للآثار والمتاحف", WORK[0], "no own expression; the examination by the directorate's experts between the find of 2018 and the announcement (my span)", end=WORK[1]),
    ev("restoration", "ويجري العمل على ترميم أجزاء صغيرة منه", WORK[0], "no own expression ('يجري', ongoing); restoration of the damaged parts between the find of 2018 and the announcement of Wed 12 Oct 2022 (my span)", end=WORK[1]),
    ev("armed-groups-dig", "تضررت بسبب الحفر الذي قامت به العصابات الإرهابية", DIG[0], "no own expression; the digging while armed groups held al-Rastan, early 2012 - mid-May 2018 (outside knowledge; al-Araby: 'قبل عام 2018')", end=DIG[1]),
])
art(S, "https://aajsy.com/entertainment_media/%D8%A7%D9%83%D8%AA%D8%B4%D8%A7%D9%81-%D9%84%D9%88%D8%AD%D8%A9-%D9%81%D8%B3%D9%8A%D9%81%D8%B3%D8%A7%D8%A6%D9%8A%D8%A9-%D8%B6%D8%AE%D9%85%D8%A9-%D8%AA%D8%B9%D9%88%D8%AF-%D9%84%D9%84%D9%82%D8%B1%D9%86-%D8%A7%D9%84%D8%B1%D8%A7%D8%A8%D8%B9-%D8%A7%D9%84%D9%85%D9%8A%D9%84%D8%A7%D8%AF%D9%8A-%D9%81%D9%8A-%D8%B3%D9%88%D8%B1%D9%8A%D8%A9",
    "2022-10-12", "page date line '12 أكتوبر 2022' (kept as second line; 12 Oct 2022 was a Wednesday); the body's 'اليوم الأربعاء' agrees; the photo caption and the font buttons dropped; headline kept from the page (reworded); the last, truncated sentence dropped", True, """
الكشف عن لوحة فسيفسائية ضخمة من القرن الرابع الميلادي في سورية
12 أكتوبر 2022
أعلنت وسائل إعلام تابعة للنظام السوري، اليوم الأربعاء، الكشف عن لوحة فسيفساء كبيرة فريدة من نوعها في مدينة الرستن بمحافظة حمص وسط البلاد، في حين أفادت مصادر بأن اللوحة اكتُشفت منذ مدة، وأن الإعلان عنها جرى اليوم لأسباب غير معروفة.
وذكرت صحيفة "العروبة" المحلية أن لوحة فسيفسائية أثرية لا مثيل لها في العالم، ترجع إلى القرن الرابع الميلادي، وُجدت في مدينة الرستن بريف حمص الشمالي، موضحة أنها تتميز باتساع مساحتها وبحالتها الجيدة التي حافظت عليها رغم توالي العصور.
وأفادت مصادر "العربي الجديد" بأن اللوحة اكتُشفت في وقت سابق أثناء حفر نفق كانت فصائل الجيش السوري الحر تستخدمه خلال حصار النظام للمدينة قبل عام 2018، وحين سيطر النظام على المدينة تبيّن أن الموقع أثري، فمنع الدخول إليه.
من جهتها، نقلت الصحيفة عن مدير التنقيب والدراسات الأثرية في المديرية العامة للآثار والمتاحف همام سعد قوله إن هذا الاكتشاف نادر وبالغ الأهمية، لا على مستوى المنطقة فحسب بل على مستوى العالم.
وأقر المدير بأن الاكتشاف تم في العام 2018.
""", [
    ev("announcement", "أعلنت وسائل إعلام تابعة للنظام السوري، اليوم الأربعاء، الكشف", ANN, "'اليوم الأربعاء' = Wed 12 Oct 2022 (date line)"),
    ev("armed-groups-dig", "أثناء حفر نفق كانت فصائل الجيش السوري الحر تستخدمه", DIG[0], "'قبل عام 2018', during the siege: armed groups held al-Rastan from early 2012 to mid-May 2018 (outside knowledge)", end=DIG[1]),
    ev("army-takes-rastan", "وحين سيطر النظام على المدينة", TAKE[0], "no own expression; the army entered al-Rastan after the evacuation deal of May 2018 (outside knowledge)", end=TAKE[1]),
    ev("site-closed", "فمنع الدخول إليه", TAKE[0], "no own expression; the closing of the site after the takeover of May 2018, up to the announcement (my span)", end=ANN),
    ev("find-2018", "وأقر المدير بأن الاكتشاف تم في العام 2018", FIND[0], "'في العام 2018' = the year 2018", end=FIND[1]),
])
art(S, "https://www.akhbaralaan.net/news/arab-world/2022/10/13/%d8%b3%d9%88%d8%b1%d9%8a%d8%a7-%d8%aa%d8%b1%d9%81%d8%b9-%d8%a7%d9%84%d8%b3%d8%aa%d8%a7%d8%b1-%d8%b9%d9%86-%d8%a3%d9%87%d9%85-%d9%81%d8%b3%d9%8a%d9%81%d8%b3%d8%a7%d8%a1-%d8%b1%d9%88%d9%85%d8%a7%d9%86%d9%8a%d8%a9-%d8%aa%d9%85-%d8%a7%d9%83%d8%aa%d8%b4%d8%a7%d9%81%d9%87%d8%a7",
    "2022-10-13", "date in the URL '/2022/10/13/' (13 Oct 2022 was a Thursday); the report (an AP story of the day before) agrees with the announcement of Wed 12 Oct; headline rendered from the URL slug, the two bullet sub-headings and the repeated inner heading dropped; the last, truncated sentence completed from the same text in fotoartbook ('ضمن أحد المنازل في منطقة الرستن'); no date of its own in the text", False, """
سوريا تكشف النقاب عن أبرز فسيفساء رومانية عُثر عليها
أزاحت سوريا الستار عن فسيفساء كبيرة سليمة ترجع إلى العصر الروماني، وُصفت بأنها أبرز كشف أثري منذ اندلاع الصراع في البلاد قبل 11 عامًا.
وقد عُرضت الفسيفساء على الصحفيين في بلدة الرستن وسط البلاد قرب حمص، ثالثة كبرى المدن السورية.
وعُثر على الفسيفساء الرومانية، البالغة مساحتها 120 مترًا مربعًا (نحو 1300 قدم مربع)، داخل مبنى قديم كانت المديرية العامة للآثار والمتاحف السورية تجري فيه أعمال التنقيب.
وكانت كل لوحة مرصوفة بأحجار ملونة صغيرة مربعة لا يتجاوز ضلعها نصف بوصة.
وأوضح الدكتور همام سعد، المدير المساعد للتنقيب والبحث الأثري في المديرية، أن مشاهد الفسيفساء تتضمن تصويرًا نادرًا لمحاربات الأمازون القديمات في الأساطير الرومانية.
وقال سعد: "ما بين أيدينا كشف نادر على المستوى العالمي"، مضيفا أن الصور "زاخرة بالتفاصيل" وتشمل مشاهد من حرب طروادة بين الإغريق والطرواديين.
ويرجع الوصول إلى هذه اللوحة إلى العام 2018م، إذ كُشف عنها بعد الحفر والتنقيب داخل أحد المنازل في منطقة الرستن.
""", [
    ev("announcement", "أزاحت سوريا الستار عن فسيفساء كبيرة سليمة", ANN, "no own expression; the unveiling announced on Wed 12 Oct 2022 (the other articles: 'اليوم الأربعاء', 'أمس الأربعاء')"),
    ev("syria-conflict-start", "منذ اندلاع الصراع في البلاد قبل 11 عامًا", "2011-03-15", "'قبل 11 عامًا' from Oct 2022 = the uprising that began on Tue 15 Mar 2011 (outside knowledge)"),
    ev("shown-to-journalists", "وقد عُرضت الفسيفساء على الصحفيين في بلدة الرستن", ANN, "no own expression; the press visit reported by AP with the announcement of Wed 12 Oct 2022 (my span 12-13 Oct)", end="2022-10-14"),
    ev("excavation", "كانت المديرية العامة للآثار والمتاحف السورية تجري فيه أعمال التنقيب", WORK[0], "no own expression; the directorate's digs between the find of 2018 and the announcement (my span)", end=WORK[1]),
    ev("find-2018", "ويرجع الوصول إلى هذه اللوحة إلى العام 2018م", FIND[0], "'إلى العام 2018م' = the year 2018", end=FIND[1]),
])
art(S, "https://www.alyaum.com/articles/6426541/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D9%85%D9%86%D9%88%D8%B9%D8%A7%D8%AA/%D8%A7%D9%83%D8%AA%D8%B4%D8%A7%D9%81-%D9%84%D9%88%D8%AD%D8%A9-%D9%81%D8%B3%D9%8A%D9%81%D8%B3%D8%A7%D8%A1-%D8%A3%D8%AB%D8%B1%D9%8A%D8%A9-%D9%86%D8%A7%D8%AF%D8%B1%D8%A9-%D8%A8%D8%B3%D9%88%D8%B1%D9%8A%D8%A7",
    "2022-10-13", "no date line on the stored page; the body's 'أمس الأربعاء' for the SANA statement, which the other outlets date 'اليوم الأربعاء' 12 Oct 2022, gives Thu 13 Oct 2022 (alyaum is a morning daily); headline rendered from the URL slug; no date of its own in the text", False, """
الكشف عن لوحة فسيفساء أثرية نادرة في سوريا
كشفت المديرية العامة للآثار والمتاحف في سوريا عن اكتشاف أثري نادر عُثر عليه في مدينة الرستن التابعة لمحافظة حمص وسط البلاد.
وأوضحت المديرية في بيان نقلته الوكالة العربية السورية للأنباء «سانا»، أمس الأربعاء، أن «الكشف الأثري لوحة فسيفساء رومانية لا نظير لها في العالم».
وأفادت قناة «الإخبارية» السورية عبر حسابها على «فيسبوك» بأن مختصين من المديرية العامة للآثار والمتاحف أجروا كشفًا فنيًا على اللوحة، لافتة إلى ترميم بعض الأجزاء الصغيرة التي تضررت جراء تنقيب العصابات الإرهابية عنها بهدف تهريبها إلى الخارج.
وتقع مدينة الرستن على بعد 20 كلم تقريبا شمال مدينة حمص، وتُعد من أشهر المواقع التي يُعثر فيها على لقى أثرية في سوريا.
""", [
    ev("announcement", "وأوضحت المديرية في بيان نقلته الوكالة العربية السورية للأنباء «سانا»، أمس الأربعاء", ANN, "'أمس الأربعاء' = Wed 12 Oct 2022"),
    ev("expert-examination", "مختصين من المديرية العامة للآثار والمتاحف أجروا كشفًا فنيًا على اللوحة", WORK[0], "no own expression; between the find of 2018 and the announcement (my span)", end=WORK[1]),
    ev("restoration", "لافتة إلى ترميم بعض الأجزاء الصغيرة", WORK[0], "no own expression; between the find of 2018 and the announcement (my span)", end=WORK[1]),
    ev("armed-groups-dig", "تضررت جراء تنقيب العصابات الإرهابية عنها", DIG[0], "no own expression; while armed groups held al-Rastan, early 2012 - mid-May 2018 (outside knowledge)", end=DIG[1]),
])

# ---------------------------------------------------------------- iraq-mosul-esarhaddon-winged-bull-2025
S = "iraq-mosul-esarhaddon-winged-bull-2025"
ANN = "2025-09-19"                         # minister al-Badrani's announcement to INA, Fri 19 Sep 2025
FOUND = ("2025-08-01", "2025-09-20")       # the current dig reached the bull shortly before the announcement (my span)
NINETIES = ("1990-01-01", "2000-01-01")    # the first bull of the palace was found in the 1990s
art(S, "https://www.alamssar.com/print.aspx?id=436295",
    "2025-09-19", "page date line 'الجمعة 19 سبتمبر 2025 - 08:43 م' (kept as second line; 19 Sep 2025 was a Friday); the body's 'اليوم الجمعة' agrees; the byline 'مصطفى سيد' and the tags '(العراق)' and 'الأمصار' dropped; headline kept from the page (reworded); the last, truncated quotation of Ruwaid Muwaffaq completed from the same statement as quoted by eremnews", True, """
العراق يعلن العثور على أكبر ثور مجنح آشوري في قصر آشورحدون بالموصل
الجمعة 19 سبتمبر 2025 - 08:43 م
كشف وزير الثقافة والسياحة والآثار العراقي أحمد فكاك البدراني، اليوم الجمعة، عن كشف أثري ضخم عدّه "الأكبر في تاريخ الدولة الآشورية"، وهو ثور مجنح يقارب ارتفاعه 6 أمتار عُثر عليه داخل القاعة الملكية لقصر الملك آشورحدون، الواقع خلف جامع النبي يونس في مدينة الموصل.
وصرح البدراني لوكالة الأنباء العراقية (واع) بأن "فرق التنقيب التابعة للوزارة تمكنت من اكتشاف أكبر ثور مجنح آشوري معروف إلى الآن، وهو كشف استثنائي ذو قيمة أثرية وتاريخية كبرى، يدل على عظمة العمارة والفن لدى الآشوريين".
وبيّن أن "أعمال التنقيب المتواصلة لم تقف عند هذا الكشف، إذ أظهرت وجود نسخ أصغر من الثور المجنح، كما حددت معالم قاعة العرش، وهي من أبرز عناصر تاريخ الملوك الآشوريين".
ولفت الوزير إلى أن القصر الملكي يتكون من قاعات متلاصقة تنتهي إلى قاعة العرش، وتتزين مداخله بنسختين من الثور المجنح عند كل بوابة، بما يعبّر عن الرمزية الدينية والسياسية لهذا الرمز في الحضارة الآشورية.
بدوره، ذكر مدير مفتشية آثار وتراث نينوى رويد موفق أن "أحد الثيران وُجد في تسعينيات القرن الماضي في الجهة اليسرى من القصر".
""", [
    ev("announcement", "كشف وزير الثقافة والسياحة والآثار العراقي أحمد فكاك البدراني، اليوم الجمعة", ANN, "'اليوم الجمعة' = Fri 19 Sep 2025 (date line)"),
    ev("bull-found", "تمكنت من اكتشاف أكبر ثور مجنح آشوري معروف إلى الآن", FOUND[0], "no own expression; the find of the current season, shortly before the announcement of Fri 19 Sep 2025 (my span Aug - 19 Sep)", end=FOUND[1]),
    ev("smaller-copies-found", "إذ أظهرت وجود نسخ أصغر من الثور المجنح", FOUND[0], "no own expression; the same season (my span Aug - 19 Sep 2025)", end=FOUND[1]),
    ev("throne-hall-defined", "كما حددت معالم قاعة العرش", FOUND[0], "no own expression; the same season (my span Aug - 19 Sep 2025)", end=FOUND[1]),
    ev("first-bull-1990s", "أحد الثيران وُجد في تسعينيات القرن الماضي", NINETIES[0], "'في تسعينيات القرن الماضي' = 1990-1999", end=NINETIES[1]),
])
art(S, "https://www.eremnews.com/entertainment/v9iw0q9",
    "2025-09-20", "page stamp 'date 2025-09-20' (not part of the text; 20 Sep 2025 was a Saturday); the body's 'الجمعة' for the announcement of Fri 19 Sep agrees; headline written from the body (the stored text has none); the last, truncated sentence shortened; no date of its own in the text", False, """
العراق يكشف عن أضخم ثور مجنح في تاريخ الآشوريين
أعلن العراق، الجمعة، العثور على أضخم ثور مجنح في تاريخ الدولة الآشورية، يصل ارتفاعه إلى نحو 6 أمتار، في القاعة الملكية لقصر الملك آسرحدون خلف جامع النبي يونس بمدينة الموصل، بحسب وكالة الأنباء العراقية "واع".
وذكر وزير الثقافة والسياحة والآثار أحمد فكاك البدراني أن "فرق التنقيب نجحت في اكتشاف أكبر ثور مجنح في تاريخ الدولة الآشورية، ولهذا الكشف الذي يقارب ارتفاعه 6 أمتار قيمة أثرية وتاريخية كبيرة".
وأوضح البدراني أن "أعمال التنقيب تدل على وجود نسخ أخرى أصغر حجما، كما أفضت إلى تحديد مساحة قاعة العرش ذات الأهمية البارزة في تاريخ الدولة الآشورية".
وتابع أن "موقع القصر الملكي يشتمل على قاعات متجاورة تفضي إلى قاعة العرش، إضافة إلى نسختين من الثور المجنح عند كل باب من أبواب القصر".
وفي السياق نفسه، بيّن مدير مفتشية آثار وتراث نينوى، رويد موفق، أن "أحد الثيران عُثر عليه في تسعينيات القرن الماضي في الجهة اليسرى من القصر، بينما أسفرت التنقيبات الحالية عن الوصول إلى الثور المجنح الثاني، وهو ما سيعزز المكانة السياحية والأثرية للموقع".
وأشار موفق إلى أن هيئة الآثار تعمل بالتعاون مع جامعة هايدلبرغ الألمانية.
""", [
    ev("announcement", "أعلن العراق، الجمعة، العثور على أضخم ثور مجنح", ANN, "'الجمعة' before Sat 20 Sep = Fri 19 Sep 2025"),
    ev("bull-found", "فرق التنقيب نجحت في اكتشاف أكبر ثور مجنح", FOUND[0], "no own expression; shortly before the announcement (my span Aug - 19 Sep 2025)", end=FOUND[1]),
    ev("throne-hall-defined", "كما أفضت إلى تحديد مساحة قاعة العرش", FOUND[0], "no own expression; the same season (my span Aug - 19 Sep 2025)", end=FOUND[1]),
    ev("first-bull-1990s", "أحد الثيران عُثر عليه في تسعينيات القرن الماضي", NINETIES[0], "'في تسعينيات القرن الماضي' = 1990-1999", end=NINETIES[1]),
])
art(S, "https://www.elbalad.news/6704927",
    "2025-09-21", "page stamp 'date 2025-09-21' (not part of the text; 21 Sep 2025 was a Sunday); the body's 'مؤخرًا' for the find announced on Fri 19 Sep agrees; headline written from the body (the stored text has none); the last, truncated sentence shortened", True, """
مراسلة القاهرة الإخبارية: ثور مجنح ضخم يظهر خلف جامع النبي يونس في الموصل
ذكرت هبة التميمي، مراسلة القاهرة الإخبارية، أن مدينة الموصل شهدت كشفًا أثريًا جديدًا، إذ وُجد خلف جامع النبي يونس ثور مجنح ضخم من الحضارة الآشورية، مشددة على أن هذا التمثال رمز تاريخي فريد وعمق حضاري يعكس عراقة المدينة التي طالما ضمت بين جنباتها آثارًا نادرة.
وأضافت التميمي، في مداخلة مباشرة على الهواء، أن وزارة الثقافة العراقية عدّت التمثال المكتشف رمزًا لهيبة الموصل وتاريخها وحضارتها، لا مجرد قطعة أثرية عادية، مبينة أن أعمال التنظيف وإعادة الترميم المتواصلة في المدينة تكشف كل مرة عن مواقع أثرية جديدة ترفع من قيمة الموصل الأثرية عالميًا.
وأشارت إلى أن الثور المجنح المكتشف يُعد من أكبر التماثيل ذات القيمة الحضارية الممثلة للحضارة الآشورية، إذ يجمع بين ضخامة الحجم وعمق الدلالة على عظمة الإمبراطورية الآشورية التي حكمت المنطقة قرونًا طويلة.
ونبهت وزارة الثقافة إلى أن قاعة العرش في قصر الملك الآشوري سرحدون تحوي تماثيل ضخمة أصلا، غير أن حجمها أصغر كثيرًا من الثور المجنح الذي جرى العثور عليه مؤخرًا.
""", [
    ev("bull-found", "إذ وُجد خلف جامع النبي يونس ثور مجنح ضخم", FOUND[0], "no own expression; the find announced on Fri 19 Sep 2025 (my span Aug - 19 Sep)", end=FOUND[1]),
    ev("ministry-comment", "أن وزارة الثقافة العراقية عدّت التمثال المكتشف رمزًا", ANN, "no own expression; the ministry's words of the announcement, Fri 19 Sep, up to the broadcast (my span 19-20 Sep 2025)", end="2025-09-21"),
    ev("mosul-cleanup-restoration", "أعمال التنظيف وإعادة الترميم المتواصلة في المدينة", "2017-07-10", "no own expression ('المتواصلة'); the clearing and rebuilding of Mosul since its recapture from ISIS on 10 Jul 2017 up to the report (outside knowledge, my span)", end="2025-09-22"),
    ev("tamimi-report", "ذكرت هبة التميمي، مراسلة القاهرة الإخبارية", "2025-09-20", "no own expression; the live report went out between the announcement and the article of Sun 21 Sep (my span 20-21 Sep 2025)", end="2025-09-22"),
])

# ---------------------------------------------------------------- saudi-masyoun-neolithic-settlement-2025
S = "saudi-masyoun-neolithic-settlement-2025"
ANN = "2025-09-25"                         # the Heritage Commission's press conference in Riyadh, Thu 25 Sep 2025
SEASONS = ("2022-12-01", "2024-06-01")     # four field seasons, December 2022 - May 2024
art(S, "https://arabic.arabianbusiness.com/abnews/%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D8%AA%D8%B9%D9%84%D9%86-%D8%B9%D9%86-%D8%A7%D9%83%D8%AA%D8%B4%D8%A7%D9%81-%D8%A3%D8%AB%D8%B1%D9%8A-%D8%A8%D8%A7%D8%B1%D8%B2",
    "2025-09-24", "page stamp 'date 2025-09-24' (not part of the text; 24 Sep 2025 was a Wednesday); the body's 'غدًا' for the conference held on Thu 25 Sep agrees (okaz of 24 Sep: 'غدًا (الخميس)'); headline rendered from the URL slug; the truncated hashtag line dropped; no date of its own in the text", False, """
السعودية تعلن عن كشف أثري بارز
تعقد هيئة التراث غدًا مؤتمرًا صحفيًا تعلن فيه عن كشف أثري يُعد من أهم ما شهدته المملكة من اكتشافات في السنوات الأخيرة، وهو أقدم مستوطنة معمارية في الجزيرة العربية ترجع إلى العصر الحجري الحديث.
ويندرج هذا الإعلان ضمن الجهود العلمية المتواصلة التي تقودها الهيئة في مناطق المملكة المختلفة، من خلال برامج للمسح والتنقيب الأثري تُنفذ وفق أحدث المناهج العلمية ويشارك فيها خبراء محليون ودوليون، وفقا لوكالة الأنباء السعودية.
ويمثل هذا الكشف محطة بارزة في مسار العمل الأثري بالمملكة، لأنه يعكس عمقها التاريخي والحضاري، ويؤكد ما تحويه من مواقع ومعطيات تثري المعرفة الإنسانية وتساعد على فهم المراحل الأولى من التاريخ، كما يشكل المؤتمر المنتظر فرصة لإبراز دور المملكة الرائد في حفظ تراثها الثقافي وصونه وتوثيقه باعتباره جزءا من الهوية الوطنية ومصدرا معرفيا للعالم.
وشددت هيئة التراث على أن هذا الإنجاز يندرج في إطار التزامها بتعزيز موقع المملكة على خريطة التراث العالمي، وترسيخ حضورها مركزا للبحث والمعرفة في ميدان الآثار، انسجاما مع مستهدفات رؤية المملكة 2030 في دعم الثقافة محركا للتنمية.
""", [
    ev("announcement", "تعقد هيئة التراث غدًا مؤتمرًا صحفيًا", ANN, "'غدًا' from Wed 24 Sep = Thu 25 Sep 2025"),
    ev("settlement-find", "وهو أقدم مستوطنة معمارية في الجزيرة العربية", SEASONS[0], "no own expression; the settlement was brought to light in the four field seasons of December 2022 - May 2024 (dotalkhalij)", end=SEASONS[1]),
    ev("conference-preview", "ويندرج هذا الإعلان ضمن الجهود العلمية المتواصلة", "2025-09-24", "no own expression; the Commission's notice of the conference, carried by SPA on Wed 24 Sep 2025 (page stamp; news50: 'اليوم (الأربعاء)')"),
])
art(S, "https://www.albayan.ae/lifestyle/culture/history/574945",
    "2025-09-25", "page stamp 'date 2025-09-25' (not part of the text; 25 Sep 2025 was a Thursday); the body's 'اليوم الخميس' (twice) agrees; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
وزير الثقافة السعودي يعلن اكتشاف أقدم مستوطنة معمارية في الجزيرة العربية
كشف وزير الثقافة السعودي رئيس مجلس إدارة هيئة التراث الأمير بدر بن عبدالله بن فرحان اليوم الخميس عن العثور على أقدم مستوطنة معمارية في الجزيرة العربية، يرجع تاريخها إلى العصر الحجري الحديث، وتقع في مصيون شمال غرب تبوك شمالي المملكة.
ونقلت وكالة الأنباء السعودية "واس" عن بن فرحان قوله اليوم الخميس إن الكشف تحقق في إطار أعمال التنقيب الأثري التي تنفذها الهيئة بالشراكة مع جامعة "كانازاوا" اليابانية وبالتعاون مع نيوم، وإن المستوطنة ترجع إلى العصر الحجري الحديث ما قبل الفخار، أي إلى الفترة الممتدة بين 11000 و10300 سنة من الوقت الحاضر.
وأفضت أعمال التنقيب إلى الكشف عن وحدات معمارية شبه دائرية، مبنية بأحجار جرانيتية محلية، تشمل مباني سكنية ومخازن وممرات ومواقد نار، تعكس تخطيطا وظيفيا متقدما يلائم نمط العيش القائم على الصيد وزراعة الحبوب في تلك الحقبة.
كما شملت المعثورات بقايا نادرة لهياكل بشرية وحيوانية، وقطعا حجرية مزينة بخطوط هندسية تحمل دلالات رمزية على ما يبدو، وتمنح الباحثين بعدا أعمق لفهم الحياة الاجتماعية والاقتصادية والثقافية في المنطقة خلال العصر الحجري الحديث المبكر.
""", [
    ev("announcement", "كشف وزير الثقافة السعودي رئيس مجلس إدارة هيئة التراث الأمير بدر بن عبدالله بن فرحان اليوم الخميس", ANN, "'اليوم الخميس' = Thu 25 Sep 2025 (page stamp)"),
    ev("spa-quote", "عن بن فرحان قوله اليوم الخميس إن الكشف تحقق", ANN, "'اليوم الخميس' = Thu 25 Sep 2025"),
    ev("field-seasons", "في إطار أعمال التنقيب الأثري التي تنفذها الهيئة بالشراكة مع جامعة", SEASONS[0], "no own expression; the four field seasons of December 2022 - May 2024 (dotalkhalij)", end=SEASONS[1]),
    ev("settlement-find", "وأفضت أعمال التنقيب إلى الكشف عن وحدات معمارية شبه دائرية", SEASONS[0], "no own expression; during the field seasons of December 2022 - May 2024", end=SEASONS[1]),
])
art(S, "https://sabq.org/saudia/piwoif9m2c",
    "2025-09-25", "page stamp 'date 2025-09-25' (not part of the text; 25 Sep 2025 was a Thursday), the day of the conference; headline written from the body (the stored text has none); no date word in the text", True, """
هيئة التراث ونيوم تعلنان عن أقدم مستوطنة بشرية في الجزيرة العربية
كشفت هيئة التراث، بالتعاون مع نيوم، عن العثور على أقدم مستوطنة معمارية بشرية معروفة في الجزيرة العربية، ترجع إلى العصر الحجري الحديث، في موقع "مصيون" شمال غرب منطقة تبوك.
وأتى الإعلان بعد نشر ورقة علمية مشتركة في مجلة Asian Journal of Paleopathology المعنية بدراسات العصور القديمة.
ويُظهر الكشف مستوطنة ترجع إلى ما بين 10,300 و11,000 سنة مضت، ما يؤكد أن استقرار الإنسان في المنطقة بدأ في العصر الحجري الحديث.
وبيّنت نتائج العمل الميداني وجود أسس معمارية جلية وطرق بناء بدائية تعكس أنماط الحياة الأولى للإنسان في الجزيرة العربية.
وتمثل هذه المستوطنة شاهدا تاريخيا على قدم الاستيطان البشري في شمال غرب المملكة، وامتدادا للجهود البحثية التي تقودها هيئة التراث مع شركائها الدوليين لإظهار الموروث الحضاري للمملكة وإبراز مكانته في تاريخ البشرية.
""", [
    ev("announcement", "كشفت هيئة التراث، بالتعاون مع نيوم، عن العثور على أقدم مستوطنة", ANN, "no own expression; the press conference of Thu 25 Sep 2025 (page stamp; albayan 'اليوم الخميس')"),
    ev("paper-published", "بعد نشر ورقة علمية مشتركة في مجلة", SEASONS[1], "no own expression; the joint paper appeared after the last season (May 2024) and before the announcement of Thu 25 Sep 2025 (my span)", end=ANN),
    ev("field-seasons", "وبيّنت نتائج العمل الميداني وجود أسس معمارية", SEASONS[0], "no own expression; the field seasons of December 2022 - May 2024 (dotalkhalij)", end=SEASONS[1]),
])
art(S, "https://dotalkhalij.com/saudi-arabia-news/29952111/%D8%A7%D9%83%D8%AA%D8%B4%D8%A7%D9%81-%D8%A3%D9%82%D8%AF%D9%85-%D9%85%D8%B3%D8%AA%D9%88%D8%B7%D9%86%D8%A9-%D9%85%D8%B9%D9%85%D8%A7%D8%B1%D9%8A%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D8%AC%D8%B2%D9%8A%D8%B1%D8%A9-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9-%D8%B4%D9%85%D8%A7%D9%84-%D8%BA%D8%B1%D8%A8-%D8%AA%D8%A8%D9%88%D9%83.html",
    "2025-09-25", "page stamp 'date 2025-09-25' (not part of the text; 25 Sep 2025 was a Thursday), the day of the conference; the byline 'الرياض - كتبت رنا صلاح -' and the repeated inner heading dropped; headline rendered from the URL slug; the last, truncated sentence shortened", True, """
العثور على أقدم مستوطنة معمارية في الجزيرة العربية شمال غرب تبوك
أعلن الأمير بدر بن عبدالله بن فرحان، وزير الثقافة ورئيس مجلس إدارة هيئة التراث، اكتشاف أقدم مستوطنة معمارية في الجزيرة العربية، ترجع إلى العصر الحجري الحديث ما قبل الفخار (بين 11000 و10300 سنة من الوقت الحاضر)، في إطار أعمال التنقيب الأثري التي تجريها الهيئة بالشراكة مع جامعة كانازاوا اليابانية وبالتعاون مع مشروع "نيوم"، في موقع "مصيون" شمال غرب تبوك.
وبيّن بيان هيئة التراث أن موقع "مصيون" مُدرج في سجل الآثار الوطني منذ عام 1978، لكن الدراسات الميدانية الحديثة التي انطلقت في ديسمبر 2022 أعادت إبراز أهميته التاريخية بوصفه أقدم نموذج معروف للاستقرار البشري في الجزيرة العربية، إذ أجرى الفريق العلمي أربعة مواسم ميدانية حتى مايو 2024 شملت توثيق الطبقات الأثرية وتحليل العينات العضوية لتحديد العمر الزمني بدقة.
وأظهرت أعمال التنقيب وحدات معمارية شبه دائرية شُيدت بأحجار جرانيتية محلية، تضم مباني سكنية ومخازن وممرات ومواقد نار، فضلا عن أدوات حجرية متنوعة كرؤوس السهام والسكاكين والمطاحن.
""", [
    ev("announcement", "أعلن الأمير بدر بن عبدالله بن فرحان، وزير الثقافة", ANN, "no own expression; the press conference of Thu 25 Sep 2025 (page stamp; albayan 'اليوم الخميس')"),
    ev("site-registered-1978", "مُدرج في سجل الآثار الوطني منذ عام 1978", "1978-01-01", "'منذ عام 1978' = the year 1978", end="1979-01-01"),
    ev("fieldwork-start", "الدراسات الميدانية الحديثة التي انطلقت في ديسمبر 2022", "2022-12-01", "'في ديسمبر 2022' = December 2022", end="2023-01-01"),
    ev("field-seasons", "أجرى الفريق العلمي أربعة مواسم ميدانية حتى مايو 2024", SEASONS[0], "'أربعة مواسم ... حتى مايو 2024' from December 2022 = Dec 2022 - May 2024", end=SEASONS[1]),
    ev("settlement-find", "وأظهرت أعمال التنقيب وحدات معمارية شبه دائرية", SEASONS[0], "no own expression; during the field seasons of December 2022 - May 2024", end=SEASONS[1]),
])

# ---------------------------------------------------------------- egypt-abu-qir-sunken-antiquities-2025
S = "egypt-abu-qir-sunken-antiquities-2025"
OPEN = "2025-08-20"                        # the temporary exhibition opened on the evening of Wed 20 Aug 2025
LIFT = "2025-08-21"                        # the pieces were raised on the morning of Thu 21 Aug 2025
art(S, "https://www.vetogate.com/5474618",
    "2025-08-20", "page stamp 'date 2025-08-20' (not part of the text; 20 Aug 2025 was a Wednesday); the body's 'مساء اليوم الأربعاء' agrees; headline written from the body (the stored text has none), the inner sub-heading dropped", True, """
وزير السياحة يفتتح معرضا للآثار الغارقة ويشهد غدا انتشال قطع من أبو قير
يفتتح شريف فتحي، وزير السياحة والآثار، مساء اليوم الأربعاء معرضا أثريا مؤقتا للآثار الغارقة في متحف الإسكندرية القومي، في إطار مساعي الوزارة لإثراء العرض المتحفي في المتحف.
ومن المنتظر أن تنتشل وزارة السياحة والآثار صباح غد الخميس عددا من القطع الأثرية الغارقة تحت مياه البحر المتوسط في ميناء أبو قير البحري، على أن يعقب ذلك مؤتمر صحفي يُعلن فيه عن خطة انتشال القطع الأثرية وعرضها على الزائرين.
كما يحضر وزير السياحة والآثار شريف فتحي توقيع اتفاقية تعاون بين المجلس الأعلى للآثار ونظيره الصيني في مكتبة الإسكندرية، ثم افتتاح منتدى علمي يتناول الآثار الغارقة وسبل صونها وحمايتها في المكتبة.
""", [
    ev("exhibition-opening", "يفتتح شريف فتحي، وزير السياحة والآثار، مساء اليوم الأربعاء", OPEN, "'مساء اليوم الأربعاء' = Wed 20 Aug 2025 (page stamp)"),
    ev("artifacts-raised", "أن تنتشل وزارة السياحة والآثار صباح غد الخميس", LIFT, "'صباح غد الخميس' from Wed 20 Aug = Thu 21 Aug 2025 (it took place as planned)"),
    ev("press-conference", "على أن يعقب ذلك مؤتمر صحفي", LIFT, "no own expression; after the raising of Thu 21 Aug 2025 (the minister's remarks 'على هامش مؤتمر انتشال' that day)"),
    ev("china-agreement", "توقيع اتفاقية تعاون بين المجلس الأعلى للآثار ونظيره الصيني", OPEN, "no own expression; part of the two-day programme of 20-21 Aug 2025 (my span)", end="2025-08-22"),
])
art(S, "https://www.youm7.com/story/2025/8/21/%D9%84%D9%82%D8%A7%D8%A1-%D9%85%D8%B9-%D8%B9%D8%AF%D8%AF-%D9%85%D9%86-%D8%A7%D9%84%D8%A2%D8%AB%D8%A7%D8%B1%D9%8A%D9%8A%D9%86-%D8%A8%D8%B9%D8%AF-%D8%BA%D8%B7%D8%B3%D9%87%D9%85-%D9%88%D8%A7%D8%B3%D8%AA%D8%AE%D8%B1%D8%A7%D8%AC-%D8%A7%D9%84%D8%A2%D8%AB%D8%A7%D8%B1-%D8%A7%D9%84%D8%BA%D8%A7%D8%B1%D9%82%D8%A9/7096379",
    "2025-08-21", "page date line 'الخميس، 21 أغسطس 2025 02:29 م' (kept as second line; 21 Aug 2025 was a Thursday), date in the URL '/2025/8/21/'; the credits line and the Google News line dropped; headline kept from the page (reworded)", True, """
حوار مع آثاريين عقب غوصهم وانتشال الآثار الغارقة في الإسكندرية.. فيديو
الخميس، 21 أغسطس 2025 02:29 م
حاور تليفزيون اليوم السابع عددا من مفتشي الآثار بوزارة السياحة والآثار، ممن شاركوا في الكشف عن القطع الأثرية وإخراجها من قاع البحر المتوسط في منطقة أبو قير بالإسكندرية.
وقد جرت صباح اليوم عمليات انتشال عدد من القطع الأثرية وإخراجها من قلب البحر المتوسط بأبو قير في الإسكندرية، بحضور وزير السياحة والآثار ومحافظ الإسكندرية وعشرات من وسائل الإعلام المحلية والأجنبية وممثلين عن سفارات بعض الدول الأجنبية.
وكان شريف فتحي وزير السياحة والآثار، والفريق أحمد خالد حسن سعيد محافظ الإسكندرية، قد أطلقا مساء أمس فعاليات وأنشطة التراث الثقافي المغمور بالمياه، التي تتواصل على مدى يومي 20 و 21 أغسطس الجاري في عدد من المتاحف والمواقع الأثرية بمحافظة الإسكندرية.
وشملت أولى الفعاليات افتتاح معرض مؤقت في متحف الإسكندرية القومي بعنوان "أسرار المدينة الغارقة"، إلى جانب المكتبة الخاصة بالمتحف.
""", [
    ev("divers-interview", "حاور تليفزيون اليوم السابع عددا من مفتشي الآثار", LIFT, "no own expression; after the dives of the morning of Thu 21 Aug 2025, before the 02:29 pm date line"),
    ev("artifacts-raised", "وقد جرت صباح اليوم عمليات انتشال عدد من القطع الأثرية", LIFT, "'صباح اليوم' = Thu 21 Aug 2025 (date line)"),
    ev("heritage-events-launch", "قد أطلقا مساء أمس فعاليات وأنشطة التراث الثقافي المغمور بالمياه", OPEN, "'مساء أمس' from Thu 21 Aug = Wed 20 Aug 2025"),
    ev("heritage-events", "التي تتواصل على مدى يومي 20 و 21 أغسطس الجاري", OPEN, "'يومي 20 و 21 أغسطس الجاري' = Wed 20 - Thu 21 Aug 2025", end="2025-08-22"),
    ev("exhibition-opening", "وشملت أولى الفعاليات افتتاح معرض مؤقت", OPEN, "the first event of the evening of Wed 20 Aug 2025 ('مساء أمس')"),
])
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=21082025&id=c3887a73-4a2c-418e-8bff-43f1ac2135b0",
    "2025-08-21", "date in the URL 'cdate=21082025' and page stamp 'date 2025-08-21' (21 Aug 2025 was a Thursday); the body's 'اليوم' and 'اليوم الثاني' of the events of 20-21 Aug agree; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
انتشال ثلاث قطع أثرية ضخمة من قاع البحر في أبو قير
شهد ميناء أبو قير في الإسكندرية اليوم حدثا استثنائيا، إذ انتُشلت ثلاث قطع أثرية ضخمة من أعماق البحر المتوسط ضمن فعاليات اليوم الثاني من أنشطة "التراث الثقافي المغمور بالمياه"، بحضور وزير السياحة والآثار شريف فتحي، ومحافظ الإسكندرية اللواء أحمد خالد حسن سعيد، وعدد من قادة القوات المسلحة، فضلا عن سفراء وقناصل عدد من الدول الأجنبية في القاهرة.
وضمت القطع المنتشلة تمثالا ضخما من الكوارتز على هيئة أبو الهول يحمل خرطوش الملك رمسيس الثاني، وتمثالا من الجرانيت من أواخر العصر البطلمي، وتمثالا من الرخام الأبيض لرجل روماني من طبقة النبلاء.
وأكد وزير السياحة والآثار أن هذه العملية هي الأولى من نوعها بعد مرور 25 عامًا على آخر انتشال مماثل، مثنيا على دور القوات البحرية والقوات المسلحة والهيئة الهندسية في نجاح المهمة.
وبيّن أن مصر ملتزمة باتفاقية اليونسكو الخاصة بحماية التراث المغمور بالمياه، وأن بعض القطع ستظل في أماكنها الأصلية حفاظا على قيمتها التاريخية.
""", [
    ev("artifacts-raised", "إذ انتُشلت ثلاث قطع أثرية ضخمة من أعماق البحر المتوسط", LIFT, "'اليوم', the second day of the events of 20-21 Aug = Thu 21 Aug 2025"),
    ev("last-lifting-25-years", "بعد مرور 25 عامًا على آخر انتشال مماثل", "2000-01-01", "'بعد مرور 25 عامًا' from 2025 = about 2000 (my span: the year 2000)", end="2001-01-01"),
    ev("minister-remarks", "وأكد وزير السياحة والآثار أن هذه العملية هي الأولى من نوعها", LIFT, "no own expression; the minister spoke at the raising on Thu 21 Aug 2025"),
])
art(S, "https://www.elbalad.news/6673292",
    "2025-08-21", "page stamp 'date 2025-08-21' (not part of the text; 21 Aug 2025 was a Thursday); the body's 'اليوم الثاني' of the events of 20-21 Aug agrees; headline written from the body (the stored text has none); the stray empty lines dropped", True, """
وزير السياحة والآثار: الاكتشافات الأثرية سلسلة من إبهار العالم
ذكر شريف فتحي، وزير السياحة والآثار، أن الاكتشافات الأثرية حلقات متتابعة من إبهار العالم، مشددا على أن حماية التراث تُستثمر سياحيا للحفاظ على الأثر بفضل عائد زيارات السائحين.
وأبدى الوزير أمله في أن تصبح مصر قبلة المؤتمرات العلمية في العالم، مؤكدا أنها تستحق الكثير.
وكان شريف فتحي وزير السياحة والآثار، واللواء أحمد خالد حسن سعيد محافظ الإسكندرية، وقائد القوات البحرية، وقائد المنطقة العسكرية الشمالية، قد حضروا فعاليات اليوم الثاني من أنشطة التراث الثقافي المغمور بالمياه، التي جرى خلالها انتشال ثلاث قطع أثرية ضخمة من أعماق البحر المتوسط في ميناء أبو قير، وسط تغطية إعلامية واسعة محلية ودولية.
وتمثلت القطع الثلاث البارزة التي انتُشلت خلال الفعالية في تمثال ضخم من الكوارتز على هيئة أبو الهول يحمل خرطوش الملك رمسيس الثاني، وتمثال من الجرانيت لشخص مجهول من أواخر العصر البطلمي مكسور الرقبة والركبتين، وتمثال من الرخام الأبيض لرجل روماني من طبقة النبلاء.
""", [
    ev("minister-remarks", "ذكر شريف فتحي، وزير السياحة والآثار، أن الاكتشافات الأثرية", LIFT, "no own expression; the minister's words at the raising on Thu 21 Aug 2025 (page stamp)"),
    ev("artifacts-raised", "التي جرى خلالها انتشال ثلاث قطع أثرية ضخمة", LIFT, "'اليوم الثاني' of the events of 20-21 Aug = Thu 21 Aug 2025"),
    ev("second-day-attended", "قد حضروا فعاليات اليوم الثاني من أنشطة التراث الثقافي المغمور بالمياه", LIFT, "'اليوم الثاني' of the events of 20-21 Aug = Thu 21 Aug 2025 (the day attended, within the two-day programme)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 370
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 281-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories266/make_stories.py). Domain: solar and wind power plants: inaugurations, tenders,
contracts and grid connections: the inauguration of the Shams 1 concentrated solar plant in Abu Dhabi's Western
Region (March 2013), the opening of Qatar's first solar plant at Al Kharsaah (October 2022), the opening of the
first phase of Iraq's first solar plant in Karbala (September 2025), the start of production of Tunisia's first
large solar plant in Kairouan (December 2025), and the opening of the first 500 MW of the Obelisk solar and
battery plant at Nag Hammadi, Egypt (January 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- uae-shams1-csp-plant-inauguration-2013
S = "uae-shams1-csp-plant-inauguration-2013"
OPEN = "2013-03-17"  # Sun 17 Mar 2013: Sheikh Khalifa inaugurates Shams 1 near Madinat Zayed (AFP: 'الأحد')
art(S, "https://www.emaratalyoum.com/business/local/2013-03-17-1.558305",
    "2013-03-17", "date in the URL '2013-03-17' (17 Mar 2013 was a Sunday; the AFP reports of the opening say 'الأحد'); the photo caption 'وام' dropped; headline re-worded; the last, truncated sentence completed only as far as the moroccosports copy of the same WAM text goes; no date of its own in the text", False, """
رئيس الدولة يدشّن محطة «شمس 1» للطاقة الشمسية المركزة
شدّد صاحب السمو الشيخ خليفة بن زايد آل نهيان، رئيس الدولة، على أن مشروع «شمس 1» للطاقة الشمسية المركزة يشكّل إنجازاً لافتاً في إطار رؤية الإمارات لتنويع اقتصادها ومصادر طاقتها.
وجاءت تصريحات سموه أثناء افتتاحه محطة «شمس 1» في المنطقة الغربية من إمارة أبوظبي، بحضور صاحب السمو الشيخ محمد بن راشد آل مكتوم نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي، والفريق أول سمو الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي، وعدد من الشيوخ.
وتُعدّ «شمس 1» أكبر محطة عاملة للطاقة الشمسية المركزة في العالم، وهي تنتج 100 ميغاواط من الكهرباء النظيفة تكفي لتزويد 20 ألف منزل في الدولة.
وأضاف سموه أن إنجاز المحطة يبرهن على حرص الإمارات والتزامها بالحفاظ على موقعها المتميز بوصفها مزوّداً رئيسياً للطاقة.
""", [
    ev("khalifa-statement", "شدّد صاحب السمو الشيخ خليفة بن زايد آل نهيان", OPEN, "no own expression; his words at the opening ceremony of Sun 17 Mar 2013 (the URL day)"),
    ev("inauguration", "أثناء افتتاحه محطة «شمس 1»", OPEN, "no own expression; the opening of Sun 17 Mar 2013 (the URL day; AFP's 'الأحد')"),
    ev("mbr-attends", "بحضور صاحب السمو الشيخ محمد بن راشد آل مكتوم", OPEN, "no own expression; present at the ceremony of Sun 17 Mar 2013"),
])
art(S, "https://mail.moroccosports.net/182/2013-03-17-21-58-48",
    "2013-03-17", "date and time in the URL '2013-03-17-21-58-48' (17 Mar 2013 was a Sunday); the site's 'آخر تحديث GMT 00:20:46' lines dropped; the dateline 'أبو ظبي - وكالات' kept (it has no date); the last sentence (Sultan al-Jaber's words), cut off in the stored page, dropped; no date of its own in the text", False, """
الإمارات تدشّن أكبر محطة لإنتاج الكهرباء من الطاقة الشمسية المركزة
أبو ظبي - وكالات
دشّن رئيس دولة الإمارات حاكم أبو ظبي الشيخ خليفة بن زايد آل نهيان محطة «شمس 1» للطاقة الشمسية المركزة، ورأى أنها تمثل إنجازاً مهماً في مسعى البلاد إلى تنويع اقتصادها وموارد طاقتها.
وحضر حفل الافتتاح الشيخ محمد بن راشد آل مكتوم نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي، إلى جانب عدد كبير من كبار مسؤولي الدولة.
وتُصنَّف «شمس 1» أكبر مشروع عامل للطاقة الشمسية المركزة في العالم، إذ تولّد 100 ميغاوات تكفي لإمداد 20 ألف منزل إماراتي بالكهرباء.
وقال الشيخ خليفة إن إتمام المحطة يعكس التزام الإمارات بصون موقعها كمورّد رئيسي للطاقة، عبر مدّ ريادتها إلى قطاع الطاقة المتجددة.
""", [
    ev("inauguration", "دشّن رئيس دولة الإمارات حاكم أبو ظبي", OPEN, "no own expression; the opening of Sun 17 Mar 2013 (the URL day)"),
    ev("mbr-attends", "وحضر حفل الافتتاح الشيخ محمد بن راشد آل مكتوم", OPEN, "no own expression; present at the ceremony of Sun 17 Mar 2013"),
    ev("khalifa-statement", "وقال الشيخ خليفة إن إتمام المحطة", OPEN, "no own expression; his words at the ceremony of Sun 17 Mar 2013"),
])
art(S, "http://alittihad.ae/details.php?id=27151&y=2013",
    "2013-03-18", "page time line '18 مارس 2013 12:23' under the headline (kept as first line; 18 Mar 2013 was a Monday); the site header 'الثلاثاء 23 ابريل 2024' is the day of the crawl, not of the article, and was dropped with the menus; the last, truncated sentence dropped", True, """
18 مارس 2013 12:23
خليفة: «شمس 1» استثمار استراتيجي في مسيرة تطور دولتنا
رأى صاحب السمو الشيخ خليفة بن زايد آل نهيان رئيس الدولة، حفظه الله، أن مشروع «شمس 1» للطاقة الشمسية المركزة إنجاز بارز يندرج في رؤية الإمارات الهادفة إلى تنويع الاقتصاد ومصادر الطاقة.
وأدلى سموه بذلك في أثناء تدشينه محطة «شمس 1» للطاقة الشمسية المركزة بالمنطقة الغربية في إمارة أبوظبي، بحضور صاحب السمو الشيخ محمد بن راشد آل مكتوم نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي، والفريق أول سمو الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي، وسمو الشيخ حمدان بن محمد بن راشد آل مكتوم ولي عهد دبي، وسمو الشيخ حمدان بن راشد آل مكتوم نائب حاكم دبي وزير المالية.
وتأتي «شمس 1» في صدارة مشاريع الطاقة الشمسية المركزة العاملة في العالم، وتضخ 100 ميجاواط من الكهرباء النظيفة، وهو ما يكفي 20 ألف منزل في الدولة.
""", [
    ev("khalifa-statement", "رأى صاحب السمو الشيخ خليفة بن زايد آل نهيان", OPEN, "no own expression; his words at the opening of Sun 17 Mar 2013, the day before this item"),
    ev("inauguration", "في أثناء تدشينه محطة «شمس 1»", OPEN, "no own expression; the opening of Sun 17 Mar 2013 (emaratalyoum's URL day, AFP's 'الأحد'), the day before this item"),
    ev("mbr-attends", "بحضور صاحب السمو الشيخ محمد بن راشد آل مكتوم", OPEN, "no own expression; present at the ceremony of Sun 17 Mar 2013"),
])

# ---------------------------------------------------------------- qatar-al-kharsaah-solar-plant-inauguration-2022
S = "qatar-al-kharsaah-solar-plant-inauguration-2022"
OPEN = "2022-10-18"  # Tue 18 Oct 2022: the Amir opens Al Kharsaah (tweets of that day on the pages)
art(S, "https://alaraby.com/news/%D8%A7%D9%84%D8%A3%D9%83%D8%A8%D8%B1-%D9%81%D9%8A-%D8%A7%D9%84%D9%85%D9%86%D8%B7%D9%82%D8%A9-%D9%82%D8%B7%D8%B1-%D8%AA%D9%81%D8%AA%D8%AA%D8%AD-%D9%85%D8%AD%D8%B7%D8%A9-%D8%A7%D9%84%D8%AE%D8%B1%D8%B3%D8%B9%D8%A9-%D9%84%D9%84%D8%B7%D8%A7%D9%82%D8%A9-%D8%A7%D9%84%D8%B4%D9%85%D8%B3%D9%8A%D8%A9",
    "2022-10-18", "no stamp on the stored page; the body's 'اليوم الثلاثاء' and the embedded tweet of @AlarabyTV dated 'October 18, 2022' fix the day (18 Oct 2022 was a Tuesday); the tweet line, the subhead and the last sentence (on the North Field contracts) dropped; headline written from the URL slug; no date of its own in the text", False, """
قطر تفتتح محطة الخرسعة للطاقة الشمسية
دشّن أمير دولة قطر الشيخ تميم بن حمد آل ثاني اليوم الثلاثاء محطة الخرسعة للطاقة الشمسية، أولى محطات البلاد من هذا النوع، التي أقيمت بالشراكة مع "توتال إنرجي" الفرنسية و"ماروبيني" اليابانية.
وعُرض خلال الحفل فيلم وثائقي عن المحطة الممتدة على أكثر من 10 كيلومترات مربعة والمزوّدة بما يزيد على مليون و800 ألف لوح شمسي.
وأفاد الديوان الأميري بأن المحطة ستغطي نحو 10% من استهلاك قطر من الكهرباء، فيما اطّلع الأمير على إسهامها في دعم توجه البلاد نحو الطاقة المستدامة والمتجددة.
من جانبه، أوضح وزير الدولة لشؤون الطاقة الرئيس التنفيذي لـ"قطر للطاقة" سعد بن شريده الكعبي أن المحطة الواقعة في الخرسعة غرب الدوحة تُعد من أكبر محطات الطاقة الشمسية في المنطقة.
وتعود ملكية المحطة التي بدأ تشغيلها منذ يونيو/ حزيران الماضي إلى مشروع مشترك أُطلق عام 2016، تملك فيه شركات تابعة لقطر للطاقة للحلول المتجددة 60%، وماروبيني 20,4%، وتوتال إنرجي 19,6%.
""", [
    ev("inauguration", "دشّن أمير دولة قطر الشيخ تميم بن حمد آل ثاني اليوم الثلاثاء", OPEN, "'اليوم الثلاثاء' = Tue 18 Oct 2022 (the tweet date on the page)"),
    ev("documentary", "وعُرض خلال الحفل فيلم وثائقي", OPEN, "no own expression; shown at the ceremony of Tue 18 Oct 2022"),
    ev("kaabi-statement", "من جانبه، أوضح وزير الدولة لشؤون الطاقة", OPEN, "no own expression; al-Kaabi's words on the day of the opening, Tue 18 Oct 2022"),
    ev("operation-start", "التي بدأ تشغيلها منذ يونيو/ حزيران الماضي", "2022-06-01", "'منذ يونيو/ حزيران الماضي' from Tue 18 Oct 2022 = June 2022", end="2022-07-01"),
    ev("joint-venture", "مشروع مشترك أُطلق عام 2016", "2016-01-01", "'عام 2016': the year 2016", end="2017-01-01"),
])
art(S, "https://www.nidaalwatan.com/article/116275-%D9%82%D8%B7%D8%B1-%D8%AA%D8%AF%D8%B4%D9%86-%D8%A3%D9%88%D9%84-%D9%85%D8%AD%D8%B7%D8%A9-%D9%84%D9%84%D8%B7%D8%A7%D9%82%D8%A9-%D8%A7%D9%84%D8%B4%D9%85%D8%B3%D9%8A%D8%A9",
    "2022-10-18", "no stamp on the stored page; the body's 'اليوم الثلثاء' and the embedded tweet of @KBKAlThani dated 'October 18, 2022' fix the day (18 Oct 2022 was a Tuesday); the tweet is rendered as a reported sentence without its date line; the last sentence, cut off in the stored page, is completed only as far as the AFP copies go ('من استهلاك الكهرباء'); headline written from the URL slug; no date of its own in the text", False, """
قطر تدشّن أول محطة للطاقة الشمسية
افتتحت قطر اليوم الثلثاء أول محطة لديها للطاقة الشمسية، وقطر من كبار منتجي الغاز الطبيعي المسال في العالم، وقد أنشئت المحطة بالشراكة مع "توتال إنرجي" الفرنسية و"ماروبيني" اليابانية بكلفة بلغت ملياراً و700 مليون ريال قطري (قرابة 466 مليون دولار).
وذكر وزير الدولة لشؤون الطاقة الرئيس التنفيذي لشركة "قطر للطاقة" سعد بن شريده الكعبي أن المحطة الواقعة في الخرسعة غرب الدوحة من بين أكبر محطات الطاقة الشمسية في المنطقة.
وكتب رئيس مجلس الوزراء الشيخ خالد بن خليفة آل ثاني في تغريدة أن قطر تدخل، بافتتاح المحطة تحت رعاية الأمير، عصراً جديداً في إنتاج الطاقة وتواكب أحدث التوجهات العالمية.
وتغطي المحطة 10 كيلومترات مربعة وتضم أكثر من مليون و800 ألف لوح شمسي تتبع حركة الشمس من الشرق إلى الغرب، على أن تتولى روبوتات تنظيفها ليلاً بالمياه المعالجة.
وتصل قدرة المحطة الإنتاجية إلى 800 ميغاواط، ومن المنتظر أن تؤمّن نحو 10% من استهلاك الكهرباء.
""", [
    ev("inauguration", "افتتحت قطر اليوم الثلثاء أول محطة لديها للطاقة الشمسية", OPEN, "'اليوم الثلثاء' = Tue 18 Oct 2022 (the tweet date on the page)"),
    ev("kaabi-statement", "وذكر وزير الدولة لشؤون الطاقة", OPEN, "no own expression; al-Kaabi's words on the day of the opening, Tue 18 Oct 2022"),
    ev("pm-tweet", "وكتب رئيس مجلس الوزراء الشيخ خالد بن خليفة آل ثاني في تغريدة", OPEN, "no own expression; the tweet embedded in the page is dated 'October 18, 2022'"),
])
art(S, "https://www.thakiratalsharq.com/opinion/19/10/2022/%D9%85%D8%AD%D8%B7%D8%A9-%D8%A7%D9%84%D8%AE%D8%B1%D8%B3%D8%B9%D8%A9-%D8%A5%D9%86%D8%AC%D8%A7%D8%B2-%D9%88%D8%B7%D9%86%D9%8A-%D8%B1%D8%A7%D8%A6%D8%AF",
    "2022-10-19", "date in the URL '/opinion/19/10/2022/' and page date line '19 أكتوبر 2022' under the title (kept as first line; 19 Oct 2022 was a Wednesday); the site header '25 سبتمبر 2025' is the day of the crawl and was dropped; the last, truncated clause dropped; an editorial of al-Sharq", True, """
19 أكتوبر 2022
محطة الخرسعة.. إنجاز وطني رائد
تمثل محطة الخرسعة للطاقة الشمسية، التي شمل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى حفل افتتاحها برعايته الكريمة أمس، إنجازاً وطنياً رائداً ونموذجاً متقدماً للانتقال إلى الطاقة النظيفة.
وتُعد المحطة إحدى المبادرات الإستراتيجية لخفض الانبعاثات، إذ يُتوقع أن تقلص انبعاثات ثاني أكسيد الكربون بنحو مليون طن سنوياً.
كما تشكل مركزاً حيوياً لتلبية الطلب المحلي على الطاقة وتحقيق الأهداف الإستراتيجية، ومنها إنتاج طاقة نظيفة تمهّد لانتقال مسؤول نحو طاقة منخفضة الكربون.
والمحطة مشروع إستراتيجي بالمعايير العالمية، فهي الأولى في قطر ومن أكبر المحطات من نوعها في المنطقة حجماً وسعة، وتمتد على أكثر من 10 كيلومترات مربعة وتضم ما يزيد على 1.8 مليون لوح شمسي تتبع حركة الشمس من الشرق إلى الغرب.
وتتجه قطر اليوم إلى دخول عصر جديد في إنتاج الطاقة ومواكبة أحدث التوجهات العالمية في هذا القطاع.
""", [
    ev("inauguration", "حفل افتتاحها برعايته الكريمة أمس", OPEN, "'أمس' from Wed 19 Oct 2022 = Tue 18 Oct 2022"),
    ev("new-era", "وتتجه قطر اليوم إلى دخول عصر جديد في إنتاج الطاقة", OPEN, "'اليوم' in the sense of 'now', at the writing day Wed 19 Oct 2022; the new era opens with the plant inaugurated the day before (my span 18-19 Oct)", end="2022-10-20"),
])

# ---------------------------------------------------------------- iraq-karbala-solar-plant-inauguration-2025
S = "iraq-karbala-solar-plant-inauguration-2025"
OPEN = "2025-09-21"  # Sun 21 Sep 2025: al-Sudani opens, by video link, the first phase of the Karbala solar plant
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=21092025&id=fb30ad7b-711e-4b36-ae5e-6e616484a367",
    "2025-09-21", "date in the URL 'cdate=21092025' and stamp 'date 2025-09-21' at the head of the stored page (not kept in the text); the body's 'اليوم الأحد' agrees (21 Sep 2025 was a Sunday); the Facebook line and the last, truncated sentence dropped; headline written from the body; no date of its own in the text", False, """
العراق يفتتح أول محطة للطاقة الشمسية في كربلاء
أعلن رئيس الوزراء العراقي محمد شياع السوداني اليوم الأحد افتتاح أول محطة لتوليد الكهرباء بمنظومات الطاقة الشمسية في البلاد، بطاقة 300 ميجا واط في مرحلتها الأولى، بمحافظة كربلاء الواقعة على بعد 112 كيلومترا جنوبي بغداد.
وخلال مراسم الافتتاح التي جرت عبر دائرة تلفزيونية مغلقة، أوضح السوداني أن المشروع هو الأول من نوعه في العراق بطاقة 300 ميجا واط في كربلاء كمرحلة أولى، على أن تقام المرحلة الثانية في محافظة بابل بطاقة 225 ميجاواط، مؤكدا المضي في هذه الاستراتيجية وأن مشاريع مهمة أخرى سترى النور قريبا.
وأشار إلى أن شركة توتال إنرجي الفرنسية تنفذ حاليا مشروعا كبيرا لإنتاج الكهرباء من الطاقة الشمسية، غير أن شركة البلال العراقية هي التي أنجزت أول مشروع للطاقة الشمسية في كربلاء وبابل بطاقة إجمالية قدرها 525 ميجاواط.
ولفت إلى أن الحكومة ستعتمد في المجمعات السكنية التي تبنيها في المرحلة المقبلة على منظومات الطاقة الشمسية، بوصفها الخيار الاستراتيجي لحماية البيئة وإنتاج الكهرباء.
""", [
    ev("opening-announced", "أعلن رئيس الوزراء العراقي محمد شياع السوداني اليوم الأحد افتتاح", OPEN, "'اليوم الأحد' = Sun 21 Sep 2025 (the URL day)"),
    ev("inauguration", "وخلال مراسم الافتتاح التي جرت عبر دائرة تلفزيونية مغلقة", OPEN, "no own expression; the ceremony of Sun 21 Sep 2025 ('اليوم الأحد' of the first sentence)"),
    ev("sudani-statement", "أوضح السوداني أن المشروع هو الأول من نوعه", OPEN, "no own expression; his words at the ceremony of Sun 21 Sep 2025"),
    ev("total-basra-underway", "أن شركة توتال إنرجي الفرنسية تنفذ حاليا مشروعا كبيرا", OPEN, "'حاليا' = under way at the time of the statement, Sun 21 Sep 2025"),
])
art(S, "https://en.annahar.com/arab-world/arabian-levant/245506/%D8%A8%D8%A7%D9%84%D8%B5%D9%88%D8%B1-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D9%8A%D9%81%D8%AA%D8%AA%D8%AD-%D8%A3%D9%88%D9%84-%D9%85%D8%AD%D8%B7%D8%A9-%D9%84%D9%84%D8%B7%D8%A7%D9%82%D8%A9-%D8%A7%D9%84%D8%B4%D9%85%D8%B3%D9%8A%D8%A9",
    "2025-09-22", "page date line '22-09-2025 | 07:37' under the headline (kept as first line; 22 Sep 2025 was a Monday); the section label, the photo captions, the repeated lead quote and the last, truncated sentence dropped; AFP text", True, """
22-09-2025 | 07:37
العراق يفتتح أول محطة للطاقة الشمسية
أعلنت السلطات العراقية تشغيل محطة للطاقة الشمسية هي الأولى في البلاد، التي تسعى إلى تنويع مصادر طاقتها وسط انقطاعات مزمنة في التيار الكهربائي.
وذكر المكتب الإعلامي لرئيس الوزراء العراقي في بيان أن محمد شياع السوداني افتتح المرحلة الأولى من مشروع محطة كربلاء للطاقة الشمسية، وهو الأول من نوعه في العراق.
وقال وزير الكهرباء زياد علي فاضل في بيان إن المرحلة الأولى افتُتحت بـ39 ألف لوح شمسي، وإن العمل سيتواصل حتى تركيب 500 ألف لوح بطاقة تصميمية تبلغ 525 ميغاواط في كربلاء وبابل وسط البلاد.
وشدد الوزير على أن المشروع سيعزز استقرار الشبكة ويقلل الاعتماد على الوقود الأحفوري والانبعاثات الضارة بالبيئة.
""", [
    ev("opening-announced", "أعلنت السلطات العراقية تشغيل محطة للطاقة الشمسية", OPEN, "no own expression; the announcement of Sun 21 Sep 2025, the day before this item"),
    ev("inauguration", "أن محمد شياع السوداني افتتح المرحلة الأولى", OPEN, "no own expression; the opening of Sun 21 Sep 2025 (shorouk's 'اليوم الأحد', sputnik's 'أمس الأحد')"),
    ev("minister-statement", "وقال وزير الكهرباء زياد علي فاضل في بيان", OPEN, "no own expression; the minister's statement at the opening, Sun 21 Sep 2025"),
])
art(S, "https://sarabic.ae/20250922/%D8%A7%D9%86%D8%B7%D9%84%D8%A7%D9%82-%D8%A3%D9%88%D9%84-%D9%85%D8%AD%D8%B7%D8%A9-%D9%84%D9%84%D8%B7%D8%A7%D9%82%D8%A9-%D8%A7%D9%84%D8%B4%D9%85%D8%B3%D9%8A%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D8%B5%D9%88%D8%B1-%D9%88%D9%81%D9%8A%D8%AF%D9%8A%D9%88-1105119310.html",
    "2025-09-22", "date in the URL '/20250922/' and stamp 'date 2025-09-22' at the head of the stored page (not kept in the text); the body's 'أمس الأحد' agrees (22 Sep 2025 was a Monday); 'صور وفيديو', the caption and the last, truncated sentence dropped; no date of its own in the text", False, """
انطلاق أول محطة للطاقة الشمسية في العراق
أعلن العراق افتتاح المرحلة الأولى من أول محطة للطاقة الشمسية لديه، بقدرة إنتاجية تبلغ 22 ميغاواط من أصل قدرة تصميمية تصل إلى 300 ميغاواط، في خطوة وُصفت بالتاريخية لدعم الشبكة الوطنية وتسريع التحول إلى الطاقة المتجددة.
وشُيّدت المحطة في محافظة كربلاء على مساحة 4 آلاف دونم، باستثمار من مجموعة البلال وتحت إشراف وزارة الكهرباء، وهي الكبرى من نوعها في البلاد.
وتشمل المرحلة الأولى ما يزيد على 39 ألف لوح شمسي، على أن تبلغ قدرة المشروع الإجمالية 525 ميغاواط في كربلاء وبابل، بما يعزز استقرار الشبكة ويحدّ من الاعتماد على الوقود الأحفوري ومن الانبعاثات الضارة.
وتابع رئيس الوزراء محمد شياع السوداني ووزير الكهرباء زياد علي فاضل افتتاح المحطة أمس الأحد عبر الاتصال المرئي، وأكدا أن المشروع منطلق لاستثمارات إضافية في الطاقة النظيفة ويضع العراق على مسار التنمية المستدامة.
""", [
    ev("opening-announced", "أعلن العراق افتتاح المرحلة الأولى", OPEN, "no own expression; the announcement of Sun 21 Sep 2025 ('أمس الأحد' later in the text)"),
    ev("inauguration", "افتتاح المحطة أمس الأحد عبر الاتصال المرئي", OPEN, "'أمس الأحد' from Mon 22 Sep 2025 = Sun 21 Sep 2025"),
    ev("sudani-statement", "وأكدا أن المشروع منطلق لاستثمارات إضافية", OPEN, "no own expression; al-Sudani's and the minister's words at the opening, Sun 21 Sep 2025"),
])

# ---------------------------------------------------------------- tunisia-kairouan-solar-plant-production-start-2025
S = "tunisia-kairouan-solar-plant-production-start-2025"
OPEN = "2025-12-16"  # Tue 16 Dec 2025 (evening): ceremony for the Kairouan plant's entry into production
art(S, "https://www.mosaiquefm.net/mobile/ar/%D8%AA%D9%88%D9%86%D8%B3-%D9%88%D8%B7%D9%86%D9%8A%D8%A9/1487784/{{appStore}}",
    "2025-12-16", "the body's 'مساء اليوم الثلاثاء 16 ديسمبر2025' (kept verbatim; 16 Dec 2025 was a Tuesday): the text states its own day; the language switch, the video-player line, the subhead and the last, truncated sentence dropped", True, """
انطلاق الإنتاج في أول محطة كبرى للطاقة الشمسية بتونس
صرّحت وزيرة الصناعة والمناجم والطاقة، مساء اليوم الثلاثاء 16 ديسمبر2025، بأن محطة القيروان للطاقة الشمسية هي أول مشروع كبير للطاقة المتجددة في تونس، وقد أُنجزت في وقت قياسي وتُعد من المشاريع الاستراتيجية للبلاد.
وجاء تصريح الوزيرة فاطمة ثابت شيبوب أثناء إشرافها على موكب تدشين دخول المحطة مرحلة الإنتاج، بحضور سفراء عدد من الدول الإفريقية المعتمدين بتونس، والمدير العام لشركة «أميا باور» الإماراتية، والمدير العام للشركة التونسية للكهرباء والغاز (الستاغ)، ووالي القيروان، وإطارات مركزية وجهوية.
وبيّنت الوزيرة أن المشروع يتيح نقل المعارف والخبرات، إذ تخوض تونس للمرة الأولى تجربة بهذا الحجم في الطاقة الشمسية، كما يدعم الأمن الطاقي ويقلص العجز الطاقي ويحدّ من نفقات العملة الصعبة المرتبطة بتوريد الغاز.
وشددت على أن الستاغ هي الجهة الوحيدة المخوّلة بشراء الكهرباء التي تنتجها المحطة، مشيدة بجهود المستثمر والممولين الدوليين الذين وضعوا ثقتهم في تونس.
""", [
    ev("minister-statement", "صرّحت وزيرة الصناعة والمناجم والطاقة، مساء اليوم الثلاثاء 16 ديسمبر2025", OPEN, "'مساء اليوم الثلاثاء 16 ديسمبر2025' = the evening of Tue 16 Dec 2025"),
    ev("inauguration", "أثناء إشرافها على موكب تدشين دخول المحطة مرحلة الإنتاج", OPEN, "no own expression; the ceremony of the evening of Tue 16 Dec 2025 (first sentence)"),
    ev("ceremony-attendance", "بحضور سفراء عدد من الدول الإفريقية", OPEN, "no own expression; present at the ceremony of Tue 16 Dec 2025"),
    ev("steg-sole-buyer", "وشددت على أن الستاغ هي الجهة الوحيدة", OPEN, "no own expression; part of the minister's words at the ceremony, Tue 16 Dec 2025"),
])
art(S, "https://magazineflashinfo.net/2025/12/17/%d9%85%d9%86-%d8%a7%d9%84%d9%82%d9%8a%d8%b1%d9%88%d8%a7%d9%86-%d8%aa%d9%86%d8%b7%d9%84%d9%82-%d8%a7%d9%84%d8%b4%d9%85%d8%b3-%d8%a3%d9%88%d9%84-%d9%85%d8%ad%d8%b7%d8%a9-%d9%83%d8%a8%d8%b1%d9%89-%d9%84",
    "2025-12-17", "date in the URL '/2025/12/17/' (17 Dec 2025 was a Wednesday); the text names the ceremony of 'مساء الثلاثاء 16 ديسمبر 2025' but not its own day; the subheads and the last, truncated sentence dropped", False, """
من القيروان تنطلق الشمس: أول محطة شمسية كبرى تدخل الإنتاج في تونس
دخلت تونس رسميًا طورًا جديدًا في مسار انتقالها الطاقي ببدء الإنتاج في أول محطة كبرى للطاقة الشمسية في البلاد، بولاية القيروان، وهو مشروع يوصف بالاستراتيجي ويُنتظر أن يقلص العجز الطاقي ويعزز السيادة الوطنية في الطاقة.
وقالت وزيرة الصناعة والمناجم والطاقة فاطمة ثابت شيبوب، وهي تشرف مساء الثلاثاء 16 ديسمبر 2025 على موكب تدشين دخول محطة القيروان الشمسية طور الإنتاج، إن المشروع هو الأول بهذا الحجم في تونس وقد أُنجز في آجال قياسية رغم حداثة التجربة الوطنية.
وحضر حفل التدشين سفراء عدد من الدول الإفريقية المعتمدون بتونس، والمدير العام لشركة «أميا باور» الإماراتية، والمدير العام للستاغ، ووالي القيروان، وإطارات مركزية وجهوية.
وأشارت الوزيرة إلى أن قيمة المشروع تتجاوز إنتاج الكهرباء من مصدر متجدد لتشمل نقل المعارف والخبرات، بما أن تونس تخوض لأول مرة تجربة بهذا الحجم في الطاقة الشمسية.
""", [
    ev("production-start", "ببدء الإنتاج في أول محطة كبرى للطاقة الشمسية", OPEN, "no own expression; the official start of production, marked by the ceremony of Tue 16 Dec 2025"),
    ev("minister-statement", "وقالت وزيرة الصناعة والمناجم والطاقة فاطمة ثابت شيبوب", OPEN, "no own expression; her words during the ceremony of 'مساء الثلاثاء 16 ديسمبر 2025'"),
    ev("inauguration", "وهي تشرف مساء الثلاثاء 16 ديسمبر 2025 على موكب تدشين", OPEN, "'مساء الثلاثاء 16 ديسمبر 2025' = the evening of Tue 16 Dec 2025"),
    ev("ceremony-attendance", "وحضر حفل التدشين سفراء عدد من الدول الإفريقية", OPEN, "no own expression; present at the ceremony of Tue 16 Dec 2025"),
])
art(S, "https://www.webdo.tn/ar/actualite/%d8%a7%d9%84%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1-%d8%a7%d9%84%d9%88%d8%b7%d9%86%d9%8a%d8%a9/%d8%aa%d9%88%d9%86%d8%b3-%d8%a3%d9%83%d8%a8%d8%b1-%d9%85%d8%ad%d8%b7%d8%a9-%d8%b4%d9%85%d8%b3%d9%8a%d8%a9-%d8%aa%d8%af%d8%ae%d9%84-%d8%a7%d9%84%d8%ae%d8%af%d9%85%d8%a9/394824",
    "2025-12-17", "page date line 'الأربعاء 17 ديسمبر 2025 09:14' under the byline (kept as first line; 17 Dec 2025 was a Wednesday); the site header 'الثلاثاء 3 فيفري 2026' is the day of the crawl and was dropped with the menus; byline and the last, truncated sentence dropped", True, """
الأربعاء 17 ديسمبر 2025 09:14
تونس: أكبر محطة شمسية تدخل الخدمة
قطعت تونس شوطًا مهمًا في تحولها الطاقي بعد أن دخلت محطة الطاقة الشمسية في القيروان حيز الإنتاج، وهي أول مشروع كبير للطاقة المتجددة بهذا الحجم في البلاد، وقد وصفته وزيرة الصناعة والمناجم والطاقة فاطمة ثابت شيبوب بالاستراتيجي، لافتة إلى إنجازه في وقت قياسي.
وأقيمت مراسم الإطلاق يوم الثلاثاء 16 ديسمبر 2025 بحضور عدد من سفراء الدول الإفريقية المعتمدين في تونس، والمدير العام للشركة الإماراتية، والمدير العام للستاغ، ووالي القيروان، وإطارات مركزية وجهوية.
وترى الوزيرة أن المشروع أول تجربة تونسية واسعة في الطاقة الشمسية تقنيًا وعلى صعيد نقل المعرفة، وأنه سيعزز مباشرة الأمن الطاقي ويقلص العجز الطاقي والنفقات بالعملة الأجنبية المرتبطة باستيراد الغاز.
وأضافت أن الستاغ تبقى المشتري الوحيد لكهرباء المحطة، مشيدة بالتزام المستثمر وبثقة الممولين الدوليين، وقدّمت الإنجاز نموذجًا لشراكة ناجحة في الطاقات المتجددة.
وشارك في إنجاز المشروع نحو 850 إطارًا و20 شركة.
""", [
    ev("production-start", "بعد أن دخلت محطة الطاقة الشمسية في القيروان حيز الإنتاج", OPEN, "no own expression; the entry into production, launched at the ceremony of Tue 16 Dec 2025, the day before this item"),
    ev("minister-statement", "وقد وصفته وزيرة الصناعة والمناجم والطاقة", OPEN, "no own expression; her words at the ceremony of Tue 16 Dec 2025"),
    ev("inauguration", "وأقيمت مراسم الإطلاق يوم الثلاثاء 16 ديسمبر 2025", OPEN, "'يوم الثلاثاء 16 ديسمبر 2025' = Tue 16 Dec 2025"),
    ev("ceremony-attendance", "بحضور عدد من سفراء الدول الإفريقية", OPEN, "no own expression; present at the ceremony of Tue 16 Dec 2025"),
    ev("steg-sole-buyer", "وأضافت أن الستاغ تبقى المشتري الوحيد", OPEN, "no own expression; part of the minister's words at the ceremony, Tue 16 Dec 2025"),
])

# ---------------------------------------------------------------- egypt-obelisk-solar-plant-nag-hammadi-2026
S = "egypt-obelisk-solar-plant-nag-hammadi-2026"
OPEN = "2026-01-12"  # Mon 12 Jan 2026: Madbouly opens phase 1 (500 MW + 200 MWh batteries) of Obelisk
art(S, "https://www.elbalad.news/6831914",
    "2026-01-11", "stamp 'date 2026-01-11' at the head of the stored page (not kept in the text); the body's 'غدًا الاثنين' for the opening of Mon 12 Jan 2026 agrees (11 Jan 2026 was a Sunday); headline written from the body (the stored text has none); no date of its own in the text", False, """
مدبولي يفتتح محطة الطاقة الشمسية في نجع حمادي
من المقرر أن يفتتح الدكتور مصطفى مدبولى، رئيس مجلس الوزراء، غدًا الاثنين، محطة للطاقة الشمسية في قرية «هو» التابعة لمركز نجع حمادى بمحافظة قنا، بقدرة 500 ميجاوات من أصل 1000 ميجاوات يضمها المشروع، بعد أن أنهت المحافظة تجهيزاتها الأخيرة للافتتاح.
ويبلغ إجمالي قدرة المحطة 1 جيجاوات من الطاقة الشمسية مع سعة تخزين تصل إلى 200 ميجاوات/ساعة، وتقام على قرابة 3888 فدانًا باستثمارات تناهز 30 مليار جنيه، وتنفذها شركة نرويجية متخصصة في مشروعات الطاقة المتجددة، على أن يكتمل المشروع كله فى سبتمبر 2026.
ويُخصَّص ما لا يقل عن 50% من فرص العمل المباشرة وغير المباشرة لأبناء قنا، مع إمكان رفع هذه النسبة، إذ تختار المحافظة العمالة والشركات التي تتولى تسوية الموقع وشق الطرق الداخلية ومصارف مياه الأمطار.
ويُعد المشروع من المبادرات الرائدة في الطاقة النظيفة، ومن شأنه أن يجذب مزيدًا من الاستثمارات الأجنبية.
""", [
    ev("opening", "أن يفتتح الدكتور مصطفى مدبولى، رئيس مجلس الوزراء، غدًا الاثنين", OPEN, "'غدًا الاثنين' from Sun 11 Jan 2026 = Mon 12 Jan 2026"),
    ev("preparations-done", "بعد أن أنهت المحافظة تجهيزاتها الأخيرة للافتتاح", "2026-01-10", "no own expression; finished by the report's day, Sun 11 Jan 2026 (my span 10-11 Jan)", end="2026-01-12"),
    ev("project-completion", "على أن يكتمل المشروع كله فى سبتمبر 2026", "2026-09-01", "'سبتمبر 2026': September 2026", end="2026-10-01"),
])
art(S, "https://shbabbek.com/show/264528",
    "2026-01-12", "the body's 'صباح اليوم الإثنين الموافق 12 يناير 2026' (kept verbatim; 12 Jan 2026 was a Monday): the text states its own day, written on the morning of the opening; the subheads and the last, truncated sentence (the size of the investment) dropped", True, """
افتتاح محطة طاقة شمسية في الصعيد لإنتاج الكهرباء
صباح اليوم الإثنين الموافق 12 يناير 2026، يفتتح الدكتور مصطفى مدبولي، رئيس مجلس الوزراء، محطة «أوبيليسك» لتوليد الكهرباء من الطاقة الشمسية بقدرة 500 ميجاوات في مدينة نجع حمادي بمحافظة قنا.
وتمثل المحطة المرحلة الأولى من مشروع ضخم للطاقة النظيفة تبلغ قدرته الإجمالية 1000 ميجاوات، ويرمي إلى زيادة اعتماد الدولة على الطاقة المتجددة وتلبية متطلبات التوسع الصناعي في صعيد مصر.
ويصحب رئيس الوزراء في مراسم الافتتاح وفد رفيع يضم المهندس محمود عصمت وزير الكهرباء والطاقة المتجددة ومحافظ قنا، إلى جانب وزراء الصناعة والنقل وقطاع الأعمال العام والتعاون الدولي والتنمية المحلية.
وتفيد البيانات الفنية بأن هذه المرحلة أُنجزت خلال 18 شهرا من تاريخ توقيع الاتفاقية، لتبدأ فعليا في ضخ الكهرباء المولدة إلى المجمع الصناعي بنجع حمادي بما يكفل استمرار التغذية للمنشآت الحيوية في المنطقة.
وتتولى شركة «سكاتك» النرويجية تطوير المشروع وتمويله.
""", [
    ev("opening", "صباح اليوم الإثنين الموافق 12 يناير 2026، يفتتح الدكتور مصطفى مدبولي", OPEN, "'صباح اليوم الإثنين الموافق 12 يناير 2026' = the morning of Mon 12 Jan 2026"),
    ev("ministers-attend", "ويصحب رئيس الوزراء في مراسم الافتتاح وفد رفيع", OPEN, "no own expression; the delegation at the opening of Mon 12 Jan 2026"),
    ev("operation-start", "لتبدأ فعليا في ضخ الكهرباء المولدة", OPEN, "no own expression; the entry into actual operation that the opening of Mon 12 Jan 2026 marks"),
])
art(S, "https://solarabic.com/أخبار-الطاقة-المتجددة/2026/01/مصر-تفتتح-المرحلة-الأولى-من-محطة-أوبيل",
    "2026-01-12", "dateline 'سولارابيك، مصر– 12 يناير 2026' at the head of the text (kept; 12 Jan 2026 was a Monday) and the month in the URL '/2026/01/'; the subhead and the last, truncated sentence dropped", True, """
سولارابيك، مصر– 12 يناير 2026: افتتح الدكتور مصطفى مدبولي، رئيس مجلس الوزراء المصري، المرحلة الأولى من محطة "أوبيليسك" للطاقة الشمسية بمنطقة نجع حمادي في محافظة قنا، بقدرة 500 ميجاواط من أصل 1000 ميجاواط يستهدفها المشروع.
وحضر مراسم الافتتاح عدد من الوزراء، منهم وزراء الكهرباء والنقل والصناعة والتنمية المحلية والتعاون الدولي والبترول، إيذاناً بدخول أحد أكبر مشروعات الطاقة المتجددة في الشرق الأوسط وأفريقيا مرحلة التشغيل الفعلي.
ويشكل المشروع دعامة رئيسية في خطة الدولة للتحول إلى مركز إقليمي للطاقة النظيفة، ويقوم على الشراكة مع الاستثمار الأجنبي ممثلاً في شركة "سكاتك" النرويجية، المطوّر الرئيسي.
وأوضح المهندس محمود عصمت، وزير الكهرباء والطاقة المتجددة، أن تنفيذ المرحلة الأولى استغرق 13 شهراً فقط، لتكون من أسرع المشروعات إنجازاً في المنطقة بالنظر إلى حجمها وتعقيدها التقني.
وتعمل المحطة نظاماً هجيناً يجمع توليد الكهرباء وتخزين الطاقة بالبطاريات بسعة 200 ميجاواط/ساعة، بما يدعم استقرار الشبكة القومية.
""", [
    ev("opening", "افتتح الدكتور مصطفى مدبولي، رئيس مجلس الوزراء المصري", OPEN, "no own expression; the opening of the dateline's day, Mon 12 Jan 2026"),
    ev("ministers-attend", "وحضر مراسم الافتتاح عدد من الوزراء", OPEN, "no own expression; the ministers at the opening of Mon 12 Jan 2026"),
    ev("operation-start", "إيذاناً بدخول أحد أكبر مشروعات الطاقة المتجددة", OPEN, "no own expression; the entry into actual operation marked by the opening of Mon 12 Jan 2026"),
    ev("minister-statement", "وأوضح المهندس محمود عصمت، وزير الكهرباء والطاقة المتجددة", OPEN, "no own expression; the minister's words at the opening, Mon 12 Jan 2026"),
    ev("phase1-construction", "أن تنفيذ المرحلة الأولى استغرق 13 شهراً فقط", "2024-12-01", "'13 شهراً' back from the opening of Mon 12 Jan 2026: construction from about Dec 2024 to Jan 2026 (my span)", end="2026-01-13"),
])
art(S, "https://www.masrawy.com/news/news_egypt/details/2026/1/14/2924971/%D9%81%D9%8A-%D9%86%D9%82%D8%A7%D8%B7-%D8%A3%D8%A8%D8%B1%D8%B2-%D8%A7%D9%84%D9%85%D8%B9%D9%84%D9%88%D9%85%D8%A7%D8%AA-%D8%B9%D9%86-%D9%85%D8%B4%D8%B1%D9%88%D8%B9-%D8%A3%D9%88%D8%A8%D9%8A%D9%84%D9%8A%D8%B3%D9%83-%D9%84%D9%84%D8%B7%D8%A7%D9%82%D8%A9-%D8%A7%D9%84%D8%B4%D9%85%D8%B3%D9%8A%D8%A9-%D8%A8%D9%86%D8%AC%D8%B9-%D8%AD%D9%85%D8%A7%D8%AF%D9%8A",
    "2026-01-14", "date in the URL '/2026/1/14/', stamp 'date 2026-01-14' and the page time line '05:00 ص 14/01/2026' (kept as first line; 14 Jan 2026 was a Wednesday); the byline, caption, bullet headings and the last, truncated line dropped; bullets joined into sentences", True, """
05:00 ص 14/01/2026
أبرز المعلومات عن مشروع "أوبيليسك" للطاقة الشمسية بنجع حمادي
دشّن الدكتور مصطفى مدبولي، رئيس مجلس الوزراء، المرحلة الأولى من مشروع "أوبيليسك" لإنتاج الكهرباء من الطاقة الشمسية في مدينة نجع حمادي بمحافظة قنا في صعيد مصر، ضمن مساعي الدولة للتوسع في الطاقة الجديدة والمتجددة.
ويستهدف المشروع رفع الاعتماد على الطاقة النظيفة وخفض استهلاك الوقود الأحفوري، دعماً لأهداف التنمية المستدامة وتقليص الانبعاثات الكربونية.
وتطوّر المشروع شركة "سكاتك" النرويجية للطاقة المتجددة، وهو من أكبر محطات الطاقة الشمسية في مصر وأفريقيا.
وتبلغ قدرة المرحلة الأولى 500 ميجاوات، يساندها نظام لتخزين الطاقة بالبطاريات سعته 200 ميجاوات/ساعة.
ويُنتظر أن تبلغ القدرة الإجمالية نحو 1000 ميجاوات عند اكتمال المشروع على مرحلتين.
وتصل استثمارات المشروع إلى نحو 600 مليون دولار أمريكي.
""", [
    ev("opening", "دشّن الدكتور مصطفى مدبولي، رئيس مجلس الوزراء، المرحلة الأولى", OPEN, "no own expression; the opening of Mon 12 Jan 2026, two days before this item"),
    ev("project-completion", "عند اكتمال المشروع على مرحلتين", "2026-09-01", "no own expression; the completion of both phases, due in September 2026 (the elbalad preview's 'سبتمبر 2026')", end="2026-10-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 290)
                            if i != 201 and i != 281
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 309-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: export bans and commodity trade decisions: Indonesia's
palm-oil export ban (April 2022), the wave of rice export bans after India's ban (the UAE and Russia, July 2023),
Jordan's ban on exporting and re-exporting rice, sugar and vegetable oils during the Red Sea crisis
(December 2023), and Egypt's reopening of sugar exports after three years of a ban (January-February 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- indonesia-palm-oil-export-ban-2022
S = "indonesia-palm-oil-export-ban-2022"
ANNOUNCE = "2022-04-22"                    # President Joko Widodo announced the ban late on Fri 22 Apr 2022
BAN = "2022-04-28"                         # the ban in force from Thu 28 Apr 2022 (midnight)
REVERSAL = "2022-04-27"                    # the last-minute widening to all products incl. crude palm oil, Wed 27 Apr
NARROW = "2022-04-26"                      # the narrower scope announced the day before, Tue 26 Apr
OIL_SURGE = ("2021-11-01", "2022-04-28")   # the cooking-oil shortage and price surge of the preceding months (my span)
art(S, "https://aswaqinformation.com/131764",
    "2022-04-22", "the body's 'اليوم الجمعة' and the known day of the announcement (President Widodo announced the ban on Fri 22 Apr 2022; 22 Apr 2022 was a Friday); the page header '22 نوفمبر 2024 22:57 20 جمادى أول 1446' is the site's date at crawl time, not the article's, and was dropped; no date line of its own; headline kept from the page and re-worded", False, """
إندونيسيا تحظر تصدير زيت النخيل لكبح الأسعار المحلية
أعلنت إندونيسيا اليوم الجمعة، حظر تصدير زيت النخيل اعتبارًا من 28 أبريل وحتى إشعار آخر، سعيًا إلى كبح الأسعار المتصاعدة في سوقها الداخلية.
وأوضح الرئيس الإندونيسي جوكووي ويدودو، بحسب ما نقلته رويترز، أن الغاية من هذه السياسة تأمين وفرة المنتجات الغذائية في الأسواق المحلية.
وتابع أنه سيتابع تطبيق هذه السياسة ويقيّمه إلى أن يصبح زيت الطهي متوافرًا بكثرة في السوق المحلية وبأسعار في المتناول.
وتتكئ إندونيسيا، أكبر منتج ومصدّر لزيت النخيل في العالم، على هذه السلعة بصورة رئيسية، وقد انعكست التدابير التي اتخذتها لتأمين الإمدادات المحلية على الأسواق العالمية.
وعقب إعلان الحظر الإندونيسي، ارتفعت العقود الآجلة لزيت الصويا في الولايات المتحدة بما يزيد على 3%، مسجلة مستوى قياسيًا عند 84 سنتًا للرطل.
ورأى أتول تشاتورفيدي، رئيس اتحاد مستخلصي المذيبات في الهند، أن هذا الإجراء سيلحق الضرر بالمستهلكين في العالم كله لا في الهند وحدها، وهي أكبر مشترٍ، لأن زيت النخيل هو الأوسع استهلاكًا عالميًا.
""", [
    ev("ban-announcement", "أعلنت إندونيسيا اليوم الجمعة، حظر تصدير زيت النخيل", ANNOUNCE, "'اليوم الجمعة' = Fri 22 Apr 2022, the day of President Widodo's announcement"),
    ev("ban-in-force", "اعتبارًا من 28 أبريل وحتى إشعار آخر", BAN, "'اعتبارًا من 28 أبريل' = Thu 28 Apr 2022, the first day of the ban (which stayed until 23 May)"),
    ev("soy-futures-jump", "ارتفعت العقود الآجلة لزيت الصويا في الولايات المتحدة", ANNOUNCE, "no own expression ('عقب إعلان الحظر'); the US soybean-oil futures record of Fri 22 Apr 2022, right after the announcement"),
    ev("india-solvent-warning", "ورأى أتول تشاتورفيدي", ANNOUNCE, "no own expression; the Indian association head's reaction reported the same Friday, 22 Apr 2022"),
])
art(S, "https://ar.detv.us/2022/04/27/%D9%84%D9%85-%D8%AA%D8%B9%D8%AF-%D8%A5%D9%86%D8%AF%D9%88%D9%86%D9%8A%D8%B3%D9%8A%D8%A7-%D8%AA%D8%B1%D9%8A%D8%AF-%D8%AA%D8%B5%D8%AF%D9%8A%D8%B1-%D8%B2%D9%8A%D8%AA-%D8%A7%D9%84%D9%86%D8%AE%D9%8A%D9%84/",
    "2022-04-27", "date in the URL '/2022/04/27/' and the page date line '27 أبريل 2022 ، 7:25 صباحًا' (kept as second line; 27 Apr 2022 was a Wednesday); an Arabic repost of an RT DE item ('RT DE' dropped from the headline, headline re-worded); the repeated first paragraph and the last, truncated sentence dropped", True, """
إندونيسيا توقف تصدير زيت النخيل.. ما العواقب على أسعار زيت الطهي في العالم؟
27 أبريل 2022 ، 7:25 صباحًا
تسعى إندونيسيا، أكبر منتج للمادة الخام النباتية في العالم، عبر حظر تصدير زيت النخيل إلى التصدي للشح وغلاء الأسعار داخل البلاد.
ويبدأ سريان حظر التصدير اعتبارًا من يوم الخميس، ويُرجَّح أن تواصل أسعار زيت الطهي صعودها في أنحاء العالم.
وكان الرئيس جوكو ويدودو قد أعلن في وقت متأخر من مساء يوم 22 أبريل / نيسان أن الحظر سيصبح نافذًا يوم الخميس المقبل.
وأشار إلى أنه سيراجع القرار حين تستقر السوق المحلية ويعود زيت الطهي متاحًا بأسعار معقولة.
وبسبب شح المخزونات، قفز سعر زيت الطهي بحدة في الأشهر الأخيرة في هذا البلد الواقع جنوب شرق آسيا.
وفجّر هذا الغلاء احتجاجات هددت استقرار حكومة الأرخبيل الذي يقطنه نحو 270 مليون نسمة.
ويوم السبت، وجهت الخبيرة الاقتصادية بهيما يوديستيرا، مديرة مركز الدراسات الاقتصادية والقانونية في جاكرتا، انتقادات للقرار، محذرة من اعتراضات الدول المستوردة.
""", [
    ev("ban-in-force", "ويبدأ سريان حظر التصدير اعتبارًا من يوم الخميس", BAN, "'اعتبارًا من يوم الخميس' from Wed 27 Apr = Thu 28 Apr 2022"),
    ev("ban-announcement", "قد أعلن في وقت متأخر من مساء يوم 22 أبريل", ANNOUNCE, "'في وقت متأخر من مساء يوم 22 أبريل' = the evening of Fri 22 Apr 2022"),
    ev("cooking-oil-price-surge", "قفز سعر زيت الطهي بحدة في الأشهر الأخيرة", OIL_SURGE[0], "'في الأشهر الأخيرة' = the months before the ban; the shortage and price surge began in late 2021 (elnashra: since November); my span Nov 2021 - 27 Apr 2022", end=OIL_SURGE[1]),
    ev("economist-criticism", "ويوم السبت، وجهت الخبيرة الاقتصادية بهيما يوديستيرا", "2022-04-23", "'يوم السبت' from Wed 27 Apr = the past Saturday, 23 Apr 2022"),
])
art(S, "https://darelhilal.com/News/1276628.aspx",
    "2022-04-28", "page date line '28-4-2022 | 09:36' (kept as second line; 28 Apr 2022 was a Thursday); the body's 'اليوم' agrees with the first day of the ban; the header 'الخميس 16 مايو 2024' is the site's date at crawl time and was dropped; the section label, the photo tag and the last, truncated sentence dropped", True, """
إندونيسيا تعلق جميع صادرات زيت النخيل
28-4-2022 | 09:36
شرعت إندونيسيا، أكبر منتج لزيت النخيل في العالم، اليوم في تطبيق حظر شامل على صادراتها منه، في خطوة قد تهز سوق الزيوت النباتية التي تقف أسعارها أصلًا عند ذروتها.
ويعاني الأرخبيل منذ عدة أشهر شحًّا وغلاءً في زيت الطهي المصنوع من النخيل في سوقه الداخلية، ويخشى أن تتفاقم التوترات الاجتماعية.
وفي تراجع في اللحظة الأخيرة، بيّنت السلطات أن الحظر سيطال كل صادرات البذور الزيتية، لا المنتجات المخصصة لزيوت الطعام وحدها كما ذكرت في اليوم السابق.
وشدد الوزير المنسق للشؤون الاقتصادية إيرلانجا هارتارتو على أن مرسوم وزارة التجارة يشمل "جميع المنتجات" ومنها زيت النخيل الخام، موضحًا أن الحظر يبدأ عند منتصف الليل.
أما الرئيس جوكو ويدودو فأكد أن تزويد السكان بالزيت "أولوية قصوى"، معتبرًا أن من المفارقة أن يجد أكبر منتج لزيت النخيل صعوبة في الحصول على زيت الطهي، ودعا المنتجين إلى التعاون.
وتواجه البلاد مشكلات في التوزيع، في حين يؤثر المنتجون بيع مخزونهم في الخارج لجني أقصى ربح من الأسعار المرتفعة.
""", [
    ev("ban-in-force", "اليوم في تطبيق حظر شامل على صادراتها منه", BAN, "'اليوم' in the page dated 28-4-2022 = Thu 28 Apr 2022"),
    ev("cooking-oil-price-surge", "منذ عدة أشهر شحًّا وغلاءً في زيت الطهي", OIL_SURGE[0], "'منذ عدة أشهر' = the months before the ban; my span Nov 2021 - 27 Apr 2022 (as in the RT DE report)", end=OIL_SURGE[1]),
    ev("ban-scope-reversal", "بيّنت السلطات أن الحظر سيطال كل صادرات البذور الزيتية", REVERSAL, "'في اللحظة الأخيرة' = just before the ban began; the widening to all products incl. crude palm oil was announced on Wed 27 Apr 2022 (Hartarto, late evening)"),
    ev("narrower-scope-statement", "كما ذكرت في اليوم السابق", NARROW, "'في اليوم السابق' = the day before the reversal of Wed 27 Apr, i.e. Tue 26 Apr 2022, when officials said only cooking-oil products (RBD palm olein) were covered"),
])
art(S, "https://ammanvoice.net/amp/article/38352",
    "2022-04-28", "the body's 'اليوم الخميس' with '28 نيسان الجاري' (the ban began on Thu 28 Apr 2022) fixes the day; headline written from the body (the stored text has none); no date line of its own", False, """
إندونيسيا تبدأ تنفيذ حظر تصدير زيت النخيل
شرعت السلطات الإندونيسية اليوم الخميس، في تطبيق قرار وقف كل صادرات زيت النخيل إلى الخارج، وهي المادة التي تتصدر إندونيسيا إنتاجها عالميًا.
وبحسب وكالات أنباء عالمية، تؤمّن إندونيسيا نحو 60 بالمئة من الإنتاج العالمي لزيت النخيل، ويُستهلك ثلث إنتاجها في سوقها الداخلية.
وكان الرئيس الإندونيسي جوكو ويدودو قد أعلن في تصريحات الأسبوع الماضية فرض حظر على تصدير زيت النخيل اعتباراَ من 28 نيسان الجاري، مؤكدًا أنه سيبقى ساريًا إلى أجل غير مسمى.
ويرى خبراء أن توقف شحنات زيت النخيل من أكبر مصدّريه سيرفع تكاليف مصنّعي الأغذية المعبأة حول العالم.
وتندرج الزيوت النباتية، وفقًا لمنظمة الأمم المتحدة للأغذية والزراعة، ضمن مواد غذائية أساسية بلغت أسعارها مستويات قياسية في الأسابيع الأخيرة، إثر العملية العسكرية في أوكرانيا والعقوبات على روسيا.
""", [
    ev("ban-in-force", "شرعت السلطات الإندونيسية اليوم الخميس", BAN, "'اليوم الخميس' = Thu 28 Apr 2022 ('28 نيسان الجاري')"),
    ev("ban-announcement", "قد أعلن في تصريحات الأسبوع الماضية", ANNOUNCE, "'الأسبوع الماضية' (sic) from Thu 28 Apr = the previous week; the announcement of Fri 22 Apr 2022"),
    ev("veg-oil-record-prices", "بلغت أسعارها مستويات قياسية في الأسابيع الأخيرة", "2022-03-01", "'في الأسابيع الأخيرة' = the weeks before 28 Apr; FAO's vegetable-oil index hit its record in March 2022; my span 1 Mar - 27 Apr 2022", end="2022-04-28"),
    ev("ukraine-war", "إثر العملية العسكرية في أوكرانيا", "2022-02-24", "no own expression; the Russian operation in Ukraine began on Thu 24 Feb 2022"),
])

# ---------------------------------------------------------------- rice-export-bans-uae-russia-2023
S = "rice-export-bans-uae-russia-2023"
INDIA = "2023-07-20"                       # India's ban on non-basmati white rice, notified Thu 20 Jul 2023
UAE = "2023-07-28"                         # the UAE's four-month ban on rice exports and re-exports, Fri 28 Jul 2023
RUSSIA = "2023-07-29"                      # Russia's ban on rice exports announced Sat 29 Jul 2023
RUSSIA_PERIOD = ("2023-07-29", "2024-01-01")   # the Russian ban in force until 31 Dec 2023
art(S, "https://webmail.akhbar-alkhaleej.com/news/article/1337187",
    "2023-07-23", "the article's date line 'الأحد ٢٣ يوليو ٢٠٢٣ - 02:00' (kept as second line; 23 Jul 2023 was a Sunday); the issue header 'العدد : ١٧٠٤٨ - الاثنين ٢٥ نوفمبر ٢٠٢٤ م' is the site's current issue at crawl time and was dropped; byline 'كتبت: نوال عباس' and the last, truncated clause dropped; headline kept from the page", True, """
البحرين لن تتأثر بحظر الهند تصدير الأرز الأبيض
الأحد ٢٣ يوليو ٢٠٢٣ - 02:00
شدد رجل الأعمال مسلم اسد على أن مملكة البحرين بمنأى عن تبعات قرار الحكومة الهندية، أكبر مصدّر للأرز عالميًا، منع تصدير الأرز الأبيض، إذ استُثني منه الأرز البسمتي الذي تستورده البحرين وتوفر الهند 95% من صادراته العالمية.
وأوضح أن الحظر الهندي اقتصر على الأرز الأبيض الذي يستهلكه سكان الهند، بهدف ضمان وفرته للمستهلكين هناك وتخفيف موجة الغلاء في أسواقهم.
وأضاف اسد أن أسعار الأرز بجميع أصنافه صعدت حول العالم حين أعلنت الهند الحظر دون أن تبيّن الأصناف المشمولة به، لافتًا إلى أن الأسعار استقرت مرة أخرى.
""", [
    ev("india-ban", "الحظر الهندي اقتصر على الأرز الأبيض", INDIA, "no own expression; India's ban on non-basmati white rice, notified on Thu 20 Jul 2023"),
    ev("asad-statement", "شدد رجل الأعمال مسلم اسد", "2023-07-21", "no own expression; the statement printed in the issue of Sun 23 Jul 2023 (02:00), so made between the ban and the issue; my span 21-22 Jul 2023", end="2023-07-23"),
    ev("global-price-jump", "أسعار الأرز بجميع أصنافه صعدت حول العالم", INDIA, "'حين أعلنت الهند الحظر' = right after India's announcement of Thu 20 Jul 2023; my span 20-22 Jul 2023", end="2023-07-23"),
])
art(S, "https://www.cnbcarabia.com/112451/2023/28/07/%D8%A7%D9%84%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA-%D8%AA%D9%88%D9%82%D9%81-%D8%AA%D8%B5%D8%AF%D9%8A%D8%B1-%D8%A7%D9%84%D8%A3%D8%B1%D8%B2-%D9%88%D8%A5%D8%B9%D8%A7%D8%AF%D8%A9-%D8%AA%D8%B5%D8%AF%D9%8A%D8%B1%D9%87-%D9%84%D9%85%D8%AF%D8%A9-4-%D8%B4%D9%87%D9%88%D8%B1?rd=true",
    "2023-07-28", "date in the URL '/2023/28/07/' (year/day/month) and the body's 'اليوم الجمعة' (28 Jul 2023 was a Friday, the day WAM announced the UAE ban); the AFP credit, audio player and widget text dropped; headline kept from the page; no date line of its own", False, """
الإمارات توقف تصدير الأرز وإعادة تصديره لمدة 4 شهور
أفادت وكالة أنباء الإمارات (وام) اليوم الجمعة بأن الدولة علّقت تصدير الأرز وإعادة تصديره لمدة أربعة أشهر، بما في ذلك الأرز ذو المنشأ الهندي.
وأوضحت الإمارات، التي تعتمد على الاستيراد في 90% من حاجاتها الغذائية، أن الحظر يطال كل أصناف الأرز، ومنها الأسمر والمضروب كليًا أو جزئيًا والمكسور.
وبحسب الوكالة، يتعين على الشركات التي تريد تصدير الأرز أو إعادة تصديره أن تتقدم بطلب إلى وزارة الاقتصاد لنيل إذن بالتصدير إلى خارج البلاد.
ويلي هذا الحظر قرار الحكومة الهندية الأسبوع الماضي وقف صادرات الأرز الأبيض غير البسمتي والمكسور، على خلفية صعود الأسعار والأضرار الكبيرة التي ألحقتها الأمطار الموسمية بالمحصول.
وكانت وسائل إعلام إماراتية قد نقلت هذا الأسبوع توقعات الموردين المحليين ومتاجر التجزئة بارتفاع الأسعار، ولو بشكل مؤقت.
وعانت الإمارات ودول الخليج عمومًا من تضخم أسعار الغذاء في معظم فترات عام 2022، قبل أن تبدأ الأسعار بالتصحيح هذا العام.
""", [
    ev("uae-ban", "اليوم الجمعة بأن الدولة علّقت تصدير الأرز", UAE, "'اليوم الجمعة' = Fri 28 Jul 2023 (Ministerial Resolution 120 of 2023, in force that day for four months)"),
    ev("india-ban", "قرار الحكومة الهندية الأسبوع الماضي وقف صادرات الأرز الأبيض", INDIA, "'الأسبوع الماضي' from Fri 28 Jul = the previous week; India's notification of Thu 20 Jul 2023"),
    ev("uae-media-price-expectations", "نقلت هذا الأسبوع توقعات الموردين المحليين", "2023-07-24", "'هذا الأسبوع' = the week of Fri 28 Jul 2023; my span Mon 24 - Fri 28 Jul", end="2023-07-29"),
    ev("gulf-food-inflation-2022", "من تضخم أسعار الغذاء في معظم فترات عام 2022", "2022-01-01", "'في معظم فترات عام 2022' = the year 2022", end="2023-01-01"),
])
art(S, "https://lana.gov.ly/post.php?id=284279&lang=ar",
    "2023-07-29", "the agency dateline 'موسكو 29 يوليو 2023 (وال)' (kept; 29 Jul 2023 was a Saturday, the day of the Russian government's announcement); the empty label 'نشر بتاريخ:' and the sign-off '.. ( وال ) ..' dropped, and also the last sentence, which says India announced its ban 'قبل يومين' (it was nine days before); headline kept from the page", True, """
روسيا تحظر تصدير الأرز حتى نهاية العام
موسكو 29 يوليو 2023 (وال) - مددت الحكومة الروسية الحظر المفروض على صادرات الأرز حتى 31 ديسمبر 2023، حفاظًا على استقرار السوق المحلية.
وجاء في بيان لمجلس الوزراء الروسي أن الحكومة فرضت حظرًا مؤقتًا على تصدير الأرز، على أن يظل العمل بالقيود قائمًا حتى 31 ديسمبر 2023، مبينًا أن الهدف من القرار صون استقرار السوق الداخلية.
ولفتت الحكومة إلى أن الحظر لا يسري على الصادرات المتجهة إلى الدول الأعضاء في الاتحاد الاقتصادي الأوراسي، ولا إلى أوسيتيا الجنوبية وأبخازيا.
وسبق للسلطات الروسية أن منعت تصدير الأرز في 30 يونيو 2022 لستة أشهر، ثم مددت المنع في 31 ديسمبر الماضي لستة أشهر أخرى.
""", [
    ev("russia-ban", "مددت الحكومة الروسية الحظر المفروض على صادرات الأرز", RUSSIA, "the dateline 'موسكو 29 يوليو 2023' = Sat 29 Jul 2023, the day of the announcement"),
    ev("russia-ban-period", "صادرات الأرز حتى 31 ديسمبر 2023", RUSSIA_PERIOD[0], "'حتى 31 ديسمبر 2023' = from the decision of 29 Jul to 31 Dec 2023", end=RUSSIA_PERIOD[1]),
    ev("russia-first-ban", "منعت تصدير الأرز في 30 يونيو 2022", "2022-06-30", "'في 30 يونيو 2022' (a Thursday)"),
    ev("russia-ban-extension-dec", "ثم مددت المنع في 31 ديسمبر الماضي", "2022-12-31", "'في 31 ديسمبر الماضي' from Jul 2023 = Sat 31 Dec 2022"),
])
art(S, "https://www.osoulmisrmagazine.com/355921",
    "2023-07-30", "page date line 'الأحد 30/يوليو/2023 - 04:35 ص' (kept as second line; 30 Jul 2023 was a Sunday); the header 'الجمعة 03 مايو 2024 الموافق 24 شوال 1445' is the site's date at crawl time and was dropped; the sub-heading and the 'عاجل' tag dropped; headline kept from the page", True, """
حظر تصدير الأرز الروسي لنهاية العام الحالي 2023
الأحد 30/يوليو/2023 - 04:35 ص
قررت الحكومة الروسية منع تصدير الأرز وجريش الأرز حتى نهاية العام الجاري 2023.
ويرمي القرار إلى صون استقرار السوق الداخلية، بينما أكدت موسكو أنه لن يمس الدول الأعضاء في الاتحاد الاقتصادي الأوروآسيوي ولا أوسيتا الجنوبية وأبخازيا.
وأشارت موسكو كذلك إلى إمكان إرسال الأرز إلى الخارج في إطار المساعدات الإنسانية.
وكانت الهند بدورها قد حظرت تصدير كثير من شحناتها من الأرز، لحماية سوقها المحلية ومنع الأسعار من الصعود.
ومن جهتها، قررت دولة الإمارات أيضًا وقف تصدير الأرز وإعادة تصديره لمدة أربعة أشهر، بما في ذلك الأرز الهندي المنشأ.
وبيّنت أن الحظر يغطي كل أصناف الأرز، كالأسمر والمضروب كليًا أو جزئيًا والمكسور.
""", [
    ev("russia-ban", "قررت الحكومة الروسية منع تصدير الأرز وجريش الأرز", RUSSIA, "no own expression; the Russian government's announcement of Sat 29 Jul 2023 (a day before this page)"),
    ev("russia-ban-period", "حتى نهاية العام الجاري 2023", RUSSIA_PERIOD[0], "'حتى نهاية العام الجاري 2023' = from the decision of 29 Jul to 31 Dec 2023", end=RUSSIA_PERIOD[1]),
    ev("india-ban", "وكانت الهند بدورها قد حظرت تصدير", INDIA, "no own expression; India's ban of Thu 20 Jul 2023"),
    ev("uae-ban", "قررت دولة الإمارات أيضًا وقف تصدير الأرز", UAE, "no own expression; the UAE ban of Fri 28 Jul 2023"),
])

# ---------------------------------------------------------------- jordan-rice-sugar-oil-export-ban-2023
S = "jordan-rice-sugar-oil-export-ban-2023"
BAN = "2023-12-28"                         # Minister Yousef al-Shamali's decision, Thu 28 Dec 2023
RECOMMENDATION = "2023-12-24"              # the Food Security Council's recommendation, 'الأحد الماضي' = Sun 24 Dec 2023
MEETING = "2023-12-21"                     # the Council meeting of 'الخميس الماضي' in aajeg's Wed 27 Dec report = Thu 21 Dec 2023
RED_SEA = ("2023-11-19", "2023-12-29")     # the Houthi attacks on shipping since the Galaxy Leader seizure of 19 Nov 2023
art(S, "https://aajeg.com/economy/%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86-%D9%8A%D8%AD%D8%B8%D8%B1-%D8%AA%D8%B5%D8%AF%D9%8A%D8%B1-%D8%B3%D9%84%D8%B9-%D8%BA%D8%B0%D8%A7%D8%A6%D9%8A%D8%A9-%D8%A3%D8%B3%D8%A7%D8%B3%D9%8A%D8%A9-%D9%88%D8%B3%D8%B7-%D8%A7%D8%B6%D8%B7%D8%B1%D8%A7%D8%A8%D8%A7%D8%AA-%D8%A8%D8%A7%D8%A8-%D8%A7%D9%84%D9%85%D9%86%D8%AF%D8%A8",
    "2023-12-27", "page date line '27 ديسمبر 2023' (kept as second line; 27 Dec 2023 was a Wednesday); the photo caption ('... (فرانس برس)') and the font-size widget dropped; headline kept from the page", True, """
الأردن يحظر تصدير سلع غذائية أساسية وسط اضطرابات باب المندب
27 ديسمبر 2023
اتخذت الحكومة الأردنية قرارًا بحظر إعادة تصدير سلع غذائية أساسية كالسكر والأرز والزيوت النباتية، ضمن إجراءات تهدف إلى تعزيز الأمن الغذائي والتحسب لأي تبعات قد تنجم عن العدوان الإسرائيلي على قطاع غزة والاضطرابات في منطقة باب المندب بالبحر الأحمر وانعكاسها على حركة التجارة العالمية، علمًا بأن المملكة تستورد 80% على الأقل من حاجاتها الغذائية.
وأفاد المتحدث باسم وزارة الزراعة لورنس المجالي، في حديث لـ"العربي الجديد"، بأن مجلس الأمن الغذائي الأردني أقر قرارات مهمة للحفاظ على المخزون الغذائي، منها وقف تصدير سلع غذائية أساسية لضمان حاجة السوق المحلية منها.
وأوضح المجالي أن المجلس بحث خلال اجتماع الخميس الماضي، الذي ترأسه وزير الزراعة خالد الحنيفات، حالة المخزون الغذائي في ضوء الحرب الإسرائيلية على غزة والأزمة القائمة في مياه البحر الأحمر وما قد تخلفه من آثار على التجارة الدولية.
ولفت إلى وجود برامج مخصصة لدعم القطاعين الزراعي والحيواني ضمن استراتيجية متكاملة أُعدّت بالتعاون مع الجهات الدولية المعنية.
""", [
    ev("council-ban-decision", "اتخذت الحكومة الأردنية قرارًا بحظر إعادة تصدير", MEETING, "no own expression; by this report the halt was among the decisions of the Food Security Council at its meeting of 'الخميس الماضي' (Thu 21 Dec 2023); the minister's formal decision followed on Thu 28 Dec"),
    ev("council-meeting", "خلال اجتماع الخميس الماضي", MEETING, "'الخميس الماضي' from Wed 27 Dec = Thu 21 Dec 2023"),
    ev("red-sea-disruption", "الاضطرابات في منطقة باب المندب", RED_SEA[0], "no own expression; the Houthi attacks on shipping in the Red Sea since the Galaxy Leader seizure of 19 Nov 2023; my span 19 Nov - 28 Dec 2023", end=RED_SEA[1]),
    ev("gaza-war", "عن العدوان الإسرائيلي على قطاع غزة", "2023-10-07", "no own expression; the Israeli war on Gaza since 7 Oct 2023, ongoing at publication; my span 7 Oct - 27 Dec 2023", end="2023-12-28"),
])
art(S, "https://arabkhabar.com/a/1556744",
    "2023-12-28", "page line 'تاريخ النشر: 28th, December 2023 GMT' (kept verbatim as second line; 28 Dec 2023 was a Thursday, the day of the minister's decision); an aggregator repost of Roya News ('المصدر: رؤيا الأخباري' dropped); the 'اقرأ أيضاً' link, the tags and the unrelated item after the article dropped; the sub-heading turned into the last sentence; headline kept from the page", True, """
لماذا منع الأردن تصدير الأرز والسكر؟
تاريخ النشر: 28th, December 2023 GMT
قرر وزير الصناعة والتجارة والتموين يوسف الشمالي منع تصدير مجموعة من السلع، تلبيةً لتوصيات مجلس الأمن الغذائي.
وبحسب الوزارة، يطال القرار الحكومي تصدير الأرز والسكر والزيوت النباتية، أي زيت الذرة وزيت عباد الشمس وزيت النخيل وزيت الصويا.
وكان مجلس الأمن الغذائي قد أوصى بوقف إعادة تصدير السلع الرئيسية، بعد ارتفاع كلفة الشحن جراء الأزمة في البحر الأحمر التي نجمت عن استهداف الحوثيين للسفن المرتبطة بالاحتلال الإسرائيلي.
وتشهد تكاليف الشحن ارتفاعًا بفعل هذه الأزمة.
""", [
    ev("reexport-ban", "قرر وزير الصناعة والتجارة والتموين يوسف الشمالي منع تصدير", BAN, "no own expression in the sentence; the decision of Thu 28 Dec 2023 (page line 'تاريخ النشر: 28th, December 2023'; bokra 'اليوم (الخميس)')"),
    ev("council-recommendation", "وكان مجلس الأمن الغذائي قد أوصى", RECOMMENDATION, "no own expression; the recommendation of 'الأحد الماضي' in bokra and alrasheedmedia = Sun 24 Dec 2023"),
    ev("red-sea-disruption", "استهداف الحوثيين للسفن", RED_SEA[0], "no own expression; the Houthi attacks since 19 Nov 2023; my span 19 Nov - 28 Dec 2023", end=RED_SEA[1]),
])
art(S, "https://bokra.net/Article-1533486",
    "2023-12-28", "the body's 'اليوم (الخميس)' and the known day of the minister's decision (Thu 28 Dec 2023: arabkhabar's page line, alrasheedmedia's URL '/2023/12/28/'); the copyright footer dropped; headline written from the body (the stored text has none); no date line of its own", False, """
الأردن يمنع تصدير الأرز والسكر والزيوت بعد توصية مجلس الأمن الغذائي
أصدر وزير الصناعة والتجارة والتموين الأردني يوسف الشمالي، اليوم (الخميس)، قرارًا بمنع تصدير وإعادة تصدير عدد من السلع، استنادًا إلى توصية من مجلس الأمن الغذائي إثر صعود تكاليف الشحن بفعل التوترات في البحر الأحمر.
ونقلت وكالة أنباء العالم العربي عن الوزارة قولها عبر منصة «إكس» إن القرار الحكومي يطال الأرز والسكر والزيوت النباتية، من زيت الذرة وعباد الشمس والنخيل إلى زيت الصويا.
وبيّنت الوزارة أن مجلس الأمن الغذائي أوصى، الأحد الماضي، بحظر إعادة تصدير المواد الأساسية بسبب غلاء الشحن الناجم عن الأزمة في البحر الأحمر.
""", [
    ev("reexport-ban", "اليوم (الخميس)، قرارًا بمنع تصدير", BAN, "'اليوم (الخميس)' = Thu 28 Dec 2023"),
    ev("council-recommendation", "أوصى، الأحد الماضي، بحظر إعادة تصدير", RECOMMENDATION, "'الأحد الماضي' from Thu 28 Dec = Sun 24 Dec 2023"),
    ev("red-sea-disruption", "بفعل التوترات في البحر الأحمر", RED_SEA[0], "no own expression; the Houthi attacks since 19 Nov 2023; my span 19 Nov - 28 Dec 2023", end=RED_SEA[1]),
])
art(S, "https://alrasheedmedia.com/2023/12/28/538094",
    "2023-12-28", "date in the URL '/2023/12/28/' and the body's 'اليوم الخميس' (28 Dec 2023 was a Thursday); headline written from the body (the stored text has none); no date line of its own", False, """
الأردن يوقف تصدير الأرز والسكر والزيوت النباتية
أوقفت الحكومة الأردنية، اليوم الخميس، تصدير وإعادة تصدير عدد من السلع الاستراتيجية، على وقع أزمة الملاحة في البحر الأحمر ولا سيما في باب المندب، بعد عمليات جماعة "أنصار الله" اليمنية.
وذكرت وكالة "عمون" الأردنية أن وزير الصناعة والتجارة والتموين يوسف الشمالي قرر حظر تصدير الأرز والسكر والزيوت النباتية، بما فيها زيت الذرة وزيت عباد الشمس وزيت النخيل وزيت الصويا.
ويأتي القرار بعد أن أوصى مجلس الأمن الغذائي الأردني، يوم الأحد الماضي، بوقف إعادة تصدير المواد الأساسية، وبالأخص الرز والسكر والزيوت، جراء ارتفاع كلفة الشحن الناجم عن اضطراب الملاحة في البحر الأحمر.
""", [
    ev("reexport-ban", "أوقفت الحكومة الأردنية، اليوم الخميس، تصدير", BAN, "'اليوم الخميس' = Thu 28 Dec 2023"),
    ev("council-recommendation", "أوصى مجلس الأمن الغذائي الأردني، يوم الأحد الماضي", RECOMMENDATION, "'يوم الأحد الماضي' from Thu 28 Dec = Sun 24 Dec 2023"),
    ev("red-sea-disruption", "على وقع أزمة الملاحة في البحر الأحمر", RED_SEA[0], "no own expression; the Houthi attacks since 19 Nov 2023; my span 19 Nov - 28 Dec 2023", end=RED_SEA[1]),
])

# ---------------------------------------------------------------- egypt-sugar-exports-reopened-2026
S = "egypt-sugar-exports-reopened-2026"
REOPEN = ("2026-01-01", "2026-02-01")      # exports allowed again 'خلال شهر يناير 2026' (day not given)
FANDI = ("2026-01-31", "2026-02-03")       # Hassan al-Fandi's statements, reported 1-2 Feb 2026 (my span 31 Jan - 2 Feb)
BEET = ("2026-02-01", "2026-03-01")        # the beet harvest / new production season of February 2026
art(S, "https://www.banker.news/124786",
    "2026-02-01", "page date line 'الأحد 01/فبراير/2026 - 10:24 ص' (kept as second line; 1 Feb 2026 was a Sunday; the page header 'الأحد 01 فبراير 2026' agrees); the sub-headings, the outlet name and the last, truncated sentence dropped; headline kept from the page and re-worded", True, """
بعد حظر دام 3 سنوات.. تفاصيل قرار إعادة فتح تصدير السكر لتصريف فائض المليون طن
الأحد 01/فبراير/2026 - 10:24 ص
قررت الحكومة المصرية خلال شهر يناير 2026 أن تعيد فتح باب تصدير السكر، في تحول استراتيجي يستهدف دعم مصانع الإنتاج المحلي، وذلك بعد توقف استمر لثلاث سنوات متتالية.
وجاء السماح باستئناف التصدير بشكل مفاجئ لمعالجة تخمة المعروض التي دفعت الأسعار المحلية إلى التراجع بنسبة 10%.
فمع هبوط سعر الكيلو إلى 27 جنيهاً وتكدس مخزون يزيد على مليون طن لدى الشركات، يرمي القرار إلى تزويد المصانع بسيولة عاجلة قبل انطلاق موسم الإنتاج الجديد في فبراير.
وعلى الرغم من الموافقة الحكومية، ترى شركات أن التصدير حالياً "غير مربح" بسبب انخفاض السعر العالمي، غير أنه يظل السبيل الوحيد لتصريف المخزون وتفادي توقف دورة الإنتاج.
وأسهمت وفرة الإمدادات واستقرار المعروض في تراجع واضح للأسعار في الأسواق المصرية، إذ بلغ سعر الكيلوجرام قرابة 27 جنيهاً، في حين لم يقل عن 30 جنيهاً في نفس الشهر من العام الماضي.
""", [
    ev("export-reopening", "خلال شهر يناير 2026 أن تعيد فتح باب تصدير السكر", REOPEN[0], "'خلال شهر يناير 2026' = some day of January 2026 (not given)", end=REOPEN[1]),
    ev("export-ban-period", "بعد توقف استمر لثلاث سنوات متتالية", "2023-03-24", "'لثلاث سنوات متتالية' = the ban from ministerial decision 88 of 2023 (Fri 24 Mar 2023) to the reopening in January 2026", end=REOPEN[1]),
    ev("beet-season", "قبل انطلاق موسم الإنتاج الجديد في فبراير", BEET[0], "'في فبراير' = February 2026 (the beet season)", end=BEET[1]),
])
art(S, "https://yemen-press.net/news163606.html",
    "2026-02-01", "byline 'نشر: ... 01 فبراير 2026 الساعة 10:00 مساءاً' (kept without the author's name; 1 Feb 2026 was a Sunday); the breadcrumbs and the repeated headline dropped; the sensational headline re-worded; the last, truncated words dropped", True, """
مصر تعود إلى تصدير السكر بعد 3 سنوات توقف.. إنتاج يكفي الاستهلاك وفائض للأسواق الخارجية
نشر: 01 فبراير 2026 الساعة 10:00 مساءاً
استأنفت مصر تصدير السكر للمرة الأولى منذ ثلاث سنوات، بعدما وصل إنتاجها المحلي منه إلى قرابة 3 ملايين طن، وهي كمية تغطي حاجة السوق المحلية كاملة وتترك فائضًا يمكن توجيهه إلى الأسواق الخارجية.
وبيّن حسن الفندي، رئيس شعبة السكر في اتحاد الصناعات المصرية، أن السماح بالتصدير جاء بسبب وجود فائض كبير.
وأكد أن الكميات المسموح بتصديرها تزيد تمامًا على حاجة الاستهلاك المحلي، ورجّح ألا ينعكس ذلك على أسعار السكر المعروض للمستهلكين في المتاجر.
وتأتي هذه الخطوة بعدما مددت وزارة الاستثمار والتجارة الخارجية في أكتوبر الماضي حظر تصدير السكر بكل أنواعه لستة أشهر إضافية، مع قصر التصدير على الكميات الزائدة عن احتياجات السوق المحلية.
""", [
    ev("export-reopening", "استأنفت مصر تصدير السكر للمرة الأولى منذ ثلاث سنوات", REOPEN[0], "no own day; the reopening decided in January 2026 (banker: 'خلال شهر يناير 2026')", end=REOPEN[1]),
    ev("fandi-statement", "وبيّن حسن الفندي", FANDI[0], "no own expression; the sugar division head's statements reported on 1-2 Feb 2026 (masrawy the next day); my span 31 Jan - 2 Feb", end=FANDI[1]),
    ev("october-extension", "مددت وزارة الاستثمار والتجارة الخارجية في أكتوبر الماضي", "2025-10-13", "'في أكتوبر الماضي' = October 2025; decision 394 of 2025 was published in al-Waqa'i al-Misriyya on Mon 13 Oct 2025 (shorouk, alborsaanews)"),
])
art(S, "https://www.masrawy.com/news/news_economy/details/2026/2/2/2936166/%D8%A8%D8%B9%D8%AF-%D9%82%D8%B1%D8%A7%D8%B1-%D8%B9%D9%88%D8%AF%D8%A9-%D8%A7%D9%84%D8%AA%D8%B5%D8%AF%D9%8A%D8%B1-%D9%87%D9%84-%D8%AA%D8%B4%D9%87%D8%AF-%D8%A3%D8%B3%D8%B9%D8%A7%D8%B1-%D8%A7%D9%84%D8%B3%D9%83%D8%B1-%D8%A7%D8%B1%D8%AA%D9%81%D8%A7%D8%B9-%D8%A7-%D9%81%D9%8A-%D8%A7%D9%84%D8%A3%D8%B3%D9%88%D8%A7%D9%82-",
    "2026-02-02", "date in the URL '/2026/2/2/', stamp 'date 2026-02-02' and byline '04:18 م 02/02/2026' (not kept in the text; 2 Feb 2026 was a Monday); the byline 'كتب : دينا خالد', the 'إعلان' tags and the share icons dropped; headline kept from the page; no date of its own in the text", False, """
بعد قرار عودة التصدير.. هل تشهد أسعار السكر ارتفاعًا في الأسواق؟
أكد حسن الفندي، رئيس شعبة السكر باتحاد الصناعات، أن قرار السماح بتصدير السكر لن يرفع الأسعار، نظرًا لوفرة المعروض في الأسواق ووجود فائض كبير.
وأشار إلى أن لدى مصر مخزونًا استراتيجيًا من السكر يكفي لمدة 10 أشهر، كما يتزامن القرار مع موسم حصاد البنجر في فبراير الجاري، الذي يُستخرج منه سكر البنجر، ما سيعزز وفرة السكر في الأسواق.
وكانت الحكومة قد حظرت تصدير السكر لأول مرة في 2023 لمدة ثلاثة أشهر، ثم مددت القرار أكثر من مرة حفاظًا على استقرار الأسعار.
ولفت الفندي إلى أن إنتاج مصر من السكر هذا العام اقترب من بلوغ الاكتفاء الذاتي.
وذكر أن مصر تستورد السكر الخام وتكرره وتصنّعه محليًا، إما للتصدير وإما لسد الفجوة بين الإنتاج وحاجة السوق المحلية.
وأوضح أن مصر تزرع سنويًا ما يزيد على 300 ألف فدان من قصب السكر و650 ألف فدان من بنجر السكر، بحسب بيانات مجلس المحاصيل السكرية بوزارة الزراعة.
وتابع أن في مصر 15 مصنعًا للسكر، منها 8 تنتجه من القصب وكلها مملوكة للدولة، و7 مصانع للبنجر منها 3 للقطاع الخاص، إضافة إلى مصنع خاص ما زال قيد الإنشاء.
""", [
    ev("fandi-statement", "أكد حسن الفندي، رئيس شعبة السكر باتحاد الصناعات", FANDI[0], "no own expression; the statements reported on Mon 2 Feb 2026 (and by yemen-press on 1 Feb); my span 31 Jan - 2 Feb", end=FANDI[1]),
    ev("export-reopening", "قرار السماح بتصدير السكر لن يرفع الأسعار", REOPEN[0], "no own day; the decision of January 2026 (banker)", end=REOPEN[1]),
    ev("beet-season", "موسم حصاد البنجر في فبراير الجاري", BEET[0], "'في فبراير الجاري' = February 2026", end=BEET[1]),
    ev("first-ban-2023", "حظرت تصدير السكر لأول مرة في 2023 لمدة ثلاثة أشهر", "2023-03-24", "'لأول مرة في 2023' = ministerial decision 88 of 2023, issued Fri 24 Mar 2023 (aajae: 'اليوم الجمعة')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 309
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

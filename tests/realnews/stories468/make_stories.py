"""Builds stories.jsonl: the 468-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: building collapses and gas explosions in homes or
buildings.
Stories: the collapse of Nour El-Sherif's childhood home in al-Sayeda Zeinab (Cairo, Egypt, June 2025), the
gas-tank explosion in the Kaziwa quarter of Sulaymaniyah (Iraqi Kurdistan, November 2022), the explosion and
collapse of a building in the old city of Acre (Akka, February 2014), and the gas-cylinder explosion that
killed a couple in al-Nabek (Damascus countryside, Syria, April 2020).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-sayeda-zeinab-nour-el-sherif-house-collapse-2025
S = "egypt-sayeda-zeinab-nour-el-sherif-house-collapse-2025"
COLLAPSE = "2025-06-18"                    # the building at 20 Mohamed Enayat lane collapsed about 1:30 am on Wed 18 Jun 2025
SEARCH_END = "2025-06-18"                  # the search ended late on Wed 18 Jun (more than 20 hours after the collapse)
art(S, "https://www.arabkhabar.com/a/4766176",
    "2025-06-18", "the page's stamp 'تاريخ النشر: 18th, June 2025 GMT' (not part of the body, dropped); the body's 'صباح اليوم الأربعاء' agrees (18 Jun 2025 was a Wednesday); headline kept from the page; the sub-headings and the last, truncated sentence dropped", True, """
نور الشريف يتصدر الترند بسبب انهيار عقار في السيدة زينب
احتل اسم الفنان الراحل نور الشريف صدارة عمليات البحث على «جوجل»، بعد أن انهار صباح اليوم الأربعاء المنزل الذي أمضى فيه سنوات طفولته في منطقة السيدة زينب، وهو مبنى من 7 طوابق تقطنه أسر.
وكان عقار سكني مؤلف من 7 طوابق قد انهار في حارة محمد عنايت المتفرعة من شارع قدري بحي السيدة زينب، فتوفيت سيدة واحدة على الأقل وأصيب عدد من الأهالي، فيما تواصل الحماية المدنية وفرق الإنقاذ البحث عن ضحايا أو ناجين محتملين تحت الركام.
وأخلت قوات الحماية المدنية وفرق الإنقاذ البري سكان العقار الملاصق للمبنى المنهار، كما فصلت الغاز والكهرباء في محيطه بعد أن انتشرت رائحة الغاز في المكان بسبب تحطم مواسير الغاز في العقار الساقط، ويتابع اللواء طارق راشد، مدير الأمن، الموقف في المنطقة في الوقت الحالي.
أما عن أسباب الانهيار، فقد يعود إلى قدم العقار، إذ يعد من أقدم بيوت السيدة زينب وشُيّد عام 1951، غير أن الجهات الأمنية لم تصدر أي بيان حتى الآن.
""", [
    ev("collapse", "بعد أن انهار صباح اليوم الأربعاء المنزل", COLLAPSE, "'صباح اليوم الأربعاء' = Wed 18 Jun 2025 (the collapse about 1:30 am that day)"),
    ev("neighbours-evacuated", "وأخلت قوات الحماية المدنية وفرق الإنقاذ البري سكان العقار الملاصق", COLLAPSE, "no own expression; done during the rescue on the morning of the collapse, Wed 18 Jun 2025"),
    ev("utilities-cut", "كما فصلت الغاز والكهرباء في محيطه", COLLAPSE, "no own expression; on the morning of the collapse, Wed 18 Jun 2025"),
    ev("security-chief-on-site", "ويتابع اللواء طارق راشد، مدير الأمن، الموقف في المنطقة", COLLAPSE, "'في الوقت الحالي' in a report of Wed 18 Jun 2025"),
    ev("built-1951", "وشُيّد عام 1951", "1951-01-01", "'عام 1951' (the year only)", end="1952-01-01"),
])
art(S, "https://www.masress.com/almasryalyoum/6478934",
    "2025-06-18", "no date line on the stored page (its news ticker is of a later crawl); an al-Masry al-Youm report carried by masress; the body's 'اليوم الأربعاء' for the civil defence's announcement that all bodies were recovered, and 'سقط فجر الأربعاء', with the toll of 8, the Thanaweya student and the Zeinhom morgue, all of the collapse of Wed 18 Jun 2025 (alaraby of Thu 19: 'انهار فجر أمس الأربعاء ... 8 أشخاص'), so it was published on Wed 18 Jun 2025; the ticker and the sub-headings dropped; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
انتشال جميع الجثث من تحت أنقاض عقار السيدة زينب المنهار
مع انتهاء أعمال البحث تحت ركام العقار المنهار في السيدة زينب، أعلنت قوات الحماية المدنية بالقاهرة، اليوم الأربعاء، أنها أخرجت كل الجثث من تحت أنقاض المبنى الذي سقط فجر الأربعاء وخلّف 8 ضحايا على الأقل، في أجواء من الحزن والغضب بين سكان المنطقة.
واحتشدت أسر الضحايا أمام مشرحة زينهم التي نُقلت إليها الجثامين بعد انتشالها، في انتظار تسلّمها لاستكمال إجراءات الدفن.
وذكرت مصادر أمنية أن المشرحة تسلمت حتى الآن 8 جثامين لسيدات وشباب، من بينهم شاب اسمه مسلم كان يسكن العقار.
وكان من بين الضحايا أيضا سمير، طالب الثانوية العامة، الذي قضى وهو يذاكر دروسه في شقته قبل أن ينهار البيت فوقه.
وروى شهود عيان أن والده كان يناديه من الشارع ويطلب منه النزول، إلا أن الانهيار سبقه بثوانٍ قليلة، فتحول النداء إلى صرخة ألم.
وظلت قوات الحماية المدنية تعمل لساعات طويلة مستعينة بالمعدات الثقيلة وأجهزة الكشف الحراري سعيا للوصول إلى كل العالقين.
""", [
    ev("search-ends", "أنها أخرجت كل الجثث من تحت أنقاض المبنى", SEARCH_END, "'اليوم الأربعاء' = Wed 18 Jun 2025 (alaraby: the search ended 'في ساعات متأخرة من الليل')"),
    ev("collapse", "الذي سقط فجر الأربعاء", COLLAPSE, "'فجر الأربعاء' = Wed 18 Jun 2025"),
    ev("families-at-morgue", "واحتشدت أسر الضحايا أمام مشرحة زينهم", COLLAPSE, "no own expression; while the bodies were brought out, Wed 18 Jun 2025"),
    ev("student-killed", "الذي قضى وهو يذاكر دروسه في شقته", COLLAPSE, "no own expression; killed in the collapse of Wed 18 Jun 2025"),
    ev("rescue-work", "وظلت قوات الحماية المدنية تعمل لساعات طويلة", COLLAPSE, "'لساعات طويلة' from the collapse (about 1:30 am) to the end of the search late on Wed 18 Jun 2025"),
])
art(S, "https://www.alaraby.com/news/%D8%AA%D8%AD%D9%88%D9%84-%D8%A5%D9%84%D9%89-%D9%83%D9%88%D9%85%D8%A9-%D8%AA%D8%B1%D8%A7%D8%A8-8-%D9%82%D8%AA%D9%84%D9%89-%D9%81%D9%8A-%D8%A7%D9%86%D9%87%D9%8A%D8%A7%D8%B1-%D9%85%D8%A8%D9%86%D9%89-%D8%B9%D8%A7%D8%B4-%D9%81%D9%8A%D9%87-%D8%A7%D9%84%D9%81%D9%86%D8%A7%D9%86-%D9%86%D9%88%D8%B1-%D8%A7%D9%84%D8%B4%D8%B1%D9%8A%D9%81-%D8%A8%D9%85%D8%B5%D8%B1",
    "2025-06-19", "no date line on the stored page; the body's 'انهار فجر أمس الأربعاء' for the collapse of Wed 18 Jun 2025 (arabkhabar of 18 Jun: 'صباح اليوم الأربعاء') and the end of the search after more than 20 hours give Thu 19 Jun 2025 (19 Jun 2025 was a Thursday); headline rendered from the URL slug; the sub-heading and the last, truncated words dropped", False, """
تحول إلى كومة تراب.. 8 قتلى في انهيار مبنى عاش فيه الفنان نور الشريف بمصر
أفادت وسائل إعلام مصرية بأن عقارا سكنيا انهار فجر أمس الأربعاء، فلقي 8 أشخاص حتفهم، والمبنى المنهار هو أول منزل سكنه الفنان الراحل نور الشريف. وأنهى رجال الحماية المدنية في القاهرة عمليات البحث والإنقاذ في ساعات متأخرة من الليل.
وذكرت صحيفة "المصري اليوم" أن الأجهزة الأمنية تلقت فجر الأربعاء بلاغا بسقوط مبنى في منطقة "السيدة زينب"، وهو عقار من خمسة طوابق يضم 12 شقة، كان 8 منها مسكونا عند وقوع الكارثة.
وفوجئ أهالي المنطقة بدوي يشبه صوت انفجار، ثم تبين أن المبنى انهار فجأة ومن دون أي إنذار مسبق وصار كتلة من الركام. وسارعت الجهات المختصة إلى إخلاء العقارات المجاورة احتياطا.
وأكدت تقارير صحافية انتشال 8 جثث بينها جثتا طفلين، وإصابة 5 آخرين بجروح مختلفة، بعد أكثر من 20 ساعة من العمل المتواصل لإزالة الأنقاض والبحث عن ناجين.
ونقلت "المصري اليوم" عن عدد من قاطني العقار أن أحد السكان اشترى مؤخرًا شقة في الطابق الأرضي وشرع في ترميمها، في حين ظلّ الطابق الأول مغلقًا منذ أكثر من 35 عامًا، وهو ما يرجح اختلال توازن المبنى وربما كان سبب انهياره.
""", [
    ev("collapse", "أن عقارا سكنيا انهار فجر أمس الأربعاء", COLLAPSE, "'فجر أمس الأربعاء' in an article of Thu 19 Jun 2025 = Wed 18 Jun"),
    ev("search-ends", "وأنهى رجال الحماية المدنية في القاهرة عمليات البحث والإنقاذ", SEARCH_END, "'في ساعات متأخرة من الليل' = the night of Wed 18 Jun 2025 (al-Masry al-Youm: 'اليوم الأربعاء'; more than 20 hours after the collapse of about 1:30 am)"),
    ev("report-received", "أن الأجهزة الأمنية تلقت فجر الأربعاء بلاغا", COLLAPSE, "'فجر الأربعاء' = Wed 18 Jun 2025"),
    ev("neighbours-evacuated", "وسارعت الجهات المختصة إلى إخلاء العقارات المجاورة", COLLAPSE, "no own expression; right after the collapse, Wed 18 Jun 2025"),
    ev("rescue-work", "بعد أكثر من 20 ساعة من العمل المتواصل", COLLAPSE, "'أكثر من 20 ساعة' from about 1:30 am on Wed 18 Jun 2025 to the late night of that day"),
])

# ---------------------------------------------------------------- iraq-sulaymaniyah-kaziwa-gas-explosion-2022
S = "iraq-sulaymaniyah-kaziwa-gas-explosion-2022"
BLAST = "2022-11-17"                       # the liquid-gas tank of a heating system exploded about 7:30 pm on Thu 17 Nov 2022
RESCUE_END = "2022-11-18"                  # the rescue ended about 1 pm on Fri 18 Nov (17 hours), 15 bodies recovered
NIGHT = ("2022-11-17", "2022-11-19")       # Thu night or Fri: steps taken in the hours after the blast
art(S, "https://web.archive.org/web/20221118172416/https://www.alhurra.com/iraq/2022/11/18/%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D8%A7%D8%B1%D8%AA%D9%81%D8%A7%D8%B9-%D8%AD%D8%B5%D9%8A%D9%84%D8%A9-%D9%82%D8%AA%D9%84%D9%89-%D8%A7%D9%86%D9%81%D8%AC%D8%A7%D8%B1-%D8%A7%D9%84%D8%B3%D9%84%D9%8A%D9%85%D8%A7%D9%86%D9%8A%D8%A9-%D9%85%D8%B9-%D8%A7%D9%86%D8%AA%D9%87%D8%A7%D8%A1-%D8%B9%D9%85%D9%84%D9%8A%D8%A7%D8%AA-%D8%A7%D9%84%D8%A5%D9%86%D9%82%D8%A7%D8%B0",
    "2022-11-18", "the date in the alhurra URL '/iraq/2022/11/18/' and the archive stamp 20221118; the body's 'الجمعة' and 'أمس الخميس' agree (18 Nov 2022 was a Friday); an alhurra report kept by the Internet Archive; headline rendered from the URL slug; the photo caption and the last, truncated sentence dropped", True, """
العراق.. ارتفاع حصيلة قتلى انفجار السليمانية مع انتهاء عمليات الإنقاذ
قال الدفاع المدني العراقي، الجمعة، إن انفجار أسطوانة غاز في حي سكني بمدينة السليمانية شمالي العراق أودى بحياة 15 شخصا.
وأوضح الدفاع المدني في بيان أن عملية الإنقاذ، التي استمرت 17 ساعة، قد انتهت.
وكان "خزان غاز سائل" قد انفجر مساء الخميس في منطقة كازيوي بالمحافظة، موقعا عشرات القتلى والجرحى.
وصرح مدير الدفاع المدني في السليمانية، العميد ديار إبراهيم، خلال مؤتمر صحفي عقده في موقع الحادث، بأن فرقه "انتشلت 15 جثة من تحت ركام الانفجار"، مشددا على أن "تسرب الغاز هو سبب الانفجار".
وكانت حصيلة سابقة قد تحدثت عن 11 قتيلا و13 جريحا.
ونجح رجال الإطفاء في السيطرة على الحريق الذي شب في المنطقة السكنية إثر انفجار الأسطوانة أمس الخميس، وذكرت الشرطة أن النيران أضرت بعدة منازل وأتلفت خمس سيارات على الأقل.
وفي وقت سابق، أعلن محافظ السليمانية هفال أبو بكر الحداد ثلاثة أيام.
وقال المحافظ إنه جرى تأليف فريق إنقاذ من مؤسسات عدة معنية لها خبرة في قطع الحديد وأعمال الإنقاذ، إلى جانب الصحة والشرطة والمرور.
""", [
    ev("rescue-ends", "أن عملية الإنقاذ، التي استمرت 17 ساعة، قد انتهت", RESCUE_END, "no own day; the 17-hour rescue from about 7 pm on Thu 17 Nov ended about 1 pm on Fri 18 Nov 2022 (mawteni48: 'حتى الساعة الواحدة من ظهر اليوم الجمعة')"),
    ev("explosion", "قد انفجر مساء الخميس في منطقة كازيوي", BLAST, "'مساء الخميس' = Thu 17 Nov 2022"),
    ev("civil-defence-15-bodies", "خلال مؤتمر صحفي عقده في موقع الحادث", RESCUE_END, "no own expression; Diyar Ibrahim's briefing on the 15 bodies at the end of the rescue, Fri 18 Nov 2022 (alaraby.co.uk: 'اليوم الجمعة')"),
    ev("fire-contained", "ونجح رجال الإطفاء في السيطرة على الحريق", NIGHT[0], "no own day; the fire after the blast of 'أمس الخميس' was put out in the night (my span Thu 17 - Fri 18 Nov 2022)", end=NIGHT[1]),
    ev("mourning-declared", "أعلن محافظ السليمانية هفال أبو بكر الحداد ثلاثة أيام", NIGHT[0], "'في وقت سابق' before this report of Fri 18 Nov 2022 and after the blast of Thu 17 (my span Thu 17 - Fri 18)", end=NIGHT[1]),
])
art(S, "https://mawteni48.com/archives/218532",
    "2022-11-18", "no date line on the stored page; the body's 'ظهر اليوم الجمعة' for the recovery of the last body and 'ليل أمس الخميس' for the blast of Thu 17 Nov 2022 (kurdistan24: 'مساء يوم الخميس 17 نوفمبر') give Fri 18 Nov 2022; headline kept from the page; the last, truncated sentence shortened", False, """
15 قتيلا في انفجار خزان غاز في السليمانية بالعراق
انتشلت فرق الدفاع المدني العراقي ظهر اليوم الجمعة آخر جثة من تحت ركام مبنى سكني وقع فيه ليلة أمس انفجار خزان غاز تابع لمنظومة تدفئة في مدينة السليمانية (شمال شرق).
وبهذا ارتفعت حصيلة ضحايا الانفجار في حي "كازيوة" بالسليمانية إلى 15 قتيلا و12 مصابا، وأكدت فرق الدفاع المدني في المدينة أنها أخرجت كل العالقين تحت الأنقاض وانتشلت جثث الضحايا، بينما لا يزال أكثر من 6 مصابين في المستشفيات.
ونسبت مواقع إخبارية محلية إلى دائرة صحة السليمانية أن 6 جرحى يتلقون العلاج في مستشفى "شار"، اثنان منهم في العناية المركزة، وأن 6 آخرين خرجوا بعد إسعافهم.
ونقلت وكالة الأنباء العراقية (واع) عن مدير الدفاع المدني في السليمانية، العميد ديار إبراهيم، أن 15 جثة انتُشلت من تحت ركام الانفجار الذي سببه تسرب الغاز، مشيرا إلى أن فرقه عملت على إنقاذ الضحايا منذ الساعة السابعة من ليل أمس الخميس وحتى الساعة الواحدة من ظهر اليوم الجمعة، وأن كل الضحايا أُخرجوا من تحت أنقاض المبنى الذي سوّاه الانفجار بالأرض.
وأفادت مصادر طبية بأن بين الضحايا أطفالا تتراوح أعمارهم بين 3 و7 سنوات.
""", [
    ev("rescue-ends", "انتشلت فرق الدفاع المدني العراقي ظهر اليوم الجمعة آخر جثة", RESCUE_END, "'ظهر اليوم الجمعة' = Fri 18 Nov 2022"),
    ev("explosion", "وقع فيه ليلة أمس انفجار خزان غاز", BLAST, "'ليلة أمس' from Fri 18 Nov 2022 = Thu 17 Nov"),
    ev("civil-defence-15-bodies", "ونقلت وكالة الأنباء العراقية (واع) عن مدير الدفاع المدني", RESCUE_END, "no own expression; Diyar Ibrahim's statement at the end of the rescue, Fri 18 Nov 2022"),
    ev("rescue-operation", "منذ الساعة السابعة من ليل أمس الخميس وحتى الساعة الواحدة من ظهر اليوم الجمعة", BLAST, "from 7 pm on Thu 17 Nov to 1 pm on Fri 18 Nov 2022", end="2022-11-19"),
])
art(S, "https://www.kurdistan24.net/ar/story/312823/%D8%AC%D8%AB%D8%A7%D9%85%D9%8A%D9%86-%D8%B6%D8%AD%D8%A7%D9%8A%D8%A7-%D8%A7%D9%86%D9%81%D8%AC%D8%A7%D8%B1-%D8%A7%D9%84%D8%B3%D9%84%D9%8A%D9%85%D8%A7%D9%86%D9%8A%D8%A9-%D9%8A%D9%88%D8%A7%D8%B1%D9%88%D9%86-%D8%A7%D9%84%D8%AB%D8%B1%D9%89",
    "2022-11-19", "no date line on the stored page; the body's 'صباح اليوم السبت' for the burial, after the blast of 'مساء يوم الخميس 17 نوفمبر', gives Sat 19 Nov 2022 (19 Nov 2022 was a Saturday); headline kept from the page; the advertisement line dropped", False, """
جثامين ضحايا انفجار السليمانية يوارون الثرى
أربيل (كوردستان 24)- دُفنت، صباح اليوم السبت، جثامين ضحايا انفجار السليمانية في مقبرة (کالكن)، خلال مراسم شارك فيها جمع كبير من الأهالي ومسؤولون إداريون في المحافظة.
وكان 15 شخصاً قد لقوا حتفهم وأصيب 12 آخرون، مساء الخميس، حين انهار منزل من ثلاثة طوابق في حي كازيوه بمحافظة السليمانية جراء انفجار سببه تسرب الغاز من منظومة تدفئة منزلية، وألحق الانفجار أضراراً بمنزلين مجاورين.
وكان الضحايا قد اجتمعوا لحضور مناسبة عائلية، وهم (جيمن قادر عزيز- بهار قادر عزيز- جيا مظهر هبد الرحمن- روجان أنور سليم- محمد عبد الله جميل- جيليا عبد الله جميل- دانيار بختيار قادر- زند بختيار قادر- داركو بختيار قادر- مير بهاء الدين مظهر- ليا بهمن مظهر- باكو دانا علي- يانو دانا علي- آرش فاتح محي الدين- حسين كولكار).
وأعلن محافظ السليمانية، هفال أبو بكر، الحداد يوماً واحداً على أرواح ضحايا الانفجار الذي وقع بحدود الساعة 7:30 من مساء يوم الخميس 17 نوفمبر تشرين الثاني الجاري.
وبعد ساعاتٍ من الانفجار، طالب رئيس حكومة إقليم كوردستان، مسرور بارزاني، في اتصال هاتفي مع محافظ السليمانية، بتحقيق سريع وشامل في الحادثة، كي لا تتكرر حوادث مماثلة في المستقبل.
""", [
    ev("funeral", "دُفنت، صباح اليوم السبت، جثامين ضحايا انفجار السليمانية", "2022-11-19", "'صباح اليوم السبت' = Sat 19 Nov 2022"),
    ev("explosion", "حين انهار منزل من ثلاثة طوابق في حي كازيوه", BLAST, "'مساء الخميس' and 'مساء يوم الخميس 17 نوفمبر' = Thu 17 Nov 2022"),
    ev("mourning-declared", "وأعلن محافظ السليمانية، هفال أبو بكر، الحداد يوماً واحداً", NIGHT[0], "no own day; declared after the blast of Thu 17 Nov and before the alhurra report of Fri 18 ('في وقت سابق'), my span Thu 17 - Fri 18", end=NIGHT[1]),
    ev("barzani-investigation", "طالب رئيس حكومة إقليم كوردستان، مسرور بارزاني", NIGHT[0], "'بعد ساعاتٍ من الانفجار' of 7:30 pm on Thu 17 Nov 2022 = the night of Thu 17 or Fri 18 (my span)", end=NIGHT[1]),
])

# ---------------------------------------------------------------- acre-old-city-building-explosion-2014
S = "acre-old-city-building-explosion-2014"
BLAST = "2014-02-17"                       # the explosion and collapse in Acre's old city, about 1:45-2:00 am on Mon 17 Feb 2014
art(S, "https://www.arab48.com/محليات/أخبار-محلية/2014/02/17/-زحالقة-يحمل-السلطات-المسؤولية-عكا-تفجع-بسقوط-5-ضحايا-في-الانفجار",
    "2014-02-17", "the date in the arab48 URL '/2014/02/17/'; the body's 'اليوم' for the collapse of Mon 17 Feb 2014 agrees (arab48 of 2016: 'يوم الإثنين 17.2.2014'); headline kept from the page; the two bullet sub-headings merged into the lead; the last, truncated sentence (Zahalka's post) dropped", True, """
زحالقة يحمل السلطات المسؤولية: عكا تفجع بسقوط 5 ضحايا في الانفجار
بين القتلى طفل في السابعة مع أبيه وأمه، والشرطة ترجح خلفية جنائية مرتبطة بخلاف على نصب هوائيات خليوية فوق سطح المبنى، فيما أعلنت عكا الحداد وعم إضراب شامل مدارسها ومحالها التجارية.
والضحايا هم: محمد بدر (43 عاما) وزوجته حنان بدر (38 عاما)، ورايق سرحان (65 عاما) وزوجته نجاح سرحان (51 عاما)، وابنهما نصر الدين سرحان (7 سنوات).
وبعد الحادث المأساوي الذي شهدته مدينة عكا اليوم، حين انهار مبنى من ثلاثة طوابق في البلدة القديمة فقتل 5 أشخاص وأصيب آخرون، دعا النائب د. جمال زحالقة، الموجود هذه الأثناء في موقع الحادث، إلى إعلان الحداد العام لدى الجماهير العربية في الداخل، وطلب من رئيس لجنة المتابعة العليا محمد زيدان إجراء المشاورات اللازمة لذلك.
وحمّل زحالقة السلطات الرسمية، المحلية والقطرية، المسؤولية عن الحادث بسبب الإهمال ومنع الترميم، وطالبها بترميم المباني المجاورة التي تشققت من جراء الانهيار بشكل فوري تفاديا لكارثة أخرى.
""", [
    ev("police-criminal-suspicion", "والشرطة ترجح خلفية جنائية", BLAST, "no own expression; the police's first findings on the day of the blast, Mon 17 Feb 2014"),
    ev("mourning-strike", "فيما أعلنت عكا الحداد وعم إضراب شامل", BLAST, "no own expression; declared and held on the day of the blast, Mon 17 Feb 2014"),
    ev("collapse", "حين انهار مبنى من ثلاثة طوابق في البلدة القديمة", BLAST, "'اليوم' = Mon 17 Feb 2014 (the explosion and collapse about 2 am)"),
    ev("zahalka-call", "دعا النائب د. جمال زحالقة", BLAST, "'هذه الأثناء' in a report of Mon 17 Feb 2014"),
])
art(S, "https://mail.kul-alarab.com/Article/593725",
    "2014-02-18", "no date line on the stored page; the body's 'مساء امس الإثنين' for the funeral held on the evening of the day of the collapse, Mon 17 Feb 2014 (arab48 of Mon 17: 'اليوم'), gives Tue 18 Feb 2014 (18 Feb 2014 was a Tuesday); the channel links dropped; headline written from the body (the stored text has none); the two sub-headings taken as the first sentences; the last, truncated list shortened", False, """
عشرة آلاف يشيعون ضحايا انهيار المبنى في عكا القديمة
أغلقت المحال التجارية كلها أبوابها وفُتحت بيوت العزاء، فلم يعد يُسمع في البلدة القديمة سوى صوت القرآن الكريم.
وانطلق تشييع الجثامين من مسجد الجزار في تمام الساعة الثامنة والنصف من مساء امس الإثنين باتجاه مقبرة النبي صالح والمقبرة القديمة في المدينة.
وشارك في التشييع حشد غفير يقدر بأكثر من 10 آلاف شخص قدموا من عكا ومن بلدات عربية أخرى، ودّعوا ضحايا كارثة انهيار المبنى السكني في البلدة القديمة، وهم: محمد بدر (43 عاما) وزوجته حنان بدر (38 عاما)، ورايق سرحان (65 عاما) وزوجته نجاح سرحان (51 عاما) وابنهما نصر الدين سرحان (7 سنوات).
وتحرك موكب الجنازة من مسجد الجزار بعد أن أدى المشيعون الصلاة على الضحايا بإمامة الشيخ رائد صلاح، وإلى جانبه الشيخ سمير عاصي إمام مسجد الجزار وخطيبه، ثم توجه إلى المقبرة القديمة ومقبرة النبي صالح حيث ووريت الجثامين الثرى.
وأفاد مراسلنا بأن عددا من الشخصيات والقيادات العربية الاجتماعية والسياسية والدينية سار في مقدمة الجنازة وقدم العزاء لذوي الضحايا، ومنهم الشيخ رائد صلاح رئيس الحركة الإسلامية، ومحمد زيدان رئيس لجنة المتابعة العليا.
""", [
    ev("mourning-strike", "أغلقت المحال التجارية كلها أبوابها", BLAST, "no own expression; the strike and mourning declared on the day of the collapse, Mon 17 Feb 2014 (arab48, alhayat)"),
    ev("funeral", "وانطلق تشييع الجثامين من مسجد الجزار", BLAST, "'في تمام الساعة الثامنة والنصف من مساء امس الإثنين' in an article of Tue 18 Feb 2014 = 8:30 pm on Mon 17 Feb"),
    ev("collapse", "ودّعوا ضحايا كارثة انهيار المبنى السكني", BLAST, "no own expression; the collapse of about 2 am on Mon 17 Feb 2014"),
    ev("burial", "حيث ووريت الجثامين الثرى", BLAST, "no own expression; at the end of the funeral of Monday evening, Mon 17 Feb 2014"),
])
art(S, "https://sauress.com/alhayat/604575",
    "2014-02-18", "no date line on the stored page; an al-Hayat report carried by sauress; the body's 'فجر أمس' for the explosion of about 2 am on Mon 17 Feb 2014 (arab48 of 17 Feb: 'اليوم'; deyaralnagab: 'فجر اليوم الإثنين') gives Tue 18 Feb 2014; headline written from the body (the stored text has none); the last, truncated sentence completed from its sense ('البلدة القديمة')", False, """
عكا تفجع بخمسة قتلى في انفجار سوّى مبنى بالأرض
أصيبت مدينة عكا (شمال إسرائيل) فجر أمس بفاجعة أودت بحياة خمسة فلسطينيين من سكان البلدة القديمة، بينهم طفلة في السادسة، إثر انفجار بالون غاز أو ربما مواد متفجرة أسفل مبنى من ثلاث طبقات سوّته شدة الانفجار بالأرض. وأصيب في الانفجار كذلك 10 أشخاص بجروح متفاوتة.
وخيّم الحزن على المدينة بسكانها العرب واليهود، فارتفعت التكبيرات من المساجد وقُرعت أجراس الكنيسة حدادا، وتوقفت الحياة بعد إعلان إضراب عام في مدارس المدينة ومتاجرها.
والضحايا من عائلتين: زوج وزوجته، وزوجان آخران مع طفلهما.
واشتغلت طواقم الإنقاذ والإطفاء ساعات كثيرة لإخراج الضحايا وأكثر من عشرة مصابين وآخرين لم يصابوا من تحت الأنقاض.
وتحقق الشرطة الإسرائيلية في ملابسات الحادث، وهي تستبعد أن يكون ناجما عن عطل، وترجح أنه عمل متعمد له خلفية جنائية سببها خلاف بين الجيران ومالك المبنى على تركيب هوائيات لشركات خليوية في طبقته الثالثة، إذ يقول المعارضون إنها سببت مرضا خبيثا لسكان الحي. وذكرت الشرطة أن محاولات لإحراق الهوائيات وقعت في الماضي.
وأيا كانت نتائج تحقيقات الشرطة، فقد اتهم السكان العرب في المدينة الشرطة بالتقصير في ردع المجرمين، وفي الآن ذاته الحكومة والسلطة المحلية التابعة لها بإهمال البلدة القديمة.
""", [
    ev("collapse", "فجر أمس بفاجعة أودت بحياة خمسة فلسطينيين", BLAST, "'فجر أمس' in an article of Tue 18 Feb 2014 = Mon 17 Feb"),
    ev("mourning-strike", "بعد إعلان إضراب عام في مدارس المدينة ومتاجرها", BLAST, "no own expression; declared on the day of the collapse, Mon 17 Feb 2014 (arab48)"),
    ev("rescue-work", "واشتغلت طواقم الإنقاذ والإطفاء ساعات كثيرة", BLAST, "'ساعات كثيرة' after the blast of about 2 am on Mon 17 Feb 2014 (the last body found that day)"),
    ev("police-criminal-suspicion", "وتحقق الشرطة الإسرائيلية في ملابسات الحادث", BLAST, "no own day; the investigation opened on the day of the blast, Mon 17 Feb 2014, and its criminal lead reported that day (arab48)"),
])

# ---------------------------------------------------------------- syria-nabek-gas-cylinder-explosion-2020
S = "syria-nabek-gas-cylinder-explosion-2020"
NABEK = "2020-04-25"                       # a gas cylinder exploded in the couple's home in al-Nabek on the evening of Sat 25 Apr 2020
FIRDAWS = ("2020-04-23", "2020-04-25")     # two children died in a gas fire in Dahiyat al-Firdaws (Jamraya): Thu 23 Apr (syrianpc: Friday)
KHATIB = "2020-04-21"                      # a family of four injured by a cylinder blast in al-Khatib quarter (Baghdad street), Damascus, Tue 21 Apr 2020
art(S, "https://damascusv.com/archives/%d8%a7%d9%84%d9%86%d8%a8%d9%83",
    "2020-04-26", "no date line on the stored page; the body's 'أمس السبت 25 نيسان' for the death of the couple gives Sun 26 Apr 2020 (25 Apr 2020 was a Saturday; bawaba-sy of 27 Apr: 'مساء السبت'); headline written from the body (the URL slug is only 'النبك')", False, """
وفاة زوجين بانفجار أسطوانة غاز في النبك.. الحادثة الثالثة خلال أسبوع
فارق رجل وزوجته الحياة، أمس السبت 25 نيسان، بعد انفجار أسطوانة غاز داخل منزلهما على أطراف مدينة النبك في ريف دمشق، وهي الحادثة الثالثة من هذا النوع خلال أسبوع واحد.
وأوضح مصدر في فوج إطفاء ريف دمشق أن "مصطفى حافظ" وزوجته "نبيلة غنيمة" توفيا بعد أن انفجرت أسطوانة الغاز واشتعلت النار في بيتهما بالحي الشرقي من المدينة، وفق ما نقل تلفزيون الخبر المحلي.
وقبل يومين على هذه الحادثة، مات طفلان في حريق شب في منزل أسرتهما بضاحية الفردوس في ريف دمشق، بسبب تسرب في أسطوانة الغاز.
كما أصيب أفراد عائلة من أربعة أشخاص بجروح متفاوتة، أمس الثلاثاء 21 نيسان، بانفجار أسطوانة غاز في حي "الخطيب" خلف مشفى الهلال الأحمر في دمشق، إذ دوى الانفجار عند دخول العائلة إلى البيت وإضاءتها المصابيح الكهربائية، ليتضح أن المنزل كان مشبعا تماما بالغاز المتسرب من الأسطوانة.
وتتسبب أسطوانات الغاز المنزلية ووسائل التدفئة في عشرات الحرائق بدمشق وريفها، تارة لسوء استعمالها وتارة أخرى لرداءة تصنيعها.
""", [
    ev("nabek-explosion", "فارق رجل وزوجته الحياة، أمس السبت 25 نيسان", NABEK, "'أمس السبت 25 نيسان' = Sat 25 Apr 2020"),
    ev("firdaws-children-fire", "مات طفلان في حريق شب في منزل أسرتهما", FIRDAWS[0], "'قبل يومين على هذه الحادثة' of Sat 25 Apr 2020 = Thu 23 Apr (bawaba-sy: 'ظهر الخميس الفائت'; syrianpc says Friday, hence the span Thu 23 - Fri 24)", end=FIRDAWS[1]),
    ev("khatib-explosion", "أصيب أفراد عائلة من أربعة أشخاص بجروح متفاوتة", KHATIB, "'الثلاثاء 21 نيسان' = Tue 21 Apr 2020 (the 'أمس' is a slip copied from an earlier report)"),
])
art(S, "https://syrianpc.com/%d8%a3%d8%b3%d8%b7%d9%88%d8%a7%d9%86%d8%a9-%d8%ba%d8%a7%d8%b2-%d8%aa%d9%88%d8%af%d9%8a-%d8%a8%d8%ad%d9%8a%d8%a7%d8%a9-%d8%b1%d8%ac%d9%84-%d9%88%d8%b2%d9%88%d8%ac%d8%aa%d9%87-%d9%81%d9%8a-%d8%af%d9%85",
    "2020-04-26", "no date line on the stored page; the body's 'مساء أمس' for the death of the couple in the blast of the evening of Sat 25 Apr 2020 (damascusv: 'أمس السبت 25 نيسان'; bawaba-sy: 'مساء السبت') gives Sun 26 Apr 2020; its 'الجمعة' and 'الثلاثاء' for the two earlier blasts fit the same week; headline rendered from the (truncated) URL slug; the signature 'المركز الصحفي السوري' dropped", False, """
أسطوانة غاز تودي بحياة رجل وزوجته
قضى رجل وزوجته مساء أمس جراء انفجار أسطوانة غاز في مدينة النبك بريف دمشق.
وبحسب صفحات المدينة على مواقع التواصل الاجتماعي، فقد أشعل انفجار أسطوانة غاز في أحد بيوت حارة بيت البدوي بالحي الشرقي من النبك النار في منزل الأستاذ "مصطفى حافظ أبو توفيق" وزوجته "نبيلة غنيمة"، فتوفيا.
وتقول المصادر إن الانفجار جاء بعد حادثتين مماثلتين في ظرف أيام قليلة في العاصمة دمشق، قُتل في إحداهما الطفلان "ريم محمد أبو شاهين" و"مصطفى محمد أبو شاهين" الجمعة في حي جمرايا، وأصيب والداهما بحروق شديدة، وسبقتها إصابة أربعة أشخاص من أسرة واحدة بينهم طفلان الثلاثاء في منطقة شارع بغداد، حين انفجرت أسطوانة الغاز لحظة دخول أصحاب البيت وإضاءتهم له.
ويرجع الأهالي هذه الانفجارات إلى عيوب في أسطوانات الغاز التي توزعها شركة المحروقات في مناطق سيطرة النظام.
""", [
    ev("nabek-explosion", "قضى رجل وزوجته مساء أمس", NABEK, "'مساء أمس' from Sun 26 Apr 2020 = Sat 25 Apr"),
    ev("firdaws-children-fire", "قُتل في إحداهما الطفلان", FIRDAWS[0], "the text's 'الجمعة' = Fri 24 Apr 2020, but the fire brigade (bawaba-sy 'ظهر الخميس الفائت', damascusv 'قبل يومين') gives Thu 23 Apr; my span Thu 23 - Fri 24", end=FIRDAWS[1]),
    ev("khatib-explosion", "وسبقتها إصابة أربعة أشخاص من أسرة واحدة", KHATIB, "'الثلاثاء' before Sun 26 Apr 2020 = Tue 21 Apr (damascusv: 'الثلاثاء 21 نيسان')"),
])
art(S, "https://bawaba-sy.com/2020/04/27/%D8%AB%D8%A7%D9%84%D8%AB-%D8%A7%D9%86%D9%81%D8%AC%D8%A7%D8%B1-%D8%AE%D9%84%D8%A7%D9%84-%D8%A3%D8%B3%D8%A8%D9%88%D8%B9-%D9%88%D9%81%D8%A7%D8%A9-%D8%B1%D8%AC%D9%84-%D9%88%D8%B2%D9%88%D8%AC%D8%AA%D9%87/",
    "2020-04-27", "the date in the URL '/2020/04/27/' (27 Apr 2020 was a Monday); the body's 'مساء السبت' and 'ظهر الخميس الفائت' fit it; headline rendered from the URL slug; the last, truncated sentence dropped", True, """
ثالث انفجار خلال أسبوع.. وفاة رجل وزوجته
لقي زوجان حتفهما مساء السبت بحريق اندلع في بيتهما في مدينة النبك بريف دمشق، كما تضرر المنزل ماديا.
وصرح مصدر في فوج إطفاء ريف دمشق لموقع تلفزيون الخبر بأن مصطفى حافظ وزوجته نبيلة غنيمة فارقا الحياة في حريق شب في منزلهما بالحي الشرقي من النبك إثر انفجار أسطوانة غاز.
وكان طفلان قد توفيا ظهر الخميس الفائت في حريق سببه تسرب الغاز خلال استعمال أسطوانة غاز منزلي في بيتهما بالبناء 44 في ضاحية الفردوس بريف دمشق، كما أصيب 4 أشخاص بجروح طفيفة بانفجار أسطوانة غاز في منزل بحي الخطيب في دمشق قبل أيام قليلة ماضية أيضاً.
وفي الحسكة، هدمت أسطوانة غاز 3 بيوت في المدينة، وأصيب شخص بجروح خطيرة نُقل بسببها إلى المستشفى الوطني.
وتعيش مناطق سيطرة قوات الأسد أزمة حادة في توفير الغاز المنزلي بعد أن أغلقت حكومة الأسد معمل "سادكوب" بسبب نقص الغاز المسال، وقال مصدر خاص في المعمل لـ"وكالة سمارت" إن أزمة الغاز تتفاقم باستمرار، وإن كل الوعود بقرب انتهائها "وعود زائفة".
""", [
    ev("nabek-explosion", "لقي زوجان حتفهما مساء السبت", NABEK, "'مساء السبت' before Mon 27 Apr 2020 = Sat 25 Apr"),
    ev("firdaws-children-fire", "وكان طفلان قد توفيا ظهر الخميس الفائت", FIRDAWS[0], "'ظهر الخميس الفائت' before Mon 27 Apr 2020 = Thu 23 Apr (syrianpc says Friday; my span Thu 23 - Fri 24)", end=FIRDAWS[1]),
    ev("khatib-explosion", "كما أصيب 4 أشخاص بجروح طفيفة بانفجار أسطوانة غاز", KHATIB, "'قبل أيام قليلة ماضية' = Tue 21 Apr 2020 (damascusv: 'الثلاثاء 21 نيسان')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 468
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

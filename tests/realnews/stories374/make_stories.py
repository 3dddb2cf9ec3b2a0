"""Builds stories.jsonl: the 374-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: gold mining: artisanal gold-mine collapses and rescues,
mining licences and new gold mines, gold exports and smuggling.
Stories: the collapse of the Kirsh al-Feel artisanal gold mine in the Howeid desert between Atbara and Haya
(Sudan, June 2025), and Ma'aden's announcement of a 100-125 km gold belt south of the Mansourah-Massarah mine
(Saudi Arabia, December 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- sudan-howeid-kirsh-al-feel-collapse-2025
S = "sudan-howeid-kirsh-al-feel-collapse-2025"
COLLAPSE = ("2025-06-26", "2025-06-28")    # the wells collapsed on Thu 26 and Fri 27 Jun 2025 (TAM: 'يومي الخميس والجمعة')
TAM_SAT = "2025-06-28"                     # TAM's first statement (over 50 dead), Sat 28 Jun 2025
SMRC = "2025-06-29"                        # the Sudanese Mineral Resources Company's statement and emergency meeting, Sun 29 Jun 2025
APRIL = ("2025-04-01", "2025-05-01")       # the earlier collapse in the same area, April 2025
art(S, "https://royanews.tv/news/352388",
    "2025-06-29", "page stamp 'نشر : 13:30 2025-06-29' (kept as the second line without the label; 29 Jun 2025 was a Sunday); the body's 'الأحد' agrees; headline kept from the page (reworded), the sub-headline and the caption 'منجم ذهب في السودان' dropped", True, """
انهيار منجم ذهب في منطقة هويد بالسودان يودي بحياة 50 شخصا
13:30 2025-06-29
قضى نحو 50 شخصا، الأحد، جراء انهيار منجم لاستخراج الذهب في منطقة "هويد" الواقعة بين مدينتي عطبرة وهيا في ولاية نهر النيل بشمال السودان، بحسب وكالة السودان للأنباء.
ويوجد المنجم المنكوب في منطقة صحراوية معزولة إلى الجنوب من مدينة الكليس وإلى الشمال من هيا.
ويذكر أن المنطقة ذاتها عرفت انهيارا مشابها في أبريل الماضي، خلّف إصابات وأضرارا مادية.
وطالب ذوو الضحايا وناشطون حقوقيون بإجراء تحقيق مستقل وعاجل لكشف أسباب الحادث، وبتنظيم ظروف العمل في التعدين التقليدي، وإخضاع أنشطة التنقيب لرقابة صارمة، وتوفير وسائل الحماية والإنقاذ في المناطق النائية تفاديا لتكرار مثل هذه الكوارث.
""", [
    ev("mine-collapse", "قضى نحو 50 شخصا، الأحد، جراء انهيار منجم", COLLAPSE[0], "'الأحد' (Sun 29 Jun) is the day of the report; the collapse itself was on Thu 26 - Fri 27 Jun 2025 (TAM via beamreports: 'يومي الخميس والجمعة')", end=COLLAPSE[1]),
    ev("april-collapse", "عرفت انهيارا مشابها في أبريل الماضي", APRIL[0], "'في أبريل الماضي' in an article of June 2025 = April 2025 (month only)", end=APRIL[1]),
    ev("investigation-demanded", "وطالب ذوو الضحايا وناشطون حقوقيون بإجراء تحقيق", TAM_SAT, "no own expression; the calls for an inquiry came with the first reports, Sat 28 - Sun 29 Jun 2025 (my span)", end="2025-06-30"),
])
art(S, "https://www.beamreports.com/2025/06/29/%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86-%D9%85%D8%B5%D8%B1%D8%B9-11-%D8%B4%D8%AE%D8%B5%D9%8B%D8%A7-%D9%81%D9%8A-%D8%A7%D9%86%D9%87%D9%8A%D8%A7%D8%B1-%D8%A8%D8%A6%D8%B1-%D9%84%D8%AA/",
    "2025-06-29", "date in the URL '/2025/06/29/' and the body's opening '29 يونيو 2025 –' (kept; 29 Jun 2025 was a Sunday); the body's 'بيان الأحد' agrees; headline rendered from the URL slug; the last, truncated words of TAM's complaint dropped", True, """
السودان: مصرع 11 شخصا في انهيار بئر لتعدين الذهب بمنجم كرش الفيل
29 يونيو 2025 – قضى 11 شخصا وأصيب 7 آخرون جراء انهيار جزئي لبئر تقليدية لاستخراج الذهب في منجم «كرش الفيل» بمنطقة هويد الصحراوية الواقعة بين ولايتي البحر الأحمر ونهر النيل.
وكان تجمع الأجسام المطلبية «تام» قد أعلن السبت أن أكثر من 50 من العاملين لقوا حتفهم إثر انهيار منجم تقليدي في منطقة «هويت» الصحراوية بين مدينتي عطبرة وهيا، يومي الخميس والجمعة.
وأوضح التجمع في بيان الأحد أن جهود الإنقاذ ومحاولاته التي استمرت ليومين أسفرت عن إخراج 11 جثمانا و10 مصابين، في حين عُدّ 9 من العمال مفقودين ويُرجَّح أنهم قضوا تحت ركام الآبار المنهارة، وفق سجل الشرطة المحلية.
من جهتها، ذكرت الشركة السودانية للموارد المعدنية المحدودة (حكومية)، الأحد، أنها توصلت إلى حصيلة الضحايا بعد تحرٍّ ميداني وبالتنسيق مع الجهات المختصة، وأن المصابين نُقلوا لتلقي الإسعاف في مستشفى أبو حمد بولاية نهر النيل.
وشددت الشركة على أنها ستعمل على رفع معايير السلامة المهنية في جميع مواقع الإنتاج، داعية المعدنين كافة إلى التقيد التام بتوجيهات السلامة والضوابط البيئية.
غير أن تجمع «تام» أشار إلى أن السلطات تجاهلت مطالب رفعها المواطنون قبل أكثر من شهر لإغلاق المنجم تفاديا لانهيارات متوقعة ترتبط بطبيعة التربة وأساليب الحفر.
""", [
    ev("mine-collapse", "قضى 11 شخصا وأصيب 7 آخرون جراء انهيار جزئي", COLLAPSE[0], "the collapse of Thu 26 - Fri 27 Jun 2025 ('يومي الخميس والجمعة' later in the text, before the Saturday statement)", end=COLLAPSE[1]),
    ev("tam-first-statement", "قد أعلن السبت أن أكثر من 50 من العاملين لقوا حتفهم", TAM_SAT, "'السبت' before the article of Sun 29 Jun 2025 = Sat 28 Jun"),
    ev("rescue-efforts", "جهود الإنقاذ ومحاولاته التي استمرت ليومين", COLLAPSE[0], "'استمرت ليومين' after the collapse of Thu 26 Jun = Thu 26 - Fri 27 Jun 2025 (my reading; possibly into Sat 28)", end=TAM_SAT),
    ev("smrc-statement", "ذكرت الشركة السودانية للموارد المعدنية المحدودة (حكومية)، الأحد", SMRC, "'الأحد' = Sun 29 Jun 2025 (date in the text)"),
    ev("injured-to-abu-hamad", "المصابين نُقلوا لتلقي الإسعاف في مستشفى أبو حمد", COLLAPSE[0], "no own expression; the injured were taken to Abu Hamad after the collapse, Thu 26 - Sat 28 Jun 2025 (my span)", end="2025-06-29"),
    ev("closure-demands-ignored", "تجاهلت مطالب رفعها المواطنون قبل أكثر من شهر", "2025-05-01", "'قبل أكثر من شهر' before the end of June 2025 = some day in May 2025 or earlier (my span: May 2025)", end="2025-05-29"),
])
art(S, "https://alrai.com/article/10891001/عربي-ودولي/11-قتيلا-بانهيار-منجم-ذهب-في-شمال-السودان",
    "2025-06-29", "page line 'تاريخ النشر : الأحد 07:28 29-6-2025' (dropped: this article is the undated one; 29 Jun 2025 was a Sunday); the body's 'بيان الأحد' agrees; headline and the AFP dateline kept (reworded), 'No Image' and the e-paper widget dropped; no date of its own in the text", False, """
11 قتيلا في انهيار منجم للذهب بشمال السودان
الخرطوم - أ ف ب
لقي 11 شخصا حتفهم وأصيب سبعة آخرون جراء انهيار جزئي في أحد مناجم الذهب التقليدية بشمال شرق السودان، وفق بيان الأحد للشركة السودانية للموارد المعدنية المحدودة.
ويمتد قطاع التعدين الأهلي أو التقليدي للذهب في معظم أرجاء السودان، وقد كان يشغّل قبل الحرب مليوني شخص على الأقل، بحسب تقديرات مصادر في القطاع.
وبيّنت الشركة في بيانها أنها كانت قد أوقفت العمل في المنجم في وقت سابق ونبّهت إلى خطورة مواصلة النشاط فيه على الأرواح، وجددت تحذيرها من العمل في المواقع التي أُعلن إيقافها.
وذكر البيان أن الانهيار حدث في بئر داخل منجم كرش الفيل بمنطقة هويد الصحراوية في شمال شرق السودان، من دون أن يحدد متى وقع الحادث.
ويعد السودان من أكبر منتجي الذهب في القارة الإفريقية.
وبلغ إنتاج الذهب خلال عام 2024 مستوى قياسيا قدره 64 طنا مقابل 41,8 طنا عام 2022، فيما أدخلت صادرات الذهب 1,57 مليار دولار العام الماضي إلى خزينة البلد الذي دمّرت الحرب اقتصاده وبناه التحتية، ويُهرَّب نحو نصف الإنتاج عبر الحدود البرية، وفق الشركة السودانية للموارد المعدنية.
""", [
    ev("mine-collapse", "لقي 11 شخصا حتفهم وأصيب سبعة آخرون جراء انهيار جزئي", COLLAPSE[0], "no own expression (the statement gives no date, as the text says); Thu 26 - Fri 27 Jun 2025 from TAM (beamreports)", end=COLLAPSE[1]),
    ev("smrc-statement", "وفق بيان الأحد للشركة السودانية للموارد المعدنية", SMRC, "'الأحد' = Sun 29 Jun 2025 (page date)"),
    ev("mine-suspended-earlier", "كانت قد أوقفت العمل في المنجم في وقت سابق", "2025-04-01", "'في وقت سابق': the suspension came before the collapse, after the warnings following the April 2025 collapse (my span April - 25 Jun 2025)", end=COLLAPSE[0]),
    ev("record-production-2024", "بلغ إنتاج الذهب خلال عام 2024 مستوى قياسيا", "2024-01-01", "'خلال عام 2024' = the year 2024", end="2025-01-01"),
    ev("exports-2024", "أدخلت صادرات الذهب 1,57 مليار دولار العام الماضي", "2024-01-01", "'العام الماضي' in June 2025 = 2024", end="2025-01-01"),
])
art(S, "https://www.arabkhabar.com/a/4815970",
    "2025-06-30", "page line 'تاريخ النشر: 30th, June 2025 GMT' (kept as the second line; 30 Jun 2025 was a Monday); the body's 'الأحد' (the meeting of Sun 29 Jun) agrees; headline kept (reworded); the source line 'المصدر: موقع النيلين' and the unrelated 'إقرأ أيضاً' items dropped", True, """
اجتماع طارئ للموارد المعدنية لبحث حادث منجم هويد
تاريخ النشر: 30th, June 2025 GMT
عقدت الشركة السودانية للموارد المعدنية المحدودة الأحد اجتماعا طارئا ترأسته الإدارة العليا، لبحث تبعات حادث الانهيار الجزئي الذي شهدته بئر تقليدية في منجم كرش الفيل بمنطقة هويد الصحراوية الواقعة بين مدينتي عطبرة وهيا بولاية البحر الأحمر.
وتناول الاجتماع التقارير الأولية القادمة من موقع الحادث، والتي أثبتت وفاة 11 من المعدنين التقليديين وإصابة 7 آخرين بجروح متفاوتة، وذلك إثر تحرٍّ ميداني دقيق وتنسيق مع الجهات المختصة، فيما نُقل المصابون إلى مستشفى أبو حمد لتلقي العلاج اللازم.
""", [
    ev("smrc-emergency-meeting", "عقدت الشركة السودانية للموارد المعدنية المحدودة الأحد اجتماعا طارئا", SMRC, "'الأحد' before the article of Mon 30 Jun 2025 = Sun 29 Jun"),
    ev("mine-collapse", "حادث الانهيار الجزئي الذي شهدته بئر تقليدية", COLLAPSE[0], "no own expression; Thu 26 - Fri 27 Jun 2025 (TAM via beamreports)", end=COLLAPSE[1]),
    ev("injured-to-abu-hamad", "نُقل المصابون إلى مستشفى أبو حمد", COLLAPSE[0], "no own expression; after the collapse, Thu 26 - Sat 28 Jun 2025 (my span)", end="2025-06-29"),
])

# ---------------------------------------------------------------- saudi-maaden-mansourah-massarah-gold-belt-2023
S = "saudi-maaden-mansourah-massarah-gold-belt-2023"
ANNOUNCE = "2023-12-28"                    # Ma'aden's statement on the discovery, Thu 28 Dec 2023
PROGRAM = ("2022-01-01", "2023-01-01")     # the accelerated exploration programme was launched in 2022
DRILLING = ("2022-01-01", "2023-12-28")    # the drilling whose results were announced (my span: since the programme began)
art(S, "https://www.fawry.news/415140/%d8%a7%d9%84%d8%b3%d8%b9%d9%88%d8%af%d9%8a%d8%a9-%d8%aa%d9%83%d8%aa%d8%b4%d9%81-%d8%ad%d8%b2%d8%a7%d9%85-%d8%b0%d9%87%d8%a8-%d8%b1%d8%a6%d9%8a%d8%b3%d9%8a-%d8%a8%d9%85%d9%82%d8%a7%d9%8a%d9%8a%d8%b3/",
    "2023-12-28", "no date line on the stored page; the body's 'اليوم (الخميس)' for Ma'aden's announcement, which came on Thu 28 Dec 2023 (aleqt's URL '/2023/12/28/', dailysabah's 'أمس الخميس' on 29 Dec), gives Thu 28 Dec 2023; headline kept (reworded); the last, general sentence on Ma'aden's mines dropped; no date of its own in the text", False, """
السعودية تكتشف حزام ذهب رئيسيا بمقاييس عالمية
كشفت شركة التعدين العربية السعودية "معادن" اليوم (الخميس) عن اكتشاف منطقة شاسعة تمتد على مسافة 125 كيلومترا وتحوي موارد غنية بالذهب.
ويعد هذا الاكتشاف الأول في إطار برنامج الاستكشاف المكثف الذي أطلقته الشركة في عام 2022.
وأوضحت "معادن" في بيان صحفي أن الاكتشاف يتركز في منطقتي "منصورة ومسرة"، إذ أظهرت نتائج التنقيب "عروقا" ممتدة من الذهب.
وتدل النتائج على وجود "حزام ذهب رئيسي بمقاييس عالمية في السعودية"، ويتوقع أن تبلغ موارد الذهب نحو 7 ملايين أونصة بطاقة إنتاجية تصل إلى ربع مليون أونصة في السنة.
ونقل البيان عن الرئيس التنفيذي لمعادن، روبرت ويلت، قوله إن الشركة أطلقت في العام الماضي واحدا من أكبر برامج الاستكشاف في العالم، وإن هذه الاكتشافات برهان مهم على ما تملكه السعودية من ثروات معدنية لم تُستغل بعد.
وأضاف أن الاكتشافات تعزز تنويع مصادر الدخل انسجاما مع رؤية 2030، وترسخ التعدين ركيزة ثالثة للاقتصاد السعودي.
""", [
    ev("discovery-announced", "كشفت شركة التعدين العربية السعودية \"معادن\" اليوم (الخميس)", ANNOUNCE, "'اليوم (الخميس)' = Thu 28 Dec 2023"),
    ev("exploration-programme-launched", "برنامج الاستكشاف المكثف الذي أطلقته الشركة في عام 2022", PROGRAM[0], "'في عام 2022' = the year 2022", end=PROGRAM[1]),
    ev("drilling-results", "إذ أظهرت نتائج التنقيب \"عروقا\" ممتدة من الذهب", DRILLING[0], "no own expression; the drilling of the programme, 2022 up to the announcement of Thu 28 Dec 2023 (my span)", end=DRILLING[1]),
    ev("resources-7-million-oz", "ويتوقع أن تبلغ موارد الذهب نحو 7 ملايين أونصة", "2023-12-01", "the resource figure is given 'في نهاية عام 2023' in dailysabah's copy of the statement (my span: December 2023)", end="2024-01-01"),
])
art(S, "https://dailysabah.com/arabic/economy/2023/12/29/%d8%a7%d9%84%d8%b3%d8%b9%d9%88%d8%af%d9%8a%d8%a9-%d8%aa%d8%b9%d9%84%d9%86-%d8%a7%d9%83%d8%aa%d8%b4%d8%a7%d9%81-%d8%a7%d8%ad%d8%aa%d9%8a%d8%a7%d8%b7%d8%a7%d8%aa-%d9%83%d8%a8%d9%8a%d8%b1%d8%a9-%d9%85%d9%86-%d8%a7%d9%84%d8%b0%d9%87%d8%a8/amp",
    "2023-12-29", "page line 'Dec 29, 2023' with the Anadolu byline (kept joined on the second line; 29 Dec 2023 was a Friday) and the date in the URL '/2023/12/29/'; the body's 'أمس الخميس' agrees; headline kept (reworded); the last, truncated sentence dropped", True, """
السعودية تعلن عن احتياطات كبيرة من الذهب
وكالة الأناضول للأنباء، الرياض - Dec 29, 2023
كشفت شركة التعدين العربية السعودية (معادن) عن اكتشاف إمكانات كبيرة من موارد الذهب تمتد على طول 100 كيلومتر من منجم منصورة ومسرة للذهب، غرب العاصمة الرياض.
وأوضحت الشركة الحكومية في بيان أمس الخميس أن الاكتشاف هو الأول في إطار برنامج الاستكشاف المكثف لدى معادن، الذي أُطلق عام 2022 بهدف بناء خط إنتاج معادن.
وبيّنت أن النتائج المشجعة جاءت إثر التنقيب في مواقع عدة على امتداد 100 كيلومتر جنوب منجم منصورة ومسرة، وكشفت عن خصائص جيولوجية وكيميائية تشبه رواسب المنجم.
وأضاف البيان أن التوقعات كبيرة بأن تغدو المنطقة بطولها حزام ذهب رئيسيا بمقاييس عالمية في المملكة، وأن نتائج التنقيب تبشر بوفرة الثروات في المنجم، مع إمكانية إطالة عمره بالتطوير تحت الأرض.
وبحسب بيان معادن، بلغت موارد الذهب في منصورة ومسرة نحو 7 ملايين أوقية في نهاية عام 2023، بطاقة إنتاجية قدرها 250,000 أوقية سنويا، وذلك قبل الاكتشاف الجديد.
""", [
    ev("discovery-announced", "وأوضحت الشركة الحكومية في بيان أمس الخميس", ANNOUNCE, "'أمس الخميس' in an article of Fri 29 Dec 2023 = Thu 28 Dec"),
    ev("exploration-programme-launched", "الذي أُطلق عام 2022 بهدف بناء خط إنتاج معادن", PROGRAM[0], "'عام 2022' = the year 2022", end=PROGRAM[1]),
    ev("drilling-results", "النتائج المشجعة جاءت إثر التنقيب في مواقع عدة", DRILLING[0], "no own expression; the programme's drilling, 2022 up to Thu 28 Dec 2023 (my span)", end=DRILLING[1]),
    ev("resources-7-million-oz", "بلغت موارد الذهب في منصورة ومسرة نحو 7 ملايين أوقية في نهاية عام 2023", "2023-12-01", "'في نهاية عام 2023' = the end of 2023 (my span: December 2023)", end="2024-01-01"),
])
art(S, "https://arabkhabar.com/a/1615217",
    "2024-01-04", "page line 'تاريخ النشر: 4th, January 2024 GMT' (kept as the second line; 4 Jan 2024 was a Thursday); headline kept (reworded); the last, truncated quotation ('وأضافت: حدد...') dropped", True, """
دولة عربية تفاجئ الجميع وتعلن رسميا اكتشاف حزام ذهب رئيسي بطول 100 كم
تاريخ النشر: 4th, January 2024 GMT
تناقل ناشطون على مواقع التواصل الاجتماعي إعلان شركة التعدين العربية السعودية "معادن" اكتشاف موقع للذهب في المملكة يمتد 100 كيلومتر، وهو ما أثار تفاعلا واسعا.
وجاء في بيان الشركة الحكومية أن هناك اكتشافا محتملا لإمكانات كبيرة من موارد الذهب تمتد على طول 100 كيلومتر من منجم منصورة ومسرة للذهب القائم.
وأضافت أن الاستكشاف حول منصورة ومسرة يركّز على تحديد رواسب محتملة ذات نطاق وترسبات جيولوجية مماثلة، إذ أظهرت النتائج المشجعة بعد التنقيب في مواقع متعددة جنوب العروق وعلى امتداد 100 كيلومتر جنوب المنجم خصائص جيولوجية وكيميائية مماثلة لرواسبه، ومنها تقاطعات حفر عالية الجودة على بعد 400 متر من منصورة ومسرة وفي العمق.
وتابعت أن معادن واصلت توسيع بصمتها الاستكشافية في آفاق جبل الغدارة وبئر الطويلة، على بعد 25 كم شمال منصورة ومسرة، حيث تعمل الشركة على تحويل موارد مستدل عليها تبلغ 1.5 مليون أوقية لقياسها.
""", [
    ev("social-media-buzz", "تناقل ناشطون على مواقع التواصل الاجتماعي", ANNOUNCE, "no own expression; the sharing of the news between the announcement of Thu 28 Dec 2023 and this article of Thu 4 Jan 2024 (my span)", end="2024-01-05"),
    ev("discovery-announced", "وجاء في بيان الشركة الحكومية أن هناك اكتشافا محتملا", ANNOUNCE, "no own expression; the statement of Thu 28 Dec 2023 (fawry 'اليوم (الخميس)', dailysabah 'أمس الخميس')"),
    ev("drilling-results", "أظهرت النتائج المشجعة بعد التنقيب في مواقع متعددة", DRILLING[0], "no own expression; the programme's drilling, 2022 up to Thu 28 Dec 2023 (my span)", end=DRILLING[1]),
    ev("ghadarah-exploration", "واصلت توسيع بصمتها الاستكشافية في آفاق جبل الغدارة", "2023-01-01", "no own expression; the work at Jabal al-Ghadarah and Bir Tawilah reported in the statement of Thu 28 Dec 2023 (my span: 2023 up to the statement)", end="2023-12-29"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 374
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 321-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: churches and Christian communities: Christmas and Easter
celebrations and official holidays, church restorations and reopenings, attacks on churches, patriarchs and
bishops enthroned: the Israeli strike on the Holy Family church in Gaza and the patriarchs' visit (Palestine,
July 2025), the three-day closure and the reopening of the Church of the Holy Sepulchre (Jerusalem, February
2018), Iraq's first nationwide Christmas holiday (Iraq, December 2018), and the enthronement of Pope Tawadros II
(Egypt, November 2012).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- gaza-holy-family-church-strike-2025
S = "gaza-holy-family-church-strike-2025"
STRIKE = "2025-07-17"                      # the Israeli strike on the Holy Family church compound, Thu 17 Jul 2025 (morning)
VISIT = "2025-07-18"                       # Patriarchs Pizzaballa and Theophilos III enter Gaza, Fri 18 Jul 2025 (morning)
EVAC = ("2025-07-17", "2025-07-19")        # evacuation of the wounded, reported on Fri 18 Jul (my span 17-18 Jul)
art(S, "https://abouna.org/content/%D9%82%D8%B5%D9%81-%D9%8A%D8%B7%D8%A7%D9%84-%D9%83%D9%86%D9%8A%D8%B3%D8%A9-%D8%A7%D9%84%D8%B9%D8%A7%D8%A6%D9%84%D8%A9-%D8%A7%D9%84%D9%85%D9%82%D8%AF%D9%91%D8%B3%D8%A9-%D8%A7%D9%84%D8%AA%D8%A7%D8%A8%D8%B9%D8%A9-%D9%84%D9%84%D8%A8%D8%B7%D8%B1%D9%8A%D8%B1%D9%83%D9%8A%D9%91%D8%A9-%D8%A7%D9%84%D9%84%D8%A7%D8%AA%D9%8A%D9%86%D9%8A%D9%91%D8%A9-%D9%81%D9%8A-%D8%BA%D8%B2%D8%A9",
    "2025-07-17", "page line 'نشر الخميس، ١٧ يوليو / تموز ٢٠٢٥' (kept as second line; 17 Jul 2025 was a Thursday); the body's 'صباح اليوم الخميس 17 تموز 2025' agrees; headline kept from the page; the site banner, the photo caption, the sub-heading 'شهيدان جراء القصف' and the last, truncated quotation of Cardinal Pizzaballa dropped", True, """
قصف يطال كنيسة العائلة المقدّسة التابعة للبطريركيّة اللاتينيّة في غزة
نشر الخميس، ١٧ يوليو / تموز ٢٠٢٥
صباح اليوم الخميس 17 تموز 2025، أصاب قصفٌ كنيسة العائلة المقدّسة التابعة للبطريركيّة اللاتينيّة، وهي كنيسة تؤوي نازحين وسط البلدة القديمة بمدينة غزة، فوقع عدد من الجرحى، بينهم كاهن الرعيّة الأب جبرائيل رومانيلي الذي أصيب بجروح طفيفة في ساقه، وهو الكاهن الذي دأب على إطلاع البابا الراحل فرنسيس بانتظام على أحوال الرعيّة خلال الحرب.
ونقلت وكالة الأنباء الفلسطينيّة الرسميّة (وفا) أن سبعة أشخاص أصيبوا في القصف الذي طال الكنيسة الكاثوليكيّة الوحيدة في قطاع غزة، فيما جاء في البيان الأولي للبطريركيّة اللاتينيّة أن مبنى الكنيسة لحقت به أضرار جسيمة.
وبعد وقت لاحق، أُعلن عن استشهاد فمية عيّاد وسعد سلامة جرّاء القصف.
""", [
    ev("church-strike", "أصاب قصفٌ كنيسة العائلة المقدّسة التابعة للبطريركيّة اللاتينيّة", STRIKE, "'صباح اليوم الخميس 17 تموز 2025' (a Thursday)"),
    ev("romanelli-wounded", "بينهم كاهن الرعيّة الأب جبرائيل رومانيلي الذي أصيب بجروح طفيفة في ساقه", STRIKE, "no own expression; wounded in the strike of Thu 17 Jul 2025"),
    ev("seven-wounded", "أن سبعة أشخاص أصيبوا في القصف", STRIKE, "no own expression; WAFA's first count on the day of the strike, Thu 17 Jul 2025"),
    ev("church-damage", "أن مبنى الكنيسة لحقت به أضرار جسيمة", STRIKE, "no own expression; the patriarchate's first statement on Thu 17 Jul 2025"),
    ev("civilians-killed", "أُعلن عن استشهاد فمية عيّاد وسعد سلامة", STRIKE, "'وبعد وقت لاحق' = later the same Thu 17 Jul 2025"),
])
art(S, "https://www.nedaelwatan.com/local-news/14110-غارة-إسرائيلية-تستهدف-كنيسة-دير-اللاتين-في-غزة-شهيدان-وإصابات-بينهم-راعي-الكنيسة",
    "2025-07-17", "the body's 'صباح اليوم الخميس 17 تموز/يوليو 2025' (kept; 17 Jul 2025 was a Thursday); headline rendered from the URL slug (the stored text has none); the source tag 'نداء الوطن - غزة:' dropped; Meloni's truncated second quotation dropped", True, """
غارة إسرائيلية تستهدف كنيسة دير اللاتين في غزة.. شهيدان وإصابات بينهم راعي الكنيسة
سقط شهيدان وعدد من الجرحى، صباح اليوم الخميس 17 تموز/يوليو 2025، في غارة إسرائيلية أصابت مبنى كنيسة دير اللاتين شرقي مدينة غزة، في قلب البلدة القديمة.
وأكدت مصادر طبية في المستشفى المعمداني أن المواطنين سعد سلامة وفوميا عياد استشهدا، وأن بين المصابين راعي الكنيسة الأب جبرائيل رومانيلي، بعدما استُهدف المبنى بطائرة إسرائيلية مسيّرة.
وفي المقابل، صرّح المتحدث باسم جيش الاحتلال بأن الجيش على علم بادعاء استهداف كنيسة في مدينة غزة، وبأنه يحقق في ملابسات الحادث.
وفي بيان صدر عن الفاتيكان، أبدى البابا ليو الرابع عشر حزنه العميق للهجوم الذي أودى بحياة شخصين داخل الكنيسة الكاثوليكية، وكرر دعوته إلى وقف فوري لإطلاق النار في قطاع غزة.
ودانت بطريركية اللاتين في القدس الغارة بدورها، وأكدت في بيانها ببالغ الحزن والأسى استشهاد شخصين في غارة شنها الجيش الإسرائيلي على مجمع العائلة المقدسة صباح اليوم، مشددة على أن لا شيء يبرر استهداف المدنيين الأبرياء.
أما رئيسة وزراء إيطاليا جورجيا ميلوني فعبّرت عن رفضها القاطع لهذا الهجوم، وكتبت على منصة "إكس" أن الغارات الإسرائيلية على غزة أصابت كنيسة العائلة المقدسة وأن ذلك غير مقبول.
""", [
    ev("church-strike", "في غارة إسرائيلية أصابت مبنى كنيسة دير اللاتين", STRIKE, "'صباح اليوم الخميس 17 تموز/يوليو 2025' (a Thursday)"),
    ev("civilians-killed", "أن المواطنين سعد سلامة وفوميا عياد استشهدا", STRIKE, "no own expression; the two deaths of Thu 17 Jul 2025"),
    ev("romanelli-wounded", "وأن بين المصابين راعي الكنيسة الأب جبرائيل رومانيلي", STRIKE, "no own expression; wounded in the strike of Thu 17 Jul 2025"),
    ev("idf-investigation", "وبأنه يحقق في ملابسات الحادث", STRIKE, "no own expression; the army spokesman's statement of Thu 17 Jul 2025"),
    ev("pope-leo-statement", "أبدى البابا ليو الرابع عشر حزنه العميق للهجوم", STRIKE, "no own expression; the Vatican telegram of Thu 17 Jul 2025"),
    ev("meloni-condemnation", "فعبّرت عن رفضها القاطع لهذا الهجوم", STRIKE, "no own expression; Meloni's post of Thu 17 Jul 2025"),
])
art(S, "https://www.copts-united.com/node16/Article.php?A=832851&I=5975",
    "2025-07-18", "page date line 'الجمعة ١٨ يوليو ٢٠٢٥' under the headline (not kept; 18 Jul 2025 was a Friday); the body's 'صباح اليوم' for the patriarchs' entry agrees with the visit of Fri 18 Jul (klyoum: 'اليوم الجمعة'); headline kept from the page; byline 'محرر الأقباط متحدون' dropped; the last, truncated words ('إلى مؤسسات ...') completed as 'إلى مؤسسات طبية' (copts-united's second report: 'إلى مؤسسات طبية خارج غزة'); no date of its own in the text", False, """
الكاردينال بيتسابالا والبطريرك تيوفيلوس الثالث على رأس وفد كنسي إلى غزة لدعم المسيحيين المتضررين من قصف الكنيسة
غزة - بعد الضربة المؤلمة التي أصابت مجمّع كنيسة العائلة المقدسة في غزة، دخل بطريرك اللاتين في القدس الكاردينال بييرباتيستا بيتسابالا، ومعه بطريرك القدس للروم الأرثوذكس ثيوفيلوس الثالث، إلى غزة صباح اليوم على رأس وفد كنسي، تعبيرا عن تضامن كنائس الأرض المقدسة الرعوي المشترك وعن عنايتها برعية غزة.
ويلتقي الوفد خلال الزيارة أبناء الرعية المسيحية ليقدم إليهم التعازي ويبدي تضامنه معهم ويقف إلى جانب الإخوة الذين قاسوا الأحداث الأخيرة، على أن يقيّم الكاردينال بيتسابالا بنفسه الاحتياجات الإنسانية والرعوية حتى يستمر الحضور وتُلبّى تلك الحاجات.
وبطلب من البطريركية اللاتينية وبالتنسيق مع الشركاء في العمل الإنساني، أُمّن وصول مساعدات أساسية لا تقتصر على الرعية بل تشمل أكبر عدد ممكن من عائلات غزة، وهي مئات الأطنان من المواد الغذائية إلى جانب مواد الإسعاف الأولي ومعدات طبية عاجلة.
كما تولّت البطريركية إجلاء المصابين في الهجوم الأخير إلى مؤسسات طبية.
""", [
    ev("church-strike", "بعد الضربة المؤلمة التي أصابت مجمّع كنيسة العائلة المقدسة", STRIKE, "no own expression; the strike of Thu 17 Jul 2025, the day before"),
    ev("patriarchs-visit", "دخل بطريرك اللاتين في القدس الكاردينال بييرباتيستا بيتسابالا", VISIT, "'صباح اليوم' = Fri 18 Jul 2025 (publication day)"),
    ev("community-meeting", "ويلتقي الوفد خلال الزيارة أبناء الرعية المسيحية", VISIT, "'خلال الزيارة' = the visit of Fri 18 Jul 2025"),
    ev("aid-delivery", "أُمّن وصول مساعدات أساسية", VISIT, "no own expression; reported as done in the patriarchate's statement of Fri 18 Jul 2025, with the visit"),
    ev("wounded-evacuation", "تولّت البطريركية إجلاء المصابين في الهجوم الأخير", EVAC[0], "no own expression ('الأخير' = the strike of Thu 17 Jul); reported on Fri 18 Jul 2025; my span 17-18 Jul", end=EVAC[1]),
])
art(S, "https://www.klyoum.com/u/ID56XA",
    "2025-07-18", "page line 'نشر بتاريخ: ١٨ تموز ٢٠٢٥' (not kept; 18 Jul 2025 was a Friday); the body's 'اليوم الجمعة' agrees; the item is Sawa news agency's report reposted by klyoum ('موقع كل يوم -وكالة سوا الإخبارية' and the section tag dropped); headline written from the body (the stored text has none); the last, truncated sentence (aid) dropped; no date of its own in the text", False, """
وفد كنسي رفيع يصل إلى كنيسة العائلة المقدسة في غزة بعد قصفها
وصل وفدٌ من كنيسة القيامة في القدس، اليوم الجمعة، إلى كنيسة العائلة المقدسة (دير اللاتين) في غزة ليطمئن على الجرحى المسيحيين، وذلك بعد القصف الإسرائيلي الذي طال الكنيسة أمس وأسفر عن استشهاد 3 أشخاص وإصابة آخرين.
وأوضحت بطريركية القدس اللاتينية في بيان أصدرته اليوم الجمعة أن بطريرك اللاتين في القدس الكاردينال بييرباتيستا بيتسابالا دخل غزة صباح اليوم على رأس وفد كنسي، يرافقه بطريرك القدس للروم الأرثوذكس ثيوفيلوس الثالث، في أعقاب الضربة المؤلمة التي تعرض لها مجمّع كنيسة العائلة المقدسة.
وأضافت أن الزيارة تعبّر عن التضامن الرعوي المشترك لكنائس الأرض المقدسة وعن اهتمامها برعية غزة، وأن الوفد الرفيع سيجتمع خلالها بأبناء الرعية المسيحية ليعزيهم ويتضامن معهم ويقف إلى جانب من عانوا من الأحداث الأخيرة.
وبحسب البيان، سيتولى الكاردينال بيتسابالا بنفسه تقييم الاحتياجات الإنسانية والرعوية بما يضمن استمرار الحضور والاستجابة لتلك الحاجات.
""", [
    ev("patriarchs-visit", "وصل وفدٌ من كنيسة القيامة في القدس، اليوم الجمعة", VISIT, "'اليوم الجمعة' = Fri 18 Jul 2025"),
    ev("church-strike", "بعد القصف الإسرائيلي الذي طال الكنيسة أمس", STRIKE, "'أمس' from Fri 18 Jul = Thu 17 Jul 2025"),
    ev("civilians-killed", "وأسفر عن استشهاد 3 أشخاص", STRIKE, "no own expression; the strike of Thu 17 Jul 2025 (the toll rose to three that day: AA, 'الخميس')"),
    ev("patriarchate-statement", "وأوضحت بطريركية القدس اللاتينية في بيان أصدرته اليوم الجمعة", VISIT, "'اليوم الجمعة' = Fri 18 Jul 2025"),
    ev("community-meeting", "سيجتمع خلالها بأبناء الرعية المسيحية", VISIT, "'خلالها' = during the visit of Fri 18 Jul 2025"),
])

# ---------------------------------------------------------------- jerusalem-holy-sepulchre-closure-2018
S = "jerusalem-holy-sepulchre-closure-2018"
CLOSE = "2018-02-25"                       # church leaders shut the Church of the Holy Sepulchre, Sun 25 Feb 2018 at noon
CLOSED = ("2018-02-25", "2018-02-28")      # the closure (Sun 25 - Tue 27; reopened at 4 am on Wed 28)
FREEZE = "2018-02-27"                      # Netanyahu's office freezes the tax measures; the churches' joint statement, Tue 27 Feb 2018
REOPEN = "2018-02-28"                      # the church reopened at 4 am, Wed 28 Feb 2018
art(S, "https://nn.najah.edu/news/Alquds/2018/02/25/102553/",
    "2018-02-25", "date in the URL '/2018/02/25/' (25 Feb 2018 was a Sunday); the body's 'اليوم الأحد' agrees; source tag 'النجاح -' dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
مسؤولون مسيحيون يغلقون كنيسة القيامة احتجاجا على إجراءات ضريبية إسرائيلية
أقدم مسؤولون مسيحيون في القدس، اليوم الأحد، على خطوة نادرة تمثلت في إغلاق كنيسة القيامة، احتجاجا على إجراءات ضريبية إسرائيلية وعلى مشروع قانون يتعلق بالملكية "الأرنونا".
وخلال مؤتمر صحفي عقده بطاركة ورؤساء كنائس القدس في ساحة كنيسة القيامة ظهر اليوم، أعلن بطريرك المدينة المقدسة وسائر أعمال فلسطين والاردن ثيوفيلوس الثالث، باسم البطاركة ورؤساء الكنائس جميعا، إغلاق الكنيسة رفضا لممارسات سلطات الاحتلال بحق الكنائس.
وأُوصدت أبواب الكنيسة ظهرا (10.00) بتوقيت غرينتش حتى اشعار آخر. وتُعد كنيسة القيامة أقدس الأماكن عند المسيحيين، وهي من أبرز مقاصد الحج.
""", [
    ev("church-closure", "أقدم مسؤولون مسيحيون في القدس، اليوم الأحد، على خطوة نادرة", CLOSE, "'اليوم الأحد' = Sun 25 Feb 2018"),
    ev("closure-press-conference", "وخلال مؤتمر صحفي عقده بطاركة ورؤساء كنائس القدس في ساحة كنيسة القيامة ظهر اليوم", CLOSE, "'ظهر اليوم' = noon of Sun 25 Feb 2018"),
    ev("closure-period", "وأُوصدت أبواب الكنيسة ظهرا (10.00) بتوقيت غرينتش حتى اشعار آخر", CLOSED[0], "'ظهرا (10.00) بتوقيت غرينتش' on Sun 25 Feb 'حتى اشعار آخر'; the closure lasted to the reopening at dawn on Wed 28 Feb 2018 (25-27 Feb)", end=CLOSED[1]),
])
art(S, "http://fast-news2012.blogspot.com/2018/02/blog-post_930.html",
    "2018-02-26", "page date line 'الاثنين، 26 فبراير 2018' (kept as second line; 26 Feb 2018 was a Monday) and '/2018/02/' in the URL; the body's '-اليوم الاثنين-' agrees; a news blog; headline kept from the page; the photo tag, the label 'اخبار عربية' and the comment counter dropped", True, """
كنيسة القيامة في القدس لا تزال مغلقة لليوم الثاني
الاثنين، 26 فبراير 2018
ظلت كنيسة القيامة في القدس القديمة -اليوم الاثنين- موصدة أمام الزائرين لليوم الثاني على التوالي، احتجاجا على إجراءات ضريبية إسرائيلية وعلى مشروع قانون يتعلق بالملكية.
وبيّن مسؤولون مسيحيون أن المدة التي سيستمر فيها إغلاق الكنيسة ما زالت مجهولة، وأن أمرها رهن بما سيقرره رؤساء كنائس القدس.
وكنيسة القيامة هي أقدس الأماكن عند المسيحيين الذين يعتقدون أنها أقيمت في موضع دفن المسيح ثم قيامته، وهي كذلك مقصد رئيسي للحجاج.
""", [
    ev("closed-second-day", "ظلت كنيسة القيامة في القدس القديمة -اليوم الاثنين- موصدة", "2018-02-26", "'-اليوم الاثنين-' and 'لليوم الثاني على التوالي' = Mon 26 Feb 2018"),
    ev("closure-period", "المدة التي سيستمر فيها إغلاق الكنيسة", CLOSED[0], "no own expression; the closure of Sun 25 - Tue 27 Feb 2018 (reopened at dawn on Wed 28), still open-ended on the publication day", end=CLOSED[1]),
    ev("duration-unknown", "وبيّن مسؤولون مسيحيون أن المدة", "2018-02-26", "no own expression; the officials' statement reported on Mon 26 Feb 2018"),
])
art(S, "https://elmwatin.com/386240/list/366",
    "2018-02-27", "page stamp 'الثلاثاء 27/فبراير/2018 - 11:50 م' (kept as second line; 27 Feb 2018 was a Tuesday); the body's 'مساء اليوم الثلاثاء' and 'صباح غد الأربعاء' agree; headline kept from the page; byline 'ندى محمد' and 'طباعة' dropped", True, """
كنيسة القيامة تفتح أبوابها للحجاج المسيحيين بعد إغلاق 3 أيام
الثلاثاء 27/فبراير/2018 - 11:50 م
أعلن رؤساء الكنائس المسؤولون عن كنيسة القيامة وعن "الوضع القائم" "الستاتوس كوو"، وهم بطريركية الروم الأرثوذكس وحراسة الأرض المقدسة وبطريركية الأرمن، أن أبواب الكنيسة ستُفتح أمام الحجاج المسيحيين ابتداء من صباح غد الأربعاء، بعد إغلاق استمر 3 أيام.
وفي بيان مشترك أصدروه مساء اليوم الثلاثاء، شكر رؤساء الكنائس كل من بذل جهودا جبارة للحفاظ على الوجود المسيحي في القدس والدفاع عن الوضع القائم، ولفتوا إلى أن هذا الوجود لا يزال يواجه تحديات كبيرة في المدينة المقدسة، وإن كانت القدس مكانا تعيش فيه الديانات التوحيدية الثلاث وتنمو.
وكان رئيس الحكومة الإسرائيلية بنيامين نتنياهو ورئيس بلدية الاحتلال في القدس نير بركات قد اضطرا اليوم إلى تجميد كل إجراءات جباية "ضرائب الأرنونا" البلدية المفروضة على الكنائس في القدس المحتلة، إثر ضغوط مارستها بعض الدول الأوروبية.
وكان رؤساء الكنائس في القدس قد أغلقوا كنيسة القيامة حتى إشعار آخر، في خطوة تصعيدية اتخذوها أول أمس الأحد، احتجاجا على نية سلطات الاحتلال الإسرائيلي مصادرة أراضي كنائس القدس وأوقافها، وهي خطوة نادرة لم تتكرر منذ عام 1948.
""", [
    ev("church-reopening", "ستُفتح أمام الحجاج المسيحيين ابتداء من صباح غد الأربعاء", REOPEN, "'صباح غد الأربعاء' from Tue 27 = Wed 28 Feb 2018"),
    ev("closure-period", "بعد إغلاق استمر 3 أيام", CLOSED[0], "'3 أيام' = Sun 25 - Tue 27 Feb 2018", end=CLOSED[1]),
    ev("reopening-statement", "وفي بيان مشترك أصدروه مساء اليوم الثلاثاء", FREEZE, "'مساء اليوم الثلاثاء' = the evening of Tue 27 Feb 2018"),
    ev("tax-freeze", "قد اضطرا اليوم إلى تجميد كل إجراءات جباية", FREEZE, "'اليوم' = Tue 27 Feb 2018"),
    ev("church-closure", "في خطوة تصعيدية اتخذوها أول أمس الأحد", CLOSE, "'أول أمس الأحد' from Tue 27 = Sun 25 Feb 2018"),
])
art(S, "https://ramallah.news/post/100480/كنيسة-القيامة-تفتح-ابوابها-بعد-اغلاق-استمر-لثلاثة-أيام",
    "2018-02-28", "no date on the stored page; the body's 'فجر اليوم الأربعاء' for the reopening (at 4 am on Wed 28 Feb 2018: elmwatin 'صباح غد الأربعاء' on Tue 27, youm7 '/2018/2/28/') gives Wed 28 Feb 2018; headline rendered from the URL slug; the last, truncated words dropped; no date of its own in the text", False, """
كنيسة القيامة تفتح ابوابها بعد اغلاق استمر لثلاثة أيام
فجر اليوم الأربعاء، أعيد فتح كنيسة القيامة في البلدة القديمة من مدينة القدس المحتلة، تنفيذا لقرار اتخذه رؤساء كنائس القدس إثر اجتماع طارئ عقدوه الليلة الماضية، بعدما قررت حكومة الاحتلال تجميد إجراءات ضريبية تخص الكنائس وممتلكاتها داخل القدس وخارجها.
وصدر قرار رؤساء الكنائس بإعادة فتح أبواب أم الكنائس "القيامة" بعد إغلاقها لمدة ثلاثة أيام، في بيان مشترك حمل توقيع رؤساء الكنائس في القدس، جاء فيه أنه تقرر إعادة فتح بوابات الكنيسة اعتبارا من فجر الأربعاء، بعد أن جمّد رئيس الوزراء "الإسرائيلي" بنيامين نتنياهو قرار البلدية "الإسرائيلية" في القدس فرض الضرائب على ممتلكات الكنائس.
وتابع البيان أن الكنائس تحمد الله على تجميد قرار الضرائب، وتشكر كل من ساند الوجود المسيحي في مدينة القدس ووقف إلى جانبها في هذه القضية.
وكان مكتب "نتنياهو" قد أعلن، مساء أمس، تجميد قرار "بلدية القدس" العبرية فرض "ضرائب الأملاك" على المؤسسات الكنسية، علما أن بلدية الاحتلال في المدينة أعلنت الأحد الماضي أنها ستشرع في جباية أموال من الكنائس المسيحية بعنوان ضرائب على عقارات وأراض تملكها في أرجاء المدينة.
""", [
    ev("church-reopening", "فجر اليوم الأربعاء، أعيد فتح كنيسة القيامة", REOPEN, "'فجر اليوم الأربعاء' = Wed 28 Feb 2018 (4 am)"),
    ev("leaders-emergency-meeting", "إثر اجتماع طارئ عقدوه الليلة الماضية", FREEZE, "'الليلة الماضية' from Wed 28 = the night of Tue 27 Feb 2018"),
    ev("closure-period", "بعد إغلاقها لمدة ثلاثة أيام", CLOSED[0], "'لمدة ثلاثة أيام' = Sun 25 - Tue 27 Feb 2018", end=CLOSED[1]),
    ev("reopening-statement", "في بيان مشترك حمل توقيع رؤساء الكنائس في القدس", FREEZE, "no own expression; the joint statement of the evening of Tue 27 Feb 2018 (elmwatin 'مساء اليوم الثلاثاء')"),
    ev("tax-freeze", "قد أعلن، مساء أمس، تجميد قرار", FREEZE, "'مساء أمس' from Wed 28 = the evening of Tue 27 Feb 2018"),
    ev("municipality-tax-collection", "أعلنت الأحد الماضي أنها ستشرع في جباية أموال", CLOSE, "'الأحد الماضي' from Wed 28 = Sun 25 Feb 2018 (as the text says; the municipality's collection drive had begun earlier in February)"),
])

# ---------------------------------------------------------------- iraq-christmas-official-holiday-2018
S = "iraq-christmas-official-holiday-2018"
CABINET = "2018-12-24"                     # the cabinet session and decision, Mon 24 Dec 2018
XMAS = "2018-12-25"                        # Christmas Day, a public holiday for all Iraqis, Tue 25 Dec 2018
XTIANS = ("2018-12-25", "2018-12-27")      # the two-day holiday for Christians, 25-26 Dec 2018
art(S, "https://akhbararabia.net/?p=10648",
    "2018-12-24", "no date on the stored page; the body's 'اليوم الاثنين' with 'ليوم غد الثلاثاء 25 ديسمبر' and the quoted '25 ديسمبر 2018' fix the day as Mon 24 Dec 2018 (kept; 24 Dec 2018 was a Monday); headline kept from the page; the dateline 'أخبار عربية – بغداد' shortened to 'بغداد'; counted as dated because the text itself fixes its day ('اليوم الاثنين' = the day before Tue 25 Dec 2018)", True, """
العراق يعلن عيد الميلاد عطلة رسمية
بغداد - قرر مجلس الوزراء العراقي اليوم الاثنين أن يُعطَّل الدوام الرسمي ليوم غد الثلاثاء 25 ديسمبر احتفاء بميلاد السيد المسيح، وأن يكون الأربعاء المقبل عطلة خاصة بالمواطنين المسيحيين.
وجاء في بيان المجلس أنه قرر تعطيل الدوام الرسمي يوم الثلاثاء الموافق 25 ديسمبر 2018 لمناسبة عيد ميلاد السيد المسيح.
وأضاف البيان أن المجلس قرر كذلك اعتماد مشروع يجعل هذا اليوم عطلة رسمية سنويا، على أن تكون العطلة يومي 25 و 26 ديسمبر 2018 بالنسبة للمسيحيين.
""", [
    ev("cabinet-decision", "قرر مجلس الوزراء العراقي اليوم الاثنين", CABINET, "'اليوم الاثنين' = Mon 24 Dec 2018"),
    ev("christmas-day", "أن يُعطَّل الدوام الرسمي ليوم غد الثلاثاء 25 ديسمبر", XMAS, "'ليوم غد الثلاثاء 25 ديسمبر' = Tue 25 Dec 2018"),
    ev("christians-extra-day", "وأن يكون الأربعاء المقبل عطلة خاصة بالمواطنين المسيحيين", "2018-12-26", "'الأربعاء المقبل' from Mon 24 = Wed 26 Dec 2018"),
    ev("annual-holiday-bill", "اعتماد مشروع يجعل هذا اليوم عطلة رسمية سنويا", CABINET, "no own expression; part of the decision of Mon 24 Dec 2018"),
    ev("christians-holiday", "يومي 25 و 26 ديسمبر 2018 بالنسبة للمسيحيين", XTIANS[0], "'يومي 25 و 26 ديسمبر 2018' = Tue 25 - Wed 26 Dec 2018", end=XTIANS[1]),
])
art(S, "https://zowaa.org/مجلس-الوزراء-يقرر-تعطيل-الدوام-الرسمي",
    "2018-12-24", "no date on the stored page; the body's 'الاثنين' with 'ليوم غد الثلاثاء' and the quoted '٢٥ / ١٢ / ٢٠١٨' fix the day as Mon 24 Dec 2018 (kept); headline kept from the page; the credit 'زوعا اورغ/ وكالات' and the site menu dropped; counted as dated because the text itself fixes its day (the day before Tue 25/12/2018)", True, """
مجلس الوزراء يقرر تعطيل الدوام الرسمي ليوم غد الثلاثاء
قرر مجلس الوزراء، الاثنين، أن يكون يوم غد الثلاثاء عطلة رسمية لمناسبة اعياد الميلاد، على أن يكون الاربعاء المقبل عطلة مخصصة للمكون المسيحي.
وذكر المجلس، في بيان تلقت السومرية نيوز نسخة منه، أنه قرر تعطيل الدوام الرسمي يوم الثلاثاء الموافق ٢٥ / ١٢ / ٢٠١٨ احتفاء بعيد ميلاد السيد المسيح (عليه السلام).
وأوضح أنه قرر أيضا اعتماد مشروع يقضي باعتبار هذا اليوم عطلة رسمية سنوياً، وأن تكون العطلة بالنسبة للمسيحيين ليومي ٢٥ و ٢٦ / ١٢ / ٢٠١٨.
""", [
    ev("cabinet-decision", "قرر مجلس الوزراء، الاثنين", CABINET, "'الاثنين' = Mon 24 Dec 2018 (the day before 'غد الثلاثاء' 25/12/2018)"),
    ev("christmas-day", "تعطيل الدوام الرسمي يوم الثلاثاء الموافق ٢٥ / ١٢ / ٢٠١٨", XMAS, "'الثلاثاء الموافق ٢٥ / ١٢ / ٢٠١٨' = Tue 25 Dec 2018"),
    ev("christians-extra-day", "على أن يكون الاربعاء المقبل عطلة مخصصة للمكون المسيحي", "2018-12-26", "'الاربعاء المقبل' from Mon 24 = Wed 26 Dec 2018"),
    ev("annual-holiday-bill", "اعتماد مشروع يقضي باعتبار هذا اليوم عطلة رسمية سنوياً", CABINET, "no own expression; part of the decision of Mon 24 Dec 2018"),
    ev("christians-holiday", "ليومي ٢٥ و ٢٦ / ١٢ / ٢٠١٨", XTIANS[0], "'٢٥ و ٢٦ / ١٢ / ٢٠١٨' = Tue 25 - Wed 26 Dec 2018", end=XTIANS[1]),
])
art(S, "https://youm7.com/story/2018/12/25/العراق-يطوى-صفحة-داعش-وكنائس-بغداد-تدق-أجراس-الكريسماس/4081074",
    "2018-12-25", "date in the URL '/2018/12/25/' (25 Dec 2018 was a Tuesday); the body's 'اليوم الثلاثاء' agrees; headline rendered from the URL slug; photo captions dropped; no date of its own in the text", False, """
العراق يطوي صفحة داعش وكنائس بغداد تدق أجراس الكريسماس
يحيي مسيحيو العراق عيد الميلاد، اليوم الثلاثاء، في أجواء أمنية أفضل، بعد أكثر من عام على إعلان البلاد انتصارها على تنظيم الدولة الإسلامية المتشدد.
وفي شمال شرق الموصل، حضر مسيحيون قداسا أقيم أمس الاثنين في كنيسة الطاهرة الكبرى، التي ما زالت جدرانها السوداء تحمل رسوما وكتابات خلّفها تنظيم الدولة الإسلامية، فصلى العشرات منهم وتناولوا القربان ثم تحلقوا حول النار التقليدية في باحة الكنيسة.
وكان المتشددون قد خرّبوا المناطق المسيحية، فأحرقوا البيوت والكنائس وسلبوا كل القطع الأثرية الثمينة وكسروا الآثار.
وأمام خيارين قاسيين، دفع الجزية أو الموت، آثر كثير من مسيحيي سهول نينوى الفرار، فلجأ أغلبهم إلى البلدات والمدن القريبة، بينما سعى كثيرون منهم إلى لجوء دائم في الخارج.
وفي بغداد، قصدت أعداد كبيرة من المسيحيين كنيسة القديس جورج الكلدانية لحضور قداس اليوم الثلاثاء، وشارك في القداس رجلا دين مسلمان، أحدهما شيعي والآخر سني.
وتراجع عدد المسيحيين في العراق من 1.5 مليون إلى قرابة 400 ألف منذ الغزو الذي قادته الولايات المتحدة في عام 2003.
""", [
    ev("christmas-day", "يحيي مسيحيو العراق عيد الميلاد، اليوم الثلاثاء", XMAS, "'اليوم الثلاثاء' = Tue 25 Dec 2018"),
    ev("isis-defeat-declared", "بعد أكثر من عام على إعلان البلاد انتصارها على تنظيم الدولة الإسلامية", "2017-12-09", "'بعد أكثر من عام' = more than a year before 25 Dec 2018; outside knowledge: victory over IS declared by Haider al-Abadi on Sat 9 Dec 2017"),
    ev("mosul-tahera-mass", "حضر مسيحيون قداسا أقيم أمس الاثنين في كنيسة الطاهرة الكبرى", CABINET, "'أمس الاثنين' from Tue 25 = Mon 24 Dec 2018 (Christmas Eve)"),
    ev("baghdad-st-george-mass", "لحضور قداس اليوم الثلاثاء", XMAS, "'قداس اليوم الثلاثاء' = Tue 25 Dec 2018"),
    ev("us-invasion", "منذ الغزو الذي قادته الولايات المتحدة في عام 2003", "2003-03-20", "'في عام 2003'; outside knowledge: the US-led invasion, 20 Mar - 1 May 2003", end="2003-05-02"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=13848516",
    "2018-12-25", "no date on the stored page; the body's 'في 24 ديسمبر الجاري ... في جلسته أمس الإثنين' (the cabinet session of Mon 24 Dec 2018) gives Tue 25 Dec 2018; an aggregator page; headline written from the body (the stored text has none); no full date of its own in the text (no year, only 'أمس' for 24 Dec)", False, """
البطريرك ساكو يرحب بإعلان عيد الميلاد عطلة رسمية في العراق
في 9 ديسمبر الجاري، رفع بطريرك الكلدان في العراق الكاردينال لويس روفائيل ساكو إلى السلطات العراقية طلبا بأن يُعتمد أول أيام عيد ميلاد السيد المسيح عطلة رسمية، ثم اتصل قبل العيد برئيس الوزراء د. عادل عبد المهدي ليتابع الطلب.
وفي 24 ديسمبر الجاري، قرر مجلس الوزراء العراقي في جلسته أمس الإثنين تعطيل الدوام الرسمي لليوم التالي الثلاثاء 25 ديسمبر لمناسبة عيد الميلاد، واعتماد مشروع يجعله عطلة رسمية سنويا، وأن تكون العطلة ليومي 25 و26 ديسمبر بالنسبة للمسيحيين.
ورحب رئيس الجمهورية العراقية د. برهم صالح بالقرار في كلمة ألقاها خلال قداس ليلة الميلاد.
وعلّق بطريرك العراق على الاستجابة لطلب المسيحيين بالتعبير عن ارتياحه لهذه النتائج التي تبشر بالخير، مضيفا أن الميدان يبقى مفتوحا أمام كل واحد، من موقعه، ليحقق مكاسب أكثر لشعبنا العراقي.
""", [
    ev("sako-request", "رفع بطريرك الكلدان في العراق الكاردينال لويس روفائيل ساكو إلى السلطات العراقية طلبا", "2018-12-09", "'في 9 ديسمبر الجاري' = Sun 9 Dec 2018"),
    ev("sako-call-pm", "ثم اتصل قبل العيد برئيس الوزراء", "2018-12-09", "'قبل العيد' = between the request of 9 Dec and Christmas 2018; my span 9-24 Dec", end=XMAS),
    ev("cabinet-decision", "قرر مجلس الوزراء العراقي في جلسته أمس الإثنين", CABINET, "'في 24 ديسمبر الجاري' and 'أمس الإثنين' = Mon 24 Dec 2018"),
    ev("christmas-day", "تعطيل الدوام الرسمي لليوم التالي الثلاثاء 25 ديسمبر", XMAS, "'لليوم التالي الثلاثاء 25 ديسمبر' = Tue 25 Dec 2018"),
    ev("christians-holiday", "وأن تكون العطلة ليومي 25 و26 ديسمبر بالنسبة للمسيحيين", XTIANS[0], "'ليومي 25 و26 ديسمبر' = Tue 25 - Wed 26 Dec 2018", end=XTIANS[1]),
    ev("salih-christmas-eve-speech", "في كلمة ألقاها خلال قداس ليلة الميلاد", CABINET, "'ليلة الميلاد' = the evening of Mon 24 Dec 2018"),
])

# ---------------------------------------------------------------- egypt-pope-tawadros-enthronement-2012
S = "egypt-pope-tawadros-enthronement-2012"
PRESSCONF = "2012-11-16"                   # Bishop Bola's press conference, Fri 16 Nov 2012 (noon)
ENTHRONE = "2012-11-18"                    # the enthronement of Pope Tawadros II, Sun 18 Nov 2012
ALTAR_LOT = "2012-11-04"                   # the altar lot that chose Tawadros, Sun 4 Nov 2012
art(S, "https://www.elbalad.news/312460",
    "2012-11-15", "no date on the stored page; the body's 'ظهر الغد الجمعة' for a press conference ahead of the enthronement of 'صباح الأحد 18 نوفمبر' (Sun 18 Nov 2012) gives Thu 15 Nov 2012; headline kept from the page; no date of its own in the text", False, """
غدا .. الأنبا بولا يعلن التفاصيل النهائية لحفل تنصيب البابا
ظهر الغد الجمعة، يعقد الأنبا بولا، المتحدث الإعلامي باسم الكنيسة الأرثوذكسية، مؤتمرا صحفيا يكشف فيه التفاصيل النهائية لحفل تجليس البابا تواضروس الثاني، وهو الحفل الذي تقرر أن يقام صباح الأحد 18 نوفمبر.
وسيعلن الأنبا بولا خلال المؤتمر أعداد الشخصيات العامة التي ستحضر الحفل، إلى جانب الطريقة التي سيجري بها الدخول إلى الكاتدرائية أثناء مراسم التنصيب.
""", [
    ev("bola-press-conference", "ظهر الغد الجمعة، يعقد الأنبا بولا", PRESSCONF, "'ظهر الغد الجمعة' from Thu 15 = Fri 16 Nov 2012"),
    ev("enthronement", "وهو الحفل الذي تقرر أن يقام صباح الأحد 18 نوفمبر", ENTHRONE, "'صباح الأحد 18 نوفمبر' = Sun 18 Nov 2012"),
    ev("attendance-details", "وسيعلن الأنبا بولا خلال المؤتمر أعداد الشخصيات العامة", PRESSCONF, "'خلال المؤتمر' = the press conference of Fri 16 Nov 2012"),
])
art(S, "https://masrawy.com/news/news_egypt/details/2012/11/18/91539/%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D9%88%D8%B2%D8%B1%D8%A7%D8%A1-%D9%88%D8%A7%D9%84%D8%A8%D8%B1%D8%A7%D8%AF%D8%B9%D9%8A-%D9%88%D8%B5%D8%A8%D8%A7%D8%AD%D9%8A-%D9%88%D9%85%D9%88%D8%B3%D9%89-%D9%8A%D8%AA%D9%82%D8%AF%D9%85%D9%88%D9%86-%D8%A7%D9%84%D8%AD%D8%B6%D9%88%D8%B1-%D9%81%D9%8A-%D8%AA%D8%AC%D9%84%D9%8A%D8%B3-%D8%A7%D9%84%D8%A8%D8%A7%D8%A8%D8%A7-",
    "2012-11-18", "page stamp '09:51 ص الأحد 18 نوفمبر 2012' (kept as second line; 18 Nov 2012 was a Sunday) and '/2012/11/18/' in the URL; headline kept from the page; the label 'إعلان' and the byline 'كتبت - عزة جرجس' dropped; the last, truncated name ('باخوميو...') completed as 'باخوميوس'", True, """
رئيس الوزراء والبرادعي وصباحي وموسى يتقدمون الحضور في ''تجليس البابا''
09:51 ص الأحد 18 نوفمبر 2012
منذ قليل، وصل رئيس مجلس الوزراء الدكتور هشام قنديل إلى مقر الكاتدرائية المرقسية بالعباسية ليشارك في مراسم تجليس البابا ''تواضروس الثاني''.
وسبقه إلى الكاتدرائية في وقت مبكر من صباح اليوم كل من المرشح الرئاسي السابق ومؤسس التيار الشعبي حمدين صباحي، والمرشح الرئاسي السابق الدكتور عمرو موسى، ورئيس حزب الدستور الدكتور محمد البرادعي، للمشاركة في جلوس البابا ''تواضروس الثاني'' على عرش مارمرقس خلفا للبابا ''شنودة الثالث''.
وعلّق حزب الدستور والتيار الشعبي لافتات في أرجاء الكاتدرائية كلها ترحيبا بالبابا الجديد.
وكان بين الحاضرين أيضا رئيس الوزراء الأسبق الدكتور عصام شرف، والسفير السعودي بالقاهرة، ووزير الإعلام السابق أسامة هيكل، ووزير البيئة السابق الدكتور ماجد جورج، ووزير السياحة السابق منير فخري عبد النور، فضلا عن وفود من عدد من الكنائس الأرثوذكسية، فيما بدأ القداس الأنبا بفنوتيوس أسقف سمالوط، الذي كان أحد مرشحي الكرسي البابوي الـ17 الأوائل.
وكان البابا تواضروس الثاني قد غادر المقر البابوي في تمام الثامنة والربع صباح اليوم الأحد في موكب يتقدمه البابا والأنبا باخوميوس.
""", [
    ev("qandil-arrival", "منذ قليل، وصل رئيس مجلس الوزراء الدكتور هشام قنديل", ENTHRONE, "'منذ قليل' before the stamp 09:51 of Sun 18 Nov 2012"),
    ev("enthronement", "ليشارك في مراسم تجليس البابا", ENTHRONE, "no own expression; the ceremony of Sun 18 Nov 2012 (stamp)"),
    ev("early-arrivals", "في وقت مبكر من صباح اليوم كل من المرشح الرئاسي السابق", ENTHRONE, "'في وقت مبكر من صباح اليوم' = early on Sun 18 Nov 2012"),
    ev("mass-begins", "فيما بدأ القداس الأنبا بفنوتيوس أسقف سمالوط", ENTHRONE, "no own expression; the enthronement mass of Sun 18 Nov 2012"),
    ev("papal-procession", "قد غادر المقر البابوي في تمام الثامنة والربع صباح اليوم الأحد", ENTHRONE, "'في تمام الثامنة والربع صباح اليوم الأحد' = 8:15 am, Sun 18 Nov 2012"),
])
art(S, "https://www.almasryalyoum.com/news/details/245430",
    "2012-11-18", "page stamp 'الأحد 18-11-2012 13:13' (kept as second line; 18 Nov 2012 was a Sunday); the stored text is the headline and the photo caption only (the body is not stored); headline kept from the page; the repeated caption and the photo credit 'تصوير : محمد هشام' dropped", True, """
«موسى» مهنئًا «تواضروس الثاني»: جعل الله على يديه خيرًا لمصر ولأقباطها
الأحد 18-11-2012 13:13
خلال حفل تجليس البابا في مقر الكاتدرائية المرقسية بالعباسية، 18 نوفمبر 2012، هنأ رئيس الوزراء الدكتور هشام قنديل البابا تواضروس الثاني على تنصيبه رسميا.
وكان البابا تواضروس الثاني قد اختير بطريركا للكرازة المرقسية إثر فوزه في القرعة الهيكلية، إذ سحب طفل معصوب العينين ورقة تحمل اسمه من إناء زجاجي ضم ثلاث أوراق بأسماء المرشحين الثلاثة، وهم الأنبا رفائيل والقمص رفائيل أفا مينا والأنبا تواضروس الثاني.
""", [
    ev("moussa-congratulation", "«موسى» مهنئًا «تواضروس الثاني»", ENTHRONE, "no own expression; Amr Moussa's congratulation, published on Sun 18 Nov 2012 (stamp)"),
    ev("enthronement", "خلال حفل تجليس البابا في مقر الكاتدرائية المرقسية بالعباسية، 18 نوفمبر 2012", ENTHRONE, "'18 نوفمبر 2012' (a Sunday)"),
    ev("qandil-congratulates", "هنأ رئيس الوزراء الدكتور هشام قنديل البابا تواضروس الثاني على تنصيبه رسميا", ENTHRONE, "'18 نوفمبر 2012', during the ceremony"),
    ev("altar-lot", "إثر فوزه في القرعة الهيكلية", ALTAR_LOT, "no own expression; outside knowledge: the altar lot at the Cathedral of St Mark, Sun 4 Nov 2012"),
])
art(S, "http://daily.rosaelyoussef.com/news/18265/البابا-يُنصّب-بالدموع-والأجراس",
    "2012-11-19", "no date of the item on the stored page (the header shows the crawl date); the body's 'امس' for the enthronement of Sun 18 Nov 2012 (masrawy, almasryalyoum) gives Mon 19 Nov 2012, the next day's printed paper; headline kept from the page; no date of its own in the text", False, """
البابا يُنصّب بالدموع والأجراس
في حضور رموز السياسة والدين، دخل البابا تواضروس الثاني امس مقر الكاتدرائية المرقسية وهو يبكي، يتقدمه الشمامسة وآباء المجمع المقدس، ليرتدي زي «البطريرك» بينما كانت الدموع تنهمر من عينيه.
وانطلقت مراسم تجليس البابا بدخول تواضروس إلى الكاتدرائية على وقع الأجراس والترانيم الكنسية، فوقف يردد: افتحوا لي أبواب البر لكي أدخل وأحمد الرب. وفي حين شهد المراسم عشرات السياسيين والمسؤولين، وصل د. هشام قنديل إلى الكاتدرائية متأخرا وغادرها فور انتهاء الحفل.
ونيابة عن رئيس الجمهورية، هنأ رئيس مجلس الوزراء الدكتور هشام قنديل الأقباط والمصريين جميعا بالحدث التاريخي لتجليس البابا خلفا للبابا شنودة الثالث، وتمنى لغبطته التوفيق في منصبه الجديد وأن يعمل على جمع صفوف الأمة بتعزيز الوحدة الوطنية وأن يسير على نهج البابا شنودة الثالث.
""", [
    ev("pope-enters-cathedral", "دخل البابا تواضروس الثاني امس مقر الكاتدرائية المرقسية", ENTHRONE, "'امس' from Mon 19 = Sun 18 Nov 2012"),
    ev("enthronement", "وانطلقت مراسم تجليس البابا بدخول تواضروس إلى الكاتدرائية", ENTHRONE, "no own expression; the ceremony of Sun 18 Nov 2012 ('امس')"),
    ev("qandil-arrival", "وصل د. هشام قنديل إلى الكاتدرائية متأخرا", ENTHRONE, "no own expression; during the ceremony of Sun 18 Nov 2012"),
    ev("qandil-congratulates", "هنأ رئيس مجلس الوزراء الدكتور هشام قنديل الأقباط والمصريين جميعا", ENTHRONE, "no own expression; at the ceremony of Sun 18 Nov 2012"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 321
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

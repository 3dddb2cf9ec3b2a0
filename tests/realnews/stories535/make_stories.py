"""Builds stories.jsonl: the 535-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: drownings and beach or swimming incidents.
Stories: the drowning of students of the maritime institute at the "al-Sakhra" (Mour al-Habs) rocky beach of
Larache (Morocco, November 2025), the drowning of the three Shubairi brothers from Marib off Broum west of
Mukalla during the Najm al-Balda season (Hadramawt, Yemen, July 2025), and the drowning of Jason Habchi and
the disappearance of Charbel Kairouz and Anthony Mouaiki off the sandy beach of Jbeil (Lebanon, May 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-larache-maritime-institute-drowning-2025
S = "morocco-larache-maritime-institute-drowning-2025"
DROWN = "2025-11-01"                         # Sat 1 Nov 2025: students swept away at the rocky "al-Sakhra" beach
SEARCH = ("2025-11-01", "2025-11-04")        # the search for the missing student, Sat 1 - Mon 3 Nov (as reported)
art(S, "https://larachenews.com/204658.html",
    "2025-11-01", "no date line on the stored page; the body's 'اليوم السبت 1 نوفمبر' (1 Nov 2025 was a Saturday; the other reports: larache24 'مساء اليوم السبت', cap24 'اليوم السبت', Monday's larache24 'لليوم الثالث على التوالي، اليوم الإثنين'); the year is not in the text; headline written from the body (the stored text has none); the 'العرائش نيوز:' tag dropped", False, """
غرق شابين من معهد الصيد البحري بالشاطئ الصخري في العرائش
عرف الشاطئ الصخري المحاذي لسجن العرائش، اليوم السبت 1 نوفمبر، حادث غرق شابين يتابعان تكوينهما بمعهد الصيد البحري في المدينة.
وأفادت مصادر "العرائش نيوز" بأن الشابين دخلا البحر للسباحة في هذا الشاطئ الصخري رغم علو الأمواج، فسحبتهما المياه.
وسعى سكان حي الناظور إلى إنقاذهما، غير أن قوة الأمواج حالت دون ذلك.
وإثر الاستغاثة، وصل إلى المكان زورقان سريعان تابعان للدرك البحري والوقاية المدنية، إلى جانب دراجة مائية (جيت سكي) وسفينة الإنقاذ التابعة لميناء العرائش.
ونجحت فرق الإنقاذ في إنقاذ أحد الشابين، في حين ما يزال الثاني، المزداد عام 2005 بمدينة الداخلة، في عداد المفقودين حتى لحظة إعداد هذا التقرير.
""", [
    ev("drowning", "حادث غرق شابين يتابعان تكوينهما", DROWN, "'اليوم السبت 1 نوفمبر' = Sat 1 Nov 2025"),
    ev("residents-rescue-attempt", "وسعى سكان حي الناظور إلى إنقاذهما", DROWN, "no own expression; during the drowning of Sat 1 Nov 2025"),
    ev("rescue-boats", "وصل إلى المكان زورقان سريعان", DROWN, "no own expression; the rescue units came after the call for help on Sat 1 Nov 2025"),
    ev("others-rescued", "ونجحت فرق الإنقاذ في إنقاذ أحد الشابين", DROWN, "no own expression; the rescue on the day of the drowning, Sat 1 Nov 2025"),
    ev("student-missing", "في عداد المفقودين حتى لحظة إعداد هذا التقرير", DROWN, "'حتى لحظة إعداد هذا التقرير' = the time of writing, Sat 1 Nov 2025"),
])
art(S, "https://larache24.net/?p=10411",
    "2025-11-03", "no date line on the stored page; the body's 'لليوم الثالث على التوالي، اليوم الإثنين' for the search that began on Sat 1 Nov 2025 (larachenews 'اليوم السبت 1 نوفمبر') gives Mon 3 Nov 2025 (3 Nov 2025 was a Monday); the author's name and the 'العرائش 24' signature dropped; headline written from the body (the stored text has none)", False, """
استمرار البحث عن الشاب المفقود بشاطئ الصخرة في العرائش
تستمر لليوم الثالث على التوالي، اليوم الإثنين، عمليات البحث التي تقودها فرق الغطس التابعة للوقاية المدنية والدرك البحري في مدينة العرائش، سعيا للعثور على الشاب الذي سحبته أمواج البحر في شاطئ "الصخرة" المعروف محليا باسم "مور الحبس".
وعلى الرغم من الجهود الكبيرة التي يبذلها الغطاسون ورجال الإنقاذ والمتطوعون، فإن صعوبة أحوال البحر منعتهم من تحديد موقع الشاب المفقود إلى حدود مساء اليوم، ولا تزال عمليات البحث جارية في أجواء من الانتظار والأسى لدى سكان المدينة.
وتجدر الإشارة إلى أن الحادث، الذي وقع نهاية الأسبوع الماضي، أسفر عن وفاة أحد طلبة المعهد البحري وإنقاذ آخرين، بينما يتواصل البحث عن زميلهم المفقود.
""", [
    ev("search-for-missing-student", "تستمر لليوم الثالث على التوالي، اليوم الإثنين، عمليات البحث", SEARCH[0], "'لليوم الثالث على التوالي، اليوم الإثنين' = the days Sat 1 - Mon 3 Nov 2025", end=SEARCH[1]),
    ev("not-found-monday", "منعتهم من تحديد موقع الشاب المفقود إلى حدود مساء اليوم", "2025-11-03", "'إلى حدود مساء اليوم' = the evening of Mon 3 Nov 2025"),
    ev("drowning", "أن الحادث، الذي وقع نهاية الأسبوع الماضي", DROWN, "'نهاية الأسبوع الماضي' from Mon 3 Nov = the weekend; the drowning of Sat 1 Nov 2025 (larachenews 'اليوم السبت 1 نوفمبر')"),
    ev("student-death", "أسفر عن وفاة أحد طلبة المعهد البحري", DROWN, "no own expression; the student died in the drowning of Sat 1 Nov 2025"),
    ev("others-rescued", "وإنقاذ آخرين", DROWN, "no own expression; the rescue on the day of the drowning, Sat 1 Nov 2025"),
])
art(S, "https://www.anfaspress.com/index.php/news/voir/160111-2025-11-04-04-31-42",
    "2025-11-04", "the page's date line 'Tuesday 4 November 2025' and the URL stamp '2025-11-04-04-31-42' (dropped from the text); the sub-heading and the 'Advertisement'/section tags dropped; headline kept from the page; the last, truncated sentence of the stored excerpt ('...للعثور على الشاب ا') rendered as the search for the fifth youth; no date of its own in the text ('مؤخرا' only)", True, """
غرق طالب بالعرائش يثير حزن مؤسسات التكوين البحري بالعيون
قدمت إدارة معهد التكنولوجيا للصيد البحري بالعيون، رفقة أطره التربوية وطلبته، تعازيها لزملائهم في العرائش بعد أن بلغهم خبر الفاجعة المؤلمة، وهي وفاة أحد الطلبة المتفوقين بمعهد العرائش غرقا وهو يحاول بشجاعة إنقاذ زميله من الغرق.
وشددت الأستاذة حسناء بوشبوش من معهد العيون على أن هذه المصيبة الكبيرة لا تخص معهد العرائش وحده، "بل تخصنا جميعا، نحن أبناء أسرة التكوين البحري في المملكة، فنحن جسد واحد يوحدنا المصير والرسالة.. فالراحل، رحمه الله، ابننا جميعا وفقيدنا جميعا، وسيبقى مثاله في الشجاعة والنبل حاضرا في ذاكرة كل من ينتمي إلى هذه المؤسسة التكوينية الوطنية".
وكانت مدينة العرائش قد عرفت، مؤخرا، حادث غرق مأساويا بشاطئ "الصخرة" المعروف محليا بمنطقة "مور الحبس"، إذ فاجأت تيارات بحرية قوية مجموعة من الشبان وهم يسبحون، فغرق خمسة من طلبة المعهد البحري بالمدينة.
وتمكنت فرق الإنقاذ، بمساعدة مواطنين، من إنقاذ أربعة منهم، في حين يتواصل البحث عن الشاب الخامس.
""", [
    ev("laayoune-condolences", "قدمت إدارة معهد التكنولوجيا للصيد البحري بالعيون", "2025-11-01", "no own expression; after the drowning of Sat 1 Nov 2025 and before this report stamped Tue 4 Nov 04:31 (my span Sat 1 - Mon 3 Nov)", end="2025-11-04"),
    ev("student-death", "وفاة أحد الطلبة المتفوقين بمعهد العرائش غرقا", DROWN, "no own expression; the student drowned trying to save his classmate on Sat 1 Nov 2025"),
    ev("drowning", "حادث غرق مأساويا بشاطئ", DROWN, "'مؤخرا' only; the drowning of Sat 1 Nov 2025 (larachenews 'اليوم السبت 1 نوفمبر')"),
    ev("others-rescued", "من إنقاذ أربعة منهم", DROWN, "no own expression; the rescue on the day of the drowning, Sat 1 Nov 2025"),
    ev("search-for-missing-student", "يتواصل البحث عن الشاب الخامس", SEARCH[0], "no own expression; the search from Sat 1 Nov 2025, still under way on Mon 3 Nov (larache24) when this report was written (my span Sat 1 - Mon 3 Nov)", end=SEARCH[1]),
])

# ---------------------------------------------------------------- yemen-mukalla-broum-brothers-drowning-2025
S = "yemen-mukalla-broum-brothers-drowning-2025"
DROWN = "2025-07-24"                         # Thu 24 Jul 2025 (morning): the three Shubairi brothers drowned off Broum
BODIES = "2025-07-25"                        # Fri 25 Jul 2025 (morning): the two other bodies found
art(S, "https://alfajralyemeni.com/?p=2858",
    "2025-07-24", "no separate date line; the body's own dateline-like opening 'اليوم الخميس، 24 يوليو/تموز 2025م' (24 Jul 2025 was a Thursday) dates it; the 'الفجر اليمني – المكلا' tag dropped; headline written from the body (the stored text has none); the last, truncated clause ('...بفعل') dropped", True, """
غرق ثلاثة أشقاء من مأرب في سواحل المكلا
فُجع اليمنيون اليوم الخميس، 24 يوليو/تموز 2025م، بموت ثلاثة أشقاء من محافظة مأرب، بينهم طفل، غرقا وهم يسبحون في سواحل مدينة المكلا بمحافظة حضرموت، أثناء زيارتهم المدينة للاستجمام بالتزامن مع فعاليات مهرجان نجم البلدة السياحي.
وذكرت مصادر محلية أن الضحايا هم: حسين حمد الشبيري (20 عامًا)، وسليمان حمد الشبيري (18 عامًا)، وسلطان حمد الشبيري (10 أعوام).
وتشير إحصائيات حديثة إلى أن حصيلة الوفيات غرقا في سواحل حضرموت منذ مطلع يوليو الجاري بلغت 5 حالات من بين 34 حالة غرق سُجلت، بينما تمكنت قوات خفر السواحل من إنقاذ 29 شخصا.
وكان خفر السواحل قد أعلن أمس الأربعاء إنقاذ فتاة من الغرق في سواحل قصيعر، بعد نحو 24 ساعة من عملية إنقاذ سابقة لامرأتين ورجلين، كما شهد يوم الثلاثاء إنقاذ حالتين مشابهتين في سواحل المكلا وروكب والشحر.
وتقع هذه الحوادث وسط تحذيرات متتالية من قيادة خفر السواحل بقطاع البحر العربي، دعت فيها سكان محافظات حضرموت والمهرة وشبوة وسقطرى إلى الحذر وعدم التوغل في البحر، لا سيما في الفترة الممتدة من يونيو حتى سبتمبر التي تشهد اضطراب البحر وارتفاع الأمواج.
""", [
    ev("brothers-drowning", "بموت ثلاثة أشقاء من محافظة مأرب", DROWN, "'اليوم الخميس، 24 يوليو/تموز 2025م' = Thu 24 Jul 2025"),
    ev("july-drowning-toll", "بلغت 5 حالات من بين 34 حالة غرق سُجلت", "2025-07-01", "'منذ مطلع يوليو الجاري' up to the day of the report = 1 - 24 Jul 2025", end="2025-07-25"),
    ev("qusayar-girl-rescue", "إنقاذ فتاة من الغرق في سواحل قصيعر", "2025-07-23", "'أمس الأربعاء' in a report of Thu 24 Jul 2025 = Wed 23 Jul (the day of the announcement; the rescue taken as that day)"),
    ev("rescue-two-women-two-men", "عملية إنقاذ سابقة لامرأتين ورجلين", "2025-07-22", "'بعد نحو 24 ساعة من' before the rescue of Wed 23 Jul = Tue 22 Jul 2025"),
    ev("tuesday-rescues", "إنقاذ حالتين مشابهتين في سواحل المكلا", "2025-07-22", "'يوم الثلاثاء' before Wed 23 Jul = Tue 22 Jul 2025"),
])
art(S, "https://yemennownews.com/article/3044203",
    "2025-07-24", "no date on the stored page; the body's 'اليوم' is the day of the drowning, Thu 24 Jul 2025 (alfajralyemeni 'اليوم الخميس، 24 يوليو/تموز 2025م', ypagency 'اليوم الخميس'), and the report has only the drowning, not the finding of the two bodies on Fri 25 Jul, so it was published on Thu 24 Jul 2025; the 'تابعوا آخر أخبارنا' line dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
البحر يبتلع ثلاثة أشقاء في موسم البلدة بالمكلا
عاشت مدينة المكلا اليوم فاجعة موجعة في موسم البلدة، بعدما ابتلعت أمواج البحر ثلاثة أشقاء في مشهد مأساوي أبكى الحاضرين وملأ قلوب الأهالي حزنا.
ووقف الأب، حمد محمد الشبيري، على الشاطئ عاجزا يتابع فصول المأساة أمامه، فيما كانت الأمواج تسحب أبناءه الواحد بعد الآخر.
وبدأت المأساة حين غرق الابن الأكبر سلطان وهو يسبح في البحر، فأسرع أخوه حسين لإخراجه دون تردد، لكنه ما لبث أن غاب بين الأمواج، وبعد وقت قصير اندفع الأخ الثالث سليمان، بدافع الأخوة ودون اكتراث بحياته، في محاولة لإنقاذ من تبقى من إخوته، غير أن البحر لم يرحم أيا منهم.
وجرت الحادثة التي صدمت المدينة أثناء فعالية موسم البلدة، في ظل غياب واضح لأي وسائل إنقاذ أو رقابة أمنية فاعلة على الشاطئ، فيما تطالب عائلات المكلا الجهات المختصة بالتحقيق في الحادثة واتخاذ خطوات عاجلة لحماية المواطنين والزوار في مثل هذه الفعاليات.
""", [
    ev("brothers-drowning", "ابتلعت أمواج البحر ثلاثة أشقاء", DROWN, "'اليوم' in a report of Thu 24 Jul 2025 (the drowning of that Thursday morning)"),
    ev("first-brother-drowns", "حين غرق الابن الأكبر سلطان", DROWN, "no own expression; the start of the drowning, Thu 24 Jul 2025"),
    ev("hussein-rescue-attempt", "فأسرع أخوه حسين لإخراجه", DROWN, "no own expression; in the same drowning, Thu 24 Jul 2025"),
    ev("suleiman-rescue-attempt", "اندفع الأخ الثالث سليمان", DROWN, "no own expression; in the same drowning, Thu 24 Jul 2025"),
    ev("families-demand-inquiry", "تطالب عائلات المكلا الجهات المختصة بالتحقيق", DROWN, "no own expression; at the time of the report, Thu 24 Jul 2025"),
])
art(S, "https://www.adngad.net/news/806876",
    "2025-07-25", "no date line on the stored page; the body's 'اليوم الجمعة' for the finding of the two bodies the day after the drowning of Thu 24 Jul 2025 gives Fri 25 Jul 2025 (25 Jul 2025 was a Friday; yemenfuture: the coast guard's post 'الجمعة'); headline written from the body (the stored text has none)", False, """
العثور على جثتي شقيقين غرقا في سواحل بروم بحضرموت
انتشلت قوات خفر السواحل في محافظة حضرموت، اليوم الجمعة، جثتي شقيقين بعد يوم من فقدانهما غرقا في سواحل منطقة بروم غربي المكلا، ليلتحقا بأخيهما الثالث الذي قضى في الحادثة المأساوية ذاتها.
وأفاد المركز الإعلامي لقوات خفر السواحل، في منشور على "فيسبوك"، بأن فرق الإخلاء والإنقاذ تابعت أعمال البحث والتمشيط المكثف لنحو 24 ساعة، على الرغم من اضطراب الأمواج وقسوة الظروف الميدانية، إلى أن نجحت صباح اليوم في انتشال الجثتين من مواقع متفرقة قرب مكان الحادث.
وكان الأشقاء الثلاثة، القادمون من محافظة مأرب، قد فُقدوا صباح الخميس وهم يحاولون السباحة في موقع خطر بسواحل بروم.
وانطلقت عمليات البحث فور وصول بلاغ باختفائهم إلى غرفة العمليات، وأفضت إلى العثور على جثة أحدهم عصر نفس اليوم، في حين بقيت جثتا الشقيقين الآخرين مفقودتين إلى أن عُثر عليهما اليوم.
واعتبرت قوات خفر السواحل الحادث "من أشد الحوادث البحرية إيلاما خلال موسم نجم البلدة السياحي لهذا العام"، مشيرة إلى أنه مأساة حقيقية للأسرة وللمجتمع المحلي.
ويُشار إلى أن سواحل حضرموت سجلت منذ مطلع يوليو الجاري تعرض 37 شخصا لحوادث غرق، توفي منهم خمسة، بينما أنقذت فرق الإنقاذ 32 آخرين.
""", [
    ev("two-bodies-found", "انتشلت قوات خفر السواحل في محافظة حضرموت، اليوم الجمعة، جثتي شقيقين", BODIES, "'اليوم الجمعة' = Fri 25 Jul 2025"),
    ev("coast-guard-statement", "في منشور على \"فيسبوك\"", BODIES, "no own expression; the coast guard's post on the finding, Fri 25 Jul 2025 (yemenfuture 'الجمعة')"),
    ev("search-24h", "تابعت أعمال البحث والتمشيط المكثف لنحو 24 ساعة", DROWN, "'لنحو 24 ساعة' from the morning of Thu 24 to the morning of Fri 25 Jul 2025", end="2025-07-26"),
    ev("brothers-drowning", "قد فُقدوا صباح الخميس", DROWN, "'صباح الخميس' before Fri 25 = Thu 24 Jul 2025"),
    ev("first-body-found", "العثور على جثة أحدهم عصر نفس اليوم", DROWN, "'عصر نفس اليوم' = the afternoon of the drowning, Thu 24 Jul 2025"),
    ev("july-drowning-toll", "تعرض 37 شخصا لحوادث غرق", "2025-07-01", "'منذ مطلع يوليو الجاري' up to the report = 1 - 25 Jul 2025", end="2025-07-26"),
])
art(S, "https://hadhramaut.info/View/139482.aspx",
    "2025-07-26", "the page's dateline 'السبت 26/يوليو/2025م' at the head of the body (kept; 26 Jul 2025 was a Saturday; the photo file is 'news_20250726_08.jpg'); the governorate site re-published on Saturday the coast guard's statement of Fri 25 Jul, whose 'صباح اليوم' it keeps; the photo name and the truncated last sentence ('ويتقدّم مكتب التوجيه ...') dropped; headline kept from the page", True, """
خفر السواحل بحضرموت ينعي ثلاثة أشقاء من مأرب قضوا غرقًا في سواحل بروم ويؤكد مواصلة جهوده التوعوية للحد من الحوادث البحرية
المكلا/موقع محافظة حضرموت/خاص - السبت 26/يوليو/2025م
نعى مكتب التوجيه المعنوي لخفر السواحل في محافظة حضرموت، بحزن وأسى بالغين، ثلاثة أشقاء من أبناء محافظة مأرب لقوا حتفهم غرقا في سواحل منطقة بروم غربي المكلا، في حادثة مأساوية تعد من أشد الحوادث البحرية إيلاما في موسم نجم البلدة لهذا العام.
وكان الأشقاء الثلاثة قد اختفوا وهم يحاولون السباحة صباح يوم الخميس في موقع خطر بسواحل بروم، وتلقت غرفة العمليات بلاغا باختفائهم في البحر، فعثرت فرق الإخلاء والإنقاذ، فور وصول البلاغ، على جثمان الشقيق الأول عصر اليوم نفسه.
وتواصلت أعمال البحث والتمشيط المكثف لما يقارب 24 ساعة متواصلة، إلى أن عُثر صباح اليوم على جثماني الشقيقين الآخرين في أماكن متفرقة قرب موقع الحادث.
وأوضح مكتب التوجيه المعنوي أن فرق الإخلاء والإنقاذ بذلت كل جهدها منذ اللحظة الأولى للبلاغ، بمشاركة الدوريات البحرية والبرية والغواصين، حتى عُثر على الجثمانين في محيط سواحل بروم وسط أمواج مضطربة وظروف ميدانية صعبة.
""", [
    ev("coast-guard-statement", "نعى مكتب التوجيه المعنوي لخفر السواحل", BODIES, "no own expression; the coast guard's statement of Fri 25 Jul 2025 (yemenfuture: the post 'الجمعة'; adngad 'اليوم الجمعة'), re-published here on Sat 26 Jul"),
    ev("brothers-drowning", "قد اختفوا وهم يحاولون السباحة صباح يوم الخميس", DROWN, "'صباح يوم الخميس' = Thu 24 Jul 2025"),
    ev("first-body-found", "على جثمان الشقيق الأول عصر اليوم نفسه", DROWN, "'عصر اليوم نفسه' = the afternoon of Thu 24 Jul 2025"),
    ev("search-24h", "وتواصلت أعمال البحث والتمشيط المكثف", DROWN, "'لما يقارب 24 ساعة متواصلة' from Thu 24 to Fri 25 Jul 2025", end="2025-07-26"),
    ev("two-bodies-found", "عُثر صباح اليوم على جثماني الشقيقين الآخرين", BODIES, "'صباح اليوم' is the morning of the coast guard's statement, Fri 25 Jul 2025 (adngad 'اليوم الجمعة'), not of this page's Sat 26 Jul"),
])

# ---------------------------------------------------------------- lebanon-jbeil-teens-drowning-2024
S = "lebanon-jbeil-teens-drowning-2024"
DROWN = "2024-05-12"                         # Sun 12 May 2024 (afternoon): Jason Habchi drowned, two teens missing off Jbeil
SEARCH_END_MON = "2024-05-14"                # end (exclusive) of a span up to Mon 13 May
SEARCH_END_TUE = "2024-05-15"                # end (exclusive) of a span up to Tue 14 May
art(S, "https://annahar.com/arabic/section/77-مجتمع/319450/جهود-البحث-مستمرة-في-بحر-جبيل-رحلة-التدرب-على-promproposal-تنتهي-بمأساة",
    "2024-05-13", "no date line on the stored page; the body's 'أمس الأحد' (twice) for the drowning of Sun 12 May 2024 gives Mon 13 May 2024 (12 May 2024 was a Sunday; thisislebanon of 14 May: 'منذ يوم الأحد الماضي'); headline rendered from the URL slug; the last, truncated sentence ('وأضاف زعرور أن') dropped", False, """
جهود البحث مستمرة في بحر جبيل... رحلة التدرب على prom proposal تنتهي بمأساة
تتكرر حوادث الغرق على الشواطئ العامة منذ مطلع الشهر الماضي، وهو ما ينذر بتفاقم هذه الظاهرة خلال موسم الصيف في الأشهر المقبلة، مع ما تحمله من تهديد للأرواح، ولا سيما بعد فقدان عدد من الشبان على الشواطئ العامة، وآخرهم جايسون حبشي ورفاقه على شاطئ جبيل أمس الأحد.
وفي التفاصيل، لقي الشاب جايسون بسام حبشي حتفه غرقا، فيما فُقد شربل كيروز وأنطوني معيكي عصر أمس الأحد، خلال نزهة قصد فيها 9 شبان شاطئ الرملة في جبيل.
وتباينت المعلومات بشأن سبب وجود الشبان، الذين تتراوح أعمارهم بين 16 و17 عاما، على الشاطئ في تلك الساعة، هل كان للسباحة أم للتحضير لاحتفال من نوع آخر في المكان؟
وبحسب المعلومات، لم يكن أهالي الشبان يعلمون بوجودهم على الشاطئ.
وفي هذا الإطار، أوضح رئيس بلدية جبيل وسام زعرور لـ"النهار" أن الشبان لم يقصدوا الشاطئ للسباحة، بل للتمرن على "prom proposal" كانوا ينوون تنظيمه على الشاطئ قبيل حفل التخرج نهاية العام الدراسي.
و"prom proposal" أسلوب مبتكر ورومانسي لدعوة شخص ما ليكون الشريك في الحفلة الراقصة، وهي حفلة رسمية تقام عادة في نهاية العام الدراسي في المدارس الثانوية، والغاية منها أن تكون الدعوة مميزة ولا تنسى لدى الشخص المدعو.
""", [
    ev("drowning-series", "تتكرر حوادث الغرق على الشواطئ العامة منذ مطلع الشهر الماضي", "2024-04-01", "'منذ مطلع الشهر الماضي' in May 2024 = since early April 2024, up to the Jbeil drowning of Sun 12 May", end="2024-05-13"),
    ev("habchi-death", "لقي الشاب جايسون بسام حبشي حتفه غرقا", DROWN, "no own expression here; 'عصر أمس الأحد' of the same sentence = Sun 12 May 2024"),
    ev("teens-missing", "فُقد شربل كيروز وأنطوني معيكي عصر أمس الأحد", DROWN, "'عصر أمس الأحد' in a report of Mon 13 May 2024 = Sun 12 May"),
    ev("beach-outing", "خلال نزهة قصد فيها 9 شبان شاطئ الرملة في جبيل", DROWN, "no own expression; the outing of Sun 12 May 2024"),
    ev("mayor-statement", "أوضح رئيس بلدية جبيل وسام زعرور", DROWN, "no own expression; the mayor spoke to An-Nahar after the drowning and before this report of Mon 13 May 2024 (my span Sun 12 - Mon 13 May)", end=SEARCH_END_MON),
])
art(S, "https://www.nna-leb.gov.lb/ar/%D9%85%D8%AA%D9%81%D8%B1%D9%82%D8%A7%D8%AA/693963",
    "2024-05-13", "no date on the stored page; the body's 'المفقودين منذ أمس' for the teens lost on Sun 12 May 2024 (annahar 'عصر أمس الأحد') gives Mon 13 May 2024, the day of the officials' visit (kataeb of Tue 14 May quotes this report as earlier news); the 'وطنية -' tag, the 'خطار' sub-heading and the last, truncated sentence dropped; headline kept from the page", False, """
الدفاع المدني يواصل البحث عن الشابين المفقودين اثناء ممارستهما السباحة على شاطىء جبيل والحواط وخطار واكبا عمليات البحث
تابعت عناصر الدفاع المدني، بالتنسيق مع مغاوير البحر والقوى الجوية في الجيش، البحث عن الشابين المفقودين منذ أمس خلال سباحتهما مع رفاقهما على شاطئ جبيل.
وزار موقع البحث عضو تكتل "الجمهورية القوية" النائب زياد الحواط، والمدير العام للدفاع المدني العميد ريمون خطار، وقائمقام جبيل بالإنابة نتالي مرعي الخوري، ورئيس بلدية جبيل وسام زعرور، واطلعوا على سير عملية البحث.
وأبدى الحواط أسفه "لهذه الحادثة ولخسارة خيرة شبابنا في حوادث من هذا النوع"، داعيا الله "أن يمنح ذويهما نعمة الصبر".
وأكد خطار أن "عناصر الدفاع المدني تعمل على مدار الساعة في عمليات الإنقاذ والبحث عن الشابين، بالتنسيق مع مغاوير البحر في الجيش والقوات الجوية، على الرغم من الخطر الذي يهدد الطوافات في ظروف مناخية كهذه".
ودعا "المواطنين إلى الالتزام بالإرشادات والتعاميم الصادرة عن الدفاع المدني بشأن النزول إلى البحر، والامتناع عن السباحة في مثل هذه الأيام بسبب التيارات البحرية وارتفاع الموج، حفاظا على حياتهم".
""", [
    ev("search-operation", "تابعت عناصر الدفاع المدني، بالتنسيق مع مغاوير البحر", DROWN, "no own expression; the search from the drowning of Sun 12 May 2024 ('منذ أمس') to this report of Mon 13 May", end=SEARCH_END_MON),
    ev("teens-missing", "الشابين المفقودين منذ أمس", DROWN, "'منذ أمس' in a report of Mon 13 May 2024 = Sun 12 May"),
    ev("officials-visit", "وزار موقع البحث عضو تكتل", "2024-05-13", "no own expression; the visit reported on Mon 13 May 2024"),
    ev("hawat-regret", "وأبدى الحواط أسفه", "2024-05-13", "no own expression; said during the visit of Mon 13 May 2024"),
    ev("khattar-statement", "وأكد خطار أن", "2024-05-13", "no own expression; said during the visit of Mon 13 May 2024"),
])
art(S, "https://thisislebanon.com/?p=326779",
    "2024-05-14", "the page's date line 'لبنان 14 أيار, 2024' (dropped from the text; 14 May 2024 was a Tuesday), agreeing with the headline's 'لليوم الثالث على التوالي' from Sun 12 May; headline kept from the page; the last, truncated sentence shortened", True, """
لليوم الثالث على التوالي: مفقودان في حادثة غرق جبيل.. ومناشدات للمواطنين بأخذ الحيطة!
ما زالت عمليات البحث متواصلة منذ يوم الأحد الماضي عن شابين غرقا في بحر جبيل، من دون العثور عليهما حتى الساعة.
وكان الشابان قد غرقا برفقة 6 من أصدقائهما عند الشاطئ الرملي لمدينة جبيل، فنجا خمسة منهم، وتوفي الشاب جيسن حبشي، فيما انقطع أثر الشابين معيكي وكيروز.
ومتابعة لآخر المستجدات، أوضح رئيس وحدة الإنقاذ البحري في الدفاع المدني سمير يزبك أن "البحث مستمر منذ الاحد الماضي سعيا للعثور على الشابين اللذين غرقا عند الشاطئ الرملي لمدينة جبيل، ولم يُعثر عليهما حتى الساعة".
ولفت في حديث لـ"vdlnews" إلى أن "انحسار مد البحر فجر اليوم سهّل بعض الشيء عمل الغطاسين والجيش اللبناني في البحث".
ودعا يزبك "صيادي الأسماك إلى الإبلاغ فورا على الرقم 125 إذا وجدوا أي شيء".
وختم بالقول: "لا جديد حتى الساعة، لكن نطاق البحث اتسع ليمتد من رأس بيروت إلى منطقة البترون، والمراكب والدوريات والغطاسون يبذلون أقصى ما في وسعهم للعثور عليهما".
وفي حديث سابق، رأى يزبك أن الغرق ربما وقع حين حاول بعضهم مساعدة بعضهم الآخر لحظة الحادثة.
""", [
    ev("search-operation", "ما زالت عمليات البحث متواصلة منذ يوم الأحد الماضي", DROWN, "'منذ يوم الأحد الماضي' = from Sun 12 May 2024 to this report of Tue 14 May", end=SEARCH_END_TUE),
    ev("habchi-death", "وتوفي الشاب جيسن حبشي", DROWN, "no own expression; the drowning of Sun 12 May 2024"),
    ev("five-survived", "فنجا خمسة منهم", DROWN, "no own expression; in the drowning of Sun 12 May 2024"),
    ev("teens-missing", "فيما انقطع أثر الشابين معيكي وكيروز", DROWN, "no own expression; lost on Sun 12 May 2024 ('منذ يوم الأحد الماضي')"),
    ev("tide-receded", "انحسار مد البحر فجر اليوم", "2024-05-14", "'فجر اليوم' = the dawn of Tue 14 May 2024"),
    ev("search-area-widened", "لكن نطاق البحث اتسع", "2024-05-14", "no own expression; the state of the search as Yazbeck described it on Tue 14 May 2024"),
])
art(S, "https://ktben.kataeb.org/articles/%D8%A7%D9%84%D8%B9%D8%AB%D9%88%D8%B1-%D8%B9%D9%84%D9%89-%D8%AC%D8%AB%D8%A9-%D8%A3%D8%AD%D8%AF-%D8%A7%D9%84%D8%B4%D8%A7%D8%A8%D9%8A%D9%86-%D8%A7%D9%84%D9%84%D8%B0%D9%8A%D9%86-%D9%81%D9%82%D8%AF%D8%A7-%D9%82%D8%A8%D9%84-%D9%8A%D9%88%D9%85%D9%8A%D9%86-%D8%B9%D9%84%D9%89-%D8%B4%D8%A7%D8%B7%D9%89%D8%A1-%D8%B9%D9%85%D8%B4%D9%8A%D8%AA",
    "2024-05-14", "no date on the stored page; the headline's 'فقدا قبل يومين' from the loss of Sun 12 May 2024 and the army's statement 'بتاريخ 2024/5/14' quoted as earlier news of the same day give Tue 14 May 2024; its third paragraph repeats the NNA report of Mon 13 May with its 'منذ أمس' (= Sun 12 May); headline kept from the page", False, """
العثور على جثة أحد الشابين اللذين فقدا قبل يومين على شاطىء عمشيت
نقلت "الوكالة الوطنية للاعلام" أن جثة الشاب الغريق ش. ك انتُشلت قبالة "الكامبنغ" في عمشيت، في حين لا يزال البحث جاريا عن شاب من آل معيكي.
وكانت قيادة الجيش - مديرية التوجيه قد أعلنت في وقت سابق، في بيان، أنه "بتاريخ 2024/5/14، وخلال عملية البحث التي نفذتها وحدات من الجيش عن مواطنَين غرقا قبالة شاطئ مدينة جبيل، عثر العناصر المشاركون على جثة أحدهما عند شاطئ مدينة عمشيت وسلموها إلى الدفاع المدني، وتستمر الجهود للعثور على المواطن الآخر".
وكانت عناصر الدفاع المدني قد واصلت، مع مغاوير البحر والقوى الجوية في الجيش، عمليات البحث عن الشابين المفقودين منذ أمس أثناء سباحتهما ورفاقهما قبالة شاطئ جبيل.
وشدد خطار على أن "عناصر الدفاع المدني تواصل على مدار الساعة عمليات الإنقاذ والبحث عن الشابين المفقودين، بالتعاون مع مغاوير البحر في الجيش والقوات الجوية، رغم ما تشكله هذه الظروف المناخية من خطر على الطوافات".
ودعا "المواطنين إلى التقيد بإرشادات الدفاع المدني وتعاميمه حول النزول إلى البحر، وعدم السباحة في مثل هذه الأيام بسبب التيارات البحرية وارتفاع الموج".
""", [
    ev("kairouz-body-found", "انتُشلت قبالة \"الكامبنغ\" في عمشيت", "2024-05-14", "no own expression here; the body found on Tue 14 May 2024 (the army's 'بتاريخ 2024/5/14'; the headline's 'قبل يومين' from Sun 12 May)"),
    ev("army-statement", "وكانت قيادة الجيش - مديرية التوجيه قد أعلنت في وقت سابق", "2024-05-14", "'بتاريخ 2024/5/14' = Tue 14 May 2024 ('في وقت سابق' of the same day)"),
    ev("search-operation", "لا يزال البحث جاريا عن شاب من آل معيكي", DROWN, "no own expression; the search from Sun 12 May 2024, still going on Tue 14 May", end=SEARCH_END_TUE),
    ev("teens-missing", "الشابين المفقودين منذ أمس أثناء سباحتهما", DROWN, "'منذ أمس' copied from the NNA report of Mon 13 May 2024 = Sun 12 May (not Mon 13, the day before this Tuesday page)"),
    ev("khattar-statement", "وشدد خطار على أن", "2024-05-13", "no own expression; Khattar's words at the visit of Mon 13 May 2024 (NNA), repeated here"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 535
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 208-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories120/make_stories.py). Domain: food poisoning incidents (schools, weddings, restaurants):
the Maysan falafel-restaurant poisoning in Amarah (Iraq, 2021), the Hawija wedding-dinner poisoning in
Kirkuk (Iraq, 2023), the Belbeis henna-night poisoning from a restaurant's meals (Egypt, 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-maysan-falafel-poisoning-2021
S = "iraq-maysan-falafel-poisoning-2021"
MEAL = ("2021-10-30", "2021-11-01")      # the falafel eaten on Sat 30 Oct 2021, cases from Sun 31 Oct noon (sources differ)
SMASH = ("2021-10-31", "2021-11-02")     # relatives smashed the shop front: reported by Mon 1 Nov
DEATH = ("2021-10-31", "2021-11-02")     # the young man died 'ليلة امس' before Mon 1 Nov
art(S, "https://www.shafaq.com/ar/مجتـمع/مطاعم-العطشان-تن-ى-بنفسها-عن-واقعة-التسمم-ليس-لدينا-فرع-في-ميسان",
    "2021-11-01", "page stamp '2021-11-01T18:06:27+00:00' under the headline (kept as first line '2021-11-01'); 1 Nov 2021 was a Monday and the body says 'يوم الاثنين'; the repeated headline and the truncated sentence on the death ('وقال المصدر ... إن شاباً فارق الحياة، ا...') dropped", True, """
2021-11-01
مطاعم "العطشان" تتبرأ من "واقعة التسمم": لا فرع لنا في ميسان
نفت سلسلة مطاعم "العطشان" للأكلات الشعبية العراقية، يوم الاثنين، أن تكون قد افتتحت أي فرع لها خارج العاصمة بغداد، وتوعدت بملاحقة صاحب المطعم الذي سُجلت فيه حالات تسمم جماعي في محافظة ميسان أمام القضاء.
وجاء في بيان لإدارة السلسلة تلقته وكالة شفق نيوز: "تناقلت صفحات على مواقع التواصل الاجتماعي خبراً عن تحطيم مطعم فلافل العطشان في ميسان بعد تسجيل أكثر من 125 حالة تسمم ووفاة شاب ليلة امس، ونؤكد أن هذا الفرع غير قانوني وأن الاسم مسروق".
وشددت الإدارة على أن المطعم الموجود في ميسان "لا صلة له بسلسلة مطاعم فلافل العطشان، وستتم محاسبته قانونياً".
وأوضحت أن "الفروع الوحيدة لمطاعم العطشان هي الفرع الأول في ساحة عقبة بن نافع، وفرع شارع 62 في منطقة الكرادة، والفرع الثالث في شارع 14 رمضان بمنطقة المنصور".
وفي وقت سابق اليوم، أفاد مصدر أمني وكالة شفق نيوز بأن مطعماً شعبياً متخصصاً في أكلة (الفلافل) وسط مدينة العمارة، مركز محافظة ميسان، تسبب بعشرات حالات التسمم يوم أمس السبت.
وأوضح المصدر أن المطعم لا يحمل إجازة صحية، وأن السلطات الأمنية والصحية أغلقته وفتحت تحقيقاً مع صاحبه.
""", [
    ev("atshan-denial", "نفت سلسلة مطاعم \"العطشان\" للأكلات الشعبية العراقية، يوم الاثنين", "2021-11-01", "'يوم الاثنين' = Mon 1 Nov 2021 (the stamp day)"),
    ev("shop-smashed", "خبراً عن تحطيم مطعم فلافل العطشان في ميسان", SMASH[0], "no own expression; the relatives' attack on the shop after the death, circulating by Mon 1 Nov 2021 (my span 31 Oct - 1 Nov)", end=SMASH[1]),
    ev("death", "ووفاة شاب ليلة امس", DEATH[0], "'ليلة امس' in a statement of Mon 1 Nov = the night of Sun 31 Oct 2021 (into Monday; my span 31 Oct - 1 Nov)", end=DEATH[1]),
    ev("poisoning", "تسبب بعشرات حالات التسمم يوم أمس السبت", MEAL[0], "'يوم أمس السبت' (the security source, reported on Monday): the meal of Sat 30 Oct 2021; the cases reached the hospitals from Sun 31 Oct noon (health director); my span 30-31 Oct", end=MEAL[1]),
    ev("shop-closed", "وأن السلطات الأمنية والصحية أغلقته وفتحت تحقيقاً مع صاحبه", "2021-10-31", "no own expression; closed once the cases came in, Sun 31 Oct or Mon 1 Nov 2021 (my span)", end="2021-11-02"),
])
art(S, "https://vetogate.com/4455599",
    "2021-11-02", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الثلاثاء' for the toll of 290, with 'أمس الاثنين' for the Supreme Judicial Council's measures and the Maysan health department's toll of 240 (both Mon 1 Nov 2021; the poisoning began on the weekend of 30-31 Oct): so Tue 2 Nov 2021; the '| فيديو' tag of the headline dropped; no date of its own in the text", False, """
ارتفاع حصيلة تسمم "الفلافل" في العراق إلى 290.. وأقارب متوفى يحطمون المطعم
ارتفع عدد حالات التسمم في محافظة ميسان جنوبي العراق، اليوم الثلاثاء، إلى 290 حالة، في ما بات يُعرف بـ"واقعة الفلافل".
ونقلت "السومرية نيوز" عن مصدر طبي عراقي لم تذكر اسمه أن حالات التسمم في مستشفيات المحافظة بلغت صباح اليوم 290 حالة.
وكان مجلس القضاء الأعلى في العراق قد أعلن، أمس الاثنين، اتخاذ الإجراءات القانونية اللازمة بحق صاحب مطعم فلافل ومتهمين آخرين، بعد تسمم عشرات المواطنين وتسجيل حالة وفاة بينهم.
وأظهر مقطع مصور تناقله ناشطون على مواقع التواصل الاجتماعي لحظة هجوم ذوي المتوفى على المطعم وتحطيم واجهته.
وأمس الاثنين، أعلنت دائرة صحة ميسان ارتفاع عدد الإصابات بالتسمم في مطعم الفلافل الواقع في مدينة العمارة، مركز المحافظة، إلى 240 حالة، مرجحة أن يكون "فيروس مائي" وراء الحادثة.
""", [
    ev("toll-290", "ارتفع عدد حالات التسمم في محافظة ميسان جنوبي العراق، اليوم الثلاثاء", "2021-11-02", "'اليوم الثلاثاء' = Tue 2 Nov 2021"),
    ev("arrest-order", "قد أعلن، أمس الاثنين، اتخاذ الإجراءات القانونية اللازمة", "2021-11-01", "'أمس الاثنين' before Tue 2 Nov = Mon 1 Nov 2021 (the Amarah investigating judge's order to hold the owner and 6 others)"),
    ev("shop-smashed", "لحظة هجوم ذوي المتوفى على المطعم", SMASH[0], "no own expression; the attack reported by Mon 1 Nov 2021 (another outlet's statement of that day); my span 31 Oct - 1 Nov", end=SMASH[1]),
    ev("toll-240", "أعلنت دائرة صحة ميسان ارتفاع عدد الإصابات بالتسمم", "2021-11-01", "'وأمس الاثنين' = Mon 1 Nov 2021 (the health director: 242 cases by Monday noon)"),
])
art(S, "https://baghdadtoday.news/news/170118/نكبة-الفلافل-تضع-حياة-أك",
    "2021-11-03", "page stamp 'سياسة | 3-11-2021, 11:54 |' above the text (kept as first line '3-11-2021'); 3 Nov 2021 was a Wednesday; the site's news ticker, the '+A -A' buttons, the byline 'بغداد اليوم – تقرير : محمود المفرجي الحسيني' and the truncated third paragraph dropped; no weekday in the text", True, """
3-11-2021
"نكبة الفلافل" تضع حياة أكثر من 500 عراقي على المحك
بلغت تداعيات حالات التسمم الجماعي في محافظة ميسان، التي يسميها أهلها (نكبة ميسان)، ثلاث قضايا رئيسية: أولاها ارتفاع أعداد المصابين لتصل إلى 500 إصابة، وثانيتها افتقار مستشفيات المحافظة إلى العلاج اللازم، وثالثتها عدم تحسن بعض المصابين لأسباب مجهولة لا يعرفها إلا أهل الطب.
وأصيب أكثر من 500 مواطن بالتسمم بعد تناولهم (الفلافل) من أحد مطاعم المحافظة، ما وضع مستشفيات ميسان على المحك وكشف إمكاناتها المتواضعة وافتقارها إلى الأدوية اللازمة لعلاج المصابين، الذين يشترون أدويتهم من خارج المستشفى وعلى نفقتهم الخاصة.
""", [
    ev("toll-500", "ارتفاع أعداد المصابين لتصل إلى 500 إصابة", "2021-11-03", "no own expression; the toll as of the publication day, Wed 3 Nov 2021 (the stamp)"),
    ev("poisoning", "بعد تناولهم (الفلافل) من أحد مطاعم المحافظة", MEAL[0], "no own expression; the meal of Sat 30 Oct 2021, cases from Sun 31 Oct (other reports: 'يوم أمس السبت', 'منذ ظهيرة يوم الأحد'); my span 30-31 Oct", end=MEAL[1]),
    ev("medicine-shortage", "الذين يشترون أدويتهم من خارج المستشفى", "2021-10-31", "no own expression; since the cases came in on Sun 31 Oct up to the report of Wed 3 Nov 2021 (my span)", end="2021-11-04"),
])
art(S, "https://innfrad.com/News/24/2492955/العراق-ارتفاع-عدد-حالات-التسمم-الغذائى-فى-محافظة-ميسان-إلى",
    "2021-11-04", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الخميس' for the Maysan health spokesman's toll of 568, with 'يوم الاحد الماضي' for the poisoning (Sun 31 Oct 2021) and the judicial measures already taken (Mon 1 Nov): the Thursday after is Thu 4 Nov 2021; the site's 'الاكثر مشاهده' links dropped; no date of its own in the text", False, """
العراق: ارتفاع عدد حالات التسمم الغذائي في محافظة ميسان إلى 568 حالة
أعلن مدير إعلام دائرة صحة ميسان في العراق، الدكتور محمد قاسم، ارتفاع عدد حالات التسمم الغذائي في المحافظة إلى 568 حالة.
وقال قاسم في تصريح لقناة (العربية الحدث) الإخبارية اليوم الخميس إن "نتائج فحص عينات المياه وتحليلها التي أجرتها صحة ميسان أثبتت خلوها تماماً من أي أضرار قد تؤدي إلى حالات تسمم جماعي في المحافظة الواقعة شرق العراق".
وأكد أنه لم تُسجل أي حالات تسمم أخرى في أي من محافظات العراق حتى الآن، مشيراً إلى أن جميع المصابين في ميسان عولجوا باستثناء 8 حالات فقط ما زالت تتلقى العلاج في أحد مستشفيات المحافظة.
ونفى مدير إعلام صحة ميسان خبر وفاة أحد الأشخاص في ميسان جراء التسمم الغذائي، مؤكداً أن لجان التحري الوبائي تواصل عملها لمعرفة أسباب التسمم.
وكان عشرات الأشخاص في ميسان قد أصيبوا بتسمم غذائي يوم الاحد الماضي بعد تناولهم وجبات في أحد المطاعم الشعبية، فيما أعلن مجلس القضاء الأعلى في العراق اتخاذ إجراءات قانونية بحق صاحب المطعم و6 متهمين آخرين على خلفية حادث التسمم.
""", [
    ev("toll-568", "الدكتور محمد قاسم، ارتفاع عدد حالات التسمم الغذائي", "2021-11-04", "no own expression in the sentence; the statement of 'اليوم الخميس' = Thu 4 Nov 2021"),
    ev("water-clear", "أثبتت خلوها تماماً من أي أضرار", "2021-11-04", "no own expression; announced 'اليوم الخميس' = Thu 4 Nov 2021 (the tests' own day unknown)"),
    ev("death-denial", "ونفى مدير إعلام صحة ميسان خبر وفاة أحد الأشخاص", "2021-11-04", "no own expression; in the same statement of Thu 4 Nov 2021"),
    ev("poisoning", "قد أصيبوا بتسمم غذائي يوم الاحد الماضي", MEAL[0], "'يوم الاحد الماضي' before Thu 4 Nov = Sun 31 Oct 2021 (other reports: the meal on Sat 30 Oct); my span 30-31 Oct", end=MEAL[1]),
    ev("arrest-order", "أعلن مجلس القضاء الأعلى في العراق اتخاذ إجراءات قانونية", "2021-11-01", "no own expression; the Supreme Judicial Council's announcement of Mon 1 Nov 2021 (another report: 'أمس الاثنين' on Tue 2 Nov)"),
])

# ---------------------------------------------------------------- iraq-hawija-wedding-poisoning-2023
S = "iraq-hawija-wedding-poisoning-2023"
art(S, "https://baghdadtoday.news/231972-تسمم-جماعي-باحدى-قاعات-الاعراس-في-كركوك.html",
    "2023-09-27", "page stamp 'أمن | 27-09-2023, 23:15 |' above the text (kept as first line '27-09-2023'); the body's own 'مساء اليوم الأربعاء (27 أيلول 2023)' (27 Sep 2023 was a Wednesday); the site's news ticker, the '+A -A' buttons and the dateline 'بغداد اليوم- بغداد' dropped; the last sentence, truncated in the stored page ('...خلال حفل زفا'), cut to its complete clause", True, """
27-09-2023
تسمم جماعي في إحدى قاعات الأعراس بكركوك
أصيب العشرات ممن حضروا مأدبة أقيمت خلال حفل زفاف بالتسمم، مساء اليوم الأربعاء (27 أيلول 2023)، في إحدى قاعات الأعراس بقضاء الحويجة في محافظة كركوك.
وقال صحفيون ومصادر محلية في كركوك لـ"بغداد اليوم" إن "150 شخصاً أصيبوا بالتسمم في أحد الأعراس بقضاء الحويجة جنوب غرب كركوك"، موضحين أن "سبب التسمم طعام فاسد قُدم إلى الحاضرين".
وأضافوا أنه "جرى نقل المصابين إلى المستشفى"، مؤكدين أن "الوضع تحت السيطرة".
من جهته، أفاد مصدر في إدارة مستشفى الحويجة "بغداد اليوم" بأن "الوضع تحت السيطرة ولا توجد حالات خطرة"، مبيناً أن "ذوي العريس قدموا للحاضرين في المناسبة وجبات (سندويش) أُعدت في المنزل".
يشار إلى أن الحادثة تأتي بعد يوم من الحريق الذي اندلع مساء أمس الثلاثاء في قاعة للمناسبات خلال حفل زفاف.
""", [
    ev("poisoning", "بالتسمم، مساء اليوم الأربعاء (27 أيلول 2023)", "2023-09-27", "'مساء اليوم الأربعاء (27 أيلول 2023)' = Wed 27 Sep 2023"),
    ev("hospital-transfer", "جرى نقل المصابين إلى المستشفى", "2023-09-27", "no own expression; the same evening, Wed 27 Sep 2023"),
    ev("home-meal", "وجبات (سندويش) أُعدت في المنزل", "2023-09-27", "no own expression; prepared at the groom's family home for the dinner of Wed 27 Sep 2023"),
    ev("hamdaniya-fire", "الحريق الذي اندلع مساء أمس الثلاثاء", "2023-09-26", "'مساء أمس الثلاثاء' before Wed 27 = Tue 26 Sep 2023 (the Hamdaniya/Qaraqosh wedding-hall fire, late evening)"),
])
art(S, "https://www.nrttv.com/ar/detail3/15500",
    "2023-09-27", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الأربعاء' for the Kirkuk health director's statement on the Hawija wedding poisoning, which happened on the evening of Wed 27 Sep 2023 (another outlet's stamp: '27-09-2023, 23:15'); the closing initials 'LF' dropped; no date of its own in the text", False, """
أعلن مدير عام صحة كركوك زياد خلف، اليوم الأربعاء، وقوع حالات تسمم جماعي خلال حفل زفاف في قضاء الحويجة جنوب غربي كركوك، وهذه تفاصيل الحادث:
- أصيب ما لا يقل عن 50 شخصاً بالتسمم خلال حفل زفاف في قضاء الحويجة جنوب غربي محافظة كركوك.
- نُقل المصابون إلى المستشفى فور وقوع الحادث، وهم يتلقون العلاج حالياً وحالتهم مستقرة.
- لا تتوفر حتى الآن معلومات عن أسباب التسمم ومصدره، ويُتوقع أن تجري السلطات التحقيقات اللازمة للوصول إلى تفاصيل أدق عن الحادث.
""", [
    ev("health-announcement", "أعلن مدير عام صحة كركوك زياد خلف، اليوم الأربعاء", "2023-09-27", "'اليوم الأربعاء' = Wed 27 Sep 2023"),
    ev("poisoning", "أصيب ما لا يقل عن 50 شخصاً بالتسمم", "2023-09-27", "no own expression; the wedding dinner of Wed 27 Sep 2023 (evening)"),
    ev("hospital-transfer", "نُقل المصابون إلى المستشفى فور وقوع الحادث", "2023-09-27", "'فور وقوع الحادث': the same evening, Wed 27 Sep 2023"),
])
art(S, "https://elmarada.org/%d8%aa%d8%b3%d9%85%d9%85-100-%d8%b4%d8%ae%d8%b5-%d9%81%d9%8a-%d8%ad%d9%81%d9%84-%d8%b2%d9%81%d8%a7%d9%81-%d8%a8%d8%a7%d9%84%d8%b9%d8%b1%d8%a7%d9%82",
    "2023-09-28", "page stamp 'تاريخ النشر September 28, 2023' above the headline (kept as first line); 28 Sep 2023 was a Thursday and the body's 'مساء أمس (الأربعاء)' (Wed 27) agrees; the weather line and the 'A A A' buttons dropped", True, """
تاريخ النشر September 28, 2023
تسمم 100 شخص في حفل زفاف بالعراق
أعلنت دائرة صحة كركوك، مساء أمس (الأربعاء)، تسمم 100 شخص في حفل زفاف بقضاء الحويجة جنوب غربي المحافظة الواقعة شمال العراق.
وقالت صحة كركوك إن «100 شخص تناولوا طعام العشاء في حفل زفاف وأصيبوا بالتسمم في الحويجة»، بحسب ما نقلت وكالة السومرية للأنباء.
وأضافت أن «50 شخصاً منهم تلقوا العلاج وغادروا المستشفى»، مشيرة إلى أن «الباقين ما زالوا تحت العلاج ولا توجد بينهم حالات خطرة».
""", [
    ev("health-announcement", "أعلنت دائرة صحة كركوك، مساء أمس (الأربعاء)", "2023-09-27", "'مساء أمس (الأربعاء)' before Thu 28 = Wed 27 Sep 2023"),
    ev("poisoning", "تناولوا طعام العشاء في حفل زفاف", "2023-09-27", "no own expression; the dinner of Wed 27 Sep 2023"),
    ev("discharge-50", "تلقوا العلاج وغادروا المستشفى", "2023-09-27", "no own expression; by the health department's statement on the evening of Wed 27 Sep 2023 (my span 27-28 Sep)", end="2023-09-29"),
])
art(S, "https://tarablos.com/?p=26886",
    "2023-09-28", "no stamp or URL date in the stored page: fixed by the body's 'الخميس' for the mass in Qaraqosh and 'وصباح الخميس' for the prime minister's arrival in Nineveh, the Thursday after the fire of Tue 26 Sep 2023 ('ليل الثلاثاء') and the Hawija poisoning of Wed 27: so Thu 28 Sep 2023; the truncated last sentence ('وصباح الخميس، وصل رئيس الوزراء العراقي محمد شياع السوداني إلى محافظة نينوى...') dropped; no date of its own in the text", False, """
تسمم 50 شخصاً في حفل زفاف بكركوك و100 ضحية بحريق في عرس قرقوش
أعلنت دائرة الصحة في محافظة كركوك العراقية تسجيل أكثر من 50 حالة تسمم بسبب طعام فاسد قُدم للمدعوين خلال حفل زفاف في بلدة الحويجة، بحسب ما أفاد الإعلام الرسمي.
وأوضحت أن «جميع الحالات تحت السيطرة»، مؤكدة أن «الحالات تتراوح بين خفيفة ومتوسطة وقد خضع الجميع للعلاج الطبي اللازم».
وجاءت هذه الحادثة بعد مقتل أكثر من 100 شخص وإصابة أكثر من 150 آخرين بجروح في حريق اندلع بسبب إطلاق «ألعاب نارية» خلال حفل زفاف أيضاً في محافظة نينوى شمال العراق.
وقالت السلطات إن «الألعاب النارية» ومواد البناء «شديدة الاشتعال» في القاعة هي سبب الحريق الذي التهم قاعة الأعراس.
وشارك عشرات الأشخاص الخميس في قداس أقيم في قرقوش للصلاة على أرواح ضحايا الحريق الذي شب في قاعة الأعراس بالبلدة الواقعة في شمال العراق، والذي تقول السلطات إنه نجم عن «ألعاب نارية» ومواد بناء سريعة الاشتعال.
وقُتل 100 شخص على الأقل وأصيب 150 آخرون بجروح، وفق حصيلة غير نهائية أعلنتها السلطات، في الحريق الذي اندلع ليل الثلاثاء في قاعة الأعراس في قرقوش. وكان في القاعة، التي لم تكن مستوفية لشروط السلامة، نحو 900 مدعو لحظة اندلاع الحريق، بحسب وزارة الداخلية.
""", [
    ev("health-announcement", "تسجيل أكثر من 50 حالة تسمم", "2023-09-27", "no own expression; the Kirkuk health department's figure of the evening of Wed 27 Sep 2023 (other reports: 'اليوم الأربعاء', 'مساء أمس (الأربعاء)')"),
    ev("poisoning", "بسبب طعام فاسد قُدم للمدعوين", "2023-09-27", "no own expression; the wedding dinner of Wed 27 Sep 2023"),
    ev("hamdaniya-fire", "في الحريق الذي اندلع ليل الثلاثاء", "2023-09-26", "'ليل الثلاثاء' = the night of Tue 26 Sep 2023"),
    ev("qaraqosh-mass", "وشارك عشرات الأشخاص الخميس في قداس", "2023-09-28", "'الخميس' = Thu 28 Sep 2023 (the publication day)"),
])

# ---------------------------------------------------------------- egypt-belbeis-henna-poisoning-2026
S = "egypt-belbeis-henna-poisoning-2026"
MEAL = ("2025-12-31", "2026-01-02")   # the henna-night meals: delivered on New Year's Eve, first symptoms at midnight
art(S, "https://www.masrawy.com/news/news_regions/details/2026/1/2/2918281/-%D9%84%D9%8A%D9%84%D8%A9-%D8%A7%D9%84%D8%AD%D9%86%D8%A9-%D8%AA%D8%AA%D8%AD%D9%88%D9%84-%D8%A5%D9%84%D9%89-%D8%B7%D9%88%D8%A7%D8%B1%D8%A6-%D8%AA%D8%B3%D9%85%D9%85-25-%D8%B4%D8%AE%D8%B5-%D8%A7-%D9%88%D8%B6%D8%A8%D8%B7-%D8%B5%D8%A7%D8%AD%D8%A8-%D9%85%D8%B7%D8%B9%D9%85-%D8%A8%D8%A7%D9%84%D8%B4%D8%B1%D9%82%D9%8A%D8%A9",
    "2026-01-02", "date in the URL '/2026/1/2/' and the stamp '09:26 ص 02/01/2026' under the headline (kept as first line '02/01/2026'); 2 Jan 2026 was a Friday and the body says 'صباح اليوم الجمعة'; the byline 'كتب : ياسمين عزت', the caption 'أرشيفية' and the truncated last sentence ('...واتخاذ الإجراء') dropped", True, """
02/01/2026
"ليلة الحنة" تتحول إلى طوارئ.. تسمم 25 شخصاً وضبط صاحب مطعم في الشرقية
ألقت الأجهزة الأمنية في قسم شرطة بلبيس بمديرية أمن الشرقية القبض على مالك مطعم و3 من العاملين فيه، بعد أن تسببت وجبات أعدها المطعم في إصابة 25 مواطناً باشتباه تسمم غذائي، ويجري عرضهم على النيابة العامة صباح اليوم الجمعة.
وتعود تفاصيل الواقعة إلى استقبال مستشفى بلبيس المركزي، مساء يوم الخميس، نحو 25 حالة لمواطنين يعانون من أعراض مرضية حادة شملت القيء والإسهال وحالات إعياء مفاجئ.
وأظهر الفحص الأولي أن الأعراض ظهرت عليهم بعد تناولهم وجبات غذائية خلال حفل "حنة عريس" في منطقة سعدون بمدينة بلبيس.
وكانت مديرية أمن الشرقية قد تلقت إخطاراً فورياً من إدارة المستشفى بوصول المصابين، فانتقلت قوات الشرطة بقيادة المقدم محمود مرتاح، رئيس مباحث قسم شرطة بلبيس، إلى موقع البلاغ والمستشفى للوقوف على الملابسات.
وأكدت التحريات أن الوجبات التي قُدمت في الحفل أُعدت في أحد المطاعم داخل المدينة، ما استدعى تحركاً أمنياً سريعاً.
""", [
    ev("arrest", "القبض على مالك مطعم و3 من العاملين فيه", "2026-01-01", "no own expression; after the hospital's report of Thu 1 Jan evening and before the stamp 09:26 of Fri 2 Jan 2026 (my span 1-2 Jan)", end="2026-01-03"),
    ev("prosecution", "ويجري عرضهم على النيابة العامة صباح اليوم الجمعة", "2026-01-02", "'صباح اليوم الجمعة' = Fri 2 Jan 2026"),
    ev("hospital-admission", "استقبال مستشفى بلبيس المركزي، مساء يوم الخميس", "2026-01-01", "'مساء يوم الخميس' before Fri 2 Jan = Thu 1 Jan 2026"),
    ev("henna-meal", "بعد تناولهم وجبات غذائية خلال حفل \"حنة عريس\"", MEAL[0], "no own expression; the henna-night meals, delivered on New Year's Eve with the first symptoms at midnight (the groom, in another report); my span 31 Dec 2025 - 1 Jan 2026", end=MEAL[1]),
    ev("police-notified", "قد تلقت إخطاراً فورياً من إدارة المستشفى", "2026-01-01", "no own expression; on the arrival of the cases, the evening of Thu 1 Jan 2026"),
])
art(S, "https://www.tayyar.org/News/Mena/699333/_guid=699333",
    "2026-01-02", "page stamp '2 JANUARY 2026' under the headline (not kept in the text); 2 Jan 2026 was a Friday and the body's 'مساء الخميس' (Thu 1 Jan) agrees; the ticker 'living cost indicators', the stamp, the sub-heading 'أعراض مرضية شديدة' and the truncated last sentence ('...باتت م') dropped; no date of its own in the text", False, """
حفل زفاف ينتهي بكارثة.. تسمم غذائي حاد يصيب 25 شخصاً!
استقبل مستشفى بلبيس المركزي في محافظة الشرقية شمال مصر، مساء الخميس، 25 شخصاً تظهر عليهم أعراض تسمم غذائي حاد، بعد تناولهم وجبات في حفل زفاف بالمدينة.
وكانت الأجهزة الأمنية بمديرية أمن الشرقية قد تلقت إخطاراً رسمياً من إدارة مستشفى بلبيس بتوافد عدد كبير من المصابين في أوقات متقاربة، يعانون من أعراض مرضية شديدة تمثلت في القيء المستمر والإسهال الحاد وآلام مبرحة في منطقة المعدة.
وعلى الفور، تحركت الفرق الطبية وقدمت جميع الإسعافات الأولية اللازمة للمصابين، وقررت وضع عدد من الحالات تحت الملاحظة الطبية الدقيقة.
كما تبين، وفق ما أسفرت عنه أعمال المعاينة والتحريات والفحص المبدئي، أن المصابين شعروا بتدهور مفاجئ وحاد في حالتهم الصحية فور تناولهم وجبات غذائية قُدمت خلال احتفالية "عرس" بالمدينة.
وكشفت التحقيقات أن تلك الوجبات أُعدت وجُهزت في أحد المطاعم الواقعة داخل المدينة، ما عزز فرضية الاشتباه في وقوع تسمم غذائي.
""", [
    ev("hospital-admission", "استقبل مستشفى بلبيس المركزي في محافظة الشرقية شمال مصر، مساء الخميس", "2026-01-01", "'مساء الخميس' before Fri 2 Jan = Thu 1 Jan 2026"),
    ev("police-notified", "قد تلقت إخطاراً رسمياً من إدارة مستشفى بلبيس", "2026-01-01", "no own expression; on the arrival of the cases, the evening of Thu 1 Jan 2026"),
    ev("under-observation", "وقررت وضع عدد من الحالات تحت الملاحظة الطبية الدقيقة", "2026-01-01", "no own expression; on admission, Thu 1 Jan 2026 evening (my span 1-2 Jan)", end="2026-01-03"),
    ev("henna-meal", "فور تناولهم وجبات غذائية قُدمت خلال احتفالية", MEAL[0], "no own expression; the henna-night meals of New Year's Eve, symptoms from midnight (my span 31 Dec 2025 - 1 Jan 2026)", end=MEAL[1]),
])
art(S, "https://arabsport.org/2026/01/03/%d8%aa%d8%ad%d9%82%d9%8a%d9%82-%d8%b9%d8%a7%d8%ac%d9%84-%d8%a7%d9%84%d9%86%d9%8a%d8%a7%d8%a8%d8%a9-%d8%aa%d8%b3%d8%aa%d8%b9%d8%ac%d9%84-%d9%81%d8%ad%d8%b5-%d8%b9%d9%8a%d9%86%d8%a7%d8%aa-%d9%85%d8%b7",
    "2026-01-03", "date in the URL '/2026/01/03/' (a Saturday, the day after the suspects were brought before the prosecution); the two sub-headings and the truncated last sentence dropped; no date of its own in the text", False, """
تحقيق عاجل.. النيابة تستعجل فحص عينات مطعم في بلبيس بعد إصابة 25 شخصاً باشتباه تسمم غذائي
شهدت مدينة بلبيس حادثة تسمم غذائي طالت 25 شخصاً بعد تناولهم وجبات أرز ودواجن في حفل حنة عريس، ما دفع النيابة العامة إلى استعجال نتائج التحاليل المعملية لعينات الطعام التي سُحبت من المطعم المتهم.
وظهرت على المصابين أعراض منها القيء والإسهال وآلام البطن، وتلقوا الرعاية الطبية في مستشفى بلبيس المركزي، حيث تحسنت حالة بعضهم وغادروا المستشفى.
وأصدرت النيابة العامة في مركز بلبيس قراراً بسحب عينات من الأطعمة والوجبات المقدمة في المطعم المتهم فور ورود البلاغ بحالات التسمم، لإرسالها إلى معامل متخصصة تفحص مدى صلاحيتها للاستهلاك الآدمي وتتأكد من مطابقتها للمعايير الصحية المطلوبة.
وتوجهت لجان من مفتشي الأغذية بمديرية الصحة في الشرقية إلى المطعم وتحفظت على العينات، مع مراقبة تطبيق شروط السلامة الغذائية المتبعة.
""", [
    ev("henna-meal", "بعد تناولهم وجبات أرز ودواجن في حفل حنة عريس", MEAL[0], "no own expression; the henna-night meals of New Year's Eve, symptoms from midnight (my span 31 Dec 2025 - 1 Jan 2026)", end=MEAL[1]),
    ev("lab-urged", "إلى استعجال نتائج التحاليل المعملية", "2026-01-02", "no own expression; the prosecution's step after the suspects were brought before it on Fri 2 Jan 2026, reported on Sat 3 (my span 2-3 Jan)", end="2026-01-04"),
    ev("hospital-admission", "وتلقوا الرعاية الطبية في مستشفى بلبيس المركزي", "2026-01-01", "no own expression; admitted on the evening of Thu 1 Jan 2026 (other reports: 'مساء الخميس')"),
    ev("samples-order", "قراراً بسحب عينات من الأطعمة والوجبات", "2026-01-01", "'فور ورود البلاغ': on the report of Thu 1 Jan 2026 evening, or the next day (my span 1-2 Jan)", end="2026-01-03"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 208)
                            if i != 201 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 222-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories204/make_stories.py). Domain: medicines (drug price decisions, recalls): Egypt's 20%
rise of the prices of medicines under 30 pounds (May 2016), Sudan's cancelled medicine price list after the
November 2016 protests, Algeria's precautionary recall of 16 valsartan products (July 2018). None of these
stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-cheap-medicines-price-rise-2016
S = "egypt-cheap-medicines-price-rise-2016"
SHORTAGE = ("2016-01-01", "2016-05-16")  # the shortage of cheap medicines of the months before the decision
art(S, "https://www.ta7ya-masr.com/print.aspx?221136",
    "2016-05-16", "print page stamp 'آخر تحديث: الإثنين 16/05/2016 05:59 م' (kept as first line); 16 May 2016 was a Monday, the day of the cabinet's approval announced by the health minister; the site label 'تحيا مصر :' and '(طباعة)' dropped", True, """
آخر تحديث: الإثنين 16/05/2016 05:59 م
"الصحة": زيادة أسعار الأدوية التي يقل ثمنها عن 30 جنيها بنسبة 20٪
كشف الدكتور أحمد عماد، وزير الصحة، عن موافقة مجلس الوزراء على زيادة أسعار الأدوية التي يقل ثمنها عن ٣٠ جنيها بنسبة ٢٠٪ بدءا من اليوم، مع اشتراطات تُلزم الشركات بتوفيرها.
وأرجع وزير الصحة غياب عدد من الأدوية إلى عجز الشركات المنتجة عن توفيرها بسبب ارتفاع التكلفة، وهو ما دفع الشركات المحلية إلى إغلاق مصانعها.
""", [
    ev("cabinet-approval", "عن موافقة مجلس الوزراء على زيادة أسعار الأدوية", "2016-05-16", "no own expression; the cabinet meeting of Mon 16 May 2016, the stamp day (another report: 'في اجتماعه الاثنين')"),
    ev("rise-in-force", "بنسبة ٢٠٪ بدءا من اليوم", "2016-05-16", "'بدءا من اليوم' = Mon 16 May 2016 (the stamp), the day the new prices took effect (another report: 'اعتبارا من الاثنين')"),
    ev("shortage", "غياب عدد من الأدوية", SHORTAGE[0], "no own expression; the shortage of cheap medicines of the months before the decision (other reports: 'منذ عدة أشهر', 'على مدى ٤ أشهر'); my span 1 Jan - 15 May 2016", end=SHORTAGE[1]),
])
art(S, "https://egypt-today.com/36/160516145421-الحكومة-المصرية-تعلن-زيادة-أسعار",
    "2016-05-16", "no stamp in the stored text: the URL id '160516145421' encodes 16/05/16 14:54:21, and the body's 'في اجتماعه الاثنين' and 'اليوم الاثنين' for the cabinet meeting (Mon 16 May 2016) agree; headline rendered from the URL slug; the byline 'القاهرة - وفاء لطفي' and 'أرسل تعليقك' dropped; no date of its own in the text", False, """
الحكومة المصرية تعلن زيادة أسعار الأدوية
أقر مجلس الوزراء المصري، خلال اجتماعه الاثنين، زيادة سعر الدواء بنسبة 20% فقط من أجل توفير الأدوية للمرضى، وذلك بالنسبة إلى الأدوية التي يصل سعرها إلى 30 جنيها.
وأوضح وزير الصحة، الدكتور أحمد عماد، أن 12 ألف دواء يجري تداولها في السوق المحلية المصرية، منها ٤ آلاف دواء غير متوافرة في السوق، وهي الأدوية منخفضة الثمن التي كانت في متناول المواطن العادي.
وأضاف عماد، في مؤتمر صحافي بمقر مجلس الوزراء، أن الحكومة ظلت على مدى ٤ أشهر تدرس أسباب نقص هذه الأدوية، موضحا أن الأمر عُرض خلال اجتماع الحكومة اليوم الاثنين لتوفير الدواء للمواطن المصري البسيط، ومؤكدا أن الشركة التي لا توفر الدواء سيُلغى تسجيل دوائها.
""", [
    ev("cabinet-approval", "أقر مجلس الوزراء المصري، خلال اجتماعه الاثنين", "2016-05-16", "'الاثنين' = Mon 16 May 2016 (the URL day)"),
    ev("press-conference", "في مؤتمر صحافي بمقر مجلس الوزراء", "2016-05-16", "no own expression; the minister's press conference after the cabinet meeting of Mon 16 May 2016"),
    ev("government-study", "ظلت على مدى ٤ أشهر تدرس أسباب نقص هذه الأدوية", "2016-01-16", "'على مدى ٤ أشهر' before Mon 16 May 2016 = mid-January to mid-May 2016", end="2016-05-17"),
    ev("cabinet-discussion", "عُرض خلال اجتماع الحكومة اليوم الاثنين", "2016-05-16", "'اليوم الاثنين' = Mon 16 May 2016"),
])
art(S, "https://khbrpress.ps/post/53527/%D8%B1%D9%81%D8%B9-%D8%A3%D8%B3%D8%B9%D8%A7%D8%B1-%D8%A7%D9%84%D8%A3%D8%AF%D9%88%D9%8A%D8%A9-%D8%A7%D9%84%D8%B1%D8%AE%D9%8A%D8%B5%D8%A9-%D9%81%D9%8A-%D9%85%D8%B5%D8%B1",
    "2016-05-17", "no stamp or URL date in the stored page: fixed by the body's 'امس' for the health minister's announcement at the cabinet press conference, which took place on Mon 16 May 2016 (ta7ya-masr stamp 'الإثنين 16/05/2016'; the body's 'اعتبارا من الاثنين' for the start of the new prices agrees): so Tue 17 May 2016; headline rendered from the URL slug; no date of its own in the text", False, """
زيادة أسعار الأدوية الرخيصة في مصر
أعلن وزير الصحة المصري أحمد عماد الدين، امس، أن الموافقة صدرت على زيادة سعر الأدوية التي يبلغ ثمنها حتى 30 جنيها (نحو 3.4 دولار) بنسبة 20 بالمئة.
وتفاقم نقص الأدوية في مصر منذ عدة أشهر، إذ بدأت المشكلة تتضح بشدة، وأحيانا يظهر المستحضر الدوائي ثم يعود فيختفي لفترات طويلة.
وذكر الوزير، في مؤتمر صحفي بمجلس الوزراء، أن الزيادة الجديدة تسري اعتبارا من الاثنين، مشيرا إلى أن ترخيص أي شركة لا توفر هذه الأدوية سيُلغى.
""", [
    ev("cabinet-approval", "أن الموافقة صدرت على زيادة سعر الأدوية", "2016-05-16", "no own expression; the cabinet's approval of Mon 16 May 2016, announced 'امس' (before Tue 17)"),
    ev("shortage", "وتفاقم نقص الأدوية في مصر منذ عدة أشهر", SHORTAGE[0], "'منذ عدة أشهر' before May 2016: my span 1 Jan - 15 May 2016", end=SHORTAGE[1]),
    ev("press-conference", "في مؤتمر صحفي بمجلس الوزراء", "2016-05-16", "'امس' (the announcement) = Mon 16 May 2016"),
    ev("rise-in-force", "الزيادة الجديدة تسري اعتبارا من الاثنين", "2016-05-16", "'اعتبارا من الاثنين' = Mon 16 May 2016, the day before publication"),
])
art(S, "http://desktopparlmany.youm7.com/News/12/80856/أبرز-قضية-شغلت-الشارع-موافقة-الحكومة-على-رفع-أسعار-الأدوية",
    "2016-05-17", "article stamp 'الثلاثاء، 17 مايو 2016 02:09 ص' under the headline (kept as first line, before the headline); 17 May 2016 was a Tuesday, the night after the cabinet decision of Mon 16 May; the page's crawl stamp 'الثلاثاء، 20 أغسطس 2024 01:53 م', the repeated headline, the byline 'كتب برلمانى', 'الأكثر قراءة' and 'print' dropped", True, """
الثلاثاء، 17 مايو 2016 02:09 ص
أبرز قضية شغلت الشارع.. موافقة الحكومة على زيادة أسعار الأدوية بنسبة 20%
استحوذ قرار الحكومة بزيادة أسعار الأدوية على حديث الشارع المصري والرأي العام، إذ وافق مجلس الوزراء على تحريك سعر الدواء بنسبة 20% للأدوية التي يقل سعرها عن 30 جنيها، كشريحة واحدة وبحد أدنى 2 جنيه.
ولقي القرار ترحيبا واسعا من جانب أعضاء مجلس النواب، الذين أكدوا أنه لا يمثل عبئا على المواطنين من المرضى، وأن القرار تأخر 15 عاما.
""", [
    ev("cabinet-approval", "إذ وافق مجلس الوزراء على تحريك سعر الدواء", "2016-05-16", "no own expression; the cabinet decision of Mon 16 May 2016, the evening before the stamp (other reports: 'في اجتماعه الاثنين')"),
    ev("mps-welcome", "ولقي القرار ترحيبا واسعا من جانب أعضاء مجلس النواب", "2016-05-16", "no own expression; MPs' reactions on the evening of Mon 16 May and the night before the stamp (my span 16-17 May 2016)", end="2016-05-18"),
])

# ---------------------------------------------------------------- sudan-medicine-price-list-cancelled-2016
S = "sudan-medicine-price-list-cancelled-2016"
MEASURES = ("2016-11-03", "2016-11-05")  # the austerity package and the new 15.8 pound dollar rate for drug imports
PROTESTS = ("2016-11-20", "2016-11-27")  # the week of street protests (women, students) against the drug prices
art(S, "https://sudanjem.com/مظاهرات-طلابية-شمالي-الخرطوم-تحتفي-به",
    "2016-11-24", "dateline 'الخرطوم 24 نوفمبر 2016' at the head of the body (kept); 24 Nov 2016 was a Thursday, the day of the students' protest 'صباح الخميس'; the truncated last sentence (girls in Omdurman 'صباح الأربعاء') dropped", True, """
الخرطوم 24 نوفمبر 2016 ـ خرج طلاب وطالبات من مدارس ثانوية في مدينة بحري، شمالي وسط العاصمة السودانية الخرطوم، في مظاهرة صباح الخميس احتجاجا على زيادة أسعار الدواء، وتدخلت الشرطة لتفريقها.
ومنذ أن أوقف بنك السودان المركزي تخصيص 10% من النقد الأجنبي المتحصل من الصادرات غير البترولية لدعم استيراد الأدوية، تصاعدت احتجاجات يغلب عليها العنصر النسائي.
ورصدت "سودان تربيون" خروج ثلاث مدارس رئيسية على الأقل في شارع المدارس بالخرطوم بحري، وسط تجاوب محدود من الشارع، قبل أن تتدخل قوة من الشرطة لفض الاحتجاجات.
ورفع المحتجون لافتات احتفت بوسم "أعيدوا الدعم للأدوية" على "تويتر"، الذي لقي مساندة عربية لافتة الأيام الماضية، كما ردد المتظاهرون هتافات تندد برفع الدعم الحكومي عن الدواء.
وعدّل بنك السودان المركزي هذا الشهر سعر الدولار المخصص لاستيراد الأدوية من 6.8 جنيه إلى 15.8 جنيه، وسط مخاوف من لجوء شركات استيراد الدواء إلى السوق الموازية للحصول على الدولار الذي يبلغ حاليا نحو 19 جنيها.
وانطلقت مظاهرات الخرطوم بحري من مستشفى حاج الصافي في حي الصافية إلى شارع المدارس مرورا بشارع المعونة الرئيسي، وسط أنباء عن اعتقالات طالت عددا من الأساتذة.
""", [
    ev("students-protest", "في مظاهرة صباح الخميس", "2016-11-24", "'صباح الخميس' = Thu 24 Nov 2016 (the dateline)"),
    ev("drug-protests", "تصاعدت احتجاجات يغلب عليها العنصر النسائي", PROTESTS[0], "no own expression; the women-led protests of the days before (another report: 'خلال الأسبوع الماضي' seen from Sun 27 Nov); my span 20-26 Nov 2016", end=PROTESTS[1]),
    ev("twitter-campaign", "احتفت بوسم \"أعيدوا الدعم للأدوية\"", "2016-11-17", "'الأيام الماضية' before Thu 24 Nov 2016: my span 17-24 Nov 2016", end="2016-11-25"),
    ev("dollar-rate-change", "وعدّل بنك السودان المركزي هذا الشهر سعر الدولار", MEASURES[0], "'هذا الشهر' = November 2016: the austerity package announced on Thu 3 Nov 2016 (outside knowledge; my span 3-4 Nov)", end=MEASURES[1]),
])
art(S, "https://slaati.com/2016/11/25/p653989.html",
    "2016-11-25", "date in the URL '/2016/11/25/' and the body's 'اليوم الجمعة' for the health minister's press conference (25 Nov 2016 was a Friday); 'بعد غدٍ الأحد' in the truncated last sentence agrees; that truncated sentence dropped; no date of its own in the text", False, """
أعلنت الحكومة السودانية، اليوم الجمعة، التراجع عن الزيادات التي فرضتها على أسعار الأدوية، وتشكيل لجنة لإعداد أسعار جديدة، في ظل دعوات إلى عصيان مدني يبدأ الأحد المقبل.
وقال وزير الصحة السوداني بحر إدريس أبو قردة، في مؤتمر صحفي بمقر وزارته في الخرطوم، إن "تنفيذ قرار الحكومة رفع الدعم عن الأدوية رافقته أخطاء، ولذلك أُلغيت الأسعار الجديدة وشُكلت لجنة لإعداد أسعار أخرى".
وكانت الحكومة تدعم الأدوية بتوفير العملات الصعبة للشركات العاملة في استيرادها بما يعادل 7.5 جنيهات للدولار الأمريكي الواحد، قبل أن ترفعه إلى 15.8 جنيها.
وأدى قرار الحكومة، الذي جاء ضمن خطة تقشفية شملت أيضا رفع الدعم عن الوقود والكهرباء، إلى زيادة أسعار الأدوية بنسبة 100% – 300% بحسب الأصناف وحجم الدعم الذي كان مقدما لها.
وأوضح الوزير، في المؤتمر ذاته، أن الرئيس عمر البشير أصدر كذلك قرارا بإقالة "محمد الحسن العكد"، الأمين العام لمجلس الأدوية والسموم، وهو الجهة المكلفة بتحديد أسعار الأدوية في البلاد.
ولم يُعيَّن بعدُ بديل للعكد، بحسب وزير الصحة، الذي لم يحدد أيضا موعدا لصدور الأسعار الجديدة، واكتفى بالقول إن ذلك سيكون خلال "فترة وجيزة".
""", [
    ev("price-list-cancelled", "التراجع عن الزيادات التي فرضتها على أسعار الأدوية", "2016-11-25", "'اليوم الجمعة' = Fri 25 Nov 2016"),
    ev("civil-disobedience", "عصيان مدني يبدأ الأحد المقبل", "2016-11-27", "'الأحد المقبل' after Fri 25 = Sun 27 Nov 2016; the three-day strike ran to Tue 29 Nov", end="2016-11-30"),
    ev("dollar-rate-change", "قبل أن ترفعه إلى 15.8 جنيها", MEASURES[0], "no own expression; the austerity package of Thu 3 Nov 2016 (outside knowledge; my span 3-4 Nov)", end=MEASURES[1]),
    ev("akad-dismissed", "أصدر كذلك قرارا بإقالة", "2016-11-25", "no own expression; announced at the press conference of Fri 25 Nov 2016 ('في المؤتمر ذاته')"),
])
art(S, "https://orobanews.com/2016/11/27/%d8%b9%d8%b5%d9%8a%d8%a7%d9%86-%d9%85%d8%af%d9%86%d9%8a-%d9%81%d9%8a-%d8%a7%d9%84%d8%b3%d9%91%d9%88%d8%af%d8%a7%d9%86-%d9%81%d9%87%d9%84-%d8%aa%d8%aa%d8%b1%d8%a7%d8%ac%d8%b9-%d8%a7%d9%84%d8%ad%d9%83/amp",
    "2016-11-27", "date in the URL '/2016/11/27/' and the body's 'اليوم الأحد' for the first day of the civil disobedience (27 Nov 2016 was a Sunday); the source label 'عروبة الإخباري –' dropped; the last clause ('فيما أيدت قوى المعارضة السودانية دعوات الناشطين غداً للعصيان المدني', a left-over from the day before: the strike began that Sunday) dropped; no date of its own in the text", False, """
يبدأ معارضون سودانيون اليوم الأحد عصيانا مدنيا بالامتناع عن العمل في كل المؤسسات الحكومية والخاصة، يستمر حتى الثلاثاء المقبل، احتجاجًا على قرارات تقشفية أقرتها الحكومة في ظل أزمة اقتصادية خانقة.
ويرمي العصيان المدني، بحسب ناشطين، إلى الضغط على الحكومة كي تتراجع عن قراراتها الأخيرة التي شملت رفع الدعم جزئيًا عن الكهرباء وكليًا عن الأدوية، التي تضاعفت أسعارها بنسبة 100 – 300 % تبعا لأصنافها وحجم الدعم الذي كان مخصصا لها.
وتُعد هذه الإجراءات الأحدث في تاريخ الخرطوم ضمن خطة تقشف تنتهجها الحكومة منذ 2011 لتعويض الفارق الذي خلفه انفصال جنوب السودان، الذي استحوذ على 75 % من حقول النفط.
ولقيت دعوات الاعتصام دعما قويا من أحزاب سياسية معارضة وحركات مسلحة في الخارج، في ظل تنامي الاحتجاجات اليومية في البلاد.
وأفضت موجة احتجاجات عمّت العاصمة الخرطوم وبعض عواصم الولايات خلال الأسبوع الماضي إلى تراجع الحكومة عن زيادة سعر الدواء.
وفرّقت السلطات في الخرطوم، أمس السبت، مظاهرات سلمية لعدد من النساء احتجاجا على حزمة الإجراءات الحكومية الأخيرة، التي أدت إلى ارتفاع تعريفة المواصلات وأسعار السلع الاستهلاكية.
""", [
    ev("civil-disobedience", "يبدأ معارضون سودانيون اليوم الأحد عصيانا مدنيا", "2016-11-27", "'اليوم الأحد' = Sun 27 Nov 2016, 'حتى الثلاثاء المقبل' = to Tue 29 Nov (end exclusive 30 Nov)", end="2016-11-30"),
    ev("south-secession", "لتعويض الفارق الذي خلفه انفصال جنوب السودان", "2011-07-09", "no own expression; South Sudan's independence on Sat 9 Jul 2011 (outside knowledge; 'منذ 2011')"),
    ev("drug-protests", "وأفضت موجة احتجاجات عمّت العاصمة الخرطوم", PROTESTS[0], "'خلال الأسبوع الماضي' before Sun 27 Nov 2016 = 20-26 Nov", end=PROTESTS[1]),
    ev("price-list-cancelled", "إلى تراجع الحكومة عن زيادة سعر الدواء", "2016-11-25", "no own expression; the cancellation announced on Fri 25 Nov 2016 (another report: 'اليوم الجمعة')"),
    ev("women-protest-dispersed", "وفرّقت السلطات في الخرطوم، أمس السبت", "2016-11-26", "'أمس السبت' before Sun 27 = Sat 26 Nov 2016"),
])

# ---------------------------------------------------------------- algeria-valsartan-recall-2018
S = "algeria-valsartan-recall-2018"
ALERT = ("2018-07-05", "2018-07-14")  # the international alert: EMA (Thu 5 Jul 2018) then FDA (Fri 13 Jul 2018)
art(S, "https://www.alchourouk.com/article/%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1-%D8%B3%D8%AD%D8%A8-16-%D9%86%D9%88%D8%B9-%D9%85%D9%86-%D8%A7%D9%84%D8%A3%D8%AF%D9%88%D9%8A%D8%A9-%D9%84%D8%A7%D8%AD%D8%AA%D9%88%D8%A7%D8%A6%D9%87%D8%A7-%D8%B9%D9%84%D9%89-%D9%85%D8%A7%D8%AF%D8%A9-%D9%85%D8%B3%D8%B1%D8%B7%D9%86%D8%A9",
    "2018-07-19", "page stamp 'تاريخ النشر : 18:51 - 2018/07/19' under the headline (kept as first line, before the headline) and the body's own 'اليوم الخميس 19 جويلية' (19 Jul 2018 was a Thursday); the repeated headline, 'تعليقات الفيسبوك' and the unrelated 'في نفس السياق' items dropped", True, """
تاريخ النشر : 18:51 - 2018/07/19
الجزائر: سحب 16 نوعا من الأدوية لاحتوائها على مادة مسرطنة
أعلنت وزارة الصحة والسكان وإصلاح المستشفيات بالجزائر، اليوم الخميس 19 جويلية، عن "السحب الاحترازي" لحصص تخص 16 اختصاصا صيدلانيا يحتوي على "فالسارتان" (وحده أو مع مادة أخرى).
وبيّنت الوزارة في بيان أن قرار سحب هذه الحصص التابعة لمخابر انفا ميديس وميرينال وناد فارماديك وتافكو اتُّخذ إثر التحذيرات الدولية التي أُطلقت بشأن تلوث المادة الفعالة "فالسارتان"، التي تنتجها الشركة الصينية (Zheijiang Huahai Pharmaceutials)، بشائبة تُعرف بـ"أن نيتروزو ديميثالين" (N-nitroso diméthylamine +NDMA+).
وأوضح المصدر نفسه أن هذا التلوث، الذي اكتُشف خلال تصنيع المادة الفعالة لدى الشركة الصينية، صُنف "مادة مسرطنة محتملة"، لكنه لا يشكل أي خطر كبير على المريض.
ويُذكر أن "فالسارتان" يوصف لعلاج قصور القلب وارتفاع ضغط الدم الشرياني واحتشاء عضلة القلب.
""", [
    ev("recall", "أعلنت وزارة الصحة والسكان وإصلاح المستشفيات بالجزائر، اليوم الخميس 19 جويلية", "2018-07-19", "'اليوم الخميس 19 جويلية' = Thu 19 Jul 2018"),
    ev("international-alert", "إثر التحذيرات الدولية التي أُطلقت", ALERT[0], "no own expression; the EMA alert of Thu 5 Jul 2018 and the FDA's of Fri 13 Jul 2018 (outside knowledge; my span 5-13 Jul)", end=ALERT[1]),
    ev("impurity-found", "الذي اكتُشف خلال تصنيع المادة الفعالة", "2018-06-01", "no own expression; Zhejiang Huahai found the NDMA impurity and told regulators in June 2018 (outside knowledge; my span June 2018)", end="2018-07-01"),
])
art(S, "https://arabi21.co/storyamp/1110250/%D9%88%D8%B2%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D8%B5%D8%AD%D8%A9-%D8%A8%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1-%D8%AA%D8%A3%D9%85%D8%B1-%D8%A8%D8%B3%D8%AD%D8%A8-16-%D8%AF%D9%88%D8%A7%D8%A1-%D9%85%D8%B3%D8%A8%D8%A8-%D9%84%D9%84%D8%B3%D8%B1%D8%B7%D8%A7%D9%86",
    "2018-07-20", "no stamp or URL date in the stored page: fixed by the body's 'أمس الخميس' for the health ministry's recall note, made public on Thu 19 Jul 2018 (alchourouk: 'اليوم الخميس 19 جويلية', stamp 2018/07/19): so Fri 20 Jul 2018; headline rendered from the URL slug; the truncated last sentence dropped; no date of its own in the text", False, """
وزارة الصحة بالجزائر تأمر بسحب 16 دواء مسببا للسرطان
على غرار دول عديدة، وجّهت وزارة الصحة بالجزائر، أمس الخميس، مذكرة إلى الصيدليات تقضي بسحب 16 منتجا صيدليا يحتوي على مادة "فالساتران"، ومنع وصفه للمرضى الذين يعانون من أمراض القلب وضغط الدم، للاشتباه في تسببها بمرض السرطان.
وأفاد بيان لوزارة الصحة بأن سحب الدواء جاء بعد تلقي تحذير دولي بشأن الاشتباه في أن الدواء مسبب للسرطان.
ونقلت صحيفة "الشروق" الجزائرية عن الوزارة قولها إنها تسحب حصصا من هذا الدواء من السوق الوطنية، لأنه من إنتاج مخبر صيني ويحتوي على مواد مسرطنة، ما قد يسبب أضرارا صحية تفضي إلى الموت.
وأوضحت الوزارة أن قرارها جاء لدواعٍ احترازية بعد التحذير الدولي من وجود شوائب قد تسبب السرطان في مادة "فالساتران"، وهي المركب الرئيسي لأدوية فالساتران مثل "وين 80 ميلغراما و160 ميلغراما"، و"كو- فالستران وين 80 ميلغراما و12.5 ميلغراما/ 160 ميلغراما و25 ميلغراما"، و"أتينسيل 40 ميلغراما و80 ميلغراما و160 ميلغراما"، الموجهة لعلاج المرضى الذين يعانون ارتفاع ضغط الدم للحد من المضاعفات، مثل النوبات القلبية والسكتات الدماغية.
""", [
    ev("recall", "وجّهت وزارة الصحة بالجزائر، أمس الخميس، مذكرة إلى الصيدليات", "2018-07-19", "'أمس الخميس' before Fri 20 = Thu 19 Jul 2018"),
    ev("international-alert", "بعد تلقي تحذير دولي", ALERT[0], "no own expression; the EMA alert of Thu 5 Jul 2018 and the FDA's of Fri 13 Jul 2018 (outside knowledge; my span 5-13 Jul)", end=ALERT[1]),
    ev("chourouk-report", "ونقلت صحيفة \"الشروق\" الجزائرية عن الوزارة", "2018-07-19", "no own expression; Echorouk's report on the day of the communiqué, Thu 19 Jul 2018 (my span 19-20 Jul)", end="2018-07-21"),
])

HERE_PARENT = os.path.dirname(HERE)
SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 225)
                            if i != 201 and i != 222 and os.path.isdir(os.path.join(HERE_PARENT, f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

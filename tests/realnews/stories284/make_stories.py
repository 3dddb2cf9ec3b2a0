"""Builds stories.jsonl: the 284-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories266/make_stories.py). Domain: conjoined twins separations, rare surgeries and medical
firsts in hospitals: the first open-heart operation on a child at the Bechir Hamza children's hospital in Tunis
(2026), the separation of the Syrian conjoined twins Celine and Eileen in Riyadh (2025), the arrival in Riyadh
of three pairs of conjoined twins from the Philippines and Tanzania (2026), the first liver transplant on a
child at the Fattouma Bourguiba hospital in Monastir (2017), and the transfer of the Somali conjoined twins
Rahma and Ramla from Mogadishu to Riyadh (2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- tunisia-bechir-hamza-first-child-open-heart-2026
S = "tunisia-bechir-hamza-first-child-open-heart-2026"
UNIT = ("2025-04-01", "2025-05-01")  # the children's cardiac surgery department, set up in April 2025
art(S, "https://www.babnet.net/cadredetail-322613.asp",
    "2026-01-26", "stamp 'date 2026-01-26' at the head of the stored page, and the body's own 'اليوم الاثنين 26 جانفي 2026' (26 Jan 2026 was a Monday), kept in the text; headline kept (re-worded); the list layout of the two partner departments turned into a sentence", True, """
وزارة الصحة: إنجاز أول جراحة قلب مفتوح لطفل في مستشفى البشير حمزة للأطفال
كشفت وزارة الصحة، اليوم الاثنين 26 جانفي 2026، عن إجراء أول عملية جراحة قلب مفتوح لطفل في الرابعة والنصف من عمره بمستشفى البشير حمزة للأطفال.
وأوضحت الوزارة في بلاغ رسمي أن العملية تكللت بالنجاح وجرت في ظروف طبية جيدة، وأن هذا الإنجاز حصيلة عمل مشترك للإطارات الطبية وشبه الطبية في قسم جراحة القلب للأطفال بإشراف الأستاذ فاكر غديرة.
وشارك في العملية قسم التخدير والإنعاش الذي يرأسه الأستاذ مهدي طريفة، وقسم الإنعاش الطبي الذي يرأسه الأستاذ خالد المنيف.
ورأت الوزارة أن هذا الحدث خطوة حاسمة في دعم الخدمات المختصة في طب القلب وجراحته لدى الأطفال، وأنه يقوّي قدرة المستشفى على تقديم رعاية دقيقة ومتطورة، بما يضمن حق أطفال تونس في علاج متقدم داخل المستشفيات العمومية، حسب نص البلاغ.
""", [
    ev("ministry-statement", "كشفت وزارة الصحة، اليوم الاثنين 26 جانفي 2026", "2026-01-26", "'اليوم الاثنين 26 جانفي 2026' = Mon 26 Jan 2026"),
    ev("first-operation", "إجراء أول عملية جراحة قلب مفتوح لطفل", "2026-01-26", "no own expression; the operation of Mon 26 Jan 2026 ('تمّ اليوم الإثنين 26 جانفي 2026 إجراء' in the ministry's statement; 'يوم أمس الإثنين' in the a5r5br report of Tue 27)", end="2026-01-27"),
    ev("operation-success", "أن العملية تكللت بالنجاح", "2026-01-26", "no own expression; the outcome of the operation of Mon 26 Jan 2026, reported in the statement of that day", end="2026-01-27"),
])
art(S, "https://ar.webmanagercenter.com/2026/01/26/415994/%d9%86%d8%ac%d8%a7%d8%ad-%d8%a3%d9%88%d9%84-%d8%ac%d8%b1%d8%a7%d8%ad%d8%a9-%d9%82%d9%84%d8%a8-%d9%85%d9%81%d8%aa%d9%88%d8%ad-%d9%84%d9%84%d8%a3%d8%b7%d9%81%d8%a7%d9%84-%d8%a8%d9%85%d8%b3%d8%aa%d8%b4",
    "2026-01-26", "date in the URL '/2026/01/26/' and the body's own 'اليوم الإثنين 26 جانفي 2026' (a Monday), kept in the text; headline written from the URL slug; the last, truncated sentence dropped", True, """
نجاح أول جراحة قلب مفتوح للأطفال بمستشفى البشير حمزة
نفّذ الفريق الطبي في مستشفى البشير حمزة للأطفال بالعاصمة، اليوم الإثنين 26 جانفي 2026، أول جراحة قلب مفتوح لطفل عمره أربع سنوات ونصف، في خطوة اعتُبرت ناجحة وفارقة في تاريخ هذه المؤسسة الاستشفائية العريقة.
وانتهت هذه العملية الدقيقة بنجاح كامل وفي ظروف طبية مثالية، لتكون حصيلة جهود متواصلة للإطارات الطبية وشبه الطبية في قسم جراحة القلب للأطفال بإشراف الأستاذ فاكر غديرة، بالتنسيق مع قسم التخدير والإنعاش بقيادة الأستاذ مهدي طريفة وقسم الإنعاش الطبي برئاسة الأستاذ خالد المنيف.
ويعزز هذا الإنجاز مسار التطوير الذي يعرفه المستشفى منذ تدشين قسم جراحة الأطفال في أفريل 2025، إذ يمثل نقلة نوعية نحو توطين الجراحات الدقيقة والمعقدة داخل تونس.
واعتبرت وزارة الصحة في هذا الإطار أن الحدث يكرّس حق الطفل التونسي في الوصول إلى أرقى مستويات العلاج المتقدم، ويثبت كفاءة الخبرات الوطنية وقدرة المستشفيات العمومية على مواكبة تطورات جراحة القلب الدقيقة في العالم.
""", [
    ev("first-operation", "بالعاصمة، اليوم الإثنين 26 جانفي 2026، أول جراحة قلب مفتوح", "2026-01-26", "'اليوم الإثنين 26 جانفي 2026' = Mon 26 Jan 2026"),
    ev("operation-success", "وانتهت هذه العملية الدقيقة بنجاح كامل", "2026-01-26", "no own expression; the outcome of the operation of Mon 26 Jan 2026", end="2026-01-27"),
    ev("unit-opened", "منذ تدشين قسم جراحة الأطفال في أفريل 2025", UNIT[0], "'في أفريل 2025': April 2025", end=UNIT[1]),
    ev("ministry-statement", "واعتبرت وزارة الصحة في هذا الإطار", "2026-01-26", "no own expression; the ministry's statement of Mon 26 Jan 2026 (babnet: 'اليوم الاثنين 26 جانفي 2026')", end="2026-01-27"),
])
art(S, "https://www.tuniscope.com/article/423306/arabe/sante/operation-enfants-303610",
    "2026-01-27", "page line 'Publié le 27-01-2026' at the head of the stored page (kept as first line; 27 Jan 2026 was a Tuesday); the repeated headline and the sub-headings dropped; the last, truncated sentence dropped", True, """
Publié le 27-01-2026
أول عملية قلب مفتوح لطفل في مستشفى الأطفال بتونس.. كفاءة تونسية في أدق الجراحات
قال الأستاذ فاكر غديرة، رئيس قسم جراحة القلب للأطفال في مستشفى الأطفال بشير حمزة، إن أول عملية قلب مفتوح للأطفال في المستشفى نجحت، مؤكدا أن الطفل البالغ أربع سنوات بخير الآن، ومتمنيا له الشفاء التام وطول العمر.
وبيّن غديرة أن هذه العملية هي الأولى من نوعها في المستشفى، وإن كانت عمليات القلب المفتوح للأطفال تُجرى سابقا في مستشفيات أخرى كالرابطة وسهلول وفي القطاع الخاص.
ولفت إلى أن جراحة القلب المفتوح لدى الأطفال تختلف عن الجراحة العامة، لأنها تحتاج إلى خبرات مختصة في جراحة الأطفال وتخديرهم وإنعاشهم.
وأضاف أن قسم جراحة القلب للأطفال في مستشفى بشير حمزة أُحدث في أبريل الماضي، ثم جرى توفير المعدات الطبية اللازمة والكوادر من أطباء وشبه طبيين، وهو ما سمح للفريق بإنجاز العملية بنجاح خلال فترة قصيرة.
وأشار رئيس القسم إلى أن العملية استغرقت نحو ثلاث ساعات ونصف.
""", [
    ev("gdira-statement", "قال الأستاذ فاكر غديرة، رئيس قسم جراحة القلب للأطفال", "2026-01-26", "no own expression; Ghdira's statements after the operation, published Tue 27 Jan 2026 (his radio interview of that day, a5r5br: 'اليوم'); my span 26-27 Jan", end="2026-01-28"),
    ev("operation-success", "أول عملية قلب مفتوح للأطفال في المستشفى نجحت", "2026-01-26", "no own expression; the operation of Mon 26 Jan 2026", end="2026-01-27"),
    ev("unit-opened", "أُحدث في أبريل الماضي", UNIT[0], "'في أبريل الماضي' from Tue 27 Jan 2026 = April 2025", end=UNIT[1]),
    ev("first-operation", "العملية استغرقت نحو ثلاث ساعات ونصف", "2026-01-26", "no own expression; the three-and-a-half-hour operation of Mon 26 Jan 2026", end="2026-01-27"),
])
art(S, "https://a5r5br.net/tunis/local-news/7201619-%D8%A7%D9%86%D8%B7%D9%84%D8%A7%D9%82-%D8%B9%D9%85%D9%84%D9%8A%D8%A7%D8%AA-%D8%A7%D9%84%D9%82%D9%84%D8%A8-%D8%A7%D9%84%D9%85%D9%81%D8%AA%D9%88%D8%AD-%D9%84%D9%84%D8%A3%D8%B7%D9%81%D8%A7%D9%84-%D8%A8%D9%85%D8%B3%D8%AA%D8%B4%D9%81%D9%89-%D8%A7%D9%84%D8%A8%D8%B4%D9%8A%D8%B1-%D8%AD%D9%85%D8%B2%D8%A9-%D8%A8%D8%AA%D9%88%D9%86%D8%B3",
    "2026-01-27", "no stamp on the stored page: the body's 'يوم أمس الإثنين' for the operation, which the ministry and two other outlets date 'اليوم الإثنين 26 جانفي 2026', puts the item on Tue 27 Jan 2026 (Ghdira's radio interview 'اليوم'); headline rendered from the URL slug; the source line 'المصدر: جوهرة' dropped; no date of its own in the text", False, """
انطلاق عمليات القلب المفتوح للأطفال بمستشفى البشير حمزة بتونس
أُجريت يوم أمس الإثنين بمستشفى البشير حمزة للأطفال أول عملية جراحة قلب مفتوح لطفل في الرابعة والنصف من عمره، وقد نجحت وتمت في ظروف طبية حسنة.
وأفاد رئيس قسم جراحة القلب للأطفال فاكر غديرة، في مداخلة له اليوم على إذاعة "الجوهرة أف أم"، بأن القسم قائم منذ أفريل 2025.
غير أن القسم كان يقتصر على العمليات الأقل تعقيدا إلى أن توفرت في الاثناء كل المعدات والكوادر الطبية وشبه الطبية الضرورية لبدء عمليات القلب المفتوح الأكثر تعقيدا ودقة.
""", [
    ev("first-operation", "أُجريت يوم أمس الإثنين بمستشفى البشير حمزة", "2026-01-26", "'يوم أمس الإثنين' from Tue 27 = Mon 26 Jan 2026"),
    ev("gdira-statement", "في مداخلة له اليوم على إذاعة", "2026-01-27", "'اليوم' = Tue 27 Jan 2026 (the publication day)"),
    ev("unit-opened", "القسم قائم منذ أفريل 2025", UNIT[0], "'منذ أفريل 2025': the department dates from April 2025", end=UNIT[1]),
])

# ---------------------------------------------------------------- saudi-syrian-twins-celine-eileen-separation-2025
S = "saudi-syrian-twins-celine-eileen-separation-2025"
art(S, "https://www.klyoum.com/saudi-arabia-news/ar/83-%D8%A3%D9%85%D8%B7%D8%A7%D8%B1-%D8%B1%D8%B9%D8%AF%D9%8A%D8%A9-%D9%85%D8%B5%D8%AD%D9%88%D8%A8%D8%A9-%D8%A8%D8%B2%D8%AE%D8%A7%D8%AA-%D9%85%D9%86-%D8%A7%D9%84%D8%A8%D8%B1%D8%AF-%D9%88%D8%B1%D9%8A%D8%A7%D8%AD-%D9%86%D8%B4%D8%B7%D8%A9-%D8%B9%D9%84%D9%89-5-%D9%85%D9%86%D8%A7%D8%B7%D9%82",
    "2025-07-27", "the item's own line 'نشر بتاريخ: ٢٧ تموز ٢٠٢٥' on the stored klyoum page (Al-Weeam's report; kept as first line; 27 Jul 2025 was a Sunday, the day the surgery began, 'اليوم الأحد 27 يوليو 2025' in gulf365's report); the outlet lines 'اخبار السعودية' and 'موقع كل يوم -صحيفة الوئام الالكترونية' dropped; headline written from the body (the URL slug belongs to another item of the same page)", True, """
نشر بتاريخ: ٢٧ تموز ٢٠٢٥
انطلاق عملية فصل التوأم السيامي السوري سيلين وإيلين في الرياض
انطلقت صباح اليوم في مستشفى الملك عبد الله التخصصي للأطفال بمدينة الملك عبد العزيز الطبية في الرياض عملية فصل التوأم السيامي السوري "سيلين وإيلين"، بمشاركة فريق طبي متكامل من 24 مختصا في جراحة الأطفال والتخدير والعناية المركزة والتمريض.
ويُتوقع أن تمتد العملية قرابة 9 ساعات متواصلة.
وذكر مراسل قناة "الإخبارية" فيصل آل عمير أن العملية تندرج ضمن الجهود الإنسانية للمملكة التي يقودها مركز الملك سلمان للإغاثة والأعمال الإنسانية المشرف على البرنامج السعودي لفصل التوائم السيامية.
من جهته، قال المتحدث الرسمي باسم مركز الملك سلمان للإغاثة الدكتور سامر الجطيلي إن هذه اللحظات تختلط فيها مشاعر الأمل والألم لدى التوأم السوري وأسرتهما، معتبرا أن هذه الخطوة بداية طريق نحو حياة طبيعية جديدة للطفلتين بعد معاناة طبية ونفسية طويلة.
""", [
    ev("surgery-start", "انطلقت صباح اليوم في مستشفى الملك عبد الله", "2025-07-27", "'صباح اليوم' = the morning of Sun 27 Jul 2025 (the date line)"),
    ev("separation-surgery", "ويُتوقع أن تمتد العملية قرابة 9 ساعات متواصلة", "2025-07-27", "no own expression; the operation of Sun 27 Jul 2025 (begun that morning, about nine hours)", end="2025-07-28"),
    ev("jetaily-statement", "قال المتحدث الرسمي باسم مركز الملك سلمان للإغاثة", "2025-07-27", "no own expression; said as the operation began, Sun 27 Jul 2025", end="2025-07-28"),
])
art(S, "https://www.fekera.com/local/%d9%81%d8%b5%d9%84-%d8%a7%d9%84%d8%aa%d9%88%d8%a3%d9%85-%d8%a7%d9%84%d8%b3%d9%88%d8%b1%d9%8a-%d8%a7%d9%84%d9%85%d9%84%d8%aa%d8%b5%d9%82-%d8%b3%d9%8a%d9%84%d9%8a%d9%86-%d9%88%d8%a5%d9%8a%d9%84%d9%8a",
    "2025-07-27", "no stamp on the stored page: the body's 'انطلقت صباح اليوم عملية فصل التوأم' reports the start of the surgery, which began on the morning of Sun 27 Jul 2025 (gulf365: 'اليوم الأحد 27 يوليو 2025'; Al-Weeam's item of 27 Jul); headline kept (re-worded); the last, truncated sentence dropped; no date of its own in the text", False, """
بدء عملية فصل التوأم الملتصق السوري سيلين وإيلين في الرياض
برعاية خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود وولي العهد الأمير محمد بن سلمان، بدأت صباح اليوم عملية فصل التوأم الملتصق السوري "سيلين وإيلين" عبدالمنعم الشبلي في مستشفى الملك عبدالله التخصصي للأطفال بمدينة الملك عبدالعزيز الطبية التابعة لوزارة الحرس الوطني في الرياض.
ويتولى قيادة الفريق الطبي والجراحي الدكتور عبدالله بن عبدالعزيز الربيعة، المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية.
وبيّن الربيعة في تصريح لوكالة الأنباء السعودية أن الطفلتين كانتا لاجئتين في لبنان، وأنهما وُلدتا في 28 فبراير 2024 بعملية قيصرية في مستشفى رفيق الحريري، وتبلغان من العمر سنة وخمسة أشهر بوزن إجمالي يصل إلى 14 كيلوغراما.
وأضاف أن التوأم وصل إلى المملكة في 29 ديسمبر 2024 بجهود مشتركة بين وزارتي الخارجية والدفاع، ثم أُدخل المستشفى لإجراء فحوصات دقيقة أظهرت التصاق الطفلتين في منطقة أسفل الصدر والبطن واشتراكهما في غشاء القلب والكبد، مع احتمال اشتراكهما في الأمعاء.
""", [
    ev("surgery-start", "بدأت صباح اليوم عملية فصل التوأم", "2025-07-27", "'صباح اليوم' = the morning of Sun 27 Jul 2025 (the publication day)"),
    ev("rabeeah-spa-statement", "وبيّن الربيعة في تصريح لوكالة الأنباء السعودية", "2025-07-27", "no own expression; his statement to SPA on the day of the operation, Sun 27 Jul 2025", end="2025-07-28"),
    ev("twins-birth", "وُلدتا في 28 فبراير 2024", "2024-02-28", "'في 28 فبراير 2024' (a Wednesday)"),
    ev("twins-arrival", "وصل إلى المملكة في 29 ديسمبر 2024", "2024-12-29", "'في 29 ديسمبر 2024' (a Sunday)"),
])
art(S, "https://sabaq24.com/?p=1925",
    "2025-07-27", "no stamp on the stored page: the body's 'نجاح عملية فصلهما التي أجريت صباح اليوم' reports the surgery of Sun 27 Jul 2025 (gulf365: 'اليوم الأحد 27 يوليو 2025'); headline written from the body (the stored text has none); the last, truncated sentence (the twins' weight) dropped; no date of its own in the text", False, """
فرحة والدي التوأم السوري سيلين وإيلين بعد نجاح الفصل
عاش والدا التوأم السيامي السوري سيلين وإيلين لحظات اختلطت فيها الفرحة بالسعادة الغامرة بعد نجاح عملية فصلهما التي أجريت صباح اليوم في الرياض، بقيادة الفريق الطبي والجراحي السعودي الذي يرأسه الدكتور عبدالله بن عبدالعزيز الربيعة، المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية، في مستشفى الملك عبدالله التخصصي للأطفال بمدينة الملك عبدالعزيز الطبية التابعة لوزارة الحرس الوطني.
وعاشت والدة التوأم لحظات مؤثرة بعد العملية الناجحة، إذ ظهر عليها التأثر وسالت دموع الفرح من عينيها تعبيرا عن سعادتها الكبيرة بنجاح الجراحة الدقيقة.
وبذل الفريق الطبي الوطني جهودا مكثفة لضمان سلامة الطفلتين، بينما لقيت الأسرة تقديرا كبيرا من الطاقم بسبب صعوبة حالتهما.
وأكد الدكتور الربيعة في تصريح لوكالة الأنباء السعودية أن الأسرة السورية كانت لاجئة في لبنان، وأن الأم وضعت ثلاثة توائم، منهم سيلين وإيلين الملتصقتان وشقيق ثالث غير ملتصق وسليم.
وجرت الولادة بعملية قيصرية في مستشفى رفيق الحريري ببيروت في الثامن والعشرين من فبراير عام 2024، وتبلغ سيلين وإيلين الآن عاما وخمسة أشهر.
""", [
    ev("separation-success", "بعد نجاح عملية فصلهما التي أجريت صباح اليوم", "2025-07-27", "'صباح اليوم' = Sun 27 Jul 2025 (the publication day); the separation succeeded that day"),
    ev("family-reaction", "وعاشت والدة التوأم لحظات مؤثرة بعد العملية الناجحة", "2025-07-27", "no own expression; right after the operation of Sun 27 Jul 2025", end="2025-07-28"),
    ev("rabeeah-spa-statement", "وأكد الدكتور الربيعة في تصريح لوكالة الأنباء السعودية", "2025-07-27", "no own expression; his statement to SPA on the day of the operation, Sun 27 Jul 2025", end="2025-07-28"),
    ev("twins-birth", "في الثامن والعشرين من فبراير عام 2024", "2024-02-28", "'في الثامن والعشرين من فبراير عام 2024' = Wed 28 Feb 2024"),
])
art(S, "https://news.gulf365.net/saudi-arabia-news/13143944/%D8%A5%D9%86%D8%AC%D8%A7%D8%B2-%D8%B7%D8%A8%D9%8A-%D8%B3%D8%B9%D9%88%D8%AF%D9%8A-%D8%B9%D8%A7%D9%84%D9%85%D9%8A-%D9%86%D8%AC%D8%A7%D8%AD-%D8%B9%D9%85%D9%84%D9%8A%D8%A9-%D9%81%D8%B5%D9%84-%D8%A7%D9%84%D8%AA%D9%88%D8%A3%D9%85-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A-%D8%B3%D9%8A%D9%84%D9%8A%D9%86-%D9%88%D8%A5%D9%8A%D9%84%D9%8A%D9%86-%D8%A8%D8%B9%D8%AF-%D8%AC%D8%B1%D8%A7%D8%AD%D8%A9-%D8%AF%D9%82%D9%8A%D9%82%D8%A9-%D8%A7%D8%B3%D8%AA%D9%85%D8%B1%D8%AA-8-%D8%B3%D8%A7%D8%B9%D8%A7%D8%AA.html",
    "2025-07-29", "stamp 'date 2025-07-29' at the head of the stored page (kept as first line; 29 Jul 2025 was a Tuesday); the site's 'تابع الان خبر ... حصريا على الخليج 365' line dropped; headline written from it; the sub-heading about operation No. 66 turned into a sentence; the last, truncated sentence dropped", True, """
2025-07-29
إنجاز طبي سعودي: نجاح فصل التوأم السوري سيلين وإيلين بعد جراحة استمرت 8 ساعات
بيروت - نادين الأحمد - سجّل الفريق الطبي والجراحي التابع للبرنامج السعودي لفصل التوائم الملتصقة إنجازا طبيا جديدا يضاف إلى رصيد المملكة في الرعاية الصحية المتقدمة، بعدما نجح في فصل التوأم الملتصق السوري "سيلين وإيلين" في مستشفى الملك عبدالله التخصصي للأطفال بمدينة الملك عبدالعزيز الطبية بالحرس الوطني في الرياض.
وكانت الجراحة دقيقة ومعقدة واستغرقت 8 ساعات متواصلة.
وبيّن الدكتور عبدالله بن عبدالعزيز الربيعة، المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية ورئيس الفريق الطبي، أن العملية أُجريت بمشاركة فريق طبي سعودي متكامل من 24 طبيبا استشاريا ومختصا، ومعهم كوادر تمريضية وفنية في التخدير وجراحة الأطفال والجراحة التجميلية وتخصصات مساندة أخرى، ضمانا لأعلى درجات الأمان والدقة في كل مراحل الجراحة.
وتحمل هذه العملية الرقم 66 ضمن سلسلة عمليات البرنامج السعودي لفصل التوائم.
""", [
    ev("separation-success", "بعدما نجح في فصل التوأم الملتصق السوري", "2025-07-27", "no own expression; the separation of Sun 27 Jul 2025 (sabaq24: 'أجريت صباح اليوم'; gulf365's own item of 27 Jul)", end="2025-07-28"),
    ev("separation-surgery", "واستغرقت 8 ساعات متواصلة", "2025-07-27", "no own expression; the eight-hour operation of Sun 27 Jul 2025", end="2025-07-28"),
    ev("rabeeah-spa-statement", "وبيّن الدكتور عبدالله بن عبدالعزيز الربيعة", "2025-07-27", "no own expression; his statement on the day of the operation, Sun 27 Jul 2025, relayed on Tue 29 (my span 27-28 Jul)", end="2025-07-29"),
])

# ---------------------------------------------------------------- saudi-conjoined-twins-philippines-tanzania-arrivals-2026
S = "saudi-conjoined-twins-philippines-tanzania-arrivals-2026"
art(S, "https://www.akhbaar24.com/ampArticle/106910",
    "2026-01-26", "no stamp on the stored page: the body's 'صباح اليوم (الاثنين)' for the twins' departure from Manila; they were in Riyadh by Mon 26 Jan 2026 (almowaten's arrival item stamped 2026-01-26, okaz's round-up of Tue 27 'خلال 24 ساعة'), so the Monday is 26 Jan 2026; headline written from the body; no date of its own in the text", False, """
التوأم السيامي الفلبيني أوليفيا وجيانا يغادر مانيلا إلى الرياض
تنفيذا لتوجيهات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز وولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان، تابعت السفارة السعودية لدى الفلبين، صباح اليوم (الاثنين)، مغادرة التوأم السيامي الفلبيني (أوليفيا وجيانا) مطار مانيلا الدولي متوجهين إلى الرياض لإجراء عملية الفصل في المملكة.
وحضر المتابعة السكرتير الثاني في السفارة محمد الخضيري ورئيس قسم المراسم عمرو إلياس، بالتنسيق مع مركز الملك سلمان للإغاثة والأعمال الإنسانية، في إطار الجهود الإنسانية التي تواصل المملكة تقديمها في المجال الطبي.
ويعكس ذلك ريادة المملكة في هذا المجال، إذ أجرى البرنامج السعودي للتوائم الملتصقة على مدار 35 عاماً 67 عملية لفصل توائم من 28 دولة حول العالم.
""", [
    ev("manila-departure", "صباح اليوم (الاثنين)، مغادرة التوأم السيامي الفلبيني", "2026-01-26", "'صباح اليوم (الاثنين)' = the morning of Mon 26 Jan 2026"),
    ev("flight-to-riyadh", "متوجهين إلى الرياض لإجراء عملية الفصل", "2026-01-26", "no own expression; the flight from Manila that brought them to Riyadh on Mon 26 Jan 2026", end="2026-01-27"),
    ev("programme-record", "على مدار 35 عاماً 67 عملية", "1990-01-01", "'على مدار 35 عاماً': the programme's separations since 1990 up to the report's day, Mon 26 Jan 2026 (my span)", end="2026-01-27"),
])
art(S, "https://www.almowaten.net/2026/01/%D8%A5%D9%86%D9%81%D8%A7%D8%B0%D9%8B%D8%A7-%D9%84%D8%AA%D9%88%D8%AC%D9%8A%D9%87%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D9%84%D9%83-%D8%B3%D9%84%D9%85%D8%A7%D9%86-%D9%88%D9%88%D9%84%D9%8A-%D8%A7%D9%84%D8%B9-9/",
    "2026-01-26", "stamp 'date 2026-01-26' at the head of the stored page (kept as first line; 26 Jan 2026 was a Monday); the URL's '/2026/01/' agrees; headline written from the body; the last, truncated sentence dropped", True, """
2026-01-26
وصول التوأم الملتصق الفلبيني أوليفيا وجيانا إلى الرياض
تنفيذا لتوجيهات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود وولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان، حطّ في مطار الملك خالد الدولي بالرياض التوأم الملتصق الفلبيني أوليفيا وجيانا برفقة ذويهما قادمين من الفلبين.
ونُقل التوأم فور وصوله إلى مستشفى الملك عبدالله التخصصي للأطفال بوزارة الحرس الوطني لدراسة حالته وبحث إمكانية إجراء عملية الفصل.
وشدد المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية رئيس الفريق الطبي والجراحي للبرنامج السعودي للتوائم الملتصقة الدكتور عبدالله بن عبدالعزيز الربيعة على أن هذه المبادرات تعبّر عن القيم الإنسانية الراسخة للمملكة التي وصل أثرها إلى مختلف أنحاء العالم.
وقدّم الربيعة الشكر لخادم الحرمين الشريفين وولي العهد على رعايتهما للبرنامج، مبينا أنه نموذج فريد للتقدم الطبي السعودي ويتوافق مع أهداف رؤية المملكة 2030 في الارتقاء بالقطاع الصحي.
""", [
    ev("filipino-arrival", "حطّ في مطار الملك خالد الدولي بالرياض التوأم الملتصق الفلبيني", "2026-01-26", "no own expression; the arrival reported on the stamp's day, Mon 26 Jan 2026 (the twins left Manila that morning)", end="2026-01-27"),
    ev("filipino-hospital", "ونُقل التوأم فور وصوله إلى مستشفى", "2026-01-26", "no own expression; on arrival, Mon 26 Jan 2026", end="2026-01-27"),
    ev("rabeeah-statement", "وشدد المشرف العام على مركز الملك سلمان", "2026-01-26", "no own expression; his statement on the arrivals, Mon 26 Jan 2026 (the same words in okaz's round-up of Tue 27; my span 26-27 Jan)", end="2026-01-28"),
])
art(S, "https://www.okaz.com.sa/local/na/2233123",
    "2026-01-27", "stamp 'date 2026-01-27' at the head of the stored page (kept as first line; 27 Jan 2026 was a Tuesday); headline written from the body; the last, truncated sentence shortened", True, """
2026-01-27
ثلاثة توائم ملتصقة من تنزانيا والفلبين تصل الرياض خلال 24 ساعة
تنفيذا لتوجيهات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز وولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان، استقبلت الرياض خلال 24 ساعة التوأم الملتصق التنزاني لايتيينس ولوفنس، والتوأم الملتصق الفلبيني أوليفيا وجيانا، والتوأم الملتصق التنزاني نانسي ونايس، يرافقهم ذووهم من تنزانيا والفلبين.
وفور وصولهم إلى مطار الملك خالد الدولي، نُقلت التوائم الثلاثة إلى مستشفى الملك عبدالله التخصصي للأطفال بوزارة الحرس الوطني، حيث تُجرى لهم فحوصات طبية دقيقة ودراسة شاملة لحالاتهم تمهيدا لبحث إمكانية فصلهم.
وأكد المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية رئيس الفريق الطبي الدكتور عبدالله عبدالعزيز الربيعة أن هذه المبادرات تعكس القيم الإنسانية الراسخة للمملكة، وشكر القيادة على دعمها المتواصل للبرنامج السعودي للتوائم الملتصقة.
وعبّر ذوو التوائم الثلاثة من تنزانيا والفلبين عن عميق امتنانهم للمملكة حكومة وشعبا على حسن الاستقبال.
""", [
    ev("three-arrivals", "استقبلت الرياض خلال 24 ساعة", "2026-01-26", "'خلال 24 ساعة' before the report of Tue 27 Jan 2026: Mon 26 - Tue 27 Jan", end="2026-01-28"),
    ev("filipino-arrival", "والتوأم الملتصق الفلبيني أوليفيا وجيانا", "2026-01-26", "no own expression; the Filipino twins arrived on Mon 26 Jan 2026 (almowaten's item of that day)", end="2026-01-27"),
    ev("tanzanian-arrivals", "التوأم الملتصق التنزاني لايتيينس ولوفنس", "2026-01-27", "no own expression; the two Tanzanian pairs arrived on Tue 27 Jan 2026 (okaz's and almowaten's items of that day: 'وصل اليوم')", end="2026-01-28"),
    ev("rabeeah-statement", "وأكد المشرف العام على مركز الملك سلمان", "2026-01-26", "no own expression; his statement on the arrivals, Mon 26 - Tue 27 Jan 2026 (my span)", end="2026-01-28"),
])

# ---------------------------------------------------------------- tunisia-monastir-first-child-liver-transplant-2017
S = "tunisia-monastir-first-child-liver-transplant-2017"
art(S, "http://www.shemsfm.net/ar/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1_%D8%B4%D9%85%D8%B3-%D8%A7%D9%84%D8%A7%D8%AE%D8%A8%D8%A7%D8%B1/178859/%D9%84%D8%A3%D9%88%D9%84-%D9%85%D8%B1%D8%A9-%D8%B9%D8%B1%D8%A8%D9%8A%D8%A7-%D9%88%D8%A5%D9%81%D8%B1%D9%8A%D9%82%D9%8A%D8%A7-%D9%88%D9%81%D9%8A-%D8%AA%D9%88%D9%86%D8%B3-%D8%A5%D8%AC%D8%B1%D8%A7%D8%A1-%D8%B9%D9%85%D9%84%D9%8A%D8%A9-%D8%B2%D8%B1%D8%B9-%D9%83%D8%A8%D8%AF-%D9%84%D8%B7%D9%81%D9%84%D8%A9-%D9%81%D9%8A-%D9%85%D8%B3%D8%AA%D8%B4%D9%81%D9%89-%D9%81%D8%B7%D9%88%D9%85%D8%A9-%D8%A8%D9%88%D8%B1%D9%82%D9%8A%D8%A8%D8%A9-%D8%A8%D8%A7%D9%84%D9%85%D9%86%D8%B3%D8%AA%D9%8A%D8%B1",
    "2017-11-14", "no stamp on the stored page: the body's 'ستجرى، اليوم الثلاثاء' for the transplant, which lemaghreb dates 'في 14 نوفمبر 2017' and saheltv's item of 'اليوم الأربعاء 15نوفمبر 2017' calls 'أمس' (14 Nov 2017 was a Tuesday); headline rendered from the URL slug; no date of its own in the text", False, """
لأول مرة عربيا وإفريقيا: زرع كبد لطفلة في مستشفى فطومة بورقيبة بالمنستير
تُجرى، اليوم الثلاثاء، وللمرة الأولى، عملية زرع كبد لطفلة في الثانية من عمرها بالمستشفى الجامعي فطومة بورقيبة بالمنستير.
وفي هذا السياق، قال مدير المستشفى رضوان الحربي، في اتصال هاتفي ضمن حصة الماتينال على إذاعة شمس آف آم، إن هذه العملية هي الأولى من نوعها في العالم العربي وإفريقيا وكذلك في تونس.
وأوضح الحربي أن الغاية من إجرائها تخفيف عبء التكاليف عن المواطنين وإعفاؤهم من مشقة التنقل والسفر إلى بلد أوروبي، مشيرا إلى أن كلفتها في تونس تقارب 150 أو 200 مليون أورو.
وذكر أن التحضير لهذه العملية انطلق منذ سنتين، وأنها بدأت منذ صباح اليوم، إذ يخضع الأب المتبرع لطفلته حاليا للجراحة على أن تنطلق عملية الطفلة في منتصف نهار اليوم.
ونوّه الحربي بإمكانيات قسم جراحة الأطفال في المستشفى، وأبدى تفاؤل الفريق بنجاح العملية، مؤكدا تجند كل الأطراف المتدخلة لإنجاحها.
""", [
    ev("transplant", "تُجرى، اليوم الثلاثاء، وللمرة الأولى، عملية زرع كبد", "2017-11-14", "'اليوم الثلاثاء' = Tue 14 Nov 2017"),
    ev("harbi-radio", "في اتصال هاتفي ضمن حصة الماتينال", "2017-11-14", "no own expression; the morning show of the publication day, Tue 14 Nov 2017", end="2017-11-15"),
    ev("preparation", "التحضير لهذه العملية انطلق منذ سنتين", "2015-11-01", "'منذ سنتين' from Tue 14 Nov 2017: preparation since about Nov 2015 up to the operation (my span)", end="2017-11-15"),
    ev("donor-surgery", "يخضع الأب المتبرع لطفلته حاليا للجراحة", "2017-11-14", "'حاليا' with 'منذ صباح اليوم' = the morning of Tue 14 Nov 2017"),
    ev("child-surgery", "على أن تنطلق عملية الطفلة في منتصف نهار اليوم", "2017-11-14", "'في منتصف نهار اليوم' = midday Tue 14 Nov 2017"),
])
art(S, "https://saheltv.tn/ar/%d9%86%d8%af%d9%88%d8%a9-%d8%b5%d8%ad%d9%81%d9%8a%d8%a9-%d8%ad%d9%88%d9%84-%d8%b9%d9%85%d9%84%d9%8a%d8%a9-%d8%b2%d8%b1%d8%b9-%d8%a7%d9%84%d9%83%d8%a8%d8%af-%d8%a7%d9%84%d8%aa%d9%8a-%d8%aa%d9%85%d8%aa",
    "2017-11-15", "the body's own 'اليوم الأربعاء 15نوفمبر 2017' (a Wednesday), kept in the text; headline rendered from the URL slug; the source line 'المصدر: الساحل تي في' and the empty 'على الساعة' dropped", True, """
ندوة صحفية حول أول عملية زرع كبد لطفل في تونس وشمال إفريقيا
احتضن المستشفى الجامعي فطومة بورقيبة بالمنستير اليوم الأربعاء 15نوفمبر 2017 ندوة صحفية خُصصت لعملية زرع الكبد التي أُجريت لطفل أمس في المستشفى.
وهذه العملية هي الأولى من نوعها في تونس وفي شمال إفريقيا.
وقال أحد الجراحين إنه يمكن اعتبار العملية ناجحة مبدئيا، في انتظار النتيجة النهائية في الأشهر القليلة القادمة.
""", [
    ev("press-conference", "اليوم الأربعاء 15نوفمبر 2017 ندوة صحفية", "2017-11-15", "'اليوم الأربعاء 15نوفمبر 2017' = Wed 15 Nov 2017"),
    ev("transplant", "التي أُجريت لطفل أمس في المستشفى", "2017-11-14", "'أمس' from Wed 15 = Tue 14 Nov 2017"),
    ev("success-assessment", "يمكن اعتبار العملية ناجحة مبدئيا", "2017-11-15", "no own expression; said at the press conference of Wed 15 Nov 2017", end="2017-11-16"),
    ev("final-result", "في انتظار النتيجة النهائية في الأشهر القليلة القادمة", "2017-11-16", "'في الأشهر القليلة القادمة' from Wed 15 Nov 2017: my span mid-Nov 2017 to end of Feb 2018", end="2018-03-01"),
])
art(S, "https://hakaia.net/health-and-beauty/item/312-2017-11-15-13-18-10.html?print=1&tmpl=component",
    "2017-11-15", "date and time in the URL '2017-11-15-13-18-10' (15 Nov 2017 was a Wednesday); the body's 'وتحقق أمس' (rendered 'تحقق أمس') for the transplant of Tue 14 Nov agrees; only the part of the page returned by the search was re-worded (its opening, with the speaker of the first sentence, was not seen; that sentence is rendered in the passive); headline written from the body; no date of its own in the text", False, """
المنستير: نجاح أول زرع كبد لطفل والأب المتبرع بصحة جيدة
وأفيد بأن العملية التي تواصلت لساعات عديدة تكللت بالنجاح وأن الوالد بصحة جيدة، في إنجاز يُحسب للأطباء التونسيين.
وبيّن الدكتور عبد اللطيف النوري، رئيس قسم جراحة الأطفال بالمستشفى، أن مشروع زرع الكبد للرضع والأطفال انطلق منذ 3 سنوات، وأن هذا المشروع تحقق أمس، إذ صار الفريق قادرا على إجراء هذا الصنف من العمليات التي تكلّف في الخارج نحو 150 ألف دينار.
ويُذكر أن عملية زرع الكبد للطفل أشرف عليها طاقم من 30 طبيبا وإطارا شبه طبي، في إطار بروتوكول اتفاق مع مستشفى نيكر للأطفال بباريس.
""", [
    ev("success-assessment", "تكللت بالنجاح وأن الوالد بصحة جيدة", "2017-11-14", "no own expression; the success announced after the transplant of Tue 14 Nov 2017, at the press conference of Wed 15 (my span 14-15 Nov)", end="2017-11-16"),
    ev("project-start", "مشروع زرع الكبد للرضع والأطفال انطلق منذ 3 سنوات", "2014-09-01", "'منذ 3 سنوات' from Wed 15 Nov 2017: about Nov 2014 (my span Sep 2014 - Jan 2015)", end="2015-02-01"),
    ev("transplant", "وأن هذا المشروع تحقق أمس", "2017-11-14", "'أمس' from Wed 15 = Tue 14 Nov 2017"),
])

# ---------------------------------------------------------------- somalia-conjoined-twins-rahma-ramla-transfer-2025
S = "somalia-conjoined-twins-rahma-ramla-transfer-2025"
art(S, "https://sonna.so/ar/%d8%a8%d8%b1%d8%b9%d8%a7%d9%8a%d8%a9-%d8%b3%d8%b9%d9%88%d8%af%d9%8a%d8%a9-%d9%86%d9%82%d9%84-%d8%aa%d9%88%d8%a3%d9%85%d8%aa%d9%8a%d9%86-%d8%b5%d9%88%d9%85%d8%a7%d9%84%d9%8a%d8%aa%d9%8a%d9%86-%d9%85",
    "2025-05-06", "the agency's dateline 'مقديشو – 6 مايو 2025 – (صونا)' at the head of the stored text (kept; 6 May 2025 was a Tuesday); headline rendered from the URL slug; the minister's quoted words re-worded as reported speech; the last, truncated words dropped", True, """
برعاية سعودية.. نقل توأمتين صوماليتين ملتصقتين إلى المملكة
مقديشو – 6 مايو 2025 – (صونا)- غادرت العاصمة مقديشو توأمتان صوماليتان ملتصقتان متجهتين إلى المملكة العربية السعودية، لتخضعا لعملية فصل دقيقة يتكفل بها بالكامل مركز الملك سلمان للإغاثة والأعمال الإنسانية، ضمن الجهود السعودية المتواصلة لدعم الحالات الإنسانية في الصومال.
وحضر مراسم الوداع في مطار آدم عدي الدولي عدد من المسؤولين الصوماليين يتقدمهم وزير الصحة في الحكومة الفيدرالية الدكتور علي حاجي آدم ووزيرة شؤون المرأة وتنمية حقوق الإنسان خديجة محمد المخزومي، إلى جانب نائب السفير السعودي لدى الصومال محمد البديري والمدير العام لمنظمة التعاون الإسلامي محمد بامبا.
وتبلغ التوأمتان رحمة فقي سيد ورملة فقي سيد ثلاثة أشهر من العمر، وقد وُلدتا في مستشفى "صومالي سوداني" بمقديشو ملتصقتين في منطقة المثانة، في حالة خلقية نادرة تستلزم تدخلا جراحيا متخصصا غير متاح داخل البلاد.
وأشاد وزير الصحة بجهود المملكة في دعم القطاع الصحي بالصومال، وشكر مركز الملك سلمان على تحمله كامل تكاليف علاج التوأمتين، وعبّر عن امتنان بلاده للمملكة قيادة وشعبا على هذا التدخل الإنساني.
""", [
    ev("mogadishu-departure", "غادرت العاصمة مقديشو توأمتان صوماليتان ملتصقتان", "2025-05-06", "no own expression but the dateline 'مقديشو – 6 مايو 2025' = Tue 6 May 2025", end="2025-05-07"),
    ev("farewell-ceremony", "وحضر مراسم الوداع في مطار آدم عدي الدولي", "2025-05-06", "no own expression; the farewell at the departure, Tue 6 May 2025 (the dateline)", end="2025-05-07"),
    ev("twins-birth", "وقد وُلدتا في مستشفى \"صومالي سوداني\" بمقديشو", "2025-01-20", "no own expression; 'ثلاثة أشهر من العمر' on Tue 6 May 2025: born about early Feb 2025 (my span 20 Jan - 25 Feb)", end="2025-02-25"),
    ev("minister-thanks", "وأشاد وزير الصحة بجهود المملكة", "2025-05-06", "no own expression; at the farewell of Tue 6 May 2025", end="2025-05-07"),
])
art(S, "https://tafaol.sa/62829",
    "2025-05-07", "no stamp on the stored page: the body's 'اليوم الأربعاء' for the arrival, the day after the twins left Mogadishu (sonna's dateline 'مقديشو – 6 مايو 2025'), = Wed 7 May 2025; headline written from the body; a garbled sentence of the page and the last, truncated sentence dropped; no date of its own in the text", False, """
وصول التوأم الملتصق الصومالي رحمة ورملا إلى الرياض
حطّ، اليوم الأربعاء، في مطار الملك خالد الدولي بالرياض التوأم الملتصق الصومالي "رحمة ورملا" قادما من الصومال برفقة أفراد من أسرته.
وخلال الساعات الماضية نُقل التوأم إلى مستشفى الملك عبدالله التخصصي للأطفال التابع لوزارة الحرس الوطني، حيث ستُقيّم حالته الطبية وتُدرس إمكانية فصله.
وعبّر المستشار بالديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية الدكتور عبدالله بن عبدالعزيز الربيعة عن بالغ شكره وامتنانه لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود وولي العهد الأمير محمد بن سلمان بن عبدالعزيز على هذه المبادرة الإنسانية النبيلة التي تعكس قيم المملكة الأصيلة في مساندة المحتاجين ورعاية المستضعفين.
وقال الربيعة إن هذا العمل يجسد نهج المملكة الشامل الذي لا يفرّق بين الناس على أساس العرق أو الدين، انطلاقا من رسالتها الدائمة في حماية الأرواح وصون الكرامة الإنسانية في كل مكان.
""", [
    ev("riyadh-arrival", "حطّ، اليوم الأربعاء، في مطار الملك خالد الدولي", "2025-05-07", "'اليوم الأربعاء' = Wed 7 May 2025"),
    ev("hospital-transfer", "وخلال الساعات الماضية نُقل التوأم إلى مستشفى", "2025-05-07", "'خلال الساعات الماضية' from Wed 7 May 2025, after the arrival of that day"),
    ev("rabeeah-thanks", "وعبّر المستشار بالديوان الملكي", "2025-05-07", "no own expression; his statement on the arrival, Wed 7 May 2025", end="2025-05-08"),
])
art(S, "https://www.ararnews.net/saudi/news826.html?amp=1",
    "2025-05-07", "no stamp on the stored page: the body's 'استقبل مطار الملك خالد الدولي بالرياض اليوم التوأم' reports the arrival of Wed 7 May 2025 (tafaol: 'اليوم الأربعاء', the day after the departure from Mogadishu of 6 May); headline written from the body; no date of its own in the text", False, """
مطار الملك خالد يستقبل التوأم الصومالي الملتصق رحمة ورملا
وصل إلى مطار الملك خالد الدولي بالرياض اليوم التوأم الصومالي الملتصق "رحمة ورملا" برفقة أسرته، قادما من جمهورية الصومال الفيدرالية.
وبعد هبوط الطائرة نُقل التوأم مباشرة إلى مستشفى الملك عبدالله التخصصي للأطفال التابع لوزارة الحرس الوطني لدراسة حالته وإمكانية فصله.
وأثنى الدكتور عبدالله بن عبدالعزيز الربيعة، المستشار بالديوان الملكي والمشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية، على هذا العمل الإنساني، وتوجه بالشكر لخادم الحرمين الشريفين وولي عهده على مبادرتهما الكريمة، مؤكدا أن هذه الجهود تعكس قيم المملكة الثابتة في دعم المحتاجين دون تمييز في اللون أو العرق أو الدين، وأن البرنامج السعودي لفصل التوائم الملتصقة صار نموذجا رائدا في العالم.
من جهتهما، شكر والدا التوأم الملك وولي العهد على حفاوة الاستقبال والدعم غير المحدود، كما شكرا القائمين على البرنامج على جهودهم الطبية في رعاية طفلتيهما.
""", [
    ev("riyadh-arrival", "وصل إلى مطار الملك خالد الدولي بالرياض اليوم", "2025-05-07", "'اليوم' = Wed 7 May 2025 (the publication day)"),
    ev("hospital-transfer", "وبعد هبوط الطائرة نُقل التوأم مباشرة", "2025-05-07", "no own expression; right after the landing of Wed 7 May 2025", end="2025-05-08"),
    ev("rabeeah-thanks", "وأثنى الدكتور عبدالله بن عبدالعزيز الربيعة", "2025-05-07", "no own expression; his statement on the arrival, Wed 7 May 2025", end="2025-05-08"),
    ev("parents-thanks", "شكر والدا التوأم الملك وولي العهد", "2025-05-07", "no own expression; on the arrival, Wed 7 May 2025", end="2025-05-08"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 290)
                            if i != 201 and i != 284
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

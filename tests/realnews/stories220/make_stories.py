"""Builds stories.jsonl: the 220-th evaluation set of real Arabic news stories (several articles per
story, from different outlets, published on different days), bodies re-worded sentence by sentence,
every date/time expression kept verbatim, gold events keyed across each story (same format and checks
as tests/realnews/stories120/make_stories.py and stories204). Domain: factory and company closures,
layoffs and bankruptcies, and workers' sit-ins over them (the American University of Beirut's mass
layoffs and the sit-in of the dismissed staff, Lebanon 2020; the closure of Saudi Oger, Saudi Arabia
2017; the sudden closure of the Sioen textile plant in Zaghouan, Tunisia 2025; the sit-in of the
technicians dismissed from the Attarat power plant, Jordan 2025; the court-ordered liquidation of the
SAMIR refinery, Morocco 2016). None of these stories is in the dev set or the other tests/realnews/*
sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- lebanon-aub-mass-layoffs-2020
S = "lebanon-aub-mass-layoffs-2020"
art(S, "https://akhbaroukom.com/2020/07/17/%D8%A7%D9%84%D8%AC%D8%A7%D9%85%D8%B9%D8%A9-%D8%A7%D9%84%D8%A3%D9%85%D9%8A%D8%B1%D9%83%D9%8A%D8%A9-%D8%AA%D8%B5%D8%B1%D9%81-1000-%D9%85%D9%88%D8%B8%D9%81-%D9%88%D8%A7%D9%84%D9%82%D9%88%D9%89-%D8%A7/",
    "2020-07-17", "date in the URL '/2020/07/17/' (a Friday), the day AUB's medical centre handed out the dismissal letters (the body's 'اليوم'); the credit 'رصد أخباركم', the tags and the page furniture dropped; no date of its own in the text", False, """
الجامعة الأميركية تصرف 1000 موظف وسط احتجاجات شعبية والقوى الأمنية تطوّق المكان
في خطوة مباغتة لم تكن متوقعة من صرح بهذا الحجم، أنهت الجامعة الأميركية اليوم خدمات نحو 1000 موظف، بينهم موظفون أمضوا في الخدمة أكثر من 40 عاماً.
واستدعت إدارة المستشفى القوى الأمنية لتلاوة قرار إنهاء الخدمات، تحسّباً لأي ردة فعل طبيعية متوقعة من الموظفين.
واحتشد آلاف الأشخاص عند مداخل المستشفى في وقفة احتجاجية تضامناً مع الموظفين المفصولين من أعمالهم، فيما بدا واضحاً تطويق القوى الأمنية للمبنى.
وقالت إحدى الموظفات لمراسل قناة LBCI إن الإدارة تتذرّع بعجزها عن دفع الرواتب، بينما الحقيقة أن المستشفى قادر ولم يتأثر بالأزمة، ويستفيد من تحويلات الدولة بالدولار ومن دعم مؤسسات أميركية.
وقال موظف آخر والدموع في عينيه: "يا ويلهم من الله، بعد 41 سنة؟ هيك بدون سبب؟".
ويُذكر أن سفيرة الولايات المتحدة في لبنان دوروثي شيا كانت قد أعلنت مرات عدة، مباشرة وفي تقارير مصوّرة، أن الحكومة الأميركية رصدت أموالاً لدعم الجامعة الأميركية لتجاوز محنة كورونا.
""", [
    ev("layoffs", "أنهت الجامعة الأميركية اليوم خدمات نحو 1000 موظف", "2020-07-17", "'اليوم' = Fri 17 Jul 2020 (the URL day; the dismissal letters were handed out that morning)"),
    ev("security-called", "واستدعت إدارة المستشفى القوى الأمنية", "2020-07-17", "no own expression; the same morning, Fri 17 Jul 2020"),
    ev("gate-protest", "واحتشد آلاف الأشخاص عند مداخل المستشفى", "2020-07-17", "no own expression; the same day, Fri 17 Jul 2020"),
])
art(S, "https://elmarada.org/%d8%a7%d8%b9%d8%aa%d8%b5%d8%a7%d9%85-%d9%84%d9%85%d9%88%d8%b8%d9%81%d9%8a-%d8%a7%d9%84%d8%ac%d8%a7%d9%85%d8%b9%d8%a9-%d8%a7%d9%84%d8%a7%d9%85%d9%8a%d8%b1%d9%83%d9%8a%d8%a9-%d8%a7%d9%84%d9%85%d8%b5/",
    "2020-07-23", "page stamp 'تاريخ النشر July 23, 2020' above the headline (kept as first line); 23 Jul 2020 was a Thursday, the day of the sit-in the body reports 'في هذه الاثناء'; the weather widget 'Beirut weather 19.41 ° C' and the font buttons dropped", True, """
تاريخ النشر July 23, 2020
اعتصام لموظفي الجامعة الاميركية المصروفين
ينفّذ الموظفون المصروفون من الجامعة الأميركية في بيروت، في هذه الاثناء، اعتصاماً أمام مدخل المستشفى، تلبية لدعوة لجنة المتابعة لعمال وموظفي الجامعة الأميركية في بيروت والاتحاد الوطني لنقابات العمال والمستخدمين في لبنان، احتجاجاً على "طردهم من العمل"، ودفاعاً عن حق العمل ورفضاً لسياسات الصرف التعسفي.
وقطع المعتصمون الطريق أمام السيارات، باستثناء سيارات الإسعاف المتجهة إلى طوارئ مستشفى الجامعة الأميركية.
""", [
    ev("sit-in", "ينفّذ الموظفون المصروفون من الجامعة الأميركية في بيروت، في هذه الاثناء، اعتصاماً", "2020-07-23", "'في هذه الاثناء' = the publication day, Thu 23 Jul 2020 (the stamp)"),
    ev("layoffs", "احتجاجاً على \"طردهم من العمل\"", "2020-07-17", "no own expression; the dismissals of Fri 17 Jul 2020 (the other articles: 'اليوم' on the 17th)"),
    ev("road-blocked", "وقطع المعتصمون الطريق أمام السيارات", "2020-07-23", "no own expression; during the sit-in, Thu 23 Jul 2020"),
])
art(S, "https://beta.al-akhbar.com/Lebanon/291882/اعتصام-مصروفي-الأميركي-ة-يتحو-ل-إلى-وقفة-رمزي-",
    "2020-07-24", "no stamp or URL date in the stored page: fixed by the body's 'أمس' for the sit-in of the dismissed staff called by the follow-up committee and the national federation of unions, which took place on Thu 23 Jul 2020 (elmarada's stamped report of it 'في هذه الاثناء'): so Fri 24 Jul 2020; headline rendered from the URL slug; no date of its own in the text", False, """
اعتصام مصروفي الأميركية يتحوّل إلى وقفة رمزية
نفّذ المصروفون من مستشفى الجامعة الأميركية في بيروت، أمس، اعتصاماً أمام مركزها الطبي، بدعوة من لجنة المتابعة لعمال وموظفي الجامعة والاتحاد الوطني لنقابات العمال والمستخدمين في لبنان.
ولم ينجح الاعتصام في حشد عدد كافٍ من العمال أو المتضامنين، في ظل خشية المصروفين من إجراءات تعسفية قد تطال تعويضاتهم "الموعودة" من الإدارة، وسعي الأخيرة إلى كسر الإجماع حول هذه القضية الحقوقية.
وتحوّل التحرك إلى وقفة احتجاجية رمزية رفع خلالها المصروفون الصوت والهتافات دفاعاً عن حقوق جميع العمال، وسط غياب لافت لعدد كبير من وسائل الإعلام عن التغطية.
ويُذكر أن الاتحاد واللجنة ومحامين متطوعين باشروا دراسة الملفات وجمع التوكيلات اللازمة من أصحاب القضية، تمهيداً لتقديم شكوى جماعية أمام وزارة العمل.
كما دعا تجمّع موظفي الجامعة الأميركية إلى مؤتمر صحافي يُعقد العاشرة صباح اليوم في "المفكرة القانونية"، "للتطرق إلى الأسباب الكامنة وراء قرار الصرف التعسفي للموظفين وتشريد عائلاتهم"، بحسب الدعوة.
""", [
    ev("sit-in", "نفّذ المصروفون من مستشفى الجامعة الأميركية في بيروت، أمس، اعتصاماً", "2020-07-23", "'أمس' before Fri 24 = Thu 23 Jul 2020"),
    ev("press-conference", "إلى مؤتمر صحافي يُعقد العاشرة صباح اليوم", "2020-07-24", "'العاشرة صباح اليوم' = 10:00 on Fri 24 Jul 2020"),
    ev("layoffs", "قرار الصرف التعسفي للموظفين", "2020-07-17", "no own expression; the dismissals of Fri 17 Jul 2020"),
    ev("files-collected", "باشروا دراسة الملفات وجمع التوكيلات اللازمة", "2020-07-18", "no own expression; between the dismissals (17 Jul) and the publication day (my span 18-24 Jul 2020)", end="2020-07-25"),
])

# ---------------------------------------------------------------- saudi-oger-closure-2017
S = "saudi-oger-closure-2017"
UNPAID = ("2015-11-01", "2017-06-18")  # salaries stopped from late 2015 (another report: 'تشرين الثاني/ نوفمبر 2015')
art(S, "http://thenewkhalij.news/node/71539",
    "2017-06-17", "page stamp 'السبت 17 يونيو 2017 08:06 ص' under the headline (kept as first line, after it the headline); 17 Jun 2017 was a Saturday; body 'وأمس' for the labour ministry's statement of Fri 16 Jun agrees", True, """
السبت 17 يونيو 2017 08:06 ص
«سعودي أوجيه» تقرر إغلاق أبوابها وتسريح عمالها نهاية يونيو
تغلق شركة «سعودي أوجيه»، المملوكة لرئيس الحكومة اللبنانية «سعد الحريري»، أبوابها مع نهاية الشهر الجاري.
وأفاد موظفون في الشركة العاملة في السوق السعودية بأنه تقرّر تسريح جميع الموظفين وإغلاق أبواب الشركة في نهاية يونيو/ حزيران الجاري، وفق «الفرنسية».
وسيجد آلاف من موظفي الشركة، ولا سيما الأجانب منهم، أنفسهم في وضع صعب لعدم تقاضيهم رواتبهم على مدى أشهر.
وقال موظف في الشركة، طلب عدم كشف اسمه: «طُلب من الموظفين تقديم كتاب إنهاء خدمات (استقالة)، وقد أُبلغوا منذ بعض الوقت بأن عليهم مغادرة الشركة قبل نهاية يونيو/ حزيران الجاري».
من جهته، أكد موظف سابق يُدعى «روبير» أنه ينتظر الحصول على 39 ألف يورو، هي مجموع الرواتب التي لم تدفعها له «سعودي أوجيه»، مضيفاً أنه بعد «أسبوعين لن يعود هناك سعودي أوجيه».
وأمس، أعلنت وزارة العمل السعودية، في بيان، أنها تعمل على «نقل 600 سعودي في (سعودي أوجيه) إلى منشآت وطنية أخرى».
""", [
    ev("closure", "أبوابها مع نهاية الشهر الجاري", "2017-07-31", "'مع نهاية الشهر الجاري' = end of June 2017 by the text, but the company's own letter of 1 Jun set Mon 31 Jul 2017 as its last working day (the other article); the gold is the real last day, 31 Jul"),
    ev("employees-reveal", "وأفاد موظفون في الشركة العاملة في السوق السعودية", "2017-06-16", "no own expression; the employees spoke to AFP on Fri 16 Jun 2017 (the other article: 'أمس الأول (الجمعة)')"),
    ev("unpaid-salaries", "لعدم تقاضيهم رواتبهم على مدى أشهر", UNPAID[0], "'على مدى أشهر': unpaid since late 2015 (outside knowledge: pay stopped around November 2015) until the publication day (my span)", end=UNPAID[1]),
    ev("ministry-statement", "أعلنت وزارة العمل السعودية، في بيان", "2017-06-16", "'وأمس' before Sat 17 = Fri 16 Jun 2017"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=7171832",
    "2017-06-18", "no stamp or URL date in the stored page: fixed by the body's 'أمس الأول (الجمعة)' for the employee's statement to AFP, made on Fri 16 Jun 2017 (thenewkhalij's stamped report of Sat 17 Jun: the employees revealed it the day before): so Sun 18 Jun 2017; the source's 'في نهاية القادم' (a word missing) re-worded as 'ستغلق وستنهي أعمالها'; the truncated last sentence dropped; no date of its own in the text", False, """
كشفت مصادر مقرّبة وموظفون في شركة «سعودي أوجيه» أن الشركة قررت تسريح موظفيها وإغلاق أبوابها في نهاية شهر يوليو القادم.
وقال موظف في الشركة لوكالة فرانس برس، طالباً عدم كشف اسمه، أمس الأول (الجمعة): «طُلب من الموظفين تقديم كتاب إنهاء خدمات، وقد أُبلغوا منذ بعض الوقت بأن عليهم مغادرة الشركة قبل نهاية يوليو القادم».
وأكد موظف سابق في الشركة، اكتفى بالتعريف عن نفسه باسمه الأول «روبير»، أنه ينتظر تقاضي 39 ألف يورو، هي مجموع الرواتب التي لم تدفعها له «سعودي أوجيه»، وقال لفرانس برس إن الشركة ستغلق وستنهي أعمالها.
وأفاد مصدر قريب من الملف لفرانس برس بأن الموظفين لديهم عقود عمل في جدة لكن لا شيء غيرها.
ويأتي ذلك فيما وزّعت «سعودي أوجيه» على جميع منسوبيها وموظفيها خطاباً مؤرخاً في 2017/6/1، يفيد بأن 2017/7/31 هو آخر يوم عمل للشركة، ويتضمن مدة الإخطار المنصوص عليها في نظام العمل.
وكانت وزارة العمل والتنمية الاجتماعية قد ذكرت، في بيان على موقع التواصل الاجتماعي «تويتر»، أنها تعمل على نقل 600 سعودي في الشركة إلى منشآت أخرى، وتوجيه صندوق تنمية الموارد البشرية (هدف) إلى إيجاد فرص عمل مناسبة للسعوديين الآخرين.
""", [
    ev("employees-reveal", "وقال موظف في الشركة لوكالة فرانس برس", "2017-06-16", "'أمس الأول (الجمعة)' before Sun 18 = Fri 16 Jun 2017"),
    ev("closure", "يفيد بأن 2017/7/31 هو آخر يوم عمل للشركة", "2017-07-31", "'2017/7/31' = Mon 31 Jul 2017"),
    ev("closure-letter", "خطاباً مؤرخاً في 2017/6/1", "2017-06-01", "'2017/6/1' = Thu 1 Jun 2017 (the date of the letter)"),
    ev("unpaid-salaries", "الرواتب التي لم تدفعها له «سعودي أوجيه»", UNPAID[0], "no own expression; unpaid since late 2015 until the publication day (my span)", end=UNPAID[1]),
    ev("ministry-statement", "قد ذكرت، في بيان على موقع التواصل الاجتماعي «تويتر»", "2017-06-16", "no own expression; the ministry's tweet of Fri 16 Jun 2017 (the other article: 'وأمس' on Sat 17)"),
])

# ---------------------------------------------------------------- tunisia-sioen-zaghouan-factory-closure-2025
S = "tunisia-sioen-zaghouan-factory-closure-2025"
art(S, "https://www.babnet.net/cadredetail-315164.asp",
    "2025-09-20", "page stamp 'date 2025-09-20' and 'Publié le Samedi 20 Septembre 2025 - 12:45' (the first kept as first line); 20 Sep 2025 was a Saturday; body 'ليلة امس الجمعة' (Fri 19) agrees; the image tag and the 'Latest update' line dropped; the truncated end of the company's quote cut at 'الضغط على الأسعار'", True, """
2025-09-20
زغوان: غلق مصنع المنسوجات التقنية "سيون" بالجهة وإحالة 250 عاملاً وعاملة على البطالة
عاش مصنع المنسوجات التقنية "سيون" بزغوان، ليلة امس الجمعة، حالة من الاحتقان في صفوف العمال، إثر قرار اتخذته إدارة المصنع يقضي بغلق المؤسسة بسبب "صعوبات مالية" تمر بها، ما أشاع جواً من الفوضى والتوتر بين العاملين داخل المصنع وفي محيطه إلى ساعة متأخرة من الليل.
وصرّح الكاتب العام للاتحاد الجهوي للشغل حمادي النحالي لصحفي "وات" بأن قرار أصحاب المؤسسة (وهي أجنبية مصدّرة كلياً) جاء "مفاجئاً وأحادياً، ولم يراعِ الضوابط الشغلية والتمشي القانوني المرحلي المعمول به في مثل هذه الحالات"، كإحالة عدد من العمال على البطالة الفنية أو تسريح بعضهم وفق الإجراءات المنصوص عليها بمجلة الشغل، مبيناً أن "250 عاملاً وعاملة سيُحالون بمقتضى هذا القرار على البطالة الإجبارية".
وأوضحت إدارة المؤسسة، في رد كتابي خصّت به "وات"، أن مجموعة "سيون" قررت إغلاق موقع الإنتاج التابع لها في زغوان "بسبب المنافسة الدولية المتزايدة والضغط على الأسعار".
""", [
    ev("closure-decision", "إثر قرار اتخذته إدارة المصنع يقضي بغلق المؤسسة", "2025-09-19", "'ليلة امس الجمعة' = the evening of Fri 19 Sep 2025 (the workers learnt it at the end of the shift)"),
    ev("night-unrest", "حالة من الاحتقان في صفوف العمال", "2025-09-19", "'ليلة امس الجمعة' = Fri 19 Sep 2025, into the night"),
    ev("union-statement", "وصرّح الكاتب العام للاتحاد الجهوي للشغل حمادي النحالي", "2025-09-19", "no own expression; to TAP between the night of Fri 19 and the publication on Sat 20 Sep 2025 (my span 19-20)", end="2025-09-21"),
    ev("company-reply", "في رد كتابي خصّت به \"وات\"", "2025-09-19", "no own expression; the written reply to TAP, between Fri 19 and Sat 20 Sep 2025 (my span 19-20)", end="2025-09-21"),
])
art(S, "https://www.arabesque.tn/ar/article/print/129399/%D8%B2%D8%BA%D9%88%D8%A7%D9%86-%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC%D8%A7%D8%AA-%D8%B9%D9%85-%D8%A7%D9%84-%D9%85%D8%B5%D9%86%D8%B9-%D8%B3%D9%8A%D9%88%D9%86-%D8%A8%D8%B9%D8%AF-%D8%A5%D8%AD%D8%A7%D9%84%D8%A9-200-%D8%B9%D8%A7%D9%85%D9%84-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%A8%D8%B7%D8%A7%D9%84%D8%A9",
    "2025-09-20", "no stamp or URL date in the stored (print) page: the body's own 'اليوم السبت 20 سبتمبر 2025' for the workers' march (20 Sep 2025 was a Saturday; babnet's stamped report of the closure the night before agrees); headline rendered from the URL slug", True, """
زغوان: احتجاجات عمّال مصنع "سيون" بعد إحالة 200 عامل على البطالة
نظّم عمّال مصنع النسيج "سيون" بزغوان اليوم السبت 20 سبتمبر 2025 مسيرة احتجاجية، رفضاً لقرار غلق المنشأة الصناعية بصفة نهائية وما يترتب عليه من إحالة أكثر من 200 عامل على البطالة.
ويأتي هذا التحرك إثر إعلان مفاجئ من المستثمر البلجيكي صاحب المصنع الموجّه للتصدير، قرّر فيه إيقاف نشاطه كلياً، رغم أن المصنع ظل يعمل بانتظام على مدى 25 عاماً.
وتوجّه المحتجون إلى مقر ولاية زغوان مطالبين السلط الجهوية بالتدخل العاجل لإيجاد حلول تحفظ مواطن شغلهم وتضمن استمرار المؤسسة.
وأكدت العاملات المحتجات، في مقطع فيديو، أن المصنع ما زال يشتغل بشكل عادي ولم يعرف أي توقف عن الإنتاج، متمسكات باستئناف نشاطه ورافضات لأي بدائل قد تُعرض عليهن.
""", [
    ev("march", "اليوم السبت 20 سبتمبر 2025 مسيرة احتجاجية", "2025-09-20", "'اليوم السبت 20 سبتمبر 2025' = Sat 20 Sep 2025"),
    ev("closure-decision", "إثر إعلان مفاجئ من المستثمر البلجيكي", "2025-09-19", "no own expression; the closure announced at the end of the shift on Fri 19 Sep 2025 (the other articles: 'ليلة امس الجمعة', 'يوم 19 سبتمبر')"),
    ev("governorate-visit", "وتوجّه المحتجون إلى مقر ولاية زغوان", "2025-09-20", "no own expression; during the march, Sat 20 Sep 2025"),
])
art(S, "https://m.jawharafm.net/ar/article/%D8%A8%D8%B9%D8%AF-%D8%BA%D9%84%D9%82-%D9%85%D8%B5%D9%86%D8%B9-%D9%81%D9%8A-%D8%B2%D8%BA%D9%88%D8%A7%D9%86-%D8%A8%D8%B4%D9%83%D9%84-%D9%81%D8%AC%D8%A6%D9%8A-230-%D8%B9%D8%A7%D9%85%D9%84%D8%A9-%D8%AF%D9%88%D9%86-%D9%85%D9%88%D8%B1%D8%AF-%D8%B1%D8%B2%D9%82-%D9%88%D9%81%D9%8A-%D9%88%D8%B6%D8%B9%D9%8A%D8%A9-%D8%B5%D8%B9%D8%A8%D8%A9-%D9%81%D9%8A%D8%AF%D9%8A%D9%88/105/281983",
    "2025-09-26", "page stamp '2025/09/26 07:46' (a Friday) under the breadcrumbs 'أخبار / وطنية', not kept in the text; the '(فيديو)' tag of the headline and the truncated last sentence dropped; no date of its own in the text", False, """
بعد غلق مصنع في زغوان بشكل فجئي: 230 عاملاً وعاملة دون مورد رزق وفي وضعية صعبة
عرف مصنع المنسوجات التقنية "سيون" بزغوان، مؤخّرًا، حالة من الاحتقان في صفوف العمال، إثر قرار من إدارته بغلق المؤسسة بصفة فجئية ونهائية بسبب "صعوبات مالية"، ما خلق جواً من الفوضى والتوتر بين العاملين البالغ عددهم 230 عاملاً وعاملة.
وفي هذا الإطار، قالت شريفة الحاج صلاح، إحدى العاملات المتضررات من الغلق، في مداخلة هاتفية ضمن برنامج "صباح الورد" على الجوهرة أف أم، إن "المصنع أُغلق يوم 19 سبتمبر بشكل فجئي بعد انتهاء ساعات العمل ودون إعلام مسبق".
وأوضحت أن وضعية العمال صعبة، وأن كثيرين منهم يرزحون تحت الديون والقروض ولا يملكون أي حلول بديلة لإعالة عائلاتهم، مشددة على أن "العمال أُحيلوا على البطالة بقرار فجئي وهم الآن في حالة صدمة".
من جهته، أفاد الكاتب العام للاتحاد الجهوي للشغل بزغوان، حمادي النحالي، في مداخلة هاتفية في البرنامج، بأن "قرار الغلق جاء بشكل فجئي وأحادي دون احترام للإجراءات القانونية المنصوص عليها بمجلة الشغل".
""", [
    ev("closure-decision", "المصنع أُغلق يوم 19 سبتمبر", "2025-09-19", "'يوم 19 سبتمبر' = Fri 19 Sep 2025"),
    ev("night-unrest", "حالة من الاحتقان في صفوف العمال", "2025-09-19", "'مؤخّرًا': the unrest of the night of Fri 19 Sep 2025 (babnet: 'ليلة امس الجمعة')"),
    ev("radio-interviews", "في مداخلة هاتفية ضمن برنامج \"صباح الورد\"", "2025-09-25", "no own expression; the morning show heard before the item was posted at 07:46 on Fri 26 Sep 2025 (my span 25-26 Sep)", end="2025-09-27"),
])
art(S, "https://lexpertjournal.net/2025/09/26/%d8%a5%d8%ba%d9%84%d8%a7%d9%82-%d8%b5%d8%a7%d8%af%d9%85-%d9%85%d8%b5%d9%86%d8%b9-%d8%b3%d9%8a%d9%88%d9%86-%d8%a8%d8%b2%d8%ba%d9%88%d8%a7%d9%86-%d9%8a%d8%b7%d8%b1%d8%af-230-%d8%b9%d8%a7%d9%85",
    "2025-09-26", "date in the URL '/2025/09/26/' (a Friday); the section heads 'صدمة العمال', 'اعتراض نقابي', 'موقف الإدارة' and the truncated end of the last sentence dropped; headline rendered from the (truncated) URL slug; no date of its own in the text", False, """
إغلاق صادم لمصنع "سيون" بزغوان يطرد 230 عاملاً
شهد مصنع المنسوجات التقنية "سيون" بزغوان احتقاناً غير مسبوق بعد أن قررت إدارته غلق أبوابه نهائياً وبصفة مفاجئة بدعوى "صعوبات مالية"، ما ألقى بنحو 230 عاملاً وعاملة في دوامة البطالة والصدمة.
وتقول إحدى العاملات المتضررات إن الغلق تم يوم 19 سبتمبر مباشرة بعد انتهاء الدوام "دون أي إشعار مسبق"، مؤكدة أن كثيراً من العمال مثقلون بالديون والقروض ويعجزون عن إيجاد بدائل لإعالة أسرهم.
من جهته، وصف حمادي النحالي، الكاتب العام للاتحاد الجهوي للشغل بزغوان، الخطوة بأنها "أحادية وغير قانونية"، موضحاً أن إدارة المصنع أودعت مطلب غلق استناداً إلى الفصل 21 من مجلة الشغل بحجة صعوبات اقتصادية، "لكن الواقع لا يعكس ذلك".
وأضاف النحالي أن مفاوضات أولية أفضت إلى اتفاق مبدئي يقضي بمنح نهاية خدمة شهرية عن كل سنة أقدمية مع مكافأة عن الإعلام بالطرد، غير أن الاتفاق لن يصبح نافذاً إلا بعد مصادقة اللجنة الثلاثية الرسمية.
في المقابل، أوضحت مجموعة "سيون" أن القرار جاء نتيجة المنافسة الدولية الحادة والضغط المتزايد على الأسعار من قبل المنتجين الآسيويين.
""", [
    ev("closure-decision", "الغلق تم يوم 19 سبتمبر", "2025-09-19", "'يوم 19 سبتمبر' = Fri 19 Sep 2025"),
    ev("closure-filing", "أودعت مطلب غلق استناداً إلى الفصل 21", "2025-09-19", "no own expression; the request was filed on 19 Sep 2025 (another report of the same worker: 'أودعت مطلب غلق يوم 19 سبتمبر')"),
    ev("preliminary-deal", "أفضت إلى اتفاق مبدئي", "2025-09-20", "no own expression; between the closure and the publication day (my span 20-26 Sep 2025)", end="2025-09-27"),
    ev("company-reply", "أوضحت مجموعة \"سيون\" أن القرار", "2025-09-19", "no own expression; the group's written explanation to TAP of 19-20 Sep 2025 (babnet, 20 Sep; my span 19-20)", end="2025-09-21"),
])

# ---------------------------------------------------------------- jordan-attarat-technicians-sit-in-2025
S = "jordan-attarat-technicians-sit-in-2025"
FIRED = ("2025-10-01", "2025-11-09")  # the dismissals came before the sit-in; no source gives their day
art(S, "https://watananews.com/491877/",
    "2025-11-10", "page stamp 'date 2025-11-10' at the head of the stored text (kept as first line); 10 Nov 2025 was a Monday; body 'صباح امس' for the sit-in of Sun 9 Nov agrees (a week before the reports of Sun 16 Nov: 'مرّ أسبوع'); the dateline 'وطنا اليوم:' dropped", True, """
2025-11-10
أكد الناطق الإعلامي باسم وزارة العمل محمد الزيود أن الوزارة تتابع تفاصيل مطالب عدد من العمال الأردنيين العاملين لدى إحدى شركات المقاولات المتعاقدة مع شركة هندية تعمل في موقع العطارات.
وأضاف أن وزير العمل وجّه مديريتي علاقات العمل والتفتيش المركزية في الوزارة إلى متابعة الشكوى بشكل مباشر وإرسال فريق تفتيش لزيارة موقع الشركة.
وشهد محيط وزارة العمل صباح امس اعتصاماً سلمياً وحضارياً نظّمه عدد من الفنيين الأردنيين الذين فُصلوا من مشروع محطة العطارات، بعد استبدالهم بعمالة وافدة، بحسب ما أكده المشاركون في الاعتصام.
وانطلقت فعاليات الاعتصام عند الساعة الثامنة والنصف صباحاً، ورفع خلالها الفنيون لافتات تطالب بالإنصاف وبإعادة النظر في قرار الاستغناء عن خدماتهم، مؤكدين أنهم أمضوا سنوات من العمل المتواصل في المشروع وأسهموا بخبراتهم وكفاءتهم في تشغيله منذ بداياته.
وقال المشاركون إنهم فوجئوا بقرارات الفصل من دون مبررات مهنية واضحة، معتبرين أن استبدال الكوادر المحلية بخبرات أجنبية يضر بسوق العمل الأردني ويخالف روح الدعم الوطني للعمالة المحلية.
""", [
    ev("sit-in", "وشهد محيط وزارة العمل صباح امس اعتصاماً سلمياً", "2025-11-09", "'صباح امس' before Mon 10 = the morning of Sun 9 Nov 2025 (from 08:30)"),
    ev("ministry-follow-up", "وجّه مديريتي علاقات العمل والتفتيش المركزية", "2025-11-09", "no own expression; the minister's instruction after the sit-in, Sun 9 or Mon 10 Nov 2025 (my span)", end="2025-11-11"),
    ev("dismissals", "فوجئوا بقرارات الفصل", FIRED[0], "no own expression; the dismissals came before the sit-in of 9 Nov 2025, on a day no source gives (my loose span Oct - 9 Nov 2025)", end=FIRED[1]),
])
art(S, "https://almasdar24.news/News/14913.html",
    "2025-11-16", "aggregator page stamp 'اليوم الأحد 16 نوفمبر 2025 10:25 صباحاً' (16 Nov 2025 was a Sunday), not kept in the text; the body's 'مرّ أسبوع كامل' after the sit-in of Sun 9 Nov agrees; the aggregator's lead-in ('نعرض لكم زوارنا...'), the credit 'المصدر 24 - جو 24' and the hashtag '#عاجل' of the headline dropped; no date of its own in the text", False, """
بعد أسبوع من اعتصام فنيي العطارات… وعود "العمل" تراوح مكانها ولا حلول على الأرض
مرّ أسبوع كامل على الاعتصام السلمي الذي نفّذه الفنيون المفصولون من مشروع العطارات أمام وزارة العمل، احتجاجاً على قرار إنهاء خدماتهم واستبدالهم بعمالة أجنبية، من دون أي مبررات مهنية واضحة أو شفافة.
ورغم اللقاءات التي جمعت ممثلي المعتصمين بمسؤولي وزارة العمل، ورغم الوعود التي أُطلقت بمتابعة الملف والتدخل لإعادة الحقوق إلى أصحابها، لم يتحقق شيء فعلياً حتى الآن.
ولم يخرج المعتصمون إلا بمزيد من التصريحات الهادئة التي لا تتجاوز حدود الورق، فيما تبقى معاناتهم اليومية قائمة بلا أفق ولا ضمانات.
ويؤكد الفنيون أن الاعتصام الذي امتد لأيام كان نموذجاً في السلمية والانضباط، وأنهم لم يطالبوا إلا بحقهم المشروع في العودة إلى وظائف قضوا فيها سنوات وهم يعملون بكفاءة شهد لها القاصي والداني.
""", [
    ev("sit-in", "مرّ أسبوع كامل على الاعتصام السلمي", "2025-11-09", "'مرّ أسبوع كامل' before Sun 16 = Sun 9 Nov 2025 (watananews: 'صباح امس' on Mon 10)"),
    ev("dismissals", "قرار إنهاء خدماتهم", FIRED[0], "no own expression; before the sit-in of 9 Nov 2025 (my loose span)", end=FIRED[1]),
    ev("ministry-meetings", "ورغم اللقاءات التي جمعت ممثلي المعتصمين بمسؤولي وزارة العمل", "2025-11-09", "no own expression; in the week between the sit-in and the publication day (my span 9-16 Nov 2025)", end="2025-11-17"),
    ev("sit-in-days", "الاعتصام الذي امتد لأيام", "2025-11-09", "'امتد لأيام' from Sun 9 Nov 2025 (my span 9-12 Nov)", end="2025-11-13"),
])

# ---------------------------------------------------------------- morocco-samir-refinery-liquidation-2016
S = "morocco-samir-refinery-liquidation-2016"
HALT = ("2015-08-05", "2015-08-07")  # production stopped on 5 or 6 Aug 2015 (sources differ)
art(S, "http://yahayamin.blogspot.com/2016/03/21.html",
    "2016-03-14", "the blog URL '/2016/03/' and the body's own 'اليوم الاثنين 14 مارس الجاري' (14 Mar 2016 was a Monday, the hearing where the court took the case into deliberation until 21 Mar)", True, """
المحكمة التجارية بالبيضاء تؤجل الحكم في قضية شركة سامير إلى غاية 21 مارس
علمنا من مصادر حقوقية أن المحكمة التجارية بالدار البيضاء قررت اليوم الاثنين 14 مارس الجاري تأجيل الحكم في قضية مصفاة شركة سامير إلى غاية 21 مارس الجاري، ويُنتظر أن تعلن الهيئة القضائية إما الرقابة على الشركة أو الدخول في التصفية القضائية للشركة.
ويُذكر أن رئيس المحكمة التجارية بالدار البيضاء أقرّ بعدم قدرة المحكمة على النظر في طلب التسوية الودية الذي تقدمت به شركة "سامير"، في غياب اتفاق مع الدائنين.
وأفادت الجبهة المحلية لمتابعة أزمة سامير بأنها ستقدم شكاية مباشرة لدى الوكيل العام للملك بمحكمة الاستئناف بالدار البيضاء ضد المدير العام لشركة "سامير" جمال باعامر ومدراء الأقطاب وباقي المسؤولين الذين تسببوا في إفلاس المصفاة، بتهم اختلاس أموال الشركة وتبديدها ودفعها إلى الإفلاس وتوزيع أرباح وهمية، فضلاً عن التزوير في حساباتها.
وأكد بلاغ صادر عن الجبهة أنها ستشكّل فريقاً من المحامين والمحاميات لنصرة العمال في الدفاع عن حقوقهم، ورفع دعوى قضائية ضد كل الأطراف التي تسببت في هذه الكارثة وألحقت الضرر بالشغيلة والمدينة والوطن.
""", [
    ev("deliberation", "قررت اليوم الاثنين 14 مارس الجاري تأجيل الحكم", "2016-03-14", "'اليوم الاثنين 14 مارس الجاري' = Mon 14 Mar 2016"),
    ev("liquidation-verdict", "إلى غاية 21 مارس الجاري", "2016-03-21", "'21 مارس الجاري' = Mon 21 Mar 2016 (the verdict was indeed given that day)"),
    ev("front-statement", "وأكد بلاغ صادر عن الجبهة", "2016-03-13", "no own expression; the front's statement around the hearing of Mon 14 Mar 2016 (my span 13-14)", end="2016-03-15"),
])
art(S, "https://alaoual.com/economy/13127.html",
    "2016-03-21", "no stamp or URL date in the stored page: fixed by the body's 'هذا الصباح' for the commercial court's liquidation ruling, given on the morning of Mon 21 Mar 2016 ('أسبوعا واحدا بعد' the deliberation of Mon 14 Mar; another outlet: 'الإثنين 21 مارس 2016'); headline taken from the page's closed-comments line; the 'شاهد أيضًا' teaser dropped; no date of its own in the text", False, """
المحكمة التجارية بالبيضاء تقضي بالتصفية القضائية لشركة "سامير"
أصدرت غرفة المشورة بالمحكمة التجارية في الدار البيضاء، هذا الصباح، حكمها النهائي بالتصفية القضائية لشركة «سامير».
وجاء هذا الحكم، الذي لم يكن مفاجئاً، أسبوعاً واحداً بعد دخول قضية «سامير» إلى المداولة، وهي القضية التي شغلت الأوساط المالية والسياسية أيضاً لما يزيد عن ثمانية أشهر.
وكانت شركة «سامير»، عبر مالكها محمد حسين العامودي، قد تقدمت بطلب الصلح لتسوية وضعيتها، ما دفع رئيس المحكمة التجارية بالدار البيضاء إلى الأمر بإنجاز خبرة مالية أُسندت إلى ثلاثة خبراء ماليين عكفوا على ملف سامير خلال الشهرين الماضيين، وخلصوا في تقريرهم إلى وجود صعوبات مالية كبيرة لدى الشركة.
وأمام هذا المعطى، انتهى رئيس المحكمة التجارية بدوره إلى استحالة قبول طلب الصلح، ما جعل الحل النهائي إدخال الملف إلى المداولة للحسم فيه إما بالتصفية القضائية أو بإعادة الهيكلة، فاختارت المحكمة النطق بالتصفية القضائية.
""", [
    ev("liquidation-verdict", "هذا الصباح، حكمها النهائي بالتصفية القضائية", "2016-03-21", "'هذا الصباح' = the morning of Mon 21 Mar 2016"),
    ev("deliberation", "أسبوعاً واحداً بعد دخول قضية «سامير» إلى المداولة", "2016-03-14", "'أسبوعاً واحداً' before Mon 21 = Mon 14 Mar 2016"),
    ev("samir-crisis", "لما يزيد عن ثمانية أشهر", HALT[0], "'لما يزيد عن ثمانية أشهر' before 21 Mar 2016: since the halt of production in early August 2015 (5 or 6 Aug, sources differ) until the ruling", end="2016-03-22"),
    ev("expert-audit", "عكفوا على ملف سامير خلال الشهرين الماضيين", "2016-01-21", "'خلال الشهرين الماضيين' before 21 Mar 2016 = about 21 Jan - 21 Mar 2016 (my span)", end="2016-03-22"),
])
art(S, "https://imlebanon.org/2016/03/21/morocco-decides-to-liquidate-its-only-oil-refinery-company-to-pay-off-its-debts",
    "2016-03-21", "date in the URL '/2016/03/21/' (a Monday, the day of the ruling); the stored text has no headline (the English URL slug was not rendered); the truncated last sentence (the quote of Mehdi Mezouari) dropped; no date of its own in the text", False, """
قضت المحكمة التجارية في مدينة الدار البيضاء ببدء التصفية القضائية لشركة "سامير"، الوحيدة العاملة في مجال تكرير النفط في المملكة، بهدف تسديد ديونها البالغة أربعة مليارات و120 مليون يورو، بحسب ما نقل مصدر قضائي في المحكمة التجارية للدار البيضاء.
وأوضح المصدر نفسه أن "إدارة الجمارك المغربية وباقي الأطراف الدائنة لشركة سامير رفضت العرض المالي الذي قدمه الشيخ محمد الحسين العمودي، نظراً لهزالة المبلغ".
وأفادت وكالة فرانس برس بأن القضاء أمر بالشروع في التصفية القضائية لهذه الشركة بعد محاولة أولى للتسوية القضائية لم ترضِ الدائنين.
وكان المدير العام لشركة "سامير" جمال باعامر قد تعهّد، في الجلسة الثانية للمحكمة، بتسديد الديون المتراكمة على الشركة.
وتبلغ ديون الشركة الإجمالية نحو 45 مليار درهم (أربعة مليارات و120 مليون يورو)، موزعة بين ديون للمصارف ولإدارتي الضرائب والجمارك وديون للموردين ومستحقات أخرى.
وتعني التصفية القضائية فقدان العمال لوظائفهم، وبيع ممتلكات الشركة في مزادات علنية، والحجز على حساباتها.
وتشغّل الشركة أكثر من 6000 موظف وعامل مغربي.
""", [
    ev("liquidation-verdict", "قضت المحكمة التجارية في مدينة الدار البيضاء ببدء التصفية القضائية", "2016-03-21", "no own expression; the ruling of Mon 21 Mar 2016 (the URL day)"),
    ev("offer-rejected", "رفضت العرض المالي الذي قدمه الشيخ محمد الحسين العمودي", "2016-02-01", "no own expression; the creditors turned down al-Amoudi's offer during the proceedings before the ruling (my loose span Feb - 21 Mar 2016)", end="2016-03-22"),
])
art(S, "https://maghress.com/noonpresse/16529",
    "2016-03-22", "a maghress mirror of a Noonpresse item without stamp or URL date: fixed by the body's 'صباح أمس الإثنين' for the liquidation ruling of Mon 21 Mar 2016 (alaoual: 'هذا الصباح' on the 21st): so Tue 22 Mar 2016; no date of its own in the text", False, """
قضت المحكمة التجارية بالبيضاء، صباح أمس الإثنين، بالتصفية القضائية لشركة "سامير" التي تتخبط في أزمة مالية خانقة جعلتها توقف الإنتاج منذ شهور، بعد أن طُلب عرض ملفها على المحكمة التجارية.
وبحسب ما أوردته جريدة "المساء"، فإن قرار التصفية القضائية صدر بعد أن دخل ملف الشركة إلى المداولة خلال جلسة الإثنين الماضي، إثر عجز إدارة الشركة عن تسديد ديونها.
ويُذكر أن المركزيات النقابية الثلاث العاملة بشركة "سامير" طالبت، خلال عدد من الوقفات الاحتجاجية، بالاستئناف العاجل للإنتاج وإنقاذ الآليات والمنشآت من التلف والهلاك، وبعودة الدولة إلى رأسمال الشركة لممارسة سيادتها الكاملة في مراقبة تنفيذ السياسة الوطنية.
""", [
    ev("liquidation-verdict", "قضت المحكمة التجارية بالبيضاء، صباح أمس الإثنين", "2016-03-21", "'صباح أمس الإثنين' before Tue 22 = the morning of Mon 21 Mar 2016"),
    ev("deliberation", "خلال جلسة الإثنين الماضي", "2016-03-14", "'الإثنين الماضي' before the ruling of Mon 21 = Mon 14 Mar 2016"),
    ev("production-halt", "توقف الإنتاج منذ شهور", HALT[0], "'منذ شهور': production stopped in early August 2015 (5 or 6 Aug, sources differ; my span 5-6 Aug)", end=HALT[1]),
    ev("union-protests", "خلال عدد من الوقفات الاحتجاجية", "2015-08-05", "no own expression; the unions' protests after the halt (the sixth on Tue 26 Jan 2016, outside knowledge): my loose span Aug 2015 - 21 Mar 2016", end="2016-03-22"),
])


SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 221)
                            if i != 201 and i != 220 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

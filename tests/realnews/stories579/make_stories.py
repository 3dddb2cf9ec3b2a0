"""Builds stories.jsonl: the 579-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: strikes and protests of doctors, teachers or truck
drivers in North Africa and Jordan, with talks and outcomes.
Stories: the end of the Libyan teachers' three-month strike (Libya, November-December 2019), the postponement
of the Tunisian road fuel-and-goods transport strike (Tunisia, October 2017), and the medical students'
boycott of the exceptional exam session of 4 October 2024 (Morocco, October 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- libya-teachers-strike-end-2019
S = "libya-teachers-strike-end-2019"
LIFTED = "2019-11-30"                      # the General Union of Libya's Teachers lifted the sit-in and strike on Sat 30 Nov 2019
RESUME = "2019-12-01"                      # classes resumed on Sun 1 Dec 2019
STRIKE_START = ("2019-09-01", "2019-10-01")  # the general sit-in/strike began in September 2019 (the month only)
AGREEMENT = ("2019-11-01", "2019-12-01")   # the agreement with the committee of the House of Representatives and the General Command, some time in November, by Sat 30 Nov
art(S, "http://alwasat.ly/news/libya/265636",
    LIFTED, "no date line in the stored text; the body's 'يوم غد «الأحد الموافق 1 -12- 2019»' and 'غدا الأحد' for the start of classes give Sat 30 Nov 2019 (1 Dec 2019 was a Sunday); headline kept from the page; the last, truncated sentence (a recording shared by protesting teachers) dropped", False, """
نقابة معلمي ليبيا «ترفع الاعتصام والإضراب» وتعلن انطلاق الدراسة
أعلنت النقابة العامة لمعلمي ليبيا إنهاء «الاعتصام والإضراب» وبدء الدراسة يوم غد «الأحد الموافق 1 -12- 2019».
وصرّح نقيب معلمي ليبيا عبدالنبي النف لـ«بوابة الوسط» بأن الإضراب الذي انطلق منذ ثلاثة أشهر قد انتهى وأن الدراسة ستبدأ غدا الأحد، استنادا إلى اتفاق جرى مع اللجنة التي شكلها مجلس النواب والقيادة العامة.
وبيّن النقيب أن الطرفين اتفقا على «تطبيق القانون رقم 4 لسنة 2018 إداريا، وفصل وزارة التعليم العالي عن التعليم الأساسي».
وفي بيان أصدرته، ذكرت النقابة العامة لمعلمي ليبيا أن اللجنة «التزمت بتعديل شهادات المرتبات وفق القانون رقم (4) لسنة 2018 خلال الأيام المقبلة، وبتسجيل كل المستحقات السابقة على القانون دينا واجب السداد متى توافرت القدرة المالية لدى وزارة المالية بالحكومة الموقتة».
وأشارت النقابة في بيانها إلى «إجراءات ستنفذ لمصلحة المعلمين لا يمكن الإفصاح عنها الآن»، والتزمت من جهتها «برفع اعتصام المعلمين وإضرابهم وعودتهم إلى أعمالهم، ابتداء من يوم الأحد 1 -12- 2019».
وكانت الأجهزة الأمنية قد منعت الأربعاء الماضي عشرات المعلمين من التظاهر أمام مقر وزارة التعليم في البيضاء.
""", [
    ev("strike-lifted", "أعلنت النقابة العامة لمعلمي ليبيا إنهاء «الاعتصام والإضراب»", LIFTED, "no own expression; the announcement made on the eve of the start of classes ('يوم غد «الأحد الموافق 1 -12- 2019»') = Sat 30 Nov 2019 (alaraby: 'مساء أمس السبت')"),
    ev("classes-resume", "وبدء الدراسة يوم غد «الأحد الموافق 1 -12- 2019»", RESUME, "'الأحد الموافق 1 -12- 2019' = Sun 1 Dec 2019"),
    ev("strike-start", "الإضراب الذي انطلق منذ ثلاثة أشهر", STRIKE_START[0], "'منذ ثلاثة أشهر' before Sat 30 Nov 2019 = the start of the strike in September 2019 (alaraby: 'الذي بدأ في سبتمبر/ أيلول الماضي'; the month only)", end=STRIKE_START[1]),
    ev("committee-agreement", "استنادا إلى اتفاق جرى مع اللجنة التي شكلها مجلس النواب والقيادة العامة", AGREEMENT[0], "no date in any article; reached before the announcement of Sat 30 Nov 2019 (my span November 2019)", end=AGREEMENT[1]),
    ev("union-statement", "وفي بيان أصدرته، ذكرت النقابة العامة لمعلمي ليبيا", LIFTED, "no own expression; the union's statement of Sat 30 Nov 2019 (alaraby: 'بيان للنقابة أمس السبت')"),
    ev("bayda-protest-banned", "قد منعت الأربعاء الماضي عشرات المعلمين من التظاهر", "2019-11-27", "'الأربعاء الماضي' from Sat 30 Nov 2019 = Wed 27 Nov 2019"),
])
art(S, "https://arabstoday.net/498/022450-%D8%A8%D8%AF%D8%A1-%D8%A7%D9%84%D8%B9%D8%A7%D9%85-%D8%A7%D9%84%D8%AF%D8%B1%D8%A7%D8%B3%D9%8A-%D9%81%D9%8A-%D9%84%D9%8A%D8%A8%D9%8A%D8%A7-%D8%A7%D9%84%D8%A3%D8%AD%D8%AF-%D8%A8%D8%B9%D8%AF-%D8%A5%D8%B6%D8%B1%D8%A7%D8%A8-3-%D8%A3%D8%B4%D9%87%D8%B1-%D9%85%D9%86-%D8%A7%D9%84%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC%D8%A7%D8%AA",
    LIFTED, "no date on the stored page (only 'آخر تحديث GMT18:57:51', a clock time without a day); the body's 'غدا الأحد' for the start of the school year, which began on Sun 1 Dec 2019 (alwasat: 'الأحد الموافق 1 -12- 2019'), gives Sat 30 Nov 2019; the repeated site headers and the sub-heading dropped; headline kept from the page; the last, truncated sentence dropped", False, """
بدء العام الدراسي في ليبيا الأحد بعد إضراب 3 أشهر من الاحتجاجات
أعلنت النقابة العامة لمعلمي ليبيا، التابعة للحكومة المؤقتة، أن العام الدراسي الجديد (2019- 2020) سينطلق غدا الأحد، عقب تعليق الإضراب الذي بدأ قبل ثلاثة أشهر احتجاجا على عدم تسوية أوضاع المعلمين وعدم زيادة مرتبات العاملين في قطاع التعليم.
وأوضح نقيب معلمي ليبيا عبدالنبي النف أن قرار إنهاء الإضراب اتُّخذ استنادا إلى الاتفاق مع اللجنة المشكلة من مجلس النواب والقيادة العامة، وقد تعهدت اللجنة بتطبيق القانون رقم 4 لسنة 2018 الخاص بزيادة مرتبات المعلمين خلال الأيام المقبلة، وبتسجيل كل المستحقات السابقة للقانون دينا واجب السداد عند توافر القدرة المالية، وبفصل التعليم العالي عن التعليم العام.
وأضاف النف، في تصريحات لـ"العين الإخبارية"، أن رئيس مجلس النواب المستشار عقيلة صالح شكّل لجنة تتواصل مع نقابات المعلمين لحل الأزمة والبحث عن آلية تفضي إلى حل يرضي جميع الأطراف.
""", [
    ev("classes-resume", "سينطلق غدا الأحد", RESUME, "'غدا الأحد' from Sat 30 Nov 2019 = Sun 1 Dec 2019"),
    ev("strike-start", "الإضراب الذي بدأ قبل ثلاثة أشهر", STRIKE_START[0], "'قبل ثلاثة أشهر' before Sat 30 Nov 2019 = September 2019 (alaraby: 'في سبتمبر/ أيلول الماضي'; the month only)", end=STRIKE_START[1]),
    ev("strike-lifted", "أن قرار إنهاء الإضراب اتُّخذ", LIFTED, "no own expression; the union's decision announced on Sat 30 Nov 2019 (alaraby: 'مساء أمس السبت')"),
    ev("committee-agreement", "الاتفاق مع اللجنة المشكلة من مجلس النواب والقيادة العامة", AGREEMENT[0], "no date in any article; reached before the announcement of Sat 30 Nov 2019 (my span November 2019)", end=AGREEMENT[1]),
])
art(S, "https://aajae.co/society/2019/12/1/%D9%85%D8%B9%D9%84%D9%85%D9%88-%D9%84%D9%8A%D8%A8%D9%8A%D8%A7-%D9%8A%D8%B9%D9%88%D8%AF%D9%88%D9%86-%D8%A5%D9%84%D9%89-%D8%A7%D9%84%D8%B9%D9%85%D9%84-%D8%A8%D8%B9%D8%AF-%D8%A7%D8%AA%D9%81%D8%A7%D9%82-%D9%84%D8%B1%D9%81%D8%B9-%D8%B1%D9%88%D8%A7%D8%AA%D8%A8%D9%87%D9%85",
    RESUME, "a copy of an al-Araby al-Jadeed report; the publisher's date stamp in the address ('/society/2019/12/1/') = Sun 1 Dec 2019, matching the body's 'مساء أمس السبت' and 'اليوم الأحد'; headline rendered from the URL slug; the last, truncated sentence dropped", True, """
معلمو ليبيا يعودون إلى العمل بعد اتفاق لرفع رواتبهم
استأنفت مدارس كثيرة في ليبيا عملها مع عودة المعلمين إلى مقار عملهم، بعد أن أعلنت نقابتهم مساء أمس السبت وقف الاعتصامات والإضراب العام الذي انطلق في سبتمبر/ أيلول الماضي، والعمل على استئناف الدراسة اليوم الأحد.
وشدد رئيس النقابة عبد النبي النف، في تصريح صحافي، على أن الدراسة انطلقت اليوم الأحد "استنادا إلى الاتفاق مع اللجنة التي شكلها مجلس النواب للشروع في تطبيق القانون الخاص بزيادة رواتب المعلمين، وإلى قرار فصل وزارة التعليم العالي عن وزارة التعليم الأساسي".
وذكر بيان أصدرته النقابة أمس السبت أن الجهات الرسمية الليبية التزمت بتعديل شهادات المرتبات وفق القانون الصادر عن مجلس النواب خلال الأيام المقبلة، مع تسجيل كل المستحقات السابقة للقانون دينا واجب السداد إذا توافرت القدرة المالية.
وقال سالم ناقوزي، عضو تنسيقية معلمي المنطقة الوسطى، لـ"العربي الجديد" إن "المدارس في مناطق الغرب والجنوب والشرق فتحت أبوابها للطلاب ليبدأ العام الدراسي عقب بيان النقابة"، مضيفا أن "حكومتي طرابلس والشرق التزمتا لتنسيقيات المعلمين بالشروع في إجراءات تعديل الرواتب".
وأكد ناقوزي أن الانقسام الحكومي لم يمس وحدة صف المعلمين، وأنهم تمكنوا من "فرض مطالبهم على الحكومتين، وإرغام السلطات على توحيد موقفها من المعلمين".
""", [
    ev("strike-lifted", "أعلنت نقابتهم مساء أمس السبت وقف الاعتصامات", LIFTED, "'مساء أمس السبت' from Sun 1 Dec 2019 = Sat 30 Nov 2019"),
    ev("strike-start", "الذي انطلق في سبتمبر/ أيلول الماضي", STRIKE_START[0], "'في سبتمبر/ أيلول الماضي' from Dec 2019 = September 2019 (the month only)", end=STRIKE_START[1]),
    ev("classes-resume", "على أن الدراسة انطلقت اليوم الأحد", RESUME, "'اليوم الأحد' = Sun 1 Dec 2019"),
    ev("union-statement", "وذكر بيان أصدرته النقابة أمس السبت", LIFTED, "'أمس السبت' from Sun 1 Dec 2019 = Sat 30 Nov 2019"),
    ev("committee-agreement", "استنادا إلى الاتفاق مع اللجنة التي شكلها مجلس النواب", AGREEMENT[0], "no date in any article; reached before the announcement of Sat 30 Nov 2019 (my span November 2019)", end=AGREEMENT[1]),
])

# ---------------------------------------------------------------- tunisia-fuel-goods-transport-strike-postponed-2017
S = "tunisia-fuel-goods-transport-strike-postponed-2017"
POSTPONED = "2017-10-25"                   # the strike was postponed after a session at the Ministry of Social Affairs on Wed 25 Oct 2017
PLANNED = ("2017-10-26", "2017-10-29")     # it had been planned for 26, 27 and 28 Oct 2017
NEW_DATES = ("2017-11-02", "2017-11-05")   # the new dates: 2, 3 and 4 Nov 2017
art(S, "http://zoomtunisia.net/index.php/old/article/top/57167.html",
    POSTPONED, "date line of the page 'الأربعاء، 25 أكتوبر، 2017 على الساعة 20:33' (byline, not kept in the text), matching the body's 'مساء اليوم الأربعاء، 25 أكتوبر 2017'; the author line, visit counter, keywords and 'آخر الأخبار' dropped; headline kept from the page", True, """
تم تأجيله اليوم : تحديد التاريخ الجديد لإضراب نقل المحروقات
أُرجئ إضراب قطاع نقل المحروقات والبضائع عبر البر، الذي كان مبرمجا تنفيذه أيام 26 و27 و28 أكتوبر 2017.
وجاء قرار التأجيل عقب جلسة عُقدت مساء اليوم الأربعاء، 25 أكتوبر 2017، في مقر وزارة الشؤون الاجتماعية، وسبقتها جلسة تفاوض يوم 20 أكتوبر شارك فيها وزراء النقل والشؤون الاجتماعية والتجارة والطاقة وممثلون عن الغرفة الوطنية لنقل المحروقات والبضائع عبر البر التابعة لاتحاد الصناعة والتجارة والصناعات التقليدية.
وقرر المشاركون في الجلسة إرجاء الإضراب إلى أيّام 2 و 3 و4 نوفمبر 2017.
""", [
    ev("strike-postponed", "أُرجئ إضراب قطاع نقل المحروقات والبضائع عبر البر", POSTPONED, "no own expression in the sentence; decided at the session of 'مساء اليوم الأربعاء، 25 أكتوبر 2017'"),
    ev("planned-strike-october", "كان مبرمجا تنفيذه أيام 26 و27 و28 أكتوبر 2017", PLANNED[0], "'أيام 26 و27 و28 أكتوبر 2017' = Thu 26 - Sat 28 Oct 2017 (called off)", end=PLANNED[1]),
    ev("social-affairs-session", "جلسة عُقدت مساء اليوم الأربعاء، 25 أكتوبر 2017", POSTPONED, "'مساء اليوم الأربعاء، 25 أكتوبر 2017' = Wed 25 Oct 2017"),
    ev("october-20-negotiation", "جلسة تفاوض يوم 20 أكتوبر", "2017-10-20", "'يوم 20 أكتوبر' (2017) = Fri 20 Oct 2017"),
    ev("new-strike-dates", "إرجاء الإضراب إلى أيّام 2 و 3 و4 نوفمبر 2017", NEW_DATES[0], "'أيّام 2 و 3 و4 نوفمبر 2017' = Thu 2 - Sat 4 Nov 2017", end=NEW_DATES[1]),
])
art(S, "http://tunisien.tn/%d8%aa%d9%88%d9%86%d8%b3/%d8%aa%d8%a3%d8%ac%d9%8a%d9%84-%d8%a5%d8%b6%d8%b1%d8%a7%d8%a8-%d9%86%d9%82%d9%84-%d8%a7%d9%84%d9%85%d8%ad%d8%b1%d9%88%d9%82%d8%a7%d8%aa-%d9%88%d8%a7%d9%84%d8%a8%d8%b6%d8%a7%d8%a6%d8%b9-%d8%a7%d9%84",
    "2017-10-26", "no date line in the stored text; the body's 'بعد ظهر أمس الأربعاء 25 أكتوبر 2017' for the postponement and 'ابتداءً من اليوم' for the first planned strike day (26 Oct 2017) give Thu 26 Oct 2017; the comment-policy note dropped; headline rendered from the (truncated) URL slug", False, """
تأجيل إضراب نقل المحروقات والبضائع
أُجّل بعد ظهر أمس الأربعاء 25 أكتوبر 2017 إضراب نقل المحروقات والبضائع، الذي كان من المقرر أن ينطلق ابتداءً من اليوم ويستمر ثلاثة أيام، إلى 02 و 03 و 04 نوفمبر 2017، وذلك إثر جلسة احتضنها مقر وزارة الشؤون الاجتماعية.
وترأس الجلسة وزير الشؤون الاجتماعية « محمد الطرابلسي »، وحضرها كل من الأمين العام المساعد للاتحاد العام التونسي للشغل « محمد علي بوغديري » والكاتب العام لجامعة النقل بالاتحاد العام التونسي للشغل « منصف بن رمضان » والوفد المرافق لهما، إضافة إلى المدير العام لتفقدية الشغل والمصالحة بالوزارة « فؤاد بن عبد الله ».
""", [
    ev("strike-postponed", "أُجّل بعد ظهر أمس الأربعاء 25 أكتوبر 2017 إضراب نقل المحروقات والبضائع", POSTPONED, "'أمس الأربعاء 25 أكتوبر 2017' = Wed 25 Oct 2017"),
    ev("planned-strike-october", "كان من المقرر أن ينطلق ابتداءً من اليوم ويستمر ثلاثة أيام", PLANNED[0], "'ابتداءً من اليوم' (Thu 26 Oct 2017) for three days = 26 - 28 Oct 2017 (zoomtunisia: 'أيام 26 و27 و28 أكتوبر 2017')", end=PLANNED[1]),
    ev("new-strike-dates", "إلى 02 و 03 و 04 نوفمبر 2017", NEW_DATES[0], "'02 و 03 و 04 نوفمبر 2017' = Thu 2 - Sat 4 Nov 2017", end=NEW_DATES[1]),
    ev("social-affairs-session", "إثر جلسة احتضنها مقر وزارة الشؤون الاجتماعية", POSTPONED, "no own expression; the session of Wed 25 Oct 2017 that postponed the strike (zoomtunisia: 'مساء اليوم الأربعاء، 25 أكتوبر 2017')"),
])

# ---------------------------------------------------------------- morocco-medical-students-october-exam-boycott-2024
S = "morocco-medical-students-october-exam-boycott-2024"
BOYCOTT = "2024-10-04"                     # the medical students boycotted the exceptional exam session opened on Fri 4 Oct 2024
art(S, "https://maghress.com/agadir24/610565",
    BOYCOTT, "an Agadir24 report carried by maghress; no date line in the stored text; the body's 'لتنطلق ابتداء من اليوم الجمعة 4 أكتوبر 2024' for the session that was boycotted gives Fri 4 Oct 2024 (4 Oct 2024 was a Friday); the video-player notice dropped; headline written from the body (the stored text has none); the last, truncated clause dropped", False, """
طلبة الطب يقاطعون امتحانات الدورة الاستثنائية
قاطع طلبة الطب امتحانات الدورة الاستثنائية التي حددتها وزارة التعليم العالي والبحث العلمي والابتكار لتبدأ ابتداء من اليوم الجمعة 4 أكتوبر 2024، بهدف إنقاذ السنة الجامعية 2023/2024.
وبحسب مصادر طلابية مطلعة، غابت أجواء الامتحانات عن عدد من كليات الطب في المغرب، من بينها كليتا الطب والصيدلة في الدار البيضاء والرباط، حيث لم يحضر الامتحانات إلا عدد قليل من الطلبة إلى جانب بعض زملائهم الأجانب.
وأفادت المصادر ذاتها بأن "نسبة مقاطعة امتحانات 4 أكتوبر تجاوزت على المستوى الوطني، حسب المعطيات الأولية المتوفرة، 92 في المئة، بعد أن فاقت المقاطعة في جميع الكليات 90 في المئة".
من جانبه، أوضح مصدر من اللجنة الوطنية لطلبة الطب أن "الطلبة لن يجتازوا الامتحانات قبل توقيع محضر اتفاق يضمن حقوقهم مع وزارة التعليم العالي"، مؤكدا أنهم "متمسكون بقرارهم إلى أن تتم الاستجابة لمطالبهم".
وشددت المصادر نفسها على أن "اجتياز الامتحانات مشروط بتوقيع هذا المحضر، بما يعالج الإشكالات التي دفعت الطلبة إلى المقاطعة أصلا".
وحسب المصدر ذاته، فإن "البرمجة الحالية من قبل وزارة التعليم العالي لا يمكن فهمها إلا كمحاولة لنسف جهود مؤسسة وسيط المملكة".
""", [
    ev("exam-boycott", "قاطع طلبة الطب امتحانات الدورة الاستثنائية", BOYCOTT, "no own expression in the clause; the boycott of the session opened 'اليوم الجمعة 4 أكتوبر 2024'"),
    ev("exceptional-session", "لتبدأ ابتداء من اليوم الجمعة 4 أكتوبر 2024", BOYCOTT, "'اليوم الجمعة 4 أكتوبر 2024' = Fri 4 Oct 2024 (the first day of the session)"),
    ev("few-sit-exams", "لم يحضر الامتحانات إلا عدد قليل من الطلبة", BOYCOTT, "no own expression; the first day of the session, Fri 4 Oct 2024"),
])
art(S, "https://dabapress.com/189436",
    "2024-10-05", "no date line in the stored text; the body's 'أمس الجمعة 04 أكتوبر 2024' gives Sat 5 Oct 2024 (4 Oct 2024 was a Friday); headline written from the body (the stored text has none); the last, truncated sentence shortened to its first part", False, """
طلبة الطب يقاطعون الامتحانات للمرة السادسة
امتنع طلبة شعبة الطب عن اجتياز الامتحانات، أمس الجمعة 04 أكتوبر 2024، للمرة السادسة منذ انطلاق أزمة كليات الطب والصيدلة بالمغرب في دجنبر الماضي، احتجاجا على "تجاهل الحكومة لأبرز مطالبهم"، ولا سيما "جودة التكوين بالإبقاء على سنة سابعة، وعودة زملائهم المطرودين من الجامعة بسبب الاحتجاجات، وإجراء الامتحان في دورتين عادية واستدراكية".
وأعلنت اللجنة استمرار مقاطعة الامتحانات، وتنظيم "إنزال وطني" يوم السبت المقبل تحت شعار "شباب المغرب وأطره من أجل وضع حقوقي وصحي أفضل".
وقالت اللجنة الوطنية لطلبة الطب والصيدلة وطب الأسنان إن "إعادة برمجة الامتحانات بشكل أحادي تمثل محاولة جديدة لنسف الوساطة القائمة مع مؤسسة وسيط المملكة -التي نتمسك بها-، وستلقى مصير الدورات التي سبقتها".
وأوضحت اللجنة أن ذلك يأتي "دفاعا عن مطالبهم واستنكارا للاعتداءات المعنوية والجسدية التي طالت الطلبة والأطباء وذويهم، وتنديدا بالمتابعات القضائية ضد عدد منهم وعدد من الأطباء الداخليين".
وكانت وزارة التعليم العالي قد أعلنت في بلاغ أنه تقرر السماح للطلبة الذين اجتازوا امتحانات الفصل الأول في دورة 5 شتنبر 2024 باستكمال امتحانات الفصل الثاني خلال دورة استثنائية خاصة ابتداء من الجمعة 4 أكتوبر 2024.
""", [
    ev("exam-boycott", "امتنع طلبة شعبة الطب عن اجتياز الامتحانات، أمس الجمعة 04 أكتوبر 2024", BOYCOTT, "'أمس الجمعة 04 أكتوبر 2024' = Fri 4 Oct 2024"),
    ev("crisis-start", "منذ انطلاق أزمة كليات الطب والصيدلة بالمغرب في دجنبر الماضي", "2023-12-01", "'في دجنبر الماضي' from Oct 2024 = December 2023 (the month only; the open strike began on Sat 16 Dec 2023)", end="2024-01-01"),
    ev("national-march", "وتنظيم \"إنزال وطني\" يوم السبت المقبل", "2024-10-12", "'يوم السبت المقبل' from Sat 5 Oct 2024 = Sat 12 Oct 2024 (announced, not yet held)"),
    ev("september-session", "في دورة 5 شتنبر 2024", "2024-09-05", "'5 شتنبر 2024' = Thu 5 Sep 2024"),
    ev("exceptional-session", "خلال دورة استثنائية خاصة ابتداء من الجمعة 4 أكتوبر 2024", BOYCOTT, "'الجمعة 4 أكتوبر 2024' = Fri 4 Oct 2024 (the first day of the session)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 579
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

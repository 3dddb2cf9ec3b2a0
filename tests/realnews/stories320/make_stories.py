"""Builds stories.jsonl: the 320-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: teachers' strikes, teacher protests and teacher contract and
hiring disputes: the Iraqi Finance Ministry's appeal against the doubled professional allowance of the Education
Ministry law, the school strike and the withdrawal of the appeal (Iraq, November 2025); the Sudanese Teachers'
Committee's "dignity strike" and its December closure schedule (Sudan, December 2022); the Palestinian Supreme
Administrative Court's urgent order to stop the West Bank teachers' strike (Palestine, March 2023); and the open
strike of Tunisia's substitute teachers and the presidential decree integrating them (Tunisia, January 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-teachers-allowance-appeal-strike-2025
S = "iraq-teachers-allowance-appeal-strike-2025"
APPEAL = "2025-11-04"                      # the Finance Ministry's letter no. 119121 of Tue 4 Nov 2025 (the appeal)
ELECTION = "2025-11-11"                    # Iraq's parliamentary election, Tue 11 Nov 2025
UNION = "2025-11-16"                       # the teachers' union statement and threat, Sun 16 Nov 2025
STRIKE = "2025-11-19"                      # school strike and demonstrations, Wed 19 Nov 2025
WITHDRAWN = "2025-11-19"                   # the letter cancelling the appeal, Wed 19 Nov 2025
LAW_VOTE = "2025-08-25"                    # parliament's vote on the first amendment, Mon 25 Aug 2025 (outside knowledge)
art(S, "http://burathanews.com/arabic/news/467771",
    "2025-11-16", "page stamp 'date 2025-11-16' (not part of the text) and the body's 'اليوم الأحد' (16 Nov 2025 was a Sunday); headline written from the body (the stored text has none); the last, truncated sentence shortened to its visible part; no date of its own in the text", False, """
نقابة المعلمين العراقيين تلوّح بالتصعيد بعد طعن المالية في مضاعفة المخصصات المهنية
لوّحت نقابة المعلمين العراقيين، اليوم الأحد، باللجوء إلى التصعيد عبر الاعتصام والتظاهر، رفضا لطعن وزارة المالية في الفقرة الخاصة بالمخصصات المهنية للمعلمين.
وجاء في وثائق صادرة عن النقابة بثتها قناة السومرية أن النقابة، انطلاقا من واجبها في الدفاع عن حقوق الأسرة التربوية وصون مكانتها، وإيمانا بدورها في حماية المعلم وتوفير بيئة تشريعية عادلة تحفظ حقوقه، تتابع بقلق بالغ ما وصفته بتراجع خطير عن المسارات القانونية الضامنة لمكتسبات المعلمين.
وأوضحت أن هذا التراجع يتمثل في طعن وزارة المالية وامتناعها عن المصادقة على الفقرة (4 / ثالثا) من التعديل الأول لقانون وزارة التربية رقم (22) لسنة 2011، وهي الفقرة التي تقضي بمضاعفة المخصصات المهنية، مع أن القانون أتمّ جميع مراحله الدستورية والقانونية.
وأضافت النقابة أن إقرار قانون التعديل الأول لقانون وزارة التربية كان خطوة تشريعية مهمة جاءت بعد جهود طويلة، إذ مرّ بمراحل عدة بدأت بالتصويت عليه في مجلس النواب، ثم مصادقة رئيس الجمهورية عليه بتاريخ 2025/9/16، وانتهت بنشره في جريدة الوقائع العراقية.
وتابعت أن رفض وزارة المالية لهذه الفقرة جاء بعد الانتخابات مباشرة.
""", [
    ev("union-threat", "لوّحت نقابة المعلمين العراقيين، اليوم الأحد، باللجوء إلى التصعيد", UNION, "'اليوم الأحد' = Sun 16 Nov 2025 (day of publication)"),
    ev("finance-appeal", "طعن وزارة المالية وامتناعها عن المصادقة على الفقرة (4 / ثالثا)", APPEAL, "no own expression; the appeal is the Finance Ministry's letter no. 119121 of 4/11/2025 (aljeebal, alsumaria: 'قدمت الطعن في 4 تشرين الثاني')"),
    ev("law-vote", "بدأت بالتصويت عليه في مجلس النواب", LAW_VOTE, "no own expression; parliament voted the first amendment on Mon 25 Aug 2025 (naynawaalghad: 'الخامس والعشرين من آب 2025'; aljeebal: 'قبل 3 أشهر')"),
    ev("law-ratified", "مصادقة رئيس الجمهورية عليه بتاريخ 2025/9/16", "2025-09-16", "'بتاريخ 2025/9/16' = Tue 16 Sep 2025"),
    ev("elections", "بعد الانتخابات مباشرة", ELECTION, "no date of its own; the parliamentary election of Tue 11 Nov 2025 (alsumaria: 'انتهاء الانتخابات في 11 تشرين الثاني')"),
])
art(S, "https://www.alsumaria.tv/news/politics/547414/%D8%A8%D8%B9%D8%AF-%D8%A7%D8%B6%D8%B1%D8%A7%D8%A8-%D8%A7%D9%84%D9%85%D8%AF%D8%A7%D8%B1%D8%B3-%D8%A7%D9%84%D9%85%D8%A7%D9%84%D9%8A%D8%A9-%D8%AA%D8%AA%D8%B1%D8%A7%D8%AC%D8%B9-%D8%B9%D9%86-%D8%A7%D9%84%D8%B7%D8%B9%D9%86-%D8%A8%D9%82%D8%A7%D9%86%D9%88%D9%86-%D8%AA%D8%B9%D8%AF%D9%8A%D9%84-%D9%85%D8%AE%D8%B5%D8%B5%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D8%B9%D9%84%D9%85%D9%8A%D9%86",
    "2025-11-19", "page stamp 'date 2025-11-19' (not part of the text) and the body's 'صباح اليوم الأربعاء' (19 Nov 2025 was a Wednesday); headline rendered from the URL slug; the stored text drops linked words ('قيام ... الطعن بتعديل قانون ...'), which the re-wording supplies from the context (Finance Ministry, Education Ministry law); no date of its own in the text", False, """
بعد إضراب المدارس.. المالية تتراجع عن الطعن بقانون تعديل مخصصات المعلمين
عاد كثير من طلبة المدارس إلى بيوتهم صباح اليوم الأربعاء، بعدما أعلنت إدارات المدارس والمعلمون الإضراب عن الدوام، ردا على طعن وزارة المالية في تعديل قانون وزارة التربية بسبب ما يرتبه من كلفة مالية إضافية.
ومع أن وزارة المالية قدّمت طعنها في 4 تشرين الثاني، فإن كتابها لم يظهر إلى وسائل الإعلام إلا بعد انتهاء الانتخابات في 11 تشرين الثاني، لأسباب تتصل بالخشية من ردة فعل الشارع على الانتخابات.
غير أن الوزارة سارعت، مع انطلاق الإضراب صباح اليوم، إلى التراجع وإلغاء مضمون كتابها السابق، معلنة المصادقة على تعديل قانون وزارة التربية كما هو.
""", [
    ev("school-strike", "أعلنت إدارات المدارس والمعلمون الإضراب عن الدوام", STRIKE, "'صباح اليوم الأربعاء' = Wed 19 Nov 2025"),
    ev("finance-appeal", "قدّمت طعنها في 4 تشرين الثاني", APPEAL, "'في 4 تشرين الثاني' = Tue 4 Nov 2025 (year of publication)"),
    ev("elections", "بعد انتهاء الانتخابات في 11 تشرين الثاني", ELECTION, "'في 11 تشرين الثاني' = Tue 11 Nov 2025"),
    ev("appeal-withdrawn", "إلى التراجع وإلغاء مضمون كتابها السابق", WITHDRAWN, "'مع انطلاق الإضراب صباح اليوم' = Wed 19 Nov 2025"),
])
art(S, "https://aljeebal.com/posts/11292",
    "2025-11-19", "the body's 'بتاريخ اليوم الأربعاء الموافق 19 تشرين الثاني 2025' (kept; 19 Nov 2025 was a Wednesday) for the letter reported 'today'; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
المالية العراقية تلغي طعنها بتعديل قانون وزارة التربية
تراجعت وزارة المالية العراقية عن طعنها في قانون تعديل قانون وزارة التربية، بعد موجة استهجان واسعة من نواب ومن الأوساط التربوية.
وأظهر كتاب رسمي وجّهته وزارة المالية الاتحادية إلى وزارة التربية بتاريخ اليوم الأربعاء الموافق 19 تشرين الثاني 2025 القرار الجديد، وقد وقّعه معاون المدير العام لدائرة الموازنة الجارية في الوزارة، مياسة كاظم جنود.
واكتفى الكتاب بعبارة موجزة نصها: "يلغى مضمون كتابنا المرقم 119121 في 4/ 11/ 2025".
وكان النائب علي الدلفي قد دعا مجلس الوزراء إلى توجيه وزارة المالية الاتحادية بوقف طعنها في قانون التعديل الأول لقانون وزارة التربية، الذي صُوّت عليه قبيل الانتخابات، منبها إلى أن للطعن "تبعات خطيرة".
وأوضح الدلفي، في بيان نشره الأحد الماضي، أن تشريع القانون استغرق أكثر من 5 أشهر حتى جرى التصويت عليه قبل 3 أشهر، من دون أن تعترض وزارة المالية على تشريعه في وقتها.
وأضاف أن لجنة التربية النيابية استضافت بتاريخ 3/ 8/ 2025، أي قبل التصويت على القانون، مستشار رئيس مجلس الوزراء لشؤون التربية عدنان السرّاج، الذي أكد تأييد الحكومة لإقرار القانون.
""", [
    ev("appeal-withdrawn", "كتاب رسمي وجّهته وزارة المالية الاتحادية إلى وزارة التربية بتاريخ اليوم الأربعاء الموافق 19 تشرين الثاني 2025", WITHDRAWN, "'بتاريخ اليوم الأربعاء الموافق 19 تشرين الثاني 2025' (the cancelling letter = the withdrawal of the appeal)"),
    ev("finance-appeal", "كتابنا المرقم 119121 في 4/ 11/ 2025", APPEAL, "'في 4/ 11/ 2025' = Tue 4 Nov 2025"),
    ev("dalfi-statement", "في بيان نشره الأحد الماضي", UNION, "'الأحد الماضي' from Wed 19 Nov = Sun 16 Nov 2025"),
    ev("law-vote", "جرى التصويت عليه قبل 3 أشهر", LAW_VOTE, "'قبل 3 أشهر' from 19 Nov ~ late Aug; the vote of Mon 25 Aug 2025 (outside knowledge)"),
    ev("committee-hearing", "لجنة التربية النيابية استضافت بتاريخ 3/ 8/ 2025", "2025-08-03", "'بتاريخ 3/ 8/ 2025' = Sun 3 Aug 2025 (day/month order, 'قبل التصويت')"),
])
art(S, "https://almadapaper.net/420358",
    "2025-11-20", "page byline 'نشر في: 20 نوفمبر, 2025: 12:06 ص' (kept as second line; the print edition of Thu 20 Nov 2025); the body's 'أمس الأربعاء' (19 Nov) agrees; headline kept from the page (re-worded); the dateline 'بغداد / المدى' and the last, truncated sentence dropped", True, """
تظاهرات تربوية واسعة قبيل تراجع المالية عن الطعن بتعديلات قانون المعلمين
نشر في: 20 نوفمبر, 2025: 12:06 ص
خرجت الكوادر التربوية في محافظات العراق المختلفة بتظاهرات واسعة، رفضا لطعن وزارة المالية الاتحادية بالمصادقة على قانون التعديل الأول لقانون وزارة التربية رقم (22) لسنة 2011، واعتراضا على العجز في تخصيص أجور المتعاقدين.
وتزامنت هذه الاحتجاجات مع تصاعد الأصوات الرافضة للطعن الحكومي، الذي عدّه المعلمون «مساساً بالحقوق الدستورية» والتفافا على القوانين النافذة.
ففي محافظة بابل، شارك آلاف المعلمين والمدرسين والعاملين في التربية أمس الأربعاء في تظاهرة كبيرة دعت إليها نقابة المعلمين العراقيين/فرع بابل.
وطالب المحتجون بتثبيت حقوقهم الدستورية وتفعيل قانون حماية المعلم، لافتين إلى أن هذا القانون ما زال معطلا على الرغم من إقراره، ما يترك الكوادر التربوية عرضة للتهديد والاعتداء «من دون حماية قانونية فعلية».
وبيّنوا أن كتاب وزارة المالية انطوى على «طعن مباشر» في عدد من حقوقهم، ومنها المخصصات البالغة 150 ألف دينار وصرف المستحقات بأثر رجعي.
""", [
    ev("appeal-withdrawn", "تراجع المالية عن الطعن", WITHDRAWN, "no own expression; the Finance Ministry's cancelling letter of Wed 19 Nov 2025 (aljeebal, alsumaria)"),
    ev("teacher-demonstrations", "خرجت الكوادر التربوية في محافظات العراق المختلفة بتظاهرات واسعة", STRIKE, "no own expression; the nationwide demonstrations of Wed 19 Nov 2025 ('أمس الأربعاء' below; arabtradeunion: 'يوم الأربعاء 19 نوفمبر 2025')"),
    ev("finance-appeal", "لطعن وزارة المالية الاتحادية بالمصادقة", APPEAL, "no own expression; the appeal letter no. 119121 of Tue 4 Nov 2025"),
    ev("babil-demonstration", "أمس الأربعاء في تظاهرة كبيرة", STRIKE, "'أمس الأربعاء' from Thu 20 Nov = Wed 19 Nov 2025"),
])

# ---------------------------------------------------------------- sudan-teachers-dignity-strike-dec-2022
S = "sudan-teachers-dignity-strike-dec-2022"
DECISION = "2022-12-10"                    # the committee's December schedule announced on Sat 10 Dec 2022
STRIKE78 = ("2022-12-07", "2022-12-09")    # the two-day strike of Wed 7 - Thu 8 Dec 2022
TUE = "2022-12-13"                         # strike day, Tue 13 Dec 2022
THU = "2022-12-15"                         # first full closure, Thu 15 Dec 2022
WEEK3 = ("2022-12-27", "2022-12-30")       # closure Tue 27 - Thu 29 Dec 2022
NOV28 = "2022-11-28"                       # the first one-day strike, Mon 28 Nov 2022
art(S, "https://sudantribune.net/article268054",
    "2022-12-10", "agency dateline 'الخرطوم 10 ديسمبر 2022' (kept; 10 Dec 2022 was a Saturday; the body's 'السبت' agrees); headline kept from the page; the last, truncated sentence ('وفي 20 سبتمبر ...') dropped", True, """
لجنة المعلمين تقرر إغلاق المدارس هذا الشهر
الخرطوم 10 ديسمبر 2022 ــ أعلنت لجنة المعلمين السودانيين عزمها إغلاق المدارس إغلاقا كاملا في جميع الولايات خلال شهر ديسمبر الجاري، سعيا للضغط من أجل رفع رواتب المعلمين.
وكان آلاف المعلمين قد أضربوا عن العمل الخميس الماضي لليوم الثاني على التوالي في 18 ولاية، ضمن حلقات تصعيد تقودها اللجنة بهدف رفع الحد الأدنى للأجور إلى 69 ألف جنيه، وهو ما يعادل مضاعفة الرواتب الحالية من 6 إلى 8 مرات.
وصرّح المتحدث باسم اللجنة سامي الباقر لـ"سودان تربيون"، السبت، بأن اللجنة العليا لإضراب المعلمين قررت المضي في التصعيد وإغلاق المدارس كليا في كل ولايات السودان في ديسمبر.
وبيّن أن التصعيد يمتد لثلاث أسابيع، ويبدأ بإضراب المعلمين عن العمل يوم الثلاثاء من هذا الأسبوع، ثم إغلاق شامل للمدارس يوم الخميس لا يحضر فيه الطلاب ولا المعلمون إلى المؤسسات التعليمية.
وأضاف أن الأسبوع الثاني يتضمن إغلاق المدارس يومي الثلاثاء والأربعاء، بينما تُغلق في الأسبوع الأخير لهذا الشهر ثلاث أيام هي الثلاثاء والإربعاء والخميس.
وتطالب لجنة المعلمين برفع الإنفاق على التعليم إلى 20% من موازنة الدولة، وصرف مستحقات الأساتذة من البدلات، وتعديل العلاوات ذات القيمة الثابتة بما يناسب الأوضاع الاقتصادية.
""", [
    ev("closure-decision", "أعلنت لجنة المعلمين السودانيين عزمها إغلاق المدارس", DECISION, "the dateline 'الخرطوم 10 ديسمبر 2022' and 'السبت' = Sat 10 Dec 2022 (the decision announced that day)"),
    ev("strike-dec7-8", "أضربوا عن العمل الخميس الماضي لليوم الثاني على التوالي", STRIKE78[0], "'الخميس الماضي' from Sat 10 Dec = Thu 8 Dec 2022, the second consecutive day (Wed 7 - Thu 8 Dec)", end=STRIKE78[1]),
    ev("tuesday-strike", "بإضراب المعلمين عن العمل يوم الثلاثاء من هذا الأسبوع", TUE, "'يوم الثلاثاء من هذا الأسبوع' from Sat 10 Dec = Tue 13 Dec 2022"),
    ev("thursday-closure", "ثم إغلاق شامل للمدارس يوم الخميس", THU, "'يوم الخميس' of the same week = Thu 15 Dec 2022"),
    ev("week2-closure", "إغلاق المدارس يومي الثلاثاء والأربعاء", "2022-12-20", "'الأسبوع الثاني ... يومي الثلاثاء والأربعاء' = Tue 20 - Wed 21 Dec 2022 (alhadatha: '20 -21 ديسمبر')", end="2022-12-22"),
    ev("week3-closure", "الثلاثاء والإربعاء والخميس", WEEK3[0], "'الأسبوع الأخير لهذا الشهر ... الثلاثاء والإربعاء والخميس' = Tue 27 - Thu 29 Dec 2022", end=WEEK3[1]),
])
art(S, "https://alhadatha.info/news/2022/12/10/9238/",
    "2022-12-10", "date in the URL '/2022/12/10/' and the body's 'غدًا الأحد' (the day after Sat 10 Dec 2022) with the schedule's '20 -21 ديسمبر' and '27 ... 29 ديسمبر'; headline written from the body (the stored text has none); the last, truncated sentence shortened to its visible part; no date of its own in the text", False, """
لجنة المعلمين السودانيين تعلن جدول إغلاق المدارس حتى نهاية ديسمبر
قررت لجنة المعلمين السودانيين رفع وتيرة احتجاجاتها بمواصلة الإضراب حتى نهاية شهر ديسمبر الحالي، وفق جدول يتضمن إغلاق المدارس إغلاقا تاما.
وبحسب الجدول في أسبوعه الأول، فإن غدًا الأحد يوم عمل، يليه إضراب في يوم الثلاثاء، ثم إغلاق تام للمدارس يوم الخميس المقبل، بينما يتضمن الأسبوع الثاني إغلاقًا يومي الثلاثاء والأربعاء 20 -21 ديسمبر.
ونص الجدول على إغلاق كامل للمدارس في الأسبوع الأخير من الشهر أيام الثلاثاء 27 والأربعاء 28 والخميس 29 ديسمبر.
وأوضح بيان للجنة أن المعلمين لن يحضروا إلى المدارس في أيام الإغلاق.
وكان عمار يوسف، القيادي في لجنة المعلمين، قد أفاد "الحداثة" بأن بعض المدارس في ولايات دارفور وكسلا أُغلقت تماما خلال الاضراب السابق، فلم يحضر إليها التلاميذ والطلاب ولا المعلمون.
وتصر لجنة المعلمين على تنفيذ المطالب التي رفعتها في مواكب 16 أكتوبر الماضي، معربة عن أسفها لتجاهل السلطات للإضراب.
وأكدت اللجنة في تصريح صحفي أن المعلمين عازمون على تحقيق جميع المطالب المرفوعة إلى الجهات الحكومية شرطا لرفع الإضراب.
وكان المعلمون قد أضربوا ليوم واحد في كل ولايات السودان في 28 نوفمبر الماضي، بعد أن تجاهلت وزارة المالية مطالبهم.
""", [
    ev("closure-decision", "قررت لجنة المعلمين السودانيين رفع وتيرة احتجاجاتها", DECISION, "no own expression; the schedule announced on Sat 10 Dec 2022 (sudantribune dateline; 'غدًا الأحد' = Sun 11 Dec)"),
    ev("tuesday-strike", "يليه إضراب في يوم الثلاثاء", TUE, "'يوم الثلاثاء' after 'غدًا الأحد' (Sun 11 Dec) = Tue 13 Dec 2022"),
    ev("thursday-closure", "ثم إغلاق تام للمدارس يوم الخميس المقبل", THU, "'يوم الخميس المقبل' from Sat 10 Dec = Thu 15 Dec 2022"),
    ev("week3-closure", "أيام الثلاثاء 27 والأربعاء 28 والخميس 29 ديسمبر", WEEK3[0], "'الثلاثاء 27 والأربعاء 28 والخميس 29 ديسمبر' = Tue 27 - Thu 29 Dec 2022", end=WEEK3[1]),
    ev("strike-dec7-8", "خلال الاضراب السابق", STRIKE78[0], "no date of its own; the previous strike = Wed 7 - Thu 8 Dec 2022 (sudantribune: 'الخميس الماضي لليوم الثاني على التوالي')", end=STRIKE78[1]),
    ev("nov28-strike", "في 28 نوفمبر الماضي", NOV28, "'في 28 نوفمبر الماضي' = Mon 28 Nov 2022"),
])
art(S, "https://al-murasil.com/%d8%aa%d9%81%d8%a7%d8%b5%d9%8a%d9%84-%d8%a8%d9%8a%d8%a7%d9%86-%d8%a5%d8%ba%d9%84%d8%a7%d9%82-12-%d8%a7%d9%84%d9%81-%d9%85%d8%af%d8%b1%d8%b3%d8%a9-%d8%a8%d8%b4%d9%83%d9%84-%d9%83%d8%a7%d9%85%d9%84/",
    "2022-12-15", "the reposted statement's heading 'تصريح صحفي ، الخميس ١٥-١٢- ٢٠٢٢م' (kept) and the body's 'اليوم الخميس ١٥ ديسمبر ٢٠٢٢م' (15 Dec 2022 was a Thursday); the page's headline 'اليوم الخميس' agrees; headline kept from the page; basmala and tag dropped; the last, truncated state figure shortened to its visible part", True, """
تفاصيل بيان إغلاق 12 الف مدرسة بشكل كامل اليوم الخميس
لجنة المعلمين السودانيين، اللجنة العليا لإضراب العزة، تصريح صحفي، الخميس ١٥-١٢- ٢٠٢٢م
في تقرير أولي عن مرحلة الإغلاق من إضراب معلمي ومعلمات السودان، أعلنت اللجنة أن المعلمين والمعلمات دخلوا اليوم الخميس ١٥ ديسمبر ٢٠٢٢م المرحلة الثانية من "إضراب العزة" الذي انطلق منذ الثامن والعشرين من نوفمبر الماضي.
ووثّقت لجان العمل الميداني بالصور والمقاطع المصورة آلاف المدارس الحكومية في المراحل الثلاث (الابتدائي والمتوسط والثانوي) في ولايات السودان الـ١٨ وهي مغلقة بالكامل، أما المدارس القليلة التي فتحت أبوابها فقد تعذّر في معظمها أي نشاط تعليمي، إما لقلة حضور التلاميذ والطلاب أو لغياب المعلمين.
وسجّلت لجنة الرصد والتحليل الإحصائي التابعة للجنة العليا للإضراب إغلاقا كاملا بنسبة 100% في أغلب مدارس المحليات والمدن والولايات.
وأكدت اللجنة أن الاستجابة لإغلاق اليوم تخطّت الرقم القياسي المسجل في إضراب يومي ٢٨ نوفمبر و١٣ ديسمبر الماضيين.
ومن بين الولايات التي رفعت إحصاءاتها ورُصدت حتى الآن ولاية جنوب دارفور، التي بلغت فيها نسبة الإغلاق 100%.
""", [
    ev("thursday-closure", "دخلوا اليوم الخميس ١٥ ديسمبر ٢٠٢٢م المرحلة الثانية", THU, "'اليوم الخميس ١٥ ديسمبر ٢٠٢٢م' (Arabic-Indic digits)"),
    ev("nov28-strike", "منذ الثامن والعشرين من نوفمبر الماضي", NOV28, "'الثامن والعشرين من نوفمبر الماضي' = Mon 28 Nov 2022 (start of the 'dignity strike')"),
    ev("tuesday-strike", "١٣ ديسمبر الماضيين", TUE, "'١٣ ديسمبر' = Tue 13 Dec 2022 (the record strike day before today's closure)"),
    ev("south-darfur-closure", "ولاية جنوب دارفور، التي بلغت فيها نسبة الإغلاق 100%", THU, "no own expression; the closure rate of today, Thu 15 Dec 2022"),
])
art(S, "https://alnilin.com/13296050.htm",
    "2022-12-15", "no date on the stored page; the body's 'اعتباراً من اليوم، الخميس إغلاقاً متقطعاً للمدارس' with the committee's first closure day, Thu 15 Dec 2022 (sudantribune, alhadatha, al-murasil), gives Thu 15 Dec 2022 (the item is from the daily اليوم التالي, credited at the end; 'الأربعاء' and 'اليوم الخميس' agree); headline kept from the page; source line dropped; no date of its own in the text", False, """
إغلاق مدارس جنوب دارفور بعد احتجاجات طلابية مُناصرة للمعلمين
أغلقت سلطات ولاية جنوب دارفور المدارس الحكومية والخاصة، إثر احتجاجات نظمها الطلاب تضامنا مع المعلمين، رُشق خلالها موكب الوالي بالحجارة.
وذكر مدير عام وزارة التربية والتعليم في جنوب دارفور، عمر آدم، الأربعاء، بحسب "سودان تربيون"، أن المدارس "أُغلقت إلى أجل غير مسمى بعد احتجاجات طلابية يومية مناصرة للمعلمين".
وعزا القرار إلى الحرص على سلامة الطلاب والمعلمين وممتلكات المواطنين، لا سيما بعد حوادث انفلات واعتداءات طالت المؤسسات التعليمية، ورشق مواكب الوالي بالحجارة.
وأعلن آدم عن اجتماع يُعقد اليوم الخميس مع اللجنة الأمنية للولاية، لشرح ملابسات الإغلاق والمطالبة بنشر نقاط شرطة قرب المدارس منعا للانفلات والتخريب.
ويخوض معلمو السودان سلسلة من خطوات التصعيد تشمل الاحتجاج والإضراب عن العمل، تتبعها، اعتباراً من اليوم، الخميس إغلاقاً متقطعاً للمدارس، للمطالبة بزيادة رواتبهم.
""", [
    ev("south-darfur-suspension", "أغلقت سلطات ولاية جنوب دارفور المدارس الحكومية والخاصة", "2022-12-14", "no own expression; the indefinite closure announced by the director-general on Wed 14 Dec 2022 ('الأربعاء'); the decision's own day is not stated (al-murasil calls it the pre-emptive decision)"),
    ev("adam-statement", "عمر آدم، الأربعاء", "2022-12-14", "'الأربعاء' before 'اليوم الخميس' (15 Dec) = Wed 14 Dec 2022"),
    ev("security-meeting", "اجتماع يُعقد اليوم الخميس مع اللجنة الأمنية", THU, "'اليوم الخميس' = Thu 15 Dec 2022"),
    ev("thursday-closure", "اعتباراً من اليوم، الخميس إغلاقاً متقطعاً للمدارس", THU, "'اعتباراً من اليوم، الخميس' = Thu 15 Dec 2022 (first day of the intermittent closures)"),
])

# ---------------------------------------------------------------- palestine-teachers-strike-court-order-2023
S = "palestine-teachers-strike-court-order-2023"
COURT = "2023-03-13"                       # the Supreme Administrative Court's urgent order, Mon 13 Mar 2023
AGREEMENT = ("2022-05-01", "2022-06-01")   # the ICHR-brokered agreement of May 2022 ('اتفاق مايو/أيار الماضي')
art(S, "https://qudsn.co/post/197755/التزام-كبير-بالإضراب-حراك-المعلمين-الموحد-ل-قدس-مستمرون-في-خطواتنا-حتى-",
    "2023-03-12", "the body's 'اليوم الأحد 12 مارس 2023' (kept; 12 Mar 2023 was a Sunday); headline kept from the page; the byline 'رام الله - خاص قدس الإخبارية', author tags and the last, truncated sentence dropped", True, """
التزام كبير بالإضراب.. حراك المعلمين الموحد لـ "قدس": مستمرون في خطواتنا حتى تحقيق مطالبنا
التزمت غالبية مدارس مدن الضفة الغربية المحتلة، اليوم الأحد 12 مارس 2023، بالإضراب الذي دعا إليه حراك المعلمين الموحد 2022، احتجاجا على تجاهل الحكومة لمطالب الحراك وامتناعها عن تنفيذ ما نص عليه اتفاق مايو/أيار الماضي.
وكانت مكبرات صوت المساجد التابعة لشبكة الأذان الموحد في الضفة الغربية قد بثّت مساء السبت نداءات تدعو المعلمين إلى العودة إلى المدارس اعتبارًا من صباح الأحد.
وقابل الفلسطينيون بالسخرية والغضب لجوء الحكومة ووزارة التربية والتعليم إلى هذا الأسلوب لكسر الإضراب، بعدما أخفقت دعوات اتحاد المعلمين العام ورئيسه سائد ارزيقات إلى انتظام الدوام المدرسي عقب الاتفاق الأخير مع الحكومة.
وفي هذا الإطار، أوضح يوسف جحا، عضو حراك المعلمين الموحد 2022، أن الالتزام بالإضراب بلغ 80% من مجموع المعلمين، إذ تُستثنى نسبة 20% تضم الإداريين والمعلمين غير المثبتين والمعلمين البدلاء.
وأضاف جحا لـ"شبكة قدس" أن الحكومة لم تقدّم للمعلمين شيئا في الاتفاق الأخير الذي أعلنته.
""", [
    ev("sunday-strike", "التزمت غالبية مدارس مدن الضفة الغربية المحتلة، اليوم الأحد 12 مارس 2023", "2023-03-12", "'اليوم الأحد 12 مارس 2023'"),
    ev("may-agreement", "اتفاق مايو/أيار الماضي", AGREEMENT[0], "'مايو/أيار الماضي' from March 2023 = May 2022 (the agreement brokered by the Independent Commission for Human Rights); the month", end=AGREEMENT[1]),
    ev("mosque-calls", "بثّت مساء السبت نداءات", "2023-03-11", "'مساء السبت' before 'اليوم الأحد 12 مارس' = Sat 11 Mar 2023 (evening)"),
    ev("union-agreement", "عقب الاتفاق الأخير مع الحكومة", "2023-03-01", "no own expression; the teachers' union's latest agreement with the government, announced in the days before Sat 11 Mar 2023 (my span 1-11 Mar)", end="2023-03-12"),
])
art(S, "https://alquds.com/ar/posts/52770",
    "2023-03-13", "page date line 'الإثنين 13 مارس 2023 10:40 مساءً - بتوقيت القدس' (kept as second line; 13 Mar 2023 was a Monday); the body's 'اليوم الإثنين' agrees; headline kept from the page; the byline 'رام الله - \"القدس\" دوت كوم' and page furniture (rates, poll) dropped", True, """
المحكمة الإدارية العليا تقضي بوقف إضراب المعلمين والحراك يؤكد استمرار الإضراب
الإثنين 13 مارس 2023 10:40 مساءً - بتوقيت القدس
أصدرت المحكمة الإدارية العليا، اليوم الإثنين، قرارا مستعجلا بوقف الإضراب المفتوح عن العمل في المدارس الحكومية، الذي أعلنه المعلمون العاملون فيها تحت مسمى "حراك المعلمين"، ويشمل القرار كذلك المعلمين الممتنعين عن العمل.
وجاء القرار في الدعوى الإدارية التي رفعتها وزارة التربية والتعليم اليوم تحت الرقم 59/2023.
في المقابل، أكد حراك المعلمين الموحد أن الإضراب الشامل متواصل، وأن العودة إلى المدارس مشروطة بتنفيذ جميع بنود اتفاقية الهيئة المستقلة.
وطالب الحراك الحكومة بإعادة الخصومات فوراً ومن دون شروط، محذرا من أن أي إجراء تعسفي يُتخذ بحق أي معلم مضرب في الأيام القادمة سيواجَه برد فوري من جميع المعلمين.
""", [
    ev("court-order", "أصدرت المحكمة الإدارية العليا، اليوم الإثنين، قرارا مستعجلا", COURT, "'اليوم الإثنين' in the date line 'الإثنين 13 مارس 2023' = Mon 13 Mar 2023"),
    ev("ministry-lawsuit", "الدعوى الإدارية التي رفعتها وزارة التربية والتعليم اليوم", COURT, "'اليوم' = Mon 13 Mar 2023 (case no. 59/2023)"),
    ev("movement-response", "أكد حراك المعلمين الموحد أن الإضراب الشامل متواصل", COURT, "no own expression; the movement's statement of Monday evening, 13 Mar 2023 (samanews 'مساء اليوم'; qudspress 'بيان صدر مساء الإثنين')"),
    ev("may-agreement", "اتفاقية الهيئة المستقلة", AGREEMENT[0], "no own expression; the ICHR-brokered agreement of May 2022 (qudsn: 'اتفاق مايو/أيار الماضي')", end=AGREEMENT[1]),
])
art(S, "https://samanews.ps/ar/post/549697/المحكمة-الإدارية-العليا-تصدر-قرارا-مستعجلا-يقضي-بوقف-إضراب-المعلمين",
    "2023-03-13", "no date on the stored page; the body's 'اليوم الإثنين' and 'مساء اليوم' for the court order in case 59/2023, which the Jerusalem daily al-Quds dates 'الإثنين 13 مارس 2023', give Mon 13 Mar 2023; headline rendered from the URL slug; the last, truncated sentence dropped; no date of its own in the text", False, """
المحكمة الإدارية العليا تصدر قرارا مستعجلا يقضي بوقف إضراب المعلمين
قضت المحكمة الإدارية العليا، اليوم الإثنين، بقرار مستعجل يوقف الإضراب المفتوح عن العمل في المدارس الحكومية، الذي أعلنه المعلمون فيها تحت اسم "حراك المعلمين"، كما يسري على المعلمين الممتنعين عن العمل.
وصدر القرار في الدعوى الإدارية المقدمة من وزارة التربية والتعليم اليوم تحت الرقم 59/2023.
وردّ حراك المعلمين، مساء اليوم، بإعلان مواصلة الإضراب الشامل في جميع المراحل، رافضا العودة إلى المدارس قبل التنفيذ الكامل لبنود اتفاقية الهيئة المستقلة لحقوق الإنسان.
وأكد الحراك في بيان صحفي أن بنود "الهيئة المستقلة" حق مستحق وواجب التنفيذ، لا يقبل المساومة ولا التجزئة مرة أخرى.
ودعا الجهات الضامنة للاتفاقية، من مؤسسات ومجالس أولياء أمور، إلى تحمّل مسؤولياتها والضغط من أجل تنفيذها، تجنبا لتكرار هذه المشاهد في الأفق القريب.
وحذّر الحراك من أن أي إجراء تعسفي بسبب الإضراب في الأيام القادمة سيواجَه برد فوري يلتزم به المعلمون والمعلمات.
وطالب الحكومة بإرجاع الخصومات بشكل فوري ومن دون شروط، وبجدولة المستحقات لمدة زمنية معلومة الأجل، مؤكدا أن رواتب المعلمين لا تحتمل أي خصم أصلا.
""", [
    ev("court-order", "قضت المحكمة الإدارية العليا، اليوم الإثنين، بقرار مستعجل", COURT, "'اليوم الإثنين' = Mon 13 Mar 2023"),
    ev("ministry-lawsuit", "الدعوى الإدارية المقدمة من وزارة التربية والتعليم اليوم", COURT, "'اليوم' = Mon 13 Mar 2023"),
    ev("movement-response", "وردّ حراك المعلمين، مساء اليوم، بإعلان مواصلة الإضراب الشامل", COURT, "'مساء اليوم' = Mon 13 Mar 2023 (evening)"),
    ev("may-agreement", "اتفاقية الهيئة المستقلة لحقوق الإنسان", AGREEMENT[0], "no own expression; the ICHR-brokered agreement of May 2022", end=AGREEMENT[1]),
])
art(S, "https://qudspress.com/32442/",
    "2023-03-14", "no date on the stored page; the body's 'اليوم الثلاثاء' with the court order of 'مساء الإثنين' (Mon 13 Mar 2023, dated by al-Quds) gives Tue 14 Mar 2023 (ultrapal, dated '14-مارس-2023', reports the same statement); headline kept from the page; the last, truncated sentence dropped; no date of its own in the text", False, """
حراك المعلمين: قرار المحكمة العليا بوقف إضرابنا مخالف للقانون…ومستمرون بالإضراب
شدّد حراك المعلمين الموحد (المستقل) في الضفة الغربية، اليوم الثلاثاء، على مواصلة الإضراب الشامل ورفض العودة إلى المدارس قبل أن تنفذ الحكومة كامل بنود الاتفاقية الموقعة العام الماضي برعاية الهيئة المستقلة لحقوق المواطن الفلسطيني.
وكانت المحكمة الإدارية العليا التابعة للسلطة الفلسطينية في رام الله قد أصدرت، في ساعة متأخرة من مساء الإثنين، قرارا مستعجلا بوقف الإضراب المفتوح عن العمل في المدارس الحكومية، الذي أعلنه المعلمون العاملون فيها تحت مسمى (حراك المعلمين)، وبوقف امتناع المعلمين عن العمل، بناء على دعوى إدارية قدمتها وزارة التربية والتعليم، يوم الإثنين، تحت الرقم 59/2023.
واحتشد آلاف المعلمين الفلسطينيين، الإثنين، أمام مقر مجلس الوزراء في رام الله وسط الضفة الغربية، استجابة لدعوة حراك المعلمين الموحد.
ونفذ المعلمون اعتصامهم تزامنا مع الجلسة الأسبوعية لحكومة السلطة الفلسطينية، وهم يرددون هتافات تطالب بتلبية مطالبهم.
ويُذكر أن إضراب المعلمين في الضفة الغربية، الذي انطلق بدعوة من الحراك في الخامس من شباط/ فبراير الماضي، دخل شهره الثاني.
""", [
    ev("movement-tuesday", "شدّد حراك المعلمين الموحد (المستقل) في الضفة الغربية، اليوم الثلاثاء", "2023-03-14", "'اليوم الثلاثاء' = Tue 14 Mar 2023 (day of publication)"),
    ev("may-agreement", "الاتفاقية الموقعة العام الماضي", AGREEMENT[0], "'العام الماضي' = 2022; the agreement of May 2022 (qudsn: 'اتفاق مايو/أيار الماضي')", end=AGREEMENT[1]),
    ev("court-order", "في ساعة متأخرة من مساء الإثنين، قرارا مستعجلا", COURT, "'مساء الإثنين' from Tue 14 Mar = Mon 13 Mar 2023 (late evening)"),
    ev("ministry-lawsuit", "دعوى إدارية قدمتها وزارة التربية والتعليم، يوم الإثنين", COURT, "'يوم الإثنين' = Mon 13 Mar 2023"),
    ev("cabinet-sit-in", "واحتشد آلاف المعلمين الفلسطينيين، الإثنين", COURT, "'الإثنين' = Mon 13 Mar 2023 (during the cabinet's weekly session)"),
    ev("strike-start", "في الخامس من شباط/ فبراير الماضي", "2023-02-05", "'في الخامس من شباط/ فبراير الماضي' = Sun 5 Feb 2023"),
])

# ---------------------------------------------------------------- tunisia-substitute-teachers-strike-2025
S = "tunisia-substitute-teachers-strike-2025"
OPEN = "2025-01-06"                        # the open strike began Mon 6 Jan 2025
DECREE = ("2025-01-08", "2025-01-10")      # decree no. 21 of 2025 dated Wed 8 Jan, published / reported Thu 9 Jan
FILE2008 = ("2008-01-01", "2009-01-01")    # the substitutes' file goes back to 2008 ('17 سنة')
art(S, "http://touwensa.com/index.php/national-affairs/38302-adrab-mftwh-llasatdht-walm-lmyn-alnwab-ahtjaja-a-ly-takhr-nshr-alamr-altrtyby.html",
    "2025-01-05", "no date on the stored page; the body's 'أمس السبت 4 جانفي 2025' (4 Jan 2025 was a Saturday) gives Sun 5 Jan 2025; headline rendered from the URL slug; the 'related articles' list dropped, the bullet lists turned into sentences, the last, truncated bullet dropped; no date of its own in the text", False, """
إضراب مفتوح للأساتذة والمعلمين النواب احتجاجا على تأخر نشر الأمر الترتيبي
أعلن الأساتذة والمعلمون النواب، أمس السبت 4 جانفي 2025، خوض إضراب مفتوح يتضمن مقاطعة التدريس وعدم حضور مجالس الأقسام خلال الثلاثي الثاني، احتجاجا على التأخر في نشر الأمر الترتيبي المنظم للانتداب في الرائد الرسمي.
ووفق الترتيبات المعلنة، ينطلق الإضراب يوم الاثنين 6 جانفي 2025 بعد أداء تحية العلم، على أن يُبلغ المضربون المديرين أو النظّار بدخولهم في الإضراب.
ثم يتوجه النواب إلى المندوبيات الجهوية للتربية لإعلام المندوبين والمرابطة فيها، مع تحرير عريضة موجهة إلى الوزير عبر المندوب الجهوي، مذيّلة بالأسماء والإمضاءات، تُرسل إلى الوزارة عبر الفاكس.
وتأتي هذه الخطوة إثر بيان أصدرته التنسيقية الوطنية للأساتذة النواب بتاريخ 2 ديسمبر 2024، رفضت فيه اعتماد عقود محدودة في الزمن، وانتقدت عدم إصدار الأحكام الترتيبية الخاصة بعملية الانتداب.
وطالبت التنسيقية كذلك بإقرار التغطية الصحية والاجتماعية للأساتذة.
""", [
    ev("strike-announced", "أمس السبت 4 جانفي 2025، خوض إضراب مفتوح", "2025-01-04", "'أمس السبت 4 جانفي 2025' = Sat 4 Jan 2025"),
    ev("open-strike", "ينطلق الإضراب يوم الاثنين 6 جانفي 2025", OPEN, "'يوم الاثنين 6 جانفي 2025' (start of the open strike)"),
    ev("coordination-statement", "بيان أصدرته التنسيقية الوطنية للأساتذة النواب بتاريخ 2 ديسمبر 2024", "2024-12-02", "'بتاريخ 2 ديسمبر 2024' = Mon 2 Dec 2024"),
])
art(S, "https://rassdtunisia.net/17-%D8%B9%D8%A7%D9%85%D9%8B%D8%A7-%D9%85%D9%86-%D8%A7%D9%84%D8%A7%D9%86%D8%AA%D8%B8%D8%A7%D8%B1-%D8%A7%D9%84%D8%A3%D8%B3%D8%A7%D8%AA%D8%B0%D8%A9-%D9%88%D8%A7%D9%84%D9%85%D8%B9%D9%84%D9%85%D9%88/",
    "2025-01-06", "the body's 'بداية من اليوم الإثنين، 6 جانفي 2025' (kept; 6 Jan 2025 was a Monday); headline written from the URL slug ('17 عامًا من الانتظار') and the body; sub-headings dropped; the last, truncated sentence shortened to its visible part", True, """
17 عامًا من الانتظار: الأساتذة والمعلمون النواب يدخلون في إضراب مفتوح
بعد سنوات من الانتظار والمطالبات، قرّر الأساتذة والمعلمون النواب في تونس الدخول في إضراب مفتوح ومقاطعة استئناف الدروس بداية من اليوم الإثنين، 6 جانفي 2025، احتجاجا على تباطؤ وزارة التربية في تسوية أوضاعهم المهنية وصرف مستحقاتهم المالية المتراكمة منذ سنوات.
وأوضح المنسق الوطني للأساتذة النواب، مالك العياري، أن النواب اضطروا إلى هذا القرار بعدما تجاهلت الوزارة مطالبهم المتكررة، مضيفا أن مطلبهم "بسيط جدًا"، وهو ضبط آجال زمنية واضحة لإصدار الأوامر الترتيبية المتعلقة بوضعياتهم المهنية.
ويشمل الإضراب أكثر من 14 ألف أستاذ نائب و8 آلاف معلم نائب، من بينهم من لم يتقاض أجره منذ ثلاث سنوات متتالية.
وبحسب العياري، لم يحصل 143 أستاذًا نائبًا في ولاية القصرين على أي مستحقات مالية طيلة ثلاث سنوات، وهو ما وصفه بأنه "صادم وغير مقبول".
ويرجع ملف الأساتذة والمعلمين النواب إلى سنة 2008، وقد صار من أعقد الملفات في قطاع التربية، وقال العياري في هذا الصدد: "17 سنة من الصبر، تضاهي صبر سيدنا أيوب"، في إشارة إلى طول المدة التي أمضوها في انتظار حل لم يأت.
وأشار إلى أن مستحقات النواب تعود إلى سنة 2012.
""", [
    ev("open-strike", "الدخول في إضراب مفتوح ومقاطعة استئناف الدروس بداية من اليوم الإثنين، 6 جانفي 2025", OPEN, "'بداية من اليوم الإثنين، 6 جانفي 2025'"),
    ev("kasserine-unpaid", "طيلة ثلاث سنوات", "2022-01-06", "'طيلة ثلاث سنوات' up to Jan 2025 = Jan 2022 - Jan 2025 (my span)", end="2025-01-07"),
    ev("file-since-2008", "يرجع ملف الأساتذة والمعلمين النواب إلى سنة 2008", FILE2008[0], "'سنة 2008' = the year 2008 (the substitutes' file began then; '17 سنة')", end=FILE2008[1]),
    ev("dues-since-2012", "تعود إلى سنة 2012", "2012-01-01", "'سنة 2012' = the year 2012", end="2013-01-01"),
])
art(S, "https://backup.alarab.co.uk/%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D8%AA%D9%88%D9%86%D8%B3%D9%8A-%D9%8A%D9%82%D8%B1%D8%B1-%D8%A5%D8%AF%D9%85%D8%A7%D8%AC-20-%D8%A3%D9%84%D9%81-%D9%85%D8%AF%D8%B1%D8%B3-%D9%88%D9%82%D8%AA%D9%8A-%D9%81%D9%8A-%D9%88%D8%B8%D8%A7%D8%A6%D9%81%D9%87%D9%85",
    "2025-01-09", "page date line 'الخميس 2025/01/09' (kept as second line; 9 Jan 2025 was a Thursday); the body's 'الخميس' agrees; headline kept from the page; the sub-heading and standfirst merged into the last sentence, the last, truncated sentence dropped; the source's slip 'معلم متقاعد' (retired) rendered as 'مدرس متعاقد' (contract), as in its first sentence", True, """
الرئيس التونسي يقرر إدماج 20 ألف مدرس وقتي في وظائفهم
الخميس 2025/01/09
تونس - قرّر الرئيس التونسي قيس سعيد، الخميس، ترسيم 20 ألف مدرس متعاقد في وظائفهم بالمدارس الابتدائية والإعدادية والمعاهد التابعة لوزارة التربية، بعد أن دخلوا في إضراب عن العمل.
وتلجأ الوزارة عادة إلى التعاقد مع مدرسين، من معلمين وأساتذة نواب، لسد النقص في عدد المدرسين المعينين بصفة دائمة، غير أن هؤلاء المتعاقدين يتمتعون بحقوق أقل من زملائهم الدائمين.
وأفادت رئاسة الجمهورية، في بيان الخميس، بأن الرئيس سعيد وقّع أمرا رئاسيا يقضي بإدماج 20 ألف مدرس متعاقد، وذلك إثر لقائه رئيس الحكومة كمال المدوري.
وأوضحت أن الرئيس "قرّر غلق ملف المعلمين والأساتذة النواب نهائيا" بإصداره أمرا يقضي بإدماجهم في المدارس الابتدائية والإعدادية والمعاهد التابعة لوزارة التربية.
ووصف المنسق الوطني للأساتذة النواب مالك العياري صدور الأمر الرئاسي في العدد الأخير من الرائد الرسمي للجمهورية بأنه "تاريخي"، مؤكدا أن الملف ظل يراوح مكانه منذ 17 عاما، وأن انتداب المعلمين والأساتذة سيجري على دفعتين.
""", [
    ev("integration-decree", "قرّر الرئيس التونسي قيس سعيد، الخميس، ترسيم 20 ألف مدرس متعاقد", DECREE[0], "'الخميس' = Thu 9 Jan 2025 per the paper; the decree (no. 21 of 2025) is dated Wed 8 Jan 2025 and was published in the Official Gazette on Thu 9 Jan (outside knowledge); my span 8-9 Jan", end=DECREE[1]),
    ev("open-strike", "بعد أن دخلوا في إضراب عن العمل", OPEN, "no own expression; the open strike that began Mon 6 Jan 2025 (touwensa, rassdtunisia)"),
    ev("presidency-statement", "في بيان الخميس", DECREE[0], "'الخميس' = Thu 9 Jan 2025 per the paper; the presidency's statement on the signing, 8-9 Jan 2025 (my span)", end=DECREE[1]),
    ev("maddouri-meeting", "إثر لقائه رئيس الحكومة كمال المدوري", DECREE[0], "no own expression; the meeting at which the decree was signed, 8-9 Jan 2025 (my span)", end=DECREE[1]),
    ev("gazette-publication", "صدور الأمر الرئاسي في العدد الأخير من الرائد الرسمي", DECREE[0], "no own expression; the decree dated 8 Jan 2025 appeared in the Official Gazette of Thu 9 Jan 2025 (my span 8-9 Jan)", end=DECREE[1]),
    ev("file-since-2008", "منذ 17 عاما", FILE2008[0], "'منذ 17 عاما' from January 2025 = 2008 (rassdtunisia: 'يرجع ملف ... إلى سنة 2008')", end=FILE2008[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 320
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 583-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: announcements of national exam results (baccalaureate,
thanaweya amma, tawjihi) and the controversies that follow.
Stories: the Algerian baccalaureate results of the June 2025 session (Algeria, July 2025), the Egyptian
thanaweya amma results of 2025 and the grievances that followed (Egypt, July 2025), and the final results of
the Moroccan baccalaureate 2024 after the make-up session (Morocco, July 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-bac-2025-results
S = "algeria-bac-2025-results"
CONF = "2025-07-20"                        # Saadaoui's press conference and the results, Sun 20 Jul 2025
SESSION = ("2025-06-01", "2025-07-01")     # the 'June 2025' session (month only in the texts)
art(S, "https://www.education.gov.dz/2025/07/20/%d9%88%d8%b2%d9%8a%d8%b1-%d8%a7%d9%84%d8%aa%d8%b1%d8%a8%d9%8a%d8%a9-%d8%a7%d9%84%d9%88%d8%b7%d9%86%d9%8a%d8%a9-%d9%8a%d8%b9%d8%b1%d8%b6-%d8%a7%d9%84%d9%86%d8%aa%d8%a7%d8%a6%d8%ac-%d8%a7%d9%84%d8%b9-2",
    "2025-07-20", "the ministry's own news page; the date 2025/07/20 in its address and the body's 'صبيحة اليوم، الأحد 20 جويلية 2025' (20 Jul 2025 was a Sunday); headline kept from the page (it is repeated there); the stored excerpt ends after the fourth paragraph", True, """
وزير التربية الوطنية يعرض النتائج العامة لامتحان شهادة البكالوريا لدورة جوان 2025
نظّم وزير التربية الوطنية، الدكتور محمد صغير سعداوي، صبيحة اليوم، الأحد 20 جويلية 2025، ندوة صحفية في مقر الوزارة، حضرتها إطارات من الإدارة المركزية وممثلون عن الأسرة الإعلامية، وخُصصت لعرض نتائج البكالوريا لهذه الدورة وتحليلها، والتوقف عند أبرز المؤشرات التي كشفت عنها هذه المحطة التربوية الوطنية المهمة.
وفي بداية كلمته، أشاد الوزير بالجهود المشتركة التي بذلها التلاميذ وأولياؤهم والأسرة التربوية بجميع مكوناتها، في مسار امتد على موسم دراسي مليء بالتحديات.
وبيّن الوزير أن نتائج الامتحانات المدرسية تمثل مقياسا أساسيا لتقييم أداء المؤسسات التربوية، وأن الوزارة باشرت دراسة معمقة لهذه النتائج بغرض استغلال المعطيات المسجلة في بناء سياسات تربوية تطويرية مستقبلا، بما يتيح تعميم الممارسات الإيجابية وتحسين الأداء التربوي عبر كامل التراب الوطني.
كما أبرز الوزير أن عددا من المؤسسات التربوية، العمومية منها والخاصة، بلغت نسبة نجاح قدرها 100%، وهو ما يعكس تكامل الجهود التربوية والإدارية.
""", [
    ev("press-conference", "ندوة صحفية في مقر الوزارة", CONF, "'صبيحة اليوم، الأحد 20 جويلية 2025' = Sun 20 Jul 2025"),
    ev("bac-session-june-2025", "لامتحان شهادة البكالوريا لدورة جوان 2025", SESSION[0], "the 'دورة جوان 2025' of the headline: the exams of June 2025 (the month only in the text)", end=SESSION[1]),
    ev("results-study", "الوزارة باشرت دراسة معمقة لهذه النتائج", CONF, "no own expression; the study is said at the press conference of Sun 20 Jul 2025 to have begun (dated to that day)"),
    ev("schools-100-percent", "بلغت نسبة نجاح قدرها 100%", CONF, "no own expression; a result announced at the press conference of Sun 20 Jul 2025"),
])
art(S, "https://djaz.news/ar/%D8%A8%D9%83%D8%A7%D9%84%D9%88%D8%B1%D9%8A%D8%A7-2025-%D9%86%D8%B3%D8%A8%D8%A9-%D8%A7%D9%84%D9%86%D8%AC%D8%A7%D8%AD-%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A%D8%A9-%D9%84%D9%84%D9%85%D8%AA%D9%85%D8%AF%D8%B1%D8%B3%D9%8A%D9%86-%D8%A8%D9%84%D8%BA%D8%AA-57%D8%B151-%D8%A8%D8%A7%D9%84%D9%85%D8%A7%D8%A6%D8%A9-173845",
    "2025-07-20", "no date line on the stored page; the body's 'اليوم الأحد' for the minister's press conference, which was held on Sun 20 Jul 2025 (education.gov.dz: 'صبيحة اليوم، الأحد 20 جويلية 2025'), gives Sun 20 Jul 2025; the 'الحدث:' label dropped; headline kept from the page; the last, truncated sentence of the excerpt shortened", False, """
بكالوريا 2025 : نسبة النجاح الوطنية للمتمدرسين بلغت 57ر51 بالمائة
وصلت نسبة النجاح الوطنية لدى المتمدرسين في امتحان شهادة البكالوريا (دورة يونيو 2025) إلى 51,57 بالمائة، بحسب ما كشفه وزير التربية الوطنية، السيد محمد الصغير سعداوي، اليوم الأحد خلال ندوة صحفية.
وأفاد سعداوي بأن "كل مترشح نال هذا العام معدلا عاما يساوي 10 من 20 أو يفوقه يعدّ ناجحا في امتحان شهادة البكالوريا"، مبينا أن عدد الناجحين وصل إلى "367.122، تحصل 24.732 منهم على معدلات تتجاوز 16 من 20".
وتابع أن 1754 من هؤلاء الناجحين نالوا تقدير "ممتاز"، بينهم "54 مترشحا من الأحرار"، ورأى أن هذه الأرقام "تبعث على الفخر والاعتزاز لأن الناجحين يمثلون كفاءات الجزائر ومستقبلها الزاهر".
أما الحاصلون على تقدير "جيد جدا" فبلغ عددهم 22.978، وعلى تقدير "جيد" 42.421 ناجحا، في حين نال 73.910 ناجحين تقدير "قريب من الجيد".
وأشار الوزير إلى أن بعض الشعب عرفت "ارتفاعا" في نسب النجاح مثل "الرياضيات وتقني رياضي"، بينما سجلت شعب أخرى "انخفاضا" منها "الفنون والعلوم التجريبية وتسيير واقتصاد ولغات أجنبية وآداب وفلسفة".
وفي ترتيب الولايات، أضاف الوزير أن "ولاية تيزي وزو حافظت على الريادة بنسبة نجاح قدرها 62,83 بالمائة".
""", [
    ev("pass-rate-announced", "وصلت نسبة النجاح الوطنية لدى المتمدرسين", CONF, "no own expression; the rate was given at the press conference of 'اليوم الأحد' = Sun 20 Jul 2025"),
    ev("bac-session-june-2025", "في امتحان شهادة البكالوريا (دورة يونيو 2025)", SESSION[0], "'دورة يونيو 2025' = the exams of June 2025 (the month only in the text)", end=SESSION[1]),
    ev("press-conference", "اليوم الأحد خلال ندوة صحفية", CONF, "'اليوم الأحد' = Sun 20 Jul 2025 (the day of publication)"),
    ev("tizi-ouzou-first", "ولاية تيزي وزو حافظت على الريادة", CONF, "no own expression; the ranking given at the press conference of Sun 20 Jul 2025"),
])
art(S, "https://akhbarachark.dz/%d9%88%d8%b7%d9%86%d9%8a/51-57-%d8%a8%d8%a7%d9%84%d9%85%d8%a7%d8%a6%d8%a9-%d9%86%d8%b3%d8%a8%d8%a9-%d8%a7%d9%84%d9%86%d8%ac%d8%a7%d8%ad-%d9%81%d9%8a-%d8%a8%d9%83%d8%a7%d9%84%d9%88%d8%b1%d9%8a%d8%a7-2025-%d9%88-%d8%aa%d9%8a",
    "2025-07-21", "no date line on the stored page; the body's 'ندوة صحفية نُظمت أمس الأحد' for the press conference of Sun 20 Jul 2025 gives Mon 21 Jul 2025 (21 Jul 2025 was a Monday); headline rendered from the (truncated) URL slug; the excerpt breaks off in the sentence on Tizi Ouzou, which is ended after its first words", False, """
51.57 بالمائة نسبة النجاح في بكالوريا 2025
كشف وزير التربية الوطنية، محمد الصغير سعداوي، في ندوة صحفية نُظمت أمس الأحد، عن النتائج الرسمية لامتحان شهادة البكالوريا (دورة جوان 2025)، موضحا أن نسبة النجاح الوطنية لدى المتمدرسين وصلت إلى 51.57 بالمائة، وهي نسبة تدل على مستوى "مقبول" قياسا بالظروف التي طبعت السنة الدراسية، مع تفاوت في نسب النجاح بين الشعب والولايات.
ووصل عدد الناجحين في هذه الدورة إلى 367.122 مترشحا من أصل 873.878، إذ عُدّ ناجحا كل من نال معدلا يساوي 10 من 20 أو يزيد عليه.
وتميزت الدورة بحصول 24.732 مترشحا على معدلات تتجاوز 16 من 20، منهم 1754 ناجحا بتقدير "ممتاز"، بينهم 54 من فئة الأحرار.
وفي توزيع نسب النجاح حسب الشعب، عرفت بعض الشعب ارتفاعا واضحا مثل الرياضيات وتقني رياضي، في حين تراجعت نسبة النجاح في شعب أخرى، ولا سيما الفنون والعلوم التجريبية وتسيير واقتصاد واللغات الأجنبية وآداب وفلسفة، وهو ما يكشف تفاوت التحصيل بين التخصصات ويفتح الباب لتقييم منظومتها البيداغوجية.
وعلى مستوى الولايات، احتفظت ولاية تيزي وزو بالصدارة.
""", [
    ev("press-conference", "في ندوة صحفية نُظمت أمس الأحد", CONF, "'أمس الأحد' in an article of Mon 21 Jul 2025 = Sun 20 Jul"),
    ev("bac-session-june-2025", "لامتحان شهادة البكالوريا (دورة جوان 2025)", SESSION[0], "'دورة جوان 2025' = the exams of June 2025 (the month only in the text)", end=SESSION[1]),
    ev("pass-rate-announced", "نسبة النجاح الوطنية لدى المتمدرسين وصلت إلى 51.57 بالمائة", CONF, "no own expression; given at the press conference of Sun 20 Jul 2025 ('أمس الأحد')"),
    ev("tizi-ouzou-first", "احتفظت ولاية تيزي وزو بالصدارة", CONF, "no own expression; the ranking given at the press conference of Sun 20 Jul 2025"),
])

# ---------------------------------------------------------------- egypt-thanaweya-amma-2025-results-grievances
S = "egypt-thanaweya-amma-2025-results-grievances"
APPROVAL = "2025-07-22"                    # the minister approved the first-round results on Tue 22 Jul 2025
EXAMS = ("2025-06-15", "2025-07-11")       # first-round exams, 15 Jun - 10 Jul 2025 (published timetable)
GRIEV = ("2025-07-27", "2025-08-11")       # grievances open Sun 27 Jul - Sun 10 Aug 2025
art(S, "https://alborsagia.news/%d8%a7%d8%b9%d8%aa%d9%85%d8%a7%d8%af-%d9%86%d8%aa%d9%8a%d8%ac%d8%a9-%d8%a7%d9%84%d8%ab%d8%a7%d9%86%d9%88%d9%8a%d8%a9-%d8%a7%d9%84%d8%b9%d8%a7%d9%85%d8%a9-2025-%d8%ae%d9%84%d8%a7%d9%84-%d8%b3%d8%a7",
    "2025-07-22", "no date line on the stored page; the body's 'تمهيدًا لإعلانها رسميًا اليوم الثلاثاء، الموافق 22 يوليو 2025' (22 Jul 2025 was a Tuesday), written before the approval of that afternoon; headline rendered from the (truncated) URL slug; the sub-heading on university admission and the rest dropped", False, """
اعتماد نتيجة الثانوية العامة 2025 خلال ساعات
يتهيأ محمد عبد اللطيف، وزير التربية والتعليم والتعليم الفني، لاعتماد نتيجة الثانوية العامة 2025 "الدور الأول" في غضون الساعات القليلة المقبلة، فيما تترقب آلاف الأسر المصرية هذه اللحظة الحاسمة في المسار الدراسي لأبنائها، وتأتي هذه الخطوة بعد أن فرغت الكنترولات من مراجعة النتيجة وإعدادها كاملة، تمهيدا لإعلانها رسميا اليوم الثلاثاء، الموافق 22 يوليو 2025، على أن يطّلع عليها الطلاب عبر القنوات الرسمية فور اعتماد الوزير لها.
لا صحة لتسريب النتيجة.. والوزارة تدعو إلى تحري الدقة
ومع انتشار الشائعات، نفى شادي زلطه، المتحدث الرسمي باسم وزارة التربية والتعليم، ما جرى تداوله على مواقع التواصل الاجتماعي وبعض المنصات الإلكترونية عن تسريب كشوف نتائج الثانوية العامة، مؤكدا أن كل ما يُنشر في هذا الشأن "لا أساس له من الصحة"، وأن النتيجة محمية بالكامل داخل الكنترولات ولا يمكن اختراقها بأي صورة.
وطالبت الوزارة جميع الطلاب وأولياء الأمور بتحري الدقة وعدم الانجرار وراء الأخبار المغلوطة أو النتائج الوهمية، مؤكدة أن إعلان النتيجة لن يتم إلا في موعده المحدد وعبر القنوات الرسمية وحدها، صونا لحقوق الطلاب ومنعا لإثارة البلبلة.
""", [
    ev("results-approval", "لإعلانها رسميا اليوم الثلاثاء، الموافق 22 يوليو 2025", APPROVAL, "'اليوم الثلاثاء، الموافق 22 يوليو 2025' = Tue 22 Jul 2025"),
    ev("controls-finished", "بعد أن فرغت الكنترولات من مراجعة النتيجة وإعدادها كاملة", "2025-07-20", "no own expression; the control rooms finished shortly before the approval of Tue 22 Jul 2025 (my span 20 - 21 Jul)", end=APPROVAL),
    ev("leak-denial", "نفى شادي زلطه، المتحدث الرسمي باسم وزارة التربية والتعليم", "2025-07-21", "no own expression; the spokesman's denial reported on the morning of Tue 22 Jul 2025, made that day or the day before (my span 21 - 22 Jul)", end="2025-07-23"),
])
art(S, "https://misr-post.com/?p=518649",
    "2025-07-22", "no date line on the stored page; the body's 'اعتمد ... اليوم الثلاثاء نتيجة امتحانات الثانوية العامة 2025 الدور الأول' for the approval of Tue 22 Jul 2025 (alborsagia: 'اليوم الثلاثاء، الموافق 22 يوليو 2025'); headline kept from the page; the truncated last section dropped", False, """
وزير التعليم يزف بشرى سارة لطلاب الثانوية العامة.. نسبة النجاح 79.2% بالنظام الجديد
اعتمد الدكتور محمد عبد اللطيف، وزير التربية والتعليم والتعليم الفني، اليوم الثلاثاء نتيجة امتحانات الثانوية العامة 2025 للدور الأول، بنسبة نجاح وصلت إلى 79.2% في النظام الجديد و72.7% في النظام القديم، وهو ما يدل على تحسن واضح في نتائج هذا العام ويبعث الأمل لدى الطلاب وأولياء الأمور الساعين إلى مستقبل جامعي واعد بعد عناء عام دراسي طويل.
نتيجة الثانوية العامة 2025 تُظهر تحسنا في نسب النجاح
عرفت النتيجة هذا العام تطورا كبيرا في نسب النجاح بنظاميها الجديد والقديم، إذ بلغ مجموع المتقدمين للامتحانات 785099 طالبا وطالبة، حضر منهم فعليا 728892، ونجح منهم 574347، بما يعكس جهود الوزارة في تطوير منظومة التعليم وتهيئة أجواء ملائمة للطلاب خلال فترة الامتحانات.
وفي النظام الجديد، وصلت نسبة النجاح في شعبة علمي علوم إلى 79.6%، وفي شعبة علمي رياضة إلى 85.8%، أما الشعبة الأدبية فبلغت نسبة النجاح فيها 73.6%، وهي نسب مرتفعة نسبيا مقارنة بالأعوام الماضية، وتُظهر تفاعل الطلاب الإيجابي مع النظام الحديث.
""", [
    ev("results-approval", "اليوم الثلاثاء نتيجة امتحانات الثانوية العامة 2025", APPROVAL, "'اليوم الثلاثاء' = Tue 22 Jul 2025"),
    ev("pass-rate-announced", "بنسبة نجاح وصلت إلى 79.2% في النظام الجديد", APPROVAL, "no own expression; announced with the approval of Tue 22 Jul 2025"),
    ev("first-round-exams", "للطلاب خلال فترة الامتحانات", EXAMS[0], "no own expression; the first-round exams of 15 Jun - 10 Jul 2025 (the ministry's timetable)", end=EXAMS[1]),
    ev("section-rates", "وصلت نسبة النجاح في شعبة علمي علوم إلى 79.6%", APPROVAL, "no own expression; announced with the approval of Tue 22 Jul 2025"),
])
art(S, "https://thanwya.smartselwady.com/2025/07/2025_26.html",
    "2025-07-26", "no day on the stored page (only 2025/07 in its address); the headline's 'تبدأ غدًا' for the grievances, which open on 'يوم الأحد الموافق 27 يوليو 2025', gives Sat 26 Jul 2025 (26 Jul 2025 was a Saturday); the opening paragraph on English-language books (another subject) dropped; headline kept from the page; the list of steps cut after its first item", False, """
تبدأ غدًا.. تظلمات الثانوية العامة 2025- خطوات وإجراءات ورسوم التقديم إلكترونيًا
أعلنت وزارة التربية والتعليم والتعليم الفني بدء تلقي طلبات التظلم من طلاب وطالبات الثانوية العامة المتضررين من نتائجهم في امتحانات الدور الأول لشهادة إتمام الدراسة الثانوية العامة للعام الدراسي 2024/2025، على أن يبدأ استقبال التظلمات اعتبارًا من يوم الأحد الموافق 27 من شهر يوليو لعام 2025.
وتقرر أن يظل باب التظلم من نتائج الدور الأول مفتوحا خمسة عشر يومًا متواصلة، تبدأ من يوم الأحد الموافق 27 يوليو 2025، وتستمر حتى يوم الأحد الموافق 10 أغسطس 2025.
وشرحت الوزارة كل الآليات والضوابط والإجراءات التي ينبغي للطلاب اتباعها عند التظلم من نتائجهم، وهي كالتالي:
1. سداد الرسوم: على الطالب أن يدفع مبلغ 300 جنيه (ثلاثمائة جنيه مصري) عن كل مادة يريد التظلم منها، من خلال منافذ التحصيل المعتمدة.
""", [
    ev("first-round-exams", "في امتحانات الدور الأول لشهادة إتمام الدراسة الثانوية العامة", EXAMS[0], "no own expression; the first-round exams of 15 Jun - 10 Jul 2025 (the ministry's timetable)", end=EXAMS[1]),
    ev("results-approval", "المتضررين من نتائجهم", APPROVAL, "no own expression; the first-round results approved on Tue 22 Jul 2025"),
    ev("grievances-start", "اعتبارًا من يوم الأحد الموافق 27 من شهر يوليو لعام 2025", GRIEV[0], "'يوم الأحد الموافق 27 من شهر يوليو لعام 2025' = Sun 27 Jul 2025 (the headline's 'تبدأ غدًا')"),
    ev("grievances-window", "أن يظل باب التظلم من نتائج الدور الأول مفتوحا خمسة عشر يومًا متواصلة", GRIEV[0], "'من يوم الأحد الموافق 27 يوليو 2025 ... حتى يوم الأحد الموافق 10 أغسطس 2025' = Sun 27 Jul - Sun 10 Aug 2025", end=GRIEV[1]),
])

# ---------------------------------------------------------------- morocco-bac-2024-final-results
S = "morocco-bac-2024-final-results"
FINAL = "2024-07-19"                       # final results after the make-up session, Fri 19 Jul 2024
DELIB = "2024-07-18"                       # make-up session deliberations scheduled for Thu 18 Jul 2024
MAKEUP = ("2024-07-10", "2024-07-14")      # make-up session exams 10 - 13 Jul 2024
art(S, "https://alekhbaria24.com/32135.html/",
    "2024-07-19", "no date line on the stored page; the body's 'ابتداء من الساعات الأولى من صبيحة يومه الجمعة' ('يومه' = this very day) for the results of the make-up session, announced on Fri 19 Jul 2024 (the ministry's calendar: results on 19 Jul; guercifzoom of Sat 20 Jul), gives Fri 19 Jul 2024; the by-line dropped; headline written from the body (the stored text has none); the excerpt breaks off in the last sentence, which is dropped", False, """
الإعلان عن النتائج النهائية لامتحان البكالوريا برسم دورة 2024
كشفت وزارة التربية الوطنية والتعليم الأولي والرياضة عن النتائج النهائية للامتحان الوطني الموحد لنيل شهادة البكالوريا برسم دورة 2024، عقب انتهاء المداولات في مجموع الأكاديميات الجهوية للتربية والتكوين بشأن الدورة الاستدراكية، وقد اجتاز هذه الدورة 126.870 مترشحة ومترشحا من الممدرسين والأحرار، نجح منهم 72.054، أي بنسبة نجاح وصلت إلى 56,8% في هذه الدورة.
وبالنسبة للمترشحين الممدرسين في الدورة الاستدراكية، فقد بلغ عدد الناجحين منهم 57.525 بنسبة 57,4%، أما المترشحون الأحرار فقد نجح منهم في الدورة الاستدراكية 14.529 بنسبة 54,5%.
وبذلك وصل مجموع الناجحين في الدورتين العادية والاستدراكية إلى 347.861 مترشحة ومترشحا، بنسبة نجاح عامة قدرها 79,4%، مقابل 74,3% في دورة 2023.
وذكرت الوزارة في البلاغ نفسه أن كل المترشحات والمترشحين تلقوا نتائجهم عبر رسائل نصية قصيرة (SMS) وعبر بريدهم الإلكتروني taalim.ma، ابتداء من الساعات الأولى من صبيحة يومه الجمعة.
""", [
    ev("final-results-announced", "كشفت وزارة التربية الوطنية والتعليم الأولي والرياضة عن النتائج النهائية", FINAL, "no own expression; the communiqué of the day of publication, Fri 19 Jul 2024 ('يومه الجمعة')"),
    ev("makeup-deliberations", "عقب انتهاء المداولات في مجموع الأكاديميات الجهوية", DELIB, "no own expression; the make-up deliberations were scheduled for Thu 18 Jul 2024 (le12, heuredujournal), the day before the results"),
    ev("makeup-session-exams", "وقد اجتاز هذه الدورة 126.870 مترشحة ومترشحا", MAKEUP[0], "no own expression; the make-up session ran 10 - 13 Jul 2024 (le12: 'انطلقت اليوم الأربعاء' ... 'من 10 إلى 13 يوليوز 2024')", end=MAKEUP[1]),
    ev("results-sms", "تلقوا نتائجهم عبر رسائل نصية قصيرة (SMS)", FINAL, "'ابتداء من الساعات الأولى من صبيحة يومه الجمعة' = from the early hours of Fri 19 Jul 2024"),
])
art(S, "https://guercifzoom.net/28247.html",
    "2024-07-20", "the date line '20 يوليو 2024' under the author's name (20 Jul 2024 was a Saturday); the 'Last Update' label and the repeated headline dropped; headline kept from the page; the excerpt breaks off after the overall rate, so the comparison with 2023 is cut", True, """
نسبة النجاح بلغت 79.4 في المائة | الإعلان عن النتائج النهائية لامتحان البكالوريا
أعلنت وزارة التربية الوطنية والتعليم الأولي والرياضة النتائج النهائية للامتحان الوطني الموحد لنيل شهادة البكالوريا برسم دورة 2024، بعد أن استُكملت المداولات في كل الأكاديميات الجهوية للتربية والتكوين بخصوص الدورة الاستدراكية.
وأفادت الوزارة في بلاغ بأن 126.870 مترشحة ومترشحا من الممدرسين والأحرار اجتازوا هذه الدورة، نجح منهم 72.054، بنسبة نجاح بلغت 56,8 في المائة.
وبخصوص الممدرسين في الدورة الاستدراكية، يضيف البلاغ، فقد نجح منهم 57.525 بنسبة 57,4 في المائة، بينما نجح من المترشحين الأحرار 14.529 بنسبة 54,5 في المائة.
وأشار المصدر ذاته إلى أن عدد الناجحين في الدورتين العادية والاستدراكية معا بلغ 347.861 مترشحة ومترشحا، بنسبة نجاح عامة وصلت إلى 79,4 في المائة.
""", [
    ev("final-results-announced", "أعلنت وزارة التربية الوطنية والتعليم الأولي والرياضة النتائج النهائية", FINAL, "no own expression; the communiqué of Fri 19 Jul 2024, the day before publication (alekhbaria24: 'صبيحة يومه الجمعة')"),
    ev("makeup-deliberations", "بعد أن استُكملت المداولات", DELIB, "no own expression; the make-up deliberations scheduled for Thu 18 Jul 2024 (le12, heuredujournal)"),
    ev("makeup-session-exams", "اجتازوا هذه الدورة", MAKEUP[0], "no own expression; the make-up session of 10 - 13 Jul 2024", end=MAKEUP[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 583
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 356-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: COVID-19 curfews, lockdowns and reopenings in Arab countries
(2020-2021): curfew hours announced, extended, eased or lifted; mosques, schools, markets and airports closed and
reopened.
Stories: the end of Egypt's curfew and the reopening of its mosques and cafes (Egypt, June 2020), the three-phase
easing of Saudi Arabia's curfew and the reopening of its mosques (Saudi Arabia, May 2020), the curfew and weekend
lockdown re-imposed in Iraq (Iraq, February 2021), and the week of total lockdown before Eid al-Fitr in Tunisia
(Tunisia, May 2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-curfew-end-mosques-reopen-2020
S = "egypt-curfew-end-mosques-reopen-2020"
ANN = "2020-06-23"                         # Madbouly's crisis committee and press conference, Tue 23 Jun 2020
LIFT = "2020-06-27"                        # curfew ended, mosques (daily prayers), cafes and restaurants reopened, Sat 27 Jun 2020
MOSQ_CLOSED = "2020-03-21"                 # the Awqaf suspended prayers in mosques on Sat 21 Mar 2020
art(S, "https://royanews.tv/news/217253?1592917851",
    "2020-06-23", "page stamp 'نشر: 2020-06-23 16:10 آخر تحديث: 2020-06-23 16:10' (kept as second line; 23 Jun 2020 was a Tuesday); the body's 'الثلاثاء' agrees; the 'اقرأ أيضاً' link and the photo caption dropped; headline kept from the page; the last, truncated words ('مع استمرار تعليق الصل…') completed as the weekly prayers (osoulmisr, egymoe: Friday and Sunday prayers stay suspended)", True, """
مصر تلغي حظر التجول
نشر: 2020-06-23 16:10 آخر تحديث: 2020-06-23 16:10
قال هاني يونس، المستشار الإعلامي لرئيس الوزراء المصري، الثلاثاء، إن مصر سترفع حظر التجول المرتبط بتفشي فيروس كورونا رفعا كاملا، اعتبارا من السبت المقبل.
وترأس رئيس الوزراء المصري الدكتور مصطفى مدبولي الثلاثاء اجتماعا للجنة العليا لإدارة أزمة كورونا تابع فيه عدة ملفات، منها خطة عودة السياحة إلى مصر وإجراءاتها التي بحثتها وزيرة الصحة مع وزيري السياحة والطيران، وتفعيل إجراءات الحجر الصحي في كل المنافذ البرية والبحرية والجوية بمحافظات جنوب سيناء والبحر الأحمر ومطروح، وبطاقة لمتابعة الحالة الصحية للقادمين.
وأكد مدبولي أن المطاعم والمقاهي والنوادي الرياضية ودور العبادة ستعود لاستقبال روادها، ضمن حزمة إجراءات تستهدف تخفيف الحجر الصحي.
وأوضح أن المطاعم والمقاهي والنوادي الرياضية ستفتح أبوابها بربع طاقتها (25 بالمئة) اعتبارا من 27 يونيو.
وتابع: "ستغلق المحال التجارية أبوابها الساعة 9 مساء، أما المطاعم والمقاهي فالساعة 10 مساء".
كما أعلن أن دور العبادة ستفتح بدءا من السبت، على أن يبقى تعليق الصلوات الأسبوعية قائما.
""", [
    ev("curfew-lifted", "سترفع حظر التجول المرتبط بتفشي فيروس كورونا رفعا كاملا", LIFT, "'اعتبارا من السبت المقبل' in an article of Tue 23 Jun 2020 = Sat 27 Jun"),
    ev("reopening-announced", "وترأس رئيس الوزراء المصري الدكتور مصطفى مدبولي الثلاثاء اجتماعا", ANN, "'الثلاثاء' = Tue 23 Jun 2020 (page stamp)"),
    ev("cafes-reopen", "ستفتح أبوابها بربع طاقتها (25 بالمئة) اعتبارا من 27 يونيو", LIFT, "'اعتبارا من 27 يونيو' = Sat 27 Jun 2020"),
    ev("closing-hours", "ستغلق المحال التجارية أبوابها الساعة 9 مساء", LIFT, "no date of its own; the new closing hours apply with the other decisions from Sat 27 Jun 2020"),
    ev("worship-reopen", "أن دور العبادة ستفتح بدءا من السبت", LIFT, "'بدءا من السبت' = Sat 27 Jun 2020"),
])
art(S, "https://yallakhabar.com/2020/06/24/%d9%8a%d9%84%d8%a7-%d8%ae%d8%a8%d8%b1-%d8%aa%d8%b9%d8%b1%d9%81-%d8%b9%d9%84%d9%89-%d9%85%d9%88%d9%82%d9%81-%d8%ad%d8%b8%d8%b1-%d8%a7%d9%84%d8%aa%d8%ac%d9%88%d8%a7%d9%84-%d9%81%d9%8a-%d9%85%d8%b5",
    "2020-06-24", "page stamp '2020-06-24 05:27:00' (kept as second line; 24 Jun 2020 was a Wednesday), date in the URL '/2020/06/24/'; the site tag 'يلا خبر |', the greeting to the reader, a sub-heading and a photo caption dropped; headline kept from the page; the last, truncated clause ('…مطلع الأسبوع') dropped; the page's 'هشام مدبولي' left as 'مدبولي'", True, """
تعرّف على وضع حظر التجوال في مصر بعد قرارات الحكومة الأخيرة بعودة الحياة إلى طبيعتها
2020-06-24 05:27:00
قرر مجلس الوزراء المصري برئاسة مدبولي رفع حظر التجوال المفروض على المواطنين وعلى وسائل النقل، إبتداءاً من يوم السبت القادم الموافق 27 يونيو 2020، لتعود الحياة إلى طبيعتها في البلاد بصورة تدريجية مع التقيد بالإجراءات الاحترازية التي تحول دون انتقال العدوى.
وكانت مصر قد فرضت حظر التجوال منذ شهر مارس الماضي وحتى الآن، وأغلقت للفترة ذاتها المطاعم والكافيهات ودور السينما والمسارح ودور العبادة وقاعات المناسبات، بهدف منع تفشي فيروس كورونا والحد من انتشاره بين المواطنين.
وأعلن رئيس مجلس الوزراء المصري الدكتور مصطفى مدبولي القرارات الجديدة للحكومة الرامية إلى التعايش مع فيروس كورونا، إلى جانب الاستعدادات والإجراءات المتبعة لكبح انتشاره مع عودة الحياة إلى طبيعتها.
""", [
    ev("reopening-announced", "قرر مجلس الوزراء المصري برئاسة مدبولي", ANN, "no own expression (page of Wed 24 Jun 2020); the cabinet's decisions announced on Tue 23 Jun 2020 (royanews, osoulmisr 'الثلاثاء، 23 يونيو 2020')"),
    ev("curfew-lifted", "رفع حظر التجوال المفروض على المواطنين وعلى وسائل النقل", LIFT, "'إبتداءاً من يوم السبت القادم الموافق 27 يونيو 2020'"),
    ev("curfew-imposed", "وكانت مصر قد فرضت حظر التجوال منذ شهر مارس الماضي", "2020-03-25", "'منذ شهر مارس الماضي' = the night curfew in force from Wed 25 Mar 2020 (outside knowledge: announced on Tue 24 Mar, from 7 pm on Wed 25 Mar)"),
    ev("venues-closed", "وأغلقت للفترة ذاتها المطاعم والكافيهات", "2020-03-19", "'للفترة ذاتها' = March 2020: cafes and restaurants closed from Thu 19 Mar, mosques from Sat 21 Mar (outside knowledge; my span 19-25 Mar 2020)", end="2020-03-26"),
])

art(S, "https://baladnaelyoum.com/news/691548",
    "2020-06-26", "the body's 'ابتداء من يوم غد السبت ٦ من ذي القعدة ١٤٤١هـ الموافق ٢٧ يونيو ٢٠٢٠م' (kept) gives Fri 26 Jun 2020 (26 Jun 2020 was a Friday; 6 Dhu al-Qa'dah 1441 = 27 Jun 2020); no date line on the stored page; headline written from the body (the stored text has none); the page's closing prayer dropped", False, """
أول صلاة في مساجد مصر فجر السبت والأزهر يفتح أبوابه للمصلين
تُقام فجر السبت أول صلاة في مساجد الجمهورية كلها بعد إغلاق دام 3 اشهر، إثر قرار رئيس الوزراء فتح المساجد للصلوات الخمس وحدها دون صلاة الجمعة.
وأعلنت إدارة الجامع الأزهر الشريف كذلك أنه سيفتح أبوابه أمام المصلين لأداء الصلوات الخمس، ابتداء من يوم غد السبت ٦ من ذي القعدة ١٤٤١هـ الموافق ٢٧ يونيو ٢٠٢٠م.
وألحّت إدارة الجامع على أن يلتزم المصلون بكل الإجراءات الاحترازية المعمول بها، حفاظا على سلامتهم وللحد من انتشار فيروس كورونا المستجد.
وطلبت إدارة الجامع الأزهر من المصلين مراعاة ما يلي: "أن يأتي كل مصل إلى رحاب الجامع الأزهر متوضئا لأن دورات المياه والميضأة ستغلق، وأن يدخل عبر البوابات المخصصة للتعقيم مرتديا كمامة، وأن يحضر سجادة صلاته الخاصة بعد التأكد من تعقيمها جيدا.
وأن يلتزم بالتباعد بحيث لا تقل المسافة بين المصلي والآخر عن متر، وألا يمكث في الجامع بعد أداء الصلاة، وألا يتجول في صحن الجامع وأروقته دون داع".
وأوضحت إدارة الجامع الأزهر أن الأنشطة العلمية والدعوية للجامع ستبقى متوقفة لحين إشعار آخر.
""", [
    ev("worship-reopen", "تُقام فجر السبت أول صلاة في مساجد الجمهورية كلها", LIFT, "'فجر السبت' = Sat 27 Jun 2020 (the date is given in the next sentence)"),
    ev("mosques-closed", "بعد إغلاق دام 3 اشهر", MOSQ_CLOSED, "'إغلاق دام 3 اشهر' before Sat 27 Jun = the suspension of prayers in mosques of Sat 21 Mar 2020 (outside knowledge; egypt-today: 'منذ صدور قرار تعليقها في 21 مارس')"),
    ev("reopening-announced", "إثر قرار رئيس الوزراء فتح المساجد للصلوات الخمس", ANN, "no own expression; the Prime Minister's decision announced on Tue 23 Jun 2020"),
    ev("azhar-reopens", "سيفتح أبوابه أمام المصلين لأداء الصلوات الخمس", LIFT, "'ابتداء من يوم غد السبت ٦ من ذي القعدة ١٤٤١هـ الموافق ٢٧ يونيو ٢٠٢٠م'"),
])
art(S, "https://turkeytodey.com/14591/%d9%85%d8%b5%d8%b1-%d8%a7%d9%84%d8%a7%d8%b3%d8%aa%d8%ba%d9%86%d8%a7%d8%a1-%d8%b9%d9%86-%d8%b5%d9%8a%d8%ba%d8%a9-%d9%81%d9%8a-%d8%a7%d9%84%d8%a3%d8%b0%d8%a7%d9%86-%d9%85%d9%86-%d8%a3%d9%8a%d8%a7/?amp=1",
    "2020-06-27", "no date line on the stored page; the body's 'صلاة الفجر اليوم السبت' with the first dawn prayer after the reopening decided 'الأسبوع الماضي' gives Sat 27 Jun 2020 (27 Jun 2020 was a Saturday); the national toll it quotes (62,755 cases, 2,620 deaths) is Egypt's count of Fri 26 Jun; headline kept from the page; the source tag 'المصدر : وكالات' and the section tag dropped; no date of its own in the text", False, """
مصر.. التخلي عن صيغة أذان أيام الحظر
ودّعت مساجد مصر خلال صلاة الفجر اليوم السبت عبارة "ألا صلوا في بيوتكم"، إذ استقبلت مساجد البلاد المصلين بعد 3 أشهر من الإغلاق.
وبثت صحيفة "اليوم السابع" المحلية مقطع فيديو لأول صلاة فجر أقيمت داخل مساجد محافظة الإسماعيلية.
ويأتي ذلك في أعقاب قرار مجلس الوزراء المصري إلغاء حظر التجوال وعودة الصلوات مجددا، بعد حوالي 3 شهور من قرار إغلاق المساجد وفرض حظر التجوال لمنع التجمعات ومكافحة عدوى فيروس كورونا بين المصريين.
وكانت الحكومة قد قررت الأسبوع الماضي إعادة فتح دور العبادة لأداء كل الصلوات، باستثناء صلاة الجمعة في المساجد وقداس الأحد في الكنائس.
وواصلت المساجد والكنائس على مدار الأيام الماضية أعمال التعقيم والتطهير ورسم علامات التباعد الجسدي، ضمن إجراءات أخرى فرضتها الحكومة لحماية المصلين.
ووصل إجمالي المصابين بفيروس كورونا في مصر إلى 62 755 شخصا، تعافى منهم 16 737، وتوفي 2 620 شخصا.
""", [
    ev("adhan-formula-dropped", "ودّعت مساجد مصر خلال صلاة الفجر اليوم السبت", LIFT, "'اليوم السبت' = Sat 27 Jun 2020"),
    ev("worship-reopen", "استقبلت مساجد البلاد المصلين بعد 3 أشهر من الإغلاق", LIFT, "the same Saturday dawn, Sat 27 Jun 2020"),
    ev("curfew-lifted", "إلغاء حظر التجوال وعودة الصلوات مجددا", LIFT, "no own date; the curfew ended and prayers resumed on Sat 27 Jun 2020"),
    ev("mosques-closed", "من قرار إغلاق المساجد", MOSQ_CLOSED, "'بعد حوالي 3 شهور' before Sat 27 Jun = the closure of mosques of Sat 21 Mar 2020 (the curfew followed on Wed 25 Mar)"),
    ev("reopening-announced", "وكانت الحكومة قد قررت الأسبوع الماضي إعادة فتح دور العبادة", ANN, "'الأسبوع الماضي' from Sat 27 Jun = the decision of Tue 23 Jun 2020"),
    ev("mosques-disinfected", "وواصلت المساجد والكنائس على مدار الأيام الماضية أعمال التعقيم", ANN, "'على مدار الأيام الماضية' = between the decision of Tue 23 and the reopening of Sat 27 Jun 2020 (my span)", end=LIFT),
])

# ---------------------------------------------------------------- saudi-curfew-easing-mosques-reopen-2020
S = "saudi-curfew-easing-mosques-reopen-2020"
SPA = "2020-05-26"                         # the SPA statement on the three phases, early on Tue 26 May 2020 (3 Shawwal 1441)
PHASE1 = "2020-05-28"                      # curfew hours 6 am - 3 pm, car travel between regions, malls: Thu 28 - Sat 30 May 2020
PHASE2 = "2020-05-31"                      # mosques (except Mecca), 6 am - 8 pm, domestic flights, offices: Sun 31 May - Sat 20 Jun 2020
PHASE3 = "2020-06-21"                      # curfew lifted except in Mecca, Sun 21 Jun 2020
art(S, "https://yemen-press.net/print.php?id=117315",
    "2020-05-26", "page date line '2020/05/26' (kept as second line; 26 May 2020 was a Tuesday); the body's 'في وقت مبكر يوم الثلاثاء' agrees; headline kept from the page (reworded); the printing notice with the link dropped", True, """
السعودية تصدر قرارات جديدة بشأن حظر التجول
2020/05/26
نشرت وكالة الأنباء السعودية الرسمية في وقت مبكر يوم الثلاثاء بيانا، اطلع عليه محررنا، يفيد بأن المملكة ستغير أوقات حظر التجول هذا الأسبوع، ثم ترفعه كليا في جميع المناطق باستثناء مدينة مكة بدءًا من 21 يونيو.
وأوضح البيان أن الحظر على السفر الداخلي وعلى إقامة الصلوات في المساجد وعلى الذهاب إلى العمل في القطاعين العام والخاص سيرفع كذلك بدءًا من 31 مايو.
وفي مكة، سيُعدَّل وقت الحظر ليسري من الثالثة عصرًا وحتى السادسة صباحًا، وسيُسمح للمساجد فيها بإقامة الصلوات ابتداءً من 21 يونيو.
""", [
    ev("easing-announced", "نشرت وكالة الأنباء السعودية الرسمية في وقت مبكر يوم الثلاثاء بيانا", SPA, "'في وقت مبكر يوم الثلاثاء' = early on Tue 26 May 2020 (date line)"),
    ev("curfew-hours-changed", "ستغير أوقات حظر التجول هذا الأسبوع", PHASE1, "'هذا الأسبوع' = the new hours (6 am - 3 pm) from Thu 28 May 2020 (argaam, sayidaty)"),
    ev("curfew-fully-lifted", "ثم ترفعه كليا في جميع المناطق باستثناء مدينة مكة", PHASE3, "'بدءًا من 21 يونيو' = Sun 21 Jun 2020"),
    ev("mosques-reopen", "وعلى إقامة الصلوات في المساجد", PHASE2, "'بدءًا من 31 مايو' = Sun 31 May 2020"),
    ev("mecca-curfew-eased", "سيُعدَّل وقت الحظر ليسري من الثالثة عصرًا وحتى السادسة صباحًا", PHASE2, "no date of its own; in Mecca the curfew became 3 pm - 6 am in the second phase, from Sun 31 May 2020 (outside knowledge: the SPA statement's third item)"),
    ev("mecca-mosques-reopen", "وسيُسمح للمساجد فيها بإقامة الصلوات ابتداءً من 21 يونيو", PHASE3, "'ابتداءً من 21 يونيو' = Sun 21 Jun 2020"),
])
art(S, "https://www.tanja7.com/62220/%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D8%AA%D9%81%D8%AA%D8%AD-%D8%A7%D9%84%D9%85%D8%B3%D8%A7%D8%AC%D8%AF-%D9%88%D8%AA%D8%B3%D9%85%D8%AD-%D8%A8%D8%A5%D9%82%D8%A7%D9%85%D8%A9-%D8%B5%D9%84/",
    "2020-05-26", "no date line on the stored page; the body's 'اليوم الثلاثاء' with the SPA statement of early Tue 26 May 2020 (yemen-press, gazatime 'فجر اليوم الثلاثاء 3 شوال 1441') gives Tue 26 May 2020, and 'يوم الأحد القادم 31 ماي' agrees; headline kept from the page; the call for comments dropped; no date of its own in the text", False, """
السعودية تعيد فتح المساجد وتأذن بصلاة الجمعة والجماعة
أعلنت السعودية اليوم الثلاثاء السماح بإقامة صلاة الجمعة والجماعة في كل الفروض بمساجد المملكة، باستثناء مساجد "مكة المكرمة"، مع التقيد بالإجراءات الاحترازية والتدابير الوقائية، على أن تستمر إقامة صلاة الجمعة والجماعة في المسجد الحرام وفق الإجراءات الصحية والاحترازية المطبقة حاليا.
وبحسب وكالة الأنباء السعودية "واس"، يدخل هذا القرار حيز التنفيذ ابتداء من يوم الأحد القادم 31 ماي، ويسري إلى غاية 20 من شهر يونيو القادم.
وأضافت الوكالة أنه سيُسمح كذلك خلال نفس الفترة، من الساعة السادسة صباحا حتى الثامنة مساء، بعودة عدد من الأنشطة التجارية والاقتصادية وبالتجول في جميع مناطق المملكة والتنقل بين المدن، وسيُرفع تعليق الرحلات الجوية الداخلية، وذلك باستثناء مدينة مكة المكرمة.
في المقابل، تبقى العمرة والزيارة معلقتين، على أن يُراجع ذلك بشكل دوري في ضوء المعطيات الصحية، كما تظل الرحلات الدولية معلقة حتى إشعار آخر.
""", [
    ev("easing-announced", "أعلنت السعودية اليوم الثلاثاء", SPA, "'اليوم الثلاثاء' = Tue 26 May 2020 (the SPA statement of early Tuesday)"),
    ev("mosques-reopen", "السماح بإقامة صلاة الجمعة والجماعة في كل الفروض بمساجد المملكة", PHASE2, "'ابتداء من يوم الأحد القادم 31 ماي' (next sentence) = Sun 31 May 2020"),
    ev("curfew-6-to-8", "من الساعة السادسة صباحا حتى الثامنة مساء", PHASE2, "'خلال نفس الفترة' = Sun 31 May - Sat 20 Jun 2020 ('إلى غاية 20 من شهر يونيو القادم')", end=PHASE3),
    ev("domestic-flights-resume", "وسيُرفع تعليق الرحلات الجوية الداخلية", PHASE2, "'خلال نفس الفترة' = from Sun 31 May 2020"),
])
art(S, "https://betatesting.argaam.com/ar/switch-view?mobile=false&returnUrl=https%3A%2F%2Fbetatesting.argaam.com%2Far%2Farticle%2Farticledetail%2Fid%2F1378881",
    "2020-05-28", "page date line '2020/05/28 أرقام' (kept as second line; 28 May 2020 was a Thursday); the body's 'اليوم الخميس الموافق 28 مايو 2020م' agrees; headline kept from the page; the site's clock and menu lines dropped", True, """
اليوم.. رفع جزئي لمنع التجول في كل مناطق المملكة عدا مكة المكرمة
2020/05/28 أرقام
يبدأ اليوم الخميس الموافق 28 مايو 2020م الرفع الجزئي لمنع التجول في جميع مناطق المملكة باستثناء مدينة مكة المكرمة، إذ تتغير أوقات السماح بالتجول لتمتد من الساعة السادسة صباحًا حتى الثالثة مساءً، وذلك حتى نهاية يوم السبت 7 شوال 1441هـ الموافق 30 مايو 2020م.
ويُسمح اعتبارا من اليوم بالتنقل بين مناطق المملكة ومدنها بالسيارة الخاصة أثناء فترة عدم منع التجول.
وتواصل الأنشطة المستثناة في القرارات السابقة عملها، مع السماح لبعض الأنشطة الاقتصادية والتجارية بفتح أبوابها ومزاولة أعمالها في فترة السماح، مثل محلات تجارة التجزئة والجملة والمراكز التجارية (المولات).
في حين يبقى المنع ساريا على كل الأنشطة التي لا يتحقق فيها التباعد الجسدي، ومنها صالونات التجميل وصالونات الحلاقة والنوادي الرياضية والصحية والمراكز الترفيهية ودور السينما، وغيرها من الأنشطة التي تحددها الجهات المختصة.
وكان منع التجول الكامل قد بدأ في المملكة من الجمعة الماضية الموافق 22 مايو 2020 اعتبارا من الساعة الخامسة مساء، وسرى طوال اليوم في كل مدن المملكة ومناطقها، واستمر حتى أمس الأربعاء الموافق 27 مايو 2020.
""", [
    ev("curfew-hours-changed", "يبدأ اليوم الخميس الموافق 28 مايو 2020م الرفع الجزئي لمنع التجول", PHASE1, "'اليوم الخميس الموافق 28 مايو 2020م' (the phase runs to Sat 30 May)"),
    ev("car-travel-allowed", "بالتنقل بين مناطق المملكة ومدنها بالسيارة الخاصة", PHASE1, "'اعتبارا من اليوم' = Thu 28 May 2020"),
    ev("malls-reopen", "مع السماح لبعض الأنشطة الاقتصادية والتجارية بفتح أبوابها", PHASE1, "no date of its own; from today, Thu 28 May 2020, with the first phase"),
    ev("eid-full-curfew", "وكان منع التجول الكامل قد بدأ في المملكة", "2020-05-22", "'من الجمعة الماضية الموافق 22 مايو 2020' ... 'حتى أمس الأربعاء الموافق 27 مايو 2020' = the 24-hour Eid curfew, Fri 22 (29 Ramadan) - Wed 27 May 2020", end=PHASE1),
])
art(S, "https://almowaten.net/2020/05/%d8%b4%d8%a7%d9%87%d8%af-%d8%a7%d9%84%d9%85%d8%b3%d8%a7%d8%ac%d8%af-%d8%aa%d9%81%d8%aa%d8%ad-%d8%a3%d8%a8%d9%88%d8%a7%d8%a8%d9%87%d8%a7-%d9%88%d8%aa%d8%b3%d8%aa%d9%82%d8%a8%d9%84-%d8%a7%d9%84%d9%85",
    "2020-05-31", "the body's 'فجر اليوم الأحد، 1441/10/8 هـ الموافق 2020/05/31 م' (kept; 31 May 2020 was a Sunday, 8 Shawwal 1441), date in the URL '/2020/05/'; the embedded tweet of the paper (dated May 31, 2020) gives the headline, its hashtags and link dropped; the list of unrelated headlines above the article and the last, truncated sentence dropped", True, """
مساجد المملكة تستقبل أول صلاة جماعة بعد الإغلاق والتجول مسموح إلى الثامنة
مع طلوع فجر اليوم الأحد، 1441/10/8 هـ الموافق 2020/05/31 م، فتحت مساجد المملكة أبوابها للمصلين بعد أكثر من 70 يوما من الإغلاق فرضته الإجراءات الاحترازية للوقاية من فيروس كورونا.
وودّعت المساجد عبارة "صلوا في بيوتكم" التي اعتاد المصلون سماعها طيلة الأيام الماضية بعد قرار غلق المساجد احترازيا للوقاية من كورونا.
""", [
    ev("mosques-reopen", "فتحت مساجد المملكة أبوابها للمصلين", PHASE2, "'فجر اليوم الأحد، 1441/10/8 هـ الموافق 2020/05/31 م'"),
    ev("curfew-6-to-8", "والتجول مسموح إلى الثامنة", PHASE2, "headline; the 6 am - 8 pm hours of the second phase, Sun 31 May - Sat 20 Jun 2020", end=PHASE3),
    ev("mosques-closed", "بعد أكثر من 70 يوما من الإغلاق", "2020-03-13", "'بعد أكثر من 70 يوما' before Sun 31 May = the suspension of prayers in mosques in mid-March 2020: okaz dates it from 13 Mar, the Council of Senior Scholars' decision was of Tue 17 Mar (my span 13-17 Mar)", end="2020-03-18"),
    ev("adhan-formula-dropped", 'وودّعت المساجد عبارة "صلوا في بيوتكم"', PHASE2, "with the reopening at dawn on Sun 31 May 2020"),
])

# ---------------------------------------------------------------- iraq-curfew-weekend-lockdown-feb-2021
S = "iraq-curfew-weekend-lockdown-feb-2021"
DEC = "2021-02-13"                         # the Higher Committee for Health and National Safety (Kadhimi) decided the measures on Sat 13 Feb 2021
START = "2021-02-18"                       # curfew 8 pm - 5 am, e-learning, closures from Thu 18 Feb 2021
WEEKEND = ("2021-02-18", "2021-02-22")     # the first full-curfew weekend: Thu 18 Feb evening - Mon 22 Feb 2021 dawn
MOSQ = ("2021-02-13", "2021-02-19")        # mosques and husseiniyas closed (decided Sat 13, in force by Thu 18 Feb at the latest)
art(S, "https://albaladnews.net/article/293836",
    "2021-02-13", "no date line on the stored page; the body's 'اليوم السبت' with the committee's decisions of Sat 13 Feb 2021 (aawsat 'أمس (السبت)', sarabic URL 20210213) gives Sat 13 Feb 2021 (13 Feb 2021 was a Saturday); headline kept from the page; the site tag 'أخبار البلد' and the news ticker dropped; no date of its own in the text", False, """
العراق يعيد فرض حظر التجوال الجزئي
أعلنت اللجنة العليا للصحة والسلامة في العراق، اليوم السبت، أنها أعادت فرض حظر التجوال الجزئي، بعد ارتفاع الإصابات بفيروس كورونا خلال الأيام الأخيرة.
وبموجب قرار اللجنة، يسري حظر التجوال من الثامنة مساء إلى الخامسة صباحا، بدءا من الثامن عشر من الشهر الحالي ولمدة أسبوعين.
واستثنت اللجنة من الحظر ملاكات وزارة الصحة والقوات الأمنية والدوائر الخدمية ومحال بيع الخضار.
ومنعت كذلك إقامة مجالس العزاء وفرضت على المخالفين غرامة قدرها خمسة ملايين دينار عراقي (نحو 3750 دولارا)، وقررت إغلاق المساجد والحسينيات كافة وفتحها أوقات الصلاة لرفع الأذان فقط.
وقررت أيضا أن يصبح التعليم إلكترونيا في المدارس والمعاهد والكليات الحكومية والأهلية، باستثناء المراحل النهائية لطلبة كليات الطب، وأن تغلق مراكز المساج والتجميل لمدة أسبوعين.
كما حظرت اللجنة إقامة حفلات الأفراح في قاعات المناسبات وأمرت بإغلاقها من 15 فبراير الحالي إلى إشعار آخر.
""", [
    ev("committee-decision", "أعلنت اللجنة العليا للصحة والسلامة في العراق، اليوم السبت", DEC, "'اليوم السبت' = Sat 13 Feb 2021"),
    ev("curfew-starts", "يسري حظر التجوال من الثامنة مساء إلى الخامسة صباحا", START, "'بدءا من الثامن عشر من الشهر الحالي' = Thu 18 Feb 2021"),
    ev("mosques-closed", "وقررت إغلاق المساجد والحسينيات كافة", MOSQ[0], "no date of its own; decided on Sat 13 Feb and listed with the measures in force from Thu 18 Feb 2021 (sarabic); my span 13-18 Feb", end=MOSQ[1]),
    ev("e-learning", "أن يصبح التعليم إلكترونيا في المدارس", START, "no date of its own; from Thu 18 Feb 2021 (sarabic 'بدءا من 18/2/2021', aawsat)"),
    ev("wedding-halls-closed", "وأمرت بإغلاقها من 15 فبراير الحالي", "2021-02-15", "'من 15 فبراير الحالي' = Mon 15 Feb 2021"),
])
art(S, "https://sarabic.ae/20210213/%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D8%A5%D8%BA%D9%84%D8%A7%D9%82-%D8%A7%D9%84%D9%85%D8%AA%D8%A7%D8%AC%D8%B1-%D9%88%D8%AF%D9%88%D8%B1-%D8%A7%D9%84%D8%B9%D8%A8%D8%A7%D8%AF%D8%A9-%D9%88%D9%81%D8%B1%D8%B6-%D8%AD%D8%B8%D8%B1-%D8%AA%D8%AC%D9%88%D9%84-%D8%B4%D8%A7%D9%85%D9%84-3-%D8%A3%D9%8A%D8%A7%D9%85-%D9%84%D9%85%D9%88%D8%A7%D8%AC%D9%87%D8%A9-%D9%83%D9%88%D8%B1%D9%88%D9%86%D8%A7-1048107927.html",
    "2021-02-13", "date in the URL '/20210213/' (13 Feb 2021 was a Saturday); the body's 'في وقت سابق اليوم' for the committee's first announcement of Sat 13 Feb agrees; headline rendered from the URL slug (the stored text starts in the middle of the report, at 'وأضاف البيان'); no date of its own in the text", True, """
العراق.. إغلاق المتاجر ودور العبادة وفرض حظر تجول شامل 3 أيام لمواجهة كورونا
وأفاد البيان بأن "الاجتماع انتهى إلى فرض حظر تجول شامل في أيام الجمعة والسبت والأحد من كل أسبوع، اعتبارا من يوم 18 فبراير/شباط 2021، على أن يكون الحظر جزئيا لأيام الاثنين والثلاثاء والأربعاء والخميس من الساعة الثامنة مساء، ولغاية الساعة الخامسة فجرا ولغاية يوم 8 آذار/ مارس 2021، ويعاد النظر فيه بحسب الموقف الوبائي".
وأضاف أنه تقرر كذلك "إغلاق الأماكن الترفيهية والمتنزهات ودور السينما والقاعات الرياضية والمسابح كافة، وإغلاق المطاعم مع الاقتصار على خدمة التوصيل، وإغلاق المولات والمقاهي والكافيتريات، ابتداء من 18 فبراير، ولمدة أسبوعين قابلة للتمديد بحسب الموقف الوبائي للمرض، وإغلاق المساجد والحسينيات كافة وفتحها أوقات الصلاة (فقط) لرفع الأذان ومنع صلاة الجماعة فيها وإلى إشعار آخر".
وبحسب البيان، قررت اللجنة العليا للصحة في العراق أن "يكون التعليم في المدارس والمعاهد والكليات الحكومية والأهلية إلكترونيا بدءا من 18/2/2021 ولغاية 4/3/2021، مع قابلية التمديد بحسب الموقف الوبائي".
وكانت اللجنة العليا للصحة بالعراق قد أعلنت، في وقت سابق اليوم، فرض حظر للتجوال من الثامنة مساءً للخامسة صباحا بدءا من الخميس المقبل، ولمدة أسبوعين، في إطار جهود مكافحة "كوفيد-19".
""", [
    ev("weekend-full-curfew", "فرض حظر تجول شامل في أيام الجمعة والسبت والأحد من كل أسبوع", WEEKEND[0], "'اعتبارا من يوم 18 فبراير/شباط 2021': the first full-curfew weekend, Thu 18 Feb evening - Mon 22 Feb 2021 dawn (iqiraq)", end=WEEKEND[1]),
    ev("curfew-starts", "على أن يكون الحظر جزئيا لأيام الاثنين والثلاثاء والأربعاء والخميس", START, "'اعتبارا من يوم 18 فبراير/شباط 2021' = Thu 18 Feb 2021"),
    ev("venues-closed", "إغلاق الأماكن الترفيهية والمتنزهات ودور السينما", START, "'ابتداء من 18 فبراير' = Thu 18 Feb 2021"),
    ev("mosques-closed", "وإغلاق المساجد والحسينيات كافة وفتحها أوقات الصلاة (فقط)", MOSQ[0], "listed with the measures 'ابتداء من 18 فبراير', decided on Sat 13 Feb 2021; my span 13-18 Feb", end=MOSQ[1]),
    ev("e-learning", "يكون التعليم في المدارس والمعاهد والكليات الحكومية والأهلية إلكترونيا", START, "'بدءا من 18/2/2021' = Thu 18 Feb 2021"),
    ev("committee-decision", "قد أعلنت، في وقت سابق اليوم، فرض حظر للتجوال", DEC, "'في وقت سابق اليوم' = Sat 13 Feb 2021 (URL date)"),
])
art(S, "https://aawsat.com/home/article/2803836/%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D9%8A%D8%B9%D9%84%D9%86-%D8%AD%D8%B8%D8%B1%D8%A7%D9%8B-%D9%84%D9%8A%D9%84%D9%8A%D8%A7%D9%8B-%D9%88%D9%85%D9%86%D8%B9-%D8%A7%D9%84%D8%AA%D8%AC%D9%85%D8%B9%D8%A7%D8%AA?page=9",
    "2021-02-14", "no date line on the stored page; the body's 'أمس (السبت)' for the decisions of Sat 13 Feb 2021 and 'ابتداء من غد 15 فبراير' give Sun 14 Feb 2021 (14 Feb 2021 was a Sunday; the paper's print report of the next day); headline rendered from the URL slug; the trailing video teaser dropped; no date of its own in the text", False, """
العراق يعلن حظرا ليليا ومنعا للتجمعات
قررت اللجنة العليا للصحة والسلامة الوطنية في العراق أمس (السبت) فرض حظر للتجوال يمتد من الساعة الثامنة مساءً حتى الخامسة صباحاً، بدءاً من الثامن عشر من الشهر الحالي، ضمن الإجراءات الحكومية لكبح تفشي فيروس كورونا. وقررت اللجنة العليا كذلك في ختام اجتماعها أمس أن تستثني من حظر التجوال وزارة الصحة والقوات الأمنية والدوائر الخدمية ومحلات بيع الخضار.
وبيّنت اللجنة أن إقامة مجالس العزاء ستمنع مع فرض غرامة قدرها خمسة ملايين دينار على المخالفين، وأن المساجد والحسينيات كافة ستغلق ولن تفتح إلا أوقات الصلاة لرفع الأذان. وقررت اللجنة أيضا منع حفلات الأفراح في قاعات المناسبات وإغلاق هذه القاعات ابتداء من غد 15 فبراير (شباط) حتى إشعار آخر. وذكرت اللجنة أن طلاب المدارس والمعاهد والكليات الحكومية والأهلية سيدرسون إلكترونياً ابتداء من يوم 18 من الشهر الحالي، باستثناء المراحل النهائية لطلبة كليات الطب.
ولفتت اللجنة إلى أن مراكز التدليك والتجميل ستغلق لمدة أسبوعين.
وسجلت وزارة الصحة والبيئة في العراق أمس 2190 إصابة جديدة بفيروس كورونا المستجد، ليصل إجمالي الإصابات في البلاد إلى 641 ألفا و628 حالة. وأوضحت الوزارة في تقريرها أمس أنها سجلت 1185 حالة شفاء وسبع حالات وفاة.
""", [
    ev("committee-decision", "قررت اللجنة العليا للصحة والسلامة الوطنية في العراق أمس (السبت)", DEC, "'أمس (السبت)' in an article of Sun 14 Feb 2021 = Sat 13 Feb"),
    ev("curfew-starts", "فرض حظر للتجوال يمتد من الساعة الثامنة مساءً حتى الخامسة صباحاً", START, "'بدءاً من الثامن عشر من الشهر الحالي' = Thu 18 Feb 2021"),
    ev("mosques-closed", "وأن المساجد والحسينيات كافة ستغلق", MOSQ[0], "no date of its own; decided on Sat 13 Feb, in force by Thu 18 Feb 2021 (my span)", end=MOSQ[1]),
    ev("wedding-halls-closed", "وإغلاق هذه القاعات ابتداء من غد 15 فبراير (شباط)", "2021-02-15", "'ابتداء من غد 15 فبراير' = Mon 15 Feb 2021"),
    ev("e-learning", "سيدرسون إلكترونياً ابتداء من يوم 18 من الشهر الحالي", START, "'ابتداء من يوم 18 من الشهر الحالي' = Thu 18 Feb 2021"),
    ev("daily-cases-2190", "وسجلت وزارة الصحة والبيئة في العراق أمس 2190 إصابة جديدة", DEC, "'أمس' = Sat 13 Feb 2021"),
])
art(S, "https://iqiraq.news/society/print:page,1,11646--.html",
    "2021-02-18", "the body's dateline-style 'مساء الخميس (18 شباط 2021)' (kept; 18 Feb 2021 was a Thursday; IQ News dates its reports this way, cf. its 'الجمعة (26 شباط، 2021)' of 26 Feb) with 'قبل ساعات من بدء سريان الحظر' and 'ومنذ الصباح' gives Thu 18 Feb 2021; headline written from the body (the stored print page has none); the last, truncated sentence ('ومنذ الصباح انتشرت مفارز …') dropped", True, """
بغداد والمحافظات تدخل حظر التجوال
دخلت العاصمة بغداد ومعها بقية المحافظات عدا إقليم كردستان، مساء الخميس (18 شباط 2021)، حظرا على التجوال يستمر حتى فجر الاثنين المقبل، لكبح تفشي فيروس كورونا الذي ارتفعت الإصابات به مؤخراً في عموم البلاد.
وبعد أيام من تحذيرات رسمية من "التهاون" العام في الالتزام بالإجراءات الوقائية، أصدرت لجنة الصحة والسلامة الوطنية التي يرأسها رئيس الوزراء مصطفى الكاظمي حزمة قرارات، منها حظر جزئي للتجوال بدءاً من الثامنة مساءً وحتى الخامسة فجراً يصبح شاملاً في أيام الجمعة والسبت والأحد، لمدة أسبوعين، إلى جانب تعطيل الدوام في المدارس والكليات وإغلاق المنشآت الترفيهية والتجارية الكبيرة كالمولات.
وتضمنت إجراءات اللجنة تعليمات لسائقي مركبات النقل العام بشأن عدد الركاب المسموح به، ولوّحت بغرامات تبلغ 100 ألف دينار على المخالفين.
وقبل ساعات من بدء سريان الحظر، قال مصدر أمني لموقع IQ NEWS إن القوات الأمنية شرعت في نصب نقاط مشتركة في شوارع بغداد استعدادا لدخول حظر التجوال حيز التنفيذ، في حين دعت السلطات المواطنين إلى ملازمة منازلهم "حفاظا على سلامتهم"، وجابت دوريات بعض الشوارع تدعو أصحاب المحال عبر مكبرات الصوت إلى إغلاقها.
""", [
    ev("weekend-full-curfew", "حظرا على التجوال يستمر حتى فجر الاثنين المقبل", WEEKEND[0], "'مساء الخميس (18 شباط 2021)' to 'فجر الاثنين المقبل' = Thu 18 - Mon 22 Feb 2021", end=WEEKEND[1]),
    ev("committee-decision", "أصدرت لجنة الصحة والسلامة الوطنية التي يرأسها رئيس الوزراء مصطفى الكاظمي حزمة قرارات", DEC, "no own expression ('بعد أيام من تحذيرات رسمية'); the committee's decisions of Sat 13 Feb 2021"),
    ev("curfew-starts", "منها حظر جزئي للتجوال بدءاً من الثامنة مساءً وحتى الخامسة فجراً", START, "in force from the evening of Thu 18 Feb 2021 (first sentence)"),
    ev("venues-closed", "وإغلاق المنشآت الترفيهية والتجارية الكبيرة كالمولات", START, "no date of its own; with the curfew, from Thu 18 Feb 2021"),
    ev("checkpoints-set-up", "شرعت في نصب نقاط مشتركة في شوارع بغداد", START, "'قبل ساعات من بدء سريان الحظر' = Thu 18 Feb 2021, before 8 pm"),
    ev("patrols-loudspeakers", "وجابت دوريات بعض الشوارع", START, "the same hours before the curfew, Thu 18 Feb 2021"),
])

# ---------------------------------------------------------------- tunisia-total-lockdown-eid-may-2021
S = "tunisia-total-lockdown-eid-may-2021"
PRESSER = "2021-05-07"                     # Mechichi's press conference and government decree, Fri 7 May 2021
LOCK = ("2021-05-09", "2021-05-17")        # total lockdown Sun 9 - Sun 16 May 2021 (Eid al-Fitr fell on Thu 13 May)
art(S, "https://djazairess.com/ennahar/993317",
    "2021-05-07", "no date line on the stored page (an ennahar item on djazairess); the body's 'اليوم الجمعة' with Mechichi's press conference of Fri 7 May 2021 (the decree is dated 7 May: alchourouk) gives Fri 7 May 2021 (7 May 2021 was a Friday); headline written from the body (the stored text has none); no date of its own in the text", False, """
تونس تقر حجرا صحيا شاملا من 9 إلى 16 ماي
أعلن رئيس الحكومة التونسية هشام مشيشي، اليوم الجمعة، عن فرض الحجر الصحي الشامل من 9 إلى 16 ماي الجاري. ويتضمن قرار الحجر الصحي الشامل تغيير توقيت حظر الجولان ليصبح ابتداء من الساعة السابعة مساءً إلى الساعة الخامسة صباحا. وصار التنقل بين المدن ممنوعا إلا في الحالات المرخص لها والحالات الاستعجالية. كما مُنعت كل التجمعات والاحتفالات والحفلات والتظاهرات الثقافية والرياضية، وعُلّق ارتياد دور العبادة. وقضى الحجر كذلك بغلق الأسواق اليومية والأسبوعية والمساحات التجارية الكبرى والمحلات التجارية. إضافة إلى الاستمرار في تطبيق الحجر الصحي الإجباري على الوافدين. ونبّه رئيس الحكومة التونسية هشام المشيشي، في ندوة صحفية عقدها الجمعة، إلى أن الوضع الصحي في البلاد بلغ درجة حرجة. واعترف بوجود مخاوف من انهيار المنظومة الصحية جراء ارتفاع عدد المصابين بالعدوى.
""", [
    ev("lockdown-announced", "أعلن رئيس الحكومة التونسية هشام مشيشي، اليوم الجمعة", PRESSER, "'اليوم الجمعة' = Fri 7 May 2021"),
    ev("total-lockdown", "فرض الحجر الصحي الشامل من 9 إلى 16 ماي الجاري", LOCK[0], "'من 9 إلى 16 ماي الجاري' = Sun 9 - Sun 16 May 2021", end=LOCK[1]),
    ev("curfew-7pm", "تغيير توقيت حظر الجولان ليصبح ابتداء من الساعة السابعة مساءً", LOCK[0], "during the lockdown, Sun 9 - Sun 16 May 2021", end=LOCK[1]),
    ev("gatherings-banned", "كما مُنعت كل التجمعات والاحتفالات والحفلات", LOCK[0], "during the lockdown, Sun 9 - Sun 16 May 2021", end=LOCK[1]),
    ev("markets-closed", "وقضى الحجر كذلك بغلق الأسواق اليومية والأسبوعية", LOCK[0], "during the lockdown, Sun 9 - Sun 16 May 2021", end=LOCK[1]),
    ev("health-system-warning", "ونبّه رئيس الحكومة التونسية هشام المشيشي، في ندوة صحفية عقدها الجمعة", PRESSER, "'الجمعة' = Fri 7 May 2021"),
])
art(S, "https://maghress.com/lakome/230012",
    "2021-05-07", "no date line on the stored page (a lakome item on maghress); the body's 'اليوم الجمعة' with Mechichi's press conference of Fri 7 May 2021 gives Fri 7 May 2021; headline written from the body (the stored text has none); the last, truncated clause on the fall of GDP ('فقد تراجع إجمالي الناتج الداخلي لع…') dropped", True, """
تونس تفرض إغلاقا تاما لمدة أسبوع خلال عطلة العيد
فرضت الحكومة التونسية اليوم الجمعة إغلاقا تاما في كامل أنحاء البلاد لمدة أسبوع، وهي فترة عطلة عيد الفطر، تحسبا لموجة جديدة من الوباء. ونبهت السلطات الصحية إلى أن القطاع الصحي معرض للانهيار. وأوضح رئيس الحكومة "هشام المشيشي" في مؤتمر صحفي أن تطبيق الإغلاق التام سيبدأ في 9 أيار/مايو الجاري، وسيتواصل عشرة أيام. وأضاف المشيشي أن هذه الإجراءات ترمي إلى حماية المنظومة الصحية وصحة المواطن. وبمقتضاها سيُمنع التنقل إلا في الحالات القصوى، وستُغلق الأسواق ودور العبادة، ويُحظر السفر بين المحافظات. كما ستُمنع الاحتفالات والتجمعات طيلة الأسبوع المقبل بدءا من الأحد، ولن يُسمح بالخروج من المنازل إلا للضرورة القصوى. وأغلقت السلطات المدارس والكليات، ومددت حظر التجول الليلي المفروض منذ أسابيع. وشهد عدد الإصابات في تونس ارتفاعا خطيرا منذ مطلع إبريل، فتجاوز 300 ألف إصابة، مع عدد قياسي من الوفيات تخطى 11 ألف وفاة. وتعاني مستشفيات حكومية في المحافظات الكبرى من الاكتظاظ، إذ تسجل يوميا أكثر من ألف إصابة، ووصلت أقسام الإنعاش وتزويد الأكسجين في بعضها إلى طاقتها القصوى. وكان المشيشي قد رفض الإغلاق التام في مرات سابقة، لأن الوضع الاقتصادي في البلاد لا يحتمل ذلك.
""", [
    ev("lockdown-announced", "فرضت الحكومة التونسية اليوم الجمعة إغلاقا تاما", PRESSER, "'اليوم الجمعة' = Fri 7 May 2021"),
    ev("total-lockdown", "أن تطبيق الإغلاق التام سيبدأ في 9 أيار/مايو الجاري", LOCK[0], "'في 9 أيار/مايو الجاري' = Sun 9 May 2021; the lockdown ran to Sun 16 May ('عشرة أيام' is the article's own count)", end=LOCK[1]),
    ev("markets-closed", "وستُغلق الأسواق ودور العبادة", LOCK[0], "during the lockdown, Sun 9 - Sun 16 May 2021", end=LOCK[1]),
    ev("gatherings-banned", "كما ستُمنع الاحتفالات والتجمعات طيلة الأسبوع المقبل بدءا من الأحد", LOCK[0], "'طيلة الأسبوع المقبل بدءا من الأحد' = Sun 9 - Sun 16 May 2021", end=LOCK[1]),
    ev("cases-surge", "وشهد عدد الإصابات في تونس ارتفاعا خطيرا منذ مطلع إبريل", "2021-04-01", "'منذ مطلع إبريل' = 1 Apr - 7 May 2021 (my span)", end="2021-05-08"),
])
art(S, "https://www.elilam.net/archive/node/10891",
    "2021-05-08", "no date line on the stored page; the body's 'بالأمس الجمعة' for the government's statement of Fri 7 May 2021 gives Sat 8 May 2021 (8 May 2021 was a Saturday), and the toll it quotes from 'الخميس' (86 deaths, 1,410 cases) is the ministry's report of Thu 6 May; headline written from the body (the stored text has none); no date of its own in the text", False, """
تونس تقر حجرا صحيا كاملا وحظرا للتجول
بسبب تفشي جائحة كورونا، قررت تونس تشديد الإجراءات الاحترازية وفرض حجر صحي كامل مدة خمسة عشر يوما إبتداءا من 9 مايو. وذكرت الحكومة التونسية في بيان أصدرته بالأمس الجمعة أنها أقرت حجرا صحيا كاملا، إلى جانب حظر للتجول يبدأ من السابعة مساءا حتى الخامسة صباحا.
ومُنعت كل التجمعات والاحتفالات والحفلات وكل التظاهرات الثقافية والرياضية، وعُلّق ارتياد دور العبادة.
وقضى الحجر أيضا بغلق الأسواق اليومية والأسبوعية والمساحات التجارية الكبرى والمحلات التجارية، ومواصلة العمل بالحجر الصحي الإجباري للوافدين.
وكانت وزارة الصحة التونسية قد أعلنت الخميس تسجيل 86 وفاة و1410 إصابات جديدة بكورونا خلال الساعات الـ24 السابقة.
وبذلك ارتفع إجمالي ضحايا الوباء في تونس إلى 11208 وفيات، بينما لا يزال 2684 مصابا بكورونا في المستشفيات العامة والخاصة، منهم 508 مرضى في أقسام العناية المركزة و152 آخرون على أجهزة التنفس الاصطناعي.
وأمرت الحكومة التونسية كذلك بالإغلاق التام للأسواق ودور العبادة، ومنع التجمعات والحفلات وكل التظاهرات الثقافية وجميع الأنشطة الرياضية.
وتُعد تونس الوجهة المفضلة لكثير من الموريتانيين الراغبين في العلاج، من بين دول عديدة في العالم.
""", [
    ev("total-lockdown", "وفرض حجر صحي كامل مدة خمسة عشر يوما إبتداءا من 9 مايو", LOCK[0], "'إبتداءا من 9 مايو' = Sun 9 May 2021; the lockdown ran to Sun 16 May (the article's 'خمسة عشر يوما' is its own error)", end=LOCK[1]),
    ev("lockdown-announced", "وذكرت الحكومة التونسية في بيان أصدرته بالأمس الجمعة", PRESSER, "'بالأمس الجمعة' in an article of Sat 8 May 2021 = Fri 7 May"),
    ev("curfew-7pm", "حظر للتجول يبدأ من السابعة مساءا حتى الخامسة صباحا", LOCK[0], "during the lockdown, Sun 9 - Sun 16 May 2021", end=LOCK[1]),
    ev("gatherings-banned", "ومُنعت كل التجمعات والاحتفالات والحفلات", LOCK[0], "during the lockdown, Sun 9 - Sun 16 May 2021", end=LOCK[1]),
    ev("markets-closed", "وقضى الحجر أيضا بغلق الأسواق اليومية والأسبوعية", LOCK[0], "during the lockdown, Sun 9 - Sun 16 May 2021", end=LOCK[1]),
    ev("toll-86-deaths", "قد أعلنت الخميس تسجيل 86 وفاة و1410 إصابات جديدة", "2021-05-06", "'الخميس' before Sat 8 May = Thu 6 May 2021"),
])
art(S, "https://www.turess.com/alchourouk/2163694",
    "2021-05-09", "the page's 'تاريخ النشر : 2021/05/09' (kept as last line; 9 May 2021 was a Sunday); headline written from the body (the stored text has none); the truncated parenthesis '(الذي صدر …' and the pointer to the print edition dropped", True, """
أمر حكومي يضبط إجراءات الحجر الصحي الشامل من 9 إلى 16 ماي
أصدر رئيس الحكومة هشام المشيشي بتاريخ 7 ماي الجاري أمرا حكوميا يخص إجراءات الحجر الصحي الشامل في الفترة الممتدة من 9 إلى 16 ماي 2021. ونص الأمر على استئناف العمل بإجراءات الحجر الصحي الشامل الواردة في الأمر الحكومي عدد 156 لسنة 2020 المؤرخ في 22 مارس 2020.
تاريخ النشر : 2021/05/09
""", [
    ev("lockdown-decree", "أصدر رئيس الحكومة هشام المشيشي بتاريخ 7 ماي الجاري أمرا حكوميا", PRESSER, "'بتاريخ 7 ماي الجاري' = Fri 7 May 2021"),
    ev("total-lockdown", "إجراءات الحجر الصحي الشامل في الفترة الممتدة من 9 إلى 16 ماي 2021", LOCK[0], "'من 9 إلى 16 ماي 2021' = Sun 9 - Sun 16 May 2021", end=LOCK[1]),
    ev("march-2020-decree", "الأمر الحكومي عدد 156 لسنة 2020 المؤرخ في 22 مارس 2020", "2020-03-22", "'المؤرخ في 22 مارس 2020' = Sun 22 Mar 2020"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 356
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

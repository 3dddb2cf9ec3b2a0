"""Builds stories.jsonl: the 499-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: vaccination and public-health campaigns (launches of
national campaigns, polio, measles or cholera vaccination rounds, their extensions and results).
Stories: the emergency cholera vaccination campaign in the government-held districts of al-Hodeidah (Yemen,
July 2025), the Saudi national measles-rubella-mumps (MMR) school campaign of Shawwal 1432 (Saudi Arabia,
September 2011), and the measles vaccination campaign for the Mbera refugee camp and Hodh Ech Chargui
(Mauritania, January 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- yemen-hodeidah-cholera-vaccination-2025
S = "yemen-hodeidah-cholera-vaccination-2025"
LAUNCH = "2025-07-26"                      # the campaign opened on Sat 26 Jul 2025
PERIOD = (LAUNCH, "2025-08-01")            # six days, 26 - 31 Jul 2025 (end exclusive)
SO_FAR = (LAUNCH, "2025-07-31")            # during the campaign, before the sada-alsahel report of Wed 30 Jul
art(S, "https://www.ye-media.net/print.php?id=6983",
    "2025-07-26", "date line '2025/07/26' at the head of the stored print page (kept as first line); the body's 'اليوم السبت 26 يوليو/ تموز' agrees (26 Jul 2025 was a Saturday); headline kept from the page; the print footer ('تم طباعة هذه الخبر ... رابط الخبر') dropped", True, """
2025/07/26
حملة تطعيم طارئة ضد الكوليرا في الحديدة تستهدف 266 ألف شخص
بدأت السلطات المحلية في محافظة الحديدة، اليوم السبت 26 يوليو/ تموز، حملة طارئة للتحصين من وباء الكوليرا، بمساندة منظمة الصحة العالمية (WHO) ومنظمة الأمم المتحدة للطفولة (يونيسف).
وفي افتتاح الحملة، حث محافظ الحديدة سكان المديريات المحررة على التجاوب مع الحملة وتلقي اللقاح، موضحا أن التطعيم وسيلة ناجعة لوقاية الأطفال والأسر من خطر الإصابة بالكوليرا.
من ناحيته، أوضح مدير مكتب الصحة في المحافظة أن الحملة تستهدف قرابة 266 ألف شخص في المديريات المحررة، وتمتد لمدة ستة أيام، مشددا على أهمية تجاوب السكان للحد من تفشي الوباء الذي قد يهدد أرواح آلاف الأشخاص.
وتشهد مناطق يمنية عديدة بين حين وآخر تفشي أوبئة منها الكوليرا، في ظل تحديات صحية ومعيشية متزايدة.
""", [
    ev("campaign-launch", "بدأت السلطات المحلية في محافظة الحديدة، اليوم السبت 26 يوليو/ تموز", LAUNCH, "'اليوم السبت 26 يوليو/ تموز' = Sat 26 Jul 2025"),
    ev("governor-call", "حث محافظ الحديدة سكان المديريات المحررة على التجاوب مع الحملة", LAUNCH, "no own expression; said at the opening of the campaign ('وفي افتتاح الحملة'), Sat 26 Jul 2025"),
    ev("health-director-statement", "أوضح مدير مكتب الصحة في المحافظة أن الحملة تستهدف", LAUNCH, "no own expression; the same opening of Sat 26 Jul 2025 ('من ناحيته' after the governor)"),
    ev("campaign-period", "وتمتد لمدة ستة أيام", PERIOD[0], "'لمدة ستة أيام' from Sat 26 Jul 2025 = 26 - 31 Jul 2025 (sada-alsahel: 'حتى الـ31 من الشهر ذاته')", end=PERIOD[1]),
])
art(S, "https://www.sada-alsahel.net/Mnews/171176",
    "2025-07-30", "page stamp 'الأربعاء - 30 يوليو 2025 - الساعة 04:23 م بتوقيت اليمن' (30 Jul 2025 was a Wednesday), dropped with the section tag 'اخبار الساحل' and the dateline 'صدى الساحل - الحديدة', so the text is undated; the body's 'انطلقت في الـ26 من يوليو الجاري' and 'ستستمر حتى الـ31' agree (a report from inside the campaign); headline written from the body (the stored text has none); the last sentence, cut in the stored text after 'في مديرية', shortened", False, """
تفاعل مجتمعي مع الحملة الوطنية للتحصين ضد الكوليرا في الحديدة
بدأت في الـ26 من يوليو الجاري الحملة الوطنية للتحصين ضد الكوليرا في المناطق المحررة من محافظة الحديدة، ترافقها جهود مكثفة لفرق التثقيف الصحي لتعريف المواطنين بأهمية أخذ اللقاح، على أن تتواصل حتى الـ31 من الشهر ذاته.
ولقيت الحملة تجاوبا لافتا من المجتمعات المحلية، لا سيما في مديرية الخوخة، إذ رافق عبدالله جزيلان، عضو المجلس المحلي في المديرية، فرق التوعية الميدانية.
وشدد جزيلان في تصريح صحفي على أهمية الحملة وضرورة أخذ اللقاح للوقاية من الكوليرا، ولا سيما مع تزايد الإصابات في بعض المناطق الساحلية.
وبيّن الدكتور جلال غالب، المشرف المركزي على الحملة، أن فرق التثقيف الصحي تؤدي دورا أساسيا في نجاح الحملة، عبر بلوغ الفئات المستهدفة وتقديم التوعية الصحيحة بالمرض وطرق الوقاية منه.
وأضاف أن التنسيق بين الكوادر الصحية والسلطات المحلية أسهم في تيسير الوصول إلى المناطق المستهدفة وتخطي كثير من الصعوبات الميدانية.
من جهته، نوه الدكتور يحيى عباس زهير، مدير إدارة التثقيف والإعلام الصحي بمكتب الصحة في محافظة الحديدة، بالجهود التي يبذلها المجلس المحلي.
""", [
    ev("campaign-launch", "بدأت في الـ26 من يوليو الجاري الحملة الوطنية للتحصين ضد الكوليرا", LAUNCH, "'في الـ26 من يوليو الجاري' in an article of July 2025 = Sat 26 Jul 2025"),
    ev("campaign-period", "على أن تتواصل حتى الـ31 من الشهر ذاته", PERIOD[0], "from Sat 26 Jul to 'الـ31 من الشهر ذاته' = 26 - 31 Jul 2025", end=PERIOD[1]),
    ev("jazilan-with-teams", "رافق عبدالله جزيلان، عضو المجلس المحلي في المديرية، فرق التوعية الميدانية", SO_FAR[0], "no own expression; during the campaign, before this report of Wed 30 Jul 2025 (my span 26 - 30 Jul 2025)", end=SO_FAR[1]),
    ev("jazilan-statement", "وشدد جزيلان في تصريح صحفي على أهمية الحملة", SO_FAR[0], "no own expression; during the campaign, before this report of Wed 30 Jul 2025 (my span 26 - 30 Jul 2025)", end=SO_FAR[1]),
    ev("ghaleb-statement", "وبيّن الدكتور جلال غالب، المشرف المركزي على الحملة", SO_FAR[0], "no own expression; during the campaign, before this report of Wed 30 Jul 2025 (my span 26 - 30 Jul 2025)", end=SO_FAR[1]),
])

# ---------------------------------------------------------------- saudi-mmr-national-campaign-2011
S = "saudi-mmr-national-campaign-2011"
START = "2011-09-17"                       # Sat 19 Shawwal 1432 = 17 Sep 2011: the campaign (phase 1) began
CEREMONY = "2011-09-18"                    # Sun 20 Shawwal 1432: the two ministers' launch ceremony
VACC = "2011-09-25"                        # Sun 27 Shawwal 1432: vaccinating in the schools began (al-Ahsa's postponed start)
PHASE2 = "2011-12-03"                      # Sat 8 Muharram 1433 = 3 Dec 2011: phase 2
art(S, "https://sauress.com/sabq/49678",
    "2011-09-16", "no date on the stored page (a Sabq report carried by sauress); the body's 'ابتداء من يوم غد السبت 19/ 10/ 1432ه' with 'السبت 19 شوال 1432ه الموافق 17 سبتمبر 2011م' makes the publication day the eve of Sat 17 Sep 2011, i.e. Fri 16 Sep 2011 (16 Sep 2011 was a Friday; 'ظهر الأحد القادم 20/ 10/ 1432ه' = Sun 18 Sep agrees); headline written from the body (the stored text has none); the last sentence, cut in the stored text after 'وجم', dropped", False, """
وزيرا التربية والصحة يدشنان الحملة الوطنية للتحصين ضد الحصبة والنكاف
يفتتح وزير التربية والتعليم الأمير فيصل بن عبدالله ووزير الصحة الدكتور عبدالله الربيعة، ظهر الأحد القادم 20/ 10/ 1432ه، فعاليات الحملة الوطنية الشاملة للتحصين ضد أمراض الحصبة والحصبة الألمانية والنكاف، في حفل يقام لهذه المناسبة في قاعة الاحتفالات بديوان الوزارة.
وكان المتحدث الرسمي باسم وزارة الصحة الدكتور خالد بن محمد مرغلاني قد بيّن أن الحملة ستبدأ في موعدها المخطط له، ابتداء من يوم غد السبت 19/ 10/ 1432ه في جميع مناطق المملكة ومحافظاتها.
وأوضح أن الأسبوع الأول سيخصص للأنشطة والفعاليات التوعوية وللتعريف بالحملة وأهدافها، على أن يبدأ التطعيم من يوم الأحد 27/ 10/ 1432ه.
وأضاف أن الحملة تشمل الفئات العمرية من 9 شهور حتى 24 سنة، وتنفذ على مرحلتين.
وتبدأ المرحلة الأولى يوم السبت 19 شوال 1432ه الموافق 17 سبتمبر 2011م ولمدة خمسة أسابيع، وتستهدف كل طلبة وطالبات المدارس الابتدائية والمتوسطة والثانوية الحكومية منها والخاصة، إلى جانب مدارس الجاليات والسفارات والمدارس المدنية والعسكرية.
أما المرحلة الثانية فتنطلق من السبت 8 محرم 1433ه الموافق 3 ديسمبر 2011م ولمدة خمسة أسابيع، وتستهدف كل الطلبة والطالبات في الكليات المدنية والعسكرية، فضلا عن الأطفال من عمر 9 شهور حتى ما قبل سن المدرسة.
""", [
    ev("launch-ceremony", "يفتتح وزير التربية والتعليم الأمير فيصل بن عبدالله ووزير الصحة الدكتور عبدالله الربيعة", CEREMONY, "'ظهر الأحد القادم 20/ 10/ 1432ه' = Sun 18 Sep 2011"),
    ev("campaign-start", "ابتداء من يوم غد السبت 19/ 10/ 1432ه", START, "'يوم غد السبت 19/ 10/ 1432ه' = Sat 17 Sep 2011 (the text: '19 شوال 1432ه الموافق 17 سبتمبر 2011م')"),
    ev("awareness-week", "الأسبوع الأول سيخصص للأنشطة والفعاليات التوعوية", START, "'الأسبوع الأول' of the campaign begun on Sat 17 Sep 2011 = 17 - 23 Sep 2011 (vaccinating begins Sun 25 Sep)", end="2011-09-24"),
    ev("vaccination-start", "على أن يبدأ التطعيم من يوم الأحد 27/ 10/ 1432ه", VACC, "'يوم الأحد 27/ 10/ 1432ه' = Sun 25 Sep 2011"),
    ev("phase1", "وتبدأ المرحلة الأولى يوم السبت 19 شوال 1432ه الموافق 17 سبتمبر 2011م ولمدة خمسة أسابيع", START, "'السبت 19 شوال 1432ه الموافق 17 سبتمبر 2011م ولمدة خمسة أسابيع' = 17 Sep - 21 Oct 2011", end="2011-10-22"),
    ev("phase2-start", "أما المرحلة الثانية فتنطلق من السبت 8 محرم 1433ه", PHASE2, "'السبت 8 محرم 1433ه الموافق 3 ديسمبر 2011م' = Sat 3 Dec 2011 (the start; it lasts five weeks)"),
])
art(S, "http://al-jazirah.com/2011/20110921/ln32.htm",
    "2011-09-21", "no date line in the stored text; the URL folder '/2011/20110921/' is al-Jazirah's print issue of Wed 21 Sep 2011 (23 Shawwal 1432); the body's 'يوم الأحد 27 شوال الجاري' (= Sun 25 Sep 2011, still to come) and 'السبت 8 محرم المقبل' agree; the byline 'الأحساء- رمزي الموسى' dropped; headline written from the body (the stored text has none)", False, """
صحة الأحساء تؤجل بدء حملة التطعيم ضد الحصبة والنكاف
أرجأت الشؤون الصحية بالأحساء موعد بدء المرحلة الأولى من الحملة الوطنية للتطعيم ضد أمراض الحصبة والحصبة الألمانية والنكاف في المحافظة إلى يوم الأحد 27 شوال الجاري.
وتستهدف الحملة كل طلاب وطالبات المدارس الابتدائية والمتوسطة والثانوية الحكومية والخاصة، إضافة إلى مدارس الجاليات والسفارات.
في حين تنطلق المرحلة الثانية يوم السبت 8 محرم المقبل، وتستهدف فئتين: من تتراوح أعمارهم بين 19 و24 سنة، والأطفال من عمر 9 شهور إلى 6 سنوات.
""", [
    ev("ahsa-postponement", "أرجأت الشؤون الصحية بالأحساء موعد بدء المرحلة الأولى", "2011-09-14", "no own expression; the decision came before this issue of Wed 21 Sep 2011, around the national start of Sat 17 Sep (my span 14 - 20 Sep 2011)", end="2011-09-21"),
    ev("vaccination-start", "إلى يوم الأحد 27 شوال الجاري", VACC, "'يوم الأحد 27 شوال الجاري' (Shawwal 1432) = Sun 25 Sep 2011, the day vaccinating began nationwide (sabq: 'يبدأ التطعيم من يوم الأحد 27/ 10/ 1432ه')"),
    ev("phase2-start", "في حين تنطلق المرحلة الثانية يوم السبت 8 محرم المقبل", PHASE2, "'يوم السبت 8 محرم المقبل' = 8 Muharram 1433 = Sat 3 Dec 2011"),
])

# ---------------------------------------------------------------- mauritania-mbera-measles-vaccination-2022
S = "mauritania-mbera-measles-vaccination-2022"
LAUNCH_SPAN = ("2022-01-14", "2022-01-18")  # launched by Mon 17 Jan 2022, 'about a week' before Sat 22 Jan (my span 14 - 17 Jan)
CASES = ("2021-12-01", "2022-01-14")       # the measles cases in Mbera that prompted it: recent, date unknown (my span Dec 2021 - 13 Jan 2022)
art(S, "https://daralmaref.com/News/946560.aspx",
    "2022-01-17", "page stamp 'عرب وعالم17-1-2022 | 18:50' (17 Jan 2022 was a Monday), dropped, so the text is undated; the body's 'في بيان اليوم الاثنين' agrees; headline kept from the page; the comment link ('أضف تعليق') dropped", False, """
موريتانيا تطلق حملة تطعيم ضد الحصبة لأطفال اللاجئين الماليين شرقي البلاد
بدأت الحكومة الموريتانية حملة لتطعيم أطفال اللاجئين الماليين المقيمين في مخيمات شرق البلاد ضد مرض الحصبة، بالتعاون مع المفوضية السامية لشؤون اللاجئين.
وأفادت الحكومة، في بيان اليوم الاثنين، بأن الحملة تستهدف الأطفال من سن 9 أشهر إلى 15 عاما، موضحة أنها جاءت بعد ظهور إصابات بالمرض في مخيم "أمبره" للاجئين.
وأكد رضا زركي، ممثل المفوضية السامية للاجئين، أن هذه الخطوة تعكس مساعي موريتانيا إلى ترسيخ التعايش السلمي، معربا عن ثقته بأن تضافر جهود موريتانيا والمنظمات الإنسانية سيقضي على المرض.
ويعيش في شرق موريتانيا قرابة 70 ألف لاجئ مالي يرفضون العودة إلى بلادهم التي فروا منها بسبب الانفلات الأمني عام 2012، متذرعين باستمرار غياب الأمن.
""", [
    ev("campaign-launch", "بدأت الحكومة الموريتانية حملة لتطعيم أطفال اللاجئين الماليين", LAUNCH_SPAN[0], "no own day; launched by the government statement of Mon 17 Jan 2022, and elilam of Sat 22 Jan says 'منذ أسبوع تقريبا' (my span 14 - 17 Jan 2022)", end=LAUNCH_SPAN[1]),
    ev("government-statement", "في بيان اليوم الاثنين", "2022-01-17", "'اليوم الاثنين' = Mon 17 Jan 2022"),
    ev("measles-cases-mbera", "بعد ظهور إصابات بالمرض في مخيم \"أمبره\" للاجئين", CASES[0], "no own expression; the cases came before the launch, date unknown (my span 1 Dec 2021 - 13 Jan 2022)", end=CASES[1]),
    ev("zerki-statement", "وأكد رضا زركي، ممثل المفوضية السامية للاجئين", LAUNCH_SPAN[0], "no own expression; said at the launch of the campaign (my span 14 - 17 Jan 2022)", end=LAUNCH_SPAN[1]),
    ev("refugees-flight", "التي فروا منها بسبب الانفلات الأمني عام 2012", "2012-01-01", "'عام 2012' = the year 2012", end="2013-01-01"),
])
art(S, "https://www.elilam.net/archive/node/14053",
    "2022-01-22", "page stamp 'سبت, 01/22/2022 - 14:44' (kept as first line; 22 Jan 2022 was a Saturday); the body's 'اليوم' agrees; headline kept from the page; the source tag '(الإعلام نت)' dropped", True, """
سبت, 01/22/2022 - 14:44
وزارة الصحة تم تلقيح نسبة 87٪ من المستهدفين ضد الحصباء
أعلنت وزارة الصحة الموريتانية اليوم أن 78363 طفلا في الحوض الشرقي تلقوا اللقاح ضد الحصباء، وهو ما يمثل 87٪ من المستهدفين ضمن الحملة التي أطلقت منذ أسبوع تقريبا.
وتتراوح أعمار الأطفال الذين جرى تلقيحهم بين 6 أشهر و15 سنة، ويتوزعون على مقاطعة باسكنو ومخيم امبره للاجئين ومقاطعة تمبدغه، وذلك إثر ظهور حالات عدة من الإصابة بالحصباء في هذه المناطق.
""", [
    ev("results-announcement", "أعلنت وزارة الصحة الموريتانية اليوم", "2022-01-22", "'اليوم' = Sat 22 Jan 2022 (the page stamp)"),
    ev("children-vaccinated", "أن 78363 طفلا في الحوض الشرقي تلقوا اللقاح ضد الحصباء", LAUNCH_SPAN[0], "no own expression; the vaccinations since the launch (my span 14 Jan) up to this report of Sat 22 Jan 2022", end="2022-01-23"),
    ev("campaign-launch", "ضمن الحملة التي أطلقت منذ أسبوع تقريبا", LAUNCH_SPAN[0], "'منذ أسبوع تقريبا' from Sat 22 Jan 2022, with the government statement of Mon 17 Jan (daralmaref) (my span 14 - 17 Jan 2022)", end=LAUNCH_SPAN[1]),
    ev("measles-cases-mbera", "إثر ظهور حالات عدة من الإصابة بالحصباء", CASES[0], "no own expression; the cases came before the launch, date unknown (my span 1 Dec 2021 - 13 Jan 2022)", end=CASES[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 499
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

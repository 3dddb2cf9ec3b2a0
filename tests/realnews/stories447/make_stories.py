"""Builds stories.jsonl: the 447-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: dams, rivers and water infrastructure: dam breaches and
overflows, water-supply cuts to cities, river-water negotiations, canal and irrigation projects.
Stories: the destruction of the Kakhovka dam on the Dnipro (Kherson, Ukraine, June 2023), the Jordanian-Israeli
agreement on 50 million cubic metres of extra water (Safadi-Lapid meeting, July 2021), and the breach of the
Swar irrigation dam's spillway (central Myanmar, August 2018).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- ukraine-kakhovka-dam-destruction-2023
S = "ukraine-kakhovka-dam-destruction-2023"
DAM = "2023-06-06"                         # the Kakhovka dam (Nova Kakhovka) was destroyed before dawn on Tue 6 Jun 2023
art(S, "https://www.aljazeera.net/news/2023/6/6/%D8%B9%D8%A7%D8%AC%D9%84-%D8%B1%D9%88%D9%8A%D8%AA%D8%B1%D8%B2-%D8%B9%D9%86-%D8%A7%D9%84%D9%82%D9%8A%D8%A7%D8%AF%D8%A9-%D8%A7%D9%84%D8%B9%D8%B3%D9%83%D8%B1%D9%8A%D8%A9-%D9%81%D9%8A",
    "2023-06-06", "the URL date '/news/2023/6/6/' (the stored page's date field gives the month 2023-06), and the body's 'اليوم الثلاثاء' (6 Jun 2023 was a Tuesday); headline written from the body (the stored text has none, the URL slug is a truncated 'breaking' line); the last, truncated sentence on the evacuation shortened", True, """
روسيا وأوكرانيا تؤكدان انهيار سد نوفا كاخوفكا في خيرسون
أقرت روسيا وأوكرانيا كلتاهما اليوم الثلاثاء بانهيار سد كبير في منطقة خيرسون جنوبي أوكرانيا، التي تسيطر القوات الروسية على أجزاء منها، بينما تحدثت كييف عن "نجاحات" حققتها بالقرب من مدينة باخموت في الشمال الشرقي، في ظل أنباء متناقضة حول انطلاق الهجوم الأوكراني المضاد.
وأفادت القيادة الجنوبية للقوات المسلحة الأوكرانية بأن القوات الروسية نسفت سد "نوفا كاخوفكا"، وكتبت على صفحتها في فيسبوك أن العمل جار "لتحديد حجم الدمار وسرعة المياه وكمياتها والمناطق المرجح أن تغمرها".
في المقابل، نقلت وكالة "تاس" الروسية للأنباء عن مصدر مطلع لم تكشف اسمه أن سد نوفا كاخوفكا الضخم دُمّر وأن المياه أغرقت المنطقة.
وأضاف المصدر، بحسب الوكالة، أن الليلة مرت بهدوء ولم يتعرض السد لأي ضربات جوية أثناء الليل.
ونسبت وكالة الإعلام الروسية إلى رئيس بلدية نوفا كاخوفكا الذي عينته موسكو قوله إن قصفا دمر الجزء العلوي من السد، ونقلت عن أجهزة الطوارئ أن قرابة 80 تجمعا سكنيا قد تتضرر من تدمير السد.
وذكرت "تاس" أن محطة زاباروجيا النووية لا تواجه خطرا وشيكا بسبب انهيار سد نوفا كاخوفكا.
من جهته، أعلن حاكم منطقة خيرسون انطلاق عمليات إخلاء المناطق القريبة من السد.
""", [
    ev("dam-destroyed", "بانهيار سد كبير في منطقة خيرسون", DAM, "'اليوم الثلاثاء' = Tue 6 Jun 2023"),
    ev("bakhmut-gains-claim", "حققتها بالقرب من مدينة باخموت", DAM, "no own expression; announced by Kyiv in the same news of 'اليوم الثلاثاء', Tue 6 Jun 2023"),
    ev("southern-command-statement", "وأفادت القيادة الجنوبية للقوات المسلحة الأوكرانية", DAM, "no own expression; the Facebook statement of the morning of the destruction, Tue 6 Jun 2023"),
    ev("flooding", "وأن المياه أغرقت المنطقة", DAM, "no own expression; the flood began with the destruction on Tue 6 Jun 2023 (its onset)"),
    ev("quiet-night", "أن الليلة مرت بهدوء", "2023-06-05", "no own expression; the night before the destruction, Mon 5 - Tue 6 Jun 2023 (a span over the night)", end="2023-06-07"),
    ev("evacuation-start", "أعلن حاكم منطقة خيرسون انطلاق عمليات إخلاء", DAM, "no own expression; the governor announced the start of the evacuation on the day of the destruction, Tue 6 Jun 2023"),
])
art(S, "https://utviraq.net/51253/",
    "2023-06-08", "no date on the stored page; the body's 'اليوم الخميس' (twice 'صباح اليوم الخميس'), 'بوقت متأخر أمس الأربعاء' and 'يوم الثلاثاء' for the destruction of Tue 6 Jun 2023 give Thu 8 Jun 2023 (the same 600 km2 statement of Prokudin is dated Thu 8 Jun by aajsy and skynewsarabia); headline written from the body (the stored text has none)", False, """
حاكم خيرسون: المياه تغمر 600 كيلومتر مربع بعد تدمير سد كاخوفكا
أعلن أولكسندر بروكودين، حاكم منطقة خيرسون، اليوم الخميس أن المياه تغطي زهاء 600 كيلومتر مربع من هذه المنطقة الواقعة جنوبي أوكرانيا، إثر تدمير سد كاخوفكا الكهرمائي.
وأوضح بروكودين أن 68 بالمئة من الأراضي التي غمرتها المياه تقع على الضفة اليسرى لنهر دنيبرو الخاضعة للاحتلال الروسي، مضيفا أن "متوسط منسوب المياه" في منطقة خيرسون وصل صباح اليوم الخميس إلى 5.61 متر.
وقال في كلمة مصورة عن الفيضانات التي خلفها انهيار السد، الذي يقع على مسافة نحو 60 كيلومترا من خيرسون: "نحن نعمل بالفعل، وسنقدم العون لكل من وقع في ورطة".
وتتقاذف موسكو، التي اجتاحت أوكرانيا في فبراير شباط 2022، وكييف المسؤولية عن تدمير السد الخاضع للسيطرة الروسية يوم الثلاثاء.
وأضاف بروكودين: "على الرغم من الخطر الكبير والقصف الروسي المتواصل، فإن الإجلاء من المناطق المغمورة مستمر".
وأشار إلى أن نحو 2000 شخص خرجوا من المناطق التي غمرتها المياه حتى صباح اليوم الخميس.
وكان الرئيس الأوكراني فولوديمير زيلينسكي قد قال في كلمة مصورة بوقت متأخر أمس الأربعاء إنه يستحيل التنبؤ بعدد من سيلقون حتفهم جراء الفيضانات في المناطق الخاضعة لروسيا.
""", [
    ev("prokudin-600-km2", "أن المياه تغطي زهاء 600 كيلومتر مربع", "2023-06-08", "'اليوم الخميس' = Thu 8 Jun 2023"),
    ev("dam-destroyed", "عن تدمير السد الخاضع للسيطرة الروسية يوم الثلاثاء", DAM, "'يوم الثلاثاء' in an article of Thu 8 Jun 2023 = Tue 6 Jun"),
    ev("russian-invasion", "التي اجتاحت أوكرانيا في فبراير شباط 2022", "2022-02-24", "'في فبراير شباط 2022' = the invasion of Thu 24 Feb 2022 (the text gives the month only)"),
    ev("evacuated-2000", "نحو 2000 شخص خرجوا من المناطق التي غمرتها المياه", DAM, "from the destruction (Tue 6 Jun 2023) 'حتى صباح اليوم الخميس' (Thu 8 Jun): a span 6-8 Jun", end="2023-06-09"),
    ev("zelensky-video-address", "في كلمة مصورة بوقت متأخر أمس الأربعاء", "2023-06-07", "'بوقت متأخر أمس الأربعاء' from Thu 8 Jun 2023 = late on Wed 7 Jun"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=32257024",
    "2023-06-13", "the page stamp '6/13/2023' and the body's 'اليوم الثلاثاء' and 'بعد أسبوع من انهيار' (13 Jun 2023 was a Tuesday); the share buttons dropped; headline kept from the page", True, """
كييف: ارتفاع حصيلة ضحايا انهيار سد كاخوفكا
بعد أسبوع من انهيار سد كاخوفكا في جنوب أوكرانيا، واصل عدد ضحايا الفيضانات الارتفاع، إذ أعلنت السلطات في الجزء الخاضع لأوكرانيا من منطقة خيرسون اليوم الثلاثاء مقتل 10 أشخاص وإصابة 20 آخرين.
وكتب أولكسندر بروكودين، رئيس الإدارة العسكرية في خيرسون، على تطبيق تليجرام أن 42 شخصا لا يزالون في عداد المفقودين.
وكانت السلطات الأوكرانية قد أعلنت أمس الاثنين وفاة ستة أشخاص.
وعلى الضفة الجنوبية لنهر دنيبرو، الخاضعة لموسكو، صعد عدد القتلى كذلك من ثمانية إلى 17.
ووفقا للأرقام الرسمية، تمكنت فرق الإنقاذ الأوكرانية حتى الآن من إنقاذ 2757 شخصا بينهم 263 طفلا، كما أنقذ متطوعون أوكرانيون 133 شخصا.
وكان السد الكبير في مدينة نوفا كاخوفكا قد دُمّر يوم الثلاثاء الماضي، ثم اندفعت كميات ضخمة من المياه من الخزان المجاور لتغرق أماكن كثيرة، من بينها خيرسون عاصمة المقاطعة.
""", [
    ev("kherson-toll-10", "مقتل 10 أشخاص وإصابة 20 آخرين", "2023-06-13", "'اليوم الثلاثاء' = Tue 13 Jun 2023"),
    ev("ukraine-toll-6", "قد أعلنت أمس الاثنين وفاة ستة أشخاص", "2023-06-12", "'أمس الاثنين' from Tue 13 Jun 2023 = Mon 12 Jun"),
    ev("russian-side-toll-17", "صعد عدد القتلى كذلك من ثمانية إلى 17", "2023-06-13", "no own expression; reported with the toll of 'اليوم الثلاثاء', Tue 13 Jun 2023"),
    ev("rescued-2757", "تمكنت فرق الإنقاذ الأوكرانية حتى الآن من إنقاذ 2757 شخصا", DAM, "'حتى الآن': the rescues from the destruction of Tue 6 Jun 2023 up to Tue 13 Jun (a span)", end="2023-06-14"),
    ev("dam-destroyed", "قد دُمّر يوم الثلاثاء الماضي", DAM, "'يوم الثلاثاء الماضي' from Tue 13 Jun 2023 = Tue 6 Jun (a week before, 'بعد أسبوع')"),
    ev("flooding", "ثم اندفعت كميات ضخمة من المياه من الخزان المجاور", DAM, "no own expression; the flood after the destruction of Tue 6 Jun 2023 (its onset)"),
])

# ---------------------------------------------------------------- jordan-israel-50-mcm-water-deal-2021
S = "jordan-israel-50-mcm-water-deal-2021"
DEAL = "2021-07-08"                        # Safadi and Lapid agreed on the water purchase on Thu 8 Jul 2021 (King Hussein / Allenby bridge)
VISIT = ("2021-06-28", "2021-07-05")       # Bennett's secret visit to Amman 'الأسبوع الماضي' from Thu 8 Jul 2021 (my span Mon 28 Jun - Sun 4 Jul)
TEAMS = ("2021-07-09", "2021-07-16")       # the technical teams' meeting 'خلال الأيام (القليلة) المقبلة' (my span 9-15 Jul 2021)
art(S, "https://www.cairolive24.com/1244958",
    "2021-07-08", "the page's time stamp 'الخميس 08/يوليو/2021 - 07:56 م'; the menus, the weather line and the photo captions dropped; headline kept from the page; the last, truncated sentence shortened", True, """
وسائل إعلام عبرية: رئيس الوزراء الإسرائيلي يلتقي ملك الأردن سرًا في عمان
كشفت صحيفة "والا" عن لقاء سري جمع العاهل الأردني الملك عبد الله الثاني ورئيس الوزراء الإسرائيلي نفتالي بينيت في أحد قصور العاصمة الأردنية عمان.
وبحسب الصحيفة، فإن اللقاء بين الطرفين كان إيجابيا، وقد توافق العاهل الأردني ورئيس الوزراء الإسرائيلي على بدء صفحة جديدة في علاقات البلدين.
ونقلت الصحيفة عن مسؤول في الحكومة الإسرائيلية أن رئيس الوزراء الإسرائيلي توجه إلى الأردن سرا الأسبوع الماضي واجتمع بالملك عبد الله الثاني في قصر بعمان.
وأشارت الصحيفة إلى أن هذا هو أول اجتماع بين ملك الأردن ورئيس وزراء إسرائيلي منذ ما يزيد على خمس سنوات.
وخلال الساعات الماضية، أفادت وسائل إعلام أردنية بأن الحكومة الأردنية تستعد لتوقيع اتفاق مع إسرائيل تشتري عمان بمقتضاه 50 مليون متر مكعب من المياه من تل أبيب.
ونقلت صحيفة الغد الأردنية عن مصادر حكومية أن اللجنة الأردنية – الإسرائيلية ستعقد اجتماعا خلال الأيام القليلة المقبلة.
""", [
    ev("walla-report", 'كشفت صحيفة "والا" عن لقاء سري', DEAL, "no own expression; the Walla report published on Thu 8 Jul 2021 (page stamp; alittihad44: 'مساء اليوم الخميس')"),
    ev("bennett-amman-visit", "توجه إلى الأردن سرا الأسبوع الماضي", VISIT[0], "'الأسبوع الماضي' from Thu 8 Jul 2021 = the week before (my span Mon 28 Jun - Sun 4 Jul 2021)", end=VISIT[1]),
    ev("jordanian-media-reports", "أفادت وسائل إعلام أردنية بأن الحكومة الأردنية تستعد لتوقيع اتفاق", DEAL, "'خلال الساعات الماضية' before the stamp of Thu 8 Jul 2021, 19:56 = Thu 8 Jul"),
    ev("technical-teams-meeting", "ستعقد اجتماعا خلال الأيام القليلة المقبلة", TEAMS[0], "'خلال الأيام القليلة المقبلة' from Thu 8 Jul 2021 = the following days (my span 9-15 Jul 2021)", end=TEAMS[1]),
])
art(S, "https://alittihad44.com/%D8%B4%D8%A4%D9%88%D9%86-%D8%A5%D8%B3%D8%B1%D8%A7%D8%A6%D9%8A%D9%84%D9%8A%D8%A9/%D8%AA%D9%82%D8%B1%D9%8A%D8%B1-%D9%84%D9%82%D8%A7%D8%A1-%D8%B3%D8%B1%D9%8A-%D9%8A%D8%AC%D9%85%D8%B9-%D8%A8%D9%8A%D9%86%D9%8A%D8%AA-%D9%88%D8%A7%D9%84%D9%85%D9%84%D9%83-%D8%B9%D8%A8%D8%AF%D8%A7%D9%84%D9%84%D9%87-%D9%81%D9%8A-%D8%B9%D9%85%D9%91%D8%A7%D9%86",
    "2021-07-08", "no date on the stored page; the body's 'مساء اليوم الخميس' for the reports of the secret meeting and 'اليوم الخميس' for the Lapid-Safadi meeting, which took place on Thu 8 Jul 2021 (cairolive24, stamped Thu 8 Jul; aawsat of Fri 9 Jul: 'أمس (الخميس)'), give Thu 8 Jul 2021; headline rendered from the URL slug; the last, truncated sentence shortened", False, """
تقرير: لقاء سري يجمع بينيت والملك عبدالله في عمّان
أفادت تقارير صحفية مساء اليوم الخميس بأن الملك عبد الله الثاني، عاهل الأردن، التقى سرا رئيس الحكومة الإسرائيلية نفتالي بينيت، خلال زيارة قصيرة قام بها الأخير إلى العاصمة الأردنية عمّان الأسبوع الماضي، في أول لقاء بين ملك الأردن ورئيس حكومة إسرائيلي منذ ما يزيد على ثلاث سنوات.
ويعد هذا أول لقاء سياسي يجريه بينيت منذ تسلمه منصبه، كما أنه أول اجتماع لرئيس حكومة إسرائيلي بالملك عبد الله منذ حزيران 2018.
وشهدت العلاقة بين العاهل الأردني ورئيس الحكومة الأسبق بنيامين نتنياهو توترا متصاعدا في السنوات الأخيرة، ولا سيما في مطلع العام الحالي.
يذكر أن وزير الخارجية يئير لبيد ووزير الخارجية الأردني أيمن الصفدي عقدا لقاء رسميا اليوم الخميس، اتفقا فيه على أن تبيع إسرائيل عمّان 50 مليون متر مكعب إضافية من المياه، وفق بيان وزارة الخارجية الأردنية.
وكان بينيت قد وافق الخميس الماضي على بيع الأردن 50 مليون متر مكعب إضافية من مياه بحيرة طبرية في كل من العامين الجاري والمقبل 2022، علاوة على 55 مليون متر مكعب يشتريها الأردن كل عام بموجب اتفاقيات وادي عربة.
وكان الأردن قد تقدم بطلب مماثل في الأشهر الأخيرة، أيام حكومة بنيامين نتنياهو، الذي رفضه بالمماطلة وتجاهل الرد، على الرغم من مساندة دولية للطلب.
""", [
    ev("walla-report", "أفادت تقارير صحفية مساء اليوم الخميس", DEAL, "'مساء اليوم الخميس' = Thu 8 Jul 2021"),
    ev("bennett-amman-visit", "خلال زيارة قصيرة قام بها الأخير إلى العاصمة الأردنية عمّان الأسبوع الماضي", VISIT[0], "'الأسبوع الماضي' from Thu 8 Jul 2021 (my span Mon 28 Jun - Sun 4 Jul 2021)", end=VISIT[1]),
    ev("previous-pm-king-meeting", "أول اجتماع لرئيس حكومة إسرائيلي بالملك عبد الله منذ حزيران 2018", "2018-06-01", "'منذ حزيران 2018' = the previous meeting in June 2018 (the month only)", end="2018-07-01"),
    ev("safadi-lapid-deal", "عقدا لقاء رسميا اليوم الخميس", DEAL, "'اليوم الخميس' = Thu 8 Jul 2021"),
    ev("bennett-approval", "وكان بينيت قد وافق الخميس الماضي", "2021-07-01", "'الخميس الماضي' from Thu 8 Jul 2021 = Thu 1 Jul 2021"),
    ev("jordan-request-under-netanyahu", "وكان الأردن قد تقدم بطلب مماثل في الأشهر الأخيرة", "2021-01-01", "'في الأشهر الأخيرة، أيام حكومة بنيامين نتنياهو': before Bennett's government took office on Sun 13 Jun 2021 (my span Jan - 12 Jun 2021)", end="2021-06-13"),
])
art(S, "https://aawsat.com/home/article/3070276/%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86-%D9%8A%D8%B4%D8%AA%D8%B1%D9%8A-%D9%85%D9%86-%D8%A5%D8%B3%D8%B1%D8%A7%D8%A6%D9%8A%D9%84-50-%D9%85%D9%84%D9%8A%D9%88%D9%86-%D9%85%D8%AA%D8%B1-%D9%85%D9%83%D8%B9%D8%A8-%D9%85%D9%86-%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87?amp",
    "2021-07-09", "no date on the stored page; the body's 'أمس (الخميس)' for the agreement of Thu 8 Jul 2021 (cairolive24, alittihad44) gives the newspaper's issue of Fri 9 Jul 2021; headline kept from the page; the last, truncated sentence shortened", False, """
الأردن يشتري من إسرائيل 50 مليون متر مكعب من المياه
توصل الأردن وإسرائيل، أمس (الخميس)، إلى اتفاق تزوّد إسرائيل بموجبه المملكة بخمسين مليون متر مكعب إضافية من المياه المشتراة، في مسعى لتجاوز أزمة شح المياه التي تعانيها البلاد خلال موسم الصيف الجاري وتزايد الطلب على الخدمة.
وسيشتري الأردن هذه الكمية من مياه بحيرة طبريا، فوق حصته المقررة في اتفاقية السلام (وادي عربة) والبالغة 55 مليون متر مكعب في السنة، إذ نصت الاتفاقية الموقعة عام 1994 على حق المملكة في شراء حصص إضافية من المياه.
وأوضحت مصادر حكومية أردنية أن الشراء جاء بناء على عرض تقدمت به إسرائيل، يقضي بتزويد المملكة بالخمسين مليون متر مكعب في العام الحالي والعام المقبل، مع عرض إسرائيلي بمواصلة العقد سنوات مقبلة تبدأ من 2021.
وبحسب بيان صحافي صادر عن وزارة الخارجية وشؤون المغتربين الأردنية، حصلت «الشرق الأوسط» على نسخة منه، اتفق الوزيران على أن تجتمع الفرق الفنية خلال الأيام المقبلة لاستكمال التفاصيل الفنية لاتفاق المياه.
وجرى الاتفاق على الكمية الجديدة خلال لقاء جمع نائب رئيس الوزراء ووزير الخارجية أيمن الصفدي بوزير الخارجية الإسرائيلي يائير لبيد على الجانب الأردني من جسر الملك حسين.
""", [
    ev("safadi-lapid-deal", "توصل الأردن وإسرائيل، أمس (الخميس)، إلى اتفاق", DEAL, "'أمس (الخميس)' in the issue of Fri 9 Jul 2021 = Thu 8 Jul"),
    ev("wadi-araba-treaty", "إذ نصت الاتفاقية الموقعة عام 1994", "1994-10-26", "'الموقعة عام 1994' = the Wadi Araba peace treaty, signed on Wed 26 Oct 1994 (the text gives the year only)"),
    ev("bennett-approval", "جاء بناء على عرض تقدمت به إسرائيل", "2021-07-01", "no own expression; the Israeli offer is Bennett's approval of Thu 1 Jul 2021 (alittihad44: 'الخميس الماضي')"),
    ev("technical-teams-meeting", "أن تجتمع الفرق الفنية خلال الأيام المقبلة", TEAMS[0], "'خلال الأيام المقبلة' from Thu 8 Jul 2021 (my span 9-15 Jul 2021)", end=TEAMS[1]),
])

# ---------------------------------------------------------------- myanmar-swar-dam-spillway-breach-2018
S = "myanmar-swar-dam-spillway-breach-2018"
BREACH = "2018-08-29"                      # the spillway of the Swar irrigation dam broke early on Wed 29 Aug 2018
art(S, "https://m2.youm7.com/story/2018/8/29/%D9%85%D9%8A%D8%A7%D9%87-%D8%A7%D9%84%D9%81%D9%8A%D8%B6%D8%A7%D9%86%D8%A7%D8%AA-%D8%AA%D8%BA%D9%85%D8%B1-%D8%A3%D8%AD%D8%AF-%D8%A7%D9%84%D8%B3%D8%AF%D9%88%D8%AF-%D9%88%D8%B3%D8%B7-%D9%85%D9%8A%D8%A7%D9%86%D9%85%D8%A7%D8%B1-%D9%88%D8%AA%D8%BA%D8%B1%D9%82-%D8%A8%D9%84%D8%AF%D8%A9-%D9%88%D9%82%D8%B1%D9%8A%D8%AA%D9%8A%D9%86/3928925",
    "2018-08-29", "the URL date '/story/2018/8/29/' and the body's 'اليوم الأربعاء' (29 Aug 2018 was a Wednesday); the photo captions and the comment notice dropped; headline rendered from the URL slug", True, """
مياه الفيضانات تغمر أحد السدود وسط ميانمار وتغرق بلدة وقريتين
أعلنت إدارة الإطفاء في ميانمار اليوم الأربعاء أن مياه الفيضانات طغت على سد يقع وسط البلاد، فأغرقت بلدة مجاورة وقريتين، إضافة إلى طريق سريع يصل بين أهم ثلاث مدن هي "يانجون" و"ماندالاي" والعاصمة "ناي بي تاو".
وأوردت شبكة "يورونيوز" الأوروبية أن إدارة خدمات مكافحة الحرائق شرعت في عملية بحث وإنقاذ، وبعثت فرقة إطفاء إلى محيط سد "سوار"، لافتة إلى أن جسر "يانجون-ماندالاي" الواقع في المنطقة أُغلق.
وأضافت الشبكة أن الصور المنشورة على صفحة إدارة الإطفاء في موقع "فيسبوك" بيّنت ارتفاعا كبيرا في منسوب المياه، واحتشاد رجال الإطفاء والشرطة وعدد من المسؤولين العسكريين في المنطقة لمتابعة الوضع.
""", [
    ev("dam-breach", "أن مياه الفيضانات طغت على سد يقع وسط البلاد", BREACH, "'اليوم الأربعاء' = Wed 29 Aug 2018"),
    ev("highway-flooded", "إضافة إلى طريق سريع يصل بين أهم ثلاث مدن", BREACH, "no own expression; flooded with the town on Wed 29 Aug 2018 ('اليوم الأربعاء')"),
    ev("rescue-launch", "شرعت في عملية بحث وإنقاذ", BREACH, "no own expression; the operation began on the day of the breach, Wed 29 Aug 2018 (saba of Thu 30: 'يوم أمس الأربعاء')"),
    ev("bridge-closed", 'جسر "يانجون-ماندالاي" الواقع في المنطقة أُغلق', BREACH, "no own expression; closed on the day of the breach, Wed 29 Aug 2018"),
])
art(S, "https://www.saba.ye/ar/news506804.htm",
    "2018-08-30", "no date on the stored page; the body's 'اليوم الخميس' (twice) and 'يوم أمس الأربعاء' for the rescue launched on the day of the breach, Wed 29 Aug 2018 (youm7: 'اليوم الأربعاء'), give Thu 30 Aug 2018; the dateline 'سد نهر سوار- سبأ' and the signature dropped; headline written from the body (the stored text has none)", False, """
المياه تغمر 85 قرية في ميانمار بعد انهيار جزئي لسد
ذكرت صحيفة حكومية في ميانمار اليوم الخميس أن المياه غمرت ما يصل إلى 85 قرية إثر انهيار جزئي لسد، ما تسبب في إغلاق طريق سريع رئيسي وأرغم ما يزيد على 63 ألف شخص على مغادرة منازلهم.
وأوضحت صحيفة (ذا جلوبال نيو لايت أوف ميانمار) أن انهيار قناة الصرف دفع المياه إلى إغراق 85 قرية، وأدى إلى نزوح 63 ألف شخص، وغمر جانبا من طريق سريع رئيسي.
وتوقفت الحركة المرورية بين مدينتي يانجون وماندالاي الكبيرتين والعاصمة نايبيداو، بعدما أصابت المياه جسرا على الطريق السريع الذي يصل بينها بأضرار.
ويثير الحادث المخاوف حيال سلامة السدود في جنوب شرق آسيا، لا سيما أنه جاء عقب انهيار سد لتوليد الطاقة الكهرومائية في لاوس المجاورة الشهر الماضي، خلّف 27 قتيلا على الأقل وآلاف النازحين.
وكان رجال الإطفاء وجنود الجيش والمسؤولون قد أطلقوا عملية إنقاذ يوم أمس الأربعاء بعد انهيار قناة الصرف في سد للري على نهر سوار وسط ميانمار، فغمرت المياه قرى وبلدتي سوار ويداشي القريبتين.
غير أن المياه انحسرت صباح اليوم الخميس، وقال مين ثو، نائب رئيس بلدية يداشي، إن شخصين لا يزالان مفقودين ويُخشى أن تكون المياه قد جرفتهما، مضيفا أن "السكان الذين يقطنون قرى مرتفعة يتهيؤون للرجوع إلى قراهم".
""", [
    ev("state-paper-report", "ذكرت صحيفة حكومية في ميانمار اليوم الخميس", "2018-08-30", "'اليوم الخميس' = Thu 30 Aug 2018"),
    ev("highway-flooded", "وغمر جانبا من طريق سريع رئيسي", BREACH, "no own expression; flooded by the breach of Wed 29 Aug 2018 ('يوم أمس الأربعاء' for the rescue)"),
    ev("laos-dam-collapse", "انهيار سد لتوليد الطاقة الكهرومائية في لاوس المجاورة الشهر الماضي", "2018-07-23", "'الشهر الماضي' from Aug 2018 = July 2018; the Xe-Pian Xe-Namnoy saddle dam in Laos collapsed on Mon 23 Jul 2018 (from what is known of the event, not from the text)"),
    ev("rescue-launch", "قد أطلقوا عملية إنقاذ يوم أمس الأربعاء", BREACH, "'يوم أمس الأربعاء' from Thu 30 Aug 2018 = Wed 29 Aug"),
    ev("dam-breach", "بعد انهيار قناة الصرف في سد للري على نهر سوار", BREACH, "no own expression; the breach preceded the rescue of 'يوم أمس الأربعاء' = Wed 29 Aug 2018"),
    ev("water-recedes", "غير أن المياه انحسرت صباح اليوم الخميس", "2018-08-30", "'صباح اليوم الخميس' = Thu 30 Aug 2018"),
])
art(S, "https://afrigatenews.net/article/انهيار-سد-في-ميانمار-يغمر-85-قرية-ويجبر-الآلاف-على-النزوح",
    "2018-08-30", "no date on the stored page; the body's 'اليوم الخميس' and 'أمس الأربعاء' for the rescue launched on the day of the breach, Wed 29 Aug 2018, give Thu 30 Aug 2018 (the same Reuters report in saba.ye: 'اليوم الخميس'); headline rendered from the URL slug", False, """
انهيار سد في ميانمار يغمر 85 قرية ويجبر الآلاف على النزوح
أفادت صحيفة حكومية اليوم الخميس بأن المياه أغرقت ما يصل إلى 85 قرية في ميانمار بعد انهيار سد، الأمر الذي أدى إلى قطع طريق سريع رئيسي ودفع أكثر من 63 ألف شخص إلى النزوح عن بيوتهم.
ويلقي الحادث الضوء على القلق من سلامة السدود في جنوب شرق آسيا، خصوصا أنه وقع بعد انهيار سد لتوليد الطاقة الكهرومائية في جارتها لاوس الشهر الماضي، أسفر عن 27 قتيلا على الأقل ونزوح الآلاف.
وانطلقت جهود الإنقاذ التي يقوم بها رجال الإطفاء وجنود الجيش أمس الأربعاء، عقب انهيار قناة الصرف في سد للري على نهر سوار وسط ميانمار، ما تسبب في فيضان المياه على قرى وبلدتي سوار ويداشي القريبتين.
وبحسب الصحيفة، فإن "انهيار القناة جعل المياه تغمر 85 قرية وأثر على 63 ألف شخص وأغرق جزءا من طريق سريع رئيسي".
""", [
    ev("state-paper-report", "أفادت صحيفة حكومية اليوم الخميس", "2018-08-30", "'اليوم الخميس' = Thu 30 Aug 2018"),
    ev("laos-dam-collapse", "في جارتها لاوس الشهر الماضي", "2018-07-23", "'الشهر الماضي' from Aug 2018 = July 2018; the Laos dam collapsed on Mon 23 Jul 2018 (from what is known of the event)"),
    ev("rescue-launch", "وانطلقت جهود الإنقاذ التي يقوم بها رجال الإطفاء وجنود الجيش أمس الأربعاء", BREACH, "'أمس الأربعاء' from Thu 30 Aug 2018 = Wed 29 Aug"),
    ev("dam-breach", "عقب انهيار قناة الصرف في سد للري", BREACH, "no own expression; just before the rescue of 'أمس الأربعاء' = Wed 29 Aug 2018"),
    ev("highway-flooded", "وأغرق جزءا من طريق سريع رئيسي", BREACH, "no own expression; flooded by the breach of Wed 29 Aug 2018"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 447
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

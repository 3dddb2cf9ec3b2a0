"""Builds stories.jsonl: the 464-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: ferry and boat accidents, shipwrecks and maritime rescues
(not migrant boats).
Stories: the sinking of the yacht Bayesian off Porticello near Palermo (Sicily, Italy, August 2024), the capsizing
of the ferry MV Nyerere on Lake Victoria off Ukara island (Tanzania, September 2018), and the Lukolela boat fire
and the Basankusu capsizing in Equateur province (DR Congo, September 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- italy-sicily-bayesian-yacht-sinking-2024
S = "italy-sicily-bayesian-yacht-sinking-2024"
SINK = "2024-08-19"                        # the Bayesian capsized before dawn (about 05:00) on Mon 19 Aug 2024 off Porticello
art(S, "https://maghress.com/akhbarona/390917",
    "2024-08-20", "no date line in the stored text; the body's 'استأنفت السلطات الإيطالية، اليوم الثلاثاء، عمليات البحث' after the sinking 'في الساعات الأولى من يوم الاثنين' (Mon 19 Aug 2024) gives Tue 20 Aug 2024 (20 Aug 2024 was a Tuesday); an Akhbarona report carried by maghress; headline written from the body (the stored text has none); the last, truncated sentence (Bacares's account) dropped", True, """
استئناف البحث عن مايك لينش وابنته بعد غرق يخت فاخر قبالة صقلية
عادت السلطات الإيطالية، اليوم الثلاثاء، إلى البحث عن قطب التكنولوجيا ورجل الأعمال البريطاني مايك لينش وابنته، إثر غرق يخت فاخر يبلغ طوله 56 متراً خلال إعصار عنيف قبالة سواحل جزيرة صقلية.
ويأتي ذلك بعد أن انقطعت أخبار لينش وابنته وخمسة سياح آخرين في الساعات الأولى من يوم الاثنين، حين انقلب اليخت "بايزيان" جراء العواصف الشديدة قبالة ساحل باليرمو.
وكانت هيئة الإذاعة البريطانية (بي.بي.سي) قد ذكرت أن جوناثان بلومر، رئيس بنك مورغان ستانلي الدولي، وكريس مورفيلو، المحامي في كليفورد تشانس، هما أيضاً ضمن المفقودين.
وأشارت التقارير إلى أن عمليات البحث الأولى لم تسفر عن العثور على ناجين، بينما انتُشلت جثة يرجح أنها تعود لطباخ السفينة.
وقالت شركة "كامبر آند نيكلسونز" لإدارة اليخوت إن خفر السواحل الإيطالي يتولى قيادة عمليات البحث والإنقاذ، وإنه جرى إنقاذ 15 شخصاً من أصل 22 كانوا على متن اليخت الذي حمل 12 راكباً و10 من أفراد الطاقم.
وبحسب التقارير، فإن اليخت واجه عاصفة عنيفة لم تكن متوقعة أدت إلى غرقه بشكل مفاجئ.
وفي أول تصريح لها منذ الحادث، قالت أنجيلا باكاريس، زوجة مايك لينش، إنها تتعافى من الإصابات التي لحقت بها خلاله.
""", [
    ev("search-resumed", "عادت السلطات الإيطالية، اليوم الثلاثاء، إلى البحث", "2024-08-20", "'اليوم الثلاثاء' = Tue 20 Aug 2024"),
    ev("yacht-capsize", "حين انقلب اليخت \"بايزيان\" جراء العواصف الشديدة", SINK, "'في الساعات الأولى من يوم الاثنين' from Tue 20 Aug 2024 = Mon 19 Aug"),
    ev("chef-body-recovered", "انتُشلت جثة يرجح أنها تعود لطباخ السفينة", SINK, "no own expression; the one body (the chef) was recovered on the day of the sinking, Mon 19 Aug 2024 (the first reports of that Monday: one dead, six missing)"),
    ev("fifteen-rescued", "جرى إنقاذ 15 شخصاً من أصل 22", SINK, "no own expression; the 15 survivors were taken off in a life raft by a nearby boat at the sinking, Mon 19 Aug 2024 (akhbaar24: fled 'قبل غرق اليخت')"),
])
art(S, "https://akhbaar24.com/ampArticle/70160",
    "2024-08-22", "no date line in the stored text; the body's 'انتُشلت، اليوم (الخميس)' for Lynch's body and 'أمس (الأربعاء)' for the four other bodies give Thu 22 Aug 2024 (22 Aug 2024 was a Thursday; euronews of Fri 23: 'ويوم الخميس تم انتشال جثة مايك لينش'); headline written from the body (the stored text has none)", True, """
انتشال جثة مايك لينش من حطام اليخت الغارق قبالة صقلية
أفاد مصدر مطلع بأن جثة قطب التكنولوجيا البريطاني مايك لينش انتُشلت، اليوم (الخميس)، من حطام اليخت الذي غرق هذا الأسبوع قبالة صقلية أثناء عاصفة.
وأوضح المصدر، وهو وثيق الصلة بعمليات الإنقاذ ومطلع عليها، أن جثث 4 آخرين انتُشلت أمس (الأربعاء)، وكانوا قد فُقدوا حين غرق اليخت يوم (الاثنين) الماضي.
وصباح (الأربعاء) بلغ الغطاسون منطقة البحث على متن قوارب مطاطية صغيرة مستفيدين من تحسن الأحوال الجوية، وعملوا بالتناوب في فرق من شخصين.
و(الاثنين) الماضي، باغتت عاصفة عاتية اليخت الشراعي الفاخر (بايجان) الذي يرفع العلم البريطاني ويبلغ طوله 56 مترا، وكان على متنه 22 شخصا منهم لينش وأفراد أسرته وآخرون، وذلك قبيل شروق الشمس قرب ميناء بورتيتشيلو، فغرق بسبب سوء الأحوال الجوية.
ونجح 15 شخصا في الفرار قبل غرق اليخت، بينهم أنجيلا باكاريس زوجة لينش ومالكة القارب، ورضيعة تبلغ من العمر عاما واحدا.
""", [
    ev("lynch-body-recovered", "أن جثة قطب التكنولوجيا البريطاني مايك لينش انتُشلت، اليوم (الخميس)", "2024-08-22", "'اليوم (الخميس)' = Thu 22 Aug 2024"),
    ev("four-bodies-recovered", "أن جثث 4 آخرين انتُشلت أمس (الأربعاء)", "2024-08-21", "'أمس (الأربعاء)' from Thu 22 Aug 2024 = Wed 21 Aug"),
    ev("divers-reach-wreck", "وصباح (الأربعاء) بلغ الغطاسون منطقة البحث", "2024-08-21", "'صباح (الأربعاء)' in an article of Thu 22 Aug 2024 = Wed 21 Aug"),
    ev("yacht-capsize", "باغتت عاصفة عاتية اليخت الشراعي الفاخر (بايجان)", SINK, "'(الاثنين) الماضي' from Thu 22 Aug 2024 = Mon 19 Aug, 'قبيل شروق الشمس'"),
    ev("fifteen-rescued", "ونجح 15 شخصا في الفرار قبل غرق اليخت", SINK, "no own expression; the escape at the sinking of Mon 19 Aug 2024"),
])
art(S, "https://arabic.euronews.com/my-europe/2024/08/23/last-body-recovered-from-missing-yacht-off-sicily",
    "2024-08-23", "the URL's date 2024/08/23 (Fri 23 Aug 2024), agreeing with the body's 'الجمعة' for the recovery of the last body and 'يوم الخميس' for Lynch's body (akhbaar24: 'اليوم (الخميس)' = Thu 22); the text itself gives no publication day ('الجمعة' alone), so states_date is false; headline rendered from the URL slug", False, """
انتشال آخر جثة من اليخت الغارق قبالة صقلية
أخرجت فرق الإنقاذ الإيطالية الجمعة جثة امرأة لم تُعرف هويتها بعد، لكن الأرجح أنها لهانا لينش، ابنة رجل الأعمال البريطاني المعروف في قطاع التكنولوجيا مايك لينش، وتبلغ من العمر 18 عامًا.
وكانت عائلة لينش على متن اليخت "بايزيان Bayesian" الذي يرفع العلم البريطاني.
ورأى مسؤولو الحماية المدنية أن دوامة مائية ضربت اليخت قبل أن ينقلب ويغوص بسرعة تحت الأمواج.
ويوم الخميس انتُشلت جثة مايك لينش، الذي كان في رحلة احتفال مع بعض مرافقيه بتبرئته من تهم احتيال.
وأفلح فريق الإنقاذ في إخراج زوجته أنجيلا باكاريس مع 15 ناجيًا آخرين.
وانقلب اليخت الفاخر الذي تملكه عائلة لينش حوالي الساعة الخامسة من صباح يوم الاثنين قبالة ميناء بورتيسيلو، حيث كان راسيا على ما يبدو.
ويُذكر أن اليخت كان يقل 22 شخصاً لحظة غرقه، أُنقذ منهم 15 حتى الآن، من بينهم بريطانيون وأمريكيون وكنديون.
وعُرف يخت "بايزيان" البالغ طوله 56 مترًا بصاريته التي يبلغ طولها 75 مترًا وتعد الأطول في العالم، وكان يؤجر بنحو 195 ألف يورو في الأسبوع.
""", [
    ev("hannah-body-recovered", "أخرجت فرق الإنقاذ الإيطالية الجمعة جثة امرأة", "2024-08-23", "'الجمعة' in an article of Fri 23 Aug 2024 = that day"),
    ev("lynch-body-recovered", "ويوم الخميس انتُشلت جثة مايك لينش", "2024-08-22", "'يوم الخميس' from Fri 23 Aug 2024 = Thu 22 Aug (akhbaar24 'اليوم (الخميس)')"),
    ev("lynch-acquittal", "بتبرئته من تهم احتيال", "2024-06-06", "no own expression; Lynch was acquitted by the jury in San Francisco on Thu 6 Jun 2024 (other reports: 'في يونيو/حزيران')"),
    ev("yacht-capsize", "وانقلب اليخت الفاخر الذي تملكه عائلة لينش حوالي الساعة الخامسة من صباح يوم الاثنين", SINK, "'حوالي الساعة الخامسة من صباح يوم الاثنين' from Fri 23 Aug 2024 = Mon 19 Aug"),
    ev("fifteen-rescued", "أُنقذ منهم 15 حتى الآن", SINK, "no own expression; the 15 were rescued at the sinking, Mon 19 Aug 2024"),
])

# ---------------------------------------------------------------- tanzania-mv-nyerere-ferry-2018
S = "tanzania-mv-nyerere-ferry-2018"
SINK = "2018-09-20"                        # MV Nyerere capsized off Ukara island on Thu 20 Sep 2018, in the afternoon
art(S, "https://www.okaz.com.sa/article/1673220/السياسة/ارتفاع-حصيلة-قتلى-العبارة-التنزانية-إلى-136-قتيلا",
    "2018-09-21", "no date line in the stored text; the body's 'اليوم (الجمعة)' for the police toll of 136 and 'بعد ظهر أمس (الخميس)' for the sinking give Fri 21 Sep 2018 (21 Sep 2018 was a Friday); an SPA wire report; the counters and the 'واس (دار السلام)' credit dropped; headline kept from the URL slug", True, """
ارتفاع حصيلة قتلى العبارة التنزانية إلى 136 قتيلا
قال المسؤول في شرطة تنزانيا سايمون سيرو، اليوم (الجمعة)، إن 136 جثة على الأقل انتُشلت بعد غرق عبارة في بحيرة فيكتوريا، مشيرا إلى أن العشرات ما زالوا مفقودين، بينما يواصل عمال الإنقاذ بحثهم عن ناجين محتملين.
وكان التلفزيون الرسمي التنزاني قد نقل عن حاكم منطقة موانزا أن العبارة «ام في نيريري» كانت تحمل نحو 200 راكب، أي ما يعادل ضعفي طاقتها الاستيعابية، عندما غرقت بالقرب من جزيرة أوكارا بعد ظهر أمس (الخميس).
""", [
    ev("toll-136", "إن 136 جثة على الأقل انتُشلت", "2018-09-21", "'اليوم (الجمعة)' = Fri 21 Sep 2018, the day of Sero's toll"),
    ev("search-friday", "بينما يواصل عمال الإنقاذ بحثهم عن ناجين محتملين", "2018-09-21", "no own expression; the search going on on the day of the report, Fri 21 Sep 2018"),
    ev("ferry-sinking", "عندما غرقت بالقرب من جزيرة أوكارا بعد ظهر أمس (الخميس)", SINK, "'بعد ظهر أمس (الخميس)' from Fri 21 Sep 2018 = Thu 20 Sep"),
])
art(S, "https://ahlmasrnews.com/707633",
    "2018-09-22", "no date on the stored page; the report is of Sat 22 Sep 2018: the president's televised speech ordering the arrests is 'امس' (the speech of Fri 21 Sep: staging.nn.najah.edu of 22 Sep 'يوم أمس الجمعة'), and the search resumed 'صباح اليوم' 'في اليوم الثالث لغرق العبارة' (the ferry sank on Thu 20 Sep); headline written from the body (the stored text has none); the last quotation shortened where the stored excerpt breaks off", False, """
انتشال 157 جثة من ضحايا العبارة الغارقة في بحيرة فيكتوريا
أفاد التليفزيون التنزاني الرسمي "تي بي سي1" بأن فرق البحث والإنقاذ انتشلت 157 جثة من ضحايا العبارة "ام في نيري" التي غرقت في بحيرة فيكتوريا يوم الخميس الماضي، بينما أعلن الرئيس "جون ماجوفولي" أن الحكومة ستتكفل بكامل نفقات الجنازات المقرر تنظيمها للضحايا.
وأوضح التليفزيون أن فرق الإنقاذ أخرجت عددا من الجثث بعد أن استأنفت عملها في وقت مبكر صباح اليوم، ورجح أن يتجاوز عدد القتلى 200 شخص، لا سيما أن 37 شخصا فقط أُنقذوا من بين جميع الركاب الذين كانوا على متن العبارة لحظة غرقها.
وكان الركاب متوجهين إلى السوق الأسبوعية التي تقام في جزيرة "اوكيوري"، وقد غرقت العبارة قبل أن تبلغها بأمتار قليلة.
وشدد التليفزيون على أن الآمال في العثور على ناجين آخرين تتراجع في اليوم الثالث لغرق العبارة "ام في نيري".
وكان شهود عيان قد ذكروا أن العبارة مالت على جانبها وغرقت بالقرب من ميناء الوصول، حين تدافع الركاب نحو جانب واحد استعدادا للنزول.
وكان الرئيس التنزاني قد أمر باعتقال كل المسؤولين عن تشغيل العبارة، وقال في كلمة بثها التليفزيون التنزاني امس: "يبدو واضحا أن حمولة العبارة كانت زائدة"، وأن "الإهمال يكلفنا الكثير من الأرواح".
""", [
    ev("toll-157", "انتشلت 157 جثة من ضحايا العبارة", "2018-09-22", "no own expression; the TBC1 toll of the day of the report, Sat 22 Sep 2018 ('في اليوم الثالث لغرق العبارة')"),
    ev("ferry-sinking", "التي غرقت في بحيرة فيكتوريا يوم الخميس الماضي", SINK, "'يوم الخميس الماضي' from Sat 22 Sep 2018 = Thu 20 Sep"),
    ev("search-resumed-saturday", "بعد أن استأنفت عملها في وقت مبكر صباح اليوم", "2018-09-22", "'صباح اليوم' = Sat 22 Sep 2018, the third day after the sinking"),
    ev("survivors-rescued", "أن 37 شخصا فقط أُنقذوا", SINK, "no own expression; the 37 survivors were pulled out on the day of the sinking, Thu 20 Sep 2018 (Mwanza police, Friday: 37 rescued)"),
    ev("magufuli-arrest-order", "وكان الرئيس التنزاني قد أمر باعتقال كل المسؤولين عن تشغيل العبارة", "2018-09-21", "'في كلمة بثها التليفزيون التنزاني امس' from Sat 22 Sep 2018 = Fri 21 Sep (the speech that ordered the arrests)"),
])
art(S, "https://m2.youm7.com/story/2018/9/24/رئيس-وزراء-تنزانيا-يقود-جنازة-ضحايا-انقلاب-عبارة-فى-بحيرة/3962544",
    "2018-09-24", "the URL's date 2018/9/24 and the body's 'أمس الأحد' for the funeral of Sun 23 Sep 2018 give Mon 24 Sep 2018 (23 Sep 2018 was a Sunday); headline kept from the URL slug", True, """
رئيس وزراء تنزانيا يقود جنازة ضحايا انقلاب عبارة فى بحيرة فيكتوريا
ترأس رئيس وزراء تنزانيا قاسم مجاليوا الجنازة التي نُظمت، أمس الأحد، لمواراة ضحايا انقلاب عبارة في مياه بحيرة فيكتوريا، وهو الحادث الذي راح ضحيته 224 شخصا.
وخاطب مجاليوا المشيعين خلال الجنازة، وفق ما نقلته شبكة "إيه بي سي" نيوز الأمريكية، قائلا إن "بلادنا أصابتها مأساة كبيرة بفقدان إخوة وأقارب وأصدقاء، وندعو أنفسنا إلى التكاتف في هذا الوقت العصيب"، وحث المواطنين على منح الحكومة والسلطات المختصة الفرصة لأداء عملها في هذا الشأن.
من ناحيته، ذكر وزير الأشغال والنقل والاتصال آيزك كامويلوي أن هويات 172 شخصا من الغرقى حُددت، بينما لم يُتعرف بعد على 37 آخرين.
وكانت السلطات قد أنقذت في وقت سابق ما لا يقل عن 40 شخصا آخرين.
وكانت العبارة المعروفة باسم "إم في نيريري" قد غرقت، يوم الخميس الماضي، في مياه بحيرة فيكتوريا بمنطقة "يوكويري" في إقليم "موانزا" أقصى شمال البلاد، وتقول السلطات إنها انقلبت على بعد أمتار قليلة من مرساها، وكان يفترض ألا تحمل أكثر من 101 شخص لكنها اكتظت بركاب يفوق عددهم الحمولة المسموح بها.
ويشار إلى أن جثامين ضحايا الحادث من المقرر أن تدفن في مقابر بجزيرة "أوكارا".
""", [
    ev("state-funeral", "الجنازة التي نُظمت، أمس الأحد", "2018-09-23", "'أمس الأحد' from Mon 24 Sep 2018 = Sun 23 Sep"),
    ev("majaliwa-funeral-speech", "وخاطب مجاليوا المشيعين خلال الجنازة", "2018-09-23", "no own expression; spoken at the funeral of Sun 23 Sep 2018"),
    ev("survivors-rescued", "وكانت السلطات قد أنقذت في وقت سابق ما لا يقل عن 40 شخصا آخرين", SINK, "no own expression; 37 were rescued on Thu 20 Sep 2018 and a crew member was found alive in the hull on Sat 22 Sep (al-Jazeera, 22 Sep: 'بعد يومين'), so my span Thu 20 - Sat 22 Sep", end="2018-09-23"),
    ev("ferry-sinking", "قد غرقت، يوم الخميس الماضي، في مياه بحيرة فيكتوريا", SINK, "'يوم الخميس الماضي' from Mon 24 Sep 2018 = Thu 20 Sep"),
])

# ---------------------------------------------------------------- drc-equateur-lukolela-boat-fire-2025
S = "drc-equateur-lukolela-boat-fire-2025"
FIRE = "2025-09-11"                        # the whaleboat caught fire and capsized near Malange (Lukolela) on the evening of Thu 11 Sep 2025
CAPSIZE = "2025-09-10"                     # the separate capsizing in Basankusu territory, Wed 10 Sep 2025 (at night)
REPORT = "2025-09-12"                      # the Congolese ministry's report / the authorities' toll, Fri 12 Sep 2025
art(S, "https://www.masrawy.com/news/news_publicaffairs/details/2025/9/12/2853165/%D8%A7%D9%84%D9%83%D9%88%D9%86%D8%BA%D9%88-%D8%BA%D8%B1%D9%82-%D9%88%D9%81%D9%82%D8%AF%D8%A7%D9%86-%D8%A3%D9%83%D8%AB%D8%B1-%D9%85%D9%86-246-%D8%B4%D8%AE%D8%B5-%D8%A7-%D9%81%D9%89-%D8%A7%D9%86%D9%82%D9%84%D8%A7%D8%A8-%D9%82%D8%A7%D8%B1%D8%A8",
    "2025-09-12", "the page's date 2025-09-12 and the URL's 2025/9/12, with the body's 'اليوم الجمعة' for the authorities' statement and 'أمس الخميس' for the fire (12 Sep 2025 was a Friday); the '(أ ب)' credit dropped; headline rendered from the URL slug", True, """
الكونغو: غرق وفقدان أكثر من 246 شخصا في انقلاب قارب
أعلنت السلطات الكونغولية، اليوم الجمعة، أن قاربا كان يقل قرابة 500 راكب اندلعت فيه النيران ثم انقلب في شمال غربي الكونغو، فقُتل 107 أشخاص وفُقد 146 آخرون، في ثاني حادث قوارب مميت تشهده المنطقة خلال الأسبوع الماضي.
وذكرت وزارة الشؤون الإنسانية الكونغولية في تقرير لها أن الحادث الأخير وقع أمس الخميس في نهر الكونغو بمنطقة لوكوليلا التابعة لمقاطعة إكواتور.
وأتى هذا الحادث بعد يوم من مقتل 86 شخصا وفقدان آخرين في حادث قارب آخر بالمقاطعة نفسها، ليقترب عدد الوفيات من 200 شخص.
""", [
    ev("ministry-report", "أعلنت السلطات الكونغولية، اليوم الجمعة", REPORT, "'اليوم الجمعة' = Fri 12 Sep 2025"),
    ev("lukolela-fire", "اندلعت فيه النيران ثم انقلب في شمال غربي الكونغو", FIRE, "'وقع أمس الخميس' from Fri 12 Sep 2025 = Thu 11 Sep"),
    ev("basankusu-capsizing", "بعد يوم من مقتل 86 شخصا وفقدان آخرين", CAPSIZE, "'بعد يوم' before the fire of Thu 11 Sep 2025 = Wed 10 Sep"),
])
art(S, "https://www.eanlibya.com/%D9%85%D8%A3%D8%B3%D8%A7%D8%A9-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D9%83%D9%88%D9%86%D8%BA%D9%88-%D8%A3%D9%83%D8%AB%D8%B1-%D9%85%D9%86-200-%D9%82%D8%AA%D9%8A%D9%84-%D9%88%D9%85/",
    "2025-09-13", "the stored page's date stamp 2025-09-13 (Sat 13 Sep 2025); the body names only 'الخميس' for the fire and 'يوم الأربعاء' for the other capsizing, so the text gives no publication day (states_date false); headline rendered from the URL slug (its truncated last word 'وم' completed as 'ومفقود'); the last sentence, cut off in the stored text, ends at 'حزنهم'", False, """
مأساة جديدة في الكونغو: أكثر من 200 قتيل ومفقود
كشفت سلطات جمهورية الكونغو الديمقراطية عن كارثة إنسانية جديدة إثر انقلاب قارب كان يحمل نحو 500 راكب في نهر الكونغو بشمال غربي البلاد، ما خلّف 107 قتلى و146 مفقودا، في حادث أليم وقع الخميس بمنطقة لوكوليلا في مقاطعة إكواتور.
وبينت وزارة الشؤون الإنسانية في تقرير رسمي أن النيران شبت في القارب المكتظ بالركاب قبل أن ينقلب ويغرق، مخلفا عشرات القتلى والمفقودين، في ظل عمليات إنقاذ معقدة بمنطقة يصعب بلوغها.
وتأتي هذه الكارثة بعد أقل من 24 ساعة من حادث أليم آخر في المقاطعة نفسها، قضى فيه 86 شخصاً وفُقد آخرون جراء انقلاب قارب آخر يوم الأربعاء، لترتفع حصيلة الضحايا في يومين فقط إلى قرابة 200 قتيل ومفقود.
ونسبت وسائل الإعلام الرسمية الحادث الأول إلى "زيادة تحميل الركاب والملاحة ليلاً"، وهو سبب يتكرر في حوادث النقل النهري بالكونغو، حيث يعتمد السكان على القوارب على نطاق واسع لقلة البنية التحتية البرية.
ولفتت إلى أن سوء الظروف وضعف الرقابة الرسمية يسهمان في تزايد هذه الكوارث.
وأظهرت صور ومقاطع مصورة نُشرت من موقع الحادث قرويين متجمعين على ضفاف النهر يخرجون الجثث ويبدون حزنهم.
""", [
    ev("lukolela-fire", "في حادث أليم وقع الخميس بمنطقة لوكوليلا", FIRE, "'الخميس' from Sat 13 Sep 2025 = Thu 11 Sep"),
    ev("ministry-report", "وبينت وزارة الشؤون الإنسانية في تقرير رسمي", REPORT, "no own expression; the ministry's report made public on Fri 12 Sep 2025 (masrawy: 'اليوم الجمعة')"),
    ev("basankusu-capsizing", "جراء انقلاب قارب آخر يوم الأربعاء", CAPSIZE, "'يوم الأربعاء' from Sat 13 Sep 2025 = Wed 10 Sep"),
])
art(S, "https://www.albayan.ae/news/uae/foreign-affairs/509902",
    "2025-09-15", "the stored page's date stamp 2025-09-15 (Mon 15 Sep 2025); the body names only 'الجمعة' and 'الخميس' for the Congolese toll and the fire, so the text gives no publication day (states_date false); headline written from the body (the URL has no slug); the last, truncated sentence dropped", False, """
الإمارات تتضامن مع الكونغو الديمقراطية في حادثي نهر الكونغو
عبّرت دولة الإمارات عن تضامنها مع جمهورية الكونغو الديمقراطية إثر حادثي احتراق قارب وغرق قارب آخر في نهر الكونغو شمالي البلاد، واللذين أوقعا عشرات القتلى والمصابين والمفقودين.
وقدمت وزارة الخارجية، في بيان، خالص العزاء والمواساة لأسر الضحايا ولحكومة الكونغو الديمقراطية وشعبها الصديق في الحادثين الأليمين، متمنية الشفاء العاجل لجميع المصابين.
وكانت السلطات الكونغولية قد ذكرت، الجمعة، أن قارباً على متنه نحو 500 راكب اشتعلت فيه النيران وانقلب في شمال غربي الكونغو، ما أدى إلى مقتل 107 أشخاص وفقدان 146 آخرين، في ثاني حادث قوارب مميت في المنطقة خلال الأسبوع الماضي.
وأوردت وزارة الشؤون الإنسانية الكونغولية في تقرير أن الحادث الأخير وقع الخميس في نهر الكونغو بمنطقة لوكوليلا في مقاطعة إكواتور.
وجاء ذلك بعد يوم من حادث قارب منفصل في المقاطعة قُتل فيه 86 شخصاً وفُقد آخرون، لتبلغ حصيلة الوفيات نحو 200 شخص.
ولم يُعرف سبب أي من الحادثين على الفور، فيما أرجعت وسائل الإعلام الرسمية الحادث إلى الحمولة الزائدة والإبحار ليلاً، استنادا إلى تقارير من الموقع.
""", [
    ev("uae-solidarity-statement", "عبّرت دولة الإمارات عن تضامنها", "2025-09-13", "no own expression; the UAE foreign ministry's statement, reported by Khaleej Times on Sun 14 Sep 2025 and by this paper on Mon 15 Sep, after the Congolese toll of Fri 12 Sep: my span Sat 13 - Sun 14 Sep 2025", end="2025-09-15"),
    ev("ministry-report", "وكانت السلطات الكونغولية قد ذكرت، الجمعة", REPORT, "'الجمعة' from Mon 15 Sep 2025 = Fri 12 Sep"),
    ev("lukolela-fire", "أن الحادث الأخير وقع الخميس في نهر الكونغو", FIRE, "'الخميس' from Mon 15 Sep 2025 = Thu 11 Sep"),
    ev("basankusu-capsizing", "بعد يوم من حادث قارب منفصل في المقاطعة", CAPSIZE, "'بعد يوم' before the fire of Thu 11 Sep 2025 = Wed 10 Sep"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 464
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 419-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Tunisia's north-west and centre (Jendouba,
Le Kef, Beja, Siliana, Kairouan, Zaghouan): forest fires, snow and floods, water cuts, accidents, schools,
courts, harvests and markets.
Stories: the first snow on the heights of Ain Draham and Ghardimaou (Jendouba, November 2025) and the
forest fires that crossed from Algeria into the mountains of Sakiet Sidi Youssef (Le Kef, July 2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- tunisia-ain-draham-snow-nov-2025
S = "tunisia-ain-draham-snow-nov-2025"
SNOW = "2025-11-22"                        # first snow on the heights of Jendouba, Sat 22 Nov 2025
RAIN = ("2025-11-21", "2025-11-23")        # the rainy spell of Fri 21 - Sat 22 Nov 2025
art(S, "https://ar.webmanagercenter.com/2025/11/21/411924/%D8%B9%D8%A7%D8%AC%D9%84-%D9%86%D8%B4%D8%B1%D8%A9-%D9%85%D8%AA%D8%A7%D8%A8%D8%B9%D8%A9-%D9%84%D9%84%D9%88%D8%B6%D8%B9-%D8%A7%D9%84%D8%AC%D9%88%D9%8A-%D8%A3%D9%85%D8%B7%D8%A7%D8%B1-%D8%A8%D9%87%D8%B0/",
    "2025-11-21", "date in the URL '/2025/11/21/' and page stamp 'date 2025-11-21'; the body's 'هذا اليوم الجمعة 21 نوفمبر 2025' (kept; 21 Nov 2025 was a Friday) agrees; headline written from the URL slug (the stored text has none)", True, """
نشرة متابعة للوضع الجوي: أمطار رعدية ورياح قوية وثلوج محتملة بمرتفعات جندوبة
يظل الوضع الجوي خلال هذا اليوم الجمعة 21 نوفمبر 2025 ويوم الغد السبت مواتيا لهطول أمطار متفرقة تكون مؤقتا رعدية بمناطق الشمال، وغزيرة أحيانا بالجهات الساحلية الشمالية، إذ تتراوح أقصى الكميات بين 20 و 40 مليمترا وقد تبلغ محليا 60 مليمترا بأقصى الشمال الغربي مع نزول البرد.
وينتظر أن تهب رياح قوية نسبيا ثم قوية يوم الغد السبت 22 نوفمبر 2025 على الشمال والوسط، تفوق سرعتها مؤقتا 80 كلم/س في شكل هبات بالقرب من السواحل وعلى المرتفعات وعند تشكل السحب الرعدية.
وستعرف درجات الحرارة بدورها تراجعا ملحوظا لا سيما يوم الغد، فتتراوح القصوى بين 12 و 18 درجة ولا تزيد عن 06 درجات بالمناطق الجبلية، في حين تكون الصغرى عموما بين 06 و 10 درجات وبين صفر و 04 درجات بالجهات الغربية، مع احتمال نزول بعض الثلوج على مرتفعات ولاية جندوبة.
""", [
    ev("rain-spell", "مواتيا لهطول أمطار متفرقة تكون مؤقتا رعدية", RAIN[0], "'خلال هذا اليوم الجمعة 21 نوفمبر 2025 ويوم الغد السبت' = Fri 21 - Sat 22 Nov 2025", end=RAIN[1]),
    ev("strong-winds", "وينتظر أن تهب رياح قوية نسبيا ثم قوية", SNOW, "'يوم الغد السبت 22 نوفمبر 2025' (a forecast of Fri 21; the winds blew on Sat 22)"),
    ev("temperature-drop", "وستعرف درجات الحرارة بدورها تراجعا ملحوظا", SNOW, "'لا سيما يوم الغد' from Fri 21 = Sat 22 Nov 2025"),
    ev("snowfall-jendouba", "مع احتمال نزول بعض الثلوج على مرتفعات ولاية جندوبة", SNOW, "no own expression, in the forecast for 'يوم الغد' = Sat 22 Nov 2025; the snow fell that day (the other articles)"),
])
art(S, "https://zoomtunisia.tn/%d8%ab%d9%84%d9%88%d8%ac-%d8%ba%d8%b2%d9%8a%d8%b1%d8%a9-%d8%aa%d8%b9%d9%85-%d9%85%d8%b1%d8%aa%d9%81%d8%b9%d8%a7%d8%aa-%d8%a7%d9%84%d8%b4%d9%85%d8%a7%d9%84-%d8%a7%d9%84%d8%ba%d8%b1%d8%a8%d9%8a-%d9%88",
    "2025-11-22", "the body's 'صباح اليوم السبت 22 نوفمبر 2025' (kept; 22 Nov 2025 was a Saturday); headline kept from the page (reworded); the last, truncated sentence dropped", True, """
ثلوج غزيرة تكسو مرتفعات الشمال الغربي وتعليق مؤقت للدروس في عين دراهم
عرفت مرتفعات ولاية جندوبة، ولا سيما مدينة عين دراهم وما جاورها، صباح اليوم السبت 22 نوفمبر 2025، نزولا لافتا للثلوج أحدث تبدلا واضحا في حالة الطقس. وأكد المرصد التونسي للطقس أن الثلوج غطت مناطق من بينها الغرة وعين سلطان والفائجة.
وتزامن هذا التحول مع هبوط حاد في درجات الحرارة، حيث تراوحت خلال النهار بين 6 و11 درجة مئوية بالمناطق الغربية، مقابل 12 إلى 17 درجة في بقية جهات البلاد. وأمام هذه الظروف الصعبة، أعلنت السلطات المحلية تعليق الدروس بالمناطق المتضررة حرصا على سلامة التلاميذ والإطار التربوي، إلى أن تتحسن الأحوال الجوية.
وذكرت مصادر من الحماية المدنية أن فرقها انتشرت لتيسير حركة السير وإزاحة الثلوج المتراكمة على عدد من الطرقات الرئيسية، وخصوصا الطريق الرابطة بين عين دراهم وغار الدماء. ودعا المرصد جميع المواطنين إلى الحذر عند التنقل في الطرقات الجبلية وعدم الخروج إلا للضرورة القصوى.
""", [
    ev("snowfall-jendouba", "نزولا لافتا للثلوج أحدث تبدلا واضحا", SNOW, "'صباح اليوم السبت 22 نوفمبر 2025'"),
    ev("temperature-drop", "وتزامن هذا التحول مع هبوط حاد في درجات الحرارة", SNOW, "no own expression; 'خلال النهار' of Sat 22 Nov 2025"),
    ev("classes-suspended", "أعلنت السلطات المحلية تعليق الدروس بالمناطق المتضررة", SNOW, "no own expression; the committee's decision of Sat 22 Nov 2025 (babnet, tuniscope)"),
    ev("roads-cleared", "انتشرت لتيسير حركة السير وإزاحة الثلوج المتراكمة", SNOW, "no own expression; the same Saturday 22 Nov 2025"),
])
art(S, "https://www.babnet.net/cadredetail-318958.asp",
    "2025-11-22", "page stamp 'date 2025-11-22' (not part of the text; 22 Nov 2025 was a Saturday); the body's 'اليوم السبت' and 'فجر اليوم السبت' agree; headline written from the body (the stored text has none); no date of its own in the text", False, """
جندوبة: تعليق الدروس بمعتمدية عين دراهم مع بداية نزول الثلوج
أقرت اللجنة الجهوية لتفادي الكوارث ومجابهتها وتنظيم النجدة بجندوبة تعليق الدروس في جميع المؤسسات التعليمية والتكوينية بمعتمدية عين دراهم، اليوم السبت، حرصا على سلامة التلاميذ والمتكونين، إثر بداية نزول بعض الثلوج على مرتفعات المنطقة، بحسب بلاغ للجنة.
وطالبت اللجنة في بلاغها، المنشور على الموقع الرسمي لولاية جندوبة، مستعملي الطريق بالتزام الحيطة والحذر أثناء السياقة.
وكانت ولاية جندوبة قد عرفت في ساعات مبكرة من فجر اليوم السبت تساقط كميات خفيفة من الثلوج شملت أساسا منطقة الغرة من معتمدية غار الدماء، وهي أعلى نقطة بالجهة (1200 متر عن سطح البحر)، بينما شهدت معتمدية عين دراهم بدورها نزول كميات متفرقة من الثلوج ينتظر أن يشتد نسقها في المساء.
وحسب المعهد الوطني للرصد الجوي، يرتقب أن تعرف مرتفعات المناطق الغربية، ومنها مرتفعات ولاية جندوبة، اليوم تراجعا هاما في درجات الحرارة مع نزول كميات معتبرة من الأمطار وبعض الثلوج.
""", [
    ev("classes-suspended", "تعليق الدروس في جميع المؤسسات التعليمية والتكوينية", SNOW, "'اليوم السبت' = Sat 22 Nov 2025"),
    ev("drivers-warned", "مستعملي الطريق بالتزام الحيطة والحذر أثناء السياقة", SNOW, "no own expression; the same communiqué of Sat 22 Nov 2025"),
    ev("snowfall-jendouba", "تساقط كميات خفيفة من الثلوج شملت أساسا منطقة الغرة", SNOW, "'في ساعات مبكرة من فجر اليوم السبت' = Sat 22 Nov 2025"),
    ev("temperature-drop", "اليوم تراجعا هاما في درجات الحرارة", SNOW, "'اليوم' = Sat 22 Nov 2025"),
])
art(S, "https://www.tuniscope.com/article/418087/arabe/actu-arabe/iin-drahem-neige-574608",
    "2025-11-22", "page line 'Publié le 22-11-2025' (dropped; 22 Nov 2025 was a Saturday); the body's 'اليوم السبت 22 نوفمبر 2025' (kept) agrees; headline kept from the page (reworded); the inner sub-headings folded into the sentences", True, """
عاجل: إيقاف الدروس بعين دراهم بسبب الثلوج
قررت اللجنة الجهوية لتفادي الكوارث بولاية جندوبة إيقاف الدروس لكافة تلاميذ المدارس الابتدائية والإعدادية والمعاهد الثانوية بمعتمدية عين دراهم مع بدء تساقط الثلوج على المرتفعات.
وفي تحذير لمستعملي الطريق، حثت اللجنة كل السائقين على التحلي بالحيطة والحذر خلال السياقة، وفق ما نشرته الصفحة الرسمية للإدارة الجهوية للحماية المدنية.
وتظل اللجنة الجهوية في حالة انعقاد دائم لمتابعة تطورات الوضع الجوي بالجهة لحظة بلحظة.
وفي إطار توصيات الحماية المدنية، يتوقع إثر التغيرات الجوية المنتظرة نزول أمطار رعدية وغزيرة أحيانا بكميات بين 20 و40 ملم، قد تبلغ محليا 60 ملم بأقصى الشمال.
كما ستهب رياح قوية اليوم السبت 22 نوفمبر 2025 قد تفوق مؤقتا 80 كم/ساعة قرب السواحل وعلى المرتفعات وعند ظهور السحب الرعدية، مع تراجع ملحوظ للحرارة وإمكانية نزول بعض الثلوج بمرتفعات جندوبة.
""", [
    ev("classes-suspended", "إيقاف الدروس لكافة تلاميذ المدارس الابتدائية والإعدادية", SNOW, "no own expression; the decision of Sat 22 Nov 2025 (the date later in the text)"),
    ev("snowfall-jendouba", "مع بدء تساقط الثلوج على المرتفعات", SNOW, "no own expression; Sat 22 Nov 2025"),
    ev("drivers-warned", "حثت اللجنة كل السائقين على التحلي بالحيطة والحذر", SNOW, "no own expression; the same communiqué of Sat 22 Nov 2025"),
    ev("rain-spell", "نزول أمطار رعدية وغزيرة أحيانا بكميات بين 20 و40 ملم", RAIN[0], "no own expression; the rainy spell of Fri 21 - Sat 22 Nov 2025 (webmanagercenter)", end=RAIN[1]),
    ev("strong-winds", "كما ستهب رياح قوية اليوم السبت 22 نوفمبر 2025", SNOW, "'اليوم السبت 22 نوفمبر 2025'"),
])

# ---------------------------------------------------------------- tunisia-sakiet-sidi-youssef-fires-2021
S = "tunisia-sakiet-sidi-youssef-fires-2021"
WED = "2021-07-28"                         # the forest chief's statement, Wed 28 Jul 2021
SPREAD = ("2021-07-27", "2021-07-29")      # the fires crossed from Algeria into the Sakiet mountains (my span, Tue 27 - Wed 28 Jul 2021)
art(S, "https://acharaa.com/?p=644977",
    "2021-07-28", "the body's 'اليوم الاربعاء 28 جويلية 2021' (kept; 28 Jul 2021 was a Wednesday); the outlet tag 'الشارع المغاربي:' dropped; headline written from the body (the stored text has none)", True, """
الكاف: رئيس مصلحة الغابات بالساقية يصف الوضع بالخطير إثر حرائق قادمة من الجزائر
وصف سمير بن سليمان، رئيس مصلحة الغابات بساقية سيدي يوسف من ولاية الكاف، اليوم الاربعاء 28 جويلية 2021، الوضع بالخطير على إثر الحرائق التي اشتعلت في جبال الساقية بعد أن زحفت من التراب الجزائري نحو الغابات التونسية.
ونقلت وكالة تونس افريقيا للانباء عن بن سليمان قوله إن النيران أتلفت ما يزيد عن 10 منازل وأدت إلى نفوق عدد من رؤوس الماشية في منطقة عين مازر، مبينا أن ألسنة اللهب ما تزال مستعرة فيها بـ"شراسة".
وتابع أن الحريق بلغ أيضا مركز الغابات بعين النسمة فأتى عليه بالكامل، بفعل سرعة انتقال النيران التي غذتها الرياح القوية وصعوبة التضاريس وطبيعة الغطاء النباتي.
وبحسب المصدر ذاته، أطلقت عدة نداءات استغاثة لنجدة السكان وإطفاء الحريق الذي قال إنه ما يزال يهدد أرواح المواطنين والغطاء الغابي، معتبرا إياه الأعنف من نوعه خلال السنوات الأخيرة.
""", [
    ev("forester-statement", "وصف سمير بن سليمان، رئيس مصلحة الغابات", WED, "'اليوم الاربعاء 28 جويلية 2021'"),
    ev("fire-crosses-from-algeria", "بعد أن زحفت من التراب الجزائري نحو الغابات التونسية", SPREAD[0], "no own expression; before the statement of Wed 28 Jul 2021 (my span 27-28 Jul)", end=SPREAD[1]),
    ev("houses-burned", "النيران أتلفت ما يزيد عن 10 منازل", SPREAD[0], "no own expression; the damage counted by Wed 28 Jul 2021 (my span 27-28 Jul)", end=SPREAD[1]),
    ev("forest-centre-burned", "الحريق بلغ أيضا مركز الغابات بعين النسمة", SPREAD[0], "no own expression; before the statement of Wed 28 Jul 2021 (my span 27-28 Jul)", end=SPREAD[1]),
    ev("distress-calls", "أطلقت عدة نداءات استغاثة لنجدة السكان", WED, "no own expression; the calls reported on Wed 28 Jul 2021"),
])
art(S, "https://tunisnow.tn/%d8%ad%d8%b1%d8%a7%d8%a6%d9%82-%d8%ac%d8%a8%d8%a7%d9%84-%d8%b3%d8%a7%d9%82%d9%8a%d8%a9-%d8%b3%d9%8a%d8%af%d9%8a-%d9%8a%d9%88%d8%b3%d9%81-%d8%aa%d9%87%d8%af%d8%af-%d8%ad%d9%8a%d8%a7%d8%a9-%d8%a7%d9%84",
    "2021-07-28", "no date line on the stored page; the body's 'اليوم الأربعاء' with the forest chief's statement dated 'اليوم الاربعاء 28 جويلية 2021' by acharaa (the same TAP report) gives Wed 28 Jul 2021; headline rendered from the URL slug; no date of its own in the text", False, """
حرائق جبال ساقية سيدي يوسف تهدد حياة الأهالي
وجهت نداءات استغاثة عديدة لإنقاذ الأهالي وإطفاء الحريق المشتعل في جبال ساقية سيدي يوسف بولاية الكاف، والذي ما يزال يشكل خطرا على أرواح المواطنين والغطاء الغابي، ووصف بأنه الأعنف من نوعه في السنوات الأخيرة.
وخلفت الحرائق الغابية، إثر امتدادها من الأراضي الجزائرية إلى الغابات التونسية، خسائر بشرية ومادية جسيمة، إذ التهمت النيران عدة منازل ونفقت رؤوس ماشية عديدة، فيما أصيب عدد من المواطنين بحروق متفاوتة.
وصرح رئيس مصلحة الغابات بالساقية، سمير سليمان، لوسائل الإعلام اليوم الأربعاء بأن الوضع خطير، وبأن النيران وصلت أيضا إلى مركز الغابات بعين النسمة وأحرقته بالكامل بسبب شدة الحريق الذي أذكته الرياح القوية، وساعدت على انتشاره وعورة التضاريس وطبيعة الغطاء النباتي الذي يغلب عليه الصنوبر الحلبي سريع الاشتعال.
وأضاف أن النيران أتت على أكثر من 10 منازل، وتسببت في نفوق عدد من رؤوس الماشية بمنطقة عين مازر التي ما تزال النيران مشتعلة فيها بـ"شراسة".
""", [
    ev("distress-calls", "وجهت نداءات استغاثة عديدة لإنقاذ الأهالي", WED, "no own expression; the calls reported on Wed 28 Jul 2021"),
    ev("fire-crosses-from-algeria", "إثر امتدادها من الأراضي الجزائرية إلى الغابات التونسية", SPREAD[0], "no own expression; my span 27-28 Jul 2021", end=SPREAD[1]),
    ev("residents-burned", "فيما أصيب عدد من المواطنين بحروق متفاوتة", SPREAD[0], "no own expression; my span 27-28 Jul 2021", end=SPREAD[1]),
    ev("forester-statement", "لوسائل الإعلام اليوم الأربعاء بأن الوضع خطير", WED, "'اليوم الأربعاء' = Wed 28 Jul 2021"),
    ev("forest-centre-burned", "النيران وصلت أيضا إلى مركز الغابات بعين النسمة", SPREAD[0], "no own expression; my span 27-28 Jul 2021", end=SPREAD[1]),
    ev("houses-burned", "النيران أتت على أكثر من 10 منازل", SPREAD[0], "no own expression; my span 27-28 Jul 2021", end=SPREAD[1]),
])
art(S, "https://radioexpressfm.com/ar/author/yosragaaloulgmail-com/page/147",
    "2021-07-29", "the body's 'اليوم 29 جويلية 2021' (kept; 29 Jul 2021 was a Thursday); headline kept from the listing (reworded); the last, truncated sentence on Jebel Takrouna dropped; the 3000 ha of the headline restated as the last sentence", True, """
الحماية المدنية: المساحات المتضررة من الحرائق بلغت حوالي 3000 هكتار
قال معز تريعة، الناطق الرسمي باسم الحماية المدنية، اليوم 29 جويلية 2021 في برنامج 20/18، إن الأيام الأخيرة عرفت موجة من الحرائق المتزامنة في الشمال الغربي وبنزرت والقيروان، تفاوتت في حجمها وأهميتها.
وأوضح أنه تمت السيطرة نهائيا على أغلب هذه الحرائق، لافتا إلى أن حريقا واحدا فقط ما يزال متواصلا حاليا بمنطقة جبل التيس من معتمدية فرنانة.
وبين أن مجموع المساحات التي تضررت من الحرائق بلغ قرابة 3000 هكتار.
""", [
    ev("spokesman-statement", "قال معز تريعة، الناطق الرسمي باسم الحماية المدنية", "2021-07-29", "'اليوم 29 جويلية 2021'"),
    ev("fire-wave", "عرفت موجة من الحرائق المتزامنة في الشمال الغربي", "2021-07-24", "'الأيام الأخيرة' before Thu 29 Jul 2021 (my span 24-29 Jul, which holds the Sakiet fires)", end="2021-07-30"),
    ev("fires-controlled", "تمت السيطرة نهائيا على أغلب هذه الحرائق", "2021-07-27", "no own expression; by Thu 29 Jul 2021 (my span 27-29 Jul)", end="2021-07-30"),
    ev("fernana-fire-continues", "حريقا واحدا فقط ما يزال متواصلا حاليا بمنطقة جبل التيس", "2021-07-29", "'حاليا' = Thu 29 Jul 2021"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 419
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

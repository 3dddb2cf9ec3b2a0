"""Builds stories.jsonl: the 492-nd evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: refugee and displacement camps: camp fires, storms and
floods hitting tents, aid cuts, returns and evictions.
Stories: the fire in Rohingya camp 11 at Cox's Bazar and the inquiry that called it planned sabotage
(Bangladesh, March 2023), and the floods that swept the al-Jufaina displacement camp in Marib (Yemen, July 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- bangladesh-coxs-bazar-camp-11-fire-2023
S = "bangladesh-coxs-bazar-camp-11-fire-2023"
FIRE = "2023-03-05"                        # the fire in camp 11 broke out on Sun 5 Mar 2023 (early afternoon)
PRESS = "2023-03-12"                       # the inquiry committee's press conference, Sun 12 Mar 2023
art(S, "https://mubasher.aljazeera.net/news/2023/3/5/%D8%A7%D9%84%D8%AA%D9%87%D9%85-500-%D9%85%D9%86%D8%B2%D9%84-%D8%AD%D8%B1%D9%8A%D9%82-%D9%87%D8%A7%D8%A6%D9%84-%D8%A8%D9%85%D8%AE%D9%8A%D9%85-%D9%84%D9%84%D9%91%D8%A7%D8%AC%D8%A6%D9%8A%D9%86",
    "2023-03-05", "the address carries the date 2023/3/5 (the stored page's date field gives only 2023-03); the body's 'ظهر اليوم الأحد' agrees (5 Mar 2023 was a Sunday); the embedded English tweets dropped; headline rendered from the URL slug; the last, truncated sentence ends where the stored text ends", True, """
التهم 500 منزل.. حريق هائل بمخيم للّاجئين
اندلع حريق، اليوم، في المخيم رقم 11 من مخيمات اللاجئين الروهينغيا في مدينة كوكس بازار جنوب شرقي بنغلاديش، بالقرب من الحدود مع ميانمار.
وبيّنت مقاطع مصورة ضخامة الحريق وارتفاع ألسنة اللهب وأعمدة الدخان من داخل المخيم.
وأتت النيران على عدد كبير من الخيام والأكواخ التي يسكنها الروهينغيا، وامتد الحريق إلى المخيمين المجاورين رقم 9 ورقم 10، ولم تصل بعدُ معلومات عن عدد المصابين أو سقوط قتلى بينهم.
ولم يُتحقق كذلك من سبب الحريق، وهل كان مدبرا أم ناجما عن الطهي واستعمال الغاز أو الوقود أو الفحم داخل خيام اللاجئين، وفق ما نقله مراسل الجزيرة.
وقدّرت منظمة (أكشن أيد) البنغالية عدد من تضرروا من حريق اليوم بـ12 ألف لاجئ، بعد أن احترق ما يزيد على 2000 من خيام اللاجئين ومساكنهم الخشبية.
وأوضح مفوض الإغاثة وعودة اللاجئين في كوكس بازار (إم دي سامسودوها) أن النار شبّت في أحد منازل المخيم ظهر اليوم الأحد، ثم امتدت بسرعة إلى المنازل المجاورة.
وقال أنوار الإسلام، مفتش المستودعات في مقر إدارة الإطفاء والدفاع المدني، إن 10 وحدات إطفاء توجهت لمحاولة السيطرة على النيران.
""", [
    ev("camp-11-fire", "اندلع حريق، اليوم، في المخيم رقم 11", FIRE, "'اليوم' in an article of Sun 5 Mar 2023 (the body: 'ظهر اليوم الأحد')"),
    ev("fire-spreads-camps-9-10", "وامتد الحريق إلى المخيمين المجاورين رقم 9 ورقم 10", FIRE, "no own expression; the spread on the day of the fire, Sun 5 Mar 2023"),
    ev("2000-shelters-12000-homeless", "بعد أن احترق ما يزيد على 2000 من خيام اللاجئين", FIRE, "'حريق اليوم' = Sun 5 Mar 2023; the shelters burned that afternoon"),
    ev("fire-units-sent", "إن 10 وحدات إطفاء توجهت لمحاولة السيطرة", FIRE, "no own expression; the fire units sent on Sun 5 Mar 2023 (the fire was controlled by the evening)"),
])
art(S, "https://www.almasryalyoum.com/news/details/2840629",
    "2023-03-13", "the page's date line 'الإثنين 13-03-2023 11:18' (13 Mar 2023 was a Monday); the photo caption and byline dropped; headline kept from the page; the last, truncated sentence shortened", True, """
تحقيق يكشف سبب حريق مخيم «الروهينجا» في بنجلاديش
أظهر تحقيق رسمي أن الحريق الأخير الذي طال أقلية الروهينجا المسلمة في بنجلاديش «كان فعلا مدبرا وليس حادثا عرضيا».
وذكر أبوسفيان، المسؤول الذي ترأس لجنة حكومية من 7 أعضاء تولت التحقيق في الحادث، في مؤتمر صحفي أمس، أن «الروهينجا الذين قابلناهم أكدوا أنه عمل تخريبي جرى التخطيط له مسبقا»، مشيرا إلى أن بعض الأشخاص في المخيمات حالوا دون إطفاء اللاجئين للحريق، وتركوا النيران تلتهم المخيم.
ولفت إلى أمر مهم، وهو أن النار اشتعلت في أكثر من موضع في الوقت نفسه، أي أنها لم تنتقل من مكان لآخر كما يحدث في الحرائق المفاجئة أو غير المدبرة، وأضاف أنها محاولة مقصودة من جماعات متشددة لبسط نفوذها داخل المخيمات، من دون أن يسمي أبو سفيان هذه الجماعات.
واستطرد قائلا: «نوصي بأن تجري جهات إنفاذ القانون تحقيقا آخر لكشف هوية الجماعات التي تقف وراء الحريق»، مبينا أن التقرير استند إلى شهادات 150 شخصا، منهم 50 من الروهينجا، قالوا إن جماعة معادية للروهينجا هي التي أشعلت النار.
""", [
    ev("camp-11-fire", "الحريق الأخير الذي طال أقلية الروهينجا المسلمة", FIRE, "no own expression; the fire of Sun 5 Mar 2023 (mubasher.aljazeera 'ظهر اليوم الأحد'; reflectionye 'في 5 مارس/آذار الجاري')"),
    ev("inquiry-press-conference", "في مؤتمر صحفي أمس", PRESS, "'أمس' in an article of Mon 13 Mar 2023 = Sun 12 Mar"),
    ev("refugees-kept-from-extinguishing", "حالوا دون إطفاء اللاجئين للحريق", FIRE, "no own expression; during the fire of Sun 5 Mar 2023"),
    ev("further-inquiry-recommended", "نوصي بأن تجري جهات إنفاذ القانون تحقيقا آخر", PRESS, "no own expression; the recommendation given at the press conference of Sun 12 Mar 2023 ('أمس')"),
])
art(S, "https://reflectionye.com/index.php/religionandbelief/894",
    "2023-03-13", "no date on the stored page; the body's 'في مؤتمر صحفي أمس الأحد' for the inquiry's press conference of Sun 12 Mar 2023 (almasryalyoum of Mon 13 Mar: 'في مؤتمر صحفي أمس') gives Mon 13 Mar 2023; 'في 5 مارس/آذار الجاري' agrees (March 2023); an Anadolu report; headline written from the body (the stored text has none); the last, truncated sentence shortened", False, """
تحقيق رسمي: حريق مخيمات الروهينغا في بنغلاديش عمل تخريبي مخطط له
كشف تحقيق رسمي أن الحريق الأخير الذي اندلع في مخيمات اللاجئين على الساحل الجنوبي الشرقي لبنغلاديش، وشرّد آلافا من مسلمي الروهينغا، كان "عملا تخريبيا مدبرا".
وذكر "أبو سفيان"، المسؤول البارز في حكومة المنطقة الذي ترأس لجنة حكومية من 7 أعضاء حققت في الحادث، في مؤتمر صحفي أمس الأحد، أن "الروهينغا الذين تحدثنا معهم أكدوا أنه تخريب خُطط له مسبقا"، وأضاف أن بعض الأشخاص في المخيمات منعوا اللاجئين من إطفاء الحريق وتركوا النيران تحرق الملاجئ.
وأوضح أن النار اشتعلت في أماكن متفرقة في الوقت ذاته، وهو ما يثبت أنها عمل مخطط، معتبرا أنها محاولة متعمدة لفرض سيطرة جماعات متشددة داخل المخيمات، ولم يذكر أسماء تلك الجماعات.
وتابع: "نوصي بأن تجري أجهزة إنفاذ القانون تحقيقا آخر لتحديد هوية الجماعات التي تقف وراء الحريق"، مشيرا إلى أن التقرير بُني على إفادات 150 شاهدا، منهم 50 على الأقل من الروهينغا، قالوا إن جماعة معادية للروهينغا أضرمت النار في الخيام.
وفي هذا الشأن، قال محمد رضوان خان، الناشط الحقوقي المدافع عن اللاجئين في مخيم كوكس بازار، لوكالة الأناضول، إن "الحريق لم يكن عرضيا، بل متعمدا أشعلته إحدى العصابات".
وكان الحريق قد ضرب في 5 مارس/آذار الجاري المعسكر 11 في منطقة كوكس بازار الحدودية.
""", [
    ev("inquiry-press-conference", "في مؤتمر صحفي أمس الأحد", PRESS, "'أمس الأحد' in an article of Mon 13 Mar 2023 = Sun 12 Mar"),
    ev("refugees-kept-from-extinguishing", "منعوا اللاجئين من إطفاء الحريق", FIRE, "no own expression; during the fire of Sun 5 Mar 2023"),
    ev("further-inquiry-recommended", "نوصي بأن تجري أجهزة إنفاذ القانون تحقيقا آخر", PRESS, "no own expression; said at the press conference of Sun 12 Mar 2023 ('أمس الأحد')"),
    ev("rizwan-khan-statement", "قال محمد رضوان خان", PRESS, "no own expression; his statement to Anadolu for this report, after the press conference of Sun 12 Mar and by the publication on Mon 13 Mar 2023 (my span 12-13 Mar)", end="2023-03-14"),
    ev("camp-11-fire", "وكان الحريق قد ضرب في 5 مارس/آذار الجاري المعسكر 11", FIRE, "'5 مارس/آذار الجاري' in March 2023 = Sun 5 Mar 2023"),
])

# ---------------------------------------------------------------- yemen-marib-jufaina-camp-floods-2022
S = "yemen-marib-jufaina-camp-floods-2022"
FLOOD = ("2022-07-13", "2022-07-15")       # the floods hit al-Jufaina in the night of Wed 13 to Thu 14 Jul 2022 and on Thursday
THU = "2022-07-14"
art(S, "https://livehod.com/2022/07/14/%D8%A7%D9%84%D8%B3%D9%8A%D9%88%D9%84-%D8%AA%D8%AF%D9%85%D8%B1-%D9%85%D8%AE%D9%8A%D9%85%D8%A7%D8%AA-%D9%84%D9%84%D9%86%D8%A7%D8%B2%D8%AD%D9%8A%D9%86-%D9%81%D9%8A-%D9%85%D8%A3%D8%B1%D8%A8",
    "2022-07-14", "the address carries the date 2022/07/14; the body's 'اليوم الخميس' agrees (14 Jul 2022 was a Thursday); a Xinhua report; headline kept from the page", True, """
السيول تدمر مخيمات للنازحين في مأرب
أدت السيول الناجمة عن الأمطار الغزيرة في محافظة مأرب اليمنية إلى تدمير عدد من مخيمات النازحين، وتركت عشرات الأسر النازحة دون مأوى، وفق مصادر محلية.
وأفاد سكان محليون وكالة أنباء "شينخوا" اليوم الخميس بأن سيولا جارفة أغرقت خلال ساعات الليلة الماضية عشرات المخيمات في مخيم "الجفينة" للنازحين في محافظة مأرب الواقعة إلى الشرق من صنعاء.
وأكد هؤلاء أن عشرات الأسر أصبحت بلا مأوى.
وبحسب الوحدة التنفيذية لإدارة مخيمات النازحين (الحكومية)، فإن السيول فجرت مصداتها في مخيم الجفينة فغمرت المياه بعض منازل النازحين فيه.
ودعت الوحدة الحكومية شركاء العمل الإنساني في مأرب إلى "سرعة الاستجابة وإغاثة الأسر المنكوبة".
وشدد مدير إدارة مخيمات النازحين في مأرب خالد الشجني لـ "شينخوا" على استمرار عملية الحصر وتقييم الوضع للوقوف على الخسائر التي خلفتها السيول.
وأوضح الشجني أن الخسائر تركزت في مخيم الجفينة للنازحين الذي يؤوي نحو 11600 أسرة نازحة، ويعد أكبر مخيم من حيث عدد النازحين في اليمن.
وتفيد تقديرات رسمية بأن مناطق محافظة مأرب الخاضعة لسيطرة الحكومة تؤوي قرابة مليوني نازح بسبب الحرب الدائرة بين القوات الحكومية والحوثيين منذ نحو ثمانية أعوام.
""", [
    ev("jufaina-floods", "أغرقت خلال ساعات الليلة الماضية عشرات المخيمات", FLOOD[0], "'الليلة الماضية' in an article of Thu 14 Jul 2022 = the night of Wed 13 to Thu 14 Jul (span 13-14 Jul)", end=FLOOD[1]),
    ev("jufaina-barriers-burst", "فإن السيول فجرت مصداتها في مخيم الجفينة", THU, "no own expression; the unit's tweet of Thu 14 Jul 2022 (vetogate: 'اليوم الخميس')"),
    ev("unit-appeal", "ودعت الوحدة الحكومية شركاء العمل الإنساني", THU, "no own expression; the appeal in the unit's tweet of Thu 14 Jul 2022"),
    ev("shajni-damage-assessment", "على استمرار عملية الحصر وتقييم الوضع", THU, "no own expression; al-Shajni speaking to Xinhua on the day of the report, Thu 14 Jul 2022 ('اليوم الخميس')"),
])
art(S, "https://www.vetogate.com/4641000",
    "2022-07-14", "no date on the stored page; the body's 'اليوم الخميس' for the floods sweeping the camps and the unit's tweet, both of Thu 14 Jul 2022 (livehod of 14 Jul: 'اليوم الخميس', 'الليلة الماضية'), gives Thu 14 Jul 2022; the page head ('رئيس التحرير') dropped; headline kept from the page; the last, truncated sentence (an activist's tweet) dropped", False, """
السيول تجرف مخيمات النازحين في مأرب
اجتاحت مياه السيول المتدفقة في محافظة مأرب اليمنية، اليوم الخميس، مخيمات النازحين الهاربين من مناطق المواجهات مع مليشيات الحوثيين، وألحقت أضرارا بمنازل المواطنين وأراضيهم الزراعية، في ظل ارتفاع منسوب المياه إلى مستويات غير مسبوقة.
وذكرت "الوحدة التنفيذية لإدارة مخيمات النازحين" في مأرب، في تغريدة على تويتر، أن سيلا كبيرا اندفع من "وادي الخشب" بمأرب، وعبر مخيم "الجفينة" المخصص للنازحين، ما أدى إلى "تفجير مصدات السيول بالجفينة، ليغمر الماء بعض منازل النازحين بالمخيم".
وحثت الوحدة التنفيذية "شركاء العمل الإنساني بمأرب" على إغاثة الأسر المنكوبة.
وأكدت مصادر محلية في مأرب أن مخيم "الجفينة" للنازحين جنوبي مأرب تضرر بشدة بسبب قربه من مجرى السيول، كما تضررت منازل أخرى مجاورة، جراء السيول التي تعيشها مأرب بعد ساعات من الأمطار المتواصلة.
وأوضحت المصادر أن فرق الإنقاذ ورجال الأمن والمواطنين ينفذون عمليات إجلاء للنازحين والسكان القريبين من مجاري السيول في منطقتي "الروضة والجفينة"، من دون ورود معلومات حتى الآن عن خسائر بشرية.
""", [
    ev("jufaina-floods", "اجتاحت مياه السيول المتدفقة في محافظة مأرب اليمنية، اليوم الخميس", FLOOD[0], "'اليوم الخميس' = Thu 14 Jul 2022; the same floods began in the night before (livehod 'الليلة الماضية'), so span 13-14 Jul", end=FLOOD[1]),
    ev("jufaina-barriers-burst", "تفجير مصدات السيول بالجفينة", THU, "no own expression; the unit's tweet of Thu 14 Jul 2022 ('اليوم الخميس')"),
    ev("unit-appeal", "وحثت الوحدة التنفيذية", THU, "no own expression; the appeal in the same tweet, Thu 14 Jul 2022"),
    ev("rauda-jufaina-evacuations", "ينفذون عمليات إجلاء للنازحين", THU, "no own expression; ongoing on the day of the report, Thu 14 Jul 2022"),
])
art(S, "https://www.aajeg.com/society/%D8%A7%D9%84%D8%B3%D9%8A%D9%88%D9%84-%D8%AA%D9%8F%D8%BA%D8%B1%D9%82-%D9%85%D8%A3%D8%B1%D8%A8",
    "2022-07-15", "the page's date line '15 يوليو 2022' (15 Jul 2022 was a Friday); a report of al-Araby al-Jadeed; the photo caption and the font controls dropped; headline kept from the page; the last, truncated sentence shortened", True, """
السيول تُغرق مأرب
لقي شخص واحد على الأقل حتفه وأصيب آخرون بجروح جراء تدفق السيول في مدينة مأرب اليمنية (مركز محافظة مأرب وسط اليمن، شمال شرقي العاصمة صنعاء)، في أعقاب هطول أمطار غزيرة على المرتفعات الغربية والشمالية الغربية للمدينة المزدحمة بالنازحين.
وتفيد مصادر محلية "العربي الجديد" بأن الضابط في القوات الحكومية مانع علي سالم المكردي لقي حتفه بعد أن جرفت السيول مركبته، إذ كان يحاول مع آخرين عبور مجرى المياه للوصول إلى مخيم الجفينة للنازحين لإنقاذ بعض أقاربه من السيول.
وتذكر المصادر أن شخصين كانا برفقته في المركبة أصيبا بجروح طفيفة.
من جهته، يوضح مدير الوحدة التنفيذية لإدارة مخيمات النازحين سيف مثنى أن عددا كبيرا من الأسر النازحة في مخيمات أخرى مثل السميا والسويداء (شرق مأرب) في مديرية الوادي وأطراف المدينة ومديرية رغوان تضرر، لافتا إلى أنه "لم تُقدَّم أي مساعدات لهذه الأسر لعدم توفر مخزون طوارئ لدى شركاء العمل الإنساني في المحافظة".
ويضيف أن الوحدة التنفيذية رصدت حتى الآن تضرر آلاف الأسر في المخيمات بسبب هذه السيول، مبينا أن عملية الرصد لا تزال مستمرة.
""", [
    ev("jufaina-floods", "جراء تدفق السيول في مدينة مأرب اليمنية", FLOOD[0], "no own expression; the floods of the night of 13-14 Jul and Thu 14 Jul 2022 (livehod, vetogate)", end=FLOOD[1]),
    ev("mukardi-death", "لقي حتفه بعد أن جرفت السيول مركبته", FLOOD[0], "no own expression; during the floods while trying to reach al-Jufaina (my span 13-14 Jul 2022, as the floods)", end=FLOOD[1]),
    ev("muthanna-statement", "يوضح مدير الوحدة التنفيذية لإدارة مخيمات النازحين سيف مثنى", THU, "no own expression; said to al-Araby al-Jadeed for this report of Fri 15 Jul 2022, after the floods (my span 14-15 Jul)", end="2022-07-16"),
    ev("thousands-families-damage-count", "رصدت حتى الآن تضرر آلاف الأسر في المخيمات", THU, "no own expression; the unit's count up to the report of Fri 15 Jul 2022 (my span 14-15 Jul)", end="2022-07-16"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 492
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

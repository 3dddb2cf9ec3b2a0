"""Builds stories.jsonl: the 587-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: snowstorms, cold waves and sandstorms in the Levant, Iraq
or the Gulf, with school closures and road blockages.
Stories: the January 2013 snowstorm in Lebanon (schools closed on Tue 8 and Wed 9 Jan 2013, deaths in floods
and road accidents), and the first dust storm of April 2022 in Iraq (from Thu 7 Apr 2022; deaths at the Tuz
Khurmatu hospital, suffocation cases in Kirkuk and Erbil, Erbil airport closed).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- lebanon-january-snowstorm-schools-2013
S = "lebanon-january-snowstorm-schools-2013"
MON = "2013-01-07"                          # Diab's memo and Rifi's order; Safir and the minibus driver killed
ONSET = ("2013-01-06", "2013-01-08")        # the storm's first rains, the night of Sun 6 / Mon 7 Jan 2013
SCHOOLS = ("2013-01-08", "2013-01-10")      # schools closed on Tue 8 and Wed 9 Jan 2013
art(S, "https://www.arabstoday.net/208/إغلاق-المدارس-في-لبنان-بسبب-عاصفة-ثلجية",
    MON, "no date on the stored page (only 'آخر تحديث GMT10:42:39' without a day); the body's 'قرّرت السلطات اللبنانية الإثنين' (not 'أمس') for the decision to close the schools on Tuesday and Wednesday, the storm 'expected to last until Wednesday evening' and 'بوادر العاصفة بدأت الليلة الماضي' point to a report of Mon 7 Jan 2013 (emaratalyoum of Tue 8 Jan: the first deaths 'أمس'); the last, truncated clause about the infant dropped", False, """
إغلاق المدارس في لبنان بسبب عاصفة ثلجية
اتخذت السلطات اللبنانية الإثنين قرارا بإقفال المدارس في كل المناطق يومي الثلاثاء والأربعاء، استعدادا لعاصفة ثلجية تجتاح البلاد.
وأصدر وزير التربية حسّان دياب مذكرة يطلب فيها إقفال جميع المدارس في مختلف المناطق اللبنانية يومي الثلاثاء والأربعاء بسبب العاصفة.
من جهته، وجّه المدير العام لقوى الأمن الداخلي اللواء أشرف ريفي برفع جهوزية عناصر الأمن إلى 90% لمساعدة المواطنين في أثناء العاصفة.
وأوضح ريفي أن طقسا عاصفا يسيطر على لبنان مع أمطار غزيرة ترافقها رياح عاتية، وأن الثلوج تتساقط على ارتفاعات منخفضة تقارب الـ400 متر، ما يضعف الرؤية، وقد يؤدي تراكم الثلوج إلى قطع عدد من الطرقات، مشيرا إلى أن العاصفة يتوقع أن تستمر حتى مساء الأربعاء المقبل.
وتابع أن المديرية العامة لقوى الأمن الداخلي بدأت اتخاذ إجراءات ميدانية منذ يوم السبت الماضي لمساندة المواطنين.
وكانت طلائع العاصفة قد ظهرت الليلة الماضي، إذ تسببت الأمطار الغزيرة بأضرار مادية وبقطع طرقات، كما أودت بحياة رضيع في شهره السادس.
""", [
    ev("schools-closed", "بإقفال المدارس في كل المناطق يومي الثلاثاء والأربعاء", SCHOOLS[0], "'يومي الثلاثاء والأربعاء' after a decision of Mon 7 Jan 2013 = Tue 8 and Wed 9 Jan", end=SCHOOLS[1]),
    ev("diab-closure-memo", "وأصدر وزير التربية حسّان دياب مذكرة", MON, "no own expression; the memo is the decision of 'الإثنين' = Mon 7 Jan 2013"),
    ev("rifi-readiness-order", "برفع جهوزية عناصر الأمن إلى 90%", MON, "no own expression; the ISF chief's order reported with the decision of Mon 7 Jan 2013"),
    ev("isf-measures", "بدأت اتخاذ إجراءات ميدانية منذ يوم السبت الماضي", "2013-01-05", "'منذ يوم السبت الماضي' from Mon 7 Jan 2013 = since Sat 5 Jan, continuing (my span Sat 5 - Mon 7)", end="2013-01-08"),
    ev("storm-onset", "وكانت طلائع العاصفة قد ظهرت الليلة الماضي", ONSET[0], "'الليلة الماضي' from Mon 7 Jan 2013 = the night of Sun 6 / Mon 7 Jan (span)", end=ONSET[1]),
    ev("infant-swept", "كما أودت بحياة رضيع في شهره السادس", ONSET[0], "no own expression; with the first rains of 'الليلة الماضي' = the night of Sun 6 / Mon 7 Jan 2013 (emaratalyoum of Tue 8: 'أمس'); span", end=ONSET[1]),
])
art(S, "https://www.emaratalyoum.com/politics/news/2013-01-08-1.539557",
    "2013-01-08", "the page's address carries the day 2013-01-08 (Tue 8 Jan 2013); the text itself has only 'أمس' for the deaths of Mon 7 Jan (the masress/ahramgate report: 'صباح الإثنين', 'مساء الاثنين'); the photo caption dropped; the last, truncated clause about the drivers dropped", False, """
3 قتلى بعاصفة تجتاح لبنان
لقي طفل ورجلان حتفهم، أمس، جراء عاصفة عنيفة ضربت لبنان وخلّفت خسائر مادية كبيرة في المزروعات والممتلكات والسيارات والطرقات والبنى التحتية، في حين رجحت مصلحة الأرصاد الجوية أن تتواصل خلال الأيام المقبلة.
وأفادت الوكالة الوطنية للإعلام الرسمية بأن المياه التي طفت في الوادي الفاصل بين بلدتي جدرا وسبلين (جنوب لبنان) جرفت خياما يسكنها عدد من البدو، ما أدى إلى مقتل الطفل يوسف ركان فضل (ستة أشهر) الذي حملته السيول نحو البحر، ولم تعثر القوى الأمنية على جثته.
وجرفت السيول كذلك 200 رأس من الماعز وسبع بقرات في المنطقة.
ولقي جوزف أنطوان صفير (67 عاما) حتفه بعد أن انزلقت سيارته بفعل السيول على طريق المنصورية (شمال شرق بيروت)، وفق الوكالة.
وذكرت الوكالة في وقت لاحق أن سائق حافلة صغيرة قُتل في حادث سير بين حافلته وسيارة في منطقة ضهر البيدر الجبلية، وهي أعلى نقطة على الطريق الدولي بين بيروت ومحافظة البقاع (شرق).
وأدت الأمطار الغزيرة، التي لم تنقطع منذ يومين تقريبا، إلى ارتفاع منسوب الأنهر وغمرت الطرق التي غرقت فيها السيارات وعلقت في زحمات السير، ولا سيما عند مداخل بيروت، فقضى السائقون ساعات طويلة داخل سياراتهم.
""", [
    ev("storm-death-toll", "لقي طفل ورجلان حتفهم، أمس", MON, "'أمس' in an article of Tue 8 Jan 2013 = Mon 7 Jan"),
    ev("infant-swept", "ما أدى إلى مقتل الطفل يوسف ركان فضل", ONSET[0], "no own expression; among the deaths of 'أمس' (Mon 7 Jan 2013), with the first rains of the night of Sun 6 / Mon 7 (arabstoday: 'الليلة الماضي'); span", end=ONSET[1]),
    ev("safir-killed", "ولقي جوزف أنطوان صفير (67 عاما) حتفه", MON, "no own expression; among the deaths of 'أمس' = Mon 7 Jan 2013 (masress/ahramgate: 'صباح الإثنين')"),
    ev("minibus-driver-killed", "أن سائق حافلة صغيرة قُتل في حادث سير", MON, "no own expression; among the deaths of 'أمس' = Mon 7 Jan 2013 (masress/ahramgate: 'مساء الاثنين')"),
    ev("storm-onset", "التي لم تنقطع منذ يومين تقريبا", ONSET[0], "'منذ يومين تقريبا' from Tue 8 Jan 2013 = since about Sun 6 Jan (the night of Sun 6 / Mon 7, arabstoday); span", end=ONSET[1]),
    ev("beirut-traffic-jams", "ولا سيما عند مداخل بيروت", MON, "no own expression; the flooded roads and jams reported with the events of 'أمس' = Mon 7 Jan 2013"),
])
art(S, "https://www.masress.com/ahramgate/292709",
    "2013-01-08", "no date on the stored page (an Ahram Gate report kept by masress); the body's 'منذ أمس' for the deaths, which it places on 'صباح الإثنين' and 'مساء الاثنين' (Mon 7 Jan 2013), and 'العاصفة ... منذ يومين' (storm from Sun 6 Jan) give Tue 8 Jan 2013; headline written from the body (the stored text has none); the misplaced clause on 'the highest area on the international road' after the goats and the truncated last sentence dropped", False, """
مقتل أربعة في لبنان جراء العاصفة الثلجية
لقي أربعة لبنانيين، بينهم طفلان، مصرعهم منذ أمس جراء العاصفة الثلجية التي تضرب لبنان منذ يومين، كما أقفلت المدارس أبوابها، ودعت وزارة الداخلية المواطنين إلى عدم مغادرة منازلهم.
وكانت العاصفة الثلجية قد اجتاحت لبنان منذ يومين، مخلّفة خسائر مادية فادحة في المزروعات والممتلكات والسيارات والطرقات والبنى التحتية، فيما ترجح مصلحة الأرصاد الجوية اللبنانية أن تستمر العاصفة في الأيام المقبلة.
وأوردت الوكالة الوطنية للإعلام الرسمية أن مياه الوادي الفاصل بين بلدتي جدرا وسبلين في جنوب لبنان فاضت وجرفت خياما يقيم فيها عدد من البدو، فقضى الطفل يوسف ركان فضل البالغ ستة أشهر بعدما حملته السيول إلى البحر، ولم تتمكن القوى الأمنية من العثور على جثته.
وقُتل صباح الإثنين المواطن جوزف أنطوان صفير (67 عاما) إثر انزلاق سيارته بفعل السيول على طريق المنصورية شمال شرق بيروت، ومساء الاثنين لقي سائق حافلة صغيرة حتفه في حادث سير بين حافلته وسيارة في منطقة ضهر البيدر، كما توفي مواطن سوري بسبب البرد القارس ونُقلت جثته إلى مستشفى شتورا.
وجرفت السيول أيضا 200 رأس من الماعز وسبع بقرات.
""", [
    ev("storm-death-toll", "لقي أربعة لبنانيين، بينهم طفلان، مصرعهم منذ أمس", MON, "'منذ أمس' from Tue 8 Jan 2013 = since Mon 7 Jan, up to the day of the report (span Mon 7 - Tue 8)", end="2013-01-09"),
    ev("schools-closed", "كما أقفلت المدارس أبوابها", SCHOOLS[0], "no own expression; the closure ordered for Tue 8 and Wed 9 Jan 2013 (arabstoday: 'يومي الثلاثاء والأربعاء')", end=SCHOOLS[1]),
    ev("infant-swept", "فقضى الطفل يوسف ركان فضل", ONSET[0], "no own expression; with the first rains of the night of Sun 6 / Mon 7 Jan 2013 (arabstoday: 'الليلة الماضي'; emaratalyoum: 'أمس'); span", end=ONSET[1]),
    ev("safir-killed", "وقُتل صباح الإثنين المواطن جوزف أنطوان صفير", MON, "'صباح الإثنين' in a report of Tue 8 Jan 2013 = Mon 7 Jan"),
    ev("minibus-driver-killed", "ومساء الاثنين لقي سائق حافلة صغيرة حتفه", MON, "'مساء الاثنين' in a report of Tue 8 Jan 2013 = Mon 7 Jan"),
    ev("syrian-cold-death", "كما توفي مواطن سوري بسبب البرد القارس", MON, "no own expression; among the four deaths 'منذ أمس' = Mon 7 - Tue 8 Jan 2013 (span)", end="2013-01-09"),
])

# ---------------------------------------------------------------- iraq-tuz-khurmatu-dust-storm-april-2022
S = "iraq-tuz-khurmatu-dust-storm-april-2022"
ONSET = "2022-04-07"                        # the dust storm hit northern Iraq from dawn on Thu 7 Apr 2022
FIRST = ("2022-04-07", "2022-04-09")        # deaths and suffocation cases of Thu 7 - Fri 8 Apr 2022
SAT = "2022-04-09"                          # third day: the storm over Baghdad and Nasiriyah
art(S, "https://kirkuknow.com/ar/news/67888",
    "2022-04-08", "the body's 'في بيان اليوم، الجمعة 8 نيسان' and 'صباح اليوم، الجمعة' (8 Apr 2022 was a Friday; the storm 'منذ فجر يوم الخميس، 7 نيسان'); headline written from the body (the stored excerpt starts without one); the last, truncated sentence on the health directorates' advice dropped", True, """
خمس وفيات و250 حالة اختناق في كركوك وطوزخورماتو بسبب العاصفة الترابية
في محافظة كركوك وقضاء طوزخورماتو، نُقل 250 شخصاً إلى المستشفيات لتلقي العلاج، وفارق خمسة أشخاص الحياة بسبب العواصف الترابية.
وكانت موجة من الغبار والعواصف الترابية قد اجتاحت جميع المحافظات العراقية منذ فجر يوم الخميس، 7 نيسان، وما تزال آثارها قائمة، وقد نُقل بسببها المئات إلى المستشفيات.
وأفادت دائرة صحة كركوك في بيان أصدرته اليوم، الجمعة 8 نيسان، بأن 123 شخصاً نُقلوا إلى المستشفى وتلقوا العلاج اللازم، موضحة أن مستشفى كركوك العام استقبل 58 حالة منها.
وبيّن مصدر في دائرة صحة قضاء طوزخورماتو أنه "حتى الساعة 11 من صباح اليوم، الجمعة، نُقل 127 شخصاً إلى مستشفى طوزخورماتو العام وتوفي خمسة أشخاص".
وقال المصدر، الذي طلب عدم ذكر اسمه لأنه غير مخوّل بالتصريح، لـ(كركوك ناو): "من بين المصابين الـ127 توفي خمسة أشخاص بتأثير العاصفة الترابية، أربعة منهم كانوا مصابين بأمراض مزمنة كالربو وأمراض القلب، وكانوا كبارا في السن".
وتجاوزت أعمار أربعة من المتوفين الخمسة الستين عاما، فيما كان الخامس في الـ43 من عمره، وهم من القوميات الثلاث في طوزخورماتو: العرب والكورد والتركمان.
وأضاف أن "الحالة الصحية لـ23 شخصاً كانت غير مستقرة، لكن خمسة أشخاص فقط ما زالوا يرقدون حالياً في المستشفى ويتلقون الرعاية اللازمة".
""", [
    ev("kirkuk-tuz-hospitalised", "نُقل 250 شخصاً إلى المستشفيات لتلقي العلاج", FIRST[0], "no own expression; the admissions since the storm of Thu 7 Apr 2022 up to the report of 'اليوم، الجمعة 8 نيسان' (span Thu 7 - Fri 8)", end=FIRST[1]),
    ev("storm-onset", "منذ فجر يوم الخميس، 7 نيسان", ONSET, "'فجر يوم الخميس، 7 نيسان' = Thu 7 Apr 2022"),
    ev("kirkuk-health-statement", "وأفادت دائرة صحة كركوك في بيان أصدرته اليوم، الجمعة 8 نيسان", "2022-04-08", "'اليوم، الجمعة 8 نيسان' = Fri 8 Apr 2022"),
    ev("tuz-deaths", "نُقل 127 شخصاً إلى مستشفى طوزخورماتو العام وتوفي خمسة أشخاص", FIRST[0], "'حتى الساعة 11 من صباح اليوم، الجمعة' = by 11:00 on Fri 8 Apr 2022, since the storm of Thu 7 (span Thu 7 - Fri 8)", end=FIRST[1]),
])
art(S, "https://altaghier.tv/2022/04/08/%D8%AA%D8%B3%D8%AC%D9%8A%D9%84-4-%D9%88%D9%81%D9%8A%D8%A7%D8%AA-%D9%88%D8%A7%D9%84%D9%85%D8%A6%D8%A7%D8%AA-%D9%85%D9%86-%D8%AD%D8%A7%D9%84%D8%A7%D8%AA-%D8%A7%D9%84%D8%A7%D8%AE%D8%AA%D9%86%D8%A7%D9%82/",
    "2022-04-08", "no date line in the stored text; the page's address carries the day 2022/04/08 (Fri 8 Apr 2022), and the content (four deaths at the Tuz Khurmatu hospital, 222 cases in Erbil: the first tolls of the storm of Thu 7 Apr, kirkuknow of Fri 8 already has five deaths) fits that day; the section label dropped; headline kept from the page; no date of its own in the text", False, """
تسجيل 4 وفيات والمئات من حالات الاختناق بسبب العاصفة الترابية
خلّفت العاصفة الترابية التي ضربت أغلب محافظات العراق عددا من الوفيات، إلى جانب حالات اختناق أصابت المئات من المواطنين.
وأعلنت مصادر طبية تسجيل أربع حالات وفاة في مستشفى طوزخورماتو العام بمحافظة صلاح الدين، فضلا عن إصابة قرابة ثلاثين شخصاً بحالات اختناق بسبب العاصفة الترابية، بينما سجّلت مستشفيات محافظة كركوك ثمانين حالة اختناق.
وفي إقليم كردستان، أعلنت مديرية صحة أربيل أن مستشفيات المحافظة استقبلت مئتين واثنتين وعشرين حالة اختناق.
وكانت دائرة الأنواء الجوية والزلازل في محافظة السليمانية قد أكدت أن تأثير العواصف الترابية سيستمر لمدة يومين.
""", [
    ev("storm-onset", "خلّفت العاصفة الترابية التي ضربت أغلب محافظات العراق", ONSET, "no own expression; the storm that hit from dawn on Thu 7 Apr 2022 (kirkuknow)"),
    ev("tuz-deaths", "تسجيل أربع حالات وفاة في مستشفى طوزخورماتو العام", FIRST[0], "no own expression; the deaths at the Tuz Khurmatu hospital on Thu 7 - Fri 8 Apr 2022 (kirkuknow: five by 11:00 on Fri 8); span", end=FIRST[1]),
    ev("kirkuk-tuz-hospitalised", "بينما سجّلت مستشفيات محافظة كركوك ثمانين حالة اختناق", FIRST[0], "no own expression; the Kirkuk admissions of Thu 7 - Fri 8 Apr 2022 (kirkuknow); span", end=FIRST[1]),
    ev("erbil-suffocation-cases", "استقبلت مئتين واثنتين وعشرين حالة اختناق", FIRST[0], "no own expression; the Erbil cases since the storm reached Kurdistan on Thu 7 Apr 2022, reported by Fri 8 (span)", end=FIRST[1]),
    ev("sulaymaniyah-two-day-forecast", "قد أكدت أن تأثير العواصف الترابية سيستمر لمدة يومين", "2022-04-06", "no own expression; 'كانت ... قد أكدت' = a forecast issued before this report of Fri 8 Apr 2022, around the storm's arrival on Thu 7 (my span Wed 6 - Thu 7)", end="2022-04-08"),
])
art(S, "https://arabicpost.live/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/2022/04/10/%d8%b9%d8%a7%d8%b5%d9%81%d8%a9-%d8%b1%d9%85%d9%84%d9%8a%d8%a9-%d8%aa%d8%b6%d8%b1%d8%a8-%d8%a7%d9%84%d8%b9%d8%b1%d8%a7%d9%82/",
    "2022-04-10", "the page's date line 'تم النشر: 2022/04/10 الساعة 07:45 بتوقيت غرينتش' (Sun 10 Apr 2022; not part of the body, so not kept); the body reports 'السبت 9 أبريل/نيسان 2022' as the third day; the byline, photo caption and the update stamp dropped; the last, truncated sentence cut after the quotation", True, """
وفيات وحالات اختناق بالعراق.. عاصفة رملية ضربت البلاد وجعلت الرؤية معدومة في بعض المناطق
شهدت معظم مناطق العراق، السبت 9 أبريل/نيسان 2022، عاصفة رملية لليوم الثالث على التوالي، ودخل العشرات إلى المستشفيات لتلقي العلاج من مشكلات في الجهاز التنفسي، في حين أعلن أحد المستشفيات وفاة 4 أشخاص.
وكانت السحابة الترابية قد ضربت شمال العراق أولاً، بما فيه إقليم كردستان، يوم الخميس 7 أبريل/نيسان 2022، وتسببت بتعليق مؤقت للرحلات في مطار أربيل، ثم امتدت نحو الجنوب لتغطي يوم السبت بغداد ومدناً أخرى كالناصرية، حتى أصبحت الرؤية معدومة في بعض المناطق.
وقال المتحدث باسم وزارة الصحة، سيف البدر، في تصريح لوكالة الأنباء الفرنسية، إن العاصفة أدت إلى "دخول العشرات إلى المستشفيات في مختلف أنحاء العراق بسبب مشكلات في الجهاز التنفسي".
من جهته، أوضح عامر الجابري، مدير إعلام الأرصاد الجوية العراقية، للوكالة الفرنسية أن الظاهرة ستنحسر تدريجياً "عصر السبت".
وتوقع الجابري "تزايد العواصف الترابية بسبب الجفاف والتصحر وقلة الأمطار".
""", [
    ev("tuz-deaths", "في حين أعلن أحد المستشفيات وفاة 4 أشخاص", FIRST[0], "no own expression; the deaths announced by the Tuz Khurmatu hospital for Thu 7 - Fri 8 Apr 2022 (altaghier: four; kirkuknow: five by Fri 8); span", end=FIRST[1]),
    ev("storm-onset", "قد ضربت شمال العراق أولاً", ONSET, "'يوم الخميس 7 أبريل/نيسان 2022' = Thu 7 Apr 2022"),
    ev("erbil-airport-suspension", "وتسببت بتعليق مؤقت للرحلات في مطار أربيل", ONSET, "no own expression; with the storm's arrival in the north on Thu 7 Apr 2022"),
    ev("storm-covers-baghdad", "لتغطي يوم السبت بغداد ومدناً أخرى كالناصرية", SAT, "'يوم السبت' = Sat 9 Apr 2022 (the body's 'السبت 9 أبريل/نيسان 2022')"),
    ev("badr-statement", "وقال المتحدث باسم وزارة الصحة، سيف البدر", SAT, "no own expression; the ministry spokesman's statement to AFP in the report on Sat 9 Apr 2022"),
    ev("storm-easing-forecast", 'أن الظاهرة ستنحسر تدريجياً "عصر السبت"', SAT, "'عصر السبت' = the afternoon of Sat 9 Apr 2022"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 587
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

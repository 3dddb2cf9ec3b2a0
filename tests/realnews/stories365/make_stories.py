"""Builds stories.jsonl: the 365-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: general strikes and civil-disobedience days called by
unions, professional bodies or the opposition: the call, the strike day, its reach, talks and the calling-off.
Stories: the FFC's two-day general strike against the military council (Sudan, 28-29 May 2019), the
"dignity strike" across historic Palestine (Palestine, 18 May 2021), the unions' 24-hour national general strike
against the Benkirane government (Morocco, 24 Feb 2016), the civil-disobedience strike against Bouteflika's fifth
term (Algeria, 10-14 Mar 2019), and the CGTL general strike for the formation of a government (Lebanon, 4 Jan 2019).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- sudan-ffc-general-strike-may-2019
S = "sudan-ffc-general-strike-may-2019"
CALL = "2019-05-24"                        # the FFC's call, on the evening of Fri 24 May 2019
PRESS = "2019-05-27"                       # the FFC press conference in Khartoum, Mon 27 May 2019
DAY1 = "2019-05-28"                        # first strike day, Tue 28 May 2019
DAY2 = "2019-05-29"                        # second and last strike day, Wed 29 May 2019
STRIKE = (DAY1, "2019-05-30")              # the two-day strike, Tue 28 - Wed 29 May 2019
art(S, "https://gulf365.co/world-news/2518098/%D9%82%D8%A7%D8%AF%D8%A9-%D8%A7%D9%84%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC-%D9%81%D9%8A-%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86-%D9%8A%D8%AF%D8%B9%D9%88%D9%86-%D9%84%D8%A5%D8%B6%D8%B1%D8%A7%D8%A8-%D8%B9%D8%A7%D9%85-%D9%8A%D9%88%D9%85%D9%8A-%D8%A7%D9%84%D8%AB%D9%84%D8%A7%D8%AB%D8%A7%D8%A1-%D9%88%D8%A7%D9%84%D8%A3%D8%B1%D8%A8%D8%B9%D8%A7%D8%A1.html",
    "2019-05-24", "page date line 'الجمعة 24 مايو 2019' (kept as second line; 24 May 2019 was a Friday) and the page stamp 'date 2019-05'; the body's 'مساء الجمعة' agrees; headline rendered from the URL slug; the English AFP photo caption and the last, truncated quotation dropped", True, """
قادة الحراك الاحتجاجي في السودان يدعون إلى إضراب عام يومي الثلاثاء والأربعاء
الجمعة 24 مايو 2019
وجّه تحالف "قوى الحرية والتغيير"، الذي يتصدر الاحتجاجات في السودان، مساء الجمعة دعوة إلى إضراب عام يشمل كل أنحاء البلاد يومي الثلاثاء والأربعاء المقبلين، للضغط على المجلس العسكري الحاكم كي يسلّم السلطة إلى المدنيين.
وأكد التحالف، في بيان وصل إلى وكالة فرانس برس، أنه "لم يعد هناك مفر، في هذه المرحلة من عمر البلاد، من اللجوء إلى سلاح الإضراب العام لتصحيح مسار الثورة".
واشتمل البيان على "جدول للتصعيد التدريجي" يقضي بأن يشهد يوم الثلاثاء المقبل "انطلاق الإضراب من داخل المؤسسات والشركات العامة والخاصة والقطاعات المهنية والحرفية".
وبيّن البيان أن اليوم التالي سيشهد "استمرار الإضراب السياسي والتوجه إلى ساحات الاعتصام في العاصمة القومية والأقاليم"، إلى جانب "تفعيل خيمة العصيان داخل الأحياء".
""", [
    ev("ffc-strike-call", "مساء الجمعة دعوة إلى إضراب عام", CALL, "'مساء الجمعة' = Fri 24 May 2019 (date line)"),
    ev("general-strike", "يشمل كل أنحاء البلاد يومي الثلاثاء والأربعاء المقبلين", STRIKE[0], "'يومي الثلاثاء والأربعاء المقبلين' after Fri 24 May = Tue 28 - Wed 29 May 2019", end=STRIKE[1]),
    ev("strike-first-day", "يشهد يوم الثلاثاء المقبل \"انطلاق الإضراب", DAY1, "'يوم الثلاثاء المقبل' after Fri 24 May = Tue 28 May 2019"),
    ev("strike-second-day", "اليوم التالي سيشهد \"استمرار الإضراب السياسي", DAY2, "'اليوم التالي' after Tue 28 May = Wed 29 May 2019"),
])
art(S, "https://rassd.com/455312.htm",
    "2019-05-27", "no date line on the stored page; the body's 'في مؤتمرها الصحفي بالخرطوم، اليوم الإثنين' with 'من الغد الثلاثاء' for a strike that began on Tue 28 May 2019 gives Mon 27 May 2019 (the FFC press conference of that day: arabicpost 'مساء الإثنين'); headline written from the body (the stored text has none); the last, truncated sentence on the sit-in dropped; no date of its own in the text", False, """
قوى الحرية والتغيير تعلن بدء إضراب شامل في السودان وتلوّح بالعصيان المدني
أعلنت «قوى الحرية والتغيير»، التي تقود المظاهرات والاعتصامات في السودان، أن إضراباً شاملاً سينطلق في البلاد من الغد الثلاثاء.
ولوّحت «الحرية والتغيير» للمجلس العسكري الانتقالي بأن الإضراب قد يتحول إلى «عصيان مدني شامل» إذا لم يسلّم السلطة للمدنيين وظل متمسكاً بمواقفه.
وذكرت القوى، خلال مؤتمرها الصحفي في الخرطوم اليوم الإثنين، أن «المجلس العسكري تحوّل إلى قيادة سياسية ولم يعد مجلساً انتقالياً».
وأوضح القيادي في الحرية والتغيير «وجدي صالح» أن ملف التفاوض مع المجلس العسكري الانتقالي لم يشهد أي اختراق جديد.
وأضاف: «لقد تمسكوا برؤيتهم بشأن مجلس السيادة، ويقترحون أن يضم 8 عسكريين و3 مدنيين، بينما نريده بأغلبية مدنية، ولا نمانع في وجود العسكريين فيه».
وشدد المتحدث باسم القوى على أن «الحديث عن إجراء انتخابات في السودان مرفوض»، لافتاً إلى حرصهم على إشراك قوى سودانية أخرى في إدارة المرحلة الانتقالية «بشرط ألا تكون قد شاركت النظام السابق».
وأفاد المتحدث بأن «جميع العاملين في القطاعين العام والخاص في السودان سينخرطون في الإضراب العام بدءًا من الغد».
وأشار إلى أن «المحامين والقضاة والمصرفيين والأطباء والصيادلة وقطاعي النقل والاتصالات» سيشاركون في الإضراب.
""", [
    ev("strike-first-day", "أن إضراباً شاملاً سينطلق في البلاد من الغد الثلاثاء", DAY1, "'من الغد الثلاثاء' in an article of Mon 27 May = Tue 28 May 2019"),
    ev("disobedience-threat", "ولوّحت «الحرية والتغيير» للمجلس العسكري الانتقالي", PRESS, "no own expression; the warning given at the press conference of 'اليوم الإثنين' = Mon 27 May 2019"),
    ev("ffc-monday-announcement", "خلال مؤتمرها الصحفي في الخرطوم اليوم الإثنين", PRESS, "'اليوم الإثنين' = Mon 27 May 2019"),
    ev("talks-deadlock", "لم يشهد أي اختراق جديد", "2019-05-20", "no own expression; the talks on the sovereign council stalled after the round of 20-21 May 2019 and stayed stuck up to the press conference of Mon 27 May (my span)", end="2019-05-28"),
    ev("general-strike", "سينخرطون في الإضراب العام بدءًا من الغد", STRIKE[0], "'بدءًا من الغد' from Mon 27 May = from Tue 28 May; the strike ran Tue 28 - Wed 29 May 2019", end=STRIKE[1]),
])
art(S, "https://arabicpost.com/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/2019/05/28/%D8%B4%D9%84%D9%84-%D8%B4%D8%A8%D9%87-%D8%AA%D8%A7%D9%85-%D8%A8%D8%A7%D9%84%D8%AE%D8%B1%D8%B7%D9%88%D9%85-%D9%81%D9%8A-%D8%A3%D9%88%D9%84-%D8%A3%D9%8A%D8%A7%D9%85-%D8%A7%D9%84%D8%A5%D8%B6%D8%B1%D8%A7/",
    "2019-05-28", "the body's 'الثلاثاء 28 مايو/أيار' (kept; 28 May 2019 was a Tuesday) and the date in the URL '/2019/05/28/'; headline kept from the page (reworded); the section tag, the credits 'عربي بوست / الأناضول', the photo caption and the repeated sub-heading dropped; the last, truncated words of the list of sectors dropped", True, """
شلل شبه كامل في الخرطوم في أول أيام الإضراب وتعطل حركة الطيران
عمّ شلل شبه تام شوارع رئيسية في العاصمة السودانية الخرطوم، الثلاثاء 28 مايو/أيار، بعد أن أغلقت المحلات التجارية أبوابها في اليوم الأول للإضراب العام، الذي يرمي إلى الضغط على المجلس العسكري كي يسلّم السلطة للمدنيين.
ويأتي الإضراب العام تلبية لدعوة وجهتها «قوى إعلان الحرية والتغيير»، مساء الإثنين، إلى الإضراب يومي الثلاثاء والأربعاء في كل أنحاء البلاد.
وبحسب مراسل الأناضول، تجمّع مواطنون سودانيون في شارع النيل، أشهر شوارع الخرطوم، رافعين أعلام البلاد لتذكير سائقي السيارات بالإضراب العام.
وذكر شهود عيان أن 3 طائرات اضطرت إلى العودة من حيث أتت بعدما تعذر عليها الهبوط في مطار الخرطوم، في حين تمكنت طائرة واحدة من الهبوط.
وأضافت المصادر ذاتها أن أغلب عمال المناولة الأرضية في المطار التزموا بالإضراب، بينما يصر عدد قليل منهم على كسره، مؤكدة أن «الإضراب حقق نجاحاً كبيراً حتى الآن».
وصباح الثلاثاء، بدأت قطاعات مهنية سودانية إضراباً عاماً عن العمل يستمر يومين، بهدف الضغط على المجلس العسكري لتسليم السلطة إلى المدنيين.
ويمتد الإضراب إلى عدد من القطاعات، بينها الصحة والهندسة والمياه والكهرباء والنفط والغاز والمصانع والسكك الحديدية والنقل البحري والنقل العام.
""", [
    ev("strike-first-day", "عمّ شلل شبه تام شوارع رئيسية في العاصمة السودانية الخرطوم", DAY1, "'الثلاثاء 28 مايو/أيار', 'في اليوم الأول للإضراب العام'"),
    ev("ffc-monday-announcement", "تلبية لدعوة وجهتها «قوى إعلان الحرية والتغيير»، مساء الإثنين", PRESS, "'مساء الإثنين' before Tue 28 May = Mon 27 May 2019"),
    ev("planes-turned-back", "3 طائرات اضطرت إلى العودة من حيث أتت", DAY1, "no own expression; the first strike day, Tue 28 May 2019 (Cairo had cancelled two flights to Khartoum for that Tuesday)"),
    ev("general-strike", "بدأت قطاعات مهنية سودانية إضراباً عاماً عن العمل يستمر يومين", STRIKE[0], "'وصباح الثلاثاء ... يستمر يومين' = Tue 28 - Wed 29 May 2019", end=STRIKE[1]),
])
art(S, "https://darfur24.com/2019/05/29/%D8%A7%D8%B3%D8%AA%D9%85%D8%B1%D8%A7%D8%B1-%D8%A7%D9%84%D8%A5%D8%B6%D8%B1%D8%A7%D8%A8-%D8%A8%D8%A7%D9%84%D8%AE%D8%B1%D8%B7%D9%88%D9%85-%D9%88%D9%88%D9%82%D9%81%D8%A9-%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7",
    "2019-05-29", "date in the URL '/2019/05/29/' (29 May 2019 was a Wednesday); the body's 'لليوم الثاني على التوالي' of the strike that began on Tue 28 May, and 'الثلاثاء' for the day before, agree; headline rendered from the URL slug; no date of its own in the text", False, """
الإضراب يتواصل في الخرطوم وموظفو البنك المركزي ينظمون وقفة احتجاجية
واصل عمال وموظفو المؤسسات الحكومية والخاصة في الخرطوم إضرابهم عن العمل لليوم الثاني على التوالي، التزاماً بالجدول الذي وضعته قوى الحرية والتغيير.
ونظم المئات من موظفي بنك السودان المركزي وقفة احتجاجية اليوم أمام مقر البنك، وانضم إليهم تضامناً موظفون من عدة بنوك وشركات من بينها شركة زين للاتصالات، بينما توقف العمل كلياً في البنك المركزي.
وكانت قوة عسكرية قد هاجمت الثلاثاء موظفي فرع البنك المركزي في الخرطوم، إذ اقتحمت المبنى واعتدت بالضرب على عدد من الموظفين واحتجزتهم في الداخل لفترات طويلة.
وخلال مسيرة احتجاجية اليوم، هتف العاملون في عدد من البنوك مطالبين بحكومة مدنية، مستنكرين تعنت المجلس العسكري في تسليم الحكم للمدنيين.
وتسبب موكب موظفي بنك السودان وعدد من الشركات والمؤسسات المتضامنة في قطع شارع الغابة أمام حركة السير.
""", [
    ev("strike-second-day", "إضرابهم عن العمل لليوم الثاني على التوالي", DAY2, "'لليوم الثاني على التوالي' of the strike begun on Tue 28 May = Wed 29 May 2019"),
    ev("central-bank-stand", "نظم المئات من موظفي بنك السودان المركزي وقفة احتجاجية اليوم", DAY2, "'اليوم' = Wed 29 May 2019 (URL date)"),
    ev("central-bank-raid", "وكانت قوة عسكرية قد هاجمت الثلاثاء موظفي فرع البنك المركزي", DAY1, "'الثلاثاء' before Wed 29 May = Tue 28 May 2019"),
    ev("bank-staff-march", "هتف العاملون في عدد من البنوك مطالبين بحكومة مدنية", DAY2, "'خلال مسيرة احتجاجية اليوم' = Wed 29 May 2019"),
    ev("gaba-street-blocked", "في قطع شارع الغابة أمام حركة السير", DAY2, "no own expression; the march of the same day, Wed 29 May 2019"),
])

# ---------------------------------------------------------------- palestine-dignity-general-strike-2021
S = "palestine-dignity-general-strike-2021"
DECISION = "2021-05-16"                    # the Higher Follow-Up Committee decided the strike on Sun 16 May 2021
STRIKE_DAY = "2021-05-18"                  # the 'dignity strike', Tue 18 May 2021
CALLS = ("2021-05-15", "2021-05-18")       # calls of youth groups and factions circulated over the weekend before the strike (my span)
GAZA_WAR = ("2021-05-10", "2021-05-21")    # the Gaza war of 10 May - the ceasefire of 02:00 Fri 21 May 2021
art(S, "https://staging.nn.najah.edu/news/Palestine/2021/05/17/370999",
    "2021-05-17", "date in the URL '/2021/05/17/' (17 May 2021 was a Monday); the body's 'يوم غدٍ الثلاثاء' with 'يوم الثلاثاء الموافق 18 أيار 2021' agrees; headline written from the body (the stored text has none); the dateline 'نابلس - النجاح الإخباري -' kept; no date line of its own (the only full date is that of the strike)", False, """
الفلسطينيون يتهيأون لإضراب شامل نصرة للقدس وغزة
نابلس - النجاح الإخباري - يتهيأ الفلسطينيون يوم غدٍ الثلاثاء لخوض إضراب شامل يعم المدن والقرى والمخيمات الفلسطينية وكذلك الداخل المحتل، نصرة للقدس وإسنادا لصمود الأهالي في قطاع غزة، ومواصلة للحراك الشعبي والمقاومة الشعبية في وجه الاحتلال الإسرائيلي.
ودعا الشباب الفلسطيني إلى الإضراب الشامل يوم الثلاثاء الموافق 18 أيار 2021، وإلى تنظيم فعاليات وطنية مقاومة كلٌّ في منطقته ومكان وجوده، في المدن والبلدات والقرى والمخيمات، من أجل البقاء في الشارع ومواصلة المقاومة.
وفي الداخل المحتل، طالبت لجنة المتابعة وأعضاء الكنيست ورؤساء المجالس باتخاذ خطوات جدية نحو الإضراب الشامل وتعطيل العمل لجميع المواطنين العرب، مع التزام الجميع بالإضراب.
من جانبه، حث الاتحاد العام للمعلمين الفلسطينيين، في بيان أصدره، على الإضراب الشامل غداً الثلاثاء في جميع المدارس، ودعا المعلمين والمعلمات إلى المشاركة في المظاهرات التي ستعم محافظات الوطن.
""", [
    ev("general-strike", "يتهيأ الفلسطينيون يوم غدٍ الثلاثاء لخوض إضراب شامل", STRIKE_DAY, "'يوم غدٍ الثلاثاء' in an article of Mon 17 May = Tue 18 May 2021"),
    ev("youth-strike-call", "ودعا الشباب الفلسطيني إلى الإضراب الشامل", CALLS[0], "no own expression for the call (the date in the clause is the strike's); calls circulated over the weekend before the article of Mon 17 May 2021 (my span 15-17 May)", end=CALLS[1]),
    ev("follow-up-committee-call", "طالبت لجنة المتابعة وأعضاء الكنيست ورؤساء المجالس", DECISION, "no own expression; the Follow-Up Committee decided the general strike on Sun 16 May 2021 (wazcam: 'قررت لجنة المتابعة العليا ... اليوم الأحد'; bokra: 'قرار لجنة المتابعة، الصادر مساء الأحد')"),
    ev("teachers-union-call", "حث الاتحاد العام للمعلمين الفلسطينيين، في بيان أصدره", "2021-05-16", "no own expression; the statement reported in the article of Mon 17 May 2021 ('غداً الثلاثاء'), issued that day or the day before (my span 16-17 May)", end="2021-05-18"),
])
art(S, "https://samanews.ps/ar/post/470963/من-البحر-إلى-النهر-إضراب-شامل-يعم-فلسطين",
    "2021-05-18", "page time stamp 'الثلاثاء 18 مايو 2021 11:42 ص / بتوقيت القدس +2GMT' (kept as second line; 18 May 2021 was a Tuesday); the body's 'اليوم الثلاثاء، 18 أيار الجاري' agrees; headline kept from the page (reworded), its repetition dropped; the dateline 'رام الله / سما /' kept; the last, truncated sentence dropped", True, """
من البحر إلى النهر.. الإضراب الشامل يلفّ فلسطين
الثلاثاء 18 مايو 2021 11:42 ص / بتوقيت القدس +2GMT
رام الله / سما /
يلفّ الإضراب الشامل فلسطين اليوم الثلاثاء، 18 أيار الجاري، انتصاراً للقدس والشيخ جراح والمسجد الأقصى، واحتجاجاً على العدوان الإسرائيلي على قطاع غزة وسائر الأراضي الفلسطينية.
وطال الإضراب مناحي الحياة التجارية والتعليمية كافة، بما فيها المؤسسات العامة والخاصة، فأُغلقت المدارس والجامعات والمصارف وتوقفت وسائل النقل العام، بحسب ما أوردته الوكالة الرسمية.
وكانت لجنة المتابعة العليا للجماهير العربية في الداخل قد دعت إلى إضراب عام يشمل كل المرافق اليوم الثلاثاء، ما عدا جهاز التعليم الخاص، على أن يكون سلمياً ومصحوباً بنشاطات محلية ذات مرجعية سياسية واضحة، تقودها مركبات لجنة المتابعة والسلطات المحلية واللجان الشعبية وأطر المجتمع المدني والشبابي في كل مدينة وبلدة، وتحت الشعارات السياسية التي تطرحها المتابعة.
كما طالبت لجنة المتابعة بوقف الحرب الدموية على القطاع والعدوان المتواصل على مدينة القدس والمسجد الأقصى وحي الشيخ جراح، وبسحب جميع العصابات الاستيطانية وقوات القمع من كل المدن والقرى، ومنها مدن الساحل.
""", [
    ev("general-strike", "يلفّ الإضراب الشامل فلسطين اليوم الثلاثاء", STRIKE_DAY, "'اليوم الثلاثاء، 18 أيار الجاري' = Tue 18 May 2021"),
    ev("schools-banks-closed", "فأُغلقت المدارس والجامعات والمصارف وتوقفت وسائل النقل العام", STRIKE_DAY, "no own expression; the strike day, Tue 18 May 2021"),
    ev("follow-up-committee-call", "وكانت لجنة المتابعة العليا للجماهير العربية في الداخل قد دعت إلى إضراب عام", DECISION, "pluperfect 'وكانت ... قد دعت', no own day; the decision of Sun 16 May 2021 (wazcam, bokra)"),
    ev("gaza-war", "بوقف الحرب الدموية على القطاع", GAZA_WAR[0], "no own expression; the Gaza war under way since Mon 10 May 2021, ended by the ceasefire of Fri 21 May 2021 (outside knowledge)", end=GAZA_WAR[1]),
])
art(S, "https://www.aljazeera.net/politics/2021/5/18/%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-%D8%A7%D8%AB%D9%86%D9%8A-%D9%85%D9%86-%D8%AC%D9%86%D9%88%D8%AF-%D8%A7%D9%84%D8%A7%D8%AD%D8%AA%D9%84%D8%A7%D9%84-%D9%88%D8%AC%D8%B1%D8%AD-%D8%B9%D8%B4%D8%B1%D8%A7%D8%AA",
    "2021-05-18", "date in the URL '/2021/5/18/' (18 May 2021 was a Tuesday); the body's 'اليوم الثلاثاء' agrees; headline kept from the page (reworded); the 'اقرأ أيضا' list dropped; the last, truncated clause on a Hamas statement ('أمس الاثنين') dropped; no date of its own in the text", False, """
استشهاد 4 فلسطينيين وإصابة جنديين إسرائيليين في مواجهات بالضفة
ذكر مراسل الجزيرة في البيرة (شمالي الضفة الغربية) أن جنديين من جيش الاحتلال أصيبا بعد تعرضهما لإطلاق نار، بينما استشهد 4 فلسطينيين وجُرح العشرات في المظاهرات التي خرجت في عدد من مدن الضفة الغربية، ونُقل كثيرون منهم بسيارات الإسعاف إلى المستشفيات.
ومنذ ساعات الصباح، عمّ الإضراب الشامل مدن الضفة الغربية، ومنها القدس الشرقية، ومدناً وبلدات داخل الخط الأخضر، تلبية لدعوات شعبية ورسمية للتضامن مع قطاع غزة ورفض الاعتداءات الإسرائيلية المستمرة على القطاع والقدس.
وأغلقت جميع المحال التجارية ومؤسسات القطاع الخاص أبوابها، باستثناء المراكز الطبية، في حين توقف الدوام في القطاع التعليمي بكل مراحله.
وقررت الحكومة الفلسطينية تعطيل العمل اليوم الثلاثاء ليتمكن الموظفون من المشاركة في المسيرات التي انطلقت منتصف النهار.
""", [
    ev("soldiers-wounded", "أن جنديين من جيش الاحتلال أصيبا", STRIKE_DAY, "no own expression; the clashes at al-Bireh on the strike day, Tue 18 May 2021"),
    ev("west-bank-deaths", "بينما استشهد 4 فلسطينيين وجُرح العشرات", STRIKE_DAY, "no own expression; the four killed in Hebron, Bil'in and at al-Bireh's northern entrance on Tue 18 May 2021 (felesteen, samanews)"),
    ev("general-strike", "عمّ الإضراب الشامل مدن الضفة الغربية", STRIKE_DAY, "'منذ ساعات الصباح' of Tue 18 May 2021 (URL date)"),
    ev("schools-banks-closed", "توقف الدوام في القطاع التعليمي بكل مراحله", STRIKE_DAY, "no own expression; the strike day, Tue 18 May 2021"),
    ev("public-sector-day-off", "وقررت الحكومة الفلسطينية تعطيل العمل اليوم الثلاثاء", STRIKE_DAY, "'اليوم الثلاثاء' = Tue 18 May 2021 (the day off; the decision itself was announced ahead of it)"),
    ev("marches", "المسيرات التي انطلقت منتصف النهار", STRIKE_DAY, "'منتصف النهار' of Tue 18 May 2021"),
])
art(S, "https://madaar.org/%d9%86%d8%ac%d8%a7%d8%ad-%d8%a7%d9%84%d8%a5%d8%b6%d8%b1%d8%a7%d8%a8-%d8%a7%d9%84%d8%b4%d8%a7%d9%85%d9%84-%d9%81%d9%8a-%d9%81%d9%84%d8%b3%d8%b7%d9%8a%d9%86-%d9%8a%d9%88%d9%85-18-%d8%a3%d9%8a%d8%a7/",
    "2021-05-19", "page date line 'مدار: 19 أيار/ مايو 2021' (kept as second line; 19 May 2021 was a Wednesday); headline kept from the page (reworded); the share button, empty lines and the last, truncated sentence on the 1948 areas dropped", True, """
الإضراب الشامل في فلسطين يوم 18 أيار/مايو 2021 يحقق نجاحاً
مدار: 19 أيار/ مايو 2021
توحّد الشعب الفلسطيني من البحر إلى النهر في إضراب عام شمل جميع أراضي فلسطين، ومنها القدس المحتلة وأراضي الـ48 ومخيمات الشتات في لبنان، في تأكيد لوحدة الفلسطينيين أينما وُجدوا في مواجهة العدوان الإسرائيلي المتصاعد الذي خلّف مئات الشهداء والجرحى.
وجاء إضراب الثلاثاء 18 أيار/مايو استجابة لدعوة قيادة القوى الوطنية والإسلامية ولجنة المتابعة العليا في أراضي العام 48 وهيئة العمل الفلسطيني المشترك في لبنان وقوى فلسطينية مناضلة أخرى.
وعطّل الإضراب كل المؤسسات، فأوصدت المدارس والجامعات والمحاكم والمصارف والنقابات أبوابها، وتوقفت وسائل النقل العام عن العمل، وانضم موظفو القطاع العام إلى الإضراب، باستثناء وزارة الصحة والهيئات المحلية والمؤسسات الخدمية الحيوية.
وأُغلقت المحال التجارية في مختلف محافظات الضفة ومنها القدس المحتلة، وخلت الشوارع من السيارات والمارة.
وطافت مسيرات جماهيرية القرى والمدن منددة بجرائم الاحتلال، ثم اتجهت إلى مناطق التماس لمواجهة جنود الاحتلال.
""", [
    ev("general-strike", "وجاء إضراب الثلاثاء 18 أيار/مايو استجابة لدعوة", STRIKE_DAY, "'إضراب الثلاثاء 18 أيار/مايو' = Tue 18 May 2021"),
    ev("gaza-war", "العدوان الإسرائيلي المتصاعد الذي خلّف مئات الشهداء والجرحى", GAZA_WAR[0], "no own expression; the Gaza war since Mon 10 May 2021, still under way on Wed 19 May (ceasefire Fri 21 May)", end=GAZA_WAR[1]),
    ev("schools-banks-closed", "فأوصدت المدارس والجامعات والمحاكم والمصارف والنقابات أبوابها", STRIKE_DAY, "no own expression; the strike day, Tue 18 May 2021"),
    ev("public-sector-day-off", "وانضم موظفو القطاع العام إلى الإضراب", STRIKE_DAY, "no own expression; the strike day, Tue 18 May 2021"),
    ev("marches", "وطافت مسيرات جماهيرية القرى والمدن", STRIKE_DAY, "no own expression; the marches of the strike day, Tue 18 May 2021"),
])

# ---------------------------------------------------------------- morocco-unions-general-strike-feb-2016
S = "morocco-unions-general-strike-feb-2016"
M_STRIKE = "2016-02-24"                    # the 24-hour national general strike, Wed 24 Feb 2016
ADS = ("2016-02-18", "2016-02-20")         # the paid union adverts in the dailies 'نهاية الأسبوع' before Fri 19 Feb 10:15 (my span Thu 18 - Fri 19)
art(S, "https://maghress.com/lakome/41399",
    "2016-02-19", "page time stamp '19 فبراير, 2016 - 10:15:00' (kept as second line; 19 Feb 2016 was a Friday); headline written from the body (the stored text has none); the stray letter after a union's name dropped", True, """
النقابات المغربية تلجأ إلى الإعلانات المدفوعة للحشد للإضراب العام
19 فبراير, 2016 - 10:15:00
في سابقة بتاريخ العمل النقابي في المغرب، استعانت أربع نقابات مغربية كبرى بإعلانات (إشهار) مدفوعة الأجر في الصحف الورقية لحشد المشاركة في الإضراب الذي قررت خوضه يوم 24 فبراير الجاري.
وظهرت نهاية الأسبوع أكثر من صحيفة يومية خُصص ثلثا صفحاتها لإعلانات مدفوعة تحمل دعوة النقابات الأربع المصنفة الأكثر تمثيلية إلى "إضراب وطني عام يوم الأربعاء 24 فبراير 2016 لمدة 24 ساعة".
والنقابات الأربع التي تقف وراء هذا الإعلان المدفوع هي "الاتحاد المغربي للشغل" و"الكونفدرالية الديمقراطية للشغل" و"الاتحاد العام للشغالين بالمغرب" و"النقابة الوطنية للتعليم العالي".
وكانت هذه النقابات قد دعت، منذ وصول الحكومة الحالية بقيادة حزب "العدالة والتنمية"، إلى إضرابات عدة وإلى إضراب عام، غير أن التجاوب معها لم يبلغ حداً يدفع الحكومة إلى تلبية مطالبها.
وهي المرة الأولى منذ 1981 التي تلجأ فيها النقابات الكبرى في المغرب إلى إضراب وطني عام للضغط على الحكومة، ولهذا سخّرت كل الوسائل لتعبئة تضمن نجاحه.
""", [
    ev("paid-adverts", "وظهرت نهاية الأسبوع أكثر من صحيفة يومية", ADS[0], "'نهاية الأسبوع' in an article of Fri 19 Feb 2016, 10:15 = the editions of Thu 18 - Fri 19 Feb (my span)", end=ADS[1]),
    ev("general-strike", "إضراب وطني عام يوم الأربعاء 24 فبراير 2016 لمدة 24 ساعة", M_STRIKE, "'يوم الأربعاء 24 فبراير 2016'"),
    ev("earlier-union-strikes", "إلى إضرابات عدة وإلى إضراب عام", "2012-01-03", "'منذ وصول الحكومة الحالية' = since the Benkirane government took office on Tue 3 Jan 2012, up to the article (my span; the general strike of Wed 29 Oct 2014 among them)", end="2016-02-19"),
    ev("general-strike-1981", "وهي المرة الأولى منذ 1981", "1981-06-20", "'منذ 1981' = the general strike of Sat 20 Jun 1981 (outside knowledge; the year alone is in the text)"),
])
art(S, "https://anaharnews.com/?p=9209",
    "2016-02-23", "no date line on the stored page; the body's 'يوم غد الأربعاء 24 فبراير' gives Tue 23 Feb 2016 (23 Feb 2016 was a Tuesday); headline written from the body (the stored text has none); the subscription footer dropped; no date of its own in the text (the only full date is the strike's)", False, """
نقابيو العيون يوزعون مناشير الإضراب العام والحكومة تتمسك بالاقتطاع
ينشغل أعضاء النقابات الأربع في العيون بتوزيع مناشير تحث على المشاركة في الإضراب العام الذي دعت إليه المركزيات النقابية يوم غد الأربعاء 24 فبراير في كامل التراب الوطني، احتجاجاً على ما وصفته بـ"تعنت الحكومة ورفضها تلبية المطالب الاجتماعية للمركزيات النقابية، وتفردها باتخاذ القرارات، وقمعها للاحتجاجات الاجتماعية المشروعة".
في المقابل، أكدت الحكومة على لسان محمد مبديع، وزير الوظيفة العمومية وتحديث الإدارة، أن الاقتطاع من أجور الموظفين الذين سيشاركون في الإضراب العام قرار "لا يقبل النقاش لأنه قانوني ويستند إلى مبدأ الأجر مقابل العمل"، موضحاً أن الحكومة لا تعارض الإضراب بوصفه حقاً مشروعاً لكنها ستطبق القانون.
ويخشى الأجراء هذه الاقتطاعات، غير أن الأمر يظل غدا مفتوحاً على كل الاحتمالات.
""", [
    ev("laayoune-leaflets", "ينشغل أعضاء النقابات الأربع في العيون بتوزيع مناشير", "2016-02-23", "present tense in the article of Tue 23 Feb 2016 (the eve of the strike)"),
    ev("general-strike", "دعت إليه المركزيات النقابية يوم غد الأربعاء 24 فبراير", M_STRIKE, "'يوم غد الأربعاء 24 فبراير' = Wed 24 Feb 2016"),
    ev("deduction-warning", "أكدت الحكومة على لسان محمد مبديع", "2016-02-19", "no own expression; Moubdiî's statements in the days before the article of Tue 23 Feb 2016 (my span 19-23 Feb)", end="2016-02-24"),
])
art(S, "https://howiyapress.com/%d8%a7%d9%84%d9%85%d8%b1%d9%83%d8%b2%d9%8a%d8%a7%d8%aa-%d8%a7%d9%84%d9%86%d9%82%d8%a7%d8%a8%d9%8a%d8%a9-%d8%aa%d8%b5%d8%b1%d8%ad-%d9%86%d8%b3%d8%a8%d8%a9-%d8%a7%d9%84%d9%85%d8%b4%d8%a7%d8%b1%d9%83",
    "2016-02-24", "page date line 'الأربعاء 24 فبراير 2016' (kept as second line; 24 Feb 2016 was a Wednesday); the body's 'اليوم الأربعاء' agrees; headline kept from the page (reworded); the credit 'هوية بريس – متابعة' dropped; the last quotation, truncated on the page, shortened", True, """
النقابات: المشاركة في الإضراب الوطني العام تخطت 84 بالمائة.. ومصادر تنفي
الأربعاء 24 فبراير 2016
أعلنت المركزيات النقابية (الاتحاد المغربي للشغل، والكنفدرالية الديمقراطية للشغل، والاتحاد العام للشغالين بالمغرب، والفدرالية الديمقراطية للشغل، والنقابة الوطنية للتعليم العالي)، في بلاغ مشترك، أن الإضراب الوطني العام الذي دعت إليه اليوم الأربعاء لمدة 24 ساعة "عرف نجاحاً باهراً بعدما تخطت نسبة المشاركة فيه 84 بالمائة".
وبيّن البلاغ، الذي تلقت وكالة المغرب العربي للأنباء نسخة منه، أن "التقارير والنتائج الأولية الواردة على اللجنة الوطنية للإضراب تفيد بأن نسبة المشاركة تخطت 84 في المئة، متجاوزة كل التوقعات".
وأضاف المصدر نفسه أن الإضراب "نُفذ بوعي ومسؤولية وبصورة شاملة في كل جهات المغرب وأقاليمه ومدنه، وفي جميع القطاعات المهنية والإدارات والمرافق العمومية"، مشيراً إلى أنه طال كل مكونات النسيج الاقتصادي والخدماتي وجميع إدارات الوظيفة العمومية ومصالحها والقطاعات الوزارية.
وحمّلت النقابات الحكومة مسؤولية "ما قد ينجم عن تماديها في التعنت وتغييب الحوار من توترات اجتماعية".
""", [
    ev("general-strike", "الإضراب الوطني العام الذي دعت إليه اليوم الأربعاء لمدة 24 ساعة", M_STRIKE, "'اليوم الأربعاء' = Wed 24 Feb 2016 (date line)"),
    ev("unions-success-claim", "عرف نجاحاً باهراً بعدما تخطت نسبة المشاركة فيه 84 بالمائة", M_STRIKE, "the joint statement of the strike day, 'اليوم الأربعاء' = Wed 24 Feb 2016"),
    ev("strike-reach", "طال كل مكونات النسيج الاقتصادي والخدماتي", M_STRIKE, "no own expression; the strike day, Wed 24 Feb 2016"),
])
art(S, "http://www.madajara.com/52380.html",
    "2016-02-26", "no date line on the stored page; the body's 'أول أمس الأربعاء' for the strike of Wed 24 Feb 2016 gives Fri 26 Feb 2016 (26 Feb 2016 was a Friday); headline written from the body (the stored text has none); the byline 'عمر محموسة ل”ماذا جرى”' dropped; no date of its own in the text", False, """
الحكومة تشرع في مساءلة الموظفين المضربين تمهيداً للاقتطاع من أجورهم
تحركت الحكومة في أعقاب الإضراب الوطني العام الذي خاضته مختلف النقابات أول أمس الأربعاء وأعلنت نجاحه التام، بعدما انقطع أغلب الموظفين عن العمل يوم الاضراب، فردت الحكومة بإجراء صادم هو تفعيل الاقتطاع من أجور المشاركين فيه.
ومن المنتظر أن تقتطع الحكومة من أجور الموظفين الذين شاركوا في الإضراب، بدعوى تغيبهم غير المبرر عن العمل يوم الاضراب، ابتداء من الشهر المقبل.
وشرعت الحكومة منذ اليوم في توجيه استفسارات إلى الموظفين في قطاعات عدة شارك موظفوها في الإضراب، ولا سيما قطاع التعليم، ما استنفر القيادات النقابية التي طلبت من منتسبيها الرد على الاستفسار بأن الأمر مشاركة في إضراب وليس غياباً.
وكانت الحكومة قد صرحت مباشرة بعد الاضراب بأنه إضراب غير مبرر إطلاقاً، وبأن عدداً من القطاعات والموظفين اشتغلوا طيلة اليوم بشكل عادي دون أن يشاركوا فيه.
""", [
    ev("general-strike", "الإضراب الوطني العام الذي خاضته مختلف النقابات أول أمس الأربعاء", M_STRIKE, "'أول أمس الأربعاء' in an article of Fri 26 Feb = Wed 24 Feb 2016"),
    ev("unions-success-claim", "وأعلنت نجاحه التام", M_STRIKE, "no own expression; the unions' statement of the strike day, Wed 24 Feb 2016 (howiyapress)"),
    ev("wage-deductions", "أن تقتطع الحكومة من أجور الموظفين الذين شاركوا في الإضراب", "2016-03-01", "'ابتداء من الشهر المقبل' in an article of Feb 2016 = from March 2016 (my span: the month)", end="2016-04-01"),
    ev("queries-to-strikers", "وشرعت الحكومة منذ اليوم في توجيه استفسارات", "2016-02-26", "'منذ اليوم' = Fri 26 Feb 2016"),
    ev("government-response", "وكانت الحكومة قد صرحت مباشرة بعد الاضراب", M_STRIKE, "'مباشرة بعد الاضراب' = the evening of Wed 24 Feb or the government council of Thu 25 Feb 2016, where El Khalfi gave the government's figures (mostajad/pjd.ma) (my span)", end="2016-02-26"),
])

# ---------------------------------------------------------------- algeria-civil-disobedience-strike-march-2019
S = "algeria-civil-disobedience-strike-march-2019"
DAY_1 = "2019-03-10"                       # first day of the general strike, Sun 10 Mar 2019
DAY_2 = "2019-03-11"                       # second day, Mon 11 Mar 2019
FIVE_DAYS = (DAY_1, "2019-03-15")          # the five days called for, Sun 10 - Thu 14 Mar 2019
CALLS_ONLINE = ("2019-03-08", "2019-03-10")  # the calls spread online after the Friday marches of 8 Mar (euronews: 'منذ يوم السبت') (my span Fri 8 - Sat 9)
art(S, "https://www.alghad.tv/%d9%88%d8%b3%d8%a7%d8%a6%d9%84-%d8%a7%d9%84%d8%aa%d9%88%d8%a7%d8%b5%d9%84-%d8%a7%d9%84%d8%a7%d8%ac%d8%aa%d9%85%d8%a7%d8%b9%d9%8a-%d8%aa%d8%b4%d8%aa%d8%b9%d9%84-%d8%a8%d8%af%d8%b9%d9%88%d8%a7%d8%aa/",
    "2019-03-09", "no date line on the stored page; the body's 'بدءا من يوم غد' for the strike that the quoted message dates 'بدءا من 10 مارس' gives Sat 9 Mar 2019 (9 Mar 2019 was a Saturday); headline kept from the page (reworded); the byline 'الجزائر – كريم قندولي' and a widget's code dropped; no date of its own in the text", False, """
دعوات العصيان المدني في الجزائر تشعل مواقع التواصل الاجتماعي
تتزايد عبر مواقع التواصل الاجتماعي الدعوات إلى إضراب عام يطال كل المجالات، إذ يطالب ناشطون على فيسبوك بإغلاق المدارس والجامعات والإدارات والمحلات لمدة خمسة أيام بدءا من يوم غد، لمواصلة الضغط السلمي على السلطة حتى يُسحب ترشح الرئيس بوتفليقة من الانتخابات المقبلة.
وتتضمن دعوات العصيان المدني أيضاً الامتناع عن دفع كل فواتير الغاز والماء والكهرباء، إلى جانب المخالفات والضرائب وقسيمات السيارات.
وتستثني هذه الدعوات القطاعات الاستراتيجية، ومنها الصحة والصيدلة والتموين.
وجاء في نص الرسالة المتداولة الداعية إلى العصيان المدني: إضراب عام في كل المجالات، تُغلق خلاله المدارس والجامعات والإدارات والمحلات بدءا من 10 مارس ولمدة خمسة أيام، ما لم يتراجع الرئيس بوتفليقة عن ترشحه هذا الأسبوع، مع مقاطعة دفع كل الفواتير من غاز وماء وكهرباء ومخالفات وقسيمات سيارات.
""", [
    ev("social-media-calls", "تتزايد عبر مواقع التواصل الاجتماعي الدعوات إلى إضراب عام", CALLS_ONLINE[0], "present tense in the article of Sat 9 Mar 2019; the calls spread after the Friday marches of 8 Mar (my span Fri 8 - Sat 9)", end=CALLS_ONLINE[1]),
    ev("five-day-strike", "لمدة خمسة أيام بدءا من يوم غد", FIVE_DAYS[0], "'خمسة أيام بدءا من يوم غد' from Sat 9 Mar = Sun 10 - Thu 14 Mar 2019", end=FIVE_DAYS[1]),
    ev("bills-boycott-call", "الامتناع عن دفع كل فواتير الغاز والماء والكهرباء", FIVE_DAYS[0], "no own expression; part of the same five-day call, Sun 10 - Thu 14 Mar 2019", end=FIVE_DAYS[1]),
])
art(S, "https://www.dailysabah.com/arabic/arab-world/2019/03/10/الجزائر-تستيقظ-على-إضراب-جزئي-احتجاجاً-على-ترشيح-بوتفليقة",
    "2019-03-10", "page stamp 'نشر في 10.03.2019 14:10' (kept as second line; 10 Mar 2019 was a Sunday) and the date in the URL '/2019/03/10/'; the body's 'صباح الأحد' agrees; headline kept from the page (reworded), its repetition and the credit 'ديلي صباح ووكالات / إسطنبول' dropped; the last, truncated words dropped", True, """
مدن جزائرية تصحو على إضراب جزئي رفضاً لترشيح بوتفليقة
نشر في 10.03.2019 14:10
صحت مدن جزائرية عدة، صباح الأحد، على إضراب جزئي طال المحال التجارية والمواصلات العامة والمدارس، تلبية لدعوات انتشرت على منصات التواصل رفضاً لترشح الرئيس عبد العزيز بوتفليقة لولاية خامسة.
وأفادت وكالة الأناضول بأن التجاوب مع الإضراب جاء متفاوتاً في الجزائر العاصمة.
ومنذ أيام تنتشر على شبكات التواصل الاجتماعي دعوات إلى إضراب عام وعصيان مدني، في ظل تمسك السلطات برفض سحب ترشح الرئيس بوتفليقة لولاية خامسة.
وأحدثت هذه الدعوات موجة تهافت كبيرة من الجزائريين على السلع والمنتجات في مختلف الولايات، كما تسببت في طوابير طويلة من المركبات أمام محطات الوقود.
ولوحظ كذلك توقف الدراسة في ثانويات عامة ومدارس ابتدائية ومتوسطة بالعاصمة.
وأظهرت مقاطع فيديو وصور نُشرت على منصات التواصل استجابات متباينة للإضراب في ولايات عدة، منها جيجل وسطيف وقسنطينة (شرق)، والبويرة وبجاية وتيزي وزو (وسط).
وليلة السبت، أصدرت جمعية التجار والحرفيين الجزائريين (مستقلة) بيانا نفت فيه أن تكون قد دعت إلى الإضراب، وحثت التجار على مزاولة نشاطهم.
""", [
    ev("strike-first-day", "صحت مدن جزائرية عدة، صباح الأحد، على إضراب جزئي", DAY_1, "'صباح الأحد' = Sun 10 Mar 2019 (stamp)"),
    ev("social-media-calls", "ومنذ أيام تنتشر على شبكات التواصل الاجتماعي دعوات إلى إضراب عام", CALLS_ONLINE[0], "'منذ أيام' before Sun 10 Mar; the calls spread from the Friday marches of 8 Mar (my span Fri 8 - Sat 9)", end=CALLS_ONLINE[1]),
    ev("panic-buying", "موجة تهافت كبيرة من الجزائريين على السلع والمنتجات", CALLS_ONLINE[0], "no own expression; the rush on shops and fuel stations before the strike (kech24: 'خلال الساعات الماضية' on Sun 10) (my span Fri 8 - Sat 9)", end=CALLS_ONLINE[1]),
    ev("lycees-closed", "ولوحظ كذلك توقف الدراسة في ثانويات عامة", DAY_1, "no own expression; the first strike day, Sun 10 Mar 2019"),
    ev("traders-association-denial", "أصدرت جمعية التجار والحرفيين الجزائريين (مستقلة) بيانا", "2019-03-08", "'ليلة السبت' before Sun 10 Mar = the night before or of Sat 9 Mar 2019 (my span Fri 8 evening - Sat 9 night)", end=DAY_1),
])
art(S, "https://ammonnews.net/article/443395",
    "2019-03-10", "page time stamp '10-03-2019 06:59 PM' (kept as second line; 10 Mar 2019 was a Sunday); the body's 'الأحد' agrees; headline kept from the page (reworded); the dateline 'عمون -' kept; the last, truncated words of the Bejaia quotation dropped", True, """
تجاوب متفاوت مع دعوة الإضراب العام في الجزائر
10-03-2019 06:59 PM
عمون - توقفت حركة النقل العام في العاصمة الجزائرية وأُغلقت أغلب الثانويات في أنحاء البلاد، في حين فتحت بعض المحلات والإدارات أبوابها، ما جعل الاستجابة لنداء الإضراب العام الأحد ضد ترشيح الرئيس عبد العزيز بوتفليقة لولاية خامسة تبدو متفاوتة.
وتوقفت جميع القطارات المنطلقة من المحطة الرئيسية وسط الجزائر نحو الضواحي أو المدن الأخرى، كما أصيبت خدمات الحافلات والترامواي والمترو بالشلل، وفق عمال.
وأوصدت معظم الثانويات أبوابها وخرج الطلاب للتظاهر في كثير من المدن الجزائرية، وفي العاصمة تجمع مئات الطلاب القادمين من ثانويات مختلفة في ساحة البريد المركزي وسط المدينة.
ولم تفتح أغلب المحلات التجارية صباح الأحد في الشوارع الرئيسية للجزائر، وكذلك الحال في الأحياء الشعبية مثل باب الواد وفي الضاحية الغربية مثل زرالدة، بحسب سكان.
في المقابل، بقيت محلات كثيرة مفتوحة في الأحياء البعيدة عن وسط المدينة بحسب السكان، واشتغلت معظم الإدارات بشكل عادي.
وكان الوضع مماثلا في المدن الأخرى باستثناء بجاية في شمال شرق البلاد، التي عاشت إضراباً عاماً و"شللاً تاماً في كل القطاعات"، حسب النقابي في قطاع التعليم عاشور إيدير.
""", [
    ev("strike-first-day", "ما جعل الاستجابة لنداء الإضراب العام الأحد", DAY_1, "'الأحد' = Sun 10 Mar 2019 (stamp)"),
    ev("trains-stopped", "وتوقفت جميع القطارات المنطلقة من المحطة الرئيسية", DAY_1, "no own expression; the first strike day, Sun 10 Mar 2019"),
    ev("lycees-closed", "وأوصدت معظم الثانويات أبوابها وخرج الطلاب للتظاهر", DAY_1, "no own expression; the first strike day, Sun 10 Mar 2019"),
    ev("shops-closed-algiers", "ولم تفتح أغلب المحلات التجارية صباح الأحد", DAY_1, "'صباح الأحد' = Sun 10 Mar 2019"),
    ev("bejaia-paralysis", "التي عاشت إضراباً عاماً", DAY_1, "no own expression; the first strike day, Sun 10 Mar 2019"),
])
art(S, "https://arabic.euronews.com/2019/03/11/a-wide-range-of-algerian-traders-united-with-the-movement-of-general-strike",
    "2019-03-11", "date in the URL '/2019/03/11/' (11 Mar 2019 was a Monday); the body's present-tense report of the strike 'الذي بدأ يوم الأحد' agrees; headline kept from the page (reworded), its repetition and the byline 'بقلم: زينب بن زيطة' dropped; the last, truncated words dropped; no date of its own in the text", False, """
قطاع واسع من التجار يلتزم بالإضراب العام في الجزائر
إضراب عام في الجزائر استجابة لدعوة الحراك الشعبي الرافض لترشح الرئيس بوتفليقة لعهدة رئاسية خامسة.
يسود شلل تام شوارع الجزائر العاصمة وأسواقها وعدداً من الولايات بسبب الإضراب العام الذي انطلق يوم الأحد ويتواصل الى غاية يوم الخميس المقبل، بدعوة من الحراك الشعبي المعارض لترشح الرئيس عبد العزيز بوتفليقة لعهدة رئاسية خامسة.
وتقول موفدة يورونيوز زينب بن زيطة إن حي الحميز في الضاحية الشرقية للجزائر العاصمة يُعد مركزاً تجارياً بامتياز للبلاد كلها، إذ يضم تجار الجملة والشركات الأجنبية والمصانع، وقد تقرر فيه الإغلاق التام للمحلات والورشات، فباتت حركة البيع والشراء شبه معدومة في منطقة لا تعرف الهدوء طيلة أيام الأسبوع.
ويؤكد أحد تجار المنطقة أن هناك تجاوباً واسعاً لإنجاح الإضراب، لافتاً إلى أن التجار والمتعاملين الاقتصاديين يشتكون من بيروقراطية النظام.
واللافت أن الدعوة إلى الإضراب العام لم يتبنها أي طرف، بل انطلقت على وسائل التواصل الاجتماعي منذ يوم السبت، غير أنها لقيت على ما يبدو صدى واسعاً لدى عامة الناس.
""", [
    ev("strike-second-day", "يسود شلل تام شوارع الجزائر العاصمة وأسواقها", DAY_2, "present tense in the report of Mon 11 Mar 2019 (URL date), the strike's second day"),
    ev("five-day-strike", "الذي انطلق يوم الأحد ويتواصل الى غاية يوم الخميس المقبل", FIVE_DAYS[0], "'يوم الأحد' - 'يوم الخميس المقبل' from Mon 11 Mar = Sun 10 - Thu 14 Mar 2019", end=FIVE_DAYS[1]),
    ev("hamiz-shutdown", "وقد تقرر فيه الإغلاق التام للمحلات والورشات", DAY_1, "no own expression; the shutdown of the Hamiz market since the strike began on Sun 10 Mar, still on Mon 11 Mar 2019 (my span)", end="2019-03-12"),
    ev("social-media-calls", "بل انطلقت على وسائل التواصل الاجتماعي منذ يوم السبت", CALLS_ONLINE[0], "'منذ يوم السبت' = Sat 9 Mar 2019 (story-wide span Fri 8 - Sat 9)", end=CALLS_ONLINE[1]),
])

# ---------------------------------------------------------------- lebanon-cgtl-government-strike-jan-2019
S = "lebanon-cgtl-government-strike-jan-2019"
L_STRIKE = "2019-01-04"                    # the CGTL general strike, Fri 4 Jan 2019
DEADLOCK = ("2018-05-24", "2019-01-05")    # no cabinet since Hariri's designation on Thu 24 May 2018 (formed only on 31 Jan 2019)
art(S, "https://www.annahar.com/article/920774-%D8%A7%D9%84%D8%B9%D9%85%D8%A7%D9%84%D9%8A-%D9%84%D9%84%D8%A5%D8%B6%D8%B1%D8%A7%D8%A8-%D8%A7%D9%84%D8%B9%D8%A7%D9%85-%D8%A7%D9%84%D8%AC%D9%85%D8%B9%D8%A9-%D9%85%D8%B7%D9%84%D8%A8%D9%86%D8%A7-%D8%AA%D8%A3%D9%84%D9%8A%D9%81-%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D9%88%D9%84%D8%A7-%D9%86%D8%B3%D8%AA%D9%87%D8%AF%D9%81-%D8%A3%D9%8A-%D9%81%D8%B1%D9%8A%D9%82-%D8%B3%D9%8A%D8%A7%D8%B3%D9%8A",
    "2019-01-02", "page time stamp '2 كانون الثاني 2019 | 16:14' (kept as second line; 2 Jan 2019 was a Wednesday); headline kept from the page (reworded); the source tag 'المصدر: \"النهار\"', the photo tag 'تعبيرية.' and the sub-heading dropped", True, """
"العمالي" يدعو إلى الإضراب العام الجمعة: هدفنا تأليف حكومة ولا نستهدف أي طرف سياسي
2 كانون الثاني 2019 | 16:14
مع استعادة مشاورات تأليف الحكومة زخمها مع بداية العام الجديد، تصدّرت المشهد دعوة الاتحاد العمالي العام إلى الإضراب العام والتظاهر الجمعة المقبل.
واللافت أن تحرك العمال يرمي إلى تسريع تأليف الحكومة، في حين تتركز التحركات الاحتجاجية الأخيرة أو المرتقبة على مطالب اجتماعية ومعيشية، فضلاً عن تحرك سيجري بالتزامن مع انعقاد القمة الاقتصادية العربية.
وتندرج موافقة المجلس التنفيذي للاتحاد العمالي العام على توصية هيئة المكتب بالإضراب الجمعة المقبل في إطار تحرك للضغط على السياسيين كي يسرعوا في تأليف الحكومة، بينما كانت الاحتجاجات التي انطلقت الشهر الفائت تضغط لتحقيق مطالب معيشية، إلى جانب الدعوات إلى مواجهة الفساد لتفادي الانهيار وتأمين البطاقة الصحية المجانية.
غير أن الاتحاد العمالي العام، بعد فترة غياب عن الساحة، قرر المضي في الإضراب العام وتنفيذه في كل القطاعات والمناطق والمؤسسات والإدارات العامة والمصالح المستقلة والمصارف والمصانع والمتاجر، بوصفه خطوة احتجاجية أولى ورفضاً لما يجري وتمهيداً لتصعيد المواقف.
""", [
    ev("general-strike", "إلى الإضراب العام والتظاهر الجمعة المقبل", L_STRIKE, "'الجمعة المقبل' after Wed 2 Jan = Fri 4 Jan 2019"),
    ev("arab-economic-summit", "بالتزامن مع انعقاد القمة الاقتصادية العربية", "2019-01-19", "no own expression; the Arab Economic and Social Development Summit in Beirut, Sat 19 - Sun 20 Jan 2019 (outside knowledge)", end="2019-01-21"),
    ev("executive-council-approval", "موافقة المجلس التنفيذي للاتحاد العمالي العام على توصية هيئة المكتب", "2018-12-31", "no own expression; the CGTL decision taken in the days before the article of Wed 2 Jan 2019 (my span 31 Dec - 2 Jan)", end="2019-01-03"),
    ev("december-protests", "الاحتجاجات التي انطلقت الشهر الفائت", "2018-12-01", "'الشهر الفائت' from Jan 2019 = December 2018 (the protests of 16 and 23 Dec in Beirut) (my span: the month)", end="2019-01-01"),
])
art(S, "https://sinaaiktisad.com/ar/Newsdet.aspx?id=12396",
    "2019-01-03", "no date line on the stored page; the body's 'إضراب عام غدا' with 'يوم الجمعة 4 كانون الثاني الجاري' gives Thu 3 Jan 2019 (3 Jan 2019 was a Thursday); headline written from the body (the stored text has none); a stray closing quotation mark dropped; no date of its own in the text", False, """
الهيئات الاقتصادية تنأى بنفسها عن إضراب الاتحاد العمالي العام
يبدأ الاسبوع الاول من العام 2019 على وقع إضراب عام غدا، تبنّاه الاتحاد العمالي العام والنقابات المنضوية تحت لوائه، بعدما انتشر نهاية العام 2018 على مواقع التواصل الاجتماعي شريط فيديو يدعو إلى الإضراب العام في كل لبنان يوم الجمعة 4 كانون الثاني الجاري، تحت شعار المطالبة بتسريع تشكيل الحكومة والضغط لتأليف حكومة تتخذ خطوات عاجلة لإنقاذ البلاد.
وتوجّه الفيديو بالتحديد إلى «أصحاب المؤسسات والمصارف والموظفين وأصحاب المهن الحرة»، معتبراً أن لبنان ماضٍ نحو الانهيار مع إقفال آلاف المؤسسات وارتفاع معدلات البطالة وانهيار اقتصاد الدولة وماليتها، بينما يعجز سياسيو لبنان عن تشكيل الحكومة بعد مرور أكثر من 7 اشهر.
وتلقّف الدعوة الاتحاد العمالي العام و«حزب سبعة» وبعض النقابات، في حين أعلنت الهيئات الاقتصادية أنها لا تمت بصلة إلى الدعوة إلى الإضراب، لاقتناعها بأنه قد يجرّ مزيداً من الخسائر.
وفي هذا الإطار، شدد رئيس الهيئات الاقتصادية محمد شقير على أن القطاع الخاص قرر عدم المشاركة في الإضراب ولن يتراجع عن قراره، داعياً المعامل والمصانع والمصارف والتجار وكل المؤسسات الخاصة إلى التصرف كأنه يوم عادي وفتح أبوابها يوم الجمعة.
""", [
    ev("general-strike", "على وقع إضراب عام غدا", L_STRIKE, "'غدا' in an article of Thu 3 Jan = Fri 4 Jan 2019 ('يوم الجمعة 4 كانون الثاني الجاري')"),
    ev("viral-video-call", "بعدما انتشر نهاية العام 2018 على مواقع التواصل الاجتماعي شريط فيديو", "2018-12-20", "'نهاية العام 2018' = the last days of December 2018 (my span 20-31 Dec)", end="2019-01-01"),
    ev("cabinet-deadlock", "يعجز سياسيو لبنان عن تشكيل الحكومة بعد مرور أكثر من 7 اشهر", DEADLOCK[0], "'بعد مرور أكثر من 7 اشهر' = since Hariri's designation on Thu 24 May 2018, up to the article", end=DEADLOCK[1]),
    ev("economic-bodies-refusal", "شدد رئيس الهيئات الاقتصادية محمد شقير", "2019-01-02", "no own expression; Chucair's statement on the eve of the strike, reported on Thu 3 Jan 2019 (my span 2-3 Jan)", end="2019-01-04"),
])
art(S, "https://lebanonnewsnetwork.com/2019/01/04/%D8%A7%D9%84%D8%A7%D8%B6%D8%B1%D8%A7%D8%A8-%D9%81%D9%8A-%D9%84%D8%A8%D9%86%D8%A7%D9%86-%D9%85%D9%86-%D8%B4%D8%A7%D8%B1%D9%83-%D9%88%D9%85%D9%86-%D9%84%D9%85-%D9%8A%D9%84%D8%AA%D8%B2%D9%85%D8%9F/",
    "2019-01-04", "date in the URL '/2019/01/04/' (4 Jan 2019 was a Friday); the body's 'الاضراب اليوم' for the strike of Fri 4 Jan agrees; headline rendered from the URL slug; the last, truncated quotation of Ali Mohsen dropped; no date of its own in the text", False, """
الإضراب في لبنان.. من شارك ومن لم يلتزم؟
التزاماً بقرار الاتحاد العمالي العام الإضراب اليوم وملازمة المنازل، توقف العمل في معظم الإدارات التابعة للمصالح العامة والمؤسسات الخاصة، ومنها مرفأ بيروت الذي توقف كلياً عن العمل، إضافة إلى مؤسسة كهرباء لبنان التي أقفلها العمال المضربون بالجنازير.
كما أُقفل الصندوق الوطني للضمان الاجتماعي.
والتزمت مصلحة مياه لبنان الجنوبي وشركة كهرباء لبنان في جزين بالإضراب، فأغلقتا أبوابهما وتوقف كل الموظفين عن العمل.
أما المصالح المستقلة فالتزمت بالإضراب، وأُغلقت مراكز الضمان في عاليه والشويفات والمتن الأعلى في حمانا، وبقي الموظفون في منازلهم.
وأفاد المدير العام للطيران المدني في بيروت محمد شهاب الدين بأن الحركة في مطار رفيق الحريري الدولي طبيعية، لافتاً إلى أن "عمال شركة طيران الشرق الأوسط والشركات التابعة لها ومستخدميها توقفوا عن العمل لمدة ساعة، في خطوة رمزية للتضامن مع الدعوة إلى الإضراب".
وتوقف كذلك اتحاد النقل الجوي ونقابة مستخدمي الشركة اللبنانية لتموين المطار عن العمل لمدة ساعة أيضاً.
""", [
    ev("general-strike", "توقف العمل في معظم الإدارات التابعة للمصالح العامة والمؤسسات الخاصة", L_STRIKE, "'الإضراب اليوم' = Fri 4 Jan 2019 (URL date)"),
    ev("port-halt", "مرفأ بيروت الذي توقف كلياً عن العمل", L_STRIKE, "no own expression; the strike day, Fri 4 Jan 2019"),
    ev("edl-chained-shut", "مؤسسة كهرباء لبنان التي أقفلها العمال المضربون بالجنازير", L_STRIKE, "no own expression; the strike day, Fri 4 Jan 2019"),
    ev("nssf-closed", "كما أُقفل الصندوق الوطني للضمان الاجتماعي", L_STRIKE, "no own expression; the strike day, Fri 4 Jan 2019"),
    ev("mea-one-hour-stoppage", "ومستخدميها توقفوا عن العمل لمدة ساعة", L_STRIKE, "'لمدة ساعة' on the strike day, Fri 4 Jan 2019 (al-Jadeed: from 09:30 to 10:30)"),
])
art(S, "http://ademocracynet.com/index.php?action=Detail&id=27003&page=news",
    "2019-01-05", "page date line 'Date: Jan 5, 2019' (kept as second line; 5 Jan 2019 was a Saturday), the source given as 'جريدة الشرق الأوسط'; the body's 'أمس' for the strike of Fri 4 Jan agrees; headline kept from the page (reworded); the site's date of display 'TUE 26 - 11 - 2024' and the 'Source' line dropped, the dateline 'بيروت: «الشرق الأوسط»' kept; the last, truncated words dropped", True, """
لبنان: إضراب جزئي و«غير سياسي» والعمل يتوقف في المطار ساعة
Date: Jan 5, 2019
بيروت: «الشرق الأوسط»
لم تلتزم المؤسسات الرسمية كلها بالإضراب الذي دعا إليه الاتحاد العمالي العام أمس للمطالبة «بتشكيل الحكومة ومعالجة قضايا الشعب»، إذ أغلقت بعض المؤسسات أبوابها وتوقفت بعض الأنشطة جزئياً أو مؤقتاً، في حين لم تلتزم مؤسسات حكومية كثيرة بالإضراب.
وتوقف العمل في معظم الإدارات التابعة للمصالح العامة والمؤسسات الخاصة، ومنها مرفأ بيروت الذي توقف كلياً، وكذلك مؤسسة الكهرباء التي توقفت التزاماً بقرار النقابة، كما أُقفل الصندوق الوطني للضمان الاجتماعي ومصلحة المياه.
وتوقف عمال شركة «طيران الشرق الأوسط» والشركات التابعة لها ومستخدموها عن العمل لمدة ساعة، في خطوة رمزية تضامناً مع الدعوة إلى الإضراب.
وقال نائب رئيس اتحاد النقل الجوي: «نحن متضامنون مع الاتحاد العمالي العام في الإضراب، وستتأخر بعض الرحلات لوقت قصير فقط، ونأمل أن تُشكل الحكومة سريعاً».
وبيّن أن «جميع الخدمات التي نقدمها للطائرات والركاب ستتوقف ما عدا الحالات الاستثنائية، وقد اخترنا هذا التوقيت بسبب ضعف الحركة في هذا الوقت».
والتزم مستشفى رفيق الحريري الحكومي بدوره بالإضراب عبر وقفة احتجاجية.
""", [
    ev("general-strike", "بالإضراب الذي دعا إليه الاتحاد العمالي العام أمس", L_STRIKE, "'أمس' in an article of Sat 5 Jan = Fri 4 Jan 2019"),
    ev("port-halt", "ومنها مرفأ بيروت الذي توقف كلياً", L_STRIKE, "no own expression; the strike day, Fri 4 Jan 2019"),
    ev("nssf-closed", "كما أُقفل الصندوق الوطني للضمان الاجتماعي ومصلحة المياه", L_STRIKE, "no own expression; the strike day, Fri 4 Jan 2019"),
    ev("mea-one-hour-stoppage", "عن العمل لمدة ساعة، في خطوة رمزية تضامناً", L_STRIKE, "'لمدة ساعة' on the strike day, Fri 4 Jan 2019"),
    ev("hariri-hospital-stand", "والتزم مستشفى رفيق الحريري الحكومي بدوره بالإضراب", L_STRIKE, "no own expression; the strike day, Fri 4 Jan 2019"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 365
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

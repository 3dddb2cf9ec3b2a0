"""Builds stories.jsonl: the 339-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: landmines and unexploded ordnance: mine blasts killing
civilians or shepherds, demining campaigns and their tolls, ordnance found and defused.
Stories: the blast of a war-remnant on a family picnicking in the North Rumaila desert of Basra (Iraq,
1 January 2022), the explosive devices that killed returnees to four villages of Bir al-Abd (Egypt, North
Sinai, October 2020), the roadside mine that killed five people at Khanguet el-Roum near Bir el-Ater, Tebessa
(Algeria, January 2021), and the blast of stored war remnants in a house at al-Nayrab, Idlib (Syria, February 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-basra-rumaila-war-remnant-blast-2022
S = "iraq-basra-rumaila-war-remnant-blast-2022"
BLAST = "2022-01-01"                        # the blast in the North Rumaila desert (al-Zubair, Basra), Sat 1 Jan 2022
WARS = ("1980-09-22", "2004-01-01")         # Iraq's wars from the Iran-Iraq war (22 Sep 1980) to the 2003 invasion
art(S, "https://zagrosnews.net/ar/news/26637",
    "2022-01-01", "the body's 'اليوم السبت (1 كانون الثاني 2022)' (kept; 1 Jan 2022 was a Saturday); the byline 'زاكروس عربية – أربيل' dropped; headline written from the body (the stored text has none); the last, truncated sentence of the operations command shortened", True, """
شؤون الألغام: البصرة أخطر مدن العالم بالمخلفات الحربية
أعلنت دائرة شؤون الألغام في وزارة البيئة، اليوم السبت (1 كانون الثاني 2022)، أن محافظة البصرة تُصنَّف بين أكثر مدن العالم "خطورة" من حيث المخلفات الحربية.
وبيّن المدير العام للدائرة، ظافر الساعدي، في حديث للقناة الرسمية، أن "البصرة هي المحافظة الأكثر تعرضاً في العالم لخطر المخلفات الحربية بسبب الحروب التي خاضها العراق منذ حرب إيران ولغاية 2003".
وتابع أن "مساحة التلوث في البصرة تقارب 1250 كم مربعاً، منها 925 كم مربعاً للألغام، وقرابة 95% من حقول الألغام معروفة المواقع".
وبحسب الساعدي فإن الخطر الأكبر مصدره "المقذوفات المتساقطة التي نرصدها بالمسوحات، وهي 10 ملايين متر مربع أو أكثر"، موضحاً أن "الجسم الذي انفجر اليوم في البصرة مقذوف حربي وليس لغماً، ويبدو أنه كان كبيراً".
وأشار إلى أن "المنطقة مسجلة لدينا على أنها ملوثة بمخلفات حربية من قنابل جوية كبيرة أو قذائف مدفعية وقنابل عنقودية، ويبدو أن الضحايا كانوا على مقربة منه".
وفي الوقت ذاته دعت قيادة عمليات البصرة السكان إلى الالتزام والحذر وتجنب التنزه في المناطق البرية التي تضم مخلفات حربية أو بالقرب من الأنابيب والمنشآت النفطية لما تمثله من خطر.
كما طلبت منهم التعاون معها عند رؤية أي جسم غريب، من دون العبث به أو محاولة فحصه.
""", [
    ev("mine-directorate-statement", "أعلنت دائرة شؤون الألغام في وزارة البيئة، اليوم السبت", BLAST, "'اليوم السبت (1 كانون الثاني 2022)' = Sat 1 Jan 2022"),
    ev("iraq-wars-1980-2003", "بسبب الحروب التي خاضها العراق منذ حرب إيران ولغاية 2003", WARS[0], "'منذ حرب إيران ولغاية 2003' = the Iran-Iraq war (from 22 Sep 1980) to the US invasion of 2003 (span to the end of 2003)", end=WARS[1]),
    ev("rumaila-blast", "الجسم الذي انفجر اليوم في البصرة مقذوف حربي", BLAST, "'انفجر اليوم' in the statement of Sat 1 Jan 2022"),
    ev("basra-ops-warning", "دعت قيادة عمليات البصرة السكان إلى الالتزام والحذر", BLAST, "'وفي الوقت ذاته' = the day of the statement, Sat 1 Jan 2022"),
])
art(S, "https://alhikmae.com/%D8%A7%D9%84%D8%B3%D9%8A%D8%AF-%D8%A7%D9%84%D8%AD%D9%83%D9%8A%D9%85-%D9%8A%D8%B9%D8%B2%D9%8A-%D8%A8%D8%B6%D8%AD%D8%A7%D9%8A%D8%A7-%D9%84%D8%BA%D9%85-%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9/",
    "2022-01-01", "page date stamp '1 يناير، 2022' (dropped from the text; 1 Jan 2022 was a Saturday); the body's 'السبت' agrees; the section tag 'اخبار رئيس التيار' dropped; headline kept from the page (reworded); no date of its own in the text", False, """
الحكيم يواسي ذوي ضحايا لغم البصرة
قدّم رئيس تحالف قوى الدولة الوطنية، السيد الحكيم، السبت، تعازيه بضحايا انفجار اللغم في الرميلة الجنوبية بمحافظة البصرة.
وكتب الحكيم في تغريدة على {تويتر}: "نواسي ذوي ضحايا انفجار لغم من المخلفات الحربية استهدف أفراد أسرة في صحراء الرميلة بالبصرة، ونقدم لهم العزاء".
وأضاف أن "هذا الحادث المأساوي يستدعي تسريع الجهود المحلية والاستفادة من الخبرات الدولية لتطهير الأراضي الملوثة بالمخلفات الحربية التي تشكل خطراً على حياة المواطنين".
وختم بالقول: "الرحمة والمغفرة للضحايا والشفاء العاجل للجرحى".
وكان مصدر أمني قد كشف عن انفجار لغم من المخلفات الحربية في صحراء الرميلة الشمالية بمحافظة البصرة، أودى بحياة خمسة أشخاص وأصاب خمسة آخرين.
""", [
    ev("hakim-condolence", "قدّم رئيس تحالف قوى الدولة الوطنية، السيد الحكيم، السبت", BLAST, "'السبت' = Sat 1 Jan 2022 (page stamp)"),
    ev("rumaila-blast", "كشف عن انفجار لغم من المخلفات الحربية في صحراء الرميلة الشمالية", BLAST, "no own expression ('وكان ... قد كشف'); the blast of Sat 1 Jan 2022 (zagrosnews, youm7)"),
    ev("family-picnic", "استهدف أفراد أسرة في صحراء الرميلة بالبصرة", BLAST, "no own expression; the family was on an outing in the desert on Sat 1 Jan 2022 when the blast hit it"),
])
art(S, "http://167.235.160.36:8031/story/2022/1/2/مقتل-6-أشخاص-وإصابة-آخرين-بانفجار-لغم-أرضى-جنوبى-العراق/5602267",
    "2022-01-02", "page date line 'الأحد، 02 يناير 2022 02:00 ص' (kept; 2 Jan 2022 was a Sunday) on a stored copy of youm7 (the address's '/story/2022/1/2/…/5602267' is youm7's pattern); the body's 'يوم السبت' agrees; the credit 'وكالات' and the 'Trending Plus' link dropped; headline kept from the page (reworded)", True, """
لغم أرضي يقتل 6 أشخاص ويصيب آخرين في جنوب العراق
الأحد، 02 يناير 2022 02:00 ص
ذكرت مصادر أمنية عراقية يوم السبت أن 6 أشخاص قُتلوا وأُصيب 7 آخرون جراء انفجار لغم أرضي من مخلفات الحروب في صحراء الرميلة الشمالية بمحافظة البصرة جنوب العراق.
وبيّنت المصادر أن القتلى والجرحى ينتمون إلى عائلة واحدة كانت في نزهة بصحراء الرميلة الشمالية.
ويُعد العراق من بين أكثر بلدان العالم تلوثاً بالألغام والقنابل غير المنفجرة بسبب الحروب المتتالية التي خاضها منذ عام 1980.
""", [
    ev("toll-six-dead", "ذكرت مصادر أمنية عراقية يوم السبت أن 6 أشخاص قُتلوا", BLAST, "'يوم السبت' before Sun 2 Jan = Sat 1 Jan 2022"),
    ev("rumaila-blast", "جراء انفجار لغم أرضي من مخلفات الحروب في صحراء الرميلة الشمالية", BLAST, "the blast reported 'يوم السبت' = Sat 1 Jan 2022"),
    ev("family-picnic", "ينتمون إلى عائلة واحدة كانت في نزهة", BLAST, "no own expression; the outing of Sat 1 Jan 2022"),
    ev("iraq-wars-1980-2003", "بسبب الحروب المتتالية التي خاضها منذ عام 1980", WARS[0], "'منذ عام 1980' = the wars from the Iran-Iraq war (22 Sep 1980) to the 2003 invasion (my span to the end of 2003)", end=WARS[1]),
])
art(S, "https://almahayid.net/1307-احتفالاتهم-تحولت-لمأتم-عزاء.-الألغام-تواصل-حصد-أرواح-العراقيين-مع-بداية-2022.html",
    "2022-01-02", "page date stamp 'ملفات 2-01-2022, 12:41' (dropped from the text; 2 Jan 2022 was a Sunday); the body's 'يوم أمس السبت، أول يومٍ بالعام الجديد 2022' agrees; the byline 'المحايد/ ملفات' and the site's menu dropped; headline kept from the page (reworded); the last, truncated words of the ministry's two causes dropped; no date of its own in the text", False, """
فرحة العام الجديد تنقلب عزاءً.. ألغام العراق تحصد الأرواح مع بداية 2022
مع دخول العراق في العام 2022 حاول العراقيون الاحتفال بهذه السنة الجديدة، فقصد بعضهم المتنزهات والحدائق العامة، وفضّل آخرون الأماكن الهادئة كالصحراء، غير أن بعض هؤلاء رجعوا جثثاً بعدما أنهى لغم احتفالهم وحوّله إلى مأتم في البصرة.
وتُعد البصرة أكثر المحافظات العراقية تلوثاً، إذ تضم حقول ألغام خلّفتها حروب سابقة على مساحة 883 مليون متر مربع، تعود إلى الحرب العراقية الإيرانية وحرب الخليج عام 1991 وغزو الولايات المتحدة للعراق عام 2003، على حدود العراق مع كل من إيران والسعودية.
وسبق أن ذكرت دائرة شؤون الألغام العراقية أن مساحة التلوث الكلية في العراق تقارب 5994 كم مربعاً، نُظف نحو 50% منها، مبينة أن معظم الألغام مزروعة على الحدود الشرقية للبلاد.
ويوم أمس السبت، أول يومٍ بالعام الجديد 2022، أفادت مصادر أمنية بمقتل ستة أشخاص وإصابة 7 آخرين في انفجار لغم أرضي من مخلفات الحروب بصحراء الرميلة الشمالية في محافظة البصرة جنوبي العراق.
وأوضحت المصادر أن الضحايا من عائلة واحدة خرجت في رحلة ترفيهية إلى صحراء الرميلة الشمالية.
وبعد انفجار اللغم، حددت وزارة البيئة سببين محتملين لانفجار البصرة الذي أودى بحياة 6 أشخاص في صحراء الرميلة في وقت سابق.
""", [
    ev("toll-six-dead", "أفادت مصادر أمنية بمقتل ستة أشخاص وإصابة 7 آخرين", BLAST, "'يوم أمس السبت، أول يومٍ بالعام الجديد 2022' = Sat 1 Jan 2022"),
    ev("rumaila-blast", "في انفجار لغم أرضي من مخلفات الحروب بصحراء الرميلة الشمالية", BLAST, "'يوم أمس السبت، أول يومٍ بالعام الجديد 2022' = Sat 1 Jan 2022"),
    ev("family-picnic", "من عائلة واحدة خرجت في رحلة ترفيهية", BLAST, "no own expression; the outing of Sat 1 Jan 2022"),
    ev("environment-ministry-causes", "حددت وزارة البيئة سببين محتملين لانفجار البصرة", BLAST, "'بعد انفجار اللغم' ... 'في وقت سابق': the ministry's statement on the day of the blast, Sat 1 Jan 2022 (outside knowledge: the mine directorate's statements of that Saturday)"),
    ev("gulf-war-1991", "وحرب الخليج عام 1991", "1991-01-17", "'عام 1991' = the Gulf War, 17 Jan - 28 Feb 1991 (outside knowledge)", end="1991-03-01"),
    ev("us-invasion-2003", "وغزو الولايات المتحدة للعراق عام 2003", "2003-03-20", "'عام 2003' = the invasion, 20 Mar - 1 May 2003 (outside knowledge)", end="2003-05-02"),
])

# ---------------------------------------------------------------- egypt-bir-al-abd-returnees-explosives-2020
S = "egypt-bir-al-abd-returnees-explosives-2020"
RET3 = "2020-10-10"                          # Qatia, al-Muraih and al-Janayen residents returned on Sat 10 Oct 2020
RET4 = "2020-10-11"                          # Aqtia residents returned the day after, Sun 11 Oct 2020
RABAA = "2020-07-21"                         # the attack on the army camp at Rabaa, Tue 21 Jul 2020
OCCUPY = ("2020-07-21", "2020-10-11")        # the armed men in the villages and the army's clashes and shelling, until the returns
art(S, "https://nwafez.com/%D9%85%D9%82%D8%AA%D9%84-%D8%A7%D9%85%D8%B1%D8%A3%D8%AA%D9%8A%D9%86-%D9%81%D9%8A-%D8%B4%D9%85%D8%A7%D9%84-%D8%B3%D9%8A%D9%86%D8%A7%D8%A1/",
    "2020-10-10", "no date on the stored page; the body's 'اليوم السبت' for the two women killed hours after the return, which happened on Sat 10 Oct 2020 (almanassa of Wed 14 Oct: 'يوم السبت الماضي'; We Record: the two women Mona Amer and Mona Hamid killed on 10 Oct), gives Sat 10 Oct 2020; headline kept from the page (reworded), the section tag 'مصر', the sub-headings and the last, truncated sentence dropped; no date of its own in the text", False, """
مصرع امرأتين بعبوة ناسفة عقب عودة أهالي القرى المهجرة في شمال سيناء
قُتلت امرأتان وأُصيب مواطن، اليوم السبت، جراء انفجار عبوة ناسفة في إحدى القرى المهجرة غرب محافظة شمال سيناء.
وذكر شهود عيان أن العبوة انفجرت داخل منزل في إحدى القرى التي رجع إليها سكانها المهجرون قبل ساعات.
وبيّنت المصادر أن الانفجار أسفر عن وفاة امرأتين هما منى عامر (40 عاماً) ومنى حميد (39 عاماً)، إضافة إلى إصابة مواطن يُدعى سليمان كمال (37 عاماً).
ووفقاً لشهود العيان، نُقلت جثتا الضحيتين والمصاب إلى مستشفى بئر العبد المركزي.
وكان مئات من سكان القرى المهجرة غرب محافظة شمال سيناء قد رجعوا إلى بيوتهم، اليوم السبت، بعدما سمح لهم الجيش بالدخول إثر احتجاجات عدة نظموها خلال الأيام القليلة الماضية.
وأفادت مصادر قبلية سيناوية بأن أهالي "قاطية والمريح والجناين" تمكنوا من دخول قراهم عقب انسحاب الجيش منها على خلفية احتجاجات السكان.
وأشارت المصادر إلى أن الأهالي فوجئوا بحجم الدمار الذي لحق بالقرى جراء القصف الجوي للطيران الحربي المصري والاشتباكات التي دارت فيها بين الجيش وتنظيم ولاية سيناء.
""", [
    ev("qatia-two-women-killed", "قُتلت امرأتان وأُصيب مواطن، اليوم السبت", RET3, "'اليوم السبت' = Sat 10 Oct 2020"),
    ev("return-qatia-muraih-janayen", "قد رجعوا إلى بيوتهم، اليوم السبت", RET3, "'اليوم السبت' = Sat 10 Oct 2020"),
    ev("returnees-protests", "إثر احتجاجات عدة نظموها خلال الأيام القليلة الماضية", "2020-10-05", "'خلال الأيام القليلة الماضية' before Sat 10 Oct 2020 (my span 5-9 Oct)", end=RET3),
    ev("army-clashes-in-villages", "جراء القصف الجوي للطيران الحربي المصري والاشتباكات", OCCUPY[0], "no own expression; the air strikes and clashes in the villages between the attack of 21 Jul and the return of 10-11 Oct 2020", end=OCCUPY[1]),
])
art(S, "https://www.aajsa.com/politics/%D9%82%D8%AA%D9%84%D9%89-%D9%85%D8%AF%D9%86%D9%8A%D9%88%D9%86-%D9%88%D8%B9%D8%B3%D9%83%D8%B1%D9%8A%D9%88%D9%86-%D9%85%D8%B5%D8%B1%D9%8A%D9%88%D9%86-%D9%81%D9%8A-%D8%B3%D9%8A%D9%86%D8%A7%D8%A1",
    "2020-10-12", "page date line '12 أكتوبر 2020' (kept; 12 Oct 2020 was a Monday) on a stored copy of an al-Araby al-Jadeed report (the text names 'العربي الجديد' as its source); the body's 'مساء اليوم الاثنين' agrees; the photo caption '(Getty)' and the font buttons dropped; headline kept from the page (reworded); the last, truncated sentence on the Rafah attack dropped", True, """
سيناء: مقتل مدنيين وعسكريين مصريين
12 أكتوبر 2020
لقي أربعة مدنيين مصريين حتفهم، مساء اليوم الاثنين، بانفجار لغم أرضي في إحدى القرى المهجرة التي رجع إليها سكانها أمس الأحد، غرب محافظة شمال سيناء شرقي البلاد.
وأفادت مصادر قبلية وشهود عيان "العربي الجديد" بأن لغماً أرضياً انفجر وسط مجموعة من المواطنين بينهم أطفال في قرية اقطية غرب سيناء.
وأوضحت المصادر، التي طلبت عدم كشف هويتها، أن الانفجار أوقع قتلى وجرحى من أفراد عائلة عيد أبو حرب، ونُقلوا إلى مستشفى بئر العبد المركزي.
وفي وقت لاحق، ذكرت مصادر طبية في مستشفى بئر العبد لـ"العربي الجديد" أن قتلى انفجار قرية اقطية هم فاطمة نصر عبد اللطيف (25 عاماً)، ولمياء عيد حرب (17 عاماً)، ووفاء سليم محمد (28 عاماً)، وسمية نور عيد (عامين)، بينما أصيب أنور عيد حرب (26 عاماً) وحالته حرجة جداً.
وبهذه الحصيلة يرتفع عدد القتلى من المهجرين منذ رجوعهم صباح يوم السبت إلى 8، بينهم أطفال ونساء.
وفي سياق منفصل، سقط قتلى وجرحى من أفراد الجيش المصري مساء اليوم في هجوم مسلح جنوب مدينة رفح.
""", [
    ev("aqtia-four-killed", "لقي أربعة مدنيين مصريين حتفهم، مساء اليوم الاثنين", "2020-10-12", "'مساء اليوم الاثنين' = Mon 12 Oct 2020 (date line)"),
    ev("return-aqtia", "التي رجع إليها سكانها أمس الأحد", RET4, "'أمس الأحد' = Sun 11 Oct 2020"),
    ev("return-qatia-muraih-janayen", "منذ رجوعهم صباح يوم السبت", RET3, "'صباح يوم السبت' before Mon 12 = Sat 10 Oct 2020"),
    ev("returnee-blast-deaths", "يرتفع عدد القتلى من المهجرين", RET3, "the 8 returnees killed by explosives since the return: 4 on Sat 10 and 4 on Mon 12 Oct 2020", end="2020-10-13"),
    ev("rafah-attack", "مساء اليوم في هجوم مسلح جنوب مدينة رفح", "2020-10-12", "'مساء اليوم' = Mon 12 Oct 2020"),
])
art(S, "https://www.almanassa.com/ar/story/15248",
    "2020-10-14", "page date line 'منشور الأربعاء 14 أكتوبر 2020' (kept; 14 Oct 2020 was a Wednesday); the photo caption and the quoted chant at the head of the story dropped; headline kept from the page (reworded); the last, truncated words of a witness dropped", True, """
عودة مضرّجة بالدم.. أهالي 4 قرى في بئر العبد يستعيدون منازلهم بعد طرد "داعش"
منشور الأربعاء 14 أكتوبر 2020
هتف المئات من أهالي 4 قرى تابعة لمركز بئر العبد شمالي سيناء "بالروح بالروح.. سينا مش هتروح" وهم في طريق العودة إلى منازلهم التي تركوها إثر تمركز مسلحي تنظيم ما يُعرف بولاية سيناء، داعش، قبل 82 يومًا.
وقضى الأهالي هذه الفترة نازحين في القرى المجاورة.
ولم تمر عودتهم بسلام؛ فقد قُتل منهم 9 وأُصيب 5 بسبب العبوات الناسفة التي زرعها عناصر التنظيم قبل أن يطردهم الجيش من القرى عقب اشتباكات متقطعة امتدت لنحو 3 أشهر.
ووقع أحدث هذه الانفجارات صباح اليوم، مخلّفاً قتيلاً ومصابين اثنين.
يوم السبت الماضي رجع أهالي قرى قاطية والمريح والجناين، ولحق بهم أهالي أقطية بعدها بيوم، فدخلوا قراهم رافعين أعلام مصر بدلاً من الرايات السوداء لتنظيم ولاية سيناء المرفوعة فيها منذ 21 يوليو/ تموز الماضي إثر هجوم على معسكر أمني في قرية رابعة المجاورة، قبل أن يلجأ المسلحون إلى القرى الأربع المجاورة ويتمركزوا فيها، ما دفع معظم الأهالي إلى النزوح خشية استهدافهم.
""", [
    ev("return-four-villages", "وهم في طريق العودة إلى منازلهم", RET3, "the return of the four villages on Sat 10 and Sun 11 Oct 2020 (told later in the text)", end="2020-10-12"),
    ev("militants-occupy-villages", "إثر تمركز مسلحي تنظيم ما يُعرف بولاية سيناء", OCCUPY[0], "'قبل 82 يومًا' from Wed 14 Oct = 24 Jul 2020; the militants took position in the villages after the Rabaa attack of 21 Jul (my span 21-25 Jul)", end="2020-07-26"),
    ev("blast-oct-14", "ووقع أحدث هذه الانفجارات صباح اليوم", "2020-10-14", "'صباح اليوم' = Wed 14 Oct 2020 (date line)"),
    ev("return-qatia-muraih-janayen", "يوم السبت الماضي رجع أهالي قرى قاطية والمريح والجناين", RET3, "'يوم السبت الماضي' from Wed 14 Oct = Sat 10 Oct 2020"),
    ev("return-aqtia", "ولحق بهم أهالي أقطية بعدها بيوم", RET4, "'بعدها بيوم' after Sat 10 = Sun 11 Oct 2020"),
    ev("rabaa-attack", "إثر هجوم على معسكر أمني في قرية رابعة المجاورة", RABAA, "'منذ 21 يوليو/ تموز الماضي' = Tue 21 Jul 2020"),
])
art(S, "https://www.madamasr.com/ar/2020/10/16/feature/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9/%D8%B9%D9%88%D8%AF%D8%A9-%D9%85%D9%8C%D8%AE%D8%B6%D9%91%D8%A8%D8%A9-%D8%A8%D8%A7%D9%84%D8%AF%D9%85%D8%A7%D8%A1-%D8%A7%D9%84%D8%AC%D9%8A%D8%B4-%D9%8A%D8%B3%D9%85%D8%AD-%D8%A8%D8%B9%D9%88%D8%AF%D8%A9/",
    "2020-10-16", "date in the URL '/2020/10/16/' (16 Oct 2020 was a Friday); the body's 'مطلع اﻷسبوع الجاري' for the returns of Sat 10 - Sun 11 Oct agrees; headline kept from the page (reworded); the map caption dropped; 'اﻷسبوع' written with a plain alif-lam (the page has the presentation-form ligature); no date of its own in the text", False, """
عودة مصبوغة بالدم: الجيش يأذن لنازحي قرى بئر العبد بالرجوع.. و8 سيدات يُقتلن في «حقول العبوات الناسفة»
بعد قرابة 70 يومًا من النزوح، ووعود سابقة لم تُنفذ، رجع أهالي أربع قرى تابعة لمدينة بئر العبد في شمال سيناء إلى بيوتهم، مطلع الأسبوع الجاري، وسط فرحة غامرة ربما أنستهم الدمار والخراب الذي أصاب قراهم ومنازلهم جراء المعارك بين القوات المسلحة وعناصر تنظيم ولاية سيناء التي كانت سبب النزوح.
غير أن هذه الفرحة العابرة شوّهتها دماء ثمانية مواطنين قتلتهم عبوات ناسفة بعد ساعات من العودة إلى القرى، في حين يبدو الوضع محفوفاً بالمخاطر مع استمرار ظهور عناصر من «التنظيم» في القرى، ما يفتح الباب أمام تجدد الاشتباكات بينهم وبين القوات المسلحة، بما يعنيه ذلك من تهديد دائم لحياة السكان.
وكان أهالي قرى «قاطية» و«إقطية» و«الجناين» و«المريح»، الواقعة جنوب غربي بئر العبد، قد نزحوا منها بعد أن انسحب إليها مسلحو تنظيم ولاية سيناء عقب هجومهم على معسكر للقوات المسلحة في قرية «رابعة»، في 21 يوليو الماضي، وما تلا ذلك من فرض عناصر «ولاية سيناء» سيطرتهم على القرى، ثم بدء القوات المسلحة اشتباكات معهم على أطراف القرى وقصف أهداف داخلها.
""", [
    ev("return-four-villages", "رجع أهالي أربع قرى تابعة لمدينة بئر العبد", RET3, "'مطلع الأسبوع الجاري' from Fri 16 Oct = the returns of Sat 10 and Sun 11 Oct 2020", end="2020-10-12"),
    ev("returnee-blast-deaths", "دماء ثمانية مواطنين قتلتهم عبوات ناسفة", RET3, "'بعد ساعات من العودة': the 8 returnees killed on Sat 10 and Mon 12 Oct 2020", end="2020-10-13"),
    ev("rabaa-attack", "عقب هجومهم على معسكر للقوات المسلحة في قرية «رابعة»", RABAA, "'في 21 يوليو الماضي' = Tue 21 Jul 2020"),
    ev("militants-occupy-villages", "من فرض عناصر «ولاية سيناء» سيطرتهم على القرى", OCCUPY[0], "after the Rabaa attack of 21 Jul 2020; 'قرابة 70 يومًا' of displacement before the return of 10 Oct (my span 21-25 Jul)", end="2020-07-26"),
    ev("army-clashes-in-villages", "ثم بدء القوات المسلحة اشتباكات معهم", OCCUPY[0], "no own expression; the clashes and shelling between the attack of 21 Jul and the return of 10-11 Oct 2020", end=OCCUPY[1]),
])

# ---------------------------------------------------------------- algeria-tebessa-khanguet-el-roum-mine-2021
S = "algeria-tebessa-khanguet-el-roum-mine-2021"
MINE = "2021-01-14"                          # the blast at Khanguet el-Roum (Thlidjene / Bir el-Ater, Tebessa), Thu 14 Jan 2021
art(S, "https://arabicpost.net/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/2021/01/14/%d8%a7%d9%84%d8%ac%d8%b2%d8%a7%d8%a6%d8%b1-%d8%a7%d9%86%d9%81%d8%ac%d8%a7%d8%b1-%d9%82%d9%86%d8%a8%d9%84%d8%a9",
    "2021-01-14", "page time stamp 'تم النشر: 2021/01/14 الساعة 19:21 بتوقيت غرينتش' (kept; 14 Jan 2021 was a Thursday), date in the URL '/2021/01/14/'; the body's 'الخميس 14 يناير/كانون الثاني 2021' agrees; the update stamp, the byline 'عربي بوست' and the photo caption dropped; headline kept from the page (reworded)", True, """
تبون يصفه بـ"العمل الجبان".. خمسة مدنيين قتلى بانفجار قنبلة محلية الصنع في الجزائر
تم النشر: 2021/01/14 الساعة 19:21 بتوقيت غرينتش
لقي خمسة مدنيين حتفهم وأُصيب ثلاثة آخرون، الخميس 14 يناير/كانون الثاني 2021، إثر انفجار قنبلة محلية الصنع أثناء مرور سيارتهم في منطقة تبسة شرق الجزائر، وفق بيان لوزارة الدفاع تناقلته وسائل إعلام جزائرية.
وعلّق الرئيس الجزائري عبدالمجيد تبون، الموجود في ألمانيا للعلاج، على الحادث واصفاً إياه بأنه "عمل جبان وهمجي أودى بحياة خمسة من مواطنينا من منطقة ثليجان بولاية تبسة، إثر انفجار لغم تقليدي زرعته أيادي الغدر".
وأضاف في تغريدة على حسابه في تويتر: "نسأل المولى عز وجل أن يرحمهم ويسكنهم فسيح جناته، وأن يلهم أهلهم الصبر والسلوان، ونتمنى للجرحى الشفاء العاجل".
من ناحية أخرى، أعلن الجيش الجزائري أنه قضى على "عنصر إرهابي خطير" في المكان المعروف بجبال بودخان على الحدود بين ولايتي خنشلة وتبسة، واسترجع سلاحاً رشاشاً وذخيرة وهاتفين، بينما تتواصل عمليات التمشيط في المنطقة بحثاً عن جماعات إرهابية تتبع تنظيم القاعدة في بلاد المغرب الإسلامي.
""", [
    ev("tebessa-mine-blast", "إثر انفجار قنبلة محلية الصنع أثناء مرور سيارتهم", MINE, "'الخميس 14 يناير/كانون الثاني 2021' = Thu 14 Jan 2021"),
    ev("mod-statement", "وفق بيان لوزارة الدفاع تناقلته وسائل إعلام جزائرية", MINE, "no own expression; the ministry's statement of Thu 14 Jan 2021 ('توفي اليوم خمسة مواطنين')"),
    ev("tebboune-condolence", "وعلّق الرئيس الجزائري عبدالمجيد تبون، الموجود في ألمانيا للعلاج", MINE, "no own expression; the president's tweet of Thu 14 Jan 2021 (dated January 14, 2021)"),
    ev("khenchela-terrorist-killed", "أنه قضى على \"عنصر إرهابي خطير\"", MINE, "no own expression; the same statement of Thu 14 Jan 2021 ('ظهر اليوم' in the ministry's words; almaghribalarabi: 'يوم 14 يناير')"),
])
art(S, "https://alaraby.co.uk/politics/%D9%85%D9%82%D8%AA%D9%84-%D8%AE%D9%85%D8%B3%D8%A9-%D8%A3%D8%B4%D8%AE%D8%A7%D8%B5-%D9%81%D9%8A-%D8%A7%D9%86%D9%81%D8%AC%D8%A7%D8%B1-%D9%84%D8%BA%D9%85-%D8%B4%D8%B1%D9%82%D9%8A-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1",
    "2021-01-14", "page date line '14 يناير 2021' (kept; 14 Jan 2021 was a Thursday); the photo caption and the font buttons dropped; headline kept from the page (reworded); the last, truncated words of the ambush sentence dropped", True, """
خمسة قتلى بانفجار لغم في شرق الجزائر
14 يناير 2021
لقي خمسة أشخاص كانوا في رحلة صيد مصرعهم، وأُصيب اثنان آخران بجروح متفاوتة الخطورة، جراء انفجار لغم تقليدي الصنع كان مدفوناً في طريق ترابي ببلدة بئر العاتر في ولاية تبسة قرب الحدود التونسية.
وانفجر اللغم لدى مرور سيارة تقل الضحايا في طريقهم إلى الصيد في غابة مجاورة، فقضى ثلاثة منهم على الفور، وهرعت فرق الدفاع المدني إلى المكان ونقلتهم سريعاً إلى المستشفى، حيث توفي اثنان من المصابين متأثرين بجراحهم.
وباشرت أجهزة الأمن الجزائرية تحقيقاً لتحديد طبيعة اللغم، وما إذا كان من ألغام فترة الاستعمار الفرنسي أو من تلك التي زرعتها المجموعات المسلحة الناشطة في المنطقة سابقاً.
وإثر هذا الحادث، طالب قائد أركان الجيش الجزائري الفريق السعيد شنقريحة المواطنين بالتزام الحيطة والحذر وتجنب التنقل في المسالك المشبوهة التي يعرفها سكان المنطقة.
من جهة أخرى، قضت وحدة من الجيش على "إرهابي" وُصف بالخطير واسترجعت مسدساً رشاشاً وكمية من الذخيرة وأغراضاً أخرى، في كمين نصبته بمنطقة واد بودخان.
""", [
    ev("tebessa-mine-blast", "جراء انفجار لغم تقليدي الصنع كان مدفوناً", MINE, "no own expression; the date line '14 يناير 2021' = Thu 14 Jan 2021"),
    ev("injured-die-in-hospital", "حيث توفي اثنان من المصابين متأثرين بجراحهم", MINE, "no own expression; the two died in hospital the same day, Thu 14 Jan 2021 (the ministry's toll of five dead that day)"),
    ev("investigation-opened", "وباشرت أجهزة الأمن الجزائرية تحقيقاً", MINE, "no own expression; opened on the day of the blast, Thu 14 Jan 2021 (my span 14-15 Jan)", end="2021-01-16"),
    ev("chengriha-warning", "طالب قائد أركان الجيش الجزائري الفريق السعيد شنقريحة", MINE, "no own expression; the chief of staff's message in the ministry's statement of Thu 14 Jan 2021"),
    ev("khenchela-terrorist-killed", "قضت وحدة من الجيش على \"إرهابي\" وُصف بالخطير", MINE, "no own expression; announced with the blast on Thu 14 Jan 2021 (almaghribalarabi: 'يوم 14 يناير')"),
])
art(S, "https://banassa.info/%d9%85%d8%b5%d8%b1%d8%b9-5-%d8%a3%d8%b4%d8%ae%d8%a7%d8%b5-%d9%81%d9%8a-%d8%a7%d9%86%d9%81%d8%ac%d8%a7%d8%b1-%d9%82%d9%86%d8%a8%d9%84%d8%a9-%d8%aa%d9%82%d9%84%d9%8a%d8%af%d9%8a%d8%a9-%d8%b4%d8%b1%d9%82",
    "2021-01-15", "no date on the stored page; the body's 'أمس الخميس' for the blast of Thu 14 Jan 2021 (arabicpost, alaraby) gives Fri 15 Jan 2021; headline rendered from the URL slug (the stored text has none); the comments counter dropped; no date of its own in the text", False, """
خمسة قتلى في انفجار قنبلة تقليدية الصنع شرقي الجزائر
قُتل 5 أشخاص وأُصيب 3 آخرون بجروح بالغة إثر انفجار قنبلة تقليدية الصنع، أمس الخميس، في ولاية تبسة شرق البلاد.
وجاء في بيان لوزارة الدفاع الجزائرية أن "خمسة مواطنين لقوا حتفهم، أمس الخميس، وأصيب ثلاثة آخرون بجروح متفاوتة الخطورة، جراء انفجار قنبلة تقليدية الصنع لحظة مرور مركبة نفعية تقل الضحايا بواد خنيق الروم في بلدية ثليجان بولاية تبسة".
وقدّم الرئيس عبد المجيد تبون تعازيه الخالصة لأسر الضحايا، معتبراً أن انفجار اللغم التقليدي في ولاية تبسة الذي أودى بحياة خمسة مواطنين عمل "جبان وهمجي"، وداعياً الله أن يرحمهم ويلهم أهلهم الصبر ويشفي الجرحى.
وكتب تبون على صفحته في تويتر أن ما جرى "عمل جبان وهمجي" أزهق أرواح خمسة من مواطني منطقة ثليجان بولاية تبسة بلغم تقليدي زرعته "أيادي الغدر"، مختتماً تغريدته بـ"إنا لله وإنا إليه راجعون".
""", [
    ev("tebessa-mine-blast", "إثر انفجار قنبلة تقليدية الصنع، أمس الخميس", MINE, "'أمس الخميس' = Thu 14 Jan 2021"),
    ev("mod-statement", "وجاء في بيان لوزارة الدفاع الجزائرية", MINE, "no own expression; the statement of Thu 14 Jan 2021 (its 'أمس الخميس' is the outlet's re-dating)"),
    ev("tebboune-condolence", "وقدّم الرئيس عبد المجيد تبون تعازيه الخالصة", MINE, "no own expression; the tweet of Thu 14 Jan 2021"),
])
art(S, "https://stg.akhbaralaan.net/news/arab-world/2021/01/19/%d8%aa%d9%86%d8%b8%d9%8a%d9%85-%d8%a7%d9%84%d9%82%d8%a7%d8%b9%d8%af%d8%a9",
    "2021-01-19", "date in the URL '/2021/01/19/' (19 Jan 2021 was a Tuesday); the body's 'الخميس الماضي' for the blast of Thu 14 Jan agrees; headline written from the body (the stored text has none, the slug is only 'تنظيم القاعدة'); the embedded tweet's handle and date dropped, its text kept as a reworded quotation; the last, truncated words dropped; no date of its own in the text", False, """
القاعدة تتبنى لغم تبسة الذي قتل خمسة مدنيين
لقي 5 أشخاص حتفهم، الخميس الماضي، بانفجار لغم بدائي زرعه إرهابيون في ولاية تبسة شرق الجزائر قرب الحدود التونسية.
وذكرت وسائل إعلام جزائرية أن خمسة أشخاص على الأقل قُتلوا وأُصيب اثنان، تتراوح أعمارهم بين 41 و50 عاماً، في انفجار لغم زرعته "مجموعة إرهابية" في 14 يناير في تبسة.
من جهته، أعلن تنظيم القاعدة في بلاد المغرب الإسلامي أنه زرع العبوة الناسفة التي قتلت خمسة مدنيين يوم 14 يناير في ولاية تبسة شرق الجزائر.
وكان الرئيس الجزائري عبد المجيد تبون قد ندد بالتفجير، واصفاً إياه في تغريدة على "تويتر" بـ"العمل الجبان والهمجي".
وجاء في التغريدة أن اللغم التقليدي الذي زرعته "أيادي الغدر" أودى بحياة خمسة مواطنين من منطقة ثليجان بولاية تبسة، مع الدعاء لهم بالرحمة ولذويهم بالصبر وللجرحى بالشفاء العاجل.
وفي السياق ذاته، أوضحت وزارة الدفاع الجزائرية أن اللغم وُضع على الطريق في منطقة تُعرف بـ"خنيق الروم" تتبع دائرة بئر العاتر.
وانفجر اللغم، في عملية تبناها تنظيم القاعدة في بلاد المغرب الإسلامي، لدى مرور مركبة من نوع "مازدا بي تي 50" تقل الضحايا.
""", [
    ev("tebessa-mine-blast", "بانفجار لغم بدائي زرعه إرهابيون", MINE, "'الخميس الماضي' from Tue 19 Jan = Thu 14 Jan 2021 (also 'في 14 يناير')"),
    ev("aqim-claim", "أعلن تنظيم القاعدة في بلاد المغرب الإسلامي أنه زرع العبوة", "2021-01-15", "no own expression; the claim came after the blast of Thu 14 Jan and before this report of Tue 19 Jan 2021 (my span 15-19 Jan)", end="2021-01-20"),
    ev("tebboune-condolence", "وكان الرئيس الجزائري عبد المجيد تبون قد ندد بالتفجير", MINE, "no own expression ('كان ... قد ندد'); the tweet of Thu 14 Jan 2021"),
    ev("mod-statement", "أوضحت وزارة الدفاع الجزائرية أن اللغم وُضع على الطريق", MINE, "no own expression; the ministry's statement of Thu 14 Jan 2021"),
])

# ---------------------------------------------------------------- syria-idlib-nayrab-war-remnants-house-blast-2025
S = "syria-idlib-nayrab-war-remnants-house-blast-2025"
NAYRAB = "2025-02-20"                        # the blast of war remnants stored in a house at al-Nayrab (Idlib), Thu 20 Feb 2025
art(S, "https://enabbaladi.net/740231/%d8%a5%d8%af%d9%84%d8%a8-%d8%a7%d9%86%d9%81%d8%ac%d8%a7%d8%b1-%d9%8a%d8%ae%d9%84%d9%81-%d9%82%d8%aa%d9%84%d9%89-%d9%88%d8%ac%d8%b1%d8%ad%d9%89-%d9%81%d9%8a-%d8%a7%d9%84%d9%86%d9%8a%d8%b1%d8%a8",
    "2025-02-20", "the body's 'اليوم، الخميس 20 من شباط' (kept; 20 Feb 2025 was a Thursday) and the photo caption's '20 من شباط 2025' (caption dropped); headline kept from the page (reworded); the last, truncated sentence on an earlier incident of 17 Feb dropped", True, """
انفجار يوقع قتلى وجرحى في النيرب بريف إدلب
خلّف انفجار جسم من مخلفات الحرب داخل منزل سكني في بلدة النيرب شرق محافظة إدلب قتلى وجرحى، فيما تتواصل عمليات البحث عن مفقودين.
وذكر مراسل عنب بلدي في إدلب أن الانفجار وقع اليوم، الخميس 20 من شباط، في وسط بلدة النيرب موقعاً قتلى وجرحى.
وقال "الدفاع المدني السوري" إن المعلومات الأولية تفيد بمقتل ثلاثة مدنيين، رجل وامرأة وطفل، وإصابة طفلة بجروح، في حصيلة أولية، وجميعهم من أسرة واحدة.
وأوضح أن سبب الانفجار جسم من مخلفات الحرب داخل منزل سكني، وأنه أحدث دماراً كبيراً في المكان.
وأشار "الدفاع" في منشور آخر إلى أن البحث ما زال جارياً عن مفقودين في المنزل الذي شهد الانفجار.
وتصاعدت وتيرة الإصابات بانفجار الألغام والأجسام من مخلفات الحرب منذ بدء عودة المدنيين إلى مناطقهم التي نزحوا عنها قبل سنوات، ومنها بلدة النيرب التي كانت من الخطوط القريبة من جبهات القتال مع قوات النظام المخلوع.
""", [
    ev("nayrab-blast", "أن الانفجار وقع اليوم، الخميس 20 من شباط", NAYRAB, "'اليوم، الخميس 20 من شباط' = Thu 20 Feb 2025"),
    ev("initial-toll-three", "المعلومات الأولية تفيد بمقتل ثلاثة مدنيين", NAYRAB, "no own expression; the first toll of the day of the blast, Thu 20 Feb 2025"),
    ev("search-for-missing", "البحث ما زال جارياً عن مفقودين في المنزل", NAYRAB, "no own expression; the search on the day of the blast, Thu 20 Feb 2025 (ended that day: civil defence, 'اليوم الخميس 20 شباط')"),
    ev("returns-of-displaced", "منذ بدء عودة المدنيين إلى مناطقهم", "2024-12-08", "no own expression; the returns since the fall of the regime on Sun 8 Dec 2024 up to this report (my span)", end="2025-02-21"),
])
art(S, "https://shorouknews.com/news/view.aspx?cdate=20022025&id=3c382c24-2412-495f-8100-0657dcadbb5e",
    "2025-02-20", "date in the URL 'cdate=20022025' (20 Feb 2025 was a Thursday); the body's 'اليوم الخميس' agrees; headline written from the body (the stored text has none); no date of its own in the text", False, """
المرصد السوري: قتلى بانفجار مخلفات حرب مخزنة في منزل بالنيرب
ذكر المرصد السوري لحقوق الإنسان أن 3 مدنيين، بينهم سيدة وطفل، قُتلوا وأُصيب آخرون بجروح متفاوتة في انفجار ضخم داخل منزل ببلدة النيرب في ريف إدلب الشرقي، سببه مخلفات حرب كانت مخزنة فيه.
وأشار المرصد في بيان على موقعه الرسمي، اليوم الخميس، إلى أن «الحصيلة مرشحة للارتفاع بسبب وجود جرحى في حالات حرجة»، مضيفاً أن «المنزل المستهدف يملكه شخص يعمل في جمع مخلفات الحرب وبيعها كخردة».
وقبل قليل، أفاد المرصد بأن مدينة النيرب في ريف إدلب شهدت انفجاراً ضخماً أوقع عدداً من الضحايا المدنيين، في حادث لا تزال أسبابه غامضة.
وأضاف أن الانفجار دمّر أجزاء واسعة من المنزل المستهدف وأثار حالة من الذعر في المنطقة، بينما تعمل فرق الإنقاذ على انتشال الضحايا.
""", [
    ev("initial-toll-three", "أن 3 مدنيين، بينهم سيدة وطفل، قُتلوا", NAYRAB, "the first toll of 'اليوم الخميس' = Thu 20 Feb 2025"),
    ev("nayrab-blast", "في انفجار ضخم داخل منزل ببلدة النيرب", NAYRAB, "the blast reported 'اليوم الخميس' = Thu 20 Feb 2025"),
    ev("sohr-statement", "وأشار المرصد في بيان على موقعه الرسمي، اليوم الخميس", NAYRAB, "'اليوم الخميس' = Thu 20 Feb 2025"),
    ev("bodies-recovered", "بينما تعمل فرق الإنقاذ على انتشال الضحايا", NAYRAB, "no own expression; the recovery on the day of the blast, Thu 20 Feb 2025"),
])
art(S, "https://aawsat.com/%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A/%D8%A7%D9%84%D9%85%D8%B4%D8%B1%D9%82-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A/5114374-%D9%85%D9%82%D8%AA%D9%84-8-%D8%A3%D8%B4%D8%AE%D8%A7%D8%B5-%D9%81%D9%8A-%D8%A7%D9%86%D9%81%D8%AC%D8%A7%D8%B1-%D8%A8%D9%85%D9%86%D8%B2%D9%84-%D8%B4%D9%85%D8%A7%D9%84-%D8%BA%D8%B1%D8%A8%D9%8A-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7",
    "2025-02-20", "no date line on the stored page; the body's 'اليوم (الخميس)' and the embedded post of the civil defence dated 'February 20, 2025' (dropped with the embedded posts) give Thu 20 Feb 2025; headline rendered from the URL slug (the stored text has none); no date of its own in the text", False, """
8 قتلى في انفجار داخل منزل بشمال غربي سوريا
أعلن الدفاع المدني السوري، اليوم (الخميس)، مقتل 8 مدنيين، من بينهم 3 أطفال، وإصابة طفلة بجروح، جراء انفجار ذخائر من مخلفات الحرب في منزل ببلدة النيرب بمحافظة إدلب السورية.
وأوضح الدفاع المدني عبر منصة «إكس» أن فرقه أخرجت جثامين عدد من الضحايا من تحت الأنقاض و«حددت الموقع لوجود مخلفات حرب غير منفجرة».
وكان «تلفزيون سوريا» قد ذكر في وقت سابق اليوم أن 5 أشخاص قُتلوا وآخرين فُقدوا في الانفجار.
وكانت مجموعة من فرق الإنقاذ قد أفادت، اليوم، بأن ذخائر غير منفجرة انفجرت في منزل بشمال غربي سوريا وقتلت 4 أشخاص، بينهم امرأتان وطفل، بحسب وكالة «أسوشييتد برس».
وذكرت مجموعة المسعفين المعروفة بـ«الدفاع المدني السوري» أو «الخوذ البيضاء» أن البحث متواصل للتأكد مما إذا كان هناك مزيد من الضحايا تحت الأنقاض.
""", [
    ev("final-toll-eight", "أعلن الدفاع المدني السوري، اليوم (الخميس)، مقتل 8 مدنيين", NAYRAB, "'اليوم (الخميس)' = Thu 20 Feb 2025"),
    ev("nayrab-blast", "جراء انفجار ذخائر من مخلفات الحرب في منزل", NAYRAB, "the blast of 'اليوم (الخميس)' = Thu 20 Feb 2025"),
    ev("bodies-recovered", "أن فرقه أخرجت جثامين عدد من الضحايا من تحت الأنقاض", NAYRAB, "no own expression; the recovery of Thu 20 Feb 2025"),
    ev("syria-tv-report", "وكان «تلفزيون سوريا» قد ذكر في وقت سابق اليوم", NAYRAB, "'في وقت سابق اليوم' = earlier on Thu 20 Feb 2025"),
    ev("search-for-missing", "أن البحث متواصل للتأكد مما إذا كان هناك مزيد من الضحايا", NAYRAB, "no own expression; the search of Thu 20 Feb 2025 (reported with 'اليوم')"),
])
art(S, "http://arabic.people.com.cn/n3/2025/0221/c31662-20279810.html",
    "2025-02-21", "page stamp '2025:02:21.10:31' (Beijing time; kept; 21 Feb 2025 was a Friday) and date in the URL '/2025/0221/'; the text is a Xinhua wire with the date line 'دمشق 20 فبراير 2025 (شينخوا)' (kept), so its 'اليوم (الخميس)' is Thu 20 Feb, the day before the posting; the breadcrumbs, the source tag '/مصدر: شينخوا/', the repeated headline and the photo caption dropped; headline kept from the page (reworded); the last, truncated sentence on the house owner dropped", True, """
انفجار مخلفات حرب يقتل 5 أشخاص في إدلب شمال غربي سوريا
2025:02:21.10:31
دمشق 20 فبراير 2025 (شينخوا) لقي خمسة مدنيين حتفهم وأصيب آخر بجروح، في حصيلة غير نهائية، إثر انفجار مخلفات حرب في بلدة النيرب بإدلب شمال غربي سوريا اليوم (الخميس)، بحسب ما أعلن الدفاع المدني السوري.
وذكر الدفاع المدني على (تليجرام) أن انفجار مخلفات حرب نُقلت إلى منزل سكني في بلدة النيرب شرقي إدلب أدى، في حصيلة غير نهائية، إلى مقتل خمسة مدنيين بينهم امرأتان وطفلان أحدهما رضيع، وإصابة طفلة بجروح، وجميعهم من أسرة واحدة.
وتستمر عمليات البحث عن مفقودين تحت الأنقاض في الموقع، وفق الدفاع المدني.
من جانبه، أفاد المرصد السوري لحقوق الإنسان، ومقره لندن، بمقتل سبعة أشخاص في حصيلة غير نهائية جراء انفجار ضخم داخل منزل في بلدة النيرب بريف إدلب الشرقي، سببه مخلفات حرب كانت مخزنة فيه.
وأشار المرصد إلى أن عدد الضحايا قد يرتفع لوجود جرحى في حالات حرجة إلى جانب مفقودين.
""", [
    ev("nayrab-blast", "إثر انفجار مخلفات حرب في بلدة النيرب بإدلب", NAYRAB, "'اليوم (الخميس)' under the date line 'دمشق 20 فبراير 2025' = Thu 20 Feb 2025 (not the posting day, Fri 21)"),
    ev("search-for-missing", "وتستمر عمليات البحث عن مفقودين تحت الأنقاض", NAYRAB, "no own expression; the search of Thu 20 Feb 2025 (date line)"),
    ev("sohr-statement", "أفاد المرصد السوري لحقوق الإنسان، ومقره لندن، بمقتل سبعة أشخاص", NAYRAB, "no own expression; the observatory's statement of Thu 20 Feb 2025 (shorouknews: 'اليوم الخميس')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 339
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

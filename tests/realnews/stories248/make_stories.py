"""Builds stories.jsonl: the 248-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories204/make_stories.py). Domain: human trafficking and organ trafficking rings (arrests,
trials, rescued victims): the Egyptian Administrative Control Authority's raid on an organ-trafficking network
(December 2016), the Bangladeshi MP held in Kuwait over visa trading and human trafficking (the nationality row of
July 2020), and the Moroccan trafficking victims freed from camps in Myanmar (July 2024). None of these stories is
in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-aca-organ-trafficking-network-2016
S = "egypt-aca-organ-trafficking-network-2016"
art(S, "http://thenewkhalij.org/ar/node/53110",
    "2016-12-06", "page stamp 'الثلاثاء 6 ديسمبر 2016 08:12 ص' under the headline (kept as first line, before the headline); 6 Dec 2016 was a Tuesday, the day of the dawn raid; the body's 'فجر اليوم الثلاثاء' agrees; the truncated last sentence ('وأضاف المصدر أن النقابة شاركت في الحم...') dropped", True, """
الثلاثاء 6 ديسمبر 2016 08:12 ص
مصر.. القبض على أكبر شبكة دولية للاتجار بالأعضاء البشرية تضم أطباء وأساتذة جامعات
نجحت هيئة الرقابة الإدارية في مصر، فجر اليوم الثلاثاء، في ضبط أكبر شبكة دولية للاتجار في الأعضاء البشرية.
وصادرت الهيئة ملايين الدولارات والجنيهات كانت بحوزة المتهمين من عائدات الاتجار في الأعضاء البشرية، مشيرة إلى أن الشبكة تضم أساتذة وأطباء وأعضاء في هيئات التمريض وأصحاب مراكز طبية ووسطاء وسماسرة.
وأفادت مصادر مطلعة بأن الشبكة تتكون من 41 متهما، منهم 12 طبيبا و8 ممرضين وعدد من أساتذة الجامعة والوسطاء الذين جنوا ثروات طائلة من هذا النشاط المشبوه.
ونقلت صحيفة محلية عن مصادر مطلعة أن أعضاء الرقابة الإدارية، بعد استئذان الجهات القضائية، داهموا فجر اليوم برفقة لجان من وزارة الصحة ونقابة أطباء الجيزة الأوكار التي تستعملها الشبكة، فقبضوا على جميع المتهمين وعثروا على مستندات تثبت تورطهم في النشاط الإجرامي.
وأوضح مصدر بنقابة أطباء الجيزة أن جميع الأطباء المتورطين في القضية أحيلوا إلى التحقيق أمام لجنة آداب المهنة، التي ستشكل لجنة متخصصة للتحقيق معهم في التهم المنسوبة إليهم.
""", [
    ev("raid", "في ضبط أكبر شبكة دولية للاتجار في الأعضاء البشرية", "2016-12-06", "'فجر اليوم الثلاثاء' = the dawn of Tue 6 Dec 2016 (the stamp)"),
    ev("cash-seized", "وصادرت الهيئة ملايين الدولارات والجنيهات", "2016-12-06", "no own expression; seized in the raid of Tue 6 Dec 2016"),
    ev("dawn-search", "داهموا فجر اليوم برفقة لجان من وزارة الصحة", "2016-12-06", "'فجر اليوم' = the dawn of Tue 6 Dec 2016 (the searches of the network's premises, part of the raid)"),
    ev("syndicate-referral", "أحيلوا إلى التحقيق أمام لجنة آداب المهنة", "2016-12-06", "no own expression; announced by the Giza doctors' syndicate on the day of the raid, Tue 6 Dec 2016"),
])
art(S, "http://m.aswatmasriya.com/news/details/70699",
    "2016-12-06", "no stamp or URL date in the stored page: fixed by the body's 'فجر اليوم الثلاثاء' for the Administrative Control Authority's raid, which took place at dawn on Tue 6 Dec 2016 (another outlet's stamp: 'الثلاثاء 6 ديسمبر 2016 08:12 ص'); the trailing 'تعليقات الفيسبوك' dropped; no date of its own in the text", False, """
نقلت وكالة أنباء الشرق الأوسط أن هيئة الرقابة الإدارية ضبطت، فجر اليوم الثلاثاء، أكبر شبكة دولية للاتجار في الأعضاء البشرية.
وتستغل هذه الشبكة، التي تضم مصريين وعربا، الظروف الاقتصادية الصعبة لبعض المصريين لتتاجر في أعضائهم البشرية مقابل مبالغ زهيدة، بينما تجني هي مبالغ طائلة.
كما صادرت الهيئة ملايين الدولارات والجنيهات من المتهمين، وهي حصيلة الاتجار في الأعضاء البشرية، ومن بين أفراد الشبكة أساتذة وأطباء وأعضاء هيئة تمريض وأصحاب مراكز طبية ووسطاء وسماسرة، بحسب الوكالة.
وأصدر النائب العام تعليماته بالإسراع في التحقيق في وقائع القضية.
وقد تفاقمت ظاهرة الاتجار بالأعضاء البشرية في الفترة الأخيرة مع ارتفاع معدلات الفقر والحاجة بين قطاعات واسعة من المصريين.
""", [
    ev("raid", "ضبطت، فجر اليوم الثلاثاء، أكبر شبكة دولية", "2016-12-06", "'فجر اليوم الثلاثاء' = the dawn of Tue 6 Dec 2016"),
    ev("cash-seized", "كما صادرت الهيئة ملايين الدولارات والجنيهات", "2016-12-06", "no own expression; seized in the raid of Tue 6 Dec 2016"),
    ev("prosecutor-order", "وأصدر النائب العام تعليماته بالإسراع في التحقيق", "2016-12-06", "no own expression; the Prosecutor General's instruction announced with the raid on Tue 6 Dec 2016"),
])
art(S, "https://sauress.com/aljazirah/1612073224",
    "2016-12-07", "a sauress mirror of al-Jazirah (Riyadh) without a date line: fixed by the body's 'أمس الثلاثاء' for the raid of Tue 6 Dec 2016, so Wed 7 Dec 2016; the mirror's item number '1612073224' begins with 161207 (yy mm dd), which agrees; no date of its own in the text", False, """
ألقت هيئة الرقابة الإدارية في مصر أمس الثلاثاء القبض على أكبر شبكة دولية للاتجار في الأعضاء البشرية، وصادرت ملايين الدولارات والجنيهات من المتهمين.
وذكرت وزارة الصحة المصرية في بيان أن السلطات اعتقلت حتى الآن 45 شخصا، وضبطت بحوزتهم ملايين الدولارات من عائدات الاتجار في الأعضاء البشرية.
ويوجد بين الموقوفين مرضى وسماسرة وعمال وأساتذة وأطباء وممرضون وأصحاب مراكز طبية ووسطاء.
وأصدر النائب العام توجيهاته بالتحقيق العاجل في وقائع القضية، فيما تستغل الشبكة، التي تضم مصريين وعربا، الأوضاع الاقتصادية لبعض المصريين.
وكشفت الهيئة أن المتهمين أدلوا باعترافات مفصلة بشأن المبالغ التي كانوا يحصلون عليها، وبشأن الضغوط التي كانوا يمارسونها على من يعانون ظروفا اقتصادية صعبة لإقناعهم ببيع أجزاء من أجسادهم، كما ضبطت الهيئة جميع المستندات والحواسيب التي تحوي وقائع الاتجار بالبشر.
""", [
    ev("raid", "ألقت هيئة الرقابة الإدارية في مصر أمس الثلاثاء القبض", "2016-12-06", "'أمس الثلاثاء' before Wed 7 Dec = Tue 6 Dec 2016"),
    ev("cash-seized", "وصادرت ملايين الدولارات والجنيهات من المتهمين", "2016-12-06", "no own expression; seized in the raid of Tue 6 Dec 2016"),
    ev("health-ministry-statement", "وذكرت وزارة الصحة المصرية في بيان", "2016-12-06", "no own expression; the ministry's statement on the 45 arrests, issued on the day of the raid or the next (my span 6-7 Dec 2016)", end="2016-12-08"),
    ev("prosecutor-order", "وأصدر النائب العام توجيهاته بالتحقيق العاجل", "2016-12-06", "no own expression; announced with the raid on Tue 6 Dec 2016"),
    ev("confessions", "أدلوا باعترافات مفصلة", "2016-12-06", "no own expression; the confessions disclosed by the Authority after the raid (my span 6-7 Dec 2016)", end="2016-12-08"),
])
art(S, "https://fesnews.net/197397/2016/12/07",
    "2016-12-07", "date in the URL '/2016/12/07' (a Wednesday, the day after the raid); the text is an Arabic rendering of a BBC report; the truncated last sentence ('... بهدف الح') and the two sentences before it (WHO ranking, laws) dropped; no date of its own in the text", False, """
اعتقال 25 من تجار الأعضاء البشرية بينهم أطباء وممرضات
اعتقلت السلطات المصرية أطباء وأكاديميين وممرضات تتهمهم بالتورط في تجارة الأعضاء البشرية.
وطالت الاعتقالات 25 شخصا على الأقل، بينهم مشترون للأعضاء ووسطاء، بحسب هيئة الرقابة الإدارية.
وعثرت السلطات على ملايين الدولارات وسبائك من الذهب.
ويُذكر أن القانون المصري يمنع بيع الأعضاء البشرية، غير أن الفقر يدفع بعض الناس إلى بيع أعضائهم.
وقالت هيئة الرقابة الإدارية، وهي جهاز لمكافحة الفساد، إن الشبكة المستهدفة مؤلفة من مصريين وعرب يستغلون فقر بعض المواطنين لشراء أعضاء بشرية وبيعها بأسعار مرتفعة.
ووصف البيان، الذي نُشر على موقع حكومي، الشبكة بأنها "أكبر شبكة دولية للاتجار بالأعضاء البشرية في العالم".
ويُعتقد أن التحقيق شمل عددا من المستشفيات الخاصة والمراكز الصحية، بعضها مرخص وبعضها غير مرخص، وأن السلطات صادرت أجهزة كمبيوتر ووثائق من تلك المراكز.
""", [
    ev("raid", "وطالت الاعتقالات 25 شخصا على الأقل", "2016-12-06", "no own expression; the arrests of the dawn raid of Tue 6 Dec 2016 (other reports: 'فجر اليوم الثلاثاء')"),
    ev("cash-seized", "وعثرت السلطات على ملايين الدولارات وسبائك من الذهب", "2016-12-06", "no own expression; seized in the raid of Tue 6 Dec 2016"),
    ev("aca-statement", "ووصف البيان، الذي نُشر على موقع حكومي", "2016-12-06", "no own expression; the Authority's statement of Tue 6 Dec 2016"),
])

# ---------------------------------------------------------------- kuwait-bangladeshi-mp-shahid-islam-trafficking-2020
S = "kuwait-bangladeshi-mp-shahid-islam-trafficking-2020"
art(S, "https://aljarida.com/articles/1594224909773736500/amp",
    "2020-07-08", "no stamp in the stored text: the item number 1594224909773736500 begins with the Unix time in milliseconds 1594224909773 = 8 Jul 2020 16:15 UTC (19:15 in Kuwait), and the body's 'أمام البرلمان اليوم' reports Sheikh Hasina's speech of that day (a web item, not the next day's print edition, which would say 'أمس'); so Wed 8 Jul 2020; the 'Ad' marker and the last two sentences (her appeal to recruiting agencies) dropped; no date of its own in the text", False, """
أعلنت رئيسة الوزراء البنغلاديشية الشيخة حسينة واجد أن سلطات بلادها فتحت تحقيقا مع النائب البنغلاديشي محمد شهيد إسلام بابول بشأن اتهامه بـ«الاتجار بالبشر»، وهي القضية التي تتولى السلطات الكويتية التحقيق فيها.
وتعليقا على ما أثاره تصريح وزير الخارجية البنغلاديشي من أن «النائب البنغالي» محتجز في الكويت بصفته «مقيما محليا»، أكدت حسينة في كلمة ألقتها أمام البرلمان اليوم أن السلطات تتحقق من صحة حصول محمد شهيد على الجنسية الكويتية، موضحة أنه إذا ثبت ذلك فسيُعلن مقعده شاغرا وفقا للقانون.
وأضافت رئيسة الوزراء أن بلادها تتعرض لـ«ضغوط» من دول الشرق الأوسط لإعادة عمالتها خلال أزمة «كورونا» العالمية، مبينة أن حكومتها على تواصل مع عدة دول في هذا الشأن، وأنها أطلقت عددا من المبادرات منها إعادة أكثر من 22 ألف مواطن عالق في الشرق الأوسط.
""", [
    ev("hasina-speech", "في كلمة ألقتها أمام البرلمان اليوم", "2020-07-08", "'اليوم' = Wed 8 Jul 2020 (the item's time stamp)"),
    ev("seat-threat", "فسيُعلن مقعده شاغرا وفقا للقانون", "2020-07-08", "no own expression; said by Hasina in parliament on Wed 8 Jul 2020"),
    ev("bd-investigation", "فتحت تحقيقا مع النائب البنغلاديشي", "2020-06-07", "no own expression; Bangladesh's inquiries into the MP after his arrest in Kuwait on Sat 6 Jun 2020, up to the speech of 8 Jul (my loose span 7 Jun - 8 Jul 2020)", end="2020-07-09"),
])
art(S, "https://www.eremnews.com/entertainment/legal-cases/2271352",
    "2020-07-09", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الخميس' for the Kuwaiti interior ministry's denial, and by the embedded tweet of the ministry dated 'July 9, 2020' (a Thursday), kept in the text as a line; so Thu 9 Jul 2020; the tweet's picture link and the quoted tweet of Saud al-Asfour at the end (truncated) dropped", True, """
نفت وزارة الداخلية الكويتية، اليوم الخميس، أن يكون النائب البنغالي محمد شهيد إسلام قد حصل على الجنسية الكويتية.
وجاء رد الوزارة على مطالبات نشطاء في الكويت بتوضيح ما تناقلته وسائل إعلام بنغالية عن توجه البرلمان البنغالي إلى إسقاط عضوية النائب المتهم إذا ثبت حصوله على الجنسية الكويتية.
ويُحتجز النائب محمد شهيد إسلام في الكويت منذ شهر، بتهم تجارة الإقامات وغسل الأموال ودفع الرشاوى.
وشددت وزارة الداخلية في بيان على أن ما جرى تداوله في بعض مواقع التواصل الاجتماعي عن حصول المتهم البنغالي على الجنسية الكويتية غير صحيح، موضحة أنه يقيم في الكويت بموجب قانون إقامة الأجانب، وأنه أُحيل إلى النيابة العامة متهما في عدة قضايا.
(تغريدة وزارة الداخلية @Moi_kuw بتاريخ July 9, 2020)
ويتصدر اسم النائب البنغالي أحاديث وسائل الإعلام منذ شهر، عقب فتح تحقيق في قضيته وضبط عدد من المتهمين فيها، من بينهم مسؤولون وضباط وردت أسماؤهم في التحقيقات واحتُجز بعضهم بعد اتهامهم بتلقي رشاوى لتمرير معاملات مخالفة لصالح شركة النائب المتهم.
""", [
    ev("moi-denial", "نفت وزارة الداخلية الكويتية، اليوم الخميس", "2020-07-09", "'اليوم الخميس' = Thu 9 Jul 2020 (the tweet's 'July 9, 2020')"),
    ev("bd-media-reports", "ما تناقلته وسائل إعلام بنغالية", "2020-07-07", "no own expression; the Bangladeshi reports on his supposed Kuwaiti nationality in the days before the denial (my span 7-9 Jul 2020)", end="2020-07-10"),
    ev("seat-threat", "توجه البرلمان البنغالي إلى إسقاط عضوية النائب المتهم", "2020-07-08", "no own expression; the threat voiced in the Bangladeshi parliament by Sheikh Hasina on Wed 8 Jul 2020 (another report: 'أمام البرلمان اليوم')"),
    ev("arrest", "ويُحتجز النائب محمد شهيد إسلام في الكويت منذ شهر", "2020-06-06", "'منذ شهر' before 9 Jul 2020: arrested at his home in Mushrif on the evening of Sat 6 Jun 2020 (outside knowledge)"),
    ev("referral-prosecution", "وأنه أُحيل إلى النيابة العامة متهما في عدة قضايا", "2020-06-07", "no own expression; referred to the public prosecution the day after his arrest, Sun 7 Jun 2020, and held for 21 days (outside knowledge; my span 7-8 Jun)", end="2020-06-09"),
])
art(S, "https://watanserb.com/2020/07/09/%d9%88%d8%b2%d8%a7%d8%b1%d8%a9-%d8%a7%d9%84%d8%af%d8%a7%d8%ae%d9%84%d9%8a%d8%a9-%d9%81%d9%8a-%d8%a7%d9%84%d9%83%d9%88%d9%8a%d8%aa-%d8%aa%d8%ad%d8%b3%d9%85-%d8%a7%d9%84%d8%ac%d8%af%d9%84-%d9%88%d8%aa",
    "2020-07-09", "date in the URL '/2020/07/09/' (a Thursday, the day of the interior ministry's denial); the headline's '“شاهد”' and 'وتكشف الحقيقة!' shortened; the tweet of Hamad al-Enezi and the truncated last sentence dropped; no date of its own in the text", False, """
"هل النائب البنغالي يحمل الجنسية الكويتية؟".. وزارة الداخلية في الكويت تحسم الجدل
نشرت وسائل إعلام بنغالية أنباء عن احتمال أن يكون النائب البنغالي محمد شهيد إسلام، المتهم بالاتجار في البشر عبر تجارة الإقامات والرشوة، قد حصل على الجنسية الكويتية.
وأثارت هذه الأنباء موجة غضب في الأوساط الكويتية على مواقع التواصل الاجتماعي، حيث أطلق المغردون وسم #النائب_البنغالي مطالبين بمعرفة الحقيقة.
ودعا عضو مجلس الأمة أسامة الشاهين، في تغريدة على "تويتر"، وزارة الداخلية إلى إصدار بيان عاجل يوضح حقيقة حصول النائب البنغالي على الجنسية الكويتية، معتبرا أن الأمر فضيحة للجهاز التنفيذي إن صح.
وكتب الكاتب الكويتي سعود العصفور: "البرلمان البنغلاديشي يحقق في احتمال أن يكون لدى #النائب_البنغالي شهيد إسلام جنسية كويتية، ويهددون بفقدانه مقعده إذا ثبت ذلك".
""", [
    ev("moi-denial", "وزارة الداخلية في الكويت تحسم الجدل", "2020-07-09", "no own expression; the ministry's denial of Thu 9 Jul 2020 (the URL day; other report: 'اليوم الخميس')"),
    ev("bd-media-reports", "نشرت وسائل إعلام بنغالية أنباء", "2020-07-07", "no own expression; the Bangladeshi reports of the days before the denial (my span 7-9 Jul 2020)", end="2020-07-10"),
    ev("hashtag", "أطلق المغردون وسم #النائب_البنغالي", "2020-07-08", "no own expression; the Kuwaiti hashtag campaign on the eve and the day of the denial (my span 8-9 Jul 2020)", end="2020-07-10"),
    ev("shaheen-tweet", "ودعا عضو مجلس الأمة أسامة الشاهين", "2020-07-08", "no own expression; the MP's call came before the ministry's statement of 9 Jul (my span 8-9 Jul 2020)", end="2020-07-10"),
    ev("seat-threat", "ويهددون بفقدانه مقعده إذا ثبت ذلك", "2020-07-08", "no own expression; the threat voiced in the Bangladeshi parliament on Wed 8 Jul 2020 (another report: 'أمام البرلمان اليوم')"),
])

# ---------------------------------------------------------------- morocco-myanmar-trafficking-victims-freed-2024
S = "morocco-myanmar-trafficking-victims-freed-2024"
FREED = ("2024-06-28", "2024-07-06")  # the last batch of 18, 'جُمعوا خلال أسبوع', announced on Fri 5 Jul 2024
art(S, "https://kaspress.ma/?p=152640",
    "2024-07-05", "date line 'أسماء القاسمي5 يوليو 2024آخر تحديث' under the headline (the date kept as first line, before the headline; the byline dropped); 5 Jul 2024 was a Friday, the day of the families' committee's statement; the repeated headline, the comment form and the comment rules dropped", True, """
5 يوليو 2024
تحرير 25 مغربيا محتجزين في ميانمار من جحيم الاتجار بالبشر وعائلاتهم تشكر الملك
دعت لجنة عائلات ضحايا الاتجار بالبشر في ميانمار السلطات المغربية إلى فتح تحقيق عاجل في ملف "المغاربة المحتجزين بميانمار" وإنصافهم من تجار البشر الذين سلبوهم حريتهم.
وأعلنت اللجنة في بيان لها تحرير 25 مغربيا ومواطن يمني من معسكر احتجاز في ميانمار، ليصل عدد العائدين إلى 49 شخصا منذ انطلاق الجهود الدبلوماسية المغربية.
وبيّنت اللجنة أن الدفعة الأخيرة من المحررين تضم 18 مغربيا جُمعوا خلال أسبوع، وهم حاليا في تايلاند، في حين بقي 4 مغاربة محتجزين في ميانمار "لا يرغبون في العودة".
وشكرت اللجنة الملك محمد السادس على اهتمامه الشخصي بالقضية، وعلى توجيهه الجهات المعنية للعمل على تحرير المواطنين المغاربة.
وطالبت اللجنة بتقديم رعاية صحية ونفسية للضحايا الموجودين في المغرب، ولمن سيلحقون بهم قريبا، داعية إلى عرضهم على "خبرات طبية وشرعية".
""", [
    ev("probe-demand", "دعت لجنة عائلات ضحايا الاتجار بالبشر في ميانمار السلطات المغربية", "2024-07-05", "no own expression; in the committee's statement of Fri 5 Jul 2024 (the date line)"),
    ev("committee-statement", "وأعلنت اللجنة في بيان لها", "2024-07-05", "no own expression; the statement of Fri 5 Jul 2024 (the date line; other reports: 'اليوم الجمعة')"),
    ev("release", "تحرير 25 مغربيا ومواطن يمني", FREED[0], "no own expression; the last batch (18) was freed and gathered in Thailand in the week before the statement of 5 Jul 2024 ('جُمعوا خلال أسبوع'; my span 28 Jun - 5 Jul)", end=FREED[1]),
    ev("thanks-king", "وشكرت اللجنة الملك محمد السادس", "2024-07-05", "no own expression; in the statement of Fri 5 Jul 2024"),
    ev("care-demand", "وطالبت اللجنة بتقديم رعاية صحية ونفسية", "2024-07-05", "no own expression; in the statement of Fri 5 Jul 2024"),
])
art(S, "https://rue20.com/820070.html",
    "2024-07-05", "no stamp or URL date in the stored page: fixed by the body's 'بلاغ صحفي أصدرته اليوم الجمعة' for the families' committee's statement of Fri 5 Jul 2024 (another outlet's date line: '5 يوليو 2024'); the dateline 'زنقة 20 | الرباط' dropped; no date of its own in the text", False, """
أعلنت لجنة عائلات ضحايا الاتجار بالبشر في ميانمار الإفراج عن 25 مغربيا ويمنيا كانوا محتجزين في معسكر بميانمار.
وعبّرت اللجنة عن امتنانها للملك محمد السادس لدعمه وتعاطفه، كما شكرت مصالح وزارة الخارجية على مساعدتها القيّمة في عملية الإفراج.
وفي بلاغ صحفي أصدرته اليوم الجمعة، طالبت اللجنة السفارة المغربية في تايلاند بتوفير مترجم محلف والوثائق الأساسية الضرورية لتيسير الاعتراف الرسمي بضحايا الاتجار بالبشر لدى السلطات التايلاندية.
وإلى جانب الدعم القانوني، دعت اللجنة إلى تقديم الرعاية الطبية والنفسية للضحايا العائدين ولمن ينتظرون العودة إلى المغرب.
وحثت الهيئة السلطات على إجراء تحقيق شامل في ظروف الاتجار بهؤلاء المواطنين وفي الشكاوى التي قدمها ذووهم، من أجل إنصاف الضحايا.
وتشير معطيات إلى أن عدد المغاربة المحتجزين في ميانمار يناهز 200 شخص، تعرضوا في أماكن الاحتجاز لمختلف أشكال التعذيب، فيما تطالب العصابات بدفع فديات لإطلاق سراحهم.
""", [
    ev("release", "الإفراج عن 25 مغربيا ويمنيا", FREED[0], "no own expression; the last batch freed in the week before the statement of 5 Jul 2024 (my span 28 Jun - 5 Jul)", end=FREED[1]),
    ev("thanks-king", "وعبّرت اللجنة عن امتنانها للملك محمد السادس", "2024-07-05", "no own expression; in the statement of Fri 5 Jul 2024"),
    ev("committee-statement", "وفي بلاغ صحفي أصدرته اليوم الجمعة", "2024-07-05", "'اليوم الجمعة' = Fri 5 Jul 2024"),
    ev("care-demand", "دعت اللجنة إلى تقديم الرعاية الطبية والنفسية", "2024-07-05", "no own expression; in the statement of Fri 5 Jul 2024"),
    ev("probe-demand", "وحثت الهيئة السلطات على إجراء تحقيق شامل", "2024-07-05", "no own expression; in the statement of Fri 5 Jul 2024"),
])
art(S, "https://agadirtv.ma/88922.html",
    "2024-07-06", "no stamp or URL date in the stored page: fixed by the body's 'امس الجمعة' for the families' committee's statement of Fri 5 Jul 2024, so Sat 6 Jul 2024; no date of its own in the text", False, """
أعلنت عائلات ضحايا الاتجار بالبشر في ميانمار، امس الجمعة، تحرير 25 مواطنا مغربيا ومواطن يمني، وأكدت في بيانها إصرارها على مواصلة النضال لتحقيق العدالة وتعويض الضحايا وإعادة إدماجهم في المجتمع.
وتوجهت اللجنة بالشكر إلى الملك محمد السادس على اهتمامه وعطفه الأبوي بالقضية، وعلى توجيهاته للمصالح المعنية بأداء واجبها الوطني تجاه المواطنين المغاربة الذين سقطوا ضحايا للاتجار الدولي بالبشر.
وأثنت اللجنة على صمود الشباب المغربي في معسكر الاحتجاز رغم ما تعرضوا له من تعذيب وعنف وتجويع وسوء رعاية صحية وسوء معاملة، وعلى تمسكهم بسلوك مسطرة ضحايا الاتجار بالبشر.
كما نوّهت بجهود وزارة الخارجية والسلطات الأمنية المغربية، وطالبت سفارة الرباط في تايلاند بتوفير مترجم محلف وجميع الوثائق اللازمة لمساعدة الشباب الضحايا في مسطرة تحديد ضحايا الاتجار بالبشر أمام السلطات التايلاندية.
""", [
    ev("committee-statement", "أعلنت عائلات ضحايا الاتجار بالبشر في ميانمار، امس الجمعة", "2024-07-05", "'امس الجمعة' before Sat 6 Jul = Fri 5 Jul 2024"),
    ev("release", "تحرير 25 مواطنا مغربيا ومواطن يمني", FREED[0], "no own expression; the last batch freed in the week before the statement of 5 Jul 2024 (my span 28 Jun - 5 Jul)", end=FREED[1]),
    ev("thanks-king", "وتوجهت اللجنة بالشكر إلى الملك محمد السادس", "2024-07-05", "no own expression; in the statement of Fri 5 Jul 2024"),
    ev("interpreter-demand", "وطالبت سفارة الرباط في تايلاند بتوفير مترجم محلف", "2024-07-05", "no own expression; in the statement of Fri 5 Jul 2024"),
])
art(S, "https://www.almaghreb24.com/%D8%AA%D8%AD%D8%B1%D9%8A%D8%B1-%D9%85%D8%BA%D8%A7%D8%B1%D8%A8%D8%A9-%D9%85%D9%86-%D8%AC%D8%AD%D9%8A%D9%85-%D9%85%D9%8A%D8%A7%D9%86%D9%85%D8%A7%D8%B1/",
    "2024-07-06", "no stamp or URL date in the stored page: fixed by the body's 'أمس الجمعة 05 يوليوز الجاري' for the families' committee's statement, so Sat 6 Jul 2024 (5 Jul 2024 was a Friday); the text names the day before, not its own day: no date of its own in the text", False, """
أعلنت لجنة عائلات ضحايا الاتجار بالبشر في ميانمار، أمس الجمعة 05 يوليوز الجاري، الإفراج عن 25 مغربيا ويمنيا كانوا محتجزين في معسكر بالمناطق الحدودية مع تايلاند.
وأعربت اللجنة عن شكرها للملك محمد السادس على دعمه وتعاطفه، كما شكرت مصالح وزارة الخارجية على مساعدتها القيّمة في الإفراج عن الشبان المغاربة بعد أن قاسوا منذ أسابيع معاناة مريرة في قبضة عصابات بميانمار.
وطالبت اللجنة السفارة المغربية في تايلاند بتمكينها من مترجم محلف والوثائق الأساسية اللازمة لتسهيل الاعتراف الرسمي بضحايا الاتجار بالبشر من قبل السلطات التايلاندية، ودعت إلى تقديم الدعم الطبي والنفسي للضحايا المحررين ولمن ينتظرون العودة إلى المغرب.
وحثت الهيئة السلطات على فتح تحقيق شامل في ظروف الاتجار بهؤلاء المواطنين وفي الشكاوى التي قدمها ذووهم، بغية إنصاف الضحايا.
وكانت شبكات إجرامية متخصصة في الاتجار بالبشر تنشط في المناطق الحدودية لميانمار قد احتجزت مغاربة، بعد أن أوهمتهم بعقود عمل في شركات دولية للتجارة الإلكترونية مقابل أجور مغرية.
""", [
    ev("committee-statement", "أمس الجمعة 05 يوليوز الجاري", "2024-07-05", "'أمس الجمعة 05 يوليوز الجاري' = Fri 5 Jul 2024"),
    ev("release", "الإفراج عن 25 مغربيا ويمنيا", FREED[0], "no own expression; the last batch freed in the week before the statement of 5 Jul 2024 (my span 28 Jun - 5 Jul)", end=FREED[1]),
    ev("interpreter-demand", "بتمكينها من مترجم محلف", "2024-07-05", "no own expression; in the statement of Fri 5 Jul 2024"),
    ev("probe-demand", "وحثت الهيئة السلطات على فتح تحقيق شامل", "2024-07-05", "no own expression; in the statement of Fri 5 Jul 2024"),
    ev("ordeal", "قاسوا منذ أسابيع معاناة مريرة", "2024-05-01", "'منذ أسابيع': the captivity in the Myawaddy camps in the weeks before the release (the families' campaign began in spring 2024; my loose span May - 5 Jul 2024)", end="2024-07-06"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 251)
                            if i != 201 and i != 248 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

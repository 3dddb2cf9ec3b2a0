"""Builds stories.jsonl: the 224-th evaluation set of real Arabic news stories (several
articles per story, from different outlets, published on different days), bodies re-worded sentence by
sentence, every date/time expression kept verbatim, gold events keyed across each story (same format
and checks as tests/realnews/stories120/make_stories.py). Domain: records and firsts (Guinness world
records set in Arab countries, first-of-their-kind surgeries): the world's largest iftar table in Beirut
(Lebanon, 2026), the Tutankhamun coffee-cup mosaic at the Grand Egyptian Museum (Egypt, 2019), the first
heart transplant of the Mohammed VI university hospital in Marrakech (Morocco, 2015), and the largest
plate of hummus in Beirut (Lebanon, 2009). None of these stories is in the dev set or the other
tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- lebanon-beirut-largest-iftar-guinness-2026
S = "lebanon-beirut-largest-iftar-guinness-2026"
IFTAR = "2026-02-21"  # the iftar at the BIEL centre, Beirut, at sunset on Saturday 21 February 2026
art(S, "https://www.almsryalaan.com/article/58364/لبنان-ينظم-أكبر-مائدة-إفطار-في-العالم",
    "2026-02-21", "page stamp 'السبت، 21 فبراير 2026 09:43 م' under the headline (kept as first line, before the headline); 21 Feb 2026 was a Saturday, the evening of the iftar; the site header 'السبت، 21 فبراير 2026 11:12 م', the repeated headline and the caption 'أكبر مائدة إفطار رمضانية في لبنان' dropped; the excerpt ends after the sentence on the 5800 participants", True, """
السبت، 21 فبراير 2026 09:43 م
لبنان يقيم أكبر مائدة إفطار في العالم سعيًا لدخول موسوعة جينيس للأرقام القياسية
في حدث لافت من نوعه، احتضن لبنان أكبر مائدة إفطار جماعية في العالم، برعاية رئيس الحكومة نواف سلام، بغية دخول موسوعة "غينيس" للأرقام القياسية.
وأقيم الحدث في مركز البيال بالعاصمة بيروت، بحضور جماهيري فاق 5 آلاف شخص، إلى جانب مشاركة كبيرة من المتطوعين القادمين من مختلف المناطق اللبنانية.
وأوضحت فدى سويد رمضان، ممثلة جمعية "أجيالنا"، أن غاية المبادرة جمع اللبنانيين من الشمال إلى الجنوب ومن الشرق إلى الغرب حول مائدة إفطار واحدة، تعزيزا للروابط الاجتماعية وتأكيدا لوحدة البلاد في الشهر الكريم.
وأشارت رمضان إلى أن الجمعية شرعت في التحضيرات منذ أسابيع بالتنسيق مع رئاسة الحكومة، مع الحرص على تنظيم الحدث بما يكفل راحة الحضور وسلامتهم ويستوفي شروط موسوعة غينيس لضمان تسجيل الرقم القياسي رسميًا.
وشارك في المائدة الرمضانية نحو 5800 شخص من مختلف محافظات لبنان.
""", [
    ev("iftar-held", "احتضن لبنان أكبر مائدة إفطار جماعية في العالم", IFTAR, "no own expression; the iftar of the evening of Sat 21 Feb 2026, the day of the stamp (another report: 'مساء السبت')"),
    ev("organizer-remarks", "وأوضحت فدى سويد رمضان، ممثلة جمعية \"أجيالنا\"", IFTAR, "no own expression; Fida Sweid Ramadan spoke to the press at the iftar, Sat 21 Feb 2026"),
    ev("preparations", "شرعت في التحضيرات منذ أسابيع", "2026-01-24", "'منذ أسابيع' before Sat 21 Feb 2026: the weeks of preparation (my span 24 Jan - 21 Feb)", end="2026-02-22"),
])
art(S, "https://yallasyrianews.com/a/97028",
    "2026-02-22", "an aggregator copy of a zamanalwsl item; the stored page says it was fetched from the source 'بتاريخ ٢٢ شباط ٢٠٢٦' (Sun 22 Feb 2026), and the body's 'مساء السبت' (the iftar of Sat 21 Feb) agrees; the aggregator's note on the source and its disclaimer dropped (so no date of its own in the text); the excerpt ends in the middle of Dada's quote to Anadolu, cut before it", False, """
لبنان يسعى إلى دخول غينيس بـ"أكبر مائدة إفطار رمضاني" تضم 5700 صائم وتجسد وحدة اللبنانيين
احتضنت العاصمة اللبنانية بيروت، مساء السبت، "أكبر مائدة إفطار رمضاني" في العالم، إذ التف حولها أكثر من 5700 صائم من مختلف المناطق والفئات الاجتماعية، في مبادرة ترمي إلى دخول موسوعة غينيس للأرقام القياسية.
وأقامت جمعية "أجيالنا" اللبنانية الأهلية هذه المائدة الضخمة في معرض "البيال" على الواجهة البحرية لبيروت، برعاية رئيس الحكومة نواف سلام، ويطمح المنظمون من خلالها إلى تجسيد "وحدة اللبنانيين"، إلى جانب تحقيق الرقم القياسي العالمي.
وضم الإفطار صائمين بينهم أيتام وعائلات لبنانية وفلسطينية، فضلا عن متطوعين من مدارس وجامعات وجمعيات أهلية، في دلالة على التنوع والشمول اللذين أرادتهما المبادرة.
وشددت لينا الزعيم دادا، رئيسة الجمعية المنظمة، على أن المبادرة تهدف أساسا إلى "تجسيد فكرة وحدة اللبنانيين"، وذلك في تصريح لوكالة "الأناضول".
""", [
    ev("iftar-held", "احتضنت العاصمة اللبنانية بيروت، مساء السبت", IFTAR, "'مساء السبت' = the evening of Sat 21 Feb 2026, the day before the copy"),
    ev("dada-remarks", "وشددت لينا الزعيم دادا، رئيسة الجمعية المنظمة", IFTAR, "no own expression; Lina Zaim Dada spoke to Anadolu at the iftar, Sat 21 Feb 2026"),
])
art(S, "https://www.aljazeera.net/misc/2026/2/23/%D9%84%D8%A8%D9%86%D8%A7%D9%86-%D9%8A%D8%AF%D8%AE%D9%84-%D8%B3%D8%A8%D8%A7%D9%82-%D8%BA%D9%8A%D9%86%D9%8A%D8%B3-%D8%A8%D8%A3%D8%B7%D9%88%D9%84-%D9%85%D8%A7%D8%A6%D8%AF%D8%A9",
    "2026-02-23", "date in the URL '/2026/2/23/' (Mon 23 Feb 2026) and the stored page's date 2026-02-23; no date of its own in the text; no headline in the stored text; the last sentence cut where the stored text breaks off ('بما يجعلها واحدة من أبرز ...')", False, """
في مشهد رمضاني لافت، أقام لبنان أكبر مائدة إفطار جماعي في العالم في العاصمة بيروت، سعيا لدخول موسوعة غينيس للأرقام القياسية، بمشاركة آلاف الصائمين من مناطق وفئات اجتماعية مختلفة.
ونظمت جمعية "أجيالنا" اللبنانية الأهلية المائدة الضخمة في معرض "البيال" المطل على الواجهة البحرية لبيروت، تحت رعاية رئيس الحكومة نواف سلام، وجلس إليها أكثر من 5700 صائم، بينهم أيتام وعائلات لبنانية وفلسطينية ومتطوعون من مدارس وجامعات وجمعيات أهلية.
وقالت فدى سويد رمضان من الجمعية المنظمة للفعالية إن "الغاية من المبادرة ليست تسجيل رقم عالمي جديد فحسب، بل أيضا جمع اللبنانيين من أقصى الشمال إلى أقصى الجنوب ومن الشرق إلى الغرب حول مائدة واحدة في رمضان المبارك".
وامتدت الدعوات إلى فئات المجتمع كافة، ومنها الأيتام وكبار السن والعائلات المحتاجة، فيما أسهم في التنظيم قرابة 700 متطوع من مختلف المناطق اللبنانية، بهدف إبراز روح التضامن والتكاتف بين المواطنين في شهر الصيام.
""", [
    ev("iftar-held", "أقام لبنان أكبر مائدة إفطار جماعي في العالم", IFTAR, "no own expression; the iftar of Sat 21 Feb 2026 (other reports: 'مساء السبت', a stamp of 21 Feb)"),
    ev("organizer-remarks", "وقالت فدى سويد رمضان من الجمعية المنظمة للفعالية", IFTAR, "no own expression; her words at the iftar, Sat 21 Feb 2026 (the same statement in the stamped report of that evening)"),
    ev("volunteers", "أسهم في التنظيم قرابة 700 متطوع", "2026-02-14", "no own expression; the volunteers' work up to and at the iftar of Sat 21 Feb 2026 (my span 14-21 Feb)", end="2026-02-22"),
])
art(S, "https://www.tayyar.org/News/Lebanon/706841/_guid=706841",
    "2026-02-26", "page stamp '26 February 2026' under the headline (kept verbatim as first line, before the headline) and the stored page's date 2026-02-26 (a Thursday); a reprint of a Asharq Al-Awsat report: '1 min ago', 'source: الشرق الأوسط' and the byline 'فيفيان حداد -' dropped; the last sentence cut where the stored text breaks off ('وعند موعد الإف...')", True, """
26 February 2026
لبنان يسجّل رقماً قياسياً في «غينيس» بأكبر مائدة إفطار جماعية
سجّل لبنان رقماً قياسياً جديداً في موسوعة «غينيس» بإقامته أكبر مائدة إفطار في العالم، بطول بلغ 3255.8 متر.
وتولت جمعية «أجيالنا» تنظيم الحدث، بعدما كانت قد كسرت رقماً قياسياً مماثلاً قبل نحو 10 أعوام.
واحتضن مركز «بيال» للمعارض في وسط بيروت النشاط، إذ تحلّق نحو 5800 شخص حول مائدة واحدة لتناول إفطار موحّد من الحساء والسلطات وطبق الأرز مع الدجاج.
وأوضحت رولا عبود من جمعية «أجيالنا»، في حديث لـ«الشرق الأوسط»، أن هدف النشاط لم يقتصر على تسجيل رقم قياسي، بل شمل أيضاً توجيه رسالة اجتماعية تعكس روح التضامن في لبنان، ولذلك ضمت المائدة محتاجين وعدداً من دور الأيتام من بيروت والبقاع والجنوب والشمال.
واضطر المنظمون إلى توثيق مراحل التحضير خطوة خطوة، لأن ممثل موسوعة «غينيس» لم يتمكن من الحضور إلى لبنان للإشراف على المسابقة بنفسه.
""", [
    ev("guinness-record", "سجّل لبنان رقماً قياسياً جديداً في موسوعة «غينيس»", IFTAR, "no own expression; the record table of Sat 21 Feb 2026, documented for the Guinness judges who were not present; its acceptance fell between the iftar and this report of Thu 26 Feb (my span 21-26 Feb)", end="2026-02-27"),
    ev("previous-record", "كسرت رقماً قياسياً مماثلاً قبل نحو 10 أعوام", "2016-01-01", "'قبل نحو 10 أعوام' before 2026 = about 2016; the association's earlier record table (2184 m, under PM Saad Hariri) is not dated in the stored pages (my loose span 2016-2017)", end="2018-01-01"),
    ev("iftar-held", "واحتضن مركز «بيال» للمعارض في وسط بيروت النشاط", IFTAR, "no own expression; the iftar of Sat 21 Feb 2026"),
    ev("abboud-interview", "وأوضحت رولا عبود من جمعية «أجيالنا»", "2026-02-22", "no own expression; her talk to Asharq Al-Awsat after the iftar and before this reprint of Thu 26 Feb 2026 (my span 22-26 Feb)", end="2026-02-27"),
    ev("documentation", "توثيق مراحل التحضير خطوة خطوة", "2026-02-14", "no own expression; the filming of the preparations and of the iftar itself, up to Sat 21 Feb 2026 (my span 14-21 Feb)", end="2026-02-22"),
])

# ---------------------------------------------------------------- egypt-gem-coffee-cup-mosaic-guinness-2019
S = "egypt-gem-coffee-cup-mosaic-guinness-2019"
GEM = "2019-12-28"  # the record ceremony at the Grand Egyptian Museum, Saturday 28 December 2019
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=18213221",
    "2019-12-28", "no stamp or URL date in the stored page: fixed by the body's 'ستقام صباح اليوم السبت' for the Guinness ceremony at the Grand Egyptian Museum, held on Sat 28 Dec 2019 (another outlet: 'في تصريح اليوم السبت'; an English report: 'on December 28th'); so a morning item of Sat 28 Dec 2019; the last sentence cut where the stored text breaks off ('وهذه المرة سيكون ت...')", False, """
كشفت مصادر مطلعة في قطاع الآثار تفاصيل الاحتفالية المقررة صباح اليوم السبت في المتحف المصري الكبير، حيث يستضيف موسوعة "جينيس" للأرقام القياسية لتسجيل رقم قياسي جديد باسم مصر، عبر رسم صورة قناع الملك توت عنخ آمون بأكواب القهوة في البهو الخارجي للمتحف أمام الهرم الزجاجي.
وذكرت المصادر أن الاحتفالية تندرج ضمن جهود وزارة السياحة والآثار للترويج للمتحف المصري الكبير والتعريف به، إذ يرسم عدد من شباب الفنانين المصريين قناع توت عنخ آمون بالقهوة على مساحة تقارب 60 مترا مربعا.
وأضافت المصادر أن الحدث سيقام في منطقة المطاعم المفتوحة، وسيتخلله عزف مقطوعة موسيقية على آلة الهارب، التي اختيرت لأنها أبرز آلة موسيقية عرفها المصري القديم، كما سيؤدي عدد من ذوي القدرات الخاصة أغاني وطنية في حب مصر.
وأوضحت المصادر أن موسوعة جينيس ستسجل الرقم الجديد الذي سيتحقق برسم القناع باستخدام 7260 كوب قهوة، وقد اختيرت القهوة رمزا لمحبة المتحف لزواره وترحيبه بهم.
وسبق أن سجلت جينيس لوحتين مرسومتين بالقهوة، الأولى في سيدني بأستراليا، واستُخدم فيها 3604 أكواب قهوة لرسم لوحة الموناليزا الشهيرة، والثانية في هونولولو بأمريكا باستخدام 5642 كوب قهوة.
""", [
    ev("ceremony", "الاحتفالية المقررة صباح اليوم السبت", GEM, "'صباح اليوم السبت' = the morning of Sat 28 Dec 2019"),
    ev("guinness-registration", "موسوعة جينيس ستسجل الرقم الجديد", GEM, "no own expression; the record announced at the ceremony of Sat 28 Dec 2019 (the other reports)"),
    ev("music-show", "وسيتخلله عزف مقطوعة موسيقية على آلة الهارب", GEM, "no own expression; part of the ceremony of Sat 28 Dec 2019"),
    ev("previous-record", "والثانية في هونولولو بأمريكا باستخدام 5642 كوب قهوة", "2012-01-01", "no own expression; the Honolulu coffee-cup mosaic of 2012 (outside knowledge: a later Al-Masry Al-Youm review, 'في العام 2012 بمدينة هونولولو'; my span the year 2012)", end="2013-01-01"),
])
art(S, "https://darelhilal.com/News/604800.aspx",
    "2019-12-28", "no stamp or URL date in the stored page: fixed by the body's 'في تصريح اليوم السبت' for Mostafa Waziri's statement at the ceremony of Sat 28 Dec 2019 (the record was set that day); no date of its own in the text; the last sentence cut where the stored text breaks off ('وتضمنت الا...')", False, """
نجحت مصر في تسجيل رقم قياسي جديد في موسوعة "جينيس" للأرقام القياسية برسم صورة قناع الملك توت عنخ آمون بأكواب القهوة، مستخدمة 7260 كوبا على مساحة 60 مترا، خلال احتفالية كبرى في البهو الخارجي للمتحف المصري الكبير.
وأكد الدكتور مصطفى وزيري، الأمين العام للمجلس الأعلى للآثار، في تصريح اليوم السبت، أن "جينيس" مؤسسة دولية، وأن تحطيم مصر للرقم القياسي داخل المتحف وارتباطه بصورة أحد ملوك الحضارة المصرية القديمة العظام يمثل ترويجا عالميا كبيرا للمتحف المقرر افتتاحه نهاية عام 2020، لافتا إلى أن الرقم السابق الذي جرى كسره كان 4700 كوب لرسم الفنان الراحل (الفيس بريسلي).
من جانبها، قالت غادة شلبي، نائب وزير السياحة والآثار لشئون السياحة، إن هذا الحدث المهم يسهم في الترويج للمتحف المصري الكبير، أعظم مشروع ثقافي تنفذه مصر حاليا، وفي تنشيط السياحة إليها.
بدوره، أبدى طلال عمر، المدير الإقليمي لموسوعة "جينيس"، سعادته بزيارة المتحف الكبير وإعلان تسجيل أكبر لوحة فيه، موضحا أن الاختيار وقع على 4 أنواع من القهوة لأنها مشروب الترحيب، وأن أطفالا وذوي احتياجات خاصة ومتطوعين شاركوا في تنفيذ اللوحة.
""", [
    ev("guinness-registration", "نجحت مصر في تسجيل رقم قياسي جديد", GEM, "no own expression; the record of Sat 28 Dec 2019, the day of the statement ('اليوم السبت')"),
    ev("ceremony", "خلال احتفالية كبرى في البهو الخارجي للمتحف المصري الكبير", GEM, "no own expression; the ceremony of Sat 28 Dec 2019"),
    ev("waziri-statement", "في تصريح اليوم السبت", GEM, "'اليوم السبت' = Sat 28 Dec 2019"),
    ev("talal-omar-remarks", "أبدى طلال عمر، المدير الإقليمي لموسوعة \"جينيس\"", GEM, "no own expression; his words at the ceremony of Sat 28 Dec 2019"),
])
art(S, "https://youm7.com/story/2019/12/29/س-وج-كل-ما-تريد-معرفته-عن-تسجيل-رسم-قناع/4564197",
    "2019-12-29", "date in the URL '/2019/12/29/' (Sun 29 Dec 2019, the day after the ceremony); no date of its own in the text; a question-and-answer item: the question marks 'س/' and 'ج:' kept; the last sentence cut where the stored text breaks off ('والثانية تمت باستخدام 5642 كوب ق...'); the source's slip (the former record of 5642 cups called a Mona Lisa) kept", False, """
أقام المتحف المصري الكبير احتفالية لتسجيل رقم قياسي جديد باسم مصر في موسوعة جينيس، من خلال رسم صورة قناع الملك توت عنخ آمون بأكواب القهوة، وأقيمت الاحتفالية في البهو الخارجي للمتحف أمام الهرم الزجاجي، بحضور الدكتور مصطفى وزيري الأمين العام للمجلس الأعلى للآثار، وغادة شلبي نائب وزير السياحة والآثار لشئون السياحة، واللواء عاطف مفتاح المشرف العام على مشروع المتحف المصري الكبير والمنطقة المحيطة به.
س/ ما رسم قناع توت عنخ آمون الذي دخل جينيس؟
ج: هو رسم لقناع الملك توت عنخ آمون الذهبي الشهير بـ7260 فنجان قهوة، سُجل في موسوعة جينيس بوصفه أكبر رسم بالفناجين، على مساحة تقارب 60 مترًا مربعًا، ونفذته مجموعة من شباب الفنانين المصريين.
س/ ما الرقم القياسي السابق لرسم قناع توت عنخ آمون؟
ج: كان الرقم السابق 5642 فنجان قهوة، في رسم لوحة الموناليزا الشهيرة لفنان عصر النهضة ليوناردو دافنشي في أمريكا.
س/ ما اللوحات التي سجلتها الموسوعة قبل قناع توت عنخ آمون؟
ج: سجلت جينيس مرتين لوحة مرسومة بالقهوة، الأولى في سيدني بأستراليا، واستُخدم فيها 3604 أكواب قهوة لرسم لوحة الموناليزا الشهيرة.
""", [
    ev("ceremony", "أقام المتحف المصري الكبير احتفالية", GEM, "no own expression; the ceremony of Sat 28 Dec 2019, the day before the URL date"),
    ev("guinness-registration", "سُجل في موسوعة جينيس", GEM, "no own expression; the record of Sat 28 Dec 2019"),
    ev("previous-record", "كان الرقم السابق 5642 فنجان قهوة", "2012-01-01", "no own expression; the 5642-cup record set in Honolulu in 2012 (outside knowledge; my span the year 2012)", end="2013-01-01"),
])
art(S, "https://alamirkamalfarag.com/show_all_news_city.php?cat=646&id=2121",
    "2019-12-31", "page stamp 'تاريخ الإضافة: 2019-12-31' at the end of the item (kept as first line, moved before the text); 31 Dec 2019 was a Tuesday; the view counter and the comment count dropped", True, """
تاريخ الإضافة: 2019-12-31
رعت وزارة السياحة والآثار المصرية حدثا كبيرا في المتحف المصري الكبير، المنتظر افتتاحه قريبًا، لتسجيل رقم قياسي جديد في موسوعة غينيس لأكبر فسيفساء صُنعت من 7260 فنجان قهوة، تحاكي قناع توت عنخ آمون الشهير.
وأورد تقرير نشرته "صوت أمريكا" أن "الحدث نُظم في المتحف الذي يضم التابوت والمجموعة الثمينة من مقبرة توت عنخ آمون، وكلها تُعد القطع الأساسية للمتحف الجديد الذي ستفتتحه مصر العام المقبل قرب أهرامات الجيزة".
ويقول المنظمون إن إنجاز الصورة استغرق نحو 12 ساعة، واستُخدم فيه 7260 كوبًا من البلاستيك و65 كجم من القهوة و1000 لتر من الحليب و3000 لتر من الماء.
ونظمت الحدث شركة توت كوفي بالتعاون مع سلطات الآثار المصرية، وبمشاركة أشخاص من ذوي الإعاقة متطوعين.
وللوفاء بمتطلبات غينيس، وُزعت أكواب القهوة على آلاف العمال في موقع المتحف المصري الكبير تفاديا لإهدار الموارد المستخدمة في الصورة، بحسب المنظمين.
""", [
    ev("ceremony", "رعت وزارة السياحة والآثار المصرية حدثا كبيرا", GEM, "no own expression; the ceremony of Sat 28 Dec 2019"),
    ev("guinness-registration", "لتسجيل رقم قياسي جديد في موسوعة غينيس", GEM, "no own expression; the record of Sat 28 Dec 2019"),
    ev("voa-report", "وأورد تقرير نشرته \"صوت أمريكا\"", GEM, "no own expression; the VOA report came between the ceremony and this item of Tue 31 Dec 2019 (my span 28-31 Dec)", end="2020-01-01"),
    ev("mosaic-assembly", "إنجاز الصورة استغرق نحو 12 ساعة", GEM, "no own expression; the cups were set out from about 1 a.m. on Sat 28 Dec 2019 for about twelve hours (outside knowledge: an English report)"),
    ev("cups-distributed", "وُزعت أكواب القهوة على آلاف العمال", GEM, "no own expression; after the count on Sat 28 Dec 2019 (my span 28-29 Dec)", end="2019-12-30"),
])

# ---------------------------------------------------------------- morocco-marrakech-first-heart-transplant-2015
S = "morocco-marrakech-first-heart-transplant-2015"
NIGHT = ("2015-10-13", "2015-10-15")  # the transplants of the night of Tuesday 13 to Wednesday 14 October 2015
art(S, "https://www.almarrakchia.net/%D8%A3%D8%B3%D8%B1%D8%A9-%D8%A8%D9%85%D8%B1%D8%A7%D9%83%D8%B4-%D8%AA%D8%AA%D8%A8%D8%B1%D8%B9-%D8%A8%D9%82%D9%84%D8%A8-%D8%B7%D9%81%D9%84%D8%AA%D9%87%D8%A7-%D9%88%D9%83%D8%A8%D8%AF%D9%87%D8%A7-%D9%88%D8%B9%D9%8A%D9%86%D9%8A%D9%87%D8%A7-%D9%84%D9%85%D8%B1%D8%B6%D9%89-%D8%A8%D8%B9%D8%AF-%D9%88%D9%81%D8%A7%D8%AA%D9%87%D8%A7_a10570.html",
    "2015-10-16", "page stamp 'حرر بتاريخ 16/10/2015' under the headline (kept as first line, before the headline); 16 Oct 2015 was a Friday (the readers' comments below are stamped 16/10/2015 10:07 and 11:09); the name of the site 'المراكشية', the comments and the site menu dropped", True, """
حرر بتاريخ 16/10/2015
أسرة بمراكش تهب قلب طفلتها وكبدها وعينيها لمرضى بعد وفاتها
تبرعت أسرة طفلة من مدينة مراكش، تبلغ من العمر 13 سنة، بأربعة أعضاء من جسدها لفائدة أربعة أشخاص، بعد أن فارقت الحياة في المستشفى الجامعي بمراكش إثر حادثة سير مميتة.
ووهبت الأسرة القرنيتين والكبد والكليتين وقلب طفلتها الراحلة، ومنحت بذلك أربعة أشخاص آخرين فرصة مواصلة الحياة، عبر عمليات زرع تكللت بالنجاح على يد طاقم طبي متخصص.
ويُعد هذا التبرع الأول من نوعه على مستوى مراكش، إذ إن أغلب من أقدموا على هذه الخطوة لم يتبرعوا بأكثر من عضو واحد، في حين تُعد مبادرة أسرة هذه الطفلة فريدة، وقد انعكست إيجابا على نفسية المستفيدين من التبرع.
وأشار المتحدث ذاته إلى أن عمليات القلب والكلية والقرنيتين جرت بإشراف طاقم طبي مغربي من المستشفى الجامعي محمد السادس، بينما أشرف جراح فرنسي على عملية زرع الكبد، واصفا حالة المرضى بالمستقرة.
""", [
    ev("donation", "تبرعت أسرة طفلة من مدينة مراكش", "2015-10-12", "no own expression; the family's consent came after the girl's brain death and before the transplants of the night of Tue 13 - Wed 14 Oct 2015 (my span 12-13 Oct)", end="2015-10-14"),
    ev("transplants", "عبر عمليات زرع تكللت بالنجاح", NIGHT[0], "no own expression; the transplants of the night of Tue 13 - Wed 14 Oct 2015 (another report: 'ليلة 13 - 14 أكتوبر الجاري')", end=NIGHT[1]),
    ev("heart-transplant", "عمليات القلب والكلية والقرنيتين", NIGHT[0], "no own expression; the heart transplant of the night of Tue 13 - Wed 14 Oct 2015 (another report: 'ليلة الثلاثاء الماضي'); the kidney and cornea grafts of the same night", end=NIGHT[1]),
    ev("liver-transplant", "أشرف جراح فرنسي على عملية زرع الكبد", NIGHT[0], "no own expression; the liver transplant of the same night, 13-14 Oct 2015", end=NIGHT[1]),
])
art(S, "https://alyaoum24.com/401015.html",
    "2015-10-17", "page stamp '17 أكتوبر 2015 - 17:28' under the headline (not kept, so no date of its own in the text); 17 Oct 2015 was a Saturday; the body's 'ليلة الثلاثاء الماضي' (the night of Tue 13 Oct) agrees; the last sentence cut where the stored text breaks off ('بينما تمت عملية زرع الكبد...')", False, """
نجاح عملية زرع قلب لطفلة بمراكش
نجح فريق مغربي يضم أطرا متخصصة بالمستشفى الجامعي محمد السادس بمدينة مراكش في إجراء عملية زراعة قلب، هي الأولى من نوعها، لطفلة في الرابعة عشرة كانت تعاني من مشاكل في عضلة القلب، بعد أن تبرعت لها طفلة في حالة موت دماغي.
وأفاد بلاغ للجنة زرع القلب بالمركز الاستشفائي محمد السادس، حصل "اليوم24" على نسخة منه، بأن العملية التي أجريت ليلة الثلاثاء الماضي مرت في ظروف جيدة، وأن صحة الطفلة البالغة 14 سنة، المصابة باعتلال في عضلة القلب، تتحسن باستمرار تحت مراقبة الأطباء المشرفين على العملية.
وأضاف البلاغ أن إجراء عملية زرع القلب سيفتح لا محالة آفاقا لتطوير هذا الصنف من العمليات في المغرب، وللارتقاء بمستوى الخدمات العلاجية عموما.
وأشار إلى أن المركز أشرف كذلك على عمليات زرع أعضاء وأنسجة من متبرعة في حالة موت دماغي استفاد منها شابان، كما نجح الفريق الطبي في زرع الكليتين لطفل بمراكش وشاب بالدار البيضاء يعانيان من فشل كلوي.
ويشار إلى أن هذه الأسرة تبرعت بالقرنيتين والكبد والكليتين وقلب طفلتها الراحلة، لتمنح بذلك فرصة الحياة لستة أشخاص.
""", [
    ev("heart-transplant", "العملية التي أجريت ليلة الثلاثاء الماضي", NIGHT[0], "'ليلة الثلاثاء الماضي' before Sat 17 Oct = the night of Tue 13 to Wed 14 Oct 2015 (another report: 'ليلة 13 - 14 أكتوبر الجاري')", end=NIGHT[1]),
    ev("committee-statement", "وأفاد بلاغ للجنة زرع القلب", "2015-10-14", "no own expression; the heart-transplant committee's communique came after the night of 13-14 Oct and before the first reports of Fri 16 Oct (my span 14-16 Oct)", end="2015-10-17"),
    ev("transplants", "عمليات زرع أعضاء وأنسجة من متبرعة في حالة موت دماغي", NIGHT[0], "no own expression; the other transplants of the same night, 13-14 Oct 2015", end=NIGHT[1]),
    ev("donation", "تبرعت بالقرنيتين والكبد والكليتين وقلب طفلتها الراحلة", "2015-10-12", "no own expression; the family's consent before the transplants of the night of 13-14 Oct 2015 (my span 12-13 Oct)", end="2015-10-14"),
])

# ---------------------------------------------------------------- lebanon-beirut-largest-hummus-guinness-2009
S = "lebanon-beirut-largest-hummus-guinness-2009"
HUMMUS = "2009-10-24"  # the hummus plate of the festival in Beirut's Souk al-Saifi, Saturday 24 October 2009
art(S, "https://sabeel.co.il/article/1670",
    "2009-10-24", "no stamp or URL date in the stored page: fixed by the body's 'اليوم السبت' for the festival «الحمّص لبناني والتبّولة كمان» and its 'غداً الأحد' for the tabbouleh plate; the hummus plate was made on Sat 24 Oct 2009 (another outlet, stamped the next day: 'مساء السبت'); so Sat 24 Oct 2009; no date of its own in the text; the last sentence's caption-like tail ('الشيف رمزي اشرف...') dropped", False, """
خاض لبنان وإسرائيل اليوم السبت جولة جديدة من حرب فريدة من نوعها، انتصر فيها لبنان بطنّين من حبوب الحمص أدخلتاه موسوعة غينيس للأرقام القياسية.
وحطّم لبنان بذلك الرقم الذي سجلته إسرائيل قبل نحو عامين، حين أعدت أكبر صحن حمص بوزن 800 كيلوغرام.
وإذا كانت حرب المطبخ بين البلدين تدور حول ملكية الحمص وهويته، فقد قرر لبنان، ممثلا بجمعية الصناعيين اللبنانيين ونقابة أصحاب الصناعات الغذائية والشركة الدولية للمعارض وبرعاية وزارة الصناعة، إقامة مهرجان رسمي اليوم السبت تحت عنوان "الحمّص لبناني والتبّولة كمان"، يُصنع خلاله أكبر صحن حمص في العالم بزنة 2000 كيلوغرام، على أن يُصنع في اليوم التالي، أي غداً الأحد، أكبر صحن للتبولة يُتوقع أن تبلغ زنته 3000 كيلوغرام.
وكان رئيس جمعية الصناعيين في لبنان فادي عبود قد أكد في أكثر من مناسبة أن لبنان تكبّد خسائر مادية فادحة جراء استهلاك ما يزيد على 500 ألف صحن حمص يوميا في أهم عواصم العالم، من لندن إلى باريس ونيويورك، من تصدير إسرائيلي.
""", [
    ev("hummus-record", "انتصر فيها لبنان بطنّين من حبوب الحمص", HUMMUS, "'اليوم السبت' = Sat 24 Oct 2009"),
    ev("israeli-record", "الرقم الذي سجلته إسرائيل قبل نحو عامين", "2007-06-01", "'قبل نحو عامين' before Oct 2009 = about late 2007; the Israeli plate is not dated in the stored pages (my loose span Jun 2007 - May 2008)", end="2008-06-01"),
    ev("festival", "إقامة مهرجان رسمي اليوم السبت", HUMMUS, "'اليوم السبت' = Sat 24 Oct 2009 (the festival ran over two days, the hummus on Saturday)"),
    ev("tabbouleh-plate", "أي غداً الأحد، أكبر صحن للتبولة", "2009-10-25", "'غداً الأحد' = Sun 25 Oct 2009 (the tabbouleh plate was made that day, outside knowledge: Reuters, 'دخل لبنان يوم الاحد ... بأكبر طبق من التبولة')"),
])
art(S, "http://saidawy.com/744",
    "2009-10-25", "page stamp 'تاريخ النشر: 09/10/25' under the headline (kept as first line, before the headline), read as 2009/10/25 (yy/mm/dd), Sun 25 Oct 2009, the day after the Saturday record; the body's 'مساء السبت' agrees (the day-first reading, 9 Oct 2025, would not fit the report); the rubric, the view counter, the font buttons and the image name '7omous' dropped; the last sentence cut where the stored text breaks off ('وكان المنظمون اعلنوا في ...')", True, """
تاريخ النشر: 09/10/25
لبنان دخل "غينيس" بصحن حمص بلغ وزنه 2056 كيلوغراما
دخل لبنان مساء السبت موسوعة "غينيس" للأرقام القياسية بـ"صحن حمص بالطحينة" بلغ وزنه 2056 كيلوغراما، خلال مهرجان أقيم تحت خيم بيضاء في منطقة سوق الصيفي وسط بيروت، بحضور وزير السياحة إيلي ماروني والنائب عمار حوري ومسؤولين عن موسوعة غينيس ورئيس جمعية الصناعيين فادي عبود وعضو مجلس إدارة الجمعية رامز نادر، وحشد كبير من اللبنانيين والأجانب، إلى جانب مراسلي وسائل إعلام لبنانية وعربية وأجنبية.
وأعد نحو 250 طباخا لبنانيا مع مساعديهم أكبر صحن حمص مستخدمين أكثر من طنين من الحمص، في تحد يحمل طابعا غذائيا ووطنيا في آن واحد.
وحضر ممثل لمؤسسة غينيس إلى جانب مئات المشاهدين للتثبت من تحقيق هذا الرقم القياسي، الذي تحقق بمزج 1350 كيلوغراما من الحمص المطحون و400 لتر من عصير الليمون الحامض مع الملح والطحينة والثوم في طبق عملاق.
ثم تحلّق الطباخون حول الطبق المزيّن بالأرزة الخضراء، رمز لبنان، ورفعوا أصواتهم بالنشيد اللبناني ورقصوا الدبكة.
""", [
    ev("hummus-record", "دخل لبنان مساء السبت موسوعة \"غينيس\"", HUMMUS, "'مساء السبت' = the evening of Sat 24 Oct 2009"),
    ev("festival", "خلال مهرجان أقيم تحت خيم بيضاء", HUMMUS, "no own expression; the festival of Sat 24 Oct 2009 in Souk al-Saifi"),
    ev("guinness-check", "وحضر ممثل لمؤسسة غينيس", HUMMUS, "no own expression; at the festival, Sat 24 Oct 2009"),
    ev("dabke", "ورفعوا أصواتهم بالنشيد اللبناني ورقصوا الدبكة", HUMMUS, "no own expression; after the weighing, the evening of Sat 24 Oct 2009"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 225)
                            if i != 201 and i != 224 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

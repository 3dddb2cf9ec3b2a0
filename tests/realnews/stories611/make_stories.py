"""Builds stories.jsonl: the 611-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: lost and found: missing children or elderly people found
after searches, and kidnappings for ransom solved by police (Iraq, Egypt, Algeria, Jordan).
Stories: the three-year-old Wassim Belmsikh lost in the Rekouba forest (Oued Zhour, Skikda, Algeria,
November 2024) and found alive after three days; the kidnapping for ransom of the boy Ziad al-Beheiry at
al-Mahalla al-Kubra (Gharbia, Egypt, August 2021) and his rescue by the police; the kidnapping of the Iraqi
deputy justice minister Abdul Karim Faris al-Saadi in eastern Baghdad (Iraq, September 2015).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-skikda-wassim-found-forest-2024
S = "algeria-skikda-wassim-found-forest-2024"
LOST = "2024-11-16"        # Wassim (3) went missing in the Rekouba forest on Sat 16 Nov 2024 (olive picking)
DAY2 = "2024-11-17"        # second day of the search, Sun 17 Nov: the army joins, dog teams from three wilayas
FOUND = "2024-11-18"       # found alive at Kef Boulaayoun about 15:30 on Mon 18 Nov 2024
art(S, "https://annasronline.com/محليات/246192-فيما-وصل-الدعم-من-3-ولايات-الجيش-يتدخل-للبحث-عن-الطفل-وسيم-المفقود-بغابة-واد-زهور-في-سكيكدة",
    "2024-11-18", "no date line in the stored text; the body's 'تواصلت أمس، عملية البحث ... لليوم الثاني على التوالي' for a child lost 'منذ يوم السبت' (Sat 16 Nov 2024) makes 'أمس' Sun 17 Nov, so this An-Nasr report was published on Mon 18 Nov 2024 (before the child was found that afternoon: it still hopes to find him alive); headline written from the URL slug; the reporter's name dropped", False, """
الجيش يتدخل للبحث عن الطفل وسيم المفقود بغابة واد زهور في سكيكدة
شارك أمس، أفراد من الجيش الوطني الشعبي إلى جانب الحماية المدنية وبالتنسيق معها في البحث عن الطفل (وسيم- ب) ذي السنوات الثلاث، المفقود منذ يوم السبت في غابة الركوبة التابعة لبلدية وادي زهور بولاية سكيكدة، في حين وصلت تعزيزات من الفرق السينوتقنية من ولايات قسنطينة وجيجل وعنابة، وانضم مواطنون إلى عملية البحث.
وتواصلت أمس، عملية البحث عن الطفل (وسيم -ب) لليوم الثاني على التوالي، وعرفت دخول الجيش الوطني الشعبي لمساندة الحماية المدنية في جهود العثور على الصبي، الذي كان مع عائلته في الغابة لجني الزيتون فتاه وسطها في غفلة منهم.
ولما تفطنت العائلة لاختفائه من المكان الذي كانت فيه، أسرعت إلى البحث عنه دون نتيجة، ثم أبلغت مصالح الحماية المدنية والدرك الوطني.
وبلغت أمس، واد الزهور فرق سينوتقنية قادمة من ولايات قسنطينة وجيجل وعنابة لتعزيز جهود البحث أملا في إيجاد الطفل حيا، كما التحق مواطنون من القرى والمداشر بعملية البحث وتوزعوا في أرجاء الغابة مستفيدين من معرفتهم الجيدة بالمنطقة.
""", [
    ev("army-joins-search", "شارك أمس، أفراد من الجيش الوطني الشعبي", DAY2, "'أمس' in a report of Mon 18 Nov 2024 = Sun 17 Nov, the second day of the search"),
    ev("wassim-lost", "المفقود منذ يوم السبت في غابة الركوبة", LOST, "'منذ يوم السبت' = Sat 16 Nov 2024"),
    ev("search-continues", "وتواصلت أمس، عملية البحث عن الطفل", DAY2, "'أمس ... لليوم الثاني على التوالي' = Sun 17 Nov 2024"),
    ev("family-alerts", "ثم أبلغت مصالح الحماية المدنية والدرك الوطني", LOST, "no own expression; the family alerted the civil protection and gendarmerie on the day he went missing, Sat 16 Nov 2024"),
    ev("dog-teams-arrive", "وبلغت أمس، واد الزهور فرق سينوتقنية", DAY2, "'أمس' = Sun 17 Nov 2024"),
])
art(S, "https://skynewsarabia.info/511-%d8%a7%d9%84%d8%ac%d8%b2%d8%a7%d8%a6%d8%b1-%d8%a7%d9%84%d8%b9%d8%ab%d9%88%d8%b1-%d8%b9%d9%84%d9%89-%d8%a7%d9%84%d8%b7%d9%81%d9%84-%d9%88%d8%b3%d9%8a%d9%85-%d8%ad%d9%8a%d8%a7-%d9%81%d9%8a-%d8%ba",
    "2024-11-19", "no date line in the stored text; the body's 'أمس الاثنين' for the civil protection's announcement that the child was found (Mon 18 Nov 2024, the embedded tweets are of 'November 18, 2024') gives Tue 19 Nov 2024; the embedded tweets and the last, truncated sentence dropped; headline written from the URL slug", False, """
الجزائر.. العثور على الطفل وسيم حيا في غابة بعد 3 أيام من البحث
أعلنت مديرية الحماية المدنية بولاية سكيكدة الجزائرية أمس الاثنين أنها عثرت على الطفل المفقود وسيم بلمسيخ حيا، بعد 3 أيام من اختفائه في غابة الركوبة، في واقعة لقيت تفاعلا شعبيا كبيرا.
وكان وسيم، البالغ من العمر 3 سنوات، قد اختفى يوم السبت 16 نوفمبر/تشرين الثاني الجاري حين رافق والدته زينب إلى غابة الركوبة في بلدية وادي زهور لقطف الزيتون.
وفي أثناء الرحلة انتبهت الأم إلى غياب ابنها، فشرعت في البحث عنه من غير فائدة.
وانتشر خبر اختفاء وسيم بسرعة على مواقع التواصل الاجتماعي، حيث تبادل المستخدمون صوره ومعلومات عنه، ودعوا الجميع إلى المساعدة في إيجاده.
وشاركت مديرية الحماية المدنية لولاية سكيكدة في عملية بحث واسعة ضمت 150 شخصا تساندهم 7 كلاب مدربة، وتلقت العملية دعما من ولايات مجاورة هي جيجل وقسنطينة وقالمة وعنابة.
وفضلا عن ذلك، جرى التنسيق مع الجيش الوطني الشعبي الجزائري، وشاركت فرق الدرك الوطني بطائرة مروحية لتوسيع رقعة البحث.
""", [
    ev("civil-protection-announces", "أعلنت مديرية الحماية المدنية بولاية سكيكدة الجزائرية أمس الاثنين", FOUND, "'أمس الاثنين' in an article of Tue 19 Nov 2024 = Mon 18 Nov"),
    ev("wassim-found", "أنها عثرت على الطفل المفقود وسيم بلمسيخ حيا", FOUND, "no own expression beyond the announcement of 'أمس الاثنين'; found on Mon 18 Nov 2024 (An-Nasr: about 15:30)"),
    ev("wassim-lost", "قد اختفى يوم السبت 16 نوفمبر/تشرين الثاني الجاري", LOST, "'يوم السبت 16 نوفمبر/تشرين الثاني الجاري' = Sat 16 Nov 2024"),
    ev("search-operation", "في عملية بحث واسعة ضمت 150 شخصا", LOST, "no own expression; the search ran from the disappearance on Sat 16 to the find on Mon 18 Nov 2024 (my span)", end="2024-11-19"),
    ev("army-joins-search", "جرى التنسيق مع الجيش الوطني الشعبي الجزائري", DAY2, "no own expression; the army joined the search on its second day, Sun 17 Nov 2024 (An-Nasr of Mon 18: 'شارك أمس')"),
])
art(S, "https://waradana.com/article/186325-%D8%B4%D8%A8%D8%AD-%D8%A7%D8%AE%D8%AA%D9%81%D8%A7%D8%A1-%D8%A7%D9%84%D8%A3%D8%B7%D9%81%D8%A7%D9%84-%D9%8A%D8%AE%D9%8A%D9%81-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1%D9%8A%D9%8A%D9%86-%D9%85%D8%A7-%D8%A7%D9%84%D9%82%D8%B5%D8%A9",
    "2024-11-19", "no date line in the stored text; the body's 'وعثر على الطفل، مساء أمس الاثنين' for the find of Mon 18 Nov 2024 gives Tue 19 Nov 2024 (the same report is carried by sahafati.com); the section tag 'الجزائر' and the last, truncated sentence dropped; headline kept from the page", False, """
شبح اختفاء الأطفال يخيف الجزائريين... ما القصة؟
شهدت الأسابيع القليلة الماضية تسجيل حالات اختفاء عدة لأطفال ومراهقين، أحيت في ذاكرة الجزائريين وقائع الخطف والقتل ودفعتهم إلى تشديد المراقبة على أبنائهم.
وعاش أهالي ولاية سكيكدة (488 كيلومترا شرق العاصمة الجزائر) خلال الثلاثة أيام الماضية كابوس اختفاء الطفل وسيم بلمسيخ، وهو آخر حالة سجلت.
وكان الطفل ذو السنوات الثلاث قد اختفى، السبت الماضي، في أثناء نزهة عائلية إلى حقل زيتون بقرية الركوبة في بلدية الزهور، فجندت كل المصالح المختصة، وانضم إليها متطوعون من سكان المنطقة وآخرون جاؤوا من مناطق مجاورة للبحث عنه.
وعثر على الطفل، مساء أمس الاثنين، في منطقة كاف بوالعيون بقرية الركوبة، وقد شارك في البحث 150 عونا للحماية المدنية من رتب مختلفة، و7 كلاب مدربة، و3 شاحنات إطفاء، وسيارتا إسعاف، و6 سيارات اتصال، و7 حافلات.
وفي شهر أكتوبر الماضي، انشغل الجزائريون باختفاء الطفلة سجود (12 سنة) من ولاية البليدة (52 كيلومترا جنوب العاصمة الجزائر)، قبل أن تعثر عليها المصالح المختصة هي أيضا.
""", [
    ev("search-operation", "خلال الثلاثة أيام الماضية كابوس اختفاء الطفل وسيم بلمسيخ", LOST, "'خلال الثلاثة أيام الماضية' before Tue 19 Nov 2024 = Sat 16 - Mon 18 Nov 2024", end="2024-11-19"),
    ev("wassim-lost", "قد اختفى، السبت الماضي، في أثناء نزهة عائلية", LOST, "'السبت الماضي' from Tue 19 Nov 2024 = Sat 16 Nov"),
    ev("wassim-found", "وعثر على الطفل، مساء أمس الاثنين", FOUND, "'مساء أمس الاثنين' in an article of Tue 19 Nov 2024 = Mon 18 Nov"),
    ev("soujoud-missing-found", "انشغل الجزائريون باختفاء الطفلة سجود", "2024-10-01", "'في شهر أكتوبر الماضي' from November 2024 = October 2024 (the month only)", end="2024-11-01"),
])

# ---------------------------------------------------------------- egypt-mahalla-ziad-kidnapping-rescue-2021
S = "egypt-mahalla-ziad-kidnapping-rescue-2021"
KIDNAP = ("2021-08-29", "2021-08-31")   # Ziad al-Beheiry (8) snatched from his mother at al-Mahalla: Sun 29 or Mon 30 Aug 2021 (sources differ: '48 ساعة' / '24 ساعة' before his return)
RESCUE = ("2021-08-30", "2021-09-01")   # freed by the police from an abandoned house: Mon 30 night or Tue 31 Aug 2021 (the ministry's video came out on Tue 31)
MOI = "2021-08-31"                     # the Interior Ministry's statement and video of the rescue, Tue 31 Aug 2021
GIFT = "2021-08-31"                    # Mostaqbal Watan delivered Sisi's gift (laptop and two calves) on Tue 31 Aug 2021
art(S, "https://www.aljazeera.net/news/politics/2021/8/31/%d9%81%d9%8a%d8%af%d9%8a%d9%88-%d8%a7%d8%ae%d8%aa%d8%b7%d8%a7%d9%81%d9%87-%d9%87%d8%b2-%d8%a7%d9%84%d8%a8%d9%84%d8%a7%d8%af-%d9%81%d8%b1%d8%ad%d8%a9-%d9%81%d9%8a-%d9%85%d8%b5%d8%b1",
    "2021-08-31", "the page's address carries its publication day '2021/8/31' (Tue 31 Aug 2021); the photo caption and the last, truncated sentence dropped; headline kept from the page; no date of its own in the text", True, """
فيديو اختطافه هز البلاد.. فرحة في مصر بعد تحرير الطفل زياد
القاهرة – بعدما هز مقطع مصور لاختطافه من يد أمه الشارع المصري، نجحت قوات الأمن في إعادة الطفل زياد البحيري وتوقيف خاطفيه، إثر العثور عليه في منزل مهجور بإحدى قرى مدينة المحلة في محافظة الغربية.
وسادت الفرحة مواقع التواصل الاجتماعي في مصر بعد تداول مقاطع مصورة لرجوع الطفل إلى حضن والديه، وسط احتفالات واسعة في قريته شمالي القاهرة.
وجاءت هذه السعادة الكبيرة والتفاعل الواسع مع عودة الطفل على عكس حالة الحزن والذهول التي عرفتها مواقع التواصل بعد انتشار فيديو خطفه ومحاولة أمه التعلق بسيارة الخاطفين بلا جدوى.
وأعلنت وزارة الداخلية في بيان أنها استطاعت، بعد جمع المعلومات وتتبع تحركات المتهمين عبر كاميرات المراقبة وسؤال شهود الواقعة، أن تحدد السيارة التي استعملت في الحادث.
واتضح أن السيارة كان قد أبلغ عن سرقتها في وقت سابق، وأن الجناة سرقوها واستعملوها في الجريمة ثم أحرقوها سعيا إلى الإفلات من الملاحقة والضبط.
""", [
    ev("ziad-rescued", "نجحت قوات الأمن في إعادة الطفل زياد البحيري", RESCUE[0], "no own expression; the rescue from an abandoned house reported on Tue 31 Aug 2021, late on Mon 30 or on Tue 31 (my span; the ministry's video came out 'اليوم الثلاثاء', arab-dream)", end=RESCUE[1]),
    ev("ziad-return-celebrations", "وسط احتفالات واسعة في قريته شمالي القاهرة", MOI, "no own expression; the celebrations of the child's return, Tue 31 Aug 2021 (the day of this article)"),
    ev("ziad-kidnapped", "بعد انتشار فيديو خطفه ومحاولة أمه التعلق بسيارة الخاطفين", KIDNAP[0], "no own expression; the kidnapping at al-Mahalla on Sun 29 or Mon 30 Aug 2021 (my span; aawsat '48 ساعة', misrtalateen '24 ساعة' before the return)", end=KIDNAP[1]),
    ev("moi-statement", "وأعلنت وزارة الداخلية في بيان", MOI, "no own expression; the ministry's statement on the rescue, Tue 31 Aug 2021 (arab-dream: the video 'اليوم الثلاثاء')"),
    ev("car-burned", "ثم أحرقوها سعيا إلى الإفلات من الملاحقة", KIDNAP[0], "no own expression; after the kidnapping and before the arrest (my span Sun 29 - Tue 31 Aug 2021)", end="2021-09-01"),
])
art(S, "https://arab-dream.news/article-read.php?a=491",
    "2021-08-31", "no date line in the stored text; the body's 'اليوم الثلاثاء' for the ministry's video of the rescue and for the delivery of Sisi's gift, which misrtalateen (address dated 2021/09/01) already reports, gives Tue 31 Aug 2021 (31 Aug 2021 was a Tuesday); the last, truncated sentence dropped; headline written from the body (the stored text has none)", False, """
هدية من السيسي لأسرة طفل المحلة المحرر من خاطفيه
بعث الرئيس المصري عبد الفتاح السيسي بهدية إلى أسرة الطفل في محافظة الغربية، ابتهاجا برجوعه إلى بيته بعد تحريره من أيدي عصابة مسلحة.
وأفادت قيادات في حزب مستقبل وطن، اليوم الثلاثاء، بأنها سلمت الطفل هدية السيسي التي تضم حاسوبا محمولا وعجلين، وفق ما أوردته بوابة أخبار اليوم المصرية.
وأكد عضوا المكتب التنفيذي للحزب، الدكتور أحمد حماد والمحاسب محمد عريبي، أن الرئيس عبد الفتاح السيسي حرص على مشاركة أسرة الطفل فرحتها بعودة ابنها.
ونجحت وزارة الداخلية المصرية في تحرير الطفل من قبضة 3 أشخاص خطفوه من أمام بيته في مدينة المحلة الكبرى التابعة لمحافظة الغربية في دلتا مصر.
وبثت الوزارة، اليوم الثلاثاء، مقطعا مصورا يظهر عملية تحرير الطفل.
وكان مستخدمون لمواقع التواصل الاجتماعي قد تناقلوا خلال اليومين الماضيين مقطعا التقطته كاميرات المراقبة لثلاثة أشخاص في سيارة ملاكي يخطفون طفلا كان برفقة أمه.
ويبين المقطع خطف الطفل من أمام منزله في المحلة الكبرى وسحل أمه في الشارع وهي تحاول إنقاذه، ما أشعل غضبا واسعا على مواقع التواصل.
""", [
    ev("sisi-gift", "سلمت الطفل هدية السيسي التي تضم حاسوبا محمولا وعجلين", GIFT, "'اليوم الثلاثاء' = Tue 31 Aug 2021"),
    ev("ziad-rescued", "ونجحت وزارة الداخلية المصرية في تحرير الطفل", RESCUE[0], "no own expression; the rescue late on Mon 30 or on Tue 31 Aug 2021 (my span)", end=RESCUE[1]),
    ev("moi-video", "وبثت الوزارة، اليوم الثلاثاء، مقطعا مصورا", MOI, "'اليوم الثلاثاء' = Tue 31 Aug 2021"),
    ev("kidnap-video-spread", "قد تناقلوا خلال اليومين الماضيين مقطعا", "2021-08-29", "'خلال اليومين الماضيين' before Tue 31 Aug 2021 = Sun 29 - Mon 30 Aug", end="2021-08-31"),
    ev("ziad-kidnapped", "يخطفون طفلا كان برفقة أمه", KIDNAP[0], "no own expression; the kidnapping on Sun 29 or Mon 30 Aug 2021 (my span)", end=KIDNAP[1]),
])
art(S, "https://misrtalateen.com/2021/09/01/%d8%b7%d9%81%d9%84-%d8%a7%d9%84%d9%85%d8%ad%d9%84%d8%a9-%d9%84%d9%8a%d8%b3-%d8%a7%d9%84%d8%a3%d9%88%d9%84-%d9%87%d8%af%d8%a7%d9%8a%d8%a7-%d8%a7%d9%84%d8%b1%d8%a6%d9%8a%d8%b3-%d8%a7%d9%84%d8%b3%d9%8a",
    "2021-09-01", "the page's address carries its publication day '2021/09/01' (Wed 1 Sep 2021); a report of al-Shorouk ('وترصد الشروق'); the rest of the list of gifts dropped; headline kept from the page", True, """
طفل المحلة ليس الأول.. هدايا الرئيس السيسي للمواطنين: شقة ومكتبة
أضيفت هدية جديدة إلى قائمة الهدايا التي منحها الرئيس عبد الفتاح السيسي للمواطنين، وهي هذه المرة عجلان وحاسوب محمول، سلمها حزب "مستقبل وطن" في الغربية نيابة عن الرئيس، احتفاء بعودة الطفل "زياد البحيري" المخطوف في المحلة وتحريره من أيدي الجناة.
وتمكنت قوات الأمن من تحرير الطفل "زياد" من منزل مهجور في الغربية خلال 24 ساعة من الواقعة التي هزت مواقع التواصل الاجتماعي، إذ تعقبت الشرطة الخاطفين بالتقنيات الحديثة وأعادته إلى أسرته سالما، وسط فرحة كبيرة لأهالي الغربية شاركهم فيها الرئيس.
ولم تكن هذه الهدية أولى هدايا الرئيس لمواطنين مصريين، فقد سبقتها هدايا أخرى في مناسبات متعددة أراد الرئيس من خلالها إيصال رسائل كثيرة إلى المواطنين.
وترصد "الشروق" في هذه السطور أبرز الهدايا التي قدمها الرئيس في الفترة الماضية.
• هدية مجند العلمين
خلال زيارة الرئيس السيسي لمدينة العلمين الجديدة في يوليو الماضي، التقى المجند "أيمن" واستمع إلى أمنياته وطموحاته، ولم تمض إلا ساعات حتى قرر الرئيس أن يهدي المجند مكتبة كبيرة للأدوات المدرسية عونا له على بدء مشروع حياته.
""", [
    ev("sisi-gift", "سلمها حزب \"مستقبل وطن\" في الغربية نيابة عن الرئيس", GIFT, "no own expression; the gift was delivered on Tue 31 Aug 2021 (arab-dream 'اليوم الثلاثاء')"),
    ev("ziad-rescued", "وتمكنت قوات الأمن من تحرير الطفل \"زياد\" من منزل مهجور", RESCUE[0], "no own expression; the rescue late on Mon 30 or on Tue 31 Aug 2021 (my span)", end=RESCUE[1]),
    ev("ziad-kidnapped", "خلال 24 ساعة من الواقعة التي هزت مواقع التواصل", KIDNAP[0], "no own expression; the kidnapping on Sun 29 or Mon 30 Aug 2021 (my span; '24 ساعة' before the rescue in this text)", end=KIDNAP[1]),
    ev("alamein-visit-gift", "خلال زيارة الرئيس السيسي لمدينة العلمين الجديدة في يوليو الماضي", "2021-07-01", "'في يوليو الماضي' from September 2021 = July 2021 (the month only)", end="2021-08-01"),
])

# ---------------------------------------------------------------- iraq-baghdad-deputy-justice-minister-kidnapping-2015
S = "iraq-baghdad-deputy-justice-minister-kidnapping-2015"
KID = "2015-09-08"        # gunmen kidnapped the deputy justice minister Abdul Karim Faris al-Saadi in eastern Baghdad on Tue 8 Sep 2015
TURKS = "2015-09-02"      # 18 Turkish workers kidnapped in Sadr City on Wed 2 Sep 2015
art(S, "https://www.aljazeera.net/news/arabic/2015/9/8/خطف-مسؤولَين-عراقيين-في-بغداد",
    "2015-09-08", "the page's address carries its publication day '2015/9/8' (Tue 8 Sep 2015), and the body's 'اليوم الثلاثاء' agrees; the English photo caption and the Arabic caption dropped; the last, truncated sentence dropped; headline kept from the page", True, """
خطف مسؤولَين عراقيين في بغداد
أقدم مسلحون مجهولون -اليوم الثلاثاء- على خطف مسؤولين اثنين في وزارة العدل العراقية، بعد أيام من خطف 18 عاملا تركيا لا يزال مصيرهم مجهولا.
ونقلت رويترز عن ثلاثة مصادر أمنية عراقية أن مسلحين يرتدون السواد اختطفوا وكيل وزارة العدل عادل كريم فارس من سيارته في شمال بغداد.
وقال ضابط برتبة عقيد لوكالة الصحافة الفرنسية إن المسلحين، الذين كانوا في ثلاث سيارات، خطفوا فارس عند مرور سيارته في منطقة البنوك.
وأضاف الضابط أن المسلحين أطلقوا النار على السيارة حين حاول السائق المناورة، فأصابوا وكيل الوزارة قبل أن يأخذوه إلى مكان مجهول، لكنهم أخلوا سبيل أفراد حمايته.
وأكدت مصادر أمنية كذلك خطف مدير قسم المتابعة والتحقيقات في الوزارة أحمد الحسيني.
وتأتي العملية بعد أيام من خطف مسلحين مجهولين 18 عاملا تركيا في منطقة مدينة الصدر شمالي بغداد الأربعاء الماضي.
""", [
    ev("deputy-minister-kidnapped", "على خطف مسؤولين اثنين في وزارة العدل العراقية", KID, "'اليوم الثلاثاء' = Tue 8 Sep 2015"),
    ev("car-shot-at", "أطلقوا النار على السيارة حين حاول السائق المناورة", KID, "no own expression; during the kidnapping of Tue 8 Sep 2015"),
    ev("guards-released", "لكنهم أخلوا سبيل أفراد حمايته", KID, "no own expression; the guards were let go minutes after the kidnapping, Tue 8 Sep 2015"),
    ev("husseini-kidnapped", "خطف مدير قسم المتابعة والتحقيقات في الوزارة", KID, "no own expression; the same kidnapping of Tue 8 Sep 2015"),
    ev("turkish-workers-kidnapped", "خطف مسلحين مجهولين 18 عاملا تركيا في منطقة مدينة الصدر", TURKS, "'الأربعاء الماضي' from Tue 8 Sep 2015 = Wed 2 Sep"),
])
art(S, "https://kitabat.com/news/%d9%85%d8%b3%d9%84%d8%ad%d9%88%d9%86-%d9%8a%d8%ae%d8%aa%d8%b7%d9%81%d9%88%d9%86-%d9%88%d9%83%d9%8a%d9%84-%d9%88%d8%b2%d9%8a%d8%b1-%d8%a7%d9%84%d8%b9%d8%af%d9%84-%d8%a7%d9%84%d8%b9%d8%b1%d8%a7%d9%82",
    "2015-09-08", "no date line in the stored text; the body's 'اليوم الثلاثاء' and 'بعد ظهر اليوم' for the kidnapping of Tue 8 Sep 2015 (aljazeera of 2015/9/8; ksaplayers: 'أمس الثلثاء (8 سبتمبر/ أيلول 2015)') give Tue 8 Sep 2015; headline written from the URL slug", False, """
مسلحون يختطفون وكيل وزير العدل العراقي
أفاد مصدر في وزارة الداخلية، اليوم الثلاثاء، بأن مسلحين مجهولين خطفوا وكيل وزير العدل في شرق بغداد، مشيرا إلى أن الخاطفين أفرجوا عن أربعة أشخاص كانوا معه.
وقال المصدر إن "مسلحين مجهولين اختطفوا، بعد ظهر اليوم،، وكيل وزير العدل ومدير عام التحقيقات عبد الكريم السعدي ومعه أربعة أشخاص في منطقة البنوك شرقي بغداد، وساقوهم تحت تهديد السلاح إلى مكان مجهول".
وأوضح المصدر، الذي فضل عدم ذكر اسمه، أن "الخاطفين أخلوا سبيل مرافقي وكيل الوزير، بينما لا يزال مصيره غير معروف"، لافتا إلى أن "قوات الشرطة شرعت في حملة دهم وتفتيش في منطقة الحادث بحثا عنه".
يشار إلى أن الوضع الأمني في العاصمة بغداد يشهد توترا منذ منتصف العام 2013، وقد أعلنت بعثة الأمم المتحدة في العراق (يونامي)، في (الأول من أيلول 2015)، عن سقوط أكثر من ثلاثة آلاف قتيل وجريح عراقي خلال شهر آب الماضي، مبينة أن محافظة بغداد كانت الأشد تضررا تليها محافظة ديالى.
""", [
    ev("deputy-minister-kidnapped", "مسلحين مجهولين اختطفوا، بعد ظهر اليوم،، وكيل وزير العدل", KID, "'بعد ظهر اليوم' with 'اليوم الثلاثاء' = the afternoon of Tue 8 Sep 2015"),
    ev("guards-released", "الخاطفين أخلوا سبيل مرافقي وكيل الوزير", KID, "no own expression; the same day, Tue 8 Sep 2015"),
    ev("police-search", "شرعت في حملة دهم وتفتيش في منطقة الحادث", KID, "no own expression; the raids began after the kidnapping, Tue 8 Sep 2015"),
    ev("unami-august-toll", "وقد أعلنت بعثة الأمم المتحدة في العراق (يونامي)، في (الأول من أيلول 2015)", "2015-09-01", "'في (الأول من أيلول 2015)' = Tue 1 Sep 2015"),
    ev("august-casualties", "أكثر من ثلاثة آلاف قتيل وجريح عراقي خلال شهر آب الماضي", "2015-08-01", "'خلال شهر آب الماضي' = August 2015 (the whole month)", end="2015-09-01"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=2354402",
    "2015-09-09", "no date line in the stored text; the body's 'أمس الثلثاء (8 سبتمبر/ أيلول 2015)' gives Wed 9 Sep 2015 (an AFP-based report, as in al-Wasat); the sharing button dropped; headline written from the body (the stored text has none)", False, """
مسلحون يخطفون وكيل وزير العدل العراقي شمال شرق بغداد
خطف مسلحون مجهولون أمس الثلثاء (8 سبتمبر/ أيلول 2015) وكيل وزير العدل العراقي عبدالكريم فارس، بعدما اعترضوا سيارته في شمال شرق بغداد، وفق ما ذكرته مصادر أمنية ومسؤولون عراقيون.
وقال ضابط برتبة عقيد في الشرطة إن «مسلحين مجهولين يلبسون ثيابا سوداء ويستقلون 3 سيارات خطفوا وكيل وزير العدل».
وبين أن المسلحين اعترضوا سيارة فارس أثناء مرورها في منطقة البنوك، وعندما حاول السائق المناورة بها للإفلات منهم أطلقوا النار فأصابوه بجروح، ثم اقتادوا الوكيل إلى جهة غير معروفة.
وقال المتحدث باسم وزارة الداخلية العميد سعد معن إن المسلحين «أفرجوا عن (أفراد) الحماية، وهو (فارس) وحده المختطف الآن»، من غير أن يذكر عدد المرافقين الذين كانوا معه.
وأكد كذلك مسؤول في وزارة العدل، طلب عدم الكشف عن اسمه، أن فارس تعرض للخطف، موضحا أنه يشغل منصب وكيل وزير العدل بالوكالة للشؤون الإدارية، إلى جانب منصب المدير العام للشؤون المالية في الوزارة.
وجاءت العملية بعد أيام من خطف مسلحين مجهولين 18 عاملا تركيا في منطقة مدينة الصدر شمالي بغداد يوم الأربعاء الماضي.
""", [
    ev("deputy-minister-kidnapped", "خطف مسلحون مجهولون أمس الثلثاء (8 سبتمبر/ أيلول 2015)", KID, "'أمس الثلثاء (8 سبتمبر/ أيلول 2015)' = Tue 8 Sep 2015"),
    ev("car-shot-at", "أطلقوا النار فأصابوه بجروح", KID, "no own expression; during the kidnapping of Tue 8 Sep 2015"),
    ev("guards-released", "أفرجوا عن (أفراد) الحماية", KID, "no own expression; the same day, Tue 8 Sep 2015"),
    ev("turkish-workers-kidnapped", "خطف مسلحين مجهولين 18 عاملا تركيا", TURKS, "'يوم الأربعاء الماضي' from Wed 9 Sep 2015 = the Wednesday before the kidnapping, Wed 2 Sep (aljazeera of Tue 8 Sep: 'الأربعاء الماضي')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 611
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 532-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: diplomatic expulsions and recalls of ambassadors.
Stories: Mali's expulsion of the French ambassador Joel Meyer (Mali/France, January-February 2022), Chad's
expulsion of the German ambassador Jan-Christian Gordon Kricke and Germany's tit-for-tat expulsion of the Chadian
ambassador (Chad/Germany, April 2023), and Algeria's expulsion of twelve French embassy agents with France's
counter-expulsion and recall of its ambassador (Algeria/France, April 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- mali-french-ambassador-expulsion-2022
S = "mali-french-ambassador-expulsion-2022"
EXPEL = "2022-01-31"                       # Mali summoned and expelled the French ambassador on Mon 31 Jan 2022
DEADLINE_END = "2022-02-04"                # the 72 hours ran from Mon 31 Jan to Thu 3 Feb 2022 (end exclusive)
art(S, "http://mithak.com/node/8852",
    "2022-01-31", "date line on the page '31 يناير, 2022 - 19:39' (Mon 31 Jan 2022), matching the body's 'الإثنين' and 'اليوم' for the summons; the date line (page furniture) is not kept in the text; headline kept from the page; the last, truncated sentence (troop numbers) shortened", True, """
مالي تقرر طرد السفير الفرنسي بسبب تصريحات "معادية"
قررت الحكومة في مالي، الإثنين، إبعاد السفير الفرنسي جويل ماير، وأمهلته 72 ساعة ليغادر هذا البلد الواقع في غرب إفريقيا، وذلك بسبب تصريحات أدلى بها مسؤولون فرنسيون ووصفتها باماكو بأنها "عدائية".
وورد في بيان للحكومة بثه التلفزيون الرسمي أن "حكومة جمهورية مالي تحيط الرأي العام الوطني والدولي علما بأن وزارة الخارجية المالية استدعت اليوم السفير الفرنسي في باماكو، جويل ماير، وأبلغته بطلب الحكومة أن يغادر خلال 72 ساعة".
وتابع البيان أن "السلطات في مالي قررت طرد السفير الفرنسي إثر تصريحات معادية وغاضبة صدرت بحقها عن مسؤولين فرنسيين".
وتأتي هذه الخطوة في ظل توتر متصاعد بين مالي وفرنسا، القوة الاستعمارية السابقة.
والخميس، هاجم وزير الخارجية الفرنسي جان إيف لودريان، خلال مؤتمر صحفي، المجلس العسكري الحاكم في مالي، ووصفه بأنه "غير شرعي".
وأضاف لودريان أن فرنسا متضامنة مع موقف دول المجموعة الاقتصادية لدول غرب إفريقيا التي قررت "بقوة وشجاعة" فرض عقوبات على مالي.
وأعلن الوزير الفرنسي كذلك أن عقوبات ستُفرض على قادة المجلس العسكري في إطار الاتحاد الأوروبي.
وفي يونيو/ حزيران الماضي، قرر ماكرون إنهاء عملية برخان في منطقة الساحل وخفض عدد جنود بلاده الذي كان يبلغ 5100 عسكري.
""", [
    ev("expulsion-decision", "قررت الحكومة في مالي، الإثنين، إبعاد السفير الفرنسي", EXPEL, "'الإثنين' in an article of Mon 31 Jan 2022 = that day"),
    ev("deadline-72h", "وأمهلته 72 ساعة ليغادر", EXPEL, "the 72 hours given on Mon 31 Jan 2022 ran to Thu 3 Feb 2022 (my span 31 Jan - 3 Feb)", end=DEADLINE_END),
    ev("ambassador-summoned", "استدعت اليوم السفير الفرنسي في باماكو", EXPEL, "'اليوم' in the government statement of Mon 31 Jan 2022"),
    ev("le-drian-illegitimate-remarks", "هاجم وزير الخارجية الفرنسي جان إيف لودريان، خلال مؤتمر صحفي", "2022-01-27", "'والخميس' before Mon 31 Jan 2022 = Thu 27 Jan 2022"),
    ev("ecowas-sanctions", "التي قررت \"بقوة وشجاعة\" فرض عقوبات على مالي", "2022-01-09", "no own expression; the ECOWAS sanctions on Mali were decided at the Accra summit of Sun 9 Jan 2022 (djazairess/APS: 'في 9 يناير الجاري')"),
    ev("barkhane-end-decision", "قرر ماكرون إنهاء عملية برخان في منطقة الساحل", "2021-06-10", "'في يونيو/ حزيران الماضي' = June 2021; Macron announced the end of Barkhane at his press conference of Thu 10 Jun 2021"),
])
art(S, "https://www.218tv.net/%d8%a7%d9%84%d9%85%d8%ac%d9%84%d8%b3-%d8%a7%d9%84%d8%b9%d8%b3%d9%83%d8%b1%d9%8a-%d8%a7%d9%84%d8%ad%d8%a7%d9%83%d9%85-%d9%81%d9%8a-%d9%85%d8%a7%d9%84%d9%8a-%d9%8a%d9%82%d8%b1%d8%b1-%d8%b7%d8%b1%d8%af/",
    "2022-02-01", "no date line on the stored page; the body's 'أعلن التلفزيون الرسمي في باماكو أمس' for the expulsion announced on Mon 31 Jan 2022 (mithak, dated that day) gives Tue 1 Feb 2022; the section tag 'العالم', the related links and the 'back to top' button dropped; headline kept from the page", False, """
المجلس العسكري الحاكم في مالي يقرر طرد السفير الفرنسي
في ظل تصاعد التوتر بين مالي وشركائها الدوليين، وعلى رأسهم باريس، أفاد التلفزيون الرسمي في باماكو أمس بأن المجلس العسكري قرر طرد السفير الفرنسي، ومنحه مهلة 72 ساعة لمغادرة البلاد.
وأوضح البيان الذي تلاه التلفزيون الرسمي أن وزير الخارجية والتعاون الدولي استدعى السفير الفرنسي في باماكو جويل ميير، وأبلغه بقرار الحكومة دعوته إلى مغادرة الأراضي الوطنية.
وعللت السلطات المالية قرارها بتصريحات "معادية" لها صدرت مؤخرًا عن مسؤولين فرنسيين، في ما يبدو إشارة إلى أقوال لوزير الخارجية الفرنسي جان إيف لودريان اعتبر فيها أن الوضع في مالي بات "لا يطاق" عقب الانقلاب، وأن المواجهة الجارية في مالي مع مجلس عسكري "خارج عن السيطرة" لا يمكن أن تدوم.
""", [
    ev("expulsion-decision", "أفاد التلفزيون الرسمي في باماكو أمس بأن المجلس العسكري قرر طرد السفير الفرنسي", EXPEL, "'أمس' in an article of Tue 1 Feb 2022 = Mon 31 Jan 2022"),
    ev("deadline-72h", "ومنحه مهلة 72 ساعة لمغادرة البلاد", EXPEL, "no own expression; the 72 hours from Mon 31 Jan 2022 to Thu 3 Feb 2022 (my span)", end=DEADLINE_END),
    ev("ambassador-summoned", "استدعى السفير الفرنسي في باماكو جويل ميير", EXPEL, "no own expression; the summons of Mon 31 Jan 2022 read in the same statement ('أمس')"),
    ev("le-drian-rtl-remarks", "اعتبر فيها أن الوضع في مالي بات \"لا يطاق\"", "2022-01-28", "no own expression; Le Drian's 'out of control' junta remarks were made on RTL on Fri 28 Jan 2022 (alarabyalasil: 'يوم الجمعة'; syriafriends: 'الجمعة الماضي')"),
])
art(S, "http://elmaouid.dz/%d9%87%d9%83%d8%b0%d8%a7-%d8%b1%d8%af%d8%aa-%d9%81%d8%b1%d9%86%d8%b3%d8%a7-%d8%b9%d9%84%d9%89-%d8%b7%d8%b1%d8%af-%d8%b3%d9%81%d9%8a%d8%b1%d9%87%d8%a7-%d9%85%d9%86-%d9%85%d8%a7%d9%84%d9%8a",
    "2022-02-02", "no date line on the stored page; the body's 'اليوم الأربعاء' for Le Drian's appearance on France 2's 'Les 4 vérités', which took place on Wed 2 Feb 2022 (francetvinfo and the programme's podcast: 'mercredi 2 février'), gives Wed 2 Feb 2022; headline rendered from the URL slug; the last, truncated sentence dropped", False, """
هكذا ردت فرنسا على طرد سفيرها من مالي
علّق جان إيف لودريان، وزير أوروبا والشؤون الخارجية الفرنسي، اليوم الأربعاء، على قرار إبعاد السفير الفرنسي من مالي، وذلك خلال استضافته في برنامج "les 4 vérités" على قناة فرانس 2.
وقال لودريان: "المعركة ضد الإرهاب في منطقة الساحل لا تجري في مالي وحدها، بل تجري كذلك في دول أخرى نتباحث معها اليوم. سيكون القرار فرنسيًا، غير أن علينا التشاور مع كل شركائنا، أوروبيين كانوا أو أفارقة، بشأن الطريقة التي سنتصرف بها لمواصلة مكافحة الإرهاب".
وتابع وزير أوروبا والشؤون الخارجية: "لقد لبّت فرنسا نداء محاربة الإرهاب بطلب من هذه الدول، ودفعت فرنسا ثمن الدماء، وأتمنى فعلا أن يُحترم ذلك".
وأشار رئيس الدبلوماسية الفرنسية إلى أن قتال الجهاديين في منطقة الساحل سيتواصل مع "الدول الأخرى" في المنطقة.
ومنذ أن قررت السلطات المالية إعادة السفير الفرنسي إلى بلاده، ارتفعت حدة اللهجة بين باماكو وباريس.
وللتذكير، فقد قرر المجلس العسكري الذي يمسك بالسلطة في مالي طرد السفير الفرنسي.
وعلل المجلس قراره بأن التصريحات الفرنسية الأخيرة اتسمت بالعداء منذ استيلاء الجيش على الحكم.
وبحسب التلفزيون الحكومي في مالي، فإن قرار السلطات أتى ردا على تصريحات أدلى بها وزير الخارجية الفرنسي.
""", [
    ev("le-drian-france2", "اليوم الأربعاء، على قرار إبعاد السفير الفرنسي من مالي", "2022-02-02", "'اليوم الأربعاء' = Wed 2 Feb 2022"),
    ev("expulsion-decision", "فقد قرر المجلس العسكري الذي يمسك بالسلطة في مالي طرد السفير الفرنسي", EXPEL, "no own expression; the decision of Mon 31 Jan 2022 (mithak, dated that day)"),
    ev("military-takeover", "منذ استيلاء الجيش على الحكم", "2020-08-18", "no own expression; the army took power in Mali in the coup of Tue 18 Aug 2020 (the colonels' first coup; a second followed in May 2021)"),
])

# ---------------------------------------------------------------- chad-german-ambassador-expulsion-2023
S = "chad-german-ambassador-expulsion-2023"
CHAD_EXPEL = "2023-04-07"                  # Chad declared the German ambassador persona non grata on Fri 7 Apr 2023 (Good Friday)
CHAD_48H_END = "2023-04-10"                # the 48 hours ran to Sun 9 Apr 2023 (end exclusive)
GERMAN_REACTION = "2023-04-08"             # the German foreign ministry called the reasons incomprehensible (Sat 8 Apr, najah)
GER_EXPEL = "2023-04-11"                   # Germany summoned and expelled the Chadian ambassador on Tue 11 Apr 2023
art(S, "https://akhbarona.com/mobile/world/365940.html",
    "2023-04-08", "no date line on the stored page; the body's 'أمس الجمعة' for the decision of Fri 7 Apr 2023 (echourouqmedia, dated 'سبت, 2023-04-08': 'رسالة موقعة اليوم الجمعة') gives Sat 8 Apr 2023; the 'وكالات' byline and the readers' comments dropped; headline kept from the page", False, """
دولة إفريقية تطرد السفير الألماني وتمهله 48 ساعة لمغادرة أراضيها
أعلنت الحكومة التشادية، أمس الجمعة، أن السفير الألماني "شخص غير مرغوب فيه"، ومنحته مهلة 48 ساعة ليغادر البلاد، بسبب ما اعتبرته "سلوكا فظا" و"عدم احترام للأعراف الدبلوماسية".
وأورد المتحدث باسم الحكومة، عزيز محمد صالح، في بيان، أن الحكومة "تطلب من يان كريستيان غوردون كريكه، السفير فوق العادة والمفوض لجمهورية ألمانيا الاتحادية، أن يغادر الأراضي التشادية في غضون 48 ساعة".
وكان كريكه قد عُين سفيرا لألمانيا في تشاد في يوليوز 2021، بعدما تولى مناصب مشابهة في النيجر وأنغولا والفيليبين، إضافة إلى منصب ممثل ألمانيا الخاص لمنطقة الساحل.
ووفق مصادر حكومية تشادية، فإن قرار السلطات التشادية إبعاد الدبلوماسي الألماني يعود بالأساس إلى "تدخله المفرط" في شؤون "إدارة البلاد"، وإلى "تصريحاته الرامية إلى تقسيم التشاديين"، مبينة أن كريكه سبق أن وُجهت إليه "تنبيهات" عدة في هذا الشأن.
""", [
    ev("chad-expels-ambassador", "أعلنت الحكومة التشادية، أمس الجمعة، أن السفير الألماني", CHAD_EXPEL, "'أمس الجمعة' in an article of Sat 8 Apr 2023 = Fri 7 Apr 2023"),
    ev("deadline-48h", "ومنحته مهلة 48 ساعة ليغادر البلاد", CHAD_EXPEL, "the 48 hours given on Fri 7 Apr 2023 ran to Sun 9 Apr 2023 (my span 7 - 9 Apr)", end=CHAD_48H_END),
    ev("government-statement", "وأورد المتحدث باسم الحكومة، عزيز محمد صالح، في بيان", CHAD_EXPEL, "no own expression; the spokesman's statement announcing the decision of Fri 7 Apr 2023"),
    ev("kricke-appointed", "قد عُين سفيرا لألمانيا في تشاد في يوليوز 2021", "2021-07-01", "'في يوليوز 2021' = July 2021 (the month only)", end="2021-08-01"),
])
art(S, "https://albayan.co.uk/Event.aspx?id=63277",
    "2023-04-09", "no date line on the stored page; the body's 'أعلنت، أول من أمس' for the decision of Fri 7 Apr 2023 and 'مساء السبت' for the departure give Sun 9 Apr 2023 (rt: Kricke reached Germany 'يوم الأحد'); the stored text starts mid-article ('وكانت ...'), so the headline is written from the body", False, """
السفير الألماني يغادر تشاد بعد إمهاله 48 ساعة
أعلنت الحكومة التشادية، أول من أمس، أنها طالبت السفير الألماني بمغادرة البلاد في غضون 48 ساعة، لـ«عدم احترامه الممارسات الدبلوماسية».
وأفاد وزير الخارجية التشادي محمد صالح النظيف بأن «السفير الألماني غادر على متن طائرة تابعة لإير فرانس، مساء السبت».
وأكد المتحدث باسم الحكومة عزيز محمد صالح رحيل السفير.
في المقابل، صرح مصدر في «الخارجية» الألمانية للوكالة بأن «الأسباب التي حملت حكومة تشاد على إعلان سفيرنا في نجامينا شخصا غير مرغوب فيه غير مفهومة على الإطلاق، ونحن على تواصل مع حكومة تشاد في هذا الشأن».
وترجّح وسائل إعلام محلية أن الطرد سببه انتقاد السفير للحكومة الانتقالية القائمة.
يذكر أن العقيد محمد إدريس ديبي إتنو يتولى الحكم في تشاد منذ مقتل والده إدريس ديبي في أبريل/نيسان 2021 على يد متمردين في شمال البلاد.
وقد تعهدت السلطات بتنظيم انتخابات ديمقراطية خلال عام ونصف العام، لكنها مددت الجدول الزمني العام الماضي لعامين إضافيين، فتأجلت الانتخابات حتى أكتوبر/ تشرين الأول 2024، وهو ما فجّر احتجاجات قُتل خلالها عشرات المدنيين.
وأثارت المستجدات الأخيرة في تشاد قلق القوى الإقليمية والغربية، فيما حذرت الولايات المتحدة من إطالة الحكم العسكري.
""", [
    ev("chad-expels-ambassador", "أعلنت الحكومة التشادية، أول من أمس", CHAD_EXPEL, "'أول من أمس' in an article of Sun 9 Apr 2023 = Fri 7 Apr 2023"),
    ev("deadline-48h", "بمغادرة البلاد في غضون 48 ساعة", CHAD_EXPEL, "no own expression; the 48 hours from Fri 7 Apr to Sun 9 Apr 2023 (my span)", end=CHAD_48H_END),
    ev("ambassador-departs", "غادر على متن طائرة تابعة لإير فرانس، مساء السبت", "2023-04-08", "'مساء السبت' = Sat 8 Apr 2023"),
    ev("german-fo-reaction", "صرح مصدر في «الخارجية» الألمانية للوكالة", GERMAN_REACTION, "no own expression; the German foreign ministry's reaction, given by najah as 'يوم السبت الماضي' = Sat 8 Apr 2023"),
    ev("idriss-deby-killed", "منذ مقتل والده إدريس ديبي في أبريل/نيسان 2021", "2021-04-20", "'في أبريل/نيسان 2021'; Idriss Deby's death was announced on Tue 20 Apr 2021"),
    ev("deadly-protests", "فجّر احتجاجات قُتل خلالها عشرات المدنيين", "2022-10-20", "no own expression; the deadly protests against the extension of the transition took place on Thu 20 Oct 2022"),
])
art(S, "https://nn.najah.edu/news/international/2023/04/11/450204/",
    "2023-04-11", "the page's URL path date 2023/04/11 with the body's 'اليوم الثلاثاء' for the notification to the ambassador (11 Apr 2023 was a Tuesday; the German foreign office tweet is of April 11, 2023); the 'وكالات - النجاح الإخباري' byline dropped; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
ألمانيا تمهل سفيرة تشاد يومين لمغادرة أراضيها
أعلنت وزارة الخارجية الألمانية أن سفيرة تشاد مريم علي موسى مطالبة بمغادرة البلاد خلال يومين.
وأوضحت الخارجية أن السفيرة أُبلغت بذلك اليوم الثلاثاء، بعد أن استُدعيت إلى مقر الوزارة.
ووفق ما أعلنه متحدث باسم الخارجية، فإن هذه الخطوة تأتي ردا على "الطرد غير المبرر" للسفير الألماني في تشاد، يان-كريستيان جوردون كريكه، وأضاف المتحدث: "يؤسفنا كثيرا أن تصل الأمور إلى هذا الحد".
وتابع المتحدث أن كريكه كان يؤدي مهامه على نحو نموذجي ويدافع عن حقوق الإنسان، مشيرا إلى أن السفارة الألمانية هناك ستستمر في هذا الدور.
وكانت تشاد الواقعة في وسط إفريقيا قد أعلنت يوم الجمعة الماضي (الجمعة العظيمة) أن السفير الألماني "شخص غير مرغوب فيه"، وطلبت منه مغادرة البلاد خلال 48 ساعة.
وعللت حكومة هذا البلد الذي يبلغ عدد سكانه 17 مليون نسمة قرارها بـ"الموقف الوقح" و"عدم احترام العادات الدبلوماسية" من قبل الدبلوماسي الألماني، من دون أن تقدم تفسيرا أكثر تفصيلا، فيما ترجح وسائل إعلام محلية أن سبب الطرد هو انتقاد السفير للحكومة الانتقالية الحالية.
من جهتها، أفادت وزارة الخارجية الألمانية يوم السبت الماضي بأن دوافع طرد السفير غير مفهومة، وأضافت أنها على تواصل مع الحكومة في تشاد.
""", [
    ev("germany-expels-chad-ambassador", "أن السفيرة أُبلغت بذلك اليوم الثلاثاء", GER_EXPEL, "'اليوم الثلاثاء' = Tue 11 Apr 2023"),
    ev("chad-ambassador-summoned", "بعد أن استُدعيت إلى مقر الوزارة", GER_EXPEL, "no own expression; the summons on the day of the notification, Tue 11 Apr 2023"),
    ev("deadline-two-days", "مطالبة بمغادرة البلاد خلال يومين", GER_EXPEL, "the two days given on Tue 11 Apr 2023 ran to Thu 13 Apr 2023 (my span 11 - 13 Apr)", end="2023-04-14"),
    ev("chad-expels-ambassador", "قد أعلنت يوم الجمعة الماضي (الجمعة العظيمة)", CHAD_EXPEL, "'يوم الجمعة الماضي (الجمعة العظيمة)' before Tue 11 Apr 2023 = Fri 7 Apr 2023 (Good Friday)"),
    ev("deadline-48h", "وطلبت منه مغادرة البلاد خلال 48 ساعة", CHAD_EXPEL, "the 48 hours from Fri 7 Apr to Sun 9 Apr 2023 (my span)", end=CHAD_48H_END),
    ev("german-fo-reaction", "أفادت وزارة الخارجية الألمانية يوم السبت الماضي", GERMAN_REACTION, "'يوم السبت الماضي' before Tue 11 Apr 2023 = Sat 8 Apr 2023"),
])

# ---------------------------------------------------------------- algeria-france-twelve-agents-expulsion-2025
S = "algeria-france-twelve-agents-expulsion-2025"
ARREST = "2025-04-08"                      # the Algerian consular employee was arrested in France on Tue 8 Apr 2025
ALG_EXPEL = "2025-04-14"                   # Algeria's decision on the twelve agents, made public and confirmed on Mon 14 Apr 2025
FR_RESPONSE = "2025-04-15"                 # the Elysee's counter-expulsion and the recall of the ambassador, Tue 15 Apr 2025
art(S, "https://www.maghress.com/assahifa/154344",
    "2025-04-14", "date line on the page 'الأثنين 14 أبريل 2025 - 20:33' (a report of assahifa carried by maghress); the breadcrumbs and the 'الصحيفة من الرباط' date line dropped; headline kept from the page; the last, truncated sentence of the statement dropped", True, """
الجزائر تصف اعتقال موظفها القنصلي بـ"المهين".. وتحمل مسؤوليته لوزير الداخلية الفرنسي
شنت وزارة الشؤون الخارجية، في بيان صدر منذ قليل، هجوما على وزير الداخلية الفرنسي برونو روتايو، واتهمته بالوقوف خلف الأزمة الجديدة بينها وبين باريس.
وأفاد البيان بأن الجزائر قررت بصفة سيادية اعتبار 12 موظفا يعملون بالسفارة الفرنسية وممثلياتها القنصلية في الجزائر، وينتمون إلى أسلاك خاضعة لوصاية وزارة الداخلية في هذا البلد، أشخاصا غير مرغوب فيهم، وألزمتهم بمغادرة التراب الوطني في غضون 48 ساعة.
وأضافت الخارجية الجزائرية أن هذا القرار جاء عقب "الاعتقال الاستعراضي والتشهيري في الطريق العام الذي نفذته المصالح التابعة لوزارة الداخلية الفرنسية بتاريخ 8 أبريل 2025، بحق موظف قنصلي لدولة ذات سيادة معتمد في فرنسا".
وجاء في البيان أن "هذا الإجراء المشين، الذي يسعى من خلاله وزير الداخلية الفرنسي إلى إهانة الجزائر، نُفذ في تجاهل واضح للصفة التي يحملها هذا الموظف القنصلي، ومن دون أي اعتبار للأعراف والمواثيق الدبلوماسية، وفي خرق صارخ للاتفاقيات والمعاهدات ذات الصلة".
""", [
    ev("algeria-statement", "في بيان صدر منذ قليل", ALG_EXPEL, "'صدر منذ قليل' in an article stamped Mon 14 Apr 2025 20:33"),
    ev("algeria-expels-12", "اعتبار 12 موظفا يعملون بالسفارة الفرنسية", ALG_EXPEL, "no own expression; the decision announced in the statement of Mon 14 Apr 2025 (Le Figaro and Barrot reported it that Monday)"),
    ev("consular-agent-arrest", "الذي نفذته المصالح التابعة لوزارة الداخلية الفرنسية بتاريخ 8 أبريل 2025", ARREST, "'بتاريخ 8 أبريل 2025' = Tue 8 Apr 2025"),
])
art(S, "https://elbilad.net/national/شايب-توقيف-القنصلي-الجزائري-يعتبر-انتهاكا-صارخا-للاتفاقيات-والمعاهدات-بين-البلدين-138715",
    "2025-04-15", "no date line on the stored page; the body's 'مساء اليوم الثلاثاء' for Sofiane Chaib's interview on Algerian television, which followed the statement of Mon 14 Apr 2025 and was aired on Tue 15 Apr 2025 (just-infodz: 'ce mardi 15 avril 2025'), gives Tue 15 Apr 2025; the byline dropped; headline rendered from the URL slug; the last, truncated sentence dropped", False, """
شايب: توقيف القنصلي الجزائري يعتبر انتهاكا صارخا للاتفاقيات والمعاهدات بين البلدين
استنكر كاتب الدولة لدى وزير الشؤون الخارجية المكلف بالجالية الوطنية بالخارج، سفيان شايب، توقيف الموظف القنصلي الجزائري في فرنسا، معتبرا إياه "انتهاكا صارخا للاتفاقيات والمعاهدات بين البلدين".
وأوضح شايب، في حوار خاص مع التلفزيون الجزائري مساء اليوم الثلاثاء، أن الموظف القنصلي أوقف في الشارع في ظروف "غير مسبوقة"، ومن دون اللجوء إلى الطرق القانونية المعمول بها لدى السلطات الفرنسية المختصة.
وأضاف أن هذا السلوك يتعارض كليا مع كل الأعراف والمواثيق الدبلوماسية السارية بين الدول.
وبيّن كاتب الدولة أن التوقيف جرى بذريعة أن الهاتف المحمول للموظف كان مرتبطا بعنوان سكن مجاور لسكن أحد الخارجين عن القانون، ووصف هذه الحجة بـ"الواهية"، مؤكدا أن غرضها "طعن العلاقات الجزائرية الفرنسية التي كانت قد بدأت تعود إلى طبيعتها".
وتابع شايب أن هذا الفعل المشين يأتي بعد مرحلة من التهدئة في العلاقات بين الجزائر وفرنسا، أعقبت الاتصال الهاتفي بين قائدي البلدين، وزيارة وزير الخارجية الفرنسي إلى الجزائر.
وأشار شايب إلى أن الجزائر سجلت موقفها الواضح في كل مراحل هذه القضية.
""", [
    ev("chaib-interview", "في حوار خاص مع التلفزيون الجزائري مساء اليوم الثلاثاء", FR_RESPONSE, "'مساء اليوم الثلاثاء' = Tue 15 Apr 2025"),
    ev("consular-agent-arrest", "أن الموظف القنصلي أوقف في الشارع", ARREST, "no own expression; the arrest of Tue 8 Apr 2025 (the Algerian statement: 'بتاريخ 8 أبريل 2025')"),
    ev("macron-tebboune-call", "أعقبت الاتصال الهاتفي بين قائدي البلدين", "2025-03-31", "no own expression; the Macron-Tebboune phone call of Mon 31 Mar 2025"),
    ev("barrot-algiers-visit", "وزيارة وزير الخارجية الفرنسي إلى الجزائر", "2025-04-06", "no own expression; Jean-Noel Barrot's visit to Algiers on Sun 6 Apr 2025"),
])
art(S, "https://i3lamtv.com/tag/سفير-فرنسا",
    "2025-04-16", "no date on the stored page (a tag page carrying the article's lead); the body's 'أمس الثلاثاء 15 أبريل' for the Elysee's announcement gives Wed 16 Apr 2025; headline kept from the listing; the last, truncated sentence ('بعد أسبوعين فقط…') dropped", False, """
باريس تستدعي سفيرها لدى الجزائر وتطرد 12 موظفا جزائريا
قرر الرئيس الفرنسي إيمانويل ماكرون إبعاد 12 موظفا ينتمون إلى الشبكة القنصلية والدبلوماسية الجزائرية في فرنسا، واستدعاء السفير الفرنسي لدى الجزائر، ستيفان روماتيه، للتشاور، وذلك ردا على طرد الجزائر موظفين من السفارة الفرنسية على أراضيها، بحسب ما أعلنه قصر الإليزيه أمس الثلاثاء 15 أبريل.
وحمّلت الرئاسة الفرنسية السلطات الجزائرية المسؤولية عن التدهور الكبير في العلاقات بين البلدين، ودعت الجزائر إلى التحلي بحس المسؤولية من أجل استئناف الحوار.
وأفاد مصدر دبلوماسي فرنسي بأن الموظفين الفرنسيين الذين طردتهم الجزائر في طريق عودتهم إلى فرنسا.
""", [
    ev("france-expels-12", "قرر الرئيس الفرنسي إيمانويل ماكرون إبعاد 12 موظفا", FR_RESPONSE, "'أمس الثلاثاء 15 أبريل' in an article of Wed 16 Apr 2025 = Tue 15 Apr 2025"),
    ev("ambassador-recalled", "واستدعاء السفير الفرنسي لدى الجزائر، ستيفان روماتيه، للتشاور", FR_RESPONSE, "the same Elysee announcement of Tue 15 Apr 2025 ('أمس الثلاثاء 15 أبريل')"),
    ev("algeria-expels-12", "ردا على طرد الجزائر موظفين من السفارة الفرنسية", ALG_EXPEL, "no own expression; Algeria's decision made public on Mon 14 Apr 2025 (assahifa, stamped that day)"),
    ev("french-agents-leave", "في طريق عودتهم إلى فرنسا", FR_RESPONSE, "no own expression; the French source's statement of Tue 15 Apr 2025, the day of the Elysee announcement"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 532
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 303-rd evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: mobile phones: IMEI registration, customs duties on phones,
phone prices and mobile-network decisions: the Syrian suspension of the individual declaration ("customs") of
mobile phones and the ban on phone imports (Syria, March 2021), Tunisia's "Sajalni" IMEI register (Tunisia,
December 2020 - January 2021), the Houthi-run operators' price hike on mobile bundles (Yemen, June 2024), and the
20 % service fee on phone and internet top-ups brought back into force in Iraq (Iraq, February 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-phone-declaration-suspension-2021
S = "syria-phone-declaration-suspension-2021"
SUSPENDED = "2021-03-18"                   # individual declaration ("customs") of phones suspended from Thu 18 Mar 2021, for six months
STATEMENT = "2021-03-23"                   # the Regulatory Authority's clarifying statement, Tue 23 Mar 2021
IMPORT_BAN = "2021-03-23"                  # the Economy Ministry's ban on phone imports, published Tue 23 Mar 2021
PRICE_JUMP = ("2021-03-18", "2021-03-24")  # phone prices up ~40 % in the days after the suspension (my span 18-23 Mar)
art(S, "https://syria-today.org/?p=3332",
    "2021-03-23", "page date line 'الثلاثاء 23 آذار/مارس 2021' (kept as second line; 23 Mar 2021 was a Tuesday); the body's 'اليوم الثلاثاء' agrees; the source line 'سوريا اليوم – دمشق' dropped; headline written from the body (the stored text has none); the last, truncated sentence shortened", True, """
هيئة الاتصالات السورية تشرح أسباب تعليق التصريح عن الأجهزة الخلوية
الثلاثاء 23 آذار/مارس 2021
أوضحت "الهيئة الناظمة للاتصالات والبريد" التابعة للحكومة السورية في قرار لها دوافع تعليق التصريح عن الأجهزة الخلوية لمدة ستة أشهر ووقف استيراد الهواتف المحمولة، وأكدت أن أي جهاز خلوي جديد سيُمنع من العمل على الشبكة السورية، وفق ما نشرته وكالة الأنباء السورية الرسمية (سانا).
وذكرت الهيئة في بيان أصدرته اليوم الثلاثاء أن القرار اتُّخذ "بعد التحقق من توافر الأجهزة التي يحتاجها جميع المشتركين الحاليين والراغبين في الاشتراك، ووجود أجهزة خلوية يزيد عددها على ثلاثة أضعاف عدد المشتركين الحاليين".
ورأت الهيئة أن وقف الاستيراد يهدف إلى "منح الأولوية لاستيراد المواد الأساسية التي يحتاجها المواطنون".
وشددت على أن أي جهاز خلوي لن يُسمح له بالعمل على الشبكة الخلوية السورية بعد تاريخ 18 مارس/ آذار الحالي، وأنه سيُوقف بشكل فوري بموجب القرار.
وبالنسبة للقادمين من خارج سورية، بيّنت الهيئة أنه "سيُسمح لهم باستخدام أجهزتهم الخلوية لمدة 30 يوماً، بشرط التعريف بها عند دخولهم عبر المطارات أو أي منفذ حدودي، على أن تصدر التعليمات اللازمة بهذا الشأن لاحقاً".
كما طلبت الهيئة من المواطنين الامتناع عن شراء أي جهاز خلوي أو استخدامه إذا كانت أرقامه لا تطابق الرقم المدون على علبته.
""", [
    ev("authority-statement", "وذكرت الهيئة في بيان أصدرته اليوم الثلاثاء", STATEMENT, "'اليوم الثلاثاء' = Tue 23 Mar 2021 (date line)"),
    ev("declaration-suspended", "تعليق التصريح عن الأجهزة الخلوية لمدة ستة أشهر", SUSPENDED, "no own day ('لمدة ستة أشهر'); the suspension in force from Thu 18 Mar 2021 (SANA: 'اعتباراً من 18-3-2021 ولمدة ستة أشهر'; enabbaladi, spprices)"),
    ev("import-ban", "ووقف استيراد الهواتف المحمولة", IMPORT_BAN, "no own expression; the halt of phone imports decided by the Economy Ministry and published on Tue 23 Mar 2021 (enabbaladi 'اليوم، الثلاثاء 23 من آذار')"),
    ev("cutoff-18-march", "لن يُسمح له بالعمل على الشبكة الخلوية السورية بعد تاريخ 18 مارس/ آذار الحالي", SUSPENDED, "'بعد تاريخ 18 مارس/ آذار الحالي' = the cut-off of Thu 18 Mar 2021 (devices first used on the network after it are blocked)"),
])
art(S, "https://enabbaladi.net/468619/%D8%AA%D8%B9%D9%84%D9%8A%D9%82-%D8%A7%D8%B3%D8%AA%D9%8A%D8%B1%D8%A7%D8%AF-%D8%A7%D9%84%D8%AC%D9%88%D8%A7%D9%84%D8%A7%D8%AA-%D8%A5%D9%84%D9%89-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D8%AD%D8%AA%D9%89-%D8%A5/?amp=1",
    "2021-03-23", "the body's 'اليوم، الثلاثاء 23 من آذار' (kept; 23 Mar 2021 was a Tuesday; the year from the decision of 18 Mar 2021 and the site's item number); headline rendered from the URL slug; the sub-heading 'تعليق الجمركة' and the end mark dropped", True, """
تعليق استيراد الجوالات إلى سوريا حتى إشعار آخر
قررت وزارة الاقتصاد والتجارة الخارجية في حكومة النظام السوري وقف استيراد أجهزة الهاتف المحمول (الموبايل) حتى إشعار آخر.
وألزمت الوزارة، في بيان نشرته صحيفة "الوطن" المحلية اليوم، الثلاثاء 23 من آذار، مديري الاقتصاد ورؤساء دوائر المنح في هيئة الاستثمار السورية والمدن الصناعية برفض طلبات استيراد أجهزة الهاتف المحمول.
ومنعت كذلك إعطاء أي إجازة لاستيراد هذه الأجهزة، مشيرة إلى أن القرار صدر "للاطلاع والتقيد بمضمونه حتى إشعار آخر".
ولم تذكر الوزارة في بيانها أسباب حظر استيراد الهواتف المحمولة.
وكانت "الهيئة الناظمة للاتصالات والبريد" السورية قد أوقفت التصريح الإفرادي (جمركة الهواتف النقالة) عن الأجهزة الخلوية اعتبارًا من 18 من آذار الحالي ولمدة ستة أشهر.
وأفادت "الهيئة" على صفحتها في "فيس بوك" بأن التعليق سيستمر ريثما تُستكمل الدراسات التنظيمية والفنية للمشروع.
ورجّح سوريون على مواقع التواصل الاجتماعي أن يكون تعليق التصريح الإفرادي للهواتف النقالة مقدمة لرفع أجور التصريح بالتوازي مع صعود سعر الصرف.
وبحسب مسؤولين في حكومة النظام السوري، ترتبط رسوم إدخال الأجهزة الخلوية بسعر الصرف الرسمي للدولار الذي يحدده مصرف سوريا المركزي.
""", [
    ev("import-ban", "قررت وزارة الاقتصاد والتجارة الخارجية في حكومة النظام السوري وقف استيراد", IMPORT_BAN, "no own expression in the sentence; the statement published 'اليوم، الثلاثاء 23 من آذار' = Tue 23 Mar 2021"),
    ev("import-ban", "في بيان نشرته صحيفة \"الوطن\" المحلية اليوم، الثلاثاء 23 من آذار", IMPORT_BAN, "'اليوم، الثلاثاء 23 من آذار' = Tue 23 Mar 2021 (the ministry's statement of the ban; the same event as the first sentence)"),
    ev("declaration-suspended", "أوقفت التصريح الإفرادي (جمركة الهواتف النقالة) عن الأجهزة الخلوية اعتبارًا من 18 من آذار الحالي", SUSPENDED, "'اعتبارًا من 18 من آذار الحالي' = Thu 18 Mar 2021 (start of the six-month suspension)"),
])
art(S, "https://spprices.com/2021/03/23/%d9%88%d8%b2%d9%8a%d8%b1-%d8%a7%d9%84%d8%a7%d9%82%d8%aa%d8%b5%d8%a7%d8%af-%d8%b9%d8%af%d9%85-%d9%85%d9%86%d8%ad-%d8%a3%d9%8a-%d8%a7%d8%ac%d8%a7%d8%b2%d9%87-%d9%84%d8%a7%d8%b3%d8%aa%d9%8a%d8%b1%d8%a7",
    "2021-03-23", "date in the URL '/2021/03/23/' (23 Mar 2021 was a Tuesday), which agrees with the day the import ban was published (enabbaladi, syria-today); headline kept (re-worded) from the page; no date of its own in the text", False, """
وزير الاقتصاد يوقف منح إجازات استيراد الهاتف المحمول حتى إشعار آخر
أصدرت وزارة الاقتصاد والتجارة الخارجية قراراً يقضي بالامتناع عن منح أي إجازة لاستيراد الموبايل حتى إشعارٍ أخر.
ونص القرار الذي وقّعه وزير الاقتصاد والتجارة الخارجية محمد سامر خليل على "رفض طلبات استيراد أجهزة الهاتف المحمول وعدم منح أي إجازة لاستيرادها"، وأوضح خليل أن العمل بالقرار مستمر "حتى إشعارٍ أخر".
وكانت "الهيئة الناظمة للاتصالات والبريد" قد أعلنت في وقت سابق تعليق التصريح الإفرادي عن الأجهزة الخلوية (الجمركة) اعتباراً من 18 آذار 2021 ولمدة 6 أشهر.
ويُشار إلى أن أسعار أجهزة الموبايل في السوق السورية قفزت بنحو 40% خلال الأيام القليلة الماضية، ما أثار استياءً واسعاً بين المواطنين، لا سيما أن الارتفاع أعقب حزمة القرارات الأخيرة.
ويُتوقع أن يرفع القرار أسعار الهواتف النقالة المستعملة، وهي الأكثر رواجاً في البلاد منذ سنوات، إذ تُباع بأسعار مرتفعة ويبلغ متوسط سعر الجهاز المستعمل حاليا نحو 700 ألف ليرة، في حين يعادل متوسط الأجور 50 ألف ليرة.
""", [
    ev("import-ban", "أصدرت وزارة الاقتصاد والتجارة الخارجية قراراً", IMPORT_BAN, "no own expression; the decision published on Tue 23 Mar 2021 (URL date; enabbaladi 'اليوم، الثلاثاء 23 من آذار')"),
    ev("declaration-suspended", "تعليق التصريح الإفرادي عن الأجهزة الخلوية (الجمركة) اعتباراً من 18 آذار 2021", SUSPENDED, "'اعتباراً من 18 آذار 2021' = Thu 18 Mar 2021"),
    ev("price-jump-40pct", "قفزت بنحو 40% خلال الأيام القليلة الماضية", PRICE_JUMP[0], "'خلال الأيام القليلة الماضية' before Tue 23 Mar 2021; the rise followed the suspension of Thu 18 Mar (syria.tv later: prices up 40 % after the decision of 18 Mar); my span 18-23 Mar", end=PRICE_JUMP[1]),
])
art(S, "https://syria.tv/%D9%85%D8%AF%D9%8A%D8%B1%D9%8A%D8%A9-%D8%A7%D9%84%D8%A7%D8%AA%D8%B5%D8%A7%D9%84%D8%A7%D8%AA-%D8%AA%D8%B5%D8%AF%D8%B1-%D8%AA%D9%88%D8%B6%D9%8A%D8%AD%D8%A7%D9%8B-%D9%8A%D8%AA%D8%B9%D9%84%D9%82-%D8%A8%D8%AC%D9%85%D8%B1%D9%83%D8%A9-%D8%A7%D9%84%D9%85%D9%88%D8%A8%D8%A7%D9%8A%D9%84%D8%A7%D8%AA-%D9%81%D9%8A-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7",
    "2021-03-24", "page stamp '2021.03.24 | 09:11 دمشق' (not kept in the text; 24 Mar 2021 was a Wednesday); the body's 'أمس الثلاثاء' for the statement of Tue 23 Mar agrees; headline kept from the page; photo caption, 'إسطنبول - متابعات' and the last, truncated sentence dropped; no date of its own in the text", False, """
مديرية الاتصالات تصدر توضيحاً يتعلق بجمركة الموبايلات في سوريا
أصدرت الهيئة الناظمة للاتصالات والبريد التابعة لحكومة النظام توضيحاً حول قرارها القاضي بتعليق التصريح الإفرادي عن الأجهزة الخلوية، الذي بدأ العمل به منذ الـ 18 من الشهر الجاري.
وأفادت الهيئة في بيان، أمس الثلاثاء، بأن تعليق التصريح الإفرادي (الجمركة) للموبايلات جاء بعد التأكد من كفاية الأجهزة لجميع المشتركين الحاليين والراغبين في الاشتراك، ومن وجود أجهزة خلوية تفوق أعداد المشتركين الحاليين بأكثر من ثلاثة أضعاف، وبهدف إعطاء الأولوية لاستيراد المواد الأساسية التي يحتاجها المواطنون.
وأضاف البيان أن الهيئة ستُعدّ الترتيبات اللازمة ليتمكن أصحاب الأجهزة الخلوية من التصريح عن أجهزتهم التي عملت على الشبكة السورية حتى تاريخ الـ 18 من الشهر الجاري.
وأشار إلى أن أي جهاز محمول يعمل على الشبكة الخلوية السورية بعد تاريخ 18/3/2021 سيُوقف بشكل فوري ولن يكون بالإمكان التصريح عنه، وفق ما نص عليه القرار.
""", [
    ev("declaration-suspended", "قرارها القاضي بتعليق التصريح الإفرادي عن الأجهزة الخلوية", SUSPENDED, "'الذي بدأ العمل به منذ الـ 18 من الشهر الجاري' = Thu 18 Mar 2021"),
    ev("authority-statement", "وأفادت الهيئة في بيان، أمس الثلاثاء", STATEMENT, "'أمس الثلاثاء' from Wed 24 = Tue 23 Mar 2021"),
    ev("cutoff-18-march", "أي جهاز محمول يعمل على الشبكة الخلوية السورية بعد تاريخ 18/3/2021", SUSPENDED, "'بعد تاريخ 18/3/2021' = the cut-off of Thu 18 Mar 2021"),
])

# ---------------------------------------------------------------- tunisia-sajalni-imei-registry-2020
S = "tunisia-sajalni-imei-registry-2020"
LAUNCH = "2020-12-16"                      # launch of the CEIR-N register "Sajalni" at the minister's press conference, Wed 16 Dec 2020
START = "2021-01-01"                       # the register in operation from Fri 1 Jan 2021
RADIO = "2020-12-28"                       # the minister on the national radio, Mon 28 Dec 2020
art(S, "https://albiladdaily.com/2020/12/24/%d8%b5%d8%af%d9%85%d8%a9-%d9%81%d9%8a-%d8%a8%d9%84%d8%af-%d8%b9%d8%b1%d8%a8%d9%8a-%d9%84%d9%80-4-%d9%85%d9%84%d8%a7%d9%8a%d9%8a%d9%86-%d9%85%d8%b3%d8%aa%d8%ae%d8%af%d9%85-%d9%84%d9%84%d9%87%d8%a7",
    "2020-12-24", "date in the URL '/2020/12/24/' (24 Dec 2020 was a Thursday); the body's 'في شهر يناير المقبل' and 'في الأسبوع الماضي' agree; headline rendered from the URL slug; the sub-heading 'منظومة جديدة' dropped; no date of its own in the text", False, """
صدمة في بلد عربي تنتظر 4 ملايين مستخدم للهواتف المحمولة
يواجه أصحاب 4 ملايين هاتف محمول في تونس صدمة بعد انتشار أنباء عن خروج أجهزتهم من الخدمة، وفق ما أوردته سبوتنيك الروسية.
وتولى جميل السويح، مدير مركز البحوث والدراسات بوزارة تكنولوجيات الاتصال في تونس، توضيح الأمر.
وأفاد في تصريحات لإذاعة «شمس إف إم» التونسية بأن منظومة «سجلني» المخصصة للهواتف المحمولة ستدخل حيز العمل في شهر يناير المقبل.
ويرمي التطبيق الجديد إلى وقاية المواطنين من السرقة، وإلى حماية المستهلك من الهواتف التي تُقتنى بطرق غير قانونية وتلحق به أضرارا صحية، بحسب «السويح».
وما إن تبدأ المنظومة الجديدة عملها حتى تصبح الهواتف المحمولة التي دخلت البلاد بصورة غير قانونية عاجزة عن العمل على خطوط مشغلي الاتصالات التونسية.
ويرجع ذلك أساسا إلى أن الهوية الدولية لهذه الهواتف، المعروفة بـ(IMEI)، لن تكون مسجلة في قاعدة بيانات مركز الدراسات والبحث في التكنولوجيا، بحسب قناة «نسمة».
ويُذكر أن وزير تكنولوجيات الاتصال، فاضل كريم، كان قد بيّن في الأسبوع الماضي أن السوق السوداء توفر نحو 4 ملايين من الهواتف المحمولة في تونس، أي ما يقارب 60% من مجموع الهواتف.
""", [
    ev("sajalni-start", "ستدخل حيز العمل في شهر يناير المقبل", START, "'في شهر يناير المقبل' (month only) = January 2021; the register went into operation on Fri 1 Jan 2021 (hannibalfm)"),
    ev("launch-conference", "كان قد بيّن في الأسبوع الماضي", LAUNCH, "'في الأسبوع الماضي' from Thu 24 Dec = the week of 14-20 Dec 2020; the minister's figures were given at the launch press conference of Wed 16 Dec 2020 (webmanagercenter, businessnews)"),
    ev("contraband-phones-cut-off", "تصبح الهواتف المحمولة التي دخلت البلاد بصورة غير قانونية عاجزة عن العمل", START, "no own expression; 'ما إن تبدأ المنظومة الجديدة عملها' = from the start of the register, Fri 1 Jan 2021"),
])
art(S, "https://jdd-tunisie.com/ar/2020/12/%d8%a7%d8%b7%d9%84%d8%a7%d9%82-%d9%85%d9%86%d8%b8%d9%88%d9%85%d8%a9-%d8%b3%d8%ac%d9%84%d9%86%d9%8a-%d9%84%d8%b6%d9%85%d8%a7%d9%86-%d8%b3%d9%84%d8%a7%d9%85%d8%a9-%d8%a7%d9%84%d9%87%d9%88%d8%a7",
    "2020-12-28", "the body's 'اليوم28ديسمبر2020' (kept verbatim, spacing included; 28 Dec 2020 was a Monday), URL month '/2020/12/' agrees; headline rendered from the URL slug; the sub-heading 'هدف أمني بحت' and the last, truncated sentence dropped", True, """
إطلاق منظومة «سجلني» لضمان سلامة الهواتف الجوالة
أفاد وزير تكنولوجيات الاتصال محمد الفاضل كريم، لدى استضافته اليوم28ديسمبر2020 في برنامج «يوم سعيد» على الإذاعة الوطنية التونسية، بأن المنظومة الوطنية لضمان سلامة الهواتف الجوالة ستطلق منظومة «سجلني» التي ستتيح القضاء على ظاهرة «البراكاج».
وأوضح الوزير في السياق ذاته أن المنظومة سجل لامركزي سيتم تفعيله بداية من يوم 4جانفي 2021، وهي قاعدة بيانات تضم معرّفات تكشف الهواتف الجوالة المستعملة على شبكات المشغلين الثلاثة في تونس، والغاية منها ألا تُستعمل شبكة الهاتف إلا عبر هاتف موثوق به.
وبيّن أن المنظومة ستمكّن صاحب الهاتف الضائع أو المسروق من تقديم شكاية إلى المصالح الأمنية، التي تتولى بدورها إيقاف الهاتف عن العمل على الشبكات الثلاث، فيفقد الهاتف المسروق كل قيمة، مؤكدا أنها ستقلّص نسبة الجريمة وسرقة الهواتف الجوالة.
وأضاف أنه ينبغي على المواطن أن يتجنب شراء هاتف جوال من السوق الموازية، لأن الاستيراد هو السبيل الوحيد لدخول الهاتف الجوال إلى تونس، وأن المنظومة الجديدة تتيح رفض معرّفات كل الهواتف التي لم تدخل البلاد بطرق قانونية.
""", [
    ev("minister-radio-interview", "لدى استضافته اليوم28ديسمبر2020", RADIO, "'اليوم28ديسمبر2020' = Mon 28 Dec 2020"),
    ev("activation-4-jan", "سيتم تفعيله بداية من يوم 4جانفي 2021", "2021-01-04", "'بداية من يوم 4جانفي 2021' (a Monday) as the minister put it in this interview; the other reports give Fri 1 Jan 2021 for the entry into operation (kept as a separate event)"),
])
art(S, "https://ar.webmanagercenter.com/2020/12/29/307217/%d9%86%d9%88%d9%81%d9%84-%d8%a8%d9%86-%d8%b3%d8%b9%d9%8a%d8%af%d8%b3%d8%ac%d9%91%d9%84%d9%86%d9%8a-%d8%b3%d8%aa%d9%86%d9%87%d9%8a-%d8%a8%d9%8a%d8%b9-%d9%88%d8%b4%d8%b1%d8%a7%d8%a1-%d8%a7%d9%84",
    "2020-12-29", "date in the URL '/2020/12/29/' (29 Dec 2020 was a Tuesday); the body's future 'بداية من غرّة جانفي 2021' agrees; headline written from the URL slug and the body (the slug is cut off); the last, truncated sentence dropped; no date of its own in the text", False, """
نوفل بن سعيد: «سجّلني» ستضع حدا لبيع الهواتف المسروقة والمهربة
أطلق مركز الدراسات والبحوث للاتصالات منظومة السجل المركزي لمعرّف التجهيزات «سجلني»، التي ستساعد على التصدي لسرقة الهواتف الجوالة ولانتشار الهواتف المتأتية من السوق الموازية غير المطابقة لمعايير السلامة الصحية، بما يسهم في حماية الاقتصاد.
وستتيح منظومة «سجلني»، التي سينطلق العمل بها فعليا بداية من غرّة جانفي 2021، حظر تشغيل الهواتف المسروقة ومنع الهواتف القادمة من الأسواق الموازية من الاتصال عبر شبكات الاتصالات الوطنية.
وفي هذا السياق، أكد المدير العام لمركز الدراسات والبحوث للاتصالات نوفل بن سعيد، في تصريح لـ«المصدر»، أن المنظومة، التي ولدت من شراكة بين أطراف عدة منها وزارة الداخلية والهيئة الوطنية لحماية المعطيات الشخصية وتحت إشراف وزارة التكنولوجيا، ترمي إلى ثلاثة أهداف رئيسية، أولها أمني يتمثل في مكافحة سرقة الهواتف الجوالة و«البراكاجات»، إذ باتت لدى وزارة الداخلية آلية لحظر الهاتف المسروق بعد استكمال الأبحاث الأولية وثبوت تعذر استرجاعه.
كما ستحمي «سجلني» صحة المستهلك عبر منع الهواتف المتأتية من السوق الموازية التي لا تحترم المواصفات الفنية وقد تسبب له أمراضا خطيرة.
""", [
    ev("launch-conference", "أطلق مركز الدراسات والبحوث للاتصالات منظومة السجل المركزي", LAUNCH, "no own expression; the platform was launched at the minister's press conference of Wed 16 Dec 2020 (businessnews 'Ce mercredi 16 décembre 2020 marque le lancement')"),
    ev("sajalni-start", "سينطلق العمل بها فعليا بداية من غرّة جانفي 2021", START, "'بداية من غرّة جانفي 2021' = Fri 1 Jan 2021"),
    ev("contraband-phones-cut-off", "منع الهواتف القادمة من الأسواق الموازية من الاتصال", START, "no own expression; the blocking applies once the register runs, from Fri 1 Jan 2021"),
])
art(S, "https://hannibalfm.net/%d9%85%d9%86-%d8%a7%d9%84%d9%8a%d9%88%d9%85-%d8%a7%d9%86%d8%b7%d9%84%d8%a7%d9%82-%d8%b9%d9%85%d9%84-%d9%85%d9%86%d8%b8%d9%88%d9%85%d8%a9-%d8%b3%d8%ac%d9%84%d9%86%d9%8a-%d9%84%d9%84%d8%aa%d8%b5",
    "2021-01-01", "the body's 'اليوم الجمعة غرة جانفي 2021' (kept; 1 Jan 2021 was a Friday); headline rendered from the URL slug; the last, truncated sentence dropped", True, """
من اليوم.. انطلاق عمل منظومة «سجلّني» للتصدي للهواتف المهربة
تبدأ المنظومة الوطنية لتسجيل الأجهزة الجوالة في تونس «سجلّني» العمل اليوم الجمعة غرة جانفي 2021، بهدف مواجهة بيع الهواتف الجوالة المهربة والمقلدة في السوق.
وكان وزير تكنولوجيات الاتصال، محمد الفاضل كريّم، قد بيّن أن التشغيل الفعلي لـ«سجّلني» في تسجيل الأجهزة الجوالة العاملة على الشبكات العمومية للاتصالات (وتُسمى السجل المركزي لمعرفة التجهيزات) سينطلق ابتداء من غرّة جانفي 2021، مؤكدا أهمية المنظومة الوطنية في التصدي لسرقة أجهزة الاتصال الجوالة وللأجهزة الآتية من السوق الموازية أو التي لم تخضع لإجراءات الرقابة القانونية عند توريدها.
وأوضح الوزير أن «سجّلني» ستساعد على الحد من تهريب الأجهزة الجوالة وتقليدها وستقلص استعمال الأجهزة غير المطابقة للمواصفات التقنية التونسية، لافتا إلى أن 60 بالمائة من الهواتف الجوالة المتداولة في السوق مصدرها السوق الموازية.
كما نبّه إلى دورها في مكافحة التهرب الجبائي، موضحا أن 3 مليون هاتف جوال جديد فقط من بين 7 ملايين هاتف تُستورد سنويا عبر المسالك القانونية.
""", [
    ev("sajalni-start", "العمل اليوم الجمعة غرة جانفي 2021", START, "'اليوم الجمعة غرة جانفي 2021' = Fri 1 Jan 2021"),
    ev("minister-earlier-statement", "محمد الفاضل كريّم، قد بيّن أن التشغيل الفعلي", LAUNCH, "no own expression ('قد بيّن'); the minister gave this start date at the launch of Wed 16 Dec 2020 and again on the radio on Mon 28 Dec 2020 (jdd-tunisie); my span 16-28 Dec", end="2020-12-29"),
    ev("sajalni-start", "سينطلق ابتداء من غرّة جانفي 2021", START, "'ابتداء من غرّة جانفي 2021' = Fri 1 Jan 2021 (the start as the minister announced it; the same event as the first sentence)"),
])

# ---------------------------------------------------------------- yemen-houthi-mobile-price-hike-2024
S = "yemen-houthi-mobile-price-hike-2024"
HIKE = ("2024-06-26", "2024-06-28")        # new price lists of Yemen Mobile / Sabafon / YOU in Sanaa (my span Wed 26 - Thu 27 Jun 2024)
SABAFON = "2024-06-27"                     # Sabafon's list posted on Facebook 'اليوم الخميس', Thu 27 Jun 2024
ANGER = ("2024-06-27", "2024-06-30")       # public anger and boycott calls (my span 27-29 Jun 2024)
CBY = ("2024-04-02", "2024-06-27")         # the Central Bank in Aden's measures against the Sanaa banks (my span)
art(S, "https://livehod.com/2024/06/27/%D8%A7%D9%84%D8%AD%D9%88%D8%AB%D9%8A-%D9%8A%D8%B1%D9%81%D8%B9-%D8%A3%D8%B3%D8%B9%D8%A7%D8%B1-%D8%AE%D8%AF%D9%85%D8%A7%D8%AA-%D8%A7%D9%84%D9%87%D8%A7%D8%AA%D9%81-%D8%A7%D9%84%D9%86%D9%82%D8%A7%D9%84",
    "2024-06-27", "date in the URL '/2024/06/27/' (27 Jun 2024 was a Thursday); headline kept from the page; the source line 'عن وكالة 2 ديسمبر' dropped; no date of its own in the text", False, """
الحوثي يرفع أسعار خدمات الهاتف النقال وسط أزمة مالية تعصف بالمليشيا
فرضت مليشيا الحوثي الإرهابية زيادة جديدة على أسعار خدمات الهاتف المحمول، في خطوة تكشف اشتداد الأزمة المالية التي تمر بها الجماعة المدعومة من إيران عقب إجراءات البنك المركزي في عدن.
وأعلنت شركات الهاتف المحمول الكبرى الواقعة تحت سيطرة المليشيا (يمن موبايل وسبأفون ويو) عروضا جديدة بأسعار أعلى، مع إلغاء عدد من الخدمات.
وتتضمن الزيادة إلغاء باقات الإنترنت والمكالمات الرخيصة واستبدالها بخيارات جديدة أغلى ثمنا.
وتضيف هذه الزيادة عبئا جديدا على كاهل اليمنيين الذين يعانون أصلا أوضاعا اقتصادية صعبة جراء الحرب الحوثية المستمرة في البلاد.
وقوبلت الزيادة الجديدة بموجة من الغضب والاستياء بين اليمنيين، الذين أعلنوا رفضهم لها على مواقع التواصل الاجتماعي.
""", [
    ev("price-hike", "فرضت مليشيا الحوثي الإرهابية زيادة جديدة على أسعار خدمات الهاتف المحمول", HIKE[0], "no own expression; the new price lists of the Sanaa operators, Wed 26 - Thu 27 Jun 2024 (barran 'الأربعاء الماضي 27 يونيو' - weekday and date disagree; dotalkhalij 'اليوم الخميس'); my span", end=HIKE[1]),
    ev("cby-aden-measures", "عقب إجراءات البنك المركزي في عدن", CBY[0], "no own expression; the Aden central bank's measures against the Sanaa banks, from its order of 2 Apr 2024 to move their head offices to Aden to the suspension of six banks on 30 May 2024 and after; my span 2 Apr - 26 Jun 2024", end=CBY[1]),
    ev("public-anger", "وقوبلت الزيادة الجديدة بموجة من الغضب والاستياء", ANGER[0], "no own expression; the anger on social media after the hike, 27-29 Jun 2024 (alsahil 29 Jun, arabkhabar 29 Jun); my span", end=ANGER[1]),
])
art(S, "https://news.dotalkhalij.com/gulf/29718122/%D9%84%D8%A3%D9%88%D9%84-%D9%85%D8%B1%D8%A9--%D8%B4%D8%B1%D9%83%D8%A7%D8%AA-%D9%8A%D9%85%D9%86-%D9%85%D9%88%D8%A8%D8%A7%D9%8A%D9%84-%D9%88%D8%B3%D8%A8%D8%A3%D9%81%D9%88%D9%86-%D9%88%D9%8A%D9%88-%D8%AA%D8%B5%D8%AF%D9%85-%D8%A7%D9%84%D9%85%D8%B4%D8%AA%D8%B1%D9%83%D9%8A%D9%86-%D8%A8%D9%87%D8%B0%D8%A7-%D8%A7%D9%84%D8%A5%D8%AC%D8%B1%D8%A7%D8%A1-%D8%A7%D9%84%D8%AC%D8%AF%D9%8A%D8%AF--%D8%A7%D9%84%D8%A3%D8%B3%D8%B9%D8%A7%D8%B1-%D8%A7%D9%84%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9.html",
    "2024-06-27", "no date on the stored page; the body's 'اليوم الخميس' for Sabafon's new list, with the hike reported on Thu 27 Jun 2024 (livehod URL date) and barran's '27 يونيو', gives Thu 27 Jun 2024; headline shortened from the URL slug; the dateline 'الرياض - محمد الاطلسي' and the last, truncated sentence dropped; no date of its own in the text", False, """
شركات يمن موبايل وسبأفون ويو تصدم المشتركين بأسعار جديدة
فرضت شركات الهاتف النقال الواقعة تحت سيطرة الحوثيين زيادة سعرية جديدة على الخدمات التي تقدمها لمشتركيها.
ونشرت شركة يمن موبايل، المملوكة لجهات حكومية وللقطاع الخاص والخاضعة لسيطرة الحوثيين، قائمة جديدة بخدماتها تكشف عن جرعة سعرية جديدة وإلغاء عدد من الخدمات.
فقد ألغت الشركة باقة 6 جيجا بسعر 2400 ووضعت مكانها باقة 4 جيجا الشهرية بسعر 2000 ريال، وألغت باقة 12 جيجا بسعر 4400 ريال لتحل محلها باقة 8 جيجا بسعر 3900 ريال، كما استبدلت باقة 25 جيجا بسعر 9000 ريال بباقة 20 جيجا بسعر 9700 ريال.
أما شركة سبأفون في صنعاء، التي وضع القيادي الحوثي صالح الشاعر يده عليها، فقد رفعت أسعار الباقات والخدمات بنسبة كبيرة، وفق البيانات المنشورة على صفحتها في فيسبوك.
ووفق أسعار الخدمات المنشورة اليوم الخميس على صفحة الشركة في فيسبوك، قلّصت الشركة باقة 8 جيجا التي كانت بسعر 3175 ريال بالطبعة القديمة إلى 7 جيجا ورفعت سعرها إلى 3420 ريالا بالطبعة القديمة.
كذلك خفضت شركة (YOU) للاتصالات، التي يُشتبه أن مشتريها تجار حوثيون ومستثمرون عمانيون، دقائق الاتصال بجميع الشبكات في الباقة مكس 6 جيجا من 120 دقيقة إلى 40 دقيقة فقط.
""", [
    ev("price-hike", "فرضت شركات الهاتف النقال الواقعة تحت سيطرة الحوثيين زيادة سعرية جديدة", HIKE[0], "no own expression; the new price lists of Wed 26 - Thu 27 Jun 2024 (my span)", end=HIKE[1]),
    ev("yemen-mobile-list", "ونشرت شركة يمن موبايل", HIKE[0], "no own expression; Yemen Mobile's new list, out by Thu 27 Jun 2024 (my span 26-27 Jun)", end=HIKE[1]),
    ev("sabafon-list", "أسعار الخدمات المنشورة اليوم الخميس على صفحة الشركة في فيسبوك", SABAFON, "'اليوم الخميس' = Thu 27 Jun 2024"),
    ev("you-bundle-cut", "كذلك خفضت شركة (YOU) للاتصالات", HIKE[0], "no own expression; YOU's cut of the same days (my span 26-27 Jun 2024)", end=HIKE[1]),
])
art(S, "https://alsahil.net/news32613.html",
    "2024-06-29", "page stamp '01:42 2024/06/29' (kept as second line; 29 Jun 2024 was a Saturday); headline kept from the page; the source line 'الساحل الغربي - خاص' and the last, truncated sentence dropped", True, """
الاتصالات تحت الحصار الحوثي: بين مطرقة الأسعار وسندان الخدمة
01:42 2024/06/29
في ظل تدهور الأوضاع الاقتصادية، يواجه اليمنيون تطورات مقلقة عقب قرارات مليشيا الحوثي رفع أسعار خدمات الاتصالات، ما أثار سخطا واسعا بين المواطنين؛ إذ أعلنت شركات الاتصالات الخاضعة لسيطرة الحوثيين، ومنها يمن موبايل وسبأفون، تعديلات سعرية قلّصت حجم الباقات ورفعت أثمانها، في خطوة تعكس الضغوط الاقتصادية التي تفرضها الجماعة على السكان.
فقد ألغت شركة يمن موبايل باقة الـ6 جيجا التي كان سعرها 2400 ريال وعوضتها بباقة 4 جيجا بسعر 2000 ريال، وقلّصت باقة الـ12 جيجا إلى 8 جيجا بسعر 3900 ريال، واستبدلت بباقة الـ25 جيجا باقة 20 جيجا بسعر 9700 ريال.
ومن جهتها رفعت شركة سبأفون أسعار باقاتها، فخفضت حجم باقة الـ8 جيجا إلى 7 جيجا ورفعت سعرها إلى 3420 ريالًا.
ولم تكن شركة (YOU) للاتصالات بمنأى عن هذه السياسة، إذ قلّصت دقائق الاتصال بجميع الشبكات في الباقة مكس 6 جيجا من 120 دقيقة إلى 40 دقيقة فقط، وألغت باقتي الـ18 جيجا والـ10 جيجا.
وتأتي هذه الزيادات في وقت يُصنّف فيه سعر الإنترنت في اليمن بين الأغلى عربيا وعالميا، مع خدمة تُعد الأسوأ على مستوى العالم.
""", [
    ev("price-hike", "قرارات مليشيا الحوثي رفع أسعار خدمات الاتصالات", HIKE[0], "no own expression; the new price lists of Wed 26 - Thu 27 Jun 2024 (my span)", end=HIKE[1]),
    ev("public-anger", "ما أثار سخطا واسعا بين المواطنين", ANGER[0], "no own expression; the anger from the hike to this report of Sat 29 Jun 2024 (my span 27-29 Jun)", end=ANGER[1]),
    ev("yemen-mobile-list", "فقد ألغت شركة يمن موبايل باقة الـ6 جيجا", HIKE[0], "no own expression; Yemen Mobile's new list, out by Thu 27 Jun 2024 (my span 26-27 Jun)", end=HIKE[1]),
    ev("sabafon-list", "ومن جهتها رفعت شركة سبأفون أسعار باقاتها", SABAFON, "no own expression; Sabafon's list posted on Thu 27 Jun 2024 (dotalkhalij 'اليوم الخميس')"),
    ev("you-bundle-cut", "ولم تكن شركة (YOU) للاتصالات بمنأى عن هذه السياسة", HIKE[0], "no own expression; YOU's cut of the same days (my span 26-27 Jun 2024)", end=HIKE[1]),
])
art(S, "https://arabkhabar.com/a/2823362",
    "2024-06-29", "page line 'تاريخ النشر: 29th, June 2024 GMT' (kept as second line; 29 Jun 2024 was a Saturday); headline kept from the page; the last, truncated sentence (Sabafon's list) dropped", True, """
استهجان شعبي واسع.. الحوثي يفرض جرعة سعرية على الاتصالات والإنترنت
تاريخ النشر: 29th, June 2024 GMT
فرضت مليشيا الحوثي، ذراع إيران في اليمن، جرعة سعرية جديدة على خدمات الاتصالات والإنترنت لدى كل شركات الهاتف النقال العاملة في البلاد.
وقوبلت الخطوة باستهجان واسع من المواطنين الذين أعلنوا رفضهم لهذه الجرعة في ظل ظروف اقتصادية قاسية، لا سيما أن شركات الاتصالات لم تقدم أي مبررات مقنعة لرفع أسعار باقات الاشتراك.
وتعمل في اليمن 3 شركات رئيسية لخدمات الهاتف النقال والإنترنت، أبرزها شركة "يمن موبايل" الحكومية، وهي الشبكة الأولى والأكبر في البلد، إلى جانب شركتي "سبأفون" و"يو"، وجميعها تحت سيطرة المليشيا الحوثية في صنعاء.
وذكر مواطنون أن شركات الاتصالات اللاسلكية رفعت أسعار باقات الاشتراك في خدمات الإنترنت وقلّصت حجمها بنسب تختلف من شركة إلى أخرى، مبينين أن شركة "يمن موبايل" الحكومية كانت أول من طبّق الجرعة السعرية على باقات الإنترنت.
وأوضحوا أن باقة 6 جيجا التي كان سعرها 2400 ريال صارت 4 جيجا بمبلغ 2000 ريال، وأن باقة 12 جيجا بسعر 4400 ريال أصبحت 8 جيجا بسعر 3900 ريال.
""", [
    ev("price-hike", "فرضت مليشيا الحوثي، ذراع إيران في اليمن، جرعة سعرية جديدة", HIKE[0], "no own expression; the new price lists of Wed 26 - Thu 27 Jun 2024 (my span)", end=HIKE[1]),
    ev("public-anger", "وقوبلت الخطوة باستهجان واسع من المواطنين", ANGER[0], "no own expression; the public reaction up to this report of Sat 29 Jun 2024 (my span 27-29 Jun)", end=ANGER[1]),
    ev("yemen-mobile-list", "كانت أول من طبّق الجرعة السعرية على باقات الإنترنت", HIKE[0], "no own expression; Yemen Mobile's new list, out by Thu 27 Jun 2024 (my span 26-27 Jun)", end=HIKE[1]),
])

# ---------------------------------------------------------------- iraq-topup-card-fee-20pct-2026
S = "iraq-topup-card-fee-20pct-2026"
FEE = "2026-02-23"                         # the 20 % service fee on top-ups applied from Mon 23 Feb 2026
CABINET = "2025-12-16"                     # cabinet decision no. 1083 of 2025, taken at the 50th regular session of Tue 16 Dec 2025
KRG = "2026-02-25"                         # the Kurdistan Region's transport and communications ministry's clarification, Wed 25 Feb 2026
art(S, "http://burathanews.com/arabic/news/471811",
    "2026-02-23", "the body's 'اليوم الاثنين، ( 23 شباط 2026 )' (kept; 23 Feb 2026 was a Monday) and the stamp 'date 2026-02-23'; headline written from the body (the stored text has none)", True, """
الاتصالات توجّه بفرض أجور خدمة بنسبة 20% على تعبئة رصيد الهواتف والإنترنت
وجّهت الشركة العامة للاتصالات والمعلوماتية، المرتبطة بوزارة الاتصالات، اليوم الاثنين، ( 23 شباط 2026 )، بفرض أجور خدمة قدرها 20% على تعبئة رصيد الهواتف والإنترنت، بالاستناد إلى قرارات صادرة عن مجلس الوزراء.
وبحسب وثيقة صادرة عن مديرية البنى التحتية للاتصالات والمعلوماتية ووصلت إلى "بغداد اليوم"، وهي موجهة إلى شركة إيرثلنك والشركات المنفذة لعقود (FTTH) والخدمات الضوئية، فإن التوجيه يأتي "استنادا إلى الفقرة (5) من قرار مجلس الوزراء المرقم 1083 لسنة 2025، التي قضت بإعادة العمل بفرض أجور خدمة مقدارها 20% على تعبئة رصيد التلفونات والإنترنت، سواء أكانت بالكارتات أم عبر التطبيقات الإلكترونية".
وبيّنت الوثيقة أن "وزارة الاتصالات وهيئة الإعلام والاتصالات تتكفلان بجباية هذه الأجور وتسويتها شهرياً مع شركات الاتصالات والإنترنت، ثم إيداع مبالغها في حساب وزارة المالية".
""", [
    ev("company-directive", "وجّهت الشركة العامة للاتصالات والمعلوماتية", FEE, "'اليوم الاثنين، ( 23 شباط 2026 )' = Mon 23 Feb 2026"),
    ev("fee-in-force", "بفرض أجور خدمة قدرها 20% على تعبئة رصيد الهواتف والإنترنت", FEE, "the fee applied from Mon 23 Feb 2026 (this report's day; alsumaria 'اعتبارا من 23 شباط 2026'; kurdistan24: 'منذ يوم 23 شباط')"),
    ev("cabinet-decision-1083", "قرار مجلس الوزراء المرقم 1083 لسنة 2025", CABINET, "'لسنة 2025' gives only the year; the decision was taken at the cabinet's 50th regular session of Tue 16 Dec 2025 (eishan, from the cabinet secretariat's documents)"),
])
art(S, "https://www.alsumaria.tv/news/localnews/556915/%D8%A7%D9%82%D9%84-%D8%A7%D8%B4%D8%AA%D8%B1%D8%A7%D9%83-%D8%A7%D8%B5%D8%A8%D8%AD-47-%D8%A7%D9%84%D9%81-%D8%AF%D9%8A%D9%86%D8%A7%D8%B1-%D8%B6%D8%B1%D9%8A%D8%A8%D8%A9-%D8%A7%D9%84%D8%A7%D9%86%D8%AA%D8%B1%D9%86%D8%AA-%D8%AA%D8%AF%D8%AE%D9%84-%D8%AD%D9%8A%D8%B2-%D8%A7%D9%84%D8%AA%D9%86%D9%81%D9%8A%D8%B0-%D9%88%D8%AA%D9%88%D8%AC%D9%8A%D9%87-%D9%84%D9%84",
    "2026-02-24", "stamp 'date 2026-02-24' at the head of the stored page (not kept; 24 Feb 2026 was a Tuesday); the body's 'دخل حيز التنفيذ منذ يوم امس' with the fee applied 'اعتبارا من 23 شباط 2026' agrees; headline rendered from the URL slug (the stored text starts mid-article); no date of its own in the text", False, """
أقل اشتراك صار بـ47 ألف دينار.. ضريبة الإنترنت تدخل حيز التنفيذ
تفيد الوثيقة المسرّبة التي اطلعت عليها وسائل الإعلام وتناقلتها بأن مديرية البنى التحتية للاتصالات والمعلوماتية خاطبت جميع الشركات لفرض نسبة 20% بحسب عدد المشتركين وسعر الاشتراك، وتسديدها إلى الشركة العامة للاتصالات والمعلوماتية، على أن تُحتسب النسبة "على كل مستخدم فعال من سعر بيع الباقة اعتبارا من 23 شباط 2026"، وهو ما يعني أن القرار دخل حيز التنفيذ منذ يوم امس.
واللافت أن الآراء البرلمانية، بل حتى وزيرة الاتصالات التي ألغت في عام 2022 ضريبة الـ20% المفروضة على الكارتات، كانت تأخذ على الشركات تحميلها الضريبة للمواطن بدل أن تتحملها بنفسها، غير أن التوجيه الأخير يطلب من الشركات صراحةً أن تقتطع هذه النسبة من المستهلك مباشرة.
وبحسب هذه النسبة، سيرتفع أدنى اشتراك إنترنت من 35 ألف دينار إلى 47 ألف دينار عراقي، فيما يصبح اشتراك الـ45 ألفاً بـ54 ألف دينار، ويبلغ الاشتراك الأعلى 156 ألف دينار.
""", [
    ev("company-directive", "خاطبت جميع الشركات لفرض نسبة 20%", FEE, "no own expression; the directorate's letter, reported on Mon 23 Feb 2026 (burathanews 'اليوم الاثنين'); my date 23 Feb"),
    ev("fee-in-force", "أن القرار دخل حيز التنفيذ منذ يوم امس", FEE, "'منذ يوم امس' from Tue 24 = Mon 23 Feb 2026; also 'اعتبارا من 23 شباط 2026'"),
    ev("tax-cancelled-2022", "التي ألغت في عام 2022 ضريبة الـ20%", "2022-11-22", "'في عام 2022' gives only the year; the cabinet voted to cancel the 20 % tax on top-up cards on Tue 22 Nov 2022 (baghdadtoday, the minister Hiyam al-Yasiri's thanks 'اليوم الثلاثاء')"),
])
art(S, "https://www.kurdistan24.net/ar/story/896374/%D8%A7%D8%AA%D8%B5%D8%A7%D9%84%D8%A7%D8%AA-%D9%83%D9%88%D8%B1%D8%AF%D8%B3%D8%AA%D8%A7%D9%86-%D8%B1%D9%81%D8%B9-%D8%A3%D8%B3%D8%B9%D8%A7%D8%B1-%D8%B4%D8%AD%D9%86-%D8%A7%D9%84%D8%A8%D8%B7%D8%A7%D9%82%D8%A7%D8%AA-%D9%84%D8%A7-%D8%AA%D8%B4%D9%85%D9%84-%D8%A7%D9%84%D8%B4%D8%B1%D9%83%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D8%B1%D8%AE%D8%B5%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D8%A5%D9%82%D9%84%D9%8A%D9%85",
    "2026-02-25", "the body's 'اليوم الأربعاء 25 شباط 2026' (kept; 25 Feb 2026 was a Wednesday); headline rendered from the URL slug; 'منذ ساعتين' and the dateline 'أربيل (كوردستان 24)-' dropped; the last, truncated words dropped", True, """
اتصالات كوردستان: زيادة أسعار شحن البطاقات لا تطال الشركات المرخصة في الإقليم
أصدرت وزارة النقل والاتصالات في حكومة إقليم كوردستان، اليوم الأربعاء 25 شباط 2026، إيضاحاً رسمياً حول القرار الأخير للحكومة الاتحادية برفع الرسوم الضريبية على بطاقات تعبئة الهاتف المحمول وخدمات الإنترنت، وأكدت أن الزيادة لن تسري على جميع الشركات العاملة في الإقليم.
وأفاد المتحدث باسم الوزارة، ديلان رشاد، في تصريح لكوردستان24، بأن قرار رفع الأسعار الذي أقره مجلس الوزراء الاتحادي في إطار سعي بغداد إلى تعظيم الإيرادات غير النفطية في الموازنة العامة يقتصر تطبيقه على الشركات التي تتبع مراكزها التعاقدية ورخصها سلطة الحكومة الاتحادية في بغداد.
وبيّن رشاد أن كبرى شركات الاتصالات (آسياسيل وكورك تليكوم وزين) مضطرة إلى اعتماد التسعيرة الجديدة ورفع أسعار بطاقاتها، لأن عقود عملها وتراخيصها مرتبطة بالهيئة الاتحادية للاتصالات في بغداد.
وفي المقابل، طمأن رشاد المواطنين إلى أن الشركات الـ 35 المزودة لخدمة الإنترنت والحاصلة على ترخيص رسمي من وزارة النقل والاتصالات في إقليم كوردستان غير مشمولة بالزيادة، وأنها ستبقي أسعار خدماتها مستقرة من دون أي تغيير.
وتأتي هذه الخطوة الرسمية من حكومة الإقليم لتهدئة مخاوف مواطني كوردستان، بالتزامن مع موجة من الاستياء الشعبي.
""", [
    ev("krg-clarification", "أصدرت وزارة النقل والاتصالات في حكومة إقليم كوردستان، اليوم الأربعاء 25 شباط 2026", KRG, "'اليوم الأربعاء 25 شباط 2026' (a Wednesday)"),
    ev("cabinet-decision-1083", "قرار رفع الأسعار الذي أقره مجلس الوزراء الاتحادي", CABINET, "no own expression; the cabinet's decision no. 1083 of its session of Tue 16 Dec 2025 (eishan)"),
    ev("public-discontent", "بالتزامن مع موجة من الاستياء الشعبي", FEE, "no own expression; the discontent since the fee applied on Mon 23 Feb 2026, up to this report of Wed 25 Feb; my span 23-25 Feb", end="2026-02-26"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 303
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

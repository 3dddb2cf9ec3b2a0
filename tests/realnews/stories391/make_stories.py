"""Builds stories.jsonl: the 391-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Yemen's governorates (Hadramawt, al-Mahra,
Taiz, Marib, Shabwa, Aden): floods, security, services, economy, tribal mediation.
Stories: the assassination of Iftihan al-Mashhari, head of Taiz's cleaning fund, and the hunt for her killers
(Taiz, September 2025), the clashes in Ataq between government forces and the Shabwa Defence forces / Giants
brigades (Shabwa, August 2022), the Houthi missile and drone strike on a fuel station in al-Rawdha (Marib, June
2021), and the April 2024 depression floods in Mukalla and al-Mahra (Hadramawt / al-Mahra, April 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- yemen-taiz-iftihan-mashhari-killing-2025
S = "yemen-taiz-iftihan-mashhari-killing-2025"
KILL = "2025-09-18"                        # Iftihan al-Mashhari shot dead at Sinan roundabout, Thu 18 Sep 2025 (morning)
KILLER_DEAD = "2025-09-24"                 # Mohammed Sadiq al-Mikhlafi killed by the security campaign, Wed 24 Sep 2025
art(S, "https://marebpress.net/news_details.php?lang=arabic&sid=213708",
    "2025-09-18", "page date line 'الخميس 18 سبتمبر-أيلول 2025 الساعة 02 مساءً' (kept; 18 Sep 2025 was a Thursday); the body's 'صباح اليوم الخميس' agrees; the byline 'مأرب برس- خاص' and the read counter dropped; headline written from the body (the stored text has none)", True, """
مسلحون يغتالون مديرة صندوق النظافة في تعز
الخميس 18 سبتمبر-أيلول 2025 الساعة 02 مساءً
صحت مدينة تعز على فاجعة وجريمة مروعة هزت المجتمع، إذ أقدم مسلحون مجهولون على اغتيال مديرة صندوق النظافة والتحسين الأستاذة إفتهان المشهري اليوم.
وأفاد مصدر محلي لمأرب برس بأن مسلحين يستقلون دراجة نارية أطلقوا النار على المشهري في جولة سنان وسط مدينة تعز، صباح اليوم الخميس، بينما كانت في سيارتها متجهة إلى عملها.
ونُقلت إفتهان إلى المستشفى، غير أنها كانت قد فارقت الحياة على الفور.
وبحسب مصادر طبية، أطلق المسلحون عددا كبيرا من الرصاصات على جسد الضحية ثم لاذوا بالفرار.
وأثارت الجريمة غضبا واسعا، وامتلأت مواقع التواصل بصور المشهري وبعبارات الحزن والاستنكار والتنديد بالوضع الأمني في المحافظة.
وطالب حقوقيون ومواطنون الجهات المختصة بسرعة ضبط الجناة وتقديمهم إلى العدالة والعمل على منع تكرار مثل هذه الجرائم.
""", [
    ev("assassination", "أقدم مسلحون مجهولون على اغتيال مديرة صندوق النظافة", KILL, "'اليوم' of the dated page of Thu 18 Sep 2025 ('صباح اليوم الخميس' at Sinan roundabout)"),
    ev("gunmen-flee", "ثم لاذوا بالفرار", KILL, "no own expression; right after the shooting of Thu 18 Sep 2025"),
    ev("public-outrage", "وأثارت الجريمة غضبا واسعا", KILL, "no own expression; the anger on the day of the killing, Thu 18 Sep 2025"),
])
art(S, "https://masaratcsm.org/masarat/ar/?p=6210",
    "2025-09-18", "page line 'تم النشر بتاريخ 18 سبتمبر, 2025' (kept; 18 Sep 2025 was a Thursday); the body's 'صباح اليوم' agrees; headline written from the body (the stored text has none); the stored text ends with 'في أغسطس الماضي', kept as the last sentence", True, """
اغتيال مديرة صندوق النظافة في تعز يشعل احتجاجات عمال النظافة
تم النشر بتاريخ 18 سبتمبر, 2025
تعز – خاص
صحت مدينة تعز صباح اليوم على جريمة اغتيال مروعة طالت مديرة صندوق النظافة والتحسين في المحافظة، الأستاذة افتهان المشهري، في حادثة هزت الشارع المحلي وأشعلت موجة غضب عارمة، بوصفها أول جريمة من نوعها في اليمن تستهدف امرأة في هذا القطاع الخدمي.
وبحسب شهود عيان، أمطر مسلحون مجهولون سيارة المشهري بوابل من الرصاص في جولة سنان شرق المدينة، فتوفيت على الفور.
وعقب الجريمة مباشرة، عمد عشرات من عمال النظافة إلى قطع شارع جمال وسط المدينة، وكوّموا القمامة أمام مبنى السلطة المحلية، احتجاجا على الجريمة ومطالبة بالقبض السريع على الجناة وتقديمهم للعدالة.
وشدد المحتجون على أن اغتيال المشهري، التي كانت تتابع أعمالهم اليومية بنفسها، يكشف مدى الانفلات الأمني الخطير في المحافظة، مؤكدين أنهم لن يصمتوا عن دمها وأنها كانت نموذجا للنزاهة والتفاني في العمل.
وأدت الاحتجاجات إلى تعطيل حركة السير لبعض الوقت في هذا الشارع الحيوي، وسط تضامن شعبي واسع ودعوات للسلطات إلى تحمل مسؤولياتها وحماية الكوادر الخدمية.
ويشار إلى أن المشهري سبق أن تعرضت لتهديدات واعتداءات في أغسطس الماضي.
""", [
    ev("assassination", "أمطر مسلحون مجهولون سيارة المشهري بوابل من الرصاص", KILL, "the shooting reported for 'صباح اليوم' of the page dated 18 Sep 2025 (Thu)"),
    ev("public-outrage", "أشعلت موجة غضب عارمة", KILL, "no own expression; the anger on the day of the killing, Thu 18 Sep 2025"),
    ev("cleaners-block-jamal-street", "عمد عشرات من عمال النظافة إلى قطع شارع جمال", KILL, "'عقب الجريمة مباشرة' = Thu 18 Sep 2025"),
    ev("august-threats", "تعرضت لتهديدات واعتداءات في أغسطس الماضي", "2025-08-01", "'أغسطس الماضي' from Sep 2025 = August 2025 (the month)", end="2025-09-01"),
])
art(S, "https://alkhalij365.co/alymn-news/13162501/%D8%AA%D8%B7%D9%88%D8%B1%D8%A7%D8%AA-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D8%AF%D8%A7%D8%AE%D9%84%D9%8A%D8%A9-%D9%8A%D8%A4%D9%83%D8%AF-%D8%A7%D9%84%D8%A5%D9%85%D8%B3%D8%A7%D9%83-%D8%A8%D9%82%D8%A7%D8%AA%D9%84-%D8%A7%D9%81%D8%AA%D9%87%D8%A7%D9%86-%D8%A7%D9%84%D9%85%D8%B4%D9%87%D8%B1%D9%8A-%D8%AA%D9%81%D8%A7%D8%B5%D9%8A%D9%84.html",
    "2025-09-20", "the stored page's date stamp 'date 2025-09-20' (20 Sep 2025 was a Saturday; dropped with the site's boilerplate 'شكرا لقرائتكم ...'); the body's 'الخميس الماضي' for the killing of Thu 18 Sep agrees; byline 'عدن - ياسمين التهامي' dropped; headline kept from the page without '(تفاصيل)'; no date of its own in the text", False, """
تطورات جديدة.. وزير الداخلية يؤكد الإمساك بقاتل افتهان المشهري
أعلن وزير الداخلية في الحكومة اليمنية، اللواء الركن إبراهيم علي حيدان، أن الأجهزة الأمنية في محافظة تعز نجحت في القبض على أحد أبرز المطلوبين في جريمة اغتيال مديرة صندوق النظافة والتحسين، الدكتورة افتهان المشهري، التي لقيت حتفها برصاص مسلحين وسط مدينة تعز الخميس الماضي.
وأثنى حيدان، خلال اتصال هاتفي مع مدير عام شرطة تعز العميد منصور الأكحلي، على جهود الأجهزة الأمنية التي تمكنت من ضبط المدعو جسار أحمد قاسم المخلافي، المتهم بالتحريض على الجريمة والتآمر لتنفيذها. وحث الوزير على رفع الجاهزية الأمنية لمواجهة التحديات وتسريع ملاحقة بقية المتورطين لإحالتهم إلى القضاء.
من جهته، أوضح العميد الأكحلي أن الحملة الأمنية مستمرة في تعقب بقية الجناة، لافتا إلى أن الأجهزة الأمنية تبذل أقصى ما في وسعها لتقديمهم إلى العدالة.
وكانت مصادر محلية قد أفادت بمقتل الدكتورة افتهان المشهري صباح الخميس، جراء إطلاق نار مباشر استهدف سيارتها في جولة سنان وسط المدينة.
""", [
    ev("assassination", "التي لقيت حتفها برصاص مسلحين وسط مدينة تعز الخميس الماضي", KILL, "'الخميس الماضي' from Sat 20 Sep 2025 = Thu 18 Sep 2025"),
    ev("jasar-arrest", "تمكنت من ضبط المدعو جسار أحمد قاسم المخلافي", "2025-09-18", "no own expression; the arrest came between the killing of Thu 18 Sep and this report of Sat 20 Sep 2025 (my span)", end="2025-09-21"),
    ev("minister-call", "وأثنى حيدان، خلال اتصال هاتفي", "2025-09-19", "no own expression; the minister's call after the arrest, reported on Sat 20 Sep 2025 (my span Fri 19 - Sat 20)", end="2025-09-21"),
])
art(S, "https://www.alaraby.co.uk/politics/%D8%A7%D9%84%D9%8A%D9%85%D9%86-%D9%82%D9%88%D8%A7%D8%AA-%D8%A7%D9%84%D8%A3%D9%85%D9%86-%D8%AA%D9%82%D8%AA%D9%84-%D8%A7%D9%84%D9%85%D8%AA%D9%87%D9%85-%D8%A8%D8%A7%D8%BA%D8%AA%D9%8A%D8%A7%D9%84-%D9%85%D8%AF%D9%8A%D8%B1%D8%A9-%D8%B5%D9%86%D8%AF%D9%88%D9%82-%D8%A7%D9%84%D9%86%D8%B8%D8%A7%D9%81%D8%A9-%D9%81%D9%8A-%D8%AA%D8%B9%D8%B2",
    "2025-09-24", "no date line on the stored page; the body's 'الأربعاء' with 'اليوم' and 'صباح اليوم' for the killing of al-Mikhlafi, which marebpress dates six days after the murder of Thu 18 Sep ('بعد الحادثة بستة أيام') and yemen-press stamps '24 سبتمبر 2025', gives Wed 24 Sep 2025; headline rendered from the URL slug; the page's three summary bullets dropped (they repeat the body); no date of its own in the text", False, """
اليمن: قوات الأمن تقتل المتهم باغتيال مديرة صندوق النظافة في تعز
أعلنت اللجنة الأمنية في محافظة تعز جنوب غربي اليمن، الأربعاء، مصرع المطلوب أمنيا محمد صادق المخلافي، المتهم باغتيال مديرة صندوق النظافة والتحسين افتهان المشهري، إثر اشتباكات مع الحملة الأمنية شمالي تعز.
وذكر مركز الإعلام الأمني في المحافظة، اليوم، أن المدعو محمد صادق المخلافي، المتهم بقتل مدير عام صندوق النظافة "افتهان المشهري"، لقي حتفه وهو يقاوم الحملة الأمنية في تبة الوكيل صباح اليوم.
وشدد مدير أمن تعز العميد منصور الأكحلي على أن الحملة الأمنية ماضية وستلاحق المجرمين في كل أوكارهم.
وتزامنا مع مقتل قاتل المشهري، أفاد الإعلام الأمني بأن الحملة الأمنية المشتركة ألقت القبض على المدعو همام مرعي والمدعو عرفات علي منصور، إلى جانب المدعو محمد سرحان.
""", [
    ev("killer-killed-announced", "أعلنت اللجنة الأمنية في محافظة تعز جنوب غربي اليمن، الأربعاء", KILLER_DEAD, "'الأربعاء' = Wed 24 Sep 2025"),
    ev("killer-killed", "لقي حتفه وهو يقاوم الحملة الأمنية في تبة الوكيل صباح اليوم", KILLER_DEAD, "'صباح اليوم' = the morning of Wed 24 Sep 2025"),
    ev("more-arrests", "ألقت القبض على المدعو همام مرعي", KILLER_DEAD, "'تزامنا مع مقتل قاتل المشهري' = Wed 24 Sep 2025"),
])

# ---------------------------------------------------------------- yemen-shabwa-ataq-clashes-2022
S = "yemen-shabwa-ataq-clashes-2022"
CLASH = "2022-08-08"                       # fighting broke out in Ataq on the morning of Mon 8 Aug 2022
TAKE = "2022-08-10"                        # the Giants / Shabwa Defence forces took Ataq on Wed 10 Aug 2022
art(S, "https://marebpress.net/news_details.php?sid=186285&lng=arabic",
    "2022-08-08", "page date line 'الإثنين 08 أغسطس-آب 2022 الساعة 01 مساءً' (kept; 8 Aug 2022 was a Monday); the body's 'اليوم الاثنين' agrees; the byline 'مأرب برس-خاص' and the read counter dropped; headline kept from the page (reworded); the last, truncated sentence dropped", True, """
فرار جماعي لقوات دفاع شبوة والقوات الحكومية تحكم قبضتها على الوضع
الإثنين 08 أغسطس-آب 2022 الساعة 01 مساءً
أفادت مصادر محلية في محافظة شبوة، اليوم الاثنين، بأن القوات المدعومة إماراتيا والمعروفة باسم قوات دفاع شبوة فرت بشكل جماعي إثر اندلاع مواجهات مع القوات الحكومية في عتق، عاصمة المحافظة، ومحيطها.
وحمّل الموقع قوات دفاع شبوة مسؤولية تفجير الوضع عسكريا، واتهم المحافظ العولقي الموالي للإمارات بالتسبب في الأزمة التي تعيشها المحافظة.
وأحكمت قوات الجيش والأمن الخاصة سيطرتها على البوابة الشرقية لمدينة عتق وعلى مبنى المحافظة.
وأكدت المصادر لموقع مأرب برس أن القوات الحكومية من الجيش الوطني ووحدات القوات الخاصة سيطرت على الوضع في عتق، بينما فرت مجاميع من دفاع شبوة مخلفة وراءها عتادا كبيرا.
وبحسب المصادر ذاتها، فإن أغلب عناصر دفاع شبوة، وهو الاسم الجديد لما كان يعرف بالنخبة الشبوانية، ينحدرون من محافظة الضالع وقد استقدمهم المجلس الانتقالي إلى شبوة في الفترة السابقة.
وذكر سكان أنهم رأوا أطقما عسكرية تابعة لدفاع شبوة تغادر عتق هاربة بعد نشوب المواجهات.
وسقط قتلى وجرحى في الاشتباكات التي اندلعت اليوم بين الطرفين.
""", [
    ev("ataq-clashes", "إثر اندلاع مواجهات مع القوات الحكومية في عتق", CLASH, "'اليوم الاثنين' = Mon 8 Aug 2022 (date line)"),
    ev("gov-forces-hold-governorate-building", "أحكمت قوات الجيش والأمن الخاصة سيطرتها على البوابة الشرقية", CLASH, "no own expression; the morning of Mon 8 Aug 2022 (the report is of 13:00 that day)"),
    ev("shabwa-defence-retreat", "فرت مجاميع من دفاع شبوة مخلفة وراءها عتادا كبيرا", CLASH, "no own expression; Mon 8 Aug 2022, as the report of that day says"),
    ev("first-day-casualties", "وسقط قتلى وجرحى في الاشتباكات التي اندلعت اليوم", CLASH, "'اليوم' = Mon 8 Aug 2022"),
])
art(S, "https://almashhadalkhaleeji.com/print.php?id=52231",
    "2022-08-08", "page date line '2022/08/08' (kept; 8 Aug 2022 was a Monday); the body's 'صباح اليوم الاثنين' agrees; '(أسماء+فيديو)' dropped from the headline; the last, truncated sentence (a quote of a hospital official) dropped", True, """
شبوة.. أنباء عن تراجع حدة المعارك و10 قتلى وعشرات الجرحى في حصيلة أولية
2022/08/08
قُتل 10 أشخاص بينهم قادة عسكريون بارزون وأصيب آخرون، جراء المواجهات التي اندلعت، صباح اليوم الاثنين، في مدينة عتق مركز محافظة شبوة النفطية (شرق اليمن) بين قوات الجيش والأمن الخاصة الموالية للحكومة اليمنية المعترف بها دولياً من جهة، وألوية العمالقة وقوات دفاع شبوة الموالية للمجلس الانتقالي الجنوبي من جهة أخرى، فيما تحدثت أنباء عن "انحسار" المواجهات.
وأفاد مصدر ميداني بأن من بين القتلى قائد قوات النجدة الموالي للحكومة العقيد عبداللطيف ظيفير، وقائد كتيبة الطوارئ والمهام في اللواء 30 مشاة العقيد أحمد لشقم ومرافقه علي مبارك حمض لنجف الباراسي العولقي، والقائد الميداني في قوات دفاع شبوة سعيد عبدالله بن لشعب الخليفي.
وبيّن المصدر أن القتلى يشملون كذلك أربعة جنود من "ألوية العمالقة" عُرف منهم محمد محسن الداوودي اليافعي وعبيد حسن علي البسيسي، مشيرا إلى أن المسن محمد صالح جبيله قُتل هو الآخر أثناء مروره في أحد أحياء مدينة عتق عند اندلاع الاشتباكات.
ولفت المصدر إلى أن الطاقم الطبي في مستشفى "عتق" الحكومي يعيش حالة طوارئ مع تزايد أعداد المصابين الذين يُنقلون لتلقي العلاج.
""", [
    ev("first-day-casualties", "قُتل 10 أشخاص بينهم قادة عسكريون بارزون", CLASH, "the deaths in the fighting of 'صباح اليوم الاثنين' = Mon 8 Aug 2022"),
    ev("ataq-clashes", "جراء المواجهات التي اندلعت، صباح اليوم الاثنين", CLASH, "'صباح اليوم الاثنين' = Mon 8 Aug 2022"),
    ev("clashes-subside", "فيما تحدثت أنباء عن \"انحسار\" المواجهات", CLASH, "no own expression; reports of Mon 8 Aug 2022 (date line)"),
    ev("lashqam-killed", "العقيد أحمد لشقم ومرافقه", CLASH, "no own expression; killed in the fighting of Mon 8 Aug 2022"),
    ev("hospital-emergency", "يعيش حالة طوارئ مع تزايد أعداد المصابين", CLASH, "no own expression; present tense of the report of Mon 8 Aug 2022"),
])
art(S, "https://khlaasa.net/1075838",
    "2022-08-08", "page stamp 'منذ 1 سنة - 2022-08-08' (dropped; 8 Aug 2022 was a Monday); the fighting it reports as still going on is that of Mon 8 Aug; headline kept from the page; the last, truncated sentence (on the 2nd Giants brigade) dropped; no date of its own in the text", False, """
موجز بأبرز تطورات القتال في شبوة
ذكرت مصادر عسكرية أن المواجهات المندلعة بين قوات حكومية وأخرى مدعومة من الإمارات ما زالت متواصلة وسط مدينة عتق، مركز محافظة شبوة.
ويحمّل مراقبون المحافظ عوض العولقي مسؤولية الاشتباكات الجارية، بعد أن أصدر قرارا بإقالة قائد قوات الأمن الخاصة المعين بقرار رئاسي، العميد عبدربه لعكب، متجاوزا نتائج تحقيق رسمي في أحداث عنف عاشتها المدينة في يوليو الماضي.
وبحسب المصادر، تسيطر القوات الحكومية من الجيش ومن وحدات أمنية تضم شرطة النجدة وقوات الأمن الخاصة على مبنى الإدارة المحلية في المحافظة، وتقترب من السيطرة على مقر لقوات ما يعرف بدفاع شبوة قرب معسكر الشهداء.
وكانت مصادر قد ذكرت أن العقيد أحمد لشقم، قائد كتيبة الطوارئ والمهام في اللواء 30 مشاة، قُتل مع أحد مرافقيه باستهداف سيارته من قبل قوات دفاع شبوة.
وفي السياق، أعلن محور أبين العسكري جاهزيته لمنع وصول أي تعزيزات تابعة للانتقالي والعمالقة الموالين للإمارات إلى شبوة.
كما قطعت قبائل في أبين الطريق ورفضت السماح بمرور أي تعزيزات للانتقالي.
""", [
    ev("ataq-clashes", "ما زالت متواصلة وسط مدينة عتق", CLASH, "no own expression; the fighting of Mon 8 Aug 2022 (page stamp)"),
    ev("laakab-dismissal", "أصدر قرارا بإقالة قائد قوات الأمن الخاصة", "2022-07-25", "no own expression; the governor's dismissal of Laakab after the July violence and before the fighting of Mon 8 Aug 2022 (my span 25 Jul - 7 Aug)", end=CLASH),
    ev("july-violence", "أحداث عنف عاشتها المدينة في يوليو الماضي", "2022-07-01", "'يوليو الماضي' from Aug 2022 = July 2022 (the month)", end="2022-08-01"),
    ev("gov-forces-hold-governorate-building", "تسيطر القوات الحكومية من الجيش ومن وحدات أمنية", CLASH, "no own expression; Mon 8 Aug 2022 (page stamp)"),
    ev("lashqam-killed", "قُتل مع أحد مرافقيه باستهداف سيارته", CLASH, "no own expression ('وكانت مصادر قد ذكرت'); killed in the fighting of Mon 8 Aug 2022"),
    ev("abyan-blocks-reinforcements", "أعلن محور أبين العسكري جاهزيته", CLASH, "no own expression; Mon 8 Aug 2022 (page stamp)"),
])
art(S, "https://elghadelyemeny.com/?p=355164",
    "2022-08-10", "the body's 'اليوم الأربعاء 10 أغسطس/آب 2022م' (kept; 10 Aug 2022 was a Wednesday); headline written from the body (the stored text has none)", True, """
قوات العمالقة ودفاع شبوة تبسط سيطرتها على عتق
نجحت قوات العمالقة وقوات دفاع شبوة اليوم الأربعاء 10 أغسطس/آب 2022م في بسط سيطرتها على مدينة عتق، مركز محافظة شبوة، بعد معارك عنيفة مع بعض القوات المتمردة المدعومة من حزب الإصلاح، جناح تنظيم الإخوان المسلمين في اليمن.
وأفادت مصادر عسكرية ومحلية بأن قوات العمالقة ودفاع شبوة، بعد معارك عنيفة مع عناصر من القوات الخاصة الموالية للإخوان، سيطرت اليوم على معسكر الشهداء، كما استولت على تبة الجلفوز وشارع النصب.
وأوضحت المصادر أن قوات العمالقة أحكمت سيطرتها على عتق بشكل كامل، وأن إطلاق النار الجاري الآن هو لتمشيط ما تبقى من خلايا، في حين فرت عشرات الأطقم والمدرعات نحو الجبال في مديرية الصعيد غربي محافظة شبوة.
وكان محافظ شبوة الشيخ عوض بن الوزير قد أعلن صباح اليوم الأربعاء عملية عسكرية لتحقيق الأمن والاستقرار وفرض القانون وملاحقة فلول المتمردين، بعد أيام من الأحداث الدامية التي عاشتها مدينة عتق.
ومنحت قوات العمالقة القوات التابعة لحزب الإصلاح مهلة حتى الساعة 4 الفجر لتسليم أنفسهم للمحاكمة ورفع الحصار الذي تفرضه على المواطنين في عتق، وإلا فإن تدخل ألوية العمالقة سيكون قاسيا.
""", [
    ev("ataq-takeover", "في بسط سيطرتها على مدينة عتق", TAKE, "'اليوم الأربعاء 10 أغسطس/آب 2022م'"),
    ev("shuhada-camp-taken", "سيطرت اليوم على معسكر الشهداء", TAKE, "'اليوم' = Wed 10 Aug 2022"),
    ev("special-forces-flee-to-said", "فرت عشرات الأطقم والمدرعات نحو الجبال", TAKE, "no own expression; Wed 10 Aug 2022, with the takeover"),
    ev("governor-operation", "قد أعلن صباح اليوم الأربعاء عملية عسكرية", TAKE, "'صباح اليوم الأربعاء' = Wed 10 Aug 2022"),
    ev("giants-ultimatum", "مهلة حتى الساعة 4 الفجر", "2022-08-09", "'الساعة 4 الفجر': the ultimatum given before the operation, running to 4 a.m. of Wed 10 Aug 2022 (my span Tue 9 - Wed 10)", end="2022-08-11"),
])

# ---------------------------------------------------------------- yemen-marib-rawdha-fuel-station-strike-2021
S = "yemen-marib-rawdha-fuel-station-strike-2021"
STRIKE = "2021-06-05"                      # missile + drone on the fuel station of al-Rawdha, evening of Sat 5 Jun 2021
art(S, "https://livehod.com/2021/06/05/%D9%85%D8%A3%D8%B1%D8%A8-%D9%85%D9%82%D8%AA%D9%84-17-%D9%85%D8%AF%D9%86%D9%8A%D9%8B%D8%A7-%D8%A8%D9%8A%D9%86%D9%87%D9%85-%D8%B7%D9%81%D9%84%D8%A9-%D8%A8%D9%82%D8%B5%D9%81-%D8%A8%D8%A7%D9%84%D8%B3",
    "2021-06-05", "date in the URL '/2021/06/05/' and the body's 'مساء السبت 5 يونيو 2021' (kept; 5 Jun 2021 was a Saturday); headline kept from the page (reworded); the embedded tweet and the last, truncated sentence dropped", True, """
مأرب.. سقوط 17 مدنيًا بينهم طفلة بقصف باليستي حوثي تزامنا مع زيارة وفد سلطاني إلى صنعاء
سقط 17 مدنيًا بينهم طفلة، وأصيب آخرون، إثر صاروخ أطلقته المليشيا الحوثية، مساء السبت 5 يونيو 2021، على محافظة مأرب شمال شرقي اليمن.
وأفاد سكان محليون في محافظة مأرب «الحديدة لايف» بأن المليشيا الحوثية أطلقت صاروخا باليستيا على الأعيان المدنية في مأرب، ما أسفر في حصيلة أولية عن سقوط نحو 17 مدنيًا بينهم طفلة، فيما هرعت سيارات الإسعاف لإنقاذ المصابين.
ولم يورد المصدر تفاصيل إضافية عن الضحايا، مكتفيا بوصف الأمر بالكارثي، ومتحدثا عن استهداف ممنهج من المليشيا الحوثية للمدنيين وسط صمت أممي شجع الحوثيين على ارتكاب مزيد من الجرائم.
وأطلق الحوثيون الصاروخ الباليستي على مأرب بالتزامن مع وجود الوفد السلطاني العماني في صنعاء، الساعي إلى إقناع الحوثيين بوقف الهجوم على محافظة مأرب والاستجابة للمجتمع الدولي بالدخول في حوار سياسي.
""", [
    ev("missile-strike", "إثر صاروخ أطلقته المليشيا الحوثية، مساء السبت 5 يونيو 2021", STRIKE, "'مساء السبت 5 يونيو 2021'"),
    ev("casualties", "سقط 17 مدنيًا بينهم طفلة، وأصيب آخرون", STRIKE, "the toll of the strike of 'مساء السبت 5 يونيو 2021'"),
    ev("ambulances-rush", "هرعت سيارات الإسعاف لإنقاذ المصابين", STRIKE, "no own expression; right after the strike of Sat 5 Jun 2021"),
    ev("omani-delegation-in-sanaa", "وجود الوفد السلطاني العماني في صنعاء", STRIKE, "'بالتزامن مع': the Omani royal delegation was in Sanaa on Sat 5 Jun 2021 (it arrived that day; outside knowledge)"),
])
art(S, "http://awamonline.net/p-15585",
    "2021-06-05", "no date line on the stored page; the body's 'مساء اليوم السبت' for the strike on the fuel station of Marib, which livehod and socotrapost date Sat 5 Jun 2021, gives Sat 5 Jun 2021; the truncated headline ('...الحوثيون على مدينة مأرب') rewritten from the body; the photo dropped; no date of its own in the text", False, """
مقتل 14 مدنيا بصاروخ أطلقه الحوثيون على مدينة مأرب
قُتل ١٤ مدنيا وأصيب آخرون مساء اليوم السبت جراء صاروخ باليستي أطلقته مليشيات الحوثي الانقلابية المدعومة من إيران على حي سكني في مدينة مأرب.
وأوضح مصدر محلي أن مليشيات الحوثي استهدفت المحطة بينما كانت عشرات السيارات تنتظر التزود بالبنزين، فاندلع حريق هائل أودى بحياة 14 مدنياً بينهم الطفلة ليان طاهر محمد عايض فرج البالغة خمسة أعوام، وأصيب 5 آخرون بينهم طفل، إلى جانب احتراق 7 سيارات وسيارتي إسعاف هرعتا لإسعاف الضحايا، بعد أن استُهدفتا بطائرة مفخخة أطلقتها المليشيا بعد دقائق من إطلاق الصاروخ.
وأشار المصدر إلى أن الإصابات متنوعة وأن جثة الطفلة تفحمت بالكامل.
ويُعد هذا الصاروخ الثالث خلال ٤٨ ساعة.
""", [
    ev("missile-strike", "جراء صاروخ باليستي أطلقته مليشيات الحوثي الانقلابية", STRIKE, "'مساء اليوم السبت' = Sat 5 Jun 2021"),
    ev("casualties", "قُتل ١٤ مدنيا وأصيب آخرون مساء اليوم السبت", STRIKE, "'مساء اليوم السبت' = Sat 5 Jun 2021"),
    ev("station-fire", "فاندلع حريق هائل أودى بحياة 14 مدنياً", STRIKE, "no own expression; the fire of the evening of Sat 5 Jun 2021"),
    ev("drone-on-ambulances", "استُهدفتا بطائرة مفخخة أطلقتها المليشيا", STRIKE, "'بعد دقائق من إطلاق الصاروخ' = the evening of Sat 5 Jun 2021"),
    ev("three-missiles-48h", "ويُعد هذا الصاروخ الثالث خلال ٤٨ ساعة", "2021-06-03", "'خلال ٤٨ ساعة' up to the evening of Sat 5 Jun 2021 = Thu 3 (evening) - Sat 5 Jun 2021 (my span)", end="2021-06-06"),
])
art(S, "https://socotrapost.com/localnews/10208",
    "2021-06-06", "page date line 'الأحد, 06 يونيو, 2021 - 09:18 صباحاً' (kept; 6 Jun 2021 was a Sunday); the body's 'السبت' for the strike agrees; the tag line 'الخبر من عمق المحيط', the site name and the words 'مشاركة', 'كلمات مفتاحية', 'التعليقات' dropped; headline kept from the page (reworded)", True, """
مقتل وإصابة نحو 20 مدنياً في قصف حوثي على محطة وقود بمأرب
مأرب الأحد, 06 يونيو, 2021 - 09:18 صباحاً
قُتل وأصيب 19 مدنيا بينهم طفلان، السبت، جراء استهداف جماعة الحوثي محطة وقود في شمال مدينة مأرب، شمال شرقي اليمن.
ونقلت وكالة الأنباء اليمنية "سبأ" عن مصادر محلية وطبية أن "مليشيا الحوثي قصفت بصاروخ بالستي وطائرة مفخخة محطة للوقود في حي الروضة، بينما كانت عشرات السيارات تنتظر الحصول على البنزين".
وأضافت أن الهجوم تسبب في حريق هائل أسفر عن مقتل 14 مدنياً بينهم الطفلة ليان طاهر محمد عايض فرج ذات الخمسة أعوام، وإصابة 5 آخرين بينهم طفل، فضلا عن احتراق 7 سيارات وسيارتي إسعاف هرعتا لإسعاف الضحايا.
ولم يصدر عن الجماعة أي تعليق على تلك الأنباء حتى الآن.
ومنذ مطلع العام الجاري صعّدت جماعة الحوثي هجماتها الصاروخية على مدينة مأرب المكتظة بالسكان والنازحين، ما أوقع ضحايا مدنيين بينهم نساء وأطفال.
""", [
    ev("casualties", "قُتل وأصيب 19 مدنيا بينهم طفلان، السبت", STRIKE, "'السبت' before Sun 6 Jun 2021 = Sat 5 Jun 2021"),
    ev("missile-strike", "قصفت بصاروخ بالستي وطائرة مفخخة محطة للوقود في حي الروضة", STRIKE, "no own expression; the strike of Sat 5 Jun 2021 (the first sentence's 'السبت')"),
    ev("station-fire", "تسبب في حريق هائل أسفر عن مقتل 14 مدنياً", STRIKE, "no own expression; the fire of the evening of Sat 5 Jun 2021"),
    ev("no-houthi-comment", "ولم يصدر عن الجماعة أي تعليق", STRIKE, "'حتى الآن' = from the strike of Sat 5 Jun to the report of Sun 6 Jun 2021 (09:18)", end="2021-06-07"),
    ev("escalation-since-january", "ومنذ مطلع العام الجاري صعّدت جماعة الحوثي", "2021-01-01", "'منذ مطلع العام الجاري' = from early 2021 to the report of Sun 6 Jun 2021 (my span)", end="2021-06-07"),
])

# ---------------------------------------------------------------- yemen-hadramawt-mukalla-floods-2024
S = "yemen-hadramawt-mukalla-floods-2024"
RAIN = "2024-04-17"                        # the heavy rain and floods of Wed 17 Apr 2024 in Mukalla
NOSCHOOL = "2024-04-18"                    # schools and universities of Hadramawt closed on Thu 18 Apr 2024
art(S, "https://khototpress.com/news3110.html",
    "2024-04-17", "no date line on the stored page; the body's 'الأربعاء' for the drowning and 'في وقت سابق الأربعاء' for the emergency committee's measures put it on a Wednesday, and the drowning of Abdullah Ba'awwad is dated Wed 17 Apr 2024 by the Sarayah/Reuters copy of 18 Apr ('مساء الأربعاء'); the 'المصدر' / byline lines dropped; the last, truncated sentence ended at 'الاحترازية'; no date of its own in the text", False, """
وفاة شاب وأضرار في الممتلكات العامة والخاصة بسبب المنخفض الجوي في حضرموت
أعلنت إدارة أمن وشرطة ساحل محافظة حضرموت، شرقي اليمن، الأربعاء، وفاة شاب غرقًا في مدينة المكلا بسبب الأمطار الغزيرة والسيول التي شهدتها المحافظة متأثرة بالمنخفض الجوي الذي بدأ مساء الثلاثاء ويستمر حتى مساء الأحد المقبل.
وأوضح مدير عام الأمن والشرطة بساحل حضرموت العميد مطيع سعيد المنهالي أن الشاب عبدالله احمد باعوّاد "24 عامًا"، من أبناء مدينة المكلا، غرق في مياه خور المكلا من الجهة المجاورة لمستشفى العرب، إذ كان يسبح مع عدد من رفاقه فحالت مياه السيول الجارفة المتدفقة إلى الخور بينه وبين اليابسة.
من جهة أخرى، أفادت تقارير أولية للسلطات الحكومية بتسجيل أضرار في الطرق الإسفلتية وشبكة الكهرباء (33)، وتوقف مياه آبار ثلة التي تغذي مدينة المكلا، وجرف عدد من سيارات المواطنين.
ونشر ناشطون على مواقع التواصل صورا ومقاطع فيديو توثق جريان السيول في المكلا وتريم ومناطق أخرى من المحافظة، قائلين إنها جرفت سيارات وألحقت أضرارا بمنازل وطرق وممتلكات أخرى.
وكانت لجنة الطوارئ برئاسة وكيل محافظة حضرموت لشؤون مديريات الوادي والصحراء قد أقرت في وقت سابق الأربعاء جملة من التدابير الاحترازية.
""", [
    ev("bawwad-drowning", "وفاة شاب غرقًا في مدينة المكلا", RAIN, "'الأربعاء' = Wed 17 Apr 2024 (after sunset, per sherwinalmahra and Sarayah)"),
    ev("depression", "المنخفض الجوي الذي بدأ مساء الثلاثاء ويستمر حتى مساء الأحد المقبل", "2024-04-16", "'مساء الثلاثاء' = Tue 16 Apr to 'مساء الأحد المقبل' = Sun 21 Apr 2024", end="2024-04-22"),
    ev("damage-reports", "أفادت تقارير أولية للسلطات الحكومية بتسجيل أضرار", RAIN, "no own expression; the first reports of Wed 17 Apr 2024"),
    ev("emergency-measures", "قد أقرت في وقت سابق الأربعاء", RAIN, "'في وقت سابق الأربعاء' = Wed 17 Apr 2024"),
])
art(S, "https://arabkhabar.com/a/2385846",
    "2024-04-18", "page line 'تاريخ النشر: 18th, April 2024 GMT' (kept; 18 Apr 2024 was a Thursday); the body's 'يوم الأربعاء' (17 Apr) agrees; source tag 'سرايا -' dropped; headline kept from the page (reworded); the last, truncated sentence dropped", True, """
عاجل: وفاة شخص بسبب السيول في حضرموت اليمنية وقرار بتعليق الدراسة
تاريخ النشر: 18th, April 2024 GMT
هطلت يوم الأربعاء أمطار غزيرة على محافظة حضرموت جنوب شرقي اليمن، فجرت سيول وفيضانات في بعض المناطق بفعل منخفض جوي يضرب جنوب الجزيرة العربية.
وذكر مدير عام الأمن والشرطة بساحل حضرموت العميد مطيع سعيد المنهالي أن شابا لقي حتفه غرقا مساء الأربعاء في المكلا، عاصمة حضرموت، بسبب السيول.
وأكدت مصادر لرويترز أن المكلا المطلة على بحر العرب تشهد حاليا أمطارا غزيرة وفيضانات ترافقها رياح شديدة وارتفاع في أمواج البحر.
وأوضحت المصادر أن الأمطار ألحقت أضرارا فادحة بالبنية التحتية والممتلكات، وأغرقت مناطق عدة، وجرفت عشرات السيارات، وقطعت الطرق الرئيسية بين الساحل ووادي حضرموت والمناطق الشرقية، وكذلك الطريق الدولي مع سلطنة عمان.
وأدت الأمطار إلى انقطاع الكهرباء كليا عن المكلا منذ ظهر الأربعاء حتى المساء، كما غمرت المياه أودية عدة ومساحات من الأراضي الزراعية في المحافظة الجنوبية.
ووجّه محافظ حضرموت مبخوت مبارك بن ماضي بتعليق الدراسة يوم الخميس في مدارس التعليم العام "الأساسي والثانوي" الحكومية والأهلية والخاصة وفي التعليم الجامعي ومعاهد التعليم الفني والمهني في عموم حضرموت.
""", [
    ev("heavy-rain", "هطلت يوم الأربعاء أمطار غزيرة على محافظة حضرموت", RAIN, "'يوم الأربعاء' = Wed 17 Apr 2024"),
    ev("bawwad-drowning", "شابا لقي حتفه غرقا مساء الأربعاء في المكلا", RAIN, "'مساء الأربعاء' = Wed 17 Apr 2024"),
    ev("mukalla-power-cut", "انقطاع الكهرباء كليا عن المكلا منذ ظهر الأربعاء حتى المساء", RAIN, "'منذ ظهر الأربعاء حتى المساء' = Wed 17 Apr 2024"),
    ev("school-suspension", "بتعليق الدراسة يوم الخميس", NOSCHOOL, "'يوم الخميس' = Thu 18 Apr 2024 (the day without school; the order was given on Wed 17)"),
])
art(S, "https://www.belqees.tv/locals/flood-disaster-the-death-of-a-person-in-hadramaut-and-the-rescue-of-another-in-al-mahra",
    "2024-04-18", "page date line '18/04/2024, 07:09:24' (kept; 18 Apr 2024 was a Thursday); the body's 'اليوم الخميس' agrees; the rubric 'أخبار محلية' and the last, truncated sentence (on Wadi Hadramawt) dropped; headline kept from the page (reworded)", True, """
«كارثة السيول».. وفاة شخص في حضرموت وإنقاذ آخر في المهرة
18/04/2024, 07:09:24
لقي شخص حتفه وتضررت منازل وممتلكات للمواطنين في مدينة المكلا بحضرموت، جراء سيول الأمطار الغزيرة الناتجة عن المنخفض الجوي الذي يضرب المحافظة.
وأفاد سكان محليون بأن الشاب "عبد الله باعواد" غرق في خور المكلا مع تدفق سيول الأمطار، وقد انتُشلت جثته، لافتين إلى أن المدينة وعددا من مناطق الساحل شهدت أمطارا رعدية شديدة.
وبيّنوا أن السيول خلفت أضرارا واسعة بممتلكات المواطنين والطرقات، وجرفت عددا من سيارات المواطنين وقطعت طرقا رئيسة.
في الأثناء، نجحت قوات الأمن وفرق الإنقاذ، بمساعدة المواطنين، في إنقاذ مواطن علق في أحد سيول الأمطار بوادي الجزع في مديرية الغيضة بمحافظة المهرة.
وذكرت مصادر محلية أن قوات الأمن والدفاع المدني، بمشاركة الأهالي، أنقذوا المواطن بعد ساعات من وقوعه في سيول الأمطار.
وأضافت المصادر أن الناجي بقي ساعات عالقا في أشجار السيسبان وسط السيل، بعدما جرفت السيول المركبة التي كان يستقلها.
وأعلنت السلطات في حضرموت تعليق الدراسة اليوم الخميس في عموم المحافظة حرصا على سلامة منتسبي التعليم العام والجامعي والفني بسبب المنخفض الجوي.
""", [
    ev("bawwad-drowning", "غرق في خور المكلا مع تدفق سيول الأمطار", RAIN, "no own expression; the drowning of the evening of Wed 17 Apr 2024 (Sarayah: 'مساء الأربعاء')"),
    ev("heavy-rain", "شهدت أمطارا رعدية شديدة", RAIN, "no own expression; the rain of Wed 17 Apr 2024 (the report is of 07:09 on Thu 18)"),
    ev("jaza-rescue", "في إنقاذ مواطن علق في أحد سيول الأمطار بوادي الجزع", RAIN, "no own expression; a rescue between the floods of Wed 17 Apr and the report of 07:09 on Thu 18 Apr 2024 (my span)", end="2024-04-19"),
    ev("school-suspension", "تعليق الدراسة اليوم الخميس", NOSCHOOL, "'اليوم الخميس' = Thu 18 Apr 2024"),
])
art(S, "https://sherwinalmahra.com/?p=12821",
    "2024-04-18", "no date line on the stored page; the body's 'أمس الأربعاء' for the drowning that Sarayah/Reuters and khototpress date Wed 17 Apr 2024 gives Thu 18 Apr 2024; the opening tag 'شروين المهرة: المكلا' and the credit 'بحسب عين المهرة' dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
مدير أمن ساحل حضرموت: وفاة شاب غرقا في خور المكلا
أكد مدير عام الأمن والشرطة بساحل حضرموت العميد مطيع سعيد المنهالي وفاة شاب غرقًا في مدينة المكلا أمس الأربعاء، بسبب الفيضانات التي خلفها المنخفض الجوي الذي ضرب المدينة.
وأوضح العميد المنهالي أن الشاب، واسمه عبدالله احمد باعوّاد وعمره 24 عامًا، غرق بعد المغرب في خور المكلا قرب مستشفى العرب، حين كان يحاول السباحة مع أصدقائه، فحالت السيول القوية دون بلوغه البر الآمن.
وشكر مدير الأمن قوات النخبة الحضرمية وخفر السواحل على جهودهم السريعة في العثور على جثمان الشاب، وعلى دورهم المهم إلى جانب قوات الأمن في حماية الأرواح والتعامل مع الطوارئ في المحافظة، ولا سيما في مناطق جريان السيول والأودية.
من جهته، وجّه محافظ حضرموت، الأستاذ مبخوت مبارك بن ماضي، السلطات المحلية في المحافظة ومديرية المكلا بتقديم الدعم اللازم لأسرة الشاب المتوفى، معزيا إياها ومعتبرا الحادثة خسارة لحضرموت كلها. وحث الجهات المعنية على اتخاذ التدابير الوقائية لمنع الاقتراب من مناطق الخطر، ودعا المواطنين إلى الحذر وحماية أنفسهم وأسرهم من مخاطر السيول.
""", [
    ev("bawwad-drowning", "وفاة شاب غرقًا في مدينة المكلا أمس الأربعاء", RAIN, "'أمس الأربعاء' from Thu 18 Apr 2024 = Wed 17 Apr 2024"),
    ev("body-recovered", "في العثور على جثمان الشاب", RAIN, "no own expression; the body was found after the drowning of the evening of Wed 17 Apr, by Thu 18 Apr 2024 (belqees of 07:09 on Thu 18 says it was recovered; my span)", end="2024-04-19"),
    ev("governor-support", "وجّه محافظ حضرموت، الأستاذ مبخوت مبارك بن ماضي", RAIN, "no own expression; the governor's order after the death, Wed 17 - Thu 18 Apr 2024 (my span)", end="2024-04-19"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 391
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

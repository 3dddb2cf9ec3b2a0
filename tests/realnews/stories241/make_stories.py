"""Builds stories.jsonl: the 241-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories204/make_stories.py). Domain: passports, national ID cards and civil registry services
(Lebanon's General Security suspending its passport-appointment platform for lack of passport booklets, April
2022; the burning of the national ID card office of Khabat district in Erbil during riots, December 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- lebanon-passport-platform-suspended-2022
S = "lebanon-passport-platform-suspended-2022"
STOP = ("2022-04-27", "2022-04-29")  # the statement / stop: 27 Apr ('اعتبارا من تاريخ 27 أبريل', 'à partir de ce mercredi') or Thu 28 Apr (AFP: 'الخميس')
art(S, "https://www.alhurra.com/lebanon/2022/04/28/%D8%A7%D9%84%D8%A3%D8%B2%D9%85%D8%A9-%D8%A7%D9%84%D9%85%D8%A7%D9%84%D9%8A%D8%A9-%D8%AA%D9%87%D8%AF%D8%AF-%D8%A7%D9%84%D9%84%D8%A8%D9%86%D8%A7%D9%86%D9%8A%D9%8A%D9%86-%D8%A8%D8%A7%D9%84%D8%AD%D8%B1%D9%85%D8%A7%D9%86-%D8%AC%D9%88%D8%A7%D8%B2%D8%A7%D8%AA-%D8%A7%D9%84%D8%B3%D9%81%D8%B1?_wrapper_format=html&page=2",
    "2022-04-28", "date in the URL '/2022/04/28/' (a Thursday); headline rendered from the URL slug; the truncated last sentence ('وبناء على ذلك، يقول البيان: \"اضطرت المديرية العامة للأمن العام إ...') dropped; no date of its own in the text", False, """
الأزمة المالية تهدد اللبنانيين بالحرمان من جوازات السفر
أعلن الأمن العام اللبناني إيقاف العمل بالمنصة الإلكترونية التي يعتمدها لتلقي طلبات اللبنانيين للحصول على جوازات السفر وتحديد مواعيدها، بعدما أوشك مخزون الجوازات لديه على النفاد، في حين لم تُموَّل عملية الحصول على جوازات جديدة.
وشرحت المديرية العامة للأمن العام في بيان الأسباب التي أوصلت إلى هذه المشكلة، مؤكدة أن دوائرها شهدت اعتبارا من العام 2020 ضغطا كبيرا على طلبات جوازات السفر فاق عشرات أضعاف الأعوام السابقة، ما أثّر في مخزونها من الجوازات.
وأشار البيان إلى أن الأمن العام، تداركا للوضع قبل أن يتفاقم ولأن الحصول على جواز سفر حق لكل لبناني، اتخذ مطلع العام 2021 الإجراءات الإدارية اللازمة وفق القوانين والأنظمة المرعية لتأمين جوازات سفر جديدة.
وتواصل المسؤولون في المديرية مع إدارات الدولة ومؤسساتها لإبرام العقود المطلوبة والإسراع في تأمين التمويل، "لكن حتى تاريخه لم تُدفع للشركة المتعاقدة قيمة العقد الموقع، ما أدى إلى تأجيل تسليم الكمية المطلوبة إلى الأمن العام، في وقت بدأت فيه الكمية المتوفرة من الجوازات بالنفاد"، بحسب البيان.
""", [
    ev("platform-stop", "أعلن الأمن العام اللبناني إيقاف العمل بالمنصة الإلكترونية", STOP[0], "no own expression; the General Security statement stopping the appointment platform: 27 Apr 2022 (another page: 'اعتبارا من تاريخ 27 أبريل الجاري') or Thu 28 Apr (AFP: 'الخميس'); my span 27-28 Apr 2022", end=STOP[1]),
    ev("statement", "وشرحت المديرية العامة للأمن العام في بيان", STOP[0], "no own expression; the statement of 27/28 Apr 2022 (same span as the stop)", end=STOP[1]),
    ev("demand-surge", "اعتبارا من العام 2020 ضغطا كبيرا", "2020-01-01", "'اعتبارا من العام 2020': from 2020 until the statement (my span 1 Jan 2020 - 28 Apr 2022)", end="2022-04-29"),
    ev("procurement-start", "اتخذ مطلع العام 2021 الإجراءات الإدارية", "2021-01-01", "'مطلع العام 2021' = early 2021 (my span Jan-Feb 2021)", end="2021-03-01"),
])
art(S, "https://arabicpost.live/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/2022/04/29/%d9%84%d8%a8%d9%86%d8%a7%d9%86-%d9%8a%d9%88%d9%82%d9%81-%d8%a5%d8%b5%d8%af%d8%a7%d8%b1-%d8%ac%d9%88%d8%a7%d8%b2%d8%a7%d8%aa-%d8%a7%d9%84%d8%b3%d9%81%d8%b1-%d9%84%d8%a7-%d9%8a%d9%88%d8%ac%d8%af-%d8%aa",
    "2022-04-29", "date in the URL '/2022/04/29/' (a Friday); the body's 'الخميس 28 أبريل/نيسان 2022' is the day of the suspension, the day before; headline rendered from the (truncated) URL slug; the truncated last word ('الب...') dropped; the text states no publication date of its own", False, """
لبنان يوقف إصدار جوازات السفر
علّقت المديرية العامة للأمن في لبنان، الخميس 28 أبريل/نيسان 2022، استقبال طلبات المواطنين الراغبين في استصدار جوازات سفر جديدة، لأن مخزونها من الجوازات أوشك على النفاد، ولغياب التمويل اللازم لشراء كميات جديدة منها.
وبحسب بيان للمديرية، فإنها تشهد منذ عام 2020 ضغطاً كبيراً على طلبات جوازات السفر تجاوز عشرات أضعاف ما كان في الأعوام السابقة، ما أثّر في مخزونها منها.
ومنذ مطلع 2021 تحاول المديرية تأمين الكميات الإضافية اللازمة، وطلبت من الحكومة الإسراع في توفير التمويل اللازم للمشروع، لكن الشركة المتعاقدة لم تتسلم حتى تاريخه قيمة العقد الموقّع، فتأجل تسليم الكمية المطلوبة إلى الأمن العام، في وقت بدأت فيه الكمية المتوفرة من الجوازات بالنفاد.
ويمر لبنان منذ 2019 بأزمة اقتصادية غير مسبوقة في تاريخه، تُعد وفق البنك الدولي من أسوأ الأزمات في العالم منذ 1850.
فقد خسرت العملة الوطنية أكثر من 90% من قيمتها، وسقط نحو 80% من اللبنانيين في الفقر.
وبحسب البيان، أوقفت المديرية العامة للأمن العام العمل بمنصة مواعيد جوازات السفر، إلى أن يقوم المعنيون باللازم ويؤمّنوا الأموال المطلوبة لتنفيذ العقد المبرم مع الشركة.
""", [
    ev("platform-stop", "علّقت المديرية العامة للأمن في لبنان، الخميس 28 أبريل/نيسان 2022", STOP[0], "'الخميس 28 أبريل/نيسان 2022' = Thu 28 Apr 2022; other pages date the stop from 27 Apr, so my span 27-28 Apr 2022", end=STOP[1]),
    ev("demand-surge", "منذ عام 2020 ضغطاً كبيراً", "2020-01-01", "'منذ عام 2020': from 2020 until the statement (my span 1 Jan 2020 - 28 Apr 2022)", end="2022-04-29"),
    ev("procurement-start", "ومنذ مطلع 2021 تحاول المديرية", "2021-01-01", "'منذ مطلع 2021' = early 2021 (my span Jan-Feb 2021)", end="2021-03-01"),
    ev("economic-crisis", "ويمر لبنان منذ 2019 بأزمة اقتصادية", "2019-01-01", "'منذ 2019': the crisis began in 2019 (the autumn 2019 collapse; my span the year 2019)", end="2020-01-01"),
    ev("statement", "وبحسب البيان، أوقفت المديرية العامة للأمن العام", STOP[0], "no own expression; the statement of 27/28 Apr 2022", end=STOP[1]),
])
art(S, "https://canadavoice.info/%d9%84%d8%b9%d8%af%d9%85-%d8%aa%d9%88%d9%81%d8%b1-%d8%a7%d9%84%d8%a3%d9%85%d9%88%d8%a7%d9%84-%d9%84%d8%a8%d9%86%d8%a7%d9%86-%d9%8a%d8%b9%d9%84%d9%82-%d8%aa%d9%84%d9%82%d9%8a-%d8%b7%d9%84%d8%a8",
    "2022-04-29", "page stamp 'by admin 29 أبريل، 2022' (kept as the first line '29 أبريل، 2022'); a repost of an Independent Arabia / AFP item whose 'الخميس' is Thu 28 Apr 2022, the day before; the photo caption, the credit 'اندبندنت عربية \\ (أ ف ب)' and the truncated last sentence dropped", True, """
29 أبريل، 2022
لعدم توفر الأموال… لبنان يعلّق استقبال طلبات استصدار جوازات السفر
أعلن الأمن العام اللبناني، الجهاز المكلف إصدار جوازات السفر في لبنان، الخميس أنه علّق استقبال طلبات المواطنين الراغبين في استصدار جوازات سفر جديدة، لأن مخزونه منها أوشك على النفاد بسبب الإقبال الهائل عليها وغياب التمويل اللازم لشراء كميات جديدة.
وقالت المديرية العامة للأمن العام في بيان إنها "شهدت منذ 2020 ضغطاً كبيراً على طلبات جوازات السفر، فاق عشرات أضعاف الأعوام السابقة، ما أثر على مخزون جوازات السفر لديها".
وأضافت أنها سعت منذ مطلع 2021 إلى تأمين الكميات الإضافية اللازمة، وطالبت الحكومة بـ"التعجيل بتأمين التمويل اللازم لتحقيق المشروع"، غير أنه "حتى تاريخه لم يتم إيفاء الشركة المتعاقدة قيمة العقد الموقع، ما أدى إلى تأجيل تسليم الكمية المطلوبة إلى الأمن العام، في وقت بدأت فيه الكمية المتوفرة من جوازات السفر بالنفاد".
""", [
    ev("platform-stop", "الخميس أنه علّق استقبال طلبات المواطنين", STOP[0], "'الخميس' before the stamp of Fri 29 Apr = Thu 28 Apr 2022; other pages date the stop from 27 Apr, so my span 27-28 Apr 2022", end=STOP[1]),
    ev("statement", "وقالت المديرية العامة للأمن العام في بيان", STOP[0], "no own expression; the statement of 27/28 Apr 2022", end=STOP[1]),
    ev("demand-surge", "منذ 2020 ضغطاً كبيراً", "2020-01-01", "'منذ 2020': from 2020 until the statement (my span 1 Jan 2020 - 28 Apr 2022)", end="2022-04-29"),
    ev("procurement-start", "سعت منذ مطلع 2021 إلى تأمين", "2021-01-01", "'منذ مطلع 2021' = early 2021 (my span Jan-Feb 2021)", end="2021-03-01"),
])

# ---------------------------------------------------------------- iraq-khabat-national-card-office-burned-2025
S = "iraq-khabat-national-card-office-burned-2025"
RIOT = ("2025-12-02", "2025-12-04")  # 'قبل يومين' before Thu 4 Dec = Tue 2 Dec 2025 (my span 2-3 Dec)
art(S, "https://www.lalishduhok.com/news/post/603789/?utm_source=rss&utm_medium=rss&utm_campaign=%25d9%2585%25d8%25af%25d9%258a%25d8%25b1-%25d8%25af%25d8%25a7%25d8%25a6%25d8%25b1%25d8%25a9-%25d8%25a7%25d9%2584%25d8%25a8%25d8%25b7%25d8%25a7%25d9%2582%25d8%25a9-%25d8%25a7%25d9%2584%25d9%2588%25d8%25b7%25d9%2586%25d9%258a%25d8%25a9-%25d9%2581%25d9%258a-%25d8%25ae%25d8%25a8%25d8%25a7%25d8%25aa-%25d8%25ad%25d8%25b1%25d9%2582",
    "2025-12-04", "page stamp 2025-12-04 and the body's own 'اليوم الأربعاء 4 كانون الأول2025' (4 Dec 2025 was a Thursday: the source's weekday slip, kept verbatim; the full date agrees with the stamp and with Shafaq's 'يوم الخميس'); the sub-heading and the truncated last paragraph dropped", True, """
مدير دائرة البطاقة الوطنية في خبات: إحراق مركزنا يضر بمصلحة المواطنين
قال المقدم سمير صابر، مدير دائرة البطاقة الوطنية في قضاء خبات، اليوم الأربعاء 4 كانون الأول2025، خلال مؤتمر صحفي، إن الذين أضرموا النار في المركز لا يريدون أن تُنجز معاملات الناس، وهم يقفون ضد راحة المواطنين.
وشدد على أن "هذه الأفعال لا تخدم المواطنين بأي شكل، وسينال الجناة العقاب الذي يستحقونه".
وبيّن أن المجمع في خبات يضم ثلاثة مراكز هي خبات ورزكاري وكوركوسك، وقد دُمّرت بالكامل واحترقت كل الممتلكات داخله، واختفت جميع ملفات مركز خبات للأعوام 2023-2024-2025.
وتابع المقدم سمير: "بحسب تقييم اللجنة التي زارت المركز، نحتاج إلى أكثر من ستة أشهر حتى نتمكن من استئناف عملنا".
وكان قضاء خبات في أربيل قد شهد قبل يومين تخريباً غير مسبوق، إذ نفذت مجموعة مجهولة أعمال شغب واسعة طالت عدداً من المؤسسات الحكومية، وألحقت أضراراً جسيمة ببنيتها التحتية وخدماتها، ما حرم أكثر من 150 ألف مواطن من إنجاز معاملاتهم اليومية.
""", [
    ev("press-conference", "اليوم الأربعاء 4 كانون الأول2025، خلال مؤتمر صحفي", "2025-12-04", "'4 كانون الأول2025' = 4 Dec 2025 (a Thursday; the source's 'الأربعاء' is a slip; Shafaq: 'يوم الخميس')"),
    ev("office-burned", "الذين أضرموا النار في المركز", RIOT[0], "no own expression; the office was burned during the riots of 'قبل يومين' before Thu 4 Dec = Tue 2 Dec 2025 (my span 2-3 Dec)", end=RIOT[1]),
    ev("resume-work", "نحتاج إلى أكثر من ستة أشهر حتى نتمكن من استئناف عملنا", "2026-06-04", "'أكثر من ستة أشهر' after Thu 4 Dec 2025: not before 4 Jun 2026 (my loose span 4 Jun - 3 Dec 2026)", end="2026-12-04"),
    ev("riots", "قد شهد قبل يومين تخريباً غير مسبوق", RIOT[0], "'قبل يومين' before Thu 4 Dec 2025 = Tue 2 Dec 2025 (my span 2-3 Dec)", end=RIOT[1]),
])
art(S, "https://www.shafaq.com/ar/%D9%83%D9%88%D8%B1%D8%AF%D8%B3%D9%80%D9%80%D8%AA%D8%A7%D9%86%D9%8A%D8%A7%D8%AA/%D8%A8%D8%B9%D8%AF-%D8%A7%D8%AD%D8%AA%D8%B1%D8%A7%D9%82%D9%87%D8%A7-%D8%A8%D8%A7%D9%84%D9%83%D8%A7%D9%85%D9%84-%D8%AF%D8%A7-%D8%B1%D8%A9-%D8%A7%D9%84%D8%A8%D8%B7%D8%A7%D9%82%D8%A9-%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A%D8%A9-%D9%81%D9%8A-%D8%AE%D8%A8%D8%A7%D8%AA-%D8%AE%D8%A7%D8%B1%D8%AC-%D8%A7%D9%84%D8%AE%D8%AF%D9%85%D8%A9-%D9%84%D8%B3%D8%AA%D8%A9-%D8%B4%D9%87%D8%B1",
    "2025-12-04", "page stamp 2025-12-04 (a Thursday) and the body's 'يوم الخميس' for the press conference; headline rendered from the URL slug; the dateline 'شفق نيوز- أربيل' and the truncated end of the last sentence dropped; no date of its own in the text", False, """
بعد احتراقها بالكامل.. دائرة البطاقة الوطنية في خبات خارج الخدمة لستة أشهر
أعلن المقدم سمير صابر، مدير دوائر البطاقة الوطنية في كوركوسك وخبات ورزكاري، يوم الخميس، أن دائرة البطاقة الوطنية في قضاء خبات تحتاج إلى ستة أشهر لتعود إلى العمل بعد حادثة الاحتراق التي لحقت بها.
وأوضح صابر في مؤتمر صحفي حضرته وكالة شفق نيوز أن "لجان التحقيق وصلت إلى موقع الحادث وأجرت تقييماً شاملاً لحجم الأضرار التي لحقت بالدائرة"، مبيناً أن "الخسائر كبيرة وتشمل احتراق أغلب محتويات الدائرة".
وأضاف أن "ملفات المواطنين ووثائقهم للأعوام 2023 و2024 و2025 ضمن حدود قضاء خبات، ومنها ناحيتا رزكاري وكوركوسك، احترقت بالكامل بسبب الحادث".
وذكر أن "عدداً من الأجهزة والمعدات داخل الدائرة أصابها التلف، ومنها خزنة الدائرة التي تعرضت للسرقة والتخريب"، لافتاً إلى أن "حجم الأضرار المادية لم يُقدَّر رسمياً بعد".
وكان قضاء خبات في أربيل قد شهد قبل يومين تخريباً غير مسبوق، حين نفذت مجموعة مجهولة أعمال شغب واسعة طالت عدداً من المؤسسات الحكومية، ومنها دائرة البطاقة الوطنية.
""", [
    ev("press-conference", "يوم الخميس، أن دائرة البطاقة الوطنية", "2025-12-04", "'يوم الخميس' = Thu 4 Dec 2025 (the stamp)"),
    ev("resume-work", "تحتاج إلى ستة أشهر لتعود إلى العمل", "2026-06-04", "'ستة أشهر' after Thu 4 Dec 2025 (the other report: 'أكثر من ستة أشهر'; my loose span 4 Jun - 3 Dec 2026)", end="2026-12-04"),
    ev("office-burned", "بعد حادثة الاحتراق التي لحقت بها", RIOT[0], "no own expression; the fire of the riots 'قبل يومين' = Tue 2 Dec 2025 (my span 2-3 Dec)", end=RIOT[1]),
    ev("investigation", "لجان التحقيق وصلت إلى موقع الحادث", RIOT[0], "no own expression; between the fire (2 Dec) and the press conference (Thu 4 Dec 2025)", end="2025-12-05"),
    ev("safe-stolen", "خزنة الدائرة التي تعرضت للسرقة والتخريب", RIOT[0], "no own expression; during the riots of Tue 2 Dec 2025 (my span 2-3 Dec)", end=RIOT[1]),
    ev("riots", "قد شهد قبل يومين تخريباً غير مسبوق", RIOT[0], "'قبل يومين' before Thu 4 Dec 2025 = Tue 2 Dec 2025 (my span 2-3 Dec)", end=RIOT[1]),
])
art(S, "https://www.kurdistan24.net/ar/story/879516/%D8%A5%D9%84%D9%82%D8%A7%D8%A1-%D8%A7%D9%84%D9%82%D8%A8%D8%B6-%D8%B9%D9%84%D9%89-%D9%85%D8%AA%D9%88%D8%B1%D8%B7%D9%8A%D9%86-%D8%A8%D8%A3%D8%B9%D9%85%D8%A7%D9%84-%D8%A7%D9%84%D8%B4%D8%BA%D8%A8-%D9%88%D8%A5%D8%AB%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D9%81%D9%88%D8%B6%D9%89-%D9%81%D9%8A-%D9%84%D8%A7%D8%AC%D8%A7%D9%86-%D9%88-%D9%82%D8%B6%D8%A7%D8%A1-%D8%AE%D8%A8%D8%A7%D8%AA",
    "2025-12-05", "page stamp 2025-12-05 (a Friday) with 'منذ ساعة'; headline rendered from the URL slug; the dateline 'أربيل (كوردستان 24)-' folded into the first sentence and the truncated last sentence ('وأدى حرق دائرة السجل المدني في خبات إلى احتراق السجلات الرسمية لعدد كبير من ال...') dropped; no date of its own in the text", False, """
إلقاء القبض على متورطين بأعمال الشغب وإثارة الفوضى في لاجان وقضاء خبات
اعتقلت القوات الأمنية في أربيل عدداً من الضالعين في أعمال الشغب وإثارة الفوضى خلال أحداث قرية لاجان وقضاء خبات.
وبحسب مقاطع وصور حصلت عليها كوردستان 24، فإن المعتقلين أشعلوا الإطارات وقطعوا الطرق وحاولوا إشغال القوات الأمنية، وبثوا في الوقت ذاته مقاطع مباشرة على مواقع التواصل الاجتماعي دعوا فيها مناصريهم إلى الاستعداد والتوجه إلى مواقع عدة لتنفيذ أعمال تخريب.
ووفق المعطيات، كان المعتقلون مسلحين، وقد هاجموا صيدلية ومحطة وقود، وهددوا بتحطيم كاميرات المراقبة أمام المحال والمباني لإخفاء هوياتهم، كما أطلقوا النار من أسلحة فردية بين المواطنين سعياً إلى إيقاع إصابات بين المدنيين، تمهيداً لترويج رواية مضللة تزعم أن الضحايا سقطوا برصاص القوات الأمنية.
وأظهرت المتابعة أن المجموعة نفذت خطة منظمة قامت على محاصرة عدد من الدوائر الحكومية وتفجير عبوات قرب حراسها قبل اقتحامها، ثم نهب محتوياتها وإحراقها بالكامل، إلى جانب تحطيم خزنة إحدى الدوائر وسرقة ما فيها.
""", [
    ev("arrests", "اعتقلت القوات الأمنية في أربيل عدداً من الضالعين", RIOT[0], "no own expression; the arrests were made between the riots (Tue 2 Dec 2025) and the report of Fri 5 Dec ('منذ ساعة'); my span 2-5 Dec", end="2025-12-06"),
    ev("riots", "خلال أحداث قرية لاجان وقضاء خبات", RIOT[0], "no own expression; the riots of Tue 2 Dec 2025 ('قبل يومين' in the reports of Thu 4 Dec; my span 2-3 Dec)", end=RIOT[1]),
    ev("office-burned", "ثم نهب محتوياتها وإحراقها بالكامل", RIOT[0], "no own expression; the offices, among them the national card office, looted and burned during the riots of Tue 2 Dec 2025 (my span 2-3 Dec)", end=RIOT[1]),
    ev("safe-stolen", "تحطيم خزنة إحدى الدوائر وسرقة ما فيها", RIOT[0], "no own expression; during the riots of Tue 2 Dec 2025 (my span 2-3 Dec)", end=RIOT[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 242)
                            if i != 201 and i != 241 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

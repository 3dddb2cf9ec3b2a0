"""Builds stories.jsonl: the 502-nd evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: ships seized, attacked or stranded (tankers seized,
piracy, ships run aground, crews released).
Stories: Iran's seizure and release of the tanker Talara (Strait of Hormuz / Gulf of Oman, November 2025),
the grounding of the cargo ship FENER off Port Said and the rescue of its crew (Egypt, January 2026), and the
hijacking of the Bangladeshi bulk carrier MV Abdullah by Somali pirates (Indian Ocean, March 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iran-talara-tanker-seizure-2025
S = "iran-talara-tanker-seizure-2025"
SEIZE = "2025-11-14"       # the IRGC navy stopped the Talara at 7:30 am on Fri 14 Nov 2025
STATEMENT = "2025-11-15"   # the IRGC statement confirming the seizure, Sat 15 Nov 2025
RELEASE = "2025-11-19"     # the tanker was released at 04:42 local time on Wed 19 Nov 2025
art(S, "https://www.alaraby.co.uk/politics/%D8%A7%D9%84%D8%AD%D8%B1%D8%B3-%D8%A7%D9%84%D8%AB%D9%88%D8%B1%D9%8A-%D8%A7%D9%84%D8%A5%D9%8A%D8%B1%D8%A7%D9%86%D9%8A-%D9%8A%D8%A4%D9%83%D8%AF-%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%B2-%D9%86%D8%A7%D9%82%D9%84%D8%A9-%D9%86%D9%81%D8%B7-%D8%A3%D8%AC%D9%86%D8%A8%D9%8A%D8%A9-%D9%81%D9%8A-%D8%AE%D9%84%D9%8A%D8%AC-%D8%B9%D9%8F%D9%85%D8%A7%D9%86",
    "2025-11-15", "the page's date stamp 2025-11-15, agreeing with the body's 'اليوم السبت' (15 Nov 2025 was a Saturday); the AI summary bullets above the body dropped; headline rendered from the URL slug; the last, truncated sentence dropped", True, """
الحرس الثوري الإيراني يؤكد احتجاز ناقلة نفط أجنبية في خليج عُمان
ذكرت البحرية الإيرانية التابعة للحرس الثوري في بيان أصدرته اليوم السبت أنها احتجزت، أمس الجمعة، ناقلة نفط "مخالفة (للقوانين) كانت تحمل شحنةً غير مرخّصة" في المياه الواقعة جنوب سواحل مكران في خليج عُمان.
وبيّن البيان أن إيقاف الناقلة "جاء في إطار حماية مصالح وموارد الشعب الإيراني"، لافتاً إلى أن اسمها التجاري تالارا (Talara) وأنها ترفع علم جزر مارشال.
وبحسب الحرس الثوري، فإن وحدات التدخّل السريع التابعة للقوات البحرية عمدت، عند الساعة السابعة والنصف من صباح أمس، وإثر صدور أمر من الجهات القضائية بضبط الشحنة، إلى رصد تحركات الناقلة تالارا، ثم لاحقتها وأوقفتها.
""", [
    ev("irgc-statement", "في بيان أصدرته اليوم السبت", STATEMENT, "'اليوم السبت' = Sat 15 Nov 2025"),
    ev("seizure", "أنها احتجزت، أمس الجمعة، ناقلة نفط", SEIZE, "'أمس الجمعة' from Sat 15 Nov 2025 = Fri 14 Nov"),
    ev("tanker-tracked-stopped", "إلى رصد تحركات الناقلة تالارا، ثم لاحقتها وأوقفتها", SEIZE, "'عند الساعة السابعة والنصف من صباح أمس' from Sat 15 Nov 2025 = 7:30 am Fri 14 Nov"),
    ev("judicial-order", "إثر صدور أمر من الجهات القضائية بضبط الشحنة", "2025-11-13", "no own expression; the order came before the interception of 7:30 am Fri 14 Nov 2025; my span Thu 13 - Fri 14 Nov (its day is not reported)", end="2025-11-15"),
])
art(S, "https://alahednews.news/article.php?id=89832",
    "2025-11-15", "no date on the stored page; the body's 'عند الساعة 7:30 من صباح يوم أمس (الجمعة 14/11/2025)' for the seizure gives Sat 15 Nov 2025, the day of the IRGC navy's statement (alaraby of Sat 15 Nov: 'في بيان، اليوم السبت'); headline written from the body (the stored text has none); the empty source line and keywords dropped", False, """
الحرس الثوري يعلن احتجاز الناقلة Talara في جنوب شرق البلاد
أفادت العلاقات العامة في القوة البحرية للحرس الثوري الإيراني بأن وحدات التدخل السريع التابعة لهذه القوة احتجزت جنوب شرق البلاد ناقلة نفط اسمها Talara ترفع علم جزر مارشال وتنقل 30 ألف طن من المواد البتروكيميائية، مشددة على أن هذه الخطوة تندرج في إطار "حماية مصالح وموارد الشعب الإيراني".
وبحسب البيان، أوقفت الناقلة Talara عند الساعة 7:30 من صباح يوم أمس (الجمعة 14/11/2025) بناءً على توجيه قضائي، وأشار إلى أن السفينة كانت متجهة إلى سنغافورة، فتمت ملاحقتها ثم سوقها إلى المرسى لاستكمال الإجراءات الخاصة بالمخالفات.
وشدد سلاح البحر في الحرس الثوري في بيانه على أن الإجراء يأتي ضمن المهام القانونية المنوطة به، وبهدف صون المصالح والموارد الوطنية، موضحاً أن فحص الحمولة والمستندات كشف بجلاء أن السفينة كانت تنقل شحنة غير مرخص بها.
""", [
    ev("irgc-statement", "أفادت العلاقات العامة في القوة البحرية للحرس الثوري الإيراني", STATEMENT, "no own expression; the IRGC navy statement of Sat 15 Nov 2025 (alaraby: 'اليوم السبت'; this text says 'يوم أمس (الجمعة 14/11/2025)' for the seizure)"),
    ev("seizure", "أوقفت الناقلة Talara عند الساعة 7:30 من صباح يوم أمس (الجمعة 14/11/2025)", SEIZE, "'يوم أمس (الجمعة 14/11/2025)' = Fri 14 Nov 2025"),
    ev("taken-to-anchorage", "ثم سوقها إلى المرسى لاستكمال الإجراءات", STATEMENT, "no own expression; the statement says the tanker was taken to the anchorage on the morning of its issue, Sat 15 Nov 2025 (the same IRGC statement elsewhere: 'جرى توجيهها صباح اليوم إلى المرسى')"),
    ev("cargo-inspection", "كشف بجلاء أن السفينة كانت تنقل شحنة غير مرخص بها", SEIZE, "no own expression; the inspection between the seizure (Fri 14 Nov 2025) and the statement (Sat 15 Nov); my span 14-15 Nov", end="2025-11-16"),
])
art(S, "http://burathanews.com/arabic/international/467929",
    "2025-11-19", "the page's date stamp 2025-11-19, agreeing with the body's 'اليوم الأربعاء' and 'في 19 نوفمبر' (19 Nov 2025 was a Wednesday); the section label dropped; headline kept from the page; the last, truncated quotation dropped", True, """
إيران تفرج عن ناقلة نفط بعد خمسة أيام من احتجازها في الخليج
أطلقت إيران اليوم الأربعاء سراح ناقلة نفط كانت قد أوقفتها في الخليج قبل خمسة أيام، في أول خطوة من هذا النوع منذ أن خفّضت نشاطها العسكري في المنطقة إثر الضربات الجوية الإسرائيلية-الأمريكية، إذ أكدت شركة إدارة السفن "كولومبيا شيب مانجمنت" في بيان أن أفراد طاقم ناقلة المنتجات البترولية "تالارا"، التي ترفع علم جزر مارشال، وعددهم 21 شخصا، جميعهم بخير.
وأشارت الشركة كذلك إلى أن الناقلة كانت في طريقها من الإمارات العربية المتحدة إلى سنغافورة حين اعترضها الحرس الثوري الإيراني يوم الجمعة الماضي.
وكان المدير قد فقد الاتصال بالسفينة، المحمّلة بالديزل عالي الكبريت، على مسافة نحو 20 ميلا بحريا من ساحل مدينة خورفكان الإماراتية، وفي يوم السبت أكدت إيران التقارير الأولى عن احتجاز الناقلة بدعوى مخالفات وتحويلها إلى مياهها الإقليمية.
وبيّنت الشركة أيضا أن السفينة أُطلقت في الساعة 04:42 بالتوقيت المحلي (01:12 بتوقيت غرينتش) في 19 نوفمبر، مضيفة أنه لم توجّه أي تهمة إلى السفينة أو طاقمها أو إدارتها ومالكيها.
""", [
    ev("release", "أطلقت إيران اليوم الأربعاء سراح ناقلة نفط", RELEASE, "'اليوم الأربعاء' = Wed 19 Nov 2025 (also 'في الساعة 04:42 بالتوقيت المحلي ... في 19 نوفمبر' later in the text)"),
    ev("seizure", "حين اعترضها الحرس الثوري الإيراني يوم الجمعة الماضي", SEIZE, "'يوم الجمعة الماضي' from Wed 19 Nov 2025 = Fri 14 Nov ('قبل خمسة أيام')"),
    ev("contact-lost", "وكان المدير قد فقد الاتصال بالسفينة", SEIZE, "no own expression; the manager lost contact when the tanker was diverted, Fri 14 Nov 2025"),
    ev("irgc-statement", "وفي يوم السبت أكدت إيران التقارير الأولى", STATEMENT, "'يوم السبت' before Wed 19 Nov 2025 = Sat 15 Nov"),
])

# ---------------------------------------------------------------- egypt-port-said-fener-grounding-2026
S = "egypt-port-said-fener-grounding-2026"
GROUND = "2026-01-13"      # the FENER was beached off Port Said on Tue 13 Jan 2026
RESCUE = "2026-01-14"      # its 12 crew were taken off before dawn on Wed 14 Jan 2026
art(S, "https://dotalkhalij.com/egypt/29985181/%D8%A7%D9%84%D9%81%D8%B1%D9%8A%D9%82-%D8%A3%D8%B3%D8%A7%D9%85%D8%A9-%D8%B1%D8%A8%D9%8A%D8%B9-%D8%AD%D8%B1%D9%83%D8%A9-%D8%A7%D9%84%D9%85%D9%84%D8%A7%D8%AD%D8%A9-%D9%85%D9%86%D8%AA%D8%B8%D9%85%D8%A9-%D9%85%D9%86-%D8%A7%D9%84%D8%A7%D8%AA%D8%AC%D8%A7%D9%87%D9%8A%D9%86-%D9%88%D9%84%D9%85-%D8%AA%D8%AA%D8%A3%D8%AB%D8%B1-%D8%A8%D8%AD%D8%A7%D8%AF%D8%AB-%D8%AC%D9%86%D9%88%D8%AD-%D8%A7%D9%84%D8%B3%D9%81%D9%8A%D9%86%D8%A9-FENER.html",
    "2026-01-13", "the page's date line 'في الثلاثاء 13 يناير 2026 10:27 مساءً' (by-line, not kept in the text), agreeing with 'اليوم الثلاثاء'; the sub-headings and the last, truncated sentence dropped; headline rendered from the URL slug", True, """
الفريق أسامة ربيع: حركة الملاحة منتظمة من الاتجاهين ولم تتأثر بحادث جنوح السفينة FENER
أعلن الفريق أسامة ربيع، رئيس هيئة قناة السويس، اليوم الثلاثاء، أن الملاحة في القناة تسير بانتظام في الاتجاهين ولم تتأثر بجنوح سفينة البضائع العامة FENER، الذي وقع خارج المجرى الملاحي للقناة في منطقة الانتظار الغربية شمالي مدينة بورسعيد، على بعد 5 أميال غرب المدخل الشمالي لقناة السويس في البحر المتوسط، علماً بأن طول السفينة 122 متراً وغاطسها 3.5 متر وحمولتها 4 آلاف طن.
وبيّن رئيس الهيئة أن السفينة جاءت من تركيا لتحميل شحنة من الملح في ميناء شرق بورسعيد، وبعد أن غادرت الميناء طلب ربانها، بسبب سوء الأحوال الجوية، البقاء في منطقة المخطاف ببورسعيد إلى أن يتحسن الطقس.
وتابع الفريق ربيع أن فريق الإنقاذ البحري التابع للهيئة تلقى بلاغاً من السفينة عن فتحة في أحد العنابر تسببت في دخول المياه إلى بدنها، فاتجه الربان على سبيل الاحتياط إلى جنوب منطقة الانتظار ليشحط السفينة خشية غرقها، وذلك قبل أن يصل فريق الإنقاذ البحري.
""", [
    ev("rabie-statement", "أعلن الفريق أسامة ربيع، رئيس هيئة قناة السويس، اليوم الثلاثاء", GROUND, "'اليوم الثلاثاء' = Tue 13 Jan 2026"),
    ev("grounding", "ولم تتأثر بجنوح سفينة البضائع العامة FENER", GROUND, "no own expression; the grounding of Tue 13 Jan 2026 (masrawy of Fri 16: 'منذ الثلاثاء الماضي')"),
    ev("anchorage-wait", "البقاء في منطقة المخطاف ببورسعيد إلى أن يتحسن الطقس", "2026-01-12", "no own expression; after loading, before the grounding of Tue 13 Jan 2026; my span Mon 12 - Tue 13 Jan (the day is not reported)", end="2026-01-14"),
    ev("water-ingress-report", "تلقى بلاغاً من السفينة عن فتحة في أحد العنابر", GROUND, "no own expression; the report that led to the beaching of Tue 13 Jan 2026"),
    ev("beached", "فاتجه الربان على سبيل الاحتياط إلى جنوب منطقة الانتظار ليشحط السفينة", GROUND, "no own expression; the deliberate beaching on Tue 13 Jan 2026"),
])
art(S, "https://www.masrawy.com/news/news_regions/details/2026/1/14/2925312/%D9%82%D8%A7%D8%B9-%D8%A7%D9%84%D9%85%D8%AA%D9%88%D8%B3%D8%B7-%D9%8A%D9%86%D8%AA%D8%B8%D8%B1%D9%87%D8%A7-%D8%A7%D9%84%D9%84%D8%AD%D8%B8%D8%A7%D8%AA-%D8%A7%D9%84%D8%A3%D8%AE%D9%8A%D8%B1%D8%A9-%D9%84%D9%84%D8%B3%D9%81%D9%8A%D9%86%D8%A9-fener-%D9%82%D8%A8%D9%84-%D8%A7%D9%84%D8%BA%D8%B1%D9%82-%D8%A7%D9%84%D9%83%D8%A7%D9%85%D9%84-%D8%A8%D8%A8%D9%88%D8%B1%D8%B3%D8%B9%D9%8A%D8%AF",
    "2026-01-14", "the page's date stamp 2026-01-14 (also in the URL), agreeing with 'مساء أمس الثلاثاء' (13 Jan 2026 was a Tuesday); headline rendered from the URL slug; the last, truncated sentence dropped", True, """
قاع المتوسط ينتظرها.. اللحظات الأخيرة للسفينة FENER قبل الغرق الكامل ببورسعيد
ما زالت السفينة FENER تميل على جانبها الأيمن متجهة نحو قاع البحر المتوسط بعد أن جنحت قرب شاطئ بورسعيد، بينما يترقب الواقفون على الشاطئ اللحظات الأخيرة لسفينة البضائع فوق سطح الماء.
وكانت السفينة قد أبحرت من تركيا إلى ميناء شرق بورسعيد لتحميل شحنة من الملح، وبعد أن غادرت الميناء طلب ربانها الانتظار في منطقة المخطاف ببورسعيد بسبب سوء الأحوال الجوية وإلى حين تحسنها.
وتلقى فريق الإنقاذ البحري في هيئة قناة السويس بلاغاً من السفينة عن وجود فتحة في أحد العنابر أدت إلى دخول المياه إلى بدنها، فتحرك الربان إلى جنوب منطقة الانتظار ليشحط السفينة خوفاً من غرقها قبل أن يصل فريق الإنقاذ.
وفي الساعة 11.30 مساء أمس الثلاثاء بعث ربان السفينة نداء استغاثة لإنقاذ الطاقم إثر ازدياد ميل السفينة 10 درجات نحو اليمين واقترابها من الغرق، فجرى تجهيز قاطرتين ودفع ثلاثة لنشات بحرية من طراز بحار لإخلاء جميع أفراد الطاقم البالغ عددهم 12 فرداً وتأمين السفينة خلال عملية الإنقاذ.
""", [
    ev("grounding", "بعد أن جنحت قرب شاطئ بورسعيد", GROUND, "no own expression; the grounding of Tue 13 Jan 2026 (dotalkhalij of Tue 13)"),
    ev("water-ingress-report", "بلاغاً من السفينة عن وجود فتحة في أحد العنابر", GROUND, "no own expression; the report before the beaching of Tue 13 Jan 2026"),
    ev("beached", "ليشحط السفينة خوفاً من غرقها", GROUND, "no own expression; the beaching of Tue 13 Jan 2026"),
    ev("distress-call", "وفي الساعة 11.30 مساء أمس الثلاثاء بعث ربان السفينة نداء استغاثة", GROUND, "'الساعة 11.30 مساء أمس الثلاثاء' from Wed 14 Jan 2026 = 11:30 pm Tue 13 Jan"),
    ev("crew-rescue", "لإخلاء جميع أفراد الطاقم البالغ عددهم 12 فرداً", RESCUE, "no own expression; the crew was taken off after the 11:30 pm call, before dawn on Wed 14 Jan 2026 (elbalad of Wed 14: 'نجحت فجر اليوم في إنقاذ طاقم السفينة')"),
    ev("listing", "ما زالت السفينة FENER تميل على جانبها الأيمن", RESCUE, "no own expression; the state of the ship on the day of the article, Wed 14 Jan 2026"),
])
art(S, "https://www.egypttelegraph.com/article/212233/%D9%84%D9%85-%D8%AA%D8%B1%D8%B3%D9%84-%D8%A7%D8%B3%D8%AA%D8%BA%D8%A7%D8%AB%D8%A9-%D8%8C-%D8%AA%D9%81%D8%A7%D8%B5%D9%8A%D9%84-%D8%A5%D9%86%D9%82%D8%A7%D8%B0-%D8%B7%D8%A7%D9%82%D9%85",
    "2026-01-14", "no date on the stored page; the body's 'الليلة الماضية' for the grounding of Tue 13 Jan 2026 and 'خلال الساعات الماضية' for the canal authority's announcement of the crew's rescue, made on the morning of Wed 14 Jan (masrawy of Wed 14: 'وفي صباح اليوم الأربعاء، أعلن رئيس الهيئة'), give Wed 14 Jan 2026 (this outlet's own first report, article 211976, is of Tue 13 Jan); headline kept from the page; the last, truncated quotation dropped", False, """
"لم ترسل استغاثة"، تفاصيل إنقاذ طاقم سفينة FENER في قناة السويس (خاص)
أثارت أخبار جنوح السفينة FENER، خلال الساعات الماضية، قلق مستخدمي مواقع التواصل الاجتماعي، حتى بعد أن أعلنت هيئة قناة السويس إنقاذ طاقمها من دون إصابات أو خسائر في الأرواح، إذ يريد كثير من المواطنين معرفة تفاصيل عملية الإنقاذ.
وكانت السفينة FENER قد جنحت الليلة الماضية بسبب سوء الأحوال الجوية قرب أحد شواطئ شمال مدينة بورسعيد، بعدما فقدت القدرة على المناورة، فخرجت عن المجرى الملاحي لقناة السويس في مشهد استرعى انتباه الموجودين في المنطقة، وخلال الساعات الماضية أعلنت هيئة قناة السويس أن جهود الإنقاذ البحري نجحت في إنقاذ جميع أفراد الطاقم سالمين.
واتصلت "تليجراف مصر" برئيس الوحدة البحرية وقائد عملية إنقاذ الطاقم، محمد صقر، ليروي كواليس العملية، فقال إن إدارة هيئة قناة السويس طلبت منه التدخل والتعامل فوراً مع المركب الغارقة FENER، فاقترب من السفينة على متن لانش الإنقاذ ومعه اثنان من المساعدين، وتمكنوا من إنقاذ الطاقم كله المؤلف من 12 فرداً.
وأضاف: "الحمد لله كلهم كانوا بصحة وسلامة".
""", [
    ev("grounding", "قد جنحت الليلة الماضية بسبب سوء الأحوال الجوية", GROUND, "'الليلة الماضية' from Wed 14 Jan 2026 = the night of Tue 13 Jan (the grounding of Tue 13)"),
    ev("rescue-announcement", "أعلنت هيئة قناة السويس أن جهود الإنقاذ البحري نجحت", RESCUE, "'خلال الساعات الماضية' = the announcement of the morning of Wed 14 Jan 2026 (masrawy: 'وفي صباح اليوم الأربعاء، أعلن رئيس الهيئة')"),
    ev("crew-rescue", "وتمكنوا من إنقاذ الطاقم كله المؤلف من 12 فرداً", RESCUE, "no own expression; the rescue before dawn on Wed 14 Jan 2026 (elbalad: 'فجر اليوم'), after the 11:30 pm call of Tue 13"),
    ev("telegraph-interview", 'واتصلت "تليجراف مصر" برئيس الوحدة البحرية', RESCUE, "no own expression; the interview for this report of Wed 14 Jan 2026"),
])

# ---------------------------------------------------------------- somalia-mv-abdullah-hijack-2024
S = "somalia-mv-abdullah-hijack-2024"
HIJACK = "2024-03-12"      # the MV Abdullah was boarded and seized on Tue 12 Mar 2024
NEXTDAY = "2024-03-13"     # Wed 13 Mar 2024: EU NAVFOR statement; the owner's talk with the crew
art(S, "https://alnqabialjanubi.com/archives/190054",
    "2024-03-12", "no date on the stored page; the body's 'مساء اليوم' for the UKMTO update on the boarding, which was reported on Tue 12 Mar 2024 (number1.news of Wed 13: 'هاجمها القراصنة ... أمس الثلاثاء'; arabkhabar: Ambrey 'يوم الثلاثاء'), and the earliest state of the news (the ship unnamed, the attackers not yet called pirates) give Tue 12 Mar 2024; the by-line dropped; headline kept from the page", False, """
مسلحون يستولون على سفينة بضائع بالقرب من خليج عدن ويجبرونها على التوجه نحو ساحل الصومال
ذكرت هيئة عمليات التجارة البحرية البريطانية في تحديث جديد صدر مساء اليوم أن ما يزيد على عشرين مسلحا اعتلوا سفينة بضائع قرب خليج عدن وسيطروا عليها، وأرغموا طاقمها على الإبحار نحو ساحل الصومال.
وأوضحت شركة أمبري للأمن البحري أن السفينة ناقلة بضائع سائبة ترفع علم بنجلادش، وكانت في رحلة من موزامبيق إلى الإمارات.
وأفادت هيئة عمليات التجارة البحرية البريطانية بأنها تلقت بلاغا عن حادث وقع على مسافة 600 ميل بحري شرق مقديشو، العاصمة الصومالية، قرب خليج عدن.
ويأتي هذا الحادث في أحدث سلسلة استهداف السفن منذ أن عاد القراصنة الصوماليون إلى شن الهجمات في الأشهر القليلة الماضية، غير أن شركة أمبري لم تقل صراحة إن المسلحين قراصنة صوماليون.
وأشارت أمبري إلى تضارب التقارير حول مكان وجود طاقم السفينة.
""", [
    ev("ukmto-update", "في تحديث جديد صدر مساء اليوم", HIJACK, "'مساء اليوم' = the evening of Tue 12 Mar 2024 (the day of the article)"),
    ev("hijack", "ما يزيد على عشرين مسلحا اعتلوا سفينة بضائع قرب خليج عدن وسيطروا عليها", HIJACK, "no own expression; the boarding of Tue 12 Mar 2024 (number1.news: 'أمس الثلاثاء')"),
    ev("diverted-to-somalia", "وأرغموا طاقمها على الإبحار نحو ساحل الصومال", HIJACK, "no own expression; the diversion began after the boarding of Tue 12 Mar 2024 (still under way on Wed 13; my span 12-13 Mar)", end="2024-03-14"),
    ev("ambrey-report", "وأوضحت شركة أمبري للأمن البحري أن السفينة ناقلة بضائع سائبة", HIJACK, "no own expression; Ambrey's report of Tue 12 Mar 2024 (arabkhabar: 'قالت شركة أمبري ... يوم الثلاثاء')"),
    ev("piracy-resurgence", "منذ أن عاد القراصنة الصوماليون إلى شن الهجمات", "2023-11-01", "'في الأشهر القليلة الماضية' before March 2024 = the resurgence since late 2023 (arabkhabar: 'منذ نوفمبر/تشرين الثاني'); my span Nov 2023 - 11 Mar 2024", end=HIJACK),
])
art(S, "https://youm7.com/story/2024/3/13/القوة-البحرية-للاتحاد-الأوروبى-الاستيلاء-على-ناقلة-ضخمة-قبالة-المياه/6510207",
    "2024-03-13", "no date line on the stored page; the publication day 13 Mar 2024 is in the URL path (story/2024/3/13), agreeing with the EU NAVFOR statement of Wed 13 Mar (arabspr: 'أفادت قوة الأمن البحري التابعة للاتحاد الأوروبي يوم الأربعاء'); the comment notice dropped; headline rendered from the URL slug; no date of its own in the text", False, """
القوة البحرية للاتحاد الأوروبى: الاستيلاء على ناقلة ضخمة قبالة المياه الصومالية
أفادت القوة البحرية التابعة للاتحاد الأوروبي بأن ناقلة ضخمة جرى الاستيلاء عليها قبالة المياه الصومالية، وأن الحادث يُعامل على أنه عملية قرصنة، بحسب خبر عاجل بثته قناة القاهرة الإخبارية.
وكانت شركة "أمبري" البريطانية للأمن البحري قد ذكرت في وقت سابق أن عشرين مسلحا صعدوا إلى سفينة بضائع قبالة الصومال وأحكموا سيطرتهم عليها، وأن ذلك آخر حلقة في سلسلة استهداف السفن منذ أن استأنف القراصنة الصوماليون هجماتهم في الأشهر القليلة الماضية، إلا أن "أمبرى" لم تحدد أن المسلحين قراصنة صوماليون.
وأوضحت "أمبرى" أن السفينة ناقلة بضائع سائبة ترفع علم بنجلاديش، وكانت في طريقها من موزامبيق إلى الإمارات.
""", [
    ev("eunavfor-statement", "أفادت القوة البحرية التابعة للاتحاد الأوروبي", NEXTDAY, "no own expression; the EU NAVFOR statement of Wed 13 Mar 2024 (the URL day; arabspr: 'يوم الأربعاء')"),
    ev("ambrey-report", "قد ذكرت في وقت سابق أن عشرين مسلحا صعدوا إلى سفينة بضائع", HIJACK, "'في وقت سابق' = Ambrey's report of Tue 12 Mar 2024 (arabkhabar: 'يوم الثلاثاء')"),
    ev("hijack", "وأحكموا سيطرتهم عليها", HIJACK, "no own expression; the boarding of Tue 12 Mar 2024 (number1.news: 'أمس الثلاثاء')"),
    ev("piracy-resurgence", "منذ أن استأنف القراصنة الصوماليون هجماتهم", "2023-11-01", "'في الأشهر القليلة الماضية' before March 2024 = the resurgence since late 2023; my span Nov 2023 - 11 Mar 2024", end=HIJACK),
])
art(S, "https://number1.news/2024/03/%d8%a7%d9%84%d9%82%d8%b1%d8%a7%d8%b5%d9%86%d8%a9-%d9%8a%d8%ad%d8%aa%d8%ac%d8%b2%d9%88%d9%86-%d8%a7%d9%84%d8%a8%d8%ad%d8%a7%d8%b1%d8%a9-%d8%b1%d9%87%d8%a7%d8%a6%d9%86-%d8%aa%d9%81%d8%a7%d8%b5%d9%8a",
    "2024-03-13", "no date line on the stored page (the URL gives only the month 2024/03); the body's 'أمس الثلاثاء' for the attack of Tue 12 Mar 2024 and 'صباح اليوم الأربعاء' for the company's talk with the crew give Wed 13 Mar 2024 (13 Mar 2024 was a Wednesday); headline kept from the page; the last, truncated sentence dropped", False, """
القراصنة يحتجزون البحارة رهائن.. تفاصيل اختطاف سفينة شحن فى المحيط الهندى
استولت مجموعة من القراصنة الصوماليين على سفينة ترفع علم بنجلاديش في المحيط الهندي، وتوعدوا بقتل البحارة الذين يحتجزونهم رهائن إن لم تُدفع فدية، على ما أفادت شركة الشحن إس آر شيبينج المحدودة.
وكانت السفينة "إم في عبدالله" متجهة من موزمبيق إلى دولة الإمارات العربية المتحدة حين هاجمها القراصنة في المحيط الهندي أمس الثلاثاء.
وأوضح ميزان الإسلام، المتحدث باسم شركة إس آر شيبينج المحدودة المشغلة لسفينة البضائع السائبة، أن طاقمها يتألف من 23 فردًا، وأنها تحمل شحنة من الفحم.
وقال المتحدث لوكالة الأنباء الألمانية (د.ب.أ) هاتفيا إن "أفراد الطاقم كلهم كانوا بخير وبصحة جيدة حين تحدثنا إليهم صباح اليوم الأربعاء"، مؤكدا أن الشركة ستفعل ما في وسعها لإنقاذهم.
وأضاف: "لم نتمكن حتى الآن من التواصل مع القراصنة"، مشيرا إلى أن القراصنة أحكموا قبضتهم على السفينة ويوجهونها الآن نحو السواحل الصومالية.
""", [
    ev("hijack", "حين هاجمها القراصنة في المحيط الهندي أمس الثلاثاء", HIJACK, "'أمس الثلاثاء' from Wed 13 Mar 2024 = Tue 12 Mar"),
    ev("ransom-threat", "وتوعدوا بقتل البحارة الذين يحتجزونهم رهائن", HIJACK, "no own expression; the threat reported by the company after the seizure of Tue 12 Mar 2024; my span 12-13 Mar", end="2024-03-14"),
    ev("crew-contact", "حين تحدثنا إليهم صباح اليوم الأربعاء", NEXTDAY, "'صباح اليوم الأربعاء' = Wed 13 Mar 2024"),
    ev("company-dpa-statement", "وقال المتحدث لوكالة الأنباء الألمانية (د.ب.أ) هاتفيا", NEXTDAY, "no own expression; the spokesman spoke on the day of the article, Wed 13 Mar 2024 (after the crew contact of that morning)"),
    ev("diverted-to-somalia", "ويوجهونها الآن نحو السواحل الصومالية", HIJACK, "'الآن' on Wed 13 Mar 2024; the diversion began after the boarding of Tue 12 Mar (my span 12-13 Mar)", end="2024-03-14"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 502)
                            if i != 201 and i != 502
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

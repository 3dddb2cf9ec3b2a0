"""Builds stories.jsonl: the 231-th evaluation set of real Arabic news stories (several articles per
story, from different outlets, published on different days), bodies re-worded sentence by sentence,
every date/time expression kept verbatim, gold events keyed across each story (same format and checks
as tests/realnews/stories204/make_stories.py). Domain: public-sector pay (salaries paid late, pay rises
and bonus decisions, and protests over them): Iraq's late January 2026 salaries, the Lebanese public
administration strike of December 2025, the Sudanese cabinet's wage rise amid the January 2019 protests,
and Morocco's 1000-dirham public-sector raise of the April 2024 social dialogue. None of these stories
is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-january-salary-delay-2026
S = "iraq-january-salary-delay-2026"
DELAY = ("2026-01-25", "2026-02-07")  # funding due from 25 Jan; paid ministry by ministry into early February
FUND = ("2026-01-28", "2026-01-31")   # funding began reaching the spending units around 28-30 Jan
AUDIT = ("2026-01-25", "2026-01-31")  # the cabinet-ordered audit of the payroll data, late January
art(S, "https://www.shafaq.com/ar/%D9%85%D8%AC%D8%AA%D9%80%D9%85%D8%B9/%D8%A7%D9%84%D9%85%D8%A7%D9%84%D9%8A%D8%A9-%D8%AA%D9%88%D8%AC%D9%87-%D8%A7%D9%84%D9%85%D8%B5%D8%A7%D8%B1%D9%81-%D8%A8%D8%A7%D9%84%D8%AF%D9%88%D8%A7%D9%85-%D8%A7%D9%84%D8%B1%D8%B3%D9%85%D9%8A-%D9%8A%D9%88%D9%85%D9%8A-%D8%A7%D9%84%D8%B9%D8%B7%D9%84%D8%A9-%D9%84%D8%B5%D8%B1%D9%81-%D8%A7%D9%84%D8%B1%D9%88%D8%A7%D8%AA%D8%A8-%D9%88%D8%AB%D9%8A%D9%82%D8%A9",
    "2026-01-29", "no stamp or URL date in the stored page: fixed by the body's 'غداً الجمعة وبعد غد السبت الموافقين 30 و31 كانون الثاني 2026' (tomorrow = Fri 30 Jan 2026, so the page is of Thu 29 Jan 2026; 30 Jan 2026 was a Friday); headline rendered from the URL slug; the truncated last sentence ('... أي تأخير أو عدم تطابق في ال') dropped; the text names its own next days, not its own date", False, """
المالية توجه المصارف بالدوام الرسمي يومي العطلة لصرف الرواتب (وثيقة)
أوعزت وزارة المالية العراقية إلى كل المصارف الحكومية بالحضور إلى الدوام الرسمي يومي غداً الجمعة وبعد غد السبت الموافقين 30 و31 كانون الثاني 2026، إلى حين إكمال إجراءات دفع رواتب الموظفين.
وبحسب وثيقة صادرة عن مكتب وزير المالية اطلعت عليها وكالة شفق نيوز، فإن هذا التوجيه صدر بناءً على توجيه وزيرة المالية، ويشمل الإدارة العامة وجميع الفروع، على أن يستمر الدوام خلال ساعات العمل الرسمية وبعدها حتى يكتمل توزيع الرواتب.
وشرعت وزارة المالية في إجراءات التدقيق الفعلي لبيانات رواتب موظفي الدولة لضمان وصولها إلى أصحابها بانسيابية، إذ تؤكد الوزارة أن الرواتب مؤمنة بالكامل وأن كوادرها المختصة بدأت فعلاً بتمويل جميع وحدات الإنفاق.
وأكدت الوزارة، في بيان، ضرورة مطابقة البيانات الرقمية مع الورقية لضمان دقة القيود المالية، موضحة أن الغاية من التدقيق وتنفيذ قرار مجلس الوزراء هي احتساب مساهمات التقاعد وتحويلها إلى صندوق التقاعد بما يعزز إيراداته، إلى جانب الاستقطاع الضريبي الذي يُسجَّل إيراداً نهائياً للخزينة العامة من المتهربين من التسديد.
""", [
    ev("finance-directive", "أوعزت وزارة المالية العراقية إلى كل المصارف الحكومية", "2026-01-29", "no own expression; the minister's office document reported on Thu 29 Jan 2026 (the page's day), for 'غداً' and 'بعد غد'"),
    ev("banks-weekend-duty", "بالحضور إلى الدوام الرسمي يومي غداً الجمعة وبعد غد السبت", "2026-01-30", "'غداً الجمعة وبعد غد السبت الموافقين 30 و31 كانون الثاني 2026' = Fri 30 and Sat 31 Jan 2026", end="2026-02-01"),
    ev("payroll-audit", "وشرعت وزارة المالية في إجراءات التدقيق الفعلي", AUDIT[0], "no own expression; the cabinet-ordered audit of the payroll data that held up the January salaries after their usual funding day, 25 Jan (another report: 'بسبب عمليات التدقيق'); my span 25-30 Jan 2026", end=AUDIT[1]),
    ev("ministry-salaries-secured", "أن الرواتب مؤمنة بالكامل", "2026-01-29", "no own expression; the ministry's assurance in its statement reported on Thu 29 Jan 2026"),
    ev("funding-started", "بدأت فعلاً بتمويل جميع وحدات الإنفاق", FUND[0], "no own expression; the funding had begun to reach the spending units by 29-30 Jan (another report of 30 Jan: the Finance ministry's staff funded first, Education expected 'اليوم'); my span 28-30 Jan 2026", end=FUND[1]),
])
art(S, "https://gulf365.net/iraq-news/13192879/%D8%AF%D9%81%D8%B9-%D8%A8%D8%A7%D9%84%D8%AA%D9%82%D8%B3%D9%8A%D8%B7-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%D9%8A%D9%88%D9%86-%D9%8A%D9%88%D8%A7%D8%AC%D9%87%D9%88%D9%86-%D9%86%D9%82%D8%A7%D8%B4-%D8%A7%D9%84%D9%81%D8%B6%D8%A7%D8%A1-%D8%A7%D9%84%D8%B3%D9%8A%D8%A7%D8%B3%D9%8A-%D8%A8%D8%B3%D8%A4%D8%A7%D9%84-%D9%88%D8%A7%D8%AD%D8%AF-%D9%88%D9%8A%D9%86-%D8%A7%D9%84%D8%B1%D9%88%D8%A7%D8%AA%D8%A8%D8%9F.html",
    "2026-01-30", "the stored page's stamp 'date 2026-01-30' (a Friday), which the body confirms: funding due 'ابتداء من 25' and 'بعد مرور 5 ايام على الموعد' = 30 Jan 2026; a gulf365 copy of an Alsumaria report; the aggregator's lead-in ('انت الان تتابع خبر ... والان مع التفاصيل') kept only as the headline, the byline 'بغداد - ياسين صفوان -' dropped, the last sentence cut where the stored text breaks off ('وسط مخ...'); no date of its own in the text", False, """
دفع بالتقسيط.. العراقيون يردّون على نقاشات الساحة السياسية بسؤال واحد: "وين الرواتب؟"
يُفترض أن تبدأ وزارة المالية تمويل رواتب موظفي الدولة كل شهر ابتداء من 25 من نهاية كل شهر، غير أنه بعد مرور 5 ايام على الموعد لم يصل تمويل الرواتب بعد إلى الوزارات، ما يعني أن طريقها إلى بطاقات الموظفين ما زال طويلاً.
ورصدت السومرية عدداً من المواطنين يكررون التعليق نفسه على الصفحات الرسمية لمسؤولين ونواب، بل وحتى على صفحات محللين سياسيين مقربين من بعض القوى السياسية الحاكمة، رداً على الآراء السياسية التي يطرحونها، في رسالة واضحة مفادها: "لسنا مهتمين بما تقولون أو بمحنتكم السياسية"، أو "لن تشغلونا بهذه القضايا عن حقيقة العجز عن توفير الرواتب".
وصار تمويل الرواتب يصل "بالتقسيط" إلى الوزارات واحدة تلو الأخرى، لا دفعة واحدة كما جرت العادة، إذ وصل التمويل أولاً إلى موظفي وزارة المالية، مع توقعات بأن يصل إلى وزارة التربية اليوم، وهكذا دواليك، وقد يستغرق الأمر اكثر من اسبوع حتى تنتهي جميع الوزارات.
ويأتي هذا التأخير ربما بسبب عمليات التدقيق التي نص عليها قرار مجلس الوزراء.
""", [
    ev("funding-due-date", "ابتداء من 25 من نهاية كل شهر", "2026-01-25", "'25 من نهاية كل شهر': for the January salaries, Sun 25 Jan 2026"),
    ev("salary-delay", "لم يصل تمويل الرواتب بعد إلى الوزارات", DELAY[0], "'بعد مرور 5 ايام على الموعد' (25 + 5 = 30 Jan): the January salaries were late from their usual day, 25 Jan, and reached the ministries one by one into early February (another report of 6 Feb: 'التأخير الحاصل في توزيع الرواتب'); my span 25 Jan - 6 Feb 2026", end=DELAY[1]),
    ev("funding-started", "إذ وصل التمويل أولاً إلى موظفي وزارة المالية", FUND[0], "no own expression; by Fri 30 Jan the first funding had reached the Finance ministry's staff; my span 28-30 Jan 2026", end=FUND[1]),
    ev("education-funding-expected", "مع توقعات بأن يصل إلى وزارة التربية اليوم", "2026-01-30", "'اليوم' = Fri 30 Jan 2026 (expected, not confirmed)"),
    ev("payroll-audit", "بسبب عمليات التدقيق التي نص عليها قرار مجلس الوزراء", AUDIT[0], "no own expression; the cabinet-ordered payroll audit of late January (the Finance ministry's statement of 29 Jan); my span 25-30 Jan 2026", end=AUDIT[1]),
])
art(S, "https://www.kurdistan24.net/ar/story/892412/%D9%85%D8%B3%D8%AA%D8%B4%D8%A7%D8%B1-%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86%D9%8A-%D8%A7%D9%84%D8%B1%D9%88%D8%A7%D8%AA%D8%A8-%D9%85%D8%A4%D9%85%D9%86%D8%A9-%D8%A8%D8%A7%D9%84%D9%83%D8%A7%D9%85%D9%84-%D9%88%D8%AA%D8%A3%D8%AE%D9%8A%D8%B1-%D8%A7%D9%84%D8%AA%D9%88%D8%B2%D9%8A%D8%B9-%D9%8A%D8%B9%D9%88%D8%AF-%D9%84%D8%A5%D8%AC%D8%B1%D8%A7%D8%A1%D8%A7%D8%AA-%D9%81%D9%86%D9%8A%D8%A9-%D9%85%D8%A4%D9%82%D8%AA%D8%A9",
    "2026-02-06", "the body's own 'اليوم الجمعة 6 شباط 2026' (6 Feb 2026 was a Friday) and the stored page's stamp 'date 2026-02-06'; headline rendered from the URL slug; 'منذ 38 دقيقة' and the dateline 'أربيل (كوردستان 24)-' dropped", True, """
مستشار السوداني: الرواتب مؤمنة بالكامل وتأخير التوزيع يعود لإجراءات فنية مؤقتة
أكد المستشار الاقتصادي لرئيس الوزراء العراقي، مظهر محمد صالح، اليوم الجمعة 6 شباط 2026، أن رواتب الموظفين والمتقاعدين مؤمنة بالكامل.
وشدد على أن الوضع المالي للدولة مستقر تماماً ولا يعتريه أي قصور.
وبيّن صالح أن التأخير الحاصل في توزيع الرواتب خلال الشهر الجاري لا يرجع إلى نقص في التمويل، بل هو ناتج عن بعض الإجراءات الفنية المؤقتة المرتبطة بآليات الصرف المعتمدة.
وأكد أن مخصصات الرعاية الاجتماعية تأتي ضمن أولويات الإنفاق المستمر والمضمون قانونياً ومالياً.
ويأتي هذا التصريح في وقت شهدت فيه وزارة المالية العراقية تأخراً في إطلاق تمويلات الرواتب لعدد من الوزارات، إضافة إلى عدم إرسال مستحقات موظفي إقليم كوردستان حتى الآن، على الرغم من تأكيدات حكومة الإقليم أنها أوفت بكل الالتزامات القانونية والمالية المترتبة عليها تجاه الحكومة الاتحادية.
ويهدف هذا التوضيح الحكومي إلى طمأنة الشارع العراقي وقطع الطريق على المخاوف من أزمة مالية تمس القوة الشرائية للمواطنين أو الاستحقاقات الشهرية للفئات المستفيدة.
""", [
    ev("saleh-assurance", "أكد المستشار الاقتصادي لرئيس الوزراء العراقي، مظهر محمد صالح، اليوم الجمعة 6 شباط 2026", "2026-02-06", "'اليوم الجمعة 6 شباط 2026' = Fri 6 Feb 2026"),
    ev("salary-delay", "التأخير الحاصل في توزيع الرواتب خلال الشهر الجاري", DELAY[0], "'خلال الشهر الجاري' (February, as of 6 Feb): the delay of the January salaries, due from 25 Jan and still being paid out on 6 Feb; my span 25 Jan - 6 Feb 2026", end=DELAY[1]),
    ev("ministries-funding-late", "تأخراً في إطلاق تمويلات الرواتب لعدد من الوزارات", DELAY[0], "no own expression; the same late funding of the ministries' January salaries (my span 25 Jan - 6 Feb 2026)", end=DELAY[1]),
    ev("krg-salaries-unsent", "عدم إرسال مستحقات موظفي إقليم كوردستان حتى الآن", DELAY[0], "'حتى الآن' = still on Fri 6 Feb 2026: the Kurdistan region's January salaries, due with the rest from 25 Jan, were only released by Baghdad on Mon 9 Feb (another kurdistan24 report, outside this set); my span 25 Jan - 6 Feb", end=DELAY[1]),
])

# ---------------------------------------------------------------- lebanon-public-administration-strike-december-2025
S = "lebanon-public-administration-strike-december-2025"
art(S, "https://www.almanar.com.lb/article/419582/",
    "2025-12-17", "the page's date line 'الأربعاء 17 12 2025' (with '26 جمادى الآخرة 1447', 'بيروت 22:17') above the item and the stored page's stamp 'date 2025-12-17'; 17 Dec 2025 was a Wednesday, the day of the League's statement (another report: 'في بيان الأربعاء'); only the Gregorian date kept as first line, the Hijri date, clock and menu dropped; 'مواضيع ذات صلة' and what follows dropped", True, """
الأربعاء 17 12 2025
اضراب لموظفي الادارة العامة حتى 21 كانون الأول
أعلن موظفو الإدارة العامة، في بيان، "استمرار الإضراب في الإدارة العامة، من الخميس 18 كانون الأول حتى الأحد مساء في 21 كانون الاول، لأن كرامة الموظف لم تعد تحتمل المماطلة، ولأن الجوع لم يعد يقبل الوعود الكاذبة".
وتابع البيان: "أضربنا لأن رواتبنا صارت فتاتا، ولأن السلطة تجيد الإنفاق على فسادها وتعجز عن إنصاف موظفيها، ولأن الإدارة التي تقوم عليها الدولة تُترك لتنهار عمدًا. نضرب دفاعا عن الكرامة لا عن الامتيازات، بل عن حقنا في عيش كريم، وعن إدارة عامة قوية لا تُدار بالذل والاستجداء".
وأضاف البيان: "لا عودة إلى العمل بلا حقوق، ولا تراجع من دون حلول جدية، ولا مساومة على كرامة الموظف. والمسؤولية اليوم تقع كاملة على عاتق السلطة السياسية التي اختارت الهروب بدل المواجهة، والتجاهل بدل الإنصاف. إضرابنا مستمر حتى تُستعاد الحقوق، وحتى تُحترم الإدارة العامة، وحتى يسقط منطق إذلال الموظف".
""", [
    ev("league-statement", "أعلن موظفو الإدارة العامة، في بيان", "2025-12-17", "no own expression; the League's statement of Wed 17 Dec 2025 (the date line; another report: 'في بيان الأربعاء')"),
    ev("strike-18-21-dec", "من الخميس 18 كانون الأول حتى الأحد مساء في 21 كانون الاول", "2025-12-18", "'من الخميس 18 كانون الأول حتى الأحد مساء في 21 كانون الاول' = Thu 18 - Sun 21 Dec 2025", end="2025-12-22"),
    ev("earlier-stoppage", "أضربنا لأن رواتبنا صارت فتاتا", "2025-12-15", "no own expression; the stoppage the League had called for 15, 16 and 17 Dec 2025 (another report: 'التوقف عن العمل لمدة ثلاثة أيام: ١٥، ١٦، ١٧ كانون الاول'), which the statement extends ('استمرار'); my span 15-17 Dec", end="2025-12-18"),
])
art(S, "https://www.lebanon24.com/news/lebanon/1456640/%D8%B1%D9%81%D8%B6%D9%8B%D8%A7-%D9%84%D9%84%D8%AA%D8%B3%D9%88%D9%8A%D9%81-%D8%AA%D8%B9%D8%A7%D9%88%D9%86%D9%8A%D8%A9-%D9%85%D9%88%D8%B8%D9%81%D9%8A-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D8%A9-%D8%AA%D8%AA%D9%88%D9%82%D9%81-%D8%B9%D9%86-%D8%A7%D9%84%D8%B9%D9%85%D9%84",
    "2025-12-17", "the stored page's stamp 'date 2025-12-17' (a Wednesday) with the body's 'في بيان اليوم' for a stoppage set for 'يوم الجمعة الواقع في 19 كانون الأول 2025' (two days later); headline rendered from the URL slug; the stored text lost its linked words ('لجنة موظفي ،', 'لرابطة موظفي .', 'العمل في .'): filled from the slug ('تعاونية موظفي الدولة') and the League's name ('الإدارة العامة'); no date of its own in the text", False, """
رفضًا للتسويف.. تعاونية موظفي الدولة تتوقف عن العمل
أعلنت لجنة موظفي تعاونية موظفي الدولة، في بيان اليوم، التزامها التام بقرار التوقف الكامل عن العمل يوم الجمعة الواقع في 19 كانون الأول 2025، تماشيًا مع الموقف الموحّد لرابطة موظفي الإدارة العامة.
وأوضحت اللجنة أن هذه الخطوة تأتي رفضًا لما سمّته "النهج اللامبالي" في التعامل مع حقوق العاملين في القطاع العام، واحتجاجًا على سياسة التسويف والمماطلة في إعطاء الموظفين جزءًا من حقوقهم.
وأكدت أن التحرك يرمي إلى المطالبة بتصحيح جدّي للرواتب والأجور، يضمن الحد الأدنى من الاستقرار الوظيفي واستمرار العمل في التعاونية.
""", [
    ev("coop-statement", "أعلنت لجنة موظفي تعاونية موظفي الدولة، في بيان اليوم", "2025-12-17", "'اليوم' = Wed 17 Dec 2025 (the page's day)"),
    ev("coop-stoppage-19-dec", "التوقف الكامل عن العمل يوم الجمعة الواقع في 19 كانون الأول 2025", "2025-12-19", "'يوم الجمعة الواقع في 19 كانون الأول 2025' = Fri 19 Dec 2025"),
    ev("strike-18-21-dec", "تماشيًا مع الموقف الموحّد لرابطة موظفي الإدارة العامة", "2025-12-18", "no own expression; the League's unified position is its strike of Thu 18 - Sun 21 Dec 2025, announced the same day (another report)", end="2025-12-22"),
])
art(S, "https://alahednews.news/article.php?id=91508",
    "2025-12-21", "the stored page's stamp 'date 2025-12-21' (a Sunday, the last day of the 18-21 Dec strike); another outlet (tayyar.org) dates the same statement '21 December 2025'; body 'في بيان الأربعاء' (Wed 17 Dec) agrees; no headline in the stored text; the quoted end of the last sentence dropped; no date of its own in the text", False, """
أعلنت رابطة موظفي الإدارة العامة تعليق التوقّف عن العمل في الإدارات العامة طوال فترة الأعياد، "انطلاقًا من شعورها العالي بالمسؤولية الوطنية، وحرصها على مصالح المواطنين، وتأكيدًا أن تحرّكاتها لم تكن يومًا في وجه المواطن، بل جاءت تعبيرًا عن الغبن واللامبالاة اللذين تمارسهما السلطة القائمة تجاه الحقوق المحقّة لموظفي القطاع العام، ولا سيما في ظل وعود ولقاءات رسمية لم تظهر نتائجها العملية بعد".
وأوضحت الرابطة، في بيان، أن "هذا التعليق إجراء مؤقّت، وهو بمثابة فترة سماح للحكومة كي تعيد النظر بجدية في مطالب الموظفين، على أن يُعاد تقييم الموقف وتُتخذ الخطوات المناسبة بعد انتهاء الأعياد، بحسب ما تقتضيه المصلحة العامة وحقوق الموظفين".
وحذّرت الرابطة من أن شهر كانون الثاني/يناير المقبل "سيكون كانون الغضب على مختلف الصعد إذا استمرت سياسة التسويف والمماطلة، وقد يشهد تحرّكات تصعيدية مفتوحة ومتواصلة تتناسب مع حجم المرحلة وخطورة الأوضاع".
وكانت الرابطة قد أعلنت، في بيان الأربعاء، استمرار الإضراب في الإدارة من الخميس 18 كانون الأول/ديسمبر حتّى مساء الأحد في 21 من الشهر نفسه.
""", [
    ev("suspension", "أعلنت رابطة موظفي الإدارة العامة تعليق التوقّف عن العمل", "2025-12-21", "no own expression; the League's statement of Sun 21 Dec 2025 (the page's day; tayyar.org: '21 December 2025')"),
    ev("holiday-truce", "طوال فترة الأعياد", "2025-12-22", "'فترة الأعياد' = Christmas and New Year, after the strike ended on the evening of Sun 21 Dec; my span 22 Dec 2025 - 1 Jan 2026", end="2026-01-02"),
    ev("january-escalation-warning", "شهر كانون الثاني/يناير المقبل", "2026-01-01", "'شهر كانون الثاني/يناير المقبل' = January 2026 (the League did strike again on 13-18 Jan 2026, outside knowledge)", end="2026-02-01"),
    ev("league-statement", "في بيان الأربعاء", "2025-12-17", "'الأربعاء' before Sun 21 Dec = Wed 17 Dec 2025"),
    ev("strike-18-21-dec", "استمرار الإضراب في الإدارة من الخميس 18 كانون الأول/ديسمبر", "2025-12-18", "'من الخميس 18 كانون الأول/ديسمبر حتّى مساء الأحد في 21 من الشهر نفسه' = Thu 18 - Sun 21 Dec 2025", end="2025-12-22"),
])

# ---------------------------------------------------------------- sudan-cabinet-wage-rise-protests-2019
S = "sudan-cabinet-wage-rise-protests-2019"
art(S, "https://dailysabah.com/arabic/arab-world/2019/01/17/%d8%a7%d9%84%d8%b3%d9%88%d8%af%d8%a7%d9%86-%d9%8a%d9%82%d8%b1%d8%b1-%d8%b2%d9%8a%d8%a7%d8%af%d8%a9-%d8%a3%d8%ac%d9%88%d8%b1-%d8%a7%d9%84%d8%b9%d8%a7%d9%85%d9%84%d9%8a%d9%86-%d8%a8%d8%a7%d9%84%d8%af%d9%88%d9%84%d8%a9-%d8%b9%d9%84%d9%89-%d9%88%d9%82%d8%b9-%d8%a7%d9%84%d9%85%d8%b8%d8%a7%d9%87%d8%b1%d8%a7%d8%aa/amp",
    "2019-01-17", "date in the URL '/2019/01/17/' (a Thursday, the day of the cabinet session); body 'الخميس' and 'في جلسته الدورية اليوم' agree; an Anadolu report; the truncated last sentence ('ودعا المكتب القيادي للحزب الحاكم ... الجم...') dropped; no date of its own in the text", False, """
السودان يقرر زيادة أجور العاملين بالدولة على وقع المظاهرات
أصدر مجلس الوزراء السوداني، الخميس، قراراً يقضي بزيادة أجور العاملين في الدولة.
وبحسب وكالة الأنباء السودانية الرسمية، فقد أقر مجلس الوزراء في جلسته الدورية اليوم اتفاقاً مع وزارة المالية يقضي بزيادة أجور العاملين بالدولة بواقع 500 جنيه (10.5 دولارات) كحد أدنى، و2500 جنيه (52.6 دولاراً) كحد أعلى شهرياً.
وقال خيري النور، أمين علاقات العمل في الاتحاد العام لنقابات عمال السودان، إن "القرار أُحيل إلى ديوان شؤون الخدمة ليصدر المنشور المفصل لزيادات الأجور بحسب الدرجات الوظيفية".
ورجّح النور، وفق ما نقلته الوكالة الرسمية، أن يصدر ديوان شؤون الخدمة المنشور خلال يومين.
ويبلغ الحد الأدنى للأجور في السودان 425 جنيهاً (نحو 9 دولارات)، ولم يُرفع منذ 2013.
وتأتي زيادة الأجور عقب توقيع اتفاق مشترك بين اتحاد نقابات عمال السودان ووزارة المالية في أكتوبر/ تشرين الأول الماضي.
وفي وقت سابق اليوم، تجددت الاحتجاجات في عدد من أحياء الخرطوم، وفرّقت الشرطة السودانية مسيرات كانت متجهة إلى القصر الرئاسي لتسليم مذكرة تطالب بتنحي الرئيس عمر البشير.
""", [
    ev("cabinet-decision", "أصدر مجلس الوزراء السوداني، الخميس", "2019-01-17", "'الخميس' = Thu 17 Jan 2019 (with 'في جلسته الدورية اليوم')"),
    ev("circular-expected", "أن يصدر ديوان شؤون الخدمة المنشور خلال يومين", "2019-01-17", "'خلال يومين' from Thu 17 Jan 2019: by Sat 19 Jan (expected; my span 17-19 Jan)", end="2019-01-20"),
    ev("last-minimum-wage-rise", "ولم يُرفع منذ 2013", "2013-01-01", "'منذ 2013': the minimum wage was last raised in 2013 (my span the year 2013)", end="2014-01-01"),
    ev("union-agreement", "في أكتوبر/ تشرين الأول الماضي", "2018-10-01", "'أكتوبر/ تشرين الأول الماضي' before Jan 2019 = October 2018", end="2018-11-01"),
    ev("palace-march", "وفرّقت الشرطة السودانية مسيرات كانت متجهة إلى القصر الرئاسي", "2019-01-17", "'وفي وقت سابق اليوم' = Thu 17 Jan 2019"),
])
art(S, "https://event-sy.net/news-30959.html",
    "2019-01-18", "the page's stamp 'التاريخ - 2019-01-18 4:06 PM' under the item (18 Jan 2019 was a Friday, the day after the cabinet decision and the palace march); the stamp moved to the first line ('2019-01-18 4:06 PM'); no headline in the stored text; the view counter and the Telegram notice dropped", True, """
2019-01-18 4:06 PM
سارعت الحكومة السودانية إلى الإعلان عن رفع رواتب العاملين في الدولة، في خطوة بدا جلياً أنها تهدف إلى امتصاص الغضب الشعبي، في حين يرى مراقبون محليون أن نظام الرئيس عمر البشير ما زال عاجزاً عن طرح مبادرة جدية تُخرج السودان من الأزمة.
وأصدر مجلس الوزراء السوداني قراراً بزيادة أجور العاملين في الدولة، إذ أقر في جلسته الدورية اتفاقاً مع وزارة المالية يقضي بزيادة الأجور بواقع 500 جنيه (10.5 دولار) كحد أدنى، و2500 جنيه (52.6 دولار) كحد أعلى شهرياً.
وفرّقت الشرطة متظاهرين مناهضين للحكومة بالغاز المسيل للدموع، ما أدى إلى مقتل اثنين.
وتوجهت مسيرة كبيرة نحو القصر الرئاسي لمطالبة البشير بالتنحي، وذلك بعد أربعة أسابيع على انطلاق حركة الاحتجاج.
""", [
    ev("cabinet-decision", "وأصدر مجلس الوزراء السوداني قراراً بزيادة أجور العاملين في الدولة", "2019-01-17", "no own expression; the cabinet's session of Thu 17 Jan 2019 (another report: 'الخميس')"),
    ev("two-killed", "ما أدى إلى مقتل اثنين", "2019-01-17", "no own expression; the deaths during the Thursday 17 Jan 2019 protests in Khartoum (outside knowledge)"),
    ev("palace-march", "وتوجهت مسيرة كبيرة نحو القصر الرئاسي", "2019-01-17", "no own expression; the march on the palace of Thu 17 Jan 2019 (another report: 'وفي وقت سابق اليوم')"),
    ev("protests-began", "بعد أربعة أسابيع على انطلاق حركة الاحتجاج", "2018-12-19", "'بعد أربعة أسابيع' before 17 Jan 2019: the protests began on Wed 19 Dec 2018 (outside knowledge)"),
])

# ---------------------------------------------------------------- morocco-social-dialogue-1000-dirham-raise-2024
S = "morocco-social-dialogue-1000-dirham-raise-2024"
RAISE = ("2024-07-01", "2025-07-02")  # 500 dirhams from 1 Jul 2024, 500 more from 1 Jul 2025
TAX = ("2025-01-01", "2025-02-01")    # the income-tax revision in force from January 2025
SMIG = ("2025-01-01", "2026-01-02")   # +5% from 1 Jan 2025, +5% from 1 Jan 2026
art(S, "https://www.maroc7.ma/2024/04/29/%d8%a7%d9%84%d8%ad%d9%83%d9%88%d9%85%d8%a9-%d9%88%d8%a7%d9%84%d9%85%d8%b1%d9%83%d8%b2%d9%8a%d8%a7%d8%aa-%d8%a7%d9%84%d9%86%d9%82%d8%a7%d8%a8%d9%8a%d8%a9-%d9%8a%d8%aa%d9%81%d9%82%d8%a7%d9%86-%d8%b9",
    "2024-04-29", "date in the URL '/2024/04/29/' and the page stamp 'الإثنين 29 أبريل 2024 - 12:27' (kept as first line, before the headline); 29 Apr 2024 was a Monday; body 'اليوم الاثنين 29 أبريل' agrees; the menu, author line and comment form dropped", True, """
الإثنين 29 أبريل 2024 - 12:27
الحكومة والمركزيات النقابية يتفقان على زيادة عامة في أجور العاملين بالقطاع العام
أعلن رئيس الحكومة، عزيز أخنوش، اليوم الاثنين 29 أبريل، بالرباط، توصل الحكومة والمركزيات النقابية إلى اتفاق على زيادة عامة في أجور العاملين في القطاع العام ممن لم يستفيدوا من مراجعة أجورهم، بمبلغ 1000 درهم صافية في الشهر، وذلك ضمن جولة أبريل من الحوار الاجتماعي.
وأوضح أخنوش، في تصريح صحفي، أن الاتفاق يقضي كذلك بتخفيض الضريبة على الدخل للموظفين والأجراء بأثر شهري يبلغ 400 درهم للفئات متوسطة الدخل، وبرفع الحد الأدنى للأجر في قطاعات الصناعة والتجارة والمهن الحرة (SMIG) والفلاحة (SMAG) بنسبة 10 في المائة جديدة في هذه الجولة.
""", [
    ev("agreement", "أعلن رئيس الحكومة، عزيز أخنوش، اليوم الاثنين 29 أبريل", "2024-04-29", "'اليوم الاثنين 29 أبريل' = Mon 29 Apr 2024"),
    ev("public-raise", "بمبلغ 1000 درهم صافية في الشهر", RAISE[0], "no own expression; paid in two tranches of 500 dirhams, from 1 Jul 2024 and 1 Jul 2025 (other reports: 'ابتداءً من يوليو 2024', 'في فاتح يوليوز 2025'); my span 1 Jul 2024 - 1 Jul 2025", end=RAISE[1]),
    ev("tax-cut", "بتخفيض الضريبة على الدخل", TAX[0], "no own expression; the income-tax revision takes effect in January 2025 (another report: 'ابتداء من يناير 2025')", end=TAX[1]),
    ev("smig-raise", "وبرفع الحد الأدنى للأجر في قطاعات الصناعة", SMIG[0], "no own expression; +10% in two tranches, 5% from 1 Jan 2025 and 5% from 1 Jan 2026 (outside knowledge); my span 1 Jan 2025 - 1 Jan 2026", end=SMIG[1]),
])
art(S, "https://satv.ma/%d8%b2%d9%8a%d8%a7%d8%af%d8%a9-%d9%81%d9%8a-%d8%a7%d9%84%d8%a3%d8%ac%d9%88%d8%b1-%d9%88%d8%aa%d8%b9%d8%af%d9%8a%d9%84%d8%a7%d8%aa-%d8%b9%d9%84%d9%89-%d9%86%d8%b8%d8%a7%d9%85-%d8%a7%d9%84%d8%aa%d9%82.html",
    "2024-04-29", "no stamp or URL date in the stored page: fixed by the body's 'صباح اليوم الاثنين' for the signing of the April 2024 social agreement, which took place on Mon 29 Apr 2024 (other outlets: 'اليوم الاثنين 29 أبريل', 'الرباط في 29 أبريل 2024'); headline rendered from the (truncated) URL slug; the truncated last sentence ('وتعهدت الحكومة ببرمجة مناقش...') dropped; no date of its own in the text", False, """
زيادة في الأجور وتعديلات على نظام التقاعد
صادقت الحكومة على حزمة من الإجراءات المهمة ضمن اتفاق اجتماعي جديد، شملت زيادة في أجور موظفي الإدارات العمومية وتعديلات على نظامي التقاعد والضريبة.
وجرى توقيع هذا الاتفاق المهم صباح اليوم الاثنين، بحضور رئيس الحكومة عزيز أخنوش وممثلين عن أبرز المركزيات النقابية والاتحاد العام لمقاولات المغرب.
ومن أهم بنود الاتفاق الجديد زيادة شهرية صافية قدرها 1000 درهم لموظفي الإدارات العمومية، تُصرف على دفعتين متساويتين ابتداءً من يوليو 2024. كما تضمن الاتفاق رفع الحد الأدنى القانوني للأجر في الأنشطة غير الفلاحية والفلاحية بنسبة 10%، يُطبق على دفعتين متتاليتين.
وعلى صعيد التعديلات الضريبية، اتُّفق على مراجعة نظام الضريبة على الدخل ابتداء من يناير 2025، بهدف تحسين دخل الطبقة المتوسطة وصون حقوق المهنيين. وتشمل هذه المراجعة رفع الحد الأدنى للدخل المعفى من الضريبة وتوسيع الإعفاءات، إلى جانب تخفيض الضريبة على الدخل بنسبة تصل إلى 50% وتعديل مبالغ الخصم الخاصة بالأعباء العائلية.
كذلك اتُّفق على إصلاح شامل لمنظومة التقاعد، عبر إرساء نظام ثنائي "عمومي وخاص"، مع آليات انتقالية تصون حقوق المستفيدين الحاليين.
""", [
    ev("agreement", "وجرى توقيع هذا الاتفاق المهم صباح اليوم الاثنين", "2024-04-29", "'صباح اليوم الاثنين' = Mon 29 Apr 2024 (another outlet says 'مساء أمس (الاثنين)'; the day is the same)"),
    ev("public-raise", "تُصرف على دفعتين متساويتين ابتداءً من يوليو 2024", RAISE[0], "'ابتداءً من يوليو 2024', in two equal tranches: 1 Jul 2024 and 1 Jul 2025; my span 1 Jul 2024 - 1 Jul 2025", end=RAISE[1]),
    ev("smig-raise", "يُطبق على دفعتين متتاليتين", SMIG[0], "no own expression; 5% from 1 Jan 2025 and 5% from 1 Jan 2026 (outside knowledge); my span 1 Jan 2025 - 1 Jan 2026", end=SMIG[1]),
    ev("tax-cut", "مراجعة نظام الضريبة على الدخل ابتداء من يناير 2025", TAX[0], "'ابتداء من يناير 2025' = from January 2025", end=TAX[1]),
])
art(S, "https://mapress.net/اتفاق-تاريخي-بين-الحكومة-والنقابات-زي",
    "2024-04-29", "date line 'الرباط في 29 أبريل 2024:' at the head of the body (moved to the first line, before the headline); 29 Apr 2024 was a Monday, the day of the signing; the closing heading 'مُخرجات إيجابية:' (cut off) dropped; the source's 'ابتداء من يوليو 2025' (the first tranche was July 2024) kept as it is", True, """
الرباط في 29 أبريل 2024:
اتفاق تاريخي بين الحكومة والنقابات: زيادة في الأجور وتخفيض ضريبي
كُللت الجولة الجديدة من الحوار الاجتماعي بين الحكومة والنقابات الأكثر تمثيلية بإنجاز تاريخي، تمثل في توقيع اتفاق اجتماعي جديد يرمي إلى تحسين القدرة الشرائية للموظفين وتعزيز مناخ الاستثمار في المغرب.
وترأس رئيس الحكومة عزيز أخنوش هذا الاجتماع الحاسم، بحضور وزير الإدماج الاقتصادي والمقاولة الصغرى والشغل والكفاءات يونس السكوري، ووزيرة الاقتصاد والمالية نادية فتاح، والوزير المنتدب المكلف بالميزانية فوزي لقجع، والوزيرة المنتدبة المكلفة بإصلاح الإدارة غيتة مزور.
ومن جانب المركزيات النقابية، حضر الأمين العام للاتحاد المغربي للشغل الميلودي المخارق، والكاتب العام للاتحاد العام للشغالين بالمغرب النعم ميارة، وممثلا الكونفدرالية الديمقراطية للشغل خالد العلمي لهوير وبوشتي بوخالفة، إضافة إلى رئيس الاتحاد العام لمقاولات المغرب شكيب لعلج.
وأبرز بنود الاتفاق زيادة في أجور الموظفين قدرها 1000 درهم، ستُقر على شطرين ابتداء من يوليو 2025، وتخفيض ضريبي على الدخل يتراوح أثره على الأجور بين 150 و400 درهم.
""", [
    ev("agreement", "تمثل في توقيع اتفاق اجتماعي جديد", "2024-04-29", "no own expression; the signing of Mon 29 Apr 2024 (the date line 'الرباط في 29 أبريل 2024')"),
    ev("public-raise", "ستُقر على شطرين ابتداء من يوليو 2025", RAISE[0], "'ابتداء من يوليو 2025' is the source's slip: the two tranches were paid from 1 Jul 2024 and 1 Jul 2025 (other reports); my span 1 Jul 2024 - 1 Jul 2025", end=RAISE[1]),
    ev("tax-cut", "وتخفيض ضريبي على الدخل", TAX[0], "no own expression; the income-tax revision in force from January 2025 (another report: 'ابتداء من يناير 2025')", end=TAX[1]),
])
art(S, "https://aawsat.com/%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A/%D8%B4%D9%85%D8%A7%D9%84-%D8%A7%D9%81%D8%B1%D9%8A%D9%82%D9%8A%D8%A7/4993031-%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8%D9%8A%D8%A9-%D8%AA%D9%82%D8%B1%D8%B1-%D8%B2%D9%8A%D8%A7%D8%AF%D8%A9-1000-%D8%AF%D8%B1%D9%87%D9%85-%D9%81%D9%8A-%D8%A3%D8%AC%D9%88%D8%B1-%D8%A7%D9%84%D9%85%D9%88%D8%B8%D9%81%D9%8A%D9%86?page=1",
    "2024-04-30", "no stamp or URL date in the stored page: fixed by the body's 'مساء أمس (الاثنين)' for the signing of the April 2024 agreement, which took place on Mon 29 Apr 2024 (other outlets: 'اليوم الاثنين 29 أبريل'): so Tue 30 Apr 2024; headline rendered from the URL slug; the truncated last sentence ('... زائد 5 في المائة في يناير (') dropped; no date of its own in the text", False, """
الحكومة المغربية تقرر زيادة 1000 درهم في أجور الموظفين
وقّعت الحكومة المغربية والنقابات العمالية اتفاقاً اجتماعياً يحسم عدداً من الملفات قبيل عيد العمال، الذي يحل في الأول من مايو (أيار) المقبل.
ووقّع رئيس الحكومة المغربية، عزيز أخنوش، مساء أمس (الاثنين)، اتفاق جولة أبريل (نيسان) 2024 مع المركزيات النقابية والاتحاد العام لمقاولات المغرب والكونفيدرالية المغربية للفلاحة والتنمية القروية، تفعيلاً لمخرجات هذه الجولة من الحوار الاجتماعي.
ويمثل هذا الاتفاق، بحسب رئاسة الحكومة المغربية، «ثمرة للجهود التي بذلتها جميع الأطراف، عبر ما قُدم من مقترحات ومقاربات للوصول إلى حلول مقبولة للملفات المطلبية المطروحة لتحسين أوضاع الأُجَرَاء، والحفاظ على تنافسية المقاولة الوطنية والتزاماتها الاجتماعية، واستكمالاً لتنزيل الالتزامات الواردة في اتفاق 30 أبريل 2022 الذي أرسى أسس الحوار الاجتماعي».
ويتضمن الاتفاق الجديد زيادة أجور العاملين في القطاع العام بألف درهم شهرياً، وتخفيض الضريبة على الدخل لكل الموظفين والأُجَراء بأثر شهري يصل إلى 400 درهم للفئات متوسطة الدخل.
""", [
    ev("agreement", "ووقّع رئيس الحكومة المغربية، عزيز أخنوش، مساء أمس (الاثنين)", "2024-04-29", "'مساء أمس (الاثنين)' before Tue 30 Apr = Mon 29 Apr 2024"),
    ev("labour-day", "الذي يحل في الأول من مايو (أيار) المقبل", "2024-05-01", "'الأول من مايو (أيار) المقبل' = Wed 1 May 2024"),
    ev("agreement-2022", "اتفاق 30 أبريل 2022", "2022-04-30", "'30 أبريل 2022' = Sat 30 Apr 2022"),
    ev("public-raise", "زيادة أجور العاملين في القطاع العام بألف درهم شهرياً", RAISE[0], "no own expression; two tranches of 500 dirhams from 1 Jul 2024 and 1 Jul 2025 (other reports); my span 1 Jul 2024 - 1 Jul 2025", end=RAISE[1]),
    ev("tax-cut", "وتخفيض الضريبة على الدخل لكل الموظفين", TAX[0], "no own expression; the income-tax revision in force from January 2025 (another report: 'ابتداء من يناير 2025')", end=TAX[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 233)
                            if i != 201 and i != 231 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 601-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: delayed public-sector salaries and their payment:
delays, protests, disbursement dates.
Stories: the salary protests in Sulaymaniyah province (Iraqi Kurdistan, December 2020), and the funding and
distribution of the Kurdistan Region's February salaries (Iraqi Kurdistan, March 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-kurdistan-sulaymaniyah-salary-protests-dec-2020
S = "iraq-kurdistan-sulaymaniyah-salary-protests-dec-2020"
MON = "2020-12-07"                         # Chamchamal and Kifri deaths, party offices burned: Mon 7 Dec 2020
TAKIYA = ("2020-12-07", "2020-12-09")      # Takiya and Sayid Sadiq shootings: reported on Tue 8 Dec, "in the last two days"
NIGHT = ("2020-12-10", "2020-12-12")       # 'الليلة الماضية' in huria of Fri 11 Dec: the night of Thu 10 / Fri 11 Dec
art(S, "https://www.alhurra.com/iraq/2020/12/07/%D8%A7%D9%84%D8%AA%D8%B8%D8%A7%D9%87%D8%B1%D8%A7%D8%AA-%D8%AA%D8%B4%D8%AA%D8%B9%D9%84-%D9%81%D9%8A-%D8%A7%D9%84%D8%B3%D9%84%D9%8A%D9%85%D8%A7%D9%86%D9%8A%D8%A9-%D9%88%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D9%83%D8%B1%D8%AF%D8%B3%D8%AA%D8%A7%D9%86-%D8%AA%D8%AD%D8%B0%D8%B1-%D8%A7%D9%84%D8%AA%D8%AE%D8%B1%D9%8A%D8%A8%D9%8A%D9%8A%D9%86",
    MON, "the page's date path /2020/12/07/ and the body's 'الاثنين' and 'هذا اليوم' (7 Dec 2020 was a Monday); the embedded Facebook post (stamped Monday, December 7, 2020) dropped; headline rendered from the URL slug; the last, truncated sentence shortened", True, """
التظاهرات تشتعل في السليمانية وحكومة كردستان تحذر التخريبيين
لقي شخص واحد على الأقل حتفه وأصيب آخرون خلال احتجاجات شهدتها مناطق متفرقة من محافظة السليمانية في إقليم كردستان العراق، شمالي البلاد، الاثنين.
وذكرت مديرية صحة السليمانية أن "شابا من المتظاهرين توفي جراء إصابته بطلق ناري، بينما جرح اثنان آخران، خلال الاحتجاجات التي عرفها قضاء جمجمال هذا اليوم".
وأفادت مصادر غير رسمية بأن عدد القتلى بلغ خمسة أشخاص، يرجح أنهم سقطوا برصاص قوات الأمن الكردية.
وبينت مقاطع فيديو متداولة على مواقع التواصل الاجتماعي محتجين يهتفون ضد حكومة الإقليم رفضا لتأخر صرف رواتبهم لأشهر، فيما سمعت في مقاطع أخرى أصوات إطلاق رصاص وهتافات محتجين واصلوا التظاهر حتى الليل بتوقيت العراق.
وتمركزت الاحتجاجات في مناطق سيد صادق وحلبجة وجمجمال وبيرا مكرون وكفري، وأفيد بوقوع حرائق أصابت مقار حزبي الاتحاد الوطني الكردستاني والديمقراطي الكردستاني في عدة مناطق.
وأوضحت مصادر طبية لموقع "الحرة" أن قتيلا واحدا على الأقل سقط في كفري وآخر في قضاء جمجمال جنوب السليمانية.
وتتفاوت حصيلة ضحايا الاحتجاجات في كردستان، في ظل غياب حصيلة رسمية واضحة حتى الآن.
""", [
    ev("monday-protests", "خلال احتجاجات شهدتها مناطق متفرقة من محافظة السليمانية", MON, "'الاثنين' = Mon 7 Dec 2020"),
    ev("chamchamal-killing", "شابا من المتظاهرين توفي جراء إصابته بطلق ناري", MON, "'هذا اليوم' in a report of Mon 7 Dec 2020"),
    ev("protest-into-night", "واصلوا التظاهر حتى الليل بتوقيت العراق", MON, "no own expression; the evening of the day of the report, Mon 7 Dec 2020"),
    ev("party-offices-torched", "وأفيد بوقوع حرائق أصابت مقار حزبي", MON, "no own expression; the fires of Mon 7 Dec 2020 (aawsat of Tue 8: 'أمس' ... 'وأضرموا النيران فيها')"),
    ev("kifri-killing", "أن قتيلا واحدا على الأقل سقط في كفري", MON, "no own expression; the Kifri clashes of the evening of Mon 7 Dec 2020 (aawsat: 'مساء أمس')"),
])
art(S, "https://www.arab48.com/amp/أخبار-عربية-ودولية/أخبار-دولية/2020/12/08/مقتل-عراقيين-بإطلاق-نار-في-احتجاجات-بالسليمانية",
    "2020-12-08", "the page's date path /2020/12/08/ and the body's 'قولها اليوم الثلاثاء' (8 Dec 2020 was a Tuesday); an Anadolu report; the app promotion line and an empty lead-in dropped; headline rendered from the URL slug", True, """
مقتل عراقيين بإطلاق نار في احتجاجات بالسليمانية
لقي شخصان، بينهما طفل، مصرعهما بإطلاق نار خلال احتجاجات مناهضة لحكومة إقليم كردستان في محافظة السليمانية العراقية.
ونقلت وكالة "الأناضول" للأنباء عن "مصادر محلية" لم تحددها قولها اليوم الثلاثاء، إن متظاهرين استهدفوا بإطلاق نار أثناء احتجاجات خرجت في بلدة "تكيه" التابعة للسليمانية، بسبب تأخر رواتب الموظفين.
وقضى شخص جراء إطلاق النار، بينما جرح 4 آخرون.
كما استهدف محتجون في قضاء "سيد صادق" بإطلاق نار، أدى إلى مقتل طفل.
""", [
    ev("anadolu-sources-report", "قولها اليوم الثلاثاء", "2020-12-08", "'اليوم الثلاثاء' = Tue 8 Dec 2020"),
    ev("takiya-shooting", "إن متظاهرين استهدفوا بإطلاق نار أثناء احتجاجات خرجت في بلدة", TAKIYA[0], "no own expression; reported on Tue 8 Dec 2020, among the deaths of 'the last two days' (the arabi21 copy of the same Anadolu report); my span Mon 7 - Tue 8 Dec", end=TAKIYA[1]),
    ev("sayid-sadiq-child-killed", "أدى إلى مقتل طفل", TAKIYA[0], "no own expression; reported on Tue 8 Dec 2020 with the Takiya shooting; my span Mon 7 - Tue 8 Dec", end=TAKIYA[1]),
])
art(S, "https://aawsat.com/home/article/2670141/%D8%AD%D8%B1%D9%82-%D9%85%D9%82%D8%A7%D8%B1-%D8%AD%D8%B2%D8%A8%D9%8A%D8%A9-%D9%88%D8%AD%D9%83%D9%88%D9%85%D9%8A%D8%A9-%D9%81%D9%8A-%D8%A5%D9%82%D9%84%D9%8A%D9%85-%D9%83%D8%B1%D8%AF%D8%B3%D8%AA%D8%A7%D9%86?page=1",
    "2020-12-08", "no date on the stored page; the report tells of Monday's events as 'أمس' (the Chamchamal death that alhurra of Mon 7 Dec 2020 dates 'هذا اليوم', the Kifri deaths and the party offices burned), so it is the print report of Tue 8 Dec 2020; the sub-heading and photo captions dropped; the last, truncated clause dropped; no weekday or date of its own in the text", False, """
حرق مقار حزبية وحكومية في إقليم كردستان
هاجم محتجون على تأخر صرف الرواتب، أمس، مقرات حزبية وحكومية في محافظة السليمانية بإقليم كردستان العراق وأشعلوا فيها النيران، واشتبكوا مع قوات الأمن، ما أدى إلى سقوط قتيل وعدد من الجرحى.
وأوضح مصدر أمني في محافظة السليمانية لـ«الشرق الأوسط» أن مدنيا قتل وجرح اثنان آخران في مركز قضاء جمجمال، مضيفا أن ثلاثة مدنيين وعنصر أمن جرحوا في قضاء سيد صادق بعد أن أحرق المتظاهرون مقرات الأحزاب ومبنى قائمقامية القضاء.
وفي وقت لاحق مساء أمس، اندلعت صدامات بين المحتجين وقوات الأمن في بلدة كفري تخللها إطلاق نار أدى إلى مقتل ثلاثة متظاهرين.
""", [
    ev("party-offices-torched", "مقرات حزبية وحكومية في محافظة السليمانية بإقليم كردستان العراق وأشعلوا فيها النيران", MON, "'أمس' in a report of Tue 8 Dec 2020 = Mon 7 Dec"),
    ev("chamchamal-killing", "أن مدنيا قتل وجرح اثنان آخران في مركز قضاء جمجمال", MON, "no own expression; the Chamchamal death of Mon 7 Dec 2020 (alhurra: 'هذا اليوم')"),
    ev("sayid-sadiq-injuries", "ثلاثة مدنيين وعنصر أمن جرحوا في قضاء سيد صادق", MON, "no own expression; part of 'أمس' = Mon 7 Dec 2020"),
    ev("kifri-killing", "اندلعت صدامات بين المحتجين وقوات الأمن في بلدة كفري", MON, "'مساء أمس' in a report of Tue 8 Dec 2020 = the evening of Mon 7 Dec"),
])
art(S, "https://huria.news/2020/12/11/%d9%85%d9%82%d8%aa%d9%84-%d9%85%d8%aa%d8%b8%d8%a7%d9%87%d8%b1-%d9%88%d8%a5%d8%b5%d8%a7%d8%a8%d8%a9-%d8%a2%d8%ae%d8%b1%d9%8a%d9%8e%d9%86%d9%90-%d9%88%d8%a3%d8%ad%d8%b1%d8%a7%d9%82-%d9%85%d9%82%d8%a7",
    "2020-12-11", "the date line 'حرية – 11/12/2020' (not part of the body; dropped) and the date path /2020/12/11/ (11 Dec 2020 was a Friday); headline rendered from the (truncated) URL slug", True, """
مقتل متظاهر وإصابة آخرين وإحراق مقار حزبية في السليمانية
لقي متظاهر حتفه وجرح اثنان آخران إثر تجدد الاحتجاجات في قضاء كفري التابع إداريا لمحافظة السليمانية، في حين أضرم محتجون غاضبون النار في مقرات للحزب الديمقراطي وحركة التغيير في منطقة كرميان وجمجمال.
وأفادت مصادر ميدانية بأن عشرات المتظاهرين هاجموا الليلة الماضية مقر الحزب الديمقراطي الكردستاني في قضاء كفري التابع لإدارة منطقة كرميان، فأطلق عناصر الحماية النار.
ونتيجة لذلك قتل متظاهر وجرح اثنان آخران أثناء التصدي لمحاولة اقتحام المقر الحزبي وإحراقه.
وفي بلدة جمجمال اندلعت الليلة الماضية اشتباكات عنيفة بين متظاهرين غاضبين وحراس مقار الحزب الديمقراطي الكردستاني.
ويعيش الإقليم منذ الثاني من كانون الأول الجاري احتجاجات على سوء الأوضاع المعيشية وتأخر صرف رواتب الموظفين، وسط خلافات بين أربيل وبغداد حول إدارة الثروة النفطية وتقاسم عائداتها، ويعمد المحتجون إلى إحراق المقار الحزبية والمؤسسات الحكومية سعيا للضغط على سلطات الإقليم.
""", [
    ev("kifri-hq-attack", "هاجموا الليلة الماضية مقر الحزب الديمقراطي الكردستاني في قضاء كفري", NIGHT[0], "'الليلة الماضية' in a report of Fri 11 Dec 2020 = the night of Thu 10 / Fri 11 Dec (span)", end=NIGHT[1]),
    ev("kifri-night-killing", "قتل متظاهر وجرح اثنان آخران أثناء التصدي", NIGHT[0], "no own expression; the same night of Thu 10 / Fri 11 Dec 2020 (span)", end=NIGHT[1]),
    ev("chamchamal-night-clashes", "اندلعت الليلة الماضية اشتباكات عنيفة", NIGHT[0], "'الليلة الماضية' in a report of Fri 11 Dec 2020 = the night of Thu 10 / Fri 11 Dec (span)", end=NIGHT[1]),
    ev("protest-wave", "منذ الثاني من كانون الأول الجاري احتجاجات", "2020-12-02", "'منذ الثاني من كانون الأول الجاري' = from Wed 2 Dec 2020 to the day of the report, Fri 11 Dec", end="2020-12-12"),
])

# ---------------------------------------------------------------- iraq-kurdistan-february-salaries-distribution-2026
S = "iraq-kurdistan-february-salaries-distribution-2026"
DEP2 = "2026-03-08"                        # 365.702 bn deposited on the afternoon of Sun 8 Mar 2026
LAST = "2026-03-09"                        # last instalment (295.405 bn) and the schedule: Mon 9 Mar 2026
DIST = ("2026-03-10", "2026-03-13")        # distribution Tue 10 - Thu 12 Mar 2026
art(S, "https://www.shafaq.com/ar/%D9%83%D9%88%D8%B1%D8%AF%D8%B3%D9%80%D9%80%D8%AA%D8%A7%D9%86%D9%8A%D8%A7%D8%AA/%D9%85%D8%A7%D9%84%D9%8A%D8%A9-%D9%83%D9%88%D8%B1%D8%AF%D8%B3%D8%AA%D8%A7%D9%86-%D8%AA%D8%AA%D8%B3%D9%84%D9%85-%D8%AF%D9%81%D8%B9%D8%A9-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D9%85%D9%86-%D8%AA%D9%85%D9%88%D9%8A%D9%84-%D8%B1%D9%88%D8%A7%D8%AA%D8%A8-%D8%B4%D9%87%D8%B1-%D8%B4%D8%A8%D8%A7%D8%B7-%D9%88%D8%AA%D8%AD%D8%AF%D8%AF-%D9%85%D9%88%D8%B9%D8%AF-%D8%A7%D9%84%D8%AA%D9%88%D8%B2%D9%8A%D8%B9",
    DEP2, "no date line or stamp on the stored page; dated from its content: 'اليوم الأحد' for a deposit of February salary funds that precedes the last federal instalment expected 'يوم غدٍ الاثنين', which kurdistan24 of Mon 9 Mar 2026 reports as deposited 'اليوم الاثنين'; kurdistan24 of Thu 5 Mar had expected the rest of the funds with the return to work 'يوم الأحد المقبل'; so Sun 8 Mar 2026 (a Sunday); the place tag 'شفق نيوز- اربيل' dropped; headline rendered from the URL slug", False, """
مالية كوردستان تتسلم دفعة جديدة من تمويل رواتب شهر شباط وتحدد موعد التوزيع
أفادت وزارة المالية والاقتصاد في حكومة إقليم كوردستان، اليوم الأحد، بإيداع مبالغ مالية جديدة في حسابها المصرفي لتمويل رواتب الموظفين عن شهر شباط الماضي، مؤكدة استعدادها للشروع في عملية الصرف حال اكتمال التمويل الاتحادي.
وجاء في بيان لإعلام الوزارة، تلقته وكالة شفق نيوز، أنه "بعد ظهر اليوم، أودع مبلغ قدره 365 ملياراً و702 مليون دينار في الحساب المصرفي لوزارة المالية والاقتصاد لدى فرع البنك المركزي العراقي في أربيل، بوصفه دفعة إضافية من تمويل رواتب موظفي الإقليم لشهر شباط".
وتابع البيان: "ننتظر وصول التمويلات المخصصة للرواتب كاملة من وزارة المالية في الحكومة الاتحادية يوم غدٍ الاثنين، وما إن تكتمل حتى نبدأ فورا بتوزيع رواتب شهر شباط على جميع المستحقين".
""", [
    ev("deposit-365bn-announced", "أفادت وزارة المالية والاقتصاد في حكومة إقليم كوردستان، اليوم الأحد", DEP2, "'اليوم الأحد' = Sun 8 Mar 2026"),
    ev("deposit-365bn", "أودع مبلغ قدره 365 ملياراً و702 مليون دينار", DEP2, "'بعد ظهر اليوم' = the afternoon of Sun 8 Mar 2026"),
    ev("final-instalment-deposit", "ننتظر وصول التمويلات المخصصة للرواتب كاملة", LAST, "'يوم غدٍ الاثنين' = Mon 9 Mar 2026; the last instalment did arrive that day (kurdistan24: 'أودعت الحكومة اليوم الاثنين الدفعة الأخيرة')"),
    ev("february-salaries-distribution", "نبدأ فورا بتوزيع رواتب شهر شباط", DIST[0], "no own date; the distribution ran from Tue 10 to Thu 12 Mar 2026 (kurdistan24 of Mon 9 Mar)", end=DIST[1]),
])
art(S, "https://www.kurdistan24.net/ar/story/899237/%D8%A7%D9%84%D9%85%D8%A8%D8%A7%D8%B4%D8%B1%D8%A9-%D8%A8%D8%B5%D8%B1%D9%81-%D8%B1%D9%88%D8%A7%D8%AA%D8%A8-%D8%A7%D9%84%D9%85%D8%B9%D9%84%D9%85%D9%8A%D9%86-%D8%A7%D9%84%D8%B9%D9%82%D9%88%D8%AF-%D9%88%D9%81%D8%A6%D8%A7%D8%AA-%D9%85%D9%86-%D8%A7%D9%84%D9%85%D9%88%D8%B8%D9%81%D9%8A%D9%86-%D8%A7%D9%84%D8%AF%D8%A7%D8%A6%D9%85%D9%8A%D9%86-%D9%88%D8%A7%D9%84%D9%85%D8%AA%D8%B9%D8%A7%D9%82%D8%AF%D9%8A%D9%86",
    LAST, "the page's stamp (2026-03-09, 'منذ 58 دقيقة') and the body's 'اليوم الاثنين 9 آذار 2026' (9 Mar 2026 was a Monday); the relative stamp dropped; headline rendered from the URL slug", True, """
المباشرة بصرف رواتب المعلمين العقود وفئات من الموظفين الدائمين والمتعاقدين
أربيل (كوردستان24)- كشفت وزارة المالية والاقتصاد في حكومة إقليم كوردستان، اليوم الاثنين 9 آذار 2026، عن الشروع في توزيع رواتب شهر شباط على المعلمين العاملين بنظام العقود، إلى جانب مجموعة من الموظفين الدائمين والمتعاقدين.
وأوضحت الوزارة في بيان أن رواتب شهر شباط للمعلمين المتعاقدين في وزارتي "التربية" و"التعليم العالي والبحث العلمي" ستصرف يوم الخميس المقبل، الموافق 12 آذار 2026.
ولفت البيان إلى أن اليوم ذاته سيشهد توزيع رواتب شهر شباط على كل الموظفين المعينين (بصيغة العقد أو الملاك الدائم) في مؤسسات حكومة الإقليم بعد تاريخ 1 تموز 2024، ممن تصرف مستحقاتهم من الإيرادات المحلية لإقليم كوردستان.
وفي سياق متصل، أودعت الحكومة اليوم الاثنين الدفعة الأخيرة من تمويل رواتب شهر شباط، وقيمتها (295) ملياراً و(405) ملايين دينار، في الحساب المصرفي لوزارة المالية لدى فرع البنك المركزي العراقي في أربيل.
ونشرت وزارة المالية والاقتصاد كذلك الجدول الكامل لتوزيع رواتب شهر شباط على الموظفين ومتقاضي الرواتب، ووفقا له تنطلق عملية التوزيع اعتباراً من يوم غدٍ الثلاثاء 10 آذار 2026، وتنتهي يوم الخميس الموافق 12 آذار 2026.
""", [
    ev("schedule-announced", "كشفت وزارة المالية والاقتصاد في حكومة إقليم كوردستان، اليوم الاثنين 9 آذار 2026", LAST, "'اليوم الاثنين 9 آذار 2026' = Mon 9 Mar 2026"),
    ev("contract-teachers-paid", "ستصرف يوم الخميس المقبل، الموافق 12 آذار 2026", "2026-03-12", "'يوم الخميس المقبل، الموافق 12 آذار 2026' = Thu 12 Mar 2026"),
    ev("new-hires-paid", "سيشهد توزيع رواتب شهر شباط على كل الموظفين المعينين", "2026-03-12", "'اليوم ذاته' = the same Thu 12 Mar 2026"),
    ev("final-instalment-deposit", "أودعت الحكومة اليوم الاثنين الدفعة الأخيرة", LAST, "'اليوم الاثنين' = Mon 9 Mar 2026"),
    ev("february-salaries-distribution", "تنطلق عملية التوزيع اعتباراً من يوم غدٍ الثلاثاء 10 آذار 2026", DIST[0], "'من يوم غدٍ الثلاثاء 10 آذار 2026' ... 'يوم الخميس الموافق 12 آذار 2026' = Tue 10 - Thu 12 Mar 2026", end=DIST[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 601
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

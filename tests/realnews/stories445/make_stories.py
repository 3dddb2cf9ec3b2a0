"""Builds stories.jsonl: the 445-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: sports governance and discipline in Arab countries:
doping bans, federation elections and dissolutions, coaches sacked, stadium violence sanctions.
Stories: the sacking of Algeria's coach Rabah Madjer by the FAF federal bureau (Algeria, June 2018); the
covering of the Tunisian flag at the Radès pool under the WADA sanctions and the dissolution of the Tunisian
Swimming Federation's bureau (Tunisia, May 2024); the sacking of Egypt's coach Ehab Galal after the loss to
Ethiopia (Egypt, June 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-madjer-sacked-2018
S = "algeria-madjer-sacked-2018"
BUREAU = "2018-06-24"          # the FAF federal bureau decided at Sidi Moussa on Sun 24 Jun 2018 to part with Madjer
MONDAY = "2018-06-25"          # Zetchi met Madjer on the morning of Mon 25 Jun 2018; the FAF's statement of that day
APPOINTED = "2017-10-18"       # the FAF named Madjer coach on Wed 18 Oct 2017 (installed Thu 19 Oct)
GAMBIA = "2018-09-08"          # Gambia - Algeria, AFCON 2019 qualifiers, matchday 2, Sat 8 Sep 2018 (Bakau)
WC2018 = ("2018-06-14", "2018-07-16")
art(S, "https://m.elbotola.com/article/2018-06-23-10-44-219.html",
    "2018-06-23", "the page's address carries the stamp 2018-06-23 (Sat 23 Jun 2018); the body's 'الأحد المقبل' for the bureau meeting of Sun 24 Jun agrees; headline kept from the page", True, """
الاتحاد الجزائري يستعد لإقالة المدرب رابح ماجر
يتأهب الاتحاد الجزائري لكرة القدم لوضع حد لمهام الطاقم الفني للمنتخب الذي يشرف عليه رابح ماجر.
ويعقد المكتب التنفيذي لاتحاد الكرة، الأحد المقبل، اجتماعه الشهري للنظر في عدة ملفات، أبرزها الحسم في مستقبل المدير الفني لـ"الخضر" ومساعديه، إلى جانب التحضير للموسم الكروي الذي يرتقب أن ينطلق في العاشر من أغسطس/آب المقبل.
وأفادت مصادر مسؤولة داخل الاتحاد الجزائري بأن اجتماع الأحد سيشهد إنهاء مهام ماجر وتمهيد الطريق للتعاقد مع جهاز فني جديد، تحسبا لمواجهة جامبيا في أيلول/سبتمبر المقبل ضمن التصفيات المؤهلة لبطولة إفريقيا 2019.
وكان الاتحاد الجزائري قد عين ماجر مدربا للمنتخب في تشرين أول/أكتوبر الماضي خلفا للإسباني لوكاس ألكاراز المُقال، بعقد يمتد إلى تموز/يوليو من العام المقبل.
وتعرض ماجر لحملة انتقادات واسعة بحجة افتقاره إلى الكفاءة اللازمة لقيادة المنتخب، ولا سيما بعد الخسارة أمام الرأس الأخضر (3-2) في الأول من حزيران/يونيو الحالي.
وستكون هذه المرة الرابعة التي يُقال فيها ماجر من تدريب منتخب بلاده، بعد أن فقد المنصب ذاته في أعوام 1995 و1996 و2002.
""", [
    ev("bureau-decision", "ويعقد المكتب التنفيذي لاتحاد الكرة، الأحد المقبل، اجتماعه الشهري", BUREAU, "'الأحد المقبل' from Sat 23 Jun 2018 = Sun 24 Jun; the bureau met that day and decided the sacking (elkhabar, mowatine)"),
    ev("season-start", "للموسم الكروي الذي يرتقب أن ينطلق في العاشر من أغسطس/آب المقبل", "2018-08-10", "'في العاشر من أغسطس/آب المقبل' from June 2018 = Fri 10 Aug 2018 (the planned start)"),
    ev("gambia-match", "تحسبا لمواجهة جامبيا في أيلول/سبتمبر المقبل", GAMBIA, "'في أيلول/سبتمبر المقبل' = September 2018; the match was played on Sat 8 Sep 2018 (outside knowledge)"),
    ev("madjer-appointed", "قد عين ماجر مدربا للمنتخب في تشرين أول/أكتوبر الماضي", APPOINTED, "'في تشرين أول/أكتوبر الماضي' = October 2017; the FAF named him on Wed 18 Oct 2017 (hespress: 'في 18 أكتوبر 2017')"),
    ev("cape-verde-loss", "الخسارة أمام الرأس الأخضر (3-2) في الأول من حزيران/يونيو الحالي", "2018-06-01", "'في الأول من حزيران/يونيو الحالي' = Fri 1 Jun 2018"),
])
art(S, "https://djazairess.com/elkhabar/639931",
    "2018-06-24", "no date line in the stored text; the body's 'اليوم الأحد' for the bureau meeting, which the quoted FAF statement dates 'يوم 24 يونيو 2018', gives Sun 24 Jun 2018 (24 Jun 2018 was a Sunday); an El Khabar report carried by djazairess; headline written from the body (the stored text has none); the last sentence (the win over Togo) kept", False, """
الفاف تقيل رابح ماجر ومساعديه
قرر المكتب الفدرالي للاتحادية الجزائرية لكرة القدم بالإجماع، إثر اجتماعه الذي انعقد اليوم الأحد في المركز الفني الوطني، إقالة المدرب الوطني رابح ماجر ومساعديه إغيل مزيان وجمال مناد ولونس قواوي، وفق بيان نشر على الموقع الرسمي للاتحادية.
وجاء في بيان الفاف أن المكتب الفدرالي "قرر بالإجماع، في اجتماع له بالمركز التقني الوطني لسيدي موسى يوم 24 يونيو 2018، الانفصال عن الناخب الوطني رابح ماجر ومساعديه مزيان إيغيل وجمال مناد والوناس قاواوي".
وكان ماجر قد خلف الإسباني لوكاس ألكاراز في هذا المنصب في أكتوبر 2017، وحقق المنتخب تحت قيادته أربعة انتصارات، منها واحد على البساط أمام نيجيريا (1-1 ثم 3-0) في ختام تصفيات مونديال 2018، مقابل أربع هزائم متتالية آخرها أمام البرتغال (3-0) في لشبونة في لقاء ودي.
وسيكون الموعد الرسمي المقبل للخضر في شهر سبتمبر أمام غامبيا في العاصمة بانجول، ضمن الجولة الثانية من المجموعة الرابعة في التصفيات المؤهلة إلى نهائيات كأس إفريقيا للأمم 2019 بالكاميرون.
وكان الخضر قد تغلبوا في الجولة الأولى على الطوغو (1-0) في جوان 2017 بملعب تشاكر بالبليدة.
""", [
    ev("bureau-decision", "قرر المكتب الفدرالي للاتحادية الجزائرية لكرة القدم بالإجماع", BUREAU, "'اليوم الأحد' = Sun 24 Jun 2018 (the statement: 'يوم 24 يونيو 2018')"),
    ev("madjer-appointed", "قد خلف الإسباني لوكاس ألكاراز في هذا المنصب في أكتوبر 2017", APPOINTED, "'في أكتوبر 2017' = October 2017; named on Wed 18 Oct 2017 (hespress)"),
    ev("nigeria-match", "منها واحد على البساط أمام نيجيريا", "2017-11-10", "no own date; the last qualifier of the 2018 World Cup, Algeria - Nigeria 1-1 at Constantine on Fri 10 Nov 2017 (outside knowledge), later awarded 3-0"),
    ev("portugal-loss", "آخرها أمام البرتغال (3-0) في لشبونة", "2018-06-07", "no own date; the friendly in Lisbon on Thu 7 Jun 2018 (mowatine: 'في السابع من يونيو الجاري')"),
    ev("gambia-match", "الموعد الرسمي المقبل للخضر في شهر سبتمبر أمام غامبيا", GAMBIA, "'في شهر سبتمبر' = September 2018; played on Sat 8 Sep 2018 (outside knowledge)"),
])
art(S, "https://www.mowatine.com/posts.php?id=29640",
    "2018-06-24", "no date line for the article (the dates under it, February 2026, are of the site's other posts and were dropped); the body's 'اليوم الأحد' with the quoted statement's 'يوم 24 يونيو 2018' gives Sun 24 Jun 2018; headline written from the body (the stored text has only the site name)", False, """
الاتحاد الجزائري يقيل ماجر بعد ثمانية أشهر
أنهى الاتحاد الجزائري لكرة القدم، اليوم الأحد، مهام مدرب المنتخب الوطني رابح ماجر ومساعديه، بعد ثمانية أشهر من تكليفه بهذه المهمة.
وجاء البلاغ الذي أعلن الإقالة مقتضبا، إذ ورد فيه أن "المكتب الفدرالي قرر بالإجماع، في اجتماع له بالمركز التقني الوطني لسيدي موسى يوم 24 يونيو 2018، الانفصال عن الناخب الوطني السيد رابح ماجر ومساعديه مزيان إيغيل وجمال مناد والوناس قاواوي".
وبدأ الحديث عن اقتراب رحيل ماجر عقب هزيمة المنتخب الجزائري أمام البرتغال بثلاثة أهداف دون رد في مباراة ودية في السابع من يونيو الجاري.
وتسلم ماجر قيادة المنتخب في أكتوبر الماضي خلفا للمدرب الإسباني لوكاس ألكازار، الذي تم الاستغناء عنه بعد إخفاقه في قيادة المنتخب الجزائري إلى نهائيات كأس العالم بروسيا.
ولفتت وكالة المغرب العربي للأنباء إلى أنه "بعد إقالة ماجر يتأكد عدم الاستقرار في العارضة الفنية للمنتخب الجزائري، التي تعاقب عليها ما لا يقل عن أربعة تقنيين في ظرف عامين فقط".
""", [
    ev("bureau-decision", "أنهى الاتحاد الجزائري لكرة القدم، اليوم الأحد، مهام مدرب المنتخب الوطني", BUREAU, "'اليوم الأحد' = Sun 24 Jun 2018 (the statement: 'يوم 24 يونيو 2018')"),
    ev("portugal-loss", "هزيمة المنتخب الجزائري أمام البرتغال بثلاثة أهداف دون رد", "2018-06-07", "'في السابع من يونيو الجاري' = Thu 7 Jun 2018"),
    ev("madjer-appointed", "وتسلم ماجر قيادة المنتخب في أكتوبر الماضي", APPOINTED, "'في أكتوبر الماضي' = October 2017; named on Wed 18 Oct 2017 (hespress)"),
    ev("alcaraz-dismissed", "الذي تم الاستغناء عنه بعد إخفاقه", "2017-10-11", "no own date; the FAF sacked Alcaraz on Wed 11 Oct 2017 (outside knowledge; al-Hayat's report of the appointment: 'أقيل الكازار من منصبه الأربعاء الماضي')"),
    ev("world-cup-2018", "نهائيات كأس العالم بروسيا", WC2018[0], "no own date; the 2018 World Cup in Russia, 14 Jun - 15 Jul 2018", end=WC2018[1]),
])
art(S, "https://maghress.com/hespress/392465",
    "2018-06-25", "no date line in the stored text; the body's 'اليوم الاثنين' and 'صباح اليوم' for the FAF's statement after Zetchi's meeting with Madjer give Mon 25 Jun 2018 (25 Jun 2018 was a Monday; al-Ahrar: Zetchi would meet Madjer the day after the bureau to formalise his departure; Okaz: 'أعلن في 25 يونيو إقالة'); a Hespress report carried by maghress; headline written from the body; the last, truncated sentence (Madjer's record) dropped", False, """
الاتحاد الجزائري يعلن إقالة رابح ماجر
أعلن الاتحاد الجزائري لكرة القدم، اليوم الاثنين، إقالة رابح ماجر من تدريب المنتخب الوطني بعد قرابة ستة أشهر فقط من تسلمه المهمة خلفا للإسباني لوكاس ألكاراز.
وأوضح الاتحاد الجزائري، في بيان نشره على موقعه الرسمي على الإنترنت، أن إقالة ماجر تمت صباح اليوم عقب اجتماع جمع رئيس الاتحاد خير الدين زطشي بماجر، أحد أساطير الكرة الجزائرية والعربية.
وجاء في البيان أن "القرار اتُّخذ قبل استئناف المنافسات الرسمية، ليتمكن المدرب (الجديد) من التركيز على التصفيات المؤهلة لبطولة الأمم الإفريقية 2019" بالكاميرون.
وبناء على ذلك، سيُختار المدير الفني الجديد "في أقرب وقت" حتى يكون جاهزا لاستئناف التصفيات في سبتمبر المقبل.
وكان ماجر قد تسلم تدريب "محاربي الصحراء" في 18 أكتوبر 2017 خلفا للإسباني لوكاس ألكاراز، الذي عجز عن قيادة المنتخب العربي إلى كأس العالم في روسيا هذا الصيف.
وتعرض اختيار المدرب الإسباني لهذه المهمة لانتقادات لاذعة من الصحافة الرياضية الجزائرية، لا سيما أن ألكاراز يفتقر إلى خبرة تدريب المنتخبات ولا يملك سيرة ذاتية كبيرة كمدرب.
""", [
    ev("faf-monday-statement", "أعلن الاتحاد الجزائري لكرة القدم، اليوم الاثنين، إقالة رابح ماجر", MONDAY, "'اليوم الاثنين' = Mon 25 Jun 2018 (the FAF's statement of that day; the bureau had decided on Sun 24 Jun)"),
    ev("zetchi-madjer-meeting", "عقب اجتماع جمع رئيس الاتحاد خير الدين زطشي بماجر", MONDAY, "'صباح اليوم' in an article of Mon 25 Jun 2018 = Mon 25 Jun"),
    ev("gambia-match", "حتى يكون جاهزا لاستئناف التصفيات في سبتمبر المقبل", GAMBIA, "'في سبتمبر المقبل' = September 2018; the qualifiers resumed with Gambia - Algeria on Sat 8 Sep 2018 (outside knowledge)"),
    ev("madjer-appointed", "قد تسلم تدريب \"محاربي الصحراء\" في 18 أكتوبر 2017", APPOINTED, "'في 18 أكتوبر 2017' = Wed 18 Oct 2017"),
    ev("world-cup-2018", "كأس العالم في روسيا هذا الصيف", WC2018[0], "'هذا الصيف' = summer 2018; the World Cup ran 14 Jun - 15 Jul 2018", end=WC2018[1]),
])

# ---------------------------------------------------------------- tunisia-rades-flag-swimming-federation-dissolved-2024
S = "tunisia-rades-flag-swimming-federation-dissolved-2024"
FLAG = "2024-05-09"            # the Tunisian flag was covered at the Radès pool on Thu 9 May 2024
VISIT = "2024-05-10"           # Saied's unannounced visit to the pool, Fri 10 May 2024 (afternoon)
MASTERS = ("2024-05-08", "2024-05-13")   # the 7th Tunisia Open Masters, 8-12 May 2024
WADA = "2024-04-30"            # WADA declared Tunisia non-compliant on Tue 30 Apr 2024
art(S, "https://ar.webmanagercenter.com/2024/05/10/379464/%d8%a8%d8%a7%d9%84%d8%b5%d9%88%d8%b1-%d8%a8%d8%b9%d8%af-%d8%ad%d8%ac%d8%a8-%d8%a7%d9%84%d8%b9%d9%84%d9%85-%d8%b3%d8%b9%d9%8a%d9%91%d8%af-%d9%8a%d8%b2%d9%88%d8%b1-%d9%85%d8%b3%d8%a8%d8%ad-%d8%b1",
    "2024-05-10", "the page's address carries the stamp 2024/05/10 (Fri 10 May 2024); the body's 'اليوم الجمعة' and 'امس الخميس' agree; headline rendered from the URL slug; the last, truncated sentence (the presidency's post) dropped", True, """
بالصور: بعد حجب العلم.. سعيّد يزور مسبح رادس
قام رئيس الجمهورية قيس سعيد، اليوم الجمعة، بزيارة لم يعلن عنها مسبقا إلى المسبح الأولمبي برادس.
وتأتي هذه الزيارة بعد حادثة حجب علم تونس خلال مسابقة احتضنها المسبح الاولمبي برادس، امس الخميس.
وبيّنت صور نشرتها رئاسة الجمهورية الرئيس وهو يذرف الدموع ويقبّل الراية الوطنية ثم يرفعها في قاعة رادس، وهو ما أثار موجة كبيرة من التفاعلات على صفحة الرئاسة بموقع فيسبوك.
وكانت وزارة الشباب والرياضة قد أعلنت في بلاغ اليوم الجمعة فتح تحقيق في حادثة حجب جدارية العلم التونسي خلال منافسات الدورة السابعة من بطولة تونس المفتوحة للماستر، التي تنظمها الجامعة التونسية للسباحة بالمسبح الأولمبي برادس.
وتأتي زيارة رئيس الدولة أيضا بعد أن أعلنت اللجنة الدولية الاولمبية، يوم الاربعاء، أن السباح التونسي أحمد أيوب الحفناوي سيغيب عن الألعاب الاولمبية باريس 2024.
وأوضحت اللجنة الدولية الاولمبية على موقعها الرسمي أن الاتحاد الإفريقي للسباحة نقل هذا الخبر عن رئيس اللجنة الوطنية الاولمبية التونسية محرز بوصيان، واعتبرته مفاجأة حقيقية في عالم السباحة، لأن السباح التونسي الشاب (21 عاما) من أبرز المرشحين في سباقات 400م و800م و1500م سباحة حرة.
""", [
    ev("saied-pool-visit", "بزيارة لم يعلن عنها مسبقا إلى المسبح الأولمبي برادس", VISIT, "'اليوم الجمعة' = Fri 10 May 2024"),
    ev("flag-covered", "حادثة حجب علم تونس خلال مسابقة احتضنها المسبح الاولمبي برادس", FLAG, "'امس الخميس' from Fri 10 May 2024 = Thu 9 May"),
    ev("ministry-investigation", "أعلنت في بلاغ اليوم الجمعة فتح تحقيق", VISIT, "'اليوم الجمعة' = Fri 10 May 2024"),
    ev("masters-championship", "منافسات الدورة السابعة من بطولة تونس المفتوحة للماستر", MASTERS[0], "no own date; the championship ran 8-12 May 2024 (khaligyoun: 'خلال الفترة 8-12 مايو'; tunisie-telegraph: 'إلى يوم 12 من الشهر الحالي')", end=MASTERS[1]),
    ev("ioc-hafnaoui-announcement", "أعلنت اللجنة الدولية الاولمبية، يوم الاربعاء", "2024-05-08", "'يوم الاربعاء' before Fri 10 May 2024 = Wed 8 May"),
])
art(S, "https://al-ain.com/article/tunisia-kais-saeed-swimming",
    "2024-05-10", "no date on the stored page; the body's 'بعد ظهر اليوم الجمعة' for Saied's visit to the pool, which took place on Fri 10 May 2024 (webmanagercenter of 10 May: 'اليوم الجمعة'; tunisie-telegraph of 11 May: 'مساء الجمعة 10 ماي 2024'), gives Fri 10 May 2024; the related-link bullets dropped; the last, truncated sentence (the list of sanctions) dropped; headline kept from the page", False, """
فعالية بلا علم.. غضب في تونس ورئيسها يبكي (صور)
تناقل ناشطون على مواقع التواصل الاجتماعي صورا للرئيس التونسي قيس سعيد وقد امتلأت عيناه بالدموع خلال مسابقة دولية للسباحة، فما القصة؟
التُقطت الصور أثناء زيارة لم يعلن عنها أداها الرئيس التونسي قيس سعيّد بعد ظهر اليوم الجمعة إلى مسبح رادس في الضاحية الجنوبية للعاصمة، الذي يحتضن منافسات النسخة السابعة من بطولة تونس المفتوحة للماستر التي تنظمها الجامعة التونسية للسباحة.
وجاءت زيارة الرئيس على خلفية حجب العلم التونسي خلال المسابقة بقرار من الوكالة الدولية لمكافحة المنشطات.
وأثناء عزف النشيد الوطني بدا الرئيس متأثرا، ولم يتمالك نفسه فبكى بسبب حجب جدارية العلم التونسي في المسابقة.
كما أثار حجب العلم في المسبح الأولمبي برادس بالعاصمة استياء التونسيين على مواقع التواصل الاجتماعي، إذ رأى بعض المعلقين أن إخفاء العلم في تظاهرة تقام على التراب التونسي "أمر مستفز جدا".
ومنذ أسبوع، أعلنت الوكالة الدولية لمكافحة المنشطات "وادا" فرض عقوبات قاسية على تونس بسبب عدم امتثالها للمدونة العالمية لمكافحة المنشطات.
""", [
    ev("saied-pool-visit", "زيارة لم يعلن عنها أداها الرئيس التونسي قيس سعيّد بعد ظهر اليوم الجمعة", VISIT, "'بعد ظهر اليوم الجمعة' = Fri 10 May 2024"),
    ev("masters-championship", "منافسات النسخة السابعة من بطولة تونس المفتوحة للماستر", MASTERS[0], "no own date; the championship ran 8-12 May 2024", end=MASTERS[1]),
    ev("flag-covered", "على خلفية حجب العلم التونسي خلال المسابقة", FLAG, "no own date; the flag was covered on Thu 9 May 2024 (webmanagercenter: 'امس الخميس' on Fri 10 May)"),
    ev("wada-sanctions", "ومنذ أسبوع، أعلنت الوكالة الدولية لمكافحة المنشطات", WADA, "'منذ أسبوع' from Fri 10 May 2024 = about 3 May; WADA announced the non-compliance on Tue 30 Apr 2024 (outside knowledge; thevoice.ma: 'أمس الثلاثاء 30 أبريل 2024')"),
])
art(S, "https://tunisie-telegraph.com/2024/05/11/%D8%B9%D9%85%D8%A7%D8%AF-%D8%A8%D9%86-%D8%AD%D9%84%D9%8A%D9%85%D8%A9-%D8%A7%D9%84%D8%B3%D9%8A%D8%AF-%D9%88%D8%A7%D9%84%D9%8A-%D8%A8%D9%86-%D8%B9%D8%B1%D9%88%D8%B3-%D9%83%D8%A7%D9%86-%D8%AD%D8%A7-176986",
    "2024-05-11", "the page's address carries the stamp 2024/05/11 (Sat 11 May 2024); the body's 'في ساعة متأخرة من ليلة أمس' for the ministry's decisions after the meeting of 'مساء الجمعة 10 ماي 2024' agrees; the view counters dropped; the ministry's list is cut after its first item (the stored text breaks off there, the item is completed with the federation's name); headline kept from the page", True, """
عماد بن حليمة : السيد والي بن عروس كان حاضرا
أكد المحامي عماد بن حليمة أن المندوب الجهوي للرياضة أعفي من مهامه بسبب حجب العلم، في حين أن والي الجهة كان حاضرا في التتويج أثناء حجب العلم، وهو رئيس المجلس الجهوي للأمن.
وأضاف بن حليمة: "إذا كانت المحاسبة الفورية ضرورية فيجب أيضا محاسبة من تسبب في صدور قرار حجب العلم التونسي، فذلك فعل أخطر من تطبيق قرار الحجب".
ونشر عدد من رواد مواقع التواصل الاجتماعي صورا قالوا إنها تثبت حضور والي الجهة لحظة نزع العلم وحجبه، وهو القرار الذي أغضب الرئيس فدعا على الفور إلى محاسبة المسؤولين.
وفي ساعة متأخرة من ليلة أمس أصدرت وزارة الشباب والرياضة جملة من القرارات، قالت إنها اتخذتها "على إثر الاجتماع الذي ترأّسه سيادة رئيس الجمهورية قيس سعيّد، مساء الجمعة 10 ماي 2024، بقصر الحكومة بالقصبة عقب الزيارة التي أدّاها إلى المسبح الأولمبي برادس، حيث أسدى تعليماته باتخاذ إجراءات فورية على المستويين الجزائي والإداري ضد المسؤولين عن واقعة حجب جدارية العلم الوطني".
وتبعا لذلك أعلنت الوزارة أولا صدور قرار بحلّ مكتب الجامعة التونسية للسباحة.
""", [
    ev("officials-dismissed", "أن المندوب الجهوي للرياضة أعفي من مهامه", VISIT, "no own date; among the ministry's decisions issued late on Fri 10 May 2024 ('في ساعة متأخرة من ليلة أمس' from Sat 11 May)"),
    ev("flag-covered", "لحظة نزع العلم وحجبه", FLAG, "no own date; the flag was covered on Thu 9 May 2024 (webmanagercenter: 'امس الخميس' on Fri 10 May)"),
    ev("ministry-decisions", "وفي ساعة متأخرة من ليلة أمس أصدرت وزارة الشباب والرياضة جملة من القرارات", VISIT, "'ليلة أمس' from Sat 11 May 2024 = the night of Fri 10 May"),
    ev("kasbah-meeting", "الاجتماع الذي ترأّسه سيادة رئيس الجمهورية قيس سعيّد، مساء الجمعة 10 ماي 2024", VISIT, "'مساء الجمعة 10 ماي 2024' = Fri 10 May 2024"),
    ev("saied-pool-visit", "عقب الزيارة التي أدّاها إلى المسبح الأولمبي برادس", VISIT, "no own date; the visit was in the afternoon of Fri 10 May 2024, before the meeting of that evening"),
    ev("federation-dissolved", "صدور قرار بحلّ مكتب الجامعة التونسية للسباحة", VISIT, "no own date; one of the ministry's decisions of the night of Fri 10 May 2024 (arabesque: 'أعلنت وزارة الرياضة التونسية، الجمعة 10 ماي 2024')"),
])
art(S, "https://www.24tn.info/2024/05/9.html",
    "2024-05-13", "the body opens with the date line 'تونس، 13 ماي 2024' (kept, it is part of the body) and says 'اليوم الاثنين' (13 May 2024 was a Monday); the address carries 2024/05; headline written from the body (the stored text has none)", True, """
فتح تحقيق قضائي ضد 9 أشخاص في حادثة حجب العلم التونسي
تونس، 13 ماي 2024
أعلنت النيابة العمومية بالمحكمة الابتدائية ببن عروس اليوم الاثنين فتح بحث تحقيقي قضائي ضد 9 أشخاص، اثنان منهم موقوفان وسبعة في حالة سراح، إثر حادثة حجب العلم التونسي خلال تظاهرة رياضية بالمسبح الأولمبي برادس.
ومن بين التهم الموجهة إلى المشتبه بهم "تكوين وفاق بغاية التآمر على أمن الدولة الداخلي والمؤامرة على أمن الدولة وتكوين وفاق بغاية الاعتداء على الأملاك والأشخاص وانتهاك العلم التونسي".
وكانت النيابة العمومية قد كلفت الفرقة المركزية لمكافحة الإجرام بالحرس الوطني ببن عروس بإجراء الأبحاث اللازمة في واقعة حجب العلم الوطني أثناء إحدى المسابقات الدولية للسباحة.
وأفضت الأبحاث إلى الاحتفاظ برئيس سابق لجامعة السباحة وبإطار في وكالة مكافحة المنشطات، في حين أحيل سبعة آخرون في حالة سراح.
وأحالت النيابة العمومية اليوم المشتبه بهم التسعة على أنظار قاضي التحقيق لاستنطاقهم واتخاذ ما يراه مناسبا في شأنهم.
""", [
    ev("judicial-investigation", "فتح بحث تحقيقي قضائي ضد 9 أشخاص", "2024-05-13", "'اليوم الاثنين' = Mon 13 May 2024"),
    ev("flag-covered", "إثر حادثة حجب العلم التونسي خلال تظاهرة رياضية", FLAG, "no own date; Thu 9 May 2024 (webmanagercenter: 'امس الخميس' on Fri 10 May)"),
    ev("guard-inquiry-ordered", "قد كلفت الفرقة المركزية لمكافحة الإجرام", VISIT, "no own date; the prosecution's order came after the incident and before the two were held (my span Fri 10 - Sun 12 May 2024)", end="2024-05-13"),
    ev("two-held", "الاحتفاظ برئيس سابق لجامعة السباحة وبإطار في وكالة مكافحة المنشطات", "2024-05-11", "no own date; reports differ: held on Sat 11 May (awfiyaa) or on Sun 12 May 2024 (businessnews.com.tn); my span 11-12 May", end="2024-05-13"),
    ev("referred-to-judge", "وأحالت النيابة العمومية اليوم المشتبه بهم التسعة", "2024-05-13", "'اليوم' = Mon 13 May 2024"),
])

# ---------------------------------------------------------------- egypt-ehab-galal-sacked-2022
S = "egypt-ehab-galal-sacked-2022"
ETHIOPIA = "2022-06-09"        # Ethiopia 2-0 Egypt (AFCON 2023 qualifiers, matchday 2, in Malawi), Thu 9 Jun 2022
SAT_MEETING = "2022-06-11"     # the EFA board's emergency meeting of Sat 11 Jun 2022 ended without decisions
SACKING = "2022-06-16"         # the EFA board met on Thu 16 Jun 2022 and sacked Galal (Hazem Emam's press conference)
art(S, "https://gossur.com/1127039/%d9%87%d9%84-%d9%8a%d9%83%d9%88%d9%86-%d8%a7%d9%84%d9%85%d8%af%d8%b1%d8%a8-%d8%a7%d9%84%d8%a3%d8%ac%d9%86%d8%a8%d9%89-%d8%b3%d9%84%d8%a7%d8%ad-%d8%a7%d9%84%d9%81%d8%b1%d8%a7%d8%b9%d9%86%d8%a9/",
    "2022-06-10", "no date on the stored page; the body's 'أمس ، الخميس' for the loss to Ethiopia, played on Thu 9 Jun 2022 (alghad of 16 Jun; the Saturday statements of Gamal Allam), gives Fri 10 Jun 2022; headline kept from the page; the last, truncated sentence dropped", False, """
هل يكون "المدرب الأجنبى" سلاح الفراعنة حال رحيل إيهاب جلال عن منصبه ؟
يخيم الغموض على مصير إيهاب جلال المدير الفني لمنتخب مصر، بعد الاجتماع الطارئ الذي دعا إليه مجلس إدارة اتحاد الكرة المصري برئاسة جمال علام لبحث تبعات خسارة منتخبنا الوطني أمام نظيره الإثيوبي أمس ، الخميس، في الجولة الثانية من تصفيات أمم أفريقيا المقبلة (كوت ديفوار 2023).
وإذا رحل إيهاب جلال عن منصبه وتحرك اتحاد الكرة بحثا عن بديل، فهل يتجه الاتحاد إلى العودة للمدرسة الأجنبية في قيادة الفراعنة، خاصة بعد نجاح تجربة البرتغالي كيروش المدير الفني السابق للمنتخب؟
فقد قاد كيروش المنتخب في كأس العرب التي أقيمت في قطر بشهر يناير الماضي، وخاض 6 مباريات فاز في 3 منها وتعادل في واحدة وخسر اثنتين.
كما قاد كيروش المنتخب في أمم افريقيا فلعب ٧ مباريات حقق الفوز في ٥ منها وخسر مباراتين، الأولى في الدور الأول أمام نيجيريا والثانية في نهائي المسابقة أمام السنغال.
وكان كيروش مع المنتخب في 6 مباريات بتصفيات كأس العالم، ففاز في 3 منها وتعادل في مباراة في دور المجموعات، ثم تأهل إلى الدور الفاصل حيث فاز في مباراة وخسر الثانية بضربات الترجيح.
""", [
    ev("ethiopia-loss", "خسارة منتخبنا الوطني أمام نظيره الإثيوبي أمس ، الخميس", ETHIOPIA, "'أمس ، الخميس' from Fri 10 Jun 2022 = Thu 9 Jun"),
    ev("efa-emergency-meeting", "الاجتماع الطارئ الذي دعا إليه مجلس إدارة اتحاد الكرة المصري", SAT_MEETING, "no own date; the emergency meeting called after the loss was held on Sat 11 Jun 2022 and ended without decisions (alghad of Thu 16 Jun: 'اجتماع السبت الماضي')"),
    ev("arab-cup", "كأس العرب التي أقيمت في قطر بشهر يناير الماضي", "2021-11-30", "'بشهر يناير الماضي' is the source's slip: the FIFA Arab Cup in Qatar was played 30 Nov - 18 Dec 2021 (outside knowledge)", end="2021-12-19"),
    ev("nigeria-loss", "الأولى في الدور الأول أمام نيجيريا", "2022-01-11", "no own date; Nigeria 1-0 Egypt at the AFCON in Cameroon, Tue 11 Jan 2022 (outside knowledge)"),
    ev("afcon-final", "والثانية في نهائي المسابقة أمام السنغال", "2022-02-06", "no own date; the AFCON final, Senegal beat Egypt on penalties on Sun 6 Feb 2022 (outside knowledge)"),
    ev("playoff-loss", "وخسر الثانية بضربات الترجيح", "2022-03-29", "no own date; the World Cup play-off second leg in Dakar, lost on penalties on Tue 29 Mar 2022 (outside knowledge)"),
])
art(S, "https://www.alghad.tv/%d8%a7%d8%aa%d8%ad%d8%a7%d8%af-%d8%a7%d9%84%d9%83%d8%b1%d8%a9-%d8%a7%d9%84%d9%85%d8%b5%d8%b1%d9%8a-%d9%8a%d8%a8%d8%af%d8%a3-%d8%a7%d8%ac%d8%aa%d9%85%d8%a7%d8%b9-%d8%aa%d8%ad%d8%af%d9%8a%d8%af-%d9%85/",
    "2022-06-16", "no date on the stored page; the body's 'الخميس' and 'اليوم الخميس' for the board meeting that decided Galal's fate, held on Thu 16 Jun 2022 (ra2ej: 'اليوم الخميس'; it followed the Korea friendly of Tue 14 Jun), with 'اجتماع السبت الماضي' (Sat 11 Jun), give Thu 16 Jun 2022; a leftover plugin tag dropped; headline kept from the page", False, """
اتحاد الكرة المصري يبدأ اجتماع تحديد مصير المدرب إيهاب جلال
وصل أعضاء مجلس إدارة الاتحاد المصري لكرة القدم برئاسة جمال علام، الخميس، إلى مقر الاتحاد لاتخاذ جملة من القرارات المهمة بعد تعثر المنتخب أمام إثيوبيا في تصفيات الأمم الإفريقية.
ودعا جمال علام إلى اجتماع جديد اليوم الخميس، بعد أن انتهى اجتماع السبت الماضي دون اتخاذ أي قرارات، ولا سيما ما يخص المنتخب الوطني الأول لكرة القدم، بحسب ما أوردته وسائل إعلام مصرية.
وينتظر أن يُكشف عن كل القرارات بعد نهاية الاجتماع، ومنها تحديد مصير إيهاب جلال المدير الفني للمنتخب المصري، الذي أصبح قريبا من الرحيل.
وتشير التوقعات إلى إقالة وليد العطار المدير التنفيذي للجبلاية، بسبب إخفاء خطاب الاتحاد الإفريقي لكرة القدم بشأن تنظيم نهائي دوري أبطال إفريقيا، وهو ما أضر بالنادي الأهلي ممثل الكرة المصرية، فيما بات ممدوح الششتاوي قريبا من تولي هذا المنصب.
وأفاد مصدر داخل اتحاد الكرة المصري لمواقع محلية بأن الاتحاد اتفق مع وزير الشباب والرياضة على إرجاء الإعلان عن المدير الفني الجديد لمنتخب مصر خلفا لإيهاب جلال.
ومن المتوقع أيضا أن يتولى الفرنسي باتريس بوميل تدريب منتخب مصر في الفترة المقبلة خلفا لإيهاب جلال.
""", [
    ev("efa-sacking-meeting", "وصل أعضاء مجلس إدارة الاتحاد المصري لكرة القدم برئاسة جمال علام، الخميس", SACKING, "'الخميس' / 'اليوم الخميس' = Thu 16 Jun 2022"),
    ev("efa-emergency-meeting", "بعد أن انتهى اجتماع السبت الماضي دون اتخاذ أي قرارات", SAT_MEETING, "'السبت الماضي' from Thu 16 Jun 2022 = Sat 11 Jun"),
    ev("ethiopia-loss", "بعد تعثر المنتخب أمام إثيوبيا", ETHIOPIA, "no own date; the loss of Thu 9 Jun 2022 (gossur: 'أمس ، الخميس' on Fri 10 Jun)"),
    ev("caf-final", "تنظيم نهائي دوري أبطال إفريقيا", "2022-05-30", "no own date; the CAF Champions League final (Wydad - Al Ahly, Casablanca) of Mon 30 May 2022 (outside knowledge)"),
])
art(S, "https://ra2ej.com/amp/رسميا-الاتحاد-المصري-لكرة-القدم-يعلن-الإتاحة-بإيهاب-جلال-484947.html",
    "2022-06-16", "no date on the stored page; the body's 'اليوم الخميس' for the sacking announced by Hazem Emam after the board meeting of Thu 16 Jun 2022 (alghad: 'اليوم الخميس'; the board met after the Korea friendly of Tue 14 Jun) gives Thu 16 Jun 2022; the video caption dropped; the last, truncated sentence dropped; headline kept from the page", False, """
رسميا.. الاتحاد المصري لكرة القدم يعلن الإطاحة بإيهاب جلال
أعلن الاتحاد المصري لكرة القدم، اليوم الخميس، إقالة المدرب إيهاب جلال، المدير الفني للمنتخب الوطني، بعد ثلاث مباريات فقط قضاها في منصبه.
وقال حازم إمام، عضو الاتحاد المصري لكرة القدم، في مؤتمر صحفي: "قررنا أن نوجه الشكر لإيهاب جلال ونتمنى له التوفيق بعد الفترة الماضية".
وأضاف: "التوجه المقبل هو التعاقد مع مدير فني أجنبي، وهناك كثير من المدربين الذين يرغبون في تدريب المنتخب".
وقدم "الثعلب" اعتذاره لإيهاب جلال قائلا: "أتظلم، أوقات الكرة تكون ظالمة، ولكن أوقات الظروف تكون أقوى منك والمصلحة تكون أهم".
وتابع: "استقر اتحاد الكرة على تعيين مدير فني أجنبي للمنتخب الأولمبي، وتعيين مدير فني أجنبي لاتحاد الكرة".
واختتم بقوله: "سنعالج النتائج غير المرجوة التي مرت بها الكرة المصرية في الفترة الماضية".
وكان إيهاب جلال قد بدأ مشواره على رأس "الفراعنة" بفوز صعب على غينيا في المباراة الافتتاحية لتصفيات كأس الأمم الأفريقية 2023، قبل أن يتذوق مرارة الهزيمة المذلة أمام إثيوبيا في الجولة الثانية من التصفيات المؤهلة إلى "كان 2023".
""", [
    ev("galal-sacked", "إقالة المدرب إيهاب جلال", SACKING, "'اليوم الخميس' = Thu 16 Jun 2022"),
    ev("emam-press-conference", "وقال حازم إمام، عضو الاتحاد المصري لكرة القدم، في مؤتمر صحفي", SACKING, "no own expression; the press conference after the board meeting of Thu 16 Jun 2022"),
    ev("guinea-win", "بفوز صعب على غينيا في المباراة الافتتاحية", "2022-06-05", "no own date; Egypt 1-0 Guinea, AFCON 2023 qualifiers matchday 1, Sun 5 Jun 2022 (outside knowledge)"),
    ev("ethiopia-loss", "الهزيمة المذلة أمام إثيوبيا", ETHIOPIA, "no own date; the loss of Thu 9 Jun 2022 (gossur: 'أمس ، الخميس' on Fri 10 Jun)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 445
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

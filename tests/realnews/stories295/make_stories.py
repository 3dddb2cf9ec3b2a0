"""Builds stories.jsonl: the 295-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories294/make_stories.py). Domain: bridges, tunnels, highways and road projects: openings,
closures for works, collapses: the collapse of the Atishi (al-Husseiniya) overpass under construction at the
northern entrance of Karbala (Iraq, Sep 2025), the contract for the rehabilitation of the Halfaya bridge and the
dissolution of Ibrahim Jaber's committee (Sudan, Feb 2026), the reopening of the Aden - Sanaa road through
al-Dhale (Yemen, May 2025), and the call to close the damaged Zaytoun bridge in Nasiriyah (Iraq, Jan 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-karbala-atishi-overpass-collapse-2025
S = "iraq-karbala-atishi-overpass-collapse-2025"
COLLAPSE = "2025-09-06"                    # the Atishi overpass collapsed on the evening of Sat 6 Sep 2025
RESCUE = ("2025-09-06", "2025-09-08")     # the rescue, Sat 6 evening to Sun 7 Sep 2025 (more than 13 hours)
SEVEN = ("2025-09-06", "2025-09-08")      # the seven people pulled out alive during that rescue
art(S, "http://burathanews.com/arabic/news/464756",
    "2025-09-06", "page stamp 'date 2025-09-06' (not kept) and the body's 'اليوم السبت، (6 أيلول 2025)' (kept; 6 Sep 2025 was a Saturday); headline written from the body (the stored text has none)", True, """
محافظ كربلاء: إنقاذ إحدى السيارتين العالقتين تحت فضاء مجسر الحسينية
كشف محافظ كربلاء نصيف جاسم الخطابي، اليوم السبت، (6 أيلول 2025)، أن سيارتين تعرضتا لسقوط فضاء من مجسر الحسينية وأن إحداهما أُنقذت.
وأفاد بيان صادر عن مكتب المحافظ بأن الخطابي "تابع الجهود الميدانية لإنقاذ العجلتين اللتين سقط عليهما فضاء المجسر خلال أعمال الصب في مشروع المجسر الذي يُنشأ عند تقاطع قضاء الحسينية على محور شارع بغداد".
وتابع البيان أن "إنقاذ العجلة الأولى تم بنجاح، بينما تتواصل الأعمال حاليا لإنقاذ العجلة الثانية بمتابعة دقيقة من المحافظ الذي يحرص على توفير كل الإمكانيات المطلوبة".
وكان جزء من مجسر العطيشي عند المدخل الشمالي لمحافظة كربلاء قد انهار مساء اليوم السبت، ما أدى إلى إصابة عدد من الأشخاص.
من جهته أعلن نائب رئيس مجلس محافظة كربلاء محفوظ التميمي فتح تحقيق في الحادث، موضحا أن "الحادث أوقع عددا من الإصابات بين المواطنين، ولا تزال الإحصائيات الدقيقة مجهولة حتى الآن".
""", [
    ev("governor-statement", "كشف محافظ كربلاء نصيف جاسم الخطابي، اليوم السبت، (6 أيلول 2025)", "2025-09-06", "'اليوم السبت، (6 أيلول 2025)' (a Saturday; the publication day)"),
    ev("first-car-rescued", "إنقاذ العجلة الأولى تم بنجاح", COLLAPSE, "no own expression; reported in the governor's statement of Sat 6 Sep 2025, a few hours after the collapse"),
    ev("rescue-operation", "تتواصل الأعمال حاليا لإنقاذ العجلة الثانية", RESCUE[0], "'حاليا' on Sat 6 Sep 2025; the rescue went on for more than 13 hours, into Sun 7 Sep (kurdistan24 and al-Jazeera), span 6-7 Sep", end=RESCUE[1]),
    ev("atishi-collapse", "انهار مساء اليوم السبت، ما أدى إلى إصابة عدد من الأشخاص", COLLAPSE, "'مساء اليوم السبت' = the evening of Sat 6 Sep 2025"),
    ev("council-investigation", "أعلن نائب رئيس مجلس محافظة كربلاء محفوظ التميمي فتح تحقيق", COLLAPSE, "no own expression; the same Saturday report (burathanews 464751 dates this announcement 'اليوم السبت، (6 أيلول 2025)')"),
])
art(S, "https://www.kurdistan24.net/ar/story/862211/%D8%A8%D8%B9%D8%AF-13-%D8%B3%D8%A7%D8%B9%D8%A9-%D8%B9%D9%85%D9%84-%D9%81%D8%B1%D9%82-%D8%A7%D9%84%D8%AF%D9%81%D8%A7%D8%B9-%D8%A7%D9%84%D9%85%D8%AF%D9%86%D9%8A-%D9%81%D9%8A-%D9%83%D8%B1%D8%A8%D9%84%D8%A7%D8%A1-%D8%AA%D9%86%D9%87%D9%8A-%D8%B9%D9%85%D9%84%D9%8A%D8%A9-%D8%A5%D9%86%D9%82%D8%A7%D8%B0-%D8%B6%D8%AD%D8%A7%D9%8A%D8%A7-%D8%AC%D8%B3%D8%B1-%D8%A7%D9%84%D8%AD%D8%B3%D9%8A%D9%86%D9%8A%D8%A9",
    "2025-09-07", "page stamp 'date 2025-09-07' (not kept); the body's 'اليوم الأحد' agrees (7 Sep 2025 was a Sunday, the day after the collapse); the page furniture 'منذ 18 ساعة' and the truncated last sentence ('بموجب المادة 340 من ق...') dropped; headline rendered from the URL slug; no date of its own in the text", False, """
بعد 13 ساعة عمل.. فرق الدفاع المدني في كربلاء تنهي عملية إنقاذ ضحايا جسر الحسينية
أربيل (كوردستان24)- أعلنت مديرية الدفاع المدني في كربلاء، اليوم الأحد، أنها أنهت عملياتها الميدانية للبحث عن ضحايا مجسر الحسينية وإنقاذ المصابين.
وجاء في بيان المديرية أن "العمليات امتدت أكثر من (13) ساعة متواصلة، ونفذتها فرق الإنقاذ التخصصية بإشراف محافظ كربلاء وبحضور المدير العام للدفاع المدني اللواء محسن الزاملي، وبتوجيه وقيادة من مدير دفاع مدني المحافظة العميد سعد إسماعيل المحياوي".
وأضاف البيان أن "رجال الدفاع المدني أدّوا واحدا من أصعب الواجبات وأخطرها، فأنقذوا (7) أشخاص أحياء في عمل بالغ التعقيد وانتشلوا جثتين في ظروف قاسية، تحت جسر لا يزيد ارتفاعه على (ربع متر)، ما اضطرهم إلى العمل في بيئة خانقة على حافة الخطر والموت".
في المقابل، أصدرت رئاسة محكمة استئناف كربلاء أوامر قبض وتحرٍّ بحق خمسة مهندسين وضابط مرور على ذمة التحقيق، بتهمة الإهمال في حادثة انهيار المجسر.
وتشمل أوامر القبض ثلاثة مهندسين من الدائرة التي تشرف على المشروع ومهندسَين اثنين من الشركة المنفذة (مدير المشروع والمهندس المراقب)، إضافة إلى ضابط المرور المسؤول عن موقع الحادث.
""", [
    ev("rescue-end", "أنهت عملياتها الميدانية للبحث عن ضحايا مجسر الحسينية", "2025-09-07", "'اليوم الأحد' = Sun 7 Sep 2025 (the day of the statement)"),
    ev("rescue-operation", "العمليات امتدت أكثر من (13) ساعة متواصلة", RESCUE[0], "no own expression; more than 13 hours from the collapse on the evening of Sat 6 Sep 2025 to the end announced on Sun 7 Sep, span 6-7 Sep", end=RESCUE[1]),
    ev("seven-rescued", "فأنقذوا (7) أشخاص أحياء في عمل بالغ التعقيد", SEVEN[0], "no own expression; during the rescue of Sat 6 - Sun 7 Sep 2025", end=SEVEN[1]),
    ev("two-bodies-recovered", "وانتشلوا جثتين في ظروف قاسية", RESCUE[0], "no own expression; during the rescue of Sat 6 - Sun 7 Sep 2025", end=RESCUE[1]),
    ev("arrest-warrants", "أصدرت رئاسة محكمة استئناف كربلاء أوامر قبض وتحرٍّ", "2025-09-07", "no own expression; the warrants were announced on Sunday (burathanews 464768: 'الأحد', page dated 7 Sep 2025) = Sun 7 Sep 2025"),
])
art(S, "https://www.aljazeera.net/misc/2025/9/7/%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D8%A7%D9%86%D9%87%D9%8A%D8%A7%D8%B1-%D8%AC%D8%B3%D8%B1-%D9%81%D9%8A-%D9%83%D8%B1%D8%A8%D9%84%D8%A7%D8%A1-%D9%88%D8%B9%D9%85%D9%84%D9%8A%D8%A7%D8%AA",
    "2025-09-07", "date in the URL '/2025/9/7/' (a Sunday); the body's 'مساء أمس السبت' agrees (the collapse of Sat 6 Sep 2025); headline as in the page's copy on arabkhabar (the URL slug begins with the same words); the truncated last sentence cut at a full stop; no date of its own in the text", False, """
العراق.. انهيار جسر في كربلاء وعمليات الإنقاذ تتجاوز 13 ساعة
انهار مساء أمس السبت جسر قيد الإنشاء في محافظة كربلاء العراقية وسقط على عدد من السيارات التي كانت تمر تحته، فقُتل شخصان وأصيب 7 آخرون، وفق الحصيلة النهائية التي أعلنتها السلطات المحلية.
وقد انهار الجسر، الذي يُعرف باسم جسر العطيشي ويقع قرب مدخل بوابة بغداد، فجأة، فتساقطت كتل الخرسانة والفولاذ على السيارات والمارة، في مشهد صادم وثقته مقاطع فيديو انتشرت بكثافة على مواقع التواصل الاجتماعي.
وأظهرت المشاهد لحظة سقوط الجسر وسط الذعر، فيما سارعت فرق الدفاع المدني والشرطة إلى الموقع لرفع الأنقاض والبحث عن ناجين.
وأكدت مصادر أمنية وطبية محلية أن فرق الدفاع المدني شرعت على الفور في انتشال الضحايا ونقل المصابين إلى المستشفيات القريبة، وطوّقت المنطقة تحسبا لانهيارات أخرى.
وبيّنت مديرية الدفاع المدني في كربلاء في بيان رسمي أن عمليات البحث والإنقاذ تواصلت أكثر من 13 ساعة متواصلة، ونفذتها فرق متخصصة.
وأضاف البيان أن رجال الإنقاذ خاضوا "واحدة من أعقد المهمات وأخطرها"، إذ نجحوا في إنقاذ 7 أشخاص أحياء بعد جهود مضنية في بيئة خانقة وظروف شديدة الصعوبة.
""", [
    ev("atishi-collapse", "انهار مساء أمس السبت جسر قيد الإنشاء", COLLAPSE, "'مساء أمس السبت' from Sun 7 Sep = the evening of Sat 6 Sep 2025"),
    ev("casualty-toll", "فقُتل شخصان وأصيب 7 آخرون، وفق الحصيلة النهائية", COLLAPSE, "no own expression; the victims of the collapse of Sat 6 Sep 2025 (the two bodies were pulled out during the night rescue), span 6-7 Sep", end="2025-09-08"),
    ev("rescue-operation", "عمليات البحث والإنقاذ تواصلت أكثر من 13 ساعة", RESCUE[0], "no own expression; more than 13 hours from the evening of Sat 6 Sep 2025 into Sun 7 Sep", end=RESCUE[1]),
    ev("seven-rescued", "نجحوا في إنقاذ 7 أشخاص أحياء بعد جهود مضنية", SEVEN[0], "no own expression; during the rescue of Sat 6 - Sun 7 Sep 2025", end=SEVEN[1]),
])
art(S, "https://almasalah.com/?p=123875",
    "2025-09-09", "the page's date line '9 شتنبر، 2025' (kept as the second line; 9 Sep 2025 was a Tuesday), the body's 'الثلاثاء' and the speaker's signature 'بتاريخ التاسع من شهر أيلول/سبتمبر الجاري' agree; the trailer 'المسلة – متابعة – وكالات' and the disclaimer dropped", True, """
البرلمان يشكل لجنة تحقيقية في حادثة انهيار المجسر في كربلاء
9 شتنبر، 2025
بغداد/المسلة: أعلن مجلس النواب، الثلاثاء، أنه شكّل لجنة تحقيقية تتابع حادثة انهيار جسر العطيشي في كربلاء.
ونصّت وثيقة صادرة عن الأمانة العامة لمجلس النواب على أنه "استنادا الى احكام المادة (61 / ثانيا) من الدستور، والمادة (35) رابعا من النظام الداخلي لمجلس النواب العراقي رقم (1) لسنة ۲۰۲۲" تُشكَّل لجنة نيابية مؤقتة يرأسها النائب حيدر محمد كاظم المطيري.
وتضم اللجنة في عضويتها النواب حسين علي محمد اليساري وزهير عبد الله حسون الفتلاوي ومديحة حسن عذيب الموسوي وجواد كظوم مطلك اليساري.
وتتولى اللجنة التحقيق في سقوط مجسر مفرق الحسينية بمحافظة كربلاء، وعليها أن ترفع تقريرها خلال خمسة أيام، بحسب الوثيقة التي وقّعها رئيس مجلس النواب محمود المشهداني بتاريخ التاسع من شهر أيلول/سبتمبر الجاري.
""", [
    ev("parliament-committee", "أعلن مجلس النواب، الثلاثاء، أنه شكّل لجنة تحقيقية", "2025-09-09", "'الثلاثاء' = Tue 9 Sep 2025, the day of the speaker's signature ('بتاريخ التاسع من شهر أيلول/سبتمبر الجاري')"),
    ev("atishi-collapse", "سقوط مجسر مفرق الحسينية بمحافظة كربلاء", COLLAPSE, "no own expression; the collapse of the evening of Sat 6 Sep 2025"),
    ev("committee-report-due", "أن ترفع تقريرها خلال خمسة أيام", "2025-09-09", "'خلال خمسة أيام' from the order of Tue 9 Sep 2025: by Sun 14 Sep", end="2025-09-15"),
])

# ---------------------------------------------------------------- sudan-halfaya-bridge-rehabilitation-contract-2026
S = "sudan-halfaya-bridge-rehabilitation-contract-2026"
SIGN = "2026-02-08"                        # the two Halfaya contracts were signed on Sun 8 Feb 2026
WORKS = ("2026-02-08", "2026-11-09")      # nine months of works from the signing (to 8 Nov 2026)
TURKISH = ("2025-02-18", "2025-09-01")    # the approach to the Turkish designer, between the committee's first meeting and the Egyptian team's visit (my span)
CONF = "2026-02-14"                        # the press conference of the technical committee, Sat 14 Feb 2026
art(S, "https://midgagnews.com/?p=10474",
    "2026-02-08", "the body's 'اليوم الأحد' and the quoted 'اليوم 8 فبراير 2026م' (kept; 8 Feb 2026 was a Sunday); the source line 'متابعات -_midgagnews' and the truncated last sentence dropped; headline kept from the page", True, """
توقيع عقد تأهيل وصيانة جسر الحلفايا بتكلفة 11 مليون دولار
وقّعت الهيئة القومية للطرق والجسور، اليوم الأحد، عقدي الاستشاري والمقاول الخاصين بتأهيل جسر الحلفايا وصيانته، بحضور الفريق مهندس إبراهيم جابر عضو مجلس السيادة ورئيس الهيئة العليا لإعادة الإعمار وتهيئة البيئة للعودة إلى ولاية الخرطوم، وبكلفة إجمالية تبلغ 11 مليون دولار.
وأوضح المهندس أحمد عثمان الشيخ، المدير العام للهيئة القومية للطرق والجسور ورئيس اللجنة العليا لإعادة تأهيل جسري شمبات والحلفايا، أن التوقيع جرى اليوم 8 فبراير 2026م، إذ أُبرم عقد الاستشاري مع شركة أفنان للاستشارات الهندسية والخدمات، وعقد المقاول مع شركة إبراهيم بلة.
وبيّن أن قيمة عقد المقاول تبلغ 47 مليار جنيه سوداني وقيمة عقد الاستشاري مليار جنيه سوداني، وأن مدة التنفيذ تسعة أشهر.
ولفت إلى أن الشركات المنفذة سودانية خالصة ومتخصصة في أعمال المنشآت والكباري، وأن المقاول وطني سبق له أن نفّذ وأهّل عددا من الكباري بالتعاون مع الهيئة القومية للطرق والجسور.
""", [
    ev("contract-signing", "وقّعت الهيئة القومية للطرق والجسور، اليوم الأحد، عقدي الاستشاري والمقاول", SIGN, "'اليوم الأحد' and 'اليوم 8 فبراير 2026م' = Sun 8 Feb 2026"),
    ev("rehab-works-period", "وأن مدة التنفيذ تسعة أشهر", WORKS[0], "'تسعة أشهر' from the signing of Sun 8 Feb 2026: to 8 Nov 2026 (scheduled)", end=WORKS[1]),
])
art(S, "https://wdmadani.net/?p=11431",
    "2026-02-11", "dateline 'الخرطوم 11 فبراير 2026' (kept; 11 Feb 2026 was a Wednesday); the body's 'أمس الثلاثاء' agrees; headline kept from the page; the last, truncated words ('وفق الأطر ...') dropped", True, """
البرهان يحل لجنة «تهيئة عودة مواطني الخرطوم» ويحيل صلاحياتها لمجلس الوزراء
الخرطوم 11 فبراير 2026– أفادت مصادر موثوقة "سودان تربيون" بأن رئيس مجلس السيادة عبد الفتاح البرهان قرر حل اللجنة العليا لتهيئة البيئة لعودة مواطني الخرطوم، التي يرأسها عضو مجلس السيادة إبراهيم جابر.
وكان البرهان قد أصدر في 16 يوليو 2025 قرارا بتكوين لجنة قومية عليا تهيئ ولاية الخرطوم لعودة عاجلة للمؤسسات الاتحادية والمواطنين.
وعملت اللجنة على إعادة خدمات التعليم والصحة والمياه والكهرباء، ونشطت في إعمار المرافق الحكومية ومنها مطار الخرطوم، كما أبعدت التشكيلات العسكرية عن الأحياء السكنية.
وبحسب المصادر، نصّ القرار الذي صدر أمس الثلاثاء على نقل صلاحيات اللجنة كاملة إلى رئاسة مجلس الوزراء، لتواصل مهام تهيئة الاستقرار ودعمه وتشجيع أهالي الخرطوم على العودة.
وأوضحت المصادر أن قرار الحل جاء لأسباب عدة، منها الجدل الذي أثير خلال اليومين الماضيين بشأن إسناد صيانة جسر الحلفايا إلى شركتين دون عطاءات تسمح بالتنافس العلني.
""", [
    ev("committee-dissolution", "القرار الذي صدر أمس الثلاثاء على نقل صلاحيات اللجنة كاملة", "2026-02-10", "'أمس الثلاثاء' from Wed 11 Feb = Tue 10 Feb 2026"),
    ev("committee-formation", "أصدر في 16 يوليو 2025 قرارا بتكوين لجنة قومية عليا", "2025-07-16", "'في 16 يوليو 2025' (a Wednesday)"),
    ev("contract-controversy", "الجدل الذي أثير خلال اليومين الماضيين", SIGN, "'خلال اليومين الماضيين' from Wed 11 Feb = Mon 9 - Tue 10 Feb 2026; it started with the signing of Sun 8 Feb, span 8-10 Feb", end="2026-02-11"),
    ev("contract-signing", "إسناد صيانة جسر الحلفايا إلى شركتين دون عطاءات", SIGN, "no own expression; the award signed on Sun 8 Feb 2026 (midgagnews: 'اليوم 8 فبراير 2026م')"),
])
art(S, "https://darfuralaan.com/article/6538",
    "2026-02-14", "the body's 'اليوم السبت بمدينة بورتسودان، 14 فبراير 2026' (kept; 14 Feb 2026 was a Saturday); dateline 'بورتسودان – دارفور الآن' kept; headline written from the body (the stored text has none); the truncated last paragraph (the Egyptian team) dropped", True, """
وكيل البنى التحتية: عقد صيانة جسر الحلفايا يُسدَّد بالعملة المحلية
بورتسودان – دارفور الآن
كشف وكيل وزارة البنى التحتية والنقل مجدي محمد عبد اللطيف تفاصيل القيمة الكلية لعقد تأهيل جسر الحلفايا الذي يربط مدينتي بحري وأم درمان، وأكد أن الحكومة لن تدفع مبالغ الصيانة بالعملة الصعبة.
وذكر عبد اللطيف، في مؤتمر صحفي عُقد اليوم السبت بمدينة بورتسودان، 14 فبراير 2026، أن القيمة الأساسية لعقد صيانة الجسر تبلغ 35.1 مليار جنيه سوداني، وتصل إلى 41.1 مليار جنيه بعد احتساب التكاليف الفنية.
وبيّن أن وزارة المالية والتخطيط الاقتصادي ستتكفل بكامل كلفة الصيانة بالعملة المحلية من غير أي التزامات بالعملات الأجنبية.
وأشار إلى أن الشركة المنفذة ستستورد مباشرة 60% من المواد المطلوبة لتسريع التنفيذ وفق جدول زمني مدته تسعة أشهر، يبدأ من تاريخ توقيع العقد في منتصف فبراير الجاري.
وأزاح الوكيل الستار عن كواليس اختيار الجهة المنفذة، فأوضح أن الوزارة اتصلت في وقت سابق بالشركة التركية التي صممت الجسر، لكن عرضها المالي بلغ 1.9 مليون دولار لأعمال المعاينة وحدها، وهو مبلغ عُدّ مرتفعا.
""", [
    ev("press-conference", "مؤتمر صحفي عُقد اليوم السبت بمدينة بورتسودان، 14 فبراير 2026", CONF, "'اليوم السبت بمدينة بورتسودان، 14 فبراير 2026' (a Saturday)"),
    ev("rehab-works-period", "وفق جدول زمني مدته تسعة أشهر", WORKS[0], "'تسعة أشهر' from the signing (Sun 8 Feb 2026): to 8 Nov 2026 (scheduled)", end=WORKS[1]),
    ev("contract-signing", "توقيع العقد في منتصف فبراير الجاري", SIGN, "'في منتصف فبراير الجاري' (Feb 2026); the signing took place on Sun 8 Feb 2026 (midgagnews: 'اليوم 8 فبراير 2026م')"),
    ev("turkish-firm-contact", "اتصلت في وقت سابق بالشركة التركية التي صممت الجسر", TURKISH[0], "'في وقت سابق'; between the technical committee's first meeting (18 Feb 2025, per the ministry's statement on alhakim.net) and the Egyptian team's arrival (31 Aug 2025, alnilin) (my span)", end=TURKISH[1]),
])
art(S, "https://alnawrs.com/197148",
    "2026-02-14", "no date on the stored page; the body's 'اليوم السبت' for the press conference that darfuralaan dates 'اليوم السبت بمدينة بورتسودان، 14 فبراير 2026' gives Sat 14 Feb 2026; the dateline 'الخرطوم:النورس' and the truncated last sentence dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
اللجنة الفنية لتأهيل الجسور تنفي تبعيتها للجنة العليا لتهيئة العودة
نفت اللجنة الفنية المكلفة بتأهيل الجسور أن تكون تابعة للجنة العليا لتهيئة العودة لولاية الخرطوم، وأوضحت أنها لجنة فنية متخصصة تتبع مباشرة وزير البنى التحتية والمواصلات وتضم خبراء ومستشارين في مجال الطرق والجسور.
وشددت الوزارة على أن اللجنة ليست تابعة للجنة العليا التي يرأسها عضو مجلس السيادة الانتقالي الفريق الركن مهندس إبراهيم جابر، مؤكدة استقلالها الفني والإداري.
وجاء ذلك في مؤتمر صحفي انعقد اليوم السبت بقاعة سودان لاين، عرض فيه وكيل وزارة البنى التحتية والنقل المهندس مجدي محمد عبد اللطيف، ومعه المهندس أحمد عثمان الشيخ مدير الهيئة القومية للطرق والجسور ورئيس اللجنة الوزارية، الخطة التفصيلية لصيانة جسري شمبات والحلفايا وتأهيلهما.
وذكر البيان الفني أن اللجنة تكونت في فبراير 2025 وبدأت عقد اجتماعات ميدانية وفنية لوضع أسس التأهيل.
واتُّخذت كذلك إجراءات احترازية منها تقييد مرور الشاحنات الثقيلة على الجزء الشمالي من جسر الحلفايا، وإجراء قياسات مساحية دورية لمراقبة السلامة الإنشائية.
ولفت البيان إلى مساعٍ للاستفادة من خبرات دولية، من بينها الاتصال بالشركة التركية التي صممت جسر الحلفايا، إلا أن عرضها المالي وصل إلى 1.9 مليون دولار للفحص وحده.
""", [
    ev("technical-committee-denial", "نفت اللجنة الفنية المكلفة بتأهيل الجسور أن تكون تابعة", CONF, "no own expression; said at the press conference of Sat 14 Feb 2026 ('اليوم السبت')"),
    ev("press-conference", "مؤتمر صحفي انعقد اليوم السبت بقاعة سودان لاين", CONF, "'اليوم السبت' = Sat 14 Feb 2026 (darfuralaan: 'اليوم السبت بمدينة بورتسودان، 14 فبراير 2026')"),
    ev("technical-committee-formed", "تكونت في فبراير 2025 وبدأت عقد اجتماعات ميدانية وفنية", "2025-02-01", "'في فبراير 2025'; the ministry's statement (alhakim.net) gives 'في أول فبراير 2025' = Sat 1 Feb 2025"),
    ev("heavy-truck-restriction", "تقييد مرور الشاحنات الثقيلة على الجزء الشمالي من جسر الحلفايا", "2025-02-18", "no own expression; a precaution taken by the committee after its first meeting of 18 Feb 2025 and before the report of Sat 14 Feb 2026 (my span)", end="2026-02-15"),
    ev("turkish-firm-contact", "الاتصال بالشركة التركية التي صممت جسر الحلفايا", TURKISH[0], "no own expression; between the committee's first meeting (18 Feb 2025) and the Egyptian team's arrival (31 Aug 2025) (my span)", end=TURKISH[1]),
])

# ---------------------------------------------------------------- yemen-dhale-aden-sanaa-road-reopening-2025
S = "yemen-dhale-aden-sanaa-road-reopening-2025"
MEETING = "2025-05-28"                     # the meeting chaired by the governor of al-Dhale and the decision, Wed 28 May 2025
REOPEN = "2025-05-29"                      # the road reopened on the morning of Thu 29 May 2025
REHAB = ("2025-05-19", "2025-05-29")      # the works on the road since Mon 19 May 2025 (my span)
CLOSURE = ("2018-01-01", "2025-05-29")    # the years of closure (about seven years by most reports; my span)
art(S, "https://www.arabkhabar.com/a/4680255",
    "2025-05-28", "page line 'تاريخ النشر: 28th, May 2025 GMT' (not kept); the body's 'اليوم الأربعاء' agrees (28 May 2025 was a Wednesday); the bullet headings and the truncated last words ('ومنع أي تهديدات محت...') dropped; headline kept from the page; no date of its own in the text", False, """
بشائر لآلاف المسافرين.. قرار رسمي بإعادة فتح الطريق الدولي عدن – صنعاء من بوابة الضالع
أعلنت السلطة المحلية والعسكرية في محافظة الضالع، اليوم الأربعاء، في خطوة انتظرها آلاف المواطنين طويلا، قرارها الرسمي بإعادة فتح الطريق الدولي الذي يربط عدن بصنعاء، بعد استكمال أعمال التأهيل والصيانة الجارية.
وصدر الإعلان إثر اجتماع موسع رأسه محافظ الضالع اللواء الركن علي مقبل صالح، وشارك فيه عدد من كبار القادة العسكريين والأمنيين، منهم قائد المنطقة العسكرية الثامنة اللواء الركن المظلي هادي العولقي، وقائد اللواء 83 مدفعية اللواء عادل الشيبة، ورئيس الهيئة التنفيذية للمجلس الانتقالي بالمحافظة العميد عبدالله مهدي سعيد، ومدير أمن الضالع قائد قوات الحزام الأمني العميد أحمد قائد القُبّه، إلى جانب قادة ألوية ووحدات عسكرية في الجبهات.
واعتُمد قرار فتح الطريق الدولي بعد تأهيله، بإشراف مباشر من الجهات المحلية والهندسية وبتنسيق كامل مع الأجهزة العسكرية والأمنية.
وأكد المجتمعون ضرورة رفع الجاهزية الأمنية وتفعيل التنسيق الدائم بين مختلف الوحدات لضمان سلامة مستخدمي الطريق.
""", [
    ev("reopening-decision", "أعلنت السلطة المحلية والعسكرية في محافظة الضالع، اليوم الأربعاء", MEETING, "'اليوم الأربعاء' = Wed 28 May 2025 (the publication day)"),
    ev("dhale-meeting", "اجتماع موسع رأسه محافظ الضالع اللواء الركن علي مقبل صالح", MEETING, "no own expression; the meeting that preceded the announcement of Wed 28 May 2025 (adenpress: 'أمس الأربعاء' on Thu 29 May)"),
    ev("road-rehab-works", "بعد استكمال أعمال التأهيل والصيانة الجارية", REHAB[0], "no own expression; the works on the road since the opening procedures began on Mon 19 May 2025 (yemennewsnow: 'صباح الإثنين 19 مايو 2025'), up to the decision (my span)", end=REHAB[1]),
    ev("security-directive", "وأكد المجتمعون ضرورة رفع الجاهزية الأمنية", MEETING, "no own expression; said at the meeting of Wed 28 May 2025"),
])
art(S, "https://www.adenpress.news/news/80790",
    "2025-05-29", "the page's header 'الخميس - 29 مايو 2025 - الساعة 01:46 م بتوقيت اليمن' (kept as the second line; 29 May 2025 was a Thursday) and the body's 'صباح اليوم الخميس', 'أمس الأربعاء'; the source line 'عدن برس / خاص' and the truncated last word dropped; headline written from the body (the stored text has none)", True, """
القوات الجنوبية تعلن إعادة فتح طريق عدن – صنعاء عبر الضالع
الخميس - 29 مايو 2025 - الساعة 01:46 م بتوقيت اليمن
أعلنت القوات المسلحة الجنوبية في محافظة الضالع رسمياً أن الطريق الدولي الذي يصل العاصمة عدن بالعاصمة اليمنية صنعاء عبر منفذ الضالع أعيد فتحه ابتداءاً من صباح اليوم الخميس.
وصدر قرار إعادة الفتح بناء على توجيهات قيادية عليا، شعوراً بالمعاناة الإنسانية التي يعيشها المواطنون بسبب إغلاق هذا الشريان الحيوي، ورغبة في توفير ممرات آمنة تيسّر التنقل بين المحافظات.
وقد سبق القرارَ اجتماعٌ عسكري موسع عُقد في محافظة الضالع أمس الأربعاء برئاسة محافظ الضالع قائد محور الضالع اللواء الركن علي مقبل صالح، حضره رئيس الهيئة التنفيذية للمجلس الانتقالي الجنوبي في الضالع رئيس العمليات العسكرية المشتركة لجبهات محور الضالع العميد عبدالله مهدي سعيد، وقائد المنطقة العسكرية الثامنة قائد اللواء 30 مدرع اللواء الركن مظلي هادي أحمد العولقي، وقائد قوات الحزام الأمني في الضالع العميد أحمد قائد صالح، وعدد من قادة الألوية والوحدات العسكرية المرابطة في الجبهات.
وناقش الاجتماع الأوضاع العسكرية والأمنية، وعلى رأسها ملف إعادة فتح الطريق الرئيسي بين العاصمة عدن والعاصمة اليمنية صنعاء عبر الضالع، وهو الطريق الذي ظل مغلقا منذ سنوات.
""", [
    ev("road-reopening", "أعيد فتحه ابتداءاً من صباح اليوم الخميس", REOPEN, "'صباح اليوم الخميس' = the morning of Thu 29 May 2025"),
    ev("reopening-decision", "وصدر قرار إعادة الفتح بناء على توجيهات قيادية عليا", MEETING, "no own expression; the decision announced on Wed 28 May 2025 (arabkhabar: 'اليوم الأربعاء'), after the meeting of that day"),
    ev("dhale-meeting", "اجتماعٌ عسكري موسع عُقد في محافظة الضالع أمس الأربعاء", MEETING, "'أمس الأربعاء' from Thu 29 May = Wed 28 May 2025"),
    ev("road-closure", "الطريق الذي ظل مغلقا منذ سنوات", CLOSURE[0], "'منذ سنوات'; the road through al-Dhale had been closed for about seven years (elnashra, egy-press) until Thu 29 May 2025 (my span 2018 - 28 May 2025)", end=CLOSURE[1]),
])
art(S, "https://alsadarahsky.com/?p=131249",
    "2025-05-29", "the body's opening 'صباح اليوم الخميس 29 مايو 2025' (kept; 29 May 2025 was a Thursday); headline written from the body (the stored text has none)", True, """
إعادة فتح الطريق الدولي بين عدن وصنعاء عبر الضالع
أُعيد صباح اليوم الخميس 29 مايو 2025 فتح الطريق الدولي الذي يصل العاصمة عدن بالعاصمة صنعاء مرورا بالضالع، بعد سنوات من الإغلاق الذي فرضته ظروف الحرب والانقسام.
ويمثل هذا التطور خطوة مهمة لتعزيز التواصل بين الشمال والجنوب وفتح آفاق جديدة أمام الحركة التجارية والإنسانية بين المحافظات، بعد معاناة طويلة عاشها المواطنون لتعذر التنقل واضطرارهم إلى سلوك طرق وعرة وخطرة بديلة خلال فترة الإغلاق.
وأفادت مصادر محلية بأن فتح الطريق تحقق بعد جهود حثيثة ومفاوضات طويلة بين الجهات المعنية، بدعم من أطراف دولية وإقليمية، وبتنسيق أمني يضمن سلامة العابرين من المنفذ.
واستبشر المواطنون بالخبر، ورأوا في الخطوة بارقة أمل لتهدئة الأوضاع وتيسير حياة الناس، ولا سيما المرضى والمسافرين والسائقين الذين كانوا يتحملون مشقة كبيرة في التنقل.
""", [
    ev("road-reopening", "أُعيد صباح اليوم الخميس 29 مايو 2025 فتح الطريق الدولي", REOPEN, "'صباح اليوم الخميس 29 مايو 2025' (a Thursday)"),
    ev("road-closure", "بعد سنوات من الإغلاق الذي فرضته ظروف الحرب والانقسام", CLOSURE[0], "'بعد سنوات'; about seven years of closure (elnashra, egy-press) until Thu 29 May 2025 (my span 2018 - 28 May 2025)", end=CLOSURE[1]),
    ev("reopening-negotiations", "بعد جهود حثيثة ومفاوضات طويلة بين الجهات المعنية", "2025-05-18", "no own expression; from the governor's announcement of Sun 18 May 2025 (elnashra: 'في تاريخ 18 أيار الجاري') to the reopening (my span 18-28 May)", end=REOPEN),
])

# ---------------------------------------------------------------- iraq-nasiriyah-zaytoun-bridge-closure-call-2026
S = "iraq-nasiriyah-zaytoun-bridge-closure-call-2026"
INSPECT = "2026-01-06"                     # the field inspection of the Zaytoun bridge and the call to close it, Tue 6 Jan 2026
REQUEST = ("2026-01-06", "2026-01-11")    # the approach to the governorate to close the bridge, after the inspection (my span, up to the report of Sat 10 Jan)
NEWBRIDGE = ("2026-01-06", "2027-01-01")  # the completion of the replacement suspension bridge, awaited (my span: the rest of 2026)
FEARS = ("2026-01-06", "2026-01-11")      # the fears over the old bridge, from the warning of Tue 6 Jan to the report of Sat 10 Jan 2026
art(S, "https://www.shafaq.com/ar/%D9%85%D8%AC%D8%AA%D9%80%D9%85%D8%B9/%D8%B0%D9%8A-%D9%82%D8%A7%D8%B1-%D8%AA%D9%88%D8%B5%D9%8A%D8%A9-%D8%A8-%D8%BA%D9%84%D8%A7%D9%82-%D8%AC%D8%B3%D8%B1-%D8%A7%D9%84%D8%B2%D9%8A%D8%AA%D9%88%D9%86-%D9%88%D8%AA%D8%AD%D8%B0%D9%8A%D8%B1-%D9%85%D9%86-%D9%83%D8%A7%D8%B1%D8%AB%D8%A9-%D8%A8%D8%A7%D9%86%D9%87%D9%8A%D8%A7%D8%B1%D9%87",
    "2026-01-06", "page stamp 'date 2026-01-06' (not kept); the body's 'يوم الثلاثاء' and 'اليوم' agree (6 Jan 2026 was a Tuesday; alsumaria dates the same statement 'يوم الثلاثاء الموافق 2026/1/6'); headline rendered from the URL slug; no date of its own in the text", False, """
ذي قار.. توصية بإغلاق جسر الزيتون وتحذير من كارثة بانهياره
شفق نيوز- ذي قار
شددت مديرية طرق وجسور ذي قار، يوم الثلاثاء، على وجوب إغلاق جسر الزيتون في وسط مدينة الناصرية، بعد أن كشفت عن أضرار في ركائزه الأنبوبية تهدد حياة المواطنين.
وأوضحت المديرية في بيان تلقته وكالة شفق نيوز أنه "جرت اليوم المعاينة الميدانية لجسر الزيتون الحالي بالتعاون مع الشرطة النهرية التابعة لقيادة شرطة ذي قار، للوقوف على الأضرار التي أصابت الركائز الأنبوبية للجسر".
وأضافت أنه "بسبب الأضرار التي شُخّصت وتشكل خطرا على سلامة سالكي الجسر وأرواحهم، ستُفاتَح محافظة ذي قار والجهات المعنية لاتخاذ إجراءات إغلاق الجسر ومنع مرور المركبات عليه كليا، إلى أن ترفعه الشركة المنفذة نهائيا بعد إكمال الجسر المعلّق البديل".
ويعد جسر الزيتون من أقدم جسور الناصرية، مركز محافظة ذي قار، ويقع بين منطقتي الشامية والجزيرة، وهو من الجسور الحيوية في المدينة، قرب المدخل المؤدي إلى مدينة ألعاب الناصرية وبوابة فوج المهمات الخاصة في ذي قار.
""", [
    ev("closure-recommendation", "شددت مديرية طرق وجسور ذي قار، يوم الثلاثاء، على وجوب إغلاق", INSPECT, "'يوم الثلاثاء' = Tue 6 Jan 2026 (the publication day)"),
    ev("field-inspection", "جرت اليوم المعاينة الميدانية لجسر الزيتون الحالي", INSPECT, "'اليوم' in the statement of Tue 6 Jan 2026 (alsumaria: 'يوم الثلاثاء الموافق 2026/1/6')"),
    ev("closure-request", "ستُفاتَح محافظة ذي قار والجهات المعنية لاتخاذ إجراءات إغلاق الجسر", REQUEST[0], "no own expression; announced on Tue 6 Jan 2026 for the following days (my span 6-10 Jan, up to the kurdistan24 report of Sat 10 Jan)", end=REQUEST[1]),
    ev("suspension-bridge-completion", "بعد إكمال الجسر المعلّق البديل", NEWBRIDGE[0], "no own expression; the replacement suspension bridge (91% done in Aug 2025, per shafaq) was still awaited; my span: the rest of 2026", end=NEWBRIDGE[1]),
])
art(S, "https://www.alsumaria.tv/news/localnews/552244/%D8%B0%D9%8A-%D9%82%D8%A7%D8%B1-%D8%AA%D8%BA%D9%84%D9%82-%D8%AC%D8%B3%D8%B1-%D8%A7%D9%84%D8%B2%D9%8A%D8%AA%D9%88%D9%86-%D9%88%D8%AA%D8%AA%D8%AC%D9%87-%D9%84%D8%B1%D9%81%D8%B9%D9%87-%D8%A8%D8%B4%D9%83%D9%84-%D9%83%D8%A7%D9%85%D9%84",
    "2026-01-06", "page stamp 'date 2026-01-06' (not kept); the quoted statement dates the inspection 'يوم الثلاثاء الموافق 2026/1/6' (a Tuesday), the same day; the stored text lacks the linked names (the directorate, the bridge, the police command, the governorate), which were not filled in; headline rendered from the URL slug; the text does not say that it is of that day", False, """
ذي قار تغلق جسر الزيتون وتتجه لرفعه بشكل كامل
ذكرت المديرية في بيان أنه "جرت يوم الثلاثاء الموافق 2026/1/6 معاينة ميدانية للجسر الحالي، بالتعاون مع الشرطة النهرية التابعة لقيادة الشرطة، بهدف الوقوف على الأضرار التي لحقت بالركائز الأنبوبية للجسر".
وتابع البيان أنه "بسبب الأضرار التي شُخّصت وتشكل خطورة على سلامة سالكي الجسر وأرواحهم، ستُفاتَح الجهات ذات العلاقة لاتخاذ الإجراءات اللازمة لإغلاقه ومنع مرور المركبات عليه تماما، إلى أن ترفعه الشركة المنفذة بصورة نهائية بعد اكتمال إنجاز الجسر المعلّق البديل".
""", [
    ev("closure-recommendation", "ذي قار تغلق جسر الزيتون وتتجه لرفعه بشكل كامل", INSPECT, "no own expression; the headline for the directorate's call of Tue 6 Jan 2026 to close the bridge"),
    ev("field-inspection", "جرت يوم الثلاثاء الموافق 2026/1/6 معاينة ميدانية للجسر الحالي", INSPECT, "'يوم الثلاثاء الموافق 2026/1/6' (a Tuesday)"),
    ev("closure-request", "ستُفاتَح الجهات ذات العلاقة لاتخاذ الإجراءات اللازمة لإغلاقه", REQUEST[0], "no own expression; announced on Tue 6 Jan 2026 for the following days (my span 6-10 Jan)", end=REQUEST[1]),
])
art(S, "https://www.kurdistan24.net/ar/story/886361/%D8%AC%D8%B3%D8%B1-%D8%A7%D9%84%D8%B2%D9%8A%D8%AA%D9%88%D9%86-%D9%81%D9%8A-%D8%A7%D9%84%D9%86%D8%A7%D8%B5%D8%B1%D9%8A%D8%A9-%D9%86%D8%A7%D9%82%D9%88%D8%B3-%D8%AE%D8%B7%D8%B1-%D9%8A%D9%86%D8%B0%D8%B1-%D8%A8%D9%83%D8%A7%D8%B1%D8%AB%D8%A9-%D8%A5%D9%86%D8%B3%D8%A7%D9%86%D9%8A%D8%A9-%D9%88%D8%B3%D8%B7-%D9%85%D8%B7%D8%A7%D9%84%D8%A8%D8%A7%D8%AA-%D8%A8%D8%A7%D9%84%D8%AA%D8%AF%D8%AE%D9%84-%D8%A7%D9%84%D8%B9%D8%A7%D8%AC%D9%84",
    "2026-01-10", "page stamp 'date 2026-01-10' (a Saturday; not kept); the page furniture 'منذ ساعة' and the truncated last sentence dropped; headline rendered from the URL slug; no date expression in the text", False, """
جسر الزيتون في الناصرية ناقوس خطر ينذر بكارثة إنسانية وسط مطالبات بالتدخل العاجل
أربيل (كوردستان 24)- تتزايد في مدينة الناصرية، مركز محافظة ذي قار، المخاوف من سقوط جسر الزيتون الحديدي (الذي يسميه الأهالي الجسر الحديدي)، مع تدهور واضح في حالته الإنشائية وظهور علامات تهالك شديد على دعاماته الأساسية، بما يمثل تهديدا مباشرا لآلاف المواطنين.
ويُعد جسر الزيتون من أهم المعابر الاستراتيجية في المحافظة، إذ يصل ضفتي المدينة (الجزيرة والشامية).
ويعبر الجسر يومياً آلاف المركبات والمشاة، وهو ممر رئيسي لطلبة جامعة ذي قار وطريق حيوي يربط المحافظة بالعاصمة بغداد وبالمحافظات الغربية والجنوبية.
وفي هذا الإطار، قال سعد الركابي، أحد سكان المدينة، لـ"كوردستان 24": "هذا الجسر طريق حيوي جدا يصلنا بالجامعة وبطريق بغداد، وإذا انهار فنحن أمام كارثة ومجزرة حقيقية. نطالب الحكومة بإيجاد بدائل فورية وإنجاز الجسر الجديد بأسرع وقت ممكن".
في المقابل، أكد مختصون ومسؤولون محليون أن الناصرية تعاني نقصا حادا في عدد الجسور قياسا بكثافتها السكانية ومساحتها.
""", [
    ev("collapse-fears", "المخاوف من سقوط جسر الزيتون الحديدي", FEARS[0], "no own expression; the fears since the directorate's warning of Tue 6 Jan 2026, up to the report of Sat 10 Jan (my span)", end=FEARS[1]),
    ev("resident-appeal", "قال سعد الركابي، أحد سكان المدينة، لـ\"كوردستان 24\"", "2026-01-08", "no own expression; an interview given in the days before the report of Sat 10 Jan 2026 (my span 8-10 Jan)", end="2026-01-11"),
    ev("suspension-bridge-completion", "وإنجاز الجسر الجديد بأسرع وقت ممكن", NEWBRIDGE[0], "no own expression; the awaited completion of the replacement bridge (my span: the rest of 2026)", end=NEWBRIDGE[1]),
    ev("officials-bridge-shortage", "أكد مختصون ومسؤولون محليون أن الناصرية تعاني نقصا حادا", "2026-01-08", "no own expression; said in the days before the report of Sat 10 Jan 2026 (my span 8-10 Jan)", end="2026-01-11"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 300)
                            if i != 201 and i != 295
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

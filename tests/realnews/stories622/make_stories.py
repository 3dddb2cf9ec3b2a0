"""Builds stories.jsonl: the 622-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: bridges, tunnels and ring roads opened or closed for
repairs in Arab capitals, with traffic diversions and dates announced.
Stories: the opening of the Mouahidine tunnel in Casablanca (Morocco, June 2021), the removal of the Sayeda
Aisha bridge in Cairo (Egypt, January-February 2026), and the night closure of the Amman-Salt road and the
Dababneh tunnel for a pedestrian bridge (Jordan, January 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-casablanca-mouahidine-tunnel-opening-2021
S = "morocco-casablanca-mouahidine-tunnel-opening-2021"
OPENING = "2021-06-26"                     # the tunnel was opened on Sat 26 Jun 2021 at 7 pm
WORKS = ("2017-06-01", OPENING)            # '48 شهرا' / 'أربع سنوات' of works before the opening (my span)
REACTIONS = ("2021-06-26", "2021-06-28")   # residents' reactions, between the opening and Mon 28 Jun (my span)
art(S, "https://asrarpres.com/?p=4952",
    "2021-06-24", "no date on the stored page; the body's 'بعد غد السبت 26 يونيو الجاري' for the opening (held on Sat 26 Jun 2021: alyaoum24 'مساء اليوم السبت', medi1news of Sun 27 Jun) gives Thu 24 Jun 2021 (26 Jun 2021 was a Saturday; the wali Ahmidouch and the mayor al-Amari fix the year); the site tag 'أسرار بريس….' dropped; headline written from the body (the stored text has none); the last, truncated paragraph on the tunnel's equipment dropped", False, """
الدار البيضاء تفتتح نفق الموحدين يوم السبت
قررت سلطات جماعة مدينة الدار البيضاء، بعد حوالي سنتين من انطلاق أشغاله، فتح نفق الموحدين تحت الأرضي الذي يبلغ طوله 2270 مترا، بعد غد السبت 26 يونيو الجاري في الساعة 7 مساء، بحضور سعيد احميدوش، والي جهة الدار البيضاء - سطات، وعبد العزيز العماري، عمدة المدينة.
وبحسب مصادر من شركة الدار البيضاء للتنمية، سيسهم النفق، الذي يعد الأكبر في إفريقيا، في التخفيف من الاختناقات المرورية التي تعرفها العاصمة الاقتصادية في ساعات الذروة، إذ يرتقب أن تعبره 53 ألف سيارة يوميا، وقد يبلغ المعدل 4000 سيارة في الساعة.
ويخدم النفق سائقي السيارات المتجهين إلى كل ملتقيات الطرق التي تربط شرق الدار البيضاء، ومنها طريق البرنوصي وعين السبع، نحو مسجد الحسن الثاني ومنطقة عين الذئاب، مرورا بمنطقة مارينا.
وتجدر الإشارة إلى أن إنجاز النفق، الذي تبلغ كلفته الإجمالية 860 مليون درهم، استغرق 48 شهرا من الأشغال المتواصلة، وأشرفت عليه شركات تركية وإيطالية ومكتب دراسات مغربي.
""", [
    ev("tunnel-opening", "بعد غد السبت 26 يونيو الجاري في الساعة 7 مساء", OPENING, "'بعد غد السبت 26 يونيو الجاري' = Sat 26 Jun 2021 (7 pm)"),
    ev("construction-works", "استغرق 48 شهرا من الأشغال المتواصلة", WORKS[0], "'48 شهرا' of works ending with the opening of Sat 26 Jun 2021 (my span June 2017 - 25 Jun 2021)", end=WORKS[1]),
])
art(S, "https://maghress.com/alyaoum24/1556764",
    "2021-06-26", "no date on the stored page (an alyaoum24 report carried by maghress); the body's 'مساء اليوم السبت' for the opening, which asrarpres announced for 'السبت 26 يونيو' at 7 pm, gives Sat 26 Jun 2021; headline written from the body (the stored text has none); the last, truncated sentence on the tunnel's equipment dropped", False, """
البيضاويون يستبشرون بافتتاح نفق الموحدين
عم التفاؤل سكان الدار البيضاء بعدما افتتح مساء اليوم السبت "نفق الموحدين"، الذي يصل شارع الجيش الملكي بمحج مسجد الحسن الثاني ومشروع "مارينا"، وذلك بحضور سعيد احميدوش، والي جهة الدار البيضاء سطات، وعبد العزيز العماري، عمدة الدار البيضاء.
وينتظر أن يسهم هذا النفق المشيد تحت الأرض في تخفيف ضغط حركة المرور والسير والجولان، التي صارت تعرف اكتظاظا شديدا في العاصمة الاقتصادية وتقض مضجع البيضاويين.
كما يرتقب أن يقلص افتتاحه الاختناقات المرورية للسيارات ولمختلف وسائل النقل، بما سيغير حركة السير في كل ملتقيات الطرق الممتدة على شارع الموحدين وشارع سيدي محمد بن عبد الله ومحج زايد أوحمد، وصولا إلى شارع القوات المسلحة الملكية بعد ملتقى الطرق بساحة الزلاقة.
ويعد نفق الموحدين من أطول الأنفاق في إفريقيا، إذ يمتد على 2179 مترا، منها 1817 مترا تحت الأرض.
ويشمل المشروع على المستوى الأرضي تهيئة كل ملتقيات الطرق وإحداث مسلكين في كل اتجاه، وإعادة تهيئة ساحة الزلاقة لتمكين الخط الثالث للترامواي من العبور وتخفيف الازدحام في نقط المرور، إلى جانب تهيئة مواقف عمومية للسيارات.
""", [
    ev("tunnel-opening", "بعدما افتتح مساء اليوم السبت", OPENING, "'مساء اليوم السبت' = Sat 26 Jun 2021"),
    ev("construction-works", "ويشمل المشروع على المستوى الأرضي تهيئة كل ملتقيات الطرق", WORKS[0], "no own expression; the project's works, which lasted 48 months up to the opening of Sat 26 Jun 2021 (asrarpres; my span June 2017 - 25 Jun 2021)", end=WORKS[1]),
])
art(S, "https://medi1news.com/ar/article/222805",
    "2021-06-27", "date line 'الأحد ٢٧ يونيو ٢٠٢١ 15:03' on the page (27 Jun 2021 was a Sunday); the body has no date of its own; the date line, the section 'مجتمع', 'استمع المقال' and the byline 'روبورتاج عصام العباري' dropped; headline kept from the page", True, """
روبورتاج يرصد ارتسامات البيضاويين بعد افتتاح نفق الموحدين
شهدت العاصمة الاقتصادية الدار البيضاء تدشين نفق الموحدين وفتحه أمام حركة المرور، وذلك بعد مرحلة من الأشغال والإنجاز دامت أربع سنوات.
ومن شأن هذا النفق أن يخفف الاختناقات المرورية في عدد من شرايين المدينة، وهو يعد من أطول الأنفاق المرورية في القارة الإفريقية.
""", [
    ev("tunnel-opening", "تدشين نفق الموحدين وفتحه أمام حركة المرور", OPENING, "no own expression; the opening of Sat 26 Jun 2021, the day before this report (alyaoum24 'مساء اليوم السبت')"),
    ev("construction-works", "الأشغال والإنجاز دامت أربع سنوات", WORKS[0], "'أربع سنوات' of works ending with the opening of Sat 26 Jun 2021 (my span June 2017 - 25 Jun 2021)", end=WORKS[1]),
    ev("residents-reactions", "يرصد ارتسامات البيضاويين", REACTIONS[0], "no own expression; the residents' impressions gathered after the opening of Sat 26 Jun 2021 and aired on Sun 27 Jun (my span 26-27 Jun)", end=REACTIONS[1]),
])
art(S, "https://maroc28.ma/%d8%a7%d9%84%d8%a8%d9%8a%d8%b6%d8%a7%d9%88%d9%8a%d9%88%d9%86-%d9%8a%d8%aa%d9%85%d9%86%d9%88%d9%86-%d8%a3%d9%86-%d9%8a%d8%ae%d9%81%d9%81-%d9%86%d9%81%d9%82-%d8%a7%d9%84%d9%85%d9%88%d8%ad%d8%af%d9%8a/page/2",
    "2021-06-28", "no date on the stored page; the body's 'أول أمس السبت' for the opening of Sat 26 Jun 2021 (alyaoum24 'مساء اليوم السبت'; medi1news of Sun 27 Jun) gives Mon 28 Jun 2021; headline rendered from the URL slug (cut there, completed from the body)", False, """
البيضاويون يتمنون أن يخفف نفق الموحدين من الاختناق المروري
تابع سكان الدار البيضاء أول أمس السبت تدشين نفق الموحدين بشارع الجيش الملكي، الذي يصل إلى مسجد الحسن الثاني مرورا بمحطة القطار.
ويتطلع البيضاويون، وفق تصريحات متفرقة أدلوا بها، إلى أن يخفف هذا النفق الجديد حركة السير والجولان في هذه النقطة التي تعرف اختناقا شديدا.
ويبلغ طول نفق الموحدين، الذي يعد أطول نفق في إفريقيا، 2179 مترا، منها 1817 مترا تحت الأرض، ويرتقب أن يقلص الاختناقات المرورية للسيارات ولمختلف وسائل النقل، بما سيغير حركة السير في كل ملتقيات الطرق على امتداد شارع الموحدين وشارع سيدي محمد بن عبد الله.
""", [
    ev("tunnel-opening", "تابع سكان الدار البيضاء أول أمس السبت تدشين نفق الموحدين", OPENING, "'أول أمس السبت' in an article of Mon 28 Jun 2021 = Sat 26 Jun"),
    ev("residents-reactions", "وفق تصريحات متفرقة أدلوا بها", REACTIONS[0], "no own expression; the residents' statements after the opening of Sat 26 Jun 2021, before this report of Mon 28 Jun (my span 26-27 Jun)", end=REACTIONS[1]),
])

# ---------------------------------------------------------------- egypt-cairo-sayeda-aisha-bridge-removal-2026
S = "egypt-cairo-sayeda-aisha-bridge-removal-2026"
TRIAL = "2026-01-08"                       # the governor announced the trial run of the new Salah Salem axis on Thu 8 Jan 2026
REMOVAL_START = "2026-01-30"               # dismantling began at midnight, the first moments of Fri 30 Jan 2026
REMOVAL = (REMOVAL_START, "2026-03-01")    # 'لمدة 30 يومًا' from Fri 30 Jan 2026 (my span 30 Jan - 28 Feb)
art(S, "https://www.elmillionsnews.com/%d9%81%d9%8a%d8%af%d9%8a%d9%88-%d8%aa%d8%b4%d8%ba%d9%8a%d9%84-%d8%a7%d9%84%d9%85%d8%ad%d9%88%d8%b1-%d8%a7%d9%84%d8%a8%d8%af%d9%8a%d9%84-%d9%84%d8%b5%d9%84%d8%a7%d8%ad-%d8%b3%d8%a7%d9%84%d9%85-%d9%82",
    "2026-01-29", "no date on the stored page; the body's 'في تمام الساعة 12 ليلاً اليوم الخميس' for the start of the dismantling, which began at midnight at the very start of Fri 30 Jan 2026 (masrawy of Fri 30 Jan: 'خلال اللحظات الأولى من اليوم الجمعة'), gives Thu 29 Jan 2026; the section tag 'سياسة', the sub-heads and the FAQ form dropped (the FAQ answers kept as sentences); headline kept from the page", False, """
فيديو.. تشغيل المحور البديل لصلاح سالم قبل إزالة كوبري السيدة عائشة
تواصل الجهات المختصة تنفيذ مشروعات للبنية التحتية ترمي إلى تيسير التنقل والحد من الاختناقات في منطقة السيدة عائشة بمحافظة القاهرة.
وأعلنت محافظة القاهرة بدء التشغيل التجريبي لمحور صلاح سالم البديل، ضمن سلسلة من الإجراءات الهادفة إلى رفع كفاءة الحركة وتطوير المنطقة قبل فك كوبري السيدة عائشة وإزالته نهائيا.
ويجري اختبار المحور البديل بوصفه المسار الرئيسي لسير المركبات، مع مراجعة قدرة المسارات الاستيعابية وإرشادات السلامة.
وفيما يخص ترتيبات إزالة الكوبري، ستشرع المحافظة في تمام الساعة 12 ليلاً اليوم الخميس في فك مكونات الكوبري وإزالتها بصورة نهائية.
ومن المنتظر أن يتيح ذلك مسارات إضافية ويسهل حركة المرور في المنطقة، مع التزام الجهات المختصة بتوفير بدائل وتوجيه السائقين والحد من آثار أعمال التطوير.
وستتأثر الحركة أثناء التنفيذ، إذ ستخضع المناطق المحيطة لإجراءات لتوجيه المرور وتحديد مسارات بديلة.
""", [
    ev("salah-salem-trial-run", "وأعلنت محافظة القاهرة بدء التشغيل التجريبي لمحور صلاح سالم البديل", TRIAL, "no own expression; the governor announced the trial run of the alternative Salah Salem axis on Thu 8 Jan 2026 (masrawy and elbalad of 8 Jan; masrawy of 30 Jan: 'وكان أعلن')"),
    ev("bridge-removal", "قبل فك كوبري السيدة عائشة وإزالته نهائيا", REMOVAL[0], "no own expression; the dismantling from Fri 30 Jan 2026 'لمدة 30 يومًا' (elbalad of 5 Feb; my span 30 Jan - 28 Feb)", end=REMOVAL[1]),
    ev("removal-start", "في تمام الساعة 12 ليلاً اليوم الخميس", REMOVAL_START, "'الساعة 12 ليلاً اليوم الخميس' = midnight at the end of Thu 29 Jan 2026, i.e. the first moments of Fri 30 Jan (masrawy: 'خلال اللحظات الأولى من اليوم الجمعة')"),
    ev("traffic-diversions", "لإجراءات لتوجيه المرور وتحديد مسارات بديلة", REMOVAL[0], "no own expression; the diversions during the dismantling, from Fri 30 Jan 2026 for its 30 days (my span 30 Jan - 28 Feb)", end=REMOVAL[1]),
])
art(S, "https://www.masrawy.com/news/news_egypt/details/2026/1/30/2934227/%D8%A8%D8%AF%D8%A1-%D9%81%D9%83-%D9%88%D8%A5%D8%B2%D8%A7%D9%84%D8%A9-%D9%83%D9%88%D8%A8%D8%B1%D9%8A-%D8%A7%D9%84%D8%B3%D9%8A%D8%AF%D8%A9-%D8%B9%D8%A7%D8%A6%D8%B4%D8%A9-%D9%88%D9%85%D8%AD%D9%88%D8%B1-%D8%A8%D8%AF%D9%8A%D9%84-%D8%A8%D8%B7%D9%88%D9%84-3-%D9%83%D9%85",
    "2026-01-30", "the page address carries /2026/1/30/ (Fri 30 Jan 2026) and the body's 'خلال اللحظات الأولى من اليوم الجمعة' agrees (30 Jan 2026 was a Friday); the related link on the book fair, the photo credit and the closing sentence copied from an older report ('أواخر ديسمبر المقبل', written in November 2025) dropped; headline rendered from the URL slug", True, """
بدء فك وإزالة كوبري السيدة عائشة ومحور بديل بطول 3 كم
أعلنت محافظة القاهرة أن أعمال فك كوبري السيدة عائشة وإزالته انطلقت خلال اللحظات الأولى من اليوم الجمعة، بالتوازي مع تنفيذ التحويلات المرورية اللازمة.
وكان الدكتور إبراهيم صابر، محافظ القاهرة، قد أعلن انطلاق التشغيل التجريبي لمحور صلاح سالم البديل، الذي أنجزته الهيئة الهندسية للقوات المسلحة بالتعاون مع المحافظة، على امتداد نحو 3 كم من منطقة القلعة حتى الفسطاط، في إطار جهود الدولة لتطوير منطقة السيدة عائشة ومعالجة مشكلاتها المرورية وتيسير الحركة فيها تمهيدا لفك الكوبري وإزالته.
وفي الاتجاه القادم من مصر القديمة ومحور الحضارات، أوضح المحافظ أن هناك مدخلا لنفق الإمام الشافعي، وآخر لشارع الخلا بالتونسي ثم إلى طريق الأوتوستراد، إضافة إلى مدخل للإباجية، مع مواصلة السير في الطريق نفسه وصولا إلى صلاح سالم من جديد.
وأشار المحافظ إلى أن المحور الجديد سيحقق ربطا أفضل بين عدد من المناطق السياحية والتاريخية.
""", [
    ev("removal-start", "انطلقت خلال اللحظات الأولى من اليوم الجمعة", REMOVAL_START, "'خلال اللحظات الأولى من اليوم الجمعة' = Fri 30 Jan 2026"),
    ev("traffic-diversions", "بالتوازي مع تنفيذ التحويلات المرورية اللازمة", REMOVAL[0], "no own expression; the diversions from Fri 30 Jan 2026 for the 30 days of the dismantling (my span 30 Jan - 28 Feb)", end=REMOVAL[1]),
    ev("salah-salem-trial-run", "قد أعلن انطلاق التشغيل التجريبي لمحور صلاح سالم البديل", TRIAL, "no own expression ('وكان ... قد أعلن'); the governor's announcement of Thu 8 Jan 2026 (masrawy and elbalad of that day)"),
    ev("bridge-removal", "تمهيدا لفك الكوبري وإزالته", REMOVAL[0], "no own expression; the dismantling from Fri 30 Jan 2026 for 30 days (elbalad of 5 Feb; my span 30 Jan - 28 Feb)", end=REMOVAL[1]),
])
art(S, "https://www.elbalad.news/6859893",
    "2026-02-05", "no date line in the stored text; the body's 'يفضلون اليوم الخميس للخروج الأسبوعي' in the expert's call to the morning show, with the closures of late January 2026 still running, gives Thu 5 Feb 2026 (5 Feb 2026 was a Thursday; the search record of the page is dated 2026-02-05); headline written from the body (the stored text has none); the last, truncated item on the Haram closure dropped", False, """
خبير مروري يرصد أبرز الإغلاقات والتحويلات في القاهرة الكبرى
نبه الخبير المروري اللواء أحمد هشام إلى الكثافات المرورية التي تعرفها الطرق السريعة ومواقف الحافلات والميكروباصات في عطلة نهاية الأسبوع، مشيرا إلى أن سكان القاهرة والإسكندرية يفضلون اليوم الخميس للخروج الأسبوعي، وهو ما يضاعف زحام الطرق في آخر اليوم.
وأوضح هشام، في مداخلة هاتفية مع برنامج "صباح البلد" الذي يقدمه أحمد دياب على قناة "صدى البلد"، أن عدة مناطق تشهد إغلاقات جزئية وكاملة بسبب أعمال التطوير، مع وضع علامات إرشادية وتحذيرية قبل نحو 300 متر لتوجيه السائقين إلى محاور بديلة.
ومن أبرز هذه الإغلاقات:
كوبري مصر للطيران: إغلاق كامل في اتجاه شارع الميرغني لمدة 3 أشهر، مع تحديد مسارات بديلة.
كوبري السيدة عائشة بطريق صلاح سالم: إزالة الكوبري لمدة 30 يومًا، مع التأكيد على كفاءة محور صلاح سالم الجديد في تيسير الحركة والربط بين مناطق الفسطاط والمتحف والكورنيش وحديقة الأزهر.
منزل كوبري التسعين الجنوبي: إغلاق تام في اتجاه المعادي لمدة 3 أسابيع، مع تحويل الحركة إلى محور المشير طنطاوي ثم الدوران من كوبري الواحة.
""", [
    ev("expert-phone-call", "في مداخلة هاتفية مع برنامج \"صباح البلد\"", "2026-02-05", "no own expression; the morning show of Thu 5 Feb 2026, the day of 'اليوم الخميس'"),
    ev("bridge-removal", "إزالة الكوبري لمدة 30 يومًا", REMOVAL[0], "'لمدة 30 يومًا' counted from the start of the dismantling on Fri 30 Jan 2026 (masrawy; my span 30 Jan - 28 Feb)", end=REMOVAL[1]),
    ev("misr-air-bridge-closure", "إغلاق كامل في اتجاه شارع الميرغني لمدة 3 أشهر", "2026-01-25", "'لمدة 3 أشهر' from the closure's start on Sun 25 Jan 2026 (the interior ministry's statement, masrawy of 26 Jan: 'اعتبارًا من يوم الأحد الموافق 25/1/2026'); my span 25 Jan - 24 Apr 2026", end="2026-04-25"),
])

# ---------------------------------------------------------------- jordan-amman-salt-road-dababneh-tunnel-closure-2026
S = "jordan-amman-salt-road-dababneh-tunnel-closure-2026"
ANNOUNCED = "2026-01-15"                   # the ministry's statement, Thu 15 Jan 2026 (alwakeelnews stamp 15-01-2026 02:00 م)
CLOSURE = "2026-01-16"                     # closures from 3 am on Fri 16 Jan 2026 until the morning
art(S, "https://watananews.com/505815/",
    "2026-01-15", "no date line in the stored text; the body announces the closure 'اعتباراً من الساعة الثالثة من فجر يوم الجمعة الموافق 16/1/2026' as still to come, and the same ministry statement is stamped 'الخميس، 15-01-2026 02:00 م' on alwakeelnews (the search record of this page is dated 2026-01-15), so it was published on Thu 15 Jan 2026; 'وطنا اليوم:' dropped; headline written from the body (the stored text has none)", False, """
إغلاق نفق الدبابنة لتركيب جسر مشاة على طريق عمان-السلط
تعلن وزارة الأشغال العامة والإسكان، بالتنسيق مع إدارة السير، أنها ستبدأ تركيب جسر مشاة معدني على طريق عمان-السلط مقابل قصر العدل في محافظة البلقاء.
وتتطلب هذه الأعمال إغلاق الطريق أمام حركة السير إغلاقا مؤقتا وكاملا في الاتجاهين على التوالي، إلى جانب إغلاق نفق الدبابنة وتحويل المركبات إلى أعلاه، اعتباراً من الساعة الثالثة من فجر يوم الجمعة الموافق 16/1/2026 وحتى ساعات الصباح، وبحسب متطلبات العمل والأحوال الجوية.
وجهزت الوزارة التحويلات المرورية بجميع متطلبات السلامة العامة واللوحات الإرشادية لضمان انسياب المرور، ودعت سالكي الطريق إلى التقيد بتعليمات الكوادر الميدانية والأجهزة الأمنية وبقواعد القيادة الآمنة حرصا على سلامة الجميع في الموقع.
""", [
    ev("ministry-announcement", "تعلن وزارة الأشغال العامة والإسكان", ANNOUNCED, "no own expression; the ministry's statement of Thu 15 Jan 2026 (alwakeelnews stamp '15-01-2026 02:00 م')"),
    ev("pedestrian-bridge-installation", "أنها ستبدأ تركيب جسر مشاة معدني", CLOSURE, "no own expression; the works of the night ending at dawn on Fri 16 Jan 2026 (the closure 'فجر يوم الجمعة الموافق 16/1/2026')"),
    ev("road-closure", "إغلاق الطريق أمام حركة السير إغلاقا مؤقتا وكاملا", CLOSURE, "'اعتباراً من الساعة الثالثة من فجر يوم الجمعة الموافق 16/1/2026 وحتى ساعات الصباح' = Fri 16 Jan 2026, 3 am to the morning"),
    ev("tunnel-closure", "إغلاق نفق الدبابنة وتحويل المركبات إلى أعلاه", CLOSURE, "'فجر يوم الجمعة الموافق 16/1/2026' = Fri 16 Jan 2026"),
])
art(S, "https://www.alwakeelnews.com/Section_1/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D9%85%D8%AD%D9%84%D9%8A%D8%A9/%D8%A5%D8%BA%D9%84%D8%A7%D9%82%D8%A7%D8%AA-%D9%88%D8%AA%D8%AD%D9%88%D9%8A%D9%84%D8%A7%D8%AA-%D9%85%D8%B1%D9%88%D8%B1%D9%8A%D8%A9-%D8%B9%D9%84%D9%89-%D8%B7%D8%B1%D9%8A%D9%82-%D8%B9%D9%85%D8%A7%D9%86-%D8%A7%D9%84%D8%B3%D9%84%D8%B7_761158",
    "2026-01-16", "no date line in the stored text; the body's 'من فجر اليوم الجمعة' for the closure that the ministry had set for 'فجر يوم الجمعة الموافق 16/1/2026' (watananews, alwakeelnews of Thu 15 Jan) gives Fri 16 Jan 2026 (the search record of the page is dated 2026-01-16); 'الوكيل الإخباري-' dropped; headline rendered from the URL slug", False, """
إغلاقات وتحويلات مرورية على طريق عمان السلط
أعلنت وزارة الأشغال العامة والإسكان، بالتعاون مع إدارة السير، الشروع في أعمال تركيب جسر مشاة معدني على طريق عمان- السلط قبالة قصر العدل في محافظة البلقاء.
ووفق بيان صادر عن الوزارة، تشمل هذه الأعمال إغلاق حركة السير إغلاقا مؤقتا وكاملا في الاتجاهين تباعا، فضلا عن إغلاق نفق الدبابنة وتحويل المرور إلى أعلاه، اعتباراً من الساعة الثالثة من فجر اليوم الجمعة وحتى ساعات الصباح، بحسب مقتضيات العمل والظروف الجوية.
""", [
    ev("ministry-announcement", "أعلنت وزارة الأشغال العامة والإسكان", ANNOUNCED, "no own expression; the statement was issued on Thu 15 Jan 2026 (alwakeelnews' own report stamped '15-01-2026 02:00 م'), the day before the closure"),
    ev("pedestrian-bridge-installation", "الشروع في أعمال تركيب جسر مشاة معدني", CLOSURE, "no own expression; the works from 3 am on Fri 16 Jan 2026 ('فجر اليوم الجمعة')"),
    ev("road-closure", "إغلاق حركة السير إغلاقا مؤقتا وكاملا في الاتجاهين", CLOSURE, "'اعتباراً من الساعة الثالثة من فجر اليوم الجمعة وحتى ساعات الصباح' = Fri 16 Jan 2026"),
    ev("tunnel-closure", "إغلاق نفق الدبابنة وتحويل المرور إلى أعلاه", CLOSURE, "'فجر اليوم الجمعة' = Fri 16 Jan 2026"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 622
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

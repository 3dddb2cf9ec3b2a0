"""Builds stories.jsonl: the 423-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: summer power and water outages in Arab cities (Iraq,
Lebanon, Egypt, Kuwait, Syria, Libya, Yemen): grid collapses, load-shedding schedules announced, protests over
outages, repairs and restored supply.
Stories: the electricity protests of Fri 1 Jul 2022 in Libya and the storming of the House of Representatives
in Tobruk (Libya, July 2022), and the power cuts after the gas supply fault
at the Sabiya and Doha West plants (Kuwait, August 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- libya-tobruk-parliament-power-protests-2022
S = "libya-tobruk-parliament-power-protests-2022"
FRI = "2022-07-01"                         # protests across Libya, parliament in Tobruk stormed and burned, evening of Fri 1 Jul 2022
GENEVA = "2022-06-30"                      # the Geneva round of Aguila Saleh and Khaled al-Mishri ended on Thu 30 Jun 2022 without a deal
NIGHT = ("2022-07-03", "2022-07-05")       # marches and road blocks in Tripoli on the night of Sun 3 to Mon 4 Jul 2022
MON = "2022-07-04"                         # the new rally called for Martyrs' Square, Mon 4 Jul 2022 at 16:00
art(S, "https://www.dw.com/ar/احتجاجات-في-مدن-ليبية-واقتحام-لمقر-البرلمان-في-طبرق/a-62335161",
    "2022-07-01", "page date line '١ يوليو ٢٠٢٢' (kept as second line, Arabic-Indic digits; 1 Jul 2022 was a Friday); the body's 'اليوم الجمعة (الأول من يوليو/ تموز 2022)' agrees; stored through a mirror of dw.com, the dw.com address given; headline kept from the page; the last, truncated sentence shortened", True, """
احتجاجات في مدن ليبية ومحتجون يقتحمون مقر البرلمان في طبرق
١ يوليو ٢٠٢٢
أفادت وسائل إعلام ليبية بأن محتجين دخلوا عنوة مقر البرلمان الليبي في مدينة طبرق شرقي البلاد اليوم الجمعة (الأول من يوليو/ تموز 2022)، تنديدا بتردي الظروف المعيشية وبالأزمة السياسية.
ونقلت محطات تلفزيونية عدة أن المحتجين ولجوا المبنى وألحقوا به أضرارا، فيما بينت صور بثتها هذه المحطات سحبا كثيفة من الدخان الأسود ترتفع حول المبنى إثر إشعال متظاهرين غاضبين الإطارات.
وأشارت وسائل إعلام أخرى إلى احتراق جزء من المبنى، الذي كان فارغا لحظة دخول المحتجين إليه لأن الجمعة يوم عطلة رسمية في ليبيا.
وبينت اللقطات أن متظاهرا يقود جرافة أسقط جزءا من بوابة مجمع المبنى، مما يسر على المحتجين اقتحامه. كما أحرقت سيارات تعود لأعضاء في مجلس النواب.
ورمى محتجون آخرون، لوّح بعضهم بالرايات الخضراء لنظام معمر القذافي، أوراقا في الهواء بعدما أخرجوها من المكاتب.
وفي طرابلس، تجمع المئات في ساحة الشهداء مرددين هتافات تطالب بالكهرباء وتندد بالحكومتين المتنافستين في البلاد، في أكبر احتجاجات تشهدها منذ عامين على الأقل.
وشارك العشرات في احتجاجات أصغر خرجت في بنغازي وفي بلدات أصغر.
""", [
    ev("parliament-storming", "محتجين دخلوا عنوة مقر البرلمان الليبي في مدينة طبرق", FRI, "'اليوم الجمعة (الأول من يوليو/ تموز 2022)' = Fri 1 Jul 2022"),
    ev("tobruk-tyres-burned", "إثر إشعال متظاهرين غاضبين الإطارات", FRI, "no own expression; the tyres burned around the building during the storming of Fri 1 Jul 2022"),
    ev("gate-bulldozed", "أسقط جزءا من بوابة مجمع المبنى", FRI, "no own expression; the bulldozer at the gate during the storming of Fri 1 Jul 2022"),
    ev("mps-cars-burned", "كما أحرقت سيارات تعود لأعضاء في مجلس النواب", FRI, "no own expression; during the storming of Fri 1 Jul 2022"),
    ev("tripoli-martyrs-square-rally", "تجمع المئات في ساحة الشهداء مرددين هتافات", FRI, "no own expression; the Tripoli rally of the same Friday, 1 Jul 2022"),
    ev("protests-across-cities", "وشارك العشرات في احتجاجات أصغر خرجت في بنغازي", FRI, "no own expression; the protests in other cities on Fri 1 Jul 2022"),
])
art(S, "https://diwanfm.net/news/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85/%D9%84%D9%8A%D8%A8%D9%8A%D8%A7%3A-%D9%85%D8%AA%D8%B8%D8%A7%D9%87%D8%B1%D9%88%D9%86-%D9%8A%D9%82%D8%AA%D8%AD%D9%85%D9%88%D9%86-%D9%85%D9%82%D8%B1-%D8%A7%D9%84%D8%A8%D8%B1%D9%84%D9%85%D8%A7%D9%86-%D9%81%D9%8A-%D8%B7%D8%A8%D8%B1%D9%82",
    "2022-07-02", "page stamp '02 09:21 2022 جويلية' (kept verbatim as second line: 2 July 2022, 09:21; 2 Jul 2022 was a Saturday); the body's 'مساء أمس الجمعة' agrees; headline kept from the page; the source line 'المصدر: رويترز', the author line and the sidebar dropped", True, """
ليبيا: محتجون يقتحمون مقر البرلمان في طبرق
02 09:21 2022 جويلية
دخل محتجون مساء أمس الجمعة مقر البرلمان في مدينة طبرق شرقي ليبيا، تعبيرا عن غضبهم من تردي الأوضاع المعيشية ومن الأزمة السياسية، وذلك غداة انتهاء جولة مفاوضات جديدة بين الطرفين المتنازعين من دون أي اتفاق.
ونقلت قنوات تلفزيونية عديدة أن المحتجين ولجوا المبنى وخربوا أجزاء منه. وبينت صور سحبا كثيفة من الدخان الأسود ترتفع من محيط المبنى عقب حرق متظاهرين غاضبين للإطارات.
وأفادت وسائل إعلام أخرى بأن النار أتت على جزء من المبنى، الذي كان خاليا حين دخله المحتجون، إذ إن الجمعة يوم عطلة رسمية في ليبيا.
وأظهرت المشاهد جرافة يقودها متظاهر وهي تهدم قسما من بوابة مجمع المبنى، ما سهّل على المحتجين اقتحامه. وأضرمت النار كذلك في سيارات يملكها أعضاء في مجلس النواب.
""", [
    ev("parliament-storming", "دخل محتجون مساء أمس الجمعة مقر البرلمان", FRI, "'مساء أمس الجمعة' in a report of Sat 2 Jul 2022 = the evening of Fri 1 Jul 2022"),
    ev("geneva-talks-end", "غداة انتهاء جولة مفاوضات جديدة بين الطرفين المتنازعين", GENEVA, "'غداة' the storming of Fri 1 Jul = Thu 30 Jun 2022, the end of the Geneva round of Aguila Saleh and Khaled al-Mishri (outside knowledge)"),
    ev("tobruk-tyres-burned", "عقب حرق متظاهرين غاضبين للإطارات", FRI, "no own expression; during the storming of Fri 1 Jul 2022"),
    ev("gate-bulldozed", "وهي تهدم قسما من بوابة مجمع المبنى", FRI, "no own expression; during the storming of Fri 1 Jul 2022"),
    ev("mps-cars-burned", "وأضرمت النار كذلك في سيارات يملكها أعضاء", FRI, "no own expression; during the storming of Fri 1 Jul 2022"),
])
art(S, "https://roayahnews.com/articles/2022/07/02/1201205/%25D9%2584%25D9%258A%25D9%2584%25D8%25A9-%25D8%25BA%25D8%25B6%25D8%25A8-%25D9%2588%25D8%25AA%25D8%25AE%25D8%25B1%25D9%258A%25D8%25A8-%25D9%2588%25D8%25AD%25D8%25B1%25D8%25A7%25D8%25A6%25D9%2582-%25D9%2585%25D8%25A7%25D8%25B0%25D8%25A7-%25D8%25AD%25D8%25AF%25D8%25AB-%25D9%2581%25D9%258A-%25D9%2584%25D9%258A%25D8%25A8/",
    "2022-07-02", "date in the URL '/articles/2022/07/02/' (2 Jul 2022 was a Saturday); the body's 'أمس الجمعة 1 يوليو 2022' agrees; the byline 'محمود طلعت' and the sub-heading 'ما هي أبرز مطالب المحتجين؟' dropped; headline kept from the page; the last, truncated heading dropped; no date of its own in the text (it dates only the Friday of the protests)", False, """
ليلة غضب وتخريب وحرائق.. ماذا جرى في ليبيا؟
عرفت مدن ليبية عديدة احتجاجات غاضبة أعلن فيها المشاركون رفضهم للمرتزقة والفصائل المسلحة وصراع السياسيين والأوضاع المعيشية الراهنة.
اندلعت مظاهرات غاضبة في عدة مدن ليبية، ومنها العاصمة طرابلس، أمس الجمعة 1 يوليو 2022، تنديدا باستمرار الأزمات السياسية وتردي الخدمات في البلاد.
وتخللت المظاهرات تجمعات غاضبة للشباب، وأضرمت النار في مقر مجلس النواب في طبرق، وأمام مقر المجلس البلدي في بني وليد، فيما أعلن منظمو التظاهرات أنهم ماضون في الاحتجاج إلى أن تتحقق أهدافهم.
وتركزت مطالب المحتجين على الإسراع بإجراء الانتخابات، وتفويض المجلس الرئاسي بحل الأزمة السياسية، وحل أزمة الكهرباء، وإلغاء مقترح قرار رفع الدعم عن المحروقات، وتعديل وزن رغيف الخبز وسعره، وانسحاب القوات الأجنبية والمرتزقة من جميع الأراضي الليبية، بحسب بوابة الوسط الليبية.
وشكر منظمو الاحتجاجات الشباب في أنحاء ليبيا الذين خرجوا لنصرة المواطن البسيط الذي حُرم أبسط حاجاته من كهرباء وسائر مقومات العيش، في ظل تدهور الوضعين الاقتصادي والأمني جراء الفوضى والانقسام السياسي، وذلك في بيان نشره "تيار بالتريس الشبابي" على فيسبوك.
""", [
    ev("protests-across-cities", "اندلعت مظاهرات غاضبة في عدة مدن ليبية", FRI, "'أمس الجمعة 1 يوليو 2022' = Fri 1 Jul 2022"),
    ev("parliament-storming", "وأضرمت النار في مقر مجلس النواب في طبرق", FRI, "no own expression; the burning of the Tobruk parliament on the evening of Fri 1 Jul 2022 (same protests)"),
    ev("bani-walid-fire", "وأمام مقر المجلس البلدي في بني وليد", FRI, "no own expression; the fire in Bani Walid during the protests of Fri 1 Jul 2022"),
    ev("organisers-vow-to-continue", "أعلن منظمو التظاهرات أنهم ماضون في الاحتجاج", FRI, "no own expression; the organisers' statement after the protests of Fri 1 Jul, before this report of Sat 2 Jul 2022 (my span 1-2 Jul)", end="2022-07-03"),
    ev("baltrees-statement", "وذلك في بيان نشره \"تيار بالتريس الشبابي\" على فيسبوك", FRI, "no own expression; the Baltrees statement thanking the protesters, issued after the Friday protests and before this report of Sat 2 Jul 2022 (my span 1-2 Jul)", end="2022-07-03"),
])
art(S, "https://24.ae/article/711154/شباب-ليبيا-يقودون-المطالبة-بإسقاط-الحكومتين-والمجلسين",
    "2022-07-04", "page stamp 'الإثنين 4 يوليو 2022 / 19:47' (dropped: 4 Jul 2022 was a Monday); the body's 'اليوم الإثنين' and 'بعد 3 أيام من اقتحام' the parliament of Fri 1 Jul agree; the photo caption ('أمس الأحد') dropped; headline kept from the page; the last, truncated sentence dropped; no date of its own in the text", False, """
شباب ليبيا في طليعة المطالبين بإسقاط الحكومتين والمجلسين
تستمر الاحتجاجات في ليبيا، إذ من المقرر أن تنظم تظاهرة جديدة، اليوم الإثنين، في طرابلس، تنديدا بانقطاع التيار الكهربائي المزمن وبالانسداد السياسي، بعد 3 أيام من اقتحام محتجين مقر البرلمان وإحراقه في شرق البلاد.
وعبر وسائل التواصل الاجتماعي، دعت حركة شبابية تسمي نفسها "بالتريس" إلى مظاهرة جديدة في الرابعة مساءً اليوم، في ساحة الشهداء بطرابلس، للمطالبة بانتخابات رئاسية وتشريعية وبحل الحكومتين المتنافستين والبرلمان والمجلس الأعلى للدولة.
وتنوي الحركة الاحتجاج على تدهور الأوضاع المعيشية، وعلى انقطاع الكهرباء المزمن الذي يدوم ساعات طويلة يومياً، ويبلغ 18 ساعة متواصلة في الأيام شديدة الحرارة.
وأفاد صحافي في وكالة "فرانس برس" بأن مسيرات متفرقة جابت عدة أحياء في العاصمة ليل الأحد الإثنين، من دون أن تنتشر قوات الأمن في أماكن التظاهرات.
وأشعل شبان، أغلبهم ملثمون، إطارات السيارات، وقطعوا طرقا بينها الطريق الدائري في العاصمة والطريق الساحلي الذي يصل طرابلس بضواحيها الغربية.
""", [
    ev("monday-tripoli-rally", "من المقرر أن تنظم تظاهرة جديدة، اليوم الإثنين", MON, "'اليوم الإثنين' = Mon 4 Jul 2022 (the day of the report; 'في الرابعة مساءً اليوم')"),
    ev("parliament-storming", "بعد 3 أيام من اقتحام محتجين مقر البرلمان", FRI, "'بعد 3 أيام' before Mon 4 Jul = Fri 1 Jul 2022"),
    ev("baltrees-call", "دعت حركة شبابية تسمي نفسها \"بالتريس\"", "2022-07-02", "no own expression; the Baltrees call for the Monday rally, made after the Friday protests and before Mon 4 Jul 2022 (my span 2-4 Jul)", end="2022-07-05"),
    ev("tripoli-night-marches", "مسيرات متفرقة جابت عدة أحياء في العاصمة ليل الأحد الإثنين", NIGHT[0], "'ليل الأحد الإثنين' = the night of Sun 3 to Mon 4 Jul 2022", end=NIGHT[1]),
    ev("tripoli-roads-blocked", "وقطعوا طرقا بينها الطريق الدائري في العاصمة", NIGHT[0], "no own expression; the same night of Sun 3 to Mon 4 Jul 2022", end=NIGHT[1]),
])

# ---------------------------------------------------------------- kuwait-gas-supply-fault-power-cuts-2024
S = "kuwait-gas-supply-fault-power-cuts-2024"
SAT = "2024-08-17"                         # KNPC's gas processing units stopped, Sabiya and Doha West units cut back, Sat 17 Aug 2024
SUN = "2024-08-18"                         # the ministry cut power to parts of residential areas, Sun 18 Aug 2024
art(S, "https://arabic.starvisionnews.com/?p=39475",
    "2024-08-17", "dateline 'الكويت في 17 أغسطس' of the KUNA statement (kept; 17 Aug 2024 was a Saturday, the year from the event: the gas fault that the reports of Sun 18 Aug 2024 date 'يوم أمس'); the body's 'اليوم' agrees; headline written from the body (the stored text has none)", True, """
الكهرباء الكويتية تخفض الأحمال بعد توقف وحدات معالجة الغاز
الكويت في 17 أغسطس / أفادت وزارة الكهرباء والماء والطاقة المتجددة الكويتية بأن وحدات معالجة الغاز التابعة لشركة البترول الوطنية الكويتية شهدت اليوم توقفا كاملا، مما أضعف جودة الغاز الذي ترسله الشركة إلى بعض وحدات توليد الكهرباء في محطات القوى الكهربائية وتقطير المياه.
وبينت الوزارة في بيان أصدرته اليوم، بحسب ما نقلته وكالة الأنباء الرسمية، أنها عمدت تبعا لذلك إلى تقليص الأحمال الكهربائية على هذه الوحدات حماية للمنظومة الكهربائية.
وأوضحت أن شركة البترول الوطنية الكويتية أعادت تشغيل وحدات معالجة الغاز وأن الوضع قيد المتابعة، مضيفة أنها قد تجد نفسها مضطرة إلى قطع التيار الكهربائي عن بعض المناطق غير السكنية إن استدعت الحاجة ذلك، صونا لاستقرار المنظومة الكهربائية في الدولة.
وأشار البيان إلى أن أي مستجدات تخص وضع الشبكة الكهربائية ستعلن عبر حسابات الوزارة الرسمية على منصات التواصل الاجتماعي. ودعت الوزارة العملاء إلى ترشيد استهلاك الكهرباء في ساعات الذروة المقبلة، باتباع الإرشادات التي أصدرتها في هذا الشأن.
""", [
    ev("gas-units-halt", "شهدت اليوم توقفا كاملا", SAT, "'اليوم' = Sat 17 Aug 2024 (dateline)"),
    ev("loads-reduced", "عمدت تبعا لذلك إلى تقليص الأحمال الكهربائية", SAT, "no own expression ('في بيان أصدرته اليوم'); Sat 17 Aug 2024"),
    ev("gas-units-restarted", "أعادت تشغيل وحدات معالجة الغاز", SAT, "no own expression; the restart reported in the statement of Sat 17 Aug 2024"),
    ev("non-residential-cuts-warning", "قد تجد نفسها مضطرة إلى قطع التيار الكهربائي عن بعض المناطق غير السكنية", SAT, "no own expression; the warning in the statement of Sat 17 Aug 2024"),
    ev("rationing-appeal-saturday", "ودعت الوزارة العملاء إلى ترشيد استهلاك الكهرباء", SAT, "no own expression; the appeal in the statement of Sat 17 Aug 2024 (for 'ساعات الذروة المقبلة')"),
])
art(S, "https://arabiaweather.com/ar/content/الكويت-تلجأ-من-جديد-إلى-قطع-الكهرباء-والسبب",
    "2024-08-18", "page stamp '2024-08-18 2024-08-18T13:01:47Z' (kept as '2024-08-18' on the second line; 18 Aug 2024 was a Sunday); the byline 'ندى ماهر عبدربه', the 'شاهد أيضا' links and the sub-headings dropped; headline kept from the page", True, """
الكويت تعود من جديد إلى قطع الكهرباء.. وهذا هو السبب
2024-08-18
طقس العرب - أعلنت وزارة الكهرباء والماء والطاقة المتجددة في الكويت فصل التيار الكهربائي عن أجزاء من ثماني مناطق سكنية، سعيا إلى الحفاظ على استقرار المنظومة الكهربائية.
وبينت الوزارة أن المناطق المعنية هي: "جليب الشيوخ، حولي، مبارك الكبير، صباح الأحمد، العمرية، الفروانية، الجهراء القديمة، وأبوفطيرة".
وطالبت الوزارة بترشيد استهلاك الكهرباء في ساعات الذروة الممتدة من الساعة 11 صباحاً إلى الساعة 5 مساءً، مؤكدة ضرورة التقيد بالإرشادات التي أصدرتها، ومتعهدة بالإعلان عن أي مستجدات تتعلق بالشبكة الكهربائية.
وأرجعت الوزارة الانقطاع إلى خلل في إمدادات الوقود (الغاز) تسبب في توقف بعض وحدات توليد الكهرباء في محطتي الصبية والدوحة الغربية لتوليد الطاقة الكهربائية وتقطير المياه، بحسب وكالة الأنباء الكويتية "كونا".
""", [
    ev("residential-cuts", "فصل التيار الكهربائي عن أجزاء من ثماني مناطق سكنية", SUN, "no own expression; the cuts announced on Sun 18 Aug 2024 (page stamp)"),
    ev("rationing-appeal-sunday", "وطالبت الوزارة بترشيد استهلاك الكهرباء في ساعات الذروة", SUN, "no own expression; the appeal of Sun 18 Aug 2024 ('من الساعة 11 صباحاً إلى الساعة 5 مساءً')"),
    ev("gas-units-halt", "خلل في إمدادات الوقود (الغاز)", SAT, "no own expression; the gas supply fault of Sat 17 Aug 2024 (inside-iq: 'يوم أمس' on Sunday; the KUNA statement of 17 Aug)"),
    ev("sabiya-doha-units-tripped", "توقف بعض وحدات توليد الكهرباء في محطتي الصبية والدوحة الغربية", SAT, "no own expression; the units lost with the gas fault of Sat 17 Aug 2024"),
])
art(S, "https://inside-iq.com/2024/08/18/%d8%a7%d9%84%d9%83%d9%88%d9%8a%d8%aa-%d8%aa%d9%82%d8%b7%d8%b9-%d8%a7%d9%84%d8%aa%d9%8a%d8%a7%d8%b1-%d8%a7%d9%84%d9%83%d9%87%d8%b1%d8%a8%d8%a7%d8%a6%d9%8a-%d8%b9%d9%86-%d9%85%d9%86%d8%a7%d8%b7%d9%82",
    "2024-08-18", "date in the URL '/2024/08/18/' (18 Aug 2024 was a Sunday); the body's 'اليوم الأحد' agrees; the site's header date (that of the crawl, 'الجمعة, سبتمبر 20, 2024') and the comment form dropped; headline kept from the page; no date of its own in the text", False, """
الكويت تقطع الكهرباء عن عدة مناطق سكنية.. وهذا هو السبب
أنسايد نيوز/ أعلنت وزارة الكهرباء والماء والطاقة المتجددة في الكويت أنها ستقطع التيار الكهربائي عن أجزاء من بعض المناطق السكنية خلال ساعة من الإعلان، حرصا على استقرار المنظومة الكهربائية في البلاد.
وذكرت الوزارة في بيان صحفي اليوم الأحد أن "المناطق التي سيتم قطع التيار في أجزاء منها هي الرابية وسعد العبدالله والفحيحيل والرقعي وجليب الشيوخ والرحاب وأبو حليفة والفنيطيس وصباح الأحمد البحرية".
وكانت الوزارة قد طلبت في وقت سابق صباح اليوم من الجميع ترشيد استهلاك الكهرباء في ساعات الذروة من الساعة 11 صباحاً حتى الساعة 5 مساء باتباع إرشاداتها بهذا الخصوص، مشيرة إلى أنها ستعلن أي مستجدات تخص وضع الشبكة الكهربائية.
وعزت الوزارة القطع إلى خلل وقع يوم أمس في إمدادات الوقود (الغاز)، أدى إلى خروج عدد من وحدات توليد الكهرباء في محطتي الصبية والدوحة الغربية للقوى الكهربائية وتقطير المياه عن الخدمة.
""", [
    ev("residential-cuts", "ستقطع التيار الكهربائي عن أجزاء من بعض المناطق السكنية", SUN, "'خلال ساعة من الإعلان' of the statement of 'اليوم الأحد' = Sun 18 Aug 2024"),
    ev("rationing-appeal-sunday", "قد طلبت في وقت سابق صباح اليوم من الجميع ترشيد", SUN, "'في وقت سابق صباح اليوم' = the morning of Sun 18 Aug 2024"),
    ev("gas-units-halt", "إلى خلل وقع يوم أمس في إمدادات الوقود", SAT, "'يوم أمس' from Sun 18 Aug = Sat 17 Aug 2024"),
    ev("sabiya-doha-units-tripped", "أدى إلى خروج عدد من وحدات توليد الكهرباء", SAT, "no own expression; the units lost with the gas fault of Sat 17 Aug 2024"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 423
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

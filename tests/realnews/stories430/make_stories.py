"""Builds stories.jsonl: the 430-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: customs and smuggling seizures in Arab countries: drug
hauls (captagon, hashish) at ports and borders, smuggled fuel and goods, gold and currency seized at airports,
trials of smugglers.
Stories: the record seizure of 46.9 million amphetamine pills hidden in a flour shipment at Riyadh's dry port
(Saudi Arabia, August 2022), the Iraqi navy's seizure of the fuel-oil tanker Liliana off Basra and its release
(Iraq, August 2025), and the dismantling of a huge captagon factory in the Bekaa on Iraqi intelligence,
announced by Iraq's interior ministry (Iraq / Lebanon, August 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-riyadh-flour-amphetamine-47m-2022
S = "saudi-riyadh-flour-amphetamine-47m-2022"
ANN = "2022-08-31"                         # the seizure announced by SPA / the anti-narcotics directorate, Wed 31 Aug 2022
SEIZE = ("2022-08-24", "2022-09-01")       # the raid on the warehouse and the arrests: not dated in any report, before the announcement (my span)
JULY = ("2022-07-01", "2022-08-01")        # the ~15 million captagon pills in a concrete-block machine at Jeddah port, announced in July 2022
art(S, "https://beirut-news.com/world/2022/587939",
    "2022-08-31", "the body's 'اليوم الأربعاء' with the known announcement of Wed 31 Aug 2022 (SPA; baladi-news: 'أمس الأربعاء 31 آب'); the URL gives the year 2022; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
السعودية تعلن ضبط نحو 47 مليون حبة إمفيتامين في أكبر محاولة تهريب
أعلنت المملكة العربية السعودية، اليوم الأربعاء، أنها ضبطت "قرابة 47 مليون حبة من مادة الإمفيتامين"، فيما عدّته "أكبر محاولة تهريب في عملية واحدة لهذا الصنف من المخدرات الذي تحارب السلطات تهريبه وترويجه منذ سنوات".
ونسبت وكالة الأنباء السعودية "واس" إلى هيئة الزكاة والضريبة والجمارك قولها إنها "نجحت في ضبط ما يزيد على 46.9 مليون قرص من الإمفيتامين المخدر مخفية في شحنة طحين إثر وصولها إلى الميناء الجاف بمدينة الرياض ونقلها إلى أحد المستودعات".
وأوضحت أن "قوات الأمن قبضت على المتورطين في تهريبها، وهم 8 مقيمين، 6 منهم من الجنسية السورية و2 من الجنسية الباكستانية".
ولم تفصح السلطات عما إذا كانت هذه الحبوب من مخدر الكبتاغون المصنوع من أحد أنواع الإمفيتامينات، ولا عن البلد الذي جاءت منه.
وبيّن المتحدث الرسمي للمديرية العامة لمكافحة المخدرات الرائد محمد النجيدي أن "الكمية المضبوطة في هذه العملية هي الأكبر من نوعها التي يُحاوَل تهريبها إلى المملكة في عملية واحدة".
وفي تموز الماضي، أعلنت السعودية "ضبط نحو 15 مليون حبة كبتاغون وصلت إلى المملكة عبر ميناء جدة الإسلامي غرب البلاد، وكانت مخبأة في إرسالية عبارة عن آلة لصناعة الكتل الخرسانية".
""", [
    ev("seizure-announced", "أعلنت المملكة العربية السعودية، اليوم الأربعاء، أنها ضبطت", ANN, "'اليوم الأربعاء' = Wed 31 Aug 2022"),
    ev("flour-seizure", "نجحت في ضبط ما يزيد على 46.9 مليون قرص", SEIZE[0], "no own expression; the seizure at the Riyadh dry port / warehouse, some day before the announcement of Wed 31 Aug 2022 (my span 24-31 Aug)", end=SEIZE[1]),
    ev("smugglers-arrested", "قوات الأمن قبضت على المتورطين في تهريبها", SEIZE[0], "no own expression; the raid and arrests before the announcement of Wed 31 Aug 2022 (my span 24-31 Aug)", end=SEIZE[1]),
    ev("jeddah-july-seizure", "أعلنت السعودية \"ضبط نحو 15 مليون حبة كبتاغون", JULY[0], "'في تموز الماضي' from Aug 2022 = July 2022", end=JULY[1]),
])
art(S, "https://baladi-news.com/ar/articles/86585/السعودية-تضبط-أكبر-شحنة-مخدرات-وتعتقل-أغلبهم-سوريين",
    "2022-09-01", "the body's 'أمس الأربعاء 31 آب' (kept): the day after Wed 31 Aug 2022 = Thu 1 Sep 2022; the site tag 'It's Over 9000!' and the byline 'بلدي نيوز' dropped; headline kept from the page (reworded); the last, truncated sentence dropped", True, """
السعودية تضبط أضخم شحنة مخدرات وتوقف 8 أغلبهم سوريون
أعلنت السعودية، أمس الأربعاء 31 آب، أنها ضبطت قرابة 47 مليون حبة من مادة الإمفيتامين، في "أكبر محاولة تهريب في عملية واحدة" لهذا الصنف من المخدرات إلى المملكة.
ونقلت وكالة الأنباء السعودية "واس" عن هيئة الزكاة والضريبة والجمارك أنها تمكنت من ضبط ما يزيد على "46.9 مليون قرص من مادة الإمفيتامين المخدر مخبأة داخل شحنة طحين" بعد أن وصلت إلى "الميناء الجاف في مدينة الرياض ونُقلت إلى أحد المستودعات".
وأضافت أن قوات الأمن اعتقلت "المشاركين في تهريبها وعددهم 8 مقيمين، 6 من الجنسية السورية و2 من الجنسية الباكستانية".
ونشرت مديرية مكافحة المخدرات على تويتر صوراً تظهر حجم الكمية المضبوطة.
ولم تكشف السلطات هل هذه الحبوب من مخدر الكبتاغون، المكوّن من أحد أنواع الإمفيتامينات، ولا البلد الذي صدرت منه الحبوب المضبوطة.
وأكد المتحدث الرسمي للمديرية العامة لمكافحة المخدرات، الرائد محمد النجيدي، أن الكمية المضبوطة في هذه العملية "تعد الأكبر من نوعها التي تتم محاولة تهريبها إلى المملكة في عملية واحدة".
""", [
    ev("seizure-announced", "أعلنت السعودية، أمس الأربعاء 31 آب، أنها ضبطت", ANN, "'أمس الأربعاء 31 آب' = Wed 31 Aug 2022"),
    ev("flour-seizure", "تمكنت من ضبط ما يزيد على \"46.9 مليون قرص", SEIZE[0], "no own expression; the seizure before the announcement of Wed 31 Aug 2022 (my span 24-31 Aug)", end=SEIZE[1]),
    ev("smugglers-arrested", "قوات الأمن اعتقلت \"المشاركين في تهريبها", SEIZE[0], "no own expression; the arrests before the announcement of Wed 31 Aug 2022 (my span 24-31 Aug)", end=SEIZE[1]),
    ev("photos-published", "ونشرت مديرية مكافحة المخدرات على تويتر صوراً", ANN, "no own expression; the photos were published with the announcement of Wed 31 Aug 2022"),
])
art(S, "https://syrianewsagency.net/breaking/26579",
    "2022-09-01", "the body's 'أمس الأربعاء' for the SPA report of Wed 31 Aug 2022 gives Thu 1 Sep 2022; headline written from the body (the stored text has none); no date of its own in the text", False, """
السعودية تعلن القبض على مهربي 46.9 مليون قرص مخدر في شحنة طحين
أوردت وكالة الأنباء السعودية "واس" -أمس الأربعاء- عن المتحدث الرسمي للمديرية العامة لمكافحة المخدرات، الرائد محمد النجيدي، أن المشاركين في محاولة تهريب إلى السعودية تضم (46,916,480) قرصاً من مادة الإمفيتامين المخدر، مخبأة داخل شحنة طحين، قد قُبض عليهم.
وأضاف النجيدي أن كمية المخدرات المضبوطة في هذه العملية هي الأكبر من نوعها التي حاول أحد تهريبها إلى المملكة في عملية واحدة.
وذكرت "واس" أن المشاركين في التهريب 8 أشخاص (6 منهم يحملون الجنسية السورية و2 الجنسية الباكستانية)، ونشرت الوكالة صوراً للكمية المضبوطة وللمهربين.
وفي هذا السياق، قال الصحفي السوري عدنان الحسين إن مصدر هذه المخدرات سوريا (مناطق سيطرة نظام الأسد).
ويُذكر أن نظام الأسد، بحسب تقارير دولية، جعل سوريا دولة مخدرات على حوض المتوسط، إذ يصنّع المواد المخدرة في المناطق الخاضعة له ويوزعها على دول مختلفة بطرق غير مشروعة.
""", [
    ev("seizure-announced", "أوردت وكالة الأنباء السعودية \"واس\" -أمس الأربعاء-", ANN, "'أمس الأربعاء' from Thu 1 Sep = Wed 31 Aug 2022"),
    ev("smugglers-arrested", "مخبأة داخل شحنة طحين، قد قُبض عليهم", SEIZE[0], "no own expression ('قد قُبض'); the arrests before the announcement of Wed 31 Aug 2022 (my span 24-31 Aug)", end=SEIZE[1]),
    ev("photos-published", "ونشرت الوكالة صوراً للكمية المضبوطة وللمهربين", ANN, "no own expression; the photos published with the announcement of Wed 31 Aug 2022"),
    ev("journalist-claims-syrian-origin", "قال الصحفي السوري عدنان الحسين", ANN, "no own expression; the comment after the announcement, Wed 31 Aug or Thu 1 Sep 2022 (my span)", end="2022-09-02"),
])

# ---------------------------------------------------------------- iraq-liliana-tanker-fuel-smuggling-2025
S = "iraq-liliana-tanker-fuel-smuggling-2025"
SEIZED = ("2025-08-04", "2025-08-06")      # the tanker intercepted 'earlier this week' (from Fri 8 Aug), boarded on Tue 5 Aug, reported Wed 6 Aug (my span Mon 4 - Tue 5)
BOARD = "2025-08-05"                       # Reuters footage of the boarding 'يوم الثلاثاء' = Tue 5 Aug 2025
CAMPAIGN = ("2025-08-01", "2025-08-09")    # the navy's crackdown / inspection campaign on ships, early August 2025 (my span)
RELEASE = ("2025-08-11", "2025-08-13")     # the release reported on Tue 12 Aug 2025 (my span Mon 11 - Tue 12)
art(S, "https://ahdathalalam.com/news-article/337873.html",
    "2025-08-06", "page date line '06 اغسطس 2025 | آخر تحديث: 13:42 (توقيت القدس)' (kept as second line; 6 Aug 2025 was a Wednesday); the byline, the photo caption and the 'listen / summary' buttons dropped; headline kept from the page (reworded); the summary bullets and the opening of the body re-worded; the last, truncated words dropped", True, """
العراق يحتجز ناقلة نفط ترفع علم ليبيريا قبالة سواحل البصرة في الخليج العربي
06 اغسطس 2025 | آخر تحديث: 13:42 (توقيت القدس)
احتجزت القوات البحرية العراقية ناقلة نفط ليبيرية لأنها لا تملك أوراقاً رسمية، ضمن حملة لتشديد الرقابة على السفن بالتعاون مع جهات استخبارية، وكانت الناقلة محملة بـ250 ألف طن من الفيول الأسود.
وتندرج هذه الإجراءات في إطار إصلاحات وزارة النفط العراقية بالتنسيق مع القوات لضبط التهريب ومنع إيران من استغلال الموانئ، مع إدراج ناقلات في القائمة السوداء.
وفرضت وزارة الخزانة الأميركية عقوبات على شبكة عراقية تهرّب النفط الإيراني، تديرها شركات رجل الأعمال سليم أحمد سعيد، للحد من أسطول الظل الإيراني.
وأفادت مصادر أمنية عراقية في محافظة البصرة جنوبي البلاد بأن قوات من البحرية العراقية احتجزت ناقلة نفط ترفع علم ليبيريا دخلت المياه الإقليمية العراقية في الخليج العربي، لأنها لا تملك أي أوراق رسمية تثبت شرعية النفط الذي تحمله أو جنسيته، وذلك في أول إجراء من نوعه تتخذه السلطات العراقية حيال عمليات التلاعب والتهريب.
""", [
    ev("tanker-seized", "احتجزت القوات البحرية العراقية ناقلة نفط ليبيرية", SEIZED[0], "no own expression; the interception 'earlier this week' (sawtbeirut, Fri 8 Aug), the boarding on Tue 5 Aug 2025 (my span Mon 4 - Tue 5)", end=SEIZED[1]),
    ev("crackdown-campaign", "ضمن حملة لتشديد الرقابة على السفن", CAMPAIGN[0], "no own expression; the campaign of early August 2025 (my span 1-8 Aug)", end=CAMPAIGN[1]),
    ev("us-sanctions-salim-said", "وفرضت وزارة الخزانة الأميركية عقوبات على شبكة عراقية", "2025-07-03", "no own expression; the Treasury sanctions on Salim Ahmed Said's network, Thu 3 Jul 2025 (outside knowledge)"),
    ev("tanker-enters-waters", "ناقلة نفط ترفع علم ليبيريا دخلت المياه الإقليمية العراقية", SEIZED[0], "no own expression; the tanker's entry into Iraqi waters before its seizure (my span Mon 4 - Tue 5 Aug 2025)", end=SEIZED[1]),
])
art(S, "https://www.sawtbeirut.com/world-news/%D8%A7%D9%84%D8%AC%D9%8A%D8%B4-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%D9%8A-%D9%8A%D9%81%D8%AA%D8%B4-%D9%86%D8%A7%D9%82%D9%84%D8%A9-%D9%86%D9%81%D8%B7-%D9%85%D8%B4%D8%A8%D9%88%D9%87%D8%A9-%D8%AF%D8%A7/",
    "2025-08-08", "page stamp 'date 2025-08-08' (not part of the text) and the body's 'اليوم الجمعة' (8 Aug 2025 was a Friday); headline rendered from the URL slug; the last, truncated sentence dropped", True, """
الجيش العراقي يفتش ناقلة نفط مشبوهة
قالت مصادر في الشركة العامة لموانئ العراق، اليوم الجمعة، إن القوات البحرية احتجزت ناقلة نفط ترفع العلم الليبيري في المياه الإقليمية العراقية، ضمن حملة على تهريب الوقود بحراً.
ويشيع التهريب في مياه الخليج، حيث يُباع الوقود الذي تدعمه بعض البلدان بسخاء في السوق السوداء لمشترين في أرجاء المنطقة، وإن كانت مصادرة السلطات العراقية لناقلات أمراً نادراً نسبياً حتى وقت قريب.
وذكرت السلطات العراقية ومصادر ملاحية أن اسم الناقلة ليليانا، وأنها كانت تنقل 93 ألف طن من زيت الوقود حين اعتُرضت في وقت سابق من هذا الأسبوع على بعد 26 ميلاً بحرياً من ساحل العراق قرب محطة نفط البصرة.
وأظهرت لقطات لرويترز فريقاً مسلحاً من الجيش العراقي يصعد إلى السفينة ويفتشها يوم الثلاثاء، ويستجوب الطاقم ويتحقق من جوازات سفر أفراده. كما أظهرت اللقطات توقيف سفينة أخرى وتفتيشها.
وقال رئيس الشركة العامة لموانئ العراق فرحان الفرطوسي إن الجهات المختصة بدأت عملية تفتيش شاملة بعد أن وردت معلومات عن عمليات تهريب وأنشطة غير مشروعة متصلة بالنفط في المنطقة.
""", [
    ev("ports-sources-statement", "قالت مصادر في الشركة العامة لموانئ العراق، اليوم الجمعة", "2025-08-08", "'اليوم الجمعة' = Fri 8 Aug 2025"),
    ev("crackdown-campaign", "ضمن حملة على تهريب الوقود بحراً", CAMPAIGN[0], "no own expression; the campaign of early August 2025 (my span 1-8 Aug)", end=CAMPAIGN[1]),
    ev("tanker-seized", "حين اعتُرضت في وقت سابق من هذا الأسبوع", SEIZED[0], "'في وقت سابق من هذا الأسبوع' from Fri 8 Aug = Mon 4 - Tue 5 Aug 2025 (boarded on Tuesday; my span)", end=SEIZED[1]),
    ev("army-boarding", "فريقاً مسلحاً من الجيش العراقي يصعد إلى السفينة", BOARD, "'يوم الثلاثاء' before Fri 8 Aug = Tue 5 Aug 2025"),
    ev("inspection-launched", "بدأت عملية تفتيش شاملة", CAMPAIGN[0], "no own expression; the inspection begun in early August 2025 (my span 1-8 Aug)", end=CAMPAIGN[1]),
])
art(S, "https://waradana.com/article/233603-%D8%A7%D9%84%D8%A5%D9%81%D8%B1%D8%A7%D8%AC-%D8%B9%D9%86-%D9%86%D8%A7%D9%82%D9%84%D8%A9-%D9%86%D9%81%D8%B7-%D8%A7%D8%AD%D8%AA%D8%AC%D8%B2%D9%87%D8%A7-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82",
    "2025-08-12", "the body's 'اليوم الثلاثاء' for the release of the Liliana, reported by Reuters on Tue 12 Aug 2025 (sawtbeirut's report of the release carries the stamp 'date 2025-08-12'; 12 Aug 2025 was a Tuesday); headline rendered from the URL slug; no date of its own in the text", False, """
الإفراج عن ناقلة نفط احتجزها العراق
أفادت وسائل إعلام، اليوم الثلاثاء، بأنه "جرى الإفراج عن ناقلة نفط ترفع علم ليبيريا كانت البحرية العراقية قد احتجزتها"، مضيفة أنها متجهة إلى الإمارات.
وكانت السفينة، التي سمّتها السلطات ومصادر في قطاع الشحن الناقلة ليليانا، تنقل 93 ألف طن من زيت الوقود عندما اعتُرضت الأسبوع الماضي على مسافة 26 ميلاً بحرياً من الساحل العراقي قرب ميناء البصرة النفطي.
وبحسب أحد المصدرين، أُطلقت السفينة بموجب أمر قضائي جاء فيه أنها لم ترتكب أي مخالفات.
ويشيع التهريب في مياه الخليج، إذ يُباع الوقود المدعوم من بعض الدول في السوق السوداء لمشترين في أنحاء المنطقة، غير أن احتجاز السلطات العراقية لسفن ظل نادراً نسبياً حتى وقت قريب.
وتملك السفينة شركة بابل للملاحة التي تتخذ من دبي مقراً لها.
""", [
    ev("tanker-released", "جرى الإفراج عن ناقلة نفط ترفع علم ليبيريا", RELEASE[0], "'اليوم الثلاثاء' (Tue 12 Aug 2025) is the day of the report; the release itself on Mon 11 or Tue 12 Aug (my span)", end=RELEASE[1]),
    ev("tanker-seized", "عندما اعتُرضت الأسبوع الماضي", SEIZED[0], "'الأسبوع الماضي' from Tue 12 Aug = the week of 4-8 Aug 2025; Mon 4 - Tue 5 Aug (my span)", end=SEIZED[1]),
    ev("court-order", "بموجب أمر قضائي جاء فيه أنها لم ترتكب", "2025-08-06", "no own expression; the court order between the seizure and the release (my span 6-12 Aug 2025)", end=RELEASE[1]),
])

# ---------------------------------------------------------------- iraq-lebanon-bekaa-captagon-factory-2025
S = "iraq-lebanon-bekaa-captagon-factory-2025"
ANNOUNCE = "2025-08-18"                    # the Iraqi interior ministry / security media cell statement, evening of Mon 18 Aug 2025
RAID = ("2025-07-10", "2025-07-21")        # the Lebanese army's operation on the factory 'in mid-July 2025' (my span 10-20 Jul)
LETTER = ("2025-07-15", "2025-08-19")      # Lebanese State Security's letter to the Iraqi ministry, between the raid and the statement (my span)
INTEL = ("2025-06-01", "2025-07-21")       # the Iraqi intelligence handed to Lebanon, before the raid (my span)
art(S, "https://www.shafaq.com/ar/%D8%A3%D9%85%D9%80%D9%86/%D8%AA%D8%B9%D8%A7%D9%88%D9%86-%D8%B9%D8%B1%D8%A7%D9%82%D9%8A-%D9%84%D8%A8%D9%86%D8%A7%D9%86%D9%8A-%D9%8A%D8%B7%D9%8A%D8%AD-%D8%A8-%D9%83%D8%A8%D8%B1-%D9%85%D8%B5%D9%86%D8%B9-%D9%84%D9%84%D9%83%D8%A8%D8%AA%D8%A7%D8%BA%D9%88%D9%86-%D9%81%D9%8A-%D8%A7%D9%84%D8%B4%D8%B1%D9%82-%D8%A7%D9%84-%D9%88%D8%B3%D8%B7-%D9%81%D9%8A%D8%AF%D9%8A%D9%88",
    "2025-08-18", "page stamp 'date 2025-08-18' (not part of the text) and the body's 'مساء اليوم الاثنين' (18 Aug 2025 was a Monday); dateline 'شفق نيوز- بغداد/ بيروت' kept; headline rendered from the URL slug ('فيديو' dropped); the last, truncated words of the letter dropped", True, """
تعاون عراقي لبناني يطيح بأكبر مصنع للكبتاغون في الشرق الأوسط
شفق نيوز- بغداد/ بيروت
أعلنت خلية الإعلام الأمني العراقية، مساء اليوم الاثنين، أنها أطاحت بأكبر مصنع للكبتاغون في الشرق الأوسط، في منطقة البقاع اللبنانية.
وجاء في بيان للخلية تلقته وكالة شفق نيوز أن "التنسيق الأمني والاستخباري الوثيق بين وزارة الداخلية العراقية والمديرية العامة لأمن الدولة في لبنان أفضى إلى إنجاز نوعي تمثّل في كشف واحد من أكبر مصانع إنتاج مادة الكبتاغون في منطقة البقاع اللبنانية وتفكيكه".
ولفت البيان إلى أن هذا الإنجاز تحقق بناءً على معلومات دقيقة قدمتها الأجهزة العراقية لنظيرتها اللبنانية، مكّنت الجيش اللبناني في منتصف تموز/ يوليو 2025 من تنفيذ عملية واسعة انتهت بضبط المصنع وإحباط كميات ضخمة من المواد المخدرة المعدّة للتصنيع والترويج، في ضربة عُدّت "الأقوى ضد شبكات الكبتاغون في الشرق الأوسط".
ونقل البيان العراقي عن المديرية العامة لأمن الدولة في لبنان تأكيدها، في كتاب رسمي وجهته إلى وزارة الداخلية العراقية، أن هذا التعاون الاستخباري "يعبّر عن متانة العلاقة بين البلدين الشقيقين، ويجسّد الدور الريادي للعراق في التصدي للتهديدات العابرة للحدود".
""", [
    ev("iraq-announcement", "أعلنت خلية الإعلام الأمني العراقية، مساء اليوم الاثنين", ANNOUNCE, "'مساء اليوم الاثنين' = the evening of Mon 18 Aug 2025"),
    ev("iraqi-intel-handed", "معلومات دقيقة قدمتها الأجهزة العراقية لنظيرتها اللبنانية", INTEL[0], "no own expression; the information given before the raid of mid-July 2025 (my span June - 20 Jul)", end=INTEL[1]),
    ev("factory-raid", "مكّنت الجيش اللبناني في منتصف تموز/ يوليو 2025", RAID[0], "'في منتصف تموز/ يوليو 2025' = mid-July 2025 (my span 10-20 Jul)", end=RAID[1]),
    ev("lebanese-letter", "في كتاب رسمي وجهته إلى وزارة الداخلية العراقية", LETTER[0], "no own expression; the letter between the raid and the statement of Mon 18 Aug 2025 (my span)", end=LETTER[1]),
])
art(S, "https://www.lebanon24.com/news/lebanon/1406267/%D9%85%D9%81%D8%A7%D8%AC%D8%A3%D8%A9-%D9%84%D8%A8%D9%86%D8%A7%D9%86-%D9%88%D8%AF%D9%88%D9%84%D8%A9-%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9-%D9%8A%D8%AF%D9%85%D8%B1%D8%A7%D9%86-%D8%A3%D9%83%D8%A8%D8%B1-%D9%85%D8%B5%D9%86%D8%B9-%D9%83%D8%A8%D8%AA%D8%A7%D8%BA%D9%88%D9%86-%D9%81%D9%8A-%D8%A7%D9%84%D8%B4%D8%B1%D9%82-%D8%A7%D9%84%D8%A3%D9%88%D8%B3%D8%B7",
    "2025-08-18", "page stamp 'date 2025-08-18' (not part of the text) and the body's 'اليوم الإثنين' (18 Aug 2025 was a Monday); the stored text lost its linked words (the ministry, 'الشرق الأوسط', 'لبنان', 'البقاع', 'الجيش اللبناني', the month 'تموز'): restored from the same statement as quoted by shafaq and annahar; headline rendered from the URL slug; 'Advertisement' dropped; no date of its own in the text", False, """
مفاجأة.. لبنان ودولة عربية يدمران أكبر مصنع كبتاغون في الشرق الأوسط
أعلنت وزارة الداخلية العراقية، اليوم الإثنين، أنها أطاحت بأكبر مصنع للكبتاغون في الشرق الأوسط بالتعاون مع لبنان.
وأفاد بيان للوزارة بأن "التنسيق الأمني والاستخباري الوثيق بين وزارة الداخلية العراقية / المديرية العامة لشؤون المخدرات والمديرية العامة لأمن الدولة في لبنان أثمر إنجازاً نوعياً تمثّل في كشف وتفكيك واحد من أكبر مصانع تصنيع مادة الكبتاغون في منطقة البقاع".
وبيّن أن "هذا الإنجاز جاء بفضل معلومات دقيقة نقلتها الأجهزة العراقية إلى نظيرتها اللبنانية، ما سمح للجيش اللبناني في منتصف تموز 2025 بتنفيذ عملية واسعة انتهت بضبط المصنع وإحباط كميات ضخمة من المواد المخدرة المعدّة للتصنيع والترويج، في ضربة وُصفت بأنها الأقوى ضد شبكات الكبتاغون في الشرق الأوسط".
وأشار إلى أن "المديرية العامة لأمن الدولة في لبنان شددت، في كتاب رسمي موجّه إلى وزارة الداخلية العراقية، على أن هذا التعاون الاستخباري يعكس متانة العلاقة بين البلدين الشقيقين، ويجسّد الدور الريادي للعراق في مواجهة التهديدات العابرة للحدود، وفي مقدمتها آفة المخدرات".
""", [
    ev("iraq-announcement", "أعلنت وزارة الداخلية العراقية، اليوم الإثنين، أنها أطاحت", ANNOUNCE, "'اليوم الإثنين' = Mon 18 Aug 2025"),
    ev("iraqi-intel-handed", "معلومات دقيقة نقلتها الأجهزة العراقية إلى نظيرتها اللبنانية", INTEL[0], "no own expression; before the raid of mid-July 2025 (my span June - 20 Jul)", end=INTEL[1]),
    ev("factory-raid", "ما سمح للجيش اللبناني في منتصف تموز 2025", RAID[0], "'في منتصف تموز 2025' = mid-July 2025 (my span 10-20 Jul)", end=RAID[1]),
    ev("lebanese-letter", "في كتاب رسمي موجّه إلى وزارة الداخلية العراقية", LETTER[0], "no own expression; the letter between the raid and the statement of Mon 18 Aug 2025 (my span)", end=LETTER[1]),
])
art(S, "https://en.annahar.com/arab-world/arabian-levant/238461/الداخلية-العراقية-الإطاحة-بأكبر-مصنع-للكبتاغون-في-الشرق-الأوسط-بالتعاون-مع-لبنان",
    "2025-08-19", "page date line 'المشرق-العربي 19-08-2025 | 06:55' (kept as second line; 19 Aug 2025 was a Tuesday); the repeated headline, the sub-heading, the photo captions and 'Smaller Bigger' dropped; headline kept from the page (reworded); the truncated end of the statement completed from the same statement as quoted by shafaq", True, """
الداخلية العراقية تعلن الإطاحة بأكبر مصنع للكبتاغون في الشرق الأوسط بالتعاون مع لبنان
المشرق-العربي 19-08-2025 | 06:55
أفادت وزارة الداخلية العراقية بأنها أطاحت، بالتعاون مع لبنان، بأكبر مصنع للكبتاغون في الشرق الأوسط.
وقالت الوزارة في بيان إن "التعاون الأمني والاستخباري الوثيق بين وزارة الداخلية العراقية - المديرية العامة لشؤون المخدرات والمديرية العامة لأمن الدولة في لبنان أسفر عن إنجاز نوعي هو كشف وتفكيك واحد من أكبر مصانع تصنيع مادة الكبتاغون في منطقة البقاع اللبنانية".
وأضافت أن "هذا الإنجاز أتى على خلفية معلومات دقيقة زوّدت بها الأجهزة العراقية نظيرتها اللبنانية، ما أتاح للجيش اللبناني في منتصف تموز/يوليو 2025 تنفيذ عملية واسعة أسفرت عن ضبط المصنع وإحباط كميات ضخمة من المواد المخدرة المعدّة للتصنيع والترويج".
""", [
    ev("iraq-announcement", "أفادت وزارة الداخلية العراقية بأنها أطاحت", ANNOUNCE, "no own expression; the ministry's statement of the evening of Mon 18 Aug 2025 (shafaq, lebanon24)"),
    ev("iraqi-intel-handed", "معلومات دقيقة زوّدت بها الأجهزة العراقية نظيرتها اللبنانية", INTEL[0], "no own expression; before the raid of mid-July 2025 (my span June - 20 Jul)", end=INTEL[1]),
    ev("factory-raid", "ما أتاح للجيش اللبناني في منتصف تموز/يوليو 2025", RAID[0], "'في منتصف تموز/يوليو 2025' = mid-July 2025 (my span 10-20 Jul)", end=RAID[1]),
])
art(S, "https://www.alquds.co.uk/%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D9%88%D9%84%D8%A8%D9%86%D8%A7%D9%86-%D9%8A%D9%81%D9%83%D9%83%D8%A7%D9%86-%D8%A3%D9%83%D8%A8%D8%B1-%D9%85%D8%B5%D9%86%D8%B9-%D9%84%D9%84%D9%83%D8%A8%D8%AA%D8%A7/",
    "2025-08-19", "page stamp 'date 2025-08-19' (not part of the text; 19 Aug 2025 was a Tuesday) with the page's 'منذ 48 دقيقة' (dropped); the section line dropped; dateline 'بغداد:' kept; headline kept from the page (reworded); the last, truncated words of the letter dropped; no date of its own in the text", False, """
العراق ولبنان يفككان أكبر مصنع للكبتاغون في الشرق الأوسط
بغداد: أعلنت وزارة الداخلية العراقية أنها كشفت وفككت واحداً من أكبر مصانع إنتاج مادة الكبتاغون المخدرة في الشرق الأوسط.
وجاء في بيان نشرته الوزارة على صفحتها في موقع فيسبوك: "أثمر التعاون الأمني والاستخباري الوثيق بين وزارة الداخلية العراقية- المديرية العامة لشؤون المخدرات، والمديرية العامة لأمن الدولة في لبنان عن إنجاز نوعي تمثل بكشف وتفكيك واحد من أكبر مصانع تصنيع مادة الكبتاغون في منطقة البقاع اللبنانية".
وتابع البيان: "تحقق هذا الإنجاز على خلفية معلومات دقيقة قدمتها الأجهزة العراقية لنظيرتها اللبنانية، ما مكّن الجيش اللبناني في منتصف يوليو/ تموز الماضي من تنفيذ عملية واسعة أفضت إلى ضبط المصنع وإحباط كميات ضخمة من المواد المخدرة المعدة للتصنيع والترويج، في ضربة وُصفت بأنها الأقوى ضد شبكات الكبتاغون في الشرق الأوسط".
وشددت المديرية العامة لأمن الدولة في لبنان، في كتاب رسمي إلى وزارة الداخلية العراقية، على أن هذا التعاون الاستخباري "يعكس متانة العلاقة بين البلدين".
""", [
    ev("iraq-announcement", "أعلنت وزارة الداخلية العراقية أنها كشفت وفككت", ANNOUNCE, "no own expression; the ministry's statement of the evening of Mon 18 Aug 2025 (shafaq, lebanon24)"),
    ev("factory-raid", "مكّن الجيش اللبناني في منتصف يوليو/ تموز الماضي", RAID[0], "'في منتصف يوليو/ تموز الماضي' from Aug 2025 = mid-July 2025 (my span 10-20 Jul)", end=RAID[1]),
    ev("lebanese-letter", "في كتاب رسمي إلى وزارة الداخلية العراقية", LETTER[0], "no own expression; the letter between the raid and the statement of Mon 18 Aug 2025 (my span)", end=LETTER[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 430
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

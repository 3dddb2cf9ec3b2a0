"""Builds stories.jsonl: the 574-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: power-grid blackouts and electricity cuts in summer heat,
with ministers' statements and protests.
Stories: the suspension ("سحب يد") of the Iraqi electricity minister Qasim al-Fahdawi by Haider al-Abadi amid
the southern protests (Iraq, July 2018), and the resignation of the Iraqi electricity minister Karim Wahid after
the Basra and Nasiriyah power protests (Iraq, June 2010).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-fahdawi-suspension-2018
S = "iraq-fahdawi-suspension-2018"
SUSPEND = "2018-07-29"                     # Abadi ordered the electricity minister's suspension on Sun 29 Jul 2018
PROTESTS = ("2018-07-08", "2018-07-30")    # the southern protests, from Basra on Sun 8 Jul 2018, still going on Sun 29 Jul
APPOINTED = "2014-09-08"                   # Fahdawi became minister on 8 Sep 2014
art(S, "https://www.alalam.ir/news/3694331/%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D9%88%D8%B2%D8%B1%D8%A7%D8%A1-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%D9%8A-%D9%8A%D9%82%D9%8A%D9%84-%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D9%83%D9%87%D8%B1%D8%A8%D8%A7%D8%A1",
    "2018-07-29", "the page's date line 'الأحد ٢٩ يوليو ٢٠١٨ ٠٨:٠٩ بتوقيت غرينتش' (Sun 29 Jul 2018; a header stamp, not kept in the text); headline kept from the page; the 'العالم - العراق' tag and the 'آخرالاخبار' list of unrelated links dropped", True, """
رئيس الوزراء العراقي يقيل وزير الكهرباء
أصدر رئيس الوزراء العراقي حيدر العبادي أمرا بسحب يد وزير الكهرباء قاسم الفهداوي، وأرجع قراره إلى "تردي خدمات الكهرباء".
وذكر المكتب الإعلامي لرئيس الوزراء في بيان أن "رئيس مجلس الوزراء حيدر العبادي أمر بسحب يد وزير الكهرباء على خلفية تردي خدمات الكهرباء ولحين اكمال التحقيقات".
وكان الفهداوي قد تسلم حقيبة الكهرباء في حكومة العبادي بتاريخ 8 أيلول 2014، بعدما تولى قبل ذلك منصب محافظ الانبار من 2009 حتى 2013.
ويأتي قرار إعفاء وزير الكهرباء من منصبه في أعقاب احتجاجات عرفتها مناطق وسط العراق وجنوبه منذ مطلع تموز الحالي، للمطالبة بتحسين الخدمات وتأمين فرص عمل للعاطلين، فيما تصدر مطلب توفير التيار الكهربائي قائمة مطالب المتظاهرين.
""", [
    ev("minister-suspended", "أصدر رئيس الوزراء العراقي حيدر العبادي أمرا بسحب يد وزير الكهرباء", SUSPEND, "no own expression; the order of Sun 29 Jul 2018, the day of the page's date line (annabaa: 'يوم الأحد')"),
    ev("pm-office-statement", "وذكر المكتب الإعلامي لرئيس الوزراء في بيان", SUSPEND, "no own expression; the statement announcing the order, Sun 29 Jul 2018 (ech-chaab: 'بيان صادر عن مكتب العبادي أمس الأحد')"),
    ev("fahdawi-appointed", "تسلم حقيبة الكهرباء في حكومة العبادي بتاريخ 8 أيلول 2014", APPOINTED, "'8 أيلول 2014' = Mon 8 Sep 2014"),
    ev("fahdawi-anbar-governor", "تولى قبل ذلك منصب محافظ الانبار من 2009 حتى 2013", "2009-01-01", "'من 2009 حتى 2013' = the years 2009-2013 (years only)", end="2014-01-01"),
    ev("southern-protests", "احتجاجات عرفتها مناطق وسط العراق وجنوبه منذ مطلع تموز الحالي", PROTESTS[0], "'منذ مطلع تموز الحالي' = since early July 2018; the protests began in Basra on Sun 8 Jul 2018 and were still going on at the order of Sun 29 Jul (my span 8 - 29 Jul)", end=PROTESTS[1]),
])
art(S, "https://n.annabaa.org/news31503",
    "2018-07-29", "no date line on the stored page; the body's 'يوم الأحد' for the source's disclosure and 'اليوم الأحد' for Fahdawi's welcome of the order, which was issued on Sun 29 Jul 2018 (alalam's date line of 29 Jul; ech-chaab of Mon 30: 'أمس الأحد'), give Sun 29 Jul 2018; headline written from the body (the stored text has none); the last, truncated sentence ('وطلب الف...') dropped", False, """
مصدر يكشف سبب سحب يد وزير الكهرباء والفهداوي يرحب بالقرار
أفصح مصدر مطلع في مجلس الوزراء يوم الأحد عن السبب الذي دفع العبادي إلى سحب يد وزير الكهرباء قاسم الفهداوي من الوزارة، في حين أبدى الفهداوي ترحيبه بقرار العبادي ودعا كوادره إلى التعامل مع لجنة التحقيق.
ونقلت وسائل إعلام عراقية عن المصدر قوله إن "سحب يد وزير الكهرباء قاسم الفهداوي جاء على خلفية التحقيق بملفات العقود والتوظيف والمشاريع غير المنجزة"، موضحا أن "لجنة عليا من ديوان الرقابة المالية وهيئة النزاهة، إلى جانب لجنة من الأمانة العامة لمجلس الوزراء، تجري تحقيقات الآن مع الوزير والكادر المتقدم في الوزارة".
وكان العبادي قد أمر بإبعاد الفهداوي عن مهامه، وهو الذي تقلد منصب وزير الكهرباء في حكومة العبادي بتاريخ (8)أيلول/ سبتمبر عام(2014)، بعدما شغل منصب محافظ الأنبار من سنة (2009) حتى سنة ( 2013).
ويأتي القرار عقب الاحتجاجات التي شهدتها مناطق وسط العراق وجنوبه، منذ مطلع تموز الحالي، للمطالبة بتحسين الخدمات وتوفير فرص عمل للعاطلين، وقد كان توفير التيار الكهربائي في مقدمة مطالب المتظاهرين.
ورحب وزير الكهرباء قاسم الفهدواي، اليوم الأحد، بقرار حيدر العبادي القاضي بسحب يده، في أول تعليق يصدر عنه على القرار.
وقال الفهداوي في تصريح صحفي: "نرحب بقرار العبادي بسحب اليد".
""", [
    ev("source-reveals-reason", "أفصح مصدر مطلع في مجلس الوزراء يوم الأحد", SUSPEND, "'يوم الأحد' = Sun 29 Jul 2018, the day of the order"),
    ev("investigation-committees", "تجري تحقيقات الآن مع الوزير والكادر المتقدم في الوزارة", SUSPEND, "'الآن' in the source's words of Sun 29 Jul 2018 (the investigations under way that day)"),
    ev("minister-suspended", "وكان العبادي قد أمر بإبعاد الفهداوي عن مهامه", SUSPEND, "no own expression; the order of Sun 29 Jul 2018 (alalam's date line; ech-chaab 'أمس الأحد')"),
    ev("fahdawi-appointed", "تقلد منصب وزير الكهرباء في حكومة العبادي بتاريخ (8)أيلول/ سبتمبر عام(2014)", APPOINTED, "'(8)أيلول/ سبتمبر عام(2014)' = Mon 8 Sep 2014"),
    ev("southern-protests", "الاحتجاجات التي شهدتها مناطق وسط العراق وجنوبه", PROTESTS[0], "'منذ مطلع تموز الحالي' = since early July 2018; the protests began in Basra on Sun 8 Jul 2018 (my span 8 - 29 Jul)", end=PROTESTS[1]),
    ev("fahdawi-welcomes", "ورحب وزير الكهرباء قاسم الفهدواي، اليوم الأحد", SUSPEND, "'اليوم الأحد' = Sun 29 Jul 2018"),
])
art(S, "http://www.ech-chaab.com/ar/%D8%A7%D9%84%D8%AD%D8%AF%D8%AB/%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A/item/101094.html",
    "2018-07-30", "no date line on the stored page; the body's 'امس الأحد' for the sit-ins and for the statement of Abadi's office, which was issued on Sun 29 Jul 2018 (alalam's date line), gives Mon 30 Jul 2018 (30 Jul 2018 was a Monday); headline kept from the page (kicker and title joined); the 'رأيك في الموضوع' and archive links dropped", False, """
على وقع إقالة وزير الكهرباء.. تجدد التظاهرات جنوب العراق
شرع عشرات المحتجين في محافظتي البصرة والمثنى بجنوب العراق، امس الأحد، في اعتصام مفتوح تنديدا بتدهور الأوضاع المعيشية وضعف تجاوب الحكومة مع مطالبهم التي يتظاهرون من أجلها منذ أكثر من ثلاثة أسابيع في معظم المحافظات الجنوبية.
وكانت تلك المدن قد عرفت هدوءا نسبيا الأسبوع الماضي بعدما قدمت الحكومة العراقية وعودا بتأمين حصص الكهرباء للمحافظات الجنوبية، ورصد وظائف وأموال لإقامة مشاريع خدمية، وتأجيل تسديد القروض الزراعية، وإصلاح مصانع حكومية ومكافحة الفقر، سعيا منها إلى احتواء الاحتجاجات الشعبية.
وفي محافظة ذي قار، تظاهر كذلك مئات المواطنين، أمس، أمام مبنى مجلس المحافظة احتجاجا على شح المياه في قضاءي سيد دخيل والدواية، مطالبين في الوقت نفسه بإقالة مدير الموارد المائية في المحافظة.
وتزامنا مع هذه التطورات، أحال رئيس الوزراء حيدر العبادي وزير الكهرباء قاسم الفهداوي وطاقم وزارته إلى التحقيق بسبب سوء واقع الطاقة.
وأفاد بيان صادر عن مكتب العبادي أمس الأحد بأن الأخير أمر برفع يد وزير الكهرباء الفهداوي لحين إكمال التحقيقات في تردي الكهرباء.
وقد قتل 14 متظاهرا خلال الاحتجاجات التي رفعت مطالب بإصلاحات في البلاد.
""", [
    ev("basra-muthanna-sit-in", "شرع عشرات المحتجين في محافظتي البصرة والمثنى", SUSPEND, "'امس الأحد' in an article of Mon 30 Jul 2018 = Sun 29 Jul"),
    ev("southern-protests", "يتظاهرون من أجلها منذ أكثر من ثلاثة أسابيع", PROTESTS[0], "'منذ أكثر من ثلاثة أسابيع' from Sun 29 Jul 2018 = since before 8 Jul; the protests began in Basra on Sun 8 Jul 2018 (my span 8 - 29 Jul)", end=PROTESTS[1]),
    ev("dhi-qar-water-protest", "تظاهر كذلك مئات المواطنين، أمس، أمام مبنى مجلس المحافظة", SUSPEND, "'أمس' from Mon 30 Jul 2018 = Sun 29 Jul"),
    ev("minister-suspended", "أحال رئيس الوزراء حيدر العبادي وزير الكهرباء قاسم الفهداوي وطاقم وزارته إلى التحقيق", SUSPEND, "no own expression in the sentence; the order of Sun 29 Jul 2018 (next sentence: 'أمس الأحد')"),
    ev("pm-office-statement", "وأفاد بيان صادر عن مكتب العبادي أمس الأحد", SUSPEND, "'أمس الأحد' from Mon 30 Jul 2018 = Sun 29 Jul"),
    ev("protesters-killed", "وقد قتل 14 متظاهرا خلال الاحتجاجات", PROTESTS[0], "no own expression; the deaths during the protests since Sun 8 Jul 2018, up to this report (my span 8 - 29 Jul)", end=PROTESTS[1]),
])

# ---------------------------------------------------------------- iraq-karim-wahid-resignation-2010
S = "iraq-karim-wahid-resignation-2010"
RESIGN = "2010-06-21"                      # Karim Wahid announced his resignation on the evening of Mon 21 Jun 2010
BASRA = "2010-06-19"                       # the Basra power protest (one killed) on Sat 19 Jun 2010
SERIES = ("2010-06-19", "2010-06-22")      # the protests that began two days before the resignation, through Mon 21 Jun
art(S, "https://www.yemeress.com/nabanews/27780",
    "2010-06-21", "no date on the stored page (a Naba News report carried by yemeress); the body's 'مساء اليوم الاثنين' for the resignation, which Wahid announced on Mon 21 Jun 2010 (al-jazirah's edition of Tue 22 Jun: 'مساء أمس'; youm7: 'مساء الاثنين'), and 'غدا الثلاثاء' for the cabinet's meeting give Mon 21 Jun 2010; headline written from the body (the stored text has none); the last, truncated sentence on the Basra protest ('وعمت تظاهرات صاخبة البصرة السبت الماضي سقط خلالها قتيل وج...') dropped", False, """
وزير الكهرباء العراقي يستقيل إثر تظاهرات على انقطاع التيار
أعلن وزير الكهرباء في العراق كريم وحيد استقالته مساء اليوم الاثنين على أثر تظاهرات صاخبة انطلقت قبل يومين احتجاجا على انقطاع التيار عن مناطق عدة في ظل درجات حرارة لامست الستين في جنوب البلاد.
وكشف وحيد، في مقابلة مع قناة "العراقية" الرسمية، أنه قدم استقالته ووضع نفسه تحت تصرف رئيس الوزراء المنتهية ولايته نوري المالكي.
وقال "اعلن بشجاعة تقديم استقالتي من منصبي وانني مستعد للقيام بما يطلبه مني رئيس الوزراء من اجل خدمة الشعب العراقي".
وأخذ الوزير على بعض الاحزاب "تسييس التظاهرات (...) في هذه الظروف الصعبة التي يمر بها العراق"، معتبرا أن تسييس المشكلة لن يحلها بل سيزيدها تعقيدا.
وأضاف أنها ليست المرة الاولى التي يتحمل فيها هذه المسؤولية، إذ كان قد تولاها العام 2003، وسقط كثير من موظفي الوزارة بين شهيد وجريح.
وأوضح أن الانتاج يقل حاليا عن ثمانية آلاف ميغاواط في حين تقارب الحاجة الفعلية 14 الف ميغاواط، وأرجع العجز الحاد في التيار الكهربائي الى عدم إنجاز عدة مشاريع لتوليد الطاقة وشح الاموال المخصصة للوزارة، معبرا عن تقديره "صبر العراقيين" على ذلك.
في المقابل، أفاد مسؤول رفيع بأن "المالكي لم يبت في الاستقالة بعد وسيناقشها مجلس الوزراء غدا الثلاثاء".
""", [
    ev("wahid-resigns", "أعلن وزير الكهرباء في العراق كريم وحيد استقالته مساء اليوم الاثنين", RESIGN, "'مساء اليوم الاثنين' = Mon 21 Jun 2010"),
    ev("protest-series", "تظاهرات صاخبة انطلقت قبل يومين", SERIES[0], "'قبل يومين' from Mon 21 Jun 2010 = since Sat 19 Jun (my span 19 - 21 Jun)", end=SERIES[1]),
    ev("iraqiya-interview", "في مقابلة مع قناة \"العراقية\" الرسمية", RESIGN, "no own expression; the televised announcement of the resignation, Mon 21 Jun 2010"),
    ev("wahid-first-term", "إذ كان قد تولاها العام 2003", "2003-01-01", "'العام 2003' = the year 2003 (year only)", end="2004-01-01"),
    ev("cabinet-to-discuss", "وسيناقشها مجلس الوزراء غدا الثلاثاء", "2010-06-22", "'غدا الثلاثاء' from Mon 21 Jun 2010 = Tue 22 Jun (planned)"),
])
art(S, "https://al-jazirah.com/2010/20100622/du19.htm",
    "2010-06-22", "the URL's edition date '/2010/20100622/' (the al-Jazirah daily of Tue 22 Jun 2010); the body's 'مساء أمس' for the resignation of Mon 21 Jun agrees; headline written from the body (the stored text has none); the dateline 'بغداد - لندن - وكالات' and the roundup's unrelated later paragraphs (a suicide bombing in al-Sharqat, Iyad Allawi's warnings of a plot against him) dropped", True, """
استقالة وزير الكهرباء العراقي بعد تظاهرات جرح فيها 19 شخصاً
أعلن وزير الكهرباء في العراق كريم وحيد استقالته مساء أمس على أثر تظاهرات صاخبة انطلقت قبل يومين احتجاجا على انقطاع التيار في ظل درجات حرارة لامست الستين في جنوب البلاد، وأصيب خلالها 19 شخصاً بحسب ما أفاد مدير شرطة محافظة ذي قار اللواء صباح الفتلاوي.
وأبلغ الوزير كريم وحيد تلفزيون العراقية بأنه استقال لإخفاق الحكومة في تأمين ما يكفي من الكهرباء.
وأوضح أن الإنتاج يقل عن ثمانية آلاف ميغاواط في حين تقارب الحاجة الفعلية 14 ألف ميغاواط، وعزا النقص الحاد في التيار الكهربائي إلى تأخر إنجاز عدة مشاريع لتوليد الطاقة وقلة الأموال الموضوعة بتصرف الوزارة.
""", [
    ev("wahid-resigns", "أعلن وزير الكهرباء في العراق كريم وحيد استقالته مساء أمس", RESIGN, "'مساء أمس' in the edition of Tue 22 Jun 2010 = Mon 21 Jun"),
    ev("protest-series", "تظاهرات صاخبة انطلقت قبل يومين", SERIES[0], "'قبل يومين' from Mon 21 Jun 2010 (the day of the resignation) = since Sat 19 Jun (my span 19 - 21 Jun)", end=SERIES[1]),
    ev("iraqiya-interview", "وأبلغ الوزير كريم وحيد تلفزيون العراقية", RESIGN, "no own expression; the televised announcement of Mon 21 Jun 2010 ('مساء أمس')"),
])
art(S, "https://www.masress.com/youm7/244618",
    "2010-06-23", "no date on the stored page (a Youm7 report carried by masress); the body's 'الأربعاء' (not 'أمس الأربعاء') for the government spokesman's announcement, after 'مساء الاثنين' for the resignation of Mon 21 Jun and 'الثلاثاء' for Maliki's words, point to a report of Wed 23 Jun 2010; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
المالكى يقبل استقالة وزير الكهرباء العراقى
وافق رئيس الوزراء العراقى نورى المالكى على استقالة وزير الكهرباء كريم وحيد على أثر تظاهرات صاخبة شهدتها أنحاء البلاد احتجاجا على انقطاع التيار الكهربائى، بحسب ما أعلنه المتحدث باسم الحكومة على الدباغ الأربعاء.
وكان وحيد قد أعلن مساء الاثنين تقديم استقالته بعد تظاهرات تخللتها أعمال عنف احتجاجا على انقطاع التيار عن مناطق عدة مع درجات حرارة لامست الستين فى جنوب البلاد.
ودافع المالكى الثلاثاء عن وزير الكهرباء قائلا إن "كتاب الاستقالة لا يزال على مكتبى وسأنظر فيها لاتخاذ قرار مناسب (...) ربما سيتبعها قرارات بالنسبة لوزارة الكهرباء لتحسين الوضع الإدارى"، ملمحا إلى احتمال إقالة عدد من مساعدى الوزير.
ونبه إلى صعوبة المعالجة السريعة لأزمة الكهرباء قائلا: "بصراحة، لا يتوقع أحد أن مشكلة الكهرباء ستحل قبل عامين إلى حين انتهاء جنرال الكتريك الأمريكية وسيمنز الألمانية وشركة صينية من عملها".
وشهدت البصرة السبت تظاهرات صاخبة قتل خلالها شخص وأصيب اثنان، كما جرت الاثنين تظاهرات مماثلة فى الناصرية أصيب فيها 17 من عناصر الشرطة، إلى جانب تظاهرات أخرى فى النجف وكربلاء والرمادى.
""", [
    ev("resignation-accepted", "وافق رئيس الوزراء العراقى نورى المالكى على استقالة وزير الكهرباء", "2010-06-23", "'الأربعاء' (the spokesman Ali al-Dabbagh's announcement) = Wed 23 Jun 2010"),
    ev("wahid-resigns", "وكان وحيد قد أعلن مساء الاثنين تقديم استقالته", RESIGN, "'مساء الاثنين' = Mon 21 Jun 2010"),
    ev("maliki-defends-minister", "ودافع المالكى الثلاثاء عن وزير الكهرباء", "2010-06-22", "'الثلاثاء' = Tue 22 Jun 2010"),
    ev("basra-protest", "وشهدت البصرة السبت تظاهرات صاخبة", BASRA, "'السبت' = Sat 19 Jun 2010"),
    ev("nasiriyah-protest", "كما جرت الاثنين تظاهرات مماثلة فى الناصرية", RESIGN, "'الاثنين' = Mon 21 Jun 2010"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 580)
                            if i != 201 and i != 574
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

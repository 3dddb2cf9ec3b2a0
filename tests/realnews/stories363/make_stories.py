"""Builds stories.jsonl: the 363-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: fuel, electricity and bread price hikes and subsidy cuts:
price increases announced and taking effect, protests against them, reversals.
Stories: Bahrain's petrol price rise decided by the cabinet on Mon 11 Jan 2016 and in force on Tue 12 Jan, with the
stormy session of parliament (Bahrain, January 2016); the rise of commercial petrol by the Aden branch of the Yemen
Petroleum Company on Sun 19 Jun 2022 and three days of street protests (Yemen, June 2022); the Autonomous
Administration's decision no. 119 raising fuel prices (Mon 17 May 2021), the deadly protests of Tue 18 May and the
cancellation of Wed 19 May (north-east Syria, May 2021); the lights-off and candle marches of Tangier against Amendis's
water and electricity bills (Sat 31 Oct 2015) and the visit of Benkirane and Hassad on Sun 1 Nov (Morocco, 2015).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- bahrain-petrol-price-hike-2016
S = "bahrain-petrol-price-hike-2016"
DECISION = "2016-01-11"                    # the cabinet fixed the new petrol prices at its meeting of Mon 11 Jan 2016
EFFECT = "2016-01-12"                      # the new prices (160 / 125 fils) applied from Tue 12 Jan 2016
SESSION = "2016-01-12"                     # the stormy session of the Council of Representatives, Tue 12 Jan 2016
DIESEL = "2016-01-01"                      # the diesel / kerosene subsidy cut applied from Fri 1 Jan 2016
art(S, "https://doniapress.com/gulf/bahrain/46995.html",
    "2016-01-11", "the body's 'المنعقدة اليوم الاثنين' with 'يوم غدا الثلاثاء' and 'يوم الثلاثاء الموافق 12 يناير 2016' (kept) fix the day as Mon 11 Jan 2016 (checked with datetime); the cabinet met that Monday (BNA, AFP); headline written from the body (the stored text has none); the last, truncated words of the minister's quote dropped", True, """
البحرين ترفع أسعار البنزين بنوعيه الجيد والممتاز
قررت البحرين زيادة أسعار البنزين ابتداءا من يوم غدا الثلاثاء، في إطار إصلاحات اقتصادية واسعة تنفذها دول الخليج للتعامل مع تراجع أسعار النفط.
وأوضح وزير الطاقة الدكتور عبدالحسين بن علي ميرزا أن لتر البنزين الجيد سيباع في البحرين بـ125 فلسا عوضا عن 80 فلسا، فيما سيبلغ سعر لتر البترول الممتاز 160 فلسا.
وكان مجلس الوزراء قد وافق في جلسته الاعتيادية المنعقدة اليوم الاثنين على تعديل سعر بيع البنزين بنوعيه الجيد والممتاز، استنادا إلى توصية اللجنة التنسيقية الواردة في مذكرة الهيئة الوطنية للنفط والغاز. وبمقتضى القرار يصبح سعر لتر البنزين الممتاز (160) فلساً ولتر الجيد (125) فلساً، على أن يبدأ العمل بالتسعيرة الجديدة اعتباراً من يوم الثلاثاء الموافق 12 يناير 2016.
وفي نهايات العام 2015 بادرت الحكومة إلى الإعلان عن رفع الدعم عن الكيروسين والديزل ضمن خطة تمتد على 4 أعوام، إذ صرح وزير الطاقة عبدالحسين ميرزا في (28 ديسمبر/ كانون الأول 2015) بأن الحكومة قررت إعادة توجيه الدعم عن الديزل والكيروسين بدءاً من (1 يناير/ كانون الثاني 2016)، موضحا أن «سعر وقود الديزل سيزيد 20 فلساً ليصل في العام المقبل إلى 120 فلساً للتر».
""", [
    ev("cabinet-decision", "وافق في جلسته الاعتيادية المنعقدة اليوم الاثنين", DECISION, "'اليوم الاثنين' = Mon 11 Jan 2016 (the day before 'الثلاثاء الموافق 12 يناير 2016')"),
    ev("minister-statement", "وأوضح وزير الطاقة الدكتور عبدالحسين بن علي ميرزا", DECISION, "no own expression; Mirza's statement on the new prices was issued by BNA with the cabinet decision of Mon 11 Jan 2016 (ksaplayers, albayan)"),
    ev("new-prices-in-force", "يبدأ العمل بالتسعيرة الجديدة اعتباراً من يوم الثلاثاء الموافق 12 يناير 2016", EFFECT, "'يوم الثلاثاء الموافق 12 يناير 2016' (also 'يوم غدا الثلاثاء' from Mon 11)"),
    ev("diesel-plan-announced", "صرح وزير الطاقة عبدالحسين ميرزا في (28 ديسمبر/ كانون الأول 2015)", "2015-12-28", "'(28 ديسمبر/ كانون الأول 2015)' (a Monday)"),
    ev("diesel-subsidy-cut", "إعادة توجيه الدعم عن الديزل والكيروسين بدءاً من (1 يناير/ كانون الثاني 2016)", DIESEL, "'بدءاً من (1 يناير/ كانون الثاني 2016)'"),
])
art(S, "https://www.mirrorbah.hopto.me/news/28701.html",
    "2016-01-12", "page time stamp '2016-01-12 - 6:16 ص' (kept as second line; 12 Jan 2016 was a Tuesday); the body's 'الاثنين' for the announcement agrees; headline kept from the page, the prefix 'الفرنسية:' and the source tag 'مرآة البحرين (أ ف ب):' dropped; the list of other stories under the text dropped", True, """
البحرين تزيد أسعار البنزين بأكثر من 50%
2016-01-12 - 6:16 ص
أعلنت البحرين الاثنين زيادة أسعار البنزين بنسبة تتجاوز 50% بعد أن قلّصت الدعم المقدم لمنتجات الطاقة، في ظل الصعوبات التي تمر بها الدول المنتجة للنفط جراء انهيار أسعار الخام في الأسواق العالمية.
وأفادت الحكومة بأن "سعر لتر البنزين الممتاز سيصبح 160 فلساً (42 سنتا أميركيا) وسعر لتر الجيد 125 فلساً (33 سنتا أميركيا)، وسيتم العمل بهذه التسعيرة الجديدة اعتبارا من يوم الثلاثاء"، وفق ما نقلته وكالة أنباء البحرين.
وفي وقت سابق من هذا الشهر، قلّصت البحرين الدعم الحكومي للديزل والكيروسين، على غرار خطوات مشابهة اتخذتها الدول الخليجية المجاورة.
إذ قررت السعودية في كانون الاول/ديسمبر زيادة أسعار البنزين بنسبة 50% ضمن خفض الدعم عن منتجات البترول والكهرباء والماء، بعد أن سجلت ميزانية 2015 عجزا بلغ 98 مليار دولار.
كما اتخذت كل من الإمارات والكويت خطوات مماثلة.
وتعتمد دول الخليج اعتمادا كبيرا على عائدات صادراتها النفطية، وقد تضررت بشدة من تدهور أسعار الخام.
""", [
    ev("cabinet-decision", "أعلنت البحرين الاثنين زيادة أسعار البنزين", DECISION, "'الاثنين' before the stamp of Tue 12 Jan 2016 = Mon 11 Jan"),
    ev("new-prices-in-force", "وسيتم العمل بهذه التسعيرة الجديدة اعتبارا من يوم الثلاثاء", EFFECT, "'يوم الثلاثاء' after the Monday announcement = Tue 12 Jan 2016"),
    ev("diesel-subsidy-cut", "قلّصت البحرين الدعم الحكومي للديزل والكيروسين", DIESEL, "'في وقت سابق من هذا الشهر' (January 2016): the cut applied from Fri 1 Jan 2016 (doniapress)"),
    ev("saudi-petrol-hike", "قررت السعودية في كانون الاول/ديسمبر زيادة أسعار البنزين", "2015-12-28", "'في كانون الاول/ديسمبر' (2015): Saudi Arabia announced the rise with its budget on Mon 28 Dec 2015 (in force from 29 Dec)"),
])
art(S, "https://arabi21.net/storyamp/881439/%D9%86%D9%88%D8%A7%D8%A8-%D9%81%D9%8A-%D8%A8%D8%B1%D9%84%D9%85%D8%A7%D9%86-%D8%A7%D9%84%D8%A8%D8%AD%D8%B1%D9%8A%D9%86-%D9%8A%D9%86%D8%AA%D9%82%D8%AF%D9%88%D9%86-%D9%82%D8%B1%D8%A7%D8%B1-%D8%B1%D9%81%D8%B9-%D8%A3%D8%B3%D8%B9%D8%A7%D8%B1-%D8%A7%D9%84%D9%88%D9%82%D9%88%D8%AF",
    "2016-01-12", "no date on the stored page; the body's 'صباح الثلاثاء', 'أمس الاثنين' (the cabinet meeting of Mon 11 Jan 2016) and 'بدأ سريان الأسعار الجديدة اليوم' (in force from Tue 12 Jan) fix the day as Tue 12 Jan 2016; headline rendered from the URL slug (the stored text has none); no date of its own in the text", False, """
نواب في برلمان البحرين ينتقدون قرار رفع أسعار الوقود
هاجم عدد من النواب في البرلمان البحريني قرار الحكومة زيادة أسعار الوقود، وهي خطوة يرى المشرعون أنها ستلحق الضرر بالفقراء، فضلا عن أنها اتُّخذت من دون موافقة البرلمان.
وأجّل رئيس البرلمان الجلسة صباح الثلاثاء وسط صياح واحتجاجات من النواب، في تعبير نادر عن معارضة سياسة الحكومة.
وأغلب أعضاء البرلمان من الموالين للحكومة بعد أن قاطعت المعارضة التي يقودها الشيعة الانتخابات البرلمانية في 2014.
وكان مجلس الوزراء قد حدد في اجتماعه أمس الاثنين سعر لتر البنزين الممتاز بـ160 فلسا (0.424 دولار) بعد أن كان 100 فلس، وسعر لتر الجيد بـ125 فلسا بعد أن كان 90 فلسا. وبدأ سريان الأسعار الجديدة اليوم.
وقال عضو البرلمان جمال داود إن القرار سيزيد الفقراء فقرا، مضيفا أن النواب يطالبون بتحسين مستوى معيشة المواطنين، غير أن القرار الذي اتخذته الحكومة أمس لن يحقق ذلك.
ورأى النائب محمد العمادي أن الحكومة تجاهلت البرلمان عند اتخاذ القرار، وأن على النواب لذلك أن يستقيلوا.
ولم يتضح إن كان معارضو القرار يشكلون أغلبية في المجلس الذي لا يملك سوى صلاحيات محدودة، بينما تبقى الكلمة الفصل للأسرة الحاكمة.
""", [
    ev("parliament-session", "أجّل رئيس البرلمان الجلسة صباح الثلاثاء وسط صياح واحتجاجات", SESSION, "'صباح الثلاثاء' = Tue 12 Jan 2016 (the day the prices took effect; alwasatnews 'صباح اليوم الثلثاء (12 يناير/ كانون الثاني 2016)')"),
    ev("opposition-boycott-2014", "قاطعت المعارضة التي يقودها الشيعة الانتخابات البرلمانية في 2014", "2014-11-22", "'في 2014': the parliamentary elections of Sat 22 Nov 2014 and their run-off of Sat 29 Nov 2014", end="2014-11-30"),
    ev("cabinet-decision", "حدد في اجتماعه أمس الاثنين سعر لتر البنزين الممتاز", DECISION, "'أمس الاثنين' in an article of Tue 12 Jan 2016 = Mon 11 Jan"),
    ev("new-prices-in-force", "وبدأ سريان الأسعار الجديدة اليوم", EFFECT, "'اليوم' = Tue 12 Jan 2016"),
    ev("dawood-remarks", "وقال عضو البرلمان جمال داود إن القرار سيزيد الفقراء فقرا", SESSION, "no own expression; said in the session of Tue 12 Jan 2016 before it was adjourned (Reuters, alwasatnews)"),
])
art(S, "http://albayan.ae/economy/the-world-today/2016-01-12-1.2548276",
    "2016-01-12", "date in the URL '/2016-01-12-' (12 Jan 2016 was a Tuesday); the body's 'اعتباراً من اليوم' agrees with the prices in force from Tue 12 Jan 2016; headline written from the body (the stored text has none); the sub-headings 'العجز المالي' and 'ترشيد الاستهلاك' and the last, truncated sentence dropped; no date of its own in the text", False, """
الحكومة البحرينية ترفع أسعار البنزين لتقليص العجز
قررت الحكومة البحرينية زيادة أسعار البنزين اعتباراً من اليوم، ليبلغ سعر لتر البنزين الممتاز 160 فلساً ولتر الجيد 125 فلساً.
وشدد وزير شؤون الإعلام ومجلسي الشورى والنواب عيسى الحمادي على أن التسعيرة الجديدة قرار صادر عن الحكومة لا عن السلطة التشريعية، وأنه استند إلى توصية اللجنة التنسيقية الواردة في مذكرة الهيئة الوطنية للنفط والغاز.
من جانبه، أكد وزير الطاقة عبدالحسين علي ميرزا أن قرار مجلس الوزراء جاء استجابة للأوضاع المالية الراهنة التي تمر بها البلاد في ظل تراجع غير مسبوق لأسعار النفط، إذ خسر برميل النفط أكثر من 60% من قيمته، ما انعكس مباشرة على الموازنة العامة للدولة.
وأضاف وزير الطاقة أن القرار يرمي في المحصلة النهائية إلى تقليص العجز المالي ومن ثم الحد من الاقتراض، مبينا أن دول مجلس التعاون الخليجي كلها ومن دون استثناء اتخذت أو تتجه إلى اتخاذ قرارات سريعة لتعديل أسعار المنتجات النفطية المبيعة في أسواقها المحلية.
وتسعى هذه الدول بذلك إلى تقليص حجم الدعم المقدم لهذه السلع وتقريب أسعارها من الأسعار العالمية السائدة.
وقال إن هذه التعديلات السعرية ستقرب الأسعار مما هو سائد في كثير من دول مجلس التعاون.
""", [
    ev("cabinet-decision", "قررت الحكومة البحرينية زيادة أسعار البنزين", DECISION, "no own expression; the cabinet decision of Mon 11 Jan 2016 (doniapress 'اليوم الاثنين')"),
    ev("new-prices-in-force", "اعتباراً من اليوم، ليبلغ سعر لتر البنزين الممتاز 160 فلساً", EFFECT, "'اعتباراً من اليوم' = Tue 12 Jan 2016 (URL date)"),
    ev("hammadi-statement", "وشدد وزير شؤون الإعلام ومجلسي الشورى والنواب عيسى الحمادي", DECISION, "no own expression; the government spokesman's statement after the cabinet decision, Mon 11 or Tue 12 Jan 2016 (my span)", end="2016-01-13"),
    ev("minister-statement", "أكد وزير الطاقة عبدالحسين علي ميرزا أن قرار مجلس الوزراء جاء استجابة", DECISION, "no own expression; Mirza's statement issued by BNA with the decision of Mon 11 Jan 2016 (ksaplayers 'اليوم الاثنين', doniapress)"),
])

# ---------------------------------------------------------------- yemen-aden-petrol-hike-protests-2022
S = "yemen-aden-petrol-hike-protests-2022"
HIKE = "2022-06-19"                        # the Aden branch of the Yemen Petroleum Company raised commercial petrol by about 14% on Sun 19 Jun 2022
SUN_NIGHT = "2022-06-19"                   # the first night of protests (al-Mansoura, Crater), Sun 19 Jun 2022
MONDAY = "2022-06-20"                      # the protests of Mon 20 Jun 2022 (Crater road in the morning, new gatherings in the evening)
TUESDAY = "2022-06-21"                     # the third day of protests, Tue 21 Jun 2022
art(S, "https://almayadeen.net/amp/news/1602705/اليمن:-احتجاجات-منددة-بارتفاع-أسعار-الوقود-في-عدن",
    "2022-06-20", "no date on the stored page; the body's 'صباح اليوم الإثنين' and 'أمس الأحد' (the protests that followed the rise of Sun 19 Jun 2022) fix the day as Mon 20 Jun 2022; its embedded tweet (dropped) is dated June 19, 2022; headline kept from the page; the last, truncated words (the dollar value) dropped; no date of its own in the text", False, """
اليمن: احتجاجات تندد بغلاء الوقود في عدن
اتسعت رقعة الاحتجاجات الشعبية المنددة بغلاء أسعار الوقود لتشمل عددا من أحياء مدينة عدن وشوارعها، وسط دعوات إلى عصيان مدني شامل صباح اليوم الإثنين.
وكان مواطنون في مدينة عدن قد خرجوا أمس الأحد في تظاهرات احتجاجا على ارتفاع أسعار الوقود وتدهور الخدمات، وعلى رأسها الكهرباء التي تعاني انقطاعات متواصلة.
وأفادت مصادر محلية بأن مئات الشبان الغاضبين احتشدوا في مديريتي المنصورة وكريتر وأشعلوا النيران في إطارات السيارات وأغلقوا عددا من الشوارع الرئيسية، رفضا لقرار زيادة أسعار البنزين.
وكانت شركة النفط اليمنية في عدن قد أقرت في وقت سابق الأحد زيادة جديدة في أسعار البنزين بالمحطات التجارية بنحو 14%، وهي الزيادة الثانية في غضون شهر، في ظل أزمة وقود حادة تمر بها المدينة.
وبموجب هذه الزيادة بلغ سعر صفيحة البنزين سعة 20 لتراً في المحطات التجارية 25800 ريال يمني.
""", [
    ev("protests-spread", "اتسعت رقعة الاحتجاجات الشعبية المنددة بغلاء أسعار الوقود", SUN_NIGHT, "no own expression; the protests spread through Aden's districts on the night of Sun 19 Jun and on Mon 20 Jun 2022 (my span)", end=TUESDAY),
    ev("protest-calls", "وسط دعوات إلى عصيان مدني شامل صباح اليوم الإثنين", SUN_NIGHT, "the calls were made on Sun 19 - Mon 20 Jun 2022 for a civil disobedience on 'صباح اليوم الإثنين' = Mon 20 Jun (my span 19-20 Jun)", end=TUESDAY),
    ev("sunday-protests", "خرجوا أمس الأحد في تظاهرات احتجاجا على ارتفاع أسعار الوقود", SUN_NIGHT, "'أمس الأحد' in an article of Mon 20 Jun 2022 = Sun 19 Jun"),
    ev("tyres-burned", "أشعلوا النيران في إطارات السيارات وأغلقوا عددا من الشوارع الرئيسية", SUN_NIGHT, "no own expression; the burning of tyres in al-Mansoura and Crater on the night of Sun 19 Jun 2022, into the small hours of Mon 20 (my span)", end=TUESDAY),
    ev("petrol-hike", "أقرت في وقت سابق الأحد زيادة جديدة في أسعار البنزين", HIKE, "'في وقت سابق الأحد' = Sun 19 Jun 2022"),
])
art(S, "https://yeniyemen.net/p-225629",
    "2022-06-20", "the body's 'صباح اليوم الإثنين' with 'مساء يوم أمس الأحد، 19 حزيران، 2022' (both kept) fix the day as Mon 20 Jun 2022 (checked with datetime); headline kept from the page; the company's statement, cut in the stored page, shortened", True, """
احتجاجات عدن مستمرة وشركة النفط تنفي أي زيادة في أسعار المشتقات
استمرت الاحتجاجات الشعبية في العاصمة المؤقتة عدن رفضا لتدهور الخدمات والأوضاع المعيشية وارتفاع أسعار الوقود.
وأفادت مصادر محلية وشهود عيان بأن المحتجين الغاضبين قطعوا الطريق الرئيسي عند مدخل مدينة كريتر جنوبي عدن صباح اليوم الإثنين، ومنعوا السيارات من دخول المدينة.
وكانت العاصمة المؤقتة عدن قد شهدت مساء يوم أمس الأحد، 19 حزيران، 2022، احتجاجات شعبية غاضبة ضد ارتفاع أسعار الوقود.
وذكرت مصادر محلية أن عشرات المحتجين أغلقوا شوارع رئيسية وفرعية في مديرية المنصورة، كبرى مديريات المحافظة.
وأوقف المحتجون حركة السيارات وأحرقوا إطارات تالفة وهتفوا بشعارات ترفض رفع الأسعار.
في المقابل، نفت شركة النفط اليمنية فرع عدن وجود أي زيادة في سعر المشتقات النفطية.
وأعربت الشركة في بيان على صفحتها في فيسبوك عن "أسفها لانتشار شائعات مغرضة على وسائل التواصل الاجتماعي من جهات تسعى لتأليب الشارع على الشركة بأخبار مغلوطة لا أساس لها توحي بزيادة أسعار المشتقات النفطية".
وأكدت الشركة أنها زودت محطات الوقود التابعة لها بنصف مليون لتر من البنزين.
""", [
    ev("monday-protests", "قطعوا الطريق الرئيسي عند مدخل مدينة كريتر جنوبي عدن صباح اليوم الإثنين", MONDAY, "'صباح اليوم الإثنين' = Mon 20 Jun 2022"),
    ev("sunday-protests", "شهدت مساء يوم أمس الأحد، 19 حزيران، 2022، احتجاجات شعبية غاضبة", SUN_NIGHT, "'مساء يوم أمس الأحد، 19 حزيران، 2022'"),
    ev("tyres-burned", "وأحرقوا إطارات تالفة وهتفوا بشعارات ترفض رفع الأسعار", SUN_NIGHT, "no own expression; part of the protests of the evening of Sun 19 Jun 2022 in al-Mansoura, into the night (my span)", end=TUESDAY),
    ev("company-denial", "نفت شركة النفط اليمنية فرع عدن وجود أي زيادة", SUN_NIGHT, "no own expression; the company's Facebook statement came after the rise and the first protests of Sun 19 Jun and before this report of Mon 20 Jun 2022 (taiztime of the morning of 20 Jun already has it; my span 19-20 Jun)", end=TUESDAY),
])
art(S, "https://masirahtv.net/post/214800",
    "2022-06-20", "page stamp 'آخر تحديث 20-06-2022 20:00' and the date line '20 يونيو' (both kept; 20 Jun 2022 was a Monday); headline kept from the page; the source tags 'متابعات |' and '| المسيرة نت:' dropped; the last, truncated sentence dropped", True, """
غليان شعبي متصاعد في عدن بسبب غلاء الوقود
آخر تحديث 20-06-2022 20:00
20 يونيو: تصاعد الغليان الشعبي في مدينة عدن الخاضعة لقوى الاحتلال والعدوان ومرتزقتهم، احتجاجا على زيادة أسعار الوقود بنسبة تصل إلى 14% عن السعر الحالي، أي بزيادة 6 آلاف ريال عن السعر السابق.
وأكدت مصادر محلية أن آلاف المواطنين بدأوا يتوافدون إلى عدد من مديريات عدن، بينها كريتر وصيرة والشيخ عثمان، وأغلقوا عددا من الشوارع تمهيدا لتنظيم مظاهرات ليلية واسعة.
وكانت مدينة عدن قد شهدت ليل أمس تظاهرات عارمة، قطع خلالها المحتجون الطرق الرئيسية والفرعية التي تربط المدينة بعدة مديريات في وسط عدن، وأشعلوا النار في الإطارات وأغلقوا الطرق بالحجارة، مانعين السيارات من العبور عند مدخل مديرية المنصورة إلى باقي المديريات، في انتفاضة شعبية غير مسبوقة.
ولفتت مصادر محلية إلى أن المحتجين سعوا إلى إغلاق محطة الرضا للوقود التابعة لشركة النفط في عدن، ووقعت مصادمات مع عدد من حراس المحطة وسُمع دوي إطلاق رصاص في المنطقة.
وهتف المحتجون بشعارات مناهضة للحكومة ولما يسمى "مجلس القيادة الرئاسي"، منددين بالزيادات السعرية التي تُفرض من حين لآخر، ولا سيما على أبناء مدينة عدن.
""", [
    ev("petrol-hike", "احتجاجا على زيادة أسعار الوقود بنسبة تصل إلى 14% عن السعر الحالي", HIKE, "no own expression; the 14% rise decided by the company's Aden branch on Sun 19 Jun 2022 (almayadeen, taiztime)"),
    ev("monday-protests", "آلاف المواطنين بدأوا يتوافدون إلى عدد من مديريات عدن", MONDAY, "no own expression; the gatherings of the evening of Mon 20 Jun 2022 (stamp 20-06-2022 20:00)"),
    ev("sunday-protests", "شهدت ليل أمس تظاهرات عارمة", SUN_NIGHT, "'ليل أمس' in an article of Mon 20 Jun 2022 = the night of Sun 19 Jun"),
    ev("tyres-burned", "وأشعلوا النار في الإطارات وأغلقوا الطرق بالحجارة", SUN_NIGHT, "part of the protests of 'ليل أمس' = the night of Sun 19 Jun 2022, into the small hours of Mon 20 (my span)", end=TUESDAY),
    ev("al-rida-station-clash", "سعوا إلى إغلاق محطة الرضا للوقود", SUN_NIGHT, "no own expression; during the protests of the night of Sun 19 or the day of Mon 20 Jun 2022 (my span)", end=TUESDAY),
])
art(S, "http://aleshteraky.com/explore/item/24262-تواصل-الاحتجاجات-الغاضبة-في-عدن-لليوم-الثالث-تنديدا-بتدهور-الأوضاع-ورفع-سعر-الوقود",
    "2022-06-21", "page stamp 'الثلاثاء, 21 حزيران/يونيو 2022 20:26' (not kept in the text; 21 Jun 2022 was a Tuesday); the body's 'اليوم الثلاثاء' and 'لليوم الثالث على التوالي' (from Sun 19 Jun) agree; headline kept from the page, the source tag 'الاشتراكي نت / متابعات' dropped; the last, truncated sentence shortened; no date of its own in the text", False, """
الاحتجاجات الغاضبة في عدن تتواصل لليوم الثالث رفضا لتردي الأوضاع ورفع سعر الوقود
تواصلت الاحتجاجات الغاضبة اليوم الثلاثاء في العاصمة المؤقتة عدن لليوم الثالث على التوالي، تنديدا بتدهور الأوضاع الاقتصادية وتراجع مستوى الخدمات ورفع سعر الوقود.
وذكر سكان محليون أن المحتجين أغلقوا الطرقات والشوارع في مديرية المنصورة وأحرقوا الإطارات احتجاجا على سوء الخدمات وارتفاع أسعار الوقود والمواد الأساسية.
وبحسب السكان، قطع شبان آخرون الطريق أمام الحجاز مول في المنصورة بعد أن أحرقوا فيه الإطارات.
وأفادت المصادر بأن سكانا آخرين لم يشاركوا في الاحتجاجات أعادوا فتح الطرقات في المديرية بعد ساعة من إغلاقها، فعادت المركبات إلى المرور في الطريق الذي يصل بين جميع مديريات عدن.
وأضافت المصادر أن شرارة الاحتجاجات أشعلتها زيادة سعر المشتقات النفطية وتدهور الأوضاع الاقتصادية وغلاء المواد الغذائية وسوء خدمة الكهرباء.
وخلال اليومين الماضيين، وجّه كثير من الناشطين على وسائل التواصل الاجتماعي دعوات إلى المشاركة في احتجاجات تنديدا بتدهور الأوضاع.
ومساء الإثنين أغلق محتجون غاضبون في عدن أحد الطرق.
""", [
    ev("tuesday-protests", "تواصلت الاحتجاجات الغاضبة اليوم الثلاثاء في العاصمة المؤقتة عدن", TUESDAY, "'اليوم الثلاثاء' = Tue 21 Jun 2022 ('لليوم الثالث على التوالي' since Sun 19)"),
    ev("hijaz-mall-road", "قطع شبان آخرون الطريق أمام الحجاز مول في المنصورة", TUESDAY, "no own expression; part of Tuesday's protests, Tue 21 Jun 2022"),
    ev("petrol-hike", "أشعلتها زيادة سعر المشتقات النفطية", HIKE, "no own expression; the rise of Sun 19 Jun 2022 (almayadeen)"),
    ev("protest-calls", "وجّه كثير من الناشطين على وسائل التواصل الاجتماعي دعوات", SUN_NIGHT, "'خلال اليومين الماضيين' from Tue 21 Jun 2022 = Sun 19 - Mon 20 Jun", end=TUESDAY),
    ev("monday-protests", "ومساء الإثنين أغلق محتجون غاضبون في عدن أحد الطرق", MONDAY, "'مساء الإثنين' in an article of Tue 21 Jun 2022 = Mon 20 Jun"),
])

# ---------------------------------------------------------------- syria-northeast-fuel-hike-reversal-2021
S = "syria-northeast-fuel-hike-reversal-2021"
DECISION = "2021-05-17"                    # the Autonomous Administration's decision no. 119 raising fuel prices, Mon 17 May 2021
PROTESTS = "2021-05-18"                    # the protests and strikes in al-Hasakah, al-Shaddadi, Qamishli ... and the shootings, Tue 18 May 2021
REVERSAL = "2021-05-19"                    # the emergency meeting in Raqqa and the cancellation of decision 119, Wed 19 May 2021
art(S, "https://www.syria.tv/%D8%A7%D9%84%D8%AD%D8%B3%D9%83%D8%A9-%D9%85%D8%B8%D8%A7%D9%87%D8%B1%D8%A7%D8%AA-%D8%B6%D8%AF-%D8%B1%D9%81%D8%B9-%D8%A3%D8%B3%D8%B9%D8%A7%D8%B1-%D8%A7%D9%84%D9%88%D9%82%D9%88%D8%AF-%D9%88%D8%B6%D8%AD%D8%A7%D9%8A%D8%A7-%D8%A8%D8%B1%D8%B5%D8%A7%D8%B5-%D9%82%D8%B3%D8%AF-%D8%B5%D9%88%D8%B1",
    "2021-05-18", "page stamp '2021.05.18 | 16:38 دمشق' (kept as second line; 18 May 2021 was a Tuesday); the body's 'اليوم الثلاثاء' agrees; headline kept from the page ('|صور' dropped); the photo caption, the dateline 'إسطنبول - خاص', the sub-heading and what follows it dropped", True, """
الحسكة.. مظاهرات رفضا لرفع أسعار الوقود وضحايا برصاص "قسد"
2021.05.18 | 16:38 دمشق
خرجت اليوم الثلاثاء مظاهرات واحتجاجات في مناطق سيطرة "قوات سوريا الديمقراطية" (قسد) بمدينة الحسكة وريفها رفضا لقرار "الإدارة الذاتية" زيادة أسعار المحروقات، وقد تصدت لها "قسد" بالرصاص، ما أسفر عن سقوط ضحايا من المدنيين.
وأفادت مصادر لموقع تلفزيون سوريا بأن الشاب عدنان حسن العبد الله لقي حتفه برصاص عناصر "قسد" اليوم، بينما كانوا يفرقون مظاهرة في قرية الـ47 جنوبي الحسكة، كما أصيب مدنيان أحدهما طفلة برصاص "قسد" أثناء فض مظاهرة احتجاجية على القرار ذاته.
وأضافت المصادر أن "قسد" اعتقلت شابين في حي النشوة وانهالت عليهما بالضرب المبرح بسبب تصويرهما مظاهرات معارضة لقرار "الإدارة الذاتية".
وبحسب المصادر، حذرت "قسد" كل الإعلاميين والناشطين في مناطق سيطرتها من تصوير المظاهرات والاحتجاجات، ومنعت دخول أي صحفي إلى منطقة الاحتجاجات، باستثناء العاملين في قناتي "روناهي" و"هوارا" المقربتين منها.
""", [
    ev("protests", "خرجت اليوم الثلاثاء مظاهرات واحتجاجات في مناطق سيطرة", PROTESTS, "'اليوم الثلاثاء' = Tue 18 May 2021"),
    ev("fuel-decision", "رفضا لقرار \"الإدارة الذاتية\" زيادة أسعار المحروقات", DECISION, "no own expression; decision no. 119, issued on Mon 17 May 2021 (enabbaladi)"),
    ev("protesters-killed", "لقي حتفه برصاص عناصر \"قسد\" اليوم", PROTESTS, "'اليوم' = Tue 18 May 2021 (stamp)"),
    ev("nashwa-arrests", "اعتقلت شابين في حي النشوة", PROTESTS, "no own expression; during the protests of Tue 18 May 2021"),
])
art(S, "https://kurdstreet.com/في-رد-على-قرار-الإدارة-الذاتية-،-مظاهرا",
    "2021-05-18", "no date on the stored page; the body's 'يوم غد الاربعاء' for further protests, with the protests, the deaths and the Asayish statement of Tue 18 May 2021 (syria.tv, enabbaladi), fix the day as Tue 18 May 2021; headline written from the URL slug (the stored text has none); the source tag 'كوردستريت || خاص' and the last, truncated words dropped; no date of its own in the text", False, """
مظاهرات في شمال وشرق سوريا ردا على قرار الإدارة الذاتية رفع أسعار المحروقات
ردا على قرار الإدارة الذاتية رقم 119 القاضي بزيادة أسعار المحروقات بنسبة تصل إلى 300%، شهدت مناطق عدة في شمال وشرق سوريا احتجاجات واعتصامات ومظاهرات وإغلاقا للأسواق والمحال التجارية.
وخرج مئات الأهالي في مظاهرات حاشدة في مدن تل حميس والهول والشدادي بريف الحسكة رفضا لقرار الإدارة، كما خرجت مظاهرات في القامشلي ومدن أخرى طالبت بإلغاء القرار فورا، وإلا فإن الاحتجاجات والمظاهرات ستستمر.
وأكدت مصادر خاصة لكوردستريت أن المظاهرات خلفت قتلى وجرحى بين المدنيين بعد أن تدخلت قوات الأسايش واستخدمت القوة ضد المتظاهرين.
وأشارت المصادر إلى أن مناطق أخرى، منها منبج والرقة، ستشهد احتجاجات ومظاهرات يوم غد الاربعاء، مؤكدة أن "قسد" نشرت وحدات من قواتها في هذه المناطق في محاولة لاحتواء الاحتجاجات.
وتعليقا على ما جرى من مظاهرات واحتجاجات، أصدرت الأسايش بيانا عدّت فيه هذه الاحتجاجات تهديدا للسلم الأهلي في مناطق الإدارة.
كما وصفت الأسايش المتظاهرين بأنهم متربصون وعابثون بالأمن العام لهم ارتباطات وأجندات خارجية تسعى إلى إثارة الفتنة بين مكونات الشعب والقوى العسكرية والأمنية عبر الاعتداء على النقاط والمراكز والمؤسسات.
""", [
    ev("fuel-decision", "قرار الإدارة الذاتية رقم 119 القاضي بزيادة أسعار المحروقات", DECISION, "no own expression; decision no. 119 of Mon 17 May 2021 (enabbaladi 'الصادر الاثنين 17 من أيار')"),
    ev("protests", "وخرج مئات الأهالي في مظاهرات حاشدة في مدن تل حميس والهول والشدادي", PROTESTS, "no own expression; the protests of Tue 18 May 2021, the day this report was written"),
    ev("protesters-killed", "المظاهرات خلفت قتلى وجرحى بين المدنيين", PROTESTS, "no own expression; the shootings of Tue 18 May 2021 (syria.tv, enabbaladi)"),
    ev("wednesday-protests", "ستشهد احتجاجات ومظاهرات يوم غد الاربعاء", REVERSAL, "'يوم غد الاربعاء' from Tue 18 May 2021 = Wed 19 May"),
    ev("asayish-statement", "أصدرت الأسايش بيانا عدّت فيه هذه الاحتجاجات تهديدا", PROTESTS, "no own expression; the Asayish statement on the protests, Tue 18 May 2021"),
])
art(S, "https://enabbaladi.net/482725/?amp=1",
    "2021-05-19", "the body's 'اليوم، الأربعاء 19 من أيار' (kept; 19 May 2021 was a Wednesday); headline written from the body (the stored text has none); the last, truncated words of the council's statement dropped", True, """
الإدارة الذاتية تلغي قرار رفع أسعار المحروقات بعد المظاهرات
ألغت "الإدارة الذاتية" في شمال شرقي سوريا القرار رقم "119" الذي صدر الاثنين 17 من أيار وقضى بمضاعفة أسعار المحروقات عدة مرات.
وأصدرت اليوم، الأربعاء 19 من أيار، بيانًا يقضي بالعودة إلى الأسعار التي كانت معتمدة قبل القرار، إلى أن يصدر قرار جديد وتُجرى تعديلات.
ويأتي ذلك بعد المظاهرات التي عمّت مناطق شمال شرقي سوريا أمس، الثلاثاء، احتجاجًا على زيادة أسعار المحروقات، والتي عقدت "الإدارة الذاتية" على إثرها صباح اليوم اجتماعًا طارئًا لمراجعة القرار.
وأوضح مراسل عنب بلدي في المنطقة أن المظاهرات خرجت في مدينة الحسكة ومعبدة والقامشلي والشدادي ومنطقة الـ47، بينما شهدت منطقتا المالكية وعامودا إضرابًا وإغلاقًا للمحال الرئيسة.
وكانت المظاهرات الأعنف في منطقتي الشدادي والحسكة، حيث أطلقت قوى "الأمن الداخلي" (أسايش) النار على خمسة متظاهرين فأردتهم قتلى.
من جهته، أصدر المجلس التنفيذي لـ"إقليم الجزيرة"، أمس، بيانًا عن الاحتجاجات وما خلفته من ضحايا وجرحى، قال فيه إن "متربصين وعابثين بالأمن العام" استغلوا الاحتجاجات "لضرب الأمن والاستقرار عبر الاعتداء على النقاط والمراكز العسكرية والمؤسسات المدنية، واستعمال السلاح ضد القوى الأمنية والعسكرية بين المدنيين".
""", [
    ev("decision-cancelled", "ألغت \"الإدارة الذاتية\" في شمال شرقي سوريا القرار رقم \"119\"", REVERSAL, "'اليوم، الأربعاء 19 من أيار' (2021)"),
    ev("fuel-decision", "الذي صدر الاثنين 17 من أيار", DECISION, "'الاثنين 17 من أيار' (2021)"),
    ev("protests", "بعد المظاهرات التي عمّت مناطق شمال شرقي سوريا أمس، الثلاثاء", PROTESTS, "'أمس، الثلاثاء' in an article of Wed 19 May 2021 = Tue 18 May"),
    ev("emergency-meeting", "عقدت \"الإدارة الذاتية\" على إثرها صباح اليوم اجتماعًا طارئًا", REVERSAL, "'صباح اليوم' = Wed 19 May 2021"),
    ev("protesters-killed", "أطلقت قوى \"الأمن الداخلي\" (أسايش) النار على خمسة متظاهرين", PROTESTS, "no own expression; the shootings during the protests of Tue 18 May 2021"),
    ev("jazira-council-statement", "أصدر المجلس التنفيذي لـ\"إقليم الجزيرة\"، أمس، بيانًا", PROTESTS, "'أمس' in an article of Wed 19 May 2021 = Tue 18 May"),
])
art(S, "https://eyeofeuphrates.com/index.php/ar/news/2021/05/19/2138",
    "2021-05-19", "date in the URL '/2021/05/19/' (19 May 2021 was a Wednesday); the body's 'اليوم الأربعاء' and 'يوم أمس الثلاثاء' agree; headline kept from the page, the tag 'خاص – عين الفرات' and the 'اقرأ أيضاً' link dropped; no date of its own in the text", False, """
بعد الاحتجاجات والإضراب.. الإدارة الذاتية تتراجع عن القرار 119 الخاص برفع أسعار المحروقات
تراجعت الإدارة الذاتية لشمال شرق سوريا التابعة لـ"قسد"، اليوم الأربعاء، بقرار رسمي عن قرارها الأخير رفع أسعار المحروقات، إثر احتجاجات أهلية واسعة عمّت مناطق الحسكة وأوقعت قتلى وجرحى.
وأفاد مصدر خاص لشبكة "عين الفرات" بأن اجتماعا طارئا عُقد في تمام الساعة الـ 10 صباحاً في مقر الإدارة الذاتية بمدينة الرقة بحضور مسؤولين من الصف الأول، وناقش الآثار السلبية للقرار الأخير، وحمّل أعضاء الرئاسة المشتركة للإدارة الذاتية، وفي مقدمتهم عبدو مهباش، مسؤولية القرار وعواقبه، لا سيما في الحسكة التي سقط فيها عدة قتلى وجرحى.
وخلص الاجتماع إلى إرجاع أسعار المحروقات إلى ما كانت عليه قبل صدور القرار، ريثما تُستصدر تعديلات جديدة.
وشنّت قوات سوريا الديمقراطية حملة دهم في بلدة الشدادي ومركدة جنوبي الحسكة، اعتقلت خلالها نحو 25 شخصاً قال المصدر إنهم متورطون في أعمال العنف والمظاهرات الدامية التي شهدتها المنطقة يوم أمس الثلاثاء، ولا سيما في منطقة الـ 47، وقد جرت الاعتقالات بإسناد من مروحيات أمريكية أقلعت من قاعدة الشدادي العسكرية.
""", [
    ev("decision-cancelled", "تراجعت الإدارة الذاتية لشمال شرق سوريا التابعة لـ\"قسد\"، اليوم الأربعاء", REVERSAL, "'اليوم الأربعاء' = Wed 19 May 2021"),
    ev("emergency-meeting", "اجتماعا طارئا عُقد في تمام الساعة الـ 10 صباحاً", REVERSAL, "'في تمام الساعة الـ 10 صباحاً' of Wed 19 May 2021"),
    ev("raids-arrests", "شنّت قوات سوريا الديمقراطية حملة دهم في بلدة الشدادي ومركدة", PROTESTS, "no own expression; the raids after the protests of Tue 18 May, reported on Wed 19 May 2021 (my span 18-19 May)", end="2021-05-20"),
    ev("protests", "المظاهرات الدامية التي شهدتها المنطقة يوم أمس الثلاثاء", PROTESTS, "'يوم أمس الثلاثاء' in an article of Wed 19 May 2021 = Tue 18 May"),
])

# ---------------------------------------------------------------- morocco-tangier-amendis-bills-protests-2015
S = "morocco-tangier-amendis-bills-protests-2015"
MARCH3 = "2015-10-31"                      # the third Saturday of lights-off and candle marches against Amendis's water and electricity bills, Sat 31 Oct 2015
VISIT = "2015-11-01"                       # on the King's instruction Benkirane and Hassad went to Tangier and chaired a meeting at the wilaya, Sun 1 Nov 2015
NEXT = "2015-11-07"                        # the next candle march called for Sat 7 Nov 2015
art(S, "https://maghress.com/goud/380362",
    "2015-11-01", "the body's 'ليلة أمس السبت (31 أكتوبر 2015)' (kept) fixes the day as Sun 1 Nov 2015 (31 Oct 2015 was a Saturday); Goud's report as stored by maghress; headline written from the body (the stored text has none)", True, """
طنجة تستجيب لنداء الظلام في ثالث حملة لإطفاء الأضواء ضد "أمانديس"
لم تتدخل القوات العمومية بمدينة طنجة لتفريق مئات المواطنين، بعد أن لبّى سكان المدينة نداء الظلام وخرجوا ليلة أمس السبت (31 أكتوبر 2015) في مسيرات الشموع التي جابت مختلف شوارع المدينة، منطلقة من منطقة بني مكادة وصولا إلى ساحة الأمم، احتجاجا على غلاء فواتير استهلاك الماء والكهرباء.
ويبدو أن الحملة الثالثة من دعوات إطفاء الأضواء حققت نجاحا كبيرا غير مسبوق، بعد أن عرفت تعبئة واسعة في عدد كبير من الأحياء، فما إن دقت الساعة السابعة مساءً حتى حضرت الشموع بدل المصابيح في البيوت ومختلف المحلات التجارية، واستمر الاحتجاج بالظلام لساعتين، ورفع المحتجون مطلب إسقاط "أمانديس".
""", [
    ev("third-candle-march", "خرجوا ليلة أمس السبت (31 أكتوبر 2015) في مسيرات الشموع", MARCH3, "'ليلة أمس السبت (31 أكتوبر 2015)'"),
    ev("police-stand-back", "لم تتدخل القوات العمومية بمدينة طنجة لتفريق مئات المواطنين", MARCH3, "no own expression; during the march of the night of Sat 31 Oct 2015"),
    ev("lights-off", "فما إن دقت الساعة السابعة مساءً حتى حضرت الشموع", MARCH3, "'الساعة السابعة مساءً' of Sat 31 Oct 2015 (two hours of darkness)"),
])
art(S, "http://badil.info/%d8%b9%d8%a7%d8%ac%d9%84-%d8%a8%d9%86%d9%83%d9%8a%d8%b1%d8%a7%d9%86-%d9%88%d8%ad%d8%b5%d8%a7%d8%af-%d8%a8%d8%b7%d9%86%d8%ac%d8%a9-%d8%a8%d8%b3%d8%a8%d8%a8-%d8%a3%d9%85%d8%a7%d9%86%d8%af%d8%b3/",
    "2015-11-01", "the body's 'يوم الأحد 1 نونبر' with 'مساء هذا اليوم' and 'يترأس' (a meeting under way) fix the day as Sun 1 Nov 2015 (checked with datetime); headline rendered from the URL slug (the stored text has none); the photo caption dropped", True, """
عاجل: بنكيران وحصاد في طنجة بسبب "أمانديس"
علم موقع "بديل" أن رئيس الحكومة المغربية عبد الإله بنكيران ووزير داخليته محمد حصاد وصلا يوم الأحد 1 نونبر إلى طنجة لترؤس اجتماع بمقر الولاية إلى جانب والي الجهة ومسؤولين آخرين، بهدف دراسة ملف "أمانديس".
وبحسب مصدر الموقع، فإن رئيس الحكومة عبد الإله بنكيران حلّ بنفسه بطنجة مساء هذا اليوم بحثا عن حلول لملف "أمانديس"، بعد أن نزل أكثر من مائتي ألف من سكان المدينة إلى الشارع ليلة السبت 31 أكتوبر احتجاجا على غلاء فواتير الماء والكهرباء، للأسبوع الثالث على التوالي.
وأضاف المصدر أن بنكيران يترأس اللقاء المنعقد بولاية طنجة رفقة وزير الداخلية محمد حصاد والوالي محمد اليعقوبي وبرلمانيي المدينة والمجلس الجماعي.
""", [
    ev("benkirane-hassad-arrive", "وصلا يوم الأحد 1 نونبر إلى طنجة", VISIT, "'يوم الأحد 1 نونبر' (2015)"),
    ev("third-candle-march", "نزل أكثر من مائتي ألف من سكان المدينة إلى الشارع ليلة السبت 31 أكتوبر", MARCH3, "'ليلة السبت 31 أكتوبر' (2015)"),
    ev("weekly-protests", "للأسبوع الثالث على التوالي", "2015-10-17", "'للأسبوع الثالث على التوالي' up to Sat 31 Oct 2015: the Saturdays 17, 24 and 31 Oct 2015 (attajdid, lakome)", end="2015-11-01"),
    ev("wilaya-meeting", "بنكيران يترأس اللقاء المنعقد بولاية طنجة", VISIT, "no own expression; the meeting under way on the evening of Sun 1 Nov 2015 ('مساء هذا اليوم')"),
])
art(S, "https://funane.com/ar/2015/11/02/عبد-الإله-بن-كيران-ومحمد-حصاد-في-مهمة-خا",
    "2015-11-02", "date in the URL '/2015/11/02/' (2 Nov 2015 was a Monday); the body's 'أمس الأحد 01 نونبر' (kept) agrees; headline rendered from the URL slug, completed from the body (the stored text has none)", True, """
عبد الإله بن كيران ومحمد حصاد في مهمة خاصة بطنجة
أمر الملك محمد السادس، أمس الأحد 01 نونبر، رئيس الحكومة عبد الإله بن كيران ووزير الداخلية محمد حصاد بالتوجه إلى مدينة طنجة، للوقوف مباشرة على الأسباب التي تقف وراء شكايات عدد من المواطنين من ارتفاع فواتير الماء والكهرباء الصادرة عن شركة "أمانديس".
وقد عقد رئيس الحكومة لقاءات مع كل الفعاليات السياسية والمنتخبة في المدينة، من أجل دراسة هذا المشكل والبحث عن الحلول الملائمة لتجاوزه.
""", [
    ev("royal-instruction", "أمر الملك محمد السادس، أمس الأحد 01 نونبر", VISIT, "'أمس الأحد 01 نونبر' (2015)"),
    ev("benkirane-hassad-arrive", "بالتوجه إلى مدينة طنجة", VISIT, "no own expression; they went to Tangier the same Sunday, 1 Nov 2015 (badil)"),
    ev("wilaya-meeting", "عقد رئيس الحكومة لقاءات مع كل الفعاليات السياسية والمنتخبة", VISIT, "no own expression; the meeting at the wilaya of Sun 1 Nov 2015 (badil, rue20)"),
])
art(S, "https://rue20.com/36908.html",
    "2015-11-02", "no date on the stored page; the body's 'أمس الأحد' for Benkirane's meeting in Tangier (held on Sun 1 Nov 2015, badil, funane) fixes the day as Mon 2 Nov 2015; headline kept from the page, the dateline 'زنقة 20 . طنجة' dropped; the last, truncated sentence shortened; no date of its own in the text (only the date of the next march)", False, """
سكان طنجة يردون على بنكيران: "إما تمشي أمانديس ولا تمشي نتا"
بعد أن عدّ رئيس الحكومة عبد الإله بنكيران ما يجري في طنجة أمرا لا يمكن السكوت عنه، واتهم جهات لم يسمها بإثارة الفتنة وإشاعة البلبلة في الشارع، داعيا سكان طنجة إلى وقف الاحتجاجات والعودة إلى بيوتهم، ومعتبرا أن رئاسته للحكومة باتت على المحك بسبب احتجاجات سكان المدينة.
دعا سكان المدينة إلى مواصلة التظاهرات الاحتجاجية ضد أمانديس، مطالبين برحيلها أو برحيل رئيس الحكومة عبد الإله بنكيران إن كانت رئاسته على المحك كما قال، لأنه أظهر فشله الذريع في حل المشكل، ولا يليق برجل دولة أن يهدد المواطنين، بحسب ما عبّر عنه عدد من الداعين إلى الخروج يوم السبت 7 نونبر للاحتجاج في مسيرات شموع جديدة.
وكان رئيس الحكومة عبد الإله بنكيران قد ظهر غاضبا وهو يترأس اجتماعا استثنائيا أمس الأحد في طنجة بطلب من الملك، إثر احتجاجات السكان على غلاء فواتير "أمانديس"، جمع وزير الداخلية محمد حصاد ووالي جهة طنجة تطوان محمد اليعقوبي وممثل شركة "أمانديس" إلى جانب برلمانيين ورؤساء مقاطعات، فيما غاب عنه رئيس جهة طنجة تطوان الحسيمة إلياس العماري.
من جهتها، كانت وزارة الداخلية قد دعت المواطنين في بلاغ لها إلى عدم الانسياق وراء الدعوات.
""", [
    ev("benkirane-warning", "اتهم جهات لم يسمها بإثارة الفتنة", VISIT, "no own expression; said at the meeting in Tangier of Sun 1 Nov 2015 ('أمس الأحد' below)"),
    ev("next-march-called", "الداعين إلى الخروج يوم السبت 7 نونبر", NEXT, "'يوم السبت 7 نونبر' (2015; a Saturday)"),
    ev("wilaya-meeting", "وهو يترأس اجتماعا استثنائيا أمس الأحد في طنجة", VISIT, "'أمس الأحد' in an article of Mon 2 Nov 2015 = Sun 1 Nov"),
    ev("interior-statement", "كانت وزارة الداخلية قد دعت المواطنين في بلاغ لها", VISIT, "no own expression; the ministry's statement on the Tangier visit, issued on Sun 1 Nov 2015 (hespress 'اليوم الأحد')"),
])
art(S, "http://kifache.com/kifachetv/159938.html",
    "2015-11-02", "page stamp 'الإثنين 02 نوفمبر 2015 على الساعة 00:00' (kept as second line; 2 Nov 2015 was a Monday); the body's 'أول أمس السبت (31 أكتوبر)' agrees; headline kept from the page; the list of other stories above the text dropped", True, """
طنجة.. الاحتجاج على أمانديس يتحول إلى سب للحكومة والبيجيدي
الإثنين 02 نوفمبر 2015 على الساعة 00:00
رفع عدد من المحتجين شعارات معادية لحزب العدالة والتنمية خلال المسيرة التي شهدتها مدينة طنجة أول أمس السبت (31 أكتوبر)، بدعوى عجز الحكومة عن حل مشكلة السكان مع شركة "أمانديس".
وردد المحتجون الغاضبون شعار: "لا عدالة لا تنمية حكومة الشلاهبية".
""", [
    ev("anti-pjd-slogans", "رفع عدد من المحتجين شعارات معادية لحزب العدالة والتنمية", MARCH3, "during the march of 'أول أمس السبت (31 أكتوبر)' = Sat 31 Oct 2015"),
    ev("third-candle-march", "خلال المسيرة التي شهدتها مدينة طنجة أول أمس السبت (31 أكتوبر)", MARCH3, "'أول أمس السبت (31 أكتوبر)' in an article of Mon 2 Nov 2015 = Sat 31 Oct"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 363
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 294-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories266/make_stories.py). Domain: olive, date-palm and wheat harvests, and farmers'
protests over crop prices: the olive-price protests and harvest stoppages of Kairouan and Sidi Bouzid (Tunisia,
Nov-Dec 2024), the protests against the Autonomous Administration's wheat price of 31 cents (north-east Syria,
May 2024), the Jemna date growers' protests against the cut in the Deglet Nour buying price (Tunisia, Oct-Nov
2025), and the first olive-oil import licences after Jordan's poor olive harvest (Jordan, Nov 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- tunisia-kairouan-olive-price-protests-2024
S = "tunisia-kairouan-olive-price-protests-2024"
SLUMP = ("2024-11-01", "2024-12-01")      # the fall of olive prices through November 2024 (my span)
ESTIMATE = ("2024-10-01", "2024-11-29")   # the estimate of Kairouan's 2024/25 crop, issued before the reports (my span)
KHALT = ("2024-11-25", "2024-12-01")      # Kairouan farmers stop picking, late Nov 2024 (my span, up to Sat 30 Nov)
OULED = ("2024-11-29", "2024-12-01")      # the Ouled Achour road closure, reported on Sat 30 Nov 2024 (my span 29-30 Nov)
art(S, "https://assabahnews.tn/ar/الاخبار/جهات/112546-حاحب-العيون-فلاحون-يغلقون-الطريق-احتجاجا-على-تدني-اسعار-زيت-الزيتون",
    "2024-11-29", "the body's opening 'اليوم الجمعة 29 نوفمبر 2024' (29 Nov 2024 was a Friday) states the day; the stored page repeats the text twice and carries the byline 'مروان الدعلول' (both dropped); headline from the URL slug (its typo 'حاحب' corrected)", True, """
حاجب العيون: فلاحون يغلقون الطريق احتجاجا على تدني أسعار زيت الزيتون
أقدم اليوم الجمعة 29 نوفمبر 2024 عدد من الفلاحين بمعتمدية حاجب العيون التابعة لولاية القيروان على غلق الطريق الوطنية رقم 3 عند مدخل مدينة حاجب العيون، وهي الطريق التي تصل القيروان بولايات الوسط الغربي، وأحرقوا العجلات المطاطية.
وجاء هذا الغلق احتجاجا على تدني أسعار الزيتون، إذ يرى المحتجون أن الأسعار لا تغطي كلفة الإنتاج.
وتُقدَّر صابة الزيتون في ولاية القيروان لهذا العام بنحو 206 آلاف طن من الزيتون، أي ما يعادل 42 ألف طن من زيت الزيتون، بزيادة قدرها 32% مقارنة بالسنة الفارطة.
""", [
    ev("hajeb-road-closure", "أقدم اليوم الجمعة 29 نوفمبر 2024 عدد من الفلاحين", "2024-11-29", "'اليوم الجمعة 29 نوفمبر 2024' (a Friday; the publication day)"),
    ev("price-slump", "احتجاجا على تدني أسعار الزيتون", SLUMP[0], "no own expression; the fall of olive prices through November 2024 (from about 18 to 14 dinars a litre by 11 Nov per the oil office, lower by the end of the month), my span 1-30 Nov", end=SLUMP[1]),
    ev("kairouan-crop-estimate", "وتُقدَّر صابة الزيتون في ولاية القيروان لهذا العام", ESTIMATE[0], "no own expression ('لهذا العام' = the 2024/25 season); the regional crop estimate, issued before the report of Fri 29 Nov 2024 (my span Oct-Nov 2024)", end=ESTIMATE[1]),
])
art(S, "https://mosaiquefm.net/amp/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D8%AA%D9%88%D9%86%D8%B3-%D8%AC%D9%87%D8%A7%D8%AA/1349737/{{appStore}}",
    "2024-11-30", "the body's opening 'اليوم السبت 30 نوفمبر 2024' (30 Nov 2024 was a Saturday) states the day; the stored page has no other date; headline kept from the page", True, """
القيروان: عملية جني الزيتون تتوقف.. واحتقان في صفوف الفلاحين
أبدى عدد من فلاحي ولاية القيروان اليوم السبت 30 نوفمبر 2024 تذمرهم من تراجع أسعار الزيتون، إذ يتراوح سعر الكيلوغرام الواحد بين 1100 و1300 مليم، وهي أسعار لا تغطي في تقديرهم كلفة الإنتاج.
كما أغلق فلاحو منطقة أولاد عاشور التابعة لمعتمدية بوحجلة الطريق الرابطة بين صفاقس وبوحجلة وأحرقوا العجلات المطاطية، بعد أن رفض أصحاب المعاصر قبول الصابة لعدم توفر السيولة المالية.
وتوقف عدد من الفلاحين عن جني الزيتون بسبب تدهور الأسعار وغلاء اليد العاملة التي تجاوزت أجرتها 30 دينارا للفرد الواحد، حسب قولهم.
وأفاد أحد التجار بأنه كان يشتري من الفلاحين مباشرة ما بين 10 و15 طنا ثم يبيعها لأصحاب المعاصر، لكنه صار لا يشتري أكثر من طن واحد بعد أن توقف الفلاحون عن الجني.
وتعطلت الحركة الاقتصادية في مختلف أسواق الزيتون لتوقف أغلب الفلاحين عن الجني، وسط أجواء من الاحتقان والتوتر.
ويُذكر أن القيروان تحتل المرتبة الثانية وطنيا بعد ولاية سيدي بوزيد في إنتاج الزيتون، وقد قُدّرت صابتها بـ206 آلاف طن أي ما يعادل 42 ألف طن من الزيت، متأتية من 11.8 مليون أصل زيتون على مساحة 190 ألف هكتار.
""", [
    ev("kairouan-discontent", "أبدى عدد من فلاحي ولاية القيروان اليوم السبت 30 نوفمبر 2024", "2024-11-30", "'اليوم السبت 30 نوفمبر 2024' (a Saturday; the publication day)"),
    ev("price-slump", "تذمرهم من تراجع أسعار الزيتون", SLUMP[0], "no own expression; the fall of olive prices through November 2024 (my span 1-30 Nov)", end=SLUMP[1]),
    ev("ouled-achour-road-closure", "كما أغلق فلاحو منطقة أولاد عاشور", OULED[0], "no own expression; one of the protests of the report of Sat 30 Nov 2024 (my span 29-30 Nov)", end=OULED[1]),
    ev("mills-refuse", "رفض أصحاب المعاصر قبول الصابة", KHALT[0], "no own expression; the mills stopped taking olives for lack of cash in the last week of November 2024 (my span 25-30 Nov)", end=KHALT[1]),
    ev("kairouan-harvest-halt", "وتوقف عدد من الفلاحين عن جني الزيتون", KHALT[0], "no own expression; Kairouan farmers stopped picking in the last days before the report of Sat 30 Nov 2024 (my span 25-30 Nov)", end=KHALT[1]),
    ev("kairouan-crop-estimate", "وقد قُدّرت صابتها بـ206 آلاف طن", ESTIMATE[0], "no own expression; the regional crop estimate for the 2024/25 season, issued before the reports (my span Oct-Nov 2024)", end=ESTIMATE[1]),
])
art(S, "https://tuniscope.com/article/395999/arabe/iktisad/kairouane-574216",
    "2024-11-30", "page line 'Publié le 30-11-2024' (dropped) and the body's 'اليوم السبت 30 نوفمبر 2024' (kept; 30 Nov 2024 was a Saturday)", True, """
انخفاض أسعار الزيتون يثير غضب فلاحي القيروان
عبّر فلاحون في ولاية القيروان، اليوم السبت 30 نوفمبر 2024، عن غضبهم من هبوط أسعار الزيتون إلى ما بين 1100 و1300 مليم للكيلوغرام، معتبرين أنها دون تكاليف الإنتاج، وفق ما نقلته إذاعة "موزاييك".
وفي منطقة أولاد عاشور من معتمدية بوحجلة قطع الفلاحون الطريق الرابطة بين صفاقس وبوحجلة وأضرموا النار في الإطارات المطاطية، رفضا لامتناع أصحاب المعاصر عن قبول محصولهم بسبب نقص السيولة.
واضطر فلاحون آخرون إلى إيقاف جني الزيتون لضعف الأسعار وارتفاع كلفة اليد العاملة التي فاقت 30 دينارا للعامل الواحد، على حد تعبيرهم.
وذكر أحد التجار أنه كان يقتني سابقا بين 10 و15 طنا من الزيتون من الفلاحين مباشرة ليعيد بيعها للمعاصر، أما الآن فلا تتعدى مشترياته الطن الواحد بعد أن كفّ الفلاحون عن الجني.
وأصاب الشلل أسواق الزيتون جراء توقف معظم الفلاحين عن جني محاصيلهم، في ظل أجواء يسودها الاحتقان والتوتر.
""", [
    ev("kairouan-discontent", "عبّر فلاحون في ولاية القيروان، اليوم السبت 30 نوفمبر 2024", "2024-11-30", "'اليوم السبت 30 نوفمبر 2024' (a Saturday; the publication day)"),
    ev("price-slump", "من هبوط أسعار الزيتون", SLUMP[0], "no own expression; the fall of olive prices through November 2024 (my span 1-30 Nov)", end=SLUMP[1]),
    ev("ouled-achour-road-closure", "قطع الفلاحون الطريق الرابطة بين صفاقس وبوحجلة", OULED[0], "no own expression; one of the protests of the report of Sat 30 Nov 2024 (my span 29-30 Nov)", end=OULED[1]),
    ev("mills-refuse", "لامتناع أصحاب المعاصر عن قبول محصولهم", KHALT[0], "no own expression; the mills stopped taking olives for lack of cash in the last week of November 2024 (my span 25-30 Nov)", end=KHALT[1]),
    ev("kairouan-harvest-halt", "واضطر فلاحون آخرون إلى إيقاف جني الزيتون", KHALT[0], "no own expression; Kairouan farmers stopped picking in the last days before the report of Sat 30 Nov 2024 (my span 25-30 Nov)", end=KHALT[1]),
])
art(S, "https://sidibouzidfm.net/2024/12/02/%d8%b3%d9%8a%d8%af%d9%8a-%d8%a8%d9%88%d8%b2%d9%8a%d8%af-%d8%a7%d9%84%d9%81%d9%84%d8%a7%d9%91%d8%ad%d8%a9-%d9%8a%d8%aa%d9%88%d9%82%d9%81%d9%88%d9%86-%d8%b9%d9%86-%d8%ac%d9%86%d9%8a-%d8%a7%d9%84%d8%b2",
    "2024-12-02", "date in the URL '/2024/12/02/' (a Monday); the text has no date expression of its own; headline kept from the page", False, """
سيدي بوزيد: الفلاحون يتوقفون عن جني الزيتون
إثر التراجع الحاد وغير المسبوق لأسعار زيت الزيتون، ومع غياب الرؤية الواضحة وتفاوت الأسعار من مكان إلى آخر، انقطع عدد كبير من فلاحي ولاية سيدي بوزيد عن جني الزيتون.
فقد أصبح سعر "القلبة" عاجزا حتى عن تغطية أجرة اليد العاملة ومصاريف المعصرة، ففضّل كثير من الفلاحين ترك الصابة على رؤوس أشجارها في انتظار ما ستؤول إليه الأسعار لاحقا.
وتحتل ولاية سيدي بوزيد المرتبة الأولى في إنتاج الزيتون، إذ يتجاوز عدد أشجارها 17 مليون شجرة زيتون، وهي ثاني مقاطعة في العالم من حيث إنتاجه.
""", [
    ev("price-slump", "إثر التراجع الحاد وغير المسبوق لأسعار زيت الزيتون", SLUMP[0], "no own expression; the fall of olive prices through November 2024 (my span 1-30 Nov)", end=SLUMP[1]),
    ev("sidi-bouzid-harvest-halt", "انقطع عدد كبير من فلاحي ولاية سيدي بوزيد عن جني الزيتون", "2024-11-25", "no own expression; the stoppage reported on Mon 2 Dec 2024, under way since the end of November (my span 25 Nov - 2 Dec)", end="2024-12-03"),
    ev("crop-left-on-trees", "ففضّل كثير من الفلاحين ترك الصابة على رؤوس أشجارها", "2024-11-25", "no own expression; the olives left unpicked in Sidi Bouzid up to the report of Mon 2 Dec 2024 (my span 25 Nov - 2 Dec)", end="2024-12-03"),
])

# ---------------------------------------------------------------- syria-northeast-wheat-price-protests-2024
S = "syria-northeast-wheat-price-protests-2024"
DECISION = "2024-05-26"                    # the Autonomous Administration set 31 cents on Sun 26 May 2024
AMUDA = ("2024-05-26", "2024-05-29")      # the Amuda protests, Sun 26 to Tue 28 May 2024 (3rd day on Tue 28)
WAVE = ("2024-05-26", "2024-05-29")       # the first wave of protests, Sun 26 to Tue 28 May 2024 (my span)
art(S, "https://damapost.com/27/05/2024/%d8%a7%d9%84%d9%82%d9%85%d8%ad-2/53371",
    "2024-05-27", "date in the URL '/27/05/2024/' (a Monday); the body's 'يوم أمس الأحد' agrees (the price was set on Sun 26 May 2024, which arknews also dates 'يوم الأحد ( 26/5/2024 )'); headline written from the body (the stored text has none); the last, general sentence dropped; no date of its own in the text", False, """
الإدارة الذاتية تحدد سعر شراء القمح واحتجاجات للمزارعين
حددت ما تسمى "الإدارة الذاتية الكردية" في شمال شرق سوريا، يوم أمس الأحد، سعر شراء القمح من المزارعين في مناطق سيطرتها للموسم الحالي بـ0.31 دولار، أي ما يعادل نحو 4600 ليرة سورية.
وأثار القرار فور صدوره استياء الفلاحين الذين طالبوا بتعديل السعر بما يتلاءم مع الوضع الاقتصادي الحالي، فيما انتشرت على مواقع التواصل الاجتماعي انتقادات واسعة ترفض التسعيرة.
وفي السياق ذاته، تجمّع عشرات المزارعين في منطقة المعامل الخاضعة لسيطرة "قسد" شمال مدينة دير الزور احتجاجا على التسعيرة، كما شهدت بلدتا البومصعة والصعوة في ريف دير الزور الغربي احتجاجات للأهالي رفضا لها.
وخرج عدد من المزارعين في مدينة عامودا بريف الحسكة الشمالي في تظاهرة شعبية غاضبة ضد قرار التسعيرة، معتبرين أنه جائر بحقهم.
ويوم أمس، خرجت تظاهرة عند دوار النعيم في مدينة الرقة ضد القرار، وأكد المتظاهرون أن التسعيرة لا تكفي لتغطية تكاليف الزراعة وأن المزارعين سيتكبدون خسائر فادحة.
""", [
    ev("price-decision", "يوم أمس الأحد، سعر شراء القمح", DECISION, "'يوم أمس الأحد' from Mon 27 = Sun 26 May 2024"),
    ev("farmers-discontent", "وأثار القرار فور صدوره استياء الفلاحين", WAVE[0], "'فور صدوره' = right after the decision of Sun 26 May 2024; the outcry that followed it, Sun 26 - Mon 27 May 2024 (my span to Tue 28)", end=WAVE[1]),
    ev("deir-ezzor-protests", "تجمّع عشرات المزارعين في منطقة المعامل", "2024-05-26", "no own expression; the Deir ez-Zor gatherings right after the decision, Sun 26 - Mon 27 May 2024 (my span)", end="2024-05-28"),
    ev("amuda-protests", "وخرج عدد من المزارعين في مدينة عامودا", AMUDA[0], "no own expression; the Amuda protests began on Sun 26 May 2024 (arknews: 3rd day on Tue 28); span 26-28 May", end=AMUDA[1]),
    ev("raqqa-protest", "ويوم أمس، خرجت تظاهرة عند دوار النعيم", "2024-05-26", "'يوم أمس' from Mon 27 = Sun 26 May 2024"),
])
art(S, "https://www.arknews.net/node/53380",
    "2024-05-28", "page line 'May 28 2024' (dropped) and the body's 'اليوم الثلاثاء ( 28 / 5 / 2024 )' (kept; 28 May 2024 was a Tuesday); headline kept from the page", True, """
فلاحو عامودا والدرباسية: إدارة PYD تطلب منا بهذا القرار مغادرة وطننا
تتواصل الاحتجاجات على قرار إدارة PYD بشأن تسعيرة القمح في مدن وبلدات كوردستان سوريا وفي مناطق أخرى تخضع لسيطرتها، ولا سيما في مدينتي عامودا والدرباسية.
ولليوم الثالث على التوالي، نظّم فلاحو ومزارعو مدينة عامودا اليوم الثلاثاء ( 28 / 5 / 2024 ) وقفة احتجاجية طالبوا فيها بتعديل تسعيرة القمح.
ورفع المحتجون في عامودا لافتات كُتب عليها: "لا ينام الوطن إلا على سنابله، لا تدوسوها بنعالكم" و"أرزاقنا خط أحمر" و"سقينا حنطتنا بدمنا وما بنبيعها ببلاش" و"العدو يقتلنا بالرصاص وأنتم تقتلوننا بقراراتكم".
وفي الدرباسية خرج الفلاحون والمزارعون لليوم الثاني على التوالي، اليوم الثلاثاء ( 28/5/2024 )، في احتجاجات جماهيرية تندد بقرار إدارة PYD حول سعر القمح لعام 2024، ورفعوا لافتات منها "القرار إهانة لدماء الشهداء" و"يجب إعادة النظر في القرار الظالم".
وقال أحد المزارعين في تصريح إن الإدارة تطلب منهم بهذا القرار أن يغادروا وطنهم، ووجّه كلمة خاصة إلى مظلوم كوباني قائد قوات سوريا الديمقراطية.
""", [
    ev("price-decision", "قرار إدارة PYD بشأن تسعيرة القمح", DECISION, "no own expression; the price set on Sun 26 May 2024 (damapost 'يوم أمس الأحد', 963media 'الأحد الماضي')"),
    ev("amuda-protests", "ولليوم الثالث على التوالي", AMUDA[0], "'لليوم الثالث على التوالي' on Tue 28 May 2024: the Amuda protests of Sun 26 - Tue 28 May", end=AMUDA[1]),
    ev("amuda-protest-tuesday", "نظّم فلاحو ومزارعو مدينة عامودا اليوم الثلاثاء", "2024-05-28", "'اليوم الثلاثاء ( 28 / 5 / 2024 )' (a Tuesday)"),
    ev("darbasiyah-protests", "لليوم الثاني على التوالي، اليوم الثلاثاء ( 28/5/2024 )", "2024-05-27", "'لليوم الثاني على التوالي' on 'اليوم الثلاثاء ( 28/5/2024 )': the Darbasiyah protests of Mon 27 and Tue 28 May 2024", end="2024-05-29"),
])
art(S, "https://963media.com/?p=15030",
    "2024-05-28", "no date on the stored page; the body's 'اليوم الثلاثاء', with the price set 'الأحد الماضي' and 'منذ يومين' (Sun 26 May 2024, dated so by damapost and arknews), gives Tue 28 May 2024; the dateline word 'الحسكة' dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
الإدارة الذاتية تبقي تسعيرة القمح دون تعديل رغم الاحتجاجات
أبقت الإدارة الذاتية لشمال وشرق سوريا تسعيرة القمح التي حددتها منذ يومين بـ31 سنتا أميركيا على حالها دون تعديل، وذلك في بيان توضيحي قُرئ اليوم الثلاثاء في مقر هيئة الزراعة والري بالحسكة شمالي سوريا.
وصدر البيان التوضيحي في أعقاب احتجاجات شعبية شهدتها مناطق سيطرة الإدارة الذاتية على التسعيرة التي يصفها مزارعون بأنها "مجحفة".
وكانت الإدارة الذاتية قد حددت الأحد الماضي سعر شراء القمح من المزارعين بـ31 سنتا أميركيا، في حين بلغت تسعيرة المحصول في العام الماضي 43 سنتا.
ويعترض المزارعون على خفض التسعيرة بمقدار 12 سنتا، في وقت ارتفعت فيه أسعار المازوت وتكاليف الزراعة، إلى جانب عوامل جوية أضرت بالإنتاج وأفشلت الموسم في بعض المناطق.
وكانت الإدارة الذاتية قد تسلمت العام الماضي أكثر من 1.3 مليون طن من القمح، ما أحدث فائضا في مراكز الاستلام (الصوامع) واضطرها إلى تخزين المحصول في العراء.
يُشار إلى أن الحكومة السورية سعّرت القمح بـ5500 ليرة للكيلو (أكثر من 36 سنتا أميركيا)، فيما سعّرته "حكومة الإنقاذ" بـ31 سنتا أميركيا.
""", [
    ev("clarifying-statement", "في بيان توضيحي قُرئ اليوم الثلاثاء", "2024-05-28", "'اليوم الثلاثاء' = Tue 28 May 2024 (the price had been set 'منذ يومين', on Sun 26)"),
    ev("protest-wave", "في أعقاب احتجاجات شعبية شهدتها مناطق سيطرة الإدارة الذاتية", WAVE[0], "no own expression; the protests that preceded the statement, Sun 26 - Tue 28 May 2024 (my span)", end=WAVE[1]),
    ev("price-decision", "قد حددت الأحد الماضي سعر شراء القمح", DECISION, "'الأحد الماضي' from Tue 28 = Sun 26 May 2024 (= 'منذ يومين')"),
    ev("last-year-receipts", "قد تسلمت العام الماضي أكثر من 1.3 مليون طن", "2023-05-15", "'العام الماضي' = the 2023 wheat season; the receiving season ran from mid-May to the summer (my span 15 May - 31 Aug 2023)", end="2023-09-01"),
    ev("government-price", "أن الحكومة السورية سعّرت القمح بـ5500 ليرة", "2024-04-24", "no own expression; the Damascus government set 5500 pounds a kilo on Wed 24 Apr 2024 (radioalkul: 'في 24 نيسان الماضي')"),
])

# ---------------------------------------------------------------- tunisia-jemna-deglet-nour-price-cut-2025
S = "tunisia-jemna-deglet-nour-price-cut-2025"
CUT = ("2025-10-29", "2025-10-31")        # the collectors' cut took effect on Wed 29 or Thu 30 Oct 2025 (the reports differ)
REFPRICE = "2025-10-14"                    # the Interprofessional Dates Group session that set the reference price
HALT = "2025-10-30"                        # the Jemna growers stopped picking on Thu 30 Oct 2025
art(S, "https://halketwassl.com/2025/10/30/فلاحو-جمنة-يوقفون-جني-التمور-احتجاجًا",
    "2025-10-30", "date in the URL '/2025/10/30/' and the body's 'اليوم الخميس 30 أكتوبر 2025' (kept; 30 Oct 2025 was a Thursday); the byline 'حلقة وصل- فريق التحرير' and the bullet headings dropped, the bullet lists turned into sentences", True, """
فلاحو جمنة يوقفون جني التمور احتجاجا على خفض الأسعار
أوقف عدد من فلاحي منطقة جمنة بمعتمدية قبلي الجنوبية، اليوم الخميس 30 أكتوبر 2025، جني التمور في ضيعاتهم، احتجاجا على قيام أصحاب وكالات التمور بخفض أسعار قبول دقلة النور.
وشمل الخفض الصنف الأول (شمروخ) الذي نزل من 3500 مليم إلى 3000 مليم للكيلوغرام، والصنف الثاني الذي تراجع من 2500 مليم إلى 2000 مليم.
واعتبر الفلاحون الخفض تعسفا على ما بذلوه من جهد للحفاظ على جودة الصابة، مؤكدين أن السعر الجديد لا يغطي كلفة الإنتاج المرتفعة وأن الفلاح صار الحلقة الأضعف في منظومة إنتاج التمور، ومحذرين من هجرة القطاع الفلاحي تحت وطأة الضغوط التسويقية.
ويُذكر أن التسعيرة ضُبطت في جلسة المجمع المهني المشترك للتمور يوم 14 أكتوبر 2025، واقتُرح فيها سعر 5200 مليم للصنف الأول و4500 مليم للصنف الثاني.
ودعا الفلاحون إلى الامتناع عن الجني إلى أن يُتوصل إلى حل يراعي كلفة الإنتاج، وناشدوا السلط الجهوية والقطاع الفلاحي التدخل للحد من تغوّل المصدرين.
""", [
    ev("harvest-halt", "اليوم الخميس 30 أكتوبر 2025، جني التمور", HALT, "'اليوم الخميس 30 أكتوبر 2025' (a Thursday; the publication day)"),
    ev("price-cut", "بخفض أسعار قبول دقلة النور", CUT[0], "no own expression; the collectors' cut took effect on Wed 29 Oct (babnet 317674: 'منذ يوم 29 أكتوبر') or Thu 30 Oct 2025 (babnet 317558: 'بداية من اليوم'), span 29-30 Oct", end=CUT[1]),
    ev("reference-price-session", "في جلسة المجمع المهني المشترك للتمور يوم 14 أكتوبر 2025", REFPRICE, "'يوم 14 أكتوبر 2025' (a Tuesday)"),
    ev("boycott-call", "ودعا الفلاحون إلى الامتناع عن الجني", HALT, "no own expression; the call made with the stoppage of Thu 30 Oct 2025 (my span 30-31 Oct)", end="2025-11-01"),
])
art(S, "https://ar.webmanagercenter.com/2025/11/01/410678/%D8%B9%D8%A7%D8%AC%D9%84-%D9%81%D9%84%D8%A7%D8%AD%D9%88%D9%86-%D9%8A%D8%AD%D8%AA%D8%AC%D9%88%D9%86-%D8%B1%D9%81%D8%B6%D8%A7-%D9%84%D9%82%D8%B1%D8%A7%D8%B1-%D8%AA%D8%AE%D9%81%D9%8A%D8%B6-%D8%B3%D8%B9/",
    "2025-11-01", "date in the URL '/2025/11/01/', stamp 'date 2025-11-01' and the body's 'اليوم، السبت 1 نوفمبر 2025' (kept; 1 Nov 2025 was a Saturday); headline rendered from the URL slug (cut in the slug)", True, """
عاجل: فلاحون يحتجون رفضا لقرار تخفيض سعر التمور
نفّذ عدد من فلاحي منطقة جمنة بمعتمدية قبلي الجنوبية، اليوم، السبت 1 نوفمبر 2025، وقفة احتجاجية أمام سوق بيع التمور بالمنطقة رفضا لقرار الشركات المختصة خفض سعر شراء التمور، وفق ما أفادت به إذاعة الديوان أف أم.
وكانت هذه الشركات قد قررت النزول بسعر الكيلوغرام من 3500 مليم إلى 3000 مليم.
ويُذكر أن عددا من فلاحي جمنة بمعتمدية قبلي الجنوبية أوقفوا، الخميس الماضي، جني التمور في مستغلاتهم أو ما يُعرف بعملية القطع، احتجاجا على قيام عدد من مجمعي التمور بخفض سعر قبول دقلة النور شمروخ من الصنف الأول من 3500 مليم للكيلوغرام إلى 3000 مليم، والصنف الثاني من 2500 مليم إلى 2000 مليم.
""", [
    ev("market-protest", "اليوم، السبت 1 نوفمبر 2025، وقفة احتجاجية", "2025-11-01", "'اليوم، السبت 1 نوفمبر 2025' (a Saturday; the publication day)"),
    ev("price-cut", "قد قررت النزول بسعر الكيلوغرام", CUT[0], "no own expression; the collectors' cut took effect on Wed 29 or Thu 30 Oct 2025 (the reports differ), span 29-30 Oct", end=CUT[1]),
    ev("harvest-halt", "أوقفوا، الخميس الماضي، جني التمور", HALT, "'الخميس الماضي' from Sat 1 Nov = Thu 30 Oct 2025"),
])
art(S, "https://www.babnet.net/cadredetail-317684.asp",
    "2025-11-01", "stamp 'date 2025-11-01' and the page line 'Publié le Samedi 01 Novembre 2025 - 17:10' (both dropped); the body's 'صباح اليوم السبت' agrees (1 Nov 2025 was a Saturday); the photo tag dropped; the last, truncated quotation dropped; no date of its own in the text", False, """
قبلي: عودة حركة السير على الطريق بين قبلي ودوز بعد غلقها احتجاجا على خفض المجمعين لأسعار قبول "دقلة النور"
عادت حركة المرور إلى الطريق الوطنية عدد 20 الرابطة بين معتمديتي قبلي ودوز عند المدخل الشمالي لمدينة جمنة بمعتمدية قبلي الجنوبية، بعد أن أغلقها عدد من أهالي جمنة صباح اليوم السبت ومنعوا مرور السيارات، ولا سيما الشاحنات المحملة بصناديق التمور، في الاتجاهين.
وجاء الغلق احتجاجا على خفض مجمعي التمور لأسعار قبول "دقلة النور"، إذ نزل سعر الصنف الأول شمروخ من 3500 مليم للكيلوغرام إلى 3000 مليم فقط، والصنف الثاني من 2500 مليم إلى 2000 مليم.
وأُعيد فتح الطريق بعد أن تنقل معتمد قبلي الجنوبية منير محاجبة إلى عين المكان، فسجّل مطالب الأهالي وتعهد بإبلاغها إلى السلط والمتدخلين في منظومة ترويج التمور على المستويين الجهوي والمركزي، وخاصة مطلب الالتزام بتطبيق السعر المرجعي المتفق عليه.
""", [
    ev("road-closure", "أغلقها عدد من أهالي جمنة صباح اليوم السبت", "2025-11-01", "'صباح اليوم السبت' = the morning of Sat 1 Nov 2025 (the stamp day)"),
    ev("road-reopened", "عادت حركة المرور إلى الطريق الوطنية عدد 20", "2025-11-01", "no own expression; the road reopened later on Sat 1 Nov 2025 (the report of 17:10)"),
    ev("price-cut", "خفض مجمعي التمور لأسعار قبول \"دقلة النور\"", CUT[0], "no own expression; the collectors' cut took effect on Wed 29 or Thu 30 Oct 2025 (the reports differ), span 29-30 Oct", end=CUT[1]),
    ev("delegate-visit", "بعد أن تنقل معتمد قبلي الجنوبية منير محاجبة", "2025-11-01", "no own expression; the delegate came to the road on Sat 1 Nov 2025, which reopened it"),
    ev("reference-price-session", "السعر المرجعي المتفق عليه", REFPRICE, "no own expression; the reference price agreed at the Interprofessional Dates Group session of Tue 14 Oct 2025 (halketwassl 'يوم 14 أكتوبر 2025')"),
])

# ---------------------------------------------------------------- jordan-olive-oil-import-licences-2025
S = "jordan-olive-oil-import-licences-2025"
DROUGHT = ("2024-11-01", "2025-10-01")    # the dry 2024/25 rainy season and hot summer behind the poor 2025 crop (my span)
LICENCES = ("2025-11-16", "2025-11-18")   # import approvals/licences began Sun 16 ('بداية الأسبوع الحالي') or Mon 17 Nov 2025 ('منذ الاثنين')
HIYARI = ("2025-11-17", "2025-11-19")     # the ministry secretary-general's statement, reported on Tue 18 Nov 2025 (my span 17-18)
ARRIVAL = ("2025-11-18", "2025-12-19")    # 'خلال أسابيع قليلة (أقل من شهر)' from Tue 18 Nov 2025
art(S, "https://m.jawharafm.net/ar/article/الأردن..-تراجع-حاد-في-انتاج-الزيتون-وقرار-بوقف-التصدير-بشكل-كامل/93/284604",
    "2025-11-15", "page line '2025/11/15 21:26' (kept as first line; 15 Nov 2025 was a Saturday); the section words 'أخبار/اقتصاد' and the sub-heading 'الموسم الأضعف' dropped; the repeated paragraph of the stored page kept once", True, """
2025/11/15 21:26
الأردن.. تراجع حاد في إنتاج الزيتون وقرار بوقف التصدير بشكل كامل
تفيد تقديرات نقابة أصحاب المعاصر ومنتجي الزيتون بأن إنتاج الأردن من الزيت هذا العام لن يتعدى 18 إلى 20 ألف طن، في حين يتراوح متوسط الإنتاج السنوي عادة بين 25 و40 ألف طن.
ويعزو عضو مجلس إدارة جمعية أصحاب معاصر الزيتون الأردنية محمود العمري هذا التراجع الكبير في الإنتاج هذا العام إلى شح الأمطار وموجات الجفاف وارتفاع درجات الحرارة على نحو غير مسبوق، خصوصا في مناطق الزراعة البعلية غربي البلاد.
ويرى العمري، في حديثه للجزيرة نت، أن الموسم الحالي هو الأضعف منذ فترة طويلة، لكنه يستدرك بأن جودة الزيت هذا الموسم جاءت "ممتازة جدا" بفضل الحمل الخفيف على الأشجار الذي منحه نقاء عاليا وقيمة غذائية مرتفعة.
ولفت إلى أن نحو نصف الموسم قد انقضى حتى الآن، متوقعا أن تعوّض مزارع "المرورية"، التي يتأخر قطافها، جزءا من النقص في الكميات خلال الأسابيع المقبلة.
""", [
    ev("syndicate-estimate", "تفيد تقديرات نقابة أصحاب المعاصر ومنتجي الزيتون", "2025-11-03", "no own expression; the press-owners' syndicate estimate of 18-20 thousand tons, first reported on Mon 3 Nov 2025 (watananews 490621), span to the report day", end="2025-11-16"),
    ev("drought", "إلى شح الأمطار وموجات الجفاف", DROUGHT[0], "no own expression; the dry 2024/25 rainy season and hot summer (my span Nov 2024 - Sep 2025)", end=DROUGHT[1]),
    ev("amri-statement", "في حديثه للجزيرة نت", "2025-11-13", "no own expression; his interview for al-Jazeera's report of Sat 15 Nov 2025 (my span 13-15 Nov)", end="2025-11-16"),
    ev("late-harvest", "جزءا من النقص في الكميات خلال الأسابيع المقبلة", "2025-11-16", "'خلال الأسابيع المقبلة' from Sat 15 Nov 2025 (my span 16 Nov - 15 Dec)", end="2025-12-16"),
    ev("export-ban", "وقرار بوقف التصدير بشكل كامل", "2025-10-01", "no own expression; the ministry's ban on exporting olives and oil, in force from early October 2025 (jo24 6 Oct: 'لن نسمح بتصدير الزيتون'), my span to the report day", end="2025-11-16"),
])
art(S, "https://www.arabkhabar.com/a/5227729",
    "2025-11-16", "page line 'تاريخ النشر: 16th, November 2025 GMT' (kept as printed, as the second line; 16 Nov 2025 was a Sunday); the hashtags '#سواليف', '#زيت_الزيتون_المستورد' etc. turned into plain words, the line 'مقالات ذات صلة', the source line and the keywords dropped", True, """
زيت الزيتون المستورد سيدخل المملكة في هذا الموعد
تاريخ النشر: 16th, November 2025 GMT
رجّح نقيب أصحاب المعاصر ومنتجي الزيتون تيسير النجداوي أن يبدأ زيت الزيتون المستورد عبر مجلس الزيتون الدولي بالدخول إلى السوق المحلية خلال الأسبوع المقبل، ضمن الكميات المخصصة والمستوردة وفق المعايير المعتمدة.
وأكد أن الأمطار الأخيرة "الشتوة الأولى" سيكون لها أثر واضح في تحسين كفاءة ثمار الزيتون ونضجها، بعد فترة طويلة من انحباس الأمطار وارتفاع درجات الحرارة.
وأوضح أن هذه الأمطار لن تؤثر في أسعار زيت الزيتون، مبينا أن الأسعار بدأت تستقر في مدى يتراوح بين 120 و130 دينارا للتنكة.
وكانت وزارة الزراعة قد سمحت باستيراد 4 آلاف طن من زيت الزيتون لتغطية حاجة السوق المحلية في المرحلة الأولى، واشترطت ألا يزيد وزن عبوة الزيت المستورد على 8 كغم.
ويبلغ احتياج الأردن من زيت الزيتون 25 ألف طن وفق وزارة الزراعة، التي أكدت أنه لن يكون هناك أي نوع من الاحتكار في ملف الاستيراد.
وبدأت الوزارة اعتبارًا بداية الأسبوع الحالي إعطاء موافقات استيراد زيت الزيتون، مشيرة إلى أنه قد يُفتح باب تصدير الزيت الأردني بعد فتح باب الاستيراد وتلبية احتياجات السوق المحلية.
""", [
    ev("najdawi-statement", "رجّح نقيب أصحاب المعاصر ومنتجي الزيتون تيسير النجداوي", "2025-11-15", "no own expression; his statement, published on Sun 16 Nov 2025 (my span 15-16 Nov)", end="2025-11-17"),
    ev("imports-reach-market", "بالدخول إلى السوق المحلية خلال الأسبوع المقبل", "2025-11-23", "'خلال الأسبوع المقبل' from Sun 16 Nov 2025 (Jordan's week begins on Sunday): 23-29 Nov", end="2025-11-30"),
    ev("first-rain", "أن الأمطار الأخيرة \"الشتوة الأولى\"", "2025-11-08", "no own expression; the season's first rain, shortly before Sun 16 Nov 2025 (my span 8-15 Nov)", end="2025-11-16"),
    ev("drought", "بعد فترة طويلة من انحباس الأمطار", DROUGHT[0], "no own expression; the dry 2024/25 rainy season and hot summer (my span Nov 2024 - Sep 2025)", end=DROUGHT[1]),
    ev("first-quota", "قد سمحت باستيراد 4 آلاف طن من زيت الزيتون", "2025-11-09", "no own expression; the first-stage quota, set after the application window of Sun 9 - Thu 13 Nov 2025 and before the report (my span 9-15 Nov)", end="2025-11-16"),
    ev("licences-granted", "اعتبارًا بداية الأسبوع الحالي إعطاء موافقات", LICENCES[0], "'اعتبارًا بداية الأسبوع الحالي' from Sun 16 Nov 2025 = Sun 16 Nov; the ministry later dates it 'منذ الاثنين' (Mon 17): span 16-17 Nov", end=LICENCES[1]),
])
art(S, "https://www.alwakeelnews.com/Section_1/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D9%85%D8%AD%D9%84%D9%8A%D8%A9/%D9%88%D8%B2%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D8%B2%D8%B1%D8%A7%D8%B9%D8%A9-%D8%AA%D9%88%D9%82%D8%B9-%D9%88%D8%B5%D9%88%D9%84-%D8%B2%D9%8A%D8%AA-%D8%A7%D9%84%D8%B2%D9%8A%D8%AA%D9%88%D9%86-%D8%A7%D9%84%D9%85%D8%B3%D8%AA%D9%88%D8%B1%D8%AF-%D8%AE%D9%84%D8%A7%D9%84-%D8%A3%D8%B3%D8%A7%D8%A8%D9%8A%D8%B9-%D9%82%D9%84%D9%8A%D9%84%D8%A9_754228",
    "2025-11-18", "page line 'الثلاثاء، 18-11-2025 10:48 ص' (kept as first line; 18 Nov 2025 was a Tuesday), stamp 'date 2025-11-18'; the head-line 'الثلاثاء 2025-11-18 11:58 ص' and 'الوكيل الإخباري-' dropped", True, """
الثلاثاء، 18-11-2025 10:48 ص
وزارة الزراعة: توقّع وصول زيت الزيتون المستورد خلال أسابيع قليلة
أفاد الأمين العام لوزارة الزراعة محمد الحياري بأن الوزارة شرعت منذ الاثنين في منح تراخيص استيراد زيت الزيتون للمؤسستين الاستهلاكيتين العسكرية والمدنية وللمعاصر ولشركات القطاع الخاص التي تقدمت بطلب الترخيص.
ورجّح الحياري أن يصل الزيت المستورد خلال أسابيع قليلة (أقل من شهر).
ويشهد موسم الزيتون الحالي تراجعا واضحا بسبب شح الأمطار وموجة الجفاف التي ضربت المملكة.
""", [
    ev("hiyari-statement", "أفاد الأمين العام لوزارة الزراعة محمد الحياري", HIYARI[0], "no own expression; his statement, published at 10:48 on Tue 18 Nov 2025 (my span 17-18 Nov)", end=HIYARI[1]),
    ev("licences-granted", "شرعت منذ الاثنين في منح تراخيص", LICENCES[0], "'منذ الاثنين' from Tue 18 = Mon 17 Nov 2025; the Sawaleef report of Sun 16 says 'بداية الأسبوع الحالي': span 16-17 Nov", end=LICENCES[1]),
    ev("import-arrival", "أن يصل الزيت المستورد خلال أسابيع قليلة", ARRIVAL[0], "'خلال أسابيع قليلة (أقل من شهر)' from Tue 18 Nov 2025: by 18 Dec", end=ARRIVAL[1]),
    ev("drought", "بسبب شح الأمطار وموجة الجفاف", DROUGHT[0], "no own expression; the dry 2024/25 rainy season and hot summer (my span Nov 2024 - Sep 2025)", end=DROUGHT[1]),
])
art(S, "https://watananews.com/493825/",
    "2025-11-18", "stamp 'date 2025-11-18' at the head of the stored page (not kept in the text); the body's 'منذ الاثنين' agrees (Mon 17 Nov; 18 Nov 2025 was a Tuesday); 'وطنا اليوم:' dropped; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
الحياري: بدء منح تراخيص استيراد زيت الزيتون
قال الأمين العام لوزارة الزراعة محمد الحياري إن الوزارة باشرت منذ الاثنين إصدار تراخيص استيراد زيت الزيتون للمؤسستين الاستهلاكيتين العسكرية والمدنية وللمعاصر ولشركات القطاع الخاص التي طلبتها.
وتوقع أن يصل زيت الزيتون المستورد خلال أسابيع قليلة (أقل من شهر).
ويمر موسم الزيتون الحالي بتراجع ملحوظ جراء شح الأمطار والجفاف الذي أصاب المملكة.
وكانت دائرة الإحصاءات العامة قد ذكرت في بيان أن المعدل الموسمي العام لأداء موسم زيت الزيتون يشير إلى أنه "ضعيف" مقارنة بالمواسم السابقة.
وفي تصريحات سابقة، قال وزير الزراعة صائب خريسات إن الوزارة لجأت إلى فتح باب استيراد زيت الزيتون لسد عجز الموسم وتخفيف الأعباء عن المواطنين، مؤكدا أن الأسعار ستنخفض كثيرا بفعل الاستيراد وستصبح في متناول الجميع.
وكانت الوزارة قد أوضحت في بيان سابق أن الاستيراد سيقتصر على الدول الأعضاء في المجلس الدولي للزيتون، التزاما بالمعايير الدولية وضمانا لجودة المنتج المستورد.
""", [
    ev("hiyari-statement", "قال الأمين العام لوزارة الزراعة محمد الحياري", HIYARI[0], "no own expression; his statement, reported on Tue 18 Nov 2025 (my span 17-18 Nov)", end=HIYARI[1]),
    ev("licences-granted", "باشرت منذ الاثنين إصدار تراخيص", LICENCES[0], "'منذ الاثنين' from Tue 18 = Mon 17 Nov 2025; the Sawaleef report of Sun 16 says 'بداية الأسبوع الحالي': span 16-17 Nov", end=LICENCES[1]),
    ev("import-arrival", "أن يصل زيت الزيتون المستورد خلال أسابيع قليلة", ARRIVAL[0], "'خلال أسابيع قليلة (أقل من شهر)' from Tue 18 Nov 2025: by 18 Dec", end=ARRIVAL[1]),
    ev("drought", "جراء شح الأمطار والجفاف", DROUGHT[0], "no own expression; the dry 2024/25 rainy season and hot summer (my span Nov 2024 - Sep 2025)", end=DROUGHT[1]),
    ev("dos-statement", "وكانت دائرة الإحصاءات العامة قد ذكرت في بيان", "2025-10-26", "no own expression; the statistics department's first monthly olive report, before Tue 18 Nov 2025 (its second came on 27 Nov); my span 26 Oct - 17 Nov", end="2025-11-18"),
    ev("import-door-opened", "لجأت إلى فتح باب استيراد زيت الزيتون", "2025-11-06", "no own expression; imports opened with the ministry's announcement of Thu 6 Nov 2025 and the application window of Sun 9 - Thu 13 Nov (watananews 491289), span 6-13 Nov", end="2025-11-14"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 300)
                            if i != 201 and i != 294
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

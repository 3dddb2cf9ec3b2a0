"""Builds stories.jsonl: the 442-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: fuel, electricity and bread price decisions by Arab
governments (pricing committees, subsidy cuts, tariff increases, protests against price rises).
Stories: the Egyptian fuel price rise of Thu 29 June 2017 (Egypt, 2017), the Yemeni fuel subsidy cut that took
effect on Wed 30 July 2014 and the protests against it (Yemen, 2014), and the rise of the price of the bread
bundle from 65,000 to 70,000 pounds announced on Tue 10 March 2026 (Lebanon, 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-fuel-price-hike-june-2017
S = "egypt-fuel-price-hike-june-2017"
HIKE = "2017-06-29"                        # new fuel prices announced and applied on Thu 29 Jun 2017
RATION = "2017-06-20"                      # Sisi announced the ration-card rise (21 -> 50 pounds) at the Family Iftar, Tue 20 Jun 2017
FLOAT = "2016-11-03"                       # the pound was floated on Thu 3 Nov 2016
PREV_HIKE = ("2016-11-03", "2016-11-05")   # the previous fuel rise: announced on the evening of Thu 3 Nov 2016, applied from Fri 4 Nov
art(S, "http://alttahrer.com/?p=4334",
    "2017-06-29", "no date line on the stored page; the body's 'رفعت الحكومة المصرية الخميس (29 يونيو 2017م)' together with 'وجاء قرار الحكومة اليوم' gives Thu 29 Jun 2017 (29 Jun 2017 was a Thursday); the 'رصد- التحرير:' credit dropped; headline written from the body (the stored text has none)", True, """
مصر ترفع أسعار الوقود للمرة الثانية خلال ثمانية أشهر
أقدمت الحكومة المصرية الخميس (29 يونيو 2017م) على زيادة أسعار الوقود، في ثاني زيادة خلال ثمانية أشهر فقط، وبنسب بلغت 100%.
وصدر قرار الحكومة اليوم برفع أسعار الوقود بعد أيام قليلة من إعلان الرئيس عبدالفتاح السيسي رفع دعم الفرد على البطاقة التموينية بنحو 140%، وبعد مرور ما يقارب الشهر على إقرار حكومة شريف إسماعيل حزمة للضمان الاجتماعي قيمتها 2.4 مليار دولار.
ويعتبر كثير من المصريين أن علاوة الغلاء وزيادة الدعم التمويني جلبتا لهم بعض الفرح، غير أن زيادة أسعار الوقود حولت ذلك الفرح وبهجة العيد إلى حزن عميق.
وكان وزير البترول طارق الملا قد أعلن رفع لتر البنزين 92 أوكتين إلى 5 جنيهات بدلا من 3.5 جنيه بزيادة تقارب 43%، ولتر البنزين 80 أوكتين إلى 3.65 جنيه بدلا من 2.35 جنيه بزيادة تقارب 55%، كما رفع سعر لتر السولار بنحو 55% إلى 3.65 جنيه بدلا من 2.35 جنيه، وزاد سعر غاز السيارات 25% إلى جنيهين للمتر المكعب بدلا من 1.60 جنيه.
ورفع سائقو الميكروباص، وسيلة النقل الأساسية لأصحاب الدخل المتوسط والمحدود، أجرة الراكب إلى 1.5 جنيه بدلا من جنيه واحد، فيما زاد سائقو التاكسي الأجرة بنحو 25%.
""", [
    ev("fuel-hike", "أقدمت الحكومة المصرية الخميس (29 يونيو 2017م) على زيادة أسعار الوقود", HIKE, "'الخميس (29 يونيو 2017م)' = Thu 29 Jun 2017"),
    ev("ration-subsidy-rise", "إعلان الرئيس عبدالفتاح السيسي رفع دعم الفرد على البطاقة التموينية", RATION, "'بعد أيام قليلة' before Thu 29 Jun; Sisi announced the rise from 21 to 50 pounds at the Egyptian Family Iftar on the evening of Tue 20 Jun 2017 (outside knowledge: a Ramadan Tuesday, 'عيدية' before Eid)"),
    ev("molla-announcement", "وكان وزير البترول طارق الملا قد أعلن", HIKE, "no own expression; the petroleum minister announced the new prices on the day of the rise, Thu 29 Jun 2017"),
    ev("transport-fares-raised", "ورفع سائقو الميكروباص", HIKE, "no own expression; the drivers raised the fares on the day of the rise, Thu 29 Jun 2017"),
])
art(S, "https://archive.albiladdaily.com/%d9%85%d8%b5%d8%b1-%d8%aa%d8%b1%d9%81%d8%b9-%d8%a3%d8%b3%d8%b9%d8%a7%d8%b1-%d8%a7%d9%84%d9%88%d9%82%d9%88%d8%af-55",
    "2017-06-30", "no date line on the stored page; the body's 'رفعت ابتداء من امس الخميس' for the rise of Thu 29 Jun 2017 (alttahrer: 'الخميس (29 يونيو 2017م)') gives Fri 30 Jun 2017; the 'القاهرة – وكالات' credit dropped; headline kept from the URL slug; the last, truncated sentence of the stored excerpt dropped", False, """
مصر ترفع أسعار الوقود
أفاد وزير البترول المصري طارق الملا بأن بلاده زادت ابتداء من امس الخميس أسعار وقود وسائل النقل بنسب تراوحت بين 5.6 و55 بالمئة، بهدف تقليص كلفة دعم الطاقة في ميزانية 2017-2018.
وتعد هذه ثاني مرة ترفع فيها الحكومة أسعار الوقود منذ تحرير سعر صرف الجنيه في نوفمبر تشرين الثاني الماضي.
وأوضح الملا أن سعر لتر بنزين 92 ارتفع إلى 5 جنيهات (نحو 0.28 دولار) بعد أن كان 3.5 جنيه بزيادة تقارب 43 بالمئة، فيما صعد بنزين 80 أوكتين إلى 3.65 جنيه من 2.35 جنيه بزيادة 55 بالمئة.
وارتفع بنزين 95 ارتفاعا طفيفا إلى 6.60 جنيه للتر من 6.25 جنيه، أي بنسبة 5.6 بالمئة، كما زادت مصر سعر السولار إلى 3.65 جنيه للتر من 2.35 جنيه بنسبة 55 بالمئة.
وقفز سعر غاز السيارات 25 بالمئة ليبلغ جنيهين للمتر المكعب بدلا من 1.60 جنيه، في حين تضاعف سعر أسطوانة غاز الطهي (البوتاجاز) بنسبة 100 بالمئة إلى 30 جنيها بدلا من 15 جنيها.
وبيّن الملا أن الزيادة تندرج ضمن خطة ترشيد الدعم، وأنها "ستوفر نحو 35 مليار جنيه من فاتورة دعم الطاقة في موازنة 2017-2018".
وأضاف أن دعم المواد البترولية في موازنة السنة المالية 2017-2018، التي تنطلق في الأول من يوليو تموز، سيتراجع إلى 110 مليارات جنيه بعد أن كان المستهدف سابقا 145 مليارا.
""", [
    ev("fuel-hike", "زادت ابتداء من امس الخميس أسعار وقود وسائل النقل", HIKE, "'امس الخميس' in an article of Fri 30 Jun 2017 = Thu 29 Jun"),
    ev("molla-announcement", "أفاد وزير البترول المصري طارق الملا", HIKE, "no own expression; the minister's statement on the day of the rise, Thu 29 Jun 2017 (a wire report of that day)"),
    ev("pound-float", "منذ تحرير سعر صرف الجنيه في نوفمبر تشرين الثاني الماضي", FLOAT, "'في نوفمبر تشرين الثاني الماضي' from Jun 2017 = November 2016; the float was on Thu 3 Nov 2016 (outside knowledge)"),
    ev("cylinder-price-doubled", "تضاعف سعر أسطوانة غاز الطهي (البوتاجاز)", HIKE, "no own expression; part of the rise of Thu 29 Jun 2017"),
    ev("fiscal-year-start", "التي تنطلق في الأول من يوليو تموز", "2017-07-01", "'في الأول من يوليو تموز' of the 2017-2018 fiscal year = Sat 1 Jul 2017"),
])
art(S, "https://nbdelemirate.ae/32656.html",
    "2017-06-30", "no date on the stored page; the body's 'رفعت الحكومة المصرية أمس أسعار الوقود' for the rise of Thu 29 Jun 2017 (alttahrer: 'الخميس (29 يونيو 2017م)'; albiladdaily: 'امس الخميس') gives Fri 30 Jun 2017; headline written from the body (the stored text has none)", False, """
الحكومة المصرية ترفع أسعار الوقود بنسب تصل إلى 100%
زادت الحكومة المصرية أمس أسعار الوقود في البلاد بنسب وصلت إلى 100 % لبعض المنتجات، ضمن خطتها لإعادة هيكلة دعم المواد البترولية. وهي الزيادة الثانية التي تقرها الحكومة خلال ثمانية أشهر، بعدما رفعت الأسعار في نوفمبر الماضي بنسب تراوحت بين 30 و47 %.
وذكر وزير البترول طارق الملا أن الحكومة رفعت لتر البنزين 92 أوكتين إلى 5 جنيهات (حوالي 0.28 دولار) من 3.5 جنيه بزيادة تقارب 43 %، ولتر البنزين 80 أوكتين إلى 3.65 جنيه من 2.35 جنيه بزيادة تقارب 55 %. أما بنزين 95، الذي يباع أصلا بالأسعار العالمية، فزاد سعره قليلا إلى 6.60 جنيهات للتر من 6.25 جنيهات بنسبة 5.6 %.
ورفعت مصر سعر السولار بنحو 55 % إلى 3.65 جنيهات للتر بدلا من 2.35 جنيه، كما زاد غاز السيارات 25 % إلى جنيهين للمتر المكعب من 1.60 جنيه.
وسجلت أسطوانة غاز الطهي (البوتاجاز) أكبر زيادة، إذ قفز سعرها 100 % إلى 30 جنيها بعد أن كان 15 جنيها، كما ضاعفت الحكومة سعر الأسطوانة التجارية إلى 60 جنيها بدلا من 30 جنيها.
""", [
    ev("fuel-hike", "زادت الحكومة المصرية أمس أسعار الوقود", HIKE, "'أمس' in an article of Fri 30 Jun 2017 = Thu 29 Jun"),
    ev("previous-fuel-hike", "بعدما رفعت الأسعار في نوفمبر الماضي", PREV_HIKE[0], "'في نوفمبر الماضي' from Jun 2017 = November 2016; the rise announced on the evening of Thu 3 Nov 2016 (the day of the float) and applied from Fri 4 Nov (outside knowledge; my span 3-4 Nov)", end=PREV_HIKE[1]),
    ev("molla-announcement", "وذكر وزير البترول طارق الملا", HIKE, "no own expression; the minister's statement on the day of the rise, Thu 29 Jun 2017"),
    ev("cylinder-price-doubled", "إذ قفز سعرها 100 % إلى 30 جنيها", HIKE, "no own expression; part of the rise of Thu 29 Jun 2017"),
])

# ---------------------------------------------------------------- yemen-fuel-subsidy-cut-protests-2014
S = "yemen-fuel-subsidy-cut-protests-2014"
ANNOUNCED = "2014-07-29"                   # the price rise was made known on the evening of Tue 29 Jul 2014 (protests from 'منتصف مساء الثلاثاء')
EFFECTIVE = "2014-07-30"                   # new prices from Wed 30 Jul 2014, the third day of Eid al-Fitr
art(S, "https://alaraby.co.uk/home/GoToPage/9f48bcd0-a029-4e10-b363-6e2b89f51683/01dedf75-7846-4e9d-ab56-7871a8aeff21",
    "2014-07-30", "the page's date line '30 يوليو 2014' (under the headline, not part of the body, so dropped) and the body's 'بدءاً من اليوم الأربعاء' (30 Jul 2014 was a Wednesday); the photo caption and font buttons dropped; headline kept from the page", False, """
قطع شوارع بصنعاء احتجاجاً على رفع أسعار الوقود
أغلق محتجون يمنيون غاضبون عددا من الشوارع في صنعاء رفضا لقرار الحكومة زيادة أسعار المحروقات بنسبة كبيرة وصلت إلى 80 في المئة للبنزين و150 في المئة للسولار.
وحلّقت مروحيات عسكرية فوق صنعاء، بينما انتشرت وحدات الجيش والأمن في مناطق عديدة للحيلولة دون تجمع التظاهرات المناهضة للزيادة. وأطلقت الشرطة الرصاص الحي في شارع خولان وشارع الستين جنوبي العاصمة لتفريق المحتجين.
وكانت شركة النفط قد وزعت على محطات الوقود مذكرة تعلن التسعيرة الجديدة للوقود، بدءاً من اليوم الأربعاء. وبموجب المذكرة التي اطلع "العربي الجديد" على نسخة منها، سيباع "غالون" البنزين سعة 20 لتراً بعد رفع الدعم بنحو 4 آلاف ريال (18.60 دولاراً)، أي بزيادة نسبتها 80 في المئة، بينما حُدد سعر السولار بـ3900 ريال (18.13 دولاراً) بزيادة 2400 ريال، أي بما يفوق 150 في المئة.
وأتى قرار الزيادة بعد أشهر من أزمة خانقة في المشتقات النفطية، تلبية لضغوط المانحين الدوليين وعلى رأسهم صندوق النقد الدولي لإلغاء الدعم عن المشتقات النفطية، الذي يعدونه "بوابة للفساد المالي".
""", [
    ev("sanaa-protests", "أغلق محتجون يمنيون غاضبون عددا من الشوارع في صنعاء", EFFECTIVE, "no own expression; the street closures of Wed 30 Jul 2014, the first day of the new prices"),
    ev("helicopters-over-sanaa", "وحلّقت مروحيات عسكرية فوق صنعاء", EFFECTIVE, "no own expression; Wed 30 Jul 2014 (almashhad: the helicopters heard after the streets were cut, 'صباح اليوم')"),
    ev("security-deployment", "انتشرت وحدات الجيش والأمن في مناطق عديدة", EFFECTIVE, "no own expression; the deployment 'منذ منتصف الليل' of Tue/Wed, i.e. Wed 30 Jul 2014 (almashhad)"),
    ev("police-live-fire", "وأطلقت الشرطة الرصاص الحي في شارع خولان", EFFECTIVE, "no own expression; Wed 30 Jul 2014"),
    ev("hike-announced", "وكانت شركة النفط قد وزعت على محطات الوقود مذكرة", ANNOUNCED, "no own expression; the memo was out before the new prices of Wednesday, on the evening of Tue 29 Jul 2014 (almashhad: protests 'منذ منتصف مساء الثلاثاء' after the announcement)"),
    ev("new-prices-effective", "بدءاً من اليوم الأربعاء", EFFECTIVE, "'اليوم الأربعاء' = Wed 30 Jul 2014"),
])
art(S, "https://www.yemeress.com/almashhad/39620",
    "2014-07-30", "no date on the stored page (a yemeress copy of al-Mashhad al-Yemeni); the body's 'منذ منتصف مساء الثلاثاء الى صباح اليوم' and 'بدأ من اليوم الاربعاء' give Wed 30 Jul 2014 (the new prices started on Wed 30 Jul 2014, the third day of Eid; alaraby of 30 Jul: 'بدءاً من اليوم الأربعاء'); the site menus dropped; headline written from the body; the last, truncated word completed ('رئاسة الوزراء')", False, """
احتجاجات في صنعاء ومدن يمنية على رفع أسعار المشتقات النفطية
تعيش العاصمة صنعاء وعدد من المدن اليمنية منذ منتصف مساء الثلاثاء الى صباح اليوم موجة من الاحتجاجات والتظاهرات، إثر إعلان الحكومة زيادة أسعار المشتقات النفطية بدأ من اليوم الاربعاء.
وانتشرت قوات أمنية كبيرة في شوارع العاصمة، وسُمع هدير المروحيات في سماء صنعاء بعدما أغلق المتظاهرون عددا من الشوارع الرئيسية وأحرقوا الإطارات.
وأفاد شهود عيان بأن المحتجين أغلقوا شارع القاهرة القريب من الدائري وشارعي تونس وخولان، وأحرقوا الإطارات في سوق شملان، وقطعوا الخط الرئيسي في المعمر قبل نقطة الأزرقين.
وتتمركز قوات أمنية حول محطات الوقود وفي أغلب شوارع العاصمة منذ منتصف الليل، بعد صدور توجيهات عليا برفع الجاهزية الأمنية إلى أقصى مستوياتها تحسبا لأي أعمال شغب، وخشية ردود فعل شعبية غاضبة على قرار سيطال كل جوانب الحياة ويتوقع أن يرفع أسعار الغذاء والمواصلات وغيرها.
ونقلت مصادر لـ"المشهد اليمني" أن الأجهزة الأمنية استدعت منتسبيها المجازين للعودة إلى العمل ورفعت درجة استعدادها تحسبا لأي شغب قد تستغله أطراف تسعى إلى إثارة الفوضى.
وبحسب المصدر المطلع، شملت التوجيهات تعزيز الحماية الأمنية في محيط منزل الرئيس ودار الرئاسة ومقر رئاسة الوزراء.
""", [
    ev("overnight-protests", "موجة من الاحتجاجات والتظاهرات", ANNOUNCED, "'منذ منتصف مساء الثلاثاء الى صباح اليوم' = from the evening of Tue 29 Jul to the morning of Wed 30 Jul 2014", end="2014-07-31"),
    ev("hike-announced", "إثر إعلان الحكومة", ANNOUNCED, "no own expression; the announcement came before the protests that began 'منذ منتصف مساء الثلاثاء', i.e. on Tue 29 Jul 2014"),
    ev("new-prices-effective", "بدأ من اليوم الاربعاء", EFFECTIVE, "'اليوم الاربعاء' = Wed 30 Jul 2014"),
    ev("helicopters-over-sanaa", "وسُمع هدير المروحيات في سماء صنعاء", EFFECTIVE, "no own expression; in the night/morning reported 'الى صباح اليوم', Wed 30 Jul 2014"),
    ev("security-deployment", "وتتمركز قوات أمنية حول محطات الوقود", EFFECTIVE, "'منذ منتصف الليل' = from midnight Tue/Wed, i.e. Wed 30 Jul 2014"),
])
art(S, "https://www.al-binaa.com/archives/article/10639",
    "2014-07-31", "no date on the stored page (al-Binaa, a Beirut daily); the body's 'اعتباراً من يوم أمس ثالث أيام عيد الفطر' for the new prices of Wed 30 Jul 2014 (Eid al-Fitr 1435 began on Mon 28 Jul 2014; alaraby of 30 Jul: 'بدءاً من اليوم الأربعاء') gives Thu 31 Jul 2014; headline kept from the page; the last, truncated sentence dropped", False, """
احتجاجات في اليمن على رفع أسعار الوقود
خرج مئات اليمنيين إلى شوارع صنعاء ومدن أخرى احتجاجا على مضاعفة أسعار الوقود، في هذا البلد الفقير الذي تعصف به أعمال العنف.
وبدأ العمل بالأسعار الجديدة اعتباراً من يوم أمس ثالث أيام عيد الفطر.
فقد ارتفع سعر 20 ليتراً من البنزين من 2500 الى 4000 ريال (من 11,6 الى 18,6 دولار)، وسعر 20 ليتراً من الديزل من 2000 الى 3900 ريال (من 9 الى 18 دولاراً).
وفي صنعاء، أشعل متظاهرون الإطارات وحاولوا إغلاق الطرقات بحسب مصدر أمني، فيما أفاد سكان بخروج تظاهرات في تعز جنوب شرقي العاصمة والحديدة غربا وعدن جنوبا.
وقال سائق الأجرة طلال مكي غاضبا إن "قرار الحكومة رفع أسعار الوقود سيزيد معاناة اليمنيين الذين يعيشون أصلا في فقر مدقع"، داعيا اليمنيين إلى الاحتجاج.
وتشير تقديرات البنك الدولي العائدة الى عام 2012 إلى أن أكثر من 54 في المئة من اليمنيين يعيشون تحت خط الفقر.
ووعدت الحكومة بأن تقرن هذه الزيادة برفع الأجور، إلا أن خبراء يمنيين يؤكدون أن ثلث اليمنيين فقط يعملون في وظائف.
من جهة أخرى، عانق الرئيس اليمني عبدربه منصور هادي سلفه علي عبدالله صالح عناقاً حاراً وقبّله في «جامع الصالح» عقب صلاة عيد الفطر، في أول لقاء علني بينهما منذ أن سلّم صالح السلطة لهادي في شباط 2012.
""", [
    ev("sanaa-protests", "خرج مئات اليمنيين إلى شوارع صنعاء ومدن أخرى", EFFECTIVE, "no own expression; the protests of Wed 30 Jul 2014, the day the new prices were applied ('يوم أمس' in an article of Thu 31 Jul)"),
    ev("new-prices-effective", "اعتباراً من يوم أمس ثالث أيام عيد الفطر", EFFECTIVE, "'يوم أمس ثالث أيام عيد الفطر' in an article of Thu 31 Jul 2014 = Wed 30 Jul (Eid began Mon 28 Jul)"),
    ev("taiz-hodeidah-aden-protests", "بخروج تظاهرات في تعز جنوب شرقي العاصمة والحديدة غربا وعدن جنوبا", EFFECTIVE, "no own expression; the same day as the Sanaa protests, Wed 30 Jul 2014"),
    ev("hadi-saleh-eid-embrace", "عانق الرئيس اليمني عبدربه منصور هادي سلفه علي عبدالله صالح", "2014-07-28", "'عقب صلاة عيد الفطر' = the Eid prayer of Mon 28 Jul 2014 (first day of Eid al-Fitr 1435)"),
    ev("saleh-handover", "منذ أن سلّم صالح السلطة لهادي في شباط 2012", "2012-02-27", "'في شباط 2012' = February 2012; the handover ceremony of Mon 27 Feb 2012 (outside knowledge)"),
])

# ---------------------------------------------------------------- lebanon-bread-price-70000-2026
S = "lebanon-bread-price-70000-2026"
RAISE = "2026-03-10"                       # the ministry of economy raised the bundle from 65,000 to 70,000 pounds on Tue 10 Mar 2026
WAR = ("2026-02-28", "2026-03-11")         # the war on Iran began on Sat 28 Feb 2026; fuel prices surged from then on (my span, to the articles)
art(S, "https://www.almanar.com.lb/article/624482/",
    "2026-03-10", "page metadata 'date 2026-03-10' (Tue 10 Mar 2026); no date in the body; headline kept from the page", False, """
وزارة الاقتصاد: رفع سعر ربطة الخبز 5 آلاف ليرة
أعلنت وزارة الاقتصاد اللبنانية زيادة سعر ربطة الخبز 5 آلاف ليرة، موضحة في بيان أن "المعطيات الميدانية كشفت، في ظل التطورات الاقتصادية الحالية والتقلبات المتواصلة في أسعار المحروقات عالمياً، ارتفاعاً في عدد من عناصر كلفة إنتاج الخبز وتوزيعه، وخصوصاً الزيادة الكبيرة في سعر المازوت التي انعكست مباشرة على كلفة تشغيل الأفران وعلى كلفة نقل الطحين من المطاحن إلى الأفران ونقل الخبز إلى نقاط البيع".
وأضافت أن هذه المتغيرات فرضت إعادة النظر في سعر ربطة الخبز اللبناني الأبيض، بما يحفظ التوازن بين حماية المستهلك واستمرار إنتاج الخبز وتوافره في الأسواق، "ولذلك تقرر رفع سعر ربطة الخبز اللبناني الأبيض في الأفران من 65 ألف ليرة لبنانية إلى 70 ألف ليرة لبنانية".
وشددت الوزارة على أن القرار مؤقت ومرتبط بارتفاع كلفة المحروقات، وأنها ستعيد النظر فيه إذا تراجعت أسعارها بما يسمح بالعودة عن الزيادة، استناداً إلى الدراسات والآليات المعتمدة لديها.
""", [
    ev("bread-price-raise", "أعلنت وزارة الاقتصاد اللبنانية زيادة سعر ربطة الخبز", RAISE, "no own expression; the ministry's statement of Tue 10 Mar 2026 (the page's day)"),
    ev("global-fuel-price-surge", "التقلبات المتواصلة في أسعار المحروقات عالمياً", WAR[0], "no own expression; the surge of world fuel prices since the war on Iran began on Sat 28 Feb 2026 (outside knowledge; my span 28 Feb - 10 Mar)", end=WAR[1]),
    ev("diesel-price-surge", "الزيادة الكبيرة في سعر المازوت", WAR[0], "no own expression; the diesel rise since the war began on Sat 28 Feb 2026 (my span 28 Feb - 10 Mar)", end=WAR[1]),
    ev("bread-price-raise", "ولذلك تقرر رفع سعر ربطة الخبز اللبناني الأبيض في الأفران", RAISE, "no own expression; the decision of Tue 10 Mar 2026 (the same event as the announcement)"),
])
art(S, "https://www.lebanon24.com/news/lebanon/1494793/%D9%86%D9%82%D9%8A%D8%A8-%D8%A7%D9%84%D8%A3%D9%81%D8%B1%D8%A7%D9%86-%D9%8A%D9%88%D8%B6%D8%AD-%D8%A3%D8%B3%D8%A8%D8%A7%D8%A8-%D8%B2%D9%8A%D8%A7%D8%AF%D8%A9-%D8%B3%D8%B9%D8%B1-%D8%B1%D8%A8%D8%B7%D8%A9-%D8%A7%D9%84%D8%AE%D8%A8%D8%B2",
    "2026-03-10", "page metadata 'date 2026-03-10' (Tue 10 Mar 2026); no date in the body; the site menus dropped; headline kept from the page; words missing in the stored text (links stripped: 'مكتب الحبوب والشمندر في [وزارة الاقتصاد]', 'أسعار [النفط] عالمياً', 'بين [الولايات المتحدة] الأميركية والعدو [الإسرائيلي] وايران') filled in by sense; the last, truncated sentence dropped", False, """
نقيب الأفران يوضح أسباب زيادة سعر ربطة الخبز
علّق رئيس "اتحاد نقابات الأفران والمخابز في لبنان" النقيب ناصر سرور، في بيان، على "تعديل سعر ربطة الخبز الذي زاد خمسة آلاف ليرة فأصبح سبعين ألف ليرة بدلا من خمسة وستين ألفاً".
وشرح سرور أن "سعر الربطة ووزنها يخضعان لآلية متابعة شهرية عبر المنصة المشتركة بين مديرية الحبوب والشمندر السكري في وزارة الاقتصاد وأمانة سر الاتحاد، حيث تُدرس كلفة الإنتاج وفق تطور أسعار المواد الأولية وسعر صرف الدولار وأوضاع الأسواق".
ولفت إلى أن "التطورات الإقليمية والحرب الدائرة بين الولايات المتحدة الأميركية والعدو الإسرائيلي وإيران رفعت أسعار النفط عالمياً بشكل كبير، إذ بلغ سعر البرميل نحو مئة دولار، وهو ما انعكس فوراً على كلفة الإنتاج في الأفران، خصوصاً لجهة سعر المازوت والمواد الأساسية كالنايلون ومواد التغليف".
وأوضح أن "سعر طن المازوت قفز من نحو 675 دولاراً إلى ما يقارب الألف دولار، ما شكّل عبئاً ثقيلاً على كلفة الإنتاج اليومية للأفران".
""", [
    ev("serour-statement", "علّق رئيس \"اتحاد نقابات الأفران والمخابز في لبنان\" النقيب ناصر سرور", RAISE, "no own expression; Serour's statement on the day of the rise, Tue 10 Mar 2026 (the page's day)"),
    ev("bread-price-raise", "تعديل سعر ربطة الخبز الذي زاد خمسة آلاف ليرة", RAISE, "no own expression; the ministry's rise of Tue 10 Mar 2026 (almanar of the same day)"),
    ev("iran-war", "والحرب الدائرة بين الولايات المتحدة الأميركية والعدو الإسرائيلي وإيران", WAR[0], "no own expression; the war began with the strikes on Iran on Sat 28 Feb 2026 (outside knowledge) and was going on ('الدائرة'); my span 28 Feb - 10 Mar", end=WAR[1]),
    ev("global-fuel-price-surge", "إذ بلغ سعر البرميل نحو مئة دولار", WAR[0], "no own expression; the oil price surge since Sat 28 Feb 2026 (my span 28 Feb - 10 Mar)", end=WAR[1]),
    ev("diesel-price-surge", "سعر طن المازوت قفز من نحو 675 دولاراً إلى ما يقارب الألف دولار", WAR[0], "no own expression; the diesel rise since the war began on Sat 28 Feb 2026 (my span 28 Feb - 10 Mar)", end=WAR[1]),
])
art(S, "https://www.lbcgroup.tv/news/lebanon/913293/%D8%B3%D9%84%D8%A7%D9%85-%D8%A7%D9%84%D8%AA%D9%82%D9%89-%D9%88%D9%81%D8%AF-%D8%A7%D8%AA%D8%AD%D8%A7%D8%AF-%D8%A7%D9%84%D8%A3%D9%81%D8%B1%D8%A7%D9%86-%D9%88%D8%B3%D8%B1%D9%88%D8%B1-%D9%8A%D8%A4%D9%83%D8%AF-%D8%AA%D9%88%D8%A7%D9%81%D8%B1-%D8%A7%D9%84%D8%B7%D8%AD%D9%8A%D9%86-%D9%88%D8%A7%D9%84%D9%82%D9%85%D8%AD-%D9%84%D8%A3%D9%83%D8%AB%D8%B1-%D9%85%D9%86-%D8%AB/ar",
    "2026-03-11", "page metadata 'date 2026-03-11' (Wed 11 Mar 2026; shorouknews of the same day carries the same meeting); no date in the body; headline kept from the page", False, """
سلام التقى وفد اتحاد الأفران... وسرور يؤكد توافر الطحين والقمح لأكثر من ثلاثة أشهر
استقبل رئيس الحكومة نواف سلام وفداً من اتحاد نقابات الأفران في لبنان يرأسه ناصر سرور، في حضور وزير الاقتصاد والتجارة عامر البساط، وتناول اللقاء استقرار تأمين رغيف الخبز في المرحلة الراهنة.
وأفاد سرور بعد الاجتماع بأنه "جرى التشديد على منع احتكار الخبز أو انقطاعه في أي منطقة"، مشيراً إلى "أن الطحين والقمح متوافران في البلاد لأكثر من ثلاثة أشهر، في المطاحن والأفران وفي الشحنات الموجودة في البحر".
وأضاف: "بحثنا كذلك في مسألة ارتفاع سعر الخبز، وأكد اتحاد الأفران أن أي زيادة ينبغي أن تكون موضوعية وتراعي ظروف المواطنين في هذه المرحلة الصعبة، وألا تزيد الضغط عليهم".
""", [
    ev("salam-bakers-meeting", "استقبل رئيس الحكومة نواف سلام وفداً من اتحاد نقابات الأفران", "2026-03-11", "no own expression; the meeting reported on Wed 11 Mar 2026 (the page's day; shorouknews of 11 Mar)"),
    ev("serour-after-meeting", "وأفاد سرور بعد الاجتماع", "2026-03-11", "no own expression; right after the meeting, Wed 11 Mar 2026"),
    ev("bread-price-raise", "مسألة ارتفاع سعر الخبز", RAISE, "no own expression; the rise of the bundle to 70,000 pounds of Tue 10 Mar 2026 (almanar, lebanon24)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 442
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

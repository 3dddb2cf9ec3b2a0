"""Builds stories.jsonl: the 310-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: public-sector salaries, minimum-wage decisions, bonuses and
the dates salaries are paid: Qatar's non-discriminatory minimum wage entering into force (Qatar, March 2021),
Bashar al-Assad's 100 % pay rise decreed together with the petrol price hike (Syria, August 2023), Ahmad al-Sharaa's
200 % pay and pension rise (Syria, June 2025), and Baghdad's late funding of the Kurdistan Region's September
salaries (Iraq, November 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- qatar-minimum-wage-in-force-2021
S = "qatar-minimum-wage-in-force-2021"
IN_FORCE = "2021-03-20"                      # Law No. 17 of 2020 applied to all contracts from Sat 20 Mar 2021
TRANSITION = ("2020-09-20", "2021-03-20")    # the six-month transition that ended on 20 Mar 2021 (my span)
LAW = "2020-08-30"                           # Law No. 17 of 2020 issued and announced on Sun 30 Aug 2020
ILO = ("2021-03-19", "2021-03-23")           # the ILO statement on the entry into force (my span 19-22 Mar)
art(S, "https://www.alaraby.co.uk/economy/%D9%82%D8%B7%D8%B1-272-%D8%AF%D9%88%D9%84%D8%A7%D8%B1%D8%A7%D9%8B-%D8%A7%D9%84%D8%A3%D8%AC%D8%B1-%D8%A7%D9%84%D8%A3%D8%AF%D9%86%D9%89-%D9%84%D9%84%D8%B9%D9%85%D8%A7%D9%84-%D9%88%D8%A7%D9%84%D9%85%D8%B3%D8%AA%D8%AE%D8%AF%D9%85%D9%8A%D9%86-%D9%81%D9%8A-%D8%A7%D9%84%D9%85%D9%86%D8%A7%D8%B2%D9%84",
    "2021-03-20", "page date line '20 مارس 2021' under the headline (kept as second line; 20 Mar 2021 was a Saturday); the body's 'اليوم السبت' agrees; headline kept from the page; the photo caption and the last, truncated words dropped", True, """
قطر: 272 دولاراً الأجر الأدنى للعمال والمستخدمين في المنازل
20 مارس 2021
شرعت قطر، اليوم السبت، في العمل بالحد الأدنى للأجور الذي يسري على العمالة الوافدة والمستخدمين في المنازل، ومقداره 1000 ريال قطري (272.7 دولاراً).
وشددت وزارة التنمية الإدارية والعمل والشؤون الاجتماعية في قطر على وجوب تقيد الشركات بالحد الأدنى للأجور (ألف ريال) عند توقيع العقود، وعلى أن يخصص صاحب العمل بدلاً إذا لم يوفر للعامل أو المستخدم السكن الملائم والغذاء، على ألا يقل بدل السكن عن 500 ريال (137 دولاراً) وبدل الغذاء عن 300 ريال ( 82 دولاراً)، مع لزوم تعديل عقود العمل.
وكانت الوزارة قد أعلنت في سبتمبر/ أيلول الماضي عن مهلة انتقالية مدتها ستة أشهر لتعديل إبرام العقود، حتى يتسنى لأصحاب العمل الاستعداد للانتقال.
وترى الوزارة، في بيان صحافي، أن اعتماد حد أدنى للأجر الأساسي وللسكن والغذاء سيولّد علاقات أفضل بين صاحب العمل والموظف، ويحقق مواءمة أفضل للوظائف، بما أن قطر أول بلد في المنطقة يعتمد حداً أدنى للأجور غير تمييزي.
""", [
    ev("min-wage-in-force", "شرعت قطر، اليوم السبت، في العمل بالحد الأدنى للأجور", IN_FORCE, "'اليوم السبت' under the date line '20 مارس 2021' = Sat 20 Mar 2021"),
    ev("ministry-transition-announcement", "وكانت الوزارة قد أعلنت في سبتمبر/ أيلول الماضي", "2020-09-01", "'في سبتمبر/ أيلول الماضي' from 20 Mar 2021 = September 2020 (month only)", end="2020-10-01"),
    ev("transition-period", "مهلة انتقالية مدتها ستة أشهر لتعديل إبرام العقود", TRANSITION[0], "'مدتها ستة أشهر', ending with the entry into force on Sat 20 Mar 2021: my span 20 Sep 2020 - 19 Mar 2021", end=TRANSITION[1]),
])
art(S, "https://epsycho.com.kw/2021/03/20/%d9%82%d8%b1%d8%a7%d8%b1-%d8%b1%d9%81%d8%b9-%d8%a7%d9%84%d8%ad%d8%af-%d9%84%d8%a3%d8%ac%d9%88%d8%b1-%d9%83%d9%84-%d8%a7%d9%84%d8%b9%d9%85%d8%a7%d9%84-%d9%81%d9%8a-%d9%82%d8%b7%d8%b1-%d9%8a%d8%af%d8%ae",
    "2021-03-20", "date in the URL '/2021/03/20/' (a Saturday) and the body's 'اليوم السبت' agree; the page reposts a BBC Arabic item ('[ad_1]', 'Source link' and the photo credit and caption dropped); headline kept from the page; no date of its own in the text", False, """
قرار رفع الحد لأجور كل العمال في قطر يدخل حيز التنفيذ
بدأ اليوم السبت سريان قرار رفع الحد الأدنى لأجور كل العمال في قطر إلى 275 دولارا شهريا، ضمن مراجعة واسعة لتشريعات العمل جاءت استجابة للملاحظات الدولية قبيل تنظيم نهائيات كأس العالم لكرة القدم 2022.
وكان الحد الأدنى للأجور قد صار ملزما في جميع عقود العمل الجديدة بداية من 30 أغسطس آب الماضي، أما الآن فسيسري على عقود العاملين كافة.
ويقضي القانون بألا يقل أجر أي عامل، بمن في ذلك العاملون في خدمة المنازل، عن ألف ريال (275 دولارا) في الشهر، وهو ما يوازي 1.30 دولار في الساعة.
كما يلزم القانون صاحب العمل بتوفير السكن والطعام للعامل، أو بأن يدفع له عوضا عنهما بدلا قيمته 800 ريال شهريا.
""", [
    ev("min-wage-in-force", "بدأ اليوم السبت سريان قرار رفع الحد الأدنى لأجور كل العمال", IN_FORCE, "'اليوم السبت' = Sat 20 Mar 2021 (URL date)"),
    ev("law-adopted-aug-2020", "صار ملزما في جميع عقود العمل الجديدة بداية من 30 أغسطس آب الماضي", LAW, "'30 أغسطس آب الماضي' from March 2021 = Sun 30 Aug 2020, the day Law No. 17 of 2020 was issued and announced (CNN Arabic, khaleejialaan)"),
    ev("world-cup-2022", "نهائيات كأس العالم لكرة القدم 2022", "2022-11-20", "'2022' only; the tournament was played in Qatar 20 Nov - 18 Dec 2022 (outside knowledge)", end="2022-12-19"),
])
art(S, "https://www.raya.com/2021/03/22/%D8%A7%D9%84%D8%B9%D9%85%D9%84-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A%D8%A9-%D8%AA%D9%8F%D8%B4%D9%8A%D8%AF-%D8%A8%D8%B3%D8%B1%D9%8A%D8%A7%D9%86-%D8%A7%D9%84%D8%AD%D8%AF-%D8%A7%D9%84%D8%A3/",
    "2021-03-22", "date in the URL '/2021/03/22/' (a Monday; no date on the stored page); the item reports the ILO statement on the entry into force of Sat 20 Mar 2021; headline kept from the page; the sub-headings, the dateline 'جنيف – مواقع إخبارية وترجمة الراية' and the last, truncated word dropped; no date of its own in the text", False, """
«العمل الدولية» تُشيد بسريان الحد الأدنى للأجور في قطر
رأت منظمة العمل الدولية في بيان أن «قطر هي أول دولة في المنطقة تطبق حدًا أدنى غير تمييزي للأجور»، وأكدت أهمية هذا السبق في إطار سلسلة من الإصلاحات التاريخية لقوانين العمل في البلاد.
وذكرت المنظمة أن أكثر من 400 ألف عامل سيستفيدون مباشرة من القرار الجديد.
وأثنت المنظمة على الإصلاحات الجارية في قطر، معتبرة أن قطر خطت، مع بداية سريان الإجراء الجديد، خطوة إضافية في سلسلة إصلاحات العمل الكبيرة التي تنفذها.
وأوضحت في أحدث تقاريرها أن القانون الذي اعتُمد العام الماضي أعطى أصحاب العمل فترة انتقالية مدتها 6 أشهر تمهيدًا لتطبيق الحد الأدنى الجديد.
وبيّنت أن القانون يلزم أصحاب العمل، علاوة على الحد الأدنى للراتب الشهري الأساسي البالغ 1000 ريال قطري، بدفع بدلي طعام وسكن لا يقلان عن 300 و500 ريال قطري على الترتيب، إذا لم يوفروهما للعاملين مباشرة.
""", [
    ev("ilo-statement", "رأت منظمة العمل الدولية في بيان", ILO[0], "no own expression; the ILO statement on the entry into force, reported on Mon 22 Mar 2021 (my span 19-22 Mar 2021)", end=ILO[1]),
    ev("min-wage-in-force", "مع بداية سريان الإجراء الجديد", IN_FORCE, "no own day; the minimum wage in force from Sat 20 Mar 2021 (alaraby, BBC)"),
    ev("law-adopted-aug-2020", "القانون الذي اعتُمد العام الماضي", LAW, "'العام الماضي' from 2021 = 2020; Law No. 17 of 2020 was issued and announced on Sun 30 Aug 2020 (outside knowledge)"),
    ev("transition-period", "فترة انتقالية مدتها 6 أشهر", TRANSITION[0], "'مدتها 6 أشهر', ending with the entry into force on 20 Mar 2021: my span 20 Sep 2020 - 19 Mar 2021", end=TRANSITION[1]),
])
art(S, "https://www.business-humanrights.org/ar/latest-news/qatar-regional-first-non-discriminatory-minimum-wage-comes-into-effect/",
    "2021-03-22", "page date line '22 مارس 2021' under 'القصة' (kept as second line; 22 Mar 2021 was a Monday); headline kept from the page; the icon strip, the language note, the photo credit and the last, truncated clause ('إذا كا...') dropped", True, """
قطر: أول قانون غير تمييزي للحد الأدنى للأجور في المنطقة يدخل حيز التنفيذ
22 مارس 2021
في 20 مارس/أذار 2021 ، بدأ العمل في قطر بقانون الحد الأدنى للأجور الجديد غير التمييزي.
ويضمن القانون الحد الأدنى نفسه للأجور لكل العمال من كل الجنسيات وفي كل القطاعات، بما في ذلك العمالة المنزلية.
ويكفل حدًا أدنى للأجر الشهري قدره 1000 ريال قطري (275 دولارًا أمريكيًا)، يضاف إليه حد أدنى لبدلي الطعام (300 ريال قطري) والسكن (500 ريال قطري) إن لم يوفرهما صاحب العمل.
ويأتي سريان القانون بعد فترة انتقالية امتدت ستة أشهر منحت لأصحاب العمل، في أعقاب إصلاحات أخيرة سعت كذلك إلى "تفكيك" نظام الكفالة، بإعفاء العمال من الحصول على تصاريح خروج لمغادرة البلاد أو على شهادات عدم ممانعة.
""", [
    ev("min-wage-in-force", "في 20 مارس/أذار 2021 ، بدأ العمل في قطر بقانون الحد الأدنى للأجور", IN_FORCE, "'في 20 مارس/أذار 2021' (a Saturday)"),
    ev("transition-period", "بعد فترة انتقالية امتدت ستة أشهر", TRANSITION[0], "'ستة أشهر' before the entry into force of 20 Mar 2021: my span 20 Sep 2020 - 19 Mar 2021", end=TRANSITION[1]),
    ev("kafala-reforms", "إصلاحات أخيرة سعت كذلك إلى \"تفكيك\" نظام الكفالة", LAW, "no own expression; the end of the no-objection certificate was announced with the minimum-wage law on Sun 30 Aug 2020 (outside knowledge; earlier exit-permit steps date from 2018-2020)"),
])

# ---------------------------------------------------------------- syria-100pct-pay-rise-fuel-hike-2023
S = "syria-100pct-pay-rise-fuel-hike-2023"
DECREE = "2023-08-15"                        # decrees 11 and 12 of 2023, issued late on Tue 15 Aug 2023
FUEL = ("2023-08-15", "2023-08-17")          # petrol price rise announced that night, applied after midnight (15-16 Aug)
LIRA = ("2023-08-15", "2023-08-17")          # the lira's new record low around the decrees (my span 15-16 Aug)
art(S, "https://alquds.com/ar/posts/84452",
    "2023-08-16", "page date line 'الأربعاء 16 أغسطس 2023 2:51 مساءً - بتوقيت القدس' (kept as second line; 16 Aug 2023 was a Wednesday); AFP wire; headline kept from the page; the last, truncated sentence dropped", True, """
الأسد يضاعف رواتب القطاع العام والعسكريين تزامناً مع رفع الدعم عن البنزين
الأربعاء 16 أغسطس 2023 2:51 مساءً - بتوقيت القدس
دمشق - (أ ف ب)
أصدر الرئيس السوري بشار الأسد مرسومين ضاعف بهما رواتب العاملين في القطاع العام من مدنيين وعسكريين ومتقاعدين، بالتزامن مع إلغاء وزارة التجارة الدعم عن البنزين كلياً، في بلد استنزفت سنوات الحرب اقتصاده ومرافقه.
وبعد أكثر من 12 عاماً من نزاع دام، تعيش سوريا أزمة اقتصادية خانقة زادها سوءاً زلزال مدمر في شباط/فبراير، وفقدت العملة المحلية خلالها أكثر من 99 في المئة من قيمتها.
ويعيش معظم السوريين اليوم تحت خط الفقر، فيما يعاني أكثر من 12 مليونًا منهم انعدام الأمن الغذائي، بحسب الأمم المتحدة.
ونص المرسوم الاشتراعي الأول الذي أصدره الأسد في وقت متأخر الثلاثاء، بحسب ما نشرته وسائل الإعلام الرسمية، على "إضافة نسبة مئة في المئة إلى الرواتب ... لكل العاملين في الدولة من مدنيين وعسكريين".
ويشمل المرسوم الثاني بالزيادة "أصحاب المعاشات التقاعدية من العسكريين والمدنيين".
وكان راتب الموظف العام يتراوح بين عشرة دولارات ونحو 25 دولاراً في السوق السوداء قبل صدور المرسومين.
""", [
    ev("fuel-price-hike", "إلغاء وزارة التجارة الدعم عن البنزين كلياً", FUEL[0], "no own expression; the petrol price decision announced with the decrees late on Tue 15 Aug 2023 and applied after midnight (my span 15-16 Aug)", end=FUEL[1]),
    ev("salary-decree", "المرسوم الاشتراعي الأول الذي أصدره الأسد في وقت متأخر الثلاثاء", DECREE, "'في وقت متأخر الثلاثاء' from Wed 16 = Tue 15 Aug 2023"),
    ev("pension-decree", "ويشمل المرسوم الثاني بالزيادة", DECREE, "no own expression; decree No. 12 issued with No. 11 late on Tue 15 Aug 2023"),
])
art(S, "https://arabkhabar.com/a/367919",
    "2023-08-16", "page line 'تاريخ النشر: 16th, August 2023 GMT' (kept as second line; 16 Aug 2023 was a Wednesday); headline kept from the page; the two sub-headings and the last, truncated sentence ('واليوم الاربعاء شهدت مناطق سيطرة النظام السوري إ...') dropped; a missing verb restored in 'أن الرئيس بشار الأسد أصدر مرسوما'", True, """
الاسد يزيد رواتب الموظفين بنسبة 100% والليرة تنهار
تاريخ النشر: 16th, August 2023 GMT
مُنيت الليرة السورية بانهيار فادح لاول مرة في التاريخ، إذ بلغ سعر صرفها 15300 ليرة سورية للدولار الواحد (مقابل 50 ليرة للدولار قبل الثورة)، بالتزامن مع إعلان الرئيس السوري بشار الاسد رفع رواتب الموظفين بنسبة 100%، في حين شهدت محافظات خاضعة للاسد إضرابا لوسائل النقل.
وأعلنت الرئاسة السورية أن الرئيس بشار الأسد أصدر مرسوما تشريعيا يقضي بزيادة الرواتب والأجور بنسبة 100% لكل العاملين في الدولة من مدنيين وعسكريين.
وتضمن المرسوم زيادة قدرها 100% من المعاش التقاعدي لأصحاب المعاشات من العسكريين والمدنيين.
وتعيش سورية غلاء فاحشا في الأسعار دفع حتى الموالين للنظام والمدافعين عنه إلى كسر صمتهم وانتقاد الأوضاع المعيشية والمسؤولين العسكريين والأمنيين، واتهامهم بعدم الاكتراث بأحوال المواطنين وآلامهم.
كما قضى المرسوم برفع الحد الأدنى العام للأجور والحد الأدنى لأجور المهن لعمال القطاع الخاص والتعاوني والمشترك غير المشمولين بأحكام القانون الأساسي للعاملين بالدولة، ليصبح 185940 ليرة سورية شهرياً.
""", [
    ev("lira-record-low", "مُنيت الليرة السورية بانهيار فادح لاول مرة في التاريخ", LIRA[0], "no own expression; the record low of about 15,300 a dollar reported on Wed 16 Aug 2023 with the decrees (my span 15-16 Aug)", end=LIRA[1]),
    ev("transport-strike", "شهدت محافظات خاضعة للاسد إضرابا لوسائل النقل", "2023-08-16", "no own expression here; the page's next (truncated, dropped) sentence dates it 'اليوم الاربعاء' = Wed 16 Aug 2023"),
    ev("salary-decree", "أصدر مرسوما تشريعيا يقضي بزيادة الرواتب والأجور بنسبة 100%", DECREE, "no own expression; decree No. 11 of Tue 15 Aug 2023 (AFP: 'في وقت متأخر الثلاثاء')"),
    ev("pension-decree", "زيادة قدرها 100% من المعاش التقاعدي", DECREE, "no own expression; decree No. 12 of Tue 15 Aug 2023"),
    ev("min-wage-185940", "ليصبح 185940 ليرة سورية شهرياً", DECREE, "no own expression; part of decree No. 11 of Tue 15 Aug 2023"),
])
art(S, "https://alsouria.net/100-%d9%84%d9%84%d8%b1%d9%88%d8%a7%d8%aa%d8%a8-%d9%88140-%d9%84%d9%84%d8%a8%d9%86%d8%b2%d9%8a%d9%86-%d8%b2%d9%8a%d8%a7%d8%af%d8%a7%d8%aa-%d8%ac%d8%af%d9%8a%d8%af%d8%a9-%d9%8a%d9%82%d8%b1%d9%87%d8%a7",
    "2023-08-16", "no date on the stored page; the body's 'الصادر عن الأسد أمس الثلاثاء' for decree No. 11 (issued late on Tue 15 Aug 2023, dated so by AFP/alquds) gives Wed 16 Aug 2023; headline written from the URL slug ('100-للرواتب-و140-للبنزين-زيادات-جديدة-يقرها', cut); the sub-heading and the last, truncated sentence dropped; no date of its own in the text", False, """
زيادات جديدة: 100% للرواتب و140% للبنزين
أصدر رئيس النظام السوري، بشار الأسد، مرسومين تشريعيين يقضيان برفع الرواتب والأجور المقطوعة للعاملين المدنيين والعسكريين وللمتقاعدين بنسبة 100%.
وجاء المرسومان متزامنين مع قرار من وزارة التجارة الداخلية وحماية المستهلك في حكومة النظام برفع سعر البنزين المدعوم بنسبة 140%، والبنزين الحر بنسبة 70%.
ويقضي المرسوم التشريعي رقم "11"، الذي أصدره الأسد أمس الثلاثاء، بإضافة نسبة 100% إلى رواتب العاملين في مؤسسات الدولة المدنية والعسكرية.
ويرتفع بموجبه الحد الأدنى لأجور عمال القطاع الخاص إلى 185 ألفاً و940 ليرة سورية.
أما المرسوم رقم "12" الذي أصدره رأس النظام فيمنح أصحاب المعاشات التقاعدية من العسكريين والمدنيين زيادة قدرها 100% من المعاش التقاعدي.
ويبدأ العمل بالمرسومين اعتباراً من أول الشهر الذي يلي تاريخ صدورهما.
ويقدَّر متوسط الرواتب في مناطق سيطرة النظام قبل الزيادة بنحو 149 ألف ليرة سورية، أي ما يعادل 11 دولاراً أمريكياً شهرياً.
وبموجب المرسومين، صار متوسط الرواتب أقل من 300 ألف ليرة سورية، أي ما يعادل 22 دولاراً أمريكياً.
وتفيد التقديرات بأن تكلفة معيشة أسرة سورية من خمسة أفراد لا تقل عن 400 دولار أمريكي.
""", [
    ev("fuel-price-hike", "برفع سعر البنزين المدعوم بنسبة 140%", FUEL[0], "no own expression; the petrol price decision issued with the decrees late on Tue 15 Aug 2023 and applied after midnight (my span 15-16 Aug)", end=FUEL[1]),
    ev("salary-decree", "الذي أصدره الأسد أمس الثلاثاء", DECREE, "'أمس الثلاثاء' from Wed 16 = Tue 15 Aug 2023"),
    ev("min-wage-185940", "ويرتفع بموجبه الحد الأدنى لأجور عمال القطاع الخاص", DECREE, "no own expression; part of decree No. 11 of Tue 15 Aug 2023"),
    ev("pension-decree", "أما المرسوم رقم \"12\" الذي أصدره رأس النظام", DECREE, "no own expression; decree No. 12 issued with No. 11 on Tue 15 Aug 2023"),
    ev("decrees-in-force", "ويبدأ العمل بالمرسومين اعتباراً من أول الشهر الذي يلي تاريخ صدورهما", "2023-09-01", "'من أول الشهر الذي يلي تاريخ صدورهما' after decrees of 15 Aug 2023 = Fri 1 Sep 2023"),
])
art(S, "https://elmanshar.com/2023/08/18/%d8%ba%d8%b6%d8%a8-%d8%b9%d8%a7%d8%b1%d9%85-%d9%81%d9%89-%d8%a7%d9%84%d8%b4%d8%a7%d8%b1%d8%b9-%d8%a7%d9%84%d8%b3%d9%88%d8%b1%d9%89-%d8%a8%d8%b9%d8%af-%d9%82%d8%b1%d8%a7%d8%b1-%d8%b1%d9%81%d8%b9",
    "2023-08-18", "post date line 'أغسطس 18, 2023' under the byline (kept as second line; 18 Aug 2023 was a Friday) and '/2023/08/18/' in the URL; the site's current-date header (15 Dec 2025), menus, share counters and the last, truncated sentence dropped; headline kept from the page", True, """
غضب عارم فى الشارع السورى بعد قرار رفع الدعم عن الوقود
أغسطس 18, 2023
أعلنت الحكومة السورية في الوقت نفسه مضاعفة رواتب القطاع العام وإلغاء الدعم عن الوقود، سعياً إلى إعطاء الاقتصاد دفعة في بلد مزقته الحرب.
وصدر الإعلان خلال الليل، بعدما هبطت الليرة السورية إلى مستوى متدن جديد أمام الدولار الأمريكي في السوق الموازية أو السوداء.
وأسهم انهيار الليرة في تغذية التضخم المفرط، ودفع أكثر من 90 في المئة من السكان إلى ما دون خط الفقر.
""", [
    ev("salary-decree", "مضاعفة رواتب القطاع العام", DECREE, "no own expression; the doubling decreed late on Tue 15 Aug 2023"),
    ev("fuel-price-hike", "وإلغاء الدعم عن الوقود", FUEL[0], "no own expression; announced the same night, applied after midnight (my span 15-16 Aug 2023)", end=FUEL[1]),
    ev("overnight-announcement", "وصدر الإعلان خلال الليل", "2023-08-15", "'خلال الليل' = the night of Tue 15 - Wed 16 Aug 2023 (my span)", end="2023-08-17"),
    ev("lira-record-low", "هبطت الليرة السورية إلى مستوى متدن جديد", LIRA[0], "no own expression; the new low just before the announcement (my span 15-16 Aug 2023)", end=LIRA[1]),
])

# ---------------------------------------------------------------- syria-200pct-pay-rise-decree-2025
S = "syria-200pct-pay-rise-decree-2025"
DECREES = "2025-06-22"                       # decrees 102 (salaries) and 103 (pensions) of 2025, Sun 22 Jun 2025
JULY = ("2025-07-01", "2025-08-01")          # the rise applied from July 2025
art(S, "https://old.zagil24.com/?p=19741",
    "2025-06-22", "the body's 'اليوم الأحد 22 يونيو 2025' (kept; 22 Jun 2025 was a Sunday); headline kept from the page; the table of contents, sub-headings and the last, truncated section dropped; the bullet lists turned into sentences", True, """
سوريا ترفع الرواتب والمعاشات التقاعدية بنسبة 200%
أصدر الرئيس السوري أحمد الشرع اليوم الأحد 22 يونيو 2025 مرسومين رئاسيين يقضيان بزيادة غير مسبوقة نسبتها 200% في رواتب وأجور موظفي القطاع العام والعسكريين وفي المعاشات التقاعدية، بهدف تخفيف الأعباء المعيشية عن المواطنين في ظل الظروف الاقتصادية الصعبة التي تعيشها البلاد.
وبموجب الزيادة، ارتفع الحد الأدنى للأجور من 250 ألف ليرة سورية (نحو 25 دولارًا) إلى 750 ألف ليرة سورية (نحو 75 دولارًا) شهريًا.
وتبلغ نسبة الزيادة 200% على الرواتب الحالية لكل العاملين في الوزارات والهيئات الحكومية والمؤسسات العامة والقوات العسكرية والأمنية.
كما شملت الزيادة أصحاب المعاشات التقاعدية بالنسبة نفسها، 200%، ما يحسّن دخل أكثر من مليون متقاعد.
ويقدَّر عدد موظفي القطاع العام في سوريا بنحو 1.25 مليون موظف بحسب الإحصاءات الرسمية، ما يعني أن الزيادة ستنعكس مباشرة على معيشة ملايين المواطنين، لا سيما مع الارتفاع الكبير في أسعار السلع والخدمات خلال السنوات الأخيرة.
""", [
    ev("decree-102", "أصدر الرئيس السوري أحمد الشرع اليوم الأحد 22 يونيو 2025 مرسومين رئاسيين", DECREES, "'اليوم الأحد 22 يونيو 2025' (a Sunday); decree No. 102 (salaries), issued with No. 103"),
    ev("min-wage-750k", "ارتفع الحد الأدنى للأجور من 250 ألف ليرة سورية", DECREES, "no own expression; part of decree No. 102 of Sun 22 Jun 2025"),
    ev("decree-103", "كما شملت الزيادة أصحاب المعاشات التقاعدية", DECREES, "no own expression; decree No. 103 (pensions) of Sun 22 Jun 2025"),
])
art(S, "https://daily-sy.com/2025/06/23/%d9%88%d8%b2%d9%8a%d8%b1-%d8%a7%d9%84%d8%a7%d9%82%d8%aa%d8%b5%d8%a7%d8%af-%d8%b2%d9%8a%d8%a7%d8%af%d8%a9-%d8%a7%d9%84%d8%b1%d9%88%d8%a7%d8%aa%d8%a8-%d8%ae%d8%b7%d9%88%d8%a9-%d8%a8%d8%a7%d9%84%d8%ba",
    "2025-06-23", "date in the URL '/2025/06/23/' (a Monday; no date on the stored page); the body's 'أصدر رئيس الجمهورية أمس المرسوم رقم 102' agrees with the decree of Sun 22 Jun 2025; headline kept from the page; the section tags dropped; the last sentence is cut in the page after 'والمؤسسات العا' and ends there (completed as 'العامة'); no date of its own in the text", False, """
وزير الاقتصاد: زيادة الرواتب خطوة بالغة الأهمية وتحمل أبعاداً اقتصادية واجتماعية وإنسانية
قال وزير الاقتصاد والصناعة الدكتور محمد نضال الشعار إن المرسومين اللذين أصدرهما رئيس الجمهورية لزيادة الرواتب يمثلان خطوة بالغة الأهمية في هذا التوقيت الدقيق، لما يحملانه من أبعاد اقتصادية واجتماعية وإنسانية.
وأوضح الشعار أن "هذه الزيادة تسهم في تنشيط الطلب الداخلي وتحريك عجلة الاقتصاد، وتخفف في الوقت ذاته الأعباء المعيشية عن المواطنين، وتعزز الاستقرار المجتمعي، وتعكس التزام الدولة الراسخ بوضع تحسين الواقع المعيشي للمواطن في مقدمة أولوياتها، رغم ما تواجهه من تحديات وظروف معقدة".
وتابع: "من موقعنا في وزارة الاقتصاد والصناعة، ندعو شركاءنا في القطاع الخاص بكل أشكاله ونناشدهم المبادرة إلى خطوات مماثلة في رفع الرواتب والأجور، انسجاماً مع هذه التوجهات الوطنية، وإسهاماً في تحسين الواقع المعيشي لجميع أبناء الوطن، ترسيخاً لمبدأ العدالة وتعزيزاً للتكامل بين القطاعين العام والخاص".
وكان رئيس الجمهورية قد أصدر أمس المرسوم رقم 102 لعام 2025، الذي يقضي بزيادة نسبتها 200% على الرواتب والأجور المقطوعة للعاملين المدنيين والعسكريين في الوزارات والإدارات والمؤسسات العامة.
""", [
    ev("shaar-statement", "قال وزير الاقتصاد والصناعة الدكتور محمد نضال الشعار", "2025-06-22", "no own expression; the minister's statement reported on Mon 23 Jun 2025, the day after the decrees (my span 22-23 Jun)", end="2025-06-24"),
    ev("decree-103", "المرسومين اللذين أصدرهما رئيس الجمهورية لزيادة الرواتب", DECREES, "no own expression; the pair of decrees of Sun 22 Jun 2025 (No. 102 for salaries, No. 103 for pensions); No. 102 has its own phrase below, so this mention stands for No. 103"),
    ev("decree-102", "قد أصدر أمس المرسوم رقم 102 لعام 2025", DECREES, "'أمس' from Mon 23 = Sun 22 Jun 2025"),
])
art(S, "https://syria.news/7c2882cd-24062512.html",
    "2025-06-24", "page stamp '24.06.2025 | 10:12' under the headline (kept as second line; 24 Jun 2025 was a Tuesday; '240625' also in the URL); headline kept from the page; the signature 'سيريانيوز', the tag line and the unrelated items below dropped", True, """
وزير المالية: الزيادة على الرواتب سيتم تطبيقها اعتباراً من شهر تموز القادم
24.06.2025 | 10:12
أعلن وزير المالية محمد يسر برنية أن زيادة الرواتب التي صدرت بمرسوم من الرئيس أحمد الشرع ستطبق اعتبارًا من شهر تموز القادم.
وأوضح برنية لوكالة سانا الرسمية أن الرئيس كلف وزارة المالية، منذ اليوم الأول للتكليف الحكومي، بالعمل على إنجاز هذه الزيادة.
وأضاف: "عملنا خلال الأشهر الماضية حتى بلغنا هذه الزيادة التي تساوي ثلاثة أضعاف الراتب المقطوع".
وأفاد الوزير بأن كلفة الزيادة تتراوح بين مليار و200 مليون دولار ومليار و300 مليون دولار سنويًا تتحملها الخزينة العامة.
وأشار كذلك إلى أن "ثمة إصلاحات وزيادات نوعية أخرى سيجري العمل عليها خلال الفترة القادمة وستسهم في تحسين مستوى الأجور".
""", [
    ev("decree-102", "زيادة الرواتب التي صدرت بمرسوم من الرئيس أحمد الشرع", DECREES, "no own expression; decree No. 102 of Sun 22 Jun 2025"),
    ev("raise-applied-july", "ستطبق اعتبارًا من شهر تموز القادم", JULY[0], "'اعتبارًا من شهر تموز القادم' from June 2025 = July 2025 (month only)", end=JULY[1]),
    ev("barnieh-statement", "وأوضح برنية لوكالة سانا الرسمية", "2025-06-23", "no own expression; the minister's statement to SANA, reported at 10:12 on Tue 24 Jun 2025 (my span 23-24 Jun)", end="2025-06-25"),
    ev("government-formed", "منذ اليوم الأول للتكليف الحكومي", "2025-03-29", "'منذ اليوم الأول للتكليف الحكومي' = the transitional government sworn in on Sat 29 Mar 2025 (outside knowledge)"),
    ev("preparation-months", "عملنا خلال الأشهر الماضية", "2025-03-29", "'خلال الأشهر الماضية' = from the government's first day to the decree (my span 29 Mar - 22 Jun 2025)", end="2025-06-23"),
])

# ---------------------------------------------------------------- iraq-kurdistan-september-salaries-2025
S = "iraq-kurdistan-september-salaries-2025"
FUNDED = "2025-11-29"                        # Baghdad deposits 941.874 bn dinars for September salaries, Sat 29 Nov 2025
FED_NOV = ("2025-11-27", "2025-11-30")       # federal employees' November salaries paid out from Thu 27 Nov (my span 27-29)
art(S, "https://www.kurdistan24.net/ar/story/877361/%D8%B1%D9%8A%D8%A8%D8%A7%D8%B2-%D8%AD%D9%85%D9%84%D8%A7%D9%86-%D9%8A%D8%B9%D9%84%D9%86-%D8%AD%D8%B5%D9%8A%D9%84%D8%A9-%D9%85%D8%A8%D9%8A%D8%B9%D8%A7%D8%AA-%D9%86%D9%81%D8%B7-%D9%83%D9%88%D8%B1%D8%AF%D8%B3%D8%AA%D8%A7%D9%86-%D8%B9%D8%A8%D8%B1-%D8%B4%D8%B1%D9%83%D8%A9-%D8%B3%D9%88%D9%85%D9%88",
    "2025-11-24", "the body's 'اليوم الاثنين 24 تشرين الثاني 2025' (kept; 24 Nov 2025 was a Monday); the page's 'منذ 4 ساعات' and its stamp 'date 2025-11-25' point to a late-evening item crawled the next day; headline rendered from the URL slug (the stored text has none); the last words are cut in the page after 'عبر شركة' and end with the company's name from the slug ('سومو')", True, """
ريباز حملان يعلن حصيلة مبيعات نفط كوردستان عبر شركة سومو
أربيل (كوردستان24)- أفاد ريباز حملان، مساعد رئيس حكومة إقليم كوردستان، بأن وزيرة المالية العراقية ربطت الإفراج عن المستحقات المالية للإقليم بتوزيع رواتب موظفي الحكومة الاتحادية، ووصف هذا الإجراء بأنه "ظلم وورقة ضغط سياسية"، مؤكداً في الوقت ذاته أن الإقليم ملتزم بكل تعهداته تجاه بغداد.
وقال حملان في تصريح لقناة "كوردستان 24"، اليوم الاثنين 24 تشرين الثاني 2025: "أبلغتنا وزيرة المالية العراقية، طيف سامي، أن رواتب موظفي إقليم كوردستان لن تُرسل قبل توزيع رواتب موظفي الحكومة الاتحادية، المقرر أن يبدأ بعد ثلاثة أيام".
وحمّل حملان الحكومة العراقية المسؤولية الأولى عن تأخر الرواتب، مشدداً على أنها اعتادت دائماً استعمال قوت موظفي الإقليم ورقة ضغط، وهو ما يمثل ظلماً كبيراً.
وأضاف أن الإقليم، كما أكد رئيس حكومته مسرور بارزاني، أوفى بكل التزاماته ويواصل الضغط على بغداد، داعياً الحكومة الاتحادية إلى صرف الرواتب الأربعة التي ما زالت بذمتها.
وفي ما يتعلق بالتزامات الإقليم، أوضح حملان أن تصدير النفط استؤنف وأن إيراداته تذهب إلى خزينة بغداد، إذ بيع 11 مليوناً و700 ألف برميل من نفط كوردستان عبر شركة سومو.
""", [
    ev("hamlan-statement", "وقال حملان في تصريح لقناة \"كوردستان 24\"، اليوم الاثنين 24 تشرين الثاني 2025", "2025-11-24", "'اليوم الاثنين 24 تشرين الثاني 2025' (a Monday)"),
    ev("federal-november-salaries", "توزيع رواتب موظفي الحكومة الاتحادية، المقرر أن يبدأ بعد ثلاثة أيام", FED_NOV[0], "'بعد ثلاثة أيام' from Mon 24 = Thu 27 Nov 2025; the federal November payroll under way 27-29 Nov (rudaw, lalishduhok; my span)", end=FED_NOV[1]),
    ev("oil-exports-resumed", "أوضح حملان أن تصدير النفط استؤنف", "2025-09-27", "no own expression; Kurdistan's oil exports through the Iraq-Turkey pipeline resumed on Sat 27 Sep 2025 (outside knowledge)"),
])
art(S, "https://www.rudawarabia.net/arabic/kurdistan/291120251",
    "2025-11-29", "page date line '29-11-2025' under the headline (kept as second line; 29 Nov 2025 was a Saturday; '291120251' also in the URL); the body's 'يوم السبت، 29 تشرين الثاني 2025' agrees; headline kept from the page; the keyword line, the signature 'رووداو ديجيتال', the font buttons and the last, truncated sentence dropped", True, """
بغداد تمول رواتب موظفي إقليم كوردستان لشهر أيلول
29-11-2025
موّلت الحكومة الاتحادية رواتب موظفي إقليم كوردستان لشهر أيلول الماضي، إذ أودعت 941 ملياراً و874 مليون دينار في حساب وزارة المالية والاقتصاد في حكومة الإقليم.
وذكرت الوزارة في بيان أن المبلغ أودع يوم السبت، 29 تشرين الثاني 2025، في حسابها المصرفي لدى فرع البنك المركزي العراقي في أربيل، تمويلاً لرواتب شهر أيلول لموظفي الإقليم ومتقاضي الرواتب فيه.
وكان فارس عيسى، رئيس ممثلية حكومة إقليم كوردستان في بغداد، قد قال لشبكة رووداو الإعلامية يوم الجمعة، 28 تشرين الثاني 2025، بشأن رواتب شهر أيلول، إن الأموال كان يفترض أن تصل يوم الأربعاء أو الخميس، لكنها "بعون الله، ستصل يوم الأحد أو الاثنين".
وفي العراق، صُرفت رواتب شهر تشرين الأول وجزء من رواتب شهر تشرين الثاني، وقال رئيس الممثلية: "نعمل على ألا تضيع الرواتب الأخرى. قانون الموازنة سارٍ حتى 31 كانون الأول، وإذا لم يتعاملوا معنا سياسياً، فلن تضيع الرواتب".
""", [
    ev("september-salaries-funded", "أن المبلغ أودع يوم السبت، 29 تشرين الثاني 2025", FUNDED, "'يوم السبت، 29 تشرين الثاني 2025' (a Saturday)"),
    ev("issa-statement", "قد قال لشبكة رووداو الإعلامية يوم الجمعة، 28 تشرين الثاني 2025", "2025-11-28", "'يوم الجمعة، 28 تشرين الثاني 2025' (a Friday)"),
    ev("federal-november-salaries", "وجزء من رواتب شهر تشرين الثاني", FED_NOV[0], "no own day; the federal November payroll begun on Thu 27 Nov 2025 (kurdistan24: 'بعد ثلاثة أيام' from Mon 24 Nov); my span 27-29 Nov", end=FED_NOV[1]),
    ev("budget-law-expiry", "قانون الموازنة سارٍ حتى 31 كانون الأول", "2025-12-31", "'حتى 31 كانون الأول' = Wed 31 Dec 2025, the last day the budget law runs"),
])
art(S, "https://www.lalishduhok.com/news/post/603500/",
    "2025-11-29", "stamp 'date 2025-11-29' at the head of the stored page (not kept in the text); the body's 'السبت' agrees (29 Nov 2025 was a Saturday, the day of the deposit reported by rudaw); URL given without its RSS tracking parameters; headline kept from the page; no date of its own in the text", False, """
إطلاق تمويل رواتب موظفي كوردستان عن شهر أيلول
أودعت وزارة المالية الاتحادية، السبت، مبلغ 941 مليار و874 مليون دينار في الحساب البنكي لوزارة المالية في إقليم كوردستان لدى فرع البنك المركزي العراقي في أربيل، لتغطية رواتب موظفي الحكومة عن شهر سبتمبر أيلول الماضي.
وكان رئيس الوزراء مسرور بارزاني قد أكد في وقت سابق أنه لم يعد هناك أي مسوغ فني أو قانوني لتأخير صرف مستحقات الإقليم.
ولفت بأسف إلى المفارقة في أن الإقليم ما زال ينتظر تمويل رواتب شهر أيلول، في الوقت الذي تبدأ فيه الحكومة الاتحادية صرف رواتب شهر تشرين الثاني.
وشدد رئيس الوزراء على أن الإقليم وفّى بكامل التزاماته الدستورية والقانونية، سواء في ملف الإيرادات غير النفطية أو في ملف مبيعات النفط، ولم يبق على حكومة الإقليم أي واجب لم تؤده.
وأشار إلى أن الحكومة تتابع الأمر حالياً وتضغط بأقصى ما تستطيع حتى لا يضيع أي استحقاق مالي للموظفين لهذا العام، ولاستيفاء كل الرواتب المتأخرة.
وأكد أن المسؤولية كاملة باتت الآن على عاتق الحكومة الاتحادية، التي عليها أن تفي بدورها بالتزاماتها تجاه مواطني كوردستان أسوة ببقية العراقيين.
""", [
    ev("september-salaries-funded", "أودعت وزارة المالية الاتحادية، السبت، مبلغ 941 مليار", FUNDED, "'السبت' = Sat 29 Nov 2025"),
    ev("federal-november-salaries", "تبدأ فيه الحكومة الاتحادية صرف رواتب شهر تشرين الثاني", FED_NOV[0], "no own day; the federal November payroll begun on Thu 27 Nov 2025 (kurdistan24); my span 27-29 Nov", end=FED_NOV[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 310
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

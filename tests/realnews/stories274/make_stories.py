"""Builds stories.jsonl: the 274-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories266/make_stories.py). Domain: ride-hailing apps, taxis and their regulation: Uber's
suspension of its Moroccan service (February 2018), the Tunis individual-taxi strike against ride-hailing apps
(January 2023), the individual-taxi unions' notice of a three-day strike at the school return in Tunisia
(August-September 2025), Algeria's draft law on ride-hailing apps and the traffic-law penalties (December 2025),
and the Lebanese public drivers' threatened protest against the petrol fee, called off for a monthly
compensation (February 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-uber-suspension-2018
S = "morocco-uber-suspension-2018"
LAUNCH = ("2015-06-01", "2015-08-01")  # Uber's start in Casablanca (June/July 2015; 'in 2015', 'three years ago')
art(S, "http://kifache.com/327002",
    "2018-02-19", "page time line 'الإثنين 19 فبراير 2018 على الساعة 17:55' at the head of the stored item (kept as first line; 19 Feb 2018 was a Monday); the Darija headline 'من بعد شد ليا نقطع ليك مع موالين الطاكسيات..' rendered in plain Arabic; the menu of other headlines and the last, truncated sentence of the statement dropped", True, """
الإثنين 19 فبراير 2018 على الساعة 17:55
بعد شدّ وجذب مع أصحاب الطاكسيات.. «أوبر» توقف خدماتها في المغرب
في قرار قد يضع حدا لـ«الحرب» التي أشعلها دخول الشركة إلى المغرب قبل 3 سنوات، ولا سيما مع مهنيي سيارات الأجرة، أعلنت شركة «أوبر» وقف خدماتها في المملكة إلى أجلٍ غير مسمى، لأن السلطات المغربية لم تُدمج شركات تطبيقات النقل في المنظومة القانونية.
وذكرت الشركة، في بلاغ نشرته على موقعها الإلكتروني، أن عدد مستخدمي «أوبر» في المغرب بلغ 19 ألفا، وأن 300 سائق استعملوا التطبيق، موضحة أن غموض الجانب القانوني «لا يسمح لها بتقديم تجربة آمنة وموثوقة تلبي حاجات عملائها من سائقين وركاب على حد سواء».
""", [
    ev("uber-launch-morocco", "دخول الشركة إلى المغرب قبل 3 سنوات", LAUNCH[0], "'قبل 3 سنوات' from Feb 2018 = 2015; Uber started in Casablanca in June/July 2015 (24saa: June 2015; Rue20: 21 July 2015) - my span", end=LAUNCH[1]),
    ev("uber-announcement", "أعلنت شركة «أوبر»", "2018-02-19", "no own expression; the announcement of the date line's day, Mon 19 Feb 2018"),
    ev("suspension-start", "وقف خدماتها في المملكة إلى أجلٍ غير مسمى", "2018-02-23", "no own expression for its start ('إلى أجلٍ غير مسمى' = open-ended); Uber's statement set the stop from Fri 23 Feb 2018 (slaati: 'بدءًا من 23 فبراير الجاري')"),
])
art(S, "https://maghress.com/al3omk/272421",
    "2018-02-19", "no stamp on the stored page (a maghress copy of al3omk): 'أعلنت الشركة اليوم الاثنين' for Uber's statement, which kifache's item timed 'الإثنين 19 فبراير 2018 على الساعة 17:55' (a Monday) and slaati (URL 2018/02/20) dated to the day before; headline written from the body; no date of its own in the text", False, """
«أوبر» توقف خدماتها بالمغرب بعد صراعها مع سيارات الأجرة
بعد الضجة التي أحدثتها شركة «أوبر» للنقل عبر الإنترنت في المغرب، بسبب صراعها مع سيارات الأجرة في الدار البيضاء، أعلنت الشركة اليوم الاثنين أنها ستوقف خدماتها بالمغرب ابتداء من هذا الأسبوع.
وذكرت الشركة، في بيان على موقعها، أنها لم تدخر جهدا منذ دخولها للمغرب في 2015 في العمل مع السلطات المغربية للوصول إلى حل يرضي الجميع.
وقالت في بيانها: «للأسف، منذ انطلاقنا في المغرب قبل 3 سنوات تقريبا، لم يكن لدينا أي وضوح بشأن دمج تطبيقات مثل أوبر في نموذج النقل القائم، ولهذا اتخذنا قرارا صعبا بتعليق نشاطنا في المغرب».
وأوضحت أن «عدم اليقين التنظيمي الحالي لا يتيح لنا تقديم تجربة آمنة وموثوقة تلبي متطلبات عملائنا، سائقين وركابا، ولذلك فإننا مضطرون، ما دام لا يوجد إصلاح حقيقي ولا بيئة مواتية لحلول التنقل الجديدة، إلى تعليق عملياتنا، ابتداء من هذا الأسبوع».
وكشفت «أوبر» أن نحو 19 ألف شخص استعملوا تطبيقها في التنقل، وأن 300 سائق اعتمدوا عليه، وقالت إنها ستدعمهم لأنه كان مصدر دخل لهم، مؤكدة أنها ستعود إلى المغرب فور وضع قواعد جديدة تسمح لها بالعمل في المملكة.
""", [
    ev("uber-announcement", "أعلنت الشركة اليوم الاثنين", "2018-02-19", "'اليوم الاثنين' = Mon 19 Feb 2018 (the day of the statement)"),
    ev("suspension-start", "ستوقف خدماتها بالمغرب ابتداء من هذا الأسبوع", "2018-02-23", "'ابتداء من هذا الأسبوع' = the week of Mon 19 Feb 2018; Uber's statement set the stop from Fri 23 Feb 2018 (slaati)"),
    ev("uber-launch-morocco", "منذ دخولها للمغرب في 2015", LAUNCH[0], "'في 2015'; Uber started in Casablanca in June/July 2015 - my span", end=LAUNCH[1]),
])
art(S, "https://mail.slaati.com/2018/02/20/p1013969.html",
    "2018-02-20", "date in the URL '/2018/02/20/'; the body's 'بدءًا من 23 فبراير الجاري' agrees; the byline, the 'منذ 8 سنة' counter and the list of other news dropped; no date of its own in the text", False, """
«أوبر» توقف خدمتها في المغرب
قررت شركة النقل التشاركي «أوبر» وقف خدماتها في المغرب بدءًا من 23 فبراير الجاري، وأعلنت ذلك في بيان نشرته على موقعها الإلكتروني الرسمي.
وقالت الشركة في بيانها إنها لم تكن تملك أي رؤية واضحة لإمكانية دمج خدمتها في نموذج النقل المعمول به في المغرب منذ إطلاقها في السوق قبل ثلاث سنوات.
وأضافت: «إن عدم اليقين التنظيمي الحالي لا يتيح لنا تقديم تجربة آمنة وموثوقة تلبي متطلبات عملائنا، سائقين وركابا، ولذلك فنحن مضطرون، ما لم يحدث إصلاح حقيقي وتتوفر بيئة صالحة لحلول التنقل الجديدة، إلى تعليق عملياتنا هذا الأسبوع».
ولدى «أوبر» نحو 300 سائق يستعملون التطبيق، إضافة إلى قرابة 19 ألف عميل يعتمدون عليه في تنقلاتهم، وقد تعهدت الشركة باستئناف العمل فور وضع قواعد جديدة.
ويُذكر أن «أوبر» أعلنت العام الماضي توقفا مماثلا لخدماتها في فنلندا والنرويج، قائلة إنها تريد الدخول في حوار بنّاء مع صناع القرار هناك للدفع نحو تغيير القواعد.
""", [
    ev("suspension-start", "وقف خدماتها في المغرب بدءًا من 23 فبراير الجاري", "2018-02-23", "'23 فبراير الجاري' = Fri 23 Feb 2018"),
    ev("uber-announcement", "في بيان نشرته على موقعها الإلكتروني الرسمي", "2018-02-19", "no own expression; the statement of Mon 19 Feb 2018 (kifache's time line, al3omk's 'اليوم الاثنين')"),
    ev("uber-launch-morocco", "منذ إطلاقها في السوق قبل ثلاث سنوات", LAUNCH[0], "'قبل ثلاث سنوات' from Feb 2018 = 2015; Uber started in Casablanca in June/July 2015 - my span", end=LAUNCH[1]),
    ev("nordic-suspensions", "أعلنت العام الماضي توقفا مماثلا لخدماتها", "2017-01-01", "'العام الماضي' from 2018 = 2017 (Uber's stops in Finland and Norway were announced in 2017)", end="2018-01-01"),
])

# ---------------------------------------------------------------- tunisia-taxi-strike-against-apps-2023
S = "tunisia-taxi-strike-against-apps-2023"
art(S, "https://www.ifm.tn/ar/article/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A%D8%A9/%D8%A3%D9%85%D9%8A%D9%86-%D8%B9%D8%A7%D9%85-%D8%A7%D8%AA%D8%AD%D8%A7%D8%AF-%D8%A7%D9%84%D8%AA%D8%A7%D9%83%D8%B3%D9%8A-%D8%A7%D9%84%D9%81%D8%B1%D8%AF%D9%8A-%D8%A7%D9%84%D8%B9%D8%A7%D8%B5%D9%85%D8%A9-%D8%BA%D8%AF%D8%A7-%D8%AF%D9%88%D9%86-%D8%B3%D9%8A%D8%A7%D8%B1%D8%A7%D8%AA-%D8%AA%D8%A7%D9%83%D8%B3%D9%8A-%D8%AA%D8%B5%D8%B1%D9%8A%D8%AD/65154",
    "2023-01-15", "the body's 'اليوم الأحد 15 جانفي 2023' (15 Jan 2023 was a Sunday) for the statement the item reports; '(تصريح)' and the page's 'إعلانات' dropped from the headline", True, """
أمين عام اتحاد التاكسي الفردي: العاصمة غدا دون سيارات تاكسي
قال الأمين العام للاتحاد التونسي للتاكسي الفردي، فوزي الخبوشي، في تصريح أدلى به لراديو «إي أف أم» اليوم الأحد 15 جانفي 2023، إن سواق التاكسي المنضوين تحت لواء الاتحاد سيدخلون يوم غد الاثنين في إضراب عن العمل، احتجاجا على شركات تعتمد تطبيقات على الهاتف الجوال لنقل الأشخاص بسيارات مدنية.
وأوضح أن هذا الملف عُرض على أنظار عدة جهات، منها النيابة العمومية ومحافظ البنك المركزي، لكي تتخذ ما يلزم من إجراءات دفاعا عن أرزاق أهل المهنة، على حد تأكيده.
""", [
    ev("capital-without-taxis", "العاصمة غدا دون سيارات تاكسي", "2023-01-16", "'غدا' from Sun 15 Jan 2023 = Mon 16 Jan"),
    ev("khabouchi-ifm-statement", "لراديو «إي أف أم» اليوم الأحد 15 جانفي 2023", "2023-01-15", "'اليوم الأحد 15 جانفي 2023' = Sun 15 Jan 2023"),
    ev("strike", "سيدخلون يوم غد الاثنين في إضراب عن العمل", "2023-01-16", "'يوم غد الاثنين' from Sun 15 Jan 2023 = Mon 16 Jan"),
    ev("file-referral", "هذا الملف عُرض على أنظار عدة جهات", "2023-01-01", "no own expression; the file went to the prosecution and the central bank before the statement of Sun 15 Jan 2023 (my span: January 2023 up to that day)", end="2023-01-16"),
])
art(S, "https://24-24.tn/ar/2023/01/16/%d8%a7%d9%84%d9%8a%d9%88%d9%85-%d8%a7%d9%84%d8%b9%d8%a7%d8%b5%d9%85%d8%a9-%d8%a8%d9%84%d8%a7-%d8%b3%d9%8a%d8%a7%d8%b1%d8%a7%d8%aa-%d8%aa%d8%a7%d9%83%d8%b3%d9%8a",
    "2023-01-16", "date in the URL '/2023/01/16/' and the body's 'اليوم الاثنين 16 جانفي 2023' (16 Jan 2023 was a Monday); the page's weather box and its current date ('19 ديسمبر، 2024'), the 'Related posts' list and the comment box dropped", True, """
اليوم: العاصمة بلا سيارات تاكسي
يخوض سواق التاكسي المنتمون إلى الاتحاد التونسي للتاكسي الفردي إضرابا عن العمل اليوم الاثنين 16 جانفي 2023، تعبيرا عن غضبهم من التطبيقات التي تُستعمل في تونس لنقل الأشخاص بسيارات مدنية.
وكانوا قد عدّوا في تصريحات سابقة أن هذه التطبيقات تشكل تهديدا حقيقيا لمورد رزقهم ورزق عائلاتهم، فضلا عن خطرها على أمن المواطنين وإضرارها بالاقتصاد الوطني، في غياب أي رقابة عليها وعلى الجهات التي تقف وراءها، وفق ما صرح به الأمين العام للتاكسي الفردي فوزي الخبوشي لإذاعة موزاييك.
""", [
    ev("capital-without-taxis", "اليوم: العاصمة بلا سيارات تاكسي", "2023-01-16", "'اليوم' = Mon 16 Jan 2023 (the URL day)"),
    ev("strike", "إضرابا عن العمل اليوم الاثنين 16 جانفي 2023", "2023-01-16", "'اليوم الاثنين 16 جانفي 2023' = Mon 16 Jan 2023"),
    ev("earlier-statements", "وكانوا قد عدّوا في تصريحات سابقة", "2023-01-09", "'في تصريحات سابقة': Khabouchi's statements to Mosaique FM in the week before the strike (the union's sit-in of Mon 9 Jan and the strike notice) - my span 9-15 Jan 2023", end="2023-01-16"),
])
art(S, "https://avant-premiere.com.tn/ar/2023/01/16/%d8%aa%d8%b9%d9%84%d9%8a%d9%82-%d8%a5%d8%b6%d8%b1%d8%a7%d8%a8-%d8%a7%d9%84%d8%aa%d8%a7%d9%83%d8%b3%d9%8a-%d8%a7%d9%84%d9%81%d8%b1%d8%af%d9%8a",
    "2023-01-16", "date in the URL '/2023/01/16/'; the body's 'الذي نفذ اليوم' for the strike of Mon 16 Jan 2023 agrees; the 'Related posts' list dropped; no date of its own in the text", False, """
تعليق إضراب التاكسي الفردي
أعلن الأمين العام لاتحاد التاكسي الفردي، فوزي الخبوشي، منذ قليل تعليق إضراب التاكسي الفردي، وهو الإضراب الذي نُفّذ اليوم.
وأوضح أن قرار التعليق جاء بعد جلسة جمعته منذ قليل بمستشارة في وزارة تكنولوجيات الاتصال، التزمت خلالها بتقنين التطبيقات الخاصة بالنقل بالتشاور مع وزارتي العدل والنقل.
وأضاف الخبوشي، في تصريح إذاعي، أن اتحاد التاكسي الفردي قرر رفع دعوى قضائية ضد الشركة المالكة لأحد هذه التطبيقات.
""", [
    ev("strike-suspended", "منذ قليل تعليق إضراب التاكسي الفردي", "2023-01-16", "'منذ قليل' on the day of the strike, Mon 16 Jan 2023 (the URL day)"),
    ev("strike", "وهو الإضراب الذي نُفّذ اليوم", "2023-01-16", "'اليوم' = Mon 16 Jan 2023"),
    ev("ministry-meeting", "بعد جلسة جمعته منذ قليل بمستشارة", "2023-01-16", "'منذ قليل' = Mon 16 Jan 2023, shortly before the item"),
    ev("lawsuit-decision", "قرر رفع دعوى قضائية ضد الشركة", "2023-01-15", "no own expression; the union's decision, made public on Mon 16 Jan 2023 (my span 15-16 Jan)", end="2023-01-17"),
])

# ---------------------------------------------------------------- tunisia-individual-taxi-strike-notice-2025
S = "tunisia-individual-taxi-strike-notice-2025"
STRIKE = ("2025-09-15", "2025-09-18")  # the planned three-day strike, Mon 15 - Wed 17 Sep 2025
FARE = ("2022-12-01", "2023-01-01")    # the last rise of the taxi meter fare (December 2022)
art(S, "https://www.babnet.net/rttdetail-314056.asp",
    "2025-08-29", "page line 'Publié le Vendredi 29 Août 2025 - 13:54' and stamp 'date 2025-08-29' on the stored page (neither kept in the text; 29 Aug 2025 was a Friday); the picture tag, the reading time, the site's closing question and the comments box dropped; no date of its own in the text", False, """
سواق التاكسي الفردي يعلنون إضرابا وطنيا أيّام 15 و16 و17 سبتمبر مع العودة المدرسية
قال نادر الكزدغلي، رئيس النقابة الأساسية للتاكسي الفردي، في تصريح لبرنامج «منك نسمع» على إذاعة ديوان أف أم، إن سواق التاكسي الفردي سيشنون إضرابا وطنيا عن العمل أيّام 15 و16 و17 سبتمبر 2025، بالتزامن مع العودة المدرسية.
ودعا الكزدغلي إلى الترفيع في تعريفة العداد وإسناد الرخص إلى مستحقيها، منتقدا ما سماه «سياسة المماطلة والتسويف» التي تنتهجها وزارة النقل.
وأشار إلى أن التعريفة المعمول بها حاليًا لم تُعدَّل منذ سنة 2022، وهو ما لم يعد يتماشى مع ارتفاع تكاليف المعيشة وأسعار قطع الغيار والمحروقات.
وأكد أن قطاع النقل العمومي غير المنتظم في تونس يمر بوضع صعب ويكاد يحتضر، داعيا سلطة الإشراف إلى التجاوب العاجل مع مطالب المهنيين.
""", [
    ev("strike-announcement", "في تصريح لبرنامج «منك نسمع» على إذاعة ديوان أف أم", "2025-08-29", "no own expression; the radio statement of the page's day, Fri 29 Aug 2025 (the union's announcement 'اليوم الجمعة 29 أوت 2025' in tuniscope)"),
    ev("planned-strike", "إضرابا وطنيا عن العمل أيّام 15 و16 و17 سبتمبر 2025", STRIKE[0], "'أيّام 15 و16 و17 سبتمبر 2025' = Mon 15 - Wed 17 Sep 2025", end=STRIKE[1]),
    ev("school-return", "بالتزامن مع العودة المدرسية", "2025-09-15", "no own expression; Tunisia's school year 2025-2026 began on Mon 15 Sep 2025 (the strike was set to coincide with it)"),
    ev("last-fare-rise", "لم تُعدَّل منذ سنة 2022", FARE[0], "'منذ سنة 2022': the last meter fare rise was in December 2022 (the union's later statements: 'منذ ديسمبر 2022')", end=FARE[1]),
])
art(S, "https://www.turess.com/tuniscope/412065",
    "2025-08-29", "the body's 'اليوم الجمعة 29 أوت 2025' (29 Aug 2025 was a Friday); a turess copy of Tuniscope; headline written from the body (the stored text has none); the last sentence, truncated in the stored text ('أمام مقر وزارة ا...'), cut to its complete clause", True, """
نقابة التاكسي الفردي تقرر إضرابا وطنيا لثلاثة أيام
أعلنت النقابة الأساسية للتاكسي الفردي، اليوم الجمعة 29 أوت 2025، أنها قررت الدخول في إضراب وطني عن العمل يمتد لثلاثة أيام متتالية، ابتداءً من 15 سبتمبر المقبل، بالتزامن مع العودة المدرسية، وذلك في كل ولايات الجمهورية.
وبيّنت النقابة أن هذا التحرك يأتي احتجاجا على عدم الاستجابة لمطالب المهنيين، وأولها الترفيع في تعريفة النقل العمومي غير المنتظم بسيارات التاكسي الفردي، مذكّرة بأن آخر تعديل للأسعار تم سنة 2022، بينما ارتفعت كثيرا أسعار السيارات وقطع الغيار ولوازم المهنة وتكاليف المعيشة.
وشددت على ضرورة إيجاد حلول عاجلة لملف إسناد الرخص تضمن حقوق المستحقين وتعيد الشفافية إلى القطاع.
وأبدت النقابة انفتاحها على حوار وتفاوض جديين، لكنها اشترطت هذه المرة أن تكون نتائج أي اتفاق وعودا مكتوبة وموثقة، حفاظا على مصداقية التعهدات وضمانا لحقوق السائقين.
وجاء في بيانها أن الوعود المتكررة من وزارة النقل منذ سنة 2024 لم تُترجم إلى اليوم إلى أي إجراء ملموس، ما زاد الاحتقان في صفوف المهنيين الذين يعيشون ظروفا اقتصادية واجتماعية صعبة.
ويُذكر أن سواق التاكسي الفردي نفذوا يوم 19 ماي الماضي إضرابا رافقته وقفة احتجاجية.
""", [
    ev("strike-announcement", "أعلنت النقابة الأساسية للتاكسي الفردي، اليوم الجمعة 29 أوت 2025", "2025-08-29", "'اليوم الجمعة 29 أوت 2025' = Fri 29 Aug 2025"),
    ev("planned-strike", "يمتد لثلاثة أيام متتالية، ابتداءً من 15 سبتمبر المقبل", STRIKE[0], "'لثلاثة أيام متتالية، ابتداءً من 15 سبتمبر المقبل' = Mon 15 - Wed 17 Sep 2025", end=STRIKE[1]),
    ev("school-return", "بالتزامن مع العودة المدرسية", "2025-09-15", "no own expression; the school return of Mon 15 Sep 2025"),
    ev("last-fare-rise", "آخر تعديل للأسعار تم سنة 2022", FARE[0], "'سنة 2022': the last meter fare rise was in December 2022", end=FARE[1]),
    ev("may-strike", "نفذوا يوم 19 ماي الماضي إضرابا", "2025-05-19", "'يوم 19 ماي الماضي' from Aug 2025 = Mon 19 May 2025"),
])
art(S, "https://ar.webmanagercenter.com/2025/09/01/406963/%D8%B9%D8%A7%D8%AC%D9%84-%D8%AA%D8%B2%D8%A7%D9%85%D9%86%D8%A7-%D9%85%D8%B9-%D8%A7%D9%84%D8%B9%D9%88%D8%AF%D8%A9-%D8%A7%D9%84%D9%85%D8%AF%D8%B1%D8%B3%D9%8A%D8%A9-%D8%AA%D9%88%D9%86%D8%B3-%D8%AF%D9%88-2/",
    "2025-09-01", "date in the URL '/2025/09/01/' and stamp 'date 2025-09-01' (1 Sep 2025 was a Monday); 'عاجل/' dropped from the headline; no date of its own in the text", False, """
مع العودة المدرسية: تونس دون «تاكسيات»
أكد رئيس النقابة الأساسية للتاكسي الفردي، نادر الكزدغلي، أن برقية تنبيه صدرت بتنفيذ إضراب أيام 15 و16 و17 سبتمبر الحالي.
وقال، في تصريح اليوم لإذاعة «الجوهرة أف أم»، إن هذه برقية الإضراب الثالثة، وقد جاءت بعد فشل كل محاولات التفاوض مع سلطة الإشراف وتنكّرها لوعودها، وفق قوله.
وأوضح أن مطلبهم الأساسي هو الترفيع في التعريفة، خاصة أن آخر زيادة كانت منذ 2022، مشيرا إلى أن القطاع بات مفلسا ويعاني صعوبات كثيرة.
وبيّن الكزدغلي أنهم يطالبون كذلك بتوضيح طريقة إسناد الرخص الجديدة وبالتصدي للدخلاء.
وأضاف أنهم سيحددون خلال الايام المقبلة الولايات التي سيشملها الإضراب، مؤكدا استعدادهم للحوار والتفاوض.
""", [
    ev("strike-notice", "برقية تنبيه صدرت بتنفيذ إضراب", "2025-08-29", "no own expression; the warning telegram was out by Mon 1 Sep 2025, after the announcement of Fri 29 Aug (my span 29 Aug - 1 Sep)", end="2025-09-02"),
    ev("planned-strike", "أيام 15 و16 و17 سبتمبر الحالي", STRIKE[0], "'أيام 15 و16 و17 سبتمبر الحالي' from 1 Sep 2025 = Mon 15 - Wed 17 Sep 2025", end=STRIKE[1]),
    ev("jawhara-statement", "في تصريح اليوم لإذاعة «الجوهرة أف أم»", "2025-09-01", "'اليوم' = Mon 1 Sep 2025 (the URL day)"),
    ev("last-fare-rise", "آخر زيادة كانت منذ 2022", FARE[0], "'منذ 2022': the last meter fare rise was in December 2022", end=FARE[1]),
    ev("regions-set", "سيحددون خلال الايام المقبلة الولايات", "2025-09-02", "'خلال الايام المقبلة' from Mon 1 Sep 2025: the days before the strike of Mon 15 Sep (my span 2-14 Sep)", end="2025-09-15"),
])

# ---------------------------------------------------------------- algeria-ride-hailing-apps-law-2025
S = "algeria-ride-hailing-apps-law-2025"
APPS = ("2017-01-01", "2018-01-01")       # the first ride-hailing app in Algeria (Yassir, 2017)
NEXT_WEEK = ("2025-12-21", "2025-12-28")  # 'الأسبوع المقبل' from Tue 16 / Wed 17 Dec 2025
art(S, "https://www.almowaten.net/2025/12/%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1-%D8%AA%D9%85%D9%86%D8%B9-%D8%AA%D8%B7%D8%A8%D9%8A%D9%82%D8%A7%D8%AA-%D8%A7%D9%84%D9%86%D9%82%D9%84-%D9%82%D8%B1%D8%A7%D8%B1-%D9%8A%D8%AB%D9%8A%D8%B1-%D8%A7/",
    "2025-12-14", "page date line 'الأحد ١٤ ديسمبر ٢٠٢٥ الساعة ١٠:٣٤ صباحاً' (kept as first line; 14 Dec 2025 was a Sunday) and '/2025/12/' in the URL; the byline 'المواطن - فريق التحرير' and the last, truncated sentence ('قال المنسق الوطن...') dropped", True, """
الأحد ١٤ ديسمبر ٢٠٢٥ الساعة ١٠:٣٤ صباحاً
الجزائر تمنع تطبيقات النقل.. قرار يثير الجدل
تتجه الجزائر إلى تشديد العقوبات في قانون المرور الجديد، برفع العقوبة على من يمارسون نقل الأشخاص دون رخصة، وهو ما يهدد بوقف نشاط تطبيقات النقل كليا، وقد فجّر جدلا بين مهنيي القطاع حول مستقبل هذه السيارات التي يكثر الطلب عليها.
ويأتي ذلك في إطار مشروع قانون المرور المكوّن من 190 مادة، الذي ناقشته أمس السبت لجنة النقل والمواصلات السلكية واللاسلكية، بعد سلسلة من الاجتماعات خُصصت للاستماع إلى آراء مسؤولين وخبراء ومختصين، بهدف إثراء النص بالمقترحات اللازمة.
وأثار البند الخاص بعقوبات من يمارسون نشاط نقل خاضعا للرخصة دون الحصول عليها، وهي التوقيف الفوري للمركبة وغرامة تصل إلى 30 مليون سنتيم (13 ألف دولار)، جدلا واسعا في البلاد.
فهو يهدد بتوقف تام للسائقين العاملين مع مؤسسات النقل الناشئة عبر التطبيقات، لأن هذه المؤسسات لا تعترف بها وزارة النقل ولا المصالح الأمنية، مع أنها تنشط منذ سنوات في الجزائر وصارت من أبرز وسائل تنقل الأشخاص.
""", [
    ev("committee-debate", "ناقشته أمس السبت لجنة النقل", "2025-12-13", "'أمس السبت' from Sun 14 Dec 2025 = Sat 13 Dec"),
    ev("committee-hearings", "بعد سلسلة من الاجتماعات خُصصت للاستماع", "2025-11-12", "no own expression; the committee's hearings came after the government's final reading of the bill (Wed 12 Nov 2025) and before Sat 13 Dec - my span", end="2025-12-13"),
    ev("apps-emergence", "تنشط منذ سنوات في الجزائر", APPS[0], "'منذ سنوات': the ride-hailing platforms appeared in 2017 with Yassir (maghrebemergent: 'منذ 2017')", end=APPS[1]),
])
art(S, "https://maghrebemergent.news/ar/%d9%85%d8%b4%d8%b1%d9%88%d8%b9-%d9%84%d8%aa%d9%86%d8%b8%d9%8a%d9%85-%d8%a7%d9%84%d9%85%d9%87%d9%86%d8%a9-%d8%b9%d9%84%d9%89-%d8%b7%d8%a7%d9%88%d9%84%d8%a9-%d8%a7%d9%84%d8%ad%d9%83%d9%88%d9%85%d8%a9",
    "2025-12-17", "page line 'M Iouanoughene 17 ديسمبر 2025' under the headline (its date kept as first line; 17 Dec 2025 was a Wednesday); the site banner, the byline, the picture caption, the subtitle 'سوق في حالة توسع' and the last, truncated sentence dropped", True, """
17 ديسمبر 2025
مشروع لتنظيم المهنة على طاولة الحكومة: هل تنتهي معاناة سائقي «الطاكسي الذكي»؟
كشف وزير الداخلية والجماعات المحلية والنقل، سعيد سعيود، أن مشروعا يخص تنظيم النقل عبر التطبيقات الذكية موجود على طاولة الأمانة العامة للحكومة.
وأوضح سعيود، وهو يرد على أسئلة النواب سهرة الثلاثاء، أن الحكومة ستدرس مشروع القانون الأسبوع المقبل ثم تحيله إلى البرلمان.
ودافع الوزير عن تقنين النقل عبر التطبيقات الإلكترونية، مبينا أن استحداث وسائل نقل بصيغ جديدة من شأنه تسهيل حياة المواطنين، ومعتبرا أن «أي معارضة لتقنين استعمال تطبيقات النقل هي جنون».
وقد غيّرت تطبيقات حجز سيارات الأجرة عبر الهاتف مشهد النقل الحضري في الجزائر تغييرا عميقا خلال بضع سنوات فقط.
فقد ظهرت هذه المنصات منذ 2017 مع تطبيق «يسير» رائدا أول، ثم تكاثرت حتى بلغت نحو عشرة أسماء بارزة، منها يسير وهيتش وإن درايف وكورسا ويانغو وكريم، ما دفع الشركة المسيّرة للمحطة البرية للعاصمة «سوغرال» إلى إطلاق تطبيقها «TAXI safe» كأول محاولة لتأطير هذا النشاط.
""", [
    ev("saioud-answer", "وهو يرد على أسئلة النواب سهرة الثلاثاء", "2025-12-16", "'سهرة الثلاثاء' from Wed 17 Dec 2025 = the evening of Tue 16 Dec"),
    ev("government-study", "ستدرس مشروع القانون الأسبوع المقبل", NEXT_WEEK[0], "'الأسبوع المقبل' from Tue 16 Dec 2025 = the week of Sun 21 - Sat 27 Dec", end=NEXT_WEEK[1]),
    ev("apps-emergence", "ظهرت هذه المنصات منذ 2017", APPS[0], "'منذ 2017' = 2017", end=APPS[1]),
])
art(S, "https://www.sayar.live/2025/12/blog-post_17.html",
    "2025-12-17", "page line 'تم النشر في 17/12/2025 9:18 ص' (not kept in the text; 17 Dec 2025 was a Wednesday) and '/2025/12/' in the URL; the byline and the last, truncated sentence dropped; no date of its own in the text", False, """
مشروع تنظيم تطبيقات النقل الإلكتروني على طاولة الحكومة… سعيود: «دراسته الأسبوع المقبل وتحويله للمواطنين قريبًا»
أكد وزير الداخلية والجماعات المحلية والنقل، السعيد سعيود، أن مشروعا قانونيا يخص تنظيم نشاط أصحاب التطبيقات الإلكترونية للنقل موجود حاليًا لدى الأمانة العامة للحكومة، في خطوة ترمي إلى تقنين هذا النوع من الخدمات ومواكبة التحولات التي يعرفها قطاع النقل.
وأوضح الوزير، في رده على مداخلات نواب المجلس الشعبي الوطني، خلال مناقشة التعديلات الواردة في مشروع قانون المرور، أن المشروع سيخضع للدراسة خلال الأسبوع المقبل، على أن يُحوَّل لاحقًا لفائدة المواطنين، أي أن يُشرع في تطبيقه ميدانيا بعد استكمال الإجراءات القانونية والتنظيمية.
وشدد سعيود على ضرورة تطوير وسائل نقل عصرية تلائم حاجات المواطنين اليومية، معتبرا أن التطبيقات الإلكترونية للنقل صارت خيارا لا يمكن تجاهله في ظل التطور التكنولوجي المتسارع والضغط المتزايد على وسائل النقل التقليدية.
""", [
    ev("saioud-answer", "في رده على مداخلات نواب المجلس الشعبي الوطني", "2025-12-16", "no own expression; the minister's reply to the deputies on the evening of Tue 16 Dec 2025 (maghrebemergent: 'سهرة الثلاثاء')"),
    ev("plenary-debate", "خلال مناقشة التعديلات الواردة في مشروع قانون المرور", "2025-12-14", "no own expression; the plenary debate of the traffic bill that the minister's reply of Tue 16 Dec 2025 closed (my span 14-16 Dec)", end="2025-12-17"),
    ev("government-study", "سيخضع للدراسة خلال الأسبوع المقبل", NEXT_WEEK[0], "'خلال الأسبوع المقبل' from Tue 16 Dec 2025 = the week of Sun 21 - Sat 27 Dec", end=NEXT_WEEK[1]),
])

# ---------------------------------------------------------------- lebanon-public-drivers-fuel-fee-protest-2026
S = "lebanon-public-drivers-fuel-fee-protest-2026"
FEE = "2026-02-16"  # the cabinet's decision of Mon 16 Feb 2026 (300,000 LBP on a tank of petrol)
art(S, "https://almanar.com.lb/article/569707/",
    "2026-02-19", "stamp 'date 2026-02-19' at the head of the stored page (not kept in the text; 19 Feb 2026 was a Thursday); 'يوم الخميس المقبل' and 'حتى الثلاثاء' agree with the protest called for Thu 26 Feb (tayyar, 25 Feb); 'تقرير مصور |', the reporter's name and the source line dropped; no date of its own in the text", False, """
مهلة حتى الثلاثاء… وإلا تحرك للنقل البري الخميس
وجّه اتحاد النقل البري ما يشبه الإنذار الأول إلى حكومة الرئيس نواف سلام، مطالبا بالتراجع عن قرار زيادة 300 ألف ليرة على صفيحة البنزين، وممهّدا للنزول إلى الشارع يوم الخميس المقبل إذا لم يُستجب لمطلبه.
وجاء هذا الموقف بعد مداولات بين رؤساء القطاع واتحاداته، منحوا خلالها رئيس الاتحاد بسام طليس مهلة قصيرة للتفاوض مع المعنيين حتى الثلاثاء.
في المقابل، شدد طليس على رفضه أن يستغل بعض السائقين القرار لرفع تعرفة «السرفيس»، داعيا وزارة الداخلية والأجهزة الأمنية إلى منع أي مخالفات لا تنسجم مع قرار النقابة ومع المسؤولية الوطنية.
""", [
    ev("unions-ultimatum", "وجّه اتحاد النقل البري ما يشبه الإنذار الأول", "2026-02-18", "no own expression; the union's warning, reported on Thu 19 Feb 2026 (my span 18-19 Feb)", end="2026-02-20"),
    ev("fuel-fee-decision", "قرار زيادة 300 ألف ليرة على صفيحة البنزين", FEE, "no own expression; the cabinet's decision of the night of Mon 16 Feb 2026 (Al-Araby Al-Jadeed of Tue 17 Feb: 'ليل أمس الاثنين')"),
    ev("planned-protest", "للنزول إلى الشارع يوم الخميس المقبل", "2026-02-26", "'يوم الخميس المقبل' from Thu 19 Feb 2026 = Thu 26 Feb"),
    ev("negotiation-deadline", "للتفاوض مع المعنيين حتى الثلاثاء", "2026-02-24", "'حتى الثلاثاء' from Thu 19 Feb 2026 = the deadline Tue 24 Feb"),
    ev("talis-fare-warning", "شدد طليس على رفضه أن يستغل بعض السائقين", "2026-02-18", "no own expression; part of the position reported on Thu 19 Feb 2026 (my span 18-19 Feb)", end="2026-02-20"),
])
art(S, "https://www.tayyar.org/News/Lebanon/706724/_guid=706724",
    "2026-02-25", "stamp 'date 2026-02-25' at the head of the stored page (not kept in the text; 25 Feb 2026 was a Wednesday); the body's 'صباح غد الخميس' agrees; headline written from the body (the stored text has none); no date of its own in the text", False, """
اتحادات النقل البري تدعو السائقين إلى أوسع تحرك
دعت اتحادات النقل البري إلى أوسع تحرك في ساحتي الشهداء ورياض الصلح عند العاشرة والنصف من صباح غد الخميس.
وقال رئيس اتحادات ونقابات النقل البري بسام طليس إنهم ماضون «إلى آخر الطريق» في مواجهة قرارات الحكومة لتحصيل مصالح المواطن، وإن الخطوات التالية ستُعلَن غدًا من ساحة رياض الصلح، متمنيا أن يبقى التحرك محصورا في ساحة الشهداء عند الساعة 10:30 صباحًا.
ودعا القوى الأمنية إلى مواكبة التحركات منعا لدخول أي «طابور» وإثارة الفوضى، مضيفا أن للتحرك 3 نقاط انطلاق هي الدورة ومستديرة الطيونة والسفارة الكويتية، وصولا إلى رياض الصلح.
ورأى طليس أن الحكومة الحالية اختارت للأسف طريق الضريبة لزيادة الرواتب، وأن في ذلك «تذاكيا على الناس»، لافتا إلى أن جدول تركيب الأسعار في وزارة الطاقة يبدو أنه طُبع قبل يوم من صدور القرار.
كما دعا جميع السائقين العموميين إلى عدم التلاعب بالتعرفة قبل صدور أي قرار رسمي، لأن لا ذنب للناس في ذلك.
""", [
    ev("protest-call", "دعت اتحادات النقل البري إلى أوسع تحرك", "2026-02-25", "no own expression; the call of the page's day, Wed 25 Feb 2026"),
    ev("planned-protest", "عند العاشرة والنصف من صباح غد الخميس", "2026-02-26", "'صباح غد الخميس' from Wed 25 Feb 2026 = the morning of Thu 26 Feb"),
    ev("next-steps", "الخطوات التالية ستُعلَن غدًا من ساحة رياض الصلح", "2026-02-26", "'غدًا' from Wed 25 Feb 2026 = Thu 26 Feb"),
    ev("fuel-fee-decision", "اختارت للأسف طريق الضريبة لزيادة الرواتب", FEE, "no own expression; the cabinet's decision of the night of Mon 16 Feb 2026 (the petrol fee and 1% VAT to fund the salaries)"),
    ev("price-table-printed", "طُبع قبل يوم من صدور القرار", "2026-02-15", "'قبل يوم من صدور القرار' = the day before the decision of Mon 16 Feb 2026 = Sun 15 Feb (Talis's claim)"),
])
art(S, "https://www.lbcgroup.tv/news/lebanon/907346/%D8%B7%D9%84%D9%8A%D8%B3-%D9%8A%D8%B9%D9%84%D9%86-%D8%AA%D8%B9%D9%84%D9%8A%D9%82-%D8%A7%D9%84%D8%AA%D8%AD%D8%B1%D9%83-%D8%A7%D9%84%D8%B0%D9%8A-%D9%83%D8%A7%D9%86-%D9%85%D9%82%D8%B1%D8%B1%D8%A7%D9%8B-%D9%8A%D9%88%D9%85-%D8%BA%D8%AF/ar",
    "2026-02-25", "stamp 'date 2026-02-25' at the head of the stored page (not kept in the text; 25 Feb 2026 was a Wednesday); the body's 'يوم غد' for the protest of Thu 26 Feb agrees; the one-sentence statement split into three; headline re-worded without its 'يوم غد'; no date of its own in the text", False, """
طليس يعلّق تحرك السائقين العموميين بعد الاتفاق على تعويض شهري
عقد رئيس اتحادات ونقابات قطاع النقل البري في لبنان بسام طليس اجتماعا طارئا مع رئيس الحكومة ووزير المال، بحضور رئيس الاتحاد العمالي العام في لبنان بشارة الأسمر، وبالتشاور مع وزير الأشغال العامة والنقل.
وبعد نقاش مستفيض، تم التوصل إلى اتفاق يقضي بتعويض سائقي السيارات العمومية الشرعية العاملة على البنزين بمبلغ ١٢ مليون ليرة لبنانية شهرياً، بشرط الإبقاء على التعرفة الحالية.
وبعد التشاور مع زملائه رؤساء قطاع النقل البري، قرر طليس تعليق التحرك الذي كان مقرراً يوم غد، والتفرغ لمتابعة التنفيذ العملي للاتفاق.
""", [
    ev("emergency-meeting", "اجتماعا طارئا مع رئيس الحكومة ووزير المال", "2026-02-25", "no own expression; the meeting of the page's day, Wed 25 Feb 2026"),
    ev("compensation-agreement", "تم التوصل إلى اتفاق يقضي بتعويض", "2026-02-25", "no own expression; the agreement of Wed 25 Feb 2026"),
    ev("protest-suspended", "قرر طليس تعليق", "2026-02-25", "no own expression; the decision of Wed 25 Feb 2026"),
    ev("planned-protest", "التحرك الذي كان مقرراً يوم غد", "2026-02-26", "'يوم غد' from Wed 25 Feb 2026 = Thu 26 Feb"),
])
art(S, "https://www.lebanon24.com/news/lebanon/1486288/%D8%AA%D8%B9%D9%88%D9%8A%D8%B6-%D8%A8%D9%8012-%D9%85%D9%84%D9%8A%D9%88%D9%86-%D9%84%D9%8A%D8%B1%D8%A9-%D8%B4%D9%87%D8%B1%D9%8A%D8%A7%D9%8B-%D9%85%D8%A7%D8%B0%D8%A7-%D8%A3%D8%B9%D9%84%D9%86-%D8%B7%D9%84%D9%8A%D8%B3%D8%9F",
    "2026-02-25", "page time line 'Lebanon 24 25-02-2026 | 14:42' (its date and time kept as first line; 25 Feb 2026 was a Wednesday) and stamp 'date 2026-02-25'; the 'browse without ads' banner, the photo counter and the repeated headline dropped", True, """
25-02-2026 | 14:42
تعويض بـ«12 مليون ليرة شهرياً».. ماذا أعلن طليس؟
أعلن رئيس اتحادات ونقابات النقل العام في لبنان بسام طليس، في بيان، أنه تقرر إقرار تعويض مالي شهري قدره 12,000,000 ليرة لبنانية لمالكي وسائقي السيارات العمومية الشرعية العاملة على البنزين، بعد الاتفاق الذي تم التوصل إليه مع رئيس مجلس الوزراء نواف سلام ووزير المالية ياسين جابر، وبالتشاور مع وزير الأشغال العامة والنقل، وبحضور رئيس الاتحاد العمالي العام.
ويشمل التعويض السيارات المسجلة أصولا لدى المديرية العامة للنقل البري والبحري، الحائزة على التراخيص القانونية اللازمة (مزاولة مهنة ورخصة مركبة عمومية)، والتي سددت كامل الرسوم المتوجبة عليها، ولا سيما رسوم الميكانيك والضمان.
وتوجّه طليس إلى جميع زملائه السائقين العموميين الشرعيين بضرورة التقيد التام بتعرفة النقل الرسمية الصادرة عن وزير الأشغال العامة والنقل، والمحددة بمبلغ 200,000 ليرة لبنانية، تفاديا لأي مخالفة أو ملاحقة قانونية.
وختم بأن اتحادات ونقابات النقل العام حريصة على انتظام عمل القطاع وفق القوانين والأنظمة المرعية، بما يحفظ حقوق السائقين ويصون مصلحة المواطنين في آنٍ معاً.
""", [
    ev("talis-statement", "أعلن رئيس اتحادات ونقابات النقل العام في لبنان بسام طليس، في بيان", "2026-02-25", "no own expression; the statement of the time line's day, Wed 25 Feb 2026 (14:42)"),
    ev("compensation-agreement", "بعد الاتفاق الذي تم التوصل إليه مع رئيس مجلس الوزراء", "2026-02-25", "no own expression; the agreement of Wed 25 Feb 2026 (lbcgroup: after the emergency meeting of that day)"),
    ev("tariff-compliance-call", "بضرورة التقيد التام بتعرفة النقل الرسمية", "2026-02-25", "no own expression; part of the statement of Wed 25 Feb 2026"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 280)
                            if i != 201 and i != 274
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

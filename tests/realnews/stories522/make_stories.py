"""Builds stories.jsonl: the 522-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: fuel and gas shortages (queues at stations, rationing
decisions, shipments arriving, supply restored).
Stories: the improved-benzine crisis in Basra and the imported shipment that ended it (Iraq, November-December
2025); the tanker Hong Ze Hu reaching Hodeidah during the Yemeni fuel crisis (Yemen, August 2015); Gaza's fuel
running out and the ten-day halt of cooking gas after the crossings were closed on the day of the strikes on Iran
(Palestine, February-March 2026); the Iraqi oil ministry's denial of a benzine crisis while queues spread in the
Middle Euphrates and the south (Iraq, February 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-basra-improved-benzine-crisis-2025
S = "iraq-basra-improved-benzine-crisis-2025"
CRISIS = ("2025-11-17", "2025-12-05")      # day 17 on Wed 3 Dec 2025 -> day 1 Mon 17 Nov; ended Fri 5 Dec ('ابتداءً من اليوم')
IMPORT_HALT = ("2025-10-25", "2025-11-18")  # the premier's order to stop imports: after the FCC launch (Sat 25 Oct 2025), before the crisis
RESUME = ("2025-11-17", "2025-12-04")       # the second order allowing imports again: during the crisis, before Wed 3 Dec
ARRIVAL = ("2025-12-03", "2025-12-05")      # 'في طريقها' on Wed 3 Dec; 'وصلت إلى أحد الموانئ' on Thu 4 Dec
UNLOAD = "2025-12-04"                       # unloading announced for Thu 4 Dec 2025
art(S, "https://www.alsumaria.tv/news/localnews/548984/%D8%A8%D8%A7%D9%84%D8%B5%D9%88%D8%B1-%D8%B1%D8%B5%D8%AF-%D8%A3%D8%B2%D9%85%D8%A9-%D8%AA%D8%AE%D8%B5-%D8%A7%D9%84%D8%A8%D9%86%D8%B2%D9%8A%D9%86-%D8%A7%D9%84%D9%85%D8%AD%D8%B3%D9%86-%D9%81%D9%8A-%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9",
    "2025-12-03", "date line of the stored page: 2025-12-03 (Wed 3 Dec 2025); the outlet's and the city's names, blanked in the stored text, written back ('السومرية نيوز', 'البصرة'); headline rendered from the URL slug; the photo captions dropped", True, """
بالصور.. رصد أزمة تخص البنزين المحسن في البصرة
تنشر السومرية نيوز صورا توثق أزمة البنزين المحسن في البصرة.
وتعيش البصرة أزمة متفاقمة في مادة البنزين المحسّن بلغت يومها السابع عشر، مع استمرار توقف تجهيز عشرات المحطات الأهلية توقفا تاما، وحصر توفير هذا الصنف من الوقود بخمس محطات حكومية فقط في عموم المحافظة، بحسب مصادر تعمل في قطاع المحطات.
وفي أحاديث للسومرية نيوز، ذكر أصحاب محطات أهلية طلبوا عدم نشر أسمائهم أن "وقف الاستيراد والاكتفاء بما يجهزه مصفى واحد هو السبب الأساسي للأزمة، وهو ما قلّص حصة البصرة من البنزين المحسّن بشكل ملحوظ".
وبيّن أصحاب المحطات أن "ربح الصهريج الواحد لا يزيد على 750 ألف دينار أو يتجاوزها بقليل، تضاف إليه أجور النقل من كربلاء إلى البصرة"، عادّين أن "هذه الأرقام تجعل تسلّم الوقود غير مجد اقتصاديا".
وفي شأن متصل، أفاد مصدر مطلع للسومرية نيوز بأن "باخرة محمّلة بالبنزين المستورد في طريقها إلى البلاد بعد العدول عن قرار وقف الاستيراد، وهي خطوة يتوقع أن تخفف الضغط وتحسّن التجهيز خلال الأيام المقبلة".
""", [
    ev("improved-benzine-crisis", "أزمة متفاقمة في مادة البنزين المحسّن بلغت يومها السابع عشر", CRISIS[0], "'بلغت يومها السابع عشر' on Wed 3 Dec 2025 -> begun Mon 17 Nov 2025; it ended on Fri 5 Dec (burathanews 'ابتداءً من اليوم'): span 17 Nov - 4 Dec 2025", end=CRISIS[1]),
    ev("private-stations-stopped", "توقف تجهيز عشرات المحطات الأهلية توقفا تاما", CRISIS[0], "no own expression; the stop of supply to the private stations is the crisis itself, counted from day 1 (Mon 17 Nov 2025) to its end (my span 17 Nov - 4 Dec 2025)", end=CRISIS[1]),
    ev("import-halt", "وقف الاستيراد والاكتفاء بما يجهزه مصفى واحد", IMPORT_HALT[0], "no own expression; the order to stop imports came after the FCC unit opened on Sat 25 Oct 2025 with the promise to end benzine imports, and before the crisis began (my span 25 Oct - 17 Nov 2025)", end=IMPORT_HALT[1]),
    ev("import-resumption-order", "بعد العدول عن قرار وقف الاستيراد", RESUME[0], "no own expression; the reversal (aljeebal: 'صدور أمر آخر يسمح بالاستيراد مجدداً') came during the crisis and before this report of Wed 3 Dec 2025 (my span 17 Nov - 3 Dec 2025)", end=RESUME[1]),
    ev("ship-en-route", "باخرة محمّلة بالبنزين المستورد في طريقها إلى البلاد", "2025-12-03", "no own expression; the state reported on Wed 3 Dec 2025, the day of the report"),
])
art(S, "https://aljeebal.com/posts/11748",
    "2025-12-04", "no date line in the stored text; the body's 'اليوم الخميس 4 كانون الأول 2025' (4 Dec 2025 was a Thursday) for the member's statement to the outlet and 'اليوم الخميس' for the unloading; headline written from the body (the stored text has none); the last, truncated sentence (an appeal to the citizens) dropped", True, """
عضو في مجلس البصرة: أزمة البنزين في طريقها إلى المعالجة وسفينة وقود تُفرَّغ اليوم
ردّ شكر العامري، عضو مجلس محافظة البصرة، على خبر نشرته منصة "الجبال" عن أزمة البنزين المحسّن والعادي منذ يومين في البصرة، مبينا أن أزمة الوقود ماضية نحو المعالجة خلال الأيام المقبلة، وأن سفينة محمّلة بالوقود بلغت أحد الموانئ وستُفرَّغ حمولتها اليوم الخميس، بما يسهم في تخفيف النقص تدريجيا.
وأوضح العامري في تصريح خاص لـ"الجبال"، اليوم الخميس 4 كانون الأول 2025، أن "الأزمة الراهنة نشأت عن فترة توقف الاستيراد، إذ كان الاعتماد الأكبر على الإنتاج المحلي الذي يفترض أن يسد حاجة المحافظة، غير أن الواقع كشف أن الاكتفاء الذاتي لم يتحقق".
وأضاف أن مشروع الـFCC في مصفى الشعيبة ما زال قيد الإنتاج ولم يشرع بضخ الوقود بعد، ما أحدث فجوة كبيرة بين حجم الطلب في السوق والإنتاج المحلي المتوافر.
ولفت عضو المجلس إلى أن "الأزمة اشتدت بعد صدور أمر من رئاسة الوزراء بوقف الاستيراد لفترة، ثم صدور أمر آخر يجيز الاستيراد من جديد، وهو ما أخّر وصول الوقود إلى الأسواق المحلية وأبقى الطوابير والضغط على محطات الوقود".
وتابع أن "الإجراءات الجارية، ومنها تفريغ السفن الواصلة واستئناف الاستيراد، ستعيد السوق تدريجيا إلى وضع شبه طبيعي".
""", [
    ev("amiri-thursday-statement", "وأوضح العامري في تصريح خاص لـ\"الجبال\"", UNLOAD, "'اليوم الخميس 4 كانون الأول 2025' = Thu 4 Dec 2025"),
    ev("ship-arrival", "سفينة محمّلة بالوقود بلغت أحد الموانئ", ARRIVAL[0], "no own expression; still 'في طريقها' on Wed 3 Dec (alsumaria), already at a port on Thu 4 Dec: span 3 - 4 Dec 2025", end=ARRIVAL[1]),
    ev("ship-unloading", "وستُفرَّغ حمولتها اليوم الخميس", UNLOAD, "'اليوم الخميس' = Thu 4 Dec 2025"),
    ev("improved-benzine-crisis", "الأزمة الراهنة نشأت عن فترة توقف الاستيراد", CRISIS[0], "no own expression here ('منذ يومين' is ambiguous: the crisis or the outlet's report); the crisis of 17 Nov - 4 Dec 2025 (alsumaria 'يومها السابع عشر' on Wed 3 Dec; ended Fri 5 Dec)", end=CRISIS[1]),
    ev("import-halt", "صدور أمر من رئاسة الوزراء بوقف الاستيراد لفترة", IMPORT_HALT[0], "no own expression; after the FCC launch of Sat 25 Oct 2025, before the crisis (my span 25 Oct - 17 Nov 2025)", end=IMPORT_HALT[1]),
    ev("import-resumption-order", "ثم صدور أمر آخر يجيز الاستيراد من جديد", RESUME[0], "no own expression; during the crisis and before Wed 3 Dec 2025, when alsumaria already reported the reversal (my span 17 Nov - 3 Dec 2025)", end=RESUME[1]),
])
art(S, "http://burathanews.com/arabic/news/468582",
    "2025-12-05", "no date on the stored page; the body's 'في تصريح صحفي، الجمعة' and 'ابتداءً من اليوم' for the ship unloaded in full: the ship was still to be unloaded on Thu 4 Dec 2025 (aljeebal 'اليوم الخميس'), so the Friday is Fri 5 Dec 2025 (the article number 468582 also falls between 466221 of 8 Oct 2025 and 471143 of 8 Feb 2026, near early December); headline written from the body (the stored text has none)", False, """
العامري: انتهاء أزمة البنزين في البصرة بعد تفريغ باخرة
أعلن الدكتور شكر محمود العامري، عضو مجلس محافظة البصرة، وصول شحنة بنزين جديدة إلى المحافظة على متن باخرة فُرّغت حمولتها كاملة، ما أسهم في إنهاء أزمة البنزين في البصرة ابتداءً من اليوم.
وأوضح العامري في تصريح صحفي، الجمعة، أن عددا من محطات الوقود في المحافظة جرى تزويدها بالبنزين المحسّن والممتاز، مبينا أن المحطات التي تسلمت الوقود هي محطة الجبيلة المؤجرة، والجزائر المؤجرة، والجمهورية المؤجرة، والمدينة الرياضية المشيّدة، وبوابة الرميلة المشيّدة، وكرمة علي المشيّدة، وجلفار المشيّدة، وجنة البصرة المشيّدة، ودينار المشيّدة، ولؤلؤة البصرة المشيّدة، ومحطة لارسا المشيّدة.
وأضاف أن "هذه الخطوة تندرج ضمن الجهود المباشرة لمعالجة النقص الحاصل في الوقود وضمان استقرار التجهيز للمواطنين".
وكانت محافظة البصرة قد شهدت أزمة في الوقود المحسّن والعادي بسبب عدم تجهيز محطات الوقود بالبنزين.
""", [
    ev("ship-arrival", "وصول شحنة بنزين جديدة إلى المحافظة على متن باخرة", ARRIVAL[0], "no own expression; the ship on its way on Wed 3 Dec (alsumaria) and at a port on Thu 4 Dec (aljeebal): span 3 - 4 Dec 2025", end=ARRIVAL[1]),
    ev("ship-unloading", "فُرّغت حمولتها كاملة", UNLOAD, "no own expression; the unloading set for Thu 4 Dec 2025 (aljeebal 'ستُفرَّغ حمولتها اليوم الخميس'), complete by this report of Fri 5 Dec"),
    ev("crisis-end", "إنهاء أزمة البنزين في البصرة ابتداءً من اليوم", "2025-12-05", "'ابتداءً من اليوم' = Fri 5 Dec 2025, the day of the statement"),
    ev("amiri-friday-statement", "وأوضح العامري في تصريح صحفي، الجمعة", "2025-12-05", "'الجمعة' = Fri 5 Dec 2025 (the day after the Thursday unloading)"),
    ev("stations-supplied", "عددا من محطات الوقود في المحافظة جرى تزويدها بالبنزين المحسّن والممتاز", "2025-12-05", "no own expression; reported in the statement of Fri 5 Dec 2025, after the unloading of Thu 4 Dec"),
    ev("improved-benzine-crisis", "شهدت أزمة في الوقود المحسّن والعادي", CRISIS[0], "no own expression; the crisis of 17 Nov - 4 Dec 2025 (alsumaria 'يومها السابع عشر' on Wed 3 Dec), ended on Fri 5 Dec", end=CRISIS[1]),
])

# ---------------------------------------------------------------- yemen-hodeidah-hong-ze-hu-tanker-2015
S = "yemen-hodeidah-hong-ze-hu-tanker-2015"
ARRIVE = "2015-08-28"                      # the tanker reached Hodeidah on the morning of Fri 28 Aug 2015
BERTH = "2015-08-29"                       # the port's berths received it on Sat 29 Aug 2015
FUEL_CRISIS = ("2015-08-12", "2015-08-31")  # queues 'منذ أكثر من أسبوعين' on Fri 28 Aug, still a crisis on Sun 30 Aug
art(S, "https://khabaragency.net/news33751.html",
    "2015-08-28", "time stamp of the page: '07:56 2015/08/28' (Fri 28 Aug 2015); the body's 'صباح الجمعة 28 أغسطس/ آب 2015' for the arrival; the dateline 'صنعاء - خبر للأنباء - خاص' and the menu path dropped; the last, truncated sentence (on the air raids of 'فجر الثلاثاء 18 أغ...') dropped", True, """
النفط اليمنية تزف البشرى للمواطنين (تصريح)
أعلنت شركة النفط اليمنية دخول سفينة كبيرة محمّلة بالمشتقات النفطية إلى ميناء الحديدة غربي البلاد، في وقت تعيش فيه المحافظات اليمنية أزمة خانقة، وتصطف طوابير آلاف السيارات والمركبات أمام محطات تعبئة الوقود منذ أكثر من أسبوعين.
وأفاد المهندس أنور العامري، المتحدث الرسمي باسم شركة النفط، في تصريح لوكالة خبر، بأن السفينة (هونج زي هو)، وهي الأكبر حجما وكانت قوات التحالف قد احتجزتها في وقت سابق بينما كانت تُفرَّغ داخل الغاطس من سفينة إلى أخرى، وصلت إلى ميناء الحديدة صباح الجمعة 28 أغسطس/ آب 2015.
وبيّن العامري أن الشركة بذلت جهودا مضنية ومتواصلة أفلحت في تحرير السفينة (هونج زي هو) وإعادتها نحو الميناء وعلى متنها 29 ألف طن من البنزين.
وتابع أن قوات التحالف كانت قد احتجزت عددا من السفن الصغيرة التي تولت نقل المشتقات بسبب ضخامة حجم هذه السفينة.
وأشار المتحدث باسم شركة النفط إلى أن هيئة الموانئ والحماية البحرية والتأمينات أبدت تخوفا من إدخال سفينة بهذا الحجم الكبير إلى الميناء.
""", [
    ev("ypc-announcement", "أعلنت شركة النفط اليمنية دخول سفينة كبيرة محمّلة بالمشتقات النفطية", ARRIVE, "no own expression; the announcement of the arrival of the morning of Fri 28 Aug 2015, in a report stamped 07:56 that day"),
    ev("fuel-crisis", "تعيش فيه المحافظات اليمنية أزمة خانقة", FUEL_CRISIS[0], "queues 'منذ أكثر من أسبوعين' before Fri 28 Aug 2015 -> begun before 14 Aug; still a crisis on Sun 30 Aug (adenalghad): my span 12 - 30 Aug 2015", end=FUEL_CRISIS[1]),
    ev("amiri-statement", "في تصريح لوكالة خبر", ARRIVE, "no own expression; the spokesman's statement on the morning arrival, in the report of 07:56 on Fri 28 Aug 2015"),
    ev("ship-arrival", "وصلت إلى ميناء الحديدة صباح الجمعة 28 أغسطس/ آب 2015", ARRIVE, "'صباح الجمعة 28 أغسطس/ آب 2015' = Fri 28 Aug 2015"),
])
art(S, "https://www.yemen-press.com/news53618.html",
    "2015-08-29", "date line of the page: 'السبت, 29 أغسطس, 2015 01:26:00 صباحاً' (Sat 29 Aug 2015); a copy of the statement also carried by Khabar; the menu path, the newsletter box and the source line '*يمن برس - متابعات' dropped; the last sentence, truncated at 'نظراً لكبر ح', completed with 'حجم هذه السفينة' as in Khabar's identical sentence", True, """
بعد أسبوع من أزمة المشتقات النفطية.. شركة النفط اليمنية تزف بشرى للمواطنين
أفادت شركة النفط اليمنية بإدخال سفينة ضخمة تنقل مشتقات نفطية إلى ميناء الحديدة في غرب البلاد، في ظل أزمة خانقة تشهدها المحافظات اليمنية، إذ تصطف آلاف السيارات والمركبات في طوابير أمام محطات التعبئة منذ أكثر من أسبوعين.
وأوضح المهندس أنور العامري، الناطق الرسمي باسم الشركة، في تصريحات إعلامية، أن السفينة (هونج زي هو)، الأكبر حجما، والتي احتجزتها قوات التحالف سابقا أثناء تفريغها في الغاطس من سفينة إلى أخرى، بلغت ميناء الحديدة صباح الجمعة 28 أغسطس/ آب 2015.
وذكر العامري أن الشركة بذلت مساعي شاقة وحثيثة تكللت بتحرير السفينة (هونج زي هو) وإرجاعها نحو الميناء محمّلة بـ29 ألف طن من مادة البنزين.
وأضاف أن قوات التحالف احتجزت كذلك عددا من السفن الصغيرة التي كانت تنقل المشتقات، نظرا لكبر حجم هذه السفينة.
""", [
    ev("ypc-announcement", "أفادت شركة النفط اليمنية بإدخال سفينة ضخمة", ARRIVE, "no own expression; the company's announcement of Fri 28 Aug 2015 (Khabar, stamped 07:56 that day)"),
    ev("fuel-crisis", "في ظل أزمة خانقة تشهدها المحافظات اليمنية", FUEL_CRISIS[0], "queues 'منذ أكثر من أسبوعين' before Fri 28 Aug 2015 (the headline says 'بعد أسبوع'); my span 12 - 30 Aug 2015", end=FUEL_CRISIS[1]),
    ev("amiri-statement", "في تصريحات إعلامية", ARRIVE, "no own expression; the statement of Fri 28 Aug 2015 (Khabar's report of 07:56 that day)"),
    ev("ship-arrival", "بلغت ميناء الحديدة صباح الجمعة 28 أغسطس/ آب 2015", ARRIVE, "'صباح الجمعة 28 أغسطس/ آب 2015' = Fri 28 Aug 2015 (the day before this page of Sat 29 Aug)"),
])
art(S, "https://www.yemeress.com/adenalghad/168240",
    "2015-08-30", "no date on the stored page (an Aden al-Ghad report carried by yemeress); the lead's 'يوم السبت' and the port chief's 'استقبلت أمس' for the tanker berthed on Sat 29 Aug 2015 (after its arrival of Fri 28 Aug, Khabar) give a statement, and a report, of Sun 30 Aug 2015; headline written from the body (the stored text has none)", False, """
ميناء الحديدة يستقبل الناقلة العملاقة هونج زي هو
استقبلت أرصفة ميناء الحديدة يوم السبت الناقلة العملاقة (HONG ZE HU)، وهي من أكبر الناقلات التي بلغت الرصيف التجاري للميناء منذ قصفه من قبل طيران العدوان السعودي، إذ يقارب طولها 230 مترا في حين تستقبل الأرصفة الأخرى ناقلات وبواخر لا يتجاوز طولها 190 مترا.
وقال القبطان جمال عبد القادر عايش، القائم بأعمال رئيس مجلس إدارة مؤسسة موانئ البحر الأحمر اليمنية، في تصريح خاص إن أرصفة ميناء الحديدة استقبلت أمس الناقلة العملاقة هونج زي هاو التي تقدّر حمولتها بـ30 ألف طن من البترول، وذلك للمرة الأولى منذ أن استهدفت طائرات العدوان السعودي عددا من أرصفة ميناء الحديدة ورافعاته ودمرتها.
وأشار عايش إلى أن المؤسسة تعمل بكامل طاقتها على تنظيم إفراغ السفن وإنزال الحاويات والبضائع ورصّها في ساحات الميناء، واتخاذ ما يلزم لضمان استمرار نشاط السفن وحركتها.
وأضاف أن كوادر المؤسسة الشرفاء أدّوا دورهم في استقبال الناقلة، انطلاقا من المسؤولية الملقاة على عاتقهم في الإسهام بالحد من أزمة البترول الناجمة عن الحصار البحري والعدوان الجوي للقوات السعودية.
وأكد أن ميناء الحديدة ما زال قادرا على استقبال السفن التجارية والناقلات النفطية العملاقة، مبينا أن الميناء استقبل خلال الأيام الماضية باخرة محمّلة بالإسمنت.
""", [
    ev("tanker-berthed", "استقبلت أرصفة ميناء الحديدة يوم السبت الناقلة العملاقة", BERTH, "'يوم السبت' = Sat 29 Aug 2015 (the day after the arrival of Fri 28 Aug; the chief's 'استقبلت أمس' on Sun 30 Aug)"),
    ev("ayesh-statement", "في تصريح خاص إن أرصفة ميناء الحديدة", "2015-08-30", "no own expression; the statement says 'استقبلت أمس' of the berthing of Sat 29 Aug 2015 -> Sun 30 Aug 2015"),
    ev("port-bombing", "منذ أن استهدفت طائرات العدوان السعودي عددا من أرصفة ميناء الحديدة", "2015-08-18", "no own expression; the raids that destroyed berths and cranes of Hodeidah port at dawn on Tue 18 Aug 2015 (Khabar: 'فجر الثلاثاء 18 أغسطس آب 2015')"),
    ev("fuel-crisis", "أزمة البترول الناجمة عن الحصار البحري", FUEL_CRISIS[0], "no own expression; the crisis with queues 'منذ أكثر من أسبوعين' on Fri 28 Aug 2015 (Khabar), still on here: my span 12 - 30 Aug 2015", end=FUEL_CRISIS[1]),
    ev("cement-ship", "استقبل خلال الأيام الماضية باخرة محمّلة بالإسمنت", "2015-08-19", "'خلال الأيام الماضية', after the raids of Tue 18 Aug and before the berthing of Sat 29 Aug 2015: my span 19 - 28 Aug 2015", end="2015-08-29"),
])

# ---------------------------------------------------------------- gaza-crossings-closure-fuel-cooking-gas-2026
S = "gaza-crossings-closure-fuel-cooking-gas-2026"
CLOSED = "2026-02-28"                      # all Gaza crossings closed on Sat 28 Feb 2026, the day of the strikes on Iran
HALT = ("2026-02-28", "2026-03-09")         # no cooking gas (nor fuel) entered from the closure until Mon 9 Mar 2026
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=02032026&id=f51dc569-6b1c-450f-8ae8-d6c6b03b7345",
    "2026-03-02", "date of the stored page 2026-03-02 (also 'cdate=02032026' in the address; Mon 2 Mar 2026); a Reuters report; headline written from the body (the stored text has none); the last, truncated sentence (on food stocks) dropped", True, """
مسؤولون: مخزون الوقود في غزة ينفد سريعا بعد إغلاق المعابر
أفاد مسؤولون بأن مخزون قطاع غزة المحدود من الوقود يوشك على النفاد بسرعة، وأن مخزونات الغذاء الأساسية قد تتقلص، بعدما منعت إسرائيل إدخال الوقود والبضائع إلى القطاع متذرعة بالقتال مع إيران.
وكان جيش الاحتلال الإسرائيلي قد أغلق جميع المعابر الحدودية لغزة يوم السبت، إثر إعلانه شن غارات جوية على إيران بالاشتراك مع الولايات المتحدة. وذكرت السلطات الإسرائيلية أن تشغيل المعابر بأمان غير ممكن في أثناء الحرب، من دون أن تحدد المدة التي ستبقى فيها مغلقة، وفق وكالة رويترز.
ويعتمد القطاع كليا على الوقود الذي تنقله الشاحنات من إسرائيل ومصر. وحذر مسؤولون في غزة من أن توقف وصول إمدادات جديدة سيعرّض عمل المستشفيات للخطر ويهدد خدمات المياه والصرف الصحي، علما أن معظم سكان غزة نازحون داخل القطاع بسبب الحرب التي استمرت عامين.
وقالت كارونا هيرمان، مديرة مكتب الأمم المتحدة لخدمات المشاريع الذي يشرف على توزيع الوقود في غزة: "أظن أن أمامنا ربما يومين".
ويرجّح أمجد الشوا، المسؤول الفلسطيني الذي يعمل مع الأمم المتحدة والمنظمات غير الحكومية في مجال الإغاثة بغزة، أن تكفي إمدادات الوقود ثلاثة أيام أو أربعة.
""", [
    ev("fuel-running-out", "مخزون قطاع غزة المحدود من الوقود يوشك على النفاد بسرعة", "2026-03-02", "no own expression; the officials' warning reported on Mon 2 Mar 2026, the day of the report"),
    ev("supply-entry-halt", "منعت إسرائيل إدخال الوقود والبضائع إلى القطاع", HALT[0], "no own expression; the entry stopped with the closure of Sat 28 Feb 2026; cooking gas entered again only on Mon 9 Mar (alaraby 'بعد توقف استمر عشرة أيام'): span 28 Feb - 8 Mar 2026", end=HALT[1]),
    ev("crossings-closed", "أغلق جميع المعابر الحدودية لغزة يوم السبت", CLOSED, "'يوم السبت' before Mon 2 Mar 2026 = Sat 28 Feb 2026"),
    ev("iran-strikes", "إثر إعلانه شن غارات جوية على إيران", CLOSED, "no own expression; the Israeli-US strikes on Iran began on Sat 28 Feb 2026, the day of the closure"),
    ev("hermann-warning", "وقالت كارونا هيرمان", "2026-03-01", "no own expression; a remark quoted in the Reuters report carried on Mon 2 Mar 2026, made on that day or the day before (my span 1 - 2 Mar 2026)", end="2026-03-03"),
])
art(S, "https://paltimeps.ps/post/384175/%D8%A7%D9%84%D8%A7%D8%AD%D8%AA%D9%84%D8%A7%D9%84-%D9%8A%D8%B9%D9%8A%D8%AF-%D9%81%D8%AA%D8%AD-%D9%85%D8%B9%D8%A8%D8%B1-%D9%83%D8%B1%D9%85-%D8%A3%D8%A8%D9%88-%D8%B3%D8%A7%D9%84%D9%85-%D8%AA%D8%AF%D8%B1%D9%8A%D8%AC%D9%8A%D8%A7-%D8%A8%D8%AF%D8%A1%D8%A7-%D9%85%D9%86-%D8%A7%D9%84%D9%8A%D9%88%D9%85",
    "2026-03-03", "no date on the stored page; the body's 'اليوم الثلاثاء' for the reopening, 'أمس الاثنين' for COGAT's announcement and 'السبت الماضي' for the closure of Sat 28 Feb 2026 give Tue 3 Mar 2026 (shorouk of Tue 3 Mar: 'ستعيد فتح معبر كرم أبو سالم يوم الثلاثاء'); headline rendered from the URL slug", False, """
الاحتلال يعيد فتح معبر كرم أبو سالم تدريجيا بدءا من اليوم
أعلنت "إسرائيل" أنها ستفتح معبر كرم أبو سالم من جديد، اليوم الثلاثاء، للسماح بـ"الدخول التدريجي للمساعدات الإنسانية" إلى قطاع غزة.
وذكرت هيئة تنسيق أعمال الحكومة الإسرائيلية في الأراضي الفلسطينية، أمس الاثنين، أن قرار إعادة فتح المعبر جاء "وفق تقييم أمني"، وأن المساعدات ستدخل القطاع "بحسب الاحتياجات التي ترد من الميدان عبر الأمم المتحدة والمنظمات الدولية".
وكانت المعابر المؤدية إلى قطاع غزة، ومنها معبر كرم أبو سالم التجاري ومعبر رفح الحدودي مع مصر، قد أُغلقت السبت الماضي، بالتزامن مع الهجوم الإسرائيلي الأميركي على إيران ورد طهران عليه.
""", [
    ev("kerem-shalom-reopening", "ستفتح معبر كرم أبو سالم من جديد، اليوم الثلاثاء", "2026-03-03", "'اليوم الثلاثاء' = Tue 3 Mar 2026"),
    ev("cogat-announcement", "وذكرت هيئة تنسيق أعمال الحكومة الإسرائيلية في الأراضي الفلسطينية، أمس الاثنين", "2026-03-02", "'أمس الاثنين' from Tue 3 Mar 2026 = Mon 2 Mar 2026"),
    ev("crossings-closed", "قد أُغلقت السبت الماضي", CLOSED, "'السبت الماضي' from Tue 3 Mar 2026 = Sat 28 Feb 2026"),
    ev("iran-strikes", "الهجوم الإسرائيلي الأميركي على إيران", CLOSED, "no own expression; the attack began on Sat 28 Feb 2026, the day of the closure ('بالتزامن مع')"),
])
art(S, "https://www.alaraby.co.uk/economy/%D8%A7%D9%84%D8%A7%D8%AD%D8%AA%D9%84%D8%A7%D9%84-%D9%8A%D8%B3%D8%AA%D8%A3%D9%86%D9%81-%D8%A5%D8%AF%D8%AE%D8%A7%D9%84-%D8%BA%D8%A7%D8%B2-%D8%A7%D9%84%D8%B7%D9%87%D9%8A-%D8%A5%D9%84%D9%89-%D8%BA%D8%B2%D8%A9-%D8%A8%D8%B9%D8%AF-%D8%AA%D9%88%D9%82%D9%81-10-%D8%A3%D9%8A%D8%A7%D9%85",
    "2026-03-09", "date of the stored page 2026-03-09 (Mon 9 Mar 2026); the body's 'اليوم الاثنين' agrees; headline rendered from the URL slug; the page's bullet summary box dropped; the stored text ends after the second paragraph", True, """
الاحتلال يستأنف إدخال غاز الطهي إلى غزة بعد توقف 10 أيام
دخلت إلى قطاع غزة اليوم الاثنين أربع شاحنات محمّلة بغاز الطهي عبر المعابر مع الأراضي المحتلة، بعد انقطاع دام عشرة أيام متواصلة عن إدخال هذه المادة الأساسية، في وقت تشتد فيه أزمة الغاز في القطاع وسط شح كبير في الكميات المتوافرة وارتفاع حاد في أسعارها في السوق غير الرسمية.
وأوضح ناهض شحيبر، رئيس جمعية النقل الخاص في قطاع غزة، لـ"العربي الجديد" أن أربع شاحنات محمّلة بالغاز دخلت القطاع، بينما رجعت شاحنتان أخريان من القافلة ذاتها فارغتين من دون أن يُسمح لهما بإدخال حمولتهما.
""", [
    ev("gas-trucks-enter", "دخلت إلى قطاع غزة اليوم الاثنين أربع شاحنات محمّلة بغاز الطهي", "2026-03-09", "'اليوم الاثنين' = Mon 9 Mar 2026"),
    ev("supply-entry-halt", "بعد انقطاع دام عشرة أيام متواصلة", HALT[0], "'عشرة أيام' before Mon 9 Mar 2026, from the closure of the crossings on Sat 28 Feb (shorouk, paltimeps): span 28 Feb - 8 Mar 2026", end=HALT[1]),
    ev("shuhaiber-statement", "وأوضح ناهض شحيبر", "2026-03-09", "no own expression; his account of the trucks of Mon 9 Mar 2026, given that day"),
    ev("trucks-returned-empty", "رجعت شاحنتان أخريان من القافلة ذاتها فارغتين", "2026-03-09", "no own expression; the same convoy of Mon 9 Mar 2026"),
])

# ---------------------------------------------------------------- iraq-benzine-crisis-ministry-denial-2026
S = "iraq-benzine-crisis-ministry-denial-2026"
DENIAL = "2026-02-07"                      # the oil ministry's spokesman denied a benzine crisis on Sat 7 Feb 2026
CRISIS26 = ("2026-01-31", "2026-02-11")     # queues in Basra from about Sat 31 Jan (shafaq of 2 Feb: 'خلال اليومين الماضيين') to Tue 10 Feb at least
CONSUMPTION = ("2026-02-01", "2026-02-08")  # the higher consumption of the holiday days before the statement
STABLE = ("2026-02-08", "2026-02-15")       # 'في الأيام المقبلة' from Sat 7 Feb: my span of one week
art(S, "https://www.shafaq.com/ar/%D8%A7%D9%82%D8%AA%D8%B5%D9%80%D8%A7%D8%AF/%D8%A7%D9%84%D9%86%D9%81%D8%B7-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%D9%8A%D8%A9-%D8%AA%D8%B3%D8%AC%D9%84-%D8%A7%D8%B1%D8%AA%D9%81%D8%A7%D8%B9%D8%A7-%D8%B9%D9%84%D9%89-%D8%B7%D9%84%D8%A8-%D8%A7%D9%84%D9%85%D8%AD%D8%B1%D9%88%D9%82%D8%A7%D8%AA-%D8%AE%D9%84%D8%A7%D9%84-%D8%A7%D9%84%D8%B9%D8%B7%D9%84%D8%A9-%D9%88%D8%AA%D8%AA%D8%AD%D8%AF%D8%AB-%D8%B9%D9%86-%D8%A7%D8%AC%D8%B1%D8%A7-%D8%A7%D8%AA-%D9%84%D8%B1%D9%81%D8%B9-%D8%A7%D9%84-%D9%86%D8%AA%D8%A7%D8%AC",
    "2026-02-07", "date of the stored page 2026-02-07 (Sat 7 Feb 2026); the body's 'يوم السبت' for the ministry's statement agrees; the dateline 'شفق نيوز- بغداد' dropped; headline rendered from the URL slug; the last, truncated sentence shortened (its clause on Iraq's rank among the cheapest countries dropped)", True, """
النفط العراقية تسجل ارتفاعا على طلب المحروقات خلال العطلة وتتحدث عن إجراءات لرفع الإنتاج
عزت وزارة النفط العراقية، يوم السبت، الضغط على محطات الوقود إلى ازدياد الطلب على مادة البنزين بسبب العطلة، مشيرة إلى إجراءات لزيادة إنتاج البنزين لمواجهة الطلب على المحروقات.
وقال المتحدث باسم الوزارة عبد الصاحب بزون الحسناوي لوكالة شفق نيوز إنه "لا صحة لوجود أزمة في البنزين"، لافتا إلى أن "معدل الإنتاج يوميا 30 مليون لتر، في حين ارتفع معدل الاستهلاك قليلا ليبلغ 33 مليونا ونصف المليون بسبب العطلة وخروج الناس في أوقات متزامنة ونزول أعداد كبيرة من السيارات إلى الشارع يوميا".
وشدد المتحدث على أن "البنزين متوفر ورخيص"، مبينا أن الإنتاج "سيستقر في الأيام المقبلة من مصافي البصرة".
وتوقع المتحدث أن يرتفع إنتاج البنزين المحسن "إلى 4 ملايين لتر عالي الأوكتان بحسب البيانات الرسمية المعتمدة لهذا الشهر".
وكان مرصد "إيكو عراق" المعني بالشأن الاقتصادي المحلي قد كشف في وقت سابق يوم السبت عن توجه حكومي إلى رفع أسعار مشتقات النفط بغية تعظيم إيرادات الدولة، محذرا من عواقب هذه الخطوة لما قد تلحقه من أضرار اقتصادية مباشرة بالمواطنين وبحركة السوق.
""", [
    ev("ministry-denial", "عزت وزارة النفط العراقية، يوم السبت", DENIAL, "'يوم السبت' = Sat 7 Feb 2026, the date of the page"),
    ev("benzine-crisis", "الضغط على محطات الوقود", CRISIS26[0], "no own expression; the queues at the stations of the south and the Middle Euphrates, seen in Basra from about Sat 31 Jan (shafaq of 2 Feb 'خلال اليومين الماضيين') and still spreading on Tue 10 Feb (almada): my span 31 Jan - 10 Feb 2026", end=CRISIS26[1]),
    ev("consumption-rise", "ارتفع معدل الاستهلاك قليلا ليبلغ 33 مليونا ونصف المليون", CONSUMPTION[0], "no own expression; the consumption of the holiday days before the statement of Sat 7 Feb 2026 (my span 1 - 7 Feb 2026)", end=CONSUMPTION[1]),
    ev("production-stabilisation", "سيستقر في الأيام المقبلة من مصافي البصرة", STABLE[0], "'في الأيام المقبلة' from Sat 7 Feb 2026 (a forecast): my span of the next week, 8 - 14 Feb 2026", end=STABLE[1]),
    ev("eco-iraq-report", "قد كشف في وقت سابق يوم السبت", DENIAL, "'في وقت سابق يوم السبت' = Sat 7 Feb 2026"),
])
art(S, "https://www.iqraa24.com/news/شائعات-تتلاشى-وحقائق-تتضح-أرض-آشور-ت",
    "2026-02-07", "no date on the stored page; the body's 'اليوم السبت' for the ministry's reassurance, whose figures (135 million litres in stock, 30 million a day, consumption of 33 million) are those of the statement of Sat 7 Feb 2026 (shafaq of that day: 'يوم السبت'), gives Sat 7 Feb 2026; the sub-headings dropped; the last, truncated sentence shortened", False, """
«شائعات تتلاشى وحقائق تتضح» أرض آشور تنفض شائعات أزمة البنزين وتؤكد استقرار الإمدادات
طمأنت وزارة النفط، اليوم السبت، المواطنين إلى توافر مادة البنزين، مؤكدة أنه لا توجد أي أزمة في الوقت الحاضر، وأن المخزون وفير ومعدل الإنتاج اليومي يصل إلى 30 مليون لتر.
وفي تصريح صوتي بثته الوزارة واطلعت عليه "أرض آشور الإخبارية"، شدد عبد الصاحب الحسناوي، الناطق الإعلامي باسم وزارة النفط، على عدم وجود أزمة بنزين في البلاد، مطمئنا العراقيين بهذا الشأن، وبيّن أن المخزون الإستراتيجي من البنزين يبلغ 135 مليون لتر، فيما يستقر معدل الإنتاج اليومي عند 30 مليون لتر.
وأوضح الحسناوي أن معدل الاستهلاك اليومي سجل ارتفاعا طفيفا فبلغ 33 مليون لتر، مرجعا ذلك إلى موسم العطلات وازدياد أعداد المركبات المستعملة، ولافتا إلى أن العراقيين معروفون بطبيعتهم الاستهلاكية المرتفعة، لا سيما مع رخص أسعار البنزين قياسا بالدول الأخرى.
وأشار الحسناوي إلى أن الأيام القادمة ستشهد استقرارا ملحوظا في توافر البنزين.
""", [
    ev("ministry-denial", "طمأنت وزارة النفط، اليوم السبت، المواطنين", DENIAL, "'اليوم السبت' = Sat 7 Feb 2026 (the statement dated so by shafaq)"),
    ev("consumption-rise", "سجل ارتفاعا طفيفا فبلغ 33 مليون لتر", CONSUMPTION[0], "no own expression; the consumption of the holiday days before the statement of Sat 7 Feb 2026 (my span 1 - 7 Feb 2026)", end=CONSUMPTION[1]),
    ev("production-stabilisation", "الأيام القادمة ستشهد استقرارا ملحوظا", STABLE[0], "'الأيام القادمة' from Sat 7 Feb 2026 (a forecast): my span of the next week, 8 - 14 Feb 2026", end=STABLE[1]),
])
art(S, "https://almadapaper.net/426549",
    "2026-02-10", "date line of the page: 'نشر في: 10 فبراير, 2026: 04:24 م' (Tue 10 Feb 2026); the by-line 'متابعة/ المدى' and the menu path dropped; the last, truncated sentence shortened (its clause on insufficient purchases dropped)", True, """
أزمة البنزين والطوابير الطويلة تعيد القلق لمواطني محافظات الفرات الأوسط والجنوب
تتسع رقعة أزمة البنزين في محافظات الفرات الأوسط والجنوب، لا سيما كربلاء وبابل وذي قار والبصرة، مع طوابير طويلة أمام محطات الوقود وإغلاق عدد من المحطات أبوابها، على الرغم من تطمينات رسمية سابقة بوفرة المخزون واستقرار الإنتاج.
وأكد شهود عيان في الناصرية أن الأزمة تصاعدت منذ أيام مع إغلاق عدد من المحطات كليا، فيما شهدت المحطات العاملة زحاما غير مسبوق جراء النقص الواضح في الكميات المجهزة، ما انعكس مباشرة على تنقل المواطنين وأعمالهم اليومية، وسط مطالبات بتوضيح رسمي لأسباب الأزمة.
وفي هذا الإطار، أفاد محمد خليل، عضو رابطة محطات البنزين في ذي قار، بأن حصة المحافظة تراجعت بشكل لافت، مبينا أن ذي قار كانت تتسلم سابقا نحو مليون و700 ألف لتر يوميا، غير أن الكميات الحالية أدنى بكثير من هذا الرقم، وهو ما فاقم الأزمة محليا. وعزا خليل ذلك إلى تقليص الحصص وعجز مصفيي كربلاء والبصرة عن تغطية الحاجة كلها.
""", [
    ev("benzine-crisis", "تتسع رقعة أزمة البنزين في محافظات الفرات الأوسط والجنوب", CRISIS26[0], "no own expression; the crisis seen in Basra from about Sat 31 Jan 2026 (shafaq of 2 Feb) and still spreading on this Tue 10 Feb: my span 31 Jan - 10 Feb 2026", end=CRISIS26[1]),
    ev("ministry-denial", "تطمينات رسمية سابقة بوفرة المخزون واستقرار الإنتاج", DENIAL, "no own expression; the oil ministry's reassurance of Sat 7 Feb 2026 (shafaq 'يوم السبت')"),
    ev("nasiriyah-escalation", "الأزمة تصاعدت منذ أيام", "2026-02-05", "'منذ أيام' before Tue 10 Feb 2026: my span 5 - 10 Feb 2026", end="2026-02-11"),
    ev("khalil-statement", "أفاد محمد خليل", "2026-02-10", "no own expression; his statement in the report of Tue 10 Feb 2026 (possibly given a day earlier)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 530)
                            if i != 201 and i != 522
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 433-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: Hajj, Umrah and pilgrims: pilgrim quotas, arrivals and
departures, pilgrims' deaths from heat or accidents, Umrah season openings and suspensions, pilgrims' return
flights.
Stories: the Umrah bus that hit a loader and burned on the Hijra road near Medina (Saudi Arabia, October 2019),
the departure of the Gaza Strip's Hajj pilgrims through the Rafah crossing (Palestine / Egypt, August 2017),
and the first Iranian Umrah pilgrims to travel to Saudi Arabia in nine years (Iran, April 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-medina-hijra-road-umrah-bus-fire-2019
S = "saudi-medina-hijra-road-umrah-bus-fire-2019"
CRASH = "2019-10-16"                       # the bus hit a loader at about 19:00 on Wed 16 Oct 2019 (police statement)
NIGHT = ("2019-10-16", "2019-10-18")       # the response, the transfers and the police statement: night of 16-17 Oct
art(S, "https://ansarollah.com.ye/archives/285843",
    "2019-10-16", "page date line 'السعودية– 18 صفر 1441هـ' (kept without the site name; 18 Safar 1441 = Wed 16 Oct 2019 in the Umm al-Qura calendar); the body's 'اليوم الأربعاء' agrees; headline kept from the page (re-worded); the source line 'المصدر: وسائل اعلام سعودية' dropped", True, """
السعودية: مصرع 35 معتمرا وجرح 4 آخرين في حادث سير على طريق الهجرة
السعودية– 18 صفر 1441هـ
أفادت وسائل إعلام سعودية، اليوم الأربعاء، بأن 35 معتمرا لقوا حتفهم فيما أصيب 4 آخرون بجروح متفاوتة جراء حادث مروري عند الكيلو 170 من طريق الهجرة السريع، وهو الطريق الذي يصل المدينة المنورة بمكة.
ونقلت صحيفة "سبق" السعودية عن مصادر أن الحادث نجم عن تصادم مركبة مع حافلة تقل معتمرين من جنسيات متعددة.
وذكرت المصادر أن حافلة المعتمرين اشتعلت فيها النيران، وأن الحادث أودى بحياة 35 شخصا وأصاب 4 آخرين نُقلوا إلى مستشفى الحمنة ومستشفى وادي الفرع.
وتوجهت فرق المرور ودوريات الأمن إلى مكان الحادث للوقوف على ملابساته.
""", [
    ev("crash-deaths", "بأن 35 معتمرا لقوا حتفهم فيما أصيب 4 آخرون", CRASH, "'اليوم الأربعاء' = Wed 16 Oct 2019 (18 Safar 1441); the crash came at about 19:00 that day"),
    ev("bus-collision", "الحادث نجم عن تصادم مركبة مع حافلة تقل معتمرين", CRASH, "no own expression; the collision of the evening of Wed 16 Oct 2019"),
    ev("bus-fire", "أن حافلة المعتمرين اشتعلت فيها النيران", CRASH, "no own expression; the bus burned right after the collision, Wed 16 Oct 2019"),
    ev("injured-to-hospital", "نُقلوا إلى مستشفى الحمنة ومستشفى وادي الفرع", NIGHT[0], "no own expression; the injured taken to al-Hamna on the night of Wed 16 - Thu 17 Oct 2019 (my span)", end=NIGHT[1]),
    ev("security-at-scene", "وتوجهت فرق المرور ودوريات الأمن إلى مكان الحادث", CRASH, "no own expression; the traffic police and patrols went to the scene on the evening of Wed 16 Oct 2019"),
])
art(S, "https://gulf365.co/world-news/6107675/%25D8%25A7%25D9%2584%25D8%25B3%25D8%25B9%25D9%2588%25D8%25AF%25D9%258A%25D8%25A9-%25D9%2588%25D9%2581%25D8%25A7%25D8%25A9-35-%25D9%2585%25D8%25B9%25D8%25AA%25D9%2585%25D8%25B1%25D8%25A7%25D9%258B-%25D9%2588%25D8%25A5%25D8%25B5%25D8%25A7%25D8%25A8%25D8%25A9-%25D8%25A2%25D8%25AE%25D8%25B1%25D9%258A%25D9%2586-%25D9%2581%25D9%258A-%25D8%25AD%25D8%25A7%25D8%25AF%25D8%25AB%25D8%25A9-%25D8%25B5%25D8%25AF%25D8%25A7%25D9%2585-%25D8%25A8%25D8%25A7%25D9%2584%25D9%2585%25D8%25AF%25D9%258A%25D9%2586%25D8%25A9-%25D8%25A7%25D9%2584%25D9%2585%25D9%2586%25D9%2588%25D8%25B1%25D8%25A9.html",
    "2019-10-17", "page time stamp 'الخميس, 17 أكتوبر, 2019 - 10:17 صباحاً' (kept as second line; 17 Oct 2019 was a Thursday); the item is Yemen Shabab's ('يمن شباب نت', dropped) as carried by gulf365; headline kept (re-worded), the archive path, the repeated headline and 'مشاركة الصفحة' dropped", True, """
السعودية: مصرع 35 معتمراً وإصابة آخرين في حادث تصادم بالمدينة المنورة
الخميس, 17 أكتوبر, 2019 - 10:17 صباحاً
لقي عشرات المعتمرين من جنسيات متعددة حتفهم، اليوم الخميس، في حادث سير مروّع تعرضت له حافلة تنقل معتمرين في منطقة المدينة المنورة شمال غربي السعودية.
ونقلت وكالة الأنباء السعودية "واس" عن المتحدث الإعلامي باسم شرطة منطقة المدينة المنورة أن الحادث وقع إثر ارتطام حافلة خاصة مستأجرة تقل تسعة وثلاثين معتمرا من جنسيات آسيوية وعربية بمعدة ثقيلة (شيول) في مركز الأكحل التابع لمنطقة المدينة المنورة.
وأوضح المتحدث أن الحادث أسفر عن وفاة 35 من الركاب وإصابة 4 آخرين، جرى نقلهم إلى مستشفى الحمنة.
وأشارت الوكالة إلى أن الجهات المختصة شرعت في التحقيق في الحادث، دون أن تكشف عن البلدان التي ينتمي إليها الضحايا.
""", [
    ev("crash-deaths", "لقي عشرات المعتمرين من جنسيات متعددة حتفهم، اليوم الخميس", CRASH, "the report's 'اليوم الخميس' (Thu 17 Oct 2019, the day of the stamp) is wrong for the crash itself: the police put it at 19:00 on Wed 16 Oct 2019 (okaz 'مساء أمس (الأربعاء)', ansarollah 'اليوم الأربعاء')"),
    ev("police-statement", "ونقلت وكالة الأنباء السعودية \"واس\" عن المتحدث الإعلامي", NIGHT[0], "no own expression; the Medina police statement carried by SPA on the night of Wed 16 - Thu 17 Oct 2019 (my span)", end=NIGHT[1]),
    ev("bus-collision", "ارتطام حافلة خاصة مستأجرة تقل تسعة وثلاثين معتمرا", CRASH, "no own expression; the collision with the loader at about 19:00 on Wed 16 Oct 2019"),
    ev("injured-to-hospital", "جرى نقلهم إلى مستشفى الحمنة", NIGHT[0], "no own expression; the injured taken to al-Hamna on the night of Wed 16 - Thu 17 Oct 2019 (my span)", end=NIGHT[1]),
    ev("investigation", "أن الجهات المختصة شرعت في التحقيق في الحادث", NIGHT[0], "no own expression; the inquiry opened on the night of the crash, Wed 16 - Thu 17 Oct 2019 (my span)", end=NIGHT[1]),
])
art(S, "https://sauress.com/okaz/1751641",
    "2019-10-17", "no date line on the stored page (an Okaz report carried by sauress); the body's 'مساء أمس (الأربعاء)' for the crash of the evening of Wed 16 Oct 2019 gives Thu 17 Oct 2019; headline written from the body (the stored text has none); the last, truncated words of the police statement dropped; no date of its own in the text", False, """
تفحّم 35 معتمرا في اصطدام حافلة بمعدة ثقيلة على طريق الهجرة
لقي 35 شخصا حتفهم متفحمين وأصيب 5 آخرون مساء أمس (الأربعاء)، بعد أن اصطدمت حافلة كانت تنقلهم من المدينة المنورة إلى مكة المكرمة، قادمة من الرياض، بمعدة ثقيلة عند الكيلو 170 من طريق الهجرة.
وأكد مدير مجمع الحمنة الصحي في محافظة وادي الفرع مرزوق ضيف الله الشلاحي لـ«عكاظ» أن مستشفيات منطقة المدينة المنورة رفعت حالة الطوارئ عقب الحادث المؤلم الذي خلّف في «حصيلة أولية» 35 معتمرا متفحما و5 مصابين، نُقل 3 منهم إلى المدينة لخطورة حالتهم، بينما بقي اثنان (امرأة ورجل) في المجمع، وهما من الجنسيتين الباكستانية والهندية.
ولفت الشلاحي إلى أن سائق الشيول، وهو يمني الجنسية، ما زال على قيد الحياة، مشيرا إلى أن 4 فرق من إدارة الطوارئ والإسعاف وسيارتي إسعاف من المجمع شاركت في مباشرة الحادثة، وأن فرق الإسعاف والإنقاذ كلها لا تزال في الموقع حتى ساعة إعداد الخبر.
من جهتها، أفادت شرطة منطقة المدينة المنورة بأن الجهات الأمنية المختصة، بمساندة هيئة الهلال الأحمر، باشرت عند الساعة السابعة من مساء أمس حادثة اصطدام حافلة خاصة مستأجرة تقل 39 من المقيمين في المملكة من جنسيات آسيوية وعربية بمعدة ثقيلة (شيول) في مركز الأكحل.
""", [
    ev("crash-deaths", "لقي 35 شخصا حتفهم متفحمين وأصيب 5 آخرون مساء أمس (الأربعاء)", CRASH, "'مساء أمس (الأربعاء)' in a report of Thu 17 Oct 2019 = the evening of Wed 16 Oct 2019"),
    ev("bus-collision", "بعد أن اصطدمت حافلة كانت تنقلهم من المدينة المنورة إلى مكة المكرمة", CRASH, "'مساء أمس (الأربعاء)' = Wed 16 Oct 2019"),
    ev("hospitals-emergency", "أن مستشفيات منطقة المدينة المنورة رفعت حالة الطوارئ", NIGHT[0], "no own expression; the hospitals' alert on the night of Wed 16 - Thu 17 Oct 2019 (my span)", end=NIGHT[1]),
    ev("injured-to-hospital", "نُقل 3 منهم إلى المدينة لخطورة حالتهم", NIGHT[0], "no own expression; the transfers on the night of Wed 16 - Thu 17 Oct 2019 (my span)", end=NIGHT[1]),
    ev("security-at-scene", "باشرت عند الساعة السابعة من مساء أمس حادثة اصطدام", CRASH, "'عند الساعة السابعة من مساء أمس' in a report of Thu 17 = 19:00 on Wed 16 Oct 2019"),
])
art(S, "https://middle-east-online.com/%D9%85%D9%82%D8%AA%D9%84-%D9%85%D8%B9%D8%AA%D9%85%D8%B1%D9%8A%D9%86-%D9%81%D9%8A-%D8%AD%D8%A7%D8%AF%D8%AB-%D9%85%D8%B1%D9%88%D8%B1-%D8%A8%D8%A7%D9%84%D9%85%D8%AF%D9%8A%D9%86%D8%A9-%D8%A7%D9%84%D9%85%D9%86%D9%88%D8%B1%D8%A9",
    "2019-10-17", "no date line on the stored page; the body's 'بحسب ما أوردت وسائل اعلام سعودية الخميس' (an AFP report) for the crash of the evening of Wed 16 Oct 2019 gives Thu 17 Oct 2019; headline and sub-heading kept (re-worded); the last, truncated sentence on the 2015 crane collapse dropped; no date of its own in the text", False, """
مصرع معتمرين في حادث سير بالمدينة المنورة
المعتمرون من حملة جنسيات عربية وآسيوية لقوا حتفهم إثر ارتطام الحافلة التي كانت تقلهم بجرافة.
الرياض - لقي 35 شخصا من حملة جنسيات عربية وآسيوية مصرعهم بعد ارتطام حافلة كانت تنقلهم بجرافة في منطقة المدينة المنورة بالسعودية، وفق ما نقلته وسائل إعلام سعودية الخميس.
ونقلت وكالة الأنباء السعودية عن شرطة منطقة المدينة المنورة أن حافلة خاصة مستأجرة تقل 39 شخصا من المقيمين بالمملكة من جنسيات آسيوية وعربية اصطدمت بمعدة ثقيلة (شيول) في مركز الأكحل بمنطقة المدينة المنورة غربي المملكة.
وتابعت الوكالة أن الحادث أسفر عن وفاة 35 وإصابة أربعة من ركابها نُقلوا إلى مستشفى الحمنة، مبينة أن الجهات المختصة باشرت التحقيق.
وأفادت وسائل إعلام سعودية بأن الحافلة كانت تنقل معتمرين من المدينة المنورة إلى مكة المكرمة التي تقع على بعد نحو 400 كيلومتر.
ونشرت وسائل الإعلام السعودية صورا للحافلة المحترقة.
وقد شهد الحرم المكي حوادث عدة أودت بحياة المئات من الحجاج، أبرزها مصرع 717 حاجاً على الأقل سنة 2015 في تدافع بمشعر منى خارج مكة، وهو أسوأ كارثة تشهدها مواسم الحج منذ 25 عاماً.
""", [
    ev("crash-deaths", "لقي 35 شخصا من حملة جنسيات عربية وآسيوية مصرعهم", CRASH, "no own expression for the crash ('الخميس' is the day of the reports, Thu 17 Oct 2019); the crash of the evening of Wed 16 Oct 2019"),
    ev("police-statement", "ونقلت وكالة الأنباء السعودية عن شرطة منطقة المدينة المنورة", NIGHT[0], "no own expression; the Medina police statement carried by SPA on the night of Wed 16 - Thu 17 Oct 2019 (my span)", end=NIGHT[1]),
    ev("injured-to-hospital", "وإصابة أربعة من ركابها نُقلوا إلى مستشفى الحمنة", NIGHT[0], "no own expression; the transfers on the night of Wed 16 - Thu 17 Oct 2019 (my span)", end=NIGHT[1]),
    ev("investigation", "أن الجهات المختصة باشرت التحقيق", NIGHT[0], "no own expression; the inquiry opened on the night of the crash, Wed 16 - Thu 17 Oct 2019 (my span)", end=NIGHT[1]),
    ev("mina-stampede-2015", "مصرع 717 حاجاً على الأقل سنة 2015 في تدافع بمشعر منى", "2015-09-24", "'سنة 2015' = the Mina stampede of Thu 24 Sep 2015 (10 Dhu al-Hijja 1436; outside knowledge)"),
])

# ---------------------------------------------------------------- gaza-hajj-pilgrims-rafah-crossing-2017
S = "gaza-hajj-pilgrims-rafah-crossing-2017"
FIRST = "2017-08-14"                       # the first group of Gaza pilgrims crossed Rafah on Mon 14 Aug 2017
SECOND = "2017-08-15"                      # the second group crossed on Tue 15 Aug 2017
FOUR_DAYS = ("2017-08-14", "2017-08-18")   # the four days of departures, Mon 14 - Thu 17 Aug 2017
art(S, "https://samanews.ps/ar/post/310523/الفوج-الأول-من-الحجاج-يغادر-غزة-باتجاه-الديار-الحجازية",
    "2017-08-14", "page date line 'الإثنين 14 أغسطس 2017 08:41 ص / بتوقيت القدس +2GMT' (kept as second line; 14 Aug 2017 was a Monday); the body's 'صباح اليوم الاثنين' agrees; headline kept (re-worded), the repeated headline and the source tag 'غزة / سما /' dropped", True, """
الفوج الأول من حجاج غزة ينطلق نحو الديار الحجازية
الإثنين 14 أغسطس 2017 08:41 ص / بتوقيت القدس +2GMT
ينطلق صباح اليوم الاثنين نحو الديار الحجازية الفوج الأول من حجاج قطاع غزة، وعددهم 800 حاج، عبر معبر رفح في جنوب القطاع.
ويبلغ إجمالي عدد حجاج قطاع غزة 2500 حاج وحاجة، يغادرون على مدار اربعة ايام ابتداءً من الاثنين إلى الخميس.
وقد نسقت الهيئة العامة للمعابر والحدود في وزارة الداخلية والأمن الوطني مع الجهات المصرية لعبور الحجاج من معبر رفح، المغلق منذ 160 يوماً، واتخذت جميع التجهيزات والترتيبات اللازمة لسفر حجاج القطاع إلى الديار الحجازية بدءًا من صباح اليوم الإثنين.
وبيّن المقدم هشام عدوان، مدير العلاقات العامة والإعلام في هيئة المعابر، أن العمل جارٍ على إعداد كشوفات الحجاج المقرر سفرهم، وعددهم "2500"، إثر وصول جوازاتهم "المفيزة" من الجانب المصري إلى وزارة الأوقاف والشؤون الدينية.
""", [
    ev("first-group-departs", "ينطلق صباح اليوم الاثنين نحو الديار الحجازية الفوج الأول", FIRST, "'صباح اليوم الاثنين' = Mon 14 Aug 2017 (date line)"),
    ev("four-day-departures", "يغادرون على مدار اربعة ايام ابتداءً من الاثنين إلى الخميس", FOUR_DAYS[0], "'على مدار اربعة ايام ابتداءً من الاثنين إلى الخميس' = Mon 14 - Thu 17 Aug 2017", end=FOUR_DAYS[1]),
    ev("rafah-closed", "معبر رفح، المغلق منذ 160 يوماً", "2017-03-07", "'منذ 160 يوماً' before Mon 14 Aug 2017 = since about Tue 7 Mar 2017 (computed with datetime; my span up to the reopening)", end=FIRST),
    ev("crossing-preparations", "واتخذت جميع التجهيزات والترتيبات اللازمة لسفر حجاج القطاع", "2017-08-10", "no own expression; the crossings authority's preparations in the days before Mon 14 Aug 2017 (my span 10-14 Aug)", end=FIRST),
    ev("passports-arrived", "إثر وصول جوازاتهم \"المفيزة\" من الجانب المصري", "2017-08-07", "no own expression; the visaed passports came back from Egypt before the lists were drawn up, in the week before Mon 14 Aug 2017 (my span 7-14 Aug)", end=FIRST),
])
art(S, "https://albaha24.blogspot.com/2017/08/blog-post_216.html",
    "2017-08-14", "the body's 'الإثنين (14 أغسطس 2017)' (kept; 14 Aug 2017 was a Monday) and the URL's '/2017/08/'; headline written from the body (the stored text has none); the repeated paragraphs of the stored page dropped", True, """
مصر تفتح معبر رفح أمام حجاج قطاع غزة
فتحت السلطات المصرية الإثنين (14 أغسطس 2017) معبر رفح الواقع على حدودها مع قطاع غزة الفلسطيني لعبور الحجاج، بحسب ما أوردته وكالات الأنباء المصرية.
وشرعت الحافلات التي تنقل قرابة 800 حاج فلسطيني في العبور من غزة نحو الجانب المصري، تمهيدا لنقلهم إلى مطار القاهرة الدولي ومنه إلى جدة في المملكة العربية السعودية، علما بأن عدد حجاج القطاع هذا العام يقارب 2500.
وأفادت الهيئة العامة للمعابر والحدود في القطاع بأن السلطات المصرية فتحت معبر رفح أربعة أيام متتالية لتمكين الحجاج من التوجه إلى الديار الحجازية، مؤكدة أنها أنجزت كل التجهيزات والترتيبات اللازمة لسفر حجاج غزة عبر معبر رفح البري.
كذلك توجه وزير الأوقاف الفلسطيني يوسف دعيس بالشكر إلى الرئيس المصري عبدالفتاح السيسي وإلى الشعب المصري على فتح المعبر والسماح للحجاج الفلسطينيين بالعبور وتقديم جميع التسهيلات لنقلهم إلى الأراضي المقدسة.
وتواصل إسرائيل فرض حصارها على قطاع غزة، مدعية أن ذلك ضروري لمنع حركة حماس الإسلامية التي تحكم القطاع من الحصول على أسلحة أو مواد تُستخدم في تصنيعها.
""", [
    ev("rafah-opened", "فتحت السلطات المصرية الإثنين (14 أغسطس 2017) معبر رفح", FIRST, "'الإثنين (14 أغسطس 2017)' = Mon 14 Aug 2017"),
    ev("first-group-departs", "وشرعت الحافلات التي تنقل قرابة 800 حاج فلسطيني في العبور", FIRST, "no own expression; the first 800 crossed on Mon 14 Aug 2017 (the opening sentence)"),
    ev("four-day-departures", "فتحت معبر رفح أربعة أيام متتالية", FOUR_DAYS[0], "'أربعة أيام متتالية' from Mon 14 Aug 2017 = Mon 14 - Thu 17 Aug 2017", end=FOUR_DAYS[1]),
    ev("crossing-preparations", "أنها أنجزت كل التجهيزات والترتيبات اللازمة", "2017-08-10", "no own expression; the preparations in the days before Mon 14 Aug 2017 (my span 10-14 Aug)", end=FIRST),
    ev("minister-thanks-egypt", "توجه وزير الأوقاف الفلسطيني يوسف دعيس بالشكر", FIRST, "no own expression; the minister's thanks on the day of the opening, Mon 14 Aug 2017 (my span 14-15 Aug)", end=SECOND),
])
art(S, "https://qudsnet.com/post/381918/بدء-مغادرة-الفوج-الثاني-من-حجاج-غزة-عبر-معبر-رفح",
    "2017-08-15", "no date line on the stored page; the body's 'صباح اليوم الثلاثاء' for the second group, after the first group of Mon 14 Aug, and 'للعام 2017' give Tue 15 Aug 2017; headline kept (re-worded); the source line 'المصدر: غزة - وكالة قدس نت للأنباء' dropped; no date of its own in the text", False, """
بدء خروج الفوج الثاني من حجاج غزة عبر معبر رفح
فتحت السلطات المصرية معبر رفح البري صباح اليوم الثلاثاء ليغادر منه الفوج الثاني من حجاج غزة المتوجهين لأداء مناسك الحج في الديار الحجازية.
وأفاد مراسل "وكالة قدس نت للأنباء" بأن الجانب المصري فتح بوابة المعبر مع ساعات صباح اليوم ليبدأ الفوج الثاني من حجاج القطاع بالخروج إلى مصر، ومنها إلى الأراضي السعودية لأداء المناسك.
وقد رُتب مع الجهات المصرية سفر حجاج القطاع، البالغ عددهم 2500 حاج وحاجة، على مدار اربعة أيام، إضافة إلى آلية خروجهم من معبر رفح إلى مطار القاهرة الدولي وصولا إلى الأراضي السعودية.
وفجر اليوم الثلاثاء، أقلعت من مطار القاهرة الدولي الرحلة الأولى للحجاج الفلسطينيين القادمين من قطاع غزة عبر معبر رفح البري، وعلى متنها 266 حاجا، متجهة إلى مطار الملك عبد العزيز في جدة بالمملكة العربية السعودية لأداء فريضة الحج للعام 2017.
""", [
    ev("second-group-departs", "فتحت السلطات المصرية معبر رفح البري صباح اليوم الثلاثاء", SECOND, "'صباح اليوم الثلاثاء' = Tue 15 Aug 2017"),
    ev("four-day-departures", "على مدار اربعة أيام، إضافة إلى آلية خروجهم", FOUR_DAYS[0], "'على مدار اربعة أيام' = Mon 14 - Thu 17 Aug 2017 (samanews)", end=FOUR_DAYS[1]),
    ev("first-cairo-flight", "أقلعت من مطار القاهرة الدولي الرحلة الأولى للحجاج الفلسطينيين", SECOND, "'وفجر اليوم الثلاثاء' = dawn of Tue 15 Aug 2017"),
])

# ---------------------------------------------------------------- iran-umrah-resumption-2024
S = "iran-umrah-resumption-2024"
DEPART = "2024-04-22"                      # the first Iranian Umrah group flew from Tehran to Medina on Mon 22 Apr 2024
LIFTED = ("2023-12-01", "2024-01-01")      # Iranian media reported in December 2023 that the Saudi restrictions were lifted
DEAL = "2023-03-10"                        # the Beijing agreement restoring Saudi-Iranian relations, Fri 10 Mar 2023
CUT = "2016-01-03"                         # Saudi Arabia cut relations on Sun 3 Jan 2016
art(S, "https://alghadeertv.iq/archives/271333",
    "2024-04-21", "no date line on the stored page; the body's 'يتوجه الاثنين' (future) with Ajilian's statement 'الأحد', before the first flight of Mon 22 Apr 2024, gives Sun 21 Apr 2024; headline written from the body (the stored text has none); the closing word 'انتهى' dropped; no date of its own in the text", False, """
معتمرون إيرانيون يتوجهون إلى السعودية بعد انقطاع طويل
يتوجه الاثنين إلى الديار المقدسة عدد كبير من الزوار الإيرانيين لأداء مناسك العمرة بعد توقف دام تسع سنوات.
وأعلن محمد حسين أجيليان، مسؤول وحدة شؤون الحج في شركة المطارات الإيرانية، في تصريح أدلى به الأحد، أن تفويج الزوار الإيرانيين إلى الديار المقدسة في المملكة العربية السعودية لأداء العمرة سينطلق بدءا من الاثنين.
وأوضح أجيليان أن قوافل العمرة ستضم ٨٥ معتمر بإجمالي 60 قافلة، مشددا على أن عمرة الاثنين ستكون الأولى بعد توقف دام لـ 9 سنوات.
وكانت السعودية وإيران والصين قد أصدرت في آذار من عام 2022 بيانا ثلاثيا مشتركا، أعلنت فيه الدول الثلاث توقيع إيران والسعودية اتفاقا لاستئناف العلاقات بينهما برعاية الرئيس الصيني شي جين بينغ، عقب مساع عراقية بُذلت في هذا الإطار.
""", [
    ev("first-umrah-flight", "يتوجه الاثنين إلى الديار المقدسة عدد كبير من الزوار الإيرانيين", DEPART, "'الاثنين' (future) after Sun 21 Apr 2024 = Mon 22 Apr 2024"),
    ev("umrah-halt", "بعد توقف دام تسع سنوات", "2015-04-13", "'دام تسع سنوات' = the halt of Iranian Umrah trips, decided by Tehran in mid-April 2015 after the Jeddah airport incident (outside knowledge), up to Mon 22 Apr 2024", end=DEPART),
    ev("ajilian-statement", "في تصريح أدلى به الأحد", "2024-04-21", "'الأحد' before 'الاثنين' = Sun 21 Apr 2024"),
    ev("relations-deal", "قد أصدرت في آذار من عام 2022 بيانا ثلاثيا مشتركا", DEAL, "'في آذار من عام 2022' is an error of the report: the Saudi-Iranian-Chinese statement was issued in Beijing on Fri 10 Mar 2023 (the other articles: 'آذار 2023')"),
])
art(S, "https://eqtsadbilarabi.com/2024/04/22/لأداء-مناسك-العمرة-إيرانيون-يتوجهون-إ",
    "2024-04-22", "date in the URL '/2024/04/22/' (22 Apr 2024 was a Monday); the body's 'اليوم الإثنين' agrees; headline rendered from the URL slug (the stored text has none); no date of its own in the text beyond the weekday", True, """
لأداء مناسك العمرة.. إيرانيون يتوجهون إلى السعودية
اتجهت مجموعة من المعتمرين الإيرانيين إلى السعودية اليوم الإثنين لأداء العمرة، في أعقاب تحسن العلاقات بين طهران والرياض، بحسب رويترز.
وذكرت وكالة أنباء إيرانية أن هذه المجموعة هي الأولى منذ 9 أعوام.
وكانت وسائل إعلام إيرانية قد أشارت في ديسمبر الماضي إلى أن السعودية ألغت القيود التي كانت مفروضة على الإيرانيين الراغبين في أداء العمرة.
غير أن الرحلات الجوية تأجلت حتى الآن بسبب ما سمّته طهران «مشكلات فنية».
وكانت الصين قد توسطت في اتفاق أعادت بموجبه إيران والمملكة العربية السعودية علاقاتهما الدبلوماسية الكاملة التي قُطعت منذ عام 2016 إثر إعدام الرياض لرجل دين شيعي وما أعقبه من اقتحام للسفارة السعودية في طهران.
وقبل استئناف العلاقات، لم يكن بمقدور الإيرانيين سوى أداء فريضة الحج، التي تؤدى مرة واحدة في العمر، أما العمرة فيمكن أداؤها في أي وقت وهي غير إلزامية على المسلمين.
من جهة أخرى، حضر السفير السعودي لدى إيران عبدالله بن سعود العنزي مراسم توديع المعتمرين الـ 85 في مطار طهران الرئيسي.
""", [
    ev("first-umrah-flight", "اتجهت مجموعة من المعتمرين الإيرانيين إلى السعودية اليوم الإثنين", DEPART, "'اليوم الإثنين' = Mon 22 Apr 2024 (URL date)"),
    ev("restrictions-lifted", "أن السعودية ألغت القيود التي كانت مفروضة على الإيرانيين", LIFTED[0], "'في ديسمبر الماضي' from Apr 2024 = December 2023 (the month of the reports; the lifting itself is not dated more sharply)", end=LIFTED[1]),
    ev("relations-deal", "وكانت الصين قد توسطت في اتفاق أعادت بموجبه", DEAL, "no own expression; the Beijing agreement of Fri 10 Mar 2023 (outside knowledge; annahar 'آذار 2023')"),
    ev("relations-cut", "التي قُطعت منذ عام 2016", CUT, "'منذ عام 2016' = Saudi Arabia cut relations on Sun 3 Jan 2016, after the embassy was stormed on 2 Jan (outside knowledge)"),
    ev("ambassador-farewell", "حضر السفير السعودي لدى إيران عبدالله بن سعود العنزي مراسم توديع", DEPART, "no own expression; the farewell at Tehran's airport on the day of the flight, Mon 22 Apr 2024"),
])
art(S, "https://annahar.com/arabic/section/80-العالم-العربي/316323/للمرة-الأولى-منذ-9-سنوات-مجموعة-إيرانية-تسافر-إلى-السعودية-لأدا-مناسك-العمرة",
    "2024-04-22", "no date line on the stored page; the body's 'اليوم الاثنين' for the first Iranian Umrah group, which flew on Mon 22 Apr 2024 (eqtsadbilarabi's URL '/2024/04/22/', Reuters and AFP), gives Mon 22 Apr 2024; headline kept from the page (re-worded), the photo caption '(أ ف ب)' dropped", True, """
للمرة الأولى منذ 9 سنوات.. مجموعة إيرانية تسافر إلى السعودية لأداء العمرة
أفادت وكالة أنباء رسمية إيرانية بأن مجموعة من المعتمرين، هي الأولى من إيران من تسع سنوات، سافرت إلى السعودية اليوم الاثنين، في ظل تحسن العلاقات بين طهران والرياض.
وكانت وسائل إعلام إيرانية قد أوردت في كانون الأول أن السعودية رفعت القيود المفروضة على أداء الإيرانيين للعمرة، إلا أن رحلات الطيران تأجلت حتى الآن لما وصفته طهران بأنه "مشكلات فنية".
وكانت الصين قد رعت اتفاقا أُبرم في آذار 2023 عادت بموجبه العلاقات الديبلوماسية الكاملة بين إيران والسعودية بعد أن انقطعت عام 2016.
وقبل استئناف العلاقات، كان الإيرانيون لا يستطيعون سوى أداء فريضة الحج وفق حصة محددة، أما الآن فسيتمكنون من أداء مناسك العمرة كذلك.
وشارك السفير السعودي لدى إيران عبد الله بن سعود العنزي في مراسم وداع 85 معتمرا في مطار طهران الرئيسي.
""", [
    ev("first-umrah-flight", "سافرت إلى السعودية اليوم الاثنين", DEPART, "'اليوم الاثنين' = Mon 22 Apr 2024"),
    ev("restrictions-lifted", "أن السعودية رفعت القيود المفروضة على أداء الإيرانيين للعمرة", LIFTED[0], "'في كانون الأول' before Apr 2024 = December 2023 (the month of the reports)", end=LIFTED[1]),
    ev("relations-deal", "رعت اتفاقا أُبرم في آذار 2023", DEAL, "'في آذار 2023' = the Beijing agreement of Fri 10 Mar 2023 (outside knowledge for the day)"),
    ev("relations-cut", "بعد أن انقطعت عام 2016", CUT, "'عام 2016' = Saudi Arabia cut relations on Sun 3 Jan 2016 (outside knowledge)"),
    ev("ambassador-farewell", "في مراسم وداع 85 معتمرا في مطار طهران الرئيسي", DEPART, "no own expression; the farewell on the day of the flight, Mon 22 Apr 2024"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 433
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

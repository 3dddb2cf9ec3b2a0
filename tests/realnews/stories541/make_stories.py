"""Builds stories.jsonl: the 541-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: prison breaks and escapes of detainees.
Stories: the mass escape from the Dar Naim prison in Nouakchott (Mauritania, February 2016), the escape of five
inmates (three of Fatah al-Islam) from Roumieh central prison (Lebanon, August 2011), the escape of ten inmates
from the Orleans Parish jail in New Orleans (United States, May 2025), and the escape of 21 detainees from the
al-Hilal lockup in Muthanna (Iraq, May 2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- mauritania-dar-naim-prison-escape-2016
S = "mauritania-dar-naim-prison-escape-2016"
ESC = "2016-02-19"                         # 42-43 inmates fled Dar Naim prison on the evening of Fri 19 Feb 2016
art(S, "https://nouakchot.com/article/2442",
    "2016-02-19", "no date line on the stored page; the body's 'عملية الفرار الجماعية التي تمت مساء اليوم الجمعة' for the Dar Naim escape of Fri 19 Feb 2016 (lecalame: 'vendredi (19 février)'; ksa2day of Sat 20: '(مساء الجمعة)'), so the report was written that Friday evening; the same count (42), the same seven recaptured and the same assault on the gate guard as the other reports; headline written from the body (the stored text has none)", False, """
إحصاء إدارة السجن يؤكد فرار 42 سجينا بينهم محكوم بالإعدام
أفادت مصادر موثوقة صحيفة نواكشوط بأن الإحصاء الذي أجرته إدارة السجن عقب عملية الفرار الجماعية التي جرت مساء اليوم الجمعة أثبت فرار 42 سجينا، من بينهم سجين خطير يُدعى ولد العيساوي صدر بحقه حكم بالإعدام.
وذكرت مصادر الصحيفة أن المجموعة انقضت على أحد الحراس في اللحظة التي كان يفتح فيها البوابة فأسقطته أرضا، ولما سمع الحارس الأمامي الجلبة أطلق النار لتحذيرهم، لكنهم لم يأبهوا بذلك.
وأضافت المصادر أن 7 سجناء اعتُقلوا حتى الآن، خمسة منهم على طريق أكجوجت واثنان سلمهما ذووهما إلى حرس السجن.
""", [
    ev("escape", "عملية الفرار الجماعية التي جرت مساء اليوم الجمعة", ESC, "'مساء اليوم الجمعة' = the evening of Fri 19 Feb 2016"),
    ev("headcount", "الإحصاء الذي أجرته إدارة السجن", ESC, "no own expression; the count made right after the escape, the same Friday evening, 19 Feb 2016 (the report itself is of that evening)"),
    ev("guard-assaulted", "انقضت على أحد الحراس", ESC, "no own expression; part of the escape of the evening of Fri 19 Feb 2016"),
    ev("warning-shots", "أطلق النار لتحذيرهم", ESC, "no own expression; during the escape, the evening of Fri 19 Feb 2016"),
    ev("seven-recaptured", "أن 7 سجناء اعتُقلوا حتى الآن", ESC, "'حتى الآن' in a report of the evening of Fri 19 Feb 2016: the seven recaptured that night"),
])
art(S, "https://ksa.ksa2day.com/Home/NewsDetails?NewsID=2956765",
    "2016-02-20", "no date line on the stored page; the body's 'أفاد مصدر اليوم (السبت)' with the escape '(مساء الجمعة)' of Fri 19 Feb 2016 gives Sat 20 Feb 2016 (20 Feb 2016 was a Saturday; the AFP report of Saturday, guinee28: 'a appris l'AFP samedi'); headline written from the body (the stored text has none)", False, """
فرار أكثر من 40 معتقلا من أكبر سجن في نواكشوط
ذكر مصدر اليوم (السبت) أن ما يزيد على 40 معتقلاً، من بينهم سجناء خطرون، هربوا من أكبر سجن في نواكشوط، مستفيدين من تخفيف إجراءات الحراسة أثناء تبديل الحراس.
وأوضح المصدر، الذي طلب عدم الكشف عن هويته، أن "ما بين 42 و43 معتقلاً نجحوا (مساء الجمعة) في الفرار من سجن دار النعيم" الواقع في شمال شرقي العاصمة، "ومن بينهم سجناء خطرون".
وبيّن مسؤول أمني أن "الشرطة اعتقلت سبعة على الأقل من الفارين، فيما تتواصل عمليات البحث عن البقية".
وأشار المصدر في السجن إلى أن "السجناء استغلوا قلة عدد الحراس" خلال عملية التبديل.
وأضاف أن الحراس "أطلقوا أعيرة تحذيرية لوقف تدفق الفارين وإعادة الانضباط" داخل السجن.
ونقل مصدر قضائي أن سجن دار النعيم يؤوي نحو 1300 معتقل، موضحاً أن موريتانيا عرفت من قبل عمليات فرار مشابهة، غير أن ما جرى مساء أمس هو الأكبر منذ عقود.
وفي تشرين الأول (أكتوبر) 2012، أُحبطت محاولة فرار من السجن نفسه انتهت بمقتل سجين وجرح اثنين آخرين.
وفي 31 كانون الأول (ديسمبر) الماضي، هرب المتشدد الموريتاني الشيخ ولد السالك، المحكوم بالإعدام بسبب محاولته تنفيذ هجوم بسيارة مفخخة على الرئيس محمد ولد عبدالعزيز في 2011، من سجن آخر في وسط نواكشوط.
""", [
    ev("escape", "نجحوا (مساء الجمعة) في الفرار من سجن دار النعيم", ESC, "'(مساء الجمعة)' from Sat 20 Feb 2016 = Fri 19 Feb 2016 (also 'مساء أمس')"),
    ev("seven-recaptured", "الشرطة اعتقلت سبعة على الأقل من الفارين", ESC, "no own expression; the seven recaptured on the night of the escape, Fri 19 Feb 2016 (nouakchot of that evening: 'اعتقال 7 سجناء')"),
    ev("warning-shots", "أطلقوا أعيرة تحذيرية", ESC, "no own expression; during the escape of the evening of Fri 19 Feb 2016"),
    ev("foiled-attempt-2012", "أُحبطت محاولة فرار من السجن نفسه", "2012-10-01", "'في تشرين الأول (أكتوبر) 2012' = October 2012 (the month only)", end="2012-11-01"),
    ev("salek-escape", "هرب المتشدد الموريتاني الشيخ ولد السالك", "2015-12-31", "'في 31 كانون الأول (ديسمبر) الماضي' from Feb 2016 = Thu 31 Dec 2015"),
    ev("salek-car-bomb-attempt", "محاولته تنفيذ هجوم بسيارة مفخخة على الرئيس", "2011-01-01", "'في 2011' = the year 2011 only", end="2012-01-01"),
])
art(S, "https://al-jazirah.com/2016/20160221/du6.htm",
    "2016-02-21", "the URL's issue date /2016/20160221/ of the al-Jazirah daily (Sun 21 Feb 2016); dateline 'نواكشوط - الجزيرة:' dropped; headline written from the body (the stored text has none); no date of its own in the text", True, """
أكبر عملية هروب جماعي من سجن دار النعيم في نواكشوط
تضاربت الأنباء حول فرار عدد من أخطر السجناء المدانين في قضايا جنائية، في أكبر عملية هروب جماعي يشهدها سجن في موريتانيا، وذلك من سجن دار النعيم في العاصمة نواكشوط.
وذكرت مصادر صحفية أن عشرات السجناء نجحوا في الهرب، بينهم 7 من أعتى المجرمين، في حين لم يصدر إعلان رسمي عن الحادث.
وأفاد مصدر من داخل السجن إحدى الإذاعات بأن السلطات شرعت في عملية إحصاء للسجناء لتحديد هويات الفارين، وقدّرت عددهم بنحو 41 سجيناً بينهم سبعة خطرون، بينما أوردت صحيفة «الطوارئ» أن 7 من الفارين أُلقي القبض عليهم.
وأضافت المصادر أن السجناء اعتدوا على الحراس وتغلبوا على بعضهم بإشاعة الفوضى، مستغلين خروجهم إلى الساحة الأمامية المحاذية للبوابة الرئيسية، فاندفعوا نحو البوابة ولم يقدر عناصر الحرس على السيطرة عليهم، فتمكن عدد منهم من الفرار.
واعتبر مراقبون أن عملية الفرار هذه هي الأكبر في السجون الموريتانية خلال السنوات الأخيرة.
ويضم سجن دار النعيم قرابة ألف سجين، وهو من أكبر السجون في موريتانيا.
""", [
    ev("escape", "في أكبر عملية هروب جماعي يشهدها سجن في موريتانيا", ESC, "no own expression; the escape of the evening of Fri 19 Feb 2016 (nouakchot 'مساء اليوم الجمعة', ksa2day '(مساء الجمعة)')"),
    ev("headcount", "شرعت في عملية إحصاء للسجناء", ESC, "no own expression; the count made after the escape, reported on the evening of Fri 19 Feb 2016 by nouakchot"),
    ev("seven-recaptured", "أن 7 من الفارين أُلقي القبض عليهم", ESC, "no own expression; the seven recaptured on the night of Fri 19 Feb 2016 (nouakchot of that evening)"),
    ev("guard-assaulted", "أن السجناء اعتدوا على الحراس", ESC, "no own expression; part of the escape of the evening of Fri 19 Feb 2016"),
])

# ---------------------------------------------------------------- lebanon-roumieh-fatah-al-islam-escape-2011
S = "lebanon-roumieh-fatah-al-islam-escape-2011"
ESC = "2011-08-13"                         # five inmates fled block D of Roumieh shortly before noon on Sat 13 Aug 2011
HUNT = ("2011-08-13", "2011-08-15")        # the army and ISF search of Sat 13 - Sun 14 Aug as reported
art(S, "https://al-jazirah.com/20110814/du17.htm",
    "2011-08-14", "the URL's issue date /20110814/ of the al-Jazirah daily (Sun 14 Aug 2011); byline 'بيروت - منير الحافي' dropped; headline written from the body (the stored text has none); no date of its own in the text", True, """
فرار خمسة سجناء من سجن رومية شرق بيروت
هرب خمسة سجناء من جنسيات لبنانية وغير لبنانية من السجن المركزي في رومية (شرق بيروت)، وقيل إن بعضهم ينتمي إلى ما يُعرف بـ«فتح الإسلام».
ووفق بيان صادر عن المديرية العامة لقوى الأمن الداخلي، فإن السجناء الخمسة نشروا الفاصل الحديدي المطل على الباحة الخارجية للسجن، ثم تدلّوا بواسطة شراشف واختلطوا بالمواطنين الذين جاؤوا لزيارة أبنائهم، فتمكنوا من الفرار.
والفارون هم: مدحت حسن خليل أحمد (موريتاني) وعبد الله سعد الدين الشكري (سوري) وعبد العزيز أحمد المصري (سوري) ومحمد عبد الله الناصر عبد الدوسري (كويتي) وعبد الناصر سعيد سنجر (لبناني).
وأوضح بيان قوى الأمن أنها أوقفت سجيناً سادساً حين كان يحاول الفرار مع الآخرين، وهو وليد عصام لبابيدي (لبناني).
وأعلنت القوى الأمنية أنها تلاحق الفارين وتتعقبهم بالتنسيق مع الجيش إلى حين إعادتهم إلى السجن.
وأشارت كذلك إلى أن التحقيق جارٍ بإشراف القضاء المختص لاتخاذ الإجراءات المناسبة بحق المقصرين من المسؤولين وعناصر الحماية في السجن.
""", [
    ev("escape", "هرب خمسة سجناء من جنسيات لبنانية وغير لبنانية", ESC, "no own expression; the escape shortly before noon on Sat 13 Aug 2011 (al-Sharq 'قبل الظهر' with 'أمس السبت'; aljarida 'ظهر أمس (الأول)')"),
    ev("isf-statement", "ووفق بيان صادر عن المديرية العامة لقوى الأمن الداخلي", ESC, "no own expression; the ISF statement issued on the day of the escape, Sat 13 Aug 2011 (al-Sharq: 'أعلنت ... بعد ظهر أمس السبت')"),
    ev("sixth-caught", "أنها أوقفت سجيناً سادساً", ESC, "no own expression; Lababidi was caught during the attempt on Sat 13 Aug 2011 (aljarida 'أمس الأول')"),
    ev("manhunt", "أنها تلاحق الفارين وتتعقبهم بالتنسيق مع الجيش", HUNT[0], "no own expression; the pursuit launched on Sat 13 Aug 2011 and still under way on Sun 14 (army statement) - my span 13-14 Aug", end=HUNT[1]),
    ev("investigation", "أن التحقيق جارٍ بإشراف القضاء المختص", ESC, "no own expression; the judicial inquiry opened with the ISF statement of Sat 13 Aug 2011"),
])
art(S, "https://sauress.com/sharq/16402",
    "2011-08-14", "no date line on the stored page (an al-Sharq report carried by sauress); the body's 'بعد ظهر أمس السبت' for the ISF announcement of the day of the escape, Sat 13 Aug 2011, gives Sun 14 Aug 2011 (14 Aug 2011 was a Sunday); headline written from the body (the stored text has none); the last, truncated sentence ('وطلب من الأجهزة ...') dropped", False, """
توقيف سجين من «فتح الإسلام» بعد فرار خمسة من سجن رومية
أعلنت قوات الأمن اللبنانية، بعد ظهر أمس السبت، اعتقال أحد أفراد المجموعة التي هربت قبل الظهر من سجن رومية المركزي، وهو ينتمي إلى تنظيم (فتح الاسلام).
وذكرت قوى الأمن أن بين الفارين 3 من تنظيم (فتح الاسلام)، لبنانياً وسوريين اثنين، إضافة إلى كويتي ينتمي إلى تنظيم القاعدة ومطلوب في الكويت والعراق، وموريتاني متهم بجريمة قتل.
وأضافت أن المجموعة التي نجحت في الفرار «قطعت الفاصل الحديدي المطل على الباحة الخارجية للسجن، ونزل أفرادها بعد أن ربطوا عدداً من الشراشف (أغطية النوم) بعضها ببعض، ثم اندسوا بين المواطنين الذين كانوا يزورون أبناءهم وتمكنوا من الهرب».
وبيّنت أن الفارين هم الموريتاني مدحت حسن خليل أحمد، والسوريان عبدالله سعد الدين الشكري وعبدالعزيز أحمد المصري العضوان في تنظيم (فتح الاسلام)، واللبناني عبد الناصر سعيد سنجر، والكويتي محمد عبدالله الناصر عبد الدوسري الملقب بـ(أبو طلحة) العضو في تنظيم القاعدة.
وأفادت قوى الأمن بأنها أوقفت السجين اللبناني وليد عصام لبابيدي من (فتح الاسلام) خلال محاولته الفرار.
ولفتت إلى أنها تنسق مع قوات الجيش لملاحقة المجموعة الفارة بغية إعادتها إلى السجن.
وأصدر وزير الداخلية اللبناني مروان شربل مذكرة تقضي بمعاقبة جميع المسؤولين عن سجن رومية من ضباط ورتباء وأفراد.
""", [
    ev("sixth-caught", "اعتقال أحد أفراد المجموعة", ESC, "'بعد ظهر أمس السبت' in an article of Sun 14 Aug 2011 = Sat 13 Aug (the member caught is Lababidi, caught during the attempt)"),
    ev("escape", "التي هربت قبل الظهر من سجن رومية المركزي", ESC, "'قبل الظهر' of the same Saturday = Sat 13 Aug 2011"),
    ev("isf-statement", "وذكرت قوى الأمن أن بين الفارين", ESC, "no own expression; the ISF statement of Sat 13 Aug 2011 ('أمس السبت')"),
    ev("manhunt", "أنها تنسق مع قوات الجيش لملاحقة المجموعة الفارة", HUNT[0], "no own expression; the pursuit from Sat 13 Aug 2011, still under way on Sun 14 - my span 13-14 Aug", end=HUNT[1]),
    ev("charbel-punishment-memo", "وأصدر وزير الداخلية اللبناني مروان شربل مذكرة", ESC, "no own expression; reported in the Sunday paper with the events of Saturday: the minister's memo of Sat 13 Aug 2011"),
])
art(S, "https://www.aljarida.com/articles/1461977028077216700/amp",
    "2011-08-15", "no date on the stored page (the article id is not a date); the army statement quoted with 'ظهر أمس (الأول)' for the escape of Sat 13 Aug 2011 (the paper's '(الأول)' added to the statement's 'أمس'), the 'أمس' of the announcement of Sun 14 and Lababidi's arrest 'أمس الأول' give Mon 15 Aug 2011 (okaz: 'البارحة الأولى'); headline written from the body (the stored text has none); the 'Ad' marker and the last, truncated sentence on the officers detained dropped", False, """
توقيف أحد الفارين الخمسة من سجن رومية في شمال لبنان
أعلنت السلطات الأمنية اللبنانية أمس أنها نجحت في توقيف أحد الفارين الخمسة من سجن رومية المركزي شرق بيروت، وذلك في شمال البلاد، في حين يتواصل البحث عن الباقين، ومنهم الكويتي محمد الدوسري المعروف بـ"أبو طلحة" المنتمي إلى تنظيم "القاعدة" والمطلوب في العراق والكويت.
وجاء في بيان للجيش اللبناني أنه "على إثر فرار خمسة موقوفين من سجن رومية ظهر أمس (الأول)، نفذت قوى الجيش عملية تفتيش واسعة في مختلف المناطق اللبنانية، بمساندة عدد من الطوافات العسكرية".
وأضاف البيان أن هذه القوى أوقفت مدحت حسن خليل أحمد (أردني الجنسية) في شمال لبنان، "وتواصل قوى الأمن أعمال البحث والتقصي عن بقية الفارين لتوقيفهم وتسليمهم إلى الجهات المختصة".
وكانت قوى الأمن قد عممت في وقت سابق صور المجموعة الفارة، وأوضحت أن الفارين هم السوريان عبدالله سعد الدين الشكري وعبد العزيز أحمد المصري العضوان في تنظيم "فتح الإسلام"، واللبناني عبدالناصر سعيد سنجر، والكويتي محمد عبدالله الناصر الدوسري الملقب بـ"أبو طلحة" العضو في تنظيم "القاعدة".
وأشارت إلى أن السجين اللبناني وليد عصام لبابيدي من "فتح الإسلام" أوقف أثناء محاولته الفرار أمس الأول.
""", [
    ev("madhat-arrest", "نجحت في توقيف أحد الفارين الخمسة", "2011-08-14", "'أمس' in an article of Mon 15 Aug 2011 = Sun 14 Aug, the day of the announcement (the arrest itself may have been late on Sat 13; dated by the announcement)"),
    ev("army-statement", "وجاء في بيان للجيش اللبناني", "2011-08-14", "no own expression; the army statement announcing the arrest 'أمس' = Sun 14 Aug 2011"),
    ev("escape", "على إثر فرار خمسة موقوفين من سجن رومية ظهر أمس (الأول)", ESC, "'ظهر أمس (الأول)' from Mon 15 Aug 2011 = noon of Sat 13 Aug"),
    ev("manhunt", "نفذت قوى الجيش عملية تفتيش واسعة", HUNT[0], "no own expression; the army search after the escape of Sat 13 Aug 2011, reported in the statement of Sun 14 - my span 13-14 Aug", end=HUNT[1]),
    ev("photos-distributed", "قد عممت في وقت سابق صور المجموعة الفارة", HUNT[0], "'في وقت سابق' before the army statement of Sun 14 Aug 2011: after the escape of Sat 13 - my span 13-14 Aug", end=HUNT[1]),
    ev("sixth-caught", "أوقف أثناء محاولته الفرار أمس الأول", ESC, "'أمس الأول' from Mon 15 Aug 2011 = Sat 13 Aug"),
])

# ---------------------------------------------------------------- usa-new-orleans-jail-escape-2025
S = "usa-new-orleans-jail-escape-2025"
ESC = "2025-05-16"                         # ten inmates broke out of the Orleans Parish jail just after midnight on Fri 16 May 2025
HUNT = ("2025-05-16", "2025-05-19")        # the manhunt of Fri 16 - Sun 18 May as reported
art(S, "https://ahdathalalam.com/news-article/209592.html",
    "2025-05-17", "no date line on the stored page; the body's 'صباح أمس الجمعة' for the escape of Fri 16 May 2025 gives Sat 17 May 2025 (17 May 2025 was a Saturday; three recaptured, seven at large, as in the AP report of Fri night carried by shorouknews on Sat 17); headline kept from the page; the last, truncated sentence shortened", False, """
بصورة نشرتها أسوشيتد برس فرار 10 سجناء بأمريكا ربما تم بمساعدة أفراد من إدارة السجن
أظهرت صورة بثتها وكالة أسوشيتد برس أن هروب 10 سجناء من سجن في مدينة نيو أورلينز الأمريكية، بعد أن اخترقوا جداراً خلف مرحاض، صباح أمس الجمعة، ربما جرى بمساعدة من عاملين في إدارة السجن.
وبحسب تقرير الوكالة، تبيّن صورة حصلت عليها أسوشيتد برس من شرطة نيو أورلينز ثغرة في جدار يقع خلف مرحاض في الزنزانة التي فرّ منها الرجال، وقد كُتبت فوقها بخط اليد عبارة: سهل جداً مع ضحكة عالية - To Easy LoL، إلى جانب سهم يشير إلى الثغرة.
وذكرت السلطات أن عشرة سجناء هربوا من سجن نيو أورلينز، يوم الجمعة، في عملية جريئة خلال الليل، إذ تسللوا عبر ثقب خلف دورة المياه وتسلقوا جداراً في الوقت الذي كان فيه الحارس الوحيد المكلّف بزنزانتهم يجلب طعامه.
ووفقاً لأسوشيتد برس، أُلقي القبض على ثلاثة من الهاربين، في حين لا يزال سبعة منهم فارّين، بينهم مشتبه بهم متهمون بالقتل، بعد عملية الهروب التي يرى قائد الشرطة المحلي أنها ربما نُفذت بمساعدة أفراد من إدارة السجن.
وأظهرت لقطات كاميرات المراقبة، التي عُرضت على وسائل الإعلام في مؤتمر صحفي، الهاربين وهم يركضون خارج المنشأة.
""", [
    ev("escape", "بعد أن اخترقوا جداراً خلف مرحاض، صباح أمس الجمعة", ESC, "'صباح أمس الجمعة' in an article of Sat 17 May 2025 = Fri 16 May (just after midnight, local time)"),
    ev("guard-away", "الحارس الوحيد المكلّف بزنزانتهم يجلب طعامه", ESC, "no own expression; the guard's absence during the escape, just after midnight on Fri 16 May 2025"),
    ev("three-recaptured", "أُلقي القبض على ثلاثة من الهاربين", ESC, "no own expression; one caught shortly after the escape and two more by Friday evening, Fri 16 May 2025 (shorouknews 'وبحلول مساء أمس الجمعة')"),
    ev("insider-help-suspected", "يرى قائد الشرطة المحلي أنها ربما نُفذت بمساعدة", ESC, "no own expression; said on Fri 16 May 2025 (in the AP report of Friday night)"),
    ev("cctv-footage-released", "التي عُرضت على وسائل الإعلام في مؤتمر صحفي", ESC, "no own expression; the footage shown at the press conference of Fri 16 May 2025"),
    ev("ap-photo", "تبيّن صورة حصلت عليها أسوشيتد برس", ESC, "no own expression; the photo of the hole obtained by AP after the escape, Fri 16 - Sat 17 May 2025 (my span)", end="2025-05-18"),
])
art(S, "https://test6.shorouknews.com/news/print.aspx?cdate=17052025&id=d8cbaf7c-daae-4aef-8e79-9b5aa98375f4",
    "2025-05-17", "page header 'آخر تحديث: السبت 17 مايو 2025 - 11:20 ص بتوقيت القاهرة' (removed with the dateline 'نيو أورليانز - (أ ب)'); also the URL's cdate=17052025; headline kept from the page; the last, truncated sentence dropped", True, """
السلطات الأمريكية: هروب 10 سجناء في نيو أورليانز عبر فتحة بجدار زنزانة
أعلنت السلطات الأمريكية أن 10 رجال هربوا من سجن في مدينة نيو أورليانز، الليلة الماضية، في عملية جريئة عبر فتحة خلف مرحاض ثم تسلق جدار، بينما كان الحارس الوحيد المخصص لزنزانتهم قد ذهب لجلب الطعام.
وبعد وقت وجيز من الهروب، اعتُقل أحد الرجال إثر مطاردة قصيرة على الأقدام في الحي الفرنسي.
وبحلول مساء أمس الجمعة، ألقي القبض على هاربين اثنين آخرين.
ولا يزال 7 من الهاربين طلقاء، بينهم مشتبه بهم متهمون بالقتل، بعد عملية الهروب التي يعتقد قائد الشرطة المحلي أنها ربما تمت بمساعدة أشخاص من داخل الإدارة.
وأظهرت لقطات كاميرات المراقبة التي قُدمت لوسائل الإعلام خلال مؤتمر صحفي الهاربين يركضون خارج المنشأة، بعضهم بملابس برتقالية وآخرون بملابس بيضاء، ثم يتسلقون سياجاً مستعينين ببطاطين لتجنب الجروح من الأسلاك الشائكة، قبل أن يُشاهد بعضهم يعدو عبر الطريق السريع القريب باتجاه أحد الأحياء.
ولم يُنتبه إلى غياب الرجال العشرة لساعات، وقد استغلوا في هروبهم كذلك عيوباً في المرافق طالما اشتكى منها المسؤولون.
""", [
    ev("escape", "أن 10 رجال هربوا من سجن في مدينة نيو أورليانز، الليلة الماضية", ESC, "'الليلة الماضية' of the AP report of Friday = the night of Thu 15 - Fri 16 May 2025, the breakout just after midnight on Fri 16 (not the night before the Saturday publication)"),
    ev("guard-away", "كان الحارس الوحيد المخصص لزنزانتهم قد ذهب لجلب الطعام", ESC, "no own expression; during the escape, just after midnight on Fri 16 May 2025"),
    ev("first-recaptured", "اعتُقل أحد الرجال إثر مطاردة قصيرة", ESC, "'بعد وقت وجيز من الهروب' = the morning of Fri 16 May 2025"),
    ev("two-more-recaptured", "ألقي القبض على هاربين اثنين آخرين", ESC, "'بحلول مساء أمس الجمعة' in an article of Sat 17 May 2025 = Fri 16 May"),
    ev("insider-help-suspected", "يعتقد قائد الشرطة المحلي أنها ربما تمت بمساعدة", ESC, "no own expression; said on Fri 16 May 2025 (AP report of Friday)"),
    ev("cctv-footage-released", "التي قُدمت لوسائل الإعلام خلال مؤتمر صحفي", ESC, "no own expression; the press conference of Fri 16 May 2025"),
])
art(S, "https://www.aljazeera.net/misc/2025/5/18/10-%D8%B3%D8%AC%D9%86%D8%A7%D8%A1-%D8%AE%D8%B7%D8%B1%D9%8A%D9%86-%D9%81%D9%8A-%D8%B9%D8%AF%D8%A7%D8%AF-%D8%A7%D9%84%D9%87%D8%A7%D8%B1%D8%A8%D9%8A%D9%86-%D9%85%D9%86-%D8%B3%D8%AC%D9%86?traffic_source=rss",
    "2025-05-18", "url date /2025/5/18/ (page metadata 'date 2025-05'); body 'فجر يوم الجمعة الماضي' agrees (Fri 16 May 2025); headline rendered from the URL slug; the last, truncated sentence ('وحتى الآ...') dropped", True, """
10 سجناء خطرين في عداد الهاربين من سجن
في عملية فرار أشبه بأفلام "الأكشن"، نجح 10 سجناء، بينهم متهمون بجرائم قتل وعنف، في الهرب من مركز سجن أبرشية أورليانز في مدينة نيو أورليانز الأميركية فجر يوم الجمعة الماضي. ولم يُكتشف الهروب إلا خلال التعداد الروتيني للسجناء عند الساعة 8:30 صباحا، أي بعد أكثر من 7 ساعات على الفرار.
وانطلقت العملية المعقدة عند الساعة 12:23 بعد منتصف الليل، عندما تمكن السجناء من خلع باب زنزانة منزلقة، ثم انتقلوا إلى زنزانة أخرى ونزعوا المرحاض، فانكشفت فتحة تفضي إلى ممر خلفي داخل المنشأة. ومن هناك استعان السجناء ببطانيات لتسلق سياج شائك وتفادي الأسلاك الشائكة، ثم عبروا الطريق السريع المجاور واختفوا في أحد الأحياء السكنية القريبة.
وبثت كاميرات المراقبة لقطات مصورة لفرار السجناء، ظهر فيها بعضهم بالزي البرتقالي الرسمي للمحتجزين وآخرون بملابس بيضاء. ورُصدوا وهم يتسلقون السياج مستخدمين البطانيات لحماية أنفسهم من الأسلاك، قبل أن يركضوا عبر الطريق السريع نحو منطقة سكنية مجاورة.
وتشهد ولاية لويزيانا حاليا عمليات بحث موسعة تشارك فيها أجهزة أمنية محلية وفدرالية، منها مكتب التحقيقات الفدرالي (إف بي آي) الذي دخل على خط الأزمة فور اكتشاف الحادث.
""", [
    ev("escape", "في الهرب من مركز سجن أبرشية أورليانز", ESC, "'فجر يوم الجمعة الماضي' from Sun 18 May 2025 = Fri 16 May (12:23 after midnight)"),
    ev("escape-discovered", "ولم يُكتشف الهروب إلا خلال التعداد الروتيني للسجناء", ESC, "'عند الساعة 8:30 صباحا' of the same Friday = Fri 16 May 2025"),
    ev("cctv-footage-released", "وبثت كاميرات المراقبة لقطات مصورة لفرار السجناء", ESC, "no own expression; the footage released at the press conference of Fri 16 May 2025"),
    ev("manhunt", "عمليات بحث موسعة تشارك فيها أجهزة أمنية محلية وفدرالية", HUNT[0], "'حاليا' in an article of Sun 18 May 2025: the search from the discovery on Fri 16 to Sun 18 May (my span)", end=HUNT[1]),
    ev("fbi-joins", "الذي دخل على خط الأزمة فور اكتشاف الحادث", ESC, "'فور اكتشاف الحادث' = right after the discovery at 8:30 on Fri 16 May 2025"),
])

# ---------------------------------------------------------------- iraq-muthanna-hilal-lockup-escape-2021
S = "iraq-muthanna-hilal-lockup-escape-2021"
ESC = "2021-05-02"                         # 21 drug detainees fled the al-Hilal police lockup after 3 a.m. on Sun 2 May 2021
HUNT = ("2021-05-02", "2021-05-04")        # the search of Sun 2 - Mon 3 May as reported
art(S, "https://iqiraq.news/security/18449--21-.html",
    "2021-05-02", "page time stamp '2-05-2021, 08:28' (removed with the byline 'بغداد - IQ'); body 'الأحد (02 أيار، 2021)' and 'فجر اليوم' agree; headline kept from the page", True, """
هروب 21 نزيلا من سجن في المثنى والأجهزة الأمنية تطاردهم
استفاقت محافظة المثنى، الأحد (02 أيار، 2021)، على خبر هروب 21 نزيلا من سجن مخصص لتجار المخدرات.
وأفاد مصدر أمني موقع IQ NEWS بأن "21 نزيلا فروا فجر اليوم من سجن ناحية الهلال في محافظة المثنى، المخصص لتجار المخدرات والإرهاب"، مشيرا إلى أن "الأجهزة الأمنية بدأت ملاحقة النزلاء".
وفي غضون ذلك، أمر محافظ المثنى أحمد منفي جودة بـ"حجز جميع الضباط في مديرية مكافحة المخدرات على الفور، إلى أن يكتمل التحقيق معهم في حادثة هروب السجناء ويُعرف المقصر"، بحسب إعلام المحافظ.
كما أوعز قائد عمليات سومر، اللواء الركن جواد عباس، بـ"توقيف كل الموجودين في سجن الهلال إلى حين إكمال التحقيقات معهم".
""", [
    ev("escape", "على خبر هروب 21 نزيلا من سجن مخصص لتجار المخدرات", ESC, "'الأحد (02 أيار، 2021)' and 'فجر اليوم' = Sun 2 May 2021"),
    ev("manhunt", "الأجهزة الأمنية بدأت ملاحقة النزلاء", HUNT[0], "no own expression; the search began on Sun 2 May 2021 and went on on Mon 3 (kurdistan24) - my span 2-3 May", end=HUNT[1]),
    ev("governor-detains-force", "أمر محافظ المثنى أحمد منفي جودة", ESC, "'وفي غضون ذلك' = the same Sunday, 2 May 2021"),
    ev("sumer-detention-order", "أوعز قائد عمليات سومر", ESC, "no own expression; the order of the same Sunday, 2 May 2021 (reported in this report of 08:28)"),
])
art(S, "https://www.alroeya.com/60-63/2215756-%D9%85%D8%B3%D8%A4%D9%88%D9%84-%D8%B9%D8%B1%D8%A7%D9%82%D9%8A-%D8%A7%D9%84%D9%82%D8%A8%D8%B6-%D8%B9%D9%84%D9%89-10-%D8%B3%D8%AC%D9%86%D8%A7%D8%A1-%D9%81%D9%8A-%D8%B9%D9%85%D9%84%D9%8A%D8%A9-%D9%87%D8%B1%D9%88%D8%A8-%D8%AC%D9%85%D8%A7%D8%B9%D9%8A%D8%A9-%D8%A8%D8%A7%D9%84%D9%85%D8%AB%D9%86%D9%89",
    "2021-05-02", "no date line on the stored page; the body's 'اليوم الأحد' and 'فجر اليوم' for the escape of Sun 2 May 2021 (iqiraq 'الأحد (02 أيار، 2021)') give Sun 2 May 2021; headline rendered from the URL slug", False, """
مسؤول عراقي: القبض على 10 سجناء في عملية هروب جماعية بالمثنى
أعلن مسؤول عراقي، اليوم الأحد، القبض على 10 سجناء من بين مجموعة حاولت الهرب من سجن قضاء الهلال في محافظة المثنى، مؤكداً أن القوات الأمنية في حالة استنفار لاعتقال بقية الفارين.
وقال محافظ المثنى، الواقعة 280 جنوب شرق بغداد، أحمد منفي جودة، في بيان نقله موقع «السومرية نيوز» الإخباري، إن «21 سجيناً من تجار المخدرات فروا فجر اليوم من سجن الهلال بعد أن اعتدوا على أحد حراس البوابة الرئيسية للسجن»، لافتاً إلى القبض على 10 منهم.
وبيّن المحافظ أنه «أمر بحجز القوة المسؤولة عن المركز، وهي تابعة لقسم مكافحة المخدرات المرتبط إدارياً بوزارة الداخلية وليس بمديرية شرطة المحافظة، للتحقيق معها في أسباب هروب السجناء، وهل كان الهروب ناجماً عن إهمال أم متعمداً».
وكان سجن الهلال في محافظة المثنى قد شهد عملية فرار جماعية لسجناء، وأُغلقت جميع مداخل المحافظة ومخارجها، وبدأت عمليات البحث عن الفارين.
""", [
    ev("ten-recaptured", "القبض على 10 سجناء من بين مجموعة", ESC, "'اليوم الأحد' = Sun 2 May 2021"),
    ev("escape", "فروا فجر اليوم من سجن الهلال", ESC, "'فجر اليوم' of Sunday = Sun 2 May 2021"),
    ev("guard-assaulted", "بعد أن اعتدوا على أحد حراس البوابة الرئيسية", ESC, "no own expression; part of the escape before dawn on Sun 2 May 2021"),
    ev("governor-detains-force", "أمر بحجز القوة المسؤولة عن المركز", ESC, "no own expression; the governor's order of Sun 2 May 2021 (the statement of 'اليوم الأحد')"),
    ev("exits-closed", "وأُغلقت جميع مداخل المحافظة ومخارجها", ESC, "no own expression; closed on the day of the escape, Sun 2 May 2021"),
    ev("manhunt", "وبدأت عمليات البحث عن الفارين", HUNT[0], "no own expression; the search from Sun 2 May 2021, still under way on Mon 3 - my span 2-3 May", end=HUNT[1]),
])
art(S, "https://www.kurdistan24.net/public/ar/story/22884-%D8%A7%D9%84%D8%A3%D9%85%D9%86-%D9%8A%D8%B9%D8%AA%D9%82%D9%84-18-%D9%87%D8%A7%D8%B1%D8%A8%D8%A7%D9%8B-%D9%85%D9%86-%22%D8%B3%D8%AC%D9%86-%D8%A7%D9%84%D9%87%D9%84%D8%A7%D9%84%22-%D9%88%D9%8A%D9%84%D8%A7%D8%AD%D9%82-3-%D8%A2%D8%AE%D8%B1%D9%8A%D9%86-%D9%81%D9%8A-%D8%A7%D9%84%D9%85%D8%AB%D9%86%D9%89",
    "2021-05-03", "no date line on the stored page; the body's 'أفاد مصدر محلي الأثنين' for the count of 18 recaptured, after the escape 'يوم الأحد' (Sun 2 May 2021), gives Mon 3 May 2021 (3 May 2021 was a Monday; the agency's same-day style 'أفاد ... الأثنين'); dateline 'أربيل (كوردستان 24)-' and photo captions dropped; headline kept from the page; the last, truncated sentence shortened", False, """
الأمن يعتقل 18 هارباً من "سجن الهلال" ويلاحق 3 آخرين في المثنى
أفاد مصدر محلي الأثنين باعتقال 18 موقوفاً من الهاربين من سجن الهلال في محافظة المثنى، بينما تواصل قوات الأمن البحث عن ثلاثة آخرين.
وكان 21 من الموقوفين بتهم مرتبطة بالمخدرات قد فروا من موقف مركز الهلال في المثنى يوم الأحد، وحصلت كوردستان 24 على لقطات تظهر لحظة فرار السجناء.
وقال المصدر المحلي لكوردستان 24، مشترطاً عدم ذكر اسمه، إن "القوات الأمنية تمكنت حتى الآن من اعتقال 18 موقوفاً من أصل 21".
وقد استنفرت قوات الأمن في المحافظة منذ اللحظات الأولى لفرار السجناء، وخصص محافظ المثنى مكافأة لكل من يعيد اعتقال الهاربين من السجن.
وأضاف المصدر أن قوات الأمن والعشائر ما زالت تبحث عن الثلاثة الآخرين، ومن بينهم "تاجر بارز" للمواد المخدرة.
وأثارت حادثة هروب السجناء جدلاً واسعاً، ودفعت وزير الداخلية إلى إيفاد وكيل الوزارة لشؤون الشرطة الفريق عماد محمد محمود إلى المثنى.
""", [
    ev("eighteen-recaptured", "باعتقال 18 موقوفاً من الهاربين", HUNT[0], "'الأثنين' = Mon 3 May 2021, the day of the report; the 18 were caught from Sun 2 (10 by Sunday) to Mon 3 May - my span 2-3 May", end=HUNT[1]),
    ev("escape", "قد فروا من موقف مركز الهلال في المثنى يوم الأحد", ESC, "'يوم الأحد' = Sun 2 May 2021"),
    ev("manhunt", "استنفرت قوات الأمن في المحافظة منذ اللحظات الأولى", HUNT[0], "'منذ اللحظات الأولى' of the escape of Sun 2 May 2021, still under way on Mon 3 - my span 2-3 May", end=HUNT[1]),
    ev("governor-reward", "وخصص محافظ المثنى مكافأة", ESC, "no own expression; the governor's reward announced in a video on the day of the escape, Sun 2 May 2021 (alwatannews and altahreernews of that Sunday)"),
    ev("undersecretary-sent", "إلى إيفاد وكيل الوزارة لشؤون الشرطة", ESC, "no own expression; the Interior Ministry's statement of Sun 2 May 2021 ('اليوم الأحد' in the zowaa report of the statement)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 541
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

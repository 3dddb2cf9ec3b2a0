"""Builds stories.jsonl: the 409-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Casablanca, Rabat, Sale and Kenitra
(floods, fires, building collapses, tramway and transport, courts, strikes, festivals, sport).
Stories: the fire in the "Joutiya Ben Abbad" second-hand clothes market of Kenitra (Morocco, August 2024)
and the floods of Rabat and Sale that stopped the tramway (Morocco, February 2017).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-kenitra-joutiya-ben-abbad-fire-2024
S = "morocco-kenitra-joutiya-ben-abbad-fire-2024"
FIRE = "2024-08-24"                        # the fire broke out about 21:00 on Sat 24 Aug 2024
FIGHT = ("2024-08-24", "2024-08-26")       # put out during the night of Sat 24 - Sun 25 Aug 2024
PROTEST = "2024-08-25"                     # the merchants' sit-in before the province seat, Sun 25 Aug 2024
art(S, "https://walaw.press/%D8%A7%D9%84%D9%82%D9%86%D9%8A%D8%B7%D8%B1%D8%A9.._%D8%AD%D8%B1%D9%8A%D9%82_%D9%8A%D9%84%D8%AA%D9%87%D9%85_%D8%AC%D9%88%D8%B7%D9%8A%D8%A9_%D8%A7%D8%A8%D9%86_%D8%B9%D8%A8%D8%A7%D8%AF/%D9%85%D9%82%D8%A7%D9%84%D8%A7%D8%AA/GLPWFGLWPXLR",
    "2024-08-24", "page date line 'السبت 24 غشت 2024 - 23:29' (dropped, so the article is undated; 24 Aug 2024 was a Saturday); the body's 'مساء اليوم السبت' agrees; headline kept from the page (reworded), the 'Zoom' and 'إقرأ المزيد' page words dropped; no date of its own in the text", False, """
القنيطرة.. النيران تأتي على جوطية ابن عباد
شب حريق ضخم، مساء اليوم السبت، في السوق المعروف باسم "جوطية ابن عباد" لبيع الملابس المستعملة، الواقع بشارع مولاي يوسف في مدينة القنيطرة، وخلفت ألسنة اللهب خسائر مادية في عدد كبير من محلات بيع الملابس المستعملة.
وبمجرد إخطارها بالحادث، حلت السلطات المحلية والأمنية وعناصر الوقاية المدنية بالموقع للشروع في عمليات الإطفاء، ونجحت فرق التدخل في محاصرة النيران، بينما تستمر الجهود حاليا للسيطرة على الحريق وإخماده كليا، بعد أن أتى، وفق حصيلة أولية ومؤقتة، على نحو 134 محلا (براكة) داخل السوق.
وباشرت السلطات المعنية بحثا، تحت إشراف النيابة العامة المختصة، لكشف جميع الظروف والملابسات التي أحاطت بهذا الحادث.
""", [
    ev("fire-breaks-out", "شب حريق ضخم، مساء اليوم السبت", FIRE, "'مساء اليوم السبت' = the evening of Sat 24 Aug 2024 (page date line)"),
    ev("fire-encircled", "ونجحت فرق التدخل في محاصرة النيران", FIRE, "no own expression; the firemen closed in on the fire the same evening of Sat 24 Aug 2024, before the 23:29 report"),
    ev("firefighting", "تستمر الجهود حاليا للسيطرة على الحريق وإخماده كليا", FIGHT[0], "'حاليا' at 23:29 on Sat 24 Aug; the work went on into the night of 24-25 Aug 2024 ('لساعات طويلة' in maghribiapress), my span", end=FIGHT[1]),
    ev("shops-damaged", "أتى، وفق حصيلة أولية ومؤقتة، على نحو 134 محلا", FIRE, "no own expression; the shops burnt in the fire of Sat 24 Aug 2024 (first count 134; the authorities later said 53)"),
    ev("investigation-opened", "وباشرت السلطات المعنية بحثا، تحت إشراف النيابة العامة", FIRE, "no own expression; the inquiry opened on the night of the fire, Sat 24 Aug 2024 (my span 24-25 Aug)", end="2024-08-26"),
])
art(S, "https://maghribiapress.com/?p=74369",
    "2024-08-25", "the body's 'مساء يوم أمس السبت 24 غشت 2024' (kept; 24 Aug 2024 was a Saturday) gives Sun 25 Aug 2024; the outlet's name and desk line 'مغربية بريس / متابعة خاصة : قسم التحرير' dropped; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
حريق ثالث يأتي على 53 محلا في جوطية بن عباد بالقنيطرة
اندلع في سوق "جوطية بن عباد" الكائن بشارع مولاي يوسف في مدينة القنيطرة، مساء يوم أمس السبت 24 غشت 2024، حريق مهول هو الثالث من نوعه الذي يضرب هذا السوق خلال السنوات الأخيرة. وألحق الحريق خسائر مادية كبيرة بـ53 محلا تجاريا مخصصا لبيع الملابس المستعملة، حسب ما صرحت به السلطات المحلية لإقليم القنيطرة.
ورغم التدخل السريع للسلطات المحلية والأمنية ومصالح الوقاية المدنية، لم تكن السيطرة على النيران سهلة، إذ تواصلت الجهود لساعات طويلة دون أن تسجل أي إصابة في الأرواح. وذكرت المصادر أن بحثا فتح تحت إشراف النيابة العامة المختصة لتحديد أسباب الحريق وملابسات اندلاعه.
وحضر إلى مكان الحادث فؤاد المحمدي، عامل إقليم القنيطرة، رفقة باشا المدينة، ومصطفى الوجدي، والي أمن القنيطرة، ونائبه بوزيان المومني، ورئيس الشؤون الداخلية بالعمالة. وساهمت فرقة خاصة من القوات المسلحة الملكية في عمليات الإطفاء إلى جانب عناصر الوقاية المدنية.
ويعد سوق "جوطية بن عباد" من أكبر الأسواق الشعبية في المدينة، ومورد رزق لعدد كبير من الأسر.
""", [
    ev("fire-breaks-out", "مساء يوم أمس السبت 24 غشت 2024، حريق مهول", FIRE, "'مساء يوم أمس السبت 24 غشت 2024' = Sat 24 Aug 2024"),
    ev("shops-damaged", "وألحق الحريق خسائر مادية كبيرة بـ53 محلا تجاريا", FIRE, "no own expression; the damage of the fire of Sat 24 Aug 2024"),
    ev("firefighting", "إذ تواصلت الجهود لساعات طويلة", FIGHT[0], "'لساعات طويلة' from the evening of Sat 24 Aug = the night of 24-25 Aug 2024 (my span)", end=FIGHT[1]),
    ev("investigation-opened", "بحثا فتح تحت إشراف النيابة العامة المختصة", FIRE, "no own expression; the inquiry opened on the night of the fire (my span 24-25 Aug 2024)", end="2024-08-26"),
    ev("officials-on-site", "وحضر إلى مكان الحادث فؤاد المحمدي، عامل إقليم القنيطرة", FIRE, "no own expression; the governor and the police chief came during the fire, the night of Sat 24 Aug 2024 (my span 24-25 Aug)", end="2024-08-26"),
    ev("army-helps", "وساهمت فرقة خاصة من القوات المسلحة الملكية في عمليات الإطفاء", FIGHT[0], "no own expression; during the firefighting of the night of 24-25 Aug 2024 (my span)", end=FIGHT[1]),
])
art(S, "https://hona24.net/129324/%d8%aa%d8%ac%d8%a7%d8%b1-%d8%ac%d9%88%d8%b7%d9%8a%d8%a9-%d8%a8%d9%86-%d8%b9%d8%a8%d8%a7%d8%af-%d9%8a%d8%ad%d8%aa%d8%ac%d9%88%d9%86-%d8%a3%d9%85%d8%a7%d9%85-%d8%b9%d9%85%d8%a7%d9%84%d8%a9-%d8%a7",
    "2024-08-25", "the body's 'صباح اليوم الأحد 25 غشت 2024' (kept; 25 Aug 2024 was a Sunday); the section word 'حوادث' and the byline 'مكتب القنيطرة / عزيز منوشي' dropped; headline kept from the page (reworded); the last, truncated sentence dropped", True, """
تجار "جوطية بن عباد" يحتجون أمام عمالة القنيطرة مطالبين بتسوية أوضاعهم بعد الحريق
احتج تجار سوق "الجوطية بن عباد"، المتضررون من الحريق الذي اندلع مساء أمس في السوق وخلف أضرارا جسيمة، في وقفة نظموها صباح اليوم الأحد 25 غشت 2024 أمام مقر العمالة بالقنيطرة. وقد طال الضرر 53 محلا تجاريا لبيع الملابس المستعملة. وعبر التجار عن غضبهم وسخطهم من تكرر حوادث من هذا القبيل في السوق، داعين السلطات المحلية إلى تدخل عاجل يسوي أوضاعهم ويعوضهم عن الخسائر الفادحة التي تكبدوها.
وطالب المحتجون بلقاء عاجل مع السيد فؤاد المحمدي، والي ولاية القنيطرة، لبحث سبل تعويضهم عما لحق ممتلكاتهم من خسائر، ومعرفة الإجراءات التي ستتخذها السلطات لتفادي تكرار مثل هذه الكوارث في المستقبل. ولفت التجار إلى أن هذا الحريق هو الثالث من نوعه الذي تشهده "جوطية بن عباد"، مما يفاقم معاناتهم ويهدد مورد رزقهم الوحيد.
ودعا التجار، خلال الوقفة، السلطات المحلية إلى التحرك الفوري لنقل السوق إلى موقع أكثر أمانا، مؤكدين أن بقاءه في مكانه الحالي يشكل خطرا كبيرا على التجار والمواطنين على السواء.
""", [
    ev("merchants-protest", "في وقفة نظموها صباح اليوم الأحد 25 غشت 2024", PROTEST, "'صباح اليوم الأحد 25 غشت 2024' = Sun 25 Aug 2024"),
    ev("fire-breaks-out", "الحريق الذي اندلع مساء أمس في السوق", FIRE, "'مساء أمس' in an article of Sun 25 Aug 2024 = Sat 24 Aug 2024"),
    ev("shops-damaged", "وقد طال الضرر 53 محلا تجاريا", FIRE, "no own expression; the damage of the fire of Sat 24 Aug 2024"),
    ev("meeting-demanded", "وطالب المحتجون بلقاء عاجل مع السيد فؤاد المحمدي", PROTEST, "no own expression; the demand made at the sit-in of Sun 25 Aug 2024"),
])

# ---------------------------------------------------------------- morocco-rabat-sale-floods-feb-2017
S = "morocco-rabat-sale-floods-feb-2017"
RAIN = "2017-02-23"                        # the storm of Thu 23 Feb 2017 (from the morning; 70-100 mm in a few hours)
art(S, "https://maghress.com/lakome/54102",
    "2017-02-23", "page time stamp '23 فبراير, 2017 - 04:59:00' (kept as second line; 23 Feb 2017 was a Thursday); the body's 'اليوم الخميس' agrees; headline written from the body (the stored text has none); the inner sub-heading 'سيارات غارقة.. تأخر في إنقاذ المحاصرين' dropped; the last, truncated sentence shortened", True, """
سلا تغرق تحت أمطار عاصفية وتوقف الطرامواي بينها وبين الرباط
23 فبراير, 2017 - 04:59:00
عرفت مدينة سلا، اليوم الخميس، تهاطل أمطار عاصفية أغرقت أغلب الأحياء الرئيسية في المدينة وقطعت خدمات النقل العمومي، كما توقف خط الطرامواي الذي يربط الرباط وسلا، وغمرت المياه أغلب محطاته لوقوعها في أماكن تتجمع فيها المياه.
ولم تنقطع التساقطات طيلة صباح اليوم في سلا، إذ تجاوزت 70 مِم في أقل من أربع ساعات، ما عسّر تنقل كثير من الناس بعدما غرقت جل المدارات تحت المياه، ورغم مضاعفة شركة "ريضال" لفرق تدخلها، يشكو عدد كبير من السكان من تسرب المياه إلى منازلهم.
ووقف موقع "لكم" على توقف أغلب حافلات النقل "الأوتوبيس" بمنطقة "تيلوين"، واضطرار معظم الركاب إلى النزول في العراء، في حين تأخرت فرق الإنقاذ التي لم تصل إلا بعد أزيد من ساعتين من الحصار.
ودفعت هذه الأمطار العاصفية المفاجئة سلطات سلا إلى التدخل، إذ أعلن عبد اللطيف سودو، نائب رئيس جماعة سلا، تشكيل خلية أزمة بتنسيق مع العامل والسلطات والوقاية المدنية وشركات الأشغال والنظافة لتفادي وقوع خسائر كبيرة.
ولحدود الآن، ما تزال فرق الإنقاذ تواصل فك الحصار عن سكان سلا.
""", [
    ev("heavy-rain", "تهاطل أمطار عاصفية أغرقت أغلب الأحياء الرئيسية", RAIN, "'اليوم الخميس' = Thu 23 Feb 2017 (time stamp)"),
    ev("tram-disrupted", "كما توقف خط الطرامواي الذي يربط الرباط وسلا", RAIN, "no own expression; the same Thursday, 23 Feb 2017"),
    ev("rain-70mm", "إذ تجاوزت 70 مِم في أقل من أربع ساعات", RAIN, "'طيلة صباح اليوم' = the morning of Thu 23 Feb 2017"),
    ev("buses-stopped", 'توقف أغلب حافلات النقل "الأوتوبيس" بمنطقة "تيلوين"', RAIN, "no own expression; seen by the reporter on Thu 23 Feb 2017"),
    ev("crisis-cell", "تشكيل خلية أزمة بتنسيق مع العامل والسلطات", RAIN, "no own expression; announced on Thu 23 Feb 2017, the day of the storm"),
    ev("rescue-continues", "ما تزال فرق الإنقاذ تواصل فك الحصار عن سكان سلا", RAIN, "'ولحدود الآن' at the time of the report, Thu 23 Feb 2017"),
])
art(S, "https://static.kifache.com/%d8%a7%d9%84%d8%b1%d8%a8%d8%a7%d8%b7-%d8%b3%d9%84%d8%a7-%d8%a7%d9%84%d9%86%d8%a7%d8%b3-%d9%88%d8%ad%d9%84%d9%88-%d9%88%d9%83%d9%8a%d9%86%d8%b8%d9%85%d9%88-%d8%ad%d8%b1%d9%83%d8%a9-%d8%a7%d9%84",
    "2017-02-23", "page date line 'الخميس 23 فبراير 2017 على الساعة 19:09' (kept as second line; 23 Feb 2017 was a Thursday); the body's 'عشية اليوم الخميس (23 فبراير)' agrees; the Darija headline of the page rendered in standard Arabic; the site's ticker of other headlines and the word 'عاجل' dropped", True, """
الرباط وسلا.. مواطنون عالقون في المياه ينظمون حركة المرور بأنفسهم
الخميس 23 فبراير 2017 على الساعة 19:09
وجد مواطنون أنفسهم، عشية اليوم الخميس (23 فبراير)، مضطرين إلى التعاون فيما بينهم لتنظيم حركة السير بين الرباط وسلا.
وأبدى عدد من مستعملي الطريق استياءهم من غياب شرطة المرور، بعدما غمرت المياه أزقة المدينتين.
ووثقت فيديوهات عديدة تداولها رواد فايس بوك الفيضانات التي اجتاحت شوارع الرباط وسلا، بعدما تواصل هطول الأمطار منذ صباح اليوم الخميس.
ولم ينج الترامواي الرابط بين الرباط وسلا من الفيضانات، حيث تسربت المياه إلى داخل عرباته.
واضطر عدد من الأشخاص بسبب الفيضانات إلى الصعود فوق سياراتهم.
""", [
    ev("citizens-direct-traffic", "مضطرين إلى التعاون فيما بينهم لتنظيم حركة السير", RAIN, "'عشية اليوم الخميس (23 فبراير)' = the afternoon of Thu 23 Feb 2017"),
    ev("streets-flooded", "بعدما غمرت المياه أزقة المدينتين", RAIN, "no own expression; the flooding of Thu 23 Feb 2017"),
    ev("heavy-rain", "بعدما تواصل هطول الأمطار منذ صباح اليوم الخميس", RAIN, "'منذ صباح اليوم الخميس' = from the morning of Thu 23 Feb 2017"),
    ev("tram-disrupted", "حيث تسربت المياه إلى داخل عرباته", RAIN, "no own expression; the flooding of the tramway on Thu 23 Feb 2017"),
])
art(S, "http://www.aljazeera.net/news/arabic/2017/2/24/%D8%A3%D9%85%D8%B7%D8%A7%D8%B1-%D9%82%D9%8A%D8%A7%D8%B3%D9%8A%D8%A9-%D8%A8%D8%A7%D9%84%D8%B9%D8%A7%D8%B5%D9%85%D8%A9-%D9%88%D9%85%D8%AF%D9%86-%D9%85%D8%BA%D8%B1%D8%A8%D9%8A%D8%A9",
    "2017-02-24", "date in the URL '/2017/2/24/' (24 Feb 2017 was a Friday); the body's 'أمس الخميس' agrees; headline rendered from the URL slug (the stored text has none); the photo captions and the source line 'المصدر : الجزيرة' dropped; no date of its own in the text", False, """
أمطار قياسية في العاصمة ومدن مغربية
عرفت الرباط، العاصمة المغربية، أمس الخميس تساقط أمطار قياسية فاقت مئة ميليمتر، أدت إلى توقف مؤقت لحركة المواصلات في بعض الشوارع الرئيسية.
وغمرت المياه عددا من الأزقة في الأحياء الشعبية بمدينة سلا شمال غربي البلاد.
وأنشأت وزارة الداخلية المغربية مركزا خاصا بتتبع الاضطرابات المناخية في مناطق من المملكة بهدف حماية السكان والممتلكات.
وأفادت مواقع إخبارية بأن فرق الإنقاذ ما زالت تبحث عن سائق سيارة أجرة غرقت سيارته بشارع محمد الخامس في الرباط.
وطالت الأمطار الغزيرة كذلك عددا من المدن الممتدة على ساحل البحر الأبيض المتوسط حتى مدينة العرائش شمالا، وفق مديرية الأرصاد الجوية المغربية.
ونقل موقع (سي أن أن) الإخباري عن عبد اللطيف سودو، نائب رئيس المجلس الجماعي في سلا، أن سكان أغلب مناطق المدينة صاروا محاصرين، وأصبح الوصول إلى محطة القطار أو الخروج منها مستحيلا.
وكتب سودو في صفحته الرسمية على فيسبوك أن القطارات توقفت، ومعها خطوط الترام التي تصل سلا بالرباط.
وتسببت غزارة الأمطار في قطع الطريق الرئيسية بين سلا والقنيطرة.
ولم يتضح بعد إن كانت الأمطار الغزيرة قد خلفت خسائر بشرية أو مادية في أنحاء المملكة.
""", [
    ev("heavy-rain", "أمس الخميس تساقط أمطار قياسية فاقت مئة ميليمتر", RAIN, "'أمس الخميس' in an article of Fri 24 Feb 2017 = Thu 23 Feb 2017"),
    ev("streets-flooded", "وغمرت المياه عددا من الأزقة في الأحياء الشعبية بمدينة سلا", RAIN, "no own expression; the flooding of Thu 23 Feb 2017"),
    ev("interior-monitoring-centre", "وأنشأت وزارة الداخلية المغربية مركزا خاصا بتتبع الاضطرابات المناخية", RAIN, "no own expression; set up during the storm of Thu 23 Feb 2017 (my span 23-24 Feb)", end="2017-02-25"),
    ev("taxi-driver-search", "فرق الإنقاذ ما زالت تبحث عن سائق سيارة أجرة", RAIN, "'ما زالت' from Thu 23 Feb, the day the taxi sank, up to the report of Fri 24 Feb 2017 (my span)", end="2017-02-25"),
    ev("tram-disrupted", "أن القطارات توقفت، ومعها خطوط الترام", RAIN, "no own expression; the stop of Thu 23 Feb 2017"),
    ev("sale-kenitra-road-cut", "قطع الطريق الرئيسية بين سلا والقنيطرة", RAIN, "no own expression; the road cut by the rains of Thu 23 Feb 2017"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 409
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

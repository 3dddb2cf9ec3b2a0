"""Builds stories.jsonl: the 372-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: evacuations of nationals and repatriation flights:
governments evacuating their citizens from war zones and crises by air, sea and land, first and last flights,
numbers brought home.
Stories: Egypt's airlift of its nationals fleeing Libya through Ras Jedir and Djerba (Egypt / Libya / Tunisia,
February 2015), the Royal Jordanian evacuation flight of Jordanian and Arab students from Wuhan (Jordan / China,
January-February 2020), Egypt's evacuation of its nationals from Sudan by air and by land (Egypt / Sudan,
April 2023), and the evacuation of Iraqis stranded in Gaza through Jordan (Iraq / Jordan / Palestine,
December 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-libya-djerba-airlift-2015
S = "egypt-libya-djerba-airlift-2015"
FIRST = "2015-02-20"                       # the first EgyptAir flight to Djerba, Fri 20 Feb 2015
FIRST_ARR = "2015-02-21"                   # it landed in Cairo at dawn on Sat 21 Feb with 192 Egyptians
SUN = "2015-02-22"                         # the Boeing 777 left Cairo for Djerba at 18:00 on Sun 22 Feb
MON = "2015-02-23"                         # the second flight landed in Cairo early on Mon 23 Feb (303 passengers)
TUE = "2015-02-24"                         # two Airbus 330 landed in Cairo on the morning of Tue 24 Feb (516, total 1745)
CRISIS = "2015-02-15"                      # IS announced the beheading of the 21 Egyptians on Sun 15 Feb 2015
art(S, "https://vetogate.com/1491323",
    SUN, "no date line in the stored text; the body's 'مساء اليوم الأحد' with the first flight 'يوم الجمعة الماضي' that reached Cairo 'فجر السبت' with 192 Egyptians gives Sun 22 Feb 2015 (the airlift began on Fri 20 Feb 2015: amay1 of Tue 24 Feb, 'منذ الجمعة الماضية'); vetogate's id 1491323 precedes its report of Tue 24 Feb (masress/veto/1493714); the masthead 'رئيس التحرير عصام كامل' and the tag 'الجريدة الرسمية' dropped; headline kept (reworded)", False, """
طائرة لمصر للطيران تتجه إلى مطار جربا في تونس لإعادة المصريين من ليبيا
تنطلق طائرة تابعة لمصر للطيران من طراز بوينج 777- 200 في السادسة مساء اليوم الأحد متجهة إلى مطار جربا التونسي، وتستوعب 319 راكبًا، في رحلة تنظمها الشركة لإعادة المصريين الذين يرغبون في الرجوع من ليبيا عبر الحدود مع تونس.
وتجدر الإشارة إلى أن الشركة سيرت يوم الجمعة الماضي رحلة بطائرة من طراز الأيرباص 330، بلغت القاهرة في الساعات الأولى من فجر السبت حاملة 192 مصريًا.
ويجري التنسيق بصورة متواصلة مع وزارة الخارجية بشأن أعداد المصريين المتجمعين على الحدود الليبية التونسية، وهي تتولى بدورها التنسيق مع وزارة الطيران لتسيير رحلات جوية تتلاءم مع أعداد من يريدون العودة.
""", [
    ev("sunday-flight-departs", "تنطلق طائرة تابعة لمصر للطيران من طراز بوينج 777- 200", SUN, "'في السادسة مساء اليوم الأحد' = the evening of Sun 22 Feb 2015"),
    ev("airlift-first-flight", "الشركة سيرت يوم الجمعة الماضي رحلة بطائرة من طراز الأيرباص 330", FIRST, "'يوم الجمعة الماضي' from Sun 22 Feb = Fri 20 Feb 2015"),
    ev("first-flight-lands", "بلغت القاهرة في الساعات الأولى من فجر السبت حاملة 192 مصريًا", FIRST_ARR, "'فجر السبت' after the Friday flight = Sat 21 Feb 2015"),
    ev("foreign-ministry-coordination", "ويجري التنسيق بصورة متواصلة مع وزارة الخارجية", FIRST, "no own expression; the ongoing coordination of the airlift, Fri 20 Feb up to the article (my span)", end="2015-02-23"),
])
art(S, "http://aswatmasriya.com/news/details/18213",
    MON, "no date line in the stored text; the body's 'اليوم الإثنين' for the arrival of the airlift's second flight with 303 passengers gives Mon 23 Feb 2015 (the same flight 'صباح اليوم' with 303 in masress/moheet 2222319, which counts 'أمس الأحد' 3018 arrivals at Salloum, and follows the flight that left Cairo on the evening of Sun 22 Feb, vetogate); the page header 'أحدث الأخبار' dropped; headline written from the body", False, """
مطار القاهرة يستقبل الرحلة الثانية من الجسر الجوي مع تونس
وصلت إلى مطار القاهرة الدولي، اليوم الإثنين، الرحلة الثانية ضمن الجسر الجوي بين مصر وتونس المخصص لنقل المصريين المقيمين في ليبيا إلى القاهرة عبر الحدود التونسية.
وأفادت الوكالة الرسمية ومصادر في مطار القاهرة بأن الطائرة الثانية لمصر للطيران الآتية من تونس هبطت في القاهرة في وقت مبكر صباح اليوم وعلى متنها 303 ركاب.
وذكرت المصادر لأصوات مصرية أن ثلاث طائرات من طراز "إير باص 330"، تتسع كل منها لـ268 راكبا، تنتظر حاليا فى مطار جربا التونسى ريثما يصل المصريون من منفذ رأس جدير على الحدود بين ليبيا وتونس، على أن ترجع كل طائرة خلال أربع ساعات وحتى السابعة مساء.
وكانت القوات المسلحة المصرية قد وجهت الأسبوع الماضي ضربة جوية إلى معسكرات ومواقع تمركز ومخازن سلاح وذخيرة لـ"داعش" في ليبيا، ردا على ذبح التنظيم عددا من المصريين.
ولا تعد هذه المرة الأولى التي تُستخدم فيها الأراضي التونسية لإعادة المصريين الموجودين في ليبيا، إذ رجع قرابة ألفي شخص في أغسطس الماضي عبر مطار تونس ومنفذ رأس جدير حين اشتد العنف في ليبيا.
""", [
    ev("second-flight-lands", "وصلت إلى مطار القاهرة الدولي، اليوم الإثنين، الرحلة الثانية", MON, "'اليوم الإثنين' = Mon 23 Feb 2015"),
    ev("three-planes-djerba", "ثلاث طائرات من طراز \"إير باص 330\"، تتسع كل منها لـ268 راكبا، تنتظر حاليا", MON, "'حاليا' on Mon 23 Feb 2015; the three planes run the shuttle that day 'وحتى السابعة مساء'"),
    ev("airstrike-on-is", "وجهت الأسبوع الماضي ضربة جوية إلى معسكرات", "2015-02-16", "'الأسبوع الماضي' from Mon 23 Feb; the Egyptian air strikes at dawn on Mon 16 Feb 2015 (outside knowledge)"),
    ev("beheading-of-egyptians", "ردا على ذبح التنظيم عددا من المصريين", CRISIS, "no own expression; the killing announced in the video of Sun 15 Feb 2015 (the date of the killing itself is unknown)"),
    ev("august-2014-return", "إذ رجع قرابة ألفي شخص في أغسطس الماضي", "2014-08-01", "'أغسطس الماضي' from Feb 2015 = August 2014 (the Djerba flights of early August 2014)", end="2014-09-01"),
])
art(S, "http://www.aljazeera.net/news/arabic/2015/2/23/مصر-تشرع-بإجلاء-رعاياها-الفارين-من-ليبيا",
    MON, "date in the URL '/2015/2/23/' (23 Feb 2015 was a Monday); the Getty caption of 22 Feb and the photo credit dropped; headline kept from the page (reworded); the last, truncated estimate dropped", True, """
مصر تبدأ إجلاء رعاياها الفارين من ليبيا
بدأت السلطات المصرية إجلاء قرابة ألف من مواطنيها الذين فروا من ليبيا، عن طريق مطار جربة جرجيس الدولي في تونس. ومن المنتظر أن تنجز عملية الإجلاء ثلاث طائرات مصرية، في حين وصل عدد المصريين الذين رجعوا عبر منفذ السلوم الحدودي إلى نحو 15 ألف شخص.
وكان هؤلاء المصريون قد بلغوا المطار التونسي آتين من معبر رأس جدير الحدودي مع ليبيا، ونُقلوا إليه وسط تدابير أمنية مشددة، حيث استكملوا إجراءات رجوعهم إلى بلادهم.
وأفادت وكالة الأناضول بأن أربع حافلات أقلت ما يزيد على 200 مصري، معظمهم من العائلات، من معبر رأس جدير إلى مطار جربة جرجيس الدولي، بينما يُنتظر أن تنقل حافلات أخرى باقي المصريين المتجمعين في معبر رأس جدير على الجانب التونسي.
ولا تملك الجهات الرسمية المصرية إحصاء دقيقا لعدد المصريين في ليبيا، بحسب ما صرح به للأناضول في وقت سابق أبو بكر الجندي رئيس الجهاز المركزي للتعبئة العامة والإحصاء.
""", [
    ev("djerba-evacuation-of-1000", "بدأت السلطات المصرية إجلاء قرابة ألف من مواطنيها", MON, "no own expression; the operation of Mon 23 Feb 2015 (URL date)"),
    ev("three-planes-djerba", "أن تنجز عملية الإجلاء ثلاث طائرات مصرية", MON, "no own expression; the three Airbus 330 shuttling on Mon 23 Feb 2015 (aswatmasriya)"),
    ev("salloum-15000", "وصل عدد المصريين الذين رجعوا عبر منفذ السلوم الحدودي إلى نحو 15 ألف", CRISIS, "no own expression; the returns through Salloum since the beheading video of Sun 15 Feb, counted up to Mon 23 Feb 2015 (my span)", end="2015-02-24"),
    ev("ras-jedir-crossing", "قد بلغوا المطار التونسي آتين من معبر رأس جدير", FIRST, "no own expression; the crossing of the Egyptians through Ras Jedir during the airlift, Fri 20 - Tue 24 Feb 2015 (my span)", end="2015-02-25"),
    ev("buses-to-djerba", "أربع حافلات أقلت ما يزيد على 200 مصري", MON, "no own expression; the buses of Mon 23 Feb 2015 (Anadolu, URL date; the Getty photo of the waiting Egyptians is of 22 Feb)"),
])
art(S, "https://amay1.sarmady.net/news/details/663757",
    TUE, "no date line in the stored text; the body's 'صباح الثلاثاء' for the two planes with 516 Egyptians (total 1745) and 'منذ الجمعة الماضية' for the start of the airlift give Tue 24 Feb 2015 (arabtourismnews: 'في الخامسة، والتاسعة صباح اليوم الثلاثاء' 514, total 1743); the same site's report of 18 Feb 2015 has id 660239; headline written from the body", True, """
طائرتان جديدتان من جربا تعيدان 516 مصريا من ليبيا
حطت في القاهرة، صباح الثلاثاء، طائرتان ضمن الجسر الجوي الذي تسيّره وزارة الطيران المصرية منذ الجمعة الماضية من مطار جربا التونسي لإجلاء المواطنين المصريين من ليبيا، وعلى متنهما 516 مصريًا، ليصل عدد العائدين إلى 1745 مصريًا.
وحملت الطائرة الأولى 256 راكبًا والثانية 260 ممن تمكنوا من مغادرة الأراضي الليبية عبر منفذ رأس جدير على الحدود بين ليبيا وتونس، ليبلغ عدد العائدين على متن 7 رحلات 1745 مصريًا.
وتحدث العائدون عن مصاعب كبيرة واجهوها في أثناء فرارهم من الأوضاع الأمنية المتردية في ليبيا، وعن تعرضهم للتهديد والابتزاز.
""", [
    ev("tuesday-two-planes", "حطت في القاهرة، صباح الثلاثاء، طائرتان", TUE, "'صباح الثلاثاء' = Tue 24 Feb 2015"),
    ev("airlift-first-flight", "تسيّره وزارة الطيران المصرية منذ الجمعة الماضية", FIRST, "'منذ الجمعة الماضية' from Tue 24 Feb = since Fri 20 Feb 2015 (the start of the airlift)"),
    ev("total-1745-returned", "ليبلغ عدد العائدين على متن 7 رحلات 1745 مصريًا", FIRST, "no own expression; the total of the seven flights, Fri 20 - Tue 24 Feb 2015", end="2015-02-25"),
    ev("ras-jedir-crossing", "ممن تمكنوا من مغادرة الأراضي الليبية عبر منفذ رأس جدير", FIRST, "no own expression; the crossing through Ras Jedir during the airlift, Fri 20 - Tue 24 Feb 2015 (my span)", end="2015-02-25"),
])

# ---------------------------------------------------------------- jordan-wuhan-students-evacuation-2020
S = "jordan-wuhan-students-evacuation-2020"
ORDER = "2020-01-25"                       # King Abdullah II ordered the evacuation plane on Sat 25 Jan 2020
TAKEOFF = "2020-01-31"                     # the Royal Jordanian plane left Wuhan on Fri 31 Jan 2020
ARRIVE = "2020-02-01"                      # it landed at Queen Alia airport at dawn on Sat 1 Feb 2020
art(S, "http://almajd.net/2020/01/31/%d8%b7%d8%a7%d8%a6%d8%b1%d8%a9-%d8%a7%d9%84%d8%a7%d8%ae%d9%84%d8%a7%d8%a1-%d8%a7%d9%84%d8%a7%d8%b1%d8%af%d9%86%d9%8a%d8%a9-%d8%aa%d9%82%d9%84%d8%b9-%d9%85%d9%86-%d9%88%d9%88%d9%87%d8%a7%d9%86-%d8%a7/",
    TAKEOFF, "date in the URL '/2020/01/31/' (31 Jan 2020 was a Friday); the plane that took off from Wuhan landed in Amman at dawn on Sat 1 Feb (the other articles), so a report of the take-off on Fri 31 Jan fits; the page furniture 'مقالات ذات صلة' and 'زر الذهاب إلى الأعلى' dropped; headline kept (reworded)", True, """
طائرة الإخلاء الأردنية تغادر ووهان الصينية متجهة إلى عمان
أعلن ضيف الله الفايز، الناطق الرسمي باسم وزارة الخارجية وشؤون المغتربين، أن الطائرة الأردنية أقلعت من مطار ووهان في الصين قاصدة عمان، لإخلاء الأردنيين وعدد من المواطنين العرب إثر تفشي فيروس الكورونا.
وأوضح الفايز في تصريح لوكالة الأنباء الأردنية (بترا) أن على متن الطائرة 55 أردنيا و16 شخصا من جنسيات عربية.
وبيّن الفايز أنهم خضعوا للفحوصات الطبية قبل صعودهم إلى الطائرة وأن جميعهم في صحة جيدة، لافتا إلى أن وزارة الصحة ستضعهم في الحجر التحفظي لمدة 14 يوما فور وصولهم.
وأشار الفايز إلى أن الجزء من مدينة ووهان الذي يقيم فيه الطلبة الأردنيون لم تُسجل فيه إصابات بفيروس الكورونا، مبينا أن السلطات الصينية اتخذت التدابير اللازمة لمنع انتشار الفيروس.
وكان جلالة الملك عبدالله الثاني قد وجه في 25 كانون الثاني بإرسال طائرة لإخلاء المواطنين الأردنيين المقيمين في مدينة ووهان الصينية في أسرع وقت ممكن.
""", [
    ev("takeoff-from-wuhan", "أن الطائرة الأردنية أقلعت من مطار ووهان في الصين قاصدة عمان", TAKEOFF, "no own expression; the take-off of Fri 31 Jan 2020 (URL date; the plane landed in Amman at dawn on Sat 1 Feb)"),
    ev("medical-checks-before-boarding", "أنهم خضعوا للفحوصات الطبية قبل صعودهم إلى الطائرة", TAKEOFF, "no own expression; the checks in Wuhan before the take-off of Fri 31 Jan 2020"),
    ev("quarantine", "ستضعهم في الحجر التحفظي لمدة 14 يوما فور وصولهم", ARRIVE, "'لمدة 14 يوما فور وصولهم' = from the arrival of Sat 1 Feb 2020, 14 days (to Sat 15 Feb)", end="2020-02-15"),
    ev("king-orders-plane", "قد وجه في 25 كانون الثاني بإرسال طائرة", ORDER, "'في 25 كانون الثاني' = Sat 25 Jan 2020"),
])
art(S, "http://167.235.160.36:8031/story/2020/2/1/طائرة-أردنية-تجلى-71-طالبا-عربيا-من-مدينة-ووهان-الصينية/4612774",
    ARRIVE, "date in the URL '/story/2020/2/1/' of this mirror of youm7 (the youm7 path and story number 4612774; 1 Feb 2020 was a Saturday); the body's 'فجر السبت' agrees; the photo caption and the byline 'هند المغربي' dropped; headline kept (reworded); the last, truncated sentence dropped", True, """
طائرة أردنية تُخرج 71 طالبا عربيا من مدينة ووهان الصينية بؤرة "كورونا"
أجلت طائرة تابعة للخطوط الجوية الملكية الأردنية فجر السبت 71 طالبا أردنيا وعربيا من مدينة ووهان الصينية، بؤرة فيروس "كورونا". وبحسب شبكة سكاي نيوز، أفادت وكالة الأنباء الأردنية الرسمية (بترا) بأن "الطائرة التي أمر الملك عبد الله الثاني بإرسالها حطت فجر السبت في مطار الملكة علياء الدولي، وعلى متنها 71 طالبا أردنيا وعربيا من مدينة ووهان الصينية إثر تفشي فيروس الكورونا".
وذكر وزير الصحة الأردني صالح الخرابشة أن "الطائرة حملت 55 طالبا أردنيا، و7 طلاب من فلسطين و3 من سلطنة عمان و3 تونسيين وبحرينيا ولبنانيا، إضافة إلى زوجة طالب تحمل الجنسية الروسية، وأفراد الطاقم الطبي وطاقم الطائرة"، وتابع: "سينقل الطلاب إلى مستشفى البشير (الحكومي في عمان) لفحصهم والتحقق من خلوهم من المرض، دون أن يدخلوا مبنى المطار احترازا".
""", [
    ev("evacuation-flight", "أجلت طائرة تابعة للخطوط الجوية الملكية الأردنية فجر السبت", TAKEOFF, "'فجر السبت' = the evacuation flight ending at dawn on Sat 1 Feb 2020 (took off Fri 31 Jan)", end="2020-02-02"),
    ev("arrival-queen-alia", "حطت فجر السبت في مطار الملكة علياء الدولي", ARRIVE, "'فجر السبت' = dawn of Sat 1 Feb 2020"),
    ev("king-orders-plane", "الطائرة التي أمر الملك عبد الله الثاني بإرسالها", ORDER, "no own expression; the king's order of Sat 25 Jan 2020 (almajd: 'في 25 كانون الثاني')"),
    ev("transfer-to-bashir", "سينقل الطلاب إلى مستشفى البشير", ARRIVE, "no own expression; the transfer on arrival, Sat 1 Feb 2020"),
])
art(S, "https://nextlb.com/health/36060",
    ARRIVE, "no date line in the stored text; the body's 'فجر اليوم السبت' for the arrival of the Wuhan plane gives Sat 1 Feb 2020 (youm7 URL '/2020/2/1/'); the source line 'المصدر : البيان الإماراتية' and 'لمشاركة الرابط' dropped; headline kept (reworded)", False, """
طائرة أردنية تنقل 71 طالبا عربيا من مدينة ووهان الصينية
نقلت طائرة تتبع الخطوط الجوية الملكية الأردنية فجر اليوم السبت 71 طالبا أردنيا وعربيا من مدينة ووهان الصينية التي يتمركز فيها فيروس "كورونا"، وفق ما أفاد به مصدر رسمي أردني.
وأوردت وكالة الأنباء الأردنية الرسمية بترا أن "الطائرة التي أمر الملك عبد الله الثاني بإرسالها هبطت فجر السبت في مطار الملكة علياء الدولي، حاملة 71 طالبا أردنياً وعربياً من مدينة ووهان الصينية بعد تفشي فيروس الكورونا فيها".
ونسبت الوكالة إلى وزير الصحة الأردني بالوكالة صالح الخرابشة قوله إن "الطائرة حملت 55 طالباً أردنياً، و7 طلاب فلسطين و3 من سلطنة عمان و3 تونسيين وبحرينياً ولبنانياً، إلى جانب زوجة طالب تحمل الجنسية الروسية، وأفراد الطاقم الطبي وطاقم الطائرة".
وبيّن الوزير أن الطلاب سينقلون إلى مستشفى البشير الحكومي في العاصمة الأردنية عمان لفحصهم والتثبت من سلامتهم من المرض، من دون أن يدخلوا مبنى المطار كتدبير احترازي.
""", [
    ev("evacuation-flight", "نقلت طائرة تتبع الخطوط الجوية الملكية الأردنية فجر اليوم السبت", TAKEOFF, "'فجر اليوم السبت' = the flight ending at dawn on Sat 1 Feb 2020 (took off Fri 31 Jan)", end="2020-02-02"),
    ev("arrival-queen-alia", "هبطت فجر السبت في مطار الملكة علياء الدولي", ARRIVE, "'فجر السبت' = dawn of Sat 1 Feb 2020"),
    ev("king-orders-plane", "الطائرة التي أمر الملك عبد الله الثاني بإرسالها", ORDER, "no own expression; the king's order of Sat 25 Jan 2020"),
    ev("transfer-to-bashir", "أن الطلاب سينقلون إلى مستشفى البشير الحكومي", ARRIVE, "no own expression; the transfer on arrival, Sat 1 Feb 2020"),
])
art(S, "https://maghress.com/hespress/458284",
    ARRIVE, "no date line in the stored text (hespress as aggregated by maghress); the body's 'فجر اليوم السبت' for the arrival gives Sat 1 Feb 2020 (youm7 URL '/2020/2/1/'); the last, truncated sentence on the tests dropped; headline written from the body (the stored text has none)", False, """
طائرة الملكية الأردنية تعيد 71 طالبا أردنيا وعربيا من ووهان
أجلت طائرة للخطوط الجوية الملكية الأردنية، فجر السبت، 71 طالبا أردنيا وعربيا من مدينة ووهان الصينية التي تعد مركز وباء فيروس كورونا، بحسب ما أفاد به مصدر رسمي أردني. وأوردت وكالة الأنباء الأردنية الرسمية (بترا) أن "الطائرة التي أمر الملك عبد الله الثاني بإرسالها بلغت فجر اليوم السبت مطار الملكة علياء الدولي (30 كلم جنوب عمان) وعلى متنها 71 طالبا أردنيا وعربيا من مدينة ووهان الصينية بعد تفشي فيروس كورونا".
ونقلت الوكالة عن وزير الصحة الأردني بالوكالة، صالح الخرابشة، أن "الطائرة حملت 55 طالبا أردنيا، وسبعة طلاب من فلسطين، وثلاثة من سلطنة عمان، ولبنانيا واحدا، وثلاثة تونسيين، وبحرينيا واحدا، إلى جانب زوجة طالب تحمل الجنسية الروسية، وأفراد الطاقم الطبي وطاقم الطائرة".
وفي المقابل، ذكر الأمين العام لوزارة الصحة الأردنية، حكمت أبو الفول، أن "الطلبة الأردنيين والعرب في صحة جيدة، غير أنهم سيوضعون في الحجز التحفظي بمستشفى العزل وستستقبلهم كوادر طبية مجهزة"، مؤكدا "استكمال كل الترتيبات داخل العزل للتحقق من سلامتهم".
""", [
    ev("evacuation-flight", "أجلت طائرة للخطوط الجوية الملكية الأردنية، فجر السبت", TAKEOFF, "'فجر السبت' = the flight ending at dawn on Sat 1 Feb 2020 (took off Fri 31 Jan)", end="2020-02-02"),
    ev("arrival-queen-alia", "بلغت فجر اليوم السبت مطار الملكة علياء الدولي", ARRIVE, "'فجر اليوم السبت' = dawn of Sat 1 Feb 2020"),
    ev("king-orders-plane", "الطائرة التي أمر الملك عبد الله الثاني بإرسالها", ORDER, "no own expression; the king's order of Sat 25 Jan 2020"),
    ev("quarantine", "سيوضعون في الحجز التحفظي بمستشفى العزل", ARRIVE, "no own expression; the 14-day quarantine from the arrival of Sat 1 Feb 2020 (almajd: 'لمدة 14 يوما')", end="2020-02-15"),
])

# ---------------------------------------------------------------- egypt-sudan-nationals-evacuation-2023
S = "egypt-sudan-nationals-evacuation-2023"
WAR = "2023-04-15"                         # the war between the Sudanese army and the RSF broke out on Sat 15 Apr 2023
D24 = "2023-04-24"                         # Mon 24 Apr 2023: two military planes land at Cairo East base; 134 by air, 334 by land
D26 = "2023-04-26"                         # Wed 26 Apr 2023: 1140 evacuated (443 by land, 697 by air on 7 flights), total 2679
D27 = "2023-04-27"                         # Thu 27 Apr 2023: 2648 evacuated (1365 by land, 1283 by air), 9 sorties, total 5327
art(S, "https://akhbarelyom.com/news/newdetails/4072504/1/%D8%A8%D8%B9%D8%AF-%D8%B9%D9%88%D8%AF%D8%A9-%D8%A7%D9%84%D9%85%D8%B5%D8%B1%D9%8A%D9%8A%D9%86-%D9%85%D9%86-%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86-%D8%A3%D8%A8%D9%86%D8%A7%D8%A1-%D9%85%D8%B5%D8%B1-%D9%8A",
    D24, "the body's 'اليوم 24 إبريل' (kept; 24 Apr 2023 was a Monday; the war is 'منذ ما يقرب من أسبوع', i.e. since Sat 15 Apr 2023); no date line on the stored page; the duplicated photo caption dropped; headline kept (reworded); the last, truncated sentence dropped", False, """
بعد رجوع المصريين من السودان.. أبناء مصر يعودون إلى حضنها
تتابع الدولة المصرية، بقيادة الرئيس عبد الفتاح السيسي وبمتابعته اللحظية لما يحدث في السودان، وبجهود جميع أجهزة الدولة على مدار الساعة، رصد أوضاع الجالية المصرية في السودان وإجلاءها جوًا أو برًا عبر معبر أرقين، عقب أوامر القيادة السياسية بتشكيل خلية أزمة لمتابعة الموقف وإعادة المصريين العالقين في السودان في أقرب وقت.
وأعلن السفير أحمد أبو زيد، المتحدث الرسمى باسم وزارة الخارجية، أنه في إطار جهود الدولة لتطبيق خطة إجلاء المواطنين المصريين في السودان، جرى إجلاء 134 مواطنًا مصريًا من السودان اليوم جوًا و334 مواطناً برًا بالتنسيق مع السلطات السودانية.
وبحسب ما أوردته القاهرة الإخبارية، فقد بلغت أرض الوطن اليوم 24 إبريل دفعتان من أبناء الجالية المصرية في السودان على متن طائرتين حربيتين هبطتا في مطار شرق القاهرة، وسط الحرب الدامية الدائرة بين الجيش السوداني وميلشيا الدعم السريع منذ ما يقرب من أسبوع.
""", [
    ev("crisis-cell-formed", "عقب أوامر القيادة السياسية بتشكيل خلية أزمة", WAR, "no own expression; the crisis cell set up after the outbreak of the war on Sat 15 Apr 2023, before the first evacuations (my span 15-23 Apr)", end="2023-04-24"),
    ev("evacuated-24-apr", "جرى إجلاء 134 مواطنًا مصريًا من السودان اليوم جوًا", D24, "'اليوم' = Mon 24 Apr 2023 (the body's 'اليوم 24 إبريل')"),
    ev("first-planes-land", "بلغت أرض الوطن اليوم 24 إبريل دفعتان", D24, "'اليوم 24 إبريل' = Mon 24 Apr 2023"),
    ev("sudan-war", "الحرب الدامية الدائرة بين الجيش السوداني وميلشيا الدعم السريع منذ ما يقرب من أسبوع", WAR, "'منذ ما يقرب من أسبوع' from Mon 24 Apr = since Sat 15 Apr 2023 (outside knowledge), ongoing", end="2023-04-25"),
])
art(S, "https://darelhilal.com/News/1733112.aspx",
    D26, "page time stamp '26-4-2023 | 20:06' (kept as second line; 26 Apr 2023 was a Wednesday); the body's 'اليوم ٢٦ أبريل الجاري' agrees; the site's date of the crawl 'السبت 23 نوفمبر 2024', the byline 'حسن محمود', 'طباعة' and 'الاكثر قراءة' dropped; headline kept (reworded)", True, """
عدد المصريين العائدين من السودان برا وجوا يرتفع إلى 2679 مواطنا
26-4-2023 | 20:06
أعلن السفير أحمد أبو زيد، المتحدث الرسمى باسم وزارة الخارجية، أنه مع تسارع وتيرة جهود إجلاء المواطنين المصريين من السودان بمرور الوقت، أُجلي ١١٤٠ مواطناً مصرياً اليوم ٢٦ أبريل الجاري، منهم ٤٤٣ مواطناً غادروا السودان بالإجلاء البري و٦٩٧ مواطناً بالإجلاء الجوي عبر ٧ رحلات نفذها المجهود الجوي ضمن الجسر الجوي القائم لنقل الرعايا المصريين من السودان.
وشدد المتحدث باسم وزارة الخارجية على مواصلة القنصليات المصرية في السودان جهودها لإجلاء المواطنين المصريين، مبيناً أن عدد من أُجلوا من المصريين في السودان بلغ ٢٦٧٩ مواطناً حتى الآن.
""", [
    ev("evacuated-26-apr", "أُجلي ١١٤٠ مواطناً مصرياً اليوم ٢٦ أبريل الجاري", D26, "'اليوم ٢٦ أبريل الجاري' = Wed 26 Apr 2023"),
    ev("air-bridge", "ضمن الجسر الجوي القائم لنقل الرعايا المصريين", D24, "no own expression; the air bridge running since the first planes of Mon 24 Apr up to Wed 26 Apr 2023 (my span)", end="2023-04-27"),
    ev("total-2679", "بلغ ٢٦٧٩ مواطناً حتى الآن", "2023-04-23", "'حتى الآن' on Wed 26 Apr: all evacuations since the first land convoy of Sun 23 Apr 2023 (436 by land, alraeesnews) up to 26 Apr", end="2023-04-27"),
])
art(S, "https://snabusiness.com/article/1615978-%D9%85%D8%B5%D8%B1-%D9%88%D8%B5%D9%88%D9%84-%D8%B7%D8%A7%D9%8A%D9%94%D8%B1%D8%A9-%D8%B9%D8%B3%D9%83%D8%B1%D9%8A%D8%A9-%D8%AA%D9%82%D9%84-%D8%B9%D8%B4%D8%B1%D8%A7%D8%AA-%D8%A7%D9%84%D8%B9%D8%A7%D9%8A%D9%94%D8%AF%D9%8A%D9%86-%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86",
    D26, "page stamp '21:58 - 26 أبريل 2023' (dropped from the text; 26 Apr 2023 was a Wednesday); the body's 'الأربعاء' agrees; headline kept (reworded); the last, truncated sentence dropped", False, """
مصر.. طائرة عسكرية تعيد عشرات المصريين من السودان
هبطت طائرة عسكرية مصرية، الأربعاء، في مطار شرق القاهرة العسكري وعلى متنها عشرات المواطنين الذين أُجلوا من السودان، ليرتفع عدد المصريين الذين أعيدوا من هناك إلى 2679 حتى الآن.
وأفاد السفير أحمد أبو زيد، المتحدث الرسمي باسم وزارة الخارجية المصرية، بأن 1140 مصريا أُجلوا الأربعاء، منهم 443 برا و697 جوا على 7 رحلات، ضمن الجسر الجوي القائم لنقل الرعايا المصريين من السودان.
وأكد "مواصلة القنصليات المصرية في السودان جهودها لإجلاء المواطنين المصريين"، مشيرا إلى أن عدد المصريين الذين أُجلوا من السودان وصل إلى 2679 مواطنا حتى الآن.
وأعلنت مصر كذلك إعادة تمركز بعثتها في الخرطوم، لتتمكن من العمل على نحو أفضل في إجلاء من بقي من أبناء الجالية المصرية في السودان.
وقال أبو زيد إنه "في ضوء تصاعد التهديدات والمخاطر الأمنية في العاصمة السودانية... جرى في 26 أبريل الجاري نقل أعضاء البعثة الدبلوماسية والقنصلية والمكاتب الفنية التابعة للسفارة المصرية من الخرطوم، ضمن إعادة تمركزها في موقع آخر في السودان".
""", [
    ev("military-plane-lands-wed", "هبطت طائرة عسكرية مصرية، الأربعاء، في مطار شرق القاهرة العسكري", D26, "'الأربعاء' = Wed 26 Apr 2023 (page stamp)"),
    ev("evacuated-26-apr", "بأن 1140 مصريا أُجلوا الأربعاء", D26, "'الأربعاء' = Wed 26 Apr 2023"),
    ev("air-bridge", "ضمن الجسر الجوي القائم لنقل الرعايا المصريين من السودان", D24, "no own expression; the air bridge running since Mon 24 Apr up to Wed 26 Apr 2023 (my span)", end="2023-04-27"),
    ev("total-2679", "وصل إلى 2679 مواطنا حتى الآن", "2023-04-23", "'حتى الآن' on Wed 26 Apr: all evacuations since Sun 23 Apr 2023 up to 26 Apr", end="2023-04-27"),
    ev("embassy-relocated", "جرى في 26 أبريل الجاري نقل أعضاء البعثة الدبلوماسية", D26, "'في 26 أبريل الجاري' = Wed 26 Apr 2023"),
])
art(S, "http://www.cairo24.com/1789046",
    "2023-04-28", "page date line 'الجمعة 28/أبريل/2023 - 06:26 م' (kept as second line; 28 Apr 2023 was a Friday); the body's 'أمس 27 أبريل الجاري' agrees; the site's crawl date 'الجمعة 01 نوفمبر 2024', the menus and the photo caption dropped; headline kept (reworded); the last, truncated sentence dropped", True, """
مجموعة جديدة من المصريين العائدين من السودان تصل بعد نجاح إجلائهم
الجمعة 28/أبريل/2023 - 06:26 م
وصلت منذ قليل مجموعة جديدة من المصريين الآتين من السودان عقب نجاح السلطات المصرية في إجلائهم، وذلك إلى قاعدة شرق التي تواصل استقبال العائدين من السوادن.
وكان السفير أحمد أبو زيد، المتحدث الرسمى باسم وزارة الخارجية، قد أكد في وقت سابق أن تنفيذ خطة إجلاء المواطنين المصريين من السودان يمضي على قدم وساق، إذ تمكنت جهود الدولة، أمس 27 أبريل الجاري، من إعادة 1365 مواطنًا بالإجلاء البري و1283 مواطنًا بالإجلاء الجوي، أي 2648 مواطنًا في المجموع، وأضاف أن عدد المواطنين الذين أُجلوا منذ بداية الأزمة يبلغ بذلك 5327 مواطنًا.
وتابع المتحدث باسم الخارجية أن القوات المسلحة نفذت 9 طلعات جوية يوم 27 أبريل 2023 ضمن خطة إجلاء المصريين العالقين في السودان، ليبلغ مجموع الطلعات الجوية المنفذة 23 طلعة جوية.
""", [
    ev("new-group-arrives-28-apr", "وصلت منذ قليل مجموعة جديدة من المصريين الآتين من السودان", "2023-04-28", "'منذ قليل' before the stamp 'الجمعة 28/أبريل/2023 - 06:26 م' = Fri 28 Apr 2023"),
    ev("evacuated-27-apr", "أمس 27 أبريل الجاري، من إعادة 1365 مواطنًا بالإجلاء البري", D27, "'أمس 27 أبريل الجاري' = Thu 27 Apr 2023"),
    ev("total-5327", "منذ بداية الأزمة يبلغ بذلك 5327 مواطنًا", "2023-04-23", "'منذ بداية الأزمة': all evacuations from Sun 23 Apr up to Thu 27 Apr 2023", end="2023-04-28"),
    ev("nine-sorties-27-apr", "نفذت 9 طلعات جوية يوم 27 أبريل 2023", D27, "'يوم 27 أبريل 2023' = Thu 27 Apr 2023"),
    ev("air-bridge", "ليبلغ مجموع الطلعات الجوية المنفذة 23 طلعة جوية", D24, "no own expression; the 23 sorties of the air bridge, Mon 24 - Thu 27 Apr 2023 (my span; same operation as 'الجسر الجوي القائم')", end="2023-04-28"),
])

# ---------------------------------------------------------------- iraq-arar-evacuation-airlift-2026
S = "iraq-arar-evacuation-airlift-2026"
START = "2026-03-15"                       # Sun 15 Mar 2026: the first Iraqi Airways evacuation flight (145 from Cairo) landed at Arar
MON = "2026-03-16"                         # Mon 16 Mar 2026: the first flight from New Delhi reached Arar; the second Cairo batch left
art(S, "https://www.alnahrain.com/print.php?id=28299",
    START, "the body's 'اليوم الأحد (15 آذار 2026)' (kept; 15 Mar 2026 was a Sunday); no date line on the printed page; the repeated opening paragraph at the end of the stored page dropped; headline written from the body (the print page has none)", True, """
وصول أولى طائرات الجسر الجوي العراقي إلى مطار عرعر
أفادت وزارة النقل العراقية بهبوط أولى طائرات الخطوط الجوية العراقية في مطار عرعر الدولي، في إطار الجسر الجوي الذي أمر به رئيس الوزراء محمد شياع السوداني لإجلاء المواطنين العراقيين العالقين في الخارج بسبب تصاعد التوترات العسكرية في المنطقة.
وانطلقت عملية إعادة العراقيين الذين تقطعت بهم السبل في دول الجوار والمناطق المتضررة من الصراع الأخير، اليوم الأحد (15 آذار 2026).
وتجري العملية بتنسيق وثيق بين وزارة النقل ووزارة الخارجية والحكومة السعودية لتيسير عبور العائدين واستقبالهم عبر منفذ عرعر ومطارها.
وشددت الوزارة على أن الرحلات متواصلة إلى حين إجلاء كل الراغبين في العودة، مع تأمين جميع التسهيلات اللوجستية والطبية للقادمين لحظة وصولهم.
وتأتي هذه الخطوة تلبية للظروف الطارئة التي خلفتها الضربات الجوية الأخيرة وإغلاق بعض الأجواء والممرات الملاحية في المنطقة.
""", [
    ev("first-plane-arar", "بهبوط أولى طائرات الخطوط الجوية العراقية في مطار عرعر الدولي", START, "no own expression; the first landing at Arar on Sun 15 Mar 2026 (the body's 'اليوم الأحد (15 آذار 2026)')"),
    ev("airlift-begins", "وانطلقت عملية إعادة العراقيين الذين تقطعت بهم السبل", START, "'اليوم الأحد (15 آذار 2026)' = Sun 15 Mar 2026"),
    ev("flights-continue", "أن الرحلات متواصلة إلى حين إجلاء كل الراغبين في العودة", START, "no own expression; the flights planned for 15-18 Mar 2026 (yemennownews: '6 رحلات استثنائية في الفترة ما بين 15 و18 مارس الجاري')", end="2026-03-19"),
    ev("air-strikes-closures", "الضربات الجوية الأخيرة وإغلاق بعض الأجواء", "2026-02-28", "no own expression; the war that began with the strikes on Iran on Sat 28 Feb 2026 and the airspace closures since (my span up to the airlift)", end=START),
])
art(S, "https://yemennownews.com/article/3284241",
    START, "no date line in the stored text (an aggregation of alsahafa.net); the body's 'اليوم الأحد' for the first evacuation flight at Arar, with the plan of flights 'ما بين 15 و18 مارس الجاري', gives Sun 15 Mar 2026 (alnahrain: 'اليوم الأحد (15 آذار 2026)'); the site menu line 'بوابتي عدد المشاهدات : 32 مشاهده تفاصيل الخبر الصحافة نت' dropped; headline kept (reworded); the last, truncated words dropped", False, """
مطار عرعر في السعودية يستقبل أولى رحلات الإجلاء العراقية
استقبل مطار عرعر في شمال المملكة العربية السعودية، اليوم الأحد، أولى الرحلات الجوية المخصصة لإجلاء المواطنين العراقيين العالقين خارج البلاد، إذ أقلت طائرة من طراز "B737-800" تابعة للخطوط الجوية العراقية 145 مواطناً قادماً من القاهرة، في خطوة تندرج ضمن خطة تشغيلية متكاملة وضعتها "خلية الأزمة" بالتنسيق مع السلطات السعودية.
وعبّرت السفيرة العراقية في الرياض، صفية طالب السهيل، عن عظيم تقديرها للمملكة العربية السعودية على تعاونها الأخوي وتيسيرها جميع إجراءات العبور والاستقبال عبر المنافذ البرية والجوية.
وأكدت السهيل وجود طواقم السفارة على الأرض في مدينة عرعر لتذليل العقبات وتأمين انتقال سلس للمواطنين براً عبر المنفذ الحدودي بين البلدين.
وأوضح المتحدث باسم وزارة النقل العراقية، ميثم الصافي، أن الخطة المعتمدة تشمل تسيير 6 رحلات استثنائية في الفترة ما بين 15 و18 مارس الجاري، منها رحلتان من القاهرة وأربع رحلات من العاصمة الهندية نيودلهي.
""", [
    ev("first-plane-arar", "استقبل مطار عرعر في شمال المملكة العربية السعودية، اليوم الأحد", START, "'اليوم الأحد' = Sun 15 Mar 2026"),
    ev("first-cairo-batch", "أقلت طائرة من طراز \"B737-800\" تابعة للخطوط الجوية العراقية 145 مواطناً قادماً من القاهرة", START, "no own expression; the flight from Cairo that landed on Sun 15 Mar 2026"),
    ev("land-transfer-arar", "تأمين انتقال سلس للمواطنين براً عبر المنفذ الحدودي", START, "no own expression; the land crossing from Arar into Iraq during the airlift, 15-18 Mar 2026 (my span)", end="2026-03-19"),
    ev("flights-continue", "تسيير 6 رحلات استثنائية في الفترة ما بين 15 و18 مارس الجاري", START, "'ما بين 15 و18 مارس الجاري' = Sun 15 - Wed 18 Mar 2026", end="2026-03-19"),
])
art(S, "https://www.nbanews.net/arabic/YAL2zp9g",
    MON, "no date line in the stored text; the body's 'اليوم الاثنين' with the take-off 'بعد منتصف ليل 15 آذار 2026' gives Mon 16 Mar 2026; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
وصول أول رحلة للعراقيين الذين أُجلوا من الهند إلى منفذ عرعر
أعلنت وزارة الخارجية، اليوم الاثنين، بلوغ أول رحلة تحمل مواطنين عراقيين أُجلوا من الهند منفذ عرعر الحدودي، في إطار خطة حكومية لإعادة العراقيين العالقين في عدد من البلدان.
وجاء في بيان للوزارة أن "الحكومة، من خلال وزارة الخارجية وخلية الأزمة المشكلة فيها، ماضية في تنفيذ خطة شاملة لإجلاء المواطنين العراقيين وإرجاعهم إلى البلاد، بالتنسيق مع الجهات الحكومية والبعثات الدبلوماسية العراقية في الخارج".
وبيّن البيان أن "طائرة للخطوط الجوية العراقية أقلعت بعد منتصف ليل 15 آذار 2026 من مطار أنديرا غاندي الدولي في نيودلهي حاملة الدفعة الأولى من العراقيين الذين أُجلوا من الهند، وقد وصلت إلى منفذ عرعر تمهيداً لدخولهم الأراضي العراقية. ومن المقرر أيضا تسيير رحلة ثانية مساء اليوم الاثنين لإتمام عملية الإجلاء، ولا سيما للحالات المرضية التي كانت تتعالج هناك".
وفي السياق نفسه، ذكرت الوزارة أن "سفارة العراق في القاهرة نظمت بالتعاون مع مكتب الخطوط الجوية العراقية رحلة ثانية للمواطنين العالقين في مصر، إذ غادرت الدفعة الثانية اليوم من القاهرة متجهة إلى منفذ عرعر، بعد إتمام الإجراءات والتنسيق مع السلطات السعودية لتيسير عبورهم إلى العراق".
""", [
    ev("first-india-flight-arrives", "بلوغ أول رحلة تحمل مواطنين عراقيين أُجلوا من الهند منفذ عرعر", MON, "'اليوم الاثنين' = Mon 16 Mar 2026 (the plane left New Delhi after midnight of 15 Mar)"),
    ev("india-takeoff", "أقلعت بعد منتصف ليل 15 آذار 2026 من مطار أنديرا غاندي الدولي", MON, "'بعد منتصف ليل 15 آذار 2026' = the early hours of Mon 16 Mar 2026 (local time)"),
    ev("second-india-flight", "تسيير رحلة ثانية مساء اليوم الاثنين", MON, "'مساء اليوم الاثنين' = the evening of Mon 16 Mar 2026 (planned)"),
    ev("second-cairo-batch", "إذ غادرت الدفعة الثانية اليوم من القاهرة", MON, "'اليوم' = Mon 16 Mar 2026"),
    ev("flights-continue", "ماضية في تنفيذ خطة شاملة لإجلاء المواطنين العراقيين", START, "no own expression; the evacuation plan carried out 15-18 Mar 2026 (my span)", end="2026-03-19"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 372
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

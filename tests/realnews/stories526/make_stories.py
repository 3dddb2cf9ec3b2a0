"""Builds stories.jsonl: the 526-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: aid and relief convoys (convoys or aid ships dispatched,
arriving, blocked, distributed).
Stories: the Kurdish Red Crescent convoy from north-east Syria to the Syrian coast (Syria, March 2025), the
French helicopter carrier Tonnerre carrying aid to Beirut after the port explosion (Lebanon, August 2020), and
the interception of the aid boat Madleen bound for Gaza (Israel/Gaza, June 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-kurdish-red-crescent-coast-convoy-2025
S = "syria-kurdish-red-crescent-coast-convoy-2025"
ANNOUNCE = "2025-03-16"                    # the Kurdish Red Crescent announced the convoys on Sun 16 Mar 2025
DEPART = "2025-03-17"                      # the 20-truck convoy left north-east Syria on Mon 17 Mar 2025
ARRIVE = "2025-03-18"                      # it reached Jableh on the evening of Tue 18 Mar 2025
DISTRIB = "2025-03-19"                     # distribution began on Wed 19 Mar 2025
CLASHES = ("2025-03-06", "2025-03-11")     # the clashes on the coast 'مطلع آذار/ مارس' (from Thu 6 Mar 2025)
art(S, "https://m-syria-d.com/?p=21599",
    "2025-03-17", "no date on the stored page; the body's 'انطلقت اليوم' for the departure and 'أمس الأحد' for the Kurdish Red Crescent's announcement of Sun 16 Mar 2025 (ronahi: 'الأحد، 16/3/2025') give Mon 17 Mar 2025, the day of the departure ('صباح الاثنين السابع عشر من آذار', ronahi); headline written from the body (the stored text has none); the truncated sub-heading at the end dropped", False, """
انطلاق قافلة مساعدات من شمال وشرق سوريا نحو الساحل السوري
في مبادرة تعبّر عن التضامن الإنساني، تحركت اليوم من شمال وشرق سوريا قافلة مساعدات إنسانية متجهة إلى منطقة الساحل السوري، وعلى متنها 10 آلاف سلة غذائية.
وكان الهلال الأحمر الكردي قد أعلن، أمس الأحد، الشروع في تسيير قوافل الإغاثة، تلبية للأوضاع الإنسانية المتدهورة في الساحل السوري، إذ يعيش السكان أزمة إنسانية حادة جراء التوترات والاشتباكات التي عرفتها المنطقة مطلع آذار/ مارس الجاري.
وبحسب مسؤولين في الهلال الأحمر الكردي، ترمي المبادرة إلى التخفيف عن المدنيين، إذ تضم القافلة مواد غذائية أساسية تعينهم على تخطي ظروفهم الصعبة.
وتحركت القافلة صباح اليوم من مدن الجزيرة، وسلكت طريقها نحو مناطق الرقة والطبقة، قبل أن تتوجه إلى الساحل السوري.
وفي هذا الإطار، قال دلكش عيسى، الرئيس المشترك للهلال الأحمر الكردي، إن المبادرة أتت تلبية لنداءات شعبية من منظمات المجتمع المدني ومؤسسات الإدارة الذاتية في شمال وشرق سوريا.
وبيّن عيسى أن الهلال الأحمر الكردي جهّز 1500 سلة غذائية، في حين وصل مجموع السلال المرسلة إلى 10 آلاف سلة، لافتا إلى أن القافلة مؤلفة من 20 شاحنة محملة بالمواد الغذائية، منها سلال غذائية ومواد أساسية كالطحين.
""", [
    ev("convoy-departure", "تحركت اليوم من شمال وشرق سوريا قافلة مساعدات إنسانية", DEPART, "'اليوم' in an article of Mon 17 Mar 2025 (the day after 'أمس الأحد')"),
    ev("krc-announcement", "وكان الهلال الأحمر الكردي قد أعلن، أمس الأحد", ANNOUNCE, "'أمس الأحد' = Sun 16 Mar 2025"),
    ev("coast-clashes", "التوترات والاشتباكات التي عرفتها المنطقة مطلع آذار/ مارس الجاري", CLASHES[0], "'مطلع آذار/ مارس الجاري' = early March 2025; my span 6 - 10 Mar 2025 (the clashes on the coast began on Thu 6 Mar)", end=CLASHES[1]),
    ev("convoy-route", "وتحركت القافلة صباح اليوم من مدن الجزيرة", DEPART, "'صباح اليوم' = the morning of Mon 17 Mar 2025"),
    ev("issa-statement", "قال دلكش عيسى، الرئيس المشترك للهلال الأحمر الكردي", DEPART, "no own expression; his statement on the day of the departure, Mon 17 Mar 2025 (doubtful: it may have been given on Sun 16)"),
])
art(S, "https://anfarabic.com/الشرق-الأوسط/qaflt-almsadat-alansanyt-lshmal-wshrq-swrya-tsl-mntqt-alsahl-116985",
    "2025-03-18", "no date on the stored page; the body's 'غادرت مساء أمس الاثنين' for the departure of Mon 17 Mar 2025 gives Tue 18 Mar 2025, the day the convoy reached Jableh (ugaritpost, kurd-online: 'مساء الثلاثاء'); the repeated lead sentence and the truncated last clause dropped; headline kept from the page", False, """
قافلة المساعدات الانسانية لشمال وشرق سوريا تصل منطقة الساحل
بلغت قافلة المساعدات الإنسانية التي خرجت مساء أمس الاثنين من إقليم شمال وشرق سوريا متجهة إلى منطقة الساحل، مدينة جبلة.
وتعدّ هذه المساعدة خطوة تجسد التضامن الإنساني، وقد قدمها الهلال الأحمر الكردي والإدارة الذاتية الديمقراطية ومبادرات شعبية في إقليم شمال وشرق سوريا.
وكانت قوات سلطة دمشق قد فرضت على الوفد المرافق لقافلة المساعدات المتجهة إلى الساحل نزع شعار الهلال الأحمر الكردي عن الشاحنات شرطا للسماح لها بالمرور، فامتثل الهلال لذلك، مشددا على أن الهدف الأساسي هو أن تصل المساعدات إلى من يحتاجها.
وتأتي هذه القافلة خطوة أولى، مع تشديد الجهات المنظمة على مواصلة الجهود الإغاثية في المراحل المقبلة.
وتتألف القافلة من 20 شاحنة تحمل مواد إغاثية ومواد غذائية أساسية كالطحين والأرز والبرغل والمعلبات، إلى جانب مستلزمات طارئة أخرى.
وبحسب الوفد المرافق، يجري الآن تفريغ المساعدات في مستودعات "جمعية يد بيد" التي تخدم مدن الساحل.
""", [
    ev("convoy-arrival-jableh", "بلغت قافلة المساعدات الإنسانية", ARRIVE, "no own expression; the arrival at Jableh on the evening of Tue 18 Mar 2025 (kurd-online, ugaritpost: 'مساء الثلاثاء'), the day of this report"),
    ev("convoy-departure", "التي خرجت مساء أمس الاثنين من إقليم شمال وشرق سوريا", DEPART, "'مساء أمس الاثنين' in an article of Tue 18 Mar 2025 = Mon 17 Mar (the other reports say the morning)"),
    ev("logo-removal-condition", "نزع شعار الهلال الأحمر الكردي عن الشاحنات", DEPART, "no own expression; the condition set on the way, between the departure of Mon 17 and the arrival of Tue 18 Mar 2025 (my span)", end="2025-03-19"),
    ev("unloading-yad-bi-yad", "يجري الآن تفريغ المساعدات في مستودعات", ARRIVE, "'الآن' in a report of Tue 18 Mar 2025, on the evening of the arrival (kurd-online: unloaded after arriving 'مساء الثلاثاء')"),
])
art(S, "https://kurd-online.com/%d8%a7%d9%84%d8%b3%d8%a7%d8%ad%d9%84-%d8%a7%d9%84%d8%b3%d9%88%d8%b1%d9%8a-%d8%a7%d9%84%d9%87%d9%84%d8%a7%d9%84-%d8%a7%d9%84%d8%a3%d8%ad%d9%85%d8%b1-%d8%a7%d9%84%d9%83%d8%b1%d8%af%d9%8a-%d9%8a%d9%88",
    "2025-03-19", "no date line on the stored page; the body's 'اليوم الأربعاء' for the start of the distribution, after the arrival 'مساء الثلاثاء' and the departure on Monday (17 Mar 2025, ronahi), = Wed 19 Mar 2025 (19 Mar 2025 was a Wednesday); headline written from the URL slug; the disclaimer and short link dropped", True, """
الساحل السوري: الهلال الأحمر الكردي يوزع المساعدات على المتضررين
شرعت فرق الهلال الأحمر الكردي، بالتعاون مع الإدارة الذاتية لشمال وشرق سوريا، اليوم الأربعاء، في توزيع مساعدات إنسانية على العائلات المتضررة في منطقة الساحل السوري، التي عرفت انتهاكات ومجازر مروعة.
وكانت قافلة من 20 شاحنة تحمل مواد غذائية أساسية كالطحين والأرز، إضافة إلى مستلزمات إسعافية، قد بلغت مدينة جبلة مساء الثلاثاء، بعد أن انطلقت الإثنين من إقليم شمال وشرق سوريا.
ووفق وسائل إعلام قريبة من الإدارة الذاتية، أفرغت المساعدات في مستودعات "جمعية يد بيد"، وألّفت فرق الهلال لجنتين: واحدة لتسجيل العائلات المحتاجة، وأخرى لفرز المواد وإعداد سلل غذائية. وهذه القافلة هي الأولى ضمن خطة لإرسال مزيد من الدعم.
وكانت قوات الحكومة المؤقتة قد اشترطت نزع شعار الهلال الأحمر الكردي عن الشاحنات لتسمح لها بالعبور، وهو ما امتثل له الوفد كي تصل المساعدات في أقرب وقت. وشدد الهلال على أن الغاية الأولى هي مؤازرة المتضررين، بالتنسيق مع مبادرات شعبية في الإقليم.
""", [
    ev("distribution-start", "اليوم الأربعاء، في توزيع مساعدات إنسانية", DISTRIB, "'اليوم الأربعاء' = Wed 19 Mar 2025"),
    ev("convoy-arrival-jableh", "قد بلغت مدينة جبلة مساء الثلاثاء", ARRIVE, "'مساء الثلاثاء' = Tue 18 Mar 2025"),
    ev("convoy-departure", "بعد أن انطلقت الإثنين من إقليم شمال وشرق سوريا", DEPART, "'الإثنين' = Mon 17 Mar 2025"),
    ev("unloading-yad-bi-yad", "أفرغت المساعدات في مستودعات", ARRIVE, "no own expression; the unloading after the arrival of Tue 18 Mar 2025 (anfarabic: 'يجري الآن تفريغ')"),
    ev("logo-removal-condition", "قد اشترطت نزع شعار الهلال الأحمر الكردي عن الشاحنات", DEPART, "no own expression; on the way, Mon 17 - Tue 18 Mar 2025 (my span)", end="2025-03-19"),
])

# ---------------------------------------------------------------- lebanon-french-tonnerre-aid-ship-2020
S = "lebanon-french-tonnerre-aid-ship-2020"
EXPLOSION = "2020-08-04"                   # the Beirut port explosion, Tue 4 Aug 2020
SAIL = "2020-08-09"                        # the Tonnerre sailed from Toulon on Sun 9 Aug 2020, about 19:30
ARRIVAL = "2020-08-14"                     # it docked in Beirut at noon on Fri 14 Aug 2020
PARLY = ("2020-08-13", "2020-08-15")       # Florence Parly's visit to Beirut, Thu 13 - Fri 14 Aug 2020
art(S, "https://2dec.net/news31178.html",
    "2020-08-10", "no date on the stored page; the body's 'أبحرت ... أمس الأحد' for the departure from Toulon, which was on Sun 9 Aug 2020 (almostakbalonline: 'الأحد ... بعيد الساعة 19,30'; 9 Aug 2020 was a Sunday), gives Mon 10 Aug 2020; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
حاملة المروحيات الفرنسية تونير تبحر نحو لبنان
غادرت حاملة المروحيات "تونير" التابعة للبحرية الفرنسية، أمس الأحد، مرفأ طولون في جنوب شرق فرنسا متجهة إلى لبنان.
وتنقل "تونير" إمكانات مادية وبشرية للمساعدة على إزالة الركام الذي خلّفه الانفجار الهائل الذي دمّر أجزاء واسعة من العاصمة بيروت.
وغادرت السفينة مرفأ طولون وعلى متنها قرابة 700 عسكري وأطنان عدة من المعدات.
ويُنتظر أن تبلغ السفينة المياه الإقليمية اللبنانية الخميس، بحسب القوات البحرية الفرنسية.
وقالت الناطقة باسم القاعدة البحرية في طولون كريستين ريب: "وصلنا طلب من اللبنانيين للحصول على معدات هندسة برية وبحرية، ولذلك تحمل السفينة فرقا مختصة في إزالة الركام مع ما تحتاجه من معدات".
وتقل السفينة أيضا "مجموعة هندسة من سلاح البر تضم قرابة 350 شخصا"، إلى جانب "فرقة غطاسين من البحرية الوطنية مختصة في تفكيك القنابل وقادرة على العمل تحت الماء والتحقيق في مناطق المرافئ"، دعما للأعمال الجارية في مرفأ بيروت الذي صار ركاما بفعل انفجار وقع الثلاثاء وأتى على أجزاء واسعة من العاصمة اللبنانية.
وذكرت وزيرة الجيوش الفرنسية في بيان أن السفينة تنقل كذلك "قدرات استطلاع بحري" تابعة للبحرية الفرنسية.
""", [
    ev("tonnerre-sails-toulon", "غادرت حاملة المروحيات \"تونير\" التابعة للبحرية الفرنسية، أمس الأحد", SAIL, "'أمس الأحد' in an article of Mon 10 Aug 2020 = Sun 9 Aug"),
    ev("tonnerre-expected-thursday", "ويُنتظر أن تبلغ السفينة المياه الإقليمية اللبنانية الخميس", "2020-08-13", "'الخميس' = Thu 13 Aug 2020 (the expected day; the ship docked in Beirut on Fri 14 Aug)"),
    ev("beirut-port-explosion", "بفعل انفجار وقع الثلاثاء", EXPLOSION, "'الثلاثاء' = Tue 4 Aug 2020"),
    ev("lebanese-request", "وصلنا طلب من اللبنانيين للحصول على معدات هندسة برية وبحرية", EXPLOSION, "no own expression; the request came after the explosion of Tue 4 Aug and before the sailing of Sun 9 Aug 2020 (my span)", end=SAIL),
])
art(S, "https://imlebanon.org/2020/08/12/florence-parly-viist-beirut-on-thrusday/amp",
    "2020-08-12", "the date in the page's address (2020/08/12), Wed 12 Aug 2020, fits the body's announcement of a visit 'ليومي الخميس والجمعة' (13-14 Aug); headline written from the body (the stored text has none)", True, """
بارلي تزور بيروت الخميس لاستقبال "تونير"
تحلّ وزيرة الجيوش الفرنسية فلورنس بارلي في بيروت ليومي الخميس والجمعة لاستقبال حاملة المروحيات "تونير" المكلفة بتقديم العون بعد الانفجار في مرفأ بيروت.
وأوضح مكتبها الإعلامي في بيان أن الرسالة من الزيارة هي: "نحن هنا، والدعم متواصل، والمساعدة التي أعلنّاها سُلّمت"، وأن من أهدافها رفع الركام من المرفأ ليعود قادرا على العمل.
وستكون فلورنس بارلي في استقبال "تونير" المنتظر وصولها ليل الخميس الجمعة، وستجتمع أيضا برئيس الجمهورية ميشال عون.
وتحمل "تونير" وسائل لاستطلاع المنافذ البحرية والمساندة في المسح البحري، ومساعدات غذائية، منها خصوصا الحبوب، ومواد بناء قدمتها وزارات فرنسية وشركات خاصة عدة، بحسب المكتب.
وفي سياق آخر، سيسلّم الجيش الفرنسي الجيش اللبناني 75 ألف حصة مؤن عسكرية. وإجمالا، ستسلّم فرنسا 18 طنا من المساعدات الطبية وقرابة 700 طن من المساعدات الغذائية بحلول 15 آب.
""", [
    ev("parly-visit", "تحلّ وزيرة الجيوش الفرنسية فلورنس بارلي في بيروت ليومي الخميس والجمعة", PARLY[0], "'ليومي الخميس والجمعة' = Thu 13 - Fri 14 Aug 2020", end=PARLY[1]),
    ev("beirut-port-explosion", "بعد الانفجار في مرفأ بيروت", EXPLOSION, "no own expression; the explosion of Tue 4 Aug 2020"),
    ev("tonnerre-arrival-beirut", "المنتظر وصولها ليل الخميس الجمعة", ARRIVAL, "'ليل الخميس الجمعة' = the night of Thu 13 / Fri 14 Aug 2020; the ship docked at noon on Fri 14 Aug (sputnik, euronews)"),
    ev("parly-meets-aoun", "وستجتمع أيضا برئيس الجمهورية ميشال عون", PARLY[0], "no own expression; during the visit of Thu 13 - Fri 14 Aug 2020 (the day itself not known to me)", end=PARLY[1]),
    ev("french-aid-by-15-august", "بحلول 15 آب", "2020-08-15", "'بحلول 15 آب' = by Sat 15 Aug 2020 (a deadline)"),
])
art(S, "https://arabic.sputniknews.com/20200814/%D9%88%D8%B5%D9%88%D9%84-%D8%AD%D8%A7%D9%85%D9%84%D8%A9-%D8%A7%D9%84%D8%B7%D9%88%D8%A7%D9%81%D8%A7%D8%AA-%D8%A7%D9%84%D9%81%D8%B1%D9%86%D8%B3%D9%8A%D8%A9-%D8%AA%D9%88%D9%86%D9%8A%D8%B1-%D8%A5%D9%84%D9%89-%D9%85%D8%B1%D9%81%D8%A3-%D8%A8%D9%8A%D8%B1%D9%88%D8%AA-1046273618.html",
    "2020-08-14", "the date in the page's address (20200814) and the body's 'اليوم الجمعة' = Fri 14 Aug 2020 (14 Aug 2020 was a Friday); the registration notice and photo captions dropped; headline kept from the page; the truncated end of Parly's quotation dropped", True, """
وصول حاملة الطوافات الفرنسية "تونير" إلى مرفأ بيروت
بلغت حاملة الطوافات الفرنسية "تونير" "PHA Tonnerre"، اليوم الجمعة، مرفأ بيروت حاملة وحدة من فوج الهندسة في الجيش الفرنسي، ومعها الآليات الهندسية والعتاد الضروري للمشاركة في رفع الأنقاض وإزالة الركام من مرفأ بيروت، وفق بيان لقيادة الجيش اللبناني.
وذكر الجيش، في بيان حصلت "سبوتنيك" على نسخة منه، أن "حاملة الطوافات محمّلة أيضا بمواد طبية وغذائية ومواد بناء وآليتين مقدمتين هبة للدفاع المدني، وذلك في إطار المساعدات التي ترسلها الدول الشقيقة والصديقة إلى لبنان عقب الانفجار الكارثي الذي شهده المرفأ".
وقالت وزيرة الجيوش الفرنسية فلورانس بارلي للصحفيين إن "فرنسا كانت وستبقى إلى جانب لبنان".
""", [
    ev("tonnerre-arrival-beirut", "بلغت حاملة الطوافات الفرنسية \"تونير\" \"PHA Tonnerre\"، اليوم الجمعة، مرفأ بيروت", ARRIVAL, "'اليوم الجمعة' = Fri 14 Aug 2020"),
    ev("army-statement", "وفق بيان لقيادة الجيش اللبناني", ARRIVAL, "no own expression; the army's statement on the arrival, Fri 14 Aug 2020"),
    ev("beirut-port-explosion", "عقب الانفجار الكارثي الذي شهده المرفأ", EXPLOSION, "no own expression; the explosion of Tue 4 Aug 2020"),
    ev("parly-remarks", "وقالت وزيرة الجيوش الفرنسية فلورانس بارلي للصحفيين", ARRIVAL, "no own expression; her remarks on board after the docking, Fri 14 Aug 2020 (euronews)"),
])

# ---------------------------------------------------------------- gaza-madleen-aid-boat-interception-2025
S = "gaza-madleen-aid-boat-interception-2025"
SAILED = "2025-06-01"                      # Madleen sailed from Catania on Sun 1 Jun 2025
SEIZED = "2025-06-09"                      # the Israeli navy seized it at dawn on Mon 9 Jun 2025, towed to Ashdod that day
DEPORT = "2025-06-10"                      # Greta Thunberg deported on Tue 10 Jun 2025
art(S, "https://mail.frontend2.alarab.com/Article/1107695",
    "2025-06-09", "the page's time stamp 'نُشر: 09/06/25 01:08' = Mon 9 Jun 2025 (updated 11:04); headline kept from the page; the section menu dropped", True, """
الجيش الإسرائيلي يسيطر على السفينة مادلين المتجهة لكسر حصار إسرائيل لقطاع غزة
ذكر الجيش الإسرائيلي أن جنوده استولوا على السفينة "مادلين" قبل أن تبلغ قطاع غزة.
وقال "تحالف أسطول الحرية" إن "السفينة مادلين ومن عليها من النشطاء يتعرضون لهجوم في البحر.. ندعوكم إلى التحرك للمطالبة بإطلاقها ووضع حد لحصار غزة". وأوضح التحالف أن الجيش الإسرائيلي صعد إلى السفينة وخطف المتطوعين الذين كانوا على متنها.
ونقلت إذاعة الجيش الإسرائيلي عن مصدر عسكري أن وحدة من الكوماندوز البحري استولت على السفينة.
وأضاف المصدر أن السفينة اقتيدت باتجاه ميناء أسدود.
""", [
    ev("madleen-seized", "أن جنوده استولوا على السفينة \"مادلين\"", SEIZED, "no own expression; the seizure at dawn on Mon 9 Jun 2025 (the page's stamp 09/06/25 01:08; almanar 'فجر اليوم')"),
    ev("flotilla-appeal", "وقال \"تحالف أسطول الحرية\"", SEIZED, "no own expression; the coalition's appeal during the boarding, Mon 9 Jun 2025"),
    ev("commando-boarding", "أن وحدة من الكوماندوز البحري استولت على السفينة", SEIZED, "no own expression; the boarding of Mon 9 Jun 2025"),
    ev("towed-to-ashdod", "أن السفينة اقتيدت باتجاه ميناء أسدود", SEIZED, "no own expression; towed on Mon 9 Jun 2025, it reached Ashdod on the evening of that day (arab48: 'مساء اليوم الإثنين')"),
])
art(S, "https://almanar.com.lb/13583506",
    "2025-06-09", "the stored page gives only the month (2025-06); the body's 'فجر اليوم' for the seizure, which was at dawn on Mon 9 Jun 2025 (alarab's stamp 09/06/25; arab48 'فجر الإثنين'), gives Mon 9 Jun 2025; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
الاحتلال يعترض سفينة "مادلين" المتجهة إلى غزة ويعتقل النشطاء
أوقفت قوات الاحتلال الإسرائيلي، فجر اليوم، سفينة "مادلين" التي كانت في طريقها إلى قطاع غزة لكسر الحصار عنه وإيصال المساعدات الإنسانية، واعتقلت الناشطين الذين كانوا على متنها.
وذكر تحالف "أسطول الحرية"، الجهة المنظمة للرحلة، عبر "تيلغرام" أن جيش الاحتلال صعد إلى السفينة واعتقل المتطوعين المتضامنين على متنها وانقطع الاتصال بها، بينما دُق جرس الإنذار على متن السفينة وأعدت سترات النجاة تحسبا لاعتراض محتمل.
بدورها، نشرت النائبة في البرلمان الأوروبي ريما حسن، التي كانت على متن السفينة، صورا لانطلاق صفارات الإنذار، ثم ذكرت أن طائرة مسيرة حامت فوقهم ورشت سائلا أبيض مجهولا.
وبينما انطلقت "مادلين" من ميناء كاتانيا الإيطالي، الأحد الماضي، نحو غزة لإيصال المساعدات وكسر الحصار الإسرائيلي عن القطاع، أوعز وزير الحرب الإسرائيلي يسرائيل كاتس إلى الجيش بمنعها من الوصول إلى غزة، واتهم الناشطين بأنهم "أبواق دعاية لحماس".
وأفادت وزارة الخارجية الإسرائيلية بأن البحرية طلبت من السفينة تغيير وجهتها لدى اقترابها من "منطقة محظورة"، وبعد قرابة ساعة أعلن عن اقتيادها إلى السواحل الإسرائيلية.
""", [
    ev("madleen-seized", "أوقفت قوات الاحتلال الإسرائيلي، فجر اليوم، سفينة \"مادلين\"", SEIZED, "'فجر اليوم' = dawn of Mon 9 Jun 2025"),
    ev("drone-white-liquid", "أن طائرة مسيرة حامت فوقهم ورشت سائلا أبيض مجهولا", "2025-06-08", "no own expression; in the night before the seizure, Sun 8 - Mon 9 Jun 2025 (my span; the hour is not given)", end="2025-06-10"),
    ev("madleen-sails-catania", "انطلقت \"مادلين\" من ميناء كاتانيا الإيطالي، الأحد الماضي", SAILED, "'الأحد الماضي' from Mon 9 Jun 2025 = Sun 1 Jun (not Sun 8 Jun: arab48 'في الأول من يونيو')"),
    ev("katz-order", "أوعز وزير الحرب الإسرائيلي يسرائيل كاتس إلى الجيش بمنعها", SAILED, "no own expression; between the sailing of Sun 1 Jun and the seizure of Mon 9 Jun 2025 (my span; the day is not known to me)", end=SEIZED),
    ev("towed-to-ashdod", "أعلن عن اقتيادها إلى السواحل الإسرائيلية", SEIZED, "no own expression; after the seizure, Mon 9 Jun 2025"),
])
art(S, "https://news.twaslnews.com/lebanon24/946604",
    "2025-06-10", "no date on the stored page (a Lebanon24 report carried by twaslnews); the body's 'يوم الثلاثاء' for Greta Thunberg's deportation, which was on Tue 10 Jun 2025 (24-24.tn of 2025/06/10: 'الثلاثاء'; 10 Jun 2025 was a Tuesday), and her words in Paris after the flight give Tue 10 Jun 2025; headline kept from the page", False, """
بعد احتجاز طاقم سفينة مادلين.. ترحيل الناشطة السويدية غريتا ثونبرغ من إسرائيل
رُحّلت الناشطة السويدية غريتا ثونبرغ من إسرائيل يوم الثلاثاء، بعد أن منعتها البحرية الإسرائيلية ومجموعة من رفاقها الناشطين المناصرين لفلسطين من الإبحار إلى غزة.
وكانت القوات الإسرائيلية قد استولت على سفينة مساعدات صغيرة حاولت كسر الحصار البحري المفروض منذ زمن طويل على غزة، واقتادت طاقمها المؤلف من 12 شخصا إلى إسرائيل.
وقبل أربعة من أفراد المجموعة، منهم ثونبرغ، الترحيل الفوري، في حين اعترض الثمانية الآخرون على قرار ترحيلهم، فاحتُجزوا قرب مطار تل أبيب بانتظار جلسة في المحكمة للبت في وضعهم القانوني.
ومن بين الرافضين للمغادرة ريما حسن، العضو الفرنسية في البرلمان الأوروبي.
وقالت ثونبرغ للصحفيين بعد وصولها إلى باريس: "كنا 12 متطوعا مسالما نبحر على متن سفينة مدنية تحمل مساعدات إنسانية في المياه الدولية، ولم نخرق القانون ولم نرتكب أي خطأ"، متهمة إسرائيل بخطفها.
وأضافت: "هناك خرق متواصل للقانون الدولي وجرائم حرب ترتكبها إسرائيل بصورة منهجية بحق الفلسطينيين بمنعها وصول المساعدات إلى شعب جائع".
""", [
    ev("thunberg-deported", "رُحّلت الناشطة السويدية غريتا ثونبرغ من إسرائيل يوم الثلاثاء", DEPORT, "'يوم الثلاثاء' = Tue 10 Jun 2025"),
    ev("madleen-seized", "قد استولت على سفينة مساعدات صغيرة", SEIZED, "no own expression; the seizure at dawn on Mon 9 Jun 2025"),
    ev("towed-to-ashdod", "واقتادت طاقمها المؤلف من 12 شخصا إلى إسرائيل", SEIZED, "no own expression; the boat and crew were brought to Ashdod on Mon 9 Jun 2025"),
    ev("eight-detained-hearing", "فاحتُجزوا قرب مطار تل أبيب بانتظار جلسة في المحكمة", DEPORT, "no own expression; their refusal and detention reported on Tue 10 Jun 2025 (the detention may have begun on the night of Mon 9)"),
    ev("thunberg-paris-remarks", "وقالت ثونبرغ للصحفيين بعد وصولها إلى باريس", DEPORT, "no own expression; on her arrival in Paris on the day of the deportation, Tue 10 Jun 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 526
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 371-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: military exercises and drills: joint manoeuvres announced,
started, visited by officials and ended, naval and air drills.
Stories: the Algerian-Russian joint naval drill off Algiers (Algeria, November 2021), the closing of the
"Gulf Shield Joint 1" exercise at Ras al-Khair (Saudi Arabia, April 2018), and the Egyptian manoeuvre
"Hasm 2020" near the Libyan border (Egypt, July 2020).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-russia-joint-naval-drill-2021
S = "algeria-russia-joint-naval-drill-2021"
DOCK = "2021-11-12"                        # the Russian detachment docked at Algiers on Fri 12 Nov 2021
ANNOUNCE = "2021-11-13"                    # the Algerian MoD statement and the Russian reports (Sputnik), Sat 13 Nov 2021
DRILL = ("2021-11-12", "2021-11-21")       # the drill "Joint Naval Manoeuvre 2021", 12 - 20 Nov 2021
art(S, "https://almashhadalaraby.com/news/320121",
    "2021-11-13", "page stamp 'السبت 13 نوفمبر 2021 14:58:37' (kept as second line; 13 Nov 2021 was a Saturday); headline kept from the page (re-worded)", True, """
سفن من أسطول البحر الأسود الروسي تنضم إلى تدريبات بحرية في الجزائر
السبت 13 نوفمبر 2021 14:58:37
أفادت وزارة الدفاع الروسية بأن مجموعة من سفن أسطول البحر الأسود التابع لها بلغت ميناء الجزائر.
وشددت الوزارة على أن سفن أسطولها ستخوض، إلى جانب قطع البحرية الجزائرية، التمرين الدولي "مناورات بحرية مشتركة - 2021".
وبيّنت وزارة الدفاع الروسية أن المفرزة تتألف من الفرقاطة "الأدميرال جريجوروفيتش" ومعها سفينة الدورية "دميتري روجاتشيف" وزورق الإنقاذ "SB-742"، لافتة إلى أن التمرين سيتواصل حتى 20 نوفمبر الجاري.
""", [
    ev("russian-announcement", "أفادت وزارة الدفاع الروسية بأن مجموعة من سفن", ANNOUNCE, "no own expression; the Russian MoD's announcement reported on Sat 13 Nov 2021 (page stamp; sahafatbladi: 'السبت 13 نونبر 2021')"),
    ev("ships-dock-algiers", "بلغت ميناء الجزائر", DOCK, "no own expression; the ships docked on Fri 12 Nov 2021 (Algerian MoD: 'رست يوم الجمعة 12 نوفمبر 2021')"),
    ev("drill-runs", "التمرين سيتواصل حتى 20 نوفمبر الجاري", DRILL[0], "'حتى 20 نوفمبر الجاري' = until Sat 20 Nov 2021, from the arrival and official start on Fri 12 Nov", end=DRILL[1]),
])
art(S, "https://sahafatbladi.com/99477/2021/11/13/",
    "2021-11-13", "date in the URL '/2021/11/13/' and in the body 'السبت 13 نونبر 2021' (13 Nov 2021 was a Saturday); headline kept from the page (re-worded); the last, truncated sentence shortened", True, """
مناورات بحرية جزائرية روسية لتعزيز أمن المنطقة.. هذه تفاصيلها
أعلنت وكالة سبوتنيك الروسية، السبت 13 نونبر 2021، أن مفرزة من سفن أسطول البحر الأسود وصلت إلى ميناء الجزائر، لتشارك مع القوات البحرية الجزائرية في التمرين الدولي "مناورات بحرية مشتركة – 2021".
وذكر مصدر إعلامي أن المفرزة الروسية تتكون من الفرقاطة "الأدميرال غريغوروفيتش" وسفينة الدورية "دميتري روغاتشيف"، علاوة على زورق الإنقاذ "SB-742" التابع للتجمع الدائم للبحرية الروسية في البحر الأبيض المتوسط.
وأضاف المصدر أن قطعا بحرية عسكرية جزائرية ستنضم إلى التمرين، من بينها الفرقاطة "حراد" التي تحمل مروحية، وسفينة التدريب "صومام" وسفينة الإنقاذ "المنجد"، إلى جانب طائرة دورية ومروحية للبحث والإنقاذ.
ويُذكر أن التمرين سيمتد حتى 20 نونبر، وستتدرب خلاله طواقم السفن الجزائرية والروسية على الاتصالات، وتعقد جلسات إحاطة بشأن العمل المشترك، وتدرب فرق التفتيش، وتنفذ تمرينا إيضاحيا للسيطرة على الأضرار، قبل الانتقال إلى المرحلة البحرية من التمرين.
""", [
    ev("russian-announcement", "أعلنت وكالة سبوتنيك الروسية، السبت 13 نونبر 2021", ANNOUNCE, "'السبت 13 نونبر 2021' = Sat 13 Nov 2021"),
    ev("ships-dock-algiers", "مفرزة من سفن أسطول البحر الأسود وصلت إلى ميناء الجزائر", DOCK, "no own expression; the ships docked on Fri 12 Nov 2021 (Algerian MoD)"),
    ev("drill-runs", "التمرين سيمتد حتى 20 نونبر", DRILL[0], "'حتى 20 نونبر' = until Sat 20 Nov 2021, from the start on Fri 12 Nov", end=DRILL[1]),
    ev("harbour-phase", "وستتدرب خلاله طواقم السفن الجزائرية والروسية على الاتصالات", DRILL[0], "no own expression; the harbour phase before the sea phase, within the drill (my span 12 - 20 Nov 2021)", end=DRILL[1]),
])
art(S, "https://djazairess.com/eldjoumhouria/205859",
    "2021-11-14", "no date line; the body's 'أول أمس' for the docking of Fri 12 Nov and 'أمس السبت' for the MoD statement give Sun 14 Nov 2021 (El Djoumhouria daily, via djazairess); headline written from the body (the stored text has none); no date of its own in the text", False, """
مفرزة سفن حربية روسية ترسو بميناء الجزائر لتنفيذ مناورة بحرية مشتركة
رست بميناء الجزائر، أول أمس، مفرزة من السفن الحربية التابعة للبحرية الروسية لإجراء تمرين يحمل اسم "المناورة البحرية المشتركة 2021" مع وحدات عائمة من القوات البحرية الجزائرية، في سياق تجسيد التعاون العسكري الثنائي بين الجزائر وروسيا، وفق ما جاء، أمس السبت، في بيان لوزارة الدفاع الوطني.
وبيّن المصدر أن المفرزة التي رست يوم الجمعة 12 نوفمبر 2021 بميناء الجزائر، ضمن برنامج التعاون العسكري الثنائي لحساب سنة 2021، تضم الفرقاطة "الأميرال غريغوريفيتش" والطواف "ديميتري روغتشاف" وقاطرة الإنقاذ في البحر "SB742".
وأفاد البيان بأن هذه المفرزة ستجري التمرين مع وحدات عائمة من القوات البحرية إلى غاية 20 نوفمبر 2021، ويشمل مناورات تكتيكية وتمارين على اعتراض السفن المشبوهة واقتحامها، ومكافحة الزوارق المعادية، فضلا عن البحث والإنقاذ والمساعدة في البحر، بهدف تبادل الخبرات وتعزيز التنسيق المشترك.
ولفت المصدر نفسه إلى أن قائد الواجهة البحرية الوسطى العميد قايد نور الدين استقبل الوفد الروسي، لتُعطى بعد ذلك إشارة الانطلاق الرسمي لتمرين المناورة البحرية المشتركة.
""", [
    ev("ships-dock-algiers", "رست بميناء الجزائر، أول أمس، مفرزة من السفن الحربية", DOCK, "'أول أمس' from Sun 14 Nov = Fri 12 Nov 2021 (the statement: 'يوم الجمعة 12 نوفمبر 2021')"),
    ev("mdn-statement", "وفق ما جاء، أمس السبت، في بيان لوزارة الدفاع الوطني", ANNOUNCE, "'أمس السبت' from Sun 14 = Sat 13 Nov 2021"),
    ev("drill-runs", "ستجري التمرين مع وحدات عائمة من القوات البحرية إلى غاية 20 نوفمبر 2021", DRILL[0], "'إلى غاية 20 نوفمبر 2021' = 12 - 20 Nov 2021", end=DRILL[1]),
    ev("reception-official-start", "لتُعطى بعد ذلك إشارة الانطلاق الرسمي", DOCK, "'بعد ذلك' = after the reception of the delegation on its arrival, Fri 12 Nov 2021 (ecsaharaui: 'لحظة وصوله')"),
])
art(S, "https://sh4af.com/2021/11/blog-post_14.html",
    "2021-11-14", "Blogger URL '/2021/11/blog-post_14.html' (a post of the 14th; 14 Nov 2021 was a Sunday); the body's 'أول أمس الجمعة' for the docking of Fri 12 Nov agrees; headline kept from the page (re-worded); no date of its own in the text", False, """
سفن حربية روسية ترسو في ميناء الجزائر لإجراء مناورات بحرية مشتركة
رست ثلاث قطع بحرية روسية، أول أمس الجمعة، في ميناء الجزائر العاصمة، لإجراء مناورات بحرية تمتد حتى 20 نوفمبر، بحسب ما أعلنت وزارة الدفاع الجزائرية.
وفي إطار تطبيق التعاون العسكري الثنائي الجزائري الروسي لعام 2021، رست بميناء الجزائر العاصمة يوم الجمعة 12 نوفمبر 2021 مفرزة من سفن البحرية الروسية، هي الفرقاطة (الأدميرال جريجوريفيتش) والطراد (دميتري روغتشيف) وقاطرة الإنقاذ في البحر SB742.
ويتابع البيان أن المفرزة البحرية الروسية ستنفذ مع الوحدات العائمة لقواتنا البحرية تمرينا يسمى المناورة البحرية المشتركة 2021 حتى 20 نوفمبر 2021، يتضمن مناورات وتمارين تكتيكية لاعتراض السفن المشبوهة والسيطرة عليها، ومكافحة الزوارق المعادية، إلى جانب البحث والإنقاذ والمساعدة في البحر، بغرض تبادل الخبرات وتحسين التنسيق المشترك.
ولفت البلاغ إلى أن العميد قايد نور الدين، قائد الواجهة البحرية الوسطى، استقبل الوفد الروسي.
""", [
    ev("ships-dock-algiers", "رست ثلاث قطع بحرية روسية، أول أمس الجمعة", DOCK, "'أول أمس الجمعة' from Sun 14 = Fri 12 Nov 2021"),
    ev("mdn-statement", "بحسب ما أعلنت وزارة الدفاع الجزائرية", ANNOUNCE, "no own expression; the MoD statement of Sat 13 Nov 2021 (eldjoumhouria: 'أمس السبت')"),
    ev("drill-runs", "تمرينا يسمى المناورة البحرية المشتركة 2021 حتى 20 نوفمبر 2021", DRILL[0], "'حتى 20 نوفمبر 2021' = 12 - 20 Nov 2021", end=DRILL[1]),
    ev("reception-official-start", "استقبل الوفد الروسي", DOCK, "no own expression; the reception on the arrival of Fri 12 Nov 2021"),
])

# ---------------------------------------------------------------- saudi-gulf-shield-joint-1-closing-2018
S = "saudi-gulf-shield-joint-1-closing-2018"
CLOSE = "2018-04-16"                       # the closing ceremony at Ras al-Khair (Jubail), Mon 16 Apr 2018
MONTH = ("2018-03-16", "2018-04-17")       # the exercise 'lasted a month' up to the closing (my span)
art(S, "https://akhbaar24.com/ampArticle/388262/archive",
    "2018-04-16", "no date line on the stored page; the body's 'اليوم الإثنين' with the closing of the exercise, held on Mon 16 Apr 2018 (the Qatari MoD: 'يوم الاثنين 16 أفريل 2018'), gives Mon 16 Apr 2018; headline written from the body (the stored text has none); the last, truncated sentence shortened", True, """
خادم الحرمين يرعى ختام تمرين درع الخليج المشترك 1
رعى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، القائد الأعلى لكافة القوات العسكرية، اليوم الإثنين، حفل اختتام تمرين درع الخليج المشترك 1، الذي يُعد الأكبر في المنطقة من حيث عدد قوات الدول المشاركة وعتادها العسكري، والذي استمر لمدة شهر.
وقبل انطلاق الحفل، استقبل خادم الحرمين الشريفين قادة الدول المشاركة في التمرين وكبار ممثليها، بحضور الأمير محمد بن سلمان ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع.
وشهد التمرين قادة وكبار ممثلي 25 دولة شقيقة وصديقة مشاركة فيه، يتقدمهم الرئيس المصري عبدالفتاح السيسي، وولي عهد أبوظبي الشيخ محمد بن زايد، والعاهل الأردني الملك عبدالله الثاني، والرئيس السوداني عمر البشير.
واستُهل الحفل الختامي بتلاوة آيات من القرآن الكريم، ثم ألقى رئيس هيئة الأركان العامة الفريق الأول الركن فياض بن حامد الرويلي كلمة أكد فيها أن التمرين يأتي امتدادا لتمارين مشتركة سابقة مثل رعد الشمال، بهدف ترسيخ العمل المشترك ضمن تحالفات تسعى إلى تعزيز الأمن.
""", [
    ev("closing-ceremony", "اليوم الإثنين، حفل اختتام تمرين درع الخليج المشترك 1", CLOSE, "'اليوم الإثنين' = Mon 16 Apr 2018"),
    ev("exercise-month", "والذي استمر لمدة شهر", MONTH[0], "'لمدة شهر' up to the closing of Mon 16 Apr 2018 (my span 16 Mar - 16 Apr)", end=MONTH[1]),
    ev("king-receives-leaders", "استقبل خادم الحرمين الشريفين قادة الدول المشاركة", CLOSE, "'وقبل انطلاق الحفل' = before the closing ceremony of Mon 16 Apr 2018"),
    ev("ruwaili-speech", "ألقى رئيس هيئة الأركان العامة الفريق الأول الركن فياض بن حامد الرويلي كلمة", CLOSE, "no own expression; in the closing ceremony of Mon 16 Apr 2018"),
])
art(S, "https://www.masress.com/albawabh/3053707",
    "2018-04-16", "no date line; the body's 'اليوم الإثنين' with the closing of Mon 16 Apr 2018 gives that day (al-Bawaba, via masress; its next item 3053712 reports the ceremony under way 'اليوم الاثنين'); headline written from the body (the stored text has none); no date of its own in the text", False, """
السيسي يشهد ختام تمرين درع الخليج المشترك 1 في السعودية
يحضر الرئيس عبد الفتاح السيسي اليوم الإثنين ختام تمرين "درع الخليج المشترك 1"، إلى جانب عدد من قادة الدول المشاركة في التمرين الذي استمر لمدة شهر كامل.
ويشهد مراسم الختام كذلك ملك البحرين حمد بن عيسى، وولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة الإماراتية الشيخ محمد بن زايد آل نهيان، ورئيس الوزراء الباكستاني شاهد خاقان عباسي، ورؤساء مالي إبراهيم بو بكر كيتا وبوركينا فاسو روك مارك كريستيان كابوري وتشاد إدريس ديبي، والعاهل الأردني الملك عبد الله الثاني، والرئيس السوداني عمر البشير، ورئيس جيبوتي إسماعيل عمر جيله، والرئيس اليمني عبد ربه منصور، وأمير الكويت الشيخ صباح الأحمد الجابر، والرئيس الموريتاني محمد ولد عبد العزيز، وغيرهم من قادة الدول المشاركة وضيوفها.
ويُصنف درع الخليج ضمن أضخم التمارين العسكرية في المنطقة على الإطلاق، من حيث عدد القوات والدول المشاركة وتنوع خبراتها ونوعية أسلحتها.
""", [
    ev("closing-ceremony", "يحضر الرئيس عبد الفتاح السيسي اليوم الإثنين ختام تمرين", CLOSE, "'اليوم الإثنين' = Mon 16 Apr 2018"),
    ev("exercise-month", "التمرين الذي استمر لمدة شهر كامل", MONTH[0], "'لمدة شهر كامل' up to the closing of Mon 16 Apr 2018 (my span 16 Mar - 16 Apr)", end=MONTH[1]),
])
art(S, "https://sauress.com/alriyadh/1675687",
    "2018-04-17", "no date line; the body's 'مساء أمس' for the king's return to Riyadh 'بعد رعايته فعاليات ختام' the exercise of Mon 16 Apr 2018 gives Tue 17 Apr 2018 (al-Riyadh daily, via sauress); headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
خادم الحرمين يعود إلى الرياض بعد رعاية ختام تمرين درع الخليج المشترك 1
عاد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود إلى الرياض مساء أمس قادما من المنطقة الشرقية.
وكان الملك قد ترك المنطقة الشرقية في وقت سابق أمس، بعد أن رعى فعاليات ختام تمرين «درع الخليج المشترك 1» بحضور قادة وكبار ممثلي 24 دولة شقيقة وصديقة مشاركة في التمرين، الذي يُعد الأكبر من نوعه في المنطقة من حيث عدد القوات والعتاد، واستمر لمدة شهر.
وكان خادم الحرمين قد كتب على حسابه في «تويتر»: «في استضافة المملكة العربية السعودية لتمرين درع الخليج واجتماع قوات أكثر من 24 دولة؛ تأكيد على قدرتنا جميعاً على العمل ضمن تحالف منسق، وتنظيم عسكري موحد؛ لمواجهة التهديدات والمخاطر التي تحيط بمنطقتنا».
وقبل بدء الحفل، استقبل خادم الحرمين الشريفين قادة الدول الشقيقة والصديقة المشاركة في التمرين وكبار ممثليها، بحضور ولي العهد الأمير محمد بن سلمان.
""", [
    ev("king-returns-riyadh", "عاد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود إلى الرياض مساء أمس", CLOSE, "'مساء أمس' from Tue 17 = the evening of Mon 16 Apr 2018"),
    ev("closing-ceremony", "بعد أن رعى فعاليات ختام تمرين «درع الخليج المشترك 1»", CLOSE, "'في وقت سابق أمس' from Tue 17 = Mon 16 Apr 2018"),
    ev("exercise-month", "واستمر لمدة شهر", MONTH[0], "'لمدة شهر' up to the closing of Mon 16 Apr 2018 (my span 16 Mar - 16 Apr)", end=MONTH[1]),
    ev("king-tweet", "وكان خادم الحرمين قد كتب على حسابه في «تويتر»", CLOSE, "no own expression; the king's tweet on the day of the closing, Mon 16 Apr 2018 (ksaplayers, propaganda-eg: 'اليوم الاثنين')"),
    ev("king-receives-leaders", "استقبل خادم الحرمين الشريفين قادة الدول الشقيقة والصديقة", CLOSE, "'وقبل بدء الحفل' = before the closing ceremony of Mon 16 Apr 2018"),
])
art(S, "https://djazairess.com/elbilad/1051188",
    "2018-04-18", "no date line; the body's 'اليوم الأربعاء' for the Qatari MoD statement on the closing held 'يوم الاثنين 16 أفريل 2018' gives Wed 18 Apr 2018 (El Bilad, via djazairess); headline written from the body (the stored text has none); the last, truncated sentence shortened", False, """
قطر: رئيس أركان قواتنا المسلحة حضر ختام تمرين درع الخليج المشترك 1
أعلنت وزارة الدفاع القطرية أن قواتها المسلحة أسهمت في فعاليات تمرين "درع الخليج" المشترك رقم 1 الذي جرى في السعودية، مشيرة إلى أن رئيس أركان الجيش القطري حضر مراسم اختتامه.
وجاء في بيان أصدرته مديرية التوجيه المعنوي بالوزارة اليوم الأربعاء أن الفريق الركن طيار غانم بن شاهين الغانم، رئيس أركان القوات المسلحة، حضر فعاليات اليوم الختامي لتمرين درع الخليج المشترك رقم 1 الذي أقيم في المملكة العربية السعودية يوم الاثنين 16 أفريل 2018.
وأوضح البيان أن حضوره جاء استجابة لدعوة وجهها إليه نظيره السعودي، رئيس هيئة الأركان العامة الفريق أول ركن طيار فياض بن حامد الرويلي.
وأضافت الوزارة أن فعاليات التمرين دارت في المنطقة الشرقية بالسعودية، في ميدان صامت برأس الخير شمال الجبيل، بمشاركة ضباط من القوات المسلحة القطرية في مختلف خلايا التمرين.
وبيّنت أن التمرين مر بعدة مراحل، بدأت بتمرين مراكز القيادة ثم التمرين الميداني، واختُتم بتمرين اليوم الختامي الذي نُفذ فيه تمرين لحرب نظامية وغير نظامية بالذخيرة الحية.
""", [
    ev("qatar-statement", "بيان أصدرته مديرية التوجيه المعنوي بالوزارة اليوم الأربعاء", "2018-04-18", "'اليوم الأربعاء' = Wed 18 Apr 2018"),
    ev("closing-ceremony", "حضر فعاليات اليوم الختامي لتمرين درع الخليج المشترك رقم 1", CLOSE, "'يوم الاثنين 16 أفريل 2018' = Mon 16 Apr 2018"),
    ev("exercise-month", "بدأت بتمرين مراكز القيادة ثم التمرين الميداني", MONTH[0], "no own expression; the phases of the month-long exercise before the closing (my span 16 Mar - 16 Apr 2018)", end=MONTH[1]),
    ev("live-fire-final-day", "نُفذ فيه تمرين لحرب نظامية وغير نظامية بالذخيرة الحية", CLOSE, "'تمرين اليوم الختامي' = the final day, Mon 16 Apr 2018"),
])

# ---------------------------------------------------------------- egypt-hasm-2020-western-manoeuvre
S = "egypt-hasm-2020-western-manoeuvre"
END = "2020-07-09"                         # the army announced the end of "Hasm 2020" on Thu 9 Jul 2020
HASM = ("2020-07-05", "2020-07-10")        # the manoeuvre 'lasted several days' up to Thu 9 Jul (my span)
ZAKI = ("2020-07-08", "2020-07-10")        # Zaki witnessed the main phase; announced Thu 9 Jul (my span 8-9 Jul)
SISI = "2020-06-20"                        # Sisi's visit to the Western Military Region (Sidi Barrani), Sat 20 Jun 2020: the Sirte-Jufra red line
art(S, "https://ramallah.news/post/160910/مصر-ترد-على-تركيا-بمناورات-عسكرية-واسعة-على-حدود-ليبيا",
    "2020-07-09", "no date line; the body's 'اليوم الخميس' for the end of 'Hasm 2020', announced by the Egyptian army on Thu 9 Jul 2020 (ksaplayers item of 10 Jul: 'نفذت ... الخميس'), and 'أمس الأربعاء' for the Turkish navy's announcement give Thu 9 Jul 2020; headline rendered from the URL slug; the last, truncated words dropped; no date of its own in the text", False, """
مصر ترد على تركيا بمناورات عسكرية واسعة على حدود ليبيا
اختتمت القوات المسلحة المصرية، اليوم الخميس، مناورة عسكرية ضخمة بالقرب من الحدود الليبية، حملت اسم "حسم 2020"، وشاركت فيها القوات البحرية والبرية والجوية ووحدات الدفاع الجوي.
وحضر وزير الدفاع والإنتاج الحربي المصري الفريق أول محمد زكي المناورات، بعد أيام من زيارة قام بها الرئيس عبدالفتاح السيسي للمنطقة الغربية العسكرية على الحدود مع ليبيا.
وقال السيسي أثناء زيارته إن "عقيدة الجيش المصري وثوابته هي عدم الاعتداء على الآخرين"، مؤكدا في الوقت ذاته أن القوات المسلحة مستعدة لتنفيذ أي مهام تسند إليها.
وشملت المراحل الأولى للمناورة أعمال الفتح الاستراتيجي للقوات البرية وللقوات الخاصة من المظلات والصاعقة، وتنفيذ عملية برمائية ناجحة على الساحل في منطقة حدودية على الاتجاه الاستراتيجي الغربي، بحسب المتحدث الرسمي باسم الجيش المصري.
وتأتي المناورة المصرية وسط توتر كبير تشهده ليبيا، إذ أعلنت القوات البحرية التركية، أمس الأربعاء، بدء مناورات في المتوسط.
""", [
    ev("hasm-concluded", "اختتمت القوات المسلحة المصرية، اليوم الخميس، مناورة عسكرية ضخمة", END, "'اليوم الخميس' = Thu 9 Jul 2020"),
    ev("zaki-main-phase", "وحضر وزير الدفاع والإنتاج الحربي المصري الفريق أول محمد زكي المناورات", ZAKI[0], "no own expression; Zaki's attendance of the main phase, announced Thu 9 Jul 2020 (my span 8-9 Jul)", end=ZAKI[1]),
    ev("sisi-visit-west", "بعد أيام من زيارة قام بها الرئيس عبدالفتاح السيسي للمنطقة الغربية العسكرية", SISI, "'بعد أيام' (in fact 19 days): Sisi's visit to the Western Military Region on Sat 20 Jun 2020 (outside knowledge)"),
    ev("hasm-manoeuvre", "وشملت المراحل الأولى للمناورة أعمال الفتح الاستراتيجي", HASM[0], "no own expression; the first phases of the manoeuvre of several days up to Thu 9 Jul 2020 (my span 5-9 Jul)", end=HASM[1]),
    ev("turkish-navy-drills", "أعلنت القوات البحرية التركية، أمس الأربعاء", "2020-07-08", "'أمس الأربعاء' from Thu 9 = Wed 8 Jul 2020"),
])
art(S, "https://darelhilal.com/News/660298.aspx",
    "2020-07-10", "page stamp 'أخبار10-7-2020 | 23:53' (10 Jul 2020 was a Friday), kept as second line (space restored); headline kept from the page (re-worded); the page's header date (the crawl day, 2024) dropped; the last, truncated words dropped", True, """
خبير استراتيجي: المناورة "حسم 2020" تنذر بقوة الرد على أي تهديد للأمن القومي المصري
أخبار 10-7-2020 | 23:53
أكد الخبير الاستراتيجي اللواء جمال أبو ذكري أن المناورة "حسم 2020" هي الأكبر في المنطقة الغربية من حيث عدد القوات المشاركة وتنوعها، وأنها تحمل رسالة واضحة من القوات المسلحة إلى الطرف الذي يعبث بأمن ليبيا بأن الردع جاد في مواجهة أي تهديد يمس الأمن القومي المصري.
وأثنى الخبير، في تصريح خاص لـ"الهلال اليوم"، على جهود القيادة السياسية في تحديث الجيش وتنويع مصادر تسليحه بين أوروبا وأمريكا وروسيا، مشيرا إلى أن الجيش المصري بات ضمن قائمة الجيوش الأقوى في العالم.
وأوضح أن مشاركة أفرع القوات المسلحة في المناورة توجه رسائل ردع قوية لأي تحد أو تهديد للأمن القومي المصري، وتبرهن على قدرتها على صد أي اعتداء على الحدود.
وكان الفريق أول محمد زكى، القائد العام للقوات المسلحة وزير الدفاع والإنتاج الحربي، قد شهد المرحلة الرئيسية للمناورة الاستراتيجية "حسم 2020" التي نفذتها تشكيلات ووحدات المنطقة الغربية العسكرية بالتعاون مع الأفرع الرئيسية للقوات المسلحة، واستمرت لعدة أيام.
""", [
    ev("abu-zikri-statement", "أكد الخبير الاستراتيجي اللواء جمال أبو ذكري", "2020-07-10", "no own expression; the statement given to the outlet, published Fri 10 Jul 2020 (page stamp)"),
    ev("zaki-main-phase", "قد شهد المرحلة الرئيسية للمناورة الاستراتيجية", ZAKI[0], "no own expression (pluperfect); announced Thu 9 Jul 2020 (my span 8-9 Jul)", end=ZAKI[1]),
    ev("hasm-manoeuvre", "واستمرت لعدة أيام", HASM[0], "'لعدة أيام' up to the end announced on Thu 9 Jul 2020 (my span 5-9 Jul)", end=HASM[1]),
])
art(S, "https://images.akhbarelyom.com/news/newdetails/3079738/1/سمير-فرج-مناورة-حسم-2020-رسالة-طمأنة-للش",
    "2020-07-10", "no date line; the body's 'مساء اليوم الجمعة' for the TV programme, the day after the end of the manoeuvre on Thu 9 Jul, gives Fri 10 Jul 2020 (the outlet's next item on the manoeuvre, 3080218, is stamped 'السبت، 11 يوليه 2020'); headline kept from the page (re-worded); the last, truncated words dropped; no date of its own in the text", False, """
سمير فرج: المناورة حسم 2020 رسالة طمأنة للمصريين
رأى اللواء سمير فرج، الخبير العسكري والمدير الأسبق لإدارة الشئون المعنوية، أن المناورة «حسم 2020» تطمئن الشعب المصري إلى قدرة قواته المسلحة على تأمين الحدود، لافتا إلى أن أفرع القوات المسلحة كافة شاركت في هذه العملية، وأنها رسالة لمن يهمه الأمر بأن الجيش المصري قادر على أداء أي مهمة.
وبيّن فرج، في برنامج «يحدث في مصر» الذي تبثه قناة mbc مصر، مساء اليوم الجمعة، أن للمناورة 3 أهداف، فإلى جانب إجرائها على الحدود الليبية تحمل رسالة أخرى، وهي الاستعداد لمواجهة المقاتلين المرتزقة أو الجيوش النظامية.
وكانت القوات المسلحة قد نفذت مناورات عسكرية على الحدود الغربية مع ليبيا، بحسب ما أفادت قناة مداد نيوز.
ونفذت المناورة تشكيلات ووحدات المنطقة الغربية العسكرية بالتعاون مع الأفرع الرئيسية للقوات المسلحة، وتضمنت مرحلتها الرئيسية تأمين طائرات متعددة المهام لأعمال قتال القوات وتقديم المعاونة الجوية للقضاء على المرتزقة والميليشيات، وإغارة القوات الخاصة والصاعقة على مراكز قيادتهم.
""", [
    ev("farag-tv-remarks", "في برنامج «يحدث في مصر» الذي تبثه قناة mbc مصر، مساء اليوم الجمعة", "2020-07-10", "'مساء اليوم الجمعة' = the evening of Fri 10 Jul 2020"),
    ev("hasm-manoeuvre", "وكانت القوات المسلحة قد نفذت مناورات عسكرية على الحدود الغربية مع ليبيا", HASM[0], "no own expression (pluperfect); the manoeuvre of several days up to Thu 9 Jul 2020 (my span 5-9 Jul)", end=HASM[1]),
    ev("zaki-main-phase", "وتضمنت مرحلتها الرئيسية تأمين طائرات متعددة المهام", ZAKI[0], "no own expression; the main phase, announced Thu 9 Jul 2020 (my span 8-9 Jul)", end=ZAKI[1]),
])
art(S, "https://www.zarab.net/news6466.html",
    "2020-07-11", "page date line 'في Saturday 11 July, 2020' (kept as second line; 11 Jul 2020 was a Saturday); headline kept from the page (re-worded); the byline 'كتب : زوايا عربية - متابعات' dropped; the last, truncated words dropped", True, """
صحف عالمية: «حسم 2020» رسالة ردع لتركيا
في Saturday 11 July, 2020
لقيت المناورة العسكرية الواسعة التي أطلقها الجيش المصري باسم "حسم 2020" قرب الحدود الليبية اهتماما عالميا كبيرا، وسط تقارير تتحدث عن رسائل ردع قوية لأي تهديد خارجي.
ويشير تقرير لموقع "أحوال" التركي إلى أن المناورة الأخيرة للجيش المصري جاءت بعدما أوجد التدخل التركي في ليبيا وضعا قد لا تقبل به مصر ويمثل تهديدا استراتيجيا لأمنها القومي، كما أكد المسؤولون، ما يعني أن القاهرة لن تتردد في الدفاع عن مصالحها بكل الوسائل.
وأظهرت التدريبات أن الجيش المصري على أهبة الاستعداد ويملك المعدات اللازمة لمواجهة حجم التحديات على الجبهة الغربية.
من جانبها، رأت صحيفة "آراب نيوز" السعودية الصادرة بالإنجليزية أن المناورات الكبيرة للجيش المصري رسالة ردع للرئيس التركي رجب طيب أردوغان الداعم لميليشيات حكومة فايز السراج.
وذكرت صحيفة "آراب ويكلي" أن الجيش المصري في حالة تأهب قصوى، وأن تدريباته الأخيرة جاءت بعد أن حذرت القيادة المصرية من تجاوز الخط الأحمر "سرت- الجفرة".
""", [
    ev("hasm-manoeuvre", "المناورة العسكرية الواسعة التي أطلقها الجيش المصري باسم \"حسم 2020\"", HASM[0], "no own expression; the manoeuvre of several days up to Thu 9 Jul 2020 (my span 5-9 Jul)", end=HASM[1]),
    ev("sisi-visit-west", "بعد أن حذرت القيادة المصرية من تجاوز الخط الأحمر", SISI, "no own expression; Sisi's 'red line' warning during his visit to the Western Military Region on Sat 20 Jun 2020 (outside knowledge)"),
    ev("arab-news-comment", "رأت صحيفة \"آراب نيوز\" السعودية الصادرة بالإنجليزية", HASM[0], "no own expression; the paper's comment on the manoeuvre, between its start and the report of Sat 11 Jul 2020 (my span 5-11 Jul)", end="2020-07-12"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 371
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

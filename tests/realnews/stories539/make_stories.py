"""Builds stories.jsonl: the 539-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: house demolitions, evictions and illegal-building removals.
Stories: the police raid and house demolitions in the unrecognised Bedouin village of Umm al-Hiran in the Negev
with the killing of Yaqub Abu al-Qiyan and the general strike of the next day (Israel, January 2017); the Israeli
Supreme Court ruling that allowed the eviction of the Masafer Yatta villages ("firing zone 918") and the first
demolitions after it (West Bank, May 2022); the riots in Diar El Afia (Kouba, Algiers) over the demolition of
shacks (Algeria, November 2010).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- israel-negev-umm-al-hiran-demolitions-2017
S = "israel-negev-umm-al-hiran-demolitions-2017"
RAID = "2017-01-18"                         # the police raided Umm al-Hiran at dawn on Wed 18 Jan 2017
STRIKE = "2017-01-19"                       # the general strike and mourning of Thu 19 Jan 2017
art(S, "https://alsaa.net/article/3630/استشهاد-فلسطينيين-اثنين-برصاص",
    "2017-01-18", "the page's date line 'مدار الساعة ـ نشر في 2017/01/18 الساعة 11:43' (not part of the body, dropped); 18 Jan 2017 was a Wednesday, the body's 'صباح الأربعاء'; the site menus dropped; headline kept from the page; the last, truncated sentence (the Joint List's quotation) dropped", True, """
استشهاد فلسطينيين اثنين برصاص الشرطة الإسرائيلية في النقب
أقدمت الشرطة الإسرائيلية صباح الأربعاء على قتل فلسطينيين اثنين، زعمت أن أحدهما نفذ عملية دهس أصيب فيها عدد من أفرادها في قرية "أم الحوران" بالنقب (جنوب)، بحسب ما أوردته الإذاعة العبرية.
ووقعت الحادثة بعد أن وصلت قوات كبيرة من الشرطة صباح الأربعاء إلى أم حوران لتنفيذ عمليات هدم في البلدة العربية غير المعترف بها من الحكومة الإسرائيلية، فاندلعت مواجهات.
وذكرت الإذاعة الإسرائيلية العامة (الرسمية) أن عدد الشهداء ارتفع إلى اثنين، من بينهم منفذ عملية الدهس، من دون أن تكشف هوية الشهيد الثاني.
وكانت الشرطة قد قالت في وقت سابق، في تصريح صادر عنها، إن "ناشطا من الحركة الإسلامية (داخل الخط الأخضر) اندفع بسيارته مسرعا نحو المجندين قاصدا تنفيذ عملية دهس، فردت القوات بتحييده وتأكيد مقتله في المكان".
وتابع البيان أنه "سجلت عدة إصابات بجروح متفاوتة، من بينها مجندون في الشرطة (لم تحدد طبيعة إصاباتهم)".
في المقابل، أعلنت القائمة العربية المشتركة في الكنيست الإسرائيلي (البرلمان) أن رئيسها أيمن عودة أصيب خلال الاشتباكات بين المواطنين العرب وقوات الشرطة الإسرائيلية.
""", [
    ev("abu-al-qiyan-killed", "أقدمت الشرطة الإسرائيلية صباح الأربعاء على قتل فلسطينيين اثنين", RAID, "'صباح الأربعاء' = Wed 18 Jan 2017 (the 'two dead' of this early report are Yaqub Abu al-Qiyan and, in fact, a policeman)"),
    ev("police-raid", "وصلت قوات كبيرة من الشرطة صباح الأربعاء إلى أم حوران", RAID, "'صباح الأربعاء' = Wed 18 Jan 2017"),
    ev("clashes", "فاندلعت مواجهات", RAID, "no own expression; the clashes during the raid of Wed 18 Jan 2017"),
    ev("police-statement", "وكانت الشرطة قد قالت في وقت سابق", RAID, "no own expression; the police statement issued on the morning of the raid, Wed 18 Jan 2017 (before this report of 11:43)"),
    ev("odeh-injured", "أن رئيسها أيمن عودة أصيب خلال الاشتباكات", RAID, "no own expression; MK Ayman Odeh was hurt in the clashes of Wed 18 Jan 2017"),
])
art(S, "https://sauress.com/alhayat/19674679",
    "2017-01-18", "no date line on the stored page (al-Hayat via sauress); the body's 'فجر اليوم (الأربعاء)' for the raid of Wed 18 Jan 2017 (alsaa.net, stamped 2017/01/18: 'صباح الأربعاء'; manartv of Thu 19: 'فجر أمس الأربعاء 18/01/2017') gives Wed 18 Jan 2017; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
شهيد وجرحى برصاص الشرطة الإسرائيلية خلال اقتحام أم الحيران
سقط شاب فلسطيني شهيدا وأصيب آخرون بجروح تراوحت بين المتوسطة والخطيرة برصاص القوات الإسرائيلية التي دهمت فجر اليوم (الأربعاء) قرية أم الحيران في النقب لهدم حي سكني يضم 12 منزلا، في محاولة ليست الأولى لإخلاء المنطقة التي لا تعترف إسرائيل بوجودها.
وأفادت مصادر محلية بأن النائب في الكنيست أيمن عودة كان بين المصابين، إذ أصابه الرصاص في الرأس والظهر ونقل على إثر ذلك إلى مستشفى «سوروكا» في بئر السبع، وكتب عودة على صفحته في «فايسبوك» أن «جريمة ارتكبت اليوم في ام الحيران حيث اقتحم مئات من أفراد الشرطة القرية بعنف وأطلقوا الغاز المسيل للدموع والرصاص المطاطي بكثافة».
وقال رئيس اللجنة المحلية للقرية رائد أبو القيعان إن «قوات كبيرة من الشرطة وأجهزة الأمن ما زالت تطوق القرية تمهيدا لهدمها، وقد منعت السكان حتى من نقل الجرحى».
وتروي شهادات سكان القرية أن الشاب أبو القيعان «غادر منزله وقاد سيارته نحو مدخل القرية، حيث احتشد الأهالي لصد قوات الشرطة والجرافات عن اقتحام القرية، فقتل برصاص الشرطة».
ودعت «اللجنة الشعبية لأهالي أم الحيران» قيادات القوى الوطنية والأحزاب السياسية وناشطيها إلى الوقوف معهم لـ«منع تنفيذ جريمة هدم 12 منزلا لأهالي القرية».
""", [
    ev("abu-al-qiyan-killed", "سقط شاب فلسطيني شهيدا", RAID, "no own expression; Yaqub Abu al-Qiyan was shot at dawn on Wed 18 Jan 2017 ('فجر اليوم (الأربعاء)')"),
    ev("police-raid", "دهمت فجر اليوم (الأربعاء) قرية أم الحيران", RAID, "'فجر اليوم (الأربعاء)' = Wed 18 Jan 2017"),
    ev("odeh-injured", "أيمن عودة كان بين المصابين", RAID, "no own expression; hurt in the raid of Wed 18 Jan 2017"),
    ev("odeh-facebook-post", "وكتب عودة على صفحته في «فايسبوك»", RAID, "'جريمة ارتكبت اليوم' in the post; Wed 18 Jan 2017"),
    ev("village-besieged", "ما زالت تطوق القرية تمهيدا لهدمها", RAID, "no own expression; the siege of the village during the day of the raid, Wed 18 Jan 2017"),
    ev("popular-committee-appeal", "ودعت «اللجنة الشعبية لأهالي أم الحيران»", RAID, "no own expression; the appeal reported on the day of the raid, Wed 18 Jan 2017"),
])
art(S, "https://www.alalam.ir/news/1913269",
    "2017-01-19", "the page's date line 'الخميس ١٩ يناير ٢٠١٧ - ٠٦:٤٦ بتوقيت غرينتش' (not part of the body, dropped); 19 Jan 2017 was a Thursday, the body's 'اليوم الخميس'; the repeated headline and the 'العالم - العالم الاسلامي' tag dropped; headline kept from the page; the last, truncated sentence shortened", True, """
اضراب عام في اراضي 48 احتجاجا على هدم الاحتلال منازل بلدة ام الحيران
أعلنت لجنة المتابعة العليا للجماهير العربية في الداخل المحتل إضرابا شاملا وحدادا عاما، اليوم الخميس، إلى جانب اعتصامات طلابية في المدارس، على أن يشمل الإضراب أيضا السلطات المحلية العربية وترفع فيه الأعلام السوداء.
وكانت لجنة المتابعة قد اجتمعت بكل مركباتها فوق ركام المنازل المهدومة في أم الحيران، وتقرر كذلك أن تعقد اجتماعا في الناصرة اليوم لاتخاذ قرارات إضافية.
وطالب محمد بركة، رئيس لجنة المتابعة، المجتمع الدولي بتوفير الحماية الدولية للجماهير العربية في الداخل، في ظل تفاقم عدوانية الاحتلال تجاهها، وبأوامر صريحة من رئيس حكومة الاحتلال بنيامين نتنياهو.
ودعت المتابعة إلى حشد واسع لمظاهرة يوم السبت المقبل في عارة، لتكون صرخة مدوية ردا على جريمة الاحتلال في قرية أم الحيران.
ووجه بركة نداء خاصا إلى كل الأطر بألا تنتظر، وأن تسعى إلى تنظيم أكبر عدد من النشاطات والتظاهرات في البلدات وعند مفارق الطرق الرئيسية.
يشار إلى أن قرية أم الحيران تقع إلى الشمال الشرقي من بلدة حورة في النقب.
""", [
    ev("general-strike", "إضرابا شاملا وحدادا عاما، اليوم الخميس", STRIKE, "'اليوم الخميس' = Thu 19 Jan 2017"),
    ev("follow-up-emergency-meeting", "وكانت لجنة المتابعة قد اجتمعت بكل مركباتها", RAID, "no own expression; the emergency meeting on the ruins in Umm al-Hiran on Wed 18 Jan 2017, the day of the demolitions (manartv: 'فجر أمس الأربعاء' ... 'اجتماع طارئ')"),
    ev("houses-demolished", "المنازل المهدومة في أم الحيران", RAID, "no own expression; the houses were demolished on Wed 18 Jan 2017"),
    ev("nazareth-meeting", "أن تعقد اجتماعا في الناصرة اليوم", STRIKE, "'اليوم' in an article of Thu 19 Jan 2017"),
    ev("ara-demonstration", "لمظاهرة يوم السبت المقبل في عارة", "2017-01-21", "'يوم السبت المقبل' from Thu 19 Jan 2017 = Sat 21 Jan 2017 (planned)"),
])
art(S, "https://manartv.com.lb/1380421",
    "2017-01-19", "no date line on the stored page; the body's 'فجر أمس الأربعاء 18/01/2017' for the raid gives Thu 19 Jan 2017, the day of the general strike (alalam, stamped 19 Jan: 'اليوم الخميس'); headline written from the body (the stored text has none); the source line 'المصدر: روسيا اليوم' dropped", False, """
إضراب شامل في أراضي 48 احتجاجا على هدم منازل أم الحيران
يسود الإضراب العام الشامل القرى والبلدات الفلسطينية في الأراضي المحتلة عام 1948، احتجاجا على هدم سلطات الاحتلال لمنازل قرية أم الحيران في النقب.
وكانت الشرطة الصهيونية قد زجت بتعزيزات أمنية كبيرة ترافقها آليات وجرافات، فجر أمس الأربعاء 18/01/2017، لتشرع في هدم المنازل في قرية أم الحيران، وهي عملية رافقتها اعتداءات على السكان أدت إلى استشهاد يعقوب أبو القيعان وإصابة آخرين.
وعلى أثر ذلك، أقرت لجنة المتابعة العليا في اجتماع طارئ عقدته سلسلة من الفعاليات لمواجهة تصعيد السلطات الصهيونية.
وامتنع الطلاب الفلسطينيون صباحا عن الذهاب إلى المدارس، كما توقفت الحركة تماما في المرافق العامة وجميع المحال التجارية.
""", [
    ev("general-strike", "يسود الإضراب العام الشامل", STRIKE, "no own expression; the strike of Thu 19 Jan 2017, the day after 'فجر أمس الأربعاء 18/01/2017'"),
    ev("police-raid", "فجر أمس الأربعاء 18/01/2017", RAID, "'فجر أمس الأربعاء 18/01/2017' = Wed 18 Jan 2017"),
    ev("houses-demolished", "لتشرع في هدم المنازل في قرية أم الحيران", RAID, "no own expression; the demolitions began with the raid of Wed 18 Jan 2017"),
    ev("abu-al-qiyan-killed", "أدت إلى استشهاد يعقوب أبو القيعان", RAID, "no own expression; killed during the raid of Wed 18 Jan 2017"),
    ev("follow-up-emergency-meeting", "أقرت لجنة المتابعة العليا في اجتماع طارئ", RAID, "no own expression; the emergency meeting held on Wed 18 Jan 2017 after the killing (alalam of Thu 19: the strike announced at the meeting on the ruins)"),
    ev("students-boycott", "وامتنع الطلاب الفلسطينيون صباحا عن الذهاب إلى المدارس", STRIKE, "'صباحا' on the strike day, Thu 19 Jan 2017"),
])

# ---------------------------------------------------------------- palestine-masafer-yatta-eviction-ruling-2022
S = "palestine-masafer-yatta-eviction-ruling-2022"
RULING = "2022-05-04"                       # the High Court rejected the petitions late on Wed 4 May 2022
REACT = "2022-05-05"                        # reactions of Thu 5 May 2022
DEMOL = "2022-05-11"                        # demolitions in al-Tuwani, al-Markaz and al-Fakheit on Wed 11 May 2022
ZONE = ("1981-01-01", "1982-01-01")         # the area declared firing zone 918 in 1981
art(S, "https://jornews.com/post/1221",
    "2022-05-05", "no date line on the stored page; the body's 'في وقت متأخر أمس الأربعاء' for the ruling of Wed 4 May 2022 (OCHA: 'في يوم 4 أيار/مايو 2022') gives Thu 5 May 2022 (a Reuters report); headline kept from the page; the last, truncated quotation dropped", False, """
الاحتلال يمهّد الطريق لهدم 8 قرى فلسطينية
ردت ما تسمى المحكمة العليا للاحتلال التماسا قدم ضد مسعى الدولة لطرد أكثر من ألف فلسطيني من منطقة ريفية في الضفة الغربية المحتلة كي يجري فيها جيش الاحتلال تدريبات عسكرية منتظمة.
وبعد قرابة 20 عاما من المناورات القانونية غير الحاسمة، أصدرت المحكمة العليا حكمها في وقت متأخر أمس الأربعاء، فمهدت الطريق لهدم ثماني قرى صغيرة في منطقة يطا قرب الخليل.
وقالت المحكمة في قرارها إنها خلصت إلى أن الفلسطينيين، الذين حافظوا على نمط حياة نشأ في المنطقة على مدى أجيال كثيرة ويعتاشون من الزراعة والرعي، لم يكونوا يقيمون في المنطقة إقامة دائمة حين شرع جيش الاحتلال في إعلانها منطقة للتدريب على إطلاق النار في الثمانينات.
ويؤكد سكان مسافر يطا ومنظمات حقوقية إسرائيلية أن عائلات فلسطينية كثيرة كانت تقيم إقامة دائمة في مساحة تبلغ 7400 فدان منذ ما قبل احتلال الضفة الغربية عام 1967، وأن طردها يعد خرقا للقانون الدولي.
وصرح نضال أبو يونس، رئيس مجلس محلي مسافر يطا، لرويترز بأن "المحكمة العليا رفضت الالتماس الذي قدمه أهالي المسافر، وهذا يثبت أن هذه المحكمة جزء من الاحتلال، فالقاضي الذي حكم في القضية لم يحضر إلا جلستين من جلسات المحكمة وهو مستوطن".
""", [
    ev("court-ruling", "أصدرت المحكمة العليا حكمها في وقت متأخر أمس الأربعاء", RULING, "'في وقت متأخر أمس الأربعاء' in an article of Thu 5 May 2022 = late on Wed 4 May"),
    ev("legal-battle", "قرابة 20 عاما من المناورات القانونية غير الحاسمة", "2000-01-01", "'قرابة 20 عاما' before the ruling: the litigation from the first petitions of January 2000 to Wed 4 May 2022 (my span)", end=RULING),
    ev("firing-zone-declared", "حين شرع جيش الاحتلال في إعلانها منطقة للتدريب على إطلاق النار في الثمانينات", ZONE[0], "'في الثمانينات' = the declaration of firing zone 918 in 1981 (the year only; other reports: 'عام 1981')", end=ZONE[1]),
    ev("abu-younis-statement", "وصرح نضال أبو يونس، رئيس مجلس محلي مسافر يطا، لرويترز", RULING, "no own expression; his reaction to the ruling, given to Reuters late on Wed 4 May or on Thu 5 May 2022 (my span)", end="2022-05-06"),
])
art(S, "https://darelhilal.com/News/1280779.aspx",
    "2022-05-05", "no date line on the stored page; the body's 'اليوم الخميس' for the ministry's condemnation of the ruling of Wed 4 May 2022 (jornews: 'في وقت متأخر أمس الأربعاء') gives Thu 5 May 2022; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
الخارجية الفلسطينية تدين قرار المحكمة الإسرائيلية بطرد سكان مسافر يطا
نددت وزارة الخارجية الفلسطينية، اليوم الخميس، بأشد العبارات بقرار المحكمة الإسرائيلية العليا الذي يؤيد طرد قرابة 4 آلاف فلسطيني من منطقة مسافر يطا جنوب الخليل في الضفة الغربية المحتلة.
وقالت الخارجية في بيان إن القرار "خرق فاضح للقانون الدولي ويرقى إلى مستوى جريمة حرب وجريمة ضد الإنسانية يعاقب عليها القانون الدولي"، كما أدانت رد المحكمة للالتماس الذي رفعه أهالي 12 تجمعا سكنيا في "مسافر يطا" ضد قرار الاحتلال إعلانها مناطق "إطلاق نار"، وهو ما يعني هدمها وتهجير نحو 4 آلاف مواطن.
وطالبت الوزارة المحكمة الجنائية الدولية بالشروع فورا في تحقيقاتها في جريمة الاستيطان وفي جرائم الاحتلال ومستوطنيه في الأرض الفلسطينية المحتلة.
وأضافت الوزارة في بيانها أن القرار يمثل "تأكيدا جديدا على أن ما يسمى منظومة القضاء والمحاكم في دولة الاحتلال جزء لا ينفصل عن منظومة الاحتلال نفسه".
وأدانت الوزارة كذلك اعتداءات المستوطنين على الفلسطينيين وممتلكاتهم وأراضيهم، وقالت إنهم "استولوا على عشرات الدونمات من أراضي بلدة الخضر جنوب بيت لحم واعتدوا على أصحابها تمهيدا لإقامة بؤرة استيطانية.. ودمروا مئات أشتال الزيتون والمحاصيل الزراعية في بلدة الخضر جنوب بيت لحم".
""", [
    ev("mfa-condemnation", "نددت وزارة الخارجية الفلسطينية، اليوم الخميس", REACT, "'اليوم الخميس' = Thu 5 May 2022"),
    ev("court-ruling", "بقرار المحكمة الإسرائيلية العليا الذي يؤيد طرد", RULING, "no own expression; the ruling issued late on Wed 4 May 2022"),
    ev("firing-zone-declared", "ضد قرار الاحتلال إعلانها مناطق \"إطلاق نار\"", ZONE[0], "no own expression; the declaration of firing zone 918 in 1981 (the year only)", end=ZONE[1]),
    ev("icc-call", "وطالبت الوزارة المحكمة الجنائية الدولية", REACT, "no own expression; part of the statement of Thu 5 May 2022"),
])
art(S, "https://palinfo.com/news/2022/05/11/255652",
    "2022-05-11", "the date in the page's address (/2022/05/11/; the header 'الإثنين 05/مايو/2025' is the crawl's date, dropped); 11 May 2022 was a Wednesday, the body's 'اليوم الأربعاء'; headline kept from the page (given twice, once kept); the last, truncated sentence dropped", True, """
الاحتلال يهدم 8 مساكن في مسافر يطا ومنزلًا في بيت لحم
أقدم جيش الاحتلال الإسرائيلي، اليوم الأربعاء، على هدم ثمانية مساكن فلسطينية إلى جانب حظائر للأغنام وبركسات زراعية في بلدة "مسافر يطا" في الخليل، جنوبي الضفة الغربية المحتلة.
وأفاد شهود عيان بأن عمليات الهدم طالت قرى "التوانة" و"المركز" و"الفخيت"، في منطقة أجازت محكمة الاحتلال "العليا" هدم منازلها وتهجير سكانها.
وكانت ما تسمى "المحكمة العليا" الإسرائيلية في القدس المحتلة قد ردت، الخميس الماضي، التماسا رفعه أهالي 12 تجمعا سكنيا في قرى مسافر يطا (جنوب الخليل) بالضفة الغربية المحتلة ضد قرار الاحتلال إعلانها مناطق "إطلاق نار"، وهو ما يعني هدمها وتهجير قرابة أربعة آلاف فلسطيني.
وفي السياق ذاته، هدمت آليات الاحتلال -الأربعاء- منزلا في قرية الولجة غربي بيت لحم جنوبي الضفة الغربية المحتلة.
وذكرت مصادر محلية أن قوات الاحتلال داهمت منطقة عين حويزة شمالي القرية وهدمت منزلا مساحته ٩٠ مترا مربعا يملكه المواطن أحمد نضال برغوث.
""", [
    ev("masafer-demolitions", "على هدم ثمانية مساكن فلسطينية", DEMOL, "'اليوم الأربعاء' = Wed 11 May 2022"),
    ev("court-ruling", "قد ردت، الخميس الماضي، التماسا", RULING, "'الخميس الماضي' from Wed 11 May 2022 would be Thu 5 May, the day the ruling became known; the ruling itself was issued late on Wed 4 May 2022 (jornews 'في وقت متأخر أمس الأربعاء', OCHA '4 أيار/مايو 2022')"),
    ev("firing-zone-declared", "ضد قرار الاحتلال إعلانها مناطق \"إطلاق نار\"", ZONE[0], "no own expression; the declaration of firing zone 918 in 1981 (the year only)", end=ZONE[1]),
    ev("walaja-demolition", "هدمت آليات الاحتلال -الأربعاء- منزلا في قرية الولجة", DEMOL, "'-الأربعاء-' = Wed 11 May 2022"),
    ev("ain-hweizeh-raid", "داهمت منطقة عين حويزة شمالي القرية", DEMOL, "no own expression; the raid that preceded the al-Walaja demolition of Wed 11 May 2022"),
])

# ---------------------------------------------------------------- algeria-algiers-diar-el-afia-shacks-riots-2010
S = "algeria-algiers-diar-el-afia-shacks-riots-2010"
RIOT = "2010-11-23"                         # the demolition of the shacks and the riots of Tue 23 Nov 2010
art(S, "https://www.ennaharonline.com/%d8%a7%d8%ad%d8%aa%d8%ac%d8%a7%d8%ac%d8%a7%d8%aa-%d8%a8%d8%b3%d8%a8%d8%a8-%d8%a7%d9%84%d9%82%d8%b5%d8%af%d9%8a%d8%b1-%d8%aa%d8%ae%d9%84%d9%81-%d8%b9%d8%b4%d8%b1%d8%a7%d8%aa/",
    "2010-11-24", "no date on the stored page; the body's 'منذ الساعات الأولى لصباح أمس' and 'طيلة نهار أمس' for the riots of Tue 23 Nov 2010 (El Bilad of Thu 25: 'أول أمس الثلاثاء'; Le Midi of Thu 25 Nov 2010: 'avant-hier'; paperblog of 24 Nov 2010: 'mardi'; Horizons: five shacks demolished, a policeman lost an eye) give Wed 24 Nov 2010; the 'إعلانات' tag dropped; headline and sub-heading kept from the page (the sub-heading's stretching tatweel removed); the last, truncated sentence shortened", False, """
احتجاجات بسبب ''القصدير'' تخلف عشرات الجرحى بديار العافية
محتجون يفقؤون عين شرطي ويكسرون رجل آخر بالقبة
عرف حي ديار العافية بالقبة منذ الساعات الأولى لصباح أمس مواجهات عنيفة بين قوات الأمن وسكان الحي، بسبب هدم 5 بيوت قصديرية شيدت حديثا، أسفرت عن عشرات الجرحى والمصابين بين السكان، وعن إصابة 3 من رجال الأمن بجروح خطيرة، إذ فقأ المحتجون عين شرطي وأصابوا آخر بكسور بالغة، فنقلا على إثرها إلى المستشفى.
واستمرت المواجهات الدامية بين رجال الأمن والمحتجين طيلة نهار أمس، من غير أن تتمكن قوات مكافحة الشغب من تفريقهم، وتعود أحداث الشغب بحسب سكان حي ديار العافية بالقبة إلى إقدام المصالح المعنية على هدم خمسة بيوت فوضوية أقيمت في المنطقة منذ ثلاثة أشهر، وهو قرار واجهه سكان الحي في البداية بطريقة سلمية، برفضهم مغادرة منازلهم، في غياب البديل ووسط أزمة السكن التي يعانونها في العمارات المجاورة للحي.
وعلى إثر ذلك، اعتقل رجال الشرطة خمسة شبان من المنطقة، فتدخل عقلاء الحي مطالبين بإطلاق سراحهم.
""", [
    ev("riots", "مواجهات عنيفة بين قوات الأمن وسكان الحي", RIOT, "'منذ الساعات الأولى لصباح أمس' in an article of Wed 24 Nov 2010 = Tue 23 Nov"),
    ev("shacks-demolition", "بسبب هدم 5 بيوت قصديرية شيدت حديثا", RIOT, "no own expression; the demolition of Tue 23 Nov 2010"),
    ev("policeman-eye-lost", "إذ فقأ المحتجون عين شرطي", RIOT, "no own expression; during the riots of Tue 23 Nov 2010"),
    ev("riots-all-day", "واستمرت المواجهات الدامية بين رجال الأمن والمحتجين طيلة نهار أمس", RIOT, "'طيلة نهار أمس' = the whole of Tue 23 Nov 2010"),
    ev("arrests", "اعتقل رجال الشرطة خمسة شبان من المنطقة", RIOT, "no own expression; arrests made during the events of Tue 23 Nov 2010"),
])
art(S, "https://djazairess.com/elbilad/24871",
    "2010-11-25", "no date on the stored page (El Bilad via djazairess); the body's 'أول أمس الثلاثاء' for the riots of Tue 23 Nov 2010 (23 Nov 2010 was a Tuesday; Ennahar of Wed 24: 'منذ الساعات الأولى لصباح أمس') gives Thu 25 Nov 2010; headline written from the body (the stored text has none); the last, truncated sentence shortened", False, """
23 شرطيا مصابا في مواجهات ديار العافية بالقبة
أعلنت خلية الاتصال بأمن ولاية الجزائر حصيلة المواجهات العنيفة التي دارت أول أمس الثلاثاء بين شبان حي ديار العافية بأعالي القبة وعناصر الأمن، والتي خلفت 23 مصابا من عناصر مكافحة الشغب وأفراد الشرطة القضائية، بينهم اثنان في حالة خطيرة نقلا فورا من موقع المواجهة إلى مستشفى ليغليسين بالعاصمة.
وأوضحت الخلية، في اتصال مع ''البلاد''، أن مصالح الأمن تدخلت تنفيذا لتسخيرة تقضي بتهديم بيوت قصديرية في حي ديار العافية التابع لبلدية القبة، وأن عناصرها رشقوا بالحجارة خلال أداء المهمة وأغلق شبان الحي الطريق بالمتاريس.
وأضاف المصدر نفسه أن مصالح الأمن أوقفت عشرة شبان ممن تسببوا في إحداث الفوضى وارتكاب أعمال العنف التي ألحقت أضرارا مادية بممتلكات الدولة والمواطنين على السواء، لافتا إلى أن بين الموقوفين أربعة قصر ينتظر أن يمثلوا أمام قاضي التحقيق لدى محكمة حسين داي اليوم.
وساد حي ديار العافية بأعالي القبة، أمس، هدوء نسبي في انتظار ما ستنتهي إليه جلسة محاكمة الشبان الموقوفين اليوم أو غدا.
ووقفت ''البلاد'' أمس على معاناة العائلات التي هدمت القوة العمومية بيوتها الفوضوية.
""", [
    ev("riots", "المواجهات العنيفة التي دارت أول أمس الثلاثاء", RIOT, "'أول أمس الثلاثاء' in an article of Thu 25 Nov 2010 = Tue 23 Nov"),
    ev("shacks-demolition", "تنفيذا لتسخيرة تقضي بتهديم بيوت قصديرية", RIOT, "no own expression; the demolition of Tue 23 Nov 2010"),
    ev("arrests", "أوقفت عشرة شبان", RIOT, "no own expression; the arrests made during the riots of Tue 23 Nov 2010"),
    ev("court-appearance", "أن يمثلوا أمام قاضي التحقيق لدى محكمة حسين داي اليوم", "2010-11-25", "'اليوم' in an article of Thu 25 Nov 2010 (planned)"),
    ev("relative-calm", "وساد حي ديار العافية بأعالي القبة، أمس، هدوء نسبي", "2010-11-24", "'أمس' from Thu 25 Nov 2010 = Wed 24 Nov"),
    ev("bilad-visit", "ووقفت ''البلاد'' أمس على معاناة العائلات", "2010-11-24", "'أمس' from Thu 25 Nov 2010 = Wed 24 Nov"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 539
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

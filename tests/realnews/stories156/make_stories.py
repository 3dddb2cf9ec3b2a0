"""Builds stories.jsonl: the hundred-and-fifty-sixth evaluation set of real Arabic news stories (several
articles per story, from different outlets, published on different days), bodies re-worded sentence by
sentence, every date/time expression kept verbatim, gold events keyed across each story (same format
and checks as tests/realnews/stories120/make_stories.py). Domain: railways, metro, trams and airports in
the Arab world (the reopening of Aleppo airport, the inauguration of the Haramain high-speed railway, the
first Doha Metro line, the Oran tramway). None of these stories is in the dev set or the other
tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-aleppo-airport-reopening-2020
S = "syria-aleppo-airport-reopening-2020"
CAIRO = ("2020-03-01", "2020-03-11")  # 'مطلع شهر مارس' read as 1-10 March 2020
art(S, "https://central-media.net/35034/599/بعد-انقطاع-لأكثر-من-8-سنوات-بسبب-الإرهاب...-مطار-حلب-الدولي-يستقبل-أول-رحلة-مدنية",
    "2020-02-19", "no stamp in the stored page: fixed by the body's own 'بتاريخ اليوم الأربعاء 19-2-2020' (19 Feb 2020 was a Wednesday, the day the first Damascus flight landed in Aleppo); headline from the stored title; the minister's long quote turned into reported speech", True, """
بعد انقطاع تجاوز 8 سنوات بسبب الإرهاب.. مطار حلب الدولي يستقبل أول رحلة مدنية
وصلت إلى مطار حلب الدولي صباح اليوم أول رحلة جوية قادمة من مدينة دمشق، بحضور وفود سياسية وشعبية، وذلك بعد فتح المطار أمام حركة الطيران إثر توقفه عن الخدمة لأكثر من ثماني سنوات، حرصاً على سلامة المسافرين من القذائف التي كانت تطلقها المجموعات الإرهابية المنتشرة في محيط المدينة.
وصرّح وزير النقل السوري علي حمود للصحفيين من على متن الطائرة لدى وصولها إلى حلب بأن عودة المطار إلى التشغيل، وعودة إقلاع الرحلات الداخلية ثم الخارجية، انتصار كبير تحقق بفضل تضحيات الجيش وصمود الشعب السوري الملتف حوله.
وكانت وزارة النقل قد أعلنت منذ يومين إعادة تشغيل مطار حلب الدولي وجاهزيته لاستقبال الرحلات الجوية، على أن تكون أولاها رحلة قادمة من دمشق بتاريخ اليوم الأربعاء 19-2-2020، وأنه ستتم برمجة رحلات أخرى من مطار حلب الدولي إلى القاهرة ودمشق خلال الأيام القليلة القادمة.
""", [
    ev("first-flight", "وصلت إلى مطار حلب الدولي صباح اليوم أول رحلة جوية", "2020-02-19", "'صباح اليوم' = the morning of Wed 19 Feb 2020 (the body's 'اليوم الأربعاء 19-2-2020')"),
    ev("minister-statement", "وصرّح وزير النقل السوري علي حمود للصحفيين من على متن الطائرة", "2020-02-19", "no own expression; said on the plane on its arrival, Wed 19 Feb 2020"),
    ev("reopening-announced", "قد أعلنت منذ يومين إعادة تشغيل مطار حلب الدولي", "2020-02-17", "'منذ يومين' before Wed 19 Feb = Mon 17 Feb 2020 (another article: 'الاثنين الماضي')"),
])
art(S, "http://v2new.bokra.net/Article-1430434",
    "2020-02-19", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الأربعاء' for the first passenger plane, with 'الاثنين الماضي' for the minister's announcement (the first Damascus-Aleppo flight landed on Wed 19 Feb 2020; the embedded RT tweet is dated February 19, 2020); tweet, source line and copyright notice dropped; headline taken from the tweet's text; no date of its own in the text", False, """
مطار حلب يستقبل أول رحلة ركاب منذ 8 سنوات
حطّت اليوم الأربعاء في مطار حلب الدولي أول طائرة ركاب آتية من العاصمة السورية دمشق، بعد انقطاع استمر نحو 8 سنوات.
وكان وزير النقل السوري علي حمود قد أعلن الاثنين الماضي استئناف العمل في مطار حلب الدولي، موضحاً أن أول رحلة جوية ستقلع الأربعاء من دمشق باتجاه حلب.
ويأتي الإعلان عن عودة العمل في مطار حلب بعد أن أكد الجيش السوري استعادة سيطرته على عشرات القرى والبلدات في ريف حلب الغربي والشمالي الغربي، مشدداً على أنه ماضٍ في تقدمه الميداني.
""", [
    ev("first-flight", "حطّت اليوم الأربعاء في مطار حلب الدولي أول طائرة ركاب", "2020-02-19", "'اليوم الأربعاء' = Wed 19 Feb 2020"),
    ev("reopening-announced", "قد أعلن الاثنين الماضي استئناف العمل في مطار حلب الدولي", "2020-02-17", "'الاثنين الماضي' before Wed 19 Feb = Mon 17 Feb 2020"),
])
art(S, "https://www.pakistanpoint.com/ar/news/syria/story-842256.html",
    "2020-02-20", "date line '(پاکستان پوائنٹ نیوز / سبوتنيك - 20 فبراير 2020ء)' (kept, shortened, as first line); 20 Feb 2020 was a Thursday; body 'الذي افتتح يوم أمس' agrees (the airport reopened on Wed 19 Feb)", True, """
(سبوتنيك - 20 فبراير 2020)
وزير النقل السوري يكشف خطة لتسيير رحلات من مطار حلب الدولي إلى القاهرة في مطلع شهر مارس
أعلن وزير النقل السوري علي حمود عن خطة لتسيير رحلات جوية إلى القاهرة من مطار حلب الدولي، الذي افتتح يوم أمس، وذلك في بداية الشهر المقبل.
وأوضح الوزير في حديث لوكالة سبوتنيك أن حركة الرحلات ستبدأ "من القاهرة في مطلع الشهر الثالث [اذار]"، بالنظر إلى وجود جالية كبيرة في القاهرة، على أن يتوسع التشغيل لاحقاً إلى دول عديدة قال إنهم ليسوا حالياً بصدد ذكرها.
""", [
    ev("first-flight", "الذي افتتح يوم أمس", "2020-02-19", "'يوم أمس' before Thu 20 Feb = Wed 19 Feb 2020"),
    ev("cairo-flights-plan", "في مطلع الشهر الثالث [اذار]", CAIRO[0], "'في مطلع الشهر الثالث' = early March 2020 (planned; my span 1-10 March)", end=CAIRO[1]),
    ev("sputnik-interview", "وأوضح الوزير في حديث لوكالة سبوتنيك", "2020-02-20", "no own expression; the Sputnik interview carried on Thu 20 Feb 2020 (another article: 'اليوم الخميس')"),
])
art(S, "http://assaad-alard.com/detailes.php?id=19087",
    "2020-02-20", "page stamp '2020-02-20 -- 08:00 ص' (removed, with the 'عاجل' ticker and the comments notice); 20 Feb 2020 was a Thursday; body 'اليوم الخميس' and 'الذي افتتح يوم أمس' agree", False, """
مطلع الشهر القادم.. أولى رحلات مطار حلب الدولي إلى القاهرة
كشف وزير النقل علي حمود عن خطة لتسيير رحلات جوية من مطار حلب الدولي، الذي افتتح يوم أمس، إلى القاهرة في مطلع شهر مارس/ آذار المقبل.
وأوضح الوزير في حديث لوكالة "سبوتنيك"، اليوم الخميس، أن حركة الطيران ستنطلق "من القاهرة في مطلع شهر مارس/ آذار، نظرا لوجود جالية كبيرة في القاهرة"، مضيفاً أن التشغيل سيشمل بعد ذلك دولاً عديدة لم يشأ تسميتها في الوقت الحالي.
وكان حمود قد أعلن، الاثنين الماضي، إعادة تشغيل مطار حلب الدولي بعد تسع سنوات على توقفه، مبيناً أن المطار سيباشر عمله وأن أولى رحلاته ستكون من مطار دمشق إلى حلب، مع برمجة رحلات إلى القاهرة ودمشق.
وكان الجيش السوري قد استعاد كامل مدينة حلب في نهاية عام 2016، ثم أطلق في السادس من شهر مايو/ أيار الماضي عملية عسكرية في ريف حلب الشمالي الغربي وريف حماة الشمالي ومحافظة إدلب، سيطر خلالها على عدد من البلدات والقرى.
""", [
    ev("first-flight", "الذي افتتح يوم أمس", "2020-02-19", "'يوم أمس' before Thu 20 Feb = Wed 19 Feb 2020"),
    ev("cairo-flights-plan", "في مطلع شهر مارس/ آذار المقبل", CAIRO[0], "'في مطلع شهر مارس/ آذار المقبل' = early March 2020 (planned; my span 1-10 March)", end=CAIRO[1]),
    ev("sputnik-interview", "في حديث لوكالة \"سبوتنيك\"، اليوم الخميس", "2020-02-20", "'اليوم الخميس' = Thu 20 Feb 2020"),
    ev("reopening-announced", "قد أعلن، الاثنين الماضي، إعادة تشغيل مطار حلب الدولي", "2020-02-17", "'الاثنين الماضي' before Thu 20 Feb = Mon 17 Feb 2020"),
    ev("aleppo-retaken", "استعاد كامل مدينة حلب في نهاية عام 2016", "2016-12-01", "'في نهاية عام 2016' = December 2016 (the last rebel pocket left on 22 Dec 2016)", end="2017-01-01"),
    ev("idlib-offensive", "ثم أطلق في السادس من شهر مايو/ أيار الماضي عملية عسكرية", "2019-05-06", "'في السادس من شهر مايو/ أيار الماضي' from Feb 2020 = Mon 6 May 2019"),
])

# ---------------------------------------------------------------- saudi-haramain-train-inauguration-2018
S = "saudi-haramain-train-inauguration-2018"
art(S, "https://sarabic.ae/amp/20180925/%D8%A7%D9%84%D9%85%D9%84%D9%83-%D8%B3%D9%84%D9%85%D8%A7%D9%86-%D9%8A%D8%AF%D8%B4%D9%86-%D9%82%D8%B7%D8%A7%D8%B1-%D8%A7%D9%84%D8%AD%D8%B1%D9%85%D9%8A%D9%86-%D8%A7%D9%84%D8%B3%D8%B1%D9%8A%D8%B9-1035569565.html",
    "2018-09-25", "date in the URL '/20180925/' and the body's own 'اليوم الثلاثاء 25 سبتمبر/أيلول' (25 Sep 2018 was a Tuesday); the '(فيديو)' tag and the 'Sputnik' byline dropped; the truncated list of stations cut to its complete clause", True, """
الملك سلمان يدشن "قطار الحرمين" السريع
دشّن العاهل السعودي الملك سلمان بن عبد العزيز، اليوم الثلاثاء 25 سبتمبر/أيلول، قطار الحرمين السريع الذي يمتد بطول 450 كلم وتصل سرعته إلى 300 كلم في الساعة.
وبحسب وكالة الأنباء السعودية "واس"، افتتح خادم الحرمين الشريفين محطة قطار الحرمين في جدة، تمهيداً لانطلاق المشروع في نقل الحجاج والمعتمرين، بحضور عدد من الأمراء والوزراء وضيوف وزارة النقل.
ويُعد قطار الحرمين السريع من أضخم مشاريع النقل في الشرق الأوسط، ومن العناصر المهمة في برنامج توسعة شبكة الخطوط الحديدية في المملكة ضمن رؤية المملكة 2030، إذ يصل بين مكة المكرمة والمدينة المنورة مروراً بجدة ومدينة الملك عبدالله الاقتصادية بخط حديدي طوله 450 كلم وسرعة تشغيلية تبلغ 300 كلم في الساعة، ما يقلّص زمن التنقل بين المدينتين المقدستين إلى قرابة الساعتين.
""", [
    ev("inauguration", "دشّن العاهل السعودي الملك سلمان بن عبد العزيز، اليوم الثلاثاء 25 سبتمبر/أيلول", "2018-09-25", "'اليوم الثلاثاء 25 سبتمبر/أيلول' = Tue 25 Sep 2018"),
    ev("jeddah-station-opened", "افتتح خادم الحرمين الشريفين محطة قطار الحرمين في جدة", "2018-09-25", "no own expression; the station was opened at the ceremony of Tue 25 Sep 2018"),
])
art(S, "https://m2.youm7.com/story/2018/9/25/السعودية-تطلق-اليوم-قطار-الحرمين-السريع-فى-أولى-رحلاته-بين/3964226",
    "2018-09-25", "date in the URL '/story/2018/9/25/' (a Tuesday); body 'اليوم الثلاثاء' agrees; headline rendered from the (truncated) URL slug; the truncated last sentence ('أما عن التص...') dropped; no date of its own in the text", False, """
السعودية تطلق اليوم قطار الحرمين السريع في أولى رحلاته
برعاية خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، ينطلق اليوم الثلاثاء قطار الحرمين السريع بسرعة تفوق ثلاثمائة كيلومتر في الساعة، في أولى رحلاته على خط سككي مزدوج طوله 450 كلم يربط خمس محطات في مكة المكرمة وجدة ومطار الملك عبد العزيز الدولي ومدينة الملك عبد الله الاقتصادية والمدينة المنورة.
ويولي الملك سلمان، كعهده دائما، اهتماماً كبيراً بالمشروعات الوطنية الهادفة إلى تقديم أفضل الخدمات للحجاج والمعتمرين.
وفي هذا الإطار، أوضح وزير النقل السعودي الدكتور نبيل بن محمد العامودي أن المشروع ترجمة حية لجهود المملكة ودورها الإسلامي في خدمة الحرمين الشريفين وزوارهما، ولحرصها الراسخ على خدمة ضيوف الرحمن.
ويُعد قطار الحرمين أول قطار كهربائي سريع في المنطقة، وتبلغ طاقته الاستيعابية نحو 60 مليون مسافر سنويا عبر أسطول من 35 قطاراً، يتسع كل منها لـ417 راكباً.
""", [
    ev("inauguration", "ينطلق اليوم الثلاثاء قطار الحرمين السريع", "2018-09-25", "'اليوم الثلاثاء' = Tue 25 Sep 2018"),
    ev("king-first-trip", "في أولى رحلاته على خط سككي مزدوج", "2018-09-25", "no own expression; the inaugural run (the king's Jeddah-Medina trip) of Tue 25 Sep 2018"),
])
art(S, "http://misknw.com/%D8%AE%D8%A7%D8%AF%D9%85-%D8%A7%D9%84%D8%AD%D8%B1%D9%85%D9%8A%D9%86-%D8%A7%D9%84%D8%B4%D8%B1%D9%8A%D9%81%D9%8A%D9%86-%D9%8A%D8%AF%D8%B4%D9%86-%D9%82%D8%B7%D8%A7%D8%B1-%D8%A7%D9%84%D8%AD%D8%B1%D9%85/",
    "2018-09-25", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الثلاثاء' for the inauguration in Jeddah (held on Tue 25 Sep 2018); the minister's long quotes turned into reported speech; the truncated last quote dropped; no date of its own in the text", False, """
خادم الحرمين الشريفين يدشن قطار الحرمين
دشّن خادم الحرمين الشريفين الملك سلمان بن عبد العزيز آل سعود في جدة اليوم الثلاثاء قطار الحرمين السريع، خلال رعايته الحفل الذي أقيم بهذه المناسبة، حيث شاهد مع الحضور فيلماً وثائقياً عن المشروع.
وفي كلمة ألقاها، قال وزير النقل الدكتور نبيل العامودي إن الله شرّف المملكة بخدمة ضيوف الرحمن منذ أن أنعم عليها بالوحدة على يد مؤسسها الملك عبدالعزيز، وإن النهج ذاته مستمر في عهد خادم الحرمين الذي رسم خطط عمل شاملة حفزت الجميع على مسابقة الزمن لراحة الحجاج والمعتمرين.
وأضاف أن تدشين المشروع بالتزامن مع مناسبة اليوم الوطني الثامن والثمانين لتوحيد المملكة تأكيد على التزامها بخدمة الإسلام والمسلمين، معلناً جاهزية انطلاق قطار الحرمين السريع وتشغيله.
""", [
    ev("inauguration", "دشّن خادم الحرمين الشريفين الملك سلمان بن عبد العزيز آل سعود في جدة اليوم الثلاثاء", "2018-09-25", "'اليوم الثلاثاء' = Tue 25 Sep 2018"),
    ev("documentary-shown", "حيث شاهد مع الحضور فيلماً وثائقياً", "2018-09-25", "no own expression; at the ceremony of Tue 25 Sep 2018"),
    ev("national-day", "مناسبة اليوم الوطني الثامن والثمانين", "2018-09-23", "no own date; the 88th Saudi National Day = Sun 23 Sep 2018"),
])
art(S, "https://sauress.com/almadina/1590725",
    "2018-09-26", "no stamp in the stored page (sauress mirror of the print daily Al-Madina): fixed by the body's 'أمس' for the inauguration in Jeddah and the king's trip to Medina (Tue 25 Sep 2018), so the paper of Wed 26 Sep 2018; the list of officials shortened; the truncated last sentence ('ثم عزف السلام الم...') dropped; no date of its own in the text", False, """
استقل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود أمس قطار الحرمين السريع متوجهاً إلى منطقة المدينة المنورة، وكان في وداعه الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة، والأمير مشعل بن ماجد محافظ جدة، والأمير عبدالله بن بندر نائب أمير منطقة مكة المكرمة، وعدد من المسؤولين.
وأعلن خادم الحرمين امس بدء رحلات قطار الحرمين السريع قائلاً: «توكلنا على الله، ونسأل الله التوفيق، والحمد لله بلادنا في نمو وازدهار في كل المجالات».
وكان خادم الحرمين قد دشّن في جدة أمس قطار الحرمين السريع، خلال رعايته الحفل المقام بهذه المناسبة.
ولدى وصول الملك إلى محطة ركاب قطار الحرمين السريع، كان في استقباله أمير منطقة مكة المكرمة ومحافظ جدة ونائب أمير المنطقة ووزير النقل الدكتور نبيل بن محمد العامودي.
""", [
    ev("king-first-trip", "استقل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود أمس قطار الحرمين السريع", "2018-09-25", "'أمس' before Wed 26 Sep = Tue 25 Sep 2018"),
    ev("service-start-announced", "وأعلن خادم الحرمين امس بدء رحلات قطار الحرمين السريع", "2018-09-25", "'امس' before Wed 26 Sep = Tue 25 Sep 2018"),
    ev("inauguration", "قد دشّن في جدة أمس قطار الحرمين السريع", "2018-09-25", "'أمس' = Tue 25 Sep 2018"),
])
art(S, "https://dotmsr.com/news/330/1252995/ماذا-قال-الملك-سلمان-لسائق-قطار-الحرمين-السريع",
    "2018-09-26", "no stamp or URL date in the stored page: fixed by the body's 'أمس الثلاثاء' for the inauguration of Tue 25 Sep 2018 (so Wed 26 Sep 2018); the truncated end of the captain's words dropped; no date of its own in the text", False, """
ماذا قال الملك سلمان لسائق قطار الحرمين السريع؟
افتتح العاهل السعودي الملك سلمان بن عبد العزيز في جدة، أمس الثلاثاء، مشروع قطار الحرمين السريع الذي سينقل 60 مليون راكب سنويا.
ويُعد قطار الحرمين أول قطار كهربائي سريع في المنطقة، ويمتد مساره 450 كلم بخط مزدوج يربط خمس محطات في مكة المكرمة وجدة ومطار الملك عبد العزيز الدولي ومدينة الملك عبد الله الاقتصادية برابغ والمدينة المنورة، فيما تبلغ سرعته التشغيلية 300 كلم في الساعة.
ووقع الاختيار على الكابتن عبدالله عبد المعين الأحمدي ليقود رحلة الملك سلمان الافتتاحية بين جدة والمدينة المنورة.
وفي ختام الرحلة، حرص الأحمدي على التقاط صورة تذكارية مع الملك، الذي قال له إنه وأمثاله من الشباب السعودي المدرّب في شتى المجالات فخر هذه البلاد وعزها.
وذكر الأحمدي لقناة العربية أنه توّج تدريبه لخمس سنوات متواصلة بين السعودية وإسبانيا بقيادة الرحلة التي أقلت خادم الحرمين الشريفين نحو المدينة المنورة.
""", [
    ev("inauguration", "افتتح العاهل السعودي الملك سلمان بن عبد العزيز في جدة، أمس الثلاثاء", "2018-09-25", "'أمس الثلاثاء' = Tue 25 Sep 2018"),
    ev("king-first-trip", "ليقود رحلة الملك سلمان الافتتاحية بين جدة والمدينة المنورة", "2018-09-25", "no own expression; the king's inaugural trip of Tue 25 Sep 2018"),
    ev("captain-photo", "حرص الأحمدي على التقاط صورة تذكارية مع الملك", "2018-09-25", "no own expression; 'في ختام الرحلة' of Tue 25 Sep 2018"),
])

# ---------------------------------------------------------------- qatar-doha-metro-opening-2019
S = "qatar-doha-metro-opening-2019"
WC = ("2022-11-20", "2022-12-19")  # the 2022 World Cup in Qatar
art(S, "https://alaraby.co.uk/%D8%AA%D8%B4%D8%BA%D9%8A%D9%84-%D9%85%D8%A8%D8%AF%D8%A6%D9%8A-%D9%84%D9%80%22%D9%85%D8%AA%D8%B1%D9%88-%D8%A7%D9%84%D8%AF%D9%88%D8%AD%D8%A9%22-%D8%BA%D8%AF%D8%A7%D9%8B-%D8%A7%D9%84%D8%A3%D8%B1%D8%A8%D8%B9%D8%A7%D8%A1",
    "2019-05-07", "no stamp or URL date in the stored page: fixed by the body's 'ابتداء من غد الأربعاء' for the opening of the Red Line South, which carried its first passengers on Wed 8 May 2019 (so published Tue 7 May 2019); headline rendered from the URL slug; the list of stations shortened; the truncated last sentence dropped; no date of its own in the text", False, """
تشغيل مبدئي لـ"مترو الدوحة" غداً الأربعاء
أعلنت وزارة المواصلات والاتصالات القطرية أن التشغيل المبدئي لجنوب الخط الأحمر من مترو الدوحة أمام الجمهور، الممتد من محطة القصار إلى محطة الوكرة، سينطلق ابتداء من غد الأربعاء.
ويشمل التشغيل المبدئي 13 محطة من أصل 18 في الخط الأحمر، منها القصار ومركز المعارض والكورنيش والبدع ومشيرب والمطار القديم والوكرة، فيما حُددت أوقات التشغيل من يوم الأحد حتى يوم الخميس، من الساعة الثامنة صباحاً وحتى الحادية عشرة مساءً.
وتُنفذ شبكة المترو على مرحلتين، تشمل الأولى إنشاء ثلاثة خطوط من أصل أربعة هي الأحمر والذهبي والأخضر و37 محطة، ويُتوقع أن يبدأ تشغيل هذه الخطوط الثلاثة في عام 2020، بينما تتضمن المراحل المستقبلية التمهيد لخط إضافي (الأزرق) وتوسيع الخطوط القائمة بأكثر من 60 محطة إضافية، على أن تكتمل المرحلة التوسعية الأولى بحلول عام 2026.
""", [
    ev("opening", "سينطلق ابتداء من غد الأربعاء", "2019-05-08", "'غد الأربعاء' after Tue 7 May = Wed 8 May 2019"),
    ev("three-lines-2020", "أن يبدأ تشغيل هذه الخطوط الثلاثة في عام 2020", "2020-01-01", "'في عام 2020' = the year 2020 (expected)", end="2021-01-01"),
])
art(S, "https://arabi21.co/storyamp/1179444/%D9%82%D8%B7%D8%B1-%D8%AA%D9%81%D8%AA%D8%AA%D8%AD-%D9%85%D8%AA%D8%B1%D9%88-%D8%A7%D9%84%D8%AF%D9%88%D8%AD%D8%A9-%D9%88%D8%AA%D8%AC%D9%87%D8%B2%D9%87-%D9%84%D9%85%D9%88%D9%86%D8%AF%D9%8A%D8%A7%D9%84-2022-%D8%B4%D8%A7%D9%87%D8%AF",
    "2019-05-08", "no stamp or URL date in the stored page: fixed by the body's 'الأربعاء' with 'صباح اليوم' for the first trips (the Doha Metro opened on Wed 8 May 2019); headline rendered from the URL slug; the quoted tweets dropped; no date of its own in the text", False, """
قطر تفتتح مترو الدوحة وتجهزه لمونديال 2022
انطلقت في العاصمة القطرية، الأربعاء، أولى رحلات "مترو الدوحة"، في إطار استعدادات الدولة الخليجية لاستضافة مونديال 2022 لكرة القدم.
وتحركت الرحلة الأولى للمترو صباح اليوم على "الخط الأحمر"، وسط إقبال من المواطنين والمقيمين الذين حرصوا على أن يشهدوا هذا الحدث لأول مرة في الدوحة.
ويتكون مترو الدوحة من 3 خطوط هي الأحمر والذهبي والأخضر، وتتفاوت نسب تقدم الأعمال التنفيذية فيها من محطة إلى أخرى.
ويُعد هذا التشغيل "مبدئياً" لجنوب "الخط الأحمر" الممتد من محطة القصار إلى محطة الوكرة، ويشمل 13 محطة من أصل 18.
وشهدت وسائل التواصل الاجتماعي في قطر تفاعلاً واسعاً، إذ وثّق ركاب المترو لحظات تجربتهم الأولى ونقلوا انطباعاتهم، مؤكدين أنهم تنقلوا بين مناطق مختلفة من الدوحة في وقت قياسي لا يمكن بلوغه بالسيارات.
""", [
    ev("opening", "انطلقت في العاصمة القطرية، الأربعاء، أولى رحلات", "2019-05-08", "'الأربعاء' = Wed 8 May 2019 ('صباح اليوم' in the next sentence)"),
    ev("world-cup-2022", "لاستضافة مونديال 2022 لكرة القدم", WC[0], "'2022' = the World Cup of 20 Nov - 18 Dec 2022", end=WC[1]),
    ev("social-media-reaction", "وشهدت وسائل التواصل الاجتماعي في قطر تفاعلاً واسعاً", "2019-05-08", "no own expression; the reactions on the opening day, Wed 8 May 2019"),
])
art(S, "https://www.al-slam.com/2019/05/ocq.html",
    "2019-05-09", "the URL gives the month '/2019/05/'; the day is fixed by the body's 'صباح أمس الأربعاء' for the first trips of Wed 8 May 2019 (so Thu 9 May 2019); no headline in the stored text; the truncated last sentence (card prices) dropped; no date of its own in the text", False, """
افتتحت السلطات القطرية أمام الركاب أول خط لمترو الأنفاق في البلاد في العاصمة الدوحة، قبل نحو 3 سنوات ونصف سنة من استضافة البلاد لبطولة كأس العالم لكرة القدم في 2022.
وأعلنت وزارة المواصلات والاتصالات القطرية انطلاق التشغيل المبدئي لجنوب "الخط الأحمر" من مترو الدوحة أمام الركاب، الممتد من محطة "القصار" إلى محطة "الوكرة"، وذلك في إطار استعدادات الدولة الخليجية لمونديال 2022.
ووفق صحيفة "العرب" القطرية، فقد انطلقت أولى رحلات مترو الدوحة في الساعة الثامنة من صباح أمس الأربعاء بالتوقيت المحلي، وسط إقبال كبير من المواطنين والمقيمين على استخدامه.
وتتألف شبكة مترو الدوحة من الخط الأحمر والخط الأخضر والخط الذهبي، وتضم 37 محطة يُفترض أن ينتهي العمل بها في 2020.
ويشمل التشغيل المبدئي 13 محطة من أصل 18 في "الخط الأحمر"، ويعمل خلال أيام الأسبوع من الأحد حتى الخميس من الساعة الثامنة صباحا وحتى الـ 11 مساء.
""", [
    ev("opening", "فقد انطلقت أولى رحلات مترو الدوحة في الساعة الثامنة من صباح أمس الأربعاء", "2019-05-08", "'صباح أمس الأربعاء' = the morning of Wed 8 May 2019"),
    ev("world-cup-2022", "قبل نحو 3 سنوات ونصف سنة من استضافة البلاد لبطولة كأس العالم", WC[0], "'قبل نحو 3 سنوات ونصف سنة' / 'في 2022' = the World Cup of 20 Nov - 18 Dec 2022", end=WC[1]),
    ev("three-lines-2020", "يُفترض أن ينتهي العمل بها في 2020", "2020-01-01", "'في 2020' = the year 2020 (expected)", end="2021-01-01"),
])

# ---------------------------------------------------------------- algeria-oran-tram-inauguration-2013
S = "algeria-oran-tram-inauguration-2013"
art(S, "https://djazairess.com/aps/299610",
    "2013-04-29", "no stamp in the stored page (djazairess mirror of APS): fixed by the body's 'اليوم الاثنين' for Setram's announcement, before the inauguration 'يوم الاربعاء' and the commercial start 'يوم الخميس' (the Oran tramway was inaugurated on Wed 1 May 2013), so Mon 29 Apr 2013; the truncated last sentence dropped; no date of its own in the text", False, """
أعلنت شركة "سيترام" المكلفة باستغلال ترامواي وهران اليوم الاثنين أن التشغيل التجاري للترامواي سيبدأ على الساعة الخامسة من صباح يوم الخميس، بعد أن يدشنه وزير النقل يوم الاربعاء.
وسيربط ترامواي وهران، الممتد على طول 18،7 كم، عدة أحياء في المدينة عبر 32 محطة أنشئت على مساره.
وسيتمكن الركاب من التنقل "بسهولة" بين سيدي معروف وحي الصباح وجامعة العلوم والتكنولوجيا ومفترق العيادات الثلاث وقصر العدالة والدار البيضاء وحي البلاطو-سان ميشال ووسط وهران (ساحة أول نوفمبر) والمدينة الجديدة وبولانجي والسانية.
وستتاح للركاب صيغتان لشراء التذاكر: تذكرة لسفرة واحدة بمبلغ 40 دج صالحة على كامل الخط، موجهة أساسا لمن يستعملونه بصفة غير منتظمة، ودفتر من 10 تذاكر بسعر 320 دج يمنح مستعمليه تخفيضا بنسبة 20 في المئة، فينخفض سعر التذكرة إلى 32 دج.
وسيتم ابتداء من شهر اكتوبر 2013 اعتماد صيغ اشتراكات تمنح الركاب مزايا أهم.
""", [
    ev("setram-announcement", "أعلنت شركة \"سيترام\" المكلفة باستغلال ترامواي وهران اليوم الاثنين", "2013-04-29", "'اليوم الاثنين' = Mon 29 Apr 2013"),
    ev("commercial-start", "سيبدأ على الساعة الخامسة من صباح يوم الخميس", "2013-05-02", "'صباح يوم الخميس' after Mon 29 Apr = Thu 2 May 2013"),
    ev("inauguration", "بعد أن يدشنه وزير النقل يوم الاربعاء", "2013-05-01", "'يوم الاربعاء' = Wed 1 May 2013"),
    ev("subscriptions", "ابتداء من شهر اكتوبر 2013", "2013-10-01", "'ابتداء من شهر اكتوبر 2013' = October 2013 (planned start)", end="2013-11-01"),
])
art(S, "https://www.masress.com/elwatan/174301",
    "2013-05-01", "no stamp in the stored page (masress mirror of an AFP item): fixed by the body's 'دُشن اليوم' for the inauguration of Wed 1 May 2013, with the commercial start 'الخميس' still ahead; the source's slip 'للىشركة' corrected in the re-wording; no date of its own in the text", False, """
دُشّن اليوم الجزء الأول من ترامواي وهران، ثانية كبرى مدن الجزائر في الغرب، بمساهمة من شركة النقل الباريسية "آر تي بي" في مجالي الصيانة والتسيير، وهو يمتد على 18,7 كم رابطاً بين أكبر أحياء المدينة.
وستسهم 32 محطة في هذه المرحلة الأولى في تسهيل تنقل الركاب في مدينة وهران، التي تبعد 430 كم غرب العاصمة ويقطنها أكثر من 600 ألف نسمة.
وما إن دشّن وزير النقل عمار تو ووالي وهران عبد المالك بوضياف والرئيس المدير العام للشركة الفرنسية بيار مونجان المشروع، في حدود الساعة 08,30 تغ، حتى هرع حشد كبير من الركاب إلى عربات الترامواي المطلية بالأحمر والأبيض.
ومن المنتظر أن يبدأ الاستغلال التجاري لترامواي وهران، الذي كلّف جزؤه الأول 400 مليون يورو، الخميس، على أن يعمل بـ25 عربة يوميا.
وعلى المدى المنظور، سينقل الترامواي تسعين ألف راكب يوميا على مسافة 41 كم تقريبا وعبر أربعين محطة، حسب الشركة الفرنسية.
""", [
    ev("inauguration", "دُشّن اليوم الجزء الأول من ترامواي وهران", "2013-05-01", "'اليوم' = Wed 1 May 2013 (the publication day)"),
    ev("crowd-boarded", "حتى هرع حشد كبير من الركاب إلى عربات الترامواي", "2013-05-01", "no own expression; right after the ceremony ('الساعة 08,30 تغ') of Wed 1 May 2013"),
    ev("commercial-start", "أن يبدأ الاستغلال التجاري لترامواي وهران", "2013-05-02", "'الخميس' (later in the clause) = Thu 2 May 2013"),
])
art(S, "http://ech-chaab.com/ar/الحدث/الوطني/item/5892-ترامواي-وهران-يدخل-اليوم-حيز-الخدمة-التجارية.html",
    "2013-05-02", "no stamp in the stored page: fixed by the body's 'اليوم الخميس' for the first commercial trips (which began on Thu 2 May 2013, the day after the minister's ceremony of Wed 1 May); headline rendered from the URL slug; the truncated last clause dropped; Arabic-Indic digits kept; no date of its own in the text", False, """
ترامواي وهران يدخل اليوم حيز الخدمة التجارية
أعطى وزير النقل عمار تو إشارة انطلاق الاستغلال التجاري للخط الأول من ترامواي وهران على مسار مزدوج طوله ١٨,٧ كلم، بحضور والي وهران وقنصلي فرنسا وإسبانيا، فيما تتوقع مؤسسة الإنجاز نقل ٤٥ ألف شخص في الساعة، أي ما يعادل ٩٠ ألف شخص يوميا وأكثر من ٨٨ مليون سنويا.
وشدّد الوزير، في كلمة ألقاها من محطة سيدي معروف، على أهمية تحسين خدمة النقل في الولاية والارتقاء بخدمات الترامواي لخدمة المواطن الوهراني على نحو أفضل، بينما أوضح رئيس مؤسسة ميترو الجزائر أن الرحلات الأولى ستنطلق اليوم الخميس على الساعة الخامسة عبر ٣٢ محطة تراقبها ١٥٨ كاميرا، على مسافة ١٨,٧ كلم، مقابل ٤٠ دج.
وتنقل الوزير والوفد المرافق له على متن الترامواي من وسط المدينة إلى آخر محطة في سيدي معروف، وقُدّم عرض خاص حول المشاريع المستقبلية لخطوط أخرى لترامواي وهران سيبدأ إنجازها السنة المقبلة، إلى جانب ميترو وهران الذي ستنطلق أشغاله ابتداء من سنة ٢٠١٤.
وأشار تو إلى أن ترامواي قسنطينة سيدخل الخدمة في جويلية المقبل.
""", [
    ev("inauguration", "أعطى وزير النقل عمار تو إشارة انطلاق الاستغلال التجاري", "2013-05-01", "no own expression; the minister's ceremony of Wed 1 May 2013 (the eve of the paper)"),
    ev("commercial-start", "ستنطلق اليوم الخميس على الساعة الخامسة", "2013-05-02", "'اليوم الخميس' = Thu 2 May 2013"),
    ev("minister-ride", "وتنقل الوزير والوفد المرافق له على متن الترامواي", "2013-05-01", "no own expression; during the ceremony of Wed 1 May 2013"),
    ev("oran-metro-works", "ستنطلق أشغاله ابتداء من سنة ٢٠١٤", "2014-01-01", "'ابتداء من سنة ٢٠١٤' = from 2014 (planned; my span: the year 2014)", end="2015-01-01"),
    ev("constantine-tram", "سيدخل الخدمة في جويلية المقبل", "2013-07-01", "'في جويلية المقبل' = July 2013 (planned)", end="2013-08-01"),
])

SETS = ('stories', 'stories2', 'stories3', 'stories4', 'stories5', 'stories6', 'stories7', 'stories8', 'stories9', 'stories10', 'stories11', 'stories12', 'stories13', 'stories14', 'stories15', 'stories16', 'stories17', 'stories18', 'stories19', 'stories20', 'stories21', 'stories22', 'stories23', 'stories24', 'stories25', 'stories26', 'stories27', 'stories28', 'stories29', 'stories30', 'stories31', 'stories32', 'stories33', 'stories34', 'stories35', 'stories36', 'stories37', 'stories38', 'stories39', 'stories40', 'stories41', 'stories42', 'stories43', 'stories44', 'stories45', 'stories46', 'stories47', 'stories48', 'stories49', 'stories50', 'stories51', 'stories52', 'stories53', 'stories54', 'stories55', 'stories56', 'stories57', 'stories58', 'stories59', 'stories60', 'stories61', 'stories62', 'stories63', 'stories64', 'stories65', 'stories66', 'stories67', 'stories68', 'stories69', 'stories70', 'stories71', 'stories72', 'stories73', 'stories74', 'stories75', 'stories76', 'stories77', 'stories78', 'stories79', 'stories80', 'stories81', 'stories82', 'stories83', 'stories84', 'stories85', 'stories86', 'stories87', 'stories88', 'stories89', 'stories90', 'stories91', 'stories92', 'stories93', 'stories94', 'stories95', 'stories96', 'stories97', 'stories98', 'stories99', 'stories100', 'stories101', 'stories102', 'stories103', 'stories104', 'stories105', 'stories106', 'stories107', 'stories108', 'stories109', 'stories110', 'stories111', 'stories112', 'stories113', 'stories114', 'stories115', 'stories116', 'stories117', 'stories118', 'stories119', 'stories120', 'stories121', 'stories122', 'stories123', 'stories124', 'stories125', 'stories126', 'stories127', 'stories128', 'stories129', 'stories130', 'stories131', 'stories132', 'stories133', 'stories134', 'stories135', 'stories136', 'stories137', 'stories138', 'stories139', 'stories140', 'stories141', 'stories142', 'stories143', 'stories144', 'stories145', 'stories146', 'stories147', 'stories148', 'stories149', 'stories150', 'stories151', 'stories152', 'stories153', 'stories154', 'stories160')
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

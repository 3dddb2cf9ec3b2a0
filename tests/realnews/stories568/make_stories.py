"""Builds stories.jsonl: the 568-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: fuel shortages, queues at petrol stations and price changes
in Lebanon, Syria, Sudan, Yemen or Libya.
Stories: the September 2020 petrol crisis in government-held Syria during the overhaul of the Banias refinery
(minister Bassam Tomeh's TV interview, PM Hussein Arnous's cut of government cars' petrol), and the September
2021 petrol price hikes in Lebanon (Fri 17 Sep +38%, Wed 22 Sep to 202,400 LBP, stations reopening on Thu 23 Sep).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-banias-overhaul-petrol-crisis-2020
S = "syria-banias-overhaul-petrol-crisis-2020"
INTERVIEW = "2020-09-16"                   # minister Bassam Tomeh on Syrian TV, Wed 16 Sep 2020
ARNOUS = "2020-09-18"                      # PM Hussein Arnous's circular, Fri 18 Sep 2020
CRISIS = ("2020-09-01", "2020-10-04")      # petrol queues since the start of September, still on 3 Oct 2020
OVERHAUL = ("2020-09-06", "2020-09-27")    # Banias overhaul: about 20 days, half gone on 16 Sep
art(S, "https://alalam.ir/news/5163856/morocco",
    "2020-09-16", "no date on the stored text; the body's 'في حوار مع قناة السورية اليوم' names the day of the minister's TV interview, which was Wed 16 Sep 2020 (syriafiles of Thu 17: 'أمس (الأربعاء)'; the Damascus outlet damascusv: 'أمس الأربعاء 16 أيلول'), so the report is of that Wednesday; the alalam id 5163856 fits too (id 5211346 is of Sun 11 Oct 2020); headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
وزير النفط السوري: لا رفع لأسعار المحروقات والأزمة سببها الحصار وصيانة مصفاة بانياس
شدد وزير النفط والثروة المعدنية السوري المهندس بسام طعمة على أنه "لن يطرأ أي رفع على أسعار المحروقات ولن يُرفع الدعم عنها"، لافتا إلى أن أزمة البنزين الراهنة ناجمة عن الاحتلال الأمريكي لحقول النفط السورية والحصار الأمريكي المشدد على سوريا، إلى جانب أعمال الصيانة الجارية في مصفاة بانياس.
وأوضح طعمة في حوار مع قناة السورية اليوم أن "الجميع يعرف أن الحقول التي كنا ننتج منها حاجة البلد من المحروقات باتت تحت الاحتلال الأميركي، وأن الحصار الأمريكي المشدد يحول دون استيرادنا ما نحتاجه من المشتقات النفطية"، مبينا أن ذلك تزامن مع أعمال الصيانة "العمرة" في مصفاة بانياس التي تستغرق نحو 20 يوماً مضى منها النصف وبقي 10 أيام، وأن الإنتاج سيعود بانتهاء العمرة مع زيادة 25 بالمئة في مادة البنزين، لأن العمرة تمثل انطلاقة جديدة للمصفاة التي لم تخضع لها منذ سبع سنوات.
ولفت الوزير إلى أن بعض الأجزاء الحساسة في المصفاة المعروفة باسم "الأفران" بلغت مراحل بالغة الخطورة وصارت تهدد أمن المنطقة المحيطة والبيئة، ولذلك تقرر إيقافها وإجراء العمرة السنوية، مشيرا إلى جهود كبيرة يبذلها الكوادر والعاملون لتقليص المدة لأن المصفاة تؤمن لسورية ثلثي حاجتها من البنزين.
""", [
    ev("minister-interview", "في حوار مع قناة السورية اليوم", INTERVIEW, "'اليوم' = the day of the interview, Wed 16 Sep 2020 (syriafiles 'أمس (الأربعاء)' on Thu 17)"),
    ev("no-price-rise-pledge", "لن يطرأ أي رفع على أسعار المحروقات", INTERVIEW, "no own expression; said in the TV interview of Wed 16 Sep 2020"),
    ev("petrol-crisis", "أزمة البنزين الراهنة", CRISIS[0], "no own expression; the petrol crisis 'منذ بداية الشهر' (enabbaladi of Fri 18 Sep), still going on Sat 3 Oct 2020 (syria.tv): my span 1 Sep - 3 Oct 2020", end=CRISIS[1]),
    ev("banias-overhaul", "التي تستغرق نحو 20 يوماً مضى منها النصف", OVERHAUL[0], "'نحو 20 يوماً مضى منها النصف وبقي 10 أيام' on Wed 16 Sep 2020 = about 6 - 26 Sep 2020 (approximate)", end=OVERHAUL[1]),
    ev("refinery-back-forecast", "وأن الإنتاج سيعود بانتهاء العمرة", "2020-09-26", "'وبقي 10 أيام' from Wed 16 Sep 2020 = about Sat 26 Sep (a forecast)"),
])
art(S, "https://syriafiles.net/?p=29658",
    "2020-09-17", "no date on the stored page; the body's 'أمس (الأربعاء)' for the minister's TV interview of Wed 16 Sep 2020 (alalam: 'في حوار مع قناة السورية اليوم'; damascusv: 'أمس الأربعاء 16 أيلول') gives Thu 17 Sep 2020 (16 Sep 2020 was a Wednesday); the section tag 'أحداث ومتابعات' and the comment form dropped; headline kept from the page", False, """
طوابير البنزين ممتدة لأسبوعين
أفاد وزير النفط والثروة المعدنية في سوريا "بسام طعمة"، في حديثه إلى القناة السورية أمس (الأربعاء)، بأن أزمة المحروقات في المناطق الخاضعة لسيطرة النظام تعود إلى أعمال الصيانة في مصفاة "بانياس"، وإلى العقوبات الأمريكية على النظام السوري، وإلى سيطرة واشنطن على حقول النفط السورية في شمال شرقي سوريا.
وشدد طعمة على أن حكومة النظام لن ترفع أسعار المحروقات ولن ترفع الدعم عنها، مضيفا أن "مصفاة بانياس كانت تؤمن نسبة كبيرة من استهلاك السوق المحلية من مادة البنزين، فأدى توقفها عن العمل مؤخرا إلى الأزمة وإلى ضغوط كبيرة على محطات الوقود"، ومنبها إلى أن "العمل يقتصر حالياً على مصفاة حمص، التي لا تغطي سوى ربع الاحتياجات المطلوبة".
وفي السياق ذاته رجّح طعمة أن تعود محطة بانياس إلى الإقلاع بعد 5 تشرين الأول القادم، وهو ما يعني أن الأزمة قد تمتد لأكثر من أسبوعين.
""", [
    ev("minister-interview", "في حديثه إلى القناة السورية أمس (الأربعاء)", INTERVIEW, "'أمس (الأربعاء)' in an article of Thu 17 Sep 2020 = Wed 16 Sep"),
    ev("petrol-crisis", "أزمة المحروقات في المناطق الخاضعة لسيطرة النظام", CRISIS[0], "no own expression (the headline's 'لأسبوعين' is the queues' length so far); the crisis since the start of September 2020, still on 3 Oct: my span 1 Sep - 3 Oct 2020", end=CRISIS[1]),
    ev("banias-overhaul", "أعمال الصيانة في مصفاة \"بانياس\"", OVERHAUL[0], "no own expression; the overhaul of about 20 days, half gone on Wed 16 Sep 2020 (alalam) = about 6 - 26 Sep 2020", end=OVERHAUL[1]),
    ev("no-price-rise-pledge", "لن ترفع أسعار المحروقات ولن ترفع الدعم عنها", INTERVIEW, "no own expression; said in the TV interview of Wed 16 Sep 2020"),
    ev("banias-restart-october-forecast", "أن تعود محطة بانياس إلى الإقلاع بعد 5 تشرين الأول القادم", "2020-10-05", "'بعد 5 تشرين الأول القادم' = after Mon 5 Oct 2020 (a forecast; I take that day)"),
])
art(S, "https://enabbaladi.net/417297/%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%A7%D9%84%D9%86%D8%B8%D8%A7%D9%85-%D8%AA%D8%AE%D9%81%D8%B6-%D9%85%D8%AE%D8%B5%D8%B5%D8%A7%D8%AA-%D9%85%D8%B1%D9%83%D8%A8%D8%A7%D8%AA%D9%87%D8%A7-%D9%85%D9%86-%D8%A7",
    "2020-09-18", "the body's 'تعميم لرئيس الحكومة اليوم، الجمعة 18 من أيلول' (18 Sep 2020 was a Friday; damascusv of Sat 19: 'أمس، الجمعة 18 أيلول'); headline kept from the page; the last, truncated sentence dropped", True, """
حكومة النظام تخفض مخصصات مركباتها من البنزين
أصدر رئيس مجلس الوزراء السوري، حسين عرنوس، تعميما يقضي بخفض مخصصات السيارات الحكومية من مادة البنزين خلال أيلول الحالي، "في خطوة لمعالجة أزمة البنزين" التي تعيشها البلاد منذ بداية الشهر.
ونشر الموقع الرسمي لرئاسة مجلس الوزراء خبرا موجزا عن تعميم لرئيس الحكومة اليوم، الجمعة 18 من أيلول، يفيد بأن مخصصات أيلول الحالي من البنزين للسيارات الحكومية على جميع المستويات ستُخفض، بسبب ظروف الحصار والعقوبات الاقتصادية على سوريا، ووجود مشكلات فنية وتقنية في المؤسسات المعنية بمعالجة المشتقات النفطية.
وكانت وزارة النفط والثروة المعدنية في حكومة النظام قد قلّصت كمية تعبئة البنزين في المرة الواحدة للسيارات الخاصة مطلع أيلول الحالي، مع الإبقاء على الكمية الشهرية المخصصة نفسها.
وذكر مصدر مسؤول في الوزارة لصحيفة "الوطن"، في 4 من أيلول الحالي، أن الوزارة قررت "خفض كمية تعبئة البنزين للسيارات الخاصة من 40 إلى 30 ليترا".
وأضاف المصدر أن الإجراء "مؤقت" إلى حين توفر كميات أكبر من البنزين، متوقعا وصول توريدات جديدة "خلال أيام قليلة"، ومبينا أن المخصصات الشهرية للسيارات الخاصة لم تُخفض.
""", [
    ev("arnous-circular", "أصدر رئيس مجلس الوزراء السوري، حسين عرنوس، تعميما", ARNOUS, "'اليوم، الجمعة 18 من أيلول' = Fri 18 Sep 2020"),
    ev("petrol-crisis", "التي تعيشها البلاد منذ بداية الشهر", CRISIS[0], "'منذ بداية الشهر' = since 1 Sep 2020; still going on 3 Oct (syria.tv): my span 1 Sep - 3 Oct 2020", end=CRISIS[1]),
    ev("fill-cut-40-to-30", "قد قلّصت كمية تعبئة البنزين في المرة الواحدة للسيارات الخاصة مطلع أيلول الحالي", "2020-09-01", "'مطلع أيلول الحالي' = early September 2020, announced on Fri 4 Sep: my span 1 - 4 Sep 2020", end="2020-09-05"),
    ev("watan-ministry-source", "وذكر مصدر مسؤول في الوزارة لصحيفة \"الوطن\"، في 4 من أيلول الحالي", "2020-09-04", "'في 4 من أيلول الحالي' = Fri 4 Sep 2020"),
])

# ---------------------------------------------------------------- lebanon-petrol-hikes-september-2021
S = "lebanon-petrol-hikes-september-2021"
HIKE1 = "2021-09-17"                       # +38% petrol price table, Fri 17 Sep 2021
HIKE2 = "2021-09-22"                       # second hike (95 octane at 202,400 LBP), Wed 22 Sep 2021
REOPEN = "2021-09-23"                      # most stations reopen at the official prices, Thu 23 Sep 2021
QUEUES = ("2021-09-01", REOPEN)            # the petrol queues of September 2021, up to the partial relief of Thu 23
art(S, "https://www.enabbaladi.net/archives/513254",
    "2021-09-17", "the body's 'القرار المنشور اليوم، الجمعة 17 من أيلول' (17 Sep 2021 was a Friday; 3yonnews of Wed 22 Sep: 'ورفعت المديرية الجمعة الماضي سعر المحروقات بنحو أربعين في المائة'); the photo caption dropped; headline kept from the page; the last sentence (from the amp copy of the page) cut where the stored text is truncated", True, """
لبنان يرفع سعر البنزين 38% ويتجه لوقف الدّعم
كشفت وزارة الطاقة والمياه اللبنانية عن جدول أسعار جديد لمبيع مادة البنزين، ارتفع بموجبه سعر الصفيحة بنسبة 38%.
ووفق القرار المنشور اليوم، الجمعة 17 من أيلول، على موقع الوزارة، بات سعر صفيحة البنزين "98 أوكتان" 180 ألف ليرة لبنانية، وسعر "95 أوكتان" 174 ألفا و300 ليرة لبنانية.
وكانت الأسعار السابقة 130 ألفا و200 ليرة لبنانية لبنزين "98 أوكتان"، و129 ألف ليرة لبنانية لبنزين "95 أوكتان".
وأوضحت الوزارة أن على أصحاب المحطات إظهار سعر مبيع المحروقات بشكل واضح، وأن القرار يُعمل به فور صدوره.
ويأتي رفع الأسعار فيما يعيش لبنان أزمة محروقات أفرزت طوابير طويلة من السيارات أمام محطات البنزين، إلى جانب نقص في خدمات الرعاية الصحية وفي إمدادات المياه لملايين الأشخاص.
من جانبه، أعلن رئيس تجمع الشركات المستوردة للنفط، جورج فياض، اليوم الجمعة، أن "الدعم رُفع نهائيا عن المازوت، والتوجه هو لرفعه عن البنزين"، بحسب ما أوردته جريدة "الأخبار" اللبنانية.
ولفت أيضا إلى أن الشركات المستوردة للنفط كانت تترقب صدور جدول الأسعار عن وزارة الطاقة كي تسلّم البنزين إلى المحطات.
وأسهم قرار المديرية العامة للنفط بعدم تسليم البنزين في تفاقم الأزمة خلال اليومين الماضيين، بحسب عضو في نقابة أصحاب محطات المحروقات.
""", [
    ev("price-hike-38pct", "ارتفع بموجبه سعر الصفيحة بنسبة 38%", HIKE1, "no own expression in the sentence; the table published 'اليوم، الجمعة 17 من أيلول' = Fri 17 Sep 2021"),
    ev("fuel-queues", "أفرزت طوابير طويلة من السيارات أمام محطات البنزين", QUEUES[0], "no own expression; the queues of September 2021 up to the partial relief of Thu 23 Sep (almashhadalaraby): my span 1 - 22 Sep 2021", end=QUEUES[1]),
    ev("fayyad-statement", "أعلن رئيس تجمع الشركات المستوردة للنفط، جورج فياض، اليوم الجمعة", HIKE1, "'اليوم الجمعة' = Fri 17 Sep 2021"),
    ev("delivery-halt", "بعدم تسليم البنزين في تفاقم الأزمة خلال اليومين الماضيين", "2021-09-15", "'خلال اليومين الماضيين' before Fri 17 Sep 2021 = Wed 15 - Thu 16 Sep", end=HIKE1),
])
art(S, "https://www.3yonnews.com/1710329",
    "2021-09-22", "no date on the stored page; the body's 'اليوم الأربعاء ... للمرة الثانية في أقل من أسبوع' with 'ورفعت المديرية الجمعة الماضي سعر المحروقات بنحو أربعين في المائة' (the +38% of Fri 17 Sep 2021, enabbaladi) gives Wed 22 Sep 2021 (22 Sep 2021 was a Wednesday); the price of 202,400 is that of Wed 22 Sep (also darelhilal); the breaking-news bar, the repeated title and the credit line 'صحيفة سبق' dropped; headline kept from the page", False, """
للمرة الثانية خلال 6 أيام.. الحكومة اللبنانية ترفع أسعار الوقود
رفعت وزارة الطاقة اللبنانية أسعار المحروقات، اليوم الأربعاء، للمرة الثانية في أقل من أسبوع، في إطار مواصلة سياسة رفع الدعم عن استيراد الوقود، وهي خطوة ستزيد الأعباء على اللبنانيين الغارقين في انهيار اقتصادي غير مسبوق.
وحددت المديرية العامة للنفط سعر العشرين ليترا من البنزين 95 أوكتان بـ202.400 ليرة، أي ما يوازي 13 دولارا تقريبا بحسب سعر الصرف في السوق السوداء، وفقا لـ"فرانس 24".
وجاء رفع الأسعار اليوم في وقت أقفل فيه عدد كبير من المحطات أبوابه، بينما لم يُفضِ رفع الأسعار المتتالي خلال الأسابيع الماضية إلى إنهاء معاناة اللبنانيين الذين لا يزالون ينتظرون لساعات في طوابير طويلة لملء خزانات سياراتهم، ومن دون أن يوفقوا في ذلك في أحيان كثيرة.
وكانت المديرية قد رفعت الجمعة الماضي سعر المحروقات بنحو أربعين في المائة.
""", [
    ev("price-hike-202400", "رفعت وزارة الطاقة اللبنانية أسعار المحروقات، اليوم الأربعاء", HIKE2, "'اليوم الأربعاء' = Wed 22 Sep 2021"),
    ev("stations-closed", "أقفل فيه عدد كبير من المحطات أبوابه", HIKE2, "'اليوم' = Wed 22 Sep 2021"),
    ev("fuel-queues", "ينتظرون لساعات في طوابير طويلة", QUEUES[0], "no own expression ('لا يزالون'); the queues of September 2021 up to the partial relief of Thu 23 Sep: my span 1 - 22 Sep 2021", end=QUEUES[1]),
    ev("price-hike-38pct", "قد رفعت الجمعة الماضي سعر المحروقات بنحو أربعين في المائة", HIKE1, "'الجمعة الماضي' from Wed 22 Sep 2021 = Fri 17 Sep"),
])
art(S, "https://almashhadalaraby.com/amp/309276",
    "2021-09-23", "the date line of the page 'الخميس 23 سبتمبر 2021 20:53:01' (23 Sep 2021 was a Thursday), not part of the body and left out of the text; the body says only 'اليوم'; the 'testus -US' tag dropped; headline kept from the page", True, """
تحرك جديد في أزمة البنزين بلبنان
فتحت غالبية محطات البنزين في لبنان أبوابها اليوم وباشرت توزيعه على المواطنين وفق الأسعار الرسمية المعلنة، لتشهد أزمة البنزين في لبنان بذلك انفراجة جزئية.
وجاء ذلك عقب إلغاء معظم الدعم المخصص للوقود في لبنان بشكل رسمي.
وكان وزير الداخلية اللبناني القاضي بسام مولوي قد بحث مع وزير الطاقة وليد فياض في كتاب أرسله الأخير يطلب فيه مؤازرة القوى الأمنية للكشف على المحطات ومخزونها، بغية كشف التلاعب والبيع في السوق السوداء والتخزين من أجل البيع بأسعار أعلى بعد الرفع الكامل للدعم المرتقب خلال الأيام المقبلة.
""", [
    ev("stations-reopen", "فتحت غالبية محطات البنزين في لبنان أبوابها اليوم", REOPEN, "'اليوم' = Thu 23 Sep 2021 (the page's date line)"),
    ev("subsidy-mostly-lifted", "عقب إلغاء معظم الدعم المخصص للوقود", HIKE1, "no own expression; the hikes of Fri 17 and Wed 22 Sep 2021 that removed most of the subsidy: my span 17 - 22 Sep 2021", end=REOPEN),
    ev("mawlawi-fayyad-talks", "قد بحث مع وزير الطاقة وليد فياض", "2021-09-21", "no own expression ('وكان ... قد بحث'); some days before Thu 23 Sep 2021: my span 21 - 23 Sep 2021", end="2021-09-24"),
    ev("full-removal-expected", "بعد الرفع الكامل للدعم المرتقب خلال الأيام المقبلة", "2021-09-24", "'خلال الأيام المقبلة' from Thu 23 Sep 2021 = the following days: my span 24 - 30 Sep 2021", end="2021-10-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 568)
                            if i != 201
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

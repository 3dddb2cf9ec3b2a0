"""Builds stories.jsonl: the 206-th evaluation set of real Arabic news stories (several articles per
story, from different outlets, published on different days), bodies re-worded sentence by sentence, every
date/time expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories204/make_stories.py). Domain: animal disease outbreaks and veterinary measures (an
H5N1 bird-flu outbreak in Bashiqa, Nineveh, Iraq, October 2025; Jordan's new SAT2 foot-and-mouth strain
and the closure of its livestock markets, February 2023; a Gazan girl's death from rabies after a dog
bite in Egypt, September 2025). None of these stories is in the dev set or the other tests/realnews/* sets,
nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-bashiqa-bird-flu-outbreak-2025
S = "iraq-bashiqa-bird-flu-outbreak-2025"
DEATHS = ("2025-10-10", "2025-10-16")  # the die-off in the Bashiqa farm(s), reported from Tue 14 Oct
BURIAL = ("2025-10-14", "2025-10-18")  # burial of the dead and culled birds, 14-17 Oct
art(S, "https://sabq.org/stations/orsgoehhm7",
    "2025-10-14", "the stored page's date stamp '2025-10-14' (no date in the URL); the body's 'الثلاثاء' for the WOAH announcement agrees (14 Oct 2025 was a Tuesday, the day WOAH published Iraq's report; other outlets: lbcgroup '2025-10-14 | 13:23', webmanagercenter '/2025/10/14/'); no date of its own in the kept text", False, """
أعلنت المنظمة العالمية لصحة الحيوان، الثلاثاء، أن العراق أبلغ عن تفشٍّ لسلالة شديدة العدوى من إنفلونزا الطيور (H5N1) بين الدواجن في شمال البلاد، في تطور يبعث على القلق الصحي في المنطقة.
وأوضحت المنظمة، التي تتخذ من باريس مقراً لها، أن السلطات العراقية ذكرت في تقرير رسمي أنها رصدت السلالة شديدة الضراوة في بلدة بعشيقة، ما تسبب في نفوق نحو 12 ألف طائر من الأسراب المصابة.
ويأتي هذا التفشي بعد أيام من إعلان إيران تسجيل إصابات مماثلة بالسلالة ذاتها، الأمر الذي دفع وزارة الزراعة العراقية إلى اتخاذ تدابير وقائية عاجلة.
وكانت وزارة الزراعة قد قررت، الخميس الماضي، حظر استيراد الدواجن والطيور بجميع أنواعها ومنتجاتها من إيران، بعد تسجيل إصابات مؤكدة بفيروس إنفلونزا الطيور هناك.
وأكدت الوزارة، في بيان نقلته وكالة الأنباء العراقية (واع)، أن فرق الرصد والتحري في دائرة البيطرة كثفت إجراءاتها الوقائية للسيطرة على أي بؤر محتملة للعدوى ومنع انتشارها داخل البلاد.
""", [
    ev("woah-report", "أعلنت المنظمة العالمية لصحة الحيوان، الثلاثاء", "2025-10-14", "'الثلاثاء' = Tue 14 Oct 2025 (the publication day)"),
    ev("bird-deaths", "ما تسبب في نفوق نحو 12 ألف طائر", DEATHS[0], "no own expression; the die-off in the Bashiqa farm before the report (local sources revealed the cases on Tue 14 Oct, the district head spoke of 20,000 dead on Wed 15); my span 10-15 Oct 2025", end=DEATHS[1]),
    ev("iran-outbreak", "بعد أيام من إعلان إيران تسجيل إصابات مماثلة", "2025-10-07", "'بعد أيام': Iran's H5N1 outbreak published by WOAH on Tue 7 Oct 2025 (outside knowledge: shafaq of 7 Oct 'يوم الثلاثاء')"),
    ev("iran-import-ban", "قد قررت، الخميس الماضي، حظر استيراد الدواجن", "2025-10-09", "'الخميس الماضي' before Tue 14 Oct = Thu 9 Oct 2025"),
    ev("surveillance-stepped-up", "كثفت إجراءاتها الوقائية", "2025-10-09", "no own expression; the ministry's statement of the import ban, Thu 9 Oct 2025 (another report: 'والخميس الماضي، أعلنت وزارة الزراعة حظر ... وذكر بيان للوزارة')"),
])
art(S, "https://www.shafaq.com/ar/%D8%A7%D9%82%D8%AA%D8%B5%D9%80%D8%A7%D8%AF/%D9%86%D9%8A%D9%86%D9%88%D9%89-%D8%A7%D8%B3%D8%AA%D9%86%D9%81%D8%A7%D8%B1-%D8%A8%D8%B9%D8%AF-%D9%87%D9%84%D8%A7%D9%83-20-%D9%84%D9%81-%D8%AF%D8%AC%D8%A7%D8%AC%D8%A9-%D8%A8-%D9%86%D9%81%D9%84%D9%88%D9%86%D8%B2%D8%A7-%D8%A7%D9%84%D8%B7%D9%8A%D9%88%D8%B1",
    "2025-10-15", "the stored page's date stamp '2025-10-15' (no date in the URL); the body's 'يوم الأربعاء' for the district head's statement and 'يوم أمس الثلاثاء' for the first local reports (Tue 14 Oct) agree: Wed 15 Oct 2025; the dateline 'شفق نيوز- نينوى' dropped; no date of its own in the kept text", False, """
أعلن مدير ناحية بعشيقة في مدينة الموصل، غزوان الداؤودي، يوم الأربعاء، نفوق 20 ألف دجاجة إثر تسجيل إصابات بإنفلونزا الطيور في حقلين لتربية الدواجن داخل الناحية.
وبيّن الداؤودي لوكالة شفق نيوز أن "اللجنة التي تشكلت برئاسته، وتضم دوائر البيئة والبيطرة والصحة، توجهت فوراً إلى موقع الإصابة لإجراء عمليات الطمر الصحي للدجاجات النافقة، التي يُقدَّر عددها بنحو 20 ألفاً من أصل 150 ألف دجاجة، فضلاً عن فحص المخالطين للحد من انتشار المرض".
ولفت إلى "توجيه نقاط التفتيش بمنع إدخال الدجاج ومنتجاته إلى بعشيقة مؤقتاً"، داعياً المواطنين إلى الامتناع عن شراء الدجاج الحي "خلال الأيام القليلة المقبلة إلى حين انتهاء الأزمة"، ومؤكداً أن "الوضع تحت السيطرة والإجراءات الوقائية متواصلة".
وكانت مصادر محلية قد أفادت يوم أمس الثلاثاء بتسجيل الإصابات في أحد الحقول القريبة من بعشيقة، ما استدعى تحركاً عاجلاً من السلطات البيطرية لمنع تفشي المرض.
""", [
    ev("district-announcement", "أعلن مدير ناحية بعشيقة في مدينة الموصل، غزوان الداؤودي، يوم الأربعاء", "2025-10-15", "'يوم الأربعاء' = Wed 15 Oct 2025 (the publication day)"),
    ev("bird-deaths", "نفوق 20 ألف دجاجة", DEATHS[0], "no own expression; the die-off before the cases were reported on Tue 14 Oct; my span 10-15 Oct 2025", end=DEATHS[1]),
    ev("burial", "لإجراء عمليات الطمر الصحي للدجاجات النافقة", BURIAL[0], "'فوراً' after the cases were found (Tue 14 Oct); the council spoke on Sat 18 Oct of thousands of birds buried; my span 14-17 Oct 2025", end=BURIAL[1]),
    ev("entry-ban-bashiqa", "بمنع إدخال الدجاج ومنتجاته إلى بعشيقة مؤقتاً", "2025-10-14", "no own expression; ordered with the committee's first measures after Tue 14 Oct, announced Wed 15 (my span 14-15 Oct)", end="2025-10-16"),
    ev("cases-reported", "قد أفادت يوم أمس الثلاثاء بتسجيل الإصابات", "2025-10-14", "'يوم أمس الثلاثاء' before Wed 15 = Tue 14 Oct 2025"),
])
art(S, "https://www.almowatennews.net/%D9%85%D8%AD%D9%84%D9%8A%D8%A9/%D8%A7%D9%84%D8%B3%D9%8A%D8%B7%D8%B1%D8%A9-%D8%B9%D9%84%D9%89-%D8%A3%D9%88%D9%84-%D8%A8%D8%A4%D8%B1%D8%A9-%D9%84%D8%A7%D9%86%D9%81%D9%84%D9%88%D9%86%D8%B2%D8%A7-%D8%A7%D9%84%D8%B7%D9%8A%D9%88%D8%B1-%D9%81%D9%8A-%D9%86%D9%8A%D9%86%D9%88%D9%89-%D9%88%D9%86%D9%81%D9%88%D9%82-20-%D8%A3%D9%84%D9%81-%D8%AF%D8%AC%D8%A7%D8%AC%D8%A9",
    "2025-10-16", "page stamp '16 Oct' and the body's own 'اليوم الخميس (16 تشرين الاول 2025)' (16 Oct 2025 was a Thursday); the last sentence, cut in the stored text ('وفقاً للم...'), shortened to its complete clause", True, """
سُجّلت في محافظة نينوى أول بؤرة إصابة بإنفلونزا الطيور في الموسم الحالي، بعد نفوق ما يزيد على 20 ألف دجاجة في أحد حقول الدواجن، الأمر الذي استدعى تحركاً عاجلاً من الفرق البيطرية لاحتواء الموقف ومنع انتقال العدوى إلى المناطق المجاورة.
وأكد عضو مجلس محافظة نينوى محمد عارف، اليوم الخميس (16 تشرين الاول 2025)، أن "لجنة مركزية شُكّلت من ممثلين عن ست دوائر حكومية، من بينها المستشفى البيطري في نينوى، للتحرك الفوري واتخاذ جملة من الإجراءات الاستباقية بعد اكتشاف إصابة بمرض إنفلونزا الطيور في أحد حقول الدواجن بناحية بعشيقة".
وأضاف عارف أن "اللجنة باشرت عملها فعلياً، واتُّخذت قرارات عاجلة لاحتواء الإصابة ومنع انتشارها"، مشيراً إلى أن "مجموع الهلاكات المسجلة في الدجاج بلغ نحو 20 ألف دجاجة بفعل تداعيات المرض".
وشدد عارف على أن "عمليات احتواء المرض انطلقت فعلياً، ونُفذت الإجراءات الوقائية المقررة في المنطقة المصابة"، مؤكداً أن "الحالة المسجلة في بعشيقة هي الأولى من نوعها في نينوى".
ونفى عارف "وجود أي إصابات أخرى خارج ناحية بعشيقة"، موضحاً أن "عمليات المتابعة والرصد جارية في جميع الوحدات الإدارية بالمحافظة، تحسباً لأي طارئ في حال تسجيل إصابات جديدة، لكن لم تُسجل أي حالة أخرى حتى الآن".
""", [
    ev("aref-statement", "أكد عضو مجلس محافظة نينوى محمد عارف، اليوم الخميس (16 تشرين الاول 2025)", "2025-10-16", "'اليوم الخميس (16 تشرين الاول 2025)' = Thu 16 Oct 2025"),
    ev("bird-deaths", "بعد نفوق ما يزيد على 20 ألف دجاجة", DEATHS[0], "no own expression; the die-off reported from Tue 14 Oct; my span 10-15 Oct 2025", end=DEATHS[1]),
    ev("central-committee", "لجنة مركزية شُكّلت من ممثلين عن ست دوائر حكومية", "2025-10-14", "no own expression; formed 'للتحرك الفوري' after the cases were found on Tue 14 Oct and at work by Thu 16; my span 14-16 Oct 2025", end="2025-10-17"),
    ev("containment", "عمليات احتواء المرض انطلقت فعلياً", "2025-10-14", "no own expression; the containment in the infected farm from Tue 14 Oct (burial, controls); my span 14-16 Oct 2025", end="2025-10-17"),
    ev("aref-denial", "ونفى عارف \"وجود أي إصابات أخرى خارج ناحية بعشيقة\"", "2025-10-16", "no own expression; said in the statement of Thu 16 Oct 2025"),
])
art(S, "http://burathanews.com/arabic/news/466641",
    "2025-10-18", "the body's own 'اليوم السبت (18 تشرين الأول 2025)' (18 Oct 2025 was a Saturday) and the stored page's date stamp '2025-10-18'; the last sentence, cut in the stored text ('في بعض المح...'), dropped", True, """
نفى مجلس محافظة نينوى، اليوم السبت (18 تشرين الأول 2025)، ما يتم تداوله عن انتقال إصابات إنفلونزا الطيور إلى سبع وحدات إدارية في المحافظة، مؤكداً أن الحالة المسجلة كانت محدودة وجرت السيطرة عليها كلياً.
وقال عضو المجلس محمد عارف في حديث صحفي إن "ما نشرته بعض منصات التواصل الاجتماعي عن انتشار الإصابات في سبع وحدات إدارية معلومات غير دقيقة ننفيها جملة وتفصيلاً"، موضحاً أن "الإصابة اقتصرت على أحد الحقول القريبة من ناحية بعشيقة".
وأضاف عارف أن "السلطات البيطرية دفنت آلاف الدجاج المصاب، وفرضت رقابة شاملة على كل الحقول المجاورة عبر لجنة مركزية مختصة"، مؤكداً "عدم تسجيل أي إصابات جديدة في أي من حقول الدواجن ضمن حدود نينوى خلال الساعات الماضية".
وأشار إلى أن "إجراءات استثنائية اتُّخذت لمنع انتقال العدوى إلى بقية الحقول، بالنظر إلى أهمية قطاع الدواجن في المحافظة بوصفه مصدر رزق أساسياً لآلاف العائلات"، مشدداً على أن "الجهات المعنية تتابع الموقف ميدانياً لضمان سلامة الثروة الحيوانية ومنع أي انتشار محتمل للمرض".
""", [
    ev("council-denial", "نفى مجلس محافظة نينوى، اليوم السبت (18 تشرين الأول 2025)", "2025-10-18", "'اليوم السبت (18 تشرين الأول 2025)' = Sat 18 Oct 2025"),
    ev("burial", "السلطات البيطرية دفنت آلاف الدجاج المصاب", BURIAL[0], "no own expression; the burial from Tue 14 Oct (another report of Wed 15: 'الطمر الصحي' under way); my span 14-17 Oct 2025", end=BURIAL[1]),
    ev("central-committee", "عبر لجنة مركزية مختصة", "2025-10-14", "no own expression; the central committee formed after the cases of Tue 14 Oct (another report of Thu 16: 'لجنة مركزية شُكّلت'); my span 14-16 Oct 2025", end="2025-10-17"),
    ev("no-new-cases", "عدم تسجيل أي إصابات جديدة", "2025-10-17", "'خلال الساعات الماضية' before Sat 18 Oct: my span 17-18 Oct 2025", end="2025-10-19"),
])

# ---------------------------------------------------------------- jordan-sat2-foot-and-mouth-markets-2023
S = "jordan-sat2-foot-and-mouth-markets-2023"
ANN = "2023-02-05"  # Sun 5 Feb 2023: the ministry announced the SAT2 strain and its measures
art(S, "https://www.osoulmisrmagazine.com/342454",
    "2023-02-06", "date line 'الإثنين 06/فبراير/2023 - 06:39 ص' above the body (kept as first line 'الإثنين 06/فبراير/2023'); 6 Feb 2023 was a Monday; the site's masthead and crawl date ('الجمعة 26 أبريل 2024'), the byline 'أصول مصر' and the sub-headings dropped", True, """
الإثنين 06/فبراير/2023
الأردن.. إغلاق أسواق المواشي 14 يومًا بسبب الحمى القلاعية
أعلنت وزارة الزراعة الأردنية أن تحليل عينات فيروس الحمى القلاعية أظهر ظهور عترة جديدة من الفيروس.
وأوضحت أن العترة تُعرف باسم (SAT2)، ولم يسبق تسجيلها في المملكة، مبينة أنها اتخذت بناءً على هذه النتائج حزمة من الإجراءات.
وتهدف هذه الإجراءات إلى حصر الإصابات ومنع امتدادها إلى المناطق المحيطة.
وتشمل الإجراءات التواصل مع الشركات المنتجة للقاحات البيطرية لتأمين لقاح يغطي هذه العترة، وإغلاق أسواق المواشي في كل مناطق المملكة 14 يومًا.
كما تشمل تشكيل لجنة لحصر الأضرار التي أصابت مربي الأبقار، ومخاطبة الجهات الرسمية لإقامة نقاط تفتيش تمنع تنقل الحيوانات بين المحافظات.
وإلى جانب ذلك، عُلّق استيراد الأعلاف الخشنة من العراق مؤقتًا، وأُجريت المخاطبات اللازمة لتتحمل الوزارة رسوم مكب النفايات.
وذكرت الوزارة أن هذه العترة مسجلة في العراق والسعودية والكويت وإثيوبيا، مؤكدة أن المرض لا ينتقل إلى الإنسان ولا يشكل خطرًا عند تناول اللحوم والألبان.
""", [
    ev("sat2-announcement", "أعلنت وزارة الزراعة الأردنية أن تحليل عينات فيروس الحمى القلاعية", ANN, "no own expression; the ministry's statement of Sun 5 Feb 2023 (another report: 'وأعلنت وزارة الزراعة الأردنية الأحد'), published here at 06:39 on Mon 6 Feb"),
    ev("markets-closure", "وإغلاق أسواق المواشي في كل مناطق المملكة 14 يومًا", ANN, "no own expression; decided with the measures of Sun 5 Feb 2023 (the decision day; the closure then ran 14 days)"),
    ev("damage-committee", "تشكيل لجنة لحصر الأضرار التي أصابت مربي الأبقار", ANN, "no own expression; one of the measures of Sun 5 Feb 2023"),
    ev("fodder-import-suspension", "عُلّق استيراد الأعلاف الخشنة من العراق مؤقتًا", ANN, "no own expression; announced 'الأحد' (Sun 5 Feb 2023) per another report"),
])
art(S, "http://almadenahnews.com/article/1043386-الزراعة-تأمين-62-ألف-جرعة-من-مطعوم-الحمى-القلاعية-للأبقار",
    "2023-02-12", "page stamp 'تم نشره الأحد 12 شباط / فبراير 2023 06:57 مساءً' (kept as first line 'الأحد 12 شباط / فبراير 2023'); 12 Feb 2023 was a Sunday; body 'الاحد' agrees; the caption and the prefix 'المدينة نيوز :-' dropped", True, """
الأحد 12 شباط / فبراير 2023
الزراعة: تأمين 62 ألف جرعة من مطعوم الحمى القلاعية للأبقار
أفادت وزارة الزراعة بأنها أمّنت 62 ألف جرعة من مطعوم الحمى القلاعية للأبقار في الأردن.
وأوضحت الوزارة، على لسان ناطقها الإعلامي لورنس المجالي الاحد، أنها تعمل منذ اليوم الأول لانتشار المرض في بؤرة منطقة الضليل على محاصرته، بجهود كوادرها والنقابات والجمعيات والاتحادات المعنية، وبالتنسيق مع خبراء من دول أوروبية.
وأضافت أنها ستواصل إجراءاتها بإغلاق أسواق المواشي في المحافظات، وضبط دخول الحيوانات وخروجها، ووقف استيراد القش من العراق، مؤكدة أن "المزارعين والسوق المحلي سيلمسون نهاية الأسبوع الجاري نتائج هذه الإجراءات للحد من مرض الحمى القلاعية".
""", [
    ev("vaccine-doses", "أمّنت 62 ألف جرعة من مطعوم الحمى القلاعية", "2023-02-12", "no own expression; announced on Sun 12 Feb 2023 (the publication day)"),
    ev("majali-statement", "على لسان ناطقها الإعلامي لورنس المجالي الاحد", "2023-02-12", "'الاحد' = Sun 12 Feb 2023"),
    ev("dhleil-outbreak", "منذ اليوم الأول لانتشار المرض في بؤرة منطقة الضليل", "2023-01-01", "no own expression; the Dhleil (Zarqa) outbreak among dairy cattle broke out in January 2023 (outside knowledge: alrai of Sat 28 Jan 2023 reported 56 infected farms); my span 1-28 Jan 2023", end="2023-01-29"),
    ev("markets-closure", "بإغلاق أسواق المواشي في المحافظات", ANN, "no own expression; the nationwide closure decided on Sun 5 Feb 2023 (gold: the decision day)"),
    ev("fodder-import-suspension", "ووقف استيراد القش من العراق", ANN, "no own expression; the suspension announced on Sun 5 Feb 2023"),
    ev("results-expected", "نهاية الأسبوع الجاري", "2023-02-16", "'نهاية الأسبوع الجاري' in the week of Sun 12 Feb = Thu 16 - Sat 18 Feb 2023", end="2023-02-19"),
])
art(S, "https://sarayanews.com/article/827115/فتح-أسواق-الماشية-قريبا-بشكل-تدريجي-وفق-بروتوكول-لمنع-انتشار-الحمى-القلاعية",
    "2023-02-14", "page stamp '14-02-2023 08:27 AM' (not kept); 14 Feb 2023 was a Tuesday and the body's 'الثلاثاء' for the ministry's statement agrees; the site furniture, view counter and crawl date ('الجمعة ,22 نوفمبر, 2024') dropped; no date of its own in the kept text", False, """
فتح أسواق الماشية قريبا بشكل تدريجي وفق بروتوكول لمنع انتشار الحمى القلاعية
أعلنت وزارة الزراعة، الثلاثاء، أن أسواق الماشية ستُفتح قريبًا على نحو تدريجي وفق بروتوكول يمنع انتشار الحمى القلاعية.
وقال الناطق باسم الوزارة لورانس المجالي، في تصريحات صحفية، إنه يُتوقع "انتهاء بؤرة انتشار الحمى القلاعية في الأردن نهاية الأسبوع الحالي أو مطلع الأسبوع المقبل"، مؤكدًا عدم تسجيل "إصابات بالحمى القلاعية بين الأغنام حتى الثلاثاء".
وكانت الوزارة قد ذكرت في وقت سابق أنها شكّلت، بالشراكة مع جمعيات مربي الأبقار، لجنة لحصر الأضرار التي لحقت بالقطاع، على أن تنهي أعمالها خلال 10 أيام وترفع تقريرها إلى مجلس الوزراء لتعويض المزارعين.
""", [
    ev("reopening-statement", "أعلنت وزارة الزراعة، الثلاثاء", "2023-02-14", "'الثلاثاء' = Tue 14 Feb 2023 (the publication day)"),
    ev("outbreak-end-expected", "نهاية الأسبوع الحالي أو مطلع الأسبوع المقبل", "2023-02-16", "'نهاية الأسبوع الحالي أو مطلع الأسبوع المقبل' from Tue 14 Feb = Thu 16 - Mon 20 Feb 2023 (my span)", end="2023-02-21"),
    ev("no-sheep-cases", "بين الأغنام حتى الثلاثاء", "2023-02-05", "'حتى الثلاثاء': no sheep case from the strain's announcement (Sun 5 Feb) up to Tue 14 Feb 2023 (my span)", end="2023-02-15"),
    ev("damage-committee", "لجنة لحصر الأضرار التي لحقت بالقطاع", ANN, "'في وقت سابق': the committee announced with the measures of Sun 5 Feb 2023"),
])

# ---------------------------------------------------------------- egypt-gaza-girl-jouri-rabies-death-2025
S = "egypt-gaza-girl-jouri-rabies-death-2025"
DEATH = ("2025-09-14", "2025-09-16")  # died on 14 or 15 Sep 2025 (first reports Mon 15 Sep evening)
BITE = ("2025-07-05", "2025-08-01")   # 'قبل نحو شهرين' before mid-September 2025
ARRIVAL = ("2024-02-01", "2024-03-01")  # arrived from Gaza in February 2024 (the Rafah crossing closed in May 2024)
art(S, "https://www.egypttelegraph.com/article/180540/%D8%A8%D8%B9%D8%AF-%D9%88%D9%81%D8%A7%D8%A9-%D8%A7%D8%A8%D9%86%D8%AA%D9%87%D8%A7-%D8%A3%D9%88%D9%84-%D8%AA%D8%B9%D9%84%D9%8A%D9%82-%D9%85%D9%86-%D9%88%D8%A7%D9%84%D8%AF%D8%A9",
    "2025-09-15", "date line 'الإثنين، 15 سبتمبر 2025 - 09:39 م' above the headline (kept as first line 'الإثنين، 15 سبتمبر 2025'); 15 Sep 2025 was a Monday; the captions 'الطفلة جوري' and the sub-headings dropped; the last quotation, cut in the stored text, dropped", True, """
الإثنين، 15 سبتمبر 2025
بعد وفاة ابنتها.. أول تعليق من والدة الطفلة الفلسطينية "جوري"
فارقت الطفلة الفلسطينية جوري محمد الحياة في حادث مأساوي داخل أحد التجمعات السكنية (الكمبوندات) بمدينة أكتوبر الجديدة، بعدما خدشها كلب خدشًا بدا بسيطًا في البداية، ثم تحوّل إلى مأساة موجعة انتهت بفقدان الصغيرة حياتها، مخلّفة حالة من الصدمة والحزن بين الأهالي.
وقالت والدة جوري، في تصريح خاص لـ"تليجراف مصر"، إن ابنتها كانت تلعب مع إخوتها في حديقة داخل الكمبوند بمدينة أكتوبر، فاقترب منها كلب وخدشها خدشًا خفيفًا، ولم تخبر أحدًا بما جرى ولم يبدُ عليها أي ألم.
وأضافت الأم أنه بعد مرور شهر كامل فقدت ابنتها وعيها فجأة وظهرت على وجهها علامات الشحوب، وعندها فقط اعترفت بأن الكلب خدشها.
وأوضحت أن أعراضًا ظهرت على الطفلة خلال الفترة السابقة من غير أن تكشف التحاليل عن أي مرض، وكان الخدش واضحًا على جسدها، لكنه لم ينزف ولم يثر القلق.
""", [
    ev("death", "فارقت الطفلة الفلسطينية جوري محمد الحياة", DEATH[0], "no own expression; she died shortly before this report of Mon 15 Sep 2025, 21:39 (the other outlets carried it on 16-17 Sep); my span 14-15 Sep 2025", end=DEATH[1]),
    ev("dog-scratch", "فاقترب منها كلب وخدشها خدشًا خفيفًا", BITE[0], "no own expression; 'قبل نحو شهرين' in the other reports of 16 Sep: my span 5-31 Jul 2025", end=BITE[1]),
    ev("mother-statement", "وقالت والدة جوري، في تصريح خاص", "2025-09-15", "no own expression; the exclusive statement published on Mon 15 Sep 2025"),
    ev("collapse", "فقدت ابنتها وعيها فجأة", "2025-08-05", "'بعد مرور شهر كامل' after the scratch (July 2025): my span 5-31 Aug 2025", end="2025-09-01"),
])
art(S, "https://www.eremnews.com/entertainment/kd7yh33",
    "2025-09-16", "the stored page's date stamp '2025-09-16' (no date in the URL); the news of the death spread on 15-16 Sep 2025; no date of its own in the kept text; the last sentence, cut in the stored text ('المتوفر مجان...'), dropped", False, """
تُوفيت الطفلة الفلسطينية جوري محمد أبو عواد، التي لجأت مع أسرتها إلى مصر فرارًا من الحرب في قطاع غزة، بعد إصابتها بداء السعار جراء عضة كلب في مدينة السادس من أكتوبر بمحافظة الجيزة، ما أثار موجة غضب واسعة على مواقع التواصل الاجتماعي.
وذكرت مصادر مصرية أن الطفلة تعرّضت للعضّ قبل نحو شهرين داخل أحد التجمعات السكنية، ولم تتلقَّ المصل الوقائي في الوقت المناسب، فأُصيبت بالسعار وتدهورت حالتها الصحية تدريجيًّا، قبل أن تُعلن وفاتها في مستشفى الحميات بالعباسية إثر هبوط حاد في الدورة الدموية وتوقف القلب.
ويُعد السعار مرضًا فيروسيًّا بالغ الخطورة، ينتقل عبر لعاب الحيوانات المصابة ويصيب الجهاز العصبي المركزي، وغالبًا ما يكون قاتلًا إن لم يُعالج فورًا، في حين يمكن الوقاية منه بالمصل المضاد بعد تنظيف الجرح مباشرة.
وأشارت المصادر إلى أن الطفلة قدمت إلى مصر برفقة والدتها وأشقائها الأربعة في فبراير الماضي، بعد استشهاد والدها في قصف إسرائيلي على غزة، قبل أن تغادر والدتها البلاد للعلاج، تاركة الأطفال وحدهم في القاهرة.
""", [
    ev("death", "تُوفيت الطفلة الفلسطينية جوري محمد أبو عواد", DEATH[0], "no own expression; first reported on the evening of Mon 15 Sep 2025; my span 14-15 Sep 2025", end=DEATH[1]),
    ev("online-outrage", "ما أثار موجة غضب واسعة على مواقع التواصل الاجتماعي", "2025-09-15", "no own expression; the reactions from the first reports (Mon 15 Sep) to the following days; my span 15-17 Sep 2025", end="2025-09-18"),
    ev("dog-scratch", "تعرّضت للعضّ قبل نحو شهرين", BITE[0], "'قبل نحو شهرين' before mid-September 2025: my span 5-31 Jul 2025", end=BITE[1]),
    ev("arrival-egypt", "قدمت إلى مصر برفقة والدتها وأشقائها الأربعة في فبراير الماضي", ARRIVAL[0], "'في فبراير الماضي' would read February 2025, but the family came out of Gaza in February 2024 (other reports: 'في فبراير 2024', 'منذ شهر فبراير من العام الماضي'; the Rafah crossing was shut from May 2024): gold February 2024", end=ARRIVAL[1]),
])
art(S, "https://www.okaz.com.sa/variety/na/2213567?ref=rss&format=simple&link=link",
    "2025-09-16", "the stored page's date stamp '2025-09-16' (no date in the URL); no date of its own in the kept text; the sub-headings ('من غزة إلى القاهرة', 'تفاصيل الوفاة', 'جدل واسع') and the last sentence, cut in the stored text, dropped", False, """
تحولت قصة الطفلة الفلسطينية جوري محمد أبو عواد إلى قضية رأي عام، بعدما فارقت الحياة في مصر إثر إصابتها بداء السعار عقب عضة كلب، لتُطلق الحادثة موجة من الغضب والحزن على مواقع التواصل الاجتماعي.
وكانت جوري (9 أعوام) قد وصلت إلى مصر مع والدتها وأشقائها في فبراير الماضي، بعد استشهاد والدها في قصف إسرائيلي على غزة.
لكن رحلة اللجوء لم تمنحها الأمان، إذ عضّها كلب داخل مجمع سكني في مدينة السادس من أكتوبر قبل شهرين، ولم تحصل على المصل الوقائي في حينه، فتدهورت حالتها.
ونُقلت الطفلة أخيراً إلى مستشفى الحميات بالعباسية، حيث عانت هبوطاً حاداً في الدورة الدموية وتوقفاً في عضلة القلب، لتفارق الحياة وسط صدمة كبيرة.
وبحسب الأطباء، يُعد السعار من أخطر الأمراض الفيروسية القاتلة، وينتقل عبر لعاب الحيوانات المصابة، وغالباً ما يكون مميتاً إذا لم يُعالج فوراً بالتطعيم المناسب.
وأثارت وفاة جوري انتقادات واسعة، إذ حمّل بعضهم عائلتها مسؤولية التقصير في علاجها، في حين رأى آخرون أن المشكلة تكمن في انتشار الكلاب الضالة التي تهدد حياة الأطفال والمواطنين.
""", [
    ev("death", "لتفارق الحياة وسط صدمة كبيرة", DEATH[0], "no own expression; first reported on the evening of Mon 15 Sep 2025; my span 14-15 Sep 2025", end=DEATH[1]),
    ev("arrival-egypt", "قد وصلت إلى مصر مع والدتها وأشقائها في فبراير الماضي", ARRIVAL[0], "'في فبراير الماضي' would read February 2025; the family arrived in February 2024 (other reports: 'في فبراير 2024'): gold February 2024", end=ARRIVAL[1]),
    ev("dog-scratch", "إذ عضّها كلب داخل مجمع سكني", BITE[0], "'قبل شهرين' before mid-September 2025: my span 5-31 Jul 2025", end=BITE[1]),
    ev("hospital-transfer", "ونُقلت الطفلة أخيراً إلى مستشفى الحميات بالعباسية", "2025-09-08", "'أخيراً': shortly before her death (14-15 Sep 2025); my span 8-15 Sep 2025", end="2025-09-16"),
    ev("online-outrage", "وأثارت وفاة جوري انتقادات واسعة", "2025-09-15", "no own expression; the reactions from Mon 15 Sep 2025 on; my span 15-17 Sep 2025", end="2025-09-18"),
])
art(S, "https://www.alwakeelnews.com/Section_7/%D9%85%D9%86%D9%88%D8%B9%D8%A7%D8%AA/%D8%A8%D8%B9%D8%AF-%D9%81%D8%B1%D8%A7%D8%B1%D9%87%D8%A7-%D9%85%D9%86-%D8%AC%D8%AD%D9%8A%D9%85-%D8%A7%D9%84%D8%AD%D8%B1%D8%A8-%D8%A8%D8%BA%D8%B2%D8%A9-%D8%B9%D8%B6%D8%A9-%D9%83%D9%84%D8%A8-%D8%AA%D9%82%D8%AA%D9%84-%D8%A7%D9%84%D8%B7%D9%81%D9%84%D8%A9-%D8%AC%D9%88%D8%B1%D9%8A-%D9%81%D9%8A-%D9%85%D8%B5%D8%B1-%D8%B5%D9%88%D8%B1%D8%A9_746385",
    "2025-09-17", "the stored page's date stamp '2025-09-17' (no date in the URL); no date of its own in the kept text; the prefix 'الوكيل الإخباري-' dropped", False, """
بعد فرارها من جحيم الحرب بغزة.. عضة كلب تقتل الطفلة جوري في مصر
تُوفيت الطفلة الفلسطينية جوري محمد أبو عواد، اللاجئة من قطاع غزة، إثر إصابتها بداء السعار نتيجة عضة كلب في مدينة السادس من أكتوبر بمحافظة الجيزة، وسط موجة غضب على مواقع التواصل الاجتماعي.
ووفق مصادر طبية، تعرّضت الطفلة للعض قبل نحو شهرين داخل مجمع سكني، ولم تحصل على المصل الوقائي في الوقت المناسب، فتدهورت حالتها الصحية وتوفيت لاحقًا في مستشفى الحميات بالعباسية جراء هبوط حاد في الدورة الدموية.
وكانت جوري قد وصلت إلى مصر مع والدتها وأشقائها الأربعة في فبراير الماضي بعد استشهاد والدها في قصف إسرائيلي على غزة، وعاشت مع إخوتها بعد سفر والدتها لتلقي العلاج.
وأثار الحادث تعاطفًا وغضبًا واسعين، ووُجهت انتقادات إلى الجهات المعنية بسبب التقصير في تقديم المصل الوقائي وعدم السيطرة على الكلاب الضالة، فيما دعا ناشطون في مجال حقوق الحيوان إلى حلول إنسانية كالتطعيم والتعقيم للحد من هذه الظاهرة.
""", [
    ev("death", "تُوفيت الطفلة الفلسطينية جوري محمد أبو عواد، اللاجئة من قطاع غزة", DEATH[0], "no own expression; first reported on the evening of Mon 15 Sep 2025; my span 14-15 Sep 2025", end=DEATH[1]),
    ev("dog-scratch", "تعرّضت الطفلة للعض قبل نحو شهرين", BITE[0], "'قبل نحو شهرين' before mid-September 2025: my span 5-31 Jul 2025", end=BITE[1]),
    ev("arrival-egypt", "قد وصلت إلى مصر مع والدتها وأشقائها الأربعة في فبراير الماضي", ARRIVAL[0], "'في فبراير الماضي' would read February 2025; the family arrived in February 2024 (other reports: 'في فبراير 2024'): gold February 2024", end=ARRIVAL[1]),
    ev("online-outrage", "وأثار الحادث تعاطفًا وغضبًا واسعين", "2025-09-15", "no own expression; the reactions from Mon 15 Sep 2025 on; my span 15-17 Sep 2025", end="2025-09-18"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 206)
                            if i != 201 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

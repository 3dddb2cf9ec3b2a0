"""Builds stories.jsonl: the 218-th evaluation set of real Arabic news stories (several
articles per story, from different outlets, published on different days), bodies re-worded sentence by
sentence, every date/time expression kept verbatim, gold events keyed across each story (same format
and checks as tests/realnews/stories204/make_stories.py). Domain: celebratory gunfire and stray bullets
(a Gaza student killed by celebratory fire on the 2018 Tawjihi results day, a Syrian refugee killed in
Baalbek and a parked MEA airliner hit by New Year's gunfire in Lebanon in 2021, two MEA airliners hit at
Beirut airport by New Year's gunfire in 2023 and the security forces' hunt for the shooters). None of these
stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- palestine-gaza-ramez-daoud-tawjihi-gunfire-2018
S = "palestine-gaza-ramez-daoud-tawjihi-gunfire-2018"
art(S, "https://ultrapal.ultrasawt.com/%D9%86%D8%AA%D8%A7%D8%A6%D8%AC-%D8%A7%D9%84%D8%AA%D9%88%D8%AC%D9%8A%D9%87%D9%8A-%D8%B1%D8%B5%D8%A7%D8%B5%D8%A9-%D8%AA%D9%82%D8%AA%D9%84-%D8%B7%D8%A7%D9%84%D8%A8%D9%8B%D8%A7-%D9%8A%D8%AD%D8%AA%D9%81%D9%84-%D8%A8%D9%86%D8%AC%D8%A7%D8%AD%D9%87/%D8%A7%D9%84%D8%AA%D8%B1%D8%A7-%D9%81%D9%84%D8%B3%D8%B7%D9%8A%D9%86/%D8%AA%D9%82%D8%A7%D8%B1%D9%8A%D8%B1/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1",
    "2018-07-08", "date line '08-يوليو-2018' at the head of the stored text (kept as first line); 8 Jul 2018 was a Sunday, the day the Palestinian Tawjihi results were announced ('مساء اليوم الأحد'); headline rendered from the URL slug; the caption 'صورة أرشيفية', the pull quote on two students killed earlier in the year and the branch-by-branch pass rates (with their repeated figure) dropped", True, """
08-يوليو-2018
نتائج التوجيهي: رصاصة تقتل طالبًا يحتفل بنجاحه
لقي طالب حتفه في حي الشجاعية بمدينة غزة، بينما كان يحتفل بنجاحه في امتحانات الثانوية العامة التي أعلنت وزارة التربية والتعليم نتائجها مساء اليوم الأحد، مشيرة إلى أن نسبة النجاح بلغت 66.69%.
وبحسب مصادر محلية، فإن الطالب رامز جمال داوود (18 عامًا) قُتل إثر إصابة رأسه بطلق ناري في حي الشجاعية بغزة، خلال الاحتفال بنتائج الثانوية العامة.
وأفاد الناطق باسم وزارة الصحة في غزة بأن فتاتين، إحداهما من غزة والأخرى من النصيرات، أصيبتا بجروح متوسطة خلال احتفالهما بنتائج الثانوية العامة.
وذكرت وزارة التربية أن 48 ألفًا و420 طالبًا اجتازوا امتحان الثانوية العامة بجميع فروعه، من بين 72 ألفًا و604 تقدموا له في الضفة الغربية وغزة والشتات، وكذلك في قطر ورومانيا وبلغاريا.
""", [
    ev("results-announced", "أعلنت وزارة التربية والتعليم نتائجها مساء اليوم الأحد", "2018-07-08", "'مساء اليوم الأحد' = Sun 8 Jul 2018 (the date line); other reports have the results 'عصر اليوم'"),
    ev("ramez-killed", "قُتل إثر إصابة رأسه بطلق ناري", "2018-07-08", "no own expression; on the results day, Sun 8 Jul 2018 (another report: 'عصر اليوم الأحد')"),
    ev("girls-injured", "أصيبتا بجروح متوسطة", "2018-07-08", "no own expression; during the results celebrations of Sun 8 Jul 2018"),
])
art(S, "https://www.arab48.com/%D9%81%D9%84%D8%B3%D8%B7%D9%8A%D9%86%D9%8A%D8%A7%D8%AA/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/2018/07/08/%D9%85%D9%82%D8%AA%D9%84-%D8%B7%D8%A7%D9%84%D8%A8-%D8%A8%D8%B7%D9%84%D9%82-%D9%86%D8%A7%D8%B1%D9%8A-%D8%AE%D9%84%D8%A7%D9%84-%D8%A7%D9%84%D8%A7%D8%AD%D8%AA%D9%81%D8%A7%D9%84-%D8%A8%D8%A7%D9%84%D8%AA%D9%88%D8%AC%D9%8A%D9%87%D9%8A-%D8%A8%D8%BA%D8%B2%D8%A9",
    "2018-07-08", "date in the URL '/2018/07/08/' (a Sunday), agreeing with the body's 'عصر اليوم الأحد' for the results day; no date line in the stored text; the repeated headline, the caption '(توضيحية)' and the truncated last sentence (the pass figures) dropped; no date of its own in the text", False, """
مقتل طالب بطلق ناري خلال الاحتفال بالتوجيهي بغزة
قُتل الطالب رامز داوود (18 عاما) عصر اليوم الأحد، بعدما أصابه طلق ناري في الرأس أثناء الاحتفال بنتائج الثانوية العامة "التوجيهي" في قطاع غزة، فيما أصيبت طالبة بعيار ناري في القدم ووُصفت جروحها بالمتوسطة.
وأوضح مدير قسم الاستقبال والطوارئ في مجمع الشفاء الطبي، أيمن السحباني، أن الطالب رامز داوود من حي الشجاعية توفي متأثرا بطلق ناري أصاب رأسه خلال الاحتفال بنتائج الثانوية العامة.
كما نُقلت الطالبة أسماء رزق اللوح (22 عاما) من النصيرات إلى مستشفى الأقصى بعد أن سقط طلق ناري على قدمها اليمنى، وإصابتها متوسطة.
وفي السياق ذاته، احتجزت شرطة الاحتلال الإسرائيلي بعد عصر اليوم 5 طلاب من بلدة جبل المكبر في القدس، إثر إطلاقهم ألعابا نارية احتفالا بالنجاح في التوجيهي.
وكانت الشرطة الفلسطينية في الضفة الغربية وقطاع غزة قد حذرت من إطلاق النار في الهواء تزامنا مع إعلان نتائج الثانوية العامة، مؤكدة أنها ستتخذ الإجراءات القانونية اللازمة بحق المخالفين، مع غرامات مالية تصل إلى 6 آلاف شيكل.
""", [
    ev("ramez-killed", "قُتل الطالب رامز داوود (18 عاما) عصر اليوم الأحد", "2018-07-08", "'عصر اليوم الأحد' = Sun 8 Jul 2018 (the URL day)"),
    ev("girls-injured", "نُقلت الطالبة أسماء رزق اللوح", "2018-07-08", "no own expression; during the results celebrations of Sun 8 Jul 2018"),
    ev("jabal-mukaber-detentions", "احتجزت شرطة الاحتلال الإسرائيلي بعد عصر اليوم", "2018-07-08", "'بعد عصر اليوم' = Sun 8 Jul 2018"),
    ev("police-warning", "قد حذرت من إطلاق النار في الهواء", "2018-07-01", "no own expression; the police warnings came in the days before the results of Sun 8 Jul 2018 (my span 1-8 Jul)", end="2018-07-09"),
])
art(S, "https://staging.nn.najah.edu/news/Report-1/2018/07/09/137096",
    "2018-07-09", "date in the URL '/2018/07/09/' (a Monday), agreeing with the body's 'أمس' for the results of Sun 8 Jul 2018; the byline 'آلاء البرعي - النجاح الإخباري -' and the truncated last sentence (the two injured girls) dropped; no date of its own in the text", False, """
أثار نبأ وفاة طالب التوجيهي المتفوق رامز جمال داوود (18 عاما)، من مدرسة يافا الثانوية والحاصل على معدل 97%، بعيار ناري أصاب رأسه خطأً خلال الفرح بتفوقه عقب إعلان نتائج الثانوية العامة "الإنجاز" أمس، موجة من ردود الفعل الغاضبة والحزينة على موقع التواصل الاجتماعي فيسبوك.
وعبّر النشطاء عن استيائهم من استخدام السلاح عند إعلان النتائج، وهو ما أودى بحياة الشاب داوود، فنزل الخبر كالصاعقة، وتحول فرح لم يدم سوى دقائق معدودة إلى فاجعة حلّت بالعائلة وبحي الشجاعية الذي يسكنه المتفوق.
والشاب داوود، الحاصل على معدل 97% في نتائج الإنجاز، هو الشاب الوحيد لوالديه، وقد أصيبت والدته بانهيار عصبي بعد سماعها خبر وفاة نجلها، ونُقلت إلى مستشفى الشفاء وسط مدينة غزة حيث وُضعت تحت العناية المكثفة، وأوضح الأطباء أنها أصيبت بنوبة صدرية حادة وأن وضعها الصحي غير مستقر.
وقال مدير قسم الاستقبال والطوارئ في مجمع الشفاء الطبي أيمن السحباني لـ"النجاح" إن الطالب رامز داوود من حي الشجاعية توفي جراء إصابته بطلق ناري في الرأس أثناء الاحتفال بنتائج الثانوية العامة.
""", [
    ev("ramez-killed", "وفاة طالب التوجيهي المتفوق رامز جمال داوود", "2018-07-08", "no own expression beyond the results 'أمس': Sun 8 Jul 2018"),
    ev("results-announced", "عقب إعلان نتائج الثانوية العامة \"الإنجاز\" أمس", "2018-07-08", "'أمس' before Mon 9 Jul 2018 = Sun 8 Jul 2018"),
    ev("online-reactions", "موجة من ردود الفعل الغاضبة والحزينة", "2018-07-08", "no own expression; from the evening of the death, Sun 8 Jul, to the publication day (my span 8-9 Jul 2018)", end="2018-07-10"),
    ev("mother-hospitalised", "ونُقلت إلى مستشفى الشفاء وسط مدينة غزة", "2018-07-08", "no own expression; right after the news of her son's death, Sun 8 Jul 2018"),
])

# ---------------------------------------------------------------- lebanon-new-year-gunfire-taybeh-refugee-2021
S = "lebanon-new-year-gunfire-taybeh-refugee-2021"
NYE = ("2020-12-31", "2021-01-02")  # the New Year's gunfire at midnight, 31 Dec 2020 / 1 Jan 2021
art(S, "https://alwatannews.net/article/915810/Arab/لبنان-مقتل-نازحة-سورية-وجرحى-بطلقات-نارية",
    "2021-01-01", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الجمعة' for the army's arrests of New Year's shooters in Tripoli, after the gunfire of New Year's night 2021 (1 Jan 2021 was a Friday; another outlet: 'ليل أمس الخميس' on Fri 1 Jan); headline rendered from the URL slug; no date of its own in the text", False, """
لبنان.. مقتل نازحة سورية وجرحى بطلقات نارية
لقيت نازحة سورية حتفها في بلدة الطيبة اللبنانية، وأصيب 3 مواطنين بجروح، بسبب الرصاص العشوائي الذي أُطلق عند منتصف الليل احتفالا بحلول السنة الجديدة.
وأفادت وسائل إعلام لبنانية أيضا بإصابة طفل في الشويفات وشخص آخر في طرابلس جراء إطلاق الرصاص العشوائي.
وفي أعقاب ذلك، أوقف الجيش اللبناني، اليوم الجمعة، 7 أشخاص في طرابلس ممن أطلقوا الرصاص العشوائي.
وكان "الرصاص الابتهاجي الطائش" الذي أُطلق ليلا احتفالا بالعام الجديد قد أصاب طائرة حديثة تابعة لشركة طيران الشرق الأوسط، كانت متوقفة في مطار رفيق الحريري الدولي في بيروت.
""", [
    ev("refugee-killed", "لقيت نازحة سورية حتفها في بلدة الطيبة اللبنانية", "2021-01-01", "no own expression; shot at the midnight celebrations, in the first minutes of Fri 1 Jan 2021 (another report: 'فجر أمس الجمعة')"),
    ev("midnight-gunfire", "الرصاص العشوائي الذي أُطلق عند منتصف الليل", NYE[0], "'عند منتصف الليل' of New Year's night: midnight between Thu 31 Dec 2020 and Fri 1 Jan 2021 (my span covers both days)", end=NYE[1]),
    ev("army-arrests", "أوقف الجيش اللبناني، اليوم الجمعة، 7 أشخاص", "2021-01-01", "'اليوم الجمعة' = Fri 1 Jan 2021"),
    ev("plane-hit", "قد أصاب طائرة حديثة تابعة لشركة طيران الشرق الأوسط", NYE[0], "'ليلا' of New Year's night: midnight 31 Dec 2020 / 1 Jan 2021 (my span covers both days)", end=NYE[1]),
])
art(S, "https://www.orient-news.net/ar/news_show/187068/0/بعد-إحراق-مخيم-للسوريين-في-لبنان-احتفالات-رأس-السنة-تنهي-حياة-لاجئة-سورية",
    "2021-01-01", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الجمعة' for the National News Agency's report of the refugee's death 'منتصف ليل أمس' at the New Year's celebrations (Fri 1 Jan 2021); the repeated headline and, after its first clause, the closing paragraph on attacks against refugees (truncated) dropped; no date of its own in the text", False, """
احتفالات رأس السنة تنهي حياة لاجئة سورية في لبنان
لقيت لاجئة سورية حتفها إثر إصابتها برصاص طائش أثناء الاحتفال برأس السنة الجديدة في منطقة بعلبك اللبنانية الخاضعة لسيطرة ميليشيا حزب الله، في حادثة جديدة بحق اللاجئين السوريين تأتي بعد إحراق مخيم المنية شمال لبنان.
وأفادت الوكالة الوطنية اللبنانية للإعلام، اليوم الجمعة، بأن اللاجئة السورية (ح ع ج) فارقت الحياة متأثرة برصاصة طائشة اخترقت رأسها داخل مخيم الطيبة للاجئين السوريين في بعلبك "منتصف ليل أمس".
وأوضحت الوكالة أن الحادثة وقعت خلال احتفال برأس السنة الجديدة في منطقة بعلبك الخاضعة لسيطرة ميليشيا حزب الله، ثم نُقلت جثتها إلى براد مستشفى دار الأمل الجامعي في المنطقة نفسها.
ويعاني اللاجئون السوريون في لبنان من الفلتان الأمني والهجمات العنصرية، ولا سيما في المخيمات المنتشرة في معظم الأراضي اللبنانية.
""", [
    ev("refugee-killed", "فارقت الحياة متأثرة برصاصة طائشة", "2021-01-01", "'منتصف ليل أمس' read from Fri 1 Jan 2021: the midnight that opened Fri 1 Jan 2021"),
    ev("nna-report", "وأفادت الوكالة الوطنية اللبنانية للإعلام، اليوم الجمعة", "2021-01-01", "'اليوم الجمعة' = Fri 1 Jan 2021"),
    ev("body-to-hospital", "نُقلت جثتها إلى براد مستشفى دار الأمل الجامعي", "2021-01-01", "no own expression; after the shooting of New Year's night, Fri 1 Jan 2021"),
    ev("minieh-camp-burned", "بعد إحراق مخيم المنية شمال لبنان", "2020-12-26", "no own expression; the refugee camp of Bhanine (Minieh) was burned on the evening of Sat 26 Dec 2020 (outside knowledge; another report: 'مساء السبت الماضي')"),
])
art(S, "https://www.syria.tv/%D8%A8%D8%AF%D8%A7%D9%8A%D8%A9-%D8%A7%D9%84%D8%B9%D8%A7%D9%85-%D8%A7%D9%84%D8%AC%D8%AF%D9%8A%D8%AF-%D9%85%D9%82%D8%AA%D9%84-%D9%84%D8%A7%D8%AC%D8%A6%D8%A9-%D8%B3%D9%88%D8%B1%D9%8A%D8%A9-%D8%A8%D8%B1%D8%B5%D8%A7%D8%B5-%D8%B7%D8%A7%D8%A6%D8%B4-%D9%81%D9%8A-%D9%84%D8%A8%D9%86%D8%A7%D9%86?amp",
    "2021-01-02", "page stamp '2021.01.02 | 12:26 دمشق' under the headline (kept as first line, before the headline); 2 Jan 2021 was a Saturday; the caption 'مخيم للاجئين السوريين في مرجعيون ـ رويترز', 'نوع المصدر', the dateline 'إسطنبول ـ وكالات', the 'اقرأ أيضا' links and the closing paragraphs on refugee poverty dropped", True, """
2021.01.02 | 12:26 دمشق
بداية العام الجديد.. مقتل لاجئة سورية برصاص طائش في لبنان
قُتلت لاجئة سورية في لبنان بعد أن أصابها رصاص طائش أُطلق عند منتصف الليل احتفالا ببداية العام الجديد، وفقا للوكالة الوطنية اللبنانية للإعلام.
وذكرت الوكالة أن اللاجئة السورية توفيت "إثر إصابتها برصاصة طائشة اخترقت رأسها داخل مخيم الطيبة" للاجئين السوريين في مدينة بعلبك، التي شهدت إطلاقا كثيفا للرصاص في الهواء.
وأشارت إلى تسجيل عدد من الإصابات بسبب الرصاص الطائش خلال احتفالات العام الجديد، أدت إلى مقتل سيدة في العقد الرابع من عمرها وإصابة طفلة.
كما سقط الرصاص الطائش في مطار رفيق الحريري الدولي، فاخترق طائرة كانت متوقفة في المطار، بحسب وكالة فرانس برس.
""", [
    ev("refugee-killed", "قُتلت لاجئة سورية في لبنان", "2021-01-01", "no own expression; 'عند منتصف الليل' of New Year's night: the first minutes of Fri 1 Jan 2021"),
    ev("midnight-gunfire", "رصاص طائش أُطلق عند منتصف الليل", NYE[0], "'عند منتصف الليل' of New Year's night: midnight 31 Dec 2020 / 1 Jan 2021 (my span covers both days)", end=NYE[1]),
    ev("girl-injured", "وإصابة طفلة", NYE[0], "no own expression; in the gunfire of New Year's night (my span 31 Dec 2020 - 1 Jan 2021)", end=NYE[1]),
    ev("plane-hit", "فاخترق طائرة كانت متوقفة في المطار", NYE[0], "no own expression; in the gunfire of New Year's night (my span 31 Dec 2020 - 1 Jan 2021)", end=NYE[1]),
])
art(S, "https://video.baladi-news.com/ar/articles/69370/لبنان-مقتل-لاجئة-سورية-برصاص-طائش",
    "2021-01-02", "no stamp or URL date in the stored page: fixed by the body's 'فجر أمس الجمعة' for the refugee's death at the New Year's celebrations (Fri 1 Jan 2021): so Sat 2 Jan 2021; the source's slip 'ليلة رأس النصف' re-worded as 'ليلة رأس السنة'; headline rendered from the URL slug; the byline 'بلدي نيوز' dropped; no date of its own in the text", False, """
لبنان.. مقتل لاجئة سورية برصاص طائش
قُتلت لاجئة سورية في لبنان برصاص طائش خلال احتفالات ليلة رأس السنة فجر أمس الجمعة.
وقالت الوكالة الوطنية للإعلام اللبنانية إن اللاجئة السورية فارقت الحياة بعد أن اخترقت رصاصة طائشة رأسها داخل مخيم الطيبة للاجئين السوريين في مدينة بعلبك، حيث شهدت المنطقة إطلاق رصاص كثيف احتفالا برأس السنة، مضيفة أن عددا من الإصابات سُجّل جراء الرصاص الطائش خلال احتفالات العام الجديد.
وبحسب وكالة فرانس برس، أُطلق الرصاص الطائش أيضا في مطار رفيق الحريري الدولي في بيروت، فاخترق طائرة كانت متوقفة فيه.
ويقيم في لبنان نحو مليون ونصف مليون سوري وفق الأرقام الحكومية، منهم قرابة 950 ألفا مسجلون رسميا لدى المفوضية السامية للأمم المتحدة لشؤون اللاجئين.
""", [
    ev("refugee-killed", "برصاص طائش خلال احتفالات ليلة رأس السنة فجر أمس الجمعة", "2021-01-01", "'فجر أمس الجمعة' before Sat 2 Jan 2021 = Fri 1 Jan 2021"),
    ev("midnight-gunfire", "إطلاق رصاص كثيف احتفالا برأس السنة", NYE[0], "no own expression; New Year's night, midnight 31 Dec 2020 / 1 Jan 2021 (my span covers both days)", end=NYE[1]),
    ev("plane-hit", "فاخترق طائرة كانت متوقفة فيه", NYE[0], "no own expression; in the gunfire of New Year's night (my span 31 Dec 2020 - 1 Jan 2021)", end=NYE[1]),
])

# ---------------------------------------------------------------- lebanon-new-year-gunfire-mea-planes-2023
S = "lebanon-new-year-gunfire-mea-planes-2023"
NYE = ("2022-12-31", "2023-01-02")  # the New Year's gunfire at midnight, Sat 31 Dec 2022 / Sun 1 Jan 2023
art(S, "https://alnahdanews.com/article/146284-%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-%D8%B7%D8%A7%D8%A6%D8%B1%D8%AA%D9%8A%D9%86-%D9%81%D9%8A-%D9%85%D8%B7%D8%A7%D8%B1-%D8%A8%D9%8A%D8%B1%D9%88%D8%AA-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A-%D8%A8-%D8%A7%D9%84%D8%B1%D8%B5%D8%A7%D8%B5-%D8%A7%D9%84%D8%B9%D8%B4%D9%88%D8%A7%D8%A6%D9%8A",
    "2023-01-01", "page stamp '1 كانون الثاني 2023 13:57' under the headline (kept as first line, before the headline); 1 Jan 2023 was a Sunday; the kicker 'طائرات الشرق الأوسط ضحية الرصاص العشوائي في مطار بيروت' and the rubric 'أخبار لبنان' dropped; the source's slip 'نوفر' (for نوفمبر) kept inside the verbatim date expression", True, """
1 كانون الثاني 2023 13:57
إصابة طائرتين في مطار بيروت الدولي بالرصاص العشوائي
أصاب الرصاص العشوائي طائرتين تابعتين لشركة طيران الشرق الأوسط، بينما كانتا متوقفتين في مطار بيروت الدولي خلال الاحتفالات بحلول العام الجديد.
فقد تعرضت طائرتان من طراز إيرباص 321، تعودان لشركة طيران الشرق الأوسط - الخطوط الجوية اللبنانية، للإصابة بالرصاص العشوائي أثناء وقوفهما في مطار بيروت الدولي.
وسُحبت الطائرتان إلى حظيرة الطائرات في المطار لإصلاح الأضرار التي خلّفها الرصاص الطائش.
وفي شهر تشرين الثاني/ نوفر الماضي، أصيبت طائرة ركاب تابعة لشركة الشرق الأوسط كانت قادمة من الأردن إلى بيروت برصاصة طائشة خلال هبوطها في مطار رفيق الحريري الدولي في بيروت، من دون أن يسفر ذلك عن إصابات.
""", [
    ev("planes-hit", "أصاب الرصاص العشوائي طائرتين تابعتين لشركة طيران الشرق الأوسط", NYE[0], "'خلال الاحتفالات بحلول العام الجديد': midnight Sat 31 Dec 2022 / Sun 1 Jan 2023 (my span covers both days; other reports: 'منتصف ليل السبت')", end=NYE[1]),
    ev("planes-towed", "وسُحبت الطائرتان إلى حظيرة الطائرات", "2023-01-01", "no own expression; after the midnight gunfire, Sun 1 Jan 2023 (the date line)"),
    ev("amman-flight-hit", "أصيبت طائرة ركاب تابعة لشركة الشرق الأوسط كانت قادمة من الأردن", "2022-11-10", "'في شهر تشرين الثاني/ نوفر الماضي' = November 2022: the MEA flight from Amman hit on landing on Thu 10 Nov 2022 (outside knowledge: 'اليوم الخميس' in the reports of that day, MP Paula Yacoubian's tweet of 10 Nov 2022)"),
])
art(S, "https://mena-monitor.org/%d8%a7%d9%84%d8%b1%d8%b5%d8%a7%d8%b5-%d8%a7%d9%84%d8%b7%d8%a7%d8%a6%d8%b4-%d9%8a%d8%b5%d9%8a%d8%a8-%d8%b7%d8%a7%d8%a6%d8%b1%d8%a7%d8%aa-%d9%81%d9%8a-%d9%85%d8%b7%d8%a7%d8%b1-%d8%a8%d9%8a%d8%b1%d9%88/amp",
    "2023-01-01", "no stamp or URL date in the stored page: fixed by the body's 'عند منتصف الليل أمس السبت' for the New Year's gunfire that hit the planes (midnight of Sat 31 Dec 2022): so Sun 1 Jan 2023; headline rendered from the (truncated) URL slug; the byline 'مرصد مينا' and the closing paragraph on the airline's history dropped; no date of its own in the text", False, """
الرصاص الطائش يصيب طائرات في مطار بيروت
أصاب الرصاص الطائش الذي أُطلق احتفالا بالسنة الجديدة في لبنان طائرات تابعة لشركة "طيران الشرق الأوسط" رابضة في مطار رفيق الحريري الدولي ببيروت، إذ تعرضت طائرتان للشركة، عند منتصف الليل أمس السبت، لرصاص طائش وهما متوقفتان بلا حراك على مدرج المطار في العاصمة اللبنانية.
وشهدت مناطق محاذية لمطار رفيق الحريري إطلاق نار كثيفا عند منتصف الليل احتفاء بالعام الجديد 2023.
وأوضحت وسائل الإعلام اللبنانية أن الرصاص الطائش أصاب الطائرتين T7-ME9 وT7-ME، فسُحبتا على إثر ذلك إلى حظيرة الطائرات في المطار لإصلاح الضرر الذي لحق بهما.
ومع أن إطلاق النار هذه المرة جاء بمناسبة احتفالات رأس السنة، فإنها ليست الحادثة الأولى من نوعها التي تطال "طيران الشرق الأوسط"، إذ تعرضت طائرة تابعة للشركة نفسها قبل أسابيع لرصاصة طائشة لحظة هبوطها في بيروت قادمة من عمّان في الأردن.
""", [
    ev("planes-hit", "تعرضت طائرتان للشركة، عند منتصف الليل أمس السبت", NYE[0], "'عند منتصف الليل أمس السبت' read from Sun 1 Jan 2023: midnight Sat 31 Dec 2022 / Sun 1 Jan 2023 (my span covers both days)", end=NYE[1]),
    ev("midnight-gunfire", "إطلاق نار كثيفا عند منتصف الليل", NYE[0], "'عند منتصف الليل' of New Year's night 2023 (my span 31 Dec 2022 - 1 Jan 2023)", end=NYE[1]),
    ev("planes-towed", "فسُحبتا على إثر ذلك إلى حظيرة الطائرات", "2023-01-01", "no own expression; after the midnight gunfire, Sun 1 Jan 2023"),
    ev("amman-flight-hit", "تعرضت طائرة تابعة للشركة نفسها قبل أسابيع", "2022-11-10", "'قبل أسابيع' before 1 Jan 2023: the MEA flight from Amman hit on landing on Thu 10 Nov 2022 (outside knowledge)"),
])
art(S, "https://deyaralnagab.net/main.php?content=27&id=4776",
    "2023-01-02", "page stamp '02.01.2023' under the headline (kept as first line, after the headline); 2 Jan 2023 was a Monday; the text is a wire story (Anadolu) of the day before, whose 'اليوم الأحد' (Sun 1 Jan 2023) was left as it is; the site's header date ('الجمعة 01 تشرين ثاني/نوفمبر 2024'), its page counter and the truncated last sentence dropped", True, """
اطلاق نار خلال احتفالات رأس السنة في لبنان: 3 جرحى وإصابة طائرتين!!
02.01.2023
أعلنت السلطات اللبنانية، اليوم الأحد، إصابة 3 أشخاص وطائرتين جراء إطلاق نار عشوائي في الهواء احتفالا بليلة رأس السنة الميلادية الجديدة 2023.
وقالت قوى الأمن الداخلي في بيان إن "حوادث إطلاق النار العشوائي في الهواء، المتخلّفة وغير الحضارية، نتج عنها إصابة 3 أشخاص بجروح طفيفة في مدينة بيروت ومدينة طرابلس".
وأضاف البيان أن "طائرتين أصيبتا أثناء وجودهما على مدرّجات مطار رفيق الحريري الدّولي في بيروت (من دون وقوع إصابات)".
وأفادت قوى الأمن بأنها حددت 116 مشتبها بهم في إطلاق النار في الهواء، وبأنها تعمل على توقيفهم بالتنسيق مع الجهات القضائية.
والطائرتان من طراز "إيرباص" وتتبعان لشركة طيران "الشرق الأوسط" (الخطوط الجوية اللبنانية)، وفق مصدر رسمي لبناني تحدث إلى وسائل إعلام محلية وعالمية.
وكانت قوى الأمن الداخلي قد حذرت الخميس الماضي في بيان "من آفة إطلاق النار العشوائي القاتلة والمتخلّفة" في لبنان، داعية المواطنين إلى "عدم التردد في الإبلاغ عن هؤلاء المجرمين عديمي الأخلاق".
""", [
    ev("isf-statement", "أعلنت السلطات اللبنانية، اليوم الأحد", "2023-01-01", "'اليوم الأحد' = Sun 1 Jan 2023 (the wire story's day, one day before the page stamp)"),
    ev("three-injured", "إصابة 3 أشخاص بجروح طفيفة", NYE[0], "no own expression; in the gunfire of New Year's night (my span 31 Dec 2022 - 1 Jan 2023)", end=NYE[1]),
    ev("planes-hit", "طائرتين أصيبتا أثناء وجودهما", NYE[0], "no own expression; in the gunfire of New Year's night (my span 31 Dec 2022 - 1 Jan 2023)", end=NYE[1]),
    ev("suspects-identified", "حددت 116 مشتبها بهم", "2023-01-01", "no own expression; announced in the statement of Sun 1 Jan 2023"),
    ev("isf-warning", "قد حذرت الخميس الماضي", "2022-12-29", "'الخميس الماضي' before Sun 1 Jan 2023 = Thu 29 Dec 2022"),
])
art(S, "https://www.sawtbeirut.com/lebanon-news/%D8%A8%D8%A7%D9%84%D8%B5%D9%88%D8%B1%D8%A9-%D9%80-%D8%B1%D8%B5%D8%A7%D8%B5%D8%A9-%D8%B7%D8%A7%D8%A6%D8%B4%D8%A9-%D8%AA%D9%8F%D8%B5%D9%8A%D8%A8-%D9%87%D8%A7%D8%AA%D9%81%D9%87-%D8%A3%D8%AB%D9%86%D8%A7/",
    "2023-01-01", "no stamp or URL date in the stored page: fixed by the body's 'مساء أمس السبت عند منتصف الليل' for the New Year's gunfire that hit the two MEA planes (midnight of Sat 31 Dec 2022): so Sun 1 Jan 2023; no headline in the stored text; the caption 'مطار رفيق الحريري الدولي' dropped; no date of its own in the text", False, """
أثناء خروج مواطن من مطار رفيق الحريري الدولي في منتصف الليل، سقط عيار ناري طائش واستقر في هاتفه الخلوي، ونجا المواطن الذي كان يجر عربة حقائبه.
وكانت مناطق عدة، بينها المناطق المحيطة بالمطار، قد شهدت إطلاقا كثيفا للرصاص منتصف الليل مع بداية العام الجديد.
في المقابل، أصيبت طائرتان تابعتان لطيران الشرق الأوسط برصاص طائش مساء أمس السبت عند منتصف الليل.
وأفادت معلومات "المركزية" بأن الطائرتين T7-ME9 وT7-ME2 سُحبتا إلى حظيرة الطائرات لإصلاحهما، بعد أن تضررتا من الرصاص.
ويُذكر أن حادثة مماثلة وقعت منذ أسابيع، حين أصيبت طائرة تابعة لطيران الشرق الأوسط، كانت قادمة من الأردن إلى بيروت، برصاصة طائشة أثناء هبوطها في المطار من دون تسجيل إصابات.
""", [
    ev("phone-hit", "سقط عيار ناري طائش واستقر في هاتفه الخلوي", NYE[0], "'في منتصف الليل' of New Year's night: midnight Sat 31 Dec 2022 / Sun 1 Jan 2023 (my span covers both days)", end=NYE[1]),
    ev("midnight-gunfire", "إطلاقا كثيفا للرصاص منتصف الليل", NYE[0], "'منتصف الليل مع بداية العام الجديد': midnight 31 Dec 2022 / 1 Jan 2023 (my span covers both days)", end=NYE[1]),
    ev("planes-hit", "برصاص طائش مساء أمس السبت عند منتصف الليل", NYE[0], "'مساء أمس السبت عند منتصف الليل' read from Sun 1 Jan 2023: midnight Sat 31 Dec 2022 / Sun 1 Jan 2023 (my span covers both days)", end=NYE[1]),
    ev("planes-towed", "سُحبتا إلى حظيرة الطائرات لإصلاحهما", "2023-01-01", "no own expression; after the midnight gunfire, Sun 1 Jan 2023"),
    ev("amman-flight-hit", "حادثة مماثلة وقعت منذ أسابيع", "2022-11-10", "'منذ أسابيع' before 1 Jan 2023: the MEA flight from Amman hit on landing on Thu 10 Nov 2022 (outside knowledge)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 221)
                            if i != 201 and i != 218 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

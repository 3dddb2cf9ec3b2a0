"""Builds stories.jsonl: the 225-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories204/make_stories.py). Domain: antiquities: thefts from museums and sites, smuggled
antiquities seized or returned (the gold bracelet of king Amenemope stolen from the Egyptian Museum in Cairo and
melted, 2025; 17,000 looted clay tablets flown back to Iraq from the United States with prime minister
al-Kadhimi, 2021; 570 pieces looted from the Sudan National Museum during the war recovered and shown in Port
Sudan, 2026). None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden
list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-egyptian-museum-amenemope-bracelet-theft-2025
S = "egypt-egyptian-museum-amenemope-bracelet-theft-2025"
REPORT = ("2025-09-13", "2025-09-17")   # referral to police/prosecution: the museum's report to the Interior Ministry on Sat 13 Sep, made public Tue 16 Sep
MELT = ("2025-09-09", "2025-09-19")     # sold on and melted between the theft (9 Sep) and the arrests announced 18 Sep
art(S, "https://www.aljazeeramubasher.net/news/miscellaneous/2025/9/16/%D8%B9%D9%85%D8%B1%D9%87%D8%A7-3-%D8%A2%D9%84%D8%A7%D9%81-%D8%B9%D8%A7%D9%85-%D8%A7%D8%AE%D8%AA%D9%81%D8%A7%D8%A1-%D8%A5%D8%B3%D9%88%D8%B1%D8%A9-%D8%A3%D8%AB%D8%B1%D9%8A%D8%A9-%D9%85%D9%86",
    "2025-09-16", "date in the URL '/2025/9/16/' and the stored page's date 2025-09-16; the body's 'اليوم الثلاثاء' (16 Sep 2025 was a Tuesday) for the ministry's announcement; headline rendered from the (truncated) URL slug; the truncated last sentence ('وأشار البيان إلى أن تأجيل الإعلان ...') dropped; no date of its own in the text", False, """
عمرها 3 آلاف عام.. اختفاء إسورة أثرية من المتحف المصري
أعلنت وزارة السياحة والآثار المصرية، اليوم الثلاثاء، اختفاء إحدى الأساور الأثرية من معمل الترميم في المتحف المصري بالتحرير، وأكدت أنها سارعت فور علمها بالواقعة إلى اتخاذ كل الإجراءات القانونية اللازمة، إذ أحالت القضية إلى الجهات الشرطية المختلفة والنيابة العامة، وأخطرت جميع الجهات المعنية لاتخاذ ما يلزم.
وذكرت الوزارة في بيان أنها شكلت لجنة متخصصة لمراجعة جميع المقتنيات الموجودة في معمل الترميم وحصرها، كما عممت صورة القطعة المفقودة على كل الوحدات الأثرية في المطارات المصرية والموانئ البرية والبحرية والمنافذ الحدودية في أنحاء الجمهورية، ضمن إجراءات احترازية عاجلة تهدف إلى منع خروجها من البلاد.
من جهته، أكد مدير عام المتحف المصري بالتحرير أن الصور المتداولة على بعض المواقع الإخبارية ومنصات التواصل الاجتماعي لا تخص السوار المختفي، مشددا على أن الأساور الظاهرة فيها معروضة فعلا في قاعات الدور الثاني بالمتحف.
وأوضح أن القطعة محل التحقيق مختلفة كليا، فهي سوار ذهبي مزين بخرز كروي من حجر اللازورد، يعود إلى مقتنيات الملك أمنمؤوبي من عصر الانتقال الثالث.
""", [
    ev("ministry-announcement", "أعلنت وزارة السياحة والآثار المصرية، اليوم الثلاثاء", "2025-09-16", "'اليوم الثلاثاء' = Tue 16 Sep 2025 (the URL day)"),
    ev("referral-police", "أحالت القضية إلى الجهات الشرطية المختلفة والنيابة العامة", REPORT[0], "no own expression; 'فور علمها': the museum's report reached the Interior Ministry on Sat 13 Sep 2025 (Interior Ministry statement: 'ما تبلغ لوزارة الداخلية بتاريخ 13 الجارى'); the ministry's own referral fell between that day and its announcement of Tue 16 Sep (my span 13-16 Sep)", end=REPORT[1]),
    ev("inventory-committee", "شكلت لجنة متخصصة لمراجعة جميع المقتنيات", REPORT[0], "no own expression; formed after the loss was reported (13 Sep) and before the statement of Tue 16 Sep (my span 13-16 Sep)", end=REPORT[1]),
    ev("director-statement", "أكد مدير عام المتحف المصري بالتحرير", "2025-09-16", "no own expression; part of the ministry's statement of Tue 16 Sep 2025"),
])
art(S, "https://www.vetogate.com/5492693",
    "2025-09-16", "page stamp 'الثلاثاء 16 سبتمبر 2025' at the head of the stored page (kept as first line, before the headline) and the stored page's date 2025-09-16; 16 Sep 2025 was a Tuesday, the day of the ministry's statement; the masthead ('الجريدة الورقية', 'رئيس التحرير عصام كامل'), the rubric 'أخبار مصر', the captions, the sub-heading and the truncated last sentence dropped", True, """
الثلاثاء 16 سبتمبر 2025
أول تحرك من السياحة والآثار بشأن واقعة اختفاء أسورة بالمتحف المصري في التحرير
أعلنت وزارة السياحة والآثار أنها اتخذت كل الإجراءات القانونية اللازمة إزاء واقعة اختفاء إحدى الأساور الأثرية من معمل الترميم بالمتحف المصري بالتحرير.
وأوضحت الوزارة أن الواقعة أُحيلت إلى الجهات الشرطية المختلفة والنيابة العامة، وأُبلغت بها كل الجهات المعنية لاتخاذ ما يلزم، وذلك فور علمها بها.
كما شُكلت لجنة متخصصة لحصر كل المقتنيات الموجودة في معمل الترميم ومراجعتها، وفي إطار الإجراءات الاحترازية عُممت صورة القطعة المختفية على كل الوحدات الأثرية في المطارات المصرية والمنافذ والموانئ البرية والبحرية والحدودية في أنحاء الجمهورية.
وبيّن مدير عام المتحف المصري بالتحرير أن الصور المتداولة على بعض المواقع الإخبارية ومنصات التواصل الاجتماعي لا تتعلق بالقطعة المختفية، مؤكدا أن الأساور الظاهرة فيها معروضة في قاعات الدور الثاني بالمتحف، وأن الأسورة محل التحقيق مختلفة عنها تماما، إذ هي إسوارة ذهبية ذات خرزة كروية من اللازورد من مقتنيات الملك أمنمؤوبي من عصر الانتقال الثالث.
""", [
    ev("ministry-announcement", "أعلنت وزارة السياحة والآثار أنها اتخذت كل الإجراءات القانونية", "2025-09-16", "no own expression; the statement of Tue 16 Sep 2025 (the stamp day)"),
    ev("referral-police", "أن الواقعة أُحيلت إلى الجهات الشرطية المختلفة", REPORT[0], "no own expression; 'فور علمها بها': between the report of Sat 13 Sep 2025 and the statement of Tue 16 Sep (my span 13-16 Sep)", end=REPORT[1]),
    ev("inventory-committee", "كما شُكلت لجنة متخصصة لحصر كل المقتنيات", REPORT[0], "no own expression; between 13 Sep and the statement of Tue 16 Sep 2025 (my span)", end=REPORT[1]),
    ev("director-statement", "وبيّن مدير عام المتحف المصري بالتحرير", "2025-09-16", "no own expression; part of the statement of Tue 16 Sep 2025"),
])
art(S, "http://www.ghorbanews.com/NewsDetails.aspx?id=67055",
    "2025-09-18", "the body's own 'اليوم الخميس 18 سبتمبر 2025' (18 Sep 2025 was a Thursday, the day the Interior Ministry announced the arrests); the source line 'المصدر / القاهرة- سمرمنصور' dropped; the sub-headings kept as lines; the truncated last paragraph ('أهمية الأسورة الذهبية ...') dropped. The source's slips are kept: 'عصر الدولة الوسطى' (the bracelet is of the 21st dynasty) and 'في 9 سبتمبر الجاري، اكتشف' (9 Sep was the day of the theft; the loss was reported on 13 Sep)", True, """
مصر
في خطوة أمنية نوعية، ألقت الأجهزة الأمنية المصرية اليوم الخميس 18 سبتمبر 2025 القبض على كل المتورطين في سرقة أسورة ذهبية أثرية نادرة من المتحف المصري بالتحرير، وهي من أندر القطع الأثرية في مصر، ويعود تاريخها إلى عصر الدولة الوسطى منذ نحو 3000 عام.
تفاصيل واقعة سرقة الأسورة الذهبية الأثرية
في 9 سبتمبر الجاري، اكتشف موظفو المتحف اختفاء الأسورة الذهبية النادرة من خزينة داخل معمل الترميم.
وبيّنت التحقيقات أن أخصائية ترميم في المتحف استغلت وجودها أثناء العمل وسرقت الأسورة بأسلوب المغافلة.
وبعد السرقة، بيعت الأسورة إلى صاحب محل فضيات في حي السيدة زينب بالقاهرة مقابل 180 ألف جنيه، ثم انتقلت إلى مالك ورشة ذهب، وانتهت إلى عامل في مسبك ذهب مقابل 194 ألف جنيه، فصهرها وأعاد تشكيلها ضمن مصوغات جديدة.
القبض على المتورطين والإجراءات القانونية
وتمكنت الأجهزة الأمنية اليوم من ضبط السارقة وصاحب محل الفضيات ومالك الورشة والعامل في المسبك، وصادرت الأموال المتحصلة من بيع الأسورة.
وشرعت السلطات في اتخاذ إجراءات قانونية صارمة لضمان محاسبتهم.
""", [
    ev("arrests", "ألقت الأجهزة الأمنية المصرية اليوم الخميس 18 سبتمبر 2025 القبض", "2025-09-18", "'اليوم الخميس 18 سبتمبر 2025' = Thu 18 Sep 2025 (the Interior Ministry's announcement; the arrests are dated by it)"),
    ev("loss-discovered", "اكتشف موظفو المتحف اختفاء الأسورة الذهبية النادرة", "2025-09-09", "'في 9 سبتمبر الجاري' is the source's slip: the bracelet was taken on Tue 9 Sep and its loss reported to the Interior Ministry on Sat 13 Sep 2025 (Interior Ministry statement); the discovery fell between (my span 9-13 Sep)", end="2025-09-14"),
    ev("theft", "وسرقت الأسورة بأسلوب المغافلة", "2025-09-09", "no own expression here; the Interior Ministry: stolen 'يوم 9 سبتمبر' = Tue 9 Sep 2025"),
    ev("melted", "فصهرها وأعاد تشكيلها ضمن مصوغات جديدة", MELT[0], "no own expression; sold on and melted between the theft (9 Sep) and the arrests announced on Thu 18 Sep 2025 (my span 9-18 Sep)", end=MELT[1]),
])
art(S, "https://www.masrawy.com/news/news_cases/details/2025/9/21/2858481/%D8%A7%D9%84%D9%86%D9%8A%D8%A7%D8%A8%D8%A9-%D8%AA%D9%83%D8%B4%D9%81-%D8%B3%D8%A8%D8%A8-%D8%A5%D8%AE%D9%84%D8%A7%D8%A1-%D8%B3%D8%A8%D9%8A%D9%84-%D8%A7%D9%84%D9%85%D8%AA%D9%87%D9%85%D9%8A%D9%86-%D8%A7%D9%84%D8%AB%D8%A7%D9%84%D8%AB-%D9%88%D8%A7%D9%84%D8%B1%D8%A7%D8%A8%D8%B9-%D9%81%D9%8A-%D8%B3%D8%B1%D9%82%D8%A9-%D8%A3%D8%B3%D9%88%D8%B1%D8%A9-%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D9%81-%D8%A7%D9%84%D9%85%D8%B5%D8%B1%D9%8A",
    "2025-09-21", "date in the URL '/2025/9/21/' and the stored page's date 2025-09-21; the body's 'اليوم الأحد' (21 Sep 2025 was a Sunday) for the Public Prosecution's statement; no headline in the stored text; the byline 'كتب- أحمد أبو النجا:' and the truncated last sentence ('كما ندبت الن...') dropped; no date of its own in the text", False, """
أمرت النيابة العامة بالحبس الاحتياطي للمتهمين الأول والثاني، وبإخلاء سبيل الباقين بضمان مالي، في واقعة سرقة أسورة أثرية من المتحف المصري.
وذكرت النيابة في بيان أصدرته اليوم الأحد أنها باشرت التحقيق في واقعة فقد إحدى القطع الأثرية من داخل معمل الترميم بالمتحف، وانتقلت لمعاينة مكان الواقعة بعد أن ندبت خبراء الإدارة العامة للأدلة الجنائية لرفع ما يمكن من أدلة مادية.
واستمعت كذلك إلى عدد من مسؤولي المتحف وأفراد تأمينه لمعرفة آلية تداول الأثر المفقود بين أقسام المتحف، وتحفظت على المستندات المتصلة بالواقعة.
وبيّنت التحريات أن الموظفة المختصة بالمعمل هي من ارتكبت واقعة الاختلاس، فضُبطت مع ثلاثة متهمين آخرين.
وباستجوابها، أقرت المتهمة الأولى باختلاس الأثر من مكان عملها وتسليمه إلى المتهم الثاني ليبيعه على أنه سوار من الذهب، بعد أن أتلفت الأحجار الكريمة المثبتة فيه.
ثم سلمه المتهم الثاني إلى المتهم الثالث، الذي باعه بدوره للمتهم الرابع، فاشتراه وزنا كقطعة ذهب وسبكه، وأثبتت التحريات حسن نية المتهمين الثالث والرابع.
""", [
    ev("prosecution-statement", "وذكرت النيابة في بيان أصدرته اليوم الأحد", "2025-09-21", "'اليوم الأحد' = Sun 21 Sep 2025 (the URL day)"),
    ev("detention-order", "أمرت النيابة العامة بالحبس الاحتياطي للمتهمين الأول والثاني", "2025-09-19", "no own expression; announced in the statement of Sun 21 Sep 2025 after the arrests announced Thu 18 Sep; the order itself fell between (my span 19-21 Sep)", end="2025-09-22"),
    ev("theft", "هي من ارتكبت واقعة الاختلاس", "2025-09-09", "no own expression; the Interior Ministry: stolen 'يوم 9 سبتمبر' = Tue 9 Sep 2025"),
    ev("arrests", "فضُبطت مع ثلاثة متهمين آخرين", "2025-09-18", "no own expression; the arrests announced by the Interior Ministry on Thu 18 Sep 2025 (another report: 'اليوم الخميس 18 سبتمبر 2025')"),
    ev("melted", "فاشتراه وزنا كقطعة ذهب وسبكه", MELT[0], "no own expression; between the theft (9 Sep) and the arrests (18 Sep 2025) (my span 9-18 Sep)", end=MELT[1]),
])

# ---------------------------------------------------------------- iraq-17000-artifacts-return-from-us-2021
S = "iraq-17000-artifacts-return-from-us-2021"
NEXT_WEEK = ("2021-08-01", "2021-08-08")  # 'الأسبوع المقبل' from Thu 29 Jul 2021 (Iraqi week Sun-Sat); a display at the Iraq Museum was reported on Tue 3 Aug 2021
art(S, "https://youm7.com/story/2021/7/29/%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D9%8A%D8%B3%D8%AA%D8%B9%D9%8A%D8%AF-17-%D8%A3%D9%84%D9%81-%D9%82%D8%B7%D8%B9%D8%A9-%D8%A3%D8%AB%D8%B1%D9%8A%D8%A9-%D9%85%D9%86-%D8%A7%D9%84%D9%88%D9%84%D8%A7%D9%8A%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D8%AF%D8%A9/5406745",
    "2021-07-29", "date in the URL '/2021/7/29/' (a Thursday); the body's 'مساء اليوم /الخميس/' agrees; headline rendered from the URL slug; the comment-form line dropped; no date of its own in the text", False, """
العراق يستعيد 17 ألف قطعة أثرية من الولايات المتحدة
أعلن وزير الثقافة العراقي حسن ناظم وصول 17 ألف قطعة أثرية من الولايات المتحدة إلى العراق، وقال في تصريحات نقلتها قناة "السومرية نيوز" مساء اليوم /الخميس/ إن الآثار الواصلة هي من الرقم الطينية (ألواح من الطين دُوّنت عليها كتابات باللغة الآكدية أو السومرية)، وقد استردها العراق فعادت إلى أرضها الأصلية.
وأضاف أن استرداد هذه الآثار تحقق بجهود حثيثة من وزارتي الخارجية والثقافة، ممثلة بهيئة الآثار والتراث، وبجهد كبير من السفارة العراقية في واشنطن.
وأشار إلى أن العراق سيواصل العمل على استرداد الآثار المسروقة والمنهوبة من البلاد، موضحا في الوقت نفسه أن الآثار المستردة ستُعرض في المتحف العراقي.
""", [
    ev("arrival", "وصول 17 ألف قطعة أثرية من الولايات المتحدة إلى العراق", "2021-07-29", "no own expression; the tablets arrived on Thu 29 Jul 2021 with the prime minister's plane (another report: 'ووصلت الخميس')"),
    ev("minister-statement", "مساء اليوم /الخميس/", "2021-07-29", "'مساء اليوم /الخميس/' = the evening of Thu 29 Jul 2021 (the URL day)"),
    ev("museum-display", "الآثار المستردة ستُعرض في المتحف العراقي", NEXT_WEEK[0], "no own expression; another report: 'في الأسبوع المقبل' from Thu 29 Jul = the week of 1-7 Aug 2021 (a display at the museum was reported on Tue 3 Aug; my span is the week)", end=NEXT_WEEK[1]),
])
art(S, "https://24.ae/article/651792/31/الكاظمي-يعود-إلى-العراق-من-أمريكا-بـ-17-ألف-قطعة-أثرية",
    "2021-07-30", "page stamp 'الجمعة 30 يوليو 2021 / 00:51' above the headline (kept as first line, before the headline); 30 Jul 2021 was a Friday, and the body's 'الخميس' is the day before; the caption 'لوح طيني سومري مهرب مسروق من العراق (أرشيف)' (twice) dropped", True, """
الجمعة 30 يوليو 2021 / 00:51
الكاظمي يعود إلى العراق من أمريكا بـ 17 ألف قطعة أثرية
أعلن وزير الثقافة والسياحة والآثار العراقي حسن ناظم، الخميس، أن بلاده استعادت من الولايات المتحدة الأمريكية 17 ألف قطعة أثرية سُرقت خلال السنوات الماضية.
وأوضح الوزير في تصريح صحافي أن 17 ألف قطعة أثرية طينية تعود إلى حقب تاريخية قديمة استُردت من الولايات المتحدة، ووصلت الخميس إلى العراق على متن الطائرة التي أقلّت رئيس الحكومة العراقية مصطفى الكاظمي في ختام زيارته الرسمية إلى واشنطن.
وأضاف أن هذا أكبر عدد من القطع الأثرية يُسترد من الولايات المتحدة، بعد جهود كبيرة بذلتها الدبلوماسية العراقية في واشنطن ووزارتا الخارجية والثقافة لاستعادة الآثار المسروقة من العراق.
وذكر أن وزارة الثقافة والآثار ستعرض هذه القطع في المتحف الوطني العراقي في الأسبوع المقبل.
""", [
    ev("minister-statement", "أعلن وزير الثقافة والسياحة والآثار العراقي حسن ناظم، الخميس", "2021-07-29", "'الخميس' before the stamp of Fri 30 Jul (00:51) = Thu 29 Jul 2021"),
    ev("arrival", "ووصلت الخميس إلى العراق", "2021-07-29", "'الخميس' = Thu 29 Jul 2021"),
    ev("washington-visit", "في ختام زيارته الرسمية إلى واشنطن", "2021-07-25", "no own expression; al-Kadhimi's official visit to Washington, ending with the return flight of Thu 29 Jul 2021; he met President Biden on Mon 26 Jul (outside knowledge; my span 25-29 Jul)", end="2021-07-30"),
    ev("museum-display", "ستعرض هذه القطع في المتحف الوطني العراقي في الأسبوع المقبل", NEXT_WEEK[0], "'في الأسبوع المقبل' from Thu 29 Jul 2021 = the week of Sun 1 - Sat 7 Aug 2021 (a display at the museum was reported on Tue 3 Aug)", end=NEXT_WEEK[1]),
])
art(S, "https://alrray.org/?p=508206",
    "2021-07-30", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الجمعة' for al-Kadhimi's tweet ordering the reopening of the Iraq Museum, posted on Fri 30 Jul 2021 (another outlet's URL '/2021-07-31/' reports it as 'أمس الجمعة'); the tweet is given in indirect speech; 'مقالات ذات صلة' dropped; no date of its own in the text", False, """
الكاظمي يوجه باعادة افتتاح المتحف العراقي امام الجمهور
وجّه رئيس مجلس الوزراء مصطفى الكاظمي، اليوم الجمعة، بإعادة فتح المتحف العراقي أمام الجمهور والباحثين، عقب استعادة 17 ألف قطعة أثرية من الولايات المتحدة.
وقال الكاظمي في تغريدة على حسابه في "تويتر" إنه وجّه، بالتزامن مع إعادة 17 ألف قطعة أثرية عراقية مع الوفد الذي أنهى زيارة ناجحة إلى واشنطن أمس، بإعادة افتتاح المتحف العراقي أمام الجمهور والباحثين، لتكون بداية جديدة لاستلهام القيم الحضارية العريقة والهوية الوطنية الأصيلة، ولتعريف الأجيال بما قدمته هذه الأرض من علوم وثقافات وإنجازات.
""", [
    ev("reopening-order", "وجّه رئيس مجلس الوزراء مصطفى الكاظمي، اليوم الجمعة", "2021-07-30", "'اليوم الجمعة' = Fri 30 Jul 2021"),
    ev("arrival", "مع الوفد الذي أنهى زيارة ناجحة إلى واشنطن أمس", "2021-07-29", "'أمس' before Fri 30 Jul = Thu 29 Jul 2021 (the delegation's return with the tablets)"),
])
art(S, "http://www.alkhaleej.ae/2021-07-31/الكاظمي-يوجه-بإعادة-افتتاح-المتحف-العراقي-أمام-الجمهور/محطات/منوعات",
    "2021-07-31", "date in the URL '/2021-07-31/' (a Saturday) and the time '01:24 صباحا' under the headline; the body's 'أمس الجمعة' (Fri 30 Jul) agrees; the labels 'عادي', 'قراءة دقيقة واحدة', the caption 'مصطفى الكاظمي', the byline 'بغداد: زيدان الربيعي' and the rating/subscription lines dropped; no date of its own in the text", False, """
الكاظمي يُوجِّه بإعادة افتتاح المتحف العراقي أمام الجمهور
أصدر رئيس الوزراء العراقي مصطفى الكاظمي، أمس الجمعة، توجيها بإعادة افتتاح المتحف العراقي أمام الجمهور والباحثين.
وذكر الكاظمي في تغريدة على «تويتر» أنه وجّه بإعادة افتتاح المتحف للجمهور والباحثين بالتزامن مع إعادة 17 ألف قطعة أثرية عراقية مع الوفد الذي أنهى زيارة ناجحة إلى واشنطن، لتكون بداية جديدة لاستلهام القيم الحضارية العريقة والهوية الوطنية الأصيلة، ولتثقيف الأجيال بما قدمته هذه الأرض من علوم وثقافات وإنجازات.
""", [
    ev("reopening-order", "أصدر رئيس الوزراء العراقي مصطفى الكاظمي، أمس الجمعة", "2021-07-30", "'أمس الجمعة' before Sat 31 Jul = Fri 30 Jul 2021"),
    ev("arrival", "بالتزامن مع إعادة 17 ألف قطعة أثرية عراقية", "2021-07-29", "no own expression; the tablets came back with the delegation on Thu 29 Jul 2021 (other reports: 'ووصلت الخميس', 'أمس' in the tweet of Fri 30 Jul)"),
    ev("washington-visit", "أنهى زيارة ناجحة إلى واشنطن", "2021-07-25", "no own expression; al-Kadhimi's visit to Washington, 25-29 Jul 2021 (outside knowledge; my span)", end="2021-07-30"),
])

# ---------------------------------------------------------------- sudan-570-looted-antiquities-recovered-2026
S = "sudan-570-looted-antiquities-recovered-2026"
LOOT = ("2023-04-15", "2025-03-24")  # the museum sat in the RSF-held zone from the outbreak of war (15 Apr 2023) until the army retook central Khartoum (Mogran, 23 Mar 2025)
art(S, "https://alsudaninews.com/?p=199714",
    "2026-01-12", "the stored page's date 2026-01-12 and the body's 'غداً الثلاثاء' for the Port Sudan ceremony, held on Tue 13 Jan 2026 (other outlets: 'أُقيم الثلاثاء', date line '13 يناير 2026'): so Mon 12 Jan 2026; the dateline 'الخرطوم: السوداني' dropped; no date of its own in the text", False, """
تقيم وزارة الثقافة والإعلام والسياحة، غداً الثلاثاء، في قاعة الربوة بمدينة بورتسودان احتفالاً بمناسبة استرداد 570 قطعة من الآثار السودانية المنهوبة، تغطي الفترة من ما قبل التاريخ حتى الوقت الحاضر، وذلك ضمن الجهود الوطنية الهادفة إلى حماية التراث الثقافي وصون الهوية التاريخية للسودان.
ووجهت الوزارة، باسم الوزير خالد الإعيسر، الدعوة إلى حضور فعالية الإعلان الرسمي عن استعادة عدد كبير من الآثار السودانية المنهوبة.
وسيخاطب الفعالية وزير الثقافة والإعلام والسياحة ووكيل الوزارة وعدد من الجهات ذات الصلة.
وتندرج الفعالية ضمن ختام أنشطة الوزارة في مقرها المؤقت بمدينة بورتسودان، تحت شعار (ختامه مسك).
وأكد الإعيسر أن استعادة هذه الآثار تمثل إنجازاً وطنياً مهماً يعكس حرص الدولة على صون تراثها الحضاري واسترداد ممتلكاتها الثقافية، داعياً الجهات الرسمية والمجتمعية ووسائل الإعلام إلى المشاركة في هذه المناسبة.
""", [
    ev("ceremony", "تقيم وزارة الثقافة والإعلام والسياحة، غداً الثلاثاء", "2026-01-13", "'غداً الثلاثاء' after Mon 12 Jan = Tue 13 Jan 2026"),
    ev("invitation", "ووجهت الوزارة، باسم الوزير خالد الإعيسر، الدعوة", "2026-01-12", "no own expression; the invitation published on Mon 12 Jan 2026 (another outlet ran it the same day: 'صباح الثلاثاء'); it may have been sent a day earlier"),
    ev("speeches", "وسيخاطب الفعالية وزير الثقافة والإعلام والسياحة", "2026-01-13", "no own expression; the speeches at the ceremony of Tue 13 Jan 2026"),
    ev("aiser-statement", "وأكد الإعيسر أن استعادة هذه الآثار تمثل إنجازاً وطنياً", "2026-01-12", "no own expression; the minister's statement with the invitation, published Mon 12 Jan 2026"),
])
art(S, "https://www.sudannow.net/%d9%88%d8%b2%d8%a7%d8%b1%d8%a9-%d8%a7%d9%84%d8%ab%d9%82%d8%a7%d9%81%d8%a9-%d8%aa%d8%b9%d9%84%d9%86-%d8%a7%d8%b3%d8%aa%d8%b9%d8%a7%d8%af%d8%a9-570-%d8%a3%d8%ab%d8%b1%d8%a7%d9%8b-%d8%b3%d9%88%d8%af",
    "2026-01-13", "date line 'بورتسودان – السودان الآن | 13 يناير 2026' at the head of the text (kept as first line, without the outlet's name); 13 Jan 2026 was a Tuesday, the day of the ceremony ('اليوم'); headline rendered from the (truncated) URL slug; the truncated last sentence ('وتشمل الآثار المستردة ...') dropped", True, """
بورتسودان – 13 يناير 2026
وزارة الثقافة تعلن استعادة 570 أثراً سودانياً
أقيمت اليوم في مدينة بورتسودان الفعالية الرسمية للإعلان عن استعادة 570 من الآثار السودانية التي نُهبت خلال الحرب التي أشعلتها المليشيا المتمردة، ضمن جهود وزارة الثقافة والإعلام والسياحة لحماية التراث الثقافي وصون الذاكرة التاريخية للبلاد.
وحضر الفعالية عدد من كبار المسؤولين، بينهم الأمين العام لمجلس السيادة الفريق محمد الغالي، ووزير المالية د. جبريل إبراهيم، ووزير الثقافة والإعلام والسياحة خالد الأعيسر، ووكيلا الوزارة د. جراهام عبد القادر وسمية الهادي، ووكيل وزارة الخارجية بالإنابة، ونائب مدير جهاز المخابرات العامة، ووالي البحر الأحمر الفريق مصطفى محمد نور، إلى جانب ممثل اليونيسكو في السودان وممثلي السلك الدبلوماسي وممثل مكتب الأمم المتحدة في السودان.
وشهدت الفعالية حضوراً إعلامياً واسعاً، إلى جانب عدد من المسؤولين وقيادات الدولة، في ختام أنشطة الوزارة بمقرها المؤقت في بورتسودان تحت شعار "ختامه مسك"، تأكيداً لأن الآثار ليست مجرد شواهد على الماضي، بل هي جذور الهوية وحق للأجيال القادمة.
""", [
    ev("ceremony", "أقيمت اليوم في مدينة بورتسودان الفعالية الرسمية", "2026-01-13", "'اليوم' = Tue 13 Jan 2026 (the date line)"),
    ev("looting", "التي نُهبت خلال الحرب التي أشعلتها المليشيا المتمردة", LOOT[0], "no own expression; the looting of the museum while it was in the RSF-held zone, from the outbreak of war on Sat 15 Apr 2023 until the army retook central Khartoum on Sun 23 Mar 2025 (outside knowledge; a loose span)", end=LOOT[1]),
])
art(S, "https://www.swissinfo.ch/ara/%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86-%D9%8A%D8%B3%D8%AA%D8%B9%D9%8A%D8%AF-570-%D9%82%D8%B7%D8%B9%D8%A9-%D8%A3%D8%AB%D8%B1%D9%8A%D8%A9-%D8%B3%D9%8F%D8%B1%D9%82%D8%AA-%D8%AE%D9%84%D8%A7%D9%84-%D8%A7%D9%84%D8%AD%D8%B1%D8%A8/90770100",
    "2026-01-13", "the stored page's date 2026-01-13 and the body's 'أُقيم الثلاثاء' for the ceremony of Tue 13 Jan 2026 (an AFP dispatch of the same day); the truncated last sentence (the UNESCO representative's quote) dropped; no date of its own in the text", False, """
السودان يستعيد 570 قطعة أثرية سُرقت خلال الحرب
عرضت السلطات السودانية تماثيل قديمة ومزهريات مزخرفة خلال حفل أقيم الثلاثاء في بورت سودان، بمناسبة استعادة 570 قطعة أثرية سُرقت من المتحف الوطني أثناء الحرب الدائرة في البلاد منذ نحو ثلاث سنوات.
وقد عُرضت القطع المستعادة على طاولات كبيرة تحت حراسة مشددة، بعد أشهر من التحقيق، ونُقلت إلى بورت سودان، العاصمة المؤقتة للحكومة المرتبطة بالجيش.
وكان المتحف الوطني في الخرطوم، الذي ضم بعضاً من أهم المجموعات الأثرية في السودان، قد تعرض للنهب ولأضرار جسيمة بعد أن سيطرت قوات الدعم السريع على العاصمة في الأيام الأولى من الحرب التي اندلعت مع الجيش في نيسان/أبريل 2023.
وفي ذلك الحين، أظهرت صور التقطتها الأقمار الاصطناعية شاحنات تنقل قطعاً أثرية غرباً نحو إقليم دارفور الشاسع، الذي أصبح خاضعاً بالكامل لسيطرة قوات الدعم السريع.
ومنذ ذلك الوقت، تعاونت السلطات السودانية مع منظمة اليونسكو والإنتربول لتتبع المسروقات.
ولم تكشف السلطات الثلاثاء كيف استُعيدت القطع الأثرية.
""", [
    ev("ceremony", "خلال حفل أقيم الثلاثاء في بورت سودان", "2026-01-13", "'الثلاثاء' = Tue 13 Jan 2026 (the page's day)"),
    ev("looting", "قد تعرض للنهب ولأضرار جسيمة", LOOT[0], "no own expression; from the outbreak of war on 15 Apr 2023 until the army retook central Khartoum on 23 Mar 2025 (outside knowledge; a loose span)", end=LOOT[1]),
    ev("war-outbreak", "الحرب التي اندلعت مع الجيش في نيسان/أبريل 2023", "2023-04-15", "'في نيسان/أبريل 2023': the war broke out on Sat 15 Apr 2023 (outside knowledge)"),
    ev("rsf-takes-capital", "سيطرت قوات الدعم السريع على العاصمة في الأيام الأولى", "2023-04-15", "'في الأيام الأولى' of the war of 15 Apr 2023 (my span 15-30 Apr 2023)", end="2023-05-01"),
])
art(S, "https://www.alnilin.com/13435698.htm",
    "2026-01-14", "the stored page's date 2026-01-14 (a Wednesday): a SUNA item on the ceremony of Tue 13 Jan 2026 run the next day (the same site's report of the ceremony itself, no. 13435445, is dated 2026-01-13); the rubric 'سياسية' and the credit 'سونا' dropped; no date of its own in the text", False, """
الأمين العام لمجلس السيادة يشرف الاحتفال باسترداد عدد من الآثار السودانية المنهوبة
شرّف الأمين العام لمجلس السيادة، الفريق الركن د. محمد الغالي علي يوسف، الاحتفال الذي أقامته وزارة الثقافة والإعلام بمدينة بورتسودان باسترداد عدد من الآثار السودانية المنهوبة.
وتحدث في الاحتفال كل من وزير الثقافة والإعلام والسياحة خالد الإعيسر، ووزير المالية د. جبريل إبراهيم، ونائب المدير العام لجهاز المخابرات العامة.
ويأتي الاحتفال تقديراً للإنجاز الكبير الذي حققه جهاز المخابرات العامة باسترداد 570 قطعة أثرية تمتد من عصور ما قبل التاريخ حتى العصر الحديث، وذلك في إطار الجهود الوطنية لحماية التراث الثقافي وصون الهوية السودانية.
""", [
    ev("ceremony", "الاحتفال الذي أقامته وزارة الثقافة والإعلام بمدينة بورتسودان", "2026-01-13", "no own expression; the ceremony of Tue 13 Jan 2026, the day before the page's date (other reports: 'أقيم الثلاثاء', '13 يناير 2026')"),
    ev("speeches", "وتحدث في الاحتفال كل من وزير الثقافة", "2026-01-13", "no own expression; at the ceremony of Tue 13 Jan 2026"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 229)
                            if i != 201 and i != 225 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

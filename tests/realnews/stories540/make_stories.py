"""Builds stories.jsonl: the 540-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: archaeological discoveries and antiquities announcements.
Stories: the stucco cross found in the monastery of Sir Bani Yas island (Abu Dhabi, UAE, August 2025), the
antiquities uncovered by the storm waves of 19-20 January 2026 on the coast of Nabeul (Tunisia, January 2026),
the tomb of King Thutmose II at Luxor (Egypt, February 2025), and the underground site found at Shahat / Cyrene
(Libya, October-November 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- uae-sir-bani-yas-stucco-cross-2025
S = "uae-sir-bani-yas-stucco-cross-2025"
ANN = "2025-08-19"                          # DCT Abu Dhabi announced the find on Tue 19 Aug 2025
CAMPAIGN = ("2025-01-01", "2025-01-11")     # the excavation campaign began 'في مطلع يناير 2025' (my span: the first ten days)
FOUND = ("2025-01-01", ANN)                 # the cross was found during that campaign, before the announcement
art(S, "https://alkhalij365.co/united-arab-emirates-news/13154246/%D8%AB%D9%82%D8%A7%D9%81%D8%A9-%D9%88%D8%B3%D9%8A%D8%A7%D8%AD%D8%A9-%D8%A3%D8%A8%D9%88%D8%B8%D8%A8%D9%8A-%D8%AA%D8%B9%D9%84%D9%86-%D8%B9%D9%86-%D8%A7%D9%83%D8%AA%D8%B4%D8%A7%D9%81-%D8%B5%D9%84%D9%8A%D8%A8-%D8%AC%D8%B5%D9%91%D9%8A-%D8%B9%D8%AA%D9%8A%D9%82-%D9%81%D9%8A-%D9%85%D9%88%D9%82%D8%B9-%D8%AF%D9%8A%D8%B1-%D9%85%D8%B3%D9%8A%D8%AD%D9%8A.html",
    "2025-08-19", "no date line in the stored text; the page metadata 'date 2025-08-19' gives Tue 19 Aug 2025, the day of the announcement (khaleejtimes of Wed 20: 'أعلنت دائرة الثقافة والسياحة بأبوظبي يوم الثلاثاء'); the text has no date of its own for the announcement; the byline 'ابوظبي - سيف اليزيد -' dropped; headline rendered from the URL slug; the quotation, cut at its end on the stored page, closed at 'المتحدة'", False, """
ثقافة وسياحة أبوظبي تعلن عن اكتشاف صليب جصّي عتيق في موقع دير مسيحي
عثرت دائرة الثقافة والسياحة - أبوظبي، في أولى حملات التنقيب الكبرى بجزيرة صير بني ياس منذ أكثر من 30 عاماً، على صليب كامل مصنوع من الجص في فناء منزل يتبع كنيسة الجزيرة، وهو ما يشكل دليلاً جديداً على تجذر قيم التسامح والتعايش في تاريخ دولة الإمارات العربية المتحدة.
وكانت الدائرة قد أطلقت في مطلع يناير 2025 حملة تنقيب ميدانية في جزيرة صير بني ياس، عُثر خلالها على الصليب الجصي الذي استخدمه الرهبان في صلواتهم. ويحاكي تصميم الصليب أنماط صلبان وُجدت في العراق والكويت، ويتصل بالكنيسة الشرقية التي تعود أصولها إلى العراق القديم.
ويؤكد هذا الكشف حرص دائرة الثقافة والسياحة - أبوظبي على مواصلة الجهود للكشف عن التراث الثقافي الغني للإمارة وصونه، بما يضمن بقاء إرث الدولة للأجيال القادمة ويرسخ قيم التعايش والتسامح.
وقال معالي محمد خليفة المبارك، رئيس دائرة الثقافة والسياحة - أبوظبي: «إن اكتشاف الصليب الجصي القديم في جزيرة صير بني ياس دليل جديد قوي على رسوخ قيم التعايش السلمي والانفتاح الثقافي في تاريخ دولة الإمارات العربية المتحدة».
""", [
    ev("cross-found", "على صليب كامل مصنوع من الجص في فناء منزل", FOUND[0], "no own expression; found during the campaign begun in early January 2025 and before the announcement of Tue 19 Aug 2025 (my span 1 Jan - 18 Aug 2025)", end=FOUND[1]),
    ev("campaign-launch", "قد أطلقت في مطلع يناير 2025 حملة تنقيب ميدانية", CAMPAIGN[0], "'في مطلع يناير 2025' = early January 2025 (my span 1-10 Jan)", end=CAMPAIGN[1]),
    ev("mubarak-statement", "وقال معالي محمد خليفة المبارك", ANN, "no own expression; the chairman's statement issued with the announcement of Tue 19 Aug 2025 (khaleejtimes 'يوم الثلاثاء')"),
])
art(S, "https://www.khaleejtimes.com/arabic/uae/%D8%AC%D8%B2%D9%8A%D8%B1%D8%A9-%D8%B5%D9%8A%D8%B1-%D8%A8%D9%86%D9%8A-%D9%8A%D8%A7%D8%B3-%D8%A7%D9%83%D8%AA%D8%B4%D8%A7%D9%81-%D8%B5%D9%84%D9%8A%D8%A8-%D8%A3%D8%AB%D8%B1%D9%8A-%D9%8A%D8%B1%D9%88%D9%8A-%D9%82%D8%B5%D8%A9-%D8%A7%D9%84%D8%AA%D8%B3%D8%A7%D9%85%D8%AD-%D9%81%D9%8A-%D8%AA%D8%A7%D8%B1%D9%8A%D8%AE-%D8%A7%D9%84%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA",
    "2025-08-20", "no date line in the stored text; the page metadata 'date 2025-08-20' gives Wed 20 Aug 2025; the body's 'يوم الثلاثاء' for the announcement of Tue 19 Aug 2025 (alkhalij365 of that day) agrees; the sub-headings ('الاكتشاف الجديد', 'المجمع الرهباني والمزيد من الاكتشافات') and the last, truncated sentence dropped; headline rendered from the URL slug", False, """
جزيرة صير بني ياس: اكتشاف صليب أثري يروي قصة التسامح في تاريخ الإمارات
كشف فريق من علماء الآثار عن اكتشاف جديد لافت في موقع دير أثري بجزيرة صير بني ياس في أبوظبي.
فقد أعلنت دائرة الثقافة والسياحة بأبوظبي يوم الثلاثاء العثور على صليب منحوت على لوح جصي منقوش داخل الدير، وجاء هذا الكشف خلال أول عملية تنقيب واسعة في الجزيرة منذ أكثر من 30 عامًا.
وفي يناير 2025، بدأت دائرة الثقافة والسياحة بأبوظبي حملة ميدانية جديدة في جزيرة صير بني ياس، قادت إلى العثور على الصليب. ويُرجَّح أن الرهبان استعملوا هذه القطعة للتأمل الروحي، ويكشف طرازها عن شبه بمكتشفات من العراق والكويت، كما يرتبط بـ"كنيسة المشرق" التي نشأت في العراق القديم.
وقال محمد خليفة المبارك، رئيس دائرة الثقافة والسياحة بأبوظبي: "إن العثور على هذا الصليب المسيحي الأثري في جزيرة صير بني ياس شهادة قوية على قيم التسامح والتعايش والانفتاح الثقافي التي تجسدها دولة الإمارات".
وتابع: "إنه يملؤنا بشعور عميق من الفخر والاعتزاز، ويذكّرنا بأن التعايش السلمي ليس بناءً طارئاً، بل مبدأ متأصل في نسيج تاريخ منطقتنا".
""", [
    ev("cross-announced", "أعلنت دائرة الثقافة والسياحة بأبوظبي يوم الثلاثاء", ANN, "'يوم الثلاثاء' in an article of Wed 20 Aug 2025 = Tue 19 Aug"),
    ev("campaign-launch", "بدأت دائرة الثقافة والسياحة بأبوظبي حملة ميدانية جديدة", CAMPAIGN[0], "'وفي يناير 2025' (the month only here); alkhalij365 'في مطلع يناير 2025' = early January (my span 1-10 Jan)", end=CAMPAIGN[1]),
    ev("cross-found", "قادت إلى العثور على الصليب", FOUND[0], "no own expression; during the campaign begun in January 2025, before the announcement of Tue 19 Aug 2025 (my span 1 Jan - 18 Aug 2025)", end=FOUND[1]),
    ev("mubarak-statement", "وقال محمد خليفة المبارك، رئيس دائرة الثقافة والسياحة بأبوظبي", ANN, "no own expression; the statement made with the announcement of Tue 19 Aug 2025"),
])
art(S, "https://akhbarajelgulf.com/63041",
    "2025-08-20", "the page's date line 'Published On: Wed, Aug 20th, 2025' (dropped from the text); headline kept from the page; the last, truncated sentence dropped", True, """
اكتشاف أثري مهم في جزيرة صير بني ياس: صليب في دير مسيحي قديم
كشفت هيئة التراث في أبوظبي عن اكتشاف أثري جديد في جزيرة صير بني ياس، يتمثل في صليب قديم عُثر عليه داخل موقع دير مسيحي يمتد تاريخه إلى قرون مضت، ما يضيف بعدًا جديدًا إلى تاريخ الجزيرة الذي يجمع التعدد الديني والثقافي.
وجاء الكشف في أثناء أعمال تنقيب ودراسة متواصلة في الموقع الأثري، إذ وجد الباحثون الصليب في أحد المباني القديمة التي شكّلت جزءًا من مجمع كنسي أقام فيه رهبان مسيحيون في العصور الغابرة، وهو ما يقدم دليلًا إضافيًا على حياة دينية نشطة في المنطقة قبل مئات السنين.
وأكدت الهيئة أن الصليب من القطع النادرة ذات القيمة التاريخية والروحية الكبيرة، لأنه يكشف طبيعة التعايش والتنوع الديني الذي عرفته المنطقة في تلك الحقبة، مشيرة إلى أن الاكتشاف وُثّق بعناية لضمان صونه ودراسته دراسة معمقة.
وتعد جزيرة صير بني ياس من أبرز المواقع الأثرية في دولة الإمارات، فقد سبق أن كشفت الحفريات فيها عن آثار أخرى مرتبطة بالدير المسيحي، مثل الأواني الفخارية والنقوش الجدارية، ويأتي الاكتشاف الجديد ليكمل صورة أوضح عن طبيعة الحياة هناك.
""", [
    ev("cross-announced", "كشفت هيئة التراث في أبوظبي عن اكتشاف أثري جديد", ANN, "no own expression; the announcement of Tue 19 Aug 2025 (khaleejtimes 'يوم الثلاثاء'), reported here on Wed 20 Aug"),
    ev("cross-found", "إذ وجد الباحثون الصليب في أحد المباني القديمة", FOUND[0], "no own expression; during the campaign begun in early January 2025 (alkhalij365), before the announcement of Tue 19 Aug 2025 (my span 1 Jan - 18 Aug 2025)", end=FOUND[1]),
    ev("earlier-excavations", "سبق أن كشفت الحفريات فيها عن آثار أخرى", "1992-01-01", "no own expression; the monastery was found in 1992 (albayan: 'وفي عام 1992') and dug in the following years, before the new campaign of January 2025 (my span 1992 - 2024)", end="2025-01-01"),
])

# ---------------------------------------------------------------- tunisia-nabeul-storm-uncovered-antiquities-2026
S = "tunisia-nabeul-storm-uncovered-antiquities-2026"
STORM = ("2026-01-19", "2026-01-21")        # the storm waves of Mon 19 and Tue 20 Jan 2026
EXPOSED = ("2026-01-19", "2026-01-22")      # the remains appeared with the waves and the sea's retreat, by Wed 21 Jan
VISIT = ("2026-01-21", "2026-01-28")        # the INP director-general's visit to Nabeul, reported on Tue 27 Jan 2026
art(S, "https://www.tuniscope.com/ar/article/422814/arabe/actu-arabe/plages1-323721",
    "2026-01-21", "the page's date line '2026-01-21 نشرت في' (dropped from the text); headline kept from the page; the last, truncated sentence dropped", True, """
نابل: انحسار البحر يكشف كنوزًا أثرية تعود لآلاف السنين... ما هي؟
أفاد الدكتور رياض المرابط، الباحث الأكاديمي المتخصص في علم الآثار، بأن التراجع الأخير في منسوب مياه البحر وحركة الأمواج بولاية نابل أدّيا إلى بروز معالم أثرية شديدة الأهمية كانت مدفونة تحت الأرض، في منطقتي سيدي المحرصي وشاطئ الوادين.
وبيّن المرابط، في تصريح لـ"الديوان أف أم"، أن انحسار المياه في سيدي المحرصي أكّد من جديد فرضيات علمية سابقة حول وجود كهوف أو مغارات ترجع إلى العصر اللوبي، أي ما يُعرف بفترة فجر التاريخ. وقد رُصدت مجموعتان من الكهوف المزدوجة المسماة "الحوانيت" بمداخل واضحة، وهي منشآت جنائزية يقدَّر تاريخها بنحو 3000 سنة قبل الميلاد.
وأضاف أن هذه المكتشفات تبرهن على أن جذور مدينة نيابوليس (نابل) تمتد إلى العصرين اللوبي والفينيقي، أي قبل الحقبة الرومانية بزمن طويل، لافتًا إلى شبه هذه المعالم بالحوانيت المعروفة في جزيرة زمبرة ومنطقة سيدي بو منسير.
وفي السياق نفسه، وصف المرابط ما سُجّل على شاطئ الوادين بأنه "استثنائي"، إذ أظهرت الأمواج دعامات حجرية ضخمة وأرضيات سميكة يبلغ سمكها نحو 40 سنتيمترًا، شُيّدت بالخرسانة الجيرية الرومانية المسلحة.
""", [
    ev("storm-waves", "التراجع الأخير في منسوب مياه البحر وحركة الأمواج", STORM[0], "no own expression ('الأخير'); the storm waves of Mon 19 and Tue 20 Jan 2026 (radionationale 'يومي 19 و 20 جانفي الجاري')", end=STORM[1]),
    ev("remains-exposed", "أدّيا إلى بروز معالم أثرية شديدة الأهمية", EXPOSED[0], "no own expression; the remains appeared with the waves of 19-20 Jan and the sea's retreat, by the day of this article, Wed 21 Jan 2026 (my span 19-21 Jan)", end=EXPOSED[1]),
    ev("merabet-statement", "وبيّن المرابط، في تصريح لـ\"الديوان أف أم\"", "2026-01-20", "no own expression; Merabet's statement to Diwan FM, after the waves of 19-20 Jan and by this article of Wed 21 Jan 2026 (my span 20-21 Jan)", end="2026-01-22"),
])
art(S, "https://www.radionationale.tn/article/6973d49019337f919a5126f1/مدير-قسم-دراسة-الآثار-تحت-المائية--ما-تم-اكتشافه-بالموقع-التاريخي-نيابوليس-من-آثار-تاريخية-يستدعي-الدراســـة-من-قبل-المختصين-والتثبت",
    "2026-01-23", "no date line in the stored text; the body's 'اليوم الجمعة 23 جانفي 2026' for Ahmed Qaddoum's radio statement gives Fri 23 Jan 2026 (23 Jan 2026 was a Friday); headline kept from the page; the last, truncated sentence dropped", False, """
مدير قسم دراسة الآثار تحت المائية: ما اكتُشف بالموقع التاريخي "نيابوليس" من آثار يستوجب دراسة المختصين والتثبت
أزاحت الأمواج البحرية العاتية التي اجتاحت سواحل بلادنا يومي 19 و 20 جانفي الجاري الستار عن آثار ومواقع تاريخية نادرة في ولايتي نابل والمهدية.
وفي هذا السياق، تحدّث اليوم الجمعة 23 جانفي 2026 مدير قسم دراسة الآثار تحت المائية أحمد قضوم عن الآثار التي اكتُشفت في الموقع التاريخي "نيابوليس" بنابل.
وأوضح أحمد قضوم، في تصريح لبرنامج "جئتك عاشقا" على أمواج الإذاعة الوطنية، أنه جرى الكشف عن صهاريج للماء وجدران، إلى جانب بقايا جدران أخرى، بحسب قوله.
ولفت قضوم إلى أن ما عوين مؤخرا بسبب العوامل المناخية الاستثنائية التي عاشتها تونس هو أجزاء من النسيج العمراني للمدينة في تلك الفترة، من دون أن يحدد الحقبة التاريخية ولا طبيعة الأثر المكتشف.
وأكد المصدر ذاته أن العمل الأثري يستلزم الكثير من الوقت والتوثيق والدراسة من قبل المختصين في الفسيفساء والجغرافيا والتاريخ وعلم الترسبات قبل الإدلاء بأي تصريحات.
""", [
    ev("storm-waves", "التي اجتاحت سواحل بلادنا يومي 19 و 20 جانفي الجاري", STORM[0], "'يومي 19 و 20 جانفي الجاري' in January 2026 = Mon 19 and Tue 20 Jan 2026", end=STORM[1]),
    ev("remains-exposed", "الستار عن آثار ومواقع تاريخية نادرة", EXPOSED[0], "no own expression; uncovered by the waves of 19-20 Jan 2026, seen by Wed 21 Jan (tuniscope) (my span 19-21 Jan)", end=EXPOSED[1]),
    ev("qaddoum-statement", "تحدّث اليوم الجمعة 23 جانفي 2026", "2026-01-23", "'اليوم الجمعة 23 جانفي 2026' = Fri 23 Jan 2026"),
    ev("neapolis-inspection", "ما عوين مؤخرا بسبب العوامل المناخية الاستثنائية", "2026-01-20", "'مؤخرا': the inspection of the Neapolis remains after the waves and before the statement of Fri 23 Jan 2026 (my span 20-22 Jan)", end="2026-01-23"),
])
art(S, "http://www.arabesque.tn/ar/article/132211/المعهد-الوطني-للتراث-يتحرك-لحماية-مواقع-أثرية-متضررة-صور",
    "2026-01-27", "no date line in the stored text; the body's 'اليوم الثلاثاء 27 جانفي 2026' for the INP announcement gives Tue 27 Jan 2026 (27 Jan 2026 was a Tuesday); the section tag 'ثقافة و فن' dropped; headline kept from the page", False, """
المعهد الوطني للتراث يتحرك لحماية مواقع أثرية متضررة (صور)
أفاد المعهد الوطني للتراث، اليوم الثلاثاء 27 جانفي 2026، بأن مديره العام انتقل إلى ولاية نابل رفقة والية الجهة وفريق علمي وفني مختص، وذلك ضمن مهامه الرامية إلى تقييم الأضرار وتوثيق المواقع الأثرية وإنجاز حفريات الإنقاذ في المناطق التي تضررت من التقلبات المناخية الاستثنائية التي عرفتها السواحل التونسية مؤخرًا.
وشملت الزيارة عددًا من المواقع الأثرية، من بينها موقع نيابوليس ومحيطه وسيدي المحرصي، بهدف تقييم الوضع على الميدان والشروع في تنفيذ خطة عمل عاجلة تقوم على تنسيق جهود مختلف المؤسسات المعنية، حمايةً للتراث الوطني وصونًا له من المخاطر التي تتهدده.
وبالتوازي مع هذه الزيارة، بدأ فريق عمل آخر تدخلاته في موقعي وادي القصب ودِمنة قرب كركوان، في حين تم تركيز فرق مختصة على طول الشريط الساحلي للوطن القبلي لمتابعة الوضع والتدخل كلما دعت الحاجة.
""", [
    ev("inp-announcement", "أفاد المعهد الوطني للتراث، اليوم الثلاثاء 27 جانفي 2026", "2026-01-27", "'اليوم الثلاثاء 27 جانفي 2026' = Tue 27 Jan 2026"),
    ev("inp-nabeul-visit", "بأن مديره العام انتقل إلى ولاية نابل", VISIT[0], "no own expression; the visit took place after the storm and by the announcement of Tue 27 Jan 2026 (my span 21-27 Jan; its exact day is not given)", end=VISIT[1]),
    ev("storm-waves", "التقلبات المناخية الاستثنائية التي عرفتها السواحل التونسية مؤخرًا", STORM[0], "'مؤخرًا': the storm waves of Mon 19 and Tue 20 Jan 2026 (radionationale)", end=STORM[1]),
    ev("kerkouane-team", "بدأ فريق عمل آخر تدخلاته في موقعي وادي القصب ودِمنة", VISIT[0], "no own expression; 'بالتوازي مع هذه الزيارة' = the time of the visit (my span 21-27 Jan)", end=VISIT[1]),
])

# ---------------------------------------------------------------- egypt-thutmose-ii-tomb-2025
S = "egypt-thutmose-ii-tomb-2025"
ANN = "2025-02-18"                          # the ministry announced the tomb of Thutmose II on Tue 18 Feb 2025
ENTRANCE = ("2022-10-01", "2022-11-01")     # the entrance and main corridor of tomb C4 were found in October 2022
SEASON = ("2024-10-01", ANN)                # the identifying finds came in this season's work, before the announcement
art(S, "https://khaleejevents.com/news/bahrain/%d8%a7%d9%83%d8%aa%d8%b4%d8%a7%d9%81-%d9%85%d9%82%d8%a8%d8%b1%d8%a9-%d8%a7%d9%84%d9%85%d9%84%d9%83-%d8%aa%d8%ad%d8%aa%d9%85%d8%b3-%d8%a7%d9%84%d8%ab%d8%a7%d9%86%d9%8a-%d9%81%d9%8a-%d8%a7%d9%84%d8%a3",
    "2025-02-18", "the Bahrain News Agency dateline 'القاهرة في 18 فبراير /بنا/' at the head of the body (kept, as it is part of the body) and 'اليوم الثلاثاء' give Tue 18 Feb 2025 (18 Feb 2025 was a Tuesday); headline kept from the page; the image tag and the last, truncated sentence dropped", True, """
اكتشاف مقبرة الملك تحتمس الثاني في الأقصر بعد قرون من الغموض
القاهرة في 18 فبراير /بنا/ أفادت وزارة السياحة والآثار المصرية اليوم الثلاثاء بأن بعثة مصرية بريطانية مشتركة توصلت إلى مقبرة الملك تحتمس الثاني في جنوب مصر، وهي المقبرة الأخيرة التي لم تكن قد اكتُشفت من مقابر ملوك الأسرة الثامنة عشرة.
وذكرت الوزارة في بيان أن المقبرة، التي عُثر عليها غرب مدينة الأقصر على مسافة نحو 2.4 كيلومتر غرب منطقة وادي الملوك، هي "أول مقبرة ملكية يُعثر عليها منذ اكتشاف مقبرة الملك توت عنخ آمون عام 1922".
وبيّن الأمين العام للمجلس الأعلى للآثار محمد إسماعيل خالد أن مدخل المقبرة وممرها الرئيسي اكتُشفا في عام 2022، غير أن الفريق ظن آنذاك أنها ربما تكون مقبرة إحدى زوجات ملوك التحامسة، لقربها من مقابر زوجات الملك تحتمس الثالث والملكة حتشبسوت. ومع إتمام أعمال الحفائر هذا الموسم، عُثر على أدلة أثرية حسمت أن المقبرة تخص الملك تحتمس الثاني، وأن الملكة حتشبسوت تولت إجراءات دفنه بوصفها زوجته وأخته غير الشقيقة.
ووصف خالد الكشف بأنه "واحد من أهم الاكتشافات الأثرية في السنوات الأخيرة".
""", [
    ev("tomb-announced", "أفادت وزارة السياحة والآثار المصرية اليوم الثلاثاء", ANN, "'اليوم الثلاثاء' under the dateline 'القاهرة في 18 فبراير' = Tue 18 Feb 2025"),
    ev("tutankhamun-tomb-1922", "منذ اكتشاف مقبرة الملك توت عنخ آمون عام 1922", "1922-01-01", "'عام 1922' = the year 1922 (the year only in the text)", end="1923-01-01"),
    ev("entrance-found", "أن مدخل المقبرة وممرها الرئيسي اكتُشفا في عام 2022", ENTRANCE[0], "'في عام 2022'; huria gives the month: 'في أكتوبر 2022' = October 2022", end=ENTRANCE[1]),
    ev("identity-evidence-found", "عُثر على أدلة أثرية حسمت", SEASON[0], "'هذا الموسم': the 2024/25 excavation season, before the announcement of Tue 18 Feb 2025 (my span Oct 2024 - 17 Feb 2025)", end=SEASON[1]),
    ev("khaled-statement", "ووصف خالد الكشف", ANN, "no own expression; the secretary-general's words in the statement of Tue 18 Feb 2025"),
])
art(S, "https://huria.news/2025/02/19/%d8%a7%d9%84%d8%b9%d8%ab%d9%88%d8%b1-%d8%b9%d9%84%d9%89-%d8%a3%d9%88%d9%84-%d9%85%d9%82%d8%a8%d8%b1%d8%a9-%d9%85%d9%84%d9%83%d9%8a%d8%a9-%d9%81%d9%8a-%d9%85%d8%b5%d8%b1-%d9%85%d9%86%d8%b0-%d8%aa",
    "2025-02-19", "the page's date line 'حرية ـ (19/2/22025)' (a typo for 19/2/2025; the URL's '/2025/02/19/' agrees; dropped from the text) gives Wed 19 Feb 2025; its 'الثلاثاء' is the announcement of Tue 18 Feb; headline rendered from the URL slug (cut at 'منذ ت' there); the last, truncated sentence shortened at the identification", True, """
العثور على أول مقبرة ملكية في مصر منذ توت عنخ آمون
أعلنت السلطات المصرية، الثلاثاء، أنها عثرت على مقبرة الملك الفرعوني تحتمس الثاني، وهي آخر مقبرة مفقودة من مقابر ملوك الأسرة الـ18، وأول مقبرة ملكية تُكتشف منذ مقبرة توت عنخ آمون عام 1922.
وذكرت وزارة السياحة والآثار المصرية، في بيان، أن بعثة مصرية إنكليزية مشتركة توصلت إلى المقبرة خلال أعمال الحفر والدراسات الأثرية في المقبرة رقم C4، التي عُثر على مدخلها وممرها الرئيسي عام 2022 في جبل طيبة غرب مدينة الأقصر.
وأضاف البيان أن الموقع يقع "على بعد نحو 2.4 كيلومتر غرب منطقة وادي الملوك، حيث عُثر على أدلة تشير بوضوح إلى أنها تعود للملك تحتمس الثاني".
وقال وزير السياحة شريف فتحي إن المقبرة هي "أول مقبرة ملكية يُعثر عليها منذ اكتشاف مقبرة الملك توت عنخ آمون عام 1922".
من جهته، أوضح الأمين العام للمجلس الأعلى للآثار محمد خالد أنه "حين عثرت البعثة على مدخل المقبرة وممرها الرئيسي في أكتوبر 2022، ظن فريق العمل أنها قد تكون مقبرة لزوجة أحد ملوك التحامسة، لقربها من مقبرة زوجات الملك تحتمس الثالث ومن مقبرة الملكة حتشبسوت".
وتابع أنه مع مواصلة أعمال الحفر، "اكتشفت البعثة أدلة أثرية جديدة حددت هوية صاحب المقبرة، الملك تحتمس الثاني".
""", [
    ev("tomb-announced", "أعلنت السلطات المصرية، الثلاثاء", ANN, "'الثلاثاء' in an article of Wed 19 Feb 2025 = Tue 18 Feb"),
    ev("tutankhamun-tomb-1922", "تُكتشف منذ مقبرة توت عنخ آمون عام 1922", "1922-01-01", "'عام 1922' = the year 1922 (the year only in the text)", end="1923-01-01"),
    ev("fathi-statement", "وقال وزير السياحة شريف فتحي", ANN, "no own expression; the minister's words in the statement of Tue 18 Feb 2025"),
    ev("entrance-found", "حين عثرت البعثة على مدخل المقبرة وممرها الرئيسي في أكتوبر 2022", ENTRANCE[0], "'في أكتوبر 2022' = October 2022", end=ENTRANCE[1]),
    ev("identity-evidence-found", "اكتشفت البعثة أدلة أثرية جديدة", SEASON[0], "no own expression ('مع مواصلة أعمال الحفر'); this season's work before the announcement of Tue 18 Feb 2025 (my span Oct 2024 - 17 Feb 2025)", end=SEASON[1]),
])
art(S, "https://egypt.news-pravda.com/world/2025/02/19/5937.html",
    "2025-02-19", "no date line in the stored text; the URL's '/2025/02/19/' gives Wed 19 Feb 2025, the day after the ministry's statement of Tue 18 Feb (the report cites Reuters on that statement); the text has no date of its own; the repeated lead sentence dropped; headline written from the body", False, """
علماء آثار يعثرون على قبر تحتمس الثاني
عثر علماء آثار في مصر على قبر الفرعون المصري القديم تحتمس الثاني، في سابقة هي الأولى منذ 100 عام، وفق ما أعلنته وزارة السياحة والآثار في البلاد.
وأوضحت وكالة رويترز للأنباء، نقلاً عن بيان للوزارة، أن بعثة أثرية مصرية بريطانية مشتركة كشفت عن آخر مقبرة مفقودة لملوك الأسرة الثامنة عشرة في مصر.
وعلاوة على ذلك، عُثر على قطع من أثاثه الجنائزي، وعلى أجزاء من الملاط تحمل نقوشًا زرقاء ونجومًا صفراء ونصوصًا دينية.
واستطاع علماء الآثار تحديد هوية المقبرة بفضل أوانٍ من المرمر وُجدت في الموقع، نُقشت عليها أسماء الملك تحتمس الثاني وزوجته الملكة حتشبسوت، وهي من النساء القليلات اللواتي حكمن مصر.
""", [
    ev("tomb-announced", "وفق ما أعلنته وزارة السياحة والآثار في البلاد", ANN, "no own expression; the ministry's statement of Tue 18 Feb 2025 (khaleejevents 'اليوم الثلاثاء')"),
    ev("funerary-furniture-found", "عُثر على قطع من أثاثه الجنائزي", SEASON[0], "no own expression; found in this season's work (khaleejevents 'هذا الموسم'), before the announcement of Tue 18 Feb 2025 (my span Oct 2024 - 17 Feb 2025)", end=SEASON[1]),
    ev("identity-evidence-found", "بفضل أوانٍ من المرمر وُجدت في الموقع", SEASON[0], "no own expression; the inscribed alabaster vessels of this season's work, before Tue 18 Feb 2025 (my span Oct 2024 - 17 Feb 2025)", end=SEASON[1]),
])
art(S, "https://www.klyoum.com/egypt-news/ar/98-كبير-الأثريين-يثمن-اكتشاف-مقبرة-تحتمس-الثاني-خر-مقبرة-مفقودة-لملوك-الأسرة-الـ18",
    "2025-02-24", "the page's date line 'نشر بتاريخ: ٢٤ شباط ٢٠٢٥' (dropped from the text) gives Mon 24 Feb 2025; an El Watan report carried by klyoum ('موقع كل يوم -الوطن' dropped); headline rendered from the URL slug ('خر' read 'آخر')", True, """
كبير الأثريين يثمن اكتشاف مقبرة تحتمس الثاني آخر مقبرة مفقودة لملوك الأسرة الـ18
أشاد مجدى شاكر، كبير الأثريين في وزارة السياحة والآثار، بالكشف الأثري الكبير الذي أُعلن عنه مؤخرا لمقبرة الملك تحتمس الثاني، آخر مقبرة مفقودة لملوك الأسرة الـ18 في مصر، مبيّنا أن أهمية الكشف كبيرة لأنها أول مقبرة ملكية تُكتشف خلال القرن الـ21، والوحيدة لرجل يُعثر عليها في منطقة الوادي الغربي بالأقصر.
وأضاف أن السيول التي اجتاحت المنطقة التي تقع فيها المقبرة دفعت الكهنة إلى نقل مومياء الملك تحتمس الثاني إلى خبيئة الدير البحري، مع بعض الأثاث الآخر، موضحا أن مومياء الملك تحتمس الثاني اكتُشفت عام 1881 ميلاديا على يد عائلة عبدالرسول، وهي معروضة حاليا في متحف الحضارة بالفسطاط.
وأوضح أن الأهمية التاريخية للملك تحتمس الثاني ترجع إلى كونه زوج الملكة حتشبسوت، أبرز ملكات التاريخ المصري، وإلى كونه والد الملك تحتمس الثالث، أعظم الملوك الفراعنة الذي لُقّب بنابليون الشرق لاتساع رقعة الدولة المصرية في عهده وانتصاراته في الحروب التي خاضها.
""", [
    ev("tomb-announced", "الذي أُعلن عنه مؤخرا", ANN, "'مؤخرا' = the announcement of Tue 18 Feb 2025 (khaleejevents 'اليوم الثلاثاء')"),
    ev("shaker-statement", "أشاد مجدى شاكر، كبير الأثريين", "2025-02-19", "no own expression; after the announcement of Tue 18 Feb and by this report of Mon 24 Feb 2025 (my span 19-24 Feb; the day of the remarks is not given)", end="2025-02-25"),
    ev("mummy-found-1881", "مومياء الملك تحتمس الثاني اكتُشفت عام 1881 ميلاديا", "1881-01-01", "'عام 1881 ميلاديا' = the year 1881 (the year only)", end="1882-01-01"),
])

# ---------------------------------------------------------------- libya-shahat-cyrene-underground-site-2025
S = "libya-shahat-cyrene-underground-site-2025"
FIND = "2025-10-29"                         # the Shahat antiquities team found the site on Wed 29 Oct 2025
STATEMENT = ("2025-10-29", "2025-11-05")    # Bouajaib's statement to Reuters, between the find and the first reports of Tue 4 Nov
ASSESS = ("2025-10-29", "2025-11-05")       # the statue bases and pottery were found while the site was assessed
FACEBOOK = ("2025-10-29", "2025-11-03")     # the photos posted 'الأسبوع الماضي' (the week of 27 Oct - 2 Nov), after the find
art(S, "https://www.okaz.com.sa/variety/na/2220700",
    "2025-11-04", "no date line in the stored text; the page metadata 'date 2025-11-04' gives Tue 4 Nov 2025, the day the Reuters report of the find was carried (alaraby, same day); the text has no date of its own; headline written from the body; the last, truncated sentence dropped", False, """
ليبيا: اكتشاف موقع أثري مدفون في قورينا القديمة
في كشف أثري يراه الخبراء «الأبرز منذ سنوات»، أعلنت بعثة الآثار في مدينة شحات الليبية أنها عثرت على موقع أثري جديد مطمور تحت سطح الأرض في المنطقة المعروفة باسم قورينا القديمة، المدرجة على قائمة التراث العالمي لليونسكو.
وذكر مدير مراقبة الآثار بمدينة شحات أُنس حامد بوعجائب أن فريقاً من الباحثين نجح، أثناء أعمال الترميم، في تحديد موقع أثري فريد داخل منطقة شحات الأثرية، يُرجَّح أنه يرجع إلى الحقبة الرومانية أو الإغريقية، ويحوي قاعات حجرية وتماثيل وعناصر معمارية متقنة.
وبيّن بوعجائب أن الموقع المكتشف مساحة دائرية فيها دهاليز تفضي إلى قاعات داخلية، لافتاً إلى أن فرق التنقيب وجدت تمثالين نصفيين على الطراز اليوناني وعدداً من القطع الفخارية.
وتابع مدير مراقبة الآثار أن الموقع «قد يكون ضريحاً أو معبداً صغيراً» من فترة الازدهار التجاري التي شهدتها قورينا، مشيراً إلى أن أعمال الترميم تتطلب إمكانات فنية وتمويلية كبيرة لحماية الموقع من التدهور.
وتقع قورينا القديمة على سفوح الجبل الأخضر في شمال شرق ليبيا، وكانت من أبرز المدن اليونانية قبل أن تصير مدينة رومانية في القرن السابع قبل الميلاد.
""", [
    ev("site-found", "أنها عثرت على موقع أثري جديد مطمور تحت سطح الأرض", FIND, "no own expression; the find of Wed 29 Oct 2025 (alaraby of Tue 4 Nov: 'الأربعاء الماضي')"),
    ev("bouajaib-statement", "وذكر مدير مراقبة الآثار بمدينة شحات", STATEMENT[0], "no own expression; the director's statement to Reuters, after the find of Wed 29 Oct and by the reports of Tue 4 Nov 2025 (my span 29 Oct - 4 Nov)", end=STATEMENT[1]),
    ev("statues-found", "وجدت تمثالين نصفيين على الطراز اليوناني", ASSESS[0], "no own expression; found while the site was assessed, from the find of Wed 29 Oct to the reports of Tue 4 Nov 2025 (my span)", end=ASSESS[1]),
])
art(S, "https://www.alaraby.co.uk/entertainment_media/%D8%A7%D9%83%D8%AA%D8%B4%D8%A7%D9%81-%D9%85%D9%88%D9%82%D8%B9-%D8%A3%D8%AB%D8%B1%D9%8A-%D8%AC%D8%AF%D9%8A%D8%AF-%D9%81%D9%8A-%D9%85%D8%AF%D9%8A%D9%86%D8%A9-%D8%B4%D8%AD%D8%A7%D8%AA-%D8%A7%D9%84%D9%84%D9%8A%D8%A8%D9%8A%D8%A9",
    "2025-11-04", "no date line in the stored text; the page metadata 'date 2025-11-04' gives Tue 4 Nov 2025; the body's 'الأربعاء الماضي' for the find is then Wed 29 Oct 2025; the bullet summary at the top of the page and the last, truncated sentence ('ونشرت \"مر') dropped; headline rendered from the URL slug", False, """
اكتشاف موقع أثري جديد في مدينة شحات الليبية
أفاد مدير مراقبة الآثار المكلف في مدينة شحات، في حديث لوكالة رويترز، بأن فريقاً من الباحثين والعاملين في قسم الترميم بمراقبة الآثار في المدينة الواقعة بشمال شرق ليبيا نجح الأربعاء الماضي في اكتشاف موقع أثري جديد تحت سطح الأرض.
وذكر مدير المراقبة المكلف، أنيس حامد بوعجايب، أن الموقع المكتشف يقع في نطاق منطقة شحات الأثرية، المعروفة أيضاً باسمي "قورينا" و"سيريني"، داخل السياج المحيط بها، وتقدَّر مساحته بنحو 10 أمتار مربعة، ويُعد كشفاً جديداً.
كما أوضح أن الموقع عبارة عن مساحة دائرية فيها دهاليز شبه دائرية تقود إلى الداخل ثم ترجع إلى المساحة ذاتها.
""", [
    ev("site-found", "نجح الأربعاء الماضي في اكتشاف موقع أثري جديد", FIND, "'الأربعاء الماضي' in an article of Tue 4 Nov 2025 = Wed 29 Oct"),
    ev("bouajaib-statement", "أفاد مدير مراقبة الآثار المكلف في مدينة شحات، في حديث لوكالة رويترز", STATEMENT[0], "no own expression; the statement to Reuters between the find of Wed 29 Oct and this article of Tue 4 Nov 2025 (my span 29 Oct - 4 Nov)", end=STATEMENT[1]),
])
art(S, "https://www.aljazeera.net/culture/2025/11/5/%D9%84%D9%8A%D8%A8%D9%8A%D8%A7-%D8%AA%D8%B9%D9%84%D9%86-%D8%A7%D9%83%D8%AA%D8%B4%D8%A7%D9%81-%D9%85%D9%88%D9%82%D8%B9-%D8%A3%D8%AB%D8%B1%D9%8A-%D8%AC%D8%AF%D9%8A%D8%AF-%D9%81%D9%8A?traffic_source=rss",
    "2025-11-05", "no date line in the stored text; the URL's '/2025/11/5/' and the page metadata 'date 2025-11-05' give Wed 5 Nov 2025; its 'يوم الأربعاء الماضي' is the same Wed 29 Oct 2025 as in alaraby of Tue 4 Nov (both from the same Reuters report), i.e. the Wednesday of the previous week; the sub-heading 'قورينا القديمة' and the last, truncated sentence dropped; headline rendered from the URL slug", False, """
ليبيا تعلن اكتشاف موقع أثري جديد في شحات
أفاد مدير مراقبة الآثار المكلف بمدينة شحات بأن فريقا من الباحثين والعاملين في قسم الترميم بمراقبة الآثار في هذه المدينة الواقعة شمال شرق ليبيا تمكن يوم الأربعاء الماضي من الكشف عن موقع أثري جديد تحت سطح الأرض.
وأوضح أنيس حامد بوعجايب، مدير المراقبة المكلف، أن الموقع يقع ضمن منطقة شحات الأثرية، المعروفة كذلك باسم قورينا أو سيريني، داخل السياج المحيط بها، وتبلغ مساحته نحو عشرة أمتار مربعة، ويُعد كشفا جديدا.
وأشار بوعجايب إلى أن الموقع مساحة دائرية تتخللها دهاليز شبه دائرية تتجه إلى الداخل ثم تعود إلى المساحة ذاتها.
ونشرت مراقبة شحات الأسبوع الماضي على صفحتها في موقع فيسبوك صورا للموقع، يظهر فيها فريق الباحثين منكبّين على كشف الموقع الجديد.
وأضاف بوعجايب أنه خلال تقييم الموقع عُثر على قاعدتين ثُبّت عليهما قدما تمثالين يرتديان صنادل على الطراز اليوناني، إلى جانب قطع فخارية ومجموعة من الجرار.
وموقع قورينا مدرج على قائمة التراث العالمي لمنظمة الأمم المتحدة للتربية والعلم والثقافة (اليونسكو)، وكانت قورينا مستعمرة يونانية تعود إلى القرن السابع قبل الميلاد، ثم تحولت إلى مدينة رومانية.
""", [
    ev("site-found", "تمكن يوم الأربعاء الماضي من الكشف عن موقع أثري جديد", FIND, "'يوم الأربعاء الماضي' = Wed 29 Oct 2025 (the Reuters report carried on Tue 4 Nov by alaraby; on Wed 5 Nov 'last Wednesday' is the Wednesday of the previous week)"),
    ev("bouajaib-statement", "وأوضح أنيس حامد بوعجايب، مدير المراقبة المكلف", STATEMENT[0], "no own expression; the statement to Reuters between the find of Wed 29 Oct and the first reports of Tue 4 Nov 2025 (my span 29 Oct - 4 Nov)", end=STATEMENT[1]),
    ev("facebook-photos", "ونشرت مراقبة شحات الأسبوع الماضي على صفحتها", FACEBOOK[0], "'الأسبوع الماضي' = the week of 27 Oct - 2 Nov 2025, and after the find of Wed 29 Oct (my span 29 Oct - 2 Nov)", end=FACEBOOK[1]),
    ev("statues-found", "عُثر على قاعدتين ثُبّت عليهما قدما تمثالين", ASSESS[0], "no own expression ('خلال تقييم الموقع'); from the find of Wed 29 Oct to the reports of Tue 4 Nov 2025 (my span)", end=ASSESS[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 540
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 506-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: state visits and summits (a visit announced, held, and its
outcomes reported on the following days).
Stories: the Turkish president Erdogan's visit to Cairo (Egypt, February 2024), the Saudi crown prince
Mohammed bin Salman's visit to Ankara (Turkey, June 2022), the Saudi crown prince's visit to Tunis and the
loan reported the next day (Tunisia, November 2018).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- turkey-erdogan-cairo-visit-2024
S = "turkey-erdogan-cairo-visit-2024"
VISIT = "2024-02-14"                       # Erdogan flew from Dubai to Cairo and met al-Sisi on Wed 14 Feb 2024
UAE_ARRIVAL = "2024-02-13"                 # he had reached the UAE at dawn on Tue 13 Feb 2024
ANNOUNCED = "2024-02-12"                   # he announced the UAE-Egypt trip on Mon 12 Feb 2024
art(S, "https://timeturk.com/ar/arabic/news-153269",
    VISIT, "the page's time stamp '2024-02-14 11:47:10' (dropped from the text, it is not part of the body) and the body's 'الأربعاء' for the departure from Dubai (14 Feb 2024 was a Wednesday); an Anadolu report; headline and sub-heading kept from the page", True, """
الرئيس أردوغان يغادر الإمارات متوجهًا إلى مصر
في زيارة رسمية يلتقي خلالها نظيره المصري عبد الفتاح السيسي
دبي / الأناضول
توجه الرئيس التركي رجب طيب أردوغان، الأربعاء، من الإمارات العربية المتحدة إلى مصر حيث يلتقي الرئيس عبد الفتاح السيسي.
وودعه في مطار دبي الدولي وزير الاقتصاد الإماراتي عبد الله بن طوق المري، إلى جانب السفير التركي توغاي تونتشر والقنصل التركي في دبي أونور شايلان وعدد من المسؤولين.
ويصطحب أردوغان في زيارته لمصر وزراء الخارجية هاكان فيدان، والخزانة والمالية محمد شيمشك، والدفاع يشار غولر، والصحة فخر الدين قوجة، والصناعة والتكنولوجيا محمد فاتح كاجار.
ومن المنتظر أن يستقبل الرئيس عبد الفتاح السيسي ضيفه أردوغان بمراسم رسمية في "قصر الاتحادية" بالقاهرة.
ومن المخطط أن يجري الرئيسان لقاءً ثنائيًا يليه لقاء على مستوى الوفود، ثم مؤتمر صحفي مشترك.
وكان أردوغان قد وصل إلى الإمارات فجر الثلاثاء في زيارة رسمية عقد خلالها لقاءات ثنائية وشارك في القمة العالمية للحكومات.
""", [
    ev("leaves-uae", "توجه الرئيس التركي رجب طيب أردوغان، الأربعاء، من الإمارات", VISIT, "'الأربعاء' = Wed 14 Feb 2024, the day of the page's time stamp"),
    ev("cairo-arrival", "أن يستقبل الرئيس عبد الفتاح السيسي ضيفه أردوغان بمراسم رسمية", VISIT, "no own day; the reception in Cairo took place the same Wednesday, 14 Feb 2024 (almasdar-dz 'اليوم الأربعاء', alwasat 'امس')"),
    ev("bilateral-talks", "أن يجري الرئيسان لقاءً ثنائيًا", VISIT, "no own day; the talks in Cairo on Wed 14 Feb 2024 (the other articles)"),
    ev("press-conference", "ثم مؤتمر صحفي مشترك", VISIT, "no own day; the joint press conference was held on Wed 14 Feb 2024 (alwasat of Thu 15)"),
    ev("uae-arrival", "قد وصل إلى الإمارات فجر الثلاثاء", UAE_ARRIVAL, "'فجر الثلاثاء' before Wed 14 Feb 2024 = Tue 13 Feb"),
])
art(S, "https://almasdar-dz.com/158059-في-زيارة-هي-الأولى-من-نوعها..-أردوغان-يصل-إلى-مصر-للقا--السيسي-بعد-قطيعة-دامت-اكثر-من-عقد",
    VISIT, "no date line on the stored page; the body's 'لدى وصوله إلى القاهرة اليوم الأربعاء' for Erdogan's arrival, which was on Wed 14 Feb 2024 (timeturk, stamped 2024-02-14), so it was published that day; the section links ('من نفس القسم') dropped; headline kept from the page", False, """
في زيارة هي الأولى من نوعها.. أردوغان يصل إلى مصر للقاء السيسي بعد قطيعة دامت أكثر من عقد
كان الرئيس المصري عبد الفتاح السيسي في استقبال نظيره التركي رجب طيب أردوغان لدى وصوله إلى القاهرة اليوم الأربعاء، في أول زيارة له إلى مصر منذ أكثر من عقد، ترمي إلى تثبيت المصالحة بين البلدين بعد قطيعة طويلة.
وتبادل الرئيسان المصافحة بحضور زوجتيهما عند نزول أردوغان من الطائرة، وفق مشاهد بثتها وسائل الإعلام المصرية.
ويعقد أردوغان مع السيسي مباحثات ثنائية في قصر الرئاسة شرق القاهرة، تتناول بحسب الإعلام الرسمي المصري الوضع في غزة والعلاقات بين البلدين.
وكان إردوغان قد أعلن الاثنين أنه سيزور الإمارات ثم مصر "لرؤية ما يمكن فعله من أجل إخواننا في غزة" التي تتعرض لعدوان صهيوني.
وتعود آخر زيارة لإردوغان إلى مصر إلى عام 2012، حين كان رئيسا للحكومة التركية، وكان الراحل محمد مرسي يحكم مصر آنذاك.
وكان عبد الفتاح السيسي وزيرا للدفاع عندما أطاح بمرسي عام 2013، ومنذ ذلك الوقت ردد إردوغان أنه "لن يتحدث أبدا" مع "شخص مثله".
ثم تحسنت العلاقات بين الرجلين مع تقارب مصالحهما في عدد من النزاعات الإقليمية، ومنها السودان وقطاع غزة.
""", [
    ev("cairo-arrival", "لدى وصوله إلى القاهرة اليوم الأربعاء", VISIT, "'اليوم الأربعاء' = Wed 14 Feb 2024"),
    ev("bilateral-talks", "ويعقد أردوغان مع السيسي مباحثات ثنائية", VISIT, "no own day; the talks of the same Wednesday, 14 Feb 2024"),
    ev("trip-announced", "قد أعلن الاثنين أنه سيزور الإمارات ثم مصر", ANNOUNCED, "'الاثنين' before Wed 14 Feb 2024 = Mon 12 Feb"),
    ev("last-visit-2012", "وتعود آخر زيارة لإردوغان إلى مصر إلى عام 2012", "2012-01-01", "'عام 2012' = the year 2012 only (no day in the story)", end="2013-01-01"),
    ev("morsi-ousted", "عندما أطاح بمرسي عام 2013", "2013-07-03", "'عام 2013'; Morsi was ousted by the army on Wed 3 Jul 2013 (known date)"),
])
art(S, "http://www.alwasat.com.kw/ArticleDetail.aspx?id=152068",
    "2024-02-15", "no date line on the stored page; the body's 'استقبل ... امس' for Erdogan's arrival in Cairo, which was on Wed 14 Feb 2024 (timeturk, almasdar-dz), gives Thu 15 Feb 2024 (a Kuwaiti daily); headline written from the body (the stored text has none)", False, """
السيسي يستقبل أردوغان في القاهرة بعد قطيعة دامت نحو 11 عاماً
استقبل الرئيس المصري عبد الفتاح السيسي، امس، نظيره التركي رجب طيب أردوغان عند وصوله إلى مطار القاهرة الدولي.
وحل الرئيس التركي بالعاصمة المصرية في زيارة رسمية يعقد خلالها مباحثات موسعة مع الرئيس المصري، في سياق التقارب المتواصل بين البلدين بعد قطيعة دامت نحو 11 عاماً.
وفي مؤتمر صحافي مشترك عقده الرئيسان، قال السيسي: سنرفع مستوى التعاون الاقتصادي إلى 15 مليار دولار خلال السنوات القادمة، مبديا تطلعه إلى تلبية دعوة زيارة تركيا في أبريل المقبل.
من جهته، شدد أردوغان على أن مصر وتركيا تتقاسمان تاريخا مشتركا، معلنا الرغبة في الارتقاء بالعلاقات الثنائية.
""", [
    ev("cairo-arrival", "استقبل الرئيس المصري عبد الفتاح السيسي، امس، نظيره التركي", VISIT, "'امس' in an article of Thu 15 Feb 2024 = Wed 14 Feb"),
    ev("bilateral-talks", "يعقد خلالها مباحثات موسعة مع الرئيس المصري", VISIT, "no own day; the talks of Wed 14 Feb 2024"),
    ev("press-conference", "وفي مؤتمر صحافي مشترك عقده الرئيسان", VISIT, "no own day; the press conference of Wed 14 Feb 2024 (slaati: 'عصر الأربعاء')"),
    ev("sisi-turkey-visit-planned", "تلبية دعوة زيارة تركيا في أبريل المقبل", "2024-04-01", "'في أبريل المقبل' from Feb 2024 = April 2024 (the month only; a plan)", end="2024-05-01"),
])

# ---------------------------------------------------------------- saudi-mbs-ankara-visit-2022
S = "saudi-mbs-ankara-visit-2022"
ANKARA = "2022-06-22"                      # MBS in Ankara (ceremony, talks, dinner) on Wed 22 Jun 2022
ANNOUNCE = "2022-06-17"                    # Erdogan announced it after the Friday prayer, Fri 17 Jun 2022
ERDOGAN_KSA = ("2022-04-28", "2022-04-30")  # Erdogan's visit to Jeddah on 28-29 Apr 2022
art(S, "https://alraeesnews.com/144075",
    ANNOUNCE, "no date line on the stored page; the body's 'اليوم الجمعة' with 'الأربعاء المقبل' = 'الثاني والعشرين من الشهر الجاري' (Wed 22 Jun 2022) gives Fri 17 Jun 2022 (17 Jun 2022 was a Friday); headline kept from the page", False, """
عاجل.. أردوغان يعلن عن زيارة محمد بن سلمان لتركيا الأربعاء المقبل
أعلن الرئيس التركي رجب طيب أردوغان، اليوم الجمعة، أن ولي العهد السعودي الأمير محمد بن سلمان سيحل بتركيا الأربعاء المقبل.
وبيّن أردوغان أنه سيجتمع بالأمير محمد بن سلمان في المجمع الرئاسي بالعاصمة أنقرة في الثاني والعشرين من الشهر الجاري.
وأدلى أردوغان بهذه التصريحات للصحفيين بعد أدائه صلاة الجمعة في أحد مساجد إسطنبول، بحسب ما أوردته وكالة "الأناضول" التركية الرسمية.
وكان الرئيس التركي قد زار السعودية في 29 أبريل الماضي، واجتمع خلال الزيارة التي امتدت يومين بالعاهل السعودي الملك سلمان بن عبد العزيز وولي العهد الأمير محمد بن سلمان.
وتناول في اجتماعات الزيارة علاقات أنقرة بالمملكة وسبل تعزيز التعاون.
""", [
    ev("visit-announced", "أعلن الرئيس التركي رجب طيب أردوغان، اليوم الجمعة", ANNOUNCE, "'اليوم الجمعة' = Fri 17 Jun 2022"),
    ev("mbs-ankara-visit", "سيحل بتركيا الأربعاء المقبل", ANKARA, "'الأربعاء المقبل' from Fri 17 Jun 2022 = Wed 22 Jun"),
    ev("talks-ankara", "أنه سيجتمع بالأمير محمد بن سلمان في المجمع الرئاسي", ANKARA, "'في الثاني والعشرين من الشهر الجاري' = Wed 22 Jun 2022"),
    ev("erdogan-saudi-visit", "قد زار السعودية في 29 أبريل الماضي", ERDOGAN_KSA[0], "'في 29 أبريل الماضي' and 'يومين'; the visit to Jeddah was on 28-29 Apr 2022 (newturkpost 'يومي 28 و 29 أبريل')", end=ERDOGAN_KSA[1]),
])
art(S, "https://newturkpost.com/news/92754-أردوغان-يستقبل-محمد-بن-سلمان-استقبالا-حافلاً",
    ANKARA, "no date line on the stored page; the body's 'اليوم الأربعاء' for the welcome ceremony of Wed 22 Jun 2022 (announced for that day on Fri 17 Jun; ukrgate of 23 Jun: 'امس الأربعاء'), so it was published that day; headline kept from the page; the last, truncated clause dropped", False, """
أردوغان يستقبل محمد بن سلمان استقبالا حافلاً
أقام الرئيس التركي رجب طيب أردوغان، اليوم الأربعاء، مراسم رسمية في المجمع الرئاسي لاستقبال ولي عهد المملكة العربية السعودية الأمير محمد بن سلمان.
وقدم ولي العهد السعودي إلى أنقرة لإجراء مباحثات رسمية.
ورافق الفرسان السيارة الرسمية لولي العهد من أمام المجمع الرئاسي حتى بوابة التشريفات.
واستقبل الرئيس أردوغان ضيفه عند المدخل الرئيسي للمجمع الرئاسي.
وبعد جلوس الرئيس أردوغان ومحمد بن سلمان في منصة المراسم، عُزف النشيدان الوطنيان للبلدين مع إطلاق 21 طلقة.
وشاركت في المراسم أعلام ترمز إلى 16 دولة تركية قامت عبر التاريخ.
وعقب تقديم وفدي البلدين، وقف الرئيس أردوغان ومحمد بن سلمان أمام الصحفيين وتصافحا أمام العلمين التركي والسعودي على الدرج.
ومن المقرر أن يعقد الرئيس أردوغان ومحمد بن سلمان اجتماعاً بحضور الوفدين.
وبعد المباحثات، يحضر محمد بن سلمان مأدبة عشاء رسمية يقيمها الرئيس أردوغان على شرفه في المجمع الرئاسي.
وكان الرئيس التركي أردوغان قد زار جدة يومي 28 و 29 أبريل بدعوة من الملك سلمان بن عبد العزيز آل سعود عاهل المملكة العربية السعودية.
""", [
    ev("welcome-ceremony", "أقام الرئيس التركي رجب طيب أردوغان، اليوم الأربعاء، مراسم رسمية", ANKARA, "'اليوم الأربعاء' = Wed 22 Jun 2022"),
    ev("mbs-ankara-visit", "وقدم ولي العهد السعودي إلى أنقرة لإجراء مباحثات رسمية", ANKARA, "no own day; the arrival of the same Wednesday, 22 Jun 2022"),
    ev("talks-ankara", "أن يعقد الرئيس أردوغان ومحمد بن سلمان اجتماعاً بحضور الوفدين", ANKARA, "no own day; the talks after the ceremony, Wed 22 Jun 2022"),
    ev("state-dinner", "يحضر محمد بن سلمان مأدبة عشاء رسمية", ANKARA, "no own day; the dinner after the talks, the evening of Wed 22 Jun 2022"),
    ev("erdogan-saudi-visit", "قد زار جدة يومي 28 و 29 أبريل", ERDOGAN_KSA[0], "'يومي 28 و 29 أبريل' (of 2022) = Thu 28 - Fri 29 Apr 2022", end=ERDOGAN_KSA[1]),
])
art(S, "https://ukrgate.com/2022/06/23/%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D9%88%D8%AA%D8%B1%D9%83%D9%8A%D8%A7-%D8%AA%D9%81%D8%AA%D8%AD%D8%A7%D9%86-%D8%B5%D9%81%D8%AD%D8%A9-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D9%85%D8%B9-%D8%B2/?amp=1",
    "2022-06-23", "the body's own date line 'كييف في 23 يونيو ٢٠٢٢' (kept, it opens the body), the URL's 2022/06/23 and 'امس الأربعاء' for the arrival of Wed 22 Jun 2022; headline rendered from the URL slug (it is cut there)", True, """
السعودية وتركيا تفتحان صفحة جديدة
بوابة أوكرانيا كييف في 23 يونيو ٢٠٢٢_ حل ولي العهد السعودي الأمير محمد بن سلمان بأنقرة يوم امس الأربعاء، في المحطة الأخيرة من جولته في المنطقة، بعد أن أنهى مباحثاته في عمان مع العاهل الأردني الملك عبد الله.
واستقبل الرئيس التركي رجب طيب أردوغان ولي العهد بمراسم حرس الشرف في القصر الرئاسي، حيث تصافح الرجلان وتعانقا قبل أن يلتقيا أعضاء من الحكومة التركية.
وذكر البلدان في بيان مشترك صدر عقب المحادثات بين ولي العهد والرئيس أنهما بحثا تحسين العلاقات والاستثمار في قطاعات تمتد من الطاقة إلى الدفاع.
وقال خليل أوزجان، رئيس لجنة الصداقة التركية السعودية في البرلمان التركي، لصحيفة أراب نيوز إن السعودية وتركيا "تفتحان صفحة جديدة في علاقاتهما".
وأضاف: "نأمل أن تُتخذ خطوات ملموسة وجادة في المجالات الاقتصادية والعسكرية والدفاعية في المدى القريب... ونأمل أن تفضي زيارة ولي العهد إلى اتفاقيات واسعة في هذه المجالات".
""", [
    ev("mbs-ankara-visit", "حل ولي العهد السعودي الأمير محمد بن سلمان بأنقرة يوم امس الأربعاء", ANKARA, "'امس الأربعاء' in an article of Thu 23 Jun 2022 = Wed 22 Jun"),
    ev("amman-talks", "بعد أن أنهى مباحثاته في عمان مع العاهل الأردني", "2022-06-21", "no own day; the crown prince was in Amman the day before Ankara, Tue 21 Jun 2022 (known itinerary: Cairo 20-21 Jun, Amman 21 Jun, Ankara 22 Jun)"),
    ev("welcome-ceremony", "بمراسم حرس الشرف في القصر الرئاسي", ANKARA, "no own day; the ceremony on arrival, Wed 22 Jun 2022 (newturkpost 'اليوم الأربعاء')"),
    ev("talks-ankara", "المحادثات بين ولي العهد والرئيس", ANKARA, "no own day; the talks of Wed 22 Jun 2022"),
    ev("joint-statement", "في بيان مشترك صدر", ANKARA, "no own day; the joint statement issued at the end of the visit, late on Wed 22 Jun 2022"),
])

# ---------------------------------------------------------------- tunisia-mbs-tunis-visit-2018
S = "tunisia-mbs-tunis-visit-2018"
TUNIS = "2018-11-27"                       # MBS in Tunis for a few hours on Tue 27 Nov 2018
AFTER = "2018-11-28"                       # the loan reports and the officials' statements, Wed 28 Nov 2018
art(S, "http://almayadeen.net/news/politics/918789/%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D8%AF%D9%8A%D9%86-%D9%85%D8%A8%D8%A7%D8%B4%D8%B1---%D8%AD%D8%B4%D9%88%D8%AF-%D8%AC%D9%85%D8%A7%D9%87%D9%8A%D8%B1%D9%8A%D8%A9-%D9%81%D9%8A-%D8%B4%D8%A7%D8%B1%D8%B9-%D8%A7%D9%84%D8%AD%D8%A8%D9%8A%D8%A8-%D8%A8%D9%88%D8%B1%D9%82%D9%8A%D8%A8%D8%A9-%D9%88%D8%B3%D8%B7-%D8%AA%D9%88",
    TUNIS, "no date line on the stored page; the body's 'غادر ... اليوم الثلاثاء تونس' and the embedded tweet of Saudi TV of November 27, 2018 (the tweet dropped from the text) give Tue 27 Nov 2018 (a Tuesday); headline and lead kept from the page", False, """
ابن سلمان يغادر تونس بعد اجتماعه بالسبسي
ولي العهد السعودي محمد بن سلمان يترك تونس بعد ساعات قليلة قضاها فيها والتقى خلالها الرئيس الباجي قايد السبسي، فيما تتدفق حشود على شارع الحبيب بورقيبة وسط العاصمة رفضا لزيارته.
غادر ولي العهد السعودي محمد بن سلمان تونس اليوم الثلاثاء بعد زيارة لم تتعد ساعات معدودة، بحسب وسائل الإعلام السعودية.
وأجرى ابن سلمان اجتماعا ثنائيا مع الرئيس التونسي الباجي قايد السبسي الذي كان في استقباله في مطار قرطاج.
وكان مراسلنا قد أفاد بعدم توفر معلومات مؤكدة عن مدة الزيارة، مع توقعات بألا تزيد على بضع ساعات.
واحتشدت الجماهير في شارع الحبيب بورقيبة وسط تونس للتعبير عن رفضها زيارة ابن سلمان، وبلغت محيط وزارة الداخلية.
وأشار المراسل إلى أن الحشود رفعت شعار "اليمن للأحرار وابن سلمان الجزار"، إلى جانب شعارات "بن سلمان يا...سوف ننصر فلسطين" و"تونس ليست للبيع".
""", [
    ev("mbs-leaves-tunis", "غادر ولي العهد السعودي محمد بن سلمان تونس اليوم الثلاثاء", TUNIS, "'اليوم الثلاثاء' = Tue 27 Nov 2018"),
    ev("essebsi-meeting", "وأجرى ابن سلمان اجتماعا ثنائيا مع الرئيس التونسي", TUNIS, "no own day; the meeting during the few hours' visit of Tue 27 Nov 2018"),
    ev("mbs-tunis-visit", "الذي كان في استقباله في مطار قرطاج", TUNIS, "no own day; the arrival at Carthage airport, Tue 27 Nov 2018 (the same day as the departure)"),
    ev("tunis-protests", "واحتشدت الجماهير في شارع الحبيب بورقيبة وسط تونس", TUNIS, "no own day; the protests of the day of the visit, Tue 27 Nov 2018"),
])
art(S, "https://middle-east-online.com/500-%D9%85%D9%84%D9%8A%D9%88%D9%86-%D8%AF%D9%88%D9%84%D8%A7%D8%B1-%D9%82%D8%B1%D8%B6-%D9%85%D9%8A%D8%B3%D8%B1-%D9%85%D9%86-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D9%84%D8%AA%D9%88%D9%86%D8%B3",
    AFTER, "no date line on the stored page; the body's 'قال مصدر اليوم الأربعاء' 'بعد يوم واحد من زيارة' of Tue 27 Nov 2018 gives Wed 28 Nov 2018; the bullet captions dropped; headline and lead kept from the page", False, """
500 مليون دولار قرض ميسر من السعودية لتونس
الرئاسة التونسية تؤكد غداة زيارة ولي العهد السعودي وجود حزمة اتفاقيات اقتصادية واستثمارية مهمة بين البلدين سيعلن عنها في الأيام المقبلة وتتضمن قرضا بفائدة منخفضة.
تونس - أفاد مصدر اليوم الأربعاء بأن السعودية ستقدم لتونس قرضا قيمته 500 مليون دولار بفائدة منخفضة، ضمن حزمة اتفاقيات اقتصادية يعلن عنها خلال أيام، وذلك بعد يوم واحد من زيارة أداها ولي العهد السعودي الأمير محمد بن سلمان لتونس في ختام جولة عربية.
ولقي الأمير محمد استقبالا حافلا من الرئيس التونسي الباجي قائد السبسي الذي قلد ضيفه السعودي وسام الجمهورية خلال الزيارة.
وصرح نورالدين بن تيشة، المستشار السياسي للرئيس قائد السبسي، للتلفزيون الحكومي بأن "ثمة مجموعة من الاتفاقيات الاقتصادية المهمة سيعلن عنها في الأيام المقبلة، بينها قرض بفائدة تفاضلية واتفاقيات تخص الاستثمار وتفاصيل مهمة أخرى".
وكان الأمير محمد قد قال يوم الثلاثاء إن "علاقاتنا مع تونس ممتازة منذ زمن طويل، ولا يمكنني أن أزور شمال أفريقيا من دون أن أزور تونس، وسيادة الرئيس بمثابة والدي".
""", [
    ev("loan-report", "أفاد مصدر اليوم الأربعاء بأن السعودية ستقدم لتونس قرضا", AFTER, "'اليوم الأربعاء' = Wed 28 Nov 2018"),
    ev("mbs-tunis-visit", "بعد يوم واحد من زيارة أداها ولي العهد السعودي", TUNIS, "'بعد يوم واحد' before Wed 28 Nov 2018 = Tue 27 Nov"),
    ev("order-of-republic", "قلد ضيفه السعودي وسام الجمهورية", TUNIS, "no own day; during the visit of Tue 27 Nov 2018"),
    ev("ben-ticha-tv", "وصرح نورالدين بن تيشة", AFTER, "no own day; the adviser's statement to state TV reported with the loan news of Wed 28 Nov 2018 (nessma.tv: 'في تصريح إعلامي أمس الأربعاء')"),
    ev("mbs-remarks", "قد قال يوم الثلاثاء", TUNIS, "'يوم الثلاثاء' = Tue 27 Nov 2018"),
])
art(S, "https://kapitalis.com/anbaa-tounes/2018/11/29/السعودية-ستقدم-لتونس-قرضا-بقيمة-500-مليو",
    "2018-11-29", "the URL's date 2018/11/29 and the body's 'أمس الأربعاء' for the Reuters source and the minister's statement of Wed 28 Nov 2018 give Thu 29 Nov 2018; headline rendered from the URL slug (cut there); the last, truncated sentence dropped", True, """
السعودية ستقدم لتونس قرضا بقيمة 500 مليون دولار
أفاد مصدر لرويترز أمس الأربعاء بأن السعودية ستمنح تونس قرضا قيمته 500 مليون دولار بفائدة منخفضة، في إطار حزمة اتفاقيات اقتصادية سيكشف عنها خلال أيام، وذلك بعد يوم واحد من زيارة أداها ولي العهد السعودي الأمير محمد بن سلمان إلى تونس.
ولقي الأمير محمد بن سلمان استقبالا حافلا من الرئيس التونسي الباجي قائد السبسي الذي منحه وسام الجمهورية خلال الزيارة.
وقال نور الدين بن تيشة، المستشار السياسي لرئيس الجمهورية، للتلفزيون الحكومي إن "مجموعة من الاتفاقيات الاقتصادية المهمة سيعلن عنها في الأيام المقبلة، منها قرض بفائدة تفاضلية واتفاقيات تتعلق بالاستثمار وتفاصيل مهمة أخرى".
وأضاف أن السعودية وافقت خلال الزيارة على كل ما طلبته تونس.
وقال الأمير محمد يوم الثلاثاء إن "علاقاتنا مع تونس ممتازة منذ وقت طويل... ولا يمكن أن أزور شمال أفريقيا دون أن أزور تونس، وسيادة الرئيس مثل والدي".
ومن جانبه، كشف وزير الشؤون الخارجية خميس الجيهناوي أمس الأربعاء عن أسباب زيارة ولي العهد السعودي محمد بن سلمان لتونس.
وأوضح الوزير أن الزيارة لم تكن للمجاملة، بل جاءت تمهيدا لإنجاز مشاريع مهمة، منها مشروعان جاهزان للتوقيع بقيمة 120 مليون دولار، ومشاريع أخرى سيمولها الصندوق السعودي للتنمية.
""", [
    ev("loan-report", "أفاد مصدر لرويترز أمس الأربعاء", AFTER, "'أمس الأربعاء' in an article of Thu 29 Nov 2018 = Wed 28 Nov"),
    ev("mbs-tunis-visit", "بعد يوم واحد من زيارة أداها ولي العهد السعودي", TUNIS, "'بعد يوم واحد' before Wed 28 Nov 2018 = Tue 27 Nov"),
    ev("order-of-republic", "الذي منحه وسام الجمهورية خلال الزيارة", TUNIS, "no own day; during the visit of Tue 27 Nov 2018"),
    ev("ben-ticha-tv", "وقال نور الدين بن تيشة", AFTER, "no own day; the statement to state TV of Wed 28 Nov 2018 (reported with the Reuters source of 'أمس الأربعاء')"),
    ev("mbs-remarks", "وقال الأمير محمد يوم الثلاثاء", TUNIS, "'يوم الثلاثاء' = Tue 27 Nov 2018"),
    ev("jhinaoui-statement", "كشف وزير الشؤون الخارجية خميس الجيهناوي أمس الأربعاء", AFTER, "'أمس الأربعاء' from Thu 29 Nov 2018 = Wed 28 Nov"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 506
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

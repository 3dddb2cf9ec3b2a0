"""Builds stories.jsonl: the 444-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: scientific, space and technology news from Arab countries
(satellite launches, discoveries by Arab researchers).
Stories: the launch of the Saudi satellites SaudiSat 5A and 5B from Jiuquan (Saudi Arabia, December 2018), the
dinosaur Mansourasaurus found by a Mansoura University team (Egypt, January-February 2018), and the launch of
the first Kuwaiti satellite, QMR-KWT ("قمر الكويت") of the Orbital Space company (Kuwait, June-July 2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-saudisat-5a-5b-launch-2018
S = "saudi-saudisat-5a-5b-launch-2018"
LAUNCH = "2018-12-07"                      # Long March 2D from Jiuquan, 12:12 Beijing time (07:12 Riyadh) on Fri 7 Dec 2018
DEVELOPED = ("2018-10-01", "2018-11-01")   # built and tested at KACST, development completed in October 2018 (alqiyady, gulf24)
art(S, "https://www.libyaakhbar.com/news/812733.html",
    "2018-12-06", "no date line on the stored page (only the month '2018-12' in its metadata); the body's 'يوم غد الجمعة' for the launch, which took place on Fri 7 Dec 2018 (elqalamcenter of 7 Dec: 'صباح اليوم الجمعة'), gives Thu 6 Dec 2018 (6 Dec 2018 was a Thursday); headline written from the body (the stored text has none); the last, truncated sentence on the programme's four fields dropped", False, """
السعودية تستعد لإطلاق القمرين الصناعيين سات 5 (A B)
تتهيأ المملكة العربية السعودية، يوم غد الجمعة، لإرسال القمرين الصناعيين سات 5 (A B) إلى الفضاء، ليبلغ عدد الأقمار الصناعية التي أطلقتها 13 قمرًا صناعيًّا.
وشدد مدير مشروع الإطلاق المهندس طارق اليامي على أن الأقمار الصناعية السعودية من أبرز المشاريع الفضائية، كونها أقمار استشعار عن بعد تلتقط لكوكب الأرض صورًا عالية الدقة تبلغ دقتها 50 سنتيمترًا، وأكد أن نخبة من الكوادر الوطنية (مهندسون ومهندسات وخبراء طاقة وأنظمة تحكم وبرمجة بطاريات) عملت في المشروع وواجهت تحديات كبيرة خلال سنوات عدة.
وكان رئيس مدينة الملك عبدالعزيز للعلوم والتقنية الأمير الدكتور تركي بن سعود قد أعلن في شهر آذار/مارس الماضي أن المملكة ستطلق خلال عام 2018 ثلاثة أقمار صناعية في مجالي الاتصالات ورصد الأرض، مشيرًا إلى أن أول قمر صناعي سعودي لاتصالات النطاق العريض سيطلق نهاية العام الجاري.
وبيّن أن المملكة أعدت برنامجًا مستدامًا للتقنية الفضائية وتطبيقات الأقمار الصناعية يقوم على تأهيل العلماء والمهندسين السعوديين وتدريبهم ونقل التقنية وإنشاء البنية التحتية اللازمة لدعم صناعة الفضاء في المملكة.
""", [
    ev("launch", "تتهيأ المملكة العربية السعودية، يوم غد الجمعة، لإرسال القمرين", LAUNCH, "'يوم غد الجمعة' from Thu 6 Dec 2018 = Fri 7 Dec, the day of the launch"),
    ev("turki-march-announcement", "قد أعلن في شهر آذار/مارس الماضي", "2018-03-01", "'في شهر آذار/مارس الماضي' from Dec 2018 = March 2018 (the month only)", end="2018-04-01"),
    ev("three-satellites-plan-2018", "ستطلق خلال عام 2018 ثلاثة أقمار صناعية", "2018-01-01", "'خلال عام 2018' = the year 2018 (a plan announced in March 2018)", end="2019-01-01"),
])
art(S, "https://elqalamcenter.com:443/2018/12/07/%d8%a7%d9%84%d8%b3%d8%b9%d9%88%d8%af%d9%8a%d8%a9-%d8%aa%d8%b7%d9%84%d9%82-%d9%82%d9%85%d8%b1%d9%8a%d9%86-%d8%b5%d9%86%d8%a7%d8%b9%d9%8a%d9%8a%d9%86-%d8%a8%d8%af%d8%b9%d9%85-%d9%85%d9%86-%d8%a7%d9%84",
    "2018-12-07", "the date '/2018/12/07/' in the URL (7 Dec 2018 was a Friday), in agreement with the body's 'صباح اليوم الجمعة' for the launch; a Rai al-Youm wire report carried by elqalamcenter; the source label 'راي اليوم :' and the truncated last line dropped; headline from the URL slug; no date line in the text", True, """
السعودية تطلق قمرين صناعيين
الرياض ـ وكالات: أرسلت المملكة العربية السعودية، صباح اليوم الجمعة، قمرين صناعيين إلى الفضاء.
وبحسب وكالة الأنباء السعودية (واس)، ارتفع القمران «سعودي سات 5 أ» و«سعودي سات 5 ب» على متن الصاروخ لونغ مارش 2D من منصة الإطلاق في قاعدة جيوغوان بالصين، في تمام الساعة 12:12 ظهرا بتوقيت العاصمة الصينية بكين.
وشارك في إنجاز القمرين أكثر من 120 مختصا سعوديا في صناعة الأقمار الصناعية وتطويرها، وصُنعا وفق المعايير العالمية في معامل مدينة الملك عبد العزيز للعلوم والتقنية.
وسيوفر القمران للجهات الحكومية صورا فضائية عالية الدقة تضاهي نظيراتها في الدول المتقدمة لتوظيفها في مجالات التنمية الوطنية، على أن تتولى محطة تحكم متطورة في مقر المدينة بالرياض إدارتهما وتشغيلهما.
وأفاد الأمير الدكتور تركي بن سعود بن محمد، رئيس مدينة الملك عبدالعزيز للعلوم والتقنية، بأن هذا الإنجاز تحقق بفضل الله ثم برعاية خادم الحرمين الشريفين الملك سلمان بن عبد العزيز آل سعود ودعمه وتوجيهه، ومتابعة ولي العهد الأمير محمد بن سلمان وعنايته، وتفاني منسوبي المدينة ومساندة الجهات الحكومية.
""", [
    ev("launch", "أرسلت المملكة العربية السعودية، صباح اليوم الجمعة، قمرين صناعيين", LAUNCH, "'صباح اليوم الجمعة' = Fri 7 Dec 2018 (lift-off at 12:12 Beijing time, 07:12 in Riyadh)"),
    ev("satellites-developed", "وصُنعا وفق المعايير العالمية في معامل مدينة الملك عبد العزيز", DEVELOPED[0], "no own expression; the satellites were built and tested at KACST, their development completed in October 2018 (alqiyady and gulf24 of 7 Dec: 'في شهر أكتوبر الماضي'; the month only)", end=DEVELOPED[1]),
    ev("turki-statement", "وأفاد الأمير الدكتور تركي بن سعود بن محمد", LAUNCH, "no own expression; the KACST president's statement on the launch, issued through SPA on the day of the launch, Fri 7 Dec 2018"),
])
art(S, "https://muslims-res.com/%D8%A5%D8%B7%D9%84%D8%A7%D9%82-%D8%A7%D9%84%D9%82%D9%85%D8%B1%D9%8A%D9%86-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D9%8A%D9%86-%D8%B3%D8%B9%D9%88%D8%AF%D9%8A-%D8%B3%D8%A7%D8%AA-5%D8%A3-%D9%88%D8%B3/",
    "2018-12-07", "no date line on the stored page; the body's 'صباح اليوم- السابع من كانون الأول (ديسمبر)-' (no year) and 'هذا الصباح' for the launch of Fri 7 Dec 2018 give that day; headline kept from the page; the last, truncated sentence ('وذكرت وكالة الأنباء') dropped", False, """
إطلاق القمرين السعوديين: سعودي سات 5أ وسعودي سات 5ب، صباح هذا اليوم
انطلق صباح اليوم- السابع من كانون الأول (ديسمبر)- القمران الاصطناعيان السعوديان (سعودي سات 5) نحو مدارهما المقرر، إذ حملهما الصاروخ الصيني (Long March 2D) إلى المدار هذا الصباح بعد انطلاقه من قاعدة (جيوغوان) لإطلاق الأقمار الاصطناعية في صحراء جوبي بالصين.
ويعد القمران (سعودي سات 5 أ) و(سعودي سات 5 ب) من الجيل الثاني لأقمار الاستطلاع والمراقبة الأرضية المصنوعة في السعودية، وسيأخذان مكان القمرين (سعودي سات2) و(سعودي سات3) اللذين أُطلِقا عامي (2004) و (2007).
وسيوفر القمران صورًا عالية الدقة لسطح الأرض من المدار الأرضي المنخفض، ويقدمان للجهات الحكومية والخاصة في المملكة خدمات التصوير عالي الدقة، ويساعدان في التخطيط العمراني ومراقبة الغطاء النباتي ورصد التحركات والتغيرات على سطح الأرض.
ويزن كل من القمرين (200) كيلوجرام، وقد صُنعا واختُبرا في معامل مدينة الملك عبدالعزيز للعلوم والتقنية ومختبراتها وفق المعايير العالمية، بأيدي خبرات وكفاءات سعودية تعمل في صناعة الأقمار الاصطناعية وتطويرها.
""", [
    ev("launch", "انطلق صباح اليوم- السابع من كانون الأول (ديسمبر)- القمران", LAUNCH, "'صباح اليوم- السابع من كانون الأول (ديسمبر)-' = Fri 7 Dec 2018"),
    ev("earlier-saudisats-launched", "اللذين أُطلِقا عامي (2004) و (2007)", "2004-01-01", "'عامي (2004) و (2007)': the launches of SaudiSat-2 (2004) and SaudiSat-3 (2007), one phrase for both (my span 2004-2007)", end="2008-01-01"),
    ev("satellites-developed", "وقد صُنعا واختُبرا في معامل مدينة الملك عبدالعزيز", DEVELOPED[0], "no own expression; built and tested at KACST, development completed in October 2018 (alqiyady and gulf24: 'في شهر أكتوبر الماضي'; the month only)", end=DEVELOPED[1]),
])

# ---------------------------------------------------------------- egypt-mansourasaurus-dinosaur-2018
S = "egypt-mansourasaurus-dinosaur-2018"
PAPER = "2018-01-29"                       # the paper in Nature Ecology & Evolution, Mon 29 Jan 2018
RECEPTION = "2018-01-30"                   # Mansoura University's president received the team on Tue 30 Jan 2018
HONOURS = "2018-02-05"                     # the minister of higher education honoured the team on Mon 5 Feb 2018
FOUND = ("2013-12-01", "2014-01-01")       # the fossil was found in the Dakhla Oasis in December 2013 (team accounts)
art(S, "https://archive.albiladdaily.com/?p=831719",
    "2018-01-29", "no date line on the stored page; the body's 'اليوم الإثنين' for the paper in Nature Ecology & Evolution, published on Mon 29 Jan 2018 (ahlmasrnews of Tue 30: 'أمس (الاثنين)'), and an embedded tweet dated 'January 29, 2018' give Mon 29 Jan 2018; the tweet and the truncated last sentence dropped; headline written from the body (the stored text has none)", False, """
فريق مصري يكشف عن الديناصور «منصوراصورس»
إنجاز علمي جديد يسجله فريق مصري، إذ يعد هذا الكشف الأول من نوعه في أفريقيا الذي يوثق آخر 30 مليون سنة من العصر الطباشيري ويبرهن على اتصال قارتي أفريقيا وأوروبا.
وبحسب البحث الذي نشرته دورية «نيتشر إيكولوجي آند إيفولوشن» العلمية الشهيرة، اليوم الإثنين، أُطلق على الديناصور الذي عُثر عليه في منطقة تنيدة بالواحات الداخلة في الصحراء الغربية المصرية اسم «منصوراصورس» (Mansourasaurus)، وهو يحمل الرقم العلمي (MUVP-200).
والأحرف (MUVP) اختصار لاسم مركز جامعة المنصورة للحفريات الفقارية بالإنجليزية، نسبة إلى الجامعة التي ينتمي إليها الفريق البحثي المكتشف.
أما سبب نسبة اسم الديناصور إلى جامعة المنصورة، فهو أن حفريات المنصوراصورس في الواحات الداخلة بصحراء مصر الغربية اكتشفها فريق مصري يقوده الدكتور هشام سلامة، مؤسس مركز جامعة المنصورة للحفريات الفقارية، وهو الفريق صاحب أول اكتشاف لديناصور مصري بأيد مصرية.
فالديناصورات المصرية الخمسة السابقة اكتشفها علماء أجانب، وهذه هي المرة الأولى التي يكتشف فيها فريق بحثي مصري ديناصورا، وهو أمر مشرّف.
""", [
    ev("paper-published", "البحث الذي نشرته دورية «نيتشر إيكولوجي آند إيفولوشن» العلمية الشهيرة، اليوم الإثنين", PAPER, "'اليوم الإثنين' = Mon 29 Jan 2018"),
    ev("fossil-found", "حفريات المنصوراصورس في الواحات الداخلة بصحراء مصر الغربية اكتشفها فريق مصري", FOUND[0], "no own expression; the team found the skeleton in the Dakhla Oasis in December 2013 (sky-world of 7 Feb 2018: 'في كانون الأول/ديسمبر 2013'; the month only)", end=FOUND[1]),
])
art(S, "https://ahlmasrnews.com/532078/%D8%AC%D8%A7%D9%85%D8%B9%D8%A9-%D8%A7%D9%84%D9%85%D9%86%D8%B5%D9%88%D8%B1%D8%A9-%D8%AA%D9%83%D8%B1%D9%85-%D8%A7%D9%84%D9%81%D8%B1%D9%8A%D9%82-%D8%A7%D9%84%D8%A8%D8%AD%D8%AB%D9%8A-%D8%A7%D9%84%D8%B9%D8%A7%D8%AB%D8%B1-%D8%B9%D9%84-%D8%AF%D9%8A%D9%86%D8%A7%D8%B5%D9%88%D8%B1-%D8%B9%D9%85%D8%B1%D9%87-80-%D9%85%D9%84%D9%8A%D9%88%D9%86-%D8%B3%D9%86%D8%A9%D8%B5%D9%88%D8%B1",
    "2018-01-30", "no date line on the stored page; the body's 'اليوم الثلاثاء' for the reception and 'أمس (الاثنين)' for the paper of Mon 29 Jan 2018 give Tue 30 Jan 2018 (30 Jan 2018 was a Tuesday); headline from the URL slug; the repeated sentence on the Munich skeletons merged and the truncated last sentence dropped", False, """
جامعة المنصورة تكرم الفريق البحثي العاثر على ديناصور عمره 80 مليون سنة
التقى الدكتور محمد القناوي، رئيس جامعة المنصورة، اليوم الثلاثاء، أعضاء الفريق البحثي في كلية العلوم الذي نجح في العثور على حفريات ديناصور ضخم في الواحات الداخلة، خلال رحلة استكشافية نفذها فريق مركز علوم الحفريات الفقارية بالجامعة برئاسة الدكتور هشام سلام مدير المركز.
ويتألف الفريق من الدكتورة إيمان الداودي، أول باحثة مصرية وعربية في مجال الديناصورات، والدكتورة سناء السيد من جامعة المنصورة، والدكتورة سارة صابر من جامعة أسيوط.
وأوضح الدكتور هشام سلام أن الكشف الجديد إنجاز علمي فريد سيثري سجل مصر كثيرا، إذ سُمّي الديناصور الجديد «منصورا صورس» تيمنًا بالجامعة، ونُشر البحث أمس (الاثنين) في مجلة نيتشر العلمية العالمية التي تعد من أبرز المجلات العلمية في العالم.
ولفت إلى أن أربعة من الهياكل الخمسة المكتشفة سابقا في مصر عُثر عليها في الواحات البحرية وشحنها الباحث الألماني إلى متحف ميونخ، حيث دُمّرت بالكامل خلال الحرب العالمية الثانية.
""", [
    ev("reception", "التقى الدكتور محمد القناوي، رئيس جامعة المنصورة، اليوم الثلاثاء", RECEPTION, "'اليوم الثلاثاء' = Tue 30 Jan 2018"),
    ev("fossil-found", "نجح في العثور على حفريات ديناصور ضخم في الواحات الداخلة", FOUND[0], "no own expression; the find in the Dakhla Oasis in December 2013 (sky-world of 7 Feb 2018; the month only)", end=FOUND[1]),
    ev("paper-published", "ونُشر البحث أمس (الاثنين)", PAPER, "'أمس (الاثنين)' from Tue 30 Jan 2018 = Mon 29 Jan"),
    ev("munich-skeletons-destroyed", "حيث دُمّرت بالكامل خلال الحرب العالمية الثانية", "1944-04-24", "'خلال الحرب العالمية الثانية'; Stromer's Bahariya skeletons in Munich were destroyed in the air raid of the night of 24-25 April 1944", end="1944-04-26"),
])
art(S, "https://eg2030.com/2018/01/31/%d8%b9%d8%a8%d8%af-%d8%a7%d9%84%d8%ba%d9%81%d8%a7%d8%b1-%d8%aa%d9%83%d8%b1%d9%8a%d9%85-%d8%a7%d9%84%d9%81%d8%b1%d9%8a%d9%82-%d8%a7%d9%84%d8%a8%d8%ad%d8%ab%d9%89-%d9%85%d9%83%d8%aa%d8%b4%d9%81-%d8%af/",
    "2018-01-31", "the date '/2018/01/31/' in the URL (31 Jan 2018 was a Wednesday); the site label 'ايجى 2030 /' dropped; headline kept from the page; no date in the text", True, """
عبد الغفار: تكريم الفريق البحثى مكتشف ديناصور الواحات
هنّأ الدكتور خالد عبد الغفار، وزير التعليم العالي والبحث العلمي، الفريق البحثي من علماء الحفريات الذي اكتشف النوع الجديد من الديناصورات في منطقة الواحات الخارجة بمحافظة الوادي الجديد، برئاسة الدكتور هشام سلام مدير مركز الحفريات الفقارية بكلية العلوم في جامعة المنصورة، وقد سُمّي الديناصور «منصوراصورس» نسبة إلى جامعة المنصورة التي تحملت نفقات البعثة المكتشفة.
وشدد الوزير على أن هذا الكشف هو الأول لفريق بحثي مصري في منطقة الوادي الجديد، داعيا إلى أن تساند الدولة جميع الفرق البحثية في مختلف فروع العلوم وتقدم لها الدعم والرعاية اللازمين لرفع اسم مصر بين الدول المتقدمة.
وأضاف الدكتور عبد الغفار أنه من المنتظر أن يُكرَّم الفريق البحثي صاحب الاكتشاف ويُحتفى به، مؤكدا أن الكشف سيعود على مصر بخير كثير.
ويذكر أن قرابة 65 موقعا إلكترونيا أجنبيا، فضلا عن عدد كبير من وكالات الأنباء والصحف العالمية، تداولت خبر هذا الاكتشاف الذي يسلط الضوء على حقبة غامضة من تاريخ الديناصورات في القارة الإفريقية، وقد عاش الديناصور قبل نحو من 70 – 80 مليون عام.
""", [
    ev("minister-congratulates", "هنّأ الدكتور خالد عبد الغفار، وزير التعليم العالي والبحث العلمي", PAPER, "no own expression; the minister's congratulations came after the announcement of Mon 29 Jan 2018 and no later than this article of Wed 31 Jan (my span 29-31 Jan)", end="2018-02-01"),
    ev("minister-honours", "من المنتظر أن يُكرَّم الفريق البحثي", HONOURS, "no own expression; the announced honouring took place at the ministry on Mon 5 Feb 2018 (alarabiya '/2018/02/05/', Al-Masry Al-Youm 'الإثنين 05-02-2018')"),
    ev("world-media-coverage", "تداولت خبر هذا الاكتشاف", PAPER, "no own expression; the foreign sites and agencies carried the news from the publication of Mon 29 Jan 2018 to this article of Wed 31 Jan (my span)", end="2018-02-01"),
])
art(S, "http://www.alarabiya.net/ar/arab-and-world/egypt/2018/02/05/%D9%85%D8%B5%D8%B1-%D8%AA%D9%83%D8%B1%D9%85-%D9%85%D9%83%D8%AA%D8%B4%D9%81%D9%8A-%D8%AF%D9%8A%D9%86%D8%A7%D8%B5%D9%88%D8%B1-%D8%A7%D9%84%D9%88%D8%A7%D8%AD%D8%A7%D8%AA-%D9%88%D8%AA%D8%A3%D9%83%D9%8A%D8%AF%D8%A7%D8%AA-%D8%A8%D9%88%D8%AC%D9%88%D8%AF-%D8%A7%D9%86%D9%88%D8%A7%D8%B9-%D8%A7%D8%AE%D8%B1%D9%89-.html",
    "2018-02-05", "the date '/2018/02/05/' in the URL (5 Feb 2018 was a Monday; Al-Masry Al-Youm dates the same ceremony 'الإثنين 05-02-2018'); the hashtag sign dropped; headline from the URL slug; the truncated last clause shortened; no date in the text", True, """
مصر تكرم مكتشفي ديناصور الواحات وتأكيدات بوجود أنواع أخرى
كرّم وزير التعليم العالي والبحث العلمي المصري، الدكتور خالد عبدالغفار، الفريق البحثي لجامعة المنصورة الذي اكتشف ديناصور الواحات، برئاسة هشام سلام مدير مركز الحفريات الفقارية بكلية العلوم في الجامعة.
وقال الوزير إن هذا الكشف سيغير مجرى التاريخ وسيجلب لمصر خيرا كثيرا، مبينا أنه الأول لفريق بحثي مصري في إفريقيا والشرق الأوسط، وأنه يضع مصر في مصاف الدول المتقدمة.
وخلال اللقاء منح الوزير أعضاء الفريق ميدالية الوزارة، وأكد أن الوزارة ستدعم هذا النموذج المتميز من شباب الباحثين وتشجعه وتوفر له كل ما يحتاجه لمواصلة اكتشافاته في مجال التراث الطبيعي المصري.
وقرر الوزير منح الفريق دعما بحثيا من صندوق العلوم والتنمية التكنولوجية لإجراء مزيد من الاكتشافات العلمية، إلى جانب 4 منح دراسية في كبرى الجامعات المتخصصة في الحفريات لصقل مهاراتهم، ضمن البرنامج الرئاسي لتأهيل الشباب الباحثين والمبتكرين الذي أطلقه الرئيس عبد الفتاح السيسي.
ولفت الوزير إلى أن نشر هذا الكشف في مجلة الطبيعة الدولية دليل على أهميته.
""", [
    ev("minister-honours", "كرّم وزير التعليم العالي والبحث العلمي المصري", HONOURS, "no own expression; the ceremony of Mon 5 Feb 2018, the day of the article (Al-Masry Al-Youm: 'الإثنين 05-02-2018')"),
    ev("research-support-decision", "وقرر الوزير منح الفريق دعما بحثيا", HONOURS, "no own expression; decided at the ceremony of Mon 5 Feb 2018"),
    ev("paper-published", "نشر هذا الكشف في مجلة الطبيعة الدولية", PAPER, "no own expression; the paper of Mon 29 Jan 2018 in Nature Ecology & Evolution (ahlmasrnews: 'أمس (الاثنين)')"),
])

# ---------------------------------------------------------------- kuwait-qmr-kwt-first-satellite-2021
S = "kuwait-qmr-kwt-first-satellite-2021"
KLAUNCH = "2021-06-30"                     # SpaceX Transporter-2 from Cape Canaveral, Wed 30 Jun 2021 (evening, Kuwait time)
art(S, "https://elbalad.news/4873544/%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA-%D8%AA%D8%B9%D9%84%D9%86-%D8%A5%D8%B7%D9%84%D8%A7%D9%82-%D8%A3%D9%88%D9%84-%D9%82%D9%85%D8%B1-%D8%B5%D9%86%D8%A7%D8%B9%D9%8A-%D9%81%D9%8A-%D8%AA%D8%A7%D8%B1%D9%8A%D8%AE%D9%87%D8%A7-%D9%84%D9%84%D9%81%D8%B6%D8%A7%D8%A1",
    "2021-07-01", "no date line on the stored page; the body's 'أمس الأربعاء' for Kuwait's announcement of the launch of Wed 30 Jun 2021 (the Transporter-2 flight; saaa25: 'مساء الأربعاء') gives Thu 1 Jul 2021 (1 Jul 2021 was a Thursday); headline from the URL slug; the truncated sub-heading at the end dropped", False, """
الكويت تعلن إطلاق أول قمر صناعي في تاريخها للفضاء
أعلنت دولة الكويت، أمس الأربعاء، عن إطلاق أول قمر صناعي في تاريخها، ويعرف باسم قمر الكويت، من قاعدة إطلاق الصواريخ الفضائية «كيب كانافيرال» في ولاية فلوريدا الأمريكية.
ونقلت وكالة الأنباء الكويتية «كونا» عن الدكتور بسام الفيلي، مؤسس شركة الفضاء المداري ومديرها العام، قوله إن «قمر الكويت خطوة جديدة في رحلة الكويت إلى الفضاء».
وأوضح الفيلي أن الغاية الأساسية من قمر الكويت هي بناء القدرات الكويتية في تصميم الأقمار الاصطناعية وتجميعها وتطوير تكنولوجيا الاتصالات عبرها.
وتابع: «قبل 6 أشهر نجحنا في إطلاق أول تجربة علمية من الكويت إلى الفضاء، واليوم شهدنا إطلاق أول قمر صناعي باسم الكويت، ونحن ماضون في خطواتنا نحو بناء القدرات الكويتية في مجال الفضاء وتأسيس برنامج فضاء كويتي على غرار الدول الشقيقة المجاورة».
وذكر الفيلي أن الكويت دخلت مجال الفضاء عبر وظيفتين، أولاهما «بث النشيد الوطني الكويتي من الفضاء إلى دول العالم مع رسالة نصية تفيد بأن قمر الكويت هو أول قمر صناعي كويتي».
وبيّن أن «الوظيفة الثانية أن يكون القمر منصة لمبادرة برامج فضائية للطلبة، تتيح لهم التفاعل المباشر مع قمر صناعي حقيقي يدور فعلا حول الأرض لتعليمهم تكنولوجيا الأقمار الصناعية».
""", [
    ev("launch", "أعلنت دولة الكويت، أمس الأربعاء، عن إطلاق أول قمر صناعي في تاريخها", KLAUNCH, "'أمس الأربعاء' in an article of Thu 1 Jul 2021 = Wed 30 Jun (launch and announcement on the same day)"),
    ev("fili-statement", "ونقلت وكالة الأنباء الكويتية «كونا» عن الدكتور بسام الفيلي", KLAUNCH, "no own expression; al-Fili's statement to KUNA on the evening of the launch, Wed 30 Jun 2021 (saaa25: 'مساء الأربعاء'; his 'اليوم شهدنا إطلاق')"),
    ev("first-space-experiment", "قبل 6 أشهر نجحنا في إطلاق أول تجربة علمية", "2020-12-01", "'قبل 6 أشهر' from Wed 30 Jun 2021 = about the turn of 2020/2021 (my span Dec 2020 - Jan 2021)", end="2021-02-01"),
])
art(S, "https://alamssar.com/17337",
    "2021-07-03", "no date line on the stored page; the body's 'أمس الجمعة' for the US ambassador's statement, made two days after the launch of Wed 30 Jun 2021, gives Sat 3 Jul 2021 (2 Jul 2021 was a Friday); the masthead lines and the label 'نشر الأمصار' dropped; headline kept from the page", False, """
إطلاق أول قمر صناعي صُمم في الكويت
كشفت السفيرة الأمريكية لدى الكويت ألينا رومانوسكي، أمس الجمعة، أن شركة صناعة الطيران الأمريكية «سبيس إكس» أطلقت أول قمر صناعي صممته في الكويت شركة الفضاء المداري، ويحمل اسم «قمر الكويت».
وأضافت السفيرة أن الطلاب سيكون بوسعهم إرسال التعليمات إلى القمر الصناعي وجمع البيانات منه، معتبرة أن هذا الحدث نموذج رائع للتعاون الأمريكي الكويتي في مجال الفضاء.
ونشرت السفيرة الأمريكية على حسابها في تويتر مقطعا مصورا مدته تسع ثوان، يظهر ما سمته الإطلاق التاريخي لأول قمر صناعي كويتي.
وكان بسام الفيلي، المدير العام لشركة الفضاء المداري الكويتية، قد أعلن إطلاق أول قمر صناعي كويتي من قاعدة «كيب كانافيرال» لإطلاق الصواريخ الفضائية في ولاية فلوريدا الأمريكية.
وأوضح الفيلي في تصريح لوكالة الأنباء الكويتية أن «قمر الكويت» خطوة جديدة في رحلة الكويت إلى الفضاء، تستهدف بناء القدرات الكويتية في تصميم الأقمار الصناعية وتجميعها وتطوير تكنولوجيا الاتصالات عبر الأقمار الصناعية.
""", [
    ev("ambassador-statement", "كشفت السفيرة الأمريكية لدى الكويت ألينا رومانوسكي، أمس الجمعة", "2021-07-02", "'أمس الجمعة' in an article of Sat 3 Jul 2021 = Fri 2 Jul"),
    ev("launch", "أطلقت أول قمر صناعي صممته في الكويت", KLAUNCH, "no own expression; the Transporter-2 launch of Wed 30 Jun 2021 (elbalad of Thu 1 Jul: 'أمس الأربعاء')"),
    ev("fili-statement", "قد أعلن إطلاق أول قمر صناعي كويتي", KLAUNCH, "no own expression; al-Fili's announcement to KUNA on the evening of the launch, Wed 30 Jun 2021 (elbalad: 'أمس الأربعاء')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 444
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

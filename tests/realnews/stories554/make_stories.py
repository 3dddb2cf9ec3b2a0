"""Builds stories.jsonl: the 554-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: news of Arab communities in Europe (France, Germany,
Sweden, Belgium, Spain, Italy).
Stories: the killing of Nahel (Nael) M., a 17-year-old of Algerian origin, by a police officer at Nanterre and
its aftermath (France, June-July 2023); the anti-Moroccan violence at Torre-Pacheco after the assault on an
elderly man (Murcia, Spain, July 2025); the Brussels shooting of Swedish football fans by a Tunisian gunman and
the Belgian justice minister's resignation (Belgium, October 2023); the Hanau shisha-bar shootings (Germany,
February 2020).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- france-nanterre-nahel-police-shooting-2023
S = "france-nanterre-nahel-police-shooting-2023"
SHOT = "2023-06-27"                        # Nahel shot by a motorcycle officer at Nanterre on Tue 27 Jun 2023 (morning)
FIRST_NIGHT = ("2023-06-27", "2023-06-29")  # the first night of rioting, Tue 27 evening into Wed 28
CHARGED = "2023-06-29"                     # the officer charged with voluntary homicide and remanded, Thu 29 Jun 2023
ALGERIA = "2023-06-29"                     # the Algerian foreign ministry's statement, Thu 29 Jun 2023
FUNERAL = "2023-07-01"                     # funeral at Nanterre, Sat 1 Jul 2023
art(S, "https://www.masress.com/shorouk/2030736",
    "2023-06-28", "no date line on the stored page (a Shorouk report carried by masress); the body's 'أمس الثلاثاء' for the killing of Tue 27 Jun 2023 gives Wed 28 Jun 2023 (28 Jun 2023 was a Wednesday), and the report knows only the first night of rioting and the officer's police custody (not the charge of Thu 29); headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
أعمال شغب في نانتير بعد مقتل شاب برصاص الشرطة
اجتاحت أعمال شغب شوارع ضاحية نانتير الباريسية إثر مقتل شاب في السابعة عشرة من عمره برصاص الشرطة أمس الثلاثاء.
وأفادت سلطات المدينة بأن حشدا غاضبا أشعل النار في حاويات القمامة وفي سيارات وفي مدرسة ابتدائية، وبأن قوات الطوارئ تعرضت لوابل كثيف من الألعاب النارية.
وأقام المشاغبون حواجز بين الأبراج السكنية العالية وعرقلوا عمل رجال الإطفاء.
وانطلقت الاضطرابات مساء الثلاثاء بتظاهرة أمام مركز شرطة نانتير، ثم امتدت إلى البلدات المجاورة.
وفي مانت لا جولي، أضرمت النار في مبنى تابع للبلدية.
ولجأت الشرطة إلى الغاز المسيل للدموع والرصاص المطاطي، غير أنها اضطرت إلى التراجع.
وبحسب السلطات، جرى توقيف 15 شخصا.
وكانت شرارة الشغب مقتل الشاب صباح الثلاثاء حين أوقفته الشرطة لإجراء فحص مروري.
ويظهر مقطع مصور التقطه أحد الشهود بهاتفه المحمول، وتحققت منه قناة "فرانس إنفو"، شرطيا يصوب مسدسه نحو باب السائق.
وحين انطلق الشاب بالسيارة فجأة، أطلق الشرطي النار عليه من مسافة قريبة فأصابه إصابة قاتلة.
وذكرت "فرانس إنفو" أن الشرطي وضع قيد الحجز للاشتباه في ارتكابه جريمة القتل غير العمد.
وبحسب وزير الداخلية جيرالد دارمانان، فتحت هيئة الرقابة على الشرطة تحقيقا داخليا في الحادث.
""", [
    ev("nahel-shot", "إثر مقتل شاب في السابعة عشرة من عمره برصاص الشرطة أمس الثلاثاء", SHOT, "'أمس الثلاثاء' in a report of Wed 28 Jun 2023 = Tue 27 Jun"),
    ev("first-night-riots", "وانطلقت الاضطرابات مساء الثلاثاء بتظاهرة أمام مركز شرطة نانتير", FIRST_NIGHT[0], "'مساء الثلاثاء' = Tue 27 Jun 2023 evening; the rioting went on through the night into Wed 28 (span 27-28 Jun)", end=FIRST_NIGHT[1]),
    ev("first-night-arrests", "جرى توقيف 15 شخصا", FIRST_NIGHT[0], "no own expression; the arrests of the first night of rioting, Tue 27 evening into Wed 28 Jun 2023 (span 27-28 Jun)", end=FIRST_NIGHT[1]),
    ev("officer-custody", "أن الشرطي وضع قيد الحجز للاشتباه", SHOT, "no own expression; the officer was taken into police custody on the day of the shooting, Tue 27 Jun 2023"),
    ev("internal-inquiry", "فتحت هيئة الرقابة على الشرطة تحقيقا داخليا في الحادث", SHOT, "no own expression; the IGPN was seized on the day of the shooting, Tue 27 Jun 2023 (announced by Darmanin that day)"),
])
art(S, "https://youm7.com/story/2023/6/30/الخارجية-الجزائرية-تصدر-بيانا-هاما-بشأن-مقتل-الشاب-نائل-بفرنسا/6228076",
    "2023-06-30", "the URL's date /2023/6/30/ (Fri 30 Jun 2023); the body's 'في بيان الخميس' names the Algerian statement of Thu 29 Jun; headline kept from the URL slug; the comment notice dropped", True, """
الخارجية الجزائرية تصدر بيانا هاما بشأن مقتل الشاب نائل بفرنسا
شددت وزارة الخارجية الجزائرية، في بيان الخميس، على أن الجزائر ما زالت تتابع باهتمام بالغ مستجدات قضية وفاة الشاب نائل بصورة وحشية ومأساوية في فرنسا.
وأوضحت الوزارة في بيانها أنها تلقت بصدمة واستياء نبأ وفاة الشاب نائل بهذه الطريقة الوحشية والمأساوية، وما أحاط بالحادثة من ظروف تبعث على القلق بشكل لافت.
وأضافت أنها واثقة من أن الحكومة الفرنسية ستؤدي واجبها في الحماية كاملا، انطلاقا من حرصها على الهدوء والأمن اللذين ينبغي أن ينعم بهما المواطنون الجزائريون في البلد الذي يستقبلهم ويقيمون فيه.
وأكدت الوزارة أن الحكومة الجزائرية ما زالت تتابع باهتمام بالغ تطورات هذه القضية المأساوية، حريصة دوما على الوقوف إلى جانب أبناء جاليتها في أوقات الشدائد والمحن.
وقدمت الوزارة في بيانها خالص تعازيها لأسرة الفقيد، مؤكدة أن الجميع في الجزائر يتقاسمون مع عائلة الشاب حزنها وألمها.
وتعيش مدن فرنسية عديدة على وقع احتجاجات واسعة ومواجهات مع عناصر الأمن، بعد أن قتلت الشرطة شابا فرنسيا من أصول جزائرية يدعى نائل في مدينة نانتير.
""", [
    ev("algeria-statement", "شددت وزارة الخارجية الجزائرية، في بيان الخميس", ALGERIA, "'في بيان الخميس' in a report of Fri 30 Jun 2023 = Thu 29 Jun"),
    ev("nationwide-protests", "وتعيش مدن فرنسية عديدة على وقع احتجاجات واسعة ومواجهات مع عناصر الأمن", SHOT, "no own expression; the protests and clashes since the evening of Tue 27 Jun 2023, still going on at publication (Fri 30 Jun): span 27-30 Jun", end="2023-07-01"),
    ev("nahel-shot", "بعد أن قتلت الشرطة شابا فرنسيا من أصول جزائرية", SHOT, "no own expression; the killing of Tue 27 Jun 2023 (shorouk 'أمس الثلاثاء' on Wed 28)"),
])
art(S, "https://alyaum.com/articles/6474870/الأخبار/العرب/حادث-وحشي-الجزائر-تتابع-باهتمام-قضية-مقتل-الشاب-نائل-في-فرنسا",
    "2023-06-30", "no date line on the stored page; the body's 'أمس الخميس' for the Algerian statement of Thu 29 Jun 2023 (youm7 of Fri 30: 'في بيان الخميس') gives Fri 30 Jun 2023 (30 Jun 2023 was a Friday); headline kept from the URL slug; the embedded tweet (with its date June 28, 2023) and the sub-heading dropped", False, """
حادث وحشي.. الجزائر تتابع باهتمام قضية مقتل الشاب نائل في فرنسا
أعلنت وزارة الخارجية الجزائرية أمس الخميس أنها ما زالت تتابع باهتمام بالغ تطورات قضية وفاة الشاب "نائل.م" بصورة وحشية ومأساوية في فرنسا.
وكان الشاب نائل، البالغ 17 عاما والمنحدر من أصول جزائرية، قد قتل مساء الثلاثاء قرب باريس برصاصة أطلقت عليه من مسافة قريبة خلال عملية تدقيق مروري أجرتها الشرطة الفرنسية.
وقالت الخارجية في بيانها إن الجزائر تلقت بصدمة واستياء نبأ وفاة الشاب بهذه الصورة الوحشية والمأساوية، وما أحاط بها من ظروف مثيرة للقلق بشكل لافت.
وأضاف المصدر ذاته أن "الجزائر تتقدم بخالص التعازي لأسرة الفقيد، وتؤكد لها أن الجميع في بلدنا يشاركونها حزنها وألمها".
كما شدد البيان على أن الجزائر "على ثقة بأن الحكومة الفرنسية ستنهض بواجبها في توفير الحماية كاملة، انطلاقا من حرصها على الهدوء والأمن اللذين يجب أن ينعم بهما مواطنونا في بلد الاستقبال الذي يقيمون فيه".
وأبرزت الخارجية "حرص الجزائر الدائم على مساندة الجالية الوطنية في أوقات الشدائد والمحن".
وأعلنت النيابة العامة في فرنسا يوم الخميس أنها وجهت إلى الشرطي الذي قتل الشاب نائل تهمة القتل العمد، وأودعته الحبس الاحتياطي.
""", [
    ev("algeria-statement", "أعلنت وزارة الخارجية الجزائرية أمس الخميس", ALGERIA, "'أمس الخميس' in a report of Fri 30 Jun 2023 = Thu 29 Jun"),
    ev("nahel-shot", "قد قتل مساء الثلاثاء قرب باريس", SHOT, "'مساء الثلاثاء' = Tue 27 Jun 2023 (the shooting was in fact in the morning; the day is the same)"),
    ev("officer-charged", "أنها وجهت إلى الشرطي الذي قتل الشاب نائل تهمة القتل العمد", CHARGED, "'يوم الخميس' = Thu 29 Jun 2023"),
])
art(S, "https://akhbarelyom.com/news/newdetails/4134756/1/%D8%AA%D8%B4%D9%8A%D9%8A%D8%B9-%D8%AC%D8%AB%D9%85%D8%A7%D9%86-%D9%86%D8%A7%D8%A6%D9%84-%D9%88%D8%B3%D8%B7-%D8%A7%D8%B3%D8%AA%D8%B9%D8%AF%D8%A7%D8%AF%D8%A7%D8%AA-%D9%84%D9%84%D9%8A%D9%84%D8%A9-%D8%AE%D8%A7%D9%85",
    "2023-07-01", "the body's explicit 'اليوم السبت 1 يوليو' (1 Jul 2023 was a Saturday); no other date line on the stored page; the photo captions dropped; headline kept from the page; the last, truncated sentence dropped", True, """
تشييع جثمان نائل وسط استعدادات لليلة خامسة من الشغب في فرنسا
جرى تشييع جثمان الشاب الفرنسي نائل اليوم السبت 1 يوليو، في جنازة منعت الصحافة من تغطيتها، بينما حشدت السلطات عشرات الآلاف من عناصر الأمن تحسبا لليلة خامسة من أعمال الشغب التي أعقبت مقتل الفتى برصاص شرطي.
وأعلن وزير الداخلية الفرنسي جيرالد دارمانان أن نحو 45 ألفا من عناصر الشرطة والدرك سيتم حشدهم مجددا ليل السبت الأحد للتصدي لأعمال الشغب.
وأضاف الوزير أن الشرطة ستعزز "بشكل كبير" في مرسيليا (جنوب شرق) وليون (وسط شرق)، وهما من كبرى المدن التي لحقتها الأضرار مساء الجمعة.
ولقي الفتى نائل (17 عاما) حتفه برصاصة قاتلة في صدره أطلقها عليه شرطي من مسافة قريبة أثناء عملية تدقيق مروري.
ووجهت إلى الشرطي الموقوف، البالغ 38 عاما، تهمة القتل العمد.
وسار مئات الأشخاص السبت في موكب الجنازة من مسجد ابن باديس إلى مقبرة مونت فاليريان في ضاحية نانتير الباريسية.
وقالت إحدى المقيمات في نانتير، طالبة عدم الكشف عن هويتها: "السلام لروحه، وآمل أن تتحقق العدالة"، وأضافت: "جئت لأساند الأم، إنه ابنها الوحيد، يا لها من مسكينة".
ونقل الجثمان من دار الجنازات في نانتير إلى المسجد وسط أجواء شديدة التوتر بين مجموعات من الشبان والصحافة التي طلبت عائلة نائل ألا تحضر.
""", [
    ev("nahel-funeral", "جرى تشييع جثمان الشاب الفرنسي نائل اليوم السبت 1 يوليو", FUNERAL, "'اليوم السبت 1 يوليو' = Sat 1 Jul 2023"),
    ev("fifth-night-deployment", "سيتم حشدهم مجددا ليل السبت الأحد", FUNERAL, "'ليل السبت الأحد' = the night of Sat 1 to Sun 2 Jul 2023", end="2023-07-03"),
    ev("marseille-lyon-riots", "وهما من كبرى المدن التي لحقتها الأضرار مساء الجمعة", "2023-06-30", "'مساء الجمعة' = Fri 30 Jun 2023 (the night went on into Sat 1; start day given)"),
    ev("nahel-shot", "ولقي الفتى نائل (17 عاما) حتفه برصاصة قاتلة في صدره", SHOT, "no own expression; the killing of Tue 27 Jun 2023"),
    ev("officer-charged", "ووجهت إلى الشرطي الموقوف، البالغ 38 عاما، تهمة القتل العمد", CHARGED, "no own expression; the charge of Thu 29 Jun 2023 (alyaum 'يوم الخميس')"),
])

# ---------------------------------------------------------------- spain-torre-pacheco-anti-moroccan-violence-2025
S = "spain-torre-pacheco-anti-moroccan-violence-2025"
ATTACK = "2025-07-09"                      # the 68-year-old Domingo assaulted near the cemetery, Wed 9 Jul 2025 early morning
RALLY = "2025-07-11"                       # the town's protest rally (20:00) that turned into clashes, Fri 11 Jul 2025
CLASHES = ("2025-07-11", "2025-07-16")     # the nightly clashes, Fri 11 - Tue 15 Jul 2025 (my span)
SUSPECT = "2025-07-14"                     # the alleged main assailant (19, Moroccan) arrested at Errenteria, Mon 14 Jul 2025 evening
art(S, "https://tetouani.ma/2025/07/14/22598",
    "2025-07-14", "the URL's date /2025/07/14/ (Mon 14 Jul 2025); the body's 'يوم الجمعة الماضي' for the rally of Fri 11 Jul fits it; no date of its own in the text; headline written from the body (the stored text has none)", False, """
توتر في توري باشيكو الإسبانية بعد تظاهرة تضامن مع مسن معتدى عليه
عاشت مدينة توري باشيكو (إقليم مورسيا، إسبانيا) يوم الجمعة الماضي توترا شديدا إثر دعوة إلى التظاهر تضامنا مع مواطن مسن تعرض لاعتداء عنيف.
وانتهت التظاهرة إلى اشتباكات وإلى هتافات عنصرية استهدفت مهاجرين من أصول مغربية.
وطالب المحتجون بتعزيزات إضافية من "الحرس المدني"، بعد انتشار مقطع فيديو على مواقع التواصل الاجتماعي يظهر فيه رجل مسن في الثامنة والستين من عمره تعرض لاعتداء صباح الأربعاء أثناء نزهته المعتادة قرب مقبرة المدينة.
""", [
    ev("solidarity-rally", "إثر دعوة إلى التظاهر تضامنا مع مواطن مسن", RALLY, "'يوم الجمعة الماضي' in an article of Mon 14 Jul 2025 = Fri 11 Jul (the rally at 20:00)"),
    ev("rally-clashes", "وانتهت التظاهرة إلى اشتباكات وإلى هتافات عنصرية", RALLY, "no own expression; the rally of Fri 11 Jul 2025 ('يوم الجمعة الماضي') turned into clashes that evening"),
    ev("guardia-civil-demand", "وطالب المحتجون بتعزيزات إضافية من \"الحرس المدني\"", RALLY, "no own expression; the demand made at the rally of Fri 11 Jul 2025"),
    ev("elderly-attack", "تعرض لاعتداء صباح الأربعاء أثناء نزهته المعتادة", ATTACK, "'صباح الأربعاء' before the Friday rally = Wed 9 Jul 2025 (about 5:45 am)"),
])
art(S, "https://www.assahifa.com/%d8%a5%d9%84%d8%a8%d8%a7%d9%8a%d9%8a%d8%b3-%d9%85%d8%ba%d8%a7%d8%b1%d8%a8%d8%a9-%d9%85%d9%88%d8%b1%d8%b3%d9%8a%d8%a7-%d9%8a%d8%aa%d8%b9%d8%b1%d8%b6%d9%88%d9%86-%d9%84%d9%84%d8%b9%d9%86%d9%81-%d9%85",
    "2025-07-15", "the page's date line 'الثلاثاء 15 يوليوز 2025 - 19:15' (15 Jul 2025 was a Tuesday), dropped from the text with the 'الصحيفة من الرباط' byline; headline kept from the page; the last, truncated clause ('على الرغم من أن التحقيقات لا تزال...') shortened", True, """
إلباييس: مغاربة مورسيا يتعرضون للعنف من أشخاص جاؤوا من مناطق أخرى بسبب التحريض واتهامات لليمين الإسباني المتطرف
أفادت صحيفة "إلباييس" الإسبانية، في تقرير من عين المكان، بأن أبناء الجالية المغربية في بلدة تورّي باتشيكو التابعة لمقاطعة مورسيا يواجهون منذ أيام حملة عنف متصاعدة تقف وراءها مجموعات منظمة قادمة من خارج المنطقة، في ظل اتهامات صريحة لأطراف من اليمين الإسباني المتطرف بإذكاء التوتر والتحريض على أبناء المهاجرين.
وأوضحت الصحيفة أن تورّي باتشيكو، التي يقارب عدد سكانها 40 ألف نسمة وتقع في جنوب شرق إسبانيا، تضم واحدة من أكبر الجاليات المغربية في المنطقة، وأن حي سان أنطونيو، الذي يعد قلب هذه الجالية، تحول في الأيام الأخيرة إلى ساحة لاشتباكات وأعمال عنف عقب دعوات على شبكات التواصل الاجتماعي إلى ما سمي "مطاردة المهاجرين".
وذكرت "إلباييس" أن العنف اندلع بعد انتشار مقطع فيديو لمسن إسباني اعتدى عليه شاب يقال إنه من أصول مغربية، مشيرة إلى أن التحقيقات ما زالت جارية.
""", [
    ev("elpais-report", "في تقرير من عين المكان", "2025-07-14", "no own expression; El Pais's field report, published shortly before this article of Tue 15 Jul 2025 (my span Mon 14 - Tue 15)", end="2025-07-16"),
    ev("violence-campaign", "يواجهون منذ أيام حملة عنف متصاعدة", CLASHES[0], "'منذ أيام' before Tue 15 Jul 2025 = since the rally of Fri 11 Jul (my span 11-15 Jul)", end=CLASHES[1]),
    ev("nightly-clashes", "تحول في الأيام الأخيرة إلى ساحة لاشتباكات وأعمال عنف", CLASHES[0], "'في الأيام الأخيرة' before Tue 15 Jul 2025 = the clashes of Fri 11 - Tue 15 Jul (my span)", end=CLASHES[1]),
    ev("hunt-calls", "عقب دعوات على شبكات التواصل الاجتماعي إلى ما سمي \"مطاردة المهاجرين\"", CLASHES[0], "no own expression; the online calls for a 'hunt' of North Africans after the Friday rally, Fri 11 - Tue 15 Jul 2025 (my span)", end=CLASHES[1]),
    ev("elderly-attack", "لمسن إسباني اعتدى عليه شاب", ATTACK, "no own expression; the assault of Wed 9 Jul 2025 (tetouani 'صباح الأربعاء')"),
])
art(S, "https://www.arabic.radioorient.com/%d9%85%d9%87%d8%a7%d8%ac%d8%b1%d9%88%d9%86%d8%a3%d8%ad%d8%af%d8%a7%d8%ab-%d8%b9%d9%86%d9%81-%d8%aa%d9%87%d8%b2-%d8%aa%d9%88%d8%b1%d9%8a-%d8%a8%d8%a7%d8%aa%d8%b4%d9%8a%d9%83%d9%88-%d8%a7%d9%84%d8%a5",
    "2025-07-16", "the page's date line 'يوليو 16, 2025' (16 Jul 2025 was a Wednesday), dropped from the text with the 'للاستماع إلى المقال' link; headline rendered from the URL slug ('مهاجرون' section + 'أحداث عنف تهز توري باتشيكو الإ...'); the last, truncated sentence on the hate-crime prosecutor dropped", True, """
أحداث عنف تهز توري باتشيكو الإسبانية
شهدت بلدة "توري باتشيكو" الإسبانية مواجهات عنيفة بين مهاجرين مغاربة وجماعة من اليمين المتطرف، وتصاعد التوتر على مدى أربعة أيام، ما أقلق السكان ودفع وجهاء الجالية المغربية هناك إلى إطلاق نداءات عاجلة إلى التهدئة وضبط النفس.
وأعلنت السلطات الإسبانية توقيف 14 شخصا حتى الآن، من بينهم 3 شبان مغاربة، أحدهم في التاسعة عشرة من عمره وصف بأنه المتورط الرئيسي في الاعتداء الذي فجر الأزمة.
وتعد هذه الأحداث الأسوأ من نوعها في إسبانيا في الفترة الأخيرة، وقد انطلقت الجمعة الماضية على خلفية اعتداء على رجل في الستينيات من عمره، ثم اشتعلت بعدها مواجهات ليلية في شوارع البلدة، ولا سيما في حي سان أنطونيو الذي تسكنه أغلبية من المهاجرين.
وانتشرت على وسائل التواصل الاجتماعي دعوات معادية للمهاجرين تحض على مطاردة ذوي الأصول الشمال إفريقية وملاحقتهم، الأمر الذي حمل وجهاء الجالية المغربية في "توري باتشيكو" على دعوة الشباب إلى ملازمة بيوتهم وتفويت الفرصة على المتطرفين.
ولم يقتصر المشهد على المواجهة المباشرة، إذ رصدت عدسات وكالات الأنباء متظاهرين ملثمين يرمون الشرطة بالألعاب النارية، فردت عليهم بالرصاص المطاطي لتفريقهم.
""", [
    ev("arrests-14", "وأعلنت السلطات الإسبانية توقيف 14 شخصا حتى الآن", "2025-07-14", "'حتى الآن' up to publication; the tally of 14 arrests given between Mon 14 and Wed 16 Jul 2025 (my span)", end="2025-07-17"),
    ev("main-suspect-arrest", "أحدهم في التاسعة عشرة من عمره وصف بأنه المتورط الرئيسي", SUSPECT, "no own expression; the 19-year-old alleged main assailant was arrested at Errenteria on the evening of Mon 14 Jul 2025 (Spanish reports)"),
    ev("rally-clashes", "وقد انطلقت الجمعة الماضية", RALLY, "'الجمعة الماضية' = Fri 11 Jul 2025, read as the start of the unrest (the rally turned into clashes); the assault itself was on Wed 9 Jul"),
    ev("elderly-attack", "اعتداء على رجل في الستينيات من عمره", ATTACK, "no own date (the sentence's 'الجمعة الماضية' is the start of the unrest); the assault of Wed 9 Jul 2025 (tetouani 'صباح الأربعاء')"),
    ev("nightly-clashes", "ثم اشتعلت بعدها مواجهات ليلية في شوارع البلدة", CLASHES[0], "no own expression; the nightly clashes after the Friday rally, Fri 11 - Tue 15 Jul 2025 (my span)", end=CLASHES[1]),
    ev("hunt-calls", "دعوات معادية للمهاجرين تحض على مطاردة", CLASHES[0], "no own expression; the online calls for a 'hunt', Fri 11 - Tue 15 Jul 2025 (my span)", end=CLASHES[1]),
])

# ---------------------------------------------------------------- belgium-brussels-tunisian-gunman-swedish-fans-2023
S = "belgium-brussels-tunisian-gunman-swedish-fans-2023"
SHOOTING = "2023-10-16"                    # two Swedish fans shot dead near place Sainctelette, Mon 16 Oct 2023 (about 19:15)
KILLED = "2023-10-17"                      # the gunman Abdesalem Lassoued shot by police at Schaerbeek, Tue 17 Oct 2023 morning
RESIGN = "2023-10-20"                      # justice minister Vincent Van Quickenborne resigned, Fri 20 Oct 2023 evening
REQUEST = "2022-08-15"                     # Tunisia's extradition request of 15 Aug 2022
art(S, "https://arabesque.tn/ar/article/print/109330/%D8%A7%D9%84%D8%B3%D9%84%D8%B7%D8%A7%D8%AA-%D8%A7%D9%84%D8%A8%D9%84%D8%AC%D9%8A%D9%83%D9%8A%D8%A9-%D9%85%D9%86%D9%81-%D8%B0-%D9%87%D8%AC%D9%88%D9%85-%D8%A8%D8%B1%D9%88%D9%83%D8%B3%D9%84-%D8%AA%D9%88%D9%86%D8%B3%D9%8A-%D8%A7%D9%84%D8%AC%D9%86%D8%B3%D9%8A%D8%A9",
    "2023-10-17", "no date on the stored print page; the body's 'مساء أمس الاثنين' for the shooting of Mon 16 Oct 2023 gives Tue 17 Oct 2023 (17 Oct 2023 was a Tuesday), and the report does not yet know that the gunman was shot that morning; the section tag 'عالميا' dropped; headline kept from the page; the last, truncated sentence shortened", False, """
السلطات البلجيكية : منفّذ هجوم بروكسل تونسي الجنسية
لقي سويديان حتفهما، مساء أمس الاثنين، في العاصمة البلجيكية برصاص مسلح أطلق عليهما النار ثم فر على دراجة نارية، في هجوم نعته رئيس الوزراء ألكسندر دي كرو بـ"الاعتداء الجبان"، داعيا مواطنيه إلى رص الصفوف "في مكافحة الإرهاب".
وأعلنت السلطات البلجيكية أن المهاجم يدعى "عبد السلام ل"، ويقيم في بروكسل، وهو تونسي في الخامسة والأربعين من عمره.
وبحسب التحقيقات، فإن الرجل يعيش في بروكسل بصورة غير قانونية، وقد تبنى الهجوم في مقطعي فيديو نشرا على مواقع التواصل الاجتماعي، أحدهما قبل إطلاق النار والآخر بعده مباشرة.
وظهر الرجل في المقاطع وهو يتحدث بالعربية، مقدما نفسه على أنه أحد عناصر تنظيم داعش الإرهابي.
كما ظهر المهاجم في مقطع آخر وهو يفر من مكان الحادث مرتديا سترة برتقالية على متن دراجة نارية، بعد أن أطلق من بندقية رشاشة 4 طلقات على الأقل.
من جهته، أعلن متحدث باسم النيابة العامة الفيدرالية المختصة بملفات الإرهاب، في تصريح لوكالة فرانس برس، فتح تحقيق في الهجوم.
ووقع إطلاق النار قرب ساحة سانكتيليت في الأحياء الشمالية للعاصمة البلجيكية، قبيل مباراة بين منتخبي بلجيكا والسويد في التصفيات المؤهلة لبطولة أوروبا.
""", [
    ev("brussels-shooting", "لقي سويديان حتفهما، مساء أمس الاثنين", SHOOTING, "'مساء أمس الاثنين' in a report of Tue 17 Oct 2023 = Mon 16 Oct"),
    ev("claim-videos", "وقد تبنى الهجوم في مقطعي فيديو", SHOOTING, "no own expression; the two videos posted just before and just after the shooting of Mon 16 Oct 2023"),
    ev("federal-probe", "فتح تحقيق في الهجوم", SHOOTING, "no own expression; the federal prosecutor's inquiry announced on the night of Mon 16 to Tue 17 Oct 2023 (span)", end="2023-10-18"),
    ev("belgium-sweden-match", "قبيل مباراة بين منتخبي بلجيكا والسويد", SHOOTING, "no own expression; the Euro 2024 qualifier at the King Baudouin stadium on the evening of Mon 16 Oct 2023"),
])
art(S, "https://slaati.com/2023/10/17/p2393687.html",
    "2023-10-17", "the URL's date /2023/10/17/ (Tue 17 Oct 2023); the body's 'صباح اليوم' for the gunman's death and 'مساء أمس' for the shooting of Mon 16 fit it; the reader comments dropped; headline written from the body (the stored text has none)", True, """
مقتل مهاجم بروكسل برصاص الشرطة
أعلن المتحدث باسم النيابة العامة الفيدرالية في العاصمة البلجيكية أن الشرطة اضطرت إلى إطلاق النار لاعتراض مهاجم بروكسل، في عملية جرت في حي شيربيك صباح اليوم، وأنه فارق الحياة بعدها متأثرا بجراحه.
وكان التونسي عبد السلام قد قتل سويديين في شمال بروكسل مساء أمس، بإطلاق النار عليهما قبل أن يلوذ بالفرار على دراجة نارية.
ووقع الهجوم قرب ساحة سانكتيليت في الأحياء الشمالية للعاصمة البلجيكية، قبيل مباراة جمعت منتخبي بلجيكا والسويد في التصفيات المؤهلة لكأس أوروبا 2024 لكرة القدم.
ووجه رئيس الوزراء السويدي أولف كريستيرسون تحذيرا من أن السويد "مهددة أكثر من أي وقت مضى" غداة اعتداء بروكسل، وقال في مؤتمر صحافي: "لم يحدث في التاريخ الحديث أن كانت السويد والمصالح السويدية مهددة أكثر مما هي اليوم".
""", [
    ev("gunman-killed", "في عملية جرت في حي شيربيك صباح اليوم", KILLED, "'صباح اليوم' in an article of Tue 17 Oct 2023 = Tue 17 Oct"),
    ev("brussels-shooting", "قد قتل سويديين في شمال بروكسل مساء أمس", SHOOTING, "'مساء أمس' from Tue 17 Oct 2023 = Mon 16 Oct"),
    ev("belgium-sweden-match", "قبيل مباراة جمعت منتخبي بلجيكا والسويد", SHOOTING, "no own expression; the qualifier on the evening of Mon 16 Oct 2023"),
    ev("kristersson-warning", "ووجه رئيس الوزراء السويدي أولف كريستيرسون تحذيرا", KILLED, "'غداة اعتداء بروكسل' = the day after Mon 16 Oct 2023 = Tue 17 Oct (his press conference)"),
])
art(S, "https://euro-times.com/2023/10/20/%d8%a7%d8%b3%d8%aa%d9%82%d8%a7%d9%84%d8%a9-%d9%88%d8%b2%d9%8a%d8%b1-%d8%a7%d9%84%d8%b9%d8%af%d9%84-%d8%a7%d9%84%d8%a8%d9%84%d8%ac%d9%8a%d9%83%d9%8a-%d8%a5%d8%ab%d8%b1-%d8%a7%d9%84%d9%87%d8%ac%d9%88",
    "2023-10-20", "the URL's date /2023/10/20/ (Fri 20 Oct 2023) and the body's 'اليوم الجمعة' for the resignation; the signature 'يورو تايمز' dropped; headline kept from the page", True, """
استقالة وزير العدل البلجيكي إثر الهجوم الذي وقع في بروكسل
ذكرت وسائل إعلام بلجيكية أن وزير العدل البلجيكي فنسنت فان كويكنبورن قدم استقالته على خلفية الهجوم الإرهابي الذي شهدته بروكسل وذهب ضحيته مواطنان سويديان.
وأعلن فان كويكنبورن استقالته في مؤتمر صحفي اليوم الجمعة.
وكانت تونس قد طلبت العام الماضي تسليمها الإرهابي عبد السلام الأسود، لرغبتها في محاكمته بتهمة الفرار، إذ يزعم أنه هرب من سجن في تونس، وبتهم إحراق وتخريب.
ووصل طلب التسليم إلى النيابة العامة في بروكسل، غير أن القاضي المختص لم يتجاوب معه، فلم يسلم الأسود.
وقال الوزير المستقيل في المؤتمر الصحفي، بحسب صحيفة Nieuwsblad البلجيكية: "إنه خطأ فردي جسيم عواقبه وخيمة. وحتى إن كان خطأ فرديا، فإنني أريد أن أتحمل مسؤوليتي السياسية. أنا أستقيل، وقد أبلغت رئيس الوزراء بذلك".
وأوضح يوهان ديلمول، المدعي العام في بروكسل، في المؤتمر الصحفي أن مكتب المدعي العام في بروكسل تلقى العام الماضي 31 قضية مماثلة.
وقال إن "هذه القضية هي الوحيدة من بين الـ31 التي لم تعالج بعد تلقيها، ولا أملك إلا أن أستنتج أن سببها الوحيد مصادفة مؤسفة للظروف جعلت الملف معلقا".
""", [
    ev("minister-resignation", "وأعلن فان كويكنبورن استقالته في مؤتمر صحفي اليوم الجمعة", RESIGN, "'اليوم الجمعة' = Fri 20 Oct 2023"),
    ev("brussels-shooting", "الهجوم الإرهابي الذي شهدته بروكسل", SHOOTING, "no own expression; the shooting of Mon 16 Oct 2023"),
    ev("tunisia-extradition-request", "وكانت تونس قد طلبت العام الماضي تسليمها الإرهابي", REQUEST, "'العام الماضي' = 2022; the request of 15 Aug 2022 (lesiteinfo '15 غشت 2022')"),
    ev("delmulle-statement", "وأوضح يوهان ديلمول، المدعي العام في بروكسل، في المؤتمر الصحفي", RESIGN, "no own expression; the same press conference of Fri 20 Oct 2023"),
])
art(S, "https://ar.lesiteinfo.com/politique/%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D8%B9%D8%AF%D9%84-%D8%A7%D9%84%D8%A8%D9%84%D8%AC%D9%8A%D9%83%D9%8A-%D9%8A%D8%B3%D8%AA%D9%82%D9%8A%D9%84-%D9%85%D9%86-%D9%85%D9%86%D8%B5%D8%A8%D9%87-%D8%A8%D8%B3-803150.html",
    "2023-10-21", "no date on the stored page; the body's 'مساء أمس الجمعة' for the resignation of Fri 20 Oct 2023 (euro-times of Fri 20: 'اليوم الجمعة') gives Sat 21 Oct 2023 (21 Oct 2023 was a Saturday); the source line 'المصدر : وكالات' and the unrelated links after it dropped; headline kept from the page", False, """
وزير العدل البلجيكي يستقيل من منصبه بسبب هجوم بروكسيل
أعلن وزير العدل البلجيكي فنسنت فان كويكنبورن، مساء أمس الجمعة، تخليه عن منصبه، موضحا أنه يريد تحمل مسؤولية "خطأ فردي" مرتبط بالهجوم الذي وقع يوم الاثنين الماضي في بروكسيل.
وفي 15 غشت 2022، كانت تونس قد تقدمت بطلب لتسليم مواطنها المتهم بتنفيذ هذا الهجوم الذي أودى بحياة شخصين، غير أن الطلب لم يعالج.
وقال الوزير في ندوة صحفية حضرها المدعي العام لبروكسيل يوهان ديلمول إن الأمر يتعلق بـ"خطأ فردي، جسيم وغير مقبول".
وأضاف فان كويكنبورن أن "طلب التسليم أحيل إلى النيابة، لكنه ظل هناك"، مؤكدا رغبته في تحمل مسؤوليته السياسية بالاستقالة.
وكان شخصان قد قتلا في إطلاق نار وقع مساء الاثنين قرب ساحة سانكتيليت وسط بروكسيل.
وبحسب السلطات، فإن المهاجم، واسمه عبد السلام الأسود، وهو تونسي يقيم في بلجيكا بصورة غير قانونية، كان يحمل سلاحا حربيا وأطلق النار على عدة أشخاص قبل أن يلوذ بالفرار.
وقتل المشتبه به في صباح اليوم التالي خلال تبادل لإطلاق النار مع الشرطة التي حضرت لتوقيفه في حي فيربوكهوفن ببلدية سكاربيك في منطقة بروكسيل.
""", [
    ev("minister-resignation", "مساء أمس الجمعة، تخليه عن منصبه", RESIGN, "'مساء أمس الجمعة' in a report of Sat 21 Oct 2023 = Fri 20 Oct"),
    ev("brussels-shooting", "بالهجوم الذي وقع يوم الاثنين الماضي في بروكسيل", SHOOTING, "'يوم الاثنين الماضي' = Mon 16 Oct 2023"),
    ev("tunisia-extradition-request", "وفي 15 غشت 2022، كانت تونس قد تقدمت بطلب لتسليم", REQUEST, "'15 غشت 2022' = Mon 15 Aug 2022"),
    ev("gunman-killed", "وقتل المشتبه به في صباح اليوم التالي", KILLED, "'في صباح اليوم التالي' after the Monday shooting = Tue 17 Oct 2023"),
])

# ---------------------------------------------------------------- germany-hanau-shisha-bar-shootings-2020
S = "germany-hanau-shisha-bar-shootings-2020"
HANAU = "2020-02-19"                       # the shootings at the Midnight and Arena Bar shisha bars, Wed 19 Feb 2020 about 22:00
FOUND = "2020-02-20"                       # the gunman Tobias R. found dead at home beside his mother, Thu 20 Feb 2020 early morning
art(S, "https://mena-researchcenter.org/ar/%d8%a7%d9%84%d9%8a%d9%85%d9%8a%d9%86-%d8%a7%d9%84%d9%85%d8%aa%d8%b7%d8%b1%d9%81-%d9%8a%d8%b6%d8%b1%d8%a8-%d8%a3%d9%84%d9%85%d8%a7%d9%86%d9%8a%d8%a7",
    "2020-02-20", "no date on the stored page; the body's 'عند الساعة العاشرة أمس الأربعاء' for the shootings of Wed 19 Feb 2020 and 'فجر اليوم' for the police tweet of early Thu 20 Feb give Thu 20 Feb 2020 (20 Feb 2020 was a Thursday); headline rendered from the URL slug; the last, truncated sentence shortened", False, """
اليمين المتطرف يضرب ألمانيا
عاشت مدينة هاناو في ولاية "هيسن" الألمانية ساعات ليلية مروعة شهدت هجمات بإطلاق النار وبالأسلحة.
إذ أقدم الألماني المتطرف "توبياس ر." (43 عاما) على فتح النار من بندقيته الرشاشة الآلية على العشرات في هجومين منفصلين وقعا في المدينة عند الساعة العاشرة أمس الأربعاء.
واستهدف الهجوم الأول مقهى في وسط هاناو، فيما توجه المهاجم في هجومه الثاني إلى مقهى في حي كيسيل شتاد، وتفيد مصادر ألمانية بأن أغلب رواد المقهى الثاني من أصول كردية مسلمة.
من جانبها، نشرت الشرطة الألمانية تغريدة على تويتر فجر اليوم أكدت فيها أنها عثرت على المشتبه به ميتا في منزله بحي كيسيل شتاد، وأن جثته كانت إلى جانب جثة والدته التي قتلها مسبقاً.
وأضافت الشرطة أنها وجدت في منزل القاتل رسالة من 24 صفحة وعددا من مقاطع الفيديو تكشف توجهاته المتطرفة، ويتحدث فيها عن ضرورة إبادة بعض الشعوب التي لم يعد بالإمكان طردها من ألمانيا.
ونشرت صحيفة "بيلد" الألمانية تقارير مفصلة عن الحادثين، جاء فيها أن "توبياس" قصد أولا موقع الجريمة في وسط هاناو فاقتحم المقهى وأطلق النار على رواده موقعا قتلى وجرحى، ثم انتقل بسيارته إلى المقهى الثاني وفتح النار داخله.
""", [
    ev("hanau-shooting", "في هجومين منفصلين وقعا في المدينة عند الساعة العاشرة أمس الأربعاء", HANAU, "'عند الساعة العاشرة أمس الأربعاء' in a report of Thu 20 Feb 2020 = Wed 19 Feb, about 22:00"),
    ev("second-bar-attack", "فيما توجه المهاجم في هجومه الثاني إلى مقهى في حي كيسيل شتاد", HANAU, "no own expression; the second attack (Arena Bar, Kesselstadt) minutes after the first, on the evening of Wed 19 Feb 2020"),
    ev("suspect-found-dead", "نشرت الشرطة الألمانية تغريدة على تويتر فجر اليوم", FOUND, "'فجر اليوم' = early Thu 20 Feb 2020 (the tweet at about 05:00)"),
    ev("mother-killed", "جثة والدته التي قتلها مسبقاً", HANAU, "no own expression; the mother was killed at home after the shootings, in the night of Wed 19 to Thu 20 Feb 2020 (span)", end="2020-02-21"),
    ev("manifesto-found", "وجدت في منزل القاتل رسالة من 24 صفحة", FOUND, "no own expression; found in the search of the flat on Thu 20 Feb 2020"),
])
art(S, "https://emaratalyoum.com/politics/news/2020-02-20-1.1310250?ot=ot.AMPPageLayout",
    "2020-02-20", "the URL's date 2020-02-20 (Thu 20 Feb 2020); the body's 'الخميس' for Merkel's statement and 'صباح الخميس' for the finding of the gunman fit it; headline kept from the page; the last, truncated sentence shortened", True, """
ميركل تدين «سم» العنصرية بعد مقتل 9 في عمليتي إطلاق نار بمقهيين للشيشة
استنكرت المستشارة الألمانية أنغيلا ميركل الخميس «سم» العنصرية، بعد ساعات على مقتل تسعة أشخاص، بينهم كثيرون من أصل كردي، برصاص ألماني تحركه «كراهية الأجانب» في عمليتي إطلاق نار على مقهيين للشيشة في مدينة هاناو قرب فرانكفورت.
وقالت ميركل للصحافيين: «العنصرية سم، والكراهية سم، وهذا السم موجود في مجتمعنا، وهو المسؤول عن كثير من الجرائم»، مذكرة بسلسلة جرائم واعتداءات نفذها نازيون جدد في سنوات الألفين، وبقتل سياسي مؤيد للهجرة في يونيو، ثم بالهجوم على كنيس أوقع قتيلين في أكتوبر.
وفي وقت سابق، أكد الرئيس الألماني فرانك فالتر شتاينماير أنه يقف «إلى جانب كل من يهدده الحقد العنصري»، معربا عن فزعه من «العنف الإرهابي في هاناو».
وأفاد وزير داخلية الولاية بيتر بوث بأن مطلق النار المفترض، الذي أشارت إليه وسائل الإعلام الألمانية باسم توبياس.آر، وهو ألماني في الثالثة والأربعين، عثر عليه ميتا صباح الخميس في شقته بجوار جثة والدته، مرجحا «دافع كراهية الأجانب».
ومساء الأربعاء، استهدف مقهى «ميدنايت» للشيشة في وسط هاناو، المدينة التي يقطنها نحو 100 ألف نسمة وتبعد 20 كيلومترا عن فرانكفورت، ثم انتقل مطلق النار بسيارته إلى مقهى ثان.
""", [
    ev("merkel-racism-poison", "استنكرت المستشارة الألمانية أنغيلا ميركل الخميس", FOUND, "'الخميس' = Thu 20 Feb 2020"),
    ev("lubcke-murder", "وبقتل سياسي مؤيد للهجرة في يونيو", "2019-06-02", "'في يونيو' = June 2019: the killing of Walter Luebcke, shot shortly after midnight on Sun 2 Jun 2019 (background, outside the story's week)"),
    ev("halle-synagogue-attack", "ثم بالهجوم على كنيس أوقع قتيلين في أكتوبر", "2019-10-09", "'في أكتوبر' = October 2019: the Halle synagogue attack of Wed 9 Oct 2019 (background)"),
    ev("steinmeier-statement", "أكد الرئيس الألماني فرانك فالتر شتاينماير", FOUND, "'في وقت سابق' of Merkel's statement, the same day, Thu 20 Feb 2020"),
    ev("suspect-found-dead", "عثر عليه ميتا صباح الخميس في شقته", FOUND, "'صباح الخميس' = Thu 20 Feb 2020"),
    ev("hanau-shooting", "ومساء الأربعاء، استهدف مقهى «ميدنايت» للشيشة", HANAU, "'مساء الأربعاء' = Wed 19 Feb 2020"),
])
art(S, "https://www.almasryalyoum.com/news/detailsamp/1473487",
    "2020-02-21", "the page's date line 'الجمعة 21-02-2020 00:28' (21 Feb 2020 was a Friday), dropped from the text with the byline 'كتب: عنتر فرحات'; the body's 'أمس' is Thu 20 Feb; headline kept from the page; the last, truncated sentence shortened", True, """
ألماني يطلق النار على «مقاهي شيشة» ويُسْقِط 14 قتيلًا وجريحًا
أعلنت الشرطة الألمانية، أمس، أن 9 أشخاص على الأقل قتلوا وأصيب 5 آخرون في حادثي إطلاق نار استهدفا مقهيين يرتادهما عرب وأكراد في مدينة هاناو قرب فرانكفورت، فيما أعلن سفير تركيا في برلين أن 5 أتراك بين قتلى الهجوم.
وباشرت سلطات مكافحة الإرهاب التحقيق في الحادث، وأطلقت الشرطة عملية أمنية واسعة لاعتقال مطلق النار، قبل أن تؤكد أنها عثرت على المشتبه به جثة هامدة في منزله وإلى جانبه جثة أخرى رجحت وسائل إعلام أنها لوالدته.
وقالت الشرطة إن معلوماتها ترجح أن المسلح المنتمي إلى اليمين المتطرف انتحر في منزله بعد فراره بسيارة، ويشتبه في أنه قتل والدته.
وأوضحت الشرطة أنه لا يبدو أن للجاني شركاء، وأكد متحدث باسمها أن دافع المهاجم يرجح أن يكون «كراهية الأجانب»، بينما وصف رئيس بلدية هاناو الحادث بأنه «مرعب».
وذكرت وسائل إعلام محلية أن إطلاق النار وقع في مقهيين بمدينة هاناو يرتادهما في الغالب أكراد، وأن السلطات نشرت تعزيزات أمنية كبيرة في المدينة التي تبعد نحو 20 كيلومترا عن فرانكفورت ويسكنها 90 ألف نسمة، وأن المحققين عثروا على سيارة المشتبه به وفيها ذخائر.
""", [
    ev("police-toll", "أعلنت الشرطة الألمانية، أمس، أن 9 أشخاص على الأقل قتلوا", FOUND, "'أمس' in a report of Fri 21 Feb 2020 (00:28) = Thu 20 Feb"),
    ev("hanau-shooting", "في حادثي إطلاق نار استهدفا مقهيين يرتادهما عرب وأكراد", HANAU, "no own expression; the shootings of the evening of Wed 19 Feb 2020"),
    ev("turkish-ambassador", "فيما أعلن سفير تركيا في برلين أن 5 أتراك بين قتلى الهجوم", FOUND, "no own expression; the ambassador's statement of Thu 20 Feb 2020 (reported with 'أمس')"),
    ev("federal-probe", "وباشرت سلطات مكافحة الإرهاب التحقيق في الحادث", FOUND, "no own expression; the federal prosecutor took over the case on Thu 20 Feb 2020"),
    ev("manhunt", "وأطلقت الشرطة عملية أمنية واسعة لاعتقال مطلق النار", HANAU, "no own expression; the manhunt in the night of Wed 19 to Thu 20 Feb 2020 (span)", end="2020-02-21"),
    ev("suspect-found-dead", "قبل أن تؤكد أنها عثرت على المشتبه به جثة هامدة في منزله", FOUND, "no own expression; the gunman was found dead early on Thu 20 Feb 2020"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 554
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

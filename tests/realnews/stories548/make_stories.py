"""Builds stories.jsonl: the 548-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: local news from Kuwait (courts, accidents, weather,
parliament, services).
Stories: the collision of two oil-sector buses on the Artal road near the Burgan field (Kuwait, April 2018),
the magnitude-5 earthquake south-west of Ahmadi in the Burgan area (Kuwait, June 2022), and the opposition MPs'
occupation of the ministers' seats in the National Assembly and the adjourned session (Kuwait, May 2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- kuwait-artal-road-bus-collision-2018
S = "kuwait-artal-road-bus-collision-2018"
CRASH = "2018-04-01"                       # the two buses collided on the Artal road on Sun 1 Apr 2018
NEXT = "2018-04-02"                        # Mon 2 Apr 2018
art(S, "https://ahram-canada.com/135440",
    CRASH, "no date line on the stored page; the body's 'في وقت سابق اليوم الأحد' for the collision and 'في وقت سابق اليوم' for the fire department's toll, both of Sun 1 Apr 2018 (youm7 of Mon 2 Apr 2018: 'الحادث الأليم الذى وقع أمس على طريق الأرتال'; 1 Apr 2018 was a Sunday), give Sun 1 Apr 2018; headline written from the body (the stored text has none)", False, """
نفط الكويت: هنود ومصريون وباكستانيون بين ضحايا تصادم حافلتين قرب حقل برقان
كشفت شركة «نفط الكويت» أن القتلى الخمسة عشر الذين سقطوا في حادث التصادم الذي جرى في وقت سابق اليوم الأحد بين حافلتين تابعتين لها، كانتا تنقلان عددا من العاملين لدى شركتي مقاولات متعاقدتين معها قرب حقل برقان، يحملون الجنسيات الهندية والمصرية والباكستانية.
وبينت الشركة في بيان صحفي أن قائمة القتلى ضمت 7 هنود و5 مصريين و3 باكستانيين، بينما أصيب شخصان آخران، أحدهما هندي والآخر كويتي.
وذكر البيان أن المصابين نقلا إلى مستشفى وزارة الصحة ومستشفى الأحمدي بواسطة فرق الإسعاف التابعة للشركة بالتنسيق مع الإسعاف الجوي لوزارة الصحة.
ولفتت الشركة إلى أن إحدى الحافلتين تعود لشركة برقان للحفر والأخرى لشركة الصناعات الهندسية الثقيلة وبناء السفن، وأنهما كانتا تقلان عمالا لديهما بعد انتهاء دوامهم، في منطقة تقع خارج نطاق عمليات الشركة، مؤكدة أنها ستجري تحقيقا للوقوف على ملابسات الحادث وأسبابه وفق الإجراءات المعتمدة لديها.
وكانت الإدارة العامة للإطفاء الكويتية قد أعلنت في وقت سابق اليوم وفاة 15 شخصا وإصابة اثنين آخرين في هذا الحادث المأساوي الذي وقع على طريق الأرتال باتجاه الوفرة.
""", [
    ev("bus-collision", "حادث التصادم الذي جرى في وقت سابق اليوم الأحد", CRASH, "'في وقت سابق اليوم الأحد' = Sun 1 Apr 2018"),
    ev("koc-statement", "وبينت الشركة في بيان صحفي", CRASH, "no own expression; Kuwait Oil Company's statement on the victims' nationalities, issued on the day of the collision, Sun 1 Apr 2018 (innfrad: 'أعلنت، فى وقت سابق اليوم' in a report of 'اليوم الأحد')"),
    ev("injured-transferred", "أن المصابين نقلا إلى مستشفى وزارة الصحة ومستشفى الأحمدي", CRASH, "no own expression; the two injured were taken to hospital right after the collision of Sun 1 Apr 2018"),
    ev("koc-investigation-pledge", "مؤكدة أنها ستجري تحقيقا للوقوف على ملابسات الحادث", CRASH, "no own expression; the pledge is part of the company's statement of Sun 1 Apr 2018 (the investigation itself is not dated)"),
    ev("fire-department-toll", "قد أعلنت في وقت سابق اليوم وفاة 15 شخصا", CRASH, "'في وقت سابق اليوم' in an article of Sun 1 Apr 2018"),
])
art(S, "https://youm7.com/story/2018/4/2/سفير-مصر-بالكويت-نسعى-لاستخراج-شهادات-الوفاة-لضحايا-حادث-طريق/3727058",
    NEXT, "the URL's date 2018/4/2, confirmed by the body's 'اليوم الاثنين' (2 Apr 2018 was a Monday) and 'الذي وقع أمس' for the collision of Sun 1 Apr 2018; headline rendered from the URL slug (its truncated end 'طريق' completed with 'الأرتال' from the body)", True, """
سفير مصر بالكويت: نسعى لاستخراج شهادات الوفاة لضحايا حادث طريق الأرتال
أفاد سفير مصر لدى الكويت طارق القوني بأن البعثة الدبلوماسية تولي اهتماما كاملا لمتابعة الحادث المؤلم الذي وقع أمس على طريق الأرتال وأودى بحياة 15 شخصا، بينهم خمسة من أبناء الجالية المصرية في الكويت، موضحا أن الاتصالات جارية حاليا مع السلطات الكويتية لاستخراج شهادات الوفاة للضحايا الخمسة.
وأضاف، في تصريح خاص أدلى به اليوم الاثنين لمدير مكتب وكالة أنباء الشرق الأوسط في الكويت، أن القنصلية ما زالت تتابع الأمر مع السلطات الكويتية وأسر الضحايا والمصابين منذ علمها بالحادث عقب فترة وجيزة من وقوعه، وأنها تبذل كل ما في وسعها لتذليل أي عقبات تواجه ذوي الضحايا في استخراج الأوراق المرتبطة بإجراءات شحن الجثامين، ولا سيما شهادات الوفاة من الجهات الكويتية.
وقدم القوني أصدق التعازي باسمه ونيابة عن أعضاء البعثة الدبلوماسية في الكويت إلى أهل المتوفين وأصدقائهم، داعيا الله أن يشملهم برحمته وأن يلهم أحبتهم الصبر والسلوان، كما تمنى للمصابين الشفاء العاجل.
""", [
    ev("bus-collision", "الحادث المؤلم الذي وقع أمس على طريق الأرتال", CRASH, "'أمس' in an article of Mon 2 Apr 2018 = Sun 1 Apr"),
    ev("death-certificates-contacts", "الاتصالات جارية حاليا مع السلطات الكويتية", NEXT, "'حاليا' on the day of the ambassador's statement, Mon 2 Apr 2018"),
    ev("ambassador-statement", "في تصريح خاص أدلى به اليوم الاثنين", NEXT, "'اليوم الاثنين' = Mon 2 Apr 2018"),
    ev("consulate-follow-up", "أن القنصلية ما زالت تتابع الأمر", CRASH, "from shortly after the collision of Sun 1 Apr 2018 ('منذ علمها بالحادث عقب فترة وجيزة من وقوعه') to the statement of Mon 2 Apr 2018", end="2018-04-03"),
    ev("ambassador-condolences", "وقدم القوني أصدق التعازي", NEXT, "no own expression; part of the statement of Mon 2 Apr 2018"),
])
art(S, "https://aljarida.com/articles/1522607596627208400/amp",
    NEXT, "no date line on the stored page; the body's 'مساء أمس' for the collision of Sun 1 Apr 2018 (youm7 of Mon 2 Apr: 'وقع أمس'; the emir's cables were sent on Sunday, innfrad: 'اليوم الأحد') gives Mon 2 Apr 2018, the print day of this al-Jarida report (its article id is a time stamp of the evening of Sun 1 Apr, as for al-Jarida's other print reports dated the next day); the sub-heading dropped; the last, truncated sentence shortened; headline written from the body (the stored text has none)", False, """
الأمير يعزي أسر ضحايا تصادم حافلتين على طريق الأرتال
أرسل صاحب السمو أمير البلاد الشيخ صباح الأحمد برقيات تعزية إلى أسر ضحايا حادث اصطدام حافلتين تابعتين لإحدى شركات القطاع النفطي على طريق الأرتال، أعرب فيها عن بالغ تعازيه وصادق مواساته، متمنيا للضحايا الرحمة وللمصابين الشفاء العاجل والعافية.
كما عبر سموه عن شكره وتقديره للجهود الكبيرة التي بذلها رجال الشرطة ورجال الإطفاء في الإدارة العامة للإطفاء وشركة نفط الكويت والجهة المختصة في وزارة الصحة.
وأرسل سمو ولي العهد الشيخ نواف الأحمد وسمو رئيس مجلس الوزراء الشيخ جابر المبارك برقيتي تعزية مماثلتين.
وفي تفاصيل الحادث، قضى 15 وافدا مساء أمس في حادث مروري مروع على طريق «أم قدير» النفطي بالقرب من قاعدة أحمد الجابر الجوية، تمثل في اصطدام حافلتين، كما أدى الحادث، الذي عُد الأسوأ منذ سنوات، إلى إصابة مواطن ووافد بجروح بليغة نقلا بسببها إلى مستشفى الفروانية بواسطة الإسعاف الجوي.
من جهته، ذكر مدير إدارة العلاقات العامة والإعلام في الإدارة العامة للإطفاء العقيد خليل الأمير أن غرفة عمليات الإدارة تلقت بلاغا مساء أمس.
""", [
    ev("emir-condolences", "أرسل صاحب السمو أمير البلاد الشيخ صباح الأحمد برقيات تعزية", CRASH, "no own expression; the emir's cables were sent on Sun 1 Apr 2018 (innfrad: 'بعث ... اليوم الأحد برقيات تعازى')"),
    ev("crown-prince-pm-condolences", "برقيتي تعزية مماثلتين", CRASH, "no own expression; sent with the emir's on Sun 1 Apr 2018 (innfrad, same day)"),
    ev("bus-collision", "قضى 15 وافدا مساء أمس", CRASH, "'مساء أمس' in an article of Mon 2 Apr 2018 = Sun 1 Apr"),
    ev("injured-transferred", "نقلا بسببها إلى مستشفى الفروانية بواسطة الإسعاف الجوي", CRASH, "no own expression; the injured were airlifted right after the collision of Sun 1 Apr 2018"),
    ev("fire-report-received", "تلقت بلاغا مساء أمس", CRASH, "'مساء أمس' in an article of Mon 2 Apr 2018 = Sun 1 Apr"),
])

# ---------------------------------------------------------------- kuwait-burgan-ahmadi-earthquake-2022
S = "kuwait-burgan-ahmadi-earthquake-2022"
QUAKE = "2022-06-04"                       # magnitude 5, south-west of Ahmadi, 04:28 local time, Sat 4 Jun 2022
art(S, "https://www.arabiaweather.com/ar/content/%D8%A8%D8%A7%D9%84%D9%81%D9%8A%D8%AF%D9%8A%D9%88-%D9%85%D8%B4%D8%A7%D9%87%D8%AF-%D9%85%D9%86-%D8%A7%D9%84%D8%B2%D9%84%D8%B2%D8%A7%D9%84-%D8%A7%D9%84%D8%B0%D9%8A-%D8%B6%D8%B1%D8%A8-%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA-%D8%B5%D8%A8%D8%A7%D8%AD-%D8%A7%D9%84%D8%B3%D8%A8%D8%AA-%D8%A8%D9%82%D9%88%D8%A9-5-%D8%AF%D8%B1%D8%AC%D8%A7%D8%AA",
    QUAKE, "the page's time stamp '2022-06-04T07:02:04Z', confirmed by the body's 'صباح السبت (4 يونيو)' and 'فجر اليوم'; the author line, the video embeds, the prayer and the safety-video note dropped; headline kept from the page", True, """
بالفيديو | مشاهد من الزلزال الذي ضرب الكويت صباح السبت بقوة 5 درجات
رصدت الشبكة الوطنية الكويتية لرصد الزلازل هزة أرضية قوتها 5 درجات على مقياس ريختر إلى الجنوب الغربي من الأحمدي، صباح السبت (4 يونيو)، وقعت في تمام الساعة 04:28:02 صباحا بتوقيت دولة الكويت (0128 بتوقيت غرينتش) على عمق 5 كيلومترات، في حين أكدت قوة الإطفاء الكويتية عدم تسجيل أي أضرار جراء الزلزال.
وبينت مقاطع فيديو جرى تداولها لحظات اهتزاز البيوت أثناء الزلزال، إلى جانب تشققات وأضرار بسيطة في عدد من الجدران، وتساقط بضائع من رفوف إحدى الجمعيات التعاونية.
وذكرت إدارة العلاقات العامة والإعلام في قوة الإطفاء العام، في بيان أصدرته فجر اليوم، أنها تلقت عددا من البلاغات من سكان المناطق الجنوبية في البلاد بشأن الهزة، وكانت كلها للاستفسار عن مصدرها.
ويشار إلى أن الزلازل نادرة الحدوث في الكويت، غير أن البلاد قريبة من إيران الواقعة على عدد من الصفائح التكتونية الكبرى والمعرضة لنشاط زلزالي متكرر.
""", [
    ev("earthquake", "هزة أرضية قوتها 5 درجات على مقياس ريختر", QUAKE, "'صباح السبت (4 يونيو)', at 04:28:02 local time = Sat 4 Jun 2022"),
    ev("no-damage-fire-force", "أكدت قوة الإطفاء الكويتية عدم تسجيل أي أضرار", QUAKE, "no own expression; the fire force's statement of the same dawn ('فجر اليوم'), Sat 4 Jun 2022"),
    ev("damage-videos", "وبينت مقاطع فيديو جرى تداولها لحظات اهتزاز البيوت", QUAKE, "no own expression; the videos circulated on the day of the quake, Sat 4 Jun 2022 (the report was stamped 07:02 UTC that day)"),
    ev("fire-force-inquiry-reports", "في بيان أصدرته فجر اليوم", QUAKE, "'فجر اليوم' in a report of Sat 4 Jun 2022"),
])
art(S, "https://anbaetv.ma/?p=988163",
    QUAKE, "no date line on the stored page; the body's 'فجر اليوم السبت 4 يونيو الجاري' and 'صباح اليوم السبت' for the quake of Sat 4 Jun 2022 (the year from arabiaweather's time stamp 2022-06-04 and kuwait-news.com of 2022/06/05) give Sat 4 Jun 2022; headline written from the body (the stored text has none)", False, """
زلزال بقوة 5 درجات يهز الكويت
شهدت دولة الكويت، فجر اليوم السبت 4 يونيو الجاري، زلزالا بلغت قوته 5 درجات على سلم ريشتر، بحسب ما أعلنته وزارة الإعلام الكويتية.
وأوضحت الوزارة عبر صفحتها الرسمية على موقع التواصل الاجتماعي «تويتر» أن الشبكة الوطنية الكويتية لرصد الزلازل التابعة لمعهد الكويت للأبحاث العلمية رصدت صباح اليوم السبت زلزالا بقوة 5 درجات على سلم ريشتر جنوب غرب الأحمدي، على عمق 5 كيلومترات في باطن الأرض.
وأضافت الشبكة في التدوينة نفسها أن كثيرا من المواطنين والمقيمين في مختلف أنحاء البلاد أحسوا بقوة الزلزال.
في المقابل، أعلنت قوة الإطفاء العام الكويتية أنها لم تسجل أي أضرار نتيجة الزلزال.
""", [
    ev("earthquake", "زلزالا بلغت قوته 5 درجات على سلم ريشتر", QUAKE, "'فجر اليوم السبت 4 يونيو الجاري' = Sat 4 Jun 2022"),
    ev("information-ministry-announcement", "بحسب ما أعلنته وزارة الإعلام الكويتية", QUAKE, "no own expression; the ministry's tweet on the morning of the quake, Sat 4 Jun 2022"),
    ev("kisr-recording", "رصدت صباح اليوم السبت زلزالا بقوة 5 درجات", QUAKE, "'صباح اليوم السبت' = Sat 4 Jun 2022"),
    ev("felt-by-residents", "أحسوا بقوة الزلزال", QUAKE, "no own expression; felt when it struck, at dawn on Sat 4 Jun 2022"),
    ev("no-damage-fire-force", "أعلنت قوة الإطفاء العام الكويتية أنها لم تسجل أي أضرار", QUAKE, "no own expression; the fire force's statement of the same dawn, Sat 4 Jun 2022 (arabiaweather: 'في بيان لها فجر اليوم')"),
])
art(S, "https://kuwait-news.com/2022/06/05/%d8%a3%d9%82%d9%88%d9%89-%d8%b2%d9%84%d8%b2%d8%a7%d9%84-%d9%81%d9%8a-%d8%aa%d8%a7%d8%b1%d9%8a%d8%ae-%d8%a7%d9%84%d9%83%d9%88%d9%8a%d8%aa/",
    "2022-06-05", "the URL's date 2022/06/05, confirmed by the body's 'فجر أمس السبت' for the quake of Sat 4 Jun 2022 (5 Jun 2022 was a Sunday); the 'اليوم' of Dr al-Anzi's TV intervention is a quotation from the day of the quake; the last, truncated sentence (Kuwait Oil Company) dropped; headline kept from the page", True, """
أقوى زلزال في تاريخ الكويت
كشف مدير برنامج دعم متخذ القرار والمشرف على الشبكة الوطنية الكويتية لرصد الزلازل في معهد الكويت للأبحاث العلمية الدكتور عبدالله العنزي أن الشبكة رصدت فجر أمس السبت زلزالا قوته خمس درجات على مقياس ريختر جنوب غرب الأحمدي.
وأوضح العنزي لوكالة الأنباء الكويتية (كونا) أن الزلزال وقع في تمام الساعة 02ر28ر4 صباحا بتوقيت دولة الكويت على عمق خمسة كيلومترات في باطن الأرض، وأن عددا كبيرا من المواطنين والمقيمين في أرجاء البلاد شعروا به.
وذكر د. العنزي في مداخلة مع تلفزيون الكويت أن الزلزال الذي سُجل اليوم هو الأقوى في تاريخ الكويت، مضيفا «أن الزلازل في الكويت تقع عادة في منطقة المناقيش والصابرية».
ولفت د. العنزي إلى أنها المرة الأولى التي يضرب فيها زلزال بهذه القوة منطقة برقان، إذ كانت الزلازل المسجلة فيها تتراوح بين درجتين وثلاث على مقياس ريختر.
من جهتها، أكدت وزارة الأشغال العامة والهيئة العامة للطرق والنقل البري أن أيا من منشآتها ومشاريعها لم يتأثر بشكل مباشر بالزلزال الذي شهدته الكويت.
وصرح المتحدث الرسمي باسم الوزارة والهيئة المهندس أحمد الصالح لوكالة الأنباء الكويتية (كونا) بأن الوزارة وهيئة الطرق لم ترصدا أي أضرار في الطرق والجسور.
""", [
    ev("earthquake", "رصدت فجر أمس السبت زلزالا قوته خمس درجات", QUAKE, "'فجر أمس السبت' in an article of Sun 5 Jun 2022 = Sat 4 Jun"),
    ev("felt-by-residents", "عددا كبيرا من المواطنين والمقيمين في أرجاء البلاد شعروا به", QUAKE, "no own expression; felt when it struck, at 04:28 on Sat 4 Jun 2022"),
    ev("anzi-tv-intervention", "الزلزال الذي سُجل اليوم هو الأقوى في تاريخ الكويت", QUAKE, "'اليوم' inside the quoted TV intervention = the day of the quake, Sat 4 Jun 2022 (not the article's Sunday)"),
    ev("public-works-no-damage", "أكدت وزارة الأشغال العامة والهيئة العامة للطرق والنقل البري", QUAKE, "no own expression; the ministry's statement to KUNA after the quake of Sat 4 Jun 2022 and before this article of Sun 5 Jun (my span Sat 4 - Sun 5 Jun)", end="2022-06-06"),
])

# ---------------------------------------------------------------- kuwait-mps-occupy-ministers-seats-2021
S = "kuwait-mps-occupy-ministers-seats-2021"
SEATS = "2021-05-25"                       # MPs sat in the ministers' seats; session adjourned, Tue 25 May 2021
SPECIAL = "2021-05-27"                     # the special session called for Thu 27 May 2021
NEXT_REGULAR = "2021-06-08"                # the next regular session, Tue 8 Jun 2021
art(S, "https://akhbaar24.com/ampArticle/548232/mailto%3Arevenue%40srmg.com",
    SEATS, "no date line on the stored page; the body's 'اليوم (الثلاثاء)' with 'بعد غد (الخميس)', 'أول أمس (الأحد)' and the next regular session 'في 8 يونيو المقبل' fit only Tue 25 May 2021 (the earlier occupation of Tue 27 Apr 2021 was adjourned until after Eid al-Fitr; 25 May 2021 was a Tuesday); headline written from the body (the stored text has none)", False, """
نواب كويتيون يجلسون على مقاعد الوزراء والغانم يرفع الجلسة
شهدت الجلسة العادية لمجلس الأمة الكويتي اليوم (الثلاثاء) إقدام عدد من النواب عمدا على الجلوس في مقاعد الوزراء داخل قاعة عبدالله السالم البرلمانية.
وبحسب صحيفة "الرأي"، جلس النائب فارس العتيبي في مقعد رئيس الوزراء، ومبارك الحجرف في مقعد وزير الأوقاف والشؤون الإسلامية، وخالد العتيبي مكان وزير الدفاع، ومرزوق الخليفة في مقعد وزير الخارجية.
وأبدت الحكومة الكويتية رفضها لهذا السلوك بإعلانها عدم حضور الجلسة بسبب وجود النواب في مقاعد الوزراء، فرفع رئيس المجلس مرزوق الغانم الجلسة.
وأعلن الغانم أن الجلسة العادية المقبلة ستعقد في 8 يونيو المقبل، وأنه سيدعو إلى جلسة خاصة بعد غد (الخميس) تخصص للنظر في طلبات عدد من النواب.
وأضاف أن الجلسة الخاصة ستشمل كذلك أداء الدكتور عبيد المطيري اليمين الدستورية، ومكافأة الصفوف الأمامية، وأحداث المسجد الأقصى وفلسطين المحتلة، والاختبارات الورقية.
يذكر أن هذه هي المرة الثانية التي تعتذر فيها الحكومة عن حضور جلسة للسبب نفسه، إذ قاطعت أول أمس (الأحد) الجلسة الخاصة التي كانت مخصصة لاستجواب 3 وزراء.
""", [
    ev("seats-occupied", "إقدام عدد من النواب عمدا على الجلوس في مقاعد الوزراء", SEATS, "'اليوم (الثلاثاء)' = Tue 25 May 2021"),
    ev("government-boycott", "بإعلانها عدم حضور الجلسة", SEATS, "no own expression; announced before the session of Tue 25 May 2021"),
    ev("session-adjourned", "فرفع رئيس المجلس مرزوق الغانم الجلسة", SEATS, "no own expression; the session of 'اليوم (الثلاثاء)', Tue 25 May 2021"),
    ev("next-regular-session", "الجلسة العادية المقبلة ستعقد في 8 يونيو المقبل", NEXT_REGULAR, "'8 يونيو المقبل' = Tue 8 Jun 2021"),
    ev("special-session-thursday", "سيدعو إلى جلسة خاصة بعد غد (الخميس)", SPECIAL, "'بعد غد (الخميس)' from Tue 25 May 2021 = Thu 27 May"),
    ev("sunday-special-session-boycott", "إذ قاطعت أول أمس (الأحد) الجلسة الخاصة", "2021-05-23", "'أول أمس (الأحد)' from Tue 25 May 2021 = Sun 23 May"),
])
art(S, "https://dostor.org/3459312",
    SEATS, "no date line on the stored page; the body's 'صباح الثلاثاء' and 'الیوم' for the adjourned session, with 'بعد غد الخميس' and 'الثامن من شهر یونیو المقبل', fit only Tue 25 May 2021 (akhbaar24: 'اليوم (الثلاثاء)'; al-Jarida of Wed 26 May: 'أمس'); the kicker 'للمرة الثانية..' merged into the headline; the sub-heading 'واقعة سابقة' dropped; the last, truncated sentence shortened", False, """
مقاعد «الحكومة» تثير أزمة في مجلس الأمة الكويتي للمرة الثانية
أعلن رئيس مجلس الأمة الكويتي مرزوق علي الغانم، صباح الثلاثاء، رفع الجلسة العادية للمجلس التي كانت مقررة اليوم، بسبب جلوس النواب في المقاعد المخصصة للحكومة داخل قاعة عبدالله السالم.
ونقلت وكالة الأنباء الكويتية "كونا" عن الغانم قوله في كلمة ألقاها قبيل رفع الجلسة: "أبلغتني الحكومة بأنها لن تحضر جلسة اليوم الممتدة إلى جلسة الغد بسبب وجود النواب على مقاعد الحكومة، ولذلك ترفع الجلسة".
وأعلن رئيس مجلس الأمة كذلك أنه سيوجه الدعوة لعقد جلسة خاصة للمجلس بعد غد الخميس، مضيفا أن الجلسة العادية المقبلة ستعقد في الثامن من شهر يونيو المقبل.
وأوضح الغانم في تصريح صحفي بمجلس الأمة أن بنود الجلسة الخاصة تشمل أداء الدكتور عبيد المطيري اليمين الدستورية (عضوا في مجلس الأمة) ومكافأة الصفوف الأمامية، إلى جانب أحداث المسجد الأقصى وفلسطين المحتلة، لافتا إلى أن مكتب مجلس الأمة سيبت في طلبات الجلسات الخاصة لتحديد مواعيد انعقادها.
وهذه هي المرة الثانية التي ترفع فيها جلسة لمجلس الأمة بسبب جلوس النواب في مقاعد الوزراء، إذ أعلن رئيس مجلس الأمة الكويتي مرزوق علي الغانم في آواخر أبريل الماضي رفع جلسة المجلس إلى ما بعد عيد الفطر.
""", [
    ev("session-adjourned", "رفع الجلسة العادية للمجلس التي كانت مقررة اليوم", SEATS, "'صباح الثلاثاء' and 'اليوم' = Tue 25 May 2021"),
    ev("seats-occupied", "بسبب جلوس النواب في المقاعد المخصصة للحكومة", SEATS, "no own expression; before the session of Tue 25 May 2021"),
    ev("government-boycott", "أبلغتني الحكومة بأنها لن تحضر جلسة اليوم", SEATS, "'اليوم' in the speaker's words of Tue 25 May 2021 (the boycott also covered the next day's sitting)"),
    ev("special-session-thursday", "سيوجه الدعوة لعقد جلسة خاصة للمجلس بعد غد الخميس", SPECIAL, "'بعد غد الخميس' from Tue 25 May 2021 = Thu 27 May"),
    ev("next-regular-session", "الجلسة العادية المقبلة ستعقد في الثامن من شهر يونيو المقبل", NEXT_REGULAR, "'الثامن من شهر يونيو المقبل' = Tue 8 Jun 2021"),
    ev("april-seats-adjournment", "في آواخر أبريل الماضي رفع جلسة المجلس إلى ما بعد عيد الفطر", "2021-04-27", "'آواخر أبريل الماضي' = the earlier occupation and adjournment of Tue 27 Apr 2021 (other reports: the sessions of 'May 25 and April 27')"),
])
art(S, "https://aljarida.com/articles/1621962141199660800/amp",
    "2021-05-26", "no date line on the stored page; the body's 'أمس' for the adjourned session of Tue 25 May 2021 and the speaker's 'غد (اليوم) الأربعاء' give Wed 26 May 2021 (26 May 2021 was a Wednesday), the print day of this al-Jarida report; 'غداً' for the special session is then Thu 27 May; the MP's 'فاليوم' is a quotation from Tuesday; the last, truncated sentence dropped; headline written from the body (the stored text has none)", False, """
«لعبة الكراسي» تطيح بجلسة مجلس الأمة
عصفت «لعبة الكراسي» أمس بالجلسة العادية لمجلس الأمة التي تضمن جدول أعمالها 16 بندا، إثر جلوس 11 نائبا في المقاعد المخصصة للوزراء، وامتناع الحكومة، التي كانت في الاستراحة المخصصة لها بقيادة سمو الشيخ صباح الخالد، عن دخول قاعة عبدالله السالم، لتتعلق الجلسات العادية من جديد حتى 8 يونيو المقبل، في حين يعقد المجلس جلسة خاصة غداً يتوقع أن يكتمل نصابها من البداية للنظر في 4 بنود.
وفي تفاصيل جلسة أمس، وعند الساعة التاسعة صباحاً، وبحضور نحو 41 نائبا، قال رئيس المجلس مرزوق الغانم: «أبلغتني الحكومة أنها لن تحضر الجلسة الممتدة إلى غد (اليوم) الأربعاء بسبب وجود النواب على مقاعد الحكومة»، ثم أعلن رفع الجلسة.
وبعد رفعها، صرح الغانم بأنه سيدعو إلى جلسة خاصة غداً تشمل «قسم د. عبيد الوسمي، ومكافأة الصفوف الأمامية، إضافة إلى مناقشة طلبين قدمهما النواب بشأن أحداث الأقصى وفلسطين المحتلة، والاختبارات الورقية».
وعودة إلى جلسة أمس، قال النائب د. عبدالكريم الكندري داخل القاعة بعد أن رفعها الغانم إن «رئيس الوزراء قال إنه ليس من طلاب الكراسي!»، ثم خاطب النواب قائلا: «استمروا فاليوم أنتم تحافظون على الدستور والمادة 100 منه وعلى صلاحياتكم مهما سلطوا الإعلام وروجوا بينكم فاصمدوا يا إخوان».
""", [
    ev("session-adjourned", "عصفت «لعبة الكراسي» أمس بالجلسة العادية لمجلس الأمة", SEATS, "'أمس' in an article of Wed 26 May 2021 = Tue 25 May"),
    ev("seats-occupied", "إثر جلوس 11 نائبا في المقاعد المخصصة للوزراء", SEATS, "no own expression; before the session of Tue 25 May 2021 ('أمس')"),
    ev("government-boycott", "وامتناع الحكومة، التي كانت في الاستراحة المخصصة لها", SEATS, "no own expression; at the session of Tue 25 May 2021 ('أمس')"),
    ev("next-regular-session", "لتتعلق الجلسات العادية من جديد حتى 8 يونيو المقبل", NEXT_REGULAR, "'8 يونيو المقبل' = Tue 8 Jun 2021, the next regular session"),
    ev("special-session-thursday", "في حين يعقد المجلس جلسة خاصة غداً", SPECIAL, "'غداً' from Wed 26 May 2021 = Thu 27 May"),
    ev("kandari-remarks", "قال النائب د. عبدالكريم الكندري داخل القاعة", SEATS, "no own expression; in the chamber after the adjournment of Tue 25 May 2021 ('وعودة إلى جلسة أمس')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 548
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 545-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: airline route launches, suspensions and resumptions of
flights.
Stories: the flynas Dammam - Najaf route launch (Saudi Arabia / Iraq, June 2024); Air Algerie's resumption of
the Algiers - Beirut - Latakia line (Algeria / Lebanon / Syria, December 2023); EgyptAir's first Cairo - Port
Sudan flights (Egypt / Sudan, August - September 2023); Royal Jordanian's resumption of Amman - Damascus flights
(Jordan / Syria, January - February 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-iraq-flynas-dammam-najaf-route-2024
S = "saudi-iraq-flynas-dammam-najaf-route-2024"
LAUNCH = "2024-06-01"                      # first flynas flight Dammam -> Najaf, Sat 1 Jun 2024
GACA = "2024-04-26"                        # GACA announced the route on Fri 26 Apr 2024 (elbalad 'اليوم الجمعة', slaati URL 2024/04/26)
FAP = ("2024-05-20", "2024-05-23")         # Future Aviation 2024 conference in Riyadh, 20-22 May 2024
art(S, "https://alsaudialyaum.com/news/62600",
    "2024-06-01", "date line on the page 'السبت 01 يونية 2024 | 02:54 مساءً'; the body's 'اليوم السبت' agrees (1 Jun 2024 was a Saturday); the photo captions and the sub-heading dropped; headline kept from the page; the last, truncated sentence shortened", True, """
شاهد.. انطلاق أولى الرحلات المباشرة من الدمام إلى النجف بالعراق عبر طيران ناس
أقلعت اليوم السبت أولى الرحلات المباشرة من مطار الملك فهد الدولي في الدمام متجهة إلى مدينة النجف في جمهورية العراق الشقيقة، على متن الناقل الوطني طيران ناس، وسط حضور سفيرة العراق لدى المملكة صفية طالب السهيل.
ويأتي هذا بعد أسابيع من إعلان الهيئة العامة للطيران المدني رفع عدد الرحلات الجوية المباشرة من السعودية إلى العراق، سعيا إلى تنويع الوجهات داخل العراق وتيسير التنقل بين البلدين، عبر تسيير رحلات مباشرة من مدينة الدمام السعودية إلى مدينة النجف العراقية، إضافة إلى الرحلات القائمة إلى مدينتي بغداد وأربيل، وذلك ابتداء من يوم السبت 1 يونيو 2024.
وتطمح المملكة إلى مضاعفة طاقتها الاستيعابية لتتجاوز 330 مليون مسافر سنويا وأكثر من 250 وجهة حول العالم، امتدادا للعلاقات الوثيقة التي تربطها بالعراق.
""", [
    ev("first-flight", "أقلعت اليوم السبت أولى الرحلات المباشرة", LAUNCH, "'اليوم السبت' = Sat 1 Jun 2024 (date line); also 'ابتداء من يوم السبت 1 يونيو 2024'"),
    ev("dammam-ceremony", "وسط حضور سفيرة العراق لدى المملكة صفية طالب السهيل", LAUNCH, "no own expression; the Iraqi ambassador attended the send-off at King Fahd airport on the day of the first flight, Sat 1 Jun 2024"),
    ev("gaca-announcement", "إعلان الهيئة العامة للطيران المدني رفع عدد الرحلات الجوية المباشرة", GACA, "'بعد أسابيع من' only; the GACA announcement was made on Fri 26 Apr 2024 (elbalad 'اليوم الجمعة', slaati of 26 Apr 2024, elaph 'في نيسان (أبريل) الماضي')"),
])
art(S, "http://todaynewsiq.net/print:page,1,90083--.html",
    "2024-06-01", "no date line on the stored (print) page; the body's 'اليوم السبت' for the arrival of the first Dammam flight in Najaf, which was on Sat 1 Jun 2024 (alsaudialyaum date line, al-jazirah of 3 Jun 'السبت الماضي'), and the conference of 'أيار الماضي' fix the Saturday as 1 Jun 2024; the breadcrumb dropped; headline kept from the page; the last, truncated quotation dropped", False, """
مطارا بغداد والنجف يستقبلان رحلات جوية جديدة من السعودية والبحرين
حطت في مطار النجف الأشرف، اليوم السبت، أولى الرحلات القادمة من مطار الملك فهد الدولي في الدمام، في حين استقبل مطار بغداد الرحلة الأولى لشركة طيران الخليج البحرينية.
وأفاد بيان للوزارة، تسلمت TodayNews نسخة منه، بأن "افتتاح خط (الدمام ـ النجف الاشرف) هو أولى ثمار المحادثات التي عقدها السعداوي مع نظيره السعودي صالح الجاسر، على هامش مؤتمر مستقبل الطيران 2024 الذي احتضنته الرياض للفترة من 20 إلى 22 أيار الماضي"، مشيرا إلى أن تلك المحادثات "انصبت على أهمية تفعيل خطوط الربط الجوي بين المطارات العراقية والسعودية، مع تزايد إقبال مواطني البلدين على السفر للسياحة الدينية وغيرها".
وتابع البيان أن "قطاع الطيران يلقى دعما كبيرا من رئيس مجلس الوزراء محمد شياع السوداني، وهو ما انعكس إيجابا على مستوى الخدمات في المطارات العراقية وعلى حركة الطيران فيها".
وأشاد البيان "بجهود السفيرة العراقية لدى الرياض صفية طالب السهيل، التي حضرت مراسيم افتتاح الخط الجوي الجديد في مطار الملك فهد الدولي".
""", [
    ev("first-flight", "حطت في مطار النجف الأشرف، اليوم السبت، أولى الرحلات", LAUNCH, "'اليوم السبت' = Sat 1 Jun 2024"),
    ev("gulf-air-baghdad-first-flight", "استقبل مطار بغداد الرحلة الأولى لشركة طيران الخليج البحرينية", LAUNCH, "no own expression; 'في حين' ties it to the same Saturday, Sat 1 Jun 2024"),
    ev("sadawi-jasser-talks", "المحادثات التي عقدها السعداوي مع نظيره السعودي صالح الجاسر", FAP[0], "held on the sidelines of the conference 'للفترة من 20 إلى 22 أيار الماضي' = 20-22 May 2024 (the exact day of the talks unknown)", end=FAP[1]),
    ev("future-aviation-conference", "مؤتمر مستقبل الطيران 2024 الذي احتضنته الرياض", FAP[0], "'للفترة من 20 إلى 22 أيار الماضي' from June 2024 = 20-22 May 2024", end=FAP[1]),
    ev("dammam-ceremony", "التي حضرت مراسيم افتتاح الخط الجوي الجديد", LAUNCH, "no own expression; the opening ceremony at King Fahd airport in Dammam on the day of the first flight, Sat 1 Jun 2024"),
])
art(S, "https://al-jazirah.com./2024/20240603/ln14.htm",
    "2024-06-03", "no date line in the stored text; the URL is the page of the print issue of 2024-06-03 (Mon), and the body's 'السبت الماضي' for the first flight of Sat 1 Jun 2024 agrees; headline written from the body (the stored text has none); the last, truncated sentence (the airport director's statement) dropped", False, """
أول رحلة مباشرة من الدمام تحط في مطار النجف
نصير النقيب - بغداد:
استقبل مطار النجف السبت الماضي أول رحلة جوية مباشرة من السعودية، أقلعت من مدينة الدمام وعلى متنها 120 مسافرا، في إطار اتفاق تعاون بين المملكة والعراق، وبحضور سفير خادم الحرمين الشريفين لدى العراق عبد العزيز الشمري ومحافظ النجف يوسف كناوي.
وبيّن السفير الشمري أن هذه المرحلة تصب في مصلحة البلدين، معتبرا أن وصول الرحلة من الدمام إلى النجف ليس سوى البداية، وأن رحلات مباشرة ستنطلق من النجف إلى المملكة، وأوضح أن التعاون لن يقف عند خطوط النقل بل سيُعلن عن تجارة مشتركة بين البلدين.
من جانبه أكد محافظ النجف يوسف كناوي أن أبواب المحافظة مفتوحة أمام جميع دول العالم للتعاون في كل المجالات التي تخدم المحافظة وأهلها، لافتا إلى أن أولى الرحلات من مطار الملك فهد بالدمام إلى مطار النجف الأشرف الدولي تحمل معاني كثيرة، فهي ليست رحلة جوية عادية بل رحلة تواصل وتقارب بين الشعبين السعودي والعراقي.
وأضاف أن توسيع الخدمات الجوية يعكس التطور الإيجابي في العلاقات الثنائية ويقوي الربط الاقتصادي والسياحي بين البلدين الشقيقين، مشددا على أهمية الروابط الإنسانية والثقافية بين الشعبين.
""", [
    ev("first-flight", "استقبل مطار النجف السبت الماضي أول رحلة جوية مباشرة من السعودية", LAUNCH, "'السبت الماضي' in an article of Mon 3 Jun 2024 = Sat 1 Jun 2024"),
    ev("shamri-statement", "وبيّن السفير الشمري أن هذه المرحلة تصب في مصلحة البلدين", LAUNCH, "no own expression; said at the reception of the first flight in Najaf, Sat 1 Jun 2024"),
    ev("kanawi-statement", "من جانبه أكد محافظ النجف يوسف كناوي", LAUNCH, "no own expression; said at the reception of the first flight in Najaf, Sat 1 Jun 2024 (arabkhabar/Sumaria of 1 Jun quote him the same day)"),
])

# ---------------------------------------------------------------- algeria-air-algerie-beirut-latakia-resumption-2023
S = "algeria-air-algerie-beirut-latakia-resumption-2023"
FIRST = "2023-12-21"                       # first Air Algerie flight Algiers -> Beirut -> Latakia, Thu 21 Dec 2023
SYR_ANN = "2023-12-20"                     # Syrian transport ministry statement, Wed 20 Dec 2023
SYR_STOP = ("2011-03-15", "2013-01-01")    # Air Algerie's Syria flights stopped in 2011/2012 ('أكثر من عشر سنوات', 'نحو 12 عاما')
art(S, "https://bawabitaref24.com/show.php?id=86468",
    "2023-12-20", "no date on the stored page; the body's 'في بيان لها اليوم الأربعاء' and 'تصل غدا الخميس' for the first flight, which landed in Latakia on Thu 21 Dec 2023 (djazairess/APS: 'حطت أمس الخميس'; arabkhabar dated 21 Dec 2023: 'اليوم الخميس'), give Wed 20 Dec 2023 (20 Dec 2023 was a Wednesday); the tag 'شئون عربية' dropped; headline kept from the page", False, """
استئناف الرحلات الجوية بين الجزائر وسوريا بعد توقف 10 سنوات
أعلنت وزارة النقل السورية رجوع الحركة الجوية بين سوريا والجزائر بعد توقف لأكثر من عشر سنوات.
وجاء في بيان أصدرته وزارة النقل السورية اليوم الأربعاء، وتسلمت وكالة الأنباء الألمانية (د.ب.أ) نسخة منه: "الرحلات الجوية من الجزائر تُستأنف، وأول رحلة للخطوط الجوية الجزائرية تصل غدا الخميس إلى مطار اللاذقية الدولي".
ورحبت الوزارة بهذه الخطوة، معربة عن تطلعها إلى توفير كل التسهيلات والإجراءات اللازمة لخدمة هذه الرحلات وكل ما يضمن استمرار تشغيلها، بل والعمل على زيادتها مستقبلا.
وكانت رحلات الخطوط الجوية الجزائرية إلى سوريا قد توقفت إثر التصعيد العسكري حول العاصمة دمشق وتعذر هبوط الطائرات في مطار دمشق الدولي وخروج مطار حلب الدولي من الخدمة، على الرغم من بقاء العلاقات الدبلوماسية بين البلدين قائمة.
وبفعل الحرب كفت معظم شركات الطيران عن السفر إلى سوريا منذ اندلاع الأزمة منتصف شهر مارس 2011.
وتتعرض المطارات السورية لضربات إسرائيلية أخرجت مطاري دمشق وحلب من الخدمة مرارا، فتحولت كل الرحلات القادمة والمغادرة إلى مطار اللاذقية الدولي.
""", [
    ev("syrian-ministry-announcement", "وجاء في بيان أصدرته وزارة النقل السورية اليوم الأربعاء", SYR_ANN, "'اليوم الأربعاء' = Wed 20 Dec 2023"),
    ev("first-flight", "وأول رحلة للخطوط الجوية الجزائرية تصل غدا الخميس إلى مطار اللاذقية الدولي", FIRST, "'غدا الخميس' from Wed 20 Dec 2023 = Thu 21 Dec 2023"),
    ev("air-algerie-syria-suspension", "وكانت رحلات الخطوط الجوية الجزائرية إلى سوريا قد توقفت", SYR_STOP[0], "no own day; 'بعد توقف لأكثر من عشر سنوات' and the reports' 'نحو 12 عاما' / 'إبان اندلاع الثورة السورية في العام 2011' put the stop in 2011-2012 (my span 15 Mar 2011 - 31 Dec 2012)", end=SYR_STOP[1]),
    ev("syria-crisis-start", "منذ اندلاع الأزمة منتصف شهر مارس 2011", "2011-03-11", "'منتصف شهر مارس 2011' = mid-March 2011 (my span 11-20 Mar 2011; the conventional start is 15 Mar 2011)", end="2011-03-21"),
])
art(S, "https://arabkhabar.com/a/1503144",
    "2023-12-21", "date stamp on the page 'تاريخ النشر: 21st, December 2023 GMT'; the body's 'اليوم الخميس' agrees (21 Dec 2023 was a Thursday); headline kept from the page; the last sentence, truncated on the stored page, shortened (the list of those attending dropped)", True, """
«الخطوط الجزائرية»: إقلاع أول رحلة إلى لبنان وسوريا وفتح خط تجاري مطلع يناير المقبل
انطلقت اليوم الخميس رحلة جوية للخطوط الجزائرية من مطار هواري بومدين في الجزائر العاصمة، متجهة أولا إلى مطار بيروت الدولي ثم إلى مدينة اللاذقية السورية.
وبيّن المتحدث الإعلامي باسم الخطوط الجوية الجزائرية، أمين أندلسي، في تصريحات للصحافة، أن الشركة استأنفت اليوم الخميس رحلاتها نحو العاصمة اللبنانية بيروت ومدينة اللاذقية السورية، بعد عدة سنوات من تعليق هذا الخط بسبب الأزمة الصحية (كوفيد-19) والحظر المفروض على سوريا.
وأشار إلى أن هذا الخط سيُستأنف برحلة واحدة في الأسبوع نحو لبنان ثم سوريا، موضحا أن الخطوة تندرج ضمن تعزيز برنامج رحلات الخطوط الجوية الجزائرية الهادف إلى توطيد علاقات التعاون بين الجزائر وسوريا ولبنان.
وأعلن المتحدث أيضا عن برمجة خط تجاري نحو البلدين مع مطلع شهر يناير المقبل، في سياق دعم علاقات التعاون معهما.
وأقيمت مراسم حفل استئناف هذا الخط الجوي (الجزائر العاصمة-بيروت-اللاذقية-الجزائر العاصمة) في مطار هواري بومدين الدولي بالجزائر العاصمة.
""", [
    ev("first-flight", "انطلقت اليوم الخميس رحلة جوية للخطوط الجزائرية", FIRST, "'اليوم الخميس' = Thu 21 Dec 2023"),
    ev("route-resumption", "أن الشركة استأنفت اليوم الخميس رحلاتها", FIRST, "'اليوم الخميس' = Thu 21 Dec 2023"),
    ev("covid-suspension", "بعد عدة سنوات من تعليق هذا الخط", "2020-03-01", "'بعد عدة سنوات' only; the Beirut line stopped with the Covid-19 suspension of flights in March 2020 (radioalgerie: 'انقطاع لما يقارب أربع (4) سنوات بسبب جائحة كوفيد-19'; alsoury.net: stopped in 2020) - the month only", end="2020-04-01"),
    ev("commercial-line-january", "برمجة خط تجاري نحو البلدين مع مطلع شهر يناير المقبل", "2024-01-01", "'مطلع شهر يناير المقبل' from December 2023 = early January 2024 (my span 1-10 Jan 2024; the ministry's plan: two flights a week from 9 Jan 2024)", end="2024-01-11"),
    ev("algiers-ceremony", "وأقيمت مراسم حفل استئناف هذا الخط الجوي", FIRST, "no own expression; the ceremony at Houari Boumediene airport before the first departure, Thu 21 Dec 2023"),
])
art(S, "https://djazairess.com/aps/553999",
    "2023-12-22", "no date on the stored page (an APS dispatch carried by djazairess); the body's 'حطت أمس الخميس' for the landing in Latakia of Thu 21 Dec 2023 (arabkhabar dated 21 Dec 2023) gives Fri 22 Dec 2023 (22 Dec 2023 was a Friday); headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
أول رحلة للجوية الجزائرية تحط في مطار اللاذقية
هبطت أمس الخميس بمطار اللاذقية الدولي في سوريا أول رحلة لشركة الخطوط الجوية الجزائرية آتية من بيروت (لبنان)، ضمن استئناف الرحلات الجوية بين الجزائر وسوريا.
ونزلت طائرة البوينغ 737/800 التابعة للخطوط الجوية الجزائرية في مطار باسل الأسد الدولي باللاذقية بعد توقفها في بيروت لمدة ساعتين.
وكان في استقبال الوفد الجزائري سفير الجزائر بدمشق كمال بوشامة ومحافظ اللاذقية عامر هلال والمدير العام للطيران المدني السوري باسم منصور.
وخلال ندوة صحفية عُقدت إثر هبوط الطائرة، عبّر منصور عن ارتياحه لعودة الخط الجوي بين البلدين بعد غياب دام عشر سنوات، قائلا: "يسعدنا كثيرا أن تهبط أول طائرة عربية في مطار اللاذقية بعد تعليق للرحلات لمدة عشر سنوات، فهذا الاستئناف يمثل محطة تاريخية في العلاقات الأخوية العريقة بين الجزائر وسوريا".
ورأى المسؤول السوري كذلك أن عودة الرحلات بين سوريا والجزائر ستعزز أكثر التعاون الاقتصادي والاجتماعي والسياحي بين البلدين.
وفي المناسبة ذاتها، أكد المدير العام للخطوط الجوية الجزائرية ياسين بن سليمان أن السلطات الجزائرية عازمة على المضي في هذا الخط وزيادة عدد الرحلات نحو سوريا.
""", [
    ev("first-flight", "هبطت أمس الخميس بمطار اللاذقية الدولي", FIRST, "'أمس الخميس' in an article of Fri 22 Dec 2023 = Thu 21 Dec 2023"),
    ev("route-resumption", "ضمن استئناف الرحلات الجوية بين الجزائر وسوريا", FIRST, "no own expression; the line resumed with the first flight of Thu 21 Dec 2023"),
    ev("beirut-stopover", "بعد توقفها في بيروت لمدة ساعتين", FIRST, "no own day; the two-hour stop in Beirut on the way to Latakia, Thu 21 Dec 2023 (radioalgerie: landed in Beirut at 13:05 that Thursday)"),
    ev("latakia-press-conference", "وخلال ندوة صحفية عُقدت إثر هبوط الطائرة", FIRST, "no own expression; right after the landing in Latakia, Thu 21 Dec 2023"),
    ev("air-algerie-syria-suspension", "بعد غياب دام عشر سنوات", SYR_STOP[0], "'بعد غياب دام عشر سنوات' = the stop of the Syria flights in 2011-2012 (my span 15 Mar 2011 - 31 Dec 2012, as in the other articles)", end=SYR_STOP[1]),
])

# ---------------------------------------------------------------- egypt-sudan-egyptair-cairo-port-sudan-2023
S = "egypt-sudan-egyptair-cairo-port-sudan-2023"
FIRST = "2023-09-05"                       # first EgyptAir flight landed in Port Sudan, Tue 5 Sep 2023
ANN = "2023-08-29"                         # ministry statement and EgyptAir post, Tue 29 Aug 2023
WAR = "2023-04-15"                         # the war in Sudan broke out on Sat 15 Apr 2023
REOPEN = "2023-08-15"                      # eastern airspace reopened from Tue 15 Aug 2023
art(S, "https://www.zawya.com/ar/الأعمال/مصر-للطيران-تعلن-تسيير-أولى-رحلاتها-الجوية-المباشرة-بين-القاهرة-وبورتسودان-أول-سبتمبر-sib4yar6",
    "2023-08-29", "the page's note 'تم نشر القصة يوم 29 أغسطس 2023 وتم إعادة نشرها يوم 30 أغسطس 2023' (first publication kept); the body's 'مساء يوم الثلاثاء' for the ministry's statement agrees (29 Aug 2023 was a Tuesday); the note and the credit line dropped; headline kept from the URL slug", True, """
مصر للطيران تعلن تسيير أولى رحلاتها الجوية المباشرة بين القاهرة وبورتسودان أول سبتمبر
أعلنت مصر للطيران، الناقل الوطني في مصر، أنها ستسير أولى رحلاتها الجوية المباشرة من القاهرة إلى مدينة بورتسودان السودانية، اعتبارا من أول شهر سبتمبر المقبل، بحسب بيان نشرته وزارة الطيران المدني المصرية على صفحتها في فيسبوك مساء يوم الثلاثاء.
ووفق ما ذكرته الوزارة، ستُشغَّل الرحلات بين القاهرة وبورتسودان بمعدل رحلة واحدة يوميا.
من جهتها، كتبت مصر للطيران على حسابها في فيسبوك الثلاثاء أن "بورتسودان" أضيفت وجهةً جديدة إلى شبكة وجهاتها.
ويأتي ذلك بعدما أعلنت سلطة الطيران المدني في السودان إعادة فتح المجال الجوي الشرقي أمام الملاحة الدولية اعتبارا من 15 أغسطس الجاري، إثر إغلاقه كليا منذ منتصف أبريل الماضي بسبب اندلاع النزاع في البلاد.
كما أعلنت السلطة السودانية افتتاح مركز للملاحة الجوية في مدينة بورتسودان الواقعة شرقي البلاد.
ويعيش السودان منذ أكثر من 4 شهور صراعا تخللته هدنات متقطعة بين الجيش بقيادة رئيس مجلس السيادة الانتقالي والحاكم الفعلي للبلاد عبد الفتاح البرهان وقوات الدعم السريع بقيادة محمد دقلو المعروف بحميدتي.
""", [
    ev("ministry-statement", "بيان نشرته وزارة الطيران المدني المصرية على صفحتها في فيسبوك مساء يوم الثلاثاء", ANN, "'مساء يوم الثلاثاء' = Tue 29 Aug 2023 (the page's publication day)"),
    ev("planned-start", "اعتبارا من أول شهر سبتمبر المقبل", "2023-09-01", "'أول شهر سبتمبر المقبل' from August 2023 = Fri 1 Sep 2023 (the announced start; the first flight landed on Tue 5 Sep)"),
    ev("egyptair-new-destination-post", "كتبت مصر للطيران على حسابها في فيسبوك الثلاثاء", ANN, "'الثلاثاء' = Tue 29 Aug 2023"),
    ev("eastern-airspace-reopening", "إعادة فتح المجال الجوي الشرقي أمام الملاحة الدولية اعتبارا من 15 أغسطس الجاري", REOPEN, "'15 أغسطس الجاري' = Tue 15 Aug 2023"),
    ev("airspace-closure", "إثر إغلاقه كليا منذ منتصف أبريل الماضي", WAR, "'منذ منتصف أبريل الماضي' = from mid-April 2023 (the war began on Sat 15 Apr 2023) until the reopening of 15 Aug 2023", end=REOPEN),
    ev("war-outbreak", "بسبب اندلاع النزاع في البلاد", WAR, "no own expression beyond 'منتصف أبريل الماضي'; the war broke out on Sat 15 Apr 2023"),
])
art(S, "https://www.alhurra.com/arabic-and-international/2023/09/05/%D9%88%D8%B5%D9%88%D9%84-%D8%A3%D9%88%D9%84-%D8%B1%D8%AD%D9%84%D8%A9-%D8%AC%D9%88%D9%8A%D8%A9-%D9%85%D8%A8%D8%A7%D8%B4%D8%B1%D8%A9-%D9%84%D9%80%D9%85%D8%B5%D8%B1-%D9%84%D9%84%D8%B7%D9%8A%D8%B1%D8%A7%D9%86-%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9-%D8%A8%D9%88%D8%B1%D8%AA%D8%B3%D9%88%D8%AF%D8%A7%D9%86",
    "2023-09-05", "no date line in the stored text; the URL path 2023/09/05 and the body's 'صباح الثلاثاء' for the arrival (5 Sep 2023 was a Tuesday; daralmaref's stamp '5-9-2023' for the same arrival) give Tue 5 Sep 2023; the related-link heading about Tel Aviv flights dropped; headline rendered from the URL slug; the last, truncated quotation dropped", False, """
وصول أول رحلة جوية مباشرة لـ"مصر للطيران" من القاهرة إلى بورتسودان
الشركة أعلنت عن رحلة يومية بين القاهرة وبورتسودان
حطت صباح الثلاثاء في مدينة بورتسودان السودانية أولى الرحلات الجوية المباشرة لشركة مصر للطيران، بعد إقلاعها من مطار القاهرة، بحسب ما أفاد مراسل الحرة في العاصمة المصرية.
وهذه أول رحلة مباشرة تسيرها "مصر للطيران" إلى بورتسودان، وكانت الشركة الحكومية المصرية قد كتبت في بيان سابق على حسابها الرسمي في فيسبوك: "أضيفت وجهة جديدة إلى شبكة مصر للطيران، احجز تذكرتك على رحلتنا اليومية MS 865 من القاهرة إلى بورتسودان وMS 866 من بورتسودان إلى القاهرة".
وقد أُتيح الحجز فعلا للمواطنين على رحلة مصر للطيران بين مطار القاهرة الدولي ومطار بورتسودان منذ مطلع سبتمبر الجاري، إذ يُعد خط بورتسودان من الخطوط الواعدة، ولا سيما تجاريا، وفق قناة "القاهرة الإخبارية".
واستقبل القنصل المصري سامح فاروق الطائرة لدى وصولها إلى بورتسودان، وقال في تصريحات إعلامية إن هذا الحدث "يجسد عمق العلاقات بين مصر والسودان".
وأشار فاروق إلى أن الفترة المقبلة ستشهد انتظام الرحلات الجوية بين البلدين.
""", [
    ev("first-flight", "حطت صباح الثلاثاء في مدينة بورتسودان السودانية أولى الرحلات الجوية المباشرة", FIRST, "'صباح الثلاثاء' = Tue 5 Sep 2023"),
    ev("egyptair-new-destination-post", "وكانت الشركة الحكومية المصرية قد كتبت في بيان سابق على حسابها الرسمي في فيسبوك", ANN, "'في بيان سابق' only; EgyptAir's Facebook post adding Port Sudan was published on Tue 29 Aug 2023 (zawya)"),
    ev("bookings-open", "وقد أُتيح الحجز فعلا للمواطنين", "2023-09-01", "'منذ مطلع سبتمبر الجاري' = since early September 2023 up to the article (my span Fri 1 - Tue 5 Sep 2023)", end="2023-09-06"),
    ev("consul-reception", "واستقبل القنصل المصري سامح فاروق الطائرة", FIRST, "no own expression; at the arrival of the first flight, Tue 5 Sep 2023"),
])
art(S, "https://alhadeel.net/article/565412/?amp=1",
    "2023-09-05", "no date on the stored page; the body's 'اليوم، الثلاثاء' for the arrival in Port Sudan of the first international civilian flight since the war, an EgyptAir plane, which landed on Tue 5 Sep 2023 (alhurra URL 2023/09/05, daralmaref stamp 5-9-2023), and 'الشهر الماضي' for the August reopening of the eastern airspace fix the Tuesday; the 'Exit mobile version' link dropped; headline kept from the page", False, """
السودان يستقبل أول رحلة طيران مدنية منذ اندلاع الحرب
ذكرت وسائل إعلام سودانية أن مطار بورتسودان الدولي استقبل اليوم، الثلاثاء، أول رحلة طيران مدني دولية تصل إلى السودان منذ اندلاع الحرب في منتصف شهر أبريل الماضي.
وأوضحت وسائل الإعلام المذكورة أن الطائرة المعنية تعود إلى الخطوط الجوية المصرية "مصر للطيران".
وكانت سلطة الطيران المدني في السودان قد أعلنت، الشهر الماضي، فتح المجال الجوي في شرق البلاد أمام الطيران.
""", [
    ev("first-flight", "استقبل اليوم، الثلاثاء، أول رحلة طيران مدني دولية", FIRST, "'اليوم، الثلاثاء' = Tue 5 Sep 2023"),
    ev("war-outbreak", "منذ اندلاع الحرب في منتصف شهر أبريل الماضي", WAR, "'منتصف شهر أبريل الماضي' = mid-April 2023; the war broke out on Sat 15 Apr 2023"),
    ev("eastern-airspace-reopening", "فتح المجال الجوي في شرق البلاد", REOPEN, "'الشهر الماضي' from September = August 2023; the eastern airspace reopened from Tue 15 Aug 2023 (zawya '15 أغسطس الجاري')"),
])

# ---------------------------------------------------------------- jordan-syria-royal-jordanian-amman-damascus-2025
S = "jordan-syria-royal-jordanian-amman-damascus-2025"
RESUME = "2025-01-31"                      # RJ resumed Amman - Damascus flights, Fri 31 Jan 2025
INTERIOR = "2025-01-29"                    # Jordanian interior ministry decision, two days before (Wed 29 Jan 2025)
TRIAL = "2025-01-07"                       # RJ trial flight to Damascus and resumption of international flights at Damascus, Tue 7 Jan 2025
RJ_STOP = ("2012-01-01", "2013-01-01")     # 'منذ 13 عاما' before 2025 = 2012 (the year only)
APRIL = ("2025-04-01", "2025-05-01")       # daily flights planned for April 2025
art(S, "https://alkhaleejalaan.com/NewsUpdate/news266370.html",
    "2025-01-31", "time stamp in the page's lead 'اليوم الجمعة 31 يناير 2025 01:46 مساءً' (dropped from the text as boilerplate); the body's 'اليوم (الجمعة)' agrees (31 Jan 2025 was a Friday); headline kept from the page; the last sentence, truncated on the stored page, ends at 'الدوليين'", True, """
الخطوط الملكية الأردنية تستأنف رحلاتها التجارية إلى دمشق بعد توقف 13 عاماً
أفادت الخطوط الجوية الملكية الأردنية في بيان بأنها استأنفت الجمعة رحلاتها التجارية المباشرة بين عمان ودمشق المتوقفة منذ 13 عاما، بمعدل أربع رحلات أسبوعيا سترفعها قريبا إلى سبع.
وأقلعت طائرة الملكية في الساعة 07,20 (04:20 ت غ) من مطار الملكة علياء الدولي في عمان متجهة إلى مطار دمشق.
وذكرت الملكية أنها سيّرت "أولى رحلاتها إلى دمشق اليوم (الجمعة)، وستشغل 4 رحلات أسبوعيا بين عمان ودمشق".
وأضافت أن "عودة الرحلات المباشرة بين العاصمتين بعد توقف دام لسنوات تصل دمشق بشبكة الملكية الأردنية الممتدة إلى أكثر من 45 وجهة في أوروبا وأمريكا والشرق الأوسط والخليج العربي".
ونقل الخليج الان عن نائب رئيس مجلس الإدارة والرئيس التنفيذي للملكية سامر المجالي أن "الشركة تعتزم زيادة الرحلات (إلى دمشق) لتصبح يومية في أبريل المقبل تلبية لرغبات المسافرين واحتياجاتهم".
ويأتي استئناف رحلات الملكية إلى مطار دمشق بعد يومين من قرار لوزارة الداخلية الأردنية يسمح للأردنيين بالسفر جوا من مطارات المملكة إلى مطاري دمشق وحلب الدوليين.
""", [
    ev("resumption", "استأنفت الجمعة رحلاتها التجارية المباشرة بين عمان ودمشق", RESUME, "'الجمعة' = Fri 31 Jan 2025 (time stamp of the page)"),
    ev("rj-damascus-suspension", "المتوقفة منذ 13 عاما", RJ_STOP[0], "'منذ 13 عاما' before 2025 = 2012 (the year only)", end=RJ_STOP[1]),
    ev("first-flight", "وأقلعت طائرة الملكية في الساعة 07,20", RESUME, "no day of its own; the first flight of Fri 31 Jan 2025 ('اليوم (الجمعة)'), 07:20 local time"),
    ev("daily-flights-april", "لتصبح يومية في أبريل المقبل", APRIL[0], "'في أبريل المقبل' from January 2025 = April 2025 (planned; the month only)", end=APRIL[1]),
    ev("interior-ministry-decision", "بعد يومين من قرار لوزارة الداخلية الأردنية", INTERIOR, "'بعد يومين من' the resumption of Fri 31 Jan 2025 = Wed 29 Jan 2025"),
])
art(S, "https://arn.ps/post/290251.html",
    "2025-01-31", "no date on the stored page; the body's 'اليوم الجمعة' for the resumption of the Amman - Damascus flights, which was on Fri 31 Jan 2025 (alkhaleejalaan stamped 31 Jan 2025; the trial flight of '7 كانون الثاني/ يناير' earlier the same month), gives Fri 31 Jan 2025; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
الملكية الأردنية تعاود رحلاتها المباشرة بين عمان ودمشق
(شبكة أجيال)- أعلنت الخطوط الجوية الملكية الأردنية أنها عاودت اليوم الجمعة تسيير رحلاتها التجارية المباشرة بين عمان ودمشق المتوقفة منذ 13 عاماً، بواقع 4 رحلات في الأسبوع على أن ترفعها قريباً إلى سبع.
وغادرت طائرة الملكية مطار الملكة علياء الدولي في عمان في الساعة 07,20 صباحاً متوجهة إلى مطار دمشق.
وقالت الملكية إنها شغّلت "أولى رحلاتها إلى دمشق اليوم، وستسير 4 رحلات أسبوعياً بين عمان ودمشق".
وتابعت أن "استئناف الرحلات المباشرة بين العاصمتين بعد توقف دام لسنوات يربط دمشق بشبكة الملكية الأردنية التي تغطي أكثر من 45 وجهة في أوروبا وأمريكا والشرق الأوسط والخليج العربي".
وأورد البيان قول نائب رئيس مجلس الإدارة والرئيس التنفيذي للملكية سامر المجالي إن "الشركة تخطط لرفع عدد الرحلات (إلى دمشق) لتصبح يومية في نيسان/ أبريل المقبل استجابة لرغبات المسافرين واحتياجاتهم".
ويأتي استئناف رحلات الملكية إلى مطار دمشق بعد يومين من قرار وزارة الداخلية الأردنية السماح للأردنيين بالسفر جواً من مطارات المملكة إلى مطاري دمشق وحلب الدوليين بمجرد استئناف الرحلات الجوية.
وكانت الملكية قد سيرت رحلة تجريبية إلى مطار دمشق في 7 كانون الثاني/ يناير لتقييم حالته الفنية قبل إعادة تشغيل الرحلات الجوية بين عمان ودمشق.
""", [
    ev("resumption", "عاودت اليوم الجمعة تسيير رحلاتها التجارية المباشرة", RESUME, "'اليوم الجمعة' = Fri 31 Jan 2025"),
    ev("first-flight", "وغادرت طائرة الملكية مطار الملكة علياء الدولي", RESUME, "'في الساعة 07,20 صباحاً' of the day of the resumption, Fri 31 Jan 2025"),
    ev("daily-flights-april", "لتصبح يومية في نيسان/ أبريل المقبل", APRIL[0], "'في نيسان/ أبريل المقبل' from January 2025 = April 2025 (planned; the month only)", end=APRIL[1]),
    ev("interior-ministry-decision", "بعد يومين من قرار وزارة الداخلية الأردنية", INTERIOR, "'بعد يومين من' the resumption of Fri 31 Jan 2025 = Wed 29 Jan 2025"),
    ev("trial-flight", "سيرت رحلة تجريبية إلى مطار دمشق في 7 كانون الثاني/ يناير", TRIAL, "'7 كانون الثاني/ يناير' (of 2025) = Tue 7 Jan 2025"),
])
art(S, "https://athrpress.com/%d8%a7%d9%84%d8%ae%d8%b7%d9%88%d8%b7-%d8%a7%d9%84%d8%ac%d9%88%d9%8a%d8%a9-%d8%a7%d9%84%d8%a3%d8%b1%d8%af%d9%86%d9%8a%d8%a9-%d8%aa%d8%b3%d8%aa%d8%a3%d9%86%d9%81-%d8%b1%d8%ad%d9%84%d8%a7%d8%aa%d9%87/%d9%85%d8%ac%d8%aa%d9%85%d8%b9",
    "2025-02-01", "no date on the stored page; the body's 'منذ يوم أمس الجمعة 31 كانون الثاني 2024' (the year misprinted: the resumption was on Fri 31 Jan 2025, alkhaleejalaan stamped that day; 31 Jan 2024 was a Wednesday) gives Sat 1 Feb 2025; headline rendered from the URL slug; the last, truncated clause (the Syrian Airlines flight of 7 January) dropped", False, """
الخطوط الجوية الأردنية تستأنف رحلاتها إلى دمشق
عادت الخطوط الجوية الملكية الأردنية إلى تسيير رحلاتها التجارية المباشرة بين عمّان ودمشق بعد توقف دام 13 عاماً.
فقد أعلنت الشركة في بيان استئناف الرحلات بين عمّان ودمشق منذ يوم أمس الجمعة 31 كانون الثاني 2024، بمعدل 4 رحلات أسبوعياً سترفعها قريباً إلى 7.
وأوضحت أن عودة الرحلات المباشرة بين العاصمتين بعد توقف دام لسنوات تربط دمشق بشبكة الملكية الأردنية الممتدة إلى أكثر من 45 وجهة في أوروبا وأمريكا والشرق الأوسط والخليج العربي.
ونقل البيان عن نائب رئيس مجلس الإدارة والرئيس التنفيذي للملكية سامر المجالي أن "الشركة تنوي زيادة رحلاتها إلى دمشق لتصبح يومية في نيسان المقبل تلبية لرغبات المسافرين واحتياجاتهم".
ويأتي هذا الاستئناف بعد يومين من قرار لوزارة الداخلية الأردنية أجاز للأردنيين السفر جواً من مطارات الأردن إلى مطاري دمشق وحلب الدوليين حال استئناف الرحلات الجوية.
وكانت الملكية قد أجرت رحلة تجريبية إلى مطار دمشق في 7 كانون الثاني لتقييم وضعه الفني قبل إعادة تشغيل الخط بين عمان ودمشق.
في حين استؤنفت الرحلات الدولية في مطار دمشق في 7 كانون الثاني، للمرة الأولى منذ سقوط النظام السابق في سوريا.
""", [
    ev("resumption", "استئناف الرحلات بين عمّان ودمشق منذ يوم أمس الجمعة 31 كانون الثاني 2024", RESUME, "'أمس الجمعة 31 كانون الثاني 2024': the year is a misprint for 2025; the resumption was on Fri 31 Jan 2025 (alkhaleejalaan, arn.ps)"),
    ev("rj-damascus-suspension", "بعد توقف دام 13 عاماً", RJ_STOP[0], "'13 عاماً' before 2025 = 2012 (the year only)", end=RJ_STOP[1]),
    ev("daily-flights-april", "لتصبح يومية في نيسان المقبل", APRIL[0], "'في نيسان المقبل' from early 2025 = April 2025 (planned; the month only)", end=APRIL[1]),
    ev("interior-ministry-decision", "بعد يومين من قرار لوزارة الداخلية الأردنية", INTERIOR, "'بعد يومين من' the resumption of Fri 31 Jan 2025 = Wed 29 Jan 2025"),
    ev("trial-flight", "أجرت رحلة تجريبية إلى مطار دمشق في 7 كانون الثاني", TRIAL, "'7 كانون الثاني' (of 2025) = Tue 7 Jan 2025"),
    ev("damascus-international-flights-resumed", "استؤنفت الرحلات الدولية في مطار دمشق في 7 كانون الثاني", TRIAL, "'7 كانون الثاني' (of 2025) = Tue 7 Jan 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 545
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

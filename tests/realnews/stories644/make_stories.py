"""Builds stories.jsonl: the 644-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: searches and rescues of missing people (disappearance,
search, finding and funerals).
Stories: the search for Hamza al-Khatib, swept away with his pick-up in the Wadi al-Qamar torrent of the Zarqa
river (Zarqa/Russeifa, Jordan, January 2020), and the search for the seven-month-old Khuzama al-Rifai, swept away
by the flood of Wadi Thama at Tal'at Naza (Yanbu al-Nakhl, Saudi Arabia, November-December 2018).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- jordan-zarqa-wadi-qamar-hamza-khatib-search-2020
S = "jordan-zarqa-wadi-qamar-hamza-khatib-search-2020"
SWEPT = "2020-01-08"                       # Hamza al-Khatib and his pick-up swept away at Wadi al-Qamar, evening of Wed 8 Jan 2020
DAY4 = "2020-01-11"                        # 4th day of the search, Sat 11 Jan 2020 (day 1 = Wed 8 Jan)
DRONES = "2020-01-12"                      # drones first used, Sun 12 Jan 2020 (5th day)
REINF = "2020-01-13"                       # gendarmerie battalion and desert company sent at dawn; Hawatmeh's order, Mon 13 Jan 2020
art(S, "https://royanews.tv/news/202325",
    "2020-01-11", "page stamp 'نشر: 2020-01-11 08:34' under the headline (kept as first line; 11 Jan 2020 was a Saturday); the body's 'السبت' and 'لليوم الرابع على التوالي' (day 1 = Wed 8 Jan) agree; the 'اقرأ أيضاً' link and the truncated end dropped", True, """
نشر: 2020-01-11 08:34
الدفاع المدني يواصل البحث عن الشاب حمزة الخطيب الذي جرفته السيول في الزرقاء
لليوم الرابع على التوالي، تتابع فرق الإنقاذ والغطس المتخصصة في الدفاع المدني، ومعها فريق البحث والإنقاذ الدولي، السبت، البحث عن الشاب حمزة الخطيب الذي سحبته المياه في سيل وادي القمر بمحافظة الزرقاء.
وأفاد الناطق الإعلامي باسم الدفاع المدني بأن عشر مجموعات عمل وُزّعت في الميدان، تضم فرق غطس وفرق إنقاذ من مديريات دفاع مدني الزرقاء وجرش وشرق اربد ومديرية إنقاذ وإسناد الوسط والشمال، إلى جانب فريق البحث والإنقاذ الدولي، وتغطي رقعة واسعة تمتد من وادي القمر وجسر الجندول وجسر الزواهرة والجسر الجديد وجسر السخنة وطواحين العدوان حتى سد الملك طلال.
وبيّن أن العاملين في هذه الفرق يتجاوز عددهم (250) شخصا مزودين بمعدات متخصصة للبحث والإنقاذ، وأنهم يبذلون جهودا شاقة في أعمال البحث والتمشيط والتفتيش.
""", [
    ev("search-day4", "تتابع فرق الإنقاذ والغطس المتخصصة في الدفاع المدني، ومعها فريق البحث والإنقاذ الدولي، السبت، البحث", DAY4, "'لليوم الرابع على التوالي' and 'السبت' in the report stamped 2020-01-11 = Sat 11 Jan 2020"),
    ev("swept-away", "الذي سحبته المياه في سيل وادي القمر بمحافظة الزرقاء", SWEPT, "no own expression; swept away on the evening of Wed 8 Jan 2020 (alwakeelnews: 'مساء الأربعاء الماضي' on Sun 12 Jan; alghad later: 'في الثامن من الشهر الحالي')"),
    ev("ten-groups-deployed", "عشر مجموعات عمل وُزّعت في الميدان", SWEPT, "no own expression; the search began about an hour after the loss on the evening of Wed 8 Jan (alghad, 21 Jan, not used) and the ten groups were at work on Sat 11 Jan; my span 8-11 Jan 2020", end="2020-01-12"),
])
art(S, "https://alwakeelnews.com/amp/Section_1/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D9%85%D8%AD%D9%84%D9%8A%D8%A9/%D9%81%D9%8A-%D8%A7%D9%84%D9%8A%D9%88%D9%85-%D8%A7%D9%84%D8%AE%D8%A7%D9%85%D8%B3-%D9%85%D9%86-%D8%A7%D9%84%D8%A8%D8%AD%D8%AB-%D8%B9%D9%86-%D8%A7%D9%84%D8%AE%D8%B7%D9%8A%D8%A8-%D8%A8%D8%AF%D8%A1-%D8%A7%D8%B3%D8%AA%D8%AE%D8%AF%D8%A7%D9%85-%D8%A7%D9%84%D8%AF%D8%B1%D9%88%D9%86_424202",
    "2020-01-12", "no date on the stored page; the body's 'اليوم الأحد' for the first use of drones, with 'مساء الأربعاء الماضي' for the loss (Wed 8 Jan 2020, 7iber and alghad: 8 January) and the URL slug 'في اليوم الخامس من البحث' (day 1 = Wed 8 Jan), gives Sun 12 Jan 2020; headline rendered from the URL slug; the list of related links dropped", False, """
في اليوم الخامس من البحث عن الخطيب.. بدء استخدام الدرون
يشرع الدفاع المدني، اليوم الأحد، في الاستعانة بطائرات من دون طيار "درون" ضمن عمليات البحث عن الشاب حمزة الخطيب، الذي سحبته مياه السيل في منطقة وادي القمر بمحافظة الزرقاء مساء الأربعاء الماضي.
وأكد مصدر في الدفاع المدني لـ"الوكيل الإخباري" أن "المديرية تباشر اليوم استخدام الدرون في البحث".
وأضاف أن "الدفاع المدني سيكشف تفاصيل تشغيل الطائرات في وقت لاحق من الأحد".
وكان مصدر في الدفاع المدني قد أوضح أمس السبت أن الطائرات ستمسح المناطق الوعرة التي يتعذر على العناصر البشرية بلوغها.
وكان الدفاع المدني قد أعلن أن مياه السيل جرفت الشاب الخطيب مساء الأربعاء، تزامنا مع منخفض جوي أثّر على المملكة ورافقته أمطار غزيرة.
وبعد ذلك، أفاد الدفاع المدني بأن 250 شخصا يشاركون في البحث عن الخطيب.
""", [
    ev("drones-start", "يشرع الدفاع المدني، اليوم الأحد، في الاستعانة بطائرات من دون طيار", DRONES, "'اليوم الأحد' in a report of day 5 of the search = Sun 12 Jan 2020"),
    ev("swept-away", "الذي سحبته مياه السيل في منطقة وادي القمر بمحافظة الزرقاء مساء الأربعاء الماضي", SWEPT, "'مساء الأربعاء الماضي' in an article of Sun 12 Jan 2020 = Wed 8 Jan"),
    ev("drones-announced", "قد أوضح أمس السبت أن الطائرات ستمسح المناطق الوعرة", DAY4, "'أمس السبت' in an article of Sun 12 Jan 2020 = Sat 11 Jan"),
    ev("loss-announced", "قد أعلن أن مياه السيل جرفت الشاب الخطيب مساء الأربعاء", SWEPT, "'مساء الأربعاء' = Wed 8 Jan 2020 (the announcement came the same evening)"),
])
art(S, "https://www.alaraby.co.uk/society/2020/1/13/%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86-%D8%A7%D8%B3%D8%AA%D9%85%D8%B1%D8%A7%D8%B1-%D8%A7%D9%84%D8%A8%D8%AD%D8%AB-%D8%B9%D9%86-%D8%B4%D8%A7%D8%A8-%D8%AC%D8%B1%D9%81%D8%AA%D9%87-%D8%A7%D9%84%D8%B3%D9%8A%D9%88%D9%84-%D9%85%D9%86%D8%B0-%D8%A3%D8%B3%D8%A8%D9%88%D8%B9",
    "2020-01-13", "page stamp '13 يناير 2020' (kept as first line) and the date 2020/1/13 in the URL path (13 Jan 2020 was a Monday); the body's 'اليوم الإثنين' and 'لليوم السادس على التوالي' (day 1 = Wed 8 Jan) agree; the photo caption dropped; the last sentence, truncated in the stored text, ends at 'الفنية والبشرية'", True, """
13 يناير 2020
الأردن: الدفاع المدني يواصل البحث عن شاب جرفته السيول منذ 6 أيام
تستمر فرق الإنقاذ والغطس المتخصصة وفريق البحث والإنقاذ الدولي في الدفاع المدني الأردني، لليوم السادس على التوالي، في البحث عن شاب سحبته السيول التي خلّفتها الأمطار في محافظة الزرقاء وسط الأردن، الأسبوع الماضي، وذلك بمساندة كتيبة مهام خاصة من الدرك وسرية من لواء الصحراء، ومشاركة متطوعي الدفاع المدني ومجموعات من أبناء المجتمع المحلي.
وأوضح الناطق الإعلامي باسم مديرية الدفاع المدني في الأردن، إياد العمر، أن الفرق المختصة بالإنقاذ والغطس وفريق البحث والإنقاذ ما زالت تواصل أعمال البحث والتفتيش، مبينا أن عشر مجموعات عمل وُزعت، تضم فرق غطس وإنقاذ من عدة مديريات للدفاع المدني في المملكة إضافة إلى فريق البحث والإنقاذ الدولي، ويتجاوز عدد أفرادها 250 شخصاً، وكلهم مزودون بمعدات بحث وإنقاذ متخصصة، علاوة على المتطوعين.
وأصدر مدير الأمن العام الأردني حسين الحواتمه، اليوم الإثنين، توجيهاته بتوسيع رقعة البحث وتعزيز الجهود المبذولة وتسخير جميع الإمكانيات الفنية والبشرية.
""", [
    ev("search-day6", "لليوم السادس على التوالي، في البحث عن شاب", REINF, "'لليوم السادس على التوالي' in the report of 13 Jan 2020 (day 1 = Wed 8 Jan) = Mon 13 Jan"),
    ev("swept-away", "سحبته السيول التي خلّفتها الأمطار في محافظة الزرقاء وسط الأردن، الأسبوع الماضي", SWEPT, "'الأسبوع الماضي' from Mon 13 Jan 2020 = the week of 6-12 Jan; the day is Wed 8 Jan (alwakeelnews, alwakaai: 'مساء الأربعاء الماضي')"),
    ev("gendarmerie-reinforcement", "بمساندة كتيبة مهام خاصة من الدرك وسرية من لواء الصحراء", REINF, "no own expression; the battalion and company were sent at dawn on Mon 13 Jan 2020 (alwakaai of Tue 14 Jan: 'فجر أمس')"),
    ev("hawatmeh-order", "وأصدر مدير الأمن العام الأردني حسين الحواتمه، اليوم الإثنين، توجيهاته بتوسيع رقعة البحث", REINF, "'اليوم الإثنين' in the report of 13 Jan 2020 = Mon 13 Jan"),
])
art(S, "https://alwakaai.com/amp/article/364502",
    "2020-01-14", "no date on the stored page; the headline's 'يدخل يومه السابع' (day 1 = Wed 8 Jan 2020, 'مساء الأربعاء الماضي') and the body's 'ستة أيام مضت' give Tue 14 Jan 2020; its 'فجر أمس' for the reinforcements matches alaraby's report of Mon 13 Jan; the last sentence, truncated in the stored text after the spokesman's name, dropped", False, """
اختفاء الخطيب يدخل يومه السابع وسط مضاعفة جهود البحث
ستة أيام مضت ولا تزال كوادر إدارة عمليات الإنقاذ وغطاسو الدفاع المدني يواصلون البحث عن الشاب العشريني حمزة الخطيب، الذي جرفه سيل وادي القمر في محافظة الزرقاء هو ومركبته مساء الأربعاء الماضي، إثر ارتفاع منسوب مياه الأمطار.
وكان مدير الأمن العام اللواء الركن حسين الحواتمة قد أوعز بتوسيع نطاق البحث ومضاعفة الجهود للعثور على الشاب الخطيب، موجها بتسخير كل الإمكانيات الفنية والبشرية المتوفرة ضمن خطة منظمة لتكثيف البحث والتفتيش على امتداد مجرى سيل الزرقاء.
وأرسلت مديرية الأمن العام، فجر أمس، تعزيزات من الأفراد والآليات تمثلت في كتيبة مهام خاصة من قوات الدرك وسرية من قيادة لواء الصحراء التابعة لقوات الشرطة، مساندة لجهود فرق الدفاع المدني التي استعانت بالأجهزة والمعدات المتخصصة.
كما حلّقت طائرات درون مسيرة مزودة بكاميرات موصولة بحافلة القيادة والسيطرة فوق المناطق الوعرة، واستُخدمت كلاب بحث مدربة، إلى جانب قوارب البحث والتفتيش في سد الملك طلال.
""", [
    ev("search-day7", "ستة أيام مضت ولا تزال كوادر إدارة عمليات الإنقاذ وغطاسو الدفاع المدني يواصلون البحث", "2020-01-14", "the headline's 'يدخل يومه السابع' (day 1 = Wed 8 Jan) = Tue 14 Jan 2020, the day of the report"),
    ev("swept-away", "الذي جرفه سيل وادي القمر في محافظة الزرقاء هو ومركبته مساء الأربعاء الماضي", SWEPT, "'مساء الأربعاء الماضي' in an article of Tue 14 Jan 2020 = Wed 8 Jan"),
    ev("hawatmeh-order", "قد أوعز بتوسيع نطاق البحث ومضاعفة الجهود", REINF, "no own expression; the order of Mon 13 Jan 2020 (alaraby: 'اليوم الإثنين')"),
    ev("gendarmerie-reinforcement", "وأرسلت مديرية الأمن العام، فجر أمس، تعزيزات من الأفراد والآليات", REINF, "'فجر أمس' in an article of Tue 14 Jan 2020 = dawn of Mon 13 Jan"),
    ev("drones-search", "كما حلّقت طائرات درون مسيرة مزودة بكاميرات", DRONES, "no own expression; drones were used from Sun 12 Jan (alwakeelnews: 'اليوم الأحد') and flew again on Mon 13 Jan with the reinforcements; my span 12-13 Jan 2020", end="2020-01-14"),
])

# ---------------------------------------------------------------- saudi-yanbu-wadi-thama-khuzama-infant-search-2018
S = "saudi-yanbu-wadi-thama-khuzama-infant-search-2018"
LOST = "2018-11-30"                        # the family car swept into Wadi Thama, the infant lost, evening of Fri 30 Nov 2018
DAY4 = "2018-12-03"                        # 4th day of the search, Mon 3 Dec 2018 (day 1 = Fri 30 Nov)
DAY7 = "2018-12-06"                        # 7th day: 4 km sweep, pumping of stagnant water, dogs at a pit, Thu 6 Dec 2018
DAY8 = "2018-12-07"                        # 8th day, Fri 7 Dec 2018: the pit to be pumped
art(S, "https://innews-ksa.com/14469/",
    "2018-12-03", "no date on the stored page; the body's 'لليوم الرابع على التوالي' and 'قبل 3 أيام' for the loss on the evening of Fri 30 Nov 2018 ('مساء الجمعة الماضية'; sobranews: 'يوم الجمعة الـ 30 من شهر نوفمبر'; almadina: day 7 = Thu 6 Dec) give Mon 3 Dec 2018; the section label dropped; the last sentence, truncated in the stored text, dropped", False, """
بالصور.. الدفاع المدني يلجأ إلى وسائل جديدة في البحث عن طفلة ينبع المفقودة
لجأت فرق الدفاع المدني إلى وسائل جديدة في بحثها المكثف عن الرضيعة التي فُقدت في السيول التي اجتاحت قرية تلعة نزا الواقعة شمال شرق محافظة ينبع التابعة للمدينة المنورة، قبل 3 أيام.
واستعانت فرق الدفاع المدني بالكلاب البوليسية لتمشيط المنطقة بحثا عن الرضيعة المفقودة، فضلا عن قيام عناصرها بأعمال الحفر.
وذكر الدفاع المدني، عبر حسابه على موقع التواصل الاجتماعي "تويتر"، أن البحث عن الطفلة المفقودة في وادي ثماء بمركز تلعة نزا متواصل لليوم الرابع على التوالي.
كما طلبت فرق الدفاع المدني مساندة فرق البحث والإنقاذ السعودي، مستخدمة وسائل بحث جديدة.
من جهته، أوضح المقدم عائض الرفاعي، قائد مهمة البحث والإنقاذ في مدني المدينة المنورة، أن البحث لم يتوقف منذ فقدان الحالة في مساء الجمعة الماضية ووصول البلاغ عن فقدان الطفلة، غير أنها لم يُعثر عليها حتى الآن.
وأضاف أن البحث انطلق منذ الساعات الأولى لتلقي البلاغ وما زال متواصلا، وأنه جرى تطبيق خطة محددة لتيسير الوصول السريع إلى الطفلة المفقودة.
""", [
    ev("infant-lost", "التي فُقدت في السيول التي اجتاحت قرية تلعة نزا", LOST, "'قبل 3 أيام' from Mon 3 Dec 2018 = Fri 30 Nov (the official: 'في مساء الجمعة الماضية')"),
    ev("police-dogs", "واستعانت فرق الدفاع المدني بالكلاب البوليسية لتمشيط المنطقة", DAY4, "no own expression; the new means reported on the 4th day, Mon 3 Dec 2018 (my reading: the day of the report)"),
    ev("search-day4", "متواصل لليوم الرابع على التوالي", DAY4, "'لليوم الرابع على التوالي' (day 1 = Fri 30 Nov) = Mon 3 Dec 2018"),
    ev("loss-reported", "منذ فقدان الحالة في مساء الجمعة الماضية", LOST, "'في مساء الجمعة الماضية' in an article of Mon 3 Dec 2018 = Fri 30 Nov (evening)"),
    ev("search-launched", "أن البحث انطلق منذ الساعات الأولى لتلقي البلاغ", LOST, "no own expression; from the first hours after the report of the evening of Fri 30 Nov 2018; my span 30 Nov - 1 Dec", end="2018-12-02"),
])
art(S, "https://sauress.com/almadina/1602913",
    "2018-12-07", "no date on the stored page (a sauress copy of al-Madina); the body's 'أمس الخميس يومها السابع' (day 1 = Fri 30 Nov 2018), 'مساء أمس (الخميس)' and 'اليوم (الجمعة)' give Fri 7 Dec 2018; the last sentence, truncated in the stored text, ends at 'السيول القوية'; headline written from the body (the stored text has none)", False, """
البحث عن الرضيعة خزامى في وادي ثما يدخل يومه السابع
دخل البحث عن الطفلة خزامى الرفاعي، المفقودة في وادي ثما بتلعة نزا في محافظة ينبع، أمس الخميس يومه السابع، بمشاركة عدد من الجهات الحكومية والفرق التطوعية إلى جانب فرق الدفاع المدني.
وأفاد المتحدث الإعلامي للدفاع المدني بمنطقة المدينة المنورة، العقيد خالد مبارك الجهني، بأن فرق الدفاع المدني ما زالت تتابع أعمال البحث والمسح داخل الوادي لليوم السابع على التوالي، بمشاركة الجهات المعنية والفرق التطوعية وأفراد الكشافة وعدد من الأهالي.
وكانت فرق البحث والمسح بالدفاع المدني قد مشّطت اليوم مساحة 4 كم بعرض الوادي مستعينة بفرق الإنقاذ ووسائل البحث، فيما فتش الغواصون داخل المستنقعات المائية، وشرعت الفرق بسحب المياه الراكدة بمساندة الهيئة الملكية والبلدية وبعض الشركات، للتحقق من المخلفات في تلك المستنقعات التي تعرقل البحث إلى حد كبير.
وأثار تصرف الكلاب البوليسية المشاركة في البحث شكوك المشاركين، إذ ظلت الكلاب واقفة طويلا قرب إحدى الحفر مساء أمس (الخميس)، ما دفع فرق البحث إلى التوجه لشفط المياه من الحفرة، وهو ما ستنفذه اليوم (الجمعة).
وروى أحد أقارب الطفلة لـ"المدينة" أن "خزامي" ذات السبعة أشهر كانت مع أسرتها وقت هطول الأمطار، حين جرفت السيول القوية سيارتهم.
""", [
    ev("search-day7", "أمس الخميس يومه السابع", DAY7, "'أمس الخميس' in an article of Fri 7 Dec 2018 = Thu 6 Dec (day 7 from Fri 30 Nov)"),
    ev("sweep-4km", "قد مشّطت اليوم مساحة 4 كم بعرض الوادي", DAY7, "'اليوم' of the civil defence statement quoted here is Thu 6 Dec 2018 (the statement of day 7; sobranews of Fri 7 Dec: the spokesman said 'أمس' that 4 km were swept)"),
    ev("water-pumping", "وشرعت الفرق بسحب المياه الراكدة", DAY7, "no own expression; begun on day 7, Thu 6 Dec 2018 (sobranews: 'وأمس الخميس لجأ الدفاع المدني ... إلى شفط مياه الوادي')"),
    ev("dogs-at-pit", "إذ ظلت الكلاب واقفة طويلا قرب إحدى الحفر مساء أمس (الخميس)", DAY7, "'مساء أمس (الخميس)' in an article of Fri 7 Dec 2018 = Thu 6 Dec (evening)"),
    ev("pit-pumping", "وهو ما ستنفذه اليوم (الجمعة)", DAY8, "'اليوم (الجمعة)' = Fri 7 Dec 2018, planned on the day of the article"),
    ev("infant-lost", "حين جرفت السيول القوية سيارتهم", LOST, "no own expression; the flood of the evening of Fri 30 Nov 2018 (sobranews: 'يوم الجمعة الـ 30 من شهر نوفمبر الماضي')"),
])
art(S, "https://www.sobranews.com/sobra/25757",
    "2018-12-07", "no date on the stored page; the body's 'يومها الثامن' (day 1 = Fri 30 Nov 2018) and 'أمس الخميس' for the pumping of the wadi (almadina: day 7 = Thu 6 Dec) give Fri 7 Dec 2018; the by-line 'صُبرة: تويتر' dropped; the last sentence, truncated in the stored text inside the hashtag, ends at 'وسما يحمل اسمها'", False, """
مأساة الرضيعة "خزامى الرفاعي" تدخل يومها الثامن.. سقطت في سيل أثناء محاولة إنقاذها وأمّها
بلغت مأساة الطفلة السعودية خزامى الرفاعي يومها الثامن من دون العثور على أي أثر لها، في واحدة من أكثر قصص الأمطار إيلاما وتداولا على مواقع التواصل الاجتماعي في المملكة.
وتعود بداية القصة إلى يوم الجمعة الـ 30 من شهر نوفمبر الماضي، عندما سقطت الرضيعة البالغة 7 أشهر في مياه السيل، بينما كان يجري إنقاذها مع أمها ونقلهما برفقة ركاب آخرين إلى سيارة ثانية وسط السيل، في وادٍ يقع بمركز يدعى "تلعة نزا" التابع لمحافظة يُنبع غرب البلاد.
وأطلقت جهات عدة عمليات بحث مستمرة عن الصغيرة، شارك فيها الدفاع المدني والهيئة الملكية بينبع والبلدية وشركات وطلاب مدارس ومجموعات كشفية، لكنها لم تسفر عن نتيجة.
وأمس الخميس لجأ الدفاع المدني بمنطقة المدينة المنورة إلى شفط مياه الوادي المعروف بـ "ثما"، ضمن عمليات بحث شاركت فيها كلاب بوليسية كذلك.
وصرح الناطق الإعلامي لمديرية الدفاع المدني بالمدينة المنورة، العقيد خالد الجهني، للصحافة، أمس، بأن فرق البحث مسحت مساحة 4 كليومتر في الوادي، وبأن غواصين شاركوا في البحث بمواقع المياه الراكدة.
وأثارت الواقعة تعاطفا واسعا بين السعوديين منذ حدوثها نهاية الشهر الماضي، وأطلق مغردون وسما يحمل اسمها.
""", [
    ev("search-day8", "بلغت مأساة الطفلة السعودية خزامى الرفاعي يومها الثامن", DAY8, "'يومها الثامن' (day 1 = Fri 30 Nov 2018) = Fri 7 Dec, the day of the article"),
    ev("infant-lost", "عندما سقطت الرضيعة البالغة 7 أشهر في مياه السيل", LOST, "'يوم الجمعة الـ 30 من شهر نوفمبر الماضي' = Fri 30 Nov 2018 (30 Nov 2018 was a Friday)"),
    ev("water-pumping", "وأمس الخميس لجأ الدفاع المدني بمنطقة المدينة المنورة إلى شفط مياه الوادي", DAY7, "'أمس الخميس' in an article of Fri 7 Dec 2018 = Thu 6 Dec"),
    ev("sweep-4km", "بأن فرق البحث مسحت مساحة 4 كليومتر في الوادي", DAY7, "the spokesman's statement of 'أمس' = Thu 6 Dec 2018 (almadina: the sweep of day 7)"),
    ev("search-operations", "وأطلقت جهات عدة عمليات بحث مستمرة عن الصغيرة", LOST, "no own expression; the search ran from the evening of Fri 30 Nov to the day of the article, Fri 7 Dec 2018; my span 30 Nov - 7 Dec", end="2018-12-08"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 644
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

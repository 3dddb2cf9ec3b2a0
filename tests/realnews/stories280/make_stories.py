"""Builds stories.jsonl: the 280-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories266/make_stories.py). Domain: stock exchanges (listings, trading halts, index swings and
market regulators' decisions): the Kuwaiti court order that suspended the Kuwait Stock Exchange (Nov 2008), the
Egyptian Exchange's 30-minute halt after the September 2019 protests, the resumption of trading at the Amman Stock
Exchange after the Covid closure (May 2020), the listing of Elm on the Saudi Exchange (Feb 2022) and the plunge of
the Casablanca Stock Exchange on Monday 7 April 2025 after the US tariffs.
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- kuwait-court-bourse-suspension-2008
S = "kuwait-court-bourse-suspension-2008"
SUSPENSION = ("2008-11-13", "2008-11-17")  # trading stopped at about 9:45-9:49 a.m. Thu 13 Nov 2008 "until Mon 17 Nov"
OCTOBER = ("2008-10-01", "2008-11-01")     # the traders' four-day protest "last month" (October 2008)
art(S, "http://www.radiosawa.com/a/100427.html",
    "2008-11-13", "no stamp or date on the stored page: the body's 'اليوم الخميس' for the court order, which the aawsat and Al-Watan items of Fri 14 Nov date 'أمس' (and the alalamalyoum report of the objection 'يوم الخميس الموافق 13/11/2008'), and 'حتى الـ17 من الشهر الجاري' = Thu 13 Nov 2008; the subhead 'الحكومة تنتقد القرار' and the closing line about the correspondent's report dropped; no date of its own in the text", False, """
تعليق التداول في البورصة الكويتية بعد خسائر فادحة للمستثمرين
أصدرت المحكمة الإدارية الكويتية اليوم الخميس حكما يقضي بتعليق التداول حتى الـ17 من الشهر الجاري في سوق الكويت للأوراق المالية، سعيا إلى وقف التدهور المتواصل لأسعار الأسهم في ثاني أكبر أسواق المال العربية.
وصدر الحكم في دعوى رفعها المحامي عادل عبد الهادي نيابة عن مستثمرين أكدوا أنهم تكبدوا خسائر كبيرة في الأسابيع الأخيرة.
ورحب وسطاء البورصة الذين احتشدوا في المكان بهذا القرار، الذي لم يسبق له مثيل منذ انطلاق سوق الأسهم الكويتية في منتصف سبعينيات القرن الماضي.
وكان المستثمرون والوسطاء قد احتجوا الشهر الماضي طوال أربعة أيام، مطالبين الحكومة بوقف نزيف السوق التي فقدت نحو 100 مليار دولار منذ يونيو/حزيران الماضي.
في المقابل انتقدت الحكومة الكويتية الحكم، إذ وصفه وزير المالية مصطفى الشمالي بالخطير، ورأى وزير التجارة والصناعة أحمد باقر أنه غير سليم لأنه صدر بصفة مستعجلة.
وأعلن وزير التجارة أن الحكومة طعنت في الحكم أمام المحكمة، مرجحا أن يعود التداول في البورصة الأسبوع المقبل.
""", [
    ev("court-ruling", "أصدرت المحكمة الإدارية الكويتية اليوم الخميس حكما", "2008-11-13", "'اليوم الخميس' = Thu 13 Nov 2008 (the day of the order)"),
    ev("trading-suspension", "بتعليق التداول حتى الـ17 من الشهر الجاري", SUSPENSION[0], "from the order on Thu 13 Nov 2008 'حتى الـ17 من الشهر الجاري' = until Mon 17 Nov 2008 (end exclusive)", end=SUSPENSION[1]),
    ev("traders-welcome", "ورحب وسطاء البورصة الذين احتشدوا في المكان", "2008-11-13", "no own expression; the brokers gathered at the exchange cheered the order on Thu 13 Nov 2008"),
    ev("october-protests", "احتجوا الشهر الماضي طوال أربعة أيام", OCTOBER[0], "'الشهر الماضي' from Thu 13 Nov 2008 = October 2008 (the four protest days themselves are not dated in the text)", end=OCTOBER[1]),
    ev("minister-criticism", "إذ وصفه وزير المالية مصطفى الشمالي بالخطير", "2008-11-13", "no own expression; the finance minister's words in parliament on the day of the order, Thu 13 Nov 2008 (aawsat: 'أمام البرلمان أمس')"),
    ev("government-appeal", "أن الحكومة طعنت في الحكم أمام المحكمة", "2008-11-13", "no own expression; the government lodged its appeal/objection on the day of the order, Thu 13 Nov 2008 (aawsat: 'قدمت الحكومة الكويتية أمس استئنافا')"),
])
art(S, "http://www.qatarshares.com/vb/archive/index.php/t-218597.html?s=d0e91a807f24f9b933157f8fdb8260c7",
    "2008-11-14", "a forum repost of the Kuwaiti daily Al-Watan's report of Fri 14 Nov 2008 (its picture path '/Article/11142008/'); the post's time line '14-11-2008, 01:28 AM' is kept as first line (14 Nov 2008 was a Friday) and the body's 'امس' for the order of Thu 13 Nov agrees; the forum furniture, the user name, the picture link and its caption dropped; the long headline shortened and re-worded", True, """
14-11-2008, 01:28 AM
المحكمة توقف تداولات البورصة إلى الاثنين.. والحكومة تقدم استشكالاً الأحد
صدر امس حكم قضائي غير مسبوق في الكويت بوقف تداولات البورصة الى الاثنين المقبل 17 نوفمبر الجاري.
وبادرت الحكومة على الفور الى تقديم استشكال قد يتيح استئناف التداول الاحد المقبل، فيما تباينت ردود الفعل بين اقتصاديين حذروا من «عواقب وخيمة» ومتداولين عبّروا عن فرحتهم.
وأصدرت الدائرة الادارية في المحكمة الكلية، برئاسة المستشار نجيب الماجد، حكمها بصفة مستعجلة ومؤقتة الى أن تنظر في موضوع الدعوى في جلسة الاثنين المقبل.
وتنفيذا للحكم أوقفت ادارة السوق التداول في الساعة التاسعة و49 دقيقة صباحا، بعدما كان المؤشر قد فقد 160 نقطة في مواصلة يومية لتراجع الأسعار.
وتعقد اللجنة المختصة اجتماعا استثنائيا غداً لبحث هذه التطورات.
""", [
    ev("court-ruling", "صدر امس حكم قضائي غير مسبوق", "2008-11-13", "'امس' from Fri 14 Nov 2008 = Thu 13 Nov 2008"),
    ev("trading-suspension", "بوقف تداولات البورصة الى الاثنين المقبل 17 نوفمبر الجاري", SUSPENSION[0], "from the order on Thu 13 Nov 2008 'الى الاثنين المقبل 17 نوفمبر الجاري' = until Mon 17 Nov 2008 (end exclusive)", end=SUSPENSION[1]),
    ev("government-appeal", "وبادرت الحكومة على الفور الى تقديم استشكال", "2008-11-13", "no own expression; 'على الفور' after the order of Thu 13 Nov 2008 (aawsat: 'قدمت الحكومة الكويتية أمس استئنافا')"),
    ev("merits-hearing", "الى أن تنظر في موضوع الدعوى في جلسة الاثنين المقبل", "2008-11-17", "'جلسة الاثنين المقبل' from Fri 14 Nov 2008 = Mon 17 Nov 2008 (the date set by the court)"),
    ev("halt-executed", "أوقفت ادارة السوق التداول في الساعة التاسعة و49 دقيقة صباحا", "2008-11-13", "no date of its own; 'الساعة التاسعة و49 دقيقة صباحا' on the morning of the order, Thu 13 Nov 2008"),
    ev("committee-meeting", "وتعقد اللجنة المختصة اجتماعا استثنائيا غداً", "2008-11-15", "'غداً' from Al-Watan's issue of Fri 14 Nov 2008 = Sat 15 Nov 2008 (a planned meeting)"),
])
art(S, "http://archive.aawsat.com/details.asp?section=6&issueno=10944&article=494826&feature=",
    "2008-11-14", "Asharq Al-Awsat issue 10944 (the paper of Fri 14 Nov 2008): the body's 'أمس' for the court order of Thu 13 Nov 2008 ('الخميس الموافق 13/11/2008' in the alalamalyoum report) and 'صباح الأحد المقبل' for the appeal hearing agree; no date stamp on the stored page; the subhead with the two ministers' quotes, the photo caption and the 'TT' mark dropped; the last, truncated sentence cut to its first clause; no date of its own in the text", False, """
الكويت: القضاء يوقف التداول في البورصة للحد من خسائر المستثمرين
أصدر قاضي الأمور المستعجلة أمس حكما بوقف التداول في سوق الكويت للأوراق المالية (البورصة)، وحدد يوم 17 نوفمبر موعدا لنظر دعوى أقامتها مجموعة من المحامين يطالبون فيها الحكومة بإغلاق البورصة حدا من خسائر المساهمين.
وفي أول رد فعل لها، طعنت الحكومة الكويتية أمس في الحكم طالبة وقف تنفيذه، على أن ينظر قاضي الاستئناف في طعنها صباح الأحد المقبل.
وفي الأثناء أوقف مدير سوق الأوراق المالية صالح الفلاح التداول فور تسلمه الحكم عند الساعة 9.45 من صباح أمس.
ووصف وزير المالية الكويتي مصطفى الشمالي قرار إغلاق البورصة ووقف التداول فيها بأنه «قرار خطير» ستترتب عليه «عواقب وخيمة».
وشدد الوزير، في مداخلة أمام البرلمان أمس، على أن الحكومة تحترم حكم المحكمة وستنفذه، متسائلا عمن سيتحمل تبعات الدعوى.
""", [
    ev("court-ruling", "أصدر قاضي الأمور المستعجلة أمس حكما", "2008-11-13", "'أمس' from Fri 14 Nov 2008 = Thu 13 Nov 2008"),
    ev("merits-hearing", "وحدد يوم 17 نوفمبر موعدا لنظر دعوى", "2008-11-17", "'يوم 17 نوفمبر' = Mon 17 Nov 2008"),
    ev("government-appeal", "طعنت الحكومة الكويتية أمس في الحكم", "2008-11-13", "'أمس' from Fri 14 Nov 2008 = Thu 13 Nov 2008"),
    ev("appeal-hearing", "ينظر قاضي الاستئناف في طعنها صباح الأحد المقبل", "2008-11-16", "'صباح الأحد المقبل' from Fri 14 Nov 2008 = Sun 16 Nov 2008 (scheduled)"),
    ev("halt-executed", "التداول فور تسلمه الحكم عند الساعة 9.45 من صباح أمس", "2008-11-13", "'الساعة 9.45 من صباح أمس' from Fri 14 Nov 2008 = 9:45 a.m. Thu 13 Nov 2008"),
    ev("minister-criticism", "ووصف وزير المالية الكويتي مصطفى الشمالي", "2008-11-13", "no own expression in the clause; the minister spoke in parliament 'أمس' (next sentence) = Thu 13 Nov 2008"),
])
art(S, "https://www.alraimedia.com/article/77942/%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF/%D8%A7%D9%84%D9%85%D8%AD%D8%A7%D9%85%D9%8A-%D8%AE%D8%A7%D9%84%D8%AF-%D8%A7%D9%84%D8%B9%D9%88%D8%B6%D9%8A-%D8%A7%D9%84%D8%AD%D9%83%D9%85-%D8%A8%D9%88%D9%82%D9%81-%D8%A7%D9%84%D8%AA%D8%AF%D8%A7%D9%88%D9%84-%D8%A5%D9%86%D8%AC%D8%A7%D8%B2-%D8%A8%D8%B9%D8%AF-%D8%A7%D9%85%D8%AA%D9%86%D8%A7%D8%B9-%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%B9%D9%86-%D8%A7%D9%84%D8%B9%D9%85%D9%84-%D9%84%D9%88%D9%82%D9%81-%D8%A7%D9%84%D9%86%D8%B2%D9%8A%D9%81--",
    "2008-11-16", "no stamp on the stored page: the body's 'حتى يوم الاثنين المقبل 17 نوفمبر (غداً)' makes the paper's day Sun 16 Nov 2008 (17 Nov 2008 was a Monday); the 'تصغير/تكبير' buttons dropped; the quoted statement partly put into reported speech; the last, truncated sentence dropped; no date of its own in the text", False, """
المحامي خالد العوضي: وقف التداول إنجاز بعدما تقاعست الحكومة عن وقف النزيف
رأى المحامي خالد العوضي، أحد اثنين أقاما الدعوى التي صدر فيها قرار المحكمة بوقف التداول في سوق الكويت للأوراق المالية حتى 17 نوفمبر الجاري، أن القرار «إنجاز» جاء بعد امتناع الحكومة عن اتخاذ أي إجراء لوقف نزيف البورصة رغم أن القوانين تتيح لها ذلك.
وقال العوضي في بيان إنهم نجحوا فيما عجزت عنه الحكومة ومجلس الأمة، وإن الحكم صدر ويستمر تنفيذه حتى يوم الاثنين المقبل 17 نوفمبر (غداً) الجاري، تحت رقابة المحكمة.
وأضاف أن الدعوى ستُنظر من جديد في موضوعها يوم الاثنين المقبل، مشيرا إلى أن الحكم هو الأول من نوعه في دول الخليج والوطن العربي، وأن من حق الحكومة الطعن بالإشكال الذي قد يوقف تنفيذه.
وأوضح أنهم سيوقفون دعواهم إذا اتخذت الحكومة تدابير ذات نتائج ملموسة، معتبرا أن «هوامير السوق» هم المستفيدون من هبوطه والمتسببون في الإضرار بصغار المتداولين.
""", [
    ev("court-ruling", "الدعوى التي صدر فيها قرار المحكمة", "2008-11-13", "no own expression; the court order of Thu 13 Nov 2008 (the radiosawa, aawsat and Al-Watan reports)"),
    ev("trading-suspension", "ويستمر تنفيذه حتى يوم الاثنين المقبل 17 نوفمبر (غداً) الجاري", SUSPENSION[0], "the suspension ordered on Thu 13 Nov 2008 runs 'حتى يوم الاثنين المقبل 17 نوفمبر (غداً)' = until Mon 17 Nov 2008 (end exclusive)", end=SUSPENSION[1]),
    ev("merits-hearing", "الدعوى ستُنظر من جديد في موضوعها يوم الاثنين المقبل", "2008-11-17", "'يوم الاثنين المقبل' from Sun 16 Nov 2008 = Mon 17 Nov 2008"),
    ev("lawyer-statement", "وقال العوضي في بيان", "2008-11-15", "no own expression; the statement came out by the paper's day, Sun 16 Nov 2008 (my span 15-16 Nov)", end="2008-11-17"),
])

# ---------------------------------------------------------------- egypt-egx-halt-protests-2019
S = "egypt-egx-halt-protests-2019"
WEEKEND = ("2019-09-20", "2019-09-22")  # the protests of Fri 20 Sep 2019 (Cairo and other cities) and Sat 21 (Suez)
art(S, "https://rassd.news/465829.htm",
    "2019-09-22", "no stamp or URL date on the stored page: the body's 'الأحد' for the halt, 'أول يوم لها بعد موجة التظاهرات' and the present tense 'تشهد مصر خلال الفترة الحالية تظاهرات' fit Sun 22 Sep 2019, the day of the halt (the arabicpost item of Tue 24 Sep: 'يوم الأحد الماضي'); headline written from the body (the stored text has none); a sentence on the August rate ('7.5% مقارنة بـ 8.7%') dropped as unrelated; the last, truncated clause dropped; no date of its own in the text", False, """
البورصة المصرية توقف التداول نصف ساعة بعد هبوط حاد
قررت البورصة المصرية، الأحد، تعليق التداول فيها مدة نصف ساعة، بعدما تراجع مؤشر «egx100» بأكثر من 5%، وهو الحد الذي ينص عليه القانون.
وخلال تعاملات الأحد، وهي أول أيام الأسبوع وأول جلسة تعقب موجة التظاهرات، فقدت الأسهم نحو 36 مليار جنيه من قيمتها، لتتراجع إلى 702.3 مليار جنيه مقارنة بـ738 مليارا في الجلسة الاخيرة من الأسبوع الماضي.
ونزل المؤشر الرئيسي «egx30» بنسبة 5.32% إلى 13958 نقطة، ولحق به مؤشر الأسهم الصغيرة والمتوسطة «egx70» متراجعا 5.66% إلى 509 نقاط، في حين انخفض المؤشر الأوسع «egx100» بنسبة 5.68% إلى 1358 نقطة.
وآخر مرة عُلّق فيها التداول بسبب هبوط بهذا الحجم كانت يوم 25 نوفمبر 2012، حين تراجعت الأسهم أكثر من 5% في خضم أحداث سياسية، ثم أوقف التداول مجددا عند 5% إثر فرض ضريبة الأرباح الرأسمالية في 2014.
وتعيش مصر خلال الفترة الحالية تظاهرات ودعوات واسعة إلى الاحتجاج للمطالبة برحيل السيسي، على خلفية اتهامات بالفساد وإهدار المال العام أطلقها المقاول ورجل الأعمال «محمد علي» في مقاطع مصورة.
""", [
    ev("trading-halt", "قررت البورصة المصرية، الأحد، تعليق التداول", "2019-09-22", "'الأحد' = Sun 22 Sep 2019, the first session after the protests (arabicpost: 'يوم الأحد الماضي' from Tue 24 Sep)"),
    ev("market-cap-loss", "فقدت الأسهم نحو 36 مليار جنيه من قيمتها", "2019-09-22", "'خلال تعاملات الأحد' = Sun 22 Sep 2019"),
    ev("weekend-protests", "أول جلسة تعقب موجة التظاهرات", WEEKEND[0], "no own expression; the wave of protests of Fri 20 (Cairo and other cities) and Sat 21 Sep 2019 (Suez), outside knowledge", end=WEEKEND[1]),
    ev("market-plunge", "ونزل المؤشر الرئيسي «egx30» بنسبة 5.32%", "2019-09-22", "no own expression; the close of the Sunday session, Sun 22 Sep 2019"),
    ev("halt-2012", "كانت يوم 25 نوفمبر 2012", "2012-11-25", "'يوم 25 نوفمبر 2012' (a Sunday)"),
    ev("halt-2014", "إثر فرض ضريبة الأرباح الرأسمالية في 2014", "2014-01-01", "'في 2014': the halt after the capital gains tax, dated only by the year", end="2015-01-01"),
])
art(S, "https://arabpeacenews.com/?p=6322",
    "2019-09-22", "no stamp on the stored page; the first sentence reads 'اليوم الأحد 22 سبتمبر 2010', a slip for 2019 (the text is about the protests against President Sisi and calls the halt the first 'منذ نوفمبر 2016'); so Sun 22 Sep 2019; the slipped date '22 سبتمبر 2010' removed from the text (only 'اليوم الأحد' kept), the subhead 'أسهم مصر تفقد من قيمتها' and the analyst's truncated quote dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
بورصة مصر تهوي وتوقف التداول
تراجعت بورصة مصر بشدة اليوم الأحد، ما اضطرها إلى وقف التداول 30 دقيقة، في سابقة هي الأولى منذ نوفمبر 2016.
وجاء الإيقاف إثر نزول المؤشر «إي.جي.إكس 100» بنسبة خمسة بالمئة، في ظل قلق المتعاملين ولا سيما الأفراد، عقب احتجاجات يوم الجمعة الماضي التي خرجت في القاهرة ومدن مصرية عدة ضد الرئيس عبدالفتاح السيسي، وهي احتجاجات وُصفت بالنادرة.
وأوقفت البورصة التعاملات بحلول الساعة الـ10:43 بتوقيت غرينتش، بالتزامن مع هبوط المؤشر الرئيسي 4.53 بالمئة إلى 14073.7 نقطة، في أكبر تراجع يومي له منذ سبتمبر 2018.
وخسرت الأسهم المصرية ما يزيد على 30 مليار جنيه (1.84 مليار دولار) من قيمتها السوقية، كما علّقت إدارة البورصة التعامل على أكثر من 100 سهم خلال الجلسة بعد أن تجاوز هبوطها خمسة بالمئة.
ورأى محللون أن رد فعل السوق «مبالغ فيه»، خصوصا أن مؤسسات مالية أجنبية استغلت موجة البيع من جانب المصريين والعرب لتنفيذ مشتريات واسعة.
""", [
    ev("market-plunge", "تراجعت بورصة مصر بشدة اليوم الأحد", "2019-09-22", "'اليوم الأحد' = Sun 22 Sep 2019"),
    ev("halt-2016", "في سابقة هي الأولى منذ نوفمبر 2016", "2016-11-01", "'نوفمبر 2016': the previous halt, dated only by the month", end="2016-12-01"),
    ev("friday-protests", "عقب احتجاجات يوم الجمعة الماضي", "2019-09-20", "'يوم الجمعة الماضي' from Sun 22 Sep 2019 = Fri 20 Sep 2019"),
    ev("trading-halt", "وأوقفت البورصة التعاملات بحلول الساعة الـ10:43 بتوقيت غرينتش", "2019-09-22", "'الساعة الـ10:43 بتوقيت غرينتش' on the day of the article, Sun 22 Sep 2019"),
    ev("market-cap-loss", "وخسرت الأسهم المصرية ما يزيد على 30 مليار جنيه", "2019-09-22", "no own expression; the Sunday session, Sun 22 Sep 2019 (the figures differ from rassd's 36 billion)"),
    ev("stocks-suspended", "علّقت إدارة البورصة التعامل على أكثر من 100 سهم", "2019-09-22", "no own expression; 'خلال الجلسة' of Sun 22 Sep 2019"),
])
art(S, "https://arabicpost.live/?p=572768",
    "2019-09-24", "the first sentence's 'اليوم الثلاثاء 24 سبتمبر/أيلول 2019' (kept in the text; 24 Sep 2019 was a Tuesday); headline written from the body (the stored text has none); the second analyst's quote and the last, truncated sentence's loss figure dropped", True, """
خسائر جديدة للبورصة المصرية بعد احتجاجات القاهرة
منيت البورصة المصرية، اليوم الثلاثاء 24 سبتمبر/أيلول 2019، بتراجع جديد وخسائر إضافية، إذ نزل مؤشر الأسهم المصرية 4.2 في أعقاب احتجاجات خرجت نهاية الأسبوع الماضي في القاهرة ومدن أخرى، فمحا بذلك ما حققته البورصة من مكاسب منذ بداية العام.
وكان قد تقرر وقف التداول في البورصة المصرية يوم الأحد الماضي إثر هبوط المؤشر الأوسع نطاقا إي.جي.إكس 100 بنسبة 5%، ثم تراجع المؤشر نفسه أمس الإثنين بنسبة 1.7%.
وقال أشرف أخنوخ، المدير لدى أرقام كابيتال، إن المستثمرين يخشون تصعيدا آخر، وإن الجميع يتوخى الحذر الشديد ويقلّص المخاطرة بالنظر إلى التجارب السابقة، بحسب ما نقلته وكالة رويترز.
وأفاد وسطاء بأن الأسهم الكبرى تعرضت لضغوط وسط تداولات كثيفة اليوم، إذ هبط سهم البنك التجاري الدولي 6.3% وسهم الشرقية للدخان، المحتكرة لصناعة السجائر في مصر، 5.2%.
وذكر موقع قناة "العربية" أن رأس المال السوقي للبورصة المصرية بلغ بنهاية التعاملات 672.280 مليار جنيه.
""", [
    ev("tuesday-fall", "اليوم الثلاثاء 24 سبتمبر/أيلول 2019، بتراجع جديد", "2019-09-24", "'اليوم الثلاثاء 24 سبتمبر/أيلول 2019'"),
    ev("weekend-protests", "احتجاجات خرجت نهاية الأسبوع الماضي", WEEKEND[0], "'نهاية الأسبوع الماضي' from Tue 24 Sep 2019 = the Egyptian weekend Fri 20 - Sat 21 Sep 2019", end=WEEKEND[1]),
    ev("trading-halt", "تقرر وقف التداول في البورصة المصرية يوم الأحد الماضي", "2019-09-22", "'يوم الأحد الماضي' from Tue 24 Sep 2019 = Sun 22 Sep 2019"),
    ev("monday-fall", "ثم تراجع المؤشر نفسه أمس الإثنين", "2019-09-23", "'أمس الإثنين' from Tue 24 Sep 2019 = Mon 23 Sep 2019"),
    ev("cib-fall", "إذ هبط سهم البنك التجاري الدولي 6.3%", "2019-09-24", "'تداولات كثيفة اليوم' = Tue 24 Sep 2019"),
])

# ---------------------------------------------------------------- jordan-ase-trading-resumption-2020
S = "jordan-ase-trading-resumption-2020"
RULES = ("2020-05-05", "2020-05-11")  # the 2.5 % limit of the reopened market: set in the days before Sun 10 May 2020, in force from that day
art(S, "https://alwakeelnews.com/Section_1/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D9%85%D8%AD%D9%84%D9%8A%D8%A9/%D8%AA%D9%88%D8%B6%D9%8A%D8%AD-%D8%A2%D9%84%D9%8A%D8%A9-%D8%A7%D8%B3%D8%AA%D8%A6%D9%86%D8%A7%D9%81-%D8%B9%D9%85%D9%84-%D8%A7%D9%84%D8%A8%D9%88%D8%B1%D8%B5%D8%A9_442225",
    "2020-05-09", "no stamp on the stored page: the body's 'اليوم السبت' for the statement and 'اعتباراً من غد الأحد' for the first session after the Covid closure, which was Sun 10 May 2020 (ksaplayers: 'اليوم الأحد 10 مايو'), make it Sat 9 May 2020; headline rendered from the URL slug; the byline 'الوكيل الإخباري-' dropped; the last sentences on the continuous session cut; no date of its own in the text", False, """
توضيح آلية استئناف عمل البورصة
بيّن المدير التنفيذي لبورصة عمان مازن الوظائفي الإجراءات الخاصة بجلسة التداول التي أقرها مجلس إدارة البورصة لاستئناف التداول اعتباراً من غد الأحد، إذ حُددت نسبة الارتفاع والانخفاض اليومية المسموح بها للتداول والصفقات عند 5ر2 بالمئة من السعر المرجعي للأوراق المالية المتداولة.
ونبّه في تعميم وجّهه إلى الوسطاء الماليين الأعضاء في البورصة إلى أن الحد الأدنى للمضاعف النقدي البالغ 01ر0 دينار (قرش واحد) سيُعتمد قيمةً للتغير في سعر الورقة المالية صعوداً وهبوطاً إذا قلت القيمة المحتسبة بالنسبة المذكورة عنه.
وقال الوظائفي في بيان صحفي اليوم السبت إن مرحلة ما قبل الافتتاح في أسواق الأوراق المالية المدرجة ستمتد من الساعة 11-11:30، ومن الساعة 11:25- 11.30 في الأسواق غير المدرجة، على أن يكون الافتتاح في الأسواق المدرجة وغير المدرجة عند الساعة 11:30.
""", [
    ev("trading-resumption", "لاستئناف التداول اعتباراً من غد الأحد", "2020-05-10", "'غد الأحد' from Sat 9 May 2020 = Sun 10 May 2020"),
    ev("price-limit", "حُددت نسبة الارتفاع والانخفاض اليومية المسموح بها", RULES[0], "no own expression; the 2.5 % limit set for the reopened market before the first session of Sun 10 May 2020 (my span)", end=RULES[1]),
    ev("brokers-circular", "ونبّه في تعميم وجّهه إلى الوسطاء الماليين", "2020-05-08", "no own expression; the circular to the brokers before the Saturday statement (my span 8-9 May 2020)", end="2020-05-10"),
    ev("wazaifi-statement", "وقال الوظائفي في بيان صحفي اليوم السبت", "2020-05-09", "'اليوم السبت' = Sat 9 May 2020"),
    ev("pre-opening", "ستمتد من الساعة 11-11:30", "2020-05-10", "'من الساعة 11-11:30' of the first session, Sun 10 May 2020 ('غد الأحد')"),
])
art(S, "https://pheladelphianews.com/?p=244609",
    "2020-05-09", "no stamp on the stored page: the same Petra statement as the alwakeel item, with 'اليوم السبت' and 'اعتباراً من غد الأحد' for the first session after the Covid closure, Sun 10 May 2020 (ksaplayers) = Sat 9 May 2020; headline written from the body (the stored text has none); the outlet line 'فيلادلفيا نيوز' and the paragraph on the price step (told in the alwakeel item) dropped; no date of its own in the text", False, """
الوظائفي يعلن مواعيد جلسة التداول مع عودة البورصة
أعلن المدير التنفيذي لبورصة عمان مازن الوظائفي تفاصيل جلسة التداول التي قرر مجلس إدارة البورصة استئنافها اعتباراً من غد الأحد، موضحاً أن الحد المسموح به لارتفاع الأسعار وانخفاضها يومياً في التداول والصفقات سيكون 5ر2 بالمئة من السعر المرجعي.
وذكر الوظائفي في بيان صحفي اليوم السبت أن مرحلة ما قبل الافتتاح ستكون من الساعة 11-11:30 في الأسواق المدرجة، ومن الساعة 11:25- 11.30 في الأسواق غير المدرجة، على أن يكون الافتتاح في الساعة 11:30 لكليهما.
وأضاف أن التداول المستمر سيجري من الساعة 11:30-12:30 في الأسواق المدرجة ومن الساعة 11:30-11:55 في غير المدرجة، بينما تكون مرحلة الصفقات من الساعة 12:30- 12:45 في النوعين.
""", [
    ev("trading-resumption", "قرر مجلس إدارة البورصة استئنافها اعتباراً من غد الأحد", "2020-05-10", "'غد الأحد' from Sat 9 May 2020 = Sun 10 May 2020"),
    ev("wazaifi-statement", "وذكر الوظائفي في بيان صحفي اليوم السبت", "2020-05-09", "'اليوم السبت' = Sat 9 May 2020"),
    ev("pre-opening", "ستكون من الساعة 11-11:30 في الأسواق المدرجة", "2020-05-10", "'من الساعة 11-11:30' of the first session, Sun 10 May 2020 ('غد الأحد')"),
    ev("continuous-trading", "التداول المستمر سيجري من الساعة 11:30-12:30", "2020-05-10", "'من الساعة 11:30-12:30' of the first session, Sun 10 May 2020"),
    ev("deals-phase", "تكون مرحلة الصفقات من الساعة 12:30- 12:45", "2020-05-10", "'من الساعة 12:30- 12:45' of the first session, Sun 10 May 2020"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=19890067",
    "2020-05-10", "the first sentence's 'اليوم الأحد 10 مايو' (kept in the text; 10 May 2020 was a Sunday; the year is that of the Covid closure ordered by Prime Minister Omar al-Razzaz); headline written from the body (the stored text has none); the broker's truncated quote dropped", True, """
البورصة الأردنية تستأنف التداول بعد إغلاق فرضته كورونا
استؤنف التداول في البورصة الأردنية اليوم الأحد 10 مايو بأمر من رئيس الوزراء عمر الرزاز، بعد توقف لمدة 50 يوميا بسبب جائحة فيروس كورونا.
وكان التداول قد توقف يوم 16 مارس إثر هبوط كبير في أسعار الأسهم، دفع هيئة الأوراق المالية إلى تقييد التداول وتقليص مدته للحد من مزيد من التراجع، وسط قلق المستثمرين من التبعات الاقتصادية للجائحة.
وقال المدير التنفيذي لبورصة عمان مازن نجيب الوظائفي إن الإغلاق جاء في ذلك الوقت بقرار من رئيس الوزراء بتنسيب من مجلس مفوضي هيئة الأوراق المالية، إجراءً احترازياً لحماية المستثمرين وسوق رأس المال الوطني.
وفرضت الهيئة قيوداً تحد من التقلبات الحادة، فحددت نسبة الارتفاع والانخفاض اليومية المسموح بها عند 2.5 في المائة لجميع الأوراق المالية بدلاً من خمسة في المائة قبل الأزمة، كما وضعت حداً أدنى للتغير في سعر الورقة المالية قدره 0.01 دينار (0.014 دولار).
""", [
    ev("trading-resumption", "استؤنف التداول في البورصة الأردنية اليوم الأحد 10 مايو", "2020-05-10", "'اليوم الأحد 10 مايو' = Sun 10 May 2020"),
    ev("trading-suspension", "وكان التداول قد توقف يوم 16 مارس", "2020-03-16", "'يوم 16 مارس' (2020): the government's decision of Mon 16 Mar 2020, the exchange closed from Tue 17 (al-ain: 'بدءا من غد الثلاثاء'); span 16-17 Mar", end="2020-03-18"),
    ev("closure-decision", "الإغلاق جاء في ذلك الوقت بقرار من رئيس الوزراء", "2020-03-16", "'في ذلك الوقت' = the Prime Minister's decision of Mon 16 Mar 2020 (outside knowledge, al-ain)"),
    ev("price-limit", "فحددت نسبة الارتفاع والانخفاض اليومية المسموح بها عند 2.5 في المائة", RULES[0], "no own expression; the 2.5 % limit of the reopened market, set before the first session of Sun 10 May 2020 (my span)", end=RULES[1]),
])

# ---------------------------------------------------------------- saudi-elm-listing-2022
S = "saudi-elm-listing-2022"
FIRST3 = ("2022-02-16", "2022-02-21")   # the first three sessions: Wed 16, Thu 17 and Sun 20 Feb 2022 (Fri-Sat weekend)
OFFER = ("2022-01-16", "2022-02-03")    # the IPO: institutional book-building in the second half of January to the retail tranche at the start of February 2022 (approximate)
art(S, "https://okaz.com.sa/ampArticle/2097204",
    "2022-02-15", "no stamp on the stored page: the headline's 'غداً (الأربعاء)' with the listing day 'يوم الأربعاء 15/07/1443 هـ الموافق 16/02/2022م' = Tue 15 Feb 2022; the byline '«عكاظ» (الرياض)' and the section word dropped; no date of its own in the text (the dates in it are the listing day)", False, """
غداً (الأربعاء) إدراج أسهم «شركة علم» وبدء تداولها في سوق الأسهم
أعلنت تداول السعودية أن أسهم شركة علم ستُدرج ويبدأ تداولها في السوق الرئيسية اعتباراً من يوم الأربعاء 15/07/1443 هـ الموافق 16/02/2022م، تحت رمز التداول 7203 والرمز الدولي SA15GG53GHH3.
وستكون حدود التذبذب السعري اليومية +/- 30% مع تطبيق حدود ثابتة للتذبذب عند +/- 10%.
وتسري هذه الحدود خلال الأيام الثلاثة الأولى من الإدراج فقط، ثم يعاد ضبطها ابتداءً من اليوم الرابع للتداول إلى -/+ 10%، مع إلغاء الحدود الثابتة للتذبذب السعري.
""", [
    ev("listing-announced", "أعلنت تداول السعودية أن أسهم شركة علم ستُدرج", "2022-02-13", "no own expression; the exchange's notice came out before the paper of Tue 15 Feb 2022 (my span 13-15 Feb)", end="2022-02-16"),
    ev("first-trading-day", "اعتباراً من يوم الأربعاء 15/07/1443 هـ الموافق 16/02/2022م", "2022-02-16", "'يوم الأربعاء 15/07/1443 هـ الموافق 16/02/2022م' = Wed 16 Feb 2022 (= 'غداً (الأربعاء)' from Tue 15)"),
    ev("wide-limits-period", "وتسري هذه الحدود خلال الأيام الثلاثة الأولى من الإدراج", FIRST3[0], "the first three sessions from Wed 16 Feb 2022: Wed 16, Thu 17 and Sun 20 Feb (the Saudi weekend is Fri-Sat)", end=FIRST3[1]),
    ev("limits-reset", "يعاد ضبطها ابتداءً من اليوم الرابع للتداول", "2022-02-21", "'اليوم الرابع للتداول' from Wed 16 Feb 2022 = Mon 21 Feb 2022"),
])
art(S, "https://www.almowaten.net/2022/02/%d8%a8%d8%af%d8%a1-%d8%aa%d8%af%d8%a7%d9%88%d9%84-%d8%a3%d8%b3%d9%87%d9%85-%d8%b9%d9%84%d9%85-%d8%a7%d9%84%d9%8a%d9%88%d9%85/",
    "2022-02-16", "page date line 'الأربعاء ١٦ فبراير ٢٠٢٢ الساعة ١٠:٠٣ صباحاً' (kept as first line; 16 Feb 2022 was a Wednesday); the URL's '/2022/02/' agrees; the kicker, the repeated headline, the byline 'المواطن - الرياض' and the subheads dropped; the last, truncated sentence dropped", True, """
الأربعاء ١٦ فبراير ٢٠٢٢ الساعة ١٠:٠٣ صباحاً
انطلاق تداول أسهم علم اليوم
تبدأ اليوم الأربعاء عملية إدراج أسهم شركة علم وتداولها في السوق السعودية الرئيسية تحت رمز التداول 7203 والرمز الدولي SA15GG53GHH3، بحدود تذبذب سعري يومية تبلغ 30% صعوداً أو هبوطاً، مع حدود ثابتة للتذبذب عند 10%.
ووفق بيان سابق لـ”تداول”، تطبق هذه الحدود خلال الأيام الثلاثة الأولى من الإدراج فحسب، ثم يعاد ضبط حدود التذبذب اليومية إلى 10% وتلغى الحدود الثابتة ابتداءً من اليوم الرابع للتداول.
وكانت شركة علم قد طرحت 24 مليون سهم تمثل 30% من رأسمالها بسعر 128 ريالاً للسهم، خصصت 70% منها للفئات المشاركة و30% للأفراد.
وخُصص لشريحة الأفراد 7.2 مليون سهم بعد أن تجاوزت نسبة التغطية 1300%، بحد أدنى 6 أسهم لكل مكتتب.
أما المؤسسات فغطت الأسهم المطروحة نحو 69.5 مرة، بطلبات بلغت قيمتها الإجمالية قرابة 213.2 مليار ريال.
""", [
    ev("first-trading-day", "تبدأ اليوم الأربعاء عملية إدراج أسهم شركة علم", "2022-02-16", "'اليوم الأربعاء' = Wed 16 Feb 2022 (the date line)"),
    ev("wide-limits-period", "تطبق هذه الحدود خلال الأيام الثلاثة الأولى من الإدراج", FIRST3[0], "the first three sessions from Wed 16 Feb 2022: Wed 16, Thu 17 and Sun 20 Feb", end=FIRST3[1]),
    ev("limits-reset", "وتلغى الحدود الثابتة ابتداءً من اليوم الرابع للتداول", "2022-02-21", "'اليوم الرابع للتداول' from Wed 16 Feb 2022 = Mon 21 Feb 2022"),
    ev("ipo-offer", "وكانت شركة علم قد طرحت 24 مليون سهم", OFFER[0], "no own expression; the IPO ran from the institutional book-building of mid-January to the retail tranche at the start of February 2022 (outside knowledge, approximate span)", end=OFFER[1]),
    ev("retail-allocation", "وخُصص لشريحة الأفراد 7.2 مليون سهم", "2022-02-03", "no own expression; the final allocation, after the retail subscription and before the listing of Wed 16 Feb 2022 (my span)", end="2022-02-16"),
])
art(S, "https://techknowledge.news/%d8%b3%d9%87%d9%85-%d8%b9%d9%84%d9%85-%d8%a7%d9%84%d8%b3%d8%b9%d9%88%d8%af%d9%8a%d8%a9-%d9%8a%d8%b1%d8%aa%d9%81%d8%b9-%d9%84%d9%8a%d8%b3%d8%ac%d9%84-166-4-%d8%b1%d9%8a%d8%a7%d9%84-%d9%81",
    "2022-02-16", "no stamp on the stored page: the body's 'في أول أيام تداوله، اليوم الأربعاء' for the first session of Elm, which the Saudi Exchange set for Wed 16 Feb 2022 (okaz, almowaten) = Wed 16 Feb 2022; the site's banner lines dropped; the last, truncated sentence dropped; no date of its own in the text", False, """
سهم «علم السعودية» يقفز إلى 166.4 ريال في أول أيام تداوله
تصدّر سهم شركة علم قائمة الأسهم المرتفعة في السوق السعودية الرئيسية في أول أيام تداوله، اليوم الأربعاء، إذ صعد بالحد الأقصى البالغ 30% إلى 166.4 ريال، بتداولات فاقت قيمتها 237.77 مليون ريال، وذلك بعد مرور ساعة من بداية التداولات.
وزاد مؤشر السوق الرئيسي “تاسي” 1% إلى 12,481.24 نقطة، وسط تداولات قيمتها 2.9 مليار ريال.
وأدرجت أسهم علم في السوق الرئيسية برمز التداول 7203، بحدود تذبذب يومية تبلغ 30% ارتفاعاً أو انخفاضاً وحدود ثابتة عند 10%، تطبق وفق بيان سابق لـ”تداول السعودية” خلال الأيام الثلاثة الأولى من الإدراج وحدها، ثم يعاد ضبطها إلى 10% ابتداءً من اليوم الرابع للتداول.
وكانت الشركة قد طرحت 24 مليون سهم، أي 30% من رأسمالها، بسعر 128 ريالاً للسهم، وخصصت 70% منها للفئات المشاركة و30% للأفراد.
""", [
    ev("first-trading-day", "في أول أيام تداوله، اليوم الأربعاء", "2022-02-16", "'اليوم الأربعاء' = Wed 16 Feb 2022"),
    ev("elm-limit-up", "إذ صعد بالحد الأقصى البالغ 30% إلى 166.4 ريال", "2022-02-16", "no own expression; 'بعد مرور ساعة من بداية التداولات' of Wed 16 Feb 2022"),
    ev("tasi-rise", "وزاد مؤشر السوق الرئيسي “تاسي” 1%", "2022-02-16", "no own expression; the same session, Wed 16 Feb 2022"),
    ev("wide-limits-period", "خلال الأيام الثلاثة الأولى من الإدراج وحدها", FIRST3[0], "the first three sessions from Wed 16 Feb 2022: Wed 16, Thu 17 and Sun 20 Feb", end=FIRST3[1]),
    ev("limits-reset", "ثم يعاد ضبطها إلى 10% ابتداءً من اليوم الرابع للتداول", "2022-02-21", "'اليوم الرابع للتداول' from Wed 16 Feb 2022 = Mon 21 Feb 2022"),
    ev("ipo-offer", "وكانت الشركة قد طرحت 24 مليون سهم", OFFER[0], "no own expression; the IPO ran from mid-January to the start of February 2022 (outside knowledge, approximate span)", end=OFFER[1]),
])

# ---------------------------------------------------------------- morocco-casablanca-bourse-tariff-plunge-2025
S = "morocco-casablanca-bourse-tariff-plunge-2025"
TARIFFS = ("2025-04-02", "2025-04-03")  # President Trump's "reciprocal" tariffs announced on Wed 2 Apr 2025 (outside knowledge)
art(S, "https://agadir24.info/%D8%A8%D9%88%D8%B1%D8%B5%D8%A9-%D8%A7%D9%84%D8%AF%D8%A7%D8%B1-%D8%A7%D9%84%D8%A8%D9%8A%D8%B6%D8%A7%D8%A1-%D8%AA%D9%86%D9%87%D8%A7%D8%B1-%D9%81%D9%8A-%D9%8A%D9%88%D9%85-%D8%A3%D8%B3%D9%88%D8%AF.html",
    "2025-04-07", "the first sentence's 'اليوم الاثنين 07 أبريل 2025' (kept in the text; 7 Apr 2025 was a Monday); the section word 'الاقتصاد والمال' dropped; the last, truncated sentence dropped", True, """
بورصة الدار البيضاء تعيش يوما أسود
عرفت بورصة الدار البيضاء، اليوم الاثنين 07 أبريل 2025، إحدى أسوأ جلساتها خلال العام الجاري، إذ أقفل مؤشرها الرئيسي “مازي” على تراجع حاد نسبته 5,38 في المائة عند 16.304,66 نقطة، في ظل موجة بيع واسعة زعزعت ثقة المستثمرين.
ولم يقتصر الهبوط على “مازي”، فقد نزل مؤشر “MASI.20” الخاص بأكبر 20 شركة مدرجة بنسبة 5,71 في المائة إلى 1.323,14 نقطة، وفقد مؤشر “MASI.ESG” 4,66 في المائة مستقرا عند 1.126,56 نقطة.
وكانت خسائر الشركات الصغيرة والمتوسطة أكبر، إذ تراجع مؤشر “MASI Mid and Small Cap” بنسبة 6,58 في المائة إلى 1.603,41 نقطة.
وعلى الصعيد الدولي، خسر مؤشرا “إف تي إس إي – سي إس إي موروكو 15” و”إف تي إس إي – سي إس إي موروكو آل – ليكيد” 5,99 و5,98 في المائة على التوالي، ما يؤكد حجم الانهيار الذي طبع تعاملات السوق هذا اليوم.
""", [
    ev("masi-plunge", "عرفت بورصة الدار البيضاء، اليوم الاثنين 07 أبريل 2025، إحدى أسوأ جلساتها", "2025-04-07", "'اليوم الاثنين 07 أبريل 2025'"),
    ev("sell-off", "في ظل موجة بيع واسعة زعزعت ثقة المستثمرين", "2025-04-07", "no own expression; the selling of the Monday session, Mon 7 Apr 2025"),
    ev("masi20-fall", "فقد نزل مؤشر “MASI.20”", "2025-04-07", "no own expression; the same session, Mon 7 Apr 2025"),
    ev("midcap-fall", "إذ تراجع مؤشر “MASI Mid and Small Cap”", "2025-04-07", "no own expression; the same session, Mon 7 Apr 2025"),
    ev("ftse-fall", "خسر مؤشرا “إف تي إس إي – سي إس إي موروكو 15”", "2025-04-07", "no own expression; the same session, Mon 7 Apr 2025"),
])
art(S, "https://assahafa.com/%d8%b6%d8%b1%d8%a8%d8%a9-%d9%82%d9%88%d9%8a%d8%a9-%d9%84%d8%a8%d9%88%d8%b1%d8%b5%d8%a9-%d8%a7%d9%84%d9%85%d8%ba%d8%b1%d8%a8-%d8%a7%d9%84%d8%ad%d8%b1%d8%a8-%d8%a7%d9%84%d8%aa%d8%ac%d8%a7%d8%b1%d9%8a",
    "2025-04-07", "page date line '7 أبريل 2025' under the headline (kept as first line; 7 Apr 2025 was a Monday); the body's 'خلال تداولات الاثنين' agrees; the outlet line 'الصحافة _ كندا' and the analysts' truncated quote dropped", True, """
7 أبريل 2025
ضربة موجعة لبورصة المغرب: الحرب التجارية تكلف السوق 40 مليار درهم في يوم واحد
استهلت بورصة الدار البيضاء أسبوعها بهزة عنيفة، إذ انهار مؤشرها الرئيسي “مازي” بأكثر من 4% خلال تداولات الاثنين، في أكبر تراجع يومي يسجله منذ عام 2022.
وجاءت هذه الخسارة المباغتة بفعل احتدام التوترات العالمية الناجمة عن الحرب التجارية، بعدما فرضت الولايات المتحدة رسوما جمركية جديدة أثارت الذعر في الأسواق.
فما إن أعلن الرئيس الأميركي دونالد ترامب هذه الإجراءات حتى امتدت موجة الهبوط إلى الأسواق العالمية، وكان أثرها في المغرب لافتا، إذ فقدت السوق المالية نحو 40 مليار درهم من قيمتها السوقية مقارنة بيوم الجمعة الماضي، في ظرف لا يتجاوز 72 ساعة.
ومع نزول “مازي” دون عتبة 17 ألف نقطة التي صمد فوقها منذ بداية مارس، انكمشت مكاسب البورصة المغربية منذ بداية 2025 إلى 11%، بعدما كانت تقارب 20% قبل اندلاع هذا التصعيد الجمركي.
""", [
    ev("masi-plunge", "انهار مؤشرها الرئيسي “مازي” بأكثر من 4% خلال تداولات الاثنين", "2025-04-07", "'الاثنين' = Mon 7 Apr 2025 (the date line)"),
    ev("tariffs-announced", "فما إن أعلن الرئيس الأميركي دونالد ترامب هذه الإجراءات", TARIFFS[0], "no own expression; the 'reciprocal' tariffs announced on Wed 2 Apr 2025 (outside knowledge)", end=TARIFFS[1]),
    ev("market-cap-loss", "فقدت السوق المالية نحو 40 مليار درهم", "2025-04-07", "the loss measured at the Monday session, Mon 7 Apr 2025, against the close of 'يوم الجمعة الماضي' (Fri 4 Apr)"),
    ev("masi-below-17000", "ومع نزول “مازي” دون عتبة 17 ألف نقطة", "2025-04-07", "no own expression; the Monday session, Mon 7 Apr 2025"),
])
art(S, "https://eco30.info/%d9%85%d9%86-%d9%83%d8%a7%d8%b2%d8%a7-%d8%a5%d9%84%d9%89-%d8%a3%d9%88%d8%b1%d9%88%d8%a8%d8%a7-%d8%a7%d9%84%d8%a8%d9%88%d8%b1%d8%b5%d8%a7%d8%aa-%d8%aa%d8%aa%d8%b1%d8%a7%d8%ac%d8%b9-%d8%a8%d8%b3%d8%a8",
    "2025-04-07", "no stamp on the stored page: the body's 'صباح اليوم الاثنين' and 'اليوم الإثنين' with the opening level of 16.609,35 points, which the alittihad item of Tue 8 Apr gives for 'أمس الاثنين', = Mon 7 Apr 2025; the byline 'محمد فكراوي' dropped; headline written from the body and the URL slug (the stored text has none); no date of its own in the text", False, """
من الدار البيضاء إلى أوروبا: البورصات تتراجع بفعل التصعيد التجاري
انتقلت إلى المغرب عدوى القلق الذي يخيم على الأسواق العالمية جراء التصعيد التجاري بين الولايات المتحدة والصين وعودة الحديث عن رسوم جمركية متبادلة، فافتتحت بورصة الدار البيضاء تعاملات صباح اليوم الاثنين على انخفاض حاد، إذ تراجع مؤشر “مازي” بنسبة 3,62 في المئة إلى 16.609,35 نقطة.
كما نزل مؤشر “MASI.20” الذي يتتبع أبرز 20 شركة مدرجة بنسبة 3,96 في المئة إلى 1.347,63 نقطة، وخسر مؤشر “MASI.ESG” 3,31 في المئة مستقرا عند 1.142,51 نقطة.
وانخفض مؤشر “MASI Mid and Small Cap” الخاص بالشركات الصغيرة والمتوسطة بدوره بنسبة 3,8 في المئة إلى 1.651,14 نقطة.
وعالميا، تهاوت الأسهم الأوروبية، اليوم الإثنين، إلى أدنى مستوى لها منذ دجنبر 2023، وهبط مؤشر “ستوكس يوروب 600” بنسبة 6,3 في المئة، بعد أسوأ أسبوع يمر به منذ مارس 2020.
وفقد المؤشر الألماني “داكس” 7,1 في المئة ليصل إلى 18.489,91 نقطة، أي بأكثر من 20 في المئة دون ذروته المسجلة في مارس، ما يضعه على عتبة السوق الهابطة.
""", [
    ev("masi-plunge", "فافتتحت بورصة الدار البيضاء تعاملات صباح اليوم الاثنين على انخفاض حاد", "2025-04-07", "'صباح اليوم الاثنين' = the morning of Mon 7 Apr 2025"),
    ev("masi20-fall", "كما نزل مؤشر “MASI.20”", "2025-04-07", "no own expression; the same session, Mon 7 Apr 2025"),
    ev("midcap-fall", "وانخفض مؤشر “MASI Mid and Small Cap”", "2025-04-07", "no own expression; the same session, Mon 7 Apr 2025"),
    ev("europe-fall", "تهاوت الأسهم الأوروبية، اليوم الإثنين", "2025-04-07", "'اليوم الإثنين' = Mon 7 Apr 2025"),
    ev("stoxx-worst-week", "بعد أسوأ أسبوع يمر به منذ مارس 2020", "2025-03-31", "no own expression; the week before, Mon 31 Mar - Fri 4 Apr 2025", end="2025-04-05"),
])
art(S, "https://alittihad.info/%d9%81%d9%8a-%d8%b8%d9%84-%d8%aa%d8%b5%d8%a7%d8%b9%d8%af-%d8%a7%d9%84%d8%aa%d9%88%d8%aa%d8%b1%d8%a7%d8%aa-%d8%a7%d9%84%d8%aa%d8%ac%d8%a7%d8%b1%d9%8a%d8%a9-%d8%a7%d9%84%d8%b9%d8%a7%d9%84%d9%85%d9%8a",
    "2025-04-08", "no stamp on the stored page: the body's 'أمس الاثنين' for the opening plunge of the Casablanca exchange, which the agadir24 and assahafa items date 'اليوم الاثنين 07 أبريل 2025' / '7 أبريل 2025', = Tue 8 Apr 2025 (the paper's next issue); headline written from the body and the URL slug (the stored text has none); the opening quote put into plain narration; the last, truncated sentence dropped; no date of its own in the text", False, """
في ظل تصاعد التوترات التجارية العالمية: الأحمر يكتسح بورصة الدار البيضاء
منذ ساعات الافتتاح، تلونت كل أسهم بورصة الدار البيضاء بالأحمر وسجلت خسائر متفاوتة مقلقة، إذ خسر سهم “لافارج هولسيم” 128 درهما من قيمته، وتراجع سهم “أكديتال” 44 درهما، وفقد سهم “أليانس” 33 درهما.
ونزل سهم “اتصالات المغرب” 6 دراهم وسهم “القرض العقاري والسياحي” 25 درهما، بينما مُني سهم “لابيل في” بخسارة قاسية بلغت 50 درهما، في هبوط عام يعكس أثر المخاوف العالمية من الحرب التجارية بين الولايات المتحدة والصين.
وتعرف الأسواق المالية العالمية في الأيام الأخيرة تقلبات حادة تثير قلق المستثمرين والمراقبين الاقتصاديين.
فقد افتتحت بورصة الدار البيضاء تداولاتها أمس الاثنين باللون الأحمر، إذ تراجع مؤشر “مازي” بنحو 4 في المئة إلى 16.609,35 نقطة.
ويتزامن هذا الهبوط الحاد مع موجات تراجع تضرب البورصات الأوروبية والآسيوية بفعل تداعيات الرسوم الجمركية الأمريكية التي فرضتها إدارة الرئيس دونالد ترامب.
""", [
    ev("all-stocks-red", "تلونت كل أسهم بورصة الدار البيضاء بالأحمر", "2025-04-07", "no own expression; 'منذ ساعات الافتتاح' of the Monday session, Mon 7 Apr 2025 ('أمس الاثنين' below)"),
    ev("akdital-fall", "وتراجع سهم “أكديتال” 44 درهما", "2025-04-07", "no own expression; the same Monday session, Mon 7 Apr 2025"),
    ev("global-turmoil", "وتعرف الأسواق المالية العالمية في الأيام الأخيرة تقلبات حادة", "2025-04-03", "'في الأيام الأخيرة' from Tue 8 Apr 2025: the days since the tariff announcement (my span 3-8 Apr)", end="2025-04-09"),
    ev("masi-plunge", "افتتحت بورصة الدار البيضاء تداولاتها أمس الاثنين باللون الأحمر", "2025-04-07", "'أمس الاثنين' from Tue 8 Apr 2025 = Mon 7 Apr 2025"),
    ev("europe-fall", "موجات تراجع تضرب البورصات الأوروبية والآسيوية", "2025-04-07", "no own expression; the European and Asian falls of Mon 7 Apr 2025, at the time of the Casablanca plunge"),
    ev("tariffs-announced", "الرسوم الجمركية الأمريكية التي فرضتها إدارة الرئيس دونالد ترامب", TARIFFS[0], "no own expression; the 'reciprocal' tariffs announced on Wed 2 Apr 2025 (outside knowledge)", end=TARIFFS[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 290)
                            if i != 201 and i != 280
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 299-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories294/make_stories.py). Domain: gold prices, currency exchange rates and central-bank
interest-rate decisions: Bank Al-Maghrib's hike to 3 % and the withdrawn communique (Morocco, March 2023), the
Yemeni government's ban on foreign currencies in domestic dealings (Yemen, August 2025), the record run of gold
prices in Egypt and the Thursday correction (Egypt, January 2026), and the Central Bank of Egypt's 100-basis-point
cut of 2 October 2025 (Egypt, October 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-bam-rate-hike-3pct-2023
S = "morocco-bam-rate-hike-3pct-2023"
HIKE = "2023-03-21"                        # Bank Al-Maghrib's board raised the key rate to 3 % on Tue 21 Mar 2023
EFFECTIVE = "2023-03-23"                   # the new rate applied from Thu 23 Mar 2023 (ahdath, siyassi)
SECOND = "2023-03-22"                      # the second communique / re-publication, Wed 22 Mar 2023
SOURCE = ("2023-03-21", "2023-03-23")      # the bank source's explanations, reported on Wed 22 Mar (my span 21-22 Mar)
art(S, "https://www.x2z2.com/vb/t988781.html",
    "2023-03-21", "the Saudi Press Agency dateline of the reposted item 'الرباط 29 شعبان 1444 هـ الموافق 21 مارس 2023 م واس' (kept; 21 Mar 2023 was a Tuesday, = 29 Sha'ban 1444 Umm al-Qura) and the agency's end stamp '21:19ت م' (kept); the forum page is a verbatim repost of the SPA wire; headline written from the body", True, """
البنك المركزي المغربي يقرر رفع نسبة الفائدة الرئيسية بواقع 50 نقطة إلى 3%
الرباط 29 شعبان 1444 هـ الموافق 21 مارس 2023 م واس
قرَّر البنك المركزي المغربي اليوم زيادة نسبة الفائدة الرئيسية بواقع 50 نقطة لتصل إلى 3%، تفاديا للوقوع في موجة تضخم جديدة.
وأوضح البنك أن القرار اتُّخذ بعد أن بلغ التضخم نسبة 6.6 % عام 2022م، وهي أعلى نسبة يسجلها المغرب منذ عام 1992م.
//انتهى//21:19ت م 0266
""", [
    ev("rate-hike-decision", "قرَّر البنك المركزي المغربي اليوم زيادة نسبة الفائدة الرئيسية", HIKE, "'اليوم' in the dateline 'الموافق 21 مارس 2023' = Tue 21 Mar 2023"),
    ev("bam-communique", "وأوضح البنك أن القرار اتُّخذ", HIKE, "no own expression; the bank's communique issued after the board meeting of Tue 21 Mar 2023 (the wire is stamped 21:19 the same day)"),
    ev("inflation-2022", "بلغ التضخم نسبة 6.6 % عام 2022م", "2022-01-01", "'عام 2022م' = the whole of 2022 (annual inflation)", end="2023-01-01"),
])
art(S, "https://www.ahdath.info/article/205190/اقتصاد/وطني/إلغاء-ندوة-الجواهري-وسحب-بلاغ-قبل-إرجاعه-هذه-توضيحات-مصدر-من-داخل-بنك-المغرب",
    "2023-03-22", "page date line 'الأربعاء 22 مارس 2023' (kept as second line; 22 Mar 2023 was a Wednesday); the body's 'أمس الثلاثاء 21 مارس 2023' agrees; headline kept from the page; the last, truncated sentence dropped", True, """
إلغاء ندوة الجواهري وسحب بلاغ قبل إرجاعه.. توضيحات مصدر من داخل بنك المغرب
الأربعاء 22 مارس 2023
في سياق الجدل الذي أثاره سحب بلاغه من موقعه الرسمي ثم إعادته، أصدر بنك المغرب بلاغا ثانيا أكد فيه مجددا قراره رفع سعر الفائدة الرئيسي إلى 3 في المائة، على أن يدخل القرار حيز التنفيذ ابتداء من يوم الخميس 23 مارس.
ويأتي ذلك بينما كان مقررا أن يعقد والي بنك المغرب، عبد اللطيف الجواهري، ندوة صحفية أمس الثلاثاء 21 مارس 2023 لتبرير القرار ومناقشة الظرفية، غير أن الندوة أُلغيت فجأة.
وفي اليوم ذاته، سُحب بلاغ البنك حول الموضوع من موقعه الرسمي قبل أن يُعاد نشره، وهو ما خلّف جدلا كبيرا، خصوصا أن رفع سعر الفائدة للمرة الثالثة في فترة وجيزة ليس أمرا هينا بالنظر إلى تداعياته الاقتصادية والمالية.
فماذا حدث بالضبط؟ هل اعترضت الحكومة؟ وهل قوبل القرار بفتور من الأبناك؟
حمل موقع "أحداث أنفو" هذه الأسئلة إلى مصدر في بنك المغرب، فأكد أن الندوة التي كان الجواهري سيعقدها يوم الثلاثاء لم تُلغ بل أُجّلت لأسباب شخصية، وأن سحب البلاغ كان لأسباب تقنية صرفة.
""", [
    ev("second-statement", "أصدر بنك المغرب بلاغا ثانيا أكد فيه مجددا", SECOND, "no own expression; the second communique reported on Wed 22 Mar 2023 (24saa and telquel report the re-publication 'اليوم' on Wed 22); my date 22 Mar"),
    ev("hike-effective", "يدخل القرار حيز التنفيذ ابتداء من يوم الخميس 23 مارس", EFFECTIVE, "'يوم الخميس 23 مارس' = Thu 23 Mar 2023"),
    ev("press-conference", "ندوة صحفية أمس الثلاثاء 21 مارس 2023 لتبرير القرار", HIKE, "'أمس الثلاثاء 21 مارس 2023' = Tue 21 Mar 2023 (the planned press conference, called off that day)"),
    ev("statement-withdrawn", "سُحب بلاغ البنك حول الموضوع من موقعه الرسمي", HIKE, "'في اليوم ذاته' = the same Tue 21 Mar 2023"),
    ev("rate-hike-decision", "رفع سعر الفائدة للمرة الثالثة في فترة وجيزة", HIKE, "no own expression; the board's decision of Tue 21 Mar 2023 (the third hike after Sep and Dec 2022)"),
    ev("source-explanation", "حمل موقع \"أحداث أنفو\" هذه الأسئلة إلى مصدر في بنك المغرب", SOURCE[0], "no own expression; the bank source's answers, published on Wed 22 Mar 2023 (my span 21-22 Mar)", end=SOURCE[1]),
])
art(S, "https://badil.info/111558",
    "2023-03-22", "no date on the stored page; the body's 'يوم أمس الثلاثاء' for the hike and the cancelled press conference (both on Tue 21 Mar 2023, dated so by the SPA wire and ahdath) gives Wed 22 Mar 2023; headline kept from the page; no date of its own in the text", False, """
لماذا "سُحب" بلاغ بنك المغرب حول رفع سعر الفائدة إلى 3 في المائة؟
اختفى من الموقع الرسمي لبنك المغرب البلاغ الذي أعلن فيه البنك، يوم أمس الثلاثاء، رفع سعر الفائدة إلى 3 في المائة، وهو ما غذّى تكهنات بأن البنك تراجع عن هذه الخطوة.
وأفاد مصدر مأذون لموقع "بديل" بأن "الأمر لا يتعلق إلا بمشكل تقني، وسيتم تدارك ذلك مستقبلا".
وكان عبد اللطيف الجواهري، والي بنك المغرب، قد ألغى ندوة صحفية يوم أمس الثلاثاء، وأوضح المصدر نفسه أن "الإلغاء يعود لأسباب شخصية ولا علاقة له بأي تغيير في السياسة المالية للمؤسسة البنكية".
وقرر مجلس بنك المغرب، في اجتماعه المنعقد يوم الثلاثاء بالرباط، رفع سعر الفائدة الرئيسي بمقدار 50 نقطة أساس إلى 3 في المائة.
وأوضح البنك في بلاغ صدر عقب اجتماعه الفصلي الأول برسم سنة 2023 أن المجلس قرر هذا الرفع لتفادي دوامات تضخمية قائمة بذاتها وتعزيز تثبيت توقعات التضخم، بما يسهل عودته إلى مستويات تنسجم مع هدف استقرار الأسعار، مع مواصلة التتبع عن كثب للظرفية الاقتصادية والضغوط التضخمية على الصعيدين الوطني والدولي.
""", [
    ev("statement-withdrawn", "اختفى من الموقع الرسمي لبنك المغرب البلاغ", HIKE, "no own expression; the communique of 'يوم أمس الثلاثاء' (Tue 21 Mar 2023) vanished from the site hours after publication (ahdath: 'في اليوم ذاته'; 24saa: 'ساعات بعد نشره أمس الثلاثاء')"),
    ev("badil-source", "وأفاد مصدر مأذون لموقع \"بديل\"", SOURCE[0], "no own expression; the source's statement to Badil, published on Wed 22 Mar 2023 (my span 21-22 Mar)", end=SOURCE[1]),
    ev("press-conference", "قد ألغى ندوة صحفية يوم أمس الثلاثاء", HIKE, "'يوم أمس الثلاثاء' from Wed 22 = Tue 21 Mar 2023"),
    ev("rate-hike-decision", "وقرر مجلس بنك المغرب، في اجتماعه المنعقد يوم الثلاثاء بالرباط", HIKE, "'يوم الثلاثاء' = Tue 21 Mar 2023"),
    ev("bam-communique", "وأوضح البنك في بلاغ صدر عقب اجتماعه الفصلي الأول", HIKE, "no own expression; the communique issued after the first quarterly board meeting of 2023, Tue 21 Mar 2023"),
])
art(S, "https://siyassi.com/%d8%a7%d9%82%d8%aa%d8%b5%d8%a7%d8%af/270203",
    "2023-03-24", "no date on the stored page; the body's 'دخل حيز التنفيذ ابتداء من أمس الخميس' with the known start of the new rate on Thu 23 Mar 2023 (ahdath: 'ابتداء من يوم الخميس 23 مارس') gives Fri 24 Mar 2023; the item is a press-review piece (tag 'صحف' dropped); headline kept from the page; no date of its own in the text", False, """
سعر الفائدة يثير الجدل
للمرة الثالثة، لجأ بنك المغرب إلى رفع سعر الفائدة، إذ أعلن في بلاغ له أن النسبة حُددت في 3 في المائة، وهو القرار الذي دخل حيز التنفيذ ابتداء من أمس الخميس.
وقد أثار سحب البلاغ من الموقع الرسمي للبنك وتأجيل ندوة والي بنك المغرب شكوكا حول صواب القرار في هذه الظرفية، وزاد من حدة الجدل. وفي خضم هذا الجدل، أصدر بنك المغرب بلاغا ثانيا جدد فيه التأكيد على قراره رفع سعر الفائدة الرئيسي إلى 3 في المائة.
وأكد مصدر من بنك المغرب أن الندوة لم تُلغ وإنما أُجّلت لأسباب شخصية، وأن سحب البلاغ تم لأسباب تقنية صرفة، موضحا أن المقارنة بين النسخة المرسلة إلى وسائل الإعلام والنسخة الثانية لا تكشف أي فرق بينهما.
أما ما يُتداول عن انزعاج بعض الجهات من القرار بسبب تداعياته، ولا سيما ارتفاع كلفة قروض الأبناك وما قد يترتب عليه من كبح للاستثمار، فقد اكتفى المصدر بالتأكيد على أن البنك سيد قراره، وأن أعضاء مجلسه خبراء مستقلون يتخذون قراراتهم بكل استقلالية.
""", [
    ev("rate-hike-decision", "لجأ بنك المغرب إلى رفع سعر الفائدة", HIKE, "no own expression ('للمرة الثالثة'); the board's decision of Tue 21 Mar 2023"),
    ev("hike-effective", "دخل حيز التنفيذ ابتداء من أمس الخميس", EFFECTIVE, "'ابتداء من أمس الخميس' from Fri 24 = Thu 23 Mar 2023"),
    ev("statement-withdrawn", "سحب البلاغ من الموقع الرسمي للبنك", HIKE, "no own expression; the withdrawal of Tue 21 Mar 2023 (ahdath: 'في اليوم ذاته')"),
    ev("press-conference", "وتأجيل ندوة والي بنك المغرب", HIKE, "no own expression; the press conference planned for Tue 21 Mar 2023 and put off that day"),
    ev("second-statement", "أصدر بنك المغرب بلاغا ثانيا جدد فيه التأكيد", SECOND, "no own expression; the second communique of Wed 22 Mar 2023 (ahdath, 24saa)"),
    ev("source-explanation", "وأكد مصدر من بنك المغرب أن الندوة لم تُلغ", SOURCE[0], "no own expression; the same source as in ahdath's report of Wed 22 Mar 2023 (my span 21-22 Mar)", end=SOURCE[1]),
])

# ---------------------------------------------------------------- yemen-foreign-currency-ban-2025
S = "yemen-foreign-currency-ban-2025"
BAN = "2025-08-11"                         # cabinet decision no. 13 of 2025, published Mon 11 Aug 2025
RECOVERY = ("2025-07-29", "2025-08-12")    # the rial's recovery in Aden from ~2,900 to ~1,617 a dollar (my span)
CIRCULAR = "2025-08-18"                    # the Justice Minister's circular, Mon 18 Aug 2025
art(S, "https://marebpress.net/news_details.php?lang=arabic&sid=212918",
    "2025-08-11", "page date line 'الإثنين 11 أغسطس-آب 2025 الساعة 10 مساءً' (kept as first line; 11 Aug 2025 was a Monday), stamp 'date 2025-08-11'; the byline 'مارب برس - غرفة الاخبار' dropped; headline written from the body (the stored text has none)", True, """
الإثنين 11 أغسطس-آب 2025 الساعة 10 مساءً
الحكومة تحظر استخدام العملات الأجنبية بديلا عن الريال اليمني
صدر قرار مجلس الوزراء رقم (13) للعام 2025م المتعلق بحظر استخدام العملات الأجنبية بديلا عن العملة الوطنية في المعاملات التجارية والخدمية وفي التعاقدات المالية داخل الجمهورية.
ونص القرار على أن تتم جميع المعاملات التجارية، من بيع السلع والخدمات وشرائها والتعاقدات المالية، بالعملة الوطنية (الريال اليمني) في كل المناطق والمحافظات المحررة من الجمهورية اليمنية.
ومنع القرار استخدام العملات الأجنبية بديلا عن الريال اليمني في أي معاملة تجارية أو خدمية داخل البلاد لا يستلزم فيها الدفع بالعملة الأجنبية، كالرسوم الدراسية والعلاجية والإيجارات وتذاكر السفر وغيرها.
وألزم القرار وزراء الصناعة والتجارة والعدل والداخلية ومحافظي المحافظات المحررة باتخاذ الإجراءات الرقابية ومتابعة تنفيذه، وضبط المخالفين من الفئات المستهدفة وإحالتهم إلى الجهة المختصة وفقا للقانون، مع إحاطة رئيس مجلس الوزراء بمستوى التنفيذ أولاً بأول.
""", [
    ev("ban-decision", "صدر قرار مجلس الوزراء رقم (13) للعام 2025م", BAN, "no own day in the sentence; the decision published on Mon 11 Aug 2025 (page line; okaz 'اليوم (الإثنين)'); other pages say it applies from 30 Jul 2025"),
    ev("ministers-tasked", "وألزم القرار وزراء الصناعة والتجارة والعدل والداخلية", BAN, "no own expression; part of the decision of Mon 11 Aug 2025"),
])
art(S, "https://www.okaz.com.sa/news/politics/2208408",
    "2025-08-11", "stamp 'date 2025-08-11' at the head of the stored page (not kept in the text); the body's 'اليوم (الإثنين)' agrees (11 Aug 2025 was a Monday); headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
الحكومة اليمنية تحظر التعامل بالعملات الأجنبية داخل البلاد
حظرت الحكومة اليمنية اليوم (الإثنين) استخدام العملات الأجنبية بدلا من العملة الوطنية، ضمن الإصلاحات التي بدأتها الحكومة والتي أسهمت في تعافي الريال اليمني أمام العملات الأجنبية بنسبة 50%.
وأصدر مجلس الوزراء قرارا يقضي بحظر استخدام العملات الأجنبية بديلا عن العملة الوطنية في المعاملات التجارية والخدمية والتعاقدات المالية داخل البلاد، مشددا على أن تجري كافة المعاملات التجارية من بيع وشراء للسلع والخدمات والتعاقدات المالية في جميع المناطق والمحافظات المحررة بالعملة الوطنية (الريال اليمني).
وشمل الحظر أي معاملات تجارية أو خدمية داخل البلاد لا تستلزم الدفع بالعملة الأجنبية، مثل الرسوم الدراسية والعلاجية والإيجارات وتذاكر السفر وغيرها.
ووجّه مجلس الوزراء وزراء الصناعة والتجارة والعدل والداخلية ومحافظي المحافظات المحررة إلى اتخاذ الإجراءات الرقابية ومتابعة تنفيذ القرار، وضبط المخالفين من الفئات المستهدفة وإحالتهم إلى الجهة المختصة وفقا للقانون، وإحاطة رئيس الوزراء بمستوى التنفيذ أولاً بأول.
""", [
    ev("ban-decision", "حظرت الحكومة اليمنية اليوم (الإثنين) استخدام العملات الأجنبية", BAN, "'اليوم (الإثنين)' = Mon 11 Aug 2025"),
    ev("rial-recovery", "تعافي الريال اليمني أمام العملات الأجنبية بنسبة 50%", RECOVERY[0], "no own expression; the rial's recovery in Aden from about 2,900 to 1,617 a dollar between the end of July and early August 2025 (aljawf: 1,617 on Tue 5 Aug); my span 29 Jul - 11 Aug", end=RECOVERY[1]),
    ev("ministers-tasked", "ووجّه مجلس الوزراء وزراء الصناعة والتجارة والعدل والداخلية", BAN, "no own expression; part of the decision of Mon 11 Aug 2025"),
])
art(S, "https://yemen-press.net/news141773.html",
    "2025-08-19", "byline 'نشر: ... 19 أغسطس 2025 الساعة 10:30 صباحاً' (kept without the author's name; 19 Aug 2025 was a Tuesday); headline kept from the page; the word 'وثيقة' (a photo caption) and the last, truncated words dropped", True, """
وزير العدل اليمني يصدر تعميما عاجلا لحماية قيمة العملة الوطنية
نشر: 19 أغسطس 2025 الساعة 10:30 صباحاً
أصدر وزير العدل اليمني بدر العارضة تعميما وزاريا يمنع التعامل بالعملات الأجنبية في كل المعاملات المالية والتجارية ويلزم المواطنين والمؤسسات باستخدام الريال اليمني دون سواه، تنفيذا لقرار مجلس الوزراء رقم (13) لسنة 2025 الرامي إلى تعزيز السيادة النقدية واستقرار العملة الوطنية.
ويمتد القرار إلى مجالات حيوية متنوعة من الحياة اليومية، فهو يلزم المؤسسات التعليمية بتحصيل الرسوم الدراسية بالريال اليمني، ويطال قطاع الإسكان بمنع تحديد الإيجارات بالعملات الأجنبية، كما يشمل قطاع السفر، إذ يتعين على شركات الطيران ووكالات السفر إصدار التذاكر ومذكرات السفر بالعملة المحلية وحدها.
وشدد التعميم الصادر يوم 18 أغسطس 2025 على منع إصدار أي فواتير أو سندات مالية أو إعلانات تخص الرسوم والدفع بعملة أجنبية، مؤكدا أن المخالفين سيحالون إلى الجهات المختصة لاتخاذ الإجراءات القانونية.
""", [
    ev("justice-circular", "وشدد التعميم الصادر يوم 18 أغسطس 2025 على منع", CIRCULAR, "'يوم 18 أغسطس 2025' (a Monday)"),
    ev("ban-decision", "قرار مجلس الوزراء رقم (13) لسنة 2025", BAN, "no own day; the decision published on Mon 11 Aug 2025 (marebpress, okaz)"),
])

# ---------------------------------------------------------------- egypt-gold-record-jan-2026
S = "egypt-gold-record-jan-2026"
RALLY = ("2026-01-19", "2026-01-22")       # the run of record local gold prices up to the Wednesday peak (my span 19-21 Jan)
PEAK = "2026-01-21"                        # the all-time highs of Wed 21 Jan 2026
THU = "2026-01-22"                         # Thursday's trading, 22 Jan 2026
art(S, "https://www.alraeesnews.com/print.aspx?id=291541",
    "2026-01-20", "headline and body 'اليوم الثلاثاء 20 يناير 2026' (kept; 20 Jan 2026 was a Tuesday); the price list turned into sentences; the last, truncated line (karat 12) dropped", True, """
أسعار الذهب في مصر اليوم الثلاثاء 20 يناير 2026
واصلت أسعار الذهب في مصر قفزاتها التاريخية في بداية تعاملات اليوم الثلاثاء 20 يناير 2026، لتسجل مستويات قياسية لم تبلغها من قبل.
وجاء الصعود المحلي مدفوعا بالقفزة الكبيرة للأوقية في الأسواق العالمية بعدما تخطت حاجز الـ 4712 دولارًا، وسط إقبال عالمي كثيف على المعدن الأصفر بوصفه ملاذا آمنا، وفيما يلي الأسعار المسجلة في محلات الصاغة دون احتساب المصنعية.
وسجل جرام الذهب عيار 24 حوالي 7169 جنيهًا للشراء و7146 جنيهًا للبيع، إذ يتجاوز العيار الأعلى نقاءً حاجز الـ 7150 جنيهًا لأول مرة بفعل الزخم الشرائي القوي للسبائك عالميا ومحليا.
وبلغ سعر جرام عيار 22 نحو 6571 جنيهًا للشراء و6550 جنيهًا للبيع.
أما عيار 21، الأكثر انتشارا، فسجل حوالي 6273 جنيهًا للشراء و6253 جنيهًا للبيع، بعدما قفز بنحو 33 جنيهًا في بداية تعاملات اليوم مقارنة بأسعار الأمس، ليعزز موقعه فوق مستويات الـ 6200 جنيه التاريخية.
وسجل جرام عيار 18 حوالي 5377 جنيهًا للشراء و5360 جنيهًا للبيع، فيما بلغ عيار 14 نحو 4182 جنيهًا للشراء و4168 جنيهًا للبيع.
""", [
    ev("gold-rally", "واصلت أسعار الذهب في مصر قفزاتها التاريخية", RALLY[0], "'في بداية تعاملات اليوم الثلاثاء 20 يناير 2026' shows the rally under way on Tue 20; the run of records of Mon 19 - Wed 21 Jan 2026 (my span)", end=RALLY[1]),
    ev("ounce-above-4712", "تخطت حاجز الـ 4712 دولارًا", "2026-01-19", "no own expression; the world price passed $4,712 an ounce just before the Tuesday-morning report (my span Mon 19 - Tue 20 Jan 2026)", end="2026-01-21"),
    ev("k24-above-7150", "يتجاوز العيار الأعلى نقاءً حاجز الـ 7150 جنيهًا لأول مرة", "2026-01-20", "the Tuesday 20 Jan 2026 prices of the report ('اليوم الثلاثاء 20 يناير 2026')"),
    ev("k21-jump-33", "قفز بنحو 33 جنيهًا في بداية تعاملات اليوم", "2026-01-20", "'في بداية تعاملات اليوم' = Tue 20 Jan 2026 (compared with 'أسعار الأمس', Mon 19)"),
])
art(S, "https://www.masrawy.com/news/news_economy/details/2026/1/21/2929395/%D8%B2%D9%8A%D8%A7%D8%AF%D8%A9-1480-%D8%AC%D9%86%D9%8A%D9%87-%D8%A7-%D9%81%D9%8A-%D8%A3%D9%82%D9%84-%D9%85%D9%86-24-%D8%B3%D8%A7%D8%B9%D8%A9-%D8%A7%D9%84%D8%AC%D9%86%D9%8A%D9%87-%D8%A7%D9%84%D8%B0%D9%87%D8%A8-%D9%8A%D8%AA%D8%AE%D8%B7%D9%89-52-%D8%A3%D9%84%D9%81-%D8%AC%D9%86%D9%8A%D9%87-%D9%84%D9%84%D9%85%D8%B1%D8%A9-%D8%A7%D9%84%D8%A3%D9%88%D9%84%D9%89",
    "2026-01-21", "date in the URL '/2026/1/21/' and stamp 'date 2026-01-21' (21 Jan 2026 was a Wednesday); headline rendered from the URL slug (the stored text has none); no date of its own in the text ('اليوم' only)", False, """
زيادة 1480 جنيهًا في أقل من 24 ساعة.. الجنيه الذهب يتخطى 52 ألف جنيه للمرة الأولى
واصلت أسعار الذهب في السوق المحلية مسارها الصعودي القوي خلال تعاملات اليوم، إذ دفع الارتفاع المتواصل في مختلف الأعيرة سعر الجنيه الذهب إلى كسر حاجز تاريخي جديد، ليتجاوز مستوى 52 ألف جنيه للمرة الأولى بزيادة قدرها 1480 جنيهًا في أقل من 24 ساعة.
وبلغ سعر الجنيه الذهب نحو 52,240 جنيهًا، مع فروق طفيفة بين تاجر وآخر بحسب قيمة المصنعية وهوامش الربح، ويمثل هذا السعر قيمة الذهب الخالص بالجنيه دون أي تكاليف إضافية.
وتزامن هذا الصعود مع بلوغ أسعار الذهب في مصر قمة تاريخية جديدة بمنتصف تعاملات اليوم، إذ وصل سعر جرام الذهب عيار 21 إلى نحو 6530 جنيهًا.
كما سجل جرام عيار 14 حوالي 4353 جنيهًا، وجرام عيار 18 نحو 5597 جنيهًا، في حين ارتفع جرام عيار 24 إلى 7462 جنيهًا.
ويأتي هذا الارتفاع المحلي مدفوعا بالقفزات القياسية للمعدن النفيس في الأسواق العالمية، بعدما لامست أسعار الأوقية مستوى تاريخيا جديدا قرب 4862 دولارًا، بحسب أحدث بيانات وكالة بلومبرج.
""", [
    ev("gold-rally", "واصلت أسعار الذهب في السوق المحلية مسارها الصعودي القوي", RALLY[0], "'خلال تعاملات اليوم' = Wed 21 Jan 2026, the peak of the run of Mon 19 - Wed 21 Jan (my span)", end=RALLY[1]),
    ev("gold-pound-52000", "ليتجاوز مستوى 52 ألف جنيه للمرة الأولى", PEAK, "'خلال تعاملات اليوم' = Wed 21 Jan 2026 (up 1,480 pounds 'في أقل من 24 ساعة')"),
    ev("wednesday-record", "بلوغ أسعار الذهب في مصر قمة تاريخية جديدة بمنتصف تعاملات اليوم", PEAK, "'بمنتصف تعاملات اليوم' = Wed 21 Jan 2026"),
    ev("ounce-record", "لامست أسعار الأوقية مستوى تاريخيا جديدا قرب 4862 دولارًا", PEAK, "no own expression; the world record of the ounce reported on Wed 21 Jan 2026 (Bloomberg's latest data)"),
])
art(S, "https://www.matnnews.com/265040",
    "2026-01-22", "headline 'اليوم الخميس 22 يناير' and body 'اليوم الخميس 22 يناير 2026' (kept; 22 Jan 2026 was a Thursday); the sub-heading and the last, truncated sentence (on US inflation data) dropped", True, """
تحديث أسعار الذهب اليوم الخميس 22 يناير: عيار 21 والجنيه الذهب يترقبان تحركات "الأوقية" العالمية
سجلت أسعار الذهب من عيار 24، اليوم الخميس 22 يناير 2026، استقرارا نسبيا مع افتتاح التعاملات الصباحية في السوق المصرية، وهو استقرار يأتي بعد سلسلة من التقلبات العنيفة التي عرفتها الصاغة خلال الأيام القليلة الماضية. ويشكل هذا الثبات فترة "التقاط أنفاس" للمعدن الأصفر بعد التراجع الملحوظ الذي سجلته الأسعار في ختام تداولات أمس الأربعاء.
ويسود الحذر والترقب الشديد بين المتعاملين وصغار المستثمرين في أعقاب موجة التصحيح الأخيرة التي ضربت السوق. ووفق التحديثات اللحظية الصادرة عن منصات تداول الذهب والمجوهرات، استقر جرام عيار 24 عند 7400 جنيه متأثرا بالتحركات العالمية العنيفة للأوقية، بعد أن خسر قرابة 55 جنيهًا في التعاملات المسائية المتأخرة ليوم أمس، إثر تسجيله مستويات قياسية غير مسبوقة دفعت بعض المتعاملين إلى جني الأرباح سريعا.
ويرتبط أداء الذهب في السوق المصرية ارتباطا وثيقا بالمتغيرات العالمية.
""", [
    ev("thursday-market", "سجلت أسعار الذهب من عيار 24، اليوم الخميس 22 يناير 2026", THU, "'اليوم الخميس 22 يناير 2026' (a Thursday)"),
    ev("recent-volatility", "سلسلة من التقلبات العنيفة التي عرفتها الصاغة خلال الأيام القليلة الماضية", RALLY[0], "'خلال الأيام القليلة الماضية' from Thu 22 = the swings of Mon 19 - Wed 21 Jan 2026 (my span)", end=RALLY[1]),
    ev("wednesday-evening-drop", "التراجع الملحوظ الذي سجلته الأسعار في ختام تداولات أمس الأربعاء", PEAK, "'في ختام تداولات أمس الأربعاء' from Thu 22 = Wed 21 Jan 2026 (also 'في التعاملات المسائية المتأخرة ليوم أمس')"),
    ev("wednesday-record", "تسجيله مستويات قياسية غير مسبوقة دفعت بعض المتعاملين", PEAK, "no own expression; the highs reached before the evening fall of 'يوم أمس' = Wed 21 Jan 2026"),
])
art(S, "https://www.elbalad.news/6843780",
    "2026-01-22", "the body's 'اليوم، الخميس 22 يناير 2026' (kept; 22 Jan 2026 was a Thursday); the byline and photo tag dropped; headline kept from the page; the price list turned into sentences", True, """
مفاجأة في الأسعار.. تراجع الذهب في مستهل التعاملات اليوم
واصلت أسعار الذهب تراجعها في السوق المحلية اليوم، الخميس 22 يناير 2026، متأثرة بتراجع المعدن الأصفر في الأسواق العالمية، إذ خسر جرام الذهب عيار 21، الأكثر تداولا، نحو 110 جنيهات مقارنة بمستهل التعاملات المسائية.
وجاءت أسعار الذهب في مصر خلال ختام التعاملات على النحو الآتي: عيار 24 بسعر 7360 جنيهًا للبيع و7315 جنيهًا للشراء، وعيار 22 بسعر 6745 جنيهًا للبيع و6705 جنيهات للشراء، وعيار 21، الأكثر انتشارا، بسعر 6440 جنيهًا للبيع و6400 جنيه للشراء.
وبلغ سعر عيار 18 نحو 5520 جنيهًا للبيع و5485 جنيهًا للشراء، وعيار 14 نحو 4295 جنيهًا للبيع و4265 جنيهًا للشراء، وعيار 12 نحو 3680 جنيهًا للبيع و3655 جنيهًا للشراء.
وسجل الجنيه الذهب 51,520 جنيهًا للبيع و51,200 جنيه للشراء، وبلغت أوقية الذهب في مصر 228,920 جنيهًا للبيع و227,500 جنيه للشراء، فيما سجلت الأونصة عالميا 4,795.01 دولار أمريكي.
ويأتي هذا التراجع في ظل حالة من الترقب في الأسواق، مع استمرار تأثر الأسعار المحلية بتحركات السعر العالمي للمعدن الأصفر وبسعر صرف العملات.
""", [
    ev("thursday-market", "واصلت أسعار الذهب تراجعها في السوق المحلية اليوم، الخميس 22 يناير 2026", THU, "'اليوم، الخميس 22 يناير 2026' (a Thursday)"),
    ev("global-gold-drop", "تراجع المعدن الأصفر في الأسواق العالمية", PEAK, "no own expression; the world price fell back from its Wednesday record on Wed 21 - Thu 22 Jan 2026 (my span)", end="2026-01-23"),
    ev("k21-loss-110", "خسر جرام الذهب عيار 21، الأكثر تداولا، نحو 110 جنيهات", PEAK, "no own expression; the fall 'مقارنة بمستهل التعاملات المسائية' (the evening session before the Thursday report), my span Wed 21 - Thu 22 Jan 2026", end="2026-01-23"),
])

# ---------------------------------------------------------------- egypt-rate-cut-oct-2025
S = "egypt-rate-cut-oct-2025"
MPC = "2025-10-02"                         # the Monetary Policy Committee's sixth meeting of 2025, Thu 2 Oct 2025
art(S, "https://www.masrawy.com/news/news-banking/details/2025/10/1/2864399/%D8%A7%D9%84%D9%85%D8%B1%D9%83%D8%B2%D9%8A-%D9%8A%D8%AD%D8%B3%D9%85-%D8%B3%D8%B9%D8%B1-%D8%A7%D9%84%D9%81%D8%A7%D8%A6%D8%AF%D8%A9-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D9%88%D8%AF%D8%A7%D8%A6%D8%B9-%D9%88%D8%A7%D9%84%D9%82%D8%B1%D9%88%D8%B6-%D8%BA%D8%AF%D8%A7",
    "2025-10-01", "date in the URL '/2025/10/1/' and stamp 'date 2025-10-01' (1 Oct 2025 was a Wednesday); the body's 'غدا الخميس' agrees (the meeting was on Thu 2 Oct); the byline 'كتبت- منال المصري' dropped; headline kept from the page; no date of its own in the text", False, """
المركزي يحسم سعر الفائدة على الودائع والقروض غدا
يعقد البنك المركزي المصري غدا الخميس اجتماعه السادس خلال 2025 لحسم سعر الفائدة على الإيداع والإقراض.
وكان البنك المركزي قد خفض سعر الفائدة 2% في اجتماعه الأخير لتصل إلى 22% للإيداع و23% للإقراض، بعد تباطؤ معدل التضخم.
ومنذ بداية العام الحالي، تراجع سعر الفائدة بنسبة 5.25% على 3 مرات، بفضل انحسار التضخم وتحسن أداء الجنيه.
وكان معدل التضخم السنوي في مدن مصر قد انخفض إلى 12% في أغسطس مقابل 13.9% في يوليو الماضي.
""", [
    ev("mpc-meeting", "يعقد البنك المركزي المصري غدا الخميس اجتماعه السادس", MPC, "'غدا الخميس' from Wed 1 Oct = Thu 2 Oct 2025"),
    ev("aug-cut", "قد خفض سعر الفائدة 2% في اجتماعه الأخير", "2025-08-28", "'في اجتماعه الأخير' = the MPC meeting of Thu 28 Aug 2025 (outside knowledge)"),
    ev("cuts-since-january", "تراجع سعر الفائدة بنسبة 5.25% على 3 مرات", "2025-04-17", "'منذ بداية العام الحالي' = the cuts of 17 Apr, 22 May and 28 Aug 2025 (outside knowledge); span 17 Apr - 28 Aug", end="2025-08-29"),
    ev("august-inflation", "معدل التضخم السنوي في مدن مصر قد انخفض إلى 12%", "2025-08-01", "'في أغسطس' = the urban inflation rate for August 2025", end="2025-09-01"),
])
art(S, "https://www.klma.org/finance/%D8%A7%D9%84%D8%A8%D9%86%D9%83-%D8%A7%D9%84%D9%85%D8%B1%D9%83%D8%B2%D9%8A-%D8%A7%D9%84%D9%85%D8%B5%D8%B1%D9%8A-%D9%8A%D8%AE%D9%81%D8%B6-%D8%A3%D8%B3%D8%B9%D8%A7%D8%B1-%D8%A7%D9%84%D9%81%D8%A7%D8%A6",
    "2025-10-02", "the body's 'اليوم الخميس 2 أكتوبر 2025' (kept; 2 Oct 2025 was a Thursday), stamp 'date 2025-10-02'; headline rendered from the URL slug; the question sub-headings turned into sentences", True, """
البنك المركزي المصري يخفض أسعار الفائدة
في خطوة مهمة كانت الأسواق تترقبها، أعلن البنك المركزي المصري خفض أسعار الفائدة في اجتماع لجنة السياسة النقدية المنعقد اليوم الخميس 2 أكتوبر 2025، وسط مساع متواصلة للموازنة بين دعم الاقتصاد وكبح التضخم.
وقررت لجنة السياسة النقدية خفض أسعار الفائدة الرئيسية بنسبة 1%، أي 100 نقطة أساس، ليصبح سعر عائد الإيداع لليلة واحدة 21.00%، وسعر عائد الإقراض لليلة واحدة 22.00%، وسعر العملية الرئيسية 21.50%، وسعر الائتمان والخصم 21.50%.
وسعر الإيداع هو الفائدة التي يحصل عليها البنك التجاري عندما يودع أمواله لدى البنك المركزي، أما سعر الإقراض فهو الفائدة التي يدفعها البنك التجاري إذا اقترض من البنك المركزي، فيما يستخدم البنك المركزي سعر العملية الرئيسية في تعاملاته الأساسية مع البنوك.
ويرمي هذا الخفض إلى دعم النمو الاقتصادي وتحفيز الاستثمار، لا سيما مع مؤشرات تراجع معدلات التضخم في الفترة الأخيرة، ويرى خبراء أن القرار يمهد لتحسن تدريجي في البيئة النقدية خلال الأشهر القادمة.
""", [
    ev("mpc-meeting", "اجتماع لجنة السياسة النقدية المنعقد اليوم الخميس 2 أكتوبر 2025", MPC, "'اليوم الخميس 2 أكتوبر 2025' (a Thursday)"),
    ev("oct-rate-cut", "وقررت لجنة السياسة النقدية خفض أسعار الفائدة الرئيسية بنسبة 1%", MPC, "no own expression; the decision of the meeting of Thu 2 Oct 2025"),
    ev("inflation-slowdown", "مؤشرات تراجع معدلات التضخم في الفترة الأخيرة", "2025-07-01", "'في الفترة الأخيرة' = the easing of inflation in the months before the meeting (urban inflation 13.9 % in July, 12 % in August 2025); my span Jul - Sep 2025", end="2025-10-01"),
])
art(S, "https://www.elbalad.news/6718179",
    "2025-10-02", "stamp 'date 2025-10-02' and the body's 'اليوم الخميس 2 أكتوبر 2025' (kept; 2 Oct 2025 was a Thursday); headline written from the body (the stored text has none); the sub-heading and the last, truncated section (certificate rates) dropped", True, """
البنوك تتجه لمراجعة عائد الشهادات المتغيرة بعد خفض الفائدة
تتجه البنوك الحكومية والخاصة العاملة في السوق المصرية إلى مراجعة أسعار الفائدة على الشهادات الادخارية ذات العائد المتغير، بعد قرار البنك المركزي المصري بخفض أسعار الفائدة الأساسية بمقدار 1%، لتبلغ حاليا 21% على الإيداع و22% على الإقراض و21.5% لسعر العملية الرئيسية، بحسب ما أعلنه البنك المركزي.
وتعد شهادات العائد المتغير من أبرز المنتجات الادخارية التي تتأثر مباشرة بتحركات السياسة النقدية، ومن أبرزها الشهادة البلاتينية للبنك الأهلي المصري وشهادة القمة من بنك مصر، إلى جانب منتجات مماثلة تطرحها بنوك القاهرة والتجاري الدولي والكويت الوطني – مصر وقناة السويس وتنمية الصادرات.
وكانت لجنة السياسة النقدية بالبنك المركزي المصري قد أقرت في اجتماعها اليوم الخميس 2 أكتوبر 2025 خفض سعري عائد الإيداع والإقراض لليلة واحدة وسعر العملية الرئيسية بمقدار 100 نقطة أساس، لتصل إلى 21% و22% و21.5% على التوالي، إلى جانب خفض سعر الائتمان والخصم إلى 21.5%.
ويأتي القرار في ضوء تقييم اللجنة لتطورات التضخم وتوقعاته خلال الفترة المقبلة، بما يعكس توجها لدعم النشاط الاقتصادي مع الحفاظ على استقرار الأسعار.
""", [
    ev("banks-review", "تتجه البنوك الحكومية والخاصة العاملة في السوق المصرية إلى مراجعة", MPC, "no own expression; the banks' review of variable-rate certificates after the cut of Thu 2 Oct 2025 (my span 2-9 Oct)", end="2025-10-10"),
    ev("oct-rate-cut", "قرار البنك المركزي المصري بخفض أسعار الفائدة الأساسية بمقدار 1%", MPC, "no own expression; the decision of Thu 2 Oct 2025 (dated later in the text)"),
    ev("mpc-meeting", "في اجتماعها اليوم الخميس 2 أكتوبر 2025", MPC, "'اليوم الخميس 2 أكتوبر 2025' (a Thursday)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 300)
                            if i != 201 and i != 299
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 302-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: parliamentary questioning, interpellations and no-confidence
motions against ministers: the Iraqi parliament's dismissal of the Defence Minister Khaled al-Obeidi (Iraq, August
2016), the Jordanian no-confidence motion against Hani Mulki's government (Jordan, February 2018), the interpellation
of Sheikh Mohammad Al-Abdullah and the Kuwaiti cabinet's resignation before the confidence vote (Kuwait, October
2017), the Libyan House of Representatives' withdrawal of confidence from the Government of National Unity (Libya,
September 2021), and the collapse of the opposition's censure motion against Aziz Akhannouch's government (Morocco,
May 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-obeidi-no-confidence-2016
S = "iraq-obeidi-no-confidence-2016"
VOTE = "2016-08-25"                        # secret ballot, 142 for / 102 against, Thu 25 Aug 2016
INTERP = "2016-08-01"                      # the interpellation session of Mon 1 Aug 2016 (Obeidi accuses Jubouri)
EXCHANGE = ("2016-08-01", "2016-08-11")    # the exchange of accusations that broke out early in August (my span)
POSTPONED = "2016-08-23"                   # the vote put off at the session of Tue 23 Aug 2016
SADR = "2016-08-26"                        # Muqtada al-Sadr's statement, Fri 26 Aug 2016
art(S, "https://arabicpost.net/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/2016/08/25/%d9%85%d8%ac%d9%84%d8%b3-%d8%a7%d9%84%d9%86%d9%88%d8%a7%d8%a8-%d8%a7%d9%84%d8%b9%d8%b1%d8%a7%d9%82%d9%8a-%d9%8a%d9%82%d9%8a%d9%84-%d9%88%d8%b2%d9%8a%d8%b1-%d8%a7%d9%84%d8%af%d9%81%d8%a7%d8%b9-%d8%ae",
    "2016-08-25", "date in the URL '/2016/08/25/' and the body's 'الخميس 25 أغسطس/آب 2016' for the vote reported the same day (25 Aug 2016 was a Thursday); an AFP report; headline rendered from the URL slug (the stored text has none)", True, """
مجلس النواب العراقي يقيل وزير الدفاع خالد العبيدي
أقال مجلس النواب العراقي بالأغلبية، الخميس 25 أغسطس/آب 2016، وزير الدفاع خالد العبيدي، إثر سلسلة من الاتهامات المتعلقة بملفات فساد وجهها إليه نواب في المجلس.
وبحسب النائب أحمد السلماني، جرى الاقتراع سريا وعلى الورق، فأيد 142 نائبا سحب الثقة من الوزير في حين عارض 102 نائب إقالته.
ويطال سحب الثقة واحدا من أبرز الحلفاء السنة لرئيس الوزراء حيدر العبادي داخل الحكومة، في وقت تتأهب فيه القوات العراقية لشن هجوم تستعيد به مدينة الموصل من قبضة تنظيم الدولة الإسلامية.
وتشكل إقالة العبيدي أحدث فصول الاتهامات المتبادلة بينه وبين رئيس البرلمان سليم الجبوري، والتي اندلعت مطلع الشهر.
وكان البرلمان قد استجوب وزير الدفاع قبل أسابيع بشأن ملفات فساد، غير أن الوزير فاجأ النواب باتهام رئيس البرلمان بالوقوف خلف ملفات فساد وبابتزازه.
""", [
    ev("obeidi-dismissal-vote", "أقال مجلس النواب العراقي بالأغلبية، الخميس 25 أغسطس/آب 2016", VOTE, "'الخميس 25 أغسطس/آب 2016' (a Thursday)"),
    ev("accusations-exchange", "الاتهامات المتبادلة بينه وبين رئيس البرلمان سليم الجبوري، والتي اندلعت مطلع الشهر", EXCHANGE[0], "'مطلع الشهر' = early August 2016: the accusations began at the interpellation of Mon 1 Aug and were traded over the following days (my span 1-10 Aug)", end=EXCHANGE[1]),
    ev("obeidi-interpellation", "قد استجوب وزير الدفاع قبل أسابيع", INTERP, "'قبل أسابيع' from 25 Aug; the interpellation session of Mon 1 Aug 2016 (outside knowledge; masrytoday: 'جلسة استجوابه أول أغسطس')"),
    ev("obeidi-accuses-speaker", "فاجأ النواب باتهام رئيس البرلمان", INTERP, "no own expression; the accusation made at the interpellation of Mon 1 Aug 2016 ('قبل أسابيع')"),
])
art(S, "https://www.masress.com/ona/2701458",
    "2016-08-25", "no date on the stored page (a repost of the Egyptian ONA agency); the body's 'اليوم الخميس' for the statement and for the vote, which was held on Thu 25 Aug 2016 (arabicpost), gives Thu 25 Aug 2016; headline written from the body (the stored text has none); no date of its own in the text", False, """
العبيدي: التصويت على إقالتي انتصار لمن أوصل العراق إلى ما هو عليه
رأى وزير الدفاع العراقي خالد العبيدي أن تصويت مجلس النواب على إقالته يمثل انتصارا لمن أوصلوا العراق إلى ما هو عليه الآن.
وقال العبيدي في بيان أصدره اليوم الخميس، بحسب ما نشره موقع روسيا اليوم الإخباري، إن من أوصلوا العراق إلى حاله انتصروا أخيرًا، طالبا من الشعب والجيش أن يعذروه، فقد حاول أن يحارب الفساد بما أتيح له من إمكانات، لكن يبدو أن أرباب الفساد أقوى منه وأعلى صوتا وأمضى فعلا.
وأضاف أنه سيبقى، رغم إقالته، جنديا بين جنود شعب العراق الساعين إلى محاربة الفساد والمفسدين.
ويذكر أن مجلس النواب العراقي صوّت اليوم الخميس على إقالة وزير الدفاع، وشارك في التصويت 262 نائبا، أيد 142 منهم الإقالة ورفضها 102، فيما امتنع 18 آخرون عن التصويت.
""", [
    ev("obeidi-statement", "وقال العبيدي في بيان أصدره اليوم الخميس", VOTE, "'اليوم الخميس' = Thu 25 Aug 2016 (the statement issued after the vote)"),
    ev("obeidi-dismissal-vote", "صوّت اليوم الخميس على إقالة وزير الدفاع", VOTE, "'اليوم الخميس' = Thu 25 Aug 2016"),
])
art(S, "https://sauress.com/alweeam/421507",
    "2016-08-26", "no date on the stored page (a repost of the Saudi site al-Weeam); the body's 'تم تأجيل التصويت في جلسة الثلاثاء الماضي إلى امس الخميس' with the vote of Thu 25 Aug 2016 gives Fri 26 Aug 2016; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
البرلمان العراقي يحجب الثقة عن وزير الدفاع خالد العبيدي
صوّت البرلمان العراقي، امس، على حجب الثقة عن وزير الدفاع خالد العبيدي، وهو ما يعني إقالته من منصبه.
وتأتي هذه الخطوة على خلفية اتهامات للوزير بالتورط في ملفات فساد.
وأفادت رحاب العبودة، النائبة عن "ائتلاف دولة القانون" الحاكم، بأن مجلس النواب صوّت سرا بأغلبية 142 صوتا لحجب الثقة عن العبيدي، مقابل 102 نائب أرادوا إبقاءه، بينما أبطل 18 نائبا أصواتهم.
وحضر جلسة التصويت 262 نائبا من أصل 328 هم مجموع أعضاء البرلمان العراقي.
وتولى نائب رئيس البرلمان، آرام الشيخ محمد، إدارة التصويت بعدما اعتذر رئيس البرلمان سليم الجبوري عن ذلك لحساسية المسألة، إذ سبق أن اتهمه العبيدي بـ"ابتزازه ماليا" مقابل الحيلولة دون استجوابه في البرلمان بشأن اتهامات بـ"الفساد".
وكان البرلمان قد قرر أن يجري التصويت على حجب الثقة عن وزير الدفاع بالاقتراع السري، بدلا من رفع الأيدي أو التصويت الإلكتروني، خلافا لما جرت عليه العادة سابقا في حالات مماثلة.
وظهرت خلافات بين الكتل السياسية حول إقالة وزير الدفاع أو إبقائه، قبيل أيام من عزم البرلمان طرح مسألة إقالته، وأُجّل التصويت في جلسة الثلاثاء الماضي إلى امس الخميس.
""", [
    ev("obeidi-dismissal-vote", "صوّت البرلمان العراقي، امس، على حجب الثقة", VOTE, "'امس' from Fri 26 = Thu 25 Aug 2016 (the text's 'امس الخميس')"),
    ev("obeidi-accuses-speaker", "إذ سبق أن اتهمه العبيدي بـ\"ابتزازه ماليا\"", INTERP, "no own expression ('سبق أن'); the accusation made at the interpellation of Mon 1 Aug 2016"),
    ev("vote-postponed", "وأُجّل التصويت في جلسة الثلاثاء الماضي", POSTPONED, "'جلسة الثلاثاء الماضي' from Fri 26 = Tue 23 Aug 2016"),
])
art(S, "https://28novembre.net/taxonomy/term/2203",
    "2016-08-26", "page stamp 'جمعة, 26/08/2016 - 19:29' under the headline (kept; 26 Aug 2016 was a Friday); the tag line ('العراق البرلمان العراقي مقتدى الصدر التيار الصدري') and the page furniture dropped", True, """
الصدر يتهم البرلمان العراقي بالفساد ودعم الفاسدين
جمعة, 26/08/2016 - 19:29
وجّه الزعيم الشيعي البارز مقتدى الصدر، الجمعة، إلى مجلس النواب العراقي، الذي سحب الثقة من وزير الدفاع خالد العبيدي، تهمة الفساد ومساندة الفاسدين، وفق ما جاء في بيان صدر الجمعة.
وكان مجلس النواب العراقي قد صوّت الخميس بالأغلبية على إقالة وزير الدفاع خالد العبيدي، بعد سلسلة من الاتهامات بملفات فساد وجهها الوزير إلى رئيس المجلس سليم الجبوري وعدد من النواب.
""", [
    ev("sadr-statement", "وجّه الزعيم الشيعي البارز مقتدى الصدر، الجمعة", SADR, "'الجمعة' = Fri 26 Aug 2016 (the stamp's day)"),
    ev("obeidi-dismissal-vote", "قد صوّت الخميس بالأغلبية على إقالة وزير الدفاع", VOTE, "'الخميس' before Fri 26 = Thu 25 Aug 2016"),
    ev("obeidi-accuses-speaker", "سلسلة من الاتهامات بملفات فساد وجهها الوزير إلى رئيس المجلس", INTERP, "no own expression; the accusations Obeidi made at his interpellation of Mon 1 Aug 2016"),
])

# ---------------------------------------------------------------- jordan-mulki-no-confidence-vote-2018
S = "jordan-mulki-no-confidence-vote-2018"
MEMO = "2018-02-04"                        # the Islah bloc's memo asking for a confidence session, Sun 4 Feb 2018
SCHED = "2018-02-13"                       # Speaker Atef Tarawneh puts the memo on the agenda (Petra, Tue 13 Feb)
CONF = "2018-02-18"                        # the confidence vote of Sun 18 Feb 2018 (67 for, 49 against)
PRICES = ("2018-01-01", "2018-02-01")      # the government's sales-tax and bread-price decisions of January 2018
PROTESTS = ("2018-02-01", "2018-02-19")    # the street protests and night marches (my span, from the marches of 1-2 Feb)
CONTACTS = ("2018-02-16", "2018-02-18")    # 'خلال اليومين الماضيين' before Sun 18 Feb
RESHUFFLE = ("2018-02-19", "2018-03-01")   # the reshuffle announced 'قبل نهاية الشهر الجاري'
art(S, "https://aljarida.com/articles/1518544349285624300/amp",
    "2018-02-14", "page stamp '14-02-2018' under the section and headline at the foot of the stored page (kept, moved to the first line; 14 Feb 2018 was a Wednesday, the Kuwaiti daily's issue); the article id begins with the Unix time 1518544349 = 13 Feb 2018 17:52 UTC, the evening before; the section word 'دوليات' dropped", True, """
14-02-2018
مجلس النواب الأردني يطرح الثقة بالحكومة الأحد
أفادت وكالة الأنباء الأردنية "بترا" أمس بأن رئيس مجلس النواب الأردني عاطف الطراونة قرر إدراج مذكرة حجب الثقة عن حكومة هاني الملقي على جدول أعمال جلسة يعقدها المجلس مساء يوم الأحد المقبل.
وكانت كتلة الإصلاح النيابية قد تقدمت في الرابع من فبراير الجاري بمذكرة تطلب عقد جلسة خاصة لطرح الثقة بالحكومة، بسبب رفعها ضريبة المبيعات على السلع، ولأنها، بحسب نص المذكرة، غير مؤهلة وعاجزة عن النهوض بمتطلبات المرحلة ومواجهة ما يكتنفها من تحديات على الصعد السياسية والاقتصادية والاجتماعية وحتى الأمنية.
""", [
    ev("session-scheduled", "قرر إدراج مذكرة حجب الثقة عن حكومة هاني الملقي", SCHED, "reported by Petra 'أمس' from Wed 14 = Tue 13 Feb 2018"),
    ev("confidence-vote", "جلسة يعقدها المجلس مساء يوم الأحد المقبل", CONF, "'مساء يوم الأحد المقبل' from Wed 14 = Sun 18 Feb 2018"),
    ev("islah-memo", "قد تقدمت في الرابع من فبراير الجاري بمذكرة", MEMO, "'في الرابع من فبراير الجاري' = Sun 4 Feb 2018"),
    ev("price-decisions", "بسبب رفعها ضريبة المبيعات على السلع", PRICES[0], "no own expression; the government's sales-tax rises decided in January 2018 (almoslim: 'في يناير المنصرم'); my span January 2018", end=PRICES[1]),
])
art(S, "http://www.alarrabnews.com/newsView.php?id=119866",
    "2018-02-18", "page line 'تاريخ النشر : 2018-02-18' (kept; 18 Feb 2018 was a Sunday) and the body's 'اليوم الاحد'; headline kept from the page (without 'د.'); the page furniture (editor, phone number, 'صفحة للطباعة', view count) and the last, truncated words dropped", True, """
في أفضل الحالات... حكومة الملقي باقية بثقة جديدة في جلسة النواب اليوم
تاريخ النشر : 2018-02-18
ينظر مجلس النواب في جلسته اليوم الاحد في مذكرة طرح الثقة بحكومة الدكتور هاني الملقي، التي قدمها 22 نائبا.
وتؤكد مصادر نيابية وحكومية أن المجلس سيقترع اليوم على الثقة بالحكومة أو عدمها، ما لم يطلب رئيس الوزراء تأجيل جلسة الثقة لمدة عشرة ايام.
ورجّحت المصادر ذاتها ألا يطلب رئيس الوزراء التأجيل، مع أن المادة (53) من الدستور تمنحه حق طلب تأجيل الاقتراع على الثقة لمدة لا تتجاوز عشرة ايام.
وبموجب الدستور، تُعقد جلسة الثقة بالحكومة إما بطلب من رئيس الوزراء وإما بطلب يوقعه عشرة أعضاء على الأقل من مجلس النواب، فيما تنص المادة 54 على أن حجب الثقة عن الحكومة يستلزم أن يصوت بالحجب نصف عدد أعضاء مجلس النواب زائدا واحدا.
وشهدت الساحة السياسية خلال اليومين الماضيين اتصالات مكثفة بين النواب أنفسهم من جهة، وبين وزراء ونواب من جهة أخرى.
""", [
    ev("confidence-vote", "المجلس سيقترع اليوم على الثقة بالحكومة", CONF, "'اليوم' = Sun 18 Feb 2018 ('جلسته اليوم الاحد')"),
    ev("islah-memo", "في مذكرة طرح الثقة بحكومة الدكتور هاني الملقي، التي قدمها 22 نائبا", MEMO, "no own expression; the memo submitted on Sun 4 Feb 2018 (aljarida, elaph)"),
    ev("intensive-contacts", "اتصالات مكثفة بين النواب أنفسهم", CONTACTS[0], "'خلال اليومين الماضيين' before Sun 18 = Fri 16 - Sat 17 Feb 2018", end=CONTACTS[1]),
])
art(S, "http://elaph.com/Web/News/2018/2/1191057.html",
    "2018-02-18", "no day on the stored page (the URL gives only '2018/2'); the body's 'اليوم الأحد' for the vote, which was held on Sun 18 Feb 2018 (alarrabnews, al-Hayat 'أمس' on 19 Feb), gives Sun 18 Feb 2018; the byline 'نصر المجالي' and the sub-heading 'ترقب' dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
حكومة الملقي تنجو من حجب الثقة في البرلمان الأردني
تغلبت الحكومة الأردنية برئاسة هاني الملقي على "تهديد ووعيد" نواب توعدوا بإسقاطها، ونالت ثقة مجلس النواب بعدما حصلت على 67 صوتا من أصل 122 نائبا حضروا.
ففي جلسة برلمانية طال انتظارها، اليوم الأحد، ووسط تهديدات نيابية بإسقاط الحكومة، حجب 49 نائبا الثقة عن حكومة الملقي، فيما امتنع 4 نواب عن التصويت وغاب 8 بعذر، وحضر الجلسة 122 نائبا من أصل 130 يتألف منهم المجلس، ولم يشارك رئيسه المهندس عاطف الطراونة في التصويت.
وكانت كتلة الإصلاح النيابية، ذات الغالبية الإسلامية، قد قدمت في الرابع من الشهر الجاري مذكرة تطالب بعقد جلسة خاصة لطرح الثقة بالحكومة، بسبب رفعها ضريبة المبيعات على السلع، وعدم أهليتها وقدرتها على النهوض بمتطلبات المرحلة ومواجهة ما يكتنفها من تحديات سياسية واقتصادية واجتماعية وحتى أمنية.
وبقي الشارع الأردني يترقب جلسة الثقة بالحكومة بعد قرارات اقتصادية اتخذتها في الأسابيع الأخيرة وأشعلت احتجاجات ومسيرات شعبية رافضة.
وطالبت الاحتجاجات، التي لا يزال بعضها متواصلا إلى الآن في عدد من مدن المملكة، بإسقاط حكومة الملقي وحل مجلس النواب، فيما ذكرت التقارير أن الأزمة الاقتصادية وغلاء المعيشة وضعا نواب الأردن أمام اختبار حقيقي.
""", [
    ev("confidence-vote", "ففي جلسة برلمانية طال انتظارها، اليوم الأحد", CONF, "'اليوم الأحد' = Sun 18 Feb 2018"),
    ev("islah-memo", "قد قدمت في الرابع من الشهر الجاري مذكرة", MEMO, "'في الرابع من الشهر الجاري' = Sun 4 Feb 2018"),
    ev("price-decisions", "بعد قرارات اقتصادية اتخذتها في الأسابيع الأخيرة", PRICES[0], "'في الأسابيع الأخيرة' = the sales-tax and bread-price decisions of January 2018 (my span January 2018)", end=PRICES[1]),
    ev("street-protests", "التي لا يزال بعضها متواصلا إلى الآن في عدد من مدن المملكة", PROTESTS[0], "'إلى الآن' = still going on Sun 18 Feb 2018; the protests against the price rises since the marches of 1-2 Feb 2018 (my span 1-18 Feb)", end=PROTESTS[1]),
])
art(S, "http://ademocracynet.com/article_print.php?id=22143&section=news",
    "2018-02-19", "page line 'Date: Feb 19, 2018' (kept verbatim as the first line; 19 Feb 2018 was a Monday); the body's 'أمس' for the vote of Sun 18 Feb agrees; the source line 'Source: جريدة الحياة' dropped (a repost of al-Hayat); headline kept from the page; the last, truncated sentence dropped", True, """
Date: Feb 19, 2018
مجلس النواب الأردني يجدد الثقة بحكومة الملقي
جدد البرلمان الأردني ثقته بحكومة هاني الملقي، إذ منحها ٦٧ نائباً الثقة في مقابل ٤٩ حجبوها، بينما امتنع أربعة نواب فقط عن التصويت وغاب ثمانية.
ورأى مراقبون أن هذا التجديد جاء على حساب شعبية مجلس النواب، وبسبب ارتفاع سقف الشعارات والهتافات التي تتصدر مسيرات ليلية في عدد من محافظات المملكة، لا سيما أن المذكرة النيابية لطرح الثقة استندت إلى حراك الشارع المطالب بإسقاط الحكومة وحل مجلس النواب.
وطوى البرلمان الأردني أمس صفحة المذكرة التي قدمها نواب كتلة «الإصلاح» المحسوبة على حزب «جبهة العمل الإسلامي»، الذراع السياسية لجماعة «الإخوان المسلمين» غير المرخصة في البلاد.
وكانت سلسلة من الاجتماعات الرسمية قد عقدت في الديوان الملكي ورئاسة الحكومة لبحث سيناريوات المذكرة، وحذر خلالها رئيس مجلس النواب عاطف الطراونة من أن يأتي تجديد الثقة بالحكومة على حساب تحطيم الثقة الشعبية بالبرلمان.
وعلمت «الحياة» من مصادر نيابية أن الملقي سيجري تعديلا وزاريا قبل نهاية الشهر الجاري، يشارك فيه النواب الذين جددوا الثقة بحكومته في اختيار أسماء الوزراء المرشحين.
""", [
    ev("confidence-vote", "وطوى البرلمان الأردني أمس صفحة المذكرة", CONF, "'أمس' from Mon 19 = Sun 18 Feb 2018"),
    ev("islah-memo", "المذكرة التي قدمها نواب كتلة «الإصلاح»", MEMO, "no own expression; the memo of Sun 4 Feb 2018 (aljarida, elaph)"),
    ev("street-protests", "التي تتصدر مسيرات ليلية في عدد من محافظات المملكة", PROTESTS[0], "no own expression; the night marches going on in February 2018 (my span 1-18 Feb)", end=PROTESTS[1]),
    ev("reshuffle-planned", "سيجري تعديلا وزاريا قبل نهاية الشهر الجاري", RESHUFFLE[0], "'قبل نهاية الشهر الجاري' from Mon 19 Feb = 19-28 Feb 2018 (the reshuffle came on Sun 25 Feb 2018)", end=RESHUFFLE[1]),
])

# ---------------------------------------------------------------- kuwait-abdullah-interpellation-cabinet-resignation-2017
S = "kuwait-abdullah-interpellation-cabinet-resignation-2017"
OPEN = "2017-10-24"                        # opening session of the new term, Tue 24 Oct 2017: the emir's speech and the interpellation
RESIGN = "2017-10-30"                      # Sheikh Jaber al-Mubarak's cabinet resigns, accepted by the emir, Mon 30 Oct 2017
VOTESESS = ("2017-10-31", "2017-11-02")    # the session of Tue 31 Oct - Wed 1 Nov with the confidence vote set for Wed 1 Nov
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=8792358",
    "2017-10-25", "page stamp '10/25/2017' (with '00:00') under the headline (the date kept as the first line after the headline; 25 Oct 2017 was a Wednesday); the aggregator reposts a Kuwaiti daily's report of the session of Tue 24 Oct; headline kept from the page; the last, truncated sentence ('ووفقا للائحة حددت') dropped", True, """
الغانم: استجواب العبدالله كان راقيًا
10/25/2017
أوضح رئيس مجلس الأمة مرزوق علي الغانم، في تصريح أدلى به للصحافيين بعد انتهاء جلسة مجلس الأمة، أن الجلسة الافتتاحية استُهلت بالاستماع إلى النطق السامي، معتبرا إياه خارطة طريق للبرلمان، ومشيرا إلى أن تأثر الأعضاء جميعا بالخطاب السامي كان واضحا.
وأضاف أن سمو الأمير شخّص في نطقه السامي الكثير من الأمور المهمة.
وذكر أن الجلسة الأولى انطلقت بعد ذلك، وفاز فيها بالتزكية الدكتور عودة الرويعي بمنصب أمين السر ونايف المرداس بمنصب مراقب المجلس.
وبيّن الغانم أن المجلس انتقل بعدها إلى الاستجواب الذي قدمه النائبان عبد الكريم الكندري ورياض العدساني إلى وزير الدولة لشؤون مجلس الوزراء ووزير الإعلام بالوكالة الشيخ محمد العبدالله.
وشدد على أن الاستجواب جرى بمستوى راق من الطرفين بصرف النظر عن نتائجه الديمقراطية، لافتا إلى أن لكل طرف قناعته، وأن بعض المداخلات خرجت عن محاور الاستجواب، فكان من مسؤوليته بصفته مدير الجلسة أن يشطب ما خرج عن المحاور.
وأوضح أن هذا الخروج أدى إلى المشادة التي شهدها الحاضرون ولم يكن أحد يتمناها، وأنها انتهت، وبعد ذلك تقدم عشرة أعضاء بطلب لطرح الثقة بالوزير العبدالله.
""", [
    ev("opening-session", "أن الجلسة الافتتاحية استُهلت بالاستماع إلى النطق السامي", OPEN, "no own expression; the opening of the term on Tue 24 Oct 2017, reported under the stamp of Wed 25 Oct"),
    ev("interpellation", "أن المجلس انتقل بعدها إلى الاستجواب", OPEN, "'بعدها' = later in the same session of Tue 24 Oct 2017"),
    ev("confidence-motion-filed", "وبعد ذلك تقدم عشرة أعضاء بطلب لطرح الثقة", OPEN, "'وبعد ذلك' = at the end of the interpellation debate, Tue 24 Oct 2017"),
])
art(S, "https://static.kifache.com/%d8%a8%d8%b3%d8%a8%d8%a8-%d8%a7%d8%b3%d8%aa%d8%ac%d9%88%d8%a7%d8%a8%d8%a7%d8%aa-%d9%85%d8%ac%d9%84%d8%b3-%d8%a7%d9%84%d8%a3%d9%85%d8%a9-%d8%a7%d9%84%d8%ad%d9%83%d9%88%d9%85%d8%a9-%d8%a7%d9%84%d9%83",
    "2017-10-30", "page line 'الإثنين 30 أكتوبر 2017 على الساعة 17:02' (kept as the first line; 30 Oct 2017 was a Monday) and the body's 'اليوم الاثنين (30 أكتوبر)'; the site's news ticker (Moroccan items) and the last, truncated word ('وكان') dropped; headline kept from the page, slightly re-worded", True, """
الإثنين 30 أكتوبر 2017 على الساعة 17:02
بسبب استجوابات مجلس الأمة.. الحكومة الكويتية تستقيل
رفع رئيس مجلس الوزراء الكويتي، الشيخ جابر مبارك الحمد الصباح، اليوم الاثنين (30 أكتوبر)، استقالة حكومته إلى أمير البلاد الشيخ صباح الأحمد الجابر الصباح.
وأتت استقالة رئيس الحكومة وأعضائها عشية انعقاد جلسة لمجلس الأمة كان مقررا أن يُصوَّت فيها على طلب طرح الثقة بوزير الدولة لشؤون مجلس الوزراء ووزير الإعلام بالوكالة الشيخ محمد عبد الله المبارك الصباح، إثر استجواب قدمه له نائبان في المجلس.
ونقلت وكالة الأنباء الكويتية (كونا) أن أمير البلاد قبل استقالة رئيس مجلس الوزراء والوزراء، على أن يواصل كل منهم تصريف العاجل من شؤون منصبه إلى حين تشكيل الوزارة الجديدة.
""", [
    ev("cabinet-resignation", "اليوم الاثنين (30 أكتوبر)، استقالة حكومته", RESIGN, "'اليوم الاثنين (30 أكتوبر)' = Mon 30 Oct 2017"),
    ev("confidence-vote-session", "عشية انعقاد جلسة لمجلس الأمة كان مقررا أن يُصوَّت فيها", VOTESESS[0], "'عشية' = the eve of the session of Tue 31 Oct - Wed 1 Nov 2017, at which the vote was set for Wed 1 Nov (my span 31 Oct - 1 Nov)", end=VOTESESS[1]),
    ev("interpellation", "إثر استجواب قدمه له نائبان في المجلس", OPEN, "no own expression; the interpellation of Tue 24 Oct 2017"),
    ev("emir-accepts", "أن أمير البلاد قبل استقالة رئيس مجلس الوزراء والوزراء", RESIGN, "no own expression; the emiri order of Mon 30 Oct 2017, the same day"),
])
art(S, "https://syrianpc.com/%d8%b1%d8%a6%d9%8a%d8%b3-%d9%88%d8%b2%d8%b1%d8%a7%d8%a1-%d8%a7%d9%84%d9%83%d9%88%d9%8a%d8%aa-%d9%8a%d9%82%d8%af%d9%85-%d8%a7%d8%b3%d8%aa%d9%82%d8%a7%d9%84%d8%a9-%d8%ad%d9%83%d9%88%d9%85%d8%aa%d9%87",
    "2017-10-30", "no date on the stored page (a repost of an Anadolu report); the body's 'اليوم الإثنين' for the resignation, which was on Mon 30 Oct 2017 (kifache), gives Mon 30 Oct 2017; headline rendered from the URL slug (the stored text has none); the agency tag 'الاناضول' dropped; the source's typo 'قيل يومين' read as 'قبل يومين'; no date of its own in the text", False, """
رئيس وزراء الكويت يقدم استقالة حكومته
وافق أمير الكويت الشيخ صباح الأحمد الجابر الصباح، اليوم الإثنين، على استقالة رئيس مجلس الوزراء، وفق ما أوردته وكالة الأنباء الكويتية.
وأصدر الأمير أمرا أميريا بقبول الاستقالة، كلف فيه الوزراء بتصريف العاجل من شؤون مناصبهم إلى حين تشكيل الوزارة الجديدة.
وكان رئيس مجلس الوزراء الكويتي، الشيخ جابر الصباح، قد رفع في وقت سابق اليوم استقالة حكومته إلى أمير البلاد.
وتأتي الاستقالة بعد أقل من أسبوع على استجواب النائبين رياض العدساني وعبد الكريم الكندري لوزير الإعلام بالوكالة، وتقدم 10 نواب بطلب طرح الثقة فيه.
كما تأتي قبل يومين من جلسة التصويت على الطلب، التي حددها رئيس مجلس الأمة (البرلمان) الكويتي بعد غد الأربعاء.
ويستلزم حجب الثقة النصف زائدا واحدا، أي 32 صوتا، من مجموع أعضاء المجلس الـ 50 والوزراء البالغ عددهم حاليًا 14 وزيرًا، وهم أعضاء في البرلمان بحكم الدستور وبينهم نائب منتخب، ليصبح العدد الكلي 63 عضوا.
وتناول استجواب الوزير الكويتي 5 محاور هي: الأمانة العامة لمجلس الوزراء، والبطالة، والإعلام، والتضليل في الأسئلة البرلمانية، وإدارة الفتوى والتشريع.
""", [
    ev("emir-accepts", "وافق أمير الكويت الشيخ صباح الأحمد الجابر الصباح، اليوم الإثنين", RESIGN, "'اليوم الإثنين' = Mon 30 Oct 2017"),
    ev("cabinet-resignation", "قد رفع في وقت سابق اليوم استقالة حكومته", RESIGN, "'في وقت سابق اليوم' = earlier on Mon 30 Oct 2017"),
    ev("interpellation", "بعد أقل من أسبوع على استجواب النائبين", OPEN, "'بعد أقل من أسبوع' before Mon 30 Oct: the interpellation of Tue 24 Oct 2017"),
    ev("confidence-motion-filed", "وتقدم 10 نواب بطلب طرح الثقة فيه", OPEN, "no own expression; the request filed at the end of the interpellation, Tue 24 Oct 2017"),
    ev("confidence-vote-session", "جلسة التصويت على الطلب، التي حددها", VOTESESS[0], "'بعد غد الأربعاء' from Mon 30 Oct = Wed 1 Nov 2017 (key span 31 Oct - 1 Nov, the two-day session)", end=VOTESESS[1]),
])
art(S, "https://alwatan.com.sa/article/357697",
    "2017-10-31", "no date on the stored page (Saudi al-Watan); the body's 'أمس' for the resignation of Mon 30 Oct 2017 and 'جلسته الاعتيادية المقررة اليوم وغدا' (the session of Tue 31 Oct - Wed 1 Nov) give Tue 31 Oct 2017; the source's slip in the first sentence (it has the state minister himself hand in 'his government's' resignation) re-worded to the resignation of the government in which he served; headline written from the body (the stored text has none); no date of its own in the text", False, """
الحكومة الكويتية تستقيل قبل التصويت على طرح الثقة بوزير الإعلام بالوكالة
قُدّمت أمس استقالة الحكومة الكويتية، التي يشغل فيها الشيخ محمد عبدالله المبارك الصباح منصب وزير الدولة لشؤون مجلس الوزراء، وقبلها أمير الكويت مكلفا الوزراء بتصريف الأعمال.
وشدد رئيس مجلس الأمة الكويتي مرزوق الغانم على أنه لن يدعو إلى أي جلسات مقبلة قبل تشكيل الحكومة الجديدة، موضحا أنه سيعلن ذلك في مستهل جلسة اليوم ثم يرفعها.
ويتزامن ذلك مع موعد جلسة مجلس الأمة الاعتيادية المقررة اليوم وغدا لبحث عدد من البنود، وفي مقدمتها التصويت على طلب طرح الثقة في وزير الدولة لشؤون مجلس الوزراء وزير الإعلام بالوكالة الشيخ محمد عبدالله المبارك الصباح.
ووفق جدول الأعمال، سيصوت المجلس غدا على طلب طرح الثقة في الشيخ محمد العبدالله، الذي قدمه عدد من النواب بعد استجواب النائبين عبدالكريم الكندري ورياض العدساني للوزير في جلسة افتتاح دور الانعقاد الثلاثاء الماضي.
وكان الوزير قد أكد مسبقا أنه سيواصل عمله ولن يستقيل أو يطلب إعفاءه من منصبه، وذلك بعد انتهاء مناقشة الاستجواب الموجه إليه من النائبين العدساني والكندري.
""", [
    ev("cabinet-resignation", "قُدّمت أمس استقالة الحكومة الكويتية", RESIGN, "'أمس' from Tue 31 = Mon 30 Oct 2017"),
    ev("emir-accepts", "وقبلها أمير الكويت مكلفا الوزراء بتصريف الأعمال", RESIGN, "no own expression; the emiri order of Mon 30 Oct 2017"),
    ev("session-adjourned", "سيعلن ذلك في مستهل جلسة اليوم ثم يرفعها", "2017-10-31", "'جلسة اليوم' = the session of Tue 31 Oct 2017 (announced, then adjourned)"),
    ev("confidence-vote-session", "سيصوت المجلس غدا على طلب طرح الثقة", VOTESESS[0], "'غدا' from Tue 31 Oct = Wed 1 Nov 2017 (key span 31 Oct - 1 Nov, 'المقررة اليوم وغدا')", end=VOTESESS[1]),
    ev("interpellation", "في جلسة افتتاح دور الانعقاد الثلاثاء الماضي", OPEN, "'الثلاثاء الماضي' from Tue 31 Oct = Tue 24 Oct 2017"),
])

# ---------------------------------------------------------------- libya-gnu-confidence-withdrawn-2021
S = "libya-gnu-confidence-withdrawn-2021"
MONDAY = "2021-09-20"                      # HoR session in Tobruk, Mon 20 Sep 2021: inquiry committee, no quorum on the request
WITHDRAWN = "2021-09-21"                   # confidence withdrawn, 89 of 113, Tue 21 Sep 2021; HCS rejection; UNSMIL statement
REQUEST = "2021-09-13"                     # the request of 45 MPs announced at the session of Mon 13 Sep 2021
INQUIRY = ("2021-09-20", "2021-10-05")     # the inquiry committee's two weeks 'من تاريخه'
ELECTLAW = ("2021-09-08", "2021-09-10")    # Aguila Saleh's ratification of the presidential election law (8-9 Sep 2021)
HAFTAR = "2021-09-22"                      # Haftar hands his duties to al-Nadhouri, Wed 22 Sep 2021
ELECTIONS = "2021-12-24"                   # the elections set for 24 Dec 2021
art(S, "https://almayadeen.net/news/politics/%D9%84%D9%8A%D8%A8%D9%8A%D8%A7:-%D9%85%D8%AC%D9%84%D8%B3-%D8%A7%D9%84%D9%86%D9%88%D8%A7%D8%A8-%D9%8A%D8%B4%D9%83%D9%84-%D9%84%D8%AC%D9%86%D8%A9-%D8%AE%D8%A7%D8%B5%D8%A9-%D9%84%D9%84%D8%AA%D8%AD%D9%82%D9%8A%D9%82-%D9%85%D8%B9-%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9",
    "2021-09-20", "no date on the stored page; the body's 'اليوم الإثنين' for the session that formed the inquiry committee, held on Mon 20 Sep 2021 (tuniscope and lywitness on 21 Sep: 'أمس الاثنين'), gives Mon 20 Sep 2021; headline kept from the page; the photo caption and the last, truncated sentence (Dbeibah's visit to Cairo) dropped; no date of its own in the text", False, """
ليبيا: مجلس النواب يشكل لجنة خاصة للتحقيق مع الحكومة
قرر مجلس النواب الليبي، بعد جلسته اليوم، تشكيل لجنة تحقق مع الحكومة في ما أبرمته من اتفاقيات وما أصدرته من تكليفات وقرارات.
وأفاد المتحدث باسم مجلس النواب الليبي، عبد الله بليحيق، اليوم الإثنين، بأن المجلس بحث الطلب الذي قدمه 45 نائباً لسحب الثقة من الحكومة.
وأضاف أن المجلس، بعد نقاشات ومداولات بشأن أداء الحكومة، قرر تشكيل لجنة برلمانية تحقق معها في الاتفاقيات والتكليفات والقرارات التي اتخذتها في عدد من الملفات، على أن تنهي عملها في غضون أسبوعين من تاريخه.
وأكد بليحيق أن المجلس قرر أيضا تشكيل لجنة تدرس القانون رقم 10 لسنة 2014 الخاص بانتخاب مجلس النواب، وتقترح ما يلزمه من تعديلات وتعرضها عليه.
وأوضح أن هذه اللجنة يحق لها الاستعانة باللجنة التشريعية والدستورية في المجلس، على أن تقدم مقترحها خلال جلسة الأسبوع القادم.
وذكرت وكالة الأنباء الليبية "وال" أن الجلسة رُفعت من دون التوصل إلى اتفاق بشأن طلب النواب الـ45 سحب الثقة من الحكومة، بسبب عدم اكتمال النصاب.
""", [
    ev("inquiry-committee", "قرر مجلس النواب الليبي، بعد جلسته اليوم، تشكيل لجنة", MONDAY, "'بعد جلسته اليوم' = Mon 20 Sep 2021 ('اليوم الإثنين')"),
    ev("monday-session", "بأن المجلس بحث الطلب الذي قدمه 45 نائباً", MONDAY, "'اليوم الإثنين' = Mon 20 Sep 2021"),
    ev("inquiry-deadline", "على أن تنهي عملها في غضون أسبوعين من تاريخه", INQUIRY[0], "'في غضون أسبوعين من تاريخه' from Mon 20 Sep = by Mon 4 Oct 2021", end=INQUIRY[1]),
    ev("election-law-committee", "قرر أيضا تشكيل لجنة تدرس القانون رقم 10 لسنة 2014", MONDAY, "no own expression; the same session of Mon 20 Sep 2021"),
    ev("withdrawal-request", "طلب النواب الـ45 سحب الثقة من الحكومة", REQUEST, "no own expression; the request of 45 MPs announced at the session of Mon 13 Sep 2021 (islamtimes 14 Sep: 'جلسة اليوم'; lywitness: 'الأسبوع الماضي')"),
])
art(S, "https://ahdethalyaoum.net/2021/09/21/%D9%85%D8%AC%D9%84%D8%B3-%D8%A7%D9%84%D9%86%D9%88%D8%A7%D8%A8-%D8%A7%D9%84%D9%84%D9%8A%D8%A8%D9%8A-%D9%8A%D8%B5%D9%88%D9%91%D8%AA-%D8%B9%D9%84%D9%89-%D8%B3%D8%AD%D8%A8-%D8%A7%D9%84%D8%AB%D9%91%D9%82",
    "2021-09-21", "date in the URL '/2021/09/21/' and the body's 'اليوم الثلاثاء 21 سبتمبر 2021' (kept; 21 Sep 2021 was a Tuesday); headline rendered from the URL slug (the stored text has none); the last, truncated sentence (the GNU's taking office) dropped", True, """
مجلس النواب الليبي يصوّت على سحب الثقة من حكومة الدبيبة
أقر مجلس النواب الليبي، اليوم الثلاثاء 21 سبتمبر 2021، سحب الثقة من حكومة الوحدة الوطنية التي يرأسها عبد الحميد الدبيبة، في حين أعلن مجلس الدولة الاستشاري رفضه لهذه الخطوة، واصفا الإجراء بأنه "باطل ومخالف للإعلان الدستوري".
ويمثل تصويت البرلمان الليبي، الذي يتخذ من شرق البلاد مقرا، على حجب الثقة عن حكومة الوحدة الوطنية ضربة جديدة لمساعي السلام التي تدعمها الأمم المتحدة.
وأوضح المتحدث باسم مجلس النواب أن 89 نائبا من بين 113 حضروا في مدينة طبرق شرقا صوتوا لسحب الثقة من حكومة رئيس الوزراء المؤقت عبد الحميد الدبيبة التي تتخذ من طرابلس مقرا، وذلك قبل ثلاثة أشهر من الموعد المحدد للانتخابات.
وتأتي هذه الخطوة بعدما صادق رئيس المجلس التشريعي في وقت سابق من هذا الشهر على قانون انتخابات مثير للجدل، يُرى أنه تخطى الإجراءات القانونية الواجبة وصب في مصلحة الرجل القوي في الشرق المشير خليفة حفتر.
في المقابل، أكد المتحدث باسم المجلس الأعلى للدولة محمد بن عبدالناصر أن المجلس يرفض إجراءات سحب الثقة من حكومة الوحدة الوطنية ويعدها باطلة لمخالفتها الإعلان الدستوري والاتفاق السياسي، كما يعد باطلا كل ما يترتب عليها.
""", [
    ev("confidence-withdrawn", "أقر مجلس النواب الليبي، اليوم الثلاثاء 21 سبتمبر 2021، سحب الثقة", WITHDRAWN, "'اليوم الثلاثاء 21 سبتمبر 2021' (a Tuesday)"),
    ev("elections-24-dec", "قبل ثلاثة أشهر من الموعد المحدد للانتخابات", ELECTIONS, "'قبل ثلاثة أشهر من الموعد المحدد' = the elections set for Fri 24 Dec 2021 (outside knowledge)"),
    ev("election-law-ratified", "صادق رئيس المجلس التشريعي في وقت سابق من هذا الشهر على قانون انتخابات", ELECTLAW[0], "'في وقت سابق من هذا الشهر' = early September 2021: Aguila Saleh's ratification of the presidential election law, dated 8 Sep and announced 9 Sep 2021 (outside knowledge)", end=ELECTLAW[1]),
    ev("hcs-rejection", "أكد المتحدث باسم المجلس الأعلى للدولة محمد بن عبدالناصر أن المجلس يرفض", WITHDRAWN, "no own expression; the High Council of State's statement of the same Tue 21 Sep 2021"),
])
art(S, "https://www.alkhaleej.ae/2021-09-23/%D8%A7%D9%84%D8%A8%D8%B9%D8%AB%D8%A9-%D8%A7%D9%84%D8%A3%D9%85%D9%85%D9%8A%D8%A9-%D9%81%D9%8A-%D9%84%D9%8A%D8%A8%D9%8A%D8%A7-%D8%AA%D8%B1%D9%81%D8%B6-%D9%82%D8%B1%D8%A7%D8%B1-%D8%B3%D8%AD%D8%A8-%D8%A7%D9%84%D8%AB%D9%82%D8%A9-%D9%85%D9%86-%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%A7%D9%84%D9%88%D8%AD%D8%AF%D8%A9/%D8%A7%D9%84%D8%B9%D8%B1%D8%A8/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9",
    "2021-09-23", "date in the URL '/2021-09-23/' and the page time '01:45 صباحا' (kept as the second line; no date of its own); the body's 'أمس الأربعاء' (Haftar's step of Wed 22 Sep) and 'بيان الثلاثاء' (UNSMIL, Tue 21 Sep) agree with Thu 23 Sep 2021; the reading-time line, the sub-heading 'الهدف الأسمى' and the last, truncated sentence dropped; headline kept from the page", False, """
البعثة الأممية في ليبيا ترفض قرار سحب الثقة من حكومة الوحدة
01:45 صباحا
أكدت بعثة الأمم المتحدة للدعم في ليبيا أن حكومة الوحدة الوطنية الحالية تبقى الحكومة الشرعية إلى أن تحل محلها حكومة أخرى عبر عملية منتظمة تلي الانتخابات، بينما شدد رئيس الحكومة عبد الحميد الدبيبة، في أول تعليق له بعد قرار حجب الثقة عن حكومته، على عزمها مواصلة مسيرة «الحفاظ على الوطن» وطرد «شبح الحرب» بلا رجعة.
وفي الأثناء، أسند المشير خليفة حفتر، القائد العام للجيش الليبي، أمس الأربعاء، مهام القائد العام إلى رئيس أركان الجيش الفريق عبد الرازق الناظوري، استعدادا للترشح للانتخابات.
وذكرت البعثة، في بيان الثلاثاء، أنها تلقت «بقلق» تقارير عن حجب البرلمان الثقة عن الحكومة، مضيفة أن التركيز الأساسي للحكومة يبقى المضي بالبلاد نحو الانتخابات البرلمانية والرئاسية في 24 ديسمبر 2021، وتقديم الخدمات الضرورية للشعب.
ودعت البعثة مجلس النواب وكل المؤسسات والأطراف السياسية الفاعلة إلى التركيز على إنجاز الإطار الدستوري والتشريعي للانتخابات، وتجنب أي خطوة من شأنها تقويض العملية الانتخابية أو وحدة البلاد وأمنها واستقرارها.
""", [
    ev("dbeibah-first-comment", "في أول تعليق له بعد قرار حجب الثقة عن حكومته", WITHDRAWN, "no own expression; Dbeibah's speech of the evening of Tue 21 Sep 2021 (thelevantnews: 'خلال كلمة له مساء الثلاثاء')"),
    ev("haftar-handover", "أسند المشير خليفة حفتر، القائد العام للجيش الليبي، أمس الأربعاء", HAFTAR, "'أمس الأربعاء' from Thu 23 = Wed 22 Sep 2021"),
    ev("un-statement", "وذكرت البعثة، في بيان الثلاثاء", WITHDRAWN, "'بيان الثلاثاء' = Tue 21 Sep 2021"),
    ev("confidence-withdrawn", "تقارير عن حجب البرلمان الثقة عن الحكومة", WITHDRAWN, "no own expression; the vote of Tue 21 Sep 2021"),
    ev("elections-24-dec", "الانتخابات البرلمانية والرئاسية في 24 ديسمبر 2021", ELECTIONS, "'24 ديسمبر 2021' (a Friday)"),
])
art(S, "https://em-center.com/%D8%B1%D9%81%D8%B6-%D8%AF%D9%88%D9%84%D9%8A-%D9%84%D9%85%D9%86%D8%A7%D9%88%D8%B1%D8%A9-%D8%A7%D9%84%D8%A8%D8%B1%D9%84%D9%85%D8%A7%D9%86-%D8%A7%D9%84%D9%84%D9%8A%D8%A8%D9%8A--%D8%A8%D8%B3%D8%AD%D8%A8-%D8%A7%D9%84%D8%AB%D9%82%D8%A9-%D9%85%D9%86-%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%A7%D9%84%D8%AF%D8%A8%D9%8A%D8%A8%D8%A9",
    "2021-09-25", "page line 'السبت - 25 سبتمبر 2021' under the headline (kept; 25 Sep 2021 was a Saturday); headline kept from the page (quotation marks dropped); the last, truncated sentence (the four Western countries' call of Wednesday evening) dropped", True, """
رفض دولي لمناورة البرلمان الليبي بسحب الثقة من حكومة الدبيبة
السبت - 25 سبتمبر 2021
عرف الملف الليبي تطورات عديدة على مدار الساعات القليلة الماضية، تمثلت في ردود فعل دولية رافضة لمناورة البرلمان الليبي بسحب الثقة من حكومة الدبيبة.
فقد شددت الأمم المتحدة والولايات المتحدة والاتحاد الأوروبي على وجوب إجراء الانتخابات في موعدها، ورفضت قرار سحب الثقة من حكومة الدبيبة.
وفي سياق متصل، أعلن حفتر تخليه مؤقتا عن منصبه ليترشح للرئاسة، في وقت تثار فيه مخاوف من دور مصري مريب يعرقل الحل السياسي.
وكانت بعثة الأمم المتحدة للدعم في ليبيا قد ذكرت، الثلاثاء، في بيان على حسابها في موقع "تويتر"، أن حكومة الوحدة الوطنية الحالية تبقى الحكومة الشرعية إلى أن تُستبدل بها حكومة أخرى عبر عملية منتظمة تعقب الانتخابات.
وأضافت البعثة أن التركيز الأساسي للحكومة يبقى قيادة البلاد نحو الانتخابات البرلمانية والرئاسية في 24 ديسمبر/كانون الأول 2021، وتقديم الخدمات الضرورية للشعب.
كذلك أعلنت الخارجية الأمريكية، الخميس، دعمها لإجراء الانتخابات الرئاسية والبرلمانية في ليبيا في موعدها المقرر في 24 كانون أول/ ديسمبر المقبل، وفقا لخارطة الطريق.
""", [
    ev("international-reactions", "تمثلت في ردود فعل دولية رافضة", WITHDRAWN, "'على مدار الساعات القليلة الماضية' before Sat 25 Sep: the reactions of Tue 21 - Fri 24 Sep 2021 (my span 21-25 Sep)", end="2021-09-26"),
    ev("confidence-withdrawn", "ورفضت قرار سحب الثقة من حكومة الدبيبة", WITHDRAWN, "no own expression; the vote of Tue 21 Sep 2021"),
    ev("haftar-handover", "أعلن حفتر تخليه مؤقتا عن منصبه ليترشح للرئاسة", HAFTAR, "no own expression; Haftar's step of Wed 22 Sep 2021 (alkhaleej: 'أمس الأربعاء')"),
    ev("un-statement", "وكانت بعثة الأمم المتحدة للدعم في ليبيا قد ذكرت، الثلاثاء", WITHDRAWN, "'الثلاثاء' before Sat 25 = Tue 21 Sep 2021"),
    ev("us-statement", "كذلك أعلنت الخارجية الأمريكية، الخميس، دعمها", "2021-09-23", "'الخميس' before Sat 25 = Thu 23 Sep 2021"),
    ev("elections-24-dec", "في موعدها المقرر في 24 كانون أول/ ديسمبر المقبل", ELECTIONS, "'24 كانون أول/ ديسمبر المقبل' = Fri 24 Dec 2021"),
])

# ---------------------------------------------------------------- morocco-censure-motion-collapse-2025
S = "morocco-censure-motion-collapse-2025"
USFP = "2025-05-16"                        # the USFP group's statement ending all coordination, Fri 16 May 2025 (morning)
PJDMEET = "2025-05-17"                     # the PJD general secretariat's meeting, Sat 17 May 2025
PJDSTAT = ("2025-05-17", "2025-05-19")     # the PJD statement issued after that meeting (my span 17-18 May)
REPLY = ("2025-05-18", "2025-05-24")       # the USFP's reply to the PJD, reported on Fri 23 May (my span 18-23 May)
art(S, "https://sahranews.net/2025/05/16/%D8%A7%D9%84%D8%A7%D8%AA%D8%AD%D8%A7%D8%AF-%D8%A7%D9%84%D8%A7%D8%B4%D8%AA%D8%B1%D8%A7%D9%83%D9%8A-%D9%8A%D9%8F%D9%86%D9%87%D9%8A-%D9%85%D8%B3%D9%84%D8%B3%D9%84-%D9%85%D9%84%D8%AA%D9%85%D8%B3-%D8%A7/",
    "2025-05-16", "date in the URL '/2025/05/16/' and the body's 'صباح اليوم الجمعة 16 مايو 2025' (kept; 16 May 2025 was a Friday); headline rendered from the URL slug (the stored text has none); the last, truncated sentence dropped", True, """
الاتحاد الاشتراكي يُنهي مسلسل ملتمس الرقابة
أعلن الفريق الاشتراكي بمجلس النواب، في بيان صدر صباح اليوم الجمعة 16 مايو 2025، وقف أي تنسيق يخص ملتمس الرقابة الذي كان يرمي إلى إسقاط حكومة عزيز أخنوش، واضعا بذلك حدا لمبادرة كانت تعد أبرز أداة دستورية بيد المعارضة لحجب الثقة عن الحكومة أو إحراجها سياسيا.
وعزا الفريق، في البيان الذي وقعه رئيسه عبد الرحيم شهيد واطلعت "الصحراء نيوز" على نسخة منه، هذا القرار إلى انعدام رغبة فعلية لدى بقية مكونات المعارضة في تفعيل الملتمس، وإلى الإصرار على إغراق المبادرة في التفاصيل الشكلية وإهدار الزمن السياسي.
ووجه الاتحاديون انتقادات حادة لأداء الحكومة، متحدثين عن اختلالات أضرت بإصلاحاتها الاقتصادية والاجتماعية، وعن إخفاق الأغلبية في الوفاء بوعودها الانتخابية.
وأشار البيان إلى أن الاتحاد كان يعلم أن المعارضة لن تتمكن من جمع الأغلبية المطلقة اللازمة لتمرير الملتمس، لكنه راهن على إطلاق نقاش سياسي هادئ بشأن التحديات الوطنية والإصلاحات الضرورية.
وعرض الفريق سياق المبادرة، فذكّر باتفاق أبريل 2024 بين فرق المعارضة على تفعيل الملتمس، وهو الاتفاق الذي أُجهض حين رفض أحد الأطراف التنسيق، قبل أن تعود الفكرة في أبريل 2025 إثر تعثر تشكيل لجنة لتقصي الحقائق بشأن دعم المواشي، ليجري الاتفاق من جديد على صياغة مذكرة الملتمس وجمع التوقيعات.
""", [
    ev("usfp-withdrawal", "أعلن الفريق الاشتراكي بمجلس النواب، في بيان صدر صباح اليوم الجمعة 16 مايو 2025", USFP, "'صباح اليوم الجمعة 16 مايو 2025' (a Friday)"),
    ev("april-2024-agreement", "فذكّر باتفاق أبريل 2024 بين فرق المعارضة", "2024-04-01", "'أبريل 2024' = April 2024", end="2024-05-01"),
    ev("april-2025-revival", "قبل أن تعود الفكرة في أبريل 2025", "2025-04-01", "'في أبريل 2025' = April 2025", end="2025-05-01"),
])
art(S, "https://kawalisserif.com/2025/05/20/%d8%a7%d9%84%d8%a8%d9%8a%d8%ac%d9%8a%d8%af%d9%8a-%d9%8a%d9%86%d8%aa%d9%82%d8%af-%d8%a7%d9%86%d8%b3%d8%ad%d8%a7%d8%a8%d8%a7%d9%8b-%d9%85%d8%b4%d8%a8%d9%88%d9%87%d8%a7%d9%8b-%d9%85%d9%86-%d8%aa",
    "2025-05-20", "date in the URL '/2025/05/20/' (20 May 2025 was a Tuesday); the body's 'يوم 17 ماي الجاري' (the meeting) agrees; headline rendered from the URL slug (the stored text has none); the last, truncated paragraph (the royal message to the Arab summit) dropped; no date of its own in the text", False, """
البيجيدي ينتقد انسحابا مشبوها من تنسيق ملتمس الرقابة
أبدت الأمانة العامة لحزب العدالة والتنمية استياءها الشديد مما سمته "التنصل غير المسؤول والمريب" لأحد أحزاب المعارضة من الاتفاق المشترك على تقديم ملتمس الرقابة ضد الحكومة.
وأكد الحزب، إثر اجتماع عقده يوم 17 ماي الجاري، أن هذا السلوك يذكّر بدور سابق في "عرقلة تشكيل الأغلبية الحكومية بعد انتخابات 2016"، واتهم الطرف المنسحب بلعب أدوار تضعف المشهد السياسي وتربك المسار الديمقراطي الوطني، على الرغم من تاريخه النضالي العريق.
ويأتي موقف "البيجيدي" بعد إعلان الفريق الاشتراكي ـ المعارضة الاتحادية وقف كل أشكال التنسيق مع باقي فرق المعارضة بشأن ملتمس الرقابة، وهي ثاني مرة يتراجع فيها عن هذا التنسيق، مما أربك صفوف المعارضة البرلمانية.
وفي المقابل، أعلنت الأمانة العامة للحزب أنها تعتزم تنظيم ندوة صحافية لتسليط الضوء على مستجدات الملف، وإحداث لجنة لليقظة التشريعية، وتنظيم أيام دراسية حول الفلاحة والصيد البحري، احتجاجا على ما عدته "تسريعا غير مبرر" لتمرير القوانين الحكومية دون مراعاة الدور الرقابي للبرلمان.
""", [
    ev("pjd-statement", "أبدت الأمانة العامة لحزب العدالة والتنمية استياءها الشديد", PJDSTAT[0], "no own expression; the statement issued after the meeting of Sat 17 May 2025 (my span 17-18 May)", end=PJDSTAT[1]),
    ev("pjd-meeting", "إثر اجتماع عقده يوم 17 ماي الجاري", PJDMEET, "'يوم 17 ماي الجاري' = Sat 17 May 2025"),
    ev("usfp-withdrawal", "بعد إعلان الفريق الاشتراكي ـ المعارضة الاتحادية وقف كل أشكال التنسيق", USFP, "no own expression; the USFP group's statement of Fri 16 May 2025 (sahranews)"),
])
art(S, "https://assahafa.com/%d8%a7%d9%84%d8%a7%d8%aa%d8%ad%d8%a7%d8%af-%d8%a7%d9%84%d8%a7%d8%b4%d8%aa%d8%b1%d8%a7%d9%83%d9%8a-%d9%8a%d8%b1%d8%af-%d8%b9%d9%84%d9%89-%d8%a7%d9%84%d8%a8%d9%8a%d8%ac%d9%8a%d8%af%d9%8a-%d9%85%d9%84",
    "2025-05-23", "page date line '23 مايو 2025' under the headline (kept; 23 May 2025 was a Friday); the dateline 'الصحافة _ كندا' and the last, truncated sentence dropped; headline kept from the page", True, """
الاتحاد الاشتراكي يرد على البيجيدي: ملتمس الرقابة ليس مزايدة سياسية ولا ملكية حزبية
23 مايو 2025
ردا مباشرا على انتقادات حزب العدالة والتنمية لانسحاب الاتحاد الاشتراكي من مسار ملتمس الرقابة، أصدر الاتحاد بلاغا سياسيا حادا أكد فيه أن قراره "سيادي" و"نابع من استقلالية حزبه"، ونفى أي "صفقات سياسية" أو "تفاهمات في الكواليس" كما ألمح إلى ذلك بعض قادة البيجيدي.
وذكر حزب الاتحاد الاشتراكي للقوات الشعبية أن ملتمس الرقابة ليس أداة مستحدثة في أدبياته، وإنما جزء من تاريخه السياسي الممتد منذ الستينيات، مذكرا بأنه سبق أن لجأ إلى هذه الآلية في سياقات سياسية أشد تعقيدا.
وانتقد الحزب ما سماه محاولات "السطو الرمزي والمؤسساتي" على أدوات العمل البرلماني، محذرا من تحويلها إلى "مناورات ظرفية هدفها تسجيل نقاط حزبية ضيقة".
ورأى البلاغ، الذي حمل عنوان "هل تعلمون أن هناك تاريخًا وسياسة قبل وبعد ملتمس الرقابة؟"، أن قيادة العدالة والتنمية تمارس ضربا من "التشويش والتبخيس" إزاء مبادرة كانت تقتضي، في نظر الاتحاد، نقاشا مسؤولا، لا أن تتحول إلى منصة للتنمر وتبادل الاتهامات.
""", [
    ev("usfp-reply", "أصدر الاتحاد بلاغا سياسيا حادا", REPLY[0], "no own expression; the USFP's statement answering the PJD, reported on Fri 23 May 2025 (my span 18-23 May)", end=REPLY[1]),
    ev("pjd-statement", "ردا مباشرا على انتقادات حزب العدالة والتنمية", PJDSTAT[0], "no own expression; the PJD statement after its meeting of Sat 17 May 2025 (my span 17-18 May)", end=PJDSTAT[1]),
    ev("usfp-withdrawal", "لانسحاب الاتحاد الاشتراكي من مسار ملتمس الرقابة", USFP, "no own expression; the USFP group's statement of Fri 16 May 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 302
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 580-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: municipal and local elections in Arab countries: voting
day, turnout, results, appeals.
Stories: Jordan's municipal and governorate (decentralization) councils election of 15 August 2017; the fourth
and last round of Lebanon's municipal and mukhtar elections in the South and Nabatieh governorates (24 May
2025); Morocco's communal elections of 12 June 2009.
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- jordan-municipal-decentralization-elections-2017
S = "jordan-municipal-decentralization-elections-2017"
VOTE = "2017-08-15"                        # polling day, Tue 15 Aug 2017 (polls closed at 9 pm after an extension)
RESULTS = "2017-08-16"                     # the Independent Election Commission's official results, Wed 16 Aug 2017
art(S, "https://royanews.tv/news/133932",
    "2017-08-15", "page stamp '13:31 2017-08-15' (removed); the body's 'صباح اليوم الثلاثاء' agrees (15 Aug 2017 was a Tuesday); the site greeting, gallery caption and image line dropped; headline kept from the page", True, """
١٣.١١% نسبة الاقتراع حتى الواحدة ظهرا
وصلت نسبة المشاركة الكلية في الانتخابات البلدية واللامركزية، التي بدأت صباح اليوم الثلاثاء في مختلف أنحاء المملكة، إلى ١١ر١٣ بالمائة حتى الساعة الواحدة ظهرا، بحسب الأرقام التي أعلنتها الهيئة المستقلة للانتخاب.
وبلغت نسبة الاقتراع في محافظة العاصمة ٧ بالمائة، وفي البلقاء ١٦,٧٠ بالمائة، والزرقاء ٧,٧٨ بالمائة، ومادبا ٢٠,١٨ بالمائة، وإربد ١٦,٧٦ بالمائة، والمفرق ٢٧,٣١ بالمائة.
أما محافظة جرش فسجلت ٢٤,٥٧ بالمائة، وعجلون ٢٧,٠٧ بالمائة، والكرك ٢٧,٠٥ بالمائة، والطفيلة ٢١,٨٠ بالمائة، ومعان ٢٣,٩١ بالمئة، في حين وصلت النسبة في محافظة العقبة إلى ١٥,٩٠ بالمائة.
""", [
    ev("voting-day", "التي بدأت صباح اليوم الثلاثاء في مختلف أنحاء المملكة", VOTE, "'صباح اليوم الثلاثاء' = Tue 15 Aug 2017"),
    ev("midday-turnout", "إلى ١١ر١٣ بالمائة حتى الساعة الواحدة ظهرا", VOTE, "'حتى الساعة الواحدة ظهرا' of the polling day, Tue 15 Aug 2017"),
    ev("governorate-midday-turnout", "وبلغت نسبة الاقتراع في محافظة العاصمة ٧ بالمائة", VOTE, "no own expression; the same 1 pm figures of Tue 15 Aug 2017"),
])
art(S, "https://nn.ps/news/shwwn-rby/2017/08/16/45876/",
    "2017-08-16", "date in the URL '/2017/08/16/'; the body's 'مساء أمس' for the end of polling of Tue 15 Aug 2017 agrees; the outlet tag 'النجاح الإخباري' dropped; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
إلغاء نتائج بلدية الموقر ونسبة مشاركة 31.7% في انتخابات البلديات واللامركزية بالأردن
أُسدل الستار مساء أمس على عملية التصويت في انتخابات المجالس البلدية ومجالس المحافظات (اللامركزية) في الأردن، بعد أن شارك فيها مليون و302 ألف و748 ناخبا وناخبة في أنحاء المملكة، أي بنسبة 31.7 بالمئة من مجموع من يحق لهم الاقتراع.
وفي المقابل، قرر مجلس مفوضي الهيئة المستقلة للانتخاب إلغاء نتائج انتخابات بلدية الموقر والدائرة 28 من مجالس المحافظة في العاصمة، الواقعتين في منطقة بدو الوسط، إثر اعتداءات نفذها "خارجون على القانون" على عدد من مراكز الاقتراع فيها، ما مس "سلامة العملية الانتخابية".
وبحسب ما صرح به رئيس مجلس المفوضين الدكتور خالد الكلالدة في تصريحات نقلها موقع "الغد" الأردني، فقد بنى المجلس قرار الإلغاء على المادة 55 من قانون البلديات والمادة 30 من قانون اللامركزية، على أن يعاد الاقتراع في موعد لاحق يقرره مجلس المفوضين.
وتعد منطقة بدو الوسط من أشد النقاط الانتخابية سخونة في المملكة منذ الانتخابات النيابية السابقة، إذ عرفت في تلك الانتخابات اعتداء مماثلا على مراكز الاقتراع ولجانه.
وأوضح الكلالدة، في المؤتمر الصحفي الذي عقد في المركز الإعلامي للانتخابات، أن صناديق الاقتراع أغلقت نهائيا الساعة التاسعة مساء.
""", [
    ev("voting-day", "أُسدل الستار مساء أمس على عملية التصويت", VOTE, "'مساء أمس' in an article of Wed 16 Aug 2017 = Tue 15 Aug"),
    ev("final-turnout", "أي بنسبة 31.7 بالمئة من مجموع من يحق لهم الاقتراع", VOTE, "no own expression; the turnout given at the close of polling on the night of Tue 15 Aug 2017"),
    ev("muwaqqar-results-cancelled", "إلغاء نتائج انتخابات بلدية الموقر", VOTE, "no own expression; the commission's decision announced by al-Kalaldeh at the press conference after the close of polling, on the night of Tue 15 Aug 2017"),
    ev("badia-2016-attack", "عرفت في تلك الانتخابات اعتداء مماثلا على مراكز الاقتراع", "2016-09-20", "'الانتخابات النيابية السابقة' = the parliamentary election of Tue 20 Sep 2016 (its polling day and the night of counting, my span 20-21 Sep)", end="2016-09-22"),
    ev("polls-closed", "أن صناديق الاقتراع أغلقت نهائيا الساعة التاسعة مساء", VOTE, "'الساعة التاسعة مساء' of the polling day, Tue 15 Aug 2017"),
])
art(S, "https://algeriatoday.com/amp/36/034706-64-%D8%B3%D9%8A%D8%AF%D8%A9-%D8%AA%D9%81%D9%88%D8%B2-%D8%A8%D9%85%D9%82%D8%A7%D8%B9%D8%AF-%D9%81%D9%8A-%D8%A7%D9%84%D9%85%D8%AC%D8%A7%D9%84%D8%B3-%D8%A7%D9%84%D9%85%D8%AD%D9%84%D9%8A%D8%A9-%D9%86%D8%AA%D9%8A%D8%AC%D8%A9-%D8%A7%D9%84%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA-%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86%D9%8A%D8%A9",
    "2017-08-17", "no date on the stored page; the body's 'أمس' for the official results (announced on Wed 16 Aug 2017, after noon, as garaanews foretold) and 'أول من أمس' for the vote of Tue 15 Aug 2017 give Thu 17 Aug 2017 (watania.net carries a similar report: 'النتائج الرسمية ... التي أجريت أول من أمس'); the tag line dropped; headline rendered from the URL slug; the last, truncated sentence shortened; no date of its own in the text", False, """
64 سيدة تفوز بمقاعد في المجالس المحلية نتيجة الانتخابات الأردنية
كشفت الهيئة المستقلة للانتخاب في الأردن أمس عن النتائج الرسمية لانتخابات البلديات ومجالس المحافظات التي جرت أول من أمس، بنسبة اقتراع قاربت 32 في المئة، مع تصويت محدود في المدن الكبرى ذات الكثافة السكانية المرتفعة، ولا سيما عمان والزرقاء وإربد.
وتنافس المرشحون على رئاسة 100 بلدية وعضوية 355 مجلسا محليا، إلى جانب 158 مقعدا في مجالس المحافظات الـ12، مع العلم أن انتخابات المحافظات هي الأولى منذ إقرار قانون اللامركزية أو مجالس المحافظات عام 2016، الذي أنشئت بمقتضاه إدارات محلية للمحافظات.
ولفتت الأنظار النتائج التي حصدها تحالف الإصلاح الوطني الذي يقوده الإسلاميون في البلاد، إذ أُعلن فوزه بـ76 مقعدا، منها رئاسة 3 بلديات، بينها بلدية الزرقاء، ثانية كبرى مدن البلاد من حيث عدد السكان (20 كيلومترا شرق عمان).
وظفر برئاسة بلديتها النائب الإسلامي السابق علي أبو السكر، الذي استطاع انتزاع حكم قضائي أتاح له الترشح للانتخابات البلدية، بعد أن كان قرار قضائي سابق قد منعه من الترشح للانتخابات النيابية على خلفية إسقاط نيابته عام 2006، إثر مشاركته مع عدد من النواب الإسلاميين في عزاء أبو مصعب الزرقاوي، الزعيم السابق لتنظيم "القاعدة" في العراق.
""", [
    ev("official-results", "كشفت الهيئة المستقلة للانتخاب في الأردن أمس عن النتائج الرسمية", RESULTS, "'أمس' in an article of Thu 17 Aug 2017 = Wed 16 Aug"),
    ev("voting-day", "لانتخابات البلديات ومجالس المحافظات التي جرت أول من أمس", VOTE, "'أول من أمس' from Thu 17 Aug 2017 = Tue 15 Aug"),
    ev("final-turnout", "بنسبة اقتراع قاربت 32 في المئة", VOTE, "no own expression; the turnout of the vote of Tue 15 Aug 2017 (nn.ps: 31.7 per cent, given that night)"),
    ev("decentralization-law", "منذ إقرار قانون اللامركزية أو مجالس المحافظات عام 2016", "2016-01-01", "'عام 2016' = the year 2016 only", end="2017-01-01"),
    ev("islah-76-seats", "إذ أُعلن فوزه بـ76 مقعدا", RESULTS, "no own expression; with the official results of Wed 16 Aug 2017"),
    ev("abu-sukkar-seat-stripped", "على خلفية إسقاط نيابته عام 2006", "2006-01-01", "'عام 2006' = the year 2006 only", end="2007-01-01"),
])

# ---------------------------------------------------------------- lebanon-municipal-south-nabatieh-2025
S = "lebanon-municipal-south-nabatieh-2025"
EVE = "2025-05-23"                         # Fri 23 May 2025: army's exceptional measures, the trek south, Hezbollah's acclamation tally
VOTE = "2025-05-24"                        # Sat 24 May 2025: fourth and last round, South and Nabatieh; polls closed at 7 pm
COUNT = (VOTE, "2025-05-26")               # counting from the evening of Sat 24 May into Sun 25 May
art(S, "https://www.klyoum.com/lebanon-news/ar/amp/28-%D9%81%D9%88%D8%B2-%D9%84%D9%88%D8%A7%D8%A6%D8%AD-%D8%A7%D9%84%D8%AA%D9%86%D9%85%D9%8A%D8%A9-%D9%88%D8%A7%D9%84%D9%88%D9%81%D8%A7-%D9%81%D9%8A-70-%D8%A8%D9%84%D8%AF%D9%8A%D8%A9-%D9%81%D9%8A-%D8%A3%D9%82%D8%B6%D9%8A%D8%A9-%D8%B5%D9%88%D8%B1-%D9%88%D8%A8%D9%86%D8%AA-%D8%AC%D8%A8%D9%8A%D9%84-%D9%88%D9%85%D8%B1%D8%AC%D8%B9%D9%8A%D9%88%D9%86",
    "2025-05-23", "no date on the stored page; the report speaks of the traffic towards the south 'earlier today' as people travelled to vote on 'السبت 24 أيار', and of the army's announcement that it had begun its exceptional measures, which shorouknews of Sat 24 May 10:13 places 'منذ مساء أمس', so it was published on Fri 23 May 2025; the site name and a ticker line ('باسيل: ...') dropped; headline kept from the page; no date of its own in the text", False, """
فوز لوائح "التنمية والوفاء" في 70 بلدية في أقضية صور وبنت جبيل ومرجعيون
كشفت الماكينة الانتخابية لحزب الله عن فوز لوائح "التنمية والوفاء" بالتزكية في 70 بلدية ضمن منطقة جبل عامل الأولى، أي في أقضية صور ومرجعيون وبنت جبيل.
وكانت الطريق الممتدة من بيروت نحو محافظتي الجنوب والنبطية قد عرفت في وقت سابق من اليوم زحمة سير كثيفة وخانقة.
ويأتي ذلك فيما يتوجه الأهالي إلى الجنوب تحضيرا للاقتراع في الانتخابات البلدية والاختيارية في المحافظتين السبت 24 أيار.
وفي وقت سابق، أعلنت قيادة الجيش – مديرية التوجيه، في بيان، أنها "باشرت التدابير الأمنية الاستثنائية المتخذة لحفظ أمن عملية الانتخابات البلدية والاختيارية في نطاق محافظتي لبنان الجنوبي والنبطية".
""", [
    ev("acclamation-70-municipalities", "فوز لوائح \"التنمية والوفاء\" بالتزكية في 70 بلدية", EVE, "no own expression; the party machine's announcement reported on Fri 23 May 2025, the eve of the vote"),
    ev("traffic-to-south", "زحمة سير كثيفة وخانقة", EVE, "'في وقت سابق من اليوم' = Fri 23 May 2025"),
    ev("voting-day", "تحضيرا للاقتراع في الانتخابات البلدية والاختيارية في المحافظتين السبت 24 أيار", VOTE, "'السبت 24 أيار' = Sat 24 May 2025"),
    ev("army-measures", "باشرت التدابير الأمنية الاستثنائية", EVE, "no own expression; the army began its measures on the evening of Fri 23 May 2025 (shorouknews of Sat 24: 'منذ مساء أمس')"),
])
art(S, "https://test6.shorouknews.com/news/print.aspx?cdate=24052025&id=4de86ed0-ae09-4fac-b847-d4856669e05c",
    "2025-05-24", "page stamp 'آخر تحديث: السبت 24 مايو 2025 - 10:13 ص بتوقيت القاهرة' (removed), 'cdate=24052025' in the URL; the body's 'صباح اليوم السبت' agrees; the agency tag 'د ب أ' dropped; headline kept from the page; the last, truncated sentence dropped", True, """
انطلاق المرحلة الأخيرة من الانتخابات البلدية في محافظتي لبنان الجنوبي والنبطية
بدأت صباح اليوم السبت المرحلة الرابعة والأخيرة من الانتخابات البلدية والاختيارية في محافظتي لبنان الجنوبي والنبطية، وسط إجراءات أمنية مشددة يتولاها الجيش وقوى الأمن الداخلي.
وزار رئيس الجمهورية جوزف عون غرفة العمليات في سراي مدينة صيدا جنوبي لبنان، داعيا "الجميع إلى الاقتراع بكثافة لمن يعبّر عن تطلعاتهم في تنمية المدينة، لأن الانتخابات في الجنوب تثبت أن إرادة الحياة أقوى من الموت، وأن إرادة البناء أقوى من الهدم".
ثم توجه عون من صيدا إلى سرايا مدينة النبطية ليتفقد سير العملية الانتخابية البلدية والاختيارية في المحافظة ويطلع على مجرياتها، فهنأ من فاز بالتزكية ومن سيفوز عبر صناديق الاقتراع، مؤكدا أن "المنصب ليس امتيازا بل مسؤولية".
وكان الجيش اللبناني قد بدأ منذ مساء أمس تطبيق التدابير الأمنية الاستثنائية لحماية عملية الانتخابات البلدية والاختيارية في نطاق محافظتي لبنان الجنوبي والنبطية.
""", [
    ev("voting-day", "بدأت صباح اليوم السبت المرحلة الرابعة والأخيرة", VOTE, "'صباح اليوم السبت' = Sat 24 May 2025"),
    ev("aoun-saida-visit", "وزار رئيس الجمهورية جوزف عون غرفة العمليات", VOTE, "no own expression; during the polling of Sat 24 May 2025"),
    ev("aoun-nabatieh-visit", "ثم توجه عون من صيدا إلى سرايا مدينة النبطية", VOTE, "no own expression; right after the Saida visit, Sat 24 May 2025"),
    ev("army-measures", "قد بدأ منذ مساء أمس تطبيق التدابير الأمنية الاستثنائية", EVE, "'منذ مساء أمس' from Sat 24 May 2025 = the evening of Fri 23 May"),
])
art(S, "https://www.thisislebanon.com/lebanon/518981",
    "2025-05-24", "page stamp 'لبنان 24 أيار, 2025' (removed); the body's 'اليوم السبت' and 'مساء اليوم' agree; the sub-heading 'نجاح الاستحقاق الديموقراطي' dropped; headline kept from the page; the last, truncated sentence dropped", True, """
الجنوب يختتم الانتخابات البلدية والاختيارية 2025: تراجع نسب الاقتراع إثر التحدّيات الأمنية وغياب الضمانات الإسرائيلية
اختُتمت اليوم السبت المرحلة الرابعة والأخيرة من الانتخابات البلدية والاختيارية 2025 في محافظتي الجنوب والنبطية، في ظل خشية واسعة لدى الجنوبيين والأجهزة الأمنية من أي خرق أو استهداف إسرائيلي، غير أن العملية الانتخابية انتهت بسلاسة وهدوء تامّين.
وأخذت النتائج الأولية للانتخابات البلدية والاختيارية في المحافظتين تظهر مساء اليوم، بعد انتهاء التصويت وإقفال الصناديق عند الساعة السابعة مساءً وانطلاق فرز الأصوات.
وفي هذا الإطار، نشرت وزارة الداخلية والبلديات مقارنة بين نسب الاقتراع في محافظتي لبنان الجنوبي والنبطية حتى الساعة السابعة مساءً في عامي 2016 و2025.
وجاءت نسب الاقتراع في أقضية المحافظتين على النحو الآتي: جزّين 41.99%، حاصبيا 35.42%، مرجعيون 30.66%، بنت جبيل 26.83%، النبطية 41.95%، صور 37.27%، صيدا 42.05%.
وشدد رئيس الحكومة نواف سلام، خلال زيارة قام بها إلى وزارة الداخلية، على أن الحكومة "وعدت ووفت" بإجراء الانتخابات في موعدها، مثنيا على "الجهوزية العالية جدًا" التي أبدتها الوزارة في إنجاز الاستحقاق.
""", [
    ev("voting-day", "اختُتمت اليوم السبت المرحلة الرابعة والأخيرة", VOTE, "'اليوم السبت' = Sat 24 May 2025"),
    ev("preliminary-results", "وأخذت النتائج الأولية للانتخابات البلدية والاختيارية في المحافظتين تظهر مساء اليوم", VOTE, "'مساء اليوم' = the evening of Sat 24 May 2025"),
    ev("polls-closed", "وإقفال الصناديق عند الساعة السابعة مساءً", VOTE, "'الساعة السابعة مساءً' of Sat 24 May 2025"),
    ev("counting", "وانطلاق فرز الأصوات", COUNT[0], "the count began after 7 pm on Sat 24 May 2025 and ran into Sun 25 May (my span 24-25 May)", end=COUNT[1]),
    ev("district-turnout", "وجاءت نسب الاقتراع في أقضية المحافظتين", VOTE, "no own expression; the ministry's 7 pm figures of Sat 24 May 2025"),
    ev("salam-ministry-visit", "خلال زيارة قام بها إلى وزارة الداخلية", VOTE, "no own expression; on the polling day, Sat 24 May 2025"),
])
art(S, "https://eltelegraph.com/2025/05/25/%D9%86%D8%A8%D8%B6-%D8%A7%D9%84%D8%A8%D9%84%D8%AF-%D9%88%D8%B3%D9%88%D8%A7-%D9%84%D8%B5%D9%8A%D8%AF%D8%A7-%D9%8A%D9%82%D8%AA%D8%B3%D9%85%D8%A7%D9%86-%D8%A7%D9%84%D9%85%D8%AC/",
    "2025-05-25", "date in the URL '/2025/05/25/'; the body has no date expression; headline kept from the page", True, """
النتائج النهائية في صيدا: «نبض البلد» و«سوا لصيدا» يقتسمان المجلس البلدي
صدرت النتائج النهائية للانتخابات البلدية في مدينة صيدا بعد فرز صناديق الاقتراع كلها، وأظهرت فوز لائحتي «نبض البلد» و«سوا لصيدا» بـ18 عضوا من أصل 21، في منافسة شديدة جسّدت الانقسام السياسي والاجتماعي داخل المدينة.
ونالت لائحة «سوا لصيدا» 10 مقاعد، وهي لائحة تدعمها النائبة السابقة بهية الحريري ورئيس البلدية السابق المهندس محمد السعودي ورجل الأعمال مرعي أبو مرعي.
في المقابل، حصدت لائحة «نبض البلد» التي يدعمها النائب الدكتور أسامة سعد 8 مقاعد.
أما لائحة «صيدا بدها ونحنا قدها»، التي تضم مرشحين قريبين من الجماعة الإسلامية، فأفلحت في إيصال 3 أعضاء إلى المجلس.
وحاز المرشح رامي بشاشة من لائحة «نبض البلد» أعلى عدد من الأصوات بين المرشحين جميعا، ما يدل على الثقل الشعبي للائحة في بعض أحياء المدينة.
واستطاعت الجماعة الإسلامية الفوز بأربعة مقاعد توزعت على اللوائح المختلفة، في دلالة على قدرتها على اختراق التكتلات الكبرى ونشر حضورها بمرونة داخل المشهد البلدي.
""", [
    ev("saida-final-results", "صدرت النتائج النهائية للانتخابات البلدية في مدينة صيدا", "2025-05-25", "no own expression; the final Saida count, reported on Sun 25 May 2025 (the count ran through the night after the vote of Sat 24 May)"),
    ev("counting", "بعد فرز صناديق الاقتراع كلها", COUNT[0], "no own expression; the count from the evening of Sat 24 May 2025 into Sun 25 May (my span)", end=COUNT[1]),
    ev("voting-day", "في منافسة شديدة جسّدت الانقسام السياسي", VOTE, "no own expression; the contest = the vote of Sat 24 May 2025"),
])

# ---------------------------------------------------------------- morocco-communal-elections-2009
S = "morocco-communal-elections-2009"
VOTE = "2009-06-12"                        # polling day, Fri 12 June 2009 (offices open until 7 pm)
ANNOUNCED = "2009-06-13"                   # Benmoussa's turnout figure (51 %) and first seat counts, Sat 13 June 2009
art(S, "https://maghress.com/hespress/13512",
    "2009-06-12", "no date on the stored page; a Hespress report of the polling day itself: the midday turnout, voting 'still going on', offices open 'حتى الساعة السابعة من مساء اليوم', and Abbas El Fassi casting his vote 'في الانتخابات الجماعية ل12 يونيو', so it was published on Fri 12 June 2009; the stray quotes and the photo note '(الصورة)' dropped; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date line in the text", False, """
نسبة المشاركة في الانتخابات الجماعية تتجاوز 12 بالمائة عند منتصف النهار
أفادت وزارة الداخلية بأن نسبة المشاركة في الانتخابات الجماعية على المستوى الوطني تخطت 12 بالمائة إلى حدود منتصف النهار، استنادا إلى المعطيات الأولية.
وأوضح بيان للوزارة أن التصويت متواصل في كل مناطق المملكة لانتخاب أعضاء مجالس الجماعات القروية والحضرية والمقاطعات في أجواء عادية، مع إقبال مقبول من الناخبين والناخبات على مكاتب التصويت.
وأكد المصدر ذاته أن التصويت يجري في ظروف طبيعية على امتداد التراب الوطني، باستثناء بعض الحوادث البسيطة التي لم تؤثر بأي شكل في سيره.
وأشارت الوزارة إلى أن مكاتب التصويت ستبقى مفتوحة حتى الساعة السابعة من مساء اليوم.
وفي السياق ذاته، صرح عباس الفاسي، الأمين العام لحزب الاستقلال، لوكالة المغرب العربي للأنباء بعد إدلائه بصوته في الانتخابات الجماعية ل12 يونيو بمدرسة (ابن سينا- السويسي) بالرباط، بأن الحملة الانتخابية "ركزت أساسا على البرامج، وهذا أمر جديد".
وبيّن أن "الأحزاب والهيئة الناخبة منحوا هذه الانتخابات دلالتها الحقيقية، فهي أساسية للديمقراطية المحلية ولتحسين الحياة اليومية للمواطن في كل المجالات".
""", [
    ev("midday-turnout", "تخطت 12 بالمائة إلى حدود منتصف النهار", VOTE, "'إلى حدود منتصف النهار' of the polling day, Fri 12 June 2009"),
    ev("voting-day", "أن التصويت متواصل في كل مناطق المملكة", VOTE, "no own expression; the vote of Fri 12 June 2009 ('الانتخابات الجماعية ل12 يونيو')"),
    ev("polls-close", "ستبقى مفتوحة حتى الساعة السابعة من مساء اليوم", VOTE, "'الساعة السابعة من مساء اليوم' = 7 pm, Fri 12 June 2009"),
    ev("fassi-votes", "بعد إدلائه بصوته في الانتخابات الجماعية ل12 يونيو", VOTE, "'12 يونيو' = Fri 12 June 2009"),
])
art(S, "https://www.masress.com/almasryalyoum/137191",
    "2009-06-13", "no date on the stored page; an al-Masry al-Youm report carried by masress whose 'فتحت مراكز التصويت أبوابها أمس' names the polling day, Fri 12 June 2009, so it appeared on Sat 13 June 2009; headline written from the body (the stored text has none); no date line in the text", False, """
المغاربة ينتخبون نحو 28 ألف مستشار بلدي
فتحت مكاتب التصويت أبوابها أمس أمام 13 مليون ناخب مغربي كان يفترض أن يشاركوا في انتخاب قرابة 28 ألف مستشار بلدي، في اقتراع تُخصص فيه للمرة الأولى نسبة 12 % من المقاعد للنساء.
ويتنافس أكثر من 130 ألفا و200 مرشح ينتمون إلى 30 حزبا سياسيا، بينهم 20 ألفا و458 امرأة، في هذه الانتخابات التي تعتمد نظاما مزدوجا: الاقتراع الفردي في القرى والبلدات، والاقتراع باللائحة في البلديات التي يزيد عدد سكانها على 35 ألف نسمة.
وكانت نسبة المشاركة في الانتخابات البلدية عام 2003 قد تجاوزت 54%، لكن الأحزاب تخشى هذه المرة أن يتكرر «كابوس» الانتخابات التشريعية عام 2007 حين هبطت نسبة المشاركة إلى 37%.
""", [
    ev("voting-day", "فتحت مكاتب التصويت أبوابها أمس", VOTE, "'أمس' in an article of Sat 13 June 2009 = Fri 12 June"),
    ev("communal-2003", "في الانتخابات البلدية عام 2003", "2003-09-12", "'عام 2003' = the communal elections of Fri 12 Sep 2003 (my knowledge; the text gives the year only)"),
    ev("legislative-2007", "الانتخابات التشريعية عام 2007", "2007-09-07", "'عام 2007' = the legislative election of Fri 7 Sep 2007 (Hespress: 'انتخابات 7 أيلول/ سبتمبر 2007 التشريعية'; the text gives the year only)"),
])
art(S, "http://archive.aawsat.com/details.asp?section=4&issueno=11156&article=523254&feature=",
    "2009-06-14", "no date on the stored page (issue 11156); the body's 'أول من أمس' for the vote of Fri 12 June 2009 (and the photo caption's 'مساء أول من أمس' for the count) gives Sun 14 June 2009; the next issue, 11157, speaks of 'الجمعة الماضي' and of Benmoussa's press conference 'الليلة قبل الماضية', which agrees; the sub-heading and photo caption dropped; headline kept from the page; the last, truncated sentence shortened; no date line in the text", False, """
المغرب: الناخبون حققوا مفاجأة وشاركوا بنسبة 51% في اقتراع «البلديات».. والأصالة والمعاصرة أكبر الفائزين
صرح وزير الداخلية المغربي شكيب بنموسى بأن نسبة المشاركة في الانتخابات البلدية التي أجريت أول من أمس في المغرب وصلت إلى 51 في المائة، بتراجع طفيف مقارنة بالاقتراع السابق الذي نُظم في 2003 وبلغت فيه 54%.
وذكر الوزير أن نحو 6.8 مليون مغربي من بين 13 مليونا و360 ألف مسجل أدلوا بأصواتهم، وهي نسبة تفوق بكثير ما سُجل في الانتخابات التشريعية لعام 2007، حين لم تتعدّ 37%.
وقد اختار الناخبون المغاربة نحو 28 ألف مستشار بلدي في اقتراع خُصصت فيه للمرة الأولى 12 في المائة من المقاعد للنساء، وصوتوا في 38250 مركز اقتراع في جميع أنحاء المملكة، بما فيها «الأقاليم الجنوبية» (الصحراء).
وكشفت النتائج عن فوز حزب «الأصالة والمعاصرة» حديث النشأة بأكبر عدد من المقاعد، إذ نال 4854 مقعدا، تلاه حزب «الاستقلال» بـ4246 مقعدا، ثم حزب «التجمع الوطني للأحرار» بـ3318 مقعدا.
""", [
    ev("turnout-announced", "صرح وزير الداخلية المغربي شكيب بنموسى بأن نسبة المشاركة", ANNOUNCED, "no own expression; the minister's figure of 51 per cent was given on Sat 13 June 2009, the day after the vote (aawsat's next issue, 11157: the results press conference was held 'الليلة قبل الماضية', i.e. Saturday night)"),
    ev("voting-day", "في الانتخابات البلدية التي أجريت أول من أمس", VOTE, "'أول من أمس' from Sun 14 June 2009 = Fri 12 June"),
    ev("communal-2003", "بالاقتراع السابق الذي نُظم في 2003", "2003-09-12", "'في 2003' = the communal elections of Fri 12 Sep 2003 (my knowledge; the text gives the year only)"),
    ev("legislative-2007", "في الانتخابات التشريعية لعام 2007", "2007-09-07", "'لعام 2007' = the legislative election of Fri 7 Sep 2007"),
    ev("pam-first-results", "وكشفت النتائج عن فوز حزب «الأصالة والمعاصرة»", ANNOUNCED, "no own expression; the first seat counts announced with the turnout on Sat 13 June 2009"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 580
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

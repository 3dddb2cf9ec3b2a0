"""Builds stories.jsonl: the 642-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: corruption and embezzlement trials in the Gulf, Iraq and the
Maghreb: arrests, hearings, adjournments, verdicts and appeals.
Stories: the six-year sentence of the Iraqi MP Mahmoud Mulla Talal for bribery and his party's announcement of an
appeal (Baghdad, December 2019); the 14-year sentence of Kuwait's former interior and defence minister Sheikh
Talal al-Khalid by the Ministers' Court for embezzling secret funds (Kuwait, January 2025); the pre-trial
detention of Libya's culture minister Mabrouka Toughi on corruption charges, her ministry's protest and the
reported release (Tripoli, December 2021 - January 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-mulla-talal-bribery-sentence-2019
S = "iraq-mulla-talal-bribery-sentence-2019"
VERDICT = "2019-12-17"                     # the anti-corruption court's six-year sentence, Tue 17 Dec 2019
STATEMENT = "2019-12-18"                   # al-Hikma's statement announcing the appeal (تمييز), Wed 18 Dec 2019
ARREST = ("2019-11-25", "2019-11-27")      # the ambush and arrest, announced by the Integrity Commission on Tue 26 Nov 2019
art(S, "https://www.alhurra.com/iraq/2019/12/17/%D8%B6%D8%A8%D8%B7-%D9%81%D9%8A-%D9%83%D9%85%D9%8A%D9%86-%D9%85%D8%AD%D9%83%D9%85-%D8%A7%D9%84%D8%B3%D8%AC%D9%86-%D8%B3%D8%AA-%D8%B3%D9%86%D9%88%D8%A7%D8%AA-%D9%84%D9%86%D8%A7%D8%A6%D8%A8-%D8%B9%D8%B1%D8%A7%D9%82%D9%8A-%D8%AF%D9%8A%D9%86-%D8%A8%D8%AA%D9%82%D8%A7%D8%B6%D9%8A-%D8%B1%D8%B4%D9%88%D8%A9",
    "2019-12-17", "the date 2019/12/17 in the URL path (Tue 17 Dec 2019); the body's 'الثلاثاء' for the sentence agrees (alsharqtoday of the same day: 'اليوم الثلاثاء'); headline re-worded from the URL slug; the last sentence, truncated in the stored text after the 150,000 dollars, ends there", False, """
السجن ست سنوات لنائب عراقي أدين بتقاضي رشوة بعد ضبطه في كمين محكم
قضت محكمة جنائية مركزية في بغداد، الثلاثاء، بسجن نائب في مجلس النواب العراقي ست سنوات لإدانته بتلقي رشوة، وذلك بعدما أوقعته هيئة النزاهة في "كمين محكم" قبل نحو شهر.
وأفاد مسؤول قضائي وكالة فرانس برس، مشترطا عدم ذكر اسمه، بأن "القاضي أصدر حكمه على النائب محمود ملا طلال بعد أن تثبّت من صحة الأدلة التي قدمتها هيئة النزاهة، وهي تدل على أنه قبض رشوة من شركة مرتبطة بوزارة الصناعة".
ويتبع ملا طلال تيار الحكمة الذي يقوده رجل الدين الشيعي عمار الحكيم، وقد تولى منصب محافظ واسط (جنوبي بغداد) قبل أن يظفر بمقعد نيابي في الانتخابات التشريعية التي جرت في مايو 2018.
ولفت مصدر في هيئة النزاهة لفرانس برس إلى أن ملا طلال اعتُقل "قبل يوم من موعد استجواب وزير الصناعة صالح الجبوري بملفات تتعلق بالفساد داخل وزارته".
وكان ملا طلال، بوصفه رئيس اللجنة القانونية النيابية، متمسكا باستجواب وزير الصناعة تحت قبة البرلمان.
وبيّن المصدر أن النائب المدان "قبل أن يتسلم، عبر وسيط، مبلغ 150 ألف دولار من الشركة العاملة في إطار وزارة الصناعة، دفعةً أولى".
""", [
    ev("sentence", "بسجن نائب في مجلس النواب العراقي ست سنوات لإدانته بتلقي رشوة", VERDICT, "'الثلاثاء' in an article of Tue 17 Dec 2019 (URL path) = that day"),
    ev("arrest", "بعدما أوقعته هيئة النزاهة في \"كمين محكم\" قبل نحو شهر", ARREST[0], "'قبل نحو شهر' from 17 Dec 2019 = late November; the Integrity Commission announced the arrest on Tue 26 Nov 2019 (alsharqtoday: 'يوم 26 تشرين الثاني/نوفمبر الماضي'); Asharq al-Awsat (not used) reported it in its issue dated 26 Nov, so the arrest may be of Mon 25 Nov; my span 25-26 Nov 2019", end=ARREST[1]),
    ev("parliamentary-election-2018", "في الانتخابات التشريعية التي جرت في مايو 2018", "2018-05-12", "'في مايو 2018': the Iraqi legislative election was held on Sat 12 May 2018 (known date)"),
    ev("bribe-handover", "مبلغ 150 ألف دولار من الشركة العاملة في إطار وزارة الصناعة", ARREST[0], "no own expression; he was caught receiving the money, i.e. at the arrest of 25-26 Nov 2019 (alsharqtoday: 'متلبسا بالرشوة'); my span 25-26 Nov", end=ARREST[1]),
])
art(S, "https://www.alsharqtoday.com/2019/12/17/%d8%a7%d9%84%d8%b9%d8%b1%d8%a7%d9%82-%d8%a8%d8%aa%d9%87%d9%85%d8%a9-%d9%81%d8%b3%d8%a7%d8%af-%d8%a7%d9%84%d8%ad%d9%83%d9%85-%d8%a8%d8%a7%d9%84%d8%b3%d8%ac%d9%86-6-%d8%b3%d9%86%d9%88%d8%a7/",
    "2019-12-17", "the date 2019/12/17 in the URL path (Tue 17 Dec 2019) and the body's 'اليوم الثلاثاء' for the sentence; headline kept from the page; the breadcrumb and the last, truncated sentence (the list of MPs summoned) dropped", False, """
العراق: "بتهمة فساد" .. السجن 6 سنوات وغرامة 10 ملايين دينار لنائب عراقي
أصدرت محكمة مختصة بالنظر في قضايا الفساد، اليوم الثلاثاء، حكما بسجن النائب محمود ملا طلال 6 سنوات بتهمة الرشوة، وهو الذي اعتُقل في بغداد أواخر الشهر الماضي.
وذكر مصدر عراقي فضّل عدم كشف هويته أن المحكمة فرضت كذلك على النائب الحالي غرامة مالية قدرها 10 ملايين دينار عراقي، أي ما يزيد تقريبا على 8 آلاف دولار أمريكي.
وكانت هيئة النزاهة العراقية قد أعلنت يوم 26 تشرين الثاني/نوفمبر الماضي، القبض على النائب الحالي عن تيار الحكمة محمود ملا طلال متلبسا بتسلم رشوة في منطقة الجادرية وسط بغداد.
وأعلنت هيئة النزاهة العراقية أيضا، الاثنين 9 كانون الأول / ديسمبر الجاري، أن أوامر قبض صدرت بحق 9 وزراء و12 نائبا و11 محافظا خلال شهر نوفمبر/ تشرين الثاني الماضي.
وأوضحت دائرة التحقيقات في الهيئة، في بيان، أنه "صدرت أوامر باستقدام 9 وزراء ومن هم بدرجتهم، بينهم وزيران في الخدمة وخمسة سابقون، فضلا عن وزيرين أسبقين".
""", [
    ev("sentence", "حكما بسجن النائب محمود ملا طلال 6 سنوات بتهمة الرشوة", VERDICT, "'اليوم الثلاثاء' in an article of Tue 17 Dec 2019 (URL path)"),
    ev("arrest", "الذي اعتُقل في بغداد أواخر الشهر الماضي", ARREST[0], "'أواخر الشهر الماضي' from 17 Dec = late November 2019; announced on 26 Nov (next sentence); my span 25-26 Nov 2019", end=ARREST[1]),
    ev("arrest-announced", "قد أعلنت يوم 26 تشرين الثاني/نوفمبر الماضي، القبض على النائب", "2019-11-26", "'يوم 26 تشرين الثاني/نوفمبر الماضي' = Tue 26 Nov 2019"),
    ev("warrants-announced", "الاثنين 9 كانون الأول / ديسمبر الجاري، أن أوامر قبض صدرت", "2019-12-09", "'الاثنين 9 كانون الأول / ديسمبر الجاري' = Mon 9 Dec 2019 (weekday checked)"),
    ev("warrants-november", "خلال شهر نوفمبر/ تشرين الثاني الماضي", "2019-11-01", "'خلال شهر نوفمبر/ تشرين الثاني الماضي' from Dec 2019 = the whole of November 2019", end="2019-12-01"),
])
art(S, "https://ultrairaq.usawtiq.com/%D8%A7%D9%84%D8%AD%D9%83%D9%85%D8%A9-%D9%8A%D8%B5%D8%AF%D8%B1-%D8%A8%D9%8A%D8%A7%D9%86%D9%8B%D8%A7-%D8%A8%D8%B4%D8%A3%D9%86-%D9%85%D8%AD%D9%85%D9%88%D8%AF-%D9%85%D9%84%D8%A7-%D8%B7%D9%84%D8%A7%D9%84-%D8%B3%D8%AA%D9%83%D8%B4%D9%81-%D8%A7%D9%84%D9%85%D9%83%D8%A7%D8%A6%D8%AF/%D8%A7%D9%84%D8%AA%D8%B1%D8%A7-%D8%B9%D8%B1%D8%A7%D9%82/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1",
    "2019-12-18", "the date line '18-ديسمبر-2019' at the top of the stored page (kept as the second line) = Wed 18 Dec 2019; the body's 'ببيان صدر في 18 كانون الأول/ديسمبر' agrees; headline re-worded from the URL slug; the photo caption, the by-line, the pull quote and the 'اقرأ/ي أيضًا' link dropped", True, """
الحكمة يصدر بيانًا بشأن محمود ملا طلال: القضاء سيكشف المكائد
18-ديسمبر-2019
نشر تيار الحكمة الوطني بيانًا تناول فيه قرار محكمة النزاهة الذي قضى بسجن عضوه النائب محمود ملا طلال ست سنوات، موضحًا أن النائب سيطعن في القرار تمييزًا، ومشيرًا إلى أن القضاء لا يستهين بالتفاصيل العميقة وأنه سيفضح المكائد والتلفيقات.
وجاء في البيان الذي صدر في 18 كانون الأول/ديسمبر، واطلع "ألترا عراق" على نسخة منه، أنه "في سياق الإجراءات المتخذة بحق النائب محمود ملا طلال التي صدرت عن محكمة النزاهة في الكرخ بتاريخ أمس، وتأكيدًا لمواقف تيار الحكمة الوطني في مساندة القضاء المستقل العادل وتعزيز مكانته، نجدد تلك المواقف والقناعات".
وأضاف التيار أنه يتطلع بجدية ويطالب بإلحاح بالتعامل الدائم بتجرد وموضوعية مع هذه القضية وأمثالها مما تحيط به الملابسات والشبهات، بعيدًا عن ضغط ما يجري في الشارع، وعن سعي بعضهم إلى استغلال الظروف الاستثنائية لحرف بوصلة القضاء عن مسارها المهني الحق، خدمةً لمآرب خاصة أو تصفيةً لحسابات جانبية.
""", [
    ev("hikma-statement", "وجاء في البيان الذي صدر في 18 كانون الأول/ديسمبر", STATEMENT, "'في 18 كانون الأول/ديسمبر' = Wed 18 Dec 2019 (year from the date line)"),
    ev("appeal-announced", "موضحًا أن النائب سيطعن في القرار تمييزًا", STATEMENT, "no own expression; announced in the statement of 18 Dec 2019 (the appeal itself is to come, undated)"),
    ev("sentence", "صدرت عن محكمة النزاهة في الكرخ بتاريخ أمس", VERDICT, "'بتاريخ أمس' in the statement of 18 Dec 2019 = Tue 17 Dec 2019 (fk-news: '٢٠١٩/١٢/١٧')"),
])
art(S, "https://fk-news.com/policy/print:page,1,85920--.html",
    "2019-12-18", "no date on the stored page; the body's 'اليوم الاربعاء' for al-Hikma's statement and 'امس الثلاثاء' for the sentence dated '٢٠١٩/١٢/١٧' give Wed 18 Dec 2019 (ultrairaq's date line: '18-ديسمبر-2019'); headline written from the body (the stored print page has none); the last, truncated sentence dropped", False, """
تيار الحكمة: محمود ملا طلال سيطعن تمييزًا في حكم سجنه ست سنوات
نشر تيار الحكمة الذي يتزعمه عمار الحكيم، اليوم الاربعاء، بيانا بشأن قرار محكمة النزاهة الذي قضى بسجن عضوه النائب محمود ملا طلال ست سنوات، مبينا أن طلال سيقدم طعنا تمييزيا في القرار.
وكانت محكمة النزاهة في بغداد قد حكمت، امس الثلاثاء، بسجن النائب عن تيار الحكمة في البرلمان محمود ملا طلال ست سنوات لإدانته بتلقي رشوة، إثر ضبطه في "كمين محكم" نفذته هيئة النزاهة قبل نحو شهر.
وذكر تيار الحكمة في بيانه أنه "في سياق الإجراءات المتخذة بحق النائب محمود ملا طلال التي صدرت عن محكمة النزاهة في الكرخ بتاريخ ٢٠١٩/١٢/١٧، نؤكد مواقف التيار في الوقوف مع القضاء المستقل العادل وتعزيز مكانته وترسيخ دوره الوطني في إحقاق الحق ووضع الأمور في نصابها الصحيح".
وتابع البيان أن التيار يجدد تلك المواقف والقناعات، ويطالب بالنظر بتجرد وموضوعية في هذه القضايا وأمثالها التي تشوبها الملابسات والشبهات، بمعزل عن ضغط الشارع ومحاولات استغلال الظروف الاستثنائية التي يمر بها البلد لتصفية حسابات جانبية.
""", [
    ev("hikma-statement", "نشر تيار الحكمة الذي يتزعمه عمار الحكيم، اليوم الاربعاء، بيانا", STATEMENT, "'اليوم الاربعاء' the day after the sentence of Tue 17 Dec 2019 = Wed 18 Dec 2019"),
    ev("appeal-announced", "مبينا أن طلال سيقدم طعنا تمييزيا في القرار", STATEMENT, "no own expression; announced in the statement of 'اليوم الاربعاء' = Wed 18 Dec 2019"),
    ev("sentence", "قد حكمت، امس الثلاثاء، بسجن النائب عن تيار الحكمة", VERDICT, "'امس الثلاثاء' in an article of Wed 18 Dec 2019 = Tue 17 Dec (and 'بتاريخ ٢٠١٩/١٢/١٧' in the statement)"),
    ev("arrest", "إثر ضبطه في \"كمين محكم\" نفذته هيئة النزاهة قبل نحو شهر", ARREST[0], "'قبل نحو شهر' from 17-18 Dec 2019 = late November; announced on Tue 26 Nov 2019 (alsharqtoday); my span 25-26 Nov", end=ARREST[1]),
])

# ---------------------------------------------------------------- kuwait-talal-khalid-embezzlement-verdict-2025
S = "kuwait-talal-khalid-embezzlement-verdict-2025"
VERDICT = "2025-01-14"                     # the Ministers' Court's verdicts in the two secret-funds cases, Tue 14 Jan 2025
art(S, "https://ahl-alquran.com/arabic/show_news.php?main_id=55992",
    "2025-01-14", "no date on the stored page (a re-post); the body's 'اليوم الثلاثاء' for the verdict of the Ministers' Court, which was given on 14 Jan 2025 (slash-news, not used: 'تعود القضية إلى 14 يناير الماضي'; elsob7's report stamped 'الأربعاء 15 يناير 2025'; aljarida of Wed 15 Jan: 'أمس'), gives Tue 14 Jan 2025; headline kept from the page; the last sentence, truncated after 'مغادرته الحكومة الكويتية', ends there", False, """
الكويت: حبس وزير الداخلية والدفاع السابق طلال الصباح 14 عاماً
قضت محكمة الوزراء في الكويت اليوم الثلاثاء بحبس وزير الداخلية والدفاع السابق الشيخ طلال خالد الأحمد الصباح 14 سنة مع الشغل والنفاذ، وبتغريمه 10 ملايين دينار (ما يزيد على 32 مليون دولار)، وإلزامه بردّ 20 مليون دينار (قرابة 65 مليون دولار)، في قضيتين تتعلقان بـ"اختلاس مال عام" في الوزارتين.
ففي القضية الأولى الخاصة بوزارة الداخلية، حكمت المحكمة بحبس الشيخ طلال الخالد 7 سنوات مع الشغل والنفاذ بتهمة "اختلاس مصروفات الوزارة" البالغة "9 ملايين و500 ألف دينار" (ما يزيد على 30 مليون دولار)، وألزمته بردّ المبلغ وتغريمه ضعفه (19 مليون دينار) وعزلته من الوظيفة، كما أمرت بمصادرة سياراته الشخصية التي اقتناها من تلك الاختلاسات، بحسب نص الحكم.
أما في القضية الثانية الخاصة بوزارة الدفاع، فقد حكمت المحكمة بحبسه 7 سنوات مع الشغل والنفاذ بتهمة "اختلاس 500 ألف دينار" من الوزارة، مع إلزامه بردّ المبلغ وتغريمه ضعفه (مليون دينار) وعزله من الوظيفة.
وكان الشيخ طلال الخالد الصباح قد تنقّل بين حقيبتي الداخلية والدفاع، وجمع بينهما أحيانا، في أكثر من حكومة، على مدى فترات متصلة ما بين مارس/آذار 2022 وحتى مغادرته الحكومة الكويتية.
""", [
    ev("verdict-14-years", "قضت محكمة الوزراء في الكويت اليوم الثلاثاء بحبس وزير الداخلية والدفاع السابق", VERDICT, "'اليوم الثلاثاء' = Tue 14 Jan 2025 (the verdict's day, cross-checked with slash-news and aljarida)"),
    ev("interior-case-sentence", "حكمت المحكمة بحبس الشيخ طلال الخالد 7 سنوات مع الشغل والنفاذ", VERDICT, "no own expression; part of the verdict of 'اليوم الثلاثاء' = Tue 14 Jan 2025"),
    ev("cars-confiscated", "كما أمرت بمصادرة سياراته الشخصية", VERDICT, "no own expression; ordered in the verdict of Tue 14 Jan 2025"),
    ev("defence-case-sentence", "فقد حكمت المحكمة بحبسه 7 سنوات مع الشغل والنفاذ بتهمة \"اختلاس 500 ألف دينار\"", VERDICT, "no own expression; part of the verdict of Tue 14 Jan 2025"),
])
art(S, "https://elsob7.news/?p=254446",
    "2025-01-15", "the stamp 'الأربعاء 15 يناير 2025 12:10 مساءً' at the head of the body (kept verbatim in the text) = Wed 15 Jan 2025; headline written from the body (the stored text has none)", True, """
محكمة الوزراء: المصروفات السرية مال عام له حرمة وليست مالاً مباحاً
كتب ناصر المحيسن – الكويت في الأربعاء 15 يناير 2025 12:10 مساءً – في حكمين لافتين، شددت محكمة الوزراء على أن «المصروفات السرية ليست مالاً مباحاً، بل هي مال عام مصون، يتعين إنفاقه في ما رُصد له خدمةً للمصلحة العامة للجهة المخصص لها، فإذا انحرف إنفاقه عن جادته واستباحه من هو في عهدته ومؤتمن عليه لتحقيق مصالح ومنافع شخصية، وجبت المساءلة وحق العقاب».
وفي قضية مصروفات وزارة الداخلية، حكمت المحكمة بحبس الوزير السابق الشيخ طلال الخالد 7 سنوات مع الشغل والنفاذ وعزله من الوظيفة، وبردّ مبلغ مختلس قدره 9 ملايين و572 ألفاً و339 ديناراً إلى «الداخلية» وتغريمه ضعفي المبلغ (19 مليوناً و144 ألفاً و678 ديناراً)، وبمصادرة 13 سيارة اشتراها من حصيلة جريمة غسل الأموال.
أما في قضية مصروفات وزارة الدفاع، فقد حكمت المحكمة بحبس الخالد 7 سنوات مع الشغل والنفاذ وعزله من الوظيفة، وبردّ المبلغ المختلس وقدره 589500 دينار وتغريمه ضعفيه أي مليوناً و179 ألف دينار، بينما عاقبت وافداً في القضية ذاتها بالحبس أربع سنوات مع الشغل والنفاذ وبتغريمه 294 ألفاً و75 ديناراً، وبإبعاده عن البلاد بعد أن ينفذ العقوبة.
""", [
    ev("interior-case-sentence", "حكمت المحكمة بحبس الوزير السابق الشيخ طلال الخالد 7 سنوات", VERDICT, "no own expression; the verdict of Tue 14 Jan 2025 (ahl-alquran: 'اليوم الثلاثاء'; aljarida of 15 Jan: 'أمس'), reported on Wed 15 Jan"),
    ev("cars-confiscated", "وبمصادرة 13 سيارة اشتراها من حصيلة جريمة غسل الأموال", VERDICT, "no own expression; ordered in the verdict of Tue 14 Jan 2025"),
    ev("defence-case-sentence", "فقد حكمت المحكمة بحبس الخالد 7 سنوات مع الشغل والنفاذ", VERDICT, "no own expression; the verdict of Tue 14 Jan 2025"),
    ev("second-defendant-sentence", "بينما عاقبت وافداً في القضية ذاتها بالحبس أربع سنوات", VERDICT, "no own expression; the verdict of Tue 14 Jan 2025"),
])
art(S, "https://aljarida.com/article/87277",
    "2025-01-15", "no date on the stored page; the body's 'أمس' for the verdict of Tue 14 Jan 2025 (ahl-alquran: 'اليوم الثلاثاء'; slash-news: '14 يناير') gives the issue of Wed 15 Jan 2025; headline kept from the page, the two sub-headlines dropped; the last, truncated sentence (the facts of the defence case) dropped", False, """
«محكمة الوزراء»: طلال الخالد مختلس
طوت محكمة الوزراء، أمس، صفحة محاكمة النائب الأول لرئيس مجلس الوزراء وزير الدفاع وزير الداخلية السابق الشيخ طلال الخالد، إذ حكمت برئاسة المستشار هاني الحمدان بحبسه 14 عاماً بعد أن دانته في قضيتي الاستيلاء على أموال الوزارتين المتصلتين بالمصروفات السرية، وألزمته بردّ 10 ملايين وثلاثمئة ألف دينار، ثم قضت بعزله من الوظائف العامة وبإلزامه بردّ السيارات المرتبطة بالواقعة.
وفي القضيتين اللتين دانت فيهما المحكمة الخالد باختلاس المال العام، قضت كذلك بحبس المتهم الثاني، وهو مندوب معاملات كان يعمل لدى الوزير السابق، 4 سنوات مع النفاذ، وبإبعاده عن البلاد عقب تنفيذ العقوبة.
وتدور وقائع القضية الأولى حول تسلّم الخالد أكثر من 9 ملايين وخمسمئة ألف دينار مصروفاتٍ سرية من «الداخلية»، وإنفاقها خلافاً لأحكام القانون، وشرائه 13 سيارة فارهة، ودفعه مبالغ في غير الغرض المخصص لها، إلى جانب إغفاله ذكر تلك السيارات التي اشتراها لنفسه ولأفراد أسرته في إقرار ذمته المالية، بالمخالفة لقانون مكافحة الفساد.
""", [
    ev("verdict-14-years", "حكمت برئاسة المستشار هاني الحمدان بحبسه 14 عاماً", VERDICT, "'أمس' (previous clause) in the issue of Wed 15 Jan 2025 = Tue 14 Jan 2025"),
    ev("dismissal-from-office", "ثم قضت بعزله من الوظائف العامة", VERDICT, "no own expression; part of the verdict of 'أمس' = Tue 14 Jan 2025"),
    ev("second-defendant-sentence", "قضت كذلك بحبس المتهم الثاني", VERDICT, "no own expression; the same verdict, Tue 14 Jan 2025"),
])

# ---------------------------------------------------------------- libya-toughi-culture-minister-detention-2021
S = "libya-toughi-culture-minister-detention-2021"
DETENTION = "2021-12-29"                   # the Attorney General's order of pre-trial detention, Wed 29 Dec 2021
DBEIBAH = "2021-12-30"                     # PM Dbeibah's criticism at the cabinet meeting, Thu 30 Dec 2021
MINISTRY = "2022-01-01"                    # the culture ministry's statement condemning the detention, Sat 1 Jan 2022
RELEASE = "2022-01-02"                     # Libyan media report her release, Sun 2 Jan 2022 (denied the same day by the ministry's under-secretary)
art(S, "https://arabicpost.net/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/2021/12/29/%d8%ad%d8%a8%d8%b3-%d9%84%d9%8a%d8%a8%d9%8a%d8%a9-%d9%81%d8%b3%d8%a7%d8%ad-%d8%a7%d9%84%d8%ad%d9%83%d9%88%d9%85%d8%a9",
    "2021-12-29", "the date 2021/12/29 in the URL path and the body's 'الأربعاء 29 ديسمبر/كانون الأول 2021' for the order (Wed 29 Dec 2021); headline written from the body (the stored text has none, the URL slug is garbled); the last, truncated sentence (on the 2019 war) dropped", True, """
النائب العام الليبي يأمر بحبس وزيرة الثقافة احتياطياً في قضايا فساد
أمر النائب العام الليبي الصديق الصور، الأربعاء 29 ديسمبر/كانون الأول 2021، بحبس وزيرة الثقافة والتنمية المعرفية مبروكة توغي احتياطياً على ذمة قضايا فساد مالي، إلى جانب تهم تتصل بالتزوير، وفق بيان أصدره مكتب النائب العام ونشره على صفحته في موقع فيسبوك.
وبحسب البيان ذاته، قررت النيابة العامة حبس الوزيرة "احتياطياً على ذمة القضية، بعد أن تكشف لها صحة ارتكاب الوقائع وقيام أركان جرائم الحصول على منافع بالمخالفة للقوانين واللوائح التي تحيط المال العام بالحماية، وصرف المال العام في غير الوجه المخصص له".
وأورد البيان بين التهم المنسوبة إلى الوزيرة "تزوير المستندات الرسمية لغرض تعقيد إجراءات مراجعة وتتبع أوجه صرف المال العام".
وإلى حدود الساعة 19:45 تغ لم تعلّق الوزيرة على ما ورد في بيان النائب العام.
ويأتي ذلك بينما تعيش ليبيا ارتباكاً سياسياً إثر تأجيل الانتخابات التي كان مقرراً أن يجرى الشق الرئاسي منها في 24 ديسمبر/كانون الأول الجاري، بموجب الخطة التي ترعاها الأمم المتحدة، في حين يأمل الليبيون أن تضع هذه الانتخابات حداً لنزاع مسلح عانى منه بلدهم الغني بالنفط سنوات.
""", [
    ev("detention-order", "بحبس وزيرة الثقافة والتنمية المعرفية مبروكة توغي احتياطياً", DETENTION, "'الأربعاء 29 ديسمبر/كانون الأول 2021' (weekday checked)"),
    ev("no-comment-yet", "وإلى حدود الساعة 19:45 تغ لم تعلّق الوزيرة", DETENTION, "'الساعة 19:45 تغ' on the day of the article, Wed 29 Dec 2021"),
    ev("planned-presidential-election", "كان مقرراً أن يجرى الشق الرئاسي منها في 24 ديسمبر/كانون الأول الجاري", "2021-12-24", "'في 24 ديسمبر/كانون الأول الجاري' in an article of Dec 2021 = Fri 24 Dec 2021 (the planned date; the vote did not take place)"),
])
art(S, "https://www.maghrebvoices.com/libya/2021/12/30/%D8%A7%D9%84%D8%AD%D8%A8%D8%B3-%D8%A7%D9%84%D8%A7%D8%AD%D8%AA%D9%8A%D8%A7%D8%B7%D9%8A-%D9%84%D9%88%D8%B2%D9%8A%D8%B1%D8%A9-%D8%A7%D9%84%D8%AB%D9%82%D8%A7%D9%81%D8%A9-%D9%81%D9%8A-%D9%84%D9%8A%D8%A8%D9%8A%D8%A7-%D8%AE%D9%84%D9%81%D9%8A%D8%A9-%D9%81%D8%B3%D8%A7%D8%AF-%D9%85%D8%A7%D9%84%D9%8A-%D9%88%D8%A5%D8%AF%D8%A7%D8%B1%D9%8A",
    "2021-12-30", "the date 2021/12/30 in the URL path (Thu 30 Dec 2021); the body's 'الأربعاء' names the day of the order (arabicpost: 'الأربعاء 29 ديسمبر'); headline re-worded from the URL slug; the photo caption and an unrelated teaser on football violence dropped; the last sentence is cut in the stored text after 'وزير التعليم موسى', the surname المقريف completed from the other reports", False, """
الحبس الاحتياطي لوزيرة الثقافة في ليبيا على خلفية فساد مالي وإداري
أمر مكتب النائب العام، الأربعاء، بالحبس الاحتياطي لوزيرة الثقافة والتنمية المعرفية في الحكومة الليبية مبروكة توغي عثمان، على خلفية فساد مالي وإداري.
وبيّن مكتب النائب العام في ليبيا، في بيان صحافي، أن "النيابة العامة أمرت بالحبس الاحتياطي لوزيرة الثقافة والتنمية المعرفية، مبروكة توغي عثمان، على ذمة قضية ارتكاب الوقائع وقيام جرائم الحصول على المنافع بالمخالفة للقوانين التي تحيط المال العام بالحماية".
وشدد البيان على تورط الوزيرة في "تزوير المستندات الرسمية لغرض تعقيد إجراءات مراجعة وتتبع أوجه صرف المال العام".
وتتصدر التهمَ الموجهة إلى الوزيرة التعاقدُ على أعمال صيانة مبنى دار الكتب والنشر وقاعة الاجتماعات والدوار المروري المقابل لمبنى الوزارة، رغم أن الوزارة سبق أن صانت هذه المقار جميعها العام الماضي.
ولم يصدر عن الحكومة الليبية أي تعليق رسمي حتى الآن على قرار حبس الوزيرة.
ويأتي قرار الحبس "الاحتياطي" بحق وزيرة الثقافة بعد نحو 10 أيام من توقيف وزير التعليم موسى المقريف.
""", [
    ev("detention-order", "أمر مكتب النائب العام، الأربعاء، بالحبس الاحتياطي لوزيرة الثقافة", DETENTION, "'الأربعاء' before an article of Thu 30 Dec 2021 = Wed 29 Dec 2021 (arabicpost: 'الأربعاء 29 ديسمبر/كانون الأول 2021')"),
    ev("earlier-maintenance", "رغم أن الوزارة سبق أن صانت هذه المقار جميعها العام الماضي", "2020-01-01", "'العام الماضي' in an article of Dec 2021 = the year 2020", end="2021-01-01"),
    ev("migarief-detention", "بعد نحو 10 أيام من توقيف وزير التعليم موسى المقريف", "2021-12-20", "'بعد نحو 10 أيام' before the order of 29 Dec = about 19-20 Dec 2021; arabi21 (not used) dates the Attorney General's announcement of the education minister's detention '20 كانون الأول/ ديسمبر' (Mon 20 Dec 2021)"),
])
art(S, "https://www.addresslibya.com/2022/%D9%88%D8%A7%D8%B5%D9%81%D8%A9-%D8%A5%D9%8A%D8%A7%D9%87%D8%A7-%D8%A8%D9%80-%D8%A7%D9%84%D8%A7%D8%B9%D8%AA%D9%82%D8%A7%D9%84-%D9%88%D8%B2%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D8%AB%D9%82%D8%A7%D9%81/",
    "2022-01-01", "no full date on the stored page; the year 2022 in the URL path and the body's 'اليوم السبت' for the ministry's statement, the first Saturday after the detention of Wed 29 Dec 2021, give Sat 1 Jan 2022 (dostor of Sun 2 Jan: 'في بيان صادر السبت'); headline kept from the page; the section labels, the dateline 'العنوان-طرابلس' and the last, truncated sentence dropped", False, """
واصفة إياها بـ "الاعتقال".. وزارة الثقافة تستنكر حبس "توغي"
استنكرت وزارة الثقافة والتنمية المعرفية، اليوم السبت، توقيف النائب العام للوزيرة مبروكة توغي، ورأت فيه خطوة تصعيدية غايتها النيل من نجاح الوزارة وتقدمها.
وجاء في البيان أن "توغي ليست الإطار الإداري والمالي الوحيد والمباشر كي يصدر بحقها أمر الحبس الاحتياطي من دون تحقيقات وافية".
وأشار البيان إلى أن الوزيرة كانت قد أوقفت جميع الأسماء الواردة في مذكرة الرقابة الإدارية، وهي الأسماء التي تفيد المذكرة بتورط أصحابها من مسؤولي الهيئة العامة للثقافة سابقًا.
وأوضح أن توغي أوقفت بعد أن قصدت مكتب النائب العام لتقديم الإفادات اللازمة بشأن التهم التي وجهها وكيل الشؤون العامة خيري الراندي إلى الوزارة، ففوجئت بتوقيفها وإحالتها إلى الحبس الاحتياطي دون الالتفات إلى التوضيحات التي جاءت لأجلها.
وأكدت الوزارة أنها لم تُرصد لها أي ميزانية منذ إنشائها، مبينة أنه عندما خُصص لها مبلغ تبيّن أنه حُوّل إلى وزارة أخرى دون مسوّغ.
وطالبت الوزارة بإنهاء الحبس الاحتياطي وإطلاق سراح "توغي" في أقرب وقت، مرحبة بما صدر عن رئيس الحكومة عبد الحميد الدبيبة ووزيرة العدل حليمة عبد الرحمن.
""", [
    ev("ministry-statement", "استنكرت وزارة الثقافة والتنمية المعرفية، اليوم السبت", MINISTRY, "'اليوم السبت' after the detention of Wed 29 Dec 2021 = Sat 1 Jan 2022"),
    ev("detention-order", "توقيف النائب العام للوزيرة مبروكة توغي", DETENTION, "no own expression; the order of Wed 29 Dec 2021 (arabicpost)"),
    ev("toughi-at-prosecutor", "بعد أن قصدت مكتب النائب العام لتقديم الإفادات اللازمة", DETENTION, "no own expression; she was detained when she went to the Attorney General's office, i.e. on the day of the order, Wed 29 Dec 2021"),
    ev("dbeibah-remarks", "مرحبة بما صدر عن رئيس الحكومة عبد الحميد الدبيبة", DBEIBAH, "no own expression; Dbeibah's criticism at the cabinet meeting of Thu 30 Dec 2021 (dostor: 'الخميس الفائت'; arabi21, not used: the spokesman's press conference 'الخميس')"),
])
art(S, "https://dostor.org/3672741",
    "2022-01-02", "no date on the stored page; the body's 'اليوم الأحد' for the reported release, after the ministry's statement 'السبت' (addresslibya, Sat 1 Jan 2022) and Dbeibah's remarks 'الخميس الفائت' (Thu 30 Dec 2021), gives Sun 2 Jan 2022 (Sputnik's denial of the release has 20220102 in its URL); headline kept from the page; the last, truncated sentence cut after 'ليست الإطار الإداري والمالي الوحيد'", False, """
الإفراج عن وزيرة الثقافة الليبية مبروكة توغي
أفادت وسائل إعلام ليبية، اليوم الأحد، بالإفراج عن وزيرة الثقافة والتنمية المجتمعية مبروكة توغي، بعد أن حُبست احتياطيًا بأمر من النائب العام في وقت سابق، على ذمة التحقيقات الجارية في الاشتباه بضلوعها في جرائم فساد مالي.
ونقلت وكالة الأنباء الليبية عن مستشار الوزيرة طارق الجحاوي تأكيده خبر الإفراج عن توغي، المتهمة بإهدار المال العام من خلال إبرام عقود صيانة لمرافق تابعة للوزارة وتمويلها من مخصصات باب الطوارئ، مضيفًا أنه عازم على رد الاعتبار وكشف ملابسات حبسها احتياطيًا، على حد تعبيره.
وكان رئيس الحكومة عبدالحميد الدبيبة قد انتقد، أثناء ترؤسه اجتماع مجلس الوزراء الخميس الفائت، احتجاز الوزراء استنادًا إلى قوانين بالية، بعدما كلّف وزيرة العدل حليمة عبدالرحمن بمتابعة الملف مع الجهات القضائية.
وكانت وزارة الثقافة والتنمية المعرفية في حكومة الوحدة الوطنية قد دعت إلى إطلاق سراح الوزيرة وإنهاء حبسها الاحتياطي، على خلفية الاتهامات التي وجهتها إليها النيابة العامة في قضايا فساد مالي وإداري.
وأوضحت الوزارة، في بيان صادر السبت، أن الوزيرة، بقدر مسؤوليتها عن تسيير أعمال الوزارة، ليست الإطار الإداري والمالي الوحيد.
""", [
    ev("release-reported", "أفادت وسائل إعلام ليبية، اليوم الأحد، بالإفراج عن وزيرة الثقافة", RELEASE, "'اليوم الأحد' after the Saturday statement of 1 Jan 2022 = Sun 2 Jan 2022"),
    ev("detention-order", "بعد أن حُبست احتياطيًا بأمر من النائب العام في وقت سابق", DETENTION, "'في وقت سابق': the order of Wed 29 Dec 2021 (arabicpost)"),
    ev("dbeibah-remarks", "أثناء ترؤسه اجتماع مجلس الوزراء الخميس الفائت", DBEIBAH, "'الخميس الفائت' from Sun 2 Jan 2022 = Thu 30 Dec 2021"),
    ev("ministry-statement", "وأوضحت الوزارة، في بيان صادر السبت", MINISTRY, "'السبت' before Sun 2 Jan 2022 = Sat 1 Jan 2022 (addresslibya: 'اليوم السبت')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 642
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

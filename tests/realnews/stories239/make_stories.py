"""Builds stories.jsonl: the 239-th evaluation set of real Arabic news stories (several articles per
story, from different outlets, published on different days), bodies re-worded sentence by sentence, every
date/time expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories204/make_stories.py). Domain: bread and bakeries (flour supply, bread prices and
weights, bakery strikes and closures): the Lebanese bakers' open strike called and suspended (February
2020), Syria's doubling of the subsidised bread and diesel prices (July 2021), the Tunisian bakeries'
open strike over unpaid subsidies (December 2022), and the Aden bakeries' closures over a new roti price
(December 2025). None of these stories is in the dev set or the other tests/realnews/* sets, nor on the
forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- lebanon-bakers-open-strike-suspended-2020
S = "lebanon-bakers-open-strike-suspended-2020"
CONF = ("2020-02-20", "2020-02-22")  # the union's press conference: the page is stamped 21 Feb 2020 00:00, so Thu 20 or Fri 21
art(S, "https://mustaqbalweb.com/webtv/video/99580-إضراب-مفتوح-للأفران-الإثنين",
    "2020-02-21", "page stamp 'تم النشر في 21 شباط 2020 | 00:00' under the headline (kept as first line '21 شباط 2020', before the headline); 21 Feb 2020 was a Friday; the rubric 'إقتصاد' dropped", True, """
21 شباط 2020
إضراب مفتوح للأفران يبدأ الإثنين
قال رئيس اتحاد نقابات المخابز والأفران كاظم ابرهيم إن على الأفران "عبئًا ثقيلًا من كلفة صيانة المعدات والتجهيزات التي تُدفع نقدًا وبالدولار الأميركي، فضلًا عن الضرائب والرسوم التي تسدّدها للإدارات الرسمية".
وشدد في مؤتمر صحافي على "وجوب أن يبقى سعر ربطة الخبز ووزنها على ما هما عليه اليوم"، مؤكدًا أن "على الدولة أن تؤمّن حاجة البلاد من القمح، فالمواطن لم يعد يحتمل أي عبء".
وأعلن ابرهيم إضرابًا مفتوحًا للأفران بدءًا من الإثنين المقبل.
""", [
    ev("strike-announcement", "وشدد في مؤتمر صحافي", CONF[0], "no own expression; the union's press conference, reported on a page stamped 21 Feb 2020 00:00: Thu 20 or Fri 21 Feb (my span)", end=CONF[1]),
    ev("planned-strike", "بدءًا من الإثنين المقبل", "2020-02-24", "'الإثنين المقبل' after Fri 21 Feb = Mon 24 Feb 2020 (the day the open strike was to start; it was suspended on the eve)"),
])
art(S, "https://echolebanon.com/2020/02/23/11015",
    "2020-02-23", "date in the URL '/2020/02/23/' (a Sunday); body 'يوم غد' / 'الاضراب يبدأ الاثنين' agree (Mon 24 Feb); the two image placeholders dropped; no date of its own in the text", False, """
كاظم إبراهيم، رئيس نقابة أصحاب الأفران: ذاهبون إلى الإضراب المفتوح
أكد رئيس اتحاد نقابات المخابز والأفران كاظم ابراهيم أن النقابة مستمرة في الإضراب بدءًا من يوم غد و"إلى ما يشاء الله"، على حد قوله.
وقال ابراهيم: "الإضراب يبدأ الاثنين، واليوم عند الليل لن يكون هناك خبز... ولا تواصل بيننا وبين الحكومة، ونحن ماضون في الإضراب الذي يبدأ غدًا".
وأضاف: "الدولة لا تريد أن تدعم القمح ولا تتحمل مسؤولياتها، ونحن عاجزون عن الاستمرار، والمشكلة في الطحين والقمح وسعر صرف الدولار".
وختم ابراهيم قائلًا: "نحن متجهون إلى الإضراب المفتوح".
""", [
    ev("union-reaffirms", "أن النقابة مستمرة في الإضراب", "2020-02-23", "no own expression; the union head's statement on Sun 23 Feb 2020 (the URL day; another report: 'أعلن اتحاد نقابات المخابز والأفران في لبنان، الأحد')"),
    ev("planned-strike", "بدءًا من يوم غد", "2020-02-24", "'يوم غد' after Sun 23 Feb = Mon 24 Feb 2020"),
    ev("no-bread-tonight", "واليوم عند الليل لن يكون هناك خبز", "2020-02-23", "'اليوم عند الليل' = the night of Sun 23 Feb 2020"),
])
art(S, "https://akhbararabia.net/2020/02/23/شاهد-اللبنانيون-يتهافتون-على-الأفران",
    "2020-02-23", "date in the URL '/2020/02/23/' (a Sunday); body 'الأحد' for the union's announcement and 'يوم غد' for Monday agree; headline rendered from the URL slug; the dateline 'أخبار عربية – بيروت' and the truncated last sentence (the road-blockers' statement, 'هذا التحرك تحذيري...') dropped; no date of its own in the text", False, """
اللبنانيون يتهافتون على الأفران
بعدما أعلن اتحاد نقابات المخابز والأفران في لبنان، الأحد، التوجه إلى الإضراب المفتوح، شهدت مناطق مختلفة من البلاد تدافعًا وازدحامًا أمام الأفران.
ففي مدينة صور الجنوبية، أقبل المواطنون على شراء الخبز بكميات كبيرة، فنفد الخبز من جميع الأفران في غضون ساعتين.
وفي صيدا، شهدت الأفران ومحلات السمانة ما يشبه السباق على شراء ربطات الخبز، فنفدت الكميات سريعًا، في حين أعلن صاحب فرن في المدينة أن يوم غد هو يوم عمل عادي.
وفي عكار شمالًا، توافد عدد كبير من أبناء بلدات المحافظة وقراها إلى الأفران لشراء ما أمكن من الخبز، ما تسبب بازدحام شديد في عدد منها.
كما وقعت إشكالات عدة أمام عدد من الأفران في بيروت والضاحية الجنوبية بين مواطنين اصطفوا في طوابير طويلة طالبين حصصًا كبيرة من الخبز وخبازين يحاولون "تقنين" البيع ليكفي الجميع، إلى جانب إشكالات وملاسنات بين المواطنين أنفسهم.
قطع طرقات
وأفادت وسائل إعلام لبنانية بأنه "جرى قطع أوتوستراد الجنوب في محلة عدلون احتجاجًا على أزمة الخبز".
""", [
    ev("union-reaffirms", "أعلن اتحاد نقابات المخابز والأفران في لبنان، الأحد", "2020-02-23", "'الأحد' = Sun 23 Feb 2020 (the URL day)"),
    ev("bakery-rush", "أقبل المواطنون على شراء الخبز بكميات كبيرة", "2020-02-23", "no own expression; the rush on the bakeries after Sunday's announcement, Sun 23 Feb 2020"),
    ev("planned-strike", "أن يوم غد هو يوم عمل عادي", "2020-02-24", "'يوم غد' after Sun 23 Feb = Mon 24 Feb 2020, the strike day (a Saida baker said he would work)"),
    ev("bakery-scuffles", "كما وقعت إشكالات عدة أمام عدد من الأفران", "2020-02-23", "no own expression; the same Sunday, 23 Feb 2020"),
    ev("adloun-road-cut", "جرى قطع أوتوستراد الجنوب في محلة عدلون", "2020-02-23", "no own expression; the same Sunday evening, 23 Feb 2020 (another report puts it beside the Sunday rush)"),
])
art(S, "https://ta7kikatonline.net/%d9%86%d9%82%d8%a7%d8%a8%d8%a9-%d8%a3%d8%b5%d8%ad%d8%a7%d8%a8-%d8%a7%d9%84%d9%85%d8%ae%d8%a7%d8%a8%d8%b2-%d9%86%d8%b2%d9%88%d9%84%d8%a7%d9%8b-%d8%b9%d9%86%d8%af-%d8%b1%d8%ba%d8%a8%d8%a9-%d8%a7%d9%84",
    "2020-02-23", "no stamp or URL date in the stored page: fixed by the body's 'يوم غدٍ الإثنين' for the strike that had been called for Mon 24 Feb 2020 (announced on Fri 21 Feb, reaffirmed on Sun 23 Feb), with 'مساء اليوم' for the Sunday-evening rush: so Sun 23 Feb 2020; headline dropped (the URL slug is truncated); the truncated last sentence ('أن يوم غ...') dropped; no date of its own in the text", False, """
بعد مساعٍ بذلتها حركة أمل وتمنٍّ من رئيس مجلس النواب نبيه بري، علّق أصحاب الأفران إضرابهم الذي كان مقررًا يوم غدٍ الإثنين.
وكان مكتب الخدمات المركزي في حركة "أمل" قد تمنى في بيان على أصحاب الأفران في جميع المناطق "العمل نهار غد بشكل طبيعي والاستمرار في تحمّل مسؤولياتهم الوطنية بتأمين الرغيف لكل اللبنانيين".
وأكد المكتب أنه "يؤيد المطالب المحقة لكل العمال، ومنهم العاملون في قطاع المخابز والأفران والمطاحن"، لافتًا إلى أنه "يمكن التوصل إلى حلول لمطالبهم عبر الحوار من دون المساس بلقمة عيش الناس".
ودعا المكتب جميع اللبنانيين إلى "عدم التهافت على الأفران، لا سيما أن أغلب المخابز ستعمل كالمعتاد نهار غد الاثنين".
وبعد إعلان اتحاد نقابات المخابز والأفران التوجه إلى الإضراب المفتوح، شهدت أفران كثيرة في لبنان ازدحامًا كبيرًا، إذ تهافت المواطنون على شراء الخبز بكميات كبيرة، فنفد الخبز من كل الأفران في غضون ساعات.
إلى ذلك، قُطع أوتوستراد الجنوب في محلة عدلون احتجاجًا على "أزمة الخبز".
وشهدت الأفران ومحلات السمانة في بلدات ومناطق جنوبية، ولا سيما في مدينة صيدا، مساء اليوم ما يشبه السباق على شراء ربطات الخبز، فنفدت الكميات بسرعة.
""", [
    ev("strike-suspended", "علّق أصحاب الأفران إضرابهم", "2020-02-23", "no own expression; suspended on the eve of the strike ('يوم غدٍ الإثنين'), Sun 23 Feb 2020"),
    ev("planned-strike", "الذي كان مقررًا يوم غدٍ الإثنين", "2020-02-24", "'يوم غدٍ الإثنين' = Mon 24 Feb 2020"),
    ev("amal-appeal", "قد تمنى في بيان على أصحاب الأفران", "2020-02-23", "no own expression; Amal's statement on Sun 23 Feb 2020, before the suspension"),
    ev("bakery-rush", "إذ تهافت المواطنون على شراء الخبز بكميات كبيرة", "2020-02-23", "no own expression; after Sunday's announcement; 'مساء اليوم' = the evening of Sun 23 Feb 2020"),
    ev("adloun-road-cut", "قُطع أوتوستراد الجنوب في محلة عدلون", "2020-02-23", "no own expression; the same Sunday, 23 Feb 2020"),
])

# ---------------------------------------------------------------- syria-bread-diesel-price-doubling-2021
S = "syria-bread-diesel-price-doubling-2021"
PETROL = "2021-07-06"  # the octane-95 petrol hike to 3000 SYP: decided Tue 6 Jul 2021, applied from Wed 7 Jul (outside knowledge)
art(S, "https://jesrpress.com/%d8%a8%d8%b9%d8%af-%d8%a7%d9%84%d8%b3%d9%83%d8%b1-%d9%88%d8%a7%d9%84%d8%a3%d8%b1%d8%b2-%d9%88%d8%a7%d9%84%d8%a8%d9%86%d8%b2%d9%8a%d9%86-%d8%ad%d9%83%d9%88%d9%85%d8%a9-%d8%a7%d9%84%d9%86%d8%b8%d8%a7",
    "2021-07-10", "no stamp or URL date in the stored page: fixed by the body's 'اليوم السبت' for the decisions raising the diesel and bread prices, announced on the evening of Sat 10 Jul 2021 and applied 'من صباح الأحد 11 تموز/ يوليو 2021'; the credit 'جسر – متابعات' and the truncated last sentence dropped; the full date in the text is the day the prices took effect, not the publication day", False, """
رفعت حكومة نظام الأسد اليوم السبت سعري المازوت والخبز، بعد أيام قليلة من قرار مماثل قضى برفع سعر البنزين.
وبحسب ما نقلته وسائل إعلام موالية للنظام، صدر قرار بتعديل سعر ليتر المازوت ليصبح بـ500 ليرة سورية.
ويسري السعر الجديد على جميع القطاعات العامة والخاصة، ومنها المؤسسة السورية للمخابز ومخابز القطاع الخاص.
ويبدأ تطبيق قرار رفع سعر المازوت اعتبارًا من صباح الأحد 11 تموز/ يوليو 2021.
كما صدر قرار بتحديد سعر ربطة الخبز بـ200 ليرة سورية معبأة بكيس نايلون، على أن يبدأ العمل به اعتبارًا من صباح الأحد.
وذكرت صحيفة "الوطن" الموالية أن كلفة ليتر المازوت الواحد تتجاوز حاليًا 1967 ليرة، بينما يُباع للمواطنين لأغراض التدفئة بـ180 ليرة، مضيفة أن حكومة النظام تزوّد المخابز العامة والخاصة بالمازوت بسعر 135 ليرة، أي بأقل من سعر مازوت التدفئة.
وكانت حكومة نظام الأسد قد رفعت أسعار الأرز والسكر في الحصة التموينية المدعومة التي يحصل عليها المواطن عبر ما يُسمى "البطاقة الذكية"، نهاية الشهر الماضي.
""", [
    ev("price-decision", "رفعت حكومة نظام الأسد اليوم السبت سعري المازوت والخبز", "2021-07-10", "'اليوم السبت' = Sat 10 Jul 2021"),
    ev("petrol-hike", "بعد أيام قليلة من قرار مماثل قضى برفع سعر البنزين", PETROL, "'بعد أيام قليلة': the octane-95 petrol hike decided on Tue 6 Jul 2021 (outside knowledge: 'أمس الثلاثاء' in a 7 Jul report; applied from Wed 7 Jul)"),
    ev("diesel-effective", "اعتبارًا من صباح الأحد 11 تموز/ يوليو 2021", "2021-07-11", "'صباح الأحد 11 تموز/ يوليو 2021' = Sun 11 Jul 2021"),
    ev("bread-price-effective", "على أن يبدأ العمل به اعتبارًا من صباح الأحد", "2021-07-11", "'صباح الأحد' after Sat 10 Jul = Sun 11 Jul 2021"),
    ev("sugar-rice-hike", "قد رفعت أسعار الأرز والسكر", "2021-06-27", "'نهاية الشهر الماضي' = late June 2021: the hike of 27 June (another report: 'في 27 من الشهر الماضي')"),
])
art(S, "https://arabic.rt.com/business/1250491-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D8%B1%D9%81%D8%B9-%D8%B3%D8%B9%D8%B1-%D8%A7%D9%84%D9%85%D8%A7%D8%B2%D9%88%D8%AA-%D9%88%D8%A7%D9%84%D8%AE%D8%A8%D8%B1-%D8%A8%D8%A3%D9%83%D8%AB%D8%B1-%D9%85%D9%86-100-%D9%81%D9%8A-%D8%A7%D9%84%D9%85%D8%A6%D8%A9/amp",
    "2021-07-10", "no stamp or URL date in the stored page: fixed by the body's 'يوم غد الأحد' for the start of the two decisions announced on the evening of Sat 10 Jul 2021 (applied from Sun 11 Jul): so Sat 10 Jul 2021; the page furniture ('مباشر', 'تابعوا RT على') and the truncated last sentence (wages) dropped; no date of its own in the text", False, """
سوريا.. زيادة سعري المازوت والخبز بأكثر من 100 في المئة
رفعت الحكومة السورية سعر الخبز مئة في المئة، فأصبحت الربطة بـ200 ليرة بعد أن كانت بـ100 ليرة، فيما زاد سعر المازوت بأكثر من مئة في المئة، من 180 ليرة إلى 500 ليرة.
وأصدرت وزارة التجارة الداخلية وحماية المستهلك قرارًا "بتعديل" سعر ربطة الخبز (نحو 1100 غرام، أو 7 أرغفة) لتصبح بـ200 ليرة، موضحة أنها ستكون "معبأة بالنايلون".
كما أصدرت قرارًا برفع سعر ليتر المازوت "لكافة القطاعات العامة والخاصة بما فيها المؤسسة السورية للمخابز ومخابز القطاع الخاص ليصبح بـ 500 ليرة".
ويبدأ تطبيق القرارين يوم غد الأحد.
وأوضحت الوزارة أن القرارين صدرا "بناء على كتاب وزارة النفط والثروة المعدنية وتوصية اللجنة الاقتصادية".
يُذكر أن رفع سعري المادتين كان متوقعًا على نطاق واسع في البلاد التي تعاني أزمة في توافر الخبز والمشتقات النفطية، إذ تُباع المادتان بشكل "مقنن" عبر بطاقة إلكترونية تخصص للمواطن نحو ثلاثة أرغفة يوميًا.
أما المازوت فلم يُوزَّع منذ نحو سنة.
وكانت الحكومة قد رفعت في 27 من الشهر الماضي أسعار مادتي السكر والرز (اللتين تُباعان بسعر مدعوم وفق البطاقة) بنسبة 66 في المئة.
""", [
    ev("price-decision", "وأصدرت وزارة التجارة الداخلية وحماية المستهلك قرارًا", "2021-07-10", "no own expression; the decisions published on the evening of Sat 10 Jul 2021 (the eve of 'يوم غد الأحد')"),
    ev("bread-price-effective", "ويبدأ تطبيق القرارين يوم غد الأحد", "2021-07-11", "'يوم غد الأحد' = Sun 11 Jul 2021"),
    ev("sugar-rice-hike", "قد رفعت في 27 من الشهر الماضي", "2021-06-27", "'في 27 من الشهر الماضي' before July = Sun 27 Jun 2021"),
])
art(S, "http://www.soutalomma.com/Article/979654/%D9%88%D8%B3%D8%A7%D8%A6%D9%84-%D8%A5%D8%B9%D9%84%D8%A7%D9%85-%D8%B3%D9%88%D8%B1%D9%8A%D8%A9-%D8%AA%D8%B6%D8%A7%D8%B9%D9%81-%D8%A3%D8%B3%D8%B9%D8%A7%D8%B1-%D8%A7%D9%84%D8%AE%D8%A8%D8%B2-%D9%88%D8%A7%D9%84%D9%85%D8%A7%D8%B2%D9%88%D8%AA-%D8%A8%D8%B9%D8%AF-%D8%B2%D9%8A%D8%A7%D8%AF%D8%A9-%D8%B1%D9%88%D8%A7%D8%AA%D8%A8",
    "2021-07-11", "page stamp 'الأحد، 11 يوليو 2021 04:30 م' under the headline (kept as first line, before the headline); 11 Jul 2021 was a Sunday, the day the new prices took effect; the repeated headline, the caption 'الرئيس السوري بشار الأسد' and the truncated last sentence (the salary decree, 'أصدر الرئيس الس...') dropped", True, """
الأحد، 11 يوليو 2021 04:30 م
وسائل إعلام سورية: أسعار الخبز والمازوت تتضاعف بعد زيادة رواتب المدنيين والعسكريين
أفادت وسائل إعلام سورية، الأحد، ببدء العمل بالسعر الجديد للخبز والمازوت في البلاد بعد رفعه مجددًا، في ظل الأزمة الاقتصادية الخانقة التي تعانيها البلاد منذ سنوات.
وكانت وزارة التجارة الداخلية وحماية المستهلك السورية قد أعلنت، مساء السبت، تعديل سعر لتر المازوت إلى 500 ليرة سورية، بعد أن كان 180 ليرة لمعظم القطاعات و135 ليرة للأفران، أي بزيادة تفوق 170%؛ كما ضاعفت سعر ربطة الخبز لتصبح 200 ليرة سورية بعد أن كانت 100 ليرة.
وليست هذه المرة الأولى التي ترفع فيها الحكومة السورية سعر المازوت أو الخبز في بلد يعيش منذ عام 2011 حربًا وأزمة اقتصادية زادها الانهيار الاقتصادي في لبنان سوءًا مؤخرًا.
وخلال سنوات الحرب رفعت الحكومة السورية أسعار مواد أساسية مرات عدة، أبرزها الوقود، وكان آخرها الأسبوع الماضي حين رفعت سعر البنزين غير المدعوم بنسبة 25%، بعدما رفعت في مارس سعر البنزين المدعوم وغير المدعوم بأكثر من 50%.
""", [
    ev("bread-price-effective", "ببدء العمل بالسعر الجديد للخبز والمازوت", "2021-07-11", "'الأحد' = Sun 11 Jul 2021 (the stamp)"),
    ev("price-decision", "قد أعلنت، مساء السبت", "2021-07-10", "'مساء السبت' before Sun 11 Jul = Sat 10 Jul 2021"),
    ev("petrol-hike", "وكان آخرها الأسبوع الماضي", PETROL, "'الأسبوع الماضي' before Sun 11 Jul: the octane-95 petrol hike decided on Tue 6 Jul 2021 (outside knowledge; applied from Wed 7 Jul)"),
    ev("march-petrol-hike", "بعدما رفعت في مارس سعر البنزين", "2021-03-15", "'في مارس' = March 2021: the decisions of Mon 15 Mar 2021 (outside knowledge: 'في 15 مارس الماضي' in an April report)"),
])
art(S, "https://www.syrcenter.com/sdc/13104/%d8%b1%d9%81%d8%b9-%d8%a3%d8%b3%d8%b9%d8%a7%d8%b1-%d8%a7%d9%84%d9%85%d8%a7%d8%b2%d9%88%d8%aa-%d9%88%d8%a7%d9%84%d8%ae%d8%a8%d8%b2-%d9%81%d9%8a-%d8%b3%d9%88%d8%b1%d9%8a%d8%a9-%d8%a8%d9%82%d8%b1%d8%a7/",
    "2021-07-11", "no stamp or URL date in the stored page: fixed by the body's 'يوم أمس' for the ministry's decisions (Sat 10 Jul 2021) and 'صباح اليوم الأحد' for their application (Sun 11 Jul 2021); the rubric 'أخبار / أخر الأخبار', the repeated headline and lead, and the truncated end of the last sentence (the crop fires) dropped; no date of its own in the text", False, """
رفع سعري المازوت والخبز في سورية بقرار رسمي.. فما أبرز أسباب الغلاء؟
أصدرت وزارة "التجارة الداخلية وحماية المستهلك" يوم أمس قرارًا بتعديل سعري المازوت والخبز اللذين تدعمهما الدولة السورية.
ونصّ القرار على تعديل سعر ليتر المازوت ليصبح /500/ ليرة سورية لجميع القطاعات العامة والخاصة، ومنها المؤسسة "السورية للمخابز" ومخابز القطاع الخاص، إلى جانب تعديل سعر ربطة الخبز لتصبح /200/ ليرة سورية، وقد طُبّق القراران اعتبارًا من صباح اليوم الأحد.
ويُعد الخبز والمازوت من السلع الأساسية التي تدعمها الدولة ضمن قائمة السلع الموزعة عبر البطاقة الإلكترونية، وقد أسهمت الظروف الاقتصادية التي واجهتها سورية خلال سنوات الحرب في ارتفاع أسعار هذه السلع.
وواجهت الحكومة السورية أزمة في تأمين الخبز بعد خروج مساحات واسعة من حقول القمح عن سيطرة الدولة السورية.
""", [
    ev("price-decision", "يوم أمس قرارًا بتعديل سعري المازوت والخبز", "2021-07-10", "'يوم أمس' before Sun 11 Jul = Sat 10 Jul 2021"),
    ev("bread-price-effective", "وقد طُبّق القراران اعتبارًا من صباح اليوم الأحد", "2021-07-11", "'صباح اليوم الأحد' = Sun 11 Jul 2021"),
])

# ---------------------------------------------------------------- tunisia-bakeries-open-strike-december-2022
S = "tunisia-bakeries-open-strike-december-2022"
NOV = ("2022-11-01", "2022-12-01")  # the four months' arrears promised on 19 Oct, to be paid before the end of November 2022
art(S, "https://zamainfo.net/amp/%d8%a7%d9%86%d8%b7%d9%84%d8%a7%d9%82%d8%a7-%d9%85%d9%86-7-%d8%af%d9%8a%d8%b3%d9%85%d8%a8%d8%b1-%d8%a3%d8%b5%d8%ad%d8%a7%d8%a8-%d8%a7%d9%84%d9%85%d8%ae%d8%a7%d8%a8%d8%b2-%d9%8a%d8%af%d8%ae%d9%84%d9%88",
    "2022-12-01", "the body's own 'اليوم الخميس 01 ديسمبر 2022' (1 Dec 2022 was a Thursday); no stamp or URL date; the 'Related posts' list dropped", True, """
ابتداءً من 7 ديسمبر: أصحاب المخابز يعتصمون ويوقفون نشاطهم
أفاد أمين مال الغرفة الوطنية لأصحاب المخابز الصادق الحبوبي، اليوم الخميس 01 ديسمبر 2022، بأنهم قرروا التوقف عن العمل والدخول في اعتصام مفتوح بداية من يوم الأربعاء 07 ديسمبر الجاري.
وبيّن الحبوبي أن وزارة التجارة وتنمية الصادرات لم تلتزم بما نص عليه اتفاق 19 أكتوبر من صرف مستحقاتهم عن 4 أشهر قبل موفى نوفمبر الماضي.
وأكد أنهم فقدوا الثقة في الجهات الحكومية، وأنهم يطالبون حاليا بصرف كامل مستحقاتهم وإلا فإغلاق المخابز.
""", [
    ev("strike-decision", "بأنهم قرروا التوقف عن العمل", "2022-12-01", "'اليوم الخميس 01 ديسمبر 2022': the decision announced on Thu 1 Dec 2022 (it may have been taken a day or two before)"),
    ev("strike-start", "بداية من يوم الأربعاء 07 ديسمبر الجاري", "2022-12-07", "'يوم الأربعاء 07 ديسمبر الجاري' = Wed 7 Dec 2022"),
    ev("october-agreement", "اتفاق 19 أكتوبر", "2022-10-19", "'19 أكتوبر' = Wed 19 Oct 2022 (the agreement that suspended the October strike)"),
    ev("november-payment-deadline", "قبل موفى نوفمبر الماضي", NOV[0], "'قبل موفى نوفمبر الماضي' = by the end of November 2022 (my span: the month of November)", end=NOV[1]),
])
art(S, "https://radiomedtunisie.com/%d8%a7%d9%84%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/%d8%a7%d9%84%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1-%d9%88%d8%b7%d9%86%d9%8a%d8%a9/%d8%a8%d8%af%d8%a7%d9%8a%d8%a9-%d9%85%d9%86-%d8%a7%d9%84%d9%8a%d9%88%d9%85-%d8%aa%d9%88%d9%86%d8%b3-%d8%af%d9%88%d9%86-%d8%ae%d8%a8%d8%b2-2/",
    "2022-12-07", "the body's own 'اليوم الاربعاء 7 ديسمبر 2022' (7 Dec 2022 was a Wednesday, the first day of the strike); no stamp or URL date; the rubric 'وطنية' dropped", True, """
بداية من اليوم: تونس بلا خبز
تدخل المخابز في كامل تراب الجمهورية، اليوم الاربعاء 7 ديسمبر 2022، في إضراب مفتوح يستمر إلى حين تسوية الديون المتخلدة لفائدتها بذمة الدولة، استجابة لدعوة الغرفة الوطنية لأصحاب المخابز.
وتأتي هذه الخطوة التصعيدية للمطالبة بمستحقات المخابز لدى الدولة، التي تجاوزت 250 مليون دينار.
كما يأتي هذا التصعيد إثر إخلال وزارة التجارة وتنمية الصادرات بوعدها خلاص المخابز في نوفمبر المنقضي.
""", [
    ev("strike-start", "تدخل المخابز في كامل تراب الجمهورية، اليوم الاربعاء 7 ديسمبر 2022", "2022-12-07", "'اليوم الاربعاء 7 ديسمبر 2022' = Wed 7 Dec 2022"),
    ev("strike-decision", "استجابة لدعوة الغرفة الوطنية لأصحاب المخابز", "2022-12-01", "no own expression; the chamber's call, announced on Thu 1 Dec 2022 (another report: 'اليوم الخميس 01 ديسمبر 2022 ... قرروا')"),
    ev("november-payment-deadline", "بوعدها خلاص المخابز في نوفمبر المنقضي", NOV[0], "'في نوفمبر المنقضي' = November 2022 (the promised payment; my span: the month)", end=NOV[1]),
])
art(S, "https://dikhatalakhbar.com/?p=35826",
    "2022-12-07", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الأربعاء' for the first day of the bakeries' general strike, Wed 7 Dec 2022 (another outlet: 'اليوم الاربعاء 7 ديسمبر 2022'); the site name 'دقة الأخبار', the rubric and the related-links list dropped; no date of its own in the text", False, """
آلاف المخابز في تونس تضرب عن العمل
أغلقت آلاف المخابز في تونس أبوابها اليوم الأربعاء في إطار إضراب عام للمطالبة بأن تسدد الحكومة مستحقات مالية مرتبطة بدعم إعداد الخبز.
وقال رئيس الغرفة الوطنية لأصحاب المخابز محمد بوعنان إن تسعين في المئة من أكثر من 3100 مخبز نفذت الإضراب للمطالبة بتسديد مستحقات مالية عن 14 شهرا تُقدّر بنحو 260 مليون دينار (78 مليون يورو).
وأضاف بوعنان: «سنواصل الإضراب لأننا لم نتلقَّ أي رد إيجابي من الحكومة».
وأوضح المسؤول النقابي أن الحكومة اقترحت تسديد المستحقات بشكل تدريجي اعتبارا من يناير المقبل.
وكانت غرفة نقابات المخابز قد نفذت إضرابا مماثلا في نهاية أكتوبر، ثم علّقته إثر التوصل إلى اتفاق مع الحكومة على صرف مساعدات للمخابز عن أربعة أشهر، أي ما يعادل 23,5 مليون يورو.
وشدد بوعنان على أن هذا الاتفاق لم يُنفَّذ.
وتابع: «لم نعد قادرين على مواصلة العمل، ولا على دفع أجور عمالنا وسائر مصاريفنا. على الحكومة أن تدفع لنا».
""", [
    ev("strike-start", "أغلقت آلاف المخابز في تونس أبوابها اليوم الأربعاء", "2022-12-07", "'اليوم الأربعاء' = Wed 7 Dec 2022"),
    ev("gradual-payment", "اعتبارا من يناير المقبل", "2023-01-01", "'يناير المقبل' = January 2023 (the proposed start of the payments; my span: the month)", end="2023-02-01"),
    ev("october-strike", "قد نفذت إضرابا مماثلا في نهاية أكتوبر", "2022-10-19", "'في نهاية أكتوبر' (the source's wording): the one-day open strike of Wed 19 Oct 2022, suspended the same day (outside knowledge: 'بداية من الغد 19 أكتوبر 2022' in the chamber's statement of 18 Oct)"),
    ev("october-agreement", "إثر التوصل إلى اتفاق مع الحكومة", "2022-10-19", "no own expression; the agreement of Wed 19 Oct 2022 (another report: 'اتفاق 19 أكتوبر')"),
])

# ---------------------------------------------------------------- yemen-aden-roti-price-bakery-strike-2025
S = "yemen-aden-roti-price-bakery-strike-2025"
CIRC = ("2025-12-11", "2025-12-16")  # the trade office's circular (roti at 50 rials / 40 g, 1250 rials a kilo), issued some days before and in force from Mon 15 Dec 2025
WARN = ("2025-12-14", "2025-12-16")  # the bakers' association's warning, reported on Mon 15 Dec 2025
CRISIS = ("2025-12-16", "2025-12-18")  # the closures and bread shortage, Tue 16 - Wed 17 Dec 2025
art(S, "https://www.huna-aden.com/print.php?id=87399",
    "2025-12-15", "date line '2025/12/15' at the head of the stored (print) page (kept as first line); 15 Dec 2025 was a Monday, the day the trade office's new roti price came into force; the credit 'هنا عدن | متابعات' and the truncated last sentence ('وأكد أن القرار الجديد يتضمن أوزانًا غير م...') dropped", True, """
2025/12/15
عدن.. إضراب مرتقب للمخابز احتجاجًا على تسعيرة مكتب الصناعة، وجمعية الأفران تصف التسعيرة بأنها غير مدروسة
أعلنت جمعية المخابز والأفران المهنية أنها تلقت بلاغات من عدد من المخابز والأفران تفيد باعتزامها بدء الإضراب احتجاجًا على التسعيرة الجديدة التي فرضها مكتب الصناعة والتجارة في العاصمة المؤقتة عدن جنوبي البلاد.
وقال رئيس الجمعية عبد الجليل عبده أحمد، في تصريح لـ"المصدر أونلاين"، إن التسعيرة الجديدة الصادرة عن وزارة التجارة والصناعة، التي حددت سعر كيلو الخبز بـ1250 ريالًا، قرار غير مدروس لا يستند إلى معايير واقعية أو إلى دراسة حقيقية لتكاليف الإنتاج.
وبيّن أن أسعار المواد الأساسية وسعر الصرف بقيت ثابتة منذ نحو أربعة إلى خمسة أشهر، ولم يطرأ ما يبرر إصدار تسعيرة جديدة، مؤكدًا أن الأصل هو إبقاء الوضع على ما هو عليه.
وأشار إلى أن الجمعية سبق أن بادرت، حرصًا على مصلحة المواطنين، إلى خفض الأسعار، إذ خُفّض سعر الروتي في المخابز الآلية من 125 ريالًا إلى 100 ريال، وفي المخابز الشعبية من 100 ريال إلى 70 ريالًا بوزن 50 جرامًا، سعيًا إلى تخفيف الأعباء المعيشية عن المواطنين.
""", [
    ev("association-warning", "أنها تلقت بلاغات من عدد من المخابز والأفران", WARN[0], "no own expression; the association's statement reported on Mon 15 Dec 2025 (the date line), perhaps made the day before (my span 14-15 Dec)", end=WARN[1]),
    ev("bakery-closures", "تفيد باعتزامها بدء الإضراب", CRISIS[0], "no own expression; the strike the bakeries announced began on Tue 16 Dec 2025 (another report: 'اليوم الثلاثاء'), lasting until the agreement of Wed 17 Dec (my span)", end=CRISIS[1]),
    ev("pricing-circular", "التسعيرة الجديدة التي فرضها مكتب الصناعة والتجارة", CIRC[0], "no own expression; the circular issued some days before and in force from the morning of Mon 15 Dec 2025 (other reports: 'ابتداءً من صباح الاثنين'); my span 11-15 Dec", end=CIRC[1]),
    ev("earlier-price-cut", "إذ خُفّض سعر الروتي في المخابز الآلية", "2025-08-01", "no own expression; the association's cut of the roti prices (popular bakeries to 70 rials) after the rial's recovery in early August 2025 (outside knowledge, one report of a Sunday closure over the 70-rial price; my span 1-10 Aug 2025)", end="2025-08-11"),
])
art(S, "https://yemeniwindows.com/ar/news/547078",
    "2025-12-16", "no stamp or URL date in the stored page (a copy of a Yemen Monitor item): fixed by the body's 'اليوم الثلاثاء' for the bakeries' closures over the new price in force from Mon 15 Dec 2025 (the association's warning was reported on 15 Dec; the agreement ended the crisis on Wed 17 Dec): so Tue 16 Dec 2025; the credit 'يمن مونيتور/ قسم الأخبار' and the feed line 'The post ... appeared first on يمن مونيتور' (whose headline is used) dropped; no date of its own in the text", False, """
أزمة خبز في عدن بعد إغلاق الأفران احتجاجًا على التسعيرة الجديدة
أفاد مواطنون اليوم الثلاثاء بأن عددًا من المخابز والأفران أغلقت أبوابها في مناطق كريتر والمعلا والتواهي والبريقة بالعاصمة المؤقتة عدن، احتجاجًا على قرار مكتب الصناعة والتجارة خفض سعر الروتي إلى 50 ريالًا.
وكانت جمعية المخابز والأفران المهنية قد حذّرت مسبقًا من إضراب وشيك إذا فُرضت التسعيرة الجديدة، معتبرة القرار غير مدروس ولا يستند إلى أي معايير واقعية أو دراسة دقيقة لتكاليف الإنتاج.
وأكد رئيس الجمعية عبدالجليل عبده أحمد أن أسعار المواد الأساسية وسعر الصرف مستقرة منذ أشهر، وأن القرار يتضمن أوزانًا غير منطقية للروتي لا تتجاوز 40 جرامًا، ما يكبّد المخابز خسائر كبيرة ويقلل القيمة الغذائية للمواطنين.
ولفت عبده أحمد إلى أن بعض المخابز قد توقف الإنتاج نهائيًا إذا أصر مكتب الصناعة والتجارة على تنفيذ القرار، داعيًا إلى مراجعة التسعيرة بالتشاور مع النقابة بما يوازن بين مصلحة المواطنين واستمرار عمل الأفران.
ويواجه سكان عدن حاليًا أزمة خبز حادة بسبب الإضراب، وسط مخاوف من أثرها على الأمن الغذائي اليومي للمواطنين.
""", [
    ev("bakery-closures", "أغلقت أبوابها في مناطق كريتر والمعلا والتواهي والبريقة", CRISIS[0], "'اليوم الثلاثاء' = Tue 16 Dec 2025; the closures lasted until the agreement of Wed 17 Dec (my span 16-17 Dec)", end=CRISIS[1]),
    ev("pricing-circular", "قرار مكتب الصناعة والتجارة خفض سعر الروتي إلى 50 ريالًا", CIRC[0], "no own expression; the circular in force from Mon 15 Dec 2025, issued some days before (my span 11-15 Dec)", end=CIRC[1]),
    ev("association-warning", "قد حذّرت مسبقًا من إضراب وشيك", WARN[0], "no own expression; 'مسبقًا': the warning reported on Mon 15 Dec 2025 (my span 14-15 Dec)", end=WARN[1]),
    ev("bread-crisis", "ويواجه سكان عدن حاليًا أزمة خبز حادة", CRISIS[0], "'حاليًا' = Tue 16 Dec 2025; the shortage ended with the agreement of Wed 17 Dec (my span 16-17 Dec)", end=CRISIS[1]),
])
art(S, "https://www.cratersky.org/posts/215109",
    "2025-12-17", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الأربعاء' for the agreement between the trade office and the bakers' association that ended the closures begun on Tue 16 Dec 2025 ('خلال اليومين الماضيين'): so Wed 17 Dec 2025 (an aggregator copy of the same item sits beside items of Thu 18 Dec 2025); the credit 'كريتر سكاي/خاص' dropped; no date of its own in the text", False, """
التراجع عن تسعيرة الروتي في عدن
تراجع مكتب الصناعة والتجارة في العاصمة المؤقتة عدن عن قراره الأخير القاضي بفرض أسعار وأوزان جديدة لأقراص خبز "الروتي"، إثر اتفاق جرى التوصل إليه، اليوم الأربعاء، مع جمعية المخابز والأفران المهنية، أنهى أزمة الخبز التي عاشتها المدينة خلال اليومين الماضيين.
وقال رئيس جمعية المخابز والأفران المهنية في محافظة عدن، عبدالجليل عبده أحمد، إن اجتماعًا عُقد بين ممثلي الجمعية ومكتب الصناعة والتجارة جرى خلاله الاتفاق على إلغاء التسعيرة الجديدة والعودة إلى الأسعار السابقة.
وأوضح أن الاتفاق نص على إعادة سعر قرص "الروتي" الشعبي إلى 70 ريالًا يمنيًا، و"الروتي" الآلي إلى 100 ريال، وفق التسعيرة المعمول بها قبل صدور تعميم مكتب الصناعة، مؤكدًا أن هذا التفاهم وضع حدًا للأزمة وأعاد فتح المخابز أمام المواطنين.
""", [
    ev("agreement", "إثر اتفاق جرى التوصل إليه، اليوم الأربعاء", "2025-12-17", "'اليوم الأربعاء' = Wed 17 Dec 2025"),
    ev("bread-crisis", "أنهى أزمة الخبز التي عاشتها المدينة خلال اليومين الماضيين", CRISIS[0], "'خلال اليومين الماضيين' before/including Wed 17 Dec = Tue 16 - Wed 17 Dec 2025", end=CRISIS[1]),
    ev("agreement-meeting", "إن اجتماعًا عُقد بين ممثلي الجمعية ومكتب الصناعة والتجارة", "2025-12-17", "no own expression; the meeting of Wed 17 Dec 2025 at which the agreement was reached"),
    ev("pricing-circular", "قبل صدور تعميم مكتب الصناعة", CIRC[0], "no own expression; the circular in force from Mon 15 Dec 2025, issued some days before (my span 11-15 Dec)", end=CIRC[1]),
    ev("bakeries-reopen", "وأعاد فتح المخابز أمام المواطنين", "2025-12-17", "no own expression; the bakeries reopened after the agreement of Wed 17 Dec 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 242)
                            if i != 201 and i != 239 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

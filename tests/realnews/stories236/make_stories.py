"""Builds stories.jsonl: the 236-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories204/make_stories.py). Domain: sacrificial animals and livestock markets before Eid
al-Adha (the Romanian and Spanish sheep ships that reached Jijel and Oran in late April 2025 under Algeria's
one-million-head import order; Tunisia's weighed-sale points for Eid sheep at 21.900 dinars a kilo and the
discounted Romanian lamb of early June 2025). None of these stories is in the dev set or the other
tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-imported-sheep-ships-jijel-oran-2025
S = "algeria-imported-sheep-ships-jijel-oran-2025"
art(S, "https://www.masralyoum.net/sports/8810850/%D9%88%D8%B5%D9%88%D9%84-%D8%A3%D8%B2%D9%8A%D8%AF-%D9%85%D9%86-10-%D8%A2%D9%84%D8%A7%D9%81-%D8%A3%D8%B6%D8%AD%D9%8A%D8%A9-%D9%85%D8%B3%D8%AA%D9%88%D8%B1%D8%AF%D8%A9-%D9%85%D9%86-%D8%B1%D9%88%D9%85%D8%A7%D9%86%D9%8A%D8%A7-%D8%A5%D9%84%D9%89-%D9%85%D9%8A%D9%86%D8%A7%D8%A1-%D8%AC%D9%8A%D8%AC%D9%84",
    "2025-04-26", "a masralyoum copy of an Ennahar item, no stamp or URL date: fixed by the body's 'مساء اليوم السبت' for the first sheep ship at Jijel (the fifth in Algeria, after the ships of 20, 21 and 23 April that the body dates itself) and 'ووصلت اليوم' for the Spanish ship at Oran, which Echorouk dates 'صباح اليوم السبت': Sat 26 Apr 2025; headline rendered from the URL slug; the closing note 'ملحوظة: مضمون هذا الخبر ...' dropped; no date of its own in the text (day-month dates of earlier ships only)", False, """
وصول أكثر من 10 آلاف أضحية مستوردة من رومانيا إلى ميناء جيجل
رست مساء اليوم السبت بميناء جيجل باخرة تحمل ما يزيد على 10 آلاف أضحية جُلبت من رومانيا، استوردها المجمع العمومي «أغرولوغ» التابع لوزارة الفلاحة والتنمية الريفية والصيد البحري.
وهذه أول باخرة تدخل ميناء جيجل، والخامسة التي تبلغ الموانئ الجزائرية، من أصل مليون رأس غنم أمر رئيس الجمهورية باستيرادها وبيعها أضاحي للعيد بأسعار معقولة.
وكانت الباخرة قد أبحرت قبل أسبوع من ميناء ميديا الروماني محمّلة بـ10540 رأس غنم.
وستُفرغ الأضاحي من الباخرة بعد رسوها، ثم تُنقل إلى مراكز الحجر الصحي المخصصة لذلك.
وكانت أول باخرة، واسمها apus، قد رست بتاريخ 20 أفريل بميناء الجزائر العاصمة حاملة 15 ألف رأس غنم مستوردة من رومانيا.
ورست الباخرة الثانية JERSEY يوم 21 افريل بميناء الجزائر وعلى متنها 12 ألف رأس غنم من رومانيا، في حين بلغت الباخرة الثالثة جوليا ميناء الجزائر يوم 23 أفريل محمّلة بـ16 ألف أضحية مستوردة من رومانيا.
ووصلت اليوم إلى ميناء وهران باخرة تحمل 13 ألف رأس غنم قادمة من إسبانيا.
""", [
    ev("jijel-arrival", "رست مساء اليوم السبت بميناء جيجل", "2025-04-26", "'مساء اليوم السبت' = Sat 26 Apr 2025"),
    ev("jijel-departure", "قد أبحرت قبل أسبوع من ميناء ميديا الروماني", "2025-04-18", "'قبل أسبوع' before Sat 26 Apr = about Sat 19 Apr 2025 (my span 18-20 Apr)", end="2025-04-21"),
    ev("apus-arrival", "قد رست بتاريخ 20 أفريل بميناء الجزائر العاصمة", "2025-04-20", "'20 أفريل' = Sun 20 Apr 2025 (other reports: 'هذا اليوم الأحد')"),
    ev("jersey-arrival", "ورست الباخرة الثانية JERSEY يوم 21 افريل", "2025-04-21", "'21 افريل' = Mon 21 Apr 2025"),
    ev("julia-arrival", "بلغت الباخرة الثالثة جوليا ميناء الجزائر يوم 23 أفريل", "2025-04-23", "'23 أفريل' = Wed 23 Apr 2025"),
    ev("oran-spain-arrival", "ووصلت اليوم إلى ميناء وهران", "2025-04-26", "'اليوم' = Sat 26 Apr 2025 (Echorouk: 'رست صباح اليوم السبت ... بميناء وهران')"),
])
art(S, "https://www.africa-press.net/algeria/all-news/ميناء-جن-جن-بجيجل-يستقبل-أول-سفينة-من-ال",
    "2025-04-26", "no stamp or URL date in the stored page (an Africa Press copy of an Echorouk report): fixed by the body's 'صباح السبت' for the arrival and 'سيتم تفريغها اليوم السبت' for the unloading of the first sheep ship at Jijel, which another outlet dates 'مساء اليوم السبت' (Sat 26 Apr 2025, the fifth ship after those of 20, 21 and 23 April); headline rendered from the URL slug and the lead; the closing line 'يمكنكم متابعة المزيد ...' dropped; no date of its own in the text", False, """
ميناء جن جن بجيجل يستقبل أول سفينة أضاحي مستوردة
رست صباح السبت بميناء جن جن في جيجل أول سفينة أضاحي مستوردة، تحمل أكثر من 10500 كبش قادمة من ميناء ميديا الروماني على البحر الأسود.
ونقلت «الشروق» عن مصادر رفيعة في الميناء أن السفينة، التي ترفع علم الطوغو وتحمل اسم «باسيفيك أم»، ستُفرغ اليوم السبت، وأن ترتيبات تحضيرية سبقت رسوها استعدادا لإنزال 10540 كبشا رومانيا.
وأضاف المصدر نفسه أن القائمين على العملية لم يحسموا بعد مكان الحجر الصحي للكباش المستوردة، ولا ما إذا كانت ستبقى داخل الميناء أو تُنقل إلى فضاءات للحجر خارجه.
""", [
    ev("jijel-arrival", "رست صباح السبت بميناء جن جن", "2025-04-26", "'صباح السبت' = Sat 26 Apr 2025 (Ennahar says the evening of the same day)"),
    ev("jijel-unloading", "ستُفرغ اليوم السبت", "2025-04-26", "'اليوم السبت' = Sat 26 Apr 2025"),
    ev("quarantine-undecided", "لم يحسموا بعد مكان الحجر الصحي", "2025-04-26", "no own expression; the state of things on the publication day, Sat 26 Apr 2025"),
])
art(S, "https://www.daily8.com/article/1949baaca24ff637827fc40d90c923c7",
    "2025-04-29", "stamp 'الشروق٢٩-٠٤-٢٠٢٥' under the headline (a daily8 copy of an Echorouk item; kept as first line '29-04-2025', before the headline); 29 Apr 2025 was a Tuesday, the day after the Polaris 2 arrival that the body dates 'مساء أمس الإثنين' (another report: 'ليلة الإثنين إلى الثلاثاء'); the page furniture ('جرب ميزات الذكاء الاصطناعي', comments) dropped", True, """
29-04-2025
ميناء وهران: وصول أضخم شحنة من الكباش الرومانية المستوردة إلى الجزائر
بلغت الباخرة «بولاريس 2» ميناء وهران مساء أمس الإثنين، قادمة من ميناء ميديا الروماني، وعلى متنها شحنة ضخمة تضم نحو 31 ألف رأس من الكباش المستوردة.
وهذه الباخرة، التي رست على رصيف الميناء، هي الأكبر من نوعها التي استقبلتها الموانئ الجزائرية حتى الآن، والعملية هي الثانية من نوعها في ميناء وهران والثامنة على مستوى الموانئ الوطنية، ضمن برنامج الاستيراد الموجّه لتلبية الطلب على الأضاحي.
وتندرج الشحنة في عملية استيراد واسعة تنفيذا لتعليمات رئيس الجمهورية، الذي أمر بجلب مليون رأس من الغنم لتسويقها للمواطنين بأسعار مدروسة، في إطار مساعي الدولة لضمان وفرة الأضاحي ومكافحة المضاربة خلال موسم العيد.
ومن المنتظر توزيع هذه الكمية على مختلف ولايات الوطن عبر قنوات رسمية، لضمان الشفافية وحصول الجميع على الأضاحي المستوردة بإنصاف، بما يخفف الضغط على السوق الوطنية ويدعم القدرة الشرائية للمواطنين.
""", [
    ev("polaris-arrival", "بلغت الباخرة «بولاريس 2» ميناء وهران مساء أمس الإثنين", "2025-04-28", "'مساء أمس الإثنين' before Tue 29 = Mon 28 Apr 2025"),
    ev("million-head-order", "الذي أمر بجلب مليون رأس من الغنم", "2025-03-09", "no own expression; the president's order at the council of ministers, announced by the presidency on Sun 9 Mar 2025 (outside knowledge, one source: an 11 Mar report's 'يوم الأحد الماضي'; my span 9-10 Mar)", end="2025-03-11"),
    ev("distribution-to-wilayas", "ومن المنتظر توزيع هذه الكمية على مختلف ولايات الوطن", "2025-04-29", "no own expression; future from Tue 29 Apr: the imported sheep were sold through official points up to Eid al-Adha (Fri 6 Jun 2025); my span 29 Apr - 5 Jun", end="2025-06-06"),
])
art(S, "https://www.awras.com/%D8%A7%D9%84%D8%A3%D8%B6%D8%AE%D9%85-%D9%84%D8%AD%D8%AF-%D8%A7%D9%84%D8%A2%D9%86-%D8%B4%D8%AD%D9%86%D8%A9-%D8%A7%D9%84%D9%83%D8%A8%D8%A7%D8%B4-%D8%A7%D9%84%D8%B1%D9%88%D9%85%D8%A7%D9%86%D9%8A%D8%A9/",
    "2025-04-29", "no stamp or URL date in the stored page: fixed by the body's 'مساء أمس' for the Polaris 2 arrival at Oran, which Echorouk dates 'مساء أمس الإثنين' in its item stamped 29-04-2025 (Mon 28 Apr 2025): so Tue 29 Apr 2025; the byline 'إلهام هواري' and 'انسخ الرابط المختص' dropped; the last sentence cut to its complete clause where the stored text breaks off ('المستورد م...'); no date of its own in the text", False, """
الأضخم لحد الآن.. شحنة الكباش الرومانية المستوردة تصل ميناء وهران
وصلت إلى ميناء وهران مساء أمس الباخرة العملاقة «بولاريس 2» القادمة من ميناء ميديا الروماني، حاملة شحنة ضخمة تقدَّر بنحو 31 ألف رأس من الكباش المستوردة، في أكبر عملية من نوعها تستقبلها الموانئ الجزائرية حتى الآن.
وهذه العملية هي الثانية في ميناء وهران والثامنة على المستوى الوطني، ضمن البرنامج الحكومي لاستيراد الأضاحي استعدادا لموسم عيد الأضحى المبارك.
يُذكر أن أولى شحنات الأغنام المستوردة وصلت الأحد الماضي على متن الباخرة «APUS» القادمة من رومانيا بحمولة 15 ألف رأس.
كما وصلت الاثنين باخرة ثانية اسمها «Jersey»، قادمة من رومانيا وعلى متنها 12 ألف رأس من الأغنام.
ورست الأربعاء بميناء الجزائر السفينة «Julia AK» القادمة من رومانيا، محمّلة بـ16 ألف رأس من الخرفان.
ووصلت باخرة أخرى تحمل 13 ألف رأس غنم قادمة من إسبانيا، وفق ما كشفته وزارة الفلاحة.
وآخر شحنة استقبلتها الجزائر كانت يوم الأحد بميناء سكيكدة، حيث وصلت باخرة الشحن «KARAZI» محمّلة بـ14 ألف رأس من الغنم.
""", [
    ev("polaris-arrival", "وصلت إلى ميناء وهران مساء أمس الباخرة العملاقة", "2025-04-28", "'مساء أمس' before Tue 29 = Mon 28 Apr 2025"),
    ev("apus-arrival", "وصلت الأحد الماضي على متن الباخرة «APUS»", "2025-04-20", "'الأحد الماضي': the APUS ship reached Algiers on Sun 20 Apr 2025 (other reports: 'بتاريح 20 أفريل'); read from Tue 29 the phrase would give Sun 27, but the gold is the real day"),
    ev("jersey-arrival", "كما وصلت الاثنين باخرة ثانية", "2025-04-21", "'الاثنين' = Mon 21 Apr 2025 (other reports: 'يوم21 افريل')"),
    ev("julia-arrival", "ورست الأربعاء بميناء الجزائر", "2025-04-23", "'الأربعاء' = Wed 23 Apr 2025 (other reports: 'يوم 23 أفريل')"),
    ev("oran-spain-arrival", "ووصلت باخرة أخرى تحمل 13 ألف رأس غنم", "2025-04-26", "no own expression; the Spanish ship at Oran on Sat 26 Apr 2025 (Echorouk: 'رست صباح اليوم السبت')"),
    ev("skikda-arrival", "كانت يوم الأحد بميناء سكيكدة", "2025-04-27", "'يوم الأحد' before Tue 29 = Sun 27 Apr 2025"),
])

# ---------------------------------------------------------------- tunisia-eid-sheep-weighed-sale-points-2025
S = "tunisia-eid-sheep-weighed-sale-points-2025"
ROMANIAN = ("2025-05-29", "2025-06-03")  # the Romanian chilled lamb: announced Thu 29 May, 'four containers' in by Mon 2 Jun
art(S, "https://ar.elyomnew.com/world/303162.html",
    "2025-05-29", "stamp 'اليوم الخميس 29 مايو 2025 07:14 مساءً' and 'نشر في تونسكوب يوم 29 - 05 - 2025' (an elyomnew copy of a Tunisiescope item); the body's own 'صباح اليوم الخميس 29 ماي 2025' (29 May 2025 was a Thursday); the aggregator's lead-in and 'انقر هنا لقراءة الخبر من مصدره' dropped", True, """
أضاحي بأسعار موحدة ورقابة صحية: نقطة بيع جديدة تفتح أبوابها في منوبة
افتُتحت صباح اليوم الخميس 29 ماي 2025 نقطة لبيع الأضاحي بالميزان في منطقة السعيدة من معتمدية وادي الليل بولاية منوبة، وسط إقبال كبير من المواطنين وطلب تجاوز العرض.
وتنظّم هذه المبادرة المجمعُ المهني المشترك للحوم الحمراء والألبان وديوانُ تربية الماشية وتوفير المرعى، بمشاركة 11 مربّيا من ولايات القيروان والكاف وسيدي بوزيد ومنوبة، وقد وُفّر في اليوم الأول أكثر من 300 رأس من الأضاحي.
وأوضح أنيس الزعيم، المكلف بتسيير ديوان تربية الماشية، أن الإقبال كان لافتا منذ الساعات الأولى، وأن عدد المربين سيرتفع إلى 16 مربيا التزموا بتوفير قرابة 1500 رأس من الأضاحي خلال الأيام القادمة.
كما وفّر ديوان تربية الماشية، عن طريق ضيعة صواف بولاية زغوان، 80 أضحية في اليوم الأول، على أن يستمر التزويد بانتظام بحسب توفر الخرفان.
وترمي هذه النقطة إلى تعديل الأسعار وعرض الأضاحي بسعر موحد قدره 21.900 د/كغ، مع ضمان السلامة الصحية تحت رقابة الهياكل البيطرية الموجودة في النقطة، وفي تواصل مباشر مع المستهلكين.
""", [
    ev("sale-points-opening", "افتُتحت صباح اليوم الخميس 29 ماي 2025", "2025-05-29", "'صباح اليوم الخميس 29 ماي 2025' = Thu 29 May 2025"),
    ev("first-day-supply", "وقد وُفّر في اليوم الأول أكثر من 300 رأس", "2025-05-29", "'في اليوم الأول' of the point = Thu 29 May 2025"),
    ev("more-breeders-supply", "خلال الأيام القادمة", "2025-05-30", "'خلال الأيام القادمة' after Thu 29 May, up to Eid al-Adha (Fri 6 Jun 2025); my span 30 May - 5 Jun", end="2025-06-06"),
])
art(S, "https://www.arabesque.tn/ar/article/126681/%D8%AA%D9%88%D9%86%D8%B3-%D8%AA%D9%88%D8%B1%D9%8A%D8%AF-6-%D8%A2%D9%84%D8%A7%D9%81-%D8%B1%D8%A3%D8%B3-%D9%85%D8%A8%D8%B1%D8%AF-%D9%85%D9%86-%D8%B1%D9%88%D9%85%D8%A7%D9%86%D9%8A%D8%A7-%D8%A8%D9%85%D9%86%D8%A7%D8%B3%D8%A8%D8%A9-%D8%B9%D9%8A%D8%AF-%D8%A7%D9%84%D8%A7%D8%B6%D8%AD%D9%89",
    "2025-05-29", "no stamp or URL date in the stored page: fixed by its closing sentence 'وقد تم افتتاحها رسميًا اليوم 29 ماي' (the sale points) with the body's 'انطلقت اليوم عمليات بيع الأضاحي بالنقاط المنظمة بسعر 21.900 د/كلغ حي' (the 2025 price; another outlet: 'صباح اليوم الخميس 29 ماي 2025'): Thu 29 May 2025; that closing sentence was dropped from the kept text, which thus has no date of its own; the rubric 'اقتصاد' dropped", False, """
تونس : توريد 6 آلاف رأس مبرد من رومانيا بمناسبة عيد الاضحى
أعلنت شركة اللحوم أنها ستستورد قرابة 6 آلاف خروف مبرّد من رومانيا بسعر 38.900 د/كلغ، توزَّع كمياتها على معظم المساحات الكبرى في كامل البلاد، بحسب ما ذكره مدير إدارة الاستغلال إسكندر راجح.
وأكد راجح أيضا أن نقطة بيع الخروف الحي بالميزان في الوردية ستفتح أبوابها نهاية الأسبوع، وسيُوفَّر فيها بين 4 و5 آلاف رأس غنم، إضافة إلى نحو 80 طنا من لحوم الضأن المبرّدة، مقطّعة أو كاملة، بالنظر إلى الطلب الكبير عليها.
وفي السياق نفسه، انطلقت اليوم عمليات بيع الأضاحي في النقاط المنظمة بسعر 21.900 د/كلغ حي، تحت إشراف المجمع المهني المشترك للحوم الحمراء وبالتنسيق مع وزارة الفلاحة.
ودعت الهياكل المهنية المربين إلى المشاركة في هذه النقاط، والمواطنين إلى شراء أضاحيهم منها تجنبا للمضاربة، كما حثّ اتحاد الفلاحة الفلاحين الراغبين في البيع على استخراج بطاقة الفلاح لتيسير العملية.
""", [
    ev("romanian-lamb-imports", "ستستورد قرابة 6 آلاف خروف مبرّد من رومانيا", ROMANIAN[0], "no own expression; future from Thu 29 May 2025: the chilled Romanian lamb, of which 'أربع حاويات' had come in by Mon 2 Jun (another report); my span 29 May - 2 Jun", end=ROMANIAN[1]),
    ev("ouardia-point-opening", "ستفتح أبوابها نهاية الأسبوع", "2025-05-30", "'نهاية الأسبوع' after Thu 29 May 2025 = the weekend of Sat 31 May - Sun 1 Jun (my span 30 May - 1 Jun)", end="2025-06-02"),
    ev("sale-points-opening", "انطلقت اليوم عمليات بيع الأضاحي", "2025-05-29", "'اليوم' = Thu 29 May 2025 (the dropped closing sentence: 'اليوم 29 ماي')"),
])
art(S, "https://almowaten.news/markets/91373.html",
    "2025-06-02", "stamp 'اليوم الاثنين 2 يونيو 2025 02:09 مساءً' and 'نشر في باب نات يوم 02 - 06 - 2025' (an almowaten copy of a Babnet item; kept as the line under the headline: 'الاثنين 2 يونيو 2025'); 2 Jun 2025 was a Monday; the aggregator's lead-in, 'أخبار ذات صلة' and the truncated list of sale points ('العمران، الجبل الأحمر، والكب...') dropped", True, """
بمناسبة عيد الأضحى: لحوم رومانية بأسعار تفاضلية في الأسواق التونسية بداية من الثلاثاء
الاثنين 2 يونيو 2025
أعلن رئيس الغرفة الوطنية للقصّابين أحمد العميري، خلال مداخلة على أمواج إذاعة الجوهرة أف أم في برنامج «صباح الورد»، إطلاق مبادرة وطنية لتعديل أسعار لحم الأضاحي، تقوم على بيع لحم الخروف الروماني بما بين 37,500 و38,000 دينار للكيلوغرام، بداية من يوم الثلاثاء 4 جوان 2025، بدلا من السعر المرجعي السابق البالغ 38,900 دينار.
وبيّن العميري أن المبادرة تأتي في إطار شراكة بين الغرفة الوطنية للقصابين وعدد من النواب الجهويين، وبدعم من الإدارة الجهوية للتجارة، لافتا إلى أن الكميات المتاحة حاليا محدودة، إذ لم تُورَّد سوى أربع حاويات من لحم الخروف الروماني.
وستُعرض هذه اللحوم، المذبوحة والمجهّزة، مباشرة على المستهلكين في عدد من النقاط الموزعة على ولايات البلاد، منها السوق المركزية وسوق سيدي البحري بالعاصمة.
""", [
    ev("amiri-radio-announcement", "أعلن رئيس الغرفة الوطنية للقصّابين أحمد العميري", "2025-06-02", "no own expression; the morning radio show of the publication day, Mon 2 Jun 2025"),
    ev("discounted-romanian-lamb-sales", "بداية من يوم الثلاثاء 4 جوان 2025", "2025-06-03", "'يوم الثلاثاء 4 جوان 2025' is self-contradictory (4 Jun 2025 was a Wednesday; the headline says 'بداية من الثلاثاء', i.e. Tue 3 Jun): my span 3-4 Jun", end="2025-06-05"),
    ev("romanian-lamb-imports", "إذ لم تُورَّد سوى أربع حاويات", ROMANIAN[0], "no own expression; the four containers of Romanian lamb in by Mon 2 Jun 2025, after the import announced on Thu 29 May (another report); my span 29 May - 2 Jun", end=ROMANIAN[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 239)
                            if i != 201 and i != 236 and (i <= 232 or os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}')))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 259-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories250/make_stories.py). Domain: tobacco and smoking (the Syrian smoking ban of decree 62
coming into force in April 2010, the Egyptian cigarette price rise for the health insurance levy in July 2018,
the Lebanese ban on smoking in closed public places (law 174) in September 2012, the Egyptian cabinet's
directive to enforce the smoking ban in public buildings in November 2021). None of these stories is in the dev
set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-smoking-ban-decree-62-in-force-2010
S = "syria-smoking-ban-decree-62-in-force-2010"
DECREE = ("2009-10-11", "2009-10-12")  # legislative decree 62 of 2009 signed and announced on Sun 11 Oct 2009 (outside knowledge)
art(S, "https://mail.aljaml.com/comment/21422",
    "2010-04-20", "date line '20-04-2010' at the head of the stored page (kept as first line); the headline's 'غداً' and the body's 'يوم غد' for the start of the ban on Wed 21 Apr 2010 agree (20 Apr 2010 was a Tuesday); the last sentence, cut in the stored text ('كذلك وضعت ال...'), dropped", True, """
20-04-2010
غداً يبدأ تنفيذ مرسوم منع التدخين في الأماكن العامة وضابطة عدلية لتنفيذه
يبدأ يوم غد العمل بأحكام المرسوم التشريعي رقم 62 لعام 2009، الذي يمنع التدخين خلال الاجتماعات والمؤتمرات والمحاضرات والندوات الرسمية، كما يمنع بيع منتجات التبغ وتقديمها في الأماكن العامة وفي أماكن أخرى حددتها نصوص المرسوم، على أن تؤمّن الجهات المعنية حيزاً مستقلاً جيد التهوية يُخصص للمدخنين.
واتخذت وزارات الإدارة المحلية والصحة والسياحة والتعليم العالي والداخلية وسائر الجهات المكلفة بتطبيق المرسوم وتعليماته التنفيذية جميع الإجراءات اللازمة لذلك، فأصدرت القرارات التنفيذية التي تضمن تطبيق أحكامه وتحقيق أهدافه.
وقد حُددت الأماكن المخصصة للمدخنين، وكذلك الجهات والآليات التي ستُفرض بموجبها العقوبات على المخالفين من الأفراد والجهات العامة والخاصة.
ويستند ذلك إلى المادة الثانية من المرسوم التي عيّنت الأماكن التي يُحظر فيها التدخين وبيع منتجات التبغ، ولا سيما المدارس ودور الحضانة والمعاهد والمؤسسات التربوية والجامعية ومراكز التدريب العلمية والصحية والمشافي والعيادات والصيدليات والغابات والمحميات وحقول الحبوب ودور العبادة.
""", [
    ev("ban-in-force", "يبدأ يوم غد العمل بأحكام المرسوم", "2010-04-21", "'يوم غد' from Tue 20 Apr 2010 (the date line) = Wed 21 Apr 2010"),
    ev("decree-issued", "المرسوم التشريعي رقم 62 لعام 2009", DECREE[0], "'لعام 2009': the decree was signed and announced on Sun 11 Oct 2009 (outside knowledge)", end=DECREE[1]),
    ev("ministries-measures", "فأصدرت القرارات التنفيذية", "2009-10-12", "no own expression; the executive decisions were issued between the decree (11 Oct 2009) and this report of 20 Apr 2010: my span", end="2010-04-21"),
    ev("smoking-areas-set", "وقد حُددت الأماكن المخصصة للمدخنين", "2009-10-12", "no own expression; done before the report of 20 Apr 2010, after the decree: my span 12 Oct 2009 - 20 Apr 2010", end="2010-04-21"),
])
art(S, "https://www.masress.com/youm7/217179",
    "2010-04-21", "masress mirror of Youm7; no date on the stored page; the body's 'بدأ اليوم الأربعاء' for the start of the Syrian ban, which is known to be Wed 21 Apr 2010 (aljaml's 'غداً' of 20-04-2010; elaph's AFP item of April 2010), fixes the day; no date of its own in the text", False, """
سوريا تبدأ تطبيق منع التدخين في الأماكن العامة
بدأ اليوم الأربعاء في سوريا العمل بالمرسوم التشريعي القاضي بمنع التدخين وبيع منتجات التبغ وتقديمها في الأماكن العامة، ومنها المقاهي والمطاعم.
ويحظر المرسوم التدخين في "الأماكن المعدة لتقديم الطعام"، ومنها "المطاعم والمقاهي والحانات"، وكذلك في "الجامعات والأندية والصالات الرياضية المغلقة ووسائل النقل العامة في البر والجو والبحر".
ويشمل الحظر أيضاً "المراكز الثقافية ودور السينما والمسارح والمكتبات العامة والمتاحف والمؤسسات الثقافية الأخرى".
ويُلزم المرسوم "أصحاب المحال العامة أو مستثمريها ممن يرغبون في السماح بالتدخين بأن يخصصوا للمدخنين مساحة من الأماكن غير المغلقة بنسب محددة من مساحة المحل العام".
وكانت المؤسسة العامة للتبغ قد أفادت في إحصائية بأن المدخنين في سوريا ينفقون قرابة 26 مليار ليرة سورية، أي نحو 600 مليون دولار، سنوياً، وأن "كل مدخن ينفق ثمانية بالمائة من دخله السنوي" على التبغ.
وأظهرت دراسة للمركز السوري لأبحاث التدخين أن "التدخين منتشر بنسبة 60% بين الرجال و23% بين النساء"، وأشارت إلى "ازدياد تدخين النرجيلة بنسبة 20% بين الرجال و6% بين النساء".
""", [
    ev("ban-in-force", "بدأ اليوم الأربعاء في سوريا العمل بالمرسوم", "2010-04-21", "'اليوم الأربعاء' = Wed 21 Apr 2010, the day the ban came into force"),
    ev("decree-issued", "بالمرسوم التشريعي القاضي بمنع التدخين", DECREE[0], "no own date; the legislative decree (62 of 2009) was signed and announced on Sun 11 Oct 2009 (outside knowledge)", end=DECREE[1]),
    ev("tobacco-spending-statistic", "وكانت المؤسسة العامة للتبغ قد أفادت في إحصائية", "2009-01-01", "no own expression; the statistic was published by SANA in 2009 (elaph's AFP version of this item says 'في 2009'): the year 2009", end="2010-01-01"),
    ev("smoking-study", "وأظهرت دراسة للمركز السوري لأبحاث التدخين", "2005-01-01", "no own expression; a study published before April 2010: my loose span 2005 - 20 Apr 2010", end="2010-04-21"),
])

# ---------------------------------------------------------------- egypt-cigarette-price-rise-health-insurance-2018
S = "egypt-cigarette-price-rise-health-insurance-2018"
ANNOUNCE = ("2018-07-11", "2018-07-13")  # Harun's statements on the rise: on TV on Wed 11 Jul, repeated on Thu 12 Jul 2018
LAW = ("2018-01-11", "2018-01-12")  # the comprehensive health insurance law (No. 2 of 2018), 11 Jan 2018
art(S, "https://alraeesnews.com/17048",
    "2018-07-11", "no date of publication on the stored page (its header 'الخميس 19 سبتمبر 2024' is the crawl day); 'بدءا من الغد' and the law 'فى 11 يناير' applied 'فى اليوم التالى بعد مرور 6 أشهر' fix the rise to Thu 12 Jul 2018 (the Eastern Company's rise, confirmed by rassd and 123news 'اليوم الخميس'), so the item is of Wed 11 Jul 2018, the evening of the 'يحدث فى مصر' call; no date of its own in the text", False, """
عاجل.. زيادة في أسعار السجائر بحد أدنى 1.5 جنيه غداً
أعلن محمد عثمان هارون، رئيس الشركة الشرقية للدخان، أن زيادة في أسعار كل أنواع السجائر ستُطبق بدءا من الغد، بحد أدنى 1.5 جنيه للعلبة الواحدة.
وأوضح أن هذه الزيادة تستند إلى قانون أقره مجلس النواب منذ 6 أشهر، وكان ذلك فى 11 يناير، على أن يُطبق فى اليوم التالى بعد مرور 6 أشهر.
وقال هارون، في اتصال هاتفي مع برنامج "يحدث فى مصر" على قناة "mbc مصر"، إن الزيادة تسري على جميع أنواع السجائر، المحلية منها والأجنبية.
""", [
    ev("price-rise", "ستُطبق بدءا من الغد", "2018-07-12", "'بدءا من الغد' from Wed 11 Jul 2018 = Thu 12 Jul 2018"),
    ev("harun-announcement", "أعلن محمد عثمان هارون، رئيس الشركة الشرقية للدخان", ANNOUNCE[0], "no own expression; the TV call of Wed 11 Jul 2018 (the day before the rise); key span 11-12 Jul 2018", end=ANNOUNCE[1]),
    ev("health-insurance-law", "وكان ذلك فى 11 يناير", LAW[0], "'فى 11 يناير' (2018, 'منذ 6 أشهر' before July 2018) = Thu 11 Jan 2018", end=LAW[1]),
    ev("tv-call", "في اتصال هاتفي مع برنامج", "2018-07-11", "no own expression; the evening programme before the rise 'من الغد' = Wed 11 Jul 2018"),
])
art(S, "https://www.elmogaz.com/print~474600",
    "2018-07-11", "print page without a date; 'من الغد' for the 1.5-pound rise, known to start on Thu 12 Jul 2018 (rassd and 123news 'اليوم الخميس'), and the law 'فى يناير الماضى' fix the day, Wed 11 Jul 2018, the evening of the 'يحدث فى مصر' call; the byline and the paper's boilerplate dropped; no date of its own in the text", False, """
الشرقية للدخان تعلن زيادة أسعار السجائر بدءا من الغد
صرّح محمد عثمان هارون، رئيس الشركة الشرقية للدخان، بأن أسعار السجائر سترتفع من الغد، موضحاً أن الزيادة ستبلغ 1.5 جنيه على كل علبة.
وأضاف عثمان، في مداخلة هاتفية مع برنامج "يحدث فى مصر"، أن 75 قرشا من هذه الزيادة ستذهب إلى منظومة التأمين الصحى الشامل، وذلك تطبيقاً لقانون أُقر فى يناير الماضى.
وأشار إلى أن الزيادة تشمل كل أنواع السجائر، المحلية منها والأجنبية، كاشفاً أن بعض الشركات سترفع أسعار السجائر بأكثر من جنيه ونصف بحسب المنتج، ومؤكداً أن التأمين الصحى سيحصل على 50% من أي زيادة.
""", [
    ev("price-rise", "أسعار السجائر سترتفع من الغد", "2018-07-12", "'من الغد' from Wed 11 Jul 2018 = Thu 12 Jul 2018"),
    ev("harun-announcement", "صرّح محمد عثمان هارون، رئيس الشركة الشرقية للدخان", ANNOUNCE[0], "no own expression; the TV call of Wed 11 Jul 2018, the day before the rise; key span 11-12 Jul 2018", end=ANNOUNCE[1]),
    ev("tv-call", "في مداخلة هاتفية مع برنامج", "2018-07-11", "no own expression; the evening programme before the rise 'من الغد' = Wed 11 Jul 2018"),
    ev("health-insurance-law", "لقانون أُقر فى يناير الماضى", LAW[0], "'فى يناير الماضى' (January 2018); the law is of Thu 11 Jan 2018 (alraeesnews '11 يناير'; outside knowledge)", end=LAW[1]),
])
art(S, "https://rassd.net/427351.htm",
    "2018-07-12", "no date on the stored page; the body's 'اعتباراً من اليوم الخميس' for the Eastern Company's rise, known to be Thu 12 Jul 2018 (alraeesnews: the law of '11 يناير' applied after 6 months), fixes the day; the page furniture (feedly line, hosting credit) and the cut hashtag sentence dropped; no date of its own in the text", False, """
ارتفاع أسعار السجائر يدفع المدخنين المصريين لإطلاق حملة لمقاطعتها
شرعت شركة الشرقية للدخان، أكبر منتج للسجائر في مصر، اعتباراً من اليوم الخميس، في تطبيق زيادة جديدة على أسعار السجائر لا تقل عن 150 قرشاً للعلبة الواحدة.
وأفاد رئيس الشرقية للدخان عثمان هارون بأن الشركة سترفع أسعار السجائر بنسبة تتراوح بين 10 و15%، أي ما بين 1.5 جنيه و3 جنيهات، بدءاً من اليوم.
ونقلت جريدة المال المصرية عن مصادر أن قرار الشركة يشمل رفع أسعار 6 أصناف من السجائر بما يتراوح بين جنيه ونصف وثلاثة جنيهات، وأن العائد المنتظر من هذه الزيادة يبلغ 3 مليارات جنيه.
وتفاعل المغردون مع الزيادة الجديدة فأطلقوا وسماً يدعو إلى مقاطعة السجائر.
""", [
    ev("price-rise", "اعتباراً من اليوم الخميس", "2018-07-12", "'اليوم الخميس' = Thu 12 Jul 2018"),
    ev("harun-announcement", "وأفاد رئيس الشرقية للدخان عثمان هارون", ANNOUNCE[0], "no own expression; Harun's statement, made on TV on Wed 11 Jul and repeated on Thu 12 Jul 2018: span 11-12 Jul", end=ANNOUNCE[1]),
    ev("almal-report", "ونقلت جريدة المال المصرية عن مصادر", "2018-07-11", "no own expression; Al-Mal's report on the decision, the day before or the day of the rise: my span 11-12 Jul 2018", end="2018-07-13"),
    ev("boycott-hashtag", "فأطلقوا وسماً يدعو إلى مقاطعة السجائر", "2018-07-11", "no own expression; the online reaction to the rise announced on 11 Jul, by the day of this report: my span 11-12 Jul 2018", end="2018-07-13"),
])
art(S, "http://123news.co/egypt/1054476.html",
    "2018-07-12", "no date on the stored page; the body's 'بدءًا من اليوم الخميس' for the rise, known to be Thu 12 Jul 2018, and 'التضخم ... في يونيو حزيران' (the June 2018 figure of 14.4%, published on 10 Jul 2018) fix the day; a Reuters item; the dollar equivalents kept; no date of its own in the text", False, """
الشرقية للدخان ترفع أسعار السجائر لتمويل الرعاية الصحية
أعلن محمد عثمان هارون، رئيس مجلس إدارة الشركة الشرقية إيسترن كومباني (الشرقية للدخان)، زيادة أسعار السجائر بنسبة تتراوح بين 10 و15%، أي ما يعادل 1.5 جنيه إلى ثلاثة جنيهات (0.0840-0.2521 دولار)، بدءًا من اليوم الخميس.
وأوضح هارون أن الغرض من رفع الأسعار هو تغطية ضريبة جديدة فرضتها الحكومة لتمويل خدمات الرعاية الصحية.
وتستحوذ الشركة على نحو 70% من سوق السجائر في مصر، والذي قدّره هارون بقرابة 83 مليار سيجارة سنويا.
وكان التضخم السنوي في المدن المصرية قد صعد إلى 14.4 بالمئة في يونيو حزيران، في ظل تخفيضات جديدة لدعم الوقود والكهرباء.
""", [
    ev("price-rise", "بدءًا من اليوم الخميس", "2018-07-12", "'اليوم الخميس' = Thu 12 Jul 2018"),
    ev("harun-announcement", "أعلن محمد عثمان هارون، رئيس مجلس إدارة", ANNOUNCE[0], "no own expression; Harun's announcement, on TV on Wed 11 Jul and again on Thu 12 Jul 2018: span 11-12 Jul", end=ANNOUNCE[1]),
    ev("health-insurance-law", "ضريبة جديدة فرضتها الحكومة", LAW[0], "no own date; the levy was imposed by the comprehensive health insurance law of 11 Jan 2018 (alraeesnews; outside knowledge)", end=LAW[1]),
    ev("june-inflation", "قد صعد إلى 14.4 بالمئة في يونيو حزيران", "2018-06-01", "'في يونيو حزيران' (2018): the month June 2018", end="2018-07-01"),
    ev("subsidy-cuts", "في ظل تخفيضات جديدة لدعم الوقود والكهرباء", "2018-06-01", "no own expression; the fuel price rise of 16 Jun 2018 and the electricity rise of July 2018 (outside knowledge): my span June - 11 Jul 2018", end="2018-07-12"),
])

# ---------------------------------------------------------------- lebanon-law-174-smoking-ban-enforcement-2012
S = "lebanon-law-174-smoking-ban-enforcement-2012"
art(S, "https://www.youm7.com/story/2012/9/3/%D8%A3%D8%B5%D8%AD%D8%A7%D8%A8-%D8%A7%D9%84%D9%85%D8%B7%D8%A7%D8%B9%D9%85-%D8%A7%D9%84%D9%84%D8%A8%D9%86%D8%A7%D9%86%D9%8A%D8%A9-%D9%8A%D8%B1%D9%81%D8%B9%D9%88%D9%86-%D8%B4%D8%B9%D8%A7%D8%B1-%D8%A7%D8%B1%D8%AD%D9%85%D9%88%D8%A7-%D8%A7%D9%84%D8%B3%D9%8A%D8%A7%D8%AD%D8%A9/774248",
    "2012-09-03", "date in the URL '/story/2012/9/3/' (Mon 3 Sep 2012); body 'اليوم الاثنين' agrees; headline rendered from the URL slug; the last sentence, cut in the stored text, stops at its complete clause; no date of its own in the text", False, """
أصحاب المطاعم اللبنانية يرفعون شعار "ارحموا السياحة"
احتج عدد من أصحاب المطاعم في لبنان على بدء تطبيق قانون منع التدخين في الأماكن العامة، فتجمعوا اليوم الاثنين في منطقة انطلياس رافعين شعار "ارحموا السياحة"، وأملوا أن تفتح وقفتهم الطريق إلى حل لمشاكل القطاع السياحي، ولا سيما أصحاب المطاعم، وإلى وقف تحرير المحاضر بحقهم.
وأكد وزير الداخلية اللبناني مروان شربل ضرورة تطبيق قانون منع التدخين في الأماكن العامة، لكنه أوضح أن الأمن لن يحمل العصا لتطبيقه من اليوم الأول.
في المقابل، اعتبر النائب عاطف مجدلاني أن الأصوات المعترضة على القانون "غير مبررة"، ورأى أن اقتراح تخصيص قسم معزول للمدخنين داخل المطاعم يضر بأكثرية المطاعم والمقاهي التي لا تتسع مساحتها لفصل تام بين المدخنين وغير المدخنين.
وأكد مجدلاني أن القطاع السياحي لن يتضرر من القانون، لأن مناخ لبنان يتيح التدخين في الأماكن غير المغلقة، مشدداً على أن القانون لا يستهدف أي فئة بل يمنع أي شخص من إيذاء غيره.
وذكّر بأن القانون طُبّق على ثلاث مراحل: منع التدخين في المؤسسات والجامعات والمدارس أولاً، ثم منع الإعلانات والدعايات الخاصة بالدخان، وصولاً إلى المرحلة الثالثة التي دخلت اليوم حيز التنفيذ في الأماكن العامة المغلقة.
""", [
    ev("antelias-sit-in", "فتجمعوا اليوم الاثنين في منطقة انطلياس", "2012-09-03", "'اليوم الاثنين' = Mon 3 Sep 2012 (the URL day)"),
    ev("ban-in-force", "المرحلة الثالثة التي دخلت اليوم حيز التنفيذ", "2012-09-03", "'اليوم' = Mon 3 Sep 2012"),
    ev("charbel-statement", "وأكد وزير الداخلية اللبناني مروان شربل", "2012-09-02", "no own expression; a statement around the start of the ban: my span 2-3 Sep 2012", end="2012-09-04"),
    ev("majdalani-statement", "اعتبر النائب عاطف مجدلاني", "2012-09-03", "no own expression; his reply to the protesting owners of that day, Mon 3 Sep 2012"),
    ev("first-phase", "منع التدخين في المؤسسات والجامعات والمدارس أولاً", "2011-09-03", "no own expression; law 174 of 29 Aug 2011 was in force from its publication on 3 Sep 2011 for these places (outside knowledge): my span September 2011", end="2011-10-01"),
])
art(S, "http://naharnet.com/stories/ar/52466",
    "2012-09-05", "no date on the stored page; the body's 'مساء امس الثلاثاء' (the first ticket), 'اليوم الأربعاء' (the owner's words) and 'وبدأ الاثنين الماضي تطبيق قانون منع التدخين' (the ban began on Mon 3 Sep 2012) fix the day, Wed 5 Sep 2012; the 'Read this story in English' link and the readers' comment dropped; no date of its own in the text", False, """
تحرير اول محضر ضبط بحق احد المطاعم في صور لخرقه قانون منع التدخين
حرّر موظف في وزارة الاقتصاد والتجارة مساء امس الثلاثاء محضر ضبط بحق مطعم SUNSET على الكورنيش الجنوبي لمدينة صور، لعدم تقيّده بقانون الحد من التدخين في الأماكن العامة المقفلة.
وذكرت إذاعة "صوت لبنان" (93.3) أن الموظف، بعدما لاحظ أن عدداً من الزبائن يدخنون النرجيلة داخل المطعم، نظّم محضر الضبط بحقه لمخالفته القانون.
في المقابل، انتقد صاحب المطعم محمد اسماعيل القانون، عبر "صوت لبنان"، اليوم الأربعاء، ووصفه بـ"الاعتباطي"، معتبراً أنه سيؤدي إلى إقفال عدد كبير من المطاعم والمقاهي.
ويقضي القانون رقم 174 بمنع التدخين في الأماكن العامة المغلقة، علماً أن الغرامة المالية التي تُفرض على المخالفين تبدأ من 135.000 ليرة لبنانية (أي نحو 90 دولاراً).
وبدأ الاثنين الماضي تطبيق قانون منع التدخين 100 بالمئة في الأماكن المغلقة في لبنان، فيما نفذ عدد من أصحاب المطاعم اعتصاماً الاثنين في شارع المطاعم في انطلياس احتجاجاً على القانون.
""", [
    ev("first-ticket", "مساء امس الثلاثاء محضر ضبط", "2012-09-04", "'مساء امس الثلاثاء' from Wed 5 Sep 2012 = Tue 4 Sep 2012"),
    ev("owner-criticism", "اليوم الأربعاء، ووصفه", "2012-09-05", "'اليوم الأربعاء' = Wed 5 Sep 2012"),
    ev("ban-in-force", "وبدأ الاثنين الماضي تطبيق قانون منع التدخين", "2012-09-03", "'الاثنين الماضي' before Wed 5 Sep 2012 = Mon 3 Sep 2012"),
    ev("antelias-sit-in", "نفذ عدد من أصحاب المطاعم اعتصاماً الاثنين", "2012-09-03", "'الاثنين' (the same Monday) = Mon 3 Sep 2012"),
])

# ---------------------------------------------------------------- egypt-cabinet-smoking-ban-directive-2021
S = "egypt-cabinet-smoking-ban-directive-2021"
INSTRUCTION = ("2021-11-01", "2021-11-09")  # Madbouly's instruction, before or on the day the directive was circulated
art(S, "https://www.masrawy.com/news/news_egypt/details/2021/11/8/2119460/%D8%AA%D8%B5%D9%84-%D9%84%D9%80-20-%D8%A3%D9%84%D9%81-%D8%AC%D9%86%D9%8A%D9%87-%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%AA%D8%B9%D9%84%D9%86-%D8%BA%D8%B1%D8%A7%D9%85%D8%A9-%D8%A7%D9%84%D8%AA%D8%AF%D8%AE%D9%8A%D9%86-%D9%81%D9%8A-%D9%87%D8%B0%D9%87-%D8%A7%D9%84%D9%85%D9%86%D8%B4%D8%A2%D8%AA-%D9%88%D8%AA%D9%88%D8%AC%D9%8A%D9%87",
    "2021-11-08", "date in the URL '/2021/11/8/' and the page stamp '12:14 م الإثنين 08 نوفمبر 2021' (kept as first line; 8 Nov 2021 was a Monday); the byline, app banner, caption and video line dropped", True, """
12:14 م الإثنين 08 نوفمبر 2021
تصل لـ 20 ألف جنيه.. الحكومة تعلن غرامة التدخين في هذه المنشآت.. وتوجيه للوزراء والمحافظين
وجّهت رئاسة مجلس الوزراء توجيهاً إلى كل الوزراء والمحافظين بشأن تطبيق قانون منع التدخين.
وجاء في التوجيه أن رئيس الوزراء وجّه بالإسراع في اتخاذ ما يلزم لتفعيل الآليات التنفيذية للقانون الخاص بالوقاية من أضرار التدخين ولائحته التنفيذية، ومن بينها الحظر النهائي للتدخين بكل صوره في المنشآت الصحية والتعليمية والمصالح الحكومية والنوادي الرياضية والاجتماعية ومراكز الشباب وفي الأماكن الأخرى التي يحددها قرار من وزير الصحة.
ويُلزَم المدير المسؤول عن هذه الأماكن باتخاذ التدابير التي تكفل منع التدخين فيها، ويُعاقب إذا أخلّ بذلك بغرامة لا تقل عن 1000 جنيه ولا تتجاوز 20 ألف جنيه.
أما المدخن فيعاقب بغرامة لا تقل عن 50 جنيها ولا تزيد على 100 جنيه.
""", [
    ev("cabinet-directive", "وجّهت رئاسة مجلس الوزراء توجيهاً", "2021-11-08", "no own expression; the directive circulated on the day of the report, Mon 8 Nov 2021 (raad2's 'يوم الأثنين')"),
    ev("pm-instruction", "أن رئيس الوزراء وجّه بالإسراع", INSTRUCTION[0], "no own expression; Madbouly's instruction, given before or on the day the directive was circulated (8 Nov 2021): my span 1-8 Nov 2021", end=INSTRUCTION[1]),
])
art(S, "https://gnoubalarab.com/news/26238",
    "2021-11-08", "page stamp 'الاثنين 08 نوفمبر 2021 5:26 م' under the headline (kept as first line; 8 Nov 2021 was a Monday); the same stamp is repeated on the page's other items, so it is read as this page's stamp; the dateline 'جنوب العرب - القاهرة', the comments block and the other items dropped", True, """
الاثنين 08 نوفمبر 2021 5:26 م
مصر.. غرامة كبيرة على المسؤولين المدخنين في أماكن محددة
أصدر رئيس الوزراء المصري مصطفى مدبولي توجيهاً بمنع التدخين نهائيا في المنشآت الصحية والتعليمية والمصالح الحكومية والنوادي الرياضية والاجتماعية، وفي الأماكن التي يحددها قرار من وزير الصحة.
ونص القرار على أن المدير المسؤول عن هذه الأماكن ملزم باتخاذ ما يكفل منع التدخين فيها، وعلى معاقبته إذا أخلّ بهذا الالتزام بغرامة لا تقل عن ألف جنيه ولا تزيد على 20 ألف جنيه.
كما نص على معاقبة المدخن بغرامة لا تقل عن 50 جنيها ولا تزيد على 100 جنيه.
""", [
    ev("pm-instruction", "أصدر رئيس الوزراء المصري مصطفى مدبولي توجيهاً", INSTRUCTION[0], "no own expression; the instruction behind the directive reported on Mon 8 Nov 2021: my span 1-8 Nov 2021", end=INSTRUCTION[1]),
    ev("cabinet-directive", "ونص القرار على أن المدير المسؤول", "2021-11-08", "no own expression; the directive made public on Mon 8 Nov 2021 (the page stamp)"),
])
art(S, "https://raad2.ahlamontada.com/t53520-topic",
    "2021-11-10", "forum post stamp '10.11.21 19:41' at the head of the stored page (Wed 10 Nov 2021), not kept in the text; the body's 'يوم الأثنين' for the cabinet decision (Mon 8 Nov 2021) agrees; the member's statistics dropped; no date of its own in the text", False, """
دولة عربية تطبق أكبر عقوبة للتدخين
أقر مجلس الوزراء المصري يوم الأثنين قراراً يفرض غرامة قد تبلغ 20 ألف جنيه على التدخين في الأماكن العامة في جمهورية مصر العربية، بهدف الوقاية من أضرار التدخين، لتكون بذلك أشد عقوبة على هذا الفعل.
ووجّه رئيس الوزراء مصطفى مدبولي بالإسراع في اتخاذ ما يلزم لتفعيل الآليات التنفيذية للقانون الخاص بالوقاية من أضرار التدخين ولائحته التنفيذية، ومنها الحظر النهائي للتدخين بكل صوره في المنشآت الصحية والتعليمية والمصالح الحكومية والنوادي الرياضية والاجتماعية ومراكز الشباب والأماكن الأخرى التي يحددها قرار من وزير الصحة.
وأضاف أن المدير المسؤول عن هذه الأماكن ملزم باتخاذ الإجراءات الكفيلة بمنع التدخين فيها، ويعاقب إذا أخلّ بذلك بغرامة لا تقل عن 1000 جنيه ولا تزيد على 20 ألف جنيه.
وبحسب قرار مجلس الوزراء المصري، يعاقب المدخن بغرامة لا تقل عن 50 جنيهاً ولا تزيد على 100 جنيه.
""", [
    ev("cabinet-directive", "أقر مجلس الوزراء المصري يوم الأثنين قراراً", "2021-11-08", "'يوم الأثنين' before Wed 10 Nov 2021 = Mon 8 Nov 2021"),
    ev("pm-instruction", "ووجّه رئيس الوزراء مصطفى مدبولي بالإسراع", INSTRUCTION[0], "no own expression; the instruction behind the directive of Mon 8 Nov 2021: my span 1-8 Nov 2021", end=INSTRUCTION[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 270)
                            if i != 201 and i != 259
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

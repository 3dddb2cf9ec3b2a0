"""Builds stories.jsonl: the 217-th evaluation set of real Arabic news stories (several articles per
story, from different outlets, published on different days), bodies re-worded sentence by sentence,
every date/time expression kept verbatim, gold events keyed across each story (same format and checks
as tests/realnews/stories204/make_stories.py). Domain: internet, telephone and telecom outages (the
nationwide Sudanese telecom blackout of February 2024 and Sudani's return, the Red Sea submarine cables
cut in February 2024 and the Rubymar anchor, the return of the internet in Sudan after the October 2021
coup shutdown and the court orders, the Iraqi exam-time internet cuts of August-September 2025). None of
these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- sudan-telecom-blackout-sudani-return-2024
S = "sudan-telecom-blackout-sudani-return-2024"
MTN_SUDANI = ("2024-02-03", "2024-02-05")  # MTN and Sudani down: Sudatel apologised on Sat 3 Feb, statements of full outage on Sun 4 Feb
BLACKOUT = ("2024-02-05", "2024-02-08")    # Zain out on Mon 5 Feb (ultrasudan), total blackout confirmed by NetBlocks on Wed 7 Feb
art(S, "https://ultrasudan.ultrasawt.com/%D8%AA%D9%88%D9%82%D9%81-%D8%B4%D8%A8%D9%83%D8%A9-%D8%B2%D9%8A%D9%86-%D9%81%D9%8A-%D8%AC%D9%85%D9%8A%D8%B9-%D8%A3%D9%86%D8%AD%D8%A7%D8%A1-%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86/%D8%A7%D9%84%D8%AA%D8%B1%D8%A7-%D8%B3%D9%88%D8%AF%D8%A7%D9%86/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1?page=1",
    "2024-02-05", "page stamp '05-فبراير-2024' above the text (kept as first line); 5 Feb 2024 was a Monday and the body's 'أمس الأحد' (Sun 4 Feb) agrees; headline rendered from the URL slug; the photo caption and the truncated last sentence ('إن قوات الدعم السريع \"تبت...') dropped", True, """
05-فبراير-2024
توقف شبكة زين في جميع أنحاء السودان
أفادت مصادر هندسية لـ"الترا سودان" بأن شبكة (زين) خرجت عن الخدمة في كل أنحاء السودان، لتلحق بشبكتي (إم تي إن) و(سوداني) المتوقفتين منذ أيام، بعد أن عطّلت قوات الدعم السريع محولاتهما الرئيسية في العاصمة الخرطوم.
وذكرت الشركة السودانية للهاتف السيار (زين - السودان)، في بيان اطلع عليه "الترا سودان"، أن الانقطاع الحالي سببه "ظروف خارجة عن الإرادة".
ومع توقف شبكة (زين) إلى جانب (إم تي إن) و(سوداني)، دخلت البلاد في انقطاع كامل عن خدمات الاتصالات الوطنية، علما أن كثيرا من السودانيين يعتمدون منذ أشهر على الاتصال عبر الأقمار الصناعية، خصوصا في مناطق الاشتباكات بين الجيش والدعم السريع وعدد من مدن إقليم دارفور.
وكانت مصادر قد أبلغت "الترا سودان" أمس الأحد بأن قوات الدعم السريع أوقفت مقسم (إم تي إن) و(سوداني) في الخرطوم وأتلفت عددا من معدات (زين) الحيوية، ما أدى إلى انقطاع واسع لشبكات الاتصال في البلاد.
""", [
    ev("nationwide-blackout", "خرجت عن الخدمة في كل أنحاء السودان", BLACKOUT[0], "no own expression; Zain's nationwide outage reported on the stamp day, Mon 5 Feb 2024, the total blackout confirmed by NetBlocks on Wed 7 Feb (another report: 'والأربعاء الماضي'); my span 5-7 Feb", end=BLACKOUT[1]),
    ev("mtn-sudani-outage", "المتوقفتين منذ أيام", MTN_SUDANI[0], "'منذ أيام' before Mon 5 Feb: MTN and Sudani down since the weekend (Sudatel apologised on Sat 3 Feb; the companies' statements of a full outage on Sun 4 Feb, another report: 'أمس الأحد'); my span 3-4 Feb", end=MTN_SUDANI[1]),
    ev("zain-statement", "أن الانقطاع الحالي سببه \"ظروف خارجة عن الإرادة\"", "2024-02-05", "no own expression; Zain's statement on the day of its outage, Mon 5 Feb 2024 (the stamp day)"),
    ev("sources-report-sunday", "وكانت مصادر قد أبلغت \"الترا سودان\" أمس الأحد", "2024-02-04", "'أمس الأحد' before Mon 5 Feb = Sun 4 Feb 2024"),
])
art(S, "https://www.sadanews.ps/news/162628.html",
    "2024-02-05", "no stamp or URL date in the stored page: fixed by the body's 'أمس الأحد' for the halt of the three companies' services, with MTN and Sudani announcing a full outage while Zain still worked in some areas: that is Sun 4 Feb 2024 (Zain went down nationwide on Mon 5 Feb, ultrasudan's stamp; on the next Sunday all three were down): so Mon 5 Feb 2024; the dateline 'صدى نيوز -' and the truncated last sentence (the WFP report, cut at 'ب...') dropped; no date of its own in the text", False, """
تعطل خدمات شركات الاتصالات الثلاث في معظم أنحاء السودان
توقفت، أمس الأحد، خدمات شركات الاتصال الثلاث العاملة في السودان في معظم أرجاء البلاد.
ونقل موقع "أخبار السودان" أن شركتي "إم تي إن" و"سوداني" أعلنتا، في بيانين منفصلين، انقطاعا كاملا لخدمات الاتصالات والإنترنت لأسباب فنية لم تُحدَّد، رغم أن شركة "زين" ظلت تعمل في بعض المناطق.
وتكمن خطورة انقطاع الاتصالات في أن معظم السكان يعتمدون على التطبيقات المصرفية في تسيير حياتهم اليومية، في ظل شح السيولة وإغلاق أغلب البنوك وأجهزة الصراف الآلي، ولا سيما في العاصمة الخرطوم ومدن ومناطق وسط السودان.
ويُذكر أن الحرب بين الجيش وقوات الدعم السريع، التي اندلعت في منتصف أبريل/ نيسان 2023، ألحقت دمارا هائلا بكثير من المنشآت والجسور ومرافق البنية التحتية والمباني العامة، جراء القصف الجوي والأرضي من الطرفين.
وطال الدمار أيضا معظم الأحياء السكنية والأسواق والمنشآت الصناعية وشبكات الكهرباء والمياه في أكثر من 60 بالمئة من مناطق العاصمة.
""", [
    ev("services-halted-sunday", "توقفت، أمس الأحد، خدمات شركات الاتصال الثلاث", "2024-02-04", "'أمس الأحد' before Mon 5 Feb = Sun 4 Feb 2024"),
    ev("mtn-sudani-outage", "أعلنتا، في بيانين منفصلين، انقطاعا كاملا", MTN_SUDANI[0], "no own expression; the statements of Sun 4 Feb on an outage under way since the weekend (Sudatel apologised on Sat 3 Feb); my span 3-4 Feb", end=MTN_SUDANI[1]),
    ev("war-outbreak", "التي اندلعت في منتصف أبريل/ نيسان 2023", "2023-04-15", "'منتصف أبريل/ نيسان 2023': the war broke out on Sat 15 Apr 2023 (outside knowledge)"),
])
art(S, "https://arabkhabar.com/a/1893359",
    "2024-02-12", "page stamp 'تاريخ النشر: 12th, February 2024' (kept as first line); 12 Feb 2024 was a Monday and the body's 'اليوم الاثنين' agrees; an arabkhabar copy of an Altaghyeer report: the dateline 'التغيير: بورتسودان' and the truncated last sentence (the UN coordinator's call) dropped", True, """
تاريخ النشر: 12th, February 2024
عودة شبكة «سوداني» للعمل في بعض الولايات
امتدت تغطية شبكة (سوداني) بعد عودتها إلى ولايات البحر الأحمر ونهر النيل والجزيرة، على أن تتبعها بقية الولايات تدريجيا.
شهدت عدة ولايات سودانية اليوم الاثنين عودة تدريجية لشبكة (سوداني)، بعد انقطاع تام للاتصالات والإنترنت طوال الأيام الماضية بسبب المعارك الدائرة في ولاية الخرطوم.
وقال مصدر هندسي لـ"التغيير" إن العودة التدريجية للشبكة شملت ولايات البحر الأحمر ونهر النيل والجزيرة، وستليها بقية الولايات تباعا، متوقعا أن تستقر خدمات المكالمات والاتصالات خلال أسبوع على الأكثر من الآن.
وكانت خدمات الاتصال والإنترنت قد انقطعت كليا في جميع أنحاء السودان منذ أكثر من أسبوع، فيما عادت الشبكة الأرضية في بعض الولايات يوم الخميس الماضي.
وعزا مسؤول في شركة زين للاتصالات الأسباب إلى قيام قوات الدعم السريع بفصل مولدات الكهرباء عن مقسمات الشركة وسائر الشركات العاملة، وجميعها يقع في مناطق خاضعة لسيطرتها.
""", [
    ev("sudani-return", "اليوم الاثنين عودة تدريجية لشبكة (سوداني)", "2024-02-12", "'اليوم الاثنين' = Mon 12 Feb 2024 (the stamp day)"),
    ev("services-stabilise", "خلال أسبوع على الأكثر من الآن", "2024-02-12", "'خلال أسبوع على الأكثر من الآن' from Mon 12 Feb: by Mon 19 Feb 2024 (a forecast; my span 12-19 Feb)", end="2024-02-20"),
    ev("nationwide-blackout", "قد انقطعت كليا في جميع أنحاء السودان منذ أكثر من أسبوع", BLACKOUT[0], "'منذ أكثر من أسبوع' before Mon 12 Feb: the total blackout that set in with Zain's outage of Mon 5 Feb and was complete by Wed 7 Feb; my span 5-7 Feb", end=BLACKOUT[1]),
    ev("landline-return", "عادت الشبكة الأرضية في بعض الولايات يوم الخميس الماضي", "2024-02-08", "'يوم الخميس الماضي' before Mon 12 Feb = Thu 8 Feb 2024"),
])
art(S, "https://nabaatv.net/archives/308981",
    "2024-02-12", "no stamp or URL date in the stored page: fixed by the body's 'الاثنين' for the partial return announced by Sudani (Mon 12 Feb 2024, Altaghyeer's stamped report: 'اليوم الاثنين'), with 'الأربعاء الماضي' (Wed 7 Feb) and 'بعد انقطاع استمر 5 أيام' agreeing; an Anadolu wire relayed the same day; the agency tag 'نبأ –' dropped; no date of its own in the text", False, """
عادت خدمات الاتصالات والإنترنت جزئيا، الاثنين، إلى عدد من ولايات السودان بعد انقطاع دام 5 أيام متتالية، بحسب ما أعلنته إحدى شركات الاتصالات، في حين لا تزال مناطق واسعة من البلاد خارج التغطية.
وأعلنت شركة الاتصالات السودانية "سوداني"، عبر حسابها الموثق على فيسبوك: "نود أن نعلن عودة تدريجية في جميع مدن السودان بلا استثناء"، موضحة أن العطل أُصلح في بعض المناطق.
وذكر سكان في مدينة بورتسودان الساحلية بشرق السودان، التي اتخذها قادة الجيش عاصمة بديلة للخرطوم، أنهم تمكنوا من إجراء مكالمات هاتفية داخل الشبكة فقط، لكنهم اشتكوا من بطء الإنترنت.
والأربعاء الماضي، انقطعت الاتصالات الثابتة والهاتفية والإنترنت في كل أنحاء السودان، إثر خروج الشركات الرئيسية الثلاث، سوداني وإم تي إن سودان وزين سودان، عن الخدمة، وفق مرصد "نت بلوكس" المعني بمراقبة الإنترنت في العالم.
وتبادل الجيش السوداني وقوات الدعم السريع الاتهامات بالمسؤولية عن تعطيل متعمد للاتصالات في البلاد.
""", [
    ev("sudani-return", "عادت خدمات الاتصالات والإنترنت جزئيا، الاثنين", "2024-02-12", "'الاثنين' = Mon 12 Feb 2024"),
    ev("sudani-announcement", "نود أن نعلن عودة تدريجية في جميع مدن السودان", "2024-02-12", "no own expression; Sudani's Facebook post on the day of the return, Mon 12 Feb 2024"),
    ev("nationwide-blackout", "والأربعاء الماضي، انقطعت الاتصالات الثابتة والهاتفية والإنترنت", BLACKOUT[0], "'والأربعاء الماضي' before Mon 12 Feb = Wed 7 Feb 2024, the day NetBlocks confirmed the total blackout; Zain's nationwide outage had begun on Mon 5 Feb (ultrasudan); my span 5-7 Feb", end=BLACKOUT[1]),
])

# ---------------------------------------------------------------- red-sea-cables-cut-2024
S = "red-sea-cables-cut-2024"
HOUTHI_DENIAL = ("2024-02-27", "2024-03-02")  # the Houthi telecom ministry's denial of Tue 27 Feb and the leader's words that week
GLOBES = ("2024-02-26", "2024-02-28")          # the Globes report, just before the denial of Tue 27 Feb
art(S, "https://elsiyasa.com/article/331859",
    "2024-03-04", "page stamp '04/03/2024 06:48PM' (kept as first line '04/03/2024'); 4 Mar 2024 was a Monday and the body's 'يوم الاثنين' agrees; the list of other headlines below the text dropped", True, """
04/03/2024
قال مسؤولون يوم الاثنين إن حادثا وقع في البحر الأحمر أدى إلى قطع 3 كابلات بحرية تحت الماء تؤمّن الإنترنت والاتصالات في أنحاء العالم، في وقت لا يزال فيه الممر المائي هدفا لجماعة الحوثي في اليمن.
ويأتي تضرر الكابلات في البحر الأحمر بعد أسابيع من تحذير الحكومة اليمنية الرسمية من احتمال أن يستهدف الحوثيون هذه الكابلات.
وكانت تقارير إسرائيلية قد أشارت الأسبوع الفائت إلى أن الحوثيين يقفون وراء الأضرار التي أصابت الكابلات.
غير أن زعيم الحوثيين عبد الملك الحوثي نفى هذه الاتهامات قائلا: "ليس لدينا أي نية لاستهداف الكابلات البحرية التي توفر الإنترنت لدول المنطقة".
وأكدت الحكومة اليمنية، في بيان أصدرته الأسبوع الماضي، أهمية حماية الكابلات البحرية، مشيرة إلى أنها "حريصة أيضًا على تقديم كافة التسهيلات اللازمة لإصلاح وصيانة هذه الكابلات البحرية".
""", [
    ev("officials-confirm", "قال مسؤولون يوم الاثنين", "2024-03-04", "'يوم الاثنين' = Mon 4 Mar 2024 (the stamp day)"),
    ev("cables-damaged", "أدى إلى قطع 3 كابلات بحرية تحت الماء", "2024-02-24", "no own expression; the cables were damaged on Sat 24 Feb 2024 (outside knowledge; the Houthi ministry spoke of what happened to the cables 'last Saturday', another report: 'أواخر فبراير')"),
    ev("globes-report", "قد أشارت الأسبوع الفائت إلى أن الحوثيين", GLOBES[0], "'الأسبوع الفائت' before Mon 4 Mar: the Israeli Globes report, published before the Houthi denial of Tue 27 Feb (outside knowledge; my span 26-27 Feb)", end=GLOBES[1]),
    ev("houthi-denial", "نفى هذه الاتهامات", HOUTHI_DENIAL[0], "no own expression; the Houthi denials of the week before (the telecom ministry's statement of Tue 27 Feb 2024, outside knowledge); my span 27 Feb - 1 Mar", end=HOUTHI_DENIAL[1]),
    ev("yemen-gov-statement", "في بيان أصدرته الأسبوع الماضي", "2024-02-26", "'الأسبوع الماضي' before Mon 4 Mar = the week of 26 Feb - 3 Mar 2024 (my span)", end="2024-03-04"),
])
art(S, "https://aksalser.com/news/2024/03/06/%d8%a7%d9%86%d9%82%d8%b7%d8%a7%d8%b9-3-%d9%83%d8%a7%d8%a8%d9%84%d8%a7%d8%aa-%d9%81%d9%8a-%d8%a7%d9%84%d8%a8%d8%ad%d8%b1-%d8%a7%d9%84%d8%a3%d8%ad%d9%85%d8%b1-%d9%8a%d9%87%d8%af%d8%af-%d8%a7%d9%84%d8%a5",
    "2024-03-06", "date in the URL '/2024/03/06/' (a Wednesday); the body's 'يوم الثلاثاء' (the AP report relayed on Tue 5 Mar) agrees; the source tag '(EURONEWS)' and the ad marker dropped; no date of its own in the text", False, """
انقطاع 3 كابلات في البحر الأحمر يهدد الإنترنت في الشرق الأوسط
انقطعت 3 كابلات عالمية للاتصالات والإنترنت تمر تحت مياه البحر الأحمر يوم الثلاثاء، ما أوقف نحو 25% من حركة البيانات بين قارتي آسيا وأوروبا، بحسب وكالة أسوشيتد برس.
وأوضحت الوكالة أن ثلاثة خطوط اتصالات دولية تمتد تحت البحر الأحمر وتؤمّن خدمات الإنترنت والاتصالات انقطعت يوم الاثنين، من دون أن تقدم مزيدا من التفاصيل عن أسباب انقطاعها.
وأفادت شركة "إتش جي سي غلوبال كوميونيكيشن"، ومقرها هونغ كونغ، في بيان بأن الخطوط المتضررة هي كابل "آسيا-أفريقيا-أوروبا1" وكابل "أوروبا-الهند" وكابل "سيكوم تي جي إن غولف".
وكان موقع "غلوبس" الإسرائيلي قد اتهم الحوثيين بقطع 4 كابلات اتصالات في البحر الأحمر، مضيفا أن إصلاحها قد يستغرق شهرين على الأقل.
ونفى الحوثيون استهداف أي كابلات اتصالات في البحر الأحمر، إذ قال زعيمهم عبد الملك الحوثي: "ليس لدينا أي نية لاستهداف الكابلات البحرية التي توفر الإنترنت لدول المنطقة".
ويستهدف الحوثيون منذ 19 نوفمبر/ تِـشْرِين الثاني السفن التجارية المرتبطة بإسرائيل في البحر الأحمر، احتجاجا على الحرب الإسرائيلية المدمرة على قطاع غزة.
""", [
    ev("cables-damaged", "انقطعت 3 كابلات عالمية للاتصالات والإنترنت", "2024-02-24", "the text's 'يوم الثلاثاء' is the day of the AP report (Tue 5 Mar 2024); the cables themselves were damaged on Sat 24 Feb 2024 (outside knowledge; another report: 'أواخر فبراير')"),
    ev("ap-report", "بحسب وكالة أسوشيتد برس", "2024-03-04", "no own expression; the AP report of Mon 4 Mar 2024, relayed on Tue 5 Mar ('يوم الثلاثاء'); my span 4-5 Mar", end="2024-03-06"),
    ev("officials-confirm", "انقطعت يوم الاثنين", "2024-03-04", "'يوم الاثنين' = Mon 4 Mar 2024: the day officials told AP of the cut (another report: 'قال مسؤولون يوم الاثنين'); the damage itself dates from Sat 24 Feb"),
    ev("globes-report", "قد اتهم الحوثيين بقطع 4 كابلات", GLOBES[0], "no own expression; the Globes report, published before the Houthi denial of Tue 27 Feb 2024 (outside knowledge; my span 26-27 Feb)", end=GLOBES[1]),
    ev("houthi-denial", "ونفى الحوثيون استهداف أي كابلات", HOUTHI_DENIAL[0], "no own expression; the Houthi denials (the telecom ministry's statement of Tue 27 Feb 2024, outside knowledge); my span 27 Feb - 1 Mar", end=HOUTHI_DENIAL[1]),
    ev("houthi-campaign", "منذ 19 نوفمبر/ تِـشْرِين الثاني", "2023-11-19", "'19 نوفمبر/ تِـشْرِين الثاني' = Sun 19 Nov 2023 (the seizure of the Galaxy Leader)"),
])
art(S, "https://arabkhabar.com/a/2083218",
    "2024-03-07", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الخميس' for the cable group's statement on the Rubymar anchor, made after the ship sank 'يوم السبت' (Sat 2 Mar 2024): so Thu 7 Mar 2024 (another arabkhabar copy of the same Bloomberg report is stamped '7th, March 2024'); the tag 'يمن مونيتور/قسم الأخبار' and the truncated last sentence dropped; no date of its own in the text", False, """
قالت مجموعة تجارة الكابلات البحرية، اليوم الخميس، إن سفينة الشحن التي هاجمها المسلحون الحوثيون هي السبب الأرجح لتلف ثلاثة كابلات اتصالات في البحر الأحمر أواخر فبراير.
وقال ريان ووبشال، المدير العام للجنة الدولية لحماية الكابلات التي تمثل مشغلي الكابلات البحرية: "من المقبول عمومًا أن السفينة روبيمار أسقطت مرساة عندما أُطلقت عليها النار، فدمرت بذلك الكابلات القريبة".
وكانت روبيمار، وهي سفينة تجارية ترفع علم بليز وتحمل 41 ألف طن من الأسمدة، قد أُصيبت بصواريخ باليستية في منتصف فبراير/شباط قبالة الساحل الغربي لليمن.
وبعد أيام تضررت الكابلات في المنطقة نفسها.
وترك الطاقم السفينة البالغ طولها 172 مترا بعد أن أسقط إحدى مراسيها، فظلت تنجرف نحو أسبوعين في منطقة من البحر الأحمر تكتظ بالكابلات، قبل أن تغرق يوم السبت.
ويهاجم الحوثيون السفن التجارية والعسكرية في جنوب البحر الأحمر ومحيطه منذ منتصف نوفمبر/تشرين الثاني، ردا على العدوان الإسرائيلي على قطاع غزة.
""", [
    ev("icpc-statement", "قالت مجموعة تجارة الكابلات البحرية، اليوم الخميس", "2024-03-07", "'اليوم الخميس' = Thu 7 Mar 2024 (the Thursday after the sinking of Sat 2 Mar)"),
    ev("cables-damaged", "لتلف ثلاثة كابلات اتصالات في البحر الأحمر أواخر فبراير", "2024-02-24", "'أواخر فبراير' = late Feb 2024: the damage of Sat 24 Feb 2024 (outside knowledge)"),
    ev("rubymar-hit", "قد أُصيبت بصواريخ باليستية في منتصف فبراير/شباط", "2024-02-18", "'منتصف فبراير/شباط': the Rubymar was hit on the evening of Sun 18 Feb 2024 (outside knowledge)"),
    ev("rubymar-sank", "قبل أن تغرق يوم السبت", "2024-03-02", "'يوم السبت' before Thu 7 Mar = Sat 2 Mar 2024 (the Yemeni government announced the sinking that day)"),
    ev("houthi-campaign", "منذ منتصف نوفمبر/تشرين الثاني", "2023-11-19", "'منتصف نوفمبر/تشرين الثاني' = mid-Nov 2023: the campaign began on Sun 19 Nov 2023 (another report: 'منذ 19 نوفمبر')"),
])

# ---------------------------------------------------------------- sudan-coup-internet-restored-2021
S = "sudan-coup-internet-restored-2021"
art(S, "https://mugtama.com/11/262710/",
    "2021-11-11", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الخميس' for the Khartoum general court's order to restore the internet to all subscribers; that order is the one later dated 'الخميس الماضي' from Thu 18 Nov (Anadolu via syria.tv), i.e. Thu 11 Nov 2021 (the earlier ruling of Tue 9 Nov covered only eight plaintiffs); no date of its own in the text", False, """
أمرت محكمة سودانية، اليوم الخميس، شركات الاتصالات بإعادة خدمة الإنترنت إلى جميع المشتركين، بعد انقطاعها في كامل البلاد إثر الإجراءات الأخيرة للجيش.
وصدر القرار عن المحكمة العامة في العاصمة الخرطوم، ونشره رئيس جمعية "حماية المستهلك" ياسر ميرغني على "فيسبوك".
وبموجب القرار، أمر قاضي المحكمة طارق عبد اللطيف محمد "شركات الاتصال بإعادة خدمة الإنترنت إلى جميع المشتركين، إلى حين الفصل في دعوى التعويض عن الضرر".
وفي 25 أكتوبر الماضي، أعلن قائد الجيش عبد الفتاح البرهان حالة الطوارئ في البلاد، وحل مجلسي السيادة والوزراء الانتقاليين، وأعفى الولاة، واعتقل قيادات حزبية ووزراء ومسؤولين، في مقابل احتجاجات متواصلة رافضة ودعوات متكررة إلى العصيان المدني وانتقادات دولية تطالب بعودة الحكومة الانتقالية.
وتزامنا مع هذه الإجراءات، انقطعت خدمة الإنترنت عن العاصمة الخرطوم ومعظم مناطق البلاد، وفق شهود عيان ومصادر محلية ودولية.
""", [
    ev("court-order-all", "أمرت محكمة سودانية، اليوم الخميس", "2021-11-11", "'اليوم الخميس' = Thu 11 Nov 2021"),
    ev("coup-measures", "وفي 25 أكتوبر الماضي، أعلن قائد الجيش", "2021-10-25", "'25 أكتوبر الماضي' = Mon 25 Oct 2021"),
    ev("internet-cut", "انقطعت خدمة الإنترنت عن العاصمة الخرطوم", "2021-10-25", "no own expression; 'تزامنا مع هذه الإجراءات': the shutdown of Mon 25 Oct 2021"),
])
art(S, "https://syria.tv/%D8%A8%D8%B9%D8%AF-%D8%A7%D9%86%D9%82%D8%B7%D8%A7%D8%B9-%D8%AF%D8%A7%D9%85-24-%D9%8A%D9%88%D9%85%D8%A7-%D8%B9%D9%88%D8%AF%D8%A9-%D8%AE%D8%AF%D9%85%D8%A7%D8%AA-%D8%A7%D9%84%D8%A5%D9%86%D8%AA%D8%B1%D9%86%D8%AA-%D9%81%D9%8A-%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86-%D8%AC%D8%B2%D8%A6%D9%8A%D8%A7",
    "2021-11-18", "no stamp or URL date in the stored page: fixed by the body's 'الخميس' for the partial return of the internet and 'وفي وقت سابق الخميس' for the arrest order, both of Thu 18 Nov 2021 (alaraby, stamped 19 Nov 2021: 'مساء الخميس'; al-Sudani: 'أمس الخميس'), an Anadolu report relayed the same day; 'الخميس الماضي' (Thu 11 Nov) agrees; headline rendered from the URL slug", False, """
بعد انقطاع دام 24 يوما.. عودة خدمات الإنترنت في السودان جزئيا
عادت خدمات الإنترنت في السودان للعمل جزئيا، الخميس، بعد انقطاع دام نحو 24 يوما بسبب الأحداث التي تشهدها البلاد.
وأفاد متعاملون مع أكثر من شركة لخدمات الإنترنت بأن الخدمة عادت بعد انقطاعها منذ تشرين الأول الماضي.
وبحسب وكالة الأناضول، أوضح المتعاملون أن الخدمة عادت على الهواتف الجوالة، بينما لم تعمل تطبيقات التواصل مثل "فيس بوك" و"واتساب" بعد.
وفي وقت سابق الخميس، قال ياسر ميرغني، رئيس جمعية "حماية المستهلك" الأهلية وإحدى الجهات التي رفعت الدعوى القضائية، إن محكمة الخرطوم الجزائية أمرت بالقبض على المديرين التنفيذيين لشركات الاتصالات إلى أن يعود الإنترنت للمشتركين.
والأحد، رفضت المحكمة المبررات التي قدمتها شركات الاتصالات "إم تي إن، زين، كنار، وسوداتل" لعدم تنفيذ أمر بإعادة الخدمة إلى المشتركين أصدره الخميس الماضي قاضي المحكمة العامة بالخرطوم.
ورفض مدير جهاز تنظيم الاتصالات والبريد الحكومي، الصادق جمال الدين الصادق، الأحد، تنفيذ قرار المحكمة، معتبرا أن "أمر الطوارئ سيادي يتعلق بحماية الأمن القومي ويعلو على ما عداه من قرارات"، بحسب بيان للجهاز.
""", [
    ev("internet-restored", "عادت خدمات الإنترنت في السودان للعمل جزئيا، الخميس", "2021-11-18", "'الخميس' = Thu 18 Nov 2021"),
    ev("internet-cut", "بعد انقطاعها منذ تشرين الأول الماضي", "2021-10-25", "'منذ تشرين الأول الماضي': the shutdown of Mon 25 Oct 2021 (another report: 'منذ 25 أكتوبر الماضي')"),
    ev("arrest-order", "أمرت بالقبض على المديرين التنفيذيين", "2021-11-18", "'وفي وقت سابق الخميس' = Thu 18 Nov 2021"),
    ev("court-rejects", "والأحد، رفضت المحكمة المبررات", "2021-11-14", "'والأحد' before Thu 18 Nov = Sun 14 Nov 2021"),
    ev("court-order-all", "أصدره الخميس الماضي قاضي المحكمة العامة", "2021-11-11", "'الخميس الماضي' before Thu 18 Nov = Thu 11 Nov 2021"),
    ev("regulator-refusal", "الصادق جمال الدين الصادق، الأحد", "2021-11-14", "'الأحد' before Thu 18 Nov = Sun 14 Nov 2021"),
])
art(S, "https://alaraby.co.uk/entertainment_media/%D8%B9%D9%88%D8%AF%D8%A9-%D8%A7%D9%84%D8%A5%D9%86%D8%AA%D8%B1%D9%86%D8%AA-%D8%AC%D8%B2%D8%A6%D9%8A%D8%A7%D9%8B-%D9%81%D9%8A-%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86-%D8%A8%D8%B9%D8%AF-%D9%8A%D9%88%D9%85-%D8%AF%D8%A7%D9%85%D9%8D",
    "2021-11-19", "page stamp '19 نوفمبر 2021' under the headline (kept as first line, before the headline); 19 Nov 2021 was a Friday and the body's 'مساء الخميس' (Thu 18) agrees; the photo caption, the font-size buttons and the truncated end of the last sentence dropped", True, """
19 نوفمبر 2021
عودة الإنترنت جزئياً في السودان بعد يوم دامٍ
أعادت السلطة العسكرية الجديدة في السودان، مساء الخميس، خدمة الإنترنت المقطوعة في البلاد منذ أن أعلن العسكر سيطرتهم على الحكم في 25 أكتوبر/تشرين الأول، وذلك غداة تظاهرات سقط فيها أكبر عدد من القتلى منذ الانقلاب.
ومنذ أن أعلن الفريق أول عبد الفتاح البرهان حل مؤسسات الحكم الانتقالي وإبعاد المدنيين عن السلطة، تطالب الأمم المتحدة وسفارات وناشطون وقضاة سودانيون بإعادة الإنترنت الذي أدى قطعه إلى عزل البلاد إلى حد بعيد.
لكن القادة العسكريين لم يستجيبوا، بل ذهبوا الأربعاء إلى حد قطع الاتصالات الهاتفية.
وأكدت منظمة "نتبلوكس" غير الحكومية عودة "جزئية" للشبكة في السودان، في حين قالت وكالة الأنباء السودانية الرسمية "سونا" إن عودة الخدمة ستكون "تدريجية".
وعلى الفور دعا ناشطون على شبكات التواصل السودانيين إلى نشر ما لديهم من مقاطع فيديو ومعلومات عن تظاهرات الأربعاء التي جرت والبلد معزول تماما عن العالم.
وكانت خدمة الهاتف قد عادت إلى البلاد صباح الخميس.
وسقط أكبر عدد من الضحايا، 11 شخصا على الأقل بينهم امرأة، الأربعاء، في منطقة الخرطوم بحري.
""", [
    ev("internet-restored", "أعادت السلطة العسكرية الجديدة في السودان، مساء الخميس", "2021-11-18", "'مساء الخميس' before Fri 19 Nov = the evening of Thu 18 Nov 2021"),
    ev("coup-measures", "سيطرتهم على الحكم في 25 أكتوبر/تشرين الأول", "2021-10-25", "'25 أكتوبر/تشرين الأول' = Mon 25 Oct 2021"),
    ev("nov17-protests", "غداة تظاهرات سقط فيها أكبر عدد من القتلى", "2021-11-17", "'غداة' the evening of Thu 18 Nov: the protests of Wed 17 Nov 2021"),
    ev("phone-cut", "ذهبوا الأربعاء إلى حد قطع الاتصالات الهاتفية", "2021-11-17", "'الأربعاء' before Fri 19 Nov = Wed 17 Nov 2021"),
    ev("phone-return", "وكانت خدمة الهاتف قد عادت إلى البلاد صباح الخميس", "2021-11-18", "'صباح الخميس' = the morning of Thu 18 Nov 2021"),
])
art(S, "https://www.sudannews.de/archives/172848",
    "2021-11-19", "no stamp or URL date in the stored page: fixed by the body's 'أمس الخميس' for the Khartoum court's arrest order against the managers of the telecom companies, given on Thu 18 Nov 2021 (Anadolu via syria.tv: 'وفي وقت سابق الخميس'), the return of the internet on the evening of that Thursday: so Fri 19 Nov 2021; the dateline 'الخرطوم: السوداني' dropped; no date of its own in the text", False, """
عادت خدمات الإنترنت إلى البلاد بعد انقطاع تجاوز الـ(25) يومًا، بينما لا يزال المستخدمون يواجهون مشكلة في الدخول إلى مواقع التواصل الاجتماعي.
وكانت خدمة الإنترنت قد انقطعت في السودان منذ 25 أكتوبر الماضي، مع قرارات قائد الجيش الفريق أول عبد الفتاح البرهان حل الحكومة المدنية وإعلان حالة الطوارئ واعتقال الوزراء ووضع رئيس الوزراء عبد الله حمدوك قيد الإقامة الجبرية.
وأكدت شبكة "نت بلوكس"، المعنية برصد حركة الإنترنت وانقطاعاته حول العالم، عودة الإنترنت، موضحة أنها جزئية.
وأشارت "نت بلوكس" إلى أن الوصول إلى مواقع التواصل الاجتماعي عاد جزئيا كذلك، مع ارتفاع في خدمة اتصالات الهواتف الخلوية.
وأصدرت محكمة الخرطوم الجزئية، أمس الخميس، قرارا بالقبض على مدراء 3 شركات اتصالات في البلاد وعدم إطلاق سراحهم إلى أن تُعاد خدمة الإنترنت لكافة المشتركين.
وفي التاسع من نوفمبر، أصدرت المحكمة نفسها حكما يلزم 4 شركات اتصالات، هي سوداني وزين وأم تي إن وكنار، بإرجاع خدمة الإنترنت فورا.
وفي الثالث من نوفمبر الجاري، تقدمت الجمعية السودانية لحماية المستهلك والمحامون المتحدون ببلاغ ضد شركات الاتصالات للنظر في الطلب الوقتي لإعادة الخدمة.
""", [
    ev("internet-restored", "عادت خدمات الإنترنت إلى البلاد", "2021-11-18", "no own expression; the return on the evening of Thu 18 Nov 2021 (another report: 'مساء الخميس'), reported on Fri 19"),
    ev("internet-cut", "قد انقطعت في السودان منذ 25 أكتوبر الماضي", "2021-10-25", "'25 أكتوبر الماضي' = Mon 25 Oct 2021"),
    ev("arrest-order", "أمس الخميس، قرارا بالقبض", "2021-11-18", "'أمس الخميس' before Fri 19 Nov = Thu 18 Nov 2021"),
    ev("nov9-ruling", "وفي التاسع من نوفمبر، أصدرت المحكمة نفسها", "2021-11-09", "'التاسع من نوفمبر' = Tue 9 Nov 2021"),
    ev("lawsuit-filed", "وفي الثالث من نوفمبر الجاري", "2021-11-03", "'الثالث من نوفمبر الجاري' = Wed 3 Nov 2021"),
])

# ---------------------------------------------------------------- iraq-exam-internet-cuts-2025
S = "iraq-exam-internet-cuts-2025"
CUTS = ("2025-08-26", "2025-09-11")  # the daily two-hour cuts, Tue 26 Aug - Wed 10 Sep 2025
art(S, "http://burathanews.com/arabic/news/464235",
    "2025-08-24", "the body's own 'اليوم الأحد (24 آب 2025)' (24 Aug 2025 was a Sunday; the stored page is also dated 2025-08-24)", True, """
ذكر مصدر مطلع، اليوم الأحد (24 آب 2025)، أن الإنترنت سيُقطع يوميا لمدة ساعتين اعتبارا من 26 آب بسبب الامتحانات.
وأوضح المصدر أن "الإنترنت سيُقطع يوميا ساعتين، من الساعة الـ6 صباحاً حتى الساعة الـ8 صباحاً، ولمدة 14 يوم، بسبب امتحانات الدور الثاني للصف الثالث المتوسط والسادس الإعدادي".
وأضاف أن "القطع يبدأ من يوم "الثلاثاء القادم"، موعد انطلاق امتحانات الدور الثاني للصف الثالث المتوسط والسادس الإعدادي، ويستمر لغاية 2025/9/10".
ومن المعتاد في العراق قطع الإنترنت خلال الامتحانات الوزارية، تفاديا لحالات الغش ومنعا لتسرب الأسئلة قبل بدء الامتحان.
""", [
    ev("announcement", "ذكر مصدر مطلع، اليوم الأحد (24 آب 2025)", "2025-08-24", "'اليوم الأحد (24 آب 2025)' = Sun 24 Aug 2025"),
    ev("cuts-start", "اعتبارا من 26 آب", "2025-08-26", "'26 آب' = Tue 26 Aug 2025"),
    ev("daily-cuts", "سيُقطع يوميا لمدة ساعتين", CUTS[0], "'يوميا' from 26 Aug to 10 Sep 2025 (the text's own bounds)", end=CUTS[1]),
    ev("exams-start", "موعد انطلاق امتحانات الدور الثاني", "2025-08-26", "'الثلاثاء القادم' after Sun 24 Aug = Tue 26 Aug 2025"),
    ev("cuts-end", "ويستمر لغاية 2025/9/10", "2025-09-10", "'2025/9/10' = Wed 10 Sep 2025"),
])
art(S, "https://www.shafaq.com/ar/%D9%85%D8%AC%D8%AA%D9%80%D9%85%D8%B9/%D9%82%D8%B7%D8%B9-%D8%A7%D9%84%D8%A7%D9%86%D8%AA%D8%B1%D9%86%D8%AA-%D8%B3%D8%A7%D8%B9%D8%AA%D9%8A%D9%86-%D8%B5%D8%A8%D8%A7%D8%AD%D8%A7-%D8%A8%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D9%84%D9%85%D8%AF%D8%A9-%D8%A7%D8%B3%D8%A8%D9%88%D8%B9%D9%8A%D9%86",
    "2025-08-24", "the stored page is dated 2025-08-24 (a Sunday) and the body's 'يوم الأحد' for the ministry source's statement agrees (burathanews: 'اليوم الأحد (24 آب 2025)'); the dateline 'شفق نيوز - بغداد' dropped; no date of its own in the text (the full dates in it are those of the cuts)", False, """
أفاد مصدر في وزارة الاتصالات العراقية، يوم الأحد، بأن الوزارة ستبدأ قطع خدمة الإنترنت ساعتين صباحا اعتبارا من الثلاثاء المقبل ولغاية العاشر من شهر أيلول/سبتمبر المقبل، تزامنا مع امتحانات الدور الثاني للصفوف المنتهية في المرحلتين المتوسطة والإعدادية.
وقال المصدر لوكالة شفق نيوز إن الإنترنت سيُقطع يوميا ساعتين، من الساعة الـ6 صباحاً إلى الساعة الـ8 صباحاً، ولمدة 14 يوما، بسبب امتحانات الدور الثاني للصف الثالث المتوسط والسادس الإعدادي، بدءا من يوم 2025/8/26 ولغاية 2025/9/10.
ودأبت وزارة الاتصالات في السنوات الماضية على قطع الإنترنت خلال الامتحانات النهائية للصفوف المنتهية في المرحلتين المتوسطة والإعدادية، بطلب من وزارة التربية لتفادي الغش الإلكتروني.
وكان القطع يبدأ من الساعة السادسة صباحا ويستمر حتى العاشرة، لكن ذلك أثار استياء العراقيين بسبب الأضرار المادية التي لحقت بالأعمال التجارية وانعكاسها على الحركة الاقتصادية، ما دفع وزارة الاتصالات إلى تقليص القطع إلى ساعتين فقط.
""", [
    ev("announcement", "أفاد مصدر في وزارة الاتصالات العراقية، يوم الأحد", "2025-08-24", "'يوم الأحد' = Sun 24 Aug 2025 (the page date)"),
    ev("cuts-start", "اعتبارا من الثلاثاء المقبل", "2025-08-26", "'الثلاثاء المقبل' after Sun 24 Aug = Tue 26 Aug 2025 (the text also gives '2025/8/26')"),
    ev("cuts-end", "ولغاية العاشر من شهر أيلول/سبتمبر المقبل", "2025-09-10", "'العاشر من شهر أيلول/سبتمبر المقبل' = Wed 10 Sep 2025"),
    ev("daily-cuts", "إن الإنترنت سيُقطع يوميا ساعتين", CUTS[0], "'يوميا ... بدءا من يوم 2025/8/26 ولغاية 2025/9/10' = 26 Aug - 10 Sep 2025", end=CUTS[1]),
])
art(S, "https://www.alsumaria.tv/news/localnews/539046/%D8%A7%D8%B3%D8%AA%D8%AB%D9%86%D8%A7%D8%A1-%D9%85%D8%A4%D8%B3%D8%B3%D8%A7%D8%AA-%D9%85%D9%86-%D9%82%D8%B7%D8%B9-%D8%A7%D9%84%D8%A7%D9%86%D8%AA%D8%B1%D9%86%D8%AA-%D9%81%D9%8A-%D8%A7%D9%84%D8%A7%D9%85%D8%AA%D8%AD%D8%A7%D9%86%D8%A7%D8%AA-%D9%88%D8%AD%D9%84%D9%88%D9%84-%D9%84%D8%A7%D9%86%D9%87%D8%A7%D8%A1-%D8%A7%D9%84%D8%B8%D8%A7%D9%87%D8%B1%D8%A9-%D9%83%D9%84%D9%8A%D9%8B",
    "2025-08-31", "page stamp '2025-08-31 | 02:16' above the text (kept as first line '2025-08-31'); 31 Aug 2025 was a Sunday and the body's 'اليوم الاحد' agrees; the copyright line, image address, author link, view count, section labels and the truncated last sentence dropped", True, """
2025-08-31
استثناء مؤسسات من قطع الانترنت في الامتحانات.. وحلول لانهاء الظاهرة كليًا
أعلنت وزارة التربية، اليوم الاحد، أنها تعمل على وضع خطوات وحلول لإنهاء ظاهرة قطع الإنترنت في أيام الامتحانات، في حين قللت وزارة الاتصالات من أهمية الخسائر الناجمة عن توقف الإنترنت، وكشفت عن استثناء بعض المؤسسات من القطع خلال الامتحانات.
وقالت وزيرة الاتصالات هيام الياسري إن "بعض حالات الغش في المراحل الماضية أدت إلى إلغاء امتحانات بالكامل وتحولت إلى قضية رأي عام"، مضيفة أن "مجلس الوزراء هو من يقدّر المصلحة العامة في مثل هذه الحالات".
وقللت الوزيرة، بحسب صحيفة الصباح الحكومية، من أهمية ما يُقال عن الأضرار والخسائر التي تلحق بقطاعات عدة جراء قطع الإنترنت ساعتين، مبينة أن هناك استثناءات لبعض الجهات كالمطارات والمفاصل المهمة والحساسة بعد تقديمها طلبا إلى الوزارة.
""", [
    ev("education-ministry-plan", "أعلنت وزارة التربية، اليوم الاحد", "2025-08-31", "'اليوم الاحد' = Sun 31 Aug 2025 (the stamp day)"),
    ev("minister-remarks", "وقالت وزيرة الاتصالات هيام الياسري", "2025-08-31", "no own expression; her remarks reported by Al-Sabah on the stamp day, Sun 31 Aug 2025 (they may be a day older)"),
    ev("daily-cuts", "جراء قطع الإنترنت ساعتين", CUTS[0], "no own expression; the two-hour daily cuts of the second-round exams, 26 Aug - 10 Sep 2025 (the other reports)", end=CUTS[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 221)
                            if i != 201 and i != 217 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

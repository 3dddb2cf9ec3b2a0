"""Builds stories.jsonl: the 572-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: coach sackings, player transfers and disciplinary
sanctions in Arab football leagues (Egypt, Morocco, Saudi Arabia, Algeria, Iraq).
Stories: al-Zawraa parting with the Egyptian coach Emad El-Nahhas and naming Louay Salah (Iraq, February 2026);
Raja captain Mohsine Moutaouali's gesture and red card in the Casablanca derby (Morocco, June 2022); al-Ahly
sacking the Spanish coach Jose Riveiro after the defeat by Pyramids (Egypt, August 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-zawraa-nahhas-sacked-2026
S = "iraq-zawraa-nahhas-sacked-2026"
KARKH = ("2026-02-21", "2026-02-23")       # Karkh 3-1 Zawraa, round 19: kick-off 11:15 pm on Sat 21 Feb 2026 (Ramadan), ended after midnight, Sun 22
WASL = "2026-02-17"                        # Al-Wasl 4-2 Zawraa (a.e.t.), ACL Two round-of-16 second leg in Dubai, Tue 17 Feb 2026
RESIGN_REPORT = "2026-02-22"               # INA reported Nahhas's resignation on Sun 22 Feb 2026 (he denied it the same day)
DECIDED = "2026-02-23"                     # the board ended his contract by mutual consent on Mon 23 Feb 2026
STATEMENT = "2026-02-24"                   # the club statement reported by albayan as 'اليوم الثلاثاء', Tue 24 Feb 2026
SALAH = "2026-02-24"                       # Louay Salah named on Tue 24 Feb 2026 (Shafaq), first session that evening
SHORTA = "2026-02-26"                      # the postponed match against al-Shorta, Thu 26 Feb 2026
TOOK_OVER = ("2025-10-10", "2025-10-14")   # Nahhas signed on Fri 10 / Sat 11 Oct 2025 and took charge in the following days
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=22022026&id=ebc0fd2e-6157-45db-9696-68b9f4f312e6",
    "2026-02-22", "the page's date 2026-02-22 and the URL's 'cdate=22022026' (Sun 22 Feb 2026); it reports the INA story of the resignation on the day after the Karkh defeat, the same day Nahhas denied it to FilGoal (22 Feb 18:40); headline written from the body (the stored text has none); no date of its own in the text", False, """
تقارير: عماد النحاس يستقيل من تدريب الزوراء بعد الخسارة أمام الكرخ
أفادت الوكالة العراقية للأنباء بأن المدرب المصري عماد النحاس قدّم استقالته من منصب المدير الفني لفريق الزوراء، إثر الهزيمة أمام الكرخ بنتيجة 3-1 في الجولة الـ19 من الدوري العراقي.
وبيّن التقرير أن النحاس أخطر إدارة النادي بقراره عقب الخسارة التي عُدّت مخيبة للآمال، على أن تبحث الإدارة الاستقالة خلال الساعات المقبلة لتحسم مصير الجهاز الفني نهائيا.
ويأتي الزوراء في المركز السادس بجدول ترتيب الدوري العراقي برصيد 31 نقطة، وله مباراتان مؤجلتان قد تغيّران موقعه في سباق المنافسة.
ومنذ توليه المهمة في أكتوبر الماضي، قاد النحاس الفريق في 20 مباراة في مختلف المسابقات، فاز في 11 منها وتعادل في 5 وخسر 4.
وكان الفريق قد خرج من منافسات دوري أبطال آسيا للنخبة من دور الـ16 بعد هزيمته أمام الوصل الإماراتي مؤخرًا، وهو ما ضاعف الضغوط على الجهاز الفني في الفترة الأخيرة.
""", [
    ev("karkh-defeat", "إثر الهزيمة أمام الكرخ بنتيجة 3-1", KARKH[0], "no own expression; Karkh 3-1 Zawraa in round 19 kicked off at 11:15 pm on Sat 21 Feb 2026 and ended after midnight (Shafaq of 21 Feb; albayan: 'يوم الأحد'), my span Sat 21 - Sun 22 Feb", end=KARKH[1]),
    ev("resignation-report", "قدّم استقالته من منصب المدير الفني لفريق الزوراء", RESIGN_REPORT, "no own expression; the INA report of the resignation, carried on Sun 22 Feb 2026 (this page, FilGoal 22 Feb 18:40)"),
    ev("nahhas-took-over", "ومنذ توليه المهمة في أكتوبر الماضي", TOOK_OVER[0], "'في أكتوبر الماضي' from Feb 2026 = October 2025; Zawraa signed him on Fri 10 / Sat 11 Oct 2025 (al-Araby, AFP) and he arrived within days (my span 10 - 13 Oct)", end=TOOK_OVER[1]),
    ev("wasl-exit", "خرج من منافسات دوري أبطال آسيا للنخبة من دور الـ16", WASL, "'مؤخرًا'; the second leg lost 4-2 to Al-Wasl in Dubai on Tue 17 Feb 2026"),
])
art(S, "https://www.shafaq.com/ar/%D8%B1%D9%8A%D9%80%D8%A7%D8%B6%D8%A9/%D8%A7%D9%84%D8%B2%D9%88%D8%B1%D8%A7-%D9%8A%D9%86%D9%87%D9%8A-%D8%B9%D9%82%D8%AF-%D9%85%D8%AF%D8%B1%D8%A8%D9%87-%D8%A7%D9%84%D9%86%D8%AD%D8%A7%D8%B3-%D9%84%D8%AA%D8%B1%D8%A7%D8%AC%D8%B9-%D8%A7%D9%84-%D8%AF%D8%A7",
    "2026-02-23", "the page's date 2026-02-23; the body's 'يوم الاثنين' for the decision (23 Feb 2026 was a Monday); headline rendered from the URL slug; dateline 'شفق نيوز- بغداد' kept", True, """
الزوراء ينهي عقد مدربه النحاس لتراجع الأداء
شفق نيوز- بغداد
أنهت إدارة نادي الزوراء العراقي لكرة القدم، يوم الاثنين، عقد المدرب المصري عماد النحاس بالتراضي، بسبب تراجع نتائج الفريق في المرحلة الأخيرة من دوري نجوم العراق.
وبحسب معلومات حصلت عليها وكالة شفق نيوز، اتُّخذ القرار بعد هبوط مستوى الأداء عموما، وكذلك الخسارة التي مُني بها الفريق أمام الكرخ بنتيجة 3-1 في الجولة التاسعة عشرة من المسابقة.
ويتولى المدرب المساعد حسام فوزي ومدرب اللياقة مازن عبد الستار قيادة تدريبات الفريق في الوقت الحالي، تحضيرا للجولات القادمة، إلى حين التعاقد مع جهاز فني جديد.
وشرعت إدارة الزوراء في البحث عن مدرب جديد يقود الفريق في المرحلة المقبلة، في حين نشر السويدي مسعود ميرال، المدرب السابق لدهوك، منشورا أبدى فيه استعداده للعودة بقوة إلى الدوري العراقي، ما أثار تكهنات حول محطته القادمة.
""", [
    ev("contract-ended", "يوم الاثنين، عقد المدرب المصري عماد النحاس بالتراضي", DECIDED, "'يوم الاثنين' in an article of Mon 23 Feb 2026 = that day"),
    ev("karkh-defeat", "الخسارة التي مُني بها الفريق أمام الكرخ", KARKH[0], "no own expression; the round-19 match of Sat 21 Feb 2026 night, ended after midnight (my span 21 - 22 Feb)", end=KARKH[1]),
    ev("interim-staff", "ويتولى المدرب المساعد حسام فوزي ومدرب اللياقة مازن عبد الستار قيادة تدريبات الفريق", DECIDED, "'في الوقت الحالي' from Mon 23 Feb 2026, until Louay Salah took the first session on the evening of Tue 24 Feb (Shafaq) (my span 23 - 24 Feb)", end="2026-02-25"),
    ev("coach-search", "وشرعت إدارة الزوراء في البحث عن مدرب جديد", DECIDED, "no own expression; after the decision of Mon 23 Feb 2026 and until Louay Salah was named on Tue 24 Feb (my span 23 - 24 Feb)", end="2026-02-25"),
])
art(S, "https://www.albayan.ae/sports/football/1094033",
    "2026-02-24", "the page's date 2026-02-24; the body's 'اليوم الثلاثاء' for the club's announcement (24 Feb 2026 was a Tuesday); headline written from the body (the stored text has none)", True, """
الزوراء العراقي ينهي تعاقده مع المدرب عماد النحاس بالتراضي
أعلن نادي الزوراء، أحد فرق دوري نجوم العراق لكرة القدم، اليوم الثلاثاء، فسخ تعاقده مع المدرب المصري عماد النحاس بالتراضي.
وجاء في بيان نشره النادي على صفحته في «فيسبوك»: «قررت الهيئة الإدارية لنادي الزوراء إنهاء التعاقد مع المدرب المصري عماد النحاس بالتراضي بين الطرفين».
وتابع البيان: «شددت إدارة النادي على أن القرار اتُّخذ بروح التفاهم والاحترام المتبادل، مقدّرة في الوقت نفسه ما بذله الجهاز الفني من جهود طوال مدة عمله مع الفريق، ومتمنية له النجاح في محطته القادمة».
وغادر النحاس بعد أن ودّع الزوراء دوري أبطال آسيا 2 إثر الخسارة أمام الوصل الإماراتي 4-2 في إياب دور الـ16 الأسبوع الماضي، ثم السقوط أمام الكرخ 3-1 في الدوري العراقي، يوم الأحد.
وأشرف النحاس، منذ تسلّمه مهامه في أكتوبر/تشرين الأول الماضي، على الزوراء في 20 مباراة في مختلف المسابقات، فاز في 11 منها وتعادل في خمس وخسر أربعا.
ويحتل الزوراء المركز السابع في جدول الدوري العراقي برصيد 31 نقطة، وتبقى له مباراتان مؤجلتان، يلعب إحداهما أمام الشرطة يوم الخميس المقبل.
""", [
    ev("club-statement", "اليوم الثلاثاء، فسخ تعاقده مع المدرب المصري عماد النحاس", STATEMENT, "'اليوم الثلاثاء' = Tue 24 Feb 2026 (the board's decision itself was reported on Mon 23 Feb by Shafaq and Masrawy)"),
    ev("wasl-exit", "إثر الخسارة أمام الوصل الإماراتي 4-2 في إياب دور الـ16 الأسبوع الماضي", WASL, "'الأسبوع الماضي' from Tue 24 Feb 2026; the second leg in Dubai on Tue 17 Feb 2026"),
    ev("karkh-defeat", "ثم السقوط أمام الكرخ 3-1 في الدوري العراقي، يوم الأحد", KARKH[0], "'يوم الأحد' = Sun 22 Feb 2026; the match kicked off at 11:15 pm on Sat 21 Feb (Shafaq of 21 Feb) and ended after midnight (my span 21 - 22 Feb)", end=KARKH[1]),
    ev("nahhas-took-over", "منذ تسلّمه مهامه في أكتوبر/تشرين الأول الماضي", TOOK_OVER[0], "'في أكتوبر/تشرين الأول الماضي' from Feb 2026 = October 2025; signed on Fri 10 / Sat 11 Oct 2025, in charge within days (my span 10 - 13 Oct)", end=TOOK_OVER[1]),
    ev("shorta-match", "يلعب إحداهما أمام الشرطة يوم الخميس المقبل", SHORTA, "'يوم الخميس المقبل' from Tue 24 Feb 2026 = Thu 26 Feb"),
])
art(S, "https://www.filgoal.com/articles/524143/%D9%82%D8%A8%D9%84-%D9%85%D9%88%D8%A7%D8%AC%D9%87%D8%A9-%D9%85%D8%A4%D9%85%D9%86-%D8%B3%D9%84%D9%8A%D9%85%D8%A7%D9%86-%D8%A7%D9%84%D8%B2%D9%88%D8%B1%D8%A7%D8%A1-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%D9%8A-%D9%8A%D8%B9%D9%84%D9%86-%D8%A8%D8%AF%D9%8A%D9%84-%D8%B9%D9%85%D8%A7%D8%AF-%D8%A7%D9%84%D9%86%D8%AD%D8%A7%D8%B3",
    "2026-02-26", "the page's date 2026-02-26 (Thu); headline rendered from the URL slug; the last, truncated sentence of the stored excerpt cut after 'لأنه حقها'; no date of its own in the text", False, """
قبل مواجهة مؤمن سليمان.. الزوراء العراقي يعلن بديل عماد النحاس
أنهى نادي الزوراء العراقي إجراءات التعاقد مع لؤي صلاح ليتولى تدريب الفريق.
وتسلّم لؤي صلاح تدريب الزوراء خلفا لعماد النحاس.
ويخوض لؤي صلاح أولى مبارياته مع الزوراء في الدوري العراقي أمام الشرطة الذي يدربه مؤمن سليمان.
وغادر النحاس تدريب الزوراء العراقي بعد فسخ العقد مع الفريق بالتراضي.
وقال النحاس لـFilGoal.com: "أوجه الشكر للجميع، لنادي الزوراء ومجلس إدارته، وللاعبين والجماهير ولكل من ساندني خلال الفترة الماضية، وأنا مسؤول عن الفريق".
وتابع: "استلمت المهمة في ظروف بالغة الصعوبة، فنادي الزوراء يبحث عن لقب منذ 8 مواسم، وهذا يلقي ضغطا كبيرا على أي مدرب وعلى اللاعبين والجهاز الفني، لأن الجميع يريد العودة إلى منصات التتويج".
وأضاف: "بذلت كل ما في وسعي لأعيد الفريق إلى المنافسة، والحمد لله لم تكن النتائج سلبية كما تخيل البعض؛ خضنا 20 مباراة في كل البطولات، فزنا في 11 وتعادلنا في 5 وخسرنا 4 فقط، بينها خسارة واحدة في الدوري، وهذا يعني أننا مضينا بصورة جيدة في الدوري وما زلنا في قلب المنافسة".
وواصل: "فكرة رحيلي بدأت بعد الخروج من دوري أبطال آسيا، وهو ما ولّد لدى الإدارة رغبة في تغيير الجهاز الفني، وأنا أحترم قرار الإدارة لأنه حقها".
""", [
    ev("salah-appointed", "وتسلّم لؤي صلاح تدريب الزوراء خلفا لعماد النحاس", SALAH, "no own expression; Louay Salah was named on Tue 24 Feb 2026 and led his first session that evening (Shafaq of 24 Feb)"),
    ev("shorta-match", "أولى مبارياته مع الزوراء في الدوري العراقي أمام الشرطة", SHORTA, "no own expression; the postponed match against al-Shorta on Thu 26 Feb 2026 (albayan: 'يوم الخميس المقبل' on Tue 24)"),
    ev("contract-ended", "بعد فسخ العقد مع الفريق بالتراضي", DECIDED, "no own expression; the board's decision of Mon 23 Feb 2026 (Shafaq 'يوم الاثنين')"),
    ev("nahhas-took-over", "استلمت المهمة في ظروف بالغة الصعوبة", TOOK_OVER[0], "no own expression; signed on Fri 10 / Sat 11 Oct 2025, in charge within days (my span 10 - 13 Oct)", end=TOOK_OVER[1]),
    ev("wasl-exit", "بعد الخروج من دوري أبطال آسيا", WASL, "no own expression; the elimination by Al-Wasl on Tue 17 Feb 2026"),
])

# ---------------------------------------------------------------- morocco-raja-moutaouali-derby-gesture-2022
S = "morocco-raja-moutaouali-derby-gesture-2022"
DERBY = "2022-06-16"                       # Raja 2-0 Wydad, round 25 of the Botola Pro, behind closed doors, Thu 16 Jun 2022
art(S, "https://lwatan.com/%D8%AD%D8%B1%D9%83%D8%A9-%D8%BA%D9%8A%D8%B1-%D8%A3%D8%AE%D9%84%D8%A7%D9%82%D9%8A%D8%A9-%D8%AA%D8%AC%D8%B1-%D8%A5%D9%86%D8%AA%D9%82%D8%A7%D8%AF%D8%A7%D8%AA-%D9%84%D9%84%D8%A7%D8%B9%D8%A8-%D8%A7%D9%84/",
    "2022-06-17", "no date line on the stored page; the body's 'أمس الخميس' for the derby of Thu 16 Jun 2022 (mapmedias of 17 Jun, URL '/2022/06/17/': 'طرده أمس') gives Fri 17 Jun 2022; headline rendered from the truncated URL slug and completed from the body", True, """
حركة غير أخلاقية تجر انتقادات على لاعب الرجاء متولي
أغضب محسن متولي، لاعب الرجاء البيضاوي، الجمهور الودادي خلال ديربي الدار البيضاء، بعد أن أتى بحركة لا أخلاقية ومنافية للروح الرياضية أمام شعار الوداد في المدرجات الخالية، في المباراة التي جمعت الناديين أمس الخميس بمركب محمد الخامس.
فقد اتجه عميد الرجاء، فور تسجيله ضربة جزاء، صوب الجهة المخصصة لأنصار الوداد وقام بحركة استفزازية بعيدة عن الروح الرياضية، فنال البطاقة الصفراء الثانية وطُرد من الملعب في الدقائق الأخيرة.
وقوبلت حركة متولي بسخط واسع على مواقع التواصل الاجتماعي وصفحاتها، إذ طالب كثيرون الجامعة باتخاذ إجراءات زجرية تضع حدا لهذه السلوكيات الغريبة عن كرة القدم، لا سيما أن المباراة التي دارت بمدرجات فارغة تابعها ملايين المغاربة عبر شاشات التلفزيون.
ومعلوم أن متولي أقدم في مناسبات سابقة على تصرفات مماثلة ونال عقوبات بسببها.
وينتظر أن تصدر لجنة التأديب التابعة للجامعة الملكية لكرة القدم قرارا عقابيا بحق محسن متولي، قد يحرم الرجاء البيضاوي من خدماته في المباريات المقبلة.
""", [
    ev("derby", "في المباراة التي جمعت الناديين أمس الخميس بمركب محمد الخامس", DERBY, "'أمس الخميس' in an article of Fri 17 Jun 2022 = Thu 16 Jun"),
    ev("gesture", "بعد أن أتى بحركة لا أخلاقية ومنافية للروح الرياضية", DERBY, "no own expression; during the derby of Thu 16 Jun 2022 ('أمس الخميس')"),
    ev("red-card", "وطُرد من الملعب في الدقائق الأخيرة", DERBY, "no own expression; in the last minutes of the derby of Thu 16 Jun 2022"),
    ev("social-media-outrage", "وقوبلت حركة متولي بسخط واسع على مواقع التواصل الاجتماعي", DERBY, "no own expression; from the evening of the derby, Thu 16 Jun 2022, to the day of this article, Fri 17 Jun (my span)", end="2022-06-18"),
])
art(S, "https://mapmedias.com/2022/06/17/%d8%ad%d8%b1%d9%83%d8%a9-%d8%ba%d9%8a%d8%b1-%d8%a3%d8%ae%d9%84%d8%a7%d9%82%d9%8a%d8%a9-%d8%aa%d9%87%d8%af%d8%af-%d9%85%d8%aa%d9%88%d9%84%d9%8a-%d8%a8%d8%a7%d9%84%d8%a5%d9%8a%d9%82%d8%a7%d9%81",
    "2022-06-17", "date in the URL '/2022/06/17/' (Fri 17 Jun 2022); the body's 'طرده أمس' and 'مباراة أمس' for the derby of Thu 16 Jun (lwatan: 'أمس الخميس') agree; headline kept from the page; no weekday or date of its own in the text", False, """
حركة “غير أخلاقية” تهدد متولي بالإيقاف
أصبح محسن متولي، عميد الرجاء الرياضي، معرضا للإيقاف حتى نهاية الموسم، بعد طرده أمس من ديربي الدار البيضاء أمام الوداد بسبب حركته اللاأخلاقية.
وهذه ثاني مرة يواجه فيها متولي عقوبة الإيقاف، بعد توقيفه إثر سلوك مشابه في مباراة نهضة بركان التي أقيمت لحساب الجولة 20 من الدوري الاحترافي، استنادا إلى المواد 76 و85 و105 من مدونة التأديب الصادرة عن اللجنة المركزية للتأديب.
وأُجبر حكم اللقاء رضوان جيد على رفع البطاقة الحمراء في وجه متولي في الدقائق الأخيرة من مباراة أمس، ومن المنتظر أن يضمّن تقريره هذا الطرد، ما قد يكلف متولي عقوبة جديدة من لجنة التأديب بالجامعة.
ووفق قوانين هذه اللجنة، فإن حالة العود تستوجب عقوبة جديدة في حق عميد “النسور”، بعد إتيانه حركة لا أخلاقية مباشرة عقب تسجيله الهدف الثاني لفريقه في مرمى الوداد، في انتظار القرار النهائي للجنة في قادم الأيام.
وكان الرجاء قد قلّص الفارق إلى نقطة واحدة عن غريمه الوداد، بعد فوزه عليه بهدفين دون رد من ضربتي جزاء، أحرزهما العميد محسن متولي، لحساب الجولة الخامسة والعشرين من البطولة “برو”.
""", [
    ev("red-card", "بعد طرده أمس من ديربي الدار البيضاء أمام الوداد", DERBY, "'أمس' in an article of Fri 17 Jun 2022 = Thu 16 Jun"),
    ev("gesture", "بعد إتيانه حركة لا أخلاقية مباشرة عقب تسجيله الهدف الثاني", DERBY, "no own expression; during the derby of Thu 16 Jun 2022 ('مباراة أمس')"),
    ev("derby", "بعد فوزه عليه بهدفين دون رد من ضربتي جزاء", DERBY, "no own expression; the round-25 derby of Thu 16 Jun 2022 (lwatan: 'أمس الخميس')"),
])
art(S, "https://static.kifache.com/%d9%85%d8%a7-%d8%a8%d8%ba%d8%a7%d8%b4-%d9%8a%d8%af%d9%8a%d8%b1-%d8%b9%d9%82%d9%84%d9%88-%d9%85%d8%ad%d8%b3%d9%86-%d9%85%d8%aa%d9%88%d9%84%d9%8a-%d8%a7%d9%84%d9%84%d8%a7%d8%b9%d8%a8-%d8%a7%d9%84",
    "2022-06-21", "the page's time stamp 'الثلاثاء 21 يونيو 2022 على الساعة 18:00' above the headline (21 Jun 2022 was a Tuesday; the ticker above it is of a later crawl), removed; 'الديربي الأخير' agrees; the site ticker dropped; headline kept from the page; the last, truncated sentence of the stored excerpt cut after 'كرة القدم'; no date of its own in the text", False, """
ما بغاش يدير عقلو.. محسن متولي اللاعب الذي عدد ألقابه في البطولة يساوي عدد حركاته اللاأخلاقية!
فاجأ عميد الرجاء الرياضي محسن متولي متتبعي الشأن الكروي في المغرب بحركات لا أخلاقية أتاها في الديربي الأخير أمام الوداد الرياضي، وهي المباراة التي انتهت بفوز الفريق الأخضر بهدفين نظيفين، لحساب الجولة الـ25 من البطولة الوطنية الاحترافية.
ورغم أنه بلغ سن 36 من العمر، يبدو أن "الكابيتانو" لم يدرك بعد موقعه الاعتباري بوصفه قدوة للشباب وللمواهب الناشئة في كرة القدم.
""", [
    ev("gesture", "بحركات لا أخلاقية أتاها في الديربي الأخير", DERBY, "no own expression ('الديربي الأخير'); during the derby of Thu 16 Jun 2022"),
    ev("derby", "وهي المباراة التي انتهت بفوز الفريق الأخضر بهدفين نظيفين", DERBY, "no own expression; the round-25 derby of Thu 16 Jun 2022 (lwatan: 'أمس الخميس')"),
])

# ---------------------------------------------------------------- egypt-ahly-ribeiro-sacked-2025
S = "egypt-ahly-ribeiro-sacked-2025"
PYRAMIDS = "2025-08-30"                    # Pyramids 2-0 al-Ahly, round 5 of the Egyptian league, at the Salam stadium, Sat 30 Aug 2025
SACKED = "2025-08-31"                      # the planning committee met from 11 am and al-Ahly announced Riveiro's departure, Sun 31 Aug 2025
APPOINTED = "2025-05-29"                   # Riveiro took charge on Thu 29 May 2025
art(S, "https://www.eremnews.com/sports/i8q8cza",
    "2025-08-30", "the page's date 2025-08-30; the body's 'مساء السبت' for the match and 'غداً الأحد' for the possible sacking give Sat 30 Aug 2025 (30 Aug 2025 was a Saturday); headline written from the body (the stored text has none); the sub-headings dropped", True, """
مطالب الرحيل تحاصر ريبيرو بعد خسارة الأهلي أمام بيراميدز
باتت مطالب الرحيل تطارد الإسباني خوسيه ريبيرو، المدير الفني للأهلي، إثر الهزيمة أمام بيراميدز بهدفين دون رد، مساء السبت، في الجولة الخامسة من الدوري المصري.
وردّدت جماهير الأهلي هتافات ضد المدرب في ملعب السلام الذي احتضن اللقاء، بعدما مُني الفريق بأول خسارة له في الدوري هذا الموسم.
وكان ريبيرو قد تسلم قيادة الأهلي يوم 29 مايو الماضي خلفا للمدرب المؤقت عماد النحاس، ولم يحقق سوى فوز واحد في 7 مباريات.
ويبلغ الشرط الجزائي في عقد ريبيرو مع الأهلي نحو 500 ألف دولار، أي ما يعادل 3 أشهر من عقده وعقد جهازه.
وذكرت قناة "النهار": "إذا أقيل ريبيرو خلال أول 3 أشهر من تعيينه مديرا فنيا للفريق، فلن يتقاضى أي مبالغ، ولن تكلف إقالته النادي أي مقابل مالي".
وأضافت: "إذا كان العقد بين خوسيه ريبيرو والأهلي قد فُعّل رسميا يوم 1 يونيو الماضي، فلن يُدفع للمدرب شرط جزائي في حال إقالته غداً الأحد، وفق مصادر داخل النادي الأهلي".
وختمت القناة: "تاريخ تعيين ريبيرو في الأهلي هو الفيصل؛ فإذا فُعّل العقد بدءًا من 1 يونيو فإن الأحد هو ختام الأشهر الثلاثة، ويحق للنادي إبلاغ المدرب بقرار رحيله دون سداد قيمة الشرط الجزائي".
""", [
    ev("pyramids-defeat", "إثر الهزيمة أمام بيراميدز بهدفين دون رد، مساء السبت", PYRAMIDS, "'مساء السبت' in an article of Sat 30 Aug 2025 = that evening"),
    ev("fans-chant", "وردّدت جماهير الأهلي هتافات ضد المدرب", PYRAMIDS, "no own expression; at the Salam stadium during the match of Sat 30 Aug 2025"),
    ev("ribeiro-appointed", "قد تسلم قيادة الأهلي يوم 29 مايو الماضي", APPOINTED, "'يوم 29 مايو الماضي' from Aug 2025 = Thu 29 May 2025"),
    ev("ribeiro-sacked", "في حال إقالته غداً الأحد", SACKED, "'غداً الأحد' from Sat 30 Aug 2025 = Sun 31 Aug, the day al-Ahly did sack him (Al Jazeera Mubasher: 'اليوم الأحد')"),
])
art(S, "https://www.aljazeeramubasher.net/news/sports/2025/8/31/%D8%A7%D9%84%D8%A3%D9%87%D9%84%D9%8A-%D8%A7%D9%84%D9%85%D8%B5%D8%B1%D9%8A-%D9%8A%D8%B9%D9%84%D9%86-%D8%B1%D8%AD%D9%8A%D9%84-%D9%85%D8%AF%D8%B1%D8%A8%D9%87",
    "2025-08-31", "the page's date 2025-08-31 and the URL's '/2025/8/31/'; the body's 'اليوم الأحد' (31 Aug 2025 was a Sunday) and 'أمس السبت' agree; headline rendered from the URL slug; the last, truncated sentence completed with 'المقبلة'", True, """
الأهلي المصري يعلن رحيل مدربه
أعلن النادي الأهلي المصري لكرة القدم، اليوم الأحد، إقالة مدربه الإسباني خوسيه ريبيرو وجهازه المعاون، مع شكرهم على الفترة الماضية.
وتأتي إقالة ريبيرو بعد هزيمة الأهلي أمام بيراميدز (0-2)، أمس السبت، في انطلاقة متعثرة للفريق في الدوري المصري، إذ لم يجمع سوى 5 نقاط من أول 4 مباريات لعبها.
وقال النادي الأهلي في بيان على حساباته الرسمية بمواقع التواصل الاجتماعي إن "الإقالة جاءت بعد اجتماعات لجنة التخطيط بحضور رئيس النادي محمود الخطيب والمدير الرياضي محمد يوسف، التي انطلقت في الحادية عشرة صباح اليوم ودامت عدة ساعات، وبحثت التقارير التي قدمها المدير الرياضي والمدير الفني، وعلى أساسها اتُّخذ القرار المذكور".
وأضاف البيان أن "اللجنة أكدت خلال جلستها مع خوسيه ريبيرو تقديرها لما قدمه منذ تسلمه المسؤولية، وأنه بذل جهدا كبيرا، غير أن النتائج لم تسمح بمواصلة التجربة، في وقت يسعى فيه النادي إلى تحقيق الطموحات الكبيرة لجماهيره محليا وقاريا".
وأشار الأهلي في بيانه إلى أن لجنة التخطيط ستواصل اجتماعاتها لحسم التصور النهائي للجهاز الفني الذي سيقود الفريق في المرحلة المقبلة.
""", [
    ev("ribeiro-sacked", "اليوم الأحد، إقالة مدربه الإسباني خوسيه ريبيرو", SACKED, "'اليوم الأحد' = Sun 31 Aug 2025"),
    ev("pyramids-defeat", "بعد هزيمة الأهلي أمام بيراميدز (0-2)، أمس السبت", PYRAMIDS, "'أمس السبت' from Sun 31 Aug 2025 = Sat 30 Aug"),
    ev("planning-meeting", "التي انطلقت في الحادية عشرة صباح اليوم ودامت عدة ساعات", SACKED, "'في الحادية عشرة صباح اليوم' = 11 am on Sun 31 Aug 2025"),
    ev("ribeiro-appointed", "منذ تسلمه المسؤولية", APPOINTED, "no own expression; Riveiro took charge on Thu 29 May 2025 (eremnews: 'يوم 29 مايو الماضي')"),
])
art(S, "https://www.elbalad.news/6684496",
    "2025-09-02", "the page's date 2025-09-02 (Tue); headline written from the body (the stored text has none); the list of the five absent players, truncated in the stored excerpt, dropped; no date of its own in the text", False, """
ريبيرو يوجه رسالة لجماهير الأهلي بعد رحيله
بعث خوسيه ريبيرو، المدرب السابق للنادي الأهلي، برسالة إلى جماهير القلعة الحمراء عقب رحيله.
وقال ريبيرو: "أطلب شيئا واحدا من الجمهور، أن يساندوا الفريق دون توقف لأنه يحتاجهم دلوقتي، فالفريق يعمل بجدية ودعمكم سيفيده الفترة الجاية".
وكان النادي الأهلي قد أعلن رحيل خوسيه ريبيرو، المدير الفني للفريق الأول لكرة القدم، وعدم إكمال عقده، بسبب تراجع النتائج والخسارة أمام بيراميدز بهدفين نظيفين.
واجتمعت لجنة التخطيط واستمعت إلى تقرير مطوّل ومفصّل من محمد يوسف، المدير الرياضي لقطاع الكرة، حول أسباب تراجع الأداء إلى الحد الذي لم يجمع معه الفريق سوى 5 نقاط من 4 مباريات في الدوري.
وأبلغ يوسف لجنة التخطيط بالعقوبات التي فرضها على الفريق، كما تقرر فسخ عقد المدير الفني الإسباني خوسيه ريبيرو، ودراسة الوضع الشامل للفريق الأحمر في الساعات المقبلة.
وحددت لجنة التخطيط أسباب رغبتها في رحيل ريبيرو، ومنها أنه لم يطور أداء الفريق، وأنه تعنّت مع الجميع في مواعيد التدريبات والأحمال البدنية، ما تسبب في إصابات بالجملة أدت إلى غياب 5 لاعبين عن مواجهة بيراميدز.
""", [
    ev("ribeiro-message", "بعث خوسيه ريبيرو، المدرب السابق للنادي الأهلي، برسالة", SACKED, "no own expression; after his sacking of Sun 31 Aug 2025 and by this article of Tue 2 Sep (my span 31 Aug - 2 Sep)", end="2025-09-03"),
    ev("ribeiro-sacked", "وكان النادي الأهلي قد أعلن رحيل خوسيه ريبيرو", SACKED, "no own expression; the announcement of Sun 31 Aug 2025 (Al Jazeera Mubasher: 'اليوم الأحد')"),
    ev("pyramids-defeat", "والخسارة أمام بيراميدز بهدفين نظيفين", PYRAMIDS, "no own expression; the defeat of Sat 30 Aug 2025 (Al Jazeera Mubasher: 'أمس السبت')"),
    ev("planning-meeting", "واجتمعت لجنة التخطيط واستمعت إلى تقرير مطوّل", SACKED, "no own expression; the planning committee's meeting of Sun 31 Aug 2025 from 11 am (Al Jazeera Mubasher)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 572
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

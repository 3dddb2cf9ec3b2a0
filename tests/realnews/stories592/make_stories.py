"""Builds stories.jsonl: the 592-nd evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: telecommunications and internet outages, social-media
blocks and restorations.
Stories: the internet shutdown and social-media block during the October 2019 protests in Iraq (1-9 Oct 2019),
and the temporary cellular cuts near exam centres announced for the 2025 certificate exams in Syria (June 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-october-protests-internet-shutdown-2019
S = "iraq-october-protests-internet-shutdown-2019"
PROTESTS = "2019-10-01"                    # the protests began in Baghdad on Tue 1 Oct 2019
BLOCK = ("2019-10-01", "2019-10-03")       # Facebook/WhatsApp etc. blocked after the first protests: Tue 1 - Wed 2 Oct
CUT = ("2019-10-02", "2019-10-04")         # the full internet cut: Wed 2 - Thu 3 Oct (78 h before 00:00 UTC Sun 6 Oct)
art(S, "https://rozpress.net/%d8%a7%d9%84%d8%ad%d9%83%d9%88%d9%85%d8%a9-%d8%a7%d9%84%d8%b9%d8%b1%d8%a7%d9%82%d9%8a%d8%a9-%d8%aa%d9%82%d8%b7%d8%b9-%d8%a7%d9%84%d8%a7%d9%86%d8%aa%d8%b1%d9%86%d8%aa-%d9%88%d9%85%d9%88%d8%a7%d9%82",
    "2019-10-03", "no date on the stored page; the body's 'يوم الامس الأربعاء' for the social-media outage, the protests that began 'الثلاثاء' (Tue 1 Oct 2019), nine dead so far, and Abdul-Mahdi's curfew announced 'في وقت متأخر من يوم أمس' to start at five 'من صباح اليوم' (announced on the night of Wed 2 Oct, in force from Thu 3 Oct 2019) give Thu 3 Oct 2019; headline rendered from the URL slug", False, """
الحكومة العراقية تقطع الإنترنت ومواقع التواصل
ظهرت مواقع التواصل الاجتماعي فيسبوك وتويتر وإنستغرام وتطبيق المراسلة واتسآب، يوم الامس الأربعاء، متوقفة عن العمل في مختلف مناطق العراق، ما عدا إقليم كردستان الذي يملك بنية تحتية مستقلة للإنترنت.
ووفقا لرويترز، لم يكن الوصول إلى خدمات الإنترنت ممكنا إلا عبر شبكة افتراضية خاصة تخفي فعليا مكان الجهاز المستخدم.
وتتزامن هذه الأنباء مع موجة احتجاجات اندلعت الثلاثاء في بغداد ومدن أخرى رفضا للفساد والبطالة وتردي الخدمات.
واستخدمت القوات الأمنية الرصاص الحي والمطاطي وقنابل الغاز المسيل للدموع لتفريق المتظاهرين، وأسفرت الاحتجاجات حتى الآن عن سقوط تسعة قتلى ونحو 500 جريح، بحسب مصادر طبية وأمنية.
وكان رئيس الوزراء العراقي عادل عبد المهدي قد أعلن في وقت متأخر من يوم أمس فرض حظر تجوال شامل على المركبات والأفراد في بغداد اعتبارا من الساعة الخامسة من صباح اليوم وحتى إشعار آخر، على خلفية الاحتجاجات التي تعم البلاد.
وبيّن أن تقدير فرض حظر التجوال في المحافظات الأخرى متروك للمحافظين.
""", [
    ev("social-media-blocked", "يوم الامس الأربعاء، متوقفة عن العمل", BLOCK[0], "'يوم الامس الأربعاء' = Wed 2 Oct 2019; the block itself began after the protests of Tue 1 Oct (alhayaheco), my span Tue 1 - Wed 2 Oct", end=BLOCK[1]),
    ev("protests-start", "موجة احتجاجات اندلعت الثلاثاء في بغداد", PROTESTS, "'الثلاثاء' before Thu 3 Oct 2019 = Tue 1 Oct"),
    ev("first-toll-nine", "أسفرت الاحتجاجات حتى الآن عن سقوط تسعة قتلى", PROTESTS, "'حتى الآن' = the dead of Tue 1 - Wed 2 Oct 2019 (the toll as of the publication on Thu 3 Oct)", end="2019-10-03"),
    ev("curfew-announced", "قد أعلن في وقت متأخر من يوم أمس فرض حظر تجوال", "2019-10-02", "'في وقت متأخر من يوم أمس' from Thu 3 Oct 2019 = late on Wed 2 Oct"),
    ev("curfew-start", "اعتبارا من الساعة الخامسة من صباح اليوم", "2019-10-03", "'الساعة الخامسة من صباح اليوم' = 5 a.m. Thu 3 Oct 2019"),
])
art(S, "https://mugtama.com/?p=182614",
    "2019-10-06", "no date on the stored page; the body's 'اليوم الأحد' for the partial return of the internet that NetBlocks confirmed 'بعد 78 ساعة من حجبه' (NetBlocks tweet of 6 Oct 2019: back as of 00:00 UTC), the cut 'منذ الخميس الماضي' and the protests 'منذ الثلاثاء' give Sun 6 Oct 2019 (6 Oct 2019 was a Sunday); an Anadolu report carried by mugtama; headline written from the body (the stored text has none); the last, truncated sentence completed only up to its cut-off", False, """
عودة جزئية للإنترنت إلى معظم أنحاء العراق
رجعت خدمة الإنترنت بصورة جزئية ومتقطعة، اليوم الأحد، إلى أغلب مناطق العراق ومنها العاصمة بغداد، بعد انقطاعها في الأيام الماضية بالتزامن مع تواصل الاحتجاجات والتظاهرات الشعبية، وفق مراسلي "الأناضول".
وكانت خدمة الإنترنت قد توقفت في البلاد كلها باستثناء إقليم كردستان شمالي العراق منذ الخميس الماضي، في ظل الاحتجاجات المتواصلة المطالبة بتحسين الخدمات.
وأعلن مرصد "نت بلوكس"، صباح اليوم الأحد، أن الإنترنت عاد جزئيا إلى العراق، في حين لا يزال حجب مواقع التواصل مستمرا.
وقال المرصد المعني برصد الأمن السيبراني وإدارة الإنترنت في بيان إنه "تأكد من عودة الإنترنت إلى العراق بعد 78 ساعة من حجبه".
وبيّن أن "مؤشرات حركة بيانات الاتصال بلغت 60%"، مضيفا أن "مواقع التواصل الاجتماعي لا تزال محجوبة عن معظم المستخدمين".
وكان المرصد نفسه قد أعلن الخميس انقطاع الإنترنت عن أغلب أنحاء العراق.
ويعيش العراق احتجاجات عنيفة منذ الثلاثاء انطلقت من بغداد للمطالبة بتحسين الخدمات العامة وتأمين فرص العمل ومكافحة الفساد، ثم امتدت إلى محافظات في الجنوب والوسط ذات غالبية شيعية.
ورفع المحتجون سقف مطالبهم وصاروا يطالبون باستقالة رئيس الوزراء عادل عبد المهدي بعد لجوء قوات الأمن إلى العنف لاحتواء الاحتجاجات.
""", [
    ev("internet-partial-return", "رجعت خدمة الإنترنت بصورة جزئية ومتقطعة، اليوم الأحد", "2019-10-06", "'اليوم الأحد' = Sun 6 Oct 2019"),
    ev("internet-cut", "قد توقفت في البلاد كلها باستثناء إقليم كردستان", CUT[0], "'منذ الخميس الماضي' = Thu 3 Oct 2019; the other reports put the full cut on Wed 2 Oct (alhayaheco 'في اليوم الموالي'), and 78 hours before 00:00 UTC 6 Oct is the evening of Wed 2 Oct: my span Wed 2 - Thu 3 Oct", end=CUT[1]),
    ev("netblocks-return-statement", "وأعلن مرصد \"نت بلوكس\"، صباح اليوم الأحد", "2019-10-06", "'صباح اليوم الأحد' = Sun 6 Oct 2019"),
    ev("netblocks-cut-report", "وكان المرصد نفسه قد أعلن الخميس انقطاع الإنترنت", "2019-10-03", "'الخميس' before Sun 6 Oct 2019 = Thu 3 Oct"),
    ev("protests-start", "ويعيش العراق احتجاجات عنيفة منذ الثلاثاء", PROTESTS, "'منذ الثلاثاء' before Sun 6 Oct 2019 = since Tue 1 Oct (the start)"),
])
art(S, "https://www.slaati.com/2019/10/7/p1498438.html",
    "2019-10-07", "no date line in the stored text; the URL's /2019/10/7/ and the body's 'اليوم الإثنين' for the return of the internet after 5 days and for Abdul-Mahdi's pledge agree on Mon 7 Oct 2019 (7 Oct 2019 was a Monday); headline written from the body (the stored text has none)", False, """
عودة الإنترنت إلى محافظات العراق بعد خمسة أيام من القطع
عادت خدمات الإنترنت، اليوم الإثنين، إلى محافظات العراق بعدما قطعتها السلطات لمدة 5 أيام متواصلة على إثر الاحتجاجات الشعبية التي اندلعت في الشوارع.
ورجعت الخدمة مساء اليوم، غير أنها لا تزال ضعيفة جدا ومتقطعة بحسب شهادات المواطنين، إلى جانب استمرار حظر معظم مواقع وتطبيقات التواصل الاجتماعي.
وكان رئيس الوزراء العراقي عادل عبد المهدي قد شدد في وقت سابق اليوم الإثنين على الاستجابة لمطالب المحتجين المشروعة، مشيرا إلى أن الأوضاع تعود شيئا فشيئا إلى طبيعتها.
يذكر أن أكثر من 100 شخص قتلوا وأصيب أكثر من 6000 آخرين، معظمهم من المتظاهرين، منذ اندلاع احتجاجات شعبية واسعة في مدن عراقية عدة منذُ الأول من شهر تشرين الأول/أكتوبر الجاري ضد حكومة عبد المهدي.
""", [
    ev("internet-return-monday", "عادت خدمات الإنترنت، اليوم الإثنين", "2019-10-07", "'اليوم الإثنين' (and 'مساء اليوم') = Mon 7 Oct 2019"),
    ev("internet-cut", "بعدما قطعتها السلطات لمدة 5 أيام متواصلة", CUT[0], "no own day; '5 أيام' back from Mon 7 Oct 2019 = from Wed 2 / Thu 3 Oct (the start of the cut, my span Wed 2 - Thu 3 Oct)", end=CUT[1]),
    ev("abdulmahdi-pledge", "قد شدد في وقت سابق اليوم الإثنين على الاستجابة", "2019-10-07", "'في وقت سابق اليوم الإثنين' = Mon 7 Oct 2019"),
    ev("toll-over-100", "أكثر من 100 شخص قتلوا وأصيب أكثر من 6000 آخرين", PROTESTS, "the dead since the start, 'منذُ الأول من شهر تشرين الأول/أكتوبر الجاري' up to Mon 7 Oct 2019 (my span 1-7 Oct)", end="2019-10-08"),
    ev("protests-start", "منذُ الأول من شهر تشرين الأول/أكتوبر الجاري", PROTESTS, "'الأول من شهر تشرين الأول/أكتوبر الجاري' = Tue 1 Oct 2019"),
])
art(S, "https://alhayaheco.com/%d9%84%d8%a7-%d9%8a%d8%b2%d8%a7%d9%84-%d8%a7%d9%84%d8%b9%d8%b1%d8%a7%d9%82%d9%8a%d9%88%d9%86-%d9%85%d8%ad%d8%b1%d9%88%d9%85%d9%88%d9%86-%d9%85%d9%86-%d9%88%d8%b3%d8%a7%d8%a6%d9%84-%d8%a7%d9%84%d8%aa",
    "2019-10-09", "no date on the stored page; the body's 'اليوم الأربعاء' after 'أسبوعاً من الاحتجاجات' with more than 100 dead, the protests of 'الثلاثاء الماضي' (Tue 1 Oct) and the intermittent return 'منذ أمس الثلاثاء' give Wed 9 Oct 2019 (an AFP report; the same text in al-Madina via sauress); the section tag and the 'related articles'/comment form dropped; headline rendered from the URL slug", False, """
لا يزال العراقيون محرومين من وسائل التواصل الاجتماعي
ما زال العراقيون محرومين من وسائل التواصل الاجتماعي، اليوم الأربعاء، رغم عودة الهدوء إلى شوارع البلاد التي عاشت أسبوعا من الاحتجاجات الدامية خلّف أكثر من 100 قتيل.
وعقب موجة الاحتجاجات الثلاثاء الماضي، حجبت السلطات العراقية فيس بوك وتطبيق واتساب، ثم قطعت الإنترنت بالكامل في اليوم الموالي.
ودفع حجب فيس بوك العراقيين إلى تنزيل تطبيقات "في بي أن"، وهي شبكة افتراضية تتيح الاتصال بخوادم خارج البلاد.
ومنذ أمس الثلاثاء، رجع الإنترنت بشكل متقطع وبطيء إلى بغداد وجنوب البلاد.
ولم تصدر السلطات العراقية حتى الآن أي تعليق على الحجب الذي شمل قرابة ثلاثة أرباع البلاد.
وسبق للسلطات العراقية أن قطعت في العام الماضي الإنترنت والاتصالات الدولية ردا على الاحتجاجات المطلبية في جنوب العراق.
""", [
    ev("social-media-still-blocked", "ما زال العراقيون محرومين من وسائل التواصل الاجتماعي، اليوم الأربعاء", "2019-10-09", "'اليوم الأربعاء' = Wed 9 Oct 2019"),
    ev("protests-start", "وعقب موجة الاحتجاجات الثلاثاء الماضي", PROTESTS, "'الثلاثاء الماضي' from Wed 9 Oct 2019 = Tue 1 Oct"),
    ev("social-media-blocked", "حجبت السلطات العراقية فيس بوك وتطبيق واتساب", BLOCK[0], "after the protests of Tue 1 Oct 2019 and before the full cut 'في اليوم الموالي'; rozpress saw the sites down 'يوم الامس الأربعاء' (Wed 2 Oct): my span Tue 1 - Wed 2 Oct", end=BLOCK[1]),
    ev("internet-cut", "ثم قطعت الإنترنت بالكامل في اليوم الموالي", CUT[0], "'في اليوم الموالي' after Tue 1 Oct = Wed 2 Oct 2019; mugtama says 'منذ الخميس الماضي' (Thu 3 Oct): my span Wed 2 - Thu 3 Oct", end=CUT[1]),
    ev("intermittent-return", "ومنذ أمس الثلاثاء، رجع الإنترنت بشكل متقطع", "2019-10-08", "'منذ أمس الثلاثاء' from Wed 9 Oct 2019 = since Tue 8 Oct"),
    ev("cut-2018", "قطعت في العام الماضي الإنترنت والاتصالات الدولية", "2018-01-01", "'في العام الماضي' from 2019 = 2018 (the year only; the cut during the July 2018 protests in the south)", end="2019-01-01"),
])

# ---------------------------------------------------------------- syria-exam-cellular-cuts-2025
S = "syria-exam-cellular-cuts-2025"
STATEMENT = "2025-06-19"                   # the joint statement of the two ministries, Thu 19 Jun 2025 (SANA)
CUTS = ("2025-06-21", "2025-08-04")        # the scheduled cuts: Sat 21 Jun - Sun 3 Aug 2025
STUDY = ("2025-05-22", STATEMENT)          # 'على مدى الأسابيع الماضية' before the statement (my span of about four weeks)
art(S, "https://yallasyrianews.com.compare-carriers.com/a/24634",
    "2025-06-19", "the page's date line 'الخميس, 19 يونيو 2025 12:08 PM' (a SANA report carried by Yalla Syria; the statement received 'اليوم'); the date line is a page header, not part of the body, and is dropped; headline kept from the page; the last, truncated sentence of the statement dropped", True, """
وزارتا الاتصالات والتربية تعلنان عن قطع مؤقت للاتصالات قرب مراكز الامتحانات الثانوية لضمان النزاهة
دمشق-سانا
أعلنت وزارتا الاتصالات وتقانة المعلومات والتربية والتعليم تنفيذ قطع مؤقت للاتصالات الخليوية في المناطق المحيطة بالمراكز الامتحانية، مؤكدتين أن هذا الإجراء هو الأنسب لضمان نزاهة الامتحانات هذا العام.
وجاء في بيان مشترك للوزارتين تلقت سانا نسخة منه اليوم: "حرصا منا على ضمان نزاهة العملية الامتحانية للشهادة الثانوية وحماية مستقبل طلابنا الأعزاء، وانطلاقا من مسؤوليتنا الوطنية في توفير بيئة امتحانية عادلة وشفافة، سينفَّذ قطع مؤقت للاتصالات الخليوية في المناطق القريبة من المراكز الامتحانية في مختلف أنحاء الجمهورية العربية السورية".
وتابع البيان: "على مدى الأسابيع الماضية، عمل فريقا وزارة الاتصالات وتقانة المعلومات ووزارة التربية والتعليم بشكل مكثف على دراسة كل الخيارات التقنية واللوجستية المتاحة، وبذلنا أقصى ما نستطيع لإيجاد بدائل تخفف أي أثر على حياة المواطنين".
""", [
    ev("joint-statement", "تلقت سانا نسخة منه اليوم", STATEMENT, "'اليوم' = the day of the report, Thu 19 Jun 2025"),
    ev("cellular-cuts", "سينفَّذ قطع مؤقت للاتصالات الخليوية في المناطق القريبة", CUTS[0], "no own day; the cuts on the exam days from Sat 21 Jun to Sun 3 Aug 2025 (damapost's schedule)", end=CUTS[1]),
    ev("technical-study", "على مدى الأسابيع الماضية، عمل فريقا", STUDY[0], "'على مدى الأسابيع الماضية' before Thu 19 Jun 2025 (my span of about four weeks, 22 May - 18 Jun)", end=STUDY[1]),
])
art(S, "https://damapost.com/amp/21/06/2025/%D8%A8%D8%AF%D8%A1-%D8%A7%D9%85%D8%AA%D8%AD%D8%A7%D9%86%D8%A7%D8%AA-%D8%B4%D9%87%D8%A7%D8%AF%D8%AA%D9%8A-%D8%A7%D9%84%D8%AA%D8%B9%D9%84%D9%8A%D9%85-%D8%A7%D9%84%D8%A3%D8%B3%D8%A7%D8%B3%D9%8A/83642",
    "2025-06-21", "no date line in the stored text; the URL's /21/06/2025/ and the body's 'انطلقت صباح اليوم' for the start of the basic-education exams, which began on Sat 21 Jun 2025 (the first cut of the schedule, 'السبت 21 حزيران'; syria-online of 10 Jun: the basic exams start 'يوم السبت الموافق 21 حزيران 2025'), agree on Sat 21 Jun 2025; headline kept from the page; the last, truncated clause dropped", False, """
بدء امتحانات شهادتي التعليم الأساسي والثانوية المهنية في سوريا لعام 2025
بدأت صباح اليوم امتحانات شهادتي التعليم الأساسي "العام والشرعي" والثانوية المهنية لدورة عام 2025 في كل المحافظات السورية، بمشاركة ما يزيد على 398 ألف طالب وطالبة يتوزعون على 2216 مركزا امتحانيا.
وفي سياق المساعي لضمان نزاهة العملية الامتحانية، أعلنت وزارتا الاتصالات والتقانة والتربية والتعليم في بيان مشترك اعتماد إجراءات قطع مؤقت للاتصالات في المناطق المحيطة بالمراكز الامتحانية، وفق جدول زمني محدد على النحو الآتي:
مواعيد القطع المؤقت للاتصالات:
شهادة التعليم الأساسي:
السبت 21 حزيران – من الساعة 8:15 حتى 9:00
الثلاثاء 24 حزيران – من 8:15 حتى 9:00
الأحد 29 حزيران – من 8:15 حتى 9:00
الخميس 3 تموز – من 8:15 حتى 9:00
الأربعاء 9 تموز – من 8:15 حتى 9:30
شهادة التعليم الثانوي:
السبت 12 تموز – من 8:15 حتى 10:00
الخميس 17 تموز – من 8:15 حتى 10:00
الإثنين 21 تموز – من 8:15 حتى 11:00
الإثنين 28 تموز – من 8:15 حتى 10:30
الخميس 31 تموز – من 8:15 حتى 9:30
الأحد 3 آب – من 8:15 حتى 9:30
وأوضح البيان أن الفرق الفنية في الوزارتين عكفت خلال الأسابيع الماضية على دراسة كل الحلول التقنية الممكنة لتأمين بيئة امتحانية عادلة.
""", [
    ev("basic-exams-start", "بدأت صباح اليوم امتحانات شهادتي التعليم الأساسي", CUTS[0], "'صباح اليوم' = Sat 21 Jun 2025"),
    ev("joint-statement", "أعلنت وزارتا الاتصالات والتقانة والتربية والتعليم في بيان مشترك", STATEMENT, "no own day; the joint statement reported by SANA on Thu 19 Jun 2025 (Yalla Syria)"),
    ev("cellular-cuts", "اعتماد إجراءات قطع مؤقت للاتصالات", CUTS[0], "the schedule's days, from 'السبت 21 حزيران' to 'الأحد 3 آب' = Sat 21 Jun - Sun 3 Aug 2025", end=CUTS[1]),
    ev("secondary-cuts-start", "السبت 12 تموز – من 8:15 حتى 10:00", "2025-07-12", "'السبت 12 تموز' = Sat 12 Jul 2025 (the first cut of the secondary exams)"),
    ev("last-cut", "الأحد 3 آب – من 8:15 حتى 9:30", "2025-08-03", "'الأحد 3 آب' = Sun 3 Aug 2025"),
    ev("technical-study", "عكفت خلال الأسابيع الماضية على دراسة", STUDY[0], "'خلال الأسابيع الماضية' before the statement of Thu 19 Jun 2025 (my span of about four weeks, 22 May - 18 Jun)", end=STUDY[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 592
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

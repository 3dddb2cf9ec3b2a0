"""Builds stories.jsonl: the 595-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: religious events: Hajj logistics, Ashura and Arbaeen
pilgrimages, Eid prayer arrangements (dated, non-Ramadan 1447).
Stories: Ashura 1447 in Karbala (the official holiday of Sun 6 Jul 2025, the Tuwairij run and the interior
ministry's announcement that the security plan succeeded; Iraq, July 2025), and the Eid al-Fitr 1447 prayer
arrangements in Egypt (the Minya prayer squares, the Shawwal crescent sighting of Thu 19 Mar 2026 and Eid on
Fri 20 Mar 2026; Egypt, March 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-karbala-ashura-1447-2025
S = "iraq-karbala-ashura-1447-2025"
ANNOUNCE = "2025-07-01"                    # the cabinet secretariat announced the holiday on Tue 1 Jul 2025
ASHURA = "2025-07-06"                      # 10 Muharram 1447 in Iraq = Sun 6 Jul 2025 (holiday, Tuwairij run, plan-success press conference)
art(S, "https://www.almaali-iraq.com/%d8%a7%d9%84%d8%a3%d9%85%d8%a7%d9%86%d8%a9-%d8%a7%d9%84%d8%b9%d8%a7%d9%85%d8%a9-%d8%aa%d8%b9%d9%84%d9%86-%d8%aa%d8%b9%d8%b7%d9%8a%d9%84-%d8%a7%d9%84%d8%af%d9%88%d8%a7%d9%85-%d8%a7%d9%84%d8%b1%d8%b3",
    "2025-07-01", "no date line on the stored page; the body's 'اليوم الثلاثاء' for the announcement of a holiday on 'يوم الأحد المقبل' which the statement itself dates 'الأحد، الموافق للسادس من تموز 2025' (Sun 6 Jul 2025); the Tuesday before that Sunday is Tue 1 Jul 2025; the site menus and 'مقالات ذات صلة' dropped; headline kept from the page", False, """
الأمانة العامة تعلن تعطيل الدوام الرسمي يوم الأحد المقبل بمناسبة العاشر من محرم الحرام
أفادت الأمانة العامة لمجلس الوزراء، اليوم الثلاثاء، بأن الدوام الرسمي سيعطَّل يوم الأحد المقبل بالتزامن مع العاشر من محرّم الحرام.
وجاء في بيان للأمانة العامة لمجلس الوزراء وصلت "المعالي نيوز" نسخة منه أن "يوم الأحد، الموافق للسادس من تموز 2025، عطلة رسمية في جميع الوزارات والمؤسسات الحكومية، تزامنًا مع العاشر من محرّم الحرام، ذكرى استشهاد الإمام الحسين (عليه السلام) في يوم عاشوراء".
وبيّنت دائرة شؤون مجلس الوزراء واللجان في الأمانة العامة، وفق البيان، أن "العطلة تقررت استنادًا إلى أحكام المادة (1/ أولًا/ ج) من قانون العطلات الرسمية (12 لسنة 2024)".
""", [
    ev("holiday-announcement", "أفادت الأمانة العامة لمجلس الوزراء، اليوم الثلاثاء", ANNOUNCE, "'اليوم الثلاثاء' = Tue 1 Jul 2025 (the Tuesday before 'الأحد المقبل', Sun 6 Jul 2025)"),
    ev("ashura-holiday", "الموافق للسادس من تموز 2025، عطلة رسمية في جميع الوزارات", ASHURA, "'يوم الأحد، الموافق للسادس من تموز 2025' = Sun 6 Jul 2025"),
    ev("ashura-day", "ذكرى استشهاد الإمام الحسين (عليه السلام) في يوم عاشوراء", ASHURA, "the commemoration of 10 Muharram 1447, Sun 6 Jul 2025 ('تزامنًا مع' the holiday of 6 Jul 2025)"),
    ev("holidays-law-2024", "قانون العطلات الرسمية (12 لسنة 2024)", "2024-01-01", "'12 لسنة 2024' = a law of the year 2024 (the year only)", end="2025-01-01"),
])
art(S, "https://www.klyoum.com/iraq-news/ar/18-انطلاق-مراسم-ركضة-طويريج-بمشاركة-اللاف-في-كربلا",
    "2025-07-06", "time stamp on the page: 'نشر بتاريخ: الأحد ٦ تموز ٢٠٢٥ - ١٤:٤٠' (an Alsumaria News report carried by klyoum.com); the aggregator's menus and log-in notes dropped; headline kept from the page; the last, truncated sentence ('فما هي ركضة طويريج التي تأسر قلوب...') dropped", True, """
انطلاق مراسم "ركضة طويريج" بمشاركة الآلاف في كربلاء
السومرية نيوز – محليات
بدأت قبل قليل مراسم ركضة طويريج بالقرب من الحرمين في محافظة كربلاء المقدسة، ضمن إحياء ذكرى استشهاد الإمام الحسين وأخيه العباس (عليهما السلام) في العاشر من شهر محرم.
وتُعد ركضة طويريج من الشعائر الراسخة في العاشر من شهر محرم الحرام، ويشارك في إحيائها ملايين العراقيين، وغايتها الاستجابة لنداء الإمام الحسين (عليه السلام) وإظهار الطاعة والولاء له.
""", [
    ev("tuwairij-run", "بدأت قبل قليل مراسم ركضة طويريج", ASHURA, "'قبل قليل' in a report stamped Sun 6 Jul 2025 14:40 = the run after the noon prayer of Sun 6 Jul 2025"),
    ev("ashura-day", "ضمن إحياء ذكرى استشهاد الإمام الحسين وأخيه العباس", ASHURA, "'في العاشر من شهر محرم' = 10 Muharram 1447, Sun 6 Jul 2025 (the day of the report)"),
])
art(S, "https://almaalomah.me/news/103702/security/وزارة-الداخلية-تعلن-نجاح-الخطة-الأمنية-لزيارة-عاشوراء?page=35",
    "2025-07-06", "time stamp on the page: '6 Jul 2025 16:38'; the body's 'اليوم الأحد' agrees (6 Jul 2025 was a Sunday); the site menus dropped; headline kept from the page; the last, truncated sentence ('لا توجد لدينا إحصائية عن عدد الزوا...') dropped", True, """
وزارة الداخلية تعلن نجاح الخطة الأمنية لزيارة عاشوراء
المعلومة/ بغداد..
أكدت وزارة الداخلية، اليوم الأحد، نجاح الخطة الأمنية المعدّة لإحياء مراسم عاشوراء في محافظة كربلاء المقدسة، مشيرة إلى أن التفويج العكسي للزائرين لم يشهد أي معوقات.
وذكر رئيس دائرة العلاقات والإعلام في الوزارة، العميد مقداد ميري، خلال مؤتمر صحفي، أن "اللجنة الأمنية العليا أعلنت نجاح الخطة الأمنية الخاصة بإحياء مراسم عاشوراء في محافظة كربلاء المقدسة"، موضحًا أن "الشائعات تراجعت في هذه الزيارة، ولم نسجل أي عوائق في التفويج العكسي للزائرين القادمين إلى كربلاء المقدسة لإحياء يوم العاشر من شهر محرم الحرام والمشاركة في ركضة الطويريج".
وتابع أن "الخطة جرت بإشراف رفيع المستوى من رئيس مجلس الوزراء القائد العام للقوات المسلحة محمد شياع السوداني"، لافتًا إلى أن "ما ميّز الخطة أنها كانت منزوعة السلاح".
""", [
    ev("plan-success-announced", "أكدت وزارة الداخلية، اليوم الأحد، نجاح الخطة الأمنية", ASHURA, "'اليوم الأحد' = Sun 6 Jul 2025 (stamp 6 Jul 2025 16:38)"),
    ev("reverse-flow", "التفويج العكسي للزائرين لم يشهد أي معوقات", ASHURA, "no own date; the return of the pilgrims after the Ashura rites, under way on Sun 6 Jul 2025 when the ministry spoke"),
    ev("ashura-day", "لإحياء يوم العاشر من شهر محرم الحرام", ASHURA, "'يوم العاشر من شهر محرم الحرام' = 10 Muharram 1447, Sun 6 Jul 2025 (the holiday date in almaali)"),
    ev("tuwairij-run", "والمشاركة في ركضة الطويريج", ASHURA, "no own date; the run of the afternoon of Sun 6 Jul 2025 (Alsumaria, stamped 6 Jul 14:40: 'بدأت قبل قليل')"),
])
art(S, "https://www.today-agency.net/Details/43396",
    "2025-07-06", "no date line on the stored page; the body's 'اليوم الأحد' for the interior ministry's press conference on the success of the Ashura plan, which almaalomah stamps 6 Jul 2025 16:38 (and 360akhbaria dates 'اليوم الأحد (6 تموز 2025)'), gives Sun 6 Jul 2025; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
الداخلية تعلن نجاح الخطة الأمنية لمراسم عاشوراء في كربلاء
اليوم الاخبارية - بغداد
أعلنت وزارة الداخلية، اليوم الأحد، أن الخطة الأمنية الخاصة بإحياء مراسم عاشوراء في محافظة كربلاء المقدسة قد نجحت، مؤكدة أن الزيارة مضت بانسيابية عالية ومن دون أي معوقات، ولا سيما في التفويج العكسي للزائرين.
وأوضح رئيس دائرة العلاقات والإعلام في الوزارة، العميد مقداد ميري، في مؤتمر صحفي تابعته "اليوم الاخبارية"، أن "اللجنة الأمنية العليا تعلن نجاح الخطة الأمنية الخاصة بإحياء مراسم عاشوراء في محافظة كربلاء المقدسة"، مبينًا أن "الشائعات كانت قليلة هذا العام، ولم يُسجَّل أي خلل في تنظيم عودة الزائرين".
وأضاف ميري أن "الخطة طُبّقت بإشراف مباشر من القائد العام للقوات المسلحة، رئيس مجلس الوزراء محمد شياع السوداني"، مشيرًا إلى أن "أبرز ما ميّزها هذا العام أنها كانت منزوعة السلاح، وهو ما أسهم في الحفاظ على سلمية الأجواء وتنظيمها بصورة حضارية".
ولفت إلى أن "عشرات الآلاف من الزوار الأجانب شاركوا في مراسم إحياء يوم العاشر من محرم الحرام"، مؤكدًا أن "الدخول والخروج جريا بانسيابية تامة من دون أي حوادث أمنية".
""", [
    ev("plan-success-announced", "أعلنت وزارة الداخلية، اليوم الأحد", ASHURA, "'اليوم الأحد' = Sun 6 Jul 2025 (the press conference stamped 6 Jul 2025 by almaalomah)"),
    ev("reverse-flow", "ولم يُسجَّل أي خلل في تنظيم عودة الزائرين", ASHURA, "no own date; the return of the pilgrims after the rites, under way on Sun 6 Jul 2025"),
    ev("ashura-day", "شاركوا في مراسم إحياء يوم العاشر من محرم الحرام", ASHURA, "'يوم العاشر من محرم الحرام' = 10 Muharram 1447, Sun 6 Jul 2025"),
])

# ---------------------------------------------------------------- egypt-eid-fitr-1447-prayer-squares-2026
S = "egypt-eid-fitr-1447-prayer-squares-2026"
SIGHTING = "2026-03-19"                    # Dar al-Ifta sighted the Shawwal crescent on Thu 19 Mar 2026 (29 Ramadan 1447)
EID = "2026-03-20"                         # Eid al-Fitr 1447 in Egypt = Fri 20 Mar 2026
PREP = ("2026-03-10", "2026-03-18")        # the Minya directorate's preparations, before the report of Tue 17 Mar (my span)
art(S, "https://www.klyoum.com/egypt-news/ar/85-عيد-الفطر-2026-أسما-وأماكن-ساحات-صلاة-عيد-الفطر-المبارك",
    "2026-03-17", "time stamp on the page: 'نشر بتاريخ: ١٧ أذار ٢٠٢٦' (an Al-Rais News report carried by klyoum.com); the aggregator's menus and the sub-headings dropped; headline kept from the page; the list of squares shortened where the stored excerpt breaks off", True, """
عيد الفطر 2026.. أسماء وأماكن ساحات صلاة عيد الفطر المبارك
مع اقتراب عيد الفطر 2026، نعرض أسماء ساحات صلاة عيد الفطر المبارك وأماكنها، بعد أن كشفت مديرية الأوقاف بالمنيا عن استعداداتها لاستقبال العيد بتجهيز 211 ساحة و3500 مسجد لأداء صلاة عيد الفطر 2026، ورفع حالة الطوارئ، والشروع في تهيئة أماكن ساحات الصلاة داخل الملاعب والمدارس، مع ساحة رئيسية في كل مركز من المراكز التسعة من العدوة شمالًا حتى دير مواس جنوبًا.
وبيّن الدكتور عمر خليفة، وكيل وزارة الأوقاف بالمنيا، أن أماكن الساحات التي ستقام فيها صلاة عيد الفطر 2026 حُددت وفق التعليمات الصادرة عن وزارة الأوقاف، مع اختيار خطباء معروفين بالاعتدال ولهم حضور لإلقاء خطبة العيد في أكثر من 211 ساحة، إضافة إلى المساجد التي تقام فيها صلاة الجمعة.
ومن أماكن ساحات صلاة عيد الفطر في محافظة المنيا 2026: ساحة مدرسة المنيا الثانوية العسكرية بمدينة المنيا، وساحة مركز شباب دير مواس، وساحة الاستاد الرياضي بملوي، وساحة نادي ناصر بأبو قرقاص، وساحة ستاد سمالوط، وساحة ملعب مركز شباب مطاي، والساحة الشعبية في بني مزار، وساحة مركز شباب مغاغة، وساحة ملعب مركز شباب العدوة.
""", [
    ev("eid-day", "مع اقتراب عيد الفطر 2026", EID, "no day in the text; Eid al-Fitr 1447 in Egypt was Fri 20 Mar 2026 (Dar al-Ifta on Thu 19 Mar: 'غدًا الجمعة')"),
    ev("minya-squares-prepared", "بتجهيز 211 ساحة و3500 مسجد", PREP[0], "no own date; the Minya directorate's preparations reported on Tue 17 Mar 2026, some days before (my span 10-17 Mar 2026)", end=PREP[1]),
    ev("minya-emergency", "ورفع حالة الطوارئ", PREP[0], "no own date; announced with the preparations, before the report of Tue 17 Mar 2026 (my span 10-17 Mar 2026)", end=PREP[1]),
    ev("eid-prayer", "لأداء صلاة عيد الفطر 2026، ورفع", EID, "no own date; the Eid prayer on the morning of Fri 20 Mar 2026"),
])
art(S, "http://almowatna.news/?p=334599",
    "2026-03-18", "no date line on the stored page; the body's 'غد الخميس الموافق 29 من رمضان 1447هـ الموافق 19 مارس 2026' for the crescent sighting gives Wed 18 Mar 2026 (19 Mar 2026 was a Thursday); headline written from the body's sub-heading (the stored text has none)", False, """
موعد استطلاع هلال شهر شوال 2026
ساعات قليلة تفصلنا عن حلول عيد الفطر المبارك، ولذلك يترقب كثير من المسلمين موعد استطلاع هلال شهر شوال، الذي يحدد رسميًا آخر أيام الشهر الكريم لعام 1447 هجريًا وأول أيام عيد الفطر.
وكشفت دار الإفتاء المصرية عن موعد استطلاع هلال عيد الفطر 2026، إذ تستطلعه غد الخميس الموافق 29 من رمضان 1447هـ الموافق 19 مارس 2026، لإعلان أول أيام العيد، عبر لجانها المنتشرة في مختلف أنحاء الجمهورية.
""", [
    ev("shawwal-sighting", "إذ تستطلعه غد الخميس الموافق 29 من رمضان 1447هـ الموافق 19 مارس 2026", SIGHTING, "'غد الخميس ... 19 مارس 2026' = Thu 19 Mar 2026"),
    ev("ramadan-last-day", "آخر أيام الشهر الكريم لعام 1447 هجريًا", SIGHTING, "no day in the text; Ramadan 1447 ended on Thu 19 Mar 2026 (29 days; Dar al-Ifta: 'اليوم هو المتمم لشهر رمضان')"),
    ev("eid-day", "وأول أيام عيد الفطر", EID, "no day in the text; Eid al-Fitr 1447 was Fri 20 Mar 2026 (Dar al-Ifta on Thu 19 Mar: 'غدًا الجمعة')"),
])
art(S, "https://www.elmostqpalelyuom.com/36448",
    "2026-03-19", "the page header 'الخميس 19 مارس 2026 الموافق 30 رمضان 1447' is the site's running calendar (its 30 Ramadan contradicts the 29-day month), not a date line; the day rests on the body: Dar al-Ifta's announcement after the sighting 'مساء اليوم' with 'غداً الجمعة' the first day of Eid gives Thu 19 Mar 2026; headline kept from the page; the view counter and 'تم نسخ الرابط' dropped", False, """
غدًا الجمعة أول أيام عيد الفطر المبارك
أعلنت دار الإفتاء المصرية أن غداً هو أول أيام عيد الفطر المبارك، بعد ثبوت رؤية هلال شهر شوال مساء اليوم.
وبيّنت الدار، في بيان رسمي، أن لجانها الشرعية والعلمية المنتشرة في أنحاء الجمهورية تثبتت من رؤية الهلال بالطرق الشرعية المعتمدة، مؤكدة أن غداً الجمعة هو أول أيام العيد، وأن اليوم هو المتمم لشهر رمضان المبارك.
وبهذه المناسبة، هنأت دار الإفتاء الشعب المصري والأمتين العربية والإسلامية، سائلة الله أن يعيد هذه الأيام المباركة على الجميع بالخير واليمن والبركات.
وتستعد أجهزة الدولة المختلفة لاحتفالات العيد بتكثيف الاستعدادات في القطاعات الخدمية، وتوفير السلع الأساسية، وتأمين الساحات المخصصة لأداء صلاة العيد، فضلًا عن رفع درجة الاستعداد في المرافق الحيوية لضمان راحة المواطنين خلال أيام العيد.
""", [
    ev("ifta-announcement", "أعلنت دار الإفتاء المصرية أن غداً هو أول أيام عيد الفطر المبارك", SIGHTING, "no own day; the announcement followed the sighting of the evening of Thu 19 Mar 2026"),
    ev("shawwal-sighting", "بعد ثبوت رؤية هلال شهر شوال مساء اليوم", SIGHTING, "'مساء اليوم' = the evening of Thu 19 Mar 2026 (almowatna: 'غد الخميس ... 19 مارس 2026')"),
    ev("eid-day", "مؤكدة أن غداً الجمعة هو أول أيام العيد", EID, "'غداً الجمعة' from Thu 19 Mar 2026 = Fri 20 Mar 2026"),
    ev("ramadan-last-day", "وأن اليوم هو المتمم لشهر رمضان المبارك", SIGHTING, "'اليوم' = Thu 19 Mar 2026"),
    ev("eid-prayer", "وتأمين الساحات المخصصة لأداء صلاة العيد", EID, "no own date; the squares are secured for the Eid prayer on the morning of Fri 20 Mar 2026"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 595)
                            if i != 201
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

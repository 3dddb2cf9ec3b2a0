"""Builds stories.jsonl: the 461-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: water shortages, droughts and water rationing (cuts
announced, restored supply, dam levels).
Stories: the annual maintenance stop of the Disi water conveyor (Amman and Zarqa, Jordan, 28 Dec 2025 -
1 Jan 2026), the suspension and restart of the "muraashana" water rationing in Basra (Iraq, August 2025),
and the Moroccan hammam owners' bath-time limits against the drought (Morocco, March 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- jordan-disi-maintenance-stop-dec-2025
S = "jordan-disi-maintenance-stop-dec-2025"
STOP = ("2025-12-28", "2026-01-01")        # from the morning of Sun 28 Dec 2025 to the morning of Thu 1 Jan 2026 (96 hours)
RESUMED = "2026-01-01"                     # pumping resumed on the morning of Thu 1 Jan 2026
NOTICE = "2025-12-21"                      # the ministry's notice of the stop, Sun 21 Dec 2025 (alwakeelnews and watananews of that day)
art(S, "https://www.alwakeelnews.com/Section_1/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D9%85%D8%AD%D9%84%D9%8A%D8%A9/%D9%88%D9%82%D9%81-%D8%B6%D8%AE-%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87-%D9%84%D9%85%D8%AF%D8%A9-%D8%A3%D8%B1%D8%A8%D8%B9%D8%A9-%D8%A3%D9%8A%D8%A7%D9%85-%D8%B9%D9%86-%D9%85%D9%86%D8%A7%D8%B7%D9%82-%D9%81%D9%8A-%D8%B9%D9%85%D8%A7%D9%86-%D9%88%D8%A7%D9%84%D8%B2%D8%B1%D9%82%D8%A7%D8%A1-%D8%A3%D8%B3%D9%85%D8%A7%D8%A1_758769",
    "2025-12-28", "page stamps 'الأحد 2025-12-28 08:03 ص' and 'الأحد، 28-12-2025 07:43 ص' (dropped, with the byline 'الوكيل الإخباري-' and the 'اضافة اعلان' line); the body's own 'اعتبارًا من اليوم الأحد' agrees (28 Dec 2025 was a Sunday); headline kept from the page; the list of areas after 'محافظة العاصمة — عمّان' (truncated in the stored page) dropped", True, """
وقفُ ضخِّ المياهِ لمدةِ أربعةِ أيامٍ عن مناطقَ في عمّان والزرقاء – أسماء
أفادت وزارة المياه والري/ سلطة المياه وشركة مياه الأردن «مياهنا» والشركة التي تشغّل خط مياه الديسي (ديواكو) بأنها ستوقف ضخ مياه الديسي اعتبارًا من اليوم الأحد ولمدة 96 ساعة، لتنفيذ أعمال الصيانة الوقائية السنوية المبرمجة في عدد من مرافق المنظومة.
وذكرت الوزارة أن وقف ضخ مياه الديسي يبدأ اعتبارًا من اليوم الأحد ويمتد حتى يوم الخميس 1 كانون الثاني 2026، بغرض إنجاز أعمال الصيانة الدورية السنوية المبرمجة التي تحافظ على استمرار ضخ المياه لكل المناطق والمشتركين. وبيّنت أن التوقف المبرمج للضخ من مشروع الديسي سيطال جزئيًا عددًا من المناطق المحددة في محافظتي العاصمة عمّان والزرقاء.
وحثّت الوزارة على أخذ الاحتياطات اللازمة والاستعداد الجيد خلال الأسبوع الحالي، وعلى تخزين ما يكفي من المياه لتلبية حاجات المشتركين طوال فترة التوقف. وأشارت كذلك إلى أن مشروع مياه الديسي أُنشئ بنظام (BOT)، إذ تتولى الشركة المشغلة تشغيله وصيانته الدورية اللازمة لضمان استمرار فاعليته بكفاءة على مدار العام.
""", [
    ev("disi-stop", "ستوقف ضخ مياه الديسي اعتبارًا من اليوم الأحد ولمدة 96 ساعة", STOP[0], "'اعتبارًا من اليوم الأحد ولمدة 96 ساعة' = from the morning of Sun 28 Dec 2025 to the morning of Thu 1 Jan 2026 (end exclusive)", end=STOP[1]),
    ev("maintenance-works", "لتنفيذ أعمال الصيانة الوقائية السنوية المبرمجة", STOP[0], "no own expression; the works fill the stop, Sun 28 Dec 2025 - the morning of Thu 1 Jan 2026", end=STOP[1]),
    ev("pumping-resumed", "ويمتد حتى يوم الخميس 1 كانون الثاني 2026", RESUMED, "'حتى يوم الخميس 1 كانون الثاني 2026' = the end of the stop, Thu 1 Jan 2026 (pumping resumed that morning, watananews)"),
])
art(S, "https://watananews.com/503175/",
    "2026-01-01", "page date 2026-01-01 (1 Jan 2026 was a Thursday); the body's 'صباح الخميس' for the resumption and 'صباح الأحد الماضي' for the start of the stop agree; the byline 'وطنا اليوم:' dropped; headline written from the body (the stored text has none); no date of its own in the kept text besides the weekdays", False, """
استئناف ضخ المياه في عمّان والزرقاء بعد انتهاء صيانة الديسي
عاودت وزارة المياه صباح الخميس ضخ المياه وتوزيعها في مناطق من محافظتي عمّان والزرقاء، إثر انتهاء أعمال الصيانة الدورية المقررة لمشروع الديسي، وذلك ضمانًا لاستمرار تدفق المياه على نحو مستدام.
وأوضح الناطق باسم وزارة المياه، عمر سلامة، في تصريح، أن الوزارة ستضخ كميات مضاعفة من المياه إلى المناطق التي تأثرت بتوقف الضخ خلال فترة الصيانة، التي امتدت من صباح الأحد الماضي وحتى الخميس، لتعويض النقص الذي طرأ على الإمدادات.
وبيّن سلامة أن التوقف المبرمج طال 53 منطقة في محافظتي عمّان والزرقاء، لافتًا إلى أن ضخ المياه سيجري وفق الدور المعتمد لدى الوزارة، بما يضمن توزيعًا عادلًا للموارد على المناطق كافة.
وكانت وزارة المياه والري / سلطة المياه وشركة مياه الأردن مياهنا والشركة المشغلة لخط مياه الديسي (ديواكو) قد أعلنت سابقا وقف ضخ مياه الديسي، لتنفيذ أعمال الصيانة الدورية السنوية المبرمجة على عدد من مرافق المنظومة.
""", [
    ev("pumping-resumed", "عاودت وزارة المياه صباح الخميس ضخ المياه وتوزيعها", RESUMED, "'صباح الخميس' in an article of Thu 1 Jan 2026 = that morning"),
    ev("maintenance-works", "أعمال الصيانة الدورية المقررة لمشروع الديسي", STOP[0], "no own expression; the works of Sun 28 Dec 2025 - the morning of Thu 1 Jan 2026, ended that morning", end=STOP[1]),
    ev("disi-stop", "التي امتدت من صباح الأحد الماضي وحتى الخميس", STOP[0], "'من صباح الأحد الماضي وحتى الخميس' from Thu 1 Jan 2026 = Sun 28 Dec 2025 to the morning of Thu 1 Jan (end exclusive)", end=STOP[1]),
    ev("double-quantities", "ستضخ كميات مضاعفة من المياه", RESUMED, "no own expression; planned from the resumption of Thu 1 Jan 2026 for some days (my span 1-3 Jan 2026)", end="2026-01-04"),
    ev("stop-notice", "قد أعلنت سابقا وقف ضخ مياه الديسي", NOTICE, "'سابقا': the ministry's notice of Sun 21 Dec 2025 (alwakeelnews 'الأحد 2025-12-21', watananews of that day; outside this text)"),
])

# ---------------------------------------------------------------- iraq-basra-muraashana-halt-aug-2025
S = "iraq-basra-muraashana-halt-aug-2025"
HALT = "2025-08-10"                        # the Basra water directorate suspended the muraashana on the evening of Sun 10 Aug 2025
RESTORED = "2025-08-12"                    # levels restored and the muraashana running again, announced on Tue 12 Aug 2025
art(S, "https://www.alsumaria.tv/news/localnews/536677/%D9%81%D9%8A-%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9-%D8%A5%D9%8A%D9%82%D8%A7%D9%81-%D8%A7%D9%84%D9%85%D8%B1%D8%A7%D8%B4%D9%86%D8%A9-%D8%A8%D8%B3%D8%A8%D8%A8-%D8%A7%D9%86%D8%AE%D9%81%D8%A7%D8%B6-%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87",
    "2025-08-10", "page date 2025-08-10 (a Sunday); the statement is the directorate's of the evening of Sun 10 Aug 2025 (shafaq.com of that day: 'مساء اليوم الأحد'); the stored text begins with the statement (its first paragraph is not stored); headline rendered from the URL slug; no date of its own in the kept text", False, """
في البصرة.. إيقاف المراشنة بسبب انخفاض المياه
ذكرت دائرة الماء في بيان: "نعلن وقف العمل بنظام جداول المراشنة في جميع مناطق المحافظة".
وأرجع البيان هذا الإجراء إلى "تراجع مناسيب مياه قناة البدعة، وذلك لضمان مواصلة تزويد المواطنين بالمياه بحسب الإمكانيات المتاحة، مع متابعة مستمرة بالتنسيق مع الجهات المعنية لمعالجة الموقف".
ويُقصد بالمراشنة توزيع المياه بحسب جدول يقوم على "يوم للماء الحلو ويومين للماء المالح" في مناطق المحافظة.
""", [
    ev("directorate-statement", "ذكرت دائرة الماء في بيان", HALT, "no own expression; the statement of the evening of Sun 10 Aug 2025 (page date; shafaq.com 'مساء اليوم الأحد')"),
    ev("muraashana-suspended", "نعلن وقف العمل بنظام جداول المراشنة", HALT, "no own expression; the suspension announced on Sun 10 Aug 2025"),
    ev("badaa-levels-drop", "تراجع مناسيب مياه قناة البدعة", HALT, "no own expression; the drop given as the cause on Sun 10 Aug 2025 (my day; shafaq.com of Tue 12 Aug: 'العارض الذي حدث مؤخراً')"),
])
art(S, "https://www.shafaq.com/ar/%D9%85%D8%AC%D8%AA%D9%80%D9%85%D8%B9/%D8%A7%D9%86%D8%AE%D9%81%D8%A7%D8%B6-%D9%86%D8%B3%D8%A8%D8%A9-%D8%A7%D9%84-%D9%85%D9%84%D8%A7%D8%AD-%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9-%D8%AA%D8%B3%D8%AA%D8%B9%D9%8A%D8%AF-%D9%85%D8%B3%D8%AA%D9%88%D9%8A%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87-%D8%A8%D9%85%D8%B4%D8%B1%D9%88%D8%B9-%D8%A7%D9%84%D8%A8%D8%AF%D8%B9%D8%A9",
    "2025-08-12", "page date 2025-08-12; the body's 'يوم الثلاثاء' for the announcement agrees (12 Aug 2025 was a Tuesday); the byline 'شفق نيوز- البصرة' dropped; headline rendered from the URL slug", True, """
انخفاض نسبة الأملاح.. البصرة تستعيد مستويات المياه بمشروع البدعة
أفادت مديرية ماء البصرة، يوم الثلاثاء، بأن مستويات المياه في مشروع البدعة عادت إلى وضعها الطبيعي، وهو ما خفّض نسبة الأملاح فيها.
وقال مدير ماء البصرة نزار اللعيبي لوكالة شفق نيوز: "أعيد تشغيل المراشنة بعد توقفها إثر العارض الذي حدث مؤخراً، فعادت الأمور إلى ما كانت عليه وفق الجداول الجديدة التي وضعت مؤخراً، مع اعتماد نظام يوم بيوم في أغلب مناطق المحافظة لتقليص فترات التعرض للمياه المالحة وتوفير المياه العذبة، بمتابعة مباشرة من المحافظ".
وأضاف أن "الفحوصات التي أجريت في قضاء شط العرب يوم الثلاثاء في تمام الساعة السادسة بيّنت تراجعًا واضحًا في تراكيز الأملاح، إذ بلغت نسبتها في القناة الإروائية المغذاة من قناة السويب نحو 5300، مقارنة بـ 12500 في كتيبان خلال الفترة السابقة".
وشدد اللعيبي على أن "هذا التراجع في نسبة الأملاح سيحسن نوعية المياه وينفع سكان القضاء، فضلًا عن مناطق أبو الخصيب والفاو".
""", [
    ev("levels-restored", "بأن مستويات المياه في مشروع البدعة عادت إلى وضعها الطبيعي", RESTORED, "'يوم الثلاثاء' = Tue 12 Aug 2025, the day of the announcement"),
    ev("muraashana-resumed", "أعيد تشغيل المراشنة", "2025-08-11", "no own expression; after the halt of the evening of Sun 10 Aug and by the announcement of Tue 12 Aug 2025 (my span 11-12 Aug)", end="2025-08-13"),
    ev("muraashana-suspended", "بعد توقفها", HALT, "no own expression; the suspension of Sun 10 Aug 2025 (alsumaria, shafaq.com of that day)"),
    ev("badaa-levels-drop", "إثر العارض الذي حدث مؤخراً", HALT, "'مؤخراً': the drop in the Bada'a canal given as the cause of the halt on Sun 10 Aug 2025 (my day)"),
    ev("salinity-tests", "الفحوصات التي أجريت في قضاء شط العرب يوم الثلاثاء", RESTORED, "'يوم الثلاثاء في تمام الساعة السادسة' = Tue 12 Aug 2025, at six"),
])

# ---------------------------------------------------------------- morocco-hammams-bath-limits-2022
S = "morocco-hammams-bath-limits-2022"
PROPOSAL = "2022-03-21"                    # the hammam owners' federation announced its measures on Mon 21 Mar 2022
DROUGHT = ("2021-09-01", "2022-03-22")     # the dry 2021-22 rainy season up to the report (my span)
LETTER = ("2022-03-01", "2022-03-22")      # the federation's letter to the basin agencies, reported on 21 Mar 2022 (my span: March, by 21 Mar)
art(S, "https://sahafatbladi.com/109138/2022/03/21/",
    "2022-03-21", "date in the URL '/2022/03/21/'; the body's own 'اليوم الاثنين 21 مارس الجاري' agrees (21 Mar 2022 was a Monday); headline kept from the page; the last, truncated words of the stored text ('التقليدية والرشا') dropped", True, """
حمامات بالمغرب تفرض ساعة للرجال وساعة ونصف للنساء وهذه هي المعطيات
تقدمت الجامعة الوطنية لجمعيات أرباب ومستغلي الحمامات التقليدية والرشاشات بالمغرب إلى أرباب الحمامات، اليوم الاثنين 21 مارس الجاري، بمقترح جديد يرمي إلى ترشيد استهلاك المياه.
ويقوم هذا المقترح على حصر مدة الاستحمام في الحمامات العمومية في ساعة واحدة للرجال وساعة ونصف للنساء.
وكان مهنيو قطاع الحمامات التقليدية والرشاشات قد قرروا في الآونة الأخيرة اتخاذ جملة من الإجراءات للإسهام في مواجهة مشكلة قلة الموارد المائية بالمغرب.
وفي هذا الإطار، أفاد ربيع أوعشى، رئيس الجامعة الوطنية لجمعيات أرباب ومستغلي الحمامات التقليدية والرشاشات بالمغرب، بأن مهنيي القطاع قرروا إطلاق حملة تحسيسية تحث مرتادي الحمامات على عقلنة استهلاكهم للماء.
وأكد أن مهنيي الحمامات يتجهون إلى اعتماد إجراءات تسهم في "تعزيز استراتيجية النجاعة المائية التي تشدد عليها الحكومة، عبر إلزام المواطن بإحضار دلوين فقط للاستحمام، وألا تزيد مدة بقائه في الحمام على ساعة ونصف كحد أقصى".
وستنطلق هذه الحملة التحسيسية في الأيام المقبلة، لحث المواطنين على عقلنة استهلاكهم للماء وترشيده داخل الحمامات.
""", [
    ev("federation-proposal", "اليوم الاثنين 21 مارس الجاري", PROPOSAL, "'اليوم الاثنين 21 مارس الجاري' = Mon 21 Mar 2022"),
    ev("bath-time-limits", "حصر مدة الاستحمام في الحمامات العمومية في ساعة واحدة للرجال", PROPOSAL, "no own expression; the content of the proposal of Mon 21 Mar 2022"),
    ev("campaign-decision", "قرروا إطلاق حملة تحسيسية", PROPOSAL, "no own expression; the decision announced by Rabie Ouacha on Mon 21 Mar 2022"),
    ev("campaign-launch", "وستنطلق هذه الحملة التحسيسية في الأيام المقبلة", "2022-03-22", "'في الأيام المقبلة' after Mon 21 Mar 2022 (my span 22-31 Mar 2022)", end="2022-04-01"),
])
art(S, "https://doukkalamedia24.com/2022/03/22/%D8%AF%D8%AE%D9%88%D9%84-%D8%A7%D9%84%D8%AD%D9%85%D8%A7%D9%85%D8%A7%D8%AA-%D8%A3%D8%B5%D8%A8%D8%AD-%D8%AE%D8%A7%D8%B6%D8%B9%D8%A7-%D9%84%D8%B4%D8%B1%D9%88%D8%B7-%D8%BA%D9%8A%D8%B1-%D9%85%D9%82%D8%A8/",
    "2022-03-22", "date in the URL '/2022/03/22/' (a Tuesday); the text is the wire of Mon 21 Mar 2022 (journal24.ma of that day carries the same); headline kept from the page; no date of its own in the text", False, """
دخول الحمامات أصبح خاضعا لشروط غير مقبولة لدى المواطنين
أقر مهنيو الحمامات والرشاشات العمومية بالمغرب إجراءات جديدة ترمي إلى ترشيد استهلاك الماء، وذلك بعد شهور من قلة التساقطات المطرية وتراجع مخزون مياه السدود على الصعيد الوطني.
وحدد عدد من المهنيين مدة الاستحمام في ساعة واحدة للرجال وساعة ونصف للنساء، كما منعوا الزبناء من إحضار أكثر من دلوين للاستحمام.
ووجهت الجامعة الوطنية لجمعيات أرباب ومستغلي الحمامات التقليدية والرشاشات بالمغرب مراسلة إلى وكالات الأحواض المائية التابعة لوزارة التجهيز والماء، طالبة تنظيم حملات تحسيسية تعرّف المواطنين بأهمية صون الثروة المائية وبالطرق الناجعة لاستهلاك الماء داخل الحمامات.
""", [
    ev("federation-proposal", "أقر مهنيو الحمامات والرشاشات العمومية بالمغرب إجراءات جديدة", PROPOSAL, "no own expression; the measures announced on Mon 21 Mar 2022 (sahafatbladi 'اليوم الاثنين 21 مارس')"),
    ev("drought", "بعد شهور من قلة التساقطات المطرية", DROUGHT[0], "'بعد شهور': the dry 2021-22 rainy season, from September 2021 to the report of 21 Mar 2022 (my span)", end=DROUGHT[1]),
    ev("bath-time-limits", "وحدد عدد من المهنيين مدة الاستحمام", PROPOSAL, "no own expression; the limits announced on Mon 21 Mar 2022"),
    ev("basin-agencies-letter", "مراسلة إلى وكالات الأحواض المائية", LETTER[0], "no own expression; sent before the report of Mon 21 Mar 2022 (my span 1-21 Mar 2022)", end=LETTER[1]),
])
art(S, "https://fesnews.media/216548/2022/03/23",
    "2022-03-23", "date in the URL '/2022/03/23' (a Wednesday); headline kept from the page; the last, truncated sentence of the stored text ('ومن الإجراءات التي أوصى بها وزير الداخلية، إطلاق حملات توعية حول') dropped; no date of its own in the text", False, """
من الآن فصاعدا مُدة الإستحمام نساء ورجال محدود في الحمامات التقليدية تنفيذا لتوجيهات وزير الداخلية وهذه هي أهم المُعطيات
أمام الجفاف غير المسبوق الذي يعيشه المغرب حاليا، تقدمت الحمامات التقليدية بمقترحات لترشيد استعمال المياه.
وقررت الحمامات التقليدية ملاءمة ساعات عملها مع الجفاف للحد من استهلاك المياه، إذ عرضت الجامعة الوطنية لجمعيات أرباب الحمامات بالمغرب على أرباب الحمامات سلسلة من المقترحات للمساهمة في التصدي لمشكلة قلة الموارد المائية بالمغرب.
وفرض مهنيو القطاع على المواطنين إحضار دلوين فقط للاستحمام، على ألا تتجاوز مدة الاستحمام ساعة ونصف كحد أقصى، تجاوبا مع حملة التوعية التي دعت إليها وزارة الداخلية لترشيد استعمال المياه.
ويُنتظر أن تطبق الحمامات هذه المقترحات على مدى سنوات.
كما قرر مهنيو قطاع الحمامات التقليدية والرشاشات إطلاق حملة تحسيسية تحث مرتادي الحمامات على عقلنة استهلاكهم للماء.
ودعا عبد الوافي لفتيت، في دورية وجهها إلى الولاة والعمال، إلى اتخاذ عدة إجراءات لترشيد استعمال مياه الشرب، في وقت يعيش فيه المغرب أزمة في الموارد المائية.
""", [
    ev("federation-proposal", "عرضت الجامعة الوطنية لجمعيات أرباب الحمامات بالمغرب على أرباب الحمامات سلسلة من المقترحات", PROPOSAL, "no own expression; the proposals of Mon 21 Mar 2022 (sahafatbladi 'اليوم الاثنين 21 مارس')"),
    ev("bath-time-limits", "على ألا تتجاوز مدة الاستحمام ساعة ونصف كحد أقصى", PROPOSAL, "no own expression; the limits announced on Mon 21 Mar 2022"),
    ev("campaign-decision", "قرر مهنيو قطاع الحمامات التقليدية والرشاشات إطلاق حملة تحسيسية", PROPOSAL, "no own expression; the decision announced on Mon 21 Mar 2022"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 461
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

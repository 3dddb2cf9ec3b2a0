"""Builds stories.jsonl: the 408-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Tunis and the Sahel coast (Tunis, Ariana,
Ben Arous, Sousse, Monastir, Nabeul, Bizerte, Mahdia) in any domain: floods, fires, accidents, strikes, courts,
festivals, sport.
Stories: see README.md.
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- tunisia-transtu-wages-strike-jan-2023
S = "tunisia-transtu-wages-strike-jan-2023"
STRIKE = "2023-01-02"                      # the Transtu strike and the taxi strike of Mon 2 Jan 2023
SUSPEND = "2023-01-03"                     # the strike suspended after a negotiation at dawn on Tue 3 Jan 2023
art(S, "https://arabicpost.net/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/2023/01/02/%d8%a3%d9%88%d9%84-%d8%aa%d8%ad%d8%b1%d9%83-%d9%85%d9%86%d8%a7%d9%87%d8%b6-%d9%84%d9%82%d9%8a%d8%b3-%d8%b3%d8%b9%d9%8a%d8%af-%d8%a8%d9%802023-%d9%85%d9%88%d8%b8%d9%81%d9%88-%d8%b4%d8%b1%d9%83%d8%a7",
    "2023-01-02", "date in the URL '/2023/01/02/' and the body's 'اليوم الإثنين 2 يناير/كانون الثاني 2023' (kept; 2 Jan 2023 was a Monday); headline rendered from the URL slug; the last, truncated words of the UGTT's grievance dropped", True, """
أول تحرك مناهض لقيس سعيد في 2023.. موظفو شركة نقل تونس يضربون
توقفت حركة النقل البري في العاصمة تونس وتعطل تسيير المترو والحافلات، اليوم الإثنين 2 يناير/كانون الثاني 2023، إثر شروع موظفي شركة النقل الحكومية في إضراب احتجاجا على تأخر صرف المكافآت والأجور، في أول تحرك معارض لحكومة الرئيس قيس سعيد هذا العام.
وجاء الإضراب تلبية لدعوة "الجامعة العامة للنقل" التابعة للاتحاد العام التونسي للشغل من أجل تحسين ظروف العمل، إلى جانب دعوة نقابة "التاكسي" المنضوية تحت الاتحاد التونسي للصناعة والتجارة والصناعات التقليدية إلى الإضراب من أجل التعجيل بإصدار الأمر الخاص بالرخص.
ويكشف الإضراب الصعوبات المالية الحادة التي تعيشها الشركات العمومية المهددة بالإفلاس، في حين تواجه الحكومة أسوأ أزماتها المالية.
من جهتها، أوضحت حياة الشمتوري، المتحدثة باسم شركة نقل تونس، أن "النقابة تنخرط في الاحتجاج بسبب تأخر صرف الأجور والمكافآت"، مشيرة إلى صعوبة الوضع المالي للشركة.
ويمثل إضراب النقل استعراضا لقوة الاتحاد العام التونسي للشغل ذي النفوذ، الذي تعهد بتنظيم سلسلة من الاحتجاجات.
والأسبوع الماضي، أقر الاتحاد، الذي يضم أكثر من مليون منخرط، إضرابا ليومين لعمال النقل الجوي والبري والبحري في 25 و26 يناير/كانون الثاني.
""", [
    ev("transtu-strike", "توقفت حركة النقل البري في العاصمة تونس وتعطل تسيير المترو والحافلات", STRIKE, "'اليوم الإثنين 2 يناير/كانون الثاني 2023' = Mon 2 Jan 2023"),
    ev("taxi-strike", "دعوة نقابة \"التاكسي\" المنضوية تحت الاتحاد التونسي للصناعة", STRIKE, "no own expression; the individual taxi strike of the same Monday, 2 Jan 2023 (ilboursa: 'كامل اليوم الاثنين 2 جانفي 2023')"),
    ev("shmatouri-statement", "أوضحت حياة الشمتوري، المتحدثة باسم شركة نقل تونس", STRIKE, "no own expression; the spokeswoman's words on the strike day, Mon 2 Jan 2023"),
    ev("ugtt-transport-strike-decided", "أقر الاتحاد، الذي يضم أكثر من مليون منخرط، إضرابا ليومين", "2022-12-26", "'والأسبوع الماضي' from Mon 2 Jan 2023 = the week of 26 Dec 2022 - 1 Jan 2023 (the federation's decision of Wed 28 Dec 2022, tekiano)", end="2023-01-02"),
    ev("transport-strike-25-26-jan", "لعمال النقل الجوي والبري والبحري في 25 و26 يناير/كانون الثاني", "2023-01-25", "'في 25 و26 يناير/كانون الثاني' = Wed 25 - Thu 26 Jan 2023 (the planned strike; it was later postponed to March)", end="2023-01-27"),
])
art(S, "https://assabahnews.tn/ar/%D8%A7%D9%84%D8%A7%D8%AE%D8%A8%D8%A7%D8%B1/%D8%AC%D9%87%D8%A7%D8%AA/50068-%D9%85%D9%86%D9%88%D8%A8%D8%A9-%D8%AA%D8%B9%D8%B7%D9%84-%D8%AE%D8%AF%D9%85%D8%A7%D8%AA-%D8%A7%D9%84%D9%86%D9%82%D9%84-%D9%88%D8%B3%D8%B7-%D9%85%D9%88%D8%AC%D8%A9-%D9%85%D9%86-%D8%A7%D9%84%D8%BA%D8%B6%D8%A8-%D9%88%D8%A7%D9%84%D8%A7%D8%B3%D8%AA%D9%8A%D8%A7%D8%A1-%D9%81%D9%8A-%D8%B5%D9%81%D9%88%D9%81-%D8%A7%D9%84%D9%85%D9%88%D8%A7%D8%B7%D9%86%D9%8A%D9%86",
    "2023-01-02", "the body's 'صباح اليوم الاثنين 02 جانفي 2023' (kept; 2 Jan 2023 was a Monday); headline rendered from the URL slug; the last, truncated paragraph ('من جهة اخرى شهدت منطقة دو…') dropped", True, """
منوبة: تعطل خدمات النقل وسط موجة من الغضب والاستياء في صفوف المواطنين
تعطلت بالكامل، صباح اليوم الاثنين 02 جانفي 2023، عمليات نقل المواطنين بوسائل النقل العمومي من حافلات وعربات المترو 4 التابعة لشركة النقل بتونس، بعد دخول أعوان الشركة في إضراب مفتوح عن العمل تلبية لدعوة الجامعة العامة للنقل.
وقد ازداد هذا التوقف حدة بتزامنه مع إضراب عدد كبير من سائقي سيارات التاكسي الفردي، فأثار موجة واسعة من الغضب والاستياء لدى مختلف فئات المواطنين من عمال وموظفين وتلاميذ وغيرهم، ممن تعطل التحاقهم بمقرات عملهم في اول مباشرة للعمل في السنة الجديدة او بالمؤسسات التربوية والجامعية في موعد إستئناف دراستهم اثر عطلة الشتاء.
ولوحظ منذ ساعات الصباح الأولى اكتظاظ كبير في محطات التاكسي الجماعي بحثا عن مقعد للوصول إلى المنطقة الصناعية قصر سعيد وجامعة منوبة ووسط العاصمة، غير أن العربات المتاحة لم تكف، فلجأ البعض إلى قطار باجة من محطات طبربة والجديدة ومنوبة للوصول إلى محطة برشلونة، في حين بقي الآخرون ينتظرون طويلا، ما دفع كثيرين إلى العودة إلى منازلهم عاجزين أمام وضع مؤسف يتكرر من وقت لآخر دون نهاية.
""", [
    ev("transtu-strike", "بعد دخول أعوان الشركة في إضراب مفتوح عن العمل", STRIKE, "'صباح اليوم الاثنين 02 جانفي 2023' = Mon 2 Jan 2023"),
    ev("taxi-strike", "إضراب عدد كبير من سائقي سيارات التاكسي الفردي", STRIKE, "same Monday, 2 Jan 2023 ('بتزامنه')"),
    ev("school-resumption", "في موعد إستئناف دراستهم اثر عطلة الشتاء", STRIKE, "the return to schools and universities after the winter holiday on Mon 2 Jan 2023 (the first working day of the year)"),
    ev("shared-taxi-crowding", "اكتظاظ كبير في محطات التاكسي الجماعي", STRIKE, "'منذ ساعات الصباح الأولى' of Mon 2 Jan 2023"),
])
art(S, "https://alalam.ir/news/6494978",
    "2023-01-02", "no date line on the stored page; the body's 'اليوم الاثنين' with the unpaid December 2022 wages, the sit-in at the Kasbah and the return to school is Mon 2 Jan 2023, the day the other outlets date the strike; the source tag 'العالم-تونس' dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
توقف تام للحافلات والمترو في العاصمة التونسية بسبب إضراب أعوان شركة نقل تونس
وتوقفت حركة الحافلات والمترو بالكامل استجابة لدعوة الجامعة العامة للنقل، التابعة للاتحاد العام التونسي للشغل (كبرى المنظمات العمالية في البلاد)، أعوان شركة نقل تونس من كل الأسلاك إلى تنفيذ وقفة احتجاجية مع الساعة التاسعة صباحا في ساحة الحكومة بالقصبة.
ويحتج العاملون في الشركة على تأخر تسلم الأجور لشهر ديسمبر/كانون الأول 2022، وعلى عدم صرف منحة نهاية السنة التي اعتادوا الحصول عليها في الأسبوع الأخير من شهر ديسمبر، وفق إذاعة "موزاييك إف إم" المحلية.
وصرح الكاتب العام للجامعة العامة للنقل باتحاد الشغل، وجيه الزيدي، بأن إضراب أعوان شركة نقل تونس بداية من اليوم الاثنين سيستمر حتى تفي الحكومة ووزارة النقل بمطالبهم.
ولفت إلى أن قيادات جامعة النقل "مرابطة أمام مقر رئاسة الحكومة ووزارة المالية بانتظار أن تستجيب الوزارة أو الحكومة لعقد جلسة اليوم يتم فيها تقديم إجابة للأعوان المتجمعين اليوم بساحة الحكومة بالقصبة".
ومما زاد الاكتظاظ في العاصمة تزامن إضراب عمال شركة النقل مع عودة الدراسة بعد عطلة نصف السنة الدراسية.
""", [
    ev("transtu-strike", "وتوقفت حركة الحافلات والمترو بالكامل", STRIKE, "'بداية من اليوم الاثنين' = Mon 2 Jan 2023"),
    ev("kasbah-sit-in", "تنفيذ وقفة احتجاجية مع الساعة التاسعة صباحا في ساحة الحكومة بالقصبة", STRIKE, "'مع الساعة التاسعة صباحا' of Mon 2 Jan 2023 ('المتجمعين اليوم بساحة الحكومة')"),
    ev("december-wages-unpaid", "تأخر تسلم الأجور لشهر ديسمبر/كانون الأول 2022", "2022-12-26", "no day; the December 2022 wages and year-end bonus, due in 'الأسبوع الأخير من شهر ديسمبر', still unpaid on Mon 2 Jan 2023 (my span 26 Dec 2022 - 2 Jan 2023)", end="2023-01-03"),
    ev("zeidi-statement", "وصرح الكاتب العام للجامعة العامة للنقل باتحاد الشغل، وجيه الزيدي", STRIKE, "no own expression; his words on the strike day ('اليوم الاثنين'), Mon 2 Jan 2023"),
    ev("school-resumption", "عودة الدراسة بعد عطلة نصف السنة الدراسية", STRIKE, "the return to school on Mon 2 Jan 2023 ('تزامن' with the strike)"),
])
art(S, "https://www.alghad.tv/%d8%b4%d8%b1%d9%83%d8%a9-%d8%a7%d9%84%d9%86%d9%82%d9%84-%d8%a7%d9%84%d8%b9%d8%a7%d9%85-%d9%81%d9%8a-%d8%aa%d9%88%d9%86%d8%b3-%d8%aa%d8%b9%d9%84%d9%82-%d8%a5%d8%b6%d8%b1%d8%a7%d8%a8%d9%87%d8%a7-2/",
    "2023-01-03", "no date line on the stored page; the body's 'أمس الإثنين' for the strike of Mon 2 Jan 2023 (the first protest against the government 'هذا العام') gives Tue 3 Jan 2023; headline kept from the page; the embedded covid widget dropped; no date of its own in the text", False, """
شركة النقل العام في تونس توقف إضرابها عن العمل
علقت شركة النقل العام في تونس إضرابها عن العمل إثر جلسة تفاوض انعقدت فجر اليوم بين الاتحاد العام التونسي للشغل ووزير النقل وممثلين عن الشركة.
ويأتي إلغاء الإضراب عقب استئناف المفاوضات والتزام الجانب الحكومي بصرف مستحقات موظفي شركة النقل.
وشدد الرئيس التونسي قيس سعيد على ضرورة استمرارية المرافق العمومية وعلى التصدي بكل الوسائل لكل من يسعى إلى ضرب السلم الاجتماعي، إذ لا أحد فوق القانون، مؤكدا أن أجهزة الدولة لن تقف مكتوفة الأيدي أمام كل من يحاول المساس بها.
ويذكر أن إضرابا شل حركة النقل البري في العاصمة تونس وأوقف تسيير المترو والحافلات، أمس الإثنين، بعد أن شرع موظفو شركة النقل الحكومية في إضراب احتجاجا على تأخر دفع المكافآت والأجور، في أول تحرك مناهض لحكومة الرئيس قيس سعيد هذا العام.
""", [
    ev("strike-suspended", "علقت شركة النقل العام في تونس إضرابها عن العمل", SUSPEND, "'فجر اليوم' of Tue 3 Jan 2023 (the day after 'أمس الإثنين')"),
    ev("dawn-negotiation", "جلسة تفاوض انعقدت فجر اليوم", SUSPEND, "'فجر اليوم' = dawn of Tue 3 Jan 2023"),
    ev("saied-public-services", "وشدد الرئيس التونسي قيس سعيد على ضرورة استمرارية المرافق العمومية", STRIKE, "no own expression; the president's words during the strike, Mon 2 - Tue 3 Jan 2023 (my span)", end="2023-01-04"),
    ev("transtu-strike", "إضرابا شل حركة النقل البري في العاصمة تونس", STRIKE, "'أمس الإثنين' from Tue 3 Jan 2023 = Mon 2 Jan 2023"),
])

# ---------------------------------------------------------------- tunisia-transtu-october-wages-strike-nov-2022
S = "tunisia-transtu-october-wages-strike-nov-2022"
NSTRIKE = "2022-11-02"                     # the sudden open strike of Transtu agents, Wed 2 Nov 2022
RESUME = "2022-11-03"                      # buses and light metro back on Thu 3 Nov 2022
art(S, "https://tunisnow.tn/%D8%A7%D9%84%D8%B9%D8%A7%D8%B5%D9%85%D8%A9-%D8%B4%D9%84%D9%84-%D8%AA%D8%A7%D9%85-%D9%81%D9%8A-%D8%A7%D9%84%D9%86%D9%82%D9%84-%D8%A7%D9%84%D8%B9%D9%85%D9%88%D9%85%D9%8A-%D9%88%D8%AA%D8%B0%D9%85%D9%91",
    "2022-11-02", "the body's 'ابتداء من اليوم الأربعاء 2 نوفمبر 2022' (kept; 2 Nov 2022 was a Wednesday) with 'صباح اليوم' and 'مساء أمس الثلاثاء'; the source tag 'تونس الآن' dropped; headline rendered from the URL slug", True, """
العاصمة: شلل تام في النقل العمومي وتذمّر في صفوف المواطنين
شهدت ولايات تونس الكبرى صباح اليوم توقفا تاما لحركة النقل العمومي إثر دخول أعوان شركة نقل تونس في إضراب مفتوح عن العمل ابتداء من اليوم الأربعاء.
وعبّر المواطنون عن استيائهم من الإضراب، لا سيما أن اليوم يوم عمل ولن يتمكن كثير منهم من الوصول إلى مقرات عملهم، بسبب غياب وسائل النقل وصعوبة العثور على سيارة تاكسي تقلهم.
وكان الاتحاد الجهوي للشغل بتونس قد لوّح، في بيان أصدره يوم الأربعاء 19 أكتوبر 2022، بدخول قطاع النقل في إضراب جهوي لثلاثة أيّام ما لم تقرر الهيئة الإدارية لقطاع النقل تنفيذ إضراب قطاعي.
وأبدى أعضاء النقابات الأساسية لقطاع النقل بجهة تونس استنكارهم الشديد لما وصفوه بالوضع الكارثي الذي بلغته مؤسسات القطاع، معربين عن امتعاضهم من لامبالاة سلطة الإشراف إزاء التدهور المتواصل لوضعيتهم، بحسب نص البيان.
من جهتها، أعلنت شركة نقل تونس في تدوينة على صفحتها بفيسبوك مساء أمس الثلاثاء دخول أعوانها في إضراب مفتوح عن العمل ابتداء من اليوم الأربعاء 2 نوفمبر 2022.
""", [
    ev("transtu-strike", "توقفا تاما لحركة النقل العمومي", NSTRIKE, "'صباح اليوم' / 'ابتداء من اليوم الأربعاء' = Wed 2 Nov 2022"),
    ev("citizens-stranded", "ولن يتمكن كثير منهم من الوصول إلى مقرات عملهم", NSTRIKE, "'اليوم يوم عمل' = Wed 2 Nov 2022"),
    ev("regional-union-threat", "في بيان أصدره يوم الأربعاء 19 أكتوبر 2022", "2022-10-19", "'يوم الأربعاء 19 أكتوبر 2022' (a Wednesday)"),
    ev("transtu-facebook-notice", "أعلنت شركة نقل تونس في تدوينة على صفحتها بفيسبوك مساء أمس الثلاثاء", "2022-11-01", "'مساء أمس الثلاثاء' from Wed 2 Nov = Tue 1 Nov 2022"),
])
art(S, "https://24-24.tn/ar/2022/11/02/%D8%AD%D8%B1%D9%83%D8%A9-%D8%A7%D9%84%D9%86%D9%82%D9%84",
    "2022-11-02", "date in the URL '/2022/11/02/' (2 Nov 2022 was a Wednesday); the body's 'غدا الخميس 3 نوفمبر 2022' and 'عشية اليوم' agree; the page's header date (the day of the crawl) and the related posts dropped; headline kept from the page; the text has no date line of its own (only the date of the next day's resumption)", False, """
غدا: استئناف حركة النقل بالعاصمة
تعود حركة النّقل بتونس وبن عروس ومنوبة إلى نسقها العادي غدا الخميس 3 نوفمبر 2022، بحسب ما أورده موقع الشعب نيوز التابع للاتحاد العام التونسي للشغل.
ويأتي هذا القرار إثر جلسة عمل انعقدت عشية اليوم بين الجامعة العامة للنقل ووزارة الإشراف، وقع الاتفاق خلالها على صرف أجور أعوان شركة نقل تونس يوم غد الخميس.
وللتذكير، فقد دخل أعوان شركة نقل تونس اليوم في إضراب مفتوح أدى إلى توقف وسائل النقل بالعاصمة من شبكة المترو الخفيف والحافلات وقطار الضاحية الشمالية.
""", [
    ev("service-resumes", "تعود حركة النّقل بتونس وبن عروس ومنوبة إلى نسقها العادي", RESUME, "'غدا الخميس 3 نوفمبر 2022'"),
    ev("negotiation-session", "جلسة عمل انعقدت عشية اليوم بين الجامعة العامة للنقل ووزارة الإشراف", NSTRIKE, "'عشية اليوم' = Wed 2 Nov 2022 (webdo: 'ظهر أمس')"),
    ev("wages-paid", "صرف أجور أعوان شركة نقل تونس يوم غد الخميس", RESUME, "'يوم غد الخميس' = Thu 3 Nov 2022 (the payment promised for that day)"),
    ev("transtu-strike", "دخل أعوان شركة نقل تونس اليوم في إضراب مفتوح", NSTRIKE, "'اليوم' = Wed 2 Nov 2022"),
])
art(S, "https://www.webdo.tn/ar/actualite/الأخبار-الوطنية/حركة-الميترو-والحافلات-تعود-إلى-سالف-نشاطها/198425",
    "2022-11-03", "the body's 'صباح اليوم الخميس الـ 3 من نوفمبر 2022' (kept; 3 Nov 2022 was a Thursday); headline kept from the URL slug; the comment box dropped", True, """
حركة الميترو والحافلات تعود إلى سالف نشاطها
استعادت حركة المترو الخفيف والحافلات نشاطها المعتاد صباح اليوم الخميس الـ 3 من نوفمبر 2022، بعد أن ألغى أعوان شركة نقل تونس إضرابهم الذي نفذوه كامل يوم أمس الأربعاء، وتسبب في شلل تام وسط العاصمة لغياب وسائل النقل العمومي.
ويأتي قرار إلغاء الإضراب إثر تعهد سلطة الإشراف بصرف مستحقات الأعوان، عقب انتهاء الجلسة التفاوضية التي عقدتها أمس مع الطرف النقابي.
وأكّد رضا فهري، الكاتب العام المساعد للجامعة العامّة للنقل، أنه تم الاتفاق خلال الجلسة المنعقدة ظهر أمس بين ممثلين عن الجامعة العامة للنقل والإدارة على التعجيل بتجديد الأسطول "الذي تقادم ولم يعد يستجيب للشروط، وذلك في أقرب الآجال وفي حدود الإمكانيات المالية للشركة".
ويشار إلى أن أعوان شركة نقل تونس شرعوا، بداية من صباح أمس الأربعاء، في إضراب مفتوح عن العمل بسبب عدم صرف مستحقاتهم المالية لشهر أكتوبر 2022، إلى جانب ما وصفوه بـ"الوضع الكارثي" الذي تمر به المؤسسة من نقص كبير في الأسطول وتواصل الاعتداءات على الأعوان وعلى الوسائل وعدم تعيين رئيس مدير عام للشركة، وفق تعبيره.
""", [
    ev("service-resumes", "استعادت حركة المترو الخفيف والحافلات نشاطها المعتاد", RESUME, "'صباح اليوم الخميس الـ 3 من نوفمبر 2022'"),
    ev("strike-called-off", "بعد أن ألغى أعوان شركة نقل تونس إضرابهم", NSTRIKE, "no own expression; the strike was called off after the session of Wed 2 Nov 2022 (24-24: resumption announced that day), before the morning of Thu 3 Nov (my span 2-3 Nov)", end="2022-11-04"),
    ev("negotiation-session", "الجلسة المنعقدة ظهر أمس", NSTRIKE, "'ظهر أمس' from Thu 3 Nov = Wed 2 Nov 2022"),
    ev("transtu-strike", "شرعوا، بداية من صباح أمس الأربعاء، في إضراب مفتوح عن العمل", NSTRIKE, "'صباح أمس الأربعاء' from Thu 3 Nov = Wed 2 Nov 2022"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 408
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

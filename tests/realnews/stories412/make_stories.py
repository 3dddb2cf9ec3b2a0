"""Builds stories.jsonl: the 412-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Alexandria, Beheira, Matrouh and Egypt's
Red Sea and Sinai governorates (Hurghada, Sharm el-Sheikh, Arish, Marsa Alam): accidents, storms and floods,
fires, tourism, courts, ports, festivals.
Stories: the floods on al-Sheikh al-Shazly and Berenice south of Marsa Alam (Red Sea, November 2025), the
leaning 21-storey tower of al-Mandara and the removal of its illegal floors (Alexandria, September 2025), and the
floods on Wadi al-Raml, al-Qasr and al-Zohour in Marsa Matrouh (Matrouh, October 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-marsa-alam-shazly-berenice-floods-2025
S = "egypt-marsa-alam-shazly-berenice-floods-2025"
RAIN = "2025-11-25"                        # the rains and floods on al-Sheikh al-Shazly and Berenice, Tue 25 Nov 2025
RAIN2 = "2025-11-26"                       # exclusive end: the rain had stopped by the morning of Wed 26 Nov
art(S, "https://www.almasryalyoum.com/news/details/4137473",
    "2025-11-25", "page date line 'الثلاثاء 25-11-2025 20:05' (kept as second line; 25 Nov 2025 was a Tuesday); the body's 'صباح اليوم الثلاثاء' agrees; the byline and the repeated photo captions dropped; headline kept from the page (re-worded); the last, truncated kilometre number dropped", True, """
إعادة فتح طريق مرسى علم – شلاتين أمام المرور بعد موجة سيول جنوب البحر الأحمر
الثلاثاء 25-11-2025 20:05
أعادت الجهات المعنية في البحر الأحمر فتح طريق مرسى علم- شلاتين الساحلي أمام السيارات، عقب موجة من الأمطار الغزيرة والسيول في جنوب المحافظة أدت إلى توقف المرور على الطريق صباح اليوم الثلاثاء.
وبيّنت الصور امتلاء عدد من الأودية الجبلية في المنطقة بمياه السيول.
وفي أول اختبار لتقلبات الطقس، أدت الأمطار والسيول الغزيرة التي ضربت منطقتي الشيخ الشاذلي وبرنيس جنوب مرسى علم إلى توقف المرور في الاتجاهين على طريق مرسى علم – شلاتين قرب منطقة المطار، إذ تدفقت مياه السيول عبر عدة ممرات وأودية جبلية وتجمعت على الطريق الرئيسي عند الكيلو ١٤٠ و١٣٥.
""", [
    ev("road-reopened", "أعادت الجهات المعنية في البحر الأحمر فتح طريق مرسى علم- شلاتين", RAIN, "no own expression; the reopening reported in the evening of Tue 25 Nov 2025 (date line 20:05), after the stop of 'صباح اليوم الثلاثاء'"),
    ev("road-closed", "أدت إلى توقف المرور على الطريق صباح اليوم الثلاثاء", RAIN, "'صباح اليوم الثلاثاء' = Tue 25 Nov 2025 (date line)"),
    ev("floods-shazly-berenice", "أدت الأمطار والسيول الغزيرة التي ضربت منطقتي الشيخ الشاذلي وبرنيس", RAIN, "no own expression; the rains of the morning of Tue 25 Nov 2025 (the same stop of traffic)"),
    ev("water-on-road", "وتجمعت على الطريق الرئيسي عند الكيلو ١٤٠ و١٣٥", RAIN, "no own expression; the water on the road on Tue 25 Nov 2025"),
])
art(S, "https://d-dall.com/?p=64820",
    "2025-11-25", "the page's header stamp 'الثلاثاء 25 نوفمبر 2025' (dropped) and the body's 'صباح اليوم' for the rains of Tue 25 Nov 2025 (almasryalyoum); headline kept from the page (re-worded); the page's sub-headings and the last, truncated sentence on the roads dropped; no date of its own in the text", False, """
أمطار غزيرة وسيول تجتاح الشيخ الشاذلي وبرنيس في البحر الأحمر
هطلت صباح اليوم أمطار غزيرة على منطقتي الشيخ الشاذلي وبرنيس بمحافظة البحر الأحمر، وتحولت إلى سيول جارفة، في إحدى أشد الظواهر الجوية منذ أكثر من عام.
ورغم شدة الأمطار، نجحت السدود وبحيرات تجميع مياه السيول التي شيدتها الحكومة خلال السنوات الماضية في حجز كميات ضخمة من المياه، فلم تبلغ التجمعات السكنية ولا الطرق، ولم تقع أي خسائر في الأرواح أو الممتلكات.
وقال عدد من أهالي المنطقة إن هذه المنشآت برهنت على جدواها في حمايتهم، إذ حُجز الجزء الأكبر من مياه السيول داخل بحيرات التخزين الصناعية.
وعلى إثر ذلك، أعلنت محافظة البحر الأحمر حالة الطوارئ ورفعت الاستعداد إلى أقصى درجاته، وفعّلت غرفة عمليات رئيسية بالمحافظة وغرفا فرعية في كل المدن، بالتنسيق مع الوحدة المحلية لمرسى علم وهيئة الأرصاد الجوية.
وفُصل التيار الكهربائي عن القرية بصورة مؤقتة كإجراء احترازي حفاظا على سلامة الأهالي أثناء هطول الأمطار الغزيرة.
""", [
    ev("floods-shazly-berenice", "هطلت صباح اليوم أمطار غزيرة على منطقتي الشيخ الشاذلي وبرنيس", RAIN, "'صباح اليوم' = the morning of Tue 25 Nov 2025 (publication day)"),
    ev("dams-held-water", "نجحت السدود وبحيرات تجميع مياه السيول", RAIN, "no own expression; the dams held the water of the floods of Tue 25 Nov 2025"),
    ev("dams-built", "التي شيدتها الحكومة خلال السنوات الماضية", "2015-01-01", "'خلال السنوات الماضية' = years before 2025 (my span 2015-2025)", end=RAIN),
    ev("emergency-declared", "أعلنت محافظة البحر الأحمر حالة الطوارئ", RAIN, "no own expression; the state of emergency of Tue 25 Nov 2025, on the floods"),
    ev("power-cut", "وفُصل التيار الكهربائي عن القرية بصورة مؤقتة", RAIN, "no own expression; the power cut at the start of the rains on Tue 25 Nov 2025"),
])
art(S, "https://www.elbalad.news/6779675",
    "2025-11-26", "page stamp 'date 2025-11-26' (not part of the text; 26 Nov 2025 was a Wednesday); the body's 'صباح اليوم الأربعاء' and 'أمس، الثلاثاء' agree; headline written from the body (the stored text has none); the sub-headings and the last, truncated sentence dropped; no date of its own in the text", False, """
عودة الكهرباء إلى الشيخ الشاذلي وبرنيس بعد توقف السيول
عاد التيار الكهربائي بالكامل، صباح اليوم الأربعاء، إلى قريتي الشيخ الشاذلي وبرنيس التابعتين لمدينة مرسى علم، عقب استقرار الطقس وانقطاع الأمطار والسيول التي اجتاحت جنوب المحافظة خلال الساعات الماضية.
وكانت الجهات المختصة قد قطعت الكهرباء مؤقتا فور بدء موجة الأمطار، كإجراء احترازي معتاد في المناطق الجبلية والصحراوية الواقعة على مجاري السيول الطبيعية، حفاظا على سلامة الأهالي وتجنبا لأي خطر قد ينجم عن تسرب المياه أو تلف الكابلات الأرضية.
وكانت مناطق الشيخ الشاذلي وبرنيس قد شهدت أمس، الثلاثاء، سيولا متوسطة جرت في عدة أودية جبلية، فتجمعت كميات من المياه على الطريق الرئيسي عند الكيلو 140 و135 و136، إلى أن تعاملت فرق الطوارئ مع الموقف وأعادت الأوضاع إلى طبيعتها.
وكانت هيئة الأرصاد الجوية قد توقعت استمرار تراجع درجات الحرارة على معظم الأنحاء، مع احتمال سقوط أمطار خفيفة إلى متوسطة، رعدية أحيانا، على أجزاء من حلايب وشلاتين.
وفي الإطار نفسه، تُبقي محافظة البحر الأحمر اليوم، الأربعاء، على حالة الطوارئ القصوى في كل المدن الجنوبية.
""", [
    ev("power-restored", "عاد التيار الكهربائي بالكامل، صباح اليوم الأربعاء", RAIN2, "'صباح اليوم الأربعاء' = Wed 26 Nov 2025"),
    ev("power-cut", "قد قطعت الكهرباء مؤقتا فور بدء موجة الأمطار", RAIN, "no own expression; at the start of the rains of Tue 25 Nov 2025 ('أمس، الثلاثاء')"),
    ev("floods-shazly-berenice", "قد شهدت أمس، الثلاثاء، سيولا متوسطة", RAIN, "'أمس، الثلاثاء' from Wed 26 = Tue 25 Nov 2025"),
    ev("water-on-road", "فتجمعت كميات من المياه على الطريق الرئيسي", RAIN, "the water on the road on 'أمس، الثلاثاء' = Tue 25 Nov 2025"),
    ev("emergency-kept", "تُبقي محافظة البحر الأحمر اليوم، الأربعاء، على حالة الطوارئ", RAIN2, "'اليوم، الأربعاء' = Wed 26 Nov 2025 (the emergency declared on Tue 25 kept that day)"),
])
art(S, "https://www.arabkhabar.com/a/5268073",
    "2025-11-26", "page line 'تاريخ النشر: 26th, November 2025 GMT' (kept as second line; 26 Nov 2025 was a Wednesday); headline kept from the page (re-worded, the tag '(شاهد)' dropped); the North Sinai paragraph, cut in the stored page, dropped", True, """
سيول مباغتة تجتاح جنوب مصر وتعطل حركة السكان والطرق
تاريخ النشر: 26th, November 2025 GMT
عاشت مناطق عدة من مصر خلال الساعات الماضية أجواء غير مستقرة، نتجت عنها سيول وتدفقات مائية تفاوتت شدتها في محافظتي البحر الأحمر وشمال سيناء، في حين تواصل الجهات المحلية استعداداتها لمواجهة آثار تقلبات الطقس.
ففي البحر الأحمر، هطلت على منطقتي الشيخ الشاذلي وبرنيس أمطار غزيرة تحولت إلى سيول قوية اجتاحت الأودية التي تعبر طريق مرسى علم – برنيس، ولا سيما وادي المخيط الذي شهد جريانا شديدا للمياه.
وذكرت وسائل إعلام محلية أن منشآت الحماية، من سدود وبحيرات تجميع، احتجزت كميات كبيرة من المياه ومنعتها من بلوغ التجمعات السكنية، فلم تُسجل خسائر بشرية أو مادية، وأكد الأهالي أن هذه المنشآت أدت دورا مهما في حماية المناطق المجاورة لمجاري السيول.
وفي الوقت ذاته، بيّنت وزارة الموارد المائية والري في تقرير رسمي أن الأمطار التي سقطت على جنوب البحر الأحمر كانت بين المتوسطة والشديدة، وبلغت أحيانا حد العواصف الرعدية، وأن فرق الحماية في المحافظة وجّهت مياه السيول إلى مساراتها المخططة، ومنها حماية قرية عرب صالح من أي تدفقات مفاجئة.
""", [
    ev("floods-shazly-berenice", "هطلت على منطقتي الشيخ الشاذلي وبرنيس أمطار غزيرة", RAIN, "'خلال الساعات الماضية' from Wed 26 = the rains of Tue 25 Nov 2025 (almasryalyoum, elbalad)"),
    ev("dams-held-water", "احتجزت كميات كبيرة من المياه ومنعتها من بلوغ التجمعات السكنية", RAIN, "no own expression; the floods of Tue 25 Nov 2025"),
    ev("irrigation-report", "بيّنت وزارة الموارد المائية والري في تقرير رسمي", RAIN, "no own expression; the ministry's report on the rains, Tue 25 or Wed 26 Nov 2025 (my span)", end="2025-11-27"),
])

# ---------------------------------------------------------------- egypt-alexandria-mandara-leaning-tower-2025
S = "egypt-alexandria-mandara-leaning-tower-2025"
EVAC = ("2025-09-11", "2025-09-13")        # the residents were moved out on Thu 11 - Fri 12 Sep 2025
DEMO = ("2025-09-11", "2025-09-13")        # demolition of the illegal floors began Thu 11 (shorouk) or Fri 12 Sep (masrawy)
BUILT = ("2016-01-01", "2017-01-01")       # the tower was built in 2016
ADDED = ("2016-01-01", "2025-09-11")       # the floors above the licence were added after the licence, before the lean
ORDERS = ("2016-01-01", "2025-09-11")      # earlier removal orders, never carried out
art(S, "https://www.vetogate.com/5489769",
    "2025-09-12", "page date line 'الجمعة 12 سبتمبر 2025' (kept as second line; 12 Sep 2025 was a Friday), page stamp 'date 2025-09-12'; headline kept from the page (re-worded, the tag '(صور)' dropped); the photo captions dropped", True, """
إخلاء عشرة طوابق بعقار المندرة المائل في الإسكندرية تمهيدا لهدمها
الجمعة 12 سبتمبر 2025
قامت الأجهزة التنفيذية في محافظة الإسكندرية بإخلاء عقار في منطقة المندرة، إثر ميل شديد ومفاجئ أصاب المبنى المؤلف من 21 طابقا، ما أثار الذعر بين سكانه وسكان الشارع.
وكان بلاغ قد ورد إلى غرفة عمليات المحافظة عن ميل في العقار يعرض حياة سكانه للخطر، فتحركت الأجهزة التنفيذية في حي المنتزه ثان على الفور لاتخاذ ما يلزم.
وأخلى حي المنتزه ثان العقار من الطابق العاشر وما فوقه تمهيدا لهدم الطوابق المخالفة، وأوضح الحي أن الترخيص الصادر للعقار يقتصر على دور أرضي و10 طوابق، غير أن البناء ارتفع إلى 21 طابقا خلافا للرخصة.
وتعاين لجنة المنشآت المهددة بالسقوط ولجنة هندسية من حي المنتزه ثان العقار، لتحديد عدد الطوابق المقرر هدمها، والتي تبلغ 10 طوابق حتى الآن، حرصا على أرواح السكان.
""", [
    ev("evacuation", "قامت الأجهزة التنفيذية في محافظة الإسكندرية بإخلاء عقار", EVAC[0], "no own expression; the evacuation of Thu 11 - Fri 12 Sep 2025 (shorouk: after the evacuation, removal began 'صباح الخميس الماضي'; masrawy: evacuation continued 'اليوم الجمعة')", end=EVAC[1]),
    ev("lean-reported", "وكان بلاغ قد ورد إلى غرفة عمليات المحافظة", "2025-09-10", "no own expression (pluperfect); the report that set off the evacuation, before or on Thu 11 Sep 2025 (my span 10-11 Sep)", end="2025-09-12"),
    ev("floors-added-illegally", "غير أن البناء ارتفع إلى 21 طابقا خلافا للرخصة", ADDED[0], "no own expression; the floors added after the 2016 licence, before the lean (my span 2016 - 10 Sep 2025)", end=ADDED[1]),
    ev("committee-inspection", "وتعاين لجنة المنشآت المهددة بالسقوط", "2025-09-12", "present tense in the report of Fri 12 Sep 2025 ('حتى الآن')"),
])
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=12092025&id=86e62d3c-5f52-49ca-bb62-144530172d74",
    "2025-09-12", "date in the URL 'cdate=12092025' and page stamp 'date 2025-09-12' (12 Sep 2025 was a Friday); the body's 'صباح الخميس الماضي' fits a Friday report; headline written from the body (the stored text has none); the last, truncated words of the governor dropped; no date of its own in the text", False, """
محافظة الإسكندرية تبدأ إزالة الأدوار المخالفة في عقار المندرة المائل
في خطوة عاجلة لحماية الأرواح والممتلكات، شرعت محافظة الإسكندرية في تنفيذ قرارات الإزالة الصادرة ضد عقار مخالف يميل بشكل خطر في شارع السيد حسين المتفرع من الملك حفني بمنطقة المندرة قبلي، التابعة لحي المنتزه ثان.
فالعقار الذي شُيّد عام 2016 بارتفاع 21 طابقا، مع أن ترخيصه لم يتعد التاسع علوي، بات يهدد السكان والعقارات المجاورة تهديدا مباشرا، بعدما أظهرت الفحوص الفنية ميلا واضحا فيه.
وبيّنت اللجان المختصة أن قرارات إزالة سابقة صدرت ضد الأدوار المخالفة، إلا أن تنفيذها تعطل لوجود السكان، وقد بدأ بعضهم في وقت سابق إجراءات التصالح. واستنادا إلى تقرير لجنة المنشآت الآيلة للسقوط وقرار النيابة العامة، تقرر البدء فورا في إزالة الأدوار المخالفة من العاشر إلى الحادي والعشرين.
وشهدت المنطقة صباح الخميس الماضي انطلاق أعمال الإزالة بحضور الأجهزة التنفيذية، عقب إخلاء السكان وتجهيز المعدات والعمال اللازمين، تحت إشراف رئيس حي المنتزه ثان.
وشدد أحمد خالد، محافظ الإسكندرية، على أن الدولة لن تتساهل مع أي عقار مخالف يعرض حياة المواطنين للخطر.
""", [
    ev("built-2016", "فالعقار الذي شُيّد عام 2016 بارتفاع 21 طابقا", BUILT[0], "'عام 2016' = the year 2016", end=BUILT[1]),
    ev("earlier-removal-orders", "وبيّنت اللجان المختصة أن قرارات إزالة سابقة صدرت", ORDERS[0], "no own expression ('سابقة'); orders issued after the 2016 construction, before the lean (my span 2016 - 10 Sep 2025)", end=ORDERS[1]),
    ev("prosecution-order", "واستنادا إلى تقرير لجنة المنشآت الآيلة للسقوط وقرار النيابة العامة", "2025-09-10", "no own expression; the committee's report and the prosecution's order just before the removal began (my span 10-12 Sep 2025)", end="2025-09-13"),
    ev("demolition-begins", "وشهدت المنطقة صباح الخميس الماضي انطلاق أعمال الإزالة", DEMO[0], "'صباح الخميس الماضي' in a report of Fri 12 Sep = Thu 11 Sep 2025; masrawy's live report has the removal begin on the evening of Fri 12 Sep (span 11-12)", end=DEMO[1]),
    ev("evacuation", "عقب إخلاء السكان وتجهيز المعدات", EVAC[0], "no own expression; before the removal, Thu 11 - Fri 12 Sep 2025", end=EVAC[1]),
    ev("governor-statement", "وشدد أحمد خالد، محافظ الإسكندرية", "2025-09-11", "no own expression; the governor's statement with the start of the removal, Thu 11 or Fri 12 Sep 2025 (my span)", end="2025-09-13"),
])
art(S, "https://www.masrawy.com/news/news_regions/details/2025/9/13/2853468/%D9%85%D9%83%D9%88%D9%86-%D9%85%D9%86-21-%D8%B7%D8%A7%D8%A8%D9%82-%D8%A7-25-%D8%B5%D9%88%D8%B1%D8%A9-%D8%AA%D8%B1%D8%B5%D8%AF-%D8%A5%D8%B2%D8%A7%D9%84%D8%A9-%D8%B9%D9%82%D8%A7%D8%B1-%D8%A7%D9%84%D9%85%D9%86%D8%AF%D8%B1%D8%A9-%D8%A7%D9%84%D9%85%D8%A7%D8%A6%D9%84-%D8%A8%D8%A7%D9%84%D8%A5%D8%B3%D9%83%D9%86%D8%AF%D8%B1%D9%8A%D8%A9",
    "2025-09-13", "date in the URL '/2025/9/13/' (13 Sep 2025 was a Saturday); the body's 'اليوم السبت' agrees; headline rendered from the URL slug (the stored text has none); the byline 'الإسكندرية - محمد عامر ومحمد البدري' dropped; no date of its own in the text", True, """
عقار من 21 طابقا.. صور ترصد إزالة عقار المندرة المائل في الإسكندرية
تستمر أجهزة محافظة الإسكندرية، اليوم السبت، في تنفيذ قرار الإزالة الجزئية لعقار مائل في منطقة المندرة قبلي، وسط حضور أمني وتنفيذي كثيف، ويقضي القرار بإزالة 11 طابقا مخالفا من بين 21 دورا يتألف منها المبنى.
والتقطت عدسة موقع "مصراوي" لحظة انطلاق أعمال الهدم، إذ يواصل العمال هدم الطوابق المخالفة، وتتتابع عمليات التفكيك وتفريغ الوحدات بشكل منظم من قمة المبنى نزولا، حفاظا على سلامة الهيكل الإنشائي والعقارات المجاورة.
وأظهرت المعاينة الفنية أن العقار بُني عام 2016 بترخيص لا يزيد على 9 طوابق، ثم أضيفت إليه لاحقا 11 طابقا بالمخالفة للقانون، فصدرت قرارات إزالة لم تُنفذ في السابق لأن السكان كانوا يشغلون الوحدات.
وتجري أعمال الإزالة بإشراف لجنة هندسية متخصصة، لضمان سلامة ما يتبقى من الهيكل الإنشائي وحماية المباني المجاورة، بمشاركة معدات ثقيلة وعمالة فنية مدربة، إلى جانب قوات الأمن والدفاع المدني.
""", [
    ev("demolition-continues", "تستمر أجهزة محافظة الإسكندرية، اليوم السبت، في تنفيذ قرار الإزالة", "2025-09-13", "'اليوم السبت' = Sat 13 Sep 2025 (URL date)"),
    ev("built-2016", "أن العقار بُني عام 2016 بترخيص", BUILT[0], "'عام 2016' = the year 2016", end=BUILT[1]),
    ev("floors-added-illegally", "ثم أضيفت إليه لاحقا 11 طابقا بالمخالفة للقانون", ADDED[0], "'لاحقا' after the 2016 licence, before the lean (my span 2016 - 10 Sep 2025)", end=ADDED[1]),
    ev("earlier-removal-orders", "فصدرت قرارات إزالة لم تُنفذ في السابق", ORDERS[0], "'في السابق'; orders issued after the illegal floors, before the lean (my span 2016 - 10 Sep 2025)", end=ORDERS[1]),
])

# ---------------------------------------------------------------- egypt-matrouh-wadi-al-raml-floods-2023
S = "egypt-matrouh-wadi-al-raml-floods-2023"
FLOOD = ("2023-10-04", "2023-10-06")       # the rains and floods of the evening of Wed 4 Oct to the early morning of Thu 5 Oct 2023
CLEAR = ("2023-10-05", "2023-10-09")       # the removal of the water, Thu 5 - Sun 8 Oct 2023 (finished by the governor's visit)
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=05102023&id=57058bdd-93ae-465e-a979-bf8e5f8ac95e",
    "2023-10-05", "date in the URL 'cdate=05102023' (5 Oct 2023 was a Thursday); the body's 'في الساعات الأولى من صباح اليوم' and 'منذ ليلة أمس' agree with the floods of the night of 4-5 Oct 2023 (a tweet of October 4, 2023 shows the Kharruba flood); headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
سيول شديدة تجتاح وادي الرمل والقصر وحي الزهور في مرسى مطروح
اجتاحت سيول شديدة مناطق وادي الرمل وقرية القصر وحي الزهور ووادي الخروبة في مرسى مطروح، إثر أمطار رعدية غزيرة هطلت في الساعات الأولى من صباح اليوم على امتداد المدن الساحلية، ولحقت أضرار ببعض منازل الأهالي في المناطق المحيطة بقرية القصر غرب مدينة مرسى مطروح وفي حي الزهور شرقها، ويعكف الجهاز التنفيذي للمحافظة على حصرها.
وقال أحمد يادم القناشي، من سكان منطقة رأس أبو لهو غرب مدينة مرسى مطروح، إن الأمطار التي سقطت بعد منتصف الليل لم يسبق لها مثيل، إذ أغرقت كثيرا من الأراضي الزراعية المجاورة لشاطئ البحر.
وأوضح صالح العشيبي، من أهالي قرية القصر، أن السيول كادت تُغرق القرية والمناطق المحيطة بها بالكامل، لولا التدخل العاجل للقوات المسلحة التي فتحت فتحتين لتصريف مياه الأمطار في بحيرة العرواة.
وفي الوقت ذاته، أعلن عمرو عبد المجيد، رئيس مدينة مرسى مطروح، رفع درجة الاستعداد القصوى في جميع الإدارات الخدمية بمجلس المدينة بسبب الأمطار والسيول التي ضربت مرسى مطروح منذ ليلة أمس، عبر فرق الطوارئ ومعدات المركز وسياراته في وسط المدينة ومنطقة حي الزهور.
""", [
    ev("floods-hit", "اجتاحت سيول شديدة مناطق وادي الرمل وقرية القصر", FLOOD[0], "'في الساعات الأولى من صباح اليوم' of Thu 5 Oct and 'منذ ليلة أمس' = the night of Wed 4 - Thu 5 Oct 2023", end=FLOOD[1]),
    ev("houses-damaged", "ولحقت أضرار ببعض منازل الأهالي", FLOOD[0], "no own expression; the damage of the floods of the night of 4-5 Oct 2023", end=FLOOD[1]),
    ev("farmland-flooded", "إذ أغرقت كثيرا من الأراضي الزراعية المجاورة لشاطئ البحر", FLOOD[0], "'بعد منتصف الليل' = after midnight of Wed 4 / Thu 5 Oct 2023 (span 4-5, as the floods)", end=FLOOD[1]),
    ev("army-drain-openings", "التدخل العاجل للقوات المسلحة التي فتحت فتحتين", FLOOD[0], "no own expression; during the floods of the night of 4-5 Oct 2023", end=FLOOD[1]),
    ev("city-emergency", "أعلن عمرو عبد المجيد، رئيس مدينة مرسى مطروح، رفع درجة الاستعداد القصوى", FLOOD[0], "no own expression; with the floods 'منذ ليلة أمس', Wed 4 - Thu 5 Oct 2023", end=FLOOD[1]),
])
art(S, "http://167.235.160.36:8031/story/2023/10/5/مياه-الأمطار-تغرق-حى-الزهور-بمطروح-بعد-تسرب-السيل-من/6326661",
    "2023-10-05", "date in the URL '/story/2023/10/5/' (a mirror of youm7's page; 5 Oct 2023 was a Thursday); the body's 'اليوم الخميس' agrees; headline kept from the page (re-worded, the tag 'صور' dropped); the byline 'مطروح – حسن مشالي' and the photo captions dropped; the last, truncated words dropped", True, """
أمطار غزيرة تغمر حي الزهور في مطروح بعد تسرب السيل من وادي تويويع
غمرت مياه الأمطار الغزيرة التي هطلت خلال فترة المساء حي الزهور السكني عند الكيلو 4 شرق مدينة مرسى مطروح، وارتفعت المياه في الشوارع إلى أكثر من 50 سنتيمترا ودخلت البيوت، وتعطلت سيارات كثيرة بعد أن تسربت إليها المياه فعجزت عن الحركة، وذلك إثر تسرب المياه من مجرى السيل في وادي تويويع المجاور.
وتعمل أجهزة المحافظة على سحب تجمعات المياه وتصريفها من المناطق السكنية المتضررة ومن الطرق السريعة، بالتعاون بين مجلس مدينة مرسى مطروح والدفاع المدني وشركة مياه الشرب والصرف الصحي والهلال الأحمر والأهالي، ولم تخلّف الأمطار الغزيرة والسيول أي إصابات أو وفيات، بينما سُجلت بلاغات عدة عن أضرار مادية، لا سيما في البيوت الواقعة في مناطق منخفضة وقريبة من الأودية ومخرات السيول التي غمرتها المياه.
وتعيش محافظة مطروح ومناطق الساحل الشمالي، اليوم الخميس، أجواء غائمة مع أمطار خفيفة متقطعة، بعد أن خفت غزارتها خلال فترة المساء، وهي الغزارة التي أحدثت تجمعات كبيرة للمياه في بعض المناطق وتحولت إلى سيول في الأودية ومخرات السيول.
""", [
    ev("floods-hit", "غمرت مياه الأمطار الغزيرة التي هطلت خلال فترة المساء حي الزهور", FLOOD[0], "'خلال فترة المساء' before 'اليوم الخميس' = the evening of Wed 4 Oct 2023 into the night (span 4-5)", end=FLOOD[1]),
    ev("water-removal", "وتعمل أجهزة المحافظة على سحب تجمعات المياه", CLEAR[0], "present tense on Thu 5 Oct 2023; the removal lasted until before the governor's visit of Sun 8 Oct (span 5-8)", end=CLEAR[1]),
    ev("houses-damaged", "بينما سُجلت بلاغات عدة عن أضرار مادية", FLOOD[0], "no own expression; the damage of the floods of the night of 4-5 Oct 2023", end=FLOOD[1]),
    ev("light-rain-thursday", "اليوم الخميس، أجواء غائمة مع أمطار خفيفة متقطعة", "2023-10-05", "'اليوم الخميس' = Thu 5 Oct 2023"),
])
art(S, "https://arabkhabar.com/a/848269",
    "2023-10-08", "page line 'تاريخ النشر: 8th, October 2023 GMT' (kept as second line; 8 Oct 2023 was a Sunday); the body's 'اليوم الأحد' agrees; headline kept from the page (re-worded); the source tag 'المصدر: الوطن', the key words and the run-in sub-heading dropped", True, """
محافظ مطروح يتفقد أعمال تسوية الشوارع التي أضرتها السيول
تاريخ النشر: 8th, October 2023 GMT
تابع اللواء خالد شعيب، محافظ مطروح، أعمال تسوية الشوارع الترابية الجانبية ورفع كفاءتها في منطقة الكيلو 4، وهي الشوارع التي تضررت من تراكم مياه الأمطار خلال الأيام الماضية ومن مياه السيول التي بلغت المنطقة ثم جرى سحبها بسرعة من جانب المحافظة.
وتوجه محافظ مطروح، اليوم الأحد، إلى الكيلو 4 شرق المدينة برفقة العميد عمرو عبد المجيد رئيس مدينة مرسى مطروح والمهندس محمد العشري مدير مديرية الطرق وعدد من المقاولين المشاركين في أعمال التمهيد، ووجّه بتسريع العمل بما يسهل حركة الأهالي ويحول دون تجمع المياه بعد ذلك، موضحا أن الشوارع ستُسوّى ثم توضع طبقة أساس وتُدك التربة وتثبت تمهيدا لرصفها خلال الخطط القادمة.
واستمع المحافظ إلى عدد من سكان المنطقة، وأكد الانتهاء من إزالة كل التراكمات من بؤر تجمع مياه سيول مرسى مطروح، والعمل على تحسين حالة الشوارع لتيسير حركة المواصلات والمواطنين، مع حصر كل الأضرار التي خلفتها السيول وتلقي مديرية التضامن الاجتماعي أي شكوى بشأنها ومعاينتها.
""", [
    ev("floods-hit", "ومن مياه السيول التي بلغت المنطقة", FLOOD[0], "'خلال الأيام الماضية' from Sun 8 Oct = the floods of the night of 4-5 Oct 2023", end=FLOOD[1]),
    ev("water-removal", "ثم جرى سحبها بسرعة من جانب المحافظة", CLEAR[0], "no own expression; the removal of Thu 5 - Sun 8 Oct 2023", end=CLEAR[1]),
    ev("governor-visit-km4", "وتوجه محافظ مطروح، اليوم الأحد، إلى الكيلو 4", "2023-10-08", "'اليوم الأحد' = Sun 8 Oct 2023"),
    ev("paving-planned", "تمهيدا لرصفها خلال الخطط القادمة", "2023-10-08", "'خلال الخطط القادمة' = some time after Sun 8 Oct 2023 (my span to the end of 2024)", end="2025-01-01"),
    ev("damage-survey", "مع حصر كل الأضرار التي خلفتها السيول", FLOOD[0], "no own expression; the survey of the damage, begun with the floods (shorouk 'جار حصرها') and still going on Sun 8 Oct 2023 (my span 4-8 Oct)", end=CLEAR[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 412
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

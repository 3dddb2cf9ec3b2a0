"""Builds stories.jsonl: the 271-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories266/make_stories.py). Domain: traffic laws, speed cameras, traffic fines and driving
licences: the Egyptian cabinet's amendment of the traffic law to toughen penalties (December 2025), Jordan's
30 % discount on traffic fines (February 2026), the phased entry into force of Lebanon's new traffic law
(April 2015), the start of Baghdad's smart traffic cameras (July 2025) and the Baghdad protest against the
electronic fines they produced (November 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-traffic-law-penalties-amendment-2025
S = "egypt-traffic-law-penalties-amendment-2025"
LAW_1973 = ("1973-01-01", "1974-01-01")          # the traffic law No. 66 of 1973
REGIONAL_CRASH = ("2025-06-27", "2025-07-06")    # the deadly crashes on the Regional Ring Road (Fri 27 Jun, Sat 5 Jul 2025)
art(S, "https://masralyoum.net/9233457?source=true",
    "2025-12-24", "page line 'كتبت هند مختار الأربعاء، 24 ديسمبر 2025 03:49 م' at the head of the stored text (its date and time kept as first line; 24 Dec 2025 was a Wednesday); byline dropped; headline written from the body (the stored text has none); the last sentence cut to its last complete clause where the stored text breaks off ('ولا تزيد على ع...')", True, """
الأربعاء، 24 ديسمبر 2025 03:49 م
مجلس الوزراء يوافق على تغليظ عقوبات قانون المرور
يستعد رئيس الوزراء الدكتور مصطفى مدبولي لعقد مؤتمر صحفي بعد قليل يستعرض فيه أهم القرارات التي اتخذتها الحكومة.
ووافق مجلس الوزراء على مشروع قانون يعدّل عددًا من أحكام قانون المرور الصادر بالقانون رقم 66 لسنة 1973، بهدف تشديد العقوبات على جرائم مرورية بعينها وتعزيز الردع العام للحد من حوادث الطرق والمواصلات العامة.
وامتد التعديل إلى عدة مواد، إذ تقضي المادة (54/ فقرة أولى) في صيغتها الجديدة بضبط أي مركبة إداريًا إذا سارت في الطريق بلا ترخيص أو بعد فوات مواعيد تجديده، مع استحقاق الضريبة السنوية كاملة عنها من تاريخ شرائها أو إدخالها البلاد أو من اليوم التالي لانتهاء الضريبة السابقة بحسب الحال.
كما تُفرض عليها ضريبة إضافية تعادل ثلث الضريبة السنوية من تاريخ انتهاء الترخيص، بحد أقصى خمس سنوات لكل من الضريبتين الأصلية والإضافية.
وتقضي المادة (70 مكررًا فقرة ثانية) بعد تعديلها بمعاقبة قائد أي من هذه المركبات إذا خالف مسار السير المحدد على تلك الطرق أو تجاوز السرعة المقررة بغرامة لا تقل عن ألفي جنيه.
""", [
    ev("pm-press-conference", "لعقد مؤتمر صحفي بعد قليل", "2025-12-24", "'بعد قليل' from the page time 03:49 p.m. of Wed 24 Dec 2025 = the same afternoon"),
    ev("cabinet-approval", "ووافق مجلس الوزراء على مشروع قانون", "2025-12-24", "no own expression; the cabinet's (72nd) meeting of Wed 24 Dec 2025, the day of the page line (other reports: 'اليوم الأربعاء الموافق 24 ديسمبر 2025')"),
    ev("law-1973", "قانون المرور الصادر بالقانون رقم 66 لسنة 1973", LAW_1973[0], "'لسنة 1973': the year the traffic law No. 66 was issued (span of the year 1973)", end=LAW_1973[1]),
])
art(S, "https://www.elbalad.news/6812247",
    "2025-12-24", "stamp 'date 2025-12-24' at the head of the stored page (not kept in the text); the statement comments on the cabinet approval of Wed 24 Dec 2025; headline written from the body (the stored text has none); no date of its own in the text", False, """
نائب: تعديلات قانون المرور خطوة ضرورية لفرض الانضباط
قال النائب يحيى كدواني، عضو لجنة الدفاع والأمن القومي بمجلس النواب، إن مشروع تعديل قانون المرور الذي أقره مجلس الوزراء خطوة لا بد منها لفرض الانضباط المروري والتصدي للفوضى التي تعرفها بعض الطرق.
وبيّن كدواني، في تصريحات خاصة، أن التساهل مع المخالفات المرورية لم يعد ممكنًا مع التكدس المروري والارتفاع الكبير في عدد السيارات، وهو ما يتطلب عقوبات أشد تردع السلوكيات الخاطئة على الطرق العامة.
ولفت إلى أن الدولة تسعى إلى مواكبة المستجدات الحالية بتحديث التشريعات المرورية، وأن تشديد العقوبات بات أمرًا لا غنى عنه.
وأضاف أن مجلس النواب كان قد ناقش مشروع قانون لتعديل أحكام المرور وتغليظ العقوبات، غير أن الحكومة سحبته في وقت سابق، معتبرًا أن عودة هذه التعديلات تعكس وعيًا حقيقيًا بضرورة الحسم في ملف المرور مع تزايد الضغط على شبكة الطرق.
وأكد كدواني أن تطبيق التعديلات الجديدة سيساعد على خفض الحوادث وتعزيز الأمان والانضباط في الشارع المصري.
""", [
    ev("kadwani-statement", "قال النائب يحيى كدواني", "2025-12-24", "no own expression; the statement reported on the stamp day, Wed 24 Dec 2025"),
    ev("cabinet-approval", "مشروع تعديل قانون المرور الذي أقره مجلس الوزراء", "2025-12-24", "no own expression; the cabinet approval of Wed 24 Dec 2025"),
])
art(S, "https://shbabbek.com/show/263599",
    "2025-12-24", "no stamp on the stored page; the body's 'اليوم الأربعاء الموافق 24 ديسمبر 2025' (24 Dec 2025 was a Wednesday) gives the day, and the text states it in full; the sub-heading 'ملامح التعديلات الجديدة على قانون المرور' dropped", True, """
تعديلات قانون المرور في ديسمبر 2025.. عقوبات مشددة
وافق مجلس الوزراء، في اجتماعه الثاني والسبعين الذي رأسه الدكتور مصطفى مدبولي اليوم الأربعاء الموافق 24 ديسمبر 2025، على حزمة واسعة من التعديلات التشريعية لتشديد عقوبات قانون المرور.
وترمي هذه التعديلات إلى فرض الانضباط في الشارع المصري والحد من حوادث الطرق التي تحصد أرواح المئات سنويا.
وتندرج هذه الخطوات القانونية في إطار تقوية الردع العام، إذ وضعت الدولة قواعد أشد للتعامل مع المخالفات الجسيمة التي تهدد حياة المواطنين وسلامة البنية التحتية.
وتسعى التعديلات المقترحة على القانون رقم 66 لسنة 1973 إلى سد الثغرات التي كانت تترك بعض المخالفات بلا عقاب رادع، وتركز المادة (54) على الضبط الإداري للمركبات التي تسير دون تراخيص.
ويلزم التشريع الجديد المخالفين بدفع الضريبة السنوية كاملة وضريبة إضافية تساوي ثلث قيمتها، بحد أقصى يصل إلى 5 سنوات، حتى يحرص مالكو المركبات على تجديد أوراقهم في المواعيد المحددة قانونا.
""", [
    ev("cabinet-approval", "الذي رأسه الدكتور مصطفى مدبولي اليوم الأربعاء الموافق 24 ديسمبر 2025", "2025-12-24", "'اليوم الأربعاء الموافق 24 ديسمبر 2025' (a Wednesday)"),
    ev("law-1973", "التعديلات المقترحة على القانون رقم 66 لسنة 1973", LAW_1973[0], "'لسنة 1973': the year the traffic law No. 66 was issued (span of the year 1973)", end=LAW_1973[1]),
])
art(S, "https://www.masrawy.com/news/news_egypt/details/2025/12/25/2913948/%D9%85%D9%88%D8%B9%D8%AF-%D8%AA%D8%B7%D8%A8%D9%8A%D9%82-%D8%B2%D9%8A%D8%A7%D8%AF%D8%A9-%D8%BA%D8%B1%D8%A7%D9%85%D8%A9-%D8%A7%D9%84%D8%B3%D8%B1%D8%B9%D8%A9-%D8%A7%D9%84%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D9%82%D8%B1%D9%8A%D8%B7%D9%85-%D9%8A%D9%83%D8%B4%D9%81-%D8%A7%D9%84%D8%AA%D9%81%D8%A7%D8%B5%D9%8A%D9%84",
    "2025-12-25", "date in the URL '/2025/12/25/' and stamp 'date 2025-12-25' on the stored page; the body's 'أمس الأربعاء 24 ديسمبر 2025' agrees (25 Dec 2025 was a Thursday); headline rendered from the URL slug; the last, truncated sentence cut to its complete clause; no publication date of its own in the text", False, """
موعد تطبيق زيادة غرامة السرعة الجديدة.. قريطم يكشف التفاصيل
أوضح اللواء مدحت قريطم، مساعد وزير الداخلية الأسبق لقطاع الشرطة المتخصصة، متى تدخل التعديلات الجديدة المشددة لعقوبات بعض المخالفات المرورية حيز التطبيق، مبينًا أن مشروع القانون سيُحال إلى مجلس النواب المقبل في أول دور انعقاد له ليناقشه ويقره أو يعدله.
وكانت الحكومة قد وافقت أمس الأربعاء 24 ديسمبر 2025 على مشروع قانون يعدّل بعض أحكام قانون المرور الصادر بالقانون رقم 66 لسنة 1973 لتغليظ العقوبات على عدد من الجرائم المرورية.
وذكر قريطم، في تصريحات لمصراوي، أن التعديلات جاءت إثر حوادث جسيمة وقعت على الطرق مؤخرًا، ومنها حادث الطريق الإقليمي، وهو ما دعا إلى دراسات موسعة لمعرفة أسبابها، وفي مقدمتها الاستهتار المروري ومشكلات رخص القيادة وحالة المركبات.
وأشار إلى أن لجان المرور شرعت بالفعل في تحديد الأسباب الحقيقية للحوادث، مؤكدًا أن التذرع بالأعطال الفنية كعدم صلاحية الفرامل لم يعد مقبولًا لتبرير المخالفات.
""", [
    ev("quraitem-statement", "أوضح اللواء مدحت قريطم", "2025-12-24", "no own expression; the statement to Masrawy, published Thu 25 Dec 2025 and possibly given on the evening of Wed 24: my span 24-25 Dec", end="2025-12-26"),
    ev("parliament-review", "سيُحال إلى مجلس النواب المقبل في أول دور انعقاد له", "2026-01-12", "'في أول دور انعقاد له' of the House elected in late 2025: its first ordinary session, opened on Mon 12 Jan 2026 (masrawy, vetogate of that day) and running to the summer (my span 12 Jan - 31 Jul 2026)", end="2026-08-01"),
    ev("cabinet-approval", "وكانت الحكومة قد وافقت أمس الأربعاء 24 ديسمبر 2025", "2025-12-24", "'أمس الأربعاء 24 ديسمبر 2025' from Thu 25 Dec = Wed 24 Dec 2025"),
    ev("law-1973", "قانون المرور الصادر بالقانون رقم 66 لسنة 1973 لتغليظ", LAW_1973[0], "'لسنة 1973': the year the traffic law No. 66 was issued (span of the year 1973)", end=LAW_1973[1]),
    ev("regional-road-crash", "ومنها حادث الطريق الإقليمي", REGIONAL_CRASH[0], "no own expression ('مؤخرًا'); the deadly crashes on the Regional Ring Road of summer 2025 (Fri 27 Jun 2025, 19 dead in Menoufia, and Sat 5 Jul 2025): outside knowledge, my span 27 Jun - 5 Jul", end=REGIONAL_CRASH[1]),
])

# ---------------------------------------------------------------- jordan-traffic-fines-discount-2026
S = "jordan-traffic-fines-discount-2026"
WINDOW = ("2026-02-17", "2026-04-19")   # 60 days to pay with the discount, from the decision of Tue 17 Feb 2026
art(S, "https://daqiqahnews.com/archives/444808",
    "2026-02-17", "no stamp on the stored page: 'اليوم الثلاثاء' for the cabinet session that decided the discount, dated Tue 17 Feb 2026 by the cut-off 'قبل تاريخ 17 شباط 2026' and by the other reports (watananews stamp 2026-02-17, alwakeel 'أمس الثلاثاء' on Wed 18 Feb); the placeholder '{title}', the byline 'أخبار دقيقة' and the sub-heading 'حوافز لتشجيع السائقين' dropped; no publication date of its own in the text", False, """
خصم 30% لمخالفي السير عند السداد المبكر
وافق مجلس الوزراء اليوم الثلاثاء، في جلسة ترأسها رئيس الوزراء الدكتور جعفر حسان، على مشروع نظام جديد يشجع السائقين على التقيد بقواعد المرور وييسر سداد المخالفات.
وأفادت مصادر مطلعة بأن النظام يتضمن خصومات على قيم المخالفات المرورية المترتبة على المخالفين قبل تاريخ 17 شباط 2026.
وبحسب المصادر، يندرج القرار ضمن مساعي الحكومة لرفع مستوى السلامة المرورية وحث السائقين على ترخيص مركباتهم في مواعيدها القانونية.
ويحصل كل من ارتكب مخالفة سير بموجب النظام الجديد على خصم نسبته 30% من مجموع قيمة مخالفاته، على أن يسددها خلال 60 يوما.
وذكرت المصادر أن المجلس وافق على الأسباب الموجبة لمشروع نظام رفع مستوى السلامة المرورية والحوافز التشجيعية للسائقين لسنة 2026، وأحاله إلى ديوان التشريع والرأي لاستكمال إجراءاته القانونية.
ويمنح المشروع السائقين حوافز وخصومات دائمة إذا لم يرتكبوا مخالفات أو إذا سددوا قيمها مبكرا.
""", [
    ev("cabinet-decision", "وافق مجلس الوزراء اليوم الثلاثاء", "2026-02-17", "'اليوم الثلاثاء' = Tue 17 Feb 2026 (the session's day)"),
    ev("discount-window", "على أن يسددها خلال 60 يوما", WINDOW[0], "'خلال 60 يوما' from the decision of Tue 17 Feb 2026: 17 Feb - 18 Apr 2026 (my span)", end=WINDOW[1]),
    ev("regulation-referral", "وأحاله إلى ديوان التشريع والرأي", "2026-02-17", "no own expression; the same session of Tue 17 Feb 2026"),
])
art(S, "https://www.alwakeelnews.com/Section_24/%D8%AE%D8%A7%D8%B5-%D8%A8%D8%A7%D9%84%D9%88%D9%83%D9%8A%D9%84/%D9%85%D8%B5%D8%AF%D8%B1-%D8%A2%D9%84%D9%8A%D8%A9-%D8%AE%D8%B5%D9%85-%D9%85%D8%AE%D8%A7%D9%84%D9%81%D8%A7%D8%AA-%D8%A7%D9%84%D8%B3%D9%8A%D8%B1-%D9%82%D9%8A%D8%AF-%D8%A7%D9%84%D8%A5%D8%B9%D8%AF%D8%A7%D8%AF-%D9%88%D8%A7%D9%84%D8%A5%D8%B9%D9%84%D8%A7%D9%86-%D8%B9%D9%86-%D8%AA%D8%B7%D8%A8%D9%8A%D9%82%D9%87%D8%A7-%D9%82%D8%B1%D9%8A%D8%A8%D8%A7_764715",
    "2026-02-18", "page time line 'الأربعاء، 18-02-2026 10:19 ص' under the headline (kept as first line; 18 Feb 2026 was a Wednesday); the body's 'أمس الثلاثاء' agrees; the source tag 'الوكيل الإخباري-' and a repeated paragraph dropped; the last, truncated sentence cut to its complete clause", True, """
الأربعاء، 18-02-2026 10:19 ص
مصدر: آلية خصم مخالفات السير قيد الإعداد والإعلان عن تطبيقها قريباً
قال مصدر إن العمل على آلية خصم مخالفات السير ما زال جاريًا حالياً، وإن بدء الاستفادة من القرار سيُعلن فور استكمال الإجراءات اللازمة.
وبيّن أن إدارة السير وأمانة عمّان وإدارة الترخيص وبلديات المملكة تنسق فيما بينها لوضع الآلية التنفيذية موضع التطبيق.
وأضاف المصدر لـ"الوكيل الإخباري" أن القرار لا يشمل المخالفات التي سُددت قبل تاريخ 17 شباط.
وكان مجلس الوزراء الأردني قد قرر في جلسته التي عُقدت أمس الثلاثاء برئاسة رئيس الوزراء جعفر حسان منح خصومات على قيم المخالفات المرورية المستحقة قبل تاريخ 17 شباط 2026.
ويحصل بموجب القرار كل من ارتكب مخالفة سير على خصم نسبته 30% من إجمالي قيمة مخالفاته، بشرط سدادها خلال 60 يوماً.
وتلقى برنامج «الوكيل» استفسارات كثيرة من المواطنين عن طريقة تطبيق الخصم، خصوصًا بشأن المخالفات المحوّلة إلى المحاكم.
""", [
    ev("mechanism-in-preparation", "العمل على آلية خصم مخالفات السير ما زال جاريًا حالياً", "2026-02-18", "'حالياً' = the morning of Wed 18 Feb 2026 (the time line 10:19)"),
    ev("discount-applied", "وإن بدء الاستفادة من القرار سيُعلن", "2026-02-18", "no own expression; the start was announced later the same day, Wed 18 Feb 2026 (Greater Amman Municipality, watananews)"),
    ev("cabinet-decision", "قرر في جلسته التي عُقدت أمس الثلاثاء", "2026-02-17", "'أمس الثلاثاء' from Wed 18 Feb = Tue 17 Feb 2026"),
    ev("discount-window", "بشرط سدادها خلال 60 يوماً", WINDOW[0], "'خلال 60 يوماً' from the decision of Tue 17 Feb 2026: 17 Feb - 18 Apr 2026 (my span)", end=WINDOW[1]),
])
art(S, "https://watananews.com/513582/",
    "2026-02-18", "stamp 'date 2026-02-18' at the head of the stored page (not kept in the text); the body's 'الأربعاء' and 'منذ صباح اليوم' agree (18 Feb 2026 was a Wednesday); the source tag 'وطنا اليوم:' and the truncated last line dropped; headline written from the body (the stored text has none); no publication date of its own in the text", False, """
أمانة عمّان تبدأ تطبيق خصم الـ30% على المخالفات المرورية
أعلنت أمانة عمّان الكبرى، الأربعاء، أنها بدأت تنفيذ قرار مجلس الوزراء بمنح خصم نسبته 30% على قيمة المخالفات المرورية المستحقة قبل تاريخ 17 شباط 2026 لكل من يسدد ما عليه من مخالفات خلال 60 يوما.
وذكر مصدر في الأمانة أن الفرق المختصة شرعت منذ صباح اليوم في إدراج الخصم الحكومي البالغ 30% من مجموع قيمة المخالفات، بشرط دفعها خلال 60 يوماً.
وبيّن المصدر أن الخصم سيظهر على المخالفات بصورة تدريجية، مؤكدًا أن الأمانة حريصة على إتمام الإجراءات بأسرع وقت ممكن ليستفيد المواطنون من القرار ضمن المهلة المحددة.
من جهته، قال مدير إدارة السير في مديرية الأمن العام العميد رائد العساف إن قرار مجلس الوزراء جاء حرصًا على تعزيز السلامة المرورية وتشجيع مالكي المركبات على تجديد تراخيصها ضمن المدة القانونية.
وأضاف العساف أن تجديد الترخيص يضمن خضوع المركبات للفحص الفني والتثبت من صلاحيتها للسير، بما يسهم مباشرة في الحد من الحوادث المرورية.
""", [
    ev("amman-announcement", "أعلنت أمانة عمّان الكبرى، الأربعاء", "2026-02-18", "'الأربعاء' = Wed 18 Feb 2026 (the stamp day)"),
    ev("discount-applied", "شرعت منذ صباح اليوم في إدراج الخصم", "2026-02-18", "'منذ صباح اليوم' = from the morning of Wed 18 Feb 2026"),
    ev("discount-window", "لكل من يسدد ما عليه من مخالفات خلال 60 يوما", WINDOW[0], "'خلال 60 يوما' from the decision of Tue 17 Feb 2026: 17 Feb - 18 Apr 2026 (my span)", end=WINDOW[1]),
    ev("cabinet-decision", "إن قرار مجلس الوزراء جاء حرصًا", "2026-02-17", "no own expression; the cabinet decision of Tue 17 Feb 2026"),
    ev("assaf-statement", "قال مدير إدارة السير في مديرية الأمن العام العميد رائد العساف", "2026-02-18", "no own expression; the statement reported on Wed 18 Feb 2026 (quoted by Al-Mamlaka TV the same day)"),
])

# ---------------------------------------------------------------- lebanon-new-traffic-law-phases-2015
S = "lebanon-new-traffic-law-phases-2015"
PHASE1 = ("2015-04-22", "2015-05-01")   # 22-4-2015 to 30-4-2015
PHASE2 = ("2015-05-01", "2015-06-01")   # 1/5/2015 to 31/5/2015
art(S, "https://www.leb-ad.com/2641/",
    "2015-04-22", "no stamp on the stored page: 'بدأ اليوم ... تطبيق قانون السير الجديد' for the start of the law, which began on Wed 22 Apr 2015 (al-akhbar: 'المرحلة الأولى من القانون التي تمتد من 22-4-2015'); headline written from the body (the stored text has none); the last, truncated tweet dropped; the citizen's tweet kept verbatim as a quote; no date of its own in the text", False, """
قانون السير الجديد يدخل حيز التطبيق في لبنان
انطلق اليوم تطبيق قانون السير الجديد في المناطق اللبنانية كافة، وانتشرت حواجز قوى الأمن الداخلي على الطرقات وعند المداخل الرئيسية، فتراجعت كثافة السيارات في مناطق عدة فيما ازدحم السير أمام فروع المعاينة الميكانيكية.
واعتصم عدد من السائقين غير العموميين في ساحة النجمة في صيدا رفضًا لمنعهم من العمل بموجب القانون الجديد مع بدء سريانه.
وفي طرابلس، قطع شبان الطريق بالإطارات في منطقة باب الحديد لبعض الوقت احتجاجًا على بدء العمل بالقانون، بينما أقامت عناصر قوى الأمن حواجز توعية في أنحاء المدينة.
وتناول رواد مواقع التواصل الاجتماعي القانون الجديد بأسلوب ساخر عبّروا فيه عن انزعاجهم.
وسألت عضو المكتب السياسي في تيار "المردة" فيرا يمين في تغريدة على "تويتر" عما إذا كانت المواكب الرسمية ستلتزم بقانون السير.
أما المواطن بلال لبان فكتب: "انتو أكيدين إنه اليوم بلش قانون السير الجديد بلبنان؟ صرلي ساعة ماشي بالشوارع ما شفت شي".
""", [
    ev("law-enforcement-start", "انطلق اليوم تطبيق قانون السير الجديد", "2015-04-22", "'اليوم' = Wed 22 Apr 2015, the first day of the law (the publication day)"),
    ev("isf-checkpoints", "وانتشرت حواجز قوى الأمن الداخلي", "2015-04-22", "no own expression; the same first day, Wed 22 Apr 2015"),
    ev("inspection-rush", "ازدحم السير أمام فروع المعاينة الميكانيكية", "2015-04-22", "no own expression; the same first day, Wed 22 Apr 2015"),
    ev("saida-sit-in", "واعتصم عدد من السائقين غير العموميين", "2015-04-22", "no own expression; the same first day, Wed 22 Apr 2015"),
    ev("tripoli-road-block", "قطع شبان الطريق بالإطارات", "2015-04-22", "no own expression; the same first day, Wed 22 Apr 2015"),
])
art(S, "https://beta.al-akhbar.com/Home_Page/19621/%D8%A7%D9%84%D8%AA%D8%B7%D8%A8%D9%8A%D9%82-%D8%B9%D9%84%D9%89-%D9%85%D8%B1%D8%AD%D9%84%D8%AA%D9%8A%D9%86-%D9%87%D9%86%D8%A7%D9%83-%D9%85%D8%AA%D8%B3%D8%B9-%D9%85%D9%86-%D8%A7%D9%84%D9%88%D9%82",
    "2015-04-23", "no stamp on the stored page: 'يوم أمس' for the first day of the law and 'دخلنا أمس في المرحلة الأولى من القانون التي تمتد من 22-4-2015' = Thu 23 Apr 2015; headline rendered from the URL slug ('التطبيق على مرحلتين: هناك متسع من الوق...', completed); the last, truncated sentence dropped; no publication date of its own in the text", False, """
التطبيق على مرحلتين: هناك متسع من الوقت
يوم أمس، اعتقد اللبنانيون أن قانون السير الجديد صار نافذًا بكامل أحكامه، فتدفقوا بأعداد كبيرة على مراكز المعاينة التي غصّت بالسيارات فوق طاقتها الاستيعابية، وأسرعوا إلى شراء أجهزة الإطفاء والمثلثات التحذيرية خشية الغرامات.
واستغل التجار ذلك فرفعوا الأسعار بنسب كبيرة، ما حمل المديرية العامة لقوى الأمن الداخلي ـ شعبة العلاقات العامة على إصدار بيان توضيحي أكدت فيه أن عناصر السير لن يحرروا محاضر بحق السائقين الذين لا يملكون المثلث التحذيري وجهاز الإطفاء قبل ثلاثة أشهر على الأقل.
وأوضحت أن المحاضر بحق المركبات المتخلفة عن دفع رسوم السير السنوية ستُنظَّم ابتداءً من تاريخ 1/6/2015.
وفي الواقع، دخلنا أمس في المرحلة الأولى من القانون التي تمتد من 22-4-2015 الى 30-4-2015.
وبحسب رئيس شعبة العلاقات العامة في المديرية المقدم جوزيف مسلم، ستُقمع في هذه المرحلة مخالفات السرعة الزائدة والقيادة تحت تأثير الكحول أو المخدرات والقيادة المتهورة للدراجات ومخالفات القرار الإداري المتعلق بسير الدراجات والشاحنات خارج أوقات الدوام.
""", [
    ev("inspection-rush", "فتدفقوا بأعداد كبيرة على مراكز المعاينة", "2015-04-22", "'يوم أمس' from Thu 23 Apr = Wed 22 Apr 2015"),
    ev("isf-clarification", "إصدار بيان توضيحي", "2015-04-22", "no own expression; the statement that answered the rush of 'يوم أمس' (Wed 22 Apr 2015): my span 22-23 Apr", end="2015-04-24"),
    ev("annual-fees-tickets", "ابتداءً من تاريخ 1/6/2015", "2015-06-01", "'ابتداءً من تاريخ 1/6/2015' = from Mon 1 Jun 2015 (its first day)"),
    ev("law-enforcement-start", "دخلنا أمس في المرحلة الأولى من القانون", "2015-04-22", "'أمس' from Thu 23 Apr = Wed 22 Apr 2015"),
    ev("phase-one", "التي تمتد من 22-4-2015 الى 30-4-2015", PHASE1[0], "'من 22-4-2015 الى 30-4-2015': Wed 22 - Thu 30 Apr 2015", end=PHASE1[1]),
])
art(S, "http://www.naharnet.com/stories/ar/177376-%D9%82%D8%A7%D9%86%D9%88%D9%86-%D8%A7%D9%84%D8%B3%D9%8A%D8%B1-%D8%A7%D9%84%D8%AC%D8%AF%D9%8A%D8%AF-%D9%8A%D8%AF%D8%AE%D9%84-%D9%85%D8%B1%D8%AD%D9%84%D8%AA%D8%A9-%D8%A7%D9%84%D8%AB%D8%A7%D9%86%D9%8A%D8%A9-%D8%A7%D9%84%D8%AC%D9%85%D8%B9%D8%A9-%D9%85%D8%AD%D8%A7%D8%B6%D8%B1-%D9%81%D9%8A-%D9%85%D8%AE%D8%A7%D9%84%D9%81%D8%A7%D8%AA-%D9%85%D9%86-%D9%86%D9%88%D8%B9-%D8%A7%D8%AE%D8%B1",
    "2015-04-30", "no stamp on the stored page: 'يوم غد الجمعة' for the second phase, which the statement starts 'اعتباراً من تاريخ 1/5/2015' (Fri 1 May 2015) = Thu 30 Apr 2015; the line 'Read this story in English' and the last, truncated list item dropped; no publication date of its own in the text", False, """
قانون السير الجديد يدخل مرحلته الثانية الجمعة
مع انتهاء المرحلة الأولى من تنفيذ قانون السير الجديد، ينتقل القانون إلى مرحلته الثانية يوم غد الجمعة، وستُحرَّر خلالها محاضر في مخالفات غير تلك التي شملتها المرحلة الأولى.
وأوضحت المديرية العامة لقوى الامن الداخلي في بيان أن مفارز السير والقطعات الإقليمية التي تطبق القانون بالتدرج ستبدأ تنفيذ المرحلة الثانية اعتباراً من تاريخ 1/5/2015 لغاية تاريخ 31/5/2015.
وأشار البيان إلى أن محاضر ستُنظم خلال هذه المرحلة في مخالفات أخرى، إضافة إلى مخالفات المرحلة الأولى كالسرعة الزائدة والقيادة تحت تأثير الكحول أو المخدرات والقيادة المتهورة للدراجات النارية ومخالفة القرار الإداري الخاص بسير الدراجات النارية والشاحنات خارج أوقات الدوام.
وتشمل المخالفات الجديدة عدم وضع حزام الأمان في المقاعد الأمامية، وعدم اعتمار الخوذة لسائقي الدراجات النارية، وتجاوز الإشارة الحمراء، والسير بعكس اتجاه السير.
""", [
    ev("phase-one", "مع انتهاء المرحلة الأولى من تنفيذ قانون السير الجديد", PHASE1[0], "no own expression; the first phase, Wed 22 - Thu 30 Apr 2015 (al-akhbar: 'من 22-4-2015 الى 30-4-2015')", end=PHASE1[1]),
    ev("phase-two-start", "ينتقل القانون إلى مرحلته الثانية يوم غد الجمعة", "2015-05-01", "'يوم غد الجمعة' from Thu 30 Apr = Fri 1 May 2015"),
    ev("isf-phase-two-statement", "وأوضحت المديرية العامة لقوى الامن الداخلي في بيان", "2015-04-29", "no own expression; the statement issued on the eve of the second phase, reported on Thu 30 Apr 2015: my span 29-30 Apr", end="2015-05-01"),
    ev("phase-two", "اعتباراً من تاريخ 1/5/2015 لغاية تاريخ 31/5/2015", PHASE2[0], "'اعتباراً من تاريخ 1/5/2015 لغاية تاريخ 31/5/2015': Fri 1 - Sun 31 May 2015", end=PHASE2[1]),
])

# ---------------------------------------------------------------- iraq-baghdad-smart-cameras-start-2025
S = "iraq-baghdad-smart-cameras-start-2025"
SABAH = ("2025-06-30", "2025-07-02")   # Udai Samir's statement to al-Sabah, printed on Tue 1 Jul 2025
art(S, "https://naynawaalghad.tv/view.php?category=2&id=30049",
    "2025-07-01", "no stamp on the stored page; the body's 'اليوم الثلاثاء، ( 1 يوليو 2025 )' gives the day (1 Jul 2025 was a Tuesday) and the text states it in full; the line 'المحرر: | عدد المشاهدات: 10' dropped; headline written from the body (the stored text has none); the last, truncated sentence cut to its complete clause", True, """
الداخلية تفعّل الكاميرات الذكية في خمسة تقاطعات ببغداد
شغّلت وزارة الداخلية، اليوم الثلاثاء، ( 1 يوليو 2025 ) منظومة الكاميرات الذكية في خمسة تقاطعات حيوية ببغداد وعلى تقاطعي سريع محمد القاسم واليوسفية، في خطوة تستهدف تنظيم حركة المرور بدقة عالية وخفض المخالفات والحوادث.
ودعت الوزارة المواطنين إلى استعمال تطبيق "عين العراق" للاستعلام عن المخالفات وتجديد رخص القيادة ونقل ملكية المركبات بيسر.
وقال مدير المرور العامة اللواء عدي سمير إن الوزارة بدأت تشغيل الكاميرات الحديثة في التقاطعات الخمسة بعد فترة تجربة مكثفة رُصدت خلالها أبرز الملاحظات وعولجت بالتنسيق مع الشركة المنفذة، لتتمكن مديرية المرور من رصد كل المخالفات التي ينص عليها القانون بدقة بالغة.
وبيّن سمير أن النظام قادر على تسجيل أكثر من مخالفة في الوقت نفسه، كتجاوز السرعة المحددة واستعمال الهاتف المحمول أثناء القيادة والسير بعكس الاتجاه، فضلًا عن مخالفات سلامة الركاب كجلوس الأطفال بجانب السائق أو في أحضان الركاب.
وأشار إلى أن السائقين جميعًا يعرفون المخالفات المرورية جيدًا، إذ خضعوا لتدريب نظري وعملي وحصلوا على رخص القيادة.
""", [
    ev("cameras-activated", "شغّلت وزارة الداخلية، اليوم الثلاثاء، ( 1 يوليو 2025 )", "2025-07-01", "'اليوم الثلاثاء، ( 1 يوليو 2025 )' (a Tuesday)"),
    ev("app-call", "ودعت الوزارة المواطنين إلى استعمال تطبيق", "2025-07-01", "no own expression; part of the ministry's announcement of Tue 1 Jul 2025"),
    ev("samir-al-sabah-statement", "وقال مدير المرور العامة اللواء عدي سمير", SABAH[0], "no own expression; Udai Samir's statement to the official paper al-Sabah, printed on Tue 1 Jul 2025 (almaali): my span 30 Jun - 1 Jul", end=SABAH[1]),
])
art(S, "https://www.almaali-iraq.com/%d8%aa%d9%81%d8%b9%d9%8a%d9%84-%d9%86%d8%b8%d8%a7%d9%85-%d8%a7%d9%84%d9%83%d8%a7%d9%85%d9%8a%d8%b1%d8%a7%d8%aa-%d8%a7%d9%84%d8%b0%d9%83%d9%8a%d8%a9-%d9%81%d9%8a-%d8%a8%d8%ba%d8%af%d8%a7%d8%af",
    "2025-07-01", "no stamp on the stored page: 'اليوم الثلاثاء' for the activation of the cameras, which the ministry had fixed for 1 Jul 2025 ('الأول من شهر تموز 2025', Baghdad Today of 19 Jun) and which naynawaalghad dates 'اليوم الثلاثاء، ( 1 يوليو 2025 )' = Tue 1 Jul 2025; headline rendered from the URL slug; the last, truncated sentence ('المرحلة القادمة من المشروع ستشمل تركي...') dropped; no date of its own in the text", False, """
تفعيل نظام الكاميرات الذكية في بغداد
تبدأ وزارة الداخلية، اليوم الثلاثاء، تشغيل نظام الكاميرات الذكية في خمسة تقاطعات حيوية في العاصمة بغداد وعلى تقاطعي سريع محمد القاسم واليوسفية، سعيًا إلى ضبط السير بدقة عالية والحد من المخالفات والحوادث.
وأكد مدير المرور العامة اللواء عدي سمير، في تصريح للصحيفة الرسمية، أن الوزارة شرعت في تفعيل الكاميرات الحديثة في التقاطعات الخمسة بعد فترة تجربة مكثفة عولجت خلالها أبرز الملاحظات مع الشركة المنفذة.
وأوضح أن المنظومة ترصد عدة مخالفات في الوقت نفسه، منها تجاوز السرعة المحددة واستخدام الهاتف المحمول أثناء القيادة والسير عكس الاتجاه، إلى جانب مخالفات تخص سلامة الركاب.
ولفت سمير إلى أن السائقين يعرفون المخالفات المرورية بما يكفي، فقد خضعوا لتدريب نظري وعملي ونالوا رخص القيادة، ولذلك سيُحاسبون على كل مخالفة يرتكبونها.
""", [
    ev("cameras-activated", "تبدأ وزارة الداخلية، اليوم الثلاثاء، تشغيل", "2025-07-01", "'اليوم الثلاثاء' = Tue 1 Jul 2025 (the start date fixed by the ministry)"),
    ev("samir-al-sabah-statement", "في تصريح للصحيفة الرسمية", SABAH[0], "no own expression; the statement to al-Sabah printed on Tue 1 Jul 2025: my span 30 Jun - 1 Jul", end=SABAH[1]),
])
art(S, "https://www.alnahrain.com/article/17672",
    "2025-07-02", "page line 'نشر في: 2 يوليو ,2025: 07:03 م' (its date and time kept as first line; 2 Jul 2025 was a Wednesday); the body's 'اليوم الأربعاء' agrees; the view counter, the channel tag and the 'البث المباشر' line dropped; the headline slightly shortened", True, """
2 يوليو ,2025: 07:03 م
المرور العامة: تسجيل 10 آلاف مخالفة خلال 24 ساعة في بغداد
أعلن مدير المرور العامة اللواء عدي سمير، اليوم الأربعاء، أن أكثر من 10 آلاف مخالفة مرورية سُجلت خلال الـ24 ساعة الماضية، أي منذ بدء العمل بالرادارات الذكية في العاصمة بغداد.
وذكر سمير في تصريح صحفي أن مديرية المرور العامة باشرت تطبيق الخطة المرورية وبرنامج المرور الذكي في محافظة بغداد.
وأشار إلى أن الخطة حققت نتائج إيجابية في التزام المواطنين بالإشارات الضوئية وبقانون المرور.
وأضاف أن عدد المخالفات المسجلة منذ بدء العمل بالكاميرات والرادارات وفق النظام المروري الذكي بلغ 10.032 مخالفة.
""", [
    ev("samir-violations-statement", "أعلن مدير المرور العامة اللواء عدي سمير، اليوم الأربعاء", "2025-07-02", "'اليوم الأربعاء' = Wed 2 Jul 2025 (the page line)"),
    ev("violations-24h", "سُجلت خلال الـ24 ساعة الماضية", "2025-07-01", "'خلال الـ24 ساعة الماضية' before Wed 2 Jul 2025: Tue 1 - Wed 2 Jul", end="2025-07-03"),
    ev("cameras-activated", "أي منذ بدء العمل بالرادارات الذكية", "2025-07-01", "'منذ بدء العمل' 24 hours before Wed 2 Jul = Tue 1 Jul 2025"),
])

# ---------------------------------------------------------------- iraq-baghdad-electronic-fines-protest-2025
S = "iraq-baghdad-electronic-fines-protest-2025"
MOBILISE = ("2025-11-10", "2025-11-18")    # 'قبل عدة أيام' before the protest of Tue 18 Nov 2025
CAMERAS = ("2025-07-01", "2025-11-18")     # the smart cameras 'وضعت مؤخرا': in service since 1 Jul 2025
FINES = ("2025-09-18", "2025-11-19")       # the fines of the last two months before the protest
art(S, "http://burathanews.com/arabic/news/467871",
    "2025-11-18", "stamp 'date 2025-11-18' at the head of the stored page (not kept in the text); the body's 'اليوم الثلاثاء' agrees (18 Nov 2025 was a Tuesday); the section line 'الأخبار' dropped; the headline's typo ('بسسب') and grammar mended; no date of its own in the text", False, """
عشرات المواطنين يتظاهرون أمام مديرية المرور ببغداد بسبب غرامات لم يرتكبوها
تجمع العشرات من سائقي المركبات، اليوم الثلاثاء، أمام دائرة المرور العامة قرب ملعب الشعب في بغداد، احتجاجًا على الغرامات "الإلكترونية" التي عدّوها "مجحفة وانتقامية".
وكانت الدعوات إلى هذه التظاهرة قد انطلقت على مواقع التواصل الاجتماعي قبل عدة أيام، بعدما فوجئ المئات عبر تطبيق "عين العراق" بغرامات مسجلة على مركباتهم في طرق لم يمروا بها، وفي أوقات يؤكدون أن سياراتهم كانت فيها متوقفة أمام منازلهم.
ويحمّل المحتجون مديرية المرور ومنظومة الكاميرات الذكية التي نُصبت مؤخرا في التقاطعات مسؤولية ذلك.
وقال أحد المتظاهرين لقناة السومرية إنه فوجئ اليوم عند مراجعته مديرية المرور بغرامة قدرها 6 ملايين و600 ألف دينار عراقي فُرضت عليه خلال شهرين فقط، وإن المديرية لم تعرض له حين طلب شريط الفيديو سوى السيارة دون المخالفة.
وعدّ صاحب المركبة هذه الغرامات "انتقامية" لا "تقويمية"، متسائلًا عن سبب مضاعفتها وفرضها بهذه العشوائية.
""", [
    ev("protest", "تجمع العشرات من سائقي المركبات، اليوم الثلاثاء", "2025-11-18", "'اليوم الثلاثاء' = Tue 18 Nov 2025 (the stamp day)"),
    ev("mobilisation", "انطلقت على مواقع التواصل الاجتماعي قبل عدة أيام", MOBILISE[0], "'قبل عدة أيام' from Tue 18 Nov 2025: some days before, my span 10-17 Nov", end=MOBILISE[1]),
    ev("cameras-installed", "التي نُصبت مؤخرا في التقاطعات", CAMERAS[0], "'مؤخرا': the smart cameras in service in Baghdad since Tue 1 Jul 2025 (outside knowledge): my span 1 Jul - 17 Nov 2025", end=CAMERAS[1]),
    ev("protester-discovery", "إنه فوجئ اليوم عند مراجعته مديرية المرور", "2025-11-18", "'اليوم' = Tue 18 Nov 2025 (the day of the protest)"),
    ev("fines-accumulated", "فُرضت عليه خلال شهرين فقط", FINES[0], "'خلال شهرين فقط' before Tue 18 Nov 2025: 18 Sep - 18 Nov (my span)", end=FINES[1]),
])
art(S, "https://www.alsumaria.tv/news/localnews/547311/%D9%85%D8%AE%D8%A7%D9%84%D9%81%D8%A7%D8%AA-%D9%84%D9%85-%D8%AA%D8%B1%D8%AA%D9%83%D8%A8-%D9%88%D8%BA%D8%B1%D8%A7%D9%85%D8%A7%D8%AA-%D8%A7%D9%86%D8%AA%D9%82%D8%A7%D9%85%D9%8A%D8%A9-%D8%A7%D9%84%D8%B9%D8%B4%D8%B1%D8%A7%D8%AA-%D9%8A%D8%AA%D8%B8%D8%A7%D9%87%D8%B1%D9%88%D9%86-%D8%A3%D9%85%D8%A7%D9%85-%D9%85%D8%AF%D9%8A%D8%B1%D9%8A%D8%A9-%D8%A7%D9%84%D9%85%D8%B1%D9%88%D8%B1",
    "2025-11-18", "stamp 'date 2025-11-18' at the head of the stored page (not kept in the text); the stored text begins with the paragraph on the mobilisation (its opening lead is not stored) and its linked names are blank ('عين ', 'لمراسل ،'), filled from the burathanews copy ('عين العراق') or left generic ('مراسل القناة'); headline rendered from the URL slug; no date of its own in the text", False, """
مخالفات لم ترتكب وغرامات انتقامية.. العشرات يتظاهرون أمام مديرية المرور
بدأ الحشد لهذه التظاهرة على مواقع التواصل الاجتماعي قبل عدة أيام، حين فوجئ مئات المواطنين عبر تطبيق "عين العراق" بغرامات مرورية على مركباتهم في طرق يقولون إنهم لم يسلكوها، وفي أوقات كانت فيها سياراتهم مركونة عند بيوتهم.
وتتجه أصابع الاتهام إلى مديرية المرور ومنظومة الكاميرات الذكية التي وُضعت مؤخرا في التقاطعات.
وروى أحد المتظاهرين لمراسل القناة أنه تفاجأ اليوم حين راجع مديرية المرور بأن غرامة بمقدار 6 ملايين و600 ألف دينار عراقي فُرضت عليه خلال شهرين فقط.
وأكد أن المديرية، حين طالبها بعرض تسجيل المخالفة، أظهرت السيارة وحدها ولم تُظهر المخالفة، متذرعة بحجج واهية.
وأضاف صاحب المركبة أن هذه الغرامات "انتقامية" وليست "تقويمية"، متسائلًا لماذا تُضاعف على السائق وتُفرض بهذا الشكل العشوائي.
""", [
    ev("protest", "العشرات يتظاهرون أمام مديرية المرور", "2025-11-18", "no own expression; the protest of Tue 18 Nov 2025 (the stamp day; burathanews 'اليوم الثلاثاء')"),
    ev("mobilisation", "بدأ الحشد لهذه التظاهرة على مواقع التواصل الاجتماعي قبل عدة أيام", MOBILISE[0], "'قبل عدة أيام' from Tue 18 Nov 2025: some days before, my span 10-17 Nov", end=MOBILISE[1]),
    ev("cameras-installed", "التي وُضعت مؤخرا في التقاطعات", CAMERAS[0], "'مؤخرا': the smart cameras in service in Baghdad since Tue 1 Jul 2025 (outside knowledge): my span 1 Jul - 17 Nov 2025", end=CAMERAS[1]),
    ev("protester-discovery", "أنه تفاجأ اليوم حين راجع مديرية المرور", "2025-11-18", "'اليوم' = Tue 18 Nov 2025 (the stamp day)"),
    ev("fines-accumulated", "فُرضت عليه خلال شهرين فقط", FINES[0], "'خلال شهرين فقط' before Tue 18 Nov 2025: 18 Sep - 18 Nov (my span)", end=FINES[1]),
])
art(S, "https://infoplusnetwork.com/news/local/%D8%A8%D9%8A%D9%86-%D8%A7%D9%84%D8%B8%D9%84%D9%85-%D9%88%D8%A7%D9%84%D8%AA%D8%B7%D8%A8%D9%8A%D9%82-%D8%A7%D9%84%D8%A2%D9%84%D9%8A-%D8%A3%D8%B2%D9%85%D8%A9-%D8%A7%D9%84%D8%BA%D8%B1%D8%A7%D9%85%D8%A7%D8%AA-%D8%A7%D9%84%D8%A5%D9%84%D9%83%D8%AA%D8%B1%D9%88%D9%86%D9%8A%D8%A9-%D8%AA%D8%AA%D8%B5%D8%A7%D8%B9%D8%AF-%D9%81%D9%8A?page=5",
    "2025-11-23", "page date line '23 تشرين ثاني' under the headline (not kept in the text; the year 2025 follows from the protest of Tue 18 Nov 2025 that the report describes as 'مؤخراً'); the site menu, the breadcrumb, the kicker 'انفوبلس/ تقارير' and the sub-heading 'الجميع يصوّر أرقام السيارات' dropped; the last sentence cut where the stored text breaks off ('عبر مواقع التواصل الاجت...'); no date of its own in the text", False, """
بين الظلم والتطبيق الآلي.. أزمة الغرامات الإلكترونية تتصاعد في شوارع بغداد
احتشد مؤخراً عشرات من سائقي المركبات، من سيارات الأجرة (الكيات) والتكسيات والسيارات الخاصة، أمام مديرية المرور العامة قرب ملعب الشعب في بغداد، في وقفة احتجاجية على غرامات وصفوها بـ"المجحفة والمبالغ فيها".
وطالب المحتجون بمراجعة طريقة تسجيل هذه الغرامات وإلغائها أو خفض قيمتها.
وجاءت الاحتجاجات بعد أن انتشرت الغرامات الإلكترونية (الوهمية) على نطاق واسع، فأثارت غضب السائقين الذين تحدثوا عن معاناتهم اليومية مع أخطاء تسجيل المخالفات وما يعدّونه انتهاكات ترتكبها بحقهم منظومة الكاميرات الذكية ودوائر المرور.
وانطلقت الدعوة إلى التظاهرة عبر مواقع التواصل الاجتماعي.
""", [
    ev("protest", "احتشد مؤخراً عشرات من سائقي المركبات", "2025-11-18", "'مؤخراً' before Sun 23 Nov 2025: the protest of Tue 18 Nov 2025 (alsumaria, burathanews)"),
    ev("protesters-demands", "وطالب المحتجون بمراجعة طريقة تسجيل هذه الغرامات", "2025-11-18", "no own expression; the demands raised at the protest of Tue 18 Nov 2025"),
    ev("fines-accumulated", "انتشرت الغرامات الإلكترونية (الوهمية) على نطاق واسع", FINES[0], "no own expression; the fines of the weeks before the protest of Tue 18 Nov 2025 (the protesters' 'خلال شهرين'): my span 18 Sep - 18 Nov", end=FINES[1]),
    ev("mobilisation", "وانطلقت الدعوة إلى التظاهرة عبر مواقع التواصل الاجتماعي", MOBILISE[0], "no own expression; the call on social media 'قبل عدة أيام' of the protest (alsumaria): my span 10-17 Nov 2025", end=MOBILISE[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 280)
                            if i != 201 and i != 271
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

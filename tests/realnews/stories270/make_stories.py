"""Builds stories.jsonl: the 270-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories266/make_stories.py). Domain: umrah and pilgrimage travel (visas, travel agencies,
stranded pilgrims and flights): Saudi Arabia's suspension of its contracts with 1800 foreign umrah agencies
(Feb 2026), the suspension of two umrah firms that left Egyptian pilgrims without housing (Feb 2026), Tunisian
umrah pilgrims stranded by the closure of the Gulf airspaces (Mar 2026), and Tunisian pilgrims with hajj visas
issued in Gambia and Mauritania, stopped at Tunis-Carthage and at Jeddah airport (Oct 2013).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-umrah-1800-foreign-agencies-suspension-2026
S = "saudi-umrah-1800-foreign-agencies-suspension-2026"
GRACE = ("2026-02-01", "2026-02-11")      # 'مهلة 10 أيام' from the announcement of Sun 1 Feb 2026: 1-10 Feb
DEADLINE = ("2026-02-10", "2026-02-12")   # the end of the 10-day grace (10 or 11 Feb, my span)
art(S, "https://www.masrawy.com/news/news_publicaffairs/details/2026/2/1/2935347/%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D8%AA%D9%88%D9%82%D9%81-%D8%AA%D8%B9%D8%A7%D9%82%D8%AF%D8%A7%D8%AA-1800-%D9%88%D9%83%D8%A7%D9%84%D8%A9-%D8%B9%D9%85%D8%B1%D8%A9-%D8%AE%D8%A7%D8%B1%D8%AC%D9%8A%D8%A9-%D9%81%D9%85%D8%A7-%D8%A7%D9%84%D9%82%D8%B5%D8%A9-",
    "2026-02-01", "page time line '11:39 ص 01/02/2026' (kept as first line; 1 Feb 2026 was a Sunday) and the date in the URL '/2026/2/1/'; the 'إعلان' banner, the byline, the edit note 'تعديل في 11:45 ص' and the tags dropped", True, """
11:39 ص 01/02/2026
السعودية توقف تعاقدات 1800 وكالة عمرة خارجية.. فما القصة؟
علّقت وزارة الحج والعمرة التعاقدات القائمة مع 1800 وكالة سفر خارجية من بين 5800 وكالة، ومنحتها مهلة 10 أيام لتصحيح أوضاعها، بعدما كشفت نتائج التقييم الدوري المعتمد عن "قصور في مستوى الأداء وضعف جودة الخدمات".
وبيّنت الوزارة، في بيان نقلته وكالة الأنباء السعودية "واس"، أن الإيقاف يقتصر حاليا على إصدار التأشيرات الجديدة وحدها، مؤكدة أن المعتمرين الحاصلين على تأشيرات سارية أو حجوزات قائمة "لن يتأثروا بهذا الإجراء"، وأن خدماتهم ستتواصل دون تغيير حمايةً لحقوقهم.
وتوعّد المتحدث الرسمي باسم الوزارة الدكتور غسان النويمي باتخاذ "جميع الإجراءات النظامية" ضد أي وكالة تعجز عن تصحيح أوضاعها بعد انتهاء المهلة، موضحا أن تطبيق معايير التصنيف خطوة تنظيمية هدفها رفع مستوى الالتزام وتعزيز موثوقية منظومة العمرة.
""", [
    ev("suspension-announced", "علّقت وزارة الحج والعمرة التعاقدات القائمة", "2026-02-01", "no own expression; the ministry's announcement of the time line's day, Sun 1 Feb 2026 (khaleejtimes: 'يوم الأحد')"),
    ev("grace-period", "ومنحتها مهلة 10 أيام لتصحيح أوضاعها", GRACE[0], "'مهلة 10 أيام' counted from the announcement of Sun 1 Feb 2026: 1-10 Feb", end=GRACE[1]),
    ev("new-visas-halt", "الإيقاف يقتصر حاليا على إصدار التأشيرات الجديدة", GRACE[0], "'حاليا' = from Sun 1 Feb 2026, for the 10-day grace: my span 1-10 Feb", end=GRACE[1]),
    ev("spokesman-warning", "وتوعّد المتحدث الرسمي باسم الوزارة الدكتور غسان النويمي", "2026-02-01", "no own expression; part of the announcement of Sun 1 Feb 2026"),
    ev("grace-deadline", "بعد انتهاء المهلة", DEADLINE[0], "'بعد انتهاء المهلة' = the end of the 10 days from 1 Feb 2026: my span 10-11 Feb", end=DEADLINE[1]),
])
art(S, "https://www.khaleejtimes.com/arabic/world/%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D8%AA%D8%B9%D9%84%D9%82-%D8%B9%D9%85%D9%84-1800-%D9%88%D9%83%D8%A7%D9%84%D8%A9-%D8%B3%D9%81%D8%B1-%D9%84%D9%84%D8%B9%D9%85%D8%B1%D8%A9-%D9%84%D8%B3%D9%88%D8%A1-%D8%A7%D9%84%D8%A3%D8%AF%D8%A7%D8%A1",
    "2026-02-01", "stamp 'date 2026-02-01' at the head of the stored page (not kept in the text); the body's 'يوم الأحد' agrees (1 Feb 2026 was a Sunday); headline rendered from the URL slug; no date of its own in the text", False, """
السعودية تعلق عمل 1800 وكالة سفر للعمرة لسوء الأداء
أعلنت وزارة الحج والعمرة يوم الأحد أن المملكة العربية السعودية علّقت عقود 1800 وكالة سفر أجنبية من أصل نحو 5800 وكالة تنشط في قطاع العمرة.
وأعطت الوزارة الوكالات المعنية مهلة 10 أيام لمعالجة مواطن الخلل التي رصدها التقييم الدوري، والتي أظهرت تقصيرا في الأداء وفي جودة الخدمة.
وبحسب الوزارة، لا يشمل التعليق إلا إصدار التأشيرات الجديدة، وهو جزء من نهج تنظيمي يعين الوكالات على حل مشكلاتها والارتقاء بامتثالها للمعايير المعتمدة، على أن تعود العقود إلى العمل بمجرد استيفاء المتطلبات خلال فترة السماح.
وأكدت الوزارة أن حاملي التأشيرات الصالحة أو الحجوزات القائمة لن يتأثروا، وأن الخدمات ستستمر دون انقطاع.
وصرّح المتحدث باسم الوزارة غسان النعيمي بأن إجراءات تنظيمية ستُتخذ ضد كل وكالة تخفق في تدارك قصورها بحلول الموعد النهائي المحدد، مضيفا أن الوزارة ستواصل العمل بأدوات الرقابة والتقييم.
""", [
    ev("suspension-announced", "أعلنت وزارة الحج والعمرة يوم الأحد", "2026-02-01", "'يوم الأحد' = Sun 1 Feb 2026 (the stamp day)"),
    ev("grace-period", "مهلة 10 أيام لمعالجة مواطن الخلل", GRACE[0], "'مهلة 10 أيام' from Sun 1 Feb 2026: 1-10 Feb", end=GRACE[1]),
    ev("new-visas-halt", "لا يشمل التعليق إلا إصدار التأشيرات الجديدة", GRACE[0], "no own expression; the halt on new visas runs through the 10-day grace from Sun 1 Feb 2026: my span 1-10 Feb", end=GRACE[1]),
    ev("spokesman-warning", "وصرّح المتحدث باسم الوزارة غسان النعيمي", "2026-02-01", "no own expression; part of the announcement of Sun 1 Feb 2026"),
    ev("grace-deadline", "بحلول الموعد النهائي المحدد", DEADLINE[0], "'الموعد النهائي المحدد' = the end of the 10 days from 1 Feb 2026: my span 10-11 Feb", end=DEADLINE[1]),
])
art(S, "https://www.alamssar.com/print.aspx?id=458648",
    "2026-02-01", "page date line 'الأحد 01 فبراير 2026 - 01:13 م' (kept as first line; 1 Feb 2026 was a Sunday); the section name 'الخليج العربي', the byline and the site name dropped; the last, truncated paragraph dropped", True, """
الأحد 01 فبراير 2026 - 01:13 م
السعودية: «الحج والعمرة» توقف التعاقد مع 1800 وكالة سفر خارجية لقصور الأداء
أعلنت وزارة الحج والعمرة السعودية وقف التعاقدات السارية مع 1800 وكالة سفر خارجية تعمل في مجال العمرة، من أصل قرابة 5800 وكالة، مع منحها مهلة 10 أيام لتصحيح أوضاعها، استنادا إلى نتائج التقييم الدوري المعتمد وما رُصد من تقصير في الأداء وضعف في جودة الخدمات.
وأوضحت الوزارة أن الإيقاف محصور في إصدار التأشيرات الجديدة، ويأتي ضمن منهجية تنظيمية تتيح للوكالات معالجة ملاحظات التصنيف ورفع التزامها بالمعايير المعتمدة، على أن يُعاد تفعيل التعاقدات بعد انتهاء المهلة واستكمال المتطلبات اللازمة.
وأكدت أن المعتمرين الذين لديهم تأشيرات سارية أو حجوزات قائمة لن يمسهم هذا الإجراء، إذ ستبقى الخدمات المقدمة لهم على حالها، مشددة على أن حماية حقوق المعتمرين واستمرار خدمتهم أولوية في كل ما تتخذه من إجراءات تنظيمية.
""", [
    ev("suspension-announced", "أعلنت وزارة الحج والعمرة السعودية وقف التعاقدات السارية", "2026-02-01", "no own expression; the announcement of the date line's day, Sun 1 Feb 2026"),
    ev("grace-period", "مع منحها مهلة 10 أيام", GRACE[0], "'مهلة 10 أيام' from Sun 1 Feb 2026: 1-10 Feb", end=GRACE[1]),
    ev("new-visas-halt", "أن الإيقاف محصور في إصدار التأشيرات الجديدة", GRACE[0], "no own expression; the halt on new visas runs through the 10-day grace from Sun 1 Feb 2026: my span 1-10 Feb", end=GRACE[1]),
    ev("grace-deadline", "يُعاد تفعيل التعاقدات بعد انتهاء المهلة", DEADLINE[0], "'بعد انتهاء المهلة' = at the end of the 10 days from 1 Feb 2026: my span 10-11 Feb", end=DEADLINE[1]),
])
art(S, "https://www.elbalad.news/6860822",
    "2026-02-05", "stamp 'date 2026-02-05' at the head of the stored page (not kept in the text; 5 Feb 2026 was a Thursday); headline written from the body (the stored text has none); the last, truncated sentence cut to its complete clause; no date of its own in the text", False, """
عضو بغرفة السياحة: إيقاف تأشيرات العمرة مؤقت ولا يستهدف الشركات المصرية
قال باسل السيسي، عضو غرفة السياحة الدينية، إن إيقاف تأشيرات العمرة ليس قرارا استثنائيا ولا موجّها إلى شركات السياحة المصرية وحدها، بل يندرج ضمن مراجعات دورية تجريها الجهات المختصة في المملكة العربية السعودية لتقييم أداء شركات السياحة في العالم.
وأوضح السيسي، في مداخلة هاتفية مع برنامج "شكل تاني" على قناة "صدى البلد2"، أن القرار شمل 1800 شركة سياحة على المستوى الدولي بسبب ملاحظات تنظيمية، مؤكدا أن الإيقاف مؤقت ولن يستمر لفترة طويلة، ولن يعطّل موسم العمرة كليا.
وبيّن أن الأزمة أحدثت ارتباكا في السوق السياحية، ولا سيما مع الارتفاع المفاجئ في أسعار تذاكر الطيران الناتج عن غياب التنسيق المسبق بين شركات الطيران وشركات السياحة.
وأضاف أن بعض الشركات تكبدت خسائر مالية كبيرة لارتباطها بعقود مسبقة مع فنادق وشركات سعودية، فضلا عن التزاماتها تجاه المعتمرين، ما ضاعف الضغوط خلال فترة الإيقاف.
وشدد عضو الغرفة على أن الحل يكمن في تعزيز التعاون بين شركات السياحة تحت مظلة وزارة السياحة، ووضع خطة تشغيل واضحة منذ بداية الموسم تلتزم بها كل الجهات المعنية.
""", [
    ev("sisi-interview", "في مداخلة هاتفية مع برنامج", "2026-02-04", "no own expression; the TV interview reported on Thu 5 Feb 2026 (stamp), aired on 4 or 5 Feb: my span", end="2026-02-06"),
    ev("suspension-announced", "أن القرار شمل 1800 شركة سياحة", "2026-02-01", "no own expression; the Saudi decision announced on Sun 1 Feb 2026 (the other reports)"),
    ev("new-visas-halt", "إن إيقاف تأشيرات العمرة ليس قرارا استثنائيا", GRACE[0], "no own expression; the halt on new visas from Sun 1 Feb 2026 through the 10-day grace: my span 1-10 Feb", end=GRACE[1]),
    ev("ticket-price-jump", "مع الارتفاع المفاجئ في أسعار تذاكر الطيران", "2026-02-01", "no own expression; between the decision of Sun 1 Feb and the interview reported on Thu 5 Feb 2026: my span", end="2026-02-06"),
])

# ---------------------------------------------------------------- saudi-umrah-firms-egyptian-pilgrims-housing-2026
S = "saudi-umrah-firms-egyptian-pilgrims-housing-2026"
STATEMENT = ("2026-02-13", "2026-02-15")   # the ministry's statement, out by Sat 14 Feb 2026 (issued 13 or 14 Feb)
ARRIVALS = ("2026-02-07", "2026-02-15")    # Egyptian pilgrims found without housing, and rehoused, before the statement
art(S, "https://www.elbalad.news/6870432",
    "2026-02-14", "stamp 'date 2026-02-14' at the head of the stored page (not kept in the text; 14 Feb 2026 was a Saturday); headline written from the body (the stored text has none); the subheads 'تفاصيل المخالفة' and 'لا تهاون مع أي تقصير' and the last, truncated sentence dropped; no date of its own in the text", False, """
السعودية توقف شركتي عمرة لعدم توفير سكن لمعتمرين مصريين
أعلنت وزارة الحج والعمرة السعودية عن إيقاف شركتي عمرة بعدما رصدت مخالفات جسيمة تتصل بعدم الالتزام بتوفير خدمات السكن للمعتمرين المصريين وفق البرامج التعاقدية المعتمدة.
وأوضحت الوزارة أن فرقها المختصة، بالتعاون مع وزارة السياحة المصرية، تتخذ حاليا الإجراءات النظامية بحق الوكلاء الخارجيين المتعاقدين مع الشركتين المخالفتين.
وأشارت إلى أنها لاحظت وصول عدد من المعتمرين من جمهورية مصر العربية إلى المملكة من دون أن يتوفر لهم السكن المعتمد، مع أن هذه الخدمة موثقة في البرامج التعاقدية، وهو ما يشكل مخالفة صريحة للأنظمة والتعليمات المنظمة لنشاط خدمات المعتمرين وزوار المسجد النبوي الشريف.
وأكدت أن الإجراءات التصحيحية نُفذت على الفور، إذ جرى تأمين السكن لجميع المعتمرين المتضررين، حفظا لحقوقهم ومنعا لتكرار مثل هذه المخالفات.
وشددت الوزارة على أن هذه الخطوة تأتي ضمن جهودها المتواصلة لمتابعة تنفيذ العقود بدقة والارتقاء بجودة الخدمات المقدمة لضيوف الرحمن، انسجاما مع مستهدفات رؤية المملكة 2030.
""", [
    ev("firms-suspended", "أعلنت وزارة الحج والعمرة السعودية عن إيقاف شركتي عمرة", STATEMENT[0], "no own expression; the statement reported on Sat 14 Feb 2026 (stamp), issued on 13 or 14 Feb: my span", end=STATEMENT[1]),
    ev("agents-action", "تتخذ حاليا الإجراءات النظامية بحق الوكلاء الخارجيين", STATEMENT[0], "'حاليا' = at the time of the statement, 13-14 Feb 2026 (my span)", end=STATEMENT[1]),
    ev("pilgrims-without-housing", "لاحظت وصول عدد من المعتمرين من جمهورية مصر العربية", ARRIVALS[0], "no own expression; arrivals in the days before the statement of 13-14 Feb 2026: my span 7-14 Feb", end=ARRIVALS[1]),
    ev("housing-secured", "جرى تأمين السكن لجميع المعتمرين المتضررين", ARRIVALS[0], "no own expression; done 'على الفور' after the arrivals, before the statement of 13-14 Feb 2026: my span 7-14 Feb", end=ARRIVALS[1]),
])
art(S, "https://www.masrawy.com/news/news_publicaffairs/details/2026/2/15/2943241/%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D8%AA%D9%88%D9%82%D9%81-%D8%B4%D8%B1%D9%83%D8%AA%D9%8A-%D8%B9%D9%85%D8%B1%D8%A9-%D8%A8%D8%B3%D8%A8%D8%A8-%D9%85%D9%88%D8%A7%D8%B7%D9%86%D9%8A%D9%86-%D9%85%D8%B5%D8%B1%D9%8A%D9%8A%D9%86-%D9%85%D8%A7-%D8%A7%D9%84%D9%82%D8%B5%D8%A9-",
    "2026-02-15", "date in the URL '/2026/2/15/' (15 Feb 2026 was a Sunday); byline dropped; headline rendered from the URL slug; no date of its own in the text", False, """
السعودية توقف شركتي عمرة بسبب مواطنين مصريين.. ما القصة؟
أصدرت وزارة الحج والعمرة السعودية قرارا بإيقاف شركتي عمرة بعد أن خالفتا التعليمات المنظمة لنشاط خدمات المعتمرين وزوار المسجد النبوي الشريف.
وأوضحت الوزارة في بيان أن قرار الإيقاف جاء إثر رصدها مخالفة تمثلت في الإخلال بتوفير خدمات السكن لمعتمرين مصريين كما تنص البرامج التعاقدية المعتمدة، مبينة أنها تعمل مع وزارة السياحة المصرية على اتخاذ الإجراءات النظامية بحق الوكلاء الخارجيين المتعاقدين مع الشركتين.
وذكرت الوزارة أنها بادرت، بمجرد رصد الأزمة، إلى تأمين سكن لجميع المعتمرين المصريين المتضررين، مؤكدة أن ما اتُّخذ من إجراءات جاء فوريا ووفق الأطر النظامية المعتمدة ضمانا لحقوقهم.
وأضافت أن إيقاف الشركات امتداد لجهودها المستمرة في متابعة التزام شركات ومؤسسات العمرة بتنفيذ تعاقداتها المعتمدة بدقة، والارتقاء بالخدمات المقدمة للمعتمرين، انسجاما مع مستهدفات رؤية المملكة 2030.
""", [
    ev("firms-suspended", "أصدرت وزارة الحج والعمرة السعودية قرارا بإيقاف شركتي عمرة", STATEMENT[0], "no own expression; the statement of 13-14 Feb 2026 (reported by elbalad on Sat 14 Feb): my span", end=STATEMENT[1]),
    ev("pilgrims-without-housing", "الإخلال بتوفير خدمات السكن لمعتمرين مصريين", ARRIVALS[0], "no own expression; arrivals in the days before the statement of 13-14 Feb 2026: my span 7-14 Feb", end=ARRIVALS[1]),
    ev("agents-action", "تعمل مع وزارة السياحة المصرية على اتخاذ الإجراءات النظامية", STATEMENT[0], "no own expression; under way at the time of the statement, 13-14 Feb 2026: my span", end=STATEMENT[1]),
    ev("housing-secured", "إلى تأمين سكن لجميع المعتمرين المصريين المتضررين", ARRIVALS[0], "no own expression; done as soon as the crisis was found, before the statement of 13-14 Feb 2026: my span 7-14 Feb", end=ARRIVALS[1]),
])
art(S, "https://www.okaz.com.sa/local/na/2235834",
    "2026-02-15", "stamp 'date 2026-02-15' at the head of the stored page (not kept in the text; 15 Feb 2026 was a Sunday); headline written from the body (the stored text has none); no date of its own in the text", False, """
«الحج والعمرة» توقف شركتين لإخلالهما بسكن المعتمرين
أوقفت وزارة الحج والعمرة شركتي عمرة، بعدما رصدت مخالفة تتعلق بعدم التزامهما بتوفير خدمات السكن للمعتمرين وفق البرامج التعاقدية المعتمدة.
وذكرت الوزارة في بيان أنها تابعت قدوم عدد من المعتمرين من جمهورية مصر العربية إلى المملكة من غير توفير السكن الموثق في عقودهم، في مخالفة واضحة للأنظمة والتعليمات المنظمة لخدمات المعتمرين وزوار المسجد النبوي الشريف.
وأكدت أنها تحركت فورا لتأمين السكن لجميع المعتمرين المتضررين، وأن الإجراءات التي اتخذتها جاءت ضمن الأطر النظامية المعتمدة، بما يحفظ حقوق المعتمرين ويمنع تكرار هذه المخالفات ويرفع جودة الخدمات المقدمة لضيوف الرحمن.
وشددت على أنها لن تتهاون مع أي تقصير أو إخلال بالالتزامات التعاقدية، وأن جودة الخدمات خط أحمر لا يُسمح بتجاوزه، داعية شركات ومؤسسات العمرة كافة إلى التقيد التام بالضوابط والتعليمات المعتمدة.
""", [
    ev("firms-suspended", "أوقفت وزارة الحج والعمرة شركتي عمرة", STATEMENT[0], "no own expression; the statement of 13-14 Feb 2026 (reported by elbalad on Sat 14 Feb): my span", end=STATEMENT[1]),
    ev("pilgrims-without-housing", "تابعت قدوم عدد من المعتمرين من جمهورية مصر العربية", ARRIVALS[0], "no own expression; arrivals in the days before the statement of 13-14 Feb 2026: my span 7-14 Feb", end=ARRIVALS[1]),
    ev("housing-secured", "تحركت فورا لتأمين السكن لجميع المعتمرين المتضررين", ARRIVALS[0], "no own expression; 'فورا' after the arrivals, before the statement of 13-14 Feb 2026: my span 7-14 Feb", end=ARRIVALS[1]),
])
art(S, "https://gulf365.net/saudi-arabia-news/13196717/%D8%A5%D9%8A%D9%82%D8%A7%D9%81-%D8%B4%D8%B1%D9%83%D8%AA%D9%8A-%D8%B9%D9%85%D8%B1%D8%A9-%D9%84%D9%85%D8%AE%D8%A7%D9%84%D9%81%D8%A9-%D8%A5%D8%B3%D9%83%D8%A7%D9%86-%D8%A7%D9%84%D9%85%D8%B9%D8%AA%D9%85%D8%B1%D9%8A%D9%86-%D9%88%D8%B2%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D8%AD%D8%AC-%D8%AA%D8%A4%D9%83%D8%AF-%D8%AD%D9%85%D8%A7%D9%8A%D8%A9-%D8%AD%D9%82%D9%88%D9%82-%D8%B6%D9%8A%D9%88%D9%81-%D8%A7%D9%84%D8%B1%D8%AD%D9%85%D9%86.html",
    "2026-02-16", "stamp 'date 2026-02-16' at the head of the stored page (not kept in the text; 16 Feb 2026 was a Monday); the teaser line 'تابع الان خبر ...' and the byline 'بيروت - نادين الأحمد' dropped; headline rendered from the URL slug; the last, truncated sentence cut to its complete clause; no date of its own in the text", False, """
إيقاف شركتي عمرة لمخالفة إسكان المعتمرين.. وزارة الحج تؤكد حماية حقوق ضيوف الرحمن
قررت وزارة الحج والعمرة إيقاف شركتي عمرة بعد ثبوت مخالفة تتعلق بعدم توفير السكن للمعتمرين وفق البرامج التعاقدية المعتمدة، مؤكدة أنها شرعت، بالتنسيق مع وزارة السياحة المصرية، في اتخاذ الإجراءات النظامية اللازمة بحق الوكلاء الخارجيين المرتبطين بالشركتين.
وأوضحت الوزارة أنها رصدت وصول عدد من المعتمرين القادمين من جمهورية مصر العربية إلى المملكة دون تأمين أماكن السكن المتفق عليها سلفا ضمن باقات العمرة الموثقة، في مخالفة صريحة للضوابط المنظمة لخدمات المعتمرين وزوار المسجد النبوي الشريف.
وأكدت أنها تعاملت مع الوضع فورا، فتولّت تأمين سكن بديل لجميع المعتمرين المتضررين بما يحفظ حقوقهم ولا يعكّر رحلتهم التعبدية، مشددة على أن الإجراءات النظامية اتُّخذت وفق اللوائح المعتمدة لمنع تكرار مثل هذه التجاوزات.
وبيّنت الوزارة أن القرار يأتي في إطار جهودها المتواصلة لتشديد الرقابة على شركات ومؤسسات العمرة وضمان التزامها الكامل بتنفيذ تعاقداتها المعتمدة بدقة وشفافية.
""", [
    ev("firms-suspended", "قررت وزارة الحج والعمرة إيقاف شركتي عمرة", STATEMENT[0], "no own expression; the statement of 13-14 Feb 2026 (reported by elbalad on Sat 14 Feb): my span", end=STATEMENT[1]),
    ev("agents-action", "شرعت، بالتنسيق مع وزارة السياحة المصرية، في اتخاذ الإجراءات النظامية", STATEMENT[0], "no own expression; under way at the time of the statement, 13-14 Feb 2026: my span", end=STATEMENT[1]),
    ev("pilgrims-without-housing", "رصدت وصول عدد من المعتمرين القادمين من جمهورية مصر العربية", ARRIVALS[0], "no own expression; arrivals in the days before the statement of 13-14 Feb 2026: my span 7-14 Feb", end=ARRIVALS[1]),
    ev("housing-secured", "فتولّت تأمين سكن بديل لجميع المعتمرين المتضررين", ARRIVALS[0], "no own expression; 'فورا' after the arrivals, before the statement of 13-14 Feb 2026: my span 7-14 Feb", end=ARRIVALS[1]),
])

# ---------------------------------------------------------------- tunisia-umrah-pilgrims-gulf-airspace-2026
S = "tunisia-umrah-pilgrims-gulf-airspace-2026"
CLOSURES = ("2026-02-28", "2026-03-05")   # Gulf airspaces closed from Sat 28 Feb 2026 (US-Israeli strikes on Iran) to the reports
STRANDED = ("2026-02-28", "2026-03-10")   # Tunisian umrah pilgrims stuck in Saudi Arabia until the last returns of Mon 9 Mar
art(S, "https://ar.tunisienumerique.com/%D8%A7%D9%84%D8%AC%D8%A7%D9%85%D8%B9%D8%A9-%D8%A7%D9%84%D8%AA%D9%88%D9%86%D8%B3%D9%8A%D8%A9-%D9%84%D9%88%D9%83%D8%A7%D9%84%D8%A7%D8%AA-%D8%A7%D9%84%D8%A3%D8%B3%D9%81%D8%A7%D8%B1-%D8%AA%D9%88%D8%B6/",
    "2026-03-03", "stamp 'date 2026-03-03' at the head of the stored page (not kept in the text; 3 Mar 2026 was a Tuesday); the same statement that babnet dates 'اليوم الثلاثاء' on that day; the link 'Français' and the section name dropped; the last, truncated sentence cut to its complete clause; no date of its own in the text", False, """
جامعة وكالات الأسفار: لا إلغاء للرحلات المباشرة نحو السعودية
أفادت الجامعة التونسية لوكالات الأسفار والسياحة بأن الرحلات الجوية المباشرة من تونس إلى المملكة العربية السعودية تسير بصفة منتظمة وعادية، ولم تُلغَ أي رحلة مبرمجة إلى حدّ الآن.
وبخصوص المعتمرين التونسيين الموجودين حالياً بالبقاع المقدسة الذين سافروا عبر رحلات غير مباشرة (مرورا بدول أغلقت مجالها الجوي بصفة مؤقتة)، أوضحت الجامعة أن وكالات الأسفار تعمل، بالتعاون مع السلطات السعودية، على ضمان أفضل ظروف الإقامة لهم، في انتظار استقرار الأوضاع وإعادة فتح المجالات الجوية حتى يعودوا إلى أرض الوطن في أقرب الآجال.
كما حثت الجامعة الوكالات المنخرطة فيها على التنسيق مع شركات الطيران واعتماد المرونة في التعامل مع المعتمرين، بإعادة جدولة وبرمجة كل رحلة يطرأ عليها تعديل أو إلغاء.
وأضافت أنها تتابع باهتمام تطورات الأوضاع في منطقة الشرق الأوسط، بالتنسيق المستمر مع مختلف الأطراف المعنية.
""", [
    ev("ftav-statement", "أفادت الجامعة التونسية لوكالات الأسفار والسياحة", "2026-03-03", "no own expression; the federation's statement of Tue 3 Mar 2026 (babnet: 'في بلاغ صادر عنها اليوم الثلاثاء')"),
    ev("pilgrims-stranded", "المعتمرين التونسيين الموجودين حالياً بالبقاع المقدسة", STRANDED[0], "'حالياً' on Tue 3 Mar 2026: the pilgrims stuck from the closures of Sat 28 Feb to the last returns of Mon 9 Mar 2026 (my span)", end=STRANDED[1]),
    ev("airspace-closure", "مرورا بدول أغلقت مجالها الجوي بصفة مؤقتة", CLOSURES[0], "no own expression; the Gulf states closed their airspaces from Sat 28 Feb 2026, after the US-Israeli strikes on Iran (other reports of that day); my span to 4 Mar", end=CLOSURES[1]),
    ev("direct-flights-normal", "الرحلات الجوية المباشرة من تونس إلى المملكة العربية السعودية تسير بصفة منتظمة", "2026-02-28", "no own expression; 'إلى حدّ الآن' = from the closures of Sat 28 Feb to the statement of Tue 3 Mar 2026 (my span)", end="2026-03-04"),
])
art(S, "https://ar.webmanagercenter.com/2026/03/04/418178/%D8%B9%D8%A7%D8%AC%D9%84-%D9%85%D8%B9%D8%AA%D9%85%D8%B1%D9%88%D9%86-%D8%AA%D9%88%D9%86%D8%B3%D9%8A%D9%88%D9%86-%D8%B9%D8%A7%D9%84%D9%82%D9%88%D9%86-%D9%81%D9%8A-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF/",
    "2026-03-04", "date in the URL '/2026/03/04/'; the body's 'صباح اليوم الأربعاء' agrees (4 Mar 2026 was a Wednesday); headline rendered from the URL slug; no date of its own in the text", False, """
عاجل: معتمرون تونسيون عالقون في السعودية
وجّه أحد المعتمرين التونسيين في المملكة العربية السعودية، صباح اليوم الأربعاء، نداء إلى السلطات التونسية من أجل التدخل العاجل لفائدة 25 تونسيا عالقين حاليا في السعودية، بعد تعطل رحلة عودتهم إلى تونس على متن إحدى شركات الطيران الإماراتية عقب الأحداث الأخيرة التي تشهدها منطقة الخليج.
وأوضح المتحدث، في تصريح لإذاعة ديوان أف أم، أن أغلب المعتمرين العالقين نساء وكبار في السن يعانون أمراضا مزمنة، مؤكدا أنهم لم يتمكنوا من الاتصال بوكالة الأسفار التي سافروا معها، وفق قوله.
وأضاف أنهم عالقون حاليا في أحد النزل بعد انتهاء فترة إقامتهم فيه، وينتظرون تدخلا عاجلا، إذ لا يملكون أموالا ولا يقدرون على مجابهة مصاريفهم اليومية، على حد قوله.
""", [
    ev("pilgrim-appeal", "صباح اليوم الأربعاء، نداء إلى السلطات التونسية", "2026-03-04", "'صباح اليوم الأربعاء' = the morning of Wed 4 Mar 2026 (the URL day)"),
    ev("pilgrims-stranded", "لفائدة 25 تونسيا عالقين حاليا في السعودية", STRANDED[0], "'حاليا' on Wed 4 Mar 2026: the pilgrims stuck from the closures of Sat 28 Feb to the last returns of Mon 9 Mar 2026 (my span)", end=STRANDED[1]),
    ev("return-flight-disrupted", "بعد تعطل رحلة عودتهم إلى تونس", CLOSURES[0], "no own expression; the Emirati flight was disrupted between the closures of Sat 28 Feb and the appeal of Wed 4 Mar 2026 (my span)", end=CLOSURES[1]),
    ev("airspace-closure", "عقب الأحداث الأخيرة التي تشهدها منطقة الخليج", CLOSURES[0], "'الأحداث الأخيرة' = the war and the airspace closures from Sat 28 Feb 2026 (other reports); my span to 4 Mar", end=CLOSURES[1]),
])
art(S, "https://www.babnet.net/cadredetail-325084.asp",
    "2026-03-09", "page time line 'Publié le Lundi 09 Mars 2026 - 16:29' (in French, not kept in the text); the body's 'اليوم الإثنين' and 'أمس الأحد' agree (9 Mar 2026 was a Monday); the picture tag, the repeated title, the subheads and the last, truncated paragraph dropped; headline shortened from the page title; no date of its own in the text", False, """
الخارجية: عودة 158 معتمرا تونسيا من السعودية ووصول 13 تونسيا من طهران
أكد صلاح الصالحي، المدير العام للهجرة والتونسيين بالخارج والمكلف بالإدارة العامة للشؤون القنصلية بوزارة الشؤون الخارجية والهجرة والتونسيين بالخارج، أنه جرى إلى حد الآن، في ظل الظروف الراهنة بمنطقة الشرق الأوسط والخليج، تأمين عودة 158 معتمرا تونسيا كانوا عالقين في المملكة العربية السعودية.
وأوضح الصالحي، في مداخلة على موجات الإذاعة الوطنية اليوم الإثنين، أن 14 معتمرا فقط ما زالوا ينتظرون العودة، وأن عودتهم ستُؤمَّن خلال نفس اليوم على متن رحلة للخطوط السعودية في اتجاه الجزائر.
وأشار المسؤول إلى أن 13 تونسيا أُخرجوا من طهران برا عبر تركيا، إذ نُقلوا إلى الحدود التركية ثم إلى إسطنبول قبل أن يصلوا إلى تونس أمس الأحد قادمين من تركيا.
أما التونسيون العالقون في الدوحة، فأفاد الصالحي بأن عددهم يقارب 100 مسافر تونسي كانوا في حالة عبور قادمين من عدة بلدان.
""", [
    ev("consular-statement", "في مداخلة على موجات الإذاعة الوطنية اليوم الإثنين", "2026-03-09", "'اليوم الإثنين' = Mon 9 Mar 2026 (the page's time line)"),
    ev("pilgrims-returned", "تأمين عودة 158 معتمرا تونسيا", "2026-03-01", "no own expression; 'إلى حد الآن': the returns between the first days of March and Mon 9 Mar 2026 (my span 1-9 Mar)", end="2026-03-10"),
    ev("pilgrims-stranded", "كانوا عالقين في المملكة العربية السعودية", STRANDED[0], "no own expression; stuck from the closures of Sat 28 Feb to the last returns of Mon 9 Mar 2026 (my span)", end=STRANDED[1]),
    ev("last-pilgrims-flight", "وأن عودتهم ستُؤمَّن خلال نفس اليوم", "2026-03-09", "'خلال نفس اليوم' = the day of the statement, Mon 9 Mar 2026"),
    ev("tehran-group-arrival", "قبل أن يصلوا إلى تونس أمس الأحد", "2026-03-08", "'أمس الأحد' from Mon 9 = Sun 8 Mar 2026"),
])

# ---------------------------------------------------------------- tunisia-hajj-foreign-visas-2013
S = "tunisia-hajj-foreign-visas-2013"
SIT_IN_START = ("2013-10-03", "2013-10-05")   # Thu 3 Oct (moroccosports: 'منذ الخميس') or Fri 4 Oct (ennahar: 'أمس الجمعة')
COMMITTEE = ("2013-10-07", "2013-10-09")      # the Jeddah airport committee, formed after the arrival of Mon 7 Oct, before Wed 9 Oct
art(S, "https://ennaharonline.com/%D9%85%D9%86%D8%B9-54-%D8%AA%D9%88%D9%86%D8%B3%D9%8A%D8%A7-%D9%85%D9%86-%D8%A7%D9%84%D8%B3%D9%81%D8%B1-%D9%84%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D8%A8%D8%AC%D9%88%D8%A7%D8%B2%D8%A7%D8%AA",
    "2013-10-05", "no stamp on the stored page: 'أمس الجمعة' for the start of the sit-in that moroccosports (URL alias of 2013-10-07) counts from Thursday 3 Oct 2013 (the interior ministry's announcement 'الخميس'), and 'الثلاثاء الماضي' for the first group; the known event (hajj 1434) fixes the year = Sat 5 Oct 2013; the last, truncated quotation dropped; no date of its own in the text", False, """
منع 54 تونسيا من السفر للسعودية بجوازات غامبية تحمل تأشيرات للحج
دخل 54 تونسيا أمس الجمعة في اعتصام مفتوح بمطار تونس/قرطاج الدولي، بعد أن منعتهم شرطة الحدود من السفر إلى السعودية بجوازات سفر صادرة عن غامبيا تحمل تأشيرات حج منحتها السفارة السعودية هناك.
وقال جميل طاهر الحماوي لوكالة فرانس برس: "نحن 54 شخصا قررنا الدخول في اعتصام مفتوح (بقاعة المغادرة في المطار)، ولن نغادر هذا المكان إلا نحو السعودية لأداء مناسك الحج".
وأوضح أن ثلاثة تونسيين، أحدهم مقيم في السعودية، "استخرجوا لنا جوازات سفر رسمية من غامبيا، وحصلوا لنا على تأشيرات حج من السفارة السعودية هناك مقابل 8000 دينار فقط (نحو 4000 يورو)، بينما يكلف الحج عن طريق الدولة التونسية 16000 دينار (8000 يورو)".
ونفى أن تكون الجوازات وتأشيرات الحج مزورة كما أعلنت الخميس وزارة الداخلية التونسية، التي قال الناطق باسمها إن التونسيين الثلاثة أوقفوا لأنهم قاموا بعملية تحيّل.
وتابع: "هؤلاء ليسوا محتالين، فقد كانوا مسافرين معنا برفقة أفراد من عائلاتهم، كما أن دفعة أولى من الحجيج سافرت الثلاثاء الماضي بجوازات تونسية إلى تركيا، ومن هناك توجهت إلى السعودية بالجوازات الغامبية".
""", [
    ev("sit-in-start", "دخل 54 تونسيا أمس الجمعة في اعتصام مفتوح", SIT_IN_START[0], "'أمس الجمعة' from Sat 5 = Fri 4 Oct 2013; moroccosports has the sit-in 'منذ الخميس' (Thu 3 Oct): span Thu 3 - Fri 4 Oct", end=SIT_IN_START[1]),
    ev("travel-ban", "بعد أن منعتهم شرطة الحدود من السفر", "2013-10-03", "no own expression; the ban announced by the interior ministry on Thursday ('الخميس'), Thu 3 Oct 2013"),
    ev("fraudsters-arrested", "إن التونسيين الثلاثة أوقفوا", "2013-10-03", "'كما أعلنت الخميس وزارة الداخلية' from Sat 5 = Thu 3 Oct 2013 (the arrest as announced)"),
    ev("first-group-departed", "كما أن دفعة أولى من الحجيج سافرت الثلاثاء الماضي", "2013-10-01", "'الثلاثاء الماضي' from Sat 5 = Tue 1 Oct 2013"),
])
art(S, "https://www.moroccosports.net/37/2013-10-07-06-02-09",
    "2013-10-07", "date and time in the URL alias '2013-10-07-06-02-09' (7 Oct 2013 was a Monday); the page header 'آخر تحديث GMT 02:23:38', the repeated site name and title and the dateline 'تونس - ابنا' dropped; the last, truncated sentence dropped; no date of its own in the text", False, """
حجاج تونسيون يواصلون اعتصامهم إثر منعهم من السفر الى السعودية
واصل عشرات الحجاج التونسيين، ولليوم الرابع على التوالي، اعتصاما مفتوحا في مطار تونس/قرطاج الدولي وسط العاصمة، بعدما حالت شرطة الحدود دون سفرهم إلى السعودية بجوازات صادرة عن غامبيا تحمل تأشيرات حج من سفارة المملكة السعودية هناك.
وقالت المتحدثة باسمهم نور الهدى الرديسي (64 عاما) لفرانس برس: "نحن أكثر من 50 حاجا معتصمون منذ الخميس رغم أن بيننا مسنين ومرضى، ونناشد السلطات السعودية والتونسية التدخل لتمكيننا من أداء مناسك الحج".
والخميس منعت وزارة الداخلية التونسية 53 تونسيا من التوجه إلى السعودية بجوازات غامبية، وأعلنت توقيف ثلاثة تونسيين قالت إنهم احتالوا عليهم.
وفي اليوم نفسه بدأ الممنوعون من السفر اعتصاما مفتوحا في المنطقة "الدولية" بمطار تونس/قرطاج.
وقال جميل طاهر الحماوي: "لن نتحرك من هنا إلا نحو السعودية لأداء مناسك الحج".
""", [
    ev("sit-in", "ولليوم الرابع على التوالي، اعتصاما مفتوحا", "2013-10-03", "'لليوم الرابع على التوالي', counted from Thursday ('منذ الخميس', Thu 3 Oct 2013) = Sun 6 Oct; the sit-in from Thu 3 to Sun 6 Oct (my span)", end="2013-10-07"),
    ev("sit-in-start", "معتصمون منذ الخميس", SIT_IN_START[0], "'منذ الخميس' = since Thu 3 Oct 2013; ennahar has 'أمس الجمعة' (Fri 4 Oct): span Thu 3 - Fri 4 Oct", end=SIT_IN_START[1]),
    ev("travel-ban", "والخميس منعت وزارة الداخلية التونسية 53 تونسيا", "2013-10-03", "'الخميس' = the Thursday before Mon 7 Oct, Thu 3 Oct 2013"),
    ev("fraudsters-arrested", "وأعلنت توقيف ثلاثة تونسيين", "2013-10-03", "no own expression; announced the same Thursday, Thu 3 Oct 2013"),
])
art(S, "https://www.sra7h.com/%d8%ac%d9%85%d8%b9%d9%8a%d8%a9-%d8%a7%d9%84%d8%aa%d9%86%d9%85%d9%8a%d8%a9-%d8%a7%d9%84%d8%a7%d8%ac%d8%aa%d9%85%d8%a7%d8%b9%d9%8a%d8%a9-%d8%a8%d9%86%d8%ac%d8%b1%d8%a7%d9%86-%d8%aa%d9%86%d9%81%d8%b0/?random-post=1",
    "2013-10-09", "no stamp on the stored page: 'مساء أول من أمس (الإثنين)' and 'أمس (الثلثاء)' put the item on a Wednesday; the known event (the Tunisian pilgrims held at Jeddah from Mon 7 Oct 2013: Shems FM 'mardi 8 octobre 2013', arabliss 2013/10/12) = Wed 9 Oct 2013; the section name, the picture name and the byline dropped; the last, truncated clause dropped; no date of its own in the text", False, """
إعادة 88 حاجا تونسيا قدموا بتأشيرات دولة غير دولتهم
أفادت مصادر بوجود 88 حاجا تونسيا في مطار الملك عبدالعزيز الدولي بجدة لم تُستكمل إجراءات دخولهم، وستجري إعادتهم إلى بلادهم بسبب إشكالات في تأشيرات الحج التي يحملونها، إذ صدرت عن دولة غير دولتهم.
وأوضحت المصادر أن إجراءات دخولهم لم تُسهَّل منذ وصولهم مساء أول من أمس (الإثنين) إلى المطار وحتى أمس (الثلثاء).
من جهته، قال مشرف صالة الجمارك في مدينة الحجاج بالمطار خالد الحسيني إن لجنة شُكّلت لمتابعة ملف الحجاج التونسيين الـ88 تسمى لجنة «التنسيق والمتابعة»، وتضم الجمارك والمباحث والجوازات وأمن المطار وإدارة المطار وهيئة الطيران المدني، لدراسة وضعهم، مضيفا: «ستتخذ اللجنة الإجراء اللازم بحقهم بعد التواصل مع المسؤولين، وحتى الآن لم ينته أمرهم».
وأضاف أن مشكلة الحجاج التونسيين لدى الجوازات، فهم يحملون تأشيرات حج لكنها صدرت من دولة غير تونس، هي جمهورية موريتانيا.
""", [
    ev("entry-blocked", "منذ وصولهم مساء أول من أمس (الإثنين)", "2013-10-07", "'مساء أول من أمس (الإثنين)' from Wed 9 = the evening of Mon 7 Oct 2013"),
    ev("held-until-tuesday", "وحتى أمس (الثلثاء)", "2013-10-07", "from the arrival of Mon 7 Oct to 'أمس (الثلثاء)' from Wed 9 = Tue 8 Oct 2013", end="2013-10-09"),
    ev("committee-formed", "إن لجنة شُكّلت لمتابعة ملف الحجاج التونسيين", COMMITTEE[0], "no own expression; formed after the arrival of Mon 7 Oct and before this report: my span 7-8 Oct 2013", end=COMMITTEE[1]),
])
art(S, "https://arabliss.wordpress.com/2013/10/12/%D8%AA%D9%88%D8%AC%D9%8A%D9%87%D8%A7%D8%AA-%D8%AA%D8%B3%D9%85%D8%AD-%D9%84%D9%84%D8%AD%D8%AC%D8%A7%D8%AC-%D8%A7%D9%84%D8%B5%D8%A7%D8%AF%D8%B1%D8%A9-%D8%AA%D8%A3%D8%B4%D9%8A%D8%B1%D8%A7%D8%AA%D9%87/",
    "2013-10-12", "date in the URL '/2013/10/12/' (12 Oct 2013 was a Saturday; the post relays a report of «الحياة»); the title, repeated three times on the page, kept once; no date of its own in the text", False, """
توجيهات تسمح للحجاج الصادرة تأشيراتهم من موريتانيا بأداء فريضة الحج
علمت «الحياة» بصدور توجيهات تسمح بإتمام إجراءات دخول الحجاج التونسيين إلى الأراضي السعودية لأداء فريضة الحج، بعد أن أوقفوا منذ يوم (الإثنين) الماضي تمهيدا لإعادتهم إلى وطنهم، ومعهم حجاج آخرون قدموا تباعا من دول عربية إفريقية بعد التونسيين، ليتجاوز عددهم 430 حاجا.
وكشف مصدر لـ«الحياة» أن أكثر من 430 حاجا وصلوا إلى مطار الملك عبدالعزيز الدولي بجدة دون أن تُنجز إجراءاتهم، بسبب إشكالات في تأشيرات الحج التي استُخرجت من غير بلدانهم، أي من جمهورية موريتانيا.
وأوضح المصدر أن دخول الحجاج سُمح به بعد تشكيل لجنة لدراسة أوضاعهم تدعى لجنة «التنسيق والمتابعة»، تضم الجمارك والمباحث والجوازات وأمن المطار وإدارة مطار الملك عبدالعزيز وهيئة الطيران المدني.
وعزا المصدر لجوء حجاج الدول العربية الإفريقية إلى استخراج تأشيرات من موريتانيا إلى انخفاض حصص التأشيرات لهذا العام مقارنة بالأعوام السابقة.
""", [
    ev("entry-allowed", "بصدور توجيهات تسمح بإتمام إجراءات دخول الحجاج التونسيين", "2013-10-09", "no own expression; after the report of Wed 9 Oct (still held on Tue 8) and by this post of Sat 12 Oct 2013: my span 9-12 Oct", end="2013-10-13"),
    ev("entry-blocked", "بعد أن أوقفوا منذ يوم (الإثنين) الماضي", "2013-10-07", "'يوم (الإثنين) الماضي' = Mon 7 Oct 2013 (the arrival of the Tunisian pilgrims, sra7h)"),
    ev("committee-formed", "بعد تشكيل لجنة لدراسة أوضاعهم", COMMITTEE[0], "no own expression; formed after the arrival of Mon 7 Oct and before the report of Wed 9 Oct 2013: my span 7-8 Oct", end=COMMITTEE[1]),
    ev("quota-cut", "انخفاض حصص التأشيرات لهذا العام", "2013-01-01", "'لهذا العام' = 2013 (the hajj of 1434, whose quotas were cut)", end="2014-01-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 280)
                            if i != 201 and i != 270
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

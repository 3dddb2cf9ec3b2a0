"""Builds stories.jsonl: the 392-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Upper Egypt's governorates (Sohag, Assiut,
Minya, Qena, Luxor, Aswan, Beni Suef): accidents, floods, vendettas, trains, tourism, prices, courts.
Stories: the derailment of train 977 at the al-Qarareesh crossing in Luxor (February 2026), the overturned bus on
the Eastern Desert road at Beni Mazar, Minya (September 2025), the microbus that rolled into the Ibrahimiya canal
at Dairut, Assiut (December 2024), and the sun alignment on Ramesses II at Abu Simbel, Aswan (October 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-luxor-qarareesh-derailment-2026
S = "egypt-luxor-qarareesh-derailment-2026"
DERAIL = "2026-02-27"                      # train 977 (Aswan/Luxor - Cairo) left the rails at 19:35 on Fri 27 Feb 2026
NIGHT = ("2026-02-27", "2026-03-01")       # the night of 27-28 Feb: cars lifted, traffic restored before 06:16 on Sat 28 Feb
art(S, "https://www.almowaten.net/2026/02/%D8%AE%D8%B1%D9%88%D8%AC-%D8%B9%D8%B1%D8%A8%D8%AA%D9%8A-%D9%82%D8%B7%D8%A7%D8%B1-%D8%B9%D9%86-%D8%A7%D9%84%D9%82%D8%B6%D8%A8%D8%A7%D9%86-%D8%A8%D8%A7%D9%84%D8%A3%D9%82%D8%B5%D8%B1-%D8%A7%D9%84%D9%85/",
    "2026-02-27", "page date line 'الجمعة ٢٧ فبراير ٢٠٢٦ الساعة ١١:٣٣ مساءً' (kept as second line, Arabic-Indic digits; 27 Feb 2026 was a Friday), date in the URL '/2026/02/' and page stamp 2026-02-27; the body's 'الجمعة' agrees; headline kept from the page; the byline 'المواطن - فريق التحرير' dropped", True, """
خروج عربتي قطار عن القضبان بالأقصر المصرية
الجمعة ٢٧ فبراير ٢٠٢٦ الساعة ١١:٣٣ مساءً
شهدت مدينة الأقصر بجنوب مصر، الجمعة، خروج عربتين من أحد القطارات عن مسارهما خلال سيره، من غير أن يسفر ذلك عن إصابات أو خسائر في الأرواح.
ونقلت مصادر مطلعة بحسب العربية أن عربتين من القطار رقم 977 القادم من أسوان والمتجه إلى القاهرة خرجتا جزئيًا عن القضبان لدى مرورهما بمزلقان القراريش، الأمر الذي أوقف الرحلة مؤقتا إلى حين معالجة الموقف.
وعلى الفور توجهت فرق الطوارئ بهيئة السكك الحديدية إلى مكان الحادث، فأمّنت الركاب وتحققت من سلامتهم، ودفعت بأوناش ومعدات فنية لإرجاع العربتين إلى مسارهما واستئناف السير في أقرب وقت ممكن.
وشددت المصادر على أن الإجراءات الاحترازية طُبقت وفق البروتوكولات المعتمدة حفاظا على سلامة الركاب وانتظام حركة القطارات على الخط.
""", [
    ev("derailment", "خروج عربتين من أحد القطارات عن مسارهما", DERAIL, "'الجمعة' = Fri 27 Feb 2026 (date line); at 19:35 by the railway authority (elbalad)"),
    ev("trip-halted", "الأمر الذي أوقف الرحلة مؤقتا", DERAIL, "no own expression; the halt of the trip right after the derailment of the evening of Fri 27 Feb 2026"),
    ev("emergency-response", "توجهت فرق الطوارئ بهيئة السكك الحديدية إلى مكان الحادث", DERAIL, "'على الفور' after the derailment of Fri 27 Feb 2026"),
    ev("lifting-cars", "ودفعت بأوناش ومعدات فنية لإرجاع العربتين", NIGHT[0], "no own expression; cranes sent on the evening of Fri 27 Feb, the line running again before 06:16 on Sat 28 Feb (sinai.news); my span 27-28 Feb", end=NIGHT[1]),
])
art(S, "https://www.masrawy.com/news/news_regions/details/2026/2/27/2949605/%D8%AE%D8%B1%D9%88%D8%AC-%D9%82%D8%B7%D8%A7%D8%B1-%D8%B9%D9%86-%D8%A7%D9%84%D9%82%D8%B6%D8%A8%D8%A7%D9%86-%D8%A8%D9%85%D8%B2%D9%84%D9%82%D8%A7%D9%86-%D8%A7%D9%84%D9%82%D8%B1%D8%A7%D8%B1%D9%8A%D8%B4-%D9%81%D9%8A-%D8%A7%D9%84%D8%A3%D9%82%D8%B5%D8%B1",
    "2026-02-27", "date in the URL '/2026/2/27/' and page stamp 2026-02-27 (a Friday); the body's 'اليوم' agrees with the derailment of Fri 27 Feb; headline rendered from the URL slug (the stored text has none); no date of its own in the text", False, """
خروج قطار عن القضبان بمزلقان القراريش في الأقصر
شهد مزلقان القراريش في محافظة الأقصر، اليوم، خروج جرارين من القطار رقم 977 الإسباني المطوّر عن القضبان، خلال توجهه في رحلته المعتادة إلى القاهرة، ولم تقع أي إصابات بين الركاب أو طاقم القطار.
وأظهرت المعاينة الأولية أن الحادث انحصر في خروج أول عربتين (الجرارين) عن القضبان، ولم تُسجل أي خسائر بشرية، وسط حالة من الهدوء بين الركاب.
وتوجهت الأجهزة المعنية وفرق الطوارئ التابعة لهيئة السكة الحديد إلى موقع البلاغ، واتخذت الإجراءات الفنية اللازمة لإزالة آثار الواقعة وإرجاع القطار إلى مساره، فضلا عن فحص شريط السكة الحديد للتحقق من سلامته قبل عودة الحركة كاملة.
وذكرت مصادر مطلعة أن حركة القطارات تأثرت جزئيا ومؤقتا إلى حين الفراغ من أعمال المعالجة، موضحة أن الجهات المختصة شرعت في فحص أسباب خروج الجرارين عن القضبان، وفتحت تحقيقا فنيا لكشف ملابسات الواقعة.
""", [
    ev("derailment", "خروج جرارين من القطار رقم 977 الإسباني المطوّر", DERAIL, "'اليوم' = Fri 27 Feb 2026 (URL date)"),
    ev("emergency-response", "وتوجهت الأجهزة المعنية وفرق الطوارئ التابعة لهيئة السكة الحديد", DERAIL, "no own expression; the teams sent on the evening of Fri 27 Feb 2026"),
    ev("traffic-disrupted", "أن حركة القطارات تأثرت جزئيا ومؤقتا", NIGHT[0], "no own expression; the partial disruption from the evening of Fri 27 Feb until the line was cleared, before 06:16 on Sat 28 Feb (my span)", end=NIGHT[1]),
    ev("technical-inquiry", "وفتحت تحقيقا فنيا لكشف ملابسات الواقعة", DERAIL, "no own expression; the inquiry / committee ordered on the evening of Fri 27 Feb 2026 (elbalad's statement of the same day)"),
])
art(S, "https://www.elbalad.news/6885150",
    "2026-02-27", "page stamp 'date 2026-02-27' (a Friday); the statement's '١٩:٣٥' is the evening of the derailment of Fri 27 Feb; headline written from the body (the stored text has none); no date of its own in the text", False, """
السكة الحديد: خروج عربة من القطار 977 عن القضبان بحوش محطة الأقصر دون إصابات
أفادت الهيئة القومية لسكك حديد مصر بأنه خلال سير القطار رقم ٩٧٧ / ٢٦٨٧ المكيف (الأقصر – القاهرة)، وفي تمام الساعة ١٩:٣٥، خرجت العربة رقم ١١١٠٧٠ (الواقعة خلف عربة القوى) عن القضبان في نطاق مزلقان مصطفى كامل بحوش محطة الأقصر.
وعلى الفور دُفع بالعناصر الفنية إلى مكان الواقعة لرفع العربة، مع تحويل مسار الحركة مؤقتا إلى الخط النازل بما يضمن انتظام التشغيل من دون أي تعطيل للحركة، ولم تخلف الواقعة أي إصابات.
ويجري استكمال الإجراءات الفنية، وتشكيل لجنة لتحديد أسباب سقوط العربة واتخاذ الإجراءات القانونية بشأنها.
""", [
    ev("derailment", "خرجت العربة رقم ١١١٠٧٠", DERAIL, "'في تمام الساعة ١٩:٣٥' on Fri 27 Feb 2026 (page stamp)"),
    ev("lifting-cars", "دُفع بالعناصر الفنية إلى مكان الواقعة لرفع العربة", NIGHT[0], "'على الفور' after 19:35 of Fri 27 Feb; the lifting ran into the night (my span 27-28 Feb)", end=NIGHT[1]),
    ev("traffic-diverted", "تحويل مسار الحركة مؤقتا إلى الخط النازل", NIGHT[0], "no own expression; the temporary diversion from the evening of Fri 27 Feb until the line was cleared (my span 27-28 Feb)", end=NIGHT[1]),
    ev("technical-inquiry", "وتشكيل لجنة لتحديد أسباب سقوط العربة", DERAIL, "no own expression; the committee announced in the statement of Fri 27 Feb 2026"),
])
art(S, "https://www.sinai.news/news/%d8%aa%d8%b3%d9%8a%d9%8a%d8%b1-%d8%ad%d8%b1%d9%83%d8%a9-%d8%a7%d9%84%d9%82%d8%b7%d8%a7%d8%b1%d8%a7%d8%aa-%d9%81%d9%8a-%d8%a7%d9%84%d8%a3%d9%82%d8%b5%d8%b1-%d8%a8%d8%b9%d8%af-%d8%ae%d8%b1%d9%88%d8%ac",
    "2026-02-28", "page date line '28 فبراير 2026 06:16' (kept under the headline; 28 Feb 2026 was a Saturday); the site name 'سيناء الإخبارية' dropped; headline kept from the page", True, """
تسيير حركة القطارات في الأقصر بعد خروج عربتي قطار عن القضبان
28 فبراير 2026 06:16
عادت حركة القطارات في منطقة سكك حديد الأقصر إلى طبيعتها بعد أن خرجت عربتان من القطار رقم 977 الإسباني المطور المتجه إلى القاهرة عن القضبان عند مزلقان القراريش، دون أن يسفر ذلك عن إصابات أو خسائر بشرية.
ووفق ما ورد، فقد تلقت غرفة النجدة بمديرية أمن الأقصر إخطارا من رجال السكة الحديد بخروج عربتين عن القضبان أثناء تحرك القطار من محطة سكك حديد الأقصر، فتوجهت سيارات الإسعاف على الفور لمتابعة حالة الركاب، في حين تدخل رجال السكة الحديد لمعالجة الأزمة وإعادة الانتظام إلى حركة القطارات.
""", [
    ev("traffic-restored", "عادت حركة القطارات في منطقة سكك حديد الأقصر إلى طبيعتها", NIGHT[0], "no own expression; the line running normally by the date line 06:16 of Sat 28 Feb 2026, after the derailment of the evening of Fri 27 Feb (my span 27-28 Feb)", end=NIGHT[1]),
    ev("derailment", "خرجت عربتان من القطار رقم 977 الإسباني المطور", DERAIL, "no own expression; the derailment of the evening of Fri 27 Feb 2026 (the other reports)"),
    ev("police-notified", "فقد تلقت غرفة النجدة بمديرية أمن الأقصر إخطارا", DERAIL, "no own expression; the report to the police right after the derailment of Fri 27 Feb 2026"),
    ev("emergency-response", "فتوجهت سيارات الإسعاف على الفور", DERAIL, "'على الفور' after the derailment of Fri 27 Feb 2026"),
])

# ---------------------------------------------------------------- egypt-minya-beni-mazar-bus-overturn-2025
S = "egypt-minya-beni-mazar-bus-overturn-2025"
CRASH = "2025-09-29"                       # the bus overturned on the morning of Mon 29 Sep 2025 (Eastern Desert road, Beni Mazar)
art(S, "https://www.masrawy.com/news/news_egypt/details/2025/9/29/2863027/%D8%AD%D8%A7%D8%AF%D8%AB-%D8%A3%D8%AA%D9%88%D8%A8%D9%8A%D8%B3-%D8%A7%D9%84%D8%B5%D8%AD%D8%B1%D8%A7%D9%88%D9%8A-%D9%88%D9%81%D8%A7%D8%A9-8-%D9%88%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-14-%D9%88%D8%A7%D9%84%D8%B5%D8%AD%D8%A9-%D8%AA%D8%AF%D9%81%D8%B9-%D8%A8%D9%8034-%D8%B3%D9%8A%D8%A7%D8%B1%D8%A9-%D8%A5%D8%B3%D8%B9%D8%A7%D9%81",
    "2025-09-29", "page time stamp '10:45 ص 29/09/2025' (kept as second line; 29 Sep 2025 was a Monday), date in the URL '/2025/9/29/'; the body's 'صباح اليوم الإثنين 29 سبتمبر 2025' agrees; the byline 'كتب : أحمد جمعة عسكر' and the photo caption dropped; headline kept from the page", True, """
حادث أتوبيس الصحراوي.. 8 وفيات و14 مصابا والصحة تدفع بـ34 سيارة إسعاف
10:45 ص 29/09/2025
أعلنت وزارة الصحة والسكان الدفع الفوري بـ34 سيارة إسعاف إلى مكان حادث انقلاب أتوبيس، وقع صباح اليوم الإثنين 29 سبتمبر 2025، على الطريق الصحراوي الشرقي في نطاق مركز بني مزار بمحافظة المنيا، في الاتجاه إلى القاهرة.
وذكرت الوزارة في تقرير أولي أن 14 مواطنا من ركاب الأتوبيس أصيبوا، ونُقلوا إلى مستشفى سمالوط النموذجي لتلقي العلاج والرعاية الطبية اللازمة، بينما لقي 8 من الركاب حتفهم في الحادث.
وقدمت وزارة الصحة خالص العزاء لأسر المتوفين، داعية لهم بالرحمة، ومتمنية للمصابين الشفاء العاجل.
""", [
    ev("ministry-statement", "أعلنت وزارة الصحة والسكان الدفع الفوري", CRASH, "no own expression; the ministry's statement of the morning of Mon 29 Sep 2025 (time stamp 10:45)"),
    ev("ambulances-sent", "بـ34 سيارة إسعاف إلى مكان حادث انقلاب أتوبيس", CRASH, "'الدفع الفوري' after the crash of the morning of Mon 29 Sep 2025"),
    ev("bus-overturn", "وقع صباح اليوم الإثنين 29 سبتمبر 2025", CRASH, "'صباح اليوم الإثنين 29 سبتمبر 2025' = Mon 29 Sep 2025"),
    ev("injured-to-samalut", "ونُقلوا إلى مستشفى سمالوط النموذجي", CRASH, "no own expression; the injured taken to hospital on the morning of Mon 29 Sep 2025"),
    ev("eight-dead", "بينما لقي 8 من الركاب حتفهم في الحادث", CRASH, "no own expression; the deaths in the crash of Mon 29 Sep 2025"),
])
art(S, "https://www.almowaten.net/2025/09/%D9%88%D9%81%D8%A7%D8%A9-%D9%88%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-22-%D8%B4%D8%AE%D8%B5%D9%8B%D8%A7-%D8%A8%D8%AD%D8%A7%D8%AF%D8%AB-%D9%85%D8%B1%D9%88%D8%B9-%D9%81%D9%8A-%D9%85%D8%B5%D8%B1-%D8%A7%D9%84/",
    "2025-09-29", "page stamp 'date 2025-09-29' (a Monday) and the URL's '/2025/09/'; the body's 'الإثنين' agrees; headline rendered from the URL slug (the stored text has none); the inner sub-headings dropped; no date of its own in the text", False, """
وفاة وإصابة 22 شخصا بحادث مروع في مصر
أعلنت وزارة الصحة المصرية، الإثنين، أن 8 ركاب توفوا وأصيب 14 آخرون في انقلاب حافلة ركاب بمحافظة المنيا في صعيد مصر (240 كم) جنوب القاهرة.
وأفادت الوزارة، في بيان على صفحتها بموقع فيسبوك، بـ"الدفع الفوري بـ34 سيارة إسعاف إلى موقع حادث انقلاب أتوبيس (حافلة)، وقع صباح الإثنين على الطريق الصحراوي الشرقي بمركز بني مزار في محافظة المنيا، باتجاه القاهرة".
ولفتت الوزارة في تقرير أولي إلى نقل المصابين إلى مستشفى سمالوط النموذجي لتلقي العلاج والرعاية اللازمة.
وأظهرت التحريات الأولية لرجال البحث الجنائي أن الحافلة كانت تقل ركابا متجهين من القاهرة إلى محافظات قنا وسوهاج والأقصر، من بينهم عدد من أبناء محافظتي الإسماعيلية والسويس، قبل أن يفقد السائق السيطرة على عجلة القيادة فتنقلب الحافلة على الطريق.
ونقلت صحيفة "الوطن" المصرية عن أحد المصابين أن انشغال قائد الحافلة بتشغيل "فلاشة أغاني" كان سبب الحادث.
""", [
    ev("ministry-statement", "أعلنت وزارة الصحة المصرية، الإثنين", CRASH, "'الإثنين' = Mon 29 Sep 2025 (page stamp)"),
    ev("bus-overturn", "انقلاب أتوبيس (حافلة)، وقع صباح الإثنين", CRASH, "'صباح الإثنين' = Mon 29 Sep 2025"),
    ev("injured-to-samalut", "نقل المصابين إلى مستشفى سمالوط النموذجي", CRASH, "no own expression; the injured taken to hospital on Mon 29 Sep 2025"),
    ev("driver-lost-control", "قبل أن يفقد السائق السيطرة على عجلة القيادة", CRASH, "no own expression; the cause of the crash of the morning of Mon 29 Sep 2025"),
    ev("flash-drive-testimony", "ونقلت صحيفة \"الوطن\" المصرية عن أحد المصابين", CRASH, "no own expression; the injured passenger spoke to al-Watan at Samalut hospital on the day of the crash, Mon 29 Sep 2025 (reported the same day)"),
])
art(S, "https://aldaleelnews.com/?p=130525",
    "2025-09-29", "no date line or URL date on the stored page; the body's 'اليوم الإثنين' with the crash of Mon 29 Sep 2025 (the ministry's statement of that morning) gives Mon 29 Sep; headline written from the body (the stored text has none); the inner sub-headings dropped; no date of its own in the text", False, """
مصرع 8 وإصابة 14 في انقلاب حافلة على الطريق الصحراوي الشرقي بالمنيا
أعلنت وزارة الصحة والسكان، اليوم الإثنين، مصرع 8 أشخاص وإصابة 14 آخرين في حادث أليم نتج عن انقلاب حافلة ركاب على الطريق الصحراوي الشرقي بمركز بني مزار في محافظة المنيا، على بعد نحو 240 كيلومترا جنوب القاهرة.
وبحسب بيان رسمي للوزارة على صفحتها في "فيسبوك"، فقد دُفع بـ34 سيارة إسعاف مجهزة بشكل عاجل إلى مكان الحادث لنقل المصابين والمتوفين، ونُقل المصابون جميعا إلى مستشفى سمالوط النموذجي لتلقي الرعاية الطبية.
وأظهرت التحريات الأولية لرجال البحث الجنائي أن الحافلة كانت تنقل ركابا في رحلة من القاهرة إلى محافظات الصعيد، ومنها قنا وسوهاج والأقصر، إلى جانب ركاب من محافظتي الإسماعيلية والسويس.
وأكدت التحقيقات أن قائد الحافلة فقد السيطرة على عجلة القيادة، فانقلبت المركبة فجأة.
وروى أحد المصابين، صبري عمر رضوان، وهو من محافظة قنا ويتلقى العلاج في مستشفى سمالوط من كسر في الساق، أن الحادث نجم عن انشغال السائق بتشغيل فلاشة محملة بالأغاني لعرضها على شاشة الترفيه في الحافلة، تلبية لطلب بعض الركاب خلال الرحلة الطويلة، وفق صحيفة "الوطن".
""", [
    ev("ministry-statement", "أعلنت وزارة الصحة والسكان، اليوم الإثنين", CRASH, "'اليوم الإثنين' = Mon 29 Sep 2025"),
    ev("bus-overturn", "انقلاب حافلة ركاب على الطريق الصحراوي الشرقي", CRASH, "no own expression; the crash of the morning of Mon 29 Sep 2025"),
    ev("ambulances-sent", "فقد دُفع بـ34 سيارة إسعاف مجهزة بشكل عاجل", CRASH, "'بشكل عاجل' after the crash of Mon 29 Sep 2025"),
    ev("driver-lost-control", "أن قائد الحافلة فقد السيطرة على عجلة القيادة", CRASH, "no own expression; the cause of the crash of Mon 29 Sep 2025"),
    ev("flash-drive-testimony", "وروى أحد المصابين، صبري عمر رضوان", CRASH, "no own expression; the testimony given to al-Watan at Samalut hospital on Mon 29 Sep 2025"),
])
art(S, "https://www.tayyar.org/News/Mena/686543/_guid=686543",
    "2025-09-30", "page date line '30 SEPTEMBER 2025' (kept under the headline; 30 Sep 2025 was a Tuesday); the body's 'الإثنين' is the day before; headline kept from the page", True, """
قتلى بحادث مروع في مصر.. وحديث عن "فلاشة أغاني"
30 SEPTEMBER 2025
أعلنت وزارة الصحة المصرية، الإثنين، عن وفاة 8 ركاب وإصابة 14 آخرين جراء انقلاب حافلة ركاب في محافظة المنيا بصعيد مصر (240 كم) جنوبي القاهرة.
وذكرت الوزارة، في بيان على صفحتها بموقع فيسبوك، "الدفع الفوري بـ34 سيارة إسعاف إلى موقع حادث انقلاب أتوبيس (حافلة)، وقع صباح الإثنين على الطريق الصحراوي الشرقي بمركز بني مزار في محافظة المنيا، باتجاه القاهرة".
وأضافت الوزارة في تقرير أولي أن المصابين نُقلوا إلى مستشفى سمالوط النموذجي للعلاج والرعاية الطبية.
وبيّنت التحريات الأولية للبحث الجنائي أن الأتوبيس كان يقل ركابا في طريقهم من القاهرة إلى قنا وسوهاج والأقصر، ومنهم أبناء من محافظتي الإسماعيلية والسويس، ثم فقد سائقه السيطرة على عجلة القيادة فانقلبت الحافلة.
وأوردت صحيفة "الوطن" المصرية عن أحد المصابين أن السبب هو انشغال السائق بتشغيل "فلاشة أغاني".
""", [
    ev("ministry-statement", "أعلنت وزارة الصحة المصرية، الإثنين، عن وفاة 8 ركاب", CRASH, "'الإثنين' in an article of Tue 30 Sep 2025 = Mon 29 Sep"),
    ev("bus-overturn", "انقلاب أتوبيس (حافلة)، وقع صباح الإثنين", CRASH, "'صباح الإثنين' = Mon 29 Sep 2025"),
    ev("injured-to-samalut", "أن المصابين نُقلوا إلى مستشفى سمالوط النموذجي", CRASH, "no own expression; the injured taken to hospital on Mon 29 Sep 2025"),
    ev("driver-lost-control", "ثم فقد سائقه السيطرة على عجلة القيادة", CRASH, "no own expression; the cause of the crash of Mon 29 Sep 2025"),
    ev("flash-drive-testimony", "وأوردت صحيفة \"الوطن\" المصرية عن أحد المصابين", CRASH, "no own expression; the testimony given to al-Watan on Mon 29 Sep 2025"),
])

# ---------------------------------------------------------------- egypt-assiut-dairut-microbus-canal-2024
S = "egypt-assiut-dairut-microbus-canal-2024"
FALL = "2024-12-08"                        # the microbus rolled into the Ibrahimiya canal at 19:20 on Sun 8 Dec 2024
SEARCH = ("2024-12-08", "2024-12-10")      # the first night's search: divers, the first body, the prosecution's orders (8-9 Dec)
art(S, "https://sauress.com/okaz/2175616",
    "2024-12-08", "the body's 'مساء اليوم (الأحد)' with the known accident of Sun 8 Dec 2024 (8 Dec 2024 was a Sunday; newsworled: 'يوم الأحد الموافق 8 ديسمبر'); an Okaz report copied by sauress; headline written from the body (the stored text has none); no date of its own in the text", True, """
سقوط ميكروباص يقل 14 راكبا في ترعة الإبراهيمية بأسيوط
شهدت محافظة أسيوط، إحدى محافظات صعيد مصر، حادثا مروعا مساء اليوم (الأحد)، إذ سقطت سيارة ميكروباص تقل 14 راكبا في مياه «ترعة الإبراهيمية» بمركز ديروط، ما بث الذعر بين الأهالي الذين شاهدوا ما جرى وأبلغوا السلطات، فانتقلت إلى موقع الحادث على الفور.
وتلقت الأجهزة الأمنية المصرية بلاغا بسقوط الميكروباص في «ترعة الإبراهيمية»، فتحركت على الفور قوات الإنقاذ النهري وسيارات الإسعاف، ومعها قيادات تنفيذية ورئاسة مدينة ديروط، ودُفع بمعدات ثقيلة لرفع السيارة المنكوبة، في حين حاول عدد من الأهالي على متن «مراكب السمك» البحث عن الضحايا وانتشالهم أو العثور على ناجين.
واستمع رجال المباحث إلى شهود العيان، وأكد بعضهم أن السائق لم يكن يسير بسرعة، وحُرر المحضر اللازم، وأُخطرت النيابة العامة لتتولى التحقيق، فأمرت بالإسراع في البحث عن ضحايا الحادث، وكلفت المباحث الجنائية بالتحري عن سبب سقوط الميكروباص.
""", [
    ev("microbus-fall", "إذ سقطت سيارة ميكروباص تقل 14 راكبا", FALL, "'مساء اليوم (الأحد)' = the evening of Sun 8 Dec 2024"),
    ev("rescue-deployed", "فتحركت على الفور قوات الإنقاذ النهري وسيارات الإسعاف", FALL, "'على الفور' after the fall of the evening of Sun 8 Dec 2024"),
    ev("locals-search", "حاول عدد من الأهالي على متن «مراكب السمك»", FALL, "no own expression; the villagers' search right after the fall on the evening of Sun 8 Dec 2024"),
    ev("prosecution-orders", "فأمرت بالإسراع في البحث عن ضحايا الحادث", SEARCH[0], "no own expression; the prosecution's orders on the night of 8-9 Dec 2024 (my span)", end=SEARCH[1]),
])
art(S, "https://pls48.net/uncategorized/21793/%D8%A8%D8%A7%D9%84%D8%B5%D9%88%D8%B1-%D8%A7%D9%84%D9%82%D8%B5%D8%A9-%D8%A7%D9%84%D9%83%D8%A7%D9%85%D9%84%D8%A9-%D9%84%D8%A7%D9%86%D8%AA%D8%B4%D8%A7%D9%84-%D9%85%D9%8A%D9%83%D8%B1%D9%88%D8%A8%D8%A7%D8%B5-%D8%A3%D8%B3%D9%8A%D9%88%D8%B7-%D8%A8%D8%AA%D8%B1%D8%B9%D8%A9-%D8%A7%D9%84%D8%A5%D8%A8%D8%B1%D8%A7%D9%87%D9%8A%D9%85%D9%8A%D8%A9-%D9%88%D8%AA%D8%B1%D9%83-%D8%A7%D9%84%D8%B1%D9%83%D8%A7%D8%A8-%D9%81%D9%8A-%D8%A7%D9%84%D9%82%D8%A7%D8%B9-%D8%A7%D9%84%D8%A3%D9%87%D8%A7%D9%84%D9%8A-%D8%AA%D9%86%D8%AA%D8%B8%D8%B1-%D8%A8%D8%A7%D9%84%D8%AF%D9%85%D9%88%D8%B9---%D8%A8%D9%84%D8%B3-48",
    "2024-12-09", "no date line on the stored page; the body's 'مساء أمس الأحد' for the accident of Sun 8 Dec 2024 gives Mon 9 Dec 2024 (a Monday); headline written from the page's opening words ('القصة الكاملة لانتشال ميكروباص أسيوط من ترعة الإبراهيمية'); the inner sub-headings and the last, truncated sentence dropped; no date of its own in the text", False, """
القصة الكاملة لانتشال ميكروباص أسيوط من ترعة الإبراهيمية
عند الساعة السابعة وعشرون دقيقة من مساء أمس الأحد، عاشت مدينة ديروط بمحافظة أسيوط لحظة أليمة لن تغيب عن ذاكرة أهلها، حين سقطت سيارة ميكروباص محملة بالركاب في الترعة الإبراهيمية. ورافق ذلك صراخ الركاب المستغيثين، غير أن سرعة الحادث وعمق الترعة جعلا السيارة وركابها يختفون في ثوان معدودة.
بدأت القصة حين كانت السيارة رقم "6252 ي ص ج" ميكروباص أجرة أسيوط تتهيأ للانطلاق من موقف سيارات ديروط نحو مدينة أسيوط. وبعد أن ركبها 11 راكبا، وقف السائق إلى جوارها ينادي "واحد أسيوط" ليكمل العدد. وفي المقعد الواقع خلف السائق جلست سيدة ومعها اثنان من أبنائها، وإلى جانبهم شاب.
وفي لحظات مفاجئة دبّ الخوف في الركاب حين أخذت السيارة تتحرك إلى الخلف باتجاه الترعة الإبراهيمية في غياب السائق. فاندفع الركاب يحاولون القفز منها، ونجح اثنان في الخروج، وألقت السيدة بابنتيها خارج السيارة، لكنها عجزت عن النزول.
""", [
    ev("microbus-fall", "حين سقطت سيارة ميكروباص محملة بالركاب في الترعة الإبراهيمية", FALL, "'الساعة السابعة وعشرون دقيقة من مساء أمس الأحد' in an article of Mon 9 Dec 2024 = 19:20 on Sun 8 Dec"),
    ev("passengers-board", "وبعد أن ركبها 11 راكبا", FALL, "no own expression; the loading at the Dairut stand just before the fall of Sun 8 Dec 2024"),
    ev("car-rolled-back", "أخذت السيارة تتحرك إلى الخلف باتجاه الترعة الإبراهيمية", FALL, "'في لحظات مفاجئة': the moments before the fall at 19:20 on Sun 8 Dec 2024"),
    ev("mother-throws-daughters", "وألقت السيدة بابنتيها خارج السيارة", FALL, "no own expression; during the fall on the evening of Sun 8 Dec 2024"),
])
art(S, "https://elmanshar.com/2024/12/10/%d9%a1%d9%a0-%d8%ab%d9%88%d8%a7%d9%86%d9%8d-%d8%ba%d9%8a%d8%b1%d8%aa-%d9%85%d8%b5%d9%8a%d8%b1-%d9%a1%d9%a1-%d8%b1%d8%a7%d9%83%d8%a8%d8%a7%d9%8b-%d8%aa%d9%81%d8%a7%d8%b5%d9%8a%d9%84-%d8%ac%d8%af%d9%8a",
    "2024-12-10", "date in the URL '/2024/12/10/' (10 Dec 2024 was a Tuesday); the body's 'مساء يوم الأحد الموافق ٩ ديسمبر ٢٠٢٤' is kept as written although that Sunday was 8 Dec; headline rendered from the URL slug ('١٠ ثوانٍ غيرت مصير ١١ راكباً'); the inner sub-headings dropped; the list of victims, cut in the stored page, dropped", True, """
١٠ ثوانٍ غيرت مصير ١١ راكباً.. تفاصيل جديدة عن حادث ميكروباص ديروط
في مساء يوم الأحد الموافق ٩ ديسمبر ٢٠٢٤، انقلبت رحلة معتادة في مدينة ديروط بمحافظة أسيوط إلى مأساة إنسانية هزت وجدان المصريين. ففي تمام الساعة السابعة والعشرين دقيقة مساءً، انزلق ميكروباص يقل ١١ راكباً إلى قاع ترعة الإبراهيمية، في حادث مروع راح ضحيته خمسة أشخاص.
كان الميكروباص رقم "6252 ي ص ج" واقفاً في موقف سيارات ديروط بانتظار اكتمال الركاب للتوجه إلى مدينة أسيوط، وبينما كان السائق خارج السيارة ينادي على الركاب، تراجعت السيارة فجأة إلى الخلف بلا سائق وسقطت في مياه الترعة.
وفي مشهد بطولي مؤثر، ألقت أم تدعى شريهان عثمان صديقي بطفلتيها، وعمرهما ٥ و٦ سنوات، من نافذة السيارة قبل أن تغرق، مضحية بنفسها لإنقاذهما.
وفور وقوع الحادث، هرعت قوات الإنقاذ النهري والشرطة والإسعاف إلى المكان، ونُشر ٢٥ غطاساً للبحث عن المفقودين. وتواصلت عمليات البحث لساعات طويلة، ونجحت فرق الإنقاذ في انتشال جثة واحدة في الساعات الأولى.
""", [
    ev("microbus-fall", "انزلق ميكروباص يقل ١١ راكباً إلى قاع ترعة الإبراهيمية", FALL, "'مساء يوم الأحد الموافق ٩ ديسمبر ٢٠٢٤' / 'الساعة السابعة والعشرين دقيقة مساءً': the Sunday was 8 Dec 2024 (9 Dec was a Monday); the weekday and the other reports give Sun 8 Dec"),
    ev("car-rolled-back", "تراجعت السيارة فجأة إلى الخلف بلا سائق", FALL, "no own expression; the moments before the fall of Sun 8 Dec 2024"),
    ev("mother-throws-daughters", "ألقت أم تدعى شريهان عثمان صديقي بطفلتيها", FALL, "no own expression; during the fall on the evening of Sun 8 Dec 2024"),
    ev("rescue-deployed", "هرعت قوات الإنقاذ النهري والشرطة والإسعاف إلى المكان", FALL, "'فور وقوع الحادث' = the evening of Sun 8 Dec 2024"),
    ev("divers-search", "ونُشر ٢٥ غطاساً للبحث عن المفقودين", SEARCH[0], "'لساعات طويلة' from the evening of Sun 8 Dec 2024 (my span 8-9 Dec)", end=SEARCH[1]),
    ev("first-body-recovered", "انتشال جثة واحدة في الساعات الأولى", FALL, "'في الساعات الأولى' after the fall = the evening of Sun 8 Dec 2024 (fj-p: 'انتشلت جثة أحد الغرقى مساء أمس')"),
])
art(S, "https://www.youm7.com/story/2024/12/10/خاطر-بحياته-ونزل-الترعة-لإنقاذ-طفلتين-بطولة-شاب-فى-حادث/6807221",
    "2024-12-10", "date in the URL '/story/2024/12/10/' (10 Dec 2024 was a Tuesday); headline rendered from the URL slug (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
خاطر بحياته ونزل الترعة لإنقاذ طفلتين.. بطولة شاب في حادث ميكروباص ديروط
تتوالى القصص والحكايات حول حادث سقوط ميكروباص في الترعة الإبراهيمية بمركز ديروط في محافظة أسيوط، ولا تزال قصة الأم التي أنقذت طفلتيها بإلقائهما من باب السيارة قبل أن تهوي في المياه هي الأوسع انتشارا.
والتقى اليوم السابع شابا يدعى "عمرو"، يعمل سائقا في موقف الأجرة بمركز ديروط، فروى أن السيارة كانت تحمّل الركاب حين بدأت فجأة ودون مقدمات في الرجوع إلى الخلف والانزلاق نحو الترعة الإبراهيمية، وأنه حاول الإمساك بها للضغط على الفرامل، لكنها سرعان ما انزلقت إلى المياه.
وأضاف عمرو أنه رأى في تلك اللحظات أما داخل السيارة تلقي بطفلتيها إلى الخارج، فأمسك بهما على الفور وسحبهما قبل أن تبلغا المياه، وبعد دقائق من غرق السيارة بالكامل ظهرت الأم فوق سطح الماء تستغيث، فأسرع إلى السيارة وجاء بحبل وحاول رميه إليها مرات عدة دون جدوى، إلى أن خارت قواها وجرفها التيار.
""", [
    ev("microbus-fall", "حادث سقوط ميكروباص في الترعة الإبراهيمية بمركز ديروط", FALL, "no own expression; the fall of the evening of Sun 8 Dec 2024"),
    ev("car-rolled-back", "بدأت فجأة ودون مقدمات في الرجوع إلى الخلف", FALL, "no own expression; the moments before the fall of Sun 8 Dec 2024"),
    ev("mother-throws-daughters", "أما داخل السيارة تلقي بطفلتيها إلى الخارج", FALL, "'في تلك اللحظات' of the fall on the evening of Sun 8 Dec 2024"),
    ev("amr-pulls-girls", "فأمسك بهما على الفور وسحبهما", FALL, "'على الفور' during the fall of Sun 8 Dec 2024"),
    ev("mother-swept-away", "إلى أن خارت قواها وجرفها التيار", FALL, "'بعد دقائق من غرق السيارة' = the evening of Sun 8 Dec 2024"),
])

# ---------------------------------------------------------------- egypt-aswan-abu-simbel-sun-alignment-oct-2025
S = "egypt-aswan-abu-simbel-sun-alignment-oct-2025"
ALIGN = "2025-10-22"                       # the sun reached Ramesses II's face at 06:49 on Wed 22 Oct 2025
FEST = ("2025-10-17", "2025-10-23")        # the alignment festival of the culture palaces, 17-22 Oct 2025
DIRECTIVE = ("2025-10-13", "2025-10-22")   # the governor's order to raise readiness (elbalad 13 Oct, repeated up to 21 Oct)
art(S, "https://www.elbalad.news/6732889",
    "2025-10-16", "page stamp 'date 2025-10-16' (a Thursday); the body's 'فجر يوم الأربعاء الموافق : 22/10/2025' and '22 أكتوبر المقبل' agree (a date before 22 Oct); headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", True, """
أبو سمبل تستعد لتعامد الشمس وسط ارتفاع نسب الإشغال السياحي
بالتزامن مع انطلاق فعاليات مهرجان تعامد الشمس على وجه الملك رمسيس الثانى في مدينة أبو سمبل السياحية جنوب أسوان، ترتفع معدلات الإشغال في الحركة السياحية، لا سيما أن هذا الحدث العالمي الفريد سيحل في فجر يوم الأربعاء الموافق : 22/10/2025، وهو اليوم الذي تتدفق فيه الأفواج السياحية من جنسيات العالم المختلفة.
وظاهرة تعامد الشمس ظاهرة فلكية لا تحدث إلا مرتين كل عام 22 أكتوبر و22 فبراير، وقد تهيأت مدينة أبوسمبل لاستقبال هذا الحدث العالمي، أي تعامد الشمس على وجه رمسيس الثانى في قدس أقداس معبده الكبير.
ووجّه اللواء الدكتور إسماعيل كمال، محافظ أسوان، برفع درجة الاستعداد القصوى بالتنسيق مع الجهات المعنية كافة، لتجهيز مدينة أبو سمبل السياحية وتزيينها حتى تبدو في أبهى صورها لاستقبال الزائرين المصريين والأفواج السياحية المشاركين في الاحتفال بمشاهدة الظاهرة فى22 أكتوبر المقبل.
""", [
    ev("alignment-festival", "انطلاق فعاليات مهرجان تعامد الشمس", FEST[0], "no own expression; the festival of 17-22 Oct 2025 (masrawy: 'خلال الفترة من 17 إلى 22 أكتوبر')", end=FEST[1]),
    ev("occupancy-rise", "ترتفع معدلات الإشغال في الحركة السياحية", "2025-10-16", "no own expression; the present tense of the report of Thu 16 Oct 2025 (my span 16-22 Oct)", end="2025-10-23"),
    ev("sun-alignment", "سيحل في فجر يوم الأربعاء الموافق : 22/10/2025", ALIGN, "'فجر يوم الأربعاء الموافق : 22/10/2025' = Wed 22 Oct 2025"),
    ev("governor-directive", "ووجّه اللواء الدكتور إسماعيل كمال، محافظ أسوان، برفع درجة الاستعداد القصوى", DIRECTIVE[0], "no own expression; the governor's order, already reported on Mon 13 Oct 2025 (elbalad 6729870) and repeated up to Tue 21 Oct (my span 13-21 Oct)", end=DIRECTIVE[1]),
])
art(S, "https://www.masress.com/shorouk/2439772",
    "2025-10-21", "no date line on the stored page (a copy of al-Shorouk by masress); the body's 'صباح غدٍ الأربعاء' for the alignment of Wed 22 Oct 2025 gives Tue 21 Oct 2025 (a Tuesday); headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
أنظار العالم تتجه غدا إلى أبو سمبل لمتابعة تعامد الشمس على وجه رمسيس الثاني
تتجه أنظار العالم صباح غدٍ الأربعاء نحو معبد أبو سمبل جنوب محافظة أسوان، حيث يتوافد السائحون والمصريون لمشاهدة الظاهرة الفلكية الفريدة لتعامد الشمس على وجه تمثال الملك رمسيس الثاني في قدس الأقداس بالمعبد الكبير.
ويبدأ التعامد في تمام الساعة 6:53 صباحًا ويدوم 20 دقيقة، فيضيء وجه الملك رمسيس الثاني، في واحدة من أبرز الظواهر الفلكية التي لا تتكرر سوى مرتين سنويًا، في 22 أكتوبر و22 فبراير.
وعلى هامش المناسبة، تقيم وزارة الثقافة بالتعاون مع محافظة أسوان عروضًا للفنون الشعبية، إذ تقدم 8 فرق عروضًا فلكلورية متنوعة في صحن المعبد احتفالًا بالحدث.
ووجّه اللواء إسماعيل كمال، محافظ أسوان، كل الأجهزة التنفيذية والخدمية برفع درجة الاستعداد القصوى وتجهيز مدينة أبو سمبل السياحية لتبدو في أبهى صورها أمام الزوار المصريين والأجانب.
وأكد المحافظ الانتهاء من رصف طريق المعبد وتطويره بطول 2.5 كم وعرض 9 أمتار، بتكلفة 18.5 مليون جنيه ضمن الخطة الاستثمارية لمديرية الطرق، إلى جانب تكثيف أعمال النظافة والتجميل والإنارة العامة.
""", [
    ev("sun-alignment", "لتعامد الشمس على وجه تمثال الملك رمسيس الثاني في قدس الأقداس", ALIGN, "'صباح غدٍ الأربعاء' from Tue 21 Oct 2025 = Wed 22 Oct; 'في تمام الساعة 6:53 صباحًا' (it came at 06:49)"),
    ev("alignment-festival", "تقيم وزارة الثقافة بالتعاون مع محافظة أسوان عروضًا للفنون الشعبية", FEST[0], "no own expression; the folk shows of the festival of 17-22 Oct 2025", end=FEST[1]),
    ev("governor-directive", "ووجّه اللواء إسماعيل كمال، محافظ أسوان، كل الأجهزة التنفيذية", DIRECTIVE[0], "no own expression; the governor's order reported from Mon 13 Oct 2025 (my span 13-21 Oct)", end=DIRECTIVE[1]),
    ev("temple-road-paved", "الانتهاء من رصف طريق المعبد وتطويره", "2025-09-01", "no own expression; the paving was already done by the report of Mon 13 Oct 2025 (elbalad 6729870: 'حيث تم تنفيذ أعمال الرصف'); my span September - 13 Oct 2025", end="2025-10-14"),
])
art(S, "http://www.soutalsaeid.com/45175",
    "2025-10-22", "page date line 'الأربعاء 22 أكتوبر 2025 11:59 صـ 29 ربيع آخر 1447 هـ' (kept under the headline; 22 Oct 2025 was a Wednesday); the body's 'صباح اليوم الأربعاء' agrees; the site's header and the duplicate upper date line dropped; the typo 'صاح' corrected to 'صباح'; headline kept from the page (spelling 'ألاف' corrected); the last, truncated sentence dropped", True, """
4 آلاف سائح وزائر يشاهدون ظاهرة تعامد الشمس على وجه رمسيس الثاني بـ أبو سمبل
الأربعاء 22 أكتوبر 2025 11:59 صـ 29 ربيع آخر 1447 هـ
تابع نحو 4 آلاف سائح وزائر قدموا من أنحاء العالم، صباح اليوم الأربعاء، ظاهرة تعامد الشمس على وجه الملك رمسيس الثانى داخل قدس الأقداس بمعبده الكبير في أبو سمبل جنوب محافظة أسوان، وهي ظاهرة فلكية تتكرر مرتين في العام، يوم 22 أكتوبر و22 فبراير من كل عام.
وأناب اللواء دكتور إسماعيل كمال، محافظ أسوان، نائبه المهندس عمرو لاشين لحضور فعاليات الظاهرة، برفقة الدكتور فهمى الأمين مدير عام الإدارة العامة للآثار المصرية واليونانية والرومانية بأسوان، وعادل مرغنى رئيس المدينة، والقيادات التنفيذية.
ونفذت أشعة الشمس عبر بهو المعبد لمسافة 60 متراً حتى قدس الأقداس، وذلك في تمام الساعة 6.49 دقيقة من صباح اليوم الأربعاء 22 أكتوبر الجارى، واستمرت 20 دقيقة.
""", [
    ev("visitors-watch", "تابع نحو 4 آلاف سائح وزائر قدموا من أنحاء العالم", ALIGN, "'صباح اليوم الأربعاء' = Wed 22 Oct 2025 (date line)"),
    ev("deputy-attends", "نائبه المهندس عمرو لاشين لحضور فعاليات الظاهرة", ALIGN, "no own expression; the deputy governor at the temple on the morning of Wed 22 Oct 2025"),
    ev("sun-alignment", "ونفذت أشعة الشمس عبر بهو المعبد لمسافة 60 متراً", ALIGN, "'في تمام الساعة 6.49 دقيقة من صباح اليوم الأربعاء 22 أكتوبر الجارى' = Wed 22 Oct 2025"),
])
art(S, "https://www.masrawy.com/news/news_regions/details/2025/10/22/2877072/%D8%A8%D8%A7%D9%84%D8%B5%D9%88%D8%B1-4-%D8%A2%D9%84%D8%A7%D9%81-%D8%B3%D8%A7%D8%A6%D8%AD-%D9%8A%D8%B4%D8%A7%D9%87%D8%AF%D9%88%D9%86-%D8%B8%D8%A7%D9%87%D8%B1%D8%A9-%D8%AA%D8%B9%D8%A7%D9%85%D8%AF-%D8%A7%D9%84%D8%B4%D9%85%D8%B3-%D8%B9%D9%84%D9%89-%D9%88%D8%AC%D9%87-%D8%B1%D9%85%D8%B3%D9%8A%D8%B3-%D8%A7%D9%84%D8%AB%D8%A7%D9%86%D9%8A-%D8%A8%D9%85%D8%B9%D8%A8%D8%AF-%D8%A3%D8%A8%D9%88-%D8%B3%D9%85%D8%A8%D9%84",
    "2025-10-22", "date in the URL '/2025/10/22/' and page stamp 2025-10-22 (a Wednesday); the body's 'صباح اليوم الأربعاء' agrees; headline rendered from the URL slug ('بالصور' dropped); the last, truncated words dropped; no date of its own in the text", False, """
4 آلاف سائح يشاهدون ظاهرة تعامد الشمس على وجه رمسيس الثاني بمعبد أبو سمبل
شهدت مدينة أبو سمبل السياحية جنوب محافظة أسوان، صباح اليوم الأربعاء، ظاهرة تعامد الشمس على وجه الملك رمسيس الثاني، بحضور قرابة 4 آلاف سائح وزائر من دول العالم المختلفة.
وتقدم الحاضرين المهندس عمرو لاشين نائب محافظ أسوان، والدكتور فهمي الأمين مدير عام الإدارة العامة للآثار المصرية واليونانية والرومانية بأسوان.
واخترقت أشعة الشمس بهو المعبد لمسافة 60 متراً وصولا إلى قدس الأقداس، في تمام الساعة 6:49 دقيقة صباحاً، ودامت الظاهرة 20 دقيقة كاملة.
وأوضح لاشين أن الهيئة العامة لقصور الثقافة أقامت فعاليات مهرجان التعامد خلال الفترة من 17 إلى 22 أكتوبر، فقُدمت العروض الفنية في كل المواقع الثقافية المفتوحة بمشاركة 8 فرق للفنون الشعبية المصرية.
""", [
    ev("visitors-watch", "بحضور قرابة 4 آلاف سائح وزائر", ALIGN, "'صباح اليوم الأربعاء' = Wed 22 Oct 2025 (URL date)"),
    ev("deputy-attends", "وتقدم الحاضرين المهندس عمرو لاشين نائب محافظ أسوان", ALIGN, "no own expression; the morning of Wed 22 Oct 2025"),
    ev("sun-alignment", "واخترقت أشعة الشمس بهو المعبد لمسافة 60 متراً", ALIGN, "'في تمام الساعة 6:49 دقيقة صباحاً' of Wed 22 Oct 2025"),
    ev("alignment-festival", "أقامت فعاليات مهرجان التعامد خلال الفترة من 17 إلى 22 أكتوبر", FEST[0], "'خلال الفترة من 17 إلى 22 أكتوبر' = 17-22 Oct 2025", end=FEST[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 392
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

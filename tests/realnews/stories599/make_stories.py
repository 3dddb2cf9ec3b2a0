"""Builds stories.jsonl: the 599-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: tribal and clan clashes and the reconciliations that end
them: the clash, casualties, truce, settlement.
Stories: the Wad al-Mahi tribal clashes in Blue Nile and the state of emergency and the burning of the
government seat in Damazin (Sudan, October 2022); the Awlad Suleiman - Qadhadhfa clashes in Sabha and the
truce brokered by the Fezzan notables (Libya, November 2016).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- sudan-blue-nile-wad-al-mahi-clashes-2022
S = "sudan-blue-nile-wad-al-mahi-clashes-2022"
CLASH = ("2022-10-19", "2022-10-21")       # the Wad al-Mahi fighting of Wed 19 and Thu 20 Oct 2022
EMERG = "2022-10-21"                       # the governor's emergency decree, Fri 21 Oct 2022
BURN = "2022-10-23"                        # the government seat in Damazin burned, Sun 23 Oct 2022
art(S, "https://alyaum.com/ampArticle/6428265",
    "2022-10-21", "no date line on the stored page; the body's 'اليوم الجمعة' for the emergency decree, which was issued on Fri 21 Oct 2022 (altareek-media of Sun 23: 'أمس الأول الجمعة'; 21 Oct 2022 was a Friday); headline written from the body (the stored text has none); the sub-heading and the truncated last quotation dropped", False, """
السودان يعلن الطوارئ في النيل الأزرق لمدة 30 يوما
أعلنت السلطات في السودان، اليوم الجمعة، فرض حالة الطوارئ في كامل ولاية النيل الأزرق لمدة 30 يومًا، إثر تجدد أعمال العنف والمواجهات القبلية في الإقليم الواقع جنوب شرقي البلاد.
ووفق مرسوم ولائي اطلعت عليه «اليوم»، أوعز حاكم إقليم النيل الأزرق أحمد العمدة إلى قادة الفرقة الرابعة مشاة والشرطة في الإقليم ومدير جهاز المخابرات العامة وقائد الدعم السريع في قطاع الإقليم بالتدخل لوقف الاقتتال القبلي وبسط هيبة الدولة، ومنحهم المرسوم الصلاحيات الدستورية والقانونية كاملة لاتخاذ ما يلزم من إجراءات بحسب ما يقتضيه الوضع هناك.
وسقط مئات الضحايا الأسبوع المنصرم في مواجهات قبلية بالنيل الأزرق بين أفراد من «الهوسا» وقبائل أخرى في بلدة ود الماحي شرقي مدينة الروصيرص، وهو ما دفع السلطات في السودان إلى فرض حظر تجوال ليلي في منطقة ود الماحي.
وفي سياق آخر، خرج مواطنون في مدينة الدمازين، عاصمة النيل الأزرق، في احتجاجات أمام مقر أمانة الحكومة الولائية، مطالبين بتنحي أحمد العمدة.
ونقل موقع «باج نيوز» عن رئيس مبادرة المجتمع المدني محمد الطيب قيصر قوله إن المطالبة بتنحي حاكم الإقليم تعود إلى عجز حكومته عن بسط الأمن وإخفاقها في إدارة الأزمة.
""", [
    ev("emergency-declared", "فرض حالة الطوارئ في كامل ولاية النيل الأزرق", EMERG, "'اليوم الجمعة' = Fri 21 Oct 2022"),
    ev("forces-ordered-to-intervene", "بالتدخل لوقف الاقتتال القبلي وبسط هيبة الدولة", EMERG, "no own expression; the order is part of the decree of Fri 21 Oct 2022"),
    ev("wad-al-mahi-clashes", "في مواجهات قبلية بالنيل الأزرق بين أفراد من «الهوسا» وقبائل أخرى", CLASH[0], "'الأسبوع المنصرم' from Fri 21 Oct 2022; the fighting of 'يومي الأربعاء والخميس' (khafayalb, shmsan) = Wed 19 - Thu 20 Oct", end=CLASH[1]),
    ev("wad-al-mahi-curfew", "فرض حظر تجوال ليلي في منطقة ود الماحي", "2022-10-13", "no own expression; imposed after the Wad al-Mahi violence that began on 13 Oct 2022 (OCHA) and before this report of Fri 21 Oct (my span 13 - 20 Oct)", end=EMERG),
    ev("damazin-protests", "خرج مواطنون في مدينة الدمازين، عاصمة النيل الأزرق، في احتجاجات", EMERG, "no own expression; the protests outside the government seat on the day of the decree, Fri 21 Oct 2022 (alyoumaltali: the governor besieged 'منذ الجمعة الماضية')"),
])
art(S, "https://alsudanet.com/?p=30576",
    "2022-10-22", "no date on the stored page; the body's 'أعلن ... أمس، عن حالة الطوارئ' for the decree of Fri 21 Oct 2022 (alyaum: 'اليوم الجمعة') gives Sat 22 Oct 2022; headline kept from the page", False, """
مقتل 200 شخص إثر مواجهات قبلية في النيل الأزرق بالسودان
أعلن عبدالعزيز الأمين، المدير التنفيذي للمجلس المحلي في بلدة واد الماحي بالسودان، أن نحو 200 شخص لقوا حتفهم في المواجهات القبلية التي شهدتها ولاية النيل الأزرق جنوبي البلاد.
وبيّن المدير التنفيذي للمجلس المحلي في البلدة أن الضحايا سقطوا في ثلاث قرى، مناشدًا المنظمات الإنسانية مساعدة السلطات المحلية على دفن الجثث.
وكان حاكم ولاية النيل الأزرق قد أعلن، أمس، حالة الطوارئ في الولاية ومنح قوات الأمن صلاحيات كاملة لإيقاف القتال القبلي، إذ نص مرسوم أصدره أحمد العمدة بادي على إعلان الطوارئ في أرجاء إقليم النيل الأزرق كافة لمدة ثلاثين يومًا.
كما كُلّف المسؤولون المحليون عن الشرطة والجيش والمخابرات وقوات الدعم السريع بالتدخل بكل ما يتاح من إمكانات لإيقاف الاقتتال القبلي.
وخلال الأسبوع الماضي لقي 19 شخصًا حتفهم وأصيب 34 آخرون في نزاع قبلي بولاية غرب كردفان، وفق بيانات الأمم المتحدة، فيما قُتل منذ يناير نحو 550 شخصًا ونزح ما يزيد على 210 آلاف بسبب النزاعات القبلية في السودان.
""", [
    ev("wad-al-mahi-clashes", "لقوا حتفهم في المواجهات القبلية التي شهدتها ولاية النيل الأزرق", CLASH[0], "no own expression; the fighting of Wed 19 - Thu 20 Oct 2022 in three villages of Wad al-Mahi", end=CLASH[1]),
    ev("emergency-declared", "قد أعلن، أمس، حالة الطوارئ في الولاية", EMERG, "'أمس' from Sat 22 Oct 2022 = Fri 21 Oct"),
    ev("forces-ordered-to-intervene", "كما كُلّف المسؤولون المحليون عن الشرطة والجيش", EMERG, "no own expression; part of the decree of Fri 21 Oct 2022"),
    ev("west-kordofan-clash", "لقي 19 شخصًا حتفهم وأصيب 34 آخرون في نزاع قبلي بولاية غرب كردفان", "2022-10-12", "'خلال الأسبوع الماضي' from Sat 22 Oct 2022: my span 12 - 21 Oct (the Lagawa fighting; day not given)", end=EMERG),
    ev("tribal-toll-since-january", "فيما قُتل منذ يناير نحو 550 شخصًا", "2022-01-01", "'منذ يناير' = from 1 Jan 2022 to this report of Sat 22 Oct 2022", end="2022-10-23"),
])
art(S, "https://altareek-media.com/public/ar/post/9463/%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86-%D9%85%D8%AD%D8%AA%D8%AC%D9%88%D9%86-%D9%8A%D8%AD%D8%B1%D9%82%D9%88%D9%86-%D9%85%D9%82%D8%B1-%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D9%86%D9%8A%D9%84-%D8%A7%D9%84%D8%A3%D8%B2%D8%B1%D9%82",
    "2022-10-23", "no date line on the stored page; the body's 'أمس الأول الجمعة' for the decree of Fri 21 Oct 2022 gives Sun 23 Oct 2022, the day the government seat was burned (marsalqatar, khafayalb: 'اليوم الأحد'); headline rendered from the URL slug", False, """
السودان.. محتجون يحرقون مقر الحكومة في النيل الأزرق
أضرم محتجون غاضبون النار في مقر الحكومة بعاصمة ولاية النيل الأزرق جنوب شرقي السودان، على خلفية الصراع القبلي الذي خلّف قتلى وجرحى.
وذكرت وسائل إعلام أن مواطنين غاضبين أشعلوا الحريق في مقر الحكومة احتجاجًا على الصراع القبلي في ولاية النيل الأزرق بالسودان.
وطالب المحتجون بإقالة حاكم الولاية أحمد العمدة، بحجة عجزه عن احتواء العنف القبلي.
وكانت السلطات السودانية قد أعلنت، أمس الأول الجمعة، حالة الطوارئ لمدة 30 يومًا في ولاية النيل الأزرق، بسبب سقوط قتلى وجرحى في الصراع القبلي بالمنطقة.
""", [
    ev("hq-burned", "أضرم محتجون غاضبون النار في مقر الحكومة", BURN, "no own expression; the burning of Sun 23 Oct 2022 (khafayalb: 'عصر اليوم الأحد'), the day of this report"),
    ev("protesters-demand-dismissal", "وطالب المحتجون بإقالة حاكم الولاية أحمد العمدة", BURN, "no own expression; the demand voiced at the protest of Sun 23 Oct 2022"),
    ev("emergency-declared", "قد أعلنت، أمس الأول الجمعة، حالة الطوارئ", EMERG, "'أمس الأول الجمعة' from Sun 23 Oct 2022 = Fri 21 Oct"),
    ev("wad-al-mahi-clashes", "بسبب سقوط قتلى وجرحى في الصراع القبلي بالمنطقة", CLASH[0], "no own expression; the fighting of Wed 19 - Thu 20 Oct 2022 that led to the decree", end=CLASH[1]),
])
art(S, "https://athabat.net/article/287037",
    "2022-10-24", "date line 'الإثنين 24 تشرين الأول , 2022 09:22 توقيت بيروت' on the page (not kept in the text); the section tag and the related-links block dropped; headline kept from the page", True, """
السودان ... محتجون يضرمون النيران في مقر الحكومة في النيل الأزرق
أشعل محتجون النار في مقر أمانة حكومة إقليم النيل الأزرق جنوب شرقي السودان، في أثناء تظاهرات غاضبة نددت بمقتل مئات المدنيين في موجة جديدة من الاقتتال الأهلي يشهدها الإقليم منذ الأسبوع الماضي.
وطالب المتظاهرون بإقالة حاكم الإقليم أحمد العمدة ومحاسبة المسؤولين عن الأحداث التي أودت بحياة 250 شخصا.
وبحسب مصادر محلية، أضرمت مجموعات قبلية النار في أمانة الحكومة بمدينة الدمازين بعد أن رفعت مذكرة تطالب بإقالة الحاكم، ثم توجهت إلى مقر الجيش وسلمته المذكرة ذاتها، ومنحت الحكومة مهلة 48 ساعة لتلبية مطالبها.
ويأتي ذلك في وقت يعيش فيه السكان حالة من الذعر، وتتزايد أعداد النازحين الفارين بعد تجدد الصراع القبلي العنيف في محلية ود الماحي بمدينة الروصيرص، الواقعة على الضفة الشرقية للنيل الأزرق والتي تبعد نحو 157 كيلومترا عن مدينة الدمازين.
""", [
    ev("hq-burned", "أشعل محتجون النار في مقر أمانة حكومة إقليم النيل الأزرق", BURN, "no own expression; the burning of Sun 23 Oct 2022 (marsalqatar, khafayalb: 'اليوم الأحد'), the day before this report of Mon 24 Oct"),
    ev("wad-al-mahi-clashes", "في موجة جديدة من الاقتتال الأهلي يشهدها الإقليم منذ الأسبوع الماضي", CLASH[0], "'منذ الأسبوع الماضي' from Mon 24 Oct 2022; the fighting of Wed 19 - Thu 20 Oct", end=CLASH[1]),
    ev("protesters-demand-dismissal", "وطالب المتظاهرون بإقالة حاكم الإقليم أحمد العمدة", BURN, "no own expression; the demand voiced at the protest of Sun 23 Oct 2022"),
    ev("memo-and-ultimatum", "بعد أن رفعت مذكرة تطالب بإقالة الحاكم", EMERG, "no own expression; the memo with its 'مهلة 48 ساعة' ran out on Sun 23 Oct 2022, so it was handed in about Fri 21 Oct (my span Fri 21 - Sat 22 Oct)", end=BURN),
])

# ---------------------------------------------------------------- libya-sabha-awlad-suleiman-qadhadhfa-clashes-2016
S = "libya-sabha-awlad-suleiman-qadhadhfa-clashes-2016"
TUE = "2016-11-22"                         # the truce day, Tue 22 Nov 2016
art(S, "https://jamahiriyanewsagency.wordpress.com/2016/11/20/%d8%a7%d8%ac%d8%aa%d9%85%d8%a7%d8%b9%d9%8a-%d8%b3%d8%a8%d9%87%d8%a7-%d9%86%d8%aa%d8%a7%d8%a6%d8%ac-%d8%a5%d9%8a%d8%ac%d8%a7%d8%a8%d9%8a%d8%a9-%d8%ae%d9%84%d8%a7%d9%84-%d8%b3%d8%a7%d8%b9%d8%a7%d8%aa/",
    "2016-11-20", "the post's date 2016/11/20 in its address, and the body's 'مساء اليوم الأحد' (20 Nov 2016 was a Sunday); a repost of a Bawabat al-Wasat report; the photo caption and the truncated last sentence dropped; headline kept from the page", True, """
اجتماعي سبها: نتائج إيجابية خلال ساعات بين القذاذفة وأولاد سليمان
أعلن رئيس المجلس الاجتماعي لقبائل سبها، عضو لجنة المصالحة بين قبيلتي القذاذفة وأولاد سليمان، نوري الغويزي، لـ«بوابة الوسط» مساء اليوم الأحد، أن «نتائج إيجابية ستُعلن خلال ساعات» بين طرفي النزاع المسلح في المدينة، في تلميح إلى اقتراب التهدئة وتوقف الاشتباكات العنيفة التي تعيشها المدينة منذ الخميس الماضي.
وأوضح الغويزي لـ«بوابة الوسط»، مساء اليوم الأحد، أن المساعي متواصلة للوصول إلى وقف لإطلاق النار بين القبيلتين، مؤكدًا أن الطرفين «يستجيبان» للدعوات إلى وقف إطلاق النار في المدينة.
وأفاد المكتب الإعلامي لمجلس أعيان ليبيا للمصالحة، اليوم الأحد، بأن وفدًا من المجلس يضم أعيان الشمال سيتوجه غدًا الاثنين إلى مدينة سبها لمساندة جهود المصالحة بين قبيلتي أولاد سليمان والقذاذفة، لافتًا إلى أن «أعضاء المجلس يعملون مع الأطراف من أول يوم».
""", [
    ev("guweizi-positive-results", "أن «نتائج إيجابية ستُعلن خلال ساعات»", "2016-11-20", "'مساء اليوم الأحد' = Sun 20 Nov 2016"),
    ev("sabha-clashes", "الاشتباكات العنيفة التي تعيشها المدينة منذ الخميس الماضي", "2016-11-17", "'منذ الخميس الماضي' from Sun 20 Nov 2016 = since Thu 17 Nov; the fighting lasted until the truce of Tue 22 Nov at 23:00", end="2016-11-23"),
    ev("council-statement", "وأفاد المكتب الإعلامي لمجلس أعيان ليبيا للمصالحة، اليوم الأحد", "2016-11-20", "'اليوم الأحد' = Sun 20 Nov 2016"),
    ev("council-delegation-trip", "سيتوجه غدًا الاثنين إلى مدينة سبها", "2016-11-21", "'غدًا الاثنين' from Sun 20 Nov 2016 = Mon 21 Nov"),
])
art(S, "https://lananews.com/ar/?p=27523",
    "2016-11-22", "the wire date line 'سبها 22 نوفمبر 2016 (وال)' at the head of the body (kept); 22 Nov 2016 was a Tuesday; headline written from the body (the stored text has none)", True, """
الغويزي: بوادر انفراج في سبها واتفاق مبدئي لوقف إطلاق النار
سبها 22 نوفمبر 2016 (وال) – أفاد رئيس المجلس الاجتماعي لقبائل سبها نوري الغويزي بظهور بوادر انفراج في مدينة سبها عقب اجتماع عقده وفد من أعيان ليبيا والجنوب الثلاثاء مع قبيلة أولاد سليمان، التي وصفها بأنها "متجاوبة مع وقف إطلاق النار".
وأضاف الغويزي، في تصريحات إعلامية، أن وفد أعيان ومشايخ ليبيا والجنوب توجه قبل قليل إلى قبيلة القذاذفة للاستماع إلى موقفها والاتفاق معها على موعد تطبيق وقف إطلاق النار، أي أن تنفيذ الاتفاق يتوقف على التزام الطرفين به.
من جانبه، أعلن عضو المجلس البلدي سبها غدفي علي أبوسعدة التوصل إلى اتفاق مبدئي لوقف إطلاق النار بين قبيلتي القذاذفة وأولاد سليمان، ابتداءً من الساعة السادسة من مساء اليوم.
وبيّن أبوسعدة، بحسب ما نشرته صفحة بلدية سبها على "فيسبوك"، أن مساعي التواصل التي بذلها أعيان ليبيا وحكماؤها من مختلف القبائل والمكونات "أدت دورًا إيجابيًا في الوصول إلى إيقاف إطلاق النار". (وال – سبها)
""", [
    ev("guweizi-breakthrough", "أفاد رئيس المجلس الاجتماعي لقبائل سبها نوري الغويزي بظهور بوادر انفراج", TUE, "the date line 22 Nov 2016 (Tue)"),
    ev("notables-meet-awlad-suleiman", "عقب اجتماع عقده وفد من أعيان ليبيا والجنوب الثلاثاء مع قبيلة أولاد سليمان", TUE, "'الثلاثاء' with the date line 22 Nov 2016 = Tue 22 Nov"),
    ev("delegation-to-qadhadhfa", "توجه قبل قليل إلى قبيلة القذاذفة", TUE, "'قبل قليل' from the report of Tue 22 Nov 2016"),
    ev("preliminary-ceasefire", "أعلن عضو المجلس البلدي سبها غدفي علي أبوسعدة التوصل إلى اتفاق مبدئي", TUE, "the date line 22 Nov 2016; the agreement to run 'من الساعة السادسة من مساء اليوم'"),
])
art(S, "http://alwasat.ly/news/libya/117291",
    "2016-11-22", "no date line on the stored page; the body's 'مساء اليوم الثلاثاء' and 'صباح اليوم الثلاثاء', cross-checked with the LANA report dated 22 Nov 2016 (the same statements by Guweizi and Abu Saada) and with alwasat 117377 ('من مساء أمس الثلاثاء' on Wed 23), give Tue 22 Nov 2016; headline kept from the page; the truncated last sentence shortened", False, """
أعيان فزان يتوصلون لاتفاق بوقف إطلاق النار بين أولاد سليمان والقذاذفة في سبها
أعلنت لجنة فض النزاع بين قبيلتي أولاد سليمان والقذاذفة، المؤلفة من أعيان فزان وقبائلها، مساء اليوم الثلاثاء، التوصل إلى هدنة لوقف إطلاق النار في مدينة سبها تسري من الساعة 11 مساء لمدة ثلاثة أيام قابلة للتمديد، وفق ما أكده لـ«بوابة الوسط» رئيس المجلس الأعلى لمدن وقبائل فزان علي مصباح أبوسبيحة.
ودعا أبوسبيحة في تصريحه، عبر «بوابة الوسط»، سكان مدينة سبها وأهلها إلى التعاون مع لجنة فض النزاع بين القبيلتين من أجل إرساء السلم الاجتماعي والأهلي في المدينة.
وفي وقت سابق اليوم، أعلن عضو المجلس البلدي سبها غدفي علي أبو سعدة الوصول إلى اتفاق مبدئي لوقف إطلاق النار بين القبيلتين اعتبارًا من الساعة السادسة من مساء اليوم، موضحًا، بحسب ما نقلته صفحة بلدية سبها على «فيسبوك»، أن مساعي أعيان ليبيا وحكمائها من شتى القبائل والمكونات أسهمت إيجابيًا في التوصل إلى وقف إطلاق النار.
وأكد رئيس المجلس الاجتماعي لقبائل سبها نوري الغويزي لـ«بوابة الوسط»، في وقت سابق اليوم، وجود مؤشرات انفراج في مدينة سبها عقب اجتماع وفد من أعيان ليبيا والجنوب صباح اليوم الثلاثاء مع قبيلة أولاد سليمان.
""", [
    ev("truce-announced", "التوصل إلى هدنة لوقف إطلاق النار في مدينة سبها", TUE, "'مساء اليوم الثلاثاء' = Tue 22 Nov 2016"),
    ev("truce-period", "تسري من الساعة 11 مساء لمدة ثلاثة أيام قابلة للتمديد", TUE, "from 23:00 on Tue 22 Nov 2016 for three days, i.e. to Fri 25 Nov (unless extended)", end="2016-11-26"),
    ev("preliminary-ceasefire", "أعلن عضو المجلس البلدي سبها غدفي علي أبو سعدة", TUE, "'في وقت سابق اليوم' = Tue 22 Nov 2016"),
    ev("guweizi-breakthrough", "وجود مؤشرات انفراج في مدينة سبها", TUE, "'في وقت سابق اليوم' = Tue 22 Nov 2016"),
    ev("notables-meet-awlad-suleiman", "اجتماع وفد من أعيان ليبيا والجنوب صباح اليوم الثلاثاء", TUE, "'صباح اليوم الثلاثاء' = Tue 22 Nov 2016"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 599
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

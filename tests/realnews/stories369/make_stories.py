"""Builds stories.jsonl: the 369-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: heatwaves and record temperatures: heat warnings, midday
outdoor-work bans, deaths from heat, record power demand.
Stories: Sonelgaz's run of record electricity demand in the July heatwave (Algeria, July 2024) and the
August heatwave with new station records in Azraq, Zarqa and Aqaba (Jordan, August 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-sonelgaz-record-demand-2024
S = "algeria-sonelgaz-record-demand-2024"
P1 = "2024-07-14"                          # first record of the summer, 18732 MW, Sun 14 Jul 2024 at 14:45
P3 = "2024-07-17"                          # third record, 19019 MW, Wed 17 Jul 2024 at 14:26
P5 = "2024-07-21"                          # fifth record, 19500 MW, Sun 21 Jul 2024 at 14:48
WAVE = ("2024-07-14", "2024-07-22")        # the heatwave of the record week (my span: the days of the five peaks)
art(S, "https://arabkhabar.com/a/2908768",
    "2024-07-14", "no date line on the stored page (an arabkhabar copy of Ennahar Online); the body's 'اليوم الأحد' with the 18732 MW peak, which ecopresse of Sun 21 Jul 2024 dates to 'الأحد الماضي' = Sun 14 Jul 2024 (a Sunday, checked); headline written from the body; the app banner, the 'إقرأ أيضاً' links and the source tag dropped; no date of its own in the text", False, """
سونلغاز تسجل رقما قياسيا تاريخيا في الطلب على الكهرباء
سجلت شركة سونلغاز "نقل الكهرباء ومسير المنظومة الكهربائية"، اليوم الأحد، عند الساعة الثانية بعد الزوال و45 دقيقة، مستوى قياسيا جديدا للطلب على الطاقة الكهربائية.
وأفاد بيان سونلغاز بأن الطلب على الطاقة الكهربائية وصل إلى 18732 ميغاواط، وهو رقم تاريخي غير مسبوق تسجله الشركة.
ولفت البيان إلى أن سونلغاز تواصل الإبقاء على مستويات التصدير ذاتها نحو تونس، رغم هذا الارتفاع القياسي في الطلب المحلي على الكهرباء.
وسُجل هذا الرقم القياسي على إثر موجة الحر التي تضرب عددا كبيرا من الولايات عبر التراب الوطني.
""", [
    ev("peak-18732", "مستوى قياسيا جديدا للطلب على الطاقة الكهربائية", P1, "'اليوم الأحد' = Sun 14 Jul 2024, 'عند الساعة الثانية بعد الزوال و45 دقيقة'"),
    ev("exports-to-tunisia", "تواصل الإبقاء على مستويات التصدير ذاتها نحو تونس", WAVE[0], "no own expression; the exports kept up through the record week (my span 14-21 Jul 2024)", end=WAVE[1]),
    ev("heatwave", "موجة الحر التي تضرب عددا كبيرا من الولايات", WAVE[0], "no own expression; the heatwave behind the five records of 14-21 Jul 2024 (my span)", end=WAVE[1]),
])
art(S, "https://ar.maghrebemergent.net/?p=72419",
    "2024-07-15", "no date line on the stored page; the body's 'يوم أمس الأحد' (the page has the typo 'يوم أمي الأحد', corrected) with the 18732 MW peak of Sun 14 Jul 2024 gives Mon 15 Jul 2024 (a Monday, checked); headline written from the body; the last, truncated words of Hadna dropped; no date of its own in the text", False, """
سونلغاز: ذروة تاريخية بـ18732 ميغاواطاً والتشغيل الجزئي لمحطة مستغانم
كشف مجمع سونلغاز أن الاستهلاك الوطني للطاقة الكهربائية بلغ، حتى ظهيرة يوم أمس الأحد، مستوى قياسيا جديدا قدره 18732 ميغاواطاً، تزامنا مع اشتداد موجة الحر في ولايات الوطن.
وأوضح المجمع في بيان أن ذروة الطلب الجديدة سُجلت في تمام الثانية بعد الزوال و45 دقيقة، ووصف رقم 18732 ميغاواطاً بأنه رقم قياسي تاريخي لسونلغاز.
ونقلت وكالة الأنباء الجزائرية عن الناطق الرسمي باسم المجمع، خليل هدنة، أن هذه الذروة التي فرضتها ظروف مناخية استثنائية جرى التحكم فيها، إذ ضُمنت إمدادات الكهرباء محليا "بصورة كاملة ودون أي تذبذب"، بما في ذلك في الولايات الجنوبية، مع تأمين الصادرات.
ورأى المتحدث أن هذا المستوى القياسي من الطلب مثّل "امتحانا ناجحا" لسونلغاز، التي ضخت استثمارات "هامة" لتعزيز قدراتها في إنتاج الطاقة الكهربائية ونقلها وتوزيعها.
كما أعلن خليل هدنة انطلاق التشغيل الجزئي لأكبر محطة لإنتاج الكهرباء في الجزائر، الواقعة بولاية مستغانم.
وأوضح هدنة أن تشغيل محطة مستغانم سيضيف 450 ميغاواطاً إلى الطاقة الإنتاجية الوطنية في مرحلة أولى، إلى جانب دخول 51 منشأة نقل حيز الخدمة في 2024.
""", [
    ev("peak-18732", "مستوى قياسيا جديدا قدره 18732 ميغاواطاً", P1, "'يوم أمس الأحد' in an article of Mon 15 Jul 2024 = Sun 14 Jul 2024"),
    ev("heatwave", "تزامنا مع اشتداد موجة الحر في ولايات الوطن", WAVE[0], "no own expression; the heatwave of the record week (my span 14-21 Jul 2024)", end=WAVE[1]),
    ev("hadna-statement", "ونقلت وكالة الأنباء الجزائرية عن الناطق الرسمي باسم المجمع", P1, "no own expression; APS quoted Hadna on the peak of Sun 14 Jul, on that day or the next (my span 14-15 Jul 2024)", end="2024-07-16"),
    ev("mostaganem-partial-start", "انطلاق التشغيل الجزئي لأكبر محطة لإنتاج الكهرباء في الجزائر", "2024-07-01", "no own expression; announced as begun in mid-July 2024 (my span 1-15 Jul 2024)", end="2024-07-16"),
])
art(S, "https://news.radioalgerie.dz/ar/node/48836",
    "2024-07-17", "page time stamp '17/07/2024 - 18:09' (kept as second line; 17 Jul 2024 was a Wednesday, checked); the body's 'اليوم الأربعاء 17 جويلية 2024' agrees; the section label 'سونلغاز' dropped; headline kept from the page (reworded)", True, """
سونلغاز تبلغ ذروة جديدة في استهلاك الكهرباء
17/07/2024 - 18:09
بلغ الاستهلاك الوطني للطاقة الكهربائية، بعد ظهيرة اليوم الأربعاء، ذروة جديدة فاقت 19 ألف ميغاواط، وفق بيان صادر عن مجمع سونلغاز.
وذكر البيان أنه "بسبب استمرار موجة الحر الشديدة التي تعرفها ولايات عديدة، تواصل شركة سونلغاز-نقل الكهرباء ومسير المنظومة، وللمرة الثالثة في هذه الصائفة، تسجيل مستويات قياسية جديدة للطلب على الطاقة الكهربائية، إذ سُجلت اليوم الأربعاء 17 جويلية 2024 في تمام الساعة الثانية و 26 دقيقة بعد الزوال ذروة جديدة قدرها 19019 ميغاواط".
وأكدت سونلغاز في هذا الإطار أنها ضمنت تلبية نوعية للطلب المحلي على الكهرباء على الرغم من المستويات القياسية، بالنظر إلى أن قدرات الإنتاج الوطنية تتجاوز 25 ألف ميغاواط، مشددة من ناحية أخرى على مواصلة التصدير نحو تونس.
""", [
    ev("peak-19019", "ذروة جديدة فاقت 19 ألف ميغاواط", P3, "'اليوم الأربعاء 17 جويلية 2024', 'في تمام الساعة الثانية و 26 دقيقة بعد الزوال'"),
    ev("heatwave", "بسبب استمرار موجة الحر الشديدة التي تعرفها ولايات عديدة", WAVE[0], "no own expression; the heatwave of the record week (my span 14-21 Jul 2024)", end=WAVE[1]),
    ev("exports-to-tunisia", "مشددة من ناحية أخرى على مواصلة التصدير نحو تونس", WAVE[0], "no own expression; the exports kept up through the record week (my span 14-21 Jul 2024)", end=WAVE[1]),
])
art(S, "https://ecopresse.com/2024/07/21/%D8%B0%D8%B1%D9%88%D8%A9-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D9%81%D9%8A-%D8%A7%D8%B3%D8%AA%D9%87%D9%84%D8%A7%D9%83-%D8%A7%D9%84%D9%83%D9%87%D8%B1%D8%A8%D8%A7%D8%A1-%D8%A7%D9%84%D9%8A%D9%88%D9%85-%D8%A7/",
    "2024-07-21", "date in the URL '/2024/07/21/' (21 Jul 2024 was a Sunday, checked); the body's 'اليوم الأحد' agrees; headline rendered from the URL slug (the stored text has none); no date of its own in the text", True, """
ذروة جديدة في استهلاك الكهرباء اليوم الأحد
وصل الاستهلاك الوطني للطاقة الكهربائية، بعد ظهيرة اليوم الأحد، إلى 19500 ميغاواط، ليسجل ذروة جديدة هي الخامسة خلال الصيف الحالي.
وأفاد بيان لمجمع سونلغاز بأنه، في ظل موجة الحر الشديدة التي تعرفها ولايات عديدة عبر التراب الوطني مصحوبة بارتفاع ملحوظ في نسبة الرطوبة، سجلت سونلغاز للمرة الخامسة في ظرف ثمانية أيام أرقاما قياسية جديدة لمستوى الطلب على الطاقة الكهربائية، إذ بلغت الذروة القياسية الجديدة 19500 ميغاواط عند تمام الثانية وثمانية وأربعين دقيقة (14:48 سا) من مساء اليوم الأحد.
وتفوق هذه الذروة الجديدة بـ768 ميغاواطاً الذروة الأولى المسجلة هذه الصائفة، والتي بلغت 18732 ميغاواطاً، بتاريخ الأحد الماضي.
وأشار المجمع إلى أنه "إلى جانب الاستجابة النوعية للطلب المحلي الجزائري القياسي على الكهرباء، تواصل سونلغاز عملية التصدير نحو تونس".
""", [
    ev("peak-19500", "ليسجل ذروة جديدة هي الخامسة خلال الصيف الحالي", P5, "'بعد ظهيرة اليوم الأحد' = Sun 21 Jul 2024 (URL date), '(14:48 سا) من مساء اليوم الأحد'"),
    ev("heatwave", "في ظل موجة الحر الشديدة التي تعرفها ولايات عديدة عبر التراب الوطني", WAVE[0], "no own expression; the heatwave of the record week (my span 14-21 Jul 2024)", end=WAVE[1]),
    ev("five-records-in-eight-days", "سجلت سونلغاز للمرة الخامسة في ظرف ثمانية أيام", P1, "'في ظرف ثمانية أيام' up to Sun 21 Jul 2024 = the five peaks of Sun 14 - Sun 21 Jul 2024", end="2024-07-22"),
    ev("peak-18732", "الذروة الأولى المسجلة هذه الصائفة", P1, "'بتاريخ الأحد الماضي' from Sun 21 Jul 2024 = Sun 14 Jul 2024"),
    ev("exports-to-tunisia", "تواصل سونلغاز عملية التصدير نحو تونس", WAVE[0], "no own expression; the exports kept up through the record week (my span 14-21 Jul 2024)", end=WAVE[1]),
])

# ---------------------------------------------------------------- jordan-august-heatwave-records-2025
S = "jordan-august-heatwave-records-2025"
HW = ("2025-08-07", "2025-08-16")          # the Met's summary: the very hot air mass of 7-15 Aug 2025 (receded on Sat 16 Aug)
REST = ("2025-08-10", "2025-08-16")        # the wave going on to the end of the week (forecast on Sun 10 and Tue 12 Aug)
art(S, "https://www.alwakeelnews.com/Section_1/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D9%85%D8%AD%D9%84%D9%8A%D8%A9/%D8%A7%D9%84%D8%A3%D8%B2%D8%B1%D9%82-%D8%A7%D9%84%D8%AC%D9%86%D9%88%D8%A8%D9%8A-%D9%8A%D8%B3%D8%AC%D9%84-46-%D9%85%D8%A6%D9%88%D9%8A%D8%A9-%D9%88%D9%8A%D8%AA%D8%B5%D8%AF%D8%B1-%D9%82%D9%8A%D8%A7%D8%B3%D8%A7%D8%AA-%D8%A7%D9%84%D8%AD%D8%B1%D8%A7%D8%B1%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86_741684",
    "2025-08-10", "page stamp '2025-08-10 07:14 م' (not kept; 10 Aug 2025 was a Sunday, checked); the body's 'الأحد' agrees; headline rendered from the URL slug; the share line, 'اضافة اعلان' and the last, truncated quotation of Al-Khattab dropped; no date of its own in the text", True, """
الأزرق الجنوبي يسجل 46 مئوية ويتصدر قياسات الحرارة في الأردن
أعلنت إدارة الأرصاد الجوية أن محطة الأزرق الجنوبي سجلت، الأحد، أعلى درجة حرارة في المملكة بواقع 46 درجة مئوية، وجاءت بعدها الصفاوي بـ44.6 درجة مئوية.
وبذلك تتصدر منطقة الأزرق الجنوبي قائمة الحرارة في الأردن لليوم الثاني على التوالي، بعدما سجلت السبت 45 درجة مئوية.
وبلغت الحرارة في منطقتي وادي الريان والجفر، الأحد، 44 درجة مئوية، تلتهما الباقورة بـ43.8 درجة مئوية، ثم دير علا بـ43.5 درجة مئوية.
أما منطقة مطار الملك حسين في العقبة فسجلت 42.5 درجة مئوية، والزرقاء 42.8 درجة مئوية، ثم مطار عمّان المدني في ماركا 41.2 درجة مئوية، وغور الصافي/معان 41 درجة مئوية.
ولفتت إدارة الأرصاد الجوية إلى أن الموجة الحارة ما زالت تؤثر على المملكة، ودعت المواطنين، ولا سيما في ساعات الظهيرة، إلى تفادي التعرض المباشر لأشعة الشمس لفترات طويلة، والإكثار من شرب الماء، والالتزام بإرشادات الحملة التوعوية "احمِ نفسك من الحر".
وتوقع مدير إدارة الأرصاد الجوية، رائد رافد آل خطاب، أن تتواصل الموجة الحارة المؤثرة على الأردن حتى نهاية الأسبوع الحالي.
""", [
    ev("azraq-46-sunday", "محطة الأزرق الجنوبي سجلت، الأحد، أعلى درجة حرارة", "2025-08-10", "'الأحد' = Sun 10 Aug 2025 (page stamp)"),
    ev("azraq-45-saturday", "بعدما سجلت السبت 45 درجة مئوية", "2025-08-09", "'السبت' before Sun 10 Aug 2025 = Sat 9 Aug 2025"),
    ev("heatwave", "أن الموجة الحارة ما زالت تؤثر على المملكة", HW[0], "no own expression; the Met's August summary (watananews, 4 Sep 2025): the hot air mass of 7-15 Aug 2025", end=HW[1]),
    ev("sun-exposure-warning", "إلى تفادي التعرض المباشر لأشعة الشمس لفترات طويلة", "2025-08-10", "no own expression; the Met's call in its statement of Sun 10 Aug 2025"),
    ev("heatwave-to-week-end", "أن تتواصل الموجة الحارة المؤثرة على الأردن حتى نهاية الأسبوع الحالي", REST[0], "'حتى نهاية الأسبوع الحالي' from Sun 10 Aug 2025 = to the end of that week; the wave receded on Sat 16 Aug (span 10-15 Aug)", end=REST[1]),
])
art(S, "https://watananews.com/471466/",
    "2025-08-12", "page date line '12 أغسطس 2025' (kept as second line; 12 Aug 2025 was a Tuesday, checked); the body's 'اليوم الثلاثاء' agrees; the banner 'بنك القاهرة عمان' and the source tag 'وطنا اليوم:' dropped; headline kept from the page (reworded)", True, """
الزرقاء تكسر رقمها القياسي للحرارة المسجل منذ أكثر من قرن
12 أغسطس 2025
سجلت محطة الزرقاء التابعة لإدارة الأرصاد الجوية، اليوم الثلاثاء، 44.8 درجة مئوية، وهي أعلى درجة حرارة عظمى في تاريخها منذ انطلاق السجلات المناخية قبل أكثر من 100 عام.
ووفق بيان "الأرصاد"، تجاوزت هذه القراءة الرقم القياسي السابق البالغ 44.6 درجة مئوية، الذي سُجل في 20 آب 2010 و 13 آب 2023، بحسب ما وثقته الأرصاد في البنك المناخي الأردني التابع لها.
وبيّنت أن الزرقاء باتت رسميًا ضمن قائمة المحطات التي كسرت أرقامها التاريخية، لتكون الأولى هذا العام في تسجيل رقم قياسي جديد، في ظل استمرار تأثير الموجة الحارة على المملكة.
ومع استمرار الموجة الحارة، لا يُستبعد أن تتحطم أرقام قياسية أخرى، بما يجعل السجلات المناخية الأردنية مقبلة على مزيد من التحديثات التاريخية.
""", [
    ev("zarqa-record-44-8", "سجلت محطة الزرقاء التابعة لإدارة الأرصاد الجوية، اليوم الثلاثاء", "2025-08-12", "'اليوم الثلاثاء' = Tue 12 Aug 2025 (date line)"),
    ev("zarqa-old-record-2010", "الذي سُجل في 20 آب 2010", "2010-08-20", "'20 آب 2010' (a Friday)"),
    ev("zarqa-old-record-2023", "و 13 آب 2023", "2023-08-13", "'13 آب 2023' (a Sunday)"),
    ev("heatwave", "في ظل استمرار تأثير الموجة الحارة على المملكة", HW[0], "no own expression; the hot air mass of 7-15 Aug 2025 (the Met's August summary)", end=HW[1]),
    ev("heatwave-to-week-end", "ومع استمرار الموجة الحارة، لا يُستبعد", REST[0], "no own expression; the rest of the wave after the article, to its end on Fri 15 Aug 2025 (same span as alwakeel's forecast of Sun 10 Aug)", end=REST[1]),
])
art(S, "https://almamlakatv.com/news/176136-496-درجة-مئوية-العقبة-تسجل-أعلى-حرارة-في-المملكة-الأربعاء",
    "2025-08-13", "no date line on the stored page; the body's 'الأربعاء' with the 49.6 degrees of Aqaba, which the Met's August summary (watananews 4 Sep 2025) dates '13 آب' = Wed 13 Aug 2025 (a Wednesday, checked), and 'حتى الساعة السادسة مساءً' (a same-day report); headline kept from the page (reworded); the source tag 'المملكة' dropped; no date of its own in the text", False, """
49.6 درجة مئوية.. العقبة الأعلى حرارة في المملكة الأربعاء
أفادت إدارة الأرصاد الجوية، الأربعاء، بأن محطة رصد العقبة سجلت أعلى درجة حرارة في المملكة حتى الساعة السادسة مساءً، إذ وصلت إلى 49.6 درجة مئوية، وتلتها محطة دير علا بـ47.9 درجة مئوية.
وحلت محطة وادي الريان ثالثة بـ47.4 درجة مئوية، ثم الأزرق الجنوبي بـ47.0 درجة، فالباقورة بـ46.6 درجة، بينما سجلت محطة وادي الظليل 45.6 درجة، والصفاوي 45.0 درجة مئوية.
ووصلت درجة الحرارة في مطار الملكة علياء إلى 44.6 درجة، وفي غور الصافي إلى 44.5 درجة، في حين سجلت محطة الغباوي أدنى قراءة بين المحطات العشر الأعلى حرارة اليوم بـ44.0 درجة مئوية.
وأوضحت الأرصاد الجوية أن هذه القراءات رُصدت في عشر محطات تتبع لها وتتوزع على مختلف مناطق المملكة.
""", [
    ev("met-readings-wednesday", "أفادت إدارة الأرصاد الجوية، الأربعاء", "2025-08-13", "'الأربعاء' = Wed 13 Aug 2025"),
    ev("aqaba-49-6", "محطة رصد العقبة سجلت أعلى درجة حرارة في المملكة", "2025-08-13", "'الأربعاء' ... 'حتى الساعة السادسة مساءً' = Wed 13 Aug 2025 (the Met's summary: 49.6 at King Hussein airport on 13 Aug)"),
    ev("deir-alla-47-9", "وتلتها محطة دير علا بـ47.9 درجة مئوية", "2025-08-13", "same Wednesday readings, Wed 13 Aug 2025"),
    ev("ghabawi-lowest-of-ten", "سجلت محطة الغباوي أدنى قراءة", "2025-08-13", "'اليوم' = Wed 13 Aug 2025"),
])


SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 369
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

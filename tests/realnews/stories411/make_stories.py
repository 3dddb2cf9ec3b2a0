"""Builds stories.jsonl: the 411-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Algiers and its neighbouring wilayas
(Blida, Tipaza, Boumerdes) in any domain: floods, fires, accidents, water cuts, courts, strikes, sport.
Stories: the Chrea forest fire above Blida (Algeria, August 2025) and the Algiers court's appeal verdict for the
former justice minister Tayeb Louh (Algeria, October 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-blida-chrea-forest-fire-2025
S = "algeria-blida-chrea-forest-fire-2025"
OUTBREAK = ("2025-08-26", "2025-08-28")    # the fire broke out in the night of Tue 26 - Wed 27 Aug 2025 (rekindled at 01:00 Wed)
EVAC = "2025-08-27"                        # the 36 families evacuated on Wed 27 Aug 2025
REINF = "2025-08-27"                       # the mobile columns sent on Wed 27 Aug 2025
CONTROL = "2025-08-28"                     # "under full control", Thu 28 Aug 2025
OUT = "2025-08-31"                         # put out, Sun 31 Aug 2025
art(S, "https://www.aljazeera.net/news/2025/8/27/%D9%81%D8%B1%D9%82-%D8%A7%D9%84%D8%A5%D8%B7%D9%81%D8%A7%D8%A1-%D8%A8%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1-%D8%AA%D8%AA%D8%B9%D8%A7%D9%85%D9%84-%D9%85%D8%B9-%D8%AD%D8%B1%D9%8A%D9%82?traffic_source=rss",
    "2025-08-27", "date in the URL '/2025/8/27/' and the page stamp 'date 2025-08-27' (27 Aug 2025 was a Wednesday); the body's 'اليوم الأربعاء' agrees; headline written from the URL slug and the body (the stored text has none); the sub-heading 'حرائق متعددة' and the last, truncated sentence dropped", True, """
فرق الإطفاء في الجزائر تكافح حريق غابات ضخما بالبليدة
قالت المديرية العامة للحماية المدنية الجزائرية (الدفاع المدني)، اليوم الأربعاء، إن فرقها تعمل على إطفاء حريق غابات كبير في محافظة البليدة المجاورة للعاصمة الجزائر، وإنها أخلت عددا من العائلات.
وورد ذلك في بيانات نشرتها المديرية العامة للحماية المدنية، أعلنت فيها نشوب حريق بغابة الشريعة في محافظة البليدة، الواقعة على بعد 50 كلم جنوب العاصمة.
وذكرت المديرية أن فرقها المنتشرة في الميدان عمدت إلى إجلاء عدة عائلات وإبعادها عن النيران كإجراء وقائي.
وأعلنت في وقت لاحق "وصول المدير العام للحماية المدنية العقيد بوعلام بوغلاف إلى بلدية الشريعة للإشراف الميداني على عمليات إخماد الحريق".
وأشارت المديرية إلى "تنصيب مركز قيادة عملي للتنسيق بين مختلف تدخلات إخماد الحريق".
وأضافت أن فرق التدخل جرى "تدعيمها بالرتل المتنقل لمكافحة حرائق الغابات لمحافظة البليدة، والرتل المتنقل لمكافحة حرائق الغابات للوحدة الوطنية للتدريب والتدخل للحماية المدنية".
""", [
    ev("firefighting-statement", "إن فرقها تعمل على إطفاء حريق غابات كبير في محافظة البليدة", EVAC, "'اليوم الأربعاء' = Wed 27 Aug 2025 (URL date)"),
    ev("fire-outbreak", "أعلنت فيها نشوب حريق بغابة الشريعة", OUTBREAK[0], "no own expression; the fire broke out in the night of Tue 26 - Wed 27 Aug 2025 (lbcgroup 'ليل الثلاثاء الاربعاء'; ennahar: rekindled at 01:00 on Wed 27 after being put out on Tue 26)", end=OUTBREAK[1]),
    ev("families-evacuated", "عمدت إلى إجلاء عدة عائلات وإبعادها عن النيران", EVAC, "no own expression; the evacuation of Wed 27 Aug 2025 reported that day (36 families, the wali to ennahar on Wed 27)"),
    ev("director-general-arrives", "وصول المدير العام للحماية المدنية العقيد بوعلام بوغلاف إلى بلدية الشريعة", EVAC, "'في وقت لاحق' of the same Wed 27 Aug 2025"),
    ev("reinforcements-sent", "وأضافت أن فرق التدخل جرى \"تدعيمها بالرتل المتنقل", REINF, "no own expression; the columns sent on Wed 27 Aug 2025 (the day of the report)"),
])
art(S, "https://www.lbcgroup.tv/news/world/875229/%D8%AD%D8%B1%D9%8A%D9%82-%D8%BA%D8%A7%D8%A8%D8%A9-%D8%A7%D9%84%D8%B4%D8%B1%D9%8A%D8%B9%D8%A9-%D8%A8%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1-%D8%AA%D8%AD%D8%AA-%D8%A7%D9%84%D8%B3%D9%8A%D8%B7%D8%B1%D8%A9-%D9%88%D8%A5%D8%AC%D9%84%D8%A7%D8%A1-36-%D8%B9%D8%A7%D8%A6%D9%84%D8%A9/ar",
    "2025-08-28", "page stamp 'date 2025-08-28' (not part of the text; 28 Aug 2025 was a Thursday); the body's 'الخميس' agrees; headline kept from the page (reworded); no date of its own in the text", False, """
حريق غابة الشريعة في الجزائر تحت السيطرة بعد إجلاء 36 عائلة
أعلنت الحماية المدنية الجزائرية الخميس أن حريق غابة الشريعة بالبليدة، الذي نشب ليل الثلاثاء الاربعاء، بات تحت السيطرة، من غير أن تُسجل أي إصابة بين أفراد 36 عائلة جرى إجلاؤها.
وأوضحت الحماية المدنية في بيان أن "حريق الشريعة تحت السيطرة التامة"، وأن مروحياتها "تدخلت لدعم الفرق البرية من اجل معالجة و تبريد بعض النقاط التي يصعب الوصول إليها"، وذلك بعد أن شاركت ثماني طائرات في إطفاء النيران.
من جانبه، أكد إبراهيم أوشان، والي ولاية البليدة الواقعة على بعد 60 كلم جنوب غرب الجزائر، في تصريح لوسائل الإعلام أن "36 عائلة تم إجلاؤها كإجراء احترازي ولم يتم تسجيل اي اصابات".
وتكثر الحرائق صيفا في شمال الجزائر الذي تكسوه الغابات، لكنها اشتدت في السنوات الأخيرة بسبب الجفاف وارتفاع درجات الحرارة المرتبط بتغير المناخ.
""", [
    ev("fire-under-control", "أعلنت الحماية المدنية الجزائرية الخميس أن حريق غابة الشريعة", CONTROL, "'الخميس' = Thu 28 Aug 2025 (page stamp)"),
    ev("fire-outbreak", "الذي نشب ليل الثلاثاء الاربعاء", OUTBREAK[0], "'ليل الثلاثاء الاربعاء' = the night of Tue 26 - Wed 27 Aug 2025", end=OUTBREAK[1]),
    ev("families-evacuated", "36 عائلة تم إجلاؤها كإجراء احترازي", EVAC, "no own expression; the evacuation of Wed 27 Aug 2025 (ennahar, Wed 27: the wali's 'تم إجلاء 36 عائلة')"),
    ev("aircraft-drops", "بعد أن شاركت ثماني طائرات في إطفاء النيران", EVAC, "no own expression; the water bombers worked on Wed 27 and Thu 28 Aug 2025 (my span)", end="2025-08-29"),
    ev("helicopters-cool-spots", "وأن مروحياتها \"تدخلت لدعم الفرق البرية", CONTROL, "no own expression; the helicopters' work named in the statement of Thu 28 Aug 2025"),
])
art(S, "https://www.ennaharonline.com/%D8%AF%D8%A7%D9%85-5-%D8%A3%D9%8A%D8%A7%D9%85-%D8%A5%D8%AE%D9%85%D8%A7%D8%AF-%D8%AD%D8%B1%D9%8A%D9%82-%D8%A7%D9%84%D8%B4%D8%B1%D9%8A%D8%B9%D8%A9/",
    "2025-08-31", "page stamp 'date 2025-08-31' (31 Aug 2025 was a Sunday); the body's 'اليوم الأحد' and 'منذ 5 أيام، بالتحديد يوم الأربعاء 27 أوت' agree; headline written from the URL slug ('دام 5 أيام.. إخماد حريق الشريعة'); the last, truncated list of other fires dropped", True, """
بعد 5 أيام.. إخماد حريق الشريعة بالبليدة
أفادت المديرية العامة للحماية المدنية، اليوم الأحد، بأن حريق الشريعة في ولاية البليدة قد أُخمد.
غير أن حراسة موقع الحريق لا تزال مستمرة، تحسبا لأي اشتعال جديد للنيران.
وللتذكير، فإن مصالح الحماية المدنية باشرت إخماد هذا الحريق منذ 5 أيام، بالتحديد يوم الأربعاء 27 أوت على الساعة 3 و10 دقائق صباحاً.
وجندت الحماية المدنية لإطفاء هذا الحريق وحداتها بولاية البليدة، والرتل المتنقل لمكافحة حرائق الغابات لولاية البليدة، والرتل المتنقل لمكافحة حرائق الغابات للوحدة الوطنية، ومعهما الرتل المتنقل لمكافحة حرائق الغابات لولايتي المدية وتيبازة، والمفرزة الجهوية لمكافحة حرائق الغابات المتمركزة بولايتي الشلف والبويرة، إضافة إلى طائرات الإخماد AT802 وطائرات الإخماد BE200 التابعة للجيش الوطني الشعبي ومروحيات الحماية المدنية ومروحيات الجيش الوطني الشعبي.
وجرت العملية تحت قيادة المدير العام للحماية المدنية العقيد بوعلام بوغلاف، ومعه مدير تنظيم وتنسيق العمليات ومدير الوقاية.
وفي حصيلة يوم واحد حتى الساعة الثامنة صباحاً، عرضت الحماية المدنية الوضع العام لحرائق الغطاء النباتي، حيث سجلت 13 حريقاً.
""", [
    ev("fire-put-out", "بأن حريق الشريعة في ولاية البليدة قد أُخمد", OUT, "'اليوم الأحد' = Sun 31 Aug 2025 (page stamp)"),
    ev("firefighting-begins", "باشرت إخماد هذا الحريق منذ 5 أيام", EVAC, "'يوم الأربعاء 27 أوت على الساعة 3 و10 دقائق صباحاً' = Wed 27 Aug 2025, 03:10"),
    ev("reinforcements-sent", "وجندت الحماية المدنية لإطفاء هذا الحريق وحداتها بولاية البليدة", REINF, "no own expression; the columns and aircraft sent from Wed 27 Aug 2025 (aljazeera and ennahar of Wed 27)"),
    ev("thirteen-fires", "حيث سجلت 13 حريقاً", "2025-08-30", "'خلال يوم واحد حتى الساعة الثامنة صباحاً' of Sun 31 = 08:00 Sat 30 - 08:00 Sun 31 Aug 2025", end="2025-09-01"),
])

# ---------------------------------------------------------------- algeria-tayeb-louh-assets-appeal-2025
S = "algeria-tayeb-louh-assets-appeal-2025"
VERDICT = "2025-10-14"                     # the Algiers court of appeal reduced the sentence on Tue 14 Oct 2025
REQUEST = "2025-10-07"                     # the prosecutor general asked for 6 years on Tue 7 Oct 2025
HEARING = ("2025-10-07", "2025-10-14")     # the appeal hearing: Tue 7 Oct (shorouknews, maroc4) or Mon 13 Oct ('أمس الاثنين'); my span
FIRST = ("2025-07-01", "2025-08-01")       # the first-instance sentence of 4 years (Sidi M'hamed economic and financial pole), July 2025
art(S, "https://www.ennaharonline.com/%D8%AE%D9%81%D8%B6-%D8%B9%D9%82%D9%88%D8%A8%D8%A9-%D8%A7%D9%84%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D8%B3%D8%A7%D8%A8%D9%82-%D8%A7%D9%84%D8%B7%D9%8A%D8%A8-%D9%84%D9%88%D8%AD/",
    "2025-10-14", "page stamp 'date 2025-10-14' (14 Oct 2025 was a Tuesday); the body's 'اليوم الثلاثاء' agrees; headline written from the URL slug ('خفض عقوبة الوزير السابق الطيب لوح'); the last, truncated sentence dropped", True, """
خفض عقوبة الوزير السابق الطيب لوح إلى 3 سنوات حبسا
خفضت الغرفة الجزائية العاشرة لدى مجلس قضاء الجزائر اليوم الثلاثاء العقوبة الصادرة في حق الوزير السابق المتهم الموقوف "الطيب لوح"، فجعلتها 3 سنوات حبساً، منها عامان حبساً نافذاً وسنة حبساً موقوفة النفاذ، في القضية التي يتابع فيها بجنحتي التصريح الكاذب بالممتلكات والثراء غير المشروع، وهي الأفعال التي تنص عليها وتعاقب عليها المواد 04 و36 و37 من القانون رقم 06 ـ 01 المتعلق بالوقاية من الفساد ومكافحته.
وأيدت الهيئة القضائية ذاتها في حكمها الدعوى المدنية في حق المتهم. وكان النائب العام قد طلب في الجلسة تسليط عقوبة 6 سنوات حبساً نافذاً على المتهم لوح، مع غرامة مالية نافذة قدرها 1 مليون دج ومصادرة كل ممتلكاته العقارية.
وجاءت التماسات النيابة خلال الجلسة بعد أن استجوب رئيس الجلسة المتهم حول التهم الواردة في ملف التحقيق، وهي تهم نفاها المتهم جملة وتفصيلا.
وبهذا الحكم يكون المتهم الطيب لوح قد استفاد من تخفيف العقوبة، بعد الحكم الذي نطق به قاضي الدرجة الأولى بمحكمة القطب الجزائي الاقتصادي والمالي بسيدي امحمد، والذي قضى بمعاقبته بـ 4 سنوات حبسًا نافذًا وغرامة مالية قدرها 200 ألف دينار جزائري، وهو الحكم الذي طعن فيه بالاستئناف كل من المتهم ووكيل الجمهورية.
""", [
    ev("sentence-reduced", "خفضت الغرفة الجزائية العاشرة لدى مجلس قضاء الجزائر اليوم الثلاثاء", VERDICT, "'اليوم الثلاثاء' = Tue 14 Oct 2025 (page stamp)"),
    ev("prosecutor-asks-6-years", "وكان النائب العام قد طلب في الجلسة تسليط عقوبة 6 سنوات", REQUEST, "no own expression ('في الجلسة'); the request of Tue 7 Oct 2025 (shorouknews: 'بتاريخ 7 أكتوبر الجاري')"),
    ev("louh-denies-charges", "وهي تهم نفاها المتهم جملة وتفصيلا", HEARING[0], "no own expression; his denial at the appeal hearing, Tue 7 Oct or Mon 13 Oct 2025 (my span)", end=HEARING[1]),
    ev("first-instance-4-years", "والذي قضى بمعاقبته بـ 4 سنوات حبسًا نافذًا", FIRST[0], "no own expression; the first-instance sentence of July 2025 (maroc4: 'حكم صدر في يوليو الماضي'; the first-instance hearing was on Mon 23 Jun 2025), my span July", end=FIRST[1]),
    ev("appeal-lodged", "وهو الحكم الذي طعن فيه بالاستئناف كل من المتهم ووكيل الجمهورية", FIRST[0], "no own expression; the appeals against the July 2025 sentence (my span July - early August)", end="2025-08-11"),
])
art(S, "https://machahid24.com/international/478564.html",
    "2025-10-14", "no date line on the stored page; the body's 'اليوم الثلاثاء' for the verdict that ennahar dates Tue 14 Oct 2025 (page stamp) gives Tue 14 Oct 2025; headline written from the body (the stored text has none); the outlet's closing political comment and its signature dropped", True, """
مجلس قضاء الجزائر يخفف عقوبة وزير العدل الأسبق الطيب لوح
أصدر مجلس قضاء الجزائر، اليوم الثلاثاء، حكما يخفض عقوبة وزير العدل الأسبق الطيب لوح من 4 سنوات حبسا نافذا إلى 3 سنوات حبسا، منها سنتان نافذتان وسنة موقوفة النفاذ، مع غرامة مالية نافذة قدرها 200 ألف دينار جزائري ومصادرة جميع الأملاك المحجوزة.
وكان لوح قد مثل، أمس الاثنين، أمام هيئة محكمة الغرفة الجزائية العاشرة لدى مجلس قضاء الجزائر، بسبب وقائع فساد لاحقه فيها قاضي التحقيق للغرفة الثالثة لدى القطب الجزائي الاقتصادي والمالي، الذي وجه إليه تهمتي التصريح الكاذب بالممتلكات والإثراء غير المشروع.
وواصل الطيب لوح إنكار التهم الموجهة إليه، وعرض أثناء محاكمته لمحة عن مساره المهني، إذ قال إنه بدأ في سنة 1980 حين كانت المحكمة تضم قاضيا واحدا ووكيل جمهورية وكان هو رئيس المحكمة، مؤكدا أنه تعرض للظلم منذ سنة 2019 بعد إيداعه رهن الحبس. وأضاف أنه سبق أن طلب دمج العقوبات فرُفض طلبه.
""", [
    ev("sentence-reduced", "أصدر مجلس قضاء الجزائر، اليوم الثلاثاء، حكما يخفض عقوبة", VERDICT, "'اليوم الثلاثاء' = Tue 14 Oct 2025"),
    ev("appeal-hearing", "وكان لوح قد مثل، أمس الاثنين، أمام هيئة محكمة الغرفة الجزائية العاشرة", HEARING[0], "'أمس الاثنين' from Tue 14 = Mon 13 Oct 2025, but shorouknews and maroc4 put the hearing and the request on Tue 7 Oct 2025; my span 7-13 Oct", end=HEARING[1]),
    ev("louh-denies-charges", "وواصل الطيب لوح إنكار التهم الموجهة إليه", HEARING[0], "no own expression; at the appeal hearing (my span 7-13 Oct 2025)", end=HEARING[1]),
    ev("louh-jailed-2019", "تعرض للظلم منذ سنة 2019 بعد إيداعه رهن الحبس", "2019-08-22", "'منذ سنة 2019' = his remand in custody of Thu 22 Aug 2019 (outside knowledge)"),
])
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=15102025&id=df6a8be8-c845-4dcc-8d90-c6cc18507f4a",
    "2025-10-15", "'cdate=15102025' in the URL and the page stamp 'date 2025-10-15' (15 Oct 2025 was a Wednesday); headline written from the body (the stored text has none); the last, truncated words dropped; no date of its own in the text", False, """
تخفيف الحكم على وزير العدل الجزائري الأسبق الطيب لوح إلى 3 سنوات
قلّص مجلس قضاء الجزائر العقوبة الصادرة في حق وزير العدل الأسبق الطيب لوح إلى 3 سنوات سجنا، منها سنتان نافذتان وسنة موقوفة النفاذ، مع غرامة مالية ومصادرة كل الممتلكات المحجوزة.
وصدر القرار بعد مثول لوح، الاثنين، أمام هيئة محكمة الغرفة الجزائية العاشرة لدى مجلس قضاء الجزائر، في وقائع فساد لاحقه فيها قاضي التحقيق بالغرفة الثالثة لدى القطب الجزائي الاقتصادي والمالي، الذي وجه إليه تهمتي التصريح الكاذب بالممتلكات والإثراء غير المشروع، وهي أفعال تنص عليها وتعاقب عليها المواد 04 و 36 و 37 من القانون رقم 06 ـ 01 المتعلق بالوقاية من الفساد ومكافحته.
وبهذا الحكم يكون المتهم الطيب لوح قد حظي بتخفيف العقوبة، بعد القرار الذي أصدره قاضي الدرجة الأولى بمحكمة القطب الجزائي الاقتصادي والمالي بسيدي أمحمد، والذي عاقبه حينها بأربع سنوات حبسا نافذا وغرامة مالية قدرها 200 ألف دينار جزائري.
واستأنف كل من المتهم ووكيل الجمهورية الحكم، فأعيد النظر في القضية أمام مجلس قضاء الجزائر.
وكان النائب العام لدى مجلس قضاء الجزائر قد طلب، بتاريخ 7 أكتوبر الجاري، تسليط عقوبة ست سنوات حبسا نافذا على الوزير الأسبق.
""", [
    ev("sentence-reduced", "قلّص مجلس قضاء الجزائر العقوبة الصادرة في حق وزير العدل الأسبق", VERDICT, "no own expression; the verdict of Tue 14 Oct 2025 (ennahar, machahid24 'اليوم الثلاثاء')"),
    ev("appeal-hearing", "وصدر القرار بعد مثول لوح، الاثنين", HEARING[0], "'الاثنين' before Wed 15 = Mon 13 Oct 2025, yet the same text puts the request on 7 Oct; my span 7-13 Oct 2025", end=HEARING[1]),
    ev("first-instance-4-years", "والذي عاقبه حينها بأربع سنوات حبسا نافذا", FIRST[0], "'حينها'; the first-instance sentence of July 2025 (my span)", end=FIRST[1]),
    ev("appeal-lodged", "واستأنف كل من المتهم ووكيل الجمهورية الحكم", FIRST[0], "no own expression; the appeals against the July 2025 sentence (my span July - early August)", end="2025-08-11"),
    ev("prosecutor-asks-6-years", "قد طلب، بتاريخ 7 أكتوبر الجاري، تسليط عقوبة ست سنوات", REQUEST, "'بتاريخ 7 أكتوبر الجاري' = Tue 7 Oct 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 411
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 395-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Sudan's states (Darfur, Kordofan, Gezira,
Kassala, Gedaref, Red Sea / Port Sudan, River Nile, Northern State): floods, clashes, displacement, services,
harvest, elections.
Stories: the killing of school students in a march in El-Obeid (North Kordofan, July 2019), the Wad al-Noura
massacre (Gezira, June 2024), the attacks on Kreinik (West Darfur, April 2022), and the Gash river flood that
cut off Tendalai and the army's air evacuation (Kassala, August 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- sudan-el-obeid-students-killing-2019
S = "sudan-el-obeid-students-killing-2019"
KILL = "2019-07-29"                        # the students' march in El-Obeid fired on, Mon 29 Jul 2019
DECIDE = "2019-07-30"                      # the TMC's order to close all schools, Tue 30 Jul 2019
CLOSE = "2019-07-31"                       # schools closed across Sudan from Wed 31 Jul 2019
art(S, "https://al-ain.com/article/sudan-protests-students",
    "2019-07-29", "no date line on the stored page; the body's 'اليوم الإثنين' for the march and the killing in El-Obeid, known to be Mon 29 Jul 2019 (29 Jul 2019 was a Monday; Xinhua and Anadolu give the same Monday), so the report is of that day; headline kept from the page (re-worded); the tracking string at the end dropped; no date of its own in the text", False, """
ولاية سودانية تفرض حظر التجوال وتعلق الدراسة
بسبب أعمال عنف واحتجاجات خرج فيها طلاب المدارس على ما رأوه "انعدام المواصلات وغلاء الخبز".
أعلن حاكم ولاية "شمال كردفان" (غربي السودان)، الصادق الطيب عبدالله، فرض حظر التجوال على خلفية أعمال عنف واحتجاجات طلابية.
وبحسب بيان صادر عن الولاية، "يسري الحظر اعتبارا من اليوم الإثنين التاسعة مساء (19 ت.غ) حتى السادسة صباحا (4 ت.غ) إلى حين إشعار آخر".
وتقرر كذلك "تعليق الدراسة في المرحلتين الأساسية (الإعدادية) والثانوية حفاظا على أرواح الطلاب والمواطنين".
وأوضح حاكم الولاية أن هذه القرارات اتُّخذت "على إثر الأحداث المؤسفة التي وقعت خلال اليوم الإثنين في مدينة الأبيض".
وأفاد مراسل "العين الإخبارية" بأن مدينة الأبيض، عاصمة ولاية شمال كردفان، عرفت اليوم الإثنين احتجاجات قادها طلاب المدارس اعتراضا على "انعدام المواصلات وغلاء الخبز".
وذكرت لجنة أطباء السودان المركزية أن 5 طلاب لقوا حتفهم خلال محاولة الأجهزة الأمنية تفريق الاحتجاجات.
ولم يصدر في المقابل أي تعليق من الجهات الحكومية الرسمية بشأن سقوط ضحايا.
وفي وقت سابق الإثنين، أعلن وكيل وزارة الصحة السودانية، سليمان عبدالجبار، أن الحصيلة الإجمالية لضحايا الاحتجاجات في البلاد منذ انطلاقها في 19 ديسمبر/كانون الأول وحتى مطلع يوليو/تموز وصلت إلى 184 قتيلا.
""", [
    ev("curfew-imposed", "فرض حظر التجوال على خلفية أعمال عنف", KILL, "'اعتبارا من اليوم الإثنين التاسعة مساء' = Mon 29 Jul 2019"),
    ev("north-kordofan-schools-suspended", "وتقرر كذلك \"تعليق الدراسة في المرحلتين", KILL, "no own expression; decided with the curfew on Mon 29 Jul 2019 ('اليوم الإثنين')"),
    ev("students-march", "عرفت اليوم الإثنين احتجاجات قادها طلاب المدارس", KILL, "'اليوم الإثنين' = Mon 29 Jul 2019"),
    ev("students-killed", "أن 5 طلاب لقوا حتفهم", KILL, "no own expression; the shooting during the march of Mon 29 Jul 2019"),
    ev("health-toll-statement", "أعلن وكيل وزارة الصحة السودانية، سليمان عبدالجبار", KILL, "'وفي وقت سابق الإثنين' = earlier on Mon 29 Jul 2019"),
])
art(S, "http://mail.burathanews.com/arabic/international/354162",
    "2019-07-30", "no date line on the stored page; the body's 'اليوم الثلاثاء' with 'أمس الاثنين' for the killing in El-Obeid (Mon 29 Jul 2019) gives Tue 30 Jul 2019 (a Tuesday); headline written from the body (the stored text has none); 'مدينة عبيد' corrected to 'مدينة الأبيض'; the telegram link dropped; no date of its own in the text", False, """
وفد من المجلس العسكري إلى الأبيض وطلاب السودان يتظاهرون تنديدا بمقتل زملائهم
توجه وفد من المجلس العسكري الانتقالي في السودان من الخرطوم إلى مدينة الأبيض، عاصمة ولاية شمال كردفان، للاطلاع على الأوضاع فيها، إثر مقتل طلاب خلال تظاهرات أمس الاثنين.
وفي السياق نفسه، نزل آلاف الطلاب السودانيين إلى شوارع العاصمة الخرطوم ومناطق أخرى من البلاد للتنديد بالعنف الذي تعرض له زملاؤهم أمس.
وبيّن مقطع فيديو نُشر على الإنترنت آلاف الطلاب بالزي المدرسي وحقائب الظهر وهم يسيرون اليوم الثلاثاء في شوارع الخرطوم ومناطق أخرى، مستنكرين قتل طلاب أمس الاثنين في شمال كردفان. وترددت أنباء عن تفريق بعض التظاهرات في مدينة أم درمان بالغاز المسيل للدموع اليوم.
وكانت قوات الأمن قد أطلقت أمس الاثنين الرصاص الحي في مدينة الأبيض بشمال كردفان لتفريق احتجاجات طلابية، ما أدى إلى مقتل خمسة أشخاص على الأقل، بينهم أربعة طلاب.
وكان "تجمع المهنيين السودانيين" قد دعا أمس إلى الخروج في مسيرات اليوم. وطالب "تجمع المهنيين" اليوم كذلك المجلس العسكري الانتقالي بتعليق الدراسة على نحو عاجل، وتقرر تعليق الدراسة في كل المدارس إلى ما بعد عيد الأضحى.
""", [
    ev("tmc-delegation", "توجه وفد من المجلس العسكري الانتقالي", DECIDE, "no own expression; the delegation left on the day of the report, Tue 30 Jul 2019 ('إثر مقتل طلاب خلال تظاهرات أمس الاثنين')"),
    ev("student-protests", "نزل آلاف الطلاب السودانيين إلى شوارع العاصمة", DECIDE, "'اليوم الثلاثاء' in the next sentence = Tue 30 Jul 2019"),
    ev("students-killed", "ما أدى إلى مقتل خمسة أشخاص على الأقل", KILL, "'أمس الاثنين' in an article of Tue 30 Jul = Mon 29 Jul 2019"),
    ev("spa-call", "قد دعا أمس إلى الخروج في مسيرات اليوم", KILL, "'أمس' from Tue 30 Jul = Mon 29 Jul 2019"),
    ev("nationwide-schools-closure-decision", "وتقرر تعليق الدراسة في كل المدارس", DECIDE, "no own expression; the TMC's order of Tue 30 Jul 2019 (alaraby: 'قرر، الثلاثاء')"),
])
art(S, "https://www.alaraby.co.uk/society/2019/7/31/%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86-%D8%A5%D8%BA%D9%84%D8%A7%D9%82-%D8%A7%D9%84%D9%85%D8%AF%D8%A7%D8%B1%D8%B3-%D8%A8%D8%B9%D8%AF-%D9%85%D9%82%D8%AA%D9%84-%D8%A7%D9%84%D8%B7%D9%84%D8%A7%D8%A8-%D9%81%D9%8A-%D8%A7%D9%84%D8%A3%D8%A8%D9%8A%D8%B6",
    "2019-07-31", "page date line '31 يوليو 2019' (kept as second line; 31 Jul 2019 was a Wednesday) and date in the URL '/2019/7/31/'; the body's 'اليوم الأربعاء' agrees; headline kept from the page (re-worded); the byline and the second, repeated headline dropped; the last, truncated quotation dropped", True, """
السودان: إغلاق المدارس حتى إشعار آخر إثر مقتل الطلاب في الأبيض
31 يوليو 2019
أُغلقت المدارس اليوم الأربعاء في كل أنحاء السودان حتى إشعار آخر، تنفيذا لقرار أصدرته السلطات أمس الثلاثاء في أعقاب الأحداث التي أودت بحياة ستة أشخاص، من بينهم 4 طلاب، وأسفرت عن 62 جريحاً في مدينة الأبيض بولاية شمال كردفان.
وأفادت وكالة الأنباء الحكومية بأن المجلس العسكري قرر الثلاثاء إغلاق المدارس في جميع المراحل التعليمية، ابتداء من يوم الأربعاء.
ونقلت وكالة "سونا" عن الأمين العام لديوان الحكم الاتحادي، الأستاذ صديق جمعة باب الخير، أنه أصدر توجيها إلى "ولاة الولايات المكلفين بتعطيل الدراسة في كل المراحل التعليمية (ثانوي، أساس، ورياض أطفال) ابتداءً من يوم غد الأربعاء الموافق 31-7-2019 لحين إشعار آخر، وذلك وفقا لتوجيه المجلس العسكري الانتقالي".
ونقلت الوكالة نفسها عن رئيس المجلس العسكري الحاكم، عبد الفتاح البرهان، قوله إنه "لا بد من محاسبة فورية بعد مقتل التلاميذ"، واصفا قتل المواطنين السلميين بأنه "غير مقبول".
وأعلنت لجنة أطباء السودان المركزية، في صفحتها على "فيسبوك"، أن "عدد شهداء مجزرة الأبيض ارتفع إلى ستة أشخاص".
""", [
    ev("schools-closed-nationwide", "أُغلقت المدارس اليوم الأربعاء في كل أنحاء السودان", CLOSE, "'اليوم الأربعاء' = Wed 31 Jul 2019 (date line)"),
    ev("nationwide-schools-closure-decision", "المجلس العسكري قرر الثلاثاء إغلاق المدارس", DECIDE, "'الثلاثاء' (and 'أمس الثلاثاء') from Wed 31 Jul = Tue 30 Jul 2019"),
    ev("students-killed", "الأحداث التي أودت بحياة ستة أشخاص", KILL, "no own expression; the shooting of Mon 29 Jul 2019 (the sixth victim died of his wounds on Tue 30 Jul)"),
    ev("burhan-condemnation", "لا بد من محاسبة فورية بعد مقتل التلاميذ", DECIDE, "no own expression; al-Burhan's statement late on Tue 30 Jul 2019 (radiotamazuj: 'في وقت متأخر يوم الثلاثاء')"),
    ev("sixth-death", "عدد شهداء مجزرة الأبيض ارتفع إلى ستة أشخاص", DECIDE, "no own expression; the doctors' committee announced the sixth death on the evening of Tue 30 Jul 2019 (mugtama/Anadolu: 'مساء الثلاثاء')"),
])
art(S, "http://arabic.peopledaily.com.cn/n3/2019/0801/c31662-9602598.html",
    "2019-07-31", "the dispatch's dateline 'الخرطوم ٣١ يوليو ٢٠١٩ (شينخوا)' (kept, Arabic-Indic digits; 31 Jul 2019 was a Wednesday); the body's 'يوم الاربعاء' agrees; the URL's '/2019/0801/' is the posting in Beijing time (UTC+8), the next morning there; headline written from the body (the stored text has none)", True, """
المجلس العسكري السوداني يعلن توقيف مطلقي النار على طلاب الأبيض
الخرطوم ٣١ يوليو ٢٠١٩ (شينخوا) أعلن المجلس العسكري الانتقالي في السودان يوم الاربعاء القبض على منفذي إطلاق النار على تظاهرة طلابية في مدينة الابيّض، عاصمة شمال كردفان، يوم الإثنين.
وأوضحت اللجنة الأمنية التابعة للمجلس العسكري الانتقالي، في بيان حول أحداث مدينة الابيض، أنه "جرى التعرف على مرتكبي هذه الحادثة، وهم من القوة المكلفة بحراسة البنك السوداني الفرنسي في سوق مدينة الابيض، وتتبع لقوات الدعم السريع وقوامها ٧ أفراد".
وتابعت: "جرى التحفظ على كل أفراد الحراسة السبعة، وبتوجيه من قيادة الدعم السريع فُصلوا من القوة وسُلِّموا إلى النيابة العامة في شمال كردفان لاستكمال إجراءات التحقيق والمحاكمة".
ووجهت قيادة المجلس العسكري الانتقالي بالتعجيل في استكمال الإجراءات القانونية ومحاكمة المتهمين الذين تسببوا في الأحداث المؤسفة.
وكان 5 أشخاص قد قُتلوا وأصيب العشرات بجروح متفاوتة يوم الإثنين، إثر تعرضهم لإطلاق رصاص خلال احتجاجات طلابية في مدينة الأبيض عاصمة ولاية شمال كردفان.
وأثار الحادث موجة غضب واحتجاجات واسعة، لا سيما في صفوف طلاب المدارس، ما دفع السلطات المختصة إلى تعليق الدراسة في كل أنحاء السودان اعتبارا من يوم الاربعاء.
""", [
    ev("rsf-guards-arrested", "القبض على منفذي إطلاق النار على تظاهرة طلابية", CLOSE, "'يوم الاربعاء' = Wed 31 Jul 2019 (dateline)"),
    ev("students-killed", "وكان 5 أشخاص قد قُتلوا وأصيب العشرات", KILL, "'يوم الإثنين' before Wed 31 Jul = Mon 29 Jul 2019"),
    ev("student-protests", "وأثار الحادث موجة غضب واحتجاجات واسعة", DECIDE, "no own expression; the students' protests in Khartoum and other towns on Tue 30 Jul 2019 (burathanews: 'اليوم الثلاثاء')"),
    ev("schools-closed-nationwide", "تعليق الدراسة في كل أنحاء السودان اعتبارا من يوم الاربعاء", CLOSE, "'اعتبارا من يوم الاربعاء' = from Wed 31 Jul 2019"),
])

# ---------------------------------------------------------------- sudan-gezira-wad-al-noura-massacre-2024
S = "sudan-gezira-wad-al-noura-massacre-2024"
ATTACK = "2024-06-05"                      # the RSF's siege and two assaults on Wad al-Noura, Wed 5 Jun 2024
BURIAL = ("2024-06-05", "2024-06-07")      # the mass burial in a public square, filmed and reported 5-6 Jun (my span)
art(S, "https://alttahrer.com/archives/96483",
    "2024-06-05", "the body's 'الأربعاء(٥ يونيو ٢٠٢٤م)' with 'منذ صباح اليوم' (kept; 5 Jun 2024 was a Wednesday) makes it a report of that day; headline written from the body (the stored text has none)", True, """
مجزرة دامية في قرية ود النورة غرب المناقل
أقدمت مليشيا الدعم السريع، الأربعاء(٥ يونيو ٢٠٢٤م)، على ارتكاب مجزرة دامية في قرية ود النورة غرب المناقل بمحلية 24 القرشي، راح ضحيتها أكثر من مائة قتيل.
وكانت المليشيا قد أطبقت منذ صباح اليوم حصارا محكما على قرية "ود النورة"، وأمطرتها بوابل من الذخائر المختلفة.
وأكدت مصادر أن قوات الدعم السريع لجأت إلى المدفع الثنائي والمدافع الثقيلة والقصف العنيف في هجومها على مواطني قرية ود النورة، فحصدت الأرواح ونهبت القرية بأكملها، في معركة انطلقت منذ صباح الأربعاء، وكررت فيها المليشيا الهجوم على دفعتين إلى أن اجتاحت القرية.
وشهدت القرية نزوحا كاملا للنساء والأطفال من أهلها باتجاه المناقل.
""", [
    ev("massacre", "على ارتكاب مجزرة دامية في قرية ود النورة", ATTACK, "'الأربعاء(٥ يونيو ٢٠٢٤م)' = Wed 5 Jun 2024"),
    ev("siege", "أطبقت منذ صباح اليوم حصارا محكما", ATTACK, "'منذ صباح اليوم' = the morning of Wed 5 Jun 2024"),
    ev("shelling-of-village", "وأمطرتها بوابل من الذخائر المختلفة", ATTACK, "no own expression; with the siege of Wed 5 Jun 2024"),
    ev("village-looted", "ونهبت القرية بأكملها", ATTACK, "'منذ صباح الأربعاء' = Wed 5 Jun 2024"),
    ev("women-children-flee", "نزوحا كاملا للنساء والأطفال من أهلها باتجاه المناقل", ATTACK, "no own expression; during the attack of Wed 5 Jun 2024"),
])
art(S, "https://cairo.synceg.net/2020866",
    "2024-06-06", "page time stamp 'الخميس 06/يونيو/2024 - 01:42 ص' (kept as second line; 6 Jun 2024 was a Thursday); headline kept from the page (re-worded); the page's menu, the date of the visit 'الثلاثاء 26 نوفمبر 2024', the sub-headings and the last paragraph on the Muslim Council of Elders dropped", True, """
عشرات الجثث.. الدعم السريع تشن هجوما مكثفا على قرية ود النورة السودانية تمهيدا لاقتحامها
الخميس 06/يونيو/2024 - 01:42 ص
ضربت قوات الدعم السريع منذ صباح الأربعاء حصارا مُحكما على قرية ود النورة التابعة لمحلية 24 القرشي غرب المناقل، بحسب تقرير لوكالة رويترز البريطانية.
وأفادت تقارير محلية في تصريح صحفي قصير بأن الدعم السريع تطلق وابلا من الذخائر المختلفة نحو القرية سعيا لاقتحامها.
وشيّعت ود النورة أكثر من 100 مواطن، فيما تتواصل عمليات الحصر للوقوف على الموقف وإحصاء حالات القتلى والإصابات كاملة.
وتناقلت مواقع التواصل الاجتماعي صورا تظهر عشرات الجثث في الأكفان قبل تشييعها في قرية ود النورة بالسودان.
ومنذ أن دخلت قوات الدعم السريع مدينة ود مدني في ديسمبر العام الماضي إثر انسحاب الجيش السوداني منها، ظلت تمارس أبشع أنواع الانتهاكات التي شملت القتل والسلب والنهب، إلى جانب الانتهاك الجنسي للنساء، بحسب عدة تقارير.
""", [
    ev("siege", "ضربت قوات الدعم السريع منذ صباح الأربعاء حصارا", ATTACK, "'منذ صباح الأربعاء' before Thu 6 Jun = Wed 5 Jun 2024"),
    ev("shelling-of-village", "تطلق وابلا من الذخائر المختلفة نحو القرية", ATTACK, "no own expression; the shelling of Wed 5 Jun 2024"),
    ev("mass-burial", "وشيّعت ود النورة أكثر من 100 مواطن", BURIAL[0], "no own expression; the burial after the attack of Wed 5 Jun, reported by Thu 6 Jun 01:42 (my span 5-6 Jun 2024)", end=BURIAL[1]),
    ev("rsf-enters-wad-madani", "دخلت قوات الدعم السريع مدينة ود مدني في ديسمبر العام الماضي", "2023-12-18", "'في ديسمبر العام الماضي' = December 2023; the RSF entered Wad Madani on Mon 18 - Tue 19 Dec 2023 (outside knowledge)", end="2023-12-20"),
])
art(S, "https://elmogaz.news/777250",
    "2024-06-06", "no date line on the stored page; the body's 'منذ صباح أمس الأربعاء' for the siege of Wed 5 Jun 2024 gives Thu 6 Jun 2024 (a Thursday); headline kept from the page (re-worded); the sub-headings and the last, truncated sentence dropped; no date of its own in the text", False, """
آخر المستجدات في قرية ود النورة السودانية بعد مقتل 100 سوداني
اعتلت قرية ود النورة في ولاية الجزيرة بالسودان صدارة محركات البحث في العالم، على إثر المجزرة البشعة وعملية الإبادة الجماعية التي نفذتها قوات الدعم السريع فيها.
وكانت قوات الدعم السريع قد فرضت منذ صباح أمس الأربعاء حصارا محكما على قرية ود النورة، وأطلقت نحوها وابلا من الذخائر المختلفة في محاولة لاقتحامها.
وذكرت تقارير عديدة أن قوات الدعم السريع هاجمت قرية ود النورة بكل أنواع الأسلحة الثقيلة والخفيفة، وفتحت عليها النيران بكثافة، فقتلت أكثر من 100 من أهلها.
وأكدت صحيفة سودان تربيون أن لجان مقاومة مدني نشرت مقطع فيديو يظهر دفن عشرات الضحايا في ميدان عام وسط حشد كبير من السكان.
وعرفت قرية ود النورة نزوحا كاملا للنساء والأطفال من أهلها باتجاه المناقل، فرارا من أعمال السلب والنهب.
واتهم مجلس السيادة الانتقالي في السودان من جهته قوات الدعم السريع بارتكاب مجزرة في قرية ود النورة بولاية الجزيرة وسط البلاد، أسفرت عن مقتل أكثر من 100 شخص وجرح مئات آخرين.
""", [
    ev("siege", "قد فرضت منذ صباح أمس الأربعاء حصارا محكما", ATTACK, "'منذ صباح أمس الأربعاء' from Thu 6 Jun = Wed 5 Jun 2024"),
    ev("massacre", "فقتلت أكثر من 100 من أهلها", ATTACK, "no own expression; the attack of Wed 5 Jun 2024"),
    ev("mass-burial", "يظهر دفن عشرات الضحايا في ميدان عام", BURIAL[0], "no own expression; the burial filmed after the attack of Wed 5 Jun (my span 5-6 Jun 2024)", end=BURIAL[1]),
    ev("women-children-flee", "نزوحا كاملا للنساء والأطفال من أهلها باتجاه المناقل، فرارا", ATTACK, "no own expression; during the attack of Wed 5 Jun 2024"),
    ev("sovereign-council-accuses", "واتهم مجلس السيادة الانتقالي في السودان", ATTACK, "no own expression; the council's statement of Wed 5 Jun 2024 (vetogate: 'حمل مجلس السيادة السوداني، أمس الأربعاء')"),
])
art(S, "https://3lnar.com/?p=53344",
    "2024-06-07", "no date line on the stored page; the body's 'الجمعة' for the activists' report of the shelling of Omdurman 'الخميس' (Thu 6 Jun 2024) and Guterres' statement of the night of Thu 6 Jun give Fri 7 Jun 2024 (a Friday); headline written from the body (the stored text has none); the hospital sentence and the last, truncated quotation dropped; no date of its own in the text", False, """
عشرات القتلى بقصف على أم درمان وإدانة أممية لهجوم ود النورة
ذكر ناشطون سودانيون الجمعة أن قرابة 40 شخصا لقوا حتفهم في قصف «مدفعي عنيف» شنته «قوات الدعم السريع» على أم درمان، ضاحية الخرطوم.
وأوضحت «تنسيقية لجان مقاومة كرري» في بيان نشرته على وسائل التواصل الاجتماعي أن «قوات الدعم السريع» قصفت الخميس أم درمان، وأن الحصيلة «حتى الآن … 40 مواطناً/مواطنة شهداء، وإصابات فوق 50 بين طفيفة وحرجة».
وتابعت: «لا يوجد حصر دقيق لعدد شهداء اليوم بأم درمان».
واتهم ناشطون «قوات الدعم السريع» التي تقاتل الجيش السوداني منذ أبريل (نيسان) 2023، بشن هجوم دام على قرية ود النورة في ولاية الجزيرة وسط السودان، خلّف أكثر من مائة قتيل بينهم 35 طفلاً.
وندد الأمين العام للأمم المتحدة، أنطونيو غوتيريس، الليلة الماضي، بالهجوم الذي قيل إن قوات الدعم السريع شنته في 5 حزيران على قرية ود النورة بولاية الجزيرة، وأودى بحياة أكثر من 100 شخص.
""", [
    ev("omdurman-shelling", "قصفت الخميس أم درمان", "2024-06-06", "'الخميس' before Fri 7 Jun = Thu 6 Jun 2024"),
    ev("war-outbreak", "التي تقاتل الجيش السوداني منذ أبريل (نيسان) 2023", "2023-04-15", "'منذ أبريل (نيسان) 2023' = the war that broke out on Sat 15 Apr 2023"),
    ev("massacre", "بشن هجوم دام على قرية ود النورة", ATTACK, "'في 5 حزيران' later in the text = Wed 5 Jun 2024"),
    ev("guterres-condemnation", "وندد الأمين العام للأمم المتحدة، أنطونيو غوتيريس", "2024-06-06", "'الليلة الماضي' (sic) in a report of Fri 7 Jun = the night of Thu 6 Jun 2024 (the statement was issued in New York on Thu 6 Jun)"),
])

# ---------------------------------------------------------------- sudan-west-darfur-kreinik-attacks-2022
S = "sudan-west-darfur-kreinik-attacks-2022"
HERDERS = "2022-04-21"                     # two herders killed near Kreinik on the night of Thu 21 Apr 2022
FRIDAY = "2022-04-22"                      # the first attack on Kreinik, Fri 22 Apr 2022
PLANE = "2022-04-23"                       # the government aircraft over Kreinik, Sat 23 Apr 2022
SUNDAY = "2022-04-24"                      # the main attack and burning of Kreinik, Sun 24 Apr 2022
art(S, "https://warqpress.com/%D8%AA%D9%81%D8%A7%D8%B5%D9%8A%D9%84-%D8%B9%D9%86-%D8%A7%D9%84%D9%87%D8%AC%D9%88%D9%85-%D8%A7%D9%84%D8%B0%D9%8A-%D9%88%D9%82%D8%B9-%D8%B9%D9%84%D9%89-%D9%85%D9%86%D8%B7%D9%82%D8%A9-%D9%83%D8%B1%D9%8A/",
    "2022-04-23", "no date line on the stored page; the body's 'أمس الجمعة 21 رمضان الموافق 22 أبريل 2022م' (22 Apr 2022 was a Friday) gives Sat 23 Apr 2022; headline kept from the page (re-worded); the slogan 'حرية … سلام وعدالة' and the last, truncated sentence dropped; the date in the text is that of the attack, not of the report", False, """
تفاصيل الهجوم الذي تعرضت له منطقة كرينك في ولاية غرب دارفور
أسفر الهجوم الذي شنته مليشيات الجنجويد على منطقة كرينك أمس الجمعة 21 رمضان الموافق 22 أبريل 2022م عن مقتل (8) مواطنين، من بينهم امرأة وطفل، وإصابة (16) آخرين، ثلاثة منهم في حالة متأخرة، نُقلوا جميعا إلى مستشفى كرينك الريفي للعلاج، كما أُحرقت عشرات المنازل في معسكر (ام دوين) الواقع جنوبي كرينك، ونزحت أعداد كبيرة من الأسر إلى شمال كرينك خشية تجدد الهجوم.
وكان سبب هذا الهجوم مقتل شخصين في ليلة الخميس 21 أبريل على يد مسلحين مجهولين قرب قرية بئر دقيق (بوردبوك)، على بعد نحو 5 كيلومترات غربي كرينك.
وفي ليلة البارحة، هاجمت المليشيات قرية (شكك) الواقعة على بعد نحو (4) كيلومترات شرقي كرينك، ما أدى إلى مقتل شيخ حامد وإصابة ثلاثة آخرين نُقلوا إلى مستشفى كرينك الريفي.
ويُذكر أن حشودا كبيرة من المليشيات تتجمع اليوم حول كرينك، قادمة من فوربرنقا وسرف عمرة ومناطق أخرى من دارفور والحدود التشادية، بهدف معاودة الهجوم على كرينك والمناطق المجاورة لها.
""", [
    ev("friday-attack", "الهجوم الذي شنته مليشيات الجنجويد على منطقة كرينك", FRIDAY, "'أمس الجمعة 21 رمضان الموافق 22 أبريل 2022م' = Fri 22 Apr 2022"),
    ev("um-duwein-camp-burned", "أُحرقت عشرات المنازل في معسكر (ام دوين)", FRIDAY, "no own expression; in the attack of Fri 22 Apr 2022"),
    ev("herders-killed", "مقتل شخصين في ليلة الخميس 21 أبريل", HERDERS, "'ليلة الخميس 21 أبريل' = the night of Thu 21 Apr 2022"),
    ev("shakak-attack", "هاجمت المليشيات قرية (شكك)", FRIDAY, "'ليلة البارحة' in a report of Sat 23 Apr = the night of Fri 22 to Sat 23 Apr 2022", end="2022-04-24"),
    ev("militias-massing", "حشودا كبيرة من المليشيات تتجمع اليوم حول كرينك", PLANE, "'اليوم' = Sat 23 Apr 2022"),
])
art(S, "https://splmn.net/%d8%aa%d8%ac%d8%af%d9%91%d8%af-%d8%a7%d9%84%d9%87%d8%ac%d9%85%d8%a7%d8%aa-%d8%b9%d9%84%d9%89-%d9%83%d8%b1%d9%8a%d9%86%d9%83-%d8%a8%d9%88%d9%84%d8%a7%d9%8a%d8%a9-%d8%ba%d8%b1%d8%a8-%d8%af%d8%a7",
    "2022-04-24", "the body's 'صباح اليوم الأحد 24 أبريل' and 'في بيان أصدره اليوم الأحد 24 أبريل' (kept; 24 Apr 2022 was a Sunday); headline kept from the page (re-worded); the source tag of the site and the last, truncated quotation dropped", True, """
تجدّد الهجمات على "كرينك" في ولاية غرب دارفور
عاودت مليشيات الجنجويد صباح اليوم الأحد 24 أبريل هجماتها على منطقة كرينك بولاية غرب دارفور، للمرة الثانية على التوالي خلال ثلاثة أيام.
وبحسب التقارير الواردة، شنت المليشيات هجوما واسعا من كل الاتجاهات على كرينك، التي تقع على بعد "80" كلم شرقي مدينة الجنينة حاضرة الولاية، بالأسلحة الثقيلة والخفيفة وعلى متن عربات الدفع الرباعي والدراجات النارية والجمال والخيول، فسقط قتلى وجرحى ونُهبت منازل المواطنين وأُحرقت.
وذكر تجمع معسكرات النازحين واللاجئين بدار مساليت، في بيان أصدره اليوم الأحد 24 أبريل، أن "الهجوم لا يزال مستمرا وبصورة أشد وحشية". وأوضح التجمع أن قوات الدعم السريع التابعة للجنة أمن الولاية والموجودة في كرينك شريك أصيل في هذا الهجوم الغادر، على حد تعبير البيان.
وكشف التجمع عن طائرة حكومية قال "إنها حلقت مساء أمس السبت 23 أبريل 2022 في سماء محلية كرينك، لتمنح الجنجويد فرصة وخطة كافية لترتيب صفوفهم والعودة من جديد بصورة أكثر وحشية".
""", [
    ev("sunday-attack", "عاودت مليشيات الجنجويد صباح اليوم الأحد 24 أبريل هجماتها", SUNDAY, "'صباح اليوم الأحد 24 أبريل' = Sun 24 Apr 2022"),
    ev("town-burned", "ونُهبت منازل المواطنين وأُحرقت", SUNDAY, "no own expression; in the attack of Sun 24 Apr 2022"),
    ev("dar-masalit-camps-statement", "في بيان أصدره اليوم الأحد 24 أبريل", SUNDAY, "'اليوم الأحد 24 أبريل' = Sun 24 Apr 2022"),
    ev("government-aircraft", "حلقت مساء أمس السبت 23 أبريل 2022", PLANE, "'مساء أمس السبت 23 أبريل 2022' = the evening of Sat 23 Apr 2022"),
])
art(S, "https://3ayin.com/krink-city-fight",
    "2022-04-24", "page date line '24 أبريل 2022' (kept as second line; 24 Apr 2022 was a Sunday); the body's 'صباح اليوم الاحد' agrees; headline kept from the page (re-worded); the last, truncated quotation of a survivor dropped", True, """
مسلحو مليشيا يجتاحون (كرينك) في غرب دارفور وسقوط قتلى وجرحى
24 أبريل 2022
اقتحم رجال مليشيا بالأسلحة الثقيلة وعربات الدفع الرباعي بلدة كرينك القريبة من مدينة الجنينة، عاصمة ولاية غرب دارفور، بعد يومين من توترات أمنية عرفتها المنطقة، ما خلّف عشرات الضحايا وسط تضارب في أعداد القتلى.
ونفذ المسلحون هجومهم على البلدة في وقت مبكر من صباح اليوم الاحد، على الرغم من التعزيزات العسكرية التي أرسلتها القوات الحكومية إلى المنطقة على خلفية توترات اليوميين الماضيين، وإعلان الحكومة المحلية إرسال طائرة حربية للحد من المواجهات الأهلية في البلدة.
واندلع قتال أهلي دام الجمعة في بلدة "كرينك" شرقي مدينة الجنينة، بين مجموعات رعوية وسكان البلدة، أوقع (21) قتيلا على الأقل ونحو (19) جريحا من الطرفين، وفق إحصائية أولية حصلت عليها (عاين).
وانفجرت الأوضاع إثر مقتل اثنين من الرعاة في باديتهم، إذ اتهم أهالي الضحايا المزارعين بتنفيذ الهجوم بعد أن تتبعوا آثار الجناة إلى داخل بلدة "كرينك".
وأدى الهجوم الذي تواصل طيلة نهار اليوم إلى إحراق البلدة بالكامل ومعها مخيم للنازحين، وإحراق مقرات الشرطة ومباني رئاسة محلية "كرينك".
""", [
    ev("sunday-attack", "ونفذ المسلحون هجومهم على البلدة في وقت مبكر من صباح اليوم الاحد", SUNDAY, "'في وقت مبكر من صباح اليوم الاحد' = Sun 24 Apr 2022 (date line)"),
    ev("government-aircraft", "وإعلان الحكومة المحلية إرسال طائرة حربية", PLANE, "no own expression; the aircraft sent over Kreinik on Sat 23 Apr 2022 (splmn: 'مساء أمس السبت 23 أبريل 2022')"),
    ev("friday-attack", "واندلع قتال أهلي دام الجمعة في بلدة", FRIDAY, "'الجمعة' before Sun 24 = Fri 22 Apr 2022"),
    ev("herders-killed", "إثر مقتل اثنين من الرعاة في باديتهم", HERDERS, "no own expression; the killing of Thu 21 Apr 2022 (warqpress: 'ليلة الخميس 21 أبريل')"),
    ev("town-burned", "إلى إحراق البلدة بالكامل ومعها مخيم للنازحين", SUNDAY, "'طيلة نهار اليوم' = Sun 24 Apr 2022"),
])
art(S, "https://aljarida.com/articles/1650897044617517200/amp",
    "2022-04-25", "no date line on the stored text; the article id in the URL is a time stamp, 1650897044 s = Mon 25 Apr 2022 14:30 UTC (checked with Python), and the body's 'أمس' for the killings of Sun 24 Apr agrees; headline written from the body (the stored text has none); the 'Ad' tag dropped; no date of its own in the text", False, """
مقتل 200 شخص على الأقل في أعمال عنف بدارفور
لقي ما لا يقل عن 200 شخص حتفهم أمس في أعمال عنف شهدها إقليم دارفور المضطرب في غرب السودان، والذي يعيش نزاعا منذ عقود.
وذكر المتحدث باسم «التنسيقية العامة» للاجئين والنازحين في دارفور، آدم ريغال، أن أعمال العنف هذه انطلقت الجمعة في كرينك، على بعد نحو ثمانين كلم من الجنينة عاصمة غرب دارفور، ولا تزال متواصلة، بعدما هاجم مسلحون من قبيلة عربية قرى يسكنها أبناء قبيلة المساليت غير العربية، ردا على مقتل اثنين من أفراد قبيلتهم الخميس.
""", [
    ev("sunday-attack", "لقي ما لا يقل عن 200 شخص حتفهم أمس", SUNDAY, "'أمس' in a report of Mon 25 Apr = Sun 24 Apr 2022"),
    ev("coordination-toll-statement", "وذكر المتحدث باسم «التنسيقية العامة»", SUNDAY, "no own expression; Adam Rigal's toll given on Sun 24 and reported on Mon 25 Apr 2022 (my span)", end="2022-04-26"),
    ev("friday-attack", "أن أعمال العنف هذه انطلقت الجمعة في كرينك", FRIDAY, "'الجمعة' before Mon 25 = Fri 22 Apr 2022"),
    ev("herders-killed", "ردا على مقتل اثنين من أفراد قبيلتهم الخميس", HERDERS, "'الخميس' before Fri 22 = Thu 21 Apr 2022"),
])

# ---------------------------------------------------------------- sudan-kassala-gash-flood-tendalai-2025
S = "sudan-kassala-gash-flood-tendalai-2025"
EVAC = "2025-08-24"                        # the air force's evacuation from the Gash villages, Sun 24 Aug 2025
CUT = ("2025-08-22", "2025-08-25")         # Tendalai cut off by the Gash from Fri 22 Aug ('منذ أول أمس') to the evacuation (my span)
CALL = ("2025-08-23", "2025-08-25")        # the residents' call for an air bridge, reported on Sun 24 Aug (my span 23-24)
art(S, "https://sarabic.ae/20250824/%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86-%D8%A5%D8%AC%D9%84%D8%A7%D8%A1-%D8%A3%D8%B3%D8%B1-%D9%85%D8%AD%D8%A7%D8%B5%D8%B1%D8%A9-%D8%A8%D8%A7%D9%84%D9%81%D9%8A%D8%B6%D8%A7%D9%86%D8%A7%D8%AA-%D9%81%D9%8A-%D9%88%D9%84%D8%A7%D9%8A%D8%A9-%D9%83%D8%B3%D9%84%D8%A7-%D9%81%D9%8A%D8%AF%D9%8A%D9%88-1104081088.html",
    "2025-08-24", "date in the URL '/20250824/' and page stamp 'date 2025-08-24' (24 Aug 2025 was a Sunday); the body's 'اليوم الأحد' agrees; headline kept from the page (re-worded, the '.. فيديو' tag dropped); the photo credit, the embedded tweet of the army (dated 24 Aug 2025) and the last, truncated sentence dropped; no date of its own in the text", False, """
السودان.. إجلاء أسر حاصرتها الفيضانات في ولاية كسلا
أجرت القوات الجوية السودانية، اليوم الأحد، عمليات إجلاء لمواطنين حاصرتهم مياه فيضان نهر "القاش" في عدد من قرى ولاية كسلا شرقي السودان، تحت إشراف مباشر من رئيس مجلس السيادة وقائد الجيش السوداني عبد الفتاح البرهان.
ونشر الجيش السوداني مقطع فيديو يوثق عملية إجلاء الأسر المتضررة من الفيضان.
وأدى ارتفاع منسوب مياه نهر "القاش" الموسمي في ولاية كسلا شرقي السودان إلى محاصرة مئات الأسر في منطقة تندلاي وعزلها.
وكان الأهالي في شمال كسلا قد طالبوا بتوفير جسر جوي عاجل لمتابعة الوضع الإنساني وإيصال المساعدات إلى آلاف المدنيين المحاصرين، في ظل انقطاع مصادر مياه الشرب واعتماد السكان على مياه النهر والفيضانات مع غياب الكلور ووسائل التنقية.
""", [
    ev("air-evacuation", "أجرت القوات الجوية السودانية، اليوم الأحد، عمليات إجلاء", EVAC, "'اليوم الأحد' = Sun 24 Aug 2025"),
    ev("army-video", "ونشر الجيش السوداني مقطع فيديو", EVAC, "no own expression; the army's video of Sun 24 Aug 2025 (the dropped tweet is dated August 24, 2025)"),
    ev("tendalai-cut-off", "إلى محاصرة مئات الأسر في منطقة تندلاي وعزلها", CUT[0], "no own expression; Tendalai cut off since Fri 22 Aug (gulf365: 'منذ أول أمس') until the evacuation (my span 22-24 Aug 2025)", end=CUT[1]),
    ev("air-bridge-call", "قد طالبوا بتوفير جسر جوي عاجل", CALL[0], "no own expression ('قد طالبوا', pluperfect); the call reported by al-Arabiya on Sun 24 Aug 2025 (my span 23-24 Aug)", end=CALL[1]),
])
art(S, "https://www.lebanon24.com/news/world-news/1408355/%D9%81%D9%8A%D8%B6%D8%A7%D9%86%D8%A7%D8%AA-%D9%88%D9%82%D8%AA%D8%A7%D9%84-%D9%81%D9%8A-%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86",
    "2025-08-24", "page time stamp '24-08-2025 | 04:22' (kept as second line; 24 Aug 2025 was a Sunday) and page stamp 'date 2025-08-24'; the body's 'اليوم الأحد' agrees; headline kept from the page; the site tags, the repeated first paragraph and the last, truncated sentence on al-Fashir dropped", True, """
فيضانات وقتال في السودان
24-08-2025 | 04:22
تسبب ارتفاع منسوب مياه نهر القاش الموسمي في ولاية كسلا شرقي السودان في محاصرة مئات الأسر وعزلها في منطقة تِنّدِلاي.
وطالب مواطنون في منطقة تندلاي شمالي مدينة كسلا بتوفير جسر جوي لمتابعة الوضع الإنساني وتقديم الدعم الإغاثي لآلاف المدنيين المحاصرين، بحسب ما نقله مراسل العربية اليوم الأحد.
وأكدوا كذلك أن توقف مصادر مياه الشرب جعل السكان يعتمدون اعتمادا كاملا على مياه النهر والفيضان مع انعدام الكلور ووسائل تنقية المياه، محذرين في الوقت نفسه من خطورة الأمراض التي قد تنجم عن تدهور الوضع البيئي وانتشار الأوبئة.
وتعد المناطق الشمالية من ولاية كسلا من أكثر مناطق شرق السودان عرضة للفيضانات، ما دفع الأهالي إلى المطالبة بخطط وقائية دائمة، مثل إنشاء سدود وحواجز ترابية للحد من تكرار الكوارث الطبيعية.
وعلى الصعيد العسكري، يسود هدوء حذر على الجبهات في محور ولاية شمال كردفان غربي البلاد، وسط توقعات بأن يواصل الجيش عملياته النوعية باستهداف مواقع وأهداف للدعم السريع في المنطقة.
""", [
    ev("tendalai-cut-off", "في محاصرة مئات الأسر وعزلها في منطقة تِنّدِلاي", CUT[0], "no own expression; my span 22-24 Aug 2025 (gulf365: 'منذ أول أمس')", end=CUT[1]),
    ev("air-bridge-call", "وطالب مواطنون في منطقة تندلاي شمالي مدينة كسلا", CALL[0], "'اليوم الأحد' of the correspondent's report = Sun 24 Aug 2025; the call itself my span 23-24 Aug", end=CALL[1]),
    ev("drinking-water-cut", "أن توقف مصادر مياه الشرب جعل السكان يعتمدون", CUT[0], "no own expression; while Tendalai was cut off (my span 22-24 Aug 2025)", end=CUT[1]),
    ev("kordofan-front-calm", "يسود هدوء حذر على الجبهات في محور ولاية شمال كردفان", EVAC, "present tense in a report of Sun 24 Aug 2025"),
])
art(S, "https://awradnews.net/101832",
    "2025-08-25", "the dateline 'كسلا – 25 أغسطس 2025م' (kept as second line; 25 Aug 2025 was a Monday); the body's 'الأحد' for the evacuation of Sun 24 Aug agrees; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
القوات الجوية تجلي مواطنين حاصرهم فيضان القاش في كسلا
كسلا – 25 أغسطس 2025م
أجلت القوات الجوية السودانية، الأحد، على نحو عاجل عددا من المواطنين الذين حاصرتهم مياه فيضان نهر القاش في قرى متفرقة من ولاية كسلا شرقي البلاد، تحت إشراف مباشر من رئيس مجلس السيادة وقائد الجيش، الفريق أول عبد الفتاح البرهان.
وأوضحت مصادر عسكرية أن هذه الخطوة تندرج ضمن جهود الجيش للتخفيف من العزلة التي فرضتها السيول والفيضانات على عدد من المناطق الريفية، بعد أن انقطعت الطرق البرية المؤدية إليها وبات إيصال المساعدات برا أمرا بالغ الصعوبة.
وبث الجيش مقطعا مصورا يوثق لحظات نقل الأسر المتضررة بالمروحيات العسكرية، استجابة لنداءات عاجلة وجهها سكان منطقة تندلاي شمال كسلا، حيث تسبب ارتفاع منسوب النهر الموسمي في عزل مئات العائلات عن محيطها.
وبيّن الجيش في بيان أن المروحيات أنزلت مساعدات تضمنت حزما غذائية أساسية وُزعت على الأسر المحاصرة، مؤكدا أن هذه العمليات ستتواصل خلال الأيام المقبلة لتشمل القرى والمناطق التي ما زالت معزولة.
""", [
    ev("air-evacuation", "أجلت القوات الجوية السودانية، الأحد، على نحو عاجل", EVAC, "'الأحد' before Mon 25 = Sun 24 Aug 2025"),
    ev("army-video", "وبث الجيش مقطعا مصورا يوثق لحظات نقل الأسر", EVAC, "no own expression; the army's video of Sun 24 Aug 2025"),
    ev("tendalai-cut-off", "في عزل مئات العائلات عن محيطها", CUT[0], "no own expression; my span 22-24 Aug 2025", end=CUT[1]),
    ev("food-airdrop", "أن المروحيات أنزلت مساعدات تضمنت حزما غذائية", EVAC, "no own expression; with the evacuation of Sun 24 Aug 2025"),
    ev("more-operations", "ستتواصل خلال الأيام المقبلة", "2025-08-25", "'خلال الأيام المقبلة' from Mon 25 Aug 2025 (my span 25-31 Aug)", end="2025-09-01"),
])
art(S, "https://news.gulf365.net/sudan-news-today/13155921/%D8%A7%D9%84%D9%82%D8%A7%D8%B4-%D9%8A%D8%AD%D8%A7%D8%B5%D8%B1-%D9%82%D8%B1%D9%89-%D8%A8%D9%83%D8%B3%D9%84%D8%A7-%D9%88%D8%AA%D8%AD%D8%B0%D9%8A%D8%B1-%D9%85%D9%86-%D8%AE%D8%B7%D8%B1-%D9%81%D9%8A%D8%B6%D8%A7%D9%86-%D8%A7%D9%84%D9%86%D9%8A%D9%84-%D8%A8%D8%A7%D9%84%D8%B4%D9%85%D8%A7%D9%84%D9%8A%D8%A9.html",
    "2025-08-25", "page stamp 'date 2025-08-25' (25 Aug 2025 was a Monday), not part of the text; the body's 'الأحد' for the army's statement of Sun 24 Aug agrees; headline rendered from the URL slug (the stored text has none); the closing paragraph on the Merowe dam warning dropped; no date of its own in the text", False, """
القاش يحاصر قرى بكسلا وتحذير من خطر فيضان النيل بالشمالية
طوّق نهر القاش الموسمي قرى في ولاية كسلا، في حين نبهت سلطات الولاية الشمالية إلى مناسيب عالية لنهر النيل ستستمر حتى أكتوبر القادم.
وذكر الجيش في تعميم صحفي الأحد أنه أجلى عبر القوات الجوية مواطني بعض القرى الذين حاصرتهم مياه فيضان نهر القاش في ولاية كسلا، تنفيذا لتوجيهات رئيس مجلس السيادة قائد الجيش الفريق أول عبد الفتاح البرهان.
وحملت مروحيات تابعة للجيش مساعدات غذائية إلى أهالي قرية تندلاي في ولاية كسلا، بعد أن أحكم القاش حصاره على المنطقة منذ أول أمس.
ويطالب سكان المنطقة حكومة الولاية بإنشاء طريق أسفلت بطول 18 كيلومترا يربط منطقتهم بالطريق القومي ويحميها من حصار القاش الذي يتكرر في موسم الأمطار.
وبدأ نهر القاش الموسمي يسجل معدلات فيضان مرتفعة منذ الأسبوع الماضي، ما يهدد مدينة كسلا وأريافها.
""", [
    ev("nile-high-levels", "مناسيب عالية لنهر النيل ستستمر حتى أكتوبر القادم", EVAC, "'حتى أكتوبر القادم' = from the warning of Sun 24 Aug to the end of October 2025 (my span)", end="2025-11-01"),
    ev("air-evacuation", "أنه أجلى عبر القوات الجوية مواطني بعض القرى", EVAC, "'الأحد' = Sun 24 Aug 2025"),
    ev("food-airdrop", "وحملت مروحيات تابعة للجيش مساعدات غذائية", EVAC, "no own expression; with the evacuation of Sun 24 Aug 2025"),
    ev("tendalai-cut-off", "أحكم القاش حصاره على المنطقة منذ أول أمس", CUT[0], "'منذ أول أمس' in a text written on Sun 24 Aug = since Fri 22 Aug 2025 (my span 22-24 Aug)", end=CUT[1]),
    ev("gash-high-flow", "يسجل معدلات فيضان مرتفعة منذ الأسبوع الماضي", "2025-08-17", "'منذ الأسبوع الماضي' from Sun 24 Aug = since the week of 17-23 Aug 2025 (my span 17-24 Aug)", end="2025-08-25"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 395
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

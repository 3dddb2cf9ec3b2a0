"""Builds stories.jsonl: the 556-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: local news from Mauritania, any domain.
Stories: the death of the president's son Ahmedou ould Abdel Aziz in a road accident near Tintane (December
2015), the sudden death of the former president Ely ould Mohamed Vall in the desert of Tiris Zemmour and his
funeral (May 2017), the death and funeral of the former president Sidi Mohamed ould Cheikh Abdallahi (November
2020), and the death in police custody of Souvi ould Cheine at Dar Naim, the protests and his funeral
(February 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- mauritania-ahmedou-aziz-tintane-crash-2015
S = "mauritania-ahmedou-aziz-tintane-crash-2015"
CRASH = "2015-12-22"                       # Ahmedou ould Abdel Aziz died near Tintane at noon, Tue 22 Dec 2015
NIGHT_END = "2015-12-24"                   # exclusive end of the night of Tue 22 / Wed 23 Dec (the burial at Akreidilat)
TOUR = ("2015-12-15", "2015-12-23")        # his charity tour 'خلال الأيام الماضية' before the crash (my span 15 - 22 Dec)
art(S, "https://elwatan.info/node/2857",
    "2015-12-22", "no date line in the stored text; the body's first sentence 'ظهر اليوم الثلاثاء 22 – 12 – 2015' gives Tue 22 Dec 2015 (22 Dec 2015 was a Tuesday; a date in the body, not a date line, hence states_date false); headline written from the body (the stored text has none); the site's closing condolence line dropped", False, """
وفاة نجل الرئيس الموريتاني أحمد ولد عبد العزيز في حادث سير قرب الطينطان
فارق نجل الرئيس الموريتاني أحمد ولد عبد العزيز الحياة ظهر اليوم الثلاثاء 22 – 12 – 2015 إثر حادث سير تعرضت له السيارة التي كان على متنها بالقرب من مدينة الطينطان في ولاية الحوض الغربي.
وأُعلن عن وفاته إثر وصوله إلى مستشفى مدينة الطينطان، مركز المقاطعة، فيما لقي الصحفي الشيخ عمر من صحيفة "لوتانتيك" الفرنسية حتفه في الحادث نفسه.
وكان نجل الرئيس يقوم برحلة عمل خيري، وزّع أثناءها مساعدات كثيرة على الفقراء في المناطق التي عبرها، بولايات كوركل والبراكنه والعصابة والحوض الغربي.
ويتولى ولد عبد العزيز رئاسة جمعية الرحمة الخيرية، التي نفذت عددا كبيرا من الأعمال الخيرية في الأشهر الأخيرة، إذ حفرت ما يزيد على 32 بئرا لصالح الفقراء في مناطق مختلفة من البلاد.
كما تولت الهيئة الإشراف على توزيع تجهيزات صحية وسيارات إسعاف وأدوية ولوازم مدرسية خلال الأسابيع الأخيرة.
ويناهز عمر ولد عبد العزيز 24 سنة، وكان طالبا في المملكة المتحدة، بعد أن درس من قبل في كندا وفي فرنسا.
""", [
    ev("crash-death", "فارق نجل الرئيس الموريتاني أحمد ولد عبد العزيز الحياة", CRASH, "'ظهر اليوم الثلاثاء 22 – 12 – 2015' = Tue 22 Dec 2015"),
    ev("journalist-death", "فيما لقي الصحفي الشيخ عمر من صحيفة \"لوتانتيك\" الفرنسية حتفه", CRASH, "no own expression; 'في الحادث نفسه', the crash of Tue 22 Dec 2015"),
    ev("charity-tour", "وكان نجل الرئيس يقوم برحلة عمل خيري", TOUR[0], "no own expression; the tour through Gorgol, Brakna, Assaba and Hodh el Gharbi in the days before the crash of Tue 22 Dec 2015 (echourouqmedia 'خلال الأيام الماضية'); my span 15 - 22 Dec 2015", end=TOUR[1]),
])
art(S, "https://echourouqmedia.net/?q=node%2F3781",
    "2015-12-22", "no date line on the stored page; the body's 'زوال اليوم الثلاثاء' for the crash of Tue 22 Dec 2015 and 'قبل قليل' for the funeral prayer held that night in Nouakchott give Tue 22 Dec 2015; headline written from the body (the stored text has none)", False, """
صلاة الجنازة على نجل الرئيس الموريتاني والصحفي عمر انجاي في نواكشوط
الشروق ميديا - نواكشوط: أُدّيت قبل قليل في نواكشوط، عاصمة موريتانيا، صلاة الجنازة على أحمدو ولد عبد العزيز نجل رئيس البلاد وعلى الصحفي عمر انجاي، وذلك بعد ساعات قليلة من وصول جثمانيهما إلى العاصمة على متن مروحية عسكرية قادمة من مدينة أطيطان، حيث وقع لهما هناك زوال اليوم الثلاثاء حادث سير أودى بحياتهما وأصاب اثنين آخرين على الأقل.
وحضر صلاة الجنازة رئيس السنغال ورئيس جمهورية مالي، إلى جانب مسؤولين رسميين وقادة من المعارضة ورموز ثقافية ودينية، فضلا عن آلاف من سكان العاصمة.
وكان الفقيد أحمدو ولد محمد ولد عبد العزيز (24 سنة) يجوب خلال الأيام الماضية عددا من الولايات الموريتانية، في مهمة خيرية لجمعية الرحمة التي يترأسها.
""", [
    ev("funeral-prayer", "أُدّيت قبل قليل في نواكشوط", CRASH, "'قبل قليل' in a report of the evening of Tue 22 Dec 2015 (the crash 'زوال اليوم الثلاثاء' the same day)"),
    ev("bodies-flown", "وصول جثمانيهما إلى العاصمة على متن مروحية عسكرية", CRASH, "'بعد ساعات قليلة' before the prayer, on Tue 22 Dec 2015"),
    ev("crash-death", "وقع لهما هناك زوال اليوم الثلاثاء حادث سير", CRASH, "'زوال اليوم الثلاثاء' = Tue 22 Dec 2015"),
    ev("charity-tour", "يجوب خلال الأيام الماضية عددا من الولايات الموريتانية", TOUR[0], "'خلال الأيام الماضية' before Tue 22 Dec 2015; my span 15 - 22 Dec 2015", end=TOUR[1]),
])
art(S, "https://www.masress.com/elwatan/875290",
    "2015-12-23", "no date line on the stored page (an El Watan report carried by masress); the body's 'مساء أمس الثلاثاء' for the death of Tue 22 Dec 2015 and 'الليلة الماضية' for the burial give Wed 23 Dec 2015 (23 Dec 2015 was a Wednesday); headline written from the body (the stored text has none)", False, """
نواكشوط تودع نجل الرئيس الموريتاني إلى مثواه الأخير
في حضور رسمي وشعبي، شيعت نواكشوط الليلة الماضية نجل الرئيس الموريتاني الراحل أحمد ولد محمد ولد عبد العزيز إلى مثواه الأخير.
وصلى الرئيس الموريتاني محمد ولد عبد العزيز على الفقيد صلاة الجنازة في مسجد ابن عباس بوسط نواكشوط، يرافقه رئيس مالي الحاج إبراهيم ببكر كيتا وزعماء المعارضة وعشرات الآلاف من المواطنين، ثم دُفن الجثمان في المقبرة العائلية في اكريديلات شمالي نواكشوط.
وكان الفقيد قد فارق الحياة مساء أمس الثلاثاء رفقة أحد مرافقيه، بينما أصيب اثنان آخران بجروح خطيرة، في حادث سير قرب مدينة الطينطان شرقي البلاد أثناء عودته من مهمة إنسانية لمنظمته الخيرية "الرحمة"، أشرف خلالها على توزيع سيارات إسعاف وبعض التجهيزات على عدد من المناطق الشرقية.
ومن المتوقع أن يبدأ رؤساء دول إفريقية في التوافد على نواكشوط خلال الساعات القادمة لتقديم واجب العزاء في نجل الرئيس.
ولم يُعرف للفقيد أي نشاط سياسي، وقد أنشأ بعد تخرجه من جامعة بريطانية هيئة خيرية قبل عامين ساعدت كثيرا من المراكز الطبية داخل البلاد.
""", [
    ev("funeral-prayer", "وصلى الرئيس الموريتاني محمد ولد عبد العزيز على الفقيد صلاة الجنازة", CRASH, "no own expression; part of 'الليلة الماضية' from Wed 23 Dec 2015 = the night of Tue 22 (echourouqmedia of Tue 22: 'أُقيمت قبل قليل')"),
    ev("burial", "ثم دُفن الجثمان في المقبرة العائلية في اكريديلات", CRASH, "'الليلة الماضية' from Wed 23 Dec 2015 = the night of Tue 22 / Wed 23 (after the prayer, 55 km from Nouakchott); span Tue 22 - Wed 23", end=NIGHT_END),
    ev("crash-death", "قد فارق الحياة مساء أمس الثلاثاء", CRASH, "'مساء أمس الثلاثاء' in an article of Wed 23 Dec 2015 = Tue 22 Dec (other reports: at noon)"),
    ev("charity-tour", "أثناء عودته من مهمة إنسانية لمنظمته الخيرية", TOUR[0], "no own expression; the charity mission in the days before the crash of Tue 22 Dec 2015; my span 15 - 22 Dec 2015", end=TOUR[1]),
    ev("heads-of-state-condolences", "أن يبدأ رؤساء دول إفريقية في التوافد على نواكشوط", "2015-12-23", "'خلال الساعات القادمة' from Wed 23 Dec 2015 = Wed 23 Dec (expected)"),
])

# ---------------------------------------------------------------- mauritania-ely-ould-mohamed-vall-death-2017
S = "mauritania-ely-ould-mohamed-vall-death-2017"
DEATH = "2017-05-05"                       # Ely ould Mohamed Vall died near Mijek (Tiris Zemmour) at noon, Fri 5 May 2017
BURIAL = "2017-05-06"                      # buried at Akreidil at dawn, Sat 6 May 2017
art(S, "http://alakhbar.info/?q=node/3137",
    "2017-05-05", "the page's date line '5 مايو, 2017 - 16:34' (not kept in the text) and the body's 'ظهر اليوم الجمعة 05 مايو 2017' (5 May 2017 was a Friday); the site's header 'على مدار الساعة' dropped; headline kept from the page; the last, truncated sentence dropped", True, """
وفاة الرئيس الموريتاني الأسبق اعل ولد محمد فال
الأخبار (نواكشوط) ـ رحل ظهر اليوم الجمعة 05 مايو 2017 الرئيس الموريتاني الأسبق اعلي ولد محمد فال إثر أزمة قلبية مباغتة ألمّت به بينما كان في بوادي ولاية تيرس الزمور في شمال البلاد.
وأفادت مصادر خاصة للأخبار بأن الرئيس الأسبق توفي بشكل مفاجئ أثناء ممارسته المعتادة لرياضة الجري حول مقر إقامته، حيث كان برفقة أفراد من عائلته على بعد نحو 100 كلم من مدينة الزويرات.
ويُعد ولد محمد فال، العقيد السابق في الجيش الموريتاني، واحدا من أبرز السياسيين والعسكريين في موريتانيا؛ إذ شارك في قيادة حرب الصحراء في أواخر السبعينات، كما كان الرئيس الموريتاني الوحيد منذ استقلال البلاد الذي غادر السلطة دون أن يطيح به انقلاب عسكري.
وقد قاد ولد محمد فال، المولود عام 1950، انقلابا عسكريا أطاح بالرئيس الأسبق معاوية ولد سيدي أحمد الطائع في الثالث من أغسطس 2005، وتولى رئاسة البلاد خلال المرحلة الانتقالية إلى غاية 19 إبريل 2007، حين تخلى عن السلطة إثر الانتخابات التي فاز فيها الرئيس سيدي محمد ولد الشيخ عبد الله.
وعاد ولد محمد فال إلى الساحة السياسية عقب الانقلاب على الرئيس سيدي محمد ولد الشيخ عبد الله في السادس من أغسطس 2008، فترشح للرئاسة في 2009.
""", [
    ev("vall-death", "رحل ظهر اليوم الجمعة 05 مايو 2017 الرئيس الموريتاني الأسبق", DEATH, "'ظهر اليوم الجمعة 05 مايو 2017' = Fri 5 May 2017"),
    ev("coup-2005", "انقلابا عسكريا أطاح بالرئيس الأسبق معاوية ولد سيدي أحمد الطائع", "2005-08-03", "'في الثالث من أغسطس 2005' = Wed 3 Aug 2005"),
    ev("handover-2007", "حين تخلى عن السلطة", "2007-04-19", "'إلى غاية 19 إبريل 2007' = Thu 19 Apr 2007"),
    ev("coup-2008", "عقب الانقلاب على الرئيس سيدي محمد ولد الشيخ عبد الله", "2008-08-06", "'في السادس من أغسطس 2008' = Wed 6 Aug 2008"),
    ev("candidacy-2009", "فترشح للرئاسة في 2009", "2009-01-01", "'في 2009' = the year 2009 only (the election was in July 2009)", end="2010-01-01"),
])
art(S, "https://saharamedias.net/20229",
    "2017-05-05", "no date line on the stored page; the body's 'زوال اليوم الجمعة' for the death of Fri 5 May 2017, 'مساء اليوم' for the gathering at his house and the prayer expected 'عند حوالي الساعة الحادية عشر ليلاً' give Fri 5 May 2017 (year from the other reports: alakhbar '05 مايو 2017'); the repeated paragraphs of the stored text kept once; headline written from the body (the stored text has none)", False, """
جثمان الرئيس الأسبق اعلي ولد محمد فال سيوارى في مدفن أكريديل
ذكرت مصادر خاصة لـ"صحراء ميديا" أن جثمان الرئيس الموريتاني الأسبق اعلي ولد محمد فال سيُدفن في مدفن "أكريديل" بولاية إينشيري.
وأوضحت المصادر ذاتها أن الجثمان سيُنقل، بعد أداء الصلاة عليه في العاصمة نواكشوط، إلى مدفن "أكريديل" الواقع على مسافة ستين كيلومتراً شمال نواكشوط.
ويُتوقع أن تقام الصلاة في مسجد ابن عباس عند حوالي الساعة الحادية عشر ليلاً، عقب وصول الجثمان على متن طائرة عسكرية قادمة من ازويرات.
واحتشد عدد كبير من الشخصيات السياسية والثقافية والأعيان التقليديين في منزل الراحل مساء اليوم، في حين اتجهت جموع أخرى إلى مسجد ابن عباس في انتظار أداء الصلاة.
وكان ولد محمد فال قد توفي زوال اليوم الجمعة في إحدى بوادي تيرس الزمور، وبالتحديد في منطقة مجيك على بعد 90 كيلومتراً إلى الشمال الغربي من مدينة ازويرات.
وقد نُقل بسيارته الخاصة إلى مدينة ازويرات، ومنها حُمل على متن طائرة عسكرية إلى نواكشوط.
""", [
    ev("burial", "سيُدفن في مدفن \"أكريديل\" بولاية إينشيري", BURIAL, "no own expression (future); the burial at Akreidil took place at dawn, Sat 6 May 2017 (alhakika 'فجر اليوم السبت')"),
    ev("funeral-prayer", "أن تقام الصلاة في مسجد ابن عباس عند حوالي الساعة الحادية عشر ليلاً", DEATH, "'عند حوالي الساعة الحادية عشر ليلاً' of the day of the report, Fri 5 May 2017"),
    ev("mourners-gather", "واحتشد عدد كبير من الشخصيات السياسية والثقافية", DEATH, "'مساء اليوم' = the evening of Fri 5 May 2017"),
    ev("vall-death", "قد توفي زوال اليوم الجمعة", DEATH, "'زوال اليوم الجمعة' = Fri 5 May 2017"),
    ev("body-flown", "حُمل على متن طائرة عسكرية إلى نواكشوط", DEATH, "no own expression; the body left Zouerate on the evening of Fri 5 May 2017 (the day of the death)"),
])
art(S, "https://www.alhakika.info/node/5105",
    "2017-05-06", "no date line on the stored page; the body's 'فجر اليوم السبت' for the farewell and burial at dawn after the death of Fri 5 May 2017 gives Sat 6 May 2017 (6 May 2017 was a Saturday); headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
موريتانيا تودع رئيسها الأسبق اعل ولد محمد فال في جنازة عسكرية
الحقيقة/انواكشوط/ ودّع آلاف الموريتانيين فجر اليوم السبت الرئيس الأسبق للبلاد والقائد العسكري المعروف العقيد اعل ولد محمد فال في جنازة عسكرية مهيبة، حضرها الرئيس وأعضاء الحكومة وقادة الأركان.
وشارك في الصلاة عليه بمسجد ابن عباس ما يزيد على أربعة آلاف شخص، في جو من الصدمة بين رفاق الرجل المقربين ومحبيه، وإحساس بمرارة اللحظة لدى جمهور المصلين المشاركين في تشييعه.
وحضر الرئيس محمد ولد عبد العزيز ثلاث محطات حاسمة من رحلة العقيد الأخيرة (وصوله إلى المطار، ونقله إلى المستشفى العسكري، والصلاة عليه)، محتضنا أبرز أفراد أسرته، الضابط أحمد ولد أعلي، الذي لازمه طوال الرحلة.
وفي مطار نواكشوط، طُلب من كافة أعضاء الحكومة وقادة الأركان الحضور لاستقبال الجثمان، في حين تولى الضابط البارز في القوات المسلحة الجنرال محمد ولد أحريطاني مرافقة الجثمان من تيرس زمور.
وفي المستشفى العسكري حضر الفريق الركن محمد ولد الغزواني والفريق السلطان ولد أسواد ونجل الرئيس بدر ولد عبد العزيز وشيخ نواكشوط محمد ولد غده، بينما رافق الرئيس الجثمان إلى غرفة المعاينة مع ثلاثة من كبار الأطباء.
""", [
    ev("burial", "ودّع آلاف الموريتانيين فجر اليوم السبت", BURIAL, "'فجر اليوم السبت' = Sat 6 May 2017"),
    ev("funeral-prayer", "وشارك في الصلاة عليه بمسجد ابن عباس", DEATH, "no own expression; the prayer in the night of Fri 5 May 2017 (saharamedias: expected at about 11 pm; arayalmostenir: 'مساء الجمعة 05 – 05 – 2017'), before the burial at dawn"),
    ev("airport-reception", "طُلب من كافة أعضاء الحكومة وقادة الأركان الحضور لاستقبال الجثمان", DEATH, "no own expression; the body reached Nouakchott airport on the evening of Fri 5 May 2017 (arayalmostenir: 'في حدود 20:30')"),
    ev("body-flown", "مرافقة الجثمان من تيرس زمور", DEATH, "no own expression; the flight from Zouerate on the evening of Fri 5 May 2017"),
    ev("hospital-examination", "بينما رافق الرئيس الجثمان إلى غرفة المعاينة", DEATH, "no own expression; the examination at the military hospital between the arrival and the prayer, the evening of Fri 5 May 2017"),
])

# ---------------------------------------------------------------- mauritania-sidi-ould-cheikh-abdallahi-death-2020
S = "mauritania-sidi-ould-cheikh-abdallahi-death-2020"
NIGHT = ("2020-11-22", "2020-11-24")       # he died in the night of Sun 22 / Mon 23 Nov 2020 (span)
MON = "2020-11-23"                         # mourning declared, funeral prayer: Mon 23 Nov 2020
RETURN = ("2020-11-13", "2020-11-17")      # back from treatment in Turkey 'منذ 10 أيام' / 'قبل أسبوع' (my span 13 - 16 Nov)
art(S, "https://www.alalam.ir/news/5291716/وفاة-الرئيس-الموريتاني-الأسبق-سيدي-محمد-ولد-الشيخ-عبدالله",
    "2020-11-23", "the page's date line 'الإثنين ٢٣ نوفمبر ٢٠٢٠ ٠٥:٠٨ بتوقيت غرينتش' (not kept in the text; 23 Nov 2020 was a Monday); the 'عاجل' label, the tag 'العالم - موريتانيا' and the list of other news dropped; headline kept from the page", True, """
وفاة الرئيس الموريتاني الأسبق سيدي محمد ولد الشيخ عبدالله
فارق الرئيس الموريتاني الأسبق "سيدي محمد ولد الشيخ عبد الله" الحياة ليلة الاثنين في العاصمة نواكشوط عن عمر يناهز 82 عاما، بعد وعكة صحية مباغتة، وفق ما أورده موقع "صحراء ميديا".
وأعلنت الرئاسة الموريتانية الحداد ثلاثة أيام في كامل أنحاء التراب الوطني حزنا على وفاة ولد الشيخ عبد الله.
وتقلّد ولد الشيخ عبد الله عددا من الحقائب الوزارية في فترات متباعدة خلال سبعينات وثمانينات القرن الماضي، ثم بلغ سدة الرئاسة في أبريل عام 2007 عبر انتخابات حامية الوطيس حسمها في جولتها الثانية.
ويُعد ولد الشيخ عبد الله أول رئيس مدني يصل إلى حكم البلاد بالانتخاب، غير أنه أُطيح به سريعا في انقلاب قاده الرئيس السابق محمد ولد عبد العزيز في أغسطس 2008، واعتزل ولد الشيخ عبد الله العمل السياسي منذ ذلك الوقت.
""", [
    ev("abdallahi-death", "الحياة ليلة الاثنين في العاصمة نواكشوط", NIGHT[0], "'ليلة الاثنين' = the night of Sun 22 / Mon 23 Nov 2020 (kibaru: 'في وقت متأخر من مساء الأحد'); span Sun 22 - Mon 23", end=NIGHT[1]),
    ev("mourning-declared", "وأعلنت الرئاسة الموريتانية الحداد ثلاثة أيام", MON, "no own expression; the presidency's statement of Mon 23 Nov 2020 (orobanews 'اليوم الاثنين'), reported by 05:08 GMT that day"),
    ev("took-office-2007", "ثم بلغ سدة الرئاسة في أبريل عام 2007", "2007-04-19", "'في أبريل عام 2007' = his inauguration on Thu 19 Apr 2007 (azzaman: 'من 19 أبريل 2007')"),
    ev("runoff-2007", "حسمها في جولتها الثانية", "2007-03-25", "no own expression; the second round of the presidential election, Sun 25 Mar 2007"),
    ev("coup-2008", "أُطيح به سريعا في انقلاب", "2008-08-06", "'في أغسطس 2008' = the coup of Wed 6 Aug 2008 (azzaman: 'حتى 6 أغسطس 2008')"),
])
art(S, "https://azzaman.info/?p=28344",
    "2020-11-23", "no date line on the stored page; the body's 'صباح اليوم الاثنين' for the funeral prayer, 'الليلة البارحة' for the death and 'اليوم الإثنين' give Mon 23 Nov 2020 (23 Nov 2020 was a Monday; year from the other reports); the sub-heading dropped; headline kept from the page; the last, truncated sentence dropped", False, """
موريتانيا تودع الرئيس الراحل سيدي محمد ولد الشيخ عبدالله
الزمان أنفو _ شهد الرئيس محمد ولد الشيخ الغزواني، صباح اليوم الاثنين في جامع ابن عباس بنواكشوط، صلاة الجنازة على جثمان الرئيس الراحل سيدي محمد ولد الشيخ عبد الله، الذي توفاه الله الليلة البارحة عن عمر ناهز 82 سنة.
وشارك في صلاة الجنازة الوزير الأول محمد ولد بلال وأعضاء الحكومة ومدير ديوان رئيس الجمهورية وقادة أركان القوات المسلحة وقوات الأمن وكبار الشخصيات في الدولة.
وأمّ جموع المصلين فضيلة الشيخ التجاني ولد الشيخ عبد الله.
ويُذكر أن الراحل سيدي محمد ولد الشيخ عبد الله تولى رئاسة البلاد في الفترة من 19 أبريل 2007 حتى 6 أغسطس 2008.
وكانت رئاسة الجمهورية قد أعلنت الحداد لمدة ثلاثة أيام في جميع أنحاء التراب الوطني.
وجاء انقلاب ولد عبدالعزيز ليضع نهاية لحكم ولد الشيخ عبدالله، وتبدأ معه عشرية طويلة من الفساد وتبديد المال العام أذكت الحنين إلى البدر الذي غاب فجأة.
وامتلأت وسائل التواصل الاجتماعي اليوم الإثنين بالتعازي واكتست بالسواد.
""", [
    ev("funeral-prayer", "صلاة الجنازة على جثمان الرئيس الراحل", MON, "'صباح اليوم الاثنين' = Mon 23 Nov 2020"),
    ev("abdallahi-death", "الذي توفاه الله الليلة البارحة", NIGHT[0], "'الليلة البارحة' from Mon 23 Nov 2020 = the night of Sun 22 / Mon 23; span Sun 22 - Mon 23", end=NIGHT[1]),
    ev("took-office-2007", "تولى رئاسة البلاد في الفترة من 19 أبريل 2007", "2007-04-19", "'19 أبريل 2007' = Thu 19 Apr 2007"),
    ev("mourning-declared", "قد أعلنت الحداد لمدة ثلاثة أيام", MON, "no own expression; the presidency's statement of Mon 23 Nov 2020 (alalam, 05:08 GMT)"),
    ev("coup-2008", "وجاء انقلاب ولد عبدالعزيز ليضع نهاية لحكم ولد الشيخ عبدالله", "2008-08-06", "no own expression in this sentence; the coup of Wed 6 Aug 2008 ('حتى 6 أغسطس 2008' above)"),
    ev("social-media-condolences", "وامتلأت وسائل التواصل الاجتماعي اليوم الإثنين بالتعازي", MON, "'اليوم الإثنين' = Mon 23 Nov 2020"),
])
art(S, "https://emaratalyoum.com/politics/news/2020-11-24-1.1425324",
    "2020-11-24", "no date line in the stored text; the URL path '2020-11-24' and the body's 'أمس' for the funeral prayer and 'فجر أمس' for the death of Mon 23 Nov 2020 give Tue 24 Nov 2020 (24 Nov 2020 was a Tuesday); the 'تويتر' button dropped; headline kept from the page", False, """
وفاة رئيس موريتانيا السابق سيدي محمد ولد الشيخ عبدالله
أُقيمت، أمس، صلاة الجنازة في الجامع العتيق بنواكشوط على الرئيس الموريتاني الأسبق سيدي ولد الشيخ عبدالله، الذي فارق الحياة فجر أمس، وحضرها الرئيس محمد ولد الشيخ الغزواني وكبار الوزراء والعسكريين والأمنيين في البلاد وجمهور غفير، بينما أعلنت الرئاسة حداداً رسمياً لثلاثة أيام.
وكان ولد الشيخ عبدالله قد توفي في إحدى المصحات الخاصة بعد نقله إليها للعلاج من وعكة مفاجئة أصابته، وكانت وفاته جراء أزمة قلبية.
وكان قد رجع منذ 10 أيام من إسطنبول، حيث أجريت له عملية قسطرة لعلاج مضاعفات مرض القلب.
""", [
    ev("funeral-prayer", "أُقيمت، أمس، صلاة الجنازة", MON, "'أمس' in an article of Tue 24 Nov 2020 = Mon 23 Nov"),
    ev("abdallahi-death", "الذي فارق الحياة فجر أمس", NIGHT[0], "'فجر أمس' from Tue 24 Nov 2020 = the early hours of Mon 23 Nov; the other reports say the night of Sun 22 / Mon 23; span Sun 22 - Mon 23", end=NIGHT[1]),
    ev("mourning-declared", "بينما أعلنت الرئاسة حداداً رسمياً لثلاثة أيام", MON, "no own expression; the presidency's statement of Mon 23 Nov 2020"),
    ev("return-from-turkey", "وكان قد رجع منذ 10 أيام من إسطنبول", RETURN[0], "'منذ 10 أيام' from Tue 24 Nov 2020 (or from Mon 23, when it was written) = about 13-14 Nov; kibaru of Mon 23: 'قبل أسبوع' = about 16 Nov; my span 13 - 16 Nov 2020", end=RETURN[1]),
])

# ---------------------------------------------------------------- mauritania-souvi-ould-cheine-custody-death-2023
S = "mauritania-souvi-ould-cheine-custody-death-2023"
ARREST = "2023-02-09"                      # taken to police station no. 2 at Dar Naim on Thu 9 Feb 2023
CUSTODY = ("2023-02-09", "2023-02-11")     # died in custody in the night of Thu 9 / Fri 10 Feb 2023 (span)
PROTESTS = ("2023-02-10", "2023-02-13")    # the protests of the three days before Mon 13 Feb (Fri 10 - Sun 12)
FUNERAL = "2023-02-14"                     # funeral, prayer at Ibn Abbas and burial at al-Riyadh cemetery, Tue 14 Feb 2023
art(S, "https://nawafedh.com/?q=node%2F24002",
    "2023-02-13", "no date line on the stored page; the body's 'اليوم الاثنين' for the dispersal, 'ليل الجمعة' for the death and 'على مدى الأيام الثلاثة الماضية' for the protests that began after the death point to Mon 13 Feb 2023 (13 Feb 2023 was a Monday; the funeral of Tue 14 Feb 2023, elmohit, followed); headline written from the body (the stored text has none)", False, """
الشرطة تفرق في نواكشوط احتجاجات على وفاة الصوفي ولد الشين
فرّقت الشرطة اليوم الاثنين احتجاجات شهدتها نواكشوط، طالب المشاركون فيها بكشف حقيقة وفاة الشاب الصوفي ولد الشين ليل الجمعة أثناء احتجازه في المفوضية المذكورة.
ولجأت الشرطة إلى القنابل المسيلة للدموع والهراوات لتفريق المحتجين في محيط ساحة الحرية.
وفي المقابل، رشق عدد من المتظاهرين أفراد الشرطة بالحجارة.
وعلى مدى الأيام الثلاثة الماضية، عرفت أحياء من نواكشوط احتجاجات على خلفية وفاة ولد الشين.
""", [
    ev("protests-dispersed", "فرّقت الشرطة اليوم الاثنين احتجاجات", "2023-02-13", "'اليوم الاثنين' = Mon 13 Feb 2023"),
    ev("custody-death", "وفاة الشاب الصوفي ولد الشين ليل الجمعة", CUSTODY[0], "'ليل الجمعة' = the night of Thu 9 / Fri 10 Feb 2023 (elmohit 'الخميس الماضي', esstebin 'قبل 5 أيام' from Tue 14); span Thu 9 - Fri 10", end=CUSTODY[1]),
    ev("protests", "عرفت أحياء من نواكشوط احتجاجات", PROTESTS[0], "'على مدى الأيام الثلاثة الماضية' before Mon 13 Feb 2023 = Fri 10 - Sun 12 Feb", end=PROTESTS[1]),
])
art(S, "http://www.elmohit.net/node/8546",
    "2023-02-14", "the page's date line 'ثلاثاء, 14/02/2023 - 18:31' (not kept in the text; 14 Feb 2023 was a Tuesday) and the body's 'مساء اليوم الثلاثاء'; the label 'إعلانات' dropped; headline kept from the page; the last, truncated sentence dropped; the typo 'الخميس الناضي' kept as on the page", True, """
آلاف الموريتانيين يشيعون جثمان الصوفي ولد الشين
شيّع آلاف الموريتانيين مساء اليوم الثلاثاء جثمان الصوفي ولد الشين، إثر الإعلان عن مقتله داخل مخفر تابع لمفوضية الشرطة 2 بدار النعيم الخميس الماضي، في حادثة هزت الرأي العام في موريتانيا.
وأُقيمت الصلاة على ولد الشين بحضور رسمي وعائلي وشعبي كثيف، إذ غصت ساحة مسجد "ابن عباس" بالمشيعين، في حين طوقت وحدات أمنية محيط المسجد.
وردد المشيعون التكبير وهم يسيرون خلف سيارة الإسعاف التي تقل الجثمان، رافعين العلم الوطني وصورة لولد الشين كُتب عليها "الشهيد المغدور الصوفي ولد الشين".
وكانت فرقة من الشرطة الموريتانية قد اقتادت الخميس الناضي الناشط الحقوقي الصوفي ولد الشين إلى مفوضية الشرطة 2 في دار النعيم، قبل أن يُعثر عليه مقتولا في مستشفى الشيخ زايد، ولم يُكشف حتى الآن السبب الحقيقي لاستدعائه من طرف الشرطة.
وكانت الإدارة العامة للأمن الوطني قد أصدرت يوم الجمعة بيانا صحفيا ذكرت فيه أن الضحية توفي «إثر تعرضه لوعكة صحية مفاجئة» أثناء توقيفه في المفوضية، وأنه نُقل على إثرها إلى مستشفى الشيخ زايد حيث أسلم الروح.
وأثار هذا البيان جدلا واسعا، ورفضت أسرة الضحية تسلم الجثمان قبل تشريحه، بينما اندلعت احتجاجات غاضبة.
""", [
    ev("funeral", "شيّع آلاف الموريتانيين مساء اليوم الثلاثاء جثمان الصوفي ولد الشين", FUNERAL, "'مساء اليوم الثلاثاء' = Tue 14 Feb 2023"),
    ev("funeral-prayer", "وأُقيمت الصلاة على ولد الشين", FUNERAL, "no own expression; the prayer at Ibn Abbas during the funeral of Tue 14 Feb 2023 (esstebin 'عصر اليوم')"),
    ev("custody-death", "مقتله داخل مخفر تابع لمفوضية الشرطة 2 بدار النعيم", CUSTODY[0], "'الخميس الماضي' from Tue 14 Feb 2023 = Thu 9 Feb; other reports: 'ليل الجمعة'; span Thu 9 - Fri 10", end=CUSTODY[1]),
    ev("arrest", "قد اقتادت الخميس الناضي الناشط الحقوقي", ARREST, "'الخميس الناضي' (= الماضي) from Tue 14 Feb 2023 = Thu 9 Feb"),
    ev("police-statement", "أصدرت يوم الجمعة بيانا صحفيا", "2023-02-10", "'يوم الجمعة' before Tue 14 Feb 2023 = Fri 10 Feb"),
    ev("protests", "بينما اندلعت احتجاجات غاضبة", PROTESTS[0], "no own expression; the protests after the police statement, Fri 10 - Sun 12 Feb 2023 (nawafedh of Mon 13: 'على مدى الأيام الثلاثة الماضية')", end=PROTESTS[1]),
])
art(S, "https://esstebin.info/?q=node%2F8371",
    "2023-02-14", "no date line on the stored page; the body's 'مساء اليوم الثلاثاء' and 'عصر اليوم' for the funeral, and 'قبل 5 أيام' for the death in custody of Thu 9 Feb 2023, give Tue 14 Feb 2023 (14 Feb 2023 was a Tuesday; elmohit of that day reports the same funeral); headline written from the body (the stored text has none)", False, """
الآلاف يشيعون الصوفي ولد الشين في نواكشوط
استبن (نواكشوط) - شارك الآلاف مساء اليوم الثلاثاء في تشييع جنازة الراحل الصوفي ولد الشين، وذلك بعد أيام من الإعلان عن وفاته أثناء احتجازه لدى الشرطة في مفوضية دار النعيم.
وأدى جمع غفير صلاة الجنازة على الفقيد في جامع ابن عباس بنواكشوط، ثم رافق المواطنون الجثمان من وسط العاصمة نحو مقبرة الرياض في نواكشوط الجنوبية.
وغصّ مسجد ابن عباس ومحيطه بالمشيعين والمصلين عصر اليوم، بينما عززت أجهزة الأمن وجودها في أرجاء المسجد وفي الشوارع والأحياء المجاورة له، وتولت تأمين الجنازة.
وكانت أسرة الصوفي ولد الشين، الذي توفي رهن الاحتجاز قبل 5 أيام في مفوضية دار النعيم الثانية، قد وافقت على تسلم جثمانه بعد أن رجّح تقرير طبي أولي أن وفاته نجمت عن خنق تسبب له في كسور على مستوى الرقبة.
""", [
    ev("funeral", "شارك الآلاف مساء اليوم الثلاثاء في تشييع جنازة", FUNERAL, "'مساء اليوم الثلاثاء' = Tue 14 Feb 2023"),
    ev("funeral-prayer", "وأدى جمع غفير صلاة الجنازة على الفقيد", FUNERAL, "no own expression here; 'عصر اليوم' (the next sentence) = the afternoon of Tue 14 Feb 2023"),
    ev("burial", "رافق المواطنون الجثمان من وسط العاصمة نحو مقبرة الرياض", FUNERAL, "no own expression; after the prayer, on Tue 14 Feb 2023"),
    ev("custody-death", "توفي رهن الاحتجاز قبل 5 أيام", CUSTODY[0], "'قبل 5 أيام' from Tue 14 Feb 2023 = Thu 9 Feb; other reports: 'ليل الجمعة'; span Thu 9 - Fri 10", end=CUSTODY[1]),
    ev("body-accepted", "قد وافقت على تسلم جثمانه", "2023-02-10", "no own expression; after the autopsy and its first report, before the funeral of Tue 14 Feb 2023; the day is unknown, my span Fri 10 - Tue 14 Feb 2023", end="2023-02-15"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 556
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

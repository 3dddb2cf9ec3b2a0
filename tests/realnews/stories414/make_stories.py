"""Builds stories.jsonl: the 414-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from the Gaza Strip before October 2023 (power
plant and electricity, Rafah crossing, fishermen, floods and storms, fires, universities and exams, municipal
affairs, prices); not the November 2023 truce.
Stories: the Zaazou fishermen brothers killed by the Egyptian navy off Rafah (September 2020), the floods of
the December 2013 storm in Gaza (the Nafaq quarter, boats, school shelters, the 'disaster area' of UNRWA), and
the floods of November 2014 for which the UN declared an emergency in Gaza City (al-Sheikh Radwan).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- gaza-zaazou-fishermen-egyptian-navy-2020
S = "gaza-zaazou-fishermen-egyptian-navy-2020"
KILL = "2020-09-25"                        # the boat of the three Zaazou brothers was fired on off Rafah, Fri 25 Sep 2020 (dawn)
HANDOVER = "2020-09-26"                    # Egypt handed over the two bodies at the Rafah crossing, Sat 26 Sep 2020 (about 19:45)
FUNERAL = "2020-09-27"                     # funeral in Deir al-Balah at noon, Sun 27 Sep 2020
CLOSURE = ("2020-09-26", "2020-09-29")     # the fishermen's union closed the sea from Sat afternoon (until Sun / Mon afternoon)
art(S, "https://refugeesps.net/post/15360/%D8%A7%D9%84%D8%AC%D9%8A%D8%B4-%D8%A7%D9%84%D9%85%D8%B5%D8%B1%D9%8A-%D9%8A%D8%B3%D9%84%D9%85-%D8%AC%D8%AB%D9%85%D8%A7%D9%86%D9%8A-%D8%B5%D9%8A%D8%A7%D8%AF-%D9%8A-%D9%86-%D9%81%D9%84%D8%B3%D8%B7%D9%8A%D9%86%D9%8A%D9%8A%D9%86-%D8%A3%D8%B7%D9%84%D9%82-%D8%A7%D9%84%D9%86%D8%A7%D8%B1-%D8%B9%D9%84%D9%8A%D9%87%D9%85%D8%A7",
    "2020-09-26", "the body's 'اليوم السبت 26 سبتمبر/ أيلول' (kept; 26 Sep 2020 was a Saturday; the year from the known event and the quoted Deir al-Balah mayor); headline written from the URL slug; the wrong name of the wounded brother in the union's quote ('حسن') dropped; the last, truncated quotation of the mayor dropped", True, """
الجيش المصري يسلم جثماني صيادين فلسطينيين أطلق النار عليهما
من المنتظر أن تسلّم السلطات المصرية جثماني صيادَيْن شقيقين قُتلا برصاص الجيش المصري أمس الجمعة، بعد أن فُقد أثرهما في البحر قبالة سواحل رفح بالقرب من الحدود المصرية، في حين أعلنت نقابة الصيادين واتحاد لجان العمل الزراعي في قطاع غزة، اليوم السبت 26 سبتمبر/ أيلول، استشهادهما وإصابة شقيق ثالث برصاص الجيش المصري.
وأوضح نقيب الصيادين في القطاع نزار عياش في بيان: "أُبلغنا باستشهاد الصيادين حسن ومحمود الزعزوع برصاص الجيش المصري صباح أمس، بينما أصيب الصياد الثالث بجراح"، مشيرا إلى أن النقابة قررت "إغلاق بحر قطاع غزة حتى عصر غدٍ الأحد احتجاجاً على ممارسات البحرية المصرية بحق الصيادين".
وظهر اليوم، نظّم عدد من الصيادين والوجهاء وأقارب الصيادين الذين فُقدوا أمس وقفة احتجاجية في ميناء مدينة دير البلح وسط القطاع، للمطالبة بكشف مصير الصيادين الثلاثة.
ورفع المحتجون صور الصيادين، ومعها صور صيادين مصريين أُنقذوا من بحر غزة قبل أكثر من عام وأعيدوا إلى الجانب المصري.
""", [
    ev("bodies-handover", "من المنتظر أن تسلّم السلطات المصرية جثماني صيادَيْن", HANDOVER, "no own expression (expected, 'من المنتظر'); the bodies were handed over at the Rafah crossing on the evening of Sat 26 Sep 2020 (aljarida: 'مساء السبت')"),
    ev("brothers-killed", "قُتلا برصاص الجيش المصري أمس الجمعة", KILL, "'أمس الجمعة' in an article of Sat 26 Sep 2020 = Fri 25 Sep"),
    ev("union-announcement", "أعلنت نقابة الصيادين واتحاد لجان العمل الزراعي", HANDOVER, "'اليوم السبت 26 سبتمبر/ أيلول' = Sat 26 Sep 2020"),
    ev("sea-closure", "إغلاق بحر قطاع غزة حتى عصر غدٍ الأحد", CLOSURE[0], "decided on Sat 26 Sep 2020 'حتى عصر غدٍ الأحد' (27 Sep); other reports: until Monday afternoon (28 Sep), so my span 26-28 Sep", end=CLOSURE[1]),
    ev("deir-balah-protest", "نظّم عدد من الصيادين والوجهاء وأقارب الصيادين", HANDOVER, "'وظهر اليوم' = noon of Sat 26 Sep 2020"),
])
art(S, "https://arabradar.com/2020/09/26/%D9%85%D9%82%D8%AA%D9%84-%D8%B5%D9%8A%D8%A7%D8%AF%D9%8E%D9%8A%D9%86-%D9%81%D9%84%D8%B3%D8%B7%D9%8A%D9%86%D9%8A%D9%8A%D9%86-%D9%88%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-%D8%AB%D8%A7%D9%84%D8%AB-%D8%A8%D8%B1",
    "2020-09-26", "date in the URL '/2020/09/26/' (26 Sep 2020 was a Saturday); the body's 'اليوم السبت' agrees; headline kept from the page (reworded), the '(صور)' tag dropped; the misspelt 'محمد' of the Anadolu quote written 'محمود' as in the rest of the text; the last words of Shtayyeh's post shortened; no date of its own in the text", False, """
مقتل صيادَين فلسطينيين وإصابة ثالث بنيران الجيش المصري
أعلن نزار عياش، نقيب الصيادين في قطاع غزة، اليوم السبت، أن صيادين شقيقين قُتلا وأصيب شقيقهما الثالث بنيران الجيش المصري بالقرب من الحدود البحرية مع مصر.
وأوضح عياش، في تصريحات لوكالة "الأناضول"، أن الصيادين الثلاثة الذين انقطعت أخبارهم فجر الجمعة قرب الحدود مع مصر، تبيّن أن اثنين منهم (حسن ومحمود الزعزوع) قُتلا برصاص الجيش المصري، بينما أصيب الثالث (ياسر).
وأشار إلى أن المصادر التي أطلعتهم على الحادث لم تكشف الحالة الصحية للشقيق المصاب.
ولفت إلى أن جهات فلسطينية تواصلت مع الجانب المصري، وأن النقابة أُبلغت بأن الجانب المصري ينوي تسليم جثماني الصيادين والمصاب إلى الجانب الفلسطيني عصر السبت عبر معبر رفح البري جنوبي القطاع.
ونعى رئيس الوزراء الفلسطيني محمد اشتية، السبت، الصيادين الشابين محمود وحسن الزعزوع اللذين قُتلا برصاص قوات الجيش المصري.
وكتب اشتية على صفحته الرسمية في فيسبوك: "يوم حزين على شعبنا، ننعى بألم شديد الصيادين الشابين محمود وحسن الزعزوع شهداء لقمة العيش".
""", [
    ev("union-announcement", "أعلن نزار عياش، نقيب الصيادين في قطاع غزة، اليوم السبت", HANDOVER, "'اليوم السبت' = Sat 26 Sep 2020 (URL date)"),
    ev("brothers-missing", "الذين انقطعت أخبارهم فجر الجمعة", KILL, "'فجر الجمعة' before Sat 26 = the dawn of Fri 25 Sep 2020"),
    ev("brothers-killed", "تبيّن أن اثنين منهم (حسن ومحمود الزعزوع) قُتلا", KILL, "no own expression; the shooting of the dawn of Fri 25 Sep 2020 (the same sentence's 'فجر الجمعة')"),
    ev("bodies-handover", "ينوي تسليم جثماني الصيادين والمصاب", HANDOVER, "'عصر السبت' = Sat 26 Sep 2020 (the handover took place that evening)"),
    ev("shtayyeh-mourns", "ونعى رئيس الوزراء الفلسطيني محمد اشتية، السبت", HANDOVER, "'السبت' = Sat 26 Sep 2020"),
])
art(S, "https://aljarida.com/articles/1601215400893970900",
    "2020-09-27", "the article id '1601215400893970900' begins with the Unix time 1601215400 = 27 Sep 2020 14:03 UTC (a Sunday); the body's 'ظهر الأحد' for the funeral after the handover of 'مساء السبت' agrees; headline kept (reworded), the sub-heading on the arrest of the third brother dropped; the closing Hamas statement, cut in the stored page, dropped", True, """
الفلسطينيون يشيّعون صيادَين قُتلا برصاص الجيش المصري
شيّع مئات الفلسطينيين في وسط قطاع غزة ظهر الأحد صيادين شقيقين لقيا حتفهما مساء الجمعة برصاص الجيش المصري قرب رفح، مطالبين بفتح تحقيق فيما جرى، بحسب ما أفاد صحافي في وكالة فرانس برس.
وكانت السلطات المصرية قد سلّمت مساء السبت جثماني الشقيقين محمود وحسن الزعزوع إلى الجانب الفلسطيني عبر معبر رفح الحدودي، بينما ظل شقيقهما الثالث رهن الاعتقال.
وكانت نقابة الصيادين في قطاع غزة قد أعلنت الجمعة فقدان الأشقاء الثلاثة، ثم اتضح لاحقاً أن الجيش المصري فتح النار باتجاه القارب الفلسطيني، ما أدى إلى مقتل اثنين وإصابة الثالث.
وخلال التشييع، توجهت والدة الصيادين إلى الرئيس المصري عبد الفتاح السيسي بقولها: «قتلتم اثنين من أبنائي، أناشدك أن تعيد إليّ ابني ياسر إن بقيت في قلبك ذرة رحمة».
وأوضحت الأم أن أبناءها خرجوا طلباً «للقمة العيش كي يتمكنوا من سداد ديونهم».
""", [
    ev("funeral", "شيّع مئات الفلسطينيين في وسط قطاع غزة ظهر الأحد", FUNERAL, "'ظهر الأحد' = Sun 27 Sep 2020 (the article id's time)"),
    ev("brothers-killed", "لقيا حتفهما مساء الجمعة برصاص الجيش المصري", KILL, "'مساء الجمعة' (AFP; the other reports say dawn) = Fri 25 Sep 2020"),
    ev("bodies-handover", "قد سلّمت مساء السبت جثماني الشقيقين", HANDOVER, "'مساء السبت' = Sat 26 Sep 2020"),
    ev("brothers-missing", "قد أعلنت الجمعة فقدان الأشقاء الثلاثة", KILL, "'الجمعة' = Fri 25 Sep 2020 (the union reported the three missing that day)"),
    ev("boat-fired-on", "الجيش المصري فتح النار باتجاه القارب الفلسطيني", KILL, "no own expression ('لاحقاً' is when it became known); the shooting of Fri 25 Sep 2020"),
])
art(S, "https://nn.najah.edu/news/Gaza/2020/09/27/333250/",
    "2020-09-27", "date in the URL '/2020/09/27/' (27 Sep 2020 was a Sunday); the body's 'ظهر الأحد' agrees; the dateline 'غزة - النجاح الإخباري -' dropped, headline written from the body (the stored text has none); the last, truncated clause on the Israeli naval blockade dropped; no date of its own in the text", False, """
تشييع الصيادين الشقيقين الزعزوع في دير البلح
شيّعت حشود فلسطينية غفيرة جثماني صيادين سقطا بنيران البحرية المصرية أثناء عملهما قرب الحدود الفاصلة مع مصر جنوبي قطاع غزة، في حين ساد إضراب شامل مرافق الصيد.
وظهر الأحد، انطلقت جنازة الشقيقين محمود وحسن الزعزوع بعد أن ألقى عليهما الأهل والأصدقاء نظرة الوداع في منزل العائلة وسط القطاع.
وتوجه موكب التشييع إلى مقبرة في مدينة دير البلح حيث وُوري الشقيقان الثرى، بمشاركة أفراد العائلة وكثير من زملائهما في المهنة، وسط حزن وغضب شديدين ورفض شعبي واسع لقتلهما وهما يبحثان عن لقمة العيش، إذ كانا في رحلة صيد قبالة شواطئ رفح جنوب القطاع، في المنطقة القريبة جدا من الحدود مع رفح المصرية.
وكان الحادث الذي وقع فجر الجمعة، أثناء عمل الشقيقين برفقة أخيهما الثالث ياسر الذي أصيب واعتقلته البحرية المصرية، قد أثار حزنا واستهجانا واسعين بين الفلسطينيين.
""", [
    ev("funeral", "انطلقت جنازة الشقيقين محمود وحسن الزعزوع", FUNERAL, "'وظهر الأحد' = Sun 27 Sep 2020 (URL date)"),
    ev("sea-closure", "ساد إضراب شامل مرافق الصيد", CLOSURE[0], "no own expression; the fishing strike / closure of the sea declared by the union from Sat 26 Sep 2020 afternoon, still on during the funeral of Sun 27 (my span 26-28 Sep)", end=CLOSURE[1]),
    ev("burial", "حيث وُوري الشقيقان الثرى", FUNERAL, "no own expression; the burial after the funeral of 'ظهر الأحد' = Sun 27 Sep 2020"),
    ev("brothers-killed", "وكان الحادث الذي وقع فجر الجمعة", KILL, "'فجر الجمعة' before Sun 27 = Fri 25 Sep 2020"),
])

# ---------------------------------------------------------------- gaza-floods-un-emergency-2014
S = "gaza-floods-un-emergency-2014"
EMERG = "2014-11-27"                       # the UN (UNRWA) declared a state of emergency in Gaza City on Thu 27 Nov 2014
RAINS = ("2014-11-26", "2014-11-28")       # the two days of heavy rain, Wed 26 - Thu 27 Nov 2014
WAR = ("2014-07-08", "2014-08-27")         # the 50-day war of summer 2014, 8 Jul - 26 Aug 2014
DEC13 = ("2013-12-10", "2013-12-16")       # the floods of the December 2013 storm
art(S, "https://al-jazirah.com/2014/20141128/du20.htm",
    "2014-11-28", "date in the URL '/2014/20141128/' (the Saudi daily's issue of Fri 28 Nov 2014); the body's 'أمس الخميس' agrees; headline written from the body (the stored text has none); the last, truncated sentence on building materials dropped; no date of its own in the text", False, """
الأمم المتحدة تعلن الطوارئ في مدينة غزة بسبب الفيضانات
أعلنت الأمم المتحدة أمس الخميس حالة «الطوارئ» في مدينة غزة، بعد يومين من الأمطار الغزيرة والفيضانات التي شهدها القطاع الفقير الذي أنهكته الحرب.
وذكرت وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (أونروا) أن «مئات السكان في المناطق التي غمرتها الفيضانات حول منطقة الشيخ رضوان غادروا منازلهم».
ولا يزال قرابة 100 ألف فلسطيني بلا مأوى في أنحاء غزة، بعد ثلاثة أشهر من وقف إطلاق النار الذي وضع حداً لـ50 يوما من النزاع الدامي بين إسرائيل والفلسطينيين في القطاع. ولم تنطلق عملية إعادة الإعمار بعد.
ومع أنه لم يُبلَّغ عن ضحايا جراء الفيضانات، أفادت الأونروا بأنها توفر «وقود الطوارئ للبلديات ولمرافق المياه والنظافة والصحة».
وقال مدير عمليات الوكالة في غزة روبرت تيرنر إن الأونروا «قلقة للغاية من العواصف الشديدة التي أتت في وقت مبكر من الموسم وبعد دمار غير مسبوق» أصاب القطاع.
وبحسب الأونروا، تشرد آلاف من سكان غزة في كانون الاول/ديسمبر الماضي إثر أمطار غزيرة هطلت على القطاع.
""", [
    ev("un-emergency", "أعلنت الأمم المتحدة أمس الخميس حالة «الطوارئ»", EMERG, "'أمس الخميس' in the issue of Fri 28 Nov 2014 = Thu 27 Nov"),
    ev("heavy-rains", "بعد يومين من الأمطار الغزيرة والفيضانات", RAINS[0], "'بعد يومين' before the declaration of Thu 27 = Wed 26 - Thu 27 Nov 2014", end=RAINS[1]),
    ev("residents-evacuated", "حول منطقة الشيخ رضوان غادروا منازلهم", RAINS[0], "no own expression; the evacuations around al-Sheikh Radwan during the two days of rain, Wed 26 - Thu 27 Nov 2014 (my span)", end=RAINS[1]),
    ev("war-50-days", "لـ50 يوما من النزاع الدامي", WAR[0], "'50 يوما' = the war of 8 Jul - 26 Aug 2014 (the ceasefire of Tue 26 Aug, 'ثلاثة أشهر' before)", end=WAR[1]),
    ev("dec-2013-floods", "تشرد آلاف من سكان غزة في كانون الاول/ديسمبر الماضي", DEC13[0], "'كانون الاول/ديسمبر الماضي' from Nov 2014 = December 2013: the storm floods of 10-15 Dec 2013", end=DEC13[1]),
])
art(S, "http://www.emaratalyoum.com/politics/news/2014-11-29-1.732993",
    "2014-11-29", "date in the URL '2014-11-29' (29 Nov 2014 was a Saturday); headline kept from the page (reworded); the photo caption 'مياه الأمطار والفيضانات تحاصر المنازل في غزة. أ.ب' dropped; the last, truncated sentence dropped; the text has no date of its own, only 'يومين' and 'ديسمبر الماضي'", True, """
«الأونروا» تعلن الطوارئ في غزة وتساعد المتضررين من الفيضانات
أعلنت الأمم المتحدة حالة الطوارئ في مدينة غزة، إثر يومين من هطول الأمطار الغزيرة ووقوع فيضانات في القطاع الذي مزقه العدوان الإسرائيلي الأخير.
وأفادت وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (الأونروا) بأن مئات السكان غادروا منازلهم في المناطق التي غمرتها الفيضانات حول منطقة الشيخ رضوان شمال مدينة غزة، وبأنها قدّمت العون لأكثر من 200 عائلة احتمت بإحدى المدارس شمال القطاع.
وأوضحت الوكالة أنها تزود البلديات ومرافق المياه والنظافة والصحة بوقود الطوارئ، وأنها سلّمت تلك الجهات 60 ألف لتر من الوقود.
وعبّر مدير عملياتها في غزة روبرت تيرنر عن قلق الوكالة البالغ من العواصف الشديدة التي حلت في وقت مبكر من الموسم، بعد دمار غير مسبوق أصاب القطاع في الحرب.
يُذكر أن آلاف السكان في قطاع غزة تشردوا في ديسمبر الماضي بسبب أمطار غزيرة هطلت على القطاع، وفقاً للأونروا.
""", [
    ev("un-emergency", "أعلنت الأمم المتحدة حالة الطوارئ في مدينة غزة", EMERG, "no own expression; the declaration of Thu 27 Nov 2014 (al-jazirah: 'أمس الخميس' on Fri 28)"),
    ev("heavy-rains", "يومين من هطول الأمطار الغزيرة ووقوع فيضانات", RAINS[0], "'يومين' before the declaration of Thu 27 = Wed 26 - Thu 27 Nov 2014", end=RAINS[1]),
    ev("residents-evacuated", "مئات السكان غادروا منازلهم في المناطق التي غمرتها الفيضانات", RAINS[0], "no own expression; the evacuations of Wed 26 - Thu 27 Nov 2014 (my span)", end=RAINS[1]),
    ev("school-shelter", "قدّمت العون لأكثر من 200 عائلة احتمت بإحدى المدارس", RAINS[0], "no own expression; the families sheltered in a school during the floods, reported by Sat 29 Nov 2014 (my span 26-29 Nov)", end="2014-11-30"),
    ev("dec-2013-floods", "تشردوا في ديسمبر الماضي", DEC13[0], "'ديسمبر الماضي' from Nov 2014 = the storm floods of 10-15 Dec 2013", end=DEC13[1]),
])
art(S, "https://masrawy.com/news/news_bbc/details/2014/11/28/398547/الأمم-المتحدة-تعلن-حالة-الطوارئ-في-غزة-بسبب-الفيضانات",
    "2014-11-28", "page time stamp '04:28 م الجمعة 28 نوفمبر 2014' (kept as second line; 28 Nov 2014 was a Friday), date in the URL '/2014/11/28/'; headline kept (reworded); the search-box text, the cut photo caption and the credit 'لندن (بي بي سي)' dropped; the last, truncated quotation of Turner shortened", True, """
الأمم المتحدة تعلن حالة الطوارئ في قطاع غزة جراء الفيضانات
04:28 م الجمعة 28 نوفمبر 2014
أعلنت الأمم المتحدة حالة الطوارئ في قطاع غزة إثر يومين من الأمطار الغزيرة التي تسببت في فيضانات شديدة.
ولم ترد تقارير عن خسائر في الأرواح، غير أن المئات أُجلوا من بيوتهم وأُغلقت 63 مدرسة اليوم في مدينة غزة.
وقد شُرد نحو 400 ألف فلسطيني منذ الحرب الإسرائيلية على غزة التي استمرت 50 يوما وانتهت في أغسطس.
وفي أكتوبر تعهدت الجهات المانحة بتقديم نحو 5.4 مليار دولار لإعادة إعمار القطاع.
وجاءت الأمطار الغزيرة في وقت عصيب على غزة، إذ لا تزال آلاف الأسر تقيم في مراكز إيواء أو في بيوت مدمرة منذ العمليات الإسرائيلية.
وفي حي الشجاعية، الذي دمرت الغارات الجوية الإسرائيلية كثيرا من مبانيه، يواجه السكان شتاء قاسيا بلا كهرباء ولا ماء.
وقال روبرت ترنر، مدير عمليات وكالة غوث وتشغيل اللاجئين الفلسطينيين التابعة للأمم المتحدة: ''نشعر بقلق بالغ من هذه العواصف القوية في هذا الوقت المبكر من موسم الشتاء، وعلى خلفية دمار وخسائر غير مسبوقة خلّفها النزاع الأخير''.
""", [
    ev("un-emergency", "أعلنت الأمم المتحدة حالة الطوارئ في قطاع غزة", EMERG, "no own expression; the declaration of Thu 27 Nov 2014 (al-jazirah: 'أمس الخميس')"),
    ev("heavy-rains", "يومين من الأمطار الغزيرة التي تسببت في فيضانات شديدة", RAINS[0], "'يومين' before the declaration = Wed 26 - Thu 27 Nov 2014", end=RAINS[1]),
    ev("residents-evacuated", "المئات أُجلوا من بيوتهم", RAINS[0], "no own expression; the evacuations of Wed 26 - Thu 27 Nov 2014 (my span)", end=RAINS[1]),
    ev("schools-closed", "أُغلقت 63 مدرسة اليوم في مدينة غزة", "2014-11-28", "'اليوم' = Fri 28 Nov 2014 (time stamp)"),
    ev("war-50-days", "الحرب الإسرائيلية على غزة التي استمرت 50 يوما", WAR[0], "'50 يوما ... وانتهت في أغسطس' = 8 Jul - 26 Aug 2014", end=WAR[1]),
    ev("donors-pledge", "تعهدت الجهات المانحة بتقديم نحو 5.4 مليار دولار", "2014-10-12", "'في أكتوبر' = the Cairo reconstruction conference of Sun 12 Oct 2014 (outside knowledge)"),
])

# ---------------------------------------------------------------- gaza-storm-floods-dec-2013
S = "gaza-storm-floods-dec-2013"
STORM = ("2013-12-10", "2013-12-15")       # the storm's rains on Gaza, Tue 10 - Sat 14 Dec 2013
HAMMAD = "2013-12-11"                      # Fathi Hammad's press conference at the civil defence, Wed 11 Dec 2013 (afternoon)
FLOODS = "2013-12-13"                      # the floods of Fri 13 Dec 2013 (boats in Gaza City)
art(S, "https://sauress.com/aljazirah/1312133220",
    "2013-12-13", "no stamp in the stored page (a sauress mirror of the Saudi print daily Al-Jazirah, whose item numbers begin with the issue date YYMMDD: '131213' = Fri 13 Dec 2013); the body's 'عصر الأربعاء' (Wed 11 Dec) agrees; the opening dots and the '(الجزيرة)' tag dropped; headline written from the body; the last, truncated words ('وال...') dropped", True, """
حكومة غزة تناشد العالم إنقاذ القطاع من كارثة المنخفض الجوي
ناشدت حكومة غزة، على لسان وزير الداخلية فتحي حماد، أحرار العالم والأمم المتحدة والمنظمات الدولية إنقاذ غزة المحاصرة من كارثة إنسانية محققة بسبب المنخفض الجوي الذي يضرب الأراضي الفلسطينية.
وقال حماد، في مؤتمر صحفي عقده جهاز الدفاع المدني عصر الأربعاء شمال غزة، إن الحصار المفروض على مليون وثمانمائة ألف نسمة من سكان القطاع ترك أثرا كبيرا على كل مرافق الحياة في ظل المنخفض.
وحذّر من أن الأوضاع في غزة مرشحة لكوارث إنسانية، قائلا: «قد تكون غزة في المرحلة القادمة غير صالحة للحياة تماماً في ظل اشتداد الحصار وانقطاع التيار الكهربائي ونقص الوقود وقلة الإمكانيات».
وأضاف أن المطلوب من الجميع، ولا سيما الجيران، فك الحصار ودعم الشعب بإدخال المساعدات والدواء وحل أزمة الكهرباء وإنهاء معاناة آلاف الأسر، مشيرا إلى أن الطواقم تحاول بمعدات بسيطة ومهترئة الوصول إلى الناس وإنقاذهم ونقلهم إلى أماكن آمنة.
وبحسب مصادر محلية وطبية، أصيب أكثر من ثلاثين فلسطينياً في القطاع بحالات غرق وكسور وجروح، وتضررت عشرات المنازل بفعل المنخفض، في حين فُتحت مراكز إيواء في المدارس.
""", [
    ev("hammad-appeal", "في مؤتمر صحفي عقده جهاز الدفاع المدني عصر الأربعاء", HAMMAD, "'عصر الأربعاء' in the issue of Fri 13 Dec 2013 = Wed 11 Dec"),
    ev("storm", "المنخفض الجوي الذي يضرب الأراضي الفلسطينية", STORM[0], "no own expression; the storm of Tue 10 - Sat 14 Dec 2013 (my span)", end=STORM[1]),
    ev("storm-injuries", "أصيب أكثر من ثلاثين فلسطينياً في القطاع", STORM[0], "no own expression; the injuries of the first days of the storm, up to the report (my span 10-13 Dec 2013)", end="2013-12-13"),
    ev("school-shelters", "فُتحت مراكز إيواء في المدارس", HAMMAD, "no own expression; shelters opened in schools from Wed 11 Dec 2013, still used on Fri 13 (my span 11-14 Dec)", end="2013-12-14"),
])
art(S, "https://almaghribtoday.net/amp/179/2013-12-14-07-31-17",
    "2013-12-14", "date and time in the URL '2013-12-14-07-31-17' (14 Dec 2013 was a Saturday); the AFP report's 'الجمعة' for the floods agrees; the rubric 'الرئيسية » عالم عربي' and the dateline 'غزة ـ أ ف ب' dropped; headline written from the body; the last, truncated quotation of Ihab al-Ghussein dropped", True, """
قوارب الصيد تجلي العائلات من أحياء غزة الغارقة
غمرت مياه الفيضانات الجمعة مئات المنازل في غزة، ما اضطر عناصر الدفاع المدني إلى الاستعانة بقوارب صيد صغيرة لإجلاء العائلات، فيما أعلنت حكومة حماس إيواء المتضررين في عدد من المدارس الحكومية في القطاع.
وأمضى كمال العربي ليلته برفقة زوجته وأطفاله فوق سطح منزلهم الذي غمرته مياه الأمطار في مدينة غزة، منتظرين أن يجليهم الدفاع المدني من هذا الحي الذي شلّت تجمعات المياه حركة التنقل فيه.
وزاد منسوب المياه في شوارع الحي الواقع وسط مدينة غزة على متر واحد.
ويقول كمال (44 عاما): "نناشد العالم أن ينقذنا، فأنا وأطفالي فوق سطح البيت منذ ليل الأمس بعد أن غمرت المياه منزلنا، نحن محاصرون، والمياه تتجاوز المتر في الشوارع والجو شديد البرودة".
وعلى الجهة المقابلة، يجدف عدد من أفراد الدفاع المدني بقارب يقل سيدتين وأربعة أطفال، يصرخ أحدهم خائفا: "سينقلب بنا القارب".
أما الشاب عبد الرحمن الحرازين (23 عاما) فيجلس على نافذة بيته التي لا تبعد عن منسوب المياه المرتفع في الشارع سوى بضعة سنتيمترات، ويستغيث: "يا عالم، فليأت أحد لإخراجنا من هنا".
""", [
    ev("gaza-city-floods", "غمرت مياه الفيضانات الجمعة مئات المنازل في غزة", FLOODS, "'الجمعة' = Fri 13 Dec 2013 (the AFP report published on Sat 14)"),
    ev("residents-evacuated", "الاستعانة بقوارب صيد صغيرة لإجلاء العائلات", FLOODS, "no own expression; the evacuations by boat of Fri 13 Dec 2013 (my span 13-14 Dec)", end="2013-12-15"),
    ev("school-shelters", "إيواء المتضررين في عدد من المدارس الحكومية", HAMMAD, "no own expression; shelters in schools from Wed 11 Dec 2013, announced again on Fri 13 (my span 11-14 Dec)", end="2013-12-14"),
    ev("night-on-roof", "فوق سطح البيت منذ ليل الأمس", "2013-12-12", "'منذ ليل الأمس' in a quote of Fri 13 Dec 2013 = the night of Thu 12 to Fri 13 Dec", end="2013-12-14"),
])
art(S, "https://alwatannews.net/ampArticle/60782",
    "2013-12-15", "no stamp in the stored page (the AMP page of the Bahraini daily Al-Watan); the body's 'أمس السبت' with UNRWA's 'منطقة منكوبة' statement on the floods of the December 2013 storm (snow in Hebron and Jerusalem the same days) gives Sun 15 Dec 2013; headline written from the body; the last, truncated sentence of Gunness dropped; no date of its own in the text", False, """
إجلاء أكثر من خمسة آلاف شخص في شمال غزة بسبب الفيضانات
أفاد مسؤولون أمس السبت بأن ما يزيد على خمسة آلاف شخص أُجلوا من منازل تضررت من الفيضانات في شمال غزة، وأن شخصا واحدا على الأقل توفي، في حين وصفت الأمم المتحدة المنطقة "بالمنكوبة".
وكانت الفيضانات الناجمة عن أمطار غزيرة تساقطت على مدى أربعة أيام من الشدة بحيث تعذر الوصول إلى كثير من البيوت إلا بالزوارق، إذ بلغ منسوب المياه مترين.
وذكرت وكالة غوث وتشغيل اللاجئين التابعة للأمم المتحدة، التي تدير مخيمات اللاجئين في الأراضي الفلسطينية، في بيان أن "مساحات كبيرة من شمال غزة منطقة منكوبة، حيث يمكن رؤية المياه على مدى البصر".
وشلّ الطقس، الذي حمل ثلوجا كثيفة، مدنا فلسطينية مثل الخليل في الضفة الغربية المحتلة، وكذلك القدس وأجزاء من شمال الجليل في إسرائيل.
وأعلنت وزارة الصحة في غزة أن 100 شخص أصيبوا بجروح جراء تهدم منازلهم المبنية بإمكانيات متواضعة، إضافة إلى من أصيبوا في حوادث على طرق غمرتها المياه أو بسقوط أشياء عليهم من مبان اجتاحتها الفيضانات.
وقال كريس جونيس، المتحدث باسم الوكالة، إن مناطق قريبة من مخيم للاجئين في شمال غزة "تحولت إلى بحيرة ضخمة ارتفع منسوب المياه فيها إلى مترين، فاجتاحت المياه المنازل وحاصرت آلاف الأشخاص".
""", [
    ev("officials-5000-evacuated", "أفاد مسؤولون أمس السبت", "2013-12-14", "'أمس السبت' in the issue of Sun 15 Dec 2013 = Sat 14 Dec"),
    ev("residents-evacuated", "ما يزيد على خمسة آلاف شخص أُجلوا من منازل", FLOODS, "no own expression; the evacuations of Fri 13 - Sat 14 Dec 2013 counted on Sat 14 (my span 13-14 Dec)", end="2013-12-15"),
    ev("storm", "أمطار غزيرة تساقطت على مدى أربعة أيام", STORM[0], "'على مدى أربعة أيام' up to Sat 14 = the storm's rains of (Tue 10) Wed 11 - Sat 14 Dec 2013 (my span 10-14 Dec)", end=STORM[1]),
    ev("unrwa-disaster-area", "مساحات كبيرة من شمال غزة منطقة منكوبة", FLOODS, "no own expression; UNRWA's statement of Fri 13 or Sat 14 Dec 2013 (my span)", end="2013-12-15"),
    ev("snow-hebron-jerusalem", "مدنا فلسطينية مثل الخليل في الضفة الغربية المحتلة", "2013-12-11", "no own expression; the snow of the storm in Hebron and Jerusalem, Wed 11 - Sat 14 Dec 2013 (my span)", end="2013-12-15"),
    ev("storm-injuries", "أن 100 شخص أصيبوا بجروح", STORM[0], "no own expression; the injuries of the storm up to Sat 14 Dec 2013 (my span 10-14 Dec)", end="2013-12-15"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 414
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

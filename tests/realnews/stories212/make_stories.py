"""Builds stories.jsonl: the 212-th evaluation set of real Arabic news stories (several
articles per story, from different outlets, published on different days), bodies re-worded sentence by
sentence, every date/time expression kept verbatim, gold events keyed across each story (same format
and checks as tests/realnews/stories120/make_stories.py). Domain: minor earthquakes and tremors felt in
Arab countries (not the February 2023 Turkey-Syria earthquake, not the September 2023 Al Haouz
earthquake): the Harrat al-Shaqah (Lunayyir) swarm and the evacuations at Al-Ais (Saudi Arabia, May 2009),
the Cap Carbon earthquake off Bejaia (Algeria, March 2021), the Gulf of Aqaba tremor felt in Egypt, Jordan
and Saudi Arabia (May 2016), the night tremor near Saida felt in Iqlim al-Kharroub (Lebanon, July 2014).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-al-ais-harrat-lunayyir-tremors-2009
S = "saudi-al-ais-harrat-lunayyir-tremors-2009"
SWARM = ("2009-04-22", "2009-05-20")   # the swarm felt from late April 2009 (locals date it from 22 April) up to the main quake of 19 May
EVAC = ("2009-05-17", "2009-05-19")    # the villages near the vent emptied after the tremors of the night of Sun 17 May, into Mon 18
art(S, "https://al-jazirah.com/2009/20090517/ln62.htm",
    "2009-05-17", "date in the URL '/2009/20090517/' (the Sunday 17 May 2009 edition of Al-Jazirah); the body's 'مساء يوم أمس السبت' (Sat 16 May) agrees; the byline 'العيص- علي الأحمدي - مروان قصاص:' and the truncated last sentences (the awareness programme in schools) dropped; no date of its own in the text", False, """
شهدت مدينة العيص مساء يوم أمس السبت هزة أرضية قوية وخاطفة بلغت قوتها 4.23 على مقياس ريختر، في حين تفاوتت قوة الهزات التي عرفتها المدينة طوال اليوم، إذ سُجلت إحداها بقوة 3.68 درجة، وفق محطات الرصد التابعة للمركز الوطني للزلازل والبراكين في هيئة المساحة الجيولوجية.
ورصدت هذه المحطات 19 هزة في حرة الشاقة بمركز الرويضات والهدمة، من الساعة التاسعة والنصف من مساء الجمعة حتى الحادية عشرة من صباح يوم أمس السبت.
وأوضح قائد قوة الدفاع المدني لمهمة العيص العقيد زهير سبيه، في بيان أصدره ظهر أمس، أن قواته تلقت 60 بلاغا خلال تلك الفترة وتعاملت معها بكل جدية.
وأشار إلى أن فرق المسح الجيولوجي التابعة للدفاع المدني انتقلت إلى بعض المواقع ولم تسجل أي ملاحظات تستدعي الإخلاء.
وقال سبيه إنه لم يُخلَ أي موقع منذ بدء الهزات، وإن لدى الدفاع المدني خطة متكاملة للإخلاء إذا اقتضى الأمر، مع استعداد وتنسيق مع وزارة المالية لإيواء السكان مؤقتا في الفقعلي، ثم في الشقق المفروشة والفنادق في محافظة ينبع والمدينة المنورة.
""", [
    ev("saturday-tremor", "هزة أرضية قوية وخاطفة بلغت قوتها 4.23", "2009-05-16", "'مساء يوم أمس السبت' before Sun 17 May 2009 = Sat 16 May, evening"),
    ev("nineteen-tremors", "ورصدت هذه المحطات 19 هزة", "2009-05-15", "'من الساعة التاسعة والنصف من مساء الجمعة حتى الحادية عشرة من صباح يوم أمس السبت' = Fri 15 May 21:30 to Sat 16 May 11:00", end="2009-05-17"),
    ev("cd-statement", "في بيان أصدره ظهر أمس", "2009-05-16", "'ظهر أمس' before Sun 17 = Sat 16 May 2009"),
    ev("swarm-start", "منذ بدء الهزات", "2009-04-22", "no own expression; the start of the tremors at Al-Ais: late April 2009 (outside knowledge; a report of 17 May has the locals date the 'رعد الأرض' from 22 April)"),
])
art(S, "https://sauress.com/alolaa/3445",
    "2009-05-20", "a sauress mirror of Al-Ola (Saudi daily) without stamp or URL date: fixed by the body's 'الساعة 8.33 مساء أمس' for the strongest quake of the swarm (M5.4-5.7), which struck on the evening of Tue 19 May 2009 (outside knowledge; Al Jazeera's dated page of Thu 21 May: 'مساء الثلاثاء'): so Wed 20 May; only the opening two paragraphs kept (the next sentences quote a 'yesterday' statement of the SGS deputy head that belongs to an earlier day); no date of its own in the text", False, """
ضربت حرة الشاقة، عند الساعة 8.33 مساء أمس، أعنف هزة تشهدها المنطقة، إذ بلغت قوتها 5.5 درجات على مقياس ريختر، وجاءت بعد نحو 40 دقيقة من هزة قوية أخرى.
وأجبرت الهزة سكان أملج على الخروج من منازلهم وإخلائها، فهرعوا إلى مراكز الإيواء والمخيمات والميادين العامة والشوارع، ووصفها الأهالي بأنها الأعنف منذ بداية الهزات في المنطقة.
من جهة أخرى، جنّد الدفاع المدني أجهزته لمواجهة خطر البراكين والزلازل في قرى العيص، حيث أُخليت 5 قرى في بلدة العيص التابعة لمنطقة المدينة المنورة أمس الأول، بعد هزات أرضية ضربت منطقة بركانية خلال الأسابيع الماضية وأثارت احتمالات ثوران بركان.
""", [
    ev("main-quake", "أعنف هزة تشهدها المنطقة", "2009-05-19", "'الساعة 8.33 مساء أمس' before Wed 20 May = Tue 19 May 2009, 20:33 (the main quake of the swarm; outside knowledge)"),
    ev("foreshock-40min", "بعد نحو 40 دقيقة من هزة قوية أخرى", "2009-05-19", "'نحو 40 دقيقة' before the 20:33 quake: Tue 19 May 2009, about 19:50"),
    ev("umluj-exodus", "وأجبرت الهزة سكان أملج على الخروج من منازلهم", "2009-05-19", "no own expression; on the evening of the quake, Tue 19 May 2009"),
    ev("evacuation", "حيث أُخليت 5 قرى في بلدة العيص", EVAC[0], "'أمس الأول' before Wed 20 = Mon 18 May; the villages near the vent were emptied after the tremor of the night of Sun 17 May (another report: 'بعد هزة سابقة يوم الأحد'); my span 17-18 May", end=EVAC[1]),
    ev("swarm", "بعد هزات أرضية ضربت منطقة بركانية خلال الأسابيع الماضية", SWARM[0], "'خلال الأسابيع الماضية': the swarm from late April (22 April per a local report) up to the main quake of Tue 19 May 2009 (my span)", end=SWARM[1]),
])
art(S, "http://www.aljazeera.net/home/print/f6451603-4dff-4ca1-9c10-122741d17432/7c36148b-5591-43ff-bfa4-d775e2bf644a",
    "2009-05-21", "page stamp 'الخميس 1430/5/26 هـ - الموافق 21/5/2009 م (آخر تحديث) الساعة 4:54 (مكة المكرمة)' (kept as first line, without the update note; 21 May 2009 was a Thursday); the stamp was under the headline in the stored page; the last sentence ends on a truncated word ('4.8 درج...'), completed as 'درجات'", True, """
الخميس 1430/5/26 هـ - الموافق 21/5/2009 م
السعودية تتأهب لإجلاء جديد في منطقة العيص البركانية
تتأهب السعودية لعمليات إجلاء جديدة لسكان بلدة العيص، المنطقة البركانية الواقعة شمال غرب المملكة، إذ تتزايد قوة الزلازل التي تضربها منذ أسابيع، كما وُسّعت مناطق الطوارئ إلى 40 كلم.
وذكر رئيس هيئة المساحة الجيولوجية زهير نواب أن منطقة العيص البركانية قد تتعرض لزلازل تبلغ قوتها 6.5 درجات على مقياس ريختر، مضيفا أن الهيئة وسّعت نطاق منطقة الطوارئ إلى 40 كلم.
وكانت السلطات قد أجلت سكان القرى الواقعة في محيط 20 كلم حول بركان العيص إثر هزة سابقة يوم الأحد، قالت صحف إنها أحدثت شقوقا في الأرض.
وكانت سلطات الدفاع المدني قد دعت سكان منطقة العيص إلى مغادرة البلدة بهدوء والتوجه إلى معسكر الإيواء تمهيدا لنقلهم إلى المدينة المنورة، عقب نشاط زلزالي ملحوظ مساء الثلاثاء في المنطقة المرشحة لنشاط بركاني.
وأفاد التلفزيون السعودي بأن منطقة الشاقة سجلت 46 هزة أرضية لم تُحدث أضرارا أو إصابات، وقال المركز السعودي للأرصاد إن زلزالا بقوة 5.4 درجات على مقياس ريختر ضرب شمال غرب المملكة بعد ساعات من هزة مماثلة بلغت 4.8 درجات.
""", [
    ev("new-evacuation-prep", "تتأهب السعودية لعمليات إجلاء جديدة", "2009-05-20", "no own expression; the state reported by the page of Thu 21 May 2009 (04:54 Mecca time): the preparations of Wed 20 - Thu 21 May (my span)", end="2009-05-22"),
    ev("swarm", "الزلازل التي تضربها منذ أسابيع", SWARM[0], "'منذ أسابيع': the swarm from late April (22 April per a local report) up to the main quake of Tue 19 May 2009 (my span)", end=SWARM[1]),
    ev("evacuation", "أجلت سكان القرى الواقعة في محيط 20 كلم", EVAC[0], "'إثر هزة سابقة يوم الأحد' = after the tremor of Sun 17 May 2009; the villages were emptied that night and on Mon 18 (my span 17-18 May)", end=EVAC[1]),
    ev("leave-call", "دعت سكان منطقة العيص إلى مغادرة البلدة بهدوء", "2009-05-19", "after the activity of 'مساء الثلاثاء' (Tue 19 May 2009); the call came that night (my span 19-20 May)", end="2009-05-21"),
    ev("main-quake", "زلزالا بقوة 5.4 درجات", "2009-05-19", "no own expression here; the main quake of Tue 19 May 2009, 20:33 local (outside knowledge and the Al-Ola report's 'الساعة 8.33 مساء أمس')"),
    ev("emergency-zone", "وسّعت نطاق منطقة الطوارئ إلى 40 كلم", "2009-05-20", "no own expression; announced between the quake of Tue 19 evening and this page of early Thu 21 May (my span 20-21 May)", end="2009-05-22"),
])

# ---------------------------------------------------------------- algeria-bejaia-earthquake-2021
S = "algeria-bejaia-earthquake-2021"
art(S, "https://www.alghad24.com/news/voir/5493-2021-03-18-03-17-01",
    "2021-03-18", "date and time in the URL '5493-2021-03-18-03-17-01' and the body's own 'فجر اليوم الخميس 18 مارس 2021' (18 Mar 2021 was a Thursday); the masthead 'الغد 24 خبر الغد تقرأه اليوم', the caption 'من أثر الزلزال' and the truncated last sentence dropped", True, """
شعر به سكان 12 ولاية.. زلزال قوي يهز الجزائر ويخلّف حالة هلع وإصابات متفاوتة الخطورة
اهتزت الجزائر، فجر اليوم الخميس 18 مارس 2021، على وقع زلزال قوي بلغت قوته 5,9 درجات على سلم ريشتر، ضرب شرق ولاية بجاية شمال شرقي البلاد، فأثار حالة من الهلع والفزع الشديد بين السكان، وخلّف إصابات بجروح متفاوتة الخطورة وأضرارا في عدة بنايات، وفق ما أفادت به الحماية المدنية الجزائرية.
وحدد مركز البحث في علم الفلك والفيزياء الفلكية والجيوفيزياء الجزائري، في بيان، موقع هذا الزلزال على بعد 28 كلم شمال شرق منطقة كاب كربون التابعة لولاية بجاية.
وأفاد المركز بأنه سُجلت منذ مساء أمس الأربعاء 11 هزة أرضية وهزات ارتدادية في ولاية بجاية، تراوحت قوتها بين 3,8 و4,5 درجات على سلم ريشتر، ووقعت أولاها في حدود الساعة الثامنة و30 دقيقة.
وأوضح أن أقوى هزة سُجلت على الساعة الـ1 و5 دقائق صباحا بقوة 5,9 درجات، وأثارت حالة كبيرة من الهلع والخوف بين السكان.
وما إن شعر سكان مدينة بجاية والمناطق المجاورة بالزلزال حتى خرجوا من منازلهم، وقضوا ليلتهم في الشوارع أو داخل سياراتهم، بحسب ما أوردته وسائل الإعلام الجزائرية.
""", [
    ev("main-quake", "زلزال قوي بلغت قوته 5,9 درجات", "2021-03-18", "'فجر اليوم الخميس 18 مارس 2021' = Thu 18 Mar 2021 (01:04 local, 'الساعة الـ1 و5 دقائق صباحا')"),
    ev("injuries-damage", "وخلّف إصابات بجروح متفاوتة الخطورة", "2021-03-18", "no own expression; caused by the quake of Thu 18 Mar 2021, 01:04"),
    ev("tremor-series", "سُجلت منذ مساء أمس الأربعاء 11 هزة أرضية", "2021-03-17", "'منذ مساء أمس الأربعاء' before Thu 18 = from Wed 17 Mar 2021 evening into the small hours of Thu 18", end="2021-03-19"),
    ev("first-tremor", "ووقعت أولاها في حدود الساعة الثامنة و30 دقيقة", "2021-03-17", "'الساعة الثامنة و30 دقيقة' of 'مساء أمس الأربعاء' = Wed 17 Mar 2021, 20:30 (20:38 per the CRAAG)"),
    ev("night-outdoors", "وقضوا ليلتهم في الشوارع", "2021-03-18", "no own expression; the rest of the night after the 01:04 quake, Thu 18 Mar 2021"),
])
art(S, "https://www.radioalgerie.dz/news/ar/article/20210318/208723.html?qt-ar_side_tabs=0",
    "2021-03-18", "date in the URL '/article/20210318/' and the body's 'هذا الخميس' with 'صبيحة اليوم' for the quake of Thu 18 Mar 2021; the headline's typo 'وفقد وزاري' read as 'وفد وزاري'; the truncated last sentence ('و بلغ عد...') dropped; no date of its own in the text", False, """
وزير الداخلية على رأس وفد وزاري في بجاية لمعاينة أضرار الزلزال
توجه وزير الداخلية والجماعات المحلية كمال بلجود، هذا الخميس، على رأس وفد وزاري إلى ولاية بجاية لمعاينة حجم الأضرار التي خلفتها الهزة الأرضية التي ضربت منطقة كاب كربون صبيحة اليوم.
وأمر بلجود بالتكفل بضحايا الزلزال، وبالإسراع في ترميم المؤسسات التربوية المتضررة بجلب شركات بناء تعمل على مدار 24 ساعة، حتى لا يتأخر التلاميذ في مقررهم الدراسي.
من جهته، شدد وزير السكن والعمران والمدينة طارق بلعريبي، في تصريح للإذاعة الوطنية، على التعجيل بمعاينة الخسائر المادية التي خلفها زلزال بجاية، ودراسة سبل ترميم المدارس المتضررة.
وكانت هزة أرضية بقوة 5.9 درجات على سلم ريشتر قد وقعت فجر الخميس على الساعة 01.04 في البحر قبالة ولاية بجاية، بحسب بيان لمركز البحث في علم الفلك والفيزياء الفلكية والجيوفيزياء.
وأوضح المصدر نفسه أن مركز الهزة حُدد على بعد 28 كلم شمال شرق كاب كربون بولاية بجاية.
وكانت المنطقة نفسها قد سجلت هزة أرضية بقوة 4 درجات على سلم ريشتر مساء الأربعاء على الساعة 20.38.
كما سُجلت هزة بقوة 5.1 درجات على الساعة 01.17، ثم هزة رابعة بقوة 3.4 درجات على الساعة 02.08 فجرا.
""", [
    ev("minister-visit", "توجه وزير الداخلية والجماعات المحلية كمال بلجود، هذا الخميس", "2021-03-18", "'هذا الخميس' = Thu 18 Mar 2021"),
    ev("schools-repair-order", "وبالإسراع في ترميم المؤسسات التربوية المتضررة", "2021-03-18", "no own expression; ordered during the visit of Thu 18 Mar 2021"),
    ev("main-quake", "هزة أرضية بقوة 5.9 درجات على سلم ريشتر قد وقعت فجر الخميس", "2021-03-18", "'فجر الخميس على الساعة 01.04' = Thu 18 Mar 2021, 01:04"),
    ev("first-tremor", "هزة أرضية بقوة 4 درجات على سلم ريشتر مساء الأربعاء", "2021-03-17", "'مساء الأربعاء على الساعة 20.38' = Wed 17 Mar 2021, 20:38"),
    ev("aftershock-0117", "هزة بقوة 5.1 درجات على الساعة 01.17", "2021-03-18", "'على الساعة 01.17' after the 01:04 quake = Thu 18 Mar 2021, 01:17"),
])
art(S, "https://algeriatoday.com/amp/314/215659-%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3-%D8%AA%D8%A8%D9%88%D9%86-%D9%8A%D8%A3%D9%85%D8%B1-%D8%A8%D8%AA%D9%88%D9%81%D9%8A%D8%B1-%D9%83%D9%84-%D8%A7%D9%84%D8%A5%D9%85%D9%83%D8%A7%D9%86%D9%8A%D8%A7%D8%AA-%D9%84%D9%84%D8%AA%D9%83%D9%81%D9%84-%D8%A8%D8%A7%D9%84%D8%B3%D9%83%D8%A7%D9%86-%D8%A5%D8%AB%D8%B1-%D8%A7%D9%84%D8%B2%D9%84%D8%B2%D8%A7%D9%84-%D8%A7%D9%84%D8%B0%D9%8A-%D8%B6%D8%B1%D8%A8",
    "2021-03-20", "no stamp or URL date in the stored page: fixed by the body's 'صباح أول أمس' for the quake of the small hours of Thu 18 Mar 2021 (01:04; other outlets' dated pages): so Sat 20 Mar 2021; the caption 'الرئيس عبد المجيد تبون', the subheading and the truncated last sentence dropped; no date of its own in the text", False, """
أمر رئيس الجمهورية عبد المجيد تبون مختلف السلطات بتوفير كل الدعم والإمكانيات اللازمة للتكفل بسكان بجاية، إثر الهزة الأرضية التي سُجلت في الولاية صباح أول أمس بقوة 5,9 درجات على سلم ريشتر، بحسب ما كشفه وزير الداخلية والجماعات المحلية والتهيئة العمرانية كمال بلجود.
وأوضح بلجود، خلال الزيارة التفقدية التي قادته إلى الولاية رفقة عدد من الوزراء، أن رئيس الجمهورية اتصل بوالي بجاية لحظة وقوع الهزة، وأكد له توفير كل الإمكانيات والدعم للولاية.
وأشار إلى أن الرئيس يتابع مستجدات الوضع منذ الهزة الأرضية الأولى في بجاية مساء الأربعاء.
وذكر الوزير أن الوفد انتقل فورا إلى منطقة الزلزال بطلب من رئيس الجمهورية، وتلقى منه تعليمات واضحة للتكفل بكل ما يحتاجه سكان الولاية.
وطمأن بلجود السكان الذين تضررت مساكنهم بشدة بأن هناك مساكن جاهزة فعلا، وبأن وزير السكن سيتكفل بإعادة إسكان جميع المتضررين.
""", [
    ev("tebboune-order", "أمر رئيس الجمهورية عبد المجيد تبون مختلف السلطات", "2021-03-18", "no own expression; the order relayed by Belgoud during his visit of Thu 18 Mar 2021 (radioalgerie: 'هذا الخميس')"),
    ev("main-quake", "الهزة الأرضية التي سُجلت في الولاية صباح أول أمس", "2021-03-18", "'صباح أول أمس' before Sat 20 = Thu 18 Mar 2021 (01:04)"),
    ev("minister-visit", "خلال الزيارة التفقدية التي قادته إلى الولاية", "2021-03-18", "no own expression; the visit of Thu 18 Mar 2021 (radioalgerie: 'هذا الخميس')"),
    ev("tebboune-call", "اتصل بوالي بجاية لحظة وقوع الهزة", "2021-03-18", "'لحظة وقوع الهزة' = Thu 18 Mar 2021, 01:04"),
    ev("first-tremor", "منذ الهزة الأرضية الأولى في بجاية مساء الأربعاء", "2021-03-17", "'مساء الأربعاء' = Wed 17 Mar 2021 (20:38)"),
])

# ---------------------------------------------------------------- egypt-jordan-gulf-of-aqaba-tremor-2016
S = "egypt-jordan-gulf-of-aqaba-tremor-2016"
Q = "2016-05-16"   # the M5.1 quake of Mon 16 May 2016, 03:46 Cairo / 04:46 Amman and Mecca time
art(S, "http://www.kol7sry.com/2016/05/16-5-2016-5.html",
    "2016-05-16", "month in the URL '/2016/05/' and the headline's and body's own 'فجر اليوم الاثنين 16-5-2016' (16 May 2016 was a Monday); the headline, printed three times in the stored page, kept once; the truncated last sentence dropped", True, """
زلزال يضرب مصر فجر اليوم الاثنين 16-5-2016 ويضرب أيضا السعودية والأردن وقطاع غزة، و«البحوث الفلكية»: 5 توابع للزلزال
ضرب مصر فجر اليوم الإثنين الموافق 16-5-2016، في تمام الساعة الثالثة و46 دقيقة، زلزال بلغت قوته 5.1 درجة على مقياس ريختر، بحسب ما أكده رئيس المعهد القومي للبحوث الفلكية والجيوفيزيقية الدكتور حاتم عودة.
وكان مركز الزلزال في خليج العقبة على بعد 26 كيلومترا جنوب شرق دهب، وتبعته خمسة توابع ضعيفة جدا لم يشعر بها أحد من المواطنين.
وصرح عودة بأن الزلزال وتوابعه لم يُحدثا أي كوارث، إذ لم تصل إلى المعهد أي أنباء عن كوارث في أنحاء الجمهورية.
وشعر بهذا الزلزال سكان السعودية والأردن ومصر وقطاع غزة، وكانت أقوى درجة بلغها 5.1 على مقياس ريختر، وكان مركزه على عمق 10 كيلومترات في خليج العقبة.
ولم تتعد الهزة الرئيسية بضع ثوان، ووقعت في تمام الساعة 4.46 فجرا بتوقيت مكة المكرمة.
""", [
    ev("main-quake", "زلزال بلغت قوته 5.1 درجة على مقياس ريختر", Q, "'فجر اليوم الإثنين الموافق 16-5-2016' at 'الثالثة و46 دقيقة' = Mon 16 May 2016, 03:46 Cairo time"),
    ev("aftershocks", "وتبعته خمسة توابع ضعيفة جدا", Q, "no own expression; the aftershocks of the morning of Mon 16 May 2016 (05:16-07:11 Amman time per the Jordanian observatory)"),
    ev("odeh-statement", "وصرح عودة بأن الزلزال وتوابعه لم يُحدثا أي كوارث", Q, "no own expression; the NRIAG head's statement on the day of the quake, Mon 16 May 2016"),
    ev("felt-region", "وشعر بهذا الزلزال سكان السعودية والأردن ومصر وقطاع غزة", Q, "felt at the moment of the quake, Mon 16 May 2016 before dawn"),
])
art(S, "https://hadasnow.com/90578-2",
    "2016-05-16", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الاثنين' and 'سجل اليوم' for the Gulf of Aqaba quake of Mon 16 May 2016 (other outlets' dated pages); the truncated last sentence (the fifth quake) dropped; no date of its own in the text", False, """
ضربت خمسة زلازل اليوم الاثنين مدينة العقبة الأردنية على البحر الأحمر، أشدها بقوة 5.1 درجات عند الساعة 3:46 بتوقيت مصر، وتبعته أربعة زلازل ارتدادية.
وأفادت وسائل إعلام عربية بأن سكانا في السعودية ومصر وفلسطين شعروا بالزلزال، إذ شعر به إلى جانب سكان العقبة في جنوب المملكة سكانُ منطقة تبوك في السعودية، وسكان سيناء والقاهرة في مصر، والمناطق الجنوبية من فلسطين.
وأوضح مدير الجيولوجيا في وزارة الطاقة الأردنية الدكتور علي سوارية، في تصريح لوكالة الأنباء الأردنية، أن مرصد الزلازل الأردني سجل اليوم «عاصفة زلزالية» بدأت فجرا بزلزال قوته 5.1 درجات وقع على مسافة 66 كيلومترا جنوب مدينة العقبة وعلى عمق 13 كيلومترا.
أما الزلازل الارتدادية فبدأت بزلزال وقع بعد نصف ساعة من الزلزال الأول بقوة 2.5 درجات، غرب المدينة على عمق 18 كيلومترا عند الحدود الشمالية الغربية للعقبة مع فلسطين، «لكنه لم يكن محسوسا».
ووقع الزلزال الثالث بقوة 3.5 درجات على عمق سبعة كيلومترات وعلى مسافة 10 كيلومترات شمال مدينة العقبة (وادي اليتم) عند الساعة 6.24 بالتوقيت المحلي، وتبعه زلزال رابع بقوة 1.4 درجة على عمق 5 كيلومترات وعلى مسافة 20 كيلومترا شمال غرب المدينة.
""", [
    ev("main-quake", "أشدها بقوة 5.1 درجات عند الساعة 3:46 بتوقيت مصر", Q, "'اليوم الاثنين' at 3:46 Egypt time = Mon 16 May 2016"),
    ev("aftershocks", "وتبعته أربعة زلازل ارتدادية", Q, "no own expression; the four aftershocks of the morning of Mon 16 May 2016"),
    ev("felt-region", "بأن سكانا في السعودية ومصر وفلسطين شعروا بالزلزال", Q, "felt at the moment of the quake, Mon 16 May 2016 before dawn"),
    ev("sawariyeh-statement", "في تصريح لوكالة الأنباء الأردنية", Q, "no own expression; 'سجل اليوم': the statement of Mon 16 May 2016"),
    ev("aftershock-0520", "بدأت بزلزال وقع بعد نصف ساعة من الزلزال الأول", Q, "'بعد نصف ساعة من الزلزال الأول' = Mon 16 May 2016, about 05:20 Amman time"),
    ev("third-quake-0624", "ووقع الزلزال الثالث بقوة 3.5 درجات", Q, "'عند الساعة 6.24 بالتوقيت المحلي' = Mon 16 May 2016, 06:24"),
])
art(S, "https://www.aletihad.ae/articleamp/20553/2016/هزة-أرضية-من-5-درجات--تضرب-مصر-والأردن",
    "2016-05-17", "year in the URL '/2016/'; day fixed by the body's 'سُجلت أمس' and 'قبيل الفجر' for the Gulf of Aqaba quake of Mon 16 May 2016 (other outlets' dated pages): so Tue 17 May 2016; headline rendered from the URL slug; the dateline 'عواصم (وكالات)' and the truncated last sentence dropped; no date of its own in the text", False, """
هزة أرضية من 5 درجات تضرب مصر والأردن
سُجلت أمس هزة أرضية شدتها خمس درجات في البحر الأحمر قبالة السواحل المصرية في خليج العقبة، وفق المعهد الأميركي للجيوفيزياء على موقعه الإلكتروني، من دون الإبلاغ عن أضرار.
ووقعت الهزة قبيل الفجر على عمق عشرة كيلومترات، على بعد نحو 25 كلم شمال شرق منتجع دهب في شبه جزيرة سيناء.
وأضاف المصدر نفسه أن الزلزال ضعيف، لكن سكان القاهرة شعروا به.
وبحسب وكالة الأنباء الأردنية (بترا)، وقع الزلزال جنوب مدينة العقبة عند الساعة 46ر4 فجرا بالتوقيت المحلي، وتبعه بعد نحو نصف ساعة زلزال آخر بقوة 5ر2 درجة غرب المدينة، من دون الإبلاغ عن أضرار.
وقال رئيس مرصد الزلازل الأردني محمود القريوتي إن الزلزال الأول وقع على عمق 13 كيلومترا جنوب مدينة العقبة على البحر الأحمر وكان محسوسا لسكانها، في حين وقع الثاني على عمق 18 كيلومترا عند الحدود الشمالية الغربية للمدينة مع فلسطين عند الساعة الخامسة و20 دقيقة، ولم يكن محسوسا.
""", [
    ev("main-quake", "سُجلت أمس هزة أرضية شدتها خمس درجات", Q, "'أمس' before Tue 17 May = Mon 16 May 2016 ('قبيل الفجر', 04:46 Amman time)"),
    ev("felt-region", "لكن سكان القاهرة شعروا به", Q, "felt at the moment of the quake, Mon 16 May 2016 before dawn"),
    ev("aftershock-0520", "وتبعه بعد نحو نصف ساعة زلزال آخر بقوة 5ر2 درجة", Q, "'بعد نحو نصف ساعة' of the 04:46 quake, 'الساعة الخامسة و20 دقيقة' = Mon 16 May 2016, 05:20"),
    ev("qaryouti-statement", "وقال رئيس مرصد الزلازل الأردني محمود القريوتي", Q, "no own expression; his statement to Petra on the day of the quake, Mon 16 May 2016"),
])
art(S, "https://ksa.ksa2day.com/Home/NewsDetails?NewsID=3375162",
    "2016-05-17", "no stamp or URL date in the stored page: fixed by the body's 'فجر أمس الاثنين' for the quake of Mon 16 May 2016: so Tue 17 May 2016; the truncated last sentence dropped; no date of its own in the text", False, """
شعر سكان شمال منطقة تبوك، ولا سيما محافظة حقل التي تبعد عن مدينة العقبة الأردنية نحو 35 كيلومترا، والبدع ومقنا، فجر أمس الاثنين بهزة أرضية عند الساعة 4:46 بلغت قوتها 5.1 درجة على مقياس ريختر، تبعتها أربع هزات ارتدادية.
وشعر بالهزات الارتدادية بعض سكان مدينة تبوك وبعض المناطق الحدودية مع الأردن.
وقال مدير الجيولوجيا في وزارة الطاقة الأردنية الدكتور علي سوارية إن مرصد الزلازل الأردني سجل «عاصفة زلزالية» بدأت فجرا بزلزال قوته 5.1 درجة وقع على مسافة 66 كيلومترا جنوب مدينة العقبة وعلى عمق 13 كيلومترا.
وأضاف أن الزلازل الارتدادية بدأت بزلزال وقع بعد نصف ساعة من الزلزال الأول بقوة 2.5 درجة غرب المدينة، على عمق 18 كيلومترا عند الحدود الشمالية الغربية للعقبة مع فلسطين، «لكنه لم يكن محسوسا».
ووقع الزلزال الثالث بقوة 3.5 درجة على عمق سبعة كيلومترات وعلى مسافة 10 كيلومترات شمال مدينة العقبة (وادي اليتم) عند الساعة 6:24 بالتوقيت المحلي، وتبعه زلزال رابع بقوة 1.4 درجة على عمق 5 كيلومترات وعلى مسافة 20 كيلومترا شمال غرب المدينة.
وبشأن الزلزال الخامس، قال سوارية إن قوته 2.5 درجة ووقع عند الساعة 7:11 على عمق 5 كيلومترات وعلى مسافة 35 كيلومترا شمال مدينة العقبة.
""", [
    ev("main-quake", "فجر أمس الاثنين بهزة أرضية", Q, "'فجر أمس الاثنين' before Tue 17 = Mon 16 May 2016, 04:46"),
    ev("aftershocks", "تبعتها أربع هزات ارتدادية", Q, "no own expression; the four aftershocks of the morning of Mon 16 May 2016 (05:20-07:11)"),
    ev("sawariyeh-statement", "وقال مدير الجيولوجيا في وزارة الطاقة الأردنية", Q, "no own expression; the statement of Mon 16 May 2016 (another outlet: 'سجل اليوم')"),
    ev("aftershock-0520", "بدأت بزلزال وقع بعد نصف ساعة من الزلزال الأول", Q, "'بعد نصف ساعة من الزلزال الأول' = Mon 16 May 2016, about 05:20"),
    ev("third-quake-0624", "ووقع الزلزال الثالث بقوة 3.5 درجة", Q, "'عند الساعة 6:24 بالتوقيت المحلي' = Mon 16 May 2016, 06:24"),
    ev("fifth-quake-0711", "قال سوارية إن قوته 2.5 درجة ووقع عند الساعة 7:11", Q, "'عند الساعة 7:11' = Mon 16 May 2016, 07:11"),
])

# ---------------------------------------------------------------- lebanon-saida-iqlim-kharroub-tremor-2014
S = "lebanon-saida-iqlim-kharroub-tremor-2014"
T = "2014-07-06"   # the M4.0-4.2 tremor NE of Saida, Sun 6 Jul 2014 at 00:41 (the night of Sat-Sun)
art(S, "https://xkhabar.com/%d9%87%d9%83%d8%b0%d8%a7-%d8%aa%d9%81%d8%a7%d8%b9%d9%84-%d8%a7%d9%84%d9%84%d8%a8%d9%86%d8%a7%d9%86%d9%8a%d9%8a%d9%86-%d9%85%d8%b9-%d8%a7%d9%84%d9%87%d8%b2%d8%a9-%d8%a7%d9%84%d8%a7%d8%b1%d8%b6%d9%8a",
    "2014-07-06", "no stamp or URL date in the stored page: fixed by the body's 'صباح الاحد الواقع في 6 تموز' for the tremor of 00:41 (6 Jul 2014 was a Sunday; Ramadan 1435) and by everything else in the text belonging to that Sunday (the network head's call against the WhatsApp rumour of a 4 a.m. quake, Hamzeh's first statement, the correspondents' reports, the families leaving home), with no 'أمس'; the text's date has no year (2014 is certain from the story; the project counts such dates as dated); the prefix 'إكس خبر-' dropped; the last sentence ends at its last complete clause", True, """
أفاد المركز الوطني للجيوفيزياء التابع للمجلس الوطني للبحوث العلمية بأن المواطنين شعروا صباح الاحد الواقع في 6 تموز، عند الساعة 12.41، بهزة أرضية مركزها على بعد 8 كلم شمال شرق صيدا، بلغت قوتها 4 درجات على مقياس ريختر.
ودعا المسؤول عن شبكة الرصد الزلزالي رشيد جمعة المواطنين إلى عدم الأخذ بالبيان المتداول عبر «واتس آب»، الذي ينشر معلومات عن هزة أرضية متوقعة عند الساعة الرابعة فجرا ويدعو الناس إلى إخلاء منازلهم.
وقال رئيس مجلس البحوث العلمية الدكتور معين حمزة إن الهزة وقعت شمال شرق صيدا بقوة 4.1 على مقياس ريختر، وهي أقرب إلى «فالق روم» من جهة إقليمي الخروب والتفاح، مشيرا إلى أنها «هزة كبيرة وليس لها ارتدادات، ولا بد من اتخاذ الاحتياطات المناسبة، ولا داعي للهلع».
وبحسب حمزة، فإن «الحدث الزلزالي قد يكون بداية نوبة، وقد تنتج عنه ترددات ضئيلة أو مشابهة للهزة الأولى، وندعو إلى اتخاذ أقصى درجات الحذر».
من جهة أخرى، أفاد مراسلو وسائل الإعلام في إقليم الخروب والشوف وصيدا وجزين بأن سكان هذه المناطق شعروا بالهزة بقوة وعلى دفعتين، كما شعر بها السكان في العاصمة بيروت وضواحيها.
وفي الإقليم، أخلت عائلات في بلدتي شحيم وداريا منازلها خوفا من هزات أرضية أخرى، ولجأت إلى الشوارع والساحات.
""", [
    ev("main-quake", "بهزة أرضية مركزها على بعد 8 كلم شمال شرق صيدا", T, "'صباح الاحد الواقع في 6 تموز، عند الساعة 12.41' = Sun 6 Jul 2014, 00:41"),
    ev("whatsapp-rumour", "البيان المتداول عبر «واتس آب»", T, "no own expression; the rumour spread minutes after the tremor, in the small hours of Sun 6 Jul 2014 (another report: 'بعد دقائق من وقوعها')"),
    ev("rumour-denial", "ودعا المسؤول عن شبكة الرصد الزلزالي رشيد جمعة", T, "no own expression; the seismic network's denial of the rumour before the rumoured 4 a.m., Sun 6 Jul 2014"),
    ev("hamzeh-statement", "وقال رئيس مجلس البحوث العلمية الدكتور معين حمزة", T, "no own expression; his statement on Sun 6 Jul 2014"),
    ev("families-leave", "أخلت عائلات في بلدتي شحيم وداريا منازلها", T, "no own expression; right after the 00:41 tremor, the rest of the night of Sat-Sun, Sun 6 Jul 2014"),
])
art(S, "https://www.abedkhattar.com/news/13930",
    "2014-07-06", "no stamp or URL date in the stored page: fixed by the body's 'فجر اليوم' for the tremor of 00:40 on Sun 6 Jul 2014 ('الساعة الواحدة الا ثلثا فجرا'; the other outlets: 'ليل السبت الاحد', 'صباح الاحد الواقع في 6 تموز'); the section label 'اخبار الوطن العربي' and the truncated last sentence (the phone rumour) dropped; no date of its own in the text", False, """
فجر الرعب في إقليم الخروب: اهتزت الأرض كالرمال
عاش أبناء قرى إقليم الخروب وبلداته فجر اليوم حالة رعب وخوف حقيقيين، إثر الهزة الأرضية القوية التي ضربت ساحل الشوف عند الساعة الواحدة إلا ثلثا فجرا واستمرت ثواني عدة، وأثارت الهلع والتخبط والخوف الكبير بين المواطنين، الذين ظنوا للوهلة الأولى أن انفجارا وقع أو أن الطيران يقصف، إذ اهتزت الأرض تحت أقدامهم كأنها رمال متحركة.
ولم يُبلّغ عن إصابات أو ضحايا، واقتصرت الأضرار على تساقط بعض الأدوات المنزلية من أماكنها وتحطم بعضها بالكامل، خصوصا في بلدات شحيم وعانوت والزعرورية ومزبود والمغيرية وجون، بسبب الارتجاجات التي أحدثتها الهزة.
كما سُجلت في بلدة شحيم انهيارات في منزل منصور الحجار المتصدع والمهجور، الواقع على فالق الهزات في الحارة الشمالية من شحيم، وهي المنطقة الأكثر عرضة للزلازل في العام 1956.
ودفعت الهزة معظم سكان الإقليم، الذين كانوا يستعدون لإعداد وجبة السحور الرمضانية، إلى مغادرة منازلهم مع عائلاتهم على عجل.
""", [
    ev("main-quake", "الهزة الأرضية القوية التي ضربت ساحل الشوف", T, "'فجر اليوم' at 'الساعة الواحدة إلا ثلثا فجرا' = Sun 6 Jul 2014, 00:40"),
    ev("chehim-collapse", "سُجلت في بلدة شحيم انهيارات في منزل منصور الحجار", T, "no own expression; caused by the tremor of Sun 6 Jul 2014, 00:40"),
    ev("quake-1956", "الأكثر عرضة للزلازل في العام 1956", "1956-03-16", "'في العام 1956': the Chhim earthquake of Fri 16 Mar 1956 (outside knowledge); the text gives only the year"),
    ev("families-leave", "إلى مغادرة منازلهم مع عائلاتهم على عجل", T, "no own expression; right after the tremor, before suhoor, Sun 6 Jul 2014"),
])
art(S, "https://archive.aawsat.com/details.asp?article=778456&issueno=13005&section=54",
    "2014-07-07", "no stamp or URL date in the stored page (issue 13005 of Asharq Al-Awsat): fixed by the body's 'بعد منتصف ليل أول من أمس' for the tremor of 00:41 on Sun 6 Jul 2014 (just after the midnight of Sat 5) and 'طوال يوم أمس' for the fear of Sunday: so Mon 7 Jul 2014; the marker 'TT' and the truncated last sentence (Hamzeh's statement) dropped; no date of its own in the text", False, """
هزة أرضية تثير رعب اللبنانيين والشائعات تدفع عائلات إلى ترك منازلها
تحولت إلى مادة للسخرية على مواقع التواصل التي وصفت البلد بـ«المهزوز»
فيما كان اللبنانيون يترقبون الوضع الأمني بحذر ويعيشون على وقع التهديدات والهزات الأمنية المتلاحقة، جاءتهم الهزة هذه المرة من الطبيعة لتثير الرعب في صفوفهم.
فبعد منتصف ليل أول من أمس، استفاق المواطنون على هزة أرضية قوية ضربت بعض المناطق، لا سيما صيدا في الجنوب وإقليم الخروب والشوف في جبل لبنان، ووصلت ترددّاتها إلى مناطق أخرى منها الشمال والجنوب وبيروت وضواحيها.
لكن ما زاد الخوف والتوتر اللذين استمرا طوال يوم أمس هو ما أعقب الهزة من خمس هزات ارتدادية خفيفة، إضافة إلى الشائعات التي بدأت تنتشر بعد دقائق من وقوعها على مواقع التواصل الاجتماعي، محذرة من هزة أقوى قد تضرب لبنان عند الساعة الرابعة صباحا، قبل أن ينفي مجلس البحوث العلمية الخبر جملة وتفصيلا.
وأدت هذه الشائعات إلى ترك بعض العائلات في مناطق الشوف وإقليم الخروب في جبل لبنان منازلها وقضاء ليلتها في العراء، خوفا من هزة ارتدادية أكبر أو من «الهزة الشائعة»، في حين نشطت وسائل الإعلام في توعية المواطنين بكيفية التصرف عند حدوث الهزات.
""", [
    ev("main-quake", "استفاق المواطنون على هزة أرضية قوية", T, "'بعد منتصف ليل أول من أمس' before Mon 7 = just after the midnight of Sat 5, i.e. Sun 6 Jul 2014, 00:41"),
    ev("aftershocks", "خمس هزات ارتدادية خفيفة", T, "no own expression; between midnight and the morning of Sun 6 Jul 2014 (another report: 'منذ منتصف الليل وحتى صباح الاحد')"),
    ev("fear-all-day", "اللذين استمرا طوال يوم أمس", T, "'طوال يوم أمس' before Mon 7 = Sun 6 Jul 2014"),
    ev("whatsapp-rumour", "الشائعات التي بدأت تنتشر بعد دقائق من وقوعها", T, "'بعد دقائق من وقوعها' = the small hours of Sun 6 Jul 2014"),
    ev("rumour-denial", "قبل أن ينفي مجلس البحوث العلمية الخبر", T, "no own expression; the council's denial in the small hours of Sun 6 Jul 2014 (before the rumoured 4 a.m.)"),
    ev("families-leave", "ترك بعض العائلات في مناطق الشوف وإقليم الخروب", T, "no own expression; 'قضاء ليلتها في العراء': the rest of the night of Sat-Sun, Sun 6 Jul 2014"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 212)
                            if i != 201 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

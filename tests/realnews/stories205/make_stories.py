"""Builds stories.jsonl: the 205-th evaluation set of real Arabic news stories (several
articles per story, from different outlets, published on different days), bodies re-worded sentence by
sentence, every date/time expression kept verbatim, gold events keyed across each story (same format
and checks as tests/realnews/stories120/make_stories.py). Domain: drinking-water cuts, water shortages and
water supply (an armed group shutting the Great Man-Made River valves at al-Shwerif and cutting Tripoli's
water, Libya 2019; Damascus without water after the Ain al-Fijeh spring was hit in the Wadi Barada
offensive, Syria 2016-17; the Zagora «thirst» protest and arrests, Morocco 2017; an attack on the Disi
pipeline at al-Jafr and the pumping halt for Amman, Jordan 2025; the Jazirat al-Dahab substation failure
that cut power and water in Giza, Egypt 2025). None of these stories is in the dev set or the other
tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- libya-tripoli-shwerif-water-cut-2019
S = "libya-tripoli-shwerif-water-cut-2019"
CUT = ("2019-05-20", "2019-05-22")  # Tripoli's taps ran dry from the morning of Mon 20 May; pumping resumed Tue 21 May
art(S, "https://www.libyaakhbar.com/libya-news/945393.html",
    "2019-05-19", "no date in the URL; the stored page carries only a month stamp ('2019-05'); the day is fixed by the body's 'اليوم الاحد' for the armed group's storming of the al-Shwerif site, which took place on Sun 19 May 2019 (arabi21: 'داهمت، الأحد'; the pumping resumed on Tue 21 May 'بعد مرور يومين'), with 'غداً صباحاً' for the cut in Tripoli; the dangling 'الموافق' (no date follows it in the source) and the source tag dropped; no date of its own in the text", False, """
أعلن جهاز تنفيذ وإدارة مشروع النهر الصناعي توقف ضخ المياه من حقول الآبار اليوم الاحد، عقب اقتحام مجموعة مسلحة لموقع الشويرف.
وأوضح الجهاز أن المسلحين أرغموا العاملين على إغلاق جميع صمامات التحكم في التدفق وإطفاء آبار الحقول إلى أن تُلبّى مطالبهم.
وبيّن أن ذلك سيؤدي إلى انقطاع المياه عن مدينة طرابلس وبعض مدن المنطقتين الغربية والوسطى غداً صباحاً، وإلى توقف إعادة ضخ المياه إلى مدينة غريان وبعض مدن الجبل الغربي، التي كانت مدرجة ضمن خطة التشغيل.
وشددت إدارة الجهاز على أنها بمنأى عن كل الخلافات والصراعات، وأنها جهة خدمية توفر الإمداد المائي لجميع المواطنين، مطالبة الجهات الأمنية والعسكرية في الدولة بتحمل مسؤوليتها في حماية حقول الآبار ومحطات التحكم ومسارات الأنابيب في المنظومة.
وأكدت أن المياه هبة من الله للجميع، ولا يجوز توظيفها للمساومة أو لفرض الشروط بأي ذريعة.
""", [
    ev("pumping-stop", "توقف ضخ المياه من حقول الآبار اليوم الاحد", "2019-05-19", "'اليوم الاحد' = Sun 19 May 2019"),
    ev("shwerif-storming", "عقب اقتحام مجموعة مسلحة لموقع الشويرف", "2019-05-19", "no own expression; the storming on Sun 19 May 2019, the day of the statement (arabi21: 'داهمت، الأحد')"),
    ev("tripoli-cut", "سيؤدي إلى انقطاع المياه عن مدينة طرابلس", CUT[0], "'غداً صباحاً' after Sun 19 = Mon 20 May 2019; the cut lasted until the pumping resumed on Tue 21 May (my span 20-21 May)", end=CUT[1]),
    ev("security-appeal", "مطالبة الجهات الأمنية والعسكرية في الدولة", "2019-05-19", "no own expression; in the statement of Sun 19 May 2019"),
])
art(S, "https://ar.libyaobserver.ly/article/4600",
    "2019-05-20", "page stamp 'مايو 20, 2019 - 02:32' under the headline (kept as first line, before the headline); 20 May 2019 was a Monday; the repeated headline and the rubric 'القسم:' dropped", True, """
مايو 20, 2019 - 02:32
مسلحون يتسببون في قطع المياه عن المنطقتين الغربية والوسطى
أعلن جهاز تنفيذ وإدارة مشروع النهر الصناعي، الإثنين، أن ضخ المياه من حقول الآبار توقف بسبب اقتحام مسلحين موقع الشويرف وإرغامهم العاملين على إغلاق صمامات التحكم.
وذكر الجهاز، في بيان نشره على صفحته في "فيس بوك"، أن هذا الإغلاق سيتسبب في انقطاع المياه عن طرابلس ومدن المنطقتين الغربية والوسطى، فضلاً عن وقف ضخ المياه إلى غريان وباقي مدن جبل نفوسة.
ودعا الجهاز الأجهزة الأمنية والعسكرية في الدولة إلى حماية حقول الآبار ومحطات التحكم، مشيراً إلى أنه جهة خدمية لا صلة لها بالخلافات والصراعات، بحسب البيان.
""", [
    ev("gmmr-statement", "أعلن جهاز تنفيذ وإدارة مشروع النهر الصناعي، الإثنين", "2019-05-19", "'الإثنين' = Mon 20 May 2019 in the text, but the statement it reports was issued on Sun 19 May (another report of that day: 'اليوم الاحد'; this page is stamped 02:32 on the 20th); my span 19-20 May", end="2019-05-21"),
    ev("pumping-stop", "أن ضخ المياه من حقول الآبار توقف", "2019-05-19", "no own expression; the stop of Sun 19 May 2019 (another report: 'اليوم الاحد')"),
    ev("shwerif-storming", "بسبب اقتحام مسلحين موقع الشويرف", "2019-05-19", "no own expression; the storming on Sun 19 May 2019"),
    ev("tripoli-cut", "سيتسبب في انقطاع المياه عن طرابلس", CUT[0], "no own expression; the cut from the morning of Mon 20 May to the resumption of Tue 21 May 2019 (my span 20-21 May)", end=CUT[1]),
])
art(S, "https://lpb.ly/?p=4314",
    "2019-05-22", "date line 'الصباح /22 مايو /2019' at the head of the stored text (an item of the daily al-Sabah, kept as first line); 22 May 2019 was a Wednesday, the day after the GMMR announced on Tue 21 May that pumping had resumed (body 'الثلاثاء' agrees)", True, """
الصباح /22 مايو /2019
بعد حملة واسعة على قطع المياه عن طرابلس عدّته جريمة ضد الإنسانية، أعلن جهاز النهر الصناعي منظومة الحساونة – سهل الجفارة، الثلاثاء، انتهاء أزمة إيقاف ضخ المياه إلى العاصمة طرابلس وبعض مدن المنطقة الغربية.
وأكد الجهاز، في بيان مقتضب على صفحته الرسمية بموقع "فيسبوك"، أن الضخ بدأ وأن صمامات التحكم في محطة التحكم بالشويرف فُتحت لتتدفق المياه من جديد.
وفي السياق نفسه، دعت الهيئة العامة للموارد المائية بحكومة الوفاق إلى "تحييد مشروع النهر الصناعي عن أي تجاذبات سياسية أو مطالبات فئوية"، محذرة من أن العبث بهذا المرفق الحيوي "يهدد الأمن القومي للدولة".
وكان المجلس الرئاسي لحكومة الوفاق الوطني قد دان قطع إمدادات المياه عن العاصمة طرابلس، محمّلاً المسؤولية المباشرة عن هذه الجريمة لمن نفّذها وأعلنها وحرّض عليها، وللقوات المعتدية على طرابلس التي تؤكد وجودها في المنطقة التي شهدت الواقعة جنوب البلاد وتدّعي السيطرة عليها.
""", [
    ev("resumption", "انتهاء أزمة إيقاف ضخ المياه", "2019-05-21", "'الثلاثاء' = Tue 21 May 2019"),
    ev("valves-opened", "فُتحت لتتدفق المياه من جديد", "2019-05-21", "no own expression; with the announcement of Tue 21 May 2019"),
    ev("tripoli-cut", "قطع المياه عن طرابلس", CUT[0], "no own expression; the cut of Mon 20 - Tue 21 May 2019 (my span)", end=CUT[1]),
    ev("pc-condemnation", "قد دان قطع إمدادات المياه عن العاصمة طرابلس", "2019-05-19", "no own expression; the Presidential Council's condemnation came during the cut, between Sun 19 and Tue 21 May 2019 (my span; the day not checked)", end="2019-05-22"),
])

# ---------------------------------------------------------------- syria-damascus-ain-al-fijeh-water-cut-2016
S = "syria-damascus-ain-al-fijeh-water-cut-2016"
CUTSTART = "2016-12-22"  # Damascus's water from Ain al-Fijeh stopped on Thu 22 Dec 2016 (sixth day on Tue 27 Dec)
HIT = ("2016-12-22", "2016-12-24")  # the spring's facility was hit on 22-23 Dec 2016 (accounts differ)
FLOOD = ("2016-12-28", "2016-12-31")  # the diverted spring water flooding al-Rabweh's streets, late December
art(S, "https://www.eremnews.com/news/arab-world/664353?_c",
    "2016-12-27", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الثلاثاء' for SANA's report and the cabinet session, with 'لليوم السادس على التوالي' for the cut that began on Thu 22 Dec 2016: so Tue 27 Dec 2016 (RT the same day: 'الثلاثاء 27 ديسمبر/كانون الأول'); the headline repeated three times in the stored text kept once; the truncated sub-section 'خطة طوارئ' dropped; no date of its own in the text", False, """
دمشق بلا ماء.. والسلطات السورية تعلن خروج الأمر من يدها
يهدد القصف نبع عين الفيجة، الذي يغذي العاصمة السورية دمشق، بالنضوب بعدما غار ثلث مياهه وضاع في باطن الأرض، فيما تعلن السلطات السورية أن الأمر خرج من يدها.
وذكرت الوكالة العربية السورية للأنباء (سانا) اليوم الثلاثاء أن وضع مياه الشرب في دمشق وضواحيها خرج عن سيطرة السلطات، التي أعلنت الاستعانة بصهاريج مياه من المحافظات الأخرى لتأمين مياه الشرب للعاصمة، التي تعاني انقطاع المياه لليوم السادس على التوالي، وسط معارك عنيفة جداً بين قوات النظام ومسلحي المعارضة.
وأوضحت (سانا) أن أزمة المياه شغلت حيزاً كبيراً من مناقشات مجلس الوزراء الثلاثاء، إذ قرر المجلس "استقدام مزيد من صهاريج المياه من المحافظات لزيادة كميات المياه وتوزيعها مجاناً في الأحياء بالتنسيق بين محافظتي دمشق وريفها".
""", [
    ev("sana-report", "وذكرت الوكالة العربية السورية للأنباء (سانا) اليوم الثلاثاء", "2016-12-27", "'اليوم الثلاثاء' = Tue 27 Dec 2016"),
    ev("water-cut", "التي تعاني انقطاع المياه لليوم السادس على التوالي", CUTSTART, "'لليوم السادس على التوالي' on Tue 27 Dec: the cut began on Thu 22 Dec 2016 (day 1)"),
    ev("cabinet-tankers", "إذ قرر المجلس", "2016-12-27", "'الثلاثاء' = Tue 27 Dec 2016 (the cabinet session)"),
])
art(S, "https://microsyria.com/2016/12/28/%d8%af%d9%85%d8%b4%d9%82-%d9%85%d9%87%d8%af%d9%91%d8%af%d8%a9-%d8%a8%d8%a7%d9%84%d8%b9%d8%b7%d8%b4/",
    "2016-12-28", "date in the URL '/2016/12/28/' (a Wednesday); body 'منذ عدة أيام' agrees with a cut that began on Thu 22 Dec; no date of its own in the text", False, """
دمشق مهددة بالعطش
انقطعت مياه الشرب انقطاعاً تاماً عن العاصمة السورية دمشق منذ عدة أيام، بعد خروج نبع الفيجة في وادي بردى عن الخدمة إثر استهدافه ببرميلين متفجرين ألقتهما مروحيات جيش الأسد، ضمن حملة قصف متواصلة على المنطقة تهدف إلى تهجير أهلها.
وقد ألقت المروحيات عشرات البراميل المتفجرة على المنطقة، فطالت قرية بسيمة وبلدة عين الفيجة، وألحقت دماراً كبيراً بالنبع وبمضخات المياه، وتسببت في اختلاط الزيت بالمياه، كما أدى القصف إلى انقطاع الكهرباء وتعطل المضخات التي تدفع المياه إلى مدينة دمشق، وإلى خروج مستشفيات ومستوصفات عن الخدمة وتدمير مكتب للدفاع المدني ومسجد ومجمع للنازحين.
واشتدت أزمة المياه في دمشق، وتضاعفت أسعار مياه الشرب التي تُباع في السيارات الجوالة أو في العبوات البلاستيكية، وزاد انقطاع الكهرباء من معاناة السكان.
يُذكر أن منطقة نبع الفيجة خارجة عن سيطرة النظام منذ 3 سنوات، لم تنقطع خلالها المياه عن دمشق، ويعيش فيها وحولها نحو 30 ألفاً من الأهالي الذين رفضوا الخروج، بينما يسكن وادي بردى أكثر من 200 ألف شخص موزعين على 9 قرى كلها بيد المعارضة.
""", [
    ev("water-cut", "انقطعت مياه الشرب انقطاعاً تاماً عن العاصمة السورية دمشق منذ عدة أيام", CUTSTART, "'منذ عدة أيام' before Wed 28 Dec: the cut began on Thu 22 Dec 2016 (another report: 'لليوم السادس' on Tue 27)"),
    ev("spring-hit", "إثر استهدافه ببرميلين متفجرين", HIT[0], "no own expression; the spring's facility was hit on 22-23 Dec 2016 (accounts differ on who and how; my span 22-23 Dec)", end=HIT[1]),
    ev("pump-power-cut", "وتعطل المضخات التي تدفع المياه إلى مدينة دمشق", HIT[0], "no own expression; with the bombardment of 22-23 Dec 2016 (my span)", end=HIT[1]),
    ev("price-rise", "وتضاعفت أسعار مياه الشرب", "2016-12-23", "no own expression; in the days after the cut, up to the publication day Wed 28 Dec 2016 (my span 23-28 Dec)", end="2016-12-29"),
])
art(S, "http://akhbaralaan.net/news/arab-world/2016/12/30/%D8%A3%D8%B2%D9%85%D8%A9-%D9%85%D9%8A%D8%A7%D9%87-%D9%81%D9%8A-%D8%AF%D9%85%D8%B4%D9%82-%D8%A5%D8%AB%D8%B1-%D9%82%D8%B5%D9%81-%D8%A7%D9%84%D9%86%D8%B8%D8%A7%D9%85-%D8%B9%D9%84%D9%89-%D9%88%D8%A7%D8%AF%D9%8A-%D8%A8%D8%B1%D8%AF%D9%89",
    "2016-12-30", "date in the URL '/2016/12/30/' (a Friday); headline rendered from the URL slug; the dateline 'أخبار الآن | دمشق – سوريا – (حصري)' and the truncated last sentence dropped; no date of its own in the text", False, """
أزمة مياه في دمشق إثر قصف النظام على وادي بردى
فاضت مياه نهر بردى في شوارع منطقة الربوة بالعاصمة السورية دمشق، بعد تضرر منشأة نبع الفيجة في وادي بردى جراء قصف قوات النظام لها.
ولا تزال دمشق محرومة من المياه منذ أربعة أيام وحتى الآن، بعد القصف الذي طال "عين الفيجة"، المصدر الأساسي للمياه في العاصمة.
وأدى القصف بالبراميل إلى تضرر النبع وتحويل إحدى قنواته إلى نهر بردى، الذي أخذ منسوبه يرتفع كثيراً حتى فاض عن مجراه.
وقد تعرض نبع الفيجة لأكثر من 50 برميلاً متفجراً ولأكثر من 200 قذيفة مدفعية ودبابة، في إطار العمليات العسكرية في وادي بردى، حيث تسعى قوات الأسد إلى التقدم من محور بسيمة لمحاصرة قرى المنطقة التي يقطنها نحو 110 آلاف مدني.
ويتهافت أهالي العاصمة على شراء عبوات المياه المعبأة لتأمين مياه الشرب على الأقل، وقد ارتفعت أسعارها بالتزامن مع الأزمة.
""", [
    ev("barada-flood", "فاضت مياه نهر بردى في شوارع منطقة الربوة", FLOOD[0], "no own expression; the diverted spring water flooded al-Rabweh in the last days of December 2016, reported on Fri 30 Dec (my span 28-30 Dec)", end=FLOOD[1]),
    ev("water-cut", "محرومة من المياه منذ أربعة أيام", CUTSTART, "'منذ أربعة أيام' before Fri 30 Dec would give 26 Dec, but the cut began on Thu 22 Dec 2016 (other reports: 'لليوم السادس' on Tue 27); the gold is the real start"),
    ev("spring-hit", "بعد القصف الذي طال \"عين الفيجة\"", HIT[0], "no own expression; the spring's facility was hit on 22-23 Dec 2016 (my span)", end=HIT[1]),
    ev("price-rise", "وقد ارتفعت أسعارها بالتزامن مع الأزمة", "2016-12-23", "no own expression; in the days after the cut (my span 23-28 Dec, as in the other report)", end="2016-12-29"),
])
art(S, "https://www.aljazeera.net/reportslibrary/pages/47026011-0239-4b3b-a7dc-346024df2196",
    "2017-01-04", "date line '04/01/2017' under the headline (kept as first line, before the headline); 4 Jan 2017 was a Wednesday; the transcript's 'أزمة مالية خانقة' (a slip for مائية) rendered as 'أزمة خانقة'; no weekday in the text", True, """
04/01/2017
أزمة مائية كبيرة في أحياء دمشق
دمشق، مدينة الياسمين التي لُقّبت قديماً بجلّق لكثرة جريان الماء فيها، تعاني اليوم، كما تُظهر صور حصلت عليها الجزيرة، أزمة خانقة بعد استهداف قوات النظام وحزب الله عين الفيجة ومحاولتها اقتحام وادي بردى.
هنا في أحياء الربوة وركن الدين ينتظر الناس فرصة للحصول على شربة ماء، في حين بلغ سعر برميل الماء ثلاثة آلاف ليرة سورية، أي ما يعادل ستة دولارات.
ومع تفاقم أزمة المياه، أعلنت وزارة الموارد المائية خطة لتقنين ضخ المياه إلى العاصمة، وقالت إن ما يُضخ لسكان دمشق لا يتعدى 40 بالمائة من حاجتهم.
وينبع عين الفيجة في وادي بردى، وهو المصدر الرئيسي لمياه الشرب التي تغذي دمشق، لكن قصف قوات النظام بالبراميل المتفجرة أخرجه عن مجراه وملأ شوارع العاصمة بمياه اختلطت بالنفايات.
ومنذ سنوات لم تعانِ دمشق انقطاع المياه عدة أيام متتالية كما تعاني هذه الأيام.
""", [
    ev("spring-hit", "بعد استهداف قوات النظام وحزب الله عين الفيجة", HIT[0], "no own expression; the spring's facility was hit on 22-23 Dec 2016 (my span)", end=HIT[1]),
    ev("rationing-plan", "أعلنت وزارة الموارد المائية خطة لتقنين ضخ المياه", "2016-12-28", "no own expression; 'مع تفاقم أزمة المياه': between the end of December 2016 and the report of Wed 4 Jan 2017 (my loose span 28 Dec - 4 Jan; the day not checked)", end="2017-01-05"),
    ev("barada-flood", "وملأ شوارع العاصمة بمياه اختلطت بالنفايات", FLOOD[0], "no own expression; the flooding of al-Rabweh in the last days of December 2016 (my span 28-30 Dec)", end=FLOOD[1]),
    ev("water-cut", "لم تعانِ دمشق انقطاع المياه عدة أيام متتالية", CUTSTART, "'هذه الأيام': the cut that began on Thu 22 Dec 2016"),
])

# ---------------------------------------------------------------- morocco-zagora-thirst-protest-arrests-2017
S = "morocco-zagora-thirst-protest-arrests-2017"
art(S, "https://www.anfaspress.com/index.php/news/print/82545-2017-10-09-09-45-58",
    "2017-10-09", "date and time in the URL '82545-2017-10-09-09-45-58' (Mon 9 Oct 2017, 09:45); body 'مساء أمس الأحد 8 أكتوبر 2017' agrees; the repeated headline and the truncated last sentence dropped; the text gives the date of the protest, not its own date", False, """
زاكورة: مواجهات عنيفة بين قوات الأمن والمطالبين بالماء الشروب، واعتقالات بالجملة
تحولت الوقفة الاحتجاجية التي نظمها سكان مدينة زاكورة، مساء أمس الأحد 8 أكتوبر 2017، أمام مقر عمالة إقليم زاكورة، للاحتجاج على غياب الماء الشروب ومطالبة المسؤولين بتوفير هذه المادة الحيوية، إلى مواجهات عنيفة بين القوات العمومية وعناصر الشرطة وبعض الشبان المحتجين، أعقبتها أعمال شغب خلّفت عدداً كبيراً من الإصابات في صفوف الطرفين، واعتقال أكثر من 21 شخصاً، وخسائر مادية.
وقد انطلق الشكل الاحتجاجي بطريقة سلمية وحضارية، ورُدّدت خلاله شعارات كثيرة ذات بعد اجتماعي، منها "العمالة ها هي والماء فينا هو" و"اعلاش جينا واحتجينا الماء اللي ابغينا"، وتميزت الوقفة بالحضور الكثيف لسكان أغلب أحياء المدينة.
غير أنه فور انتهاء الوقفة وانسحاب المحتجين جماعياً عبر الشارع الرئيسي للمدينة (شارع محمد الخامس)، صدرت الأوامر بتفريقهم، فتدخلت قوات الأمن بعنف شديد لتفريق المتظاهرين.
""", [
    ev("protest", "تحولت الوقفة الاحتجاجية التي نظمها سكان مدينة زاكورة، مساء أمس الأحد 8 أكتوبر 2017", "2017-10-08", "'مساء أمس الأحد 8 أكتوبر 2017' = Sun 8 Oct 2017"),
    ev("clashes", "إلى مواجهات عنيفة بين القوات العمومية وعناصر الشرطة", "2017-10-08", "no own expression; the evening of Sun 8 Oct 2017, after the sit-in"),
    ev("arrests", "واعتقال أكثر من 21 شخصاً", "2017-10-08", "no own expression; on the evening and night of Sun 8 Oct 2017"),
    ev("dispersal", "فتدخلت قوات الأمن بعنف شديد", "2017-10-08", "no own expression; right after the sit-in of Sun 8 Oct 2017"),
])
art(S, "https://ar.lesiteinfo.com/?p=36224",
    "2017-10-09", "no stamp or URL date in the stored page: fixed by the body's 'مساء أمس الأحد' for the Zagora sit-in of Sun 8 Oct 2017 (another outlet: 'مساء أمس الأحد 8 أكتوبر 2017' in a page of 9 Oct) and 'زوال اليوم الإثنين' for the hearing: so Mon 9 Oct 2017; the related-article teaser, the WhatsApp and newsletter prompts dropped; no date of its own in the text", False, """
اعتقال 21 شخصا بسبب العطش بزاكورة
اعتُقل 21 شخصاً، أغلبهم قاصرون، مساء أمس الأحد، خلال وقفة احتجاجية نظمها سكان مدينة زاكورة تنديداً بانعدام الماء الصالح للشرب.
وخرج العشرات من سكان المنطقة في مسيرة احتجاجية اتجهت إلى مقر عمالة الإقليم، للمطالبة بحقهم في الماء الشروب الذي غاب عن بعض الأحياء منذ مدة طويلة، وبإيجاد حل لانقطاعه المتكرر، وبتوفيره بكمية كافية وجودة عالية.
وأسفرت المواجهات عن إصابة أربعة من عناصر الأمن وامرأة من المحتجين، كما أدت إلى توقيف أكثر من 20 شخصاً بينهم قاصرون، وسُجلت خسائر مادية تمثلت في تكسير زجاج عدد من السيارات الخاصة وثلاث سيارات تابعة للقوات العمومية.
وتجدر الإشارة إلى أن سكان المدينة يترقبون ما ستسفر عنه جلسة المحاكمة المقررة زوال اليوم الإثنين، التي سيمثل فيها 7 معتقلين أوقفتهم السلطات الأمنية عقب ما سُمّي "مسيرة العطش" المنظمة منتصف الأسبوع الماضي.
""", [
    ev("arrests", "اعتُقل 21 شخصاً، أغلبهم قاصرون، مساء أمس الأحد", "2017-10-08", "'مساء أمس الأحد' before Mon 9 Oct = Sun 8 Oct 2017"),
    ev("protest", "خلال وقفة احتجاجية نظمها سكان مدينة زاكورة", "2017-10-08", "'مساء أمس الأحد' = Sun 8 Oct 2017"),
    ev("injuries", "عن إصابة أربعة من عناصر الأمن", "2017-10-08", "no own expression; in the clashes of Sun 8 Oct 2017"),
    ev("hearing-first-group", "جلسة المحاكمة المقررة زوال اليوم الإثنين", "2017-10-09", "'زوال اليوم الإثنين' = Mon 9 Oct 2017 (scheduled hearing)"),
    ev("earlier-march", "\"مسيرة العطش\" المنظمة منتصف الأسبوع الماضي", "2017-10-03", "'منتصف الأسبوع الماضي' before Mon 9 Oct = around Wed 4 Oct 2017 (my span Tue 3 - Thu 5 Oct)", end="2017-10-06"),
])
art(S, "https://maghress.com/febrayer/511324",
    "2017-10-10", "a maghress mirror of a Febrayer item without stamp or URL date: fixed by the body's 'ارتفع عددهم من 21 يوم الأحد إلى 23 مساء أمس' (Sunday's sit-in was on Sun 8 Oct 2017, so 'مساء أمس' is Mon 9 Oct and the item is of Tue 10 Oct; Febrayer's item of Mon 9 Oct on the same sit-in is maghress 510997, a few hundred items earlier); no date of its own in the text", False, """
يبدو أن "ثورة العطش" بزاكورة لم تنته بعد، فقد نُظمت مساء الأحد وقفة احتجاجية للمطالبة بالماء الصالح للشرب أمام المكتب الوطني، ثم انتقلت إلى أمام مقر عمالة إقليم زاكورة، وشهدت أحداث شغب ومواجهات بين القوات العمومية ومحتجين أغلبهم قاصرون، أسفرت عن إصابات واعتقال 21 شخصاً وخسائر مادية.
وفي هذا السياق، قال إبراهيم رزقو، نائب رئيس فرع زاكورة للجمعية المغربية لحقوق الإنسان، في اتصال مع "فبراير"، إن الاحتجاجات لم تتوقف عند هذا الحد، بل أعقبتها مسيرة أخرى أمام حي المنصور الذهبي زادت الوضع تأججاً، إذ ارتفع عدد المعتقلين إلى 23 بعد اعتقال شخصين آخرين.
وأوضح المتحدث أن عدد المعتقلين على خلفية "ثورة الماء" ارتفع من 21 يوم الأحد إلى 23 مساء أمس، منهم 11 قاصراً، و5 منهم ستُحال ملفاتهم على غرفة الجنايات.
وأضاف: "تواصلنا نحن الهيئات الحقوقية مع عائلات المعتقلين، وعلمنا منهم أن العائلات كلها لم تكن على علم باعتقال أبنائها".
""", [
    ev("protest", "فقد نُظمت مساء الأحد وقفة احتجاجية", "2017-10-08", "'مساء الأحد' = Sun 8 Oct 2017"),
    ev("arrests", "أسفرت عن إصابات واعتقال 21 شخصاً", "2017-10-08", "no own expression; the arrests of the evening of Sun 8 Oct 2017"),
    ev("second-march", "بل أعقبتها مسيرة أخرى أمام حي المنصور الذهبي", "2017-10-08", "no own expression; after Sunday's sit-in and before the two arrests of Monday evening: Sun 8 - Mon 9 Oct 2017 (my span)", end="2017-10-10"),
    ev("two-more-arrests", "ارتفع من 21 يوم الأحد إلى 23 مساء أمس", "2017-10-09", "'مساء أمس' before Tue 10 Oct = Mon 9 Oct 2017"),
])

# ---------------------------------------------------------------- jordan-disi-pipeline-attack-2025
S = "jordan-disi-pipeline-attack-2025"
REPAIR = ("2025-08-17", "2025-08-19")  # repair work from the morning of Sun 17 Aug to the temporary fix of Mon 18 Aug 2025
art(S, "https://www.alwakeelnews.com/Section_1/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D9%85%D8%AD%D9%84%D9%8A%D8%A9/%D9%88%D9%82%D9%81-%D8%B6%D8%AE-%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87-%D8%B9%D9%86-%D9%85%D9%86%D8%A7%D8%B7%D9%82-%D9%81%D9%8A-%D8%B9%D9%85%D8%A7%D9%86-%D9%88%D8%A7%D9%84%D8%B1%D8%B5%D9%8A%D9%81%D8%A9-%D8%A7%D8%B3%D9%85%D8%A7%D8%A1_742572",
    "2025-08-17", "page stamps 'الأحد 2025-08-17 04:43 م' and 'الأحد، 17-08-2025 03:13 م' and the body's own 'اليوم الاحد 17 أب 2025' (17 Aug 2025 was a Sunday); the stamps, the tags, the 'اضافة اعلان' line and the truncated last sentence dropped; ' - اسماء' (the list of areas, not kept) cut from the headline", True, """
وقف ضخ المياه عن مناطق في عمّان والرصيفة
أعلنت وزارة المياه والري / سلطة المياه وشركة مياه الأردن "مياهنا" اليوم الاحد 17 أب 2025 عن تعرّض إحدى الهوايات الرئيسية لخط مياه الديسي لاعتداء صباح اليوم في إحدى مناطق مسار الخط الناقل بمنطقة الجفر.
وأوضحت أن الطواقم الفنية وفرق الصيانة التابعة لها ولشركة مياه الديسي "ديواكو" تعمل منذ لحظة رصد الاعتداء على إصلاح الضرر الناجم عنه، مؤكدة أن الإصلاح لا يمكن إلا بوقف الضخ، وأن بعض المناطق في العاصمة عمان والرصيفة ستتأثر جزئياً جراء هذا الاعتداء.
وبيّنت في التفاصيل أن الاعتداء وقع على إحدى الهوايات الرئيسية على طول مسار الخط في منطقة الجفر، وتسبب في كسرها بشكل مستهجن على أيدي مجهولين وفي تسرب كميات كبيرة من المياه قد تتزايد تباعاً، بهدف تعبئة صهاريج مخالفة وسقاية المواشي في المنطقة وجرّ المياه إلى الأودية المجاورة لري المزروعات.
وأضافت أن ذلك يستوجب وقف الضخ كلياً لإجراء الإصلاحات الفورية حمايةً لمنظومة الخط، اعتباراً من صباح يوم غد الاثنين الساعة العاشرة صباحا ولغاية الساعة 8 مساء، لتصويب الوضع وإصلاح الخط وإعادة تعبئته من جديد، ثم بدء الضخ إلى المناطق بعد ذلك.
""", [
    ev("halt-announcement", "أعلنت وزارة المياه والري / سلطة المياه وشركة مياه الأردن \"مياهنا\" اليوم الاحد 17 أب 2025", "2025-08-17", "'اليوم الاحد 17 أب 2025' = Sun 17 Aug 2025"),
    ev("attack", "لخط مياه الديسي لاعتداء صباح اليوم", "2025-08-17", "'صباح اليوم' = the morning of Sun 17 Aug 2025"),
    ev("repairs", "تعمل منذ لحظة رصد الاعتداء على إصلاح الضرر", REPAIR[0], "'منذ لحظة رصد الاعتداء': from the morning of Sun 17 Aug to the temporary fix of Mon 18 Aug 2025 (my span)", end=REPAIR[1]),
    ev("planned-halt", "يستوجب وقف الضخ كلياً لإجراء الإصلاحات الفورية", "2025-08-18", "'صباح يوم غد الاثنين الساعة العاشرة صباحا ولغاية الساعة 8 مساء' = Mon 18 Aug 2025, 10:00-20:00 (planned)"),
])
art(S, "https://al-lahtha.com/News/GetDetails/125982",
    "2025-08-18", "page stamps '2025-08-18' and 'نشر 2025-08-18 13:43:21' above the headline (dropped, with the visitor and share counters and the rubric 'محليات'); 18 Aug 2025 was a Monday, the day of the temporary fix (body 'الاثنين' agrees); the byline 'اللحظة الاخباري -' and the truncated last sentence dropped; no date of its own in the kept text", False, """
وزارة المياه والري تعلن معالجة مؤقتة لخط مياه الديسي وإعادة الضخ
أعلنت وزارة المياه والري، الاثنين، أنها عالجت بشكل مؤقت العطل الناجم عن الاعتداء على إحدى هوايات الخط الناقل (الديسي) في منطقة الجفر، وأعادت الضخ مباشرة إلى المناطق في عمان وأجزاء من الرصيفة.
وأكدت الوزارة في بيان أن الأمور ستعود إلى طبيعتها تلقائياً، وأن التأثير على المناطق الواردة في إعلان وقف الضخ سيكون جزئياً.
ووفق البيان، ستعود أدوار المياه في المناطق المعلن عنها تباعاً وبشكل تدريجي، وقد يطال بعضها شيء من الاختلالات، مشيرة إلى أن كوادر الوزارة تسعى إلى حصرها في أضيق نطاق.
وكانت وزارة المياه والري قد أعلنت عن اعتداء على أحد الهوايات الرئيسة لخط مياه الديسي صباح الأحد في إحدى مناطق مسار الخط الناقل بمنطقة الجفر.
""", [
    ev("temporary-fix", "أنها عالجت بشكل مؤقت العطل", "2025-08-18", "'الاثنين' = Mon 18 Aug 2025"),
    ev("pumping-resumed", "وأعادت الضخ مباشرة إلى المناطق", "2025-08-18", "'الاثنين' = Mon 18 Aug 2025"),
    ev("halt-announcement", "الواردة في إعلان وقف الضخ", "2025-08-17", "no own expression; the announcement of Sun 17 Aug 2025"),
    ev("turns-return", "ستعود أدوار المياه في المناطق المعلن عنها تباعاً", "2025-08-18", "no own expression; gradually from Mon 18 Aug 2025 (my span 18-20 Aug)", end="2025-08-21"),
    ev("attack", "عن اعتداء على أحد الهوايات الرئيسة لخط مياه الديسي صباح الأحد", "2025-08-17", "'صباح الأحد' = the morning of Sun 17 Aug 2025"),
])
art(S, "https://menafn.com/arabic/1109941578/%D9%88%D8%B2%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87-%D8%AA%D8%B9%D9%84%D9%86-%D9%85%D8%B9%D8%A7%D9%84%D8%AC%D8%A9-%D9%85%D9%88%D9%94%D9%82%D8%AA%D8%A9-%D9%84%D8%AE%D8%B7-%D9%85%D9%8A%D8%A7%D9%87-%D8%A7%D9%84%D8%AF%D9%8A%D8%B3%D8%A9-%D9%88%D8%A7%D9%95%D8%B9%D8%A7%D8%AF%D8%A9-%D8%A7%D9%84%D8%B6%D8%AE-%D9%84%D9%84%D9%85%D9%86%D8%A7%D8%B7%D9%82-%D8%AA%D8%A8%D8%A7%D8%B9%D8%A7",
    "2025-08-18", "page stamp '2025-08-18' and the body's own 'اليوم الاثنين 18 أب 2025' (18 Aug 2025 was a Monday); a menafn copy of a Khaberni item; the source tag 'خبرني -' and the truncated last sentence dropped", True, """
وزارة المياه تعلن معالجة مؤقتة لخط مياه الديسة وإعادة الضخ للمناطق تباعا
أعلنت وزارة المياه والري / سلطة المياه أن كوادرها الفنية والهندسية تمكنت، بالتعاون مع الشركة المشغلة لمياه الديسة "ديواكو"، اليوم الاثنين 18 أب 2025، وبعد جهود مضنية ومحاولات فنية من الطواقم المختصة منذ لحظة وقوع الاعتداء، من تحقيق اختراق نوعي بمعالجة العطل الناجم عن الاعتداء على إحدى هوايات الخط الناقل (الديسة) في منطقة الجفر بشكل مؤقت، وإعادة الضخ فوراً إلى المناطق في عمان وأجزاء من الرصيفة.
وأكدت أن الأمور ستعود إلى طبيعتها تلقائياً، وأن التأثير على المناطق الواردة في إعلان وقف الضخ سيكون جزئياً، وأن الوزارة وشركة مياه الأردن "مياهنا" تعملان على معالجة الاختلالات الناتجة عن الاعتداء وإيصال المياه إلى المناطق والمواطنين بأقصى إمكاناتهما وطاقاتهما.
وأوضحت الوزارة / سلطة المياه أن الفرق الفنية للوزارة ولشركة مياه الديسة تجري منذ يوم أمس محاولات فنية لإيجاد حل سريع، وقد أُنجز العمل قبل قليل بشكل مؤقت إلى حين إجراء عمليات الصيانة الوقائية الدورية السنوية لمنظومة مياه الديسة المتوقعة نهاية العام الحالي.
""", [
    ev("temporary-fix", "اليوم الاثنين 18 أب 2025", "2025-08-18", "'اليوم الاثنين 18 أب 2025' = Mon 18 Aug 2025"),
    ev("pumping-resumed", "وإعادة الضخ فوراً إلى المناطق", "2025-08-18", "no own expression; with the fix of Mon 18 Aug 2025"),
    ev("attack", "منذ لحظة وقوع الاعتداء", "2025-08-17", "no own expression; the attack on the morning of Sun 17 Aug 2025 ('منذ يوم أمس' agrees)"),
    ev("repairs", "تجري منذ يوم أمس محاولات فنية", REPAIR[0], "'منذ يوم أمس' before Mon 18 = from Sun 17 Aug 2025 to the fix on Mon 18 (my span)", end=REPAIR[1]),
    ev("annual-maintenance", "الصيانة الوقائية الدورية السنوية لمنظومة مياه الديسة", "2025-12-28", "'المتوقعة نهاية العام الحالي' = end of 2025: the annual shutdown took place from the morning of Sun 28 Dec 2025 to Thu 1 Jan 2026 (outside knowledge, the ministry's notice)", end="2026-01-01"),
])

# ---------------------------------------------------------------- egypt-giza-jazirat-al-dahab-outage-2025
S = "egypt-giza-jazirat-al-dahab-outage-2025"
FAULT = "2025-07-26"  # the Saqiyat Mekki cable / Jazirat al-Dahab substation failure, Saturday 26 July 2025 (evening)
art(S, "https://www.elmadena.com/article/10967/محافظة-الجيزة-تصدر-بيان-رسمي-بسبب-انقطاع",
    "2025-07-27", "page stamp 'الأحد، 27 يوليو 2025 12:48 م' under the headline (kept as first line, before the headline); 27 Jul 2025 was a Sunday; the site's current-date header ('الجمعة، 12 ديسمبر 2025 08:28 م'), the caption 'انقطاع الكهرباء' (twice), the byline 'مريم مصطفى' and the truncated last sentence dropped", True, """
الأحد، 27 يوليو 2025 12:48 م
محافظة الجيزة تصدر بيانا رسميا بشأن انقطاع المياه والكهرباء وموعد عودتهما
أعلنت محافظة الجيزة أن أعمال إصلاح العطل الفني الذي تسبب في انقطاع التيار الكهربائي والمياه عن عدد من المناطق الحيوية بالمحافظة أوشكت على الانتهاء، مشيرة إلى أن الخدمة ستعود تدريجياً خلال ساعة.
وأوضح بيان رسمي صادر عن المحافظة أن العطل المفاجئ وقع في محطة محولات جزيرة الدهب، وهي من المحطات الرئيسية المسؤولة عن تغذية عدة مناطق في الجيزة بالكهرباء، ما أدى إلى انسحاب الجهد من إحدى دوائر المحطة بجهد 220 ك.ف.
ونتج عن العطل انقطاع الكهرباء في مناطق العمرانية والهرم وفيصل والحوامدية وجزيرة الدهب، وهو ما انعكس بدوره على ضخ المياه، لا سيما أن بعض محطات المياه يعتمد على التيار الكهربائي اعتماداً مباشراً.
وأضاف البيان أن فرق الصيانة والطوارئ التابعة للشركة المصرية لنقل الكهرباء تواصل جهودها لإصلاح العطل، إذ دُفع بفرق فنية إلى موقع المحطة وبدأت أعمال الحفر والكشف الفني لتحديد السبب الدقيق للعطل ومعالجته.
""", [
    ev("statement", "وأوضح بيان رسمي صادر عن المحافظة", "2025-07-27", "no own expression; the governorate's statement of Sun 27 Jul 2025 (the stamp)"),
    ev("promised-return", "الخدمة ستعود تدريجياً خلال ساعة", "2025-07-27", "'خلال ساعة' after the statement of Sun 27 Jul 2025 (12:48) = the same day (promised; the outage in fact went on for days)"),
    ev("fault", "أن العطل المفاجئ وقع في محطة محولات جزيرة الدهب", FAULT, "no own expression; the failure of Sat 26 Jul 2025 (another report: 'منذ مساء أمس' on Sun 27; 'منذ يوم السبت الماضي')"),
    ev("outage", "ونتج عن العطل انقطاع الكهرباء في مناطق العمرانية", FAULT, "no own expression; the outage began on the evening of Sat 26 Jul 2025"),
    ev("excavation", "وبدأت أعمال الحفر والكشف الفني", "2025-07-27", "no own expression; under way at the statement of Sun 27 Jul 2025"),
])
art(S, "https://iqraa24.com/10088/%d8%ad%d8%b5%d8%b1%d9%8a%d9%8b%d8%a7-%d9%85%d8%b5%d8%af%d8%b1-%d9%85%d8%b3%d8%a4%d9%88%d9%84-%d9%8a%d9%83%d8%b4%d9%81-%d8%aa%d9%81%d8%a7%d8%b5%d9%8a%d9%84-%d8%ac%d8%af%d9%8a%d8%af%d8%a9",
    "2025-07-27", "no stamp or URL date in the stored page: fixed by the body's 'منذ مساء أمس' together with 'على مدار 18 ساعة' for the failure that began on the evening of Sat 26 Jul 2025 (another outlet's item stamped 27 Jul speaks of the same '18 ساعة'; the governorate's statement was stamped Sun 27 Jul 12:48): so Sun 27 Jul 2025; the site's note 'تمت إعادة صياغة المحتوى مع الالتزام بالتعليمات المطلوبة:', the sub-heading 'تفاصيل أزمة انقطاع الكهرباء والمياه', the headline (only a truncated URL slug) and the truncated last section dropped; no date of its own in the text", False, """
كشف مصدر مسؤول في وزارة الكهرباء والطاقة المتجددة عن آخر تطورات أزمة انقطاع الكهرباء والمياه في محافظة الجيزة، مؤكداً أنه يجري حالياً استبدال جزء كبير من الكابلات الكهربائية التابعة لمحطة محولات جزيرة الذهب.
ويأتي هذا الإجراء بعد فشل محاولات الشركة المصرية لنقل الكهرباء على مدار 18 ساعة في إصلاح العطل الذي قطع الكهرباء ومياه الشرب عن مناطق واسعة تشمل الجيزة والهرم وفيصل وساقية مكي منذ مساء أمس وحتى الآن.
وأوضح المصدر، في تصريحات خاصة، أن العمل يجري على قدم وساق لاستبدال الأجزاء المحترقة من الكابلات المتضررة في عملية دقيقة ومعقدة، يُتوقع أن تستغرق ما بين أربع وخمس ساعات قادمة.
وأشار إلى أن مجموع الأحمال الكهربائية التي فُصلت بسبب خروج محطة محولات جزيرة الذهب عن الخدمة يبلغ نحو 140 ميجا وات، وهو ما يبيّن حجم الانقطاع الكبير الذي شهدته المنطقة.
""", [
    ev("cable-replacement", "يجري حالياً استبدال جزء كبير من الكابلات الكهربائية", "2025-07-27", "'حالياً' = Sun 27 Jul 2025"),
    ev("failed-repairs", "فشل محاولات الشركة المصرية لنقل الكهرباء على مدار 18 ساعة", FAULT, "'على مدار 18 ساعة' since 'مساء أمس': from the evening of Sat 26 to Sun 27 Jul 2025 (my span)", end="2025-07-28"),
    ev("outage", "قطع الكهرباء ومياه الشرب عن مناطق واسعة", FAULT, "'منذ مساء أمس' before Sun 27 = the evening of Sat 26 Jul 2025"),
    ev("fault", "خروج محطة محولات جزيرة الذهب عن الخدمة", FAULT, "no own expression; the failure of the evening of Sat 26 Jul 2025"),
    ev("expected-completion", "يُتوقع أن تستغرق ما بين أربع وخمس ساعات قادمة", "2025-07-27", "'أربع وخمس ساعات قادمة' after the statement of Sun 27 Jul 2025 = the same day (expected)"),
])
art(S, "https://news.gulf365.net/egypt/13142640/%D9%85%D8%AD%D8%A7%D9%81%D8%B8%D8%A9-%D8%A7%D9%84%D8%AC%D9%8A%D8%B2%D8%A9-%D8%AA%D8%B9%D9%84%D9%86-%D8%A7%D9%84%D8%A7%D9%86%D8%AA%D9%87%D8%A7%D8%A1-%D9%85%D9%86-%D8%A5%D8%B5%D9%84%D8%A7%D8%AD-%D9%83%D8%A7%D8%A8%D9%84-%D9%85%D9%86%D8%B7%D9%82%D8%A9-%D8%B3%D8%A7%D9%82%D9%8A%D8%A9-%D9%85%D9%83%D9%89-%D9%88%D8%AA%D8%B9%D8%AA%D8%B0%D8%B1-%D9%84%D9%84%D9%85%D9%88%D8%A7%D8%B7%D9%86%D9%8A%D9%86---%D8%A7%D9%84%D8%AE%D9%84%D9%8A%D8%AC-365.html",
    "2025-07-28", "page stamp '2025-07-28' in the stored page (a Monday); the aggregator's wrapper 'شكرا لقرائتكم خبر عن ... والان مع تفاصيل الخبر' reduced to the headline it quotes; the truncated last sentence dropped; no date of its own in the text", False, """
محافظة الجيزة تعلن الانتهاء من إصلاح كابل منطقة ساقية مكى.. وتعتذر للمواطنين
أعلنت محافظة الجيزة الانتهاء من أعمال إصلاح كابل الجهد العالي (66 ك.ف) بمنطقة ساقية مكي في حي جنوب الجيزة، والبدء في إعادة التيار الكهربائي تدريجياً إلى كل المناطق المتضررة والمنشآت الحيوية والعامة، بالتوازي مع إعادة تشغيل محطة مياه جزيرة الذهب بشكل منتظم، لضمان عودة المياه إلى وضعها الطبيعي في المناطق التي تأثرت.
وقدّمت محافظة الجيزة خالص اعتذارها إلى المواطنين عن أي إزعاج أو معاناة نجمت عن انقطاع التيار الكهربائي أو تأثر خدمات المياه، مؤكدة حرصها التام على اتخاذ كل الإجراءات العاجلة لضمان استقرار الخدمة في أسرع وقت.
يُذكر أن عدداً من مناطق محافظة الجيزة تعرض لانقطاع خدمتي الكهرباء ومياه الشرب بسبب عطل طارئ في الكابل الكهربائي الأرضي أمام محطة مترو ساقية مكي، تسبب في توقف الخدمة بمحطة مياه جزيرة الدهب.
""", [
    ev("cable-repaired", "الانتهاء من أعمال إصلاح كابل الجهد العالي (66 ك.ف)", "2025-07-27", "no own expression; announced between Sun 27 and the stamp of Mon 28 Jul 2025 (my span 27-28 Jul)", end="2025-07-29"),
    ev("water-plant-restart", "إعادة تشغيل محطة مياه جزيرة الذهب بشكل منتظم", "2025-07-27", "no own expression; with the repair, Sun 27 - Mon 28 Jul 2025 (my span)", end="2025-07-29"),
    ev("apology", "وقدّمت محافظة الجيزة خالص اعتذارها إلى المواطنين", "2025-07-27", "no own expression; with the same announcement (my span 27-28 Jul 2025)", end="2025-07-29"),
    ev("outage", "تعرض لانقطاع خدمتي الكهرباء ومياه الشرب", FAULT, "no own expression; the outage began on the evening of Sat 26 Jul 2025"),
    ev("fault", "بسبب عطل طارئ في الكابل الكهربائي الأرضي", FAULT, "no own expression; the failure of the evening of Sat 26 Jul 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 205)
                            if i != 201 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

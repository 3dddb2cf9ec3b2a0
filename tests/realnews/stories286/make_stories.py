"""Builds stories.jsonl: the 286-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories266/make_stories.py). Domain: cholera, dengue and malaria outbreaks in Arab countries:
the imported-malaria surge in Algeria's far south (Sep-Oct 2020), the dengue outbreak of Quseir (Egypt) and the
school boycott it set off (Sep-Oct 2017), the cholera deaths of Abu Ghraib west of Baghdad (Sep 2015), the
cholera outbreak of Blue Nile state in Sudan (Sep 2019) and the first cholera cases of Sanaa (Oct 2016).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-south-malaria-2020
S = "algeria-south-malaria-2020"
SEPT = ("2020-09-01", "2020-10-01")  # the September 2020 surge of (imported) malaria in the southern wilayas
art(S, "https://alaraby.co.uk/society/%D9%88%D9%81%D9%8A%D8%A7%D8%AA-%D9%88%D8%A5%D8%B5%D8%A7%D8%A8%D8%A7%D8%AA-%D8%A8%D8%A7%D9%84%D9%85%D9%84%D8%A7%D8%B1%D9%8A%D8%A7-%D9%81%D9%8A-%D8%A8%D9%84%D8%AF%D8%A7%D8%AA-%D8%AC%D9%86%D9%88%D8%A8%D9%8A%C2%A0%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1",
    "2020-09-28", "page date '28 سبتمبر 2020' under the headline of the stored page (kept as first line; 28 Sep 2020 was a Monday); the caption 'مكافحة البعوض ضرورية لمكافحة الملاريا (فرانس برس)' and the font buttons dropped; the last, truncated sentence dropped", True, """
28 سبتمبر 2020
وفيات وإصابات بالملاريا في بلدات جنوبي الجزائر
يخيّم القلق على ولايات الجنوب الجزائري عقب ظهور وباء الملاريا والإعلان عن وفاة مصابين وإصابة ما يزيد على 80 شخصًا بالوباء، وسط مطالبات للسلطات بالتحرك سريعًا لمحاصرته وإيفاد فرق طبية مساندة إلى المناطق المتضررة.
واستقبل مستشفى مدينة "برج باجي مختار" في أقصى الجنوب أكثر من 60 مصابًا بالملاريا، وخُصصت ثلاث غرف لاستقبال المرضى، كما استقبل مركز صحي في بلدة تيمياوين الواقعة على الحدود مع مالي عددًا من المصابين بهذا الوباء الذي ينقله البعوض وتغذيه المستنقعات والمياه الراكدة.
وأوضح مليك تامياوات لـ"العربي الجديد" أن الملاريا انتشرت بين سكان بلدته تيمياوين، وطالب الحكومة بمحاصرة الوباء، مشيرًا إلى أن قرية في مالي قريبة من البلدة الجزائرية تعيش وضعًا مأساويًا بسبب تفشي المرض وضعف الخدمات الصحية.
ولم تنشر السلطات الصحية في الجزائر أي بيانات أو تفاصيل عن تطورات الوضع الصحي في المناطق الجنوبية، في حين طالب رئيس حركة البناء الوطني، عبد القادر بن قرينة، السلطات بتوضيح حقيقة الإصابات بالملاريا المسجلة في ولايتي أدرار وتمنراست.
""", [
    ev("malaria-outbreak", "عقب ظهور وباء الملاريا", SEPT[0], "no own expression; the September 2020 surge in the south (the ministry's statement of Tue 29 Sep: 'مثل كل سنة في شهر شتنبر'): span Sep 2020", end=SEPT[1]),
    ev("deaths-announced", "والإعلان عن وفاة مصابين", "2020-09-24", "no own expression; deaths announced in the days before the report of Mon 28 Sep 2020 (my span 24-28 Sep)", end="2020-09-29"),
    ev("bbm-hospital-cases", "واستقبل مستشفى مدينة \"برج باجي مختار\"", "2020-09-21", "no own expression; the admissions of the last days before Mon 28 Sep 2020 (my span 21-28 Sep)", end="2020-09-29"),
    ev("bengrina-call", "طالب رئيس حركة البناء الوطني", "2020-09-26", "no own expression; the call made shortly before the report of Mon 28 Sep 2020 (my span 26-28 Sep)", end="2020-09-29"),
])
art(S, "https://almashhadalaraby.com/news/221077",
    "2020-09-30", "page date line 'الأربعاء 30 سبتمبر 2020 04:06:01' under the headline (kept as first line; 30 Sep 2020 was a Wednesday); the body's 'أمس الثلاثاء' agrees; the section word 'صحة' and the later 'السبت 13 إبريل 2024' line of the page furniture dropped", True, """
الأربعاء 30 سبتمبر 2020 04:06:01
الملاريا تدخل الجزائر.. 1110 إصابة في 5 محافظات
أحصت وزارة الصحة في الجزائر، أمس الثلاثاء، 1110 إصابات بمرض الملاريا في 5 محافظات بجنوب البلاد.
وبيّنت الوزارة في بيان أصدرته أن محافظة تمنراست سجّلت الحصيلة الأكبر بـ918 إصابة بالملاريا، تليها محافظة أدرار بـ96 إصابة، ثم محافظة إيليزي ثالثةً بـ89 إصابة، فورقلة بـ5 إصابات، بينما سُجلت إصابتان بالملاريا في غرداية.
ولفت البيان إلى أن أصحاب بعض الإصابات المسجّلة قدموا من الخارج، وأنهم تلقوا الرعاية في المؤسسات الصحية، مضيفًا أن هذه المحافظات ستُزوَّد بالكميات الكافية من اللقاح المضاد للملاريا.
""", [
    ev("ministry-statement", "أحصت وزارة الصحة في الجزائر، أمس الثلاثاء", "2020-09-29", "'أمس الثلاثاء' from Wed 30 Sep 2020 = Tue 29 Sep"),
    ev("malaria-outbreak", "سجّلت الحصيلة الأكبر بـ918 إصابة", SEPT[0], "no own expression; the cases of the September 2020 surge counted in the statement: span Sep 2020", end=SEPT[1]),
    ev("cases-treated", "تلقوا الرعاية في المؤسسات الصحية", SEPT[0], "no own expression; the care given to the September cases up to the statement of Tue 29 Sep 2020 (my span 1-29 Sep)", end="2020-09-30"),
])
art(S, "https://ar-tn.mega24.news/2020/09/30/%d8%a5%d8%b1%d8%aa%d9%81%d8%a7%d8%b9-%d8%ad%d8%b5%d9%8a%d9%84%d8%a9-%d8%b6%d8%ad%d8%a7%d9%8a%d8%a7-%d8%a7%d9%84%d9%85%d9%84%d8%a7%d8%b1%d9%8a%d8%a7-%d9%81%d9%8a-%d8%a7%d9%84%d8%ac%d8%b2%d8%a7%d8%a6/amp",
    "2020-09-30", "date in the URL '/2020/09/30/'; the body's 'اليوم الأربعاء' agrees (30 Sep 2020 was a Wednesday); headline rendered from the URL slug (cut where the slug breaks off); the byline 'الجزائر: عبد الله ناصري' dropped; no date of its own in the text", False, """
ارتفاع حصيلة ضحايا الملاريا في الجزائر
أعلنت مديرية الصحة لولاية إليزي، في أقصى الجنوب الجزائري، اليوم الأربعاء، تسجيل 93 إصابة بداء الملاريا ووفاة واحدة لرعية إفريقي على مستوى الولاية.
ومن بين المصابين بالملاريا 87 مهاجرًا إفريقيًا دخلوا التراب الجزائري بصورة غير قانونية.
كما أصيب 8 مواطنين جزائريين كانوا قد تواجدوا مؤخرا في المناطق الموبوءة بدولتي مالي والنيجر.
وسُجلت بداية الأسبوع حالتا وفاة في ولاية تمنراست، علمًا أن وزارة الصحة كانت قد أعلنت تسجيل ما يزيد على 1100 إصابة بالملاريا.
""", [
    ev("illizi-report", "اليوم الأربعاء، تسجيل 93 إصابة بداء الملاريا", "2020-09-30", "'اليوم الأربعاء' = Wed 30 Sep 2020 (the URL day)"),
    ev("illizi-death", "ووفاة واحدة لرعية إفريقي", "2020-09-24", "no own expression; a death reported on Wed 30 Sep 2020, in the week before (my span 24-30 Sep)", end="2020-10-01"),
    ev("tamanrasset-deaths", "وسُجلت بداية الأسبوع حالتا وفاة", "2020-09-27", "'بداية الأسبوع' from Wed 30 Sep 2020 = the start of that week (Algeria's week begins on Sunday): Sun 27 - Mon 28 Sep", end="2020-09-29"),
    ev("ministry-statement", "وزارة الصحة كانت قد أعلنت تسجيل", "2020-09-29", "no own expression; the ministry's statement of Tue 29 Sep 2020 (the almashhadalaraby report of Wed 30: 'أمس الثلاثاء')"),
])
art(S, "https://www.alarabetv.com/%d9%88%d8%b2%d8%a7%d8%b1%d8%a9-%d8%a7%d9%84%d8%b5%d8%ad%d8%a9-%d8%a7%d9%84%d8%ac%d8%b2%d8%a7%d8%a6%d8%b1%d9%8a%d8%a9-%d8%aa%d8%b9%d9%84%d9%86-%d8%aa%d8%b3%d8%ac%d9%8a%d9%84-%d8%a3%d8%b2%d9%8a%d8%af/",
    "2020-10-01", "page date '1 أكتوبر 2020' next to the view counter under the headline (kept as first line; 1 Oct 2020 was a Thursday); channel name, view count, 'رابط مختصر', source line and comment rules dropped; the source's 'لدغات الذباب' slip left out with its clause", True, """
1 أكتوبر 2020
وزارة الصحة الجزائرية تعلن تسجيل أزيد من 1100 إصابة بالملاريا في جنوب البلاد
أفادت وزارة الصحة الجزائرية بأن ما يزيد على 1100 إصابة بالملاريا سُجلت في خمس ولايات بجنوب البلاد.
وذكرت الوزارة في بيان لها أنه "مثل كل سنة في شهر شتنبر، وبعد الأمطار الأولى" يرتفع عدد الإصابات بالملاريا المستوردة، التي تأتي أساسًا من بلدان الساحل المجاورة أو من جزائريين أمضوا أيامًا في تلك البلدان.
وأضاف المصدر نفسه أن ولاية تمنراست هي الأشد تضررًا بالملاريا بـ918 إصابة، تليها ولاية أدرار (96 إصابة) ثم إيليزي (89 إصابة) وورقلة (5 إصابات)، في حين لم تسجل غرداية سوى حالتين.
ويُذكر أن الملاريا مرض قد يفضي إلى الوفاة، وقد أصاب في سنة 2018 نحو 228 مليون شخص حول العالم، توفي منهم 450 ألفًا، وفق منظمة الصحة العالمية.
""", [
    ev("ministry-statement", "أفادت وزارة الصحة الجزائرية بأن", "2020-09-29", "no own expression; the ministry's statement of Tue 29 Sep 2020 (almashhadalaraby of Wed 30: 'أمس الثلاثاء')"),
    ev("malaria-outbreak", "مثل كل سنة في شهر شتنبر، وبعد الأمطار الأولى", SEPT[0], "'في شهر شتنبر' of 2020, the month of the statement: Sep 2020", end=SEPT[1]),
    ev("global-2018", "أصاب في سنة 2018 نحو 228 مليون شخص", "2018-01-01", "'في سنة 2018': the year 2018", end="2019-01-01"),
])

# ---------------------------------------------------------------- egypt-quseir-dengue-schools-2017
S = "egypt-quseir-dengue-schools-2017"
ONSET = ("2017-09-04", "2017-09-14")  # the start of the outbreak: '3 weeks' / 'more than 25 days' before Sat 30 Sep 2017, before the first notification of 14 Sep
BOYCOTT = ("2017-10-01", "2017-10-03")  # parents keeping their children at home, Sun 1 - Mon 2 Oct 2017
art(S, "https://amireta.com/2017/09/30/%d8%a5%d8%b7%d9%84%d8%a7%d9%82-%d9%87%d8%a7%d8%b4%d8%aa%d8%a7%d8%ac-%d8%a7%d9%84%d9%82%d8%b5%d9%8a%d8%b1_%d8%aa%d9%85%d8%b1%d8%b6-%d9%84%d9%85%d9%88%d8%a7%d8%ac%d9%87%d8%a9-%d8%ad",
    "2017-09-30", "date in the URL '/2017/09/30/' (no stamp in the stored text; 30 Sep 2017 was a Saturday); headline rendered from the URL slug (the slug breaks off after 'لمواجهة ح'); no date of its own in the text", False, """
إطلاق هاشتاج «#القصير_تمرض» لمواجهة حمى الضنك
أطلق عدد من شباب مدينة القصير جنوب محافظة البحر الأحمر هاشتاج «#القصير_تمرض» على مواقع التواصل الاجتماعي بـ٣ لغات أجنبية، بسبب تفشي حمّى الضنك في المدينة منذ ٣ أسابيع.
وتداولت صفحات التواصل الهاشتاج بالعربية والإنجليزية والفرنسية والألمانية، بينما يتفشى المرض في المدينة منذ أكثر من 25 يومًا، وقد اختلف الأطباء في تشخيصه، فقالوا في البداية إنه إنفلونزا موسمية، إلى أن أكدت لجنة من وزارة الصحة بعد زيارتها القصير، مع تزايد أعداد المرضى، أنه حُمّى الضنك التي ينشرها البعوض والناموس.
وذكر أصحاب الهاشتاج أن الجدل حول طبيعة المرض لا يزال قائمًا في المدينة رغم التشخيص، وسط لامبالاة غير مألوفة من الجهات الرسمية التي ترفض الإقرار بانتشار المرض وبلوغه مرحلة الوباء.
وأوضحوا أن المدينة تشكو نقصًا شديدًا في الأدوية والمستلزمات الطبية، ما دفع أهلها إلى بدء حملة لجمع الأدوية أسهم فيها أهالي الغردقة ورأس غارب بإرسال كميات كبيرة منها، غير أن النقص الحاد مستمر مع بدء العام الدراسي وانتشار المرض بين التلاميذ.
""", [
    ev("hashtag-launch", "أطلق عدد من شباب مدينة القصير", "2017-09-29", "no own expression; the hashtag launched by the report of Sat 30 Sep 2017 (my span 29-30 Sep)", end="2017-10-01"),
    ev("outbreak-onset", "تفشي حمّى الضنك في المدينة منذ ٣ أسابيع", ONSET[0], "'منذ ٣ أسابيع' from Sat 30 Sep 2017 = about Sat 9 Sep; the text's 'منذ أكثر من 25 يومًا' puts it before 5 Sep and the ministry dates the first hospital cases to 13-14 Sep: my span 4-13 Sep", end=ONSET[1]),
    ev("ministry-diagnosis", "أكدت لجنة من وزارة الصحة بعد زيارتها القصير", "2017-09-14", "no own expression; the ministry's team went to Quseir after the first notification of 14 Sep 2017 (masrawy of 10 Oct) and the diagnosis was out by the report of Sat 30 Sep: my span 14-30 Sep", end="2017-10-01"),
    ev("school-year-start", "مع بدء العام الدراسي", "2017-09-23", "no own expression; Egypt's school year 2017/2018 began on Sat 23 Sep 2017 (the ministry's calendar, outside knowledge for this text)"),
])
art(S, "https://elwatannews.com/news/details/2569329",
    "2017-10-01", "no stamp on the stored page: the body's 'نسبة الغياب اليوم' of 72 % is the figure of Sun 1 Oct 2017 (almasryalyoum of Mon 2 Oct: 'شهدت الأحد ... 72%') and 'تظاهر مساء أمس' is the protest of Sat 30 Sep ('مساء السبت') = Sun 1 Oct 2017; the tag list dropped; the last sentence cut to its last complete clause; no date of its own in the text", False, """
«مدارس القصير»: 72% غياب.. و«الصحة» تنفي وقوع وفيات بسبب حمى الضنك
لبّى طلاب مدينة القصير في البحر الأحمر دعوات أهاليهم إلى عدم التوجه إلى المدارس بسبب تفشي «حمى الضنك» في المدينة، فلم تتجاوز نسبة حضورهم في المدارس 28%.
وأفادت نورا فاضل، وكيل وزارة التربية والتعليم في البحر الأحمر، بأن نسبة الغياب اليوم في مدارس «القصير» بمختلف مراحلها التعليمية بلغت 72% من الطلاب.
وأضافت أن نسبة حضور المعلمين وصلت إلى 82%، وأنهم يؤدون عملهم بصورة طبيعية مع الطلاب الحاضرين.
وبيّنت أنها لم تتلقَّ أي إخطار أو قرار بإغلاق المدارس، لا من وزارة التربية والتعليم ولا من محافظ البحر الأحمر، مؤكدة أن المدارس مفتوحة وتواصل استقبال الطلاب.
وكان المئات قد تظاهروا مساء أمس في شوارع مدينة القصير جنوب البحر الأحمر.
""", [
    ev("sunday-absence", "نسبة الغياب اليوم في مدارس «القصير»", "2017-10-01", "'اليوم' = Sun 1 Oct 2017 (the publication day)"),
    ev("health-denial", "و«الصحة» تنفي وقوع وفيات", "2017-09-30", "no own expression; the ministry spokesman's denial on the evening of Sat 30 Sep 2017 (rassd: 'مساء السبت'), reported on Sun 1 Oct: span 30 Sep - 1 Oct", end="2017-10-02"),
    ev("protest", "قد تظاهروا مساء أمس في شوارع مدينة القصير", "2017-09-30", "'مساء أمس' from Sun 1 Oct 2017 = the evening of Sat 30 Sep"),
])
art(S, "https://amay1.sarmady.net/news/details/1199402",
    "2017-10-02", "page date line 'الإثنين 02-10-2017 05:55' under the headline (kept as first line; 2 Oct 2017 was a Monday); byline and photo caption dropped", True, """
الإثنين 02-10-2017 05:55
حمى الضنك تمنح طلاب القصير «إجازة جبرية»
أعلن كثير من أهالي مدينة القصير في البحر الأحمر أنهم ماضون في منع أبنائهم من التوجه إلى المدارس خوفًا من انتشار حمى الضنك، مؤكدين أنهم لن يسمحوا لهم بالذهاب إلى مدارسهم، الاثنين.
وكانت مدارس القصير قد شهدت الأحد تراجعًا كبيرًا في نسبة الحضور، استجابةً لدعوة الأهالي إلى إبقاء أبنائهم في البيوت بسبب تفشي حمى الضنك بين المئات من سكان المدينة.
وأوضحت نورا فاضل، مديرة مديرية التربية والتعليم بالبحر الأحمر، أن نسبة الحضور في مدارس القصير بمختلف المراحل لم تتعدَّ 28%، بينما بلغت نسبة الغياب 72%، مضيفة أن نسب الحضور والغياب في مدارس القصير تُتابَع يوميا بشكل دوري.
وكان عدد كبير من أهالي المدينة قد تظاهروا، مساء السبت، للمطالبة بعدم إرسال الأبناء إلى المدارس بعد تفشي المرض.
""", [
    ev("parents-boycott", "ماضون في منع أبنائهم من التوجه إلى المدارس", BOYCOTT[0], "no own expression; the parents' boycott from Sun 1 to Mon 2 Oct 2017 (the report's day)", end=BOYCOTT[1]),
    ev("monday-absence", "لن يسمحوا لهم بالذهاب إلى مدارسهم، الاثنين", "2017-10-02", "'الاثنين' = Mon 2 Oct 2017 (the date line's day)"),
    ev("sunday-absence", "شهدت الأحد تراجعًا كبيرًا في نسبة الحضور", "2017-10-01", "'الأحد' before Mon 2 Oct 2017 = Sun 1 Oct"),
    ev("protest", "قد تظاهروا، مساء السبت", "2017-09-30", "'مساء السبت' before Mon 2 Oct 2017 = the evening of Sat 30 Sep"),
])
art(S, "https://youm7.com/story/2017/10/2/تعليم-البحر-الأحمر-نسبة-الحضور-فى-مدارس-القصير-13-6/3438671",
    "2017-10-02", "date in the URL '/2017/10/2/'; the body's 'اليوم الأثنين' agrees (2 Oct 2017 was a Monday); headline rendered from the URL slug; the comment notice dropped; no date of its own in the text", False, """
تعليم البحر الأحمر: نسبة الحضور فى مدارس القصير 13.6%
أعلنت نورة فاضل، مديرة مديرية التربية والتعليم بالبحر الأحمر، أن نسبة الحضور في مدارس القصير اليوم الأثنين لم تتجاوز 13.6%، مؤكدة أن نسبة الغياب ارتفعت لتصل إلى 86.4%.
وأضافت في تصريح لـ"اليوم السابع" أن نسب حضور المعلمين زادت على 80%، مشددة على أن نسب الحضور والغياب في مدارس القصير تخضع لمتابعة دورية يوميا.
وكان عدد كبير من أهالي المدينة قد أبقوا أبناءهم بعيدًا عن المدارس بعد الحديث عن تفشي حمى الضنك.
""", [
    ev("monday-absence", "نسبة الحضور في مدارس القصير اليوم الأثنين", "2017-10-02", "'اليوم الأثنين' = Mon 2 Oct 2017 (the URL day)"),
    ev("teachers-attendance", "نسب حضور المعلمين زادت على 80%", "2017-10-02", "no own expression; the teachers' attendance of the same day, Mon 2 Oct 2017"),
    ev("parents-boycott", "قد أبقوا أبناءهم بعيدًا عن المدارس", BOYCOTT[0], "no own expression; the parents' boycott from Sun 1 to Mon 2 Oct 2017 (almasryalyoum and elwatan)", end=BOYCOTT[1]),
])

# ---------------------------------------------------------------- iraq-abu-ghraib-cholera-2015
S = "iraq-abu-ghraib-cholera-2015"
DEATHS = ("2015-09-14", "2015-09-19")  # the four women who died in Abu Ghraib, announced by the governor on Fri 18 Sep 2015
art(S, "https://elaph.com/Web/News/2015/9/1040633.html",
    "2015-09-19", "no stamp on the stored page (the URL gives only '2015/9'): the AFP report's 'السبت' for the spokesman's statement and the minister's visit and 'يوم غد (الاحد)' for the lab results = Sat 19 Sep 2015 (amay1 of Sun 20 Sep: the ministry's statement 'السبت'); the dateline 'بغداد:' dropped; headline written from the body (the stored text has none); the closing background sentences dropped; no date of its own in the text", False, """
العراق يشتبه بوفاة أربعة أشخاص بالكوليرا غرب بغداد
تشتبه السلطات العراقية في أن أربع وفيات حديثة في مناطق غرب بغداد نجمت عن الإصابة بالكوليرا، إذ يعاني السكان، ومنهم نازحون، من نقص في المياه النظيفة، وفق ما أفاد متحدث باسم وزارة الصحة السبت.
وقال الطبيب رفاق طالب الأعرجي لوكالة فرانس برس إن أربعة أشخاص توفوا في أبو غريب ويُرجَّح بقوة أنهم أصيبوا بالكوليرا، "لكننا ننتظر نتائج المختبر التي ستظهر يوم غد (الاحد)".
وأضاف أن الوزارة كانت قد أعلنت في الاسبوع الماضي "وجود 12 حالة اصابة بالكوليرا" في أبو غريب وفي مدينة النجف جنوبي البلاد، وأن "حالات اخرى في ابو غريب" سُجلت هذا الاسبوع.
وأرجع الأعرجي الإصابات في هذه المناطق إلى شرب مياه غير صالحة واعتماد الأهالي على الشرب من نهر الفرات والآبار ومن المياه الملوثة، بسبب تراجع منسوب النهر هذه الفترة.
وأوضح أن فريقًا من الوزارة ترأسه الوزيرة عديلة حمود حسين زار السبت أبو غريب، وأن الجهود كلها تنصبّ على منع انتشار المرض في المنطقة، بتعزيز الكوادر الطبية فيها وتشكيل خلية أزمة في وزارة الصحة.
""", [
    ev("ministry-saturday-statement", "وفق ما أفاد متحدث باسم وزارة الصحة السبت", "2015-09-19", "'السبت' = Sat 19 Sep 2015 (the publication day)"),
    ev("four-deaths", "أربعة أشخاص توفوا في أبو غريب", DEATHS[0], "no own expression; the four deaths in Abu Ghraib announced on Fri 18 Sep 2015 (imlebanon: 'الجمعة'), in the days before: my span 14-18 Sep", end=DEATHS[1]),
    ev("lab-results", "نتائج المختبر التي ستظهر يوم غد (الاحد)", "2015-09-20", "'يوم غد (الاحد)' from Sat 19 Sep 2015 = Sun 20 Sep"),
    ev("twelve-cases", "قد أعلنت في الاسبوع الماضي", "2015-09-06", "'في الاسبوع الماضي' from Sat 19 Sep 2015: the week before (my span 6-18 Sep)", end="2015-09-19"),
    ev("minister-visit", "عديلة حمود حسين زار السبت أبو غريب", "2015-09-19", "'السبت' = Sat 19 Sep 2015"),
])
art(S, "https://amay1.sarmady.net/news/details/813999",
    "2015-09-20", "page date line 'الأحد 20-09-2015 10:49' under the headline (kept as first line; 20 Sep 2015 was a Sunday); byline 'الأناضول' and photo caption dropped; the last, truncated sentence dropped", True, """
الأحد 20-09-2015 10:49
العراق: ارتفاع عدد الإصابات بوباء الكوليرا إلى 141
أعلن مسؤول محلي في محافظة بغداد، الأحد، أن الإصابات بمرض الكوليرا في قضاء أبوغريب غربي بغداد ارتفعت إلى 141 إصابة، بينما دعت لجنة الصحة والبيئة في البرلمان إلى إعلان حالة الطوارئ في البلاد لاحتواء تفشي المرض.
وكانت وزارة الصحة العراقية قد أعلنت، السبت، تسجيل 48 إصابة بمرض الكوليرا في عموم البلاد، ووفاة أربع نساء يُعتقد أنهن أصبن بالمرض.
وأوضح عثمان المعاضيدي، قائممقام قضاء أبوغريب، أن الإصابات المحتملة بالكوليرا في القضاء بلغت حتى اليوم 141 حالة، منها 37 حالة مؤكدة، وأن جميع المصابين الـ141 يتلقون العلاج حاليا في مستشفى القضاء.
وأشار المعاضيدي إلى حالة وفاة جديدة لم يراجع صاحبها المستشفى، يُرجَّح أن سببها الإصابة بالكوليرا، مؤكدًا أن المشكلة التي أدت إلى ظهور المرض في القضاء، وهي عدم توفير مياه الشرب الكافية لمناطقه، لا تزال قائمة.
وبيّن المسؤول أن أغلب مشاريع المياه في القضاء متوقفة، وأن سكان المناطق النائية يعتمدون على الشرب من الآبار، مؤكدًا أن مستشفى القضاء لم يعد يتسع للمصابين لصغره.
""", [
    ev("abu-ghraib-141", "أعلن مسؤول محلي في محافظة بغداد، الأحد", "2015-09-20", "'الأحد' = Sun 20 Sep 2015 (the date line's day)"),
    ev("parliament-call", "دعت لجنة الصحة والبيئة في البرلمان", "2015-09-19", "no own expression; the committee's call reported with the figures of Sun 20 Sep 2015 (my span 19-20 Sep)", end="2015-09-21"),
    ev("ministry-saturday-statement", "قد أعلنت، السبت، تسجيل 48 إصابة", "2015-09-19", "'السبت' before Sun 20 Sep 2015 = Sat 19 Sep"),
    ev("four-deaths", "ووفاة أربع نساء يُعتقد أنهن أصبن بالمرض", DEATHS[0], "no own expression; the four women's deaths announced on Fri 18 Sep 2015 (imlebanon), in the days before: my span 14-18 Sep", end=DEATHS[1]),
    ev("new-death", "حالة وفاة جديدة لم يراجع صاحبها المستشفى", "2015-09-19", "no own expression; a death reported on Sun 20 Sep 2015 after the ministry's toll of Sat 19 (my span 19-20 Sep)", end="2015-09-21"),
])
art(S, "https://imlebanon.org/2015/09/20/4-dead-iraq-cholera",
    "2015-09-20", "date in the URL '/2015/09/20/' (no stamp in the stored text; 20 Sep 2015 was a Sunday); the body's 'السبت' and 'الجمعة' agree; site name and the caption 'iraq' dropped; no date of its own in the text", False, """
ارتفاع عدد ضحايا الكوليرا في العراق
أعلن رئيس مجلس محافظة بغداد، رياض العضاض، السبت، وفاة 4 مصابين جدد بالكوليرا، ليرتفع عدد المتوفين المصابين بهذا المرض خلال اليوم إلى 8 أشخاص.
وعزا البعض تفشي الكوليرا في مناطق حزام بغداد إلى سوء الإدارة وعدم تأمين المياه للمواطنين.
وكان محافظ بغداد، علي التميمي، قد أعلن، الجمعة، وفاة 4 نساء وإصابة 65 شخصًا بالكوليرا في قضاء أبو غريب غربي العاصمة، مؤكدًا التنسيق مع منظمة الأمم المتحدة للطفولة "يونيسف" لتوزيع 50 ألف صندوق من الماء المقطر.
""", [
    ev("four-new-deaths", "رياض العضاض، السبت، وفاة 4 مصابين جدد", "2015-09-19", "'السبت' before Sun 20 Sep 2015 = Sat 19 Sep"),
    ev("governor-announcement", "علي التميمي، قد أعلن، الجمعة", "2015-09-18", "'الجمعة' before Sun 20 Sep 2015 = Fri 18 Sep"),
    ev("four-deaths", "وفاة 4 نساء وإصابة 65 شخصًا", DEATHS[0], "no own expression; the deaths announced on Fri 18 Sep 2015, in the days before: my span 14-18 Sep", end=DEATHS[1]),
    ev("unicef-water", "التنسيق مع منظمة الأمم المتحدة للطفولة", "2015-09-18", "no own expression; the coordination announced on Fri 18 Sep 2015 (my span 18-20 Sep)", end="2015-09-21"),
])

# ---------------------------------------------------------------- sudan-blue-nile-cholera-2019
S = "sudan-blue-nile-cholera-2019"
TEAMS = ("2019-09-10", "2019-09-12")  # the ministry's and WHO's teams sent to Blue Nile after the statement of Tue 10 Sep 2019
OUTBREAK = ("2019-08-28", "2019-09-11")  # the first deaths among the acute-watery-diarrhoea cases since 28 Aug, up to the statement of Tue 10 Sep
art(S, "https://www.alchourouk.com/article/%D8%A7%D9%84%D9%83%D9%88%D9%84%D9%8A%D8%B1%D8%A7-%D8%AA%D9%81%D8%AA%D9%83-%D8%A8%D9%88%D9%84%D8%A7%D9%8A%D8%A9-%D8%A7%D9%84%D9%86%D9%8A%D9%84-%D8%A7%D9%84%D8%A3%D8%B2%D8%B1%D9%82-%D9%81%D9%8A-%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86",
    "2019-09-11", "page line 'تاريخ النشر : 08:35 - 2019/09/11' under the headline (its time and date kept as first line; 11 Sep 2019 was a Wednesday); the body's 'الثلاثاء' agrees; comments box and 'في نفس السياق' teasers dropped", True, """
08:35 - 2019/09/11
"الكوليرا" تفتك بولاية النيل الأزرق في السودان
كشفت السلطات السودانية، الثلاثاء، عن تسجيل 4 إصابات مؤكدة بوباء الكوليرا و3 وفيات بسبب الإسهال الحاد في ولاية النيل الأزرق جنوبي البلاد.
وأفادت وزارة الصحة بأن الوزير أكرم التوم دعا منظمة الصحة العالمية إلى إرسال إمدادات من لقاح الكوليرا فورا.
واتجه مسؤولون من وزارة الصحة ومن منظمة الصحة العالمية إلى المناطق المتضررة.
وذكرت الوزارة في بيان الثلاثاء أن 37 شخصًا أصيبوا بإسهال مائي حاد، توفي منهم 3 أشخاص، وأن جميع الإصابات والوفيات وقعت في مناطق مختلفة من ولاية النيل الأزرق.
وكان العشرات قد توفوا بسبب الإسهال الحاد في السودان في العام 2016، بعد تسجيل آلاف الإصابات في أرجاء البلاد.
""", [
    ev("outbreak-declared", "كشفت السلطات السودانية، الثلاثاء، عن تسجيل", "2019-09-10", "'الثلاثاء' before Wed 11 Sep 2019 = Tue 10 Sep"),
    ev("vaccine-request", "دعا منظمة الصحة العالمية إلى إرسال إمدادات", "2019-09-10", "no own expression; the minister's request in the statement of Tue 10 Sep 2019"),
    ev("teams-travel", "واتجه مسؤولون من وزارة الصحة", TEAMS[0], "no own expression; teams sent after the statement of Tue 10 Sep 2019 (my span 10-11 Sep)", end=TEAMS[1]),
    ev("first-deaths", "توفي منهم 3 أشخاص", OUTBREAK[0], "no own expression; deaths among the cases since 28 Aug 2019 (elhora) up to the statement of Tue 10 Sep: span 28 Aug - 10 Sep", end=OUTBREAK[1]),
    ev("awd-2016", "توفوا بسبب الإسهال الحاد في السودان في العام 2016", "2016-01-01", "'في العام 2016': the year 2016", end="2017-01-01"),
])
art(S, "https://almashhadalaraby.com/news/119778",
    "2019-09-11", "page date line 'الأربعاء 11 سبتمبر 2019 08:47:00' under the headline (kept as first line; 11 Sep 2019 was a Wednesday); the body's 'أمس الثلاثاء' agrees; the source's '34' in the headline (the statement says 37) left as it is", True, """
الأربعاء 11 سبتمبر 2019 08:47:00
السودان تسجّل إصابة 34 شخصًا بالكوليرا ووفاة 3
أعلنت السلطات السودانية، أمس الثلاثاء، تسجيل 4 إصابات بوباء الكوليرا و3 وفيات ناجمة عن الإسهال الحاد في ولاية النيل الأزرق جنوبي البلاد.
وفي السياق نفسه، أوضحت وزارة الصحة أن الوزير أكرم التوم طلب من منظمة الصحة العالمية إرسال إمدادات من لقاح الكوليرا فورًا.
وأكدت الوزارة في بيان أصدرته إصابة 37 شخصًا بإسهال مائي حاد، توفي منهم 3 أشخاص.
ويُذكر أن جميع الإصابات والوفيات سُجلت في مناطق متفرقة من ولاية النيل الأزرق.
""", [
    ev("outbreak-declared", "أعلنت السلطات السودانية، أمس الثلاثاء", "2019-09-10", "'أمس الثلاثاء' from Wed 11 Sep 2019 = Tue 10 Sep"),
    ev("vaccine-request", "طلب من منظمة الصحة العالمية إرسال إمدادات", "2019-09-10", "no own expression; the minister's request in the statement of Tue 10 Sep 2019"),
    ev("first-deaths", "توفي منهم 3 أشخاص", OUTBREAK[0], "no own expression; deaths among the cases since 28 Aug 2019 (elhora) up to the statement of Tue 10 Sep: span 28 Aug - 10 Sep", end=OUTBREAK[1]),
])
art(S, "https://elhora.info/node/12350",
    "2019-09-14", "no stamp on the stored page: the statement's toll runs 'حتى أمس (الجمعة)' and WHO's statement is 'يوم الأربعاء' (Wed 11 Sep, after the outbreak was declared on Tue 10); the 5 deaths and 67 cases precede the 80 cases of Sun 15 Sep (eremnews) = Sat 14 Sep 2019; headline written from the body (the stored text has none); the last background sentences (the SPLM-N rebellion) dropped; no date of its own in the text", False, """
السودان: خمس وفيات بالكوليرا في النيل الأزرق
أكدت وزارة الصحة السودانية في بيان وفاة خمسة أشخاص بالكوليرا في ولاية النيل الأزرق في الفترة من يوم 28 أغسطس (آب) وحتى أمس (الجمعة).
وأضافت الوزارة أن الإصابات بلغت منذ 28 أغسطس 67 إصابة، لا تزال 18 منها تتلقى العلاج في غرف العزل، بحسب ما نقلته «وكالة الأنباء السودانية» (سونا).
وكانت «منظمة الصحة العالمية» قد قالت يوم الأربعاء إنها تعمل عن قرب مع السلطات الصحية السودانية وغيرها للتصدي لإصابات الكوليرا في ولاية النيل الأزرق جنوب شرقي السودان.
وسبق أن ذكرت الوزارة في بيان سابق أن فرقًا منها ومن «منظمة الصحة العالمية» سافرت إلى ولاية النيل الأزرق لتحسين أوضاع الصرف الصحي ودعم سلامة المياه والتخلص من النفايات وضمان سلامة الغذاء.
وطلبت الوزارة من منظمة الصحة العالمية استيراد لقاحات مضادة للكوليرا.
وتوفي العشرات في السودان جراء الإسهال الحاد في عام 2016، بعد تسجيل آلاف الإصابات في أرجاء البلاد، بحسب ما نقلت وكالة الصحافة الفرنسية.
""", [
    ev("saturday-statement", "أكدت وزارة الصحة السودانية في بيان", "2019-09-14", "no own expression; the statement of the publication day, Sat 14 Sep 2019 (its toll runs to 'أمس (الجمعة)')"),
    ev("five-deaths", "وفاة خمسة أشخاص بالكوليرا", "2019-08-28", "'من يوم 28 أغسطس (آب) وحتى أمس (الجمعة)' from Sat 14 Sep 2019: 28 Aug - Fri 13 Sep 2019", end="2019-09-14"),
    ev("who-wednesday", "قد قالت يوم الأربعاء", "2019-09-11", "'يوم الأربعاء' before Sat 14 Sep 2019 = Wed 11 Sep"),
    ev("teams-travel", "سافرت إلى ولاية النيل الأزرق", TEAMS[0], "no own expression; teams sent after the statement of Tue 10 Sep 2019 (my span 10-11 Sep)", end=TEAMS[1]),
    ev("vaccine-request", "وطلبت الوزارة من منظمة الصحة العالمية", "2019-09-10", "no own expression; the minister's request in the statement of Tue 10 Sep 2019 (alchourouk)"),
    ev("awd-2016", "جراء الإسهال الحاد في عام 2016", "2016-01-01", "'في عام 2016': the year 2016", end="2017-01-01"),
])
art(S, "https://eremnews-fe-app-production.azurewebsites.net/entertainment/1966291",
    "2019-09-15", "no stamp on the stored page (a mirror of eremnews): 'اليوم الأحد' with a total of 80 cases and 7 deaths, after the 67 cases and 5 deaths to Fri 13 Sep (elhora) and before the 124 cases of the week after, = Sun 15 Sep 2019; page furniture and the unrelated teaser dropped; no date of its own in the text", False, """
وفاة 7 أشخاص بمرض الكوليرا في السودان
أعلنت وزارة الصحة السودانية، اليوم الأحد، وفاة 7 أشخاص بالكوليرا في منطقة "قنيص" بولاية النيل الأزرق جنوب السودان، وارتفاع العدد الإجمالي للإصابات بالمرض إلى 80 حالة، كاشفة عن خطة للقضاء عليه.
وقال وكيل وزارة الصحة السودانية سليمان عبدالجبار، اليوم الأحد، إن المرض ظهر في محليات "الدمازين، ود الماحي، وباو" بالنيل الأزرق، واصفًا ذلك بأنه مؤشر غير حميد.
ونفى وجود إصابات بالكوليرا في العاصمة الخرطوم، مشيرًا إلى أن السودان يعاني مشكلة في البنية التحتية وأزمة في مياه الشرب، إذ يشرب 60% من المواطنين من "الحفائر والكارو"، ويقضي نحو 15 مليون شخص حاجتهم في الخلاء، فضلًا عن مشكلة النفايات المتراكمة.
وكانت الوزارة قد ذكرت في بيان سابق أن فرقًا منها ومن منظمة الصحة العالمية وصلت إلى النيل الأزرق لتحسين أوضاع الصرف الصحي ودعم سلامة المياه والتخلص من النفايات وضمان سلامة الغذاء، ومواجهة إصابات الكوليرا.
""", [
    ev("sunday-statement", "أعلنت وزارة الصحة السودانية، اليوم الأحد", "2019-09-15", "'اليوم الأحد' = Sun 15 Sep 2019 (the publication day)"),
    ev("seven-deaths", "وفاة 7 أشخاص بالكوليرا في منطقة", "2019-08-28", "no own expression; the deaths since the first cases of 28 Aug 2019 up to the report of Sun 15 Sep: span 28 Aug - 15 Sep", end="2019-09-16"),
    ev("undersecretary-remarks", "سليمان عبدالجبار، اليوم الأحد", "2019-09-15", "'اليوم الأحد' = Sun 15 Sep 2019"),
    ev("teams-travel", "وصلت إلى النيل الأزرق لتحسين", TEAMS[0], "no own expression; teams sent after the statement of Tue 10 Sep 2019 (my span 10-11 Sep)", end=TEAMS[1]),
])

# ---------------------------------------------------------------- yemen-sanaa-cholera-outbreak-2016
S = "yemen-sanaa-cholera-outbreak-2016"
ANNOUNCED = ("2016-10-06", "2016-10-08")  # the ministry's announcement (Thu 6 Oct 2016) and UNICEF's (Fri 7 Oct)
art(S, "https://joomla.emro.who.int/ar/surveillance-forecasting-response/outbreaks/cholera-cases-in-yemen.html",
    "2016-10-10", "dateline '10 تشرين الأول/أكتوبر 2016 -' at the head of the stored text (kept as first line; 10 Oct 2016 was a Monday); headline rendered from the URL ('cholera-cases-in-yemen'); the last sentence on WHO's support dropped", True, """
10 تشرين الأول/أكتوبر 2016
حالات الكوليرا في اليمن
أعلنت وزارة الصحة العامة والسكان في اليمن ظهور حالات من الكوليرا في العاصمة اليمنية صنعاء.
وبلغ إجمالي حالات الكوليرا المؤكدة مختبريًا منذ 8 تشرين الأول/أكتوبر 2016 إحدى عشرة حالة، بعد أن أثبتت عينات البراز التي فُحصت في مختبر الصحة العامة المركزي في صنعاء احتواءها على ضمّات الكوليرا.
ولم يُبلَّغ عن أي وفيات حتى الآن، وقد أُبلغ عن معظم الحالات في العاصمة صنعاء، ويبدو جليًا أن الحالات آخذة في الامتداد نحو المناطق الساحلية الشمالية، وإلى عدن تحديدًا.
ويُعد الإسهال المائي الحاد مرضًا متوطنًا في اليمن، ويحتل المرتبة الثانية بين أكثر أسباب الوفاة شيوعًا، ولا سيما بين الرضّع وأطفال المدارس.
وتنسّق منظمة الصحة العالمية مع الوزارة والشركاء في الميدان لاتخاذ تدابير الصحة العامة اللازمة لوقف سراية ضمات الكوليرا ومنع انتشارها إلى مناطق أخرى.
""", [
    ev("outbreak-announced", "أعلنت وزارة الصحة العامة والسكان في اليمن", ANNOUNCED[0], "no own expression; the ministry announced the cases on Thu 6 Oct 2016 (WHO's outbreak news, outside knowledge), UNICEF on Fri 7 Oct: span 6-7 Oct", end=ANNOUNCED[1]),
    ev("eleven-confirmed", "المؤكدة مختبريًا منذ 8 تشرين الأول/أكتوبر 2016", "2016-10-08", "'8 تشرين الأول/أكتوبر 2016' (the count as of that day, a Saturday)"),
    ev("who-response", "وتنسّق منظمة الصحة العالمية مع الوزارة", ANNOUNCED[0], "no own expression; WHO's work from the announcement of 6 Oct 2016 to the dateline of Mon 10 Oct (my span)", end="2016-10-11"),
])
art(S, "https://almashareq.com/ar/articles/cnmi_am/newsbriefs/2016/10/11/newsbrief-01",
    "2016-10-11", "date in the URL '/2016/10/11/'; the body's 'يوم الثلاثاء، 11 تشرين الأول/أكتوبر' (without a year, not a dateline) agrees (11 Oct 2016 was a Tuesday); headline written from the body (the stored text has none); no full date of its own in the text", False, """
الصحة العالمية تؤكد 11 إصابة بالكوليرا في صنعاء
أكدت منظمة الصحة العالمية يوم الثلاثاء، 11 تشرين الأول/أكتوبر، تسجيل 11 إصابة بالكوليرا في صنعاء باليمن، بعد أن أعلنت الأمم المتحدة الأسبوع الماضي تفشي المرض هناك.
وقال الخبير في المنظمة عمرو صالح: "حتى الآن ثمة 17 حالة محتملة و11 مؤكدة".
وأوضح صالح أن الحالات المؤكدة تتركز في حي واحد، مشيرًا إلى عدم تسجيل أي وفاة بالمرض حتى الآن.
وأضاف أن "143 حالة من الاسهال الحاد" أُدخلت المستشفيات في محافظات أخرى، منها 49 في تعز و42 في الحديدة، بحسب ما أوردته وكالة الصحافة الفرنسية، فيما أكد خبير آخر في المنظمة أن هذه الحالات لم يظهر عليها المرض.
من جهته، قال ممثل اليونيسف في اليمن جوليان هيرنيس يوم الجمعة إن المرض "يزيد من بؤس ملايين الأطفال في اليمن".
""", [
    ev("who-press-conference", "أكدت منظمة الصحة العالمية يوم الثلاثاء، 11 تشرين الأول/أكتوبر", "2016-10-11", "'يوم الثلاثاء، 11 تشرين الأول/أكتوبر' = Tue 11 Oct 2016"),
    ev("outbreak-announced", "أعلنت الأمم المتحدة الأسبوع الماضي تفشي المرض", ANNOUNCED[0], "'الأسبوع الماضي' from Tue 11 Oct 2016; the announcements of Thu 6 (ministry) and Fri 7 Oct (UNICEF): span 6-7 Oct", end=ANNOUNCED[1]),
    ev("unicef-friday", "جوليان هيرنيس يوم الجمعة", "2016-10-07", "'يوم الجمعة' before Tue 11 Oct 2016 = Fri 7 Oct"),
])
art(S, "https://sauress.com/alhayat/17860140",
    "2016-10-11", "no stamp on the stored page (a sauress copy of al-Hayat): 'اليوم (الثلثاء)' for WHO's press conference in Sanaa, the conference almashareq dates 'يوم الثلاثاء، 11 تشرين الأول/أكتوبر', and 'الجمعة الماضي' for UNICEF's announcement of Fri 7 Oct = Tue 11 Oct 2016; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
الصحة العالمية: 11 إصابة بالكوليرا في صنعاء ولا وفيات
أكدت "منظمة الصحة العالمية" اليوم (الثلثاء) أن إصابات الكوليرا التي أُعلن تسجيلها في اليمن الأسبوع الماضي اقتصرت على 11 حالة في صنعاء وحدها، ولم تسفر عن أي وفيات.
وأفاد الخبير في المنظمة عمر صالح، في مؤتمر صحافي عُقد في العاصمة، بتسجيل "17 حالة اشتباه بالكوليرا"، منها 11 حالة مؤكدة فقط تقع جميعها في منطقة واحدة داخل صنعاء، مؤكدًا أن "المرض محصور ولا انتشار له".
وذكرت المنظمة أن 143 حالة "إسهال معوي حاد" سُجلت في عموم اليمن، منها 49 في تعز و42 في الحديدة، وجاءت فحوص الكوليرا التي أُجريت عليها "سلبية".
وحذّر صالح من أن النزاع في البلاد قد ينعكس على أي انتشار محتمل لوباء الكوليرا وعلى القدرة على مواجهته، موضحًا أن "أكثر من 55 في المئة من المستشفيات والمراكز الصحية في اليمن لا تعمل، إما جزئياً أو كلياً".
وكانت "منظمة الأمم المتحدة لرعاية الطفولة" (يونيسيف) قد أعلنت الجمعة الماضي تسجيل إصابات بالكوليرا في صنعاء، التي يسيطر عليها المتمردون منذ أيلول (سبتمبر) 2014، دون أن تحدد عددها.
""", [
    ev("who-press-conference", "أكدت \"منظمة الصحة العالمية\" اليوم (الثلثاء)", "2016-10-11", "'اليوم (الثلثاء)' = Tue 11 Oct 2016 (the publication day)"),
    ev("outbreak-announced", "أُعلن تسجيلها في اليمن الأسبوع الماضي", ANNOUNCED[0], "'الأسبوع الماضي' from Tue 11 Oct 2016; the announcements of Thu 6 (ministry) and Fri 7 Oct (UNICEF): span 6-7 Oct", end=ANNOUNCED[1]),
    ev("unicef-friday", "قد أعلنت الجمعة الماضي تسجيل إصابات", "2016-10-07", "'الجمعة الماضي' from Tue 11 Oct 2016 = Fri 7 Oct"),
    ev("houthi-takeover", "يسيطر عليها المتمردون منذ أيلول (سبتمبر) 2014", "2014-09-21", "'أيلول (سبتمبر) 2014'; the Houthis took Sanaa on Sun 21 Sep 2014 (outside knowledge)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 290)
                            if i != 201 and i != 286
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

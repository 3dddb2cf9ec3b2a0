"""Builds stories.jsonl: the 393-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Algeria's wilayas outside Algiers
(Oran, Constantine, Annaba, Setif, Bejaia, Tizi Ouzou, Ouargla, Tamanrasset): fires, floods, accidents,
local elections, water cuts, sport.
Stories: the Oued Amsel flash flood south of Tamanrasset (September 2015), the bus-lorry crash on RN56 between
Ouargla and Touggourt (January 2014), the entry into service of the Setif tramway on 8 May 2018, and the
propane explosion that killed a father and his baby daughter at Sidi Chahmi, Oran (November 2017).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-tamanrasset-oued-amsel-flood-2015
S = "algeria-tamanrasset-oued-amsel-flood-2015"
NIGHT = ("2015-09-16", "2015-09-18")       # the rain of the night of Wed 16 to Thu 17 Sep 2015
FOUND = "2015-09-17"                       # the 12 bodies recovered on Thu 17 Sep 2015 (after the morning alert)
MORE = "2015-09-18"                        # 4 more bodies found on the afternoon of Fri 18 Sep 2015
art(S, "https://youm7.com/story/2015/9/17/انتشال-12-جثة-جرفتها-السيول-جنوب-الجزائر/2352433",
    "2015-09-17", "date in the URL '/story/2015/9/17/' (17 Sep 2015 was a Thursday); the body's 'طيلة ليلة الأربعاء إلى الخميس' and the search still going on agree; headline written from the URL slug; the photo caption 'سيول - أرشيفية' and the comment furniture dropped; no date of its own in the text", True, """
السيول تجرف 12 شخصا في جنوب الجزائر
أخرجت فرق الدفاع المدني 12 جثة حملتها مياه وادي أمسل الواقع جنوب مدينة تمنراست في أقصى جنوب الجزائر، وذلك إثر هطول كميات غزيرة من الأمطار طيلة ليلة الأربعاء إلى الخميس.
وبيّن مسؤول الدفاع المدني في المنطقة أن تسعا من الجثث لرعايا أفارقة، فيما تعود الثلاث الباقية لمواطنين جزائريين كانوا في مجرى الوادي حين فاجأتهم السيول.
ولا يزال عناصر الدفاع المدني، بمساعدة الأهالي، يمشطون مجرى الوادي حتى يتأكدوا من خلوه من ضحايا آخرين.
""", [
    ev("bodies-recovered", "أخرجت فرق الدفاع المدني 12 جثة", FOUND, "no own day word; the 12 bodies were recovered on Thu 17 Sep 2015 after the residents' call of that morning (arabicpost 'صباح الخميس', elmassa 'صباح أول أمس' on Sat 19)"),
    ev("heavy-rain-night", "هطول كميات غزيرة من الأمطار طيلة ليلة الأربعاء إلى الخميس", NIGHT[0], "'طيلة ليلة الأربعاء إلى الخميس' = the night of Wed 16 to Thu 17 Sep 2015", end=NIGHT[1]),
    ev("victims-swept-away", "حين فاجأتهم السيول", NIGHT[0], "no own expression; the flood of the night of Wed 16 to Thu 17 Sep 2015 (the residents raised the alarm on Thursday morning)", end=NIGHT[1]),
    ev("search-goes-on", "يمشطون مجرى الوادي حتى يتأكدوا من خلوه", FOUND, "'لا يزال' at publication on Thu 17; the search went on until the evening of Fri 18 Sep 2015 (elmassa 'إلى غاية مساء أمس')", end="2015-09-19"),
])
art(S, "https://arabicpost.live/archive/2015/09/18/أمطار-غزيرة-بالجزائر-تودي-بحياة-12-شخصاً",
    "2015-09-18", "date in the URL '/archive/2015/09/18/' (18 Sep 2015 was a Friday); the body's 'ليل الخميس' and 'صباح الخميس' agree (the day before); headline written from the URL slug; the stray bracket after 'جنوب تمنرست' dropped", True, """
أمطار غزيرة في الجزائر تودي بحياة 12 شخصاً
لقي 12 شخصاً، منهم 9 أفارقة، حتفهم ليل الخميس في ولاية تمنرست بأقصى جنوب الجزائر، جراء أمطار غزيرة، بحسب ما أعلنه الدفاع المدني الجزائري.
وعُثر على الجثث التي حملتها المياه في وادي أمسل بعدما ارتفع منسوبه، إثر تدخل قرابة 30 عنصراً من الدفاع المدني كان مواطنون قد أخطروهم صباح الخميس بفقدان عدد كبير من الأشخاص.
وأُخرجت 8 جثث بالقرب من قرية اظرظي جنوب تمنرست، و4 جثث أخرى بالقرب من وادي أمسل.
وأفاد الدفاع المدني بأن الجثث تعود لـ9 أفارقة لم تُعرف جنسياتهم و3 جزائريين، وقد نُقلت إلى مشرحة مستشفى تمنرست.
وشُكّلت خلية أزمة الخميس بمقر ولاية تمنرست لمتابعة الأوضاع.
كما أدت الأمطار الغزيرة إلى انقطاع التيار الكهربائي في الولاية، فتدخلت شركة سونلغاز الرسمية لإعادته وتقييم الأضرار والأعطال التي أصابت الشبكة.
""", [
    ev("victims-swept-away", "لقي 12 شخصاً، منهم 9 أفارقة، حتفهم ليل الخميس", NIGHT[0], "'ليل الخميس' = the night of Wed 16 to Thu 17 Sep 2015 (youm7 'ليلة الأربعاء إلى الخميس')", end=NIGHT[1]),
    ev("residents-alert", "أخطروهم صباح الخميس بفقدان عدد كبير من الأشخاص", FOUND, "'صباح الخميس' before Fri 18 = Thu 17 Sep 2015"),
    ev("bodies-recovered", "وأُخرجت 8 جثث بالقرب من قرية اظرظي", FOUND, "no own day word; recovered on Thu 17 Sep 2015 after the morning alert"),
    ev("crisis-cell", "وشُكّلت خلية أزمة الخميس بمقر ولاية تمنرست", FOUND, "'الخميس' before Fri 18 = Thu 17 Sep 2015 (aps: 'تم اليوم الخميس تشكيل خلية أزمة')"),
    ev("power-cuts", "أدت الأمطار الغزيرة إلى انقطاع التيار الكهربائي", NIGHT[0], "no own expression; the cuts came with the rain of the night of Wed 16 to Thu 17 Sep 2015 (my span 16-17)", end=NIGHT[1]),
])
art(S, "https://djazairess.com/elmassa/114560",
    "2015-09-19", "no date line in the stored text; the body's 'بعد ظهر أمس الجمعة' (4 more bodies) with 'صباح أول أمس' for the 12 bodies of Thu 17 Sep gives Sat 19 Sep 2015 (a Saturday); headline written from the body (the stored text has none); the last, truncated words on the power network dropped; no date of its own in the text", False, """
العثور على 4 جثث أخرى في وادي أمسل بتمنراست
عُثر، بعد ظهر أمس الجمعة، على 4 جثث إضافية لأشخاص جرفتهم الأمطار في المنطقة خلال ال48 ساعة الفارطة، وفق ما أفادت به خلية الأزمة المنصبة بمقر الولاية.
وتعود الجثث الأربع الجديدة لرعايا أفارقة، وقد وجدتها مصالح الحماية المدنية، بمساعدة مواطنين شاركوا في البحث، بمجرى وادي امسل على مسافة تتراوح بين 12 و15 كم جنوب مدينة تمنراست، ثم نُقلت إلى مصلحة حفظ الجثث بمستشفى المدينة.
وكانت الحماية المدنية قد انتشلت، صباح أول أمس، 12 جثة لأشخاص جرفتهم مياه الوادي ذاته، هم 9 أفارقة و3 جزائريين، وشُكلت على إثر ذلك خلية أزمة بمقر ولاية تمنراست لمتابعة تبعات التقلبات الجوية الأخيرة.
وتواصل البحث إلى غاية مساء أمس، حيث تأكد عدم وجود ضحايا آخرين لهذه الأمطار.
وسجلت مصالح الأرصاد الجوية تساقط 22 ملم على مدينة تمنراست و11 ملم بضواحي اسكرم (80 كم عن مقر المدينة) في ليلة الأربعاء إلى الخميس، وهو ما أدى إلى جريان عدة أودية في المنطقة.
وبحسب خلية الأزمة، أصلحت مصالح سونلغاز كل الأعطاب التي لحقت بشبكة توزيع الكهرباء، لا سيما في مدينة تمنراست ومنطقة أبالسة.
""", [
    ev("four-more-bodies", "عُثر، بعد ظهر أمس الجمعة، على 4 جثث إضافية", MORE, "'بعد ظهر أمس الجمعة' in an article of Sat 19 = Fri 18 Sep 2015"),
    ev("bodies-recovered", "قد انتشلت، صباح أول أمس، 12 جثة", FOUND, "'صباح أول أمس' from Sat 19 = Thu 17 Sep 2015"),
    ev("crisis-cell", "وشُكلت على إثر ذلك خلية أزمة", FOUND, "'على إثر ذلك' = after the recovery of Thu 17 Sep 2015 (aps 'اليوم الخميس')"),
    ev("search-ends", "وتواصل البحث إلى غاية مساء أمس", MORE, "'إلى غاية مساء أمس' from Sat 19 = the evening of Fri 18 Sep 2015"),
    ev("heavy-rain-night", "تساقط 22 ملم على مدينة تمنراست", NIGHT[0], "'في ليلة الأربعاء إلى الخميس' = the night of Wed 16 to Thu 17 Sep 2015", end=NIGHT[1]),
    ev("power-repaired", "أصلحت مصالح سونلغاز كل الأعطاب", FOUND, "no own expression; the repairs between the cuts of Thu 17 and the report of Sat 19 Sep 2015 (my span 17-18)", end="2015-09-19"),
])

# ---------------------------------------------------------------- algeria-ouargla-touggourt-rn56-bus-crash-2014
S = "algeria-ouargla-touggourt-rn56-bus-crash-2014"
CRASH = "2014-01-05"                       # the crash at about 05:45-06:00 on Sun 5 Jan 2014, RN56, 60 km from Ouargla
art(S, "http://www.alwasatnews.com/news/844615.html",
    "2014-01-05", "the body's 'فجر اليوم الأحد (5 يناير / كانون الثاني 2014)' (kept; 5 Jan 2014 was a Sunday); headline written from the body (the stored text has none); the typo 'بجرزح' and 'شاحنة لنقل المسافرين' (for the bus) corrected in the re-wording", True, """
11 قتيلا في اصطدام حافلة وشاحنة جنوب الجزائر
لقي 11 شخصا مصرعهم وأصيب 28 آخرون حين اصطدمت حافلة لنقل المسافرين بشاحنة نصف مقطورة فجر اليوم الأحد (5 يناير / كانون الثاني 2014) على الطريق الرابط بين تقرت وورقلة في جنوب الجزائر، وفق حصيلة جديدة للحماية المدنية.
وكانت حصيلة أولى قد تحدثت عن ثمانية قتلى و25 مصابا.
ونقلت وكالة الأنباء الرسمية عن الحماية المدنية أن الحادث أودى بحياة 11 شخصا، منهم 4 نساء وطفلة في الثانية من عمرها، وخلّف 28 جريحا بإصابات متفاوتة الخطورة.
وأوضح المصدر ذاته أن حافلة المسافرين المتجهة إلى ورقلة ارتطمت بشاحنة نصف مقطورة قادمة في الاتجاه المعاكس على الطريق الوطني رقم 56 بين تقرت وورقلة (850 كلم جنوب الجزائر).
وذكرت الوكالة أن قوات الأمن باشرت تحقيقا في الحادث.
ويزيد متوسط قتلى حوادث الطرق في الجزائر عن أربعة آلاف سنويا، معظمهم بسبب الإفراط في السرعة، حسب المصادر الرسمية.
""", [
    ev("bus-crash", "حين اصطدمت حافلة لنقل المسافرين بشاحنة نصف مقطورة فجر اليوم الأحد", CRASH, "'فجر اليوم الأحد (5 يناير / كانون الثاني 2014)' = Sun 5 Jan 2014"),
    ev("first-toll-8", "وكانت حصيلة أولى قد تحدثت عن ثمانية قتلى", CRASH, "no own expression; the first toll given by the civil defence on the morning of Sun 5 Jan 2014"),
    ev("toll-11", "أن الحادث أودى بحياة 11 شخصا", CRASH, "the new toll of the same day, Sun 5 Jan 2014"),
    ev("inquiry-opened", "أن قوات الأمن باشرت تحقيقا في الحادث", CRASH, "no own expression; the gendarmerie's inquiry opened on Sun 5 Jan 2014 (aps)"),
])
art(S, "https://djazairess.com/aps/339252",
    "2014-01-05", "no date line in the stored text; the APS dispatch's 'صباح اليوم الأحد' for the known crash of 5 Jan 2014 (a Sunday) fixes the day; headline written from the body (the stored text has none)", True, """
ارتفاع حصيلة حادث الطريق الوطني رقم 56 بورقلة إلى 11 قتيلا
بلغت حصيلة ضحايا الاصطدام الذي حدث صباح اليوم الأحد بين حافلة لنقل المسافرين وشاحنة، على الطريق الوطني رقم 56 الرابط بين ورقلة وتقرت، 11 قتيلا و28 جريحا، حسب ما أفادت به مصالح الحماية المدنية.
وأدى الاصطدام العنيف، الذي وقع على بعد 60 كلم من ورقلة بين حافلة تربط الجزائر العاصمة بورقلة وشاحنة نصف مقطورة، إلى وفاة 11 شخصا بينهم 4 نساء وصبية في الثانية من عمرها، وإصابة 28 آخرين بجراح متفاوتة الخطورة.
ونُقلت جثث الضحايا إلى مصلحة حفظ الجثث بمستشفى محمد بوضياف بورقلة، فيما أُجلي الجرحى إلى مصلحة الاستعجالات بالمؤسسة ذاتها.
وباشرت مصالح الدرك الوطني تحقيقا للوقوف على ملابسات هذا الحادث المأساوي.
وكانت حصيلة سابقة قد تحدثت عن مقتل ثمانية أشخاص وإصابة 25 آخرين.
""", [
    ev("bus-crash", "الاصطدام الذي حدث صباح اليوم الأحد بين حافلة لنقل المسافرين وشاحنة", CRASH, "'صباح اليوم الأحد' = Sun 5 Jan 2014"),
    ev("toll-11", "إلى وفاة 11 شخصا بينهم 4 نساء", CRASH, "the toll of the crash of Sun 5 Jan 2014, given that day"),
    ev("bodies-to-morgue", "ونُقلت جثث الضحايا إلى مصلحة حفظ الجثث", CRASH, "no own expression; the same morning, Sun 5 Jan 2014"),
    ev("inquiry-opened", "وباشرت مصالح الدرك الوطني تحقيقا", CRASH, "no own expression; Sun 5 Jan 2014"),
    ev("first-toll-8", "قد تحدثت عن مقتل ثمانية أشخاص", CRASH, "no own expression; the first toll of the morning of Sun 5 Jan 2014"),
])
art(S, "https://www.nawaret.com/أخبار-سياسية/العالم-العربي/11-قتيل-و28-جريح-في-تصادم-بين-حافلة-وشاحنة-ج",
    "2014-01-06", "no date line in the stored text; the body's 'أمس الأحد' for the known crash of Sun 5 Jan 2014 gives Mon 6 Jan 2014 (a Monday); headline written from the URL slug; the readers' comments dropped; no date of its own in the text", False, """
11 قتيلا و28 جريحا في تصادم حافلة وشاحنة جنوب الجزائر
توفي 11 شخصا، من بينهم طفلة لا يتعدى عمرها سنتين، في حادث مرور مروّع بورقلة جنوب الجزائر، فيما أصيب 28 راكبا بجروح متفاوتة الخطورة.
ووقع الحادث أمس الأحد في الساعة السادسة صباحا، حين اصطدمت حافلة لنقل المسافرين قادمة من العاصمة يقودها شيخ بشاحنة ذات مقطورة يقودها شاب.
ونقلت صحيفة "الشروق" عن مسؤول رفيع في الدرك الوطني أن سائق الحافلة، الذي كان يقود بسرعة كبيرة، هو على الأرجح من تسبب في الحادث، مرجحا أن يكون قد غلبه النعاس.
وأدى ذلك إلى انقلاب الحافلة، فسقط ضحايا خاصة بين الجالسين في الجهة اليسرى خلف السائق.
""", [
    ev("toll-11", "توفي 11 شخصا، من بينهم طفلة", CRASH, "no own day word; the deaths of the crash of Sun 5 Jan 2014"),
    ev("bus-crash", "ووقع الحادث أمس الأحد في الساعة السادسة صباحا", CRASH, "'أمس الأحد' in an article of Mon 6 = Sun 5 Jan 2014"),
    ev("gendarmerie-speeding-claim", "ونقلت صحيفة \"الشروق\" عن مسؤول رفيع في الدرك الوطني", CRASH, "no own expression; the official spoke to Echorouk on Sun 5 or Mon 6 Jan 2014 (my span)", end="2014-01-07"),
    ev("bus-overturned", "وأدى ذلك إلى انقلاب الحافلة", CRASH, "part of the crash of Sun 5 Jan 2014"),
])

# ---------------------------------------------------------------- algeria-setif-tramway-opening-2018
S = "algeria-setif-tramway-opening-2018"
OPEN = "2018-05-08"                        # the tramway entered service on Tue 8 May 2018 (73rd anniversary of 8 May 1945)
art(S, "http://www.elmakam.com/?p=56311",
    "2018-05-07", "the body's 'يوم غد الثلاثاء 8 مايو 2018' with 'اليوم الاثنين' (kept) gives Mon 7 May 2018 (a Monday); headline written from the body (the stored text has none); the last, truncated sentence on jobs shortened", True, """
ترامواي سطيف يدخل الخدمة غدا
يشرع "ترامواي" سطيف بداية من يوم غد الثلاثاء 8 مايو 2018 في الاستغلال التجاري لفائدة المواطنين، وهو ما يدعم شبكة النقل الحضري في المدينة ويساعد على تنظيم التنقلات وتخفيف الاختناق المروري، وفق ما جاء اليوم الاثنين في بيان لوزارة الأشغال العمومية والنقل.
وأضاف البيان أن هذا المرفق الجديد يندرج ضمن تطبيق برنامج رئيس الجمهورية عبد العزيز بوتفليقة الهادف إلى تحسين ظروف تنقل المواطنين عبر تدعيم المنشآت القاعدية واعتماد أنظمة نقل عصرية من الجيل الجديد.
وبحسب البيان ذاته، تصبح سطيف سادس مدينة تحظى بوسيلة نقل من نوع "ترامواي"، تعد "مكسبا ثمينا" وإنجازا يمنح قيمة مضافة للنسيج العمراني بإعادة هيكلة المدينة والارتقاء بها نحو العصرنة.
ويبلغ طول خط ترامواي سطيف 15,2 كم، ويشمل 26 محطة توقف ومركز صيانة من 5 بنايات على مساحة إجمالية قدرها 8 هكتارات.
ويمتد المسار من حي 300 مسكن إلى جامعة الباز مرورا بوسط المدينة.
وأشار المصدر إلى أن للترامواي أثرا اجتماعيا واقتصاديا كبيرا، إذ أتاح مئات مناصب الشغل خلال مرحلة الإنجاز.
""", [
    ev("tram-enters-service", "يشرع \"ترامواي\" سطيف بداية من يوم غد الثلاثاء 8 مايو 2018", OPEN, "'يوم غد الثلاثاء 8 مايو 2018' = Tue 8 May 2018"),
    ev("ministry-statement", "وفق ما جاء اليوم الاثنين في بيان لوزارة الأشغال العمومية والنقل", "2018-05-07", "'اليوم الاثنين' = Mon 7 May 2018 (the day before Tue 8 May)"),
    ev("tram-works", "إذ أتاح مئات مناصب الشغل خلال مرحلة الإنجاز", "2014-05-08", "'خلال مرحلة الإنجاز' = the works, launched on Thu 8 May 2014 (69th anniversary; alseyassi, lexpression) up to the opening of Tue 8 May 2018 (my span)", end=OPEN),
])
art(S, "https://radioalgerie.dz/news/ar/article/20180508/140939.html",
    "2018-05-08", "date in the URL '/article/20180508/' (8 May 2018 was a Tuesday); the body's 'هذا الثلاثاء' agrees; headline written from the body (the stored text has none); no date of its own in the text", True, """
بدوي يشرف على التشغيل الرسمي لترامواي سطيف
أشرف وزير الداخلية والجماعات المحلية والتهيئة العمرانية، نور الدين بدوي، هذا الثلاثاء بسطيف على الإطلاق الرسمي لترامواي المدينة، في إطار إحياء الذكرى الـ73 لمجازر 8 ماي 1945.
وركب بدوي الترامواي، رفقة وزير الموارد المائية حسين نسيب ووزير الأشغال العمومية والنقل عبد الغني زعلان والسلطات المحلية، من محطة سعال بوزيد في وسط المدينة حتى مستودع الصيانة، أين أشرف على تسليم الرخصة لشركة استغلال الترامواي.
وقال وزير الداخلية بالمناسبة إن "الجزائر تجني اليوم ثمار الحكامة الرشيدة المتبصرة لرئيس الجمهورية السيد عبد العزيز بوتفليقة".
أما زعلان فقد هنأ سكان سطيف بهذا المكسب الذي ينضاف، على حد قوله، "لعديد إنجازات الجزائر المستقلة".
ورأى وزير الأشغال العمومية أن هذا المرفق ذا التصميم المستقبلي سيمنح مدينة سطيف الثورية مظهرا عصريا، منوها بما يوفره هذا النمط من النقل الحضري من راحة وأمن وسلامة وربح للوقت.
وشدد زعلان على أن قطاع النقل حقق "تقدما معتبرا"، مشيرا إلى أن "مشاريع ضخمة تم الإبقاء عليها و تجسيدها تطبيقا لتوجيهات رئيس الجمهورية" رغم الظرف الاقتصادي الحالي.
""", [
    ev("tram-enters-service", "نور الدين بدوي، هذا الثلاثاء بسطيف على الإطلاق الرسمي", OPEN, "'هذا الثلاثاء' = Tue 8 May 2018 (URL date)"),
    ev("commemoration-73rd", "إحياء الذكرى الـ73 لمجازر 8 ماي 1945", OPEN, "the 73rd anniversary of 8 May 1945 = Tue 8 May 2018"),
    ev("inaugural-ride", "وركب بدوي الترامواي", OPEN, "no own expression; during the ceremony of Tue 8 May 2018"),
    ev("licence-handover", "أشرف على تسليم الرخصة لشركة استغلال الترامواي", OPEN, "no own expression; at the maintenance depot, Tue 8 May 2018"),
    ev("zaalane-congratulates", "أما زعلان فقد هنأ سكان سطيف", OPEN, "no own expression; at the ceremony of Tue 8 May 2018"),
])
art(S, "https://djazairess.com/akhbarelyoum/242876",
    "2018-05-09", "no date line in the stored text; the body's 'أمس الثلاثاء' for the opening of Tue 8 May 2018 gives Wed 9 May 2018 (a Wednesday); headline written from the body (the stored text has none); no date of its own in the text", False, """
ترامواي سطيف يدخل الخدمة رسميا في ذكرى 8 ماي 1945
دشّن وزير الداخلية والجماعات المحلية والتهيئة العمرانية نور الدين بدوي أمس الثلاثاء بسطيف ترامواي المدينة رسميا، تزامنا مع إحياء الذكرى ال73 لأحداث مجازر 8 ماي 1945.
وقطع السيد بدوي، مرفوقا بوزيري الموارد المائية حسين نسيب والأشغال العمومية والنقل عبد الغني زعلان وبالسلطات المحلية، الرحلة على متن الترامواي من محطة سعال بوزيد بقلب المدينة إلى مستودع الصيانة، حيث سلّم رخصة الاستغلال للشركة المكلفة بتسيير الترامواي.
واعتبر وزير الداخلية أن الجزائر تجني اليوم ثمار الحكامة الرشيدة المتبصرة لرئيس الجمهورية السيد عبد العزيز بوتفليقة.
وبارك السيد زعلان لسكان سطيف هذا المكسب الذي قال إنه يضاف لعديد إنجازات الجزائر المستقلة، مؤكدا أن الترامواي سيضفي على المدينة الثورية مشهدا عصريا بفضل تصميمه المستقبلي.
""", [
    ev("tram-enters-service", "نور الدين بدوي أمس الثلاثاء بسطيف ترامواي المدينة رسميا", OPEN, "'أمس الثلاثاء' in an article of Wed 9 = Tue 8 May 2018"),
    ev("commemoration-73rd", "إحياء الذكرى ال73 لأحداث مجازر 8 ماي 1945", OPEN, "the 73rd anniversary of 8 May 1945 = Tue 8 May 2018"),
    ev("inaugural-ride", "الرحلة على متن الترامواي من محطة سعال بوزيد", OPEN, "no own expression; Tue 8 May 2018"),
    ev("licence-handover", "حيث سلّم رخصة الاستغلال للشركة", OPEN, "no own expression; Tue 8 May 2018"),
    ev("zaalane-congratulates", "وبارك السيد زعلان لسكان سطيف هذا المكسب", OPEN, "no own expression; Tue 8 May 2018"),
])

# ---------------------------------------------------------------- algeria-oran-sidi-chahmi-propane-explosion-2017
S = "algeria-oran-sidi-chahmi-propane-explosion-2017"
BLAST = "2017-11-11"                       # the explosion at about 23:00 on Sat 11 Nov 2017
NIGHT17 = ("2017-11-11", "2017-11-13")     # the night of Sat 11 to Sun 12 Nov 2017 (rescue, recovery, first inquiries)
art(S, "http://ech-chaab.com/ar/الحدث/الوطني/item/79573.html",
    "2017-11-12", "no date line in the stored (print) page; the APS dispatch's 'حسبما علم اليوم الأحد' for the blast of 'سهرة السبت' (Sat 11 Nov 2017, elkhabar, annasr) gives Sun 12 Nov 2017 (a Sunday); headline written from the body (the stored text has none); the last quotation shortened", True, """
وفاة أب وابنته في انفجار قارورة غاز بسيدي الشحمي
توفي شخصان سهرة السبت جراء انفجار قارورة غاز البروبان داخل مسكن ببلدية سيدي الشحمي (وهران) انهار بالكامل، وفق ما علم اليوم الأحد من مصالح الحماية المدنية.
وأُخرجت جثتا الضحيتين، وهما أب في الـ29 من العمر وابنته ذات 9 أشهر، من تحت ركام المنزل المؤلف من طابقين، ونُقلتا إلى مصلحة حفظ الجثث بالمركز الاستشفائي الجامعي لوهران.
وأوضح المصدر ذاته أن الحماية المدنية جندت إمكانيات بشرية ومادية معتبرة، خصوصا فرق وعتاد الإنقاذ من تحت الأنقاض.
كما فتحت الجهات المختصة تحقيقا لكشف ظروف الحادث، "خاصة وأن الانفجار حدث نتيجة استعمال غاز البروبان"، بحسب المصدر نفسه.
من جانبه، أكد مصدر مسؤول بمديرية الطاقة لولاية وهران، في اتصال مع وأج، أن التنظيم الساري لا يسمح باستعمال هذا النوع من الغاز إلا بترخيص من الهيئات المؤهلة، موضحا أن مستعمليه هم في العادة المصانع والمرافق العمومية التي تحتاج إلى تموين خاص لمطابخها.
""", [
    ev("father-daughter-killed", "توفي شخصان سهرة السبت", BLAST, "'سهرة السبت' = the evening of Sat 11 Nov 2017 (about 23:00, elkhabar)"),
    ev("explosion", "جراء انفجار قارورة غاز البروبان داخل مسكن", BLAST, "'سهرة السبت' = Sat 11 Nov 2017"),
    ev("bodies-recovered", "وأُخرجت جثتا الضحيتين", NIGHT17[0], "no own expression; the night of Sat 11 to Sun 12 Nov 2017 (my span)", end=NIGHT17[1]),
    ev("inquiry-opened", "كما فتحت الجهات المختصة تحقيقا", NIGHT17[0], "no own expression; opened that night or on Sun 12 Nov 2017 (my span)", end=NIGHT17[1]),
    ev("energy-official-statement", "أكد مصدر مسؤول بمديرية الطاقة لولاية وهران", "2017-11-12", "no own expression; said to APS for the dispatch of Sun 12 Nov 2017"),
])
art(S, "https://djazairess.com/elkhabar/628692",
    "2017-11-12", "no date line in the stored text; the body's 'ليلة أمس السبت' with 'صباح اليوم' gives Sun 12 Nov 2017 (a Sunday); headline written from the body (the stored text has none)", True, """
قتيلان في انفجار بمسكن في سيدي الشحمي بوهران
لقي شخصان حتفهما، ليلة السبت إلى الأحد، في انفجار هز مسكنا داخل حظيرة على أطراف السبخة المجاورة لمستشفى الأمراض العقلية بسيدي الشحمي في وهران.
وحدث الانفجار في حدود الساعة الحادية عشر من ليلة أمس السبت، وكان من القوة بحيث ظن السكان أن زلزالا ضرب المنطقة فغادروا بيوتهم.
ثم تبين لهم صباح اليوم أن الأمر يتعلق بانفجار قارورات كبيرة من البروبان كانت مخزنة بجانب المسكن الذي يقطنه حارس الحظيرة مع عائلته المكونة من خمسة أفراد، وكان فيه أكثر من سبعة أشخاص لحظة الانفجار.
وتأكد أن الحارس وإحدى بناته قضيا في مكان الانفجار، بينما أصيبت زوجته واثنان من أبنائهما بجروح خطيرة استدعت نقلهم للعلاج، كما جُرح مواطنان إفريقيان نُقلا بدورهما إلى المستشفى.
وتواصل الحماية المدنية، التي وصلت إلى الموقع ليلا، البحث عن ضحايا آخرين محتملين، فيما تحقق الشرطة العلمية في أسباب الانفجار.
""", [
    ev("father-daughter-killed", "لقي شخصان حتفهما، ليلة السبت إلى الأحد", BLAST, "'ليلة السبت إلى الأحد', at about 23:00 on Sat 11 Nov 2017"),
    ev("explosion", "وحدث الانفجار في حدود الساعة الحادية عشر من ليلة أمس السبت", BLAST, "'ليلة أمس السبت' in an article of Sun 12 = Sat 11 Nov 2017, about 23:00"),
    ev("residents-learn-cause", "ثم تبين لهم صباح اليوم", "2017-11-12", "'صباح اليوم' = the morning of Sun 12 Nov 2017"),
    ev("family-injured", "بينما أصيبت زوجته واثنان من أبنائهما بجروح خطيرة", BLAST, "in the blast of Sat 11 Nov 2017, about 23:00"),
    ev("inquiry-opened", "فيما تحقق الشرطة العلمية في أسباب الانفجار", NIGHT17[0], "no own expression; the inquiry under way on Sun 12 Nov 2017, opened that night (my span)", end=NIGHT17[1]),
])
art(S, "https://annasronline.com/component/content/article/83523-2017-11-12-22-13-35?Itemid=135&catid=33",
    "2017-11-13", "no date line in the stored text; the article's stamp in the URL '2017-11-12-22-13-35' (put online late on Sun 12 Nov) is for the print edition of Mon 13 Nov 2017 (a Monday), which the body's 'مساء أول أمس' for the blast of Sat 11 Nov confirms; headline kept from the page (letter stretching removed); the last, truncated sentence on the wali's visit ('صباح أمس') dropped; no date of its own in the text", False, """
مقتل أب وابنته الرضيعة في انفجار قارورة غاز بوهران
توفي، مساء أول أمس، أب وابنته التي لم يتعد عمرها 8 أشهر، في انفجار عنيف لقارورة غاز البوتان بمنطقة سيدي الشحمي في وهران، بينما أصيب 5 أشخاص بجروح متفاوتة الخطورة يتلقون العلاج بالمؤسسة الاستشفائية أول نوفمبر.
وأثار الحادث رعبا وذعرا كبيرين لدى سكان المنطقة، بل وحتى لدى مواطني بعض الأحياء المجاورة بسبب شدة دوي الانفجار.
وأدى الانفجار القوي لقارورة غاز البوتان، ليلة السبت إلى الأحد، في أحد مساكن بلدية سيدي الشحمي إلى مقتل الأب البالغ 29 عاما وابنته الصغيرة، في حين أصيبت الزوجة وابنان آخران بجروح وحروق متفاوتة الخطورة، كما جُرح رعيتان إفريقيتان كانا قرب المنزل ذي الطابقين الذي نُسف جزء كبير منه وتحول إلى ركام.
وهرعت الحماية المدنية إلى المكان فوجدت الأب ميتا وسط الأنقاض، بينما تطلب إخراج جثة الرضيعة عمليات خاصة من فرق انتشال الجثث.
وباشرت مصالح الدرك الوطني تحقيقا لتحديد أسباب الانفجار الذي خلف هذه الخسائر البشرية والمادية، والذي تباينت حوله آراء المواطنين.
""", [
    ev("father-daughter-killed", "توفي، مساء أول أمس، أب وابنته", BLAST, "'مساء أول أمس' in an article of Mon 13 = Sat 11 Nov 2017"),
    ev("explosion", "وأدى الانفجار القوي لقارورة غاز البوتان، ليلة السبت إلى الأحد", BLAST, "'ليلة السبت إلى الأحد', at about 23:00 on Sat 11 Nov 2017"),
    ev("family-injured", "في حين أصيبت الزوجة وابنان آخران بجروح وحروق", BLAST, "in the blast of Sat 11 Nov 2017"),
    ev("bodies-recovered", "بينما تطلب إخراج جثة الرضيعة عمليات خاصة", NIGHT17[0], "no own expression; the night of Sat 11 to Sun 12 Nov 2017 (my span)", end=NIGHT17[1]),
    ev("inquiry-opened", "وباشرت مصالح الدرك الوطني تحقيقا", NIGHT17[0], "no own expression; opened that night or on Sun 12 Nov 2017 (my span)", end=NIGHT17[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 393
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

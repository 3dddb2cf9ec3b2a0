"""Builds stories.jsonl: the 489-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: industrial accidents: factory or power-plant explosions,
chemical leaks, warehouse fires.
Stories: the explosion at the Shahid Rajaee port of Bandar Abbas (Iran, April 2025), the explosion at the
Tianjiayi chemical plant in Xiangshui, Yancheng (Jiangsu, China, March 2019), and the fire in a chemical-solvents
factory in New Borg El Arab, Alexandria (Egypt, February 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iran-bandar-abbas-shahid-rajaee-port-explosion-2025
S = "iran-bandar-abbas-shahid-rajaee-port-explosion-2025"
BLAST = "2025-04-26"                       # the explosion at the Shahid Rajaee port, Sat 26 Apr 2025 (around noon local time)
FIRE = (BLAST, "2025-04-29")               # the fire it set off, still not fully out on Mon 28 Apr 2025 (newsroom.info)
art(S, "https://elmanshar.com/2025/04/26/%d8%a7%d9%86%d9%81%d8%ac%d8%a7%d8%b1-%d8%b6%d8%ae%d9%85-%d9%8a%d9%87%d8%b2-%d9%85%d9%8a%d9%86%d8%a7%d8%a1-%d8%b1%d8%ac%d8%a7%d8%a6%d9%8a-%d8%a8%d8%a8%d9%86%d8%af%d8%b1-%d8%b9%d8%a8%d8%a7%d8%b3-%d8%ac",
    "2025-04-26", "the URL's date /2025/04/26/ and the body's 'مساء اليوم السبت 26 أبريل 2025' (26 Apr 2025 was a Saturday); headline rendered from the URL slug (its truncated tail dropped); the last, truncated sentence of the stored excerpt dropped", True, """
انفجار ضخم يهز ميناء رجائي ببندر عباس
وقع انفجار هائل مساء اليوم السبت 26 أبريل 2025 في ميناء "الشهيد رجائي" بمدينة بندر عباس في جنوب إيران، فألحق أضرارا مادية كبيرة وبث الذعر بين السكان والعاملين في الميناء، فيما تتواصل التحقيقات لمعرفة أسباب الحادث الذي جاء في توقيت سياسي دقيق.
ونقلت وكالة تسنيم التابعة للحرس الثوري أن الانفجار نتج عن خزان وقود في الميناء "لأسباب مجهولة"، بينما تداولت مواقع محلية وشهود عيان روايات عن سماع أصوات صواريخ أو عدة انفجارات، وهو ما أثار الشكوك في احتمال وقوع هجوم مقصود.
وأعلن المتحدث باسم خدمات الطوارئ أن 47 شخصا على الأقل أصيبوا في الانفجار بحسب الأرقام الأولية، ولم يعلن حتى الآن عن أي حالة وفاة، بانتظار نتائج عمليات البحث والإنقاذ الجارية.
ولحقت أضرار بالغة بصالة الجمارك في الميناء، إذ تكسرت نوافذها وسقطت أجزاء من المبنى، في حين قال إسماعيل مكي زاده، نائب مدير موانئ محافظة هرمزجان، إن الحادث وقع في قسم من الرصيف وإن فرق الإطفاء والإغاثة تعمل على السيطرة على الحريق الناجم عنه.
وتحدث شهود عيان عن "اهتزاز الأرض" في عدة مناطق حول الميناء، كما وصل صوت الانفجار إلى المدن القريبة من بندر عباس وحتى إلى جزيرة قشم.
""", [
    ev("port-explosion", "وقع انفجار هائل مساء اليوم السبت 26 أبريل 2025", BLAST, "'اليوم السبت 26 أبريل 2025' = Sat 26 Apr 2025 (the page says 'مساء'; other reports put the blast around noon)"),
    ev("tasnim-fuel-tank-report", "أن الانفجار نتج عن خزان وقود في الميناء", BLAST, "no own expression; Tasnim's first report on the day of the blast, Sat 26 Apr 2025"),
    ev("first-toll-47-injured", "أن 47 شخصا على الأقل أصيبوا في الانفجار", BLAST, "no own expression; the first figures of the emergency services on Sat 26 Apr 2025, the day of this article"),
    ev("customs-hall-damaged", "ولحقت أضرار بالغة بصالة الجمارك في الميناء", BLAST, "no own expression; damage done by the blast of Sat 26 Apr 2025"),
    ev("port-fire", "تعمل على السيطرة على الحريق الناجم عنه", FIRE[0], "no own expression; the fire set off by the blast of Sat 26 Apr 2025, still not fully out on Mon 28 Apr (newsroom.info); span 26-28 Apr", end=FIRE[1]),
])
art(S, "https://lnaiq.com/2025/04/27/183389",
    "2025-04-27", "no date in the text; the URL's date /2025/04/27/ (Sun 27 Apr 2025), which fits the toll of 14 dead and more than 1,000 injured reported after the first night (the state TV's 25 dead came on Sunday); headline kept from the page; the last, truncated sentence dropped", False, """
ارتفاع حصيلة ضحايا انفجارات ميناء رجائي في إيران إلى أكثر من 1000 مصاب و14 قتيلًا
تتواصل تبعات الانفجارات العنيفة التي ضربت ميناء الشهيد رجائي في محافظة هرمزغان الإيرانية، إذ أظهرت مقاطع مصورة تداولها رواد مواقع التواصل الاجتماعي حجم الخراب الكبير وقوة الانفجار الذي أصاب المنشآت في المنطقة.
وبيّن أحد المقاطع، الذي صُوّر من داخل مبنى البنك الوطني الإيراني في بندرعباس، مدى شدة الانفجار الذي خلف دمارا واسعا وأشاع الهلع بين الناس.
وحتى الآن، ذكرت السلطات الإيرانية أن عدد القتلى وصل إلى 14 شخصًا، وأن 6 أشخاص ما زالوا مفقودين، في حين تخطى عدد المصابين 750 مصابًا.
وفي تطور لاحق، كتب حسين كرمانبور، رئيس إدارة الإعلام في وزارة الصحة الإيرانية، على حسابه في منصة "إكس"، أن 729 من المصابين غادروا المستشفيات بعد علاجهم، وأن 357 مصابًا لا يزالون يتلقون العلاج، بينهم 21 حالة حرجة في العناية المركزة و5 مصابين بحروق شديدة.
وبهذا يزيد مجموع المصابين في الحادث على ألف شخص، بينما يستمر البحث عن المفقودين وسط قلق أسرهم التي لا تزال تبحث عن أقاربها.
""", [
    ev("port-explosion", "الانفجارات العنيفة التي ضربت ميناء الشهيد رجائي", BLAST, "no own expression; the blast of Sat 26 Apr 2025 (elmanshar 'اليوم السبت 26 أبريل 2025')"),
    ev("toll-14-dead", "أن عدد القتلى وصل إلى 14 شخصًا", BLAST, "no own expression; a toll given after the 8 dead of Saturday evening and before the 25 dead announced on Sunday morning: my span Sat 26 - Sun 27 Apr 2025", end="2025-04-28"),
    ev("kermanpour-hospital-figures", "كتب حسين كرمانبور، رئيس إدارة الإعلام في وزارة الصحة الإيرانية", BLAST, "no own expression; after the blast of Sat 26 Apr and by this article of Sun 27 Apr 2025: my span 26-27 Apr", end="2025-04-28"),
    ev("missing-search", "بينما يستمر البحث عن المفقودين", BLAST, "no own expression; the search for the missing from the blast of Sat 26 Apr up to this article of Sun 27 Apr 2025 (span 26-27 Apr)", end="2025-04-28"),
])
art(S, "https://newsroom.info/41044",
    "2025-04-28", "no date line on the stored page; the body's 'اليوم الإثنين' for the toll of 65 and 'بحلول أمس الأحد' give Mon 28 Apr 2025 (28 Apr 2025 was a Monday; the blast 'السبت' was Sat 26); the 'عاجل' tag and photo captions dropped; headline kept from the page; the last, truncated sentence dropped", True, """
ارتفاع عدد ضحايا انفجار ميناء بندر عباس بإيران إلى 65 شخصا
ذكرت وسائل إعلام إيرانية رسمية، اليوم الإثنين، أن عدد ضحايا انفجار ميناء بندر عباس صعد إلى 65 شخصا.
وسجلت حصيلة الانفجار الكبير في أكبر ميناء تجاري في إيران زيادة جديدة، بحسب ما نقله مسؤول المحافظة التي يقع فيها الميناء ووسائل إعلام رسمية اليوم الإثنين.
وصرح محمد عاشوري، محافظ هرمزكان في جنوب إيران، بأن "عدد القتلى بلغ 65 شخصا بسبب هذا الحادث الرهيب" في ميناء الشهيد رجائي، مضيفا أن الحريق الذي اندلع إثر انفجار السبت لم يُطفأ كليا حتى الآن.
وكانت حصيلة سابقة قد تحدثت عن 46 قتيلا في الانفجار.
وأفادت التقارير بأن أكثر من 1000 شخص جرحوا في الحادث، غير أن أغلبهم غادروا المستشفيات بحلول أمس الأحد، فيما بقي 200 شخص في المستشفى ولا يزال ستة أشخاص مفقودين منذ الانفجار.
وكشفت صور التقطتها الأقمار الاصطناعية، اليوم، مدى الدمار الذي خلفه الانفجار في قطاع رجائي بميناء بندر عباس، أحد أهم موانئ إيران.
""", [
    ev("toll-65-dead", "صرح محمد عاشوري، محافظ هرمزكان في جنوب إيران", "2025-04-28", "'اليوم الإثنين' = Mon 28 Apr 2025"),
    ev("port-explosion", "إثر انفجار السبت", BLAST, "'السبت' = Sat 26 Apr 2025"),
    ev("port-fire", "الحريق الذي اندلع إثر انفجار السبت لم يُطفأ كليا حتى الآن", FIRE[0], "from Sat 26 Apr 2025 ('انفجار السبت') and still not out on Mon 28 Apr ('حتى الآن'): span 26-28 Apr", end=FIRE[1]),
    ev("toll-46-dead", "وكانت حصيلة سابقة قد تحدثت عن 46 قتيلا", "2025-04-27", "no own expression; a toll between the 25 of Sun 27 Apr (yemeress 'الأحد') and the 65 of Mon 28 Apr 2025: my span Sun 27 - Mon 28 Apr", end="2025-04-29"),
    ev("injured-discharged", "غير أن أغلبهم غادروا المستشفيات بحلول أمس الأحد", "2025-04-27", "'بحلول أمس الأحد' from Mon 28 Apr 2025 = by Sun 27 Apr"),
    ev("satellite-images", "وكشفت صور التقطتها الأقمار الاصطناعية، اليوم", "2025-04-28", "'اليوم' = Mon 28 Apr 2025"),
])

# ---------------------------------------------------------------- china-yancheng-tianjiayi-chemical-plant-explosion-2019
S = "china-yancheng-tianjiayi-chemical-plant-explosion-2019"
BLAST = "2019-03-21"                       # the Tianjiayi plant exploded on Thu 21 Mar 2019 at about 14:48 local time
art(S, "https://dotmsr.com/News/330/1299485/مقتل-47-وإصابة-640-شخصا-فى-انفجار-بمصنع-مبيدات-حشرية",
    "2019-03-22", "the page's stamp 'السبت، 23 نوفمبر 2024' is the crawl time, not the publication; the body's 'اليوم الجمعة' for the toll of 47 and 'الخميس' for the blast of Thu 21 Mar 2019 give Fri 22 Mar 2019 (22 Mar 2019 was a Friday; elaph of Sat 23 calls the 47 'حصيلة سابقة'); the photo caption dropped; headline kept from the page", True, """
مقتل 47 وإصابة 640 شخصا فى انفجار بمصنع مبيدات حشرية بالصين (فيديو)
قضى 47 شخصا وجرح 640 آخرون، اليوم الجمعة، جراء انفجار وقع في مصنع لإنتاج المبيدات الحشرية في إقليم جيانغسو بشرق الصين، بحسب ما ذكرته وسائل إعلام صينية.
وأوضح التلفزيون الرسمي أن الانفجار حدث الخميس في منطقة تشينجياجانغ الصناعية التابعة لمدينة يانتشينغ، وأن الحريق أُخمد الساعة الثالثة صباح الجمعة (1900 بتوقيت غرينتش).
وبيّن أن الناجين من الانفجار وُزعوا على 16 مستشفى، وأن 640 شخصا يتلقون العلاج من إصابات بينهم 32 في حال خطرة.
وامتدت النيران من المصنع التابع لشركة تيانجياي للكيماويات إلى المصانع المحيطة به، وأفادت وسائل إعلام بأن أطفالا في دار حضانة قريبة من موقع الانفجار أصيبوا.
وتقول وسائل الإعلام إن تحقيقا يجري لمعرفة أسباب الانفجار، علما بأن الشركة، التي تنتج أكثر من 30 مركبا كيميائيا عضويا بعضها سريع الاشتعال، سبق أن ضبطتها السلطات وهي تخالف معايير السلامة وفرضت عليها غرامة، وفقا لصحيفة تشاينا ديلي.
""", [
    ev("toll-47-dead", "قضى 47 شخصا وجرح 640 آخرون، اليوم الجمعة", "2019-03-22", "'اليوم الجمعة' = Fri 22 Mar 2019"),
    ev("plant-explosion", "وأوضح التلفزيون الرسمي أن الانفجار حدث الخميس", BLAST, "'الخميس' before Fri 22 Mar 2019 = Thu 21 Mar"),
    ev("fire-put-out", "وأن الحريق أُخمد الساعة الثالثة صباح الجمعة", "2019-03-22", "'الساعة الثالثة صباح الجمعة' = 03:00 local time on Fri 22 Mar 2019 (19:00 GMT on Thu 21)"),
    ev("fire-spread-kindergarten", "وامتدت النيران من المصنع التابع لشركة تيانجياي للكيماويات", BLAST, "no own expression; the spread of the fire right after the blast of Thu 21 Mar 2019"),
    ev("cause-investigation", "وتقول وسائل الإعلام إن تحقيقا يجري لمعرفة أسباب الانفجار", "2019-03-21", "no own expression; the inquiry opened after the blast of Thu 21 Mar and under way on Fri 22 Mar 2019 (span 21-22 Mar)", end="2019-03-23"),
])
art(S, "https://elaph.com/Web/News/2019/03/1243307.html",
    "2019-03-23", "no day on the stored page (the URL gives only 2019/03); an AFP dispatch whose 'أعلن مصدر رسمي السبت' (not 'اليوم') for the toll of 64 and 'فجر السبت' for the rescue, about forty hours after the blast of Thu 21 Mar, date it to Sat 23 Mar 2019 (maghress/telexpresse: the toll of 64 given 'اليوم السبت 23 مارس'); 'آخر تحديث' dropped; headline kept from the page; no date of its own in the text", False, """
عدد ضحايا انفجار مصنع كيميائيات في الصين يرتفع إلى 64 قتيلًا
يانشينغ: صعد عدد قتلى انفجار مصنع الكيميائيات في الصين إلى 64، فيما عثرت فرق الإنقاذ على ناج بعد أربعين ساعة على وقوع الحادث الصناعي الذي يعد من أسوأ الحوادث في تاريخ البلاد، وفق ما أعلن مصدر رسمي السبت.
وكانت حصيلة سابقة قد أشارت إلى 47 قتيلًا و90 مصابًا.
ونقلت شبكة تلفزيون الصين المركزي الحكومية (سي سي تي في) عن رئيس بلدية يانشنيغ أن 28 شخصًا لا يزالون في عداد المفقودين.
وبحسب المصدر نفسه، "يجري التعرف على هويات القتلى والمفقودين عبر مقابلات مع ذويهم واختبارات الحمض النووي".
وذكرت بلدية يانشينغ على شبكة "ويبو" أن الناجي الذي انتشله رجال الإطفاء من تحت الركام فجر السبت رجل في الأربعينات من العمر.
وحدث الانفجار في المصنع الذي تشغله شركة "تيانجيياي للكيميائيات" في يانشينغ بمقاطعة جيانغسو، الخميس قرابة الساعة 14:50 بالتوقيت المحلي (06:50 ت غ)، بحسب مسؤولين.
وأفادت هيئة رصد الزلازل الصينية بأنها رصدت هزة بقوة 2.2 درجة في مدينة ليانيونغانغ القريبة من يانشينغ حيث وقع الانفجار.
""", [
    ev("toll-64-dead", "صعد عدد قتلى انفجار مصنع الكيميائيات في الصين إلى 64", "2019-03-23", "'أعلن مصدر رسمي السبت' = Sat 23 Mar 2019"),
    ev("toll-47-dead", "وكانت حصيلة سابقة قد أشارت إلى 47 قتيلًا", "2019-03-22", "no own expression; the toll of Fri 22 Mar 2019 (dotmsr 'اليوم الجمعة')"),
    ev("survivor-rescued", "من تحت الركام فجر السبت", "2019-03-23", "'فجر السبت' = early Sat 23 Mar 2019 (about forty hours after the blast)"),
    ev("plant-explosion", "الخميس قرابة الساعة 14:50 بالتوقيت المحلي", BLAST, "'الخميس قرابة الساعة 14:50' = Thu 21 Mar 2019"),
    ev("tremor-recorded", "بأنها رصدت هزة بقوة 2.2 درجة", BLAST, "no own expression; the tremor caused by the blast of Thu 21 Mar 2019"),
])
art(S, "https://themiddleeastpost.online/archives/56105",
    "2019-03-25", "no date line on the stored page; the body's 'حتى اليوم الاثنين' for the toll of 78 and 'يوم الخميس الماضي' for the blast of Thu 21 Mar 2019 give Mon 25 Mar 2019 (25 Mar 2019 was a Monday); the section tag dropped; headline kept from the page", True, """
ارتفاع حصيلة ضحايا انفجار بمصنع مبيدات في الصين إلى 78 قتيلا
بكين - قال مسؤولون إن عدد ضحايا الانفجار الذي ضرب مصنعا للمبيدات في شرق الصين بلغ 78 شخصا حتى اليوم الاثنين، فصار من أسوأ الحوادث الصناعية التي عرفتها الصين منذ سنوات.
وذكر مسؤولون في إقليم جيانجسو أن هويات 56 من قتلى الانفجار الذي وقع يوم الخميس الماضي في مصنع "تيانجياي كميكال كامباني" للمبيدات الحشرية في مدينة يانتشنج قد حُددت.
وأفاد التلفزيون الصيني بأن 28 شخصا ما زالوا مفقودين، وأن 34 آخرين في حالة حرجة و60 في حالة خطيرة.
وامتد أثر الانفجار، الذي نُقل بسببه 640 شخصا إلى المستشفيات، إلى مسافة كيلومترات، فحطم النوافذ وأضر بالمباني.
وباشر "مجلس الدولة" الصيني، صاحب الصلاحيات الكاملة، تحقيقا في الحادث، بعد أن تعهد الرئيس الصيني شي جين بينج ورئيس الوزراء لي كه تشيانج بكشف سببه.
واحتُجز رئيس المصنع تشانج قينيو ومديرون آخرون بعد الحادث.
ويذكر أن المصنع كان قد خضع من قبل للتدقيق بسبب تدني معايير السلامة فيه، ويعد الحادث من أسوأ الحوادث المماثلة منذ آب/أغسطس 2015، حين أودت انفجارات في مستودع للكيماويات في تيانجين بحياة 173 شخصا. (د ب أ)
""", [
    ev("toll-78-dead", "بلغ 78 شخصا حتى اليوم الاثنين", "2019-03-25", "'حتى اليوم الاثنين' = Mon 25 Mar 2019"),
    ev("plant-explosion", "الذي وقع يوم الخميس الماضي", BLAST, "'يوم الخميس الماضي' from Mon 25 Mar 2019 = Thu 21 Mar"),
    ev("state-council-investigation", "تحقيقا في الحادث، بعد أن تعهد الرئيس الصيني", "2019-03-21", "no own expression; opened after the leaders' pledges that followed the blast of Thu 21 Mar and before this article of Mon 25 Mar 2019: my span 21-25 Mar", end="2019-03-26"),
    ev("managers-detained", "واحتُجز رئيس المصنع تشانج قينيو ومديرون آخرون", "2019-03-21", "no own expression; 'بعد الحادث', between the blast of Thu 21 Mar and this article of Mon 25 Mar 2019: my span 21-25 Mar", end="2019-03-26"),
    ev("tianjin-2015-blasts", "حين أودت انفجارات في مستودع للكيماويات في تيانجين", "2015-08-01", "'آب/أغسطس 2015' = August 2015 (the month only; the Tianjin blasts were on 12 Aug 2015)", end="2015-09-01"),
])

# ---------------------------------------------------------------- egypt-borg-el-arab-solvents-factory-fire-2026
S = "egypt-borg-el-arab-solvents-factory-fire-2026"
FIRE = "2026-02-10"                        # the fire broke out in the solvents factory on Tue 10 Feb 2026
art(S, "https://www.elbalad.news/6866018",
    "2026-02-10", "the page's date 2026-02-10 and the body's 'اليوم' for the fire of Tue 10 Feb 2026 (lebanon24 of Wed 11: 'مساء أمس الثلاثاء'); headline written from the body (the stored text has none)", True, """
حريق كبير في مصنع للمذيبات الكيميائية ببرج العرب في الإسكندرية
شهدت المنطقة الصناعية الثالثة في مدينة برج العرب بمحافظة الإسكندرية، اليوم، اندلاع حريق ضخم في أحد مصانع المذيبات الكيميائية، فتحركت قوات الحماية المدنية والجهات المختصة على عجل لإخماد النيران ومنع وصولها إلى المصانع المجاورة.
وتلقى مركز شرطة برج العرب بلاغًا باشتعال النيران في المصنع الواقع في جنوب المنطقة الصناعية، فتوجهت على الفور سيارات الإطفاء التابعة للحماية المدنية وعدد من سيارات الإسعاف إلى موقع الحادث، ودُفع بـ 8 سيارة إطفاء وفرق الإنقاذ لمكافحة الحريق.
وأظهرت المعاينة الأولية أن النيران انتشرت سريعا بسبب المواد الكيميائية القابلة للاشتعال المخزنة في المصنع، بينما تعمل فرق الإطفاء على تبريد الخزانات القريبة لتفادي انفجارها.
وذكرت المصادر الأمنية أنه لم تقع أي وفيات حتى الآن، وأنه جرى التعامل مع عدد من حالات الاختناق البسيط بين عمال المصنع الذين نقلوا إلى المستشفيات القريبة لعلاجهم، في حين تواصل الجهات المعنية التحقيق في أسباب الحريق، وقد حذرت إدارة المنطقة الصناعية كل المصانع المجاورة من خطر امتداد النيران ودعتها إلى أقصى درجات الحذر.
""", [
    ev("factory-fire", "اليوم، اندلاع حريق ضخم في أحد مصانع المذيبات الكيميائية", FIRE, "'اليوم' = Tue 10 Feb 2026, the page's date"),
    ev("police-report", "وتلقى مركز شرطة برج العرب بلاغًا باشتعال النيران", FIRE, "no own expression; the report of the fire of Tue 10 Feb 2026"),
    ev("fire-engines-sent", "ودُفع بـ 8 سيارة إطفاء وفرق الإنقاذ", FIRE, "no own expression; sent on Tue 10 Feb 2026, the day of the fire"),
    ev("tanks-cooling", "تعمل فرق الإطفاء على تبريد الخزانات القريبة", FIRE, "no own expression; during the fire of Tue 10 Feb 2026"),
    ev("workers-suffocation", "التعامل مع عدد من حالات الاختناق البسيط بين عمال المصنع", FIRE, "no own expression; workers overcome by smoke in the fire of Tue 10 Feb 2026"),
])
art(S, "https://www.lebanon24.com/news/world-news/1480463/%D9%81%D9%8A-%D9%85%D8%B5%D8%B1-%D8%AD%D8%B1%D9%8A%D9%82-%D9%87%D8%A7%D8%A6%D9%84-%D9%8A%D8%AB%D9%8A%D8%B1-%D8%A7%D9%84%D8%B0%D8%B9%D8%B1",
    "2026-02-11", "the page's date 2026-02-11 and the body's 'مساء أمس الثلاثاء' for the fire of Tue 10 Feb 2026 (11 Feb 2026 was a Wednesday); headline rendered from the URL slug; names blanked on the stored page ('برج العرب', 'الأجهزة الأمنية', 'قوات الأمن', 'المنطقة الصناعية') restored from the same wire text (alwakeelnews, almowaten)", True, """
في مصر.. حريق هائل يثير الذعر
عاشت مدينة برج العرب الجديدة في الإسكندرية ساعات من الخوف مساء أمس الثلاثاء، بعد اشتعال حريق ضخم في أحد كبار المصانع المتخصصة في إنتاج المذيبات الكيمياوية والمواد اللاصقة وتخزينها في المنطقة الصناعية.
وأدى الحريق إلى ارتفاع ألسنة لهب هائلة وأعمدة دخان أسود غطت سماء المنطقة.
وتلقت مديرية أمن الإسكندرية بلاغاً عن انفجار واشتعال النيران في أحد المخازن الرئيسية للمصنع، فأسرعت قوات الحماية المدنية إلى المكان مدعومة بـ 14 سيارة إطفاء.
وبذل رجال الإطفاء جهودا كبيرة للسيطرة على النيران بسبب طبيعة المواد المخزنة، ومنها مذيبات كيمياوية سريعة الاشتعال مثل "الثنر، والأسيتون، والميثانول، والتولوين"، وهي مواد قابلة للانفجار بسرعة ويحتاج إطفاؤها إلى مواد خاصة.
وضربت قوات الأمن طوقاً أمنياً محكماً حول المنطقة الصناعية لمنع انتقال النيران إلى المصانع المجاورة والأحياء السكنية القريبة، بينما تمكنت فرق الإطفاء من حصر النيران داخل حدود المصنع ثم إخمادها.
وأصيب عدد من العاملين بحالات اختناق وإغماء شديدة بعد استنشاق الدخان الكثيف، ونقلتهم سيارات الإسعاف إلى مستشفيات الإسكندرية لتلقي العلاج اللازم.
""", [
    ev("factory-fire", "بعد اشتعال حريق ضخم في أحد كبار المصانع", FIRE, "'مساء أمس الثلاثاء' from Wed 11 Feb 2026 = Tue 10 Feb"),
    ev("police-report", "وتلقت مديرية أمن الإسكندرية بلاغاً عن انفجار", FIRE, "no own expression; the report of the explosion and fire of Tue 10 Feb 2026"),
    ev("fire-engines-sent", "مدعومة بـ 14 سيارة إطفاء", FIRE, "no own expression; sent on the evening of the fire, Tue 10 Feb 2026"),
    ev("security-cordon", "وضربت قوات الأمن طوقاً أمنياً محكماً حول المنطقة الصناعية", FIRE, "no own expression; during the fire of Tue 10 Feb 2026"),
    ev("fire-extinguished", "ثم إخمادها", FIRE, "no own expression; the fire that broke out on the evening of Tue 10 Feb was put out before this article of Wed 11 Feb 2026: my span 10-11 Feb", end="2026-02-12"),
    ev("workers-suffocation", "وأصيب عدد من العاملين بحالات اختناق وإغماء شديدة", FIRE, "no own expression; workers overcome by smoke in the fire of Tue 10 Feb 2026"),
])
art(S, "https://www.almowaten.net/2026/02/%D8%AD%D8%B1%D9%8A%D9%82-%D9%81%D9%8A-%D8%A7%D9%84%D8%A5%D8%B3%D9%83%D9%86%D8%AF%D8%B1%D9%8A%D8%A9-%D8%A5%D8%B5%D8%A7%D8%A8%D8%A7%D8%AA-%D9%88%D8%A7%D8%AE%D8%AA%D9%86%D8%A7%D9%82%D8%A7%D8%AA-%D9%881/",
    "2026-02-11", "the stored page's date 2026-02-11 (the URL gives 2026/02); the body names only 'مساء الثلاثاء' for the fire of Tue 10 Feb 2026, not its own day; headline rendered from the URL slug (its truncated tail dropped); the last, truncated sentence shortened; no date of its own in the text", False, """
حريق في الإسكندرية.. إصابات واختناقات
اندلع مساء الثلاثاء حريق كبير في أحد المصانع الكبرى المتخصصة في إنتاج المذيبات الكيمياوية والمواد اللاصقة وتخزينها، في المنطقة الصناعية بمدينة برج العرب الجديدة غرب محافظة الإسكندرية المصرية، فأثار الهلع بين العاملين وسكان المناطق القريبة.
وارتفعت ألسنة اللهب بشدة وغطت أعمدة الدخان الأسود سماء المنطقة، إثر انفجار وقع في أحد المخازن الرئيسية للمصنع، بحسب بلاغ وصل إلى الأجهزة الأمنية في مديرية أمن الإسكندرية.
وتوجهت قوات الحماية المدنية فورا إلى مكان الحريق ومعها 14 سيارة إطفاء، وواجه رجال الإطفاء صعوبة في إخماد النيران بسبب طبيعة المواد المخزنة، ومنها مذيبات سريعة الاشتعال مثل "الثنر، والأسيتون، والميثانول، والتولوين"، وهي مواد تشتعل وتنفجر بسرعة وتحتاج إلى وسائل إطفاء خاصة.
وأقامت قوات الأمن طوقا أمنيا حول المنطقة الصناعية لمنع امتداد الحريق إلى المصانع المجاورة أو الأحياء السكنية القريبة، بينما نجحت فرق الإطفاء في محاصرة النيران داخل حدود المصنع والسيطرة عليها كليا.
وتسبب الحادث في إصابة عدد من العاملين بحالات اختناق وإغماء.
""", [
    ev("factory-fire", "اندلع مساء الثلاثاء حريق كبير", FIRE, "'مساء الثلاثاء' = Tue 10 Feb 2026"),
    ev("police-report", "بحسب بلاغ وصل إلى الأجهزة الأمنية", FIRE, "no own expression; the report of the explosion and fire of Tue 10 Feb 2026"),
    ev("fire-engines-sent", "ومعها 14 سيارة إطفاء", FIRE, "no own expression; sent on the evening of the fire, Tue 10 Feb 2026"),
    ev("security-cordon", "وأقامت قوات الأمن طوقا أمنيا حول المنطقة الصناعية", FIRE, "no own expression; during the fire of Tue 10 Feb 2026"),
    ev("fire-extinguished", "والسيطرة عليها كليا", FIRE, "no own expression; the fire of Tue 10 Feb was under full control before this article of Wed 11 Feb 2026: my span 10-11 Feb", end="2026-02-12"),
    ev("workers-suffocation", "وتسبب الحادث في إصابة عدد من العاملين بحالات اختناق وإغماء", FIRE, "no own expression; workers overcome by smoke in the fire of Tue 10 Feb 2026"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 489
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

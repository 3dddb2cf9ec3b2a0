"""Builds stories.jsonl: the 401-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from western Libya (Tripoli, Misrata, Zawiya,
Zintan, Sabratha, Gharyan, Zuwara) in any domain: clashes, fuel and power cuts, floods, accidents, municipal
elections, banks and cash shortages, sport.
Stories: the clashes around the Zawiya refinery that set its tanks on fire (Libya, December 2024), the capture of
Gharyan by the forces of the Government of National Accord (Libya, June 2019), and the end of the battle of
Sabratha between the anti-IS operations room and al-Dabbashi's brigade (Libya, October 2017).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- libya-zawiya-refinery-clashes-2024
S = "libya-zawiya-refinery-clashes-2024"
SUN = "2024-12-15"                          # the clashes peaked in the early hours of Sun 15 Dec 2024; NOC force majeure that morning
CLASH = ("2024-12-14", "2024-12-16")        # fighting from the night of Sat 14 into the morning of Sun 15 Dec 2024
art(S, "https://fawaselmedia.com/%d8%a7%d8%b4%d8%aa%d8%a8%d8%a7%d9%83%d8%a7%d8%aa-%d9%85%d8%b3%d9%84%d8%ad%d8%a9-%d9%81%d9%8a-%d9%85%d8%ad%d9%8a%d8%b7-%d9%85%d8%b5%d9%81%d8%a7%d8%a9-%d8%a7%d9%84%d8%b2%d8%a7%d9%88%d9%8a%d8%a9",
    SUN, "no date line on the stored page; the body's 'اليوم الأحد' (twice) with the NOC's force majeure of that morning, which arabkhabar/al-Iqtisad News stamps '15th, December 2024', gives Sun 15 Dec 2024; headline written from the URL slug; the inner sub-headings and the last, truncated appeal of the NOC dropped; no date of its own in the text", False, """
اشتباكات بالسلاح قرب مصفاة الزاوية
عاشت مدينة الزاوية الواقعة غربي العاصمة طرابلس مواجهات مسلحة بين عائلتي الشرفاء وأولاد أبوحميرة حول مصفاة الزاوية منذ الساعات الأولى من اليوم الأحد.
وأدت المواجهات إلى إصابة خزان من خزانات الوقود بمصفاة الزاوية لتكرير النفط، وأفادت مصادر لفواصل بأن القتال بين العائلتين لا صلة له بأطراف النزاع السياسي، وأشارت المصادر كذلك إلى سقوط قتيل وعدد من الجرحى بسبب الاشتباكات.
وأظهرت مقاطع مصورة متداولة على منصات التواصل الاجتماعي تبادل إطلاق النار بين المجموعتين المسلحتين.
وقال حسين المغربي، عضو مجلس حكماء وأعيان الزاوية، في حديث لفواصل إن هدوءا نسبيا يسود المدينة عقب المواجهات التي نشبت بين الطرفين منذ الساعات الأولى لصباح اليوم الأحد، لافتا إلى إعادة فتح الطريق الساحلي الرابط بين طرابلس والزاوية.
وفي السياق نفسه، أعلنت المؤسسة الوطنية للنفط "القوة القاهرة والطوارئ القصوى" في مصفاة الزاوية لتكرير النفط، بعدما لحقت بعدد من خزاناتها أضرار بالغة وحرائق إثر إصابتها بالرصاص خلال الاشتباكات الدائرة حول المصفاة.
""", [
    ev("clashes-near-refinery", "عاشت مدينة الزاوية الواقعة غربي العاصمة طرابلس مواجهات مسلحة", CLASH[0], "'منذ الساعات الأولى من اليوم الأحد' = Sun 15 Dec 2024; the fighting began on the night of Sat 14 (ammanalyoum 'ليلة السبت', deyaralnagab 'ليلة البارحة'), my span 14-15 Dec", end=CLASH[1]),
    ev("tank-hit-fire", "إصابة خزان من خزانات الوقود بمصفاة الزاوية", SUN, "no own expression; the tanks were hit in the early hours of Sun 15 Dec 2024 (NOC statement)"),
    ev("one-killed", "سقوط قتيل وعدد من الجرحى بسبب الاشتباكات", SUN, "no own expression; the young man Khairi al-Hangari killed in the clashes of the night of 14-15 Dec, reported on Sun 15 Dec 2024 (my day)"),
    ev("calm-returns", "هدوءا نسبيا يسود المدينة عقب المواجهات", SUN, "present tense in an article of Sun 15 Dec 2024"),
    ev("coastal-road-reopened", "إعادة فتح الطريق الساحلي الرابط بين طرابلس والزاوية", SUN, "no own expression; reported with the calm of Sun 15 Dec 2024"),
    ev("noc-force-majeure", "أعلنت المؤسسة الوطنية للنفط \"القوة القاهرة والطوارئ القصوى\"", SUN, "no own expression ('في السياق نفسه'); the NOC statement of the morning of Sun 15 Dec 2024 (arabkhabar: 'صباح اليوم الأحد', 15 Dec)"),
])
art(S, "https://arabkhabar.com/a/3818281",
    SUN, "page stamp 'تاريخ النشر: 15th, December 2024 GMT' (kept; 15 Dec 2024 was a Sunday), the body's 'صباح اليوم الأحد' agrees; the source line 'الاقتصاد نيوز - متابعة', the tag list and the unrelated 'read also' items dropped; headline kept from the page (reworded)", True, """
ليبيا.. خسائر في مصفاة للنفط إثر مواجهات مسلحة حولها
تاريخ النشر: 15th, December 2024 GMT
أعلنت المؤسسة الوطنية للنفط في ليبيا القوة القاهرة إثر إصابة عدد من خزانات مصفاة الزاوية بأضرار جسيمة في ساعة مبكرة من صباح اليوم الأحد، جراء اشتباكات متواصلة بين مجموعات مسلحة في محيط المصفاة.
وتابعت المؤسسة أن "عناصر الأمن والسلامة نجحوا بفضل الله في السيطرة على الحرائق والتسريبات في خطوط الغاز، وحصر خطر امتدادها على الرغم من تواصل الاشتباكات حول المصفاة".
ويسود ليبيا عدم استقرار في ظل انقسامها بين حكومتين، بعد سنوات من سقوط نظام الرئيس معمّر القذافي.
""", [
    ev("noc-force-majeure", "أعلنت المؤسسة الوطنية للنفط في ليبيا القوة القاهرة", SUN, "the statement of Sun 15 Dec 2024 (page stamp; 'صباح اليوم الأحد')"),
    ev("tank-hit-fire", "إصابة عدد من خزانات مصفاة الزاوية بأضرار جسيمة في ساعة مبكرة من صباح اليوم الأحد", SUN, "'في ساعة مبكرة من صباح اليوم الأحد' = Sun 15 Dec 2024"),
    ev("clashes-near-refinery", "جراء اشتباكات متواصلة بين مجموعات مسلحة", CLASH[0], "no own expression; the fighting of the night of Sat 14 to the morning of Sun 15 Dec 2024 (my span)", end=CLASH[1]),
    ev("fire-controlled", "نجحوا بفضل الله في السيطرة على الحرائق والتسريبات", SUN, "no own expression; the fires were brought under control on the morning of Sun 15 Dec 2024 (NOC statement)"),
    ev("gaddafi-fall", "بعد سنوات من سقوط نظام الرئيس معمّر القذافي", "2011-08-20", "'بعد سنوات' background: the fall of Gaddafi's regime, from the fall of Tripoli (20-23 Aug 2011) to his death on 20 Oct 2011 (outside knowledge, my span)", end="2011-10-21"),
])
art(S, "https://ardelmosafer.blogspot.com/2024/12/blog-post_15.html",
    SUN, "date in the URL '/2024/12/blog-post_15' (15 Dec 2024 was a Sunday); the body's 'صباح اليوم الأحد' and 'تعليق الدراسة يوم الأحد' agree; the sub-headings 'الزاوية النفطية' / 'مدينة الزاوية' and the comment counter dropped; headline kept from the page (reworded); no date of its own in the text", False, """
نيران المجموعات المسلحة تطال خزانات النفط في ليبيا
امتدت اشتباكات مسلحة في مدينة الزاوية (40 كلم غرب العاصمة الليبية طرابلس) إلى خزانات النفط، وخلّفت قتيلا و15 جريحا على الأقل، ما دفع المؤسسة الوطنية للنفط إلى إعلان "القوة القاهرة"، قبل أن تُطفأ الحرائق، ثم عاد الهدوء الحذر إلى المنطقة تدريجياً.
ونشبت المواجهات بالأسلحة الخفيفة والمتوسطة حول مصفاة الزاوية النفطية، في الساعات الأولى من صباح اليوم الأحد، بين محمد كشلاف الملقب بـ"القصاب" ومجموعة من قبيلة "الشرفة" في الزاوية، وتضرر بسببها عدد من صهاريج المصفاة التي أصابتها النيران.
وارتفعت ألسنة اللهب وسحب الدخان من داخل المصفاة، وظهرت من نواحٍ عدة في مدينة الزاوية، بينما لزمت السلطات التنفيذية في طرابلس الصمت حيال ما جرى.
ونعت أوساط اجتماعية في الزاوية الشاب خيري الهنقاري الذي قُتل في اشتباكات منطقة الشرفاء، فيما بلغ عدد الجرحى 15، وفق مصادر في مستشفى الزاوية. وأعلن مشرف تربية الزاوية عادل الكسيح تعليق الدراسة يوم الأحد في كل المدارس التابعة للإشراف بسبب الاشتباكات.
""", [
    ev("one-killed", "وخلّفت قتيلا و15 جريحا على الأقل", SUN, "no own expression; the toll of the clashes of the night of 14-15 Dec, reported on Sun 15 Dec 2024 (my day)"),
    ev("noc-force-majeure", "ما دفع المؤسسة الوطنية للنفط إلى إعلان \"القوة القاهرة\"", SUN, "no own expression; the statement of Sun 15 Dec 2024"),
    ev("calm-returns", "ثم عاد الهدوء الحذر إلى المنطقة تدريجياً", SUN, "no own expression; the calm of Sun 15 Dec 2024 (fawaselmedia 'اليوم الأحد')"),
    ev("clashes-near-refinery", "ونشبت المواجهات بالأسلحة الخفيفة والمتوسطة حول مصفاة الزاوية النفطية", CLASH[0], "'في الساعات الأولى من صباح اليوم الأحد' = Sun 15 Dec 2024; begun on the night of Sat 14 (my span 14-15 Dec)", end=CLASH[1]),
    ev("tank-hit-fire", "وارتفعت ألسنة اللهب وسحب الدخان من داخل المصفاة", SUN, "no own expression; the fire of the early hours of Sun 15 Dec 2024"),
    ev("schools-suspended", "تعليق الدراسة يوم الأحد في كل المدارس التابعة للإشراف", SUN, "'يوم الأحد' = Sun 15 Dec 2024"),
])
art(S, "https://deyaralnagab.com/main.php?content=27&id=5873",
    "2024-12-16", "page date line '16.12.2024' under the headline (kept; 16 Dec 2024 was a Monday); the body's 'صباح أمس الأحد' agrees; the site's header ('أحدث الأخبار', 'السبت 21 كانون أول/ديسمبر 2024', the counters) and the last, truncated words of the NOC statement dropped; the '!!' of the headline dropped", True, """
ليبيا: خزانات نفط تصاب مباشرة في مدينة الزاوية غرب البلاد بفعل اشتباكات مسلحة
16.12.2024
طرابلس : أفادت مصادر محلية ليبية في مدينة الزاوية غرب البلاد بأن اشتباكات بالأسلحة الخفيفة والمتوسطة اندلعت ليلة البارحة واستمرت حتى ساعات الصباح الأولى حول مصفاة الزاوية.
وذكرت أن المواجهات أدت إلى إصابة خزانات النفط إصابة مباشرة، مبينة أن فرق السلامة الوطنية عملت على إطفاء الحريق أثناء وبعد توقف الاشتباكات، ومؤكدة أنها نجحت في إخماد الحريق تماما.
وأوضحت المصادر أن مساعي صلح يقودها أعيان المنطقة وأهاليها جارية لوقف الاشتباكات نهائيا.
وتندلع في مدينة الزاوية بين حين وآخر اشتباكات بين المجموعات المسلحة المنتشرة فيها، ففي نيسان/أبريل من العام الماضي لقي أربعة أشخاص على الأقل حتفهم، وقبلها -في فبراير- سقط قتيلان في اشتباكات مسلحة أيضا بين المجموعات المتصارعة في المدينة.
وكانت المؤسسة الوطنية للنفط قد أعلنت صباح أمس الأحد حالة الطوارئ في مصفاة الزاوية لتكرير النفط بسبب اشتباكات بين مجموعات مسلحة حول المصفاة، وقالت في بيان إنها تعلن بكل أسف حالة القوة القاهرة والطوارئ من الدرجة الثالثة القصوى.
""", [
    ev("clashes-near-refinery", "اشتباكات بالأسلحة الخفيفة والمتوسطة اندلعت ليلة البارحة", CLASH[0], "'ليلة البارحة ... حتى ساعات الصباح الأولى': the night of Sat 14 to the morning of Sun 15 Dec 2024 (the phrase is copied from a report of Sun 15; from the date line of Mon 16 it would read as the night of Sun 15)", end=CLASH[1]),
    ev("tank-hit-fire", "إصابة خزانات النفط إصابة مباشرة", SUN, "no own expression; the early hours of Sun 15 Dec 2024"),
    ev("fire-controlled", "نجحت في إخماد الحريق تماما", SUN, "no own expression; the fire was put out on Sun 15 Dec 2024 (NOC statement of that morning)"),
    ev("mediation", "مساعي صلح يقودها أعيان المنطقة وأهاليها جارية", SUN, "present tense; the notables' mediation of Sun 15 - Mon 16 Dec 2024 (my span)", end="2024-12-17"),
    ev("april-2023-deaths", "ففي نيسان/أبريل من العام الماضي لقي أربعة أشخاص على الأقل حتفهم", "2023-04-01", "'نيسان/أبريل من العام الماضي' from Dec 2024 = April 2023 (the month)", end="2023-05-01"),
    ev("noc-force-majeure", "وكانت المؤسسة الوطنية للنفط قد أعلنت صباح أمس الأحد", SUN, "'صباح أمس الأحد' from Mon 16 Dec = Sun 15 Dec 2024"),
])

# ---------------------------------------------------------------- libya-gharyan-gna-recapture-2019
S = "libya-gharyan-gna-recapture-2019"
TAKE = "2019-06-26"                          # GNA forces took Gharyan on Wed 26 Jun 2019
OFFENSIVE = "2019-04-04"                     # Haftar's offensive on Tripoli began on Thu 4 Apr 2019 (Gharyan taken that day)
art(S, "https://www.dailysabah.com/arabic/arab-world/2019/06/26/الوفاق-الليبية-تسيطر-على-مدينة-غريان-في-ضربة-قاسية-لقوات-حفتر",
    TAKE, "page stamp 'نشر في 26.06.2019 21:56' with 'آخر تحديث في 27.06.2019 02:23' (kept; 26 Jun 2019 was a Wednesday), date in the URL '/2019/06/26/'; the body's 'الأربعاء' agrees; the byline 'وكالات / إسطنبول' dropped; headline kept from the page (reworded); the last, truncated quotation shortened", True, """
حكومة الوفاق الليبية تنتزع مدينة غريان في ضربة موجعة لقوات حفتر
نشر في 26.06.2019 21:56 - آخر تحديث في 27.06.2019 02:23
قالت مصادر عسكرية تابعة لحكومة الوفاق الليبية، الأربعاء، إن قواتها نجحت في بسط سيطرتها على مدينة غريان (100 كلم جنوب طرابلس) كلها، ودخلت مقر غرفة العمليات الرئيسية لقوات خليفة حفتر، التي تُدار منها الحملة على العاصمة طرابلس.
ونقلت قناة "ليبيا الأحرار" (خاصة) عن العقيد عبد الحكيم طنيش، القائد الميداني في قوات الوفاق، أنهم سيطروا على غريان بالكامل.
وأكد موقع "عين ليبيا" (خاص) بدوره، نقلا عن مصادر عسكرية، أن قوات الوفاق سيطرت على غريان.
وأوردت "ليبيا الأحرار"، عن مصادر قالت إنها متطابقة، "هروب قائد غرفة العمليات الرئيسية التابع لحفتر، عبد السلام الحاسي، مع عدد من عناصر قواته".
وعرضت القناة مقطعا مصورا لمنزل قالت إنه مقر غرفة العمليات الرئيسية لقوات حفتر.
وأعلن المركز الإعلامي لعملية بركان الغضب، التابع لحكومة الوفاق، أن قواتهم "تبسط سيطرتها على وسط غريان وفندق الرابطة ومستشفى المدينة وكل مراكز السيطرة في المدينة".
""", [
    ev("gharyan-captured", "إن قواتها نجحت في بسط سيطرتها على مدينة غريان", TAKE, "'الأربعاء' = Wed 26 Jun 2019 (page stamp)"),
    ev("ops-room-stormed", "ودخلت مقر غرفة العمليات الرئيسية لقوات خليفة حفتر", TAKE, "no own expression; the storming of Wed 26 Jun 2019"),
    ev("hassi-fled", "هروب قائد غرفة العمليات الرئيسية التابع لحفتر، عبد السلام الحاسي", TAKE, "no own expression; the flight of Abdel Salam al-Hassi during the fall of the city on Wed 26 Jun 2019"),
    ev("volcano-statement", "وأعلن المركز الإعلامي لعملية بركان الغضب", TAKE, "no own expression; the statement of Volcano of Rage on Wed 26 Jun 2019 (Sputnik: 'اليوم الأربعاء')"),
])
art(S, "https://www.urdupoint.com/arabic/story/654988.html",
    TAKE, "Sputnik line '26 يونيو 2019' (kept; 26 Jun 2019 was a Wednesday); the body's 'اليوم الأربعاء' agrees; the agency tag 'أردو بوینت نتورك' and the marker '(تستمر)' dropped; the last, truncated paragraph on al-Mismari dropped; headline kept from the page (reworded)", True, """
قوات الوفاق تعلن السيطرة على مدينة غريان والجيش الوطني بقيادة حفتر يؤكد أن القتال مستمر
(سبوتنيك - 26 يونيو 2019) أعلنت عملية بركان الغضب التابعة لحكومة الوفاق الوطني في العاصمة الليبية طرابلس، اليوم الأربعاء، أنها بسطت سيطرتها على وسط مدينة غريان جنوب طرابلس، وأشارت إلى أنها اقتحمت غرفة العمليات العسكرية التابعة للجيش الوطني الليبي الذي يقوده المشير خليفة حفتر.
وجاء في بيان صحفي نشرته العملية على صفحتها الرسمية في فيسبوك أن "قواتنا البطلة تبسط سيطرتها على وسط غريان وفندق الرابطة ومستشفى المدينة، وكافة مراكز السيطرة بالمدينة"، وأن "القوات العسكرية تقتحم مقر غرفة العمليات للهارب عبد السلام الحاسي (آمر غرفة عمليات الكرامة التابع لحفتر) ومعسكراته بالكامل، بعد انتفاضة من الداخل".
ولفتت عملية بركان الغضب في بيانها إلى "وصول دعم من خارج المدينة، في عملية خطط لها بإحكام، ودعمها نسور الجو باحترافية كاملة لإنجاز العملية في أقل من أربع وعشرين ساعة".
""", [
    ev("volcano-statement", "أعلنت عملية بركان الغضب التابعة لحكومة الوفاق الوطني", TAKE, "'اليوم الأربعاء' = Wed 26 Jun 2019 (Sputnik line)"),
    ev("gharyan-captured", "أنها بسطت سيطرتها على وسط مدينة غريان جنوب طرابلس", TAKE, "'اليوم الأربعاء' = Wed 26 Jun 2019"),
    ev("ops-room-stormed", "اقتحمت غرفة العمليات العسكرية التابعة للجيش الوطني الليبي", TAKE, "no own expression; Wed 26 Jun 2019"),
    ev("uprising-inside", "بعد انتفاضة من الداخل", "2019-06-25", "no own expression; the uprising inside the city that preceded the assault 'في أقل من أربع وعشرين ساعة' before the statement of Wed 26 Jun 2019 (my span 25-26 Jun)", end="2019-06-27"),
    ev("air-support", "ودعمها نسور الجو باحترافية كاملة", "2019-06-25", "'في أقل من أربع وعشرين ساعة' before the statement of Wed 26 Jun 2019 (my span 25-26 Jun)", end="2019-06-27"),
])
art(S, "https://www.aljazeera.net/programs/newsreports/2019/6/27/%D9%82%D9%88%D8%A7%D8%AA-%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%A7%D9%84%D8%B4%D8%B1%D8%B9%D9%8A%D8%A9-%D8%AA%D8%B7%D8%B1%D8%AF-%D9%82%D9%88%D8%A7%D8%AA-%D8%AD%D9%81%D8%AA%D8%B1-%D9%85%D9%86-%D8%BA%D8%B1%D9%8A%D8%A7%D9%86",
    "2019-06-27", "page date line '27/06/2019' (kept; 27 Jun 2019 was a Thursday), date in the URL '/2019/6/27/'; the body's 'حتى الأربعاء' agrees; the unpunctuated transcript of the TV report split into sentences; the quoted statement of the Gharyan fighters and the last, truncated sentence on the dead dropped; headline kept from the page (reworded)", True, """
قوات الحكومة الشرعية تُخرج قوات حفتر من غريان
27/06/2019
في تطور قد يقلب الوضع الراهن في ليبيا رأسا على عقب، أحكمت قوات حكومة الوفاق قبضتها على مدينة غريان كلها، وسيطرت كذلك على مقر غرفة العمليات الرئيسية التي كانت قوات حفتر تقود منها الهجوم على العاصمة.
وتشكل سيطرة قوات حكومة الوفاق على غريان، المدينة الإستراتيجية التي تبعد مئة كيلومتر جنوب غرب طرابلس، ضربة قوية لقوات حفتر التي اتخذتها مقرا لقيادة حملتها العسكرية منذ انطلاقها في الرابع من أبريل نيسان الماضي بغرض الاستيلاء على العاصمة وانتزاعها من الحكومة المعترف بها دوليا.
وظلت غريان حتى الأربعاء قاعدة الإمداد الرئيسية لقوات حفتر، إذ كانت تصلها القوات والأسلحة والذخائر من الشرق.
وقال شهود إن القوات الموالية للحكومة في طرابلس اقتحمت المدينة صباحا بإسناد من سلاح الجو في هجوم مباغت.
""", [
    ev("gharyan-captured", "أحكمت قوات حكومة الوفاق قبضتها على مدينة غريان كلها", TAKE, "no own expression; the capture of Wed 26 Jun 2019 ('حتى الأربعاء' below)"),
    ev("ops-room-stormed", "وسيطرت كذلك على مقر غرفة العمليات الرئيسية", TAKE, "no own expression; Wed 26 Jun 2019"),
    ev("tripoli-offensive-start", "منذ انطلاقها في الرابع من أبريل نيسان الماضي", OFFENSIVE, "'في الرابع من أبريل نيسان الماضي' = Thu 4 Apr 2019"),
    ev("supply-base-until-wed", "وظلت غريان حتى الأربعاء قاعدة الإمداد الرئيسية لقوات حفتر", OFFENSIVE, "'حتى الأربعاء' = until Wed 26 Jun 2019, from the start of the offensive on 4 Apr 2019", end="2019-06-27"),
    ev("morning-assault", "اقتحمت المدينة صباحا بإسناد من سلاح الجو", TAKE, "'صباحا' of the day of the capture, Wed 26 Jun 2019"),
])
art(S, "https://www.libyaakhbar.com/libya-news/972101.html",
    "2019-06-28", "the stored page gives only the month ('2019-06'); the body's 'اليوم الجمعة' with 'يوم الأربعاء الماضي' for the GNA's announcement of Wed 26 Jun gives Fri 28 Jun 2019 (checked with datetime); headline written from the body (the stored text has none); no date of its own in the text", False, """
الجيش الوطني يتأهب لعملية واسعة لاستعادة غريان
قال الجيش الوطني، اليوم الجمعة، إنه يتأهب لإطلاق عملية عسكرية واسعة لاستعادة السيطرة على مدينة غريان الواقعة جنوب غرب طرابلس.
وأفادت قناة "العربية" بأن تأهب الجيش يتزامن مع استمرار الاشتباكات على أطراف المدينة التي تُعد مركزا لعملياته.
وكانت قوات حكومة الوفاق الوطني قد أعلنت، يوم الأربعاء الماضي، أنها بسطت نفوذها على مدينة غريان، التي كانت في قبضة الجيش منذ انطلاق عمليته العسكرية لتحرير العاصمة طرابلس قبل أكثر من شهرين ونصف، وذلك إثر معارك دامية خلّفت عشرات القتلى والجرحى من الطرفين.
""", [
    ev("lna-prepares-counterattack", "قال الجيش الوطني، اليوم الجمعة، إنه يتأهب", "2019-06-28", "'اليوم الجمعة' = Fri 28 Jun 2019"),
    ev("outskirts-clashes", "استمرار الاشتباكات على أطراف المدينة", "2019-06-28", "present tense on Fri 28 Jun 2019 (my day)"),
    ev("gharyan-captured", "قد أعلنت، يوم الأربعاء الماضي، أنها بسطت نفوذها على مدينة غريان", TAKE, "'يوم الأربعاء الماضي' from Fri 28 Jun = Wed 26 Jun 2019"),
    ev("tripoli-offensive-start", "منذ انطلاق عمليته العسكرية لتحرير العاصمة طرابلس قبل أكثر من شهرين ونصف", OFFENSIVE, "'قبل أكثر من شهرين ونصف' from 28 Jun = the start of the offensive on Thu 4 Apr 2019"),
])

# ---------------------------------------------------------------- libya-sabratha-dabbashi-expelled-2017
S = "libya-sabratha-dabbashi-expelled-2017"
WIN = "2017-10-06"                           # the anti-IS operations room declared full control at dawn on Fri 6 Oct 2017
START = "2017-09-17"                         # the fighting began on Sun 17 Sep 2017
FIGHT = (START, "2017-10-07")                # the battle, 17 Sep - 6 Oct 2017
art(S, "https://alaan.cc/article/290869/%D9%84%D9%8A%D8%A8%D9%8A%D8%A7..-%D8%BA%D8%B1%D9%81%D8%A9-%D8%B9%D9%85%D9%84%D9%8A%D8%A7%D8%AA-%D9%85%D8%AD%D8%A7%D8%B1%D8%A8%D8%A9-%D8%AF%D8%A7%D8%B9%D8%B4-%D8%AA%D8%B9%D9%84%D9%86-%D8%B3%D9%8A%D8%B7%D8%B1%D8%AA%D9%87%D8%A7-%D8%B9%D9%84%D9%89-%D9%85%D8%AF%D9%8A%D9%86%D8%A9-%D8%B5%D8%A8%D8%B1%D8%A7%D8%AA%D8%A9",
    WIN, "page line 'أكتوبر 6, 2017, 1:07 م' (kept without the section name and the view counter; 6 Oct 2017 was a Friday); the body's 'فجر اليوم الجمعة' agrees; the last, truncated question on Haftar dropped; headline kept from the page (reworded)", True, """
ليبيا.. غرفة عمليات محاربة "داعش" تعلن بسط سيطرتها على صبراتة
أكتوبر 6, 2017, 1:07 م
أعلنت غرفة عمليات محاربة تنظيم "داعش" أنها سيطرت على مدينة صبراتة الليبية (شمال غرب) إثر معارك دامت أكثر من أسبوعين مع كتيبة أنس الدباشي، وخلّفت 19 قتيلا.
وصرح صالح القريسيعة، مدير المكتب الإعلامي للغرفة، بأن "قوات الجيش التابعة لغرفة عمليات محاربة داعش بسطت سيطرتها الكاملة على صبراتة فجر اليوم الجمعة، وأخرجت منها المجموعات المسلحة التابعة لكتيبة أنس الدباشي".
وأضاف للأناضول أن "القوات تقوم حاليًا بعمليات تمشيط للمنطقة، تحسبا لوجود مخلفات".
وذكر القريسيعة أن المجموعات المسلحة التابعة للكتيبة انسحبت نحو المناطق الواقعة غرب صبراتة، وبالتحديد العجيلات والجميل والمناطق الصحراوية المحيطة بهما.
وأكد أن "غرفة العمليات ستمشّط المنطقة كلها وفق خطة أمنية متكاملة لتأمين رجوع العائلات التي نزحت بسبب الاشتباكات، وستعمل كذلك على تفعيل الأجهزة الأمنية هناك".
وبيّن أن إجمالي خسائر الغرفة بلغ 19 قتيلا وأكثر من 150 جريحا.
""", [
    ev("room-takes-sabratha", "بسطت سيطرتها الكاملة على صبراتة فجر اليوم الجمعة", WIN, "'فجر اليوم الجمعة' = Fri 6 Oct 2017 (page line)"),
    ev("battle-of-sabratha", "إثر معارك دامت أكثر من أسبوعين", FIGHT[0], "'أكثر من أسبوعين' before Fri 6 Oct = the fighting of Sun 17 Sep - Fri 6 Oct 2017", end=FIGHT[1]),
    ev("sweep-operations", "القوات تقوم حاليًا بعمليات تمشيط للمنطقة", WIN, "'حاليًا' on Fri 6 Oct 2017"),
    ev("dabbashi-withdrawal", "انسحبت نحو المناطق الواقعة غرب صبراتة", "2017-10-05", "no own expression; the withdrawal of al-Dabbashi's groups before the dawn of Fri 6 Oct 2017 (my span 5-6 Oct)", end="2017-10-07"),
    ev("room-losses", "إجمالي خسائر الغرفة بلغ 19 قتيلا وأكثر من 150 جريحا", FIGHT[0], "no own expression; the room's losses over the whole battle, 17 Sep - 6 Oct 2017", end=FIGHT[1]),
])
art(S, "https://alresalah.ps/post/168791/غرفة-عمليات-محاربة-داعش-تسيطر-على-مدينة-صبراتة-الليبية/amp",
    WIN, "page stamp '2017-10-06T12:36:31+03:00' (kept; 6 Oct 2017 was a Friday); the body's 'الجمعة' agrees; the menu, the photo caption 'ارشيفية' and the last, truncated words dropped; headline kept from the page (reworded)", True, """
غرفة عمليات محاربة "داعش" تبسط سيطرتها على مدينة صبراتة الليبية
2017-10-06T12:36:31+03:00
طرابلس-الرسالة نت
أعلنت غرفة محاربة تنظيم الدولة في صبراتة غرب ليبيا، الجمعة، أن العمليات العسكرية التي اندلعت منذ السابع عشر من أيلول/سبتمبر الماضي مع الكتيبة 48 مشاة قد انتهت.
وتخضع غرفة محاربة تنظيم الدولة في صبراتة للمجلس الرئاسي لحكومة الوفاق الوطني، أما الكتيبة 48 مشاة فتتبع وزارة دفاع الحكومة نفسها.
ونشرت الغرفة على صفحتها في فيسبوك صورا لانتشار عناصرها وأسلحتها الثقيلة في صبراتة، بعد انسحاب الكتيبة 48 مشاة.
ودعت الغرفة المدنيين من سكان المدينة إلى عدم دخولها قبل تنظيفها من مخلفات الحرب والقذائف والصواريخ التي لم تنفجر بعد.
وارتفع عدد ضحايا اشتباكات صبراتة إلى 39 قتيلا و300 جريح، وفق إدارة الإعلام في وزارة الصحة بحكومة الوفاق الوطني.
وكان اللواء عبد الرحمن الطويل، رئيس الأركان العامة للجيش الليبي المكلف من حكومة الوفاق الوطني، قد أمر غرفة عمليات صبراتة والكتيبة 48 مشاة والوحدات المساندة باتخاذ إجراءات فورية لوقف القتال والعمليات العسكرية وعودة كل الوحدات إلى معسكراتها.
""", [
    ev("room-takes-sabratha", "أن العمليات العسكرية التي اندلعت منذ السابع عشر من أيلول/سبتمبر الماضي مع الكتيبة 48 مشاة قد انتهت", WIN, "'الجمعة' = Fri 6 Oct 2017 (page stamp)"),
    ev("fighting-begins", "اندلعت منذ السابع عشر من أيلول/سبتمبر الماضي", START, "'السابع عشر من أيلول/سبتمبر الماضي' = Sun 17 Sep 2017"),
    ev("dabbashi-withdrawal", "بعد انسحاب الكتيبة 48 مشاة", "2017-10-05", "no own expression; the withdrawal before the dawn of Fri 6 Oct 2017 (my span 5-6 Oct)", end="2017-10-07"),
    ev("toll-39-dead", "وارتفع عدد ضحايا اشتباكات صبراتة إلى 39 قتيلا و300 جريح", FIGHT[0], "no own expression; the Health Ministry's toll of the whole battle, 17 Sep - 6 Oct 2017", end=FIGHT[1]),
    ev("tawil-ceasefire-order", "قد أمر غرفة عمليات صبراتة والكتيبة 48 مشاة والوحدات المساندة", START, "no own expression (pluperfect 'وكان ... قد أمر'); an order given during the battle, my span 17 Sep - 6 Oct 2017", end=WIN),
])
art(S, "http://www.islamist-movements.com/41179",
    "2017-10-07", "page line 'السبت 07/أكتوبر/2017 - 03:52 م' (kept; 7 Oct 2017 was a Saturday); the body's 'اليوم السبت 7 أكتوبر 2017' agrees; the headline's slip 'مصراتة' (for Sabratha) corrected, the sub-heading and the 'طباعة' link dropped; the last, truncated sentence on the Presidential Council dropped", True, """
بعد شهر من المعارك الدامية.. تحرير صبراتة من مجموعات "العمو"
السبت 07/أكتوبر/2017 - 03:52 م
بعد مرور شهر تقريبا على الاشتباكات التي عرفتها مدينة صبراتة الليبية، والتي دخلتها في 11 أغسطس الماضي جماعة مسلحة استهدفت موقعا عسكريا تابعا لغرفة عمليات محاربة تنظيم داعش صبراتة، بحسب ما أعلنته الغرفة في ذات اليوم.
وقالت الغرفة أنذاك إنها لن تتساهل مع أحد وإن ردها سيكون قاسيا، وإن هذه الحادثة أفضل دليل على ذلك.
وأعلنت اليوم السبت 7 أكتوبر 2017، قوة مدعومة من حكومة الوفاق الوطني الليبية أنها "طردت" من صبراتة، الواقعة على بعد 70 كلم غربي طرابلس، جماعة مسلحة يقودها أحد أبرز مهربي البشر، بعد أسابيع من المواجهات الدامية.
وأكد اللواء عمر عبد الجليل، قائد "غرفة عمليات محاربة تنظيم الدولة - صبراتة"، في فيديو نشره على فيسبوك أنه "تم تحرير المدينة وطرد المليشيات الإرهابية منها".
واندلعت المعارك الدامية في 17 سبتمبر الماضي إثر مقتل عنصر من مجموعة أحمد الدباشي الملقب بـ"العمو" عند حاجز للقوة الموالية لحكومة الوفاق، وأسفرت عن 39 قتيلا و300 جريح، وفق آخر حصيلة لوزارة الصحة.
""", [
    ev("august-11-attack", "والتي دخلتها في 11 أغسطس الماضي جماعة مسلحة", "2017-08-11", "'11 أغسطس الماضي' = Fri 11 Aug 2017"),
    ev("room-takes-sabratha", "قوة مدعومة من حكومة الوفاق الوطني الليبية أنها \"طردت\" من صبراتة", WIN, "the text's 'اليوم السبت 7 أكتوبر 2017' is the day of this report; the room declared full control at dawn on Fri 6 Oct 2017 (alaan, alresalah), so the gold is Fri 6 Oct"),
    ev("liberation-video", "في فيديو نشره على فيسبوك أنه \"تم تحرير المدينة", WIN, "no own expression; Omar Abdel Jalil's video of Fri 6 Oct 2017 (AFP, reported that evening; my span 6-7 Oct)", end="2017-10-08"),
    ev("fighting-begins", "واندلعت المعارك الدامية في 17 سبتمبر الماضي", START, "'17 سبتمبر الماضي' = Sun 17 Sep 2017"),
    ev("toll-39-dead", "وأسفرت عن 39 قتيلا و300 جريح", FIGHT[0], "no own expression; the Health Ministry's toll of the whole battle, 17 Sep - 6 Oct 2017", end=FIGHT[1]),
])
art(S, "http://almotawaset.com/2017/10/07/%D8%B5%D8%A8%D8%B1%D8%A7%D8%AA%D8%A9-%D8%AA%D8%AA%D9%86%D9%81%D8%B3-%D8%A7%D9%84%D8%AD%D8%B1%D9%8A%D8%A9-%D8%BA%D8%B1%D9%81%D8%A9-%D8%B9%D9%85%D9%84%D9%8A%D8%A7%D8%AA-%D9%85%D8%AD%D8%A7%D8%B1%D8%A8/",
    "2017-10-07", "date in the URL '/2017/10/07/' (7 Oct 2017 was a Saturday); the text speaks of the victory just won (Fri 6 Oct); the section tags 'ليبيا / أخبار مميزة' and the byline 'المتوسط' dropped; the last, truncated quotation shortened; headline kept from the page (reworded); no date of its own in the text", False, """
صبراتة تستعيد حريتها.. غرفة عمليات محاربة داعش تحدد موعد رفع حظر التجول
قال العقيد عمر عبد الجليل، آمر غرفة عمليات محاربة داعش في صبراتة، إن حظر التجول في المدينة لن يستمر كثيرًا، فهو إجراء أمني فرضته الظروف، وقتي ومرهون باستتباب الأمن وبسطه على المدينة.
وأكد آمر الغرفة أن الانتصارات الأخيرة في صبراتة أفضل برهان على أن المؤسسة العسكرية الليبية هي القوة الضاربة وحصن الدولة وأنها تؤدي دورها بشرف، وأن العقبة الوحيدة أمام رجالها هي قلة الإمكانيات، داعيا المسؤولين إلى توفير كل ما يلزم ليؤدي الجيش واجبه كاملا.
وهنأ العقيد عمر عبد الجليل أهالي صبراتة وليبيا بالنصر الذي أحرزته الغرفة على القوات الإرهابية وبطرد المجموعات العسكرية، مؤكدا أن المؤسسة العسكرية كتبت سطورا من نور في تاريخ صبراتة، ومثنيا على شجاعة أهل المدينة ومشاركتهم في معارك كثيرة.
وحمّل عبد الجليل العصابات والمجموعات المسلحة مسؤولية الأضرار التي أصابت مباني المدينة قبل أن تتمكن المؤسسة العسكرية من طردهم، مبينا أن المجموعات الإرهابية "قبل انسحابهم قاموا بأعمال إجرامية وتدمير وحرق المساكن".
""", [
    ev("curfew-statement", "إن حظر التجول في المدينة لن يستمر كثيرًا", "2017-10-06", "no own expression; Abdel Jalil's statement after the victory, published on Sat 7 Oct 2017 (my span 6-7 Oct)", end="2017-10-08"),
    ev("room-takes-sabratha", "بالنصر الذي أحرزته الغرفة على القوات الإرهابية", WIN, "no own expression; the victory declared on Fri 6 Oct 2017"),
    ev("dabbashi-withdrawal", "قبل انسحابهم قاموا بأعمال إجرامية", "2017-10-05", "no own expression; the burning of houses before the withdrawal of the night of 5-6 Oct 2017 (my span)", end="2017-10-07"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 401
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

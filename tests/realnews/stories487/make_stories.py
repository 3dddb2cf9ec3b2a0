"""Builds stories.jsonl: the 487-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: fishing and the sea: fishermen detained or shot by another
state, fishing bans and seasons, whales or fish die-offs.
Stories: the seizure of three Sfax trawlers and 54 Tunisian fishermen by the Libyan coast guard off Zawiya
(Tunisia/Libya, November 2016); the Senegalese fisherman killed by the Mauritanian coast guard near Ndiago and
the riots in Saint-Louis (Mauritania/Senegal, January 2018); the fin whale seen off Marina on Egypt's North
Coast (Egypt, July 2016).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- tunisia-sfax-trawlers-seized-zawiya-2016
S = "tunisia-sfax-trawlers-seized-zawiya-2016"
SEIZED = "2016-11-15"                      # three Sfax trawlers intercepted by the Libyan coast guard on Tue 15 Nov 2016
MOFA = "2016-11-17"                        # the Tunisian foreign ministry's statement of Thu 17 Nov 2016
art(S, "https://assiyassi.net/2016/11/15/%D8%AC%D9%8A%D8%B4%D9%86%D8%A7-%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A-%D9%8A%D8%AA%D8%AF%D8%AE%D9%91%D9%84-%D8%A8%D8%B9%D8%AF-%D8%A7%D9%82%D8%AA%D9%8A%D8%A7%D8%AF-%D9%85%D8%B1%D8%A7%D9%83%D8%A8-%D8%B5/",
    "2016-11-15", "the post's date in its address (2016/11/15) and the body's 'صباح اليوم الثلاثاء 15 نوفمبر 2016' (15 Nov 2016 was a Tuesday); the section tag 'أخبار' and the author's name dropped; headline kept from the page", True, """
جيشنا الوطني يتدخّل : بعد اقتياد مراكب صيد تونسية إلى موانئ ليبيا
ذكرت وزارة الدفاع الوطني في بلاغ أصدرته أن ثلاثة مراكب تونسية اعترضتها صباح اليوم الثلاثاء 15 نوفمبر 2016 ثلاثة زوارق سريعة تابعة لخفر السواحل الليبية، ثم اقتادتها في اتجاه الموانئ الليبية.
وأوضحت الوزارة في البلاغ ذاته أن وحدات من جيش البحر كانت موجودة في المكان فتدخلت ونجحت في تخليص مركب الصيد التونسي، في حين لا تزال المفاوضات جارية من أجل الإفراج عن المركبين الآخرين.
""", [
    ev("defence-communique", "ذكرت وزارة الدفاع الوطني في بلاغ أصدرته", SEIZED, "no own expression; the communique reports the interception of 'صباح اليوم الثلاثاء 15 نوفمبر 2016' and was issued that day (djazairess/ennahar: 'أعلنت وزارة الدفاع التونسية يوم الثلاثاء')"),
    ev("boats-intercepted", "ثلاثة مراكب تونسية اعترضتها صباح اليوم الثلاثاء 15 نوفمبر 2016", SEIZED, "'صباح اليوم الثلاثاء 15 نوفمبر 2016' = Tue 15 Nov 2016"),
    ev("boats-towed", "ثم اقتادتها في اتجاه الموانئ الليبية", SEIZED, "no own expression; the towing followed the interception of Tue 15 Nov 2016"),
    ev("navy-frees-boat", "فتدخلت ونجحت في تخليص مركب الصيد التونسي", SEIZED, "no own expression; the navy freed one trawler during the interception of Tue 15 Nov 2016"),
])
art(S, "https://almanar.com.lb/1021183",
    "2016-11-15", "no date on the stored page; an AFP report: 'أوقف خفر السواحل الليبيون الثلاثاء' with the spokesman's words that the patrol and the boats were 'في طريقها حاليا' to Zawiya, i.e. still at sea on the day of the seizure, Tue 15 Nov 2016 (the Tunisian defence communique: 'صباح اليوم الثلاثاء 15 نوفمبر 2016'); the 'المصدر' line dropped; headline written from the body (the stored text has none)", False, """
خفر السواحل الليبي يوقف 54 صيادا تونسيا قبالة الزاوية
أوقفت قوات خفر السواحل الليبية الثلاثاء 54 صيادا تونسيا كانوا على متن ثلاثة قوارب يمارسون الصيد "داخل المياه الإقليمية الليبية"، ثم اقتيدوا إلى نقطة أمنية، وفق ما أفاد به متحدث باسم جهاز خفر السواحل.
وأوضح العميد أيوب قاسم لوكالة فرانس برس أن "دورية تابعة لخفر السواحل في الزاوية (45 كلم غرب طرابلس) تمكنت من ضبط ثلاثة قوارب تونسية كانت تصطاد بشكل غير قانوني في المياه الليبية".
وأضاف أن "مركبين حاولا الفرار، فأطلق خفر السواحل طلقات تحذيرية باتجاههما ولاحقهما، فأصيب أحد الصيادين التونسيين بطلقات في يده، وأُرسل قارب سريع لجلبه ونقله إلى إحدى المصحات لإسعافه".
وتابع قاسم أن "الدورية والمراكب التي تقل 54 صيادا تتجه حاليا في البحر نحو نقطة خفر السواحل في الزاوية".
وكثيرا ما يعترض خفر السواحل الليبي مراكب صيد مصرية وتونسية في المياه الليبية، إذ تعيش البلاد منذ 2011 صراعا على السلطة وفوضى أمنية أضعفا قدرتها على حماية حدودها البرية والبحرية بوجه خاص.
ومع غياب رقابة فعالة على حدودها البحرية، أصبحت شواطئ هذا البلد المتوسطي، الذي لا تفصله عن أوروبا سوى بضع مئات من الكيلومترات، نقطة انطلاق رئيسية لعشرات آلاف المهاجرين الراغبين في الوصول إلى السواحل الأوروبية.
""", [
    ev("boats-intercepted", "أوقفت قوات خفر السواحل الليبية الثلاثاء 54 صيادا تونسيا", SEIZED, "'الثلاثاء' = Tue 15 Nov 2016, the day of the report"),
    ev("qassem-statement", "وأوضح العميد أيوب قاسم لوكالة فرانس برس", SEIZED, "no own expression; the spokesman spoke while the boats were still at sea, on Tue 15 Nov 2016"),
    ev("fisherman-wounded", "فأصيب أحد الصيادين التونسيين بطلقات في يده", SEIZED, "no own expression; wounded during the chase at the seizure of Tue 15 Nov 2016"),
    ev("boats-towed", "الدورية والمراكب التي تقل 54 صيادا تتجه حاليا في البحر نحو نقطة خفر السواحل في الزاوية", SEIZED, "'حاليا' in a report of Tue 15 Nov 2016 = that day"),
    ev("libya-turmoil", "إذ تعيش البلاد منذ 2011 صراعا على السلطة", "2011-01-01", "'منذ 2011' = from the year 2011 to the day of the report, Tue 15 Nov 2016 (my span)", end="2016-11-16"),
])
art(S, "https://djazairess.com/ennahar/288934",
    "2016-11-17", "no date on the stored page; the body's 'بيان اصدرته الوزارة اليوم الخميس' for the foreign ministry's statement and 'منذ الثلاثاء الماضي' for the seizure of Tue 15 Nov 2016 give Thu 17 Nov 2016 (17 Nov 2016 was a Thursday; alaraby.co.uk and sarmady date the same statement 'اليوم الخميس' / 'الخميس'); an Ennahar report carried by djazairess; headline written from the body (the stored text has none); the truncated last word restored ('المتبق' -> the two remaining boats)", False, """
الخارجية التونسية تطالب ليبيا بإطلاق سراح 54 بحارا محتجزين
تحتجز السلطات الليبية منذ الثلاثاء الماضي 54 بحارا تونسيا، إثر اعتراض وحدات من خفر السواحل الليبية مراكبهم في عرض البحر، وفق ما أعلنته وزارة الخارجية التونسية.
وجاء في بيان أصدرته الوزارة اليوم الخميس أن مصالحها "أجرت اتصالات مع السلطات الليبية للتثبت من مصير 54 بحارا احتُجزوا بعد أن اعترضت وحدة من قوات خفر السواحل الليبية مراكبهم واقتادتها نحو ميناء الزاوية الليبي".
وأكدت الوزارة في بيانها أنها طلبت من السلطات الليبية المعنية إطلاق سراح كل البحارة المحتجزين، مشيرة إلى أنها أنشأت خلية تضم ممثلين عن الوزارات المعنية لمتابعة الملف وإجراء الاتصالات الضرورية مع الجانب الليبي بما يضمن رجوع البحارة التونسيين إلى بلادهم.
وكانت وزارة الدفاع التونسية قد أعلنت يوم الثلاثاء أن ثلاثة زوارق حربية تابعة لخفر السواحل الليبي اعترضت 3 مراكب صيد تونسية وسحبت اثنين منها إلى أحد الموانئ الليبية.
وبيّنت في بيانها أن وحدات من جيش البحر التونسي تدخلت خلال عملية الاعتراض ونجحت في تحرير أحد مراكب الصيد.
ولم تحدد الوزارة في بيانها المكان الذي جرت فيه العملية، ولا ما إذا كانت داخل المياه الإقليمية التونسية أو خارجها، واكتفت بالإشارة إلى أن المفاوضات مستمرة للإفراج عن المركبين الباقيين.
""", [
    ev("sailors-held", "تحتجز السلطات الليبية منذ الثلاثاء الماضي 54 بحارا تونسيا", SEIZED, "'منذ الثلاثاء الماضي' from Thu 17 Nov 2016 = since Tue 15 Nov, to the day of the report", end="2016-11-18"),
    ev("boats-intercepted", "إثر اعتراض وحدات من خفر السواحل الليبية مراكبهم في عرض البحر", SEIZED, "no own expression here; the interception of Tue 15 Nov 2016 ('منذ الثلاثاء الماضي')"),
    ev("mofa-statement", "وجاء في بيان أصدرته الوزارة اليوم الخميس", MOFA, "'اليوم الخميس' = Thu 17 Nov 2016"),
    ev("defence-communique", "وكانت وزارة الدفاع التونسية قد أعلنت يوم الثلاثاء", SEIZED, "'يوم الثلاثاء' (the past Tuesday, from Thu 17 Nov) = Tue 15 Nov 2016"),
    ev("boats-towed", "وسحبت اثنين منها إلى أحد الموانئ الليبية", SEIZED, "no own expression; the towing at the interception of Tue 15 Nov 2016"),
    ev("navy-frees-boat", "ونجحت في تحرير أحد مراكب الصيد", SEIZED, "no own expression; during the interception of Tue 15 Nov 2016"),
])

# ---------------------------------------------------------------- mauritania-senegal-fisherman-killed-saint-louis-2018
S = "mauritania-senegal-fisherman-killed-saint-louis-2018"
SHOT = "2018-01-27"                        # the Mauritanian patrol fired on the Senegalese pirogue near Ndiago on the evening of Sat 27 Jan 2018
RIOTS = "2018-01-29"                       # the fishermen's riots in Saint-Louis, Mon 29 Jan 2018
ARMY = "2018-01-30"                        # the Mauritanian general staff's statement, Tue 30 Jan 2018 (broadcast that night)
art(S, "https://saharamedias.net/36695",
    "2018-01-29", "no date on the stored page; the body's 'مساء اليوم الاثنين' and 'صباح اليوم الاثنين' for the protests in Saint-Louis give Mon 29 Jan 2018 (29 Jan 2018 was a Monday; elhawadith.info's report of the riots carries the stamp 01/29/2018 22:29); headline written from the body (the stored text has none); the truncated last sentence dropped", False, """
عودة الهدوء إلى سينلوي بعد احتجاجات على مقتل صياد سنغالي
استعادت مدينة سينلوي السنغالية الواقعة على الحدود مع موريتانيا هدوءها مساء اليوم الاثنين، إثر احتجاجات نظمها صيادون غاضبون من قتل خفر السواحل الموريتانية أحد زملائهم.
وكان المحتجون قد نزلوا إلى الشارع صباح اليوم الاثنين، وطافوا عددا من الشوارع واعتصموا فوق جسر فيديرب المتحرك، قبل أن تنتشر الفوضى وتتعرض محلات تجارية للنهب، منها محل يملكه تاجر موريتاني.
وأفادت مصادر محلية "صحراء ميديا" بأن المدينة عاشت انفلاتا أمنيا دام نحو ساعة، نُهب خلالها محل تجاري وأُحرق آخر، فيما لحقت أضرار بمتاجر أخرى يملكها سنغاليون وغينيون.
ونجحت وحدات الشرطة السنغالية بصعوبة في بسط السيطرة على الوضع، واعتقلت عددا كبيرا من المحتجين، معظمهم شاركوا في أعمال النهب والتخريب.
وفي سياق آخر، أجرى والي منطقة سينلوي مفاوضات مع الصيادين الغاضبين انتهت بإقناعهم بوقف الاحتجاج والكف عن إثارة الفوضى وتجنب استهداف الموريتانيين وممتلكاتهم.
وأوضح الوالي أن السفير السنغالي في نواكشوط يتابع القضية عن قرب مع السلطات الموريتانية، وأن تفاصيل الحادثة التي أودت بحياة الصياد السنغالي ستُكشف في غضون ساعات.
""", [
    ev("calm-returns", "استعادت مدينة سينلوي السنغالية الواقعة على الحدود مع موريتانيا هدوءها مساء اليوم الاثنين", RIOTS, "'مساء اليوم الاثنين' = the evening of Mon 29 Jan 2018"),
    ev("fisherman-killed", "من قتل خفر السواحل الموريتانية أحد زملائهم", SHOT, "no own expression; the fisherman was shot on the evening of Sat 27 Jan 2018 (the Mauritanian army's statement: 'مساء السبت 27 يناير 2018') and died soon after"),
    ev("saint-louis-protests", "وكان المحتجون قد نزلوا إلى الشارع صباح اليوم الاثنين", RIOTS, "'صباح اليوم الاثنين' = the morning of Mon 29 Jan 2018"),
    ev("shops-looted", "نُهب خلالها محل تجاري وأُحرق آخر", RIOTS, "no own expression; during the riots of Mon 29 Jan 2018"),
    ev("protesters-arrested", "واعتقلت عددا كبيرا من المحتجين", RIOTS, "no own expression; on Mon 29 Jan 2018, when the police regained control"),
    ev("governor-talks", "أجرى والي منطقة سينلوي مفاوضات مع الصيادين الغاضبين", RIOTS, "no own expression; the governor's talks ended the protest on Mon 29 Jan 2018"),
])
art(S, "https://www.albawabhnews.com/2922563",
    "2018-01-29", "no date of publication on the stored page (its header 'الخميس 25 أبريل 2024' is the day of the crawl); Macky Sall spoke in Addis Ababa 'على هامش القمة الأفريقية التي اختتمت اليوم', and the 30th AU summit closed on Mon 29 Jan 2018, the day of the riots 'التي وقعت في الساعات الماضية' in Saint-Louis (saharamedias: 'صباح اليوم الاثنين'), so the report is of Mon 29 Jan 2018; the 'تابع أحدث الأخبار' line, the photo caption and the truncated last sentence dropped; headline kept from the page", False, """
مقتل صياد سنغالي على يد خفر السواحل الموريتاني
أبدى الرئيس السنغالي ماكي صال حزنه لمقتل صياد سنغالي برصاص خفر السواحل الموريتانية، مؤكدا أن بلاده ستتخذ تدابير تحول دون تكرار حوادث من هذا النوع مستقبلا.
وكانت عناصر خفر السواحل الموريتانية قد أطلقت النار على صيادين سنغاليين دخلوا المياه الإقليمية الموريتانية للصيد، في خرق للاتفاق المبرم بين البلدين الذي لا يجيز الصيد إلا بعد الحصول على ترخيص.
وذكر صال في كلمة ألقاها أمام الجالية السنغالية المقيمة في أديس أبابا، بحسب بيان للرئاسة نقلته وكالة الأنباء السنغالية، "أنه بحث المسألة مع نظيره الموريتاني محمد ولد عبد العزيز على هامش القمة الأفريقية التي اختتمت اليوم بأديس أبابا".
وفي الأثناء، أفادت مصادر إعلامية موريتانية بأن السنغال أصدرت تعليمات عليا بحماية الموريتانيين وممتلكاتهم، تحسبا لتجدد أعمال الشغب التي شهدتها في الساعات الماضية مدينة سينلوي المحاذية لموريتانيا، وهي المدينة التي ينحدر منها القتيل.
""", [
    ev("sall-statement", "أبدى الرئيس السنغالي ماكي صال حزنه", RIOTS, "no own expression; Sall's address in Addis Ababa on the closing day of the AU summit ('اختتمت اليوم'), Mon 29 Jan 2018"),
    ev("fisherman-killed", "لمقتل صياد سنغالي برصاص خفر السواحل الموريتانية", SHOT, "no own expression; shot on the evening of Sat 27 Jan 2018 (Mauritanian army statement)"),
    ev("coastguard-fire", "قد أطلقت النار على صيادين سنغاليين", SHOT, "no own expression; the patrol fired on the pirogue on the evening of Sat 27 Jan 2018 (Mauritanian army statement)"),
    ev("sall-aziz-talks", "أنه بحث المسألة مع نظيره الموريتاني محمد ولد عبد العزيز", "2018-01-28", "no own expression; on the sidelines of the AU summit in Addis Ababa, Sun 28 - Mon 29 Jan 2018 (my span: the summit's two days)", end="2018-01-30"),
    ev("au-summit-closes", "القمة الأفريقية التي اختتمت اليوم بأديس أبابا", RIOTS, "'اختتمت اليوم' = Mon 29 Jan 2018, the closing day of the 30th AU summit"),
    ev("saint-louis-protests", "أعمال الشغب التي شهدتها في الساعات الماضية مدينة سينلوي", RIOTS, "'في الساعات الماضية' in a report of Mon 29 Jan 2018 = that day (saharamedias: 'صباح اليوم الاثنين')"),
])
art(S, "https://www.youm7.com/story/2018/1/31/الجيش-الموريتانى-يتهم-زورقا-سنغاليا-باستفزاز-خفر-السواحل/3625513",
    "2018-01-31", "date line 'الأربعاء، 31 يناير 2018 06:30 ص' on the page (not part of the body, dropped with the '(أ ش أ)' tag and the share buttons); 'بثه التلفزيون الموريتانى الليلة' is the night before, Tue 30 Jan 2018 (saharamedias/36740: 'في بيان رسمي اليوم الثلاثاء'); headline kept from the page; the truncated last sentence cut after 'العام المنصرم'", True, """
الجيش الموريتاني يتهم زورقا سنغاليا باستفزاز خفر السواحل
اعتبر الجيش الموريتاني، في أول تعليق رسمي له على مقتل صياد سنغالي برصاص البحرية الموريتانية، أن زورق الصيد السنغالي استفز دورية خفر السواحل.
وذكرت الأركان العامة للجيوش، في بيان رسمي بثه التلفزيون الموريتاني الليلة، أن الحادث جرى خلال مهمة لمراقبة الصيد، موضحة أن دورية لخفر السواحل اعترضت زورقا سنغاليا كان يصطاد دون ترخيص.
وتابع البيان: "عوض الامتثال لأوامر الطاقم المتكررة بالتوقف، حاول الزورق الاصطدام بالدورية لإلحاق الضرر بهيكل الطواف.. وأمام هذا الوضع الخطير، ولإرغام الزورق على التوقف، أطلقت الدورية النار على محرك المركب لتعطيله، وحين توقف تبين أن بين ركابه التسعة جريحا فارق الحياة بعد فترة".
وشدد الجيش الموريتاني، بحسب نص البيان، على أن هذا الحادث المؤسف الذي أدى إلى فقدان إنسان ما كان ليقع لولا تمادي طاقم الزورق واستفزازه.
كما استعاد الجيش الموريتاني العمليات التي نفذها خلال العام المنصرم.
""", [
    ev("army-statement", "في بيان رسمي بثه التلفزيون الموريتاني الليلة", ARMY, "'الليلة' in a report of Wed 31 Jan 2018 06:30 = the night of Tue 30 Jan 2018 (saharamedias: 'اليوم الثلاثاء')"),
    ev("boat-intercepted", "دورية لخفر السواحل اعترضت زورقا سنغاليا كان يصطاد دون ترخيص", SHOT, "no own expression; the full statement dates the interception 'مساء السبت 27 يناير 2018' (saharamedias/36740)"),
    ev("coastguard-fire", "أطلقت الدورية النار على محرك المركب لتعطيله", SHOT, "no own expression; during the interception of the evening of Sat 27 Jan 2018"),
    ev("fisherman-killed", "جريحا فارق الحياة بعد فترة", SHOT, "no own expression; he died soon after the shooting of the evening of Sat 27 Jan 2018 (possibly after midnight, see README)"),
    ev("operations-2017", "العمليات التي نفذها خلال العام المنصرم", "2017-01-01", "'العام المنصرم' from Jan 2018 = the year 2017", end="2018-01-01"),
])

# ---------------------------------------------------------------- egypt-marina-fin-whale-north-coast-2016
S = "egypt-marina-fin-whale-north-coast-2016"
SIGHTED = "2016-07-05"                     # first seen off Marina on the evening of Tue 5 Jul 2016
LAST_SEEN = "2016-07-08"                   # last seen at 9 am on Fri 8 Jul 2016 off Marbella (km 65)
TRACKING = ("2016-07-05", "2016-07-11")    # the ministry tracked the whale from the first sighting, still on Sun 10 Jul
MEETING = ("2016-07-08", "2016-07-10")     # the minister's meeting in Alexandria and visit to Marassi: after the last sighting, before the report of Sun 10 Jul 09:28
art(S, "https://elwatannews.com/news/details/1253665",
    "2016-07-09", "no date on the stored page; the body's 'منذ صباح أمس الجمعة' for the start of the team's work gives Sat 9 Jul 2016 (9 Jul 2016 was a Saturday), cross-checked with 'منذ رصد الحوت مساء الثلاثاء' (Tue 5 Jul) and the ministry's statement of Thu 7 Jul (emiratesvoice: 'كشفت وزارة البيئة المصرية، الخميس'); the author line, the tags and the '{long_qoute_1}' placeholder dropped; headline kept from the page; the truncated last word restored ('المياه الع' -> 'المياه العميقة')", False, """
«حوت مارينا»: «صمت.. ونفى.. وآخرتها بيان»
لزم المسؤولون الصمت بعد انتشار مقاطع فيديو تُظهر كائنا يُشتبه في أنه «قرش» أو «حوت» قرب شواطئ مارينا في الساحل الشمالي الغربي، بينما نفت مصادر مسؤولة ذلك عبر مواقع إخبارية إلكترونية، ثم أصدرت وزارة البيئة، بعد ساعات من تداول الخبر في ظل «الصمت الرسمي»، بيانا رسميا أعده علماء حماية الطبيعة في الوزارة ليوضحوا للمواطنين نوع «الحوت» وأنه غير مؤذ وطبيعة معيشته.
وقال المهندس محمد عيسوى، مدير عام محميات المنطقة الشمالية بوزارة البيئة، لـ«الوطن» متحدثا عن رصد الحوت والتعامل معه: «منذ رصد الحوت مساء الثلاثاء ونحن نبحث عنه، وشرعنا في تتبعه بالتنسيق مع جهات مسؤولة منها حرس الحدود، لمساعدته على العودة إلى المياه العميقة، وسط شكوك في أنه مصاب».
وأوضح الدكتور محمد سعيد، عضو فريق قطاع حماية الطبيعة المكلف بمتابعة الحوت، لـ«الوطن» أن الفريق بدأ عمله منذ صباح أمس الجمعة وتولى فحص الحوت، لافتا إلى أن اقتراب حوت من الشواطئ أمر لا يدعو إلى الخوف، وأنها ظاهرة «موجودة طول عمرها» حين يضل حيوان بحري طريقه فيصل إلى الشاطئ بدلا من المياه العميقة.
""", [
    ev("ministry-statement", "بيانا رسميا أعده علماء حماية الطبيعة في الوزارة", "2016-07-07", "no own expression; the ministry's Facebook statement on the whale was issued on Thu 7 Jul 2016 (emiratesvoice: 'كشفت وزارة البيئة المصرية، الخميس')"),
    ev("whale-sighted", "منذ رصد الحوت مساء الثلاثاء", SIGHTED, "'مساء الثلاثاء' (the past Tuesday, from Sat 9 Jul) = the evening of Tue 5 Jul 2016"),
    ev("whale-tracking", "وشرعنا في تتبعه بالتنسيق مع جهات مسؤولة منها حرس الحدود", TRACKING[0], "from the first sighting of Tue 5 Jul 2016; the tracking was still going on on Sun 10 Jul (ahlmasrnews) (my span Tue 5 - Sun 10 Jul)", end=TRACKING[1]),
    ev("team-starts-work", "أن الفريق بدأ عمله منذ صباح أمس الجمعة", LAST_SEEN, "'صباح أمس الجمعة' in an article of Sat 9 Jul 2016 = the morning of Fri 8 Jul"),
])
art(S, "https://copts-united.com/PrintPage.php?A=263987",
    "2016-07-10", "time stamp '2016-07-10 09:28:41' by the author's name on the page (not part of the body, dropped with the by-line 'كتبت – أماني موسى'); 10 Jul 2016 was a Sunday; headline kept from the page; the truncated last clause (the talk with holiday-makers) dropped", True, """
فهمي يعقد اجتماعًا مع فريق العمل المكلف برصد الحوت
عقد وزير البيئة اجتماعا موسعا في فرع جهاز شؤون البيئة بالإسكندرية، شارك فيه فريق العمل الذي شكلته الوزارة، وحضره المهندس أحمد أبو السعود الرئيس التنفيذي لجهاز شؤون البيئة، والدكتور مصطفى فودة الخبير الدولي في الأحياء البحرية، والدكتور جمال جمعة رئيس قطاع حماية الطبيعة، وسوزان خليف أستاذة البيئة البحرية ومديرة المعهد القومي لعلوم البحار والمصايد، إلى جانب عدد من قيادات الوزارة ومتخصصيها.
وبحث الاجتماع آخر مستجدات رصد الحوت الذي ظهر في الفترة الأخيرة في عدة مواقع من قرى الساحل الشمالي، واتضح خلاله أن الحوت شوهد للمرة الأخيرة الساعة 9 صباحا يوم الجمعة 8 يوليو قبالة شاطئ قرية ماربيلا عند الكيلو 65، على مسافة 800 متر من الشاطئ، في منطقة عميقة متصلة بالبحر المفتوح، ولم يُرصد بعدها ولم يتلق الفريق أي بلاغ من المواطنين حتى الآن، كما انكب الفريق على إعداد بيان توضيحي مفصل بالإجراءات التي اتُّخذت وتلك التي ستُتخذ إذا تكررت هذه الظاهرة.
ثم انتقل وزير البيئة برفقة عدد من المسؤولين لتفقد المواقع التي ظهر فيها الحوت، ومنها قرية مراقيا.
""", [
    ev("minister-meeting", "عقد وزير البيئة اجتماعا موسعا في فرع جهاز شؤون البيئة بالإسكندرية", MEETING[0], "no own expression; after the last sighting of Fri 8 Jul 2016 (reviewed by the meeting) and before this report of Sun 10 Jul 09:28 (my span Fri 8 - Sat 9 Jul)", end=MEETING[1]),
    ev("whale-sightings", "رصد الحوت الذي ظهر في الفترة الأخيرة في عدة مواقع من قرى الساحل الشمالي", SIGHTED, "'في الفترة الأخيرة' = from the first sighting of Tue 5 Jul 2016 to the last one of Fri 8 Jul (my span)", end="2016-07-09"),
    ev("last-sighting", "شوهد للمرة الأخيرة الساعة 9 صباحا يوم الجمعة 8 يوليو", LAST_SEEN, "'الساعة 9 صباحا يوم الجمعة 8 يوليو' = Fri 8 Jul 2016, 9 am"),
    ev("minister-visit", "ثم انتقل وزير البيئة برفقة عدد من المسؤولين لتفقد المواقع", MEETING[0], "no own expression; right after the meeting (my span Fri 8 - Sat 9 Jul 2016)", end=MEETING[1]),
])
art(S, "https://ahlmasrnews.com/82541/حوت-مارينا-حديث-المدينة-علوم-البحار-بيبي-ومسالم-وزارة-البيئة-تصفه-بالظريف-عيسوي-يحذر-من",
    "2016-07-10", "no date on the stored page; the body's 'منذ أمس الأول الجمعة' for the last report of the whale (Fri 8 Jul 2016, 9 am, per the ministry's meeting) gives Sun 10 Jul 2016 (10 Jul 2016 was a Sunday); headline rendered from the URL slug (cut where the slug is cut); the truncated last sentence (the report's content) dropped", False, """
حوت مارينا حديث المدينة.. علوم البحار: «بيبي» ومسالم.. ووزارة البيئة تصفه بالظريف
لا يزال الجدل قائما بشأن حوت مارينا، وهي ظاهرة لم يعرفها المصريون من قبل.
فقد أكد المهندس محمد عيسوى، مدير عام محميات المنطقة الشمالية، أن الوزارة مستمرة في تتبع الحوت الذي ظهر قرب شواطئ مارينا عبر نقاط رصد موزعة على الشاطئ، مبينا أنها لم تتلق أي بلاغ جديد عن رؤيته منذ أمس الأول الجمعة.
وأضاف أن أعمال الرصد في المنطقة ستتواصل لمدة أسبوع، موضحا أن أمام الحوت احتمالين: إما أنه نفق وإما أنه توجه إلى أعالي البحار.
وحذر عيسوى رواد السواحل المصرية من القيام بأي تصرف عدائي تجاه الحوت أو بأي فعل قد يزعجه إذا رأوه أو صوروه.
ومن جهة أخرى، أعلن خبراء المعهد القومي لعلوم البحار والمصايد أنهم سينتهون خلال ساعات من إعداد التقرير الفني عن الحوت الذي ظهر مؤخرا في إحدى قرى الساحل الشمالي، مارينا، تمهيدا لرفعه إلى الدكتور أشرف الشيحي وزير التعليم العالي والبحث العلمي، بعد تحليل الصور والمعلومات التي جُمعت من المصطافين.
وكان الدكتور خالد فهمى، وزير البيئة، قد شكل لجنة من الوزارة ومعهد علوم البحار لمواصلة رصد الحوت بالتعاون مع قوات حرس الحدود.
""", [
    ev("whale-tracking", "أن الوزارة مستمرة في تتبع الحوت", TRACKING[0], "no own expression; the tracking since the first sighting of Tue 5 Jul 2016, still going on on the day of the report, Sun 10 Jul (my span)", end=TRACKING[1]),
    ev("last-sighting", "أي بلاغ جديد عن رؤيته منذ أمس الأول الجمعة", LAST_SEEN, "'أمس الأول الجمعة' from Sun 10 Jul 2016 = Fri 8 Jul, the day of the last sighting"),
    ev("monitoring-week", "أعمال الرصد في المنطقة ستتواصل لمدة أسبوع", "2016-07-10", "'لمدة أسبوع' from the day of the report, Sun 10 Jul 2016 (my span 10 - 16 Jul)", end="2016-07-17"),
    ev("technical-report", "سينتهون خلال ساعات من إعداد التقرير الفني", "2016-07-10", "'خلال ساعات' from Sun 10 Jul 2016 = that day"),
    ev("monitoring-committee", "قد شكل لجنة من الوزارة ومعهد علوم البحار", "2016-07-07", "no own expression; formed after the ministry's statement of Thu 7 Jul 2016 and before this report of Sun 10 Jul (my span Thu 7 - Sat 9 Jul)", end="2016-07-10"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 487
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

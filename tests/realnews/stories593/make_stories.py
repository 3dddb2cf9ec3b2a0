"""Builds stories.jsonl: the 593-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: refugee returns and camp closures.
Stories: the first free "voluntary return" train for Sudanese refugees from Cairo to Aswan (Egypt/Sudan, July
2025), the closure of the last displacement camp of Kirkuk, Laylan 1 (Iraq, November 2020), and the resumption
of the Lebanese General Security's voluntary return convoys for Syrians from Arsal and al-Qaa (Lebanon, May 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-sudanese-return-first-train-2025
S = "egypt-sudanese-return-first-train-2025"
EVE = "2025-07-20"                         # Sun 20 Jul 2025: announcements of the first trip ("غدا")
DEPART = "2025-07-21"                      # Mon 21 Jul 2025: the first train left Ramses station, Cairo
ARRIVE = "2025-07-22"                      # Tue 22 Jul 2025: the train received at the High Dam station, Aswan
WAZIR = ("2025-07-01", EVE)                # Kamel al-Wazir's directive for weekly trains: before the first trip (my span)
art(S, "https://www.hadutta.com/8470/بدء-أولى-رحلات-عودة-السودانيين-إلى-بلا",
    EVE, "no date on the stored page; the body's 'تنطلق غدا أولى رحلات' for the first trip, which left Cairo on Mon 21 Jul 2025 (alkhabarsd: 'صباح اليوم الإثنين 21 يوليو 2025'; alkhalij365's copy of the same report is stamped 2025-07-20 and says 'صباح غد \"الإثنين\"'), so it was published on Sun 20 Jul 2025; headline kept from the page", False, """
بدء أولى رحلات عودة السودانيين إلى بلادهم غدًا لنقل ألف عائد
تبدأ غدا أولى رحلات العودة الطوعية للسودانيين من القاهرة إلى السودان، ضمن خطة جديدة تتولى تنظيمها منظومة الصناعات الدفاعية السودانية. وستقل الرحلة ألف سوداني عائد بالقطار، فتنطلق من القاهرة حتى أسوان، ثم تتجه إلى الخرطوم. وتأتي هذه الرحلات بلا تكلفة على العائدين، إذ يتحمل المشروع نفقاتها كاملة، بما فيها مصاريف النقل والرسوم والوجبات الغذائية إلى حين بلوغهم الوطن.
تنظيم رحلات أسبوعية
وتتهيأ المنظومة لتسيير رحلات جديدة كل أسبوع، وهو ما يبين أهمية المشروع في ظل تزايد أعداد السودانيين الراغبين في العودة. وأوضحت الجهات المسؤولة أن الحجز متاح عبر أرقام جرى نشرها في مجموعات السودانيين بمصر.
دعم مصري كبير
ونوهت منظومة الصناعات الدفاعية السودانية بالتعاون الوثيق بين مصر والسودان، وعبرت عن شكرها لوزير النقل كامل الوزير على ما قدمه من دعم خاص للمشروع. وأضافت أن هذا التعاون يجسد الروابط العميقة بين الشعبين، مؤكدة الحرص على معاملة السودانيين كما يعامل المصريون.
ودفعت الحاجة إلى تحسين تجربة العودة المنظومة إلى اعتماد القطار بدلا من الأتوبيسات وسيلةً للنقل، توفيرا لراحة أكبر للعائدين.
""", [
    ev("first-train-departure", "تبدأ غدا أولى رحلات العودة الطوعية", DEPART, "'غدا' from Sun 20 Jul 2025 = Mon 21 Jul (the departure reported by alkhabarsd and beamreports)"),
    ev("dis-statement", "ونوهت منظومة الصناعات الدفاعية السودانية بالتعاون الوثيق", "2025-07-19", "no own expression; the Defence Industries System's statement on the eve of the first trip, quoted in alkhalij365 stamped Sun 20 Jul 2025 (my span Sat 19 - Sun 20 Jul)", end="2025-07-21"),
    ev("wazir-weekly-trains", "على ما قدمه من دعم خاص للمشروع", WAZIR[0], "no own expression; Kamel al-Wazir's allocation of weekly trains, before the first trip of Mon 21 Jul 2025 (my span 1 - 20 Jul 2025)", end=WAZIR[1]),
    ev("switch-to-train", "إلى اعتماد القطار بدلا من الأتوبيسات", WAZIR[0], "no own expression; the decision to move from buses to trains came before the first train of Mon 21 Jul 2025 (my span 1 - 20 Jul 2025)", end=WAZIR[1]),
])
art(S, "https://alkhabarsd.com/16995",
    DEPART, "no date line in the stored text; the body's 'صباح اليوم الإثنين 21 يوليو 2025' (21 Jul 2025 was a Monday); headline written from the body (the stored text has none); the last, truncated sentence ends at 'أسوة بالمصريين'", True, """
انطلاق القطار الأول من المرحلة الثانية للعودة الطوعية للسودانيين من القاهرة
القاهرة – شبكة الخبر – في خطوة تجسد الروح الوطنية والشراكة بين السودان ومصر، شهدت محطة رمسيس في القاهرة صباح اليوم الإثنين 21 يوليو 2025 تحرك القطار الأول من المرحلة الثانية لمشروع العودة الطوعية للسودانيين المقيمين في مصر، متجها إلى مدينة أسوان كمحطة أولى على طريق العودة إلى السودان.
واحتشدت أعداد كبيرة من المواطنين السودانيين في أروقة المحطة، إذ غصت الساحة الرئيسية بمئات الرجال والنساء والأطفال الذين حملوا أمتعتهم وأحلامهم استعدادا للرجوع إلى الوطن بعد شهور من المعاناة والتشتت.
وتحرك القطار المخصص – رقم 1940 (ثالثة مكيفة) – في تمام الساعة 9:00 صباحًا من الرصيف رقم (8) بمحطة رمسيس، في أجواء من التنظيم والتنسيق المحكم بين الجهات المختصة، وبحضور فرق عمل من السفارة السودانية لتقديم العون والإرشاد وتيسير إجراءات المسافرين.
تنسيق سوداني مصري رفيع
وجرى تنظيم الرحلة بتوجيه مباشر من الفريق أول ركن مهندس عماد الدين عدوي، سفير جمهورية السودان لدى مصر، وبتعاون وثيق مع الفريق كامل عبد الهادي الوزير، نائب رئيس مجلس الوزراء المصري ووزير الصناعة والنقل، الذي وجه بتخصيص قطارات أسبوعية لتفويج السودانيين من القاهرة إلى أسوان، ومعاملتهم أسوة بالمصريين.
""", [
    ev("first-train-departure", "صباح اليوم الإثنين 21 يوليو 2025 تحرك القطار الأول", DEPART, "'صباح اليوم الإثنين 21 يوليو 2025' = Mon 21 Jul 2025"),
    ev("crowds-at-ramses", "واحتشدت أعداد كبيرة من المواطنين السودانيين في أروقة المحطة", DEPART, "no own expression; the morning of the departure, Mon 21 Jul 2025"),
    ev("departure-9am", "في تمام الساعة 9:00 صباحًا من الرصيف رقم (8)", DEPART, "'الساعة 9:00 صباحًا' of the departure day, Mon 21 Jul 2025"),
    ev("wazir-weekly-trains", "الذي وجه بتخصيص قطارات أسبوعية", WAZIR[0], "no own expression; the directive came before the first trip of Mon 21 Jul 2025 (my span 1 - 20 Jul 2025)", end=WAZIR[1]),
])
art(S, "https://www.beamreports.com/2025/07/21/%d8%a7%d9%84%d8%a5%d8%b9%d9%84%d8%a7%d9%86-%d8%b9%d9%86-%d8%aa%d8%b3%d9%8a%d9%8a%d8%b1-%d8%a3%d9%88%d9%84-%d8%b1%d8%ad%d9%84%d8%a9-%d9%82%d8%b7%d8%a7%d8%b1-%d9%84%d9%84%d8%b3%d9%88%d8%af%d8%a7%d9%86",
    DEPART, "the date line '21 يوليو 2025 –' that opens the body (kept) and the URL's 2025/07/21; headline written from the body and the URL slug; the last, truncated sentence of the stored excerpt dropped", True, """
الإعلان عن تسيير أول رحلة قطار للسودانيين العائدين
21 يوليو 2025 – سيرت هيئة سكك حديد مصر، الإثنين، قطارا من العاصمة القاهرة إلى أسوان في جنوب البلاد، يقل سودانيين عائدين طوعا إلى وطنهم، في إطار رحلات يرتقب أن تتكرر كل أسبوع.
وكان أكثر من مليون سوداني قد لجأوا إلى مصر، جارتهم الشمالية، عقب اندلاع الحرب في أبريل 2023، غير أن عشرات الآلاف عادوا طوعا خلال الأشهر الأخيرة بحسب السلطات السودانية.
وتحرك القطار قرابة الساعة 11 صباحًا من محطة رمسيس في العاصمة المصرية، ويتوقع أن يبلغ أسوان في جنوب البلاد نحو الساعة 11 مساء.
وأظهرت مقاطع مصورة عشرات السودانيين محتشدين في محطة رمسيس يتهيأون لركوب القطار صباح اليوم.
وكانت هيئة سكك حديد مصر قد أعلنت في بيان أمس تشغيل قطار مخصوص لتيسير العودة الطوعية للسودانيين إلى بلادهم.
وذكر البيان أن الخطوة تندرج «في إطار التعاون المشترك والعلاقات الأخوية الوثيقة بين السودان ومصر»، وضمن ما تنفذه السكة الحديد من إجراءات تسهم في تيسير عودة السودانيين الطوعية.
في الأثناء، أعلنت السفارة السودانية في القاهرة في بيان الإثنين إطلاق المرحلة الثانية من مشروع عودة المواطنين الراغبين إلى البلاد.
""", [
    ev("first-train-departure", "سيرت هيئة سكك حديد مصر، الإثنين، قطارا", DEPART, "'الإثنين' under the date line 21 Jul 2025 = Mon 21 Jul 2025"),
    ev("sudan-war-outbreak", "عقب اندلاع الحرب في أبريل 2023", "2023-04-15", "'في أبريل 2023': the war between the army and the RSF broke out on Sat 15 Apr 2023 (the text gives the month only)"),
    ev("expected-arrival-aswan", "ويتوقع أن يبلغ أسوان في جنوب البلاد نحو الساعة 11 مساء", DEPART, "'نحو الساعة 11 مساء' of the departure day, Mon 21 Jul 2025 (the planned time; saakn reports the train received at the High Dam station on Tue 22 Jul)"),
    ev("crowds-at-ramses", "عشرات السودانيين محتشدين في محطة رمسيس", DEPART, "'صباح اليوم' = the morning of Mon 21 Jul 2025"),
    ev("railway-statement", "قد أعلنت في بيان أمس تشغيل قطار مخصوص", EVE, "'أمس' from Mon 21 Jul 2025 = Sun 20 Jul"),
    ev("embassy-phase-two", "أعلنت السفارة السودانية في القاهرة في بيان الإثنين", DEPART, "'الإثنين' = Mon 21 Jul 2025"),
])
art(S, "https://saakn.com/2025/07/22/2580/قطار-السودانيين-العائدين-من-القاهرة-ي",
    ARRIVE, "the URL's date 2025/07/22 with the body's 'اليوم' for the reception of the train (22 Jul 2025 was a Tuesday); headline kept from the page; the last, truncated words of the stored excerpt ('الكامل...') completed as 'الكاملة'", True, """
استقبال أكثر من 1000 مواطن سوداني في محطة السد العالي بأسوان تمهيداً لعودتهم إلى وطنهم
شهدت محطة ميناء السد العالي شرق مدينة أسوان اليوم مشهدا إنسانيا يدل على متانة العلاقات بين مصر والسودان، إذ استقبلت قطارا يقل ما يزيد على 1000 مواطن سوداني قادمين من القاهرة، تمهيدا لعودتهم إلى بلادهم عبر منفذ قسطل البري.
وأبدى الأشقاء السودانيون سعادتهم وفرحهم لدى وصولهم إلى المحطة، حيث كان في استقبالهم السفير عبد الفادر عبد الله، القنصل العام لجمهورية السودان في محافظة أسوان. وعبروا عن امتنانهم لرئيس جمهورية مصر العربية عبد الفتاح السيسي وللحكومة والشعب في مصر على حسن ضيافتهم طوال الفترة الماضية.
وجاء هذا الاستقبال تنفيذا لتوجيهات الرئيس عبد الفتاح السيسي، ومواصلة للجهود المصرية الهادفة إلى دعم الأشقاء السودانيين ومساندتهم. وعلى هذا الأساس، وجه اللواء الدكتور إسماعيل كمال، محافظ أسوان، بتأمين جميع التيسيرات والخدمات اللازمة لاستقبال القطار ونقل الركاب بأمان.
وبين محافظ أسوان في بيان صحفي أن الركاب سينقلون على الفور بالأتوبيسات إلى مدينة أبو سمبل السياحية، ومنها إلى معبر قسطل البري تمهيدا لعبورهم إلى السودان، في أجواء يسودها التنظيم والرعاية الكاملة.
""", [
    ev("train-arrival-aswan", "إذ استقبلت قطارا يقل ما يزيد على 1000 مواطن سوداني", ARRIVE, "'اليوم' in a report of Tue 22 Jul 2025"),
    ev("consul-reception", "حيث كان في استقبالهم السفير عبد الفادر عبد الله", ARRIVE, "no own expression; at the arrival, Tue 22 Jul 2025"),
    ev("governor-directive", "وجه اللواء الدكتور إسماعيل كمال، محافظ أسوان", DEPART, "no own expression; the governor's instructions for receiving the train, given before or at its arrival (my span Mon 21 - Tue 22 Jul 2025)", end="2025-07-23"),
    ev("governor-statement", "وبين محافظ أسوان في بيان صحفي", ARRIVE, "no own expression; the statement on the arrival, Tue 22 Jul 2025"),
    ev("buses-to-qustul", "سينقلون على الفور بالأتوبيسات إلى مدينة أبو سمبل السياحية", ARRIVE, "no own expression; 'على الفور' after the arrival of Tue 22 Jul 2025"),
])

# ---------------------------------------------------------------- iraq-kirkuk-laylan-camp-closure-2020
S = "iraq-kirkuk-laylan-camp-closure-2020"
CLOSE = "2020-11-30"                       # Mon 30 Nov 2020: Laylan 1, the last camp of Kirkuk, closed; Jabro's statement
DIYALA = "2020-11-28"                      # Sat 28 Nov 2020: Diyala declared free of camps (al-Wand caravan camp closed)
AID = ("2020-11-30", "2021-11-30")         # the ministry's aid to returnees 'for a year'
ISIS2014 = ("2014-01-01", "2015-01-01")    # the ISIS invasion of 2014 (the year only in the texts)
art(S, "https://www.iqiraq.news/society/4976--.html",
    CLOSE, "no date line in the stored text; the body's 'اليوم الاثنين (30 تشرين الثاني 2020)' (30 Nov 2020 was a Monday); headline kept from the page; the last sentence (a UN statement 'في وقت سابق اليوم', which other outlets date to Tuesday) dropped", True, """
شقراء بريئة تمسي رمزا لنهاية مخيمات النزوح في كركوك (صور)
كركوك - IQ
بشعرها الأشقر وملابسها ذات اللون الزهري وملامحها البريئة، رحلت اليوم الاثنين (30 تشرين الثاني 2020) آخر طفلة نازحة عن محافظة كركوك، عائدة إلى منطقتها المحررة.
ويقول عمار صباح، مدير عام دائرة الهجرة والمهجرين في كركوك، في تصريحات صحفية، إن دائرته "أغلقت اليوم آخر مخيم للنازحين في المحافظة، عقب إعادة النازحين كافة، وعددهم 10 آلاف، إلى مناطقهم خلال اسبوعين، ومنهم من كانوا يقطنون في مخيم ليلان 1 ويحياوه".
وأضاف أن "المخيم الذي أغلق اليوم هو سابع مخيم في كركوك يؤوي النازحين منذ نهاية عام 2014، وكان اليوم يومه الأخير، وبذلك تصبح كركوك غداً بلا مخيمات".
""", [
    ev("last-child-leaves", "رحلت اليوم الاثنين (30 تشرين الثاني 2020) آخر طفلة نازحة", CLOSE, "'اليوم الاثنين (30 تشرين الثاني 2020)' = Mon 30 Nov 2020"),
    ev("laylan-closure", "أغلقت اليوم آخر مخيم للنازحين في المحافظة", CLOSE, "'اليوم' = Mon 30 Nov 2020"),
    ev("two-week-returns", "إلى مناطقهم خلال اسبوعين", "2020-11-16", "'خلال اسبوعين' up to the closure of Mon 30 Nov 2020 = my span 16 - 30 Nov 2020", end="2020-12-01"),
    ev("camps-since-2014", "يؤوي النازحين منذ نهاية عام 2014", "2014-10-01", "'منذ نهاية عام 2014' = the last months of 2014 (my span Oct - Dec 2014)", end="2015-01-01"),
    ev("kirkuk-camp-free", "تصبح كركوك غداً بلا مخيمات", "2020-12-01", "'غداً' from Mon 30 Nov 2020 = Tue 1 Dec"),
])
art(S, "https://roayahnews.com/news/2020/12/01/576662/%d8%a7%d9%84%d8%b9%d8%b1%d8%a7%d9%82-%d9%8a%d8%b9%d9%84%d9%86-%d8%a5%d8%ba%d9%84%d8%a7%d9%82-%d8%a2%d8%ae%d8%b1-%d9%85%d8%ae%d9%8a%d9%85-%d9%84%d9%84%d9%86%d8%a7%d8%b2%d8%ad%d9%8a%d9%86-%d9%81%d9%8a/",
    "2020-12-01", "the URL's date 2020/12/01 with the body's 'أمس الإثنين' for the minister's statement of Mon 30 Nov 2020 (1 Dec 2020 was a Tuesday); the by-line dropped; headline kept from the page; the truncated last word ('ثلث م...') completed as 'ثلث مساحة البلاد'", True, """
العراق يعلن إغلاق آخر مخيم للنازحين في كركوك
بغداد – أعلن العراق غلق آخر مخيم للنازحين في محافظة كركوك بشمال البلاد، ورجوع العائلات الباقية فيه إلى مناطقها.
وورد ذلك في بيان لوزيرة الهجرة إيفان فائق جابرو، أمس الإثنين، وفقا لـ“السومرية نيوز”.
وذكرت جابرو أن مخيم ليلان الأول في كركوك أغلق، فغدت المحافظة بذلك خالية من مخيمات النازحين.
ولفتت إلى رجوع آخر 180 عائلة من المخيم إلى مناطق سكناها الأصلية، مبينة أن وزارتها "ماضية في تقديم المساعدات الإنسانية للعوائل العائدة ولمدة عام".
وكانت في كركوك 7 مخيمات للنزوح في وسط المحافظة وجنوبها، منذ عام 2014 إثر اجتياح تنظيم “داعش” الإرهابي للمحافظة.
والسبت الماضي، أعلنت جابرو خلو محافظة ديالى (شرق) من مخيمات النزوح "بعد إغلاق مخيم الوند الكرفاني في قضاء خانقين، وعودة آخر 93 أسرة نازحة بواقع 586 شخصا إلى مناطق سكنهم الأصلية"، وذلك ضمن خطة الطوارئ التي تنفذها الوزارة لإعادة النازحين.
وإجمالا، اضطر ما يزيد على 5 ملايين عراقي إلى النزوح عن منازلهم في محافظات ديالى ونينوى وكركوك وصلاح الدين والأنبار وأطراف بغداد وأجزاء من محافظة بابل، جراء اجتياح تنظيم “داعش” الإرهابي لنحو ثلث مساحة البلاد.
""", [
    ev("laylan-closure", "أعلن العراق غلق آخر مخيم للنازحين", CLOSE, "no own expression; the closure announced in the minister's statement of Mon 30 Nov 2020 ('أمس الإثنين')"),
    ev("minister-statement", "في بيان لوزيرة الهجرة إيفان فائق جابرو، أمس الإثنين", CLOSE, "'أمس الإثنين' in an article of Tue 1 Dec 2020 = Mon 30 Nov"),
    ev("last-180-families-return", "رجوع آخر 180 عائلة من المخيم", CLOSE, "no own expression; the return of the last families on the day of the closure, Mon 30 Nov 2020"),
    ev("aid-for-a-year", "للعوائل العائدة ولمدة عام", AID[0], "'ولمدة عام' from the statement of Mon 30 Nov 2020 = my span 30 Nov 2020 - 29 Nov 2021", end=AID[1]),
    ev("isis-invasion-2014", "منذ عام 2014 إثر اجتياح تنظيم “داعش” الإرهابي للمحافظة", ISIS2014[0], "'منذ عام 2014' = the year 2014", end=ISIS2014[1]),
    ev("diyala-camp-free", "والسبت الماضي، أعلنت جابرو خلو محافظة ديالى", DIYALA, "'السبت الماضي' from Tue 1 Dec 2020 = Sat 28 Nov 2020"),
])
art(S, "https://mena-monitor.org/%d8%a7%d9%84%d8%b9%d8%b1%d8%a7%d9%82-%d9%8a%d8%ba%d9%84%d9%82-%d8%a2%d8%ae%d8%b1-%d9%85%d8%ae%d9%8a%d9%85-%d9%84%d9%84%d9%86%d8%a7%d8%b2%d8%ad%d9%8a%d9%86-%d9%81%d9%8a-%d9%83%d8%b1%d9%83%d9%88%d9%83/amp",
    "2020-12-01", "no date on the stored page; the body's 'في بيان صحفي أمس الاثنين' for Jabro's statement, which was issued on Mon 30 Nov 2020 (iqiraq 'اليوم الاثنين (30 تشرين الثاني 2020)'; roayahnews of 1 Dec 'أمس الإثنين'), so it was published on Tue 1 Dec 2020; headline rendered from the URL slug; the last, truncated paragraph of the stored excerpt dropped", False, """
العراق يغلق آخر مخيم للنازحين في كركوك
مرصد منيا – العراق
أغلقت السلطات العراقية آخر مخيم للنازحين في محافظة كركوك بشمال البلاد، فأصبحت المحافظة بذلك خالية من مخيمات النزوح.
وقالت وزيرة الهجرة العراقية “إيفان فائق جابرو”، في بيان صحفي أمس الاثنين، إن “مخيم ليلان الأول في كركوك أغلق، لتغدو المحافظة خالية من مخيمات النازحين”، مشيرة إلى “عودة آخر 180 عائلة من المخيم إلى مناطق سكناها الأصلية”.
وشددت “جابرو” على أن وزارتها “مستمرة في تقديم المساعدات الإنسانية للعوائل العائدة ولمدة عام”.
وكانت محافظة كركوك تحتضن 7 مخيمات للنزوح في وسطها وجنوبها، منذ عام 2014 على إثر اجتياح تنظيم “داعش” الإرهابي للمحافظة.
ويذكر أن السلطات العراقية أعلنت قبل أيام خلو محافظة ديالى من مخيمات النزوح “بعد إغلاق مخيم الوند الكرفاني في قضاء خانقين، وعودة آخر 93 أسرة نازحة بواقع 586 شخصا إلى مناطق سكنهم الأصلية”.
""", [
    ev("laylan-closure", "أغلقت السلطات العراقية آخر مخيم للنازحين", CLOSE, "no own expression; the closure of Mon 30 Nov 2020 (iqiraq 'اليوم الاثنين (30 تشرين الثاني 2020)')"),
    ev("minister-statement", "في بيان صحفي أمس الاثنين", CLOSE, "'أمس الاثنين' in an article of Tue 1 Dec 2020 = Mon 30 Nov"),
    ev("last-180-families-return", "عودة آخر 180 عائلة من المخيم", CLOSE, "no own expression; the return of the last families on the day of the closure, Mon 30 Nov 2020"),
    ev("aid-for-a-year", "للعوائل العائدة ولمدة عام", AID[0], "'ولمدة عام' from the statement of Mon 30 Nov 2020 = my span 30 Nov 2020 - 29 Nov 2021", end=AID[1]),
    ev("isis-invasion-2014", "منذ عام 2014 على إثر اجتياح تنظيم “داعش” الإرهابي", ISIS2014[0], "'منذ عام 2014' = the year 2014", end=ISIS2014[1]),
    ev("diyala-camp-free", "أعلنت قبل أيام خلو محافظة ديالى", DIYALA, "'قبل أيام' = Sat 28 Nov 2020 (roayahnews: 'والسبت الماضي')"),
])

# ---------------------------------------------------------------- lebanon-syrian-return-convoys-resumption-2024
S = "lebanon-syrian-return-convoys-resumption-2024"
RESUME = "2024-05-14"                      # Tue 14 May 2024: General Security's first convoys after the pause, Arsal and al-Qaa
art(S, "https://arabkhabar.com/a/2541785",
    RESUME, "the page's 'تاريخ النشر: 14th, May 2024 GMT' (not kept in the text) with the body's 'منذ صباح اليوم' (14 May 2024 was a Tuesday); headline kept from the page; the truncated last quotation completed from the headline ('بداية جديدة لمسار طويل')", True, """
انطلاق قافلتي عودة من عرسال والقاع الى سوريا... البيسري: بداية جديدة لمسار طويل
بدأت المديرية العامة للأمن العام منذ صباح اليوم، عبر معبريها الحدوديين في الزمراني - عرسال والقاع، تنظيم عودة طوعية لقرابة 330 شخصًا من السوريين المقيمين في لبنان، ممن سجلوا أسماءهم لدى مراكز الأمن العام لتأمين رجوعهم إلى بلادهم. وشكلت عودة اليوم، مع استئناف رحلات العودة الطوعية إلى سوريا، منطلقا أساسيا لعملية مستمرة ومستدامة تتيح للسوريين الموجودين في لبنان بصورة شرعية أو غير شرعية العودة إلى بلادهم، في وقت "تحرص المديرية العامة للامن العام على تأمين عودة آمنة لهم"، بحسب ما أفاد الضابط المكلف بمتابعة هذه العملية في عرسال.
وكان المدير العام للأمن العام بالإنابة اللواء الياس البيسري، الموجود في مصر، قد تابع مع ضباط الأمن العام في عرسال والقاع سير قوافل العودة الطوعية التي شرعت المديرية في تنفيذها صباح اليوم لنحو 330 سوريًا اختاروا العودة إلى ديارهم برعاية الأمن العام. وأصدر اللواء البيسري التوجيهات اللازمة للعناية بجميع العائدين وتسهيل شؤونهم حتى بلوغهم الأراضي السورية. وفي اتصال معه، أكد اللواء البيسري لـ "الوكالة الوطنية للاعلام" أن "هذه القافلة تشكل بداية جديدة لمسار طويل".
""", [
    ev("convoys-start", "بدأت المديرية العامة للأمن العام منذ صباح اليوم", RESUME, "'منذ صباح اليوم' = Tue 14 May 2024"),
    ev("day-return-resumption", "وشكلت عودة اليوم، مع استئناف رحلات العودة الطوعية", RESUME, "'اليوم' = Tue 14 May 2024"),
    ev("bisri-follow-up", "قد تابع مع ضباط الأمن العام في عرسال والقاع", RESUME, "no own expression; during the convoys of 'صباح اليوم', Tue 14 May 2024"),
    ev("bisri-directives", "وأصدر اللواء البيسري التوجيهات اللازمة", RESUME, "no own expression; the same day, Tue 14 May 2024"),
    ev("bisri-nna-statement", "أكد اللواء البيسري لـ", RESUME, "no own expression; his remarks on the day of the convoys, Tue 14 May 2024"),
])
art(S, "https://alwahdanews.ae/international_news/%d8%a7%d9%84%d8%b3%d9%84%d8%b7%d8%a7%d8%aa-%d8%a7%d9%84%d9%84%d8%a8%d9%86%d8%a7%d9%86%d9%8a%d8%a9-%d8%aa%d8%b1%d8%aa%d8%a8-%d8%a7%d9%84%d8%b9%d9%88%d8%af%d8%a9-%d8%a7%d9%84%d8%b7%d9%88%d8%b9%d9%8a",
    RESUME, "no date on the stored page; a dpa report whose 'اليوم الثلاثاء' names the day of the return of about 300 Syrians, the resumed convoys of Tue 14 May 2024 (arabkhabar of 14 May: about 330 people from Arsal and al-Qaa), so it was published on Tue 14 May 2024; the menu line dropped; headline kept from the page", False, """
السلطات اللبنانية ترتب “العودة الطوعية” لـ 300 سوري
بيروت-(د ب أ): رتبت السلطات اللبنانية ما وصفته بـ “العودة الطوعية” لقرابة 300 لاجئ سوري إلى بلادهم اليوم الثلاثاء، وفق ما أفادت مصادر أمنية، في ظل توتر متصاعد بين اللبنانيين والسوريين في لبنان.
وكان بوسع اللاجئين المقيمين في لبنان أن يسجلوا أسماءهم للالتحاق بقوافل متجهة إلى سوريا، بالتنسيق مع السلطات السورية، قبل رحيلهم.
وأظهر اللاجئون السوريون الراحلون عن لبنان مشاعر متباينة أثناء مغادرتهم البلاد.
وقالت إحدى السوريات المغادرات: “إنه كابوس. أخشى ما قد يحصل لابني ولي. سيساق إلى الخدمة العسكرية لا محالة.”
وانطلقت امرأة أخرى في رحلة العودة، بعدما أقامت مع ابنتيها وحفيداتها في مخيم للاجئين في عرسال قرب الحدود مع سوريا منذ 14 عاما.
وقالت لوكالة الأنباء الألمانية (د.ب.أ): “أتطلع إلى الرجوع إلى بيتي في قريتي. النوم في بيت له سقف خير من النوم في خيمة.”
""", [
    ev("convoys-start", "لقرابة 300 لاجئ سوري إلى بلادهم اليوم الثلاثاء", RESUME, "'اليوم الثلاثاء' = Tue 14 May 2024"),
    ev("woman-nightmare-quote", "وقالت إحدى السوريات المغادرات", RESUME, "no own expression; at the departure, Tue 14 May 2024"),
    ev("arsal-camp-stay", "في مخيم للاجئين في عرسال قرب الحدود مع سوريا منذ 14 عاما", "2010-01-01", "'منذ 14 عاما' before 14 May 2024 = since 2010 (the year only) until the departure of Tue 14 May 2024", end="2024-05-15"),
    ev("woman-dpa-quote", "وقالت لوكالة الأنباء الألمانية (د.ب.أ)", RESUME, "no own expression; at the departure, Tue 14 May 2024"),
])
art(S, "https://aliwaa.com.lb/%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF/%D9%82%D9%88%D8%A7%D9%81%D9%84-%D8%A7%D9%84%D8%B9%D9%88%D8%AF%D8%A9-%D8%A7%D9%84%D8%B7%D9%88%D8%B9%D9%8A%D8%A9-%D9%84%D9%84%D9%86%D8%A7%D8%B2%D8%AD%D9%8A%D9%86-%D8%AA%D9%86%D8%B7%D9%84%D9%82-%D8%A5%D9%84%D9%89-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7/",
    "2024-05-15", "no date on the stored page; the daily al-Liwaa's 'باشرت منذ صباح امس' for the convoys of about 330 Syrians from al-Zamrani - Arsal and al-Qaa, which left on Tue 14 May 2024 (arabkhabar of 14 May: 'منذ صباح اليوم'), so it was published on Wed 15 May 2024; the body keeps the agency's 'العودة اليوم' (verbatim); headline rendered from the URL slug; the last, truncated sentence (on al-Bisri) dropped", False, """
قوافل العودة الطوعية للنازحين تنطلق إلى سوريا
بدأت المديرية العامة للأمن العام منذ صباح امس، عبر معبريها الحدوديين في الزمراني - عرسال والقاع، تنظيم عودة طوعية لنحو 330 شخصاً من السوريين المقيمين في لبنان، كانوا قد دونوا أسماءهم لدى مراكز الأمن العام لتأمين رجوعهم إلى وطنهم.
وقد مثلت العودة اليوم، مع استئناف رحلات العودة الطوعية إلى سوريا، بداية أساسية لعملية متواصلة ومستدامة تمكن السوريين الموجودين في لبنان بصورة شرعية وغير شرعية من العودة إلى بلادهم، في وقت «تحرص المديرية العامة للامن العام على تأمين عودة آمنة لهم»، وفق ما ذكره لنا الضابط المسؤول عن متابعة هذه العملية في عرسال.
ولدى سؤالنا عددا من السوريين المغادرين طوعا، أبدى معظمهم «ارتياحهم لهذه الخطوة» وشكروا الأمن العام على رعايته عودتهم إلى وطنهم بأمان.
كذلك حثت إحدى السيدات المغادرات، في حديث إلى «الوكالة الوطنية للاعلام»، «من بقوا في لبنان على العودة الى سوريا». بينما طالب بعض المغادرين ممن يتلقون في لبنان مساعدة من مفوضية الأمم المتحدة لشؤون اللاجئين بأن تصرف لهم هذه المساعدة في بلادهم، لحاجتهم إليها هناك ولأنها تؤسس لهم معيشة أفضل وتعين جميع السوريين على العودة.
""", [
    ev("convoys-start", "بدأت المديرية العامة للأمن العام منذ صباح امس", RESUME, "'منذ صباح امس' in an article of Wed 15 May 2024 = Tue 14 May"),
    ev("day-return-resumption", "وقد مثلت العودة اليوم، مع استئناف رحلات العودة الطوعية", RESUME, "'اليوم' kept from the agency's copy of Tue 14 May 2024: the same return of 'صباح امس', Tue 14 May (not the publication day)"),
    ev("returnees-relief", "أبدى معظمهم «ارتياحهم لهذه الخطوة»", RESUME, "no own expression; at the departure, Tue 14 May 2024"),
    ev("woman-nna-call", "كذلك حثت إحدى السيدات المغادرات", RESUME, "no own expression; at the departure, Tue 14 May 2024"),
    ev("unhcr-aid-demand", "بينما طالب بعض المغادرين", RESUME, "no own expression; at the departure, Tue 14 May 2024"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 593
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 347-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: drone and missile attacks on oil facilities, airports and
cities: the attack, interceptions, damage, claims of responsibility, condemnations.
Stories: the drone campaign on Port Sudan (Sudan, May 2025), the projectiles fired on Smara (Morocco,
October 2023), the Houthi cruise missile on Abha airport (Saudi Arabia, June 2019), and the drone attack on the
Khor Mor gas field (Iraqi Kurdistan, November 2025), and the drones that fell on Taba and Nuweiba
(Egypt, October 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- sudan-port-sudan-drone-attacks-2025
S = "sudan-port-sudan-drone-attacks-2025"
SUN = "2025-05-04"                         # first drone attack on Port Sudan (Osman Digna air base, a goods depot), Sun 4 May 2025
MON = "2025-05-05"                         # the strike on the main fuel depot, evening of Mon 5 May 2025
TUE = "2025-05-06"                         # the strikes on the airport (fuel tanks), the southern port and the army base, Tue 6 May 2025
NIGHT = ("2025-05-07", "2025-05-09")       # the night wave of Wed 7 - Thu 8 May 2025 (19:00 to 05:00)
art(S, "http://arabic.china.org.cn/txt/2025-05/04/content_117857634.htm",
    "2025-05-04", "dateline 'الخرطوم 4 مايو 2025 (شينخوا)' (kept; 4 May 2025 was a Sunday), page stamp '04. 05. 2025' and date in the URL '/2025-05/04/'; the body's 'صباح اليوم (الأحد)' agrees; headline written from the body (the stored text has none); the last, truncated quotation of al-Sudani newspaper shortened", True, """
الجيش السوداني: مسيرات انتحارية للدعم السريع تضرب قاعدة جوية ومنشآت في بورتسودان
الخرطوم 4 مايو 2025 (شينخوا) قال الجيش السوداني إن قوات الدعم السريع هاجمت صباح اليوم (الأحد) بمسيرات "انتحارية" قاعدة جوية عسكرية ومنشآت مدنية في مدينة بورتسودان بشرق البلاد.
وأوضح العميد نبيل عبد الله، المتحدث الرسمي باسم الجيش السوداني، في بيان صحفي اليوم أن هذه القوات ضربت صباح اليوم بمسيرات انتحارية قاعدة عثمان دقنة الجوية ومخزنا للبضائع وعددا من المنشآت المدنية في المدينة.
وأشار إلى أن الدفاعات الأرضية أسقطت عددا من المسيرات، بينما ألحق بعضها "أضرارا محدودة" أصابت مخزنا للذخائر في قاعدة عثمان دقنة الجوية وتسببت في "انفجارات متفرقة دون إصابات".
في المقابل، أفاد مصدر في مطار بورتسودان وكالة أنباء ((شينخوا)) بأن خمس مسيرات انتحارية وُجّهت نحو مطار بورتسودان الدولي لكنها سقطت خارج حرمه، لافتا إلى أن السلطات أوقفت الرحلات الجوية في المطار بشكل مؤقت.
وبثّ ناشطون على مواقع التواصل الاجتماعي مقاطع فيديو تُظهر دخانا كثيفا يتصاعد من المنطقة المحيطة بالمطار.
ونقلت صحيفة ((السوداني)) عن مصادر في مطار بورتسودان أن وقف الرحلات الجوية مؤقت، وأنه إجراء دولي متبع لدواعٍ أمنية واحترازية.
""", [
    ev("first-attack-osman-digna", "هاجمت صباح اليوم (الأحد) بمسيرات", SUN, "'صباح اليوم (الأحد)' = Sun 4 May 2025 (dateline)"),
    ev("sunday-drones-shot-down", "أن الدفاعات الأرضية أسقطت عددا من المسيرات", SUN, "no own expression; the air defence during the attack of the morning of Sun 4 May 2025"),
    ev("ammunition-store-hit", "أصابت مخزنا للذخائر في قاعدة عثمان دقنة الجوية", SUN, "no own expression; the damage of the attack of Sun 4 May 2025"),
    ev("five-drones-at-airport", "خمس مسيرات انتحارية وُجّهت نحو مطار بورتسودان الدولي", SUN, "no own expression; the same attack of Sun 4 May 2025"),
    ev("sunday-flights-suspended", "أن السلطات أوقفت الرحلات الجوية في المطار بشكل مؤقت", SUN, "no own expression; the suspension right after the attack of Sun 4 May 2025 (flights resumed that evening)"),
])
art(S, "https://www.elbalad.news/6564165",
    "2025-05-06", "no date on the stored page; the body's 'اليوم الثلاثاء' for the drone raids on the airport and the port 'للمرة الثانية خلال أقل من أسبوع' (after Sun 4 May) and 'بعد ساعات' of the strike on the fuel depot of the evening of Mon 5 May gives Tue 6 May 2025; headline kept from the page (re-worded), the photo tag 'ارشيفي' dropped; no date of its own in the text", False, """
السودان.. مسيّرة تضرب القاعدة الرئيسية للجيش وسط بورتسودان
أفاد مصدر في الجيش السوداني لوكالة الأنباء الفرنسية بأن طائرة مسيرة ضربت القاعدة الرئيسية للجيش في وسط بورتسودان.
وفي وقت لاحق، وصف مسؤول في مطار بورتسودان استهداف قوات الدعم السريع للمطار المدني في المدينة بأنه "عمل إرهابي"، موضحا أن حجم الخسائر التي لحقت بالمطار لم يُقدَّر بعد.
وتابع المسؤول السوداني في تصريحاته أن تقييم الأوضاع جارٍ.
كما بيّن المسؤول أن كل الرحلات في مطار بورتسودان عُلّقت إثر استهدافه بمسيرات قوات الدعم السريع.
وشهدت مدينة بورتسودان، اليوم الثلاثاء، هجمات بطائرات مسيرة طالت الميناء البحري والمطار.
وارتفعت أعمدة الدخان وألسنة اللهب في محيط ميناء بورتسودان الجنوبي بفعل هجوم بالمسيرات.
وذكر مسؤول سوداني أن قوات الدعم السريع أغارت بطائرات مسيرة على مطار بورتسودان الدولي، الثلاثاء، في ثاني هجوم عليه خلال أقل من أسبوع، وبعد ساعات من ضربها منشأة نفطية جنوب العاصمة الإدارية.
""", [
    ev("army-base-hit", "طائرة مسيرة ضربت القاعدة الرئيسية للجيش", TUE, "no own expression; the strike on the army's main base reported with the raids of 'اليوم الثلاثاء' = Tue 6 May 2025"),
    ev("tuesday-flights-suspended", "أن كل الرحلات في مطار بورتسودان عُلّقت", TUE, "no own expression; the suspension after the raid on the airport of Tue 6 May 2025"),
    ev("tuesday-airport-port-strikes", "هجمات بطائرات مسيرة طالت الميناء البحري والمطار", TUE, "'اليوم الثلاثاء' = Tue 6 May 2025"),
    ev("southern-port-fire", "وارتفعت أعمدة الدخان وألسنة اللهب في محيط ميناء بورتسودان الجنوبي", TUE, "no own expression; the fire of the raid of Tue 6 May 2025 on the southern port's fuel depot"),
    ev("fuel-depot-strike", "بعد ساعات من ضربها منشأة نفطية جنوب العاصمة الإدارية", MON, "'بعد ساعات' before the raid of Tue 6 May = the strike on the fuel depot on the evening of Mon 5 May 2025 (mosaiquefm: 'مساء أمس الاثنين 5 ماي 2025')"),
])
art(S, "https://www.mosaiquefm.net/amp/ar/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85%D9%8A%D8%A9/1410466/{{googlePlay}}",
    "2025-05-06", "the body's 'مساء أمس الاثنين 5 ماي 2025' (kept; 5 May 2025 was a Monday) gives Tue 6 May 2025, the day of the strike on the airport's fuel tanks it opens with (arabkhabar's copy of the same al-Jazeera report: 'تاريخ النشر: 6th, May 2025'); headline kept from the page (re-worded); the source URL as stored (with its template tail); the last, truncated words ('يسيطر عليها الجي...') dropped", True, """
السودان: الدعم السريع تضرب مستودعات الوقود ومطار بورتسودان
أطلقت طائرة مسيرة قذائفها على خزانات وقود داخل مطار بورتسودان في السودان، فوقع انفجار واشتعل حريق.
ووفقا لموقع "الجزيرة.نت"، شرعت فرق الدفاع المدني في السيطرة على الحريق الذي خلّفه قصف المسيرة، فيما أخلت السلطات السودانية المطار وأوقفت كل الرحلات.
وسبق أن حمّلت السلطات السودانية قوات الدعم السريع مسؤولية هجوم بمسيّرة، هو الثاني خلال يومين، على بورتسودان التي تتخذها الحكومة مقرا مؤقتا، وتسبب في اشتعال النار في مستودع الوقود الرئيسي.
وذكرت تقارير إعلامية أن سحبا كثيفة من الدخان الأسود تصاعدت فوق مدينة بورتسودان عقب الهجوم الذي وقع مساء أمس الاثنين 5 ماي 2025.
وفي حين تسعى السلطات السودانية إلى احتواء الحريق، نبّه وزير الطاقة والنفط في الحكومة السودانية إلى "كارثة محتملة" بالمنطقة بسبب امتداد النيران إلى عدة مستودعات مليئة بالوقود.
وأشار مصدر حكومي إلى انفجار ثانٍ هزّ المستودع مساء أمس، مرجعا ذلك إلى اتساع رقعة النيران.
واعتبر محيي الدين سعيد، وزير الطاقة والنفط في الحكومة السودانية، أن الهجوم "عملية إرهابية" موجهة ضد بنية تحتية مدنية، لا سيما أن مستودعات بورتسودان تزوّد شمال البلاد وشرقها بالوقود.
""", [
    ev("tuesday-airport-port-strikes", "أطلقت طائرة مسيرة قذائفها على خزانات وقود داخل مطار بورتسودان", TUE, "no own expression; the strike on the airport's fuel tanks early on Tue 6 May 2025 (the article is of that day: 'مساء أمس الاثنين 5 ماي 2025'; elbalad 'اليوم الثلاثاء')"),
    ev("tuesday-flights-suspended", "أخلت السلطات السودانية المطار وأوقفت كل الرحلات", TUE, "no own expression; the evacuation after the strike of Tue 6 May 2025"),
    ev("fuel-depot-strike", "الهجوم الذي وقع مساء أمس الاثنين 5 ماي 2025", MON, "'مساء أمس الاثنين 5 ماي 2025' = Mon 5 May 2025"),
    ev("minister-warns-catastrophe", "نبّه وزير الطاقة والنفط في الحكومة السودانية إلى \"كارثة محتملة\"", MON, "no own expression; the minister's warning while the depot burned, the night of Mon 5 to Tue 6 May 2025 (my span)", end="2025-05-07"),
    ev("second-depot-explosion", "انفجار ثانٍ هزّ المستودع مساء أمس", MON, "'مساء أمس' = the evening of Mon 5 May 2025"),
])
art(S, "https://www.ya7dosal2an.com/23559/هجمات-متواصلة-بالطائرات-المسيّرة-على-بورتسودان-ومدن",
    "2025-05-08", "page time stamp 'الخميس، 08 مايو 2025 04:30 م' (kept as second line; 8 May 2025 was a Thursday); the body's 'اليوم الخامس على التوالي منذ بدأت يوم الأحد الماضي' (Sun 4 - Thu 8 May) agrees; headline kept from the page (re-worded); the section tag 'السودان' and the last, truncated sentence on al-Duwaim dropped", True, """
هجمات بالمسيّرات لا تتوقف على بورتسودان ومدن سودانية أخرى
الخميس، 08 مايو 2025 04:30 م
قال محمد إبراهيم، مراسل قناة "القاهرة الإخبارية" في بورتسودان، إن المدينة تعرّضت خلال الليلة الماضية لسلسلة هجمات بطائرات مسيرة انطلقت قرابة السابعة مساءً ولم تتوقف حتى ساعات الفجر، وبلغ نشاط المسيرات ذروته في الساعة العاشرة مساءً، الثانية صباحًا، والخامسة فجرًا.
وأوضح، في مداخلة مع الإعلامية حبيبة عمر على قناة "القاهرة الإخبارية"، أن الجيش السوداني أسقط أغلب هذه الطائرات بالمضادات الأرضية، لافتا إلى أن واحدة من المسيرات ضربت الكلية الجوية شمال مدينة بورتسودان، فدبّ الهلع والرعب بين المدنيين، لا سيما أن الهجمات تدخل اليوم الخامس على التوالي منذ بدأت يوم الأحد الماضي.
وأضاف أن مطار بورتسودان والميناء الجنوبي طالتهما الهجمات كذلك، واندلعت فيهما حرائق ما زالت أعمدة دخانها ترتفع، ولا سيما في مناطق تخزين المشتقات البترولية.
وفي السياق ذاته، بيّن إبراهيم أن مدينة كسلا بشرق السودان شهدت هي الأخرى محاولات هجوم بمسيرات نفذتها قوات الدعم السريع، غير أن الدفاعات الجوية نجحت في صدها.
""", [
    ev("night-drone-wave", "تعرّضت خلال الليلة الماضية لسلسلة هجمات بطائرات مسيرة", NIGHT[0], "'خلال الليلة الماضية' in an article of Thu 8 May = the night of Wed 7 to Thu 8 May 2025 ('قرابة السابعة مساءً' to 'الخامسة فجرًا')", end=NIGHT[1]),
    ev("night-interceptions", "أن الجيش السوداني أسقط أغلب هذه الطائرات بالمضادات الأرضية", NIGHT[0], "the same night of Wed 7 to Thu 8 May 2025", end=NIGHT[1]),
    ev("air-college-hit", "واحدة من المسيرات ضربت الكلية الجوية شمال مدينة بورتسودان", NIGHT[0], "the same night of Wed 7 to Thu 8 May 2025", end=NIGHT[1]),
    ev("first-attack-osman-digna", "منذ بدأت يوم الأحد الماضي", SUN, "'يوم الأحد الماضي' from Thu 8 May = Sun 4 May 2025, the first attack"),
    ev("tuesday-airport-port-strikes", "أن مطار بورتسودان والميناء الجنوبي طالتهما الهجمات كذلك", TUE, "no own expression; the raids on the airport and the southern port of Tue 6 May 2025 whose fires still burned (elbalad, mosaiquefm)"),
    ev("kassala-drones-repelled", "غير أن الدفاعات الجوية نجحت في صدها", NIGHT[0], "no own expression; the attempts on Kassala reported with the night wave of Wed 7 - Thu 8 May 2025 (my span)", end=NIGHT[1]),
])

# ---------------------------------------------------------------- morocco-smara-projectiles-2023
S = "morocco-smara-projectiles-2023"
SHELLS = "2023-10-29"                      # four projectiles on Smara after midnight of Sat 28 / Sun 29 Oct 2023 (about 00:20)
CLAIM = "2023-10-29"                       # the Polisario's claim, evening of Sun 29 Oct 2023
MARCH = "2023-11-05"                       # the march of Laayoune, Sun 5 Nov 2023
art(S, "https://www.alaraby.co.uk/politics/%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8-%D9%82%D8%AA%D9%8A%D9%84-%D9%883-%D8%AC%D8%B1%D8%AD%D9%89-%D8%A8%D8%B3%D8%A8%D8%A8-%D9%85%D9%82%D8%B0%D9%88%D9%81%D8%A7%D8%AA-%D9%85%D8%AA%D9%81%D8%AC%D8%B1%D8%A9-%D9%81%D9%8A-%D9%85%D8%AF%D9%8A%D9%86%D8%A9-%D8%A7%D9%84%D8%B3%D9%85%D8%A7%D8%B1%D8%A9-%D8%A8%D8%A7%D9%84%D8%B5%D8%AD%D8%B1%D8%A7%D8%A1",
    "2023-10-29", "page date line '29 أكتوبر 2023' (kept as second line; 29 Oct 2023 was a Sunday); the body's 'اليوم الأحد' agrees; headline kept from the page (re-worded, shown once instead of twice); the photo caption '(Getty)' and the font buttons dropped; the last, truncated sentence dropped", True, """
المغرب: "مقذوفات متفجرة" تقتل شخصا وتجرح 3 في مدينة السمارة بالصحراء
29 أكتوبر 2023
أفادت السلطات المغربية، اليوم الأحد، بأن شخصا لقي حتفه وأصيب ثلاثة آخرون، بينهم اثنان في حالة حرجة، في أربعة انفجارات ناجمة عن إطلاق مقذوفات متفجرة، ليل السبت الأحد على مدينة السمارة في جنوب البلاد.
وأوضحت السلطات المحلية في إقليم (محافظة) السمارة أن الانفجارات وقعت في حي لازاب "ZAP" وحي السلام والحي الصناعي (انفجاران)، وأن المصابين بجروح خطيرة خضعوا للإسعافات الأولية ثم نُقلوا إلى مستشفى العيون، كبرى حواضر الصحراء.
وأضافت أن المصاب الثالث، وجروحه طفيفة، عاد إلى بيته بعد إسعافه في عين المكان، مشيرة إلى أن منزلين لحقت بهما أضرار مادية.
وفي بلاغ له، أعلن الوكيل العام للملك لدى محكمة الاستئناف في العيون أن الشرطة القضائية المختصة كُلّفت بفتح بحث قضائي، بعد وفاة شخص وإصابة ثلاثة آخرين بجروح متفاوتة الخطورة، منها حالتان حرجتان، جراء "إطلاق مقذوفات متفجرة استهدفت أحياء سكنية بمدينة السمارة".
""", [
    ev("smara-casualties", "بأن شخصا لقي حتفه وأصيب ثلاثة آخرون", SHELLS, "'ليل السبت الأحد' = after midnight of Sat 28 / Sun 29 Oct 2023 (a witness in arabkhabar/al-Yaoum24: about 00:20; albawaba: 'فجر اليوم /الأحد/')"),
    ev("smara-explosions", "أن الانفجارات وقعت في حي لازاب", SHELLS, "no own expression; the four explosions of the night of Sat 28 / Sun 29 Oct 2023, after midnight"),
    ev("wounded-to-laayoune", "ثم نُقلوا إلى مستشفى العيون", SHELLS, "no own expression; the wounded moved on Sun 29 Oct 2023, after first aid"),
    ev("two-houses-damaged", "أن منزلين لحقت بهما أضرار مادية", SHELLS, "no own expression; the damage of the shelling of Sun 29 Oct 2023"),
    ev("prosecutor-inquiry", "أن الشرطة القضائية المختصة كُلّفت بفتح بحث قضائي", SHELLS, "no own expression; the prosecutor's statement of Sun 29 Oct 2023 (badil: 'وأعلنت النيابة العامة المغربية، الأحد')"),
])
art(S, "https://badil.info/131098",
    "2023-10-30", "the body's 'مساء أمس الأحد 29 أكتوبر الجاري' (kept; 29 Oct 2023 was a Sunday) gives Mon 30 Oct 2023; headline kept from the page (re-worded); the last, truncated sentence dropped", True, """
البوليساريو تعلن تبنّي هجوم السمارة "الإرهابي"
أعلنت جبهة البوليساريو الانفصالية، مساء أمس الأحد 29 أكتوبر الجاري، أن مقاتليها "شنوا هجمات جديدة" على القوات المغربية المرابطة في مناطق من الصحراء، وذلك بعد ساعات من إعلان المغرب رصد انفجارات في مدينة السمارة.
وقالت الجبهة، في بيان بثته وكالة الأنباء الصحراوية (واص)، إن الهجمات التي طالت مناطق المحبس والسمارة والفرسية "خلفت خسائر فادحة في ثكنات وتخندقات العدو".
وصدر بيان البوليساريو عقب بلاغ للسلطات المغربية أفادت فيه بمقتل شخص وجرح ثلاثة آخرين جراء أربعة انفجارات هزّت مدينة السمارة في الصحراء المغربية، ليل السبت ـ الأحد.
ولم تحدد السلطات المغربية مصدر الانفجارات ولا طبيعتها، وأعلنت فتح تحقيق في الحادث.
وأعلنت النيابة العامة المغربية، الأحد، أنها فتحت تحقيقا في "إطلاق مقذوفات" استهدفت أحياء سكنية في مدينة السمارة.
وجاء في بيان النيابة العامة أن الوكيل العام لدى محكمة الاستئناف بالعيون كلّف فريق البحث بإجراء الخبرات التقنية والباليستية اللازمة لتحديد مصدر المقذوفات المتفجرة وطبيعتها.
وتابع البيان أن الوكيل العام سيتولى ترتيب ما يلزم من آثار قانونية في ضوء ما يسفر عنه البحث.
""", [
    ev("polisario-claim", "أعلنت جبهة البوليساريو الانفصالية، مساء أمس الأحد", CLAIM, "'مساء أمس الأحد 29 أكتوبر الجاري' = Sun 29 Oct 2023"),
    ev("polisario-claimed-attacks", "\"شنوا هجمات جديدة\" على القوات المغربية", "2023-10-28", "no own expression; the attacks on al-Mahbes, Smara and al-Farsia claimed on Sun 29 Oct, undated in the claim (my span: the night of Sat 28 - Sun 29 Oct 2023)", end="2023-10-30"),
    ev("smara-casualties", "بمقتل شخص وجرح ثلاثة آخرين", SHELLS, "'ليل السبت ـ الأحد' = after midnight of Sat 28 / Sun 29 Oct 2023"),
    ev("smara-explosions", "جراء أربعة انفجارات هزّت مدينة السمارة", SHELLS, "'ليل السبت ـ الأحد' = the explosions after midnight of Sat 28 / Sun 29 Oct 2023"),
    ev("prosecutor-inquiry", "أنها فتحت تحقيقا في \"إطلاق مقذوفات\"", SHELLS, "'الأحد' = Sun 29 Oct 2023"),
    ev("ballistic-expertise", "كلّف فريق البحث بإجراء الخبرات التقنية والباليستية", SHELLS, "no own expression; the order in the prosecutor's statement of Sun 29 Oct 2023"),
])
art(S, "https://alakhbarmedia.net/node/22842",
    "2023-10-30", "no date on the stored page; the body's 'وأمس أعلنت السلطات المغربية' for the Moroccan statement of Sun 29 Oct 2023 (alaraby: 'اليوم الأحد') gives Mon 30 Oct 2023, after the Polisario's claim of the evening of Sun 29 (badil); headline written from the body (the stored text has none; lebjawi's copy is headed 'البوليساريو تتبنى هجوما استهدف مدينة السمارة بالصحراء'); no date of its own in the text", False, """
البوليساريو تعلن مسؤوليتها عن هجوم على مدينة السمارة
الاخبار ميديا: أعلنت جبهة البوليساريو مسؤوليتها عن الهجوم الذي طال ليل السبت مدينة السمارة في الصحراء، وأوقع قتيلا وعددا من الجرحى.
وذكرت وكالة الأنباء الصحراوية (التابعة للبوليساريو) أن مقاتلي الجيش الصحراوي شنوا هجوما على قوات مغربية متمركزة في قطاعات المحبس والسمارة والفرسية.
ونقلت الوكالة عن بلاغ عسكري للبوليساريو أن الهجوم ألحق خسائر بثكنات القوات المغربية.
وأمس أعلنت السلطات المغربية أن شخصا قُتل وأصيب ثلاثة آخرون، اثنان منهم بجروح خطيرة، في أربعة انفجارات سببها إطلاق مقذوفات متفجرة، ليل السبت الأحد على مدينة السمارة بالصحراء.
وفي بلاغ، أفاد الوكيل العام للملك لدى محكمة الاستئناف في العيون بأن الشرطة القضائية المختصة كُلفت بإجراء بحث قضائي، عقب وفاة شخص وإصابة ثلاثة بجروح متفاوتة الخطورة، بينها حالتان حرجتان، بسبب "إطلاق مقذوفات متفجرة استهدفت أحياء سكنية بمدينة السمارة".
""", [
    ev("polisario-claim", "أعلنت جبهة البوليساريو مسؤوليتها", CLAIM, "no own expression; the claim of the evening of Sun 29 Oct 2023 (badil: 'مساء أمس الأحد 29 أكتوبر الجاري')"),
    ev("smara-explosions", "الهجوم الذي طال ليل السبت مدينة السمارة", SHELLS, "'ليل السبت' = the night of Sat 28 Oct, the shells fell after midnight, on Sun 29 Oct 2023"),
    ev("polisario-claimed-attacks", "أن مقاتلي الجيش الصحراوي شنوا هجوما على قوات مغربية", "2023-10-28", "no own expression; the claimed attacks, undated in the claim (my span: the night of Sat 28 - Sun 29 Oct 2023)", end="2023-10-30"),
    ev("smara-casualties", "وأمس أعلنت السلطات المغربية أن شخصا قُتل", SHELLS, "'أمس' from Mon 30 = Sun 29 Oct 2023 (the statement), on the deaths of the same night"),
    ev("prosecutor-inquiry", "بأن الشرطة القضائية المختصة كُلفت بإجراء بحث قضائي", SHELLS, "no own expression; the prosecutor's statement of Sun 29 Oct 2023"),
])
art(S, "https://www.maroc7.ma/2023/11/06/%d8%b3%d8%a7%d9%83%d9%86%d8%a9-%d8%a7%d9%84%d8%b9%d9%8a%d9%88%d9%86-%d8%aa%d8%b3%d8%aa%d9%86%d9%83%d8%b1-%d8%a7%d9%84%d8%b9%d9%85%d9%84-%d8%a7%d9%84%d8%a5%d8%b1%d9%87%d8%a7%d8%a8%d9%8a-%d8%a7%d9%84",
    "2023-11-06", "page time stamp 'الإثنين 6 نوفمبر 2023 - 11:40' (kept as second line; 6 Nov 2023 was a Monday) and date in the URL '/2023/11/06/'; the body's 'صباح أمس الأحد 05 نونبر' agrees; headline kept from the page (re-worded); the author tag, menu words and the comment prompt dropped; the misspelling 'البوريساريو' rendered as 'البوليساريو'", True, """
سكان العيون يدينون العمل الإرهابي الذي استهدف السمارة
الإثنين 6 نوفمبر 2023 - 11:40
نظم سكان مدينة العيون، كبرى حواضر الصحراء المغربية، صباح أمس الأحد 05 نونبر، مسيرة حاشدة للتنديد بالعملية الإرهابية الأخيرة لجبهة البوليساريو الانفصالية التي استهدفت السمارة.
وتجمّع آلاف المواطنين المغاربة في ساحة أم السعد، ومنها انطلقت مسيرتهم نحو ساحة المشور السعيد.
وشاركت في المسيرة فعاليات حقوقية وجمعوية وشيوخ القبائل الصحراوية في جهة العيون الساقية الحمراء، أجمعوا على أن جبهة البوليساريو منظمة إرهابية لاستهدافها المدنيين في حادث السمارة، الذي أودى بحياة شاب وخلّف ثلاثة مصابين بجروح خطيرة.
ورفع المتظاهرون شعارات تطالب المجتمع والهيئات الدولية بإدانة الأعمال الإرهابية لجبهة البوليساريو وتحميلها مسؤولية حادث السمارة، الذي طال حيا سكنيا وسقط فيه عدد من المدنيين.
وتتزامن مسيرة الغضب هذه مع الذكرى الـ48 للمسيرة الخضراء، التي أتمّ بها المغرب استرجاع أراضيه من المستعمر الإسباني في مسيرة سلمية استرعت انتباه الرأي العام الدولي وقتها، بتخطيط حكيم من الملك الراحل الحسن الثاني.
""", [
    ev("laayoune-march", "صباح أمس الأحد 05 نونبر، مسيرة حاشدة", MARCH, "'صباح أمس الأحد 05 نونبر' = Sun 5 Nov 2023"),
    ev("smara-explosions", "لجبهة البوليساريو الانفصالية التي استهدفت السمارة", SHELLS, "no own expression ('الأخيرة'); the shelling of Smara after midnight of Sat 28 / Sun 29 Oct 2023"),
    ev("smara-casualties", "الذي أودى بحياة شاب وخلّف ثلاثة مصابين", SHELLS, "no own expression; the deaths and wounds of Sun 29 Oct 2023"),
    ev("green-march-1975", "التي أتمّ بها المغرب استرجاع أراضيه من المستعمر الإسباني", "1975-11-06", "'الذكرى الـ48' in Nov 2023 = the Green March, launched on Thu 6 Nov 1975 (outside knowledge)"),
])

# ---------------------------------------------------------------- saudi-abha-airport-cruise-missile-2019
S = "saudi-abha-airport-cruise-missile-2019"
HIT = "2019-06-12"                         # the cruise missile fell on the arrivals hall of Abha airport at 02:21 on Wed 12 Jun 2019
FRI = "2019-06-14"                         # the Houthi drone raid on Abha airport claimed on Fri 14 Jun 2019
art(S, "http://katehon.com/ar/article/lmtr-blmtr-nsr-llh-tfjy-lswdy-wtqsf-mtr-bh-ldwly-bsrwkh-krwz-wlryd-ttwd",
    "2019-06-12", "page date line '12.06.2019' (kept as second line; 12 Jun 2019 was a Wednesday); the body's 'اليوم الأربعاء' agrees; headline kept from the page (re-worded); the last, truncated sentence dropped", True, """
المطار بالمطار... "أنصار الله" تباغت السعودية بصاروخ كروز على مطار "أبها" الدولي... والرياض تتوعد
12.06.2019
أطلقت جماعة "أنصار الله" (الحوثيين)، اليوم الأربعاء، صاروخ كروز مجنحا على مطار "أبها" السعودي في منطقة عسير جنوب غربي المملكة، ما أوقع إصابات بشرية ودمّر مبنى الاستقبال في المطار.
وذكرت قناة "المسيرة" المتحدثة باسم "أنصار الله" أن القوة الصاروخية للجماعة رمت مطار أبها في عسير بصاروخ من طراز كروز.
ونسبت "المسيرة" إلى مصدر في القوة الصاروخية قوله إن الصاروخ أصاب هدفه بدقة. وأضاف المصدر أن الضربة أوقفت الملاحة الجوية في المطار.
واعتبرت "أنصار الله" أن "استمرار الحصار الذي يفرضه التحالف العربي وإغلاق مطار صنعاء يجعل مطاراتها في مرمى النيران".
ورأى المتحدث باسم الحوثيين محمد عبد السلام، بحسب قناة "المسيرة"، أن إغلاق مطار صنعاء للعام الخامس ورفض الحل السياسي والخيار السلمي يفرضان على الشعب اليمني الدفاع عن نفسه.
ولفت إلى ضرورة "إفهام دول العدوان بأن مطاراتها في مرمى النيران"، معتبرا أن إغلاقها أو شلّها تماما هو أقصر الطرق لرفع الحصار عن مطار صنعاء.
وفي المقابل، أعلنت المملكة العربية السعودية، اليوم الأربعاء، أن 26 مدنيا أصيبوا جراء سقوط مقذوف حوثي على صالة القدوم في مطار أبها الدولي.
""", [
    ev("abha-missile-strike", "صاروخ كروز مجنحا على مطار \"أبها\" السعودي", HIT, "'اليوم الأربعاء' = Wed 12 Jun 2019 (date line); the missile fell at 02:21 (coalition)"),
    ev("houthi-claim", "أن القوة الصاروخية للجماعة رمت مطار أبها في عسير", HIT, "no own expression; al-Masirah's claim of Wed 12 Jun 2019"),
    ev("air-traffic-halted", "أن الضربة أوقفت الملاحة الجوية في المطار", HIT, "no own expression; the disruption of Wed 12 Jun 2019 (flights resumed after some hours, almashareq)"),
    ev("abha-26-injured", "أن 26 مدنيا أصيبوا جراء سقوط مقذوف حوثي", HIT, "'اليوم الأربعاء' = Wed 12 Jun 2019"),
])
art(S, "https://www.alittihad44.com/news/عربي-وعالمي/السعودية-تقر-بإصابة-26-شخصًا-في-قصف-حوثي-طال-مطار-أبها",
    "2019-06-12", "no date on the stored page; the body's 'اليوم الأربعاء' and 'عند الساعة (02:21) من صباح اليوم' for the missile on Abha airport of Wed 12 Jun 2019 (katehon, arabicpost, almashareq) give Wed 12 Jun 2019; headline kept from the page (re-worded); the page tag 'news-details' and the last, truncated sentence dropped; no date of its own in the text", False, """
السعودية تعترف بإصابة 26 شخصًا في قصف حوثي على مطار أبها
أفادت وكالة الأنباء السعودية اليوم الأربعاء بأن التحالف الذي تقوده المملكة أكد تعرض مطار أبها السعودي لهجوم من جماعة الحوثي اليمنية، أُصيب فيه 26 شخصا.
واعترف العقيد تركي المالكي، المتحدث باسم قوات التحالف بقيادة السعودية، بسقوط الصاروخ، قائلا إن مقذوفا معاديا (حوثيا) سقط عند الساعة (02:21) من صباح اليوم في صالة القدوم بمطار أبها الدولي، الذي يعبره يوميا آلاف المسافرين المدنيين من مواطنين ومقيمين من جنسيات شتى.
من جهتها، أفادت قناة المسيرة التلفزيونية التابعة لجماعة أنصار الله الحوثيين في اليمن بأن الجماعة أطلقت صاروخ كروز باتجاه مطار أبها السعودي، مؤكدة أنه أصاب برج المراقبة في هذا المطار الواقع في جنوب المملكة.
ونقلت القناة أن "القوة الصاروخية تستهدف مطار أبها بصاروخ من نوع كروز وتؤكد إصابة الهدف بدقة".
وزعم العميد يحيى سريع، المتحدث باسم القوات المسلحة التابعة للحوثيين، أن صاروخ الكروز المجنح أصاب برج المراقبة مباشرة فدمّره وأخرجه من الخدمة، وأن الملاحة الجوية في المطار تعطلت. وأضاف أن "أحدث المنظومات الأمريكية" عجزت عن اعتراض الصاروخ، وأن الضربة أثارت الذعر والارتباك في صفوف خصومه.
""", [
    ev("abha-26-injured", "أُصيب فيه 26 شخصا", HIT, "no own expression; the wounded of the strike of 02:21 on Wed 12 Jun 2019 (statement of 'اليوم الأربعاء')"),
    ev("abha-missile-strike", "سقط عند الساعة (02:21) من صباح اليوم في صالة القدوم", HIT, "'عند الساعة (02:21) من صباح اليوم' = 02:21 on Wed 12 Jun 2019"),
    ev("houthi-claim", "بأن الجماعة أطلقت صاروخ كروز باتجاه مطار أبها", HIT, "no own expression; al-Masirah's claim of Wed 12 Jun 2019"),
    ev("air-traffic-halted", "وأن الملاحة الجوية في المطار تعطلت", HIT, "no own expression; the disruption of Wed 12 Jun 2019"),
])
art(S, "https://djazairess.com/elmassa/166113",
    "2019-06-13", "no date on the stored page; the body's 'توعدت السلطات السعودية، أمس' for the coalition's vow after the missile of 'ليلة الثلاثاء، إلى الأربعاء' (the strike at 02:21 on Wed 12 Jun 2019) gives Thu 13 Jun 2019 (El Massa, a daily, via the djazairess aggregator); headline written from the body (the stored text has none); the share buttons and the last, truncated sentence dropped; no date of its own in the text", False, """
السعودية تتوعد بالرد على القصف الصاروخي لمطار أبها
توعدت السلطات السعودية، أمس، بردّ ساحق وسريع على الضربة الصاروخية التي طالت مطار أبها جنوب غربي المملكة، ليلة الثلاثاء، إلى الأربعاء وأصابت 26 شخصا من جنسيات مختلفة بجروح متفاوتة.
وأتت عملية القصف، التي أعلنت مليشيا الحوثيين المتمردة مسؤوليتها عنها، لترفع منسوب التصعيد العسكري بينها وبين قوات التحالف العربي بقيادة السعودية، ولتُفشل كل المساعي الأممية لإحياء مسار التفاوض بين الطرفين المتحاربين منذ سنة 2015.
وضرب الحوثيون مطار أبها الدولي يومين بعد أن دمّرت الدفاعات الجوية السعودية ثلاث طائرات من دون طيار حاولت إصابة أهداف في العمق السعودي.
وتباينت المعلومات بشأن طبيعة القذيفة التي أصابت المطار الدولي السعودي؛ فالحوثيون أكدوا أنهم قصفوه بصاروخ كروز مجنح، في حين قال تركي المالكي، المتحدث باسم قوات التحالف العربي، إن قواته لم تحدد إلى حد الآن نوع القذائف التي أصابت المطار، مكتفيا بالإشارة إلى أنها سقطت على سقف قاعة الاستقبال التي يعبرها آلاف المسافرين في كل الاتجاهات.
وأكدت قناة "المسيرة" التلفزيونية التابعة للحوثيين أن الصاروخ أصاب هدفه، ما أدى إلى إلغاء جميع الرحلات من هذا المطار.
""", [
    ev("saudi-vow", "توعدت السلطات السعودية، أمس، بردّ ساحق وسريع", HIT, "'أمس' in an article of Thu 13 Jun = Wed 12 Jun 2019 (the coalition's statement)"),
    ev("abha-missile-strike", "الضربة الصاروخية التي طالت مطار أبها", HIT, "'ليلة الثلاثاء، إلى الأربعاء' = the night of Tue 11 to Wed 12 Jun 2019; the missile fell at 02:21 on Wed 12"),
    ev("houthi-claim", "التي أعلنت مليشيا الحوثيين المتمردة مسؤوليتها عنها", HIT, "no own expression; the claim of Wed 12 Jun 2019"),
    ev("three-drones-downed", "دمّرت الدفاعات الجوية السعودية ثلاث طائرات من دون طيار", "2019-06-10", "'يومين بعد' before Wed 12 = Mon 10 Jun 2019 (al-Riyadh: two drones 'صباح أمس «الاثنين»', one 'مساء أمس «الاثنين»')"),
    ev("air-traffic-halted", "ما أدى إلى إلغاء جميع الرحلات من هذا المطار", HIT, "no own expression; the disruption of Wed 12 Jun 2019"),
])
art(S, "https://www.alazmenah.com/?page=show_det&category_id=44&id=223545",
    "2019-06-14", "page date line 'الجمعة، ١٤ يونيو ٢٠١٩' (kept as second line in Arabic-Indic digits; 14 Jun 2019 was a Friday); the body's 'اليوم الجمعة' agrees; headline kept from the page (re-worded, shown once instead of twice); the section tag dropped; the last, truncated sentence dropped", True, """
"أنصار الله" تقول إنها هاجمت مطار أبها جنوبي السعودية بطائرات مفخخة
الجمعة، ١٤ يونيو ٢٠١٩
قالت جماعة "أنصار الله" (الحوثيين)، اليوم الجمعة، إنها شنت غارات بطائرات مسيرة مفخخة على مطار أبها في منطقة عسير جنوب غربي السعودية.
وأوضحت قناة "المسيرة" المتحدثة باسم "أنصار الله" أن سلاح الجو المسير التابع للجماعة استهدف مطار أبها بعدد من طائرات قاصف 2كا.
ونقلت "المسيرة" عن مصدر في سلاح الجو المسير أن الهجمات أوقفت حركة الملاحة الجوية في المطار.
وكان التحالف العسكري بقيادة السعودية في اليمن قد توعد بالرد بحزم على هجوم صاروخي نفذه الحوثيون على المطار ذاته في جنوب المملكة يوم الأربعاء، أصيب فيه 26 شخصا.
وتتولى السعودية قيادة التحالف العسكري الداعم لقوات الرئيس هادي لاستعادة السلطة منذ 26 آذار/مارس 2015، في مواجهة الحوثيين المسيطرين على العاصمة صنعاء.
وتسبب النزاع الدامي في اليمن، حتى اليوم، في نزوح مئات الآلاف من السكان عن بيوتهم ومدنهم وقراهم، وفي تفشي الأمراض المعدية والمجاعة في بعض المناطق، وفي دمار واسع للبنية التحتية في البلاد.
""", [
    ev("friday-drone-raid", "إنها شنت غارات بطائرات مسيرة مفخخة على مطار أبها", FRI, "'اليوم الجمعة' = Fri 14 Jun 2019 (date line); the coalition said it downed five drones aimed at Abha that Friday (almashhad via yemeress: 'أمس الجمعة (14 يونيو)')"),
    ev("friday-air-traffic-halted", "أن الهجمات أوقفت حركة الملاحة الجوية في المطار", FRI, "no own expression; the Houthi claim of Fri 14 Jun 2019"),
    ev("saudi-vow", "قد توعد بالرد بحزم", HIT, "no own expression (pluperfect); the coalition's vow of Wed 12 Jun 2019 (elmassa: 'توعدت السلطات السعودية، أمس')"),
    ev("abha-missile-strike", "على هجوم صاروخي نفذه الحوثيون على المطار ذاته", HIT, "'يوم الأربعاء' from Fri 14 = Wed 12 Jun 2019"),
    ev("abha-26-injured", "أصيب فيه 26 شخصا", HIT, "the wounded of the strike of Wed 12 Jun 2019 (same sentence)"),
    ev("coalition-intervention-2015", "لاستعادة السلطة منذ 26 آذار/مارس 2015", "2015-03-26", "'منذ 26 آذار/مارس 2015' = Thu 26 Mar 2015, the start of the coalition's intervention"),
])

# ---------------------------------------------------------------- iraq-kurdistan-khor-mor-drone-attack-2025
S = "iraq-kurdistan-khor-mor-drone-attack-2025"
STRIKE = "2025-11-26"                      # the drone strike on the Khor Mor gas field at 23:30 on Wed 26 Nov 2025
RESUME = "2025-11-29"                      # the first LPG convoy and the resumption of gas exports, Sat 29 Nov 2025
art(S, "https://www.shafaq.com/ar/%D9%83%D9%88%D8%B1%D8%AF%D8%B3%D9%80%D9%80%D8%AA%D8%A7%D9%86%D9%8A%D8%A7%D8%AA/%D9%87%D8%AC%D9%88%D9%85-%D8%A8%D8%A7%D9%84%D8%B7%D8%A7-%D8%B1%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D8%B3%D9%8A%D8%B1%D8%A9-%D8%B9%D9%84%D9%89-%D8%AD%D9%82%D9%84-%D9%83%D9%88%D8%B1%D9%85%D9%88%D8%B1-%D8%A7%D9%84%D8%BA%D8%A7%D8%B2%D9%8A",
    "2025-11-26", "page stamp 'date 2025-11-26' of the stored page (not part of the text; 26 Nov 2025 was a Wednesday); the body's 'مساء اليوم الأربعاء' and 'الساعة 11:30 مساءً' agree; headline written from the URL slug (the stored text has none); the last word, cut in the stored text ('طبيعت...'), completed", True, """
هجوم بالطائرات المسيرة على حقل كورمور الغازي
شفق نيوز- السليمانية
ذكر مصدر محلي في السليمانية، مساء اليوم الأربعاء، أن حقل كورمور الغازي في قضاء جمجمال تعرّض لهجوم بطائرات مسيرة أشعل النيران فيه، في حين أعلنت وزارتا الموارد الطبيعية والكهرباء وقف إمدادات الغاز إلى محطات توليد الكهرباء، وذلك بعد أيام من اقتراب طائرات مسيّرة مجهولة من الحقل.
وأوضح المصدر لوكالة شفق نيوز أن المسيرات ضربت منطقة داخل الحقل، فاندلعت النيران في أحد أجزائه.
وبيّن أن الاستهداف جرى الساعة 11:30 مساءً وألحق أضرارا مادية جسيمة من دون أن يوقع خسائر بشرية.
وأظهرت مقاطع مصورة ألسنة النار تتصاعد داخل الحقل على وقع دوي صافرات الإنذار.
وفي بيان تلقته وكالة شفق نيوز، أبلغت وزارتا الموارد الطبيعية والكهرباء في حكومة إقليم كوردستان المواطنين بأن تصدير الغاز إلى محطات الكهرباء سيُوقف بالكامل بسبب هجوم بطائرات مسيرة على حقل كورمور في الساعة 11:30 مساءً.
وأضافت الوزارتان أن فرقا من وزارتي الثروات الطبيعية والكهرباء ومن شركة دانة غاز موجودة في الوقت الحالي في موقع الحادث لإجراء التحقيقات اللازمة ومعالجة الوضع وإعادته إلى طبيعته.
""", [
    ev("khor-mor-drone-strike", "حقل كورمور الغازي في قضاء جمجمال تعرّض لهجوم بطائرات مسيرة", STRIKE, "'مساء اليوم الأربعاء' = Wed 26 Nov 2025; 'الساعة 11:30 مساءً'"),
    ev("gas-supply-halted", "وقف إمدادات الغاز إلى محطات توليد الكهرباء", STRIKE, "no own expression; the ministries' announcement right after the strike of 23:30 on Wed 26 Nov 2025"),
    ev("drones-near-field", "بعد أيام من اقتراب طائرات مسيّرة مجهولة من الحقل", "2025-11-19", "'بعد أيام' before Wed 26 Nov 2025 (my span: the week before)", end=STRIKE),
    ev("field-fire", "فاندلعت النيران في أحد أجزائه", STRIKE, "no own expression; the fire of the strike of 23:30 on Wed 26 Nov 2025"),
    ev("teams-at-site", "موجودة في الوقت الحالي في موقع الحادث", STRIKE, "'في الوقت الحالي' = the night of Wed 26 Nov 2025, after the strike (my span 26-27 Nov)", end="2025-11-28"),
])
art(S, "https://www.kurdistan24.net/ar/story/877826/%D9%86%D9%8A%D8%AC%D9%8A%D8%B1%D9%81%D8%A7%D9%86-%D8%A8%D8%A7%D8%B1%D8%B2%D8%A7%D9%86%D9%8A-%D9%8A%D8%AF%D9%8A%D9%86-%D8%A7%D8%B3%D8%AA%D9%87%D8%AF%D8%A7%D9%81-%D9%83%D9%88%D8%B1%D9%85%D9%88%D8%B1-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%A7%D9%84%D8%A7%D8%AA%D8%AD%D8%A7%D8%AF%D9%8A%D8%A9-%D8%A7%D8%AA%D8%AE%D8%A7%D8%B0-%D8%A7%D9%84%D8%A5%D8%AC%D8%B1%D8%A7%D8%A1%D8%A7%D8%AA-%D8%A7%D9%84%D9%84%D8%A7%D8%B2%D9%85%D8%A9-%D9%84%D9%85%D9%86%D8%B9-%D8%AA%D9%83%D8%B1%D8%A7%D8%B1-%D9%87%D8%B0%D9%87-%D8%A7%D9%84%D8%AC%D8%B1%D8%A7%D8%A6%D9%85",
    "2025-11-27", "page stamp 'date 2025-11-27' of the stored page (not part of the text; 27 Nov 2025 was a Thursday); the body's 'الليلة الماضية' for the strike of 'ليلة الأربعاء' (Wed 26 Nov) agrees; the page's 'منذ ساعتين' dropped; headline rendered from the URL slug (re-worded); the last, truncated sentence dropped; no date of its own in the text", False, """
نيجيرفان بارزاني يدين استهداف كورمور ويدعو الحكومة الاتحادية إلى منع تكرار هذه الجرائم
أربيل (كوردستان24)- ندّد رئيس إقليم كوردستان، نيجيرفان بارزاني، بشدة بـ"الهجوم الإرهابي" الذي تعرض له حقل كورمور الليلة الماضية، مؤكدا أن هذا الهجوم يستهدف البنية التحتية الاقتصادية والخدمات في العراق وإقليم كوردستان، ويمثل تهديدا مباشرا لأمن البلاد واستقرارها.
وتابع أن على الحكومة الاتحادية العراقية والأجهزة الأمنية المعنية واجبا ومسؤولية في بذل جهود جدية في أسرع وقت ممكن، واتخاذ الإجراءات اللازمة والفعالة لمنع تكرار هذه الجرائم ومعاقبة مرتكبيها.
وضربت طائرة مسيّرة حقل كورمور للغاز في إقليم كوردستان ليلة الأربعاء، متسببة في "انقطاع إمدادات الغاز لمحطات الكهرباء".
وفي السنوات الأخيرة، تعرّض حقل كورمور للغاز، الواقع بين مدينتي كركوك والسليمانية، ثانية كبرى مدن الإقليم، لهجمات متكررة بالصواريخ أو المسيرات.
وانقطعت الكهرباء عن مناطق عدة، منها مدينة السليمانية.
وذكرت وزارتا الموارد الطبيعية والكهرباء في بيان أن منشأة حقل كورمور تعرضت "في الساعة 23,30 (20,30 ت غ)" لهجوم بطائرة مسيّرة أدى إلى قطع إمدادات الغاز كليا عن محطات الكهرباء.
""", [
    ev("barzani-condemnation", "ندّد رئيس إقليم كوردستان، نيجيرفان بارزاني، بشدة", "2025-11-27", "no own expression; the statement of Thu 27 Nov 2025, the morning after the strike ('الليلة الماضية')"),
    ev("khor-mor-drone-strike", "وضربت طائرة مسيّرة حقل كورمور للغاز في إقليم كوردستان ليلة الأربعاء", STRIKE, "'ليلة الأربعاء' = the night of Wed 26 Nov 2025 (23:30); 'الليلة الماضية' from Thu 27"),
    ev("earlier-attacks-on-field", "لهجمات متكررة بالصواريخ أو المسيرات", "2022-01-01", "'في السنوات الأخيرة' = the rocket and drone attacks on Khor Mor since 2022 (outside knowledge: 2022, 2023, April 2024; my span 2022 - the strike)", end=STRIKE),
    ev("power-cuts", "وانقطعت الكهرباء عن مناطق عدة", STRIKE, "no own expression; the cuts from the night of Wed 26 Nov 2025 into Thu 27 (my span)", end="2025-11-28"),
    ev("gas-supply-halted", "أدى إلى قطع إمدادات الغاز كليا عن محطات الكهرباء", STRIKE, "'في الساعة 23,30 (20,30 ت غ)' of Wed 26 Nov 2025"),
])
art(S, "https://www.aljazeeramubasher.net/news/2025/11/27/%D9%87%D8%AC%D9%88%D9%85-%D8%A8%D9%85%D8%B3%D9%8A%D8%B1%D8%A9-%D8%B9%D9%84%D9%89-%D8%AD%D9%82%D9%84-%D9%84%D9%84%D8%BA%D8%A7%D8%B2-%D8%A8%D9%83%D8%B1%D8%AF%D8%B3%D8%AA%D8%A7%D9%86",
    "2025-11-27", "date in the URL '/2025/11/27/' and page stamp 'date 2025-11-27' (27 Nov 2025 was a Thursday); the body's 'مساء الأربعاء' agrees; headline rendered from the URL slug (the stored text has none); the embedded tweet dropped; the last, truncated words ('فيما تعهّدت بغداد التحقيق ل...') dropped", True, """
هجوم بطائرة مسيرة على حقل للغاز في كردستان العراق
ضربت طائرة مسيّرة مساء الأربعاء حقل كورمور للغاز، الذي تستثمره الإمارات في كردستان العراق، ما أدى إلى "انقطاع إمدادات الغاز بالكامل لمحطات الكهرباء"، بحسب ما أعلنته سلطات الإقليم المتمتع بحكم ذاتي.
وجاء في بيان لوزارتي الموارد الطبيعية والكهرباء أن منشأة حقل كورمور تعرّضت لهجوم بطائرة مسيّرة قطع إمدادات الغاز كليا عن محطات الكهرباء.
وأكدت الوزارتان أنهما تعملان "بالتعاون مع شركة دانة غاز" الإماراتية على متابعة الحادثة والتحقيق في ملابساتها وإعادة الأوضاع إلى طبيعتها.
وبحسب الشركة، فإن إمدادات الغاز المتواصلة من حقل كورمور إلى محطات الطاقة في كردستان العراق تؤمّن أكثر من 75% من قدرة الإقليم على توليد الكهرباء.
وذكر مصدر أمني لوكالة فرانس برس أن المسيّرة أصابت خزانات الغاز، فوقع "انفجار كبير ثمّ حريق كبير"، مضيفا أنه لم يتضح بعد ما إذا كانت هناك خسائر بشرية.
ولم تتبنّ أي جهة المسؤولية عن أي من الهجمات.
""", [
    ev("khor-mor-drone-strike", "ضربت طائرة مسيّرة مساء الأربعاء حقل كورمور للغاز", STRIKE, "'مساء الأربعاء' = Wed 26 Nov 2025 (23:30)"),
    ev("gas-supply-halted", "قطع إمدادات الغاز كليا عن محطات الكهرباء", STRIKE, "no own expression; the halt right after the strike of Wed 26 Nov 2025"),
    ev("field-fire", "فوقع \"انفجار كبير ثمّ حريق كبير\"", STRIKE, "no own expression; the explosion and fire of the strike of Wed 26 Nov 2025"),
])
art(S, "https://sarabic.ae/20251129/%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D8%A7%D8%B3%D8%AA%D8%A6%D9%86%D8%A7%D9%81-%D8%AA%D8%B5%D8%AF%D9%8A%D8%B1-%D8%A7%D9%84%D8%BA%D8%A7%D8%B2-%D9%85%D9%86-%D8%AD%D9%82%D9%84-%D9%83%D9%88%D8%B1%D9%85%D9%88%D8%B1-%D8%A8%D8%B9%D8%AF-3-%D8%A3%D9%8A%D8%A7%D9%85-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D9%87%D8%AC%D9%88%D9%85-%D8%A8%D9%85%D8%B3%D9%8A%D8%B1%D8%AA%D9%8A%D9%86-1107617052.html",
    "2025-11-29", "page stamp '29.11.2025, سبوتنيك عربي' (kept as second line; 29 Nov 2025 was a Saturday) and date in the URL '/20251129/'; the body's 'اليوم السبت' agrees; headline kept from the page (re-worded); the last, truncated words of the Rudaw quotation ('لمحط...') dropped", True, """
العراق.. الغاز يعود إلى التصدير من حقل كورمور بعد 3 أيام على الهجوم بمسيرتين
29.11.2025, سبوتنيك عربي
أكدت وسائل إعلام محلية، اليوم السبت، أن تصدير الغاز من حقل كورمور للغاز الطبيعي استؤنف بعد 3 أيام على الهجوم الذي شنته طائرتان مسيرتان.
وأفادت شبكة "رووداو" الإعلامية، مساء اليوم السبت، بأن أول شحنة من الغاز المسال (LPG) انطلقت اليوم نحو المدن، بعد رجوع الموظفين والفنيين إلى حقل كورمور للغاز إثر حادثة الاستهداف.
وأوضحت أن أول قافلة للغاز المسال، وتضم ثمانية صهاريج، سُيّرت اليوم من الحقل إلى المدن على سبيل التجربة.
ونقلت الشبكة عن يوسف نوري، وهو أحد سائقي الصهاريج في كورمور، قوله إنهم تلقوا اتصالا "في الساعة 09:00 من صباح اليوم" للتوجه إلى الحقل وتحميل الغاز المسال، وإنهم حمّلوه بالطريقة المعتادة.
وأضاف السائق أن الموقع المستهدف واسع وقد طالته النيران، وأن الفرق منشغلة الآن بالعمل فيه، موضحا أنه مستودع لمادة النفثا لم يُستأنف تحميلها حتى الآن.
ورجّحت الشبكة أن يُطلب اليوم من شركة دانة غاز استئناف إنتاج الغاز رسميا.
""", [
    ev("gas-exports-resume", "أن تصدير الغاز من حقل كورمور للغاز الطبيعي استؤنف", RESUME, "'اليوم السبت' = Sat 29 Nov 2025 (date line)"),
    ev("khor-mor-drone-strike", "بعد 3 أيام على الهجوم الذي شنته طائرتان مسيرتان", STRIKE, "'بعد 3 أيام' before Sat 29 = Wed 26 Nov 2025"),
    ev("first-lpg-convoy", "أول قافلة للغاز المسال، وتضم ثمانية صهاريج، سُيّرت اليوم", RESUME, "'اليوم' = Sat 29 Nov 2025"),
    ev("drivers-called", "تلقوا اتصالا \"في الساعة 09:00 من صباح اليوم\"", RESUME, "'في الساعة 09:00 من صباح اليوم' = 09:00 on Sat 29 Nov 2025"),
    ev("field-fire", "أن الموقع المستهدف واسع وقد طالته النيران", STRIKE, "no own expression; the fire of the strike of Wed 26 Nov 2025 (the naphtha store)"),
    ev("dana-gas-asked-to-resume", "أن يُطلب اليوم من شركة دانة غاز استئناف إنتاج الغاز", RESUME, "'اليوم' = Sat 29 Nov 2025 (expected, not yet done)"),
])

# ---------------------------------------------------------------- egypt-taba-nuweiba-drones-2023
S = "egypt-taba-nuweiba-drones-2023"
FRIDAY = "2023-10-27"                      # the drone on Taba (early hours) and the debris on Nuweiba (morning), Fri 27 Oct 2023; the army's findings that evening
art(S, "https://gnoubalarab.com/news/29022",
    "2023-10-27", "page time stamp 'الجمعة 27 أكتوبر 2023 5:04 م' (kept as second line; 27 Oct 2023 was a Friday); the body's 'صباح اليوم الجمعة' agrees; headline kept from the page (re-worded, shown once instead of three times); the last, truncated quotation of the Israeli army dropped", True, """
الجيش المصري: مسيّرة سقطت في طابا وأصابت 6 أشخاص
الجمعة 27 أكتوبر 2023 5:04 م
جنوب العرب - القاهرة
قالت القوات المسلحة المصرية إن طائرة بدون طيار مجهولة الهوية سقطت صباح اليوم الجمعة في طابا.
وبيّن المتحدث العسكري في بيانه أن الطائرة هوت بجوار أحد المباني المجاورة لمستشفى طابا، ما أسفر عن إصابة 6 أشخاص بجروح طفيفة غادروا المستشفى بعد تلقي العلاج اللازم، مؤكدا أن الحادث قيد التحقيق.
من جهته، قال الجيش الإسرائيلي إن الأمر ما زال قيد التحقيق، مضيفا أن الإصابة التي لحقت بمصر نتجت، وفق تقديره، عن هذا التهديد.
وأضاف أن إسرائيل ستعزز مع مصر والولايات المتحدة الحماية في المنطقة في وجه التهديدات الآتية من محيط البحر الأحمر.
وكانت وسائل إعلام مصرية قد ذكرت فجر اليوم الجمعة أن صاروخا سقط في طابا المصرية فأصاب 5 أشخاص وألحق تلفيات بإحدى العمارات السكنية.
وأفاد الجيش الإسرائيلي بأنه على علم بحادث أمني وقع قرب حدوده مع مصر على البحر الأحمر في وقت مبكر من يوم الجمعة، إثر تقارير عن انفجار في مدينة طابا، بحسب ما نقلته وكالة "رويترز".
""", [
    ev("taba-drone-crash", "طائرة بدون طيار مجهولة الهوية سقطت صباح اليوم الجمعة في طابا", FRIDAY, "'صباح اليوم الجمعة' = Fri 27 Oct 2023 (time stamp); the drone fell in the early hours ('فجر اليوم الجمعة')"),
    ev("taba-six-injured", "ما أسفر عن إصابة 6 أشخاص بجروح طفيفة", FRIDAY, "no own expression; the injuries of the crash of Fri 27 Oct 2023"),
    ev("injured-discharged", "غادروا المستشفى بعد تلقي العلاج اللازم", FRIDAY, "no own expression; the discharge reported in the army's statement of the morning of Fri 27 Oct 2023"),
    ev("military-inquiry", "مؤكدا أن الحادث قيد التحقيق", FRIDAY, "no own expression; the inquiry opened on Fri 27 Oct 2023 (its findings were issued that evening)"),
    ev("taba-building-damage", "وألحق تلفيات بإحدى العمارات السكنية", FRIDAY, "'فجر اليوم الجمعة' = the early hours of Fri 27 Oct 2023"),
])
art(S, "https://www.arab48.com/الأخبار/أخبار-عاجلة/2023/10/27/سقوط-قذيفة-في-نويبع-بمصر-بعد-ساعات-من-إصابة6-أشخاص-في-طابا-بصاروخ",
    "2023-10-27", "date in the URL '/2023/10/27/' (27 Oct 2023 was a Friday); the body's 'اليوم الجمعة' and 'ليل الخميس - الجمعة' agree; headline kept from the page (re-worded); the repeated sub-heading and the last, truncated quotation of the Egyptian spokesman dropped; no date of its own in the text", True, """
سقوط قذيفة في نويبع المصرية بعد إصابة 6 أشخاص بسقوط طائرة بدون طيار "مجهولة الهوية" في طابا
سقطت قذيفة في مدينة نويبع المصرية، اليوم الجمعة، بعد إصابة 6 أشخاص بسقوط صاروخ في طابا المحاذية لحدود إسرائيل، التي يخوض جيشها حربا على قطاع غزة المحاصَر.
وأعلن جيش الاحتلال الإسرائيلي أنه رصد "خلال الساعات الأخيرة" تهديدا جويا فوق البحر الأحمر.
ونقلت وكالة "رويترز" عن مصدرين أمنيين مصريين، لم تكشف اسميهما، أن مقذوفا سقط في مدينة نويبع المطلة على البحر الأحمر.
وأضافت الوكالة أن السلطات ما زالت تجمع مزيدا من المعلومات عن سقوط القذيفة.
وبحسب ما أكدته وسائل إعلام وشهود، أصيب ستة أشخاص جراء سقوط صاروخ ليل الخميس - الجمعة في مدينة طابا.
وذكرت وزارة الصحة المصرية في بيان أن 4 من المصابين الستة بسقوط جسم منفجر في مدينة طابا غادروا المستشفى.
""", [
    ev("nuweiba-projectile", "سقطت قذيفة في مدينة نويبع المصرية، اليوم الجمعة", FRIDAY, "'اليوم الجمعة' = Fri 27 Oct 2023"),
    ev("red-sea-threat-intercepted", "أنه رصد \"خلال الساعات الأخيرة\" تهديدا جويا فوق البحر الأحمر", FRIDAY, "'خلال الساعات الأخيرة' = the early hours of Fri 27 Oct 2023 (the aircraft sent against the threat; the Egyptian army: one drone hit over the Gulf of Aqaba)"),
    ev("taba-six-injured", "أصيب ستة أشخاص جراء سقوط صاروخ ليل الخميس - الجمعة", FRIDAY, "'ليل الخميس - الجمعة' = the night of Thu 26 to Fri 27 Oct 2023, after midnight ('فجر اليوم الجمعة' elsewhere)"),
    ev("injured-discharged", "4 من المصابين الستة بسقوط جسم منفجر في مدينة طابا غادروا المستشفى", FRIDAY, "no own expression; the health ministry's statement of Fri 27 Oct 2023"),
])
art(S, "https://yemen-window.com/news/164663",
    "2023-10-27", "page date line 'الجمعة - 27 أكتوبر 2023 - 04:29 م بتوقيت عدن' (kept as second line; 27 Oct 2023 was a Friday); the body's 'اليوم الجمعة' agrees; the page's later update stamp 'آخر تحديث :الأربعاء-20 نوفمبر 2024-09:31ص' and section tag dropped; headline kept from the page (re-worded)", True, """
بعد مسيّرة طابا.. مقذوف يضرب مدينة نويبع على البحر الأحمر.. وطائرات الجيش المصري في حالة تأهب
الجمعة - 27 أكتوبر 2023 - 04:29 م بتوقيت عدن
نافذة اليمن - وكالات
قال شهود عيان، اليوم الجمعة، إن مقذوفا سقط في مدينة نويبع بجنوب سيناء على البحر الأحمر، وذلك بعد ساعات من سقوط طائرة مسيرة على مدينة طابا.
وأكد مصدران أمنيان مصريان لوكالة رويترز، الجمعة، أن مقذوفا هوى على منتجع نويبع المطل على البحر الأحمر.
وأوضح المصدران أن السلطات ما زالت تجمع مزيدا من المعلومات عن الواقعة.
وأضافا أن المقذوف سقط في جزء صحراوي من المدينة.
في حين روى شهود عيان أنهم سمعوا دوي انفجار قوي ورأوا سحبا من الغبار ترتفع من بعيد.
وبالتزامن، أفادت وسائل إعلام رسمية محلية بأن طائرات حربية مصرية تحلق فوق نويبع وطابا منذ الفجر وحتى الآن.
وجاء هذا الحادث بعد ساعات على سقوط طائرة مسيرة مجهولة الهوية في مدينة طابا، ألحقت أضرارا مادية بمبنى إسعاف المدينة وبالسكن الإداري لمستشفى المدينة المركزي.
وكان المتحدث العسكري المصري قد أكد في بيان مقتضب أن الجيش يحقق في سقوط الطائرة المسيرة المجهولة الهوية.
""", [
    ev("nuweiba-projectile", "إن مقذوفا سقط في مدينة نويبع بجنوب سيناء", FRIDAY, "'اليوم الجمعة' = Fri 27 Oct 2023 (date line)"),
    ev("taba-drone-crash", "بعد ساعات من سقوط طائرة مسيرة على مدينة طابا", FRIDAY, "'بعد ساعات' before the Nuweiba projectile of Fri 27 Oct 2023 = the early hours of the same day"),
    ev("egyptian-jets-over-sinai", "طائرات حربية مصرية تحلق فوق نويبع وطابا منذ الفجر", FRIDAY, "'منذ الفجر وحتى الآن' = from dawn to the afternoon of Fri 27 Oct 2023"),
    ev("taba-building-damage", "ألحقت أضرارا مادية بمبنى إسعاف المدينة", FRIDAY, "no own expression; the damage of the crash of the early hours of Fri 27 Oct 2023"),
    ev("military-inquiry", "أن الجيش يحقق في سقوط الطائرة المسيرة", FRIDAY, "no own expression (pluperfect); the statement of the morning of Fri 27 Oct 2023"),
])
art(S, "https://www.aletihad.ae/amp/news/عربي-ودولي/4438780/الجيش-المصري--سقوط--مسيرة--في-طابا-و-جسم-غريب--بنويبع",
    "2023-10-28", "no date on the stored page; the body's 'أعلن المتحدث العسكري المصري، أمس' for the statement on the findings issued on the evening of Fri 27 Oct 2023 (daaarb: 'مساء يوم الجمعة'; gnoubalarab: 'الجمعة 27 أكتوبر 2023 11:35 م') gives Sat 28 Oct 2023 (al-Ittihad, a daily); headline rendered from the URL slug (the stored text has none); no date of its own in the text", False, """
الجيش المصري: مسيّرة سقطت في طابا وجسم غريب في نويبع
القاهرة (الاتحاد)
كشف المتحدث العسكري المصري، أمس، تفاصيل التحقيقات التي أُجريت عقب سقوط جسم غريب في نويبع وطائرة موجهة من دون طيار في طابا، ونتائجها.
وقال المتحدث العسكري في بيان إن اللجنة المختصة تتابع التحقيقات في حادثي سقوط الجسم الغريب بنويبع والطائرة الموجهة من دون طيار بطابا، وإن تحليل المعلومات وجمعها كشف أن طائرتين موجهتين من دون طيار كانتا تتجهان من جنوب البحر الأحمر نحو الشمال.
وبيّن أن إحداهما استُهدفت خارج المجال الجوي المصري في منطقة خليج العقبة، فسقط بعض حطامها في منطقة غير مأهولة بالسكان في نويبع، بينما سقطت الأخرى في طابا.
وأضاف أن القوات الجوية وقوات الدفاع الجوي تعمل على تكثيف تأمين المجال الجوي المصري على كل الاتجاهات الاستراتيجية للدولة.
""", [
    ev("military-findings", "كشف المتحدث العسكري المصري، أمس، تفاصيل التحقيقات", FRIDAY, "'أمس' in an article of Sat 28 = Fri 27 Oct 2023 (the statement of that evening)"),
    ev("two-drones-from-south", "طائرتين موجهتين من دون طيار كانتا تتجهان من جنوب البحر الأحمر", "2023-10-26", "no own expression; the flight of the two drones in the night of Thu 26 to Fri 27 Oct 2023 (my span)", end="2023-10-28"),
    ev("red-sea-threat-intercepted", "أن إحداهما استُهدفت خارج المجال الجوي المصري", FRIDAY, "no own expression; the interception over the Gulf of Aqaba in the early hours of Fri 27 Oct 2023"),
    ev("nuweiba-projectile", "فسقط بعض حطامها في منطقة غير مأهولة بالسكان في نويبع", FRIDAY, "no own expression; the debris that fell on Nuweiba on Fri 27 Oct 2023"),
    ev("taba-drone-crash", "بينما سقطت الأخرى في طابا", FRIDAY, "no own expression; the crash in Taba in the early hours of Fri 27 Oct 2023"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 347
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

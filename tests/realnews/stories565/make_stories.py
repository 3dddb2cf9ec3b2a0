"""Builds stories.jsonl: the 565-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: attacks on consulates and embassies during protests, and
their diplomatic aftermath.
Stories: the burning of the Iranian consulate in Basra (Iraq, September 2018), the storming of the US embassy
in Tunis over the anti-Islam film (Tunisia, September 2012), the storming of the British embassy in Tehran and
the closure of both embassies (Iran / UK, November 2011).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-basra-iranian-consulate-burning-2018
S = "iraq-basra-iranian-consulate-burning-2018"
BURN = "2018-09-07"                        # protesters stormed and burned the Iranian consulate in Basra on Fri 7 Sep 2018 (evening)
SIEGE = "2018-09-06"                       # the consulate besieged, and pro-Iranian party offices burned, on Thu 6 Sep 2018 (evening)
SUMMONS = "2018-09-07"                     # Iran summoned the Iraqi ambassador on the evening of Fri 7 Sep 2018 (Mehr)
PROTESTS = ("2018-07-09", "2018-09-09")    # the Basra protests, from 9 Jul 2018 (watanserb) to the articles' days
art(S, "https://sauress.com/almowaten/2110668",
    "2018-09-07", "no date line in the stored text; the body's 'اليوم الجمعة' (twice) for the burning of the consulate, which took place on Fri 7 Sep 2018 (7 Sep 2018 was a Friday; okaz via sauress of Sat 8: 'عصر أمس (الجمعة)'); an almowaten report carried by sauress; headline written from the body (the stored text has none)", True, """
متظاهرون يحرقون القنصلية الإيرانية في البصرة وطهران تدعو رعاياها إلى المغادرة
طلبت السفارة الإيرانية في بغداد من مواطنيها المقيمين في البصرة مغادرة المدينة.
وكان متظاهرون قد أضرموا النار، اليوم الجمعة، في مبنى القنصلية الإيرانية بمدينة البصرة عقب اقتحامه.
ويوم أمس، سعى محتجون كانوا يحاصرون القنصلية الإيرانية في المدينة إلى اقتحامها، في أثناء احتجاجات شعبية على الفساد سقط فيها 3 قتلى ونحو 14 جريحا حتى اليوم الجمعة.
وتتواصل التظاهرات رغم حظر التجول المفروض على المحافظة، في حين طالب تحالف "سائرون" الذي يقوده مقتدى الصدر بعقد جلسة طارئة لمجلس النواب لمناقشة أزمة البصرة.
وأشعل متظاهرون النار في مكاتب أحزاب وفصائل موالية لإيران في المدينة، منها مقر ميليشيات حزب الله ومقر حزب الفضيلة في البصرة، إلى جانب مقر "عصائب أهل الحق" ومقر "منظمة بدر".
ووفق وكالات أنباء عالمية، تعالت هتافات غاضبة ضد طهران منها "إيران بره بره"، احتجاجا على التدخل الإيراني في شؤون العراق وهيمنته الكاملة على بعض الأحزاب وتدريبه الميليشيات والجماعات المسلحة.
""", [
    ev("embassy-tells-nationals-leave", "طلبت السفارة الإيرانية في بغداد من مواطنيها", BURN, "no own expression; the embassy's call followed the burning of the consulate on Fri 7 Sep 2018 (reported with it the same day)"),
    ev("consulate-burning", "أضرموا النار، اليوم الجمعة، في مبنى القنصلية الإيرانية", BURN, "'اليوم الجمعة' = Fri 7 Sep 2018"),
    ev("consulate-siege", "سعى محتجون كانوا يحاصرون القنصلية الإيرانية في المدينة إلى اقتحامها", SIEGE, "'يوم أمس' from Fri 7 Sep 2018 = Thu 6 Sep"),
    ev("party-offices-burned", "وأشعل متظاهرون النار في مكاتب أحزاب وفصائل موالية لإيران", SIEGE, "no own expression; the offices of Badr, Asaib, Hezbollah and Fadhila were burned on the evening of Thu 6 Sep 2018 (skynewsarabia and watanserb: 'مساء الخميس')"),
])
art(S, "https://ar.mehrnews.com/amp/1887490",
    "2018-09-08", "no date line in the stored text; the body's 'أمس الجمعة' and 'مساء أمس الجمعة' for the summons of the Iraqi ambassador after the burning of Fri 7 Sep 2018 give Sat 8 Sep 2018 (8 Sep 2018 was a Saturday); headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
طهران تستدعي السفير العراقي احتجاجا على إحراق قنصليتها في البصرة
أفادت الخارجية الإيرانية أمس الجمعة بأنها استدعت السفير العراقي في طهران لتسليمه مذكرة احتجاج شديدة اللهجة على تقصير القوات الأمنية العراقية في حماية القنصلية الإيرانية في البصرة التي أُضرمت فيها النيران.
ونقلت وكالة مهر للأنباء عن المتحدث باسم الخارجية الإيرانية بهرام قاسمي قوله إن السفير العراقي في طهران راجح صابر عبود الموسوي استُدعي مساء أمس الجمعة للتعبير عن احتجاج إيران على تقاعس القوات الأمنية العراقية عن حماية مبنى القنصلية العامة الإيرانية في البصرة.
وبيّن قاسمي في تصريحه أنه بعد أن أشعل بعض المحرَّضين النار في مبنى القنصلية الإيرانية بالبصرة، جرى استدعاء السفير العراقي إلى وزارة الخارجية مساء الجمعة، وأُبلغ بمذكرة احتجاج شديدة موجهة إلى الحكومة العراقية بسبب تقصير قواتها الأمنية في حماية المبنى.
وأضاف أن المدير العام لدائرة الخليج الفارسي في وزارة الخارجية أبدى خلال هذا اللقاء استغرابه من عدم تحرك الشرطة في البصرة، وقال إن الحكومة العراقية لم تفِ بالوعود التي قطعتها عبر القنوات الدبلوماسية بأداء واجبها، على الرغم من استفزازات الأيام الماضية التي قامت بها بعض العناصر المشبوهة ضد القنصلية الإيرانية العامة.
""", [
    ev("summons-announced", "أفادت الخارجية الإيرانية أمس الجمعة بأنها استدعت", SUMMONS, "'أمس الجمعة' from Sat 8 Sep 2018 = Fri 7 Sep"),
    ev("ambassador-summoned", "استُدعي مساء أمس الجمعة", SUMMONS, "'مساء أمس الجمعة' from Sat 8 Sep 2018 = the evening of Fri 7 Sep"),
    ev("consulate-burning", "أشعل بعض المحرَّضين النار في مبنى القنصلية الإيرانية بالبصرة", BURN, "no own expression; the burning of Fri 7 Sep 2018 (the summons of that evening followed it)"),
    ev("gulf-director-remarks", "أبدى خلال هذا اللقاء استغرابه من عدم تحرك الشرطة في البصرة", SUMMONS, "no own expression; said at the summons meeting of Fri 7 Sep 2018 ('مساء الجمعة')"),
    ev("earlier-provocations", "استفزازات الأيام الماضية", "2018-09-03", "'الأيام الماضية' before Fri 7 Sep 2018: my span Mon 3 - Thu 6 Sep, from the flare-up of the protests on Monday 3 Sep (okaz of Sat 8: 'منذ أن اشتدت الاحتجاجات الإثنين الماضي') to the siege of Thu 6 Sep", end=BURN),
])
art(S, "https://arabi21.co/storyamp/1121305/%D8%A5%D9%8A%D8%B1%D8%A7%D9%86-%D8%AA%D8%B3%D8%AA%D8%AF%D8%B9%D9%8A-%D8%B3%D9%81%D9%8A%D8%B1-%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF-%D9%84%D9%84%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC-%D8%B9%D9%84%D9%89-%D8%AD%D8%B1%D9%82-%D9%82%D9%86%D8%B5%D9%84%D9%8A%D8%AA%D9%87%D8%A7-%D8%A8%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9",
    "2018-09-08", "no date on the stored page; the report carries the summons of the Iraqi ambassador (evening of Fri 7 Sep 2018), the health ministry's statement 'السبت' and the party-office attacks 'قبل يومين' (Thu 6 Sep evening), so it was published on Sat 8 Sep 2018; headline rendered from the URL slug; no date of its own in the text; the last, truncated sentence shortened", False, """
إيران تستدعي سفير بغداد للاحتجاج على حرق قنصليتها بالبصرة
استدعت طهران سفير بغداد لديها راجح صابر عبود الموسوي احتجاجا على إحراق المتظاهرين قنصليتها في مدينة البصرة بجنوب العراق.
وحمّل بيان للخارجية الإيرانية قوات الأمن العراقية مسؤولية "الإهمال" في حماية القنصلية.
ووجهت الخارجية الإيرانية إلى السفير العراقي "تحذيرات مشددة" بشأن الاعتداء على القنصلية، وطلبت منه نقل الاحتجاج إلى بغداد والمطالبة بمحاسبة من أحرقوها، وفق البيان.
وكانت حشود كبيرة من المتظاهرين، قُدّرت بالمئات، قد اقتحمت مبنى القنصلية الإيرانية في البصرة وأشعلت فيه النار وحطمت محتوياته، في ظل فوضى تشهدها المحافظة منذ تموز/ يوليو أودت بحياة 43 شخصا خرجوا للمطالبة بتوفير الخدمات الأساسية.
وارتفعت حصيلة قتلى الاحتجاجات في محافظة البصرة جنوب العراق إلى 12 شخصا في أقل من أسبوع، بعدما أعلنت وزارة الصحة العراقية في بيان السبت مقتل ثلاثة أشخاص ليلا.
وكانت البصرة قد شهدت قبل يومين هجمات واسعة على مقرات أحزاب ومؤسسات إعلامية ومكاتب سياسيين مرتبطين بإيران.
وفي السياق نفسه، أحال رئيس الوزراء العراقي حيدر العبادي وحدات حماية القنصلية الإيرانية وأجهزة أمنية في البصرة إلى التحقيق بعد إحراق مقر القنصلية.
""", [
    ev("ambassador-summoned", "استدعت طهران سفير بغداد لديها", SUMMONS, "no own expression; the summons on the evening of Fri 7 Sep 2018 (mehrnews: 'مساء أمس الجمعة')"),
    ev("consulate-burning", "قد اقتحمت مبنى القنصلية الإيرانية في البصرة وأشعلت فيه النار", BURN, "no own expression; the burning of Fri 7 Sep 2018 (almowaten: 'اليوم الجمعة')"),
    ev("protests-since-july", "في ظل فوضى تشهدها المحافظة منذ تموز/ يوليو", PROTESTS[0], "'منذ تموز/ يوليو' = the protests from 9 Jul 2018 (watanserb: 'بدء الاحتجاجات في 9 يوليو/تموز') until the article", end=PROTESTS[1]),
    ev("health-ministry-statement", "أعلنت وزارة الصحة العراقية في بيان السبت", "2018-09-08", "'السبت' = Sat 8 Sep 2018"),
    ev("party-offices-burned", "قد شهدت قبل يومين هجمات واسعة على مقرات أحزاب", SIEGE, "'قبل يومين' from Sat 8 Sep 2018 = Thu 6 Sep (the offices burned on Thursday evening, skynewsarabia)"),
    ev("abadi-investigation", "أحال رئيس الوزراء العراقي حيدر العبادي وحدات حماية القنصلية", BURN, "no own expression; after the burning of Fri 7 Sep 2018 and before the article of Sat 8 Sep (my span Fri 7 - Sat 8)", end="2018-09-09"),
])
art(S, "https://mugtama.com/08/149660",
    "2018-09-08", "no date line in the stored text; the body's 'أمس الجمعة' for the burning of the consulate (and the summons) of Fri 7 Sep 2018 gives Sat 8 Sep 2018; headline written from the body (the stored text has none)", True, """
إيران تستدعي سفير العراق احتجاجا على حرق قنصليتها في البصرة
استدعت إيران سفير بغداد لديها، راجح صابر عبود الموسوي، احتجاجا على إحراق قنصليتها في مدينة البصرة، جنوبي العراق، أمس الجمعة.
وذكر بيان للخارجية الإيرانية أن قوات الأمن العراقية "تقاعست عن التدخل لحماية القنصلية"، وأن تحذيرات مشددة وُجّهت إلى سفير بغداد بهذا الخصوص.
ولفت البيان إلى أن الخارجية طلبت من الموسوي إبلاغ بغداد بالاحتجاج ومحاسبة المسؤولين عن الحادثة.
يذكر أن مئات المحتجين الغاضبين أشعلوا النار، مساء الجمعة، في القنصلية الإيرانية بالبصرة، بعد أن حاصروها واقتحموها، وسط اضطرابات متصاعدة في المدينة.
ومنذ يوليو الماضي، تعيش محافظات عدة في جنوب العراق، في مقدمتها البصرة، احتجاجات واسعة يطالب المشاركون فيها بتحسين الخدمات العامة وتوفير فرص العمل، وينددون بالطبقة السياسية الحاكمة ويتهمونها بالفساد.
ومع تدخل قوات الأمن لمواجهة الاضطرابات المرافقة للاحتجاجات، قُتل 14 شخصًا منذ مطلع سبتمبر الجاري، و29 منذ انطلاقها في يوليو، بحسب أحدث حصيلة للمفوضية العليا لحقوق الإنسان (المرتبطة بالبرلمان).
""", [
    ev("ambassador-summoned", "استدعت إيران سفير بغداد لديها", SUMMONS, "no own expression for the summons itself; the summons on the evening of Fri 7 Sep 2018 (mehrnews: 'مساء أمس الجمعة'); this text's 'أمس الجمعة' may name either the summons or the burning, both Fri 7 Sep"),
    ev("consulate-burning", "أشعلوا النار، مساء الجمعة، في القنصلية الإيرانية بالبصرة", BURN, "'مساء الجمعة' = the evening of Fri 7 Sep 2018"),
    ev("protests-since-july", "تعيش محافظات عدة في جنوب العراق، في مقدمتها البصرة، احتجاجات واسعة", PROTESTS[0], "'منذ يوليو الماضي' = the protests from 9 Jul 2018 (watanserb) until the article", end=PROTESTS[1]),
    ev("september-deaths", "قُتل 14 شخصًا منذ مطلع سبتمبر الجاري", "2018-09-01", "'منذ مطلع سبتمبر الجاري' = 1 - 8 Sep 2018 (to the article's day)", end="2018-09-09"),
])

# ---------------------------------------------------------------- tunisia-us-embassy-tunis-storming-2012
S = "tunisia-us-embassy-tunis-storming-2012"
ATTACK = "2012-09-14"                      # the US embassy and school in Tunis stormed on Fri 14 Sep 2012 (afternoon)
DRAWDOWN = "2012-09-15"                    # the State Department ordered non-essential staff out on Sat 15 Sep 2012
art(S, "https://www.youm7.com/story/2012/9/14/الشرطة-تفرق-المتظاهرين-عند-السفارة-الأمريكية-بالعاصمة-التونسية/786072",
    "2012-09-14", "time stamp on the page 'الجمعة، 14 سبتمبر 2012 07:45 م' (kept as the first line after the headline) and the URL /story/2012/9/14/; the comment-box lines and the picture caption dropped; headline kept from the page", True, """
الشرطة تفرق المتظاهرين عند السفارة الأمريكية بالعاصمة التونسية
الجمعة، 14 سبتمبر 2012 07:45 م
أخرجت الشرطة المحتجين الذين كانوا في باحة السفارة الأمريكية بتونس وفي محيطها، وهي السفارة التي هاجمها بعد ظهر الجمعة متظاهرون أغلبهم من الإسلاميين.
وخيّم هدوء حذر على محيط مبنى السفارة في حي ضفاف البحيرة شمال العاصمة التونسية، إذ انتشرت في الشوارع دوريات راجلة من الشرطة والجيش ومدرعات، عقب تظاهرات احتجاج دامية على فيلم مسيء للإسلام أُنتج في الولايات المتحدة، أسفرت عن ثلاثة قتلى و28 جريحا وفق حصيلة رسمية مؤقتة.
وكان ألف متظاهر على الأقل قد هاجموا مبنى السفارة الجمعة احتجاجا على الفيلم الذي أنتج قبل عدة أشهر في الولايات المتحدة، وأشعل تظاهرات عنيفة في بلدان كثيرة من العالم الإسلامي.
وقد أخرج هذا الفيلم الزهيد التكلفة والرديء فنيا شخص قُدّم على أنه إسرائيلي أمريكي، وذكرت وسائل إعلام أمريكية أنه قبطي، ويتضمن الفيلم مشاهد تحتقر المسلمين والنبي محمد.
""", [
    ev("police-dispersal", "أخرجت الشرطة المحتجين الذين كانوا في باحة السفارة الأمريكية", ATTACK, "no own expression; the police cleared the compound after the attack of Fri 14 Sep 2012, before the stamp of 07:45 pm"),
    ev("embassy-attack", "هاجمها بعد ظهر الجمعة متظاهرون", ATTACK, "'بعد ظهر الجمعة' = the afternoon of Fri 14 Sep 2012 (stamp)"),
    ev("army-police-deployment", "انتشرت في الشوارع دوريات راجلة من الشرطة والجيش ومدرعات", ATTACK, "no own expression; after the clashes, before the stamp of Fri 14 Sep 2012, 07:45 pm"),
    ev("protest-deaths", "أسفرت عن ثلاثة قتلى و28 جريحا", ATTACK, "no own expression; the dead of the clashes of Fri 14 Sep 2012"),
])
art(S, "https://www.almasryalyoum.com/news/details/163717",
    "2012-09-14", "no date line in the stored text (the only date on the page is that of an AFP picture caption, '12 سبتمبر 2012', of the Wednesday protest, dropped with the caption); a live report of the storming of Fri 14 Sep 2012 ('الجمعة', police 'بدأت في تفريق', a Reuters reporter on the spot), so published on Fri 14 Sep 2012; the section label 'عرب وعالم' dropped and the last, truncated sentence shortened; headline kept from the page", False, """
مئات المتظاهرين يقتحمون السفارة الأمريكية في تونس ويرفعون عليها «علم الجهاد»
اقتحم مئات المحتجين التونسيين، الجمعة، مقر السفارة الأمريكية بتونس، فكسروا النوافذ داخل مجمع السفارة وأضرموا النار فيه وفي الأشجار المزروعة داخله، وأنزلوا العلم الأمريكي ورفعوا مكانه «علم الجهاد»، بحسب مراسل وكالة رويترز، احتجاجا على الفيلم المسيء للرسول.
وأفاد شهود عيان بأن الشرطة شرعت في تفريق المحتجين المتجمعين عند السفارة بإطلاق الغاز المسيل للدموع نحوهم، وبأن 5 أشخاص على الأقل أصيبوا بالرصاص الذي أطلقته الشرطة.
وأضاف شاهد عيان من «رويترز» أن المحتجين التونسيين تسلقوا سور مجمع السفارة الأمريكية في تونس.
""", [
    ev("embassy-attack", "اقتحم مئات المحتجين التونسيين، الجمعة، مقر السفارة الأمريكية بتونس", ATTACK, "'الجمعة' = Fri 14 Sep 2012"),
    ev("flag-replaced", "وأنزلوا العلم الأمريكي ورفعوا مكانه «علم الجهاد»", ATTACK, "no own expression; during the storming of Fri 14 Sep 2012"),
    ev("police-dispersal", "شرعت في تفريق المحتجين المتجمعين عند السفارة", ATTACK, "no own expression; during the storming of Fri 14 Sep 2012"),
    ev("five-shot", "5 أشخاص على الأقل أصيبوا بالرصاص", ATTACK, "no own expression; during the clashes of Fri 14 Sep 2012"),
])
art(S, "https://sauress.com/alsharq/489252",
    "2012-09-15", "no date line in the stored text; the body's 'أمس الجمعة' for the spokesman's television remarks and 'أمس' for the storming and the two dead of Fri 14 Sep 2012 give Sat 15 Sep 2012 (15 Sep 2012 was a Saturday); an al-Sharq (Qatar) report carried by sauress; headline written from the body (the stored text has none); the last, truncated sentence shortened", True, """
مداهمة منزل "أبو عياض" بعد أحداث السفارة الأمريكية في تونس
صرّح الناطق باسم وزارة الداخلية التونسية، خالد طروش، بأن قوات الأمن دهمت منزل القيادي في السلفية الجهادية المعروف بـ"أبو عياض"، على خلفية المواجهات التي اندلعت أمام السفارة الأمريكية في العاصمة مع محتجين على الفيلم المسيء للرسول الكريم.
ولم يؤكد طروش، في تصريحات أدلى بها للتلفزيون التونسي أمس الجمعة، القبض على أبو عياض، في حين ذكرت وزارة الداخلية التونسية أن متظاهرَين اثنين لقيا حتفهما أمس أمام السفارة الأمريكية وأن خمسين شخصا أصيبوا.
وأوضحت الوزارة، في بيان صدر ليل السبت، أن 22 من عناصر قوات الأمن جُرحوا جراء المواجهات التي وقعت أمام السفارة الأمريكية في العاصمة، مقابل 28 جريحا في صفوف المحتجين على الفيلم المسيء للإسلام.
وبحسب البيان، شملت الحصيلة الأولية إحراق سيارة تابعة لقوات الأمن و68 سيارة وشاحنتين.
وكان عشرات المحتجين قد تمكنوا امس من اقتحام السفارة الأمريكية وأحرقوا عددا من السيارات داخلها، غير أنهم أخفقوا في دخول المبنى الرئيسي.
كما أشعل المتظاهرون النار في جزء من مبنى المدرسة الأمريكية المجاورة للسفارة ونهبوا كل ما فيها من معدات وتجهيزات.
ومن جانبه، قال الرئيس التونسي منصف المرزوقي، في كلمة وجهها إلى الشعب التونسي ليل الجمعة، إن الوضع برمته غير مقبول بكل المعايير.
""", [
    ev("abu-iyadh-raid", "دهمت منزل القيادي في السلفية الجهادية", ATTACK, "no own expression; the raid was reported by the spokesman on television on Fri 14 Sep 2012 ('أمس الجمعة'), after the clashes of that afternoon"),
    ev("protest-deaths", "متظاهرَين اثنين لقيا حتفهما أمس", ATTACK, "'أمس' from Sat 15 Sep 2012 = Fri 14 Sep"),
    ev("interior-ministry-statement", "في بيان صدر ليل السبت", ATTACK, "'ليل السبت' in an article of Sat 15 Sep 2012: the night of Fri 14 to Sat 15 Sep (my span Fri 14 - Sat 15; the statement's 28 arrests were already reported on Friday night)", end="2012-09-16"),
    ev("embassy-attack", "قد تمكنوا امس من اقتحام السفارة الأمريكية", ATTACK, "'امس' from Sat 15 Sep 2012 = Fri 14 Sep"),
    ev("school-burned", "أشعل المتظاهرون النار في جزء من مبنى المدرسة الأمريكية", ATTACK, "no own expression; the same attack of Fri 14 Sep 2012"),
    ev("marzouki-speech", "في كلمة وجهها إلى الشعب التونسي ليل الجمعة", ATTACK, "'ليل الجمعة' = the night of Fri 14 Sep 2012"),
])
art(S, "https://www.masress.com/elwady/44785",
    "2012-09-17", "no date line in the stored text; the body's 'اليوم الإثنين' with 'يوم الجمعة الماضي' for the attack of Fri 14 Sep and 'السبت الماضي' for the drawdown order of Sat 15 Sep 2012 give Mon 17 Sep 2012 (17 Sep 2012 was a Monday); an al-Wady (MENA) report carried by masress; headline written from the body (the stored text has none)", True, """
واشنطن تجلي نحو 100 من رعاياها من تونس بعد الهجوم على سفارتها
نقلت الولايات المتحدة الأمريكية نحو 100 من رعاياها إلى خارج تونس، إثر تعرض السفارة والمدرسة الأمريكيتين هناك لهجوم شنه متظاهرون يوم الجمعة الماضي احتجاجا على الفيلم المسيء للرسول الكريم محمد (عليه الصلاة والسلام)، بينما تتواصل الاحتجاجات وردود الفعل على الفيلم.
وذكر مصدر أمني أمريكي، وفق ما أورده راديو (سوا) الأمريكي اليوم الإثنين، أن نحو 100 أمريكي من موظفين ومقيمين غادروا تونس على متن طائرة تابعة لشركة الخطوط التونسية.
وأضاف أن الإجلاء جرى عبر ممر خاص في مطار قرطاج الدولي وفي سرية تامة، في الوقت نفسه الذي كان فيه سلفيون يشيّعون 4 أشخاص قُتلوا يوم الجمعة الماضي خلال مواجهات مع الأمن أمام السفارة الأمريكية.
وكانت وزارة الخارجية الأمريكية قد أعلنت أن الولايات المتحدة أصدرت السبت الماضي أوامر بإجلاء موظفيها غير الضروريين وعائلاتهم من تونس والسودان، ونصحت مواطنيها بعدم السفر إلى البلدين.
وعاد موظفو السفارة الأمريكية في تونس إلى عملهم اليوم، في حين بقي مبنى السفارة مغلقا أمام الجمهور.
""", [
    ev("embassy-attack", "تعرض السفارة والمدرسة الأمريكيتين هناك لهجوم شنه متظاهرون يوم الجمعة الماضي", ATTACK, "'يوم الجمعة الماضي' from Mon 17 Sep 2012 = Fri 14 Sep"),
    ev("sawa-report", "وفق ما أورده راديو (سوا) الأمريكي اليوم الإثنين", "2012-09-17", "'اليوم الإثنين' = Mon 17 Sep 2012"),
    ev("americans-evacuated", "غادروا تونس على متن طائرة تابعة لشركة الخطوط التونسية", DRAWDOWN, "no own expression; after the drawdown order of Sat 15 Sep 2012 and reported on Mon 17 Sep (my span Sat 15 - Mon 17)", end="2012-09-18"),
    ev("protest-deaths", "4 أشخاص قُتلوا يوم الجمعة الماضي", ATTACK, "'يوم الجمعة الماضي' from Mon 17 Sep 2012 = Fri 14 Sep"),
    ev("drawdown-order", "أصدرت السبت الماضي أوامر بإجلاء موظفيها غير الضروريين", DRAWDOWN, "'السبت الماضي' from Mon 17 Sep 2012 = Sat 15 Sep"),
    ev("staff-resume-work", "وعاد موظفو السفارة الأمريكية في تونس إلى عملهم اليوم", "2012-09-17", "'اليوم' = Mon 17 Sep 2012"),
])

# ---------------------------------------------------------------- iran-uk-tehran-embassy-storming-2011
S = "iran-uk-tehran-embassy-storming-2011"
STORM = "2011-11-29"                       # Basij students stormed the British embassy and the Gholhak compound in Tehran on Tue 29 Nov 2011
HAGUE = "2011-11-30"                       # William Hague closed both embassies on Wed 30 Nov 2011
art(S, "https://www.albawaba.net/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D9%85%D8%AD%D8%AA%D8%AC%D9%88%D9%86-%D9%8A%D9%82%D8%AA%D8%AD%D9%85%D9%88%D9%86-%D9%85%D8%A8%D9%86%D9%89-%D8%A2%D8%AE%D8%B1-%D8%AA%D8%A7%D8%A8%D8%B9-%D9%84%D9%84%D8%B3%D9%81%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D8%A8%D8%B1%D9%8A%D8%B7%D8%A7%D9%86%D9%8A%D8%A9-%D9%81%D9%8A-%D8%B7%D9%87%D8%B1%D8%A7%D9%86-403280",
    "2011-11-29", "no date line in the stored text; the body's 'يوم الثلاثاء 29 نوفمير/تشرين الثاني' (sic) for IRNA's report, in a live report of the storming of that day (the protest 'يستمر', the police regaining control 'في وقت لاحق'), so published on Tue 29 Nov 2011 (29 Nov 2011 was a Tuesday); headline rendered from the URL slug", True, """
محتجون يقتحمون مبنى آخر تابعا للسفارة البريطانية في طهران
ذكرت تقارير إعلامية أن مجموعة كبيرة من الطلاب الإيرانيين دخلوا عنوة مقرا صيفيا للسفير البريطاني في طهران واحتجزوا عددا من الرعايا الأجانب، قبل أن تنجح الشرطة الإيرانية في ضبط الوضع وإخراج المحتجين من المبنى.
وأفادت وكالة الأنباء "إيرنا" يوم الثلاثاء 29 نوفمير/تشرين الثاني بأنه بينما يتواصل الاحتجاج أمام مبنى السفارة البريطانية في وسط العاصمة الإيرانية، اقتحم نحو 200 أو 300 شخص مبنى آخر تابعا للبعثة الدبلوماسية البريطانية في شمال المدينة.
وبيّنت الوكالة أن الطلاب استولوا على وثائق سرية وأنزلوا العلم البريطاني ورفعوا العلم الإيراني مكانه.
ولاحقا، أفادت الأنباء الواردة من طهران بأن الشرطة نجحت في السيطرة على الموقف وإخراج المحتجين من مقر السفير البريطاني وتطويق المبنى.
""", [
    ev("staff-held", "واحتجزوا عددا من الرعايا الأجانب", STORM, "no own expression; during the storming of Tue 29 Nov 2011"),
    ev("irna-report", "وأفادت وكالة الأنباء \"إيرنا\" يوم الثلاثاء 29 نوفمير/تشرين الثاني", STORM, "'يوم الثلاثاء 29 نوفمير' = Tue 29 Nov 2011"),
    ev("embassy-protest", "يتواصل الاحتجاج أمام مبنى السفارة البريطانية في وسط العاصمة الإيرانية", STORM, "no own expression; the protest at the embassy of Tue 29 Nov 2011"),
    ev("embassy-storming", "اقتحم نحو 200 أو 300 شخص مبنى آخر تابعا للبعثة الدبلوماسية البريطانية", STORM, "no own expression; the storming of the embassy compounds on Tue 29 Nov 2011 (IRNA report of that day)"),
    ev("police-regain-control", "نجحت في السيطرة على الموقف وإخراج المحتجين", STORM, "no own expression; later on Tue 29 Nov 2011"),
])
art(S, "https://sauress.com/alriyadh/687521",
    "2011-11-30", "no date line in the stored text; the body's 'اليوم الأربعاء' for Hague's announcement, made on Wed 30 Nov 2011 (30 Nov 2011 was a Wednesday), the day after the attack of 'الثلاثاء'; an al-Riyadh report carried by sauress; headline written from the body (the stored text has none)", True, """
بريطانيا تغلق سفارتها في طهران وتمهل الدبلوماسيين الإيرانيين 48 ساعة لمغادرة أراضيها
أعلن وزير الخارجية البريطاني وليام هيغ اليوم الأربعاء إغلاق سفارة بلاده في طهران، التي هاجمها متظاهرون الثلاثاء، وإغلاق السفارة الإيرانية في لندن ورحيل العاملين فيها "في غضون 48 ساعة".
وقال هيغ أمام أعضاء البرلمان "أغلقنا الآن سفارتنا في طهران"، مشيرا إلى أن الهجوم عليها ما كان ليحدث "لولا موافقة ما" من النظام الإيراني.
وتابع "قررنا إخلاء جميع موظفينا"، مبينا أن "آخر الموظفين غادر إيران".
وأضاف أن "القائم بالأعمال الإيراني في لندن يجري إبلاغه بأننا نطلب إغلاق سفارة إيران في لندن فورا، وأن على أعضاء البعثة الدبلوماسية الإيرانية مغادرة المملكة المتحدة في غضون 48 ساعة".
وأكد هيغ أن "هذا لا يعني قطعا كاملا للعلاقات الدبلوماسية.. إنه إجراء يخفض علاقتنا مع إيران إلى أدنى مستوى مع الإبقاء على العلاقات الدبلوماسية".
وكان رئيس الوزراء البريطاني ديفيد كاميرون قد توعد إيران في وقت سابق بـ"إجراءات بالغة الشدة" عقب الهجوم على سفارة بريطانيا من قبل متظاهرين.
وأثار الهجوم موجة من التنديد الدولي، إذ دانه مجلس الأمن الدولي "بأشد العبارات"، بينما أعربت طهران "عن الأسف".
""", [
    ev("hague-announcement", "أعلن وزير الخارجية البريطاني وليام هيغ اليوم الأربعاء", HAGUE, "'اليوم الأربعاء' = Wed 30 Nov 2011"),
    ev("embassy-storming", "التي هاجمها متظاهرون الثلاثاء", STORM, "'الثلاثاء' = Tue 29 Nov 2011"),
    ev("uk-staff-evacuated", "\"آخر الموظفين غادر إيران\"", HAGUE, "no own expression; the last British staff left Iran by Hague's statement of Wed 30 Nov 2011 ('الآن')"),
    ev("iranian-diplomats-expelled", "على أعضاء البعثة الدبلوماسية الإيرانية مغادرة المملكة المتحدة", HAGUE, "'في غضون 48 ساعة' from Wed 30 Nov 2011: the 48-hour deadline, Wed 30 Nov - Fri 2 Dec", end="2011-12-03"),
    ev("unsc-condemnation", "دانه مجلس الأمن الدولي \"بأشد العبارات\"", STORM, "no own expression; the Security Council's statement of Tue 29 Nov 2011 (New York)"),
    ev("iran-regret", "بينما أعربت طهران \"عن الأسف\"", STORM, "no own expression; the Iranian foreign ministry's statement of regret on Tue 29 Nov 2011, the day of the attack"),
])
art(S, "https://www.turess.com/alchourouk/516466",
    "2011-11-30", "no date on the stored page; the body's 'أمس' (twice) for the storming of Tue 29 Nov 2011 gives Wed 30 Nov 2011 (a print report of al-Chourouk, Tunis, carried by turess; it knows nothing of Hague's closure of Wed 30 Nov); headline written from the body (the stored text has none); no weekday of its own in the text", False, """
طلبة إيرانيون يقتحمون السفارة البريطانية في طهران ويحرقون علمها
دخل طلبة إيرانيون عنوة أمس، في مناسبتين، مبنى السفارة البريطانية في طهران، فأحرقوا العلم البريطاني ورفعوا علم إيران مكانه.
وجاء هذا التحرك الاحتجاجي في أثناء تجمع لطلبة ينتمون إلى «الباسيج» (القوة شبه العسكرية التابعة للحرس الثوري)، بعد يوم من مصادقة مجلس صيانة الدستور الإيراني على قرار البرلمان الأخير القاضي بخفض مستوى العلاقات مع بريطانيا.
وأفادت وسائل الإعلام الرسمية بأن المتجمعين أحرقوا أعلام بريطانيا وأمريكا والكيان الصهيوني ورددوا شعارات مناهضة لهذه الدول وأنظمتها.
وذكرت وكالة أنباء إيرانية أن الشرطة أطلقت سراح 6 رهائن من موظفي السفارة البريطانية كان المتظاهرون قد احتجزوهم.
ومن جانبها دانت لندن «الاعتداء» على سفارتها في طهران وحمّلت الحكومة الإيرانية مسؤولية حماية بعثتها الدبلوماسية، كما استنكرت واشنطن ودول أوروبية ما جرى أمس واعتبرته أمرا غير مقبول تأباه الأعراف والمواثيق الدبلوماسية.
""", [
    ev("embassy-storming", "دخل طلبة إيرانيون عنوة أمس، في مناسبتين، مبنى السفارة البريطانية", STORM, "'أمس' from Wed 30 Nov 2011 = Tue 29 Nov"),
    ev("guardian-council-approval", "مصادقة مجلس صيانة الدستور الإيراني على قرار البرلمان الأخير", "2011-11-28", "'بعد يوم من' the storming of Tue 29 Nov 2011 = Mon 28 Nov"),
    ev("staff-held", "أطلقت سراح 6 رهائن من موظفي السفارة البريطانية", STORM, "no own expression; the staff were held and freed during the storming of Tue 29 Nov 2011"),
    ev("london-condemnation", "دانت لندن «الاعتداء» على سفارتها في طهران", STORM, "no own expression; the Foreign Office's statement of Tue 29 Nov 2011, the day of the attack"),
    ev("western-condemnation", "استنكرت واشنطن ودول أوروبية ما جرى أمس", STORM, "no own expression for the condemnations; they followed the attack of Tue 29 Nov 2011 ('أمس') on the same day"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 565
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

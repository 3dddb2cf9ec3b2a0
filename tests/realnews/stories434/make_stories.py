"""Builds stories.jsonl: the 434-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: tourism in Arab countries: tourist arrival records, attacks
on or accidents of tourists, hotel and resort openings, festival seasons, cruise ships, tourism bans and
reopenings.
Stories: the knife attack on foreign women on the beaches of Hurghada (Egypt, July 2017) and the return of the
Costa Croisieres cruise ships to La Goulette (Tunisia, September 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-hurghada-beach-stabbing-2017
S = "egypt-hurghada-beach-stabbing-2017"
ATTACK = "2017-07-14"                      # the stabbing on the beaches of Dahabiya and Sunny Days El Palacio, Fri 14 Jul 2017
GERMANY = "2017-07-15"                     # the German foreign ministry confirmed the two dead were Germans, Sat 15 Jul 2017
JAN2016 = "2016-01-08"                     # the earlier knife attack on the Bella Vista hotel in Hurghada, Fri 8 Jan 2016
art(S, "http://www.huffpostarabi.com/2017/07/14/story_n_17485160.html",
    "2017-07-14", "date in the URL '/2017/07/14/' and the body's 'الجمعة 14 يوليو/تموز 2017' (kept; 14 Jul 2017 was a Friday); headline kept from the page (re-worded); the page furniture 'تم النشر: تم التحديث:' and the last, truncated sentence on the first (Ukrainian) identification dropped", True, """
تفاصيل جديدة عن مقتل سائحتين في هجوم على شاطئ فندق في مصر
أفاد مسؤولون وشهود عيان بأن مصرياً مسلحاً بسكين قتل سائحتين ألمانيتين وجرح أربع سائحات أجنبيات أخريات الجمعة 14 يوليو/تموز 2017، في منتجع الغردقة الذائع الصيت على ساحل البحر الأحمر.
وذكر مسؤولون ومصادر أمنية أن المهاجم قتل الألمانيتين وجرح سائحتين تشيكيتين على شاطئ فندق ذهبية، ثم انتقل سباحة إلى شاطئ فندق صني دايز بالاسيو المجاور حيث طعن سائحتين أخريين، قبل أن تقبض عليه الشرطة.
وأوضح سعود عبد العزيز، مدير الأمن والعلاقات العامة في فندق صني دايز بالاسيو، لرويترز أن المهاجم طعن الألمانيتين حتى فارقتا الحياة، وقال عبر الهاتف: "وجّه إلى كل واحدة منهما ثلاث طعنات في الصدر فماتتا على الشاطئ".
وأضاف أن المهاجم طعن سائحتين من التشيك، وطعن في فندق صني دايز بالاسيو سائحتين على الأقل من أرمينيا.
وقال متحدث باسم الخارجية التشيكية إن سائحة تشيكية أصيبت بجرح طفيف في ساقها.
وأعلنت وزارة الداخلية أن المهاجم يخضع للاستجواب للوقوف على دوافعه.
وتخوض مصر مواجهة مع متشددين إسلاميين في محافظة شمال سيناء يستهدفون في الأساس قوات الجيش والشرطة، غير أنهم هاجموا كذلك سائحين وأقباطاً وكنائس.
""", [
    ev("stabbing-attack", "قتل سائحتين ألمانيتين وجرح أربع سائحات أجنبيات أخريات", ATTACK, "'الجمعة 14 يوليو/تموز 2017' = Fri 14 Jul 2017"),
    ev("attacker-swims-to-next-beach", "انتقل سباحة إلى شاطئ فندق صني دايز بالاسيو المجاور", ATTACK, "no own expression; the same attack of Fri 14 Jul 2017"),
    ev("attacker-arrested", "قبل أن تقبض عليه الشرطة", ATTACK, "no own expression; the attacker was seized on the beach right after the attack, Fri 14 Jul 2017"),
    ev("czech-ministry-statement", "قال متحدث باسم الخارجية التشيكية إن سائحة تشيكية أصيبت", ATTACK, "no own expression; the Czech ministry's statement on the day of the attack (tweet of Fri 14 Jul 2017; my span 14-15 Jul)", end="2017-07-16"),
    ev("attacker-questioned", "المهاجم يخضع للاستجواب للوقوف على دوافعه", ATTACK, "no own expression; the interior ministry's statement of Fri 14 Jul 2017 (the questioning went on to Sat 15 Jul; my span)", end="2017-07-16"),
])
art(S, "https://e3lam.com/229496",
    "2017-07-14", "no date line on the stored page; the body's 'اليوم الجمعة' (twice) with the known attack of Fri 14 Jul 2017 (huffpostarabi, masrawy 'أمس الجمعة' on Sat 15 Jul); the byline 'نورا مجدي' dropped; headline written from the body (the stored text has none); the last, truncated sentence on the two victims' flat dropped; no date of its own in the text", False, """
مدير بفندق في الغردقة يروي تفاصيل طعن السائحات الأجنبيات
كشف سعود عبد العزيز، مدير العلاقات العامة في الفندق الذي شهد طعن السائحات الأجنبيات، اليوم الجمعة، جانبا من تفاصيل الحادث الذي أودى بحياة ألمانيتين وأسفر عن إصابة 4 أخريات من بيلا روسيا.
وأوضح "عبد العزيز"، في اتصال هاتفي مع الإعلامية رشا نبيل مقدمة برنامج "كلام تاني" الذي تبثه قناة دريم اليوم الجمعة، أن الحادث لم يقع داخل فندقه وإنما في فندق ملاصق بقرية "ذهبية"، إذ دخل المتهم القرية السياحية المجاورة بعد أن دفع رسوم الدخول، وجلس إلى سائحتين ألمانيتين ثم طعنهما بالسكين فماتتا.
وتابع أن المتهم قفز بعد ذلك من فوق السور الذي يفصل الفندق عن قرية "ذهبية" ودخل الفندق، وحين حاول العاملون الإمساك به وجّه طعنات إلى 4 سائحات، إلى أن انقض عليه الشباب في الفندق وأمسكوا به وهو يحاول الهرب عبر مياه البحر.
وأشار مدير العلاقات العامة إلى أنه احتجز المتهم حماية لحياته كي لا يقتله الشباب الذين انهالوا عليه ضربا، ثم سلمه إلى مدير أمن البحر الأحمر، مضيفا أن المتهم لم يتحدث إليه وأن الشرطة تحقق معه الآن.
وأكد أن إصابات السائحات الأربع خفيفة وأن حالتهن مستقرة في مستشفى الغردقة العام.
""", [
    ev("hotel-manager-tv-call", "في اتصال هاتفي مع الإعلامية رشا نبيل", ATTACK, "'اليوم الجمعة' = Fri 14 Jul 2017 (the evening talk show of that day)"),
    ev("stabbing-attack", "وجلس إلى سائحتين ألمانيتين ثم طعنهما بالسكين فماتتا", ATTACK, "no own expression; the attack of Fri 14 Jul 2017 ('اليوم الجمعة' of the opening sentence)"),
    ev("attacker-arrested", "أمسكوا به وهو يحاول الهرب عبر مياه البحر", ATTACK, "no own expression; seized right after the attack, Fri 14 Jul 2017"),
    ev("attacker-questioned", "أن الشرطة تحقق معه الآن", ATTACK, "'الآن' on Fri 14 Jul 2017 (the questioning went on to Sat 15 Jul; my span)", end="2017-07-16"),
])
art(S, "https://masrawy.com/news/news_regions/details/2017/7/15/1120376/%D8%B6%D8%AD%D9%8A%D8%AA%D8%A7-%D8%A7%D9%84%D8%A5%D8%B1%D9%87%D8%A7%D8%A8-%D8%A7%D9%84%D8%A3%D9%84%D9%85%D8%A7%D9%86%D9%8A%D8%AA%D8%A7%D9%86-%D9%85%D9%86-%D8%B3%D9%83%D8%A7%D9%86-%D8%A7%D9%84%D8%BA%D8%B1%D8%AF%D9%82%D8%A9-%D8%A7%D9%84%D8%AF%D8%A7%D8%A6%D9%85%D9%8A%D9%86",
    "2017-07-15", "date in the URL '/2017/7/15/' (15 Jul 2017 was a Saturday); the body's 'صباح اليوم السبت' and 'أمس الجمعة' agree; headline kept from the page (re-worded); the dateline 'الغردقة/ مصر - (د ب أ):' and the page furniture 'فيديو قد يعجبك:' dropped; no date of its own in the text", False, """
الألمانيتان ضحيتا الإرهاب كانتا من المقيمين الدائمين في الغردقة
أفاد مصدر قريب من الألمانيتين اللتين قُتلتا أمس الجمعة في اعتداء بسلاح أبيض داخل أحد المنتجعات السياحية في الغردقة بأن الضحيتين كانتا تقيمان بشكل دائم في المدينة.
وذكر القنصل الشرفي الألماني السابق بيتر-يورجن إلي، في تصريحات أدلى بها لوكالة الأنباء الألمانية (د ب أ) صباح اليوم السبت، أنه كان يعرف الضحيتين شخصيا، وأن إحدى معارفه تعرفت على هويتيهما بعد الاعتداء.
ويشار إلى أن الغردقة الواقعة على البحر الأحمر من أكثر المقاصد التي يفضلها السائحون، ويقيم عدد من الألمان بصورة دائمة في المدينة وما حولها.
وكان الاعتداء قد وقع أمس الجمعة على شاطئ أحد المنتجعات السياحية في المدينة.
ووفقا لبيان صادر عن وزارة الداخلية المصرية، فإن المعتدي، الذي أُلقي القبض عليه لاحقا، بلغ شاطئ المنتجع سباحة من أحد الشواطئ العامة، وهاجم عددا من السائحين بسكين.
وأكدت وزارة الخارجية الألمانية اليوم مقتل السائحتين.
وبحسب الهيئة العامة المصرية للاستعلامات، أسفر الاعتداء الذي نفذه شخص بسكين أمس الجمعة عن مقتل ألمانيتين وإصابة 4 أشخاص آخرين، جميعهم أجانب.
""", [
    ev("stabbing-attack", "وكان الاعتداء قد وقع أمس الجمعة على شاطئ", ATTACK, "'أمس الجمعة' in an article of Sat 15 Jul 2017 = Fri 14 Jul"),
    ev("former-consul-statement", "في تصريحات أدلى بها لوكالة الأنباء الألمانية (د ب أ) صباح اليوم السبت", GERMANY, "'صباح اليوم السبت' = Sat 15 Jul 2017"),
    ev("attacker-arrested", "الذي أُلقي القبض عليه لاحقا", ATTACK, "'لاحقا' after the attack of Fri 14 Jul 2017 (he was seized on the beach that day)"),
    ev("germany-confirms-deaths", "وأكدت وزارة الخارجية الألمانية اليوم مقتل السائحتين", GERMANY, "'اليوم' = Sat 15 Jul 2017"),
    ev("sis-toll", "أسفر الاعتداء الذي نفذه شخص بسكين أمس الجمعة عن مقتل ألمانيتين", ATTACK, "'أمس الجمعة' = Fri 14 Jul 2017 (the toll of the attack of that day)"),
])
art(S, "https://sa.investing.com/news/world-news/برلين-تشعر--quot;بالاستياء-والغضب-quot;-لمقتل-ألمانيتين-في-مصر-501563",
    "2017-07-15", "page stamp 'تم النشر 15/07/2017, 15:37' (kept as second line; 15 Jul 2017 was a Saturday); the body's 'يوم السبت' agrees; headline kept from the page (re-worded); the advertising line, the photo credit '© Reuters.' and the last, truncated sentence dropped", True, """
برلين تعبّر عن "استيائها وغضبها" لمقتل ألمانيتين في مصر
تم النشر 15/07/2017, 15:37
الغردقة (مصر)/برلين (رويترز) - أعرب مسؤولون ألمان يوم السبت عن شعورهم "بالاستياء والغضب" لمقتل ألمانيتين طعنا في أحد منتجعات مدينة الغردقة المصرية، مؤكدين أن الهجوم استهدف سياحا أجانب عن عمد.
وكان مسؤولون وشهود قد ذكروا أن مصريا طعن سائحتين ألمانيتين حتى الموت وجرح أربع سائحات أخريات على الأقل يوم الجمعة في الغردقة، عاصمة محافظة البحر الأحمر والمنتجع ذائع الصيت عالميا.
وأوضحوا أن عبد الرحمن شمس الدين (28 عاما) قتل الألمانيتين طعنا على شاطئ قرية ذهبية السياحية، وأصاب سائحتين تشيكيتين، ثم سبح إلى شاطئ فندق صني دايز البالاسيو المجاور وطعن سائحتين أخريين على الأقل.
ويعد هذا أول هجوم على سائحين أجانب في مصر منذ هجوم شهدته الغردقة كذلك في يناير كانون الثاني 2016، حين طعن رجلان ثلاثة سائحين في أحد الفنادق.
ويأتي الهجوم الأخير فيما تجد مصر صعوبة في إنعاش قطاع السياحة الذي تضرر من التهديدات الأمنية ومن سنوات الاضطراب السياسي التي تلت انتفاضة 2011.
وقالت متحدثة باسم الخارجية الألمانية: "تأكدنا الآن من النبأ المحزن بمقتل ألمانيتين في هجوم الغردقة".
""", [
    ev("germany-outrage", "أعرب مسؤولون ألمان يوم السبت عن شعورهم", GERMANY, "'يوم السبت' = Sat 15 Jul 2017 (stamp)"),
    ev("stabbing-attack", "أن مصريا طعن سائحتين ألمانيتين حتى الموت", ATTACK, "'يوم الجمعة' before Sat 15 Jul 2017 = Fri 14 Jul"),
    ev("attacker-swims-to-next-beach", "ثم سبح إلى شاطئ فندق صني دايز البالاسيو المجاور", ATTACK, "no own expression; the same attack of Fri 14 Jul 2017"),
    ev("bella-vista-attack-2016", "حين طعن رجلان ثلاثة سائحين في أحد الفنادق", JAN2016, "'في يناير كانون الثاني 2016' = the Bella Vista hotel attack of Fri 8 Jan 2016 (outside knowledge; djazairess/alseyassi 'يوم الجمعة')"),
    ev("arab-spring-2011", "سنوات الاضطراب السياسي التي تلت انتفاضة 2011", "2011-01-25", "'انتفاضة 2011' = the uprising of 25 Jan - 11 Feb 2011 (Mubarak stepped down on Fri 11 Feb)", end="2011-02-12"),
    ev("germany-confirms-deaths", "تأكدنا الآن من النبأ المحزن بمقتل ألمانيتين", GERMANY, "'الآن' in the statement of Sat 15 Jul 2017"),
])

# ---------------------------------------------------------------- tunisia-la-goulette-costa-favolosa-2023
S = "tunisia-la-goulette-costa-favolosa-2023"
ARRIVAL = "2023-09-26"                     # Costa Favolosa docked at La Goulette on the morning of Tue 26 Sep 2023
OMMP = "2023-09-24"                        # the OMMP (ports office) communique, Sun 24 Sep 2023
BARDO = "2015-03-18"                       # the Bardo museum attack, Wed 18 Mar 2015
RESUMED = ("2022-01-01", "2023-01-01")     # cruise calls to Tunisia resumed steadily in 2022 (the first ship since 2019 came on 23 Mar 2022)
art(S, "https://www.alchourouk.com/article/%D8%A3%D9%88%D9%84%D9%89-%D8%B1%D8%AD%D9%84%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D8%AC%D9%87%D8%B2-%D9%83%D9%88%D8%B3%D8%AA%D8%A7-%D8%AA%D8%AD%D9%84-%D8%A8%D8%AA%D9%88%D9%86%D8%B3-%D8%A8%D8%B9%D8%AF-%D8%BA%D9%8A%D8%A7%D8%A8-%D9%85%D8%AA%D9%88%D8%A7%D8%B5%D9%84-%D9%84%D8%AB%D9%85%D8%A7%D9%86%D9%8A-%D8%B3%D9%86%D9%88%D8%A7%D8%AA",
    "2023-09-24", "page stamp 'تاريخ النشر : 11:03 - 2023/09/24' (kept as second line; 24 Sep 2023 was a Sunday); the body's 'اليوم الأحد' agrees; headline kept from the page (re-worded, the repeated headline dropped); the Facebook-comments box and the 'في نفس السياق' links dropped", True, """
أولى رحلات المجهز كوستا تصل تونس بعد انقطاع دام ثماني سنوات
تاريخ النشر : 11:03 - 2023/09/24
يستقبل ميناء حلق الوادي، بعد غد الثلاثاء، أول رحلة للمجهز كوستا "Costa croisières" على متن السفينة كوستا فافولوزا القادمة من باليرمو، وعلى متنها ما يزيد على 4500 شخص بين سائح وفرد طاقم، وذلك بعد انقطاع متواصل استمر أكثر من ثماني سنوات.
وذكر ديوان البحرية التجارية والموانئ، في بلاغ نشره اليوم الأحد، أن هذه الرحلة التي تؤمنها السفينة فافولوزا، وهي من أضخم السفن السياحية في حوض المتوسط (بطول 290 مترا وارتفاع 17 طابقا وتضم 1508 غرفة)، ستعقبها خمس رحلات أخرى سنة 2024.
وفي إطار تأمين هذه الرحلة، انعقدت بالإدارة العامة للديوان جلستان ضمّتا جميع الأطراف المتدخلة لإحكام تنظيم استقبال السفينة وعودة المجهز البحري إلى الوجهة التونسية للرحلات السياحية البحرية.
كما اتخذت مصالح ميناء حلق الوادي، في هذا السياق، كل الترتيبات الضرورية لسلامة مناورات الرسو والإبحار وكذلك لعبور السياح، ضمانا لنجاح هذه الرحلة.
""", [
    ev("costa-favolosa-arrival", "يستقبل ميناء حلق الوادي، بعد غد الثلاثاء، أول رحلة للمجهز كوستا", ARRIVAL, "'بعد غد الثلاثاء' from Sun 24 Sep 2023 = Tue 26 Sep"),
    ev("ommp-communique", "في بلاغ نشره اليوم الأحد", OMMP, "'اليوم الأحد' = Sun 24 Sep 2023 (stamp)"),
    ev("five-more-calls-2024", "ستعقبها خمس رحلات أخرى سنة 2024", "2024-01-01", "'سنة 2024' = the year 2024", end="2025-01-01"),
    ev("preparatory-meetings", "انعقدت بالإدارة العامة للديوان جلستان", "2023-09-01", "no own expression; the two meetings held before the communique of Sun 24 Sep 2023 (my span 1-24 Sep)", end=OMMP),
])
art(S, "https://microtv.ma/2023/09/24/%d9%85%d9%8a%d9%86%d8%a7%d8%a1-%d8%ad%d9%84%d9%82-%d8%a7%d9%84%d9%88%d8%a7%d8%af%d9%8a-%d9%81%d9%8a-%d8%aa%d9%88%d9%86%d8%b3-%d9%8a%d8%b3%d8%aa%d9%82%d8%a8%d9%84-%d8%a5%d8%ad%d8%af%d9%89-%d8%a3%d9%83",
    "2023-09-24", "date in the URL '/2023/09/24/' (24 Sep 2023 was a Sunday); the body's 'يوم الأحد' for the communique and 'يوم الثلاثاء' for the coming arrival agree; the byline 'يونس حفيض' and the source line dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
ميناء حلق الوادي يستقبل إحدى أكبر السفن السياحية في المتوسط
يستقبل ميناء حلق الوادي في تونس يوم الثلاثاء أولى رحلات المجهز "كوستا كروازيار" على متن السفينة "كوستا فافولوزا" القادمة من باليرمو، وعلى متنها ما يفوق 4500 شخص بين سياح وأفراد طواقم.
وأوضح ديوان البحرية التجارية والموانئ في بلاغ يوم الأحد أن السفينة "كوستا فافولوزا" (Costa favolosa)، التي صُنعت سنة 2011، تُعد من أكبر السفن السياحية في حوض المتوسط، إذ يبلغ طولها 290 مترا وارتفاعها 17 طابقا وتضم 1508 غرف.
وبيّن الديوان أنه، لضمان نجاح هذه الرحلة، عُقدت جلستان جمعتا كل المتدخلين والأطراف المعنية لإحكام تنظيم استقبال السفينة وعودة المجهز البحري إلى الوجهة التونسية للرحلات السياحية البحرية.
وأضاف الديوان أن مصالح ميناء حلق الوادي اتخذت كل الترتيبات اللازمة لسلامة مناورات الرسو والخروج وكذلك لعبور السياح تأمينا لهذه الرحلة.
ويُنتظر أن تنظم "كوستا كروازيار" 5 رحلات أخرى سنة 2024.
وتجدر الإشارة إلى أن رحلة المجهز "كوستا كروازيار" تأتي بعد غياب امتد أكثر من 8 سنوات.
""", [
    ev("costa-favolosa-arrival", "يستقبل ميناء حلق الوادي في تونس يوم الثلاثاء أولى رحلات", ARRIVAL, "'يوم الثلاثاء' after Sun 24 Sep 2023 = Tue 26 Sep"),
    ev("ommp-communique", "في بلاغ يوم الأحد", OMMP, "'يوم الأحد' = Sun 24 Sep 2023 (URL date)"),
    ev("ship-built-2011", "التي صُنعت سنة 2011", "2011-01-01", "'سنة 2011' = the year 2011 (the ship entered service in July 2011)", end="2012-01-01"),
    ev("preparatory-meetings", "عُقدت جلستان جمعتا كل المتدخلين", "2023-09-01", "no own expression; the two meetings held before the communique of Sun 24 Sep 2023 (my span 1-24 Sep)", end=OMMP),
    ev("five-more-calls-2024", "5 رحلات أخرى سنة 2024", "2024-01-01", "'سنة 2024' = the year 2024", end="2025-01-01"),
])
art(S, "https://arabkhabar.com/a/726501",
    "2023-09-25", "page stamp 'تاريخ النشر: 25th, September 2023 GMT' (kept as second line; 25 Sep 2023 was a Monday); the body's 'غدا الثلاثاء 26 سبتمبر 2023' agrees; headline kept from the page (re-worded); the last, truncated sentence dropped", True, """
على متنها 4500 سائح.. سفن كوستا كروازيار تعود إلى الرسو في ميناء حلق الوادي
تاريخ النشر: 25th, September 2023 GMT
تستأنف السفن السياحية التابعة لـ"كوستا كروازيار"، وهو من أكبر المجهزين في العالم، الرسو في ميناء حلق الوادي بعد انقطاع استمر ثماني سنوات.
وسترسو غدا الثلاثاء 26 سبتمبر 2023 السفينة "كوستا فافولوزا" التابعة لهذا المجهز في ميناء حلق الوادي حاملة 4500 سائح، في أولى تسع رحلات مبرمجة لهذا العام ولسنة 2024، على أمل أن يرتفع هذا العدد في السنوات القادمة، بحسب ما صرح به مدير ميناء حلق الوادي محمد عمران لموزاييك في مداخلة هاتفية ضمن برنامج "صباح الناس".
وأوضح عمران أن "كوستا كروازيار"، التي تأسست في أربعينات القرن الماضي، من أقدم حرفاء ميناء حلق الوادي، وتسيّر رحلات إلى تونس منذ الثمانينات.
وقد بُرمج نشاط ترفيهي في المحطة السياحية بحلق الوادي بهذه المناسبة، إلى جانب حفل استقبال على شرف ركاب الباخرة يحضره عدد من المسؤولين.
وكان نشاط "كوستا كروازيار" وسائر الرحلات البحرية الترفيهية في تونس قد توقف إثر الهجوم الإرهابي على المتحف الوطني بباردو في 2015، قبل أن تعود هذه الرحلات إلى تونس بشكل منتظم منذ العام الماضي.
""", [
    ev("costa-favolosa-arrival", "وسترسو غدا الثلاثاء 26 سبتمبر 2023 السفينة", ARRIVAL, "'غدا الثلاثاء 26 سبتمبر 2023' = Tue 26 Sep 2023"),
    ev("port-director-interview", "بحسب ما صرح به مدير ميناء حلق الوادي محمد عمران لموزاييك", "2023-09-25", "no own expression; the morning show 'صباح الناس' of Mon 25 Sep 2023 (the day of the stamp)"),
    ev("welcome-ceremony", "إلى جانب حفل استقبال على شرف ركاب الباخرة", ARRIVAL, "no own expression; the ceremony planned for the arrival of Tue 26 Sep 2023"),
    ev("bardo-attack", "إثر الهجوم الإرهابي على المتحف الوطني بباردو في 2015", BARDO, "'في 2015' = the Bardo attack of Wed 18 Mar 2015 (outside knowledge; webmanagercenter 'بتاريخ 18 مارس 2015')"),
    ev("cruises-resumed-2022", "قبل أن تعود هذه الرحلات إلى تونس بشكل منتظم منذ العام الماضي", RESUMED[0], "'منذ العام الماضي' in 2023 = 2022 (the resumption of cruise calls; my span, the year 2022)", end=RESUMED[1]),
])
art(S, "https://ar.webmanagercenter.com/2023/09/26/362597/%d8%b3%d9%81%d9%86%d9%83%d9%88%d8%b3%d8%aa%d8%a7-%d9%83%d8%b1%d9%88%d8%a7%d8%b2%d9%8a%d8%a7%d8%b1-%d8%aa%d8%b9%d9%88%d8%af-%d8%a7%d9%84%d9%89-%d9%85%d9%8a%d9%86%d8%a7%d8%a1-%d8%ad%d9%84%d9%82",
    "2023-09-26", "date in the URL '/2023/09/26/' (26 Sep 2023 was a Tuesday); the body's 'صباح، الثلاثاء' agrees with the arrival; headline kept from the page (re-worded); the last, truncated sentence dropped; no date of its own in the text", False, """
سفن "كوستا كروازيار" تعود إلى ميناء حلق الوادي بعد غياب لأكثر من ثماني سنوات
رست صباح، الثلاثاء، في ميناء حلق الوادي الباخرة السياحية "كوستا فافولوزا" التابعة للمجهز "كوستا كروازيار"، قادمة من باليرمو الإيطالية وعلى متنها 2350 سائحا، بعد غياب لأكثر من ثماني سنوات بسبب المخاوف من الوضع الأمني في تونس.
وتُعد الباخرة "كوستا فافولوزا"، المصنوعة سنة 2011، من أكبر السفن السياحية في حوض المتوسط، بطول 290 مترا وارتفاع 17 طابقا، وتضم 1508 غرف تتسع لنحو 4000 راكب.
ويُذكر أن "كوستا كروازيار"، التي أُسست في أربعينات القرن الماضي، من أقدم حرفاء ميناء حلق الوادي، وهي تسيّر رحلاتها إلى تونس منذ الثمانينات.
وشدد المدير العام لميناء حلق الوادي للرحلات البحرية، سامي دبيش، في تصريح لوكالة تونس إفريقيا للأنباء (وات)، على أهمية استعادة أول رحلة سياحية للباخرة "كوستا فافولوزا"، بعد مفاوضات مكثفة على امتداد سنتين لإقناع المجهز بتوجيه رحلاته نحو تونس، بسبب المخاوف على سلامة السياح، ولا سيما بعد الهجوم الإرهابي على متحف باردو بتاريخ 18 مارس 2015، الذي أدى إلى توقف نشاط السفن السياحية كليا مباشرة بعده، قبل أن يُستأنف هذا النشاط بصفة منتظمة منذ سنة 2022.
""", [
    ev("costa-favolosa-arrival", "رست صباح، الثلاثاء، في ميناء حلق الوادي الباخرة السياحية", ARRIVAL, "'صباح، الثلاثاء' = Tue 26 Sep 2023 (URL date)"),
    ev("ship-built-2011", "المصنوعة سنة 2011", "2011-01-01", "'سنة 2011' = the year 2011", end="2012-01-01"),
    ev("dbich-statement", "في تصريح لوكالة تونس إفريقيا للأنباء (وات)", ARRIVAL, "no own expression; the statement made at the arrival of Tue 26 Sep 2023"),
    ev("two-year-negotiations", "بعد مفاوضات مكثفة على امتداد سنتين", "2021-09-01", "'على امتداد سنتين' before Sep 2023 = about Sep 2021 - Sep 2023 (my span)", end="2023-09-26"),
    ev("bardo-attack", "الهجوم الإرهابي على متحف باردو بتاريخ 18 مارس 2015", BARDO, "'بتاريخ 18 مارس 2015' = Wed 18 Mar 2015"),
    ev("cruises-resumed-2022", "يُستأنف هذا النشاط بصفة منتظمة منذ سنة 2022", RESUMED[0], "'منذ سنة 2022' = the year 2022", end=RESUMED[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 434
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 560-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: local news from southern Algeria (Tamanrasset, Ouargla,
Adrar, Ghardaia, Illizi, Bechar), any domain.
Stories: the In Outoul bus fire on the RN1 near Tamanrasset (July 2023), the riots of In Salah against shale-gas
exploration (wilaya of Tamanrasset, March 2015), and the Eid al-Fitr floods of the Mzab valley in Ghardaia
(October 2008).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-tamanrasset-in-outoul-bus-fire-2023
S = "algeria-tamanrasset-in-outoul-bus-fire-2023"
CRASH = "2023-07-19"                       # the bus (Adrar - Tamanrasset line) and a fuel-laden pick-up collided and burned at 04:15-04:18 on Wed 19 Jul 2023
art(S, "https://echaab.dz/2023/07/19/%d8%ad%d8%a7%d8%af%d8%ab-%d8%a7%d9%84%d9%85%d8%b1%d9%88%d8%b1-%d8%aa%d9%85%d9%86%d8%b1%d8%a7%d8%b3%d8%aa-%d8%a5%d8%ac%d9%84%d8%a7%d8%a1-%d8%b6%d8%ad%d8%a7%d9%8a%d8%a7-%d8%a5%d9%84%d9%89-%d9%85%d8%b3",
    CRASH, "the page's address carries the date /2023/07/19/; the body's 'اليوم الأربعاء' and 'فجر هذا الأربعاء 19 جويلية 2023' agree (19 Jul 2023 was a Wednesday); headline written from the truncated URL slug ('حادث المرور تمنراست إجلاء ضحايا إلى مس...') and the body; the last, truncated sentence of the stored excerpt shortened", True, """
حادث المرور بتمنراست: إجلاء المصابين إلى مستشفى زرالدة
أعطى وزير الصحة عبد الحق سايحي أوامره بنقل المصابين بحروق بليغة في حادث المرور الذي شهدته تمنراست إلى مستشفى زرالدة المختص في الحروق الكبرى لتلقي العلاج.
وذكرت الوزارة في بيان، اليوم الأربعاء، أنه "إثر حادث المرور الذي وقع فجر هذا الأربعاء 19 جويلية 2023 على الطريق الوطني رقم 1، والمتمثل في تصادم أعقبه حريق بين مركبة نفعية وحافلة لنقل الركاب تشتغل على الخط بين ولايتي أدرار وتمنراست، وخلّف 34 قتيلا و12 جريحا، توجه وزير الصحة عبد الحق سايحي على عجل صباح اليوم إلى ولاية تمنراست للوقوف على الوضع واتخاذ جميع الإجراءات الضرورية للتكفل بالجرحى وبأسر الضحايا".
وأشار البيان نفسه إلى أن الوزير سيتابع عن كثب عمليات الإسعاف الأولي المقدمة للجرحى، على أن يُنقل المصابون بحروق خطيرة إلى مستشفى زرالدة.
كما سيجتمع الوزير بأسر الضحايا ليقدم لهم تعازيه ويواسيهم في مصابهم.
ويذكر أن حادث مرور خطيرا في ولاية تمنراست أودى بحياة 34 شخصا حرقا وأصاب 12 آخرين، وقد تدخلت فرق الحماية المدنية على الساعة 04سا15د إثر حادث مرور تبعه حريق على مستوى الطريق ذاته.
""", [
    ev("bus-crash", "إثر حادث المرور الذي وقع فجر هذا الأربعاء 19 جويلية 2023", CRASH, "'فجر هذا الأربعاء 19 جويلية 2023' = Wed 19 Jul 2023"),
    ev("zeralda-evacuation-order", "أعطى وزير الصحة عبد الحق سايحي أوامره بنقل المصابين", CRASH, "no own expression; the order was given in the ministry's statement of Wed 19 Jul 2023 ('اليوم الأربعاء')"),
    ev("health-ministry-statement", "وذكرت الوزارة في بيان، اليوم الأربعاء", CRASH, "'اليوم الأربعاء' = Wed 19 Jul 2023"),
    ev("saihi-travels-to-tamanrasset", "توجه وزير الصحة عبد الحق سايحي على عجل صباح اليوم إلى ولاية تمنراست", CRASH, "'صباح اليوم' in the statement of Wed 19 Jul 2023"),
    ev("saihi-meets-families", "كما سيجتمع الوزير بأسر الضحايا", CRASH, "no own expression; announced for the minister's visit of Wed 19 Jul 2023 (radioalgerie of that day: he met the families)"),
    ev("civil-protection-intervention", "وقد تدخلت فرق الحماية المدنية على الساعة 04سا15د", CRASH, "no own day; '04سا15د' at dawn of the crash, Wed 19 Jul 2023"),
])
art(S, "https://ultraalgeria.ultrasawt.com/%D8%A7%D9%84%D9%86%D9%8A%D8%A7%D8%A8%D8%A9-%D8%A7%D9%84%D8%B9%D8%A7%D9%85%D8%A9-%D8%AA%D9%81%D8%AA%D8%AD-%D8%AA%D8%AD%D9%82%D9%8A%D9%82%D9%8B%D8%A7-%D9%81%D9%8A-%D8%AD%D8%A7%D8%AF%D8%AB-%D8%AA%D9%85%D9%86%D8%B1%D8%A7%D8%B3%D8%AA-%D8%A7%D9%84%D9%85%D8%A3%D8%B3%D8%A7%D9%88%D9%8A/%D8%A7%D9%84%D8%AA%D8%B1%D8%A7-%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1",
    CRASH, "date line '19-يوليو-2023' above the headline on the page (not kept in the text); the photo caption and the interposed related-link line ('وزارة الصحة تقرّر نقل المصابين...') dropped; headline kept from the URL slug; the last, truncated sentence of the ministry's quotation shortened", True, """
النيابة العامة تفتح تحقيقا في حادث تمنراست المأساوي
أصدرت النيابة العامة لدى مجلس قضاء تمنراست، في جنوب البلاد، أمرا بفتح تحقيق في حادث المرور الذي جرى فجر الأربعاء وأسفر عن مقتل 34 شخصا.
وورد في بيان النيابة العامة أنه "تطبيقا لأحكام المادة 11 من قانون الإجراءات الجزائية، تحيط النيابة العامة لدى مجلس قضاء تمنراست الرأي العام علما بأنه بتاريخ 19/7/2023 وقع حادث مرور مميت بقرية أوتول، الواقعة على بعد نحو 20 كلم من مدينة تمنراست، نتيجة اصطدام مباشر بين حافلة لنقل الركاب قادمة من ولاية أدرار نحو تمنراست ومركبة نفعية محملة بالوقود كانت تسير في الاتجاه المقابل، ما أدى إلى اشتعال النار في المركبتين".
وأضاف المصدر أن النائب العام لدى مجلس قضاء تمنراست انتقل إلى موقع الحادث وأمر بفتح تحقيق في القضية.
ووصل وزير الصحة عبد الحق سايحي، مرفوقا بوزيرة التضامن الوطني والأسرة وقضايا المرأة كوثر كريكو، إلى ولاية تمنراست للاطلاع على الوضع واتخاذ جميع الإجراءات الكفيلة بالتكفل بالجرحى وبأسر ضحايا الحادث.
وبيّنت وزارة الصحة في بيان أن "الوزير سايحي سيشرف على سير عمليات الإسعافات الأولية المقدمة للجرحى".
""", [
    ev("investigation-opened", "أصدرت النيابة العامة لدى مجلس قضاء تمنراست", CRASH, "no own expression; the order of the day of the crash, Wed 19 Jul 2023 (the page's date line; echaab of that day: 'أمرت النيابة العامة')"),
    ev("bus-crash", "في حادث المرور الذي جرى فجر الأربعاء", CRASH, "'فجر الأربعاء' = Wed 19 Jul 2023 (the statement's 'بتاريخ 19/7/2023')"),
    ev("prosecutor-statement", "وورد في بيان النيابة العامة", CRASH, "no own expression; the statement was issued on the day of the crash, Wed 19 Jul 2023 (the page's date line)"),
    ev("prosecutor-visits-site", "النائب العام لدى مجلس قضاء تمنراست انتقل إلى موقع الحادث", CRASH, "no own expression; on the day of the crash, Wed 19 Jul 2023 (reported that day)"),
    ev("saihi-travels-to-tamanrasset", "ووصل وزير الصحة عبد الحق سايحي، مرفوقا بوزيرة التضامن", CRASH, "no own expression; the minister flew in on the morning of Wed 19 Jul 2023 (echaab: 'صباح اليوم')"),
    ev("health-ministry-statement", "وبيّنت وزارة الصحة في بيان", CRASH, "no own expression; the ministry's statement of Wed 19 Jul 2023 (echaab: 'اليوم الأربعاء')"),
])
art(S, "https://emarat-news.ae/878288/%d9%85%d9%82%d8%aa%d9%84-%d9%88%d8%a5%d8%b5%d8%a7%d8%a8%d8%a9-%d8%a7%d9%84%d8%b9%d8%b4%d8%b1%d8%a7%d8%aa-%d9%81%d9%8a-%d8%ad%d8%a7%d8%af%d8%ab-%d8%b3%d9%8a%d8%b1-%d9%85%d8%b1%d9%88%d8%b9-%d8%a3%d9%81",
    "2023-07-20", "no date on the stored page; the body's 'أمس الأربعاء' for the crash of Wed 19 Jul 2023 gives Thu 20 Jul 2023 (20 Jul 2023 was a Thursday), and the report carries only the news of 19 Jul (three injured discharged, Tebboune's condolences from China); the by-line 'متابعة – نغم حسن' dropped; headline written from the truncated URL slug ('مقتل وإصابة العشرات في حادث سير مروع أف...')", False, """
مقتل وإصابة العشرات في حادث سير مروع بجنوب الجزائر
لقي 34 شخصا على الأقل حتفهم وأصيب 12 آخرون بجروح أمس الأربعاء في حادث سير مروع وقع بالقرب من تمنراست في أقصى الجنوب الجزائري.
ووقع الحادث الأليم جراء تصادم حافلة لنقل المسافرين، كانت في رحلة بين أدرار وتمنراست، مع شاحنة صغيرة، أعقبه اندلاع حريق.
وصرح عبد القادر، مدير المستشفى العمومي مصباح بغداد، لوكالة الأنباء الجزائرية بأن ثلاثة من الجرحى الاثني عشر الذين كانوا يعالَجون في المستشفى غادروه بعد أن "حصلوا على الرعاية اللازمة"، موضحا أن التسعة الباقين يعانون حروقا "متفاوتة الدرجات".
وعبّر الرئيس الجزائري عبد المجيد تبون، الموجود في زيارة رسمية إلى الصين منذ الاثنين، عن "بالغ التأثر والحزن"، وقدّم "خالص التعازي والمواساة" لأسر الضحايا.
""", [
    ev("bus-crash", "لقي 34 شخصا على الأقل حتفهم وأصيب 12 آخرون بجروح أمس الأربعاء", CRASH, "'أمس الأربعاء' in an article of Thu 20 Jul 2023 = Wed 19 Jul"),
    ev("hospital-director-statement", "وصرح عبد القادر، مدير المستشفى العمومي مصباح بغداد", CRASH, "no own expression; the director's statement to APS was reported on Wed 19 Jul 2023 (ultraalgeria of that day)"),
    ev("three-injured-discharged", "ثلاثة من الجرحى الاثني عشر الذين كانوا يعالَجون في المستشفى غادروه", CRASH, "no own expression; ultraalgeria of Wed 19 Jul 2023: the three left hospital 'اليوم الأربعاء'"),
    ev("tebboune-condolences", "وعبّر الرئيس الجزائري عبد المجيد تبون", CRASH, "no own expression; the presidency's condolence message of Wed 19 Jul 2023 (sarih.dz: 'تقدم اليوم ... الذي وقع اليوم الأربعاء')"),
    ev("tebboune-china-visit", "الموجود في زيارة رسمية إلى الصين منذ الاثنين", "2023-07-17", "'منذ الاثنين' from Thu 20 Jul 2023 = since Mon 17 Jul; the visit was still under way (my span Mon 17 - Thu 20 Jul)", end="2023-07-21"),
])

# ---------------------------------------------------------------- algeria-in-salah-shale-gas-riots-2015
S = "algeria-in-salah-shale-gas-riots-2015"
RIOTS = "2015-03-01"                       # riots in In Salah on Sun 1 Mar 2015; the interior ministry's statement of the same day
art(S, "https://djazairess.com/elbilad/1020567",
    RIOTS, "no date line on the stored page (an El Bilad report carried by djazairess); the body's 'اليوم الأحد' and the quoted statement's 'هذا اليوم الموافق ل1 مارس 2015' give Sun 1 Mar 2015 (1 Mar 2015 was a Sunday); headline written from the body (the stored text has none)", False, """
عين صالح: إصابة 40 شرطيا وحرق مقر الدائرة في أعمال شغب
خلفت أعمال شغب قام بها شبان رافضون لعمليات استكشاف الغاز الصخري في مدينة عين صالح اليوم الأحد جرح أربعين شرطيا وإحراق مقر الدائرة، وفق بيان لوزارة الداخلية والجماعات المحلية.
وأفاد البيان بأن "مدينة عين صالح عرفت هذا اليوم الموافق ل1 مارس 2015 أحداث شغب ومساسا بالنظام العام من قبل مجموعة من الشبان المعارضين لعمليات استكشاف الغاز الصخري في المنطقة".
وتابع البيان أن "هذه الأعمال أدت للأسف إلى إصابة أربعين (40) شرطيا بجروح متفاوتة الخطورة، منهم شرطيان (02) في حالة خطيرة، إلى جانب إحراق مقر إقامة رئيس الدائرة وإشعال النار في مقر الدائرة وفي جزء من مرقد العزاب التابع للأمن الوطني وفي شاحنة (01) تابعة للمصالح نفسها".
وبحسب البيان، "مكّن تعامل مصالح الأمن المتزن والمحترف، رغم هذه الأعمال، من احتواء الوضع وإعادة الهدوء إلى البلدة".
""", [
    ev("in-salah-riots", "خلفت أعمال شغب قام بها شبان رافضون", RIOTS, "'اليوم الأحد' = Sun 1 Mar 2015 (the statement: 'هذا اليوم الموافق ل1 مارس 2015')"),
    ev("police-40-injured", "جرح أربعين شرطيا", RIOTS, "in the riots of Sun 1 Mar 2015 ('اليوم الأحد')"),
    ev("daira-burned", "وإحراق مقر الدائرة", RIOTS, "in the riots of Sun 1 Mar 2015 ('اليوم الأحد')"),
    ev("interior-ministry-statement", "وفق بيان لوزارة الداخلية والجماعات المحلية", RIOTS, "no own expression; the statement was issued the same day, Sun 1 Mar 2015 ('هذا اليوم الموافق ل1 مارس 2015')"),
    ev("calm-restored", "من احتواء الوضع وإعادة الهدوء إلى البلدة", RIOTS, "no own expression; calm came back on the day of the riots, Sun 1 Mar 2015 (stated in that day's statement)"),
])
art(S, "http://www.followmenews.com/2015/03/02/%d8%a5%d8%b5%d8%a7%d8%a8%d8%a9-40-%d8%b4%d8%b1%d8%b7%d9%8a%d8%a7-%d8%ac%d8%b2%d8%a7%d8%a6%d8%b1%d9%8a%d8%a7/",
    "2015-03-02", "the page's address carries the date /2015/03/02/ (2 Mar 2015 was a Monday); the body's 'الأحد' for the riots of Sun 1 Mar agrees; the view counter, the credit line 'المصرى اليوم' and the related links dropped; headline kept from the page", True, """
إصابة 40 شرطيا جزائريا
ذكرت وزارة الداخلية الجزائرية أن 40 شرطيا جُرحوا الأحد في مواجهات بين قوات الأمن ومحتجين على استكشاف الغاز الصخري في مدينة عين صالح الصحراوية جنوبي البلاد.
وجاء في بيان للوزارة أن «مدينة عين صالح عرفت، الأحد، أعمال شغب وإخلالا بالنظام العام نفذتها مجموعة من الشبان الرافضين لعمليات استكشاف الغاز الصخري في هذه المنطقة».
وأشار البيان إلى أن هذه المواجهات «خلّفت جروحا متفاوتة لأربعين شرطيا»، بينهم اثنان إصابتهما بليغة.
كما شهدت الصدامات «إحراق مقر إقامة رئيس الدائرة وإضرام النار في مقر الدائرة وفي جزء من مرقد العزاب التابع للأمن الوطني وفي شاحنة تابعة للمصالح نفسها».
وشددت الوزارة في بيانها على أن قوات الأمن نجحت في «احتواء الوضع وإعادة الهدوء إلى هذه البلدة».
""", [
    ev("police-40-injured", "أن 40 شرطيا جُرحوا الأحد", RIOTS, "'الأحد' in an article of Mon 2 Mar 2015 = Sun 1 Mar"),
    ev("interior-ministry-statement", "وجاء في بيان للوزارة", RIOTS, "no own expression; the statement of Sun 1 Mar 2015 (El Bilad: 'اليوم الأحد')"),
    ev("in-salah-riots", "أعمال شغب وإخلالا بالنظام العام", RIOTS, "'الأحد' = Sun 1 Mar 2015"),
    ev("daira-burned", "وإضرام النار في مقر الدائرة", RIOTS, "no own expression; during the riots of Sun 1 Mar 2015"),
    ev("calm-restored", "احتواء الوضع وإعادة الهدوء إلى هذه البلدة", RIOTS, "no own expression; the same day, Sun 1 Mar 2015 (stated in that day's statement)"),
])
art(S, "https://maghress.com/alalam/66966",
    "2015-03-03", "no date on the stored page (an Al Alam report carried by maghress); the body's 'أول أمس الأحد' for the riots of Sun 1 Mar 2015 gives Tue 3 Mar 2015 (3 Mar 2015 was a Tuesday); the quoted wire text keeps its own '(أمس الأحد)'; headline written from the body (the stored text has none); the last, truncated sentence (on gas production) dropped", False, """
عين صالح: الاحتجاجات على الغاز الصخري تتحول إلى مواجهات عنيفة
تحولت الاحتجاجات إلى انتفاضة شعبية بعدما اشتعل الوضع في مدينتي عين صالح وتمنراست الجزائريتين، إذ أعلنت وزارة الداخلية الجزائرية أن 40 شرطيا جرحوا، أول أمس الأحد، في مواجهات عنيفة بين قوات الأمن ومتظاهرين رافضين لاستكشاف الغاز الصخري في مدن الجنوب، لجأت فيها قوات الأمن إلى العنف والرصاص الحي لتفريق المحتجين الغاضبين.
وذكرت الوزارة في بيان أن "مدينة عين صالح شهدت اليوم (أمس الأحد) أعمال شغب وإخلالا بالنظام العام قامت بها مجموعة من الشبان الرافضين لعمليات استكشاف الغاز الصخري في هذه المنطقة".
وأضافت أن هذه المواجهات "تسببت في جروح متفاوتة لأربعين شرطيا"، اثنان منهم إصابتهما خطيرة.
كما جرى خلال الصدامات "إحراق مقر إقامة رئيس الدائرة وإشعال النار في مقر الدائرة وفي جزء من مرقد العزاب التابع للأمن الوطني وفي شاحنة تملكها المصالح نفسها".
وأكدت الوزارة في بيانها أن قوات الأمن استطاعت "احتواء الوضع واستعادة الهدوء في هذه البلدة".
وتتواصل المظاهرات في عين صالح منذ شهرين، وهي المدينة الصحراوية الأقرب إلى موقع حفر أول بئر تجريبية للغاز الصخري، للمطالبة بوقف الأشغال التي "تلوث المياه الجوفية" على حد قول المتظاهرين.
""", [
    ev("police-40-injured", "أن 40 شرطيا جرحوا، أول أمس الأحد", RIOTS, "'أول أمس الأحد' in an article of Tue 3 Mar 2015 = Sun 1 Mar"),
    ev("in-salah-riots", "في مواجهات عنيفة بين قوات الأمن ومتظاهرين", RIOTS, "'أول أمس الأحد' = Sun 1 Mar 2015 (the quoted statement's '(أمس الأحد)' is the wire's, written on Mon 2 Mar)"),
    ev("interior-ministry-statement", "وذكرت الوزارة في بيان", RIOTS, "no own expression; the statement of Sun 1 Mar 2015 (its 'اليوم' = the day of the riots)"),
    ev("daira-burned", "وإشعال النار في مقر الدائرة", RIOTS, "no own expression; during the riots of Sun 1 Mar 2015"),
    ev("calm-restored", "احتواء الوضع واستعادة الهدوء في هذه البلدة", RIOTS, "no own expression; the same day, Sun 1 Mar 2015 (stated in that day's statement)"),
    ev("anti-shale-protests", "وتتواصل المظاهرات في عين صالح منذ شهرين", "2015-01-01", "'منذ شهرين' from Tue 3 Mar 2015: the protest movement began at the turn of 2014/2015 (an-Nasr counted its 58th day on Sat 28 Feb) and was still going on (my span Thu 1 Jan - Tue 3 Mar 2015)", end="2015-03-04"),
])

# ---------------------------------------------------------------- algeria-ghardaia-mzab-floods-2008
S = "algeria-ghardaia-mzab-floods-2008"
FLOODS = ("2008-09-30", "2008-10-02")      # rain from Tue 30 Sep, floods of the Mzab valley on Wed 1 Oct 2008 (Eid al-Fitr in Algeria)
EID = "2008-10-01"                         # Zerhouni flew to Ghardaia on Wed 1 Oct, the first day of Eid (El Hiwar)
TOLL13 = ("2008-10-01", "2008-10-03")      # the first toll of 13 dead: after Zerhouni's visit of Wed 1 Oct, reported on Thu 2 Oct
art(S, "https://sauress.com/spa/594788",
    "2008-10-02", "no date on the stored page (an SPA wire carried by sauress; its footer '1203 ت م' gives only the hour); the body's 'اليوم الخميس' for the ministerial council gives Thu 2 Oct 2008 (2 Oct 2008 was a Thursday), and the report carries only the first toll of 13 (al-Jazirah of Fri 3 Oct has the same toll); the footer '// انتهى //' dropped; headline written from the body (the stored text has none)", False, """
مصرع 13 شخصا في فيضانات بولاية غرداية الجزائرية
توفي ثلاثة عشر جزائريا وفُقد شخص آخر جراء أمطار وفيضانات ضربت ولاية غرداية الجزائرية على مدى اليومين الماضيين، بحسب حصيلة أولية أعلنها وزير الداخلية الجزائري نور الدين زرهوني الذي زار الولاية المنكوبة واجتمع بسلطاتها المحلية لتقييم الوضع.
وأوضح زرهوني في تصريحات صحفية أن الحصيلة مرشحة للارتفاع ومن المرجح أن تكون أثقل، لافتا إلى أن المنازل التي غمرتها المياه يتراوح عددها على الأقل بين 300 و600 منزل، أغلبها في الواحات.
وأكد أن أولوية الحكومة تكمن أولا في إنقاذ المواطنين الذين ما زالت المياه تحاصرهم وتموينهم بالغذاء وإيوائهم، مبينا أن مخابز الولاية متوقفة لانعدام الغاز والكهرباء وخطوط الهاتف، في حين غمرت المياه المحلات فأتلفت مخازنها بلا شك.
وختم بأن إعادة تشغيل خطوط الهاتف وإرجاع التيار الكهربائي وإمدادات الغاز ستجري تدريجيا، مشيرا إلى إعادة فتح طرق رئيسية كانت حركة السير قد توقفت فيها.
ومن المنتظر أن يعقد مجلس وزاري جزائري اليوم الخميس لدراسة الوضع عقب الفيضانات التي اجتاحت ولاية غرداية، وتقدير حجم الخسائر والإمكانات التي تحتاجها الولاية لمواجهة الوضع والتكفل بالمنكوبين.
""", [
    ev("ghardaia-floods", "جراء أمطار وفيضانات ضربت ولاية غرداية الجزائرية على مدى اليومين الماضيين", FLOODS[0], "'على مدى اليومين الماضيين' from Thu 2 Oct 2008 = Tue 30 Sep - Wed 1 Oct (other reports: rain from Tuesday, the flood on Wednesday, the first day of Eid)", end=FLOODS[1]),
    ev("toll-13", "بحسب حصيلة أولية أعلنها وزير الداخلية الجزائري نور الدين زرهوني", TOLL13[0], "no own expression; announced after Zerhouni's visit of Wed 1 Oct and reported on Thu 2 Oct 2008 (my span Wed 1 - Thu 2 Oct)", end=TOLL13[1]),
    ev("zerhouni-visit", "الذي زار الولاية المنكوبة واجتمع بسلطاتها المحلية", EID, "no own expression; El Hiwar: his helicopter tour 'يوم الاربعاء أول أيام عيد الفطر' = Wed 1 Oct 2008"),
    ev("main-roads-reopened", "مشيرا إلى إعادة فتح طرق رئيسية", TOLL13[0], "no own expression; after the floods and before the report of Thu 2 Oct 2008 (my span Wed 1 - Thu 2 Oct)", end=TOLL13[1]),
    ev("ministerial-council", "أن يعقد مجلس وزاري جزائري اليوم الخميس", "2008-10-02", "'اليوم الخميس' = Thu 2 Oct 2008"),
])
art(S, "https://al-jazirah.com/2008/20081003/du9.htm",
    "2008-10-03", "date line on the page 'Friday 03/10/2008 ... الجمعة 04 شوال 1429 العدد 13154' (not kept in the text; 3 Oct 2008 was a Friday); the site's navigation links dropped; headline and by-line kept from the page", True, """
السيول تقتل 13 شخصا جنوب الجزائر
الجزائر - محمود أبو بكر:
قضى 13 شخصا على الأقل وتهدم قرابة 600 منزل في سيول تسببت فيها أمطار غزيرة هطلت أمس الأول على منطقة غرداية جنوب العاصمة الجزائرية.
وتهاطلت الأمطار بغزارة على المنطقة طوال نهار الأربعاء، فارتفع منسوب المياه وتشكلت السيول.
وأفادت الإذاعة الوطنية بأن 13 شخصا لقوا حتفهم، في حين عُدّ شخص واحد مفقودا وتهدم 600 منزل.
وأُنشئت خلية أزمة في غرداية، كبرى مدن الولاية التي تحمل اسمها، فيما لمّحت الإذاعة إلى إمكانية العثور على ضحايا آخرين.
""", [
    ev("ghardaia-floods", "في سيول تسببت فيها أمطار غزيرة هطلت أمس الأول", FLOODS[0], "'أمس الأول' from Fri 3 Oct 2008 = Wed 1 Oct, within the floods of Tue 30 Sep - Wed 1 Oct (SPA: 'على مدى اليومين الماضيين')", end=FLOODS[1]),
    ev("rain-all-wednesday", "وتهاطلت الأمطار بغزارة على المنطقة طوال نهار الأربعاء", EID, "'طوال نهار الأربعاء' = Wed 1 Oct 2008"),
    ev("toll-13", "وأفادت الإذاعة الوطنية بأن 13 شخصا لقوا حتفهم", TOLL13[0], "no own expression; the first toll of 13, given on Wed 1 - Thu 2 Oct 2008 (SPA of Thu 2 Oct; my span)", end=TOLL13[1]),
    ev("ghardaia-crisis-cell", "وأُنشئت خلية أزمة في غرداية", TOLL13[0], "no own expression; set up after the flood of Wed 1 Oct and before this report (my span Wed 1 - Thu 2 Oct 2008)", end=TOLL13[1]),
])
art(S, "http://archive.aawsat.com/details.asp?section=31&article=489237&issueno=10902",
    "2008-10-03", "no date line in the stored text; the address gives issue 10902 of Asharq al-Awsat, and issue 10930 is dated Fri 31 Oct 2008 on the archive, so 10902 is Fri 3 Oct 2008; the body's 'ذكرت أمس' for the radio's toll of 29, which the national radio gave on Thursday 2 Oct (buraimi copy: 'أعلنت الإذاعة الوطنية الجزائرية الخميس ... 29 قتيلا'), agrees; the 'TT' mark dropped; headline and sub-headline kept from the page; the last, truncated sentence (Zerhouni's quote) dropped", False, """
فيضانات توقع عشرات الضحايا في غرداية بجنوب الجزائر
أضرار تلحق بالمدينة المصنفة تراثا عالميا ومركز التعايش بين الإباضيين والمالكيين
عرفت عدة مدن جزائرية خلال الأيام القليلة الماضية فيضانات أوقعت عشرات الضحايا إلى جانب خسائر مادية فادحة.
واللافت أن الحصيلة الأثقل سجلت في مدينة غرداية وضواحيها بوادي المزاب، علما أن غرداية مدرجة على لائحة التراث العالمي لمنظمة «اليونيسكو»، وهي مدينة واحة يتعايش فيها منذ قرون، مع أربع بلدات مجاورة، المزابيون الإباضيون والعرب السنة المالكيون.
وأفادت الإذاعة الوطنية الجزائرية أمس بأن الفيضانات أدت إلى مقتل 29 شخصا وجرح 84 آخرين في غرداية، التي تبعد 600 كيلومتر جنوب الجزائر العاصمة.
وفي مناطق أبعد، سجل مقتل خمسة أشخاص وجرح آخرين في تلمسان (غرب البلاد) والجلفة (جنوب) والنعامة (جنوب) وتيارت (غرب).
وأوردت وكالة الأنباء الجزائرية الرسمية أن وزير الداخلية نور الدين يزيد زرهوني توجه إلى غرداية للإشراف على عمليات الإنقاذ التي تتولاها عناصر الحماية المدنية ومصالح الأمن بمساندة وحدات الجيش.
وأضافت الوكالة أن خلية أزمة أنشئت على مستوى وزارة الداخلية تضم ممثلين عن مختلف القطاعات لتنسيق عمليات الإنقاذ ومساعدة السكان.
""", [
    ev("ghardaia-floods", "الحصيلة الأثقل سجلت في مدينة غرداية وضواحيها بوادي المزاب", FLOODS[0], "'خلال الأيام القليلة الماضية' before Fri 3 Oct 2008; the Ghardaia floods of Tue 30 Sep - Wed 1 Oct (SPA, al-Jazirah)", end=FLOODS[1]),
    ev("toll-29", "وأفادت الإذاعة الوطنية الجزائرية أمس", "2008-10-02", "'أمس' from Fri 3 Oct 2008 = Thu 2 Oct (the radio's toll of 29 was given on Thursday)"),
    ev("five-dead-elsewhere", "سجل مقتل خمسة أشخاص وجرح آخرين في تلمسان", FLOODS[0], "no own expression; in the storms of the same days before the report (my span Tue 30 Sep - Thu 2 Oct 2008)", end="2008-10-03"),
    ev("zerhouni-visit", "نور الدين يزيد زرهوني توجه إلى غرداية", EID, "no own expression; El Hiwar: his tour 'يوم الاربعاء أول أيام عيد الفطر' = Wed 1 Oct 2008"),
    ev("interior-crisis-cell", "خلية أزمة أنشئت على مستوى وزارة الداخلية", EID, "no own expression; set up when Zerhouni went to Ghardaia, Wed 1 Oct 2008 (El Hiwar: 'كان وزير الداخلية قد أعلن عن إنشاء خلية أزمة'; my day)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 560
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 450-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: diplomatic incidents between Arab states: ambassadors
recalled or expelled, embassies reopened, border crossings opened or closed, visa decisions.
Stories: Morocco's recall of its ambassador to Saudi Arabia (February 2019), the resumption of Egyptian-Qatari
diplomatic relations and the reopening of the Egyptian embassy in Doha (January 2021), the reopening of the
Syrian and Tunisian embassies and Faisal Mekdad's visit to Tunis (April 2023), and Jordan's reopening of the
Jaber-Nassib border crossing with Syria (September 2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-saudi-ambassador-recall-2019
S = "morocco-saudi-ambassador-recall-2019"
AP = "2019-02-07"                          # AP's report (Moroccan officials: out of the Yemen coalition, ambassador recalled), Thu 7 Feb 2019, evening
MANSOURI = "2019-02-08"                    # the ambassador Mustapha Mansouri's statement to Le360, Fri 8 Feb 2019
RECALL = ("2019-02-05", "2019-02-08")      # the recall itself: 'منذ 3 أيام' on Fri 8 (= Tue 5) .. 'قبل يومين' on Sat 9 (= Thu 7)
ARABIYA = ("2019-01-30", "2019-02-04")     # Al Arabiya's Western Sahara report: aired Wed 30 Jan (kawalisserif) .. 'بداية شهر فبراير' (Le360 of 5 Feb), before Mon 4 Feb 03:02 (thenewkhalij)
art(S, "https://almanar.com.lb/4845909",
    "2019-02-07", "no date on the stored page; the body's 'اليوم الخميس' for the Moroccan official's statement to AP, whose report came out on the evening of Thu 7 Feb 2019 (alkhabar24 of 9 Feb: 'مساء الخميس 7 فبراير'; 7 Feb 2019 was a Thursday), so it was published on Thu 7 Feb 2019; a Russia Today copy; headline written from the body (the stored text has none)", False, """
المغرب يوقف مشاركته في عمليات التحالف باليمن ويستدعي سفيره من الرياض
أفاد مسؤول في الحكومة المغربية اليوم الخميس بأن المملكة جمّدت مشاركتها في العمليات العسكرية ضمن "التحالف العربي" الذي تتزعمه السعودية في اليمن.
وأوضح المسؤول أن المغرب لن يشارك بعد الآن في التدخلات العسكرية ولا في الاجتماعات الوزارية للائتلاف الذي تقوده الرياض.
وأشارت وكالة "أسوشيتد برس" إلى أن المسؤول المغربي امتنع عن تقديم تفاصيل إضافية، لافتة إلى أن الحكومة المغربية لم تعلن تفاصيل مشاركة قواتها في التحالف على اليمن.
وأوردت الوكالة أيضا أن الرباط استدعت سفيرها في المملكة العربية السعودية، موضحة أن التوتر بين الرباط والرياض اشتد في ظل قلق دولي من التصرفات السعودية في حرب اليمن ومن ملفات أخرى.
وصرح مسؤول مغربي آخر لـ"أسوشيتد برس" بأن استدعاء سفير المغرب لدى السعودية جاء عقب تقرير بثته قناة تلفزيونية سعودية.
(روسيا اليوم)
""", [
    ev("ap-report", "أفاد مسؤول في الحكومة المغربية اليوم الخميس", AP, "'اليوم الخميس' = Thu 7 Feb 2019, the officials' statements in AP's report of that day"),
    ev("ambassador-recall", "أن الرباط استدعت سفيرها في المملكة العربية السعودية", RECALL[0], "no own expression; the recall of Mustapha Mansouri, 'منذ 3 أيام' in his statement of Fri 8 Feb (= Tue 5) and reported by AP on Thu 7 Feb 2019 (my span Tue 5 - Thu 7 Feb)", end=RECALL[1]),
    ev("alarabiya-report", "عقب تقرير بثته قناة تلفزيونية سعودية", ARABIYA[0], "no own expression; Al Arabiya's report on the Sahara, aired between Wed 30 Jan and the first days of February 2019 (my span 30 Jan - 3 Feb)", end=ARABIYA[1]),
])
art(S, "https://baghdadtoday.news/74407-.html",
    "2019-02-08", "date line on the page '8-02-2019, 06:10'; the body's 'الجمعة 08 شباط 2019' for the ambassador's statement agrees; the site's ticker and 'بغداد اليوم/ متابعة' dropped; headline kept from the page; the last sentence, cut off in the stored excerpt, shortened", True, """
السفير المغربي بالرياض يكشف سبب استدعائه من قبل حكومة بلاده
أوضح سفير المغرب لدى السعودية، مصطفى المنصوري، الجمعة 08 شباط 2019، سبب استدعائه من جانب الرباط، مشيرا إلى أنه يعود إلى تقرير لقناة العربية السعودية "ضد الوحدة الترابية".
وذكر المنصوري، في تصريح للصحافة، أن "بلاده استدعته من الرياض للتشاور حول العلاقات بين البلدين"، ووصف ما جرى بأنه "سحابة عابرة".
وأضاف أن "استدعاءه مرتبط بالمستجدات التي عرفتها العلاقات الثنائية في الآونة الأخيرة، ولا سيما بعد أن بثت قناة العربية السعودية تقريرا مصورا يمس الوحدة الترابية للمملكة المغربية (إقليم الصحراء)".
ونبه المنصوري إلى أنه "استدعي إلى الرباط منذ 3 أيام للتشاور بشأن هذه المستجدات"، معتبرا أن "هذا أمر مألوف في العلاقات الدبلوماسية حين تمر بها بعض السحب الباردة".
ولفت إلى أن الأمور ستعود قريبا إلى وضعها الطبيعي.
""", [
    ev("mansouri-statement", "أوضح سفير المغرب لدى السعودية، مصطفى المنصوري، الجمعة 08 شباط 2019", MANSOURI, "'الجمعة 08 شباط 2019' = Fri 8 Feb 2019"),
    ev("ambassador-recall", "استدعي إلى الرباط منذ 3 أيام", RECALL[0], "'منذ 3 أيام' from Fri 8 Feb 2019 = Tue 5 Feb; AP reported the recall on Thu 7 Feb (my span Tue 5 - Thu 7 Feb)", end=RECALL[1]),
    ev("alarabiya-report", "بعد أن بثت قناة العربية السعودية تقريرا مصورا", ARABIYA[0], "no own expression; Al Arabiya's report aired between Wed 30 Jan and the first days of February 2019 (my span 30 Jan - 3 Feb)", end=ARABIYA[1]),
])
art(S, "https://www.alkhabar24.ma/2019/02/09/%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D8%AA%D8%B3%D8%AA%D8%AF%D8%B9%D9%8A-%D8%B3%D9%81%D9%8A%D8%B1%D9%87%D8%A7-%D8%A8%D8%A7%D9%84%D8%B1%D8%A8%D8%A7%D8%B7-%D9%88%D8%AA%D8%B7%D9%84%D8%A8/",
    "2019-02-09", "date line on the page '9 فبراير 2019 - 13:09' (not kept in the text; the URL has 2019/02/09); headline kept from the page; the last sentence, cut off in the stored excerpt ('ونقلت عن مصدر وصفته بـ\"مسؤول حكوم'), shortened", True, """
السعودية تستدعي سفيرها بالرباط وتطلب منه الالتحاق بالرياض
طلبت السلطات السعودية من سفيرها في الرباط، عبد الله بن سعد الغريري، العودة إلى الرياض، بحسب ما نشره موقع قناة تيلي ماروك.
ويشار إلى أن السفير السعودي، الذي عينه الملك سلمان بن عبد العزيز آل سعود سفيرا جديدا لدى المملكة المغربية خلفا لعبد العزيز بن محيي الدين خوجة، لم يسلم بعد أوراق اعتماده إلى الملك محمد السادس.
وكانت الرباط قد استدعت سفيرها في الرياض قبل يومين، وبيّن السفير مصطفى المنصوري أن استدعاءه مرتبط بالمستجدات التي طرأت مؤخرا على العلاقات بين البلدين، خصوصا بعد أن عرضت قناة "العربية"، القريبة من دوائر الحكم في السعودية، تقريرا مصورا يمس الوحدة الترابية للمغرب، وهو ما عُدّ ردا على ظهور وزير الخارجية والتعاون الدولي ناصر بوريطة في برنامج حواري على قناة "الجزيرة" القطرية.
وأكد السفير المغربي نبأ استدعائه، مبينا أنه استدعي إلى الرباط منذ ثلاثة أيام للتشاور في هذه المستجدات.
وتأتي هذه الخطوة عقب نشر وكالة "أسوشيتيد بريس" الأمريكية خبرا، مساء الخميس 7 فبراير، تحدثت فيه عن استدعاء المغرب لسفيره في السعودية.
""", [
    ev("saudi-ambassador-recall", "طلبت السلطات السعودية من سفيرها في الرباط", "2019-02-08", "no own expression; reported on Sat 9 Feb 2019 (this page, taxinews.ma of 9 Feb: 'سارعت إلى الرد'), after Morocco's recall became public on Thu 7 - Fri 8 Feb; the day of the Saudi step itself is not given (my span Fri 8 - Sat 9 Feb)", end="2019-02-10"),
    ev("ambassador-recall", "وكانت الرباط قد استدعت سفيرها في الرياض قبل يومين", RECALL[0], "'قبل يومين' from Sat 9 Feb 2019 = Thu 7 Feb (the day of AP's report), while the ambassador's 'منذ 3 أيام' of Fri 8 gives Tue 5 (my span Tue 5 - Thu 7 Feb)", end=RECALL[1]),
    ev("alarabiya-report", "عرضت قناة \"العربية\"، القريبة من دوائر الحكم في السعودية، تقريرا مصورا", ARABIYA[0], "no own expression; Al Arabiya's report aired between Wed 30 Jan and the first days of February 2019 (my span 30 Jan - 3 Feb)", end=ARABIYA[1]),
    ev("bourita-aljazeera-interview", "ظهور وزير الخارجية والتعاون الدولي ناصر بوريطة في برنامج حواري", "2019-01-01", "no own expression; Bourita's interview on Al Jazeera ('بلا حدود') was broadcast in January 2019 ('الشهر الماضي' in marrakech24 of February; 'بعد أيام قليلة' before the Al Arabiya report); the month only", end="2019-02-01"),
    ev("mansouri-statement", "وأكد السفير المغربي نبأ استدعائه", MANSOURI, "no own expression; the ambassador's statement to Le360 of Fri 8 Feb 2019 (baghdadtoday: 'الجمعة 08 شباط 2019')"),
    ev("ap-report", "مساء الخميس 7 فبراير", AP, "'مساء الخميس 7 فبراير' = Thu 7 Feb 2019"),
])

# ---------------------------------------------------------------- egypt-qatar-relations-resumption-2021
S = "egypt-qatar-relations-resumption-2021"
RESUME = "2021-01-20"                      # Egypt and Qatar exchanged notes resuming relations, Wed 20 Jan 2021; the embassy in Doha resumed work that day
ULA = "2021-01-05"                         # the al-Ula GCC summit and declaration, Tue 5 Jan 2021
CUT = "2017-06-05"                         # Egypt (with Saudi Arabia, the UAE and Bahrain) cut ties with Qatar, Mon 5 Jun 2017
GREEK = (CUT, "2021-01-21")                # the Egyptian interests section in the Greek embassy in Doha, 5 Jun 2017 - 20 Jan 2021
art(S, "https://www.saaa25.org/%d8%a5%d8%b9%d9%84%d8%a7%d9%86-%d8%b9%d9%88%d8%af%d8%a9-%d8%a7%d9%84%d8%b9%d9%84%d8%a7%d9%82%d8%a7%d8%aa-%d8%a7%d9%84%d8%af%d8%a8%d9%84%d9%88%d9%85%d8%a7%d8%b3%d9%8a%d8%a9-%d8%a8%d9%8a%d9%86-%d9%85/",
    "2021-01-20", "date line on the page 'محمد خالد20 يناير 2021' (not kept in the text); the body's 'اليوم الأربعاء' and 'اليوم 20 يناير الجاري' agree (20 Jan 2021 was a Wednesday); a related link and the 'موضوعات تهمك' list dropped; headline kept from the page", True, """
إعلان عودة العلاقات الدبلوماسية بين مصر وقطر
أفادت وزارة الخارجية المصرية، اليوم الأربعاء، بأن القاهرة والدوحة تبادلتا مذكرتين رسميتين اتفقتا بموجبهما على استئناف العلاقات الدبلوماسية بينهما.
وذكرت الخارجية المصرية في بيان مقتضب وفاتر أنه في إطار الخطوات التنفيذية لتطبيق الالتزامات المتبادلة الواردة في بيان العلا، تبادلت جمهورية مصر العربية اليوم 20 يناير الجاري ودولة قطر مذكرتين رسميتين، اتفق البلدان بمقتضاهما على استئناف العلاقات الدبلوماسية.
وكان يوم الاثنين الماضي قد شهد إقلاع أول رحلة جوية بين مصر وقطر، سيّرتها شركة مصر للطيران بعد انقطاع استمر ثلاث سنوات ونصف السنة، إذ أقلعت طائرة الشركة التي تحمل الرقم إم إس 935 وعلى متنها 38 راكبا من مطار القاهرة الدولي متجهة إلى العاصمة القطرية الدوحة.
وأنجزت المصالحة الخليجية بين الدول الخليجية المتخاصمة ومعها مصر من جهة وقطر من جهة أخرى في القمة الأخيرة لمجلس التعاون التي انعقدت في مدينة العلا، وتزامن ذلك مع نهاية ولاية الرئيس الأمريكي دونالد ترامب، الذي شجع الدول المناوئة لقطر على المقاطعة في بدايتها ثم عاد والتزم الحياد.
""", [
    ev("mfa-statement", "أفادت وزارة الخارجية المصرية، اليوم الأربعاء", RESUME, "'اليوم الأربعاء' = Wed 20 Jan 2021"),
    ev("relations-resumed", "تبادلت جمهورية مصر العربية اليوم 20 يناير الجاري ودولة قطر مذكرتين رسميتين", RESUME, "'اليوم 20 يناير الجاري' = Wed 20 Jan 2021"),
    ev("first-flight", "إقلاع أول رحلة جوية بين مصر وقطر", "2021-01-18", "'يوم الاثنين الماضي' from Wed 20 Jan 2021 = Mon 18 Jan"),
    ev("ula-summit", "في القمة الأخيرة لمجلس التعاون التي انعقدت في مدينة العلا", ULA, "no own expression; the 41st GCC summit at al-Ula, Tue 5 Jan 2021"),
])
art(S, "https://al-ain.com/article/egypt-qater-diplomatic-embassy",
    "2021-01-20", "no date on the stored page; the body's 'اليوم الأربعاء' for the start of the embassy's work right after the announcement of Wed 20 Jan 2021 (saaa25 of 20 Jan; ksaplayers of 21 Jan: 'أمس الأربعاء'), and 'اليوم' for the end of the interests section, so it was published on Wed 20 Jan 2021; headline kept from the page; the last sentence, cut off in the stored excerpt, dropped", False, """
مصادر لـ"العين الإخبارية": السفارة المصرية بالدوحة بدأت مباشرة أعمالها
شرعت السفارة المصرية في الدوحة، اليوم الأربعاء، في مزاولة أعمالها إثر إعلان القاهرة استئناف العلاقات الدبلوماسية مع قطر.
وأفادت مصادر مصرية مطلعة "العين الإخبارية" بأنه "بعد اتفاق مصر وقطر على استئناف العلاقات الدبلوماسية، بدأت السفارة المصرية في الدوحة عملها فورا اليوم"، مبينة أن "القرار يعني الانتقال من مستوى قسم رعاية المصالح إلى مستوى السفارة".
وبيّنت المصادر أن القاهرة كانت تدير شؤونها عبر قسم لرعاية المصالح المصرية في الدوحة تحت مظلة السفارة اليونانية، عوضا عن السفارة المصرية التي أغلقت، وهو وضع ينتهي اليوم بقرار استئناف عمل السفارة.
وأوضحت المصادر أن "التمثيل الدبلوماسي يجري حاليا عبر قائم بالأعمال برتبة وزير مفوض، هو الوزير المفوض المصري أحمد سمير".
وفي 5 يونيو/حزيران 2017، طلبت القاهرة من القائم بالأعمال المصري في الدوحة العودة إلى مصر خلال 48 ساعة، إثر قرار قطع العلاقات مع قطر.
ومنذ ذلك التاريخ تتولى سفارة اليونان في الدوحة رعاية المصالح المصرية، بعدما حل قسم رعاية المصالح المصرية داخل السفارة اليونانية محل السفارة المصرية.
""", [
    ev("embassy-resumes-work", "شرعت السفارة المصرية في الدوحة، اليوم الأربعاء، في مزاولة أعمالها", RESUME, "'اليوم الأربعاء' = Wed 20 Jan 2021"),
    ev("relations-resumed", "بعد اتفاق مصر وقطر على استئناف العلاقات الدبلوماسية", RESUME, "no own expression; the exchange of notes of Wed 20 Jan 2021 (saaa25: 'اليوم 20 يناير الجاري')"),
    ev("charge-recalled-2017", "طلبت القاهرة من القائم بالأعمال المصري في الدوحة العودة إلى مصر", CUT, "'في 5 يونيو/حزيران 2017' = Mon 5 Jun 2017"),
    ev("ties-cut-2017", "إثر قرار قطع العلاقات مع قطر", CUT, "no own expression; the decision of Mon 5 Jun 2017 (the same sentence's 'في 5 يونيو/حزيران 2017')"),
    ev("greek-interests-section", "تتولى سفارة اليونان في الدوحة رعاية المصالح المصرية", GREEK[0], "'ومنذ ذلك التاريخ' = from Mon 5 Jun 2017 until the embassy resumed work on Wed 20 Jan 2021 ('ينتهي اليوم')", end=GREEK[1]),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=23131627",
    "2021-01-21", "date line on the page '1/21/2021 00:00'; the body's 'أمس الأربعاء' for the announcement of Wed 20 Jan 2021 agrees (21 Jan 2021 was a Thursday); a report relayed from al-Youm al-Sabea; headline kept from the page; 'مشاركة' dropped", True, """
الكشف عن مستوى التمثيل الدبلوماسي بين مصر وقطر بعد عودة العلاقات بين البلدين
أفادت مصادر بأن السفارة المصرية في الدوحة عادت إلى مزاولة أعمالها مباشرة بعد استئناف العلاقات الدبلوماسية بين جمهورية مصر العربية ودولة قطر.
ونقلت صحيفة "اليوم السابع" المصرية عن المصادر المطلعة تأكيدها أن "التمثيل المصري في قطر سيكون على مستوى قائم بالأعمال".
وأضافت أن الوزير المفوض المصري أحمد سمير يتولى مهامه بصفته القائم بأعمال السفارة المصرية في الدوحة، التي ظلت تعمل لمدة ثلاث سنوات ونصف تحت مظلة السفارة اليونانية في الدوحة.
وكانت وزارة الخارجية المصرية قد أعلنت في بيان، أمس الأربعاء، اتفاق مصر وقطر على استئناف العلاقات الدبلوماسية بينهما، في سياق الخطوات التنفيذية لتطبيق الالتزامات المتبادلة الواردة في بيان العلا.
وشدد بيان الخارجية المصرية على أن مصر ودولة قطر تبادلتا مذكرتين رسميتين اتفقتا بموجبهما على استئناف العلاقات الدبلوماسية بينهما.
""", [
    ev("embassy-resumes-work", "السفارة المصرية في الدوحة عادت إلى مزاولة أعمالها مباشرة", RESUME, "no own expression; the embassy resumed work on Wed 20 Jan 2021 (al-ain: 'اليوم الأربعاء')"),
    ev("greek-interests-section", "ظلت تعمل لمدة ثلاث سنوات ونصف تحت مظلة السفارة اليونانية", GREEK[0], "'لمدة ثلاث سنوات ونصف' = from the rupture of Mon 5 Jun 2017 to Wed 20 Jan 2021"),
    ev("mfa-statement", "وكانت وزارة الخارجية المصرية قد أعلنت في بيان، أمس الأربعاء", RESUME, "'أمس الأربعاء' in an article of Thu 21 Jan 2021 = Wed 20 Jan"),
    ev("relations-resumed", "تبادلتا مذكرتين رسميتين اتفقتا بموجبهما", RESUME, "no own expression; the exchange of notes of Wed 20 Jan 2021 (the statement of 'أمس الأربعاء')"),
    ev("ula-summit", "الالتزامات المتبادلة الواردة في بيان العلا", ULA, "no own expression; the al-Ula declaration of Tue 5 Jan 2021"),
])

# ---------------------------------------------------------------- tunisia-syria-embassies-reopening-2023
S = "tunisia-syria-embassies-reopening-2023"
JOINT = "2023-04-12"                       # the joint Syrian-Tunisian statement: Syria reopens its embassy in Tunis, Wed 12 Apr 2023
SAIED = "2023-04-03"                       # Kais Saied ordered the appointment of an ambassador to Damascus, Mon 3 Apr 2023
CUT12 = "2012-02-04"                       # Tunisia broke off relations with Damascus (expelled the Syrian ambassador), Sat 4 Feb 2012
VISIT = ("2023-04-17", "2023-04-20")       # Mekdad's working visit to Tunisia, Mon 17 - Wed 19 Apr 2023
ALGERIA = ("2023-04-15", "2023-04-18")     # Mekdad's three-day visit to Algeria before Tunis, Sat 15 - Mon 17 Apr 2023
art(S, "https://dailysabah.com/arabic/arab-world/2023/04/12/تونس-تعين-سفيراً-في-دمشق-وتعيد-فتح-سفارتها",
    "2023-04-12", "date line on the page 'نشر في 12.04.2023 14:38' (not kept in the text); byline and photo caption dropped; headline kept from the page; one sentence on the February 2023 earthquake and the Saudi-Iranian rapprochement dropped (background of a forbidden story), and the last sentence, cut off in the stored excerpt, dropped", True, """
تونس تعين سفيراً في دمشق وتعيد فتح سفارتها
أعادت الحكومة التونسية افتتاح سفارتها في دمشق إثر تسمية سفير جديد لها هناك، بحسب ما أوردته وكالة أنباء النظام السوري (سانا).
وأصبحت تونس آخر دولة عربية تستأنف علاقاتها الدبلوماسية مع النظام السوري، بعد قطع العلاقات قبل عقد من الزمان.
ونقلت سانا عن بيان مشترك لوزارتي خارجية البلدين أن قرار الرئيس التونسي قيس سعيد تعيين سفير جديد "لقي موافقة حكومة دمشق وتجاوبا بالمثل".
ويمثل هذا الإعلان أحدث خطوة ضمن توجه إقليمي إلى التقارب مع النظام السوري، الذي عاش عزلة عربية ودولية بسبب قمعه الثورة التي اندلعت ضده سنة 2011 وتحولت إلى حرب مدمرة بالوكالة.
وكانت الحكومات العربية قد قاطعت سوريا بعد الحملة القمعية الوحشية التي شنها بشار الأسد على المتظاهرين المدنيين في انتفاضة تحولت لاحقا إلى حرب أهلية بدأت عام 2011.
وبلغ تدهور العلاقات أوجه مع طرد سوريا من جامعة الدول العربية وإغلاق تونس سفارتها في دمشق عام 2012.
""", [
    ev("tunisia-reopens-embassy", "أعادت الحكومة التونسية افتتاح سفارتها في دمشق", JOINT, "no own expression; announced in the joint statement of Wed 12 Apr 2023 (the date line, eljisser/Reuters: 'يوم الأربعاء')"),
    ev("ties-cut-2012", "بعد قطع العلاقات قبل عقد من الزمان", CUT12, "'قبل عقد من الزمان' = 2012; Tunisia broke off relations on Sat 4 Feb 2012 (alresalah: 'منذ 4 فبراير/ شباط 2012'; syria.tv: 'في شباط 2012')"),
    ev("joint-statement", "ونقلت سانا عن بيان مشترك لوزارتي خارجية البلدين", JOINT, "no own expression; the joint statement of Wed 12 Apr 2023 (ksaplayers: 'اليوم (الأربعاء)'; alepponews: 'الأربعاء الفائت')"),
    ev("saied-ambassador-decision", "قرار الرئيس التونسي قيس سعيد تعيين سفير جديد", SAIED, "no own expression; Saied's instruction of Mon 3 Apr 2023 (alresalah: 'في 3 أبريل/نيسان الجاري أمر الرئيس سعيد بتعيين سفير')"),
    ev("arab-league-suspension", "طرد سوريا من جامعة الدول العربية", "2011-11-12", "no own expression; the Arab League's decision of Sat 12 Nov 2011 to suspend Syria, in force from Wed 16 Nov 2011 (my span 12 - 16 Nov)", end="2011-11-17"),
])
art(S, "https://midline-news.net/%D9%81%D9%8A%D8%B5%D9%84-%D8%A7%D9%84%D9%85%D9%82%D8%AF%D8%A7%D8%AF-%D8%AA%D9%88%D9%86%D8%B3/",
    "2023-04-16", "no date on the stored page; the body's 'في بيان نشرته اليوم الأحد' for the Tunisian ministry's statement and 'غداً الإثنين' for the arrival of Mon 17 Apr 2023 (syria.tv of 18 Apr: arrival 'ليل الإثنين'; 16 Apr 2023 was a Sunday), so it was published on Sun 16 Apr 2023; the 'إقرأ أيضاً' link and a sub-heading dropped; headline kept from the page; the last sentence, cut off in the stored excerpt, dropped", False, """
بعد السعودية والجزائر.. المقداد يتوجه إلى تونس في زيارة رسمية
أفادت وزارة الخارجية التونسية بأن وزير الخارجية السوري "فيصل المقداد" سيحل بتونس غداً الإثنين في زيارة رسمية، تلبية لدعوة من نظيره التونسي.
وذكرت الخارجية التونسية، في بيان نشرته اليوم الأحد على حسابها الرسمي في فيسبوك، أن وزير الشؤون الخارجية والهجرة التونسي نبيل عمار دعا نظيره السوري "فيصل المقداد" إلى زيارة عمل في تونس خلال الفترة ما بين 17- 19 نيسان الجاري.
وبحسب بيان الوزارة، تأتي الزيارة "ترسيخاً لروابط الأخوة العريقة بين البلدين الشقيقين، وحرصاً على إعادة العلاقات الثنائية إلى مسارها الطبيعي، إثر تعيين سفير للجمهورية التونسية لدى سوريا وقرار الحكومة السورية إعادة فتح السفارة السورية بتونس وتعيين سفير على رأسها، بما يخدم مصلحة الشعبين الشقيقين".
وكانت صحيفة "الوطن" المحلية قد ذكرت في وقت سابق أن "المقداد" سيجري في الجزائر محادثات "تتناول تعزيز التعاون الثنائي في شتى المجالات، إلى جانب التطورات السياسية على الساحة العربية، إذ تتولى الجزائر حالياً رئاسة القمة العربية".
""", [
    ev("mekdad-arrival", "سيحل بتونس غداً الإثنين", VISIT[0], "'غداً الإثنين' from Sun 16 Apr 2023 = Mon 17 Apr"),
    ev("visit-announcement", "في بيان نشرته اليوم الأحد", "2023-04-16", "'اليوم الأحد' = Sun 16 Apr 2023"),
    ev("mekdad-visit", "إلى زيارة عمل في تونس خلال الفترة ما بين 17- 19 نيسان الجاري", VISIT[0], "'ما بين 17- 19 نيسان الجاري' = Mon 17 - Wed 19 Apr 2023", end=VISIT[1]),
    ev("saied-ambassador-decision", "إثر تعيين سفير للجمهورية التونسية لدى سوريا", SAIED, "no own expression; Saied's instruction of Mon 3 Apr 2023 to appoint an ambassador to Damascus (alresalah: 'في 3 أبريل/نيسان الجاري')"),
    ev("joint-statement", "وقرار الحكومة السورية إعادة فتح السفارة السورية بتونس", JOINT, "no own expression; announced in the joint statement of Wed 12 Apr 2023"),
    ev("mekdad-algeria-visit", "سيجري في الجزائر محادثات", ALGERIA[0], "no own expression; Mekdad's three-day visit to Algeria before Tunis (syria.tv of 16 Apr: 'أمس السبت'; syria.tv of 18 Apr: 'زارها لمدة 3 أيام'), my span Sat 15 - Mon 17 Apr 2023", end=ALGERIA[1]),
])
art(S, "https://www.syria.tv/%D9%81%D9%8A%D8%B5%D9%84-%D8%A7%D9%84%D9%85%D9%82%D8%AF%D8%A7%D8%AF-%D9%8A%D8%B5%D9%84-%D8%A5%D9%84%D9%89-%D8%AA%D9%88%D9%86%D8%B3-%D9%84%D8%A3%D9%88%D9%84-%D9%85%D8%B1%D8%A9-%D9%85%D9%86%D8%B0-%D8%A7%D9%86%D9%82%D8%B7%D8%A7%D8%B9-%D8%A7%D9%84%D8%B9%D9%84%D8%A7%D9%82%D8%A7%D8%AA-%D9%85%D8%B9-%D8%A7%D9%84%D9%86%D8%B8%D8%A7%D9%85-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A",
    "2023-04-18", "date line on the page '2023.04.18 | 09:59 دمشق' (not kept in the text); the body's 'ليل الإثنين' for the arrival of Mon 17 Apr 2023 agrees; the photo caption, the font widget and a sub-heading dropped; headline kept from the page; the last sentence, cut off in the stored excerpt, dropped", True, """
فيصل المقداد يصل إلى تونس لأول مرة منذ انقطاع العلاقات مع النظام السوري
أعلنت الخارجية التونسية، ليل الإثنين، أن وزير خارجية النظام السوري فيصل المقداد وصل إلى البلاد في زيارة عمل تستمر 3 أيام، وهي الأولى من نوعها منذ أكثر من عقد.
وجاء الإعلان في بيان قصير نشرته الوزارة على صفحتها في فيسبوك، مرفقا بصور يظهر فيها وزير الخارجية التونسي نبيل عمّار إلى جانب المقداد.
وأوضحت الوزارة أن وزير الشؤون الخارجية والهجرة والتونسيين بالخارج نبيل عمّار استقبل فيصل المقداد، الذي يقوم بزيارة عمل إلى البلاد خلال الفترة من 17 إلى 19 نيسان 2023.
وتعد زيارة المقداد أول زيارة لمسؤول في النظام السوري إلى تونس منذ قطع العلاقات في شباط 2012، في إطار حراك عربي مكثف خلال الأسابيع الماضية للتطبيع مع النظام.
وكان المقداد قد وصل إلى تونس قادما من الجزائر التي زارها لمدة 3 أيام، ضمن جولة تشمل عدة دول عربية بينها تونس والعراق.
""", [
    ev("mekdad-arrival", "أن وزير خارجية النظام السوري فيصل المقداد وصل إلى البلاد", VISIT[0], "'ليل الإثنين' in an article of Tue 18 Apr 2023 = Mon 17 Apr"),
    ev("ammar-receives-mekdad", "نبيل عمّار استقبل فيصل المقداد", VISIT[0], "no own expression; the reception on his arrival, Mon 17 Apr 2023"),
    ev("mekdad-visit", "يقوم بزيارة عمل إلى البلاد خلال الفترة من 17 إلى 19 نيسان 2023", VISIT[0], "'من 17 إلى 19 نيسان 2023' = Mon 17 - Wed 19 Apr 2023", end=VISIT[1]),
    ev("ties-cut-2012", "منذ قطع العلاقات في شباط 2012", CUT12, "'في شباط 2012' = February 2012; the break of Sat 4 Feb 2012 (alresalah: 'منذ 4 فبراير/ شباط 2012')"),
    ev("mekdad-algeria-visit", "الجزائر التي زارها لمدة 3 أيام", ALGERIA[0], "'لمدة 3 أيام' ending with his arrival in Tunis on Mon 17 Apr 2023 (syria.tv of 16 Apr: in Algeria 'أمس السبت'), my span Sat 15 - Mon 17 Apr", end=ALGERIA[1]),
])

# ---------------------------------------------------------------- jordan-syria-jaber-reopening-2021
S = "jordan-syria-jaber-reopening-2021"
DECISION = "2021-09-27"                    # Jordan's interior ministry decided the reopening, Mon 27 Sep 2021
REOPEN = "2021-09-29"                      # Jaber-Nassib reopened to travellers and freight, Wed 29 Sep 2021
CLOSED = "2021-07-31"                      # Jordan closed Jaber, Sat 31 Jul 2021
DARAA = ("2021-07-29", "2021-08-01")       # the Daraa flare-up (rebel attacks on army checkpoints), from Thu 29 Jul 2021
art(S, "https://arabicpost.net/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/2021/09/27/%d8%a7%d9%84%d8%a3%d8%b1%d8%af%d9%86-%d8%b3%d9%88%d8%b1%d9%8a%d8%a7-%d9%85%d8%b9%d8%a8%d8%b1-%d8%ac%d8%a7%d8%a8%d8%b1",
    "2021-09-27", "no date line on the stored page; the body's 'الإثنين 27 سبتمبر/أيلول 2021' for the decision and 'في وقت لاحق اليوم' for the Syrian ministers' visit of that day (the URL has 2021/09/27), so it was published on Mon 27 Sep 2021; two sub-headings dropped; headline written from the body (the stored text has none); the last sentence, cut off in the stored excerpt, shortened", False, """
الأردن يقرر إعادة فتح معبر جابر الحدودي مع سوريا
اتخذ الأردن، الإثنين 27 سبتمبر/أيلول 2021، قرارا بإعادة فتح معبر جابر الحدودي مع سوريا اعتباراً من الأربعاء المقبل، بعد 57 يوماً على إغلاقه بسبب تطورات محافظة درعا.
وجاء القرار الأردني في سياق تطبيع متسارع للعلاقات بين البلدين، وقبيل زيارة منتظرة يقوم بها أربعة من وزراء النظام السوري إلى المملكة في وقت لاحق اليوم، لبحث عدد من الملفات الاقتصادية واستئناف الحركة التجارية عبر المعابر الحدودية.
وكان مسؤول في وزارة الداخلية الأردنية قد أعلن، نهاية يوليو/تموز 2021، إغلاق معبر جابر الحدودي مع سوريا مؤقتاً أمام حركة البضائع والركاب، "بسبب تطورات الأوضاع الأمنية في الجانب السوري".
وأضاف المسؤول، في تصريحات مقتضبة أوردتها وكالة الأنباء الأردنية الرسمية (بترا)، أن المعبر سيعاد فتحه "متى توفرت الظروف الملائمة لذلك"، من غير أن يحدد موعدا بعينه.
وكانت فصائل من المعارضة السورية قد شنت سلسلة هجمات بقذائف الهاون على حواجز للجيش في محافظة درعا جنوب البلاد، في أعنف موجة عنف منذ سيطرة النظام السوري على هذه المنطقة المضطربة قبل ثلاثة أعوام.
واندلعت هذه الهجمات الواسعة على حواجز القوات الحكومية قرب طريق دمشق-درعا السريع المؤدي إلى معبر نصيب الحدودي مع الأردن.
""", [
    ev("reopening-decision", "اتخذ الأردن، الإثنين 27 سبتمبر/أيلول 2021، قرارا", DECISION, "'الإثنين 27 سبتمبر/أيلول 2021' = Mon 27 Sep 2021"),
    ev("jaber-reopening", "بإعادة فتح معبر جابر الحدودي مع سوريا اعتباراً من الأربعاء المقبل", REOPEN, "'الأربعاء المقبل' from Mon 27 Sep 2021 = Wed 29 Sep"),
    ev("syrian-ministers-visit", "زيارة منتظرة يقوم بها أربعة من وزراء النظام السوري", DECISION, "'في وقت لاحق اليوم' = Mon 27 Sep 2021"),
    ev("jaber-closure", "إغلاق معبر جابر الحدودي مع سوريا مؤقتاً", CLOSED, "'نهاية يوليو/تموز 2021' = the closure of Sat 31 Jul 2021 (arabitrend: 'في 31 يوليو/ تموز الماضي')"),
    ev("daraa-attacks", "شنت سلسلة هجمات بقذائف الهاون على حواجز للجيش", DARAA[0], "no own expression; the Daraa flare-up that led to the closure, from Thu 29 Jul 2021 (my span 29 - 31 Jul)", end=DARAA[1]),
])
art(S, "http://arabic.people.com.cn/n3/2021/0930/c31662-9903047.html",
    "2021-09-29", "the body's date line 'دمشق 29 سبتمبر 2021 (شينخوا)' (kept, part of the body) and 'اليوم (الأربعاء)' (29 Sep 2021 was a Wednesday; the URL's 0930 is the next day's filing); headline written from the body (the stored text has none); the typo '(كوفيد-18)' dropped", True, """
إعادة فتح معبر نصيب الحدودي بين سوريا والأردن
دمشق 29 سبتمبر 2021 (شينخوا) أعيد اليوم (الأربعاء) افتتاح معبر نصيب الحدودي مع الأردن أمام حركة المسافرين والبضائع، سعيا إلى تنشيط الحركة التجارية والسياحية بين البلدين، وفقا للإعلام الرسمي السوري.
ونقلت وكالة الأنباء السورية الرسمية (سانا) عن رئيس مركز الهجرة والجوازات في معبر نصيب الحدودي، العقيد مازن غندور، قوله إن "مركز نصيب الحدودي أعيد افتتاحه اليوم على النحو الذي كان عليه قبل جائحة كورونا".
وتابع غندور أن "المعبر عاد إلى وضعه قبل جائحة كورونا، فهو يستقبل الحافلات والبضائع القادمة من الأردن ودول الخليج، وقد ألغي نظام التبادل الذي كان معمولا به سابقا لنقل الركاب والبضائع على الحدود بين سوريا والأردن".
وكان المعبر قد أغلق لمدة ثلاثة أعوام بسبب النزاع في سوريا، قبل أن يعيد الطرفان فتحه في منتصف أكتوبر عام 2018.
وظل المعبر، الذي يعرف بـ"معبر نصيب" من الجانب السوري و"معبر جابر" من الجانب الأردني، ينظم حركة المسافرين والترانزيت والشحن والتبادل التجاري إلى أن انتشرت جائحة كورونا وتوقف عن العمل منتصف مارس 2020، بحسب غندور.
وبعد خمسة أشهر عاد المعبر إلى العمل لاستقبال المستثمرين السوريين والأردنيين، ثم سمح بعد نحو شهرين للمقيمين في دول الخليج بالعبور ترانزيت، واستمر العمل بصورة جزئية حتى 25 من يوليو من العام الحالي.
""", [
    ev("jaber-reopening", "أعيد اليوم (الأربعاء) افتتاح معبر نصيب الحدودي مع الأردن", REOPEN, "'اليوم (الأربعاء)' = Wed 29 Sep 2021"),
    ev("back-to-back-ended", "وقد ألغي نظام التبادل", REOPEN, "no own expression; with the reopening of Wed 29 Sep 2021"),
    ev("reopened-2018", "قبل أن يعيد الطرفان فتحه في منتصف أكتوبر عام 2018", "2018-10-15", "'منتصف أكتوبر عام 2018' = the reopening of Mon 15 Oct 2018"),
    ev("covid-halt", "وتوقف عن العمل منتصف مارس 2020", "2020-03-13", "'منتصف مارس 2020'; the exact day is not given (my span 13 - 20 Mar 2020)", end="2020-03-21"),
    ev("partial-work-until", "واستمر العمل بصورة جزئية حتى 25 من يوليو من العام الحالي", "2021-07-25", "'حتى 25 من يوليو من العام الحالي' = Sun 25 Jul 2021 (the end of partial work as Ghandour gives it; Jordan's closure was on Sat 31 Jul)"),
])
art(S, "https://arabitrend.com/2021/09/29/%d8%a8%d8%b9%d8%af-%d8%a5%d8%ba%d9%84%d8%a7%d9%82-60-%d9%8a%d9%88%d9%85%d8%a7-%d8%a7%d9%84%d8%a3%d8%b1%d8%af%d9%86-%d9%8a%d9%81%d8%aa%d8%ad-%d9%85%d8%b9%d8%a8%d8%b1-%d8%ac%d8%a7%d8%a8%d8%b1/",
    "2021-09-29", "no date line on the stored page; the body's 'الأربعاء' with 'صباح اليوم' for the reopening and 'الإثنين الماضي' for the decision of Mon 27 Sep 2021 give Wed 29 Sep 2021 (the URL has 2021/09/29); the site tag 'عربي تريند_' dropped; headline kept from the page; the last sentence, cut off in the stored excerpt after 'على الترتيب من', completed with 'الجانب السوري'", False, """
بعد إغلاق 60 يوما.. الأردن يفتح "معبر جابر" الحدودي مع سوريا
أعاد الأردن، الأربعاء، فتح "معبر جابر" الحدودي مع سوريا، بعد إغلاق استمر 60 يوما بسبب تطورات أمنية على الجانب السوري.
وأفيد بأن المعبر عرف حركة نشطة بمجرد إعادة فتح بوابته الرئيسية صباح اليوم، إذ عبرته عشرات المركبات في الاتجاهين.
ويأتي هذا الإجراء تنفيذا لما قررته وزارة الداخلية الأردنية، الإثنين الماضي، وفي سياق تطبيع متسارع للعلاقات بين عمان ودمشق.
وكانت الداخلية الأردنية قد أوضحت، في بيان سابق، أن إعادة فتح الحدود ستتم "وفق مصفوفة الإجراءات الفنية واللوجستية الخاصة بإعادة فتح هذا المركز أمام حركة الشحن والمسافرين".
وبيّنت أن "القرار يهدف إلى تنشيط الحركة التجارية والسياحية بين البلدين الشقيقين مع مراعاة الإجراءات الأمنية والصحية المطلوبة".
وكان الأردن قد قرر في 31 يوليو/ تموز الماضي إغلاق المعبر بسبب ما سماه "تطورات الأوضاع الأمنية في الجانب السوري"، في إشارة إلى مواجهات عنيفة جرت آنذاك قرب المعبر بين قوات المعارضة السورية وقوات النظام في محافظة درعا.
ويرتبط الأردن وسوريا بمعبرين حدوديين رئيسيين هما "الرمثا" و"جابر" من الجانب الأردني، ويقابلهما "الجمرك القديم" و"نصيب" على الترتيب من الجانب السوري.
""", [
    ev("jaber-reopening", "أعاد الأردن، الأربعاء، فتح \"معبر جابر\" الحدودي مع سوريا", REOPEN, "'الأربعاء' = Wed 29 Sep 2021"),
    ev("first-crossings", "عبرته عشرات المركبات في الاتجاهين", REOPEN, "'صباح اليوم' = the morning of Wed 29 Sep 2021"),
    ev("reopening-decision", "لما قررته وزارة الداخلية الأردنية، الإثنين الماضي", DECISION, "'الإثنين الماضي' from Wed 29 Sep 2021 = Mon 27 Sep"),
    ev("jaber-closure", "قد قرر في 31 يوليو/ تموز الماضي إغلاق المعبر", CLOSED, "'في 31 يوليو/ تموز الماضي' = Sat 31 Jul 2021"),
    ev("daraa-attacks", "مواجهات عنيفة جرت آنذاك قرب المعبر", DARAA[0], "'آنذاك' = at the time of the closure of Sat 31 Jul 2021; the Daraa flare-up from Thu 29 Jul (my span 29 - 31 Jul)", end=DARAA[1]),
    ev("closure-period", "بعد إغلاق استمر 60 يوما", CLOSED, "'60 يوما' = the closure from Sat 31 Jul to Tue 28 Sep 2021, before the reopening of Wed 29 Sep", end=REOPEN),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 450
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

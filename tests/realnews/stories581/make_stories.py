"""Builds stories.jsonl: the 581-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: boats capsizing and sea rescues of migrants or fishermen
off Libya, Tunisia, Lebanon, Mauritania or Yemen.
Stories: the migrant boat that sank off al-Mokha / Bab al-Mandab (Yemen, November 2023), the UNIFIL rescue of
the drifting Mounieh boat bound for Cyprus (Lebanon, September 2020), and the rubber boat from al-Zawiya that
capsized north of Zuwara (Libya, February 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- yemen-mokha-migrant-boat-2023
S = "yemen-mokha-migrant-boat-2023"
SINK = "2023-11-12"                        # the boat sank off al-Mokha (Bab al-Mandab) on Sun 12 Nov 2023; 26 rescued that day
IOM = ("2023-11-15", "2023-11-17")         # the IOM statement on 64 missing: released Wed 15 or Thu 16 Nov 2023
art(S, "https://waradana.com/article/49656-%D8%A5%D9%86%D9%82%D8%A7%D8%B0-26-%D9%85%D9%87%D8%A7%D8%AC%D8%B1%D8%A7-%D8%A3%D9%81%D8%B1%D9%8A%D9%82%D9%8A%D8%A7-%D9%88%D9%81%D9%82%D8%AF%D8%A7%D9%86-31-%D9%81%D9%8A-%D8%BA%D8%B1%D9%82-%D9%82%D8%A7%D8%B1%D8%A8-%D9%82%D8%A8%D8%A7%D9%84%D8%A9-%D8%A7%D9%84%D9%8A%D9%85%D9%86",
    "2023-11-12", "no date line or stamp on the stored page; a Reuters report whose 'اليوم الأحد' names the day of the coast guard's statement, Sun 12 Nov 2023 (12 Nov 2023 was a Sunday; the al-Ittihad report of Tue 14 Nov says 'مساء أمس الأول', the IOM says 'يوم الأحد (12/11)'); the section tag, the 'رويترز' credit and the 'يقرأون الآن' box dropped; headline kept from the page", False, """
إنقاذ 26 مهاجرا أفريقيا وفقدان 31 في غرق قارب قبالة اليمن
أفادت قوات خفر السواحل اليمنية اليوم الأحد بأن قاربا يقل مهاجرين غير نظاميين قادمين من القرن الأفريقي غرق في المياه المقابلة لميناء المخا في جنوب غرب اليمن على شاطئ البحر الأحمر.
وأوضحت في بيان أنها تمكنت من إنقاذ 26 من أصل 57 مهاجرا كانوا على متن القارب، بينهم نساء، في حين لا يزال 31 منهم مفقودين.
ونسب مصدر في خفر السواحل غرق القارب إلى الرياح الشديدة وعجز الربان عن التحكم فيه بين الأمواج المتلاطمة، الأمر الذي أسقط كل الركاب في البحر.
وشدد المصدر على أن أعمال البحث والإنقاذ لا تزال متواصلة حتى الآن.
""", [
    ev("coast-guard-statement", "أفادت قوات خفر السواحل اليمنية اليوم الأحد", SINK, "'اليوم الأحد' = Sun 12 Nov 2023"),
    ev("boat-sinking", "قاربا يقل مهاجرين غير نظاميين قادمين من القرن الأفريقي غرق", SINK, "no own expression; the boat sank on Sun 12 Nov 2023 (the statement of 'اليوم الأحد'; IOM: 'يوم الأحد (12/11)')"),
    ev("rescue-26", "تمكنت من إنقاذ 26 من أصل 57 مهاجرا", SINK, "no own expression; the rescue announced on Sun 12 Nov 2023 ('اليوم الأحد'; Saba/al-Ittihad: the coast guard rescued them that day)"),
    ev("search-continues", "أعمال البحث والإنقاذ لا تزال متواصلة حتى الآن", SINK, "'حتى الآن' = at the time of the statement of Sun 12 Nov 2023"),
])
art(S, "https://arabkhabar.com/a/1178341",
    "2023-11-14", "the page's stamp 'تاريخ النشر: 14th, November 2023 GMT' (an al-Ittihad report, 'عدن (الاتحاد)', carried by arabkhabar); its 'مساء أمس الأول' for the coast guard's announcement of Sun 12 Nov 2023 agrees (14 Nov 2023 was a Tuesday); the stamp, the dateline 'عدن (الاتحاد)' and the 'أخبار ذات صلة' links dropped; the last, truncated sentence shortened; headline kept from the page", True, """
غرق قارب يحمل 75 مهاجراً قبالة سواحل اليمن
غرق قارب على متنه عشرات المهاجرين غير النظاميين الوافدين من القرن الأفريقي في المياه الدولية للبحر الأحمر، في مقابل سواحل مدينة «المخا» على الساحل الغربي لليمن.
وأعلنت قوات خفر السواحل اليمنية في قطاع البحر الأحمر، مساء أمس الأول، أنها أنقذت 26 مهاجراً من جنسيات إفريقية إثر غرق قاربهم الذي كان يقل 75 مهاجراً، بينهم نساء، خاضوا رحلة بحرية محفوفة بالخطر طلباً لحياة أفضل، فيما لا يزال 49 مهاجراً مفقودين.
ونقلت وكالة الأنباء اليمنية الرسمية عن مصدر في خفر السواحل أن الرياح العاتية وفقدان قائد القارب السيطرة عليه فوق الأمواج تسببا في غرقه، فسقط جميع الركاب في الماء.
وتابع المصدر أن خفر السواحل أرسلت على عجل دوريات إضافية وغواصين إلى مكان الحادث، مؤكداً استمرار عمليات البحث والإنقاذ وتقديم الرعاية الكاملة للناجين.
وأبدى المصدر أسفه لما جرى، محذراً من أخطار الهجرة غير النظامية بحراً.
""", [
    ev("boat-sinking", "غرق قارب على متنه عشرات المهاجرين غير النظاميين", SINK, "no own expression; the sinking of Sun 12 Nov 2023 (the announcement 'مساء أمس الأول' from Tue 14 Nov)"),
    ev("coast-guard-statement", "وأعلنت قوات خفر السواحل اليمنية في قطاع البحر الأحمر، مساء أمس الأول", SINK, "'مساء أمس الأول' in an article of Tue 14 Nov 2023 = the evening of Sun 12 Nov"),
    ev("rescue-26", "أنها أنقذت 26 مهاجراً من جنسيات إفريقية", SINK, "no own expression; the rescue announced on Sun 12 Nov 2023 ('مساء أمس الأول')"),
    ev("patrols-divers-sent", "أرسلت على عجل دوريات إضافية وغواصين إلى مكان الحادث", SINK, "no own expression; sent at once after the sinking, on Sun 12 Nov 2023 (told in the statement of that day)"),
    ev("search-continues", "مؤكداً استمرار عمليات البحث والإنقاذ", SINK, "no own expression; the search still going on at the time of the statement of Sun 12 Nov 2023"),
])
art(S, "https://www.akhbaralyom.net/news_details.php?lng=arabic&sid=166850",
    "2023-11-16", "the page's stamp '2023-11-16 03:23:23 أخبار اليوم/ متابعات' = Thu 16 Nov 2023; the stamp and the credit line dropped; headline kept from the page; the last, truncated sentence ('وذكرت المنظمة') dropped", True, """
الهجرة الدولية تؤكد فقدان 64 مهاجرا قبالة سواحل اليمن نتيجة غرق قاربهم
كشفت المنظمة الدولية للهجرة عن فقدان 64 مهاجرا إثر انقلاب القارب الذي كانوا يستقلونه قبالة الساحل اليمني في مضيق باب المندب.
وذكرت المنظمة أن "أكثر من 64 شخصاً فُقدوا ويُخشى أن يكونوا قد لقوا حتفهم بعد انقلاب القارب الذي كانوا يسافرون عليه قبالة سواحل اليمن يوم الأحد (12/11)".
وبيّن فريق مصفوفة تتبع النزوح التابع للمنظمة في اليمن أن الحادث المأساوي وقع في المنطقة الواقعة بين الحجاجة وغريرة في مضيق باب المندب.
وأضاف الفريق أن القارب كان يقل نحو 90 مهاجراً، منهم 60 امرأة، وكان قادماً من سواحل جيبوتي في اتجاه اليمن.
وأشارت المنظمة إلى أن خفر السواحل اليمني نجح في إنقاذ 26 شخصاً منهم.
وعزت غرق القارب إلى الحمولة الزائدة وعطل المحرك، وقد فاقم هبوب الرياح الموسمية الشديدة الوضع سوءاً.
وفي عام 2022، أحصى مشروع المهاجرين المفقودين التابع للمنظمة 867 حالة وفاة بين المهاجرين العابرين من القرن الأفريقي إلى اليمن، منها ما لا يقل عن 795 شخصاً قضوا على الطريق بين اليمن والمملكة العربية السعودية، بحسب المنظمة.
""", [
    ev("iom-64-missing", "كشفت المنظمة الدولية للهجرة عن فقدان 64 مهاجرا", IOM[0], "no own expression; the IOM statement came out shortly before this report of Thu 16 Nov 2023 03:23 (other reports of 16 Nov: 'اليوم الخميس'); my span Wed 15 - Thu 16 Nov 2023", end=IOM[1]),
    ev("boat-sinking", "انقلاب القارب الذي كانوا يسافرون عليه قبالة سواحل اليمن يوم الأحد (12/11)", SINK, "'يوم الأحد (12/11)' = Sun 12 Nov 2023"),
    ev("rescue-26", "خفر السواحل اليمني نجح في إنقاذ 26 شخصاً منهم", SINK, "no own expression; the coast guard's rescue of Sun 12 Nov 2023 (its statement 'اليوم الأحد')"),
    ev("missing-migrants-2022", "أحصى مشروع المهاجرين المفقودين التابع للمنظمة 867 حالة وفاة", "2022-01-01", "'في عام 2022' = the year 2022", end="2023-01-01"),
])

# ---------------------------------------------------------------- lebanon-unifil-mounieh-cyprus-boat-2020
S = "lebanon-unifil-mounieh-cyprus-boat-2020"
RESCUE = "2020-09-14"                      # UNIFIL found the drifting boat and took its 36 survivors on Mon 14 Sep 2020
DEPART = ("2020-09-05", "2020-09-08")      # it had left the Mounieh shore about a week before ('طوال 8 أيام' adrift): my span 5-7 Sep
ADRIFT = ("2020-09-06", "2020-09-15")      # adrift until the rescue: my span 6-14 Sep
art(S, "https://elaph.com/Web/News/2020/09/1304830.html",
    "2020-09-14", "no date line on the stored page (the address gives only 2020/09); the body's 'الإثنين' with UNIFIL's 'صباح اليوم' for the rescue name Mon 14 Sep 2020 (14 Sep 2020 was a Monday; albayan of Tue 15 Sep: 'أمس'), so the report is of that day; the last, truncated sentence ('ويستضيف لبنان 1,5') dropped; headline written from the body (the stored text has none)", False, """
اليونيفيل تنقذ 36 شخصاً من قارب قبالة لبنان
بيروت: انتشلت قوة الأمم المتحدة لحفظ السلام في لبنان الإثنين 36 شخصاً كانوا على قارب في المياه الدولية قبالة الساحل اللبناني.
وذكرت اليونيفيل في بيان أن وحداتها البحرية "عثرت صباح اليوم على مركب خارج المياه الإقليمية اللبنانية يقل 37 شخصاً، أحدهم كان قد فارق الحياة للأسف".
وحملت سفينة اليونيفيل الركاب الـ36 إلى متنها ليتلقوا العلاج الضروري قبل أن تسلمهم إلى السلطات اللبنانية.
وبيّنت صورة وضعتها اليونيفيل على موقعها الإلكتروني عدداً من الأشخاص جالسين على سطح السفينة، بينما يحمل أحد الجنود طفلاً.
ولم تحدد القوة جنسيات من كانوا على المركب ولا وجهته، ولا ما إذا كانوا مهاجرين غير نظاميين.
وخلال الأسابيع الماضية، اعترضت السلطات اللبنانية والقبرصية عدة مرات مراكب تنقل لبنانيين وسوريين خلسة نحو قبرص، التي لا تبعد سوى 160 كيلومتراً عن الساحل اللبناني.
وكان الجيش اللبناني قد أعلن في الثامن من الشهر الحالي أنه أحبط "عملية تهريب" أشخاص إلى قبرص، وذلك بعد أربعة أيام من اعتراض السلطات القبرصية قارباً يقل لبنانيين وسوريين قبالة سواحل الجزيرة وإرغامهم على العودة.
""", [
    ev("unifil-rescue", "انتشلت قوة الأمم المتحدة لحفظ السلام في لبنان الإثنين 36 شخصاً", RESCUE, "'الإثنين' = Mon 14 Sep 2020"),
    ev("boat-located", "عثرت صباح اليوم على مركب خارج المياه الإقليمية اللبنانية", RESCUE, "'صباح اليوم' in UNIFIL's statement of Mon 14 Sep 2020"),
    ev("army-foiled-smuggling", "قد أعلن في الثامن من الشهر الحالي أنه أحبط", "2020-09-08", "'في الثامن من الشهر الحالي' from September 2020 = Tue 8 Sep 2020"),
    ev("cyprus-interception", "بعد أربعة أيام من اعتراض السلطات القبرصية قارباً", "2020-09-04", "'بعد أربعة أيام من' before Tue 8 Sep 2020 = Fri 4 Sep 2020"),
])
art(S, "https://www.albayan.ae/one-world/arabs/2020-09-15-1.3960752",
    "2020-09-15", "no date line on the stored page; the address gives 2020-09-15 (Tue 15 Sep 2020) and the body's 'أمس' for the UNIFIL rescue of Mon 14 Sep 2020 agrees; the font-size widget and the 'Email' button dropped; headline kept from the page", False, """
قوة اليونيفيل تنقذ 36 شخصاً في قارب قبالة الشواطئ اللبنانية
أنقذت قوة الأمم المتحدة لحفظ السلام في لبنان الـ«يونيفيل»، أمس، 36 شخصاً كانوا على قارب في المياه الدولية مقابل الساحل اللبناني.
وأفادت الـ«يونيفيل» في بيان بأن وحداتها البحرية اهتدت إلى مكان مركب خارج المياه الإقليمية اللبنانية يقل 37 شخصاً، وكان أحدهم قد توفي للأسف. ونقلت سفينة الـ«يونيفيل» ركاب المركب الـ36 إليها لمعالجتهم قبل تسليمهم إلى السلطات اللبنانية. وبدا في صورة نشرتها الـ«يونيفيل» على موقعها الإلكتروني عدد من الأشخاص جالسين على متن السفينة، بينما حمل أحد العناصر طفلاً.
ولم تكشف القوة جنسيات الركاب ولا وجهة المركب، ولا إن كانوا مهاجرين غير نظاميين.
وكان الجيش اللبناني قد أعلن في الثامن من الشهر الجاري إحباط «عملية تهريب» أشخاص إلى قبرص، بعد أربعة أيام من اعتراض السلطات القبرصية قارباً يحمل لبنانيين وسوريين قبالة سواحل الجزيرة وإجبارهم على العودة.
""", [
    ev("unifil-rescue", "أنقذت قوة الأمم المتحدة لحفظ السلام في لبنان الـ«يونيفيل»، أمس", RESCUE, "'أمس' from Tue 15 Sep 2020 = Mon 14 Sep"),
    ev("boat-located", "اهتدت إلى مكان مركب خارج المياه الإقليمية اللبنانية", RESCUE, "no own expression; UNIFIL located the boat on the morning of the rescue, Mon 14 Sep 2020 (elaph: 'صباح اليوم')"),
    ev("army-foiled-smuggling", "قد أعلن في الثامن من الشهر الجاري إحباط", "2020-09-08", "'في الثامن من الشهر الجاري' from September 2020 = Tue 8 Sep 2020"),
    ev("cyprus-interception", "بعد أربعة أيام من اعتراض السلطات القبرصية قارباً", "2020-09-04", "'بعد أربعة أيام من' before Tue 8 Sep 2020 = Fri 4 Sep 2020"),
])
art(S, "http://eljewahir.com/node/19620",
    "2020-09-20", "the page's stamp 'أحد, 20/09/2020 - 20:27' = Sun 20 Sep 2020 (20 Sep 2020 was a Sunday); the text is an al-Modon report written on Sat 19 Sep ('صباح اليوم السبت 19 أيلول', kept verbatim); the stamp and the sub-heading 'جثث الأطفال' dropped; the last, truncated sentence dropped; headline kept from the page", True, """
وفاة مأساوية لطفلين بعد "رحلة الموت"
لا تنفك قصص المأساة التي حلت بطرابلس لبنان تتكشف، على متن "قارب الموت" الذي أراد أن يحمل ركابه الهاربين من ساحل المنية في عكار إلى قبرص، ومنها إلى أوروبا، فراراً من المآسي اللبنانية. غير أن القارب تاه في عرض البحر طوال 8 أيام، فغرق بعض ركابه وفُقد آخرون، ومنهم أطفال ونساء.
وتواصل وحدة الإنقاذ البحري في الدفاع المدني حتى اللحظة البحث عن المفقودين في عرض البحر. وقد تمكنت صباح اليوم السبت 19 أيلول من انتشال جثة قبالة ساحل البترون تعود إلى أحد مفقودي عبارة الموت. ورجحت الأنباء الأولى أن تكون الجثة للمفقود شادي رمضان، بينما رجحت مصادر عائلة "آل محمد" في القبة أن تكون لأحد طفليها المفقودين، محمد وسفيان محمد. ثم أفادت "الوكالة الوطنية للإعلام" أن الجثة هي للطفل محمد نظير محمد البالغ من العمر 20 شهراً.
ويقول زياد البيرة، وهو قريب للعائلة، لـ "المدن": "نرجح أن الجثة لأحد أطفالنا لا لصهرنا شادي رمضان، لأن العائلة لفت الطفلين بقماش أسود حين ماتا على القارب من شدة الجوع والعطش، وهذا ما يبدو في صورة وحدة الإنقاذ البحري".
""", [
    ev("boat-departure", "أراد أن يحمل ركابه الهاربين من ساحل المنية", DEPART[0], "no own expression; the boat left about a week before the UNIFIL rescue of Mon 14 Sep 2020 ('طوال 8 أيام' adrift); my span 5-7 Sep 2020", end=DEPART[1]),
    ev("boat-adrift", "تاه في عرض البحر طوال 8 أيام", ADRIFT[0], "'طوال 8 أيام' ending with the UNIFIL rescue of Mon 14 Sep 2020; my span 6-14 Sep 2020", end=ADRIFT[1]),
    ev("body-recovered-batroun", "تمكنت صباح اليوم السبت 19 أيلول من انتشال جثة", "2020-09-19", "'صباح اليوم السبت 19 أيلول' = Sat 19 Sep 2020"),
    ev("body-identified", "أفادت \"الوكالة الوطنية للإعلام\" أن الجثة هي للطفل", "2020-09-19", "no own expression; 'ثم' after the recovery of Sat 19 Sep 2020, in the report of that day (my span 19-20 Sep, before the page's stamp)", end="2020-09-21"),
    ev("children-died-aboard", "حين ماتا على القارب من شدة الجوع والعطش", ADRIFT[0], "no own expression; while the boat was adrift, before the rescue of Mon 14 Sep 2020 (my span 6-14 Sep)", end=ADRIFT[1]),
])

# ---------------------------------------------------------------- libya-zuwara-zawiya-rubber-boat-2026
S = "libya-zuwara-zawiya-rubber-boat-2026"
DEPART_Z = "2026-02-05"                    # the rubber boat left al-Zawiya about 11 p.m. on Thu 5 Feb 2026
CAPSIZE = "2026-02-06"                     # it capsized north of Zuwara on Fri 6 Feb 2026, some six hours later
STATEMENT = "2026-02-09"                   # the IOM statement (53 dead or missing) of Mon 9 Feb 2026
AFTER = ("2026-02-06", "2026-02-10")       # the rescue of the two women and their care on landing: between the capsizing and the statement
art(S, "https://sarabic.ae/20260209/%D8%A7%D9%84%D9%85%D9%86%D8%B8%D9%85%D8%A9-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A%D8%A9-%D9%84%D9%84%D9%87%D8%AC%D8%B1%D8%A9-%D8%B1%D8%B6%D9%8A%D8%B9%D8%A7%D9%86-%D8%A8%D9%8A%D9%86-53-%D9%82%D8%AA%D9%8A%D9%84%D8%A7-%D8%A3%D9%88-%D9%85%D9%81%D9%82%D9%88%D8%AF%D8%A7-%D9%81%D9%8A-%D8%BA%D8%B1%D9%82-%D9%82%D8%A7%D8%B1%D8%A8-%D9%85%D9%87%D8%A7%D8%AC%D8%B1%D9%8A%D9%86-%D9%82%D8%A8%D8%A7%D9%84%D8%A9-%D8%B3%D9%88%D8%A7%D8%AD%D9%84-%D9%84%D9%8A%D8%A8%D9%8A%D8%A7-1110183968.html",
    "2026-02-09", "the page's date line '09.02.2026, سبوتنيك عربي' (Mon 9 Feb 2026), with 'اليوم الاثنين' in the body; the repeated address, the date line and the cut-off summary ending '...' merged into the first sentence; the last, truncated words ('بسب') dropped; headline kept from the page", True, """
المنظمة الدولية للهجرة: رضيعان بين 53 قتيلا أو مفقودا في غرق قارب مهاجرين قبالة سواحل ليبيا
أفادت المنظمة الدولية للهجرة التابعة للأمم المتحدة، اليوم الاثنين، بأن 53 مهاجرا، من بينهم رضيعان، قضوا أو فُقدوا بعد انقلاب قارب مطاطي كان على متنه 55 شخصا.
وبيّنت المنظمة أن القارب انقلب إلى الشمال من مدينة زوارة، في 6 فبراير/شباط الجاري، بعدما أبحر من مدينة الزاوية غربي ليبيا في حوالي الساعة 11 مساءً يوم 5 فبراير/شباط الجاري. ووفق ما روته الناجيتان، أخذت المياه تتسرب إلى القارب بعد نحو ست ساعات من الإبحار، فانقلب في المياه الباردة لوسط البحر المتوسط. وقدمت فرق المنظمة رعاية طبية طارئة للناجيتين حال إنزالهما إلى البر، بالتنسيق مع الجهات المختصة. وعبّرت المنظمة عن أسفها العميق لـ"هذا الحادث المميت الجديد" على طريق وسط البحر المتوسط، المصنف بين أخطر طرق الهجرة غير النظامية. ووفق بيانات المنظمة، سُجلت في يناير/كانون الثاني 2026 وحده وفاة أو فقدان 375 مهاجرا على الأقل في حوادث غرق "غير مرئية".
""", [
    ev("iom-statement", "أفادت المنظمة الدولية للهجرة التابعة للأمم المتحدة، اليوم الاثنين", STATEMENT, "'اليوم الاثنين' = Mon 9 Feb 2026"),
    ev("capsize", "أن القارب انقلب إلى الشمال من مدينة زوارة، في 6 فبراير/شباط الجاري", CAPSIZE, "'في 6 فبراير/شباط الجاري' = Fri 6 Feb 2026"),
    ev("departure-zawiya", "بعدما أبحر من مدينة الزاوية غربي ليبيا في حوالي الساعة 11 مساءً يوم 5 فبراير/شباط الجاري", DEPART_Z, "'في حوالي الساعة 11 مساءً يوم 5 فبراير/شباط الجاري' = Thu 5 Feb 2026, about 11 p.m."),
    ev("water-leak", "أخذت المياه تتسرب إلى القارب بعد نحو ست ساعات من الإبحار", CAPSIZE, "'بعد نحو ست ساعات' from about 11 p.m. on Thu 5 Feb 2026 = the early morning of Fri 6 Feb"),
    ev("survivors-care", "وقدمت فرق المنظمة رعاية طبية طارئة للناجيتين", AFTER[0], "no own expression; on the landing of the two survivors, after the capsizing of Fri 6 Feb and before the statement of Mon 9 Feb 2026 (my span 6-9 Feb)", end=AFTER[1]),
    ev("january-375-dead", "سُجلت في يناير/كانون الثاني 2026 وحده وفاة أو فقدان 375 مهاجرا", "2026-01-01", "'في يناير/كانون الثاني 2026' = the month of January 2026", end="2026-02-01"),
])
art(S, "https://essahafa.tn/2026/02/09/%d9%85%d8%b5%d8%b1%d8%b9-%d8%a7%d9%88-%d9%81%d9%82%d8%af%d8%a7%d9%86-53-%d9%85%d9%87%d8%a7%d8%ac%d8%b1%d8%a7-%d9%82%d8%a8%d8%a7%d9%84%d8%a9-%d8%a7%d9%84%d8%b3%d9%88%d8%a7%d8%ad%d9%84-%d8%a7%d9%84",
    "2026-02-09", "no date line or stamp on the stored page; the body's 'اليوم الاثنين' names the day of the IOM statement, Mon 9 Feb 2026 (9 Feb 2026 was a Monday; al-Ittihad of Tue 10 Feb: 'أمس'), and the address (/2026/02/09/) agrees; the unrelated photo caption from Rades dropped; headline kept from the page", False, """
مصرع او فقدان 53 مهاجرا قبالة السواحل الليبية
كشفت المنظمة الدولية للهجرة، اليوم الاثنين، عن هلاك أو فقدان 53 مهاجرا، بينهم رضيعان، بعد انقلاب قارب مطاطي كان يحمل 55 شخصا قبالة الساحل الليبي، ولم ينج من الحادث إلا شخصان.
وبيّنت المنظمة، في بيان رسمي، أن القارب انقلب يوم 6 فيفري إلى الشمال من مدينة زوارة الليبية، لافتة إلى أن عمليات البحث والإنقاذ التي قامت بها السلطات الليبية لم تسفر إلا عن إنقاذ امرأتين نيجيريتين. ووفق رواية الناجيتين، فقدت الأولى زوجها في الحادث، بينما قالت الثانية إنها خسرت طفليها الرضيعين في هذه الكارثة.
""", [
    ev("iom-statement", "كشفت المنظمة الدولية للهجرة، اليوم الاثنين", STATEMENT, "'اليوم الاثنين' = Mon 9 Feb 2026"),
    ev("capsize", "أن القارب انقلب يوم 6 فيفري", CAPSIZE, "'يوم 6 فيفري' = Fri 6 Feb 2026"),
    ev("two-women-rescued", "لم تسفر إلا عن إنقاذ امرأتين نيجيريتين", AFTER[0], "no own expression; the Libyan search and rescue after the capsizing of Fri 6 Feb, before the statement of Mon 9 Feb 2026 (my span 6-9 Feb)", end=AFTER[1]),
])
art(S, "https://www.aletihad.ae/news/%D8%B9%D8%B1%D8%A8%D9%8A-%D9%88%D8%AF%D9%88%D9%84%D9%8A/4643685/%D9%85%D9%82%D8%AA%D9%84-%D9%88%D9%81%D9%82%D8%AF%D8%A7%D9%86-53-%D9%85%D9%87%D8%A7%D8%AC%D8%B1%D8%A7-%D8%A5%D8%AB%D8%B1-%D8%A7%D9%86%D9%82%D9%84%D8%A7%D8%A8-%D9%82%D8%A7%D8%B1%D8%A8-%D9%82%D8%A8%D8%A7%D9%84%D8%A9-%D8%B3%D9%88%D8%A7%D8%AD%D9%84-%D9%84%D9%8A%D8%A8%D9%8A%D8%A7",
    "2026-02-10", "the page's stamp '10 فبراير 2026 01:15' = Tue 10 Feb 2026 (10 Feb 2026 was a Tuesday); its 'أمس' for the IOM statement of Mon 9 Feb agrees; the section name, photo caption, stamp and dateline 'بنغازي (الاتحاد)' dropped; headline kept from the page", True, """
مقتل وفقدان 53 مهاجراً إثر انقلاب قارب قبالة سواحل ليبيا
أعلنت المنظمة الدولية للهجرة، أمس، أن 53 شخصاً قضوا أو انقطعت أخبارهم بعد غرق قارب في البحر المتوسط قبالة الساحل الليبي، بينما نجت امرأتان.
وذكرت المنظمة أن المركب انقلب إلى الشمال من «زوارة» في ليبيا يوم الجمعة الماضي، في أحدث كارثة من هذا النوع تصيب مهاجرين يخوضون الرحلة الخطرة عبر المتوسط أملاً في بلوغ أوروبا.
وتابعت أن عملية البحث والإنقاذ التي أجرتها السلطات الليبية لم تنقذ سوى امرأتين نيجيريتين، موضحة أن «إحدى الناجيتين ذكرت أنها فقدت زوجها، في حين قالت الأخرى إنها فقدت طفليها الرضيعين في الكارثة».
وأشارت المنظمة إلى أن فرقها وفرت الرعاية الطبية الطارئة للناجيتين فور نزولهما من القارب.
ونقلت عن شهادات الناجيتين أن «القارب الذي كان يقل مهاجرين ولاجئين من جنسيات أفريقية انطلق من الزاوية في ليبيا، ثم انقلب بعد نحو 6 ساعات، إثر تسرب المياه إليه».
ودعت المنظمة إلى تعزيز التعاون الدولي في مواجهة الشبكات، وإتاحة مسارات هجرة آمنة ونظامية، للحد من المخاطر وإنقاذ الأرواح.
""", [
    ev("iom-statement", "أعلنت المنظمة الدولية للهجرة، أمس", STATEMENT, "'أمس' from Tue 10 Feb 2026 = Mon 9 Feb"),
    ev("capsize", "أن المركب انقلب إلى الشمال من «زوارة» في ليبيا يوم الجمعة الماضي", CAPSIZE, "'يوم الجمعة الماضي' from Tue 10 Feb 2026 = Fri 6 Feb"),
    ev("two-women-rescued", "لم تنقذ سوى امرأتين نيجيريتين", AFTER[0], "no own expression; after the capsizing of Fri 6 Feb, before the statement of Mon 9 Feb 2026 (my span 6-9 Feb)", end=AFTER[1]),
    ev("survivors-care", "أن فرقها وفرت الرعاية الطبية الطارئة للناجيتين", AFTER[0], "no own expression; on the survivors' landing, between Fri 6 Feb and Mon 9 Feb 2026 (my span)", end=AFTER[1]),
    ev("departure-zawiya", "انطلق من الزاوية في ليبيا", DEPART_Z, "no own expression; the departure from al-Zawiya about 11 p.m. on Thu 5 Feb 2026 (sarabic: 'يوم 5 فبراير/شباط الجاري')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 581
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

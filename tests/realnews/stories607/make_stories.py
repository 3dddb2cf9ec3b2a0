"""Builds stories.jsonl: the 607-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: Arab film festivals, music concerts and theatre seasons:
openings, awards nights and cancellations (Carthage, Cairo, El Gouna, Red Sea, Marrakech).
Stories: the postponement of the 45th Cairo International Film Festival and the second postponement of the
El Gouna Film Festival during the Gaza war (Egypt, October 2023); the awards night closing the 20th Marrakech
International Film Festival, won by Asmae El Moudir's "The Mother of All Lies" (Morocco, December 2023); the
awards night of the 4th Red Sea International Film Festival in Jeddah, won by Lotfi Achour's "Red Path"
(Saudi Arabia, December 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-cairo-gouna-festivals-postponed-gaza-2023
S = "egypt-cairo-gouna-festivals-postponed-gaza-2023"
WAR_START = "2023-10-07"                   # Hamas's attack of Sat 7 Oct 2023 and the start of the war
GOUNA_FIRST = ("2023-10-08", "2023-10-11")  # first postponement (to 27 Oct) announced by Tue 10 Oct 2023 (ET bil-Arabi report of that day)
ARAB_MUSIC = "2023-10-15"                  # the Arab Music Festival postponed by the minister on Sun 15 Oct 2023
HOSPITAL = "2023-10-17"                    # the strike on al-Ahli al-Arabi (Baptist) hospital, Tue 17 Oct 2023 evening
CAIRO_POSTPONED = "2023-10-18"             # the minister postponed the 45th Cairo festival on Wed 18 Oct 2023
GOUNA_SECOND = "2023-10-19"                # El Gouna postponed a second time, sine die, with the donation, Thu 19 Oct 2023
art(S, "https://www.60minutese-eg.com/%d8%aa%d8%a3%d8%ac%d9%8a%d9%84-%d9%85%d9%87%d8%b1%d8%ac%d8%a7%d9%86-%d8%a7%d9%84%d9%82%d8%a7%d9%87%d8%b1%d8%a9-%d8%a7%d9%84%d8%b3%d9%8a%d9%86%d9%85%d8%a7%d8%a6%d9%8a-%d8%a7%d9%84%d8%af%d9%88%d9%84/",
    "2023-10-18", "no date line on the stored page; the body's 'مساء أمس الثلاثاء' for the strike on the Baptist hospital of Tue 17 Oct 2023 gives Wed 18 Oct 2023, the day the minister postponed the Cairo festival (annahar of Thu 19: 'أعلنت أمس الأربعاء'; screendaily stamp 2023-10-18); headline kept from the page; the 'back to top' link dropped", False, """
تأجيل مهرجان القاهرة السينمائي الدولي تضامنا مع أهالي غزة
أصدرت وزيرة الثقافة الدكتورة نيفين الكيلاني قرارا بإرجاء النسخة الخامسة والأربعين من مهرجان القاهرة السينمائي الدولي، التي كان مقررا أن تنعقد في الفترة من ١٥ إلى ٢٤ نوفمبر القادم، وذلك تضامنا مع أهالي غزة.
وسيُحدَّد موعد انعقاد المهرجان في وقت لاحق.
وكانت وزيرة الثقافة قد اتخذت في وقت سابق قرارا مماثلا أرجأت به النسخة الثانية والثلاثين من مهرجان الموسيقى العربية إلى أجل غير مسمى للسبب نفسه.
واستنكر عدد كبير من النجوم والفنانين الغارة التي شنتها طائرات الاحتلال الإسرائيلي مساء أمس الثلاثاء على مستشفى المعمداني، منددين باستهداف الأبرياء والمدنيين العزل، ومطالبين المجتمع الدولي بالتدخل فورا لإنقاذ قطاع غزة من القصف الوحشي.
ومن جهة أخرى، كان الرئيس عبدالفتاح السيسي قد صرح بأنه لو طلب من المصريين الخروج رفضا لفكرة تهجير الفلسطينيين إلى سيناء ودعما لموقف الدولة المصرية لرأى العالم الملايين في الشوارع.
وقدم الرئيس السيسي خالص تعازيه في ضحايا مستشفى الأهلي المعمداني، ودعا المجتمع الدولي إلى التدخل الفوري.
وشدد الرئيس السيسي على أن الوضع الإنساني في قطاع غزة يتدهور بصورة مؤسفة وغير مسبوقة.
""", [
    ev("cairo-festival-postponed", "أصدرت وزيرة الثقافة الدكتورة نيفين الكيلاني قرارا بإرجاء النسخة الخامسة والأربعين", CAIRO_POSTPONED, "no own expression; the minister's decision of Wed 18 Oct 2023 (annahar 'أمس الأربعاء' on Thu 19), the day of this report"),
    ev("cairo-festival-planned-dates", "التي كان مقررا أن تنعقد في الفترة من ١٥ إلى ٢٤ نوفمبر القادم", "2023-11-15", "'من ١٥ إلى ٢٤ نوفمبر القادم' from Oct 2023 = 15-24 Nov 2023 (the cancelled dates)", end="2023-11-25"),
    ev("arab-music-festival-postponed", "أرجأت به النسخة الثانية والثلاثين من مهرجان الموسيقى العربية", ARAB_MUSIC, "no own expression ('في وقت سابق'); the minister postponed the 32nd Arab Music Festival on Sun 15 Oct 2023"),
    ev("baptist-hospital-strike", "الغارة التي شنتها طائرات الاحتلال الإسرائيلي مساء أمس الثلاثاء", HOSPITAL, "'مساء أمس الثلاثاء' in a report of Wed 18 Oct 2023 = Tue 17 Oct"),
    ev("sisi-millions-statement", "كان الرئيس عبدالفتاح السيسي قد صرح بأنه لو طلب من المصريين الخروج", CAIRO_POSTPONED, "no own expression; Sisi said this at his press conference with the German chancellor in Cairo on Wed 18 Oct 2023"),
])
art(S, "https://cairo24.com/1886408",
    "2023-10-19", "the page's date line 'الخميس 19/أكتوبر/2023 - 03:09 م' (19 Oct 2023 was a Thursday); the site menu, weather widget and the page-top date of a later crawl ('الإثنين 25 نوفمبر 2024') dropped; headline kept from the page; the stored excerpt ends in '2 نوفمب', completed as '2 نوفمبر 2023'", True, """
تأجيل مهرجان الجونة السينمائي تضامنًا مع أهالي غزة.. والتبرع بـ 5 ملايين جنيه لدعمهم
قررت إدارة مهرجان الجونة السينمائي إرجاء الدورة السادسة، والتبرع بخمسة ملايين جنيه لمساندة جهود الإغاثة الإنسانية لأهالي غزة، بالتعاون مع مؤسسة ساويرس للتنمية الاجتماعية والهلال الأحمر المصري.
ويعكس هذا القرار تضامن إدارة المهرجان مع الشعب الفلسطيني وتعاطفها مع أهالي غزة.
وتجدر الإشارة إلى أن مهرجان الجونة السينمائي اتخذ منذ تأسيسه مبدأ السينما من أجل الإنسانية قيمة أساسية تسهم في ترسيخ قيم التفاهم الإنساني.
وترجو إدارة المهرجان أن تنعقد الدورة السادسة في أقرب وقت بعد أن تستقر الأوضاع في الأراضي الفلسطينية.
وكانت إدارة مهرجان الجونة السينمائي قد أعلنت في وقت سابق إرجاء الدورة السادسة تضامنًا مع طوفان الأقصى، وجاء في بيانها: في ظل الاضطرابات والأحداث المؤسفة التي تمر بها المنطقة مؤخرًا، قررت إدارة المهرجان تأجيل الدورة السادسة لتقام في الفترة من 27 أكتوبر - 2 نوفمبر 2023.
""", [
    ev("gouna-second-postponement", "قررت إدارة مهرجان الجونة السينمائي إرجاء الدورة السادسة", GOUNA_SECOND, "no own expression; the decision of Thu 19 Oct 2023, the day of the date line (hawacom: 'يوم 19 تشرين الأول')"),
    ev("gouna-donation", "والتبرع بخمسة ملايين جنيه لمساندة جهود الإغاثة الإنسانية", GOUNA_SECOND, "no own expression; announced with the second postponement on Thu 19 Oct 2023"),
    ev("gouna-first-postponement", "قد أعلنت في وقت سابق إرجاء الدورة السادسة تضامنًا مع طوفان الأقصى", GOUNA_FIRST[0], "no own expression ('في وقت سابق'); the first postponement, announced after 7 Oct and reported on Tue 10 Oct 2023 (my span 8-10 Oct)", end=GOUNA_FIRST[1]),
    ev("gouna-rescheduled-dates", "لتقام في الفترة من 27 أكتوبر - 2 نوفمبر 2023", "2023-10-27", "'من 27 أكتوبر - 2 نوفمبر 2023' = 27 Oct - 2 Nov 2023 (the dates set by the first postponement)", end="2023-11-03"),
])
art(S, "https://annahar.com/arabic/section/6-فن-ومجتمع/282658/مد-تأجيل-مهرجان-الجونة-وإدارته-تتبرع-بـ-5-ملايين-جنيه-لصالح-الشعب-الفلسطيني",
    "2023-10-19", "no date line in the stored text; the body's 'أعلنت، أمس الأربعاء' for the Cairo postponement of Wed 18 Oct 2023 gives Thu 19 Oct 2023, the day El Gouna's second postponement was announced; headline kept from the URL; the last, truncated sentence (artists' posts against the occupation) dropped", False, """
مد تأجيل مهرجان الجونة وإدارته تتبرع بـ 5 ملايين جنيه لصالح الشعب الفلسطيني
قررت إدارة مهرجان الجونة السينمائي، الذي تقام فعالياته في مصر، إرجاء موعد انعقاده مرة ثانية، بسبب استمرار الأوضاع التي تعيشها الأراضي الفلسطينية حاليا والقصف الجوي الذي يشنه جيش الاحتلال الصهيوني على قطاع غزة.
ولم تحدد إدارة المهرجان موعدا جديدا، ويبدو أنها ستبقي المسألة مفتوحة تبعا لتطورات الأحداث، كما أعلنت تبرعها بمبلغ يقدر بنحو خمسة ملايين جنيه لصالح الشعب الفلسطيني الذي يكابد ويلات الحرب هذه الأيام.
وكان مقررا أن تقام الدورة السادسة من المهرجان في الثالث عشر من شهر تشرين الأول الحالي، ومع اندلاع الأحداث الأخيرة في السابع من الشهر نفسه، قررت الإدارة إرجاءها إلى يوم السابع والعشرين، على أن تحمل الفعاليات شعار "سينما من أجل الإنسانية" إبرازا لأهمية الفن عامة والسينما خاصة في تحقيق التلاقي الإنساني بين مختلف الشعوب.
وكانت وزارة الثقافة المصرية قد أعلنت، أمس الأربعاء، تأجيل فعاليات الدورة الخامسة والأربعين من مهرجان القاهرة السينمائي الدولي التي كان يفترض أن تقام في شهر تشرين الثاني المقبل، إذ أرجئت إلى أجل غير مسمى تضامنا مع الشعب الفلسطيني.
""", [
    ev("gouna-second-postponement", "إرجاء موعد انعقاده مرة ثانية", GOUNA_SECOND, "no own expression; the decision of Thu 19 Oct 2023, the day of this report (cairo24 date line)"),
    ev("gouna-donation", "كما أعلنت تبرعها بمبلغ يقدر بنحو خمسة ملايين جنيه", GOUNA_SECOND, "no own expression; announced with the second postponement on Thu 19 Oct 2023"),
    ev("gouna-planned-opening", "أن تقام الدورة السادسة من المهرجان في الثالث عشر من شهر تشرين الأول الحالي", "2023-10-13", "'في الثالث عشر من شهر تشرين الأول الحالي' = Fri 13 Oct 2023 (the original opening)"),
    ev("war-start", "ومع اندلاع الأحداث الأخيرة في السابع من الشهر نفسه", WAR_START, "'في السابع من الشهر نفسه' (October 2023) = Sat 7 Oct 2023"),
    ev("gouna-first-postponement", "قررت الإدارة إرجاءها إلى يوم السابع والعشرين", GOUNA_FIRST[0], "no own expression; the first postponement, announced after 7 Oct and reported on Tue 10 Oct 2023 (my span 8-10 Oct)", end=GOUNA_FIRST[1]),
    ev("cairo-festival-postponed", "قد أعلنت، أمس الأربعاء، تأجيل فعاليات الدورة الخامسة والأربعين", CAIRO_POSTPONED, "'أمس الأربعاء' in a report of Thu 19 Oct 2023 = Wed 18 Oct"),
])

# ---------------------------------------------------------------- morocco-marrakech-film-festival-20-awards-2023
S = "morocco-marrakech-film-festival-20-awards-2023"
CLOSING = "2023-12-02"                     # the 20th Marrakech festival closed with its awards night on Sat 2 Dec 2023
CANNES_UCR = "2023-05-26"                  # the Un Certain Regard awards at Cannes, Fri 26 May 2023
art(S, "https://ouadnountv.com/2023/12/02/%d9%83%d8%b0%d8%a8-%d8%a3%d8%a8%d9%8a%d8%b6-%d8%a7%d9%84%d9%85%d8%ba%d8%b1%d8%a8%d9%8a-%d9%8a%d9%81%d9%88%d8%b2-%d8%a8%d8%a7%d9%84%d8%ac%d8%a7%d8%a6%d8%b2%d8%a9-%d8%a7%d9%84%d9%83%d8%a8",
    "2023-12-02", "no date line in the stored text; the body's 'مساء اليوم السبت' for the closing of Sat 2 Dec 2023 and the URL path /2023/12/02/ give Sat 2 Dec 2023 (2 Dec 2023 was a Saturday); headline rendered from the URL slug, which is cut after 'الكب'; the truncated last words (the Turkish director's name) shortened", False, """
«كذب أبيض» المغربي يفوز بالجائزة الكبرى لمهرجان مراكش
أسدل المهرجان الدولي للفيلم بمراكش، مساء اليوم السبت، الستار على دورته العشرين التي تنافس فيها 14 فيلما، ومنحت لجنة التحكيم التي ترأستها الممثلة الأمريكية جيسيكا شاستين النجمة الذهبية للفيلم المغربي "كذب أبيض" للمخرجة أسماء المدير، وهي أول مرة في تاريخ المهرجان يظفر فيها فيلم مغربي بهذه الجائزة.
وكان الفيلم قد نال في ماي جائزة أفضل إخراج ضمن قسم (نظرة ما) بمهرجان كان السينمائي، كما اختاره المغرب لينافس على جائزة أوسكار أفضل فيلم دولي في الدورة السادسة والتسعين للجائزة التي تمنحها كل سنة الأكاديمية الأمريكية لفنون وعلوم السينما.
وقالت أسماء المدير بعد تسلمها النجمة الذهبية إنها سعيدة جدا بنيل أول نجمة ذهبية للمغرب، وشكرت كل من عمل في الفيلم، ثم أهدت الجائزة إلى الملك محمد السادس والأمير مولاي رشيد.
ومنحت لجنة التحكيم كذلك جائزتها مناصفة لفيلم "عصابات" للمخرج المغربي كمال الأزرق ولفيلم "باي باي طبرية" للمخرجة الفلسطينية لينا سوالم.
وعادت جائزة أفضل ممثلة إلى زارا اسيا زارا لاكومدزيا من البوسنة والهرسك عن دورها في فيلم "نزهة" للمخرجة أونا كونجاك، في حين نال الممثل التركي دوكا كاراكاس جائزة أفضل ممثل عن دوره في فيلم "المهجع".
""", [
    ev("festival-closing", "أسدل المهرجان الدولي للفيلم بمراكش، مساء اليوم السبت، الستار على دورته العشرين", CLOSING, "'مساء اليوم السبت' = Sat 2 Dec 2023"),
    ev("golden-star-white-lie", "النجمة الذهبية للفيلم المغربي \"كذب أبيض\"", CLOSING, "no own expression; given at the closing of Sat 2 Dec 2023"),
    ev("cannes-un-certain-regard-prize", "قد نال في ماي جائزة أفضل إخراج ضمن قسم (نظرة ما)", CANNES_UCR, "'في ماي' (2023): the Un Certain Regard awards were given at Cannes on Fri 26 May 2023"),
    ev("jury-prize", "ومنحت لجنة التحكيم كذلك جائزتها مناصفة", CLOSING, "no own expression; given at the closing of Sat 2 Dec 2023"),
    ev("best-actress", "وعادت جائزة أفضل ممثلة إلى زارا اسيا زارا لاكومدزيا", CLOSING, "no own expression; given at the closing of Sat 2 Dec 2023"),
    ev("best-actor", "نال الممثل التركي دوكا كاراكاس جائزة أفضل ممثل", CLOSING, "no own expression; given at the closing of Sat 2 Dec 2023"),
])
art(S, "https://maghress.com/al3omk/892366",
    "2023-12-02", "no date line in the stored text (an al3omk report carried by maghress); the body's 'مساء اليوم السبت' for the closing of Sat 2 Dec 2023 (imoumedia24: 'مساء أمس السبت 2 دجنبر 2023') gives Sat 2 Dec 2023; headline written from the body (the stored text has none); the truncated last sentence dropped", False, """
اختتام الدورة العشرين لمهرجان مراكش بتتويج «كذب أبيض» بالنجمة الذهبية
اختتمت، مساء اليوم السبت، فعاليات الدورة ال20 للمهرجان الدولي للفيلم بمراكش، بتتويج الفائزين بالجوائز الخمس للمسابقة الرسمية، في حضور عدد من نجوم السينما العالمية والمغربية.
وكشفت لجنة تحكيم المسابقة الرسمية عن أسماء المتوجين بجوائزها الخمس، إذ حاز فيلم "كذب أبيض" للمخرجة المغربية أسماء المدير جائزة النجمة الذهبية، الجائزة الكبرى للمهرجان، التي تبلغ قيمتها المالية 50.000 دولار أمريكي (نحو 500 ألف درهم مغربي) يقتسمها المخرج والمنتج بالتساوي.
وفاز بجائزة لجنة التحكيم مناصفة الفيلم المغربي "عصابات" للمخرج كمال الأزرق والفيلم الفلسطيني "باي باي طبريا" للمخرجة الفلسطينية لينا سوالم، بينما آلت جائزة أفضل إخراج إلى المخرجة السنغالية راماتا تولاي سي عن فيلم "بانيل وأداما".
وظفرت الممثلة أسيا زارا لاكومدزيا بجائزة أفضل دور نسائي عن دورها في فيلم "نزهة" للمخرجة أونا كونجاك، فيما ذهبت جائزة أفضل دور رجالي إلى الممثل دوكا كاراكاس عن دوره في فيلم "المهجع" للمخرجة التركية نهير تونا.
وتجدر الإشارة إلى أن 14 فيلما طويلا تبارت في المسابقة الرسمية للدورة 20 للمهرجان الدولي للفيلم بمراكش، عشرة منها أولى أعمال مخرجيها، وثمانية من إبداع مخرجات.
""", [
    ev("festival-closing", "اختتمت، مساء اليوم السبت، فعاليات الدورة ال20", CLOSING, "'مساء اليوم السبت' = Sat 2 Dec 2023"),
    ev("golden-star-white-lie", "حاز فيلم \"كذب أبيض\" للمخرجة المغربية أسماء المدير جائزة النجمة الذهبية", CLOSING, "no own expression; given at the closing of Sat 2 Dec 2023"),
    ev("jury-prize", "وفاز بجائزة لجنة التحكيم مناصفة", CLOSING, "no own expression; given at the closing of Sat 2 Dec 2023"),
    ev("best-director", "آلت جائزة أفضل إخراج إلى المخرجة السنغالية راماتا تولاي سي", CLOSING, "no own expression; given at the closing of Sat 2 Dec 2023"),
    ev("best-actress", "وظفرت الممثلة أسيا زارا لاكومدزيا بجائزة أفضل دور نسائي", CLOSING, "no own expression; given at the closing of Sat 2 Dec 2023"),
    ev("best-actor", "ذهبت جائزة أفضل دور رجالي إلى الممثل دوكا كاراكاس", CLOSING, "no own expression; given at the closing of Sat 2 Dec 2023"),
])
art(S, "https://imoumedia24.com/%d8%a7%d8%ae%d8%aa%d8%aa%d8%a7%d9%85-%d8%a7%d9%84%d8%af%d9%88%d8%b1%d8%a9-%d8%a7%d9%84%d9%8020-%d9%84%d9%80-%d8%a7%d9%84%d9%85%d9%87%d8%b1%d8%ac%d8%a7%d9%86-%d8%a7%d9%84%d8%af%d9%88%d9%84%d9%8a-%d9%84",
    "2023-12-03", "no date line in the stored text; the body's 'مساء أمس السبت 2 دجنبر 2023' for the closing gives Sun 3 Dec 2023; headline kept from the page; the truncated last words dropped", False, """
اختتام الدورة الـ20 لـ المهرجان الدولي للفيلم بمراكش وفيلم “كذب أبيض” يفوز بالنجمة الذهبية
حقق فيلم “كذب أبيض” نجاحا لافتا في الدورة العشرين للمهرجان الدولي للفيلم بمراكش.
وأنهى المهرجان الدولي للفيلم بمراكش، مساء أمس السبت 2 دجنبر 2023، فعاليات دورته العشرين، وشهد حفل الختام الكشف عن الفائزين بجوائز هذه الدورة أمام نخبة من النجوم العالميين والمغاربة.
وأُعلنت نتائج الدورة مباشرة بعد مرور النجوم على السجادة الحمراء، ومن بينهم المشاركون في المسابقة الرسمية وأعضاء لجنة التحكيم يتقدمهم الممثلة الأمريكية جيسيكا شاستاين، وميليتا توسكان مستشارة رئيس مؤسسة المهرجان الدولي للفيلم بمراكش، وعلي حجي المنسق العام للمهرجان، وريمي بونوم المدير الفني للمهرجان.
وحضر أيضا المشاركون في المسابقة الرسمية وعدد من الضيوف، منهم الممثل المغربي يونس ميغري والمخرج ياسين فنان وفدوى الطالب ومونية المكيمل وغيرهم.
وهكذا فاز فيلم “كذب أبيض” للمخرجة المغربية أسماء المدير بالنجمة الذهبية، الجائزة الكبرى للمهرجان الدولي للفيلم بمراكش، وهي من أهم الجوائز في المهرجانات السينمائية العالمية وتكريم للجودة والإبداع في عالم السينما.
""", [
    ev("festival-closing", "مساء أمس السبت 2 دجنبر 2023، فعاليات دورته العشرين", CLOSING, "'مساء أمس السبت 2 دجنبر 2023' = Sat 2 Dec 2023"),
    ev("closing-red-carpet", "مباشرة بعد مرور النجوم على السجادة الحمراء", CLOSING, "no own expression; the red carpet before the awards of Sat 2 Dec 2023"),
    ev("golden-star-white-lie", "فاز فيلم “كذب أبيض” للمخرجة المغربية أسماء المدير بالنجمة الذهبية", CLOSING, "no own expression; given at the closing of Sat 2 Dec 2023"),
])

# ---------------------------------------------------------------- saudi-red-sea-film-festival-4-awards-2024
S = "saudi-red-sea-film-festival-4-awards-2024"
AWARDS = "2024-12-12"                      # the Yusr awards night closing the 4th Red Sea festival in Jeddah, Thu 12 Dec 2024
OPENING = "2024-12-05"                     # the 4th edition opened on Thu 5 Dec 2024
art(S, "https://khaleejevents.com/?p=1512699",
    "2024-12-12", "the page's stamp '10:25 م الخميس 12 ديسمبر 2024' (12 Dec 2024 was a Thursday); the byline 'جدة- منى الموجي:' dropped; headline kept from the page; the truncated last words dropped", True, """
احتفل الحضور بعيد ميلاده.. تعرف على الفيلم الطويل الفائز بجائزة اليُسر الذهبية بمهرجان البحر الأحمر
كشف المخرج العالمي سبايك لي، رئيس لجنة تحكيم مسابقة الأفلام الطويلة في الدورة الرابعة من مهرجان البحر الأحمر السينمائي، عن الفيلم الطويل المتوج بجائزة اليسر الذهبي.
وأوضح أن أعضاء اللجنة وجدوا صعوبة في الاختيار بسبب تقارب مستوى الأفلام التي أكد أنها كلها عالية الجودة، ثم أعلن الفيلم الفائز: “الذراري الحمر للمخرج لطفي عاشور الذي يحتفل بعيد ميلاده اليوم”، فضجت القاعة بأغنية عيد الميلاد للمخرج.
وكان عدد كبير من نجوم الفن قد توافدوا على السجادة الحمراء، ومن أبرز الحاضرين: الإعلامية هالة سرحان، ولجين عمران، ونور النبوي، وصدقي صخر، وأسماء جلال، وأمير المصري، ودرة، وأحمد مجدي، والمخرج العالمي سبايك لي، والمنتج محمد عجمي، والمخرجة تغريد أبو الحسن، وبراء عالم، والمنتج أيمن النقيب.
ويرفع المهرجان في دورته الرابعة شعار “للسينما بيت جديد”. ويذكر أن “البحر الأحمر السينمائي” أعلن اليوم الخميس 12 ديسمبر جوائز دورته الرابعة بحضور كوكبة من نجوم الفن، وذلك بعد انطلاقه في 5 ديسمبر، إذ شهد الافتتاح عرض فيلم ضي- سيرة أهل الضي للمخرج كريم الشناوي.
""", [
    ev("golden-yusr-red-path", "عن الفيلم الطويل المتوج بجائزة اليسر الذهبي", AWARDS, "no own expression; announced at the awards night of Thu 12 Dec 2024 ('اليوم الخميس 12 ديسمبر' below)"),
    ev("achour-birthday", "الذي يحتفل بعيد ميلاده اليوم", AWARDS, "'اليوم' = the awards night, Thu 12 Dec 2024 (Achour: 'اليوم هو عيد ميلادي 12/12')"),
    ev("closing-red-carpet", "قد توافدوا على السجادة الحمراء", AWARDS, "no own expression; the red carpet of the awards night, Thu 12 Dec 2024"),
    ev("awards-night", "أعلن اليوم الخميس 12 ديسمبر جوائز دورته الرابعة", AWARDS, "'اليوم الخميس 12 ديسمبر' = Thu 12 Dec 2024"),
    ev("festival-opening", "وذلك بعد انطلاقه في 5 ديسمبر", OPENING, "'في 5 ديسمبر' (2024) = Thu 5 Dec 2024"),
])
art(S, "https://tunisnow.tn/%d8%a7%d9%84%d8%b0%d8%b1%d8%a7%d8%b1%d9%8a-%d8%a7%d9%84%d8%ad%d9%85%d8%b1-%d9%8a%d8%ad%d8%b5%d8%af-%d8%ac%d8%a7%d8%a6%d8%b2%d8%aa%d9%8a%d9%86-%d9%81%d9%8a-%d9%85%d9%87%d8%b1%d8%ac%d8%a7%d9%86",
    "2024-12-13", "no date line in the stored text; the body's 'أمس الخميس' for the awards night of Thu 12 Dec 2024 and 'التي ستنطلق غدا السبت' for the 35th Carthage Film Days (opened Sat 14 Dec 2024) give Fri 13 Dec 2024; headline rendered from the URL slug; the truncated last sentence dropped", False, """
«الذراري الحمر» يحصد جائزتين في مهرجان البحر الأحمر
نال الفيلم التونسي « الذراري الحمر » جائزة اليسر الذهبية لأفضل فيلم طويل وجائزة اليسر لأحسن إخراج التي ذهبت إلى مخرج العمل لطفي عاشور، في إطار الدورة الرابعة من مهرجان البحر الأحمر السينمائي الدولي.
وأُعلنت جوائز هذه الدورة الرابعة، التي امتدت من 5 إلى 14 ديسمبر 2024، خلال حفل اختتام أقيم أمس الخميس بجدة.
و« الذراري الحمر » (100 دقيقة) فيلم صدر في 2024، وهو إنتاج مشترك بين تونس وفرنسا وبلجيكا، كتبه وأخرجه لطفي عاشور. وتدور أحداثه في جبال مغيلة بالشمال الغربي التونسي سنة 2015، وهو مستوحى من وقائع حقيقية ويصور سياقا اجتماعيا قاسيا، إذ يروي قصة أبناء عائلة « السلطاني » من ولاية سيدي بوزيد الذين سقطوا ضحايا للإرهاب في فاجعة هزت المجتمع التونسي.
وسيشارك الفيلم في الدورة 35 من أيام قرطاج السينمائية التي ستنطلق غدا السبت، ضمن المسابقة الرسمية للأفلام الروائية الطويلة. وقد حاز هذا العمل جوائز دولية عديدة، آخرها 3 جوائز في الدورة الرابعة والعشرين من مهرجان سينما البحر الأبيض المتوسط ببروكسيل، وجائزة « بايار » الذهبية لأفضل فيلم في مهرجان الفيلم الفرنكفوني الدولي بنامور (بلجيكا).
""", [
    ev("golden-yusr-red-path", "نال الفيلم التونسي « الذراري الحمر » جائزة اليسر الذهبية", AWARDS, "no own expression; given at the awards night of Thu 12 Dec 2024 ('أمس الخميس' below)"),
    ev("festival-edition", "التي امتدت من 5 إلى 14 ديسمبر 2024", OPENING, "'من 5 إلى 14 ديسمبر 2024' = Thu 5 - Sat 14 Dec 2024", end="2024-12-15"),
    ev("awards-night", "خلال حفل اختتام أقيم أمس الخميس بجدة", AWARDS, "'أمس الخميس' in a report of Fri 13 Dec 2024 = Thu 12 Dec"),
    ev("carthage-film-days-35-opening", "التي ستنطلق غدا السبت", "2024-12-14", "'غدا السبت' from Fri 13 Dec 2024 = Sat 14 Dec 2024"),
])
art(S, "https://lens.almasryalyoum.com/news/details/3328863",
    "2024-12-14", "no date line in the stored text; the body's 'أمس الأول' for the awards night of Thu 12 Dec 2024 (khaleejevents stamp and 'اليوم الخميس 12 ديسمبر') gives Sat 14 Dec 2024; the photo captions dropped; headline written from the body (the stored text has none); the truncated last sentence (the announcement of 'Better Man') dropped", False, """
البحر الأحمر السينمائي يختتم دورته الرابعة ويكرم فيولا ديفيس وبريانكا تشوبرا
أنهى مهرجان البحر الأحمر السينمائى الدولى فعاليات دورته الرابعة بحفل ختامي مميز، أمس الأول، أعلن خلاله الفائزين بجوائز اليُسر للدورة الرابعة، وكشف عن النجوم المكرمين، ومنهم الفنانة العالمية فيولا ديفيس والفنانة والمنتجة بريانكا تشوبرا جوناس، تقديرا لمسيرتيهما الفنيتين المتميزتين وإسهاماتهما الاستثنائية في صناعة السينما.
وسلمت الكاتبة والمخرجة السعودية هناء العمير الجائزة التكريمية لديفيس، بينما تولت الفنانة سارة جيسيكا باركر تقديم الجائزة لبريانكا تشوبرا جوناس، كما عُرض فيلم «مودى: ثلاثة أيام على حافة الجنون» للمخرج والفنان جونى ديب فيلما ختاميا للحفل، وهو من المشاريع السينمائية التي يدعمها برنامج البحر الأحمر لتمويل الإنتاجات العالمية.
وكان من بين الحضور نخبة من صناع السينما والشخصيات البارزة، منهم سارة جيسيكا باركر، وجون بوييجا، وديف باتيل، وعبدالله السدحان، ونيك جوناس، وفيرين، وبيكى، وبرايت، ومشعل الجاسر، وفيصل الدوخى، ومحمد سامى، وعلاء فادن، وأمير كرارة، ومى عمر.
""", [
    ev("awards-night", "فعاليات دورته الرابعة بحفل ختامي مميز، أمس الأول", AWARDS, "'أمس الأول' in a report of Sat 14 Dec 2024 = Thu 12 Dec"),
    ev("davis-chopra-honours", "وسلمت الكاتبة والمخرجة السعودية هناء العمير الجائزة التكريمية لديفيس", AWARDS, "no own expression; at the awards night of Thu 12 Dec 2024"),
    ev("closing-film-modi", "كما عُرض فيلم «مودى: ثلاثة أيام على حافة الجنون»", AWARDS, "no own expression; the closing film of the awards night, Thu 12 Dec 2024"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 607
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

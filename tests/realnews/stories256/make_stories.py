"""Builds stories.jsonl: the 256-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories250/make_stories.py). Domain: emergency landings, flight diversions, turbulence injuries and
aircraft returning to the airport after a fault (a chartered Saudia Boeing 767 from Mashhad landing without its
right main gear at Medina, a Qatar Airways Dreamliner hit by turbulence over Turkey on its way to Dublin, a Moroccan
private jet losing a wheel on take-off from Marrakech and landing in Casablanca, an EgyptAir Cairo-Washington flight
diverted to Milan for a sick passenger, a Gulf Air flight from Bahrain making an emergency landing in Kuwait, an
Iraqi Airways Baghdad-Delhi flight landing in Kuwait after an engine fault). None of these stories is in the dev set
or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-saudia-medina-gear-up-landing-2014
S = "saudi-saudia-medina-gear-up-landing-2014"
CLOSURE = ("2014-01-05", "2014-01-07")  # all flights halted 'لمدة أربع وعشرين ساعة' from the early hours of Sun 5 Jan
art(S, "https://arabiaweather.com/content/فيديو-لحظة-هبوط-الطائرة-دون-عجلات-في-المدينة-المنورة-فجر-الأحد",
    "2014-01-05", "page stamp '2014-01-05 2014-01-05T08:55:12Z' under the headline (kept as first line, before the headline); 5 Jan 2014 was a Sunday, and the body's 'فجر اليوم' with the headline's 'فجر الأحد' agrees; the byline 'سنان خلف ... محرر أخبار جوية' and the related-links furniture dropped", True, """
2014-01-05
فيديو: لحظة هبوط الطائرة دون عجلات في المدينة المنورة فجر الأحد
سادت حالة من الرعب والهلع في مطار الأمير محمد بن عبد العزيز بالمدينة المنورة في المملكة العربية السعودية، بعدما هبطت إحدى طائرات الخطوط الجوية السعودية اضطراريا فجر اليوم، وهو ما أدى إلى إصابة قرابة 30 شخصاً بجروح طفيفة.
وعزت الجهات المعنية الحادث إلى خلل في عجلات الطائرة التي لم تستجب عند الهبوط، وقد سارعت السلطات فور وقوعه إلى إغلاق المطار إغلاقا كاملا وإعلان حالة الاستنفار.
ويُظهر مقطع الفيديو المرفق أعلاه تلك اللحظات العصيبة التي عاشها ركاب الطائرة في أثناء هبوطها على المدرج.
""", [
    ev("landing", "هبطت إحدى طائرات الخطوط الجوية السعودية اضطراريا فجر اليوم", "2014-01-05", "'فجر اليوم' = the early hours of Sun 5 Jan 2014 (the stamp day; 04:11-04:15 by the other reports)"),
    ev("injuries", "إصابة قرابة 30 شخصاً بجروح طفيفة", "2014-01-05", "no own expression; at the landing, Sun 5 Jan 2014"),
    ev("airport-closure", "إلى إغلاق المطار إغلاقا كاملا", CLOSURE[0], "no own expression; the airport was closed right after the landing of Sun 5 Jan 2014 for 24 hours (another report: 'لمدة أربع وعشرين ساعة'); my span 5-6 Jan", end=CLOSURE[1]),
    ev("gear-failure", "خلل في عجلات الطائرة التي لم تستجب عند الهبوط", "2014-01-05", "no own expression; at the landing, Sun 5 Jan 2014"),
])
art(S, "https://hournews.net/news-25834.htm",
    "2014-01-05", "no stamp or URL date in the stored page: fixed by the body's 'في الساعة 4:11 من صباح اليوم الأحد' for the landing, which took place early on Sun 5 Jan 2014 (arabiaweather's stamp '2014-01-05'); the section path 'أخبار الساعة » السياسية » عربية ودولية' and the credit 'خدمة قدس برس' dropped, and the last sentence cut to its complete clause where the stored text breaks off ('عقب هب...'); no date of its own in the text", False, """
إصابة 29 إيرانيًا في هبوط اضطراري لطائرة ركاب سعودية في المدينة المنورة
هبطت طائرة تابعة للخطوط الجوية السعودية اضطراريًا في مطار محمد بن عبد العزيز بالمدينة المنورة من غير أن تستخدم عجلاتها التي أصابها عطب منعها من العمل، ما خلّف عددا من الإصابات نُقل بعضها إلى المستشفى للعلاج.
وذكرت مصادر سعودية رسمية أن تسعة وعشرين راكبًا يحملون الجنسية الإيرانية جُرحوا جراء الهبوط الاضطراري، ونُقل أحد عشر منهم إلى المستشفى لتلقي العلاج، مبينة أن الطائرة كانت تقل ثلاثمائة وخمسة عشر راكبًا جميعهم إيرانيون، وأنها كانت قادمة من مطار مشهد في إيران إلى مطار محمد بن عبد العزيز في المدينة المنورة.
وأوضحت المصادر أنه في الساعة 4:11 من صباح اليوم الأحد، وبينما كانت الطائرة القادمة من إيران تهبط في المطار، تعذّر نزول العجلات بسبب خلل فني، فأُبلغت جميع قطاعات المطار ولا سيما الإسعاف، واتُّخذت الإجراءات اللازمة، وتمكن الطيار من الهبوط اضطراريًا دون العجلات.
وتسببت الحادثة في استنفار فرق الإنقاذ والإطفاء والإسعاف في المطار.
""", [
    ev("landing", "في الساعة 4:11 من صباح اليوم الأحد", "2014-01-05", "'في الساعة 4:11 من صباح اليوم الأحد' = 04:11 on Sun 5 Jan 2014"),
    ev("gear-failure", "تعذّر نزول العجلات بسبب خلل فني", "2014-01-05", "no own expression; during the approach of Sun 5 Jan 2014"),
    ev("hospital-transfer", "ونُقل أحد عشر منهم إلى المستشفى", "2014-01-05", "no own expression; after the landing, Sun 5 Jan 2014"),
    ev("injuries", "تسعة وعشرين راكبًا يحملون الجنسية الإيرانية جُرحوا", "2014-01-05", "no own expression; at the landing, Sun 5 Jan 2014"),
    ev("rescue-mobilisation", "استنفار فرق الإنقاذ والإطفاء والإسعاف", "2014-01-05", "no own expression; at the landing, Sun 5 Jan 2014"),
])
art(S, "https://sauress.com/albilad/2002894",
    "2014-01-06", "no stamp or URL date in the stored page (a sauress mirror of the Saudi daily Al-Bilad): fixed by the body's 'في تمام الساعة 04:15 فجر أمس الأحد' for the landing of Sun 5 Jan 2014, so Mon 6 Jan 2014; no headline in the stored text; the source gives the flight number as 4841 (2841 elsewhere), left as it is; no date of its own in the text", False, """
صرح مصدر مسؤول في الخطوط السعودية بأن الطائرة التي تعرضت للحادث في المدينة المنورة هي واحدة من الطائرات المستأجرة المخصصة لرحلات الحج والعمرة، من طراز بوينج 767، وأنها تعرضت لحادث عرضي في مطار المدينة المنورة في تمام الساعة 04:15 فجر أمس الأحد، وذلك في الرحلة رقم 4841 القادمة من مدينة مشهد الإيرانية وعلى متنها 299 راكباً و16 ملاحاً.
وكشف المصدر أن جميع الرحلات من مطار الأمير محمد بن عبدالعزيز بالمدينة المنورة وإليه أوقفت لمدة أربع وعشرين ساعة، إلى أن تُتخذ الإجراءات التي تكفل تهيئة المطار لاستقبال الرحلات.
وأوضح أن الحادث نتج عن عدم نزول مجموعة عجلات الطائرة أثناء الهبوط، لا آلياً ولا يدوياً، ما اضطر قائدها إلى الهبوط وفق الإجراءات المتبعة في مثل هذه الحالات الطارئة.
وأضاف أنه تمت بحمد الله السيطرة على الوضع وهبطت الطائرة على أرض المطار، وأسفر ذلك عن إصابة 29 راكباً، عولج 17 منهم من إصابات طفيفة في المطار، ونُقل 12 راكباً إلى المستشفى حيث تلقوا العلاج اللازم ثم غادروه، في حين أن ثلاثة مصابين حالتهم غير مستقرة.
""", [
    ev("landing", "في تمام الساعة 04:15 فجر أمس الأحد", "2014-01-05", "'فجر أمس الأحد' before Mon 6 Jan = 04:15 on Sun 5 Jan 2014"),
    ev("airport-closure", "أوقفت لمدة أربع وعشرين ساعة", CLOSURE[0], "'لمدة أربع وعشرين ساعة' from the early hours of Sun 5 Jan 2014: my span 5-6 Jan", end=CLOSURE[1]),
    ev("gear-failure", "عدم نزول مجموعة عجلات الطائرة أثناء الهبوط", "2014-01-05", "no own expression; during the approach of Sun 5 Jan 2014"),
    ev("hospital-transfer", "ونُقل 12 راكباً إلى المستشفى", "2014-01-05", "no own expression; after the landing, Sun 5 Jan 2014"),
    ev("injuries", "وأسفر ذلك عن إصابة 29 راكباً", "2014-01-05", "no own expression; at the landing, Sun 5 Jan 2014"),
])

# ---------------------------------------------------------------- qatar-airways-dublin-turbulence-2024
S = "qatar-airways-dublin-turbulence-2024"
art(S, "https://vietnam.vn/ar/may-bay-qatar-gap-nhieu-dong-nhieu-nguoi-bi-thuong",
    "2024-05-26", "page stamp 'VTC News 26/05/2024' under the headline (kept as first line, before the headline); 26 May 2024 was a Sunday, the day of the flight, and the body's 'في 26 مايو' agrees; the '[إعلان 1]' marker and the photo caption dropped, and the last sentence (RTE, cut off in the stored text) dropped", True, """
26/05/2024
طائرة الخطوط الجوية القطرية تتعرض لاضطرابات جوية وإصابة العديد
ذكرت وكالة رويترز أن رحلة الخطوط الجوية القطرية QR017 تعرضت لحادث خلال توجهها من الدوحة إلى أيرلندا في 26 مايو، غير أن الطائرة هبطت في مطار دبلن الدولي كما كان مخططا.
وأوضح مطار دبلن في بيان أن طائرة بوينج 787 دريملاينر التابعة للخطوط القطرية، الرحلة QR017، صادفت اضطرابات جوية في أثناء تحليقها في المجال الجوي التركي، لكنها هبطت بسلام في موعدها قبل الساعة الواحدة ظهرا يوم 26 مايو بالتوقيت المحلي (نحو الساعة السابعة مساء بتوقيت فيتنام).
وما إن حطّت الرحلة QR017 في مطار دبلن حتى انتشرت قوات الاستجابة للطوارئ، ومنها شرطة المطار ورجال الإطفاء والإنقاذ.
وأضاف المطار في بيانه: "لدى الهبوط، تلقت الرحلة QR017 مساعدة من خدمات الطوارئ في المطار، بعدما أُبلغ مركز المراقبة الأرضية بإصابة ستة ركاب وستة من أفراد الطاقم خلال الرحلة جراء الاضطرابات الجوية".
""", [
    ev("turbulence", "تعرضت لحادث خلال توجهها من الدوحة إلى أيرلندا في 26 مايو", "2024-05-26", "'في 26 مايو' = Sun 26 May 2024 (over Turkey, some hours before the landing)"),
    ev("landing", "قبل الساعة الواحدة ظهرا يوم 26 مايو", "2024-05-26", "'قبل الساعة الواحدة ظهرا يوم 26 مايو' = shortly before 13:00 Dublin time on Sun 26 May 2024"),
    ev("emergency-response", "انتشرت قوات الاستجابة للطوارئ", "2024-05-26", "no own expression; at the landing, Sun 26 May 2024"),
    ev("airport-statement", "وأوضح مطار دبلن في بيان", "2024-05-26", "no own expression; the airport's statement of the afternoon of Sun 26 May 2024"),
])
art(S, "https://www.independentarabia.com/node/582046",
    "2024-05-26", "no stamp or URL date in the stored page: fixed by the body's 'أعلن مطار دبلن، اليوم الأحد' for the airport's statement on the flight of Sun 26 May 2024 (other reports: 'في 26 مايو'); the JavaScript notice, the caption and the 'ملخص' box dropped, and the last sentence (RTE, cut off in the stored text at 'الذين وصلو...') dropped; the subtitle kept as second line; no date of its own in the text", False, """
إصابة 12 مسافرا على متن "بوينغ" تابعة للخطوط القطرية بسبب مطبات جوية
كانت متجهة من الدوحة إلى إيرلندا ووقعت الحادثة أثناء التحليق فوق تركيا
أعلن مطار دبلن، اليوم الأحد، أن 12 شخصاً كانوا على متن طائرة لـ"الخطوط الجوية القطرية" قادمة من الدوحة إلى إيرلندا أصيبوا خلال موجة من الاضطرابات الجوية، مضيفاً أن الطائرة حطّت بسلام كما كان مقرراً.
وذكر المطار أن الرحلة "كيو آر017"، وهي طائرة من طراز "بوينغ 787 دريملاينر"، هبطت قبل الساعة الواحدة ظهراً بتوقيت دبلن (12:00 بتوقيت غرينتش).
وأوضح في بيان أن خدمات الطوارئ، ومنها شرطة المطار وإدارة الإطفاء والإنقاذ التابعة له، استقبلت الطائرة لدى هبوطها بعد الإبلاغ عن إصابة ستة ركاب وستة من أفراد الطاقم، إثر تعرض الطائرة لاضطرابات جوية خلال تحليقها فوق تركيا.
""", [
    ev("airport-statement", "أعلن مطار دبلن، اليوم الأحد", "2024-05-26", "'اليوم الأحد' = Sun 26 May 2024"),
    ev("landing", "هبطت قبل الساعة الواحدة ظهراً بتوقيت دبلن", "2024-05-26", "no date of its own; 'قبل الساعة الواحدة ظهراً' of Sun 26 May 2024 (the day of the statement)"),
    ev("turbulence", "إثر تعرض الطائرة لاضطرابات جوية خلال تحليقها فوق تركيا", "2024-05-26", "no own expression; over Turkey some hours before the landing of Sun 26 May 2024"),
    ev("emergency-response", "استقبلت الطائرة لدى هبوطها", "2024-05-26", "no own expression; at the landing, Sun 26 May 2024"),
])
art(S, "https://qatarajel.com/2024/05/27/حادثة-طائرة-الخطوط-الجوية-القطرية/",
    "2024-05-27", "date in the URL '/2024/05/27/' (a Monday); the body's 'في بيان يوم الأحد' for the airport's statement (Sun 26 May 2024) agrees; the section label 'الخطوط الجوية القطرية', the 'اقرأ ايضاً' link and the following sub-section (cut off in the stored text) dropped; no date of its own in the text", False, """
اصابة 12 فرد بعد حادثة طائرة الخطوط الجوية القطرية
قالت سلطات مطار دبلن إن 12 شخصاً على الأقل أصيبوا بجروح بعدما واجهت طائرة الخطوط الجوية القطرية القادمة من الدوحة إلى دبلن مطبات جوية في أثناء تحليقها فوق تركيا.
وذكر مطار دبلن في بيان يوم الأحد أن ستة ركاب على الأقل وستة من أفراد الطاقم أصيبوا على متن رحلة الخطوط القطرية QR017.
وأضاف أن الطائرة هبطت بسلام في موعدها قبل الساعة الواحدة بعد الظهر (12:00 بتوقيت غرينتش)، وأن خدمات الطوارئ، ومنها شرطة المطار وإدارة الإطفاء والإنقاذ، استقبلت جميع المصابين عند الهبوط.
وتابع: "جرى تقييم إصابات جميع الركاب قبل نزولهم من الطائرة"، مشيرا إلى نقل ثمانية ركاب إلى المستشفى في دبلن بجمهورية أيرلندا.
وأكدت الخطوط الجوية القطرية أن الرحلة، التي تشغلها طائرة بوينج B787-9 من الدوحة إلى دبلن، هبطت بسلام.
وجاء في بيانها: "أصيب عدد قليل من الركاب وأفراد الطاقم بإصابات طفيفة خلال الرحلة ويتلقون الآن الرعاية الطبية"، مضيفة أن "الأمر يخضع الآن لتحقيق داخلي".
""", [
    ev("airport-statement", "وذكر مطار دبلن في بيان يوم الأحد", "2024-05-26", "'يوم الأحد' before Mon 27 May = Sun 26 May 2024"),
    ev("turbulence", "مطبات جوية في أثناء تحليقها فوق تركيا", "2024-05-26", "no own expression; over Turkey before the landing of Sun 26 May 2024"),
    ev("landing", "هبطت بسلام في موعدها قبل الساعة الواحدة بعد الظهر", "2024-05-26", "no own expression; shortly before 13:00 on Sun 26 May 2024 (the day of the airport's statement)"),
    ev("hospital", "نقل ثمانية ركاب إلى المستشفى", "2024-05-26", "no own expression; after the landing, Sun 26 May 2024"),
    ev("qatar-investigation", "الأمر يخضع الآن لتحقيق داخلي", "2024-05-26", "no own expression; Qatar Airways' statement of Sun 26 May 2024 (reported the same day by the other outlets)"),
])
art(S, "https://riyadhnewsday.com/business/اضطراب-يضرب-رحلة-الخطوط-الجوية-القطري",
    "2024-05-26", "no stamp or URL date in the stored page: fixed by the body's 'قال مطار دبلن، اليوم الأحد' for the airport's statement on the flight of Sun 26 May 2024; the site furniture, the photo caption, the 'اتبع KT على قنوات WhatsApp' line and the last sentence (cut off in the stored text at 'بعد خمسة أيام من اضطرار طائرة ...') dropped; no date of its own in the text", False, """
اضطراب يضرب رحلة الخطوط الجوية القطرية المتجهة إلى دبلن وإصابة 12 شخصا
أفاد مطار دبلن، اليوم الأحد، بأن 12 شخصا كانوا على متن طائرة للخطوط الجوية القطرية من الدوحة إلى أيرلندا أصيبوا خلال نوبة من الاضطرابات الجوية، مضيفا أن الطائرة حطت بسلام وفي الموعد المقرر.
وذكر المطار أن الرحلة QR017، وهي طائرة بوينغ 787 دريملاينر، هبطت قبيل الساعة الواحدة بعد الظهر بتوقيت دبلن (1200 بتوقيت جرينتش).
وقال المطار في بيان إن خدمات الطوارئ، بما فيها شرطة المطار وقسم الإطفاء والإنقاذ، استقبلت الطائرة عند هبوطها بسبب إصابة ستة ركاب وستة من أفراد الطاقم (12 في المجموع)، بعد تعرضها لاضطرابات أثناء تحليقها فوق تركيا.
ونقلت إذاعة RTE الأيرلندية عن ركاب وصلوا إلى مطار دبلن أن الحادث دام أقل من 20 ثانية، ووقع في أثناء تقديم الطعام والمشروبات.
وأوضحت الخطوط الجوية القطرية أن الإصابات كانت "طفيفة"، وأن الحادث يخضع حاليا لتحقيق داخلي.
""", [
    ev("airport-statement", "أفاد مطار دبلن، اليوم الأحد", "2024-05-26", "'اليوم الأحد' = Sun 26 May 2024"),
    ev("landing", "هبطت قبيل الساعة الواحدة بعد الظهر بتوقيت دبلن", "2024-05-26", "no date of its own; shortly before 13:00 on Sun 26 May 2024"),
    ev("turbulence", "بعد تعرضها لاضطرابات أثناء تحليقها فوق تركيا", "2024-05-26", "no own expression; over Turkey before the landing of Sun 26 May 2024"),
    ev("qatar-investigation", "يخضع حاليا لتحقيق داخلي", "2024-05-26", "no own expression; Qatar Airways' statement of Sun 26 May 2024"),
])

# ---------------------------------------------------------------- morocco-marrakech-private-jet-wheel-loss-2025
S = "morocco-marrakech-private-jet-wheel-loss-2025"
INQUIRY = ("2025-07-06", "2025-07-08")  # the ministry's inquiry, reported on Mon 7 Jul ('مساء يوم أمس الأحد' for the flight)
art(S, "https://a5r5br.net/morocco/local-news/6273629-هبوط-اضطراري-لطائرة-بالدار-البيضاء",
    "2025-07-06", "no stamp or URL date in the stored page (an aggregator's copy of a Hespress report): fixed by the body's 'حوالي الساعة 18:50 من مساء اليوم الأحد' for the loss of the wheel, which took place on Sun 6 Jul 2025 (the ministry: 'يوم الأحد 06 يوليوز 2025'); headline rendered from the URL slug; no date of its own in the text", False, """
هبوط اضطراري لطائرة بالدار البيضاء
علمت جريدة هسبريس الإلكترونية من مصادر خاصة أن طائرة تابعة لإحدى الشركات المغربية الخاصة واجهت مشكلا تقنيا لدى إقلاعها من مطار مراكش المنارة في اتجاه مايوركا الإسبانية، ما اضطرها إلى الهبوط اضطراريا في مطار محمد الخامس الدولي بالنواصر.
وبحسب المعطيات التي حصلت عليها الجريدة، فإن الطائرة الخفيفة ذات المقاعد المحدودة انطلقت في رحلة خاصة نحو الجزيرة الإسبانية، وعلى متنها الطيار ومساعده ومسافر واحد.
وأكدت المصادر المطلعة أن الطائرة فقدت إحدى عجلاتها، التي انفجرت وسقطت منها بُعيد الإقلاع من مطار مراكش، حوالي الساعة 18:50 من مساء اليوم الأحد، وهو ما وضع طاقمها في موقف حرج.
وأضافت المصادر نفسها أن الطائرة ظلت تحوم في أجواء الدار البيضاء قرابة ساعتين للتخلص من الوقود، تفاديا لمشاكل كان يمكن أن تطرأ عند الهبوط الاضطراري في مطار محمد الخامس الدولي.
وبعد وقت عصيب قضاه الطاقم والمسافر في سماء الدار البيضاء ومحيطها، نجحت الطائرة في الهبوط بسلام، منهية نحو ساعتين من الترقب والمتابعة الدقيقة من قبل المسؤولين عن الملاحة الجوية.
""", [
    ev("wheel-loss", "حوالي الساعة 18:50 من مساء اليوم الأحد", "2025-07-06", "'حوالي الساعة 18:50 من مساء اليوم الأحد' = Sun 6 Jul 2025 (the ministry gives 17:50)"),
    ev("fuel-burn", "ظلت تحوم في أجواء الدار البيضاء قرابة ساعتين", "2025-07-06", "no own date; the two hours after the evening take-off of Sun 6 Jul 2025"),
    ev("landing-casablanca", "نجحت الطائرة في الهبوط بسلام", "2025-07-06", "no own expression; about two hours after the take-off of the evening of Sun 6 Jul 2025"),
])
art(S, "https://marrakech7.com/cnsra-saraaairways-070725",
    "2025-07-07", "the URL slug ends in '070725' (7 Jul 2025, a Monday) and the body's 'مساء يوم أمس الأحد' for the take-off of Sun 6 Jul 2025 agrees; no headline in the stored text; the last sentence cut to its complete clause where the stored text breaks off ('قبل اتخاذ قرار بإعا...'); no date of its own in the text", False, """
فتحت وزارة النقل واللوجيستيك تحقيقا لتحديد الأسباب والملابسات الدقيقة للهبوط الاضطراري لطائرة خاصة أقلعت مساء يوم أمس الأحد من مطار مراكش المنارة الدولي في اتجاه مطار بالما دي مايوركا بإسبانيا، وعلى متنها راكب واحد وثلاثة من أفراد الطاقم.
وأفاد بلاغ بأن مكتب التحقيقات التقنية حول حوادث وعوارض الطيران المدني، التابع للوزارة، أوفد فريقا من المحققين إلى عين المكان، وفق الإجراءات المعتمدة في مثل هذه الحالات، للوقوف على أسباب الحادث وملابساته، مشيرا إلى أن مستجدات التحقيق التقني ستُعلن فور توفرها.
وكانت الطائرة الخاصة من طراز Citation، التي تحمل رقم التسجيل CN-SRA وتشغلها الشركة المغربية الخاصة SARAAIRWAYS، قد تعرضت لعارض يوم الأحد 06 يوليوز 2025 على الساعة 17:50، فتقرر، لاعتبارات السلامة وطبقا للإجراءات المعتمدة من المديرية العامة للطيران المدني، تحويل مسارها نحو مطار محمد الخامس بالدار البيضاء بوصفه المطار الأنسب لاستقبالها في هذه الظروف.
وقد حطت الطائرة بسلام دون تسجيل أي أضرار بشرية ظاهرة، ودون أن تتأثر حركة الملاحة الجوية أو السير العادي لمطار محمد الخامس بالدار البيضاء، وأُخضعت للفحص التقني.
""", [
    ev("inquiry-opened", "فتحت وزارة النقل واللوجيستيك تحقيقا", INQUIRY[0], "no own expression; the ministry's communique reported on Mon 7 Jul 2025 about the flight of 'يوم أمس الأحد': my span 6-7 Jul", end=INQUIRY[1]),
    ev("take-off", "أقلعت مساء يوم أمس الأحد", "2025-07-06", "'مساء يوم أمس الأحد' before Mon 7 Jul = the evening of Sun 6 Jul 2025"),
    ev("investigators-sent", "أوفد فريقا من المحققين إلى عين المكان", INQUIRY[0], "no own expression; between the incident of Sun 6 Jul and the communique reported on Mon 7 Jul 2025 (my span 6-7 Jul)", end=INQUIRY[1]),
    ev("wheel-loss", "يوم الأحد 06 يوليوز 2025 على الساعة 17:50", "2025-07-06", "'يوم الأحد 06 يوليوز 2025 على الساعة 17:50' = Sun 6 Jul 2025"),
    ev("landing-casablanca", "وقد حطت الطائرة بسلام", "2025-07-06", "no own expression; the diverted landing in Casablanca the same evening, Sun 6 Jul 2025"),
])

# ---------------------------------------------------------------- egypt-egyptair-milan-medical-diversion-2023
S = "egypt-egyptair-milan-medical-diversion-2023"
art(S, "https://cairo.seha24.net/1799670",
    "2023-05-17", "page stamp 'الأربعاء 17/مايو/2023 - 10:55 ص' under the headline (kept as first line, before the headline); 17 May 2023 was a Wednesday; the site header (with the crawl date 'السبت 23 نوفمبر 2024'), the section labels, the sub-heading 'هبوط اضطراري لطائرة مصر للطيران' and the unrelated last paragraph (the Dhaka route) dropped; the text has no date for the diversion itself", True, """
الأربعاء 17/مايو/2023 - 10:55 ص
مصر للطيران تغير مسار رحلتها المتجهة إلى واشنطن لإنقاذ حياة راكبة
غيّرت رحلة مصر للطيران رقم MS 981 المتجهة من القاهرة إلى واشنطن مسارها، لإنقاذ حياة راكبة أصابتها أزمة صحية مفاجئة على متن الطائرة.
وقالت الشركة إن ذلك جاء انطلاقا من حرص الناقل الوطني مصر للطيران على سلامة عملائه.
وعلى الفور قرر قائد الطائرة تحويل مسار الرحلة والهبوط اضطراريا في مطار مالبينسا بمدينة ميلانو الإيطالية لإنقاذ حياة الراكبة.
وقدم طاقم الطائرة للراكبة الإسعافات الأولية، فيما صادف وجود الدكتور محمد بدر الدين عبدالمنعم والدكتورة باتريشيا أداوبي على متن الرحلة، فتابعا حالتها الصحية حتى هبطت الطائرة في مطار مالبينسا، حيث أُنزلت الراكبة بأمان لتلقي العلاج.
ثم أقلعت الطائرة من مطار مالبينسا لتستأنف رحلتها إلى واشنطن.
""", [
    ev("diversion", "غيّرت رحلة مصر للطيران رقم MS 981", "2023-05-17", "no own expression; the flight left Cairo at 00:20 on Wed 17 May 2023 (youm7) and was diverted hours later, before the stamp"),
    ev("company-statement", "وقالت الشركة إن ذلك جاء", "2023-05-17", "no own expression; the company's statement of Wed 17 May 2023 (other report: 'بيان للشركة اليوم الأربعاء')"),
    ev("milan-landing", "الهبوط اضطراريا في مطار مالبينسا", "2023-05-17", "no own expression; the landing at Malpensa on Wed 17 May 2023"),
    ev("first-aid", "وقدم طاقم الطائرة للراكبة الإسعافات الأولية", "2023-05-17", "no own expression; in flight before the landing, Wed 17 May 2023"),
    ev("resumption", "لتستأنف رحلتها إلى واشنطن", "2023-05-17", "no own expression; after the passenger was taken off, Wed 17 May 2023"),
])
art(S, "https://daralmaref.com/News/1453914.aspx",
    "2023-05-17", "no stamp or URL date in the stored page: fixed by the body's 'بيان للشركة اليوم الأربعاء' for EgyptAir's statement on the diversion of flight MS 981, which took place on Wed 17 May 2023 (seha24's stamp 'الأربعاء 17/مايو/2023'); no headline in the stored text; no date of its own in the text", False, """
غيّرت شركة مصر للطيران مسار رحلتها رقم MS 981 المتجهة من القاهرة إلى واشنطن، لإنقاذ حياة راكبة تعرضت لأزمة صحية مفاجئة على متن الطائرة.
وذكر بيان للشركة اليوم الأربعاء أن قائد الطائرة قرر على الفور تحويل مسار الرحلة والهبوط اضطراريا في مطار مالبينسا بمدينة ميلانو الإيطالية لإنقاذ حياة الراكبة، وأن طاقم الطائرة قدّم لها الإسعافات الأولية، بينما تصادف وجود الدكتور محمد بدر الدين عبدالمنعم والدكتورة باتريشيا أداوبي على متن الطائرة، فتابعا حالتها الصحية إلى أن هبطت الطائرة في مطار مالبينسا، وأُنزلت الراكبة بأمان لتلقي العلاج.
وقد أقلعت الطائرة بعد ذلك من مطار مالبينسا لتواصل رحلتها إلى واشنطن.
""", [
    ev("diversion", "غيّرت شركة مصر للطيران مسار رحلتها رقم MS 981", "2023-05-17", "no own expression; the diversion of Wed 17 May 2023 (the day of the company's statement)"),
    ev("company-statement", "وذكر بيان للشركة اليوم الأربعاء", "2023-05-17", "'اليوم الأربعاء' = Wed 17 May 2023"),
    ev("milan-landing", "والهبوط اضطراريا في مطار مالبينسا", "2023-05-17", "no own expression; Wed 17 May 2023"),
    ev("first-aid", "طاقم الطائرة قدّم لها الإسعافات الأولية", "2023-05-17", "no own expression; in flight, Wed 17 May 2023"),
    ev("resumption", "لتواصل رحلتها إلى واشنطن", "2023-05-17", "no own expression; after the stop at Malpensa, Wed 17 May 2023"),
])
art(S, "https://www.youm7.com/story/2023/5/18/كواليس-إنقاذ-حياة-راكبة-على-إحدى-رحلات-مصر-للطيران-تعرضت/6184688",
    "2023-05-18", "date in the URL '/2023/5/18/' and the page stamp 'الخميس، 18 مايو 2023 04:18 م' (kept as first line, before the headline); 18 May 2023 was a Thursday; the byline 'تقرير يكتبه أحمد مصطفى', the caption and the share/comment buttons dropped; the source's 'صباح الثلاثاء الموافق 17 مايو' (17 May 2023 was a Wednesday; the flight left 20 minutes after the midnight that ended Tuesday) left as it is", True, """
الخميس، 18 مايو 2023 04:18 م
كواليس إنقاذ حياة راكبة على إحدى رحلات مصر للطيران.. تعرضت لأزمة صحية مفاجئة.. الطائرة المتجهة لواشنطن هبطت اضطراريا بميلانو الإيطالية.. وسلامة الركاب فى مقدمة أولويات مصر للطيران
لم يتخيل ركاب الرحلة 981 التابعة لشركة مصر للطيران، الناقل الوطني المصري، وعددهم 288 راكبا، أن محطتهم التالية ستكون مطار مالبينسا في إيطاليا لا العاصمة الأمريكية واشنطن.
فالرحلة التي أقلعت في تمام الساعة 12.20 من صباح الثلاثاء الموافق 17 مايو الجاري كانت تمضي في خط سيرها الملاحي المعد سلفا، ضمن رحلاتها المجدولة التي تسيّرها تباعا منذ بدء تشغيل هذا الخط الحيوي المهم، حين داهمت إحدى الراكبات المصريات موجة من آلام الصدر.
وما إن استغاثت الراكبة بطاقم الضيافة، المدرَّب على التعامل مع مثل هذه الحالات المرضية الطارئة، حتى بادر إلى تقديم الإسعافات الطبية اللازمة وفق البروتوكول المتعارف عليه لدى الناقل الوطني.
""", [
    ev("take-off", "في تمام الساعة 12.20 من صباح الثلاثاء الموافق 17 مايو الجاري", "2023-05-17", "'12.20 من صباح الثلاثاء الموافق 17 مايو' = 00:20 on 17 May 2023 (a Wednesday; the source's weekday is the night of Tuesday)"),
    ev("passenger-illness", "داهمت إحدى الراكبات المصريات موجة من آلام الصدر", "2023-05-17", "no own expression; in flight after the 00:20 take-off of Wed 17 May 2023"),
    ev("first-aid", "بادر إلى تقديم الإسعافات الطبية اللازمة", "2023-05-17", "no own expression; in flight, Wed 17 May 2023"),
    ev("milan-landing", "الطائرة المتجهة لواشنطن هبطت اضطراريا بميلانو الإيطالية", "2023-05-17", "no own expression; the landing at Malpensa, Wed 17 May 2023 (the stamped report of that morning)"),
])

# ---------------------------------------------------------------- bahrain-gulf-air-kuwait-emergency-landing-2021
S = "bahrain-gulf-air-kuwait-emergency-landing-2021"
art(S, "https://elwatannews.com/news/details/5563286",
    "2021-07-05", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الاثنين' for the Kuwaiti civil aviation statement and 'الساعة 17:05 من مساء اليوم' for the landing of Gulf Air flight 215, which took place on Mon 5 Jul 2021 (Gulf Air's tweet dated 'July 5, 2021'); the repeated headline and a garbled clause about the weather ('الأحوال الجوية تعطل الملاحة البحرية') dropped; no date of its own in the text", False, """
هبوط اضطراري في مطار الكويت لرحلة قادمة من البحرين
أعلن الطيران المدني الكويتي، اليوم الاثنين، أن طائرة قادمة من العاصمة البحرينية المنامة هبطت اضطراريا في مطار الكويت، دون أن يصاب أحد من ركابها.
وأوضح الطيران المدني الكويتي أن الرحلة رقم GFA 215 القادمة من المنامة حطت اضطراريا «بسلام» في مطار الكويت الدولي في تمام الساعة 17:05 من مساء اليوم، وفق ما نقلته قناة «سكاي نيوز عربية».
وأشار في بيان مقتضب إلى أن سلطة الطيران المدني في الكويت اتخذت الإجراءات اللازمة بالتنسيق مع الجهات المعنية، وأن الطائرة من طراز «إيرباص A321»، وكان على متنها 69 راكبا جميعهم بصحة جيدة ولم يصب أي منهم.
""", [
    ev("dgca-statement", "أعلن الطيران المدني الكويتي، اليوم الاثنين", "2021-07-05", "'اليوم الاثنين' = Mon 5 Jul 2021"),
    ev("landing", "في تمام الساعة 17:05 من مساء اليوم", "2021-07-05", "'الساعة 17:05 من مساء اليوم' = 17:05 on Mon 5 Jul 2021"),
    ev("authority-measures", "اتخذت الإجراءات اللازمة بالتنسيق مع الجهات المعنية", "2021-07-05", "no own expression; at the landing, Mon 5 Jul 2021"),
])
art(S, "https://mubasher.aljazeera.net/news/2021/7/6/قادمة-من-المنامة-هبوط-اضطراري-لطائرة",
    "2021-07-06", "date in the URL '/2021/7/6/' (a Tuesday); the body's 'الإثنين' for Gulf Air's statement (its tweet is dated 'July 5, 2021') agrees; the two embedded tweets and the last sentence (cut off in the stored text at 'ولم تذكر الشركة ولا السلطا...') dropped; no date of its own in the text", False, """
قادمة من المنامة.. هبوط اضطراري لطائرة في الكويت (فيديو)
قالت شركة طيران الخليج البحرينية، الإثنين، إن إحدى طائراتها تعرضت "لحادث عارض" خلال هبوطها في مطار الكويت الدولي.
وأضافت الشركة عبر حسابها على موقع تويتر أن "جميع ركاب الرحلة البالغ عددهم 62 راكبا وأفراد طاقم الطائرة السبعة أُخلوا بسلام ونُقلوا إلى مبنى المطار".
وأشارت إلى أنها تعمل "مع الجهات المعنية لتحديد سبب الحادث".
ونقلت وكالة الأنباء الكويتية عن الإدارة العامة للطيران المدني في الكويت أن طائرة من طراز إيرباص 321 قادمة من العاصمة البحرينية المنامة هبطت اضطراريا في مطار الكويت بسلام، ومن دون أي إصابات بين ركابها الذين يتمتعون جميعا بصحة جيدة.
""", [
    ev("gulfair-statement", "قالت شركة طيران الخليج البحرينية، الإثنين", "2021-07-05", "'الإثنين' before Tue 6 Jul = Mon 5 Jul 2021"),
    ev("landing", "تعرضت \"لحادث عارض\" خلال هبوطها", "2021-07-05", "no own expression; the landing of Mon 5 Jul 2021 (other report: 'الساعة 17:05 من مساء اليوم')"),
    ev("evacuation", "أُخلوا بسلام ونُقلوا إلى مبنى المطار", "2021-07-05", "no own expression; right after the landing, Mon 5 Jul 2021"),
    ev("dgca-statement", "ونقلت وكالة الأنباء الكويتية عن الإدارة العامة للطيران المدني", "2021-07-05", "no own expression; the statement carried by KUNA on Mon 5 Jul 2021 (its tweet is dated 'July 5, 2021')"),
])

# ---------------------------------------------------------------- iraq-iraqi-airways-kuwait-emergency-landing-2016
S = "iraq-iraqi-airways-kuwait-emergency-landing-2016"
art(S, "http://alwasatnews.com/ipad/news-1143501.html",
    "2016-07-31", "the body's 'اليوم الأحد (31 يوليو/ تموز 2016)' (31 Jul 2016 was a Sunday), with 'قبل قليل' for the landing: the text states its own day; the byline 'الوسط – المحرر الدولي' dropped", True, """
طائرة عراقية تهبط اضطراريًا في مطار الكويت
هبطت طائرة عراقية اضطراريا في مطار الكويت قبل قليل.
وأفادت مصادر مطلعة صحيفة «القبس الإلكتروني» اليوم الأحد (31 يوليو/ تموز 2016) بأن الإدارة العامة للطيران المدني تلقت بلاغا من طائرة تابعة للخطوط العراقية، يبلغ فيه قائدها عن حاجته إلى الهبوط الاضطراري في مطار الكويت الدولي.
وأضافت المصادر أن سلطات المطار أتمت، فور تلقيها الإشارة، الاستعدادات والتجهيزات اللازمة لهبوط الطائرة، فضلا عن تجهيز 15 سيارة إسعاف للتعامل مع أي حالات طارئة.
""", [
    ev("landing", "هبطت طائرة عراقية اضطراريا في مطار الكويت قبل قليل", "2016-07-31", "'قبل قليل' before the report of 'اليوم الأحد (31 يوليو/ تموز 2016)' = the evening of Sun 31 Jul 2016"),
    ev("distress-call", "تلقت بلاغا من طائرة تابعة للخطوط العراقية", "2016-07-31", "no own expression; before the landing, Sun 31 Jul 2016"),
    ev("sources-report", "اليوم الأحد (31 يوليو/ تموز 2016)", "2016-07-31", "'اليوم الأحد (31 يوليو/ تموز 2016)' = Sun 31 Jul 2016"),
    ev("airport-preparations", "تجهيز 15 سيارة إسعاف", "2016-07-31", "no own expression; before the landing, Sun 31 Jul 2016"),
])
art(S, "https://aljarida.com/articles/1469995394241522000/amp",
    "2016-07-31", "no stamp in the stored page; the article id begins with the Unix time 1469995394 (20:03 UTC on Sun 31 Jul 2016), and the body's 'مساء اليوم الاحد' for the landing agrees; no headline in the stored text; the 'Ad' marker dropped; no date of its own in the text", False, """
قال مدير إدارة العمليات لمطار الكويت الدولي في الإدارة العامة للطيران المدني المهندس صالح الفداغي إن طائرة عراقية تقل 216 راكبا، عدا أفراد طاقمها، هبطت اضطراريا بسلام على أرض مطار الكويت الدولي مساء اليوم الاحد.
وأوضح الفداغي، في تصريح لوكالة الأنباء الكويتية (كونا)، أن الطائرة التابعة للخطوط الجوية العراقية كانت متجهة من بغداد إلى دلهي، وطلبت الهبوط اضطراريا في مطار الكويت بعدما اكتُشف خلل في أحد محركاتها.
وبيّن أن عمليات مطار الكويت اتبعت على الفور الإجراءات المرعية حتى هبطت الطائرة على أرض المطار، لافتا إلى أن عملية الهبوط تمت بسلام ولم يصب أي من ركابها بأذى.
""", [
    ev("landing", "مساء اليوم الاحد", "2016-07-31", "'مساء اليوم الاحد' = the evening of Sun 31 Jul 2016"),
    ev("fadaghi-statement", "في تصريح لوكالة الأنباء الكويتية (كونا)", "2016-07-31", "no own expression; the statement of the same evening, Sun 31 Jul 2016"),
    ev("distress-call", "وطلبت الهبوط اضطراريا في مطار الكويت", "2016-07-31", "no own expression; before the landing, Sun 31 Jul 2016"),
    ev("engine-fault", "بعدما اكتُشف خلل في أحد محركاتها", "2016-07-31", "no own expression; in flight before the landing, Sun 31 Jul 2016"),
])
art(S, "https://elfagr.org/2221887",
    "2016-08-01", "no stamp or URL date in the stored page: fixed by the body's 'مساء أمس (الأحد)' for the Iraqi transport ministry's announcement of the landing of Sun 31 Jul 2016 (fixed by the other reports), so Mon 1 Aug 2016; no date of its own in the text", False, """
هبوط اضطراري لطائرة عراقية في الكويت
أعلن مسؤول في وزارة النقل العراقية، مساء أمس (الأحد)، أن طائرة مدنية تقل 230 مسافرا هبطت اضطراريا في الكويت إثر عطل في أحد محركاتها، مشيرا إلى أن أحدا من الركاب وطاقم الطائرة لم يتعرض لأي أذى.
وقالت شركة الخطوط الجوية العراقية في بيان إن طائرتها من طراز (بوينغ 767) كانت متوجهة إلى نيودلهي، وإنها هبطت بسلام.
وأضافت الشركة أنها تعتزم إرسال طائرة (إيرباص إيه321) إلى الكويت ليتمكن الركاب من استئناف رحلتهم إلى وجهتهم.
""", [
    ev("ministry-statement", "أعلن مسؤول في وزارة النقل العراقية، مساء أمس (الأحد)", "2016-07-31", "'مساء أمس (الأحد)' before Mon 1 Aug = the evening of Sun 31 Jul 2016"),
    ev("landing", "هبطت اضطراريا في الكويت", "2016-07-31", "no own expression; the landing announced 'مساء أمس (الأحد)', Sun 31 Jul 2016"),
    ev("engine-fault", "إثر عطل في أحد محركاتها", "2016-07-31", "no own expression; in flight before the landing, Sun 31 Jul 2016"),
    ev("iraqi-airways-statement", "وقالت شركة الخطوط الجوية العراقية في بيان", "2016-07-31", "no own expression; the airline's statement of Sun 31 Jul 2016 (reported in English the same day as 'Sunday 31-07-2016')"),
    ev("replacement-plane", "تعتزم إرسال طائرة (إيرباص إيه321) إلى الكويت", "2016-07-31", "no own expression; the relief aircraft announced on Sun 31 Jul 2016 was to fly that night or the next day (my span 31 Jul - 1 Aug)", end="2016-08-02"),
])
art(S, "https://kuwaitlocal.com/ar/news/iraqi-plane-makes-emergency-landing-in-kuwait-airport",
    "2016-08-01", "page stamp '01 August 2016' under the headline (kept as first line, before the headline); 1 Aug 2016 was a Monday; the page is a translated copy of KUNA's report of the Sunday and keeps its 'مساء اليوم الاحد' for the landing (Sun 31 Jul 2016), left as it is; the headline reworded from the machine-translated 'الطائرة العراقية تجعل الهبوط الطارئ في مطار الكويت'; the credit 'المصدر: أيمنمات', the view count and the comment box dropped", True, """
01 August 2016
الطائرة العراقية تنفذ هبوطا طارئا في مطار الكويت
أعلن المدير العام للإدارة العامة للطيران المدني صالح الفداغي أن طائرة عراقية تقل 216 راكبا هبطت اضطراريا مساء اليوم الاحد في مطار الكويت الدولي.
وكانت الطائرة، التي أقلعت من مطار بغداد متجهة إلى نيودلهي، قد اضطرت إلى الهبوط في مطار الكويت بعد اكتشاف عطل فني داخل أحد المحركات.
وأضاف الفداغي أن الطائرة هبطت بسلام وأن جميع ركابها في أمان، مشيرا إلى أن المطار تعامل مع الوضع وفقا للإجراءات المتبعة في مثل هذه الحالات.
""", [
    ev("fadaghi-statement", "أعلن المدير العام للإدارة العامة للطيران المدني صالح الفداغي", "2016-07-31", "no own expression; the KUNA statement of the evening of Sun 31 Jul 2016 that the page copies"),
    ev("landing", "هبطت اضطراريا مساء اليوم الاحد", "2016-07-31", "'مساء اليوم الاحد' = the evening of Sun 31 Jul 2016 (the Sunday of the copied report; the page stamp is the next day)"),
    ev("take-off", "أقلعت من مطار بغداد متجهة إلى نيودلهي", "2016-07-31", "no own expression; the take-off from Baghdad shortly before the evening landing in Kuwait, Sun 31 Jul 2016"),
    ev("engine-fault", "بعد اكتشاف عطل فني داخل أحد المحركات", "2016-07-31", "no own expression; in flight before the landing, Sun 31 Jul 2016"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 262)
                            if i != 201 and i != 256
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

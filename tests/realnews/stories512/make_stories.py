"""Builds stories.jsonl: the 512-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: gas explosions in homes, restaurants and markets (gas
cylinders, leaks: casualties, investigations).
Stories: the LPG explosion at the Fuyang barbecue restaurant in Yinchuan (Ningxia, China, June 2023), the
collapse of a workers' building in Salmaniya after a gas-cylinder explosion (Manama, Bahrain, October 2018),
and the gas-cylinder explosion in a family house at Abu Rawash, Kerdasa (Giza, Egypt, April 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- china-yinchuan-fuyang-bbq-restaurant-blast-2023
S = "china-yinchuan-fuyang-bbq-restaurant-blast-2023"
BLAST = "2023-06-21"        # the LPG explosion at the Fuyang barbecue restaurant, Wed 21 Jun 2023, about 20:40 local time
REPORT = "2023-06-22"       # Xinhua's report of 31 dead, Xi's instruction, the mayor's press conference: Thu 22 Jun 2023
FRIDAY = "2023-06-23"       # Xinhua's Friday-morning report of the nine detentions
art(S, "https://paltoday.ps/ar/post/485099/%D8%A8%D8%A7%D9%84%D9%81%D9%8A%D8%AF%D9%8A%D9%88-%D9%88%D8%A7%D9%84%D8%B5%D9%88%D8%B1-31-%D9%82%D8%AA%D9%8A%D9%84%D8%A7-%D8%A8%D8%A7%D9%86%D9%81%D8%AC%D8%A7%D8%B1-%D9%85%D8%B7%D8%B9%D9%85-%D9%81%D9%8A-%D8%A7%D9%84%D8%B5%D9%8A%D9%86",
    REPORT, "the stored page carries a month stamp (2023-06) and the body opens with 'اليوم الخميس 22 يونيو 2023' (22 Jun 2023 was a Thursday); headline rendered from the URL slug", True, """
بالفيديو والصور 31 قتيلا بانفجار مطعم في الصين
قضى 31 شخصًا على الأقل اليوم الخميس 22 يونيو 2023 جراء انفجار ضرب مطعمًا في مدينة ينتشوان بشمال غرب الصين.
ونقلت وكالة الأنباء الرسمية "شينخوا" أن "تسربًا للغاز البترولي المسال أدى إلى انفجار أثناء تشغيل مطعم للشواء".
وأشارت الوكالة إلى أن سبعة أشخاص آخرين يتلقون العلاج، واحد منهم في حالة حرجة، فيما أصيب اثنان بحروق خطيرة واثنان بجروح طفيفة، وتعرض اثنان آخران لخدوش سببها الزجاج المتطاير.
وأظهرت مشاهد بثها التلفزيون الرسمي CCTV أكثر من عشرين رجل إطفاء يعملون في الموقع، والدخان يتصاعد من فتحة كبيرة في واجهة المطعم.
وتبعثرت شظايا الزجاج وبقايا الحطام على الشارع المظلم، الذي تنتشر فيه أيضًا مطاعم ومرافق ترفيهية أخرى.
ووقع الانفجار في حوالي الساعة 8:40 مساءً (12:40 بتوقيت غرينتش) يوم الأربعاء داخل مطعم فويانغ للشواء في حي سكني بوسط ينتشوان، عاصمة منطقة نينغشيا المستقلة.
وجاء الحادث عشية عطلة عيد القوارب التنينية التي تستمر ثلاثة أيام، وهي مناسبة يخرج فيها كثير من الصينيين للقاء أصدقائهم.
""", [
    ev("toll-31-reported", "قضى 31 شخصًا على الأقل اليوم الخميس 22 يونيو 2023", REPORT, "'اليوم الخميس 22 يونيو 2023': the toll of 31 as reported on Thursday (the blast itself was on Wednesday evening)"),
    ev("xinhua-report", "ونقلت وكالة الأنباء الرسمية \"شينخوا\"", REPORT, "no own expression; Xinhua's report on the LPG leak, issued on Thu 22 Jun 2023 (mosaiquefm: 'قالت وكالة أنباء شينخوا اليوم الخميس')"),
    ev("restaurant-blast", "ووقع الانفجار في حوالي الساعة 8:40 مساءً", BLAST, "'حوالي الساعة 8:40 مساءً ... يوم الأربعاء' before the Thursday of the report = Wed 21 Jun 2023"),
    ev("dragon-boat-holiday", "عشية عطلة عيد القوارب التنينية التي تستمر ثلاثة أيام", "2023-06-22", "the three-day Dragon Boat holiday of 22-24 Jun 2023, whose eve was the day of the blast", end="2023-06-25"),
])
art(S, "https://mosaiquefm.net/amp/ar/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85%D9%8A%D8%A9/1173491/%D9%85%D9%82%D8%AA%D9%84-31-%D8%B4%D8%AE%D8%B5%D8%A7-%D9%81%D9%8A-%D8%A7%D9%86%D9%81%D8%AC%D8%A7%D8%B1-%D8%A8%D9%85%D8%B7%D8%B9%D9%85-%D9%81%D9%8A-%D8%B4%D9%85%D8%A7%D9%84-%D8%BA%D8%B1%D8%A8-%D8%A7%D9%84%D8%B5%D9%8A%D9%86",
    REPORT, "no date on the stored page; the body's 'قالت وكالة أنباء شينخوا اليوم الخميس' and 'الانفجار الذي وقع مساء أمس الأربعاء' for the blast of Wed 21 Jun 2023 give Thu 22 Jun 2023; the language switch ('languageFrançais') dropped; headline kept from the page", False, """
مقتل 31 شخصا في انفجار بمطعم في شمال غرب الصين
أفادت وكالة أنباء شينخوا اليوم الخميس بأن انفجارا سببه تسرب للغاز في مطعم للشواء بمنطقة نينغشيا في شمال غرب الصين أودى بحياة 31 شخصا، ما حمل الرئيس شي جين بينغ على إصدار أمر بتشديد الرقابة على إجراءات السلامة.
وأوضحت شينخوا أن الانفجار، الذي وقع مساء أمس الأربعاء في ينتشوان عاصمة منطقة نينغشيا، نجم عن تسرب من خزان لغاز البترول المسال داخل المطعم.
وأضافت الوكالة الحكومية أن سبعة أشخاص يعالَجون من حروق ومن جروح سببها الزجاج المحطم.
وأفاد تلفزيون الصين الرسمي بأن الرئيس شي طلب من السلطات بذل أقصى ما في وسعها لعلاج الجرحى، مؤكدا ضرورة تعزيز الرقابة على إجراءات السلامة في الصناعات والقطاعات الرئيسية.
ولا تُعد الحوادث الناتجة عن انفجارات الغاز والمواد الكيماوية أمرا نادرا في الصين، رغم مساعيها على مدى سنوات إلى تحسين تدابير السلامة.
وفي عام 2015، قتلت سلسلة انفجارات في مدينة تيانجين الساحلية الشمالية 173 شخصا.
""", [
    ev("xinhua-report", "أفادت وكالة أنباء شينخوا اليوم الخميس", REPORT, "'اليوم الخميس' = Thu 22 Jun 2023"),
    ev("toll-31-reported", "أودى بحياة 31 شخصا", REPORT, "no own expression beyond the report's 'اليوم الخميس' = Thu 22 Jun 2023"),
    ev("restaurant-blast", "الذي وقع مساء أمس الأربعاء", BLAST, "'مساء أمس الأربعاء' in a report of Thu 22 Jun 2023 = Wed 21 Jun"),
    ev("xi-safety-order", "بأن الرئيس شي طلب من السلطات", REPORT, "no own expression; Xi's instruction as reported by CCTV on Thu 22 Jun 2023 (the day of the Xinhua report)"),
    ev("tianjin-2015", "قتلت سلسلة انفجارات في مدينة تيانجين", "2015-08-12", "'في عام 2015': the Tianjin port explosions of Wed 12 Aug 2015 (the day from what is known of that event)"),
])
art(S, "https://garbnews.net/news/s/225248",
    FRIDAY, "no date on the stored page; the body's 'حسبما ذكرت وكالة أنباء الصين الجديدة (شينخوا) صباح اليوم الجمعة' and the press conference 'مساء الخميس' after the blast of Wed 21 Jun give Fri 23 Jun 2023 (23 Jun 2023 was a Friday); the source tag 'المصدر - أ.ف.ب' and the repeated last paragraph dropped; headline written from the body (the stored text has none)", False, """
الصين تحتجز تسعة أشخاص بعد انفجار مطعم ينتشوان
أوقفت السلطات الصينية تسعة أشخاص إثر انفجار وقع في مطعم وأودى بحياة 31 شخصا، وفق ما أوردته وكالة أنباء الصين الجديدة (شينخوا) صباح اليوم الجمعة.
وقدّم مسؤولون صينيون، في مؤتمر صحفي عُقد مساء الخميس، تعازيهم الحارة لضحايا الانفجار القاتل الذي ضرب مطعما في ينتشوان، عاصمة منطقة نينجشيا ذاتية الحكم لقومية هوي في شمال غرب الصين.
وعبّر رئيس بلدية ينتشوان تاو شاوهوا عن مواساته لأسر القتلى والجرحى، وقدّم اعتذارا عميقا لسكان المدينة، بحسب شينخوا.
وخلّف الانفجار 31 قتيلا وسبعة جرحى، وجميع المصابين باتوا في حالة مستقرة بعد تلقيهم العلاج، فيما لا يزال سبب الانفجار موضع تحقيق.
وأضاف تاو أن الانفجار هو أخطر حادث تشهده نينجشيا منذ سنوات، إذ ألحق خسائر فادحة بالأرواح والممتلكات، وكانت كلفته باهظة ودروسه مؤلمة.
وأشار رئيس البلدية إلى بدء العمل على محاسبة المسؤولين، إذ احتجزت أجهزة الأمن العام تسعة أفراد منهم مدير المطعم ومساهمون وموظفون، وجُمّدت أصول التسعة.
""", [
    ev("detention-report", "وفق ما أوردته وكالة أنباء الصين الجديدة (شينخوا) صباح اليوم الجمعة", FRIDAY, "'صباح اليوم الجمعة' = Fri 23 Jun 2023"),
    ev("mayor-press-conference", "في مؤتمر صحفي عُقد مساء الخميس", REPORT, "'مساء الخميس' before the Friday report = Thu 22 Jun 2023"),
    ev("mayor-apology", "وقدّم اعتذارا عميقا لسكان المدينة", REPORT, "no own expression; said at the press conference of Thu 22 Jun 2023 evening"),
    ev("restaurant-blast", "وخلّف الانفجار 31 قتيلا وسبعة جرحى", BLAST, "no own expression; the blast of Wed 21 Jun 2023 (mosaiquefm 'مساء أمس الأربعاء')"),
    ev("nine-detained", "احتجزت أجهزة الأمن العام تسعة أفراد", REPORT, "no own expression; the detentions announced at the press conference of Thu 22 Jun 2023 evening (reported by CCTV on Thursday)"),
])

# ---------------------------------------------------------------- bahrain-salmaniya-gas-cylinder-building-collapse-2018
S = "bahrain-salmaniya-gas-cylinder-building-collapse-2018"
COLLAPSE = "2018-10-09"     # the two-storey workers' building in Salmaniya collapsed after a gas-cylinder explosion, Tue 9 Oct 2018 evening
NEXTDAY = "2018-10-10"      # the toll of four dead, the day after
art(S, "https://www.alchourouk.com/article/%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-20-%D8%B4%D8%AE%D8%B5%D8%A7-%D8%AC%D8%B1%D8%A7%D8%A1-%D8%A7%D9%86%D9%87%D9%8A%D8%A7%D8%B1-%D9%85%D8%A8%D9%86%D9%89-%D9%81%D9%8A-%D8%A7%D9%84%D8%A8%D8%AD%D8%B1%D9%8A%D9%86",
    COLLAPSE, "the page's 'تاريخ النشر : 21:25 - 2018/10/09' (a Tuesday), not part of the body; the duplicated headline, the Facebook-comments box and the 'في نفس السياق' links dropped; headline kept from the page; no date expression in the text", True, """
إصابة 20 شخصا جراء انهيار مبنى في البحرين
أفادت وزارة الداخلية البحرينية بأن الدفاع المدني يتعامل مع حادث انهيار مبنى خلّف ما لا يقل عن 20 جريحا.
وبيّنت الوزارة، عبر حسابها على موقع "تويتر"، أن مبنى سكنيا قديما مؤلفا من طابقين انهار في منطقة السلمانية، وأن أكثر من 11 آلية للدفاع المدني و15 دورية أمنية و60 ضابطا وفردا و19 سيارة إسعاف باشرت إجراءات إنقاذ المصابين.
وتابعت الوزارة أن "المعلومات تؤكد نقل 20 مصابا إلى المستشفى بإصابات تتراوح بين المتوسطة والبليغة".
وأشارت إلى أن عمليات إنقاذ المصابين متواصلة، مع "تفعيل خطة الإيواء وتأمين المباني المحيطة".
وأوضحت أن المعلومات الأولية ترجّح أن يكون انهيار المبنى ناتجا عن انفجار أسطوانة غاز بعد أن فرغ اثنان من سكان الطابق الثاني من طهي الطعام.
""", [
    ev("interior-ministry-statement", "أفادت وزارة الداخلية البحرينية", COLLAPSE, "no own expression; the ministry's tweets on the evening of the collapse, Tue 9 Oct 2018 (page stamp 21:25 of that day)"),
    ev("building-collapse", "انهار في منطقة السلمانية", COLLAPSE, "no own expression; the collapse of Tue 9 Oct 2018 evening (akhbar-alkhaleej 'انهار مساء الثلاثاء')"),
    ev("twenty-hospitalised", "نقل 20 مصابا إلى المستشفى بإصابات تتراوح", COLLAPSE, "no own expression; the injured taken to hospital on the evening of Tue 9 Oct 2018"),
    ev("shelter-plan", "تفعيل خطة الإيواء وتأمين المباني المحيطة", COLLAPSE, "no own expression; announced on the evening of Tue 9 Oct 2018"),
    ev("cylinder-explosion", "ناتجا عن انفجار أسطوانة غاز", COLLAPSE, "no own expression; the cylinder explosion that brought the building down, Tue 9 Oct 2018"),
])
art(S, "http://alwatannews.net/article/796886/Video/%D8%A8%D8%A7%D9%84%D9%81%D9%8A%D8%AF%D9%8A%D9%88-%D9%88%D8%A7%D9%84%D8%AA%D9%81%D8%A7%D8%B5%D9%8A%D9%84-%D9%88%D9%81%D8%A7%D8%A9-%D8%B4%D8%AE%D8%B5-%D9%88-7-%D8%AD%D8%A7%D9%84%D8%A7%D8%AA-%D8%AD%D8%B1%D8%AC%D8%A9-%D8%A8%D8%A7%D9%86%D9%87%D9%8A%D8%A7%D8%B1-%D9%85%D8%A8%D9%86%D9%89-%D9%81%D9%8A-%D8%A7%D9%84%D8%B3%D9%85%D8%A7%D9%86%D9%8A%D8%A9",
    NEXTDAY, "no date on the stored page; the body's 'توفي مساء أمس شخص' for the collapse of Tue 9 Oct 2018 evening gives Wed 10 Oct 2018 (the Tuesday is fixed by alchourouk's stamp of 9 Oct and akhbar-alkhaleej's 'انهار مساء الثلاثاء'); the bylines dropped; headline rendered from the URL slug (its 'السمانية' written 'السلمانية'); the last, truncated sentence dropped", False, """
بالفيديو والتفاصيل.. وفاة شخص و7 حالات حرجة بانهيار مبنى في السلمانية
لقي شخص من الجنسية البنغالية حتفه مساء أمس إثر انهيار مبنى في منطقة السلمانية يسكنه ما بين 70 و80 شخصا من الجنسية البنغالية، فيما كشفت وزيرة الصحة لـ"الوطن" عن وجود 7 حالات حرجة بين 32 حالة وصلت إلى المستشفى، وعن إحالة مصابَين اثنين بحروق شديدة إلى المستشفى العسكري.
ومع وصول مروحية أمنية لانتشال الجثث ومتابعة الحادث، أكدت وزارة الصحة في بيان أنها فعّلت خطة الطوارئ وقدمت العلاج عبر فرق الحوادث والإصابات البليغة فور وصول المصابين، بالتنسيق مع مستشفى قوة دفاع البحرين ومستشفى الملك حمد الجامعي.
وجرت الاستعانة بسيارات الإسعاف وطواقمها من مستشفى الملك حمد الجامعي، كما استُدعي الكادر الطبي كاملا في السلمانية وأُخليت أجنحة كاملة في قسم الطوارئ.
وأفادت وزارة الداخلية عبر موقع التواصل الاجتماعي "تويتر" بأن أكثر من 11 آلية للدفاع المدني و15 دورية أمنية و60 ضابطا وفردا و19 سيارة إسعاف شرعت في إنقاذ المصابين إثر سقوط مبنى سكني من طابقين في السلمانية، مشيرة إلى أن المعلومات تؤكد نقل 20 مصابا إلى المستشفى بإصابات بين المتوسطة والبليغة.
""", [
    ev("first-death", "لقي شخص من الجنسية البنغالية حتفه مساء أمس", COLLAPSE, "'مساء أمس' in a report of Wed 10 Oct 2018 = Tue 9 Oct"),
    ev("building-collapse", "إثر انهيار مبنى في منطقة السلمانية", COLLAPSE, "no own expression beyond 'مساء أمس' = Tue 9 Oct 2018"),
    ev("health-minister-seven-critical", "كشفت وزيرة الصحة لـ\"الوطن\"", COLLAPSE, "no own expression; the minister's statement on the night of the collapse, Tue 9 Oct 2018 (it may have been given after midnight)"),
    ev("health-ministry-emergency-plan", "أكدت وزارة الصحة في بيان", COLLAPSE, "no own expression; the ministry's statement of the evening of Tue 9 Oct 2018 (32 cases received)"),
    ev("interior-ministry-statement", "وأفادت وزارة الداخلية عبر موقع التواصل الاجتماعي", COLLAPSE, "no own expression; the ministry's tweets of Tue 9 Oct 2018 evening (alchourouk stamp 21:25 of that day)"),
    ev("twenty-hospitalised", "نقل 20 مصابا إلى المستشفى بإصابات بين", COLLAPSE, "no own expression; the injured taken to hospital on the evening of Tue 9 Oct 2018"),
])
art(S, "http://www.akhbar-alkhaleej.com/news/article/1140206",
    "2018-10-11", "the page's article stamp 'الخميس ١١ أكتوبر ٢٠١٨ - 01:15' (11 Oct 2018 was a Thursday; the issue line at the top is of a later day and was dropped); the bylines dropped; headline and sub-headline kept from the page; the last, truncated sentence dropped", True, """
ارتفاع حصيلة وفيات حادث عقار «السلمانية» إلى 4 آسيويين
إخلاء المباني المحيطة بالحادث وإزالة 68 إسطوانة غاز من العقار
تابع رجال الدفاع المدني عملهم في موقع المبنى السكني الذي انهار مساء الثلاثاء بعد تسرب من إحدى أسطوانات الغاز أفضى إلى انفجار أسقط المبنى الواقع في منطقة السلمانية والمؤلف من طابقين، إذ جرى تأمين المنطقة بأكملها والتحقق من سلامة المباني المجاورة التي لحقت ببعضها أضرار، كما تضرر عدد من السيارات عقب الحادث، فيما استقرت الحصيلة النهائية للوفيات عند أربع حالات، ولا يزال عدد من المصابين يُعالجون في المستشفيات بإصابات بين المتوسطة والبليغة.
وأشاد رئيس الأمن العام اللواء طارق بن حسن الحسن بمتابعة صاحب السمو الملكي رئيس مجلس الوزراء للحادث، وبتوجيهات سموه بالتحقيق في الأسباب التي أدت إلى سقوط المبنى ورفع تقرير عاجل إليه بشأنه، والتنسيق لتجاوز آثار الحادث على المصابين وأسرهم.
""", [
    ev("building-collapse", "الذي انهار مساء الثلاثاء", COLLAPSE, "'مساء الثلاثاء' before the report of Thu 11 Oct 2018 = Tue 9 Oct"),
    ev("civil-defence-work-continues", "تابع رجال الدفاع المدني عملهم", NEXTDAY, "no own expression; the work on the site on the day after the collapse, Wed 10 Oct 2018, reported in the edition of Thu 11 Oct 01:15 (my reading)"),
    ev("cylinders-removed", "وإزالة 68 إسطوانة غاز من العقار", NEXTDAY, "no own expression; done during the site work of Wed 10 Oct 2018 (my reading; it may have begun on the night of Tue 9 Oct)"),
    ev("final-toll-four", "استقرت الحصيلة النهائية للوفيات عند أربع حالات", NEXTDAY, "no own expression; the toll of four dead announced on Wed 10 Oct 2018 (the Interior Ministry and the Capital prosecution that day)"),
    ev("pm-investigation-order", "وبتوجيهات سموه بالتحقيق", COLLAPSE, "no own expression; the Prime Minister's instruction came after the collapse of Tue 9 Oct evening and before this report of Thu 11 Oct 01:15 (my span 9-10 Oct 2018)", end="2018-10-11"),
])

# ---------------------------------------------------------------- egypt-kerdasa-abu-rawash-cylinder-blast-2023
S = "egypt-kerdasa-abu-rawash-cylinder-blast-2023"
BLAST = "2023-04-07"        # the short circuit and cylinder explosion in the Ashry family house, after iftar on Fri 7 Apr 2023 (16 Ramadan 1444)
MARWAN = "2023-04-09"       # Marwan (5) died 'يوم الأحد الماضي' (almasryalyoum of Thu 13 Apr)
THURSDAY = "2023-04-13"     # Sajda (3) and Maha died on Thu 13 Apr
art(S, "https://www.bokraa7la1.com/2023/04/%D8%A7%D9%86%D9%81%D8%AC%D8%A7%D8%B1-%D9%83%D8%B1%D8%AF%D8%A7%D8%B3%D8%A9-18-%D9%85%D8%B5%D8%A7%D8%A8%D9%8B%D8%A7-%D8%AA%D9%88%D9%81%D9%89-%D9%85%D9%86%D9%87%D9%85-%D8%AD%D8%AA%D9%89-%D8%A7%D9%84/",
    THURSDAY, "no date on the stored page beyond the URL's month (2023/04); the body's 'اليوم الخميس' and 'مساء أمس الأربعاء' with a toll of 5 dead are those of almasryalyoum's report of Thu 13 Apr 2023 15:43, which this copy reproduces, so Thu 13 Apr 2023 (a same-day copy; see the README); the paper's masthead lines dropped; headline kept from the page; the last, truncated sentence dropped", False, """
انفجار كرداسة 18 مصابًا توفى منهم حتى الآن 5 بينهم 3 أطفال
من أصل 18 مصابًا، فارق 5 الحياة حتى الآن، منهم 3 أطفال لا يتجاوز أكبرهم الـ5 سنوات. وأسلم طفل وسيدة من ضحايا الماس الكهربائي وانفجار أنبوبة البوتاجاز الروح داخل مستشفى حكومي كانا يُعالجان فيه اليوم الخميس، بينما توفي شاب في أواخر العشرينات مساء أمس الأربعاء، وقبله بيوم واحد مات طفل بعد وفاة ابن عمه الذي في مثل سنه، لتلحق بهما زوجة عمهما.
«فيشة تليفزيون» وانفجار أنبوبة يكتبان نهاية 3 أطفال وسيدة وشاب
وتتجلى المصيبة في حال محمود ناصر، 28 سنة، أحد المصابين في الحادث، فقد خسر ابنه «مروان»، 5 سنوات، بسبب الإصابات التي لحقت به من الحريق، ثم خسر ابنته الثانية «سجدة»، 3 سنوات، صباح اليوم، في حين يرقد في المستشفى مع أبنائه الثلاثة: «عبدالرحمن»، 15 سنة، ومحمد، 12 سنة، ووردة، 9 سنوات، وكلهم يعالَجون من حروق من الدرجة الأولى تغطي أجسادهم.
وفي العقار المنكوب، كانت الحاجة «وردة»، والدة محمود، تطلب العناية بحفيدتها «سجدة» لأن «حالتها صعبة للغاية»، من غير أن تعلم أن الصغيرة ماتت ولحقت بأخيها «مروان» الذي عجز أبوه عن تشييع جثمانه بسبب ما أصابه من حروق.
""", [
    ev("thursday-deaths", "وأسلم طفل وسيدة من ضحايا", THURSDAY, "'اليوم الخميس' = Thu 13 Apr 2023 (the child Sajda and the aunt Maha)"),
    ev("cylinder-blast", "الماس الكهربائي وانفجار أنبوبة البوتاجاز", BLAST, "no own expression; the explosion after iftar on Fri 7 Apr 2023 (almasryalyoum of Sun 16 Apr: 'يوم الجمعة قبل الماضي')"),
    ev("fares-death", "بينما توفي شاب في أواخر العشرينات مساء أمس الأربعاء", "2023-04-12", "'مساء أمس الأربعاء' in a report of Thu 13 Apr 2023 = Wed 12 Apr"),
    ev("tuesday-child-death", "وقبله بيوم واحد مات طفل", "2023-04-11", "'قبله بيوم واحد' = the day before the young man's death of Wed 12 Apr = Tue 11 Apr 2023"),
    ev("marwan-death", "فقد خسر ابنه «مروان»", MARWAN, "no own expression here; 'يوم الأحد الماضي' in almasryalyoum's report of Thu 13 Apr 2023 = Sun 9 Apr (see the README: another report puts it a day after the blast)"),
    ev("sajda-death", "ثم خسر ابنته الثانية «سجدة»، 3 سنوات، صباح اليوم", THURSDAY, "'صباح اليوم' in the report of Thu 13 Apr 2023"),
])
art(S, "http://www.almasryalyoum.com/news/details/2866773",
    "2023-04-16", "the page's stamp 'الأحد 16-04-2023 22:06' (16 Apr 2023 was a Sunday) and the body's 'اليوم الأحد'; the byline, photo captions and the last, truncated sentence dropped; headline kept from the page", True, """
الحالة الـ7.. ارتفاع ضحايا انفجار أسطوانة بوتاجاز في كرداسة
صعد عدد ضحايا حادث الماس الكهربائي الذي تسبب في انفجار أنبوبة بوتاجاز داخل منزل بمنطقة كرداسة في الجيزة، اليوم الأحد، إلى 7 وفيات، بعد أن لفظ الطفل أحمد إبراهيم ناصر عشري أنفاسه الأخيرة في المستشفى، وأذنت النيابة العامة بدفن جثمانه لانتفاء الشبهة الجنائية.
وما زال 9 أشخاص، منهم طفل رضيع، يتلقون العلاج في المستشفيات من جروح وحروق في مواضع متفرقة من أجسادهم.
وبحسب الأسرة المنكوبة، بدأت المأساة عندما أدخل طفل اسمه «عبدالرحمن» «فيشة» التليفزيون بعد الإفطار يوم الجمعة قبل الماضي، بينما كان أفراد أسرته جميعا مجتمعين في منزل الجد، فوقع ماس كهربائي امتد إلى الغاز في الوقت الذي كانت فيه زوجة عمه «مها» تعد الشاي على البوتاجاز، فانفجرت الأنبوبة.
وتهدمت جدران الطابق الأرضي الذي اجتمعت فيه العائلة، وحضرت سيارات الإسعاف والمطافئ، ونُقل جميع أفراد المنزل إلى المستشفيات وهم يصارعون الموت.
""", [
    ev("ahmed-ibrahim-death", "بعد أن لفظ الطفل أحمد إبراهيم ناصر عشري أنفاسه الأخيرة", "2023-04-16", "'اليوم الأحد' = Sun 16 Apr 2023"),
    ev("burial-permit", "وأذنت النيابة العامة بدفن جثمانه", "2023-04-16", "no own expression; the same day as the death, Sun 16 Apr 2023"),
    ev("cylinder-blast", "بعد الإفطار يوم الجمعة قبل الماضي", BLAST, "'يوم الجمعة قبل الماضي' from Sun 16 Apr 2023 = Fri 7 Apr"),
    ev("victims-hospitalised", "ونُقل جميع أفراد المنزل إلى المستشفيات", BLAST, "no own expression; the night of the explosion, Fri 7 Apr 2023"),
])
art(S, "https://bayan-gate.com/?p=149655",
    "2023-04-19", "no date on the stored page; the body's 'لفظت أنفاسها مساء أمس الثلاثاء' for Warda, the eighth death (almasryalyoum of Wed 19 Apr 02:30 reports the same death as the eighth), gives Wed 19 Apr 2023 (the Tuesday is 18 Apr, between the seventh death of Sun 16 Apr and the ninth and later ones); the byline and the 'طالع المزيد' links dropped; headline kept from the page; the last, truncated sentence dropped", False, """
فقد ابنين فى انفجار كرداسة والثلاثة لحقت بهما.. الأب المكلوم يحكى تفاصيل «يوم القيامة»
خسر ناصر عشري 3 من أبنائه في انفجار أنبوبة الغاز بمدينة كرداسة، بعدما فارقت ابنته وردة (9 سنوات) الحياة مساء أمس الثلاثاء في المستشفى متأثرة بإصابتها، لتلحق بشقيقها مروان (5 سنوات) وشقيقتها سجدة (3 سنوات) اللذين رحلا قبلها.
وكان الحادث، الذي وقع قبل حوالى 10 أيام، قد أصاب 16 شخصا من أسرة واحدة، إثر انفجار أنبوبة غاز بسبب ماس كهربائي عقب صلاة المغرب وتناول الإفطار.
وروى عشري في تصريحات صحفية ملابسات الحادث، فقال إنه كان في بيت والده وسط تجمع العائلة ومعه أولاده الخمسة، وإن ابنه شغّل التلفزيون فأحدث القابس ماسا كهربائيا، في الوقت الذي كانت فيه زوجة عمه تجهز صينية الشاي، فانفجرت أنبوبة الغاز وتحول البيت كله إلى كتلة من اللهب، مضيفا: "رأينا يوم القيامة أمام أعيننا".
وعلى أثر الحادث، وصل عدد الوفيات في العائلة إلى 8 حالات (6 أطفال وشاب وامرأة)، ولا يزال عدد آخر من المصابين بحاجة إلى العلاج.
""", [
    ev("warda-death", "فارقت ابنته وردة (9 سنوات) الحياة مساء أمس الثلاثاء", "2023-04-18", "'مساء أمس الثلاثاء' in a report of Wed 19 Apr 2023 = Tue 18 Apr"),
    ev("marwan-death", "لتلحق بشقيقها مروان (5 سنوات)", MARWAN, "no own expression; Sun 9 Apr 2023 ('يوم الأحد الماضي' in almasryalyoum of Thu 13 Apr; see the README)"),
    ev("sajda-death", "وشقيقتها سجدة (3 سنوات)", THURSDAY, "no own expression; Thu 13 Apr 2023 (bokraa7la1 'صباح اليوم' of that Thursday)"),
    ev("cylinder-blast", "الذي وقع قبل حوالى 10 أيام", BLAST, "'قبل حوالى 10 أيام' (approximate) from Wed 19 Apr 2023 = the explosion of Fri 7 Apr (after iftar)"),
    ev("toll-eight", "وصل عدد الوفيات في العائلة إلى 8 حالات", "2023-04-18", "no own expression; the toll reached 8 with Warda's death on Tue 18 Apr 2023 evening"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 512
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 521-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: amusement-park, cable-car and lift accidents (a ride or
cable car fails: casualties, closures, investigations).
Stories: the Tunektepe cable-car accident at Antalya (Turkey, April 2024), the derailment of the Gloria
funicular in Lisbon (Portugal, September 2025), the Battagram chairlift left hanging over a ravine (Pakistan,
August 2023), and the fall of the Stresa-Mottarone cable car (Italy, May 2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- turkey-antalya-tunektepe-cable-car-2024
S = "turkey-antalya-tunektepe-cable-car-2024"
CRASH = "2024-04-12"                       # a pylon of the Sarisu-Tunektepe line broke at 17:28 on Fri 12 Apr 2024 (Eid al-Fitr holiday)
RESCUED = "2024-04-13"                     # the last of the 174 stranded passengers were brought down on the afternoon of Sat 13 Apr
STRANDED = (CRASH, "2024-04-14")           # stranded / evacuated from Friday evening to Saturday afternoon
art(S, "https://akhbararabia.net/2024/04/12/%d9%82%d8%aa%d9%8a%d9%84-%d9%887-%d8%ac%d8%b1%d8%ad%d9%89-%d9%88%d9%85%d8%ad%d8%a7%d8%b5%d8%b1%d9%8a%d9%86-%d8%a8%d8%b3%d9%82%d9%88%d8%b7-%d8%b9%d8%b1%d8%a8%d8%a9-%d8%aa%d9%84%d9%81%d8%b1%d9%8a%d9%83",
    CRASH, "date in the URL '/2024/04/12/' (12 Apr 2024 was a Friday, the evening of the accident; the report gives only the first toll of one dead and 7 injured and no rescue count); no date in the body; headline rendered from the URL slug", True, """
قتيل و7 جرحى ومحاصرين بسقوط عربة تلفريك
لقي شخص حتفه وجُرح 7 آخرون، بينهم طفلان، جراء انهيار مقصورة التلفريك في منطقة كونيالتي بولاية أنطاليا التركية.
وذكر وزير الداخلية علي يرليكايا أن مروحية تابعة للدرك قادرة على التحليق ليلاً أُرسلت إلى المنطقة.
وأفاد رئيس بلدية أنطاليا الكبرى، محيي الدين بوتشيك، بأن كل فرق الخبراء موجودة في موقع الحادث، وأن أحد أعمدة تلفريك تونكتيبي، الذي اكتظ بالزوار بسبب عطلة عيد الفطر، سقط لسبب غير معروف.
وكان 8 أشخاص على متن المقصورة التي تحطمت بعد ارتطامها بالعمود المنقلب في المنطقة الصخرية.
وفارق ميميش غوموش الحياة في الحادث، بينما أصيب كل من أوزليم شاهين وجان أكغون وفاتح غوموش وكيزبان جابار غوموش ولطف الله كريم غوموش وهيرديم أيوب أوغلو، والمواطن القيرغيزي أكمارال عبد الدايفا.
كما علق كثيرون داخل المقصورات المعلقة في الهواء بعد توقف نظام التلفريك إثر الحادث.
ونُقل المصابون بمروحية تابعة لخفر السواحل.
""", [
    ev("cabin-crash", "انهيار مقصورة التلفريك في منطقة كونيالتي", CRASH, "no own expression; the crash of Fri 12 Apr 2024 at 17:28 (albayan 'قرابة الساعة السادسة مساء الجمعة', aajsy 'منذ الساعة 5:30 مساء يوم الجمعة'); the report is of that evening"),
    ev("jandarma-helicopter-sent", "مروحية تابعة للدرك قادرة على التحليق ليلاً أُرسلت إلى المنطقة", CRASH, "no own expression; sent on the evening of the crash, Fri 12 Apr 2024"),
    ev("passengers-stranded", "علق كثيرون داخل المقصورات المعلقة في الهواء", STRANDED[0], "no own expression; stranded from the crash on Fri 12 Apr 2024 until the end of the rescue on the afternoon of Sat 13 Apr (aajsy)", end=STRANDED[1]),
    ev("injured-airlifted", "ونُقل المصابون بمروحية تابعة لخفر السواحل", CRASH, "no own expression; the injured were flown out on the evening of the crash, Fri 12 Apr 2024"),
])
art(S, "https://www.albayan.ae/varieties/2024-04-13-1.4855262",
    RESCUED, "date in the URL '2024-04-13' (and the stored page's date field 2024-04); the body's 'السبت' for the count of 43 still stranded and 'مساء الجمعة' for the accident agree (13 Apr 2024 was a Saturday); the font-size buttons dropped; headline written from the body (the stored text has none); no date line in the text", True, """
43 شخصا ما زالوا عالقين في تلفريك أنطاليا
ما زال 43 شخصا محتجزين داخل مقصورات تلفريك في أنطاليا بجنوب تركيا، السبت، إثر سقوط أحد الأبراج الذي أودى بحياة شخص وأوقع جرحى.
وأسفر الحادث، الذي جرى قرابة الساعة السادسة مساء الجمعة على أحد جبال أنطاليا، عن جرح 10 أشخاص، وفق وزير الصحة التركي فخر الدين كوكا.
وانهار البرج فتحطمت إحدى مقصورات تلفريك "ساريسو تونكتيبي" وهوت في منطقة صخرية.
وأفادت هيئة إدارة الكوارث والطوارئ التركية (أفاد)، السبت، بأنه جرى إجلاء 128 راكبا كانوا في 16 مقصورة منذ مساء الجمعة، في حين ينتظر 43 راكبا آخرون إنقاذهم.
وبحسب السلطات، دُفع إلى الموقع بـ7 مروحيات وما يزيد على 500 من عناصر الإنقاذ.
وأعلن وزير العدل التركي فتح تحقيق للوقوف على أسباب الحادث.
وذكرت وكالة "الأناضول" الرسمية أن القتيل رجل تركي عمره 54 عاما، وأن المصابين 6 مواطنين أتراك وقيرغيزستاني، بينهم طفلان، وقد نقلتهم مروحيات خفر السواحل.
وبيّنت صور بثتها وسائل إعلام تركية المقصورة المحطمة تتأرجح على الأسلاك المنتزعة عند جانب الجبل الصخري، فيما كان المسعفون يسعفون المصابين.
""", [
    ev("still-stranded-43", "ما زال 43 شخصا محتجزين داخل مقصورات تلفريك", RESCUED, "'السبت' = Sat 13 Apr 2024 (the count of that morning)"),
    ev("cabin-crash", "وأسفر الحادث، الذي جرى قرابة الساعة السادسة مساء الجمعة", CRASH, "'قرابة الساعة السادسة مساء الجمعة' in a report of Sat 13 Apr 2024 = Fri 12 Apr"),
    ev("evacuation", "جرى إجلاء 128 راكبا كانوا في 16 مقصورة منذ مساء الجمعة", STRANDED[0], "'منذ مساء الجمعة' ... 'السبت': the evacuations from the evening of Fri 12 Apr 2024 to the AFAD count of Sat 13 Apr", end=STRANDED[1]),
    ev("investigation-opened", "وأعلن وزير العدل التركي فتح تحقيق", CRASH, "no own expression; Justice Minister Yilmaz Tunc announced the judicial investigation after the accident, on the evening of Fri 12 Apr 2024 or the night after (my span Fri 12 - Sat 13)", end="2024-04-14"),
    ev("injured-airlifted", "وقد نقلتهم مروحيات خفر السواحل", CRASH, "no own expression; the injured were flown out on the evening of the crash, Fri 12 Apr 2024 (akhbararabia of that day)"),
])
art(S, "https://aajsy.com/society/%D8%A5%D9%86%D9%82%D8%A7%D8%B0-174-%D8%B4%D8%AE%D8%B5%D8%A7%D9%8B-%D8%B9%D9%84%D9%82%D9%88%D8%A7-%D8%A8%D8%B9%D8%AF-%D8%AD%D8%A7%D8%AF%D8%AB%D8%A9-%D8%AA%D9%84%D9%81%D8%B1%D9%8A%D9%83-%D9%81%D9%8A-%D8%A7%D9%84%D9%87%D9%88%D8%A7%D8%A1-%D8%AC%D9%86%D9%88%D8%A8%D9%8A%D9%91-%D8%AA%D8%B1%D9%83%D9%8A%D8%A7",
    RESCUED, "no date on the stored page; the body's 'اليوم السبت' and 'بعد ظهر اليوم السبت' for the end of the rescue, which came on Sat 13 Apr 2024 (the crash 'منذ الساعة 5:30 مساء يوم الجمعة', about 23 hours before), give Sat 13 Apr 2024; the bullet summary above the body dropped; headline rendered from the URL slug; the last, truncated sentence completed with its obvious end ('حين وقعت الحادثة')", False, """
إنقاذ 174 شخصاً علقوا في الهواء بعد حادثة تلفريك جنوبي تركيا
أكملت السلطات التركية، اليوم السبت، إنقاذ آخر من تبقى من 174 شخصاً تقطعت بهم السبل داخل عربات تلفريك فوق جبل في جنوب البلاد، وذلك بعد ما يقرب من 23 ساعة من ارتطام إحدى العربات بعمود وتحطمها، ما أودى بحياة شخص وأصاب سبعة آخرين حين هوت على الصخور في الأسفل.
وأعلن وزير الداخلية علي يرلي كايا أن عملية الإنقاذ انتهت بنجاح بعد ظهر اليوم السبت.
وأفاد المسؤولون بأن 607 من أفراد البحث والإنقاذ و10 مروحيات شاركوا في العملية، من بينها فرق تابعة لهيئة الطوارئ التركية و"آفاد" وخفر السواحل وفرق الإطفاء وفرق الإنقاذ الجبلي الآتية من مختلف أنحاء تركيا.
وظلت المروحيات المجهزة بأنظمة الرؤية الليلية تنقل العالقين طوال الليل.
وكان هؤلاء محتجزين في تلفريك تونكتيبي، خارج مدينة أنطاليا المطلة على البحر الأبيض المتوسط، منذ الساعة 5:30 مساء يوم الجمعة، حين وقعت الحادثة.
""", [
    ev("rescue-complete", "أن عملية الإنقاذ انتهت بنجاح بعد ظهر اليوم السبت", RESCUED, "'بعد ظهر اليوم السبت' = Sat 13 Apr 2024"),
    ev("cabin-crash", "ارتطام إحدى العربات بعمود وتحطمها", CRASH, "'بعد ما يقرب من 23 ساعة' before the afternoon of Sat 13 Apr and 'منذ الساعة 5:30 مساء يوم الجمعة' = Fri 12 Apr 2024"),
    ev("evacuation", "وظلت المروحيات المجهزة بأنظمة الرؤية الليلية تنقل العالقين طوال الليل", STRANDED[0], "'طوال الليل': the night of Fri 12 - Sat 13 Apr 2024 (my span Fri 12 - Sat 13)", end=STRANDED[1]),
    ev("passengers-stranded", "وكان هؤلاء محتجزين في تلفريك تونكتيبي", STRANDED[0], "'منذ الساعة 5:30 مساء يوم الجمعة' until the rescue of Sat 13 Apr 2024 (span Fri 12 - Sat 13)", end=STRANDED[1]),
])

# ---------------------------------------------------------------- portugal-lisbon-gloria-funicular-2025
S = "portugal-lisbon-gloria-funicular-2025"
DERAIL = "2025-09-03"                      # the Gloria funicular derailed and crashed into a building at about 18:05 on Wed 3 Sep 2025
MOURNING = "2025-09-04"                    # the day of national mourning decreed by the government: Thu 4 Sep 2025
art(S, "https://www.masrawy.com/news/news_publicaffairs/details/2025/9/3/2848122/%D8%A7%D9%84%D8%A8%D8%B1%D8%AA%D8%BA%D8%A7%D9%84-%D8%AE%D8%B1%D9%88%D8%AC-%D9%82%D8%B7%D8%A7%D8%B1-%D8%B9%D9%86-%D9%85%D8%B3%D8%A7%D8%B1%D9%87-%D9%88%D9%85%D8%B5%D8%B1%D8%B9-15-%D8%B1%D8%A7%D9%83%D8%A8-%D8%A7-%D9%81%D9%8A%D8%AF%D9%8A%D9%88",
    DERAIL, "the page's time stamp '11:06 م الأربعاء 03 سبتمبر 2025' under the headline (not part of the body, so dropped) and the URL date '/2025/9/3/'; the body's 'الأربعاء' agrees (3 Sep 2025 was a Wednesday); the byline 'وكالات', the app banner and the embedded tweet dropped; headline kept from the page without '- فيديو'", True, """
البرتغال.. خروج قطار عن مساره ومصرع 15 راكبًا
نقلت وكالة "رويترز" البريطانية، الأربعاء، أن 15 شخصا لقوا حتفهم في خروج قطار عن قضبانه في لشبونة بالبرتغال.
وأوضحت الشرطة أن الضحايا قضوا إثر خروج قطار جلوريا الجبلي المائل عن مساره وسقوطه، ما خلّف قتلى وجرحى.
وبيّنت لقطات من موقع الحادث، تناقلها ناشطون على منصات التواصل الاجتماعي، عمال الطوارئ وهم يسحبون الركاب من تحت القطار المحطم.
وأبدى الرئيس البرتغالي مارسيلو ريبيلو دي سوزا أسفه للحادث، آملا أن تتوصل السلطات إلى تحديد أسبابه.
""", [
    ev("toll-15", "أن 15 شخصا لقوا حتفهم", DERAIL, "'الأربعاء' = Wed 3 Sep 2025 (Reuters' toll of that evening)"),
    ev("derailment", "خروج قطار جلوريا الجبلي المائل عن مساره وسقوطه", DERAIL, "no own expression; the derailment of the evening of Wed 3 Sep 2025 ('الأربعاء' of the toll)"),
    ev("rescue-operation", "عمال الطوارئ وهم يسحبون الركاب من تحت القطار المحطم", DERAIL, "no own expression; the rescue at the site on the evening of Wed 3 Sep 2025"),
    ev("president-regret", "وأبدى الرئيس البرتغالي مارسيلو ريبيلو دي سوزا أسفه للحادث", DERAIL, "no own expression; the president's statement of the evening of Wed 3 Sep 2025 (sawtbeirut and eremnews of that day carry it)"),
])
art(S, "https://www.expresstv.ma/en-vedette/100111",
    MOURNING, "no date on the stored page; the body's 'صباح اليوم الخميس' for the toll of 17 dead, given on the morning of Thu 4 Sep 2025 (alwakeelnews and skynewsarabia of 4 Sep carry the same toll and 'اليوم الخميس يوم حداد وطني'), gives Thu 4 Sep 2025; the radio banner ('راديو إكسبرس / البث المباشر / متابعة') and an empty image line dropped; headline written from the body (the stored text has none)", False, """
ارتفاع حصيلة حادث قطار غلوريا في لشبونة إلى 17 قتيلا
في أحدث تطورات حادث انقلاب قطار "غلوريا" السياحي في لشبونة، أعلنت السلطات البرتغالية صباح اليوم الخميس أن حصيلة الضحايا ارتفعت إلى 17 قتيلا و21 جريحا، من بينهم عدد من السياح الأجانب.
وأعلنت الحكومة البرتغالية اليوم يوم حداد وطني، في حين أعلن عمدة لشبونة، كارلوس مويداس، حدادا محليا لمدة ثلاثة أيام تكريما للضحايا.
ويُذكر أن قطار "غلوريا" واحد من أقدم القطارات الجبلية في العالم، إذ يعود تاريخه إلى عام 1885، ويُعد من أبرز المعالم السياحية في العاصمة البرتغالية.
وقد شرعت السلطات البرتغالية في تحقيق لتحديد أسباب الحادث، بينما أوقفت بلدية لشبونة تشغيل بقية القطارات المائلة في المدينة إلى حين التثبت من توفر شروط السلامة.
""", [
    ev("toll-17", "أن حصيلة الضحايا ارتفعت إلى 17 قتيلا و21 جريحا", MOURNING, "'صباح اليوم الخميس' = Thu 4 Sep 2025"),
    ev("derailment", 'حادث انقلاب قطار "غلوريا" السياحي في لشبونة', DERAIL, "no own expression; the derailment of Wed 3 Sep 2025 (masrawy of that day)"),
    ev("national-mourning-day", "وأعلنت الحكومة البرتغالية اليوم يوم حداد وطني", MOURNING, "'اليوم' in a report of Thu 4 Sep 2025 = the day of national mourning (decreed the evening before)"),
    ev("line-opened-1885", "يعود تاريخه إلى عام 1885", "1885-01-01", "'عام 1885' (the year only)", end="1886-01-01"),
    ev("investigation", "شرعت السلطات البرتغالية في تحقيق", DERAIL, "no own expression; the inquiries (the GPIAAF and the judicial police) began on the evening of Wed 3 and on Thu 4 Sep 2025 (my span Wed 3 - Thu 4)", end="2025-09-05"),
    ev("funiculars-suspended", "أوقفت بلدية لشبونة تشغيل بقية القطارات المائلة", DERAIL, "no own expression; Mayor Carlos Moedas ordered the Bica and Lavra lifts and the Graca funicular stopped on the evening of Wed 3 Sep 2025 (Portuguese press of that evening, Lusa)"),
])
art(S, "http://world.kbs.co.kr/service/news_view.htm?lang=a&Seq_Code=82640",
    "2025-09-05", "no date on the stored page; the body's 'اليوم الجمعة', 'أول من أمس الأربعاء' for the derailment of Wed 3 Sep 2025 and 'أمس الخميس' for the mourning day of Thu 4 Sep give Fri 5 Sep 2025 (5 Sep 2025 was a Friday); the photo credit 'Photo : YONHAP News' dropped; headline written from the body (the stored text has none)", False, """
سيول: مقتل كوريين جنوبيين اثنين في حادث القطار الجبلي بلشبونة
أفادت وزارة الخارجية في سيول اليوم الجمعة بأن مواطنيْن من كوريا الجنوبية لقيا حتفهما، وأن امرأة كورية أخرى أصيبت بجروح خطيرة، في حادث القطار الجبلي في مدينة لشبونة البرتغالية.
وبحسب الوزارة، فإن القتيلين رجل وامرأة من كوريا الجنوبية، فيما أجريت للمصابة عملية جراحية وهي تتلقى العلاج حاليا في وحدة العناية المركزة بأحد المستشفيات المحلية هناك.
وأوضحت الوزارة أن سفارة كوريا الجنوبية في البرتغال على تواصل وثيق مع السلطات المحلية، وتقدم ما يلزم من دعم قنصلي للضحايا الكوريين، ومن ذلك مساعدة المصابين والتواصل مع أسر القتلى.
وكان القطار الجبلي المعلق في لشبونة، الذي يقبل عليه السياح، قد خرج عن مساره وارتطم بمبنى أول من أمس الأربعاء، ما أدى إلى مقتل 16 شخصا على الأقل.
وأعلنت الحكومة البرتغالية أمس الخميس يوم حداد وطني عقب الحادث المميت، في حين تتواصل التحقيقات في ملابساته.
""", [
    ev("korea-ministry-statement", "أفادت وزارة الخارجية في سيول اليوم الجمعة", "2025-09-05", "'اليوم الجمعة' = Fri 5 Sep 2025"),
    ev("derailment", "قد خرج عن مساره وارتطم بمبنى أول من أمس الأربعاء", DERAIL, "'أول من أمس الأربعاء' from Fri 5 Sep 2025 = Wed 3 Sep"),
    ev("national-mourning-day", "وأعلنت الحكومة البرتغالية أمس الخميس يوم حداد وطني", MOURNING, "'أمس الخميس' from Fri 5 Sep 2025 = Thu 4 Sep (the mourning day)"),
])
art(S, "https://alarab.qa/article/07/09/2025/لغز-تحطم-ترام-لشبونة-يحير-السلطات",
    "2025-09-07", "date in the URL '/article/07/09/2025/' (day/month/year: Sun 7 Sep 2025, the Qatari daily's issue); no date line in the stored text and no weekday in the body ('هذا الأسبوع' only); headline rendered from the URL slug", True, """
لغز تحطم ترام لشبونة يحير السلطات
تمضي السلطات البرتغالية في تحقيقاتها لكشف الأسباب الغامضة وراء تحطم عربة ترام جبلية بعد خروجها عن مسارها في لشبونة هذا الأسبوع.
وأعلنت كذلك أن 11 أجنبيا كانوا بين 16 شخصا قضوا في الحادثة، ومن بين الضحايا ثلاثة بريطانيين ومواطنان من كوريا الجنوبية وشخصان من كندا وفرنسية وسويسرية وأمريكية وأوكرانية، إضافة إلى خمسة برتغاليين، بحسب ما أعلنته الشرطة.
وأشارت الشرطة إلى أنه، على خلاف المعلومات التي صدرت في السابق، لم يكن بين القتلى مواطنون ألمان، لكن ثلاثة منهم كانوا بين المصابين، ومنهم طفل في الثالثة من عمره.
وبلغ مجموع المصابين نحو 20 شخصا، بينهم 11 أجنبيا على الأقل، وفق أجهزة الطوارئ.
ومن بين الضحايا البرتغاليين أربعة موظفين في مؤسسة للرعاية الاجتماعية تقع مكاتبها أعلى الطريق شديد الانحدار الذي تسلكه عربة الترام.
""", [
    ev("investigation", "تمضي السلطات البرتغالية في تحقيقاتها", DERAIL, "no own expression; the inquiry under way since the derailment of Wed 3 Sep 2025, still going on at publication (my span Wed 3 - Sun 7)", end="2025-09-08"),
    ev("derailment", "تحطم عربة ترام جبلية بعد خروجها عن مسارها في لشبونة هذا الأسبوع", DERAIL, "'هذا الأسبوع' in an article of Sun 7 Sep 2025; the derailment of Wed 3 Sep (masrawy, kbs 'أول من أمس الأربعاء')"),
    ev("victims-nationalities", "أن 11 أجنبيا كانوا بين 16 شخصا قضوا في الحادثة", "2025-09-05", "no own expression; the police named the nationalities on Fri 5 Sep 2025 (AFP; eremnews 'أعلنت السلطات البرتغالية، الجمعة')"),
])

# ---------------------------------------------------------------- pakistan-battagram-chairlift-2023
S = "pakistan-battagram-chairlift-2023"
SNAP = "2023-08-22"                        # a cable of the Pashto-Jhangri chairlift (Allai, Battagram) snapped at about 7 am on Tue 22 Aug 2023; all 8 rescued that night
art(S, "https://alkhaleejtrend.com/?p=239132",
    SNAP, "the page's stamp '22/8/2023 | آخر تحديث: 22/8/2023 07:12 م (بتوقيت مكة المكرمة)' above the body (a header, not part of the body, so dropped); the body's 'اليوم الثلاثاء' agrees (22 Aug 2023 was a Tuesday); the embedded Urdu tweet dropped; headline written from the body (the stored text has none); the last, truncated clause about the helicopters' rotors dropped", True, """
إنقاذ طفلين من 8 عالقين في تلفريك معلق بباكستان
أنقذ الجيش الباكستاني طفلين من أصل 8 أشخاص محاصرين داخل عربة "تلفريك" معطلة تتدلى على ارتفاع شاهق فوق واد عميق، إثر انقطاع أحد السلكين اللذين يحملانها في وقت سابق من اليوم الثلاثاء، في عملية إنقاذ "شديدة الخطورة" تعيقها الرياح القوية.
وذكر مسؤولون أن 6 تلاميذ ومعهم مدرّسان عالقون في "التلفريك" منذ الساعة السابعة صباحًا بالتوقيت المحلي، حين كانوا في طريقهم إلى المدرسة في منطقة جبلية نائية في باتاغرام بإقليم خيبر بختونخوا، على بعد نحو 200 كيلومتر شمالي إسلام أباد.
وأكد متحدث باسم وكالة الإنقاذ ومسؤول في المنطقة إنقاذ الطفلين، من دون تفاصيل إضافية حتى الآن.
وأوضح شرق رياض ختك، مسؤول الإنقاذ في الموقع، لرويترز أن سلك "التلفريك" انقطع في منتصف المسافة فوق الوادي، على ارتفاع 274 مترًا تقريبًا، فبقيت العربة معلقة بسلك واحد بعد انقطاع الآخر.
وأضاف أن الرياح العاتية في المنطقة زادت مهمة الإنقاذ تعقيدًا.
""", [
    ev("first-children-rescued", "أنقذ الجيش الباكستاني طفلين من أصل 8 أشخاص", SNAP, "no own expression; the first two children were lifted out in the afternoon of Tue 22 Aug 2023 (stamp 22/8/2023 07:12 pm Mecca time)"),
    ev("cable-snap", "انقطاع أحد السلكين اللذين يحملانها في وقت سابق من اليوم الثلاثاء", SNAP, "'في وقت سابق من اليوم الثلاثاء' = Tue 22 Aug 2023"),
    ev("passengers-stranded", 'عالقون في "التلفريك" منذ الساعة السابعة صباحًا', SNAP, "'منذ الساعة السابعة صباحًا' of Tue 22 Aug 2023, until the rescue of that night", end="2023-08-23"),
    ev("rescue-operation", 'في عملية إنقاذ "شديدة الخطورة"', SNAP, "no own expression; the rescue of Tue 22 Aug 2023 ('اليوم الثلاثاء')"),
])
art(S, "https://www.youm7.com/story/2023/8/23/باكستان-إنقاذ-8-أشخاص-علقوا-داخل-تلفريك-شمال-غربى-البلاد/6281109",
    "2023-08-23", "date in the URL '/story/2023/8/23/'; the body's 'اليوم الأربعاء' for Dawn's report agrees (23 Aug 2023 was a Wednesday); the stored text starts after the lead paragraph ('وأوضح ...'), the conjunction dropped; headline rendered from the URL slug; the last word, cut in the stored text ('مواصلا'), completed", True, """
باكستان: إنقاذ 8 أشخاص علقوا داخل تلفريك شمال غربي البلاد
أوضح المتحدث باسم الجيش الباكستاني، وفق ما نقلته صحيفة دون الباكستانية اليوم الأربعاء، أن عملية الإنقاذ كانت معقدة وشاقة واستغرقت حوالي 14 ساعة، لافتا إلى أن أربع مروحيات أُرسلت إلى موقع العملية، الذي يقع على بعد نحو 120 ميلا شمال العاصمة إسلام آباد، فيما عملت الهيئة الوطنية لإدارة الكوارث مع الجيش على إنقاذ الركاب، وهم ستة طلاب واثنان من السكان المحليين كانوا متجهين إلى المدرسة.
وأضاف أن التلفريك بقي معلقا لساعات وسط واد سحيق تحيط به جبال شاهقة وأرض صخرية بجوار نهر جانجري، مبينا أن الأهالي يستخدمونه للتنقل عبر الأنهار لعدم وجود طرق أو جسور في المنطقة.
وأشار إلى أن القوات المسلحة نجحت في إنقاذ العالقين رغم الطقس القاسي وبعد محاولات عدة قبل وقت قصير من غروب الشمس، ضمن عملية استُخدمت فيها أربع طائرات هليكوبتر.
من جهته، أثنى رئيس الوزراء الباكستاني المؤقت، أنور الحق كاكار، على جهود فريق الإنقاذ، قائلا: "أشعر بالارتياح بعد إنقاذ الركاب بنجاح وأمان، إنه عمل جماعي رائع من الجيش وإدارات الإنقاذ وإدارة المنطقة والسكان المحليين".
يُذكر أن كثيرا من الأطفال المقيمين في المناطق الجبلية والنائية بإقليم "خيبر باختونخوا" يعتمدون على العربات المعلقة وسيلة للمواصلات.
""", [
    ev("dawn-report", "وفق ما نقلته صحيفة دون الباكستانية اليوم الأربعاء", "2023-08-23", "'اليوم الأربعاء' = Wed 23 Aug 2023"),
    ev("rescue-operation", "أن عملية الإنقاذ كانت معقدة وشاقة واستغرقت حوالي 14 ساعة", SNAP, "no own expression; the rescue of Tue 22 Aug 2023 (from the morning into the night)"),
    ev("passengers-stranded", "أن التلفريك بقي معلقا لساعات", SNAP, "no own expression; hanging from about 7 am until the night of Tue 22 Aug 2023", end="2023-08-23"),
    ev("all-rescued", "نجحت في إنقاذ العالقين", SNAP, "no own expression; the last passengers were brought down on the night of Tue 22 Aug 2023 (elwatannews 'استمرت الأزمة حتى الليل')"),
    ev("kakar-praise", "أثنى رئيس الوزراء الباكستاني المؤقت، أنور الحق كاكار، على جهود فريق الإنقاذ", SNAP, "no own expression; Kakar's post after the rescue, on the night of Tue 22 Aug 2023 (sawtbeirut: he announced on X that all were rescued); a post after midnight cannot be excluded (my span Tue 22 - Wed 23)", end="2023-08-24"),
])
art(S, "https://www.elwatannews.com/news/details/6758647",
    "2023-08-23", "the stored page's date field gives only the month (2023-08); the body's 'منذ صباح أمس الثلاثاء' for the stranding of Tue 22 Aug 2023 gives Wed 23 Aug 2023; the embedded English tweet dropped; headline written from the body (the stored text has none); the last, truncated clause ('حيث كان المنقذون يتعلقون بكابل ...') dropped", False, """
فيديو يكشف كيف أُنقذ ركاب تلفريك باكستان
كشفت مقاطع فيديو الطريقة التي جرى بها إنقاذ الركاب العالقين في تلفريك باكستان المعلق في الهواء، لتنتهي بذلك أزمة أبقت باكستان في حالة ترقب لأكثر من 14 ساعة، إذ ظهر المنقذون في اللقطات المتداولة على مواقع التواصل الاجتماعي وهم ينقلون الركاب واحدا بعد الآخر.
وكان 7 أطفال ومعلمهم قد علقوا منذ صباح أمس الثلاثاء أثناء توجههم إلى مدرستهم، في تلفريك على ارتفاع 270 مترًا في منطقة جبلية نائية شمال غربي باكستان، واستمرت الأزمة حتى الليل، بعدما انقطع أحد الكابلين اللذين يحملان العربة، فبقيت معلقة بكابل واحد ومائلة على نحو خطير ينذر بكارثة إذا هوت في الوادي السحيق تحتها.
وشاركت في عمليات الإنقاذ قوة من الجيش وفريق من الكوماندوز وسكان محليون ذوو خبرة في التعامل مع مثل هذه الحالات، إلى جانب طائرة هليكوبتر.
وعرضت محطات تلفزيونية باكستانية لقطات لطفل يُسحب إلى مكان آمن وهو معلق بحزام، فيما ظهر حبل لقوات الكوماندوز يتأرجح في مهب الريح.
غير أنه مع حلول الليل توقف الإنقاذ الجوي بالمروحية بسبب الظلام، وتواصلت العملية بوسائل تقليدية أخرى.
""", [
    ev("all-rescued", "جرى بها إنقاذ الركاب العالقين", SNAP, "no own expression; the rescue ended on the night of Tue 22 Aug 2023 ('استمرت الأزمة حتى الليل' after 'صباح أمس الثلاثاء')"),
    ev("passengers-stranded", "قد علقوا منذ صباح أمس الثلاثاء", SNAP, "'منذ صباح أمس الثلاثاء' from Wed 23 Aug 2023 = Tue 22 Aug, until that night", end="2023-08-23"),
    ev("cable-snap", "بعدما انقطع أحد الكابلين اللذين يحملان العربة", SNAP, "no own expression; the cable broke on the morning of Tue 22 Aug 2023 ('صباح أمس الثلاثاء')"),
    ev("rescue-operation", "وشاركت في عمليات الإنقاذ قوة من الجيش", SNAP, "no own expression; the rescue of Tue 22 Aug 2023"),
    ev("air-rescue-halted", "توقف الإنقاذ الجوي بالمروحية بسبب الظلام", SNAP, "'مع حلول الليل' of Tue 22 Aug 2023"),
])

# ---------------------------------------------------------------- italy-stresa-mottarone-cable-car-2021
S = "italy-stresa-mottarone-cable-car-2021"
FALL = "2021-05-23"                        # the cabin fell near the top station at about 12:30 on Sun 23 May 2021 (14 dead, one child survived)
art(S, "https://sharjah24.ae/ar/Articles/2021/05/23/kb0815",
    FALL, "date in the URL '/Articles/2021/05/23/' (23 May 2021 was a Sunday, the day of the fall; the report has the first toll of nine dead); the agency tag 'الشارقة 24- أ.ف.ب:' dropped; no date in the body; headline written from the body (the stored text has none)", True, """
مقتل 9 أشخاص في تحطم مقصورة تلفريك شمالي إيطاليا
أدى تحطم مقصورة تلفريك في منتجع ستريسا الساحلي بمنطقة بيدمونت، على ضفاف بحيرة ماجوري في شمال إيطاليا، إلى مقتل تسعة أشخاص وإصابة اثنين بجروح خطرة، بحسب ما أفاد متحدث باسم فرق الإسعاف.
ويقل تلفريك "ستريزا-موتاروني" السياح والسكان من بلدة ستريزا المطلة على بحيرة ماجوري إلى قمة جبل موتاروني، التي ترتفع نحو 1400 متر عن سطح البحر، في غضون 20 دقيقة.
وذكرت وكالة الأنباء الإيطالية "أنسا" أن الحادث نتج عن تمزق أسلاك في الجزء العلوي من المسار، مما أدى إلى سقوط المقصورة التي كان على متنها 11 شخصاً.
""", [
    ev("cabin-fall", "تحطم مقصورة تلفريك في منتجع ستريسا الساحلي", FALL, "no own expression; the fall of Sun 23 May 2021 (akhbaralaan 'الأحد'); the report is of that day"),
    ev("children-injured", "وإصابة اثنين بجروح خطرة", FALL, "no own expression; the two children were flown to Turin on Sun 23 May 2021"),
    ev("cable-break", "نتج عن تمزق أسلاك في الجزء العلوي من المسار", FALL, "no own expression; the hauling cable broke at the moment of the fall, Sun 23 May 2021"),
])
art(S, "https://akhbaralaan.net/news/world/2021/05/24/%d9%85%d8%a3%d8%b3%d8%a7%d8%a9-%d9%81%d9%8a-%d8%a5%d9%8a%d8%b7%d8%a7%d9%84%d9%8a%d8%a7-%d9%82%d8%aa%d9%84%d9%89-%d8%ac%d8%b1%d8%a7%d8%a1-%d8%b3%d9%82%d9%88%d8%b7-%d8%b9%d8%b1%d8%a8%d8%a9-%d8%aa%d9%84%d9%81%d8%b1%d9%8a%d9%83",
    "2021-05-24", "date in the URL '/2021/05/24/' (24 May 2021 was a Monday; the body's 'الأحد' for the fall of Sun 23 agrees); no date line in the stored text; the sub-heading 'أسباب تحطم عربة التلفريك' dropped; headline kept from the page", True, """
مقتل 14 شخصًا في حادث تلفريك بإيطاليا وإصابة طفل بجروح خطيرة
قضى 14 شخصا وجُرح طفل إثر سقوط عربة تلفريك في إيطاليا، بحسب رويترز.
وينقل التلفريك السياح والسكان المحليين من منتجعات مدينة ستريسا المطلة على بحيرة ماغوري إلى قمة جبل موتارون، على ارتفاع 1400 متر تقريبًا فوق مستوى سطح البحر، في غضون 20 دقيقة.
وأفادت وزارة الخارجية الإسرائيلية في بيان بأن السلطات الإيطالية أبلغتها أن خمسة من مواطنيها بين القتلى وأن إسرائيليا واحدا في حالة حرجة.
وذكرت السلطات أن عربة تلفريك تقل زوارا إلى قمة جبل تطل على واحدة من أجمل بحيرات شمال البلاد هوت إلى الأرض، الأحد، فقتل 14 شخصا على الأقل ونُقل طفل إلى المستشفى.
وأظهرت مقاطع فيديو حطام العربة المهشمة وسط غابة كثيفة من أشجار الصنوبر قرب قمة موتارون المطلة على بحيرة ماغوري.
وقال والتر ميلان، المتحدث باسم خدمة الإنقاذ في جبال الألب، إن سبب تحطم العربة لم يُعرف بعد.
وأشار إلى أن خطوط الكابلات جُددت في عام 2016، وأن التلفريك لم يُعد فتحه إلا مؤخرًا بعد أن تسببت إجراءات الإغلاق المرتبطة بفيروس كورونا في إغلاق مصاعد التزلج في أنحاء إيطاليا.
""", [
    ev("cabin-fall", "هوت إلى الأرض، الأحد", FALL, "'الأحد' = Sun 23 May 2021"),
    ev("children-injured", "ونُقل طفل إلى المستشفى", FALL, "'الأحد' = Sun 23 May 2021 (same sentence)"),
    ev("israel-statement", "وأفادت وزارة الخارجية الإسرائيلية في بيان", FALL, "no own expression; the Israeli foreign ministry's statement of the evening of Sun 23 May 2021"),
    ev("cables-renewed", "أن خطوط الكابلات جُددت في عام 2016", "2016-01-01", "'في عام 2016' (the year only)", end="2017-01-01"),
])
art(S, "https://www.hotlinenews.net/details.asp?id=10852",
    "2021-05-26", "no date on the stored page; the body's 'اليوم الأربعاء' for ANSA's report of the three detentions, which followed the fall of Sun 23 May 2021 ('وقع الحادث يوم الأحد'), gives Wed 26 May 2021 (26 May 2021 was a Wednesday); the 'اقرأ أيضا' links and the site's menu dropped; headline written from the body (the stored text has none)", False, """
احتجاز ثلاثة أشخاص بعد حادث تلفريك موتارون في إيطاليا
أفادت وكالة الأنباء الإيطالية «أنسا» اليوم الأربعاء بأن ثلاثة أشخاص أوقفوا على خلفية حادث تحطم تلفريك قضى فيه 14 شخصا.
ووقع الحادث يوم الأحد في منطقة بيدمونت الإيطالية غربي بحيرة ماجيوري، على خط يصل مدينة سترسا السياحية بجبل موتارون البالغ ارتفاعه 1500 متر.
وشمل الاحتجاز مهندس التلفريك ومدير الخدمة ورئيس خدمة التشغيل.
ونقلت «أنسا» عن المدعية العامة لمقاطعة فيربانيا، أوليمبيا بوسي، قولها الليلة الماضية إن المحققين تبين لهم أن نظام مكابح الأمان تعرض «للعبث» لتفادي تأخير رحلات التلفريك.
ويواجه الموقوفون الثلاثة تهما بالقتل غير العمد والتسبب في كارثة عن غير قصد وإزالة أدوات مخصصة لمنع الإصابات، وهي تهم تتفاقم بسبب الكارثة والإصابات البالغة الخطورة.
""", [
    ev("three-detained", "أن ثلاثة أشخاص أوقفوا على خلفية حادث تحطم تلفريك", "2021-05-26", "'اليوم الأربعاء' of ANSA's report = Wed 26 May 2021 (the three were detained in the night to Wednesday)"),
    ev("cabin-fall", "ووقع الحادث يوم الأحد", FALL, "'يوم الأحد' from Wed 26 May 2021 = Sun 23 May"),
    ev("prosecutor-brake-statement", "قولها الليلة الماضية", "2021-05-25", "'الليلة الماضية' from Wed 26 May 2021 = the night of Tue 25 - Wed 26 May (my span)", end="2021-05-27"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 521
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

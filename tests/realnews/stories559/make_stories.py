"""Builds stories.jsonl: the 559-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: local news from Morocco's Sahara (Laayoune, Dakhla,
Guelmim, Smara), any domain.
Stories: the opening of the UAE consulate general in Laayoune (October-November 2020), the sinking of the
high-seas trawler "Telila" off Dakhla/Aousserd (January 2024), and the car swept away by the Oued Sayyad
flood between Guelmim and Asrir (January 2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-laayoune-uae-consulate-2020
S = "morocco-laayoune-uae-consulate-2020"
CALL = "2020-10-27"                        # Tue 27 Oct 2020: the King's phone call with Mohammed bin Zayed, who told him of the decision
OPENING = "2020-11-04"                     # Wed 4 Nov 2020: the UAE consulate general in Laayoune opened
AFRICAN = ("2019-12-18", "2020-10-28")     # the eight African consulates in Laayoune: Comoros (18 Dec 2019) ... Zambia and Eswatini (27 Oct 2020)
GREEN_MARCH = ("1975-11-06", "1975-11-10")  # the Green March, 6-9 Nov 1975
art(S, "https://static.kifache.com/%d9%81%d9%8a-%d8%a7%d8%aa%d8%b5%d8%a7%d9%84-%d9%87%d8%a7%d8%aa%d9%81%d9%8a-%d9%88%d9%84%d9%8a-%d8%b9%d9%87%d8%af-%d8%a7%d9%84%d8%a5%d9%85%d8%a7%d8%b1%d8%a7%d8%aa-%d9%8a%d8%ae%d8%a8%d8%b1-%d8%a7",
    "2020-10-27", "the page's time stamp 'الثلاثاء 27 أكتوبر 2020 على الساعة 20:51' under the 'عاجل' tag (kept as the second line), and the body's 'اليوم الثلاثاء (27 أكتوبر)'; the site's ticker of other headlines dropped; headline kept from the page; the stored text breaks off inside the communique's next sentence, which is dropped", True, """
في اتصال هاتفي.. ولي عهد الإمارات يخبر الملك بقرار فتح بلاده قنصلية عامة في العيون
الثلاثاء 27 أكتوبر 2020 على الساعة 20:51
كشف بلاغ صادر عن الديوان الملكي أن الملك محمد السادس أجرى، اليوم الثلاثاء (27 أكتوبر)، مكالمة هاتفية مع الشيخ محمد بن زايد آل نهيان، ولي عهد أبوظبي ونائب القائد الأعلى للقوات المسلحة في دولة الإمارات العربية المتحدة.
وأوضح بلاغ الديوان أن هذه المكالمة "تأتي في إطار التنسيق والتشاور المستمرين بين قيادتي البلدين، وما يربطهما من أواصر أخوة صادقة ومحبة متبادلة، وفي إطار علاقات التعاون المثمر والتضامن الفعال بين المملكة المغربية ودولة الإمارات العربية المتحدة الشقيقة".
""", [
    ev("phone-call", "أجرى، اليوم الثلاثاء (27 أكتوبر)، مكالمة هاتفية", CALL, "'اليوم الثلاثاء (27 أكتوبر)' in a report stamped Tue 27 Oct 2020"),
    ev("consulate-decision", "يخبر الملك بقرار فتح بلاده قنصلية عامة في العيون", CALL, "no own expression (headline); the decision was told to the King during the call of Tue 27 Oct 2020"),
    ev("royal-communique", "كشف بلاغ صادر عن الديوان الملكي", CALL, "no own expression; the royal cabinet's communique on the call was issued on Tue 27 Oct 2020 (the report is stamped 20:51 that day)"),
])
art(S, "https://al3omk.com/594290.html",
    "2020-10-27", "no date line on the stored page; the body's 'في اتصال هاتفي جرى بينهما اليوم' names the day of the call, which the royal communique dates Tue 27 Oct 2020 (kifache, stamped 27 Oct 2020 20:51: 'اليوم الثلاثاء (27 أكتوبر)'), so the report is of Tue 27 Oct 2020; headline kept from the page; the communique's last, truncated sentence dropped; no date of its own in the text", False, """
الملك يجري اتصالا مع ولي عهد الإمارات.. وأبوظبي تقرر فتح قنصلية بالعيون
أبلغ ولي عهد أبوظبي، محمد بن زايد، الملك محمد السادس، خلال مكالمة هاتفية دارت بينهما اليوم، بقرار بلاده فتح قنصلية عامة في مدينة العيون بالأقاليم الجنوبية للمملكة.
وورد في بلاغ للديوان الملكي أن هذه المكالمة تندرج ضمن التنسيق والتشاور الدائمين بين قيادتي البلدين، وما يجمعهما من روابط أخوة صادقة ومحبة متبادلة، وضمن علاقات التعاون المثمر والتضامن الفعال بين المغرب والإمارات الشقيقة.
وشكر الملك ولي عهد الإمارات وعبر له عن تقديره لهذا "القرار التاريخي المهم الداعم للوحدة الترابية للمملكة على هذا الجزء من ترابها، لا سيما أن الإمارات شاركت في المسيرة الخضراء المظفرة".
وأضاف البلاغ أن الملك أبدى اعتزازه الكبير بقرار الإمارات، باعتبارها أول دولة عربية تفتح قنصلية عامة في الأقاليم الجنوبية للمملكة، وهو قرار يعكس موقفها الثابت في الدفاع عن حقوق المغرب المشروعة وقضاياه العادلة ووقوفها الدائم إلى جانبه في المحافل الجهوية والدولية.
""", [
    ev("phone-call", "خلال مكالمة هاتفية دارت بينهما اليوم", CALL, "'اليوم' = the day of the call, Tue 27 Oct 2020 (royal communique; kifache 'اليوم الثلاثاء (27 أكتوبر)')"),
    ev("consulate-decision", "بقرار بلاده فتح قنصلية عامة في مدينة العيون", CALL, "no own expression; told to the King during the call of Tue 27 Oct 2020"),
    ev("royal-communique", "وورد في بلاغ للديوان الملكي", CALL, "no own expression; the royal cabinet's communique of Tue 27 Oct 2020"),
    ev("green-march", "شاركت في المسيرة الخضراء المظفرة", GREEN_MARCH[0], "no own expression; the Green March of 6-9 Nov 1975 (background, known date)", end=GREEN_MARCH[1]),
])
art(S, "https://dinpresse.net/%d8%af%d9%88%d9%84%d8%a9-%d8%a7%d9%84%d8%a5%d9%85%d8%a7%d8%b1%d8%a7%d8%aa-%d8%aa%d9%81%d8%aa%d8%ad-%d8%b1%d8%b3%d9%85%d9%8a%d8%a7-%d9%82%d9%86%d8%b5%d9%84%d9%8a%d8%a9-%d8%b9%d8%a7%d9%85%d8%a9-%d8%a8/",
    "2020-11-04", "the page's date line '4 نوفمبر 2020' under the headline (kept as the second line; also 'آخر تحديث : الأربعاء 4 نوفمبر 2020 - 10:48 صباحًا' and the stamp 2020-11-04T10:48:00+01:00), and the body's 'اليوم الأربعاء'; the byline, the photo caption and the site menus dropped; headline kept from the page", True, """
دولة الإمارات تفتح رسميا قنصلية عامة بالعيون
4 نوفمبر 2020
دشنت دولة الإمارات العربية المتحدة رسميا، اليوم الأربعاء، قنصلية عامة لها في العيون، لتكون تاسع تمثيلية دبلوماسية تفتتح في عاصمة الصحراء المغربية خلال مدة لا تتجاوز السنة.
وعرفت مدينة العيون، منذ متم العام الفارط، تسارعا في الحركية الدبلوماسية بافتتاح قنصليات لجزر القمر المتحدة والغابون وساو تومي وبرنسيب وجمهورية إفريقيا الوسطى وكوت ديفوار وبوروندي، إضافة إلى جمهورية زامبيا ومملكة إسواتيني، ثم دولة الإمارات العربية المتحدة اليوم.
وكان الملك محمد السادس قد أجرى يوم الثلاثاء 27 أكتوبر 2020 مكالمة هاتفية مع الشيخ محمد بن زايد آل نهيان، ولي عهد أبوظبي ونائب القائد الأعلى للقوات المسلحة بدولة الإمارات العربية المتحدة.
وفي هذه المكالمة، أبلغ ولي عهد الإمارات الملك بقرار بلاده فتح قنصلية عامة في مدينة العيون بالأقاليم الجنوبية للمملكة.
وعبر الملك محمد السادس عن "اعتزازه العميق بقرار الإمارات، بصفتها أول دولة عربية تفتح قنصلية عامة في الأقاليم الجنوبية للمملكة، وهو قرار يترجم موقفها الثابت في الدفاع عن حقوق المغرب المشروعة وقضاياه العادلة ووقوفها الدائم إلى جانبه في مختلف المحافل الجهوية والدولية".
""", [
    ev("consulate-opening", "دشنت دولة الإمارات العربية المتحدة رسميا، اليوم الأربعاء", OPENING, "'اليوم الأربعاء' in a report dated 4 Nov 2020 (a Wednesday)"),
    ev("african-consulates", "بافتتاح قنصليات لجزر القمر المتحدة", AFRICAN[0], "'منذ متم العام الفارط' (since the end of 2019): the openings from the Comoros consulate (18 Dec 2019) to those of Zambia and Eswatini (Tue 27 Oct 2020), my span", end=AFRICAN[1]),
    ev("phone-call", "أجرى يوم الثلاثاء 27 أكتوبر 2020 مكالمة هاتفية", CALL, "'يوم الثلاثاء 27 أكتوبر 2020'"),
    ev("consulate-decision", "أبلغ ولي عهد الإمارات الملك بقرار بلاده", CALL, "no own expression; during the call of Tue 27 Oct 2020 ('هذه المكالمة')"),
])
art(S, "https://alwahdawi.info/node/8223",
    "2020-11-04", "no date on the stored page; the body's 'اليوم الأربعاء' for the opening, which took place on Wed 4 Nov 2020 (dinpresse, dated 4 Nov 2020: 'اليوم الأربعاء'), and the ambassador's 'منذ اليوم' give Wed 4 Nov 2020; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
افتتاح قنصلية دولة الإمارات في العيون
فتحت قنصلية دولة الإمارات العربية المتحدة أبوابها اليوم الأربعاء في مدينة العيون بجنوب المغرب، بحضور وزير الخارجية المغربي ناصر بوريطة وسفير الإمارات في الرباط العصري سعيد أحمد الظاهري.
وبعد افتتاح القنصلية، صرح وزير الشؤون الخارجية ناصر بوريطة بأن هذا الافتتاح حدث دبلوماسي ودعم قوي للقضية الوطنية، وهو تاريخي بالنظر إلى العلاقات العريقة التي تربط المغرب بالإمارات منذ عهد الراحلين الملك الحسن الثاني والشيخ زايد بن سلطان آل نهيان.
وشهد الحفل حضور شخصيات من جهة العيون الساقية الحمراء ووفد إعلامي كبير من وسائل إعلام وطنية ودولية، إلى جانب نقل مباشر للحدث على القناة الأولى الإماراتية.
وتابع بوريطة أن المغرب يساند موقف الإمارات من احتلال إيران للجزر الثلاث أبو موسى وطنب الكبرى وطنب الصغرى.
أما وزير الخارجية الإماراتي عبد الله بن زايد فأكد، في كلمة مسجلة بالفيديو، أن بلاده ستقف بقوة إلى جانب المغرب في قضاياه، وأن هناك إرادة راسخة لتعزيز العلاقات بين البلدين، مشيرا إلى تعاون واضح وكبير بينهما في شتى الملفات.
وأفاد السفير الإماراتي في المغرب العصري سعيد أحمد الظاهري بأن قنصلا سيعين قريبا، وأن للقنصلية رئيسا، وأنها ستشرع في العمل منذ اليوم.
""", [
    ev("consulate-opening", "فتحت قنصلية دولة الإمارات العربية المتحدة أبوابها اليوم الأربعاء", OPENING, "'اليوم الأربعاء' = Wed 4 Nov 2020, the day of the opening (dinpresse)"),
    ev("bourita-statement", "صرح وزير الشؤون الخارجية ناصر بوريطة", OPENING, "no own expression; right after the opening ('وبعد افتتاح القنصلية'), Wed 4 Nov 2020"),
    ev("abdullah-bin-zayed-speech", "في كلمة مسجلة بالفيديو", OPENING, "no own expression; the UAE foreign minister's video address at the opening ceremony, Wed 4 Nov 2020"),
    ev("consulate-starts-work", "وأنها ستشرع في العمل منذ اليوم", OPENING, "'منذ اليوم' = from Wed 4 Nov 2020, the day of the opening"),
])

# ---------------------------------------------------------------- morocco-dakhla-telila-trawler-sinking-2024
S = "morocco-dakhla-telila-trawler-sinking-2024"
SINKING = "2024-01-20"                     # Sat 20 Jan 2024, early morning: the high-seas trawler Telila sank near the Mauritanian waters
FIRST_ARRIVAL = "2024-01-22"               # Mon 22 Jan 2024, afternoon: the first two survivors brought to Dakhla port
REST_ARRIVAL = "2024-01-23"                # Tue 23 Jan 2024: the other 12 survivors and the four bodies expected in Dakhla
SEARCH = (SINKING, "2024-01-24")           # the search for the six missing sailors, reported from Sat 20 to Tue 23 Jan 2024
art(S, "https://infomaroc.ma/2024/01/20/%d8%ba%d8%b1%d9%82-%d8%b3%d9%81%d9%8a%d9%86%d8%a9-%d8%b5%d9%8a%d8%af-%d9%8a%d8%ae%d9%84%d9%81-4-%d9%82%d8%aa%d9%84%d9%89-%d9%88-6-%d9%85%d9%81%d9%82%d9%88%d8%af%d9%8a%d9%86",
    "2024-01-20", "no date line in the stored text; the address carries /2024/01/20/ and the body's 'صباح اليوم السبت 20 يناير' (20 Jan 2024 was a Saturday) agrees; the comment form dropped; headline kept from the page; the text has day and month but no year", False, """
غرق سفينة صيد يخلف 4 قتلى و 6 مفقودين
غرقت سفينة الصيد في أعالي البحار "تيليلا"، صباح اليوم السبت 20 يناير، في مصيدة الأخطبوط الجنوبية، وقد أنقذ 14 بحارا وانتشلت 4 جثث، بينما لا يزال 6 بحارة من طاقمها البالغ 24 فردا في عداد المفقودين.
وذكرت بعض المصادر أن الأمواج العاتية والرياح القوية تسببت في غرق السفينة.
ويشار إلى أن عددا كبيرا من سفن الصيد في أعالي البحار شارك في عمليات البحث عن جثث البحارة الستة المفقودين، فيما تحاول فرقاطتان تابعتان للبحرية الملكية تقديم الدعم وتمشيط المنطقة بحثا عن ناجين.
""", [
    ev("telila-sinking", "غرقت سفينة الصيد في أعالي البحار", SINKING, "'صباح اليوم السبت 20 يناير' = Sat 20 Jan 2024"),
    ev("crew-rescued", "وقد أنقذ 14 بحارا", SINKING, "no own expression; the 14 survivors were picked up by seven nearby ships on Sat 20 Jan 2024, the day of the sinking"),
    ev("bodies-recovered", "وانتشلت 4 جثث", SINKING, "no own expression; the four bodies were recovered on Sat 20 Jan 2024 (already counted in this report of that day)"),
    ev("search-for-missing", "شارك في عمليات البحث عن جثث البحارة الستة المفقودين", SEARCH[0], "no own expression; the search for the six missing, from Sat 20 Jan 2024 until it was given up (anfaspress, Tue 23 Jan), my span", end=SEARCH[1]),
    ev("navy-frigates", "تحاول فرقاطتان تابعتان للبحرية الملكية تقديم الدعم", SINKING, "no own expression; the navy frigates were combing the area on Sat 20 Jan 2024, the day of this report"),
])
art(S, "https://albahr.info/22788.html",
    "2024-01-22", "the page's time stamp '22 يناير 2024 على الساعة 21:32' under the 'عاجل' tag (kept as the second line, after the headline), and the body's 'اليوم الإثنين' (22 Jan 2024 was a Monday); the 'عاجل' tag dropped; headline kept from the page; the last, truncated sentence shortened", True, """
الداخلة، وصول أنواش محمد، و كريم النوهالي، بحارين من الناجين من غرق سفينة تيليلا إلى ميناء الداخلة الجزيرة
22 يناير 2024 على الساعة 21:32
الداخلة متابعة: تحركت خافرة إنقاذ الأرواح البشرية "الوحدة" اليوم الإثنين لإجلاء بحارين من طاقم سفينة الصيد في أعالي البحار "تيليلا"، التي غرقت في أقصى السواحل الجنوبية وخلفت وفاة 10 من البحارة، إذ أفادت مصادر مطلعة لجريدة البحر أنفو بأن الخافرة "الوحدة" تسلمت البحارين من سفينة الصيد في أعالي البحار "الخوارزمي"، التي كانت قد أخرجتهما من الماء مباشرة بعد غرق "تيليلا".
وللتذكير، فقد غرقت السفينة المسماة "تيليلا" بتاريخ 20 يناير 2024 في منطقة الصيد "21"، مخلفة وفاة 10 أشخاص من طاقمها بينهم القائد، في حين تمكنت 7 سفن من إنقاذ 14 فردا من الطاقم المكون من 24 بحارا، وهي: تامكرا، وملوكة 4، والخوارزمي، والمسيرة 8، وصدر، والفاريد، وكلتي.
وللتوضيح، وقع الحادث على مسافة بعيدة جدا من ميناء الداخلة الجزيرة، أي على بعد أكثر من 48 ساعة من الإبحار انطلاقا من نقطة غرق السفينة.
""", [
    ev("first-survivors-arrive", "تحركت خافرة إنقاذ الأرواح البشرية", FIRST_ARRIVAL, "'اليوم الإثنين' in a report stamped 22 Jan 2024 (a Monday)"),
    ev("handover-at-sea", "تسلمت البحارين من سفينة الصيد في أعالي البحار", FIRST_ARRIVAL, "no own expression; the lifeboat took the two sailors from the 'Al Khawarizmi' off the port on Mon 22 Jan 2024 (albahrnews: 'إلى مشارف الميناء')"),
    ev("telila-sinking", "فقد غرقت السفينة المسماة", SINKING, "'بتاريخ 20 يناير 2024' = Sat 20 Jan 2024"),
    ev("crew-rescued", "تمكنت 7 سفن من إنقاذ 14 فردا", SINKING, "no own expression; the rescue by seven ships on Sat 20 Jan 2024, the day of the sinking"),
])
art(S, "https://albahrnews.com/%d8%a7%d9%84%d8%af%d8%a7%d8%ae%d9%84%d8%a9-%d8%a5%d8%ac%d9%84%d8%a7%d8%a1-%d8%a3%d9%88%d9%84-%d8%a8%d8%ad%d8%a7%d8%b1%d9%8a%d9%86-%d8%b6%d9%85%d9%86-%d8%a7%d9%84%d9%86%d8%a7%d8%ac%d9%8a%d9%86",
    "2024-01-22", "no date on the stored page; the body's 'بعد ظهر اليوم الإثنين' for the arrival of the first two survivors, which albahr.info (stamped 22 Jan 2024 21:32: 'اليوم الإثنين') and anfaspress of Tue 23 Jan ('أمس الإثنين') date Mon 22 Jan 2024; headline rendered from the URL slug; the last, truncated sentence (which ship recovered which body) dropped; no date of its own in the text", False, """
الداخلة.. إجلاء أول بحارين ضمن الناجين
بلغ ميناء الداخلة بعد ظهر اليوم الإثنين بحاران من بين الـ14 بحارا الذين نجوا من حادث سفينة الصيد في أعالي البحار تيليلا، التي غرقت على بعد 170 ميلا في السواحل الجنوبية للمملكة قرب الحدود المغربية الموريتانية.
وأوضح مصدر خاص للبحرنيوز أن البحارين، أنواش محمد والنوهالي كريم، كانا يعملان طباخا ومساعدا له ضمن طاقم السفينة المنكوبة، وقد نقلتهما سفينة الصيد الخوارزمي إلى مشارف الميناء، حيث تسلمتهما خافرة الإنقاذ "الوحدة" وعادت بهما إلى الرصيف، لتستقبلهما السلطات المختصة وسيارة إسعاف نقلتهما إلى المستشفى الإقليمي للاطمئنان على حالتهما وتقديم الإسعافات اللازمة.
وأفادت المصادر ذاتها للبحرنيوز بأن صحة البحارين جيدة الآن، وأنهما سيقيمان مؤقتا في أحد فنادق المدينة في انتظار وصول بقية الناجين يوم غد الثلاثاء، مؤكدة أن الأخبار القادمة من أعالي البحار تفيد بأن باقي الناجين بخير.
وكانت سبع سفن قد هبت لنجدة 14 بحارا من طاقم السفينة المنكوبة، فيما انتشلت أربع جثث، ولا يزال ستة بحارة في عداد المفقودين.
""", [
    ev("first-survivors-arrive", "بلغ ميناء الداخلة بعد ظهر اليوم الإثنين بحاران", FIRST_ARRIVAL, "'بعد ظهر اليوم الإثنين' = Mon 22 Jan 2024"),
    ev("telila-sinking", "التي غرقت على بعد 170 ميلا", SINKING, "no own expression; the sinking of Sat 20 Jan 2024 (infomaroc, albahr.info)"),
    ev("handover-at-sea", "حيث تسلمتهما خافرة الإنقاذ", FIRST_ARRIVAL, "no own expression; off the port, just before the arrival of Mon 22 Jan 2024"),
    ev("hospital-transfer", "وسيارة إسعاف نقلتهما إلى المستشفى الإقليمي", FIRST_ARRIVAL, "no own expression; on landing, Mon 22 Jan 2024 afternoon"),
    ev("remaining-survivors-arrive", "في انتظار وصول بقية الناجين يوم غد الثلاثاء", REST_ARRIVAL, "'يوم غد الثلاثاء' from Mon 22 Jan 2024 = Tue 23 Jan (expected)"),
    ev("crew-rescued", "قد هبت لنجدة 14 بحارا", SINKING, "no own expression; the rescue by seven ships on Sat 20 Jan 2024, the day of the sinking"),
])
art(S, "https://anfaspress.com/news/voir/127992-2024-01-23-11-55-24",
    "2024-01-23", "the body's 'اليوم الثلاثاء 23 يناير 2024' and 'أمس الإثنين' (23 Jan 2024 was a Tuesday); the address carries 2024-01-23-11-55-24; the crawl date at the top of the page ('Friday 12 September 2025'), the section tag and the repeated sub-heading dropped; headline kept from the page; the last, truncated sentence shortened", True, """
تعميق البحث حول ظروف غرق سفينة في أعالي البحار ووصول الناجين إلى ميناء الداخلة
فقدت فرق الإنقاذ التابعة للبحرية الملكية الأمل في العثور على جثث 6 بحارة غرقت سفينتهم في الساعات الأولى من يوم السبت 20 يناير 2024، بينما انتشلت جثث 4 آخرين وأنقذ 14 بحارا، وكانت السفينة المسماة "تيليلا" تصطاد في أعالي البحار قرب المياه الإقليمية لموريتانيا.
وبحسب أحد المتابعين، فإن رداءة الأحوال الجوية وارتفاع الأمواج قد يبعدان الجثث عن موقع الغرق، ويصبح العثور عليها مستحيلا مع مرور الأيام، لا سيما إذا لم يكن أصحابها يرتدون سترات النجاة.
وعلمت جريدة "أنفاس بريس" أن 12 بحارا من الناجين سيصلون اليوم الثلاثاء 23 يناير 2024 إلى ميناء الداخلة، بعد أن وصل زميلان لهم أمس الإثنين، ومعهم جثث البحارة الأربعة، وذلك بتنسيق مع جمعية البحث والإنقاذ البحري بالداخلة.
وبعد أن يأخذ البحارة قسطا من الراحة، سيعرضون على أطباء مختصين في الصحة العضوية والنفسية، وتبقى لأسر المتوفين حرية دفنهم في الداخلة أو في مسقط رؤوسهم، كما سيفتح تحقيق بالموازاة مع ذلك.
""", [
    ev("hope-lost", "فقدت فرق الإنقاذ التابعة للبحرية الملكية الأمل", REST_ARRIVAL, "no own expression; the state of the search as reported on Tue 23 Jan 2024 (it may have been given up a day earlier)"),
    ev("telila-sinking", "غرقت سفينتهم في الساعات الأولى من يوم السبت 20 يناير 2024", SINKING, "'الساعات الأولى من يوم السبت 20 يناير 2024'"),
    ev("bodies-recovered", "بينما انتشلت جثث 4 آخرين", SINKING, "no own expression; the four bodies were recovered on Sat 20 Jan 2024 (infomaroc of that day)"),
    ev("crew-rescued", "وأنقذ 14 بحارا", SINKING, "no own expression; the rescue of Sat 20 Jan 2024, the day of the sinking"),
    ev("remaining-survivors-arrive", "سيصلون اليوم الثلاثاء 23 يناير 2024 إلى ميناء الداخلة", REST_ARRIVAL, "'اليوم الثلاثاء 23 يناير 2024' (expected that day)"),
    ev("first-survivors-arrive", "بعد أن وصل زميلان لهم أمس الإثنين", FIRST_ARRIVAL, "'أمس الإثنين' from Tue 23 Jan 2024 = Mon 22 Jan"),
])

# ---------------------------------------------------------------- morocco-guelmim-oued-sayyad-car-2021
S = "morocco-guelmim-oued-sayyad-car-2021"
RAIN_THU = "2021-01-07"                    # Thu 7 Jan 2021 evening: heavy rain over Guelmim
SWEPT = "2021-01-08"                       # Fri 8 Jan 2021 evening: the Oued Sayyad flood swept a car away between Guelmim and Asrir
FOUND = "2021-01-09"                       # Sat 9 Jan 2021 morning: the search resumed and the car was found
WEEKEND = (SWEPT, "2021-01-11")            # the search over the weekend, Fri 8 - Sun 10 Jan 2021
art(S, "https://alhadathpress.com/%D8%AE%D8%B7%D9%8A%D8%B1-%D8%AD%D8%A7%D9%84%D8%A9-%D8%A7%D8%B3%D8%AA%D9%86%D9%81%D8%A7%D8%B1-%D9%88%D8%B3%D8%B7-%D9%83%D9%84%D9%85%D9%8A%D9%85-%D8%A8%D8%AD%D8%AB%D8%A7-%D8%B9%D9%86-%D8%B3%D9%8A/",
    "2021-01-09", "no date on the stored page; the body's 'أمس الجمعة' for the car swept away on Fri 8 Jan 2021 (akhbar7: 'أمس الجمعة 8 يناير', in its report of 'اليوم السبت 9 يناير'), and the car is still being searched for (it was found on Saturday morning), so the report is of Sat 9 Jan 2021; the year from the other reports (see README); the 'الحدث بريس ـ مُتابعة' credit and the comments counter dropped; headline written from the URL slug; no date of its own in the text", False, """
حالة استنفار في كلميم بحثا عن سيارة جرفتها السيول
جرفت سيول "وادي صياد"، أمس الجمعة، سيارة خفيفة بين مدينة كلميم وجماعة أسرير، ولا يعرف عدد الأشخاص الذين كانوا على متنها.
وتواصل مصالح الدرك الملكي وعناصر الوقاية المدنية وسائر السلطات المختصة في كلميم جهودها للعثور على السيارة وركابها.
وبحسب مصادر مطلعة، فإن "السائق لم يستجب لتعليمات السلطات بعدم المغامرة بعبور الوادي، فجرفته سيول الأمطار بعيدا دون أن تعرف هويته ولا هوية مرافقيه".
وأضاف المصدر نفسه أن السلطات المحلية والأمنية وعناصر الوقاية المدنية في كلميم تدخلت لتأمين عملية البحث عن السيارة، ووجهت نداءات إلى بقية مستعملي الطريق بعدم المجازفة بعبور الوادي.
""", [
    ev("car-swept", "أمس الجمعة، سيارة خفيفة بين مدينة كلميم وجماعة أسرير", SWEPT, "'أمس الجمعة' from Sat 9 Jan 2021 = Fri 8 Jan"),
    ev("search-operation", "جهودها للعثور على السيارة وركابها", WEEKEND[0], "no own expression; the search went on over the weekend, Fri 8 - Sun 10 Jan 2021 (telemaroc 'طيلة أيام نهاية الأسبوع'), my span", end=WEEKEND[1]),
    ev("driver-ignored-warning", "السائق لم يستجب لتعليمات السلطات", SWEPT, "no own expression; the driver passed the gendarmerie's roadblock when the car was swept away, Fri 8 Jan 2021"),
])
art(S, "https://akhbar7.ma/%d8%a7%d9%84%d8%b9%d8%ab%d9%88%d8%b1-%d8%b9%d9%84%d9%89-%d8%b3%d9%8a%d8%a7%d8%b1%d8%a9-%d8%ac%d8%b1%d9%81%d8%aa%d9%87%d8%a7-%d8%a7%d9%84%d8%b3%d9%8a%d9%88%d9%84-%d8%b6%d9%88%d8%a7%d8%ad%d9%8a-%d9%83",
    "2021-01-09", "no date line in the stored text; the body's 'صباح اليوم السبت 9 يناير الجاري' and 'أمس الجمعة 8 يناير' (9 Jan 2021 was a Saturday); the text has no year (see README for 2021); headline rendered from the URL slug", False, """
العثور على سيارة جرفتها السيول ضواحي كلميم
عثر عناصر الدرك الملكي والوقاية المدنية، صباح اليوم السبت 9 يناير الجاري، على السيارة الخفيفة التي جرفتها سيول "واد صياد" أمس الجمعة 8 يناير بين مدينة كلميم وجماعة أسرير، غير أنهم لم يعثروا على جثث ركابها الذين يقدر عددهم بثلاثة أشخاص.
وأفادت مصادر مطلعة بأن فرق الإنقاذ ومصالح الدرك الملكي والسلطات المحلية ما زالت تواصل البحث عن المفقودين وتحاول تحديد هوية صاحب السيارة.
وأكدت المصادر ذاتها أن السلطات جندت عددا كبيرا من عناصرها منذ ليلة أمس الجمعة، إثر جرف السيول لسيارة سبق أن حذرتها مصالح الدرك الملكي من المغامرة بعبور الوادي الذي عرف حمولة كبيرة جراء الأمطار الغزيرة التي شهدتها المنطقة.
وكانت مناطق عديدة من كلميم قد سجلت تساقطات مطرية مهمة مساء الخميس، تسببت في سيول لم تعرفها المنطقة منذ مدة.
""", [
    ev("car-found", "صباح اليوم السبت 9 يناير الجاري", FOUND, "'صباح اليوم السبت 9 يناير الجاري' = Sat 9 Jan 2021"),
    ev("car-swept", "أمس الجمعة 8 يناير بين مدينة كلميم وجماعة أسرير", SWEPT, "'أمس الجمعة 8 يناير' = Fri 8 Jan 2021"),
    ev("search-operation", "ما زالت تواصل البحث عن المفقودين", WEEKEND[0], "no own expression; the weekend search, Fri 8 - Sun 10 Jan 2021 (telemaroc), my span", end=WEEKEND[1]),
    ev("night-search", "جندت عددا كبيرا من عناصرها منذ ليلة أمس الجمعة", SWEPT, "'منذ ليلة أمس الجمعة' = from the night of Fri 8 Jan 2021"),
    ev("driver-ignored-warning", "سبق أن حذرتها مصالح الدرك الملكي", SWEPT, "no own expression; the warning at the ford just before the car was swept away, Fri 8 Jan 2021"),
    ev("thursday-rain", "سجلت تساقطات مطرية مهمة مساء الخميس", RAIN_THU, "'مساء الخميس' before Fri 8 Jan 2021 = Thu 7 Jan"),
])
art(S, "https://maghress.com/ahdathpress/837915",
    "2021-01-09", "no date on the stored page (an Ahdath.info report carried by maghress); the body's 'اليوم السبت تاسع يناير الجاري' and 'ليلة أمس الجمعة' (9 Jan 2021 was a Saturday); the text has no year (see README for 2021: maghress's ahdathpress/623201 is of Friday 28 September 2018, so 837915 is later, and 9 January fell on a Saturday in 2021); headline written from the body (the stored text has none); the last, truncated sentence shortened", False, """
انتشال جثة أحد ضحايا سيول واد صياد بكلميم
جاؤوا من طانطان، وفي كلميم انتهت رحلتهم وانتهت معها حياتهم.. إنهم ضحايا السيول في إقليم كلميم، الذين انتشلت جثة أحدهم اليوم السبت تاسع يناير الجاري، بينما يتواصل البحث عن شخصين آخرين، بعدما تبين أن السيارة كانت تقل ثلاثة ركاب، وأن سائقها اختار تخطي الحاجز الذي يمنع العبور من المكان الذي صار موضع هلاكهم.
فقد جرفت مياه "واد صياد" سيارة بين مدينة كلميم وجماعة "أسرير" بسبب ارتفاع منسوب المياه المتدفقة في الوادي.
وانتشلت السيارة الغارقة، ويستمر البحث عن بقية ركابها، في حين انتشلت جثة أحد الضحايا، وذلك عقب التساقطات المطرية التي شهدتها المنطقة ليلة أمس الجمعة.
وبحسب مصادر من عين المكان، فإن السيول جرفت سيارة من نوع (رونو 21) عثر بداخلها على أغراض شخصية ووثائق تعود لمالكها، وقد استنفر الحادث رجال الوقاية المدنية والسلطات الإقليمية والمحلية وشباب الدواوير المجاورة، فيما تتواصل عمليات البحث عن مفقودين محتملين، إذ لا يعرف العدد الحقيقي لركاب السيارة التي غامر سائقها بالعبور رغم ارتفاع منسوب مياه الوادي.
وعرفت مناطق كلميم تساقطات مطرية مهمة مساء الخميس.
""", [
    ev("body-recovered", "الذين انتشلت جثة أحدهم اليوم السبت تاسع يناير الجاري", FOUND, "'اليوم السبت تاسع يناير الجاري' = Sat 9 Jan 2021 (akhbar7 of the same day says no body had been found yet)"),
    ev("car-swept", "فقد جرفت مياه", SWEPT, "no own expression; Fri 8 Jan 2021 (akhbar7 'أمس الجمعة 8 يناير')"),
    ev("car-found", "وانتشلت السيارة الغارقة", FOUND, "no own expression; the car was found on Sat 9 Jan 2021 in the morning (akhbar7)"),
    ev("friday-rain", "التساقطات المطرية التي شهدتها المنطقة ليلة أمس الجمعة", SWEPT, "'ليلة أمس الجمعة' from Sat 9 Jan 2021 = the night of Fri 8 Jan"),
    ev("search-operation", "ويستمر البحث عن بقية ركابها", WEEKEND[0], "no own expression; the weekend search, Fri 8 - Sun 10 Jan 2021, my span", end=WEEKEND[1]),
    ev("thursday-rain", "وعرفت مناطق كلميم تساقطات مطرية مهمة مساء الخميس", RAIN_THU, "'مساء الخميس' before Fri 8 Jan 2021 = Thu 7 Jan"),
])
art(S, "https://telemaroc.tv/info/24324",
    "2021-01-11", "no date on the stored page; the body's 'مساء يوم الجمعة المنصرم' and 'صبيحة أول أمس السبت' for the loss of the car on Fri 8 Jan 2021 and the resumed search of Sat 9 Jan 2021 (akhbar7, ahdathpress) give Mon 11 Jan 2021 ('طيلة أيام نهاية الأسبوع' agrees); headline written from the body (the stored text has none); the last sentence breaks off after 'شقيقين من أسرة واحدة' and is ended there; no date of its own in the text", False, """
كلميم.. بحث مضن عن سيارة جرفتها سيول واد صياد
أمضت السلطات المحلية وعناصر الوقاية المدنية والدرك الملكي والقوات المساعدة في إقليم كلميم ساعات طويلة طيلة أيام نهاية الأسبوع في البحث عن سيارة خفيفة تقل أفرادا من أسرة واحدة، جرفتها سيول واد صياد بين جماعة أسرير وكلميم مساء يوم الجمعة المنصرم.
ووفق المعطيات المتوفرة، فإن السيارة تجاوزت حاجزا للدرك الملكي وحاولت عبور الوادي، لكن ارتفاع منسوب المياه دفعها نحو المجرى فاختفت تماما أمام أعين بعض الحاضرين.
وذكرت المصادر أن السلطات المحلية وعناصر الوقاية المدنية هرعت إلى الوادي منذ علمها بالخبر في حينه ومشطته ليلا دون نتيجة، ثم علقت عمليات البحث إلى صبيحة أول أمس السبت، حين استأنفت الفرق المكلفة عملها رغم وعورة المسالك وتهاطل الأمطار وارتفاع منسوب الوادي، واستعانت بمروحية للقوات المسلحة الملكية حلقت على علو منخفض لتتبع مجرى الوادي والبحث عن المفقودين الذين لم يكن عددهم معروفا في البداية، كما استعملت دراجة مائية وغواصين من الوقاية المدنية.
وفي صباح اليوم نفسه، عثرت عناصر الوقاية المدنية على السيارة بعدما قذفتها المياه إلى اليابسة، فتم التعرف عليها وعلى هويات ركابها، وهم شقيقان من أسرة واحدة.
""", [
    ev("search-operation", "ساعات طويلة طيلة أيام نهاية الأسبوع في البحث", WEEKEND[0], "'طيلة أيام نهاية الأسبوع' before Mon 11 Jan 2021 = Fri 8 - Sun 10 Jan, my span", end=WEEKEND[1]),
    ev("car-swept", "جرفتها سيول واد صياد بين جماعة أسرير وكلميم مساء يوم الجمعة المنصرم", SWEPT, "'مساء يوم الجمعة المنصرم' from Mon 11 Jan 2021 = Fri 8 Jan"),
    ev("driver-ignored-warning", "تجاوزت حاجزا للدرك الملكي", SWEPT, "no own expression; just before the car was swept away, Fri 8 Jan 2021"),
    ev("night-search", "ومشطته ليلا دون نتيجة", SWEPT, "no own expression; the night of Fri 8 Jan 2021, before the search was suspended until Saturday morning"),
    ev("search-resumed", "علقت عمليات البحث إلى صبيحة أول أمس السبت", FOUND, "'صبيحة أول أمس السبت' from Mon 11 Jan 2021 = Sat 9 Jan"),
    ev("car-found", "عثرت عناصر الوقاية المدنية على السيارة", FOUND, "'وفي صباح اليوم نفسه' = the morning of Sat 9 Jan 2021"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 559
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

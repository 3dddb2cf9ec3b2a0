"""Builds stories.jsonl: the 555-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: local news from Chad, Niger and Mali in the Arabic-language
press.
Stories: the collapse of the abandoned gold-mining site of Bilalikoto near Kenieba (Kayes region, Mali,
February 2025), the attack on the mosque of Fambita (Tillaberi region, Niger, March 2025), and the Boko Haram
attack on the Chadian army base of Barkaram (Lake province, Chad, October 2024) with Deby's threat to leave the
multinational force a week later.
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- mali-bilalikoto-gold-mine-collapse-2025
S = "mali-bilalikoto-gold-mine-collapse-2025"
COLLAPSE = "2025-02-15"                    # the abandoned site of Bilalikoto (Kenieba, Kayes) collapsed on Sat 15 Feb 2025
NEXT = "2025-02-17"                        # exclusive end of the span Sat 15 - Sun 16 Feb 2025 for the first statements
art(S, "http://196.205.23.68/news/news_publicaffairs/details/2025/2/16/2728468/%D9%85%D8%A7%D9%84%D9%8A-%D9%85%D9%82%D8%AA%D9%84-48-%D8%B4%D8%AE%D8%B5-%D8%A7-%D9%81%D9%8A-%D8%A7%D9%86%D9%87%D9%8A%D8%A7%D8%B1-%D9%85%D9%86%D8%AC%D9%85-%D8%B0%D9%87%D8%A8-%D8%BA%D9%8A%D8%B1-%D9%85%D8%B1%D8%AE%D8%B5",
    "2025-02-16", "the page stamp '03:14 م الأحد 16 فبراير 2025' under the headline (16 Feb 2025 was a Sunday; the stamp is not kept in the text), also the URL path '/2025/2/16/'; a Masrawy page stored under its IP address; the body's 'اليوم الأحد' agrees; the photo caption, the credit '(وكالات)' and the 'فيديو قد يعجبك' / 'إعلان' lines dropped; headline kept from the page", True, """
مالي.. مقتل 48 شخصًا في انهيار منجم ذهب غير مرخص
قضى ما لا يقل عن 48 شخصًا جراء انهيار منجم للذهب لا يحمل ترخيصًا في غرب مالي، بحسب ما أعلنته الشرطة المحلية اليوم الأحد.
وأفادت السلطات المحلية بأن عددًا من الضحايا سقطوا في الماء، وبينهم امرأة كانت تحمل رضيعها على ظهرها.
وحدث الانهيار في موقع كانت تستغله في السابق إحدى الشركات بمنطقة بيلاي كوتو ثم هجرته، على ما قالت السلطات المحلية، التي بيّنت أن معظم الضحايا من النساء اللواتي قصدن الموقع للتنقيب عن الذهب تحت وطأة ظروف اقتصادية قاسية.
وأحصى أبو بكر كيتا، العضو في جمعية المنقبين عن الذهب في كيدال، 48 حالة وفاة على الأقل في الحادث، مع ترجيح ارتفاع الحصيلة لأن البحث عن المفقودين ما زال جاريًا.
وتشهد مالي وبلدان أخرى في غرب إفريقيا حوادث متكررة في مناجم الذهب المهجورة، إذ يتوافد مئات الباحثين عن الذهب على هذه المواقع غير المهيأة، فيتعرضون لمخاطر جسيمة تبدأ بالانهيارات الأرضية ولا تنتهي بالغرق واستنشاق الغازات السامة.
""", [
    ev("mine-collapse", "جراء انهيار منجم للذهب لا يحمل ترخيصًا في غرب مالي", COLLAPSE, "no own day for the collapse (the 'اليوم الأحد' belongs to the police announcement); the collapse of Sat 15 Feb 2025 (alsiasi 'أمس السبت' on Sun 16, akhbararabia 'السبت')"),
    ev("police-toll", "بحسب ما أعلنته الشرطة المحلية اليوم الأحد", COLLAPSE, "the text says 'اليوم الأحد' = Sun 16 Feb 2025, but the police toll of 48 was first given on Sat 15 Feb (the AFP report: 'الحصيلة عند الساعة السادسة من مساء السبت'); my span Sat 15 - Sun 16 Feb 2025", end=NEXT),
    ev("keita-count", "وأحصى أبو بكر كيتا", COLLAPSE, "no own expression; Abubakar Keita's count of 48 was in the AFP report of the evening of Sat 15 Feb 2025, carried on Sun 16; my span Sat 15 - Sun 16 Feb 2025", end=NEXT),
    ev("search-continues", "لأن البحث عن المفقودين ما زال جاريًا", "2025-02-16", "no own expression; the search still going on at the time of the report, Sun 16 Feb 2025 (the page stamp)"),
])
art(S, "https://alsiasi.com/48-%d9%82%d8%aa%d9%8a%d9%84%d8%a7-%d8%a8%d8%a7%d9%86%d9%87%d9%8a%d8%a7%d8%b1-%d9%85%d9%86%d8%ac%d9%85-%d9%84%d9%84%d8%b0%d9%87%d8%a8-%d9%81%d9%8a-%d9%85%d8%a7%d9%84%d9%8a",
    "2025-02-16", "no date on the stored page; the body's 'أمس السبت' for the collapse of Sat 15 Feb 2025 (Masrawy stamped Sun 16 Feb; akhbararabia of Mon 17: 'السبت') gives Sun 16 Feb 2025 (16 Feb 2025 was a Sunday); headline kept from the page; no date of its own in the text beyond 'أمس السبت'", False, """
48 قتيلا بانهيار منجم للذهب في مالي
لقي 48 شخصا على الأقل حتفهم أمس السبت إثر انهيار موقع للتنقيب عن الذهب يعمل بلا ترخيص في غرب مالي، وفق ما أفادت الشرطة المحلية التي ذكرت أن "عددا من الضحايا وقعوا في المياه، بينهم امرأة كانت تحمل طفلها على ظهرها".
وبيّن مسؤول محلي أن "المأساة" حدثت في موقع متروك كانت تشغله من قبل شركة في بيلاي كوتو، لافتا إلى أن "أغلب الضحايا من النساء".
من جهته، عدّ أبو بكر كيتا، من جمعية المنقبين عن الذهب في كيدال، 48 حالة وفاة على الأقل في موقع التنقيب غير الشرعي.
""", [
    ev("mine-collapse", "إثر انهيار موقع للتنقيب عن الذهب يعمل بلا ترخيص", COLLAPSE, "'أمس السبت' in a report of Sun 16 Feb 2025 = Sat 15 Feb"),
    ev("police-toll", "وفق ما أفادت الشرطة المحلية", COLLAPSE, "no own expression; the police toll of 48, given on the evening of Sat 15 Feb 2025 (AFP) and reported on Sun 16 (Masrawy: 'اليوم الأحد'); my span Sat 15 - Sun 16 Feb 2025", end=NEXT),
    ev("keita-count", "عدّ أبو بكر كيتا", COLLAPSE, "no own expression; Keita's count in the AFP report of Sat 15 Feb 2025, carried on Sun 16; my span Sat 15 - Sun 16 Feb 2025", end=NEXT),
])
art(S, "https://akhbararabia.net/2025/02/17/%d8%a8%d8%a7%d9%84%d9%81%d9%8a%d8%af%d9%8a%d9%88-%d9%86%d8%b3%d8%a7%d8%a1-%d9%85%d8%a7%d9%84%d9%8a-%d9%88%d9%81%d8%aa%d8%a7%d8%aa-%d8%a7%d9%84%d8%b0%d9%87%d8%a8",
    "2025-02-17", "date in the URL '/2025/02/17/' (17 Feb 2025 was a Monday); no stamp in the stored text; the body's 'السبت' for the collapse of Sat 15 Feb 2025 agrees; headline rendered from the URL slug", True, """
بالفيديو.. نساء مالي وفتات الذهب
لقي أكثر من 40 شخصاً، أغلبهم من النساء، حتفهم في مالي إثر انهيار منجم للذهب، السبت، في غرب البلاد.
وصرح تاولي كامارا، الأمين العام للاتحاد الوطني لمناجم ومصافي الذهب في مالي، بأن "43 شخصاً، معظمهم نساء، ماتوا بعد انهيار منجم ذهب حرفي في غرب البلاد".
وأوضح كامارا لوكالة رويترز أن "الحادث وقع، السبت، بالقرب من بلدة كينيبا في منطقة كايس الغنية بالذهب".
وبيّن أن "النساء نزلن إلى حفر تركها عمال المناجم مكشوفة بحثا عن بقايا الذهب حين انهارت الأرض من حولهن".
وأكد متحدث باسم وزارة المناجم أن "الحادث وقع بين بلدتي كينيبا ودابيا"، لكنه امتنع عن إعطاء تفاصيل إضافية لأن فرق الوزارة الموجودة في الموقع لم تصدر تقريرها بعد.
ويعد التعدين الحرفي نشاطاً منتشرا في أغلب أنحاء غرب أفريقيا، وقد ازدادت أرباحه في السنوات القليلة الماضية مع تنامي الطلب على المعادن وارتفاع أسعارها.
ويتكرر سقوط الضحايا في حوادث كهذه، لأن عمال المناجم الحرفية يعتمدون كثيرا على أساليب غير منظمة.
وكان 13 عاملاً في مناجم حرفية، بينهم نساء وثلاثة أطفال، قد لقوا حتفهم في جنوب غرب مالي في أواخر كانون الثاني عندما غمرت المياه نفقاً كانوا ينقبون فيه عن الذهب.
""", [
    ev("mine-collapse", "إثر انهيار منجم للذهب، السبت، في غرب البلاد", COLLAPSE, "'السبت' before a report of Mon 17 Feb 2025 = Sat 15 Feb"),
    ev("camara-43-toll", "وصرح تاولي كامارا", COLLAPSE, "no own expression; Camara's toll of 43 given to Reuters after the collapse of Sat 15 Feb 2025 (the Reuters report of that weekend); my span Sat 15 - Sun 16 Feb 2025", end=NEXT),
    ev("ministry-confirmation", "وأكد متحدث باسم وزارة المناجم", COLLAPSE, "no own expression; the ministry spokesman's confirmation in the same Reuters report of the weekend; my span Sat 15 - Sun 16 Feb 2025", end=NEXT),
    ev("january-tunnel-flood", "عندما غمرت المياه نفقاً كانوا ينقبون فيه عن الذهب", "2025-01-21", "'في أواخر كانون الثاني' before mid-February 2025 = late January 2025 (my span 21 - 31 Jan 2025)", end="2025-02-01"),
])

# ---------------------------------------------------------------- niger-fambita-mosque-attack-2025
S = "niger-fambita-mosque-attack-2025"
ATTACK = "2025-03-21"                      # the mosque of Fambita (Kokorou, Tera) was attacked at Friday prayer, Fri 21 Mar 2025, about 2 pm
STATEMENT = ("2025-03-21", "2025-03-23")   # the interior ministry's statement on national TV: Fri 21 evening or Sat 22 Mar 2025
MOURNING = ("2025-03-22", "2025-03-25")    # 72 hours of national mourning, Sat 22 - Mon 24 Mar 2025
art(S, "https://arabkhabar.com/a/4370921",
    "2025-03-22", "no date on the stored page; the body's 'يوم أمس' for the Friday-prayer attack of Fri 21 Mar 2025 and 'اعتبارًا من اليوم السبت وحتى يوم الاثنين المقبل' for the mourning give Sat 22 Mar 2025 (22 Mar 2025 was a Saturday); headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
النيجر: مقتل 44 مدنيا في هجوم على مسجد في فامبيتا
نددت وزارة الداخلية في النيجر بهجوم شنته عناصر من تنظيم الدولة في الصحراء الكبرى على مسجد في قرية فامبيتا جنوب غربي البلاد أثناء صلاة الجمعة يوم أمس، وأوقع 44 قتيلا مدنيا على الأقل.
وأعلنت الوزارة، في بيان أذاعه التلفزيون الوطني، حدادا وطنيا لثلاثة أيام اعتبارًا من اليوم السبت وحتى يوم الاثنين المقبل، بحسب ما نقلته صحيفة لوموند الفرنسية.
وتابعت الوزارة أن الاعتداء الهمجي على المسجد يوم أمس في قرية فامبيتا، الواقعة فيما يعرف بمنطقة الحدود الثلاثية بين النيجر ومالي وبوركينا فاسو، خلّف كذلك 13 جريحا.
وجاء في بيان الوزارة أنه في حوالي الساعة الثانية بعد ظهر يوم أمس، وفيما كان المصلون يقيمون صلاة الجمعة، طوّق الإرهابيون المدججون بالسلاح المسجد وارتكبوا مجزرة بالغة القسوة لا سابق لها، وأن المهاجمين أضرموا النار كذلك في سوق القرية وفي عدد من البيوت خلال انسحابهم.
وأورد البيان أن الحصيلة الأولية بلغت 44 قتيلا كلهم من المدنيين، و13 جريحا بينهم أربعة في حالة خطيرة.
وشددت الوزارة على أن هذه الجرائم الآثمة لن تفلت من العقاب، وأن منفذي الهجوم ومدبريه والمتواطئين معهم ستجري ملاحقتهم وتسليمهم للقضاء لمحاكمتهم أمام المحاكم المختصة.
""", [
    ev("mosque-attack", "بهجوم شنته عناصر من تنظيم الدولة في الصحراء الكبرى على مسجد", ATTACK, "'أثناء صلاة الجمعة يوم أمس' in a report of Sat 22 Mar 2025 = Fri 21 Mar"),
    ev("interior-statement", "وأعلنت الوزارة، في بيان أذاعه التلفزيون الوطني", STATEMENT[0], "no own expression; the statement (which says 'يوم أمس' of the attack and starts the mourning 'اليوم السبت') was read on national TV on the evening of Fri 21 or on Sat 22 Mar 2025; my span Fri 21 - Sat 22", end=STATEMENT[1]),
    ev("national-mourning", "حدادا وطنيا لثلاثة أيام", MOURNING[0], "'لثلاثة أيام اعتبارًا من اليوم السبت وحتى يوم الاثنين المقبل' from Sat 22 Mar 2025 = Sat 22 - Mon 24 Mar", end=MOURNING[1]),
    ev("market-houses-burned", "أضرموا النار كذلك في سوق القرية", ATTACK, "no own expression; during the attackers' withdrawal after the attack of about 2 pm on Fri 21 Mar 2025 ('بعد ظهر يوم أمس')"),
])
art(S, "https://madar.mr/%d8%a7%d9%84%d8%b3%d8%a7%d8%ad%d9%84/niger/%d9%82%d8%aa%d9%84%d9%89-%d9%88%d8%ac%d8%b1%d8%ad%d9%89-%d8%ad%d8%b5%d9%8a%d9%84%d8%a9-%d9%87%d8%ac%d9%88%d9%85-%d9%85%d8%b3%d9%84%d8%ad-%d8%a7%d8%b3%d8%aa%d9%87%d8%af%d9%81-%d9%82%d8%b1%d9%8a%d8%a9",
    "2025-03-22", "no date on the stored page; the body's 'أمس الجمعة' for the attack of Fri 21 Mar 2025 (arabkhabar: 'يوم أمس' with the mourning 'اعتبارًا من اليوم السبت'; alkhaleej: 'يوم 21 مارس الجاري') gives Sat 22 Mar 2025 (22 Mar 2025 was a Saturday); a Mauritanian site; headline rendered from the URL slug (cut after 'قرية', completed with 'في النيجر')", False, """
قتلى وجرحى حصيلة هجوم مسلح استهدف قرية في النيجر
قُتل 44 مدنيا أمس الجمعة في هجوم على قرية بجنوب غرب النيجر، حسبما أكدت وزارة الداخلية النيجرية.
وحمّلت الوزارة في بيان تنظيم الدولة الإسلامية في الصحراء الكبرى المسؤولية عن الهجوم، وأعلنت حدادا وطنيا لمدة 3 أيام.
وإلى جانب القتلى، أصيب 13 شخصا بجروح في الهجوم، 4 منهم إصاباتهم خطرة، بحسب بيان الداخلية.
وأفاد البيان بأن مسلحين مدججين بالسلاح طوقوا مسجدا في قرية "افامبيتا" التابعة لبلدية "كوكورو" الريفية أثناء أداء الرجال صلاة الجمعة، وارتكبوا "مذبحتهم الاستثنائية في قساوتها".
كما "أضرموا النار أيضا في السوق والمنازل خلال انسحابهم".
وتقع "افامبيتا" في منطقة "المثلث الحدودي" بين النيجر ومالي وبوركينا فاسو، وهي منطقة صارت منذ سنوات ملاذا لتنظيمي الدولة الإسلامية والقاعدة.
""", [
    ev("mosque-attack", "قُتل 44 مدنيا أمس الجمعة في هجوم على قرية", ATTACK, "'أمس الجمعة' in a report of Sat 22 Mar 2025 = Fri 21 Mar"),
    ev("interior-statement", "وحمّلت الوزارة في بيان تنظيم الدولة الإسلامية", STATEMENT[0], "no own expression; the ministry's statement of the evening of Fri 21 or of Sat 22 Mar 2025 (it calls the attack 'يوم أمس'); my span Fri 21 - Sat 22", end=STATEMENT[1]),
    ev("national-mourning", "وأعلنت حدادا وطنيا لمدة 3 أيام", MOURNING[0], "no start day in this text ('لمدة 3 أيام' only); the mourning ran from Sat 22 to Mon 24 Mar 2025 (arabkhabar: 'اعتبارًا من اليوم السبت وحتى يوم الاثنين المقبل')", end=MOURNING[1]),
    ev("market-houses-burned", "أضرموا النار أيضا في السوق والمنازل", ATTACK, "no own expression; during the withdrawal after the attack of Fri 21 Mar 2025 ('أمس الجمعة')"),
])
art(S, "https://www.alkhaleej.ae/2025-03-23/%D9%85%D9%86%D8%B8%D9%85%D8%A9-%D8%A7%D9%84%D8%AA%D8%B9%D8%A7%D9%88%D9%86-%D8%A7%D9%84%D8%A5%D8%B3%D9%84%D8%A7%D9%85%D9%8A-%D8%AA%D8%AF%D9%8A%D9%86-%D8%A7%D9%84%D9%87%D8%AC%D9%88%D9%85-%D8%A7%D9%84%D8%A5%D8%B1%D9%87%D8%A7%D8%A8%D9%8A-%D8%B9%D9%84%D9%89-%D9%85%D8%B5%D9%84%D9%8A%D9%86-%D9%81%D9%8A-%D8%A7%D9%84%D9%86%D9%8A%D8%AC%D8%B1-5836906/%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9",
    "2025-03-23", "the page stamp '23 مارس 2025 21:44 مساء' under the headline and the URL path '/2025-03-23/' (23 Mar 2025 was a Sunday; the stamp is not kept in the text); a WAM dispatch from Jeddah; the page's 'عادي', 'قراءة دقيقة واحدة' and related-links lines dropped; headline kept from the page; the dateline 'جدة - وام' kept", True, """
منظمة التعاون الإسلامي تدين الهجوم الإرهابي على مصلين في النيجر
جدة - وام
استنكرت الأمانة العامة لمنظمة التعاون الإسلامي، بأقوى العبارات، الهجوم الإرهابي على مصلين كانوا يقيمون صلاة الجمعة في قرية فامبيتا التابعة لبلدية تيرا في النيجر يوم 21 مارس الجاري، والذي أوقع عشرات القتلى والجرحى.
وعبّر حسين إبراهيم طه، الأمين العام للمنظمة، عن شجبه الشديد لهذه الجريمة الشنيعة، وقدم التعازي لذوي الضحايا ولجمهورية النيجر حكومة وشعبا.
وأكد أن المنظمة تقف متضامنة تماما مع جمهورية النيجر وشعبها في وجه كل ما يهدد أمنها واستقرارها، وأنها تدين الإرهاب بجميع صوره، وتساند مساعي حكومة النيجر للتصدي له.
""", [
    ev("mosque-attack", "الهجوم الإرهابي على مصلين كانوا يقيمون صلاة الجمعة", ATTACK, "'يوم 21 مارس الجاري' = Fri 21 Mar 2025"),
    ev("oic-condemnation", "استنكرت الأمانة العامة لمنظمة التعاون الإسلامي", "2025-03-22", "no own expression; the OIC statement carried by WAM and published by alkhaleej on Sun 23 Mar 2025 at 21:44; it may have been issued on Sat 22; my span Sat 22 - Sun 23 Mar 2025", end="2025-03-24"),
    ev("taha-condolences", "وقدم التعازي لذوي الضحايا", "2025-03-22", "no own expression; the secretary-general's words in the same OIC statement (my span Sat 22 - Sun 23 Mar 2025)", end="2025-03-24"),
])

# ---------------------------------------------------------------- chad-barkaram-boko-haram-attack-2024
S = "chad-barkaram-boko-haram-attack-2024"
ATTACK = "2024-10-27"                      # Boko Haram attacked the army post on Barkaram island (Kaya, Lake) on the night of Sun 27 Oct 2024
RESPONSE = "2024-10-28"                    # the presidency's statement (about 40 dead) and Deby's visit / launch of operation Haskanite, Mon 28 Oct 2024
THREAT = "2024-11-03"                      # Deby's threat to leave the Multinational Joint Task Force, Sun 3 Nov 2024
art(S, "https://lendjampost.com/%d8%a3%d9%85%d9%86-%d8%af%d9%8a%d8%a8%d9%8a-%d8%a7%d9%84%d8%a7%d8%a8%d9%86-%d9%8a%d9%82%d9%88%d8%af-%d8%b9%d9%85%d9%84%d9%8a%d8%a9-%d8%b9%d8%b3%d9%83%d8%b1%d9%8a%d8%a9-%d8%b6%d8%af-%d8%a8%d9%88%d9%83",
    "2024-10-28", "no date on the stored page; the body's 'صباح اليوم الإثنين 28 أكتوبر' (28 Oct 2024 was a Monday) for the morning the news broke, with the presidency's statement and Deby's departure for the site that day (tmc24news of 28 Oct: 'صباح الاثنين'), gives Mon 28 Oct 2024; a Chadian site (N'Djamena Post); headline rendered from the URL slug (cut after 'بوك', completed)", False, """
ديبي الابن يقود عملية عسكرية ضد بوكو حرام
تشهد المناطق المحيطة ببحيرة تشاد من حين لآخر هجمات مسلحة تشنها جماعة بوكو حرام على أهداف مدنية وعسكرية. وصحا التشاديون صباح اليوم الإثنين 28 أكتوبر على خبر هجوم عنيف نفذته جماعة بوكو حرام وخلّف عشرات القتلى والجرحى. وقد أعلنت رئاسة الجمهورية سقوط 40 قتيلاً من عناصر الأمن في جزيرة بركرام بولاية البحيرة. وأوضحت الرئاسة في بيان رسمي أن رئيس الجمهورية محمد إدريس ديبي توجه إلى موقع الحادث ليتولى قيادة عملية مطاردة المهاجمين، التي أطلق عليها اسم عملية (HASKANITE). وتندرج هذه العملية العسكرية الجديدة ضمن مساعي تشاد المستمرة لحماية حدودها والتصدي لنفوذ جماعة بوكو حرام في منطقة البحيرة، التي تعد بؤرة للتوترات الأمنية منذ عدة سنوات. وفي العام2020 كان الرئيس الراحل إدريس ديبي إتنو قد قاد عملية غضب بوما، ردا على هجوم لبوكو حرام أودى بحياة مئات الجنود التشاديين. وتظل جماعة بوكو حرام كابوسا يؤرق شعوب المنطقة وحكوماتها، ولغزا يربك المراقبين، إذ تتواصل أعمال العنف والاعتداءات على السكان وعناصر الأمن رغم كل الجهود والتحالفات والحملات الموجهة ضدها.
""", [
    ev("barkaram-attack", "خبر هجوم عنيف نفذته جماعة بوكو حرام", ATTACK, "no own day for the attack ('صباح اليوم الإثنين 28 أكتوبر' is when the news broke); the attack of the night of Sun 27 Oct 2024 (tmc24news 'ليلة الأحد')"),
    ev("presidency-40-toll", "وقد أعلنت رئاسة الجمهورية سقوط 40 قتيلاً", RESPONSE, "no own expression; the presidency's statement of Mon 28 Oct 2024 (the morning of 'اليوم الإثنين 28 أكتوبر')"),
    ev("deby-haskanite", "توجه إلى موقع الحادث ليتولى قيادة عملية مطاردة المهاجمين", RESPONSE, "no own expression; Deby went to the site and launched operation Haskanite on the morning of Mon 28 Oct 2024 (tmc24news 'صباح الاثنين')"),
    ev("bohoma-attack-2020", "ردا على هجوم لبوكو حرام أودى بحياة مئات الجنود التشاديين", "2020-03-22", "'في العام2020' only; the Boko Haram attack on Bohoma of the night of Sun 22 - Mon 23 Mar 2020 (about 100 soldiers killed)", end="2020-03-24"),
    ev("bohoma-anger-operation", "قاد عملية غضب بوما", "2020-03-24", "'في العام2020' only; the operation 'Colere de Bohoma' followed the attack of 22-23 Mar 2020, in the spring of 2020 (my span 24 Mar - 30 Apr 2020)", end="2020-05-01"),
])
art(S, "https://tmc24news.com/2024/10/28/%d9%85%d9%82%d8%aa%d9%84-40-%d8%ac%d9%86%d8%af%d9%8a%d9%8b%d8%a7-%d9%81%d9%8a-%d9%87%d8%ac%d9%88%d9%85-%d9%85%d8%b3%d9%84%d8%ad-%d8%b9%d9%84%d9%89-%d9%82%d8%a7%d8%b9%d8%af%d8%a9-%d8%b9%d8%b3%d9%83",
    "2024-10-28", "date in the URL '/2024/10/28/' (28 Oct 2024 was a Monday); no stamp in the stored text; the body's 'ليلة الأحد' and 'صباح الاثنين' agree; headline rendered from the URL slug (cut after 'عسك', completed); the doubled 'حسبما أعلنت الرئاسة في بيان رسمي' of the page merged", True, """
مقتل 40 جنديًا في هجوم مسلح على قاعدة عسكرية
أفادت الرئاسة التشادية في بيان رسمي بأن 40 جنديًا لقوا حتفهم في هجوم استهدف قاعدة عسكرية في منطقة بحيرة تشاد ليلة الأحد.
وتوجه الرئيس محمد إدريس ديبي إلى مكان الهجوم صباح الاثنين، وأعلن إطلاق عملية "حسكنيت" لملاحقة المهاجمين، الذين لم يكشف البيان عن هويتهم، وإن كانت جماعة بوكو حرام كثيرًا ما تشن هجمات مشابهة في المنطقة.
وتعاني تشاد منذ فترة طويلة من تمرد في غربها قرب الحدود مع نيجيريا. وفي جوان الماضي، لقي تسعة أشخاص حتفهم وأصيب أكثر من 40 آخرين حين شب حريق في مستودع ذخيرة عسكري بالعاصمة نجامينا.
""", [
    ev("presidency-40-toll", "أفادت الرئاسة التشادية في بيان رسمي", RESPONSE, "no own expression; the presidency's statement of Mon 28 Oct 2024 (the day of this report)"),
    ev("barkaram-attack", "في هجوم استهدف قاعدة عسكرية في منطقة بحيرة تشاد ليلة الأحد", ATTACK, "'ليلة الأحد' in a report of Mon 28 Oct 2024 = the night of Sun 27 Oct"),
    ev("deby-haskanite", "وتوجه الرئيس محمد إدريس ديبي إلى مكان الهجوم صباح الاثنين", RESPONSE, "'صباح الاثنين' = Mon 28 Oct 2024, the day of this report"),
    ev("ndjamena-depot-fire", "حين شب حريق في مستودع ذخيرة عسكري", "2024-06-18", "'في جوان الماضي' = June 2024; the fire at the Goudji depot broke out late on Tue 18 Jun 2024 and the blasts went on past midnight (my span 18 - 19 Jun 2024)", end="2024-06-20"),
])
art(S, "https://elasemawelnas.com/2024/11/04/%d8%a7%d9%84%d8%b1%d8%a6%d9%8a%d8%b3-%d8%a7%d9%84%d8%aa%d8%b4%d8%a7%d8%af%d9%8a-%d9%8a%d9%87%d8%af%d8%af-%d8%a8%d8%a7%d9%84%d8%a7%d9%86%d8%b3%d8%ad%d8%a7%d8%a8-%d9%85%d9%86-%d9%82%d9%88%d8%a9-%d8%a3",
    "2024-11-04", "date in the URL '/2024/11/04/' (4 Nov 2024 was a Monday); no stamp in the stored text; the body's 'يوم الأحد' for Deby's remarks of Sun 3 Nov 2024 agrees (the presidency's communique of 3 Nov); headline kept from the page; the last, truncated sentence dropped", True, """
الرئيس التشادي يهدد بالانسحاب من قوة أمنية متعددة الجنسيات فى بحيرة تشاد
لوّح رئيس تشاد محمد إدريس ديبي بسحب بلاده من القوة الأمنية متعددة الجنسيات المكلفة بالتصدي لهجمات الجماعات المتمردة في منطقة بحيرة تشاد، قائلا إن هذه القوة الإقليمية أخفقت في أداء مهمتها.
وجاءت تصريحات ديبي يوم الأحد خلال زيارته للمنطقة، التي تمتد على جزء من غرب تشاد وكذلك نيجيريا والنيجر والكاميرون. وكان نحو 40 جنديا تشاديا قد قتلوا في أواخر تشرين الأول/أكتوبر في هجوم نفذه مسلحون يشتبه في أنهم من جماعة بوكو حرام، وفق موقع رويترز.
وأعلن ديبي بدء عملية ضد المهاجمين، وذكر أنه يفكر في الخروج من القوة المشتركة المتعددة الجنسيات المؤلفة من قوات الدول المطلة على بحيرة تشاد.
وقد تعثر عمل القوة المشتركة بفعل الانقسامات وضعف التعاون، غير أن خروج تشاد منها سيشكل ضربة موجعة لهذه القوة الإقليمية، لما تحظى به القوات المسلحة التشادية من احترام واسع في المنطقة.
وقال ديبي: "نلمس غياب الجهد المشترك في مواجهة العدو، وهذا ما نراه دائما على الأرض مع الأسف، ويبدو أن هذه القوة التي أنشئت لتجميع الجهود والمعلومات الاستخباراتية تعيش حالة ركود".
""", [
    ev("deby-mnjtf-threat", "لوّح رئيس تشاد محمد إدريس ديبي بسحب بلاده", THREAT, "'يوم الأحد' (the next sentence) in a report of Mon 4 Nov 2024 = Sun 3 Nov"),
    ev("barkaram-attack", "قد قتلوا في أواخر تشرين الأول/أكتوبر في هجوم", ATTACK, "'في أواخر تشرين الأول/أكتوبر' = late October 2024; the attack of the night of Sun 27 Oct 2024 (tmc24news 'ليلة الأحد')"),
    ev("deby-haskanite", "وأعلن ديبي بدء عملية ضد المهاجمين", RESPONSE, "no own expression (the text seems to put it at the Sunday visit); operation Haskanite was launched on Mon 28 Oct 2024 (tmc24news 'صباح الاثنين', lendjampost)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 555
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 324-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: missing persons searches: hikers, fishermen, children or
travellers lost in mountains, deserts, caves or at sea, the searches, rescues and bodies found: the student
lost in the Ain al-Dalbeh cave near Tartus (Syria, Feb-Mar 2024), the two Emirati brothers swept away off
Mirbat in Dhofar (Oman, July 2015), the snowstorm that trapped eight Egyptian hikers in the mountains of
Saint Catherine (Egypt, February 2014), and the three Spanish cavers who fell into a gorge near Ouarzazate
(Morocco, April 2015).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-tartus-dalbeh-cave-missing-youth-2024
S = "syria-tartus-dalbeh-cave-missing-youth-2024"
VANISH = "2024-02-26"                      # Qais al-Zarzour entered the Ain al-Dalbeh cave with 8 friends and vanished, Mon 26 Feb 2024 (about noon)
FIRST_SEARCH = ("2024-02-26", "2024-02-28")  # the civil defence's first search rounds, Mon 26 evening - Tue 27 Feb
CD_ENDS = "2024-02-27"                     # the civil defence stopped its search in the cave, Tue 27 Feb 2024
VOLUNTEERS = ("2024-02-27", "2024-03-02")  # volunteers' searches with oxygen pumps after the civil defence stopped (my span, to Fri 1 Mar)
FROGMEN = ("2024-03-02", "2024-03-04")     # frogmen searched the Dalbeh river and the Dreikish dam lake from Sat 2 Mar (my span 2-3 Mar)
EARLIER = ("2024-02-26", "2024-03-07")     # the several searches of the cave before the last one (26 Feb - 6 Mar)
FOUND = "2024-03-07"                       # body found about 800 m deep in the cave, Thu 7 Mar 2024
FRIENDS = ("2024-02-26", "2024-03-01")     # the friends questioned and held briefly 'في الأيام الأولى' (my span 26-29 Feb)
art(S, "https://www.eremnews.com/society/6poqaza4iw",
    "2024-02-28", "no date on the stored page; the body's 'أمس الثلاثاء' for the civil defence ending its search (Tue 27 Feb 2024: athrpress 'صباح اليوم', homsnews) and 'صباح يوم الاثنين' for the visit (Mon 26 Feb, SANA via arabkhabar 27 Feb: 'ظهر يوم أمس') give Wed 28 Feb 2024; a stray headline of another story at the head of the page dropped; headline written from the body; the last, truncated sentence cut to its complete part; no date of its own in the text", False, """
لغز اختفاء شاب داخل مغارة عين الدلبة في طرطوس
لم يتوقع قيس الزرزور، البالغ من العمر 18 عاما، حين دخل مع رفاقه مغارة في محافظة طرطوس السورية، أن تنتهي رحلته على هذا النحو الغامض والغريب.
فقد توجه الزرزور برفقة 8 من زملائه، وكلهم طلاب في الصف الثالث الثانوي، صباح يوم الاثنين إلى مغارة عين الدلبة، التي ذاع صيتها بعد أن صُوّرت فيها مشاهد من مسلسل "الزند"، بغرض زيارتها واستكشافها، قبل أن تنتهي الأمور على غير ما توقعه أحد.
وبحسب ما يرويه أصدقاؤه، فقد غادروا المغارة جميعا ومعهم قيس بعد جولة الاستكشاف، لكن رفيقهم قرر الرجوع إليها وحده، ولم يظهر بعدها أبدا.
ولم تسفر عمليات البحث المكثفة التي نفذتها فرق الإنقاذ والأهالي داخل مغارة عين الدلبة عن العثور على أي أثر لقيس الزرزور.
وأعلن عناصر الدفاع المدني، أمس الثلاثاء، إيقاف عمليات البحث عن الشاب في المغارة الواقعة في دوير رسلان بطرطوس، فيما استمرت فرق أخرى في البحث أملا في كشف مصير المفقود.
ونقلت وسائل إعلام محلية عن مدير الدفاع المدني في طرطوس، العميد منذر الإبراهيم، تأكيده أن المغارة مُسحت ثلاث مرات على الأقل من دون العثور على أي أثر للزرزور.
وأوضح الإبراهيم أن البلاغ عن فقدانه وصلهم يوم الاثنين.
""", [
    ev("cave-visit", "صباح يوم الاثنين إلى مغارة عين الدلبة", VANISH, "'صباح يوم الاثنين' read back from Wed 28 Feb 2024 = Mon 26 Feb (other reports put the visit at noon)"),
    ev("qais-vanishes", "لكن رفيقهم قرر الرجوع إليها وحده، ولم يظهر بعدها أبدا", VANISH, "no own expression; the same Monday visit, Mon 26 Feb 2024 (the friends' account)"),
    ev("civil-defence-ends-search", "وأعلن عناصر الدفاع المدني، أمس الثلاثاء، إيقاف عمليات البحث", CD_ENDS, "'أمس الثلاثاء' from Wed 28 Feb = Tue 27 Feb 2024"),
    ev("first-searches", "المغارة مُسحت ثلاث مرات على الأقل", FIRST_SEARCH[0], "no own expression; the civil defence's search rounds of Mon 26 evening - Tue 27 Feb 2024, before it stopped", end=FIRST_SEARCH[1]),
    ev("missing-report", "البلاغ عن فقدانه وصلهم يوم الاثنين", VANISH, "'يوم الاثنين' = Mon 26 Feb 2024 (SANA: the call came at 16:40 that day)"),
])
art(S, "https://alaraby.co.uk/society/%D8%B4%D8%A7%D8%A8-%D9%85%D9%81%D9%82%D9%88%D8%AF-%D8%A8%D8%B9%D8%AF-%D8%B2%D9%8A%D8%A7%D8%B1%D8%A9-%D9%85%D8%BA%D8%A7%D8%B1%D8%A9-%D9%81%D9%8A-%D8%B7%D8%B1%D8%B7%D9%88%D8%B3-%D8%AA%D9%88%D9%82%D9%91%D9%81-%D8%A7%D9%84%D8%A8%D8%AD%D8%AB-%D9%88%D8%AA%D9%88%D8%A7%D8%B5%D9%84-%D8%A7%D9%84%D8%AA%D8%B1%D9%82%D8%A8",
    "2024-03-01", "page date line '01 مارس 2024' under the headline (kept as second line; 1 Mar 2024 was a Friday); the body's 'منذ أربعة أيام' since the Monday disappearance agrees; headline kept from the page; the photo caption, the font-size buttons and the last, truncated sentence dropped", True, """
شاب مفقود بعد زيارة مغارة في طرطوس.. توقّف البحث وتواصل الترقب
01 مارس 2024
ما زال اختفاء الشاب قيس الزرزور داخل مغارة نبع الدلبة بمحافظة طرطوس في غرب سورية، منذ أربعة أيام، يستقطب اهتماما واسعا، لا سيما أن الدفاع المدني والأجهزة الأمنية ما زالوا عاجزين عن معرفة ما حلّ به.
وتعود بداية القصة إلى يوم الاثنين الماضي، حين دخل قيس الزرزور مع ثمانية من أصدقائه مغارة نبع الدلبة، التي صُوّر فيها مسلسل "عاصي الزند"، لاستكشافها، فخرج رفاقه كلهم يومها بينما ظل هو في الداخل، بحسب ما أفادت به عائلته.
ومنذ اليوم الأول للحادثة، نفذت فرق الدفاع المدني على مدى يومين عمليات بحث عن الشاب ذي الـ19 عاما داخل المغارة الواقعة في ريف الدريكيش، بمشاركة قوى الأمن الداخلي والمجتمع المحلي وقسم الجاهزية في المحافظة.
أما والد المفقود، هاجِم الزرزور، فأكد في تصريحات لوسائل إعلام محلية أن البحث داخل المغارة قد توقف، بعد أن مشطها الدفاع المدني 4 مرات على الأقل بلا نتيجة، كما دخلها متطوعون وضخوا الأوكسجين في سراديبها وفتشوها من دون أن يجدوا أي أثر لابنه.
""", [
    ev("qais-vanishes", "ما زال اختفاء الشاب قيس الزرزور داخل مغارة نبع الدلبة", VANISH, "'منذ أربعة أيام' from Fri 1 Mar 2024 = Mon 26 Feb (the disappearance; also 'يوم الاثنين الماضي')"),
    ev("cave-visit", "حين دخل قيس الزرزور مع ثمانية من أصدقائه مغارة نبع الدلبة", VANISH, "'يوم الاثنين الماضي' from Fri 1 Mar 2024 = Mon 26 Feb"),
    ev("first-searches", "نفذت فرق الدفاع المدني على مدى يومين عمليات بحث", FIRST_SEARCH[0], "'منذ اليوم الأول للحادثة ... على مدى يومين' = Mon 26 - Tue 27 Feb 2024", end=FIRST_SEARCH[1]),
    ev("civil-defence-ends-search", "أن البحث داخل المغارة قد توقف", CD_ENDS, "no own expression; the civil defence stopped searching the cave on Tue 27 Feb 2024 (eremnews 'أمس الثلاثاء' on 28 Feb; athrpress)"),
    ev("volunteer-search", "كما دخلها متطوعون وضخوا الأوكسجين في سراديبها", VOLUNTEERS[0], "no own expression; volunteers searched after the civil defence stopped, before this report of Fri 1 Mar (my span 27 Feb - 1 Mar 2024)", end=VOLUNTEERS[1]),
])
art(S, "https://www.syria.tv/%D9%86%D9%87%D8%A7%D9%8A%D8%A9-%D9%85%D8%A3%D8%B3%D8%A7%D8%A9-%D9%85%D8%BA%D8%A7%D8%B1%D8%A9-%D8%B9%D9%8A%D9%86-%D8%A7%D9%84%D8%AF%D9%84%D8%A8%D8%A9-%D9%83%D9%8A%D9%81-%D8%B9%D8%AB%D8%B1-%D8%B9%D9%84%D9%89-%D8%AC%D8%AB%D8%A9-%D9%82%D9%8A%D8%B3-%D8%A7%D9%84%D8%B2%D8%B1%D8%B2%D9%88%D8%B1-%D8%A8%D8%B9%D8%AF-10-%D8%A3%D9%8A%D8%A7%D9%85-%D9%85%D9%86-%D8%A7%D9%84%D8%A8%D8%AD%D8%AB%D8%9F",
    "2024-03-07", "page stamp '2024.03.07 | 17:34 دمشق' under the headline (kept as second line; 7 Mar 2024 was a Thursday); the body's 'اليوم الخميس' agrees; headline kept from the page; the 'التغطية الحية' label, view count, photo captions, 'تلفزيون سوريا - إسطنبول', font-size buttons and the last, truncated clause dropped", True, """
نهاية مأساة مغارة عين الدلبة.. كيف عثر على جثة قيس الزرزور بعد 10 أيام من البحث؟
2024.03.07 | 17:34 دمشق
عُثر على جثة الشاب قيس الزرزور، الخميس، بعد نحو 10 أيام من فقدانه داخل مغارة نبع الدلبة في منطقة دريكيش بمحافظة طرطوس.
وكانت قد جرت عمليات بحث عدة عن الشاب داخل المغارة دون الوصول إلى أي خيط يؤكد وجوده فيها، كما فتشت فرقة من الضفادع البشرية قبل أيام نهر الدلبة وسد الدريكيش ولم تجد أي أثر للمفقود.
واليوم الخميس، استؤنفت محاولات البحث عن الشاب في المغارة بالاستعانة بالكلاب البوليسية، لينتهي الأمر بالإعلان عن العثور عليه ميتا في داخلها.
وكان والدا قيس قد ناشدا مرارا، منذ الأيام الأولى لاختفائه، الاستعانة بالكلاب البوليسية في البحث عنه، وذلك خلال مقابلات أجرتها معهما وسائل الإعلام المحلية.
وأفادت شبكات إخبارية محلية بأن أحد عناصر الدفاع المدني خرج من المغارة اليوم، عقب جولة بحث جديدة، حاملا مقطع فيديو لجثة، وعرضه على والد الشاب المفقود.
""", [
    ev("body-found", "عُثر على جثة الشاب قيس الزرزور، الخميس", FOUND, "'الخميس' = Thu 7 Mar 2024 (stamp 2024.03.07)"),
    ev("qais-vanishes", "بعد نحو 10 أيام من فقدانه", VANISH, "'بعد نحو 10 أيام' back from Thu 7 Mar 2024 ≈ Mon 26 Feb (the disappearance)"),
    ev("earlier-searches", "وكانت قد جرت عمليات بحث عدة عن الشاب داخل المغارة", EARLIER[0], "no own expression; the searches of the cave before the last one, from Mon 26 Feb to Tue 5 Mar 2024 (alkhabar-sy reports one 'يوم الثلاثاء'); my span 26 Feb - 6 Mar", end=EARLIER[1]),
    ev("frogmen-search", "فتشت فرقة من الضفادع البشرية قبل أيام نهر الدلبة وسد الدريكيش", FROGMEN[0], "'قبل أيام' from Thu 7 Mar 2024; the governorate sent the frogmen to the Dreikish dam lake on Sat 2 Mar (alkhabar-sy 'السبت الفائت'); my span 2-3 Mar", end=FROGMEN[1]),
    ev("dog-search", "استؤنفت محاولات البحث عن الشاب في المغارة بالاستعانة بالكلاب البوليسية", FOUND, "'واليوم الخميس' = Thu 7 Mar 2024"),
])
art(S, "https://damapost.com/07/03/2024/%d8%a7%d9%84%d8%b9%d8%ab%d9%88%d8%b1-%d8%b9%d9%84%d9%89-%d8%a7%d9%84%d9%85%d9%81%d9%82%d9%88%d8%af-%d9%82%d9%8a%d8%b3-%d8%a7%d9%84%d8%b2%d8%b1%d8%b2%d9%88%d8%b1/41383",
    "2024-03-07", "date in the URL '/07/03/2024/' (7 Mar 2024, a Thursday); the body's 'صباح اليوم الخميس' agrees; headline rendered from the URL slug (the stored text has none); no date of its own in the text", False, """
العثور على المفقود قيس الزرزور
وجدت فرق الإنقاذ في محافظة طرطوس السورية الشاب المفقود قيس الزرزور متوفى، في أحد الدهاليز الخفية على عمق يقارب 800 متر داخل مغارة الدلبة.
وبهذا تُطوى عمليات البحث التي استمرت حوالي 9 أيام على اختفاء الشاب، مع العلم أن مرحلة جديدة من البحث عنه كانت قد بدأت مع صباح اليوم الخميس، تولتها لجنة مختصة من الجهات المعنية بالتعاون مع الدفاع المدني ومحافظة طرطوس.
يشار إلى أن عمليات البحث السابقة عن الشاب شملت النهر المحاذي لمدخل المغارة وصولا إلى بحيرة سد الدريكيش التي يصب فيها، وشاركت فيها الضفادع البشرية، لكنها انتهت حينها من دون أي نتيجة جديدة.
وقد أمكن الوصول إلى جثمان قيس الزرزور بمساعدة الكلاب البوليسية، وكان الشاب قد اختفى في ظروف غامضة يوم 26 شباط الماضي إثر دخوله المغارة برفقة أصدقائه.
وكان أصدقاء المتوفى قد قدموا في الأيام الأولى للحادثة كل ما لديهم من معلومات عن مصير رفيقهم، وراجت حينها أنباء عن تناقض في أقوال بعضهم، قبل أن يُخلى سبيلهم في النهاية بعد فترة وجيزة من احتجازهم.
""", [
    ev("body-found", "وجدت فرق الإنقاذ في محافظة طرطوس السورية الشاب المفقود قيس الزرزور متوفى", FOUND, "no own expression; the find of Thu 7 Mar 2024 (the new search phase began 'مع صباح اليوم الخميس')"),
    ev("dog-search", "مرحلة جديدة من البحث عنه كانت قد بدأت مع صباح اليوم الخميس", FOUND, "'مع صباح اليوم الخميس' = Thu 7 Mar 2024"),
    ev("frogmen-search", "وشاركت فيها الضفادع البشرية", FROGMEN[0], "no own expression ('حينها'); the frogmen's search of the river and the Dreikish dam lake from Sat 2 Mar 2024; my span 2-3 Mar", end=FROGMEN[1]),
    ev("qais-vanishes", "اختفى في ظروف غامضة يوم 26 شباط الماضي", VANISH, "'يوم 26 شباط الماضي' = Mon 26 Feb 2024"),
    ev("friends-held", "قبل أن يُخلى سبيلهم في النهاية بعد فترة وجيزة من احتجازهم", FRIENDS[0], "'في الأيام الأولى للحادثة' ... 'بعد فترة وجيزة': the friends were held and released in the first days after Mon 26 Feb 2024; my span 26-29 Feb", end=FRIENDS[1]),
])

# ---------------------------------------------------------------- oman-mirbat-emirati-brothers-drowning-2015
S = "oman-mirbat-emirati-brothers-drowning-2015"
DROWNING = "2015-07-23"                    # seven swept away at al-Dimr beach, Mirbat, Thu 23 Jul 2015 ~18:00; five saved, the brothers missing
SEARCH = ("2015-07-23", "2015-07-29")      # the Omani search for the brothers, from the evening of Thu 23 Jul to the last report of the set (my span)
HASHTAG = ("2015-07-24", "2015-07-26")     # the '#الغرقي_الإماراتيين' hashtag, Fri 24 - Sat 25 Jul (my span)
CD_STMT = ("2015-07-24", "2015-07-26")     # Oman's civil defence: seven, not five, swept away (my span Fri 24 - Sat 25)
DENIED = ("2015-07-24", "2015-07-28")      # the civil defence's denials that the brothers had been found, Fri 24 - Mon 27 Jul (my span)
UNCLE = ("2015-07-26", "2015-07-28")       # the uncle Ali al-Dhaheri's phone call with Al Bayan, Sun 26 - Mon 27 Jul (my span)
POLICE = "2015-07-28"                      # Capt. Mohammed al-Hashimi of the Royal Oman Police to Al Ittihad, Tue 28 Jul
art(S, "https://thenewkhalij.news/article/17681/%D8%AA%D8%B9%D8%A7%D8%B7%D9%81-%D8%A5%D9%84%D9%83%D8%AA%D8%B1%D9%88%D9%86%D9%8A-%D9%88%D8%A7%D8%B3%D8%B9-%D9%85%D8%B9-%D8%B4%D9%82%D9%8A%D9%82%D9%8A%D9%86-%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA%D9%8A%D9%8A%D9%86-%D9%85%D9%81%D9%82%D9%88%D8%AF%D9%8A%D9%86-%D9%81%D9%8A-%D8%A7%D9%84%D8%A8%D8%AD%D8%B1-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A",
    "2015-07-25", "page date line 'السبت 25 يوليو 2015 09:07 ص' under the headline (kept as second line; 25 Jul 2015 was a Saturday); the body's 'صباح اليوم السبت' agrees; headline kept from the page; the last, truncated sentence cut to its complete part", True, """
تعاطف إلكتروني واسع مع شقيقين إماراتيين مفقودين في البحر العربي
السبت 25 يوليو 2015 09:07 ص
ذكرت صحف إماراتية، صباح اليوم السبت، أن شقيقين من الإمارات ما زالا مفقودين منذ أمس، حين جرف البحر سبعة أشخاص قبالة سواحل ولاية مرباط العمانية المطلة على «بحر العرب»، نجا خمسة منهم.
وأبدى ناشطون على الإنترنت تفاعلا كبيرا مع وسم «#الغرقي_الإماراتيين» على موقع «تويتر»، وطغى على التغريدات الدعاء إلى الله بأن ييسر العثور على الشقيقين ويحفظهما ويعيدهما سالمين إلى أسرتهما.
وأوضحت سلطات الدفاع المدني في سلطنة عمان أن من تعرضوا للغرق في «بحر العرب» بولاية مرباط كانوا سبعة أشخاص لا خمسة كما قيل من قبل، وأكدت أن خمسة منهم أُنقذوا، بينما يتواصل البحث عن الاثنين الآخرين.
وأشارت عبر صفحتها الرسمية على «تويتر» إلى أن جهود البحث عن المفقودين متواصلة، نافية صحة الأنباء المتداولة عن العثور عليهم.
ولم تبيّن سلطات الدفاع المدني العمانية ما إذا كان الأشخاص السبعة كلهم من الإمارات أم لا.
""", [
    ev("drowning", "حين جرف البحر سبعة أشخاص قبالة سواحل ولاية مرباط", DROWNING, "the text's 'منذ أمس' (from Sat 25 = Fri 24) repeats Friday's papers; the seven were swept away at al-Dimr beach on Thu 23 Jul 2015 about 18:00 (alroya: 'مساء يوم الخميس الموافق 23/7/2015'; Al Bayan, Al Ittihad: 'الخميس الماضي')"),
    ev("five-rescued", "نجا خمسة منهم", DROWNING, "no own expression; the five were pulled out at the time of the drowning, Thu 23 Jul 2015"),
    ev("hashtag", "وأبدى ناشطون على الإنترنت تفاعلا كبيرا مع وسم", HASHTAG[0], "no own expression; the hashtag of the day after the drowning up to this Saturday report (my span Fri 24 - Sat 25 Jul 2015)", end=HASHTAG[1]),
    ev("civil-defence-count", "وأوضحت سلطات الدفاع المدني في سلطنة عمان أن من تعرضوا للغرق", CD_STMT[0], "no own expression; the civil defence's correction reported on Sat 25 Jul 2015 (my span Fri 24 - Sat 25)", end=CD_STMT[1]),
    ev("omani-search", "بينما يتواصل البحث عن الاثنين الآخرين", SEARCH[0], "present tense on Sat 25 Jul 2015; the search that began on the evening of Thu 23 Jul (my span to the last report of the set, Tue 28 Jul)", end=SEARCH[1]),
    ev("find-rumour-denied", "نافية صحة الأنباء المتداولة عن العثور عليهم", DENIED[0], "no own expression; the civil defence's denials on its Twitter page between Fri 24 and Mon 27 Jul 2015 (also in Al Bayan of 27 Jul); my span", end=DENIED[1]),
])
art(S, "https://albayan.ae/amp/across-the-uae/news-and-reports/2015-07-27-1.2424073",
    "2015-07-27", "date in the URL '2015-07-27-1.2424073' (27 Jul 2015, a Monday); the body's 'منذ أربعة أيام' since 'الخميس الماضي' (Thu 23 Jul) agrees; headline written from the body (the stored text has none); the last, truncated sentence cut to its complete part; no date of its own in the text", False, """
البحث عن الشقيقين الظاهري في مرباط يتواصل
تتواصل منذ أربعة أيام الجهود الرسمية والأهلية للعثور على الشقيقين عبد الله ومنصور، نجلي محمد سرور الظاهري، اللذين غرقا في بحر عمان قبالة شواطئ منطقة دمر بولاية مرباط الخميس الماضي، وتشارك في البحث طلعات جوية وزوارق لخفر السواحل وغواصون من فرقة الضفادع البشرية.
ونفت الهيئة العامة للدفاع المدني والإسعاف في سلطنة عمان العثور على أي من الغريقين، مؤكدة أنهما ما داما في السلطنة فهما من أبنائها، وأن البحث عنهما واجب عليها.
وكتبت الهيئة على حسابها في «تويتر»: «جهود البحث عن المفقودين في ولاية مرباط ما زالت متواصلة، ولا صحة للعثور على أحدهما».
وحثت متابعيها على متابعة حسابها في «تويتر» وعدم الالتفات إلى الشائعات المتداولة بشأن الغريقين، مؤكدة أنها تطلعهم على آخر المستجدات في لحظتها دون تأخير، وداعية لهما بالسلامة.
ونشرت الهيئة أيضا صورا لفريق الإنقاذ المائي من «الغواصين» أثناء بحثه عن المفقودين.
وقال علي الظاهري، عم الغريقين الموجود في موقع الحادث، في اتصال هاتفي مع «البيان»، إن السلطات العمانية، ممثلة في سلاح الجو والبحرية وقوات الدفاع المدني، ومعها أبناء المنطقة وأهاليها، تواصل جهودها المكثفة على مدار 24 ساعة دون توقف، لمراقبة مياه البحر والشواطئ أملا في العثور عليهما.
""", [
    ev("omani-search", "تتواصل منذ أربعة أيام الجهود الرسمية والأهلية للعثور على الشقيقين", SEARCH[0], "'منذ أربعة أيام' from Mon 27 Jul 2015 = since Thu 23 Jul (my span to Tue 28 Jul)", end=SEARCH[1]),
    ev("drowning", "غرقا في بحر عمان قبالة شواطئ منطقة دمر بولاية مرباط الخميس الماضي", DROWNING, "'الخميس الماضي' from Mon 27 Jul 2015 = Thu 23 Jul"),
    ev("find-rumour-denied", "ونفت الهيئة العامة للدفاع المدني والإسعاف في سلطنة عمان العثور على أي من الغريقين", DENIED[0], "no own expression; the denials of Fri 24 - Mon 27 Jul 2015 (my span)", end=DENIED[1]),
    ev("uncle-statement", "وقال علي الظاهري، عم الغريقين الموجود في موقع الحادث", UNCLE[0], "no own expression; the uncle's phone call with Al Bayan before this Monday paper (my span Sun 26 - Mon 27 Jul 2015)", end=UNCLE[1]),
])
art(S, "http://alittihad.ae/details.php?id=71940&y=2015",
    "2015-07-28", "page date line '28 يوليو 2015 23:27' under the headline (kept as second line; 28 Jul 2015 was a Tuesday); the site header 'الثلاثاء 16 ابريل 2024 أبوظبي الإمارات' (the day the page was stored), 'مواقيت الصلاة', 'أبرز الأخبار', 'عدد اليوم', 'علوم الدار', the repeated headline, the byline 'يوسف البلوشي (مسقط)' and the last, truncated sentence dropped; headline kept from the page", True, """
6 جهات عُمانية تبحث عن المفقودين الإماراتيين في بحر مرباط
28 يوليو 2015 23:27
تعمل أكثر من 6 جهات رسمية في سلطنة عمان، في مقدمتها الهيئة العامة للدفاع المدني والإسعاف وشرطة عمان وسائر الوحدات المشتركة، على تكثيف جهودها للعثور على المواطنين الإماراتيين منصور وعبدالله الظاهري، المفقودين منذ الخميس الماضي، ويشارك في العمليات ذاتها مواطنون عمانيون ومتطوعون وصيادون.
ويسهم في أعمال البحث والتمشيط كل من البحرية السلطانية العمانية وخفر السواحل وسلاح الجو السلطاني العماني، إلى جانب مختصين من مكتب وزير الدولة ومحافظ ظفار، ومسؤولين من مديرية الزراعة والثروة السمكية في ظفار، وآخرين من مكتب والي مرباط.
وأوضح النقيب محمد بن سلام الهشامي، من إدارة العلاقات العامة في شرطة عمان السلطانية، لـ«الاتحاد» أن كل تشكيلات الشرطة تشارك في البحث إلى جانب سلاح الجو السلطاني العماني والبحرية العمانية.
غير أنه أشار إلى أن طبيعة المنطقة في هذا الوقت تجعل العثور على المفقودين أمرا عسيرا، بسبب الضباب والغيوم والنتوءات الصخرية في موقع الغرق ومحيطه.
""", [
    ev("omani-search", "على تكثيف جهودها للعثور على المواطنين الإماراتيين منصور وعبدالله الظاهري", SEARCH[0], "present tense on Tue 28 Jul 2015; the search under way since Thu 23 Jul (my span)", end=SEARCH[1]),
    ev("drowning", "المفقودين منذ الخميس الماضي", DROWNING, "'منذ الخميس الماضي' from Tue 28 Jul 2015 = Thu 23 Jul"),
    ev("police-statement", "وأوضح النقيب محمد بن سلام الهشامي", POLICE, "no own expression; the police officer's statement to Al Ittihad for this report of Tue 28 Jul 2015"),
    ev("khareef-conditions", "طبيعة المنطقة في هذا الوقت تجعل العثور على المفقودين أمرا عسيرا", SEARCH[0], "'في هذا الوقت' = the time of the search in the khareef (monsoon) season, read as the days of the search (my span 23-28 Jul 2015)", end=SEARCH[1]),
])

# ---------------------------------------------------------------- egypt-saint-catherine-snowstorm-hikers-2014
S = "egypt-saint-catherine-snowstorm-hikers-2014"
DEPART = "2014-02-13"                      # the safari trip set off on Thu 13 Feb 2014 in the evening
CLIMB = "2014-02-14"                       # the climb, Fri 14 Feb
SNOWSTORM = ("2014-02-14", "2014-02-16")   # the rare snowstorm over the Saint Catherine mountains, Fri 14 - Sat 15 Feb
LOST = "2014-02-15"                        # three went back on Sat 15 morning; the eight did not return at 7 pm Sat 15 Feb
DISTRESS = "2014-02-16"                    # the distress call to the army's operations centre, Sun 16 Feb afternoon
RESCUED = "2014-02-17"                     # four found alive and rescued, Mon 17 Feb (masrawy 18 Feb: 'أمس الإثنين')
DEATHS = ("2014-02-15", "2014-02-18")      # three froze to death in Wadi al-Gebal between the storm and the find (my span Sat 15 - Mon 17)
RAMADAN_SEARCH = ("2014-02-17", "2014-02-20")  # the search for the eighth, Mohamed Ramadan, Mon 17 - Wed 19 Feb
BODIES_MOVED = "2014-02-19"                # about fifty Bedouins set off at first light to carry the three bodies, Wed 19 Feb
PLANES = "2014-02-19"                      # two military planes took off from Almaza and Abu Rudeis, Wed 19 Feb
FOUND_RAMADAN = "2014-02-19"               # Mohamed Ramadan's body found at 11:00, Wed 19 Feb
art(S, "https://akhbareddonya.blogspot.com/2014/02/blog-post_8313.html",
    "2014-02-18", "blog date header 'الثلاثاء، 18 فبراير 2014' (kept as first line; 18 Feb 2014 was a Tuesday; also '/2014/02/' in the URL); the blog reposts a news report; headline kept from the page; the tag line 'سانت كاترين - سيناء - عاصفة ثلجية' and the last, truncated clause dropped", True, """
الثلاثاء، 18 فبراير 2014
وفاة ثلاثة مغامرين في عاصفة ثلجية في "سانت كاترين"
بعدما فُقد 8 أشخاص في عاصفة ثلجية ضربت منطقة "سانت كاترين" بسيناء، روى منسق الرحلة السياحية، التي شارك فيها 11 شخصا، ما جرى، إذ لقي ثلاثة منهم حتفهم، ولا يزال البحث جاريا عن مفقود آخر، فيما نجا أربعة من موت محقق.
وكشف منسق الرحلة، محمود رؤوف، كيف بدأت الرحلة وكيف انتهت على هذا النحو الصادم، موضحا أنه ينظم مثل هذه الرحلات عبر "الفيسبوك"، وأنه سبق له القيام بالرحلة نفسها فى نفس التوقيت من قبل، ويتولى تنظيم رحلات برية في توقيتات وأماكن متنوعة على مدار العام.
وأكد أنه يتحقق من حالة الطقس قبل انطلاق أي رحلة، وأن بيانات الأرصاد الجوية لم تكن تشير إلى احتمال هبوب عواصف ثلجية في موعد الرحلة المشئومة.
وروى رؤوف تفاصيل الرحلة قائلا: "رحلة سفاري سانت كاترين ضمت 11 شخصا من الجنسين، وانطلقنا مساء الخميس، وأمضينا يوم الجمعة في صعود الجبل حتى قمته، وقضينا الليلة هناك حتى صباح السبت".
وأضاف: "صباح السبت قرر ثلاثة أفراد الرجوع إلى الاستراحة عند سفح الجبل، على أن ينتظروا عودة بقية المجموعة في السابعة مساء".
وتابع: "انتظرنا رجوع باقي المجموعة في الموعد المحدد لكنهم لم يعودوا، فقضينا الليل ننتظرهم حتى منتصف نهار اليوم التالي، الأحد".
""", [
    ev("group-lost", "بعدما فُقد 8 أشخاص في عاصفة ثلجية", LOST, "no own expression; the eight failed to come back on the evening of Sat 15 Feb 2014 ('في السابعة مساء' of 'صباح السبت')"),
    ev("four-rescued", "فيما نجا أربعة من موت محقق", RESCUED, "no own expression; the four were found alive on Mon 17 Feb 2014 (masrawy of 18 Feb: 'أمس الإثنين')"),
    ev("ramadan-search", "ولا يزال البحث جاريا عن مفقود آخر", RAMADAN_SEARCH[0], "present tense on Tue 18 Feb 2014; the search for Mohamed Ramadan, Mon 17 - Wed 19 Feb (found Wed 19)", end=RAMADAN_SEARCH[1]),
    ev("departure", "وانطلقنا مساء الخميس", DEPART, "'مساء الخميس' before the Saturday of the storm = Thu 13 Feb 2014 (shorouk's timeline: 'الخميس 13 فبراير')"),
    ev("climb", "وأمضينا يوم الجمعة في صعود الجبل حتى قمته", CLIMB, "'يوم الجمعة' = Fri 14 Feb 2014"),
    ev("three-return", "صباح السبت قرر ثلاثة أفراد الرجوع إلى الاستراحة", LOST, "'صباح السبت' = Sat 15 Feb 2014"),
])
art(S, "https://www.masress.com/veto/872212",
    "2014-02-18", "no date on the stored page (a masress copy of a Veto report); the body's 'عصر أول أمس الأحد' for the distress call to the army (Sun 16 Feb 2014; almasryalyoum: 'عصر الأحد الماضي') and the search still going on for Mohamed Ramadan (found Wed 19 Feb) give Tue 18 Feb 2014; the long headline cut to its first clause; the 'سيتم حجب هذه الصورة' notice and the last, truncated clause dropped; no date of its own in the text", False, """
ضحايا «سانت كاترين»: جرح في قلب الوطن
«يا بلاد عنك رحلنا ودموعي هربت وماتت، يا بلاد كانت أملنا وفي يوم صحيت ما بانت».. حين كتب «أحمد» هذه الكلمات على حسابه في «فيس بوك»، لم يكن يتخيل على الأرجح أنه سيفارق بلاده فعلا وهو يخرج مع 7 من أصدقائه في رحلة سفاري إلى وادي الجبال بسانت كاترين.
فقد توفي أحمد عبد العظيم أحمد، البالغ ثمانية وعشرين عامًا، ومعه اثنان من رفاقه هما خالد السباعي (30 عامًا) وهاجر أحمد (21 عامًا)، بعد أن ضلوا طريقهم في جبال سيناء خلال رحلة سفاري حملت اسم «رحلة جبل باب الدنيا».
في المقابل، كُتبت النجاة لأربعة آخرين هم «محمود ف» (30 عامًا) و«يسرا.م» (28 عامًا) و«إيهاب م.ع» (25 عامًا) و«مها.ش» (21 عامًا)، بينما يتواصل البحث عن المفقود الثامن، المخرج الشاب محمد رمضان.
وبحسب رواية العقيد أحمد محمد على، المتحدث الرسمي للقوات المسلحة، بدأت القصة حين وصل إلى مركز عمليات القوات المسلحة عصر أول أمس الأحد نداء استغاثة يبلغ عن فقدان 8 أشخاص، 5 رجال و3 سيدات، جميعهم في العقد الثالث من العمر.
""", [
    ev("deaths", "فقد توفي أحمد عبد العظيم أحمد", DEATHS[0], "no own expression; the three died in the cold between the storm of Sat 15 Feb 2014 and the find of Mon 17 Feb (my span)", end=DEATHS[1]),
    ev("group-lost", "بعد أن ضلوا طريقهم في جبال سيناء", LOST, "no own expression; lost in the storm on Sat 15 Feb 2014 (the coordinator's account; almasryalyoum: 'العالقين بالوادي منذ السبت الماضي')"),
    ev("four-rescued", "كُتبت النجاة لأربعة آخرين", RESCUED, "no own expression; rescued on Mon 17 Feb 2014 (masrawy: 'أمس الإثنين' on 18 Feb)"),
    ev("ramadan-search", "بينما يتواصل البحث عن المفقود الثامن", RAMADAN_SEARCH[0], "present tense on Tue 18 Feb 2014; the search of Mon 17 - Wed 19 Feb", end=RAMADAN_SEARCH[1]),
    ev("distress-call", "عصر أول أمس الأحد نداء استغاثة", DISTRESS, "'عصر أول أمس الأحد' from Tue 18 Feb 2014 = Sun 16 Feb"),
])
art(S, "http://www.aswatmasriya.com/news/details/3988",
    "2014-02-19", "page date line 'الأربعاء 19-02-2014 PM 03:14' under the headline (kept as second line; 19 Feb 2014 was a Wednesday); headline kept from the page; the photo caption 'وديان سانت كاترين - تصوير أسماء وجيه - رويترز', the empty byline and the last, truncated paragraph (Vodafone) dropped", True, """
إقلاع طائرتين عسكريتين اليوم للبحث عن المخرج محمد رمضان المفقود بجبال سانت كاترين
الأربعاء 19-02-2014 PM 03:14
أعلن اللواء عادل كساب، مدير إدارة الأزمات والكوارث في محافظة جنوب سيناء، أن طائرتين عسكريتين انطلقتا من مطاري ألماظة وأبو رديس بحثا عن المخرج المصري محمد رمضان المفقود في جبال سانت كاترين، وأن إحداهما بلغت المنطقة بالفعل.
وكان ثمانية سائحين مصريين في رحلة بين المرتفعات الجبلية لمنطقة سانت كاترين قد فاجأتهم عاصفة ثلجية نادرة، فقُتل ثلاثة منهم، وعُثر على أربعة في حالة صحية متدهورة، فيما لا يزال واحد منهم مفقودا.
وأوضح كساب، في تصريح لأصوات مصرية، أن "نحو خمسين بدويا توجهوا صباح اليوم مع أول ضوء، ترافقهم قوات حرس الحدود والمسعفون، لنقل جثث ثلاثة سائحين مصريين لقوا حتفهم" جراء عاصفة ثلجية كثيفة ضربت جبال سانت كاترين منذ السبت الماضي.
وذكر مصدر طبي أن الناجين المصريين الأربعة تتحسن حالتهم، وأنهم يتلقون الرعاية العلاجية اللازمة في مستشفى سانت كاترين.
""", [
    ev("planes-take-off", "أن طائرتين عسكريتين انطلقتا من مطاري ألماظة وأبو رديس", PLANES, "'اليوم' in the headline = Wed 19 Feb 2014"),
    ev("four-rescued", "وعُثر على أربعة في حالة صحية متدهورة", RESCUED, "no own expression; found alive on Mon 17 Feb 2014"),
    ev("ramadan-search", "فيما لا يزال واحد منهم مفقودا", RAMADAN_SEARCH[0], "present tense in the Wednesday report; the search of Mon 17 - Wed 19 Feb 2014 (the body was found at 11:00 that Wednesday, CNN)", end=RAMADAN_SEARCH[1]),
    ev("bodies-carried", "نحو خمسين بدويا توجهوا صباح اليوم مع أول ضوء", BODIES_MOVED, "'صباح اليوم مع أول ضوء' = Wed 19 Feb 2014"),
    ev("snowstorm", "عاصفة ثلجية كثيفة ضربت جبال سانت كاترين منذ السبت الماضي", SNOWSTORM[0], "'منذ السبت الماضي' from Wed 19 Feb 2014 = since Sat 15 Feb; the snow began on Fri 14 (shorouk); my span 14-15 Feb", end=SNOWSTORM[1]),
])
art(S, "https://arabic.cnn.com/middleeast/2014/02/19/sinai-military-plane-sisi",
    "2014-02-19", "date in the URL '/2014/02/19/' (19 Feb 2014, a Wednesday); the body's 'الأربعاء' for the end of the search agrees; headline written from the body and the URL slug (the stored text has none); the dateline 'دبي، الإمارات العربية المتحدة (CNN)--' kept; the last, truncated clause dropped; no date of its own in the text", False, """
الجيش المصري يعثر على جثة المخرج محمد رمضان وينهي البحث في سانت كاترين
دبي، الإمارات العربية المتحدة (CNN)-- أعلن الجيش المصري الأربعاء انتهاء عملية البحث عن ثمانية أشخاص حاصرتهم عاصفة ثلجية في منطقة جبلية بجنوب سيناء، وقد قضى أربعة منهم بينما أُنقذ الأربعة الآخرون وهم في حالة صحية سيئة.
وأفاد المتحدث الرسمي للقوات المسلحة بأن عناصر من الجيش الثالث الميداني وقوات حرس الحدود وجدت جثة المخرج المفقود محمد رمضان في موقع يعرف باسم "فرش الأرانب"، يبعد نحو كيلومترين عن "وادي الجمال" بمدينة "سانت كاترين".
وأوضح أن جثة المخرج، الذي كان في عداد المفقودين في وقت سابق، عُثر عليها في الساعة 11:00 من صباح الأربعاء، في بقعة صخرية ضيقة يتعذر على الطائرات التحليق فوقها، لافتا إلى أن الجثة نُقلت إلى مكان فسيح لتتمكن مروحية عسكرية من رفعها.
ونقل بيان للمتحدث العسكري، العقيد أحمد محمد علي، حصلت عليه CNN بالعربية، أن وزير الدفاع القائد العام للقوات المسلحة، المشير عبدالفتاح السيسي، وجّه بتخصيص طائرة عسكرية تنقل جثامين ضحايا "حادث سانت كاترين" إلى القاهرة لتسليمها إلى أسرهم.
وأشعل بيان المتحدث العسكري موجة غضب واسعة على موقع "فيسبوك"، إذ انتقد كثير من المستخدمين تأخر تحرك القوات المسلحة لإنقاذ الضحايا.
""", [
    ev("search-ends", "أعلن الجيش المصري الأربعاء انتهاء عملية البحث", FOUND_RAMADAN, "'الأربعاء' = Wed 19 Feb 2014"),
    ev("snowstorm", "حاصرتهم عاصفة ثلجية في منطقة جبلية بجنوب سيناء", SNOWSTORM[0], "no own expression; the snowstorm of Fri 14 - Sat 15 Feb 2014 (my span)", end=SNOWSTORM[1]),
    ev("four-rescued", "بينما أُنقذ الأربعة الآخرون", RESCUED, "no own expression; rescued on Mon 17 Feb 2014"),
    ev("ramadan-body-found", "عُثر عليها في الساعة 11:00 من صباح الأربعاء", FOUND_RAMADAN, "'الساعة 11:00 من صباح الأربعاء' = Wed 19 Feb 2014"),
    ev("sisi-plane-order", "وجّه بتخصيص طائرة عسكرية تنقل جثامين ضحايا", FOUND_RAMADAN, "no own expression; the order in the spokesman's statement of Wed 19 Feb 2014"),
    ev("facebook-anger", "وأشعل بيان المتحدث العسكري موجة غضب واسعة", FOUND_RAMADAN, "no own expression; the reaction to the Wednesday statement, Wed 19 Feb 2014"),
])

# ---------------------------------------------------------------- morocco-ouarzazate-spanish-cavers-2015
S = "morocco-ouarzazate-spanish-cavers-2015"
MISSING = ("2015-03-30", "2015-04-02")     # the three left their group on Mon 30 Mar and missed the Tuesday meeting; reports say missing since Mon, Tue or Wed (my span 30 Mar - 1 Apr)
LOCATED = "2015-04-04"                     # located at the bottom of a ravine at Tarmest (Imi n'Oulaoune) on the morning of Sat 4 Apr 2015
RESCUE = ("2015-04-04", "2015-04-07")      # the rescue operation, Sat 4 - Mon 6 Apr 2015
AID = ("2015-04-04", "2015-04-06")         # a helicopter dropped supplies to the two survivors (my span Sat 4 - Sun 5)
GUSTAVO = "2015-04-05"                     # Spain confirmed Gustavo Virués's death, Sun 5 Apr (morning)
JOSE = "2015-04-05"                        # Spain's interior minister announced José Antonio Martínez's death, Sun 5 Apr evening
BOLIVAR = ("2015-04-05", "2015-04-07")     # Juan Bolívar brought out alive and taken to hospital in Ouarzazate (my span Sun 5 - Mon 6)
BODIES = "2015-04-06"                      # the two bodies brought out, Mon 6 Apr 2015 afternoon
art(S, "https://www.masress.com/almesryoon/818485",
    "2015-04-04", "no date on the stored page (a masress copy of an Almesryoon report built on Anadolu and the MAP agency); the body's 'اليوم السبت' with the known day the cavers were located (Sat 4 Apr 2015: AFP via kuwaitnews 'صباح يوم السبت', tinghir.info 'السبت 4 أبريل') gives Sat 4 Apr 2015; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
العثور على المستكشفين الإسبان الثلاثة المفقودين قرب ورزازات
نجحت فرق الإنقاذ المغربية اليوم السبت في العثور على ثلاثة مستكشفين إسبان متخصصين في استكشاف المغارات والكهوف، كانت آثارهم قد انقطعت منذ الثلاثاء الماضي في نواحي مدينة ورزازات جنوبي المغرب.
وذكرت وكالة الأنباء الرسمية المغربية أن فرق الإنقاذ تمكنت من تحديد موقع المفقودين الثلاثة أسفل منحدر جبلي في منطقة "تارمست" التابعة لقرية "إمينولاون" بضواحي ورزازات.
وأفاد مصدر محلي في ورزازات، فضّل عدم كشف هويته، بأن "مروحيتين تحلقان حاليا (12:30 ت.غ) فوق الفج الذي هوى فيه الإسبان الثلاثة، ويقدر عمقه بنحو 400 متر"، موضحا أن الثلوج لم تذب بعد في المنطقة، ما يزيد من صعوبة عملية الإنقاذ.
وأضاف أن عناصر الدرك الملكي يرون اثنين من الإسبان وهما يحركان أيديهما.
من جهته، أكد إبراهيم زهير، نائب رئيس جماعة إمي نولاون القروية ورئيس "النسيج الجمعوي" في المنطقة، للأناضول أن "عناصر من فرق الإنقاذ، من الوقاية المدنية والدرك الملكي، لا تزال حتى اللحظة (12:30 ت.غ) تتقدم سيرا على الأقدام نحو المكان رغم وعورة المسالك والثلوج، بتنسيق كامل مع قائدي المروحيتين التابعتين للدرك المستخدمتين في العملية".
""", [
    ev("cavers-located", "نجحت فرق الإنقاذ المغربية اليوم السبت في العثور على ثلاثة مستكشفين إسبان", LOCATED, "'اليوم السبت' = Sat 4 Apr 2015"),
    ev("cavers-missing", "كانت آثارهم قد انقطعت منذ الثلاثاء الماضي", MISSING[0], "'منذ الثلاثاء الماضي' from Sat 4 Apr 2015 = Tue 31 Mar (the missed meeting); other reports say since Monday or Wednesday; my span 30 Mar - 1 Apr", end=MISSING[1]),
    ev("helicopters-over-gorge", "مروحيتين تحلقان حاليا (12:30 ت.غ)", LOCATED, "'حاليا (12:30 ت.غ)' on Sat 4 Apr 2015"),
    ev("two-alive-seen", "يرون اثنين من الإسبان وهما يحركان أيديهما", LOCATED, "no own expression; seen by the gendarmes on Sat 4 Apr 2015"),
    ev("rescue-operation", "تتقدم سيرا على الأقدام نحو المكان", RESCUE[0], "'حتى اللحظة (12:30 ت.غ)' on Sat 4 Apr 2015; the rescue operation of Sat 4 - Mon 6 Apr", end=RESCUE[1]),
])
art(S, "http://www.kuwaitnews.com/world/intl/88467-2015-04-05-19-00-29",
    "2015-04-05", "date and time in the URL '2015-04-05-19-00-29' (Sun 5 Apr 2015, 19:00); the body's 'الاحد' (twice) agrees; headline kept from the page; the photo caption 'طائرة عسكرية بعد وصولها من الرباط الى ورزازات' and the last, truncated word dropped; no date of its own in the text", False, """
مواصلة العملية لانقاذ اسبانيين من مستكشفي المغاور في المغرب
تابعت السلطات المغربية الاحد جهودها لإنقاذ مستكشفَي مغاور إسبانيين فُقدا برفقة ثالث لقي حتفه، في منطقة جبلية بين مراكش وورزازات في جنوب المغرب، بحسب ما أفاد مصور لوكالة فرانس برس.
وأضاف المصور أن طوافة واحدة على الأقل وسيارة إسعاف كانتا على أهبة الاستعداد في مطار ورزازات لإجلاء المستكشفين الاثنين وجثة رفيقهما الثالث.
وأشار إلى أن مروحية أسقطت مساعدات للناجيين.
وكان تخلف الشرطيين خوسيه انطونيو مارتينيز وخوان بوليفار والمحامي غوستافو فيرويس عن موعد في ورزازات الثلاثاء قد أقلق ستة أعضاء آخرين في مجموعتهم.
ومنذ تحديد مكانهم صباح يوم السبت في منطقة تارمست، باشرت وحدات من الشرطة الملكية والحماية المدنية عملية لإنقاذهم.
ونقلت وكالة الأنباء المغربية الرسمية عن مصادر قولها إن "المصابَين تلقيا الإسعافات الأولية في عين المكان، وسيُنقلان إلى مستشفى"، غير أن "مستكشف المغاور الثالث فارق الحياة للأسف".
وأكدت السلطات الإسبانية الاحد وفاة غوستافو فيرويس، إذ كتب وزير الداخلية الإسباني خورخيه فرنانديز دياز في تغريدة على الحساب الرسمي للوزارة: "أتقدم بالتعازي إلى أسرة غوستافو فيرويس وأصدقائه".
""", [
    ev("rescue-operation", "تابعت السلطات المغربية الاحد جهودها لإنقاذ", RESCUE[0], "'الاحد' = Sun 5 Apr 2015, a day of the rescue operation of Sat 4 - Mon 6 Apr", end=RESCUE[1]),
    ev("aid-dropped", "وأشار إلى أن مروحية أسقطت مساعدات للناجيين", AID[0], "no own expression; supplies dropped after the cavers were located (my span Sat 4 - Sun 5 Apr 2015)", end=AID[1]),
    ev("cavers-missing", "عن موعد في ورزازات الثلاثاء قد أقلق", MISSING[0], "'الثلاثاء' before Sun 5 Apr 2015 = Tue 31 Mar (the missed meeting); my span 30 Mar - 1 Apr", end=MISSING[1]),
    ev("cavers-located", "ومنذ تحديد مكانهم صباح يوم السبت في منطقة تارمست", LOCATED, "'صباح يوم السبت' = Sat 4 Apr 2015"),
    ev("gustavo-death-confirmed", "وأكدت السلطات الإسبانية الاحد وفاة غوستافو فيرويس", GUSTAVO, "'الاحد' = Sun 5 Apr 2015"),
])
art(S, "http://ar.le360.ma/societe/40973/",
    "2015-04-06", "page date line 'في 06/04/2015 على الساعة 07:30' (kept as second line; 6 Apr 2015 was a Monday); the body's 'مساء أمس الأحد' agrees; headline kept from the page; the photo caption and the last, truncated sentence dropped", True, """
ناج وحيد من بين 3 إسبان سقطوا في منحدر عميق بوارزازات
في 06/04/2015 على الساعة 07:30
أعلنت السلطات الإسبانية وفاة مستكشف ثان من الإسبان الثلاثة الذين فُقدوا منذ الأسبوع الماضي في منطقة جبلية وعرة بين مراكش وورزازات.
وكتب وزير الداخلية الإسباني خورخيه فرنانديز دياز في تغريدة على حسابه في تويتر مساء أمس الأحد: "تعازي إلى عائلة ورفاق خوسيه انتونيو مارتينيز، المفتش الأول في الشرطة الذي لقي حتفه في المغرب".
وجاء نبأ وفاة هذا المستكشف بعيد ساعات من تأكيد السلطات الإسبانية وفاة مستكشف آخر هو غوستافو فينويس، المحامي البالغ 41 عاما والأب لطفلين.
وكانت السلطات المغربية قد أعلنت مساء السبت العثور على المستكشفين الثلاثة في منطقة نائية وصعبة في تارمست، إثر سقوطهم في منحدر يبلغ علوه مئات الأمتار، ما أودى بحياة أحدهم وخلّف جروحا لدى الآخرين.
ونقل التلفزيون الإسباني عن أرملة المفتش أن زوجها أصيب في رأسه وساقيه بسبب سقوطه من أعلى المنحدر.
وعليه، لم ينج من المستكشفين الثلاثة سوى واحد، هو خوان بوليفار (27 عاما).
""", [
    ev("second-death-announced", "في تغريدة على حسابه في تويتر مساء أمس الأحد", JOSE, "'مساء أمس الأحد' from Mon 6 Apr 2015 = Sun 5 Apr"),
    ev("cavers-missing", "الذين فُقدوا منذ الأسبوع الماضي", MISSING[0], "'منذ الأسبوع الماضي' from Mon 6 Apr 2015 = the week of 30 Mar; the three went missing Mon 30 Mar - Wed 1 Apr (my span)", end=MISSING[1]),
    ev("gustavo-death-confirmed", "تأكيد السلطات الإسبانية وفاة مستكشف آخر هو غوستافو فينويس", GUSTAVO, "'بعيد ساعات' before the Sunday-evening tweet = Sun 5 Apr 2015 (barlamane: 'صباح أمس الأحد')"),
    ev("cavers-located", "قد أعلنت مساء السبت العثور على المستكشفين الثلاثة", LOCATED, "'مساء السبت' = Sat 4 Apr 2015 (the announcement; located that morning)"),
    ev("bolivar-rescued", "لم ينج من المستكشفين الثلاثة سوى واحد، هو خوان بوليفار", BOLIVAR[0], "no own expression; Juan Bolívar was brought out alive and taken to Sidi Hssain hospital in Ouarzazate (my span Sun 5 - Mon 6 Apr 2015)", end=BOLIVAR[1]),
])
art(S, "https://alyaoum24.com/288013.html",
    "2015-04-06", "page date line '06 أبريل 2015 - 16:40' under the headline (kept as second line; 6 Apr 2015 was a Monday); headline kept from the page; the tags, share buttons and readers' comments dropped", True, """
جثت المستكشفين الإسبان بقيت عالقة في النفق منذ السبت ولم تنتشل حتى اليوم
06 أبريل 2015 - 16:40
لم تنجح فرق الإنقاذ في إخراج جثتي المستكشفين الإسبانيين اللذين لقيا حتفهما خلال رحلة إلى جبال الأطلس إلا قبل قليل، بعد أن بقيتا عالقتين منذ يوم السبت داخل نفق يبلغ عمقه 400 متر في نواحي الجماعة القروية إمينولاون بورزازات، بينما أُنقذ المستكشف الثالث الذي ما زال على قيد الحياة.
وأوضح خالد السالمي، مندوب وزارة الصحة في ورزازات، في اتصال مع «اليوم 24»، أن المستكشف الثالث في حالة جيدة ويخضع لعناية مشددة.
وكان موقع المستكشفين الإسبان الثلاثة قد حُدد يوم السبت الماضي أسفل منحدر بمنطقة تارمست التابعة لجماعة إمينولاون القروية، بعدما انقطعت أخبارهم منذ الأربعاء الماضي، وقد كانوا ضمن مجموعة من تسعة أشخاص تزور منطقة جبلية بين مدينتي مراكش وورزازات.
ووجّه الاتحاد الأندلسي لخبراء استكشاف المغارات والكهوف في إسبانيا انتقادات للسلطات المغربية، متهما إياها بالتباطؤ في إنقاذ الإسبان الثلاثة.
""", [
    ev("bodies-retrieved", "لم تنجح فرق الإنقاذ في إخراج جثتي المستكشفين الإسبانيين", BODIES, "'إلا قبل قليل' before 16:40 on Mon 6 Apr 2015"),
    ev("bolivar-rescued", "بينما أُنقذ المستكشف الثالث الذي ما زال على قيد الحياة", BOLIVAR[0], "no own expression; the survivor brought out before this Monday report (my span Sun 5 - Mon 6 Apr 2015)", end=BOLIVAR[1]),
    ev("health-statement", "وأوضح خالد السالمي، مندوب وزارة الصحة في ورزازات", BODIES, "no own expression; the health delegate's call with Alyaoum24 for this report of Mon 6 Apr 2015"),
    ev("cavers-located", "وكان موقع المستكشفين الإسبان الثلاثة قد حُدد يوم السبت الماضي", LOCATED, "'يوم السبت الماضي' from Mon 6 Apr 2015 = Sat 4 Apr"),
    ev("cavers-missing", "بعدما انقطعت أخبارهم منذ الأربعاء الماضي", MISSING[0], "'منذ الأربعاء الماضي' from Mon 6 Apr 2015 = Wed 1 Apr; other reports say since Monday or Tuesday; my span 30 Mar - 1 Apr", end=MISSING[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 324
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

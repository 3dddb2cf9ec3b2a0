"""Builds stories.jsonl: the 498-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: landslides and mudslides in Asia, Africa and Latin America
(collapse, search, death-toll updates, relief).
Stories: the Kencho Shacha Gozdi landslides in the Gofa zone (southern Ethiopia, July 2024), the Wayanad
landslides in Kerala (India, July-August 2024), and the Mocoa mudslides (Putumayo, Colombia, April 2017).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- ethiopia-gofa-kencho-shacha-landslide-2024
S = "ethiopia-gofa-kencho-shacha-landslide-2024"
FIRST = "2024-07-21"                       # a first slide hit a house on the night of Sun 21 Jul 2024
SLIDE = "2024-07-22"                       # the deadly slide on Mon 22 Jul 2024 buried the people helping them
art(S, "https://albawabhnews.com/5041651",
    SLIDE, "no date line in the stored text; the body's 'حتفهم اليوم الاثنين' for the first toll of 55 dead, which the Gofa zone authorities gave on the day of the landslide, Mon 22 Jul 2024 (22 Jul 2024 was a Monday; jinhaagency1 of Tue 23: 'يوم أمس الاثنين'); headline written from the body (the stored text has none)", True, """
مقتل 55 شخصا على الأقل في انهيار أرضي بجنوب إثيوبيا
لقي 55 شخصًا على الأقل حتفهم اليوم الاثنين جراء انهيار أرضي ضرب منطقة جوفا في جنوب إثيوبيا.
وذكرت وسائل إعلام إثيوبية أن الكارثة أودت بحياة ما يزيد على 20 شخصًا، بينهم أطفال ونساء وعناصر من الشرطة.
وأوضح المسؤول المحلي ميسيكير ميتيكو، في حديث للتلفزيون الرسمي، أن أعمال البحث والإنقاذ ما زالت متواصلة، وأن عدد الضحايا قد يرتفع.
وأشار ميتيكو كذلك إلى أن عددا من الذين شاركوا في عمليات الإنقاذ لم يُعثر عليهم حتى الآن.
ويُذكر أن جنوب إثيوبيا يشهد الانهيارات الأرضية كثيرا خلال موسم الأمطار الممتد كل عام من يونيو إلى أغسطس.
""", [
    ev("toll-55", "لقي 55 شخصًا على الأقل حتفهم اليوم الاثنين", SLIDE, "'اليوم الاثنين' = Mon 22 Jul 2024"),
    ev("gofa-landslide", "جراء انهيار أرضي ضرب منطقة جوفا", SLIDE, "no own expression beyond 'اليوم الاثنين' of the toll; the deadly landslide of Mon 22 Jul 2024 (jinhaagency1: 'يوم أمس الاثنين' on Tue 23)"),
    ev("search-monday", "أن أعمال البحث والإنقاذ ما زالت متواصلة", SLIDE, "no own expression; the official's statement to state TV on the day of the report, Mon 22 Jul 2024"),
    ev("rescuers-missing", "عددا من الذين شاركوا في عمليات الإنقاذ لم يُعثر عليهم", SLIDE, "no own expression; the helpers buried by the slide of Mon 22 Jul 2024, still missing that day"),
])
art(S, "https://jinhaagency1.com/ar/alywm/anzlaq-lltrbt-ywdy-bhyat-akthr-mn-229-shkhsaa-fy-athywbya-43335?page=4",
    "2024-07-23", "the body's 'اليوم الثلاثاء 23 تموز/يوليو' (23 Jul 2024 was a Tuesday) and 'يوم أمس الاثنين' for the landslide of Mon 22 Jul 2024; no separate date line in the stored text; headline kept from the page", True, """
انزلاق للتربة يودي بحياة أكثر من 229 شخصاً في إثيوبيا
ذكرت السلطات المحلية الإثيوبية أن انزلاقا للتربة سببته أمطار غزيرة أدى إلى مقتل 229 شخصا، ونبهت إلى أن الحصيلة قد تزداد.
مركز الأخبار ـ كشفت السلطات المحلية في إثيوبيا اليوم الثلاثاء 23 تموز/يوليو حصيلة أسوأ انزلاق للتربة تعرفه إثيوبيا، ثاني أكثر دول القارة الإفريقية سكانا.
وفي السياق ذاته، نقلت هيئة الإذاعة والتلفزيون الرسمية عن مسؤول منطقة وريدا في غيزي ـ غوفا أن الحصيلة الأولية للقتلى في كيبيلي وصلت إلى 157 شخصا، وأن خمسة ناجين عُثر عليهم.
وأغلب الضحايا الذين سقطوا يوم أمس الاثنين دفنهم الانزلاق بينما كانوا يقدمون العون لسكان منزل أصابه انزلاق أول للتربة.
وكان جنوب إثيوبيا من المناطق التي تضررت من فيضانات نيسان/أبريل وأيار/مايو المنصرمين، في موسم الأمطار "القصير".
""", [
    ev("toll-229", "كشفت السلطات المحلية في إثيوبيا اليوم الثلاثاء 23 تموز/يوليو", "2024-07-23", "'اليوم الثلاثاء 23 تموز/يوليو' = Tue 23 Jul 2024 (the local toll of 229, given on Tuesday evening)"),
    ev("toll-157-ebc", "الحصيلة الأولية للقتلى في كيبيلي وصلت إلى 157 شخصا", "2024-07-23", "no own expression; the state broadcaster's toll of Tue 23 Jul 2024, the day of the report"),
    ev("gofa-landslide", "وأغلب الضحايا الذين سقطوا يوم أمس الاثنين دفنهم الانزلاق", SLIDE, "'يوم أمس الاثنين' from Tue 23 Jul 2024 = Mon 22 Jul"),
    ev("first-landslide", "سكان منزل أصابه انزلاق أول للتربة", FIRST, "no own expression; the first slide, on the night of Sun 21 Jul 2024 (ednews: 'أول انهيار أرضي يوم الأحد الماضي')"),
    ev("spring-floods", "تضررت من فيضانات نيسان/أبريل وأيار/مايو المنصرمين", "2024-04-01", "'نيسان/أبريل وأيار/مايو المنصرمين' from July 2024 = April-May 2024 (the months only)", end="2024-06-01"),
])
art(S, "https://ednews.net/ar/news/world/671346-257",
    "2024-07-25", "no date on the stored page; the body's 'أمس الأربعاء' for the government's toll of 229 and 'بعد أربعة أيام على أول انهيار أرضي يوم الأحد الماضي' (Sun 21 Jul 2024 + 4 days) give Thu 25 Jul 2024, the day of OCHA's report of 257 dead (annahar: 'اليوم الخميس'); headline written from the body and the URL ('...-257'); no date of its own in the text", False, """
الأمم المتحدة: ارتفاع قتلى الانهيارات الأرضية في إثيوبيا إلى 257
أعلنت الأمم المتحدة أن حصيلة القتلى جراء انهيارات أرضية متعددة في جنوب غربي إثيوبيا صعدت إلى 257.
وأفاد مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية على منصة "إكس" بأنه يتوقع أن يبلغ عدد القتلى 500، وأن أكثر من 15 ألف شخص بحاجة إلى الإجلاء بسبب الانهيارات.
وكانت الحكومة الإثيوبية قد أعلنت أمس الأربعاء مقتل 229 شخصا، ولا يزال البحث عن ناجين جاريا.
ويسابق المنقذون الوقت بعد أربعة أيام على أول انهيار أرضي يوم الأحد الماضي، وهم يأملون العثور على أحياء لكنهم يخرجون جثثا في الغالب.
وحفر السكان مقابر جماعية في عدد من قرى المنطقة.
وبدأ المتضررون في إحدى قرى حي جوفا يحفرون بأيديهم بيأس بحثا عن ناجين، بينما سعى آخرون إلى معرفة أماكن أقاربهم مستعينين بالصور.
ومع حلول موسم الأمطار، تكثر الانهيارات الأرضية في هذه المنطقة الجبلية.
""", [
    ev("ocha-257", "أعلنت الأمم المتحدة أن حصيلة القتلى", "2024-07-25", "no own expression; OCHA's report of Thu 25 Jul 2024 (annahar: 'اليوم الخميس'), the day of this report"),
    ev("ocha-evacuation-need", "أكثر من 15 ألف شخص بحاجة إلى الإجلاء", "2024-07-25", "no own expression; in the same OCHA report of Thu 25 Jul 2024"),
    ev("govt-229-wednesday", "وكانت الحكومة الإثيوبية قد أعلنت أمس الأربعاء مقتل 229 شخصا", "2024-07-24", "'أمس الأربعاء' from Thu 25 Jul 2024 = Wed 24 Jul (as this report says; the local toll of 229 was first given on Tue 23)"),
    ev("first-landslide", "أول انهيار أرضي يوم الأحد الماضي", FIRST, "'يوم الأحد الماضي' from Thu 25 Jul 2024 = Sun 21 Jul"),
    ev("mass-graves", "وحفر السكان مقابر جماعية", SLIDE, "no own expression; the burials after the landslide of Mon 22 Jul 2024 and before this report of Thu 25 Jul (my span 22-25 Jul)", end="2024-07-26"),
    ev("search-thursday", "ولا يزال البحث عن ناجين جاريا", "2024-07-25", "no own expression; the search going on on the day of the report, Thu 25 Jul 2024"),
])

# ---------------------------------------------------------------- india-wayanad-kerala-landslides-2024
S = "india-wayanad-kerala-landslides-2024"
SLIDE = "2024-07-30"                       # the Wayanad landslides struck in the early hours of Tue 30 Jul 2024
CUT_OFF = (SLIDE, "2024-08-02")            # Mundakkai cut off from Tue 30 until the army's bridge was finished on Thu 1 Aug
art(S, "https://elbalad.news/6275773",
    SLIDE, "no date line in the stored text; the body's 'صباح اليوم الثلاثاء' (twice) for the landslides of Tue 30 Jul 2024 (30 Jul 2024 was a Tuesday), with the first-day toll of 107; headline written from the body (the stored text has none)", True, """
أكثر من 100 قتيل في الانهيارات الأرضية بمنطقة واياناد الهندية
تخطى عدد القتلى 100 شخص في الانهيارات الأرضية المدمرة التي اجتاحت منطقة واياناد الجبلية بولاية كيرالا في ساعة مبكرة من صباح اليوم الثلاثاء، ما يجعلها من أبرز مآسي الانهيارات الأرضية في العالم.
وأفادت مصادر بأن عدد القتلى بلغ 107 أشخاص، وأنه مرشح للزيادة بعدما تحملت مناطق كاملة وطأة الكارثة، وتهدمت مئات المنازل بشكل لا يمكن معه إنقاذها في أربع قرى على الأقل بالمنطقة.
وبحسب أحد أبناء المنطقة المشاركين في أعمال الإنقاذ، كانت قرية أتامالا تضم نحو 100 منزل.
وأودعت 50 جثة على الأقل في مركز ميبادي الصحي المجتمعي.
وذكر مكتب وزير الإيرادات في الولاية ك. راجان أن 116 شخصا على الأقل أصيبوا في الانهيارات ونقلوا إلى عدد من المستشفيات.
وأوضحت السلطات أن قرى مونداكاي وتشورالمالا وأتامالا ونولبوزا من بين المناطق المنكوبة التي عزلتها الانهيارات الأرضية.
وخلّف الانهيار الأرضي، الذي حدث نحو الساعة 3.30 صباح اليوم الثلاثاء، دمارا واسعا، إذ تهدمت منازل عديدة وفاضت المجاري المائية واقتُلعت الأشجار.
""", [
    ev("wayanad-landslides", "الانهيارات الأرضية المدمرة التي اجتاحت منطقة واياناد الجبلية", SLIDE, "'في ساعة مبكرة من صباح اليوم الثلاثاء' = Tue 30 Jul 2024"),
    ev("toll-107", "وأفادت مصادر بأن عدد القتلى بلغ 107 أشخاص", SLIDE, "no own expression; the toll on the day of the report, Tue 30 Jul 2024"),
    ev("bodies-meppadi", "وأودعت 50 جثة على الأقل في مركز ميبادي", SLIDE, "no own expression; on the day of the landslides, Tue 30 Jul 2024"),
    ev("injured-116", "أن 116 شخصا على الأقل أصيبوا في الانهيارات", SLIDE, "no own expression; the revenue minister's office on Tue 30 Jul 2024"),
    ev("villages-cut-off", "من بين المناطق المنكوبة التي عزلتها الانهيارات الأرضية", CUT_OFF[0], "no own expression; cut off by the landslides of Tue 30 Jul 2024 until the army's bridge was finished on Thu 1 Aug (my span)", end=CUT_OFF[1]),
])
art(S, "https://sharjah24.ae/ar/Articles/2024/07/31/gh-9",
    "2024-07-31", "the URL's date 2024/07/31 (a Reuters report); the body's 'يوم الأربعاء' (twice, 31 Jul 2024 was a Wednesday), 'غداة' and 'صباح الثلاثاء' for the landslides of Tue 30 Jul; the repeated lead paragraph and the 'الشارقة 24 - رويترز:' credit line dropped; headline written from the lead (the stored text has none)", True, """
تواصل البحث عن ناجين في كيرالا غداة انهيارات أرضية قتلت أكثر من 165 شخصا
يواصل جنود وعناصر إنقاذ البحث عن ناجين وجثث وسط الوحل والصخور والمطر المتواصل في تلال ولاية كيرالا الهندية يوم الأربعاء، غداة مقتل ما يزيد على 165 شخصا في انهيارات أرضية سببتها أمطار موسمية.
وأفادت السلطات الهندية يوم الأربعاء بإنقاذ نحو ألف شخص في القرى ومزارع الشاي والهيل الممتدة على سفوح التلال في منطقة واياناد، بينما لا يزال 225 آخرون مفقودين.
وأضافت أن 166 شخصا على الأقل لقوا حتفهم وأصيب 195، في حين أوردت قناة (آسيا نت) الإخبارية أن عدد القتلى وصل إلى 179.
وكانت الأمطار الغزيرة في ولاية كيرالا، وهي من أشهر الوجهات السياحية في الهند، قد أدت إلى انهيارات أرضية في وقت مبكر من صباح الثلاثاء، فانهارت قمم تلال وتدفق سيل من الوحل والمياه والصخور.
""", [
    ev("search-wednesday", "يواصل جنود وعناصر إنقاذ البحث عن ناجين وجثث", "2024-07-31", "'يوم الأربعاء' = Wed 31 Jul 2024"),
    ev("thousand-rescued", "بإنقاذ نحو ألف شخص", SLIDE, "announced 'يوم الأربعاء' (Wed 31 Jul 2024); the rescues since the landslides of Tue 30 Jul (my span 30-31 Jul)", end="2024-08-01"),
    ev("toll-166", "أن 166 شخصا على الأقل لقوا حتفهم", "2024-07-31", "the authorities' toll of 'يوم الأربعاء' = Wed 31 Jul 2024"),
    ev("asianet-179", "أن عدد القتلى وصل إلى 179", "2024-07-31", "no own expression; Asianet's figure of the same day, Wed 31 Jul 2024"),
    ev("wayanad-landslides", "قد أدت إلى انهيارات أرضية في وقت مبكر من صباح الثلاثاء", SLIDE, "'صباح الثلاثاء' (and 'غداة' from Wednesday) = Tue 30 Jul 2024"),
])
art(S, "https://3tnews.net/%d8%a7%d9%86%d9%87%d9%8a%d8%a7%d8%b1%d8%a7%d8%aa-%d8%a3%d8%b1%d8%b6%d9%8a%d8%a9-%d8%ac%d9%86%d9%88%d8%a8-%d8%a7%d9%84%d9%87%d9%86%d8%af-%d8%aa%d8%ae%d9%84%d9%91%d9%81-%d8%af%d9%85%d8%a7%d8%b1%d8%a7",
    "2024-08-01", "no date on the stored page; the body's 'صباح أول من أمس' for the landslides of Tue 30 Jul 2024 and 'أمس الأربعاء' for the police statement of Wed 31 Jul give Thu 1 Aug 2024 (1 Aug 2024 was a Thursday); headline rendered from the URL slug; the last, truncated sentence (186 injured) dropped; no date of its own in the text", False, """
انهيارات أرضية جنوب الهند تخلّف دمارا
أفاد مسؤولون حكوميون محليون بأن الانهيارات الأرضية التي ضربت ولاية كيرالا في جنوب الهند أسفرت عن مقتل 156 شخصا على الأقل، في حين يواصل المنقذون البحث عن مفقودين يُخشى أنهم عالقون تحت الطمي والأنقاض.
وكانت الانهيارات الأرضية قد وقعت في منطقة واياناد في الساعات الأولى من صباح أول من أمس، فحاصرت السكان داخل منازلهم وهم نيام.
وذكرت صحيفة «هندو» أن الحكومة المحلية تعمل على جمع البيانات عن سكان المنطقة الذين عُثر عليهم بعد الانهيارات ومن لا يزالون مفقودين.
ويُشار إلى أن الأمطار المتواصلة خلال اليومين الماضيين تسببت في الانهيارات الأرضية، فأدت إلى فيضان الأنهار المحملة بالطمي والصخور التي اجتاحت الجسور وقطعت الطرق، ما جعل عمليات الإنقاذ أصعب.
ويعمل مهندسو الجيش على إقامة جسر مؤقت لإنقاذ العالقين في مدينة مونداكاي التي انقطعت عنها السبل كليا.
وأعلنت الشرطة الهندية أن المئات من رجال الإنقاذ واصلوا أمس الأربعاء البحث عن ناجين بين الوحل وأكوام الحطام.
وجاءت الانهيارات بعد أن جرفت سيول ناتجة عن أمطار غزيرة أطنانا من الوحل نحو المزارع والقرى.
""", [
    ev("toll-156", "أسفرت عن مقتل 156 شخصا على الأقل", "2024-07-31", "no own expression; the officials' toll carried by the wire report of Wed 31 Jul 2024 that this Thursday article reproduces (with 'أمس الأربعاء')"),
    ev("wayanad-landslides", "وكانت الانهيارات الأرضية قد وقعت في منطقة واياناد في الساعات الأولى من صباح أول من أمس", SLIDE, "'صباح أول من أمس' from Thu 1 Aug 2024 = Tue 30 Jul"),
    ev("army-bridge", "ويعمل مهندسو الجيش على إقامة جسر مؤقت", "2024-07-31", "no own expression; the army engineers' bridge to Mundakkai, built on Wed 31 Jul and Thu 1 Aug 2024 (my span)", end="2024-08-02"),
    ev("villages-cut-off", "مدينة مونداكاي التي انقطعت عنها السبل كليا", CUT_OFF[0], "no own expression; cut off since the landslides of Tue 30 Jul 2024 until the bridge of Thu 1 Aug (my span)", end=CUT_OFF[1]),
    ev("search-wednesday", "واصلوا أمس الأربعاء البحث عن ناجين", "2024-07-31", "'أمس الأربعاء' from Thu 1 Aug 2024 = Wed 31 Jul"),
])
art(S, "https://arabic.awazthevoice.in/india-news/wayanad-disaster-death-toll-touches-missing-as-search-enters-day-812.html",
    "2024-08-05", "no date line in the stored text; the body's 'يومها السابع، اليوم الإثنين' (the seventh day of a search begun on Tue 30 Jul 2024 is Mon 5 Aug 2024, a Monday) and 'الأسبوع الماضي' for the landslides; the 'اقرأ أيضًا' link and the last, truncated sentence dropped; headline written from the body and the URL slug", True, """
حصيلة كارثة واياناد تبلغ 387 قتيلا مع دخول البحث يومه السابع
واياناد
بلغت عمليات الإنقاذ يومها السابع، اليوم الإثنين، فيما صعدت حصيلة ضحايا أسوأ كارثة طبيعية عرفتها ولاية كيرالا إلى 387 قتيلا، ولا يزال 180 شخصا مفقودين إثر الانهيارات الأرضية والفيضانات الكبيرة التي ضربت منطقة واياناد الأسبوع الماضي.
وباشر فريق الإنقاذ، المؤلف من أكثر من 1500 عنصر من قوات الدفاع كافة والقوة الوطنية للاستجابة للكوارث وقوة الولاية للاستجابة للكوارث والشرطة وخدمة الإطفاء والمتطوعين، أعمال البحث في وقت مبكر من صباح يوم الإثنين في أكثر المناطق الأربع تضررا، وهي شورالمالا وفيلاريمالا ومونداكايل وبونشيريمادوم.
ولأن كثيرا من الجثث لم تُعرف هوياتها بعد، يواصل الأقارب والأصدقاء القلقون التوافد على المستشفيات التي تُنقل إليها الجثث وتُحفظ فيها.
وانتُشل عدد كبير من الأشلاء من تحت الأنقاض، وتُجري السلطات عليها فحوص الحمض النووي.
وهناك نحو 100 مخيم إغاثة نُقل إليها قرابة 9500 شخص.
وأُدخل ما يصل إلى 81 شخصا إلى مستشفيات مختلفة في المنطقة.
وتتولى لجنة فرعية من مجلس الوزراء تضم أربعة وزراء في الولاية الإشراف على عمليات الإنقاذ والإغاثة.
""", [
    ev("rescue-day-seven", "بلغت عمليات الإنقاذ يومها السابع، اليوم الإثنين", "2024-08-05", "'اليوم الإثنين' = Mon 5 Aug 2024 (the seventh day from Tue 30 Jul)"),
    ev("toll-387", "صعدت حصيلة ضحايا أسوأ كارثة طبيعية عرفتها ولاية كيرالا إلى 387 قتيلا", "2024-08-05", "no own expression beyond 'اليوم الإثنين'; the toll of Mon 5 Aug 2024"),
    ev("wayanad-landslides", "الانهيارات الأرضية والفيضانات الكبيرة التي ضربت منطقة واياناد الأسبوع الماضي", SLIDE, "'الأسبوع الماضي' from Mon 5 Aug 2024; the landslides of Tue 30 Jul 2024 (the other articles)"),
    ev("search-four-areas-monday", "أعمال البحث في وقت مبكر من صباح يوم الإثنين", "2024-08-05", "'صباح يوم الإثنين' = Mon 5 Aug 2024"),
])

# ---------------------------------------------------------------- colombia-mocoa-mudslide-2017
S = "colombia-mocoa-mudslide-2017"
SLIDE = "2017-04-01"                       # the rivers burst and the mudslides swept Mocoa in the early hours of Sat 1 Apr 2017
art(S, "http://almounaataf.com/%D9%87%D9%84%D8%A7%D9%83-%D8%A3%D8%B2%D9%8A%D8%AF-%D9%85%D9%86-100-%D8%B4%D8%AE%D8%B5-%D9%88200%D9%85%D9%81%D9%82%D9%88%D8%AF%D8%A7-%D9%81%D9%8A-%D8%A7%D9%86%D8%B2%D9%84%D8%A7%D9%82%D8%A7%D8%AA/",
    SLIDE, "no date line in the stored text; the body's 'اليوم السبت' for the disaster and 'في بيان صحفي اليوم' for the Red Cross toll of 112, given on Sat 1 Apr 2017 (1 Apr 2017 was a Saturday; sauress/alriyadh of Mon 3 Apr: 'صباح السبت الماضي'); headline rendered from the URL slug", True, """
هلاك أزيد من 100 شخص و200 مفقود في انزلاقات للتربة بكولومبيا
لقي 112 شخصا على الأقل حتفهم وأصيب ما يزيد على 300 آخرين جراء فيضانات وانزلاقات للتربة شهدتها مدينة /موكوا/ في جنوب كولومبيا قرب الحدود مع الإكوادور اليوم السبت.
وتسببت في الكارثة أمطار غزيرة هطلت على المنطقة فرفعت منسوب نهر /موكوا/ وثلاثة من روافده.
وأفاد الصليب الأحمر الكولومبي في بيان صحفي اليوم بأن عدد القتلى وصل إلى 112، بينما لا يزال نحو مائتي شخص في عداد المفقودين.
وشدد الرئيس الكولومبي خوان مانويل سانتوس، الذي اضطر إلى إلغاء زيارة كان مقررا أن يقوم بها إلى كوبا، خلال تفقده المناطق المنكوبة، على أن عدد الضحايا قد يرتفع بسبب الانهيارات الأرضية الناتجة عن فيضان الأنهار إثر الأمطار الغزيرة، مؤكدا أن البحث عن الضحايا مستمر.
وأنشأت السلطات الكولومبية خلية أزمة تجمع وحدات من الجيش وفرقا من الشرطة والإغاثة لتنسيق البحث عن المفقودين والشروع في رفع مئات الأطنان من الأنقاض.
""", [
    ev("mocoa-mudslide", "جراء فيضانات وانزلاقات للتربة شهدتها مدينة /موكوا/", SLIDE, "'اليوم السبت' = Sat 1 Apr 2017 (the rivers burst in the early hours)"),
    ev("red-cross-112", "وأفاد الصليب الأحمر الكولومبي في بيان صحفي اليوم", SLIDE, "'اليوم' = Sat 1 Apr 2017"),
    ev("cuba-trip-cancelled", "اضطر إلى إلغاء زيارة كان مقررا أن يقوم بها إلى كوبا", SLIDE, "no own expression; Santos called off the trip on the day of the disaster, Sat 1 Apr 2017, to go to Mocoa"),
    ev("santos-visit", "خلال تفقده المناطق المنكوبة", SLIDE, "no own expression; Santos's visit to Mocoa on Sat 1 Apr 2017, the day of the report"),
    ev("crisis-cell", "وأنشأت السلطات الكولومبية خلية أزمة", SLIDE, "no own expression; set up on the day of the disaster, Sat 1 Apr 2017"),
])
art(S, "https://sauress.com/alriyadh/1582747",
    "2017-04-03", "no date line on the stored page (a dpa report carried by al-Riyadh, via sauress); the body's 'اليوم الاثنين', 'مساء أمس الأحد' for Santos's toll of 254 and 'صباح السبت الماضي' for the disaster of Sat 1 Apr 2017 give Mon 3 Apr 2017 (a Monday); headline written from the body (the stored text has none)", False, """
أكثر من 250 قتيلا في فيضانات وانهيارات موكوا بكولومبيا
تأكد اليوم الاثنين مقتل ما يزيد على 250 شخصا في موجة الفيضانات الجارفة والانهيارات الأرضية التي ضربت مدينة موكوا في جنوب غرب كولومبيا.
وأعلن الرئيس الكولومبي خوان مانويل سانتوس في ساعة متأخرة مساء أمس الأحد أن عدد الوفيات بلغ حتى الآن 254، بينهم 60 طفلا، في حين لا يزال أكثر من 200 شخص مفقودين.
واجتاحت مياه الفيضانات والأوحال 17 حيا من أحياء مدينة موكوا الأربعين في ساعة مبكرة من صباح السبت الماضي، فأغرقت المنازل أو دفنتها تحت الأنقاض، بعد أن أدت الأمطار الغزيرة إلى خروج أنهار موكوا ومولاتو وسانكوياكو عن ضفافها.
وألغى سانتوس رحلة كانت مقررة إلى كوبا ليتوجه إلى المنطقة المنكوبة، وأمر بنشر وحدات الجيش فيها.
ويسكن مدينة موكوا أربعون ألف نسمة، وتقع بالقرب من الحدود مع الإكوادور على مسافة 630 كيلومترا جنوب غرب العاصمة الكولومبية بوجوتا.
""", [
    ev("toll-over-250-monday", "تأكد اليوم الاثنين مقتل ما يزيد على 250 شخصا", "2017-04-03", "'اليوم الاثنين' = Mon 3 Apr 2017"),
    ev("toll-254", "وأعلن الرئيس الكولومبي خوان مانويل سانتوس في ساعة متأخرة مساء أمس الأحد", "2017-04-02", "'مساء أمس الأحد' from Mon 3 Apr 2017 = Sun 2 Apr (Colombian time)"),
    ev("mocoa-mudslide", "واجتاحت مياه الفيضانات والأوحال 17 حيا", SLIDE, "'في ساعة مبكرة من صباح السبت الماضي' from Mon 3 Apr 2017 = Sat 1 Apr"),
    ev("cuba-trip-cancelled", "وألغى سانتوس رحلة كانت مقررة إلى كوبا", SLIDE, "no own expression; on the day of the disaster, Sat 1 Apr 2017 (almounaataf)"),
    ev("santos-visit", "ليتوجه إلى المنطقة المنكوبة", SLIDE, "no own expression; Santos went to Mocoa on Sat 1 Apr 2017 (almounaataf 'اليوم السبت')"),
    ev("army-deployed", "وأمر بنشر وحدات الجيش فيها", SLIDE, "no own expression; ordered on Sat 1 Apr 2017, when Santos went to Mocoa"),
])
art(S, "https://m2.youm7.com/story/2017/4/7/ارتفع-حصيلة-ضحايا-انزلاقات-التربة-فى-كولومبيا-لـ311-قتيلا-بينهم/3180041",
    "2017-04-07", "the URL's date 2017/4/7 and the body's 'اليوم الجمعة' (7 Apr 2017 was a Friday), 'أمس الخميس' and 'فجر السبت الماضى'; the comment notice dropped; headline rendered from the URL slug and completed from the body", True, """
ارتفاع حصيلة ضحايا انزلاقات التربة فى كولومبيا لـ311 قتيلا بينهم 102 طفل
لقي 311 شخصا على الأقل، منهم 102 من الأطفال، حتفهم في انزلاقات التربة التي ضربت موكوا في جنوب كولومبيا قبل أسبوع، بحسب حصيلة جديدة أعلنتها السلطات اليوم الجمعة.
وذكرت الوحدة الوطنية لإدارة مخاطر الكوارث أن عدد المصابين بلغ 332، وأن 240 جثة سُلّمت إلى ذويها.
وكان وزير الدفاع لويس كارلوس فيليجاس قد أعلن أمس الخميس حصيلة سابقة تحدثت عن 306 قتلى، منهم 92 طفلا.
وتعد كارثة موكوا، التي حدثت فجر السبت الماضى، الأسوأ منذ كارثة سلجار التي أوقعت 92 قتيلا في مايو 2015 على مسافة مئة كيلومتر من ميديلين (شمال غرب).
وبحسب الصليب الأحمر، طالت انزلاقات التربة نحو 45 ألفا من السكان، علما بأن مدينة موكوا يقطنها قرابة 70 ألف نسمة.
""", [
    ev("toll-311", "بحسب حصيلة جديدة أعلنتها السلطات اليوم الجمعة", "2017-04-07", "'اليوم الجمعة' = Fri 7 Apr 2017"),
    ev("mocoa-mudslide", "في انزلاقات التربة التي ضربت موكوا في جنوب كولومبيا قبل أسبوع", SLIDE, "'قبل أسبوع' and 'فجر السبت الماضى' from Fri 7 Apr 2017 = Sat 1 Apr"),
    ev("villegas-306", "وكان وزير الدفاع لويس كارلوس فيليجاس قد أعلن أمس الخميس حصيلة سابقة", "2017-04-06", "'أمس الخميس' from Fri 7 Apr 2017 = Thu 6 Apr"),
    ev("salgar-2015", "كارثة سلجار التي أوقعت 92 قتيلا في مايو 2015", "2015-05-18", "'في مايو 2015'; the Salgar (Antioquia) avalanche of Mon 18 May 2015 (the text gives only the month)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 498
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

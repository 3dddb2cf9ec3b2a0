"""Builds stories.jsonl: the 511-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: forest and wildfires around the Mediterranean (outbreaks,
evacuations, tolls, control).
Stories: the Manavgat / southern Turkey wildfires (Turkey, July 2021), the Jebel Boukornine - Borj Cedria fire
south of Tunis (Tunisia, July 2022), the Rhodes wildfire and the mass evacuation of tourists (Greece, July 2023),
and the Qastal Maaf wildfires in the northern Latakia countryside (Syria, July 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- turkey-manavgat-antalya-wildfires-2021
S = "turkey-manavgat-antalya-wildfires-2021"
OUTBREAK = "2021-07-28"                    # the Manavgat forest fires broke out on Wed 28 Jul 2021
THIS_WEEK = ("2021-07-28", "2021-07-31")   # the wave of fires of that week, Wed 28 - Fri 30 Jul 2021
TOLL_FOUR = "2021-07-30"                   # the toll of four dead, reported on Fri 30 Jul 2021
art(S, "https://arabi21.org/storyamp/1375022/%D9%85%D8%B5%D8%B1%D8%B9-3-%D9%88%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-%D8%A7%D9%84%D8%B9%D8%B4%D8%B1%D8%A7%D8%AA-%D8%A8%D8%AD%D8%B1%D9%8A%D9%82-%D8%BA%D8%A7%D8%A8%D8%A7%D8%AA-%D9%83%D8%A8%D9%8A%D8%B1-%D8%AC%D9%86%D9%88%D8%A8-%D8%AA%D8%B1%D9%83%D9%8A%D8%A7-%D8%B4%D8%A7%D9%87%D8%AF",
    "2021-07-29", "no date on the stored page; AFAD's statement 'الخميس' on the fires 'التي اندلعت أمس' in Manavgat (the fires broke out on Wed 28 Jul 2021, allahzah: 'اندلع، الأربعاء'; pressafrik: 'a commencé mercredi', reported 'jeudi') and the first toll of three dead, which AFAD gave on Thu 29 Jul 2021 (darelhilal: 'أعلنت ... اليوم الخميس أن 122 شخصا تضرروا'), so the report is of Thu 29 Jul 2021 (29 Jul 2021 was a Thursday); headline rendered from the URL slug; the last, truncated sentence dropped", False, """
مصرع 3 وإصابة العشرات بحريق غابات كبير جنوب تركيا
أعلنت رئاسة إدارة الكوارث والطوارئ التركية "آفاد" وفاة ثلاثة مواطنين بسبب حرائق الغابات التي تضرب جنوب البلاد.
وذكرت "آفاد" في بيان الخميس أن عمليات إطفاء الحرائق التي اندلعت أمس في 4 مواقع بغابات قضاء "مناوغات" في أنطاليا لا تزال متواصلة.
وأوضحت أن عدد المتأثرين بالدخان ارتفع من 122 إلى 138 شخصا، بينهم واحد في حالة حرجة.
وأفادت وسائل إعلام تركية بأن حريق غابات نشب بالقرب من منتجع أنطاليا السياحي جنوبي تركيا بلغ مناطق آهلة بالسكان، فأوقع عشرات الجرحى وأجبر السلطات على إخلاء أربعة أحياء كاملة من قاطنيها.
وأعلن قائم مقام "مناوغات" مصطفى يغيت في تصريح أنه جرى إنقاذ 10 أشخاص حاصرتهم النيران داخل مطعم بالقرب من سد "أويما بنار".
وأشارت وسائل إعلام تركية إلى أن حرائق أخرى نشبت في الساعات القليلة الماضية في مناطق تابعة لولايات عثمانية وأضنة ومرسين وموغلا.
وسرعان ما دفعت الرياح الشديدة الحريق الذي شب في غابة منافغات بولاية أنطاليا المطلة على البحر المتوسط نحو المناطق المأهولة المجاورة، فالتهم عددا من المنازل في منطقة كاليملر.
وتعهد الرئيس التركي رجب طيب أردوغان بفتح تحقيق معمق لكشف أسباب الكارثة، قائلا: "سنقدم كل الدعم اللازم لمواطنينا الذين تضرروا من الحريق".
""", [
    ev("afad-three-dead", "وفاة ثلاثة مواطنين بسبب حرائق الغابات", "2021-07-29", "no own expression; the toll of three given by AFAD in its statement of Thu 29 Jul 2021 ('في بيان الخميس')"),
    ev("manavgat-fires-outbreak", "التي اندلعت أمس في 4 مواقع بغابات قضاء \"مناوغات\"", OUTBREAK, "'أمس' from AFAD's statement of Thu 29 Jul 2021 = Wed 28 Jul"),
    ev("manavgat-four-neighbourhoods-evacuated", "وأجبر السلطات على إخلاء أربعة أحياء كاملة من قاطنيها", OUTBREAK, "no own expression; the four Manavgat neighbourhoods were evacuated on the day of the outbreak, Wed 28 Jul 2021 (allahzah: 'اندلع، الأربعاء ... اضطر السلطات لإخلاء أربعة أحياء')"),
    ev("oymapinar-restaurant-rescue", "أنه جرى إنقاذ 10 أشخاص حاصرتهم النيران", OUTBREAK, "no own expression; between the outbreak of Wed 28 and the statement reported on Thu 29 Jul 2021 (my span 28-29 Jul)", end="2021-07-30"),
    ev("other-provinces-fires", "أن حرائق أخرى نشبت في الساعات القليلة الماضية", OUTBREAK, "'في الساعات القليلة الماضية' before the report of Thu 29 Jul 2021 = Wed 28 - Thu 29 Jul (my span)", end="2021-07-30"),
])
art(S, "https://mubasher.aljazeera.net/news/miscellaneous/2021/7/30/%D8%A7%D8%B3%D8%AA%D9%85%D8%B1%D8%A7%D8%B1-%D8%AD%D8%B1%D8%A7%D8%A6%D9%82-%D8%A7%D9%84%D8%BA%D8%A7%D8%A8%D8%A7%D8%AA-%D9%81%D9%8A-%D8%AA%D8%B1%D9%83%D9%8A%D8%A7",
    "2021-07-30", "the page's month stamp (2021-07) and the date 2021/7/30 in its URL, confirmed by the body's 'اليوم الجمعة' (30 Jul 2021 was a Friday); headline rendered from the URL slug; the last, truncated sentence (on a pine forest burnt 'الثلاثاء الماضي', outside Turkey) dropped", True, """
استمرار حرائق الغابات في تركيا
صعدت حصيلة ضحايا حرائق الغابات المشتعلة على الساحل الجنوبي لتركيا إلى أربعة قتلى، في حين يواصل رجال الإطفاء مكافحة ألسنة اللهب لليوم الثالث على التوالي، اليوم الجمعة، عقب إخلاء عشرات القرى وعدد من الفنادق.
وأفاد مسؤولون بأن ما يزيد على 60 حريقا اشتعلت هذا الأسبوع في غابات 17 إقليما على امتداد ساحلي بحر إيجه والبحر المتوسط.
وتوعد المسؤولون بمحاسبة كل من يثبت تورطه في إضرام هذه الحرائق.
وأخلت السلطات قرى وفنادق في مناطق تعد وجهات سياحية معروفة، وبثت القنوات صورا لأشخاص يفرون عبر الحقول وهم يراقبون النيران تزحف نحو بيوتهم.
وذكر وزير الغابات بكر باكدميرلي أن النيران لا تزال مستعرة في 6 أقاليم، منها منتجع أنطاليا المطل على البحر المتوسط وإقليم موغلا المطل على بحر إيجه.
وأضاف: "نأمل أن نحتوي بعض الحرائق هذا الصباح، ومع أن بوسعنا القول إن الوضع يتحسن، فلا يمكننا الجزم بعد بأنها باتت تحت السيطرة الكاملة".
وفي دول أخرى من المنطقة اشتعلت حرائق غابات أيضا، إذ نشب في اليونان أكثر من 40 حريقا خلال الساعات الأربع والعشرين الماضية بفعل الرياح القوية وارتفاع الحرارة، بحسب ما أعلنته السلطات هناك.
""", [
    ev("toll-four", "صعدت حصيلة ضحايا حرائق الغابات المشتعلة على الساحل الجنوبي لتركيا إلى أربعة قتلى", TOLL_FOUR, "the toll of four reported 'اليوم الجمعة' = Fri 30 Jul 2021 (arabicpost: 4 dead 'حتى مساء أمس الجمعة 30 يوليو')"),
    ev("firefighting-day-three", "يواصل رجال الإطفاء مكافحة ألسنة اللهب لليوم الثالث على التوالي", "2021-07-30", "'لليوم الثالث على التوالي، اليوم الجمعة' = Fri 30 Jul 2021 (third day after the outbreak of Wed 28)"),
    ev("fires-this-week", "ما يزيد على 60 حريقا اشتعلت هذا الأسبوع", THIS_WEEK[0], "'هذا الأسبوع' = the fires since Wed 28 Jul 2021 up to the report of Fri 30 Jul (my span Wed 28 - Fri 30)", end=THIS_WEEK[1]),
    ev("villages-hotels-evacuated", "وأخلت السلطات قرى وفنادق في مناطق تعد وجهات سياحية معروفة", THIS_WEEK[0], "no own expression; the evacuations since the outbreak of Wed 28 Jul 2021 up to Fri 30 Jul (my span)", end=THIS_WEEK[1]),
    ev("pakdemirli-friday-statement", "وذكر وزير الغابات بكر باكدميرلي", "2021-07-30", "no own expression; the minister's statement of the report's day ('هذا الصباح'), Fri 30 Jul 2021"),
    ev("greece-40-fires", "نشب في اليونان أكثر من 40 حريقا خلال الساعات الأربع والعشرين الماضية", "2021-07-29", "'خلال الساعات الأربع والعشرين الماضية' before Fri 30 Jul 2021 = Thu 29 - Fri 30 Jul (my span)", end="2021-07-31"),
])
art(S, "https://arabicpost.net/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/2021/07/31/%d8%a7%d9%84%d9%88%d9%84%d8%a7%d9%8a%d8%a7%d8%aa-%d8%a7%d9%84%d8%aa%d8%b1%d9%83%d9%8a%d8%a9-%d9%85%d9%86%d8%a7%d8%b7%d9%82-%d9%85%d9%86%d9%83%d9%88%d8%a8%d8%a9-%d8%ad%d8%b1%d8%a7%d8%a6%d9%82",
    "2021-07-31", "the date 2021/07/31 in its URL, confirmed by the body's 'السبت 31 يوليو/تموز 2021' and 'أمس الجمعة' / 'حتى مساء أمس الجمعة 30 يوليو/تموز 2021' (31 Jul 2021 was a Saturday); headline written from the URL slug and the body (the stored text has none); the last, truncated sentence shortened", True, """
أردوغان يعلن الولايات التركية التي ضربتها الحرائق مناطق منكوبة
أعلن الرئيس التركي رجب طيب أردوغان، السبت 31 يوليو/تموز 2021، عددا من ولايات البلاد "مناطق منكوبة"، بسبب الحرائق الهائلة التي تأتي على مساحات شاسعة من الغابات.
ونقلت وكالة الأناضول التركية الرسمية عن أردوغان قوله إن "ولايات أنطاليا وموغلا ومرسين وأضنة وعثمانية مناطق منكوبة"، متعهدا باتخاذ الخطوات اللازمة لتعويض الخسائر التي لحقت بالمدنيين.
وكان أردوغان قد لفت إلى أن ما يزيد على 70 حريقا اندلعت هذا الأسبوع في ولايات مطلة على بحر إيجه والبحر المتوسط وفي مناطق داخلية أيضا، مضيفا أن 14 حريقا لا تزال مشتعلة.
وأشار كذلك إلى مشاركة خمس طائرات على الأقل و45 مروحية وطائرة مسيرة و1080 مركبة إطفاء في جهود إخماد النيران في 1140 موقعا.
وفي أعقاب هذه الحرائق، حظرت عدة ولايات تركية، منها إسطنبول، دخول الغابات لمنع اندلاع حرائق جديدة، وأوضح بيان صادر عن ولاية إسطنبول أمس الجمعة أن توقعات الأرصاد الجوية تشير إلى ارتفاع الحرارة خلال الأيام المقبلة في المنطقة واحتمال نشوب حرائق غابات في إسطنبول.
وأدت الحرائق الضخمة في عدد من الولايات إلى مصرع 4 أشخاص وإصابة العشرات بجروح، حتى مساء أمس الجمعة 30 يوليو/تموز 2021.
كما اضطرت الحرائق السلطات إلى إخلاء بعض القرى والفنادق.
""", [
    ev("disaster-zones-declared", "عددا من ولايات البلاد \"مناطق منكوبة\"", "2021-07-30", "'السبت 31 يوليو/تموز 2021' in the text; masrawy (Sat 31 Jul, 10:49) says Erdogan tweeted the declaration 'يوم الجمعة', so my span Fri 30 - Sat 31 Jul 2021", end="2021-08-01"),
    ev("fires-this-week", "ما يزيد على 70 حريقا اندلعت هذا الأسبوع", THIS_WEEK[0], "'هذا الأسبوع' = the fires since Wed 28 Jul 2021 (my span Wed 28 - Fri 30, as in the report of Fri 30)", end=THIS_WEEK[1]),
    ev("istanbul-forest-ban-statement", "وأوضح بيان صادر عن ولاية إسطنبول أمس الجمعة", "2021-07-30", "'أمس الجمعة' from Sat 31 Jul 2021 = Fri 30 Jul"),
    ev("toll-four", "إلى مصرع 4 أشخاص وإصابة العشرات بجروح", TOLL_FOUR, "'حتى مساء أمس الجمعة 30 يوليو/تموز 2021' = Fri 30 Jul 2021"),
    ev("villages-hotels-evacuated", "كما اضطرت الحرائق السلطات إلى إخلاء بعض القرى والفنادق", THIS_WEEK[0], "no own expression; the evacuations since the outbreak of Wed 28 Jul 2021 (my span Wed 28 - Fri 30, as in the report of Fri 30)", end=THIS_WEEK[1]),
])

# ---------------------------------------------------------------- tunisia-boukornine-borj-cedria-fire-2022
S = "tunisia-boukornine-borj-cedria-fire-2022"
OUTBREAK = "2022-07-19"                    # the big fire (re)started on Tue 19 Jul 2022
SORTIES = ("2022-07-19", "2022-07-21")     # the air force's 40 sorties, Tue 19 evening - Wed 20 morning
CONTROL90 = "2022-07-20"                   # the army / authorities announced over 90% control on Wed 20 Jul 2022
art(S, "https://mosaiquefm.net/amp/ar/%D8%AA%D9%88%D9%86%D8%B3-%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D9%88%D8%B7%D9%86%D9%8A%D8%A9/1069731/{{googlePlay}}",
    "2022-07-19", "no date line on the stored page; the body's 'في تصريح لموزاييك مساء اليوم الثلاثاء 19 جويلية 2022' (19 Jul 2022 was a Tuesday); the language switch dropped; headline kept from the page; the last, truncated sentence dropped", True, """
تفاصيل حول حريق جبل بوقرنين.. وتجهيز مراكز إيواء
قدم المدير الجهوي للحماية المدنية ببن عروس العميد نجم الدين بالحاج محمد، في تصريح لموزاييك مساء اليوم الثلاثاء 19 جويلية 2022، تفاصيل عن حريق جبل بوقرنين.
وأوضح، في حديثه إلى مبعوث موزاييك حسام بوحلي، أن حريقا شب بسفح جبل بوقرنين مساء الاثنين 18 جويلية والتهم مساحة 3000 متر مربع، ثم جرت محاصرته وإطفاؤه بالكامل، مع وضع حراسة وقائية امتدت منذ المساء إلى صباح الثلاثاء.
وتابع: "إثر مغادرة حراس الغابات صباح الثلاثاء، عاد الحريق إلى الاشتعال في موقع قريب أصعب منالا، ومع قوة الرياح اتسع وبلغت ألسنة اللهب قمم الجبال، فسخرت وحدات الحماية المدنية ما يلزم من وسائل، وتوجد حاليا 16 شاحنة إطفاء في المكان، كما فُعّل المخطط الجهوي لتوقي الكوارث ووفر كل أعضاء اللجنة والمتدخلين الوسائل المطلوبة... وحُددت مراكز إيواء وجُهزت تحسبا لتدهور الوضع، ونحن مستعدون لكل الظروف".
وأكد المدير الجهوي للحماية المدنية أنه طلب تعزيزات من جيش الطيران، وقد انطلقت المروحيات في عمليات الإطفاء.
""", [
    ev("belhaj-mohamed-tuesday-statement", "في تصريح لموزاييك مساء اليوم الثلاثاء 19 جويلية 2022", OUTBREAK, "'مساء اليوم الثلاثاء 19 جويلية 2022' = Tue 19 Jul 2022"),
    ev("monday-fire", "أن حريقا شب بسفح جبل بوقرنين مساء الاثنين 18 جويلية", "2022-07-18", "'مساء الاثنين 18 جويلية' = Mon 18 Jul 2022"),
    ev("preventive-guard", "مع وضع حراسة وقائية امتدت منذ المساء إلى صباح الثلاثاء", "2022-07-18", "'منذ المساء إلى صباح الثلاثاء' = Mon 18 evening - Tue 19 Jul 2022 morning", end="2022-07-20"),
    ev("boukornine-fire-outbreak", "عاد الحريق إلى الاشتعال في موقع قريب أصعب منالا", OUTBREAK, "'إثر مغادرة حراس الغابات صباح الثلاثاء' = Tue 19 Jul 2022"),
    ev("shelters-prepared", "وحُددت مراكز إيواء وجُهزت", OUTBREAK, "no own expression; said in the statement of Tue 19 Jul 2022"),
    ev("army-air-sorties", "وقد انطلقت المروحيات في عمليات الإطفاء", SORTIES[0], "no own expression; the army helicopters' sorties from Tue 19 evening to Wed 20 Jul 2022 morning (Defence ministry: 'منذ مساء أمس إلى صباح اليوم' on Wed 20)", end=SORTIES[1]),
])
art(S, "https://arabi21.com/story/1451010/%D8%A3%D8%B1%D8%B9%D8%A8-%D8%A7%D9%84%D8%B3%D9%83%D8%A7%D9%86-%D8%A7%D9%84%D8%B3%D9%84%D8%B7%D8%A7%D8%AA-%D8%A8%D8%AA%D9%88%D9%86%D8%B3-%D8%AA%D8%B3%D9%8A%D8%B7%D8%B1-%D8%B9%D9%84%D9%89-%D8%AD%D8%B1%D9%8A%D9%82-%D8%A8%D9%88%D9%82%D8%B1%D9%86%D9%8A%D9%86-%D8%B4%D8%A7%D9%87%D8%AF",
    "2022-07-20", "no date on the stored page; the body's 'تواصل السلطات التونسية، الأربعاء' for the efforts after the fire 'اندلع مساء الثلاثاء' (Tue 19 Jul 2022), the embedded TAP tweet dated 'July 20, 2022' and the army's 90% statement of Wed 20 Jul 2022 (alaoual: 'في بلاغ لها اليوم الأربعاء') give Wed 20 Jul 2022; the cookie notice, the embedded tweet and the 'اقرأ أيضا' link dropped; headline rendered from the URL slug; the last, truncated sentence shortened", False, """
أرعب السكان.. السلطات بتونس تسيطر على حريق بوقرنين
تتابع السلطات التونسية، الأربعاء، جهودها لاحتواء حريق ضخم نشب مساء الثلاثاء في جبل بوقرنين التابع لولاية بن عروس جنوب العاصمة تونس، بالقرب من مناطق آهلة بالسكان.
ورغم مشاركة الجيش التونسي بطائراته، بقيت النيران متقدة في جبل بوقرنين وامتدت نحو مناطق قريبة من الأحياء الشعبية الملاصقة للجبل، بحسب بيان رسمي.
وأفاد المدير الجهوي للحماية المدنية في بن عروس، العميد نجم الدين بالحاج محمد، الأربعاء، بأن الحريق الذي اندلع في السلسلة الجبلية الممتدة من جبل بوقرنين حتى تخوم برج السدرية بولاية بن عروس قد جرت محاصرته، وفق ما نقلته إذاعة موزاييك.
وبين بالحاج محمد أنه يُتوقع أن تتم السيطرة خلال ساعات على بؤر الحريق المتفرقة في المرتفعات الجبلية بجهة برج السدرية.
في المقابل، أعلن الجيش التونسي في بيان أن السلطات نجحت في السيطرة على الحريق بنسبة تتجاوز الـ90 بالمئة، لافتا إلى استمرار الطلعات الجوية لإطفاء ما بقي منه.
وأوضح بيان الجيش أن سلاح الطيران نفذ 40 طلعة جوية بواسطة مروحيتين وطائرة C130 جرى تجهيزها بمواد مخصصة لإخماد الحرائق.
""", [
    ev("containment-efforts-wednesday", "تتابع السلطات التونسية، الأربعاء، جهودها لاحتواء حريق ضخم", CONTROL90, "'الأربعاء' = Wed 20 Jul 2022"),
    ev("boukornine-fire-outbreak", "نشب مساء الثلاثاء في جبل بوقرنين", OUTBREAK, "'مساء الثلاثاء' = Tue 19 Jul 2022"),
    ev("fire-encircled", "قد جرت محاصرته", CONTROL90, "the director's statement 'الأربعاء' = Wed 20 Jul 2022"),
    ev("control-90-percent", "نجحت في السيطرة على الحريق بنسبة تتجاوز الـ90 بالمئة", CONTROL90, "no own expression; the army's statement of Wed 20 Jul 2022 (alaoual: 'في بلاغ لها اليوم الأربعاء')"),
    ev("army-air-sorties", "نفذ 40 طلعة جوية بواسطة مروحيتين وطائرة C130", SORTIES[0], "no own expression; the 40 sorties flown from Tue 19 evening to Wed 20 Jul 2022 morning (alquds / Defence ministry: 'منذ مساء أمس إلى صباح اليوم')", end=SORTIES[1]),
])
art(S, "https://alquds.com/ar/posts/26155",
    "2022-07-21", "the page's date line 'الخميس 21 يوليو 2022 10:31 صباحًا - بتوقيت القدس' (21 Jul 2022 was a Thursday); the text is a Xinhua wire of Wed 20 Jul ('(الأربعاء)', 'أمس الثلاثاء', 'منذ مساء أمس إلى صباح اليوم' are counted from Wednesday), carried on Thursday; the section tag dropped; headline kept from the page; the last, truncated sentence dropped", True, """
تونس تُعلن السيطرة بنسبة 90 % على حريق هائل شب بالضاحية الجنوبية للعاصمة
أعلنت السلطات التونسية (الأربعاء) أنها سيطرت بنسبة 90 بالمائة على حريق ضخم اندلع أمس الثلاثاء في منطقة برج السدرية بالضاحية الجنوبية للعاصمة، قبل أن يمتد إلى غابة بوقرنين، بحسب شينخوا.
واندلع أمس الثلاثاء حريق هائل في غابات جبل "برج السدرية" بالضاحية الجنوبية للعاصمة التونسية، وانتشرت النيران على مساحات شاسعة من الجبل المتصل بالسلسلة الممتدة من جبل بوقرنين المشرف على العاصمة تونس وضواحيها.
وأمضت وحدات من الدفاع المدني والجيش والفرق المختصة في حراسة الغابات، بدعم من مروحيات عسكرية، طيلة ليل الثلاثاء- الأربعاء في مقاومة نيران هذا الحريق.
وذكرت وزارة الدفاع التونسية، في بيان على صفحتها الرسمية بالإنترنت، أن سلاح الجو "أجرى منذ مساء أمس إلى صباح اليوم 40 طلعة جوية بواسطة مروحيتين وطائرة (C130) بعد تزويدها بالمواد الخاصة بإطفاء الحرائق، مساهمة في التدخلات الميدانية لإخماد الحريق الذي نشب بمنطقة برج السدرية".
وأضافت أنه "بفضل تضافر جهود الحماية المدنية (الدفاع المدني) وأعوان الغابات وقائد ميداني عسكري، أُطفئ الحريق وتمت السيطرة عليه بنسبة تفوق 90%".
""", [
    ev("control-90-percent", "أعلنت السلطات التونسية (الأربعاء) أنها سيطرت بنسبة 90 بالمائة", CONTROL90, "'(الأربعاء)' = Wed 20 Jul 2022"),
    ev("boukornine-fire-outbreak", "واندلع أمس الثلاثاء حريق هائل في غابات جبل", OUTBREAK, "'أمس الثلاثاء' in a wire of Wed 20 Jul 2022 = Tue 19 Jul (the weekday holds, though the page is of Thu 21)"),
    ev("night-firefighting", "طيلة ليل الثلاثاء- الأربعاء في مقاومة نيران هذا الحريق", "2022-07-19", "'ليل الثلاثاء- الأربعاء' = the night of Tue 19 - Wed 20 Jul 2022", end="2022-07-21"),
    ev("army-air-sorties", "أجرى منذ مساء أمس إلى صباح اليوم 40 طلعة جوية", SORTIES[0], "'منذ مساء أمس إلى صباح اليوم' in the ministry's statement of Wed 20 Jul 2022 = Tue 19 evening - Wed 20 morning", end=SORTIES[1]),
    ev("control-90-ministry-statement", "أُطفئ الحريق وتمت السيطرة عليه بنسبة تفوق 90%", CONTROL90, "no own expression; the Defence ministry's statement of Wed 20 Jul 2022"),
])

# ---------------------------------------------------------------- greece-rhodes-wildfire-evacuation-2023
S = "greece-rhodes-wildfire-evacuation-2023"
FIRE_START = "2023-07-18"                  # the Rhodes fire broke out on Tue 18 Jul 2023 (fifth day on Sat 22, sixth on Sun 23)
EVAC = "2023-07-22"                        # the evacuations from the south-east coast on Sat 22 Jul 2023
EVAC_WEEKEND = ("2023-07-22", "2023-07-24")  # the mass evacuation (19,000 / tens of thousands), Sat 22 - Sun 23 Jul 2023
art(S, "https://darelhilal.com/News/1858250.aspx",
    "2023-07-22", "no date on the stored page; the body's 'أمرت السلطات اليونانية اليوم السبت بإجلاء السياح من جزيرة رودس' and 'بعد ظهر اليوم', with the fire 'المستمرة لليوم الخامس على التوالي'; the evacuation of Rhodes was ordered on Sat 22 Jul 2023 (sawtbeirut of Sun 23: 'أمس السبت'; 22 Jul 2023 was a Saturday); headline written from the body (the stored text has none)", False, """
اليونان تأمر بإجلاء السياح من جزيرة رودس بسبب حرائق الغابات
أصدرت السلطات اليونانية اليوم السبت أمرا بإجلاء السياح من جزيرة "رودس"، تحسبا لامتداد حرائق الغابات المستمرة لليوم الخامس على التوالي.
وأشارت صحيفة (كاثيميريني) اليونانية إلى أن حرائق الغابات ظلت - في الأيام السابقة - محصورة في وسط الجزيرة الجبلي، إلا أنها، بمساعدة الرياح والحرارة الشديدة جدا والجفاف، زحفت اليوم نحو الساحل في الجهة الشرقية الوسطى من الجزيرة، فيما أفادت وسائل إعلام محلية بأن النيران بلغت ثلاثة فنادق جرى إخلاؤها.
وأفاد المتحدث باسم إدارة الإطفاء يانيس أرتوبيوس - بعد ظهر اليوم - بأن ما يزيد على 200 رجل إطفاء و40 عربة يعملون هناك إلى جانب ثلاث طائرات وخمس مروحيات، ومن بين هذه القوة 31 رجل إطفاء من سلوفاكيا ومعهم خمس سيارات إطفاء.
وأضاف أن ثلاث سفن لخفر السواحل وأخرى للجيش تولت عمليات الإخلاء من شاطئين، بمساعدة عشرين قاربا خاصا، في حين كانت البحرية اليونانية ترسل سفينة.
وشدد أرتوبيوس على أن حريق رودس هو الأخطر بين الحرائق العديدة المشتعلة في أنحاء اليونان، موضحا أن قوات إطفاء من ثماني دول في الاتحاد الأوروبي تعمل أو ستصل قريبا، كما بعثت إسرائيل والأردن وتركيا بتعزيزات أغلبها معدات جوية.
""", [
    ev("rhodes-evacuation-order", "أصدرت السلطات اليونانية اليوم السبت أمرا بإجلاء السياح", EVAC, "'اليوم السبت' = Sat 22 Jul 2023"),
    ev("rhodes-fire-start", "حرائق الغابات المستمرة لليوم الخامس على التوالي", FIRE_START, "'لليوم الخامس على التوالي' on Sat 22 Jul 2023 = the fire began on Tue 18 Jul"),
    ev("fire-reaches-coast", "زحفت اليوم نحو الساحل في الجهة الشرقية الوسطى من الجزيرة", EVAC, "'اليوم' = Sat 22 Jul 2023"),
    ev("artopios-briefing", "وأفاد المتحدث باسم إدارة الإطفاء يانيس أرتوبيوس - بعد ظهر اليوم -", EVAC, "'بعد ظهر اليوم' = Sat 22 Jul 2023 afternoon"),
    ev("beach-boat-evacuation", "تولت عمليات الإخلاء من شاطئين", EVAC, "no own expression; the boat evacuations of Sat 22 Jul 2023 (sawtbeirut: 'أمس السبت')"),
])
art(S, "https://www.sawtbeirut.com/world-news/%D8%AD%D8%B1%D9%8A%D9%82-%D8%A7%D9%84%D9%8A%D9%88%D9%86%D8%A7%D9%86-%D8%A7%D9%84%D9%87%D8%A7%D8%A6%D9%84-%D8%AA%D8%B3%D8%A8%D8%A8-%D8%A8%D8%A3%D9%83%D8%A8%D8%B1-%D8%B9%D9%85%D9%84%D9%8A%D8%A9-%D8%A5/",
    "2023-07-23", "the page gives only the month (2023-07); the day rests on the body's 'اليوم الأحد', 'أمس السبت' for the boat evacuations of Sat 22 and 'لليوم السادس' for the fire that began on Tue 18, so Sun 23 Jul 2023 (23 Jul 2023 was a Sunday); headline rendered from the (truncated) URL slug; the last, truncated sentence shortened", False, """
حريق اليونان الهائل تسبب بأكبر عملية إجلاء
احتمى آلاف السياح والسكان في جزيرة رودس اليونانية بالمدارس والصالات الرياضية المغلقة اليوم الأحد، إثر إجلائهم من قرى ومنتجعات على الساحل، مع تواصل حرائق الغابات في الجزيرة لليوم السادس.
وأقلت سفن خفر السواحل وعشرات القوارب الخاصة ما يزيد على ألفي سائح من الشواطئ أمس السبت، بعدما وسعت الرياح الشديدة رقعة الحريق فعاد يستعر على امتداد الجزء الجنوبي الشرقي من الجزيرة المعروفة بشواطئها ومعالمها الأثرية.
وسارع كثيرون إلى مغادرة فنادقهم حين بلغت ألسنة اللهب قرى كيوتاري وجينادي وبيفكي وليندوس ولاردوس وكالاتوس الواقعة قرب البحر. وتجمع الناس في مجموعات كبيرة في الشوارع تحت سماء يملؤها الدخان وتصطبغ بالحمرة، بانتظار نقلهم إلى أماكن آمنة.
وقال نائب رئيس بلدية رودس فاناسيس فيرينيس لقناة ميجا التلفزيونية اليوم الأحد: "يقيم لدينا حاليا بين أربعة وخمسة آلاف شخص في مبان مختلفة"، وناشد التبرع بالضروريات كالحشيات والشراشف.
وذكر مسؤول حكومي لرويترز أن 19 ألف شخص نُقلوا من منازلهم وفنادقهم. ولم تجب وزارة الحماية المدنية حتى الآن عن طلب للتعليق.
وتحذر الحماية المدنية من احتمالات مرتفعة جدا لاندلاع حرائق غابات اليوم الأحد.
""", [
    ev("evacuees-sheltered", "احتمى آلاف السياح والسكان في جزيرة رودس اليونانية بالمدارس", "2023-07-23", "'اليوم الأحد' = Sun 23 Jul 2023"),
    ev("rhodes-fire-start", "مع تواصل حرائق الغابات في الجزيرة لليوم السادس", FIRE_START, "'لليوم السادس' on Sun 23 Jul 2023 = the fire began on Tue 18 Jul"),
    ev("beach-boat-evacuation", "ما يزيد على ألفي سائح من الشواطئ أمس السبت", EVAC, "'أمس السبت' from Sun 23 Jul 2023 = Sat 22 Jul"),
    ev("fire-reaches-coast", "حين بلغت ألسنة اللهب قرى كيوتاري", EVAC, "no own expression; the flames reached the coastal villages on Sat 22 Jul 2023 (the same sentence group as 'أمس السبت'; darelhilal: 'زحفت اليوم نحو الساحل' on Sat 22)"),
    ev("vice-mayor-statement", "وقال نائب رئيس بلدية رودس فاناسيس فيرينيس لقناة ميجا التلفزيونية اليوم الأحد", "2023-07-23", "'اليوم الأحد' = Sun 23 Jul 2023"),
    ev("rhodes-mass-evacuation", "أن 19 ألف شخص نُقلوا من منازلهم وفنادقهم", EVAC_WEEKEND[0], "no own expression; the 19,000 moved at the weekend, Sat 22 - Sun 23 Jul 2023 (DW of Mon 24: 'في مطلع الأسبوع'; my span)", end=EVAC_WEEKEND[1]),
])
art(S, "https://ukrgate.com/2023/07/25/%D8%A5%D8%AC%D9%84%D8%A7%D8%A1-%D8%A2%D9%84%D8%A7%D9%81-%D9%85%D9%86-%D8%A7%D9%84%D9%8A%D9%88%D9%86%D8%A7%D9%86-%D8%A8%D8%B3%D8%A8%D8%A8-%D8%AD%D8%B1%D8%A7%D8%A6%D9%82-%D8%A7%D9%84%D8%BA%D8%A7%D8%A8/?amp=1",
    "2023-07-25", "the date 2023/07/25 in its URL and the body's own date line 'بوابة اوكرانيا-كييف- 25يوليو 2023-' (kept, part of the body), confirmed by 'يوم امس الاثنين' (25 Jul 2023 was a Tuesday); headline rendered from the (truncated) URL slug; the last, truncated sentence dropped", True, """
إجلاء آلاف من اليونان بسبب حرائق الغابات
بوابة اوكرانيا-كييف- 25يوليو 2023- أجلت السلطات قرابة 2500 شخص من جزيرة كورفو اليونانية يوم امس الاثنين، في حين نبه رئيس الوزراء إلى أن البلاد التي تضربها موجة الحر "في حالة حرب" مع حرائق غابات عديدة، متحدثا عن ثلاثة أيام عصيبة مقبلة.
وكان عشرات الآلاف قد فروا بالفعل من الحرائق في جزيرة رودس، ويتسابق كثير من السياح المذعورين للعودة إلى بلدانهم على متن رحلات الإجلاء.
وأفاد متحدث باسم جهاز الإطفاء بأن نحو 2400 زائر ومقيم أُجلوا من جزيرة كورفو السياحية في البحر الأيوني من الأحد إلى الاثنين، مشيرا إلى أن المغادرة جاءت إجراء احترازيا.
واشتعلت النيران كذلك في ثاني أكبر جزر اليونان يوم الاثنين.
وقال رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس أمام البرلمان: "نحن في حالة حرب ومتجهون حصرا نحو جبهة النار"، محذرا من أن البلاد ستواجه "ثلاثة أيام صعبة أخرى قادمة" قبل أن تتراجع درجات الحرارة المرتفعة.
وأوضح وزير الحماية المدنية اليوناني فاسيليس كيكيلياس أن الطواقم تصدت لأكثر من 500 حريق في أرجاء البلاد لمدة 12 يومًا على التوالي.
وتعيش اليونان حرا شديدا في ظل موجة طويلة من القيظ فاقمت مخاطر حرائق الغابات وتركت الزوار عالقين في ذروة الموسم السياحي.
""", [
    ev("corfu-evacuation", "أجلت السلطات قرابة 2500 شخص من جزيرة كورفو اليونانية يوم امس الاثنين", "2023-07-24", "'يوم امس الاثنين' from Tue 25 Jul 2023 = Mon 24 Jul"),
    ev("rhodes-mass-evacuation", "وكان عشرات الآلاف قد فروا بالفعل من الحرائق في جزيرة رودس", EVAC_WEEKEND[0], "no own expression; the mass evacuation of Rhodes at the weekend, Sat 22 - Sun 23 Jul 2023 (my span)", end=EVAC_WEEKEND[1]),
    ev("corfu-evacuation-sun-mon", "أُجلوا من جزيرة كورفو السياحية في البحر الأيوني من الأحد إلى الاثنين", "2023-07-23", "'من الأحد إلى الاثنين' = Sun 23 - Mon 24 Jul 2023", end="2023-07-25"),
    ev("evia-fire", "واشتعلت النيران كذلك في ثاني أكبر جزر اليونان يوم الاثنين", "2023-07-24", "'يوم الاثنين' = Mon 24 Jul 2023"),
    ev("mitsotakis-war-speech", "وقال رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس أمام البرلمان", "2023-07-24", "no own expression; the prime minister's speech to parliament on Mon 24 Jul 2023 (DW of Mon 24 Jul; the lead: 'يوم امس الاثنين')"),
])

# ---------------------------------------------------------------- syria-latakia-qastal-maaf-wildfires-jul-2025
S = "syria-latakia-qastal-maaf-wildfires-jul-2025"
START = "2025-07-03"                       # the wave of forest fires in the Latakia mountains began on Thu 3 Jul 2025 morning
SPREAD = ("2025-07-03", "2025-07-06")      # the spread from al-Atira / Zanzaf to Qastal Maaf, Rabia and the villages, Thu 3 - Sat 5 Jul 2025
art(S, "https://www.megaphone.news/cards/%D8%B1%D9%8A%D9%81-%D8%A7%D9%84%D9%84%D8%A7%D8%B0%D9%82%D9%8A%D8%A9-%D9%8A%D8%AD%D8%AA%D8%B1%D9%82",
    "2025-07-04", "the page's date line '4 تموز 2025', confirmed by the body's 'اليوم الجمعة' (4 Jul 2025 was a Friday); the 'اخترنا لك' / 'آخر الأخبار' blocks dropped; headline kept from the page", True, """
ريف اللاذقية يحترق
اتسعت حرائق ريف اللاذقية اليوم الجمعة بفعل ارتفاع الحرارة والرياح، وراحت تلتهم غابات قسطل معاف والفرنلق. وهذا هو اليوم الثالث مما بات يعرف بـ«حرائق الساحل»، إذ تصدى الدفاع المدني يوم الأربعاء لـ«أكثر من 15 حريقاً اشتعلت في مواقع متفرقة من جبال الساحل السوري».
وفي مواجهة حرائق اليوم، ذكر الدفاع المدني أن فرقه تلقى صعوبات في العمل بهذه المناطق، قائلا: «تصطدم الفرق بصعوبات كبيرة بسبب وعورة تضاريس المنطقة وغياب خطوط فصل النيران والطرقات داخل الغابات وبعد مصادر التزود بالمياه ووجود مخلفات حرب وألغام في منطقة العطيرة».
""", [
    ev("fires-spread-friday", "اتسعت حرائق ريف اللاذقية اليوم الجمعة", "2025-07-04", "'اليوم الجمعة' = Fri 4 Jul 2025"),
    ev("qastal-maaf-forests-burning", "وراحت تلتهم غابات قسطل معاف والفرنلق", "2025-07-04", "'اليوم الجمعة' (same sentence) = Fri 4 Jul 2025"),
    ev("wednesday-15-fires", "إذ تصدى الدفاع المدني يوم الأربعاء", "2025-07-02", "'يوم الأربعاء' before Fri 4 Jul 2025 = Wed 2 Jul"),
    ev("civil-defence-difficulties-statement", "ذكر الدفاع المدني أن فرقه تلقى صعوبات", "2025-07-04", "'وفي مواجهة حرائق اليوم' = the statement of Fri 4 Jul 2025"),
])
art(S, "https://syriarecord.net/archives/349",
    "2025-07-05", "no date on the stored page; the body's 'تتواصل لليوم الثالث على التوالي، منذ صباح الخميس 3 تموز 2025' gives the third day of the fires, Sat 5 Jul 2025 (Thu 3, Fri 4, Sat 5; almenassa of Sun 6: 'لليوم الرابع'); emoji and sub-headings dropped; headline kept from the page without its emoji; the last, truncated sentence shortened", False, """
حرائق مدمرة تلتهم غابات ريف اللاذقية لليوم الثالث وسط استنفار شامل ودعم إقليمي
تستمر لليوم الثالث على التوالي، منذ صباح الخميس 3 تموز 2025، موجة حرائق حراجية واسعة تجتاح أجزاء كبيرة من جبال ريف اللاذقية، مخلفة أضرارا جسيمة في الغابات الطبيعية، ومهددة بشكل مباشر المناطق الزراعية والمأهولة.
وتجمعت بؤر الحريق في مناطق العطيرة والريحانية وشلف وزنزف، ثم امتدت إلى قسطل معاف وربيعة والتفاحية والميدان، في مشهد مأساوي فاقمته الرياح النشطة والحرارة الشديدة وصعوبة التضاريس.
ويعمل ما يزيد على 62 فرقة إطفاء من الدفاع المدني السوري وأفواج الحراج، تساندها آليات ومؤازرات من محافظات درعا والقنيطرة وحماة ودمشق، على تطويق الحرائق التي اتسعت لتشمل مساحات واسعة من جبال اللاذقية.
وتصطدم الفرق بعقبات كبيرة، منها وعورة التضاريس الجبلية التي تعرقل وصول الآليات، وانعدام خطوط النار والطرقات المخصصة للإطفاء، وبعد مصادر المياه، وانتشار مخلفات الحرب والألغام ولا سيما في منطقة العطيرة بما يهدد سلامة الفرق، إضافة إلى الارتفاع الكبير في درجات الحرارة وسرعة الرياح التي تخطت 60 كم/ساعة وأسهمت في تسارع امتداد النيران.
ورغم كل ذلك، يصل رجال الإطفاء الليل بالنهار في عمليات بطولية لحماية الغابات وبيوت المدنيين.
""", [
    ev("latakia-fires-start", "منذ صباح الخميس 3 تموز 2025، موجة حرائق حراجية واسعة", START, "'منذ صباح الخميس 3 تموز 2025' = Thu 3 Jul 2025"),
    ev("atira-zanzaf-hotspots", "وتجمعت بؤر الحريق في مناطق العطيرة والريحانية وشلف وزنزف", START, "no own expression; the first hotspots after the outbreak of Thu 3 Jul 2025, still burning on Fri 4 (The New Arab of Fri 4: 'النيران تتركّز حالياً في غابات العطيرة، والريحانية، وشلف، وزنزف'; my span Thu 3 - Fri 4)", end="2025-07-05"),
    ev("spread-to-qastal-maaf", "ثم امتدت إلى قسطل معاف وربيعة والتفاحية والميدان", SPREAD[0], "no own expression; after the outbreak of Thu 3 Jul 2025 and before this report of Sat 5 (megaphone: Qastal Maaf burning on Fri 4; my span Thu 3 - Sat 5)", end=SPREAD[1]),
    ev("62-teams-firefighting", "ويعمل ما يزيد على 62 فرقة إطفاء", "2025-07-05", "no own expression; the present of the report, Sat 5 Jul 2025"),
])
art(S, "https://almenassa.org/2025/07/06/%d8%a7%d8%b3%d8%aa%d9%85%d8%b1%d8%a7%d8%b1-%d8%ac%d9%87%d9%88%d8%af-%d8%a7%d9%84%d8%b3%d9%8a%d8%b7%d8%b1%d8%a9-%d8%b9%d9%84%d9%89-%d8%ad%d8%b1%d8%a7%d8%a6%d9%82-%d8%a7%d9%84%d9%84%d8%a7%d8%b0%d9%82",
    "2025-07-06", "the date 2025/07/06 in its URL, confirmed by the body's 'حتى اليوم الأحد' / 'اليوم الأحد' and 'لليوم الرابع على التوالي' (6 Jul 2025 was a Sunday; the page's header '2025-07-30 9:59' is the site's clock at the crawl, dropped); the sub-headings dropped; headline kept from the page; the last, truncated sentence dropped", True, """
استمرار جهود السيطرة على حرائق اللاذقية بعد امتدادها في عدة أماكن من الريف
تستمر لليوم الرابع على التوالي مساعي إخماد الحرائق المشتعلة في جبال اللاذقية بسوريا، وسط أنباء عن خروجها عن السيطرة.
وأتت النيران على ما يزيد على 7 آلاف هكتار من الغابات الحرجية في جبال اللاذقية حتى اليوم الأحد، إذ اجتاحت ريف محافظة اللاذقية على الساحل السوري، وبلغت قرى التفاحية والروضة والميدان في ناحية قسطل معاف، ومحيط ربيعة في ريف اللاذقية الشمالي.
وأوضح القائد الميداني في الدفاع المدني السوري حسام زليطو أن الأحوال الجوية القاسية السائدة ساعدت على انتشار الحريق، ومنها سرعة الرياح التي تخطت 60 كيلومترًا في الساعة، وارتفاع الحرارة، وشدة الجفاف، فضلا عن كثافة الغابات وغياب الخطوط العازلة بين المناطق.
ولهذا أعلنت وزارة الطوارئ وإدارة الكوارث السورية، اليوم الأحد، إنشاء غرفة عمليات ميدانية مشتركة بالتعاون مع عدد من المنظمات المحلية، لدعم جهود إطفاء الحرائق المشتعلة.
""", [
    ev("latakia-fires-start", "تستمر لليوم الرابع على التوالي مساعي إخماد الحرائق", START, "'لليوم الرابع على التوالي' on Sun 6 Jul 2025 = the fires began on Thu 3 Jul"),
    ev("7000-hectares-burnt", "وأتت النيران على ما يزيد على 7 آلاف هكتار", START, "'حتى اليوم الأحد' = the burning from Thu 3 up to Sun 6 Jul 2025 (my span)", end="2025-07-07"),
    ev("spread-to-qastal-maaf", "وبلغت قرى التفاحية والروضة والميدان في ناحية قسطل معاف", SPREAD[0], "no own expression; syriarecord of Sat 5 already names al-Tuffahiya and al-Midan, so after Thu 3 and by Sat 5 Jul 2025 (my span Thu 3 - Sat 5)", end=SPREAD[1]),
    ev("zlito-statement", "وأوضح القائد الميداني في الدفاع المدني السوري حسام زليطو", "2025-07-06", "no own expression; the statement of the report's day, Sun 6 Jul 2025"),
    ev("joint-operations-room", "إنشاء غرفة عمليات ميدانية مشتركة", "2025-07-06", "'اليوم الأحد' = Sun 6 Jul 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 511)
                            if i != 201
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 477-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: hostage and prisoner releases and swaps (kidnapped
foreigners freed, prisoner exchanges between states or groups; not the November 2023 Gaza truce exchanges).
Stories: the US-Russia prisoner swap in Ankara (Turkey, August 2024); the US-Iran prisoner swap through Doha
(Qatar/Iran, September 2023); the release of Soumaila Cisse, Sophie Petronin and two Italians (Mali/France,
October 2020); the release of the Moroccan student Brahim Saadoun through a Saudi mediation (Saudi Arabia/
Morocco, September 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- russia-us-ankara-prisoner-swap-2024
S = "russia-us-ankara-prisoner-swap-2024"
SWAP = "2024-08-01"                        # the 26-prisoner swap at Ankara airport, Thu 1 Aug 2024
PESKOV = "2024-08-02"                      # Peskov's briefing on Krasikov, Fri 2 Aug 2024
art(S, "https://alitaliyanews.com/2024/08/16933.html",
    "2024-08-01", "the body opens with its own date line 'الإيطالية نيوز، الخميس 1 أغسطس 2024' (1 Aug 2024 was a Thursday), and the URL has 2024/08; the social-media icons and the 'آخر الأخبار' menu dropped; headline kept from the page; the last, truncated sentence dropped", True, """
روسيا والولايات المتحدة تجريان عملية تبادل كبيرة للأسرى
الإيطالية نيوز، الخميس 1 أغسطس 2024 - شهدت أنقرة في تركيا يوم الخميس عملية واسعة لتبادل الأسرى بين الولايات المتحدة وروسيا وعدد من الدول الأوروبية، وصفتها صحيفة "بوليتيكو" بأنها "الأكثر تعقيدا في تاريخ الولايات المتحدة". وأُطلق سراح 24 شخصا في المجموع، من بينهم الصحفي الأمريكي «إيفان غيرشكوفيتش» والجندي السابق في مشاة البحرية الأمريكية «بول ويلان»، اللذان وجهت إليهما الحكومة الروسية تهمة التجسس.
وأخلت روسيا سبيل 16 شخصا كانوا في سجونها، ونالت في المقابل حرية 8 أشخاص كانوا محتجزين في الولايات المتحدة وفي بعض الدول الأوروبية: ألمانيا وسلوفينيا والنرويج وبولندا.
وتمت هذه المبادلة المعقدة في العاصمة التركية، إذ تؤدي تركيا منذ زمن طويل دور الوسيط بين روسيا والغرب. وقالت المخابرات التركية في بيان إن عملية التبادل هي "الأكبر في التاريخ الحديث"، موضحة أن السجناء جميعا وصلوا إلى مطار أنقرة على متن سبع طائرات مختلفة.
""", [
    ev("ankara-swap", "شهدت أنقرة في تركيا يوم الخميس عملية واسعة لتبادل الأسرى", SWAP, "'يوم الخميس' under the date line 'الخميس 1 أغسطس 2024' = Thu 1 Aug 2024"),
    ev("russia-frees-16", "وأخلت روسيا سبيل 16 شخصا كانوا في سجونها", SWAP, "no own expression; part of the swap of Thu 1 Aug 2024"),
    ev("mit-statement", "وقالت المخابرات التركية في بيان", SWAP, "no own expression; the Turkish intelligence (MIT) statement on the swap was issued on Thu 1 Aug 2024, the day of the swap"),
    ev("prisoners-reach-ankara", "وصلوا إلى مطار أنقرة على متن سبع طائرات مختلفة", SWAP, "no own expression; the seven planes reached Ankara for the swap of Thu 1 Aug 2024"),
])
art(S, "https://infinity24.news/98256?amp=1",
    "2024-08-02", "no date line on the stored page; the body's 'في وقت متأخر من ليل أمس الخميس' for the reception at Andrews of the night of Thu 1 Aug 2024 (US time) gives Fri 2 Aug 2024 (alkhaleej of Sat 3 Aug: 'أول أمس الخميس' for the same reception); 'Share.' and 'Exit mobile version' dropped; the page has no headline in the stored text, so one is written from the body", False, """
بايدن وهاريس يستقبلان السجناء المفرج عنهم من روسيا وسط انتقادات
استقبل الرئيس الأمريكي جو بايدن ونائبته كامالا هاريس مجموعة من الجواسيس أطلقت روسيا سراحهم بموجب صفقة للتبادل، في حين واجه الاثنان موجة من الانتقادات من مواطنيهما.
وظهر بايدن وهاريس في قاعدة "أندروز" الجوية القريبة من العاصمة واشنطن في وقت متأخر من ليل أمس الخميس، وهما يستقبلان 13 من السجناء الذين شملتهم صفقة التبادل مع روسيا ودول أخرى.
ودافع بعضهم عن الرئيس بايدن بعد السخرية من سهره حتى ساعة متأخرة من الليل، قائلين إنه "موعد النوم".
وجاء في تعليقات أخرى أن بايدن "انتُزع من سريره وهو نائم" كي يستقبل بول ويلان وإيفان غيرشكوفيتش وألسو كورماشيفا.
وبدا بايدن وهو يهم بالركض نحو سلم الطائرة التي تقل السجناء، في إشارة إلى نشاطه وحيويته وقدرته على تحمل عناء الاستقبال والسهر ليلا.
أما هاريس فقالت مشيدة ببايدن: "هذه مجرد شهادة غير عادية على أهمية وجود رئيس يفهم قوة الدبلوماسية ويدرك القوة التي تكمن في فهم معنى الدبلوماسية".
""", [
    ev("ankara-swap", "أطلقت روسيا سراحهم بموجب صفقة للتبادل", SWAP, "no own expression; the swap at Ankara of Thu 1 Aug 2024"),
    ev("andrews-reception", "وظهر بايدن وهاريس في قاعدة \"أندروز\" الجوية", SWAP, "'في وقت متأخر من ليل أمس الخميس' in an article of Fri 2 Aug 2024 = late on Thu 1 Aug (US time)"),
    ev("bedtime-mockery", "بعد السخرية من سهره حتى ساعة متأخرة من الليل", SWAP, "no own expression; the online comments on the late-night reception, from the night of Thu 1 Aug to Fri 2 Aug 2024 (my span)", end="2024-08-03"),
    ev("harris-praise", "أما هاريس فقالت مشيدة ببايدن", SWAP, "no own expression; Harris spoke to reporters at Andrews during the reception of the night of Thu 1 Aug 2024"),
])
art(S, "https://www.alkhaleej.ae/2024-08-03/%D8%A7%D8%B3%D8%AA%D9%82%D8%A8%D8%A7%D9%84-%D8%AD%D8%A7%D8%B1-%D9%84%D9%84%D8%B3%D8%AC%D9%86%D8%A7%D8%A1-%D8%A7%D9%84%D9%85%D9%81%D8%B1%D8%AC-%D8%B9%D9%86%D9%87%D9%85-%D9%81%D9%8A-%D8%B1%D9%88%D8%B3%D9%8A%D8%A7-%D9%88%D8%A3%D9%85%D8%B1%D9%8A%D9%83%D8%A7/%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9",
    "2024-08-03", "the page's time stamp '01:23 صباحا' and the date 2024-08-03 in its address; agrees with the body's 'أول أمس الخميس' for the reception of Thu 1 Aug 2024 (3 Aug 2024 was a Saturday); 'عادي', 'قراءة دقيقتين' and the repeated headline dropped; headline kept from the page; the last, truncated sentence ends at 'أول أمس الخميس'", True, """
استقبال حار للسجناء المفرج عنهم في روسيا وأمريكا
لقي السجناء الروس والأمريكيون الذين أُطلق سراحهم استقبالا على أرفع مستوى عند عودتهم إلى بلدانهم.
فقد كان الرئيس الروسي فلاديمير بوتين في استقبال المواطنين الروس الثمانية المفرج عنهم ضمن صفقة تبادل السجناء الكبيرة بين روسيا ودول غربية، في مطار فنوكوفو بموسكو. وقال بوتين بعد أن عانق عددا منهم على المدرج، كما أظهرت مشاهد بثها التلفزيون الروسي: «أود أن أهنئكم، شكراً جزيلاً». وخص بالشكر من خدموا منهم في الجيش الروسي «على وفائهم».
وأكد المتحدث باسم الكرملين دميتري بيسكوف الجمعة أن فاديم كراسيكوف، الذي أطلقت ألمانيا سراحه الخميس بعد أن كان محكوما بالسجن مدى الحياة لقتله قياديا شيشانيا متمردا في برلين، عميل لجهاز الأمن الفدرالي الروسي. وأعلن أن أبناء الزوجين أرتيوم دولتسيف وآنا دولتسيفا، المشتبه في أنهما جاسوسان روسيان واللذين أفرجت عنهما سلوفينيا ضمن عملية تبادل الأسرى التاريخية نفسها بين الغرب وروسيا، لم يكونوا يعلمون حتى ذلك الحين أنهم روس.
واستقبل الرئيس الأمريكي جو بايدن ونائبته كمالا هاريس الصحفي إيفان غيرشكوفيتش وأمريكيين آخرين أول أمس الخميس.
""", [
    ev("putin-vnukovo", "كان الرئيس الروسي فلاديمير بوتين في استقبال المواطنين الروس الثمانية", SWAP, "no own expression; Putin met the returning Russians at Vnukovo late on Thu 1 Aug 2024, the evening of the swap"),
    ev("peskov-krasikov-fsb", "وأكد المتحدث باسم الكرملين دميتري بيسكوف الجمعة", PESKOV, "'الجمعة' in an article of Sat 3 Aug 2024 = Fri 2 Aug"),
    ev("ankara-swap", "الذي أطلقت ألمانيا سراحه الخميس", SWAP, "'الخميس' = Thu 1 Aug 2024, the day of the swap"),
    ev("khangoshvili-killing", "لقتله قياديا شيشانيا متمردا في برلين", "2019-08-23", "no own expression; Zelimkhan Khangoshvili was shot in Berlin's Kleiner Tiergarten on Fri 23 Aug 2019 (background knowledge)"),
    ev("andrews-reception", "واستقبل الرئيس الأمريكي جو بايدن ونائبته كمالا هاريس", SWAP, "'أول أمس الخميس' in an article of Sat 3 Aug 2024 = Thu 1 Aug (the night reception at Andrews, US time)"),
])

# ---------------------------------------------------------------- iran-us-doha-prisoner-swap-2023
S = "iran-us-doha-prisoner-swap-2023"
RELEASE = "2023-09-18"                     # Iran freed the five Americans, flown to Doha on Mon 18 Sep 2023
ARRIVE_US = "2023-09-19"                   # they landed in the Washington area early on Tue 19 Sep 2023
art(S, "https://arabic.cnn.com/amphtml/middle-east/article/2023/09/18/plane-five-released-american-prisoners-takes-off-tehran",
    "2023-09-18", "the date 2023/09/18 in the page's address (18 Sep 2023 was a Monday); agrees with the body's 'الاثنين' and 'في وقت لاحق اليوم'; the body's place line 'الدوحة، قطر (CNN)--' kept; headline kept from the page; the last, truncated sentence dropped", True, """
طائرة تقل خمسة أمريكيين تهبط في الدوحة بعد إطلاق إيران سراحهم
الدوحة، قطر (CNN)-- حطت في مطار الدوحة الدولي، الاثنين، طائرة على متنها خمسة أمريكيين كانوا مسجونين في إيران، بحسب فريق CNN الموجود على المدرج.
ويُنتظر أن يتوجه الأمريكيون المفرج عنهم إلى الولايات المتحدة في وقت لاحق اليوم.
وكان أول من شوهد من السجناء المفرج عنهم وهم ينزلون من الطائرة، بهذا الترتيب تحديدا، الأمريكيون الثلاثة المعروفون علنا بأنهم جزء من الصفقة الأمريكية الإيرانية: عماد شرقي ومراد طاهباز وسياماك نمازي، وقد استقبلهم مسؤولون أمريكيون على مدرج المطار.
وكانت الحكومة الأمريكية قد صنفت الأمريكيين الخمسة جميعهم محتجزين ظلما.
وفي مؤتمر صحفي عقده الاثنين، قال المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني إن من المتوقع أن يُطلق سراح خمسة أمريكيين كانوا مسجونين في إيران، الاثنين، في إطار اتفاق أمريكي - إيراني أوسع.
وأضاف كنعاني: "نأمل أن نرى اليوم إمكانية الوصول الكامل إلى أموالنا، وسيتم تحويل ذلك بالكامل إلى حساب" لصالح إيران "في دولة إقليمية. وبما يتناسب مع المتطلبات، يمكننا إنفاق تلك الأموال".
""", [
    ev("plane-lands-doha", "حطت في مطار الدوحة الدولي، الاثنين", RELEASE, "'الاثنين' = Mon 18 Sep 2023"),
    ev("fly-to-us", "أن يتوجه الأمريكيون المفرج عنهم إلى الولايات المتحدة في وقت لاحق اليوم", RELEASE, "'في وقت لاحق اليوم' = later on Mon 18 Sep 2023 (they left Doha that evening)"),
    ev("kanaani-presser", "وفي مؤتمر صحفي عقده الاثنين", RELEASE, "'الاثنين' = Mon 18 Sep 2023"),
    ev("americans-released", "أن يُطلق سراح خمسة أمريكيين كانوا مسجونين في إيران", RELEASE, "'الاثنين' = Mon 18 Sep 2023"),
])
art(S, "https://imlebanon.org/2023/09/19/iran-usa4322111",
    "2023-09-19", "the date 2023/09/19 in the page's address (19 Sep 2023 was a Tuesday); agrees with the body's 'في الساعات الأولى من الثلثاء' for the landing in the US; the stored text has no headline, so one is written from the body", True, """
وصول الأميركيين المفرج عنهم من إيران إلى الولايات المتحدة
بلغ الأميركيون الذين ظلوا معتقلين لدى إيران لسنوات بلادهم، بعد أن أُفرج عنهم في صفقة شملت إطلاق 6 إيرانيين كانت واشنطن تحتجزهم، و6 مليارات دولار من أموال إيران المجمدة.
وقال بايدن في بيان صدر بينما كانت الطائرة تنقل مجموعة الأميركيين من طهران لتحط في الدوحة يوم الاثنين: "اليوم، يعود خمسة أمريكيين أبرياء سجنوا في إيران إلى الوطن أخيرا".
وبحسب مسؤول أميركي، فقد هبطت طائرة تقل الأمريكيين في الولايات المتحدة في الساعات الأولى من الثلثاء.
وبعد أن وصلت الطائرة إلى الدوحة، خرج منها ثلاثة أميركيين هم سياماك نامازي وعماد شرغي ومراد تاهباز، وعانقوا السفير الأميركي لدى قطر تيمي ديفيز وآخرين.
وفي بيان صدر باسمه، قال نامازي: "ما كنت لأتحرر اليوم لولا جهودكم جميعا، لأنكم لم تسمحوا للعالم بأن ينساني"، وأضاف: "شكرا لأنكم كنتم صوتي حين عجزت عن الكلام دفاعا عن نفسي، ولأنكم حرصتم على أن يُسمع صوتي حين لم تكن لدي القوة لأصرخ من خلف قضبان سجن إيفين".
""", [
    ev("americans-released", "بعد أن أُفرج عنهم في صفقة شملت إطلاق 6 إيرانيين", RELEASE, "no own expression; the release and swap of Mon 18 Sep 2023 ('يوم الاثنين' for the flight to Doha)"),
    ev("biden-statement", "وقال بايدن في بيان صدر", RELEASE, "no own expression; issued while the plane flew from Tehran to Doha 'يوم الاثنين' = Mon 18 Sep 2023"),
    ev("plane-lands-doha", "لتحط في الدوحة يوم الاثنين", RELEASE, "'يوم الاثنين' in an article of Tue 19 Sep 2023 = Mon 18 Sep"),
    ev("arrive-us", "هبطت طائرة تقل الأمريكيين في الولايات المتحدة في الساعات الأولى من الثلثاء", ARRIVE_US, "'في الساعات الأولى من الثلثاء' = early on Tue 19 Sep 2023"),
    ev("namazi-statement", "وفي بيان صدر باسمه، قال نامازي", RELEASE, "no own expression; Namazi's statement was issued on his release, Mon 18 Sep 2023 ('ما كنت لأتحرر اليوم')"),
])
art(S, "https://www.alhayatp.net/?app=article.show.124711",
    "2023-09-19", "no date line in the stored text; the body's 'اليوم الثلاثاء' for the landing in the US, 'بعد يوم واحد فقط' of the swap and 'يوم الاثنين' for the flight to Doha of Mon 18 Sep 2023 give Tue 19 Sep 2023 (imlebanon of 19 Sep: 'في الساعات الأولى من الثلثاء'); the stored text has no headline, so one is written from the body; the last, truncated sentence dropped", False, """
خمسة أمريكيين أفرجت عنهم إيران يصلون إلى بلادهم
الحياة برس - بلغ أرض الوطن خمسة أمريكيين أطلقت إيران سراحهم في إطار اتفاق لتبادل السجناء.
وحطت الطائرة التي أقلتهم من الدوحة في الولايات المتحدة اليوم الثلاثاء، بعد يوم واحد فقط من مبادلتهم بخمسة إيرانيين كانوا محتجزين في السجون الأمريكية. وبموجب هذا الاتفاق قررت الولايات المتحدة الإفراج عن ستة مليارات دولار من أموال إيران.
ونزل عماد شرقي ومراد طاهباز وسياماك نمازي، ومعهم شخصان آخران لم يُعلن عنهما، من الطائرة في واشنطن ليلتقوا بذويهم الذين انتظروا عودتهم بفارغ الصبر.
وكانت على متن الرحلة ذاتها أيضا الأميركيتان إيفي نمازي وفيدا طهباز، والدة نمازي وزوجة طاهباز، اللتان لم تكونا قادرتين على مغادرة إيران من قبل، وفقًا لمصادر شبكة سي أن أن.
ونُقل المفرج عنهم يوم الاثنين على متن طائرة حكومية قطرية من طهران إلى الدوحة، ثم اتجهوا إلى واشنطن.
وجاءت هذه الصفقة بعد عام من مفاوضات غير مباشرة بين الولايات المتحدة وإيران، وقد اتُّفق عليها في الدوحة قبل نحو سبعة أشهر. وبدأت الخطوات الأولى لتنفيذها منذ خمسة أسابيع، حين نقلت السلطات الإيرانية أربعة من الأمريكيين إلى الإقامة الجبرية بعد أن كان الخامس قيد الإقامة الجبرية.
""", [
    ev("arrive-us", "وحطت الطائرة التي أقلتهم من الدوحة في الولايات المتحدة اليوم الثلاثاء", ARRIVE_US, "'اليوم الثلاثاء' = Tue 19 Sep 2023"),
    ev("americans-released", "بعد يوم واحد فقط من مبادلتهم بخمسة إيرانيين", RELEASE, "'بعد يوم واحد فقط' before Tue 19 Sep 2023 = Mon 18 Sep"),
    ev("plane-lands-doha", "ونُقل المفرج عنهم يوم الاثنين على متن طائرة حكومية قطرية", RELEASE, "'يوم الاثنين' = Mon 18 Sep 2023"),
    ev("house-arrest-transfer", "نقلت السلطات الإيرانية أربعة من الأمريكيين إلى الإقامة الجبرية", "2023-08-10", "'منذ خمسة أسابيع' from Tue 19 Sep 2023 points to mid-August; the four were moved from Evin to house arrest on Thu 10 Aug 2023 (background knowledge)"),
])

# ---------------------------------------------------------------- mali-cisse-petronin-release-2020
S = "mali-cisse-petronin-release-2020"
FREED = "2020-10-08"                       # the Malian presidency announced the release on Thu 8 Oct 2020
HOME = "2020-10-09"                        # Petronin landed at Villacoublay on Fri 9 Oct 2020
JIHADISTS = ("2020-10-03", "2020-10-05")   # over 100 jihadist prisoners freed over the weekend Sat 3 - Sun 4 Oct 2020
art(S, "https://amay1.sarmady.net/news/details/2058247",
    "2020-10-08", "no date line in the stored text; the body's 'اليوم الخميس' for the Malian presidency's announcement of the release, made on Thu 8 Oct 2020 (france24 of 9 Oct: 'أعلنت الرئاسة المالية الخميس'), and Macron's tweet of that evening give Thu 8 Oct 2020; the stored text has no headline, so one is written from the body", False, """
ماكرون يتعهد بمواصلة المعركة ضد الإرهاب في الساحل بعد تحرير صوفي بترونين
تعهد الرئيس الفرنسي إيمانويل ماكرون بالمضي في «المعركة ضد الإرهاب في منطقة الساحل»، إثر تحرير موظفة الإغاثة الفرنسية صوفي بترونين التي اختطفت في مالي أواخر عام 2016.
وقال في تغريدة: «صوفي بترونين حرة الآن. احتجزت رهينة منذ 4 سنوات في مالي، وتحريرها مبعث ارتياح عميق».
وتابع: «أعرب عن تعاطفي مع عائلتها وأقاربها، كما أشكر السلطات في مالي. المعركة ضد الإرهاب في منطقة الساحل مستمرة».
وأعلنت الرئاسة في مالي إطلاق سراح السياسي المختطف إسماعيل سيسي وموظفة الإغاثة الفرنسية صوفي بترونين اليوم الخميس، بعد بضعة أيام مشحونة بالتوتر ظهرت خلالها تقارير تفيد بأن سلطات مالي أفرجت عن عشرات الأشخاص المشتبه بأنهم من المتشددين.
""", [
    ev("macron-tweet", "وقال في تغريدة", FREED, "no own expression; Macron's tweet of the evening of Thu 8 Oct 2020, after the announcement ('اليوم الخميس')"),
    ev("petronin-kidnapped", "التي اختطفت في مالي أواخر عام 2016", "2016-12-24", "'أواخر عام 2016'; the kidnapping at Gao on Sat 24 Dec 2016 (other reports of the story)"),
    ev("presidency-announcement", "وأعلنت الرئاسة في مالي إطلاق سراح", FREED, "'اليوم الخميس' = Thu 8 Oct 2020"),
    ev("hostages-freed", "إطلاق سراح السياسي المختطف إسماعيل سيسي وموظفة الإغاثة الفرنسية صوفي بترونين اليوم الخميس", FREED, "'اليوم الخميس' = Thu 8 Oct 2020"),
    ev("jihadists-freed", "أفرجت عن عشرات الأشخاص المشتبه بأنهم من المتشددين", JIHADISTS[0], "no own expression; 'بعد بضعة أيام'; the jihadist prisoners were freed over the weekend Sat 3 - Sun 4 Oct 2020 (france24: 'خلال عطلة نهاية الأسبوع')", end=JIHADISTS[1]),
])
art(S, "https://www.france24.com/ar/20201009-%D9%85%D8%A7%D9%84%D9%8A-%D8%A7%D9%84%D8%A5%D9%81%D8%B1%D8%A7%D8%AC-%D8%B9%D9%86-%D8%A7%D9%84%D8%B1%D9%87%D9%8A%D9%86%D8%A9-%D8%B3%D9%88%D9%85%D8%A7%D9%8A%D9%84%D8%A7-%D8%B3%D9%8A%D8%B3%D9%8A-%D8%B2%D8%B9%D9%8A%D9%85-%D8%A7%D9%84%D9%85%D8%B9%D8%A7%D8%B1%D8%B6%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D8%A8%D9%84%D8%A7%D8%AF",
    "2020-10-09", "the date 20201009 in the page's address (9 Oct 2020 was a Friday); agrees with the body's 'الخميس' for the release and 'ليل الخميس الجمعة' for the arrival in Bamako; the photo caption, 'إعلان' and the 'للمزيد' link dropped; headline kept from the page", True, """
مالي: الإفراج عن الرهينة سومايلا سيسي زعيم المعارضة في البلاد
أعلنت الرئاسة المالية الخميس الإفراج عن الرهينة سومايلا سيسي، زعيم المعارضة في هذا البلد، الذي خُطف في آذار/ مارس الماضي خلال الحملة الانتخابية. وأُفرج أيضا عن الرهينة الفرنسية صوفي بترونين وعن إيطاليين اثنين. ويأتي ذلك بعد إطلاق سراح أكثر من مائة جهادي خلال عطلة نهاية الأسبوع ضمن مفاوضات لتحرير السياسي المالي.
وأُطلق الخميس سراح زعيم المعارضة في مالي سومايلا سيسي، البالغ من العمر 70 عاما، ومعه آخر رهينة فرنسية في العالم صوفي بترونين وإيطاليان اثنان.
ووصل سيسي إلى باماكو ليل الخميس الجمعة، وكان في استقباله حشد من أنصاره الذين حياهم من السيارة التي كانت تقله.
واختُطف إسماعيل سيسي، الذي حل ثانيا في نتائج الانتخابات الرئاسية ثلاث مرات، في 25 آذار/ مارس أثناء حملة الانتخابات التشريعية في معقله بمنطقة نيافونكي شمال غرب مالي، إذ كان برفقة وفد من اثني عشر شخصا في سيارتين حين هاجم مسلحون القافلة وقتلوا حارسه الشخصي. وقد انتُخب من الجولة الأولى لهذه الانتخابات رغم احتجازه.
""", [
    ev("presidency-announcement", "أعلنت الرئاسة المالية الخميس الإفراج عن الرهينة سومايلا سيسي", FREED, "'الخميس' in an article of Fri 9 Oct 2020 = Thu 8 Oct"),
    ev("jihadists-freed", "بعد إطلاق سراح أكثر من مائة جهادي خلال عطلة نهاية الأسبوع", JIHADISTS[0], "'خلال عطلة نهاية الأسبوع' before Thu 8 Oct 2020 = Sat 3 - Sun 4 Oct 2020 (a Mauritanian report: the jihadists flown to Tessalit on Sunday)", end=JIHADISTS[1]),
    ev("hostages-freed", "وأُطلق الخميس سراح زعيم المعارضة في مالي", FREED, "'الخميس' = Thu 8 Oct 2020"),
    ev("cisse-arrives-bamako", "ووصل سيسي إلى باماكو ليل الخميس الجمعة", FREED, "'ليل الخميس الجمعة' = the night of Thu 8 - Fri 9 Oct 2020 (the plane landed about 22:00 on Thursday, per AFP; span kept over both days)", end="2020-10-10"),
    ev("cisse-kidnapped", "في 25 آذار/ مارس أثناء حملة الانتخابات التشريعية", "2020-03-25", "'في 25 آذار/ مارس' (of 2020, 'الماضي') = Wed 25 Mar 2020"),
    ev("cisse-elected", "وقد انتُخب من الجولة الأولى لهذه الانتخابات", "2020-03-29", "no own expression; the first round of the Malian legislative elections was held on Sun 29 Mar 2020 (background knowledge)"),
])
art(S, "http://tech.masrawy.com/news/news_publicaffairs/details/2020/10/9/1889680/%D9%88%D8%B5%D9%88%D9%84-%D8%B1%D9%87%D8%A7%D8%A6%D9%86-%D9%85%D9%86-%D9%81%D8%B1%D9%86%D8%B3%D8%A7-%D9%88%D8%A5%D9%8A%D8%B7%D8%A7%D9%84%D9%8A%D8%A7-%D9%84%D8%A8%D9%84%D8%A7%D8%AF%D9%87%D9%85-%D8%A8%D8%B9%D8%AF-%D8%A5%D8%B7%D9%84%D8%A7%D9%82-%D8%B3%D8%B1%D8%A7%D8%AD%D9%87%D9%85-%D9%81%D9%8A-%D9%85%D8%A7%D9%84%D9%8A",
    "2020-10-09", "the page's time stamp '05:26 م الجمعة 09 أكتوبر 2020' (not part of the body, dropped) and 2020/10/9 in its address; agrees with the body's 'اليوم الجمعة'; the photo caption, 'إعلان' and the video link dropped; headline kept from the page; the wire line 'باريس - (د ب أ):' kept", True, """
وصول رهائن من فرنسا وإيطاليا لبلادهم بعد إطلاق سراحهم في مالي
باريس - (د ب أ):
رجعت سيدة فرنسية في الخامسة والسبعين من عمرها ورجلان إيطاليان إلى أوطانهم اليوم الجمعة، بعد أن أطلق جهاديون إسلاميون سراحهم في مالي.
واستقبل الرئيس الفرنسي إيمانويل ماكرون بحرارة موظفة الإغاثة الفرنسية صوفي بترونين وهي تنزل ببطء من طائرة تابعة لسلاح الجو في مطار فيلاكوبلاي قرب باريس.
وسار خلفها ابنها سيباستيان شداود بترونين، الذي خاض حملة دؤوبة من أجل إطلاق سراحها منذ اختطافها عام 2016.
وكتب ماكرون بعد ذلك على تويتر: "يفرح الفرنسيون معي لرؤيتك مرة أخرى في نهاية المطاف يا عزيزتي صوفي بترونين. مرحبا بك في أرض الوطن!".
وكانت بترونين قد قالت ليلة الخميس- الجمعة لوسائل الإعلام الفرنسية إنها ترغب في العودة إلى مالي لاحقا لترى كيف تسير مشاريع المساعدة التي أقامتها، لكن ابنها قاطعها ضاحكا ليقول إنه سيوضح بعض الأمور، وإنها لن تذهب حيثما تريد.
وفي الأثناء، نشر وزير الخارجية الإيطالي لويجي دي مايو على فيسبوك صورة للرهينتين الإيطاليتين، وأحدهما قس كاثوليكي، لدى عودتهما إلى روما.
""", [
    ev("return-home", "إلى أوطانهم اليوم الجمعة", HOME, "'اليوم الجمعة' = Fri 9 Oct 2020"),
    ev("hostages-freed", "بعد أن أطلق جهاديون إسلاميون سراحهم في مالي", FREED, "no own expression; the release announced on Thu 8 Oct 2020 (france24: 'أعلنت الرئاسة المالية الخميس')"),
    ev("macron-welcome", "واستقبل الرئيس الفرنسي إيمانويل ماكرون بحرارة", HOME, "no own expression; the arrival at Villacoublay of Fri 9 Oct 2020 (about 12:45 Paris time), the day of 'اليوم الجمعة'"),
    ev("petronin-kidnapped", "منذ اختطافها عام 2016", "2016-12-24", "'عام 2016'; the kidnapping at Gao on Sat 24 Dec 2016 (other reports of the story)"),
    ev("petronin-interview", "وكانت بترونين قد قالت ليلة الخميس- الجمعة", FREED, "'ليلة الخميس- الجمعة' = the night of Thu 8 - Fri 9 Oct 2020 (span kept over both days)", end="2020-10-10"),
    ev("italians-return-rome", "لدى عودتهما إلى روما", HOME, "no own expression; the two Italians landed in Rome on Fri 9 Oct 2020, the day of 'اليوم الجمعة'"),
])

# ---------------------------------------------------------------- morocco-saadoun-saudi-mediation-release-2022
S = "morocco-saadoun-saudi-mediation-release-2022"
MEDIATION = "2022-09-21"                   # Saudi MOFA announced the release of 10 prisoners on Wed 21 Sep 2022
CASABLANCA = "2022-09-24"                  # Saadoun landed in Casablanca on the evening of Sat 24 Sep 2022
art(S, "https://www.alchourouk.com/article/%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D9%88%D8%B3%D8%A7%D8%B7%D8%A9-%D9%84%D9%88%D9%84%D9%8A-%D8%A7%D9%84%D8%B9%D9%87%D8%AF-%D8%AA%D9%86%D8%AA%D9%87%D9%8A-%D8%A8%D8%A7%D9%84%D8%A7%D9%81%D8%B1%D8%A7%D8%AC-%D8%B9%D9%86-%D8%A3%D8%B3%D8%B1%D9%89-%D9%81%D9%8A-%D8%B1%D9%88%D8%B3%D9%8A%D8%A7",
    "2022-09-21", "the page's line 'تاريخ النشر : 18:29 - 2022/09/21' (21 Sep 2022 was a Wednesday; not part of the body, dropped); the repeated headline, the Facebook comments box and the 'في نفس السياق' links dropped; headline kept from the page", True, """
السعودية: وساطة لولي العهد تنتهي بالافراج عن أسرى في روسيا
ذكرت وزارة الخارجية السعودية أن وساطة قام بها ولي العهد محمد بن سلمان أسفرت عن الإفراج عن 10 أسرى كانوا لدى روسيا، يحملون جنسيات أوروبية وأمريكية ومغربية.
وأوضحت الوزارة في بيان أن عملية التبادل تأتي ضمن جهود ولي العهد السعودي "في تبني المبادرات الإنسانية تجاه الأزمة الروسية - الأوكرانية وبفضل المساعي المستمرة لولي العهد مع الدول ذات العلاقة".
وبيّن البيان أن الإفراج يشمل 10 أسرى في روسيا من مواطني المغرب والولايات المتحدة الأمريكية وبريطانيا والسويد وكرواتيا.
وأشار البيان إلى أن الجهات المعنية في السعودية تسلمتهم ونقلتهم من روسيا إلى المملكة، وتعمل على تيسير إجراءات عودتهم إلى بلدانهم.
وتوجهت الخارجية السعودية بالشكر إلى روسيا وأوكرانيا على تعاونهما وتجاوبهما مع المساعي التي بذلها ولي العهد السعودي للإفراج عن الأسرى.
""", [
    ev("prisoners-released", "أسفرت عن الإفراج عن 10 أسرى كانوا لدى روسيا", MEDIATION, "no own expression; the release announced on Wed 21 Sep 2022, the day of the page's stamp"),
    ev("mofa-statement", "وأوضحت الوزارة في بيان", MEDIATION, "no own expression; the Saudi foreign ministry's statement of Wed 21 Sep 2022 (the page's stamp 18:29 of that day)"),
    ev("transfer-to-saudi", "تسلمتهم ونقلتهم من روسيا إلى المملكة", MEDIATION, "no own expression; the prisoners were flown from Russia to Saudi Arabia on Wed 21 Sep 2022, before the statement"),
])
art(S, "https://almoharir.com/?p=218187",
    "2022-09-21", "no date line in the stored text; the body's 'مساء يومه الأربعاء' for the release and 'اليوم' for the Saudi statement of Wed 21 Sep 2022 (alchourouk stamp 2022/09/21; al3omk: 'يوم الأربعاء المنصرم') give Wed 21 Sep 2022; the stored text has no headline, so one is written from the body; the last, truncated sentence (his capture) dropped", False, """
روسيا تفرج عن الطالب المغربي إبراهيم سعدون المحكوم بالإعدام
أخلت روسيا مساء يومه الأربعاء سبيل الطالب المغربي إبراهيم سعدون الذي صدر في حقه حكم بالإعدام.
وعُلم من مصدر مطلع أن الإفراج عن سعدون جاء بتدخل من الملك محمد السادس وبوساطة من الأمير محمد بن سلمان، ولي عهد المملكة العربية السعودية التي تجمعها بالمملكة المغربية علاقات متينة.
وكان والد الطالب سعدون قد ناشد الحكومة المغربية أن تتدخل عبر قنوات متعددة لإنقاذ حياة ابنه، وهو النداء الذي لبّاه الملك محمد السادس بفضل علاقاته القوية بالأسرة الملكية السعودية، فأُفرج بذلك عن سعدون وتسعة آخرين.
وأعلنت وزارة الخارجية السعودية اليوم نجاح مبادرة ولي العهد السعودي الأمير محمد بن سلمان في الإفراج عن 10 أسرى من مواطني المغرب والولايات المتحدة وبريطانيا والسويد وكرواتيا.
وذكرت الخارجية السعودية في بيان أوردته وكالة الأنباء السعودية (واس) أن الأسرى المنتمين إلى الولايات المتحدة وبريطانيا والسويد وكرواتيا والمغرب جرى "نقلهم من روسيا إلى المملكة"، مشيرة إلى "العمل على تسهيل إجراءات عودتهم إلى بلدانهم".
وكانت سلطات دونيتسك الانفصالية بأوكرانيا قد حكمت على سعدون بالإعدام.
""", [
    ev("prisoners-released", "أخلت روسيا مساء يومه الأربعاء سبيل الطالب المغربي", MEDIATION, "'مساء يومه الأربعاء' = Wed 21 Sep 2022"),
    ev("father-appeal", "قد ناشد الحكومة المغربية أن تتدخل", "2022-06-09", "no own expression; the father's appeals followed the death sentence of Thu 9 Jun 2022 and preceded the release (my span 9 Jun - 20 Sep 2022)", end=MEDIATION),
    ev("mofa-statement", "وأعلنت وزارة الخارجية السعودية اليوم", MEDIATION, "'اليوم' = Wed 21 Sep 2022"),
    ev("transfer-to-saudi", "جرى \"نقلهم من روسيا إلى المملكة\"", MEDIATION, "no own expression; the transfer of Wed 21 Sep 2022 reported in that day's statement"),
    ev("death-sentence", "قد حكمت على سعدون بالإعدام", "2022-06-09", "no own expression; the Donetsk separatist court sentenced Saadoun, Aslin and Pinner to death on Thu 9 Jun 2022 (background knowledge)"),
])
art(S, "https://maghress.com/al3omk/781901",
    "2022-09-24", "no date line in the stored text (an al3omk report carried by maghress); the body's 'مساء اليوم' and 'مساء يومه السبت 24 شتنبر 2022' for the expected arrival, with 'يوم الأربعاء المنصرم' for the release of Wed 21 Sep, give Sat 24 Sep 2022 (24 Sep 2022 was a Saturday); the stored text has no headline, so one is written from the body; the last, truncated sentence cut after 'فولنفاخا'", False, """
والد سعدون: إبراهيم يصل مساء اليوم إلى المغرب قادما من السعودية
قال الطاهر سعدون، والد الطالب سعدون، في اتصال مع جريدة "العمق"، إن ابنه إبراهيم سيحل مساء اليوم بالمغرب قادما من المملكة العربية السعودية، بعد أن تسلمته من السلطات الروسية.
وسيصل الطالب إبراهيم سعدون، الذي كان محكوما بالإعدام قبل أن تنجح وساطة ولي عهد السعودية في تسلمه، إلى مطار محمد الخامس بالنواصر شرق الدار البيضاء نحو الساعة الثامنة والربع من مساء يومه السبت 24 شتنبر 2022.
وكانت روسيا قد أطلقت يوم الأربعاء المنصرم سراح الطالب المغربي إبراهيم سعدون، ومعه 9 معتقلين آخرين أسرتهم قوات انفصالية موالية لروسيا في مناطق الشرق الأوكراني خلال الحرب الدائرة هناك، وذلك إثر وساطة سعودية قادها ولي العهد السعودي الأمير محمد بن سلمان.
وأعلنت وزارة الخارجية السعودية، الأربعاء، نجاح مبادرة ولي العهد السعودي في الإفراج عن 10 أسرى من مواطني المغرب والولايات المتحدة وبريطانيا والسويد وكرواتيا.
وتولت الجهات المعنية في المملكة العربية السعودية تسلم الطالب المغربي إبراهيم سعدون والمعتقلين التسعة الآخرين ونقلهم من روسيا إلى السعودية، وهي تعمل على تيسير إجراءات عودتهم إلى بلدانهم.
وكانت قوات انفصاليي "دونيتسك" قد اعتقلت إبراهيم سعدون شهر مارس الماضي في بلدة "فولنفاخا".
""", [
    ev("arrival-casablanca", "إلى مطار محمد الخامس بالنواصر شرق الدار البيضاء", CASABLANCA, "'مساء يومه السبت 24 شتنبر 2022' = Sat 24 Sep 2022 (about 20:15)"),
    ev("prisoners-released", "وكانت روسيا قد أطلقت يوم الأربعاء المنصرم سراح", MEDIATION, "'يوم الأربعاء المنصرم' from Sat 24 Sep 2022 = Wed 21 Sep"),
    ev("mofa-statement", "وأعلنت وزارة الخارجية السعودية، الأربعاء", MEDIATION, "'الأربعاء' = Wed 21 Sep 2022"),
    ev("transfer-to-saudi", "تسلم الطالب المغربي إبراهيم سعدون والمعتقلين التسعة الآخرين", MEDIATION, "no own expression; the transfer from Russia to Saudi Arabia of Wed 21 Sep 2022"),
    ev("saadoun-captured", "قد اعتقلت إبراهيم سعدون شهر مارس الماضي", "2022-03-01", "'شهر مارس الماضي' from Sep 2022 = March 2022 (the month only; he surrendered at Volnovakha about 12 Mar 2022)", end="2022-04-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 477
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

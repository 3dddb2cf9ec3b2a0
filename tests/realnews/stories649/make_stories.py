"""Builds stories.jsonl: the 649-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: religious occasions and institutions (Hajj logistics,
church consecrations).
Stories: Pope Tawadros II's pastoral tour of the dioceses and monasteries of Asyut with the consecration of the
cave church of the Virgin's monastery at Durunka (Egypt, 30 September - 7 October 2025), and the first flight of
Algerian Hajj pilgrims of the 1446/2025 season from Algiers to Medina (Algeria, 10-11 May 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-pope-tawadros-asyut-pastoral-tour-2025
S = "egypt-pope-tawadros-asyut-pastoral-tour-2025"
START = "2025-09-30"                      # arrival in the diocese of Dayrut and Sanabu, evening of Tue 30 Sep 2025
TOUR = (START, "2025-10-08")              # the tour, Tue 30 Sep - Tue 7 Oct 2025 ('ثمانية أيام')
QUSIYA = "2025-10-01"                     # Wed 1 Oct: al-Muharraq / al-Qusiya, then the evening drive to Durunka
RECEPTION = "2025-10-02"                  # Thu 2 Oct (evening): the reception at the Durunka monastery (noursat)
CAVE = "2025-10-03"                       # Fri 3 Oct: consecration of the cave church at Durunka
MARMORCOS = "2025-10-04"                  # Sat 4 Oct: St Mark church, west Asyut
SUNDAY = "2025-10-05"                     # Sun 5 Oct: the liturgy / consecrations at Durunka
END = "2025-10-07"                        # Tue 7 Oct: end of the tour
art(S, "https://www.masrawy.com/news/news_regions/details/2025/9/30/2864071/%D8%A7%D9%84%D8%A8%D8%A7%D8%A8%D8%A7-%D8%AA%D9%88%D8%A7%D8%B6%D8%B1%D9%88%D8%B3-%D8%A7%D9%84%D8%AB%D8%A7%D9%86%D9%8A-%D9%8A%D8%A8%D8%AF%D8%A3-%D8%B2%D9%8A%D8%A7%D8%B1%D8%A9-%D8%B1%D8%B9%D9%88%D9%8A%D8%A9-%D9%84%D9%807-%D8%A5%D9%8A%D8%A8%D8%A7%D8%B1%D8%B4%D9%8A%D8%A7%D8%AA-%D9%81%D9%8A-%D8%A3%D8%B3%D9%8A%D9%88%D8%B7-%D8%B5%D9%88%D8%B1-",
    "2025-09-30", "the date 2025/9/30 in the URL path (Tue 30 Sep 2025), which the body's 'مساء اليوم الثلاثاء' agrees with; the by-line 'أسيوط - محمود عجمي' dropped; headline rendered from the URL slug", False, """
البابا تواضروس الثاني يبدأ زيارة رعوية لسبع إيبارشيات في أسيوط
استهل قداسة البابا تواضروس الثاني، بابا الإسكندرية وبطريرك الكرازة المرقسية، زيارة رعوية تمتد أسبوعا وتغطي سبع إيبارشيات في محافظة أسيوط، إذ بلغ مساء اليوم الثلاثاء إيبارشية ديروط وصنبو في أول محطات جولته.
واستقبله الأنبا يؤانس أسقف أسيوط، والأنبا برسوم مطران ديروط وصنبو، ومعهما عدد كبير من الآباء الأساقفة ومطارنة أديرة المحافظة وأساقفتها. ويفتتح البابا جولته بزيارة كنيسة الشهيد الأمير تاوضروس المشرقي في صنبو، ثم ينتقل منها إلى دير العذراء المُحرَّق العامر.
ويضم برنامج الزيارة جدولا مزدحما، فالبابا يزور يوم الخميس مدينة أسيوط الجديدة ليفتتح نادي الإيمان، ثم يُدشن في يوم الجمعة مذابح مغارة العذراء بدير جبل درنكة ويجتمع بالآباء الكهنة. ويشهد يوم السبت تدشين كنيسة مارمرقس الرسول في حي غرب أسيوط وافتتاح مشروعات خدمية وكنسية جديدة، منها وضع حجر الأساس لمستشفى القلب التخصصي.
ويواصل البابا جولته يوم الأحد فيترأس القداس الإلهي بدير درنكة، ويزور يوم الاثنين ديري الأمير تادرس بمنفلوط ومارمينا المعلق بأبنوب، وتنتهي الزيارة يوم الثلاثاء بتدشين كنيسة الشهيد مارجرجس.
""", [
    ev("tour-start", "إذ بلغ مساء اليوم الثلاثاء إيبارشية ديروط وصنبو", START, "'مساء اليوم الثلاثاء' in the article of Tue 30 Sep 2025 = Tue 30 Sep (evening)"),
    ev("pastoral-tour", "زيارة رعوية تمتد أسبوعا وتغطي سبع إيبارشيات", TOUR[0], "the tour began on Tue 30 Sep 2025 and ended on Tue 7 Oct ('يوم الثلاثاء' of the next week; elbalad of 7 Oct: 'اختتم ... اليوم الثلاثاء ... ثمانية أيام'); span 30 Sep - 7 Oct", end=TOUR[1]),
    ev("durunka-cave-consecration", "ثم يُدشن في يوم الجمعة مذابح مغارة العذراء بدير جبل درنكة", CAVE, "'يوم الجمعة' of the tour that began on Tue 30 Sep = Fri 3 Oct 2025 (algomhuria, masrawy of 3 Oct: 'صباح اليوم')"),
    ev("mar-morcos-west-asyut", "ويشهد يوم السبت تدشين كنيسة مارمرقس الرسول في حي غرب أسيوط", MARMORCOS, "'يوم السبت' after Fri 3 Oct = Sat 4 Oct 2025 (masralyoum's yearly list: St Mark church, 4 October)"),
    ev("durunka-sunday-liturgy", "ويواصل البابا جولته يوم الأحد فيترأس القداس الإلهي بدير درنكة", SUNDAY, "'يوم الأحد' of the tour = Sun 5 Oct 2025 (masrawy and elbalad of 5 Oct: consecrations at Durunka 'اليوم الأحد')"),
    ev("tour-end", "وتنتهي الزيارة يوم الثلاثاء بتدشين كنيسة الشهيد مارجرجس", END, "'يوم الثلاثاء' after the Monday of the tour = Tue 7 Oct 2025 (elbalad: 'اختتم ... اليوم الثلاثاء')"),
])
art(S, "http://copt4g.com/copticnews/detail/news/fbf640737fe25f9827c4ef77c8a6d823",
    "2025-10-02", "no date on the stored page; the body's 'صباح غدًا الجمعة' for the consecration of the cave church at Durunka, which took place on Fri 3 Oct 2025 (masrawy URL 2025/10/3 and vetogate 'الجمعة 03 أكتوبر 2025'), gives Thu 2 Oct 2025; headline written from the body (the stored text has none); the closing list of facts about the monastery, cut in the stored text, dropped", False, """
البابا تواضروس يواصل زيارته لأسيوط ويتوجه إلى دير درنكة
يمضي البابا تواضروس الثاني، بابا الإسكندرية وبطريرك الكرازة المرقسية، في زيارته الرعوية لإيبارشيات أسيوط ضمن جولته الرعوية فيها.
ومن المنتظر أن يرأس قداسة البابا تواضروس الثاني صباح غدًا الجمعة صلوات القداس الإلهي في كنيسة المغارة بدرنكة، ويتولى أثناء هذه الصلوات تدشين مذابح المغارة.
ويشترك معه في طقس القداس الأنبا يؤانس أسقف أسيوط وسكرتير المجمع المقدس، والأنبا بيجول أسقف دير المحرق ورئيسه، والأنبا ديمتريوس مطران ملوي، فضلا عن عدد من أساقفة أسيوط وجموع الشعب القبطي.
وكان قداسة البابا قد انتقل مساء أمس إلى دير السيدة العذراء مريم بجبل أسيوط الغربي، المعروف باسم دير درنكة، بعدما ألقى عظته في كاتدرائية السيدة العذراء والقديس يوسف البار بالقوصية.
واستقبلته في الدير مجموعة من المكرسات، ومعهن عدد من الأساقفة بينهم الأنبا يؤانس أسقف أسيوط وسكرتير المجمع المقدس.
""", [
    ev("pastoral-tour", "في زيارته الرعوية لإيبارشيات أسيوط", TOUR[0], "no own expression; the tour of Tue 30 Sep - Tue 7 Oct 2025 (masrawy of 30 Sep, elbalad of 7 Oct)", end=TOUR[1]),
    ev("durunka-cave-consecration", "صباح غدًا الجمعة صلوات القداس الإلهي في كنيسة المغارة بدرنكة", CAVE, "'صباح غدًا الجمعة' in the article of Thu 2 Oct 2025 = Fri 3 Oct"),
    ev("arrival-durunka", "قد انتقل مساء أمس إلى دير السيدة العذراء مريم بجبل أسيوط الغربي", QUSIYA, "'مساء أمس' in the article of Thu 2 Oct 2025 = Wed 1 Oct (evening)"),
    ev("qusiya-sermon", "بعدما ألقى عظته في كاتدرائية السيدة العذراء والقديس يوسف البار بالقوصية", QUSIYA, "just before the drive to Durunka of 'مساء أمس' = Wed 1 Oct 2025, the day of the Muharraq / al-Qusiya stage (masrawy of 1 Oct: 'صباح اليوم الأربعاء')"),
])
art(S, "https://algomhuria.gomhuriaonline.com/167944",
    "2025-10-03", "no date on the stored page; the body's 'صباح اليوم' for the consecration of the cave church at Durunka, which took place on Fri 3 Oct 2025 (masrawy URL 2025/10/3 'صباح اليوم الجمعة'; vetogate 'الجمعة 03 أكتوبر 2025'), gives Fri 3 Oct 2025; headline written from the body (the stored text has none)", False, """
البابا تواضروس يدشن كنيسة المغارة بدير العذراء في درنكة
قام قداسة البابا تواضروس الثاني، بابا الإسكندرية وبطريرك الكرازة المرقسية، صباح اليوم بتدشين كنيسة المغارة في دير السيدة العذراء بدرنكة في أسيوط، وشاركه في ذلك ٢٨ من الآباء المطارنة والأساقفة.
وعند وصوله أزاح البابا الستار عن اللوحة التذكارية التي تسجل تاريخ تدشين الكنيسة، ثم انطلقت صلوات التدشين، فدُشّن المذبح الرئيسي باسم السيدة العذراء والمذبح الجانبي باسم العائلة المقدسة، كما دُشّنت أيقونة حضن الآب "البانطوكراتور" في المذبحين وأيقونتان أخريان داخل الكنيسة.
ولفت البابا بعد التدشين إلى أن المذبحين صُنعا من الخشب، وهو الأصل في صناعة المذبح رمزا إلى خشبة الصليب.
ووجه الأنبا يوأنس أسقف أسيوط وسكرتير المجمع المقدس الشكر للبابا لتلبيته الدعوة وحضوره إلى أسيوط، واستعرض شهادات لمؤرخين وشخصيات قديمة ومعاصرة تؤكد أن السيد المسيح والقديسة العذراء مريم والقديس يوسف البار بلغوا درنكة وأقاموا فيها مدة، مشيرا إلى أن دير درنكة يحتضن أكبر احتفال بالسيدة العذراء في العالم، إذ يتخطى عدد زواره في فترة صوم السيدة العذراء خمسة ملايين شخص.
""", [
    ev("durunka-cave-consecration", "صباح اليوم بتدشين كنيسة المغارة في دير السيدة العذراء بدرنكة", CAVE, "'صباح اليوم' in the article of Fri 3 Oct 2025"),
    ev("plaque-unveiling", "أزاح البابا الستار عن اللوحة التذكارية التي تسجل تاريخ تدشين الكنيسة", CAVE, "no own expression; on arrival, before the consecration of Fri 3 Oct 2025"),
    ev("altars-consecrated", "فدُشّن المذبح الرئيسي باسم السيدة العذراء", CAVE, "no own expression; part of the consecration of Fri 3 Oct 2025"),
    ev("youannis-thanks", "ووجه الأنبا يوأنس أسقف أسيوط وسكرتير المجمع المقدس الشكر للبابا", CAVE, "no own expression; his address at the consecration of Fri 3 Oct 2025"),
])
art(S, "https://www.elbalad.news/6723525",
    "2025-10-07", "the page's date 2025-10-07 (Tue 7 Oct 2025), which the body's 'اليوم الثلاثاء' for the end of the tour agrees with (masrawy URL 2025/10/7: 'غادر ... ظهر اليوم الثلاثاء'); headline written from the body (the stored text has none); the last sentence, cut in the stored text, ends at 'وتيسير حركة المرور'", False, """
البابا تواضروس يختتم زيارته الرعوية لأسيوط بعد ثمانية أيام
أنهى قداسة البابا تواضروس الثاني، اليوم الثلاثاء، زيارته الرعوية لإيبارشيات محافظة أسيوط وأديرتها، وهي زيارة امتدت ثمانية أيام شملت إيبارشيات المحافظة السبع وثمانية أديرة.
ولقيت جولة البابا إقبالا شعبيا كبيرا من أهالي أسيوط في كل إيبارشياتها، فقد غصّت الكنائس والأديرة بالآلاف ممن جاؤوا للمشاركة في الصلوات ورؤية قداسته ونيل بركته والإصغاء إليه، كما تجمع المئات على الطرق السريعة خلال تنقله بين الإيبارشيات وفي شوارع المدن والقرى حيثما حل، وكان أغلبهم يحملون سعف النخيل وأغصان الزيتون احتفاء وترحيبا.
واتسعت حفاوة الترحيب لتشمل مختلف فئات المجتمع الأسيوطي، إذ حضر ممثلون عنها من القيادات التنفيذية والنيابية والأمنية وكبرى العائلات حفل الاستقبال الذي أقيم تكريما لقداسته في دير السيدة العذراء بدرنكة.
وعلى الصعيد الرسمي حظيت الزيارة باهتمام واسع، فقد رافق محافظ أسيوط اللواء الدكتور هشام أبو النصر البابا في كثير من المناسبات خلال الجولة، معبرا عن تقديره البالغ لها.
وبذلت عناصر الشرطة من مختلف الأجهزة الأمنية جهدا كبيرا في تنظيم الطرق وتيسير حركة المرور.
""", [
    ev("tour-end", "أنهى قداسة البابا تواضروس الثاني، اليوم الثلاثاء، زيارته الرعوية", END, "'اليوم الثلاثاء' in the article of Tue 7 Oct 2025"),
    ev("pastoral-tour", "وهي زيارة امتدت ثمانية أيام شملت إيبارشيات المحافظة السبع", TOUR[0], "'ثمانية أيام' ending on Tue 7 Oct 2025 = Tue 30 Sep - Tue 7 Oct (masrawy of 30 Sep: 'وصل مساء اليوم الثلاثاء')", end=TOUR[1]),
    ev("durunka-reception", "حفل الاستقبال الذي أقيم تكريما لقداسته في دير السيدة العذراء بدرنكة", RECEPTION, "no own expression; noursat (not used): 'يوم أمس الخميس ... أمّا مساءً فأقيم حفل استقبال بدير السّيّدة العذراء بجبل أسيوط (درنكة)' = Thu 2 Oct 2025 (evening)"),
    ev("governor-accompanied", "فقد رافق محافظ أسيوط اللواء الدكتور هشام أبو النصر البابا", TOUR[0], "no own expression; on several occasions during the tour (masrawy of 1 Oct: the governor at the Muharraq consecration); my span the whole tour, 30 Sep - 7 Oct 2025", end=TOUR[1]),
])

# ---------------------------------------------------------------- algeria-hajj-1446-first-flight-2025
S = "algeria-hajj-1446-first-flight-2025"
DEPART = "2025-05-10"                     # the first Hajj flight leaves Algiers, evening of Sat 10 May 2025
ARRIVE = "2025-05-11"                     # it lands in Medina, morning of Sun 11 May 2025
art(S, "https://www.djazairess.com/aps/579961",
    "2025-05-10", "no date on the stored page (an APS dispatch on djazairess); the body's 'مساء اليوم السبت' for the departure of the first group, which elbilad ('مساء أمس السبت', arrival 'صباح اليوم الأحد') and elmaouid (the group 'توجهوا إلى المدينة المنورة يوم الأحد 11 ماي') place on Sat 10 May 2025, gives Sat 10 May 2025; headline written from the body (the stored text has none); the last sentence, cut in the stored text, ends at 'على أكمل وجه'", False, """
مغادرة أول فوج من الحجاج الجزائريين نحو البقاع المقدسة
أقلع أول فوج من الحجاج الجزائريين مساء اليوم السبت من مطار هواري بومدين الدولي بالجزائر العاصمة متجها إلى البقاع المقدسة، لأداء مناسك الحج لموسم 1446ه/2025 م.
وحضر توديع هذا الفوج، المؤلف من نحو 250 حاجا وحاجة ومعهم أفراد من أعضاء البعثة الوطنية للحج، وزير الشؤون الدينية والأوقاف يوسف بلمهدي، ووزير الاتصال محمد مزيان، ووزير النقل سعيد سعيود، ووزير الصحة عبد الحق سايحي، ووزيرة السياحة والصناعة التقليدية حورية مداحي، وكاتب الدولة لدى وزير الشؤون الخارجية المكلف بالجالية الوطنية بالخارج سفيان شايب، ومعهم المدير العام للديوان الوطني للحج والعمرة الطاهر برايك.
وشارك في التوديع كذلك المدير العام للجمارك اللواء عبد الحفيظ بخوش، والمدير العام للخطوط الجوية الجزائرية حمزة بن حمودة، وممثلون عن قطاعات وزارية وهيئات رسمية، إضافة إلى سفير المملكة العربية السعودية لدى الجزائر عبد الله بن ناصر البصيري.
وبهذه المناسبة، أكد بلمهدي أن تنظيم الحج "مهمة وطنية سخرت لها السلطات العليا للبلاد ما يلزم من إمكانيات بشرية ومادية"، موضحا أن الحكومة بذلت، بتوجيه من رئيس الجمهورية عبد المجيد تبون، كل ما في وسعها لخدمة الحجاج على أكمل وجه.
""", [
    ev("first-flight-departure", "أقلع أول فوج من الحجاج الجزائريين مساء اليوم السبت", DEPART, "'مساء اليوم السبت' in the article of Sat 10 May 2025"),
    ev("ministers-farewell", "وحضر توديع هذا الفوج", DEPART, "no own expression; at the departure of 'مساء اليوم السبت' = Sat 10 May 2025"),
    ev("hajj-season-1446", "لأداء مناسك الحج لموسم 1446ه/2025 م", "2025-06-04", "the rites of the Hajj of 1446 AH: 8-13 Dhu al-Hijja 1446 = Wed 4 - Mon 9 Jun 2025 (Arafat Thu 5 Jun; the story 'hajj-1446-2025' in tests/realnews/stories); my span 4-9 Jun 2025", end="2025-06-10"),
    ev("belmahdi-statement", "أكد بلمهدي أن تنظيم الحج", DEPART, "no own expression; said at the farewell ('وبهذه المناسبة') of Sat 10 May 2025"),
])
art(S, "https://www.elbilad.net/national/%D8%A3%D9%88%D9%84-%D9%81%D9%88%D8%AC-%D9%85%D9%86-%D8%AD%D8%AC%D8%A7%D8%AC-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1-%D9%8A%D8%B5%D9%84-%D8%A7%D9%84%D8%A8%D9%82%D8%A7%D8%B9-%D8%A7%D9%84%D9%85%D9%82%D8%AF%D8%B3%D8%A9-139157",
    "2025-05-11", "no date on the stored page; the body's 'صباح اليوم الأحد' for the arrival in Medina and 'مساء أمس السبت' for the departure, cross-checked with elmaouid (the first group 'توجهوا إلى المدينة المنورة يوم الأحد 11 ماي'), give Sun 11 May 2025; headline rendered from the URL slug; the list of ministers, cut in the stored text after 'وزيرة السياحة', ends at the health minister", False, """
أول فوج من حجاج الجزائر يصل البقاع المقدسة
حط أول فوج من الحجاج الجزائريين القادمين لأداء مناسك الحج هذا العام، صباح اليوم الأحد، في المدينة المنورة بالمملكة العربية السعودية.
واستقبل ضيوف الرحمان في المطار القنصل العام الجزائري بجدة محمد عالم، ورئيس مركز المدينة المنورة بوذراع بلخير، ومعهما أعضاء بعثة الاستقبال والتوجيه الذين وفروا كل التسهيلات لضمان راحة الحجاج وتيسير دخولهم.
وأبدى عدد من الحجاج رضاهم عن ظروف الرحلة، بفضل تفاني طاقمها في السهر على راحتهم، وحرص الدولة الجزائرية على توفير أفضل الظروف لحجاجها، والتعاون المثمر مع السلطات السعودية في خدمة ضيوف الرحمن.
ويذكر أن الرحلة الأولى أقلعت من مطار هواري بومدين الدولي نحو مطار الأمير محمد بن عبد العزيز الدولي بالمدينة المنورة مساء أمس السبت، في ظل تنظيم محكم وتحضيرات دقيقة من الجهات الجزائرية المختصة، وبتنسيق مع السلطات السعودية التي أسهمت في تبسيط الإجراءات وتسريع استقبال الحجاج.
وودع هذا الفوج، الذي يضم نحو 250 حاجا وحاجة وأفرادا من البعثة الوطنية للحج، كل من وزير الشؤون الدينية والأوقاف يوسف بلمهدي ووزير الاتصال محمد مزيان ووزير النقل سعيد سعيود ووزير الصحة عبد الحق سايحي.
""", [
    ev("madinah-arrival", "حط أول فوج من الحجاج الجزائريين القادمين لأداء مناسك الحج هذا العام، صباح اليوم الأحد", ARRIVE, "'صباح اليوم الأحد' in the article of Sun 11 May 2025"),
    ev("consul-reception", "واستقبل ضيوف الرحمان في المطار القنصل العام الجزائري بجدة محمد عالم", ARRIVE, "no own expression; at the arrival of 'صباح اليوم الأحد' = Sun 11 May 2025"),
    ev("first-flight-departure", "الرحلة الأولى أقلعت من مطار هواري بومدين الدولي", DEPART, "'مساء أمس السبت' in the article of Sun 11 May 2025 = Sat 10 May (evening)"),
    ev("ministers-farewell", "وودع هذا الفوج", DEPART, "no own expression; at the departure of 'مساء أمس السبت' = Sat 10 May 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 649
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

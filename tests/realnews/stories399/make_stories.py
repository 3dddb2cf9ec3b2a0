"""Builds stories.jsonl: the 399-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Morocco's regions outside Rabat and
Casablanca (Souss / Agadir, the Rif / Al Hoceima, the Oriental / Oujda, Fes, Marrakech, Tangier, Laayoune) in
any domain: floods, accidents, courts, protests, festivals, sport; NOT the Al Haouz earthquake.
Stories: the death of the fishmonger Mouhcine Fikri in a garbage truck in Al Hoceima and his funeral (Morocco,
October 2016), Ittihad Tanger's first league title (Tangier, May 2018), and the floods of Guelmim and the
south-west (Morocco, November-December 2014).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-hoceima-fikri-fishmonger-death-2016
S = "morocco-hoceima-fikri-fishmonger-death-2016"
DEATH = "2016-10-28"                        # Fikri crushed in the garbage truck on the night of Fri 28 Oct 2016
FUNERAL = "2016-10-30"                      # funeral from Al Hoceima hospital to Imzouren, Sun 30 Oct 2016
art(S, "https://jdt24.com/2016/10/%d9%82%d8%b6%d9%8a%d8%a9-%d9%85%d8%ad%d8%b3%d9%86-%d9%81%d9%83%d8%b1%d9%8a-%d8%a7%d9%84%d9%82%d8%b5%d8%a9-%d8%a7%d9%84%d9%83%d8%a7%d9%85%d9%84%d8%a9-%d9%84%d9%85%d8%b5%d8%b1%d8%b9-%d8%aa%d8%a7%d8%ac",
    "2016-10-30", "page date stamp 'الأحد 30 أكتوبر 2016 – 19:38:37' (kept as second line; 30 Oct 2016 was a Sunday), month in the URL '/2016/10/'; the body's 'ليلة أول أمس الجمعة' and 'أمس السبت' agree; the byline 'موقع رسالة 24 ـ حميد إعزوزن' dropped; headline written from the page's case title; the last, truncated word 'البح' completed as 'البحري'", True, """
قضية محسن فكري: القصة الكاملة لمصرع بائع السمك
الأحد 30 أكتوبر 2016 – 19:38:37
ما كان محسن فكري، الذي انتقل إلى تجارة السمك في مدينة الحسيمة بعد سنوات قضاها في بيع المواد الغذائية، يتوقع أن تنتهي حياته على هذا النحو المفجع والمأساوي ليلة أول أمس الجمعة.
وبحسب مصدر كان حاضرا في المكان، فإن البضاعة كانت ملكا مشتركا بين الضحية وشريكين اثنين رفضا بشدة إتلافها معتبرين أنها صالحة للاستهلاك، واقترح الثلاثة أن يتبرعوا بها لنزلاء السجون أو لإحدى الخيريات التي تؤوي اليتامى والفقراء.
وأمام تمسك السلطة المحلية بتنفيذ قرارها، صعد محسن إلى الشاحنة ولحق به شريكاه لمنع الإتلاف، وعندها، يتابع المصدر، طلب أحد الحاضرين، دون أن تعرف صفته، من عامل في شركة جمع النفايات أن يشغل آلة شفط الأزبال لتخويفهم.
وفي لمح البصر حلت الفاجعة، إذ ظل محسن عالقا داخل الشاحنة بسبب وزنه الزائد، بينما نجح شريكاه في القفز منها بسرعة.
وأشعل الحادث موجة غضب واسعة في المنطقة، فقد خرج عدد من السكان أمس السبت محتجين ومطالبين بالتحقيق فيما جرى، وهو ما جعل عامل إقليم الحسيمة، محمد الزهر، يتدخل معلنا اتخاذ إجراء إداري بتوقيف مندوب الصيد البحري.
""", [
    ev("fikri-death", "أن تنتهي حياته على هذا النحو المفجع والمأساوي", DEATH, "'ليلة أول أمس الجمعة' in an article of Sun 30 Oct 2016 = the night of Fri 28 Oct"),
    ev("jump-into-truck", "صعد محسن إلى الشاحنة ولحق به شريكاه", DEATH, "no own expression; the same evening as the death, Fri 28 Oct 2016"),
    ev("protest-saturday", "خرج عدد من السكان أمس السبت محتجين", "2016-10-29", "'أمس السبت' from Sun 30 Oct 2016 = Sat 29 Oct"),
    ev("fisheries-delegate-suspended", "اتخاذ إجراء إداري بتوقيف مندوب الصيد البحري", DEATH, "no own expression; the governor announced it to the protesters after the death, in the night of Fri 28 or on Sat 29 Oct 2016 (my span 28-29 Oct)", end="2016-10-30"),
])
art(S, "https://omantoday.net/amp/991/301016200027-%D8%B9%D8%A7%D9%87%D9%84-%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8-%D9%8A%D8%B9%D8%B2%D9%8A-%D8%A3%D8%B3%D8%B1%D8%A9-%D8%A8%D8%A7%D8%A6%D8%B9",
    "2016-10-30", "the body's 'الأحد 30 أكتوبر/تشرين الأول' (kept; 30 Oct 2016 was a Sunday) and the URL's '301016' (30/10/16); dateline 'الرباط ـ العرب اليوم' kept; headline written from the URL slug; the Interior ministry's quotation rendered as indirect speech; the last, truncated words shortened", True, """
عاهل المغرب يعزي أسرة بائع السمك ويأمر بتحقيق دقيق
الرباط ـ العرب اليوم
أفاد بيان لوزارة الداخلية المغربية الأحد 30 أكتوبر/تشرين الأول، بأن الملك محمد السادس أعطى تعليماته لوزير الداخلية محمد حصاد من أجل تحقيق دقيق في وفاة "بائع السمك".
وأوضح البيان أن الملك، عقب الحادث المؤلم الذي راح ضحيته الشاب محسن فكري ليلة الجمعة الماضية، أمر وزير الداخلية بالتوجه إلى مدينة الحسيمة لنقل تعازي جلالته ومواساته إلى أسرة الفقيد.
وتابع البيان أن وزير الداخلية نقل إلى عائلة الراحل التعليمات الملكية القاضية بإجراء بحث دقيق ومعمق وملاحقة كل من تثبت مسؤوليته في الحادث، مع تطبيق القانون بصرامة على الجميع، حتى يكونوا عبرة لكل من يخل بمهامه أو يقصر في أداء مسؤولياته.
ومن جانبه، أبدى عبد الإله بنكيران، رئيس الحكومة المعين، في أول تعليق له على الفاجعة، أسفه لوفاة محسن فكري، ووصف ما وقع بـ"المؤلم".
ونقلت وسائل إعلام محلية عن بنكيران أن والد الشاب الراحل من مؤسسي حزب العدالة والتنمية في مدينة الحسيمة، موضحا أنه اتصل بالأسرة وقدم لها التعازي.
وأضاف المصدر أن بنكيران شدد على أن الدولة تتحرك لكشف الحقيقة، داعيا أعضاء حزبه والمتعاطفين مع الشاب إلى الامتناع عن المشاركة في الاحتجاجات، خاصة أن التحقيق قد بدأ.
""", [
    ev("king-orders-inquiry", "الملك محمد السادس أعطى تعليماته لوزير الداخلية محمد حصاد", FUNERAL, "'الأحد 30 أكتوبر' = the Interior ministry's statement of Sun 30 Oct 2016"),
    ev("fikri-death", "راح ضحيته الشاب محسن فكري ليلة الجمعة الماضية", DEATH, "'ليلة الجمعة الماضية' from Sun 30 Oct 2016 = the night of Fri 28 Oct"),
    ev("hassad-conveys-instructions", "نقل إلى عائلة الراحل التعليمات الملكية", FUNERAL, "no own expression; Hassad's visit to the family on the morning of Sun 30 Oct 2016 (alyaoum24: 'صباح اليوم الأحد')"),
    ev("benkirane-comment", "أبدى عبد الإله بنكيران، رئيس الحكومة المعين", "2016-10-29", "no own expression; Benkirane's first comment and his call not to join the protests, on Sat 29 or Sun 30 Oct 2016 (my span)", end="2016-10-31"),
])
art(S, "https://maghress.com/hespress/326634",
    "2016-10-30", "the body's 'صبيحة اليوم الأحد' and 'عصر اليوم الأحد' with 'ليلة أول أمس الجمعة' after the death of Fri 28 Oct 2016 give Sun 30 Oct 2016 (a copy of Hespress on Maghress); headline written from the body (the stored text has none); no date of its own in the text", False, """
الحسيمة تشيع بائع السمك محسن فكري في جنازة مهيبة
لم تعرف مدينة الحسيمة منذ زمن طويل جنازة بهذه المهابة، وهي التي رافقت جثمان بائع السمك محسن فكري الذي قضى طحنا ليلة أول أمس الجمعة داخل شاحنة لجمع النفايات، وقد تجاوز عدد المشيعين 30 ألف شخص بحسب مصادر غير رسمية.
وتحرك موكب الجنازة من المستشفى الإقليمي بالحسيمة على الساعة العاشرة والنصف من صبيحة اليوم الأحد، وتزامن إخراج جثمان الراحل ووضعه في سيارة إسعاف مع وقفة احتجاجية نظمها عشرات من شباب المدينة تنديدا بمقتله.
وكان من المنتظر أن يدفن الراحل بعد ظهر اليوم، غير أن الطريق الذي سلكه الموكب أخر الدفن إلى عصر اليوم، إذ لا تزال جموع المشيعين تمضي راجلة وعلى متن السيارات والشاحنات.
وواصل المشيعون ترديد هتافات "لا إله إلا الله محمد رسول الله" و"لا إله إلا الله والشهيد حبيب الله"، في حين ظهرت نساء كثيرات لم يتمكن من اللحاق بالموكب وهن يرفعن شارات النصر والتوحيد ويطلقن الزغاريد، وهي مشاهد أبكت كثيرا من المشيعين.
وفي إمزورن، مسقط رأس محسن فكري، امتلأت الشوارع بحشود غفيرة من المواطنين تنتظر أن يوارى الراحل الثرى وقت عصر اليوم الأحد في مقبرة المجاهدين.
""", [
    ev("fikri-death", "الذي قضى طحنا ليلة أول أمس الجمعة", DEATH, "'ليلة أول أمس الجمعة' from Sun 30 Oct 2016 = the night of Fri 28 Oct"),
    ev("funeral", "وتحرك موكب الجنازة من المستشفى الإقليمي بالحسيمة", FUNERAL, "'على الساعة العاشرة والنصف من صبيحة اليوم الأحد' = Sun 30 Oct 2016"),
    ev("hospital-protest", "وقفة احتجاجية نظمها عشرات من شباب المدينة", FUNERAL, "at the removal of the body on the morning of Sun 30 Oct 2016"),
    ev("burial-imzouren", "أن يوارى الراحل الثرى وقت عصر اليوم الأحد", FUNERAL, "'وقت عصر اليوم الأحد' = the afternoon of Sun 30 Oct 2016 (the burial took place that day)"),
])
art(S, "https://alafkar.net/news/arab/almlk-mhmd-alsads-ytlb-fth-thkyk-aaagl-fy-anshak-bayaa-asmak-bshahn-alnfayat",
    "2016-11-04", "page date line '04/11/2016' (kept as second line; 4 Nov 2016 was a Friday); the body's 'مع نهاية الأسبوع الماضي' agrees with the death of Fri 28 Oct; headline kept from the page (reworded), the broken image captions dropped; the piece continues beyond the stored excerpt", True, """
الملك محمد السادس يأمر بتحقيق عاجل في مقتل بائع أسماك سحقته شاحنة نفايات
04/11/2016
يذكّر ما وقع في المغرب مع نهاية الأسبوع الماضي كثيرا بما شهدته بلدة سيدي بوزيد التونسية عندما أضرم البائع المتجول محمد البوعزيزي النار في نفسه احتجاجا على الإهانة التي لقيها من عناصر الضابطة المكلفة بالأمن هناك، والضحية هذه المرة بائع أسماك يدعى محسن فكري من أبناء الحسيمة.
وانطلقت القصة حين صادرت السلطات المحلية كميات من السمك اشتراها محسن ليعيد بيعها، ورمتها في شاحنة لجمع القمامة والنفايات، فقفز الشاب إلى داخل الشاحنة محاولا استعادة أسماكه، إلا أن أحدهم شغّل محركها فدارت آلة الفرم والشفط وسحقت عظامه حتى فارق الحياة.
ولم يمض الحادث دون تبعات، إذ اندلعت احتجاجات في البلدة وتجمع المتظاهرون أمام مفوضية الشرطة يرددون الهتافات، ثم التحق بهم محتجون وفدوا من مناطق قريبة من الحسيمة، وتواصل الاحتجاج ساعات.
""", [
    ev("fish-seized", "صادرت السلطات المحلية كميات من السمك اشتراها محسن", DEATH, "'مع نهاية الأسبوع الماضي' from Fri 4 Nov 2016; the seizure of Fri 28 Oct (the other articles)"),
    ev("jump-into-truck", "فقفز الشاب إلى داخل الشاحنة محاولا استعادة أسماكه", DEATH, "the evening of Fri 28 Oct 2016"),
    ev("fikri-death", "وسحقت عظامه حتى فارق الحياة", DEATH, "the night of Fri 28 Oct 2016"),
    ev("night-protest-police-station", "وتجمع المتظاهرون أمام مفوضية الشرطة يرددون الهتافات", DEATH, "no own expression; the gathering in front of the police station began the same night of Fri 28 Oct and lasted hours (my span 28-29 Oct 2016)", end="2016-10-30"),
    ev("bouazizi-self-immolation", "أضرم البائع المتجول محمد البوعزيزي النار في نفسه", "2010-12-17", "no own expression; Bouazizi set himself on fire in Sidi Bouzid on Fri 17 Dec 2010 (outside knowledge)"),
])

# ---------------------------------------------------------------- morocco-tangier-ittihad-first-league-title-2018
S = "morocco-tangier-ittihad-first-league-title-2018"
MATCH = "2018-05-12"                        # IR Tanger 2-1 MAT, round 29, Sat 12 May 2018
art(S, "https://elmwatin.com/434195/%d8%a7%d8%aa%d8%ad%d8%a7%d8%af-%d8%b7%d9%86%d8%ac%d8%a9-%d8%a8%d8%b7%d9%84%d8%a7%d9%8b-%d9%84%d9%84%d8%af%d9%88%d8%b1%d9%8a-%d8%a7%d9%84%d9%85%d8%ba%d8%b1%d8%a8%d9%8a-%d9%84%d8%a3%d9%88%d9%84-%d9%85%d8%b1%d8%a9-%d9%81%d9%8a-%d8%aa%d8%a7%d8%b1%d9%8a%d8%ae%d9%87",
    "2018-05-12", "page date line 'السبت 12/مايو/2018 - 11:41 م' (kept as second line; 12 May 2018 was a Saturday); the body's 'اليوم' agrees; the byline 'محمود سعد' and 'طباعة' dropped, the page's repeated last two sentences kept once; headline kept from the page (reworded)", True, """
اتحاد طنجة يحرز لقب الدوري المغربي للمرة الأولى في تاريخه
السبت 12/مايو/2018 - 11:41 م
أحرز اتحاد طنجة لقب دوري المحترفين المغربي لكرة القدم للمرة الأولى في تاريخه، بعدما تغلب اليوم على ضيفه المغرب التطواني بهدفين مقابل هدف.
وبلغ رصيد اتحاد طنجة 52 نقطة، متقدما بأربع نقاط على أقرب مطارديه حسنية أغادير والوداد البيضاوي، مع بقاء جولة واحدة على ختام المسابقة.
ونزلت جماهير اتحاد طنجة إلى أرضية ملعب طنجة الكبير في شمال البلاد احتفالا باللقب فور انتهاء المباراة.
""", [
    ev("title-clinched", "أحرز اتحاد طنجة لقب دوري المحترفين المغربي", MATCH, "'اليوم' of Sat 12 May 2018 (date line)"),
    ev("win-over-tetouan", "بعدما تغلب اليوم على ضيفه المغرب التطواني", MATCH, "'اليوم' = Sat 12 May 2018"),
    ev("fans-on-pitch", "ونزلت جماهير اتحاد طنجة إلى أرضية ملعب طنجة الكبير", MATCH, "'فور انتهاء المباراة' of Sat 12 May 2018"),
])
art(S, "http://www.achamalpress.com/archives/135728",
    "2018-05-12", "page date line '12 مايو, 2018' (kept as second line; 12 May 2018 was a Saturday); headline kept from the page (reworded), the '(صور)' tag dropped; the last, truncated sentence shortened", True, """
فرح عارم في شوارع طنجة ابتهاجا بلقب البطولة
12 مايو, 2018
ما إن أعلن الحكم نهاية المباراة بفوز اتحاد طنجة على ضيفه المغرب التطواني بهدفين لواحد، وتأكد تعادل الوداد البيضاوي مع أولمبيك آسفي، حتى غزا آلاف الشباب الشوارع الرئيسية والساحات العامة في المدينة، معبرين عن فرحتهم الغامرة بأول تتويج لفريقهم في تاريخه بدرع البطولة الوطنية للأندية الاحترافية للموسم الحالي (2017/2018).
وتوجهت جموع غفيرة من المشجعين الشبان المتحمسين نحو وسط المدينة، ولا سيما شارع محمد الخامس (الولفار)، مطلقين أبواق سياراتهم ومرفعين هدير محركاتها، بينما رقص آخرون جماعات في ساحة الأمم، رمز الفرح والاحتفال، على إيقاع أغان وأهازيج رددها الأنصار تغنيا بهذا الإنجاز التاريخي الذي لم تعرف كرة القدم في المدينة مثله.
ورصدت عدسة "الشمال بريس" آلاف الأنصار والمشجعين، رجالا ونساء وأطفالا، يحملون شعارات الفريق وقمصانه المخططة بالأبيض والأزرق، ويهتفون بأعلى أصواتهم "كمبيونيس.. كمبيونيس" (أي أبطالا أبطالا).
""", [
    ev("win-over-tetouan", "بفوز اتحاد طنجة على ضيفه المغرب التطواني بهدفين لواحد", MATCH, "no own expression; the match of Sat 12 May 2018 (date line)"),
    ev("wydad-draw-safi", "وتأكد تعادل الوداد البيضاوي مع أولمبيك آسفي", MATCH, "no own expression; played the same evening, Sat 12 May 2018"),
    ev("street-celebrations", "غزا آلاف الشباب الشوارع الرئيسية والساحات العامة", MATCH, "right after the final whistle on the evening of Sat 12 May 2018"),
    ev("title-clinched", "بأول تتويج لفريقهم في تاريخه بدرع البطولة", MATCH, "Sat 12 May 2018 (date line)"),
])
art(S, "https://www.syria-24.com/amp/1253/165922-اتحاد-طنجة-يتوج-بطلا-للدوري-المغربي-لأول-مرة-في-تاريخه",
    "2018-05-12", "the body's 'اليوم السبت' with the match of Sat 12 May 2018 (round 29) gives the day; headline kept from the page (reworded); no date of its own in the text", False, """
اتحاد طنجة بطلا للدوري المغربي
فاز اتحاد طنجة بلقب دوري المحترفين المغربي لكرة القدم للمرة الأولى في تاريخه، إثر انتصاره 2-1 على ضيفه وجاره المغرب التطواني، اليوم السبت.
وسجل ثنائية اتحاد طنجة أحمد شنتوف في (د.48) وحمزة الموساوي في (د.60 بالخطأ في مرماه)، في حين وقع مرتضى فال هدف المغرب التطواني في (د.28).
وارتفع رصيد اتحاد طنجة إلى 52 نقطة، بفارق 4 نقاط عن أقرب ملاحقيه حسنية أغادير والوداد البيضاوي، قبل جولة واحدة من النهاية.
وعقب صافرة النهاية، نزلت جماهير اتحاد طنجة إلى أرضية ملعب طنجة الكبير شمال البلاد لتحتفل مع مدرب الفريق إدريس لمرابط والقائد أسامة الغريب.
""", [
    ev("title-clinched", "فاز اتحاد طنجة بلقب دوري المحترفين المغربي", MATCH, "'اليوم السبت' = Sat 12 May 2018"),
    ev("win-over-tetouan", "إثر انتصاره 2-1 على ضيفه وجاره المغرب التطواني، اليوم السبت", MATCH, "'اليوم السبت' = Sat 12 May 2018"),
    ev("fal-goal", "وقع مرتضى فال هدف المغرب التطواني", MATCH, "the 28th minute of the match of Sat 12 May 2018"),
    ev("fans-on-pitch", "نزلت جماهير اتحاد طنجة إلى أرضية ملعب طنجة الكبير", MATCH, "'عقب صافرة النهاية' of Sat 12 May 2018"),
])
art(S, "https://maghress.com/bayanealyaoume/112176",
    "2018-05-14", "the body's 'أول أمس السبت' with the match of Sat 12 May 2018 gives Mon 14 May 2018 (a copy of Bayane Al Yaoume on Maghress; 14 May 2018 was a Monday); headline written from the body (the stored text has none); the last sentences (on the Champions League) dropped; no date of its own in the text", False, """
اتحاد طنجة يتوج بطلا للبطولة الاحترافية
أحرز فريق اتحاد طنجة لقب البطولة الاحترافية "اتصالات المغرب" لكرة القدم لموسم 2017-2018، بعد انتصاره أول أمس السبت بهدفين لواحد على ضيفه المغرب التطواني في ملعب طنجة الكبير، برسم الدورة 29 وقبل الأخيرة.
ووقع هدفي اتحاد طنجة أحمد الشنتوف (د 48) وحمزة الموساوي (د 60 خطأ في مرماه)، فيما سجل للمغرب التطواني المدافع السنغالي مرتضى فال (د 28).
ويعد هذا أول لقب لـ"فارس البوغاز" منذ تأسيسه سنة 1983 باندماج فريقي رجاء ميناء طنجة ونهضة طنجة، ليتجاوز أفضل ما حققه في قسم الصفوة منذ صعوده إليه سنة 1986، حين أنهى موسم 1989-1990 في مركز الوصيف خلف الوداد البطل.
واستفاد اتحاد طنجة من تعثر الوداد، مطارده المباشر، خارج ميدانه أمام أولمبيك آسفي بالتعادل هدفا لمثله، فوسع الفارق إلى 4 نقاط وضمن اللقب رسميا حتى لو خسر مباراته الأخيرة أمام شباب ريف الحسيمة.
ورفع الفريق الطنجي رصيده إلى 52 نقطة من 14 فوزا و10 تعادلات و5 هزائم، وسجل 34 هدفا واستقبل 21 فقط ليكون أقوى خط دفاع.
""", [
    ev("title-clinched", "أحرز فريق اتحاد طنجة لقب البطولة الاحترافية", MATCH, "'أول أمس السبت' from Mon 14 May 2018 = Sat 12 May"),
    ev("win-over-tetouan", "بعد انتصاره أول أمس السبت بهدفين لواحد", MATCH, "'أول أمس السبت' from Mon 14 May 2018 = Sat 12 May"),
    ev("fal-goal", "سجل للمغرب التطواني المدافع السنغالي مرتضى فال", MATCH, "the match of Sat 12 May 2018"),
    ev("club-founded", "منذ تأسيسه سنة 1983", "1983-01-01", "'سنة 1983' = the year 1983", end="1984-01-01"),
    ev("promotion-to-top-flight", "منذ صعوده إليه سنة 1986", "1986-01-01", "'سنة 1986' = the year 1986", end="1987-01-01"),
    ev("wydad-draw-safi", "تعثر الوداد، مطارده المباشر، خارج ميدانه أمام أولمبيك آسفي", MATCH, "no own expression; the same round, Sat 12 May 2018"),
])

# ---------------------------------------------------------------- morocco-guelmim-floods-2014
S = "morocco-guelmim-floods-2014"
FLOODS = ("2014-11-22", "2014-11-24")       # the deadly floods of Sat 22 - Sun 23 Nov 2014 (Tilmadrat and Timsourt wadis)
TOLL47 = "2014-12-02"                       # the Interior ministry's statement of Tue 2 Dec 2014 (47 dead)
art(S, "https://rassd.com/122261.htm",
    "2014-11-24", "the body's 'في وقت متأخر من ليل الأحد الاثنين' (the statement) and 'يوم أمس الأحد' (the royal instructions of Sun 23 Nov 2014) give Mon 24 Nov 2014 (an Anadolu report); headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
17 قتيلا و18 مفقودا في سيول جنوب المغرب
بلغت حصيلة ضحايا السيول والفيضانات التي اجتاحت جنوب المغرب 17 قتيلا و18 مفقودا، فضلا عن انهيار 83 منزلا، وفق بيان لوزارة الداخلية المغربية.
وبين البيان، الذي نقلته الوكالة المغربية الرسمية في وقت متأخر من ليل الأحد الاثنين، أن 13 شخصا من أصل 17 توفوا جراء سيول الأودية كانوا بإقليم كلميم (جنوب غربي المغرب).
وأضاف أن 18 شخصا، منهم 15 في كلميم، ما زالوا في عداد المفقودين، وأن البحث عنهم متواصل.
وأشارت الداخلية المغربية إلى أن عمليات التدخل الجوي والبري التي قامت بها السلطات والجيش أتاحت إغاثة 200 شخص كانوا في وضعية خطر.
وأفاد مسؤول محلي في وزارة الداخلية المغربية، طلب عدم ذكر اسمه، للأناضول بأن مروحية تابعة للقوات المسلحة الملكية أنقذت قرابة 40 شخصا، بينهم فرنسي وفرنسية، كانوا عالقين في منطقة "واعرون" جنوب مدينة كلميم.
وكان العاهل المغربي قد وجه، يوم أمس الأحد، تعليماته إلى السلطات المختصة لاتخاذ الإجراءات الفورية اللازمة لتقديم كل أشكال الدعم للسكان المتضررين من الفيضانات في بعض جهات المملكة، حسب بلاغ للديوان الملكي أوردته الوكالة الرسمية.
""", [
    ev("interior-toll-17", "الذي نقلته الوكالة المغربية الرسمية في وقت متأخر من ليل الأحد الاثنين", "2014-11-23", "'في وقت متأخر من ليل الأحد الاثنين' = the night of Sun 23 to Mon 24 Nov 2014", end="2014-11-25"),
    ev("flood-deaths", "توفوا جراء سيول الأودية كانوا بإقليم كلميم", FLOODS[0], "no own expression; the floods of Sat 22 - Sun 23 Nov 2014 (tizpress/le360: 'يومي السبت والأحد الماضيين')", end=FLOODS[1]),
    ev("ouaaroun-airlift", "أنقذت قرابة 40 شخصا، بينهم فرنسي وفرنسية", "2014-11-23", "no own expression; the airlift of Ouaaroun on Sun 23 Nov 2014 (ainikhbaria: 'أمس الأحد')"),
    ev("royal-instructions", "وكان العاهل المغربي قد وجه، يوم أمس الأحد، تعليماته", "2014-11-23", "'يوم أمس الأحد' from Mon 24 Nov 2014 = Sun 23 Nov"),
])
art(S, "https://maghress.com/attajdid/124739",
    "2014-11-24", "the body's 'يوم الاثنين 24 نونبر' with 'صباح اليوم' of the same statement (MAP) gives Mon 24 Nov 2014 (24 Nov 2014 was a Monday; a copy of Attajdid on Maghress); headline written from the body (the stored text has none)", True, """
الداخلية: 32 قتيلا في الأمطار الأخيرة منهم 24 بإقليم كلميم
ذكر بلاغ لوزارة الداخلية، يوم الاثنين 24 نونبر، أن الأمطار التي تهاطلت على بعض جهات المملكة تسببت في وفاة 32 شخصا، بينهم 24 في إقليم كلميم.
وبين المصدر نفسه، بحسب وكالة المغرب العربي للأنباء، أن عمليات البحث لا تزال جارية عن 6 أشخاص آخرين يعدون في حكم المفقودين.
وأورد البلاغ أن عمليات الإنقاذ أتاحت إلى حد الآن إنقاذ 214 شخصا، من بينهم 14 جرى انتشالهم صباح اليوم بطائرات مروحية تابعة للدرك الملكي.
""", [
    ev("interior-toll-32", "ذكر بلاغ لوزارة الداخلية، يوم الاثنين 24 نونبر", "2014-11-24", "'يوم الاثنين 24 نونبر' = Mon 24 Nov 2014"),
    ev("flood-deaths", "تسببت في وفاة 32 شخصا، بينهم 24 في إقليم كلميم", FLOODS[0], "no own expression; the floods of Sat 22 - Sun 23 Nov 2014", end=FLOODS[1]),
    ev("helicopter-rescue-14", "جرى انتشالهم صباح اليوم بطائرات مروحية", "2014-11-24", "'صباح اليوم' of the statement of Mon 24 Nov 2014"),
])
art(S, "https://www.masress.com/moheet/2181622",
    "2014-12-02", "the body's 'اليوم الثلاثاء' for the Interior statement on 47 dead, issued on Tue 2 Dec 2014 (Ennahar: 'في بيان الثلاثاء 2 ديسمبر'; 2 Dec 2014 was a Tuesday); a copy of Moheet on Masress; headline written from the body (the stored text has none); the compass notes after the last town names shortened; no date of its own in the text", False, """
ارتفاع حصيلة ضحايا سيول جنوب المغرب إلى 47 قتيلا
أعلنت السلطات المغربية أن نحو 11 شخصا فارقوا الحياة، الأسبوع الماضي، بسبب انهيار منازل طينية والغرق في السيول التي اجتاحت مناطق في جنوب البلاد، ليصل العدد الإجمالي لضحايا هذه السيول إلى 47.
وأوضح بيان لوزارة الداخلية المغربية صدر اليوم الثلاثاء أن البحث ما زال متواصلا عن شخصين آخرين في عداد المفقودين، في وقت تستمر فيه عمليات الإنقاذ بالمناطق المنكوبة، وقد تمكنت السلطات من إنقاذ حياة 1093 شخصا، كما أجلت "احترازا" 1690 من سكان المناطق الخطرة.
وكانت السلطات المغربية قد أعلنت في آخر حصيلة لها، قبل أيام، أن عدد ضحايا الفيضانات الأخيرة في بعض مناطق الجنوب المغربي بلغ 36 شخصا جرفتهم الأودية والسيول، لا سيما في منطقة كلميم (جنوب غرب).
وكانت السيول قد غمرت مدينة كلميم في جنوب المغرب وحاصرت قرى كثيرة مجاورة، كما أدت الأمطار والاضطرابات الجوية إلى قطع الطرق المؤدية إلى مدن سيدي يفني وتيزنيت وطاطا ووارزازات والصويرة ومراكش.
""", [
    ev("second-wave-11-deaths", "أن نحو 11 شخصا فارقوا الحياة، الأسبوع الماضي", "2014-11-24", "'الأسبوع الماضي' from Tue 2 Dec 2014 = the week of Mon 24 - Sun 30 Nov (the second storm; my span up to 1 Dec)", end="2014-12-02"),
    ev("interior-toll-47", "بيان لوزارة الداخلية المغربية صدر اليوم الثلاثاء", TOLL47, "'اليوم الثلاثاء' = Tue 2 Dec 2014"),
    ev("evacuation-1690", "كما أجلت \"احترازا\" 1690 من سكان المناطق الخطرة", "2014-11-28", "no own expression; the preventive evacuations of the second storm, counted in the statement of Tue 2 Dec 2014 (my span 28 Nov - 2 Dec)", end="2014-12-03"),
    ev("flood-deaths", "بلغ 36 شخصا جرفتهم الأودية والسيول", FLOODS[0], "no own expression; the deaths of the floods of Sat 22 - Sun 23 Nov 2014 ('قبل أيام' is the announcement of the count)", end=FLOODS[1]),
    ev("guelmim-inundated", "وكانت السيول قد غمرت مدينة كلميم في جنوب المغرب", FLOODS[0], "no own expression; the floods of Sat 22 - Sun 23 Nov 2014", end=FLOODS[1]),
])
art(S, "https://djazairess.com/ennahar/228753",
    "2014-12-02", "the body's 'في بيان الثلاثاء 2 ديسمبر' (kept; 2 Dec 2014 was a Tuesday): an AFP report of the statement's day, copied by Ennahar (on Djazairess); headline written from the body (the stored text has none)", True, """
حصيلة فيضانات المغرب ترتفع إلى 47 قتيلا
ارتفع عدد ضحايا الفيضانات والأمطار الغزيرة في المغرب إلى 47 قتيلا على الأقل.
وأعلنت وزارة الداخلية المغربية، في بيان الثلاثاء 2 ديسمبر، وفاة 11 شخصا، في حين يتواصل البحث عن اثنين آخرين يعدان في عداد المفقودين، ليبلغ عدد ضحايا الفيضانات منذ الشهر الماضي 47 قتيلا.
وأضاف البيان أن 1690 شخصا ممن يسكنون مناطق خطرة جرى إجلاؤهم كإجراء احترازي، لا سيما في أقاليم كلميم وشتوكة آيت باها وتارودانت والسمارة.
وأغرقت السيول مدنا عدة وقطعت الطرق وهدمت الجسور، خصوصا في مدينة أغادير السياحية، غير أن كلميم عرفت الوضع الأسوأ، ما دفع السلطات إلى إعلانها منطقة منكوبة.
وبحسب وسائل الإعلام المحلية، فإن فيضانات هذا العام هي الأسوأ منذ ثلاثين عاما.
""", [
    ev("interior-toll-47", "وأعلنت وزارة الداخلية المغربية، في بيان الثلاثاء 2 ديسمبر", TOLL47, "'الثلاثاء 2 ديسمبر' = Tue 2 Dec 2014"),
    ev("second-wave-11-deaths", "وفاة 11 شخصا، في حين يتواصل البحث", "2014-11-24", "no own expression; the deaths of the second storm before the statement of Tue 2 Dec 2014 (my span 24 Nov - 1 Dec)", end="2014-12-02"),
    ev("evacuation-1690", "1690 شخصا ممن يسكنون مناطق خطرة جرى إجلاؤهم", "2014-11-28", "no own expression; counted in the statement of Tue 2 Dec 2014 (my span 28 Nov - 2 Dec)", end="2014-12-03"),
    ev("disaster-zone-declared", "ما دفع السلطات إلى إعلانها منطقة منكوبة", "2014-11-23", "no own expression; Guelmim declared a disaster zone after the first floods, before the new rains of the last days of November (almanar) (my span 23-29 Nov 2014)", end="2014-11-30"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 399
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

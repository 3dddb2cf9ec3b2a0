"""Builds stories.jsonl: the 315-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: concerts and music festivals: the 42nd Timgad festival and
its opening night halted by a sound failure (Algeria, July 2022), Mohammed Abdu's AlUla concert called off for
illness and taken over by Rabeh Saqer (Saudi Arabia, May 2025), the postponement of the 32nd Arab Music Festival
at the Cairo Opera House (Egypt, October 2023), and the suspension of the 2025 Beiteddine festival while Byblos
kept its programme (Lebanon, June 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-timgad-festival-opening-blackout-2022
S = "algeria-timgad-festival-opening-blackout-2022"
PARADE = "2022-07-27"                      # the street parade in Batna that opened the 42nd edition, Wed 27 Jul 2022
OPENING = "2022-07-28"                     # the opening ceremony in Timgad, Thu 28 Jul 2022, halted by a sound failure
MEASURES = "2022-07-29"                    # the festival's apology and the ministry's measures, Fri 29 Jul 2022
FIRST_NIGHT = "2022-07-29"                 # the first full soiree (Mira Mikhael ...), Fri 29 Jul 2022
CLOSING = "2022-08-01"                     # the new last night, Mon 1 Aug 2022 (instead of Sun 31 Jul)
RUN = ("2022-07-27", "2022-08-02")         # the edition as held: Wed 27 Jul - Mon 1 Aug 2022
art(S, "https://al-akhbar.com/Literature_Arts/342172/الجزائر-عودة-تيمقاد-بعد-عامي",
    "2022-07-28", "no date on the stored page; the body's 'مساء أمس الأربعاء' for the opening parade and 'تبدأ الفعاليات اليوم الخميس' for the opening show give Thu 28 Jul 2022 (the edition ran from Wed 27 Jul, echaab 20 Jul 2022: 'بداية من الأربعاء 27 جويلية'); headline written from the URL slug; the last, truncated sentence dropped; no date of its own in the text", False, """
الجزائر: عودة مهرجان تيمقاد بعد عامين من الغياب
عاد المهرجان الثقافي الدولي «تيمقاد»، الذي يُعدّ من أبرز المواعيد الفنية والسياحية في الجزائر، في دورته الثانية والأربعين بعد توقف دام عامين بسبب جائحة فيروس كورونا.
وعاشت مدينة باتنة مساء أمس الأربعاء على وقع احتفال فني في الهواء الطلق، جابت فيه فرق عديدة الشوارع بلوحات فلكلورية وموسيقية، من الساحة المجاورة لمسجد أول نوفمبر حتى ساحة الشهداء.
وصرّح المكلف بالإعلام في المهرجان، رشيد حماتو، لقناة «الجزائر الدولية» بأن «العودة أصعب من الانطلاقة، لا سيما في ظل الظروف الراهنة».
وتابع: «عُرف المهرجان باستقبال كبار النجوم، غير أننا نراهن في هذه الدورة على الأسماء الوطنية، وكلهم نجوم».
ويشمل برنامج المهرجان، الذي يتواصل حتى 31 تموز (يوليو) الحالي، سهرات غنائية وموسيقية يحييها فنانون جزائريون، إلى جانب اللبنانية ميرا ميخائيل والفلسطيني هيثم خلايلي.
ومن أبرز الأصوات الجزائرية الشابة في البرنامج موح ميلانو وجليل باليرمو وديدين كانون 16، فضلا عن ياسمين عماري وسعاد الشاوية ونعيمة الدزيرية.
وتنطلق الفعاليات اليوم الخميس بالعرض الفني «تحويسة» للمخرج فوزي بن إبراهيم، الذي يشارك فيه عبد الصمد بخدة وعائشة بن عبو وحسام زناتي وسيليا ولد موحند ومحمد جفال.
""", [
    ev("covid-hiatus", "بعد توقف دام عامين بسبب جائحة فيروس كورونا", "2020-01-01", "'عامين' = the editions of 2020 and 2021 were not held (the 41st was in summer 2019); my span the years 2020-2021", end="2022-01-01"),
    ev("street-parade", "وعاشت مدينة باتنة مساء أمس الأربعاء على وقع احتفال فني", PARADE, "'مساء أمس الأربعاء' from Thu 28 = Wed 27 Jul 2022"),
    ev("festival-run", "ويشمل برنامج المهرجان، الذي يتواصل حتى 31 تموز (يوليو) الحالي", RUN[0], "'حتى 31 تموز (يوليو) الحالي' is the planned end; the edition as held ran Wed 27 Jul - Mon 1 Aug 2022 (extended on Fri 29 Jul)", end=RUN[1]),
    ev("opening-ceremony", "وتنطلق الفعاليات اليوم الخميس بالعرض الفني «تحويسة»", OPENING, "'اليوم الخميس' = Thu 28 Jul 2022 (the opening show, halted that night)"),
])
art(S, "https://www.eremnews.com/entertainment/2395564",
    "2022-07-29", "page line 'تاريخ النشر: 29 يوليو 2022 11:54 GMT' (kept as second line; 29 Jul 2022 was a Friday); the update line, the image tag and the last, truncated sentence dropped; headline kept from the page", True, """
الجزائر.. عطل تقني يربك افتتاح مهرجان «تيمقاد» الدولي ويغضب الجمهور
تاريخ النشر: 29 يوليو 2022 11:54 GMT
أدى توقف حفل افتتاح مهرجان «تيمقاد» الدولي جراء خلل تقني إلى حالة من الارتباك، وأثار جدلا وانتقادات، كما دفع وزيرة الثقافة إلى مغادرة الحفل.
فبعد نحو نصف ساعة من بدء حفل افتتاح المهرجان، الذي يُعدّ من أبرز التظاهرات الثقافية في الجزائر، عمّ الارتباك بسبب انقطاع التيار الكهربائي وسط ذهول الحاضرين، فغادرت وزيرة الثقافة الجزائرية صورية مولوجي ومعها عدد كبير من الجمهور.
وشدّد مدير المهرجان على أن كل الاحتياطات والإجراءات قد اتُّخذت، مؤكدا أنه لم يفهم أسباب انقطاع الكهرباء.
وأصدرت إدارة المهرجان بيانا اعتذرت فيه وأبدت أسفها لما وقع في افتتاح الدورة 42، معزية ذلك إلى خطأ تقني وصفته بأنه «خارج تماما عن سيطرتنا».
""", [
    ev("opening-halted", "أدى توقف حفل افتتاح مهرجان «تيمقاد» الدولي جراء خلل تقني", OPENING, "no own expression; the opening night of Thu 28 Jul 2022 (elkhabar: 'سهرة الخميس')"),
    ev("minister-left", "فغادرت وزيرة الثقافة الجزائرية صورية مولوجي", OPENING, "no own expression; about half an hour into the opening of Thu 28 Jul 2022"),
    ev("director-comment", "وشدّد مدير المهرجان على أن كل الاحتياطات", OPENING, "no own expression; the commissioner's words after the halted opening (echaab 29 Jul quotes him the same night); my span Thu 28 - Fri 29 Jul 2022", end="2022-07-30"),
    ev("apology-statement", "وأصدرت إدارة المهرجان بيانا اعتذرت فيه", MEASURES, "no own expression; the festival's apology of Fri 29 Jul 2022 (elkhabar: 'وأوضحت محافظة المهرجان اليوم الجمعة، في بيان')"),
])
art(S, "https://djalia-dz.com/%D9%85%D9%87%D8%B1%D8%AC%D8%A7%D9%86-%D8%AA%D9%8A%D9%85%D9%82%D8%A7%D8%AF-%D9%87%D8%B0%D9%87-%D9%82%D8%B1%D8%A7%D8%B1%D8%A7%D8%AA-%D8%A7%D9%84%D9%88%D8%B2%D8%A7%D8%B1%D8%A9-%D8%A8%D8%B9%D8%AF-%D8%AD",
    "2022-07-29", "the body's 'ابتداء من سهرة اليوم 29 جويلية 2022' (kept; 29 Jul 2022 was a Friday); the site's banner date 'الأحد, نوفمبر 24, 2024' (the day the page was stored, not its date), the sub-headings and the 'see also' link dropped; headline re-worded from the page's", True, """
مهرجان تيمقاد: ما قررته الوزارة بعد حادثة انقطاع الصوت
اتخذت وزارة الثقافة جملة من الإجراءات إثر توقف أجهزة الصوت في سهرة افتتاح الطبعة الـ 42 من مهرجان تيمقاد الدولي سهرة الخميس.
وبحسب بيان الوزارة، فُتح تحقيق معمّق في أسباب العطل التقني الذي أوقف أجهزة الصوت كليا، وذلك بتنسيق تام مع السلطات المحلية.
وأُسند إلى الديوان الوطني للثقافة والإعلام التكفل الكامل بالجانب التقني للمهرجان ابتداء من سهرة اليوم 29 جويلية 2022، إلى غاية نهاية المهرجان.
وقررت الوزارة كذلك إعادة برمجة حفل الافتتاح، وجعل الدخول إلى السهرات مجانيا طوال فترة المهرجان.
كما مُدّد المهرجان إلى غاية يوم 1 أوت 2022، بدلا من تاريخ 31 جويلية الذي كان مبرمجا مسبقا.
وكان حفل افتتاح الطبعة الـ42 قد شهد انقطاعا في التيار الكهربائي وتوقفا لأجهزة الصوت في السهرة المقامة ليلة الخميس، بحضور وزيرة الثقافة والفنون صورية مولوجي، التي غادرت المهرجان بعد ما حدث.
""", [
    ev("opening-halted", "إثر توقف أجهزة الصوت في سهرة افتتاح الطبعة الـ 42", OPENING, "'سهرة الخميس' = Thu 28 Jul 2022"),
    ev("ministry-measures", "اتخذت وزارة الثقافة جملة من الإجراءات", MEASURES, "no own expression; the ministry's statement of Fri 29 Jul 2022 (it names 'سهرة اليوم 29 جويلية 2022')"),
    ev("onci-takeover", "ابتداء من سهرة اليوم 29 جويلية 2022، إلى غاية نهاية المهرجان", FIRST_NIGHT, "'ابتداء من سهرة اليوم 29 جويلية 2022، إلى غاية نهاية المهرجان' = Fri 29 Jul - Mon 1 Aug 2022", end=RUN[1]),
    ev("closing-night", "كما مُدّد المهرجان إلى غاية يوم 1 أوت 2022", CLOSING, "'يوم 1 أوت 2022' (a Monday) = the new last day"),
    ev("minister-left", "التي غادرت المهرجان بعد ما حدث", OPENING, "no own expression; the minister left the halted opening of 'ليلة الخميس' = Thu 28 Jul 2022"),
])
art(S, "https://aljazayr.com/art-et-culture/158898.html",
    "2022-07-30", "no date on the stored page; the body's 'انطلقت مساء أمس الجمعة أولى ليالي' (the first soiree after the halted opening of Thu 28 Jul, held on Fri 29 Jul 2022 as the ministry's statement of that day announced) gives Sat 30 Jul 2022; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
انطلاق أولى سهرات مهرجان تيمقاد الدولي بعد تعثر الافتتاح
بحلّة جديدة وطابع مختلف عن دوراته السابقة، انطلقت مساء أمس الجمعة أولى ليالي مهرجان تيمقاد الدولي، الذي تحتضن ولاية باتنة طبعته الثانية والأربعين إلى غاية الفاتح من شهر أوت الجاري، بمشاركة نخبة من نجوم الأغنية الجزائرية والعربية.
وامتلأت مدرجات مسرح الهواء الطلق المجاور للموقع الأثري بجمهور غفير من العائلات والشباب، تفاعل مع أجواء الأمسية الأولى التي أحياها عدد من الفنانين.
وافتتحت السهرات الفنانة اللبنانية ميرا ميخائيل، التي وصفت الاستقبال بالرائع في أول زيارة لها إلى الجزائر وتيمقاد، وقدّمت لجمهور تاموقادي باقة من أغانيها.
وكان عشاق التظاهرة على موعد مع ريبرتوار فرقة العيساوة وماسينيسا ونعيمة الجزائرية، فيما ألهب ياسمينة عماري وموح ميلانو و«أم سي أرتيزان» المسرح، وسط جمهور رقص وغنى في المدرجات على أضواء الهواتف النقالة.
وكانت وزيرة الثقافة والفنون صورية مولوجي، بحضور وزير السياحة والصناعات التقليدية ياسين حمادي، قد أعطت ليلة الخميس إشارة انطلاق المهرجان الثقافي الدولي تيمقاد في طبعته لسنة 2022، قبل أن تتوقف السهرة بسبب خلل تقني عطّل أجهزة الصوت كليا رغم المحاولات الحثيثة لإصلاحها.
""", [
    ev("first-soiree", "انطلقت مساء أمس الجمعة أولى ليالي مهرجان تيمقاد الدولي", FIRST_NIGHT, "'مساء أمس الجمعة' from Sat 30 = Fri 29 Jul 2022"),
    ev("closing-night", "إلى غاية الفاتح من شهر أوت الجاري", CLOSING, "'الفاتح من شهر أوت' = Mon 1 Aug 2022 (the new last day; 'الجاري' is the writer's slip, the page is of 30 Jul)"),
    ev("mira-mikhael-concert", "وافتتحت السهرات الفنانة اللبنانية ميرا ميخائيل", FIRST_NIGHT, "no own expression; the first soiree of Fri 29 Jul 2022"),
    ev("opening-ceremony", "قد أعطت ليلة الخميس إشارة انطلاق المهرجان", OPENING, "'ليلة الخميس' = Thu 28 Jul 2022"),
    ev("opening-halted", "قبل أن تتوقف السهرة بسبب خلل تقني", OPENING, "no own expression; the same night, Thu 28 Jul 2022"),
])

# ---------------------------------------------------------------- saudi-mohammed-abdu-alula-concert-cancelled-2025
S = "saudi-mohammed-abdu-alula-concert-cancelled-2025"
CONCERT = "2025-05-23"                     # the AlUla concert, Fri 23 May 2025, sung by Rabeh Saqer instead
VIDEO = "2025-05-22"                       # Mohammed Abdu's apology video on Rotana's accounts, Thu 22 May 2025
ILLNESS = ("2025-05-12", "2025-05-23")     # 'من 10 أيام' / 'على مدى 10 أيام' before the video (my span)
ROTANA = ("2025-05-21", "2025-05-23")      # Rotana's notice; out by Thu 22 May (my span 21-22 May)
art(S, "https://etbilarabi.com/%D9%85%D9%88%D8%B3%D9%8A%D9%82%D9%89/%D9%85%D8%AD%D9%85%D8%AF-%D8%B9%D8%A8%D8%AF%D9%87-%D9%8A%D8%B7%D9%85%D8%A6%D9%86-%D8%A7%D9%84%D8%AC%D9%85%D9%87%D9%88%D8%B1-%D8%B9%D9%84%D9%89-%D8%B5%D8%AD%D8%AA%D9%87-%D8%B9%D9%86%D8%AF%D9%8A-%D8%AD%D8%B3%D8%A7%D8%B3%D9%8A%D8%A9-%D8%A7%D9%84%D8%B1%D8%A8%D9%88",
    "2025-05-22", "no date on the stored page; the body's 'أطلّ محمد عبده اليوم' and 'الحفل الذي كان مُقرراً إقامته يوم غد الجمعة في العلا' (the concert of Fri 23 May 2025, dated so by Rotana's notice) give Thu 22 May 2025, the day sobranews gives for the video ('أمس الخميس'); headline written from the URL slug; sub-headings and the last, truncated section dropped; no date of its own in the text", False, """
محمد عبده يطمئن الجمهور على صحته: عندي حساسية الربو
بعد وعكة صحية شديدة ألمّت به في الأيام الماضية وألزمته منزله لتلقي العلاج، ظهر محمد عبده اليوم لجمهوره في مقطع فيديو عبر مواقع التواصل الاجتماعي، أوضح فيه سبب إلغاء الحفل الذي كان مقررا أن يحييه يوم غد الجمعة في العلا.
وأبدى فنان العرب أسفه لجمهوره في المقطع الذي نشره حساب روتانا على إنستغرام، وبيّن أنه أجّل الحفل بسبب المرض، إذ حاول علاج نفسه بتكثيف الأدوية دون أن يتحسن.
وقال إنه حاول من 10 أيام أن يريح صدره، لكنه يعاني حساسية الربو، وإن الحفلة الموسيقية كانت ستتحول إلى «حفلة كحّة».
وأضاف أنه بذل ما في وسعه ليتعافى بتكثيف العلاج لكنه لم يفلح، طالبا من جمهوره السماح والعذر، ومتمنيا لقاءهم في حفلات قادمة.
ومن جهته، طمأن عبدالرحمن عبده الجمهور منذ ساعات على صحة والده، في منشور على حسابه في منصة إكس، مؤكدا أن ما أصابه مجرد عارض صحي سببه الإنفلونزا، ونافيا صحة كل ما يُتداول خلاف ذلك، وشاكرا كل من سأل عنه وتواصل معه.
""", [
    ev("abdu-video", "ظهر محمد عبده اليوم لجمهوره في مقطع فيديو", VIDEO, "'اليوم' = Thu 22 May 2025"),
    ev("alula-concert", "الحفل الذي كان مقررا أن يحييه يوم غد الجمعة في العلا", CONCERT, "'يوم غد الجمعة' from Thu 22 = Fri 23 May 2025"),
    ev("asthma-illness", "حاول من 10 أيام أن يريح صدره", ILLNESS[0], "'من 10 أيام' before the video of Thu 22 May 2025; my span 12-22 May", end=ILLNESS[1]),
    ev("son-reassurance", "طمأن عبدالرحمن عبده الجمهور منذ ساعات", VIDEO, "'منذ ساعات' = earlier on Thu 22 May 2025"),
])
art(S, "https://classyegy.com/107289",
    "2025-05-23", "the body's 'والذي كان من المقرر إقامته اليوم الجمعة 23 مايو' (kept; 23 May 2025 was a Friday); byline 'كتبت: مروة حسن' and the last, truncated sentence dropped; headline re-worded from the page's", True, """
محمد عبده يعتذر عن حفل العُلا بروح مرحة بعد أزمة صحية
بعث فنان العرب محمد عبده برسالة مؤثرة طمأن فيها جمهوره، إثر أزمة صحية مفاجئة سببتها نوبة حادة من حساسية الربو، أجبرته على الاعتذار عن إحياء حفله المنتظر في مدينة العُلا، الذي كان مقررا اليوم الجمعة 23 مايو.
وظهر عبده في مقطع فيديو قصير نشرته شركة "روتانا" للصوتيات والمرئيات على حسابها الرسمي في "إنستغرام"، وقد بدا عليه التعب من السعال والإرهاق، من غير أن يفقد خفة ظله.
وأوضح أنه حاول على مدار 10 أيام تكثيف الأدوية والعلاج أملا في استعادة قدرته على الغناء وإقامة الحفل، غير أن السعال اشتد بسبب حساسية الربو التي يعانيها.
وقال مازحا إنه لو لم يعتذر لتحولت الحفلة الطربية إلى "حفلة كحة"، داعيا جمهوره إلى انتظاره في حفلات أخرى قريبة جدا.
وبالتزامن مع إعلان تأجيل الحفل، أصدرت "روتانا" بيانا رسميا أكدت فيه أن الفنان يمر بعارض صحي طارئ يستدعي الراحة التامة والرعاية الطبية.
وأشارت إلى أن الفنان رابح صقر سيحل ضيفا على جمهور العُلا بدلا من محمد عبده، نزولا عند رغبة الأخير وتقديرا للجمهور.
""", [
    ev("alula-concert", "الذي كان مقررا اليوم الجمعة 23 مايو", CONCERT, "'اليوم الجمعة 23 مايو' = Fri 23 May 2025"),
    ev("abdu-video", "وظهر عبده في مقطع فيديو قصير نشرته شركة", VIDEO, "no own expression; the video of Thu 22 May 2025 (sobranews: 'أمس الخميس')"),
    ev("asthma-illness", "حاول على مدار 10 أيام تكثيف الأدوية", ILLNESS[0], "'على مدار 10 أيام' before the video of Thu 22 May 2025; my span 12-22 May", end=ILLNESS[1]),
    ev("rotana-statement", "أصدرت \"روتانا\" بيانا رسميا", ROTANA[0], "no own expression ('بالتزامن مع إعلان تأجيل الحفل'); Rotana's notice was out by Thu 22 May 2025 (etbilarabi of that day already names Rabeh Saqer); my span 21-22 May", end=ROTANA[1]),
    ev("saqer-replaces", "الفنان رابح صقر سيحل ضيفا على جمهور العُلا", CONCERT, "no own expression; Rabeh Saqer sings the AlUla concert of Fri 23 May 2025"),
])
art(S, "https://www.sobranews.com/?p=333171",
    "2025-05-23", "the body's 'الذي كان من المقرر أن يحييه اليوم الجمعة' with 'اليوم الجمعة، 23 مايو 2025' in the quoted notice (both kept; 23 May 2025 was a Friday) and 'أمس الخميس' for the video; the tag 'إكس: صُبرة' dropped; headline re-worded from the page's", True, """
محمد عبده يعتذر عن «حفلة الكحّة».. ورابح صقر بديلا
بعث الفنان محمد عبده برسالة فيديو أمس الخميس طمأن فيها جمهوره على صحته، بعد الإعلان عن إلغاء الحفل الذي كان سيحييه اليوم الجمعة في مدينة العلا، بسبب وعكة صحية ألمّت به.
وذكر عبده، في المقطع الذي نشره الحساب الرسمي لشركة "روتانا" على منصة إكس، أنه سعى على مدى 10 أيام إلى التعافي من حساسية الربو التي يعانيها حاليا، لكنه لم ينجح رغم تكثيف الأدوية.
وقال ممازحا إن الحفلة الموسيقية كانت ستصبح "حفلة كحة"، ملتمسا العذر من جمهوره.
ونشر حساب روتانا بيانا مقتضبا أعرب فيه عن الأسف لإبلاغ جمهور فنان العرب، الذين كانوا ينتظرون حفله في العلا اليوم الجمعة، 23 مايو 2025، بأن الفنان الكبير لن يتمكن من إحياء الحفل كما كان مقررا بسبب وعكة صحية مفاجئة، داعيا له بالشفاء العاجل.
وأضاف البيان أنه بناء على طلب عبده، وبالتنسيق مع منظمي الحفل، دُعي الفنان رابح صقر، رفيق دربه وأول الداعمين لأبو نورة، ليكون ضيف هذه الليلة ويحيي الحفل.
""", [
    ev("abdu-video", "بعث الفنان محمد عبده برسالة فيديو أمس الخميس", VIDEO, "'أمس الخميس' from Fri 23 = Thu 22 May 2025"),
    ev("alula-concert", "الحفل الذي كان سيحييه اليوم الجمعة في مدينة العلا", CONCERT, "'اليوم الجمعة' = Fri 23 May 2025 (the notice: 'اليوم الجمعة، 23 مايو 2025')"),
    ev("asthma-illness", "سعى على مدى 10 أيام إلى التعافي", ILLNESS[0], "'على مدى 10 أيام' before the video of Thu 22 May 2025; my span 12-22 May", end=ILLNESS[1]),
    ev("rotana-statement", "ونشر حساب روتانا بيانا مقتضبا", ROTANA[0], "no own expression; Rotana's notice, out by Thu 22 May 2025; my span 21-22 May", end=ROTANA[1]),
    ev("saqer-replaces", "ليكون ضيف هذه الليلة ويحيي الحفل", CONCERT, "'هذه الليلة' = the night of the concert, Fri 23 May 2025"),
])

# ---------------------------------------------------------------- egypt-arab-music-festival-32-postponed-2023
S = "egypt-arab-music-festival-32-postponed-2023"
PRESS = "2023-10-09"                       # the press conference at the Opera's Small Theatre, Mon 9 Oct 2023
POSTPONED = "2023-10-15"                   # the Minister of Culture's decision to postpone, Sun 15 Oct 2023
PLANNED = ("2023-10-24", "2023-11-03")     # the planned edition, Tue 24 Oct - Thu 2 Nov 2023 (not held then)
CENTENARY = "2023-10-21"                   # the planned celebration of the Arab Music Institute's centenary, Sat 21 Oct 2023
art(S, "https://algomhuria-algdeda.com/?p=151991",
    "2023-10-09", "no date on the stored page; the body's 'انطلق اليوم المؤتمر الصحفي' for the press conference set for 'الاثنين 9 أكتوبر' at 13:30 (ehelakhbar, Thu 5 Oct 2023) and held that day (arabkhabar/al-Osboa of 9 Oct: 'عُقد منذ قليل') gives Mon 9 Oct 2023; byline 'كتبت/ مي السايح' and the last, truncated sentence dropped; headline re-worded; no date of its own in the text", False, """
تفاصيل الدورة الثانية والثلاثين لمهرجان الموسيقى العربية
عُقد اليوم المؤتمر الصحفي الخاص بإعلان تفاصيل الدورة الثانية والثلاثين من مهرجان ومؤتمر الموسيقى العربية، على المسرح الصغير بدار الأوبرا المصرية، بحضور الدكتور خالد داغر رئيس دار الأوبرا، والموسيقار هاني فرحات مدير المهرجان، والدكتورة رشا طموم رئيسة المحور الفكري المرافق لفعاليات المهرجان.
وأوضح رئيس دار الأوبرا أن المؤتمر العلمي المصاحب للمهرجان سيتناول قضايا عديدة تخص الموسيقى العربية، من بينها الموسيقى العربية التقليدية.
وأضاف أن الدورة لهذا العام تضم مجموعة من الفعاليات الاستثنائية احتفاء بمئوية معهد الموسيقى العربية، على أن تقام الاحتفالية في يوم السبت الموافق ٢١ اكتوبر بساحة دار الأوبرا، انطلاقا من مبنى المعهد العالي للموسيقى.
وأكد داغر أن الدورة ال ٣٢ من المهرجان مهداة إلى اسم فنان الشعب سيد درويش، بمناسبة مرور ١٠٠ عام على ميلاده.
وأشار في كلمته خلال المؤتمر إلى أن دورة هذا العام ستحمل للجمهور مفاجآت كثيرة.
""", [
    ev("press-conference", "عُقد اليوم المؤتمر الصحفي الخاص بإعلان تفاصيل", PRESS, "'اليوم' = Mon 9 Oct 2023"),
    ev("institute-centenary", "على أن تقام الاحتفالية في يوم السبت الموافق ٢١ اكتوبر", CENTENARY, "'يوم السبت الموافق ٢١ اكتوبر' = Sat 21 Oct 2023 (planned; called off with the festival on 15 Oct)"),
    ev("darwish-dedication", "الدورة ال ٣٢ من المهرجان مهداة إلى اسم فنان الشعب سيد درويش", PLANNED[0], "no own expression ('مرور ١٠٠ عام' is the centenary of Sayed Darwish's death in 1923, called 'ميلاده' in the text); the dedicated edition planned for 24 Oct - 2 Nov 2023", end=PLANNED[1]),
])
art(S, "https://arabkhabar.com/a/854592",
    "2023-10-09", "page line 'تاريخ النشر: 9th, October 2023 GMT' (kept as second line; 9 Oct 2023 was a Monday); the body's 'عُقد منذ قليل' agrees; source line 'المصدر: الأسبوع', tags and 'see also' links dropped; headline kept from the page", True, """
مهرجان الموسيقى العربية يهدي دورته الـ 32 إلى روح سيد درويش
تاريخ النشر: 9th, October 2023 GMT
انعقد منذ قليل بدار الأوبرا المصرية المؤتمر الصحفي المخصص لإعلان تفاصيل الدورة الـ 32 من مهرجان الموسيقى العربية، المقرر إقامتها في الفترة من 24 حتى 2 من نوفمبر المقبل.
وشارك في المؤتمر الدكتور خالد داغر رئيس دار الأوبرا، والمايسترو هاني فرحات مدير المهرجان، ورشا طموم رئيسة اللجنة العلمية، فيما تولت الإعلامية مريم أمين تقديمه.
واستهل داغر المؤتمر بوصف دار الأوبرا بأنها الحصن الأمين للتراث وللمهرجانات في محافظات مصر كافة، موجها الشكر لوزيرة الثقافة الدكتورة نيفين الكيلاني على دعمها الكامل.
وأوضح أن الدورة الـ 32 مهداة إلى روح سيد درويش بمناسبة مئويته، وأن أول أربع أيام ستُخصص لتجارب موسيقية من الدول العربية إلى جانب نقاشات ومحاور، فضلا عن الاحتفال بمرور مائة عام على معهد الموسيقى العربية.
وأضاف أن الافتتاح يوم 24 أكتوبر، وأن الاحتفالات ستشمل مسارح المحافظات كلها، معربا عن أمله في أن تكون دورة مشرفة.
""", [
    ev("press-conference", "انعقد منذ قليل بدار الأوبرا المصرية المؤتمر الصحفي", PRESS, "'منذ قليل' = Mon 9 Oct 2023"),
    ev("planned-festival", "المقرر إقامتها في الفترة من 24 حتى 2 من نوفمبر المقبل", PLANNED[0], "'من 24 حتى 2 من نوفمبر المقبل' = 24 Oct - 2 Nov 2023 (planned; postponed on 15 Oct)", end=PLANNED[1]),
    ev("darwish-dedication", "وأوضح أن الدورة الـ 32 مهداة إلى روح سيد درويش", PLANNED[0], "no own expression ('مئويته' = the centenary of his death, 1923); the dedicated edition planned for 24 Oct - 2 Nov 2023", end=PLANNED[1]),
    ev("institute-centenary", "الاحتفال بمرور مائة عام على معهد الموسيقى العربية", CENTENARY, "no own expression ('مائة عام' is the age of the institute); the celebration planned for Sat 21 Oct 2023 (algomhuria-algdeda)"),
    ev("opening-night", "وأضاف أن الافتتاح يوم 24 أكتوبر", PLANNED[0], "'يوم 24 أكتوبر' = Tue 24 Oct 2023 (planned; not held)"),
])
art(S, "https://masrawy.com/arts/music/details/2023/10/15/2481231",
    "2023-10-15", "date in the URL '/2023/10/15/' and the body's 'صباح اليوم الأحد 15 أكتوبر' (kept; 15 Oct 2023 was a Sunday); photo-gallery tags, byline 'كتبت- منى الموجي' and the video teaser dropped; headline kept from the page", True, """
إعلان تأجيل فعاليات الدورة 32 من مهرجان الموسيقى العربية
أعلنت وزيرة الثقافة الدكتورة نيفين الكيلاني، صباح اليوم الأحد 15 أكتوبر، قرارها تأجيل فعاليات الدورة الثانية والثلاثين من مهرجان ومؤتمر الموسيقى العربية، الذي كانت دار الأوبرا المصرية ستتولى تنظيمه، على أن يُعلن الموعد الجديد لاحقًا.
وكانت دار الأوبرا قد عقدت قبل أيام مؤتمرا صحفيا على مسرحها الصغير لكشف تفاصيل الدورة الـ32، حضره مدير المهرجان المايسترو هاني فرحات ورئيس الأوبرا الدكتور خالد داغر.
وكان من المنتظر أن يحيي حفلات المهرجان هذا العام عدد كبير من نجوم الغناء العرب، منهم أنغام وهاني شاكر ومدحت صالح وعلي الحجار وأصالة وكارمن سليمان وآدم وحمزة نمرة وتامر عاشور وأحمد سعد.
""", [
    ev("postponement", "قرارها تأجيل فعاليات الدورة الثانية والثلاثين", POSTPONED, "'صباح اليوم الأحد 15 أكتوبر' = Sun 15 Oct 2023"),
    ev("press-conference", "وكانت دار الأوبرا قد عقدت قبل أيام مؤتمرا صحفيا", PRESS, "'قبل أيام' = Mon 9 Oct 2023 (six days before)"),
    ev("planned-festival", "وكان من المنتظر أن يحيي حفلات المهرجان هذا العام", PLANNED[0], "no own expression; the concerts of the edition planned for 24 Oct - 2 Nov 2023", end=PLANNED[1]),
])

# ---------------------------------------------------------------- lebanon-beiteddine-festival-suspended-2025
S = "lebanon-beiteddine-festival-suspended-2025"
SUSPENDED = "2025-06-23"                   # the Beiteddine committee's statement suspending the 2025 edition, Mon 23 Jun 2025
BYBLOS_CONF = "2025-06-23"                 # Byblos festivals' press conference in Jbeil, Monday evening 23 Jun 2025
WAR = ("2025-06-13", "2025-06-25")         # the Israel-Iran war, 13 Jun - ceasefire of 24 Jun 2025
US_STRIKES = "2025-06-22"                  # the US strikes on Fordow, Natanz and Isfahan, early Sun 22 Jun 2025 (regional time)
EXHIBITIONS = "2025-07-03"                 # the two art exhibitions kept, Thu 3 Jul 2025 at 18:00
BEIT_PLANNED = ("2025-07-03", "2025-07-28")  # the suspended edition, 3-27 Jul 2025
BYBLOS_FEST = ("2025-08-05", "2025-08-11")   # the Byblos edition, 5-10 Aug 2025
art(S, "https://ahdathalalam.com/news-article/278687.html",
    "2025-06-23", "page line '23 يونيو 2025 | آخر تحديث: 15:30 (توقيت القدس)' (kept as second line without the section name; 23 Jun 2025 was a Monday); the body's 'الاثنين' agrees; the photo caption (with its '16 يوليو 2022'), the 'listen' and 'summary' buttons and the last, truncated sentence dropped; the summary bullets turned into sentences; headline kept from the page", True, """
إلغاء مهرجانات بيت الدين في لبنان بسبب الظروف السياسية والأمنية
23 يونيو 2025 | آخر تحديث: 15:30 (توقيت القدس)
أُلغيت دورة مهرجانات بيت الدين في لبنان لعام 2025 بسبب ظروف سياسية وأمنية تحول دون مشاركة الفنانين الأجانب، حرصا على إقامة المهرجان في أجواء مستقرة وهادئة.
ويأتي القرار وسط تصاعد التوتر في المنطقة، بما في ذلك الحرب بين إسرائيل وإيران والضربات الأميركية على المنشآت النووية الإيرانية، وهو ما يزيد الوضع الأمني تعقيدا.
ورغم الإلغاء، سيُفتتح معرضان فنيان كما هو مقرر في 3 يوليو 2025، في حين تستعد مهرجانات بعلبك الدولية لاستئناف نشاطها هذا العام.
وقد ألغى منظمو مهرجانات بيت الدين، الاثنين، دورة هذا العام لأسباب سياسية وأمنية تعيق حضور الفنانين الأجانب.
وأوضح المنظمون، في بيان صدر الاثنين وحصلت وكالة فرانس برس على نسخة منه، أن القرار اتُّخذ في ضوء الظروف الراهنة التي تؤثر على المنطقة، وحرصا على ضمان إقامة المهرجان وأنشطته في أجواء آمنة.
""", [
    ev("beiteddine-suspension", "وقد ألغى منظمو مهرجانات بيت الدين، الاثنين، دورة هذا العام", SUSPENDED, "'الاثنين' = Mon 23 Jun 2025"),
    ev("israel-iran-war", "الحرب بين إسرائيل وإيران", WAR[0], "no own expression; the war of 13-24 Jun 2025 (ceasefire 24 Jun), still on when the page went up", end=WAR[1]),
    ev("us-strikes", "والضربات الأميركية على المنشآت النووية الإيرانية", US_STRIKES, "no own expression; the US strikes of early Sun 22 Jun 2025 (evening of Sat 21 Jun in Washington)"),
    ev("exhibitions-opening", "سيُفتتح معرضان فنيان كما هو مقرر في 3 يوليو 2025", EXHIBITIONS, "'في 3 يوليو 2025' (a Thursday)"),
])
art(S, "https://waradana.com/article/224209-%D8%A8%D8%B3%D8%A8%D8%A8-%D8%A7%D9%84%D8%B8%D8%B1%D9%88%D9%81-%D8%A7%D9%84%D8%B1%D8%A7%D9%87%D9%86%D8%A9-%D9%85%D9%87%D8%B1%D8%AC%D8%A7%D9%86%D8%A7%D8%AA-%D8%A8%D9%8A%D8%AA-%D8%A7%D9%84%D8%AF%D9%8A%D9%86-%D8%AA%D8%B9%D9%84%D9%82-%D9%86%D8%B4%D8%A7%D8%B7%D8%A7%D8%AA%D9%87%D8%A7",
    "2025-06-23", "no date on the stored page; the body's 'أعلنت لجنة مهرجانات بيت الدين في بيان، اليوم الإثنين' for the statement issued on Mon 23 Jun 2025 (ahdathalalam, page dated 23 Jun: 'في بيان صدر الاثنين') gives Mon 23 Jun 2025; the section tag 'لبنان' and the 'يقرأون الآن' box dropped; headline re-worded from the page's; no date of its own in the text", False, """
مهرجانات بيت الدين تعلّق نشاطاتها بسبب الظروف الراهنة
أعلنت لجنة مهرجانات بيت الدين في بيان، اليوم الإثنين، أنها اتخذت القرار الصعب بتعليق المهرجان الذي كان مقرّرًا من 3 يوليو إلى 27 يوليو 2025، نظرا للظروف السياسية والأمنية الحالية التي تطال المنطقة وتحول دون مشاركة الفنانين الأجانب، وحرصا على أن يُقام المهرجان وأنشطته في أجواء مستقرة وهادئة.
وأكدت اللجنة أنها ستُطلع الرأي العام على موقفها إذا تغيّرت الأوضاع، وستحدد موعدا جديدا إن سمحت الظروف.
وعبّرت عن امتنانها العميق للوزارات المعنية والجهات الرسمية والشركاء الداعمين للفن والثقافة، وللفنانين المشاركين والجمهور الوفي ووسائل الإعلام، على دعمهم المتواصل في هذا الوقت.
ولفتت إلى أن المعرضين الفنيين BeMA - Unfolding Landscapes وNothing but Flowers، الذي يشرف عليه صالح بركات، سيُقامان كما هو مقرر في 3 يوليو 2025 الساعة السادسة مساءً.
واختُتم البيان بالإشارة إلى أن في إمكان حاملي البطاقات استرداد قيمتها كاملة عبر نقاط بيع Ticketing Box Office.
""", [
    ev("beiteddine-suspension", "أعلنت لجنة مهرجانات بيت الدين في بيان، اليوم الإثنين", SUSPENDED, "'اليوم الإثنين' = Mon 23 Jun 2025"),
    ev("beiteddine-planned-edition", "الذي كان مقرّرًا من 3 يوليو إلى 27 يوليو 2025", BEIT_PLANNED[0], "'من 3 يوليو إلى 27 يوليو 2025' (planned; suspended)", end=BEIT_PLANNED[1]),
    ev("exhibitions-opening", "سيُقامان كما هو مقرر في 3 يوليو 2025 الساعة السادسة مساءً", EXHIBITIONS, "'في 3 يوليو 2025 الساعة السادسة مساءً' = Thu 3 Jul 2025, 18:00"),
])
art(S, "https://article.wn.com/view-lemonde/WNAT16393c5aaf609d5988d538a473be9b03",
    "2025-06-24", "the aggregator's line 'Al Wasat 2025-06-24:' (the date kept as second line; 24 Jun 2025 was a Tuesday); the body's 'مساء الإثنين' for the Byblos press conference of Mon 23 Jun agrees; the repeated paragraph and 'more »' dropped; headline written from the body (the stored text has none)", True, """
مهرجانات بيبلوس تمضي في دورتها رغم تعليق بيت الدين
2025-06-24
كشفت مهرجانات «بيبلوس الدولية» اللبنانية مساء الإثنين عن برنامج يطغى عليه الطابع الشبابي لدورتها المقبلة خلال الصيف، في وقت تحتدم فيه الحرب بين الكيان المحتل وإيران، وهو ما يجعل مصير المهرجانات الفنية في لبنان على المحك، وقد تجلى ذلك في إعلان أحدها «تعليق» نسخة هذه السنة.
فبعد ساعات قليلة من إعلان مهرجانات «بيت الدين» اللبنانية الإثنين «تعليق» دورتها هذه السنة بسبب «الظروف السياسية والأمنية» التي «تُعيق مشاركة الفنانين الأجانب»، أكد رئيس لجنة مهرجانات بيبلوس الدولية رافايل صفير، في مؤتمر صحفي عقده في مدينة جبيل (بيبلوس) الساحلية شمال بيروت، أن الحدث سيُنظم من 5 إلى 10 أغسطس المقبل، بحسب وكالة «فرانس برس».
""", [
    ev("byblos-programme", "كشفت مهرجانات «بيبلوس الدولية» اللبنانية مساء الإثنين عن برنامج", BYBLOS_CONF, "'مساء الإثنين' from Tue 24 = Mon 23 Jun 2025"),
    ev("israel-iran-war", "في وقت تحتدم فيه الحرب بين الكيان المحتل وإيران", WAR[0], "no own expression; the war of 13-24 Jun 2025, raging on the Monday", end=WAR[1]),
    ev("beiteddine-suspension", "من إعلان مهرجانات «بيت الدين» اللبنانية الإثنين «تعليق» دورتها", SUSPENDED, "'الإثنين' = Mon 23 Jun 2025"),
    ev("byblos-festival", "أن الحدث سيُنظم من 5 إلى 10 أغسطس المقبل", BYBLOS_FEST[0], "'من 5 إلى 10 أغسطس المقبل' = 5-10 Aug 2025", end=BYBLOS_FEST[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 315
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

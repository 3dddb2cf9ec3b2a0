"""Builds stories.jsonl: the 288-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories266/make_stories.py). Domain: book fairs, publishing, literary prizes and writers: the death,
funeral and condolence of the Egyptian novelist Sonallah Ibrahim (2025), the 11th Katara Prize for the Arab Novel in
Doha (2025), the Algerian Abdelouahab Aissaoui's Arabic Booker win for "The Spartan Court" (2020), the opening of
the 21st Algiers International Book Fair with Egypt as guest of honour (2016), and the postponement of the 38th
Tunis International Book Fair, the publishers' protest and the presidential reversal (2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-sonallah-ibrahim-death-2025
S = "egypt-sonallah-ibrahim-death-2025"
DEATH = "2025-08-13"       # Sonallah Ibrahim died on the morning of Wed 13 Aug 2025 at the Nasser Institute
CONDOLENCE = "2025-08-16"  # condolence at the Omar Makram mosque, Sat 16 Aug 2025, after the sunset prayer
art(S, "https://www.almasryalyoum.com/news/details/3524131",
    "2025-08-13", "page date line 'الأربعاء 13-08-2025 17:32' at the head of the stored page (kept as first line; 13 Aug 2025 was a Wednesday); byline and photo credit dropped", True, """
الأربعاء 13-08-2025 17:32
مثقفون وأصدقاء ومحبون يودعون صنع الله إبراهيم
أدى عدد من المثقفين وأصدقاء الكاتب الراحل صنع الله إبراهيم ومحبيه وأقاربه صلاة الجنازة على جثمانه، اليوم الأربعاء، بعد صلاة العصر في مسجد آل رشدان.
ووصل الجثمان إلى المسجد بمدينة نصر ترافقه ابنته وعدد من الأقارب والأصدقاء ومحبي الراحل، وشارك في الصلاة الكتّاب أحمد مراد وزين العابدين فؤاد وهشام أصلان، إلى جانب كتّاب آخرين جاؤوا لوداع الفقيد.
وكان جثمان صنع الله إبراهيم قد خرج من مستشفى معهد ناصر في تمام الساعة الثالثة عصرًا، ثم بلغ المسجد استعدادًا للصلاة عليه بعد صلاة العصر.
ويُذكر أن الكاتب الكبير رحل عن 88 عامًا صباح اليوم الأربعاء في معهد ناصر، وما إن تلقى وزير الثقافة الدكتور أحمد فؤاد هنو النبأ حتى توجه إلى المستشفى، فتابع إجراءات خروج الجثمان وقدّم العزاء لأسرة الفقيد وابنته، معربًا عن حزنه لرحيل قامة أدبية وفكرية استثنائية.
""", [
    ev("funeral-prayer", "صلاة الجنازة على جثمانه، اليوم الأربعاء", DEATH, "'اليوم الأربعاء' = Wed 13 Aug 2025 (the date line), after the afternoon prayer"),
    ev("body-at-mosque", "ووصل الجثمان إلى المسجد بمدينة نصر", DEATH, "no own expression; the body reached the Al Rashdan mosque in the afternoon of Wed 13 Aug 2025 (the date line)"),
    ev("body-leaves-hospital", "خرج من مستشفى معهد ناصر في تمام الساعة الثالثة عصرًا", DEATH, "'في تمام الساعة الثالثة عصرًا' of the report's day = 3 p.m. Wed 13 Aug 2025"),
    ev("death", "رحل عن 88 عامًا صباح اليوم الأربعاء", DEATH, "'صباح اليوم الأربعاء' = the morning of Wed 13 Aug 2025"),
    ev("minister-hospital", "حتى توجه إلى المستشفى", DEATH, "no own expression; the minister went to the hospital as soon as he heard of the death, Wed 13 Aug 2025"),
])
art(S, "https://www.elqareanews.com/147239",
    "2025-08-13", "date bar 'الأربعاء 13 أغسطس 2025 الموافق 19 صفر 1447' at the head of the stored page (kept as first line; 13 Aug 2025 was a Wednesday, 19 Safar 1447); the body's 'صباح اليوم الأربعاء' and 'عصر اليوم' agree; masthead, 'عاجل' and subheads dropped; the last, truncated sentence cut to its complete clause", True, """
الأربعاء 13 أغسطس 2025 الموافق 19 صفر 1447
موعد ومكان عزاء الروائي الكبير صنع الله إبراهيم بوسط القاهرة
فقدت الساحة الثقافية المصرية والعربية صباح اليوم الأربعاء الأديب والروائي الكبير صنع الله إبراهيم، بعد مسيرة حافلة بالعطاء الأدبي والنضال الفكري خلّف فيها إرثًا غنيًا سيبقى حاضرًا في وجدان القراء والمثقفين.
وأعلنت أسرة الراحل أن العزاء سيُقام يوم السبت المقبل، الموافق 16 أغسطس الجاري، في مسجد عمر مكرم بوسط القاهرة، وسط توقعات بأن يحضره عدد من المثقفين والكتّاب والشخصيات العامة.
ووصل جثمان الكاتب إلى مسجد آل رشدان بمنطقة صلاح سالم عصر اليوم تمهيدًا لتشييع الجنازة، في أجواء من الحزن خيّمت على الحاضرين.
وحضر الجنازة عدد من رموز الوسط الثقافي، إلى جانب أصدقاء الفقيد وزملائه الذين حرصوا على وداعه في لحظاته الأخيرة.
وكان وزير الثقافة الدكتور أحمد فؤاد هنو قد توجه إلى مستشفى معهد ناصر.
""", [
    ev("death", "صباح اليوم الأربعاء الأديب والروائي الكبير", DEATH, "'صباح اليوم الأربعاء' = the morning of Wed 13 Aug 2025 (the date bar)"),
    ev("condolence", "يوم السبت المقبل، الموافق 16 أغسطس الجاري", CONDOLENCE, "'يوم السبت المقبل، الموافق 16 أغسطس الجاري' from Wed 13 = Sat 16 Aug 2025"),
    ev("body-at-mosque", "ووصل جثمان الكاتب إلى مسجد آل رشدان بمنطقة صلاح سالم عصر اليوم", DEATH, "'عصر اليوم' = the afternoon of Wed 13 Aug 2025"),
    ev("funeral-prayer", "وحضر الجنازة عدد من رموز الوسط الثقافي", DEATH, "no own expression; the funeral after the afternoon prayer of Wed 13 Aug 2025"),
    ev("minister-hospital", "قد توجه إلى مستشفى معهد ناصر", DEATH, "no own expression; the minister went to the hospital after the death, Wed 13 Aug 2025"),
])
art(S, "https://www.vetogate.com/5470163",
    "2025-08-13", "stamp 'date 2025-08-13' at the head of the stored page (kept as first line); the body's 'اليوم' and 'صباح اليوم' for the death of Wed 13 Aug 2025 agree; headline written from the body (the stored text has none); subheads dropped", True, """
2025-08-13
الوطنية للإعلام تنعى صنع الله إبراهيم
نعت الهيئة الوطنية للإعلام، برئاسة الكاتب أحمد المسلماني، الأديب الكبير صنع الله إبراهيم الذي رحل عن عالمنا اليوم.
وقال المسلماني إن الراحل من رموز القوة الناعمة المصرية، وقد نال دائمًا احترام القراء والنقاد، وكان جديرًا بالترشح لجائزة نوبل وبالفوز بها، معربًا عن أسفه لأن اتحاد الكتاب، الذي يحق له الترشيح، لم يقدم على ذلك.
وأضاف رئيس الهيئة أن نوبل ليست المعيار الوحيد للحكم ولا الدرجة الوحيدة للتقدير، لكن الحضور في قوائم الترشح لها مهم لصناعة النجوم وعولمة الإبداع وتعزيز المعرفة.
وكان الشاعر زين العابدين فؤاد قد كشف، في منشور على حسابه بموقع فيسبوك، أن صلاة الجنازة على الراحل تقام بعد صلاة العصر في مسجد آل رشدان، وأن الدفن في مقابر وادي الراحة.
وتوفي الكاتب والأديب صنع الله إبراهيم صباح اليوم عن 88 عامًا، إثر التهاب رئوي نُقل بسببه إلى أحد مستشفيات القاهرة.
""", [
    ev("muslimani-eulogy", "نعت الهيئة الوطنية للإعلام", DEATH, "no own expression; the eulogy of the day of the death, Wed 13 Aug 2025 (the stamp)"),
    ev("funeral-announced", "قد كشف، في منشور على حسابه بموقع فيسبوك", DEATH, "no own expression; Zein El Abidine Fouad's post giving the funeral's time, Wed 13 Aug 2025 before the afternoon prayer"),
    ev("funeral-prayer", "تقام بعد صلاة العصر في مسجد آل رشدان", DEATH, "'بعد صلاة العصر' of the day of the death = the afternoon of Wed 13 Aug 2025"),
    ev("burial", "وأن الدفن في مقابر وادي الراحة", DEATH, "no own expression; the burial after the funeral prayer of Wed 13 Aug 2025"),
    ev("death", "وتوفي الكاتب والأديب صنع الله إبراهيم صباح اليوم", DEATH, "'صباح اليوم' = the morning of Wed 13 Aug 2025 (the stamp)"),
])
art(S, "https://pro.mwlana.com/1084482/%d8%aa%d9%81%d8%a7%d8%b5%d9%8a%d9%84-%d8%b9%d8%b2%d8%a7%d8%a1-%d8%a7%d9%84%d8%a3%d8%af%d9%8a%d8%a8-%d8%a7%d9%84%d9%83%d8%a8%d9%8a%d8%b1-%d8%b5%d9%86%d8%b9-%d8%a7%d9%84%d9%84%d9%87-%d8%a5%d8%a8%d8%b1",
    "2025-08-14", "no date on the stored page; the body's 'بالأمس' for the farewell of the writer, who died on Wed 13 Aug 2025, 'عصر الأربعاء' for the funeral and 'يوم السبت المقبل 16 أغسطس 2025' for the condolence fix it on Thu 14 Aug 2025; headline rendered from the URL slug; the site's 'related posts' links dropped; no date of its own in the text", False, """
تفاصيل عزاء الأديب الكبير صنع الله إبراهيم
ودّعت الأوساط الثقافية المصرية والعربية بالأمس الأديب الكبير صنع الله إبراهيم، الذي خلّف إرثًا أدبيًا زاخرًا بالأعمال المبدعة والمواقف المبدئية.
وقد شُيّع جثمانه عصر الأربعاء من مسجد آل رشدان بمدينة نصر، بحضور لافت من الأدباء والمثقفين الذين جاؤوا تقديرًا لمسيرته.
وتُقام مراسم العزاء يوم السبت المقبل 16 أغسطس 2025 عقب صلاة المغرب في مسجد عمر مكرم بوسط القاهرة، ويُنتظر أن يحضرها عدد من الشخصيات الثقافية والفنية وأصدقاء الراحل.
من جهة أخرى، نعى وزير الثقافة الدكتور أحمد فؤاد هنو الكاتب الراحل ببالغ الحزن والأسى، مؤكدًا أنه ترك إرثًا أدبيًا وإنسانيًا خالدًا سيبقى محفورًا في وجدان الثقافة المصرية والعربية.
وأضاف الوزير أن صنع الله إبراهيم كان أحد أعمدة السرد العربي المعاصر، وأن أعماله امتازت بعمق الرؤية والارتباط الدائم بقضايا الوطن والإنسان.
""", [
    ev("death", "ودّعت الأوساط الثقافية المصرية والعربية بالأمس", DEATH, "'بالأمس' from Thu 14 = Wed 13 Aug 2025, the day of the death"),
    ev("funeral-prayer", "وقد شُيّع جثمانه عصر الأربعاء", DEATH, "'عصر الأربعاء' = the afternoon of Wed 13 Aug 2025"),
    ev("condolence", "يوم السبت المقبل 16 أغسطس 2025 عقب صلاة المغرب", CONDOLENCE, "'يوم السبت المقبل 16 أغسطس 2025' = Sat 16 Aug 2025, after the sunset prayer"),
    ev("minister-eulogy", "نعى وزير الثقافة الدكتور أحمد فؤاد هنو", DEATH, "no own expression; the minister's eulogy on the day of the death, Wed 13 Aug 2025"),
])

# ---------------------------------------------------------------- qatar-katara-novel-prize-2025
S = "qatar-katara-novel-prize-2025"
FESTIVAL = ("2025-10-13", "2025-10-20")  # the 11th Katara Festival for the Arab Novel, 13-19 Oct 2025
OPENING = "2025-10-13"                  # first day (Mon); the prize night of Thu 16 was its fourth day
AWARDS = "2025-10-16"                   # winners announced at the Katara opera house, Thu 16 Oct 2025
art(S, "https://www.alaan.sa/new/s/64739",
    "2025-10-15", "page time line '10-15-2025 05:03 مساءً' at the head of the stored page (kept as first line; 15 Oct 2025 was a Wednesday); the like/comment counters dropped", True, """
10-15-2025 05:03 مساءً
الرواية السعودية ضيف شرف مهرجان كتارا للرواية العربية في دورته الـ11
حلّت الرواية السعودية ضيف شرف على مهرجان كتارا للرواية العربية، الذي انطلقت فعالياته في العاصمة القطرية الدوحة خلال الفترة من 13 إلى 19 أكتوبر الحالي، ترافقه معارض مخصصة ومشاركة إقليمية ودولية واسعة.
وشهد حفل الافتتاح تدشين معرض يروي سيرة الأديب والدبلوماسي الراحل غازي القصيبي ومسيرته بعد اختياره شخصية العام، ويضم إلى جانب سيرته الذاتية مقتطفات من مؤلفاته التي تزيد على 70 كتابًا في الأدب والشعر والفكر والتنمية.
كما افتُتح معرض "رحلة في الرواية السعودية من التأسيس إلى العالمية" بمناسبة اختيار الرواية السعودية ضيف شرف هذه الدورة، وهو يسلط الضوء على محطات رواية توّجت مسيرتها التي يقترب عمرها من مائة عام بجوائز إقليمية وعالمية.
وأوضح المدير العام للمؤسسة العامة للحي الثقافي كتارا، الدكتور خالد بن إبراهيم السليطي، أن جائزة كتارا للرواية العربية حققت إنجازات عديدة خلال أحد عشر عامًا، رسخت بها مكانتها بوصفها أهم منصة عربية تحتفي بفن الرواية.
""", [
    ev("festival", "خلال الفترة من 13 إلى 19 أكتوبر الحالي", FESTIVAL[0], "'من 13 إلى 19 أكتوبر الحالي' of the report's month = 13-19 Oct 2025", end=FESTIVAL[1]),
    ev("festival-opening", "الذي انطلقت فعالياته في العاصمة القطرية الدوحة", OPENING, "no own expression; the festival's first day, Mon 13 Oct 2025 (the prize night of Thu 16 was 'اليوم الرابع' in the festival programme; the Saudi-novel symposium of the first day was on Monday)"),
    ev("gosaibi-exhibition", "وشهد حفل الافتتاح تدشين معرض", OPENING, "no own expression; opened at the opening ceremony, Mon 13 Oct 2025"),
    ev("saudi-novel-exhibition", "كما افتُتح معرض \"رحلة في الرواية السعودية", OPENING, "no own expression; opened on the festival's first day, Mon 13 Oct 2025"),
])
art(S, "https://www.fananews.com/%d8%a7%d9%84%d8%a5%d8%b9%d9%84%d8%a7%d9%86-%d8%b9%d9%86-%d8%a7%d9%84%d9%81%d8%a7%d8%a6%d8%b2%d9%8a%d9%86-%d8%a8%d8%ac%d8%a7%d8%a6%d8%b2%d8%a9-%d9%83%d8%aa%d8%a7%d8%b1%d8%a7-%d9%84%d9%84%d8%b1",
    "2025-10-16", "KUNA dateline 'الدوحة – 16 – 10 (كونا)' kept in the text with the headline's '2025' (16 Oct 2025 was a Thursday); the body's 'اليوم الخميس' agrees; the last, truncated sentence dropped", True, """
الإعلان عن الفائزين بجائزة "كتارا" للرواية العربية 2025
الدوحة – 16 – 10 (كونا) – كشفت المؤسسة العامة للحي الثقافي (كتارا) اليوم الخميس في العاصمة القطرية الدوحة أسماء الفائزين بجائزة (كتارا) للرواية العربية في دورتها الحادية عشرة للعام 2025.
وهنّأ المدير العام للمؤسسة الدكتور خالد السليطي الفائزين في كلمته خلال الحفل، معربًا عن اعتزازه بما حققته الجائزة خلال 11 عاما إذ رسخت فيها موقعها أهمَّ منصة عربية تحتفي بفن الرواية وتعزز حضوره إقليميًا ودوليًا.
وأشار إلى أن عدد المتقدمين من الكتاب والمبدعين بلغ خلال 11 عاما نحو 17 ألفًا و110 أشخاص، تُوّج منهم 183 فائزًا في فئات الجائزة الست، بينهم 142 رجلًا و41 امرأة.
وأضاف السليطي أن الجائزة ساعدت في إيصال الصوت السردي العربي إلى العالم، بعدما اعتمدت منظمة الأمم المتحدة للتربية والعلم والثقافة (يونسكو) الأسبوع العالمي للرواية في الفترة من 13 إلى 19 أكتوبر من كل عام، بناءً على اقتراح من المؤسسة دعمته المنظمة العربية للتربية والثقافة والعلوم (ألكسو) ووزراء الثقافة العرب.
""", [
    ev("winners-announced", "كشفت المؤسسة العامة للحي الثقافي (كتارا) اليوم الخميس", AWARDS, "'اليوم الخميس' = Thu 16 Oct 2025 (the dateline)"),
    ev("ceremony-speech", "في كلمته خلال الحفل", AWARDS, "no own expression; al-Sulaiti's speech at the prize night of Thu 16 Oct 2025"),
    ev("world-novel-week", "في الفترة من 13 إلى 19 أكتوبر من كل عام", FESTIVAL[0], "'من 13 إلى 19 أكتوبر من كل عام': this year's World Novel Week, 13-19 Oct 2025, in which the prize is given", end=FESTIVAL[1]),
])
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=16102025&id=57e0dea4-4772-48c6-b41b-5a7123890f62",
    "2025-10-16", "date in the URL 'cdate=16102025' (16 Oct 2025, the Thursday of the prize night); headline written from the body (the stored text has none); the last, truncated paragraph dropped; no date of its own in the text", False, """
كتارا تعلن الفائزين بجائزتها للرواية العربية في دورتها الحادية عشرة
كشفت المؤسسة العامة للحي الثقافي "كتارا" أسماء الفائزين بجائزة كتارا للرواية العربية في دورتها الحادية عشرة لعام 2025، خلال حفل احتضنته دار الأوبرا بكتارا بحضور وزراء وسفراء وممثلين عن البعثات الدبلوماسية، ونخبة من الأدباء والمثقفين والإعلاميين وجمهور واسع من المهتمين بالشأن الثقافي العربي.
وفي فئة الروايات العربية المنشورة فاز حميد الرقيمي من اليمن عن روايته «عمى الذاكرة»، ورولا خالد محمد غانم من فلسطين عن روايتها «تنهيدة حرية»، ومحمد جبعيتي من فلسطين عن روايته «الطاهي الذي التهم قلبه».
وتبلغ قيمة كل جائزة 30 ألف دولار أمريكي، فضلًا عن ترجمة الروايات الفائزة إلى اللغة الإنجليزية.
أما فئة الروايات غير المنشورة ففاز بها أحمد صابر حسين من مصر عن روايته «يافي»، وسعد محمد من العراق عن روايته «ظل الدائرة»، ومريم قوش من فلسطين عن روايتها «حلمٌ على هدب الجليل».
وتُمنح كل جائزة منها 30 ألف دولار، مع طباعة الأعمال الفائزة وترجمتها إلى الإنجليزية.
""", [
    ev("winners-announced", "كشفت المؤسسة العامة للحي الثقافي \"كتارا\" أسماء الفائزين", AWARDS, "no own expression; the prize night of Thu 16 Oct 2025 (the URL day)"),
    ev("published-category-winners", "وفي فئة الروايات العربية المنشورة فاز حميد الرقيمي", AWARDS, "no own expression; announced at the prize night of Thu 16 Oct 2025"),
    ev("unpublished-category-winners", "أما فئة الروايات غير المنشورة ففاز بها", AWARDS, "no own expression; announced at the prize night of Thu 16 Oct 2025"),
])
art(S, "https://www.alaraby.co.uk/culture/%D8%AC%D8%A7%D8%A6%D8%B2%D8%A9-%D9%83%D8%AA%D8%A7%D8%B1%D8%A7-%D9%84%D9%84%D8%B1%D9%88%D8%A7%D9%8A%D8%A9-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9-%D8%AA%D9%83%D8%B1%D9%85-%D8%A7%D9%84%D9%81%D8%A7%D8%A6%D8%B2%D9%8A%D9%86-%D9%88%D8%AA%D8%B7%D9%84%D9%82-%D9%81%D8%A6%D8%A9-%D8%A8%D9%84%D8%BA%D8%A7%D8%AA-%D8%A3%D8%AC%D9%86%D8%A8%D9%8A%D8%A9",
    "2025-10-17", "stamp 'date 2025-10-17' at the head of the stored page (kept as first line; 17 Oct 2025 was a Friday); the body's 'أمس الخميس' agrees; headline rendered from the URL slug; the initiatives sentence re-worded from the page's own summary bullets; the last, truncated sentence dropped", True, """
2025-10-17
جائزة كتارا للرواية العربية تكرّم الفائزين وتطلق فئة بلغات أجنبية
أُعلن أمس الخميس، على مسرح دار الأوبرا القطرية في الحي الثقافي كتارا، فوز 14 روائيًا وناقدًا بجائزة كتارا للرواية العربية في دورتها الحادية عشرة 2025، التي تتواصل من 13 حتى 19 الشهر الجاري.
وفي فئة الروايات العربية المنشورة فاز اليمني حميد الرقيمي عن «عمى الذاكرة»، والفلسطينية رولا غانم عن «تنهيدة حرية»، والفلسطيني محمد جبعيتي عن «الطاهي الذي التهم قلبه».
وأعلن المدير العام لكتارا خالد السليطي إطلاق جائزة كتارا الدولية للروايات المكتوبة بلغات أجنبية، إلى جانب مشاريع منها "الرواية تجمعنا" وتحويل الروايات غير المنشورة إلى أفلام بالذكاء الاصطناعي ومسابقة كتارا للرواية الشبابية.
ومنذ 2014 أسهمت الجائزة في تعزيز مكانة الرواية العربية عالميًا بترجمة الأعمال الفائزة، كما دعمت اعتماد اليونسكو للأسبوع العالمي للرواية.
""", [
    ev("winners-announced", "أُعلن أمس الخميس، على مسرح دار الأوبرا القطرية", AWARDS, "'أمس الخميس' from Fri 17 = Thu 16 Oct 2025"),
    ev("festival", "التي تتواصل من 13 حتى 19 الشهر الجاري", FESTIVAL[0], "'من 13 حتى 19 الشهر الجاري' = 13-19 Oct 2025", end=FESTIVAL[1]),
    ev("published-category-winners", "وفي فئة الروايات العربية المنشورة فاز اليمني حميد الرقيمي", AWARDS, "no own expression; announced on Thu 16 Oct 2025 ('أمس الخميس')"),
    ev("new-initiatives", "إطلاق جائزة كتارا الدولية للروايات المكتوبة بلغات أجنبية", AWARDS, "no own expression; announced at the prize night of Thu 16 Oct 2025 (the headline ties it to the awards)"),
])

# ---------------------------------------------------------------- algeria-aissaoui-arabic-booker-win-2020
S = "algeria-aissaoui-arabic-booker-win-2020"
WIN = "2020-04-14"  # IPAF 2020 winner announced online on Tue 14 Apr 2020 (the Abu Dhabi ceremony was cancelled)
art(S, "https://uaebarq.ae/ar/2020/04/14/%d9%81%d9%88%d8%b2-%d8%b1%d9%88%d8%a7%d9%8a%d8%a9-%d8%a7%d9%84%d8%af%d9%8a%d9%88%d8%a7%d9%86-%d8%a7%d9%84%d8%a5%d8%b3%d8%a8%d8%b1%d8%b7%d9%8a-%d8%a8%d8%a7%d9%84%d8%ac%d8%a7%d8%a6%d8%b2%d8%a9",
    "2020-04-14", "date in the URL '/2020/04/14/' (14 Apr 2020 was a Tuesday, the day of the IPAF announcement), kept as a first date line in the URL's own form; the body's 'اليوم' agrees; the breadcrumb and subheads dropped; the trustees chairman's truncated quote reduced to its complete clause", True, """
2020/04/14
فوز رواية "الديوان الإسبرطي" بالجائزة العالمية للرواية العربية لعام 2020
فاز الكاتب الجزائري عبد الوهاب عيساوي اليوم بـ"الجائزة العالمية للرواية العربية" عن روايته "الديوان الإسبرطي"، في الدورة الثالثة عشرة من الجائزة للعام 2020.
وأعلن رئيس لجنة التحكيم محسن الموسوي اسم الرواية الفائزة، الصادرة عن "دار ميم"، والتي ينال عيساوي بموجبها جائزة نقدية قيمتها 50 ألف دولار أمريكي، إلى جانب ترجمة روايته إلى اللغة الإنجليزية.
وقال الموسوي إن "الديوان الإسبرطي" تمتاز بجودة أسلوبية عالية وتعدد في الأصوات يتيح للقارئ أن يتأمل روائيًا تاريخ احتلال الجزائر، ومن خلاله تاريخ صراعات منطقة المتوسط كلها، عبر رؤى متقاطعة ومصالح متباينة تجسدها شخصيات الرواية.
وأضاف أن الرواية تدعو القارئ إلى فهم ملابسات الاحتلال وكيف تتشكل المقاومة بأشكال مختلفة ومتنامية، وأنها بنظامها السردي التاريخي العميق لا تسكن الماضي بل تجعل القارئ يطل على الحاضر ويسائله.
وعلّق بدوره رئيس مجلس أمناء الجائزة ياسر سليمان على الرواية الفائزة.
""", [
    ev("ipaf-win", "فاز الكاتب الجزائري عبد الوهاب عيساوي اليوم", WIN, "'اليوم' = Tue 14 Apr 2020 (the URL day)"),
    ev("jury-statement", "وقال الموسوي إن", WIN, "no own expression; the jury chairman's statement with the announcement of Tue 14 Apr 2020"),
    ev("trustees-statement", "وعلّق بدوره رئيس مجلس أمناء الجائزة ياسر سليمان", WIN, "no own expression; Yasir Suleiman's statement with the announcement of Tue 14 Apr 2020"),
])
art(S, "https://saharamedias.net/68754/",
    "2020-04-14", "no date on the stored page; the body's 'اليوم الثلاثاء' for the IPAF announcement, known to have been made on Tue 14 Apr 2020, and 'أمس' for the coordinator's notice fix it on Tue 14 Apr 2020; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
الجزائري عبد الوهاب عيساوي يفوز بالبوكر العربية
فاز الكاتب الجزائري الشاب عبد الوهاب عيساوي، اليوم الثلاثاء، بالدورة الـ13 للجائزة العالمية للرواية العربية «البوكر» عن روايته «الديوان الإسبرطي».
وكانت منسقة الجائزة فلور مونتامارو قد أعلنت أمس أن الكشف عن الجائزة، المعروفة إعلاميًا بـ«البوكر العربية»، سيجري بالبث المباشر عبر قناة الجائزة، بسبب الظروف التي يمر بها العالم اليوم جراء تفشي فيروس «كورونا» المستجد.
وكشف رئيس لجنة التحكيم الدكتور محسن الموسوي أن عيساوي نال الجائزة النقدية البالغة 50 ألف دولار أمريكي، إضافة إلى ترجمة روايته إلى الإنجليزية.
وعيساوي روائي جزائري وُلد عام 1985 في الجلفة، وتخرج في جامعة زيان عاشور مهندس دولة في الإلكتروميكانيك، ويعمل مهندس صيانة.
وسبق أن نال الجائزة الأولى للرواية في مسابقة رئيس الجمهورية الجزائرية عام 2012 عن «سينما جاكوب»، كما حاز جائزة آسيا جبار للرواية عن «سييرا دي مويرتي»، وفازت روايته «الدوائر والأبواب» بجائزة سعاد الصباح للرواية عام 2017.
""", [
    ev("ipaf-win", "فاز الكاتب الجزائري الشاب عبد الوهاب عيساوي، اليوم الثلاثاء", WIN, "'اليوم الثلاثاء' = Tue 14 Apr 2020, the day of the announcement"),
    ev("livestream-notice", "قد أعلنت أمس أن الكشف عن الجائزة", "2020-04-13", "'أمس' from Tue 14 = Mon 13 Apr 2020"),
    ev("born", "وُلد عام 1985 في الجلفة", "1985-01-01", "'عام 1985': the year 1985", end="1986-01-01"),
    ev("president-prize", "في مسابقة رئيس الجمهورية الجزائرية عام 2012", "2012-01-01", "'عام 2012': the year 2012", end="2013-01-01"),
    ev("souad-prize", "بجائزة سعاد الصباح للرواية عام 2017", "2017-01-01", "'عام 2017': the year 2017", end="2018-01-01"),
])
art(S, "https://djazairess.com/eldjoumhouria/180689",
    "2020-04-15", "no date on the stored page (a djazairess copy of El Djoumhouria); the body's 'أمس' for the win announced on Tue 14 Apr 2020 fixes it on Wed 15 Apr 2020; headline written from the body (the stored text has none); the last sentence (an older interview) dropped; no date of its own in the text", False, """
عيساوي أول جزائري يتوّج بالبوكر العربية
توّج الروائي الشاب عبد الوهاب عيساوي أمس بالجائزة العالمية للرواية العربية (البوكر) لسنة 2020 عن روايته التاريخية "الديوان الإسبرطي" الصادرة عن دار ميم للنشر، لتكون أول رواية جزائرية تحرز البوكر العربية.
وكانت الرواية قد بلغت القائمة القصيرة إلى جانب "حطب سراييفو" للكاتب الجزائري سعيد خطيبي، التي كانت بدورها مرشحة للفوز باللقب.
وأعلنت لجنة التحكيم اسم الفائز بالدورة الثالثة عشرة عبر الصفحة الإلكترونية لإدارة الجائزة بعد إلغاء الحفل بسبب وباء كورونا المستجد، علمًا أن الجائزة النقدية تبلغ 50 ألف دولار أمريكي وأن الرواية ستُترجم إلى الإنجليزية.
ويُعد ابن مدينة الجلفة من الأقلام المميزة في المشهد الإبداعي الجزائري والعربي، فقد نال جوائز عدة آخرها جائزة "كتارا" في الدوحة عن فئة الروايات غير المنشورة عن عمله "سفر الأعمال المنسية"، إلى جانب جائزة آسيا جبار عن "سييرا دي مورتي" وجائزة رئيس الجمهورية سنة 2012 عن "سينما جاكوب".
""", [
    ev("ipaf-win", "توّج الروائي الشاب عبد الوهاب عيساوي أمس", WIN, "'أمس' from Wed 15 = Tue 14 Apr 2020"),
    ev("shortlist", "وكانت الرواية قد بلغت القائمة القصيرة", "2020-02-04", "no own expression; the IPAF 2020 shortlist was announced at a press conference in Marrakech on Tue 4 Feb 2020"),
    ev("katara-prize", "آخرها جائزة \"كتارا\" في الدوحة", "2017-01-01", "no own expression; his Katara prize for an unpublished novel was the 2017 one", end="2018-01-01"),
    ev("president-prize", "وجائزة رئيس الجمهورية سنة 2012", "2012-01-01", "'سنة 2012': the year 2012", end="2013-01-01"),
])
art(S, "https://sputnikarabic.ae/amp/20200415/%D8%A8%D8%B9%D8%AF-%D9%81%D9%88%D8%B2%D9%87-%D8%A8%D9%80%D8%A7%D9%84%D8%A8%D9%88%D9%83%D8%B1-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9-%D9%85%D8%A7%D8%B0%D8%A7-%D9%82%D8%A7%D9%84-%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1%D9%8A-%D8%B9%D9%86-%D8%B9%D8%A8%D8%AF-%D8%A7%D9%84%D9%88%D9%87%D8%A7%D8%A8-%D8%B9%D9%8A%D8%B3%D8%A7%D9%88%D9%8A-1045171464.html",
    "2020-04-15", "date in the URL '/20200415/' (15 Apr 2020 was a Wednesday), kept as a first date line in ISO form; 'Sputnik' and 'مناقشة' dropped; the tweet put into reported speech", True, """
2020-04-15
بعد فوزه بـ"البوكر العربية".. هكذا هنّأ الرئيس الجزائري عبد الوهاب عيساوي
هنّأ الرئيس الجزائري عبد المجيد تبون الروائي عبد الوهاب عيساوي إثر فوزه بجائزة البوكر للرواية العربية.
وأشاد تبون بالروائي في تغريدة نشرها على موقع التواصل الاجتماعي "تويتر"، متمنيًا له مواصلة النجاح ومؤكدًا دعمه الكامل له.
وقال الرئيس في تغريدته إن الشاب عبد الوهاب عيساوي، ابن الجلفة، يلتحق عشية يوم العلم بقوافل الكتاب الجزائريين الذين شغلوا الناس وملأت أعمالهم الدنيا.
وكان الروائي الجزائري الشاب قد فاز بالجائزة العالمية للرواية العربية، المعروفة بـ"البوكر العربية"، في دورتها الثالثة عشرة عن روايته "الديوان الإسبرطي".
""", [
    ev("tebboune-tweet", "في تغريدة نشرها على موقع التواصل الاجتماعي", "2020-04-14", "no own expression; the tweet came after the announcement of Tue 14 Apr and by this report of Wed 15 Apr 2020 (my span 14-15 Apr)", end="2020-04-16"),
    ev("knowledge-day-eve", "عشية يوم العلم", "2020-04-15", "'عشية يوم العلم' = the eve of Knowledge Day (Yawm al-Ilm, 16 April), i.e. Wed 15 Apr 2020, the moment the tweet names"),
    ev("ipaf-win", "قد فاز بالجائزة العالمية للرواية العربية", WIN, "no own expression; the announcement of Tue 14 Apr 2020"),
])

# ---------------------------------------------------------------- algeria-algiers-book-fair-21st-2016
S = "algeria-algiers-book-fair-21st-2016"
OPEN = "2016-10-26"               # official opening by PM Sellal, evening of Wed 26 Oct 2016
PUBLIC = "2016-10-27"             # open to the public from Thu 27 Oct 2016
RUN = ("2016-10-27", "2016-11-06")  # the fair's public days, 27 Oct to 5 Nov 2016
art(S, "https://soutalomma.com/Article/393985/%D9%85%D8%B4%D8%A7%D8%B1%D9%83%D8%A9-%D9%85%D8%B5%D8%B1%D9%8A%D8%A9-%D9%85%D9%85%D9%8A%D8%B2%D8%A9-%D9%81%D9%8A-%D9%85%D8%B9%D8%B1%D8%B6-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A-%D9%84%D9%84%D9%83%D8%AA%D8%A7%D8%A8",
    "2016-10-26", "page date line 'الأربعاء، 26 أكتوبر 2016 07:10 م' at the head of the stored page (kept as first line; 26 Oct 2016 was a Wednesday); caption dropped; the last, truncated quote dropped", True, """
الأربعاء، 26 أكتوبر 2016 07:10 م
مشاركة مصرية مميزة في معرض الجزائر الدولي للكتاب
افتتح رئيس الوزراء الجزائري عبد المالك سلال رسميًا، مساء اليوم الأربعاء، فعاليات الدورة الحادية والعشرين من معرض الجزائر الدولي للكتاب، التي اختيرت مصر ضيف شرف لها.
وجال رئيس الوزراء، برفقة وزير الثقافة الجزائري عز الدين ميهوبي، في أجنحة المعرض الذي يفتح أبوابه للجمهور العادي في السابع والعشرين من أكتوبر، ويستمر حتى الخامس من نوفمبر المقبل.
وتوقف سلال عند جناح مصر واستمع إلى شروح الوفد المصري مبديًا إعجابه بما رآه، فيما استأثر الجناح باهتمام المشاركين من دول مختلفة.
وكان في استقباله بالجناح السفير المصري لدى الجزائر عمر أبو عيش، والكاتب الصحفي محمد سلماوي رئيس الوفد الثقافي المصري، وهيثم الحاج علي رئيس الهيئة العامة للكتاب، ومحمد رشاد رئيس اتحاد الناشرين العرب.
""", [
    ev("official-opening", "افتتح رئيس الوزراء الجزائري عبد المالك سلال رسميًا، مساء اليوم الأربعاء", OPEN, "'مساء اليوم الأربعاء' = the evening of Wed 26 Oct 2016 (the date line)"),
    ev("pm-tour", "وجال رئيس الوزراء، برفقة وزير الثقافة", OPEN, "no own expression; the tour of the opening evening, Wed 26 Oct 2016"),
    ev("public-opening", "يفتح أبوابه للجمهور العادي في السابع والعشرين من أكتوبر", PUBLIC, "'في السابع والعشرين من أكتوبر' = Thu 27 Oct 2016"),
    ev("fair-run", "ويستمر حتى الخامس من نوفمبر المقبل", RUN[0], "'حتى الخامس من نوفمبر المقبل': the public fair, 27 Oct to 5 Nov 2016", end=RUN[1]),
    ev("egypt-pavilion-visit", "وتوقف سلال عند جناح مصر", OPEN, "no own expression; during the opening tour, Wed 26 Oct 2016"),
])
art(S, "http://arabic.peopledaily.com.cn/n3/2016/1027/c31657-9133305.html",
    "2016-10-26", "Xinhua dateline 'الجزائر 26 أكتوبر 2016 /' kept in the text (26 Oct 2016 was a Wednesday); the body's 'مساء اليوم (الأربعاء)' agrees; the URL's '2016/1027' is the Beijing posting day of this evening wire (Algiers is seven hours behind); headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
سلال يفتتح معرض الجزائر الدولي للكتاب بمشاركة 50 دولة
الجزائر 26 أكتوبر 2016 / افتتح رئيس الوزراء الجزائري عبد الملك سلال مساء اليوم (الأربعاء) الدورة الحادية والعشرين لمعرض الجزائر الدولي للكتاب بمشاركة 50 دولة، وحلّت مصر ضيف شرف على هذه الدورة.
وجرى الافتتاح بحضور رئيس وزراء النيجر بريجي رافيني وأعضاء من الحكومة الجزائرية.
وتشارك في الدورة الحالية، التي ترفع شعار (الكتاب اتصال تام) وتتواصل حتى 5 نوفمبر المقبل، أكثر من 991 دار نشر، منها 290 جزائرية و671 أجنبية، بينها خمس دول تحضر للمرة الأولى هي الهند واليونان والدنمارك وروسيا وكندا.
وسيُكرَّم خلال المعرض أدباء مشهورون مثل الروائي الجزائري الراحل الطاهر وطار والكاتب المصري نجيب محفوظ.
وصرّح وزير الثقافة الجزائري عز الدين ميهوبي بأن الحدث "فرصة لحضور أكبر عدد من المثقفين الجزائريين"، إلى جانب مشاركة قطاعات وزارية كالشؤون الدينية والتربية والخارجية.
""", [
    ev("official-opening", "افتتح رئيس الوزراء الجزائري عبد الملك سلال مساء اليوم (الأربعاء)", OPEN, "'مساء اليوم (الأربعاء)' = the evening of Wed 26 Oct 2016 (the dateline)"),
    ev("fair-run", "وتتواصل حتى 5 نوفمبر المقبل", RUN[0], "'حتى 5 نوفمبر المقبل': the public fair, 27 Oct to 5 Nov 2016", end=RUN[1]),
    ev("tributes", "وسيُكرَّم خلال المعرض أدباء مشهورون", RUN[0], "no own expression; tributes during the fair, 27 Oct to 5 Nov 2016", end=RUN[1]),
    ev("mihoubi-statement", "وصرّح وزير الثقافة الجزائري عز الدين ميهوبي", OPEN, "no own expression; the minister's words at the opening, Wed 26 Oct 2016"),
])
art(S, "https://aljazayr.com/art-et-culture/8360.html",
    "2016-10-27", "no date on the stored page; the body's 'أمس الأربعاء' for the official opening (Wed 26 Oct 2016) and 'اليوم الخميس' for the public opening fix it on Thu 27 Oct 2016; headline written from the body (the stored text has none); the list of novels cut; no date of its own in the text", False, """
سلال يطلق الطبعة 21 لمعرض الجزائر الدولي للكتاب
أطلق الوزير الأول الجزائري عبد المالك سلال أمس الأربعاء فعاليات الطبعة الحادية والعشرين لمعرض الجزائر الدولي للكتاب بقصر المعارض الصنوبر البحري، بحضور وزير الثقافة عز الدين ميهوبي ووزير الاتصال حميد قرين ورئيس الوزراء النيجري بريجي رافيني، وقد جالوا في جميع أروقة الصالون.
ويفتح هذا الحدث، الأبرز ثقافيًا في الجزائر، أبوابه للزوار اليوم الخميس، وتتواصل فعالياته إلى غاية 5 من نونبر المقبل.
وتعرف هذه الدورة مشاركة 671 ناشرًا يمثلون 50 دولة، منها تونس والمغرب والإمارات والأردن وفرنسا والمكسيك، فيما تحل مصر ضيف شرف عليها تحت شعار "الكتاب اتصال دائم".
وتحتفي التظاهرة هذا العام بالأدب، إذ تعرض أكثر من 30 رواية بالعربية والفرنسية والأمازيغية لناشرين جزائريين صدرت في السنة الأدبية 2016، ويشارك فيها 290 ناشرًا جزائريًا.
""", [
    ev("official-opening", "أطلق الوزير الأول الجزائري عبد المالك سلال أمس الأربعاء", OPEN, "'أمس الأربعاء' from Thu 27 = Wed 26 Oct 2016"),
    ev("pm-tour", "وقد جالوا في جميع أروقة الصالون", OPEN, "no own expression; the tour of the opening, Wed 26 Oct 2016"),
    ev("public-opening", "أبوابه للزوار اليوم الخميس", PUBLIC, "'اليوم الخميس' = Thu 27 Oct 2016"),
    ev("fair-run", "وتتواصل فعالياته إلى غاية 5 من نونبر المقبل", RUN[0], "'إلى غاية 5 من نونبر المقبل': the public fair, 27 Oct to 5 Nov 2016", end=RUN[1]),
])
art(S, "https://djazairess.com/elitihad/84050",
    "2016-10-29", "no date on the stored page (a djazairess copy of El Itihad); the body's 'صباح أول أمس' for the public opening of Thu 27 Oct 2016 and 'يوم أمس الذي يمثل أول عطلة نهاية أسبوع' (Friday) fix it on Sat 29 Oct 2016; headline written from the body (the stored text has none); no date of its own in the text", False, """
إقبال كبير على صالون الجزائر الدولي للكتاب في أول عطلة نهاية أسبوع
فُتح صالون الجزائر الدولي الحادي والعشرون للكتاب (سيلا 2016) صباح أول أمس بقصر المعارض الصنوبر البحري بالجزائر العاصمة وسط توافد معتبر للجمهور.
وبدأ الزوار، ومعظمهم من الشباب، يتدفقون منذ الساعة الأولى للافتتاح على الجناح المركزي، أكثر فضاءات قصر المعارض جذبًا، ولا سيما على أجنحة ناشري الكتب العلمية والقواميس والكتب شبه المدرسية.
وحظي جناح مصر، ضيف شرف هذه الطبعة، باهتمام لافت من الزوار الذين تجمعوا عند دور نشر مصرية معروفة متخصصة في الكتب المدرسية وشبه المدرسية.
وشهد الصالون، الذي يفتح أبوابه كل يوم من العاشرة صباحا وإلى غاية السابعة والنصف مساء، إقبالًا كبيرًا للجمهور يوم أمس الذي يمثل أول عطلة نهاية أسبوع.
ويشارك في الطبعة الحادية والعشرين، التي تتواصل إلى غاية 5 نوفمبر المقبل، أكثر من 290 ناشرًا جزائريًا و671 عارضًا أجنبيًا من نحو خمسين بلدًا، فيما كانت الطبعة العشرون قد استقبلت أكثر من 1.5 مليون زائر.
""", [
    ev("public-opening", "فُتح صالون الجزائر الدولي الحادي والعشرون للكتاب (سيلا 2016) صباح أول أمس", PUBLIC, "'صباح أول أمس' from Sat 29 = the morning of Thu 27 Oct 2016"),
    ev("weekend-crowd", "إقبالًا كبيرًا للجمهور يوم أمس", "2016-10-28", "'يوم أمس' from Sat 29 = Fri 28 Oct 2016, the first weekend day"),
    ev("fair-run", "التي تتواصل إلى غاية 5 نوفمبر المقبل", RUN[0], "'إلى غاية 5 نوفمبر المقبل': the public fair, 27 Oct to 5 Nov 2016", end=RUN[1]),
    ev("edition-20", "كانت الطبعة العشرون قد استقبلت", "2015-10-26", "no own expression; the 20th fair, held late Oct to 7 Nov 2015 (my span 26 Oct - 7 Nov 2015)", end="2015-11-08"),
])

# ---------------------------------------------------------------- tunisia-book-fair-postponement-reversal-2024
S = "tunisia-book-fair-postponement-reversal-2024"
POSTPONED = "2024-02-10"                     # the festivals foundation's postponement notice, Sat 10 Feb 2024
STATEMENT = "2024-02-13"                     # publishers' and booksellers' joint statement, Tue 13 Feb 2024
ORIGINAL = ("2024-04-19", "2024-04-29")      # the planned (and kept) dates, 19-28 Apr 2024
PROPOSED = ("2024-04-26", "2024-05-06")      # the publishers' proposed dates, 26 Apr - 5 May 2024
art(S, "https://daralmaref.com/News/1882484.aspx",
    "2024-02-10", "no date on the stored page; the body's 'اليوم السبت' for the postponement notice, which the foundation issued on Sat 10 Feb 2024 (mediaplustn: 'في بلاغ لها، السبت 10 فيفري'), fixes it on Sat 10 Feb 2024; headline written from the body (the stored text has none); no date of its own in the text", False, """
تأجيل الدورة الـ38 لمعرض تونس الدولي للكتاب
أعلنت المؤسسة الوطنية لتنمية الفعاليات الثقافية والفنية في تونس، اليوم السبت، إرجاء تنظيم الدورة الثامنة والثلاثين لمعرض تونس الدولي للكتاب بقصر المعارض بالكرم.
وأوضحت المؤسسة في بيان أن الموعد والمكان الجديدين للمعرض سيُعلنان لاحقًا، من دون أن تقدم تفاصيل إضافية عن أسباب هذا التأجيل.
وكان من المقرر أن تُنظَّم الدورة الـ38 لمعرض تونس الدولي للكتاب في الفترة من 19 إلى 28 أبريل 2024.
""", [
    ev("postponement", "اليوم السبت، إرجاء تنظيم الدورة الثامنة والثلاثين", POSTPONED, "'اليوم السبت' = Sat 10 Feb 2024"),
    ev("original-dates", "في الفترة من 19 إلى 28 أبريل 2024", ORIGINAL[0], "'من 19 إلى 28 أبريل 2024' = 19-28 Apr 2024", end=ORIGINAL[1]),
])
art(S, "https://ultratunisia.ultrasawt.com/%D8%A7%D8%AA%D8%AD%D8%A7%D8%AF-%D8%A7%D9%84%D9%86%D8%A7%D8%B4%D8%B1%D9%8A%D9%86-%D9%88%D9%86%D9%82%D8%A7%D8%A8%D8%A9-%D8%A7%D9%84%D9%83%D8%AA%D8%A8%D9%8A%D9%8A%D9%86-%D9%8A%D9%82%D8%AA%D8%B1%D8%AD%D8%A7%D9%86-%D8%AA%D8%A7%D8%B1%D9%8A%D8%AE%D9%8B%D8%A7-%D8%AC%D8%AF%D9%8A%D8%AF%D9%8B%D8%A7-%D9%84%D9%85%D8%B9%D8%B1%D8%B6-%D8%AA%D9%88%D9%86%D8%B3-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A-%D9%84%D9%84%D9%83%D8%AA%D8%A7%D8%A8/%D8%A7%D9%84%D8%AA%D8%B1%D8%A7-%D8%AA%D9%88%D9%86%D8%B3/%D8%AB%D9%82%D8%A7%D9%81%D8%A9",
    "2024-02-13", "page date line '13-فبراير-2024' at the head of the stored page (kept as first line; 13 Feb 2024 was a Tuesday); the body's 'الثلاثاء 13 فيفري/شباط 2024' agrees; caption, byline and pull quote dropped; the cut subhead on the suspension rendered as a sentence", True, """
13-فبراير-2024
اتحاد الناشرين ونقابة الكتبيين يقترحان تاريخًا جديدًا لمعرض تونس الدولي للكتاب
أعلن اتحاد الناشرين التونسيين ونقابة الكتبيين والموزعين، في بيان مشترك صدر الثلاثاء 13 فيفري/شباط 2024، أنهما قررا اعتماد الفترة من 26 أفريل/نيسان إلى غاية 5 ماي/أيار 2024 موعدًا للدورة 38 من معرض تونس الدولي للكتاب بقصر المعارض بالكرم.
وكانت الدورة 38 مقررة في الفترة الممتدة من 19 إلى 28 أفريل/نيسان 2024 بقصر المعارض بالكرم، قبل أن تُؤجَّل على أن يُعلَن لاحقًا عن موعدها ومكانها الجديدين.
وأشار البيان إلى أن الهيكلين حصلا على موافقة مبدئية من إدارة قصر المعارض بالكرم على التاريخ الجديد، في انتظار أن تقرّه وزارة الثقافة التونسية بصفة نهائية "حتى لا يضيع هذا الموعد المهم في الرزنامة الثقافية لسنة 2024".
كما علّق الاتحاد والنقابة تمثيلهما في الهيئة المديرة للمعرض.
""", [
    ev("publishers-statement", "في بيان مشترك صدر الثلاثاء 13 فيفري/شباط 2024", STATEMENT, "'الثلاثاء 13 فيفري/شباط 2024' = Tue 13 Feb 2024"),
    ev("proposed-dates", "من 26 أفريل/نيسان إلى غاية 5 ماي/أيار 2024", PROPOSED[0], "'من 26 أفريل/نيسان إلى غاية 5 ماي/أيار 2024' = 26 Apr - 5 May 2024", end=PROPOSED[1]),
    ev("original-dates", "من 19 إلى 28 أفريل/نيسان 2024", ORIGINAL[0], "'من 19 إلى 28 أفريل/نيسان 2024' = 19-28 Apr 2024", end=ORIGINAL[1]),
    ev("postponement", "قبل أن تُؤجَّل على أن يُعلَن لاحقًا", POSTPONED, "no own expression; the postponement notice of Sat 10 Feb 2024"),
    ev("suspension", "كما علّق الاتحاد والنقابة تمثيلهما", STATEMENT, "no own expression; decided in the joint statement of Tue 13 Feb 2024"),
])
art(S, "https://tuniscope.com/article/374382/arabe/culture-arabe/livre-555015",
    "2024-02-13", "page line 'Publié le 13-02-2024' at the head of the stored page (its date kept as first line; 13 Feb 2024 was a Tuesday); the last, truncated sentence cut to its complete clause", True, """
13-02-2024
تأجيل المعرض الدولي للكتاب: اتحاد الناشرين التونسيين يندد ويصعّد
إثر تأجيل الدورة 38 من معرض تونس الدولي للكتاب إلى تاريخ لم تحدده وزارة الثقافة بعد، ومن دون تنسيق مع المهنيين، أصدر الناشرون ونقابة الكتبيين والموزعين بيانًا عبّروا فيه عن تنديدهم واستيائهم، إذ يكاد المعرض يكون المتنفس الوحيد لأهل القطاع.
وأعلنوا اعتماد الفترة من 26 أفريل إلى غاية 05 ماي 2024 لتنظيم الدورة 38 بقصر المعارض بالكرم، بعد حصولهم على موافقة مبدئية من إدارة الفضاء، في انتظار أن تقرّها وزارة الثقافة نهائيًا.
وأوضحوا أن التاريخ الجديد لا يتعارض مع رزنامة المعارض العربية الصادرة عن اتحاد الناشرين العرب، وأنه لا يمكن اعتماد أي تاريخ آخر في بقية السنة.
وأفادوا بأنهم علّقوا تمثيليتهم في الهيئة المديرة لمعرض تونس الدولي للكتاب ولجانها، وأعلنوا مقاطعتهم للدورة إن أُسقط عليها أي تاريخ آخر، داعين سلطة الإشراف إلى اعتماد هذا الموعد رسميًا.
""", [
    ev("postponement", "إثر تأجيل الدورة 38 من معرض تونس الدولي للكتاب", POSTPONED, "no own expression; the postponement notice of Sat 10 Feb 2024"),
    ev("publishers-statement", "أصدر الناشرون ونقابة الكتبيين والموزعين بيانًا", STATEMENT, "no own expression; the joint statement of Tue 13 Feb 2024 (the date line; ultratunisia: 'صدر الثلاثاء 13 فيفري')"),
    ev("proposed-dates", "من 26 أفريل إلى غاية 05 ماي 2024", PROPOSED[0], "'من 26 أفريل إلى غاية 05 ماي 2024' = 26 Apr - 5 May 2024", end=PROPOSED[1]),
    ev("suspension", "وأفادوا بأنهم علّقوا تمثيليتهم", STATEMENT, "no own expression; decided in the joint statement of Tue 13 Feb 2024"),
])
art(S, "https://maurinews.info/arts/74178/",
    "2024-02-13", "no date on the stored page (a copy of a Reuters report); the body's 'اليوم الثلاثاء' for the ministry's statement, 'يوم السبت' for the postponement of Sat 10 Feb and 'بعد أيام' fix it on Tue 13 Feb 2024; the site's spam line dropped; the quoted statement, truncated, dropped; no date of its own in the text", False, """
إعادة معرض تونس الدولي للكتاب إلى موعده المقرر سلفًا بعد ضغوط
تونس (رويترز) – أفضت ضغوط النشطاء والفاعلين الثقافيين في تونس إلى صدور قرار بإقامة معرض تونس الدولي للكتاب في أبريل نيسان، بعد أيام من الإعلان عن تأجيله إلى أجل غير محدد هذا العام.
وكانت الدورة الثامنة والثلاثون للمعرض مقررة في الفترة من 19 إلى 28 أبريل نيسان، قبل أن تعلن المؤسسة الوطنية لتنمية المهرجانات والتظاهرات الثقافية والفنية يوم السبت تأجيلها إلى موعد يُحدَّد لاحقًا، لارتباط قصر المعارض بالكرم الذي يحتضن المعرض بحدث آخر يقام في ذات التوقيت.
وأثار التأجيل استياء الوسط الثقافي في تونس، ودفع اتحاد الناشرين التونسيين ونقابة الكتبيين والموردين والموزعين إلى إصدار بيان مشترك عبّرا فيه عن استيائهما العميق من القرار، وعلّقا تمثيلهما في الهيئة المديرة للمعرض ولجانها، ملوّحين بمقاطعة الدورة القادمة إذا تغيّر موعدها.
وفي رد سريع، أصدرت وزارة الشؤون الثقافية بيانًا اليوم الثلاثاء أعلنت فيه عودة المعرض إلى موعده المحدد سلفًا في أبريل نيسان بناءً على تعليمات رئاسية.
""", [
    ev("reversal", "أصدرت وزارة الشؤون الثقافية بيانًا اليوم الثلاثاء", STATEMENT, "'اليوم الثلاثاء' = Tue 13 Feb 2024"),
    ev("original-dates", "في الفترة من 19 إلى 28 أبريل نيسان", ORIGINAL[0], "'من 19 إلى 28 أبريل نيسان' of this year = 19-28 Apr 2024", end=ORIGINAL[1]),
    ev("postponement", "يوم السبت تأجيلها إلى موعد يُحدَّد لاحقًا", POSTPONED, "'يوم السبت' before Tue 13 = Sat 10 Feb 2024"),
    ev("publishers-statement", "إلى إصدار بيان مشترك", STATEMENT, "no own expression; the joint statement of Tue 13 Feb 2024 (ultratunisia: 'صدر الثلاثاء 13 فيفري')"),
    ev("suspension", "وعلّقا تمثيلهما في الهيئة المديرة للمعرض ولجانها", STATEMENT, "no own expression; decided in the joint statement of Tue 13 Feb 2024"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 300)
                            if i != 201 and i != 288
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

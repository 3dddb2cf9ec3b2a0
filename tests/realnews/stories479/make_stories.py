"""Builds stories.jsonl: the 479-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: cultural events: book fairs, film and music festivals,
cultural prizes (openings, closings, winners announced).
Stories: the shortlist of the 19th International Prize for Arabic Fiction announced in Manama (Bahrain / UAE,
February 2026), the 41st Alexandria Mediterranean Film Festival (Egypt, October 2025), and the exceptional
Damascus International Book Fair opened by President al-Sharaa (Syria, February 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- ipaf-2026-shortlist-manama
S = "ipaf-2026-shortlist-manama"
SHORTLIST = "2026-02-04"                   # shortlist announced in Manama on Wed 4 Feb 2026, 11:00 Bahrain time
WINNER = "2026-04-09"                      # the winner to be announced in Abu Dhabi on Thu 9 Apr 2026
art(S, "https://www.aletihad.ae/news/%D8%AB%D9%82%D8%A7%D9%81%D8%A9/4640906/%D8%A3%D8%B3%D8%A8%D9%88%D8%B9-%D9%88%D8%A7%D8%AD%D8%AF-%D9%82%D8%A8%D9%84-%D8%A7%D9%84%D8%A5%D8%B9%D9%84%D8%A7%D9%86-%D8%B9%D9%86-%D8%A7%D9%84%D9%82%D8%A7%D8%A6%D9%85%D8%A9-%D8%A7%D9%84%D9%82%D8%B5%D9%8A%D8%B1%D8%A9-%D9%84%D9%84%D8%AC%D8%A7%D8%A6%D8%B2%D8%A9-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85%D9%8A%D8%A9-%D9%84",
    "2026-01-29", "the page's date stamp 2026-01-29 (Thu); headline rendered from the (truncated) URL slug; the byline 'أبوظبي (الاتحاد)' kept as on the page", True, """
أسبوع واحد قبل الإعلان عن القائمة القصيرة للجائزة العالمية للرواية العربية
أبوظبي (الاتحاد)
تكشف الجائزة العالمية للرواية العربية عن الروايات الست في قائمتها القصيرة خلال مؤتمر صحفي تستضيفه هيئة البحرين للثقافة والآثار في مدينة المنامة، يوم الأربعاء الموافق 4 فبراير 2026، في تمام الساعة 11:00 صباحاً بتوقيت البحرين (08:00 بتوقيت غرينتش).
وستتاح متابعة الإعلان في بث مباشر على الموقع الإلكتروني الرسمي للجائزة.
ويحضر هذه اللحظة المنتظرة أعضاء لجنة التحكيم لهذا العام، وهم: محمد القاضي (رئيساً للجنة)، وشاكر نوري، وضياء الكعبي، وليلى هي وون بيك، ومايا أبو الحيات.
كما يشارك في المؤتمر رئيس مجلس أمناء الجائزة، ياسر سليمان معالي، ومنسقة الجائزة، فلور مونتانارو.
وتُنتقى روايات القائمة القصيرة من بين 16 رواية ضمتها القائمة الطويلة، وكلها صدرت بالعربية في الفترة ما بين يوليو 2024 ويونيو 2025.
وتعد الجائزة العالمية للرواية العربية واحدة من أبرز الجوائز الأدبية المرموقة في العالم العربي، إذ تُمنح كل عام لأفضل رواية بحسب تقييم لجنة التحكيم.
وترمي الجائزة إلى مكافأة التميز في الأدب العربي المعاصر، وإلى رفع المقروئية على المستوى العالمي عبر ترجمة الروايات الفائزة وتلك التي بلغت القائمة القصيرة إلى لغات عالمية رئيسية ونشرها.
""", [
    ev("shortlist-announcement", "تكشف الجائزة العالمية للرواية العربية عن الروايات الست في قائمتها القصيرة", SHORTLIST, "'يوم الأربعاء الموافق 4 فبراير 2026، في تمام الساعة 11:00 صباحاً' = Wed 4 Feb 2026"),
    ev("manama-press-conference", "خلال مؤتمر صحفي تستضيفه هيئة البحرين للثقافة والآثار", SHORTLIST, "the press conference of the announcement, 'يوم الأربعاء الموافق 4 فبراير 2026' = Wed 4 Feb 2026"),
    ev("longlist-novels-published", "وكلها صدرت بالعربية في الفترة ما بين يوليو 2024 ويونيو 2025", "2024-07-01", "'ما بين يوليو 2024 ويونيو 2025' = 1 Jul 2024 - 30 Jun 2025 (months only)", end="2025-07-01"),
])
art(S, "https://alsahafi.dz/?p=61533",
    "2026-02-04", "no date on the stored page; the body's 'أعلنت الجائزة العالمية للرواية العربية، اليوم الأربعاء' for the shortlist announced on Wed 4 Feb 2026 (aletihad of 29 Jan: 'يوم الأربعاء الموافق 4 فبراير 2026'; emaratalyoum of Thu 5 Feb: 'أمس') gives Wed 4 Feb 2026; headline written from the body (the stored text has none); the last, truncated sentence (the jury's statement) dropped", False, """
الجائزة العالمية للرواية العربية تعلن قائمتها القصيرة لدورتها التاسعة عشرة
أعلنت الجائزة العالمية للرواية العربية، اليوم الأربعاء، من مقر هيئة البحرين للثقافة والفنون في المنامة، قائمتها القصيرة للدورة التاسعة عشرة، وقد ضمت ست روايات لكتّاب من الجزائر والعراق ولبنان ومصر، على أن يُكشف عن الرواية الفائزة في أبوظبي يوم الخميس 9 أبريل/نيسان 2026.
وتضم القائمة القصيرة: «أصل الأنواع» لأحمد عبد اللطيف، و«منام القيلولة» لأمين الزاوي، و«فوق رأسي سحابة» لدعاء إبراهيم، و«أغالب مجرى النهر» لسعيد خطيبي، و«الرائي» لضياء جبيلي، و«غيبة مَي» لنجوى بركات.
وبيّن الإعلان أن الروايات المختارة تتسم بتنوع موضوعاتها وأساليبها، وبتناولها قضايا راهنة من زوايا سردية مختلفة.
وأشار المنظمون إلى أن ثلاثة من الكتّاب سبق أن بلغوا المراحل النهائية في دورات سابقة، بينما يدخل الثلاثة الآخرون القائمة القصيرة للمرة الأولى.
وتضم القائمة أيضاً كاتبتين وأربعة كتّاب، تتراوح أعمارهم بين 37 و69 عاماً.
ويرأس لجنة التحكيم هذا العام الناقد والباحث التونسي محمد القاضي، وتضم في عضويتها الكاتب والمترجم العراقي شاكر نوري، والأكاديمية والناقدة البحرينية ضياء الكعبي، والكاتبة والمترجمة الفلسطينية مايا أبو الحيات، إضافة إلى الأكاديمية الكورية الجنوبية ليلى هي وون بيك.
""", [
    ev("shortlist-announcement", "أعلنت الجائزة العالمية للرواية العربية، اليوم الأربعاء", SHORTLIST, "'اليوم الأربعاء' = Wed 4 Feb 2026"),
    ev("manama-press-conference", "من مقر هيئة البحرين للثقافة والفنون في المنامة", SHORTLIST, "no own expression; the announcement made in Manama that Wednesday, Wed 4 Feb 2026 (the press conference of aletihad and emaratalyoum)"),
    ev("winner-announcement", "يُكشف عن الرواية الفائزة في أبوظبي يوم الخميس 9 أبريل/نيسان 2026", WINNER, "'يوم الخميس 9 أبريل/نيسان 2026' = Thu 9 Apr 2026 (announced as planned)"),
])
art(S, "https://www.emaratalyoum.com/life/four-sides/2026-02-05-1.2012771",
    "2026-02-05", "the page's date stamp 2026-02-05 (Thu; also in the URL); the body's 'أمس' for the announcement of Wed 4 Feb 2026 agrees; headline written from the body (the stored text has none); the last, truncated clause dropped", True, """
ست روايات في القائمة القصيرة للجائزة العالمية للرواية العربية
كشفت الجائزة العالمية للرواية العربية، أمس، عن الروايات التي بلغت القائمة القصيرة في دورتها الـ19، وهي «أصل الأنواع» لأحمد عبداللطيف (مصر)، و«منام القيلولة» لأمين الزاوي (الجزائر)، و«فوق رأسي سحابة» لدعاء إبراهيم (مصر)، و«أغالب مجرى النهر» لسعيد خطيبي (الجزائر)، و«الرائي» لضياء جبيلي (العراق)، و«غيبة مَي» لنجوى بركات (لبنان)، على أن تُعلن الرواية الفائزة في أبوظبي، في التاسع من أبريل المقبل.
وتم الإعلان عن القائمة في مؤتمر صحافي احتضنته هيئة البحرين للثقافة والآثار بالمنامة، إذ أعلن رئيس لجنة التحكيم، محمد القاضي، العناوين المرشحة، بمشاركة أعضاء اللجنة: شاكر نوري (كاتب ومترجم عراقي)، وضياء الكعبي (أكاديمية وناقدة بحرينية)، وليلى هي وون بيك (أكاديمية من كوريا الجنوبية)، ومايا أبوالحيات (كاتبة ومترجمة فلسطينية)، وكذلك رئيس مجلس أمناء الجائزة، ياسر سليمان، ومنسقة الجائزة، فلور مونتانارو.
وتجمع القائمة القصيرة للدورة الـ19 كُتّاباً من أربعة بلدان عربية، هي الجزائر والعراق ولبنان ومصر، تراوح أعمارهم بين 37 و69 عاماً، وتتنوع رواياتهم في المضامين والأساليب.
""", [
    ev("shortlist-announcement", "كشفت الجائزة العالمية للرواية العربية، أمس", SHORTLIST, "'أمس' in an article of Thu 5 Feb 2026 = Wed 4 Feb"),
    ev("manama-press-conference", "في مؤتمر صحافي احتضنته هيئة البحرين للثقافة والآثار بالمنامة", SHORTLIST, "no own expression; the press conference of the announcement, Wed 4 Feb 2026 ('أمس')"),
    ev("winner-announcement", "على أن تُعلن الرواية الفائزة في أبوظبي، في التاسع من أبريل المقبل", WINNER, "'في التاسع من أبريل المقبل' from Feb 2026 = Thu 9 Apr 2026"),
])

# ---------------------------------------------------------------- egypt-alexandria-film-festival-41-2025
S = "egypt-alexandria-film-festival-41-2025"
OPEN = "2025-10-02"                        # opening ceremony at the Bibliotheca Alexandrina, Thu 2 Oct 2025, 8 pm
CLOSE = "2025-10-06"                       # closing ceremony at the Antoniadis gardens, Mon 6 Oct 2025
RUN = (OPEN, "2025-10-07")                 # the festival ran 2 - 6 Oct 2025
art(S, "https://www.elbalad.news/6716943",
    "2025-10-01", "the page's date stamp 2025-10-01 (Wed); the body's 'غداً الخميس 2 أكتوبر 2025' agrees; the site menus, photo caption and author line dropped; headline kept from the page; the last, truncated clause (the honours) shortened", True, """
غدا.. انطلاق فعاليات الدورة 41 لمهرجان الإسكندرية السينمائي لدول البحر المتوسط
تنطلق غداً الخميس 2 أكتوبر 2025، في تمام الساعة الثامنة مساءً على مسرح مكتبة الإسكندرية، مراسم حفل افتتاح الدورة الـ41 من مهرجان الإسكندرية السينمائي لدول البحر المتوسط، الذي يرأسه الناقد السينمائي الأمير أباظة، وتحمل دورة هذا العام اسم النجمة الكبيرة ليلى علوي.
ومن المنتظر أن تبث قناة نايل سينما حفل الافتتاح على الهواء مباشرة، بدءاً من السابعة مساءً مع انطلاق فعاليات السجادة الحمراء، وحتى المراسم الرسمية للافتتاح.
ويقدم الحفل الإعلامي الكبير الدكتور إبراهيم الكرداني والإعلامية غادة شاهين، بينما يتولى المخرج محمد السماحي إخراجه.
ويُستهل البرنامج بأغنية ترحيب تؤديها المطربة اليونانية مارلينا روسوغلو والمطربة المصرية فاطمة محمد علي، ثم يُعرض فيلم تعريفي بالمسابقات الرئيسية والأفلام المشاركة.
ثم يلقي رئيس المهرجان الأمير أباظة كلمته، ويعقبها استعراض لجان التحكيم الخاصة بالمسابقات المختلفة، ثم تقديم التكريمات.
""", [
    ev("opening-ceremony", "تنطلق غداً الخميس 2 أكتوبر 2025، في تمام الساعة الثامنة مساءً", OPEN, "'غداً الخميس 2 أكتوبر 2025' = Thu 2 Oct 2025 (8 pm)"),
    ev("red-carpet-broadcast", "بدءاً من السابعة مساءً مع انطلاق فعاليات السجادة الحمراء", OPEN, "no own day; 'السابعة مساءً' on the day of the opening, Thu 2 Oct 2025"),
    ev("welcome-song", "بأغنية ترحيب تؤديها المطربة اليونانية مارلينا روسوغلو", OPEN, "no own expression; part of the opening ceremony of Thu 2 Oct 2025"),
    ev("abaza-opening-speech", "ثم يلقي رئيس المهرجان الأمير أباظة كلمته", OPEN, "no own expression; part of the opening ceremony of Thu 2 Oct 2025"),
    ev("opening-honours", "ثم تقديم التكريمات", OPEN, "no own expression; the honours of the opening ceremony of Thu 2 Oct 2025 (aletihad of Fri 3 Oct: 'مساء أمس الخميس')"),
])
art(S, "https://www.aletihad.ae/news/%D8%AF%D9%86%D9%8A%D8%A7/4610609/%D9%84%D9%8A%D9%84%D9%89-%D8%B9%D9%84%D9%88%D9%8A-%D9%86%D8%AC%D9%85%D8%A9-%D8%A7%D9%81%D8%AA%D8%AA%D8%A7%D8%AD-%D8%A7%D9%84%D8%AF%D9%88%D8%B1%D8%A9-%D8%A7%D9%84%D9%8041-%D9%84%D9%85%D9%87%D8%B1%D8%AC%D8%A7%D9%86-%D8%A7%D9%84%D8%A5%D8%B3%D9%83%D9%86%D8%AF%D8%B1%D9%8A%D8%A9-%D8%A7%D9%84%D8%B3%D9%8A%D9%86%D9%85",
    "2025-10-03", "the page's date stamp 2025-10-03 (Fri); the body's 'مساء أمس الخميس' for the opening of Thu 2 Oct 2025 agrees; headline rendered from the (truncated) URL slug", True, """
ليلى علوي نجمة افتتاح الدورة الـ41 لمهرجان الإسكندرية السينمائي
انطلقت مساء أمس الخميس الدورة الحادية والأربعون من مهرجان الإسكندرية السينمائي لدول البحر المتوسط، التي تحمل اسم الممثلة ليلى علوي.
وعقب تكريمها في حفل الافتتاح الذي احتضنه مسرح مكتبة الإسكندرية، قالت ليلى علوي: "أشكر المهرجان على تقديره لي، وعلى تنظيم دورة تحمل اسمي... إنه تكريم كبير أشكره عليه".
وكرّم المهرجان، الذي تنظمه الجمعية المصرية لكتاب ونقاد السينما، عدداً من الفنانين المصريين هم فردوس عبد الحميد ورياض الخولي وأحمد رزق وشيرين، إلى جانب المخرج هاني لاشين ومدير التصوير سامح سليم.
ومن بلدان البحر المتوسط، يكرّم المهرجان المخرج التونسي رضا الباهي، والمخرج وكاتب السيناريو الفرنسي جان بيير آماريس، والممثلة والمخرجة الإسبانية مرسيدس أورتيجا.
ويقدم المهرجان، الذي يستمر حتى السادس من أكتوبر، أكثر من 130 فيلماً من 46 دولة، بينها المغرب "ضيف شرف" هذه الدورة، ويشمل برنامجه ندوات للمكرمين وورش تدريب، مع التركيز على التحديات التي تواجهها صناعة السينما في عصر الذكاء الاصطناعي.
""", [
    ev("opening-ceremony", "انطلقت مساء أمس الخميس الدورة الحادية والأربعون", OPEN, "'مساء أمس الخميس' in an article of Fri 3 Oct 2025 = Thu 2 Oct"),
    ev("elwi-honoured", "وعقب تكريمها في حفل الافتتاح", OPEN, "no own expression; honoured at the opening of Thu 2 Oct 2025 ('مساء أمس الخميس')"),
    ev("opening-honours", "وكرّم المهرجان، الذي تنظمه الجمعية المصرية لكتاب ونقاد السينما", OPEN, "no own expression; the honours of the opening ceremony of Thu 2 Oct 2025"),
    ev("mediterranean-honourees", "يكرّم المهرجان المخرج التونسي رضا الباهي", OPEN, "no own expression; the Mediterranean honourees were honoured at the opening ceremony of Thu 2 Oct 2025 (other reports of that night list them among the opening honours)"),
    ev("festival-run", "الذي يستمر حتى السادس من أكتوبر", RUN[0], "'حتى السادس من أكتوبر' = the festival from its opening on Thu 2 Oct to Mon 6 Oct 2025", end=RUN[1]),
])
art(S, "https://1010eg.com/%d8%a7%d9%84%d8%a3%d9%81%d9%84%d8%a7%d9%85-%d8%a7%d9%84%d9%85%d8%b5%d8%b1%d9%8a%d8%a9-%d8%aa%d8%aa%d8%a3%d9%84%d9%82-%d9%81%d9%8a-%d8%a7%d9%84%d8%a8%d8%ad%d8%b1-%d8%a7%d9%84%d9%85%d8%aa%d9%88%d8%b3",
    "2025-10-07", "no date on the stored page; the body's 'أُقيم مساء أمس الاثنين' for the closing ceremony, which was held on the evening of Mon 6 Oct 2025 (the festival ran 2 - 6 Oct; elbalad of 6 Oct: 'تُختتم في الثامنة من مساء اليوم'), gives Tue 7 Oct 2025; headline kept from the page; the sub-heading and the list of awards that follows dropped", False, """
الأفلام المصرية تتألق في البحر المتوسط.. حصاد الدورة 41 لمهرجان الإسكندرية السينمائي
أنهى مهرجان الإسكندرية السينمائي لدول البحر المتوسط فعاليات دورته الـ41 بحفل ختام احتفالي أُقيم مساء أمس الاثنين، حضره عدد كبير من نجوم السينما المصرية والعربية وصناعها.
وحقق المهرجان، الذي يمضي في رسالته لدعم السينما العربية والمتوسطية، إنجازاً مصرياً جديداً، إذ نال فيلم "المنبر" للمخرج أحمد عبد العال جائزة أفضل فيلم في المسابقة المتوسطية الطويلة، مؤكداً تصدر مصر الفني في هذا المحفل الإقليمي.
وفي كلمته الختامية، عرض الناقد الأمير أباظة، رئيس المهرجان، حصيلة الدورة التي شملت عروضاً سينمائية مكثفة وندوات واحتفاءات رمزية، لافتاً إلى حرص المهرجان على الاحتفال بذكرى نصر أكتوبر المجيد الذي يتزامن الاحتفال به حالياً، وختم كلمته بتمني "كل عام ومصر المحبة والخير والسلام، وتعيش في سلام".
وشهد الحفل تكريم الفنان الكبير ناصر المزداوي تقديراً لمشواره الفني، فقدم عقب التكريم أغنية خاصة عن مدينة الإسكندرية، قبل أن تُعلن النتائج التي عكست تنوعاً جغرافياً وفنياً واسعاً.
""", [
    ev("closing-ceremony", "بحفل ختام احتفالي أُقيم مساء أمس الاثنين", CLOSE, "'مساء أمس الاثنين' in an article of Tue 7 Oct 2025 = Mon 6 Oct"),
    ev("minbar-best-film", "نال فيلم \"المنبر\" للمخرج أحمد عبد العال جائزة أفضل فيلم", CLOSE, "no own expression; the award announced at the closing ceremony of Mon 6 Oct 2025"),
    ev("abaza-closing-speech", "وفي كلمته الختامية، عرض الناقد الأمير أباظة", CLOSE, "no own expression; the speech at the closing ceremony of Mon 6 Oct 2025"),
    ev("festival-run", "حصيلة الدورة التي شملت عروضاً سينمائية مكثفة", RUN[0], "no own expression; the 41st edition, Thu 2 - Mon 6 Oct 2025", end=RUN[1]),
    ev("mazdawi-honoured", "وشهد الحفل تكريم الفنان الكبير ناصر المزداوي", CLOSE, "no own expression; honoured at the closing ceremony of Mon 6 Oct 2025"),
])

# ---------------------------------------------------------------- syria-damascus-book-fair-exceptional-2026
S = "syria-damascus-book-fair-exceptional-2026"
OPENING = "2026-02-05"                     # official opening by President al-Sharaa, Thu 5 Feb 2026 (evening)
DOORS = "2026-02-06"                       # fair opened to the public on Fri 6 Feb 2026 (3 pm)
FAIR = (DOORS, "2026-02-17")               # the fair ran 6 - 16 Feb 2026
art(S, "https://eremnews-fe-app-production.azurewebsites.net/entertainment/db01t4y",
    "2026-02-05", "no date on the stored page (an Erem News report on a mirror host); the body's 'يوم غد الجمعة 6 فبراير' for the start of the fair gives Thu 5 Feb 2026, the day of the official opening (lebanon24 of Fri 6 Feb: 'افتُتحت مساء الخميس'); headline written from the body (the stored text has none)", False, """
الشرع يحضر افتتاح معرض دمشق الدولي للكتاب
احتضنت مدينة المعارض في دمشق حفل الافتتاح الرسمي لمعرض دمشق الدولي للكتاب، الذي تنطلق فعالياته يوم غد الجمعة 6 فبراير، وتتواصل حتى 16، بمشاركة ما يزيد على 500 دار نشر عربية ودولية تعرض أكثر من 100 ألف عنوان.
وشهد الحفل الرئيس السوري أحمد الشرع والوزراء وسفراء الدول العربية والأجنبية، فضلاً عن وفود ثقافية عربية وشخصيات أدبية وفكرية وناشرين ومهتمين بالشأن الثقافي عامة.
وألقى الشرع كلمة الافتتاح، وشدد فيها على أهمية المعرفة في بناء الإنسان، قائلاً: "معرض الكتاب اليوم، هو عودة حميدة وانطلاقة ثمينة، بعد تحرير سوريا بأكملها".
وأكد في كلمته كذلك دور دمشق الثقافي، وقال: "إن دمشق منارة للعلم، ومقصد للمعرفة، وخيرها أصاب شرق الدنيا وغربها".
ومن جهته، أكد وزير الثقافة محمد ياسين صالح، في كلمة خلال الحفل، الدور التاريخي للسوريين في الثقافة والمعرفة والعلوم، مذكّراً بأنهم اخترعوا الأبجدية وأرسوا كثيراً من أسس الحضارة الأولى، وقال: "السوريون نهضوا من كبوتهم بقوة وإرادة".
ويُذكر أن المعرض يستقبل زواره يوم غد الجمعة الساعة 3 ظهراً، وتمتد فعالياته حتى 16 فبراير الجاري، وتتضمن ندوات ومحاضرات وحفلات توقيع كتب لكثير من الكتاب السوريين والعرب.
""", [
    ev("opening-ceremony", "احتضنت مدينة المعارض في دمشق حفل الافتتاح الرسمي", OPENING, "no own expression; the official opening on the eve of 'يوم غد الجمعة 6 فبراير' = Thu 5 Feb 2026 (lebanon24: 'مساء الخميس')"),
    ev("fair-activities-start", "الذي تنطلق فعالياته يوم غد الجمعة 6 فبراير", DOORS, "'يوم غد الجمعة 6 فبراير' = Fri 6 Feb 2026 (doors open at 3 pm)"),
    ev("sharaa-speech", "وألقى الشرع كلمة الافتتاح", OPENING, "no own expression; the speech at the opening ceremony of Thu 5 Feb 2026"),
    ev("minister-speech", "أكد وزير الثقافة محمد ياسين صالح، في كلمة خلال الحفل", OPENING, "no own expression; the speech at the opening ceremony of Thu 5 Feb 2026"),
    ev("fair-run", "وتمتد فعالياته حتى 16 فبراير الجاري", FAIR[0], "'حتى 16 فبراير الجاري' = the fair from Fri 6 Feb to Mon 16 Feb 2026", end=FAIR[1]),
])
art(S, "https://www.lebanon24.com/news/variety-news/1478448/%D8%A7%D9%81%D8%AA%D8%AA%D8%A7%D8%AD-%D8%A7%D8%B3%D8%AA%D8%AB%D9%86%D8%A7%D8%A6%D9%8A-%D9%84%D9%85%D8%B9%D8%B1%D8%B6-%D8%AF%D9%85%D8%B4%D9%82-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A-%D9%84%D9%84%D9%83%D8%AA%D8%A7%D8%A8",
    "2026-02-06", "the page's date stamp 2026-02-06 (Fri); the body's 'مساء الخميس' for the opening of Thu 5 Feb 2026 agrees; headline rendered from the URL slug; names lost with the stripped links of the stored text ('الشرع', 'دمشق', 'السعودية') restored; the bulleted headings and the last, truncated item (the opening hours) dropped", True, """
افتتاح استثنائي لمعرض دمشق الدولي للكتاب
برعاية رئيس الجمهورية أحمد الشرع وحضوره، افتُتحت مساء الخميس في قصر المؤتمرات بالعاصمة دمشق فعاليات "معرض دمشق الدولي للكتاب" في دورته الاستثنائية، الأولى منذ التغيرات السياسية الأخيرة في البلاد، وسط مشاركة عربية ودولية واسعة.
وشدد الرئيس الشرع في كلمته الافتتاحية على أن عودة المعرض "عودة حميدة وانطلاقة ثمينة" لإعادة ترميم الصرح الثقافي السوري، معتبراً أن دمشق تسترد اليوم دورها التاريخي منارةً للعلم والمعرفة.
أما وزير الثقافة محمد ياسين الصالح فأشار إلى أن هذه الدورة تجسد إرادة السوريين في النهوض مجدداً، وتتوج الحقيقة في أول معرض للكتاب يقام بعد "التحرير".
وحضر حفل الافتتاح تمثيل دبلوماسي رفيع تقدمه وزيرا الثقافة في السعودية ودولة قطر، البلدين اللذين يحلان ضيفي شرف على المعرض، ما يعكس البعد العربي المتجدد لهذه التظاهرة الثقافية.
ويشارك في المعرض أكثر من 500 دار نشر من 35 دولة، وتضم أجنحته ما يزيد على 100 ألف عنوان معرفي.
ويشمل البرنامج الثقافي أكثر من 650 فعالية متنوعة، من ندوات فكرية وأمسيات أدبية وحفلات توقيع كتب، إضافة إلى مساحات مخصصة لأنشطة الأطفال.
""", [
    ev("opening-ceremony", "افتُتحت مساء الخميس في قصر المؤتمرات بالعاصمة دمشق", OPENING, "'مساء الخميس' in an article of Fri 6 Feb 2026 = Thu 5 Feb"),
    ev("assad-fall", "الأولى منذ التغيرات السياسية الأخيرة في البلاد", "2024-12-08", "no own expression; the political change = the fall of the Assad government on Sun 8 Dec 2024"),
    ev("sharaa-speech", "وشدد الرئيس الشرع في كلمته الافتتاحية", OPENING, "no own expression; the speech at the opening of Thu 5 Feb 2026"),
    ev("minister-speech", "أما وزير الثقافة محمد ياسين الصالح فأشار", OPENING, "no own expression; the speech at the opening of Thu 5 Feb 2026"),
    ev("guest-ministers-attend", "تقدمه وزيرا الثقافة في السعودية ودولة قطر", OPENING, "no own expression; their attendance at the opening of Thu 5 Feb 2026"),
])
art(S, "https://symonitor.com/%d8%a3%d9%83%d8%ab%d8%b1-%d9%85%d9%86-40-%d8%a3%d9%84%d9%81-%d8%b2%d8%a7%d8%a6%d8%b1-%d8%a5%d9%84%d9%89-%d9%85%d8%b9%d8%b1%d8%b6-%d8%af%d9%85%d8%b4%d9%82-%d8%a7%d9%84%d8%af%d9%88%d9%84%d9%8a-%d9%84",
    "2026-02-06", "no date on the stored page; the body's 'بدأت اليوم فعاليات' with 'الافتتاح الرسمي يوم أمس' (attended by President al-Sharaa, so the 2026 edition) and 'في يومه الأول' give the first public day, Fri 6 Feb 2026, the day after the official opening of Thu 5 Feb (eremnews: 'تنطلق فعالياته يوم غد الجمعة 6 فبراير'); headline rendered from the (truncated) URL slug; the outlet tag kept as on the page", False, """
أكثر من 40 ألف زائر إلى معرض دمشق الدولي للكتاب في يومه الأول
سيريا مونيتور – خاص
بدأت اليوم فعاليات معرض دمشق الدولي للكتاب في مدينة المعارض، عقب الافتتاح الرسمي يوم أمس الذي حضره الرئيس الشرع وعقيلته وعدد من المسؤولين والوزراء في الحكومة السورية.
وشاركت في المعرض دور نشر سورية وعربية، إلى جانب وزارات الثقافة في عدد من الدول العربية مثل قطر والكويت والسعودية.
وتضمن يوم المعرض فعاليات وأنشطة فنية وثقافية، إضافة إلى جناح مخصص للأطفال.
وتُقام مساء اليوم محاضرات يلقيها الكوثر بشر النجار، والدكتور خالد فتح الرحمن، والدكتور برهان غليون.
وتدفق عدد كبير من القراء والزوار على المعرض في يومه الأول، إذ تخطى عددهم 40 ألف زائر.
""", [
    ev("fair-activities-start", "بدأت اليوم فعاليات معرض دمشق الدولي للكتاب", DOORS, "'اليوم' = Fri 6 Feb 2026, the day after the official opening"),
    ev("opening-ceremony", "عقب الافتتاح الرسمي يوم أمس", OPENING, "'يوم أمس' from Fri 6 Feb 2026 = Thu 5 Feb"),
    ev("evening-lectures", "وتُقام مساء اليوم محاضرات", DOORS, "'مساء اليوم' = the evening of Fri 6 Feb 2026"),
    ev("first-day-visitors", "إذ تخطى عددهم 40 ألف زائر", DOORS, "'في يومه الأول' = the first public day, Fri 6 Feb 2026"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 479
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

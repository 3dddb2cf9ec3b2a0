"""Builds stories.jsonl: the 235-th evaluation set of real Arabic news stories (several articles per
story, from different outlets, published on different days), bodies re-worded sentence by sentence,
every date/time expression kept verbatim, gold events keyed across each story (same format and checks
as tests/realnews/stories204/make_stories.py). Domain: football fan violence, stadium incidents,
matches played without spectators and fan bans (bottles thrown by Al Ahly fans at AS FAR players in
Cairo and the arrests that followed, the first-instance verdict against 12 policemen over the drowning
of the Club Africain fan Omar Laabidi, the Wehdat-Faisaly stadium riot in Amman, a fan whipping
Abderrazak Hamdallah after the Saudi Super Cup final in Abu Dhabi). None of these stories is in the
dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-ahly-far-fan-bottles-2026
S = "egypt-ahly-far-fan-bottles-2026"
COMPLAINT = ("2026-02-15", "2026-02-17")  # AS FAR's statement and complaint to CAF: the night of the match or the next morning
art(S, "https://achkayensport.com/?p=574759",
    "2026-02-15", "no stamp or URL date in the stored page: fixed by the body's 'مساء اليوم الأحد' for the Al Ahly - AS FAR match at Cairo International Stadium, played on Sun 15 Feb 2026 (another outlet, stamped 'Lundi 16 Février 2026', reports it 'مساء الأحد'); no date of its own in the text", False, """
شهد لقاء الأهلي المصري وضيفه الجيش الملكي، الذي جرى مساء اليوم الأحد في إطار دوري أبطال أفريقيا، أعمال شغب مؤسفة أدت إلى توتر الأجواء في استاد القاهرة الدولي.
ورغم أن المباراة انتهت بالتعادل السلبي الذي منح الفريقين بطاقة العبور إلى الدور المقبل، فإن صافرة النهاية أطلقت مناوشات غير رياضية من جانب الجماهير الحمراء.
وازداد التوتر بعد أن أعلن الحكم نهاية اللقاء، إذ رشقت فئة من الجماهير لاعبي الفريق العسكري بالقنينات والمقذوفات وهم في طريقهم إلى غرف الملابس، ورصدت الكاميرات محاولات لاقتحام مضمار الملعب واعتداءات لفظية وجسدية طالت عددا من لاعبي الجيش الملكي، بينهم اللاعب أحمد حمودان، ما استلزم تدخلا سريعا وحازما من قوات الأمن المصرية لضبط الوضع وتأمين مغادرة البعثة المغربية.
ويُتوقع أن يتعرض النادي الأهلي لحزمة من العقوبات الصارمة من لجنة الانضباط في الاتحاد الأفريقي لكرة القدم، قد تبلغ حد حرمان الفريق من جماهيره في عدة مباريات مقبلة إلى جانب غرامات مالية كبيرة.
وعلى المستوى الرسمي، يُنتظر أن ترفع بعثة الجيش الملكي تقريرا مفصلا إلى مراقب المباراة والاتحاد الأفريقي يوثّق التجاوزات التي تعرض لها اللاعبون.
""", [
    ev("match", "جرى مساء اليوم الأحد في إطار دوري أبطال أفريقيا", "2026-02-15", "'مساء اليوم الأحد' = the evening of Sun 15 Feb 2026"),
    ev("bottles", "رشقت فئة من الجماهير لاعبي الفريق العسكري بالقنينات", "2026-02-15", "no own expression; at the end of the match of Sun 15 Feb 2026 ('بعد أن أعلن الحكم نهاية اللقاء')"),
    ev("hamoudane-hit", "بينهم اللاعب أحمد حمودان", "2026-02-15", "no own expression; during the match of Sun 15 Feb 2026 (another outlet: hit by a bottle on the way to the dressing room at half-time)"),
    ev("security-intervention", "تدخلا سريعا وحازما من قوات الأمن المصرية", "2026-02-15", "no own expression; the same evening, Sun 15 Feb 2026"),
    ev("far-complaint", "يُنتظر أن ترفع بعثة الجيش الملكي تقريرا مفصلا", COMPLAINT[0], "future in the text ('يُنتظر'); AS FAR's report and complaint to CAF, announced by the next morning (another outlet, Mon 16 Feb 10:13: 'تقدّم نادي الجيش الملكي بشكوى رسمية'; my span 15-16 Feb 2026)", end=COMPLAINT[1]),
])
art(S, "https://www.babnet.net/festivaldetail-323735.asp",
    "2026-02-16", "page stamp 'Publié le Lundi 16 Février 2026 - 06:11' (16 Feb 2026 was a Monday) and the body's 'مساء الأحد' for the match of Sun 15 Feb; the stamp, the image tag and the reading-time notice dropped, so the kept text has no date of its own; the truncated last sentence ('حيث توقفت المباراة في الدقيقة 50 ...') cut to its complete clause", False, """
حرب القوارير.. ماذا جرى في مباراة الأهلي والجيش الملكي بدوري الأبطال؟
عرف اللقاء الذي جمع الأهلي المصري بالجيش الملكي المغربي مساء الأحد، في الجولة الختامية من دور المجموعات بدوري أبطال إفريقيا، أحداثا متوترة على أرضية الملعب وفي المدرجات، أثارت جدلا كبيرا بعد صافرة النهاية.
بداية التوتر داخل الملعب
اشتعل الاحتقان في الدقيقة 41 من الشوط الأول، بعد التحام بدني قوي بين لاعب الأهلي طاهر محمد طاهر وقائد الجيش الملكي محمد ربيع الحريمات.
وسرعان ما تحول الاحتكاك إلى مشادة كلامية ثم إلى اشتباك بالأيدي، فتدخل لاعبو الفريقين وأعضاء الجهازين الفنيين لاحتواء الموقف ومنع تفاقمه.
وتدخل في اللقطة المغربي أشرف بن شرقي لتهدئة الأجواء، مستفيدا من معرفته بعدد من لاعبي الفريقين، قبل أن يتمكن طاقم التحكيم من إعادة الانضباط واستئناف اللعب.
إلقاء مقذوفات من المدرجات
ومع بداية الشوط الثاني، امتد التوتر إلى مدرجات إستاد القاهرة.
""", [
    ev("match", "الجيش الملكي المغربي مساء الأحد", "2026-02-15", "'مساء الأحد' before Mon 16 Feb = the evening of Sun 15 Feb 2026"),
    ev("players-scuffle", "اشتعل الاحتقان في الدقيقة 41 من الشوط الأول", "2026-02-15", "no own expression; the 41st minute of the match of Sun 15 Feb 2026"),
    ev("bottles", "امتد التوتر إلى مدرجات إستاد القاهرة", "2026-02-15", "no own expression; from the start of the second half of the match of Sun 15 Feb 2026 (the section is headed 'إلقاء مقذوفات من المدرجات')"),
])
art(S, "https://alrai.com/article/10944097/%D8%B1%D9%8A%D8%A7%D8%B6%D8%A9/%D8%A7%D9%84%D8%AC%D9%8A%D8%B4-%D8%A7%D9%84%D9%85%D9%84%D9%83%D9%8A-%D9%8A%D8%B4%D9%83%D9%88-%D8%AC%D9%85%D8%A7%D9%87%D9%8A%D8%B1-%D8%A7%D9%84%D8%A3%D9%87%D9%84%D9%8A-%D8%B1%D8%B3%D9%85%D9%8A%D8%A7",
    "2026-02-16", "page stamp 'تاريخ النشر : الاثنين 10:13 16-2-2026' (kept as first line without its label, before the headline); 16 Feb 2026 was a Monday, the day after the match; the credit 'االرأي - وكالات', 'No Image' and the widget code dropped", True, """
الاثنين 10:13 16-2-2026
الجيش الملكي يشكو جماهير الأهلي رسميًا
رفع نادي الجيش الملكي شكوى رسمية ضد جماهير الأهلي، إثر أحداث الشغب التي عرفتها مباراة الفريقين في الجولة الأخيرة من دوري أبطال إفريقيا على إستاد القاهرة، والتي انتهت بالتعادل دون أهداف وتأهل الفريقين معًا إلى دور الثمانية.
وأكدت إدارة الجيش الملكي، في بيان نشرته على صفحتها الرسمية في "فيسبوك"، أنها تستنكر السلوكيات غير الرياضية لبعض مشجعي الأهلي، ومنها رمي القارورات، وهو ما شكّل خطرًا مباشرًا على سلامة اللاعبين وأعضاء الطاقم الفني.
وأضاف البيان أن الإدارة وجهت خطابًا رسميًا إلى الاتحاد الإفريقي لكرة القدم (كاف) تطالب فيه بتطبيق العقوبات التي تنص عليها اللوائح، صونًا للروح الرياضية وضمانًا لسلامة جميع المشاركين في المباراة.
""", [
    ev("far-complaint", "رفع نادي الجيش الملكي شكوى رسمية ضد جماهير الأهلي", COMPLAINT[0], "no own expression; the complaint reported at 10:13 on Mon 16 Feb 2026, after the match of Sun 15 (my span 15-16 Feb)", end=COMPLAINT[1]),
    ev("match", "مباراة الفريقين في الجولة الأخيرة من دوري أبطال إفريقيا", "2026-02-15", "no own expression; the match of Sun 15 Feb 2026 (other outlets: 'مساء اليوم الأحد')"),
    ev("far-statement", "في بيان نشرته على صفحتها الرسمية", COMPLAINT[0], "no own expression; the Facebook statement, between the match of Sun 15 Feb and the stamp of Mon 16 Feb 10:13 (my span 15-16 Feb)", end=COMPLAINT[1]),
    ev("bottles", "ومنها رمي القارورات", "2026-02-15", "no own expression; during the match of Sun 15 Feb 2026"),
])
art(S, "https://m.elbotola.com/article/2026-02-16-16-29-140.html",
    "2026-02-16", "byline stamp '16 فبراير 2026على الساعة16:20' (kept as first line, spaced, before the headline) and the URL '/article/2026-02-16-'; 16 Feb 2026 was a Monday; the site name, the logo, the repeated headline and the initials 'ه.ل (البطولة)' dropped; the truncated last sentence ('وتهم التهم أساسًا ...') dropped", True, """
16 فبراير 2026 على الساعة 16:20
تتراوح أعمارهم بين 16 و17 سنة.. توقيف 35 مشجعا للأهلي المصري بعد أعمال الشغب في ملعب القاهرة خلال مواجهة الجيش الملكي
عرفت مباراة الجيش الملكي والأهلي المصري، في الجولة السادسة والأخيرة من دور مجموعات دوري أبطال أفريقيا، أحداثا مؤسفة انتهت باعتقال 35 مشجعا من أنصار الفريق المصري.
وذكرت مصادر إعلامية مصرية أن المشجعين أوقفوا بعد نهاية المباراة التي احتضنها استاد القاهرة، بسبب أعمال شغب شهدها اللقاء.
ومن بين تلك الأحداث رمي زجاجات المياه على لاعبي الفريق العسكري، سواء خلال مجريات المباراة أو أثناء توجههم إلى غرفة الملابس بين الشوطين، ما أدى إلى إصابة أحمد حمودان.
وبحسب المعطيات المتاحة، اقتيد الموقوفون إلى قسم الشرطة تمهيدا لعرضهم على نيابة مدينة نصر للتحقيق معهم في التهم المنسوبة إليهم.
""", [
    ev("match", "عرفت مباراة الجيش الملكي والأهلي المصري", "2026-02-15", "no own expression; the match of Sun 15 Feb 2026 (other outlets: 'مساء اليوم الأحد')"),
    ev("fan-arrests", "انتهت باعتقال 35 مشجعا", "2026-02-15", "no own expression; 'بعد نهاية المباراة': the night of Sun 15 Feb into Mon 16 Feb 2026 (my span 15-16 Feb)", end="2026-02-17"),
    ev("bottles", "رمي زجاجات المياه على لاعبي الفريق العسكري", "2026-02-15", "no own expression; during the match of Sun 15 Feb 2026"),
    ev("hamoudane-hit", "ما أدى إلى إصابة أحمد حمودان", "2026-02-15", "no own expression; at half-time of the match of Sun 15 Feb 2026"),
    ev("prosecution", "تمهيدا لعرضهم على نيابة مدينة نصر", "2026-02-16", "future in the text; the Nasr City prosecution questioned the 35 and released them on bail on Mon 16 Feb 2026 (outside knowledge, one source stamped 16.02.2026; my span 16-17 Feb)", end="2026-02-18"),
])

# ---------------------------------------------------------------- tunisia-omar-laabidi-police-verdict-2022
S = "tunisia-omar-laabidi-police-verdict-2022"
art(S, "https://ultratunisia.usawtiq.com/%D8%A7%D9%84%D9%86%D8%A7%D8%AF%D9%8A-%D8%A7%D9%84%D8%A5%D9%81%D8%B1%D9%8A%D9%82%D9%8A-%D9%86%D9%86%D8%AA%D8%B8%D8%B1-%D8%AD%D9%83%D9%85%D9%8B%D8%A7-%D8%B9%D8%A7%D8%AF%D9%84%D9%8B%D8%A7-%D9%81%D9%8A-%D9%82%D8%B6%D9%8A%D8%A9-%D8%B9%D9%85%D8%B1-%D8%A7%D9%84%D8%B9%D8%A8%D9%8A%D8%AF%D9%8A-%D9%8A%D9%8F%D8%B7%D9%81%D8%A6-%D9%84%D9%87%D9%8A%D8%A8-%D9%86%D9%8A%D8%B1%D8%A7%D9%86-%D9%81%D9%82%D8%AF%D8%A7%D9%86%D9%87/%D8%A7%D9%84%D8%AA%D8%B1%D8%A7-%D8%AA%D9%88%D9%86%D8%B3/%D8%B3%DB%8C%D8%A7%D8%B3%D8%A9",
    "2022-11-03", "date line '03-نوفمبر-2022' at the head of the stored text (kept as first line); 3 Nov 2022 was a Thursday, the day of the announced verdict; body 'مساء الأربعاء 2 نوفمبر/تشرين الثاني 2022' (the club's statement) agrees; headline rendered from the URL slug; the caption 'عمر العبيدي', the credit 'الترا تونس - فريق التحرير' and the repeated pull quote dropped; the last sentence cut where the stored text ends", True, """
03-نوفمبر-2022
النادي الإفريقي: ننتظر حكمًا عادلًا في قضية عمر العبيدي يُطفئ لهيب نيران فقدانه
تعود الأحداث إلى يوم 31 مارس 2018 عندما طاردت عناصر أمنية الشاب عمر العبيدي، أحد أحباء النادي الإفريقي، لينتهي به الأمر غريقًا.
أكد النادي الإفريقي، في بيان أصدره مساء الأربعاء 2 نوفمبر/تشرين الثاني 2022، بصفته القائم بالحق الشخصي في قضية "شهيد الملاعب الرياضية عمر العبيدي"، ثقته في قضاء عادل "يسعى إلى تحقيق العدالة وإظهار الحقيقة وإنصاف المتقاضين في إطار تطبيق سليم ومتوازن للنصوص القانونية".
ويأتي البيان في سياق إصدار الدائرة الجناحية بالمحكمة الابتدائية ببن عروس، يوم الخميس 3 نوفمبر/تشرين الثاني الجاري، الحكم الابتدائي في قضية أحد أحباء النادي عمر العبيدي، وهي قضية تبناها الفريق وجمهوره كاملا والجماهير الرياضية في تونس.
وأورد النادي في البيان نفسه أنه يحترم نضالات عائلة الشهيد وأصدقائه وكل التونسيين المساندين والمؤمنين بالعدالة لقضية عمر العبيدي، مذكّرًا بأن دفاعه عن حق عمر العبيدي أمانة في عنقه حتى الوصول إلى حكم عادل.
""", [
    ev("death", "تعود الأحداث إلى يوم 31 مارس 2018", "2018-03-31", "'يوم 31 مارس 2018' = Sat 31 Mar 2018"),
    ev("club-statement", "في بيان أصدره مساء الأربعاء 2 نوفمبر/تشرين الثاني 2022", "2022-11-02", "'مساء الأربعاء 2 نوفمبر/تشرين الثاني 2022' = Wed 2 Nov 2022"),
    ev("verdict", "يوم الخميس 3 نوفمبر/تشرين الثاني الجاري", "2022-11-03", "'يوم الخميس 3 نوفمبر/تشرين الثاني الجاري' = Thu 3 Nov 2022 (the verdict was handed down that evening)"),
])
art(S, "https://www.webdo.tn/ar/actualite/%d8%b1%d9%8a%d8%a7%d8%b6%d8%a9/%D8%A7%D9%84%D9%8A%D9%88%D9%85-%D8%A7%D9%84%D9%86%D8%B7%D9%82-%D8%A8%D8%A7%D9%84%D8%AD%D9%83%D9%85-%D9%81%D9%8A-%D9%82%D8%B6%D9%8A%D8%A9-%D8%B9%D9%85%D8%B1-%D8%A7%D9%84%D8%B9%D8%A8%D9%8A%D8%AF%D9%8A/198424",
    "2022-11-03", "the body's own full date 'اليوم الخميس الـ 3 من نوفمبر 2022' (3 Nov 2022 was a Thursday) for the awaited verdict, with 'مساء أمس الأربعاء' for the club's statement of Wed 2 Nov; no stamp in the stored page; headline rendered from the URL slug; the quoted closing of the statement dropped and the truncated last sentence cut to its complete clause", True, """
اليوم النطق بالحكم في قضية عمر العبيدي
ينتظر أن يُنطق اليوم الخميس الـ 3 من نوفمبر 2022 بالحكم في قضية الشاب عمر العبيدي، بعد أن أعلن النادي الإفريقي، في بيان أصدره مساء أمس الأربعاء، أنه ينتظر "قرارا عادلا ومنصفا في ملف شهيد الملاعب".
وجاء في بيان نادي باب الجديد: "تصدر الدائرة الجناحية بالمحكمة الابتدائية ببن عروس يوم الخميس 3 نوفمبر 2022 الحكم الابتدائي في قضية شهيد الملاعب الرياضية عمر العبيدي".
وشدد النادي على أن دفاعه عن حق "عمر العبيدي" أمانة في عنقه حتى الوصول إلى حكم عادل عسى أن يطفئ لهيب فقدانه ويطمئن قلب أم فقدت سندها في الحياة، بعيدا عن أي تنكيل أو تشفٍّ في أي شخص، وفق نص البيان.
وجدد تأكيد ثقته في قضاء عادل يسعى إلى تحقيق العدالة وإظهار الحقيقة وإنصاف المتقاضين في إطار تطبيق سليم ومتوازن للنصوص القانونية.
ويشار إلى أن أطوار القضية بدأت في الـ 31 من مارس 2018.
""", [
    ev("verdict", "ينتظر أن يُنطق اليوم الخميس الـ 3 من نوفمبر 2022 بالحكم", "2022-11-03", "'اليوم الخميس الـ 3 من نوفمبر 2022' = Thu 3 Nov 2022"),
    ev("club-statement", "في بيان أصدره مساء أمس الأربعاء", "2022-11-02", "'مساء أمس الأربعاء' before Thu 3 Nov = Wed 2 Nov 2022"),
    ev("death", "بدأت في الـ 31 من مارس 2018", "2018-03-31", "'في الـ 31 من مارس 2018' = Sat 31 Mar 2018, the chase and drowning"),
])
art(S, "https://livetunisia.com/blog/2022/11/03/%d9%81%d9%8a-%d9%82%d8%b6%d9%8a%d8%a9-%d8%b9%d9%85%d8%b1-%d8%a7%d9%84%d8%b9%d8%a8%d9%8a%d8%af%d9%8a-%d8%a7%d9%84%d8%ad%d9%83%d9%85-%d8%a8%d8%b9%d8%a7%d9%85%d9%8a%d9%86-%d8%b3%d8%ac%d9%86-%d9%81%d9%8a",
    "2022-11-03", "date in the URL '/2022/11/03/' and the body's own 'اليوم الخميس 3 نوفمبر 2022' (3 Nov 2022 was a Thursday, the day of the verdict); headline rendered from the (truncated) URL slug; the last sentence (a quote of the club's statement that breaks off) dropped", True, """
في قضية عمر العبيدي.. الحكم بعامين سجنا
أفاد الناطق الرسمي باسم المحكمة الابتدائية ببن عروس عمر حنين، اليوم الخميس 3 نوفمبر 2022، بأن الدائرة الجناحية بالمحكمة قضت ابتدائيا حضوريا بسجن كل واحد من 12 أمنيا مدة عامين، وهم متهمون بالقتل على وجه الخطأ في قضية وفاة محب النادي الإفريقي عمر العبيدي.
وأوضح حنين، في تصريح لموزاييك، أنه تقرر الحكم بعدم سماع الدعوى في حق أمنيين اثنين، مع حفظ حق ورثة عمر العبيدي في الدعوى المدنية ورفض الدعاوى المدنية الأخرى.
وتجدر الإشارة إلى أن عدد الأمنيين المتهمين في قضية وفاة عمر العبيدي 14 أمنيا أحيلوا بحالة سراح.
ويشار إلى أن هيئة الدائرة الجناحية بالمحكمة الابتدائية ببن عروس كانت قد قررت التصريح بأحكامها اليوم الخميس 3 نوفمبر 2022، إثر جلسة انعقدت بتاريخ 20 أكتوبر الفارط، خُصصت لاستنطاق المتهمين قبل فسح المجال لمرافعات المحامين في جلسة سرية.
وكان النادي الإفريقي قد أعلن، في بيان أصدره أمس الأربعاء، أنه ينتظر "قرارا عادلا ومنصفا في ملف شهيد الملاعب عمر العبيدي".
""", [
    ev("verdict", "قضت ابتدائيا حضوريا بسجن كل واحد من 12 أمنيا مدة عامين", "2022-11-03", "no own expression in the clause; 'اليوم الخميس 3 نوفمبر 2022' = Thu 3 Nov 2022"),
    ev("acquittal-two", "بعدم سماع الدعوى في حق أمنيين اثنين", "2022-11-03", "no own expression; part of the verdict of Thu 3 Nov 2022"),
    ev("hearing", "إثر جلسة انعقدت بتاريخ 20 أكتوبر الفارط", "2022-10-20", "'بتاريخ 20 أكتوبر الفارط' = Thu 20 Oct 2022"),
    ev("club-statement", "في بيان أصدره أمس الأربعاء", "2022-11-02", "'أمس الأربعاء' before Thu 3 Nov = Wed 2 Nov 2022"),
])
art(S, "https://alaraby.co.uk/politics/%D8%A3%D8%AD%D9%83%D8%A7%D9%85-%D8%A7%D9%84%D8%A3%D9%85%D9%86%D9%8A%D9%8A%D9%86-%D8%A8%D9%82%D8%B6%D9%8A%D9%91%D8%A9-%D8%B9%D9%85%D8%B1-%D8%A7%D9%84%D8%B9%D8%A8%D9%8A%D8%AF%D9%8A-%D8%AA%D8%AB%D9%8A%D8%B1-%D8%AC%D8%AF%D9%84%D8%A7%D9%8B-%D9%81%D9%8A-%D8%AA%D9%88%D9%86%D8%B3",
    "2022-11-04", "page stamp '04 نوفمبر 2022' under the headline (4 Nov 2022 was a Friday) and the body's 'أمس الخميس' for the verdict of Thu 3 Nov; the stamp, the caption 'حكم على 12 من رجال الشرطة بالسجن سنتين(Getty)' and '+ الخط -' dropped, so the kept text has no date of its own; the truncated last sentence dropped", False, """
أحكام الأمنيين في قضية عمر العبيدي تثير جدلاً في تونس
أثار الحكم المخفف الصادر بحق 12 من رجال الشرطة التونسية، في قضية مقتل مشجع النادي الأفريقي الشاب عمر العبيدي في مارس/آذار 2018، استياء واسعا في تونس.
وكانت الدائرة الجناحية بالمحكمة الابتدائية ببن عروس قد أصدرت، مساء أمس الخميس، حكما مخففا بسجن 12 من رجال الشرطة مدة عامين فقط بتهمة القتل على وجه الخطأ في قضية العبيدي.
ويذكر أن عمر العبيدي، مشجع النادي الأفريقي، توفي غرقا في وادي رادس مليان بمحيط ملعب رادس عام 2018، بعد أن طارده عدد من أعوان الأمن.
وعن الحكم في قضية العبيدي، قال المحامي نبيل السبعي، عضو هيئة الدفاع في القضية، لـ"العربي الجديد"، إن "هذا الحكم الابتدائي صدر بعد 4 سنوات من الانتظار والتحقيق".
وأشار إلى أن "هيئة الدفاع طلبت أن تتخلى المحكمة عن القضية لفائدة الدائرة الجنائية، لأنها تعتبر أن الملف فيه جناية من اختصاص الدائرة الجنائية، باعتبار أن القتل كان عمدا وهو أمر ثابت في الملف، لكن المحكمة تمسكت برأيها واعتبرتها جنحة بسيطة".
""", [
    ev("verdict", "قد أصدرت، مساء أمس الخميس، حكما مخففا", "2022-11-03", "'مساء أمس الخميس' before Fri 4 Nov = the evening of Thu 3 Nov 2022"),
    ev("outrage", "استياء واسعا في تونس", "2022-11-03", "no own expression; from the verdict of the evening of Thu 3 Nov to the publication day (my span 3-4 Nov 2022)", end="2022-11-05"),
    ev("death", "الشاب عمر العبيدي في مارس/آذار 2018", "2018-03-31", "'في مارس/آذار 2018': he drowned on Sat 31 Mar 2018 (outside knowledge; other outlets: 'يوم 31 مارس 2018')"),
    ev("defence-referral-request", "طلبت أن تتخلى المحكمة عن القضية لفائدة الدائرة الجنائية", "2022-10-20", "no own expression; the defence's plea at the trial hearings, at the latest the pleadings of Thu 20 Oct 2022 (my span 20 Oct - 3 Nov 2022)", end="2022-11-04"),
])

# ---------------------------------------------------------------- jordan-wehdat-faisaly-stadium-riot-2010
S = "jordan-wehdat-faisaly-stadium-riot-2010"
art(S, "https://maannews.net/news/340886.html",
    "2010-12-10", "page stamp 'نشر بتاريخ: 10/12/2010 ( آخر تحديث: 11/12/2010 الساعة: 00:55 )' (kept as first line '10/12/2010', before the headline); 10 Dec 2010 was a Friday, the day of the match ('مساء الجمعة'); the page's current date line 'الأربعاء: 20/11/2024', the dateline 'بيت لحم- معا-' and the truncated last sentence dropped", True, """
10/12/2010
250 إصابة في أعمال شغب أعقبت مباراة الوحدات والفيصلي
أصيب 250 من جماهير الوحدات، بينهم 25 من عناصر الدرك، في استاد الملك عبد الله الثاني بالقويسمة شرقي العاصمة الأردنية عمان، بعد تدافع وانهيار الشبك الفاصل بين المدرجات وأرض الملعب عقب نهاية مباراة الوحدات والفيصلي في دوري المحترفين الأردني لكرة القدم مساء الجمعة.
ونقل موقع "خبرني" عن شهود عيان أن "شبك الملعب انهار بعد انتهاء المباراة إثر تدافع أنصار الوحدات حين حاولت قوات الدرك إخراج مشجعين من الملعب، وشوهدت سيارات الإسعاف تنقل المصابين إلى المستشفيات القريبة".
وأضاف الموقع أن "أعمال الشغب امتدت في تطور لاحق إلى الأحياء المحيطة بستاد الملك عبدالله في القويسمة، فشهدت الأزقة تراشقا بالحجارة وإطلاقا للغاز المدمع".
وأشار الموقع إلى "تعرّض الصحفي شادي سمحان لاعتداء من قوات الدرك أثناء أداء واجبه المهني واقتياده إلى إحدى الزنزانات".
ونقلت وكالة الأنباء الأردنية "اجبد" عن مصدر طبي في مستشفى البشير أن أكثر من 70 مصابا وصلوا إلى المستشفى، نقلهم رجال الدفاع المدني وسيارات المواطنين إلى مستشفى البشير والهلال الأحمر.
""", [
    ev("match", "في دوري المحترفين الأردني لكرة القدم مساء الجمعة", "2010-12-10", "'مساء الجمعة' = the evening of Fri 10 Dec 2010 (the stamp day)"),
    ev("fence-collapse", "بعد تدافع وانهيار الشبك الفاصل", "2010-12-10", "no own expression; right after the match of Fri 10 Dec 2010"),
    ev("neighbourhood-clashes", "امتدت في تطور لاحق إلى الأحياء المحيطة", "2010-12-10", "no own expression; 'في تطور لاحق' the same night (my span 10-11 Dec 2010)", end="2010-12-12"),
    ev("journalist-assault", "تعرّض الصحفي شادي سمحان لاعتداء", "2010-12-10", "no own expression; the same night, Fri 10 Dec 2010"),
    ev("hospital-admissions", "أكثر من 70 مصابا وصلوا إلى المستشفى", "2010-12-10", "no own expression; the night of Fri 10 Dec 2010 (my span 10-11 Dec)", end="2010-12-12"),
])
art(S, "http://eparena.com/news/node/4209/%D9%82%D9%85%D8%A9_%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86_%D8%AA%D8%B3%D9%81%D8%B1_%D8%B9%D9%86_%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9_%D8%A7%D9%84%D9%85%D8%A6%D8%A7%D8%AA_%D9%81%D9%8A_%D8%A3%D8%B9%D9%85%D8%A7%D9%84_%D8%B4%D8%BA%D8%A8_%D8%B9%D9%86%D9%8A%D9%81%D8%A9_%D8%A8%D9%8A%D9%86_%D8%AC%D9%85%D8%A7%D9%87%D9%8A%D8%B1_%D8%A7%D9%84%D9%81%D9%8A%D8%B5%D9%84%D9%8A_%D9%88%D8%A7%D9%84%D9%88%D8%AD%D8%AF%D8%A7%D8%AA",
    "2010-12-11", "no stamp or URL date in the stored page: fixed by the body's 'بالأمس' (twice) for the Wehdat-Faisaly match and riot of Fri 10 Dec 2010 (another outlet's stamp '10/12/2010', 'مساء الجمعة'): so Sat 11 Dec 2010; headline rendered from the URL slug; no date of its own in the text", False, """
قمة الأردن تسفر عن إصابة المئات في أعمال شغب عنيفة بين جماهير الفيصلي والوحدات
أسفرت أعمال شغب عنيفة بالأمس بين جمهوري فريقي القمة في الأردن، الفيصلي والوحدات، عن إصابة المئات من المشجعين عقب نهاية مباراة جمعت الفريقين بالأمس.
وذكر شهود عيان أن وفيات وقعت بين الجرحى، غير أنه لم يُعلن رسميا عن أي وفيات حتى الآن.
وانطلقت أعمال الشغب بعد خروج مشجعي الفريق الخاسر "الفيصلي" أولا كما تقضي القواعد، فألقت مجموعة منهم الحجارة إلى داخل الملعب، ما تسبب في تدافع مشجعي الوحدات الموجودين في المدرجات، فتحطم السياج الحديدي الفاصل بين المدرجات وأرض الملعب، وأصيب أكثر من 250 متفرجا بجروح متفاوتة.
وكانت المباراة قد انتهت بفوز الوحدات بهدف نظيف أحرزه حسن عبد الفتاح في الشوط الأول.
""", [
    ev("match", "عقب نهاية مباراة جمعت الفريقين بالأمس", "2010-12-10", "'بالأمس' before Sat 11 Dec = Fri 10 Dec 2010"),
    ev("stone-throwing", "فألقت مجموعة منهم الحجارة إلى داخل الملعب", "2010-12-10", "no own expression; after the match of Fri 10 Dec 2010"),
    ev("fence-collapse", "فتحطم السياج الحديدي الفاصل", "2010-12-10", "no own expression; after the match of Fri 10 Dec 2010"),
    ev("death-rumours", "وذكر شهود عيان أن وفيات وقعت بين الجرحى", "2010-12-10", "no own expression; witnesses' claims between the riot of Fri 10 Dec and the publication day (my span 10-11 Dec 2010)", end="2010-12-12"),
    ev("wehdat-win", "انتهت بفوز الوحدات بهدف نظيف", "2010-12-10", "no own expression; the match of Fri 10 Dec 2010"),
])
art(S, "https://sauress.com/almadina/277930",
    "2010-12-12", "a sauress mirror of an Al-Madina item without stamp or URL date: fixed by the body's 'أمس الأول الجمعة' for the match of Fri 10 Dec 2010 and 'أمس السبت' for Tariq Khoury's press conference: so Sun 12 Dec 2010; no date of its own in the text", False, """
علّق نادي الوحدات مشاركته في دوري المحترفين الأردني لكرة القدم حتى إشعار آخر، على خلفية الاشتباكات التي أعقبت مباراة القمة أمام غريمه الفيصلي أمس الأول الجمعة.
وقال رئيس الوحدات طارق خوري في مؤتمر صحفي عقده في عمّان أمس السبت: "نعلق مشاركتنا في الدوري إلى حين انجلاء الحقيقة ومحاسبة المتسببين في الاعتداءات على جماهيرنا".
وكان الوحدات قد تغلب على الفيصلي حامل اللقب بهدف دون رد في المباراة التي أقيمت في استاد الملك عبد الله الثاني بالعاصمة عمّان، بفضل ضربة رأس سجل منها حسن عبد الفتاح في الدقيقة 20.
وسبق لخوري، الذي عزز فريقه بهذا الفوز صدارته لدوري المحترفين برصيد 31 نقطة، أن اتهم قوات مكافحة الشغب بالوقوف وراء الاعتداءات التي تعرضت لها جماهير فريقه.
وقال خوري لرويترز أمس: "نطلب من الحكومة ومن رئيس الوزراء سمير الرفاعي فتح تحقيق رسمي في الحادث ومعاقبة كل من تسبب في إراقة دماء جماهير الوحدات".
وشكّلت الحكومة الأردنية لجنة للتحقيق في الحادث والوقوف على أسبابه ومعاقبة كل من تثبت إدانته بالضلوع في حادثة الشغب.
""", [
    ev("league-suspension", "علّق نادي الوحدات مشاركته", "2010-12-11", "no own expression; announced at the press conference of 'أمس السبت' = Sat 11 Dec 2010"),
    ev("match", "مباراة القمة أمام غريمه الفيصلي أمس الأول الجمعة", "2010-12-10", "'أمس الأول الجمعة' before Sun 12 Dec = Fri 10 Dec 2010"),
    ev("press-conference", "في مؤتمر صحفي عقده في عمّان أمس السبت", "2010-12-11", "'أمس السبت' before Sun 12 Dec = Sat 11 Dec 2010"),
    ev("wehdat-win", "قد تغلب على الفيصلي حامل اللقب بهدف دون رد", "2010-12-10", "no own expression; the match of Fri 10 Dec 2010"),
    ev("khoury-accusation", "أن اتهم قوات مكافحة الشغب", "2010-12-10", "'سبق': before the press conference; Khoury spoke to Reuters after the match (my span 10-11 Dec 2010)", end="2010-12-12"),
    ev("inquiry-committee", "وشكّلت الحكومة الأردنية لجنة للتحقيق", "2010-12-10", "no own expression; formed in the day after the riot of Fri 10 Dec (my span 10-11 Dec 2010)", end="2010-12-12"),
])

# ---------------------------------------------------------------- saudi-super-cup-hamdallah-fan-attack-2024
S = "saudi-super-cup-hamdallah-fan-attack-2024"
art(S, "https://achewa9e3.com/?p=190719",
    "2024-04-11", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الخميس' for the Saudi Super Cup final, Al Hilal 4-1 Al Ittihad, played in Abu Dhabi on Thu 11 Apr 2024 (another outlet, stamped 12 Apr 2024: 'مساء الخميس'); the site name 'اش واقع' and the closing darija comment ('فين ما مشا داير فوضى ممربيش') dropped; no date of its own in the text", False, """
انتهت كأس الدرعية للسوبر السعودي على مشهد غير أخلاقي كان بطله المغربي عبد الرزاق حمد الله، مهاجم الاتحاد، وأحد الجماهير الحاضرة في المدرجات.
فبعد المباراة، دار حديث جانبي بين اللاعب المغربي وأحد المشجعين في المدرجات، والتقطت عدسات الكاميرات الأول وهو يرش الثاني بالمياه، دون أن يتضح ما قاله المشجع ليدفعه إلى هذا التصرف.
ولم يكن من المشجع إلا أن باغت حمد الله بضربه على رأسه بعصا كانت في يده، لتشتعل الأزمة، قبل أن يتدخل الحاضرون لتهدئة الموقف والفصل بين الاثنين.
وخسر الاتحاد نهائي السوبر اليوم الخميس أمام الهلال (4-1)، على استاد محمد بن زايد في مدينة أبو ظبي الإماراتية.
""", [
    ev("water-spray", "وهو يرش الثاني بالمياه", "2024-04-11", "no own expression; after the final of Thu 11 Apr 2024"),
    ev("fan-strike", "باغت حمد الله بضربه على رأسه بعصا", "2024-04-11", "no own expression; after the final of Thu 11 Apr 2024"),
    ev("separation", "قبل أن يتدخل الحاضرون لتهدئة الموقف", "2024-04-11", "no own expression; the same moment, Thu 11 Apr 2024"),
    ev("final", "وخسر الاتحاد نهائي السوبر اليوم الخميس", "2024-04-11", "'اليوم الخميس' = Thu 11 Apr 2024"),
])
art(S, "https://arabkhabar.com/a/2348699",
    "2024-04-12", "page stamp 'تاريخ النشر: 12th, April 2024 GMT' (kept as first line without 'GMT', before the headline); 12 Apr 2024 was a Friday, the day after the final ('مساء الخميس'); the heading 'جلد \"الجلاد\"' and the truncated quotes that follow it dropped", True, """
تاريخ النشر: 12th, April 2024
من مدرجات نهائي كأس السوبر السعودي.. مشجع يجلد لاعب الاتحاد بالسوط
عرف نهائي كأس السوبر السعودي مساء الخميس لحظة مثيرة للجدل، إذ ضرب أحد المشجعين لاعب الاتحاد بالسوط بعد لحظات من نهاية المباراة.
ووقعت الحادثة إثر خسارة الاتحاد أمام الهلال 4-1 في المباراة النهائية التي احتضنها استاد محمد بن زايد في أبو ظبي.
ويُظهر مقطع فيديو متداول على مواقع التواصل الاجتماعي المهاجم المغربي عبد الرزاق حمد الله وهو يرمي الماء من زجاجة على المشجع المنتمي إلى جماهير الهلال، فردّ عليه بضربه بالسوط الذي أصاب ظهره.
وحين تدخل زملاء حمد الله، أبعد متفرجون آخرون ومسؤولون أمنيون المشجع.
ولم ترد أي تقارير عن إصابة حمد الله في هذه الحادثة.
وتعليقا على الواقعة، طالب الصحفي في هيئة الإذاعة البريطانية "بي بي سي" محمد القاعود، في تغريدة على منصة "إكس"، ببيان رسمي يوضح ملابسات الاعتداء على عبد الرزاق حمد الله، سواء بالسوط "الكرباج" أو بالعصا، ومن أين دخلت أداة الاعتداء، وهل المعتدي عضو شرف في نادي الاتحاد أم من جمهور الهلال كما يُشاع، تفاديا للشائعات التي أخذت تتطاير على نطاق واسع.
""", [
    ev("fan-strike", "فردّ عليه بضربه بالسوط", "2024-04-11", "no own expression; 'مساء الخميس' = the evening of Thu 11 Apr 2024"),
    ev("final", "إثر خسارة الاتحاد أمام الهلال 4-1", "2024-04-11", "no own expression; the final of 'مساء الخميس' = Thu 11 Apr 2024"),
    ev("water-spray", "وهو يرمي الماء من زجاجة على المشجع", "2024-04-11", "no own expression; after the final of Thu 11 Apr 2024"),
    ev("separation", "أبعد متفرجون آخرون ومسؤولون أمنيون المشجع", "2024-04-11", "no own expression; the same moment, Thu 11 Apr 2024"),
    ev("qaoud-tweet", "في تغريدة على منصة \"إكس\"", "2024-04-11", "no own expression; posted after the incident of the evening of Thu 11 Apr, before the publication on Fri 12 Apr 2024 (my span 11-12 Apr)", end="2024-04-13"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 239)
                            if i != 201 and i != 235 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

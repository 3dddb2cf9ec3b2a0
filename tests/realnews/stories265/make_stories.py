"""Builds stories.jsonl: the 265-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories250/make_stories.py). Domain: stray dogs and animal welfare (stray dogs poisoned in Hadayek
al-Ahram, Giza, and the arrest that followed; stray dogs poisoned by municipal workers in Ghobeiry, Beirut's southern
suburb, and the municipality's suspensions; Baghdad's municipality announcing the killing of more than 19,000 stray
dogs in 2025 after a rabies death; stray dogs shot in Azarita, Alexandria, on the new governor's first day and the
denials that followed). None of these stories is in the dev set or the other tests/realnews/* sets, nor on the
forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-hadayek-al-ahram-dog-poisoning-2025
S = "egypt-hadayek-al-ahram-dog-poisoning-2025"
POSTS_500 = ("2025-09-27", "2025-09-30")  # the posts claiming 500 poisoned dogs, circulating by Mon 29 Sep
COMPLAINT = ("2025-09-28", "2025-10-01")  # Mona Khalil's complaint to the prosecutor-general, by Tue 30 Sep
art(S, "https://www.vetogate.com/5502164",
    "2025-09-29", "page stamp 'date 2025-09-29' and the header 'الإثنين 29 سبتمبر 2025' at the head of the stored text (kept as first line; 29 Sep 2025 was a Monday); 'الجريدة الورقية', 'رئيس التحرير عصام كامل', 'حوادث', the caption 'صورة أرشيفية، فيتو' and the tag line dropped", True, """
الإثنين 29 سبتمبر 2025
حقيقة تسميم 500 كلب في حدائق الأهرام
نفى مصدر مطلع في محافظة الجيزة صحة ما تداولته بعض مواقع التواصل الاجتماعي عن قيام شخص بتسميم 500 كلب في منطقة حدائق الأهرام، مؤكدًا أن هذه الأنباء لا أساس لها من الصحة.
وبيّن المصدر أن المحافظة لم تتلقَّ أي بلاغات أو محاضر رسمية بشأن الواقعة المزعومة، لافتًا إلى أن ما يُتداول لا يعدو كونه شائعات ترمي إلى إثارة البلبلة بين المواطنين وإثارة الرأي العام.
وأضاف أن التنسيق جارٍ مع الأجهزة الأمنية لتتبع مصدر الشائعة، واتخاذ الإجراءات القانونية ضد كل من يثبت تورطه في نشر أخبار كاذبة من شأنها تكدير السلم العام.
""", [
    ev("source-denial", "نفى مصدر مطلع في محافظة الجيزة", "2025-09-29", "no own expression; the denial of the page day, Mon 29 Sep 2025"),
    ev("posts-500-claim", "ما تداولته بعض مواقع التواصل الاجتماعي عن قيام شخص بتسميم 500 كلب", POSTS_500[0], "no own expression; the posts circulated in the days up to the denial of Mon 29 Sep 2025 (my span 27-29 Sep)", end=POSTS_500[1]),
    ev("rumour-tracking", "التنسيق جارٍ مع الأجهزة الأمنية لتتبع مصدر الشائعة", "2025-09-29", "no own expression; ongoing on the page day, Mon 29 Sep 2025"),
])
art(S, "https://www.elbalad.news/6716151",
    "2025-09-30", "page stamp 'date 2025-09-30' at the head of the stored text (kept as first line); the stored text has no headline: the headline was written from the lead; the TV call matches shorouknews's 'مساء الثلاثاء' (Tue 30 Sep 2025)", True, """
2025-09-30
منى خليل تتقدم ببلاغ للنائب العام في واقعة تسميم كلاب حدائق الأهرام
كشفت منى خليل، رئيسة اتحاد جمعيات الرفق بالحيوان في مصر، أنها تقدمت ببلاغ رسمي إلى النائب العام بشأن تسميم عدد كبير من الكلاب في منطقة حدائق الأهرام، مؤكدة أن الجريمة ارتكبها شخص ملثم ظهر في مقاطع مصورة وهو يستخدم سيارة بلا لوحات معدنية.
وأوضحت خليل، في مداخلة هاتفية مع الإعلامي أحمد سالم في برنامج "كلمة أخيرة" على قناة ON، أن الجمعيات الحقوقية المعنية بالحيوان تثبتت من صحة الواقعة، مشيرة إلى أن النيابة العامة شرعت بالفعل في التحقيقات وطلبت تشريح جثث بعض الكلاب لمعرفة سبب النفوق ونوع المادة المستخدمة في التسميم، وصولًا إلى تحديد هوية الجاني.
وربطت خليل بين الواقعة وما وصفته بـ"حملات التحريض الممنهجة ضد حيوانات الشارع"، متسائلة عن كيفية حصول شخص عادي على سموم بهذه الخطورة، في إشارة إلى سهولة تداول المواد القاتلة بلا رقابة.
وشددت على أن القتل والتسميم ليسا حلًا، مؤكدة أن الحل العلمي والإنساني المتبع عالميًا، والذي بدأت الدولة المصرية في اعتماده، هو برنامج "التعقيم والتطعيم" للسيطرة على أعداد الحيوانات الضالة بشكل مستدام وآمن.
""", [
    ev("complaint-prosecutor", "أنها تقدمت ببلاغ رسمي إلى النائب العام", COMPLAINT[0], "no own expression; filed before the TV call of Tue 30 Sep 2025 (my span 28-30 Sep)", end=COMPLAINT[1]),
    ev("tv-call", "في مداخلة هاتفية مع الإعلامي أحمد سالم", "2025-09-30", "no own expression; the call of the evening of Tue 30 Sep 2025 (shorouknews: 'مساء الثلاثاء'; the page day)"),
    ev("prosecution-autopsy", "وطلبت تشريح جثث بعض الكلاب", COMPLAINT[0], "no own expression; the prosecution's request after the complaint, by Tue 30 Sep 2025 (my span 28-30 Sep)", end=COMPLAINT[1]),
])
art(S, "https://www.masrawy.com/news/news_cases/details/2025/10/1/2864491/-%D8%A7%D9%84%D9%82%D8%A8%D8%B6-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D9%85%D8%AA%D9%87%D9%85-%D8%A8%D8%AA%D8%B3%D9%85%D9%8A%D9%85-%D9%83%D9%84%D8%A7%D8%A8-%D8%A8%D8%B4%D9%88%D8%A7%D8%B1%D8%B9-%D8%AD%D8%AF%D8%A7%D8%A6%D9%82-%D8%A7%D9%84%D8%A3%D9%87%D8%B1%D8%A7%D9%85-%D9%81%D9%8A-%D8%A7%D9%84%D8%AC%D9%8A%D8%B2%D8%A9-",
    "2025-10-01", "date in the URL '/2025/10/1/' (Wed 1 Oct 2025) and the page stamp 'date 2025-10-01'; headline rendered from the URL slug; the byline 'كتب – صابر المحلاوي:' and the truncated last sentence ('نحو 5...') dropped; no date of its own in the text", False, """
القبض على المتهم بتسميم كلاب بشوارع حدائق الأهرام في الجيزة
ألقت مباحث الجيزة القبض على المتهم بتسميم كلاب ضالة في منطقة حدائق الأهرام، إثر ورود عدة بلاغات والعثور على كلاب نافقة تناولت طعامًا مسمومًا، وذلك بالتزامن مع تداول منشورات تزعم تسميم 500 كلب، وهو ما نفته أجهزة المحافظة.
وترجع التفاصيل إلى أن مجموعة من المحامين عثرت على ثمانية كلاب نافقة تحمل آثار تسمم في المنطقة، فتقدموا ببلاغ إلى الجهات الأمنية، بينما كلّف محافظ الجيزة المهندس عادل النجار الأجهزة التنفيذية بالتحرك السريع والتحقق مما يُتداول عبر مواقع التواصل الاجتماعي.
وتشكلت لجنة من حي الهرم تضم أطباء بيطريين من إدارة الصحة العامة والأمراض المشتركة وممثلين عن منسقي المجتمع المدني مقدمي الشكوى، لإجراء معاينة ميدانية.
وكشفت المعاينة عن كلبين نافقين في منطقة (ح)، وسبعة كلاب نافقة في منطقة (هـ)، وكلبين نافقين بجوار السور الخارجي للبوابة الثانية، ليصل إجمالي ما رُصد إلى 11 كلبًا نافقًا فقط.
وجرى رفع الجثث والتعامل معها ودفنها في المدفن الصحي المخصص لذلك، مع استكمال المسار القانوني للواقعة بالتعاون مع النيابة العامة.
""", [
    ev("arrest", "ألقت مباحث الجيزة القبض على المتهم", "2025-09-30", "no own expression; after the complaint of Tue 30 Sep 2025 and by the page day, Wed 1 Oct (my span 30 Sep - 1 Oct)", end="2025-10-02"),
    ev("posts-500-claim", "تداول منشورات تزعم تسميم 500 كلب", POSTS_500[0], "no own expression; the posts denied on Mon 29 Sep 2025 (my span 27-29 Sep)", end=POSTS_500[1]),
    ev("lawyers-find-dogs", "عثرت على ثمانية كلاب نافقة", "2025-09-28", "no own expression; before their complaint to the police of Tue 30 Sep 2025 (my span 28-30 Sep)", end="2025-10-01"),
    ev("governor-order", "كلّف محافظ الجيزة المهندس عادل النجار", "2025-09-29", "no own expression; between the first denial (Mon 29 Sep) and the page day, Wed 1 Oct 2025 (my span)", end="2025-10-02"),
    ev("inspection-11-dogs", "ليصل إجمالي ما رُصد إلى 11 كلبًا نافقًا فقط", "2025-09-30", "no own expression; the Haram district committee's inspection, by the page day (my span 30 Sep - 1 Oct 2025)", end="2025-10-02"),
])
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=01102025&id=98b1a205-b474-42e9-bb86-051e93e29e74",
    "2025-10-01", "date in the URL 'cdate=01102025' and the page stamp 'date 2025-10-01' at the head of the stored text (kept as first line); the stored text has no headline: the headline was written from the lead; the body's 'مساء الثلاثاء' is the evening before (Tue 30 Sep 2025); the truncated last sentence dropped", True, """
2025-10-01
منى خليل: تسميم كلاب حدائق الأهرام واقعة حقيقية والقتل لم يثبت جدواه
قالت منى خليل، رئيس اتحاد جمعية الرفق بالحيوان، إن واقعة تسميم الكلاب في منطقة حدائق الأهرام بمحافظة الجيزة "حقيقية" تمامًا، مشيرة إلى أنها تقدمت ببلاغ للنائب العام سيُجرى بناء عليه تشريح جثث بعض الحيوانات، بعد رصد شخص "ملثم" يستخدم سيارة بلا لوحات ويضع طعامًا مسممًا للكلاب.
وأضافت، خلال اتصال هاتفي مع الإعلامي أحمد سالم ببرنامج "كلمة أخيرة" المذاع عبر شاشة "ON E"، مساء الثلاثاء، أن هذا السلوك نتاج حملات تحريضية واضحة ضد حيوانات الشارع، منتقدة وسائل الإعلام التي أتاحت نشر آراء تدعو إلى إزهاق أرواح الحيوانات، على حد تعبيرها.
وأثنت على بيان وزارة الزراعة الذي ندد بالامتناع عن إطعام كلاب الشوارع، ووصفته بأنه "بيان محترم"، معربة عن تقديرها للدولة المصرية التي تصلح سلوكيات عقود ماضية تتعارض مع الشرائع السماوية.
وردًا على اعتداء بعض الكلاب على المارة، قالت إنهم لا يريدون أن يُعقر الأطفال أو يُروَّعوا، لكن هناك أساليب علمية يجب أن تنتهجها الدولة، مؤكدة أن القتل لم يثبت جدوى في حل أزمة الكلاب الضالة.
وشددت على ضرورة التوجه إلى التعقيم والتطعيم، معتبرة أن ما أُنفق على تسميم الحيوانات كان يجب توجيهه إلى عمليات التعقيم والتطعيم.
""", [
    ev("complaint-prosecutor", "أنها تقدمت ببلاغ للنائب العام", COMPLAINT[0], "no own expression; filed before the TV call of Tue 30 Sep 2025 (my span 28-30 Sep)", end=COMPLAINT[1]),
    ev("tv-call", "المذاع عبر شاشة \"ON E\"، مساء الثلاثاء", "2025-09-30", "'مساء الثلاثاء' before the page day Wed 1 Oct 2025 = the evening of Tue 30 Sep 2025"),
    ev("masked-man-seen", "بعد رصد شخص \"ملثم\"", "2025-09-20", "no own expression; the masked man filmed before the complaint (my loose span: the last ten days of September 2025)", end="2025-10-01"),
    ev("agriculture-statement", "وأثنت على بيان وزارة الزراعة", "2025-09-20", "no own expression; a ministry statement before the call of Tue 30 Sep 2025; I do not know its day (my loose span 20-30 Sep)", end="2025-10-01"),
])

# ---------------------------------------------------------------- lebanon-ghobeiry-dog-poisoning-2017
S = "lebanon-ghobeiry-dog-poisoning-2017"
POISONING = ("2017-12-27", "2017-12-29")  # the dogs poisoned near the Kuwaiti embassy, by Thu 28 Dec 2017
AOUN = ("2017-12-28", "2017-12-30")  # President Aoun's Facebook post with his dog, by Fri 29 Dec 2017
art(S, "https://arabic.euronews.com/2017/12/29/lebanese-municipality-in-beirut-kills-dogs-in-a-barbaric-manner",
    "2017-12-29", "date in the URL '/2017/12/29/' (Fri 29 Dec 2017); the stored text has no Arabic headline: it was rendered from the English URL slug; the repeated lead (between asterisks) merged; Aoun's quotation cut where the stored text breaks off ('ليست في المش...'); no date of its own in the text", False, """
بلدية في بيروت تقتل الكلاب بطريقة بربرية
انتشر على مواقع التواصل الاجتماعي في لبنان فيديو يُظهر كلابًا تحتضر في شوارع بيروت، بعدما قام عناصر من بلدية الغبيري في ضاحية بيروت الجنوبية بتسميمها.
وتناقلت هذه المواقع صورًا ومقاطع لكلاب نافقة وأخرى تحتضر في شوارع الضاحية الجنوبية، وقال ناشطون إن بلدية الغبيري سمّمت الكلاب الشاردة فماتت بطريقة بشعة ومؤلمة وبربرية أمام أعين المواطنين.
وقالت الناشطة جويل بطرس إن "الكلب ليس حيوانًا نجسًا"، معربة عن خوفها من فضيحة تسميم الكلاب لأنها "تدل على تنامي العنف في المجتمع اللبناني، وهو عنف يوجهه اللبناني إلى اللبناني وإلى الحيوانات والطبيعة والبيئة".
وهذه ثاني مرة تثير فيها بلدية الغبيري سخط اللبنانيين، بعد قرارها إغلاق المقاهي بعد الثانية عشر ليلاً. وكتب الصحفي حسين عليق على حسابه الشخصي: "المجد للكلاب الداشرة، واللعنة علينا".
كذلك علّق رئيس الجمهورية اللبنانية ميشال عون على الفضيحة في صفحته على فيسبوك، بعدما نشر صورة له مع كلب، قائلًا إنه بصرف النظر عن الخطر الذي قد تشكّله الكلاب الشاردة على سلامة المواطنين، فإن طرق المعالجة متعددة.
""", [
    ev("video-spread", "انتشر على مواقع التواصل الاجتماعي في لبنان فيديو", "2017-12-28", "no own expression; the video spread from the evening of Thu 28 Dec 2017 (24.ae: 'يوم الخميس الماضي')"),
    ev("poisoning", "قام عناصر من بلدية الغبيري في ضاحية بيروت الجنوبية بتسميمها", POISONING[0], "no own expression; before the video spread on Thu 28 Dec 2017 (my span 27-28 Dec)", end=POISONING[1]),
    ev("cafes-closure-decision", "بعد قرارها إغلاق المقاهي بعد الثانية عشر ليلاً", "2017-11-01", "no own expression; an earlier decision of the municipality, I do not know its day (my loose span November - 28 Dec 2017)", end="2017-12-29"),
    ev("aoun-post", "كذلك علّق رئيس الجمهورية اللبنانية ميشال عون", AOUN[0], "no own expression; after the video (Thu 28) and by the page day, Fri 29 Dec 2017 (my span 28-29 Dec)", end=AOUN[1]),
])
art(S, "https://24.ae/article/408205/52/فيديو-لقتل-كلاب-بالسم-في-لبنان-يثير-غضباً-شعبياً",
    "2017-12-30", "header 'السبت 30 ديسمبر 2017 / 09:09' at the head of the stored text (kept as first line; 30 Dec 2017 was a Saturday); the sub-heading 'إجراءات البلدية' dropped; the last sentence cut where the stored text breaks off ('لاتخاذ الإجراءات')", True, """
السبت 30 ديسمبر 2017 / 09:09
فيديو لقتل كلاب بالسم في لبنان يثير غضباً شعبياً
أثار فيديو مروّع لقتل كلاب بالسم في لبنان غضبًا شعبيًا واسعًا، وتحولت صفحات مواقع التواصل الاجتماعي في لبنان إلى منصة للمطالبة بالإسراع في الوصول إلى قاتلي الكلاب الضالة الظاهرة في الفيديو، في حين يرجّح كثيرون أنهم عناصر من المفرزة الصحية في بلدية الغبيري اللبنانية.
ويُظهر مقطع الفيديو، الذي بدأ يلفت الانتباه يوم الخميس الماضي، أربعة كلاب على الأقل تكافح لالتقاط أنفاسها وترتجف بعد تناولها طعامًا من صناديق في حي الغبيري، ثم أُلقيت الكلاب وهي تحتضر في مؤخرة شاحنة تابعة للسلطة المحلية.
وعبّر الرأي العام اللبناني عن غضبه من التسميم معتبرًا إياه "جريمة"، بينما طالب آخرون الحكومة بمعاقبة من يقف وراء قرار تسميم الكلاب. وردّت بلدية الغبيري على الاتهامات الموجهة إليها مؤكدة أن هذا العمل فردي ومستنكر.
وأفاد رئيس البلدية معن الخليل صحيفة النهار اللبنانية بأنه "لم يعطِ الإذن بقتل الكلاب، وقد كلّف مفوض الشرطة في البلدية إجراء التحقيقات ومعرفة حقيقة الموضوع".
ونشرت البلدية بيانًا صباح أمس الجمعة أعلنت فيه توقيف العناصر التي نفذت هذا الفعل وإحالتهم إلى التحقيق تمهيدًا لاتخاذ الإجراءات.
""", [
    ev("video-spread", "الذي بدأ يلفت الانتباه يوم الخميس الماضي", "2017-12-28", "'يوم الخميس الماضي' before Sat 30 Dec 2017 = Thu 28 Dec 2017"),
    ev("poisoning", "بعد تناولها طعامًا من صناديق في حي الغبيري", POISONING[0], "no own expression; before the video spread on Thu 28 Dec 2017 (my span 27-28 Dec)", end=POISONING[1]),
    ev("mayor-comment", "وأفاد رئيس البلدية معن الخليل صحيفة النهار", "2017-12-28", "no own expression; after the video (Thu 28) and before the statement of Fri 29 morning (my span 28-29 Dec 2017)", end="2017-12-30"),
    ev("arrests-statement", "ونشرت البلدية بيانًا صباح أمس الجمعة", "2017-12-29", "'صباح أمس الجمعة' before Sat 30 Dec 2017 = the morning of Fri 29 Dec 2017"),
])
art(S, "https://www.aksalser.com/news/2017/12/31/%D8%AA%D8%B3%D9%85%D9%8A%D9%85-%D8%A7%D9%84%D9%83%D9%84%D8%A7%D8%A8-%D8%A7%D9%84%D8%B6%D8%A7%D9%84%D8%A9-%D9%8A%D8%AB%D9%8A%D8%B1-%D8%B3%D8%AE%D8%B7%D8%A7%D9%8B-%D8%B4%D8%B9%D8%A8%D9%8A%D8%A7%D9%8B/",
    "2017-12-31", "date in the URL '/2017/12/31/' (Sun 31 Dec 2017); the text (after the BBC) has no date of its own", False, """
تسميم الكلاب الضالة يثير سخطاً شعبياً في لبنان
نشر سياسيون لبنانيون على الإنترنت صورًا لهم مع كلابهم، احتجاجًا على حملة يبدو أن الكلاب الضالة تتعرض لها في العاصمة بيروت على أيدي عمال البلدية.
وظهر الرئيس ميشال عون والزعيم الدرزي وليد جنبلاط في صور مع كلبيهما، وندّدا بقتل الكلاب في بيروت.
وكانت صور فيديو بُثّت على الإنترنت، يظهر فيها عمال البلدية وهم يسممون الكلاب، قد أثارت سخطًا شعبيًا في البلاد. وتُظهر الصور، الملتقطة في بلدية الغبيري في الضاحية الجنوبية، كلبًا ملقى على الأرض يرتعش والزبد يخرج من فمه، ثم يرفع عامل البلدية الكلاب النافقة ويلقي بها في شاحنة صغيرة.
وقالت جمعية الرفق بالحيوان اللبنانية، التي نشرت الفيديو، إنها تنتظر تحرك الحكومة في هذا الموضوع، وعلّقت على الصور بالقول إنها "صُدمت من هذا المستوى من التعسف والتعذيب والألم والاحتقار للحياة والقانون".
وأضافت: "نحن على اتصال مع وزير الداخلية نهاد المشنوق، للتنديد بمثل هذه الأعمال وتنبيه جميع البلديات إلى أن هذا عمل غير قانوني وغير مقبول".
وقالت بلدية الغبيري إنها أوقفت عددًا من عمالها وفتحت تحقيقًا في الحادث، لكنها نفت مسؤوليتها، مضيفة أنه "عمل مشين قام به أفراد من قسم الصحة بمبادرة شخصية"، وفق ما أوردت هيئة الإذاعة البريطانية.
""", [
    ev("aoun-post", "وظهر الرئيس ميشال عون", AOUN[0], "no own expression; Aoun's post of 28-29 Dec 2017 (euronews of Fri 29 reports it; my span)", end=AOUN[1]),
    ev("video-spread", "وكانت صور فيديو بُثّت على الإنترنت", "2017-12-28", "no own expression; the video spread from Thu 28 Dec 2017 (24.ae: 'يوم الخميس الماضي')"),
    ev("minister-contact", "نحن على اتصال مع وزير الداخلية نهاد المشنوق", "2017-12-28", "no own expression; the association's statement after the video (my span 28-30 Dec 2017)", end="2017-12-31"),
    ev("arrests-statement", "وقالت بلدية الغبيري إنها أوقفت عددًا من عمالها", "2017-12-29", "no own expression; the municipality's statement of the morning of Fri 29 Dec 2017 (24.ae: 'صباح أمس الجمعة')"),
])

# ---------------------------------------------------------------- iraq-baghdad-stray-dog-cull-2025
S = "iraq-baghdad-stray-dog-cull-2025"
CAMPAIGNS_NOV30 = ("2025-01-01", "2025-12-01")  # the 1,562 campaigns of 1 Jan - 30 Nov 2025
CAMPAIGNS_NOV11 = ("2025-01-01", "2025-11-12")  # the 1,523 campaigns of 1 Jan - 11 Nov 2025
HAMZA_DEATH = ("2025-12-01", "2025-12-23")  # the delivery driver Hamza's death from rabies, before the announcements
art(S, "https://almasalah.com/?p=128696",
    "2025-12-22", "page date '22 دجنبر، 2025' under the headline (kept as first line; 22 Dec 2025 was a Monday), and the body's 'الإثنين' agrees; 'المسلة الحدث كما حدث', the repeated headline and the dateline without a date 'بغداد/المسلة:' dropped; the last word completed where the stored text breaks off ('المواقع الم...')", True, """
22 دجنبر، 2025
امانة بغداد تكشف عن أرقام إبادة الكلاب السائبة منذ 2025
كشفت أمانة بغداد، الإثنين، عن إحصائية شاملة لعمليات الحد من انتشار الكلاب السائبة في العاصمة منذ مطلع العام الحالي، مؤكدة أنها أبادت أكثر من 19 ألف كلب عبر سلسلة من الحملات المكثفة.
وأوضح المتحدث باسم الأمانة عدي الجنديل، في تصريح صحفي، أن الدوائر البلدية نفذت (1562) حملة منذ الأول من كانون الثاني الماضي وحتى الثلاثين من تشرين الثاني 2025، أسفرت عن إبادة (19.386) كلباً سائباً في مختلف مناطق العاصمة.
وأضاف الجنديل أن الأمانة ماضية في هذه العمليات عبر جميع تشكيلاتها البلدية، وبالتنسيق مع وزارة الداخلية ودائرة البيطرة، لافتًا إلى أن الأمانة تكفلت بتوفير الخراطيش اللازمة للحملات وشرائها، فيما فوتحت وزارة الداخلية لتنسيب رماة مختصين، ودائرة البيطرة لضمان حضور ممثل عنها خلال التنفيذ.
وأكد أن شعب البيئة والمخلفات الصلبة في الدوائر البلدية كافة تواصل عملها بشكل شبه يومي للسيطرة على الأعداد المتزايدة من الكلاب السائبة، مبينًا أن العملية تعقبها إجراءات صحية وبيئية، إذ تُرفع الكلاب النافقة وتُنقل لطمرها في المواقع المخصصة.
""", [
    ev("amanat-statement", "كشفت أمانة بغداد، الإثنين", "2025-12-22", "'الإثنين' = Mon 22 Dec 2025 (the page day)"),
    ev("campaigns-to-nov30", "منذ الأول من كانون الثاني الماضي وحتى الثلاثين من تشرين الثاني 2025", CAMPAIGNS_NOV30[0], "'منذ الأول من كانون الثاني الماضي وحتى الثلاثين من تشرين الثاني 2025' = 1 Jan - 30 Nov 2025", end=CAMPAIGNS_NOV30[1]),
    ev("culls-continue", "تواصل عملها بشكل شبه يومي", "2025-12-22", "no own expression; ongoing on the page day, Mon 22 Dec 2025"),
])
art(S, "https://www.kurdistan24.net/ar/story/883034/%D8%A3%D9%85%D8%A7%D9%86%D8%A9-%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF-%D8%AA%D9%83%D8%B4%D9%81-%D8%B9%D9%86-%D8%A5%D8%A8%D8%A7%D8%AF%D8%A9-%D8%A3%D9%83%D8%AB%D8%B1-%D9%85%D9%86-19-%D8%A3%D9%84%D9%81-%D9%83%D9%84%D8%A8-%D8%B3%D8%A7%D8%A6%D8%A8-%D8%AE%D9%84%D8%A7%D9%84-11-%D8%B4%D9%87%D8%B1%D8%A7",
    "2025-12-23", "page stamp 'date 2025-12-23' at the head of the stored text (kept as first line; the page's own 'منذ ساعة' dropped as page furniture); headline rendered from the URL slug; the dateline 'أربيل (كوردستان24)-' dropped; the last sentence ('أثارت حادثة وفاة الشاب حمزة ... ح...') breaks off before its object: it was reduced to the death it reports", True, """
2025-12-23
أمانة بغداد تكشف عن إبادة أكثر من 19 ألف كلب سائب خلال 11 شهرا
أعلنت أمانة بغداد إحصائية شاملة لعمليات الحد من انتشار الكلاب السائبة في العاصمة منذ مطلع العام الحالي، مؤكدة أنها نفذت سلسلة حملات مكثفة أسفرت عن إبادة أكثر من 19 ألف كلب.
وقال المتحدث باسم الأمانة، عدي الجنديل، في تصريح صحفي، إن الدوائر البلدية نفذت 1562 حملة منذ الأول من كانون الثاني وحتى الثلاثين من تشرين الثاني 2025، قُتل خلالها 19,386 كلباً سائباً في مختلف مناطق العاصمة.
وأضاف أن الأمانة مستمرة في هذه العمليات عبر تشكيلاتها البلدية، بالتنسيق مع وزارة الداخلية ودائرة البيطرة، مشيراً إلى توفير الخراطيش اللازمة للحملات وشرائها، واستقدام رماة مختصين، وضمان حضور ممثلين عن دائرة البيطرة أثناء التنفيذ.
وأكد الجنديل أن شعب البيئة والمخلفات الصلبة في الدوائر البلدية تواصل مهامها بشكل شبه يومي للسيطرة على الأعداد المتزايدة للكلاب السائبة، موضحاً أن العمليات تتبعها إجراءات صحية وبيئية، إذ تُرفع الكلاب النافقة وتُنقل للطمر الصحي في منطقتي النباعي والنهروان.
وفي سياق متصل، فارق الشاب حمزة، أحد أهالي بغداد، الحياة بعد إصابته بمرض السعار (داء الكلب) إثر تعرضه للعض من كلب مسعور.
""", [
    ev("amanat-statement", "أعلنت أمانة بغداد إحصائية شاملة", "2025-12-22", "no own expression; the same statement as almasalah's of Mon 22 Dec 2025 (same figures and wording), reported the next day"),
    ev("campaigns-to-nov30", "منذ الأول من كانون الثاني وحتى الثلاثين من تشرين الثاني 2025", CAMPAIGNS_NOV30[0], "'منذ الأول من كانون الثاني وحتى الثلاثين من تشرين الثاني 2025' = 1 Jan - 30 Nov 2025", end=CAMPAIGNS_NOV30[1]),
    ev("hamza-death", "فارق الشاب حمزة، أحد أهالي بغداد، الحياة", HAMZA_DEATH[0], "no own expression; the death that preceded the announcements; I do not know its day (my loose span 1-22 Dec 2025)", end=HAMZA_DEATH[1]),
])
art(S, "https://www.elbalad.news/6810975",
    "2025-12-23", "page stamp 'date 2025-12-23' at the head of the stored text (kept as first line); the stored text has no headline: it was written from the lead; the figures (1523 campaigns, 19,325 dogs, to 11 Nov) are those of the spokesman's Rudaw interview of 23 Dec; the last sentence cut where the stored text breaks off ('ما أدى إلى وفاته ...')", True, """
2025-12-23
أمانة بغداد: قتل أكثر من 19 ألف كلب ضال في العاصمة خلال 11 شهراً
أعلنت أمانة العاصمة العراقية بغداد أنها نفذت حملات واسعة للقضاء على الكلاب الضالة في العاصمة، أسفرت عن قتل أكثر من 19 ألف كلب خلال 11 شهراً، وذلك على خلفية تصاعد المخاوف الصحية بعد وفاة شاب متأثراً بداء الكلب (السعار).
وذكرت الأمانة أن لجنة مختصة نفذت 1523 حملة منذ مطلع عام 2025 وحتى 11 نوفمبر، جرى خلالها القضاء على 19,325 كلباً ضالاً ببنادق الصيد، وفقاً لقانون الصحة الحيوانية، موضحة أن الجثث نُقلت لاحقاً إلى موقعين مخصصين للطمر الصحي ورمي النفايات.
وقال المتحدث باسم أمانة بغداد، عدي الجنديل، إن اللجنة تضم ممثلين عن أمانة بغداد والصحة البيطرية ووزارة الداخلية، إذ توفر الأمانة بنادق الصيد، ويستخدمها منتسب من وزارة الداخلية، بحضور ممثل عن البيطرة يشرف على الإجراءات.
وأشار إلى أن هذا الخيار يأتي في ظل عدم توفر مآوٍ مخصصة لجمع الكلاب الضالة وإيوائها داخل بغداد.
وجاءت هذه الإجراءات بعد حادثة شغلت الرأي العام العراقي، تمثلت في وفاة شاب يبلغ 36 عاماً عقب تعرضه لعضة كلب ضال وسط أحد شوارع العاصمة. وبحسب روايات عائلته، تلقى الشاب إسعافات أولية ومصلاً مضاداً، إلا أن حالته تدهورت بعد أسابيع مع ظهور أعراض مرضية خطيرة.
""", [
    ev("rudaw-announcement", "أعلنت أمانة العاصمة العراقية بغداد", "2025-12-23", "no own expression; the spokesman's figures given to Rudaw on Tue 23 Dec 2025 (Rudaw: 'اليوم (23 كانون الأول 2025)'), the page day"),
    ev("campaigns-to-nov11", "منذ مطلع عام 2025 وحتى 11 نوفمبر", CAMPAIGNS_NOV11[0], "'منذ مطلع عام 2025 وحتى 11 نوفمبر' = 1 Jan - 11 Nov 2025", end=CAMPAIGNS_NOV11[1]),
    ev("hamza-death", "تمثلت في وفاة شاب يبلغ 36 عاماً", HAMZA_DEATH[0], "no own expression; the death that preceded the announcements; I do not know its day (my loose span 1-22 Dec 2025)", end=HAMZA_DEATH[1]),
    ev("hamza-bite", "عقب تعرضه لعضة كلب ضال وسط أحد شوارع العاصمة", "2025-10-01", "no own expression; the bite came weeks ('بعد أسابيع') before the symptoms and the December death (my loose span October - November 2025)", end="2025-12-01"),
])
art(S, "https://nabd.ws/h/165648831-6f06f3/?hf=1",
    "2025-12-23", "the body's 'اليوم (23 كانون الأول 2025)' for the municipality's announcement to Rudaw (a Rudaw report carried by nabd; 23 Dec 2025 was a Tuesday); the last sentence cut where the stored text breaks off ('داخ...')", True, """
بين القرار الإداري والرفق بالحيوان.. أزمة الكلاب السائبة في العراق
تتشكل أزمة الكلاب السائبة في بغداد والمحافظات العراقية بصخب، بين شوارع مكتظة بالناس وحيوانات بلا مأوى؛ أزمة تبدأ بتوعية مجتمعية باهتة لا تحث على الرفق بالحيوانات، ولا سيما السائبة منها، ثم تنتهي بقرار إداري حاول أن يخفف رعبًا يوميًا يعيشه سكان بعض المناطق، لكنه أخفق في معاني الإنسانية.
وعاد هذا الملف إلى الواجهة بقوة بعد إعلان أمانة بغداد اليوم (23 كانون الأول 2025) القضاء على 19,325 كلباً ضالاً خلال 11 شهراً من عام 2025 باستخدام بنادق الصيد، في حملات نُفذت بموجب قانون الصحة الحيوانية.
وقال المتحدث باسم أمانة بغداد، عدي الجنديل، لشبكة رووداو الإعلامية، إن عمليات القضاء على الكلاب الضالة نُفذت عبر 1,523 حملة خلال الفترة من 1 كانون الثاني وحتى 11 تشرين الثاني 2025، على يد لجنة مختصة تضم ممثلين عن أمانة بغداد ودائرة الصحة البيطرية ووزارة الداخلية.
وأوضح الجنديل أن أمانة بغداد تتولى شراء بنادق الصيد، فيما يستخدمها منتسب من وزارة الداخلية بحضور ممثل عن الطب البيطري، مشيراً إلى أن هذا الإجراء جاء بسبب عدم توفر مآوٍ مخصصة لجمع الكلاب الضالة.
""", [
    ev("rudaw-announcement", "بعد إعلان أمانة بغداد اليوم (23 كانون الأول 2025)", "2025-12-23", "'اليوم (23 كانون الأول 2025)' = Tue 23 Dec 2025"),
    ev("campaigns-to-nov11", "خلال الفترة من 1 كانون الثاني وحتى 11 تشرين الثاني 2025", CAMPAIGNS_NOV11[0], "'من 1 كانون الثاني وحتى 11 تشرين الثاني 2025' = 1 Jan - 11 Nov 2025", end=CAMPAIGNS_NOV11[1]),
])
art(S, "https://www.alaraby.co.uk/society/%D9%82%D8%AA%D9%84-%D8%B9%D8%B4%D9%88%D8%A7%D8%A6%D9%8A-%D9%84%D9%84%D9%83%D9%84%D8%A7%D8%A8-%D8%A7%D9%84%D8%B6%D8%A7%D9%84%D9%91%D8%A9-%D9%8A%D8%AB%D9%8A%D8%B1-%D8%A7%D8%B3%D8%AA%D9%8A%D8%A7%D8%A1-%D9%81%D9%8A-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82",
    "2025-12-24", "page stamp 'date 2025-12-24' (Wed 24 Dec 2025) at the head of the stored page, not kept in the text; headline rendered from the URL slug; the last sentence (the official's further words) cut where the stored text breaks off; no date of its own in the text", False, """
قتل عشوائي للكلاب الضالّة يثير استياء في العراق
باشرت فرق البلديات في عدد من المدن العراقية، ترافقها قوات الشرطة، عمليات قتل عشوائية للكلاب الضالّة، بالرصاص وبتسميم الطعام، بعد تكرار هجمات الكلاب على المارّة، التي خلّفت خلال الأيام الأخيرة حالةَ وفاة وإصابات عدة.
وتداول ناشطون على مواقع التواصل الاجتماعي مشاهد قتل عشرات الكلاب في العاصمة بغداد والموصل والديوانية والكوت والبصرة على أيدي فرق البلدية أو قوات الشرطة، إلى جانب مشاركة بعض المواطنين في قتل الكلاب ببنادق الصيد والأسلحة الخفيفة، وتعقّب أماكن انتشارها داخل الأحياء السكنية والساحات العامة.
ووفقاً لمصادر طبية عراقية، سجّلت البلاد أكثر من 20 هجوماً لكلاب ضالّة على مواطنين، بعضهم أطفال، في مدن عراقية عديدة، أسفرت عن وفاة شاب يعمل سائق توصيل طلبات وجرح 11 آخرين، ثبتت إصابة بعضهم بداء الكلب، ويتلقون علاجاً مكثفاً في المستشفيات المتخصّصة.
ويقول مسؤول طبي في وزارة الصحة العراقية، فضّل عدم الكشف عن هويته، لـ"العربي الجديد"، إن "الكلاب الضالّة باتت مشكلةً اجتماعيةً كبيرة، بسبب تضاعف أعدادها في الفترة الأخيرة، وظهور سلالات شرسة وناقلة للأمراض".
""", [
    ev("city-culls", "باشرت فرق البلديات في عدد من المدن العراقية", "2025-12-15", "no own expression; culls under way in the days before the page day, Wed 24 Dec 2025 (my loose span 15-24 Dec)", end="2025-12-25"),
    ev("recent-attacks", "التي خلّفت خلال الأيام الأخيرة حالةَ وفاة وإصابات عدة", "2025-12-10", "'خلال الأيام الأخيرة' before Wed 24 Dec 2025 (my loose span 10-23 Dec)", end="2025-12-24"),
    ev("hamza-death", "أسفرت عن وفاة شاب يعمل سائق توصيل طلبات", HAMZA_DEATH[0], "no own expression; the delivery driver Hamza's death, before the announcements of 22-23 Dec (my loose span 1-22 Dec 2025)", end=HAMZA_DEATH[1]),
])

# ---------------------------------------------------------------- egypt-alexandria-azarita-dog-shooting-2015
S = "egypt-alexandria-azarita-dog-shooting-2015"
SHOOTING = ("2015-12-26", "2015-12-28")  # the dogs shot with shotguns in Azarita, on the new governor's first day
PHOTOS = ("2015-12-27", "2015-12-30")  # the photos of the dead dogs circulating online
art(S, "https://www.youm7.com/story/2015/12/27/%D8%A8%D8%A7%D9%84%D8%B5%D9%88%D8%B1-%D8%AD%D9%85%D9%84%D8%A9-%D9%84%D9%82%D8%AA%D9%84-%D8%A7%D9%84%D9%83%D9%84%D8%A7%D8%A8-%D8%A7%D9%84%D8%B6%D8%A7%D9%84%D8%A9-%D8%A8%D8%AD%D9%89-%D8%B4%D8%B1%D9%82-%D8%AA%D8%AB%D9%8A%D8%B1-%D8%A7%D9%84%D8%AC%D8%AF%D9%84-%D8%A8%D8%A7%D9%84%D8%A5%D8%B3%D9%83%D9%86%D8%AF%D8%B1%D9%8A%D8%A9/2511533",
    "2015-12-27", "date in the URL '/2015/12/27/' (Sun 27 Dec 2015); headline rendered from the URL slug; the photo placeholders and the readers' comments dropped; 'اليوم' without a weekday does not name the day", False, """
بالصور.. حملة لقتل الكلاب الضالة بحى شرق تثير الجدل بالإسكندرية
انقسم أهالي منطقة الأزاريطة التابعة لحي شرق بالإسكندرية بين مؤيد ومعارض لطريقة التخلص من الكلاب الضالة في الشارع؛ فبينما أيّد عدد من الأهالي قرار التخلص من الكلاب الضالة التي انتشرت بكثرة في الآونة الأخيرة بسبب ضغوط جمعيات الرفق بالحيوان وعرقلة حملات الإبادة، حتى باتت تهدد أرواح المارة والأطفال، استنكر عدد كبير آخر من الأهالي ما وصفوه بالطريقة الوحشية في التخلص من الكلاب الضالة بقتلها بالخرطوش.
وقامت إحدى ساكنات المنطقة، وهي مدرسة للغة الإنجليزية اعتادت الإشفاق على الحيوانات الضالة في الشارع، بطرد أعضاء الحملة، ثم جمعت الكلاب التي قُتلت ودفنتها.
واستنكرت بشدة ما عدّته فرضًا للقوة من المحافظ الجديد في أول يوم لتوليه المنصب بالإسكندرية، واصفة ذلك بالاستقواء على الكائنات الضعيفة.
يُذكر أن المهندس محمد عبد الظاهر تخلّف اليوم عن التوجه إلى مكتبه لتسلم مهام منصبه الجديد، بسبب كثرة الاجتماعات التي عُقدت بمجلس الوزراء عقب حلف اليمين بالأمس مع المحافظين الجدد، ما اضطره إلى التأخر والعودة إلى الإسكندرية ظهر اليوم.
""", [
    ev("shooting-campaign", "بقتلها بالخرطوش", SHOOTING[0], "no own expression; the shooting on the new governor's first day (the day after the oath 'بالأمس' = Sat 26 Dec), reported on Sun 27 Dec 2015 (my span 26-27 Dec)", end=SHOOTING[1]),
    ev("dogs-buried", "جمعت الكلاب التي قُتلت ودفنتها", SHOOTING[0], "no own expression; right after the shooting (my span 26-27 Dec 2015)", end=SHOOTING[1]),
    ev("governor-takes-office", "في أول يوم لتوليه المنصب بالإسكندرية", "2015-12-27", "'في أول يوم لتوليه المنصب' = the day after the oath, Sun 27 Dec 2015 (the page day; he reached Alexandria 'ظهر اليوم')"),
    ev("governors-oath", "عقب حلف اليمين بالأمس", "2015-12-26", "'بالأمس' before Sun 27 Dec 2015 = Sat 26 Dec 2015"),
    ev("governor-returns", "والعودة إلى الإسكندرية ظهر اليوم", "2015-12-27", "'ظهر اليوم' = noon of Sun 27 Dec 2015 (the URL day)"),
])
art(S, "https://parlmany.com/News/8/23698/سوزى-ناشد-نائبة-الإسكندرية-مسؤولو-حى-شرق-نفوا-صلتهم-بواقعة",
    "2015-12-28", "the body's 'اليوم الاثنين' for the MP's statements, about the photos of the Alexandria dogs shot on the new governor's first day (Sun 27 Dec 2015): Mon 28 Dec 2015; the byline 'كتب تامر إسماعيل' dropped; headline rendered from the URL slug, which breaks off after 'بواقعة' (completed with 'قتل الكلاب'); the last sentence cut at its last complete clause; a weekday without a date ('اليوم الاثنين') is not counted as stating the day", False, """
سوزى ناشد نائبة الإسكندرية: مسؤولو حى شرق نفوا صلتهم بواقعة قتل الكلاب
قالت الدكتورة سوزي عدلي ناشد، عضو مجلس النواب عن قائمة "في حب مصر" بمحافظة الإسكندرية، إنها تواصلت مباشرة مع مسؤولي حي شرق لتسألهم عن حقيقة الصور المنتشرة على مواقع التواصل الاجتماعي، والتي يقول ناشروها إنها لكلاب ضالة قتلها مسؤولو الحي في شوارعه.
وأضافت النائبة، في تصريحات خاصة لـ"برلماني" اليوم الاثنين، أن مسؤولي الحي نفوا الواقعة نفيًا كاملًا، وأكدوا أنهم لم يتخذوا مثل هذا القرار وليس لديهم أي علم بالواقعة، نافين صلتهم بها.
وأوضحت أنها انزعجت بشدة من الصور المتداولة، وحاولت التأكد من الواقعة التي نفاها المسؤولون، ووعدت بأن تزور المنطقة بنفسها اليوم للتأكد مما حدث، حتى لا تقع في خطأ اتهام أي مسؤول ظلمًا، أو يتكرر ما جرى لو صحت رواية أن المحافظ أو مسؤولي الحي هم أصحاب قرار قتل الكلاب في الشارع بالطريقة التي ظهرت في الصور.
وكان رواد مواقع التواصل الاجتماعي قد تداولوا صورًا لحملة قتل مجموعة من الكلاب، قالوا إنها في شوارع حي شرق بمحافظة الإسكندرية، وشنوا هجومًا على مسؤولي المحافظة وعلى محافظ الإسكندرية الجديد المهندس حسين عبد الظاهر.
""", [
    ev("mp-statement", "في تصريحات خاصة لـ\"برلماني\" اليوم الاثنين", "2015-12-28", "'اليوم الاثنين' = Mon 28 Dec 2015"),
    ev("district-denial", "أن مسؤولي الحي نفوا الواقعة", "2015-12-28", "no own expression; the officials' answer to the MP, reported 'اليوم الاثنين' (Mon 28 Dec 2015)"),
    ev("mp-visit", "ووعدت بأن تزور المنطقة بنفسها اليوم", "2015-12-28", "'اليوم' = Mon 28 Dec 2015 (a planned visit)"),
    ev("photos-spread", "قد تداولوا صورًا لحملة قتل مجموعة من الكلاب", PHOTOS[0], "no own expression; the photos circulated from the day of the shooting (my span 27-29 Dec 2015)", end=PHOTOS[1]),
    ev("shooting-campaign", "لحملة قتل مجموعة من الكلاب", SHOOTING[0], "no own expression; the shooting of 26-27 Dec 2015 (youm7 of Sun 27: the new governor's first day)", end=SHOOTING[1]),
])
art(S, "https://www.almasryalyoum.com/news/details/864708",
    "2015-12-29", "header 'الثلاثاء 29-12-2015 14:22' under the headline (kept as first line; 29 Dec 2015 was a Tuesday); the byline 'كتب: نبيل أبو شال', the caption and the truncated last clause dropped", True, """
الثلاثاء 29-12-2015 14:22
نشطاء يرسلون صور «كلاب الإسكندرية» إلى «بوتين».. والمحافظ: حدثت قبل أن أتولى
تصاعدت أزمة قتل الكلاب في شوارع الإسكندرية، التي تناولتها «المصري اليوم» في عددها، الثلاثاء، بعد أن أثارت صور جثث الكلاب في شوارع منطقة «الأزاريطة» استياء الهيئات والمنظمات المعنية بالرفق بالحيوان.
وتصدّر وسم (محافظ_الاسكندرية_سفاح) مواقع التواصل الاجتماعي، وجاءت تعليقات الأجانب لتؤكد اهتمامهم بالأمر الذي أثار الاستياء في الداخل والخارج، ووصل إلى منظمات فيدرالية لحقوق الحيوان.
وأرسل عدد من النشطاء في مجال حقوق الحيوان رسائل وصورًا إلى الرئيس الروسي فلاديمير بوتين على صفحته الشخصية في «فيس بوك»، لما يُعرف عنه من حب شديد للكلاب.
وتبرّأ مسؤولو مديرية الطب البيطري بالمحافظة من قتل الكلاب بالخرطوش، وقال مدير الطب البيطري إنهم توقفوا عن قتل الحيوانات بالخرطوش منذ 2011، في إشارة إلى أن شرطة الخيالة هي المسؤولة عن قتل الكلاب.
من جانبه، نفى المهندس محمد عبد الظاهر، محافظ الإسكندرية الجديد، مسؤوليته عن إصدار أوامر بقتل الكلاب.
""", [
    ev("photos-spread", "بعد أن أثارت صور جثث الكلاب", PHOTOS[0], "no own expression; the photos circulated from the day of the shooting (my span 27-29 Dec 2015)", end=PHOTOS[1]),
    ev("putin-messages", "رسائل وصورًا إلى الرئيس الروسي فلاديمير بوتين", "2015-12-28", "no own expression; the days before the page day, Tue 29 Dec 2015 (my span 28-29 Dec)", end="2015-12-30"),
    ev("vets-deny", "وتبرّأ مسؤولو مديرية الطب البيطري بالمحافظة", "2015-12-28", "no own expression; by the page day, Tue 29 Dec 2015 (my span 28-29 Dec)", end="2015-12-30"),
    ev("shotguns-stopped", "توقفوا عن قتل الحيوانات بالخرطوش منذ 2011", "2011-01-01", "'منذ 2011' = the year 2011", end="2012-01-01"),
    ev("governor-denial", "نفى المهندس محمد عبد الظاهر، محافظ الإسكندرية الجديد", "2015-12-29", "no own expression; the governor's press conference of the afternoon of Tue 29 Dec 2015 (youm7 of that day: 'عصر اليوم'), the page day"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 270)
                            if i != 201 and i != 265
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

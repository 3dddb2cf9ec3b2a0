"""Builds stories.jsonl: the 621-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: archaeological discoveries announced by antiquities
ministries and heritage authorities (tombs, statues, ancient towns, temples, rock art) and the follow-up coverage.
Stories: the rock-art site of the Umm Irak plateau in South Sinai (Egypt, February 2026), the Bronze Age walled
village of al-Natah in the Khaybar oasis (Saudi Arabia, November 2024), and the Sumerian temple found by the
British mission at Girsu (Tello) in Dhi Qar (Iraq, September 2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-umm-irak-sinai-rock-art-2026
S = "egypt-umm-irak-sinai-rock-art-2026"
ANN = "2026-02-12"                         # the ministry announced the find in a statement on Thu 12 Feb 2026
art(S, "https://www.kuna.net.kw/ArticlePrintPage.aspx?id=3274644&language=ar",
    "2026-02-12", "the page's date line 'التاريخ : 12/02/2026' and the dateline 'القاهرة - 12 - 2 (كونا)' (kept, it opens the body); 'اليوم الخميس' = Thu 12 Feb 2026; headline written from the body (the print page has none); the text after the fourth paragraph (cut in the stored excerpt) dropped", True, """
مصر تعلن اكتشاف موقع هضبة أم عراك الأثري في جنوب سيناء
القاهرة - 12 - 2 (كونا) -- كشفت وزارة السياحة والآثار المصرية اليوم الخميس عن واحد من أبرز المواقع الأثرية الجديدة، وهو موقع لم يكن معروفا من قبل ويتمتع بقيمة تاريخية وفنية استثنائية، ويحمل اسم (هضبة أم عراك) في محافظة جنوب سيناء.
ووصف وزير السياحة والآثار شريف فتحي الكشف في بيان بأنه إضافة نوعية مهمة إلى خريطة الآثار المصرية، إذ يعكس الثراء الحضاري والإنساني الفريد لأرض سيناء، ويقدم دليلا جديدا على تعاقب الحضارات على هذه البقعة المهمة من مصر عبر آلاف السنين.
وتابع فتحي أن هذا النوع من الاكتشافات يعزز موقع مصر على خريطة السياحة الثقافية ويفتح آفاقا جديدة أمام هذا النمط السياحي المهم، مؤكدا أن الوزارة ماضية في أعمال البحث والكشف والتوثيق العلمي وفق أحدث المعايير الدولية.
وبيّن البيان أن الدراسة المبدئية قسمت النقوش والرسوم الصخرية إلى مجموعات زمنية عدة، أقدمها المجموعة المرسومة باللون الأحمر على سقف المأوى الصخري، والتي يرجع تاريخها مبدئيا إلى الفترة ما بين 10 آلاف و5500 عام قبل الميلاد، وتصور حيوانات مختلفة تعكس طبيعة الحياة في تلك العصور المبكرة.
""", [
    ev("umm-irak-announcement", "كشفت وزارة السياحة والآثار المصرية اليوم الخميس", ANN, "'اليوم الخميس' in a report dated 12 Feb 2026 = Thu 12 Feb 2026"),
    ev("fathi-statement", "ووصف وزير السياحة والآثار شريف فتحي الكشف في بيان", ANN, "no own expression; the minister's words are in the ministry's statement of the announcement, Thu 12 Feb 2026"),
    ev("preliminary-study-groups", "وبيّن البيان أن الدراسة المبدئية قسمت النقوش", ANN, "no own expression; the statement of Thu 12 Feb 2026 gives the results of the preliminary study (the study itself is undated)"),
])
art(S, "https://www.kurdistan24.net/ar/story/893733/%D9%85%D8%B5%D8%B1-%D8%AA%D8%B9%D9%84%D9%86-%D8%A7%D9%83%D8%AA%D8%B4%D8%A7%D9%81-%D9%85%D9%88%D9%82%D8%B9-%D8%A3%D8%AB%D8%B1%D9%8A-%D8%A8%D8%B3%D9%8A%D9%86%D8%A7%D8%A1-%D9%8A%D8%B6%D9%85-%D9%86%D9%82%D9%88%D8%B4%D8%A7-%D8%B5%D8%AE%D8%B1%D9%8A%D8%A9-%D8%B9%D9%85%D8%B1%D9%87%D8%A7-10-%D8%A2%D9%84%D8%A7%D9%81-%D8%B9%D8%A7%D9%85",
    "2026-02-13", "the page's date 2026-02-13 (stamp 'منذ 4 ساعات' on the stored copy); the body's 'الخميس' = Thu 12 Feb 2026, the day before; the dateline 'أربيل (كوردستان24)-' kept; headline rendered from the URL slug; the last, truncated quotation of al-Laithy shortened", True, """
مصر تعلن اكتشاف موقع أثري بسيناء يضم نقوشا صخرية عمرها 10 آلاف عام
أربيل (كوردستان24)- أفادت وزارة السياحة والآثار المصرية الخميس بأنها اكتشفت في شبه جزيرة سيناء شرقي مصر موقعا أثريا يضم نقوشا صخرية ويرجع تاريخه إلى عشرة آلاف عام.
ويعرف الموقع باسم "هضبة أم عراك"، ويتكون من تشكيل صخري يمتد على 100 متر، وتتيح نقوشه ورسومه الصخرية تتبع تطور التعبير الفني لدى الإنسان من عصور ما قبل التاريخ حتى العصور الإسلامية.
واعتبر وزير السياحة والآثار شريف فتحي أن الاكتشاف يمثل إضافة نوعية مهمة إلى خريطة الآثار المصرية، لأنه يعكس ما تزخر به سيناء من ثراء حضاري وإنساني فريد، ويقدم دليلا جديدا على تعاقب الحضارات على هذه البقعة من أرض مصر عبر آلاف السنين، ويؤكد مواصلة الوزارة أعمال البحث والكشف والتوثيق العلمي وفق أحدث المعايير الدولية.
ويضم سقف الموقع رسوما كثيرة بالحبر الأحمر لحيوانات ورموز، إلى جانب نقوش بالعربية والنبطية.
ومن جانبه، أشار الدكتور هشام الليثي، الأمين العام للمجلس الأعلى للآثار، إلى أن موقع الكشف من أهم مواقع الفن الصخري التي عثر عليها مؤخرا، وأن تنوع النقوش الصخرية بهضبة أم عِراك زمنيا وتقنيا يجعل منها متحفا طبيعيا مفتوحا.
""", [
    ev("umm-irak-announcement", "أفادت وزارة السياحة والآثار المصرية الخميس بأنها اكتشفت", ANN, "'الخميس' in a report of Fri 13 Feb 2026 = Thu 12 Feb 2026"),
    ev("fathi-statement", "واعتبر وزير السياحة والآثار شريف فتحي أن الاكتشاف", ANN, "no own expression; the minister's statement issued with the announcement of Thu 12 Feb 2026 (kuna)"),
    ev("laithy-statement", "أشار الدكتور هشام الليثي، الأمين العام للمجلس الأعلى للآثار", ANN, "no own expression; al-Laithy's words are part of the ministry's statement of Thu 12 Feb 2026"),
])
art(S, "https://nabd.ws/h/168007159-888c63/?hf=0",
    "2026-02-13", "no date on the stored aggregator page (a report of the UAE site 24.ae); the body's 'أمس الخميس' for the announcement of Thu 12 Feb 2026 (kuna: 'اليوم الخميس', dated 12 Feb) gives Fri 13 Feb 2026; headline kept from the page; the aggregator's footer, 'read more' button and list of times dropped; the text is cut ('.....') on the page", False, """
قبل الأهرامات بـ5 آلاف عام.. اكتشاف أثري نادر في سيناء ظل مدفوناً لـ 10 قرون
أعلنت وزارة السياحة والآثار المصرية أمس الخميس العثور في شبه جزيرة سيناء شرقي مصر على موقع أثري فيه نقوش صخرية ويعود تاريخه إلى عشرة آلاف عام.
ويطلق على الموقع اسم "هضبة أم عراك"، وهو تكوين صخري يمتد على 100 متر، وتسمح نقوشه ورسومه الصخرية برصد تطور التعبير الفني عند الإنسان منذ عصور ما قبل التاريخ وحتى العصور الإسلامية.
ورأى وزير السياحة والآثار شريف فتحي أن هذا الاكتشاف يعد إضافة نوعية مهمة لخريطة الآثار المصرية، لأنه يكشف ما تحفل به أرض سيناء من ثراء حضاري وإنساني فريد، ويمثل دليلا جديدا على توالي الحضارات على هذه البقعة المهمة من مصر على مدى آلاف السنين، كما يؤكد أن الوزارة مستمرة في أعمال البحث والكشف والتوثيق العلمي بحسب أحدث المعايير الدولية.
""", [
    ev("umm-irak-announcement", "أعلنت وزارة السياحة والآثار المصرية أمس الخميس", ANN, "'أمس الخميس' = Thu 12 Feb 2026 (the day of the ministry's statement, kuna)"),
    ev("fathi-statement", "ورأى وزير السياحة والآثار شريف فتحي أن هذا الاكتشاف", ANN, "no own expression; the minister's statement issued with the announcement of Thu 12 Feb 2026"),
])

# ---------------------------------------------------------------- saudi-khaybar-al-natah-village-2024
S = "saudi-khaybar-al-natah-village-2024"
ANN = "2024-11-02"                         # the Royal Commission for AlUla announced al-Natah at a press conference on Sat 2 Nov 2024
PLOS = "2024-10-30"                        # the study in PLOS ONE was published on Wed 30 Oct 2024
art(S, "https://foochia.com/life/4k5cwdj",
    "2024-11-02", "the page's stamp '2 نوفمبر 2024,6:57 م' (Sat 2 Nov 2024); the by-line 'فريق التحرير' and the section tag dropped; headline kept from the page; the sub-headings between the paragraphs dropped; the text after the fifth paragraph (cut in the stored excerpt) dropped", True, """
من عمق التاريخ.. اكتشاف أثري مذهل في "واحة خيبر" السعودية (فيديو)
كشفت الهيئة الملكية لمحافظة العلا في المملكة العربية السعودية عن العثور على قرية أثرية ترجع إلى العصر البرونزي في واحة خيبر شمال غربي المملكة، وذلك في إطار دراسة حديثة نشرتها مجلة "بلوس ون" العلمية.
ويشكل هذا الكشف دليلا مهما على التحول الحضاري الذي عرفته المنطقة، إذ انتقل سكانها من حياة الرعي المتنقلة إلى الاستقرار الحضري منذ منتصف الألفية الثالثة قبل الميلاد.
وأكد الأمير بدر بن عبدالله بن فرحان آل سعود، محافظ الهيئة الملكية، أن الاكتشاف يرسخ مكانة السعودية في مجال الآثار ويبرز غنى التراث الحضاري الذي تحتضنه.
وشدد كذلك على أهمية التعاون الدولي في إبراز هذا الإرث وتقديمه للأجيال المقبلة، انسجاما مع رؤية السعودية 2030.
وبيّن المشروع الأثري "خيبر عبر العصور"، الذي يقوده الدكتور غيوم شارلو والدكتورة منيرة المشوح، أن واحة خيبر كانت مركزا حضريا دائما ومزدهرا قائما على الزراعة والتجارة.
""", [
    ev("natah-announcement", "كشفت الهيئة الملكية لمحافظة العلا في المملكة العربية السعودية عن العثور على قرية أثرية", ANN, "no own expression; the announcement of Sat 2 Nov 2024, the day of the page's stamp (kuwait.to 'اليوم السبت')"),
    ev("plos-one-study", "في إطار دراسة حديثة نشرتها مجلة \"بلوس ون\" العلمية", PLOS, "no own expression; the article in PLOS ONE on al-Natah was published on Wed 30 Oct 2024 (my knowledge of the journal, not in the text)"),
    ev("governor-statement", "وأكد الأمير بدر بن عبدالله بن فرحان آل سعود", ANN, "no own expression; the governor's words were released with the announcement of Sat 2 Nov 2024"),
])
art(S, "https://kuwait.to/%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D8%AA%D8%B9%D9%84%D9%86-%D8%A7%D9%83%D8%AA%D8%B4%D8%A7%D9%81-%D9%82%D8%B1%D9%8A%D8%A9-%D8%A7%D9%84%D9%86%D8%B7%D8%A7%D8%A9-%D9%81%D9%8A",
    "2024-11-02", "no date on the stored page (a KUNA wire); the body's 'اليوم السبت' for the announcement made at the press conference of Sat 2 Nov 2024 (3rd-eye of Sun 3 Nov: 'في مؤتمر صحفي عقدته، السبت'; foochia stamped 2 Nov) gives Sat 2 Nov 2024; headline rendered from the URL slug", False, """
السعودية تعلن اكتشاف قرية النطاة في واحة خيبر
أعلنت الهيئة الملكية لمحافظة العلا في السعودية اليوم السبت عن اكتشاف قرية أثرية في «واحة خيبر» سكنها البشر قبل أكثر من 3400 عام.
وأفادت الهيئة خلال مؤتمر صحفي بأن أعمال التنقيب الأثري الأخيرة في «واحة خيبر» أظهرت قرية مسورة تعود إلى العصر البرونزي تحمل اسم «النطاة»، موضحة أن هذا الكشف هو الأول من نوعه في المنطقة الذي يسلط الضوء على الحياة الاجتماعية والاقتصادية في ذلك العصر.
وذكرت أن القرية كانت آهلة بالسكان، إذ يشتمل الموقع على تجمع عمراني ذي تقسيمات واضحة تضم مناطق للسكن وأخرى للدفن.
وأوضحت أن الاكتشاف يجسد انتقالا جذريا من التنقل الموسمي إلى الاستقرار في المدن، وهو ما ترك أثرا عميقا في البنية الاجتماعية والاقتصادية.
ويعيد هذا الكشف رسم التحول نحو الحياة الحضرية والتطور الاجتماعي المتنامي في العصر البرونزي، ويسهم في تشكيل فهم تاريخ الاستقرار البشري في شمال غربي الجزيرة العربية.
""", [
    ev("natah-announcement", "أعلنت الهيئة الملكية لمحافظة العلا في السعودية اليوم السبت", ANN, "'اليوم السبت' = Sat 2 Nov 2024"),
    ev("rcu-press-conference", "وأفادت الهيئة خلال مؤتمر صحفي", ANN, "no own expression; the press conference of Sat 2 Nov 2024 ('اليوم السبت'; 3rd-eye: 'في مؤتمر صحفي عقدته، السبت')"),
])
art(S, "https://www.3rd-eye.net/news/62278",
    "2024-11-03", "the page's stamp 'الأحد - 03 نوفمبر 2024 - 07:20 م بتوقيت عدن' (the 'آخر تحديث' of Nov 2025 is the site's header); the body's 'السبت' = Sat 2 Nov 2024; headline kept; the credit 'العين الثالثة/ متابعات' dropped; the last, truncated clause ('خلال الن...') dropped", True, """
اكتشاف قرية أثرية في خيبر السعودية
أعلنت الجهات السعودية المختصة عن العثور على قرية أثرية ترجع إلى العصر البرونزي في واحة خيبر شمال غربي المملكة.
وأوضحت الهيئة الملكية لمحافظة العلا، في مؤتمر صحفي عقدته، السبت، أن القرية المسماة "النطاة" تقدم برهانا على تقسيم واضح داخل الحصون والمدن بين مناطق مخصصة للسكن وأخرى للدفن.
ويرجع تاريخ القرية إلى نحو 2400 - 2000 قبل الميلاد، حتى 1500- 1300 قبل الميلاد، وكان عدد سكانها 500 شخص على مساحة 2.6 هكتار، ويحيط بواحة خيبر سور حجري طوله 15 كم لحمايتها.
وتقع الواحة على أطراف حقل حرة خيبر البركاني، وقد تشكلت عند ملتقى 3 أودية في منطقة جافة، فيما عثر على قرية "النطاة" في الأطراف الشمالية للواحة تحت أكوام من صخور البازلت ظلت مدفونة تحتها لآلاف السنين.
ويبين الاكتشاف، الذي جاء ضمن مشروع "خيبر عبر العصور" بقيادة الباحث في المركز الوطني الفرنسي للبحث العلمي غيوم شارلو ومديرة المسوحات الأثرية في الهيئة الملكية لمحافظة العلا منيرة المشوح، الانتقال من حياة الرعي المتنقلة إلى الحياة الحضرية المستقرة في المنطقة.
""", [
    ev("natah-announcement", "أعلنت الجهات السعودية المختصة عن العثور على قرية أثرية", ANN, "no own expression; the announcement made at the press conference of Sat 2 Nov 2024 ('السبت')"),
    ev("rcu-press-conference", "في مؤتمر صحفي عقدته، السبت", ANN, "'السبت' in a report of Sun 3 Nov 2024 = Sat 2 Nov 2024"),
])

# ---------------------------------------------------------------- iraq-girsu-sumerian-temple-2021
S = "iraq-girsu-sumerian-temple-2021"
SABAH = "2021-09-13"                       # al-Sabah (state daily) published the find in its issue of Mon 13 Sep 2021
OCT = ("2021-10-01", "2021-10-11")         # 'مطلع أكتوبر المقبل': the first ten days of October 2021 (my span)
JULY = ("2021-07-01", "2021-08-01")        # 'في يوليو الماضي': July 2021, the month only
art(S, "https://almahayid.net/883-%D8%A8%D8%B9%D8%AB%D8%A9-%D8%A8%D8%B1%D9%8A%D8%B7%D8%A7%D9%86%D9%8A%D8%A9-%D8%AA%D9%83%D8%AA%D8%B4%D9%81-%D9%85%D8%B9%D8%A8%D8%AF%D8%A7%D9%8B-%D8%B3%D9%88%D9%85%D8%B1%D9%8A%D8%A7%D9%8B-%D9%81%D9%8A-%D8%B0%D9%8A-%D9%82%D8%A7%D8%B1-%D9%8A%D8%B9%D9%88%D8%AF-%D9%84%D9%84%D8%A3%D9%84%D9%81%D9%8A%D8%A9-%D8%A7%D9%84%D8%AB%D8%A7%D9%84%D8%AB%D8%A9-%D9%82%D8%A8%D9%84-%D8%A7%D9%84%D9%85%D9%8A%D9%84%D8%A7%D8%AF.html",
    "2021-09-13", "the page's stamp 'محلي 13-09-2021, 20:22' (Mon 13 Sep 2021); the site menus, the list of latest news and the credit 'المحايد/ بغداد' dropped; headline kept; the quotation of the Dhi Qar university professor (cut in the stored excerpt) dropped", True, """
بعثة بريطانية تكتشف معبداً سومرياً في ذي قار يعود للألفية الثالثة قبل الميلاد
عثرت بعثة أثرية بريطانية يرافقها فريق عراقي على معبد سومري في محافظة ذي قار جنوبي العراق يرجع إلى الألفية الثالثة قبل الميلاد، في أول كشف أثري من نوعه منذ سنوات، في حين تترقب البلاد قدوم خمس بعثات أجنبية أخرى مطلع الشهر المقبل للبحث والتنقيب عن مواقع أثرية سومرية.
وذكرت صحيفة "الصباح" الرسمية أن "معبد الالينو" المكتشف يخص الإله نين جرسو في مدينة كرسو السومرية الواقعة شمال محافظة ذي قار.
ونقلت الصحيفة عن مدير مفتشية آثار وتراث ذي قار، عامر عبد الرزاق، أن البعثة البريطانية والفريق العراقي المرافق لها عثرا كذلك على لقى أثرية مهمة كثيرة أرسلت إلى المتحف الوطني.
وأوضح أن بعثة متحف لندن تنتظر العثور على مزيد من الاكتشافات المهمة بعد تجديد العقد المبرم معها لخمس سنوات أخرى، سعيا إلى توسيع أعمال التنقيب في المحافظة.
ولفت إلى أن الاستقرار الأمني والاجتماعي في المحافظة اجتذب فرق تنقيب أجنبية عديدة راغبة في الكشف عن مدن وقرى سومرية تضم مواقع فريدة لأقدم حضارة بشرية، مبينا أن خمس بعثات أجنبية ستصل إلى العراق مطلع أكتوبر/تشرين الأول المقبل.
""", [
    ev("temple-find-made-public", "عثرت بعثة أثرية بريطانية يرافقها فريق عراقي على معبد سومري", SABAH, "no own expression; the find as made public in al-Sabah's issue of Mon 13 Sep 2021 (the day of the find itself is not given)"),
    ev("sabah-report", "وذكرت صحيفة \"الصباح\" الرسمية", SABAH, "no own expression; al-Sabah's issue of Mon 13 Sep 2021 (al-Jazeera of Tue 14 Sep: 'في عددها الصادر أمس الاثنين'), the day of this report"),
    ev("five-missions-arrive", "مبينا أن خمس بعثات أجنبية ستصل إلى العراق مطلع أكتوبر/تشرين الأول المقبل", OCT[0], "'مطلع أكتوبر/تشرين الأول المقبل' from Sep 2021 = early October 2021 (my span 1-10 Oct)", end=OCT[1]),
])
art(S, "https://dorar-aliraq.net/threads/1184635-%D9%8A%D8%B9%D9%88%D8%AF-%D8%AA%D8%A7%D8%B1%D9%8A%D8%AE%D9%87-%D8%A5%D9%84%D9%89-%D8%A7%D9%84%D8%A3%D9%84%D9%81%D9%8A%D8%A9-%D8%A7%D9%84%D8%AB%D8%A7%D9%84%D8%AB%D8%A9-%D9%82%D8%A8%D9%84-%D8%A7%D9%84%D9%85%D9%8A%D9%84%D8%A7%D8%AF-%D8%A7%D9%83%D8%AA%D8%B4%D8%A7%D9%81-%D9%85%D8%B9%D8%A8%D8%AF-%D8%B3%D9%88%D9%85%D8%B1%D9%8A-%D9%81%D9%8A-%D8%B0%D9%8A-%D9%82%D8%A7%D8%B1-%D8%A8%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82",
    "2021-09-14", "no date on the stored forum page (a copy of an al-Jazeera report); the body's 'في عددها الصادر أمس الاثنين' for al-Sabah's issue of Mon 13 Sep 2021 (almahayid, stamped 13 Sep, cites that issue) gives Tue 14 Sep 2021; an English rendering of the same report (tellerreport.com) is dated 2021-09-14; the photo caption dropped; headline kept from the page; the last, truncated sentence shortened", False, """
اكتشاف معبد سومري في العراق
عثرت بعثة أثرية بريطانية، يرافقها فريق عراقي، على معبد سومري يرجع إلى الألفية الثالثة قبل الميلاد في محافظة ذي قار (جنوبي العراق).
وأوردت جريدة الصباح العراقية (الحكومية) نبأ الاكتشاف في خبر نشرته في عددها الصادر أمس الاثنين.
وأفادت بأن معبد الألينو المكتشف يعود إلى الإله نين جرسو في مدينة كرسو السومرية الواقعة شمالي محافظة ذي قار.
ونقلت عن مدير مفتشية آثار وتراث ذي قار، عامر عبد الرزاق، أن البعثة البريطانية المنقبة (التابعة لمتحف لندن) والفريق العراقي المرافق لها عثرا أيضا على لقى أثرية مهمة عديدة أُرسلت إلى المتحف الوطني.
وأوضح عبد الرزاق أن بعثة متحف لندن تتوقع تحقيق اكتشافات مهمة أخرى بعد تجديد عقدها لـ5 سنوات أخرى، بغرض توسيع أعمال التنقيب في المحافظة.
وأضاف أن "5 بعثات أجنبية ستصل إلى العراق مطلع أكتوبر/تشرين الأول المقبل".
وفي يوليو/تموز الماضي، أُعلن أن فريق تنقيب روسيا تمكن من العثور على ما يعتقد أنه بقايا مستوطنة يعود تاريخها إلى 4 آلاف عام مضت.
""", [
    ev("temple-find-made-public", "عثرت بعثة أثرية بريطانية، يرافقها فريق عراقي، على معبد سومري", SABAH, "no own expression; the find as made public in al-Sabah of Mon 13 Sep 2021 ('أمس الاثنين')"),
    ev("sabah-report", "في خبر نشرته في عددها الصادر أمس الاثنين", SABAH, "'أمس الاثنين' in a report of Tue 14 Sep 2021 = Mon 13 Sep 2021"),
    ev("five-missions-arrive", "5 بعثات أجنبية ستصل إلى العراق مطلع أكتوبر/تشرين الأول المقبل", OCT[0], "'مطلع أكتوبر/تشرين الأول المقبل' from Sep 2021 = early October 2021 (my span 1-10 Oct)", end=OCT[1]),
    ev("russian-settlement-find", "أُعلن أن فريق تنقيب روسيا تمكن من العثور", JULY[0], "'في يوليو/تموز الماضي' from Sep 2021 = July 2021 (the month only)", end=JULY[1]),
])
art(S, "https://7al.net/2021/09/17/%d8%a7%d9%83%d8%aa%d8%b4%d8%a7%d9%81-%d9%85%d8%b9%d8%a8%d8%af-%d8%b3%d9%88%d9%85%d8%b1%d9%8a-%d9%81%d9%8a-%d8%b0%d9%8a-%d9%82%d8%a7%d8%b1-%d9%88%d8%aa%d9%88%d9%82%d8%b9%d8%a7%d8%aa-%d8%a8%d9%85/elkarmaly/news/",
    "2021-09-17", "the date in the page's address '2021/09/17' (Fri 17 Sep 2021); no date expression for the report itself in the body; headline rendered from the URL slug (cut after 'وتوقعات'); the last, truncated sentence ('وتعد الح...') dropped", True, """
اكتشاف معبد سومري في ذي قار وتوقعات بالمزيد
اكتشفت بعثة أثرية بريطانية بمرافقة فريق عراقي معبدا سومريا في محافظة ذي قار جنوبي العراق.
ويحمل المعبد المكتشف اسم "معبد الألينو"، ويرجع تاريخه إلى الألفية الثالثة قبل الميلاد.
ويعود المعبد إلى الإله "نين جرسو" في مدينة "كرسو" السومرية الواقعة شمالي ذي قار.
والبعثة البريطانية تابعة لـ"متحف لندن"، بحسب ما صرح به مدير مفتشية آثار وتراث ذي قار "عامر عبد الرزاق".
وأكد عبد الرزاق لصحيفة (الصباح) الرسمية أن البعثة والفريق العراقي عثرا كذلك على لقى أثرية مهمة عديدة.
وأوضح أن هذه اللقى أرسلت إلى المتحف الوطني العراقي في بغداد.
وبيّن أن البعثة البريطانية تتوقع مزيدا من الاكتشافات المهمة بعد تجديد العقد الموقع معها لـ 5 سنوات أخرى، بهدف التوسع في أعمال التنقيب في المحافظة.
وأضاف أن 5 بعثات أجنبية ستصل إلى العراق مطلع أكتوبر المقبل.
وفي يوليو الماضي، نجح فريق تنقيب روسي في اكتشاف ما يعتقد أنه بقايا مستوطنة يعود تاريخها إلى 4 آلاف عام مضت، وقد جرى هذا الاكتشاف أيضا في ذي قار، ومن بين ما عثر عليه رأس سهم صدئ وآثار مواقد وتماثيل طينية.
""", [
    ev("temple-find-made-public", "اكتشفت بعثة أثرية بريطانية بمرافقة فريق عراقي معبدا سومريا", SABAH, "no own expression; the find as made public in al-Sabah of Mon 13 Sep 2021 (almahayid, al-Jazeera)"),
    ev("sabah-report", "وأكد عبد الرزاق لصحيفة (الصباح) الرسمية", SABAH, "no own expression; al-Sabah's issue of Mon 13 Sep 2021 (al-Jazeera: 'أمس الاثنين' on Tue 14)"),
    ev("five-missions-arrive", "5 بعثات أجنبية ستصل إلى العراق مطلع أكتوبر المقبل", OCT[0], "'مطلع أكتوبر المقبل' from Sep 2021 = early October 2021 (my span 1-10 Oct)", end=OCT[1]),
    ev("russian-settlement-find", "نجح فريق تنقيب روسي في اكتشاف", JULY[0], "'في يوليو الماضي' from Sep 2021 = July 2021 (the month only)", end=JULY[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 621
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

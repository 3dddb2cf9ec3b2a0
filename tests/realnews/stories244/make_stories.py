"""Builds stories.jsonl: the 244-th set of real Arabic news stories (several articles per story, from
different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories204/make_stories.py). Domain: weapons (firearms licensing, weapons-collection
campaigns, arms amnesties): the Jordanian interior minister's «10 million guns» statement on the draft arms
law (2019), the launch of Iraq's buy-back of medium weapons from citizens (2024), and al-Bashir's Darfur tour
for the weapons-collection campaign (Sudan, 2017). None of these stories is in the dev set or the other
tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- jordan-arms-law-ten-million-guns-2019
S = "jordan-arms-law-ten-million-guns-2019"
art(S, "https://aletihad.ae/articleamp/39999/2019/الأردن:-مشروع-قانون-جديد-لتنظيم-حيازة-الأسلحة",
    "2019-07-07", "no stamp in the stored page and only the year '/2019/' in the URL: fixed by the body's 'اليوم الأحد' for Salameh Hammad's meeting with the Lower House legal committee, which took place on Sun 7 Jul 2019 (another outlet, stamped Mon 08-07-2019: 'أمس الأحد'); headline rendered from the URL slug; the cross-link 'اقرأ أيضاً... ضبط أسلحة وذخائر بمنزل جنوب الأردن' dropped; no date of its own in the text", False, """
الأردن: مشروع قانون جديد لتنظيم حيازة الأسلحة
يمنع مشروع جديد لقانون الأسلحة والذخائر في الأردن الأشخاص الطبيعيين من حيازة الأسلحة الأتوماتيكية، بعدما كانت حيازتها مسموحة بإذن من وزير الداخلية أو من ينوب عنه.
وقال وزير الداخلية الأردني سلامة حماد، اليوم الأحد، خلال اجتماع مع اللجنة القانونية في مجلس النواب التي شرعت في مناقشة المشروع، إن الأسلحة الموجودة في أيدي الأردنيين تُعد بالملايين.
وشدد حماد على ضرورة ضبط هذه الأسلحة، موضحاً أن القانون وُضع لهذه الغاية.
ووفق المشروع، تُعد رخص اقتناء الأسلحة الأتوماتيكية وحملها الصادرة قبل نفاذ أحكام القانون الجديد ملغاة حكماً، ويتعين على حامليها أو مقتنيها تسليمها إلى أقرب مركز أمني في مدة لا تتجاوز 6 شهور من نفاذ أحكام القانون.
وينص المشروع على أن من لا يفعل ذلك يُعد مخالفاً لأحكام القانون، على أن يُعوَّض حاملو هذه الأسلحة أو مقتنوها تعويضاً عادلاً، ويصدر الوزير المختص التعليمات اللازمة لتنفيذ ذلك.
كما يحظر المشروع على الوزراء السابقين حمل السلاح، خلافاً لما كان يجيزه لهم قانون الأسلحة والذخائر لسنة 1952 المعمول به حالياً، إذ اكتفى المشروع بذكر "الوزراء وأعضاء مجلس الأمة والحكام الإداريين".
""", [
    ev("committee-meeting", "اليوم الأحد، خلال اجتماع مع اللجنة القانونية", "2019-07-07", "'اليوم الأحد' = Sun 7 Jul 2019"),
    ev("ten-million-statement", "إن الأسلحة الموجودة في أيدي الأردنيين تُعد بالملايين", "2019-07-07", "no own expression; said at the committee meeting of Sun 7 Jul 2019 (the publication day)"),
    ev("law-1952", "قانون الأسلحة والذخائر لسنة 1952", "1952-01-01", "'لسنة 1952' = the arms law enacted in 1952 (the year only)", end="1953-01-01"),
])
art(S, "https://alkhaleejonline.net/%D9%85%D8%AC%D8%AA%D9%85%D8%B9/%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86-%D9%8A%D9%83%D8%B4%D9%81-%D9%84%D8%A3%D9%88%D9%84-%D9%85%D8%B1%D8%A9-%D8%B9%D9%86-%D8%B9%D8%AF%D8%AF-%D8%A7%D9%84%D8%A3%D8%B3%D9%84%D8%AD%D8%A9-%D9%81%D9%8A-%D8%A3%D9%8A%D8%AF%D9%8A-%D9%85%D9%88%D8%A7%D8%B7%D9%86%D9%8A%D9%87",
    "2019-07-08", "page stamp 'الاثنين، 08-07-2019 الساعة 16:30' under the headline (kept as first line, without the clock time, before the headline); 8 Jul 2019 was a Monday; body 'أمس الأحد' agrees; the short link, the sub-headline 'الداخلية: نصيب كل مواطن أردني قطعة ونصف من الأسلحة', the share buttons and the truncated last sentence ('وينص مشروع القانون ع...') dropped", True, """
الاثنين، 08-07-2019
الأردن يكشف لأول مرة عن عدد الأسلحة في أيدي مواطنيه
كشفت وزارة الداخلية الأردنية للمرة الأولى عن مجموع قطع السلاح الفردية غير المرخصة التي يملكها المواطنون الأردنيون، وتعهدت بضبطها وتنظيم اقتنائها.
وأوضح وزير الداخلية سلامة حماد، في اجتماعه مع لجنة برلمانية أمس الأحد، أن بحوزة المواطنين في الأردن أعداداً كبيرة من قطع السلاح الفردية تبلغ نحو 10 ملايين قطعة.
وبيّن أن "نصيب كل مواطن أردني قطعة ونصف من الأسلحة بغض النظر عن الذخائر"، متعهداً بضبطها وتنظيم الحصول عليها، لأن معظمها غير مرخص.
ولم يوضح الوزير الأردني كيف تكدست هذه الكمية من قطع السلاح المصنوعة في الخارج بأيدي المواطنين، ولم يتطرق إلى أسباب سكوت الحكومات والأجهزة عنها في الماضي.
ودعا حماد "حاملي الأسلحة أو مقتنيها لتسليمها إلى أقرب مركز أمني خلال مدة لا تتجاوز الستة أشهر من نفاذ أحكام القانون الجديد".
وتأتي تصريحات حماد في سياق مناقشة مجلس النواب الأردني مشروع قانون ينص على أن رخص حمل الأسلحة الأوتوماتيكية واقتنائها، الصادرة قبل نفاذ أحكام القانون الجديد، ملغاة حكماً.
""", [
    ev("committee-meeting", "في اجتماعه مع لجنة برلمانية أمس الأحد", "2019-07-07", "'أمس الأحد' before Mon 8 Jul = Sun 7 Jul 2019"),
    ev("ten-million-statement", "تبلغ نحو 10 ملايين قطعة", "2019-07-07", "no own expression; said at the meeting of Sun 7 Jul 2019 ('أمس الأحد')"),
    ev("ministry-disclosure", "كشفت وزارة الداخلية الأردنية للمرة الأولى", "2019-07-07", "no own expression; the minister's disclosure at the committee on Sun 7 Jul 2019"),
    ev("surrender-call", "ودعا حماد \"حاملي الأسلحة أو مقتنيها", "2019-07-07", "no own expression; the call was made at the same meeting, Sun 7 Jul 2019"),
])
art(S, "https://www.aljazeera.net/news/politics/2019/7/8/سلاح-الأردن-سلامة-حماد-مجلس-النواب-سوريا-العشائر",
    "2019-07-08", "date in the URL '/2019/7/8/' (a Monday); body 'كان آخرها أمس' for the last committee meeting (Sun 7 Jul 2019) agrees; the caption lines ('محال لبيع الأسلحة المرخصة في عمان', 'وزير الداخلية تحدث عن ... (الجزيرة)'), the byline 'هديل الروابدة-عمّان' and the truncated last sentence ('... مع التعهد بتعويضهم') dropped; no date of its own in the text", False, """
10 ملايين قطعة سلاح بالأردن.. وجدل سياسي عشائري حول توجهات الحكومة لسحبها
عاد الجدل إلى الواجهة في الأردن مع توجه حكومي يرمي إلى سحب نحو عشرة ملايين قطعة سلاح تقول الحكومة إنها منتشرة في أيدي الأردنيين، بينما تبدي أوساط شعبية وسياسية مخاوفها وتشكك في مبررات القرار وتوقيته، الذي ربطه بعضهم بخطة السلام الأميركية المعروفة شعبياً بـ"صفقة القرن".
وقال وزير الداخلية الأردني سلامة حماد، خلال سلسلة اجتماعات مع اللجنة القانونية في البرلمان عُقدت على مدار الأيام الماضية، كان آخرها أمس، لبحث تعديلات قانون الأسلحة والذخائر، إن الأحداث في سوريا أسهمت في انتشار السلاح في المملكة، مشيراً إلى تقديرات بوجود عشرة ملايين قطعة سلاح غير مرخصة بين الأردنيين.
وأوضح أن الجنوب السوري بقي فترة طويلة خارج سيطرة الدولة السورية، ما أتاح تخزين آلاف القطع من الأسلحة المختلفة في مناطقه وتهريب أعداد كبيرة منها إلى الأردن.
""", [
    ev("committee-meeting", "كان آخرها أمس", "2019-07-07", "'أمس' before Mon 8 Jul = Sun 7 Jul 2019 (the last meeting of the series)"),
    ev("committee-series", "سلسلة اجتماعات مع اللجنة القانونية", "2019-07-01", "'على مدار الأيام الماضية', ending 'أمس' (Sun 7 Jul 2019): the legal committee's meetings of the first week of July (my span 1-7 Jul 2019)", end="2019-07-08"),
    ev("ten-million-statement", "مشيراً إلى تقديرات بوجود عشرة ملايين قطعة سلاح", "2019-07-07", "no own expression; the estimate given at the meeting of Sun 7 Jul 2019 (another outlet: 'أمس الأحد')"),
])
art(S, "https://maannews.net/news/988930.html",
    "2019-07-08", "page line 'نشر بتاريخ: 08/07/2019 ( آخر تحديث: 10/07/2019 الساعة: 09:22 )' under the headline (the publication date kept as first line, before the headline); 8 Jul 2019 was a Monday, the day after the committee meeting; the site's running date 'الأربعاء: 20/11/2024 بتوقيت القدس الشريف', the repeated headline, the dateline 'عمان- معا-' and the truncated last sentence ('... إلى أقرب مركز أ') dropped", True, """
08/07/2019
وزير أردني يكشف وجود 10 ملايين قطعة سلاح بيد الأردنيين
كشف وزير الداخلية الأردني سلامة حماد، في اجتماع مع لجنة برلمانية، عن وجود عشرة ملايين قطعة سلاح فردية بأيدي المواطنين الأردنيين، متوعداً بضبطها وتنظيم الحصول عليها.
وهذه أول مرة تقر فيها السلطات الأردنية بوجود هذا العدد الضخم من الأسلحة الفردية بين مواطنيها.
ووفق الأرقام التي ذكرها حماد، فإن نصيب كل مواطن أردني قطعة ونصف من الأسلحة، من دون احتساب الذخائر.
ولم يشرح الوزير الأردني كيف تكدست هذه القطع المصنوعة في الخارج بأيدي المواطنين، كما لم يتحدث عن أسباب صمت الحكومات والأجهزة في الماضي.
ويُذكر أن حماد سبق أن اتهم رئيس الوزراء الأردني الأسبق أحمد عبيدات بالمبالغة، حين حذّر من وجود أكثر من 10 ملايين قطعة سلاح غير شرعية بأيدي الأردنيين.
""", [
    ev("ten-million-statement", "كشف وزير الداخلية الأردني سلامة حماد، في اجتماع مع لجنة برلمانية", "2019-07-07", "no own expression; the committee meeting of Sun 7 Jul 2019, the day before the page date (other outlets: 'أمس الأحد')"),
    ev("obeidat-warning", "حين حذّر من وجود أكثر من 10 ملايين قطعة سلاح", "2017-01-01", "no own expression; Ahmad Obeidat's warning in a lecture about two years earlier (another report: 'في محاضرة شهيرة قبل عامين'); my span the year 2017, outside knowledge, loose", end="2018-01-01"),
])

# ---------------------------------------------------------------- iraq-medium-weapons-buyback-launch-2024
S = "iraq-medium-weapons-buyback-launch-2024"
BUDGET = "2024-01-23"  # the cabinet's allocation of one billion dinars per province for the buy-back
art(S, "https://arabkhabar.com/a/3408906",
    "2024-10-13", "page line 'تاريخ النشر: 13th, October 2024 GMT' under the headline (kept as first line, before the headline); 13 Oct 2024 was a Sunday, the day of the interior ministry's press conference; the source line 'المصدر: الحرة' and the unrelated 'إقرأ أيضاً' item dropped", True, """
13th, October 2024
السلطات العراقية تشرع في حصر السلاح بيد الدولة
أعلنت وزارة الداخلية في العراق، الأحد، معايير شراء الأسلحة من المواطنين وأسعارها، في إطار حملتها لـ"حصر السلاح" بيد الدولة.
وأفاد الناطق باسم الوزارة العميد مقداد الموسوي، في مؤتمر صحفي، بأن "الوزارة بدأت شراء الأسلحة المتوسطة من المواطنين في جميع المحافظات العراقية، عدا إقليم كردستان، وفق ضوابط وضعتها الجهات المختصة".
وأوضح أن "الشراء سيتم من ميزانية الطوارئ التي خصصتها الوزارة لقيادات الشرطة، تحت إشراف لجنة خاصة تضم قادة في الشرطة ومسؤولين ماليين".
وبحسب العميد الموسوي، ستتراوح أسعار الأسلحة المتوسطة بين 2 و4 ملايين دينار عراقي (ما بين 1400 و2700 دولار أميركي تقريباً) تبعاً لحالتها الفنية، فيما ستُشترى الأسلحة غير الصالحة للاستعمال بـ500 ألف دينار عراقي (نحو 270 دولاراً أميركياً).
ودعا المتحدث باسم وزارة الداخلية العراقية المواطنين إلى التعاون مع السياسة "الوطنية لحصر السلاح بيد الدولة لتعزيز الأمن والتنمية المستدامة".
""", [
    ev("prices-announced", "أعلنت وزارة الداخلية في العراق، الأحد", "2024-10-13", "'الأحد' = Sun 13 Oct 2024 (the page date)"),
    ev("purchase-start", "الوزارة بدأت شراء الأسلحة المتوسطة", "2024-10-13", "no own expression; the buying of medium weapons was declared under way at the press conference of Sun 13 Oct 2024 (other reports: 'انطلقت' 'اليوم الأحد')"),
    ev("budget-allocation", "من ميزانية الطوارئ التي خصصتها الوزارة لقيادات الشرطة", BUDGET, "no own expression; the emergency-reserve money (one billion dinars per province) was allotted by the cabinet on Tue 23 Jan 2024 (outside knowledge: ultrairaq 'في 23 كانون الثاني/يناير')"),
    ev("citizens-call", "ودعا المتحدث باسم وزارة الداخلية العراقية المواطنين", "2024-10-13", "no own expression; the same press conference, Sun 13 Oct 2024"),
])
art(S, "https://zagrosnews.net/ar/news/58880",
    "2024-10-13", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الأحد' for the interior ministry's announcement of the buy-back prices, made at the press conference of Sun 13 Oct 2024 (another outlet's page date: '13th, October 2024'); the dateline 'زاكروس - أربيل' and the comment box ('التعليقات (0)') dropped; no headline in the stored text; no date of its own in the text", False, """
أعلنت وزارة الداخلية الاتحادية، اليوم الأحد، أسعار شراء الأسلحة من المواطنين ومعاييره، ضمن حملتها لـ"حصر السلاح" بيد الدولة.
وقال الناطق باسم الوزارة العميد مقداد ميري في مؤتمر صحفي إن "الوزارة شرعت في شراء الأسلحة المتوسطة من المواطنين في جميع المحافظات العراقية، ما عدا إقليم كوردستان، وفق ضوابط أعدتها الجهات المختصة".
وأشار إلى أن "قيادات الشرطة تتولى شراء الأسلحة من المبالغ المرصودة لميزانية الطوارئ، وتُشكَّل في قيادة شرطة كل محافظة لجنة برئاسة قائد الشرطة، تضم مدير البنى التحتية ومدير قسم التدقيق الداخلي ومدير الحسابات ومدير شعبة السيطرة وتنظيم السلاح، تتولى شراء السلاح وتنظيم الصكوك للمواطنين".
وبحسب ميري، "ستُحدَّد أسعار الأسلحة المتوسطة بين 2 و4 ملايين دينار عراقي بحسب حالتها الفنية".
وأكد ميري أن "الأسلحة غير الصالحة للاستعمال ستُشترى بـ500 ألف دينار عراقي".
ودعا المواطنين إلى التعاون مع السياسة "الوطنية لحصر السلاح بيد الدولة لتعزيز الأمن والتنمية المستدامة".
""", [
    ev("prices-announced", "أعلنت وزارة الداخلية الاتحادية، اليوم الأحد", "2024-10-13", "'اليوم الأحد' = Sun 13 Oct 2024"),
    ev("purchase-start", "الوزارة شرعت في شراء الأسلحة المتوسطة", "2024-10-13", "no own expression; declared under way at the press conference of Sun 13 Oct 2024"),
    ev("budget-allocation", "من المبالغ المرصودة لميزانية الطوارئ", BUDGET, "no own expression; the cabinet's allocation from the emergency reserve of Tue 23 Jan 2024 (outside knowledge)"),
    ev("citizens-call", "ودعا المواطنين إلى التعاون", "2024-10-13", "no own expression; the same press conference, Sun 13 Oct 2024"),
])
art(S, "https://waradana.com/article/179910-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D9%8A%D8%B7%D9%84%D9%82-%D8%B9%D9%85%D9%84%D9%8A%D8%A9-%D8%B4%D8%B1%D8%A7%D8%A1-%D8%A7%D9%84%D8%A3%D8%B3%D9%84%D8%AD%D8%A9-%D8%A7%D9%84%D9%85%D8%AA%D9%88%D8%B3%D8%B7%D8%A9-%D9%85%D9%86-%D8%A7%D9%84%D9%85%D9%88%D8%A7%D8%B7%D9%86%D9%8A%D9%86",
    "2024-10-13", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الأحد' for the ministry's announcement that the buying of medium weapons had started, with the prices (2-4 million dinars, 500 thousand for worn-out pieces) given at the press conference of Sun 13 Oct 2024 (another outlet's page date: '13th, October 2024'); headline rendered from the URL slug; no date of its own in the text", False, """
العراق يطلق عملية شراء الأسلحة المتوسطة من المواطنين
أعلنت وزارة الداخلية العراقية، اليوم الأحد، انطلاق عملية شراء الأسلحة المتوسطة من المواطنين في عموم البلاد باستثناء إقليم كردستان.
وأفاد المتحدث باسم وزارة الداخلية وخلية الإعلام الأمني العميد مقداد ميري بأن "عملية شراء الأسلحة المتوسطة من المواطنين انطلقت باستثناء إقليم كردستان".
وأضاف أن "الخطوة ترمي إلى حصر السلاح بيد الدولة لتحقيق التنمية المستدامة، انسجاماً مع البرنامج الحكومي"، لافتاً إلى "تشكيل لجنة برئاسة قائد الشرطة في المحافظة تتولى شراء السلاح وتنظيم الصكوك للمواطنين"، ومبيناً أن "المطلوب شراؤه هو الأسلحة المتوسطة فقط".
وأشار ميري إلى أن "سعر السلاح يتراوح بين مليوني دينار وأربعة ملايين"، موضحاً أن "الأسلحة المستهلكة تُشترى بـ500 ألف شرط اكتمال أجزائها".
""", [
    ev("purchase-start", "أعلنت وزارة الداخلية العراقية، اليوم الأحد، انطلاق عملية شراء", "2024-10-13", "'اليوم الأحد' = Sun 13 Oct 2024"),
    ev("prices-announced", "وأشار ميري إلى أن \"سعر السلاح يتراوح", "2024-10-13", "no own expression; the prices given at the press conference of Sun 13 Oct 2024 ('اليوم الأحد')"),
])
art(S, "https://mail.algardenia.com/2014-04-04-19-52-20/qosqsah/65203-2024-10-14-15-10-34.html",
    "2024-10-14", "no stamp in the stored text: the item's address carries its creation time '2024-10-14-15-10-34' (Mon 14 Oct 2024, 15:10), and the body's 'الأحد' for the ministry's announcement (Sun 13 Oct 2024, another outlet's page date '13th, October 2024') is the day before; the credit 'الحرة - واشنطن:' and the site furniture ('إذاعة وتلفزيون', 'الأبراج وتفسير الأحلام', 'المتواجدون حاليا ...') dropped; no date of its own in the text", False, """
السلطات العراقية تشرع في "حصر السلاح" بيد الدولة
كشفت وزارة الداخلية العراقية، الأحد، عن أسعار شراء الأسلحة من المواطنين ومعاييره، في سياق حملتها لـ"حصر السلاح" بيد الدولة.
وذكر الناطق باسم الوزارة العميد مقداد الموسوي، خلال مؤتمر صحفي، أن "الوزارة بدأت بشراء الأسلحة المتوسطة من المواطنين في جميع المحافظات العراقية، باستثناء إقليم كردستان، وفق ضوابط أعدتها الجهات المختصة".
وأضاف أن "عملية الشراء ستجري بميزانية الطوارئ التي خصصتها الوزارة لقيادات الشرطة، بإشراف لجنة خاصة تضم قادة من الشرطة ومسؤولين ماليين".
وأوضح العميد الموسوي أن أسعار الأسلحة المتوسطة ستُحدد بين 2 و4 ملايين دينار عراقي (قرابة 1400-2700 دولار أميركي) وفقاً لحالتها الفنية، مؤكداً أن الأسلحة غير الصالحة للاستعمال ستُشترى بـ500 ألف دينار عراقي (نحو 270 دولاراً أميركياً).
وحث المتحدث باسم وزارة الداخلية العراقية المواطنين على التعاون مع السياسة "الوطنية لحصر السلاح بيد الدولة لتعزيز الأمن والتنمية المستدامة".
""", [
    ev("prices-announced", "كشفت وزارة الداخلية العراقية، الأحد", "2024-10-13", "'الأحد' before Mon 14 Oct = Sun 13 Oct 2024"),
    ev("purchase-start", "الوزارة بدأت بشراء الأسلحة المتوسطة", "2024-10-13", "no own expression; declared under way at the press conference of Sun 13 Oct 2024"),
    ev("budget-allocation", "بميزانية الطوارئ التي خصصتها الوزارة لقيادات الشرطة", BUDGET, "no own expression; the cabinet's allocation of Tue 23 Jan 2024 (outside knowledge)"),
    ev("citizens-call", "وحث المتحدث باسم وزارة الداخلية العراقية المواطنين", "2024-10-13", "no own expression; the same press conference, Sun 13 Oct 2024"),
])

# ---------------------------------------------------------------- sudan-bashir-darfur-weapons-tour-2017
S = "sudan-bashir-darfur-weapons-tour-2017"
CAMPAIGN = "2017-08-07"  # the government's announcement of the weapons-collection campaign
FORCED = ("2017-10-10", "2017-10-21")  # the forced-collection phase, due from 10 Oct (Central Darfur) / mid-October
art(S, "https://sauress.com/alhayat/24174239",
    "2017-09-20", "a sauress mirror of an al-Hayat item without stamp or URL date: fixed by the body's 'اليوم (الاربعاء)، في اليوم الثاني من زيارته الى دارفور' with 'بدأ البشير جولته على الاقليم أمس': the tour began on Tue 19 Sep 2017 (Xinhua, dated 21 Sep: 'بدأ البشير الثلاثاء الماضي جولة'), so Wed 20 Sep 2017; the truncated last sentence ('... ضد حكومة البش') dropped; no date of its own in the text", False, """
دعا الرئيس السوداني عمر البشير اليوم (الاربعاء)، في ثاني أيام زيارته إلى دارفور، قبائل الإقليم الواقع غرب البلاد إلى التجاوب مع الحملة التي أطلقتها الحكومة لجمع السلاح، متعهداً بأن تدفع حكومته عجلة التنمية إذا استتب الأمن في الإقليم المضطرب، حيث خلّف النزاع آلاف القتلى وملايين المشردين.
وقال البشير، المطلوب لدى «المحكمة الجنائية الدولية» بتهم ارتكاب جرائم إبادة وجرائم حرب وجرائم ضد الإنسانية خلال نزاع دارفور، في اليوم الثاني من جولته في الإقليم، إن الأمن هو نقطة البداية للتنمية، طالباً من أهل دارفور أن يمنحوا الحكومة الأمن لتمنحهم التنمية.
وأضاف، في كلمة ألقاها في بلدة على الحدود السودانية التشادية في ولاية غرب دارفور ونقلها التلفزيون الرسمي، أن الحكومة طلبت من الناس تسليم أسلحتهم طوعاً، فسلمها بعضهم واحتفظ بها آخرون، متوعداً: «قريبا سنأتي لأخذ هذه الاسلحة التي اخفيت».
وكان البشير قد بدأ جولته في الإقليم أمس، قبل ثلاثة أسابيع من قرار واشنطن بشأن العقوبات الاقتصادية المفروضة على السودان منذ العام 1997، والتي ستقرر في 12 تشرين الاول (اكتوبر) رفعها أو الإبقاء عليها.
""", [
    ev("west-darfur-speech", "اليوم (الاربعاء)، في ثاني أيام زيارته", "2017-09-20", "'اليوم (الاربعاء)' = Wed 20 Sep 2017"),
    ev("campaign-launch", "الحملة التي أطلقتها الحكومة لجمع السلاح", CAMPAIGN, "no own expression; the campaign announced by the government on Mon 7 Aug 2017 (Xinhua: 'في 7 أغسطس الماضي')"),
    ev("forced-collection", "قريبا سنأتي لأخذ هذه الاسلحة التي اخفيت", FORCED[0], "'قريبا': the forced-collection phase, due from 10 Oct 2017 in Central Darfur and mid-October elsewhere (other reports: 'العاشر من أكتوبر القادم', 'منتصف أكتوبر'); my span 10-20 Oct 2017", end=FORCED[1]),
    ev("tour-start", "قد بدأ جولته في الإقليم أمس", "2017-09-19", "'أمس' before Wed 20 Sep = Tue 19 Sep 2017"),
    ev("us-sanctions-decision", "والتي ستقرر في 12 تشرين الاول (اكتوبر) رفعها", "2017-10-06", "'في 12 تشرين الاول (اكتوبر)' was the deadline; the decision to lift the sanctions was in fact announced on Fri 6 Oct 2017 (outside knowledge)"),
    ev("us-sanctions-1997", "المفروضة على السودان منذ العام 1997", "1997-11-03", "'منذ العام 1997': the US sanctions imposed by the executive order of Mon 3 Nov 1997 (outside knowledge)"),
])
art(S, "http://arabic.news.cn/2017-09/21/c_136627543.htm",
    "2017-09-21", "date line 'نيالا ، جنوب دارفور 21 سبتمبر 2017 (شينخوا)' at the head of the text (kept as first line) and the URL '2017-09/21'; 21 Sep 2017 was a Thursday, as the body's 'اليوم الخميس' says; no headline in the stored text; the truncated last sentence cut to its complete clause ('... بدء حملة فورية لجمع السلاح', dropping 'ومصادرة السيارات غير ا...')", True, """
نيالا، جنوب دارفور 21 سبتمبر 2017 (شينخوا)
دعا الرئيس السوداني عمر البشير، اليوم الخميس، سكان إقليم دارفور غرب السودان إلى تسليم أسلحتهم للحكومة طوعاً قبل أن تشرع الحكومة في جمعها بالقوة.
وقال البشير أمام حشد جماهيري في مدينة نيالا، عاصمة ولاية جنوب دارفور، إن الحديث عن جمع السلاح جاد، وإن الأفضل لكل من يملك سلاحاً أن يسلمه، وعلى كل من يخفي سلاحاً أن يحضره إلى الحكومة طوعاً.
وأوضح أن هذه هي المرحلة الأولى، مرحلة الجمع الطوعي للسلاح، مؤكداً إصرار الحكومة على ألا تكون البندقية إلا في يدها، وألا تُستخدم إلا لحماية المواطن وأمنه وأمن البلد.
وشدد البشير على سعي الحكومة إلى إنهاء النزوح واللجوء في دارفور، قائلاً إن الزمان جار عليهم حتى صار أهلهم نازحين في المعسكرات يأتي الأجانب لإغاثتهم.
وكان البشير قد بدأ الثلاثاء الماضي جولة في إقليم دارفور، الذي يشهد نزاعاً مسلحاً منذ العام 2003.
ولا تملك الحكومة السودانية إحصاءات رسمية لعدد قطع السلاح في دارفور، غير أن تقديرات أممية سابقة تحدثت عن قرابة مليوني قطعة سلاح في أيدي المدنيين والقبائل والمجموعات العسكرية غير النظامية.
وأعلنت الحكومة السودانية في 7 أغسطس الماضي بدء حملة فورية لجمع السلاح.
""", [
    ev("nyala-speech", "دعا الرئيس السوداني عمر البشير، اليوم الخميس", "2017-09-21", "'اليوم الخميس' = Thu 21 Sep 2017 (the date line)"),
    ev("forced-collection", "قبل أن تشرع الحكومة في جمعها بالقوة", FORCED[0], "no own expression; the forced-collection phase, due from 10 Oct 2017 in Central Darfur and mid-October elsewhere; my span 10-20 Oct 2017", end=FORCED[1]),
    ev("tour-start", "قد بدأ الثلاثاء الماضي جولة", "2017-09-19", "'الثلاثاء الماضي' before Thu 21 Sep = Tue 19 Sep 2017"),
    ev("darfur-conflict", "يشهد نزاعاً مسلحاً منذ العام 2003", "2003-01-01", "'منذ العام 2003' = the year the Darfur war began (2003; the year only)", end="2004-01-01"),
    ev("campaign-launch", "في 7 أغسطس الماضي بدء حملة فورية", CAMPAIGN, "'في 7 أغسطس الماضي' = Mon 7 Aug 2017"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 247)
                            if i != 201 and i != 244 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the hundred-and-sixtieth evaluation set of real Arabic news stories (several
articles per story, from different outlets, published on different days), bodies re-worded sentence by
sentence, every date/time expression kept verbatim, gold events keyed across each story (same format
and checks as tests/realnews/stories120/make_stories.py). Domain: animals, pests and livestock outbreaks
(a foot-and-mouth outbreak in Lebanon, a carp die-off in Lebanon's Qaraoun lake). INCOMPLETE: only 2
stories / 6 articles were finished within the time limit (see README.md).
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- lebanon-foot-and-mouth-outbreak-2025
S = "lebanon-foot-and-mouth-outbreak-2025"
OUTBREAK = ("2025-11-23", "2025-12-15")   # field work 'منذ أسبوعين' before Sun 7 Dec, still spreading on Sun 14 Dec (my span)
art(S, "https://alakhbar.ca/article/الزراعة-تشكل-لجنة-طوارىء-بعد-تسجيل-حالات-حمى-قلاعية-في-مزارع-للمواشي",
    "2025-12-07", "page stamp 'December 7, 2025' under the headline (kept, in Arabic, as first line); 7 Dec 2025 was a Sunday; the site header 'Monday, 8 December 2025' is the crawl day's banner and was dropped with 'عاجل' and the source line (Central news agency); the truncated list item 5 cut to its complete clause", True, """
7 كانون الأول 2025
"الزراعة" تشكّل لجنة طوارئ بعد تسجيل إصابات بالحمّى القلاعية في مزارع للمواشي
أصدرت وزارة الزراعة بيانًا جاء فيه أنه جرى التثبّت من تسجيل حالات من مرض الحمّى القلاعية في عدد من مزارع المواشي الحيّة، بعد سحب عيّنات وفحصها في مختبر الصحة الحيوانية التابع لمصلحة الأبحاث العلمية الزراعية، وقد جاءت النتائج إيجابية.
وأوضحت أن الحمّى القلاعية مرض فيروسي سريع العدوى يصيب الحيوانات ذات الظلف المشقوق كالأبقار والجاموس والأغنام والماعز، ولا ينتقل إلى الإنسان ولا يؤثر في نوعية الحليب واللحم.
ولمواجهة هذا الوضع الوبائي المستجد، بعد رصد عترة جديدة في عدد من الدول المحيطة بلبنان، شكّلت الوزارة لجنة طوارئ تتابع وتنسّق مع الجهات المختصة والمنظمات الدولية المعنية، وتتولى اتخاذ ما يلزم للحدّ من انتشار المرض ومعالجته.
وبناءً عليه، تقوم الفرق الفنية في الوزارة، ومنذ أسبوعين، بأخذ العيّنات من الحيوانات المشتبه بإصابتها في كل المواقع المصابة وإجراء التقصّي الوبائي، وبتحصين الحيوانات المحيطة بالمناطق المصابة باللقاحات المتوفرة.
كما ترسل العيّنات إلى مختبرات مرجعية معتمدة لتحديد سلالة العترات بدقة، وتعمل على الحدّ من نقل الحيوانات بين المناطق تفاديًا لانتقال العدوى، وقد أُبلغت وزارة الداخلية للمؤازرة في التنفيذ، إضافة إلى توجيه كتب إلى مديرية المخابرات في الجيش اللبناني.
""", [
    ev("cases-confirmed", "جرى التثبّت من تسجيل حالات من مرض الحمّى القلاعية", "2025-12-07", "no own expression; announced in the ministry's statement of Sun 7 Dec 2025 (the stamp)"),
    ev("emergency-committee", "شكّلت الوزارة لجنة طوارئ", "2025-12-07", "no own expression; the committee announced in the statement of Sun 7 Dec 2025"),
    ev("ministry-measures", "تقوم الفرق الفنية في الوزارة، ومنذ أسبوعين", OUTBREAK[0], "'منذ أسبوعين' before Sun 7 Dec = from about 23 Nov 2025, reported again on 14 Dec as 'الأسبوع الماضي' (my span)", end="2025-12-14"),
    ev("outbreak", "في عدد من مزارع المواشي الحيّة", OUTBREAK[0], "no own expression; the outbreak under way from about 23 Nov ('منذ أسبوعين') to mid-December 2025 (my span)", end=OUTBREAK[1]),
])
art(S, "https://almanar.com.lb/article/397032/",
    "2025-12-07", "stored page dated 2025-12-07 (page metadata) and the body's 'في بيان له الأحد' (7 Dec 2025 was a Sunday): published the day of the statement; no date line in the text", False, """
تحذير من نقيب الأطباء البيطريين.. ما الذي تضمّنه؟
حذّر نقيب الأطباء البيطريين في لبنان الدكتور إيهاب شعبان، في بيان له الأحد، من الانتشار المتسارع لمرض الحُمّى القلاعية في عدد من المناطق اللبنانية، مشيرًا إلى حرص النقابة على حماية الثروة الحيوانية وصون الأمن الغذائي، ومؤكدًا وجوب أخذ أعلى درجات الحيطة والحذر في هذه المرحلة الحساسة.
ودعا شعبان جميع الأطباء البيطريين إلى إعلان حالة الطوارئ الطبية والتقيّد بالإرشادات الوقائية واعتماد أعلى معايير السلامة العامة، وتجنّب الاختلاط غير الضروري بين المزارع، للحدّ من انتقال العدوى من قطيع إلى آخر وضمان التدخل الصحي السليم في الوقت المناسب.
وطالب الجهات الرسمية المختصة بتأمين العلاجات الخاصة بمكافحة هذا الوباء بأسرع وقت، وبضبط المعابر والحدود لمنع دخول حالات جديدة أو مصادر عدوى إضافية.
وشدّد على متابعة الإجراءات المعتمدة لمكافحة الوباء بالتعاون والتنسيق مع وزارة الزراعة والجهات المعنية، وطمأن إلى أن الحمّى القلاعية لا تنتقل إلى البشر إطلاقًا، وإن كانت تشكّل خطرًا كبيرًا على الثروة الحيوانية.
""", [
    ev("shaaban-warning", "حذّر نقيب الأطباء البيطريين في لبنان الدكتور إيهاب شعبان، في بيان له الأحد", "2025-12-07", "'الأحد' = Sun 7 Dec 2025"),
    ev("outbreak", "الانتشار المتسارع لمرض الحُمّى القلاعية", OUTBREAK[0], "no own expression; the outbreak from about 23 Nov to mid-December 2025 (my span)", end=OUTBREAK[1]),
    ev("vets-emergency", "إلى إعلان حالة الطوارئ الطبية", "2025-12-07", "no own expression; the call made in the statement of Sun 7 Dec 2025"),
])
art(S, "https://kataeb.org/articles/%D8%A7%D9%84%D8%AD%D9%85%D9%89-%D8%A7%D9%84%D9%82%D9%84%D8%A7%D8%B9%D9%8A%D8%A9-%D8%AA%D8%B5%D9%8A%D8%A8-%D8%A7%D9%84%D9%85%D9%88%D8%A7%D8%B4%D9%8A-%D9%81%D9%8A-%D9%84%D8%A8%D9%86%D8%A7%D9%86-%D9%87%D9%84-%D9%8A%D9%85%D9%83%D9%86-%D8%A3%D9%86-%D8%AA%D9%86%D8%AA%D9%82%D9%84-%D8%A7%D9%84%D9%89-%D8%A7%D9%84%D8%A8%D8%B4%D8%B1",
    "2025-12-14", "page stamp 'الأحد 14 كانون الاول 2025 18:20:44' (kept as first line, without the time); 14 Dec 2025 was a Sunday; the source line 'المصدر: النهار' dropped; headline rendered from the URL slug; the truncated end dropped", True, """
الأحد 14 كانون الاول 2025
الحمّى القلاعية تصيب المواشي في لبنان.. هل يمكن أن تنتقل إلى البشر؟
برزت الأسبوع الماضي تحركات وزارة الزراعة لاحتواء جائحة الحمّى القلاعية التي أصابت بعض المواشي في لبنان، ولا سيما في البقاع، من خلال إجراءات عدة، أبرزها التقصّي الوبائي في المزارع والحدّ من نقل الحيوانات بين المناطق تفاديًا لانتقال العدوى، وإبلاغ وزارة الداخلية للمؤازرة في التنفيذ، وتوجيه كتب إلى مديرية المخابرات في الجيش اللبناني والنيابة العامة التمييزية بأسماء المشتبه في تهريبهم المواشي من سوريا وإليها.
فما هذا المرض، وما أثره على المواطنين وعلى الثروة الحيوانية، وهل دخل البلاد فعلًا عبر التهريب غير الشرعي؟
أوضح نقيب الأطباء البيطريين الدكتور إيهاب شعبان، في حديث إلى "النهار"، أن المرض لا ينتقل إطلاقًا إلى الإنسان، ولا حتى إلى الحيوانات الأليفة كالقطط والكلاب، بل يصيب الأبقار والماعز فقط، وأن حليب الحيوان المصاب لا يؤذي، علمًا أن الحيوان المريض غالبًا لا يدرّ الحليب.
وبحسب شعبان، فإن المزارع هو الخاسر الأكبر، إذ يشتري البقرة بسعر مرتفع، فإذا مرضت توقفت عن التزاوج وعن إعطاء الحليب فيضطر إلى ذبحها، ما يكبّد الثروة الحيوانية في لبنان خسائر كبيرة.
""", [
    ev("ministry-measures", "برزت الأسبوع الماضي تحركات وزارة الزراعة", OUTBREAK[0], "'الأسبوع الماضي' before Sun 14 Dec = 7-13 Dec 2025; the same measures under way since about 23 Nov (other article: 'منذ أسبوعين') (my span)", end="2025-12-14"),
    ev("outbreak", "جائحة الحمّى القلاعية التي أصابت بعض المواشي", OUTBREAK[0], "no own expression; the outbreak from about 23 Nov to mid-December 2025 (my span)", end=OUTBREAK[1]),
    ev("shaaban-interview", "في حديث إلى \"النهار\"", "2025-12-08", "no own expression; the interview came between the outbreak announcement (Sun 7 Dec) and the article of Sun 14 Dec 2025 (bounded span)", end="2025-12-15"),
])

# ---------------------------------------------------------------- lebanon-qaraoun-fish-die-off-2021
S = "lebanon-qaraoun-fish-die-off-2021"
DIEOFF = ("2021-04-20", "2021-05-01")   # 'منذ نحو 10 أيام' before 30 Apr; dead fish still piled up on 30 Apr (my span)
art(S, "https://arabic.euronews.com/next/2021/04/30/lebanon-environment-fish-ye7",
    "2021-04-30", "date in the URL '/2021/04/30/' (a Friday); Reuters report datelined 'القرعون (لبنان)' (dateline and byline dropped); the activist's dialect quote rendered as reported speech; no date of its own in the text", False, """
أطنان من الأسماك النافقة على ضفاف بحيرة القرعون في لبنان
تتراكم كميات هائلة من الأسماك النافقة على ضفاف بحيرة متصلة بنهر الليطاني في لبنان، فتنشر رائحة كريهة نفّاذة في قرية مجاورة، في كارثة يُحمَّل تلوث المياه مسؤوليتها.
وجمع متطوعون جيف الأسماك المتعفنة قرب بحيرة القرعون على نهر الليطاني، أطول أنهار لبنان، الذي يحذّر ناشطون منذ سنوات من تلوث مياهه بالصرف الصحي والنفايات.
وطفت أكوام القمامة على صفحة مياه البحيرة إلى جانب الأسماك النافقة، وانتشرت أسراب الذباب فيما كانت الأسماك، وأعدادها بالآلاف، تتحلل في المياه الراكدة.
وقال الناشط المحلي أحمد عسكر إن هذه الظاهرة بدأت تظهر على شواطئ البحيرة منذ نحو عشرة أيام، وإنها المرة الأولى التي تشهدها بحيرة القرعون، رافضًا القول إن الفيروس موسمي، ومعتبرًا أن ما جرى فعل فاعل.
ونفقت أسماك لا يقل وزنها عن 40 طنًا في غضون أيام قلائل، وهو رقم وصفه عسكر وصيادون في القرعون بأنه غير مسبوق.
وكانت هيئة النهر قد قالت هذا الأسبوع إن الأسماك سامة وتحمل فيروسًا، وحثّت الناس على تجنب الصيد على ضفاف الليطاني بسبب "كارثة متفاقمة تهدد الصحة العامة".
""", [
    ev("die-off", "تتراكم كميات هائلة من الأسماك النافقة", DIEOFF[0], "no own expression; the die-off from about 20 Apr ('منذ نحو عشرة أيام' before Fri 30 Apr) to the publication day (my span)", end=DIEOFF[1]),
    ev("fish-removal", "وجمع متطوعون جيف الأسماك المتعفنة", "2021-04-27", "no own expression; the dead fish were cleared from Tue 27 to Thu 29 Apr 2021 (AFP: 'لليوم الثالث' on Thursday) (my span)", end="2021-04-30"),
    ev("die-off-began", "بدأت تظهر على شواطئ البحيرة منذ نحو عشرة أيام", "2021-04-19", "'منذ نحو عشرة أيام' before Fri 30 Apr = about 20 Apr 2021 (approximate: 19-21 Apr)", end="2021-04-22"),
    ev("litani-warning", "وكانت هيئة النهر قد قالت هذا الأسبوع", "2021-04-26", "'هذا الأسبوع' in a report of Fri 30 Apr = Mon 26 - Fri 30 Apr 2021", end="2021-05-01"),
])
art(S, "https://emaratalyoum.com/online/follow-ups/2021-04-30-1.1484429?ot=ot.AMPPageLayout",
    "2021-04-30", "date in the URL '/2021-04-30-' (a Friday); an AFP report (the AFP original of Thu 29 Apr: 'أفاد مسؤول الخميس'); the headline prefix 'بالصور..' dropped; no date of its own in the text", False, """
نفوق أطنان من أسماك بحيرة القرعون اللبنانية
تبحث السلطات اللبنانية في أسباب نفوق مئات الأطنان من الأسماك خلال الأيام الماضية في بحيرة القرعون شرقي البلاد، في ظاهرة لم تتضح أسبابها بعد، إذ تحدثت تقارير عن وباء فيروسي خطير أصاب الأسماك، فيما ردّها آخرون إلى التلوث.
وتُرى على ضفاف البحيرة مئات الأسماك من كل الأحجام مكدّسة على مسافة تزيد على خمسة كيلومترات، بينما تعبق في الجو رائحة نتنة، ويعمل رجال على إزالة الأسماك النافقة بالمجارف ونقلها في عربات وتفريغها في شاحنات.
وقال نصر الله الحاج من المصلحة الوطنية لنهر الليطاني: «نحن هنا لليوم الثالث، نحاول رفع الأسماك النافقة عن شط بحيرة القرعون»، مضيفًا: «أزلنا ما قيمته 40 طنًا تقريبًا».
ووصف الصياد محمود عفيف فارس ما يجري بأنه «كارثة»، وقال: «إنها أول مرة في حياتنا نرى مشهدًا كهذا».
وكانت المصلحة الوطنية لنهر الليطاني وجمعية حماية الطبيعة قد حذّرتا الجمعة من «مرض وبائي وفيروسي خطر قابل للانتقال»، وأوضحتا في تقرير أولي أن الوباء يصيب نوعًا واحدًا من أسماك القرعون هو «الكارب»، بينما تتمتع الأنواع الأخرى «بصحة جيدة».
""", [
    ev("die-off", "نفوق مئات الأطنان من الأسماك خلال الأيام الماضية", DIEOFF[0], "'خلال الأيام الماضية' = the die-off from about 20 Apr up to the publication day (my span)", end=DIEOFF[1]),
    ev("fish-removal", "نحن هنا لليوم الثالث، نحاول رفع الأسماك النافقة", "2021-04-27", "'لليوم الثالث' said on Thu 29 Apr (AFP) = clearing since Tue 27 Apr 2021 (my span to Thu 29)", end="2021-04-30"),
    ev("forty-tonnes-removed", "أزلنا ما قيمته 40 طنًا تقريبًا", "2021-04-27", "no own expression; removed from Tue 27 to Thu 29 Apr 2021 (AFP via another report: 'من الثلاثاء إلى الخميس')", end="2021-04-30"),
    ev("joint-warning", "قد حذّرتا الجمعة", "2021-04-23", "'الجمعة' in the AFP report of Thu 29 Apr = Fri 23 Apr 2021 (the joint team had visited the lake on 22 Apr)"),
])
art(S, "https://youm7.com/story/2021/5/1/تكدس-أطنان-من-الأسماك-الميتة-في-بحيرة-القرعون-في-لبنان/5300937",
    "2021-05-01", "date in the URL '/story/2021/5/1/' (a Saturday); an AP report; the photo captions that follow the text (repeating its sentences) and the comment notice dropped; headline rendered from the URL slug; no date of its own in the text", False, """
تكدّس أطنان من الأسماك الميتة في بحيرة القرعون في لبنان
جرفت المياه مؤخرًا أطنانًا من الأسماك الميتة إلى شاطئ بحيرة شديدة التلوث في شرق لبنان، ولم يُعرف على الفور سبب نفوق الأسماك في بحيرة القرعون على نهر الليطاني، وهو نفوق قال كثير من الصيادين المحليين إنه غير مسبوق في حجمه.
وتكدّست مئات الأسماك الميتة من كل الأحجام على ضفاف البحيرة التي يتجاوز طولها خمسة كيلومترات، واختلط الهواء برائحة اللحم المتعفن.
وقد شُيّدت بحيرة القرعون خزانًا على نهر الليطاني عام 1959 لتوليد الطاقة الكهرومائية وتأمين مياه الري.
ومنذ عام 2018 حُظر الصيد في الخزان بعدما أُعلن أن أسماكه غير صالحة للاستهلاك البشري، رغم أن أسماكًا من البحيرة ما زالت تظهر في أحيان كثيرة.
وتقول تقارير أولية إن فيروسًا قتل أسماك الشبوط في البحيرة.
""", [
    ev("die-off", "جرفت المياه مؤخرًا أطنانًا من الأسماك الميتة", DIEOFF[0], "'مؤخرًا' = the die-off from about 20 Apr to 30 Apr 2021 (my span)", end=DIEOFF[1]),
    ev("dam-built", "شُيّدت بحيرة القرعون خزانًا على نهر الليطاني عام 1959", "1959-01-01", "'عام 1959' = the year 1959", end="1960-01-01"),
    ev("fishing-ban", "ومنذ عام 2018 حُظر الصيد في الخزان", "2018-01-01", "'منذ عام 2018' = the ban dates from 2018 (the year)", end="2019-01-01"),
])

SETS = ('stories', 'stories2', 'stories3', 'stories4', 'stories5', 'stories6', 'stories7', 'stories8', 'stories9', 'stories10', 'stories11', 'stories12', 'stories13', 'stories14', 'stories15', 'stories16', 'stories17', 'stories18', 'stories19', 'stories20', 'stories21', 'stories22', 'stories23', 'stories24', 'stories25', 'stories26', 'stories27', 'stories28', 'stories29', 'stories30', 'stories31', 'stories32', 'stories33', 'stories34', 'stories35', 'stories36', 'stories37', 'stories38', 'stories39', 'stories40', 'stories41', 'stories42', 'stories43', 'stories44', 'stories45', 'stories46', 'stories47', 'stories48', 'stories49', 'stories50', 'stories51', 'stories52', 'stories53', 'stories54', 'stories55', 'stories56', 'stories57', 'stories58', 'stories59', 'stories60', 'stories61', 'stories62', 'stories63', 'stories64', 'stories65', 'stories66', 'stories67', 'stories68', 'stories69', 'stories70', 'stories71', 'stories72', 'stories73', 'stories74', 'stories75', 'stories76', 'stories77', 'stories78', 'stories79', 'stories80', 'stories81', 'stories82', 'stories83', 'stories84', 'stories85', 'stories86', 'stories87', 'stories88', 'stories89', 'stories90', 'stories91', 'stories92', 'stories93', 'stories94', 'stories95', 'stories96', 'stories97', 'stories98', 'stories99', 'stories100', 'stories101', 'stories102', 'stories103', 'stories104', 'stories105', 'stories106', 'stories107', 'stories108', 'stories109', 'stories110', 'stories111', 'stories112', 'stories113', 'stories114', 'stories115', 'stories116', 'stories117', 'stories118', 'stories119', 'stories120', 'stories121', 'stories122', 'stories123', 'stories124', 'stories125', 'stories126', 'stories127', 'stories128', 'stories129', 'stories130', 'stories131', 'stories132', 'stories133', 'stories134', 'stories135', 'stories136', 'stories137', 'stories138', 'stories139', 'stories140', 'stories141', 'stories142', 'stories143', 'stories144', 'stories145', 'stories146', 'stories147', 'stories148', 'stories149', 'stories150', 'stories151', 'stories152', 'stories153', 'stories154')
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

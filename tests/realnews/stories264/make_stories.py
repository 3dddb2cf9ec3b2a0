"""Builds stories.jsonl: the 264-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories250/make_stories.py). Domain: lotteries, gambling and betting (Egypt's announced blocking of
the 1xBet betting app and other betting apps after the Roblox ban, the UAE's new federal authority for commercial
gaming and the lottery, the first casino opened in Damascus for decades). None of these stories is in the dev set
or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-1xbet-betting-apps-blocking-2026
S = "egypt-1xbet-betting-apps-blocking-2026"
BLOCKING = ("2026-02-05", "2026-02-09")  # the blocking announced 'خلال ساعات' on Thu 5 Feb, still pending on Sat 7 Feb
NTRA = ("2026-02-05", "2026-02-09")      # the NTRA statement announced as coming, same window
ROBLOX = ("2026-02-01", "2026-02-06")    # the Roblox ban, already in force at noon on Thu 5 Feb
art(S, "https://dotalkhalij.com/egypt/29988622/%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D8%AA%D8%B5%D8%A7%D9%84%D8%A7%D8%AA-%D8%A7%D9%84%D9%86%D9%88%D8%A7%D8%A8-%D8%A5%D8%BA%D9%84%D8%A7%D9%82-%D9%83%D8%A7%D9%81%D8%A9-%D8%AA%D8%B7%D8%A8%D9%8A%D9%82%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D8%B1%D8%A7%D9%87%D9%86%D8%A7%D8%AA-%D9%81%D9%89-%D9%85%D8%B5%D8%B1-%D8%AE%D9%84%D8%A7%D9%84-%D8%A3%D9%8A%D8%A7%D9%85-%D9%82%D9%84%D9%8A%D9%84%D8%A9.html",
    "2026-02-05", "date line 'في الخميس 5 فبراير 2026 11:20 مساءً' at the head of the stored text (kept as first line; 5 Feb 2026 was a Thursday) and the page stamp 'date 2026-02-05'; headline rendered from the URL slug; the byline 'احمد وائل عمر - القاهرة', the sub-heads ('الجهاز القومي للاتصالات', '17 مليون مستخدم وخسائر بالملايين') dropped; the last sentence cut where the stored text breaks off ('بسرقة أموال ومصوغات')", True, """
الخميس 5 فبراير 2026 11:20 مساءً
رئيس اتصالات النواب: إغلاق كافة تطبيقات المراهنات فى مصر خلال أيام قليلة
أعلن النائب أحمد بدوي، رئيس لجنة الاتصالات وتكنولوجيا المعلومات في مجلس النواب، أن الدولة المصرية اتخذت قرارا حاسما بالبدء في حجب تطبيقات المراهنات الإلكترونية المخالفة، مؤكدا أن تطبيق المراهنات الشهير "1XBET" سيُحجب نهائيا داخل مصر خلال ساعات قليلة.
وأوضح بدوي، خلال حوار في برنامج "الحياة اليوم" مع الإعلامي محمد مصطفى شردي على قناة الحياة، أن الجهاز القومي لتنظيم الاتصالات بصدد إصدار بيان رسمي يحدد التطبيقات المخالفة التي تقرر حجبها، لافتا إلى أن هذه الخطوة تهدف إلى حماية المجتمع والأسر المصرية من مخاطر القمار الإلكتروني.
وفجّر رئيس لجنة الاتصالات مفاجأة كبيرة بإعلانه أن عدد مستخدمي تطبيق "1XBET" في مصر بلغ نحو 17 مليون شخص، وهو رقم ضخم يكشف حجم الأزمة، مشيرا إلى أن المواطنين، ولا سيما الشباب والمراهقين، يخسرون ملايين الجنيهات يومياً عبر هذه المنصات.
واستشهد بدوي بواقعة مأساوية حُرر بشأنها محضر رسمي في الإدارة العامة لتكنولوجيا المعلومات، إذ أقدم طالب يبلغ من العمر 16 عاماً على سرقة أموال ومصوغات.
""", [
    ev("badawi-interview", "وأوضح بدوي، خلال حوار في برنامج \"الحياة اليوم\"", "2026-02-05", "no own expression; the talk show of the evening of the date line, Thu 5 Feb 2026 (another report: 'مساء الخميس')"),
    ev("blocking-expected", "سيُحجب نهائيا داخل مصر خلال ساعات قليلة", BLOCKING[0], "'خلال ساعات قليلة' after Thu 5 Feb 2026 (11:20 pm); a report of Sat 7 Feb still has it pending 'خلال ساعات': my span Thu 5 - Sun 8 Feb 2026", end=BLOCKING[1]),
    ev("ntra-statement", "بصدد إصدار بيان رسمي يحدد التطبيقات المخالفة", NTRA[0], "no own expression; a statement announced as coming (with the blocking 'خلال ساعات'): my span Thu 5 - Sun 8 Feb 2026", end=NTRA[1]),
    ev("decision-to-block", "أن الدولة المصرية اتخذت قرارا حاسما بالبدء في حجب", "2026-02-05", "no own expression; the decision as disclosed in the interview of Thu 5 Feb 2026"),
])
art(S, "https://www.masralyoum.news/13190183",
    "2026-02-06", "header 'الجمعة، 06 فبراير 2026 03:00 ص' under the byline (kept as first line; 6 Feb 2026 was a Friday); the body's 'مساء الخميس' for the TV programmes (Thu 5 Feb) agrees; the byline 'كتب أحمد عبد الرحمن' and the sub-head 'الجهاز القومي للاتصالات' dropped; no headline in the stored text (the URL is numeric), so the text opens with the header and the lead; the last sentence cut where the stored text breaks off ('حيث ق...')", True, """
الجمعة، 06 فبراير 2026 03:00 ص
تطرقت برامج التلفزيون مساء الخميس إلى عدد من القضايا والموضوعات المهمة التي تشغل المواطن المصري والرأي العام.
وكشف النائب أحمد بدوي، رئيس لجنة الاتصالات وتكنولوجيا المعلومات بمجلس النواب، عن قرار حاسم اتخذته الدولة المصرية بالبدء في حجب تطبيقات المراهنات الإلكترونية المخالفة، مؤكدا أن تطبيق المراهنات الشهير "1XBET" سيتم حجبه نهائيا في مصر خلال ساعات قليلة.
وبيّن بدوي، في حوار ببرنامج "الحياة اليوم" مع الإعلامي محمد مصطفى شردي على قناة الحياة، أن الجهاز القومي لتنظيم الاتصالات يستعد لإصدار بيان رسمي يوضح التطبيقات المخالفة التي تقرر حجبها، مشيرا إلى أن هذا التحرك يستهدف حماية المجتمع والأسر المصرية من مخاطر القمار الإلكتروني.
وأعلن رئيس لجنة الاتصالات، في مفاجأة من العيار الثقيل، أن مستخدمي تطبيق "1XBET" في مصر وصلوا إلى نحو 17 مليون شخص، وهو رقم يعكس ضخامة المشكلة، لافتا إلى أن المواطنين، وخاصة الشباب والمراهقين، يخسرون ملايين الجنيهات يومياً عبر هذه المنصات.
""", [
    ev("badawi-interview", "تطرقت برامج التلفزيون مساء الخميس", "2026-02-05", "'مساء الخميس' before Fri 6 Feb 2026 (03:00 am) = the evening of Thu 5 Feb 2026; the interview was one of these programmes"),
    ev("decision-to-block", "عن قرار حاسم اتخذته الدولة المصرية", "2026-02-05", "no own expression; the decision as disclosed in the interview of Thu 5 Feb 2026"),
    ev("blocking-expected", "سيتم حجبه نهائيا في مصر خلال ساعات قليلة", BLOCKING[0], "'خلال ساعات قليلة' from the interview of Thu 5 Feb 2026; still pending on Sat 7 Feb: my span Thu 5 - Sun 8 Feb 2026", end=BLOCKING[1]),
    ev("ntra-statement", "يستعد لإصدار بيان رسمي", NTRA[0], "no own expression; a statement announced as coming: my span Thu 5 - Sun 8 Feb 2026", end=NTRA[1]),
])
art(S, "https://www.elbalad.news/6862285",
    "2026-02-07", "page stamp 'date 2026-02-07' at the head of the stored page (not kept in the text; 7 Feb 2026 was a Saturday); no headline in the stored text; the last sentence ('فقد تم حظر تطبيق ... في عدة دول مثل الولايات ا...') dropped where the stored text breaks off; no date of its own in the text", False, """
في أعقاب قرار حظر لعبة روبلوكس، تدرس الحكومة المصرية إصدار قرار خلال ساعات بحجب عدد كبير من تطبيقات المراهنات الإلكترونية، ضمن جهود الدولة للحد من آثارها السلبية على المجتمع، ومن المرتقب أن يطال الحظر قريبا أبرز هذه التطبيقات، وهو تطبيق "إكس بت" الموصوف بأنه مخالف لقانون جرائم تقنية المعلومات.
ما هو تطبيق "إكس بت" 1xBet؟
"إكس بت" 1xBet تطبيق عالمي للمراهنات تابع لشركة روسية تأسست عام 2007، غير أنه بدأ يحظى بشهرة واسعة منذ عام 2020، حتى أصبح من أبرز منصات القمار على الإنترنت من حيث عدد المستخدمين في قارات العالم.
ويبلغ عدد مستخدمي التطبيق في مصر 11 مليون مستخدم، وهو يختص بالمراهنات الرياضية، ويقدم خدمات واسعة تشمل المراهنة على الأحداث الرياضية والسياسية والانتخابية، إذ يتيح لمستخدميه أكثر من 30 نوعا من المراهنات على الحدث الواحد.
ويعتمد التطبيق على الإعلانات عبر مواقع التواصل الاجتماعي لاستقطاب المستخدمين، ويمكن تحميله على أجهزة آيفون وأندرويد، والمراهنة من خلاله على رياضات مثل كرة القدم وكرة السلة والفنون القتالية.
""", [
    ev("roblox-ban", "في أعقاب قرار حظر لعبة روبلوكس", ROBLOX[0], "no own expression; the Roblox ban came before the betting apps; another report of Thu 5 Feb (12:54 pm) already has it in force: my span 1-5 Feb 2026", end=ROBLOX[1]),
    ev("blocking-expected", "تدرس الحكومة المصرية إصدار قرار خلال ساعات", BLOCKING[0], "'خلال ساعات' from Sat 7 Feb 2026; the same pending blocking announced on Thu 5 Feb: my span Thu 5 - Sun 8 Feb 2026", end=BLOCKING[1]),
    ev("company-founded", "تابع لشركة روسية تأسست عام 2007", "2007-01-01", "'عام 2007' = the year 2007", end="2008-01-01"),
    ev("fame-since-2020", "بدأ يحظى بشهرة واسعة منذ عام 2020", "2020-01-01", "'منذ عام 2020': the rise began in 2020 (the year)", end="2021-01-01"),
])
art(S, "https://www.alsbbora.info/469047",
    "2026-02-05", "page header 'الخميس 05 فبراير 2026' and stamp 'الخميس 05/فبراير/2026 - 12:54 م' under the headline (the stamp kept as first line; 5 Feb 2026 was a Thursday); the masthead (board chairman, editor), the section 'منوعات', the captions 'تطبيقات المراهنات' and the sub-heads dropped; the last sentence ('وأوضح أن هذه التطبيقات تعتمد على النصب والاحتيا...') dropped where the stored text breaks off", True, """
الخميس 05/فبراير/2026 - 12:54 م
رسميًا مصر تحجب تطبيقات المراهنات والألعاب الخطرة
أعلنت السلطات المصرية رسميا حجب منصات المراهنات الإلكترونية وتطبيقات الألعاب الخطرة، في خطوة ترمي إلى حماية الأطفال والمراهقين من المخاطر المالية والاجتماعية.
وجاء القرار بعد إغلاق منصة "روبلوكس" الشهيرة، التي صنفها خبراء الأمن السيبراني وعلماء النفس خطرا بالغا على الصغار، وبتنسيق كامل بين الجهاز القومي لتنظيم الاتصالات والمجلس الأعلى لتنظيم الإعلام والجهات المعنية.
وأكد مسؤولون، وفقا لمصادر إعلامية، أن الدولة ستوسع رقابتها على محتوى الألعاب الإلكترونية غير المشروعة، مشيرين إلى توصية لجنة الاتصالات وتكنولوجيا المعلومات بمجلس النواب بإغلاق ثلاثة تطبيقات مخالفة للقانون.
وقال أحمد بدوي، رئيس لجنة الاتصالات وتكنولوجيا المعلومات بمجلس النواب، إن اللجنة أوصت رسميا بحجب ثلاثة تطبيقات إلكترونية متخصصة في المراهنات الإلكترونية لما تشكله من خطر بالغ على المجتمع.
""", [
    ev("official-block-announcement", "أعلنت السلطات المصرية رسميا حجب منصات المراهنات", "2026-02-04", "no own expression; reported on Thu 5 Feb 2026 at 12:54 pm: my span Wed 4 - Thu 5 Feb 2026", end="2026-02-06"),
    ev("roblox-ban", "بعد إغلاق منصة \"روبلوكس\" الشهيرة", ROBLOX[0], "no own expression; already in force at the stamp (Thu 5 Feb 2026, 12:54 pm): my span 1-5 Feb 2026", end=ROBLOX[1]),
    ev("committee-recommendation", "إن اللجنة أوصت رسميا بحجب ثلاثة تطبيقات", "2026-02-01", "no own expression; the committee's recommendation before the stamp of Thu 5 Feb 2026 (12:54 pm): my span 1-5 Feb 2026", end="2026-02-06"),
    ev("wider-oversight", "أن الدولة ستوسع رقابتها على محتوى الألعاب", "2026-02-05", "no own expression; a future policy announced on Thu 5 Feb 2026: my span from that day to the end of February 2026", end="2026-03-01"),
])

# ---------------------------------------------------------------- uae-commercial-gaming-authority-2023
S = "uae-commercial-gaming-authority-2023"
art(S, "https://www.alhurra.com/uae/2023/09/04/%D9%85%D8%B9-%D8%AA%D9%88%D8%A7%D9%81%D8%AF-%D8%A3%D9%82%D8%B7%D8%A7%D8%A8-%D8%B5%D9%86%D8%A7%D8%B9%D8%A9-%D8%A7%D9%84%D9%82%D9%85%D8%A7%D8%B1-%D8%A7%D9%84%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA-%D8%AA%D9%86%D8%B4%D8%A6-%D9%87%D9%8A%D8%A6%D8%A9-%D9%84%D9%80%D8%A7%D9%84%D8%A3%D9%84%D8%B9%D8%A7%D8%A8-%D8%A7%D9%84%D8%AA%D8%AC%D8%A7%D8%B1%D9%8A%D8%A9-%D9%88%D8%A7%D9%84%D9%8A%D8%A7%D9%86%D8%B5%D9%8A%D8%A8",
    "2023-09-04", "date in the URL '/2023/09/04/' (a Monday); the body's 'الأحد' for the announcement (Sun 3 Sep 2023) agrees; headline rendered from the URL slug; the caption 'تعيين كيفن مولاي في منصب الرئيس التنفيذي للهيئة الجديدة ـ صورة تعبيرية' (twice) and the truncated last sentence ('ونقلت وام تصريحات لمولاي أعرب ...') dropped; no date of its own in the text", False, """
مع توافد أقطاب صناعة القمار.. الإمارات تنشئ هيئة لـ"الألعاب التجارية" واليانصيب
أعلنت دولة الإمارات، الأحد، تأسيس "الهيئة العامة لتنظيم الألعاب التجارية"، لتعمل هيئة اتحادية توفر إطارا تنظيميا للألعاب التجارية واليانصيب، بحسب وكالة أنباء الإمارات "وام".
وذكرت الوكالة نفسها أن كيفن مولاي عُيّن رئيسا تنفيذيا للهيئة، ووصفته بأنه "خبير عالمي يتمتع بخبرة طويلة تربو على 30 عاما في مجال تنظيم الألعاب التجارية على المستوى الدولي".
في المقابل، رأت وكالة "أسوشيتد برس" أن إنشاء الهيئة "إشارة على اقتراب الإمارات من السماح بالمقامرة مع توافد أقطاب في صناعة القمار إلى الدولة الخليجية".
ويتولى تنظيم العمل في الهيئة "فريق من كبار الخبراء على مستوى العالم في هذا المجال"، يتمتعون بخبرة واسعة في تنظيم ألعاب فعالة وآمنة ومسؤولة وإدارتها، وفق الوكالة الإماراتية.
ويترأس مجلس إدارة الهيئة جيم مورين، الذي أبدى سعادته بتعيين مولاي، مؤكدا أنه صاحب خبرة مهمة في هذا المجال، وأنه سيؤدي دورا كبيرا وفعالا في وضع إطار تنظيمي يلائم الغاية من إنشاء الهيئة في الإمارات.
""", [
    ev("gcgra-announcement", "أعلنت دولة الإمارات، الأحد، تأسيس", "2023-09-03", "'الأحد' before Mon 4 Sep 2023 = Sun 3 Sep 2023"),
    ev("mullally-appointment", "أن كيفن مولاي عُيّن رئيسا تنفيذيا للهيئة", "2023-09-03", "no own expression; announced in the same WAM item of Sun 3 Sep 2023"),
    ev("ap-comment", "رأت وكالة \"أسوشيتد برس\" أن إنشاء الهيئة", "2023-09-03", "no own expression; AP's report on the announcement, between the announcement (late Sun 3 Sep) and the URL day: my span 3-4 Sep 2023", end="2023-09-05"),
    ev("murren-statement", "الذي أبدى سعادته بتعيين مولاي", "2023-09-03", "no own expression; the chairman's words in the WAM item of Sun 3 Sep 2023"),
])
art(S, "https://amp.dw.com/ar/%D8%A7%D9%84%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9-%D8%AA%D9%86%D8%B4%D8%A6-%D9%87%D9%8A%D8%A6%D8%A9-%D8%A7%D8%AA%D8%AD%D8%A7%D8%AF%D9%8A%D8%A9-%D9%84%D9%80-%D8%A7%D9%84%D9%8A%D8%A7%D9%86%D8%B5%D9%8A%D8%A8-%D9%88%D8%A7%D9%84%D8%A3%D9%84%D8%B9%D8%A7%D8%A8-%D8%A7%D9%84%D8%AA%D8%AC%D8%A7%D8%B1%D9%8A%D8%A9/a-66711889",
    "2023-09-04", "page stamp '٤ سبتمبر ٢٠٢٣' under the headline (kept as first line, before the headline; 4 Sep 2023 was a Monday); the teaser sentence and 'إعلان' dropped; the last sentence cut to its complete clause where the stored text breaks off ('... في إنشاء إطار تنظيمي مناس...')", True, """
٤ سبتمبر ٢٠٢٣
الإمارات العربية تنشئ هيئة اتحادية لـ"الألعاب التجارية"
أنشأت الإمارات العربية المتحدة هيئة اتحادية لإدارة اليانصيب الوطني وما تسميه "الألعاب التجارية"، في إشارة مرجحة إلى اقتراب الدولة الخليجية من السماح بالمقامرة مع توافد أقطاب صناعة القمار إليها، بحسب ما نشره موقع "بلومبيرغ" الأمريكي.
ونشرت وكالة أنباء الإمارات (وام) إعلانا عن تأسيس الهيئة العامة لتنظيم الألعاب التجارية، من دون أن تقدم تفاصيل كثيرة عن هيكلها أو طريقة عملها.
وعيّنت الإمارات كيفن مولالي رئيسا تنفيذيا للهيئة، مشيرة إلى أنه "خبير عالمي يتمتع بخبرة طويلة تبلغ نحو 30 عاما في مجال تنظيم الألعاب التجارية على المستوى الدولي".
وقال مولالي في البيان إنه سعيد بتعيينه أول رئيس تنفيذي للهيئة (GCGRA)، وإنه يتطلع مع زملائه ذوي الخبرة إلى بناء هيئة تنظيمية قوية وإطار عمل لصناعة اليانصيب والألعاب في الإمارات العربية المتحدة.
ويرأس مجلس الإدارة جيم مورين، الذي عبّر عن سعادته بتعيين مولالي، لافتا إلى أنه يملك خبرة مهمة في هذا المجال.
""", [
    ev("gcgra-announcement", "ونشرت وكالة أنباء الإمارات (وام) إعلانا عن تأسيس", "2023-09-03", "no own expression; WAM's announcement late on Sun 3 Sep 2023 (other reports: 'الأحد', 'في وقت متأخر الأحد')"),
    ev("mullally-appointment", "وعيّنت الإمارات كيفن مولالي رئيسا تنفيذيا", "2023-09-03", "no own expression; in the same announcement of Sun 3 Sep 2023"),
    ev("mullally-statement", "وقال مولالي في البيان إنه سعيد بتعيينه", "2023-09-03", "no own expression; his words in the WAM statement of Sun 3 Sep 2023"),
    ev("murren-statement", "الذي عبّر عن سعادته بتعيين مولالي", "2023-09-03", "no own expression; the chairman's words in the same statement, Sun 3 Sep 2023"),
])
art(S, "https://arabkhabar.com/a/542190",
    "2023-09-05", "page stamp 'تاريخ النشر: 5th, September 2023 GMT' at the head of the stored page (not kept in the text; 5 Sep 2023 was a Tuesday), a France 24 item ('إعداد: فرانس24'); the page furniture ('تابِع', 'إعلان', 'اقرأ المزيد') dropped; the last sentence ('ونقلت الوكالة عن ...') dropped where the stored text breaks off; no date of its own in the text", False, """
الإمارات تعلن إنشاء هيئة لتنظيم الألعاب التجارية وتوقعات بترخيص كازينوهات
أعلنت الإمارات تأسيس هيئة اتحادية لتنظيم "الألعاب التجارية"، في خطوة قد تفتح الطريق أمام ترخيص كازينوهات في الدولة الخليجية التي تحظر القمار وتسعى إلى جذب المزيد من السياح.
وذكرت وكالة أنباء الإمارات "وام" في وقت متأخر الأحد أنه "تم الإعلان رسميا عن إنشاء الهيئة العامة لتنظيم الألعاب التجارية في دولة الإمارات العربية المتحدة كهيئة اتحادية لتقديم إطار تنظيمي للألعاب التجارية واليانصيب".
وأضافت أن الهيئة ستتولى "تنسيق الأنشطة التنظيمية وإدارة الترخيص على مستوى دولة الإمارات وتسهيل إطلاق الإمكانات الاقتصادية للألعاب التجارية بطريقة مسؤولة".
ولم يتضح إن كانت "الألعاب التجارية" المقصودة تشمل القمار، كما أن الوكالة لم تشر إلى أي كازينوهات، غير أن اثنين من المسؤولين المعيّنين لإدارة الهيئة يملكان خبرة طويلة في مجال ألعاب القمار.
وسيشغل الأمريكي كيفن مولالاي منصب الرئيس التنفيذي للهيئة، وهو الذي تولى سابقا منصبا مماثلا في اللجنة المنظمة للكازينوهات المقامة على متن قوارب نهرية في ولاية ميسوري الأمريكية.
""", [
    ev("gcgra-announcement", "وذكرت وكالة أنباء الإمارات \"وام\" في وقت متأخر الأحد", "2023-09-03", "'في وقت متأخر الأحد' before Tue 5 Sep 2023 = late on Sun 3 Sep 2023"),
    ev("mullally-appointment", "وسيشغل الأمريكي كيفن مولالاي منصب الرئيس التنفيذي", "2023-09-03", "no own expression; named in the announcement of Sun 3 Sep 2023"),
    ev("missouri-post", "تولى سابقا منصبا مماثلا في اللجنة المنظمة للكازينوهات", "2000-01-01", "no own expression; an earlier career (his Missouri Gaming Commission years, before 2023; I do not know the years): my loose span 2000-2022", end="2023-01-01"),
])
art(S, "https://www.syria.tv/%D8%B9%D9%84%D9%89-%D8%BA%D8%B1%D8%A7%D8%B1-%D9%84%D8%A7%D8%B3-%D9%81%D9%8A%D8%BA%D8%A7%D8%B3-%D8%A7%D9%84%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA-%D8%AA%D9%82%D8%B1%D8%B1-%D9%81%D8%AA%D8%AD-%D9%83%D8%A7%D8%B2%D9%8A%D9%86%D9%88%D9%87%D8%A7%D8%AA-%D9%88%D8%B5%D8%A7%D9%84%D8%A7%D8%AA-%D9%84%D8%A3%D9%84%D8%B9%D8%A7%D8%A8-%D8%A7%D9%84%D9%82%D9%85%D8%A7%D8%B1",
    "2023-09-08", "page stamp '2023.09.08 | 12:56 دمشق' under the headline (kept as first line, before the headline; 8 Sep 2023 was a Friday); 'icon', 'التغطية الحية', the caption, 'تلفزيون سوريا- وكالات', the font buttons and the bullet summary ('ملخص') dropped; the last sentence cut to its complete clause where the stored text breaks off ('تربو على 30...'), rendered 'تربو على 30 عاما'", True, """
2023.09.08 | 12:56 دمشق
على غرار "لاس فيغاس".. الإمارات تقرر فتح كازينوهات وصالات لألعاب القمار
تعتزم الإمارات العربية المتحدة افتتاح كازينوهات وصالات لألعاب القمار، في خطوة هي الأولى من نوعها في منطقة الخليج العربي، وذلك من خلال تأسيس "هيئة" اتحادية عامة لتنظيم "الألعاب التجارية واليانصيب".
وقالت وكالة الأنباء الإماراتية (وام) إنه "تم الإعلان رسمياً عن إنشاء الهيئة العامة لتنظيم الألعاب التجارية في دولة الإمارات العربية المتحدة كهيئة اتحادية لتقديم إطار تنظيمي للألعاب التجارية واليانصيب"، وهي هيئة تشمل ألعاب القمار وصالات الكازينوهات.
وأوضحت الوكالة أن الخبير العالمي في هذا المجال كيفن مولاي اختير رئيسا تنفيذيا للهيئة، نظرا لامتلاكه خبرة طويلة تربو على 30 عاما.
""", [
    ev("gcgra-announcement", "وقالت وكالة الأنباء الإماراتية (وام) إنه", "2023-09-03", "no own expression; WAM's announcement late on Sun 3 Sep 2023 (other reports: 'الأحد')"),
    ev("mullally-appointment", "كيفن مولاي اختير رئيسا تنفيذيا للهيئة", "2023-09-03", "no own expression; in the same announcement of Sun 3 Sep 2023"),
])

# ---------------------------------------------------------------- syria-damascus-casino-opening-2011
S = "syria-damascus-casino-opening-2011"
CLIENTELE = ("2010-12-24", "2011-01-05")  # who played there, from the quiet opening to the reports of 3-4 Jan 2011
art(S, "https://www.youm7.com/story/2011/1/3/%D8%A7%D9%81%D8%AA%D8%AA%D8%A7%D8%AD-%D8%A3%D9%88%D9%84-%D9%83%D8%A7%D8%B2%D9%8A%D9%86%D9%88-%D9%84%D9%84%D9%82%D9%85%D8%A7%D8%B1-%D9%81%D9%89-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D9%85%D9%86%D8%B0-25-%D8%B9%D8%A7%D9%85%D8%A7%D9%8B/329530",
    "2011-01-03", "date in the URL '/story/2011/1/3/' and the stamp 'الإثنين، 03 يناير 2011 12:57 م' under the repeated headline (kept as first line, before the headline; 3 Jan 2011 was a Monday); the repeated headline dropped", True, """
الإثنين، 03 يناير 2011 12:57 م
افتتاح أول "كازينو" للقمار فى سوريا منذ 25 عاماً
أفادت صحيفة "الجارديان" بافتتاح أول "كازينو" للقمار في سوريا منذ 25 عاماً، ورأت أن الكازينو القائم في العاصمة دمشق سيثير على الأرجح انقساما بين الطوائف الدينية، مشيرة إلى أن العمل بدأ داخله في ليلة رأس السنة الجديدة، وأن رسم دخول الشخص الواحد يبلغ نحو 300 جنيه إسترليني.
ويعد هذا أول كازينو يُفتتح في منطقة الشام خارج لبنان. ومن المعروف أن المقامرة كانت ممنوعة قانونا في سوريا، إذ حُظرت في السبعينيات تحت ضغط رجال الدين، كما أن رئيس الوزراء السوري حينئذ عبد الرحمن خلفاوي كان قد ضاق ذرعا بشكاوى نساء من إدمان أزواجهن على لعب القمار.
ويعود الكازينو إلى نجل توفيق هوبوباتي، الذي امتلك ثلاثة كازينوهات في فترة السبيعينات قبل أن تُغلق. ويُعد خالد هوبوباتي من أبرز رجال الأعمال في سوريا، إذ يملك نادي الوحدة لكرة القدم إلى جانب مطاعم معروفة.
ولفتت الصحيفة إلى تشديد الإجراءات الأمنية في الكازينو الجديد ومنع التصوير فيه. وعلى الرغم من أن الكازينو يُفترض أن يكون مكانا سياحيا، يقول العاملون فيه إن معظم رواده حتى الآن من أثرياء السوريين الذين يمكثون فيه من الثامنة مساء حتى الثامنة صباحاً.
""", [
    ev("casino-opening", "بافتتاح أول \"كازينو\" للقمار في سوريا", "2010-12-24", "no own expression for the opening itself; other reports: opened quietly at the end of December 2010 ('الأسبوع الماضي' in early January; Christmas Eve, Fri 24 Dec, in another account): my span 24-31 Dec 2010", end="2011-01-01"),
    ev("new-year-eve-night", "بدأ داخله في ليلة رأس السنة الجديدة", "2010-12-31", "'ليلة رأس السنة الجديدة' = the night of Fri 31 Dec 2010"),
    ev("gambling-ban-1970s", "إذ حُظرت في السبعينيات", "1970-01-01", "'في السبعينيات' = the 1970s", end="1980-01-01"),
    ev("syrian-clientele", "يقول العاملون فيه إن معظم رواده حتى الآن من أثرياء السوريين", CLIENTELE[0], "'حتى الآن': from the opening (late Dec 2010) to the report; my span 24 Dec 2010 - 4 Jan 2011 (the same span in both reports)", end=CLIENTELE[1]),
    ev("guardian-report", "أفادت صحيفة \"الجارديان\"", "2011-01-01", "no own expression; the Guardian's report, after the New Year's Eve opening night and before this item of Mon 3 Jan 2011 (12:57 pm): my span 1-3 Jan 2011", end="2011-01-04"),
])
art(S, "http://www.doualia.com/2011/01/04/la-syrie-ouvre-casino-pour-deplacer-leconomie/",
    "2011-01-04", "date in the URL '/2011/01/04/' (a Tuesday); the repeated caption rendered as one sentence; the last sentence cut to its complete clause where the stored text breaks off ('في هذا المبنى ذي العمارة ا...'); no date of its own in the text", False, """
سوريا تفتتحُ "كازينو" لتحريكِ الاقتصاد
حصلت "الدولية" على صورة خاصة جدا لبوابة أول كازينو في دمشق، افتتحته السلطات السورية وسط تكتم شديد تفاديا لإثارة غضب رجال الدين، بهدف تنشيط الحركة التجارية والاقتصادية.
وتُظهر الصورة البوابة الرئيسية لكازينو دمشق قرب طريق المطار كما بدت ليلة رأس السنة 2010.
وافتُتح كازينو دمشق بلا ضجيج تقريبا وبعيدا عن أعين الإعلام، تجنبا لاستفزاز مشاعر رجال الدين والطبقة المحافظة الغالبة على المجتمع السوري، وفق مراقبين.
ويقول رامي (55 عاما)، وهو تاجر اعتاد التردد على كازينو لبنان وأراد استكشاف الكازينو الجديد القريب من مطار دمشق الدولي: "كان المكان مكتظا والمال يتدفق بغزارة".
وأشار إلى أن الكازينو الجديد "قادر على اجتذاب جزء كبير من زبائن كازينو لبنان" القادمين من دول الخليج وسوريا والأردن والعراق.
ويمثل السوريون حاليا الشريحة الأكبر من رواد الكازينو، إلى جانب بعض اللاعبين الوافدين من دول الخليج ولبنان.
وشارك مئات الأشخاص في اللعب مساء السبت، بينهم رجال ببزات رسمية ونساء، في هذا المبنى.
""", [
    ev("casino-opening", "وافتُتح كازينو دمشق بلا ضجيج تقريبا", "2010-12-24", "no own expression; the quiet opening at the end of December 2010 (Christmas Eve, Fri 24 Dec, in another account; the New Year's Eve night already open): my span 24-31 Dec 2010", end="2011-01-01"),
    ev("new-year-eve-night", "كما بدت ليلة رأس السنة 2010", "2010-12-31", "'ليلة رأس السنة 2010' = the night of Fri 31 Dec 2010 (the eve of 2011)"),
    ev("syrian-clientele", "ويمثل السوريون حاليا الشريحة الأكبر", CLIENTELE[0], "'حاليا': from the opening (late Dec 2010) to the report of Tue 4 Jan 2011: my span 24 Dec 2010 - 4 Jan 2011", end=CLIENTELE[1]),
    ev("saturday-crowd", "وشارك مئات الأشخاص في اللعب مساء السبت", "2011-01-01", "'مساء السبت' before Tue 4 Jan 2011 = the evening of Sat 1 Jan 2011"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 270)
                            if i != 201 and i != 264
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

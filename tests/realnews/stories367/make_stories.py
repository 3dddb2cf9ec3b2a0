"""Builds stories.jsonl: the 367-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: presidential elections in Arab countries: candidate lists,
polling days, preliminary and final results, appeals and the swearing-in.
Stories: the rejection of Hamdeen Sabahi's appeal and the official results that made Abdel Fattah al-Sisi
president (Egypt, May-June 2014), the postponed sessions of the Iraqi parliament to elect a president of the
republic (Iraq, January-February 2026), the first-round win of Mohamed Ould Abdel Aziz, contested by the
opposition and confirmed by the Constitutional Council (Mauritania, July 2009), the election of Michel Suleiman
by the Lebanese parliament after six months of vacancy (Lebanon, May 2008), and the re-election of Ali Abdullah
Saleh against Faisal bin Shamlan (Yemen, September 2006).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-sisi-presidential-results-2014
S = "egypt-sisi-presidential-results-2014"
POLLS = ("2014-05-26", "2014-05-29")        # polling Mon 26 - Tue 27 May, extended to a third day, Wed 28 May 2014
EXTENSION = ("2014-05-27", "2014-05-29")    # the extension decided on Tue 27 May for the third day, Wed 28 May
PRELIM = ("2014-05-28", "2014-05-30")       # the count after the polls closed on Wed 28 May, indicators through Thu 29 May
CONCEDE = "2014-05-29"                      # Sabahi's press conference conceding defeat, Thu 29 May 2014
APPEAL = "2014-05-30"                       # Sabahi's appeal lodged on the evening of Fri 30 May 2014
REJECT = ("2014-05-31", "2014-06-02")       # the appeal rejected: reported by sources Sat 31 May, announced Sun 1 Jun
RESULTS = "2014-06-03"                      # the official results, Tue 3 Jun 2014 (press conference at 19:00)
OATH = "2014-06-08"                         # the swearing-in, Sun 8 Jun 2014
art(S, "https://www.almasryalyoum.com/news/details/456639",
    "2014-05-31", "page date line 'السبت 31-05-2014 20:57' (kept as second line without the byline 'كتب: محمد السنهوري'; 31 May 2014 was a Saturday); the body's 'السبت' agrees; headline kept (reworded); the photo caption dropped; the last word 'اللج…' cut in the stored page completed as 'اللجان'", True, """
مصادر قضائية: رفض طعن صباحي في أصوات اليوم الثالث من انتخابات الرئاسة
السبت 31-05-2014 20:57
أفادت مصادر قضائية في لجنة الانتخابات الرئاسية بأن «اللجنة ردّت طعن حمدين صباحي، المرشح لرئاسة الجمهورية، الذي طالب فيه باستبعاد أصوات اليوم الثالث من الانتخابات».
وأوضحت المصادر لـ«المصري اليوم»، السبت، أن «اللجنة ستكشف الأحد عن التفاصيل الكاملة لموقفها القانوني من طعن صباحي على عدد من اللجان الانتخابية».
وتقدم طارق نجيدة، المستشار القانوني لحملة صباحي، مساء الجمعة، بطعن أمام اللجنة العليا للانتخابات على عدد من قرارات اللجان الفرعية الخاصة بعمليات الفرز والحصر العددي لأصوات الناخبين في عدد من اللجان العامة، وطالب باستبعاد أعداد المقترعين في اليوم الثالث كما تبيّنها كشوف اللجان ومحاضرها.
وكانت مؤشرات فرز أصوات الانتخابات الرئاسية قد أظهرت تقدم المرشح عبدالفتاح السيسي بنسبة 96.9% على منافسه حمدين صباحي الذي نال 3.1% من مجموع الأصوات.
ويذكر أن صباحي اعترض على مد التصويت ليوم ثالث، وسحب مندوبيه من جميع اللجان.
""", [
    ev("appeal-rejected", "اللجنة ردّت طعن حمدين صباحي، المرشح لرئاسة الجمهورية", REJECT[0], "no own expression; judicial sources report the rejection on Sat 31 May 2014 (stamp 20:57), the committee announced it on Sun 1 Jun (skynewsarabia 'الأحد', emaratalyoum of Mon 2 Jun): span Sat 31 May - Sun 1 Jun", end=REJECT[1]),
    ev("rejection-details-announced", "اللجنة ستكشف الأحد عن التفاصيل الكاملة", "2014-06-01", "'الأحد' after Sat 31 May = Sun 1 Jun 2014 (the committee did publish its reasons that Sunday: skynewsarabia, alhayat)"),
    ev("appeal-lodged", "وتقدم طارق نجيدة، المستشار القانوني لحملة صباحي، مساء الجمعة", APPEAL, "'مساء الجمعة' before Sat 31 May = Fri 30 May 2014"),
    ev("preliminary-results", "مؤشرات فرز أصوات الانتخابات الرئاسية قد أظهرت تقدم", PRELIM[0], "no own expression ('كانت ... قد أظهرت'); the count indicators after the polls closed on the evening of Wed 28 May, published through Thu 29 May 2014", end=PRELIM[1]),
    ev("sabahi-withdraws-delegates", "وسحب مندوبيه من جميع اللجان", "2014-05-28", "no own expression; Sabahi's campaign withdrew its delegates on Wed 28 May 2014, the third day added on Tue 27 May (outside knowledge)"),
])
art(S, "https://emaratalyoum.com/politics/news/egypt-latest/2014-06-02-1.681622",
    "2014-06-02", "date in the URL '/2014-06-02-1.681622' (2 Jun 2014 was a Monday); the body's 'مساء الغد' for the results of Tue 3 Jun and 'الخميس الماضي' for Sabahi's press conference of Thu 29 May agree; headline kept (reworded); the 'تويتر' widget dropped; no date of its own in the text", False, """
الإعلان الرسمي عن نتيجة الانتخابات الرئاسية المصرية غداً
أفاد تقرير إخباري بأن اسم الفائز في الانتخابات الرئاسية المصرية سيُكشف رسمياً في مؤتمر صحفي عالمي ينعقد في الساعة السابعة مساء الغد.
ونقلت صحيفة "الأهرام" المصرية كذلك عن رئيس لجنة الانتخابات الرئاسية المستشار عبد العزيز سالمان أن اللجنة ردت الطعن الذي تقدم به المرشح الرئاسي حمدين صباحي بشأن الحصر العددي لأصوات الناخبين في عدد من اللجان العامة، وبشأن دعاية تخالف قواعد الصمت الانتخابي لصالح منافسه عبدالفتاح السيسي في عدد من لجان الاقتراع، وإخراج بعض مندوبيه من عدد من اللجان.
وأوضح سالمان للصحيفة أن تمديد الانتخابات ليوم ثالث استند إلى حق اللجنة في مد فترة التصويت وفق قانون الانتخابات ولائحته التنفيذية.
وأقر صباحي بخسارته في الانتخابات الرئاسية بعدما بيّنت نتائجها الأولية غير الرسمية تقدم السيسي بفارق واسع.
وقال صباحي في مؤتمر صحفي الخميس الماضي، عقب الانتخابات الرئاسية التي جرت الشهر الماضي: "نحن مستعدون لقبول أي نتيجة يقررها هذا الشعب، لأنه صاحب القرار والقائد والمعلم، ونرتضي إرادته في كل الأحوال بكل الاحترام له".
""", [
    ev("official-results", "اسم الفائز في الانتخابات الرئاسية المصرية سيُكشف رسمياً", RESULTS, "'في الساعة السابعة مساء الغد' in an article of Mon 2 Jun 2014 = the evening of Tue 3 Jun"),
    ev("appeal-rejected", "أن اللجنة ردت الطعن الذي تقدم به المرشح الرئاسي حمدين صباحي", REJECT[0], "no own expression; the rejection reported by sources on Sat 31 May and announced on Sun 1 Jun 2014 (almasryalyoum, skynewsarabia)", end=REJECT[1]),
    ev("polls-extended", "أن تمديد الانتخابات ليوم ثالث استند", EXTENSION[0], "no own expression; the committee extended voting on Tue 27 May to a third day, Wed 28 May 2014 (outside knowledge)", end=EXTENSION[1]),
    ev("preliminary-results", "بعدما بيّنت نتائجها الأولية غير الرسمية تقدم السيسي", PRELIM[0], "no own expression; the unofficial count of the night of Wed 28 May and of Thu 29 May 2014", end=PRELIM[1]),
    ev("sabahi-concedes", "وقال صباحي في مؤتمر صحفي الخميس الماضي", CONCEDE, "'الخميس الماضي' from Mon 2 Jun 2014 = Thu 29 May"),
    ev("polling", "الانتخابات الرئاسية التي جرت الشهر الماضي", POLLS[0], "'الشهر الماضي' from June = May 2014: the polling of Mon 26 - Wed 28 May", end=POLLS[1]),
])
art(S, "https://www.tunisien.tn/%d8%a7%d9%84%d8%b3%d9%8a%d8%a7%d8%b3%d8%a9/%d8%a7%d9%84%d9%8a%d9%88%d9%85-%d8%a7%d9%84%d8%a5%d8%b9%d9%84%d8%a7%d9%86-%d8%b9%d9%86-%d8%a7%d9%84%d9%86%d8%aa%d8%a7%d8%a6%d8%ac-%d8%a7%d9%84%d8%b1%d8%b3%d9%85%d9%8a%d8%a9-%d9%84%d9%84%d8%a7%d9%86/print/",
    "2014-06-03", "the body's 'اليوم الثلاثاء 03 جوان 2014' (kept; 3 Jun 2014 was a Tuesday), the page announces the results due that evening; headline kept (reworded); the site line and the '[1]' tag dropped; the page's own slip 'وزير الداخلية المستقيل' (Sisi was defence minister) kept as a fact of the text", True, """
اليوم: إعلان النتائج الرسمية للانتخابات الرئاسية المصرية
يُرتقب أن تكشف اللجنة العليا للانتخابات في مصر بصفة رسمية، اليوم الثلاثاء 03 جوان 2014، عن نتائج الانتخابات الرئاسية التي يتنافس فيها وزير الداخلية المستقيل عبد الفتاح السيسي والمعارض السياسي حمدين صباحي.
وصرّح رئيس اللجنة العليا للانتخابات عبدالعزيز سلمان لوكالة أنباء الشرق الأوسط بأن النتيجة الرسمية ستُعلن في مؤتمر صحافي في حدود الساعة السابعة مساء بتوقيت القاهرة.
وقد أظهرت النتائج الأولية لهذه الانتخابات فوز عبد الفتاح السيسي على منافسه حمدين صباحي بفارق كبير، إذ نال أكثر من 93 بالمائة من أصوات الناخبين المصريين مقابل 3 بالمائة فقط لحمدين، الذي طعن في هذه النتيجة.
""", [
    ev("official-results", "أن تكشف اللجنة العليا للانتخابات في مصر بصفة رسمية", RESULTS, "'اليوم الثلاثاء 03 جوان 2014' = Tue 3 Jun 2014 ('في حدود الساعة السابعة مساء')"),
    ev("preliminary-results", "وقد أظهرت النتائج الأولية لهذه الانتخابات فوز", PRELIM[0], "no own expression; the preliminary count of Wed 28 - Thu 29 May 2014", end=PRELIM[1]),
    ev("appeal-lodged", "الذي طعن في هذه النتيجة", APPEAL, "no own expression; Sabahi's appeal lodged on the evening of Fri 30 May 2014 (almasryalyoum 'مساء الجمعة')"),
])
art(S, "https://al-jazirah.com/2014/20140604/du9.htm",
    "2014-06-04", "date in the URL '/2014/20140604/' (4 Jun 2014 was a Wednesday; al-Jazirah is a morning daily); the body's 'عقده أمس' for the press conference of Tue 3 Jun and 'يوم الأحد المقبل 8 يونيو' agree; headline written from the body (the stored text has none); the last, truncated words dropped; no date of its own in the text", False, """
مصر تعلن رسمياً فوز السيسي برئاسة الجمهورية
أعلنت اللجنة العليا للانتخابات الرئاسية في مصر فوز عبدالفتاح السيسي بمنصب رئيس الجمهورية. وقال رئيس اللجنة المستشار أنور العاصي، في مؤتمر صحفي عالمي عقده أمس، «إن عبدالفتاح السيسي نال 96.9 في المائة من الأصوات الصحيحة، أي 23 مليونا و780 ألفا و104 أصوات، في حين حصل منافسه حمدين صباحي على 3.09 في المائة، أي 757 ألفا و511 صوتا». وبذلك يكون السيسي الفائز بمنصب رئيس الجمهورية بحسب النتائج النهائية لفرز أصوات المقترعين في الداخل والخارج.
وأضاف العاصي «أن الشعب أنجز الاستحقاق الثاني وقبل الأخير من خريطة الطريق والاستحقاق الديمقراطي، فقد أقر الدستور واختار رئيسه، ولم يتبق إلا انتخاب أعضاء البرلمان».
وأفادت مصادر مطلعة بأن حفل تنصيب السيسي سيقام يوم الأحد المقبل 8 يونيو في قصر القبة، بحضور عدد كبير من ملوك الدول العربية والأجنبية ورؤسائها.
وأكد مصدر مسؤول في مطار القاهرة الدولي وصول وفود بعض الأمراء والملوك والرؤساء المشاركين في حفل تنصيب السيسي.
وفي ظل إجراءات أمنية مشددة، احتفل آلاف المصريين أمس بتتويج السيسي رسمياً رئيساً لمصر، وتوافد المواطنون على ميدان التحرير في وسط القاهرة وعلى ميادين أخرى في المحافظات.
""", [
    ev("official-results", "أعلنت اللجنة العليا للانتخابات الرئاسية في مصر فوز", RESULTS, "'في مؤتمر صحفي عالمي عقده أمس' in an article of Wed 4 Jun 2014 = Tue 3 Jun"),
    ev("constitution-adopted", "فقد أقر الدستور واختار رئيسه", "2014-01-14", "no own expression; the constitutional referendum of Tue 14 - Wed 15 Jan 2014 (results Sat 18 Jan; outside knowledge)", end="2014-01-19"),
    ev("swearing-in", "حفل تنصيب السيسي سيقام يوم الأحد المقبل 8 يونيو", OATH, "'يوم الأحد المقبل 8 يونيو' = Sun 8 Jun 2014"),
    ev("tahrir-celebrations", "احتفل آلاف المصريين أمس بتتويج السيسي", RESULTS, "'أمس' in an article of Wed 4 Jun 2014 = the evening of Tue 3 Jun"),
])

# ---------------------------------------------------------------- iraq-presidential-session-postponed-2026
S = "iraq-presidential-session-postponed-2026"
FIRST = "2025-12-29"                        # the first session of the sixth parliament, Mon 29 Dec 2025 (Haibat al-Halbousi speaker)
NOMINATION = "2025-12-28"                   # the Sunni National Political Council nominated Haibat al-Halbousi, Sun 28 Dec 2025
JAN27 = "2026-01-27"                        # the session set for Tue 27 Jan 2026, postponed that day at the Kurdish parties' request
FEB1 = "2026-02-01"                         # the session of Sun 1 Feb 2026 (substitute MPs' oath), postponed a second time
art(S, "https://www.vetogate.com/5580815",
    "2026-01-25", "page stamp 'date 2026-01-25' (not part of the text; 25 Jan 2026 was a Sunday); the body's 'الثلاثاء المقبل' for the session set for Tue 27 Jan (aletihad: 'حدّد يوم 27 يناير') agrees; headline written from the body (the stored text has none); the sub-headings dropped; no date of its own in the text", False, """
البرلمان العراقي يحدد موعد جلسة انتخاب رئيس الجمهورية
أعلن رئيس البرلمان العراقي أن المجلس سيعقد الثلاثاء المقبل جلسة لانتخاب رئيس الجمهورية، بحسب ما نقلته قناة «القاهرة الإخبارية».
وكان البرلمان العراقي قد اختار الشهر الماضي الدكتور هيبت الحلبوسي رئيسا له، وفقا لشبكة «العربية».
وفي 29 ديسمبر الماضي، عقد البرلمان العراقي الجديد الجلسة الأولى من دورته النيابية السادسة لانتخاب رئيسه ونائبيه.
ويقضي الدستور العراقي بأن تُعقد الجلسة الأولى برئاسة أكبر الأعضاء سنا، وهو النائب عامر الفايز، ويُلزم البرلمان بانتخاب رئيسه ونائبيه في الجلسة نفسها، على أن يجري التصويت بالأغلبية المطلقة.
وكان المجلس السياسي الوطني، الذي يضم قوى الأغلبية السنية، قد أعلن في وقت سابق ترشيح هيبت الحلبوسي من حزب "تقدم" الذي يتزعمه محمد الحلبوسي لرئاسة البرلمان العراقي الجديد.
""", [
    ev("jan27-session", "سيعقد الثلاثاء المقبل جلسة لانتخاب رئيس الجمهورية", JAN27, "'الثلاثاء المقبل' from Sun 25 Jan 2026 = Tue 27 Jan (the session as planned; it was postponed that day)"),
    ev("speaker-elected", "قد اختار الشهر الماضي الدكتور هيبت الحلبوسي رئيسا له", FIRST, "'الشهر الماضي' from January = December 2025: the vote of Mon 29 Dec 2025 (stories59)"),
    ev("first-session", "عقد البرلمان العراقي الجديد الجلسة الأولى من دورته النيابية السادسة", FIRST, "'في 29 ديسمبر الماضي' = Mon 29 Dec 2025"),
    ev("halbousi-nominated", "قد أعلن في وقت سابق ترشيح هيبت الحلبوسي", NOMINATION, "'في وقت سابق'; the Sunni council's nomination of Sun 28 Dec 2025, the eve of the first session (stories59: 'أمس الأحد')"),
])
art(S, "https://www.aletihad.ae/news/%D8%B9%D8%B1%D8%A8%D9%8A-%D9%88%D8%AF%D9%88%D9%84%D9%8A/4640282/%D8%A7%D9%84%D8%A8%D8%B1%D9%84%D9%85%D8%A7%D9%86-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%D9%8A-%D9%8A%D8%B1%D8%AC%D8%A6-%D8%AC%D9%84%D8%B3%D8%A9-%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8-%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D8%AC%D9%85%D9%87%D9%88%D8%B1%D9%8A%D8%A9",
    "2026-01-27", "page stamp 'date 2026-01-27' (27 Jan 2026 was a Tuesday); the body's 'الثلاثاء' and 'يوم 27 يناير' agree; headline rendered from the URL slug (the stored text has none)", True, """
البرلمان العراقي يرجئ جلسة انتخاب رئيس الجمهورية
أجّل البرلمان العراقي الثلاثاء جلسة انتخاب رئيس الجمهورية إلى أجل غير محدد. ويتصدر السباق إلى رئاسة جمهورية العراق هذه المرة مرشحان، هما وزير الخارجية فؤاد حسين عن الحزب الديموقراطي الكردستاني، ووزير البيئة السابق نزار آميدي عن الاتحاد الوطني الكردستاني.
وكان رئيس مجلس النواب العراقي هيبت الحلبوسي قد حدد يوم 27 يناير موعدا لانتخاب الرئيس.
لكنه ذكر الثلاثاء أنه "تلقى طلبات من الحزب الديموقراطي الكردستاني وحزب الاتحاد الوطني الكردستاني لإرجاء جلسة اليوم ... لمنح الحزبين مزيدا من الوقت للتفاهم والاتفاق"، وفق بيان صادر عن مكتبه.
وأعلن البرلمان في ما بعد، في بيان مقتضب، أنه "يؤجل عقد جلسته"، من غير أن يحدد موعدا جديدا.
ويتعين على رئيس الجمهورية، خلال 15 يوما من انتخابه، أن يكلف برئاسة الحكومة مرشح "الكتلة النيابية الأكبر عددا" بحسب الدستور. ويُمنح الرئيس المكلف مهلة 30 يوما لتأليف حكومته.
""", [
    ev("jan27-postponed", "أجّل البرلمان العراقي الثلاثاء جلسة انتخاب رئيس الجمهورية", JAN27, "'الثلاثاء' = Tue 27 Jan 2026 (stamp)"),
    ev("jan27-session", "قد حدد يوم 27 يناير موعدا لانتخاب الرئيس", JAN27, "'يوم 27 يناير' = Tue 27 Jan 2026 (the session as set by the speaker)"),
    ev("kurdish-requests", "تلقى طلبات من الحزب الديموقراطي الكردستاني وحزب الاتحاد الوطني الكردستاني", JAN27, "'ذكر الثلاثاء' and 'جلسة اليوم' = Tue 27 Jan 2026"),
    ev("postponement-statement", "وأعلن البرلمان في ما بعد، في بيان مقتضب", JAN27, "'في ما بعد' later the same Tuesday, 27 Jan 2026 (lebanon24, alsumaria of that day)"),
])
art(S, "https://www.kurdistan24.net/ar/story/890924/%D8%A7%D9%84%D8%A8%D8%B1%D9%84%D9%85%D8%A7%D9%86-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%D9%8A-%D9%8A%D8%AD%D8%AF%D8%AF-%D8%A7%D9%84%D8%A3%D8%AD%D8%AF-%D8%A7%D9%84%D9%85%D9%82%D8%A8%D9%84-%D9%85%D9%88%D8%B9%D8%AF%D8%A7-%D9%84%D8%AC%D9%84%D8%B3%D8%A9-%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8-%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D8%AC%D9%85%D9%87%D9%88%D8%B1%D9%8A%D8%A9",
    "2026-01-30", "page stamp 'date 2026-01-30 منذ ساعتين' (not part of the text; 30 Jan 2026 was a Friday); the body's 'الأحد المقبل، الموافق لـ 1 من شباط 2026' and 'الثلاثاء الماضي' agree; headline rendered from the URL slug; the list of the 18 candidates, cut after its first name in the stored page, dropped", True, """
البرلمان العراقي يحدد الأحد المقبل موعدا لجلسة انتخاب رئيس الجمهورية
أربيل (كوردستان 24)- كشفت الدائرة الإعلامية لمجلس النواب العراقي عن جدول أعمال الجلسة رقم (7) المزمع عقدها يوم الأحد المقبل، الموافق لـ 1 من شباط 2026، والتي تتصدرها عملية انتخاب رئيس الجمهورية.
وأوضحت الدائرة في بيان رسمي أن الجلسة ستبدأ في تمام الساعة الحادية عشرة صباحاً، وأن جدول أعمالها يتضمن محورين رئيسيين:
المحور الأول: أداء اليمين الدستورية لعدد من السيدات والسادة النواب البدلاء الذين لم يؤدوا اليمين القانونية في وقت سابق.
المحور الثاني: عملية "انتخاب رئيس الجمهورية"، وهي خطوة تعد محطة حاسمة لاستكمال الاستحقاقات الدستورية والمضي في إجراءات تشكيل الكابينة الوزارية الجديدة للحكومة الاتحادية.
وتندرج هذه الجلسة في إطار التزام مجلس النواب بالمواعيد الدستورية المحددة لحسم المناصب السيادية في الدولة العراقية، بعدما كان مقررا إجراء الانتخاب في جلسة الثلاثاء الماضي، غير أنها أُرجئت بطلب من الاتحاد الوطني الكوردستاني.
قائمة المرشحين لمنصب رئيس الجمهورية:
أدرج المجلس أسماء (18) مرشحاً يتنافسون على المنصب.
""", [
    ev("feb1-session", "جدول أعمال الجلسة رقم (7) المزمع عقدها يوم الأحد المقبل", FEB1, "'يوم الأحد المقبل، الموافق لـ 1 من شباط 2026' = Sun 1 Feb 2026 (at 11:00)"),
    ev("substitutes-oath", "أداء اليمين الدستورية لعدد من السيدات والسادة النواب البدلاء", FEB1, "the first item of the session of Sun 1 Feb 2026 (Badr al-Fahl took the oath that day: kurdistan24, okaz of 1 Feb)"),
    ev("jan27-session", "كان مقررا إجراء الانتخاب في جلسة الثلاثاء الماضي", JAN27, "'الثلاثاء الماضي' from Fri 30 Jan 2026 = Tue 27 Jan"),
    ev("jan27-postponed", "غير أنها أُرجئت بطلب من الاتحاد الوطني الكوردستاني", JAN27, "no own expression; the postponement of Tue 27 Jan 2026 (aletihad, alsumaria)"),
])
art(S, "https://www.alwakeelnews.com/Section_11/%D8%B9%D8%B1%D8%A8%D9%8A-%D9%88%D8%AF%D9%88%D9%84%D9%8A/%D9%85%D8%AC%D9%84%D8%B3-%D8%A7%D9%84%D9%86%D9%88%D8%A7%D8%A8-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%D9%8A-%D9%8A%D8%A4%D8%AC%D9%84-%D8%AC%D9%84%D8%B3%D8%A9-%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8-%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D8%AC%D9%85%D9%87%D9%88%D8%B1%D9%8A%D8%A9-%D9%84%D9%84%D9%85%D8%B1%D8%A9-%D8%A7%D9%84%D8%AB%D8%A7%D9%86%D9%8A%D8%A9_762933",
    "2026-02-01", "page stamp 'date 2026-02-01 02:09 م' (not part of the text; 1 Feb 2026 was a Sunday); the body's 'الأحد' and 'الثلاثاء الماضي' agree; headline rendered from the URL slug; no date of its own in the text", False, """
مجلس النواب العراقي يؤجل جلسة انتخاب رئيس الجمهورية للمرة الثانية
الوكيل الإخباري- أرجأ مجلس النواب العراقي، الأحد، للمرة الثانية عقد جلسة انتخاب رئيس الجمهورية، بحسب ما أوردته وكالة الأنباء العراقية.
وكانت الدائرة الإعلامية لمجلس النواب العراقي قد أفادت بأن "جدول أعمال جلسة الأحد يشمل أداء بعض النواب اليمين الدستورية، وانتخاب رئيس الجمهورية".
وكان المجلس قد أجل جلسته التي كانت مقررة الثلاثاء الماضي والمخصصة لانتخاب رئيس للجمهورية.
وشدد مجلس القضاء العراقي على وجوب التقيد بالمواعيد الدستورية في انتخاب رئيس الجمهورية ورئيس مجلس الوزراء، والحيلولة دون أي تدخل خارجي.
""", [
    ev("feb1-postponed", "أرجأ مجلس النواب العراقي، الأحد، للمرة الثانية", FEB1, "'الأحد' = Sun 1 Feb 2026 (stamp)"),
    ev("substitutes-oath", "يشمل أداء بعض النواب اليمين الدستورية", FEB1, "'جلسة الأحد' = Sun 1 Feb 2026 (the oath was taken that day before the postponement)"),
    ev("jan27-postponed", "وكان المجلس قد أجل جلسته التي كانت مقررة الثلاثاء الماضي", JAN27, "'الثلاثاء الماضي' from Sun 1 Feb 2026 = Tue 27 Jan"),
])

# ---------------------------------------------------------------- mauritania-aziz-first-round-win-2009
S = "mauritania-aziz-first-round-win-2009"
COUP = "2008-08-06"                         # the coup of Wed 6 Aug 2008 led by Gen. Mohamed Ould Abdel Aziz
POLL = "2009-07-18"                         # polling day, Sat 18 Jul 2009
RESULTS = "2009-07-19"                      # partial results and the interior minister's provisional results, Sun 19 Jul 2009
NIGHT = ("2009-07-18", "2009-07-20")        # the celebrations of the night of Sat 18 - Sun 19 Jul 2009
COUNCIL = "2009-07-23"                      # the Constitutional Council's confirmation, Thu 23 Jul 2009
art(S, "https://yemen-press.net/news1488.html",
    "2009-07-19", "the body's 'الاحد 19-7-2009' (kept; 19 Jul 2009 was a Sunday) and 'واعلنت اللجنة الانتخابية الاحد'; no date line on the stored page; headline written from the body (the stored text has none); the page's slip '(2007-2007)' and the last, truncated sentence on Jamil Mansour and Ely Ould Mohamed Vall dropped", True, """
ولد عبد العزيز يقترب من الفوز برئاسة موريتانيا من الجولة الأولى
يمضي الجنرال محمد ولد عبد العزيز، قائد انقلاب السادس من اغسطس/اب 2008 في موريتانيا، نحو الفوز بالانتخابات الرئاسية من جولتها الاولى الاحد 19-7-2009، بينما احتجت المعارضة على ما عدّته "انقلابا انتخابيا" وأعلنت أنها تعد طعنا قانونيا.
وأفادت اللجنة الانتخابية الاحد بأن الجنرال محمد ولد عبد العزيز نال 52,3% من الاصوات بعد فرز 80% منها.
وإذا تأكدت هذه النتائج فسيفوز من الجولة الاولى، على الرغم من كثرة المرشحين (تسعة في المجموع) في هذا الاقتراع الحاسم الذي يُنتظر أن يضع حدا للأزمة الناجمة عن الانقلاب.
ونزل أنصار القائد السابق للمجلس العسكري، الذي استقال في ابريل/نيسان ليترشح للانتخابات، ليل السبت الاحد إلى شوارع نواكشوط ليحتفلوا مسبقا بفوزه.
وبيّنت النتائج الجزئية أن رئيس الجمعية الوطنية ومرشح الجبهة المناهضة للانقلاب مسعود ولد بلخير جاء ثانيا بفارق كبير بعد حصوله على 16,72% من الاصوات، يليه رئيس أكبر أحزاب المعارضة احمد ولد داداه بنسبة 13,86%.
وجاء رابعا المرشح ابراهيم سار، المنتمي إلى أقلية السود الموريتانيين، بنسبة 5,01%.
""", [
    ev("coup-2008", "قائد انقلاب السادس من اغسطس/اب 2008", COUP, "'السادس من اغسطس/اب 2008' = Wed 6 Aug 2008"),
    ev("opposition-rejects", "بينما احتجت المعارضة على ما عدّته \"انقلابا انتخابيا\"", RESULTS, "no own expression beyond the article's 'الاحد 19-7-2009'; the four opposition candidates' statement against the partial results, Sun 19 Jul 2009"),
    ev("partial-results", "نال 52,3% من الاصوات بعد فرز 80% منها", RESULTS, "'وأفادت اللجنة الانتخابية الاحد' = Sun 19 Jul 2009"),
    ev("aziz-resigned", "الذي استقال في ابريل/نيسان ليترشح للانتخابات", "2009-04-01", "'في ابريل/نيسان' = April 2009 (he left the military council on 15 Apr 2009; month kept as the span)", end="2009-05-01"),
    ev("supporters-celebrate", "ليل السبت الاحد إلى شوارع نواكشوط", NIGHT[0], "'ليل السبت الاحد' = the night of Sat 18 - Sun 19 Jul 2009", end=NIGHT[1]),
])
art(S, "http://www.bbc.com/arabic/middleeast/2009/07/090719_ra_mauritania_elections_results_tc2",
    "2009-07-19", "date in the URL '/2009/07/090719_' (19 Jul 2009 was a Sunday); the body's 'التي جرت السبت' for the polling of Sat 18 Jul and the interior minister's announcement of the evening of Sun 19 Jul (aljazeera 'مساء الأحد') agree; headline kept (reworded); the image captions and the truncated sub-section 'طعن' dropped; no date of its own in the text", False, """
إعلان رسمي بفوز ولد عبد العزيز برئاسة موريتانيا
أعلنت وزارة الداخلية الموريتانية رسميا أن الجنرال محمد ولد عبد العزيز فاز بانتخابات الرئاسة التي جرت السبت.
وأوضح وزير الداخلية الموريتاني محمد ولد ارزيزيه أن ولد عبد العزيز، الذي قاد انقلاب أغسطس/آب 2008، نال 52.58 % من الأصوات، يليه مسعود ولد بلخير بنسبة 16.29% ثم أحمد ولد داداه بنحو 13.66%.
وأضاف ولد ارزيزيه أن "الانتخابات جرت في ظروف جيدة جدا. وأهنئ الناخبين الموريتانيين على ما أظهروه من روح المسؤولية والشعور بالواجب المدني".
وأكد وزير الداخلية أنه لم تصله أي معلومات تدفعه إلى التشكيك في نتائج الانتخابات، على الرغم من صدور بيان وقعه أربعة من قادة المعارضة يطعن في النتائج الجزئية للانتخابات عند إعلانها.
وأشار ولد ارزيزيه إلى أن "النتائج المعلنة مؤقتة ويجب أن يصادق عليها المجلس الدستوري".
واحتفل أنصار ولد عبد العزيز في شوارع العاصمة بالفوز المتوقع لمرشحهم بعد إغلاق مراكز الاقتراع.
في المقابل، ندد منافسو عبد العزيز بهذه النتائج ووصفوها بأنها "مفبركة".
""", [
    ev("official-results", "أعلنت وزارة الداخلية الموريتانية رسميا أن الجنرال", RESULTS, "no own expression; the interior minister's announcement of the evening of Sun 19 Jul 2009 (aljazeera 'مساء الأحد'; the page is of that day)"),
    ev("polling", "فاز بانتخابات الرئاسة التي جرت السبت", POLL, "'السبت' before Sun 19 Jul 2009 = Sat 18 Jul"),
    ev("coup-2008", "الذي قاد انقلاب أغسطس/آب 2008", COUP, "'أغسطس/آب 2008' = the coup of Wed 6 Aug 2008"),
    ev("opposition-rejects", "بيان وقعه أربعة من قادة المعارضة", RESULTS, "'عند إعلانها' = when the partial results came out, Sun 19 Jul 2009"),
    ev("council-confirms", "ويجب أن يصادق عليها المجلس الدستوري", COUNCIL, "no own expression (a requirement); the Constitutional Council confirmed the results on Thu 23 Jul 2009 (al-Jazirah of Fri 24 Jul 'أمس الخميس')"),
    ev("supporters-celebrate", "واحتفل أنصار ولد عبد العزيز في شوارع العاصمة", NIGHT[0], "'بعد إغلاق مراكز الاقتراع' = the evening and night of Sat 18 - Sun 19 Jul 2009", end=NIGHT[1]),
])
art(S, "http://www.aljazeera.net/home/print/f6451603-4dff-4ca1-9c10-122741d17432/f7d10fb6-c2c4-426a-88f4-7ae0a78eea7e",
    "2009-07-20", "page date line 'الاثنين 1430/7/28 هـ - الموافق 20/7/2009 م (آخر تحديث) الساعة 8:39 (مكة المكرمة)، 5:39 (غرينتش)' (kept as second line; 20 Jul 2009 was a Monday, 28 Rajab 1430); headline kept (reworded); the photo caption and the last, truncated sentence dropped", True, """
ولد عبد العزيز يفوز بانتخابات موريتانيا
الاثنين 1430/7/28 هـ - الموافق 20/7/2009 م (آخر تحديث) الساعة 8:39 (مكة المكرمة)، 5:39 (غرينتش)
حسم الجنرال محمد ولد عبد العزيز الانتخابات الرئاسية الموريتانية من الجولة الأولى متقدما بفارق كبير على منافسيه، الذين أعلنوا رفضهم للنتائج وتحدثوا عن وقوع تزوير، رغم أن المراقبين أكدوا نزاهتها.
وأعلن وزير الداخلية محمد ولد ارززيم مساء الأحد أن ولد عبد العزيز جمع أربعمائة ألف وعشرة آلاف صوت من أصوات الناخبين، أي ما نسبته 52.46% من الأصوات.
وجاء الفارق واسعا بين ولد عبد العزيز ومنافسيه، إذ حل المرشح مسعود ولد بلخير ثانيا بنسبة 16.29%، وحل زعيم المعارضة أحمد ولد داداه ثالثا بنسبة 13.66%، فيما احتل المرشح الإسلامي محمد جميل منصور المرتبة الرابعة بين المرشحين التسعة بنسبة 4.76%.
ووفق البيان الذي قرأه وزير الداخلية، جاء المرشح الزنجي إبراهيما مختار صار خامسا بنسبة 4.59%، في حين منحت النتائج نسبة 3.81% لرئيس المجلس العسكري السابق والحاكم الأسبق لموريتانيا اعلي ولد محمد فال.
ونال المرشح الزنجي الآخر كان حاميدو بابا نسبة 1.49%، يليه رئيس حزب الاتحاد والتغيير صالح ولد حننا بنسبة 1.31%.
""", [
    ev("aziz-wins", "حسم الجنرال محمد ولد عبد العزيز الانتخابات الرئاسية الموريتانية من الجولة الأولى", POLL, "no own expression; the first-round win of the vote of Sat 18 Jul, declared on Sun 19 Jul 2009", end="2009-07-20"),
    ev("opposition-rejects", "الذين أعلنوا رفضهم للنتائج وتحدثوا عن وقوع تزوير", RESULTS, "no own expression; the opposition candidates' rejection of Sun 19 Jul 2009 (BBC, yemen-press)"),
    ev("official-results", "وأعلن وزير الداخلية محمد ولد ارززيم مساء الأحد", RESULTS, "'مساء الأحد' before Mon 20 Jul 2009 = Sun 19 Jul"),
])
art(S, "https://al-jazirah.com/2009/20090724/du23.htm",
    "2009-07-24", "date in the URL '/2009/20090724/' (24 Jul 2009 was a Friday; al-Jazirah is a morning daily); the body's 'أمس الخميس' for the ruling of Thu 23 Jul agrees; headline written from the body (the stored text has none); no date of its own in the text", False, """
المجلس الدستوري الموريتاني يثبت فوز ولد عبد العزيز
نواكشوط - ا ف ب
صادق المجلس الدستوري في موريتانيا أمس الخميس على فوز الجنرال محمد ولد عبد العزيز، الذي قاد انقلاب السادس من أغسطس، في الانتخابات الرئاسية، ورفض طعون ثلاثة مرشحين من المعارضة نددوا بعمليات تزوير واسعة، بحسب ما أعلن رئيس المجلس.
وأوضح رئيس المجلس عبد الله اعل سالم أن محمد ولد عبد العزيز حصل على الغالبية المطلقة من الأصوات التي ينص عليها الدستور، وأُعلن رئيسا للجمهورية الإسلامية الموريتانية.
ووفق أرقام المجلس، فقد انتُخب ولد عبد العزيز من الدورة الأولى في 18 يوليو بأغلبية 52.47% من الأصوات.
""", [
    ev("council-confirms", "صادق المجلس الدستوري في موريتانيا أمس الخميس", COUNCIL, "'أمس الخميس' in an article of Fri 24 Jul 2009 = Thu 23 Jul"),
    ev("appeals-rejected", "ورفض طعون ثلاثة مرشحين من المعارضة", COUNCIL, "the same ruling of Thu 23 Jul 2009"),
    ev("coup-2008", "الذي قاد انقلاب السادس من أغسطس", COUP, "'السادس من أغسطس' = Wed 6 Aug 2008"),
    ev("polling", "انتُخب ولد عبد العزيز من الدورة الأولى في 18 يوليو", POLL, "'في 18 يوليو' = Sat 18 Jul 2009"),
])

# ---------------------------------------------------------------- lebanon-suleiman-elected-president-2008
S = "lebanon-suleiman-elected-president-2008"
ELECTED = "2008-05-25"                      # the session of Sun 25 May 2008 (opened at 17:00): Suleiman elected with 118 votes and sworn in
DOHA = "2008-05-21"                         # the Doha agreement signed on Wed 21 May 2008
VACANCY = ("2007-11-24", "2008-05-25")      # the presidency vacant from the end of Emile Lahoud's term (midnight 23/24 Nov 2007) to the election
LAHOUD_END = ("2007-11-23", "2007-11-25")   # Lahoud's term ended at midnight between Fri 23 and Sat 24 Nov 2007
art(S, "http://www.asriran.com/ar/news/4404/%25D8%25A7%25D9%2584%25D8%25A8%25D8%25B1%25D9%2584%25D9%2585%25D8%25A7%25D9%2586-%25D8%25A7%25D9%2584%25D9%2584%25D8%25A8%25D9%2586%25D8%25A7%25D9%2586%25D9%258A-%25D9%258A%25D9%2586%25D8%25AA%25D8%25AE%25D8%25A8-%25D8%25A7%25D9%2584%25D8%25B9%25D9%2585%25D8%25A7%25D8%25AF-%25D9%2585%25D9%258A%25D8%25B4%25D8%25A7%25D9%2584-%25D8%25B3%25D9%2584%25D9%258A%25D9%2585%25D8%25A7%25D9%2586-%25D8%25B1%25D8%25A6%25D9%258A%25D8%25B3%25D8%25A7-%25D9%2584%25D9%2584%25D8%25AC%25D9%2585%25D9%2587%25D9%2588%25D8%25B1%25D9%258A%25D8%25A9",
    "2008-05-25", "page date line 'تأريخ النشر: 19:40 - 25 May 2008' (kept as second line; 25 May 2008 was a Sunday); the body's 'اليوم الاحد' agrees; headline rendered from the URL slug; the item number and the repeated lead dropped; the last, truncated sentence on the Emir of Qatar's arrival dropped", True, """
البرلمان اللبناني ينتخب العماد ميشال سليمان رئيسا للجمهورية
تأريخ النشر: 19:40 - 25 May 2008
اختار البرلمان اللبناني العماد ميشال سليمان رئيسا للجمهورية بأكثرية 118 صوتا من أصل 127، في خطوة أساسية نحو تطبيق اتفاق الدوحة بين الأطراف السياسية اللبنانية.
وأتى انتخاب سليمان اليوم الاحد بعد ستة اشهر من شغور كرسي الرئاسة الأولى إثر انتهاء ولاية اميل لحود.
واجتمع 127 نائبا في مقر المجلس للإدلاء بأصواتهم في انتخاب الرئيس، وسط حضور عربي وإقليمي ودولي غير مسبوق.
وعقب افتتاح الجلسة، أبدى عدد من النواب تحفظات على آلية انتخاب قائد الجيش العماد ميشال سليمان رئيسا للجمهورية.
ولفت النائب بطرس حرب إلى أن انتخاب سليمان يستلزم تعديل المادة التاسعة والأربعين التي تحظر على موظفي الفئة الأولى الترشح للرئاسة الأولى إلا بعد مرور عامين على تقديم استقالاتهم.
كما أعلن النائبان في الأكثرية النيابية جورج عدوان ونايلة معوض تحفظهما على آلية الانتخاب.
أما رئيس مجلس النواب السابق حسين الحسيني فاقترح تعليق العمل بالمادة التاسعة والأربعين من الدستور بشكل نهائي، داعيا الحكومة إلى الانعقاد فورا لهذه الغاية.
""", [
    ev("suleiman-elected", "اختار البرلمان اللبناني العماد ميشال سليمان رئيسا للجمهورية", ELECTED, "'اليوم الاحد' = Sun 25 May 2008 (date line)"),
    ev("doha-agreement", "في خطوة أساسية نحو تطبيق اتفاق الدوحة", DOHA, "no own expression; the Doha agreement signed on Wed 21 May 2008 (watan.com 'الاسبوع الماضي')"),
    ev("presidential-vacancy", "بعد ستة اشهر من شغور كرسي الرئاسة الأولى", VACANCY[0], "'ستة اشهر' before Sun 25 May 2008 = from the end of Lahoud's term, 24 Nov 2007", end=VACANCY[1]),
    ev("lahoud-term-ends", "إثر انتهاء ولاية اميل لحود", LAHOUD_END[0], "no own expression; Lahoud left office at midnight between Fri 23 and Sat 24 Nov 2007", end=LAHOUD_END[1]),
    ev("election-session", "واجتمع 127 نائبا في مقر المجلس", ELECTED, "the session of Sun 25 May 2008"),
    ev("mps-reservations", "أبدى عدد من النواب تحفظات على آلية انتخاب", ELECTED, "'عقب افتتاح الجلسة' = the session of Sun 25 May 2008"),
])
art(S, "https://moqawama.org.lb/essaydetails.php?cid=199&eid=8678",
    "2008-05-25", "date line 'وطنية 25/5/2008' (the National News Agency dispatch, kept as first line; 25 May 2008 was a Sunday); the body's 'بعد ظهر اليوم' agrees; a plain headline written from the body (the stored text has none); the list of guests cut after Saud al-Faisal (its last names truncated in the stored page)", True, """
وطنية 25/5/2008
انتخاب العماد ميشال سليمان رئيسا للجمهورية بـ118 صوتا
انتُخب العماد ميشال سليمان رئيسا للجمهورية بأغلبية نيابية مطلقة (118 صوتا)، نتيجةً حتمية لتوافق لبناني - لبناني، ولإجماع عربي ودولي ووطني على عدّه رئيسا توافقيا يحمل على كتفيه مسؤولية وطنية تاريخية تكون جسر عبور من حال اللااستقرار إلى ضفة المصالحة والتفاهم بين اللبنانيين، بتأييد عربي ودعم دولي يمهدان لمرحلة جديدة من حياة الوطن ينعم فيها بالاستقرار والطمأنينة والازدهار والرخاء والعزة الوطنية.
فقد عُقدت الجلسة عند الخامسة من بعد ظهر اليوم في مجلس النواب برئاسة رئيسه الأستاذ نبيه بري، بحضور 127 نائبا ورئيس الحكومة اللاشرعية فؤاد السنيورة والوزراء من غير النواب، ووسط حضور عربي ودولي ودبلوماسي غير مسبوق تقدّمه رئيس مجلس الوزراء وزير خارجية قطر الشيخ حمد بن جاسم آل ثاني، ورئيس وزراء تركيا رجب طيب اردوغان، وممثل أمير الكويت عبد الرحمن سالم العتيقي، ورئيس مجلس الشعب المصري الدكتور أحمد فتحي سرور، ورئيس مجلس الأعيان الأردني عبد الهادي المجالي، ورئيس مجلس النواب العراقي محمود المشهداني، ورئيس مجلس الأمة الكويتي جاسم الخرافي، ورئيس اتحاد البرلمانيين العرب محمد جاسم الصقر، ووزير الخارجية الفرنسي برنار كوشنير، ووزير الخارجية السعودي سعود الفيصل.
""", [
    ev("suleiman-elected", "انتُخب العماد ميشال سليمان رئيسا للجمهورية بأغلبية نيابية مطلقة", ELECTED, "no own expression in the sentence; the session 'بعد ظهر اليوم' of Sun 25 May 2008 (date line)"),
    ev("election-session", "فقد عُقدت الجلسة عند الخامسة من بعد ظهر اليوم", ELECTED, "'عند الخامسة من بعد ظهر اليوم' = 17:00 on Sun 25 May 2008"),
])
art(S, "https://watan.com/2008/05/25/البرلمان-اللبناني-ينتخب-ميشيل-سليمان",
    "2008-05-25", "date in the URL '/2008/05/25/' (25 May 2008 was a Sunday); the body reports the session of that day and 'الاسبوع الماضي' for the Doha agreement of Wed 21 May; headline rendered from the URL slug; the last, truncated sentence on Fouad Siniora dropped; no date of its own in the text", False, """
البرلمان اللبناني يختار ميشيل سليمان رئيسا
انتُخب قائد الجيش اللبناني ميشال سليمان رئيسا للجمهورية اللبنانية بـ118 صوتا وستة أوراق بيضاء، من أصل 127 صوتا. وأتى انتخاب سليمان بعد مرحلة فراغ في منصب الرئاسة امتدت منذ اواخر نوفمبر/ تشرين الثاني 2007 وانتهاء ولاية الرئيس السابق اميل لحود.
وكان رئيس مجلس النواب اللبناني نبيه بري قد افتتح جلسة انتخاب الرئيس اللبناني، والمرشح التوافقي فيها هو قائد الجيش العماد ميشال سليمان، بعد فراغ في موقع الرئاسة منذ نهاية شهر نوفمبر/ تشرين الثاني الماضي.
وقد حضر إلى مجلس النواب مسؤولون لبنانيون وعرب وأجانب لمواكبة انتخاب سليمان.
ومن أبرز من حضروا إلى البرلمان اللبناني وزير الخارجية الفرنسي برنار كوشنير، ورئيس الحكومة التركية رجب طيب اردوغان يرافقه وزير خارجيته علي باباجان، ووزير الخارجية الإيراني منوشهر متكي، ووزير الخارجية السعودي الأمير سعود الفيصل، ووزير الخارجية المصري أحمد أبو الغيط، ووزير الخارجية السوري وليد المعلم.
كما حضر وزير الخارجية القطري الشيخ حمد بن جاسم بن جبر آل ثاني، علما أن قطر هي التي رعت الاتفاق الأخير بين الأطراف اللبنانية الذي وُقّع الاسبوع الماضي في الدوحة، والذي يُفترض أن ينهي الأزمة السياسية القائمة في البلاد منذ اكثر من 18 شهرا.
""", [
    ev("suleiman-elected", "انتُخب قائد الجيش اللبناني ميشال سليمان رئيسا للجمهورية اللبنانية", ELECTED, "no own expression; the session of Sun 25 May 2008 (URL date)"),
    ev("presidential-vacancy", "بعد مرحلة فراغ في منصب الرئاسة امتدت منذ اواخر نوفمبر", VACANCY[0], "'منذ اواخر نوفمبر/ تشرين الثاني 2007' = from 24 Nov 2007 to the election of Sun 25 May 2008", end=VACANCY[1]),
    ev("election-session", "قد افتتح جلسة انتخاب الرئيس اللبناني", ELECTED, "no own expression; the session of Sun 25 May 2008 (opened at 17:00)"),
    ev("doha-agreement", "الذي وُقّع الاسبوع الماضي في الدوحة", DOHA, "'الاسبوع الماضي' from Sun 25 May 2008 = the signing of Wed 21 May"),
    ev("political-crisis", "الأزمة السياسية القائمة في البلاد منذ اكثر من 18 شهرا", "2006-11-11", "'منذ اكثر من 18 شهرا' before May 2008 = since November 2006 (the Shia ministers resigned on Sat 11 Nov 2006) until the Doha agreement (my span)", end="2008-05-22"),
])
art(S, "https://al-jazirah.com/2008/20080526/du15.htm",
    "2008-05-26", "date in the URL '/2008/20080526/' (26 May 2008 was a Monday; al-Jazirah is a morning daily); the body's 'أمس الأحد' for the election of Sun 25 May agrees; headline written from the body (the stored text has none); the last, truncated sentence on the oath dropped; no date of its own in the text", False, """
البرلمان اللبناني ينتخب قائد الجيش رئيسا ثاني عشر للبلاد
بيروت - الوكالات
اختار مجلس النواب اللبناني أمس الأحد قائد الجيش العماد ميشال سليمان ليكون الرئيس الثاني عشر للبلاد، فيشغل منصب الرئاسة الذي بقي شاغراً لمدة ستة أشهر بسبب أزمة سياسية أنذرت باندلاع حرب أهلية جديدة. وبعد أن أدلى النواب الحاضرون، وعددهم 127 نائباً، بأصواتهم، أعلن رئيس مجلس النواب اللبناني نبيه بري أن سليمان نال 118 صوتاً، وأعلنه رئيسا للبنان. ويتكون مجلس النواب من 128 عضواً، غير أنه فقد أحد أعضائه، أنطوان غانم، الذي اغتيل في 19 أيلول- سبتمبر عام 2007م.
وفور الانتهاء من عملية التصويت والفرز وإعلان النتائج، غادر بري مجلس النواب بسيارته، وفق البروتوكول، ليرافق الرئيس المنتخب من مقر إقامته في موكب رسمي إلى المجلس النيابي، حيث حيّا سليمان العلم فيما عزفت موسيقى الجيش لحن التعظيم، واستعرض الرئيس المنتخب سرية من لواء الحرس الجمهوري. وعند أسفل درج مبنى البرلمان استقبله بري ورافقه إلى مدخل المبنى، حيث كان أعضاء مكتب المجلس بانتظارهما.
وينص الدستور اللبناني على أن رئيس الجمهورية يظل رئيساً منتخباً لحين أداء اليمين الدستورية، فيصبح عندها (فخامة الرئيس).
""", [
    ev("suleiman-elected", "اختار مجلس النواب اللبناني أمس الأحد قائد الجيش", ELECTED, "'أمس الأحد' in an article of Mon 26 May 2008 = Sun 25 May"),
    ev("presidential-vacancy", "الذي بقي شاغراً لمدة ستة أشهر", VACANCY[0], "'لمدة ستة أشهر' = 24 Nov 2007 - 25 May 2008", end=VACANCY[1]),
    ev("berri-announces-result", "أعلن رئيس مجلس النواب اللبناني نبيه بري أن سليمان نال 118 صوتاً", ELECTED, "the same session, Sun 25 May 2008"),
    ev("ghanem-assassinated", "الذي اغتيل في 19 أيلول- سبتمبر عام 2007م", "2007-09-19", "'في 19 أيلول- سبتمبر عام 2007م' = Wed 19 Sep 2007"),
    ev("berri-escorts-president", "غادر بري مجلس النواب بسيارته", ELECTED, "'وفور الانتهاء من عملية التصويت والفرز' = the evening of Sun 25 May 2008"),
])

# ---------------------------------------------------------------- yemen-saleh-reelection-2006
S = "yemen-saleh-reelection-2006"
POLL = "2006-09-20"                         # presidential and local polling, Wed 20 Sep 2006 (polls closed at 20:00 after a two-hour extension)
COUNT = ("2006-09-20", "2006-09-22")        # the count, from the close of the polls on Wed 20 Sep into Thu 21 Sep 2006
PRELIM = "2006-09-21"                       # the first partial results, announced in the small hours of Thu 21 Sep 2006
FINAL = "2006-09-23"                        # the commission's final results, Sat 23 Sep 2006 (evening)
art(S, "http://www.aljazeera.net/home/print/f6451603-4dff-4ca1-9c10-122741d17432/4431a535-1af4-4585-990b-a0e08f024272",
    "2006-09-21", "page date line 'الخميس 1427/8/28 هـ - الموافق 21/9/2006 م (آخر تحديث) الساعة 4:22 (مكة المكرمة)، 1:22 (غرينتش)' (kept as second line; 21 Sep 2006 was a Thursday); the body's 'صباح اليوم' and 'مساء الأربعاء' agree; headline kept (reworded); the photo caption and the last, truncated sentence dropped", True, """
صالح يتقدم على بن شملان في الفرز الأولي لانتخابات اليمن
الخميس 1427/8/28 هـ - الموافق 21/9/2006 م (آخر تحديث) الساعة 4:22 (مكة المكرمة)، 1:22 (غرينتش)
كشف رئيس اللجنة الانتخابية العليا اليمنية عبد الوهاب الشريف، في مؤتمر صحفي عقده في ساعة مبكرة من صباح اليوم، أن الرئيس المنتهية ولايته علي عبد الله صالح نال أكثر من مليوني صوت، بينما نال مرشح اللقاء المشترك فيصل بن شملان قرابة نصف مليون صوت بحسب النتائج الأولية.
وأشار الشريف إلى أن مرشحي الرئاسة الثلاثة الباقين حصلوا على ما يزيد على 2%. وبيّن أن عدد المشاركين في الاقتراع الرئاسي والمحلي بلغ خمسة ملايين و300 ألف ناخب وناخبة، لافتا إلى أنه لايزال هناك مراكز نائية لم تصل قوائم المشاركين فيها.
وكانت صناديق الاقتراع في الانتخابات الرئاسية والمحلية اليمنية قد أُقفلت الساعة الثامنة مساء الأربعاء في جميع محافظات اليمن، بعد تمديد عملية الاقتراع ساعتين بسبب الإقبال الكثيف في المدن، مقابل إقبال متوازن في مراكز الأطراف.
وانطلق الفرز بصناديق الناخبين للرئاسة أولا ثم بصناديق المجالس المحلية. ويتوقع أن تُعلن النتائج في المراكز الكبرى صباح اليوم.
""", [
    ev("preliminary-results", "في مؤتمر صحفي عقده في ساعة مبكرة من صباح اليوم", PRELIM, "'في ساعة مبكرة من صباح اليوم' = the small hours of Thu 21 Sep 2006 (date line)"),
    ev("polls-close", "قد أُقفلت الساعة الثامنة مساء الأربعاء", POLL, "'الساعة الثامنة مساء الأربعاء' = 20:00 on Wed 20 Sep 2006"),
    ev("voting-extended", "بعد تمديد عملية الاقتراع ساعتين", POLL, "the two-hour extension of the polling day, Wed 20 Sep 2006"),
    ev("counting", "وانطلق الفرز بصناديق الناخبين للرئاسة أولا", COUNT[0], "no own expression; the count began after the polls closed on the evening of Wed 20 Sep and went on into Thu 21 Sep 2006", end=COUNT[1]),
    ev("results-in-big-centres", "ويتوقع أن تُعلن النتائج في المراكز الكبرى صباح اليوم", PRELIM, "'صباح اليوم' = the morning of Thu 21 Sep 2006"),
])
art(S, "https://www.masress.com/alshaab/1264",
    "2006-09-21", "the body's 'اليوم الخميس 21 سبتمبر' (kept; 21 Sep 2006 was a Thursday) and 'مساء أمس الأربعاء 20 سبتمبر 2006م'; no date line on the stored page (an al-Shaab item on masress); a plain headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
المعارضة اليمنية تشكك في النتائج الأولية لانتخابات الرئاسة
شككت قوى المعارضة اليمنية في النتائج الأولية للانتخابات الرئاسية التي أعلنتها اللجنة العامة للانتخابات والاستفتاء في الساعات الأولى من اليوم الخميس 21 سبتمبر، والتي بيّنت تقدما كبيرا للرئيس علي عبد الله صالح، مرشح حزب مؤتمر الشعب العام، على مرشح تجمع اللقاء المشترك المعارض فيصل بن شملان؛ إذ أشارت النتائج إلى نيل صالح نحو 60% من مجموع الأصوات مقابل 40% تقريبا لابن شملان، بينما ذكرت مصادر أخرى أن صالح حصل على 82%.
وفي أول تحرك لأحزاب اللقاء المشترك بعد انتهاء عملية الاقتراع وبدء فرز الأصوات في انتخابات الرئاسة اليمنية، عقدت هذه الأحزاب مساء أمس الأربعاء 20 سبتمبر 2006م مؤتمرا صحفيا أكدت فيه أنها لن تعترف بما سمّته "أي نتيجة مزوّرة للانتخابات".
وقال محمد قحطان، رئيس الهيئة التنفيذية لهذا التجمع الحزبي المعارض، إن على اللقاء المشترك أن يبلغ الإخوة في حزب المؤتمر العام الحاكم والسلطات اليمنية بأن المعارضة "لنْ تعترف بتزوير الانتخابات في فصلها الثاني"، موضحا أن عملية الاقتراع "هي الفصل الثاني من التزوير استكمالاً للمراحل السابقة من المخالفات والخروقات التي مارسها المؤتمر الشعبي العام".
""", [
    ev("opposition-doubts-preliminary", "شككت قوى المعارضة اليمنية في النتائج الأولية", PRELIM, "the article's day, Thu 21 Sep 2006 ('اليوم الخميس 21 سبتمبر')"),
    ev("preliminary-results", "التي أعلنتها اللجنة العامة للانتخابات والاستفتاء في الساعات الأولى", PRELIM, "'في الساعات الأولى من اليوم الخميس 21 سبتمبر' = Thu 21 Sep 2006"),
    ev("counting", "بعد انتهاء عملية الاقتراع وبدء فرز الأصوات", COUNT[0], "the close of the polls and the start of the count, the evening of Wed 20 Sep 2006 into Thu 21 Sep", end=COUNT[1]),
    ev("opposition-press-conference", "عقدت هذه الأحزاب مساء أمس الأربعاء 20 سبتمبر 2006م مؤتمرا صحفيا", POLL, "'مساء أمس الأربعاء 20 سبتمبر 2006م' = the evening of Wed 20 Sep 2006"),
])
art(S, "https://aljaml.com/%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA%20%D8%A7%D9%84%D9%8A%D9%85%D9%86%20%D8%A5%D8%B9%D8%A7%D8%AF%D8%A9%20%D8%A7%D8%B3%D8%AA%D9%86%D8%B3%D8%A7%D8%AE%20%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3",
    "2006-09-24", "page date line '24-09-2006' (kept as second line; 24 Sep 2006 was a Sunday; the page repeats a Reuters report of the Saturday results); headline kept (reworded); the last word 'الشوار…' cut in the stored page completed as 'الشوارع'", True, """
انتخابات اليمن: استنساخ الرئيس من جديد
24-09-2006
أفاد التلفزيون الحكومي ومسؤولون انتخابيون يوم السبت بأن الرئيس اليمني علي عبد الله صالح أُعيد انتخابه بعد أن نال 77.2 في المئة من الأصوات في الانتخابات التي أجريت يوم الاربعاء الماضي.
وذكر التلفزيون أن النتيجة النهائية لفرز الأصوات بيّنت أن وزير النفط السابق فيصل الشملان، المنافس الرئيسي للرئيس اليمني، حصل على 21.8 في المئة من مجموع الأصوات البالغ ستة ملايين صوت.
وأضاف التلفزيون أن نسبة الإقبال وصلت إلى 65 في المئة من أصل 9.3 مليون ناخب مسجل في جداول الانتخابات، التي جرت كذلك لاختيار المجالس البلدية.
وأكد رئيس لجنة الانتخابات خالد الشريف النتائج في مؤتمر صحفي بالعاصمة اليمنية بعد أن قرأ بيانا عبر التلفزيون الحكومي.
وخرج مؤيدو صالح إلى الشوارع في عدد كبير من المدن والبلدات وأطلقوا النار في الهواء ابتهاجا بفوز مرشحهم.
ولم ترد أي إشارة فورية إلى احتجاجات عامة من جانب المعارضة، غير أن المتحدث باسمها علي السراري قال لرويترز إنه يعتقد أن نتائج الانتخابات زُوّرت وإن المعارضة لن تعترف بها.
واتهمت المعارضة اليمنية السلطات يوم الجمعة بتزوير الانتخابات الرئاسية، ولوّحت بتنظيم احتجاجات في الشوارع.
""", [
    ev("final-results", "أُعيد انتخابه بعد أن نال 77.2 في المئة من الأصوات", FINAL, "'يوم السبت' before the page of Sun 24 Sep 2006 = Sat 23 Sep"),
    ev("polling", "في الانتخابات التي أجريت يوم الاربعاء الماضي", POLL, "'يوم الاربعاء الماضي' from Sat 23 Sep 2006 = Wed 20 Sep"),
    ev("supporters-celebrate", "وخرج مؤيدو صالح إلى الشوارع", FINAL, "no own expression; the celebrations after the announcement of Sat 23 Sep 2006"),
    ev("opposition-rejects-final", "قال لرويترز إنه يعتقد أن نتائج الانتخابات زُوّرت", FINAL, "no own expression; the JMP spokesman's reaction to the final results of Sat 23 Sep 2006"),
    ev("fraud-accusation", "واتهمت المعارضة اليمنية السلطات يوم الجمعة", "2006-09-22", "'يوم الجمعة' before Sat 23 Sep 2006 = Fri 22 Sep"),
])
art(S, "https://elaph.com/amp/ElaphWeb/Politics/2006/9/178954.htm",
    "2006-09-24", "month in the URL '/2006/9/' and the body's 'مساء أمس' for the official results of the evening of Sat 23 Sep 2006 (aljaml 'يوم السبت'; almotamar 'Saturday, 23-September-2006') = Sun 24 Sep 2006; headline and sub-heading kept (reworded), the Instagram banner dropped; the last, truncated sentence dropped; no date of its own in the text", False, """
الرئيس اليمني صالح يظفر بولاية رئاسية جديدة
سياسي محنك يحكم اليمن منذ 28 عاما
صنعاء: أُعلن رسميا في اليمن مساء أمس فوز الرئيس اليمني علي عبد الله صالح بولاية رئاسية جديدة من سبع سنوات، إثر حصوله على أكثر من 77 بالمئة من الأصوات في انتخابات 20 ايلول/سبتمبر، في حين احتجت المعارضة على النتائج وعدّتها "باطلة".
وأوضحت اللجنة اليمنية العليا للانتخابات أن الرئيس علي عبدالله صالح نال في الانتخابات الرئاسية التي جرت الاربعاء الماضي 17ر77 في المئة من الأصوات، مقابل 83ر21 في المئة لمنافسه فيصل بن شملان، وذهبت النسبة المتبقية إلى المنافسين الثلاثة الآخرين.
وقالت اللجنة في بيان بثته وسائل الإعلام الرسمية إن عدد من يحق لهم التصويت بلغ تسعة ملايين و 248 الفا و456 ناخبا، اقترع منهم ستة ملايين و25 الفا و818 شخصا، بنسبة مشاركة بلغت 15ر65 في المئة. وأضافت أن الأصوات الصحيحة في هذه الانتخابات بلغت خمسة ملايين و377 الفا و238 صوتا، في حين بلغت الأصوات الباطلة 648 الفا و580 صوتا.
""", [
    ev("final-results", "أُعلن رسميا في اليمن مساء أمس فوز الرئيس اليمني", FINAL, "'مساء أمس' in an article of Sun 24 Sep 2006 = the evening of Sat 23 Sep"),
    ev("opposition-rejects-final", "في حين احتجت المعارضة على النتائج وعدّتها \"باطلة\"", FINAL, "no own expression; the opposition's reaction to the results of Sat 23 Sep 2006 (aljazeera 2006/9/23)"),
    ev("polling", "في الانتخابات الرئاسية التي جرت الاربعاء الماضي", POLL, "'الاربعاء الماضي' = Wed 20 Sep 2006 ('انتخابات 20 ايلول/سبتمبر')"),
    ev("saleh-rule", "سياسي محنك يحكم اليمن منذ 28 عاما", "1978-07-17", "'منذ 28 عاما' = since Saleh took power in North Yemen on 17 Jul 1978, up to the article (my span)", end="2006-09-25"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 367
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

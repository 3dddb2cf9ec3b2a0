"""Builds stories.jsonl: the 446-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: municipal, syndicate, student and bar-association elections
in Arab countries (vote days, results announced, appeals).
Stories: Oman's second municipal-council elections (December 2016), Qatar's seventh Central Municipal Council
election (June 2023), the election of Boubaker Bethabet as bâtonnier of the Tunisian bar (September 2025), and
the Egyptian Bar Association election that gave Abdel Halim Allam a second term (March 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- oman-municipal-councils-election-2016
S = "oman-municipal-councils-election-2016"
VOTE = "2016-12-25"                        # polling day of the second municipal term, Sun 25 Dec 2016 (7:00-19:00)
RESULTS = "2016-12-26"                     # final results announced by the Interior Ministry, Mon 26 Dec 2016
art(S, "https://mail.sabanew.net/story/ar/12468",
    "2016-12-25", "the stamp '[25/12/2016 09:43]' under the headline on the stored page (25 Dec 2016 was a Sunday, the polling day); the stamp is not kept in the text; the page's leading unrelated items (a presidential telegram, a football result) dropped; headline kept from the page (its typo 'مرشيحهم' corrected); the last, truncated sentence shortened after '2012'", True, """
العمانيون يتوجهون إلى صناديق الاقتراع لاختيار مرشحيهم في المجالس البلدية
مسقط - سبأ نت
قصد الناخبون العمانيون اليوم صناديق الاقتراع ليدلوا بأصواتهم ويختاروا من يمثلهم في عضوية المجالس البلدية للفترة الثانية (2017 ـ 2020).
وذكرت وكالة الأنباء العمانية أن المراكز الانتخابية، وعددها 107 مراكز منتشرة في كل ولايات السلطنة، فتحت أبوابها أمام الناخبين والناخبات، وأنها ستبقى مفتوحة حتى الساعة السابعة مساء من اليوم نفسه.
ويبلغ عدد الناخبين المقيدين 623 ألفا و224 ناخبا وناخبة، يختارون 202 عضو يمثلون الولايات في المجالس البلدية، فيما وصل عدد المرشحين لعضويتها إلى 731 مرشحا ومرشحة، بينهم 708 رجال و23 امرأة.
وكانت انتخابات الفترة الأولى للمجالس البلدية قد أجريت في 22 ديسمبر من العام 2012.
""", [
    ev("vote", "قصد الناخبون العمانيون اليوم صناديق الاقتراع", VOTE, "'اليوم' in an article stamped Sun 25 Dec 2016"),
    ev("polls-open", "فتحت أبوابها أمام الناخبين والناخبات", VOTE, "no own expression; the centres opened on the morning of the polling day, Sun 25 Dec 2016 (at 7:00, per the other reports)"),
    ev("polls-close", "ستبقى مفتوحة حتى الساعة السابعة مساء من اليوم نفسه", VOTE, "'الساعة السابعة مساء من اليوم نفسه' = 19:00 on Sun 25 Dec 2016"),
    ev("first-term-election-2012", "انتخابات الفترة الأولى للمجالس البلدية قد أجريت في 22 ديسمبر من العام 2012", "2012-12-22", "'22 ديسمبر من العام 2012' = Sat 22 Dec 2012"),
])
art(S, "https://www.alittihad.ae/article/66454/2016/%D8%B9%D9%8F%D9%85%D8%A7%D9%86:-%D8%A5%D9%82%D8%A8%D8%A7%D9%84-%D9%83%D8%A8%D9%8A%D8%B1-%D8%B9%D9%84%D9%89-%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA-%D8%A7%D9%84%D8%A8%D9%84%D8%AF%D9%8A%D8%A9-%D9%88%D8%A7%D9%84%D9%86%D8%AA%D8%A7%D8%A6%D8%AC-%D8%A7%D9%84%D9%8A%D9%88%D9%85",
    "2016-12-26", "no date line on the stored page (only the year 2016 in the URL); the body's 'مساء أمس' for the end of the vote of Sun 25 Dec 2016 and 'صباح اليوم الاثنين' for the announcement of the results give Mon 26 Dec 2016 (26 Dec 2016 was a Monday); headline rendered from the URL slug; the last, truncated sentence shortened", False, """
عُمان: إقبال كبير على انتخابات البلدية والنتائج اليوم
بدرية الكسار (مسقط)
أسدل الستار مساء أمس على انتخابات المجالس البلدية في عمان على مستوى المحافظات والولايات، وهي ثاني عملية اقتراع من هذا النوع في تاريخ السلطنة، وشاركت فيها 23 امرأة مرشحة.
وأقفلت صناديق الاقتراع عند السابعة مساء بالتوقيت المحلي كما كان مقررا، وانطلق الفرز على الفور، على أن تعلن اللجنة العليا المشرفة على الانتخابات النتائج النهائية في مؤتمر صحافي صباح اليوم الاثنين.
وأوضح خالد بن هلال بن سعود البوسعيدي، وكيل وزارة الداخلية ورئيس اللجنة الرئيسية لانتخابات المجالس البلدية للفترة الثانية، أن لجان الفرز ستشرع في عد الأصوات وستعلن النتائج تباعا، وأن مؤشرات الفرز ستعرض مباشرة على الموقع الإلكتروني للانتخابات وعلى تطبيقها للهواتف الذكية وعبر رابط على يوتيوب.
وشدد على أن القرعة ستحسم الفائز إذا تعادلت أصوات مرشحين اثنين.
وكان الناخبون قد قصدوا مكاتب الاقتراع منذ الصباح في أرجاء البلاد كافة لاختيار مرشحيهم.
ويختار العمانيون المقيدون في اللوائح الانتخابية، وعددهم 623 ألفا و224 ناخبا، 202 عضو يمثلونهم لمدة أربع سنوات في 11 مجلسا بلديا، يتنافس على مقاعدها 731 مرشحا.
""", [
    ev("polls-close", "وأقفلت صناديق الاقتراع عند السابعة مساء بالتوقيت المحلي", VOTE, "'عند السابعة مساء' of the vote that ended 'مساء أمس' in an article of Mon 26 Dec 2016 = 19:00 on Sun 25 Dec"),
    ev("counting-starts", "وانطلق الفرز على الفور", VOTE, "no own expression; the count began right after the polls closed on the evening of Sun 25 Dec 2016"),
    ev("results-announced", "النتائج النهائية في مؤتمر صحافي صباح اليوم الاثنين", RESULTS, "'صباح اليوم الاثنين' = Mon 26 Dec 2016 (ksaplayers: results published 'أمس الاثنين (26 ديسمبر/ كانون الأول 2016)')"),
    ev("vote", "وكان الناخبون قد قصدوا مكاتب الاقتراع منذ الصباح", VOTE, "'منذ الصباح' of the polling day that ended 'مساء أمس' (article of Mon 26 Dec 2016) = Sun 25 Dec"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=5460604",
    "2016-12-27", "the stamp '12/27/2016' under the headline on the stored page (an aggregator copy of a daily's report; 27 Dec 2016 was a Tuesday), in agreement with the body's 'أمس الاثنين (26 ديسمبر/ كانون الأول 2016)'; the stamp is not kept in the text; headline kept from the page; the last, unrelated item (a ruling of the Muscat appeal court, truncated) dropped", True, """
فوز 7 نساء بعضوية مجالس بلدية في سلطنة عمان
حصلت سبع نساء على عضوية مجالس بلدية في سلطنة عمان، بحسب نتائج الانتخابات البلدية التي أعلنتها وزارة الداخلية في مسقط أمس الاثنين (26 ديسمبر/ كانون الأول 2016).
وفي ثاني انتخابات بلدية بالاقتراع العام، نظمت الأحد للفترة 2017 - 2020، رفعت النساء عدد مقاعدهن من أربعة إلى سبعة.
والفائزات هن: آمنة سليمان البلوشي عن ولاية السيب في محافظة مسقط، ورحمة مبارك النوفلي عن ولاية المصنعة في محافظة جنوب الباطنة، ومريم خلفان الشامسي ولطيفة محمد المنعي عن ولاية السنينة في محافظة البريمي، ورحمة علي الغفيلي عن ولاية لوى في محافظة شمال الباطنة.
كما حافظت سناء هلال المعشري على مقعدها بفوزها في ولاية العامرات بمحافظة مسقط، وحافظت موزة عبدالله الحوسني على مقعدها في ولاية الخابورة بمحافظة شمال الباطنة.
وتنافس 731 مرشحا، منهم 23 امرأة، على 202 مقعد في أحد عشر مجلسا بلديا بعدد محافظات السلطنة.
وسجلت نسبة المشاركة 39,85 في المئة من نحو 623 ألف ناخب وناخبة يحق لهم التصويت، وبلغت حصة الذكور من المقترعين 63,20 في المئة مقابل 36,8 في المئة للإناث.
""", [
    ev("results-announced", "التي أعلنتها وزارة الداخلية في مسقط أمس الاثنين", RESULTS, "'أمس الاثنين (26 ديسمبر/ كانون الأول 2016)' = Mon 26 Dec 2016"),
    ev("seven-women-win", "حصلت سبع نساء على عضوية مجالس بلدية", RESULTS, "no own expression; the win of seven women became known with the results announced on Mon 26 Dec 2016 (the vote was on Sun 25 Dec)"),
    ev("vote", "نظمت الأحد للفترة 2017 - 2020", VOTE, "'الأحد' before Mon 26 Dec 2016 = Sun 25 Dec 2016"),
])

# ---------------------------------------------------------------- qatar-central-municipal-council-election-2023
S = "qatar-central-municipal-council-election-2023"
QVOTE = "2023-06-22"                       # polling day of the seventh term, Thu 22 Jun 2023 (8:00-17:00), results that evening
FIRST_1999 = "1999-03-08"                  # Qatar's first municipal election, Mon 8 Mar 1999
art(S, "https://www.sadaa.ps/339071.html",
    "2023-06-22", "the date line '22 يونيو 2023' on the stored page (22 Jun 2023 was a Thursday), in agreement with the body's 'صباح الخميس'; the date line is not kept in the text; the agency tag 'صدى الاعلام-' and the 'breaking news' footer dropped; headline kept from the page", True, """
قطر: بدء التصويت في انتخابات المجلس البلدي المركزي
انطلق الاقتراع، صباح الخميس، في انتخابات المجلس البلدي المركزي القطري في دورتها السابعة.
وفتحت مراكز الاقتراع أبوابها في الساعة الثامنة بالتوقيت المحلي (06:00 ت.غ)، على أن يتواصل التصويت حتى الخامسة مساء (15:00 ت.غ)، ثم يجري فرز الأصوات وتعلن أسماء الفائزين.
ويخوض هذه الانتخابات 102 مرشح، منهم أربع نساء، في 27 دائرة انتخابية من 29، بعدما حسمت بالتزكية دائرتان هما الـ27 والـ28.
ويضم المجلس البلدي 29 عضوا، وهو هيئة مستقلة تمتد ولايتها 4 أعوام، وقد نظمت قطر أول انتخابات بلدية عام 1999.
""", [
    ev("vote", "انطلق الاقتراع، صباح الخميس", QVOTE, "'صباح الخميس' = Thu 22 Jun 2023, the day of the report"),
    ev("polls-open", "وفتحت مراكز الاقتراع أبوابها في الساعة الثامنة بالتوقيت المحلي", QVOTE, "'الساعة الثامنة' on the morning of Thu 22 Jun 2023"),
    ev("polls-close", "على أن يتواصل التصويت حتى الخامسة مساء", QVOTE, "'حتى الخامسة مساء' = 17:00 on Thu 22 Jun 2023"),
    ev("results-announced", "ثم يجري فرز الأصوات وتعلن أسماء الفائزين", QVOTE, "no own expression; the count and the names of the winners followed on the evening of Thu 22 Jun 2023 (aajsa: 'التي جرت اليوم الخميس')"),
    ev("first-election-1999", "وقد نظمت قطر أول انتخابات بلدية عام 1999", FIRST_1999, "'عام 1999'; Qatar's first municipal election was held on Mon 8 Mar 1999"),
])
art(S, "https://aajsa.com/politics/%D9%86%D8%AA%D8%A7%D8%A6%D8%AC-%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D8%AC%D9%84%D8%B3-%D8%A7%D9%84%D8%A8%D9%84%D8%AF%D9%8A-%D8%A7%D9%84%D9%85%D8%B1%D9%83%D8%B2%D9%8A-%D9%81%D9%8A-%D9%82%D8%B7%D8%B1",
    "2023-06-22", "no date line on the stored page; the body's 'التي جرت اليوم الخميس' for the vote of Thu 22 Jun 2023 (sadaa.ps of 22 Jun: 'صباح الخميس'; the embedded Interior Ministry tweet is dated June 22, 2023) gives Thu 22 Jun 2023; the embedded tweet dropped; headline rendered from the URL slug; the last, truncated sentence dropped", False, """
نتائج انتخابات المجلس البلدي المركزي في قطر
كشفت اللجنة الإشرافية على انتخابات المجلس البلدي المركزي في قطر عن أسماء الفائزين في الانتخابات التي شهدتها البلاد اليوم الخميس.
وحملت النتائج وجوها جديدة، كثير منها من الشباب، تدخل المجلس للمرة الأولى، بينما فقد أعضاء حاليون مقاعدهم، ولم تتمكن أي من المرشحات الأربع من الظفر بمقعد من المقاعد الـ29، خلافا للمجلس السابق الذي ضم فائزتين هما شيخة الجفيري وفاطمة الكبيسي.
وبحسب اللواء ماجد الخليفي، مدير إدارة الانتخابات في وزارة الداخلية القطرية، فإن عدد المقيدين في جداول الناخبين بلغ 34527 ناخبا وناخبة، وبلغت نسبة المشاركة 40.8%.
وتنافس 102 مرشح، بينهم 4 نساء، على مقاعد المجلس البلدي المركزي الـ29، بعد أن انسحب 8 مرشحين من السباق، في حين حسمت بالتزكية دائرتان انتخابيتان هما الدائرة 27 والدائرة 28.
واحتفظ محمد آل شافي، رئيس المجلس البلدي السابق، بعضويته في المجلس الجديد، وكذلك حافظ جاسم الخليفي، عضو المجلس عن الدائرة الأولى، على مقعده.
""", [
    ev("results-announced", "كشفت اللجنة الإشرافية على انتخابات المجلس البلدي المركزي في قطر عن أسماء الفائزين", QVOTE, "no own expression for the announcement; made on the evening of the vote, Thu 22 Jun 2023 ('اليوم الخميس')"),
    ev("vote", "في الانتخابات التي شهدتها البلاد اليوم الخميس", QVOTE, "'اليوم الخميس' = Thu 22 Jun 2023"),
    ev("women-shut-out", "ولم تتمكن أي من المرشحات الأربع من الظفر بمقعد", QVOTE, "no own expression; the result of the vote of Thu 22 Jun 2023"),
    ev("candidates-withdraw", "بعد أن انسحب 8 مرشحين من السباق", "2023-06-11", "no own expression; between the final list of 110 candidates announced on Sun 11 Jun 2023 (alaraby.co.uk) and the vote of Thu 22 Jun with 102 candidates (my span 11 - 21 Jun)", end=QVOTE),
    ev("alshafi-retains-seat", "واحتفظ محمد آل شافي، رئيس المجلس البلدي السابق، بعضويته", QVOTE, "no own expression; a result of the vote of Thu 22 Jun 2023"),
])
art(S, "https://www.raya.com/2023/06/23/%D8%A7%D9%84%D8%A8%D9%84%D8%AF%D9%8A-%D9%8A%D8%AC%D8%AF%D8%AF-%D8%B4%D8%A8%D8%A7%D8%A8%D9%87-%D9%88%D8%A7%D9%84%D9%85%D8%B1%D8%A3%D8%A9-%D8%A3%D9%83%D8%A8%D8%B1-%D8%A7%D9%84%D8%AE%D8%A7/",
    "2023-06-23", "the date '/2023/06/23/' in the URL (23 Jun 2023 was a Friday), in agreement with the body's 'الانتخابات التي جرت أمس' and 'صباح أمس' for the vote of Thu 22 Jun; headline completed from the truncated URL slug ('البلدي-يجدد-شبابه-والمرأة-أكبر-الخا'); the last, truncated sentence dropped; no date in the text", True, """
البلدي يجدد شبابه والمرأة أكبر الخاسرين
الدوحة - الراية:
ضخ المجلس البلدي المركزي دماء شابة في دورته السابعة، إذ أفضت نتائج الانتخابات التي جرت أمس إلى فوز 18 عضوا جديدا من أصل 29 عضوا يتشكل منهم المجلس، أي بنسبة 62 بالمئة.
وخرجت المرأة من السباق دون أي مقعد، فلم تنجح أي من المرشحات الأربع في حسم مقعد الدائرة التي تنافست عليها.
وسجلت نسبة المقترعين من المقيدين في الدورة السابعة 40.8 % من مجموع الناخبين، في مقابل 50.1% في الدورة السادسة التي جرت في عام 2019.
أما في انتخابات الدورة الخامسة فبلغت النسبة 69.8، وفي الرابعة 43.3 %، وفي الثالثة 52.3 %، وفي الثانية 37.7 %، فيما تبقى انتخابات الدورة الأولى التي جرت عام 1999 صاحبة أعلى نسبة مشاركة، إذ وصلت إلى 79.7 %.
وكانت مراكز الاقتراع قد عرفت إقبالا متفاوتا من الناخبين رجالا ونساء، أخذ يتصاعد مع مرور الوقت منذ أن فتحت أبوابها عند الساعة الثامنة صباح أمس.
""", [
    ev("vote", "نتائج الانتخابات التي جرت أمس", QVOTE, "'أمس' in an article of Fri 23 Jun 2023 = Thu 22 Jun"),
    ev("results-announced", "إلى فوز 18 عضوا جديدا من أصل 29 عضوا", QVOTE, "no own expression; the results of the vote 'أمس', announced on the evening of Thu 22 Jun 2023"),
    ev("women-shut-out", "فلم تنجح أي من المرشحات الأربع في حسم مقعد", QVOTE, "no own expression; the result of the vote of Thu 22 Jun 2023"),
    ev("sixth-term-election-2019", "في الدورة السادسة التي جرت في عام 2019", "2019-04-16", "'في عام 2019'; the sixth-term election was held on Tue 16 Apr 2019 (al-Raya of that day: 'اليوم')"),
    ev("first-election-1999", "انتخابات الدورة الأولى التي جرت عام 1999", FIRST_1999, "'عام 1999'; Qatar's first municipal election was held on Mon 8 Mar 1999"),
    ev("polls-open", "منذ أن فتحت أبوابها عند الساعة الثامنة صباح أمس", QVOTE, "'الساعة الثامنة صباح أمس' from Fri 23 Jun 2023 = 8:00 on Thu 22 Jun"),
])

# ---------------------------------------------------------------- tunisia-bar-bethabet-batonnier-election-2025
S = "tunisia-bar-bethabet-batonnier-election-2025"
ASSEMBLY = "2025-09-12"                    # ordinary general assembly of the bar, Fri 12 Sep 2025 (15:00)
TVOTE = "2025-09-13"                       # electoral general assembly, Sat 13 Sep 2025: Bethabet elected in the first round
HANDOVER = "2025-09-18"                    # Mziou hands over to Bethabet at Dar al-Mohami, Thu 18 Sep 2025
LIST = ("2025-08-27", "2025-09-11")        # the list of eight candidates, published after 27 Aug and before 11 Sep
art(S, "https://www.assabahnews.tn/ar/مقالات-الصباح/130411-غدا-انطلاق-السباق-نحو-«كرسي»-العمادة-8-محامين-يتنافسون-لـ«خلافة»-مزيو",
    "2025-09-11", "no date line on the stored page; the body's 'غدا الجمعة 12 سبتمبر وبعد غد السبت 13 سبتمبر' gives Thu 11 Sep 2025 (12 Sep 2025 was a Friday); headline rendered from the URL slug; the last, truncated clause (on Bethabet's earlier runs) shortened", False, """
غدا انطلاق السباق نحو «كرسي» العمادة: 8 محامين يتنافسون لـ«خلافة» مزيو
تنتظم غدا الجمعة 12 سبتمبر وبعد غد السبت 13 سبتمبر انتخابات عمادة المحامين ومجلس الهيئة، في إطار المؤتمر المهني المنعقد بمدينة الثقافة.
وتلتئم الجلسة العامة العادية يوم 12 سبتمبر 2025 على الساعة الثالثة بعد الزوال، فإن لم يكتمل النصاب القانوني انعقدت على الساعة الرابعة بعد الزوال بمن حضر.
وضمت قائمة المترشحين في هذه الدورة ثمانية محامين، هم حسان التوكابري ومحمد الهادفي ونجلاء التريكي ونضال كريّم ومحمد محجوب وبدر الدين المهيري وعبد الرؤوف العيادي وبوبكر بالثابت، في حين سحب المحامي عبد الواحد الشتيوي ترشحه.
أما عضوية مجلس الهيئة الوطنية للمحامين فقد ترشح لها 42 محاميا.
وينتظر أن تتلى في الجلسة التقارير الأدبية والمالية للهيئة الوطنية للمحامين للسنة القضائية 2024 و2025، وأن يعرض تقرير النشاط الإداري والمالي لصندوق الحيطة والتقاعد للمحامين لسنة 2020 للمصادقة.
وتنعقد الجلسة العامة العادية الانتخابية يوم 13 سبتمبر 2025 بمدينة الثقافة، وينتخب خلالها العميد وأعضاء مجلس الهيئة الوطنية للمحامين بداية من الساعة الثامنة صباحا.
ويذكر أن بين المترشحين للعمادة محامين خاضوا السباق من قبل، ومنهم بوبكر بالثابت الذي ترشح في دورات سابقة.
""", [
    ev("bar-congress", "تنتظم غدا الجمعة 12 سبتمبر وبعد غد السبت 13 سبتمبر انتخابات عمادة المحامين", ASSEMBLY, "'غدا الجمعة 12 سبتمبر وبعد غد السبت 13 سبتمبر' = Fri 12 - Sat 13 Sep 2025 (a span of two days)", end="2025-09-14"),
    ev("ordinary-assembly", "وتلتئم الجلسة العامة العادية يوم 12 سبتمبر 2025", ASSEMBLY, "'يوم 12 سبتمبر 2025' = Fri 12 Sep 2025"),
    ev("candidates-list-published", "وضمت قائمة المترشحين في هذه الدورة ثمانية محامين", LIST[0], "no own expression; the list of eight candidates was published after the outgoing bâtonnier spoke of the requests still to be decided (babnet, Wed 27 Aug 2025) and before this report of Thu 11 Sep (my span 27 Aug - 10 Sep)", end=LIST[1]),
    ev("vote", "وتنعقد الجلسة العامة العادية الانتخابية يوم 13 سبتمبر 2025", TVOTE, "'يوم 13 سبتمبر 2025' = Sat 13 Sep 2025"),
])
art(S, "https://kashfmedia.com/2025/09/13/%d9%87%d8%b4%d8%a7%d9%85-%d8%a7%d9%84%d8%b9%d8%ac%d8%a8%d9%88%d9%86%d9%8a-%d8%a7%d9%86%d8%aa%d8%ae%d8%a7%d8%a8%d8%a7%d8%aa-%d9%85%d8%b5%d9%8a%d8%b1%d9%8a%d8%a9-%d9%84%d9%84%d9%85%d8%ad%d8%a7%d9%85",
    "2025-09-13", "the date '/2025/09/13/' in the URL (13 Sep 2025 was a Saturday), in agreement with the body's 'اليوم السبت 13 سبتمبر 2025'; headline completed from the truncated URL slug ('هشام-العجبوني-انتخابات-مصيرية-للمحام'); the last, truncated sentence dropped", True, """
هشام العجبوني: انتخابات مصيرية للمحاماة
تعقد الهيئة الوطنية للمحامين اليوم السبت 13 سبتمبر 2025 جلستها العامة العادية الانتخابية، لاختيار العميد وأعضاء مجلس الهيئة.
وفي هذا السياق، رأى هشام العجبوني، القيادي في التيار الديمقراطي، أن العهدتين السابقتين كانتا "وصمة عار في تاريخ المحاماة".
وكتب العجبوني في تدوينة على صفحته الخاصة في فيسبوك أن "6 محامين ومحاميات" يقبعون حاليا في السجن ظلما وتعسفا بسبب آرائهم، في ظل تقاعس الهيئة السابقة عن الدفاع عن حقوقهم وحرياتهم، وفي ظل قضاء يخضع للتعليمات ولسيف مذكرات العمل.
وأكد أن تونس في حاجة إلى منظمات وهيئات وطنية وأحزاب وقضاة وإعلاميين وسياسيين قادرين على مواجهة الاستبداد والظلم والتعسف والعبث.
وكانت الهيئة الوطنية للمحامين قد أصدرت قائمة المترشحين لخطة العميد للدورة النيابية 2025/2028، وضمت 8 أسماء، بعد دراسة مطالب الترشح وانسحاب أحد المحامين.
ونشرت الهيئة كذلك قائمة المترشحين لعضوية مجلسها، وعددهم 42 مترشحا بينهم 8 محاميات.
والمترشحون الثمانية للعمادة هم الأساتذة حسان التوكابري ومحمد الهادفي ونجلاء التريكي ونضال كريّم ومحمد محجوب وبدر الدين المهيري وعبد الرؤوف العيادي وبوبكر بالثابت.
""", [
    ev("vote", "تعقد الهيئة الوطنية للمحامين اليوم السبت 13 سبتمبر 2025 جلستها العامة العادية الانتخابية", TVOTE, "'اليوم السبت 13 سبتمبر 2025' = Sat 13 Sep 2025"),
    ev("ajbouni-post", "وكتب العجبوني في تدوينة على صفحته الخاصة في فيسبوك", "2025-09-12", "no own expression; a post on the eve or the morning of the vote, reported on Sat 13 Sep 2025 (my span 12 - 13 Sep)", end="2025-09-14"),
    ev("candidates-list-published", "قد أصدرت قائمة المترشحين لخطة العميد للدورة النيابية 2025/2028", LIST[0], "no own expression; published after Wed 27 Aug 2025 (the outgoing bâtonnier still spoke of requests to be decided) and before Thu 11 Sep (assabahnews already lists the eight) (my span 27 Aug - 10 Sep)", end=LIST[1]),
])
art(S, "https://www.babnet.net/rttdetail-314876.asp",
    "2025-09-15", "the stamp 'Publié le Lundi 15 Septembre 2025 - 13:16' on the stored page (15 Sep 2025 was a Monday); the stamp is not kept in the text; the picture tag dropped; headline kept from the page; the numbered list of priorities joined into one sentence; the last, truncated sentence dropped", True, """
بوبكر بالثابت في أوّل ظهور إعلامي بعد انتخابه: أربع أولويات عاجلة واستقلالية تامّة للمحاماة
حل عميد المحامين المنتخب بوبكر بالثابت، اليوم، ضيفا على برنامج "هنا تونس" بإذاعة الديوان، في أول حوار يجريه منذ فوزه بالعمادة من الدور الأوّل بأكثر من 2100 صوت، ليكون العميد الثالث والعشرين للمحامين منذ سنة 1958.
واعتبر بالثابت أن النتيجة "تفويض صريح من الجلسة العامة" لتنفيذ برنامج عمل يرتكز على أربع أولويات عاجلة: حماية دور المحامي وإزالة العراقيل الإجرائية في المحاكم، وتقديم مشروع قانون جديد للمهنة يجسد استقلالية المحاماة وهويتها، وتحسين الحوكمة في هياكل المهنة وإصلاح صندوق الحيطة والتقاعد بطريقة تشاركية، والدفاع بحزم عن المحاكمة العادلة والحقوق والحريات باعتبارها لب رسالة المحاماة.
وأكد العميد تمسكه بمسافة مبدئية من السلطة، مع التعاون معها فيما يخدم العدالة ومن دون مجاملة، مشددا على أن وحدة المحامين تبنى على القضايا المهنية المشتركة لا على الاستقطاب السياسي.
""", [
    ev("radio-interview", "حل عميد المحامين المنتخب بوبكر بالثابت، اليوم، ضيفا على برنامج", "2025-09-15", "'اليوم' in an article stamped Mon 15 Sep 2025"),
    ev("bethabet-elected", "منذ فوزه بالعمادة من الدور الأوّل بأكثر من 2100 صوت", TVOTE, "no own expression; the first round of the vote of Sat 13 Sep 2025 (kashfmedia: 'اليوم السبت 13 سبتمبر 2025'); the result was announced after the count that evening"),
    ev("first-batonnier-1958", "العميد الثالث والعشرين للمحامين منذ سنة 1958", "1958-01-01", "'منذ سنة 1958' = the year 1958 (the first of the bâtonniers counted)", end="1959-01-01"),
])
art(S, "https://ar.lemaghreb.tn/مقالات-المغرب/item/116042-في-انتظار-استكمال-التركيبة-النهائية-لمجلس-الهيئة-الوطنية-بوبكر-بالثابت-يتسلم-رسميا-منصب-عميد-المحامين?print=1&tmpl=component",
    "2025-09-19", "no date line on the stored (print) page; the body's 'صباح أمس الخميس' and 'أمس الخميس 18 سبتمبر 2025' for the handover give Fri 19 Sep 2025 (18 Sep 2025 was a Thursday); the 'Print this page' label dropped; headline kept from the page; the sub-heading kept; the last, truncated clause shortened", False, """
في انتظار استكمال التركيبة النهائية لمجلس الهيئة الوطنية بوبكر بالثابت يتسلم رسميا منصب عميد المحامين
سلّم عميد المحامين السابق حاتم المزيو، صباح أمس الخميس، مقاليد العمادة إلى العميد الجديد بوبكر بالثابت، في حفل شهده عدد كبير من المحامين والعمداء السابقين، وأكد خلاله أن الهيئة الحالية متمسكة بالدفاع عن الحقوق والحريات.
وتولى العميد الجديد للمحامين بوبكر بالثابت مهامه رسميا أمس الخميس 18 سبتمبر 2025، في حفل أقيم بدار المحامي بباب بنات بحضور جمع غفير من المحامين.
وشارك في حفل التنصيب عدد من العمداء السابقين، منهم بشير الصيد وشوقي الطبيب وعبد الستار بن موسى ومحمد فاضل محفوظ.
"المحاماة التونسية قلعة للديمقراطية"
وقال عميد المحامين المنتهية ولايته حاتم المزيو إن المحاماة "كانت وستبقى قلعة للديمقراطية وللتداول القانوني على المسؤولية وللتسيير الذاتي الذي يرمز إلى استقلالية المهنة".
وشدد المزيو، في الكلمة التي ألقاها في حفل تسليم المهام، على أن الهيئة الوطنية للمحامين "ستبقى دائما قلعة للنضال من أجل الحقوق الإنسانية والحريات ودولة القانون".
واستعرض المزيو مسيرته المهنية، مبينا أنه أمضى 18 سنة كاملة تقريبا في خدمة هياكل المهنة.
""", [
    ev("handover", "سلّم عميد المحامين السابق حاتم المزيو، صباح أمس الخميس، مقاليد العمادة", HANDOVER, "'صباح أمس الخميس' in an article of Fri 19 Sep 2025 = Thu 18 Sep (the text: 'أمس الخميس 18 سبتمبر 2025')"),
    ev("mziou-speech", "في الكلمة التي ألقاها في حفل تسليم المهام", HANDOVER, "no own expression; the speech at the handover ceremony of Thu 18 Sep 2025"),
    ev("mziou-service", "أمضى 18 سنة كاملة تقريبا في خدمة هياكل المهنة", "2007-09-18", "'18 سنة كاملة تقريبا' before the handover of Thu 18 Sep 2025 = about Sep 2007 - Sep 2025 (my span; 'تقريبا')", end="2025-09-19"),
])

# ---------------------------------------------------------------- egypt-bar-association-allam-reelection-2024
S = "egypt-bar-association-allam-reelection-2024"
EVOTE = "2024-03-23"                       # general election of the Egyptian Bar Association, Sat 23 Mar 2024 (postponed from 9 Mar)
OFFICIAL = "2024-03-25"                    # official result (Allam 23,955 votes), announced on the evening of Mon 25 Mar 2024
art(S, "https://safha1.com/770",
    "2024-03-23", "no date on the stored page; the body's 'مساء اليوم السبت' for the end of the count of the election of Sat 23 Mar 2024 (postponed to 'يوم السبت الموافق 23 من مارس', shbabbek, elbaladtv) gives Sat 23 Mar 2024; the tag line under the headline dropped; headline kept from the page; the last, truncated sentence shortened", False, """
علام يكتسح انتخابات المحامين
أظهرت المؤشرات الأولية لفرز الأصوات في انتخابات نقابة المحامين تقدم النقيب الحالي عبد الحليم علام على النقيب الأسبق سامح عاشور وبقية المتنافسين، في طريقه إلى الظفر بدورة ثانية على مقعد النقيب.
وتفيد الأرقام بأن علام تفوق على عاشور بقرابة ضعف عدد الأصوات، بعدما أنهت اللجنة المشرفة على الانتخابات، مساء اليوم السبت، فرز أصوات الناخبين، وذلك في انتظار الإعلان الرسمي للنتيجة.
وتنافس على منصب نقيب المحامين 15 مرشحا، بينهم أسامة فتحي وأسعد هيكل وأشرف فتح الباب وأيمن عبد العزيز وحماد عبد الله وخالد حافظ ودعاء العجوز وسامح عاشور وطارق جلال وعبد الحليم علام وفرج الخلفاوي ومحمد البرديسي ونبيل عبد السلام ونبيل فزيع.
كما يتنافس 253 مرشحا على مقاعد عضوية مجلس النقابة، منهم 30 على مقعد الإدارات القانونية، و115 على مقعد استئناف القاهرة، و19 على مقعد استئناف طنطا، و21 على مقعد استئناف المنصورة، و16 على مقعد استئناف الإسكندرية، و10 على مقعد استئناف الإسماعيلية.
""", [
    ev("preliminary-results", "أظهرت المؤشرات الأولية لفرز الأصوات في انتخابات نقابة المحامين", EVOTE, "no own expression; the indications after the count that ended 'مساء اليوم السبت' = Sat 23 Mar 2024"),
    ev("counting-ends", "بعدما أنهت اللجنة المشرفة على الانتخابات، مساء اليوم السبت، فرز أصوات الناخبين", EVOTE, "'مساء اليوم السبت' = the evening of Sat 23 Mar 2024"),
    ev("official-result", "في انتظار الإعلان الرسمي للنتيجة", OFFICIAL, "no own expression; the official result (Allam, 23,955 votes) was announced on the evening of Mon 25 Mar 2024 (ikhwanonline: 'وفق إعلان رسمي مساء الإثنين' after 'السبت الماضي')"),
    ev("vote", "وتنافس على منصب نقيب المحامين 15 مرشحا", EVOTE, "no own expression; the vote of Sat 23 Mar 2024"),
])
art(S, "https://zawia3.com/lawyers-elections/",
    "2024-03-24", "no date on the stored page; the body's 'التي انطلقت صباح أمس السبت' for the election of Sat 23 Mar 2024 gives Sun 24 Mar 2024 (24 Mar 2024 was a Sunday); headline written from the body (the stored text has none); the last, truncated sentence dropped; the list of the appeal-court seats shortened", False, """
مؤشرات أولية: علام يفوز بدورة جديدة على رأس نقابة المحامين
كشفت المؤشرات الأولية لفرز الأصوات في انتخابات نقابة المحامين المصرية، التي انطلقت صباح أمس السبت، عن فوز النقيب الحالي عبد الحليم علام بدورة جديدة تنتهي في عام 2028، متقدما بفارق واسع على أقرب منافسيه، النقيب الأسبق سامح عاشور المعروف بقربه من السلطة.
وانطلق الاقتراع في التاسعة من صباح السبت على منصب النقيب العام وعضوية مجلس النقابة.
ويضم مجلس النقابة 28 مقعدا، تخصص ثلاثة منها للإدارات القانونية، بينما تتوزع المقاعد الـ25 الباقية على دوائر ثماني محاكم استئناف في أنحاء الجمهورية.
وخاض السباق 15 مرشحا على منصب النقيب و253 مرشحا على مقاعد العضوية، من بينهم 30 على مقعد الإدارات القانونية و115 على مقعد استئناف القاهرة و7 على مقعد استئناف قنا.
وجرى التصويت في 488 لجنة موزعة على المحافظات، بمقر النقابة العامة للمحامين في القاهرة وبمقار النقابات الفرعية البالغ عددها 37 نقابة.
""", [
    ev("preliminary-results", "كشفت المؤشرات الأولية لفرز الأصوات في انتخابات نقابة المحامين المصرية", EVOTE, "no own expression; the indications of the count on the evening of the vote, Sat 23 Mar 2024 (safha1: 'مساء اليوم السبت')"),
    ev("vote", "التي انطلقت صباح أمس السبت", EVOTE, "'صباح أمس السبت' in an article of Sun 24 Mar 2024 = Sat 23 Mar"),
    ev("term-ends-2028", "بدورة جديدة تنتهي في عام 2028", "2028-01-01", "'في عام 2028' = the year 2028 (the end of the 2024-2028 term)", end="2029-01-01"),
    ev("polls-open", "وانطلق الاقتراع في التاسعة من صباح السبت", EVOTE, "'التاسعة من صباح السبت' = 9:00 on Sat 23 Mar 2024"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 446
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

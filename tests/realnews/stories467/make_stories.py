"""Builds stories.jsonl: the 467-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: tax, customs and budget decisions (new taxes announced,
budget votes in parliament, customs rule changes).
Stories: the Iraqi parliament's vote on the 2018 federal budget under a Kurdish boycott (Iraq, March 2018), the
Jordanian House of Representatives' debate and vote on the 2026 general budget (Jordan, December 2025), and
Morocco's re-imposition of import duty on Turkish textiles and clothing (Morocco, January 2018).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-budget-2018-kurdish-boycott-2018
S = "iraq-budget-2018-kurdish-boycott-2018"
WED = "2018-02-28"                         # the reading planned for Wed 28 Feb 2018 failed for lack of quorum
THU = "2018-03-01"                         # Thu 1 Mar 2018: 12 articles passed, Kurds absent, session adjourned to Saturday
SAT = "2018-03-03"                         # Sat 3 Mar 2018: the budget passed by majority, Kurdish blocs boycotting
MON = "2018-03-05"                         # Mon 5 Mar 2018: the correction of the 2-trillion slip, Kurds present
art(S, "https://newlebanon.info/lebanon-now/354064/%D8%A7%D9%84%D8%A8%D8%B1%D9%84%D9%85%D8%A7%D9%86-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%D9%8A-%D8%B1%D9%81%D8%B9-%D8%AC%D9%84%D8%B3%D8%AA%D9%87-%D8%A5%D9%84%D9%89-%D8%A7%D9%84%D8%B3%D8%A8%D8%AA-%D8%A8%D8%B9%D8%AF-%D8%A7%D9%84%D8%AA%D8%B5%D9%88%D9%8A%D8%AA-%D8%B9%D9%84%D9%89-12-%D9%85%D8%A7%D8%AF%D8%A9-%D8%A8%D8%A7%D9%84%D9%85%D9%88%D8%A7%D8%B2%D9%86%D8%A9",
    THU, "no date on the stored page; the body's 'جلسة اليوم', 'أمس الأربعاء' and 'إلى اليوم الخميس' for the session that passed 12 articles, which rassd (Sat 3 Mar) dates 'الخميس الماضي' and altaghier's URL '/2018/03/01/' dates Thu 1 Mar 2018 (1 Mar 2018 was a Thursday); headline kept from the URL slug", False, """
البرلمان العراقي رفع جلسته إلى السبت بعد التصويت على 12 مادة بالموازنة
أقرّ مجلس النواب العراقي، خلال الجلسة التي عقدها، 12 مادة من مشروع قانون الموازنة المالية الاتحادية لعام 2018، ثم رفع جلسته إلى السبت المقبل.
وقاطع نواب الكتل الكردستانية جلسة اليوم احتجاجاً على تقليص حصة إقليم كوردستان من 17 بالمئة إلى 12.6 بالمئة وعلى التصويت على الفقرات المتعلقة بالإقليم، وهو ما أخلّ بالنصاب القانوني المطلوب.
وكان من المفترض أن يقرأ مجلس النواب العراقي مشروع قانون الموازنة أمس الأربعاء، غير أن عدم اكتمال النصاب القانوني أدى إلى إرجاء الجلسة إلى اليوم الخميس.
ورأى رئيس كتلة "الاتحاد الوطني الكردستاني"، آريز عبدالله، أن "تمسك بعض الجهات العراقية بتمرير الموازنة بصيغتها الحالية وإهمالها المطالب المشروعة للكتل الكردستانية لن يفضي إلى نتائج جيدة"، مضيفاً أنه "علينا، إلى جانب مقاطعة جلسات البرلمان، أن نفكر كذلك في مقاطعة العملية السياسية والانتخابات العراقية، لأن الحكومة العراقية برئاسة حيدر العبادي لا تريد إدخال تغييرات على الموازنة، ومن دون ذلك لا يستطيع البرلمان فعل شيء".
""", [
    ev("thursday-session", "أقرّ مجلس النواب العراقي، خلال الجلسة التي عقدها، 12 مادة", THU, "no own date for the vote; the session of 'اليوم الخميس' (the Wednesday reading postponed 'إلى اليوم الخميس') = Thu 1 Mar 2018"),
    ev("adjourned-to-saturday", "ثم رفع جلسته إلى السبت المقبل", THU, "the adjournment at the end of Thursday's session, Thu 1 Mar 2018 (the resumed session is Sat 3 Mar)"),
    ev("kurd-walkout-thursday", "وقاطع نواب الكتل الكردستانية جلسة اليوم", THU, "'جلسة اليوم' = the Thursday session, Thu 1 Mar 2018"),
    ev("wednesday-session-failed", "غير أن عدم اكتمال النصاب القانوني أدى إلى إرجاء الجلسة", WED, "'أمس الأربعاء' in an article of Thu 1 Mar 2018 = Wed 28 Feb 2018"),
])
art(S, "https://altaghier.tv/2018/03/01/%d8%a7%d9%84%d8%a8%d8%b1%d9%84%d9%85%d8%a7%d9%86-%d8%a7%d9%84%d8%b9%d8%b1%d8%a7%d9%82%d9%8a-%d9%8a%d8%b5%d9%88%d8%aa-%d8%b9%d9%84%d9%89-12-%d9%85%d8%a7%d8%af%d8%a9-%d9%85%d9%86-%d9%82%d8%a7%d9%86",
    THU, "the date '/2018/03/01/' in the URL (1 Mar 2018 was a Thursday), in agreement with the body's 'السبت المقبل' for the resumed session of Sat 3 Mar; the section tag 'اخبار العراق' and the 'مقالات ذات صلة' links dropped; headline kept from the page; no date of its own in the text", True, """
البرلمان العراقي يصوت على 12 مادة من قانون الموازنة بغياب الكرد
أخفق مجلس النواب العراقي في تمرير موازنة العام الحالي نتيجة عدم اكتمال النصاب القانوني للجلسة وانسحاب النواب الكرد منها.
وبعد أن صوّت على اثنتي عشرة مادة من قانون الموازنة في غياب النواب الكرد، رفع مجلس النواب جلسته إلى السبت المقبل، فيما أفاد مصدر برلماني بأن المجلس أبقى الجلسة مفتوحة، ومن بين المواد التي جرى التصويت عليها المادة التاسعة التي تحدد نصيب إقليم كردستان من الموازنة.
وفي شأن آخر، صوّت مجلس النواب العراقي على عدّ قضاء البعاج وتلعفر وناحية تل عبطة والقرى التابعة لها ومنطقة العياضية مناطق منكوبة، كما صوّت على عدّ أقضية القائم وعنة وراوه في محافظة الانبار مناطق منكوبة.
""", [
    ev("thursday-session", "وبعد أن صوّت على اثنتي عشرة مادة من قانون الموازنة", THU, "no own expression; the Thursday session of Thu 1 Mar 2018 (URL date; rassd 'الخميس الماضي')"),
    ev("kurd-walkout-thursday", "وانسحاب النواب الكرد منها", THU, "no own expression; the Kurdish walk-out of the Thursday session, Thu 1 Mar 2018"),
    ev("adjourned-to-saturday", "رفع مجلس النواب جلسته إلى السبت المقبل", THU, "the adjournment at the end of the session of Thu 1 Mar 2018 (to Sat 3 Mar)"),
    ev("disaster-areas-vote", "صوّت مجلس النواب العراقي على عدّ قضاء البعاج", THU, "no own expression; the same session, Thu 1 Mar 2018 ('وفي شأن آخر')"),
])
art(S, "https://rassd.net/393562.htm",
    SAT, "no date on the stored page; the body's 'وافق المجلس اليوم السبت' for the passing of the budget, which alkawthar of Mon 5 Mar 2018 dates 'يوم السبت الماضي' and elnashra 'السبت 3 آذار' (3 Mar 2018 was a Saturday), and 'والخميس الماضي' for the 12 articles of Thu 1 Mar; headline written from the body (the stored text has none)", False, """
البرلمان العراقي يقر موازنة 2018 رغم مقاطعة نواب كردستان
على الرغم من مقاطعة نواب إقليم كردستان لجلسة البرلمان العراقي، أقرّ المجلس اليوم السبت بالأغلبية مشروع قانون الموازنة الاتحادية للبلاد لعام 2018، البالغة 104 تريليونات دينار (88 مليار دولار).
وكانت حكومة العبادي قد خفضت نصيب إقليم كردستان العراق من 17% إلى 12.6%، وهو ما قوبل برفض من القوى السياسية الكردية.
ونقلت وكالة «رويترز» عن النائبة الكردية أشواق الجاف قولها: «قاطعنا التصويت، وثمة مقترحات بالانسحاب كلياً من العملية السياسية في العراق، بعد الظلم الذي لحق بإقليم كردستان».
وجاء الإقرار بعد تأخير دام شهورًا بسبب الخلاف حول حصة الإقليم وخطط إعادة إعمار المناطق التي تضررت من الحرب على تنظيم الدولة.
أبرز الفقرات
والخميس الماضي أقرّ مجلس النواب العراقي 12 فقرة من أصل 48 في الموازنة، أهمها الاتفاق على مخصصات النفقات العامة التي تخطت 104 تريليونات و158 مليار دينار عراقي، في حين يزيد مجمل العجز على 12 تريليوناً و514 مليار دينار عراقي.
وتقرر اعتماد سعر 46 دولاراً لبرميل النفط، بمعدل تصدير يصل إلى ثلاثة ملايين و880 ألف برميل يومياً، بينها 250 ألف برميل يومياً من حقول كردستان.
""", [
    ev("budget-passed-saturday", "أقرّ المجلس اليوم السبت بالأغلبية مشروع قانون الموازنة", SAT, "'اليوم السبت' = Sat 3 Mar 2018"),
    ev("kurd-boycott-saturday", "على الرغم من مقاطعة نواب إقليم كردستان لجلسة البرلمان العراقي", SAT, "no own expression; the boycott of the Saturday session, Sat 3 Mar 2018"),
    ev("jaff-statement", "عن النائبة الكردية أشواق الجاف قولها", SAT, "no own expression; her Reuters quote on the boycotted vote, Sat 3 Mar 2018"),
    ev("thursday-session", "والخميس الماضي أقرّ مجلس النواب العراقي 12 فقرة", THU, "'الخميس الماضي' in an article of Sat 3 Mar 2018 = Thu 1 Mar 2018"),
])
art(S, "https://alkawthartv.ir/news/126207",
    MON, "the body's 'اليوم (5 آذار 2018)' (5 Mar 2018 was a Monday), in agreement with 'يوم السبت الماضي' for the vote of Sat 3 Mar; the stored text opens mid-report ('وبحسب مصدر نيابي'), so the headline is written from the body", True, """
البرلمان العراقي يصحح خطأ في الموازنة بحضور النواب الكرد
وفقاً لمصدر نيابي، فإن مجلس النواب العراقي صوّت في جلسته اليوم (5 آذار 2018)، التي حضرها النواب الكرد، على تصحيح خطأ وقع "سهواً" أثناء التصويت على الموازنة الاتحادية يوم السبت الماضي، إذ كان قد صوّت على رصد تريليوني دينار بدلاً من ثلاثة تريليونات كانت مخصصة في الأصل لتعويض الموظفين في منطقة كردستان والحشد الشعبي.
ولم تحدد موازنة العام 2018 النسبة المخصصة لحكومة كردستان، بل نصت بدلاً من ذلك على أن تحصل حكومة كردستان على أموال تتناسب مع عدد السكان.
وكان مجلس النواب العراقي قد صوّت يوم السبت الماضي بالأغلبية على موازنة 2018 البالغة 104 تريليونات دينار (نحو 88 مليار دولار)، استناداً إلى صادرات نفط متوقعة حجمها 3,8 مليون برميل يومياً بسعر 46 دولاراً للبرميل، وقد قاطع الجلسةَ نواب الكتل الكردستانية احتجاجاً على خفض مخصصات كردستان من 17 بالمئة، وهي النسبة التي كانت تخصص لمنطقة كردستان منذ العام 2003.
""", [
    ev("correction-vote", "صوّت في جلسته اليوم (5 آذار 2018)", MON, "'اليوم (5 آذار 2018)' = Mon 5 Mar 2018"),
    ev("erroneous-allocation-vote", "إذ كان قد صوّت على رصد تريليوني دينار", SAT, "the slip made 'أثناء التصويت على الموازنة الاتحادية يوم السبت الماضي' = Sat 3 Mar 2018"),
    ev("budget-passed-saturday", "وكان مجلس النواب العراقي قد صوّت يوم السبت الماضي بالأغلبية", SAT, "'يوم السبت الماضي' in an article of Mon 5 Mar 2018 = Sat 3 Mar 2018"),
    ev("kurd-boycott-saturday", "وقد قاطع الجلسةَ نواب الكتل الكردستانية", SAT, "the boycott of the same session, Sat 3 Mar 2018"),
])

# ---------------------------------------------------------------- jordan-budget-2026-house-vote-2025
S = "jordan-budget-2026-house-vote-2025"
REFERRAL = "2025-11-11"                    # the House referred the draft to its finance committee on Tue 11 Nov 2025
COMMITTEE = ("2025-11-25", "2025-12-08")   # the committee's 104 meetings, Tue 25 Nov - Sun 7 Dec 2025
CONCLUDED = "2025-12-07"                   # the committee ended its discussions / approved the draft on Sun 7 Dec 2025
DEBATE_START = "2025-12-08"                # the House debate began on Mon 8 Dec 2025 with the committee's report
VOTE = "2025-12-11"                        # the House passed the budget on Thu 11 Dec 2025 (86 votes)
art(S, "https://jfranews.com.jo/article/521642",
    CONCLUDED, "no date line on the stored page; the body's 'اليوم الأحد' and 'اليوم 7/12 كانون الأول' (7 Dec 2025 was a Sunday; the year from the 2026 budget and from alwakeel's 'في 7 كانون الأول 2025'); the byline 'جفرا نيوز - محرر الشؤون البرلمانية' dropped; headline written from the body (the stored text has none)", False, """
مالية النواب تنهي مناقشات مشروع موازنة 2026
اختتمت اللجنة المالية النيابية، اليوم الأحد، نقاشاتها حول مشروع قانون الموازنة العامة للسنة المالية 2026.
وعقدت اللجنة على مدار 11 يومًا 104 اجتماعات شملت جميع الجهات الواردة في جداول مشروع قانون الموازنة العامة.
وكانت اجتماعات مالية النواب قد بدأت في 25 الشهر الماضي تشرين الثاني، واختُتمت اليوم 7/12 كانون الأول.
وتعقد مالية النواب مساء اليوم الأحد مؤتمرًا صحفيًا تتحدث فيه عن نتائج مناقشات الموازنة العامة وتوصياتها، قبل أن تعرضها على النواب تحت القبة غدًا الاثنين.
""", [
    ev("committee-concludes", "اختتمت اللجنة المالية النيابية، اليوم الأحد، نقاشاتها", CONCLUDED, "'اليوم الأحد' = Sun 7 Dec 2025 ('اليوم 7/12 كانون الأول')"),
    ev("committee-meetings", "وعقدت اللجنة على مدار 11 يومًا 104 اجتماعات", COMMITTEE[0], "the meetings from '25 الشهر الماضي تشرين الثاني' to 'اليوم 7/12 كانون الأول' = Tue 25 Nov - Sun 7 Dec 2025", end=COMMITTEE[1]),
    ev("committee-meetings-start", "وكانت اجتماعات مالية النواب قد بدأت في 25 الشهر الماضي تشرين الثاني", COMMITTEE[0], "'25 الشهر الماضي تشرين الثاني' from Dec 2025 = Tue 25 Nov 2025"),
    ev("committee-press-conference", "وتعقد مالية النواب مساء اليوم الأحد مؤتمرًا صحفيًا", CONCLUDED, "'مساء اليوم الأحد' = the evening of Sun 7 Dec 2025"),
    ev("house-debate-start", "قبل أن تعرضها على النواب تحت القبة غدًا الاثنين", DEBATE_START, "'غدًا الاثنين' from Sun 7 Dec 2025 = Mon 8 Dec 2025"),
])
art(S, "https://www.alwakeelnews.com/Section_5/%D8%B4%D8%A4%D9%88%D9%86-%D8%A8%D8%B1%D9%84%D9%85%D8%A7%D9%86%D9%8A%D8%A9/%D9%85%D8%AC%D9%84%D8%B3-%D8%A7%D9%84%D9%86%D9%88%D8%A7%D8%A8-%D9%8A%D9%88%D8%A7%D8%B5%D9%84-%D8%A7%D9%84%D8%A3%D8%B1%D8%A8%D8%B9%D8%A7%D8%A1-%D9%85%D9%86%D8%A7%D9%82%D8%B4%D8%A9-%D9%85%D8%B4%D8%B1%D9%88%D8%B9-%D9%82%D8%A7%D9%86%D9%88%D9%86-%D8%A7%D9%84%D9%85%D9%88%D8%A7%D8%B2%D9%86%D8%A9-%D8%A7%D9%84%D8%B9%D8%A7%D9%85%D8%A9-2026_756755",
    "2025-12-10", "the stamp '2025-12-10 05:52 ص' at the head of the stored page (10 Dec 2025 was a Wednesday), in agreement with the body's 'يواصل مجلس النواب، الأربعاء'; the stamp is not kept in the text; the agency tag 'الوكيل الإخباري-' dropped; headline kept from the URL slug", True, """
مجلس النواب يواصل الأربعاء مناقشة مشروع قانون الموازنة العامة 2026
يستأنف مجلس النواب، الأربعاء، نقاش مشروع قانون الموازنة العامة للسنة المالية 2026.
وكان المجلس قد بدأ، الاثنين، مناقشة "الموازنة العامة"، فاستمع في جلسة صباحية برئاسة رئيس المجلس مازن القاضي، وبحضور رئيس الوزراء جعفر حسان وأعضاء من الفريق الحكومي، إلى تقرير اللجنة المالية النيابية عن مشروع قانون الموازنة العامة للسنة المالية 2026، الذي تلاه مقرر اللجنة النائب محمد البُستنجي.
وكانت اللجنة المالية النيابية قد أقرت، في 7 كانون الأول 2025، مشروع قانون الموازنة العامة للسنة المالية 2026، بعد 104 اجتماعات عقدتها على مدار 13 يومًا.
وكان مجلس النواب قد أحال، في الحادي عشر من تشرين الثاني 2025، مشروع قانون الموازنة العامة عن السنة المالية 2026 إلى لجنته المالية النيابية، التي ناقشته بدورها مع الوزارات والوحدات والمؤسسات الحكومية.
""", [
    ev("debate-wednesday", "يستأنف مجلس النواب، الأربعاء، نقاش مشروع قانون", "2025-12-10", "'الأربعاء' = Wed 10 Dec 2025, the day of the report"),
    ev("house-debate-start", "وكان المجلس قد بدأ، الاثنين، مناقشة", DEBATE_START, "'الاثنين' before Wed 10 Dec 2025 = Mon 8 Dec 2025"),
    ev("committee-report", "الذي تلاه مقرر اللجنة النائب محمد البُستنجي", DEBATE_START, "no own expression; read in the morning session of Monday's opening debate, Mon 8 Dec 2025"),
    ev("committee-concludes", "قد أقرت، في 7 كانون الأول 2025، مشروع قانون", CONCLUDED, "'في 7 كانون الأول 2025' = Sun 7 Dec 2025"),
    ev("committee-meetings", "بعد 104 اجتماعات عقدتها على مدار 13 يومًا", COMMITTEE[0], "no own dates; the meetings of Tue 25 Nov - Sun 7 Dec 2025 (jfranews); '13 يومًا' here against '11 يومًا' there", end=COMMITTEE[1]),
    ev("referral-to-committee", "أحال، في الحادي عشر من تشرين الثاني 2025", REFERRAL, "'في الحادي عشر من تشرين الثاني 2025' = Tue 11 Nov 2025"),
])
art(S, "https://watananews.com/498774/",
    VOTE, "the date '2025-12-11' of the stored page (11 Dec 2025 was a Thursday), in agreement with the body's 'خلال جلسة عقدها الخميس' and 'مساء الخميس'; the agency tag 'وطنا اليوم:' dropped; headline written from the body (the stored text has none); the truncated last sentence (the finance minister's reply) dropped", True, """
النواب يقر موازنة 2026 بأغلبية 86 نائبا
أقر مجلس النواب بالأغلبية، في جلسة عقدها الخميس برئاسة رئيس المجلس مازن القاضي، مشروع قانون الموازنة العامة للسنة المالية 2026.
وجاء إقرار موازنة العام المقبل بعد أن صوّت 86 نائبا لصالح مشروع القانون.
وقال رئيس الوزراء جعفر حسان إن الحكومة ستفرغ من إنجاز موازنة 2026 في منتصف شهر كانون الأوَّل، كي تتمكن من الشروع في تنفيذ المشاريع الرأسمالية الواردة فيها من دون تأخير مع مطلع العام المقبل، مؤكدا أنه لا مجال أمام الحكومة للتباطؤ أو التلكؤ.
وأضاف حسان، في جلسة مجلس النواب الختامية لمناقشة الموازنة، أنه يتقدم بالشكر الجزيل لرئيس مجلس النواب ولرئيس اللجنة المالية النيابية وأعضائها ولسائر أعضاء المجلس على جهودهم في مناقشة مشروع قانون الموازنة العامة للعام المقبل، وعلى ما طرحوه من ملاحظات قيّمة طيلة الأيَّام الماضية، عكست المسؤولية الوطنية والحرص الصادق على تعزيز مسيرة التنمية وخدمة مصالح الأردنيين والأردنيات في كل المجالات.
وكان وزير المالية عبدالحكيم الشبلي قد تلا، مساء الخميس، رد الحكومة على مداخلات النواب في أثناء مناقشة مشروع الموازنة للسنة المالية 2026.
""", [
    ev("house-vote", "أقر مجلس النواب بالأغلبية، في جلسة عقدها الخميس", VOTE, "'الخميس' = Thu 11 Dec 2025"),
    ev("hassan-closing-speech", "وأضاف حسان، في جلسة مجلس النواب الختامية لمناقشة الموازنة", VOTE, "no own expression; the closing session of the vote, Thu 11 Dec 2025"),
    ev("house-debate", "على جهودهم في مناقشة مشروع قانون الموازنة العامة للعام المقبل", DEBATE_START, "'طيلة الأيَّام الماضية' = the House debate of Mon 8 - Thu 11 Dec 2025 (alwakeel, jfranews)", end="2025-12-12"),
    ev("capital-projects-start", "كي تتمكن من الشروع في تنفيذ المشاريع الرأسمالية الواردة فيها", "2026-01-01", "'مع مطلع العام المقبل' from Dec 2025 = the start of 2026 (my span January 2026)", end="2026-02-01"),
    ev("shibli-reply", "وكان وزير المالية عبدالحكيم الشبلي قد تلا، مساء الخميس", VOTE, "'مساء الخميس' = the evening of Thu 11 Dec 2025"),
])

# ---------------------------------------------------------------- morocco-turkish-textile-import-duty-2018
S = "morocco-turkish-textile-import-duty-2018"
NOTICE = "2018-01-06"                      # the ministry's notice to importers, Sat 6 Jan 2018
BULLETIN = "2018-01-08"                    # the joint decision published in the Official Bulletin, Mon 8 Jan 2018
IN_FORCE = "2018-01-09"                    # in force the next day, Tue 9 Jan 2018
art(S, "https://maghress.com/al3omk/262004",
    "2018-01-07", "no date on the stored page; the body's 'في إشعار وجهته أمس السبت' for the ministry's notice, which lakome (stamp 09 Jan 2018) dates 'السبت الماضي' = Sat 6 Jan 2018, gives Sun 7 Jan 2018 (7 Jan 2018 was a Sunday), before the publication in the Official Bulletin ('من غير أن تحدد موعدا لهذا النشر'); an al3omk report carried by maghress; headline written from the body (the stored text has none); the truncated last sentence (on the free-trade agreement) dropped", False, """
الحكومة تعيد فرض رسوم الاستيراد على النسيج والألبسة التركية
أعلنت الحكومة عودة فرض الضرائب على مستوردي منتجات النسيج والألبسة القادمة من تركيا، بغرض "حماية المنتوجات المحلية"، موضحة أنه "تقرر في هذا الصدد إعادة فرض رسم الاستيراد بنسبة تصل إلى 90 بالمائة من السعر الأساسي للسلعة المستوردة".
وبيّنت وزارة الصناعة والاستثمار، في إشعار وجهته أمس السبت إلى مستوردي منتوجات النسيج والألبسة من تركيا، أن القرار يسري في اليوم الذي يلي مباشرة نشر القرار المشترك بين وزير الصناعة والاستثمار مولاي حفيظ العلمي ووزير الاقتصاد والمالية محمد بوسعيد في الجريدة الرسمية، من غير أن تحدد موعدا لهذا النشر.
وعزت وزارة العلمي هذا الإجراء إلى "الاختلالات التي يعرفها مؤخرا قطاع صناعة النسيج والألبسة الموجه إلى السوق المحلية، والناجمة عن تنامي الواردات التركية بأسعار تنافسية"، إذ تستفيد المنتجات التركية من دخول تفضيلي إلى السوق المغربية بموجب اتفاق التبادل الحر المبرم بين البلدين.
وأضافت الوزارة، في الإشعار الذي نقلته وكالة الأناضول للأنباء، أن "النمو المتواصل لواردات المنتجات التركية أدى إلى إضعاف عدد من الوحدات الصناعية المغربية الموجهة إلى السوق المحلية، وتسبب في خسائر كبيرة في فرص الشغل".
""", [
    ev("ministry-notice", "في إشعار وجهته أمس السبت إلى مستوردي", NOTICE, "'أمس السبت' in an article of Sun 7 Jan 2018 = Sat 6 Jan 2018"),
    ev("duty-announced", "أعلنت الحكومة عودة فرض الضرائب على مستوردي منتجات النسيج", NOTICE, "no own expression; the announcement made by the ministry's notice of Sat 6 Jan 2018 (lakome 'السبت الماضي')"),
    ev("duty-in-force", "أن القرار يسري في اليوم الذي يلي مباشرة", IN_FORCE, "no day in the text; the day after the publication in the Official Bulletin of Mon 8 Jan 2018 = Tue 9 Jan 2018 (lakome of 9 Jan: 'دخل حيز التنفيذ اليوم')"),
    ev("joint-decision-published", "نشر القرار المشترك بين وزير الصناعة والاستثمار مولاي حفيظ العلمي", BULLETIN, "no day in the text (still to come); the Official Bulletin 'الصادرة أمس الإثنين' per lakome of Tue 9 Jan 2018 = Mon 8 Jan 2018"),
    ev("fta-concluded", "بموجب اتفاق التبادل الحر المبرم بين البلدين", "2004-01-01", "no own date; the Morocco-Turkey free-trade agreement concluded in 2004 (in force 2006) - the year only", end="2005-01-01"),
])
art(S, "https://www.alyaoum24.com/1019288.html",
    "2018-01-12", "the stamp '12 يناير 2018 - 20:01' under the headline on the stored page (12 Jan 2018 was a Friday); the stamp is not kept in the text; the share buttons and readers' comments dropped; headline kept from the page; no date of its own in the text", True, """
رسم الملابس التركية مؤقت وتفاوضي
كشف نص القرار المشترك الذي اتخذه وزيرا التجارة والصناعة والاقتصاد والمالية، مولاي حفيظ العلمي ومحمد بوسعيد، بشأن فرض رسوم استثنائية على واردات الملابس التركية، أن تطبيق القرار سيكون مؤقتا ولمدة 200 يوم.
واستند القرار في مرجعيته إلى قانون الحماية التجارية وإلى نص اتفاقية التبادل الحر بين المغرب وتركيا.
وورد نص القرار في العدد الأخير من الجريدة الرسمية، مرفقا بلائحة من أربع صفحات تضم المنتوجات المشمولة بالرسم الإضافي، الذي يساوي 90 في المائة من رسم الاستيراد المطبق.
وأظهر القرار أن باب التفاوض مع تركيا بات مفتوحا، إذ نصت مادته الثالثة على أن تستخلص إدارة الجمارك قيمة هذا الرسم، في انتظار استخلاصه نهائيا لفائدة الخزينة، "أو إرجاعه إلى المستوردين المعنيين، تبعا لنتائج المشاورات مع الجانب التركي".
""", [
    ev("joint-decision-published", "وورد نص القرار في العدد الأخير من الجريدة الرسمية", BULLETIN, "'العدد الأخير من الجريدة الرسمية' = the Official Bulletin of Mon 8 Jan 2018 (lakome: 'الصادرة أمس الإثنين' on Tue 9 Jan)"),
    ev("duty-200-days", "أن تطبيق القرار سيكون مؤقتا ولمدة 200 يوم", IN_FORCE, "'لمدة 200 يوم' from the entry into force on Tue 9 Jan 2018 = 9 Jan - 27 Jul 2018", end="2018-07-28"),
    ev("fta-concluded", "وإلى نص اتفاقية التبادل الحر بين المغرب وتركيا", "2004-01-01", "no own date; the Morocco-Turkey free-trade agreement concluded in 2004 (in force 2006) - the year only", end="2005-01-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 467
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

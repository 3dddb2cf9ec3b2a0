"""Builds stories.jsonl: the 312-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: family law and personal-status reforms (marriage age,
divorce, alimony, inheritance and custody laws debated or passed): the Tunisian cabinet's approval of the
inheritance-equality bill (Tunisia, November 2018), the Jordanian parliament's joint session on the
personal-status law and the marriage age of 16 (Jordan, April 2019), the Saudi cabinet's approval of the
personal-status law (Saudi Arabia, March 2022), the Egyptian committee for a new Muslim personal-status law
(Egypt, June 2022), and the royal letter on the revision of the Moroccan family code (Morocco, September 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- tunisia-inheritance-equality-bill-cabinet-2018
S = "tunisia-inheritance-equality-bill-cabinet-2018"
CABINET = "2018-11-23"                     # the cabinet chaired by Essebsi approved the bill on Fri 23 Nov 2018
GARRACH = ("2018-11-22", "2018-11-24")     # the presidency spokeswoman's remark, reported with the approval (my span 22-23 Nov)
ONLINE = ("2018-11-23", "2018-11-25")      # the online uproar after the approval (my span 23-24 Nov)
art(S, "https://www.tahrirnews.com/Story/1208020/%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%A7%D9%84%D8%AA%D9%88%D9%86%D8%B3%D9%8A%D8%A9-%D8%AA%D9%82%D8%B1-%D9%82%D8%A7%D9%86%D9%88%D9%86-%D8%A7%D9%84%D9%85%D8%B3%D8%A7%D9%88%D8%A7%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D9%85%D9%8A%D8%B1%D8%A7%D8%AB/%D8%B9%D8%B1%D8%A8",
    "2018-11-23", "page date line '٢٣ نوفمبر ٢٠١٨ - ٠٧:٣٠ م' (kept as second line; 23 Nov 2018 was a Friday); the body's 'اليوم الجمعة' agrees; headline kept from the page; the last, truncated sentence dropped", True, """
الحكومة التونسية تقر قانون المساواة في الميراث
٢٣ نوفمبر ٢٠١٨ - ٠٧:٣٠ م
صادقت الحكومة التونسية اليوم الجمعة، في اجتماع لمجلس الوزراء ترأسه الباجي قايد السبسي، على مسودة قانون الأحوال الشخصية المتضمنة أحكاما تسوّي بين الرجل والمرأة في الميراث.
ومن المقرر أن يُعرض المشروع على البرلمان ليصادق عليه فيصبح نافذا.
وصرّح الرئيس التونسي بأن تونس "دولة مدنية تقوم على 3 ركائز أساسية هي المواطنة وإرادة الشعب وعلوية القانون"، موضحا أن ما دفع رئاسة الجمهورية إلى طرح مبادرة المساواة في الميراث بين المرأة والرجل هو مضمون الدستور التونسي.
من جهتها، أوضحت المتحدثة باسم الرئاسة التونسية سعيدة قراش أن «الرئيس سيعلن هذا القانون قانونا ذا أولوية»، ولذلك يُنتظر أن يصوّت عليه البرلمان في الأشهر القادمة.
وتستند قوانين الإرث التونسية، المستمدة من الشريعة الإسلامية، في مجملها إلى قاعدة «للذكر مثل حظ الأنثيين».
""", [
    ev("cabinet-approval", "صادقت الحكومة التونسية اليوم الجمعة", CABINET, "'اليوم الجمعة' in the item dated 23 Nov 2018 = Fri 23 Nov 2018"),
    ev("essebsi-remarks", "وصرّح الرئيس التونسي بأن تونس", CABINET, "no own expression; Essebsi's words at the cabinet meeting he chaired on Fri 23 Nov 2018"),
    ev("garrach-priority", "أوضحت المتحدثة باسم الرئاسة التونسية سعيدة قراش", GARRACH[0], "no own expression; the spokeswoman's remark reported with the approval of Fri 23 Nov 2018; an Egyptian preview of the meeting day (elwatannews, not kept) puts it 'أمس'; my span 22-23 Nov", end=GARRACH[1]),
])
art(S, "https://maghress.com/noonpresse/136090",
    "2018-11-24", "no date on the stored page; the body's 'يوم أمس الجمعة' for the cabinet's approval (Fri 23 Nov 2018, dated so by tahrirnews' date line) gives Sat 24 Nov 2018; headline written from the body (the stored text has none); no date of its own in the text", False, """
تونس: مجلس الوزراء يصادق على مشروع قانون المساواة في الإرث وسط غضب شعبي
صادق مجلس الوزراء في تونس، يوم أمس الجمعة، تحت رئاسة رئيس الدولة الباجي قايد السبسي، على مشروع قانون المساواة في الإرث، وسط موجة غضب شعبي، بعد أن أثار المشروع في الآونة الأخيرة جدلا واسعا بين الفرقاء السياسيين في البلاد.
وبحسب بلاغ صادر عن الرئاسة التونسية، فإن "مجلس الوزراء وافق على مشروع القانون الأساسي الخاص بإتمام مجلة الأحوال الشخصية، وقرر في ما يخص مشروع قانون تنظيم حالة الطوارئ التعمق أكثر في بعض الأحكام المتصلة بالضمانات وبالرقابة القضائية، قبل عرضه مجددا على مجلس الوزراء في أقرب وقت".
وجاءت مصادقة الباجي قايد السبسي على قانون المساواة في الإرث في ظل رفض واسع من حركة النهضة، الشريكة في الائتلاف الحكومي والمحسوبة على التيار المحافظ في البلاد.
وعرفت منصات التواصل الاجتماعي نقاشا حادا بين من يؤيد القرار ومن يعارضه، إذ أبدى كثير من النشطاء التونسيين استياءهم من إقرار هذا القانون، معتبرين أنه يتجاوز نصا صريحا في القرآن الكريم.
ودعا هؤلاء النشطاء السبسي إلى الانشغال بالقضايا الأساسية للمرأة التونسية بدل القضايا الجانبية التي لن تنفع التونسيات في شيء، مؤكدين أن نسبة كبيرة من التونسيين ستقسم تركاتها وفق أحكام الشريعة والسنة.
""", [
    ev("cabinet-approval", "صادق مجلس الوزراء في تونس، يوم أمس الجمعة", CABINET, "'يوم أمس الجمعة' from Sat 24 Nov = Fri 23 Nov 2018"),
    ev("emergency-bill", "وقرر في ما يخص مشروع قانون تنظيم حالة الطوارئ", CABINET, "no own expression; the same cabinet meeting of Fri 23 Nov 2018 sent the state-of-emergency bill back for further study"),
    ev("online-uproar", "وعرفت منصات التواصل الاجتماعي نقاشا حادا", ONLINE[0], "no own expression; the online debate after the approval of Fri 23 Nov 2018, up to the day of writing (my span 23-24 Nov)", end=ONLINE[1]),
])
art(S, "https://www.libyaakhbar.com/news/802493.html",
    "2018-11-24", "page stamp 'date 2018-11' (month only, not kept); the body's 'أمس الجمعة' for the cabinet's approval (Fri 23 Nov 2018) gives Sat 24 Nov 2018; headline written from the body (the stored text has none); no date of its own in the text", False, """
تونس: الحكومة تصادق على مسودة قانون يسوي بين الجنسين في الميراث
صادق مجلس الوزراء التونسي أمس الجمعة على مسودة قانون الأحوال الشخصية التي تتضمن أحكاما تقر المساواة في الميراث بين الرجل والمرأة.
وستحيل الحكومة المشروع إلى البرلمان للمصادقة عليه كي يدخل حيز التطبيق.
وكان الرئيس التونسي الباجي قايد السبسي قد أشرف في قصر قرطاج على اجتماع مجلس الوزراء الذي نظر في مشروعي قانونين أساسيين، أولهما يتعلق بإتمام مجلة الأحوال الشخصية في إطار مبادرة تشريعية رئاسية، وثانيهما يخص تنظيم حالة الطوارئ.
ويُشار إلى أن الدستور التونسي الجديد يمنح الرئيس، بموجب الفصل 62، حق تقديم مبادرات تشريعية في شكل مقترحات قوانين أو مشاريع قوانين، كما يخوله الفصل 93 رئاسة مجلس الوزراء وجوبا في مجالات الدفاع والعلاقات الخارجية والأمن القومي المتصل بحماية الدولة وترابها.
""", [
    ev("cabinet-approval", "صادق مجلس الوزراء التونسي أمس الجمعة", CABINET, "'أمس الجمعة' from Sat 24 Nov = Fri 23 Nov 2018"),
    ev("cabinet-meeting", "قد أشرف في قصر قرطاج على اجتماع مجلس الوزراء", CABINET, "no own expression; the cabinet meeting at Carthage of Fri 23 Nov 2018"),
    ev("emergency-bill", "وثانيهما يخص تنظيم حالة الطوارئ", CABINET, "no own expression; the state-of-emergency bill examined at the same meeting of Fri 23 Nov 2018"),
])
art(S, "http://www.tunisiaeuromed.com/ar1/2018/11/29/%d8%a7%d9%84%d8%ac%d9%84%d8%a7%d8%b5%d9%8a-%d9%83%d8%aa%d9%84%d8%a9-%d8%a7%d9%84%d9%86%d9%87%d8%b6%d8%a9-%d9%84%d9%86-%d8%aa%d9%8f%d8%b5%d9%88%d8%aa-%d9%84%d9%81%d8%a7%d8%a6%d8%af%d8%a9-%d9%85%d8%b4/",
    "2018-11-29", "date in the URL '/2018/11/29/' (29 Nov 2018 was a Thursday); the body's 'الأربعاء' (Wed 28 Nov) agrees; headline rendered from the URL slug (the stored text has none); the comment-form text dropped", True, """
الجلاصي: كتلة النهضة لن تصوت لفائدة مشروع قانون المساواة في الميراث
قال القيادي في حركة النهضة عبد الحميد الجلاصي، الأربعاء، في تصريح لإذاعة، إن نواب كتلة الحركة في البرلمان لن يمنحوا أصواتهم لمشروع قانون المساواة في الميراث.
واعتبر الجلاصي أن طرح مسألة المساواة في الميراث في هذا التوقيت خيار غير موفق، ومن شأنه أن يولد احتقانا على أكثر من صعيد.
يُذكر أن مجلسا وزاريا ترأسه رئيس الجمهورية الباجي قايد السبسي كان قد صادق بداية هذا الأسبوع على مشروع قانون المساواة في الميراث.
""", [
    ev("jelassi-statement", "قال القيادي في حركة النهضة عبد الحميد الجلاصي، الأربعاء", "2018-11-28", "'الأربعاء' from Thu 29 Nov = Wed 28 Nov 2018"),
    ev("cabinet-approval", "كان قد صادق بداية هذا الأسبوع على مشروع قانون المساواة", CABINET, "'بداية هذا الأسبوع' is the source's slip: the cabinet approved the bill on Fri 23 Nov 2018 (tahrirnews 'اليوم الجمعة'; noonpresse and libyaakhbar 'أمس الجمعة'), at the end of the week before"),
])

# ---------------------------------------------------------------- jordan-personal-status-law-joint-session-2019
S = "jordan-personal-status-law-joint-session-2019"
HRW = "2019-04-03"                         # Human Rights Watch's statement, Wed 3 Apr 2019
JOINT = "2019-04-08"                       # the joint session of the Senate and the House, Mon 8 Apr 2019
SENATE = ("2018-12-01", "2019-01-01")      # the Senate's amendments (minimum of 16 completed), December 2018
art(S, "https://aljarida.com/articles/1554310785540220800",
    "2019-04-04", "page line 'نشر في 04-04-2019' (kept as second line; 4 Apr 2019 was a Thursday); the 'آخر تحديث' line and the last, truncated sentence dropped; headline kept from the page with a verb added", True, """
«هيومن رايتس» تدعو إلى منع زواج الأطفال في الأردن
نشر في 04-04-2019
دعت منظمة هيومن رايتس ووتش، في بيان أصدرته أمس، البرلمان الأردني المقبل على مناقشة تعديلات قانون الأحوال الشخصية إلى حظر زواج الأطفال حظرا تاما، وضمان مساواة كاملة للمرأة في الزواج والطلاق والميراث.
ورأت المنظمة أن "التعديلات المطروحة على قانون الأحوال الشخصية الأردني أمام البرلمان ينبغي أن تتضمن وضع حد نهائي لزواج الأطفال وتحقيق المساواة الكاملة للمرأة في الزواج والطلاق والميراث".
وتابعت أن "على الأردن اغتنام هذه الفرصة لحظر زواج الأطفال واعتماد 18 عاما حدا أدنى لسن الزواج من دون أي استثناء".
وكان مجلس الأعيان قد وافق في ديسمبر الماضي على تعديلات تتيح لمن تتراوح أعمارهم بين 16 و18 عاما الزواج بإذن المحكمة، عوضا عن الحد الأدنى المعتمد سابقاً وهو 15 عاما، غير أن مجلس النواب رفض هذه التعديلات، على أن يبحثها المجلسان معا في جلسة مشتركة الأسبوع المقبل.
ويشترط الدستور لنفاذ أي تعديل على القانون أن يوافق عليه البرلمان بغرفتيه، ثم يصادق عليه الملك، ثم يُنشر في الجريدة الرسمية.
""", [
    ev("hrw-statement", "دعت منظمة هيومن رايتس ووتش، في بيان أصدرته أمس", HRW, "'أمس' from Thu 4 Apr = Wed 3 Apr 2019"),
    ev("senate-amendments", "وكان مجلس الأعيان قد وافق في ديسمبر الماضي", SENATE[0], "'في ديسمبر الماضي' = December 2018 (month only)", end=SENATE[1]),
    ev("joint-session", "في جلسة مشتركة الأسبوع المقبل", JOINT, "'الأسبوع المقبل' from Thu 4 Apr = the week of 7-13 Apr; the joint session was held on Mon 8 Apr 2019"),
])
art(S, "https://orobanews.com/2019/04/08/%d8%a3%d8%ba%d9%84%d8%a8%d9%8a%d8%a9-%d8%aa%d8%a4%d9%8a%d8%af-%d8%a7%d8%b3%d8%aa%d8%ab%d9%86%d8%a7%d8%a1-%d8%b3%d9%86-%d8%a7%d9%84%d8%b2%d9%88%d8%a7%d8%ac-%d9%84%d9%85%d9%86-%d8%a8%d9%84%d8%ba-16",
    "2019-04-08", "date in the URL '/2019/04/08/' (8 Apr 2019 was a Monday); the body's 'الاثنين' agrees; headline rendered from the URL slug (the stored text has none); the source tag 'عروبة الإخباري' and the last, truncated quote dropped", True, """
أغلبية تؤيد استثناء سن الزواج لمن بلغ 16 عاما
أيدت الأغلبية، في الجلسة المشتركة التي عقدها مجلس الأمة بغرفتيه الأعيان والنواب الاثنين، قرار مجلس النواب القاضي باستثناء من بلغ 16 عاما من سن الزواج.
وتبحث الجلسة المشتركة لمجلس الأمة، إلى جانب سن الزواج والحالات الخاصة، مسألة الوصية الواجبة في القانون المؤقت للأحوال الشخصية.
وتنعقد هذه الجلسة بعد تمسك كل من المجلسين بقراره، إذ رفض مجلس النواب ما اقترحه الأعيان من رفع سن الزواج في الحالات الاستثنائية إلى إتمام 16 عاما، وتمسك بعبارة "من بلغ ستة عشر عاما".
وعارض النائب خالد رمضان الاستثناء في سن الزواج، مطالبا بمنع زواج من هم دون 18 عاما، في حين دافع النائب صالح العرموطي عن الاستثناء معتبرا أنه "يحفظ حقوق الفتيات وأن خلافه يخالف الشريعة الإسلامية"، وساندته النائب ديمة طهبوب مشيرة إلى وجود استثناءات في سن الزواج في الولايات الأميركية.
وأعلن العين عبد الله النسور دعمه للاستثناء لأنه "يعود إلى قاضي القضاة وهو جوازي في حالات خاصة وعند وجود ضرورة، ما يحول دون تسهيل زواج القاصرات"، لافتا إلى أن "دولا تسمح بزواج من هم أصغر سنا تبعا لظروفها، مثل السودان التي تجيز الزواج في سن 9 سنوات".
""", [
    ev("vote-16", "أيدت الأغلبية، في الجلسة المشتركة التي عقدها مجلس الأمة بغرفتيه الأعيان والنواب الاثنين", JOINT, "'الاثنين' = Mon 8 Apr 2019 (the day of publication)"),
    ev("joint-session", "وتبحث الجلسة المشتركة لمجلس الأمة", JOINT, "no own expression; the joint session of Mon 8 Apr 2019"),
    ev("mps-debate", "وعارض النائب خالد رمضان الاستثناء في سن الزواج", JOINT, "no own expression; the deputies' speeches in the joint session of Mon 8 Apr 2019"),
    ev("nsour-support", "وأعلن العين عبد الله النسور دعمه للاستثناء", JOINT, "no own expression; the senator's speech in the joint session of Mon 8 Apr 2019"),
])
art(S, "https://www.mc-doualiya.com/articles/20190409-%D8%A7%D9%84%D8%A8%D8%B1%D9%84%D9%85%D8%A7%D9%86-%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86%D9%8A-%D9%8A%D8%B3%D9%85%D8%AD-%D8%B2%D9%88%D8%A7%D8%AC-%D8%A7%D9%84%D8%A3%D8%B7%D9%81%D8%A7%D9%84-%D9%82%D8%A7%D8%B5%D8%B1%D9%88%D9%86-%D9%87%D9%8A%D9%88%D9%85%D9%86-%D8%B1%D8%A7%D9%8A%D8%AA%D8%B3-%D9%88%D9%88%D8%AA%D8%B4-%D9%82%D8%B6%D8%A7%D8%A1",
    "2019-04-09", "date in the URL '/articles/20190409-' (9 Apr 2019 was a Tuesday); the AFP item's 'الأثنين' is the joint session of Mon 8 Apr; headline kept from the page (re-worded); the agency tag 'أ ف ب', the page chrome and the last, truncated sentence dropped; no date of its own in the text", False, """
البرلمان الأردني يجيز زواج من بلغ 16 عاما في "حالات خاصة"
أقر البرلمان الأردني الأثنين تعديلات على قانون الأحوال الشخصية تتيح الزواج في سن السادسة عشرة ضمن "حالات خاصة".
فقد توافق النواب والأعيان، في جلسة مشتركة لغرفتي البرلمان ترأسها رئيس مجلس الأعيان فيصل الفايز وحضرها رئيس الوزراء عمر الرزاز، على أن يكون بلوغ 16 عاما هو السن المعتمد لزواج الحالات الخاصة الاستثنائية.
وينص القانون بصيغته المعدلة التي أقرها البرلمان على السماح بالزواج في سن السادسة عشرة في "الحالات الخاصة"، بشرط موافقة قاضي القضاة، وأن يكون الزواج "ضرورة" تستدعيها المصلحة، وبعد التثبت من الرضا والاختيار، ووفق تعليمات يصدرها قاضي القضاة.
ويحدد القانون النافذ 18 عاما حدا أدنى لسن الزواج في الأردن، إلا أن من تتراوح أعمارهم بين 15 و18 عاما يُزوَّجون بموافقة قضاة المحكمة الشرعية في "حالات خاصة".
وكانت منظمة "هيومن رايتس ووتش" الأميركية المعنية بحقوق الإنسان قد حثت البرلمان الأردني، في بيان الأربعاء، على حظر زواج الأطفال حظرا تاما، معتبرة أنه "على الأردن اغتنام الفرصة لمنع زواج الأطفال واعتماد 18 عاما حدا أدنى لسن الزواج بلا استثناء".
""", [
    ev("vote-16", "أقر البرلمان الأردني الأثنين تعديلات على قانون الأحوال الشخصية", JOINT, "'الأثنين' from Tue 9 Apr = Mon 8 Apr 2019"),
    ev("joint-session", "في جلسة مشتركة لغرفتي البرلمان ترأسها رئيس مجلس الأعيان فيصل الفايز", JOINT, "no own expression; the joint session of Mon 8 Apr 2019"),
    ev("hrw-statement", "قد حثت البرلمان الأردني، في بيان الأربعاء", HRW, "'في بيان الأربعاء' = the statement of Wed 3 Apr 2019 (aljarida: 'أمس' on Thu 4 Apr)"),
])
art(S, "http://marayanews.com/%d8%a7%d8%ae%d8%b1-%d8%a7%d9%84%d8%a7%d8%ae%d8%a8%d8%a7%d8%b1/669121/",
    "2019-04-08", "no date on the stored page; the body's 'اليوم الإثنين' for the joint session (held on Mon 8 Apr 2019: orobanews' URL '/2019/04/08/', aajsa and sharikawalaken 'في 8 أبريل/نيسان') gives Mon 8 Apr 2019, written before the vote; headline written from the body (the stored text has none); the source tag 'مرايا' and the last, truncated sentence dropped; no date of its own in the text", False, """
جلسة مشتركة ساخنة لمجلس الأمة لحسم خلاف سن الزواج والوصية الواجبة
يعقد مجلس الأمة بغرفتيه "الأعيان والنواب" اليوم الإثنين جلسة مشتركة يُرجح أن تكون ساخنة ومثيرة للجدل، بالنظر إلى ما تتضمنه من نقاط خلافية، وفي مقدمتها سن الزواج الذي تعارضه بشدة جمعيات حقوقية وفعاليات شعبية.
وتنعقد جلسة النواب والأعيان في ظل تمسك كل طرف بما أدرجه في مشروع القانون المؤقت لقانون الأحوال الشخصية، ولا سيما ما يخص الوصية الواجبة وسن الزواج في الحالات الخاصة.
فبينما يتمسك النواب بأن تقتصر الوصية الواجبة على أولاد الابن المتوفى قبل أبيه أو معه، وأن تكون وجوبا في ثلث تركته، يريد الأعيان أن يشمل النص أولاد البنت المتوفاة قبل والدها.
ويتكرر الخلاف ذاته حول سن الزواج المبكر المثير للجدل في الأردن، إذ يريد النواب اشتراط بلوغ الفتاة "سن السادسة عشرة"، في حين يشترط الأعيان "إتمام السادسة عشرة".
ويترافق الخلاف مع وقفة احتجاجية أمام البرلمان تشارك فيها فعاليات ومنظمات نسوية وحقوقية، فيما يتهم بعض النواب المحافظين مجلس الأعيان بأن بعض بنود تعديلاته على قانون الأحوال الشخصية تتعارض مع "مبادئ الشريعة الإسلامية".
""", [
    ev("joint-session", "يعقد مجلس الأمة بغرفتيه \"الأعيان والنواب\" اليوم الإثنين جلسة مشتركة", JOINT, "'اليوم الإثنين' = Mon 8 Apr 2019"),
    ev("parliament-protest", "ويترافق الخلاف مع وقفة احتجاجية أمام البرلمان", JOINT, "no own expression; the sit-in before parliament on the morning of the joint session, Mon 8 Apr 2019 (royanews, not kept: 'صباح الإثنين')"),
])

# ---------------------------------------------------------------- saudi-personal-status-law-approval-2022
S = "saudi-personal-status-law-approval-2022"
CAB = "2022-03-08"                         # the Council of Ministers approved the personal-status law on Tue 8 Mar 2022
art(S, "https://gph.gov.sa/index.php/ar/component/k2/item/6690-2022-03-08-21-20-12",
    "2022-03-08", "date in the URL, the item alias '6690-2022-03-08-21-20-12' (the creation stamp 8 Mar 2022 21:20; 8 Mar 2022 was a Tuesday); headline written from the body (the stored text has none); the closing thanks, truncated, dropped; no date expression in the text", True, """
السديس يشيد بموافقة مجلس الوزراء على نظام الأحوال الشخصية
أشاد الرئيس العام لشؤون المسجد الحرام والمسجد النبوي الشيخ الدكتور عبدالرحمن بن عبدالعزيز السديس بموافقة مجلس الوزراء على "نظام الأحوال الشخصية"، مؤكدا أنه يعكس عناية القيادة بمقاصد الشريعة الإسلامية ومآلاتها ودفعها للمضار والمفاسد، ويجمع بين الأصالة والمعاصرة.
وشدد السديس على أن المملكة وقيادتها تستمد من مقاصد الشريعة الإسلامية ما تسنه من أنظمة وقوانين تخدم الوطن والمواطن وتواكب مستجدات الواقع، وأن هذا القرار يبرهن على حرص القيادة على كل ما يحقق المصلحة العامة والخاصة وفق تعاليم الدين الحنيف.
وأوضح أن النظام استقى أحكامه من الشريعة الإسلامية الغراء، وأخذ في الوقت ذاته بأحدث التوجهات القانونية والممارسات القضائية الدولية الحديثة مواكبة لمستجدات العصر.
وأكد أن هذا النظام يشكل نقلة نوعية تنسجم مع جهود المملكة في حماية حقوق الإنسان وتمكين المرأة وتحقيق استقرار الأسرة التي يقوم عليها المجتمع.
""", [
    ev("sudais-praise", "أشاد الرئيس العام لشؤون المسجد الحرام والمسجد النبوي", CAB, "no own expression; the statement posted on the evening of the approval, Tue 8 Mar 2022"),
    ev("cabinet-approval", "بموافقة مجلس الوزراء على \"نظام الأحوال الشخصية\"", CAB, "no own expression; the Council of Ministers' session of Tue 8 Mar 2022"),
])
art(S, "https://almowaten.net/2022/03/%d8%aa%d9%81%d8%a7%d8%b5%d9%8a%d9%84-%d9%82%d8%a7%d9%86%d9%88%d9%86-%d8%a7%d9%84%d8%a3%d8%ad%d9%88%d8%a7%d9%84-%d8%a7%d9%84%d8%b4%d8%ae%d8%b5%d9%8a%d8%a9-%d9%88%d9%83%d9%8a%d9%81-%d8%b9%d8%a7%d9%84",
    "2022-03-09", "month in the URL '/2022/03/'; the body's 'يوم أمس الثلاثاء' for the cabinet's approval (Tue 8 Mar 2022, the other reports) gives Wed 9 Mar 2022; headline rendered from the URL slug; the news ticker before the text and the last, truncated sentence (the marriage age) dropped; no date of its own in the text", False, """
تفاصيل قانون الأحوال الشخصية الجديد في المملكة
وافق مجلس الوزراء، يوم أمس الثلاثاء، في جلسته التي ترأسها خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، على نظام الأحوال الشخصية الذي أكد ولي العهد الأمير محمد بن سلمان أنه مستمد من الشريعة الإسلامية.
وتعكس هذه الخطوة التزام خادم الحرمين الشريفين وولي عهده بنهج التطوير والإصلاح، والأخذ بأحدث التوجهات القانونية والممارسات القضائية الدولية الحديثة، لما يمثله النظام من نقلة نوعية كبرى في صون حقوق الإنسان وحمايتها وفي استقرار الأسرة وتمكين المرأة وتعزيز الحقوق.
ومن أبرز محاور النظام النفقة، إذ يؤكد حق المرأة في أن ينفق عليها زوجها أيا كانت حالتها المادية.
""", [
    ev("cabinet-approval", "وافق مجلس الوزراء، يوم أمس الثلاثاء", CAB, "'يوم أمس الثلاثاء' from Wed 9 Mar = Tue 8 Mar 2022"),
    ev("crown-prince-statement", "الذي أكد ولي العهد الأمير محمد بن سلمان أنه مستمد من الشريعة الإسلامية", CAB, "no own expression; the Crown Prince's statement issued with the approval on Tue 8 Mar 2022 (aawsat: the law 'الذي أقرّه مجلس الوزراء في جلسته أمس')"),
])
art(S, "https://aawsat.com/home/article/3520036/%D9%88%D9%84%D9%8A-%D8%A7%D9%84%D8%B9%D9%87%D8%AF-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A-%D9%86%D8%B8%D8%A7%D9%85-%D8%A7%D9%84%D8%A3%D8%AD%D9%88%D8%A7%D9%84-%D8%A7%D9%84%D8%B4%D8%AE%D8%B5%D9%8A%D8%A9-%D8%B3%D9%8A%D8%B3%D9%87%D9%85-%D9%81%D9%8A-%D8%A7%D9%84%D8%A7%D8%B3%D8%AA%D9%82%D8%B1%D8%A7%D8%B1-%D8%A7%D9%84%D8%A3%D8%B3%D8%B1%D9%8A",
    "2022-03-09", "no date on the stored page; the body's 'الذي أقرّه مجلس الوزراء في جلسته أمس' for the session of Tue 8 Mar 2022 gives Wed 9 Mar 2022 (the paper's issue of that day); headline kept from the page (re-worded); the repeated headlines and the last, truncated sentence dropped; no date of its own in the text", False, """
ولي العهد السعودي: نظام الأحوال الشخصية سيعزز الاستقرار الأسري
أكد ولي العهد السعودي الأمير محمد بن سلمان أن نظام الأحوال الشخصية، الذي أقرّه مجلس الوزراء في جلسته أمس، مستمد من أحكام الشريعة الإسلامية ومقاصدها، وأن إعداده راعى أحدث التوجهات القانونية والممارسات القضائية الدولية الحديثة ومواكبة مستجدات الواقع وتحولاته.
وأضاف أن النظام سيسهم في صون الأسرة واستقرارها باعتبارها اللبنة الأساسية للمجتمع، وسيحسّن وضع الأسرة والطفل، ويضبط السلطة التقديرية للقاضي بما يحد من تباين الأحكام القضائية في هذا المجال.
وأوضح أن هذا النظام هو ثاني ما يصدر من مشروعات منظومة التشريعات المتخصصة الأربعة التي أُعلن عنها في فبراير (شباط) من العام الماضي، ولم يبق منها سوى مشروع نظام المعاملات المدنية ومشروع النظام الجزائي للعقوبات التعزيرية.
""", [
    ev("crown-prince-statement", "أكد ولي العهد السعودي الأمير محمد بن سلمان أن نظام الأحوال الشخصية", CAB, "no own expression; the statement issued after the session of Tue 8 Mar 2022"),
    ev("cabinet-approval", "الذي أقرّه مجلس الوزراء في جلسته أمس", CAB, "'في جلسته أمس' from Wed 9 Mar = Tue 8 Mar 2022"),
    ev("four-laws-announcement", "التي أُعلن عنها في فبراير (شباط) من العام الماضي", "2021-02-08", "'في فبراير (شباط) من العام الماضي' = February 2021; the Crown Prince announced the four specialized laws on Mon 8 Feb 2021 (outside knowledge)"),
])
art(S, "https://albiladdaily.com/2022/03/10/%d8%a7%d9%84%d8%a7%d8%b3%d8%aa%d9%82%d8%b1%d8%a7%d8%b1-%d8%a7%d9%84%d8%a3%d8%b3%d8%b1%d9%8a",
    "2022-03-10", "date in the URL '/2022/03/10/' (10 Mar 2022 was a Thursday); headline rendered from the URL slug ('الاستقرار الأسري', an editorial)", True, """
الاستقرار الأسري
تتوالى، وسط ارتياح وتقدير كبيرين، أصداء إقرار مجلس الوزراء نظام الأحوال الشخصية الجديد، الذي يرمي إلى صون حقوق الإنسان وحمايتها واستقرار الأسرة وتمكين المرأة وتعزيز الحقوق التي يكفلها النظام، تجسيدا للعناية الكبيرة التي يوليها خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود وولي عهده الأمير محمد بن سلمان لتطوير المنظومة التشريعية في المملكة ورفع كفاءة العمل القضائي، بما يكفل الحقوق ويحميها ويقود إلى العدالة الناجزة.
ويسهم نظام الأحوال الشخصية في حماية الأسرة بوصفها نواة المجتمع ومكونه الأساسي، وهو ما شدد عليه ولي العهد حين أكد أن النظام يمثل نقلة نوعية كبرى في جهود صون حقوق الإنسان واستقرار الأسرة وتمكين المرأة وتعزيز الحقوق، إذ جاء شاملا في معالجته لكل المشكلات التي عانت منها الأسرة والمرأة.
واليوم أصبح المجتمع على موعد قريب مع تطبيق هذه المكتسبات غير المسبوقة للأسرة، ضمن سلسلة من الإنجازات التشريعية منها نظام الإثبات الذي صدر مؤخرا، وهي إنجازات تؤكد مسيرة تطور استثنائية وحماية لحقوق الإنسان في أسمى معانيها، بما يوطد روابط الأسرة ونسيج المجتمع ويعزز دوره في التنمية.
""", [
    ev("cabinet-approval", "أصداء إقرار مجلس الوزراء نظام الأحوال الشخصية الجديد", CAB, "no own expression; the approval of Tue 8 Mar 2022"),
    ev("crown-prince-statement", "وهو ما شدد عليه ولي العهد", CAB, "no own expression; the Crown Prince's statement of Tue 8 Mar 2022"),
    ev("evidence-law", "نظام الإثبات الذي صدر مؤخرا", "2021-12-28", "'مؤخرا'; the law of evidence was issued on Tue 28 Dec 2021 (24 Jumada al-Ula 1443; almowaten, not kept)"),
])

# ---------------------------------------------------------------- egypt-personal-status-law-committee-2022
S = "egypt-personal-status-law-committee-2022"
MEET = "2022-06-04"                        # Sisi met the Justice Minister and ordered the committee, Sat 4 Jun 2022
DECREE = "2022-06-05"                      # the minister's decree no. 3805 of 2022, Sun 5 Jun 2022
art(S, "https://www.elaosboa.com/308926/",
    "2022-06-04", "no date on the stored page; the MENA item's 'اليوم السبت' for the meeting, which the decree of Sun 5 Jun 2022 dates to Sat 4 Jun 2022 (elmahata 'أمس السبت'; skynewsarabia, not kept: the decree 'المؤرخ بيوم 5 يونيو 2022', a Sunday); headline kept from the page; the agency tag 'أ ش أ' and the last, truncated paragraph dropped", True, """
السيسي يتابع جهود صياغة مشروع قانون للأحوال الشخصية
التقى الرئيس عبد الفتاح السيسي اليوم السبت وزير العدل المستشار عمر مروان.
وأوضح السفير بسام راضي، المتحدث الرسمي باسم رئاسة الجمهورية، أن اللقاء تناول متابعة ما تبذله الوزارة من جهود في صياغة مشروع قانون للأحوال الشخصية.
ووجه الرئيس السيسي بتشكيل لجنة تضم خبرات قانونية وقضائية متخصصة في قضايا ومحاكم الأسرة لإعداد مشروع قانون الأحوال الشخصية للمسلمين، على نحو يراعي المصالح المتعددة لكل الأطراف المعنية بأحكامه ويعالج بشكل متوازن الشواغل الأسرية والمجتمعية في هذا الملف.
كما وجه الرئيس أجهزة الدولة المعنية، ولا سيما وزارة الداخلية والنيابة العامة وهيئة الرقابة الإدارية والجهاز المركزي للتعبئة العامة والإحصاء، بتزويد لجنة إعداد القانون بالمعلومات والبيانات الدقيقة التي تحتاجها لأداء مهامها بمهنية وموضوعية.
""", [
    ev("sisi-meeting", "التقى الرئيس عبد الفتاح السيسي اليوم السبت وزير العدل", MEET, "'اليوم السبت' = Sat 4 Jun 2022"),
    ev("committee-directive", "ووجه الرئيس السيسي بتشكيل لجنة تضم خبرات قانونية وقضائية", MEET, "no own expression; the directive given at the meeting of Sat 4 Jun 2022"),
    ev("agencies-directive", "كما وجه الرئيس أجهزة الدولة المعنية", MEET, "no own expression; the directive given at the meeting of Sat 4 Jun 2022"),
])
art(S, "https://www.masress.com/shorouk/1796542",
    "2022-06-04", "no date on the stored page; the body's 'اليوم السبت', 'مساء السبت' and 'غدًا الأحد' for the meeting of Sat 4 Jun 2022 and the decree of Sun 5 Jun 2022 give Sat 4 Jun 2022; headline written from the body (the stored text has none); the repeated presidency statement, truncated, dropped; no date of its own in the text", False, """
وزير العدل: لجنة قضائية لإعداد قانون متوازن للأحوال الشخصية
أوضح وزير العدل المستشار عمر مروان أن قانون الأحوال الشخصية للمسلمين كان من محاور لقائه بالرئيس عبد الفتاح السيسي اليوم السبت، مشيرا إلى أن ذلك يندرج في إطار اهتمام الرئيس بالأسرة المصرية.
وذكر مروان، في اتصال هاتفي مع برنامج «على مسؤوليتي» الذي يقدمه الإعلامي أحمد موسى على قناة «صدى البلد» مساء السبت، أن الاجتماع بحث تشكيل لجنة قوامها متخصصون في مسائل الأحوال الشخصية تنتهي إلى قانون متوازن يراعي المصالح المتعددة داخل العلاقة الأسرية.
وبيّن أن اللجنة ستكون قانونية قضائية خالصة، هدفها التوصل إلى مشروع قانون متوازن يحقق مصالح الأسرة المصرية، لأن «القاضي محايد بطبيعته ويرى المشكلات على أرض الواقع ويبحث عن حلولها».
وأشار الوزير إلى أن اللجنة ستضم قضاة متخصصين في الأحوال الشخصية، وأن قرارا وزاريا بتشكيلها سيصدر غدًا الأحد، على أن تُجري حوارا مجتمعيا حول مشروعها بعد إنجازه.
""", [
    ev("sisi-meeting", "لقائه بالرئيس عبد الفتاح السيسي اليوم السبت", MEET, "'اليوم السبت' = Sat 4 Jun 2022"),
    ev("marwan-interview", "في اتصال هاتفي مع برنامج «على مسؤوليتي»", MEET, "'مساء السبت' = the evening of Sat 4 Jun 2022"),
    ev("decree-3805", "وأن قرارا وزاريا بتشكيلها سيصدر غدًا الأحد", DECREE, "'غدًا الأحد' from Sat 4 Jun = Sun 5 Jun 2022 (the decree was issued that day)"),
])
art(S, "https://www.elmahata.com/archives/73561",
    "2022-06-05", "no date on the stored page; the body's 'اليوم الأحد' for decree no. 3805 of 2022 and 'أمس السبت' for the meeting give Sun 5 Jun 2022 (skynewsarabia, not kept: the decree 'المؤرخ بيوم 5 يونيو 2022', a Sunday); headline kept from the page; the byline 'كتب محمود عبده الشريف', a site tag and the last, truncated paragraph dropped", True, """
وزير العدل يصدر قرارا بتشكيل لجنة لإعداد مشروع قانون للأحوال الشخصية
أصدر وزير العدل المستشار عمر مروان اليوم الأحد القرار رقم 3805 لسنة 2022، القاضي بتشكيل لجنة يرأسها القاضي عبدالرحمن محمد حنفي تتولى إعداد مشروع قانون للأحوال الشخصية للمسلمين ومحاكم الأسرة.
وكان الرئيس عبد الفتاح السيسي قد اجتمع أمس السبت بالمستشار عمر مروان وزير العدل.
وأفاد المتحدث الرسمي باسم رئاسة الجمهورية السفير بسام راضي بأن الاجتماع تطرق إلى متابعة جهود الوزارة في صياغة مشروع قانون للأحوال الشخصية.
ووجه الرئيس بتكوين لجنة من أصحاب الخبرة القانونية والقضائية في قضايا ومحاكم الأسرة لإعداد مشروع قانون الأحوال الشخصية للمسلمين، بحيث يراعي المصالح المتعددة لجميع الأطراف المعنية بأحكامه ويعالج بتوازن الشواغل الأسرية والمجتمعية.
كما وجّه بأن تزود أجهزة الدولة المعنية، وبخاصة وزارة الداخلية والنيابة العامة وهيئة الرقابة الإدارية والجهاز المركزي للتعبئة العامة والإحصاء، لجنة إعداد القانون بما يلزمها من معلومات وبيانات دقيقة.
""", [
    ev("decree-3805", "أصدر وزير العدل المستشار عمر مروان اليوم الأحد القرار رقم 3805 لسنة 2022", DECREE, "'اليوم الأحد' = Sun 5 Jun 2022"),
    ev("sisi-meeting", "قد اجتمع أمس السبت بالمستشار عمر مروان", MEET, "'أمس السبت' from Sun 5 Jun = Sat 4 Jun 2022"),
    ev("committee-directive", "ووجه الرئيس بتكوين لجنة من أصحاب الخبرة القانونية والقضائية", MEET, "no own expression; the directive given at the meeting of Sat 4 Jun 2022"),
    ev("agencies-directive", "كما وجّه بأن تزود أجهزة الدولة المعنية", MEET, "no own expression; the directive given at the meeting of Sat 4 Jun 2022"),
])
art(S, "https://albawabhnews.com/4591754",
    "2022-06-05", "no date on the stored page; the body's 'اليوم الأحد' for decree no. 3805 (dated 5 Jun 2022, a Sunday: skynewsarabia, not kept; elmahata 'اليوم الأحد ... لسنة 2022') gives Sun 5 Jun 2022; the source's slip 'لسنة 2020' kept; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
وزير العدل يشكل لجنة لإعداد قانون الأحوال الشخصية للمسلمين ومحاكم الأسرة
أصدر وزير العدل المستشار عمر مروان، اليوم الأحد، القرار رقم 3805 لسنة 2020 بتشكيل لجنة مختصة بإعداد مشروع قانون للأحوال الشخصية للمسلمين ومحاكم الأسرة، يستهدف الحد من النزاعات وتحقيق العدالة الناجزة عبر رؤية متوازنة تصون حقوق جميع أفراد الأسرة.
ويرأس اللجنة القاضي عبدالرحمن محمد حنفي، على أن تفرغ من عملها في غضون أربعة أشهر.
وتستقبل اللجنة المقترحات الخاصة بتعديل قانون الأحوال الشخصية عبر البريد الإلكتروني m.o.j@ip.gov.eg خلال خمسة عشر يوماً من تاريخ هذا القرار.
وتعقد اللجنة اجتماعاتها في ديوان عام وزارة العدل وتحدد نظام عملها، ويساعدها عدد من الإداريين العاملين بالوزارة، ولها أن تطلب من الجهات الرسمية في الدولة ما تراه ضروريا من معلومات وبيانات إحصائية لصياغة أحكام المشروع في ضوئها.
وتنهي اللجنة عملها خلال أربعة شهور من تاريخ هذا القرار، ويحق لوزير العدل أن يمد هذه المدة إلى الأجل الذي يراه مناسبا حتى تفرغ اللجنة من أعمالها وتقدم مشروع القانون إلى الوزارة.
""", [
    ev("decree-3805", "أصدر وزير العدل المستشار عمر مروان، اليوم الأحد، القرار رقم 3805 لسنة 2020", DECREE, "'اليوم الأحد' = Sun 5 Jun 2022 ('لسنة 2020' is the source's slip for 2022)"),
    ev("proposals-window", "خلال خمسة عشر يوماً من تاريخ هذا القرار", DECREE, "'خلال خمسة عشر يوماً من تاريخ هذا القرار' = 15 days from Sun 5 Jun 2022, up to Mon 20 Jun 2022", end="2022-06-21"),
    ev("committee-term", "وتنهي اللجنة عملها خلال أربعة شهور من تاريخ هذا القرار", DECREE, "'خلال أربعة شهور من تاريخ هذا القرار' = 5 Jun - 5 Oct 2022 (also 'في غضون أربعة أشهر')", end="2022-10-06"),
])

# ---------------------------------------------------------------- morocco-family-code-royal-letter-2023
S = "morocco-family-code-royal-letter-2023"
LETTER = "2023-09-26"                      # the royal letter to the head of government, Tue 26 Sep 2023
MEETING = "2023-09-27"                     # Akhannouch's meeting on the letter, Wed 27 Sep 2023
THRONE = "2022-07-30"                      # the Throne Day speech of Sat 30 Jul 2022
art(S, "https://arabkhabar.com/a/738905",
    "2023-09-26", "page line 'تاريخ النشر: 26th, September 2023 GMT' (kept as second line; 26 Sep 2023 was a Tuesday); headline kept from the page (re-worded); the last, truncated sentence dropped", True, """
بلاغ للديوان الملكي: الملك يوجه رسالة إلى رئيس الحكومة بشأن إعادة النظر في مدونة الأسرة
تاريخ النشر: 26th, September 2023 GMT
بعث أمير المؤمنين الملك محمد السادس برسالة سامية إلى رئيس الحكومة تخص إعادة النظر في مدونة الأسرة.
وتندرج هذه الرسالة الملكية في إطار تفعيل القرار الذي أعلنه الملك في خطاب العرش لسنة 2022، وتعكس العناية التي يوليها باستمرار للنهوض بقضايا المرأة والأسرة عموما.
وإلى جانب تكليف رئيس الحكومة بهذه الرسالة، عهد الملك بالإشراف العملي على إعداد هذا الإصلاح، بصورة جماعية ومشتركة، إلى وزارة العدل والمجلس الأعلى للسلطة القضائية ورئاسة النيابة العامة، نظرا لمركزية الأبعاد القانونية والقضائية لهذا الملف.
ودعا الملك هذه المؤسسات إلى إشراك الهيئات الأخرى المعنية مباشرة بالموضوع إشراكا وثيقا في هذا الإصلاح، وعلى رأسها المجلس العلمي الأعلى والمجلس الوطني لحقوق الإنسان والسلطة الحكومية المكلفة بالتضامن والإدماج الاجتماعي والأسرة، مع الانفتاح كذلك على هيئات المجتمع المدني وفعالياته وعلى الباحثين والمختصين.
""", [
    ev("royal-letter", "بعث أمير المؤمنين الملك محمد السادس برسالة سامية إلى رئيس الحكومة", LETTER, "no own expression; the royal cabinet's communique of Tue 26 Sep 2023 (page date; alalam 'يومه الثلاثاء 26 سبتمبر')"),
    ev("throne-speech", "الذي أعلنه الملك في خطاب العرش لسنة 2022", THRONE, "'خطاب العرش لسنة 2022' = the Throne Day speech of Sat 30 Jul 2022 (outside knowledge)"),
    ev("supervision-assigned", "عهد الملك بالإشراف العملي على إعداد هذا الإصلاح", LETTER, "no own expression; part of the royal letter of Tue 26 Sep 2023"),
])
art(S, "https://maghress.com/alalam/217932",
    "2023-09-27", "the body's 'يومه الأربعاء 27 سبتمبر' for the meeting (27 Sep 2023 was a Wednesday; the year from the letter of Tue 26 Sep 2023 and 'خطاب العرش لسنة 2022'), written the same day; headline written from the body (the stored text has none)", True, """
أخنوش يعقد اجتماعا لتنزيل مضامين الرسالة الملكية حول مدونة الأسرة
ترأس رئيس الحكومة عزيز أخنوش، يومه الأربعاء 27 سبتمبر، بمقر رئاسة الحكومة، اجتماعا خُصص لتنزيل مضامين الرسالة الملكية المتعلقة بإعادة النظر في مدونة الأسرة، وهي الرسالة التي وجهها الملك محمد السادس إلى رئيس الحكومة يومه الثلاثاء 26 سبتمبر.
وشارك في الاجتماع وزير العدل عبد اللطيف وهبي، والرئيس المنتدب للمجلس الأعلى للسلطة القضائية محمد عبد النباوي، والوكيل العام للملك لدى محكمة النقض رئيس النيابة العامة الحسن الداكي.
وتأتي الرسالة الملكية إلى رئيس الحكومة تفعيلا للقرار الملكي الذي أُعلن في خطاب العرش لسنة 2022، وتعبيرا عن العناية التي ما فتئ الملك يوليها للنهوض بقضايا المرأة والأسرة عموما.
""", [
    ev("akhannouch-meeting", "ترأس رئيس الحكومة عزيز أخنوش، يومه الأربعاء 27 سبتمبر", MEETING, "'يومه الأربعاء 27 سبتمبر' = Wed 27 Sep 2023"),
    ev("royal-letter", "وجهها الملك محمد السادس إلى رئيس الحكومة يومه الثلاثاء 26 سبتمبر", LETTER, "'الثلاثاء 26 سبتمبر' = Tue 26 Sep 2023 (the source's 'يومه' although it was the day before)"),
    ev("throne-speech", "أُعلن في خطاب العرش لسنة 2022", THRONE, "'خطاب العرش لسنة 2022' = the Throne Day speech of Sat 30 Jul 2022 (outside knowledge)"),
])
art(S, "http://alyoumtv.com/?p=12490",
    "2023-09-27", "no date on the stored page; the body's 'اليوم الأربعاء' for Akhannouch's meeting (Wed 27 Sep 2023: alalam 'يومه الأربعاء 27 سبتمبر') gives Wed 27 Sep 2023; headline written from the body (the stored text has none); no date of its own in the text", False, """
اجتماع برئاسة الحكومة لتفعيل الرسالة الملكية بشأن مدونة الأسرة
احتضن مقر رئاسة الحكومة، اليوم الأربعاء، اجتماعا عقده عزيز أخنوش وخصصه لتنزيل ما تضمنته الرسالة الملكية المتعلقة بإعادة النظر في مدونة الأسرة، التي بعث بها أمير المؤمنين الملك محمد السادس إلى رئيس الحكومة.
وحضر الاجتماع كل من وزير العدل عبد اللطيف وهبي، والرئيس المنتدب للمجلس الأعلى للسلطة القضائية محمد عبد النباوي، والوكيل العام للملك لدى محكمة النقض رئيس النيابة العامة الحسن الداكي.
وتندرج الرسالة الملكية الموجهة إلى رئيس الحكومة في إطار تفعيل القرار الملكي المعلن في خطاب العرش لسنة 2022، وتجسد العناية الموصولة التي يوليها الملك للنهوض بقضايا المرأة والأسرة بوجه عام.
""", [
    ev("akhannouch-meeting", "احتضن مقر رئاسة الحكومة، اليوم الأربعاء، اجتماعا عقده عزيز أخنوش", MEETING, "'اليوم الأربعاء' = Wed 27 Sep 2023"),
    ev("royal-letter", "التي بعث بها أمير المؤمنين الملك محمد السادس إلى رئيس الحكومة", LETTER, "no own expression; the letter of Tue 26 Sep 2023"),
    ev("throne-speech", "المعلن في خطاب العرش لسنة 2022", THRONE, "'خطاب العرش لسنة 2022' = the Throne Day speech of Sat 30 Jul 2022 (outside knowledge)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 312
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

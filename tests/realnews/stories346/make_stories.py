"""Builds stories.jsonl: the 346-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: cross-border water disputes and dam negotiations: the
Grand Ethiopian Renaissance Dam, Tigris and Euphrates water shares, river-level drops, negotiation rounds.
Stories: the failed Kinshasa round on the Renaissance Dam (Egypt, Sudan, Ethiopia, DR Congo, April 2021),
Turkey's 420 m3/s Tigris releases after Mashhadani's Ankara visit (Iraq, July 2025), the week-long stop of
the Tishreen dam on the shrinking Euphrates (north-east Syria, March 2023), and Ethiopia's answer to Trump's
remark that Egypt may blow up the dam (Ethiopia, Egypt, Sudan, October 2020).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-sudan-gerd-kinshasa-talks-2021
S = "egypt-sudan-gerd-kinshasa-talks-2021"
ROUND = ("2021-04-04", "2021-04-07")       # the ministerial round in Kinshasa, Sun 4 - Mon 5 Apr, extended into Tue 6 Apr 2021
END = ("2021-04-05", "2021-04-07")         # the round ended without a deal: Mon 5 (Anadolu) or Tue 6 Apr (al-Jazeera, Sky News Arabia)
QUARTET = ROUND                            # Ethiopia turned down the Sudanese quartet proposal during the round
art(S, "https://www.zarab.net/news19019.html",
    "2021-04-06", "page date line 'في Tuesday 6 April, 2021' (dropped) and the body's 'الثلاثاء 6 إبريل 2021' (kept; 6 Apr 2021 was a Tuesday); the byline 'كتب : زوايا عربية - وكالات' dropped; headline kept (re-worded); the truncated last sentence ended after 'حول السد'", True, """
مصر تعلن أن «محادثات كينشاسا» بشأن سد النهضة لم تحرز تقدماً
قالت مصر، الثلاثاء 6 إبريل 2021، إن المحادثات التي استضافتها العاصمة الكونغولية كينشاسا لم تسفر عن تقدم، ولم تنتهِ إلى اتفاق على إعادة إطلاق مفاوضات سد "النهضة" الإثيوبي.
وورد ذلك في بيان لوزارة الخارجية المصرية صدر غداة انتهاء اجتماعات احتضنتها كينشاسا، الأسبوع الجاري، وكانت القاهرة قد عدّتها في وقت سابق "فرصة أخيرة" لبلوغ اتفاق على ملء السد الإثيوبي وتشغيله بعد أن تعثرت مفاوضاته.
وذكر البيان أن "جولة التفاوض التي جرت في كينشاسا حول سد النهضة (على المستوى الوزاري) خلال يومي 4 و 5 أبريل/ نيسان الجاري لم تحقق أي تقدم، ولم تفض إلى اتفاق على استئناف المفاوضات".
وبيّن أن "إثيوبيا رفضت مقترح السودان الذي أيدته مصر بتشكيل رباعية دولية تقودها جمهورية الكونغو الديمقراطية، التي ترأس الاتحاد الإفريقي، للتوسط بين الدول الثلاث".
وتابع أن أديس أبابا رفضت كذلك "جميع المقترحات والبدائل الأخرى التي قدمتها مصر وساندها السودان لتطوير العملية التفاوضية، بما يمكّن الدول والأطراف المشاركة في المفاوضات بصفة مراقبين من الانخراط في المباحثات والإسهام في إدارتها".
والسبت، انطلقت في كينشاسا جولة مفاوضات حول السد.
""", [
    ev("egypt-statement", "قالت مصر، الثلاثاء 6 إبريل 2021، إن المحادثات", "2021-04-06", "'الثلاثاء 6 إبريل 2021' in the text (a Tuesday)"),
    ev("kinshasa-round", "جولة التفاوض التي جرت في كينشاسا حول سد النهضة", ROUND[0], "'خلال يومي 4 و 5 أبريل/ نيسان الجاري' = Sun 4 - Mon 5 Apr 2021; the round was extended into Tue 6 Apr (al-Jazeera 'تمديد المفاوضات ليوم ثالث'), so my span 4-6 Apr", end=ROUND[1]),
    ev("talks-end-without-deal", "لم تحقق أي تقدم، ولم تفض إلى اتفاق", END[0], "no own expression; the end of the round without a deal, Mon 5 Apr (Anadolu 'والإثنين، انتهت جولة مباحثات') or Tue 6 Apr 2021 after the extension (my span 5-6 Apr); 'غداة' the statement of Tue 6 points to Mon 5", end=END[1]),
    ev("quartet-rejected", "إثيوبيا رفضت مقترح السودان الذي أيدته مصر بتشكيل رباعية دولية", QUARTET[0], "no own expression; Ethiopia's refusal came during the Kinshasa round, Sun 4 - Tue 6 Apr 2021 (my span)", end=QUARTET[1]),
    ev("talks-open", "والسبت، انطلقت في كينشاسا جولة مفاوضات حول السد", "2021-04-03", "'والسبت' before the statement of Tue 6 Apr = Sat 3 Apr 2021, the announced start; cairo24 and seha24 report that the ministerial session was put off to Sun 4 Apr, so my span 3-4 Apr", end="2021-04-05"),
])
art(S, "https://www.aljazeera.net/news/politics/2021/4/6/%D8%B4%D8%A7%D9%87%D8%AF-%D9%85%D8%A7%D8%B0%D8%A7-%D8%A8%D8%B9%D8%AF-%D9%81%D8%B4%D9%84-%D9%85%D9%81%D8%A7%D9%88%D8%B6%D8%A7%D8%AA-%D9%83%D9%8A%D9%86%D8%B4%D8%A7%D8%B3%D8%A7-%D8%A8%D8%B4%D8%A3%D9%86",
    "2021-04-06", "date in the URL '/2021/4/6/' (6 Apr 2021 was a Tuesday); the body's extension of the talks 'ليوم ثالث' after the round that began on Sun 4 Apr agrees; headline rendered from the URL slug ('شاهد.. ماذا بعد فشل مفاوضات كينشاسا بشأن'), the video tag dropped; no date of its own in the text", False, """
ماذا بعد فشل مفاوضات كينشاسا بشأن سد النهضة؟
اختُتمت جولة اجتماعات سد النهضة في كينشاسا من دون أي تقدم، ووجهت مصر والسودان إلى إثيوبيا اتهامات بالتعنت، في حين قال مصدر إثيوبي إن البلدين طرحا بنودا من خارج جدول الأعمال، وحثت الأمم المتحدة الأطراف على الوصول إلى حل وسط.
ورغم الآمال التي تزايدت، لقيت مفاوضات كينشاسا مصير ما سبقها، فانتهت دون أن تحقق تقدما في أزمة سد النهضة الإثيوبي، مع أن مصر والسودان صعّدتا لهجتهما تجاه إثيوبيا في الأيام الماضية.
ولم يفلح تمديد المفاوضات ليوم ثالث، بطلب من جمهورية الكونغو الدولة المضيفة، في التوصل إلى اتفاق، لتبقى الأزمة قائمة بين إثيوبيا صاحبة السد من جهة، ومصر والسودان من جهة أخرى، وهما دولتان تخشيان على مصالحهما المائية بسبب بناء السد وملء بحيرته من غير اتفاق معهما.
""", [
    ev("talks-end-without-deal", "اختُتمت جولة اجتماعات سد النهضة في كينشاسا من دون أي تقدم", END[0], "no own expression; the round ended without a deal on Mon 5 or Tue 6 Apr 2021 (my span 5-6 Apr, see the Egyptian statement)", end=END[1]),
    ev("egypt-sudan-accuse-ethiopia", "ووجهت مصر والسودان إلى إثيوبيا اتهامات بالتعنت", END[0], "no own expression; the Egyptian and Sudanese statements after the round, Mon 5 - Tue 6 Apr 2021 (my span)", end=END[1]),
    ev("un-calls-compromise", "وحثت الأمم المتحدة الأطراف على الوصول إلى حل وسط", END[0], "no own expression; the UN spokesman's call after the round, Mon 5 - Tue 6 Apr 2021 (my span)", end=END[1]),
    ev("egypt-sudan-escalation", "صعّدتا لهجتهما تجاه إثيوبيا في الأيام الماضية", "2021-03-30", "'في الأيام الماضية' before the round = from Sisi's warning of Tue 30 Mar 2021 ('لا يستطيع أحد أخذ نقطة مياه من مصر', elmogaz) to the opening on Sun 4 Apr (my span)", end="2021-04-05"),
    ev("talks-extended-third-day", "ولم يفلح تمديد المفاوضات ليوم ثالث", "2021-04-06", "'ليوم ثالث' after Sun 4 and Mon 5 Apr = Tue 6 Apr 2021"),
])
art(S, "https://realitertunisie.blogspot.com/2021/04/blog-post_295.html",
    "2021-04-07", "blog URL '/2021/04/'; the body's 'الأربعاء' with the Kinshasa meeting that 'انتهى بالفشل أمس الثلاثاء' (the round ended on Tue 6 Apr) gives Wed 7 Apr 2021; a copy of a Sky News Arabia report ('وفق ما أفاد مراسلنا'); the share links and comment box dropped; headline kept (re-worded); no date of its own in the text", False, """
إثيوبيا: التفكير في إلحاق الضرر بسد النهضة "جنون"
أفاد وزير المياه والري الإثيوبي، الأربعاء، بأنه لا يظن أن أحدا يسعى إلى الإضرار بسد النهضة، مؤكدا أنه "إن وُجد من يفكر في ذلك فهذا جنون"، بحسب تعبيره.
وجاء كلام الوزير سيلشي بيكيلي بعد ساعات من اجتماع كينشاسا حول سد النهضة الذي انتهى بالفشل أمس الثلاثاء.
غير أن الوزير الإثيوبي أوضح، الأربعاء، أن بلاده تنتظر ما سيقرره رئيس الكونغو الديمقراطية، بصفته رئيسا للاتحاد الإفريقي، بشأن "استئناف التفاوض"، حسبما أفاد مراسلنا.
وأضاف أن الدعوة إلى إشراك رباعية دولية في المفاوضات تمثل تجاوزا لدور الاتحاد الإفريقي، وتنتقص من سيادة إفريقيا، على حد وصفه.
""", [
    ev("seleshi-remarks", "أفاد وزير المياه والري الإثيوبي، الأربعاء", "2021-04-07", "'الأربعاء' after the failure of 'أمس الثلاثاء' = Wed 7 Apr 2021"),
    ev("talks-end-without-deal", "الذي انتهى بالفشل أمس الثلاثاء", END[0], "'أمس الثلاثاء' in an article of Wed 7 Apr = Tue 6 Apr 2021; the same end of the round is dated Mon 5 by Anadolu (story span 5-6 Apr)", end=END[1]),
    ev("ethiopia-awaits-au-chair", "أن بلاده تنتظر ما سيقرره رئيس الكونغو الديمقراطية", "2021-04-07", "'الأربعاء' = Wed 7 Apr 2021 (the minister's second remark of the same day)"),
])
art(S, "https://hayawashington.com/amp/news/28242",
    "2021-04-08", "page time stamp '02:56 ص ,08 ابريل 2021' (kept; 8 Apr 2021 was a Thursday); headline kept (re-worded); the truncated last sentence ended at 'فقدّمناه رسميا'", True, """
السودان يكشف ما دار في مفاوضات كينشاسا حول سد النهضة وأسباب إخفاقها
02:56 ص ,08 ابريل 2021
أماط السودان اللثام عن تفاصيل ما جرى في مفاوضات الأيام الثلاثة التي انعقدت في كينشاسا بين وزراء الخارجية والري في السودان ومصر وإثيوبيا، والتي أخفقت في تحقيق أي تقدم في هذا الملف.
وكان وزير الخارجية المصري سامح شكري قد زار السودان بضع ساعات وهو في طريق عودته من كينشاسا إلى القاهرة، من دون أن يُعلن عن أي مباحثات أجراها هناك، في حين قال الرئيس المصري عبد الفتاح السيسي إن مصر تنسق مع السودان على أعلى مستوى.
وانتهت مفاوضات كينشاسا من غير أن تتفق الدول الثلاث على الآلية الرباعية التي اقترحها السودان وساندتها مصر، وتضم الأمم المتحدة والاتحاد الإفريقي والاتحاد الأوروبي والولايات المتحدة.
وقال وزير الري السوداني ياسر عباس إن كل الخيارات مطروحة للتعامل مع هذه القضية التي تمس الأمن القومي لبلاده، معربا عن استغرابه من رفض إثيوبيا مقترح الوساطة.
وشدد عباس، خلال مؤتمر صحفي عقده في الخرطوم أمس، على أنه لا توجد أسباب منطقية للرفض الإثيوبي، بل نوايا لإضاعة الوقت حتى الوصول إلى الملء الثاني بلا اتفاق.
وأوضح أن السودان عرض مقترحه في كينشاسا فوافقت عليه مصر ورفضته إثيوبيا بحجة أنه لم يُقدَّم بصورة رسمية، "فقدّمناه رسميا".
""", [
    ev("kinshasa-round", "مفاوضات الأيام الثلاثة التي انعقدت في كينشاسا", ROUND[0], "'الأيام الثلاثة' = Sun 4 - Tue 6 Apr 2021 (the round of 4-5 Apr and its extension)", end=ROUND[1]),
    ev("shoukry-khartoum-stop", "قد زار السودان بضع ساعات وهو في طريق عودته من كينشاسا", "2021-04-06", "no own expression; on the way back from the round that ended on Tue 6 Apr, before this report of Thu 8 Apr 2021 (al-ain's report is of 7 Apr; my span 6-7 Apr)", end="2021-04-08"),
    ev("talks-end-without-deal", "وانتهت مفاوضات كينشاسا من غير أن تتفق الدول الثلاث", END[0], "no own expression; the end of the round without a deal, Mon 5 or Tue 6 Apr 2021 (story span)", end=END[1]),
    ev("abbas-press-conference", "خلال مؤتمر صحفي عقده في الخرطوم أمس", "2021-04-06", "'أمس' in a report stamped 02:56 am Thu 8 Apr = Wed 7 Apr 2021, or Tue 6 Apr if the text was taken from a newspaper of Wed 7 (my span 6-7 Apr)", end="2021-04-08"),
    ev("second-filling", "حتى الوصول إلى الملء الثاني بلا اتفاق", "2021-07-01", "no own expression; the second filling of the dam went ahead in July 2021 and was declared complete on Mon 19 Jul 2021 (outside knowledge; my span 1-19 Jul)", end="2021-07-20"),
    ev("quartet-rejected", "ورفضته إثيوبيا بحجة أنه لم يُقدَّم بصورة رسمية", QUARTET[0], "no own expression; Ethiopia's refusal during the round, Sun 4 - Tue 6 Apr 2021 (my span)", end=QUARTET[1]),
])
# ---------------------------------------------------------------- iraq-turkey-tigris-420-releases-2025
S = "iraq-turkey-tigris-420-releases-2025"
ANKARA = "2025-07-01"                      # Mashhadani in Ankara: Kurtulmus and Erdogan meetings, Erdogan's approval of 420 m3/s, Tue 1 Jul 2025
RELEASE = "2025-07-02"                     # the larger releases were to begin on Wed 2 Jul 2025 ('تبدأ من يوم غد الأربعاء')
art(S, "https://khamnews.com/story/74698/%D8%A7%D9%84%D9%85%D8%B4%D9%87%D8%AF%D8%A7%D9%86%D9%8A-%D9%8A%D8%A8%D8%AD%D8%AB-%D9%85%D8%B9-%D9%86%D8%B8%D9%8A%D8%B1%D9%87-%D8%A7%D9%84%D8%AA%D8%B1%D9%83%D9%8A-%D9%85%D9%84%D9%81-%D8%A7%D9%84%D9%85/",
    "2025-07-01", "dateline 'خام – أنقرة | الثلاثاء 1 تموز 2025' (kept; 1 Jul 2025 was a Tuesday); headline rendered from the URL slug ('المشهداني يبحث مع نظيره التركي ملف الم...'); the last, truncated clause of Kurtulmus' answer dropped", True, """
المشهداني يبحث مع نظيره التركي ملف المياه
خام – أنقرة | الثلاثاء 1 تموز 2025
خلال زيارة رسمية يجريها إلى العاصمة التركية أنقرة، عقد رئيس مجلس النواب العراقي د. محمود المشهداني اجتماعاً موسعاً مع رئيس مجلس الأمة التركي الكبير نعمان كورتولموش، جرى فيه بحث الملفات ذات الاهتمام المشترك، وفي مقدمتها ملف المياه والتعاون الاقتصادي والأمني بين البلدين.
وشدد المشهداني، في الاجتماع الذي حضره وفد نيابي رفيع، على وجوب زيادة الإطلاقات المائية لنهري دجلة والفرات، خاصة في هذا الوقت من السنة، بما يكفل وصول المياه بصورة عادلة إلى المحافظات العراقية كافة، ولا سيما الجنوبية منها التي تعاني شحاً حاداً في المياه.
وأكد رئيس البرلمان أن الزيارة تأتي "في ظرف أمني وتحدٍ وجودي تعيشه المنطقة"، لافتاً إلى أن العراق يسعى إلى "النأي بنفسه عن الصراعات الإقليمية وصون استقراره".
وأثنى المشهداني على المواقف التركية الإيجابية حيال العراق، مؤكداً أن "بغداد تعوّل على أنقرة في كل ما يدعم الاستقرار والتنمية"، ووجّه دعوة رسمية إلى نظيره التركي لزيارة العراق في الفترة المقبلة لتعزيز العلاقات الثنائية.
بدوره، رحّب رئيس مجلس الأمة التركي بالوفد العراقي، وأعرب عن أمله في أن تسهم الزيارة في "تعزيز العلاقات السياسية والاقتصادية بين البلدين".
""", [
    ev("mashhadani-ankara-visit", "خلال زيارة رسمية يجريها إلى العاصمة التركية أنقرة", ANKARA, "the dateline 'الثلاثاء 1 تموز 2025' (the visit's day of talks in Ankara)"),
    ev("kurtulmus-meeting", "عقد رئيس مجلس النواب العراقي د. محمود المشهداني اجتماعاً موسعاً", ANKARA, "no own expression; the meeting reported under the dateline 'الثلاثاء 1 تموز 2025'"),
    ev("mashhadani-demands-releases", "على وجوب زيادة الإطلاقات المائية لنهري دجلة والفرات", ANKARA, "no own expression; said at the meeting of Tue 1 Jul 2025 (dateline)"),
    ev("invitation-to-kurtulmus", "ووجّه دعوة رسمية إلى نظيره التركي لزيارة العراق", ANKARA, "no own expression; at the meeting of Tue 1 Jul 2025 (dateline)"),
])
art(S, "https://alrafidainnewsiraq.iq/News/8673138/%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D8%AA%D8%B1%D9%83%D9%8A-%D9%8A%D9%88%D8%A7%D9%81%D9%82-%D8%B9%D9%84%D9%89-%D8%A5%D8%B7%D9%84%D8%A7%D9%82-420-%D9%85%D8%AA%D8%B1%D8%A7-%D9%85%D9%83%D8%B9%D8%A8%D8%A7-%D9%85%D9%86-%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87-%D9%81%D9%8A-%D8%A7%D9%84%D8%AB%D8%A7%D9%86%D9%8A%D8%A9-%D8%A5%D9%84%D9%89-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82",
    "2025-07-01", "no date on the stored page; the body's 'مساء اليوم الثلاثاء' for the Erdogan-Mashhadani meeting, which ishtartv dates 'في الأول من يوليو' and khamnews 'الثلاثاء 1 تموز 2025', with 'تبدأ من يوم غد الأربعاء', gives Tue 1 Jul 2025; headline rendered from the URL slug; the last, truncated sentence on the daily deficit shortened; no date of its own in the text", False, """
الرئيس التركي يوافق على إطلاق 420 متراً مكعباً من المياه في الثانية إلى العراق
ذكر موقع "رووداو" الإلكتروني، مساء اليوم الثلاثاء، أن رئيس مجلس النواب العراقي محمود المشهداني اجتمع بالرئيس أردوغان لبحث العلاقات بين البلدين والملفات ذات الاهتمام المشترك، وقد تصدّرت قضية المياه أجندة المشهداني.
وأفاد الموقع بأن أردوغان استجاب لطلب المشهداني بإطلاق 420 متراً مكعباً في الثانية من المياه في اليوم، تبدأ من يوم غد الأربعاء، فيما أكد المشهداني أن العلاقات العراقية التركية "تعيش ازدهاراً مستداماً في ظل القيادة الحالية للبلدين، وتقوم على إرث تاريخي طويل وتشابك اجتماعي وجغرافي وسياسي عميق".
وأعلن الرئيس التركي تجاوبه مع طلب رئيس البرلمان العراقي زيادة الإطلاقات المائية بمعدل 420 متراً مكعباً في الثانية، تبدأ من الأربعاء، لنهري دجلة والفرات.
وقال أردوغان إن "تركيا تتقاسم مع إخوتها في العراق ما وهبها الله، ولا يمكن أن تبخل به عليهم".
ويُذكر أن العراق يستهلك من مياه نهر الفرات أكثر مما يصله منها، ما يعني أن ثمة عجزاً مائياً يتفاقم بلغت نسبته 7%، وفق التحليل الرقمي للأرقام المعلنة.
وبيّن موقع "السومرية نيوز" أن العراق يرده يومياً 18.1 مليون متر مكعب، في حين يستهلك يومياً أكثر من 19.4 مليون متر مكعب.
""", [
    ev("erdogan-meeting", "اجتمع بالرئيس أردوغان لبحث العلاقات بين البلدين", ANKARA, "the report of 'مساء اليوم الثلاثاء' = Tue 1 Jul 2025 (ishtartv: 'في الأول من يوليو')"),
    ev("erdogan-approves-420", "أن أردوغان استجاب لطلب المشهداني بإطلاق 420 متراً مكعباً", ANKARA, "at the meeting of Tue 1 Jul 2025 ('مساء اليوم الثلاثاء' dates Rudaw's report)"),
    ev("larger-releases-begin", "من المياه في اليوم، تبدأ من يوم غد الأربعاء", RELEASE, "'يوم غد الأربعاء' in a report of Tue 1 Jul = Wed 2 Jul 2025"),
])
art(S, "https://kitabat.com/news/%d8%a8%d8%b4%d8%a3%d9%86-%d8%a7%d9%84%d8%a5%d8%b7%d9%84%d8%a7%d9%82%d8%a7%d8%aa-%d8%a7%d9%84%d8%aa%d8%b1%d9%83%d9%8a%d8%a9-%d8%b0%d9%8a%d8%a7%d8%a8-%d9%8a%d9%88%d8%b6%d8%ad-%d8%b2%d9%8a%d8%a7%d8%af",
    "2025-07-03", "no date on the stored page; the body's 'اليوم الخميس' with 'يوم الثلاثاء الماضي' for Mashhadani's announcement of Tue 1 Jul 2025 gives Thu 3 Jul 2025 (the same statement in iraqtoday.com and today-news.iq, 'يوم الخميس'); the source tag 'وكالات- كتابات' dropped; headline written from the URL slug ('بشأن الإطلاقات التركية .. ذياب يوضح زياد...') and the body; the truncated last sentence (a Mosul dam source 'يوم الجمعة الماضي') dropped; no date of its own in the text", False, """
بشأن الإطلاقات التركية.. ذياب يوضح زيادة مناسيب دجلة
أفاد وزير الموارد المائية العراقي عون ذياب، اليوم الخميس، بأن نهر دجلة يشهد ارتفاعاً تدريجياً في الإطلاقات المائية، إثر إعلان تركيا عزمها رفع الإيرادات المائية إلى البلاد بواقع 420 متراً مكعباً في الثانية، مشيراً إلى أن أثر ذلك على محافظات الجنوب لن يكون سريعاً بسبب بعد المسافة وما يُفقد في أثناء الجريان.
وأوضح ذياب، في تصريحات صحافية، أن "نهر دجلة سجّل زيادة تتجاوز 100 متر مكعب في الثانية قياساً بالمطلق السابق، في حين لم تُرصد أي زيادة في نهر الفرات".
وتابع أن "التحسن في التدفقات سيأتي تدريجياً، غير أن أثره في البصرة لن يكون مباشراً، إذ تحتاج المياه إلى 21 يوماً لتصل من الموصل، مع ضياع جزء منها في أثناء عبورها بفعل العوامل المؤثرة في جريانها".
ولفت ذياب إلى أن "الوزارة تراقب حركة المياه وتعمل على ضمان عدالة التوزيع وتخطي العقبات التي تعيق وصول الحصص الكافية إلى المحافظات الجنوبية".
وكان رئيس مجلس النواب العراقي محمود المشهداني قد أعلن، يوم الثلاثاء الماضي، أن الرئيس التركي رجب طيب إردوغان وافق على إطلاق 420 متراً مكعباً في الثانية من المياه في اليوم إلى العراق.
""", [
    ev("diab-statement", "أفاد وزير الموارد المائية العراقي عون ذياب، اليوم الخميس", "2025-07-03", "'اليوم الخميس' after 'يوم الثلاثاء الماضي' (Tue 1 Jul) = Thu 3 Jul 2025"),
    ev("tigris-rise", "نهر دجلة سجّل زيادة تتجاوز 100 متر مكعب في الثانية", RELEASE, "no own expression; the rise measured since the larger releases began on Wed 2 Jul, up to this statement of Thu 3 Jul 2025 (my span 2-3 Jul)", end="2025-07-04"),
    ev("mashhadani-announces-approval", "قد أعلن، يوم الثلاثاء الماضي", ANKARA, "'يوم الثلاثاء الماضي' in an article of Thu 3 Jul = Tue 1 Jul 2025"),
    ev("erdogan-approves-420", "وافق على إطلاق 420 متراً مكعباً في الثانية من المياه", ANKARA, "no own expression; Erdogan's approval at the meeting of Tue 1 Jul 2025, announced that day"),
])
art(S, "https://ishtartv.com/viewarticle,114923.html",
    "2025-07-07", "the body's 'اليوم الإثنين (7 تموز 2025)' (kept; 7 Jul 2025 was a Monday); the photo caption 'سد الموصل' dropped; headline written from the body (the stored text has none); the last, truncated clause ('بعد أن عرض المشهداني ت...') dropped", True, """
تركيا تزيد إطلاقاتها في دجلة وسد الموصل ودهوك يستفيدان
عشتارتيفي كوم- رووداو/
شرعت تركيا في زيادة إطلاقاتها المائية باتجاه العراق عبر نهر دجلة منذ مطلع الشهر الجاري، في خطوة من شأنها أن تخفف أزمة شح المياه، ويستفيد منها جزء من محافظة دهوك في إقليم كوردستان، وفق الجهات المعنية.
وقال خالد شمال، المتحدث باسم وزارة الموارد المائية العراقية، في تصريح لشبكة رووداو الإعلامية بتاريخ 5 تموز: "تبلغ الإطلاقات المائية من الجانب التركي في نهر دجلة حالياً 200 متر مكعب في الثانية، ونتوقع أن ترتفع".
وعن أثر هذه الزيادة في إقليم كوردستان، أوضح مسؤول في قطاع المياه بدهوك لرووداو اليوم الإثنين (7 تموز 2025) أن "هذه المياه لا تصل إلى سد دهوك بشكل مباشر، لكنها تخفف الضغط عنه، إذ تعتمد معظم المناطق المحيطة على السد في مياه الشرب".
من جهته، أكد رحمن خاني، المدير العام للسدود في إقليم كوردستان، لرووداو أن "سد الموصل وأجزاء من دهوك تستفيد من هذه الإطلاقات، لكنها لا تصل إلى بقية محافظات الإقليم".
وتأتي هذه الخطوة في أعقاب اجتماع عُقد في أنقرة في الأول من يوليو الجاري بين الرئيس التركي رجب طيب أردوغان ورئيس البرلمان العراقي محمود المشهداني.
وبحسب مكتب رئيس البرلمان، قررت تركيا إطلاق 420 متراً مكعباً من المياه في الثانية من نهر دجلة.
""", [
    ev("larger-releases-begin", "شرعت تركيا في زيادة إطلاقاتها المائية باتجاه العراق", RELEASE, "'منذ مطلع الشهر الجاري' = early July 2025; the larger releases were to begin on Wed 2 Jul 2025 (alrafidain 'تبدأ من يوم غد الأربعاء')"),
    ev("shamal-statement", "وقال خالد شمال، المتحدث باسم وزارة الموارد المائية العراقية", "2025-07-05", "'بتاريخ 5 تموز' = Sat 5 Jul 2025"),
    ev("dohuk-official-statement", "أوضح مسؤول في قطاع المياه بدهوك لرووداو اليوم الإثنين", "2025-07-07", "'اليوم الإثنين (7 تموز 2025)' in the text"),
    ev("erdogan-meeting", "اجتماع عُقد في أنقرة في الأول من يوليو الجاري", ANKARA, "'في الأول من يوليو الجاري' = Tue 1 Jul 2025"),
    ev("erdogan-approves-420", "قررت تركيا إطلاق 420 متراً مكعباً من المياه", ANKARA, "no own expression; the decision announced by Mashhadani's office after the meeting of Tue 1 Jul 2025"),
])

# ---------------------------------------------------------------- syria-tishreen-dam-euphrates-shutdown-2023
S = "syria-tishreen-dam-euphrates-shutdown-2023"
STOP = "2023-03-01"                        # the Tishreen dam stopped for a week from Wed 1 Mar 2023
WEEK = ("2023-03-01", "2023-03-09")        # the week without the dam's power, Wed 1 - Wed 8 Mar 2023
RESTART = "2023-03-08"                     # the dam ran again from 1 pm on Wed 8 Mar 2023 (enabbaladi 'ظهر اليوم الأربعاء 8 من آذار')
LOW = ("2022-03-01", "2023-03-02")         # 'لم يتغير منذ عام تقريباً' / 'منذ سنة كاملة' before 1 Mar 2023 (my span)
art(S, "https://enabbaladi.net/631484/%D8%A7%D9%84%D8%A5%D8%AF%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D8%B0%D8%A7%D8%AA%D9%8A%D8%A9-%D8%AA%D9%88%D9%82%D9%81-%D8%B9%D9%85%D9%84-%D8%B3%D8%AF-%D8%AA%D8%B4%D8%B1%D9%8A%D9%86-%D9%84%D9%85%D8%AF/?amp=1",
    "2023-03-01", "page stamp '2023/03/01 3:02 م' (kept) and the body's 'اليوم، الأربعاء 1 من آذار' (1 Mar 2023 was a Wednesday); the photo caption dropped; headline kept (re-worded); the last, truncated clause after '(320 مترًا عن سطح البحر)' dropped", True, """
«الإدارة الذاتية» توقف سد «تشرين» عن العمل لمدة أسبوع
2023/03/01 3:02 م
أعلنت «الإدارة الذاتية» التي تدير مناطق شمال شرقي سوريا وقف تشغيل سد «تشرين» على نهر «الفرات» في ريف حلب الشرقي لمدة أسبوع اعتبارًا من اليوم، الأربعاء 1 من آذار.
وقالت الرئيسة المشتركة لمكتب الطاقة في «الإدارة الذاتية»، أمل خزيّم، إن "سد (تشرين) سيتوقف بشكل كامل، وسيُقطع التيار الكهربائي لمدة أسبوع فقط، مع بقاء مياه الشرب والري التي لن تتأثر بتوقف السد عن العمل".
وأرجعت خزيّم السبب إلى احتكار تركيا واردات مياه «الفرات»، بحسب بيان أصدرته «الإدارة» اليوم.
وبيّنت خزيّم أن السدود تعمل حاليًا بشكل ضعيف بسبب تدني منسوب المياه، إذ تنتج ما يقارب 125 ميغا في المتوسط، ونفت صحة الأنباء عن فتح السلطات التركية المياه، مشيرة إلى أن منسوب المياه ضعيف ولم يتغير منذ عام تقريبًا.
وأوضحت خزيّم أن انقطاع الكهرباء مرتبط بمياه السدود وعملها، وأن منسوب بحيرة سد «تشرين» صار، بحسب مختصين في السد، قريبًا من «المنسوب الميت» (320 مترًا عن سطح البحر).
""", [
    ev("shutdown-starts", "وقف تشغيل سد «تشرين» على نهر «الفرات»", STOP, "'اعتبارًا من اليوم، الأربعاء 1 من آذار' = Wed 1 Mar 2023"),
    ev("khuzaym-statement", "وقالت الرئيسة المشتركة لمكتب الطاقة في «الإدارة الذاتية»، أمل خزيّم", STOP, "no own expression; her statement on the administration's site, 'بيان أصدرته «الإدارة» اليوم' = Wed 1 Mar 2023"),
    ev("power-cut-week", "وسيُقطع التيار الكهربائي لمدة أسبوع فقط", WEEK[0], "'لمدة أسبوع فقط' from Wed 1 Mar = 1-8 Mar 2023 (the dam ran again on Wed 8 Mar)", end=WEEK[1]),
    ev("inflow-low-for-a-year", "منسوب المياه ضعيف ولم يتغير منذ عام تقريبًا", LOW[0], "'منذ عام تقريبًا' before Wed 1 Mar 2023 = about March 2022 - 1 Mar 2023 (my span)", end=LOW[1]),
])
art(S, "https://bissanfm.com/news/67030",
    "2023-03-02", "no date on the stored page; the body's 'أمس الأربعاء' and 'اعتباراً من أمس الأربعاء وحتى 08 آذار الجاري' for the stop that began on Wed 1 Mar 2023 (enabbaladi) give Thu 2 Mar 2023; the tags 'اظهر المزيد' and the comment form dropped; headline kept (re-worded); no date of its own in the text", False, """
مكتب الطاقة في شمال شرق سوريا يشرح سبب انقطاع الكهرباء
أفادت أمل خزيم، الرئيسة المشتركة لمكتب الطاقة في الإدارة الذاتية لشمال شرق سوريا، أمس الأربعاء، بأن التيار الكهربائي مرتبط ارتباطاً وثيقاً بمياه السدود وتشغيلها، مؤكدة أن الكهرباء ستنقطع لمدّة أسبوع فقط، بعد وقف سد تشرين عن العمل خلال هذه الفترة.
ووفق ما نشره موقع الإدارة الذاتية، أشارت خزيم إلى أن "منسوب مياه بحيرة السد قريب من المنسوب الميت (320) متر عن سطح البحر"، موضحة أن ذلك يعني "توقف السدود تماماً والعجز عن تشغيلها، لأنه يمس بنية السد ويُفقد الضاغط المائي اللازم لتشغيل العنفات بأمان".
وكذّبت خزيم الشائعات المتداولة عن ازدياد تدفق المياه من تركيا عبر نهر الفرات، مؤكدة أنها "عارية عن الصحة، فمنسوب المياه ضعيف ولم يتغير منذ عام تقريباً، ولتدنيه تعمل السدود حالياً بشكل ضعيف بإنتاج يقارب 125 ميغا كمتوسط".
وأكدت خزيم أن مياه الشرب والري لن تتأثر خلال فترة توقف سد تشرين.
ويُذكر أن الإدارة العامة للسدود قررت وقف سد تشرين لمدة أسبوع اعتباراً من أمس الأربعاء وحتى 08 آذار الجاري.
""", [
    ev("khuzaym-statement", "أفادت أمل خزيم، الرئيسة المشتركة لمكتب الطاقة", STOP, "'أمس الأربعاء' in an article of Thu 2 Mar = Wed 1 Mar 2023"),
    ev("power-cut-week", "مؤكدة أن الكهرباء ستنقطع لمدّة أسبوع فقط", WEEK[0], "'لمدّة أسبوع فقط' from Wed 1 Mar = 1-8 Mar 2023", end=WEEK[1]),
    ev("inflow-low-for-a-year", "فمنسوب المياه ضعيف ولم يتغير منذ عام تقريباً", LOW[0], "'منذ عام تقريباً' before Wed 1 Mar 2023 (my span March 2022 - 1 Mar 2023)", end=LOW[1]),
    ev("shutdown-starts", "قررت وقف سد تشرين لمدة أسبوع اعتباراً من أمس الأربعاء", STOP, "'اعتباراً من أمس الأربعاء' in an article of Thu 2 Mar = Wed 1 Mar 2023"),
])
art(S, "https://npasyria.com/?p=144554",
    "2023-03-08", "no date on the stored page; the body's 'الأربعاء' with 'بعد إيقافه الأسبوع الماضي', 'مطلع الشهر الجاري' (the stop of Wed 1 Mar) and 'شباط/ فبراير الفائت' gives Wed 8 Mar 2023, the day the dam ran again (enabbaladi: 'ظهر اليوم الأربعاء 8 من آذار'); headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
الإدارة الذاتية تعيد تشغيل سد تشرين جزئياً
الرقة – نورث برس
أفاد إداري في سدود الإدارة الذاتية، الأربعاء، بأنهم سيعيدون سد تشرين إلى العمل "جزئياً"، وسيغذي المناطق بالكهرباء 4 ساعات يومياً، بعد أن أوقفوه الأسبوع الماضي.
وكانت الإدارة الذاتية لشمال وشرق سوريا قد أوقفت، مطلع الشهر الجاري، تشغيل سد تشرين على نهر الفرات في ريف منبج الشرقي الجنوبي، بسبب تراجع حاد في الوارد المائي القادم من تركيا.
وقال عماد عبيد، الإداري في الإدارة العامة للسدود، إنهم سيعيدون سد تشرين إلى العمل "بشكل جزئي".
وأوضح في تصريح لنورث برس أن السد سيزود المناطق بالتيار الكهربائي بدءاً من اليوم لمدة 4 ساعات ضمن برنامج تشغيل يومي، من الساعة السابعة حتى الحادية عشرة مساءً.
وكان عبيد قد ذكر لنورث برس، في تصريح سابق، أنهم سيوقفون سد تشرين عن العمل على فترات متقطعة، وفق برنامج تدرسه الإدارة العامة للسدود والمؤسسات المعنية.
وأضاف حينها أن أولويتهم هي تأمين مياه الشرب والري لسكان شمال وشرق سوريا في ظل قلة الوارد المائي.
وفي السابع والعشرين من شباط/ فبراير الفائت، قال حمود حمادين، وهو إداري في سد تشرين، إن مياه البحيرة اقتربت كثيراً من المنسوب الميت الذي صُمم السد على أساسه، وإنها إذا بلغته فسيتوقف السد عن العمل كلياً، ما يُلحق به أضراراً إنشائية ويُخرج العنفات عن التشغيل الطبيعي.
""", [
    ev("dam-restart", "بأنهم سيعيدون سد تشرين إلى العمل", RESTART, "'الأربعاء' after 'الأسبوع الماضي' (the stop of Wed 1 Mar) = Wed 8 Mar 2023"),
    ev("shutdown-starts", "قد أوقفت، مطلع الشهر الجاري، تشغيل سد تشرين", STOP, "'مطلع الشهر الجاري' = Wed 1 Mar 2023 (the stop reported by enabbaladi and bissanfm)"),
    ev("evening-supply-starts", "سيزود المناطق بالتيار الكهربائي بدءاً من اليوم لمدة 4 ساعات", RESTART, "'بدءاً من اليوم' = Wed 8 Mar 2023"),
    ev("obeid-earlier-warning", "وكان عبيد قد ذكر لنورث برس، في تصريح سابق", STOP, "'في تصريح سابق' = before this article; the warning of intermittent stops was part of the dams administration's statement on the stop, Wed 1 Mar 2023 (bissanfm news/67019); my span 1-7 Mar", end=RESTART),
    ev("hamadin-warning", "قال حمود حمادين، وهو إداري في سد تشرين", "2023-02-27", "'في السابع والعشرين من شباط/ فبراير الفائت' = Mon 27 Feb 2023"),
])
art(S, "https://syriacpress.com/ar/2023/03/09/%D8%B3%D8%AF-%D8%AA%D8%B4%D8%B1%D9%8A%D9%86-%D9%8A%D8%B9%D9%88%D8%AF-%D9%84%D9%84%D8%B9%D9%85%D9%84-%D9%88%D8%AA%D9%88%D9%84%D9%8A%D8%AF-%D8%A7%D9%84%D8%B7%D8%A7%D9%82%D8%A9-%D8%A7%D9%84%D9%83%D9%87/",
    "2023-03-09", "date in the URL '/ar/2023/03/09/' (9 Mar 2023 was a Thursday); the body's 'بعد أسبوع من إيقافه' after the stop of 1 Mar agrees; the teasers of other stories at the end dropped; headline kept (re-worded); no date of its own in the text", True, """
سد تشرين يستأنف العمل ويولّد الكهرباء بالحد الأدنى
يستأنف سد (تشرين) عمله بعد أسبوع من إيقافه بسبب النقص الحاد في الوارد المائي من جانب دولة الاحتلال التركي، ليزود مناطق شمال وشرق سوريا بالطاقة الكهربائية بالحد الأدنى.
وفي تصريح أدلت به لإحدى الوكالات الإعلامية، أعلنت إدارة سد تشرين أن السد عاد إلى العمل من جديد ليغذي مدن شمال وشرق سوريا بالحد الأدنى من الطاقة الكهربائية.
وبيّنت الإدارة أن هذا البرنامج يسري حتى بداية شهر رمضان، ما لم يطرأ تغير على الوارد المائي من الجانب التركي.
وأشارت إلى أنهم سيوقفون السد عن العمل ليوم واحد فقط في الـ17 من آذار الجاري.
وسيتوقف تشغيل سد تشرين على كمية الوارد المائي من نهر الفرات القادمة من جانب دولة الاحتلال التركي، إلا أن ساعات تزويد المنطقة بالكهرباء ستكون، بحسب الوضع الحالي، أقل مما كانت عليه قبل إيقاف السد عن العمل لمدة أسبوع.
وكانت الإدارة العامة للسدود قد أوقفت سد (تشرين) عن العمل لمدة أسبوع، اعتباراً من الأول من آذار، "بسبب النقص الحاد للوارد المائي القادم من تركيا منذ سنة كاملة لنهر الفرات".
""", [
    ev("dam-restart", "أن السد عاد إلى العمل من جديد", RESTART, "no own expression ('بعد أسبوع من إيقافه' after Wed 1 Mar); the dam ran again from 1 pm on Wed 8 Mar 2023 (enabbaladi 'ظهر اليوم الأربعاء 8 من آذار', ronahi.tv 'اليوم من الساعة الواحدة ظهراً')"),
    ev("program-until-ramadan", "هذا البرنامج يسري حتى بداية شهر رمضان", RESTART, "'حتى بداية شهر رمضان' = from the restart on Wed 8 Mar to the start of Ramadan 1444 on Thu 23 Mar 2023 (outside knowledge)", end="2023-03-23"),
    ev("one-day-stop", "سيوقفون السد عن العمل ليوم واحد فقط", "2023-03-17", "'في الـ17 من آذار الجاري' = Fri 17 Mar 2023"),
    ev("shutdown-starts", "قد أوقفت سد (تشرين) عن العمل لمدة أسبوع", STOP, "'اعتباراً من الأول من آذار' = Wed 1 Mar 2023"),
    ev("inflow-low-for-a-year", "النقص الحاد للوارد المائي القادم من تركيا منذ سنة كاملة", LOW[0], "'منذ سنة كاملة' before the stop of Wed 1 Mar 2023 (my span March 2022 - 1 Mar 2023)", end=LOW[1]),
])

# ---------------------------------------------------------------- ethiopia-trump-gerd-remarks-ambassador-2020
S = "ethiopia-trump-gerd-remarks-ambassador-2020"
TRUMP = "2020-10-23"                       # Trump's remarks on the dam during the call with Hamdok and Netanyahu, Fri 23 Oct 2020
REPLY = "2020-10-24"                       # Abiy's statement and the summoning of the US ambassador, Sat 24 Oct 2020
art(S, "https://akhbarak.net/news/2020/10/24/22588244/articles/40535172/%D8%AA%D8%B1%D8%A7%D9%85%D8%A8-%D9%85%D8%B5%D8%B1-%D9%82%D8%AF-%D8%AA%D9%81%D8%AC%D8%B1-%D8%B3%D8%AF-%D8%A7%D9%84%D9%86%D9%87%D8%B6%D8%A9!",
    "2020-10-24", "page stamp '10/24 02:16' (dropped) and the date in the URL '/news/2020/10/24/' (24 Oct 2020 was a Saturday); the body's 'يوم الجمعة' for Trump's remarks of Fri 23 Oct agrees; an RT copy, the footer 'تابعوا RT' dropped; headline kept; no date of its own in the text", False, """
ترامب: مصر قد تفجّر سد النهضة!
وجّه الرئيس الأمريكي دونالد ترامب يوم الجمعة انتقادات لإثيوبيا بسبب بنائها سد النهضة، الذي قال إن مصر قد تعمد "إلى تفجيره".
وقال ترامب، خلال اتصال هاتفي أجراه مع الزعيمين السوداني والإسرائيلي: "إنه وضع بالغ الخطورة، لأن مصر لن تتمكن من العيش على هذا النحو".
وأضاف: "سينتهي بهم المطاف إلى تفجير السد. قلتها وأكررها بصوت عال وواضح: سيفجرون هذا السد. وعليهم أن يفعلوا شيئا".
ومضى قائلا: "كان عليهم أن يوقفوه قبل وقت طويل من بدايته"، معربا عن أسفه لأن مصر كانت تعيش اضطرابات داخلية حين انطلق مشروع سد النهضة الإثيوبي عام 2011.
واستطرد: "أعددت لهم اتفاقا، لكن إثيوبيا للأسف انتهكته، ولم يكن ينبغي لها أن تفعل ذلك. لقد كان خطأ كبيرا".
وكانت الولايات المتحدة قد أعلنت في أوائل سبتمبر تعليق جزء من مساعدتها المالية لإثيوبيا، بعد أن قررت أديس أبابا منفردة ملء سد النهضة رغم "عدم إحراز تقدم" في المفاوضات مع مصر والسودان.
""", [
    ev("trump-remarks", "وجّه الرئيس الأمريكي دونالد ترامب يوم الجمعة انتقادات لإثيوبيا", TRUMP, "'يوم الجمعة' before this report of Sat 24 Oct 02:16 = Fri 23 Oct 2020"),
    ev("trump-call", "خلال اتصال هاتفي أجراه مع الزعيمين السوداني والإسرائيلي", TRUMP, "no own expression; the call with Hamdok and Netanyahu after the announcement of Sudan-Israel normalisation, Fri 23 Oct 2020"),
    ev("gerd-project-launch", "حين انطلق مشروع سد النهضة الإثيوبي عام 2011", "2011-03-30", "'عام 2011'; the project was announced on Wed 30 Mar and its foundation stone laid on Sat 2 Apr 2011 (outside knowledge; my span 30 Mar - 2 Apr)", end="2011-04-03"),
    ev("us-aid-suspension", "قد أعلنت في أوائل سبتمبر تعليق جزء من مساعدتها المالية", "2020-09-01", "'في أوائل سبتمبر' = early September 2020; the State Department confirmed the pause on Wed 2 Sep 2020 (outside knowledge; my span 1-4 Sep)", end="2020-09-05"),
    ev("first-filling", "بعد أن قررت أديس أبابا منفردة ملء سد النهضة", "2020-07-01", "no own expression; the first filling of July 2020, declared complete by Abiy on Tue 21 Jul 2020 (outside knowledge; my span 1-21 Jul)", end="2020-07-22"),
])
art(S, "https://almesryoon.com/Section_31/%D8%B9%D8%B1%D8%A8-%D9%88%D8%B9%D8%A7%D9%84%D9%85/%D9%85%D9%81%D8%A7%D8%AC%D8%A3%D8%A9-%D8%A5%D8%AB%D9%8A%D9%88%D8%A8%D9%8A%D8%A7-%D8%AA%D8%AA%D8%AD%D8%B1%D9%83-%D8%A8%D8%B4%D8%A3%D9%86-%D8%AA%D9%81%D8%AC%D9%8A%D8%B1-%D8%B3%D8%AF-%D8%A7%D9%84%D9%86%D9%87%D8%B6%D8%A9_1317503",
    "2020-10-24", "page stamp 'السبت، 24-10-2020 06:48 م' (kept; 24 Oct 2020 was a Saturday); the author's name dropped; headline rendered from the URL slug ('مفاجأة-إثيوبيا-تتحرك-بشأن-تفجير-سد-النهضة')", True, """
مفاجأة.. إثيوبيا تتحرك بشأن تفجير سد النهضة
السبت، 24-10-2020 06:48 م
أقدمت إثيوبيا على تحرك جديد في ملف سد النهضة، لا سيما بعد تصريحات الرئيس الأمريكي دونالد ترامب حول هذه القضية الشائكة.
واليوم السبت، استدعت إثيوبيا السفير الأمريكي مايك راينور احتجاجا على تصريحات ترامب.
وقالت وزارة الخارجية: "إن تحريض رئيس أمريكي في منصبه على الحرب بين إثيوبيا ومصر لا يعبر عن الشراكة الطويلة الأمد ولا عن التحالف الاستراتيجي بين إثيوبيا والولايات المتحدة، ولا يقبله القانون الدولي الذي ينظم العلاقات بين الدول".
وقال مكتب رئيس الوزراء الإثيوبي اليوم السبت: "ما زالت تصدر بين الحين والآخر بيانات تحمل تهديدات عدائية لإخضاع إثيوبيا لشروط جائرة".
وكان ترامب قد دعا أمس الجمعة إلى اتفاق بين البلدين، لكنه وصف الوضع بالخطير، وقال إنه قد يصل إلى حد أن "تنسف" مصر السد.
وجاءت تصريحات ترامب في أثناء اتصال هاتفي مع رئيس الوزراء السوداني عبد الله حمدوك، في أعقاب إعلان السودان وإسرائيل تطبيع العلاقات بينهما.
""", [
    ev("ambassador-summoned", "استدعت إثيوبيا السفير الأمريكي مايك راينور", REPLY, "'واليوم السبت' = Sat 24 Oct 2020 (page stamp)"),
    ev("ethiopian-mfa-statement", "وقالت وزارة الخارجية: \"إن تحريض رئيس أمريكي", REPLY, "no own expression; the ministry's statement after the summons of Sat 24 Oct 2020"),
    ev("abiy-statement", "وقال مكتب رئيس الوزراء الإثيوبي اليوم السبت", REPLY, "'اليوم السبت' = Sat 24 Oct 2020"),
    ev("trump-remarks", "وكان ترامب قد دعا أمس الجمعة إلى اتفاق بين البلدين", TRUMP, "'أمس الجمعة' in an article of Sat 24 Oct = Fri 23 Oct 2020"),
    ev("trump-call", "في أثناء اتصال هاتفي مع رئيس الوزراء السوداني عبد الله حمدوك", TRUMP, "no own expression; the call of Fri 23 Oct 2020 (the day of Trump's remarks)"),
    ev("sudan-israel-normalisation", "في أعقاب إعلان السودان وإسرائيل تطبيع العلاقات بينهما", TRUMP, "no own expression; the normalisation was announced on Fri 23 Oct 2020 (outside knowledge)"),
])
art(S, "https://samanews.ps/ar/post/437043/%D8%B1%D8%A6%D9%8A%D8%B3-%D9%88%D8%B2%D8%B1%D8%A7%D8%A1-%D8%A5%D8%AB%D9%8A%D9%88%D8%A8%D9%8A%D8%A7-%D9%8A%D8%B1%D8%AF-%D8%B9%D9%84%D9%89-%D8%AA%D8%B5%D8%B1%D9%8A%D8%AD%D8%A7%D8%AA-%D8%AA%D8%B1%D8%A7%D9%85%D8%A8-%D8%A8%D8%B4%D8%A3%D9%86-%D8%A7%D8%AD%D8%AA%D9%85%D8%A7%D9%84-%D8%B6%D8%B1%D8%A8-%D9%85%D8%B5%D8%B1-%D9%84%D8%B3%D8%AF-%D8%A7%D9%84%D9%86%D9%87%D8%B6%D8%A9",
    "2020-10-24", "page stamp 'date 2020-10' with the body's 'اليوم السبت' for Abiy's answer to Trump's remarks of Fri 23 Oct 2020 gives Sat 24 Oct 2020 (the outlet's neighbouring post 437059 is stamped 'السبت 24 أكتوبر 2020 07:57 م'); the embedded English tweet of the prime minister's office dropped; headline rendered from the URL slug; no date of its own in the text", True, """
رئيس وزراء إثيوبيا يرد على تصريحات ترامب بشأن احتمال ضرب مصر لسد النهضة
ردّ رئيس الوزراء الإثيوبي آبي أحمد، اليوم السبت، على اتهام الرئيس الأمريكي دونالد ترامب لأديس أبابا بخرق اتفاق عكف على إعداده لتسوية النزاع حول سد النهضة.
وقال آبي أحمد: "سد النهضة سد إثيوبيا، والإثيوبيون سيكملون هذا العمل لا محالة، ولا قوة تستطيع أن تمنعنا من بلوغ الأهداف التي رسمناها، فلم يستعمرنا أحد من قبل، ولن يحكمنا أحد في المستقبل"، مؤكدا أن توجيه التهديدات إلى بلاده بشأن "سد النهضة" نهج خاطئ يخالف القانون الدولي، وأن أديس أبابا لن تخضع لها.
وأضاف أنه "لا يستطيع أحد أن يمس إثيوبيا ثم يعيش في سلام، والإثيوبيون سينتصرون"، وتابع: "هناك أصدقاء شاركونا صنع هذا التاريخ، وهناك أصدقاء خانونا ونحن نصنعه، وهذا ليس بجديد على إثيوبيا".
""", [
    ev("abiy-statement", "ردّ رئيس الوزراء الإثيوبي آبي أحمد، اليوم السبت", REPLY, "'اليوم السبت' = Sat 24 Oct 2020"),
    ev("trump-remarks", "على اتهام الرئيس الأمريكي دونالد ترامب لأديس أبابا بخرق اتفاق", TRUMP, "no own expression; Trump's remarks of Fri 23 Oct 2020, the day before"),
])
art(S, "http://sudannews24.com/archives/33257",
    "2020-10-25", "no date on the stored page; the body's 'امس السبت' for Abiy's answer of Sat 24 Oct 2020 gives Sun 25 Oct 2020; the tags 'اظهر المزيد' and 'مقالات ذات صلة' dropped; headline kept (re-worded); no date of its own in the text", False, """
إثيوبيا ترفض تهديدات ترامب بأن مصر قد تفجر سد النهضة
اديس: وكالات
ردّ رئيس الوزراء الإثيوبي آبي أحمد، امس السبت، على اتهام الرئيس الأمريكي دونالد ترامب لأديس أبابا بانتهاك اتفاق تولى إعداده لحل الخلاف حول سد النهضة، وعلى قوله إن القاهرة قد ينتهي بها الأمر إلى أن "تنسف ذلك السد".
وأكد آبي أحمد أن "سد النهضة هو سد إثيوبيا، وسيُتم الإثيوبيون هذا العمل حتماً، ولا توجد قوة قادرة على منعنا من تحقيق ما خططنا له من أهداف، فلم يستعمرنا أحد من قبل، ولن يحكمنا أحد في المستقبل"، مشددا على أن تهديد بلاده بشأن "سد النهضة" أسلوب خاطئ مخالف للقانون الدولي، وأن أديس أبابا لن ترضخ له.
وزاد أنه "لا يمكن لأحد أن يمس إثيوبيا ويعيش بسلام، والإثيوبيون سينتصرون"، مضيفا: "ثمة أصدقاء صنعوا معنا هذا التاريخ، وثمة أصدقاء خانوا ونحن نصنعه، وهذا ليس جديدا على إثيوبيا".
ودعا ترامب، الجمعه، ورئيس الوزراء عبد الله حمدوك، إلى "التوصل إلى حل ودي للخلاف حول سد النهضة بين السودان ومصر من جهة وإثيوبيا من جهة أخرى"، ووجه ترامب إلى أديس أبابا تحذيرا غير مسبوق.
""", [
    ev("abiy-statement", "ردّ رئيس الوزراء الإثيوبي آبي أحمد، امس السبت", REPLY, "'امس السبت' in an article of Sun 25 Oct = Sat 24 Oct 2020"),
    ev("trump-remarks", "وعلى قوله إن القاهرة قد ينتهي بها الأمر إلى أن \"تنسف ذلك السد\"", TRUMP, "no own expression; Trump's remarks of Fri 23 Oct 2020 ('الجمعه' later in the text)"),
    ev("trump-call", "ودعا ترامب، الجمعه، ورئيس الوزراء عبد الله حمدوك", TRUMP, "'الجمعه' before Sat 24 = Fri 23 Oct 2020 (the call of Trump and Hamdok)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 346
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

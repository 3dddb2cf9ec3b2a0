"""Builds stories.jsonl: the 332-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: journalists and the media: journalists arrested, tried,
released, wounded or killed; newspapers, sites and TV channels suspended, closed or fined: the Israeli strike that
killed Al-Mayadeen's Farah Omar and Rabih al-Me'mari (Lebanon, November 2023), the Israeli raid on the Sanaa newspapers
"26 September" and "Al-Yaman" (Yemen, September 2025), the appeal verdict on Christophe Gleizes (Algeria, December
2025), the execution of Turki al-Jasser (Saudi Arabia, June 2025) and the closure of Al Jazeera's Ramallah office
(Palestine, September 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- lebanon-almayadeen-tayr-harfa-strike-2023
S = "lebanon-almayadeen-tayr-harfa-strike-2023"
STRIKE = "2023-11-21"                      # the Israeli strike at the Tayr Harfa - al-Jibbain junction, Tue 21 Nov 2023
FUNERAL = "2023-11-22"                     # the send-off at Al-Mayadeen's building and the burials, Wed 22 Nov 2023
ISSAM = "2023-10-13"                       # Reuters' Issam Abdallah killed near Alma al-Shaab, Fri 13 Oct 2023
BAN = "2023-11-13"                         # the Israeli cabinet's ban on Al-Mayadeen, Mon 13 Nov 2023
art(S, "https://palsawa.com/post/406739/استشهاد-صحفيين-اثنين-من-قناة-الميادين-بقصف-إسرائيلي",
    "2023-11-21", "the body's 'اليوم الثلاثاء 21 نوفمبر 2023' (kept; 21 Nov 2023 was a Tuesday); headline kept from the page; the repeated headline, the Telegram promotion line and the last, truncated sentence dropped", True, """
استشهاد صحفيين اثنين من قناة الميادين بقصف إسرائيلي
أعلنت قناة الميادين اللبنانية، اليوم الثلاثاء 21 نوفمبر 2023، أن مراسلتها فرح عمر والمصور ربيع المعماري استشهدا في غارة إسرائيلية طالتهما في منطقة مثلث طيرحرفا بجنوب البلاد.
وذكرت القناة، في حسابها على منصة "إكس"، أن "الطائرات الإسرائيلية استهدفت أحد فرق عمل الميادين في الجنوب".
ونعت المحطة "الشهيدين المراسلة فرح عمر، والمصوّر ربيع المعماري، نتيجة استهداف إسرائيلي غادر جنوبي لبنان".
وكانت وكالة الأنباء اللبنانية الرسمية قد أوردت أن صحفيين اثنين ومواطنا قُتلوا في قصف إسرائيلي على مثلث طيرحرفا-الجبين في جنوب لبنان.
وتوالت الاستهدافات الإسرائيلية للصحافيين في جنوب لبنان منذ 8 أكتوبر/ تشرين الأول الماضي، فقد قُتل مصوّر يعمل لوكالة "رويترز" وأصيب صحفيان آخران.
وفي منتصف الشهر الحالي، قررت الحكومة الإسرائيلية وقف بث قناة "الميادين" اللبنانية و"حظر عملياتها في البلاد"، متهمة إياها بـ"الإضرار بأمن الدولة".
""", [
    ev("almayadeen-announcement", "أعلنت قناة الميادين اللبنانية، اليوم الثلاثاء 21 نوفمبر 2023", STRIKE, "'اليوم الثلاثاء 21 نوفمبر 2023' (a Tuesday)"),
    ev("strike-killing", "استشهدا في غارة إسرائيلية طالتهما في منطقة مثلث طيرحرفا", STRIKE, "no own expression; the strike of Tue 21 Nov 2023 announced the same day"),
    ev("nna-report", "وكانت وكالة الأنباء اللبنانية الرسمية قد أوردت", STRIKE, "no own expression; the NNA's first report of the strike, earlier on Tue 21 Nov 2023"),
    ev("issam-abdallah-killing", "فقد قُتل مصوّر يعمل لوكالة \"رويترز\"", ISSAM, "no own expression ('منذ 8 أكتوبر/ تشرين الأول الماضي' is the start of the border fire); Issam Abdallah was killed on Fri 13 Oct 2023 (taiztoday: 'في 13 تشرين الأول/أكتوبر الماضي')"),
    ev("israel-bans-almayadeen", "قررت الحكومة الإسرائيلية وقف بث قناة \"الميادين\" اللبنانية", BAN, "'في منتصف الشهر الحالي' = mid-November 2023; the security cabinet approved the ban on Mon 13 Nov 2023 (outside knowledge: royanews and arabkhabar of 13 Nov)"),
])
art(S, "https://taiztoday.net/2023/11/21/%d9%82%d9%86%d8%a7%d8%a9-%d8%a7%d9%84%d9%85%d9%8a%d8%a7%d8%af%d9%8a%d9%86-%d8%aa%d9%86%d8%b9%d9%8a-%d8%a7%d8%b3%d8%aa%d8%b4%d9%87%d8%a7%d8%af-%d8%a7%d8%ab%d9%86%d9%8a%d9%86-%d9%85%d9%86-%d8%b7%d8%a7",
    "2023-11-21", "date in the URL '/2023/11/21/' (21 Nov 2023 was a Tuesday); the body's 'اليوم الثلاثاء' agrees; the source tag 'متابعات خاصة-\"تعز اليوم\"' dropped; headline kept from the page; no date of its own in the text", False, """
قناة الميادين تنعى اثنين من طاقمها استشهدا بقصف إسرائيلي في لبنان
نعت قناة الميادين اللبنانية، اليوم الثلاثاء، مراسلتها فرح عمر والمصور ربيع المعماري، اللذين سقطا في استهداف نفذه كيان الاحتلال الإسرائيلي في جنوب لبنان.
وكان جيش الاحتلال قد قصف بشكل مباشر، في 13 تشرين الأول/أكتوبر الماضي، صحفيين في محيط بلدة علما الشعب كانوا يغطون الأوضاع على الحدود بين لبنان وفلسطين المحتلة، فاستشهد مصور وكالة "رويترز" عصام عبد الله وأصيب آخرون.
أما في غزة، فقد قتل كيان الاحتلال 62 صحفيا منذ الـ7 من أكتوبر، وآخرهم الصحفيتان آلاء الحسنات وآيات خضورة اللتان استشهدتا يوم أمس الاثنين، لتبلغ حصيلة الصحفيين الذين قتلتهم إسرائيل في غزة ولبنان 65 صحفيا خلال 45 يوما.
""", [
    ev("almayadeen-announcement", "نعت قناة الميادين اللبنانية، اليوم الثلاثاء", STRIKE, "'اليوم الثلاثاء' = Tue 21 Nov 2023"),
    ev("strike-killing", "اللذين سقطا في استهداف نفذه كيان الاحتلال الإسرائيلي", STRIKE, "no own expression; the strike of Tue 21 Nov 2023"),
    ev("issam-abdallah-killing", "فاستشهد مصور وكالة \"رويترز\" عصام عبد الله", ISSAM, "'في 13 تشرين الأول/أكتوبر الماضي' = Fri 13 Oct 2023"),
    ev("gaza-journalists-toll", "فقد قتل كيان الاحتلال 62 صحفيا منذ الـ7 من أكتوبر", "2023-10-07", "'منذ الـ7 من أكتوبر' up to the report of Tue 21 Nov 2023 ('خلال 45 يوما')", end="2023-11-22"),
    ev("hasanat-khadoura-killing", "اللتان استشهدتا يوم أمس الاثنين", "2023-11-20", "'يوم أمس الاثنين' from Tue 21 = Mon 20 Nov 2023"),
])
art(S, "https://www-staging.alnour.com.lb/news/politics/612394/%D9%82%D9%86%D8%A7%D8%A9-%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D8%AF%D9%8A%D9%86-%D9%88%D8%AF%D8%B9%D8%AA-%D8%A7%D9%84%D8%B4%D9%87%D9%8A%D8%AF%D9%8A%D9%86-%D8%A7%D9%84%D9%85%D8%B5%D9%88%D8%B1-%D8%B1%D8%A8%D9%8A%D8%B9-%D9%85%D8%B9%D9%85%D8%A7%D8%B1%D9%8A-%D9%88%D8%A7%D9%84%D9%85%D8%B1%D8%A7%D8%B3%D9%84%D8%A9-%D9%81%D8%B1%D8%AD",
    "2023-11-22", "page line 'تاريخ النشر 19:17 22-11-2023' (kept; 22 Nov 2023 was a Wednesday); the author/source/country tags, the repeated headline and the last, truncated sentence dropped; headline kept from the page", True, """
قناة "الميادين" ودّعت الشهيدين المصور ربيع معماري والمراسلة فرح عمر بعد تأبين حاشد أمام مقر القناة في الجناح
تاريخ النشر 19:17 22-11-2023
بنثر الورود والأرز وبالدموع، استقبل العاملون في قناة "الميادين" جثماني الشهيدين المراسلة فرح عمر والمصور ربيع المعماري، وقد عُلّقت صورهما على الجدران في كل الأنحاء إلى جانب صورة الشهيد حسين عقيل الذي قضى معهما، وكُتب تحتها "شهداء على طريق القدس".
وتوافدت إلى مبنى القناة حشود كبيرة من الإعلاميين ومن نواب ووزراء سابقين وحاليين وشخصيات سياسية وثقافية واجتماعية ورجال دين لتقديم واجب العزاء بالشهيدين، وأجمع الحاضرون على أن صوت الحق سيبقى عاليا في وجه الإجرام "الإسرائيلي" الذي يسعى إلى إسكات الأفواه ليغطي على المجازر التي يرتكبها من جهة وعلى الخسائر الميدانية الكبيرة التي يتكبدها من جهة ثانية.
وبعد وصول الجثمانين، أمّ رئيس اتحاد "علماء المقاومة" الشيخ ماهر حمود الصلاة عليهما.
""", [
    ev("send-off", "استقبل العاملون في قناة \"الميادين\" جثماني الشهيدين", FUNERAL, "no own expression; the send-off at the channel's building in al-Jnah on Wed 22 Nov 2023 (page date; baldatee 'اليوم الأربعاء')"),
    ev("strike-killing", "حسين عقيل الذي قضى معهما", STRIKE, "no own expression; the strike of Tue 21 Nov 2023"),
    ev("condolences", "وتوافدت إلى مبنى القناة حشود كبيرة من الإعلاميين", FUNERAL, "no own expression; the mourners at the building during the send-off of Wed 22 Nov 2023"),
    ev("funeral-prayer", "أمّ رئيس اتحاد \"علماء المقاومة\" الشيخ ماهر حمود الصلاة عليهما", FUNERAL, "no own expression; the prayer over the bodies, Wed 22 Nov 2023 (baldatee 'اليوم الأربعاء')"),
])
art(S, "https://baldatee.com/?p=77794",
    "2023-11-22", "no date on the stored page; the body's 'اليوم الأربعاء' for the funeral and 'أمس' for the strike (dated Tue 21 Nov 2023 by palsawa and jfranews) give Wed 22 Nov 2023; the photo credit and the last, truncated sentence dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
الميادين تشيّع مراسلتها فرح عمر والمصور ربيع المعماري
ودّعت شبكة "الميادين" الإعلامية، اليوم الأربعاء، زميليها الشهيدين المراسلة فرح عمر والمصوّر ربيع المعماري، في حضور حشد من الإعلاميين والشخصيات والأحزاب والمحبين.
وأكد رئيس الاتحاد العالمي لعلماء المقاومة الشيخ ماهر حمود، الذي أمّ الصلاة على الجثمانين، أنّ فرح عمر وربيع المعماري شهيدان على طريق القدس، من جنوبي لبنان إلى جنوبي فلسطين وما بينهما.
وانطلق موكب الشهيد المعماري من منطقة سكنه إلى الغبيري حيث دُفن في روضة الشهيدين، فيما تُدفن عمر في جبانة بلدتها مشغرة.
وكانت مراسلة الميادين فرح عمر والمصور المرافق لها ربيع المعماري قد استشهدا في غارة إسرائيلية استهدفتهما أمس في بلدة طيرحرفا جنوبي لبنان.
ونعى رئيس مجلس إدارة شبكة "الميادين" غسان بن جدو الشهيدين، مؤكدًا أنّهما سقطا في استهداف مباشر نفّذه الاحتلال الإسرائيلي لفريق "الميادين" عند أطراف بلدة طير حرفا الجنوبية، وأن "شهداءنا ينضمون إلى قافلة الشهداء في غزة ولبنان".
""", [
    ev("send-off", "ودّعت شبكة \"الميادين\" الإعلامية، اليوم الأربعاء", FUNERAL, "'اليوم الأربعاء' = Wed 22 Nov 2023"),
    ev("funeral-prayer", "الذي أمّ الصلاة على الجثمانين", FUNERAL, "no own expression; the prayer of the funeral of Wed 22 Nov 2023"),
    ev("burials", "حيث دُفن في روضة الشهيدين، فيما تُدفن عمر في جبانة بلدتها مشغرة", FUNERAL, "no own expression; the burials in Beirut (Rawdat al-Shahidain) and Mashghara the same Wed 22 Nov 2023 (tarablos, mtv)"),
    ev("strike-killing", "استشهدا في غارة إسرائيلية استهدفتهما أمس في بلدة طيرحرفا", STRIKE, "'أمس' from Wed 22 = Tue 21 Nov 2023"),
    ev("ben-jeddou-eulogy", "ونعى رئيس مجلس إدارة شبكة \"الميادين\" غسان بن جدو الشهيدين", STRIKE, "no own expression; Ghassan Ben Jeddou's statement on the day of the strike, Tue 21 Nov 2023 (jfranews 'الثلاثاء-2023-11-21')"),
])

# ---------------------------------------------------------------- yemen-26-september-newspaper-strike-2025
S = "yemen-26-september-newspaper-strike-2025"
RAID = "2025-09-10"                        # the Israeli raids on Sanaa and al-Jawf, the evening of Wed 10 Sep 2025
WJWC = ("2025-09-12", "2025-09-14")        # Women Journalists Without Chains' statement, reported on Sat 13 Sep (my span 12-13 Sep)
TOLL31 = "2025-09-14"                      # the paper's statement naming 31 dead journalists, Sun 14 Sep 2025
BURIAL = "2025-09-16"                      # the mass funeral at al-Shaab mosque, Tue 16 Sep 2025
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=12092025&id=c6068e41-c556-449f-adf8-635f5a74e09d",
    "2025-09-12", "date in the URL 'cdate=12092025' and stamp 'date 2025-09-12' (not kept; 12 Sep 2025 was a Friday); the body's 'اليوم الجمعة' agrees; headline written from the body (the stored text has none); no date of its own in the text", False, """
نقابة الصحفيين اليمنيين: الهجوم الإسرائيلي على صحيفة 26 سبتمبر جريمة حرب
دانت نقابة الصحفيين اليمنيين، اليوم الجمعة، الهجوم الإسرائيلي الذي طال صحيفة 26 سبتمبر في العاصمة صنعاء، ووصفته بأنه "جريمة حرب".
وجاء في بيان النقابة: "ندين الهجوم الصهيوني على مقر صحيفة 26 سبتمبر مساء الأربعاء في صنعاء، وما نتج عنه من استشهاد وإصابة عدد من العاملين فيها، فيما لا يزال عدد منهم مفقودا تحت الأنقاض".
ورأت النقابة أن مهاجمة مقار إعلامية وأحياء سكنية سقط فيها عشرات المدنيين ودُمّرت فيها منشآت ومساكن كثيرة تمثل "جريمة حرب وانتهاكًا صارخًا لكل القوانين والمواثيق الدولية التي تؤكد على حماية وسائل الإعلام وحرية التعبير أثناء النزاعات".
وأوضحت أن الهجوم "أسفر عن استشهاد 10 من الصحفيين والعاملين في الصحيفة، إضافة إلى عدد من المصابين".
وطالبت النقابة كل المنظمات المعنية بحرية الصحافة والرأي والتعبير بإدانة هذه الجريمة، وبالضغط من أجل حماية وسائل الإعلام وتأمين بيئة آمنة لحرية التعبير، ومحاسبة كل من ينتهك حرية الصحافة في اليمن.
يُذكر أن إسرائيل شنت الأربعاء الماضي غارات عدة على صنعاء ومحافظة الجوف، طالت مقر صحيفة 26 سبتمبر التابعة لوزارة الدفاع وصحيفة اليمن في حي التحرير بصنعاء.
""", [
    ev("union-statement", "دانت نقابة الصحفيين اليمنيين، اليوم الجمعة", "2025-09-12", "'اليوم الجمعة' = Fri 12 Sep 2025"),
    ev("newspaper-strike", "ندين الهجوم الصهيوني على مقر صحيفة 26 سبتمبر مساء الأربعاء", RAID, "'مساء الأربعاء' before Fri 12 = the evening of Wed 10 Sep 2025"),
    ev("union-toll-10", "أسفر عن استشهاد 10 من الصحفيين والعاملين في الصحيفة", RAID, "no own expression; the dead of the strike of Wed 10 Sep 2025 (the union's first count)"),
    ev("sanaa-jawf-raids", "شنت الأربعاء الماضي غارات عدة على صنعاء ومحافظة الجوف", RAID, "'الأربعاء الماضي' from Fri 12 = Wed 10 Sep 2025"),
])
art(S, "https://marebpress.net/news_details.php?lang=arabic&sid=213598",
    "2025-09-13", "page date line 'السبت 13 سبتمبر-أيلول 2025 الساعة 05 مساءً' (kept as first line; 13 Sep 2025 was a Saturday), stamp 'date 2025-09-13'; the byline 'مأرب برس - خاص' and the reads counter dropped; headline written from the body (the stored text has none)", True, """
السبت 13 سبتمبر-أيلول 2025 الساعة 05 مساءً
صحفيات بلا قيود تدين "المجزرة المروعة" بحق صحفيي 26 سبتمبر واليمن
دانت منظمة صحفيات بلا قيود بأقسى العبارات ما سمّته "المجزرة المروعة" التي ارتكبها الطيران الإسرائيلي يوم الأربعاء 10 سبتمبر 2025 حين قصف مبنى التوجيه المعنوي وصحيفتي 26 سبتمبر واليمن في العاصمة صنعاء، فاستشهد ستة صحفيين وأصيب آخرون بجروح خطيرة.
وأوردت المنظمة في بيانها أن بين الضحايا الصحفيين عباس الديلمي وعبدالعزيز الشيخ ويوسف شمس الدين وعبدالله مهدي البحري وعلي الشهاري، إضافة إلى الإعلامي عبدالله الحرازي.
وشدد البيان على أن استهداف الصحفيين خلال تأديتهم عملهم المهني يُعد "جريمة حرب مكتملة الأركان" وانتهاكاً صارخاً لحرية الصحافة والتعبير، ودعا إلى فتح تحقيق دولي ومحاكمة المسؤولين عن هذه الجرائم أمام المحاكم المختصة.
وناشدت المنظمة جميع الهيئات الدولية المعنية بحرية الصحافة وحقوق الإنسان أن تدين الهجمات الإسرائيلية وأن تتخذ إجراءات عاجلة لحماية الصحفيين ووقف الاعتداءات المتواصلة على الإعلاميين في اليمن والمنطقة العربية.
""", [
    ev("wjwc-statement", "دانت منظمة صحفيات بلا قيود بأقسى العبارات", WJWC[0], "no own expression; the statement reported on Sat 13 Sep 2025 (page line); my span 12-13 Sep", end=WJWC[1]),
    ev("newspaper-strike", "حين قصف مبنى التوجيه المعنوي وصحيفتي 26 سبتمبر واليمن", RAID, "'يوم الأربعاء 10 سبتمبر 2025' (a Wednesday)"),
    ev("call-for-inquiry", "ودعا إلى فتح تحقيق دولي", WJWC[0], "no own expression; part of the same statement (my span 12-13 Sep)", end=WJWC[1]),
])
art(S, "https://www.masrawy.com/news/news_publicaffairs/details/2025/9/15/2854374/%D8%A7%D9%84%D8%AD%D9%88%D8%AB%D9%8A%D9%88%D9%86-%D9%85%D9%82%D8%AA%D9%84-31-%D8%B5%D8%AD%D9%81%D9%8A-%D8%A7-%D8%A8%D9%87%D8%AC%D9%88%D9%85-%D8%A5%D8%B3%D8%B1%D8%A7%D8%A6%D9%8A%D9%84-%D8%B9%D9%84%D9%89-%D8%B5%D9%86%D8%B9%D8%A7%D8%A1-%D8%A7%D9%84%D8%A3%D8%B1%D8%A8%D8%B9%D8%A7%D8%A1-%D8%A7%D9%84%D9%85%D8%A7%D8%B6%D9%8A",
    "2025-09-15", "date in the URL '/2025/9/15/' and stamp 'date 2025-09-15' (not kept; 15 Sep 2025 was a Monday); the dpa item's 'الأحد' is then Sun 14 Sep; headline rendered from the URL slug (the stored text has none); the dateline 'صنعاء - (د ب أ)' kept; no date of its own in the text", False, """
الحوثيون: مقتل 31 صحفيا بهجوم إسرائيل على صنعاء الأربعاء الماضي
صنعاء - (د ب أ)
أعلنت جماعة أنصار الله الحوثية في اليمن، الأحد، أن 31 صحفيا قُتلوا في الهجوم الذي شنته إسرائيل على صنعاء الأربعاء الماضي.
ونعت صحيفة 26 سبتمبر، التابعة لوزارة الدفاع في حكومة الحوثيين، في بيان 31 صحفيا قالت إنهم سقطوا في الغارات الإسرائيلية التي ضربت مقرها في العاصمة صنعاء ودمرته بالكامل مساء الأربعاء.
وأوضحت الصحيفة أن الهجوم الإسرائيلي أدى كذلك إلى إصابة 22 صحفيا، علاوة على مقتل وجرح عشرات المدنيين.
وقالت إن "دماء الصحفيين اليمنيين امتزجت بدماء زملائهم في قطاع غزة الذين يتعرضون بدورهم لغارات إسرائيلية متواصلة".
وطالب البيان الأمم المتحدة ومجلس الأمن والمنظمات الإنسانية والحقوقية بإدانة الهجوم، وحمّل إسرائيل المسؤولية الكاملة عن استهداف الصحافة والإعلام.
وكانت إسرائيل قد شنت مساء الأربعاء غارات عدة على العاصمة صنعاء، قالت إنها استهدفت مواقع عسكرية للحوثيين.
""", [
    ev("toll-31-announced", "أعلنت جماعة أنصار الله الحوثية في اليمن، الأحد", TOLL31, "'الأحد' before Mon 15 = Sun 14 Sep 2025"),
    ev("newspaper-strike", "الغارات الإسرائيلية التي ضربت مقرها في العاصمة صنعاء ودمرته بالكامل مساء الأربعاء", RAID, "'مساء الأربعاء' = the evening of Wed 10 Sep 2025 ('الأربعاء الماضي' in the lead)"),
    ev("injured-22", "أدى كذلك إلى إصابة 22 صحفيا", RAID, "no own expression; the wounded of the strike of Wed 10 Sep 2025"),
    ev("sanaa-jawf-raids", "وكانت إسرائيل قد شنت مساء الأربعاء غارات عدة على العاصمة صنعاء", RAID, "'مساء الأربعاء' = the evening of Wed 10 Sep 2025"),
])
art(S, "https://alwasat-ye.net/index.php?ac=3&d_f=18&no=51136",
    "2025-09-16", "page date line '16-09-2025 21:41:19' (kept; 16 Sep 2025 was a Tuesday); the body's 'اليوم الثلاثاء' agrees; the source tag 'الوسط ــ متابعات' and the last, truncated sentence dropped; headline kept from the page (spelling mended)", True, """
صنعاء تشيّع شهداء الصحافة والغدر الإسرائيلي من صحافيين ومواطنين
16-09-2025 21:41:19
ودّع اليمن اليوم الثلاثاء الصحفيين العاملين في صحيفتي 26 سبتمبر واليمن الذين سقطوا شهداء في عدوان إجرامي يُعد الأكبر بحق الصحافة والصحفيين في اليمن.
وتقدّم موكب التشييع المهيب القائم بأعمال رئيس الوزراء العلامة محمد مفتاح ومفتي الديار اليمنية العلامة شمس الدين شرف الدين، إلى جانب عدد كبير من القيادات العسكرية والمدنية وجمع غفير من المواطنين.
وأُقيمت صلاة الجنازة على أرواحهم في جامع الشعب بالعاصمة صنعاء وسط حضور جماهيري كبير، ثم نُقلوا إلى مثواهم الأخير.
وقد استشهد أكثر من 32 صحفيًا في هذا العدوان الذي طال دائرة التوجيه المعنوي يوم الأربعاء الماضي، وهو عدوان وُصف بأنه الأبشع والأكثر ترويعا، إذ استهدف أحياءً وأعيانًا مدنية وأشخاصا لا مبرر لاستهدافهم على الإطلاق.
ورأى المشيعون أن هذه المجزرة بحق الصحفيين لو وقعت في بلد آخر لجاءت ردود الفعل مختلفة تمامًا، ونددوا بـ"المعايير المزدوجة" التي يتعامل بها المجتمع الدولي.
""", [
    ev("mass-funeral", "ودّع اليمن اليوم الثلاثاء الصحفيين العاملين", BURIAL, "'اليوم الثلاثاء' = Tue 16 Sep 2025"),
    ev("funeral-prayer", "وأُقيمت صلاة الجنازة على أرواحهم في جامع الشعب", BURIAL, "no own expression; part of the funeral of Tue 16 Sep 2025"),
    ev("newspaper-strike", "هذا العدوان الذي طال دائرة التوجيه المعنوي يوم الأربعاء الماضي", RAID, "'يوم الأربعاء الماضي' from Tue 16 = Wed 10 Sep 2025"),
])

# ---------------------------------------------------------------- algeria-gleizes-appeal-verdict-2025
S = "algeria-gleizes-appeal-verdict-2025"
APPEAL = "2025-12-03"                      # the Tizi Ouzou court of appeal upheld the 7-year sentence, Wed 3 Dec 2025
FIRST = "2025-06-29"                       # the first-instance verdict of Sun 29 Jun 2025 (jailed since)
ARREST = "2024-05-28"                      # Christophe Gleizes arrested in Tizi Ouzou, Tue 28 May 2024
art(S, "https://www.alaraby.co.uk/entertainment_media/%D8%A7%D9%84%D9%82%D8%B6%D8%A7%D8%A1-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1%D9%8A-%D9%8A%D8%AF%D9%8A%D9%86-%D8%A7%D9%84%D8%B5%D8%AD%D8%A7%D9%81%D9%8A-%D8%A7%D9%84%D9%81%D8%B1%D9%86%D8%B3%D9%8A-%D9%83%D8%B1%D9%8A%D8%B3%D8%AA%D9%88%D9%81%D8%B1-%D8%BA%D9%84%D9%8A%D8%B2-%D8%A8%D8%B3%D8%A8%D8%B9-%D8%B3%D9%86%D9%88%D8%A7%D8%AA",
    "2025-12-03", "stamp 'date 2025-12-03' at the head of the stored page (not kept; 3 Dec 2025 was a Wednesday); the body's 'اليوم الأربعاء' agrees; headline rendered from the URL slug; the page's three summary bullets turned into the last two sentences; the body's last, truncated sentence dropped; no date of its own in the text", False, """
القضاء الجزائري يدين الصحافي الفرنسي كريستوف غليز بسبع سنوات
أصدر القضاء الجزائري، في جلسة استئناف اليوم الأربعاء، حكماً بسجن الصحافي الفرنسي كريستوف غليز سبع سنوات بتهمة الإشادة بالإرهاب، بعدما ثبتت اتصالاته بأعضاء في حركة الماك التي تعدّها السلطات الجزائرية من "التنظيمات الإرهابية".
وثبّت مجلس قضاء تيزي وزو، القريب من العاصمة الجزائرية، الحكم الذي سبق أن أصدرته المحكمة الابتدائية بحق غليز، في حين كانت النيابة العامة قد طلبت سجن الصحافي الفرنسي عشر سنوات بعد طعنها في الحكم الابتدائي القاضي بسجنه سبع سنوات.
وأقرّ غليز بأنه أخطأ حين استخدم تأشيرة سياحية لأغراض صحافية، لكنه نفى أن يكون على علم بأن من تواصل معهم ينتمون إلى حركة الماك.
وأثار الحكم توتراً بين الجزائر وباريس، إذ كانت فرنسا تأمل في تخفيفه في ظل تحسن العلاقات بين البلدين والمساعي الدبلوماسية للإفراج عن الصحافي.
""", [
    ev("appeal-verdict", "في جلسة استئناف اليوم الأربعاء", APPEAL, "'اليوم الأربعاء' = Wed 3 Dec 2025"),
    ev("first-instance-verdict", "الحكم الذي سبق أن أصدرته المحكمة الابتدائية بحق غليز", FIRST, "no own expression; the first-instance verdict of Sun 29 Jun 2025 (outside knowledge; facepress: France 24 'يوم أمس الأحد', appeal lodged Mon 30 Jun)"),
    ev("prosecutor-request", "كانت النيابة العامة قد طلبت سجن الصحافي الفرنسي عشر سنوات", APPEAL, "no own expression; the prosecutor's request at the appeal hearing of Wed 3 Dec 2025 (the hearing and the verdict were on the same day)"),
    ev("gleizes-admission", "وأقرّ غليز بأنه أخطأ حين استخدم تأشيرة سياحية", APPEAL, "no own expression; his statement at the appeal hearing of Wed 3 Dec 2025"),
])
art(S, "https://ar.tunisienumerique.com/%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1-%D9%81%D9%8A-%D8%A7%D9%84%D8%A7%D8%B3%D8%AA%D8%A6%D9%86%D8%A7%D9%81%D8%8C-%D8%A7%D9%84%D8%AD%D9%83%D9%85-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%B5%D8%AD%D9%81/",
    "2025-12-03", "stamp 'date 2025-12-03' (not kept) and the body's 'يوم الأربعاء 3 ديسمبر' (kept; 3 Dec 2025 was a Wednesday); the share buttons and the last, truncated sentence dropped; headline rendered from the URL slug", True, """
الجزائر: في الاستئناف، الحكم على الصحفي الفرنسي كريستوف غليز بسبع سنوات سجنا
قضت محكمة الاستئناف في تيزي وزو، يوم الأربعاء 3 ديسمبر، بسجن الصحفي الفرنسي كريستوف غليز 7 سنوات.
وأعلن رئيس الجلسة عند اختتام المحاكمة الجديدة: «المحكمة تؤكد الحكم الصادر في الدرجة الأولى».
وكان هذا الصحفي المستقل، الذي يتعاون مع مجموعة مجلات So Press، قد أُوقف في ماي 2024 بتيزي وزو، ثم صدر بحقه في يونيو 2025 حكم ابتدائي بتهمتي «تمجيد الإرهاب» و«حيازة منشورات بقصد الدعاية بما يضر بالمصلحة الوطنية».
وفي الجلسات التي بدأت صباح الأربعاء، مثل كريستوف غليز برفقة محامٍ جزائري وآخر فرنسي، إلى جانب أفراد من عائلته أُذن لهم بالحضور.
ووفق وكالة الأنباء الفرنسية، طلب غليز «الرأفة» من القضاء الجزائري والتمس «الصفح»، مقرًّا بأنه ارتكب «الكثير من الأخطاء الصحفية رغم نواياه الحسنة»، ثم أضاف متأثرا: «ألتمس رأفتكم كي أتمكن من العودة إلى عائلتي».
وكان مدير منظمة مراسلون بلا حدود، تيبو بروتان، قد صرّح لإذاعة فرنسا الدولية (RFI) الأسبوع الماضي بأن «هناك سوء فهم لدور الصحفيين» لدى القضاء الجزائري.
""", [
    ev("appeal-verdict", "قضت محكمة الاستئناف في تيزي وزو، يوم الأربعاء 3 ديسمبر", APPEAL, "'يوم الأربعاء 3 ديسمبر' = Wed 3 Dec 2025"),
    ev("arrest", "قد أُوقف في ماي 2024 بتيزي وزو", ARREST, "'في ماي 2024'; the arrest of Tue 28 May 2024 (outside knowledge; aljazayr and el-balad: 'في 28 ماي 2024')"),
    ev("first-instance-verdict", "ثم صدر بحقه في يونيو 2025 حكم ابتدائي", FIRST, "'في يونيو 2025'; the first-instance verdict of Sun 29 Jun 2025 (outside knowledge)"),
    ev("appeal-hearing", "وفي الجلسات التي بدأت صباح الأربعاء", APPEAL, "'صباح الأربعاء' = the morning of Wed 3 Dec 2025"),
    ev("rsf-statement", "قد صرّح لإذاعة فرنسا الدولية (RFI) الأسبوع الماضي", "2025-11-24", "'الأسبوع الماضي' from Wed 3 Dec = the week of Mon 24 - Sun 30 Nov 2025", end="2025-12-01"),
])
art(S, "http://origin-web.yenisafak.com/ar/world/4110670",
    "2025-12-04", "page date line '09:14 4/12/2025, الخميس' (kept as '09:14 4/12/2025, الخميس'; 4 Dec 2025 was a Thursday); the update line, the 'الأناضول' tag, the repeated headlines, the sub-heading and the last, truncated sentence dropped; headline kept from the page", True, """
القضاء الجزائري يؤيد حبس الصحفي الفرنسي كريستوف غليز 7 سنوات
09:14 4/12/2025, الخميس
ثبّت القضاء الجزائري، الأربعاء، حكما بسجن الصحفي الفرنسي كريستوف غليز 7 سنوات إثر إدانته بتهم تتصل بـ"الإشادة بالإرهاب" وبدخول البلاد في مهمة عمل بتأشيرة سياحية.
ونقلت وسائل إعلام محلية أن مجلس قضاء محافظة تيزي وزو في منطقة القبائل (شمال) أيد الحكم بسجن غليز، الموقوف منذ 28 مايو/ أيار الماضي، بتهم "دخول البلاد لمهمة عمل بتأشيرة سياحية، والإشادة بالإرهاب وحيازة منشورات من شأنها الإضرار بالمصلحة الوطنية".
وذكر موقع صحيفة الحياة (خاصة) أن "غليز، أدين بعقوبة 7 سنوات سجن نافذة من قبل مجلس قضاء تيزي وزو، الذي يعد بمثابة محكمة استئناف".
وأضاف الموقع أن "غليز، جرى توقيفه أثناء إعداده تقريرًا عن نادي شبيبة القبائل. وتبيّن خلال التحريات أنه دخل الجزائر بتأشيرة سياحية وليس بمهمة عمل".
وأوضح أن "التحريات توصلت إلى أنه تواصل مع أحد عناصر حركة الماك الإرهابية".
""", [
    ev("appeal-verdict", "ثبّت القضاء الجزائري، الأربعاء، حكما بسجن الصحفي الفرنسي", APPEAL, "'الأربعاء' before Thu 4 = Wed 3 Dec 2025"),
    ev("arrest", "جرى توقيفه أثناء إعداده تقريرًا عن نادي شبيبة القبائل", ARREST, "no own expression; the arrest of Tue 28 May 2024 (the text's earlier 'منذ 28 مايو/ أيار الماضي' reads as 2025 but the arrest was in 2024: tunisienumerique 'في ماي 2024')"),
])
art(S, "https://www.choufpress.com/74831.html",
    "2025-12-04", "no date on the stored page; the body's 'أمس الأربعاء' for the appeal verdict (Wed 3 Dec 2025, dated so by tunisienumerique and alaraby) gives Thu 4 Dec 2025; the font-size widget dropped; headline kept from the page; no date of its own in the text", False, """
القضاء الجزائري يؤيد سجن صحفي فرنسي 7 سنوات بتهمة "الإشادة بالإرهاب"
ثبّتت محكمة الاستئناف في تيزي وزو بالجزائر، أمس الأربعاء، حكم السجن سبع سنوات الصادر بحق الصحفي الفرنسي كريستوف غليز، المسجون منذ يونيو الماضي.
ويُلاحق غليز كذلك بتهمتي "الإشادة بالإرهاب وحيازة منشورات دعائية تضر بالمصلحة الوطنية"، بسبب اتصالاته بأشخاص على صلة بحركة تقرير المصير في منطقة القبائل (ماك)، التي تصنفها الجزائر منظمة إرهابية.
وفي السياق نفسه، عبّرت عائلة غليز عن صدمتها، في حين قال محاميه إنه "نادراً ما شهد ملفاً فارغاً إلى هذه الدرجة"، مضيفا أن الدفاع سيطعن في الحكم أمام محكمة النقض.
أما وزارة الخارجية الفرنسية فأبدت أسفها لتأييد الحكم وطالبت بالإفراج عنه. وكان الصحفي، البالغ 36 عاماً، قد قدم إلى الجزائر لكتابة مقال عن نادٍ رياضي.
""", [
    ev("appeal-verdict", "ثبّتت محكمة الاستئناف في تيزي وزو بالجزائر، أمس الأربعاء", APPEAL, "'أمس الأربعاء' from Thu 4 = Wed 3 Dec 2025"),
    ev("first-instance-verdict", "المسجون منذ يونيو الماضي", FIRST, "'منذ يونيو الماضي'; jailed at the first-instance verdict of Sun 29 Jun 2025 (outside knowledge)"),
    ev("family-lawyer-reaction", "عبّرت عائلة غليز عن صدمتها", APPEAL, "no own expression; the reactions right after the verdict of Wed 3 Dec 2025"),
    ev("french-regret", "أما وزارة الخارجية الفرنسية فأبدت أسفها لتأييد الحكم", APPEAL, "no own expression; the Quai d'Orsay's statement on the evening of the verdict, Wed 3 Dec 2025 (the Elysee's own reaction came on Thu 4)"),
])

# ---------------------------------------------------------------- saudi-turki-aljasser-execution-2025
S = "saudi-turki-aljasser-execution-2025"
EXEC = "2025-06-14"                        # the execution of Turki al-Jasser, announced by the interior ministry on Sat 14 Jun 2025
JARREST = "2018-03-15"                     # his arrest after the raid on his home, Thu 15 Mar 2018 (gc4hr)
art(S, "https://alyurae.com/2025/06/15/%d8%a7%d9%84%d8%af%d8%a7%d8%ae%d9%84%d9%8a%d8%a9-%d8%a7%d9%84%d8%b3%d8%b9%d9%88%d8%af%d9%8a%d8%a9-%d8%aa%d8%b9%d9%84%d9%86-%d8%a5%d8%b9%d8%af%d8%a7%d9%85-%d8%a7%d9%84%d8%b5%d8%ad%d8%a7%d9%81%d9%8a",
    "2025-06-15", "date in the URL '/2025/06/15/' (15 Jun 2025 was a Sunday); the weather widget ('31 C Khartoum') and the empty 'Published:' line dropped; the last, truncated clause of the CPJ sentence dropped; headline kept from the page; no date of its own in the text (the body's 'يوم السبت 14 يونيو/حزيران' dates the announcement)", False, """
الداخلية السعودية تعلن إعدام الصحافي تركي الجاسر بتهمة "ارتكاب جرائم إرهابية"
أعلنت وزارة الداخلية السعودية يوم السبت 14 يونيو/حزيران أنها نفذت حكم الإعدام بحق مواطن اسمه تركي بن عبد العزيز بن صالح الجاسر. وذكرت في بيان بثته وكالة الأنباء السعودية "واس" أنها نفذت "حكم القتل تعزيرا في مواطن بعد ثبوت اتهامه بارتكاب عدد من الجرائم الإرهابية".
وجاء في بيان الوزارة: "أقدم تركي بن عبدالعزيز بن صالح الجاسر، سعودي الجنسية، على ارتكاب عدد من الجرائم الإرهابية، تمثلت في ارتكابه جريمة الخيانة العظمى من خلال التخابر والتآمر على أمن المملكة مع أشخاص خارجها، إضافة إلى تلقيه مبالغ مالية منهم بغرض تمويل الأنشطة الإرهابية، وتعريض الأمن الداخلي والوحدة الوطنية للخطر، وزعزعة أمن المجتمع واستقرار الدولة".
وفي حين اقتصرت البيانات الرسمية على ذكر اسمه وجنسيته والتهم المنسوبة إليه، أوضحت "لجنة حماية الصحفيين"، وهي منظمة غير ربحية مقرها الولايات المتحدة تعمل على تعزيز حرية الصحافة في أنحاء العالم، أن المعني صحفي ظل محتجزا لدى السلطات السعودية لمدة سبع سنوات.
""", [
    ev("execution-announced", "أعلنت وزارة الداخلية السعودية يوم السبت 14 يونيو/حزيران", EXEC, "'يوم السبت 14 يونيو/حزيران' = Sat 14 Jun 2025"),
    ev("execution", "أنها نفذت حكم الإعدام بحق مواطن اسمه تركي", EXEC, "no own expression; the execution announced on Sat 14 Jun 2025 (alqst: 'أُعدم ... في 14 حزيران/يونيو')"),
    ev("cpj-statement", "أوضحت \"لجنة حماية الصحفيين\"", EXEC, "no own expression; CPJ's reaction to the announcement, Sat 14 - Sun 15 Jun 2025 (my span)", end="2025-06-16"),
    ev("detention", "ظل محتجزا لدى السلطات السعودية لمدة سبع سنوات", JARREST, "'لمدة سبع سنوات' of detention, from the arrest of Thu 15 Mar 2018 (gc4hr) to the execution of Sat 14 Jun 2025", end="2025-06-15"),
])
art(S, "https://www.arabkhabar.com/a/4759068",
    "2025-06-16", "page line 'تاريخ النشر: 16th, June 2025 GMT' (kept; 16 Jun 2025 was a Monday); the body's 'في بيان الاثنين' agrees; the last, truncated sentence dropped; headline kept from the page", True, """
منظمات حقوقية تدين إعدام السعودية للصحفي تركي الجاسر
تاريخ النشر: 16th, June 2025 GMT
استنكرت منظمات حقوقية إقدام السلطات السعودية على تنفيذ حكم الإعدام "بشكل مفاجئ" في الصحافي تركي الجاسر بعد سنوات من "الإخفاء القسري"، ورأت في ذلك قمعا للمعارضة السلمية.
وقالت منظمة "القسط" المستقلة لدعم حقوق الإنسان في السعودية، ومقرها لندن، في بيان الاثنين إن "الصحافي السعودي تركي الجاسر أُعدم بشكل مفاجئ في 14 حزيران/يونيو، بعد سبع سنوات من الإخفاء القسري، وذلك بتهم غامضة تتعلق بالإرهاب والخيانة وتعريض الأمن القومي للخطر".
وتابعت أن "هذا الإعدام يجسّد بشكل صارخ مدى تطرف السلطات السعوديّة في قمعها لأشكال المعارضة السلمية".
وكانت وزارة الداخلية السعودية قد أعلنت السبت تنفيذ الحكم في الجاسر لارتكابه "عددا من الجرائم الإرهابية".
واعتُقل الجاسر في آذار/مارس 2018 إثر مداهمة منزله، ثم انقطعت أخباره كليا حتى شباط/فبراير 2020، بحسب ما أفادت به منظمة "القسط".
""", [
    ev("alqst-statement", "في بيان الاثنين", "2025-06-16", "'الاثنين' = Mon 16 Jun 2025 (the page date)"),
    ev("execution", "أُعدم بشكل مفاجئ في 14 حزيران/يونيو", EXEC, "'في 14 حزيران/يونيو' = Sat 14 Jun 2025"),
    ev("execution-announced", "وكانت وزارة الداخلية السعودية قد أعلنت السبت", EXEC, "'السبت' before Mon 16 = Sat 14 Jun 2025"),
    ev("arrest", "واعتُقل الجاسر في آذار/مارس 2018 إثر مداهمة منزله", JARREST, "'في آذار/مارس 2018'; the day, Thu 15 Mar 2018, from gc4hr ('في 15 مارس/آذار 2018')"),
    ev("no-news", "ثم انقطعت أخباره كليا حتى شباط/فبراير 2020", JARREST, "from the arrest of 15 Mar 2018 'حتى شباط/فبراير 2020' (my span to the end of February 2020)", end="2020-03-01"),
])
art(S, "https://storage.googleapis.com/qurium/www.gc4hr.org/ar-state-execution-of-journalist-turki-al-jasser-after-7-years-of-imprisonment-is-another-blatant-disregard-of-justice.html",
    "2025-06-17", "page date line '17/06/2025' under the headline (kept; 17 Jun 2025 was a Tuesday); the page is the Gulf Centre for Human Rights' statement, mirrored; the last, truncated sentence dropped; headline kept from the page", True, """
إعدام الصحفي تركي الجاسر، بعد 7 سنوات من السجن، يُعدّ تجاهلاً صارخاً للعدالة
17/06/2025
يدين مركز الخليج لحقوق الإنسان إعدام الصحفي والمدون تركي الجاسر بعد 7 سنوات من السجن.
وقد أحدث هذا الإعدام صدمة واسعة لدى الشعب السعودي، لأنه يعيد إلى الأذهان قتل الصحفي البارز جمال خاشقجي خارج نطاق القضاء داخل القنصلية السعودية في إسطنبول على أيدي عملاء سعوديين مقربين من ولي العهد محمد بن سلمان.
واعتُقل الجاسر في 15 مارس/آذار 2018 من دون أن توجَّه إليه أي تهم واضحة، غير أن مصادر محلية عديدة أكدت أن منشوراته على موقع إكس هي على الأرجح سبب اعتقاله. وفي أحد منشوراته، كتب متأسفا: "إن (الخليع) عند العرب هو من لا يُعاقب قاتله ولا يدفع دية، فالمواطن العربي أشبه بالخليع أمام حكومته، شخصٌ يمكن قتله بحجة السيادة والأمن القومي".
وفي بيان لوزارة الداخلية السعودية عنوانه "تنفيذ حكم القتل تعزيراً في مواطِنٍ لارتكابه عددًا من الجرائم الإرهابية"، جرى تنفيذ الإعدام بموجب "التعزير"، أي قرار قضائي بإعدام شخص على جريمة لا عقوبة محددة لها في الشريعة الإسلامية.
""", [
    ev("gchr-statement", "يدين مركز الخليج لحقوق الإنسان إعدام الصحفي والمدون", "2025-06-17", "no own expression; the statement dated Tue 17 Jun 2025 (page line)"),
    ev("khashoggi-killing", "قتل الصحفي البارز جمال خاشقجي خارج نطاق القضاء", "2018-10-02", "no own expression; Jamal Khashoggi was killed in the Istanbul consulate on Tue 2 Oct 2018 (outside knowledge)"),
    ev("arrest", "واعتُقل الجاسر في 15 مارس/آذار 2018", JARREST, "'في 15 مارس/آذار 2018' (a Thursday)"),
    ev("execution", "جرى تنفيذ الإعدام بموجب \"التعزير\"", EXEC, "no own expression; the execution announced on Sat 14 Jun 2025"),
])

# ---------------------------------------------------------------- palestine-aljazeera-ramallah-office-closure-2024
S = "palestine-aljazeera-ramallah-office-closure-2024"
RAID24 = "2024-09-22"                      # the Israeli raid on Al Jazeera's Ramallah office, early Sun 22 Sep 2024
ORDER45 = ("2024-09-22", "2024-11-06")     # the 45-day military closure order, 22 Sep - 5 Nov 2024
MAYBAN = "2024-05-05"                      # the Israeli government's ban of Al Jazeera and the raid on its Jerusalem office, Sun 5 May 2024
art(S, "https://sharqobserver.com/news/egypt/%d8%a5%d8%b3%d8%b1%d8%a7%d8%a6%d9%8a%d9%84-%d8%aa%d9%82%d8%aa%d8%ad%d9%85-%d9%85%d9%83%d8%aa%d8%a8-%d9%82%d9%86%d8%a7%d8%a9-%d8%a7%d9%84%d8%ac%d8%b2%d9%8a%d8%b1%d8%a9-%d9%81%d9%8a-%d8%b1%d8%a7%d9%85",
    "2024-09-22", "page date line '04:26 ص الأحد 22 سبتمبر 2024' (kept as one line; 22 Sep 2024 was a Sunday); the section tag 'اخبار مصر' and the byline 'كتب- محمد فتحي:' dropped; headline kept from the page (its cut last word mended)", True, """
إسرائيل تقتحم مكتب قناة الجزيرة في رام الله.. وتغلقه 45 يومًا
04:26 ص الأحد 22 سبتمبر 2024
أفادت قناة "الجزيرة" بأن قوات الاحتلال الإسرائيلي دخلت مكتبها في رام الله بقوة مدججة بالسلاح، وأمرت بإغلاقه بأمر عسكري لمدة 45 يومًا.
وأوضحت القناة، في منشور على صفحتها الرسمية "الجزيرة فلسطين"، أن قوات الاحتلال جلبت شاحنات لمصادرة أجهزة التصوير والبث والوثائق ونقلها من مكتب الجزيرة برام الله.
ولفتت إلى أن اقتحام مكتبها برام الله وإغلاقه جاءا بعد 4 أشهر من إغلاق مكتبها في القدس.
وأكدت أن قوات الاحتلال الإسرائيلي منعت الزميلين جيفارا البديري ووليد العمري من العمل في الشارع برام الله، فتوقف البث، كما منعتهما من استخدام سيارتيهما الخاصتين.
""", [
    ev("office-raid", "دخلت مكتبها في رام الله بقوة مدججة بالسلاح", RAID24, "no own expression; the raid of the early hours of Sun 22 Sep 2024 (page line 04:26 ص الأحد 22 سبتمبر 2024)"),
    ev("closure-order", "وأمرت بإغلاقه بأمر عسكري لمدة 45 يومًا", ORDER45[0], "'لمدة 45 يومًا' from the order of Sun 22 Sep 2024 = 22 Sep - 5 Nov 2024", end=ORDER45[1]),
    ev("equipment-seizure", "جلبت شاحنات لمصادرة أجهزة التصوير والبث والوثائق", RAID24, "no own expression; during the raid of Sun 22 Sep 2024"),
    ev("israel-ban-may", "بعد 4 أشهر من إغلاق مكتبها في القدس", MAYBAN, "'بعد 4 أشهر' back from 22 Sep 2024; the Jerusalem office was closed on Sun 5 May 2024 (outside knowledge; althawrah: 'منذ الخامس من مايو 2024')"),
    ev("staff-barred", "منعت الزميلين جيفارا البديري ووليد العمري من العمل", RAID24, "no own expression; during the raid of Sun 22 Sep 2024"),
])
art(S, "https://ansarollah.com.ye/archives/717420",
    "2024-09-22", "page line 'موقع أنصار الله – فلسطين – 19 ربيع أول 1446هـ' (kept; 19 Rabi I 1446 = Sun 22 Sep 2024 in the Umm al-Qura calendar, checked with hijridate); the body's 'بعد منتصف ليلة الأحد' agrees; headline kept from the page (shortened)", True, """
قوات العدو الإسرائيلي تقتحم مكتب "الجزيرة" في رام الله وتغلقه
موقع أنصار الله – فلسطين – 19 ربيع أول 1446هـ
دهمت قوات العدو الإسرائيلي، بعد منتصف ليلة الأحد، مكتب قناة الجزيرة في وسط مدينة رام الله، وأبلغت العاملين فيه بقرار إغلاقه مدة 45 يوما.
وبحسب اللقطات المباشرة التي بثتها الجزيرة، طلب جنود العدو من العاملين في المكتب مغادرته فورا.
وذكرت مراسلة الجزيرة جيفارا البديري أن كل موظفي القناة في فلسطين انتقلوا إلى العمل في مكتب رام الله بعدما حظر العدو عملهم في الأراضي المحتلة منذ مايو الماضي، موضحة أن إغلاق مكتب رام الله يعني منع العمل في أنحاء الضفة الغربية كلها.
في المقابل، استنكرت نقابة الصحفيين الفلسطينيين اقتحام قوات العدو مكتب قناة الجزيرة في رام الله وإغلاقه، ورأت في هذا القرار العسكري التعسفي عدوانا جديدا على العمل الصحفي ووسائل الإعلام التي دأبت على كشف جرائم العدو بحق الشعب الفلسطيني.
وحثت النقابة كل الجهات والمؤسسات المعنية بحقوق الصحفيين وبتوفير بيئة عمل آمنة لهم على التحرك سريعا لإدانة القرار ووقف تنفيذه، مؤكدة تضامنها الكامل مع الجزيرة وصحفييها.
""", [
    ev("office-raid", "دهمت قوات العدو الإسرائيلي، بعد منتصف ليلة الأحد", RAID24, "'بعد منتصف ليلة الأحد' = the small hours of Sun 22 Sep 2024"),
    ev("closure-order", "وأبلغت العاملين فيه بقرار إغلاقه مدة 45 يوما", ORDER45[0], "'مدة 45 يوما' from Sun 22 Sep 2024 = 22 Sep - 5 Nov 2024", end=ORDER45[1]),
    ev("israel-ban-may", "بعدما حظر العدو عملهم في الأراضي المحتلة منذ مايو الماضي", MAYBAN, "'منذ مايو الماضي'; the Israeli ban of Sun 5 May 2024 (outside knowledge)"),
    ev("union-condemnation", "استنكرت نقابة الصحفيين الفلسطينيين اقتحام قوات العدو", RAID24, "no own expression; the union's statement of Sun 22 Sep 2024 (alquds.co.uk shows its tweet of September 22, 2024)"),
])
art(S, "https://masa-press.net/2024/09/22/%d8%a7%d9%84%d8%a7%d8%ad%d8%aa%d9%84%d8%a7%d9%84-%d9%8a%d9%82%d8%aa%d8%ad%d9%85-%d9%85%d9%83%d8%aa%d8%a8-%d8%a7%d9%84%d8%ac%d8%b2%d9%8a%d8%b1%d8%a9-%d9%81%d9%8a-%d8%b1%d8%a7%d9%85-%d8%a7%d9%84%d9%84",
    "2024-09-22", "date in the URL '/2024/09/22/' (22 Sep 2024 was a Sunday); the body's 'صباح اليوم الأحد' agrees; the dateline 'رام الله – المساء برس|' and the 'قد يعجبك ايضا' box dropped; headline kept from the page; no date of its own in the text", False, """
الاحتلال يقتحم مكتب الجزيرة في رام الله ويغلقه بموجب أمر عسكري لمدة 45 يوماً
اقتحمت قوات الاحتلال الإسرائيلي، صباح اليوم الأحد، مكتب قناة "الجزيرة" القطرية في رام الله بالضفة الغربية المحتلة، وأغلقته بموجب أمر عسكري لمدة 45 يوماً.
وعرضت القناة لقطات حية للقوات الإسرائيلية وهي تقتحم مكتبها وتسلّم أحد موظفيها أمر الإغلاق العسكري قبل أن ينقطع البث.
ودانت نقابة الصحافيين الفلسطينيين، في بيان، الخطوة الإسرائيلية، ووصفتها بـ"العدوان الجديد على العمل الصحافي ووسائل الإعلام، التي دأبت على كشف جرائم الاحتلال بحق الشعب الفلسطيني".
ولم يصدر أي تصريح رسمي يوضح سبب إغلاق مكتب الجزيرة، في حين رأى ناشطون أن الخطوة تندرج ضمن حملة قمع واسعة تطال الصحفيين الفلسطينيين والعرب العاملين في الضفة الغربية.
يُذكر أن قوات الاحتلال كانت قد داهمت في مايو الماضي غرفة في فندق بالقدس تستخدمها "الجزيرة" مكتبا لها، بعدما قررت الحكومة وقف عمليات القناة المحلية بدعوى أنها "تهدد الأمن القومي".
""", [
    ev("office-raid", "اقتحمت قوات الاحتلال الإسرائيلي، صباح اليوم الأحد", RAID24, "'صباح اليوم الأحد' = Sun 22 Sep 2024"),
    ev("closure-order", "وأغلقته بموجب أمر عسكري لمدة 45 يوماً", ORDER45[0], "'لمدة 45 يوماً' from Sun 22 Sep 2024 = 22 Sep - 5 Nov 2024", end=ORDER45[1]),
    ev("union-condemnation", "ودانت نقابة الصحافيين الفلسطينيين، في بيان", RAID24, "no own expression; the union's statement of Sun 22 Sep 2024"),
    ev("israel-ban-may", "داهمت في مايو الماضي غرفة في فندق بالقدس", MAYBAN, "'في مايو الماضي'; the raid on the Jerusalem hotel room of Sun 5 May 2024 (outside knowledge)"),
])
art(S, "https://mesrena.com/uncategorized/18832/%D8%A7%D9%84%D8%AE%D8%A7%D8%B1%D8%AC%D9%8A%D8%A9-%D8%A7%D9%84%D8%A3%D9%85%D9%8A%D8%B1%D9%83%D9%8A%D8%A9-%D8%A5%D8%BA%D9%84%D8%A7%D9%82-%D9%85%D9%83%D8%AA%D8%A8-%D8%A7%D9%84%D8%AC%D8%B2%D9%8A%D8%B1%D8%A9-%D9%81%D9%8A-%D8%B1%D8%A7%D9%85-%D8%A7%D9%84%D9%84%D9%87-%D9%8A%D8%AA%D8%B9%D8%A7%D8%B1%D8%B6-%D9%85%D8%B9-%D8%AF%D8%B9%D9%85%D9%86%D8%A7-%D9%84%D8%AD%D8%B1%D9%8A%D8%A9-%D8%A7%D9%84%D8%B5%D8%AD%D8%A7%D9%81%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D8%B6%D9%81%D8%A9-%D9%88%D8%B9%D8%A8%D8%B1-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85.html",
    "2024-09-23", "the aggregator's stamp glued to the repeated headline ('..., اليوم الاثنين 23 سبتمبر 2024 06:18 صباحاً'; 23 Sep 2024 was a Monday), dropped with the repeated headline, the comment counters and the aggregator's lead-in; the body's 'وأمس' for the raid of Sun 22 Sep agrees; headline kept from the page; no date of its own in the text", False, """
الخارجية الأميركية: إغلاق مكتب الجزيرة في رام الله يتعارض مع دعمنا لحرية الصحافة في الضفة وعبر العالم
نقلت قناة "الجزيرة" عن وزارة الخارجية الأميركية قولها إن إغلاق مكتب الجزيرة في رام الله أمر مثير للقلق، وإن "هذا الاجراء يتعارض مع دعمنا لحرية الصحافة في الضفة وعبر العالم".
وأمس، دهم الجيش الإسرائيلي مكتب قناة "الجزيرة" في مدينة رام الله شمال القدس، وأمر بإغلاقه 45 يوماً بموجب أمر عسكري.
وصادر الجيش الإسرائيلي جميع الأجهزة والوثائق الموجودة في المكتب، ومنع العاملين فيه من استخدام سياراتهم، وأوقف بث القناة.
وبيّنت المشاهد التي بثتها القناة جنودا مدججين بالسلاح يقتحمون مكتب الجزيرة ويسلّمون مديره وليد العمري أمرا عسكريا بإغلاقه 45 يوما.
""", [
    ev("us-reaction", "نقلت قناة \"الجزيرة\" عن وزارة الخارجية الأميركية", RAID24, "no own expression; the State Department's comment reported before 06:18 on Mon 23 Sep 2024 (my span Sun 22 - Mon 23 Sep)", end="2024-09-24"),
    ev("office-raid", "وأمس، دهم الجيش الإسرائيلي مكتب قناة \"الجزيرة\"", RAID24, "'وأمس' from Mon 23 = Sun 22 Sep 2024"),
    ev("closure-order", "وأمر بإغلاقه 45 يوماً بموجب أمر عسكري", ORDER45[0], "'45 يوماً' from Sun 22 Sep 2024 = 22 Sep - 5 Nov 2024", end=ORDER45[1]),
    ev("equipment-seizure", "وصادر الجيش الإسرائيلي جميع الأجهزة والوثائق", RAID24, "no own expression; during the raid of Sun 22 Sep 2024"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 332
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

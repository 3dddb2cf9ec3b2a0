"""Builds stories.jsonl: the 355-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: international conferences and summits hosted in Arab
countries (Arab summits, climate COPs, donor and investment conferences): opening day, sessions, pledges and
final declarations.
Stories: the leaders' week and the Marrakech Action Proclamation of COP22 (Morocco, November 2016), the opening
days of COP28 in Dubai with the loss-and-damage fund and the first pledges (UAE, November-December 2023), the
28th Arab summit at the Dead Sea and the Amman Declaration (Jordan, March 2017), the Egypt Economic Development
Conference in Sharm el-Sheikh with the Gulf pledges and the final tally (Egypt, March 2015), and the 34th Arab
summit in Baghdad with Iraq's reconstruction pledges (Iraq, May 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-marrakech-cop22-leaders-2016
S = "morocco-marrakech-cop22-leaders-2016"
HIGH = "2016-11-15"                        # opening of the high-level segment at Bab Ighli, Tue 15 Nov 2016
AFRICA = "2016-11-16"                      # the Africa Action Summit chaired by the king, Wed 16 Nov 2016
PROCL = "2016-11-17"                       # the Marrakech Action Proclamation adopted on Thu 17 Nov 2016
CLOSE = ("2016-11-18", "2016-11-20")       # the closing plenary, Fri 18 Nov 2016 (evening, into the night of 18-19 Nov)
PARIS = "2016-11-04"                       # the Paris Agreement entered into force on Fri 4 Nov 2016
art(S, "http://www.alkhabarpress.ma/66836.html",
    "2016-11-15", "no date line on the stored page; the body's 'صباح اليوم الثلاثاء' for the king's arrival at Bab Ighli for the opening of the high-level segment, which took place on Tue 15 Nov 2016 (almolahidjournal: 'صباح اليوم الثلاثاء(15 نونبر 2016)' for Ban Ki-moon's press conference of that day; maghress/challenge: 'ce mardi 15 novembre'), gives Tue 15 Nov 2016; headline kept (reworded); the typo 'موب 22' read as 'كوب 22'; the comment form dropped; no date of its own in the text", False, """
الملك محمد السادس يحل بباب إغلي لحضور قمة «كوب 22»
حل الملك محمد السادس، صباح اليوم الثلاثاء، بموقع باب إغلي في مراكش، وبرفقته ولي العهد الأمير مولاي الحسن والأمير مولاي رشيد، من أجل حضور أشغال الجلسة الرسمية رفيعة المستوى للدورة الثانية والعشرين لمؤتمر الأطراف في الاتفاقية الإطار للأمم المتحدة بشأن التغيرات المناخية «كوب 22».
وترمي قمة «كوب 22» إلى تفعيل اتفاق باريس بشأن المناخ، الذي دخل حيز التنفيذ في 4 نونبر الماضي، وإلى تسريع العمل، قبل 2020، من أجل الحد من آثار التغيرات المناخية، مع احترام حقوق الإنسان التي تنص عليها الاتفاقية.
وتقدم للسلام على العاهل المغربي كل من الأمين العام للأمم المتحدة بان كي مون، والأمينة التنفيذية للاتفاقية الإطار للأمم المتحدة بشأن التغيرات المناخية باتريسيا إسبينوزا، ورئيس قمة «كوب 22» صلاح الدين مزوار.
وتجدر الإشارة إلى أن قمة الدورة الثانية والعشرين لمؤتمر الأطراف تواصل أشغالها إلى غاية 18 نونبر الجاري.
""", [
    ev("high-level-opening", "حل الملك محمد السادس، صباح اليوم الثلاثاء، بموقع باب إغلي", HIGH, "'صباح اليوم الثلاثاء' = Tue 15 Nov 2016, the opening session of the high-level segment"),
    ev("paris-agreement-in-force", "الذي دخل حيز التنفيذ في 4 نونبر الماضي", PARIS, "'في 4 نونبر الماضي' = Fri 4 Nov 2016"),
    ev("king-greeted", "وتقدم للسلام على العاهل المغربي", HIGH, "no own expression; the welcome at Bab Ighli on the morning of Tue 15 Nov 2016"),
    ev("cop22-closing", "تواصل أشغالها إلى غاية 18 نونبر الجاري", CLOSE[0], "'إلى غاية 18 نونبر الجاري' = the planned end on Fri 18 Nov 2016; the closing plenary ended on the evening of Fri 18 Nov (AFP via manartv: 'مساء الجمعة') and ran into the night (my span 18-19 Nov)", end=CLOSE[1]),
])
art(S, "https://maghress.com/hespress/328808",
    "2016-11-16", "no date line on the stored page (maghress copy of a hespress report); the body's 'زوال اليوم الأربعاء' for the Africa Action Summit, held on Wed 16 Nov 2016 (kech24: 'نشر في: 16 نوفمبر 2016' for its opening), gives Wed 16 Nov 2016; headline written from the body (the stored text has none); no date of its own in the text", False, """
موغابي يغيب عن قمة العمل الإفريقية بمراكش
بعد الاستقبال اللافت الذي خص به الملك محمد السادس يوم أمس رئيس زيمبابوي روبرت موغابي، إذ صافحه ببرود خلافا لباقي زعماء الدول الحاضرين في مؤتمر "كوب 22" بمراكش، تغيب هذا الزعيم الإفريقي عن قمة "إفريقيا للعمل" التي ترأسها العاهل المغربي زوال اليوم الأربعاء.
وبينما حضر إلى "القمة الإفريقية المصغرة" كثير من رؤساء البلدان الإفريقية الذين شاركوا أمس في قمة المناخ بمراكش، كرؤساء السنغال وكوت ديفوار وغينيا والغابون ورواندا وغيرها، بدا غياب الرئيس الزيمبابوي جليا، وحلت محله مسؤولة من الوفد الزيمبابوي.
وحضر قمة "إفريقيا للعمل" قرابة 50 من رؤساء الدول ورؤساء الحكومات ورؤساء الوفود القادمين من القارة الإفريقية، وقد ترأسها الملك محمد السادس، يرافقه ولي العهد الأمير مولاي الحسن وشقيقه الأمير رشيد، وذلك غداة انعقاد الدورة 22 لمؤتمر الأطراف بشأن التغيرات المناخية.
""", [
    ev("mugabe-cold-greeting", "الذي خص به الملك محمد السادس يوم أمس رئيس زيمبابوي", HIGH, "'يوم أمس' from Wed 16 = Tue 15 Nov 2016 (the welcome of the heads of state at Bab Ighli)"),
    ev("africa-action-summit", "التي ترأسها العاهل المغربي زوال اليوم الأربعاء", AFRICA, "'زوال اليوم الأربعاء' = Wed 16 Nov 2016"),
    ev("high-level-opening", "الذين شاركوا أمس في قمة المناخ بمراكش", HIGH, "'أمس' from Wed 16 = Tue 15 Nov 2016, the opening of the high-level segment"),
    ev("africa-summit-attendance", "وحضر قمة \"إفريقيا للعمل\" قرابة 50 من رؤساء الدول", AFRICA, "no own expression; the summit of Wed 16 Nov 2016 ('غداة' the high-level session of Tue 15)"),
])
art(S, "https://kifache.com/%d9%85%d8%b2%d9%88%d8%a7%d8%b1-%d8%a5%d8%b9%d9%84%d8%a7%d9%86-%d9%85%d8%b1%d8%a7%d9%83%d8%b4-%d8%ad%d8%b8%d9%8a-%d8%a8%d8%af%d8%b9%d9%85-%d9%83%d8%a7%d9%81%d8%a9-%d8%a7%d9%84%d8%a3%d8%b7%d8%b1%d8%a7/",
    "2016-11-18", "page stamp 'الجمعة 18 نوفمبر 2016 على الساعة 12:05' (kept as second line, under the headline; 18 Nov 2016 was a Friday); the body's 'أمس الخميس (17 نونبر)' agrees; the list of other headlines, the 'عاجل' tag and the repeated headline dropped; headline kept (reworded); the last sentence, cut in the stored page after 'لفائدة المناخ وال', completed with the proclamation's name as given in the sentence before ('والتنمية المستدامة')", True, """
مزوار: إعلان مراكش نال دعم جميع الأطراف
الجمعة 18 نوفمبر 2016 على الساعة 12:05
أكد صلاح الدين مزوار، رئيس مؤتمر "كوب 22"، أن إعلان مراكش، الذي تبناه رؤساء الدول والوفود المشاركون في أشغال الدورة 22 لمؤتمر الأطراف في الاتفاقية الإطار للأمم المتحدة بشأن تغير المناخ (كوب 22) أمس الخميس (17 نونبر)، لقي دعما من جميع الدول الأطراف في الاتفاقية.
وبيّن مزوار، في كلمة ألقاها خلال حفل اعتماد إعلان مراكش للعمل من أجل المناخ والتنمية المستدامة، أن الاجتماع رفيع المستوى لهذا الحدث المناخي الكبير عرف مشاركة 70 رئيس دولة وحكومة، وهو ما شكل مصدر إلهام لهذا المؤتمر.
وأوضح رئيس مؤتمر "كوب 22" أن الأمر يخص "إعلان مراكش حول العمل لفائدة المناخ والتنمية المستدامة".
""", [
    ev("mezouar-statement", "أكد صلاح الدين مزوار، رئيس مؤتمر \"كوب 22\"", PROCL, "no own expression; Mezouar's words at the adoption ceremony of Thu 17 Nov 2016, reported on Fri 18 (my span 17-18 Nov)", end="2016-11-19"),
    ev("marrakech-proclamation", "الذي تبناه رؤساء الدول والوفود المشاركون", PROCL, "'أمس الخميس (17 نونبر)' = Thu 17 Nov 2016"),
    ev("adoption-ceremony-speech", "في كلمة ألقاها خلال حفل اعتماد إعلان مراكش", PROCL, "no own expression; the adoption ceremony of Thu 17 Nov 2016"),
    ev("high-level-meeting", "عرف مشاركة 70 رئيس دولة وحكومة", HIGH, "no own expression; the high-level segment of Tue 15 - Thu 17 Nov 2016 (my span)", end="2016-11-18"),
])
art(S, "https://ksa.ksa2day.com/Home/NewsDetails?NewsID=4384491",
    "2016-11-18", "no date line on the stored page (a copy of a KUNA report); the body's 'اليوم الجمعة' for the closing of COP22, which ended on Fri 18 Nov 2016 (AFP via manartv: 'انتهى ... مساء الجمعة'; kifache's stamp of the same Friday), gives Fri 18 Nov 2016; headline written from the body (the stored text has none); the last words, cut in the stored page ('الذي دخل حيز التنفيذ في الرابع'), dropped; no date of its own in the text", True, """
مؤتمر «كوب 22» يختتم أعماله في مراكش بإعلان للعمل من أجل المناخ
كونا - أنهى مؤتمر الأطراف في الاتفاقية الإطارية للأمم المتحدة بشأن تغير المناخ (كوب 22) أعماله في مراكش اليوم الجمعة بـ"إعلان مراكش للعمل من أجل المناخ والتنمية المستدامة".
ورحب المشاركون في المؤتمر بدخول اتفاق باريس حيز التنفيذ، مثنين على طموح أهدافه وعلى تكريسه مبدأ المسؤولية المشتركة للدول الأطراف حيال قضايا البيئة والمناخ، ومعبرين عن عزمهم على تنفيذه تنفيذا كاملا.
كما أشادوا بالدينامية غير المسبوقة التي يشهدها ملف التغير المناخي في منتديات كثيرة متعددة الأطراف، داعين إلى استثمار هذا الاهتمام العالمي الواسع بتغير المناخ للمضي قدما نحو خفض انبعاثات الغازات المسببة للاحتباس الحراري ودعم خطة التنمية المستدامة لعام 2030 وأهدافها الطموحة.
ودعوا إلى تضامن واسع مع البلدان الأكثر عرضة لآثار التغير المناخي وإلى تقوية قدراتها على مواجهته، مناشدين جميع الأطراف تكثيف جهود القضاء على الفقر وضمان الأمن الغذائي والحد من آثار التغير المناخي على الزراعة.
وفي هذا السياق طالبوا بزيادة حجم التمويل وتدفقه ونقل الخبرات والتكنولوجيا من الدول المتقدمة إلى الدول النامية، مؤكدين ضرورة بلوغ هدف تعبئة 100 مليار دولار في إطار اتفاق باريس.
""", [
    ev("cop22-closing", "أعماله في مراكش اليوم الجمعة", CLOSE[0], "'اليوم الجمعة' = Fri 18 Nov 2016; the closing plenary ran into the night of 18-19 Nov (my span)", end=CLOSE[1]),
    ev("marrakech-proclamation", "بـ\"إعلان مراكش للعمل من أجل المناخ والتنمية المستدامة\"", PROCL, "no own expression; the proclamation was adopted by the heads of state and delegations on Thu 17 Nov 2016 (kifache: 'أمس الخميس (17 نونبر)') and is presented here as the outcome of the closing"),
    ev("paris-agreement-in-force", "بدخول اتفاق باريس حيز التنفيذ", PARIS, "no own expression; the Paris Agreement entered into force on Fri 4 Nov 2016 (alkhabarpress: 'في 4 نونبر الماضي')"),
])

# ---------------------------------------------------------------- uae-dubai-cop28-opening-2023
S = "uae-dubai-cop28-opening-2023"
OPEN = "2023-11-30"                        # COP28 opened at Expo City Dubai on Thu 30 Nov 2023; the loss-and-damage fund was made operational that day
WCAS = "2023-12-01"                        # the World Climate Action Summit opened on Fri 1 Dec 2023 (the UAE's $30bn fund)
COP27 = "2022-11-20"                       # the fund was agreed at the close of COP27 in Sharm el-Sheikh, early on Sun 20 Nov 2022
art(S, "https://youm7.com/story/2023/11/30/%D8%A5%D8%B9%D9%84%D8%A7%D9%86-%D9%85%D8%A4%D8%AA%D9%85%D8%B1-COP28-%D8%AA%D9%86%D9%81%D9%8A%D8%B0-%D9%82%D8%B1%D8%A7%D8%B1-%D8%A5%D9%86%D8%B4%D8%A7%D8%A1-%D8%B5%D9%86%D8%AF%D9%88%D9%82-%D8%A7%D9%84%D8%AE%D8%B3%D8%A7%D8%A6%D8%B1-%D9%88%D8%A7%D9%84%D8%A3%D8%B6%D8%B1%D8%A7%D8%B1-%D9%88%D8%A7%D9%84%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA/6394214",
    "2023-11-30", "page time stamp 'الخميس، 30 نوفمبر 2023 03:44 م' (kept as second line, under the headline; 30 Nov 2023 was a Thursday), date in the URL '/2023/11/30/'; the body's 'صباح اليوم' agrees with the opening of COP28 that Thursday; the byline 'رسالة دبي: شعبان هدية', the sharing and comment links dropped; headline kept (reworded); the end of the quoted tweet, cut in the stored page, dropped", True, """
مؤتمر COP28 يعلن تفعيل صندوق الخسائر والأضرار.. والإمارات أول المساهمين
الخميس، 30 نوفمبر 2023 03:44 م
في الجلسة الأولى من جلسات مؤتمر المناخ COP28، الذي انطلق صباح اليوم في إكسبو دبي بدولة الإمارات العربية المتحدة، تمكنت رئاسة المؤتمر من اعتماد قرار تفعيل صندوق "الخسائر والأضرار" المناخية، الذي أُعلن عن تأسيسه في مؤتمر شرم الشيخ العام الماضي، في حين كشفت الإمارات عن مساهمة منها في الصندوق قدرها 100 مليون دولار.
ووصف الدكتور سلطان الجابر، رئيس مؤتمر الأطراف COP28، إقرار قرار "تشغيل" الصندوق بأنه "قرار تاريخي"، ورأى فيه إشارة مهمة تؤكد إيجابية المفاوضات والعمل المناخي وجهود الفريق.
ويأتي ذلك بينما أعلن الشيخ عبدالله بن زايد آل نهيان، وزير الخارجية والتعاون الدولي الإماراتي، أن بلاده ستسهم في الصندوق بمبلغ 100 مليون دولار، إذ كتب في تغريدة على منصة إكس (تويتر سابقا): "نهنئ كافة الأطراف على إطلاق هذا الصندوق المهم لتقديم استجابة فعالة لتداعيات تغير المناخ، ويسرنا أن نعلن مساهمة دولة الإمارات بمبلغ 100 مليون دولار".
""", [
    ev("cop28-opens", "الذي انطلق صباح اليوم في إكسبو دبي", OPEN, "'صباح اليوم' = Thu 30 Nov 2023 (the stamp)"),
    ev("loss-damage-fund-adopted", "تمكنت رئاسة المؤتمر من اعتماد قرار تفعيل صندوق", OPEN, "no own expression; 'في الجلسة الأولى' of the conference that opened on Thu 30 Nov 2023"),
    ev("cop27-fund-created", "الذي أُعلن عن تأسيسه في مؤتمر شرم الشيخ العام الماضي", COP27, "'العام الماضي' = 2022: the fund agreed at the close of COP27, early on Sun 20 Nov 2022 (outside knowledge)"),
    ev("jaber-historic-decision", "ووصف الدكتور سلطان الجابر", OPEN, "no own expression; al-Jaber's words right after the adoption on Thu 30 Nov 2023"),
    ev("uae-100m-pledge", "أعلن الشيخ عبدالله بن زايد آل نهيان، وزير الخارجية والتعاون الدولي الإماراتي", OPEN, "no own expression; the pledge announced on Thu 30 Nov 2023, the day of the adoption (the stamp)"),
])
art(S, "https://al-ain.com/article/1701349071",
    "2023-11-30", "no date line on the stored page; the article number in the URL is a Unix time stamp, 1701349071 = Thu 30 Nov 2023 12:57 UTC (al-ain numbers its articles by their time of publication: its report of the speech of Fri 1 Dec is 1701418880 = 1 Dec 2023 08:21 UTC); the body's 'في الساعات الأولى من اليوم الأول للقمة' agrees; headline kept (reworded); the last pledge list, cut in the stored page after the US figure, ends there; no date of its own in the text", False, """
الإمارات تساهم بـ100 مليون دولار في صندوق «الخسائر والأضرار»
هنأ الشيخ عبدالله بن زايد آل نهيان، وزير الخارجية الإماراتي، العالم بإطلاق صندوق "الخسائر والأضرار"، معلنا أن دولة الإمارات ستسهم فيه بمبلغ 100 مليون دولار.
وكتب الشيخ عبدالله بن زايد في تغريدة على منصة إكس (تويتر سابقا): "نهنئ كافة الأطراف على إطلاق هذا الصندوق المهم لتقديم استجابة فعالة لتداعيات تغير المناخ، ويسرنا أن نعلن مساهمة دولة الإمارات بمبلغ 100 مليون دولار، وندعو جميع الدول القادرة إلى المساهمة في هذه الجهود وتكريس روح التكاتف بين البشر".
وفي الساعات الأولى من اليوم الأول للقمة، نجحت رئاسة مؤتمر COP28 في إقرار قرار تنفيذ إنشاء صندوق "الخسائر والأضرار" المناخية.
وقال الدكتور سلطان بن أحمد الجابر، وزير الصناعة والتكنولوجيا المتقدمة الإماراتي ورئيس مؤتمر الأطراف COP28، عقب اعتماد قرار "تشغيل" الصندوق: "أهنئ الأطراف على هذا القرار التاريخي.. إنه يبعث إشارة زخم إيجابية للعالم ولعملنا".
وبمجرد الإعلان عن القرار التاريخي، وقف مندوبو نحو مئتي دولة مشاركة يحيونه بالتصفيق.
وأعلنت بريطانيا أنها ستسهم في الصندوق بما يصل إلى 60 مليون جنيه إسترليني، فيما أعلنت ألمانيا مساهمة بمبلغ 100 مليون دولار، والولايات المتحدة بمبلغ 17.5 مليون دولار.
""", [
    ev("uae-100m-pledge", "معلنا أن دولة الإمارات ستسهم فيه بمبلغ 100 مليون دولار", OPEN, "no own expression; the pledge of Thu 30 Nov 2023 (URL time stamp; youm7's stamp)"),
    ev("loss-damage-fund-adopted", "نجحت رئاسة مؤتمر COP28 في إقرار قرار تنفيذ إنشاء صندوق", OPEN, "'في الساعات الأولى من اليوم الأول للقمة' = Thu 30 Nov 2023"),
    ev("jaber-historic-decision", "وقال الدكتور سلطان بن أحمد الجابر", OPEN, "no own expression; al-Jaber's words right after the adoption on Thu 30 Nov 2023"),
    ev("delegates-ovation", "وقف مندوبو نحو مئتي دولة مشاركة يحيونه بالتصفيق", OPEN, "'بمجرد الإعلان عن القرار' = the adoption on Thu 30 Nov 2023"),
    ev("uk-pledge", "وأعلنت بريطانيا أنها ستسهم في الصندوق", OPEN, "no own expression; the first pledges were announced on Thu 30 Nov 2023, right after the adoption"),
    ev("germany-100m-pledge", "فيما أعلنت ألمانيا مساهمة بمبلغ 100 مليون دولار", OPEN, "no own expression; the first pledges were announced on Thu 30 Nov 2023, right after the adoption"),
])
art(S, "https://sarabic.ae/amp/20231201/%D9%85%D8%AD%D9%85%D8%AF-%D8%A8%D9%86-%D8%B2%D8%A7%D9%8A%D8%AF-%D9%8A%D8%AF%D8%B4%D9%86-%D8%B5%D9%86%D8%AF%D9%88%D9%82%D8%A7-%D8%A8%D9%8030-%D9%85%D9%84%D9%8A%D8%A7%D8%B1-%D8%AF%D9%88%D9%84%D8%A7%D8%B1-%D9%84%D9%84%D8%AD%D9%84%D9%88%D9%84-%D8%A7%D9%84%D9%85%D9%86%D8%A7%D8%AE%D9%8A%D8%A9-%D9%84%D8%AA%D8%AD%D9%81%D9%8A%D8%B2-%D8%A7%D9%84%D8%A7%D8%B3%D8%AA%D8%AB%D9%85%D8%A7%D8%B1%D8%A7%D8%AA--1083651419.html",
    "2023-12-01", "date in the URL '/20231201/' (1 Dec 2023 was a Friday); the body's 'صباح اليوم الجمعة' and 'اليوم الجمعة' agree; headline rendered from the URL slug (the stored text starts with the second paragraph); the last sentence, cut in the stored page after 'أمس الخم', completed as 'أمس الخميس' (the opening of Thu 30 Nov) and moved into the pluperfect", True, """
محمد بن زايد يدشن صندوقا بـ30 مليار دولار للحلول المناخية لتحفيز الاستثمارات
وذكرت صحيفة البيان، صباح اليوم الجمعة، أن الشيخ محمد بن زايد أعلن أن الصندوق الإماراتي صُمم لسد فجوة التمويل المناخي وتيسير الحصول عليه بكلفة مناسبة.
وبيّن الرئيس الإماراتي أن الغاية من هذا الصندوق هي تحفيز جمع 250 مليار دولار واستثمارها بحلول عام 2030، وقد جاء ذلك خلال افتتاح أعمال "القمة العالمية للعمل المناخي" اليوم الجمعة، في إمارة دبي، وهي قمة تعقد ضمن مؤتمر الأطراف في اتفاقية الأمم المتحدة الإطارية بشأن تغير المناخ "COP28".
ورحب محمد بن زايد في كلمته الافتتاحية بقادة الدول وزعمائها ورؤسائها ووفودها وممثلي المنظمات الدولية في الإمارات، وبمشاركتهم في القمة العالمية للمناخ، لافتا إلى أنه "لطالما كان نقص التمويل من أكبر العوائق أمام تقدم العمل المناخي العالمي.. ونركز في دولة الإمارات على استخدام الطاقة المتجددة والنظيفة".
وأكد أن الإمارات تنوي ضخ نحو 130 مليار دولار إضافية خلال السنوات الـ7 المقبلة في تمويل العمل المناخي.
ومن المنتظر أن يلقي 137 رئيس دولة وحكومة بيانات وطنية خلال الجزء الأول من القمة، على أن يستأنف الجزء الرفيع المستوى خلال الأسبوع الثاني من المؤتمر، وفيه سيلقي 30 رئيس دولة وحكومة بياناتهم الوطنية.
وكان مؤتمر الأمم المتحدة للمناخ "كوب 28" قد افتتح في دبي أمس الخميس.
""", [
    ev("uae-30bn-climate-fund", "محمد بن زايد يدشن صندوقا بـ30 مليار دولار", WCAS, "no own expression in the headline; the fund announced in the opening speech of the World Climate Action Summit on Fri 1 Dec 2023 ('اليوم الجمعة')"),
    ev("wcas-opening", "خلال افتتاح أعمال \"القمة العالمية للعمل المناخي\" اليوم الجمعة", WCAS, "'اليوم الجمعة' = Fri 1 Dec 2023"),
    ev("national-statements", "أن يلقي 137 رئيس دولة وحكومة بيانات وطنية خلال الجزء الأول من القمة", WCAS, "'خلال الجزء الأول من القمة' = the World Climate Action Summit of Fri 1 - Sat 2 Dec 2023 (outside knowledge)", end="2023-12-03"),
    ev("high-level-resumes", "على أن يستأنف الجزء الرفيع المستوى خلال الأسبوع الثاني من المؤتمر", "2023-12-04", "'خلال الأسبوع الثاني من المؤتمر' = Mon 4 - Tue 12 Dec 2023 (my span for the second week; the conference ran into Wed 13 Dec)", end="2023-12-13"),
    ev("cop28-opens", "قد افتتح في دبي أمس الخميس", OPEN, "'أمس الخميس' from Fri 1 Dec = Thu 30 Nov 2023"),
])
art(S, "https://arabkhabar.com/a/1342564",
    "2023-12-02", "page date line 'تاريخ النشر: 2nd, December 2023 GMT' (kept as second line, under the headline; 2 Dec 2023 was a Saturday); the body's 'اليوم السبت' agrees; the source tag 'المصدر: البوابة نيوز', the key words and the related links dropped; headline kept (reworded)", True, """
موفدة "القاهرة الإخبارية" في دبي: تفعيل صندوق الخسائر والأضرار الذي أقره COP 27
تاريخ النشر: 2nd, December 2023 GMT
أفادت إيمان الحويزي، موفدة "القاهرة الإخبارية" إلى دبي، بأن صندوق الخسائر والأضرار الذي تم الاتفاق عليه في كوب 27 بمصر العام الماضي قد جرى تفعيله بمبادرة من دولة الإمارات، التي افتتحت المساهمات فيه بمبلغ 100 مليون دولار.
وأضافت الحويزي، في تصريحات عبر قناة "القاهرة الإخبارية" اليوم السبت، أن عددا من الدول شارك في هذا الصندوق، إذ تعهدت ألمانيا بـ100 مليون دولار، والمملكة المتحدة بـ50 مليون دولار، واليابان بـ10 ملايين دولار، والولايات المتحدة الأمريكية بـ17 مليون دولار.
ولفتت موفدة "القاهرة الإخبارية" في دبي إلى أن الاتفاق على هذا الصندوق جرى في "كوب 27" بمصر، لكن تفعيله تم في "كوب 28" بالإمارات، مبينة أن تعهدات شرم الشيخ ستُنفذ في دبي.
وتابعت: "ثمة مبادرات تتصل بالزراعة والاستدامة وغيرهما أسهمت فيها دولة الإمارات"، موضحة أن للصندوق مهام كثيرة، منها الاستجابة السريعة والحاسمة لكل من تصيبه كوارث بسبب التغيرات المناخية في الدول النامية.
""", [
    ev("cop27-fund-created", "الذي تم الاتفاق عليه في كوب 27 بمصر العام الماضي", COP27, "'العام الماضي' = 2022: the fund agreed at the close of COP27, early on Sun 20 Nov 2022 (outside knowledge)"),
    ev("loss-damage-fund-adopted", "قد جرى تفعيله بمبادرة من دولة الإمارات", OPEN, "no own expression; the decision adopted on the first day, Thu 30 Nov 2023 (youm7, al-ain)"),
    ev("uae-100m-pledge", "التي افتتحت المساهمات فيه بمبلغ 100 مليون دولار", OPEN, "no own expression; the UAE's pledge of Thu 30 Nov 2023"),
    ev("reporter-remarks", "وأضافت الحويزي، في تصريحات عبر قناة \"القاهرة الإخبارية\" اليوم السبت", "2023-12-02", "'اليوم السبت' = Sat 2 Dec 2023 (the date line)"),
    ev("germany-100m-pledge", "إذ تعهدت ألمانيا بـ100 مليون دولار", OPEN, "no own expression; Germany's pledge of Thu 30 Nov 2023 (al-ain)"),
])

# ---------------------------------------------------------------- jordan-dead-sea-arab-summit-2017
S = "jordan-dead-sea-arab-summit-2017"
FM = "2017-03-27"                          # the Arab foreign ministers' preparatory meeting at the Dead Sea, Mon 27 Mar 2017
SUMMIT = "2017-03-29"                      # the one-day 28th Arab summit at the Dead Sea (Sweimeh), Wed 29 Mar 2017
ESC = ("2017-03-25", "2017-03-27")         # the ministerial Economic and Social Council's preparatory session (makkahnewspaper of Sun 26: 'أمس'; albawabh: 'يوم الأحد')
US_VISITS = ("2017-04-03", "2017-05-04")   # Sisi (Mon 3 Apr), King Abdullah (Wed 5 Apr) and Abbas (Wed 3 May 2017) at the White House
art(S, "https://almwaten.com/202765",
    "2017-03-27", "page date line 'الإثنين 27/مارس/2017 - 03:57 ص' (kept as second line, under the headline; 27 Mar 2017 was a Monday); the body's 'صباح اليوم الاثنين' agrees; the byline 'هيثم محمد ثابت', the 'طباعة' link and the repeated last paragraphs dropped; headline kept (reworded)", True, """
اليوم.. وزراء الخارجية العرب يجتمعون في الأردن للتحضير للقمة
الإثنين 27/مارس/2017 - 03:57 ص
يعقد وزراء الخارجية العرب صباح اليوم الاثنين اجتماعات تحضيرية للقمة العربية في الأردن.
ومن المقرر أن يرأس الاجتماع وزير الخارجية الأردني أيمن الصفدي، لوضع اللمسات الأخيرة على جدول أعمال القمة ومشروعات القرارات التي ستطرح عليها، وعلى مشروع إعلان البحر الميت والبيان الختامي للقمة.
في حين يخصص يوم الثلاثاء المقبل 28 لاستقبال العاهل الأردني القادة العرب، تمهيدا لالتئامهم في القمة التي ستستغرق يوما واحدا، بحضور عدد من الأمناء العامين للمنظمات الإقليمية والدولية.
وقد توجه ظهر اليوم إلى العاصمة الأردنية عمان وفد الأمانة العامة لجامعة الدول العربية، استعدادا لانطلاق التحضيرات الخاصة بالقمة، ويضم الوفد سفراء الدول العربية الأعضاء في الجامعة ومندوبيها، إضافة إلى الأمناء العامين المساعدين للجامعة.
""", [
    ev("fm-prep-meeting", "يعقد وزراء الخارجية العرب صباح اليوم الاثنين اجتماعات تحضيرية", FM, "'صباح اليوم الاثنين' = Mon 27 Mar 2017 (the date line)"),
    ev("leaders-welcomed", "يخصص يوم الثلاثاء المقبل 28 لاستقبال العاهل الأردني القادة العرب", "2017-03-28", "'يوم الثلاثاء المقبل 28' = Tue 28 Mar 2017"),
    ev("summit-held", "تمهيدا لالتئامهم في القمة التي ستستغرق يوما واحدا", SUMMIT, "no own expression; the one-day summit of Wed 29 Mar 2017 (outside knowledge; the other articles)"),
    ev("league-delegation-travels", "وقد توجه ظهر اليوم إلى العاصمة الأردنية عمان وفد الأمانة العامة", "2017-03-26", "'ظهر اليوم' in a page stamped 03:57 on Mon 27 cannot be that Monday's noon: the sentence was carried over from a report of Sun 26 Mar 2017; my span 26-27 Mar", end="2017-03-28"),
])
art(S, "https://sauress.com/alsharq/1664063",
    "2017-03-29", "no date line on the stored page (sauress copy of an al-Sharq report); the body's 'اليوم الأربعاء' for the opening of the 28th Arab summit, held on Wed 29 Mar 2017, gives Wed 29 Mar 2017; headline written from the body (the stored text has none); the clock time 'في تمام الحادثة عشرة صباحا بالتوقيت المحلي' kept verbatim with its typo ('الحادثة' for 'الحادية'), and '27 مشروع قرار' kept as in the source although other reports give 17 items; no date of its own in the text", False, """
القمة العربية الـ28 تنطلق في البحر الميت
تنطلق اليوم الأربعاء، في منطقة البحر الميت بالأردن، أعمال القمة العربية الثامنة والعشرين لبحث عدد من القضايا العربية والإقليمية، في خضم أزمات عدة تمر بها المنطقة العربية. ويشارك في القمة 18 من قادة الدول العربية، بحضور الأمين العام للأمم المتحدة ومنسقة الشؤون الخارجية في الاتحاد الأوروبي.
وتبدأ أعمال القمة في تمام الحادثة عشرة صباحا بالتوقيت المحلي بكلمة يلقيها الرئيس الموريتاني محمد ولد عبد العزيز، رئيس الدورة الـ27 للقمة العربية، يسلم بعدها الرئاسة إلى ملك الأردن عبد الله الثاني، وسط توقعات بأن يشارك 17 من قادة الدول في هذه القمة.
وكان وزراء الخارجية العرب قد أقروا في اجتماعاتهم التحضيرية للقمة 27 مشروع قرار لإدراجها في البيان الختامي، وتتعلق القرارات بأبرز بنود جدول الأعمال، وفي مقدمتها القضية الفلسطينية والأزمات في كل من سوريا وليبيا واليمن والعراق.
كما أقر الوزراء تفعيل مبادرة السلام العربية، ورفض ترشيح إسرائيل لعضوية مجلس الأمن لعام 2019 و2020، وإدانة التدخلات الإيرانية في الشؤون العربية.
وأقر المجلس الاقتصادي العربي في الاجتماعات التحضيرية عشرة مشاريع تخص التجارة العربية والمضي قدما في الاتحاد الجمركي العربي الموحد.
""", [
    ev("summit-held", "تنطلق اليوم الأربعاء، في منطقة البحر الميت بالأردن، أعمال القمة", SUMMIT, "'اليوم الأربعاء' = Wed 29 Mar 2017"),
    ev("presidency-handover", "يسلم بعدها الرئاسة إلى ملك الأردن عبد الله الثاني", SUMMIT, "'في تمام الحادثة عشرة صباحا' of Wed 29 Mar 2017 (the opening session)"),
    ev("fm-prep-meeting", "وكان وزراء الخارجية العرب قد أقروا في اجتماعاتهم التحضيرية", FM, "no own expression (pluperfect); the foreign ministers' preparatory meeting of Mon 27 Mar 2017 (almwaten; anfarabic: 'أمس الأول' on Wed 29)"),
    ev("esc-prep-session", "وأقر المجلس الاقتصادي العربي في الاجتماعات التحضيرية", ESC[0], "no own expression; the ministerial Economic and Social Council met at the weekend before the summit: makkahnewspaper of Sun 26 Mar says 'أمس' (Sat 25), albawabh's programme 'يوم الأحد' (Sun 26); my span 25-26 Mar 2017", end=ESC[1]),
])
art(S, "http://www.israj.net/2017/03/29/%D8%A7%D9%84%D8%A8%D8%AD%D8%B1-%D8%A7%D9%84%D9%85%D9%8A%D8%AA-%D8%A7%D9%84%D8%A8%D9%8A%D8%A7%D9%86-%D8%A7%D9%84%D8%AE%D8%AA%D8%A7%D9%85%D9%8A-%D9%84%D9%84%D9%82%D9%85%D8%A9-%D8%A7%D9%84%D8%B9%D8%B1/",
    "2017-03-29", "date in the URL '/2017/03/29/' (29 Mar 2017 was a Wednesday); the body's 'مساء الأربعاء' agrees with a report written on the evening of the summit; the site's menu, the breadcrumb, the photo caption and the place line 'عمان – شبكة الإسراء والمعراج ( إسراج )' dropped; headline kept (reworded); the last sentence, cut in the stored page after '17 من القادة العرب، فيما و', ends at the number", True, """
البحر الميت – "إعلان عمان".. البيان الختامي للقمة العربية في الأردن 2017
أنهت القمة العربية الثامنة والعشرون، التي تعقد في منطقة البحر الميت جنوب العاصمة الأردنية عمان، أعمالها مساء الأربعاء بإصدار بيان ختامي حمل اسم "إعلان عمان".
وجاء الإعلان، الذي صدر باسم القادة العرب، في 15 بندا أبرزها القضية الفلسطينية ونقل سفارات أجنبية إلى مدينة القدس المحتلة، والأزمة السورية وضرورة إيجاد حل سياسي لها، إلى جانب الأزمات في ليبيا واليمن والعراق.
وأعلن القادة العرب، في ختام اليوم الأول من قمة الجامعة العربية في الأردن، أنهم مستعدون لتطبيع تاريخي مع إسرائيل إذا انسحبت من الأراضي العربية التي تحتلها منذ 1967.
وجاء في بيان الجامعة، الذي تلاه الأمين العام، أن الدول العربية تساند مفاوضات السلام بين الكيان الصهيوني في فلسطين المحتلة "إسرائيل" والفلسطينيين لإنهاء النزاع بينهما، إذا ضمنت إقامة دولة فلسطينية إلى جانب إسرائيل.
وشارك في أعمال القمة 17 من القادة العرب.
""", [
    ev("summit-closing", "أنهت القمة العربية الثامنة والعشرون", SUMMIT, "'مساء الأربعاء' = the evening of Wed 29 Mar 2017"),
    ev("amman-declaration", "بإصدار بيان ختامي حمل اسم \"إعلان عمان\"", SUMMIT, "'مساء الأربعاء' = the evening of Wed 29 Mar 2017"),
    ev("normalisation-offer", "وأعلن القادة العرب، في ختام اليوم الأول من قمة الجامعة العربية", SUMMIT, "'في ختام اليوم الأول' of the summit = Wed 29 Mar 2017 (a one-day summit)"),
    ev("occupation-1967", "التي تحتلها منذ 1967", "1967-06-05", "'منذ 1967' = the occupation in the war of 5-10 Jun 1967 (outside knowledge)", end="1967-06-11"),
    ev("summit-held", "وشارك في أعمال القمة 17 من القادة العرب", SUMMIT, "no own expression; the summit of Wed 29 Mar 2017"),
])
art(S, "https://staging.nn.najah.edu/news/lkm-laarby/2017/03/30/12253",
    "2017-03-30", "date in the URL '/2017/03/30/' (30 Mar 2017 was a Thursday); the body's 'الليلة الماضية' for the close of the summit of Wed 29 Mar agrees; the byline 'نهاد الطويل - النجاح الإخباري -' and the sub-heading 'فلسطين أم القضايا ..' dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
القمة العربية الـ28 تطوي صفحتها بـ"بيان عمان"
طوت القمة العربية (28) صفحتها الليلة الماضية، بعدما أسدل العاهل الأردني الملك عبد الله الثاني الستار على أعمال المؤتمر في منطقة سويمة بالبحر الميت، ليعلن الأمين العام للجامعة العربية أحمد أبو الغيط تفاصيل "بيان عمان" بمشاركة وزير الخارجية وشؤون المغتربين أيمن الصفدي.
وحضر القمة (15) من زعماء الدول على مستوى الرؤساء والملوك ورؤساء الحكومات، في حين مثل دولا أخرى مسؤولون آخرون.
وبدا البيان الختامي للقمة أكثر هدوءا وتوافقا، إذ لم يسجل أحد تحفظا على توصياته وقراراته، باعتبارها رغبات عربية في السلام قبيل زيارة ثلاثة زعماء عرب للولايات المتحدة، هم العاهل الأردني الملك عبد الله الثاني، والرئيس الفلسطيني محمود عباس، والرئيس المصري عبد الفتاح السيسي.
وبرزت فلسطين بوصفها أم القضايا العربية وأولويتها الأوسع في قلب البيان الختامي، مع تأكيد القادة العرب على الدفع بعملية السلام في المنطقة بالشراكة مع الساكن الجديد في البيت الأبيض.
كما شدد البيان الختامي على "إعادة إطلاق مفاوضات سلام فلسطينية اسرائيلية جادة وفاعلة تنهي الانسداد السياسي وتسير وفق جدول زمني محدد لانهاء الصراع على أساس حل ّالدولتين".
""", [
    ev("summit-closing", "طوت القمة العربية (28) صفحتها الليلة الماضية", SUMMIT, "'الليلة الماضية' from Thu 30 = the evening of Wed 29 Mar 2017"),
    ev("amman-declaration", "ليعلن الأمين العام للجامعة العربية أحمد أبو الغيط تفاصيل \"بيان عمان\"", SUMMIT, "no own expression; the declaration read at the close on the evening of Wed 29 Mar 2017"),
    ev("summit-held", "وحضر القمة (15) من زعماء الدول", SUMMIT, "no own expression; the summit of Wed 29 Mar 2017"),
    ev("leaders-us-visits", "قبيل زيارة ثلاثة زعماء عرب للولايات المتحدة", US_VISITS[0], "'قبيل' the visits: Sisi at the White House on Mon 3 Apr, King Abdullah on Wed 5 Apr, Abbas on Wed 3 May 2017 (outside knowledge)", end=US_VISITS[1]),
])

# ---------------------------------------------------------------- egypt-sharm-el-sheikh-economic-conference-2015
S = "egypt-sharm-el-sheikh-economic-conference-2015"
OPEN = "2015-03-13"                        # the Egypt Economic Development Conference opened on Fri 13 Mar 2015 (Sisi's speech at 16:00; the Gulf pledges)
CLOSE = "2015-03-15"                       # the closing session, Sun 15 Mar 2015 (Mahlab's tally, Sisi's closing speech)
CONF = ("2015-03-13", "2015-03-16")        # the three days of the conference, Fri 13 - Sun 15 Mar 2015
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=1527218",
    "2015-03-13", "page stamp '3/13/2015' (kept as second line, under the headline; 13 Mar 2015 was a Friday; the stamp's clock '00:00' and the view counters dropped); the body's 'اليوم الجمعة' agrees; headline kept (reworded)", True, """
مصر تفتتح اليوم مؤتمرها الاقتصادي بمشاركة 112 دولة
3/13/2015
يلقي الرئيس المصري عبد الفتاح السيسي، اليوم الجمعة، كلمة افتتاحية يرحب فيها بالضيوف المشاركين في مؤتمر دعم وتنمية الاقتصاد المصري «مصر المستقبل»، المنعقد حاليا في مدينة شرم الشيخ على مدار ثلاثة أيام متصلة، بينما يواصل مطار القاهرة الدولي استقبال عشرات الوفود العربية والدولية المشاركة في المؤتمر، الذي تجاوزت تكلفته الـ100 مليون جنيه مصري. وأعلن وزير المالية هاني قدري أن 112 دولة و30 زعيما على مستوى الملوك ورؤساء الدول وأولياء العهد ورؤساء الوزراء يشاركون فيه.
وعلى الصعيد الأمني، وتزامنا مع انطلاق المؤتمر الاقتصادي، أعلنت محافظة السويس حالة الطوارئ والاستنفار في كل المناطق الحيوية والخدمية، في إطار إجراءات احترازية لتأمين المنشآت الحيوية والمهمة، وفي مقدمتها المجرى الملاحي لقناة السويس ونفق الشهيد أحمد حمدي.
وذكر مصدر أمني مطلع أن المحافظة تعيش حالة استنفار أمني كامل، لا سيما في منطقة القناة ونفق أحمد حمدي، مؤكدا أن دوريات انطلقت بكثافة أمس، وستستمر حتى بداية الأسبوع في جميع المناطق الحيوية.
""", [
    ev("sisi-opening-speech", "يلقي الرئيس المصري عبد الفتاح السيسي، اليوم الجمعة، كلمة افتتاحية", OPEN, "'اليوم الجمعة' = Fri 13 Mar 2015 (the stamp)"),
    ev("conference-three-days", "المنعقد حاليا في مدينة شرم الشيخ على مدار ثلاثة أيام متصلة", CONF[0], "'على مدار ثلاثة أيام متصلة' from Fri 13 = Fri 13 - Sun 15 Mar 2015", end=CONF[1]),
    ev("delegations-arrive", "يواصل مطار القاهرة الدولي استقبال عشرات الوفود", "2015-03-12", "'يواصل' (ongoing) on Fri 13: the arrivals of Thu 12 and Fri 13 Mar 2015 (my span)", end="2015-03-14"),
    ev("suez-emergency", "أعلنت محافظة السويس حالة الطوارئ والاستنفار", "2015-03-12", "'تزامنا مع انطلاق المؤتمر' = on the eve or the day of the opening, Thu 12 - Fri 13 Mar 2015 (my span)", end="2015-03-14"),
    ev("suez-patrols", "مؤكدا أن دوريات انطلقت بكثافة أمس", "2015-03-12", "'أمس' from Fri 13 = Thu 12 Mar 2015 (the start of the patrols)"),
])
art(S, "https://paltodaytv.com/post/42016/%D9%85%D8%B5%D8%B1-%D8%A7%D9%84%D9%85%D8%B3%D8%AA%D9%82%D8%A8%D9%84-%D9%85%D8%A4%D8%AA%D9%85%D8%B1-%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF%D9%8A-%D8%AF%D9%88%D9%84%D9%8A-%D9%8A%D9%86%D8%B7%D9%84%D9%82-%D9%81%D9%8A-%D8%B4%D8%B1%D9%85-%D8%A7%D9%84%D8%B4%D9%8A%D8%AE",
    "2015-03-13", "no date line on the stored page; the body's 'ينطلق اليوم الجمعة' for the opening of the conference, held on Fri 13 Mar 2015, gives Fri 13 Mar 2015; headline rendered from the URL slug (the stored text has none); the last paragraph, on the Russian delegation and cut in the stored page, dropped; no date of its own in the text", False, """
"مصر المستقبل".. مؤتمر اقتصادي دولي ينطلق في شرم الشيخ
ينطلق اليوم الجمعة في مدينة شرم الشيخ المصرية مؤتمر "مصر المستقبل" الدولي للتنمية الاقتصادية، بمشاركة وفود من 89 دولة و23 منظمة إقليمية ودولية.
ومن المقرر أن يفتتح الرئيس المصري عبد الفتاح السيسي الفعاليات الرسمية للمؤتمر في تمام الساعة الرابعة عصرا بالتوقيت المصري، وتتواصل فعاليات المؤتمر لمدة ثلاثة أيام.
ويسعى مؤتمر "مصر المستقبل" الدولي للتنمية الاقتصادية إلى دفع نمو الاقتصاد المصري وتعريف المستثمرين بما تتيحه مصر من فرص استثمارية، إذ ستعرض فيه مشروعات استثمارية ضخمة ومتنوعة في قطاعات الطاقة والصناعة والنقل والاتصالات.
وقال رئيس مجلس الوزراء المصري إبراهيم محلب اليوم في تصريح صحفي: "إن مؤتمر شرم الشيخ يعد نقطة في مشوار طويل لبناء مستقبل الشعب المصري، حيث سيتم خلاله طرح العديد من المشاريع المدروسة والفرص الاستثمارية الواعدة التي أعدتها الحكومة في مختلف المجالات".
ويرجح أن تعلن المملكة العربية السعودية والكويت والإمارات العربية المتحدة، على هامش المؤتمر، حزمة مساعدات جديدة لمصر في صورة ودائع تبلغ قيمتها الإجمالية نحو 10 مليارات دولار.
""", [
    ev("conference-opens", "ينطلق اليوم الجمعة في مدينة شرم الشيخ المصرية مؤتمر", OPEN, "'اليوم الجمعة' = Fri 13 Mar 2015"),
    ev("sisi-opening-speech", "أن يفتتح الرئيس المصري عبد الفتاح السيسي الفعاليات الرسمية للمؤتمر", OPEN, "'في تمام الساعة الرابعة عصرا بالتوقيت المصري' of Fri 13 Mar 2015"),
    ev("conference-three-days", "وتتواصل فعاليات المؤتمر لمدة ثلاثة أيام", CONF[0], "'لمدة ثلاثة أيام' from Fri 13 = Fri 13 - Sun 15 Mar 2015", end=CONF[1]),
    ev("mahlab-press-remarks", "وقال رئيس مجلس الوزراء المصري إبراهيم محلب اليوم في تصريح صحفي", OPEN, "'اليوم' = Fri 13 Mar 2015"),
    ev("gulf-pledges", "أن تعلن المملكة العربية السعودية والكويت والإمارات العربية المتحدة", OPEN, "expected 'على هامش المؤتمر'; the three pledges of $4bn each were announced in the opening session of Fri 13 Mar 2015 (arabi21: 'في يومه الأول، الجمعة')"),
])
art(S, "https://www.dw.com/ar/%D8%A7%D9%84%D8%AD%D8%B5%D9%8A%D9%84%D8%A9-%D8%A7%D9%84%D8%A5%D8%AC%D9%85%D8%A7%D9%84%D9%8A%D8%A9-%D9%84%D9%85%D8%A4%D8%AA%D9%85%D8%B1-%D8%B4%D8%B1%D9%85-%D8%A7%D9%84%D8%B4%D9%8A%D8%AE-60-%D9%85%D9%84%D9%8A%D8%A7%D8%B1-%D8%AF%D9%88%D9%84%D8%A7%D8%B1/a-18317607",
    "2015-03-15", "date in the page title 'أخبار | DW | 15.03.2015' (kept as second line, under the headline; 15 Mar 2015 was a Sunday); the body's 'اليوم الأحد (15 مارس/آذار)' agrees; the site navigation dropped; headline kept (reworded); the last sentence, cut in the stored page after 'في وقت سابق اليوم الأح', dropped", True, """
الحصيلة الإجمالية لمؤتمر شرم الشيخ 60 مليار دولار
15.03.2015
ما يزيد على 60 مليار دولار حصلت عليها مصر في صورة استثمارات وقروض بنهاية مؤتمر شرم الشيخ الاقتصادي، علاوة على المليارات التي تعهدت بها دول الخليج.
وأعلن رئيس الوزراء المصري إبراهيم محلب، اليوم الأحد (15 مارس/آذار)، أن ما حصلت عليه مصر من استثمارات وقروض في مؤتمر دعم وتنمية الاستثمار المصري الذي عقد في شرم الشيخ بلغ في حصيلته النهائية 60 مليار دولار، إضافة إلى تعهدات بدعم خليجي قيمته 12.5 مليار دولار.
وفي اختتام المؤتمر، الذي استمر ثلاثة أيام، قال محلب إن المؤتمر حقق "نتائج مبهرة... وليس أمامنا الآن غير العمل والعرق لكي تنجح التجربة المصرية".
وبيّن محلب أن عقودا بقيمة 36.2 مليار دولار وقعت في المؤتمر، وأنه تم الاتفاق على مشروعات ممولة قيمتها 18.6 مليار دولار يجري سدادها على سنوات طويلة، إلى جانب 5.2 مليار دولار قروضا من صناديق ومؤسسات دولية.
وأعلن محلب أيضا تشكيل مجموعة عمل في وزارة الاستثمار تتابع تنفيذ المشروعات ليس بشكل يومي فقط وإنما "كل ساعة".
""", [
    ev("mahlab-final-tally", "وأعلن رئيس الوزراء المصري إبراهيم محلب، اليوم الأحد (15 مارس/آذار)", CLOSE, "'اليوم الأحد (15 مارس/آذار)' = Sun 15 Mar 2015"),
    ev("gulf-pledges", "إضافة إلى تعهدات بدعم خليجي قيمته 12.5 مليار دولار", OPEN, "no own expression; the Saudi, Kuwaiti and Emirati pledges ($4bn each) of the opening session of Fri 13 Mar 2015, with Oman's $500m the same day (arabi21)"),
    ev("conference-closing", "وفي اختتام المؤتمر، الذي استمر ثلاثة أيام، قال محلب", CLOSE, "'في اختتام المؤتمر' = the closing session of Sun 15 Mar 2015"),
    ev("contracts-signed", "أن عقودا بقيمة 36.2 مليار دولار وقعت في المؤتمر", CONF[0], "no own expression; the contracts signed during the three days, Fri 13 - Sun 15 Mar 2015 (my span)", end=CONF[1]),
    ev("follow-up-working-group", "وأعلن محلب أيضا تشكيل مجموعة عمل في وزارة الاستثمار", CLOSE, "no own expression; announced in the closing speech of Sun 15 Mar 2015"),
])
art(S, "https://www.zamanarabic.com/2015/03/15/%d8%a7%d8%a8%d8%aa%d9%87%d8%a7%d8%ac-%d8%a7%d9%84%d8%b3%d9%8a%d8%b3%d9%8a-%d9%81%d9%8a-%d8%ae%d8%aa%d8%a7%d9%85-%d9%85%d8%a4%d8%aa%d9%85%d8%b1-%d8%a7%d9%82%d8%aa%d8%b5%d8%a7%d8%af%d9%8a-%d8%af%d9%88",
    "2015-03-15", "date in the URL '/2015/03/15/' (15 Mar 2015 was a Sunday); the body's 'اليوم الأحد' agrees with the close of the conference that Sunday; headline rendered from the URL slug ('ابتهاج السيسي في ختام مؤتمر اقتصادي'); the last sentence, on a company and cut in the stored page, dropped; no date of its own in the text", False, """
ابتهاج السيسي في ختام مؤتمر اقتصادي
شرم الشيخ، مصر (أ ب) – بدا الرئيس المصري عبد الفتاح السيسي مسرورا في ختام المؤتمر الاقتصادي الذي جلب لبلاده مساعدات واستثمارات تقدر بمليارات الدولارات.
ودعا السيسي الشباب من منظمي المؤتمر إلى الانضمام إليه على المنصة قبل أن يلقي الكلمة الختامية للمؤتمر اليوم الأحد.
وانتهز كثيرون الفرصة لالتقاط صور سيلفي مع الرئيس المصري.
وقال السيسي إن البعض ظن أن مصر قد ماتت، لكنها بلد خلق لكي يعيش للأبد، بحسب تعبيره.
وأفاد منظمو المؤتمر الاقتصادي بأن المستثمرين تعهدوا باستثمار 10.7 مليارات دولار في مشروعات داخل البلاد، وذلك بعدما أعلنت دول الخليج حزمة مساعدات قيمتها 12.5 مليار دولار.
ويهدف المؤتمر، الذي استمر ثلاثة أيام في منتجع شرم الشيخ المصري، إلى تقديم مصر للعالم بلدا منفتحا على الاستثمارات، بعد أربع سنوات من عدم الاستقرار والاضطرابات التي تلت ثورة الخامس والعشرين من يناير 2011 التي أطاحت بالدكتاتور حسني مبارك.
وأضاف المنظمون في بيان اليوم الأحد أن هذه الاتفاقات تضم اتفاقا قيمته 6.5 مليار دولار مع مجموعة أوراسكوم المصرية وشركة الاستثمارات البترولية الدولية المملوكة لحكومة أبوظبي، لإنشاء محطة طاقة تعمل بالفحم على مدار أربع سنوات. وقد وقعت الاتفاقات في وقت سابق من اليوم.
""", [
    ev("conference-closing", "قبل أن يلقي الكلمة الختامية للمؤتمر اليوم الأحد", CLOSE, "'اليوم الأحد' = Sun 15 Mar 2015"),
    ev("gulf-pledges", "وذلك بعدما أعلنت دول الخليج حزمة مساعدات قيمتها 12.5 مليار دولار", OPEN, "no own expression; the Gulf pledges of the opening session of Fri 13 Mar 2015"),
    ev("conference-three-days", "الذي استمر ثلاثة أيام في منتجع شرم الشيخ المصري", CONF[0], "'استمر ثلاثة أيام' ending on Sun 15 = Fri 13 - Sun 15 Mar 2015", end=CONF[1]),
    ev("january-revolution", "ثورة الخامس والعشرين من يناير 2011 التي أطاحت بالدكتاتور حسني مبارك", "2011-01-25", "'الخامس والعشرين من يناير 2011' = the uprising of 25 Jan 2011 up to Mubarak's fall on Fri 11 Feb 2011 (my span)", end="2011-02-12"),
    ev("organisers-statement", "وأضاف المنظمون في بيان اليوم الأحد", CLOSE, "'اليوم الأحد' = Sun 15 Mar 2015"),
    ev("coal-plant-deal-signed", "وقد وقعت الاتفاقات في وقت سابق من اليوم", CLOSE, "'في وقت سابق من اليوم' = earlier on Sun 15 Mar 2015"),
])

# ---------------------------------------------------------------- iraq-baghdad-arab-summit-2025
S = "iraq-baghdad-arab-summit-2025"
FM = "2025-05-15"                          # the Arab foreign ministers' preparatory meeting in Baghdad, Thu 15 May 2025
SUMMIT = "2025-05-17"                      # the 34th Arab summit (with the 5th development summit) in Baghdad, Sat 17 May 2025
art(S, "https://alsaudiapress.com/%d8%a7%d9%86%d8%b7%d9%84%d8%a7%d9%82-%d8%a7%d8%ac%d8%aa%d9%85%d8%a7%d8%b9-%d9%88%d8%b2%d8%b1%d8%a7%d8%a1-%d8%a7%d9%84%d8%ae%d8%a7%d8%b1%d8%ac%d9%8a%d8%a9-%d8%a7%d9%84%d8%b9%d8%b1%d8%a8-%d9%81%d9%8a",
    "2025-05-15", "page date line '15/5/2025–|آخر تحديث: 15:43 (توقيت مكة)' (kept as second line, under the headline; 15 May 2025 was a Thursday); the body's 'اليوم الخميس' agrees; headline rendered from the URL slug (the stored text has none); the last sentence, cut in the stored page after 'حرب الإبادة الإ', dropped", True, """
انطلاق اجتماع وزراء الخارجية العرب في بغداد
15/5/2025–|آخر تحديث: 15:43 (توقيت مكة)
بدأ في العاصمة العراقية -اليوم الخميس- اجتماع وزراء الخارجية العرب في إطار التحضيرات للقمة العربية الـ34، المقرر عقدها على مستوى القادة السبت المقبل.
واستهل الاجتماع بكلمة لوزير الخارجية البحريني عبد اللطيف الزياني، عرض فيها مخرجات القمة العربية التي انعقدت في بلاده يوم 16 مايو/أيار 2024.
ثم سلم الزياني رئاسة اجتماع وزراء الخارجية التحضيري إلى نظيره العراقي فؤاد حسين.
وألقى حسين كلمة العراق، مؤكدا أن بلاده تدعم استقرار سوريا، وأن فلسطين "قضيتنا المركزية"، ومضيفا أن "العراق يجدد مواقفه السابقة ودعمه للشعب الفلسطيني بتحرير أرضه وإقامة دولته وعاصمتها القدس الشريف".
ودعا الوزير العراقي إلى "السماح بإدخال المساعدات للشعب الفلسطيني وإعادة عمل منظمات الإغاثة".
أما أمين عام جامعة الدول العربية أحمد أبو الغيط فرأى في كلمته أن "مخطط الاحتلال لا يعرف نهاية ليس في فلسطين فقط بل في سوريا ولبنان".
وعقب ذلك، أعلن وزير الخارجية العراقي انتهاء الجلسة الافتتاحية وبدء جلسة "عمل مغلقة".
وكان وزراء الخارجية العرب قد بدأوا -أمس- الوصول إلى بغداد للمشاركة في الاجتماعات التحضيرية للقمة.
""", [
    ev("fm-prep-meeting", "بدأ في العاصمة العراقية -اليوم الخميس- اجتماع وزراء الخارجية العرب", FM, "'اليوم الخميس' = Thu 15 May 2025 (the date line)"),
    ev("baghdad-summit", "المقرر عقدها على مستوى القادة السبت المقبل", SUMMIT, "'السبت المقبل' from Thu 15 = Sat 17 May 2025"),
    ev("bahrain-summit-2024", "التي انعقدت في بلاده يوم 16 مايو/أيار 2024", "2024-05-16", "'يوم 16 مايو/أيار 2024' = Thu 16 May 2024"),
    ev("fm-chair-handover", "ثم سلم الزياني رئاسة اجتماع وزراء الخارجية التحضيري", FM, "no own expression; the opening session of Thu 15 May 2025"),
    ev("closed-session", "أعلن وزير الخارجية العراقي انتهاء الجلسة الافتتاحية وبدء جلسة", FM, "'وعقب ذلك' = later in the meeting of Thu 15 May 2025"),
    ev("ministers-arrive", "قد بدأوا -أمس- الوصول إلى بغداد", "2025-05-14", "'أمس' from Thu 15 = Wed 14 May 2025"),
])
art(S, "https://www.alalam.ir/news/7241603/%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D9%8A%D8%B9%D9%84%D9%86-%D8%B9%D9%86-%D8%A5%D8%B3%D9%87%D8%A7%D9%85-%D8%A8%D9%82%D9%8A%D9%85%D8%A9-40-%D9%85%D9%84%D9%8A%D9%88%D9%86-%D8%AF%D9%88%D9%84%D8%A7%D8%B1-%D9%84%D8%A5%D8%B9%D9%85%D8%A7%D8%B1-%D8%BA%D8%B2%D8%A9-%D9%88%D9%84%D8%A8%D9%86%D8%A7%D9%86",
    "2025-05-17", "page date line 'السبت ١٧ مايو ٢٠٢٥ ٠٩:٥٩ بتوقيت غرينتش' (kept in Arabic-Indic digits as second line, under the headline; 17 May 2025 was a Saturday); the body's 'اليوم السبت' agrees; the 'عاجل:' tag, the repeated headline and the 'إقرأ أيضاً' link dropped; headline kept (reworded); the last sentence, cut in the stored page after 'أن العراق يش', dropped", True, """
العراق يعلن إسهاما بـ40 مليون دولار في إعمار غزة ولبنان
السبت ١٧ مايو ٢٠٢٥ ٠٩:٥٩ بتوقيت غرينتش
أعلن رئيس الوزراء العراقي محمد شياع السوداني، اليوم السبت، أن العراق سيسهم بـ40 مليون دولار في إعمار غزة ولبنان.
وقال السوداني في كلمة العراق أمام القمة العربية: "نعلن عن ثماني عشرة مبادرة طموحة لتنشيط العمل العربي المشترك وفي مقدمتها مبادرة تأسيس الصندوق العربي لدعم جهود التعافي وإعادة الإعمار ما بعد الأزمات والصراعات والحروب".
وتابع: "نؤكد هنا إسهام العراق بمبلغ (عشرين مليون دولار) لإعمار غزة، ومبلغ (عشرين مليون دولار) لإعمار لبنان الشقيق".
ونقل بيان لمكتبه الإعلامي عن السوداني قوله: "يجب توحيد كلمتنا لإفشال المخططات التي تريد النيل من مستقبلنا واستقرارنا"، مشيرا إلى أن "العراق انتهج سياسة خارجية تقدم الشراكة كأولوية".
وشدد السوداني: "كلنا شاهد تلك الصور التي يظهر فيها الأطفال وهم مصطفون بالمئات من أجل لقمة أو قطعة رغيف قد يحصلون عليها أو يعودوا فارغي اليد"، مؤكدا "نرفض الإبادة الجماعية والتهجير القسري في فلسطين".
""", [
    ev("iraq-40m-pledge", "أعلن رئيس الوزراء العراقي محمد شياع السوداني، اليوم السبت، أن العراق سيسهم", SUMMIT, "'اليوم السبت' = Sat 17 May 2025 (the date line)"),
    ev("sudani-summit-speech", "وقال السوداني في كلمة العراق أمام القمة العربية", SUMMIT, "no own expression; the speech at the summit of Sat 17 May 2025"),
    ev("arab-recovery-fund-initiative", "وفي مقدمتها مبادرة تأسيس الصندوق العربي لدعم جهود التعافي", SUMMIT, "no own expression; announced in the speech of Sat 17 May 2025"),
    ev("media-office-statement", "ونقل بيان لمكتبه الإعلامي عن السوداني قوله", SUMMIT, "no own expression; the prime minister's office statement on the speech, Sat 17 May 2025"),
])
art(S, "https://bayan-gate.com/?p=297343",
    "2025-05-17", "no date line on the stored page; the body's 'صباح اليوم السبت' for the opening of the 34th Arab summit, held in Baghdad on Sat 17 May 2025, gives Sat 17 May 2025; the source line 'مصادر – بيان' dropped; headline kept (reworded); the last sentence, cut in the stored page after 'ودعا', dropped; no date of its own in the text", False, """
من حضر ومن غاب عن القمة العربية الـ34
بدأت، صباح اليوم السبت، أعمال القمة العربية الرابعة والثلاثين في العاصمة العراقية بغداد، بحضور عدد من القادة العرب في مقدمتهم الرئيس المصري عبد الفتاح السيسي، الذي استقبله رئيس الوزراء العراقي محمد شياع السوداني قبل بدء الجلسة الافتتاحية.
وتنعقد القمة في ظروف إقليمية معقدة، إذ يبحث القادة المشاركون ملفات ساخنة، أبرزها تطورات القضية الفلسطينية والأوضاع في سوريا ولبنان وليبيا والصومال، إلى جانب قضايا الأمن والاستقرار في الإقليم.
ويحضر القمة بصفة "ضيف شرف" رئيس الوزراء الإسباني بيدرو سانشيز، ومعه الأمين العام للأمم المتحدة أنطونيو غوتيريش وممثلون رفيعو المستوى لمنظمات إقليمية ودولية.
وفي مستهل الجلسة، سلم وزير الخارجية البحريني راية القمة إلى العراق، مشيرا في كلمته إلى أن بلاده عملت خلال رئاستها للقمة الـ33 على تعزيز العمل العربي المشترك والتصدي للتحديات السياسية والأمنية.
كما أكد الوزير البحريني من جديد دعم بلاده الثابت لحقوق الشعب الفلسطيني، مشددا على ضرورة إقامة دولة فلسطينية مستقلة على حدود 1967، ودعم حصول فلسطين على العضوية الكاملة في الأمم المتحدة.
""", [
    ev("baghdad-summit", "بدأت، صباح اليوم السبت، أعمال القمة العربية الرابعة والثلاثين", SUMMIT, "'صباح اليوم السبت' = Sat 17 May 2025"),
    ev("sisi-welcomed", "الذي استقبله رئيس الوزراء العراقي محمد شياع السوداني قبل بدء الجلسة الافتتاحية", SUMMIT, "'قبل بدء الجلسة الافتتاحية' on Sat 17 May 2025 (Sisi arrived that morning: sis.gov.eg, 'السبت 17-5-2025')"),
    ev("summit-chair-handover", "سلم وزير الخارجية البحريني راية القمة إلى العراق", SUMMIT, "'في مستهل الجلسة' of Sat 17 May 2025"),
    ev("bahrain-presidency-year", "خلال رئاستها للقمة الـ33", "2024-05-16", "'خلال رئاستها للقمة الـ33' = from the Manama summit of Thu 16 May 2024 to the handover of Sat 17 May 2025", end="2025-05-18"),
])
art(S, "https://www.palestineeconomy.ps/ar/Article/23376/%D8%A7%D9%84%D9%82%D9%85%D8%A9-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9-20-%D9%85%D9%84%D9%8A%D9%88%D9%86-%D8%AF%D9%88%D9%84%D8%A7%D8%B1-%D9%84%D8%BA%D8%B2%D8%A9-%D9%85%D9%86-%D8%A3%D8%B5%D9%84-53-%D9%85%D9%84%D9%8A%D8%A7%D8%B1%D8%A7-%D8%AA%D9%82%D8%AF%D9%8A%D8%B1%D8%A7%D8%AA-%D8%A7%D9%84%D8%A5%D8%B9%D9%85%D8%A7%D8%B1",
    "2025-05-18", "no date line on the stored page; the body's 'خلال كلمته أمس السبت في القمة العربية الـ34' for the speech of Sat 17 May 2025 gives Sun 18 May 2025; the source line 'بوابة اقتصاد فلسطين' dropped; headline kept (reworded); the body's later 'اعتبر السوداني اليوم' is kept verbatim although the remark belongs to the speech of the day before; no date of its own in the text", False, """
القمة العربية: 20 مليون دولار لغزة.. من أصل 53 مليارا تقدر بها كلفة الإعمار
أعلن رئيس الوزراء العراقي محمد شياع السوداني مبادرة بلاده لإنشاء صندوق عربي يدعم جهود التعافي وإعادة إعمار ما بعد الأزمات والصراعات والحروب.
وقال السوداني -خلال كلمته أمس السبت في القمة العربية الـ34 في بغداد-: "نعلن 18 مبادرة طموحة لتنشيط العمل العربي المشترك، وفي مقدمتها مبادرة تأسيس الصندوق العربي لدعم جهود التعافي، وإعادة إعمار ما بعد الأزمات والصراعات والحروب".
وأعلن السوداني أن بلاده ستدعم إعادة إعمار غزة، بعد ما لحق بها من العدوان الإسرائيلي، بمبلغ 20 مليون دولار، وبمبلغ مماثل للبنان.
وقال: "نؤكد هنا إسهام العراق بمبلغ 20 مليون دولار لإعمار غزة، ومبلغ 20 مليون دولار لإعمار لبنان الشقيق".
ورأى السوداني اليوم أن "الإبادة الجماعية التي يتعرض لها الفلسطينيون بلغت من البشاعة ما لم تشهده كل صراعات التاريخ".
""", [
    ev("arab-recovery-fund-initiative", "أعلن رئيس الوزراء العراقي محمد شياع السوداني مبادرة بلاده", SUMMIT, "no own expression; announced in the speech of Sat 17 May 2025 ('أمس السبت' in the next sentence)"),
    ev("sudani-summit-speech", "خلال كلمته أمس السبت في القمة العربية الـ34 في بغداد", SUMMIT, "'أمس السبت' from Sun 18 = Sat 17 May 2025"),
    ev("iraq-40m-pledge", "وأعلن السوداني أن بلاده ستدعم إعادة إعمار غزة", SUMMIT, "no own expression; the pledge made in the speech of Sat 17 May 2025"),
    ev("genocide-remark", "ورأى السوداني اليوم أن \"الإبادة الجماعية", SUMMIT, "'اليوم' in a report of Sun 18 taken from a report of the speech; the remark is of Sat 17 May 2025 (alalam: 'نرفض الإبادة الجماعية' in the speech); my span 17-18 May", end="2025-05-19"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 355
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

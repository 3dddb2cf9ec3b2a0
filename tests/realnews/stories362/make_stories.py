"""Builds stories.jsonl: the 362-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: government formation: prime ministers designated, cabinet
line-ups announced, ministers sworn in, confidence votes on new governments.
Stories: the first government of Abdelaziz Djerad under president Tebboune (Algeria, January 2020), the final
line-up, confidence vote, oath and handover of Elyes Fakhfakh's government (Tunisia, February 2020), the confidence
vote on Adel Abdul Mahdi's government and his oath (Iraq, October 2018), the decree forming Wael al-Halqi's second
government and its oath (Syria, August 2014), and Abdalla Hamdok's first cabinet, announced and sworn in (Sudan,
September 2019).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-djerad-government-2020
S = "algeria-djerad-government-2020"
GOV = "2020-01-02"                         # the line-up was announced at the presidency on the evening of Thu 2 Jan 2020
DJERAD = "2019-12-28"                      # Tebboune named Djerad prime minister on Sat 28 Dec 2019
COUNCIL = "2020-01-05"                     # first council of ministers of the new government, Sun 5 Jan 2020
ELECTION = "2019-12-12"                    # the presidential election of Thu 12 Dec 2019
art(S, "https://almesryoon.com/Section_31/%D8%B9%D8%B1%D8%A8-%D9%88%D8%B9%D8%A7%D9%84%D9%85/%D8%A7%D9%84%D8%B1%D8%A6%D8%A7%D8%B3%D8%A9-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1%D9%8A%D8%A9-%D8%AA%D8%B9%D9%84%D9%86-%D8%B9%D9%86-%D8%A3%D9%88%D9%84-%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D9%84%D8%AA%D8%A8%D9%88%D9%86_1280421",
    GOV, "page date line 'الخميس، 02-01-2020' and time '11:10 م' (kept as one line; 2 Jan 2020 was a Thursday); the body's 'مساء الخميس' agrees; the credit 'المصريون ووكالات' and a trailing dash dropped; headline rendered from the URL slug (the stored text has none)", True, """
الرئاسة الجزائرية تكشف عن أول حكومة في عهد تبون
الخميس، 02-01-2020 11:10 م
كشفت الرئاسة الجزائرية، مساء الخميس، عن حكومة كفاءات يقودها عبد العزيز جراد، وهي الأولى في عهد الرئيس الجديد عبد المجيد تبون الذي فاز في اقتراع 12 ديسمبر/ كانون الأول الماضي.
وتولى الإعلان محمد السعيد، المتحدث باسم الرئاسة، خلال مؤتمر صحفي عقده في مقرها.
وتتألف الحكومة من 39 عضوا، بينهم 5 نساء و7 وزراء منتدبين و4 كتاب دولة، كما أُحدثت للمرة الأولى وزارة للمؤسسات الناشئة أسندت إلى أصغر الوزراء سنا، ياسين وليد (26 سنة).
واحتفظ وزير الخارجية صبري بوقادوم بحقيبته، شأنه شأن وزير العدل بلقاسم زغماتي ووزير الداخلية كمال بلجود (الذي كان يدير الوزارة بالنيابة).
كما بقي في منصبه كل من وزير الطاقة محمد عرقاب، ووزير المجاهدين (قدماء المحاربين) الطيب زيتوني، ووزير الشؤون الدينية يوسف بلمهدي.
وعاد وزير المالية السابق عبد الرحمان راوية إلى الحقيبة التي تولاها من قبل، في حين أُلغي منصب نائب وزير الدفاع الذي كان يشغله قائد الأركان الراحل أحمد قايد صالح، واحتفظ تبون لنفسه بوزارة الدفاع.
وكانت الرئاسة قد أعلنت، السبت الماضي، أن تبون عيّن جراد رئيسا للوزراء وكلفه بتشكيل الحكومة الجديدة.
""", [
    ev("gov-announced", "كشفت الرئاسة الجزائرية، مساء الخميس، عن حكومة كفاءات", GOV, "'مساء الخميس' = Thu 2 Jan 2020 (date line)"),
    ev("tebboune-elected", "الذي فاز في اقتراع 12 ديسمبر/ كانون الأول الماضي", ELECTION, "'12 ديسمبر/ كانون الأول الماضي' = Thu 12 Dec 2019"),
    ev("startups-ministry-youngest-minister", "أُحدثت للمرة الأولى وزارة للمؤسسات الناشئة", GOV, "no own expression; part of the line-up announced on Thu 2 Jan 2020"),
    ev("key-ministers-kept", "احتفظ وزير الخارجية صبري بوقادوم بحقيبته", GOV, "no own expression; the line-up of Thu 2 Jan 2020"),
    ev("deputy-defence-post-abolished", "أُلغي منصب نائب وزير الدفاع", GOV, "no own expression; the line-up of Thu 2 Jan 2020"),
    ev("djerad-appointed", "أن تبون عيّن جراد رئيسا للوزراء", DJERAD, "'السبت الماضي' before Thu 2 Jan 2020 = Sat 28 Dec 2019"),
])
art(S, "https://maghress.com/alayam24/245953",
    "2020-01-03", "no date line on the stored page; the body's 'أمس الخميس' for the line-up announced on Thu 2 Jan 2020 gives Fri 3 Jan 2020; headline written from the body (the stored text has none); the last, truncated sentence ('وينتظر أن تعقد') dropped; no date of its own in the text", False, """
تبون وجراد يكشفان عن حكومة من 39 عضوا
أعلن رئيس الحكومة الجزائرية المكلف، عبد العزيز جراد، أمس الخميس أسماء أعضاء حكومته الجديدة التي تضم 39 وزيرا. وحافظ عدد من الوزراء في التشكيلة الجديدة على المناصب التي تولوها في الحكومة السابقة.
فقد قرر الرئيس الجديد إبقاء وزير الخارجية صبري بوقادوم، ووزير العدل بلقاسم زغماتي، ووزير الداخلية كمال بلجود، ووزير المجاهدين الطيب زيتوني، ووزير الشؤون الدينية يوسف بلمهدي، ووزير الطاقة محمد عرقاب.
وعرفت الحكومة كذلك رجوع وجوه سابقة، منها عبد الرحمن راوية وزيرا للمالية، وحسن مرموري وزيرا للسياحة، وسيد أحمد فروخي الذي عاد لتولي وزارة الصيد البحري، وبشير مصطفى الذي رجع كاتب دولة مكلفا بالإحصائيات، بينما أوكلت وزارة الإعلام إلى الصحافي والأستاذ الجامعي عمار بلحيمر، وعُين الأستاذ الجامعي شمس الدين شيتور وزيرا للتعليم العالي.
وعُينت مليكة بن دودة وزيرة للثقافة، وإبراهيم بومزار وزيرا للبريد، وكوثر كريكو وزيرة للتضامن، كما تولى الخبير الاقتصادي فرحات آيت علي وزارة الصناعة والبروفيسور عبد الرحمن بوزيد وزارة الصحة.
وتشمل الحكومة 39 عضوا، من بينهم 5 نساء و7 وزراء منتدبين و4 كتاب دولة، إضافة إلى وزارة للمؤسسات الناشئة تُستحدث لأول مرة ويقودها أصغر وزير، ياسين وليد (26 سنة).
""", [
    ev("gov-announced", "أعلن رئيس الحكومة الجزائرية المكلف، عبد العزيز جراد، أمس الخميس", GOV, "'أمس الخميس' in an article of Fri 3 Jan 2020 = Thu 2 Jan"),
    ev("key-ministers-kept", "قرر الرئيس الجديد إبقاء وزير الخارجية صبري بوقادوم", GOV, "no own expression; the line-up of Thu 2 Jan 2020"),
    ev("former-ministers-return", "عرفت الحكومة كذلك رجوع وجوه سابقة", GOV, "no own expression; the line-up of Thu 2 Jan 2020"),
    ev("startups-ministry-youngest-minister", "إضافة إلى وزارة للمؤسسات الناشئة تُستحدث لأول مرة", GOV, "no own expression; the line-up of Thu 2 Jan 2020"),
])
art(S, "https://djazairess.com/echchaab/160309",
    "2020-01-04", "no date line on the stored page (an item of the daily Echaab, via djazairess); the body's 'أول أمس' for the line-up of Thu 2 Jan 2020, with 'السبت الماضي' for Djerad's appointment (Sat 28 Dec 2019) and 'يوم الأحد المقبل' for the council of Sun 5 Jan, gives Sat 4 Jan 2020; headline written from the body (the stored text has none); no date of its own in the text", False, """
39 عضوا في أول حكومة يقودها عبد العزيز جراد
عيّن رئيس الجمهورية عبد المجيد تبون، أول أمس، أعضاء الحكومة الجديدة التي يرأسها الوزير الأول عبد العزيز جراد، وفق ما أعلنه الوزير المستشار للاتصال الناطق الرسمي لرئاسة الجمهورية بلعيد محند أوسعيد.
وتتكون الحكومة الجديدة من 39 عضوا، منهم 7 وزراء منتدبين و4 كتاب دولة. ويضم الجهاز التنفيذي أيضا خمس وزيرات، أما أصغر أعضائه فهو ياسين وليد البالغ من العمر 26 سنة، والذي يتولى منصب وزير منتدب مكلف بالمؤسسات الناشئة.
وستلتئم الحكومة في أول اجتماع لها خلال أول مجلس للوزراء يرأسه رئيس الجمهورية عبد المجيد تبون يوم الأحد المقبل.
وللتذكير، فقد عيّن الرئيس تبون السبت الماضي عبد العزيز جراد وزيرا أول خلفا لصبري بوقدوم، الذي تولى هذا المنصب بالنيابة إثر استقالة نور الدين بدوي من منصبه.
""", [
    ev("gov-announced", "عيّن رئيس الجمهورية عبد المجيد تبون، أول أمس، أعضاء الحكومة الجديدة", GOV, "'أول أمس' in an article of Sat 4 Jan 2020 = Thu 2 Jan"),
    ev("startups-ministry-youngest-minister", "أما أصغر أعضائه فهو ياسين وليد", GOV, "no own expression; the line-up of Thu 2 Jan 2020"),
    ev("first-cabinet-meeting", "خلال أول مجلس للوزراء يرأسه رئيس الجمهورية عبد المجيد تبون يوم الأحد المقبل", COUNCIL, "'يوم الأحد المقبل' from Sat 4 Jan 2020 = Sun 5 Jan (held that day: sabanew)"),
    ev("djerad-appointed", "فقد عيّن الرئيس تبون السبت الماضي عبد العزيز جراد وزيرا أول", DJERAD, "'السبت الماضي' from Sat 4 Jan 2020 = Sat 28 Dec 2019"),
    ev("bedoui-resignation", "إثر استقالة نور الدين بدوي من منصبه", "2019-12-19", "no own expression; Bedoui resigned on Thu 19 Dec 2019, the day of Tebboune's swearing-in (outside knowledge)"),
])
art(S, "https://mail.sabanew.net/story/ar/57651",
    COUNCIL, "page stamp '[05/01/2020 06:15]' (kept as second line; 5 Jan 2020 was a Sunday); the body's 'اليوم الاحد' agrees; the dateline 'الجزائر - سبأنت' dropped; headline kept from the page", True, """
الرئيس الجزائري يرأس أول اجتماع لمجلس الوزراء في تشكيلته الجديدة
[05/01/2020 06:15]
ترأس الرئيس الجزائري عبد المجيد تبون، اليوم الاحد، الاجتماع الأول لمجلس الوزراء الجزائري بتشكيلته الجديدة التي يقودها عبد العزيز جراد.
وتضم الحكومة الجزائرية الجديدة 39 عضوا، منهم 7 وزراء منتدبين و4 كتاب دولة.
ومن المنتظر أن تبدأ الحكومة الجديدة عملها بإعداد مخطط عمل يُعرض على مجلس الوزراء ليقره، ثم يُقدم إلى البرلمان بغرفتيه، مجلس الأمة والمجلس الشعبي الوطني، للمصادقة عليه.
""", [
    ev("first-cabinet-meeting", "ترأس الرئيس الجزائري عبد المجيد تبون، اليوم الاحد، الاجتماع الأول لمجلس الوزراء", COUNCIL, "'اليوم الاحد' = Sun 5 Jan 2020 (stamp)"),
    ev("action-plan-to-parliament", "أن تبدأ الحكومة الجديدة عملها بإعداد مخطط عمل", COUNCIL, "no own expression (future); the plan was prepared in January and voted by the APN on Thu 13 Feb 2020 (djazairess/alseyassi: the debate of 11-13 Feb 2020); my span 5 Jan - 13 Feb 2020", end="2020-02-14"),
])

# ---------------------------------------------------------------- tunisia-fakhfakh-government-2020
S = "tunisia-fakhfakh-government-2020"
LINEUP = "2020-02-19"                      # Fakhfakh's final line-up, announced at Carthage on the evening of Wed 19 Feb 2020
FIRST = "2020-02-15"                       # the first line-up of Sat 15 Feb 2020 (Ennahda withdrew an hour before)
DESIGNATED = "2020-01-20"                  # Saied designated Fakhfakh on Mon 20 Jan 2020
VOTE = "2020-02-27"                        # the confidence vote, just after midnight, early on Thu 27 Feb 2020
OATH = "2020-02-27"                        # the oath at Carthage, Thu 27 Feb 2020
HANDOVER = "2020-02-28"                    # Chahed handed over to Fakhfakh on the morning of Fri 28 Feb 2020
art(S, "https://sahafatbladi.com/32995/2020/02/20",
    "2020-02-20", "date in the URL '/2020/02/20' (20 Feb 2020 was a Thursday); the body's 'مساء يوم الأربعاء 19/02/2020' for the announcement agrees; the source tag 'عن (وات)' dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
الفخفاخ يعلن تركيبة حكومته الجديدة من 32 عضوا
أفادت مصادر إعلامية تونسية بأن المكلف بتشكيل الحكومة التونسية، "الياس الفخفاخ"، كشف مساء يوم الأربعاء 19/02/2020 في قصر قرطاج عن تشكيلة حكومته التي تضم 32 عضوا بين وزراء وكتاب دولة، بعد أن كانت التشكيلة المعلنة السبت الماضي تضم 31 حقيبة.
ورأى الفخفاخ، الذي كلفه رئيس الجمهورية التونسية "قيس سعيد" بتشكيل الحكومة في 20 جانفي-يناير- الفارط، في كلمة بثتها القناة العمومية التونسية، أن الوصول إلى تركيبة حكومية جاء "بعد فترة من المشاورات" الطويلة والصعبة، التي جسدت "حالة من الديمقراطية الراقية، وانتهت بتغليب المصلحة الوطنية"، على حد قوله.
وأكد الفخفاخ (48 سنة) أن حكومته تتشكل من قيادات حزبية رفيعة ومن مستقلين يتحلون بالنزاهة والكفاءة والمصداقية، بحسب تعبيره.
وأشار الفخفاخ، الذي سبق أن تولى مناصب وزارية، إلى أن حكومته قائمة على "ائتلاف يمثل الطيف السياسي بمختلف تنوعاته"، مؤكدا التزامها بأن تكون "حكومة كل التونسيين" مهما تباينت انتماءاتهم، وأن تكون "حكومة توحد ولا تفرق، وحكومة في خدمة الشعب والأهداف العليا للوطن".
""", [
    ev("final-lineup-announced", "كشف مساء يوم الأربعاء 19/02/2020 في قصر قرطاج عن تشكيلة حكومته", LINEUP, "'مساء يوم الأربعاء 19/02/2020' = Wed 19 Feb 2020"),
    ev("first-lineup-announced", "بعد أن كانت التشكيلة المعلنة السبت الماضي تضم 31 حقيبة", FIRST, "'السبت الماضي' before Wed 19 Feb 2020 = Sat 15 Feb (almanber-ettounsi: 'عشية يوم السبت 15 فيفري 2020')"),
    ev("fakhfakh-designated", "بتشكيل الحكومة في 20 جانفي-يناير- الفارط", DESIGNATED, "'في 20 جانفي-يناير- الفارط' = Mon 20 Jan 2020"),
    ev("formation-consultations", "بعد فترة من المشاورات", DESIGNATED, "no own expression; the consultations between the designation of Mon 20 Jan and the line-up of Wed 19 Feb 2020 (my span)", end="2020-02-20"),
])
art(S, "https://raya.ps/news/1080993.html",
    VOTE, "no date line on the stored page (an AFP report); the body's 'فجر الخميس' for the vote and 'حفل سيقام الخميس' for the oath (both known to be Thu 27 Feb 2020) give Thu 27 Feb 2020; headline kept from the page; no date of its own in the text", False, """
بعد نقاش 14 ساعة.. البرلمان التونسي يمنح الثقة لحكومة الفخفاخ
نالت حكومة رئيس الوزراء المكلف إلياس الفخفاخ فجر الخميس ثقة البرلمان التونسي، لتُطوى بذلك أربعة أشهر من المفاوضات المضنية والمخاض الصعب الذي سبق ولادة هذه الحكومة، وهي مطالبة الآن بمعالجة ملفات اجتماعية واقتصادية شديدة الصعوبة والتعقيد.
فبعد نقاش ماراثوني دام أكثر من 14 ساعة، حظيت حكومة الفخفاخ بثقة 129 نائبا، في حين حجب 77 نائبا ثقتهم عنها وامتنع نائب واحد عن التصويت.
ويقضي الدستور التونسي بأن يتولى رئيس الجمهورية فورا، متى نالت الحكومة ثقة المجلس، تسمية رئيسها وأعضائها، على أن يؤدوا أمامه اليمين الدستورية.
وتبعا لذلك، سيؤدي الفخفاخ وأعضاء فريقه الحكومي اليمين الدستورية في حفل سيقام الخميس في قصر قرطاج الرئاسي، وفق ما أبلغه المكتب الإعلامي لرئاسة الجمهورية لوكالة فرانس برس، من دون أن يحدد موعده بالساعة.
وبهذا يصبح الفخفاخ (47 عاما) ثامن رئيس للوزراء في تونس منذ ثورة 2011 التي أسقطت الرئيس الراحل زين العابدين بن علي.
""", [
    ev("confidence-vote", "نالت حكومة رئيس الوزراء المكلف إلياس الفخفاخ فجر الخميس ثقة البرلمان التونسي", VOTE, "'فجر الخميس' = the small hours of Thu 27 Feb 2020"),
    ev("four-months-of-talks", "أربعة أشهر من المفاوضات المضنية", "2019-10-06", "'أربعة أشهر' before Thu 27 Feb 2020 = since the legislative election of Sun 6 Oct 2019 (my span, up to the vote)", end="2020-02-28"),
    ev("confidence-debate", "بعد نقاش ماراثوني دام أكثر من 14 ساعة", "2020-02-26", "no own expression; the debate opened on the morning of Wed 26 Feb and ended with the vote after midnight, Thu 27 Feb 2020", end="2020-02-28"),
    ev("oath-at-carthage", "سيؤدي الفخفاخ وأعضاء فريقه الحكومي اليمين الدستورية في حفل سيقام الخميس", OATH, "'الخميس' (future) = Thu 27 Feb 2020 (held that day: webmanagercenter)"),
    ev("ben-ali-ousted", "منذ ثورة 2011 التي أسقطت الرئيس الراحل زين العابدين بن علي", "2011-01-14", "'2011' = Ben Ali fled on Fri 14 Jan 2011 (outside knowledge)"),
])
art(S, "https://ar.webmanagercenter.com/2020/02/27/288533/%d8%a8%d8%b9%d8%af-%d9%85%d9%86%d8%ad-%d8%a7%d9%84%d8%ab%d9%82%d8%a9-%d9%84%d9%84%d8%ad%d9%83%d9%88%d9%85%d8%a9-%d8%a7%d9%84%d8%ac%d8%af%d9%8a%d8%af%d8%a9-%d9%87%d8%b0%d9%87-%d8%a7%d9%84%d8%a3%d8%ad",
    VOTE, "the body's 'اليوم الخميس 27 فيفري 2020' (kept; 27 Feb 2020 was a Thursday) and the date in the URL '/2020/02/27/'; headline written from the body (the URL slug is cut off)", True, """
حكومة الفخفاخ تنال ثقة البرلمان وتؤدي اليمين
حصلت حكومة الياس الفخفاخ اليوم الخميس 27 فيفري 2020 على ثقة البرلمان، بعد أن صوت لصالحها 129 نائبا مقابل 77 صوتوا ضدها.
كما أدى أعضاء الحكومة الجدد اليمين الدستورية أمام رئيس الجمهورية قيس سعيد.
وتجدر الإشارة إلى أن الحزب الدستوري الحر وحزب قلب تونس وحزب ائتلاف الكرامة كانوا قد أعلنوا في وقت سابق أنهم لن يمنحوا الحكومة ثقتهم، وأنهم سيبقون بذلك في صفوف المعارضة.
""", [
    ev("confidence-vote", "حصلت حكومة الياس الفخفاخ اليوم الخميس 27 فيفري 2020 على ثقة البرلمان", VOTE, "'اليوم الخميس 27 فيفري 2020'"),
    ev("oath-at-carthage", "كما أدى أعضاء الحكومة الجدد اليمين الدستورية", OATH, "no own expression; the oath at Carthage on Thu 27 Feb 2020"),
    ev("opposition-refusal", "كانوا قد أعلنوا في وقت سابق أنهم لن يمنحوا الحكومة ثقتهم", LINEUP, "'في وقت سابق' = between the final line-up of Wed 19 Feb and the vote (my span 19-26 Feb 2020)", end="2020-02-27"),
])
art(S, "https://kapitalis.com/anbaa-tounes/2020/02/28/%d8%a7%d9%84%d8%b4%d8%a7%d9%87%d8%af-%d9%84%d9%84%d9%81%d8%ae%d9%81%d8%a7%d8%ae-%d8%b3%d8%aa%d9%88%d8%a7%d8%ac%d9%87-%d8%b9%d8%af%d9%8a%d8%af-%d8%a7%d9%84%d8%a7%d9%86%d8%aa%d9%82%d8%a7%d8%af",
    HANDOVER, "the body's 'صباح الجمعة 28 فيفري 2020' (kept; 28 Feb 2020 was a Friday) and the date in the URL '/2020/02/28/'; headline rendered from the URL slug (the stored text has none); the long quotation of Chahed shortened at its end (the stored text is cut there)", True, """
الشاهد للفخفاخ: ستواجه الكثير من الانتقادات
أقيم صباح الجمعة 28 فيفري 2020 موكب تسليم السلطة وتسلمها بين رئيس حكومة تصريف الأعمال يوسف الشاهد ورئيس الحكومة المكلف الياس الفخفاخ.
وفي كلمة ألقاها خلال الموكب، أكد يوسف الشاهد أنه كان جاهزا لهذه اللحظة منذ أشهر، وقال إنها "لحظة تاريخية، لحظة التداول السلمي على السلطة"، مضيفا أنه سعيد بها لأنه "منذ مدّة" كان يُقال إن الحكومة سترحل الأسبوع القادم. كما أعلن أنه سيظل على ذمة رئيس الحكومة الجديد.
وعبّر الشاهد مجددا عن سعادته بتسليم الأمانة إلى رئيس حكومة "يؤمن بمدنية الدولة" وينتمي إلى جيله، وسيواصل العمل على بناء جيل سياسي جديد نظيف اليد يؤمن بالديمقراطية، وفق تعبيره. وتوجه بالشكر إلى كل من عملوا معه وإلى جانبه، وإلى المنظمات الوطنية والأحزاب، مبديا فخره بأنه أتيحت له فرصة تحمل هذه المسؤولية في مرحلة حساسة من تاريخ البلاد.
وخاطب الشاهد الفخفاخ قائلا إن قلبه معه، فإن حارب الفساد سيُتهم بالانتقائية وبتصفية الحسابات، وإن انسجم مع رئيس الجمهورية سيُوصف بأنه مجرد وزير أول، وإن طبق الدستور سيُنعت بالمتمرد.
""", [
    ev("handover-ceremony", "أقيم صباح الجمعة 28 فيفري 2020 موكب تسليم السلطة وتسلمها", HANDOVER, "'صباح الجمعة 28 فيفري 2020'"),
    ev("chahed-speech", "وفي كلمة ألقاها خلال الموكب، أكد يوسف الشاهد", HANDOVER, "no own expression; the speech at the ceremony of Fri 28 Feb 2020"),
])

# ---------------------------------------------------------------- iraq-abdulmahdi-confidence-vote-2018
S = "iraq-abdulmahdi-confidence-vote-2018"
NIGHT = ("2018-10-24", "2018-10-26")       # the session of Wed 24 Oct 2018 (from about 20:00); votes and oath after midnight, early Thu 25 Oct
SESSION = "2018-10-24"                     # the session opened on the evening of Wed 24 Oct 2018
TAKEOVER = "2018-10-25"                    # Abdul Mahdi started work (handover from al-Abadi, first cabinet meeting) on Thu 25 Oct 2018
PROXY = ("2018-10-25", "2018-10-27")       # the diwani order giving Abdul Mahdi defence and interior by proxy: Thu 25 Oct, reported Fri 26 Oct
art(S, "https://aajae.co/politics/2018/10/24/%D8%A7%D9%86%D8%B7%D9%84%D8%A7%D9%82-%D8%AC%D9%84%D8%B3%D8%A9-%D8%A7%D9%84%D8%AA%D8%B5%D9%88%D9%8A%D8%AA-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%D9%8A%D8%A9-%D8%A7%D9%84%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9",
    "2018-10-24", "page date line '24 أكتوبر 2018' (kept as second line; 24 Oct 2018 was a Wednesday) and the date in the URL '/2018/10/24/' (an al-Araby al-Jadeed report updated through the night); headline kept from the page; the photo caption, the font buttons and the last, truncated paragraph dropped", True, """
العراق: عبد المهدي يؤدي اليمين الدستورية رئيسا للحكومة
24 أكتوبر 2018
منح البرلمان العراقي، ليلة الأربعاء– الخميس، ثقته لـ14 وزيرا في حكومة عادل عبد المهدي، الذي أدى بدوره اليمين الدستورية، بينما أُرجئ التصويت على 8 مرشحين آخرين للتشكيلة الحكومية إلى نوفمبر/ تشرين الثاني المقبل.
وأوضح مصدر برلماني عراقي لـ"العربي الجديد" أن النواب صوتوا على كل من ثامر الغضبان للنفط، ونعيم ثجيل للاتصالات، وفؤاد حسين للمالية، ومحمد علي الحكيم للخارجية، وصالح الحسني للزراعة، وعلاء عبد الصاحب العلوان للصحة، وعبد الله لعيبي المالكي للنقل، وباسم الربيعي للعمل، ومحمد هاشم للتجارة، وجمال العادلي للموارد المائية، ولؤي الخطيب للكهرباء، وصالح الجبوري للصناعة، وأحمد رياض العبيدي للشباب.
وأشار المصدر إلى أن رئيس الوزراء عادل عبد المهدي أقسم اليمين الدستورية مع وزراء حكومته، لافتا إلى أن رئيس الحكومة الجديد سيتولى مهامه بصورة اعتيادية اعتبارا من صباح الخميس.
وبيّن أن اعتراضات تحالف سائرون هي التي أدت إلى تأجيل التصويت على الوزراء المتبقين وعددهم ثمانية، مضيفا أن رئاسة البرلمان قررت رفع الجلسة حتى السادس من الشهر المقبل.
""", [
    ev("confidence-vote-14-ministers", "منح البرلمان العراقي، ليلة الأربعاء– الخميس، ثقته لـ14 وزيرا", NIGHT[0], "'ليلة الأربعاء– الخميس' = the night of Wed 24 - Thu 25 Oct 2018 (the votes came after midnight; some reports say late Wednesday)", end=NIGHT[1]),
    ev("abdulmahdi-oath", "الذي أدى بدوره اليمين الدستورية", NIGHT[0], "no own expression; the oath in the same night session, after midnight, Wed 24 - Thu 25 Oct 2018", end=NIGHT[1]),
    ev("remaining-eight-postponed", "بينما أُرجئ التصويت على 8 مرشحين آخرين", NIGHT[0], "no own expression; decided at the end of the night session of Wed 24 - Thu 25 Oct 2018 (the vote was set for 'نوفمبر/ تشرين الثاني المقبل', the session of Tue 6 Nov 2018, itself put off)", end=NIGHT[1]),
    ev("abdulmahdi-takes-office", "سيتولى مهامه بصورة اعتيادية اعتبارا من صباح الخميس", TAKEOVER, "'اعتبارا من صباح الخميس' = Thu 25 Oct 2018"),
    ev("sairoon-objections", "اعتراضات تحالف سائرون هي التي أدت إلى تأجيل التصويت", NIGHT[0], "no own expression; the objections raised in the session of Wed 24 - Thu 25 Oct 2018", end=NIGHT[1]),
])
art(S, "https://www.almadenahnews.com/article/703189-عادل-عبد-المهدي-يؤدي-اليمين-رئيس-ا-للحكومة-العراقية",
    "2018-10-25", "page stamp 'تم نشره الخميس 25 تشرين الأوّل / أكتوبر 2018 03:44 صباحاً' (kept as second line; 25 Oct 2018 was a Thursday); the tag 'المدينة نيوز :-' dropped; the list of ministers joined into one sentence; the last, truncated sentence on Sairoon dropped; headline kept from the page", True, """
عادل عبد المهدي يؤدي اليمين رئيسًا للحكومة العراقية
تم نشره الخميس 25 تشرين الأوّل / أكتوبر 2018 03:44 صباحاً
أقسم عادل عبد المهدي اليمين الدستورية داخل البرلمان، بعد منتصف ليل الأربعاء - الخميس، رئيسا للحكومة العراقية الجديدة.
وأدى 14 وزيرا في حكومته اليمين كذلك، عقب نيلهم الثقة بأغلبية أصوات أعضاء البرلمان، وفق ما أفاد به مراسل الأناضول.
ثم رفع البرلمان جلسته إلى السادس من شهر نوفمبر/تشرين الثاني المقبل، للتصويت على منح الثقة لمرشحي الحقائب الوزارية الثماني المتبقية.
أما الوزراء الذين صُوّت على منحهم الثقة فهم: ثامر الغضبان للنفط، وفؤاد حسين للمالية، ونعيم الربيعي للاتصالات، وبنكين ريكاني للإعمار والإسكان، ومحمد علي الحكيم للخارجية، وصالح حسين للزراعة، وأحمد رياض للشباب والرياضة، وعلاء العلوان للصحة والبيئة، وصالح الجبوري للصناعة، ولؤي الخطيب للكهرباء، وعبد الله لعيبي للنقل، ومحمد هاشم للتجارة، وباسم الربيعي للعمل، وجمال العادلي للموارد المائية.
""", [
    ev("abdulmahdi-oath", "أقسم عادل عبد المهدي اليمين الدستورية داخل البرلمان، بعد منتصف ليل الأربعاء - الخميس", NIGHT[0], "'بعد منتصف ليل الأربعاء - الخميس' = early Thu 25 Oct 2018 (kept as the night's span)", end=NIGHT[1]),
    ev("confidence-vote-14-ministers", "عقب نيلهم الثقة بأغلبية أصوات أعضاء البرلمان", NIGHT[0], "no own expression; the votes of the night of Wed 24 - Thu 25 Oct 2018", end=NIGHT[1]),
    ev("remaining-eight-postponed", "ثم رفع البرلمان جلسته إلى السادس من شهر نوفمبر", NIGHT[0], "no own expression for the adjournment itself (the night of Wed 24 - Thu 25 Oct 2018); 'السادس من شهر نوفمبر/تشرين الثاني المقبل' is the session it set, Tue 6 Nov 2018", end=NIGHT[1]),
])
art(S, "https://altawhid.org/2018/10/25/%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D9%88%D8%B2%D8%B1%D8%A7%D8%A1-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%D9%8A-%D9%8A%D9%86%D8%A7%D9%84-%D8%AB%D9%82%D8%A9-%D8%A7%D9%84%D8%A8%D8%B1%D9%84%D9%85%D8%A7/",
    "2018-10-25", "date in the URL '/2018/10/25/' (25 Oct 2018 was a Thursday); the body's 'قبل ظهر أمس الأربعاء' agrees; the byline 'By AS' dropped; headline rendered from the URL slug (the stored text has none); no date of its own in the text", False, """
رئيس الوزراء العراقي ينال ثقة البرلمان
أقسم رئيس الوزراء العراقي الجديد عادل عبد المهدي اليمين الدستورية تحت قبة مجلس النواب، بعد أن نجح في نيل ثقة البرلمان وتمرير برنامجه الحكومي ومعظم وزراء تشكيلته، قبل أن تقرر هيئة رئاسة المجلس رفع الجلسة إلى 6 تشرين الثاني/ نوفمبر المقبل لاستكمال الحقائب الوزارية في الحكومة الجديدة.
وكان عبد المهدي قد قدّم، قبل ظهر أمس الأربعاء، أسماء مرشحي تشكيلته الوزارية إلى البرلمان كي تُدرس سيرهم الذاتية قبل التصويت عليهم في الجلسة، إلا أن الأسماء لم تصل إلى النواب إلا قبل نحو ساعتين من افتتاح الجلسة (في الساعة 8 مساءً، 6 GMT).
""", [
    ev("abdulmahdi-oath", "أقسم رئيس الوزراء العراقي الجديد عادل عبد المهدي اليمين الدستورية", NIGHT[0], "no own expression; the oath of the night of Wed 24 - Thu 25 Oct 2018", end=NIGHT[1]),
    ev("confidence-vote-14-ministers", "بعد أن نجح في نيل ثقة البرلمان وتمرير برنامجه الحكومي", NIGHT[0], "no own expression; the votes of the night of Wed 24 - Thu 25 Oct 2018", end=NIGHT[1]),
    ev("remaining-eight-postponed", "قبل أن تقرر هيئة رئاسة المجلس رفع الجلسة", NIGHT[0], "no own expression; the adjournment at the end of the night session of Wed 24 - Thu 25 Oct 2018 (to '6 تشرين الثاني/ نوفمبر المقبل' = Tue 6 Nov 2018)", end=NIGHT[1]),
    ev("candidate-names-submitted", "قدّم، قبل ظهر أمس الأربعاء، أسماء مرشحي تشكيلته الوزارية", SESSION, "'قبل ظهر أمس الأربعاء' in an article of Thu 25 Oct 2018 = Wed 24 Oct"),
    ev("session-opens", "قبل نحو ساعتين من افتتاح الجلسة (في الساعة 8 مساءً", SESSION, "'في الساعة 8 مساءً' of Wed 24 Oct 2018 (the '6 GMT' of the text is wrong; kept verbatim)"),
])
art(S, "http://uruknews.net/politics/44431/",
    "2018-10-26", "the body's 'الجمعة، 26 تشرين الأول 2018' (kept; 26 Oct 2018 was a Friday); headline written from the body (the stored text has none); the comment form dropped", True, """
عبد المهدي يتولى الدفاع والداخلية بالوكالة
أفاد مصدر مطلع، الجمعة، 26 تشرين الأول 2018، بأن رئيس الوزراء عادل عبد المهدي تسلّم وزارتي الدفاع والداخلية بالوكالة إلى أن يُسمّى وزيران لهما.
ونقلت وسائل إعلام محلية عن المصدر قوله إن "أمراً ديوانياً صدر عن مكتب رئيس الوزراء يقضي بأن يتولى رئيس المجلس عادل عبد المهدي مهام وزارتي الداخلية والدفاع بالوكالة، لحين تسمية وزيرين جديدين للداخلية والدفاع".
وبيّن المصدر أن الأمر الديواني صدر "استنادا لأحكام المادة 78 من الدستور العراقي، وبناء على مقتضيات المصلحة العامة".
وكان البرلمان العراقي قد منح، الاربعاء 24 تشرين الأول الحالي، الثقة لحكومة رئيس الوزراء عادل عبد المهدي، إذ صوّت على 14 وزيرا من التشكيلة التي عرضها الأخير في الجلسة، فيما قرر إرجاء التصويت على ثمانية وزراء آخرين، من بينهم وزيرا الداخلية والدفاع.
""", [
    ev("defence-interior-by-proxy", "تسلّم وزارتي الدفاع والداخلية بالوكالة", PROXY[0], "no own expression; the diwani order was issued on Thu 25 Oct 2018 (arabi21: 'حسب قرار صادر عن رئاسة الوزراء الخميس') and reported on Fri 26 Oct (my span 25-26 Oct)", end=PROXY[1]),
    ev("confidence-vote-14-ministers", "منح، الاربعاء 24 تشرين الأول الحالي، الثقة لحكومة رئيس الوزراء", NIGHT[0], "'الاربعاء 24 تشرين الأول الحالي' = Wed 24 Oct 2018 (the votes ran past midnight into Thu 25)", end=NIGHT[1]),
    ev("remaining-eight-postponed", "فيما قرر إرجاء التصويت على ثمانية وزراء آخرين", NIGHT[0], "no own expression; the same night session, Wed 24 - Thu 25 Oct 2018", end=NIGHT[1]),
])

# ---------------------------------------------------------------- syria-halqi-government-2014
S = "syria-halqi-government-2014"
DECREE = "2014-08-27"                      # decree 273 forming the government, Wed 27 Aug 2014
SWORN = "2014-08-31"                       # the government sworn in before Assad, Sun 31 Aug 2014
REDESIGNATED = ("2014-08-09", "2014-08-11")  # Halqi re-designated: decree published by SANA on Sun 10 Aug 2014 (some give 9 Aug)
ELECTED = "2014-06-03"                     # the presidential election of Tue 3 Jun 2014
art(S, "http://arabic.peopledaily.com.cn/n/2014/0828/c31662-8775738.html",
    DECREE, "the Xinhua dateline 'دمشق 27 أغسطس 2014' (kept; 27 Aug 2014 was a Wednesday); the body's 'يوم الأربعاء' agrees; the People's Daily URL carries its own posting day '2014/0828' (Beijing time); headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
الأسد يصدر مرسوما بتشكيل حكومة جديدة برئاسة الحلقي
دمشق 27 أغسطس 2014 / أصدر الرئيس السوري بشار الأسد يوم الأربعاء مرسوما تشريعيا بتشكيل الحكومة السورية الجديدة برئاسة الدكتور وائل الحلقي، في حين سارعت المعارضة السورية في الداخل إلى انتقادها لخلوها من أي تغيير حقيقي في بنيتها الأساسية ومن أي تطوير، ما يعني أن الحكومة ماضية في نهجها من دون تبديل يذكر.
وذكرت الوكالة العربية السورية للأنباء (سانا) أن الرئيس الأسد أصدر المرسوم رقم 273 للعام 2014 القاضي بتشكيل الحكومة الجديدة برئاسة الدكتور وائل نادر الحلقي.
وتتألف الحكومة الجديدة من 34 وزيرا، احتفظ 21 منهم بحقائبهم التي تولوها في الحكومة السابقة، ومنها الوزارات السيادية.
وتسلّم حسان النوري، الذي ترشح للانتخابات الرئاسية التي جرت في 3 يونيو الماضي، وزارة التنمية الإدارية التي استُحدثت في هذه الحكومة.
ومن أبرز من حافظوا على حقائبهم في التشكيلة الجديدة العماد فهد جاسم الفريج وزيرا للدفاع، ووليد المعلم للخارجية، واللواء محمد إبراهيم الشعار للداخلية، وعمران الزعبي للإعلام، وعماد خميس للكهرباء، وعمر غلاونجي نائبا لرئيس الوزراء لشؤون الخدمات ووزيرا للإدارة المحلية.
""", [
    ev("government-decree", "أصدر الرئيس السوري بشار الأسد يوم الأربعاء مرسوما تشريعيا", DECREE, "'يوم الأربعاء' = Wed 27 Aug 2014 (dateline)"),
    ev("opposition-criticism", "سارعت المعارضة السورية في الداخل إلى انتقادها", DECREE, "no own expression; the reaction on the day of the decree, Wed 27 Aug 2014 (my span 27-28 Aug)", end="2014-08-29"),
    ev("ministers-kept", "احتفظ 21 منهم بحقائبهم", DECREE, "no own expression; the line-up of decree 273, Wed 27 Aug 2014"),
    ev("nouri-development-ministry", "وتسلّم حسان النوري", DECREE, "no own expression; named by the decree of Wed 27 Aug 2014"),
    ev("presidential-election", "الرئاسية التي جرت في 3 يونيو الماضي", ELECTED, "'3 يونيو الماضي' = Tue 3 Jun 2014"),
])
art(S, "https://al-akhbar.com/Arab/36945/الحكومة-تبصر-النور-11-وزيرا-جديدا-من-34",
    "2014-08-28", "no date line on the stored page (an item of the Beirut daily al-Akhbar); the body's 'يوم أمس' for the decree of Wed 27 Aug 2014 gives Thu 28 Aug 2014; headline rendered from the URL slug (the stored text has none); the source tag '(الأخبار)' dropped; no date of its own in the text", False, """
الحكومة تبصر النور: 11 وزيرا جديدا من 34
أعلن الرئيس السوري بشار الأسد، يوم أمس، تشكيل حكومة جديدة من 34 وزيراً بقي فيها الوزراء الرئيسيون في مناصبهم، فيما دخلها 11 وزيراً جديداً.
وبعد أن أعيد انتخابه في الثالث من حزيران لولاية جديدة مدتها سبعة أعوام، كلّف الأسد وائل الحلقي مجددا بتشكيل الحكومة الجديدة، وحافظ نائب رئيس الوزراء وزير الخارجية وليد المعلم على منصبه، ومثله وزير الدفاع العماد فهد الفريج. ولم يتغير كذلك وزراء الداخلية والعدل والأوقاف والإعلام وشؤون الرئاسة ووزير الدولة لشؤون المصالحة الوطنية. وأُسندت وزارة التنمية الإدارية (التي تُشكّل للمرة الأولى) إلى المرشح الرئاسي الخاسر حسان النوري. وتتألف الحكومة الجديدة من 28 وزيراً يتولون حقائب وستة وزراء دولة.
أما الوزراء الجدد الأحد عشر فقد تولوا حقائب التجارة الداخلية والاتصالات والصحة والموارد المائية والنقل والإسكان والاقتصاد والتجارة الخارجية والتعليم والثقافة، إضافة إلى وزارة دولة.
""", [
    ev("government-decree", "أعلن الرئيس السوري بشار الأسد، يوم أمس، تشكيل حكومة جديدة", DECREE, "'يوم أمس' in an article of Thu 28 Aug 2014 = Wed 27 Aug"),
    ev("presidential-election", "بعد أن أعيد انتخابه في الثالث من حزيران", ELECTED, "'في الثالث من حزيران' = Tue 3 Jun 2014"),
    ev("halqi-redesignated", "كلّف الأسد وائل الحلقي مجددا بتشكيل الحكومة الجديدة", REDESIGNATED[0], "no own expression; the decree published on Sun 10 Aug 2014 (aljazeera 'اليوم الأحد', URL 2014/8/10); elkhabar gives 9 Aug (my span 9-10 Aug)", end=REDESIGNATED[1]),
    ev("ministers-kept", "وحافظ نائب رئيس الوزراء وزير الخارجية وليد المعلم على منصبه", DECREE, "no own expression; the line-up of Wed 27 Aug 2014"),
    ev("nouri-development-ministry", "وأُسندت وزارة التنمية الإدارية", DECREE, "no own expression; the line-up of Wed 27 Aug 2014"),
])
art(S, "http://alwasatnews.com/news/916529.html",
    SWORN, "the body's 'اليوم الأحد (31 أغسطس / آب 2014)' (kept; 31 Aug 2014 was a Sunday); the readers' comments below the item dropped; headline written from the body (the stored text has none)", True, """
الحكومة السورية الجديدة تؤدي اليمين أمام الأسد
أقسم أعضاء الحكومة الجديدة في سورية اليمين الدستورية أمام الرئيس السوري بشار الأسد اليوم الأحد (31 أغسطس / آب 2014).
ونشرت الوكالة العربية السورية للأنباء "سانا" صورة لرئيس الحكومة وائل الحلقي وهو يؤدي اليمين أمام الأسد في أحد القصور الرئاسية، من غير أن تحدد أي قصر هو.
وكان الأسد قد أصدر يوم الأربعاء الماضي مرسوما بتشكيل الحكومة الجديدة برئاسة الحلقي، ولم يطل فيها أي تغيير الوزارات السيادية، وخصوصا الخارجية والداخلية والدفاع والكهرباء والنفط والمالية.
واقتصر التغيير على وزارات أقل أهمية، إذ بقي 21 وزيرا في حقائبهم من أصل 34 في التشكيلة الجديدة، وحصل المرشح الرئاسي السابق حسان النوري على حقيبة التنمية الإدارية، وهي وزارة مستحدثة.
""", [
    ev("government-sworn-in", "أقسم أعضاء الحكومة الجديدة في سورية اليمين الدستورية", SWORN, "'اليوم الأحد (31 أغسطس / آب 2014)'"),
    ev("government-decree", "وكان الأسد قد أصدر يوم الأربعاء الماضي مرسوما", DECREE, "'يوم الأربعاء الماضي' from Sun 31 Aug 2014 = Wed 27 Aug"),
    ev("ministers-kept", "إذ بقي 21 وزيرا في حقائبهم", DECREE, "no own expression; the line-up of Wed 27 Aug 2014"),
    ev("nouri-development-ministry", "وحصل المرشح الرئاسي السابق حسان النوري على حقيبة التنمية الإدارية", DECREE, "no own expression; the line-up of Wed 27 Aug 2014"),
])
art(S, "https://www.yemeress.com/sabanet/366350",
    SWORN, "no date line on the stored page (a Saba item via yemeress); the body's 'اليوم الأحد' for the oath, known to be Sun 31 Aug 2014, with 'الأربعاء الماضي' for the decree of Wed 27 Aug, gives Sun 31 Aug 2014; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
حكومة الحلقي الجديدة تؤدي اليمين الدستورية
أدت الحكومة السورية الجديدة برئاسة وائل الحلقي، اليوم الأحد، اليمين الدستورية أمام الرئيس السوري بشار الأسد. ونقلت وكالة الأنباء السورية الرسمية (سانا) أن "أعضاء الحكومة الجديدة برئاسة الدكتور وائل الحلقي أدوا اليوم اليمين الدستورية أمام السيد الرئيس بشار الأسد".
وأضافت الوكالة أن الرئيس الأسد ترأس "اجتماعا توجيهيا" إثر أداء الحكومة اليمين، طالبها خلاله بأن "تقدم رؤية جديدة وأن تبحث عن سلبيات المرحلة السابقة وتتلافاها بالرغم من الظروف التي تمر بها البلاد". ورأى الرئيس السوري أن "أول التحديات أمام الحكومة والتي تهم المواطن بشكل أساسي، هو موضوع الأمن والحرب ضد التنظيمات الإرهابية"، مؤكدا أنه "بالتوازي مع ذلك، من الضروري مواصلة الاهتمام بالمصالحات الوطنية لأنها أثبتت نجاحها في العديد من المناطق".
وكان الأسد قد أصدر في 10 أغسطس الجاري مرسوما أعاد بموجبه تكليف الحلقي برئاسة الحكومة الجديدة، وهي الأولى منذ انتخابه رئيسا للبلاد في الانتخابات التي جرت في يونيو الماضي.
وتضم الحكومة الجديدة، التي أُعلن تشكيلها الأربعاء الماضي، 35 عضوا بمن فيهم رئيس الوزراء وائل الحلقي، واحتفظ 21 وزيرا من الحكومة السابقة بحقائبهم، وفي مقدمتها الدفاع والداخلية والخارجية والإعلام والمصالحة الوطنية.
""", [
    ev("government-sworn-in", "أدت الحكومة السورية الجديدة برئاسة وائل الحلقي، اليوم الأحد، اليمين الدستورية", SWORN, "'اليوم الأحد' = Sun 31 Aug 2014 (the day of the oath)"),
    ev("assad-guidance-meeting", "وأضافت الوكالة أن الرئيس الأسد ترأس", SWORN, "no own expression; the meeting right after the oath, Sun 31 Aug 2014"),
    ev("halqi-redesignated", "أصدر في 10 أغسطس الجاري مرسوما أعاد بموجبه تكليف الحلقي", REDESIGNATED[0], "'في 10 أغسطس الجاري' = Sun 10 Aug 2014 (elkhabar gives 9 Aug; my span 9-10 Aug)", end=REDESIGNATED[1]),
    ev("presidential-election", "في الانتخابات التي جرت في يونيو الماضي", ELECTED, "'في يونيو الماضي' = the election of Tue 3 Jun 2014"),
    ev("government-decree", "التي أُعلن تشكيلها الأربعاء الماضي", DECREE, "'الأربعاء الماضي' from Sun 31 Aug 2014 = Wed 27 Aug"),
    ev("ministers-kept", "واحتفظ 21 وزيرا من الحكومة السابقة بحقائبهم", DECREE, "no own expression; the line-up of Wed 27 Aug 2014"),
])

# ---------------------------------------------------------------- sudan-hamdok-first-cabinet-2019
S = "sudan-hamdok-first-cabinet-2019"
CABINET = "2019-09-05"                     # Hamdok announced his line-up at a press conference on the evening of Thu 5 Sep 2019
OATH = "2019-09-08"                        # the ministers were sworn in at the Republican Palace on Sun 8 Sep 2019
OUSTER = "2019-04-11"                      # the army removed al-Bashir on Thu 11 Apr 2019
art(S, "https://freeposts.net/archives/5289",
    CABINET, "no date line on the stored page; the body's 'مساء اليوم الخميس' for the press conference known to be on Thu 5 Sep 2019 gives Thu 5 Sep 2019; headline kept from the page; the tag 'فري بوست متابعات' and the last, truncated sentence dropped; no date of its own in the text", False, """
أول حكومة سودانية بعد البشير.. حمدوك يعلن تشكيلته الوزارية
كشف رئيس الحكومة السودانية عبد الله حمدوك، مساء اليوم الخميس، خلال مؤتمر صحفي في الخرطوم، عن تشكيلته الوزارية التي ستدير المرحلة الانتقالية في البلاد.
وتضم التشكيلة التي أعلنها حمدوك، وهي الأولى منذ إطاحة الرئيس السابق عمر البشير، 18 وزيرًا، وأوضح أن اختيار مرشحي وزارتي البنى التحتية والثروة الحيوانية لا يزال محل تشاور، وبتعيينهما يرتفع عدد أعضاء الحكومة إلى 20 وزيرًا.
وعيّن حمدوك الفريق أول ركن جمال عمر وزيرًا للدفاع، والفريق شرطة الطريفي إدريس وزيرًا للداخلية، وأسماء محمد عبد الله للخارجية، وإبراهيم أحمد البدوي وزيرًا للمالية والتخطيط الاقتصادي، وأكرم التوم لوزارة الصحة.
كما سُمّي عمر بشير مانيس وزيرًا لمجلس الوزراء، ونصر الدين عبد الباري وزيرًا للعدل، ومحمد الأمين التوم وزيرًا للتربية والتعليم، ومدني عباس مدني وزيرًا للتجارة والصناعة، وعادل علي إبراهيم وزيرًا للطاقة والتعدين، وياسر عباس محمد علي وزيرًا للري والموارد المائية، وعيسى عثمان الشريف للزراعة والموارد الطبيعية، ولينا الشيخ محجوب وزيرة للعمل والتنمية الاجتماعية.
""", [
    ev("cabinet-announced", "كشف رئيس الحكومة السودانية عبد الله حمدوك، مساء اليوم الخميس", CABINET, "'مساء اليوم الخميس' = Thu 5 Sep 2019"),
    ev("bashir-ouster", "منذ إطاحة الرئيس السابق عمر البشير", OUSTER, "no own expression; al-Bashir was removed on Thu 11 Apr 2019"),
    ev("two-posts-deferred", "اختيار مرشحي وزارتي البنى التحتية والثروة الحيوانية لا يزال محل تشاور", CABINET, "no own expression; stated at the announcement of Thu 5 Sep 2019"),
    ev("asmaa-foreign-minister", "وأسماء محمد عبد الله للخارجية", CABINET, "no own expression; named in the line-up of Thu 5 Sep 2019"),
])
art(S, "https://daralmaref.com/News/332334.aspx",
    OATH, "no date line on the stored page; the body's 'اليوم الأحد' for the oath known to be on Sun 8 Sep 2019 gives Sun 8 Sep 2019; the byline 'كتب: محمد على' dropped; headline kept from the page (reworded); no date of its own in the text", False, """
وزراء الحكومة الانتقالية في السودان يؤدون اليمين الدستورية
أقسم وزراء الحكومة الانتقالية في السودان، اليوم الأحد، اليمين الدستورية في القصر الجمهوري أمام رئيس مجلس السيادة الفريق أول ركن عبد الفتاح البرهان، ورئيس الوزراء الدكتور عبد الله حمدوك، ورئيس القضاء عباس بابكر.
وتتكون الحكومة السودانية الجديدة من 18 وزيرا، منهم 4 وزيرات، بينما تأجلت تسمية وزيري البنى التحتية والنقل، والثروة الحيوانية والسمكية، لإفساح المجال لمزيد من التشاور بهدف تمثيل ولاية النيل الأزرق (جنوب السودان، والشرق).
""", [
    ev("ministers-sworn-in", "أقسم وزراء الحكومة الانتقالية في السودان، اليوم الأحد، اليمين الدستورية", OATH, "'اليوم الأحد' = Sun 8 Sep 2019"),
    ev("two-posts-deferred", "بينما تأجلت تسمية وزيري البنى التحتية والنقل", CABINET, "no own expression; the deferral stated with the line-up of Thu 5 Sep 2019"),
])
art(S, "http://ajalia.com/21211/print.html",
    OATH, "page date line '2019-09-08' (kept as second line; 8 Sep 2019 was a Sunday); the body's 'يوم الأحد' agrees; the print-page header (the article's URL) dropped; headline kept from the page (reworded)", True, """
الحكومة السودانية الجديدة تؤدي اليمين الدستورية
2019-09-08
أقسمت الحكومة السودانية الجديدة اليمين الدستورية يوم الأحد أمام رئيس مجلس السيادة الفريق أول ركن عبد الفتاح البرهان.
فقد أدى 18 وزيرا اليمين القانونية أمام البرهان في حضور رئيس الوزراء عبد الله حمدوك، بحسب مراسل وكالة أنباء "شينخوا" في الخرطوم.
ويُنتظر أن يُسمّى في وقت لاحق وزيران للبنى التحتية والثروة الحيوانية.
وعقب مراسم أداء اليمين الدستورية، عقد مجلس الوزراء السوداني اجتماعا مشتركا مع مجلس السيادة.
وتعد هذه الحكومة الأولى منذ عزل الرئيس السوداني عمر البشير في 11 نيسان/ابريل الماضي.
""", [
    ev("ministers-sworn-in", "أقسمت الحكومة السودانية الجديدة اليمين الدستورية يوم الأحد", OATH, "'يوم الأحد' = Sun 8 Sep 2019 (date line)"),
    ev("joint-meeting", "عقد مجلس الوزراء السوداني اجتماعا مشتركا مع مجلس السيادة", OATH, "'عقب مراسم أداء اليمين الدستورية' of Sun 8 Sep 2019"),
    ev("bashir-ouster", "منذ عزل الرئيس السوداني عمر البشير في 11 نيسان/ابريل الماضي", OUSTER, "'11 نيسان/ابريل الماضي' = Thu 11 Apr 2019"),
])
art(S, "http://namnewsnetwork.org/ar/?p=11928",
    "2019-09-10", "dateline 'الخرطوم، 10 سبتمبر' (kept; 10 Sep 2019 was a Tuesday; NNN's re-issue of the Xinhua report of Sun 8 Sep, the tag '// ان ان ان – شينخوا //' dropped); the body's 'يوم (الأحد)' and 'في الخامس من سبتمبر الجاري' agree; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
18 وزيرا يؤدون اليمين في أول حكومة سودانية بعد البشير
الخرطوم، 10 سبتمبر / أقسمت الحكومة السودانية الجديدة يوم (الأحد) اليمين الدستورية أمام رئيس مجلس السيادة الفريق أول ركن عبد الفتاح البرهان.
وأدى 18 وزيرا اليمين أمام البرهان في حضور رئيس الوزراء عبد الله حمدوك، حسب مراسل وكالة أنباء ((شينخوا)) في الخرطوم.
ومن المنتظر أن يُعيَّن في وقت لاحق وزيران للبنى التحتية والثروة الحيوانية.
وعقب مراسم أداء اليمين الدستورية، انعقد اجتماع مشترك لمجلس الوزراء السوداني ومجلس السيادة.
وهذه الحكومة هي الأولى منذ عزل الرئيس السوداني عمر البشير في 11 ابريل الماضي.
وكان رئيس وزراء السودان عبد الله حمدوك قد أعلن في الخامس من سبتمبر الجاري تشكيل حكومة انتقالية من 20 وزيرا بينهم 4 سيدات.
وسُمّي 18 وزيرا، في حين أُرجئت تسمية وزيري حقيبتين هما البنى التحتية والنقل، والثروة الحيوانية والسمكية.
وتولى الفريق أول جمال عمر حقيبة الدفاع، ونال الفريق شرطة الطريفي إدريس حقيبة الداخلية، وقد اختارهما المكون العسكري في مجلس السيادة المشترك.
وحصلت 4 سيدات على مناصب وزارية، فتولت أسماء محمد عبد الله وزارة الخارجية لتكون أول امرأة تشغل هذا المنصب في تاريخ السودان، فيما نالت لينا الشيخ حقيبة التنمية الاجتماعية والعمل.
""", [
    ev("ministers-sworn-in", "أقسمت الحكومة السودانية الجديدة يوم (الأحد) اليمين الدستورية", OATH, "'يوم (الأحد)' before Tue 10 Sep 2019 = Sun 8 Sep"),
    ev("joint-meeting", "انعقد اجتماع مشترك لمجلس الوزراء السوداني ومجلس السيادة", OATH, "'عقب مراسم أداء اليمين الدستورية' of Sun 8 Sep 2019"),
    ev("bashir-ouster", "منذ عزل الرئيس السوداني عمر البشير في 11 ابريل الماضي", OUSTER, "'11 ابريل الماضي' = Thu 11 Apr 2019"),
    ev("cabinet-announced", "قد أعلن في الخامس من سبتمبر الجاري تشكيل حكومة انتقالية", CABINET, "'في الخامس من سبتمبر الجاري' = Thu 5 Sep 2019"),
    ev("two-posts-deferred", "في حين أُرجئت تسمية وزيري حقيبتين", CABINET, "no own expression; the deferral announced with the line-up of Thu 5 Sep 2019"),
    ev("asmaa-foreign-minister", "فتولت أسماء محمد عبد الله وزارة الخارجية", CABINET, "no own expression; named in the line-up of Thu 5 Sep 2019"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 362
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

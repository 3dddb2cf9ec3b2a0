"""Builds stories.jsonl: the 625-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: strikes and closures of ports, dockworkers or customs,
and shipping delays.
Stories: the Emirati order to send away the container ship Devon Trader and the Aden port workers' protest
(Aden, Yemen, November 2017), and the Platinum service workers' strike that stopped Ain Sokhna port (Suez,
Egypt, February 2013).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- yemen-aden-devon-trader-port-protest-2017
S = "yemen-aden-devon-trader-port-protest-2017"
ARRIVAL = "2017-11-21"                     # the Devon Trader entered Aden container port on Tue 21 Nov 2017 (evening)
STOP = "2017-11-22"                        # Emirati forces halted its unloading / ordered it out on Wed 22 Nov 2017
RESUME = "2017-11-23"                      # unloading resumed on Thu 23 Nov 2017 (morning)
art(S, "https://aljanoobalyoum.net/7727",
    STOP, "no date line on the stored page; the body's 'اليوم الأربعاء 22 نوفمبر' (22 Nov 2017 was a Wednesday; the ship's story is of November 2017, motabaat URL '/2017/11/23/') names the day of the report; by-line 'الجنوب اليوم | خاص' dropped; headline kept from the page", False, """
الإمارات تواجه ثورة عمالية رافضة لتفريغ ميناء عدن من دوره الريادي
تسعى الإمارات عمدا إلى تجريد ميناء عدن من دوره الريادي بوصفه ميناء عالميا، مرة بإغلاقه ومرة بطرد السفن دون مسوغ، إذ عملت القوات الإماراتية، التي أدت إلى تراجع حركة الميناء بنسبة 60% منذ سيطرتها على عدن، على الإمساك بكل ما يدخل الميناء ويخرج منه وبحركته، ومنحت نفسها حق إدارته بعد تعطيل ميناء بئر الزيت وتحويل أجزاء منه إلى ميناء عسكري تابع لها.
ولم يقف الأمر عند السيطرة على الميناء وإخضاعه لوصايتها وتجميد أجزاء منه، فقد أفاد مصدر عمالي في ميناء عدن للحاويات بأن القوات الإماراتية سعت اليوم الأربعاء 22 نوفمبر إلى طرد سفينة حاويات تابعة لأحد الخطوط الملاحية العالمية بعد ساعات من رسوها في الميناء.
وأثارت توجيهات القوات الإماراتية بطرد سفينة دخلت بصورة رسمية موجة سخط واسعة بين عمال ميناء الحاويات، فردّوا عليها باحتجاجات عمالية غاضبة ورفضوا وقف تفريغ السفينة المحملة بـ(١٢٩٧) حاوية.
وأوضح مصدر عمالي في نقابة الميناء أن السفينة Devon Trader تتبع أحد أبرز خطوط الملاحة العالمية، وأنها دخلت الميناء بصورة رسمية مساء الثلاثاء لتفريغ حمولتها.
""", [
    ev("expulsion-order", "سعت اليوم الأربعاء 22 نوفمبر إلى طرد سفينة حاويات", STOP, "'اليوم الأربعاء 22 نوفمبر' = Wed 22 Nov 2017"),
    ev("workers-protest", "فردّوا عليها باحتجاجات عمالية غاضبة", STOP, "no own expression; the workers answered the order of Wed 22 Nov 2017 on the same day"),
    ev("ship-arrival", "دخلت الميناء بصورة رسمية مساء الثلاثاء", ARRIVAL, "'مساء الثلاثاء' before Wed 22 Nov 2017 = Tue 21 Nov"),
    ev("emirati-control-aden", "منذ سيطرتها على عدن", "2015-07-17", "'منذ سيطرتها على عدن': the coalition (UAE-led) forces took Aden in mid-July 2015 (the government declared Aden liberated on 17 Jul 2015); my span 17 Jul - 21 Nov 2017 for the control up to the report", end="2017-11-22"),
])
art(S, "https://huna-aden.com/news42150.html",
    "2017-11-23", "no date line on the stored page; the statement was issued 'اليوم', 'بعد يوم واحد' from the halt of the Chinese ship, and the crew spoke 'أمس الاربعاء' (the halt of Wed 22 Nov 2017, aljanoobalyoum 'اليوم الأربعاء 22 نوفمبر'), so the report is of Thu 23 Nov 2017; headline written from the body (the stored text has none)", False, """
نقابة موانئ عدن تستنكر عرقلة دخول السفن وأوامر المغادرة التعسفية
نددت نقابة مؤسسة موانئ خليج عدن بما يواجهه ميناء عدن من عرقلة وتأخير في منح التصاريح للسفن ومن أوامر تعسفية تقضي بمغادرة بعضها.
وأعلنت النقابة في بيان أصدرته اليوم رفضها الكامل لما يتعرض له ميناء عدن على يد جهات محددة بعينها، قالت إن غايتها الأولى منع الميناء من استعادة مكانته التاريخية وتعطيل الملاحة فيه، سواء بتأخير تصاريح دخول السفن أو بإصدار أوامر مغادرتها.
وصدر البيان بعد يوم واحد من منع قوة تابعة للإمارات سفينة صينية من تفريغ شحنتها التجارية وأمرها بالمغادرة، مع أن السفينة نالت تصريحا من غرفة عمليات التحالف، بحسب ما قاله طاقمها في وقت سابق أمس الاربعاء.
وتحت ضغط العمال والموظفين في الميناء واحتجاجهم المتواصل، تراجعت القوة الإماراتية وأذنت للسفينة بإتمام تفريغ شحنتها.
""", [
    ev("union-statement", "وأعلنت النقابة في بيان أصدرته اليوم", "2017-11-23", "'اليوم' in a report of Thu 23 Nov 2017 ('بعد يوم واحد' from the halt of Wed 22 Nov)"),
    ev("expulsion-order", "منع قوة تابعة للإمارات سفينة صينية من تفريغ شحنتها التجارية", STOP, "'بعد يوم واحد' before the statement of Thu 23 Nov 2017 = Wed 22 Nov; the crew spoke 'أمس الاربعاء'"),
    ev("workers-protest", "واحتجاجهم المتواصل", STOP, "no own expression; the workers' protest of Wed 22 Nov 2017 (aljanoobalyoum); it went on until the retreat (my day: 22 Nov)"),
    ev("unloading-resumed", "وأذنت للسفينة بإتمام تفريغ شحنتها", RESUME, "no own expression; unloading resumed on the morning of Thu 23 Nov 2017 (almawqeapost 'صباح اليوم الخميس')"),
])
art(S, "https://mail.almawqeapost.net/news/25228",
    RESUME, "no date line on the stored page; the body's 'صباح اليوم الخميس' for the resumption of the unloading, which followed the halt of Wed 22 Nov 2017 (huna-aden: the Emirati force retreated and let the ship finish unloading), gives Thu 23 Nov 2017; the photo caption dropped; headline taken from the caption", False, """
تفريغ حمولة الباخرة الصينية Devon Trader في ميناء عدن
بدأ عمال ميناء عدن وموظفوه، صباح اليوم الخميس، تفريغ الباخرة Devon Trader التابعة لخطوط الملاحة الصينية.
وذكرت مصادر عمالية لـ"الموقع بوست" أن تفريغ حمولة الباخرة، التي تقدر بـ1200 حاوية، استؤنف بعدما عدلت القوات الإماراتية التي تدير عمليات التحالف العربي في عدن عن قرارها إخراج الباخرة دون تفريغ حمولتها، لأسباب لم تكشفها.
وأضافت المصادر أن موظفي الميناء رفضوا قرار القوات الإماراتية رفضا قاطعا، لأنه يمس سمعة الميناء وقد يدفع خطوط الملاحة الدولية إلى الإحجام عن التوقف فيه.
وأشارت إلى أن من دوافع رفض القوات الإماراتية تفريغ الشحنة وجود شحنة من الأموال المطبوعة في الخارج بين حمولة الباخرة التجارية، وهو ما حمل الضباط الإماراتيين على الأمر بإخراج الباخرة فورا، وهو ما لم يتم بفضل التحرك المكثف لموظفي الميناء وإدارته.
ولفتت إلى أن القيود المفروضة على مطار عدن الدولي ومنع القوات الإماراتية هبوط الطائرات التي تنقل الأموال المطبوعة في الخارج دفعا الحكومة الشرعية إلى الاعتماد على ميناء عدن لإيصالها، مبينة أن هذه الشحنة هي الثالثة من نوعها التي تصل عبر الميناء.
""", [
    ev("unloading-resumed", "بدأ عمال ميناء عدن وموظفوه، صباح اليوم الخميس، تفريغ الباخرة", RESUME, "'صباح اليوم الخميس' = Thu 23 Nov 2017"),
    ev("emirati-retreat", "بعدما عدلت القوات الإماراتية", STOP, "no own expression; the retreat came after the order of Wed 22 Nov 2017 and before the unloading of the morning of Thu 23 Nov (my span 22-23 Nov)", end="2017-11-24"),
    ev("expulsion-order", "قرارها إخراج الباخرة دون تفريغ حمولتها", STOP, "no own expression; the order of Wed 22 Nov 2017 (aljanoobalyoum 'اليوم الأربعاء 22 نوفمبر')"),
    ev("workers-protest", "رفضوا قرار القوات الإماراتية رفضا قاطعا", STOP, "no own expression; the port staff's refusal and protest of Wed 22 Nov 2017"),
])
art(S, "https://www.motabaat.com/2017/11/23/%d8%b9%d9%85%d9%91%d8%a7%d9%84-%d9%85%d9%8a%d9%86%d8%a7%d8%a1-%d8%b9%d8%af%d9%86-%d9%8a%d8%ad%d8%aa%d8%ac%d9%88%d9%86-%d8%b6%d8%af-%d8%aa%d8%af%d8%ae%d9%84%d8%a7%d8%aa-%d8%a7%d9%84%d8%a5%d9%85%d8%a7/",
    "2017-11-23", "no date line in the stored text; the URL path '/2017/11/23/' gives Thu 23 Nov 2017 (a report of al-Arabi carried by motabaat); the body has no date of its own; headline rendered from the URL slug (truncated there)", False, """
عمال ميناء عدن يحتجون على تدخلات الإمارات
نفذ عمال ميناء عدن وقفة احتجاجية رفضا لتدخل القوات الإماراتية المنضوية في «التحالف العربي» بقيادة السعودية في سير العمل داخل الميناء.
وأعلن العمال رفضهم لإيقاف «التحالف» باخرة تحمل ثلاثة آلاف حاوية، ووصفوا الخطوة بأنها «غير مبررة وترمي إلى إلحاق أكبر الضرر بسمعة ميناء عدن وتدميره».
وأكد مصدر نقابي لـ«العربي» أن الباخرة الموقوفة هي «Devon Trader وتحمل ألفا وثلاث مئة حاوية لخطوط الملاحة العالمية، خط الصين، الذي توقف نشاطه في اليمن منذ بدء الحرب قبل ثلاث سنوات».
وأضاف المصدر أن «العمال والمسؤولين في الميناء يقفون موقفا موحدا، وقد وجهوا رسالة إلى رئاسة الوزراء لتخاطب القيادة الإماراتية بشأن أسباب إيقاف الباخرة».
وتفرض قوات «التحالف العربي» حصارا على مدينة عدن، وتحكم قبضتها على موانئها ومطاراتها وتعطل الملاحة الجوية والبحرية.
""", [
    ev("workers-protest", "نفذ عمال ميناء عدن وقفة احتجاجية", STOP, "no own expression; the workers' protest against the order of Wed 22 Nov 2017 (aljanoobalyoum 'اليوم الأربعاء 22 نوفمبر')"),
    ev("expulsion-order", "رفضهم لإيقاف «التحالف» باخرة تحمل ثلاثة آلاف حاوية", STOP, "no own expression; the halt of Wed 22 Nov 2017"),
    ev("letter-to-pm", "وقد وجهوا رسالة إلى رئاسة الوزراء", STOP, "no own expression; after the halt of Wed 22 Nov 2017 and before this report of Thu 23 Nov (my span 22-23 Nov)", end="2017-11-24"),
    ev("china-line-halt", "منذ بدء الحرب قبل ثلاث سنوات", "2015-03-26", "'منذ بدء الحرب قبل ثلاث سنوات' from Nov 2017: the war taken as the coalition's intervention of Thu 26 Mar 2015 (doubtful: 'قبل ثلاث سنوات' is rounded and the Houthi takeover of Sep 2014 could be meant); the halt lasts up to the report", end="2017-11-24"),
])

# ---------------------------------------------------------------- egypt-ain-sokhna-platinum-strike-2013
S = "egypt-ain-sokhna-platinum-strike-2013"
STOP1 = "2013-02-01"                       # day 1 of the stoppage: 'لليوم السادس' on Wed 6 Feb 2013 -> Fri 1 Feb
NOTICE = "2013-02-06"                      # DP World's evacuation notice / e-mail, Wed 6 Feb 2013
CONTRACT_END = ("2013-01-01", STOP1)       # DP World ended the Platinum contract some time before the strike (January 2013)
art(S, "https://android.emiratesvoice.com/amp/37/2013-02-03-00-58-56",
    "2013-02-03", "no date line in the stored text; the URL's time stamp '2013-02-03-00-58-56' (the Arabs Today network's creation stamp) gives Sun 3 Feb 2013; the body has no date of its own; the menu line 'الرئيسية » عناوين الاخبار' and the truncated last sentence dropped; headline written from the body (the stored text has none)", False, """
عمال بلاتنيوم يوقفون الشحن والتفريغ في ميناء العين السخنة
السويس - سيد عبداللاه
أوقف عمال شركة "بلاتنيوم" العاملون داخل ميناء العين السخنة في السويس، وعددهم 1200 عامل، حركة الشحن والتفريغ في الميناء مطالبين بتعيينهم فيه وبعدم تشريدهم، بعدما أنهت شركة "موانئ دبي" تعاقدها مع الشركة التي يتبعونها.
وأغلق العمال بوابات الميناء ومنفذه فتوقفت حركة الشحن على الرصيف، احتجاجا على تجاهل المسؤولين لمطلبهم بالتعيين، وهم يهتفون "التعيين التعيين".
وأكد العمال أنهم يعملون في الميناء منذ ما يقرب من 7 سنوات عن طريق شركة "بلاتنيوم"، وهي شركة مقاولات توفر للميناء عمالا في كل المجالات وأقسام العمل، وأن عقودهم انتهت ولم تجدد إدارة الميناء عقدها مع الشركة.
وأضاف العمال أن "موانئ دبي العالمية المسؤولة عن إدارة ميناء السخنة أسندت أعمالهم إلى 4 شركات أخرى، ما يعني خروجهم من الميناء رغم خبرتهم الطويلة وسنوات عملهم فيه، وقد طالبوا مرارا بتعيينهم ووعدتهم إدارة دبي بذلك دون أن يتحقق، والآن سيجري تشريدهم".
""", [
    ev("stoppage-start", "حركة الشحن والتفريغ في الميناء مطالبين بتعيينهم", STOP1, "no own expression; the stoppage began on Fri 1 Feb 2013 ('لليوم السادس على التوالي' on Wed 6 Feb, almaghribtoday; 'مطلع فبراير' in later reports)"),
    ev("gates-closed", "وأغلق العمال بوابات الميناء ومنفذه", STOP1, "no own expression; the closure of the gates that stopped the port, Fri 1 Feb 2013 - Sat 2 Feb (my span: the first days of the stoppage, before this report of Sun 3 Feb)", end="2013-02-03"),
    ev("dpw-contract-ended", "بعدما أنهت شركة \"موانئ دبي\" تعاقدها مع الشركة", CONTRACT_END[0], "no own expression; DP World ended the Platinum contract some time before the strike (my span January 2013)", end=CONTRACT_END[1]),
    ev("platinum-seven-years", "منذ ما يقرب من 7 سنوات", "2006-01-01", "'منذ ما يقرب من 7 سنوات' from Feb 2013 = about 2006, lasting up to the strike (my span 2006 - 31 Jan 2013)", end=STOP1),
])
art(S, "https://www.almaghribtoday.net/92/2013-02-06-13-07-45",
    NOTICE, "no date line in the stored text; the URL's time stamp '2013-02-06-13-07-45' (Arabs Today network) gives Wed 6 Feb 2013; the body's 'لليوم السادس على التوالي' agrees with a stoppage begun on Fri 1 Feb; the site banners ('المغرب اليوم -', 'آخر تحديث GMT 19:18:16') and the truncated last sentence dropped; headline kept from the page", False, """
عمال السخنة يواصلون اعتصامهم والجيش يستعد لإخلاء الميناء
السويس - سيد محمد
خرج المئات من عمال شركة "بلاتنيوم" المعتصمين في مسيرة احتجاجية داخل ميناء العين السخنة للمطالبة بتعيينهم، وطافت المسيرة أرجاء الميناء، فتواصل توقف حركة الشحن لليوم السادس على التوالي.
ودفع ذلك قيادة الميناء إلى أن تطلب من قوات الجيش المكلفة بتأمينه فرض قانون الطوارئ وإخلاء الميناء، فرفعت هذه القوات حالة الاستعداد والطوارئ داخله تمهيدا لإخلائه.
وجابت مسيرة المحتجين من عمال "بلاتنيوم" الميناء ورصيف الحاويات، ومرت بسيارات الجيش الموجودة لتأمينه، وردد المشاركون هتافات غاضبة ضد إدارة "موانئ دبي"، خصوصا بعد إخفاق المفاوضات بين الجانبين، ومنها "ميناء السخنة مصرية، التعيين التعيين".
وفي الأثناء، بعثت إدارة "موانئ دبي العالمية" المسؤولة عن تشغيل ميناء العين السخنة في السويس برسالة إلكترونية إلى جميع العاملين وإلى قيادة الجيش الثالث الميداني ومحافظة السويس، تبلغهم فيها بإخلاء الميناء من كل الموظفين.
""", [
    ev("protest-march", "خرج المئات من عمال شركة \"بلاتنيوم\" المعتصمين في مسيرة احتجاجية", NOTICE, "no own expression; the march of the day of the report, Wed 6 Feb 2013 (URL stamp)"),
    ev("stoppage-start", "فتواصل توقف حركة الشحن لليوم السادس على التوالي", STOP1, "'لليوم السادس على التوالي' on Wed 6 Feb 2013 = the stoppage began on Fri 1 Feb"),
    ev("army-alert", "فرفعت هذه القوات حالة الاستعداد والطوارئ", NOTICE, "no own expression; the day of the report, Wed 6 Feb 2013"),
    ev("evacuation-notice", "بعثت إدارة \"موانئ دبي العالمية\"", NOTICE, "no own expression; DP World's evacuation notice, received 'الأربعاء' (arabstoday) = Wed 6 Feb 2013"),
    ev("talks-failed", "بعد إخفاق المفاوضات بين الجانبين", STOP1, "no own expression; the talks failed during the stoppage, before this report of Wed 6 Feb 2013 (my span 1-6 Feb)", end="2013-02-07"),
])
art(S, "https://arabstoday.net/92/%D9%85%D9%88%D8%A7%D9%86%D8%A6-%D8%AF%D8%A8%D9%8A-%D8%AA%D8%AE%D8%B7%D8%B1-%D8%A7%D9%84%D8%AC%D9%8A%D8%B4-%D8%A8%D8%B6%D8%B1%D9%88%D8%B1%D8%A9-%D8%A5%D8%AE%D9%84%D8%A7%D8%A1-%D8%A7%D9%84%D8%B9%D9%85%D8%A7%D9%84-%D8%A7%D9%84%D9%85%D8%B9%D8%AA%D8%B5%D9%85%D9%8A%D9%86",
    "2013-02-07", "no date on the stored page (only 'آخر تحديث GMT21:12:26'); by the same correspondent (سيد محمد) as almaghribtoday of Wed 6 Feb 2013, which counted 'لليوم السادس'; this report counts 'لليوم السابع على التوالي' and dates the notice (sent on Wed 6 Feb) 'الأربعاء', so it is of Thu 7 Feb 2013; the site banners and the truncated last words dropped; headline kept from the page", False, """
موانئ دبي تخطر الجيش بضرورة إخلاء العمال المعتصمين
السويس - سيد محمد
تلقى المئات من العاملين في ميناء العين السخنة، وفي مقدمتهم عمال شركة "بلاتنيوم"، الأربعاء، إخطارا من إدارة موانئ دبي العالمية التي تدير الميناء، بإخلائه من جميع العمال باستثناء عمال الأمن والطوارئ، وبمطالبة قوات الجيش المكلفة بتأمينه بتنفيذ الإخلاء وفرض الطوارئ فيه حتى إشعار آخر.
وحمّلت إدارة الميناء العمال المسؤولية عن أي حادث قد يقع فيه، كما حمّلت قوات الجيش مسؤولية عدم تنفيذ الإخلاء وما قد يترتب عليه من عواقب.
واقتصر دور قوات الجيش على تأمين الميناء، بينما شكّل العمال لجانا شعبية عند كل مداخله وعند محطة الحاويات ومنافذ الأمن وتفتيش الدخول والخروج، تحسبا لأي تخريب أو حرائق قد يفتعلها مجهولون ثم تُنسب إلى عمال بلاتنيوم.
ويواصل المئات من عمال شركة بلاتنيوم للمقاولات العاملة في ميناء العين السخنة احتجاجهم ووقفهم للعمل في الميناء لليوم السابع على التوالي، مطالبين بالتعيين بعد انتهاء عقد شركتهم مع موانئ دبي.
""", [
    ev("evacuation-notice", "الأربعاء، إخطارا من إدارة موانئ دبي العالمية", NOTICE, "'الأربعاء' = Wed 6 Feb 2013 (almaghribtoday of that day reports the e-mail)"),
    ev("popular-committees", "بينما شكّل العمال لجانا شعبية", NOTICE, "no own expression; after the notice of Wed 6 Feb 2013 and before this report of Thu 7 Feb (my span 6-7 Feb)", end="2013-02-08"),
    ev("stoppage-start", "ووقفهم للعمل في الميناء لليوم السابع على التوالي", STOP1, "'لليوم السابع على التوالي' on Thu 7 Feb 2013 = the stoppage began on Fri 1 Feb"),
    ev("dpw-contract-ended", "بعد انتهاء عقد شركتهم مع موانئ دبي", CONTRACT_END[0], "no own expression; the Platinum contract ended some time before the strike (my span January 2013)", end=CONTRACT_END[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 625
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

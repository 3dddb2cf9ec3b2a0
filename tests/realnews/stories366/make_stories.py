"""Builds stories.jsonl: the 366-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: IMF programmes with Arab countries: staff-level agreements,
board approvals, programme reviews and tranche disbursements, and government reactions.
Stories: Morocco's request for a Flexible Credit Line and the informal board meeting of the IMF (March 2023),
the staff-level agreement on Tunisia's Stand-By Arrangement (April 2013), the second review of Jordan's Extended
Fund Facility and its tranche (July 2021), the IMF board meeting on Egypt's fifth and sixth reviews (February 2026),
and the IMF mission for the fifth review of Tunisia's Extended Fund Facility (March 2019).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-imf-flexible-credit-line-request-2023
S = "morocco-imf-flexible-credit-line-request-2023"
INFORMAL = "2023-03-06"                    # the informal board meeting and the IMF statement, Mon 6 Mar 2023
APPROVAL = "2023-04-03"                    # the board approved the FCL on Mon 3 Apr 2023 (outside knowledge)
REQUEST = ("2023-02-24", "2023-03-07")     # Morocco's request, lodged after the FATF exit and before the statement
art(S, "https://asharqbusiness.com/amp/economics/30804/المغرب-يطلب-من-صندوق-النقد-خط-ائتمان-مرن-بـ5-مليارات-دولار",
    "2023-03-06", "no date on the stored page; the body's 'أعلن الصندوق في بيان اليوم الإثنين' with the IMF statement of Mon 6 Mar 2023 (yabiladi: 'يوم أمس الاثنين 6 مارس 2023') gives Mon 6 Mar 2023; headline rendered from the URL slug; the sub-heading 'إجراء احترازي' and the last, truncated sentence on the 2023 budget dropped; the garbled 'في غضون في الأسابيع المقبلة' written 'في الأسابيع المقبلة'; no date of its own in the text", False, """
المغرب يطلب من صندوق النقد الدولي خط ائتمان مرناً بقيمة 5 مليارات دولار
قدّم المغرب بصفة رسمية طلباً إلى صندوق النقد الدولي ليحصل على خط ائتماني مرن قيمته 5 مليارات دولار لأجل عامين.
وأوضح الصندوق في بيان اليوم الإثنين أن مجلسه التنفيذي بحث الطلب في جلسة غير رسمية، على أن يلتئم في اجتماع رسمي آخر في غضون أسابيع ليصادق على اتفاقية في هذا الشأن.
وسبق للمغرب أن نال من الصندوق خط "وقاية وسيولة" عام 2012 بقيمة 3 مليارات دولار، ولجأ إليه عام 2020 للتصدي لتداعيات جائحة كورونا. كما جمع خلال الأسبوع الماضي 2.5 مليار دولار عبر سندات دولية.
ويأتي توجه المملكة نحو الاقتراض من الخارج عقب خروجها من اللائحة الرمادية لمجموعة العمل المالي (FATF)، إثر التزامها بمعايير مكافحة غسل الأموال.
وبيّن الصندوق أن السلطات المغربية تنوي معاملة خط الائتمان المرن كإجراء احترازي يحمي من الصدمات الخارجية، مؤكداً أنه "مستعد لمواصلة دعم المغرب في مواجهة مخاطر بيئة اقتصادية عالمية يطبعها عدم اليقين".
ووفق البيان، تنوي كريستالينا غورغييفا، المديرة العامة للصندوق، التوصية بالموافقة على اتفاقية خط الائتمان المرن مع المغرب حين يجتمع المجلس التنفيذي مرة أخرى في الأسابيع المقبلة.
""", [
    ev("imf-statement", "وأوضح الصندوق في بيان اليوم الإثنين", INFORMAL, "'اليوم الإثنين' = Mon 6 Mar 2023"),
    ev("informal-board-meeting", "مجلسه التنفيذي بحث الطلب في جلسة غير رسمية", INFORMAL, "no own expression; the statement of Mon 6 Mar 2023 says the board met 'اليوم' (satv's quotation)"),
    ev("formal-board-approval", "على أن يلتئم في اجتماع رسمي آخر في غضون أسابيع", APPROVAL, "'في غضون أسابيع' after Mon 6 Mar; the board approved the FCL on Mon 3 Apr 2023 (outside knowledge; arrakmia: 'في 3 أفريل 2023')"),
    ev("pll-drawn-2020", "ولجأ إليه عام 2020 للتصدي لتداعيات جائحة كورونا", "2020-04-07", "'عام 2020' = the purchase of all the PLL resources on 7 Apr 2020 (almaghreb24: 'في 7 أبريل 2020، عندما اشترت السلطات جميع الموارد')"),
    ev("bond-sale", "كما جمع خلال الأسبوع الماضي 2.5 مليار دولار عبر سندات دولية", "2023-02-27", "'خلال الأسبوع الماضي' from Mon 6 Mar = the week of Mon 27 Feb - Fri 3 Mar 2023 (my span)", end="2023-03-04"),
    ev("fatf-grey-list-exit", "عقب خروجها من اللائحة الرمادية لمجموعة العمل المالي", "2023-02-24", "no own expression; the FATF plenary outcome that removed Morocco from the grey list, Fri 24 Feb 2023 (outside knowledge)"),
])
art(S, "https://ar.yabiladi.com/articles/details/137658/المغرب-يطلب-ملايير-دولار-من.html",
    "2023-03-07", "the body's 'يوم أمس الاثنين 6 مارس 2023' (kept; 6 Mar 2023 was a Monday) gives Tue 7 Mar 2023; headline rendered from the URL slug; the last quotation, cut in the stored page after 'المدير العام للصندوق', completed from the same statement as quoted by satv ('التوصية بالموافقة ... لاتخاذ قرار في الأسابيع المقبلة')", True, """
المغرب يطلب ملايير الدولارات من صندوق النقد الدولي
تلقى صندوق النقد الدولي طلباً من المغرب للاستفادة من خط ائتمان مرن في حدود 5 ملايير دولار، إذ ترغب السلطات المغربية في التعامل مع هذا الخط بوصفه أداة وقائية.
وورد ذلك في بلاغ لصندوق النقد الدولي صدر يوم أمس الاثنين 6 مارس 2023، عقب اجتماع مجلسه التنفيذي في جلسة غير رسمية، وهي جلسة اعتاد فيها خبراء المؤسسة المالية الدولية مناقشة المسائل القُطرية مع أعضاء المجلس التنفيذي من دون أن يُنتظر منها قرار رسمي.
وأشار المجلس، الذي انعقد بواشنطن، بحسب البلاغ، إلى "طلب السلطات المغربية الدخول مع الصندوق في اتفاق لمدة عامين للاستفادة من خط الائتمان المرن بقيمة تعادل 3,7262 مليار وحدة حقوق سحب خاصة، أي نحو 417% من حصة المغرب أو 5 مليارات دولار أمريكي".
وأضاف الصندوق أن هذا الخط يقي من الصدمات الخارجية بتوفيره قدراً كبيراً من موارد الصندوق مسبقاً ودون شرطية لاحقة للبلدان ذات أطر السياسات وسجل الأداء الاقتصادي القويين جداً. وتعتزم السلطات المغربية معاملة خط الائتمان كأداة وقائية.
وختم البلاغ بأنه "نظراً لما يتمتع به المغرب من أطر سياسات وسجل أداء قويين جداً، تعتزم السيدة كريستالينا غورغييفا، المدير العام للصندوق، التوصية بالموافقة على اتفاق خط الائتمان المرن للمغرب عندما يجتمع المجلس التنفيذي مرة أخرى لاتخاذ قرار في الأسابيع المقبلة".
""", [
    ev("fcl-request", "تلقى صندوق النقد الدولي طلباً من المغرب", REQUEST[0], "no own expression; the request was lodged before the informal meeting of Mon 6 Mar 2023 and after the FATF exit of Fri 24 Feb (my span)", end=REQUEST[1]),
    ev("imf-statement", "في بلاغ لصندوق النقد الدولي صدر يوم أمس الاثنين 6 مارس 2023", INFORMAL, "'يوم أمس الاثنين 6 مارس 2023' = Mon 6 Mar 2023"),
    ev("informal-board-meeting", "عقب اجتماع مجلسه التنفيذي في جلسة غير رسمية", INFORMAL, "no own expression; the meeting the statement of Mon 6 Mar 2023 reports ('اجتمع اليوم', satv)"),
    ev("formal-board-approval", "عندما يجتمع المجلس التنفيذي مرة أخرى لاتخاذ قرار في الأسابيع المقبلة", APPROVAL, "'في الأسابيع المقبلة' after 6 Mar; the approval of Mon 3 Apr 2023 (outside knowledge)"),
])
art(S, "https://satv.ma/%d8%a7%d9%84%d9%85%d8%af%d9%8a%d8%b1%d8%a9-%d8%a7%d9%84%d8%b9%d8%a7%d9%85%d8%a9-%d9%84%d8%b5%d9%86%d8%af%d9%88%d9%82-%d8%a7%d9%84%d9%86%d9%82%d8%af-%d8%a7%d9%84%d8%af%d9%88%d9%84%d9%8a-%d8%aa%d9%88.html",
    "2023-03-07", "no date line on the stored page; the body's 'في بيان صدر أمس الاثنين في واشنطن' with the IMF statement of Mon 6 Mar 2023 gives Tue 7 Mar 2023; the source tag 'صوت العدالة- وكالات' and the last, truncated sentence ('وختم البيان بالقول إن') dropped; headline written from the body (the stored text has none)", True, """
غورغييفا توصي بخط ائتمان مرن للمغرب بخمسة ملايير دولار
تعتزم المديرة العامة لصندوق النقد الدولي، كريستالينا جورجيفا، أن توصي بالموافقة على خط ائتمان مرن لفائدة المغرب قيمته خمسة ملايير دولار، بحسب ما أعلنه الصندوق في بيان صدر أمس الاثنين في واشنطن.
وأكدت المؤسسة المالية الدولية أنه « نظراً لقوة أطر السياسة في المغرب وسجل إنجازاته، تعتزم المديرة العامة للصندوق، كريستالينا جورجيفا، التوصية بالموافقة على اتفاقية خط الائتمان المرن للمغرب حين يجتمع المجلس التنفيذي للصندوق مجدداً لاتخاذ قرار في الأسابيع المقبلة ».
وجاء في بيان المؤسسة: « اجتمع اليوم المجلس التنفيذي لصندوق النقد الدولي في جلسة غير رسمية لبحث طلب السلطات المغربية الدخول مع الصندوق في اتفاق لمدة عامين للاستفادة من خط الائتمان المرن بقيمة تعادل 3,7262 مليار وحدة حقوق سحب خاصة (نحو 417 في المائة من الحصة، أو 5 مليارات دولار أمريكي) ».
وبيّن أن « هذا الخط يقي من الصدمات الخارجية بتوفير قدر كبير من موارد الصندوق مقدماً ومن دون شرطية لاحقة للبلدان التي تمتلك أطر سياسات وسجل أداء اقتصادي قويين جداً »، لافتاً إلى أن السلطات المغربية تعتزم « معاملة خط الائتمان باعتباره أداة وقائية ».
""", [
    ev("imf-statement", "بحسب ما أعلنه الصندوق في بيان صدر أمس الاثنين في واشنطن", INFORMAL, "'أمس الاثنين' from Tue 7 Mar = Mon 6 Mar 2023"),
    ev("formal-board-approval", "حين يجتمع المجلس التنفيذي للصندوق مجدداً لاتخاذ قرار في الأسابيع المقبلة", APPROVAL, "'في الأسابيع المقبلة' after 6 Mar; the approval of Mon 3 Apr 2023 (outside knowledge)"),
    ev("informal-board-meeting", "اجتمع اليوم المجلس التنفيذي لصندوق النقد الدولي في جلسة غير رسمية", INFORMAL, "'اليوم' inside the quoted statement of Mon 6 Mar 2023 = that Monday (not the article's Tuesday)"),
    ev("fcl-request", "لبحث طلب السلطات المغربية الدخول مع الصندوق في اتفاق", REQUEST[0], "no own expression; the request lodged before the meeting of Mon 6 Mar 2023 (my span from the FATF exit of 24 Feb)", end=REQUEST[1]),
])

# ---------------------------------------------------------------- tunisia-imf-standby-staff-agreement-2013
S = "tunisia-imf-standby-staff-agreement-2013"
OFFICIAL = "2013-04-15"                    # a senior Tunisian official tells Reuters the deal is done, Mon 15 Apr 2013
PRESSER = "2013-04-16"                     # Amine Mati's press conference in Tunis, Tue 16 Apr 2013
SLA = "2013-04-19"                         # the IMF's statement on the staff-level agreement, Fri 19 Apr 2013
BOARD = "2013-06-07"                       # the board approved the 24-month SBA on Fri 7 Jun 2013 (outside knowledge)
BELAID = "2013-02-06"                      # the assassination of Chokri Belaid, Wed 6 Feb 2013
art(S, "https://ar.africanmanager.com/%d8%b9%d8%a7%d8%ac%d9%84-%d8%a7%d9%84%d8%aa%d9%88%d8%b5%d9%84-%d8%a5%d9%84%d9%89-%d8%a7%d8%aa%d9%81%d8%a7%d9%82-%d8%a8%d9%8a%d9%86-%c2%91%c2%92%d8%a7%d9%84%d9%86%d9%82%d8%af-%d8%a7%d9%84%d8%af%d9%88",
    "2013-04-15", "the body's 'اليوم الاثنين 15 أفريل 2013' (kept; 15 Apr 2013 was a Monday); the source tag 'تونس- وكالات' dropped; headline rendered from the URL slug ('عاجل' dropped)", True, """
التوصل إلى اتفاق بين صندوق النقد الدولي وتونس حول قرض احتياطي
أفاد مسؤول حكومي رفيع اليوم الاثنين 15 أفريل 2013 بأن صندوق النقد الدولي والحكومة التونسية اتفقا على قرض احتياطي قيمته 1.78 مليار دولار، على أن يُعلن الاتفاق يوم غد الثلاثاء.
وأوضح المسؤول، الذي طلب عدم ذكر اسمه، في تصريحات لرويترز: "الاتفاق تم فعلاً وسيُعلن غدا.. أما التوقيع الرسمي فسيكون الشهر المقبل".
وكان وفد من صندوق النقد قد شرع في الثامن من الشهر الحالي في جولة مفاوضات مع تونس، التي طلبت قرضاً احتياطياً بقيمة 1.78 مليار دولار لمواجهة الصعوبات المالية التي تعانيها منذ الثورة التي أسقطت النظام السابق قبل عامين.
وبيّن المسؤول أن الفائدة على القرض ستكون بنسبة 1.08 بالمئة، وأن سداده سيمتد على خمس سنوات مع فترة سماح مدتها ثلاث سنوات.
وكان وزير المالية الياس فخفاخ قد صرّح مطلع الشهر الحالي بأن اتفاق القرض سيُوقَّع في شهر ماي المقبل.
وقد تأجل الاتفاق على القرض بعد اغتيال المعارض البارز شكري بلعيد في السادس من فيفري الماضي. ويثير القرض جدلاً واسعاً في تونس، إذ رفضته أحزاب عدة منها حزب التحرير الإسلامي والجبهة الشعبية، معتبرة أنه يفتح الباب لانتهاك سيادة تونس بالشروط التي سيفرضها الصندوق كإصلاح الدعم.
""", [
    ev("official-says-deal-reached", "أفاد مسؤول حكومي رفيع اليوم الاثنين 15 أفريل 2013", OFFICIAL, "'اليوم الاثنين 15 أفريل 2013' = Mon 15 Apr 2013"),
    ev("mati-press-conference", "على أن يُعلن الاتفاق يوم غد الثلاثاء", PRESSER, "'يوم غد الثلاثاء' from Mon 15 = Tue 16 Apr 2013, the day of the joint press conference in Tunis (ahramgate, SPA: 'اليوم الثلاثاء'), where the IMF said the deal was near"),
    ev("board-approval", "أما التوقيع الرسمي فسيكون الشهر المقبل", BOARD, "'الشهر المقبل' (May 2013) was the plan; the board approved the SBA on Fri 7 Jun 2013 (outside knowledge; turess/binaa: 'أمس الجمعة 7 جوان')"),
    ev("mission-talks-start", "قد شرع في الثامن من الشهر الحالي في جولة مفاوضات", "2013-04-08", "'في الثامن من الشهر الحالي' in April 2013 = Mon 8 Apr 2013"),
    ev("fakhfakh-may-statement", "قد صرّح مطلع الشهر الحالي بأن اتفاق القرض سيُوقَّع", "2013-04-01", "'مطلع الشهر الحالي' = early April 2013 (my span 1-7 Apr)", end="2013-04-08"),
    ev("belaid-assassination", "بعد اغتيال المعارض البارز شكري بلعيد في السادس من فيفري الماضي", BELAID, "'في السادس من فيفري الماضي' = Wed 6 Feb 2013"),
])
art(S, "https://www.masress.com/ahramgate/334470",
    "2013-04-16", "no date on the stored page; the body's 'اليوم الثلاثاء' with 'أمس الإثنين' for the Tunisian official's statement of Mon 15 Apr 2013 (africanmanager) gives Tue 16 Apr 2013; headline written from the body (the stored text has none); no date of its own in the text", False, """
صندوق النقد يقترب من اتفاق مع تونس على خط ائتمان بـ1.75 مليار دولار
صرّح مسؤول كبير في صندوق النقد الدولي للصحفيين اليوم الثلاثاء بأن الصندوق بات قريباً من التوصل إلى اتفاق مع تونس على خط ائتمان احترازي قيمته 1.75 مليار دولار.
وكانت تونس قد طلبت دعم الصندوق للتخفيف من المشاكل المالية التي تعانيها منذ الثورة التي أطاحت بالنظام السابق قبل عامين، وتأخر الاتفاق بسبب حالة الغموض التي أعقبت اغتيال المعارض السياسي شكري بلعيد.
وأوضح أمين ماطي، مدير بعثة الصندوق إلى تونس، أن المحادثات وصلت إلى مرحلة متقدمة وأنها ستستمر في الأيام القادمة.
وتابع: "قد نوقّع اتفاق القرض في مايو"، مشيراً إلى أن الصندوق راضٍ عن الإصلاحات الاقتصادية في تونس وأنه لا يفرض سياسات على الحكومة.
وكان مسؤول تونسي كبير، طلب عدم الكشف عن اسمه، قد قال أمس الإثنين إن الجانبين توصلا فعلاً إلى اتفاق سيُوقَّع الشهر المقبل.
""", [
    ev("mati-press-conference", "صرّح مسؤول كبير في صندوق النقد الدولي للصحفيين اليوم الثلاثاء", PRESSER, "'اليوم الثلاثاء' = Tue 16 Apr 2013"),
    ev("ben-ali-ouster", "منذ الثورة التي أطاحت بالنظام السابق قبل عامين", "2011-01-14", "'قبل عامين' from April 2013 = the fall of Ben Ali on Fri 14 Jan 2011 (outside knowledge)"),
    ev("belaid-assassination", "اغتيال المعارض السياسي شكري بلعيد", BELAID, "no own expression; the assassination of Wed 6 Feb 2013 (africanmanager: 'في السادس من فيفري الماضي')"),
    ev("talks-continue", "وأنها ستستمر في الأيام القادمة", "2013-04-17", "'في الأيام القادمة' after Tue 16 = the talks up to the staff-level agreement announced on Fri 19 Apr 2013 (my span 17-19 Apr)", end="2013-04-20"),
    ev("board-approval", "قد نوقّع اتفاق القرض في مايو", BOARD, "'في مايو' was the plan; the board approved the SBA on Fri 7 Jun 2013 (outside knowledge)"),
    ev("official-says-deal-reached", "قد قال أمس الإثنين إن الجانبين توصلا فعلاً إلى اتفاق", OFFICIAL, "'أمس الإثنين' from Tue 16 = Mon 15 Apr 2013"),
])
art(S, "https://sauress.com/spa/1099659",
    "2013-04-16", "no date on the stored page; the body's 'اليوم الثلاثاء' and 'خلال مؤتمر صحفي بالعاصمة التونسية اليوم' for Amine Mati's press conference of Tue 16 Apr 2013 (ahramgate, africanmanager's 'يوم غد الثلاثاء') give Tue 16 Apr 2013; the agency footer '// انتهى // 04:02 ت م تغريد' dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
صندوق النقد: مفاوضات القرض الاحتياطي مع تونس بلغت مرحلة متقدمة جداً
أعلن صندوق النقد الدولي اليوم الثلاثاء أن المفاوضات التي يجريها مع تونس حول اتفاقية القرض الائتماني الاحتياطي وصلت إلى مرحلة متقدمة جداً، غير أنها لم تبلغ بعد حد الاتفاق المبدئي.
وذكر رئيس بعثة صندوق النقد الدولي إلى تونس أمين مأتي، خلال مؤتمر صحفي بالعاصمة التونسية اليوم، أنه من المتوقع استكمال اتفاقية القرض البالغة قيمته 1.78 مليار دولار خلال شهر مايو المقبل، وهو قرض يرمي إلى الحفاظ على التوازنات الكبرى لتونس إذا طرأت اضطرابات خارجية، وإلى تطوير مقاربة تنموية متينة ومعالجة هشاشة القطاع البنكي.
ورأى المسؤول الدولي أن الإصلاحات التي أقرتها الحكومة التونسية تسير في الطريق الصحيح، مشدداً على أن دور الصندوق لا يتمثل في فرض إصلاحات اقتصادية على أي بلد، بل في مساندته لتنفيذ إصلاحاته.
""", [
    ev("mati-press-conference", "أعلن صندوق النقد الدولي اليوم الثلاثاء أن المفاوضات", PRESSER, "'اليوم الثلاثاء' = Tue 16 Apr 2013; the IMF spoke through Amine Mati at the press conference in Tunis ('خلال مؤتمر صحفي بالعاصمة التونسية اليوم')"),
    ev("board-approval", "من المتوقع استكمال اتفاقية القرض البالغة قيمته 1.78 مليار دولار خلال شهر مايو المقبل", BOARD, "'خلال شهر مايو المقبل' was the plan; the board approved the SBA on Fri 7 Jun 2013 (outside knowledge)"),
])
art(S, "https://sa.investing.com/news/commodities-news/barril-do-brent-fecha-em-alta-de-233-167448",
    "2013-04-20", "dateline 'واشنطن، 20 أبريل/نيسان (إفي):' (kept; 20 Apr 2013 was a Saturday); the trailing '(إفي)' dropped; headline written from the body (the stored text has none; the URL slug belongs to another item)", True, """
صندوق النقد الدولي يتوصل إلى اتفاق مبدئي لإقراض تونس 1.75 مليار دولار
واشنطن، 20 أبريل/نيسان (إفي): أعلن صندوق النقد الدولي أنه توصل إلى اتفاق مبدئي مع تونس لمنحها قرضاً بقيمة 1.75 مليار دولار.
وأوضح الصندوق في بيان الجمعة أن الاتفاق، الذي ينتظر مصادقة مجلس إدارته، سيكون ساري المفعول لسنتين.
وقالت مديرة الصندوق كريستين لاجارد إن الاتفاق "سيدعم البرنامج الاقتصادي للسلطات التونسية الرامي إلى صون الاستقرار الميزاني والخارجي وتشجيع نمو أقوى ومعالجة مواطن الضعف الحرجة في القطاع المصرفي".
وأضافت أنه "سيساعد السلطات التونسية على تطبيق برنامج الإصلاحات لتحفيز الاستثمار الخاص وخلق فرص عمل دائمة وتقليص الفوارق الاقتصادية والاجتماعية بين الولايات وتعزيز السياسات الاجتماعية لحماية الفئات الأكثر هشاشة".
ويمر الاقتصاد التونسي بمرحلة صعبة في ظل تعثر مسار الانتقال السياسي وعدم تحديد موعد لصدور الدستور الجديد وتزايد الانفلات الأمني وانتشار السلاح.
وأدى عدم الاستقرار، إلى جانب الأزمة الاقتصادية في دول منطقة اليورو، الشريك الرئيسي لتونس، إلى تراجع النشاط السياحي والاستثمارات الأجنبية في هذا البلد العربي.
""", [
    ev("staff-level-agreement", "أعلن صندوق النقد الدولي أنه توصل إلى اتفاق مبدئي مع تونس", SLA, "no own expression in the clause; announced 'في بيان الجمعة' (next sentence), before the dateline of Sat 20 Apr = Fri 19 Apr 2013"),
    ev("board-approval", "الذي ينتظر مصادقة مجلس إدارته", BOARD, "no own expression; the approval by the board on Fri 7 Jun 2013 (outside knowledge)"),
    ev("lagarde-statement", "وقالت مديرة الصندوق كريستين لاجارد إن الاتفاق", SLA, "no own expression; Lagarde's statement in the IMF release of Fri 19 Apr 2013"),
])

# ---------------------------------------------------------------- jordan-imf-eff-second-review-2021
S = "jordan-imf-eff-second-review-2021"
BOARD2 = "2021-07-01"                      # the board completed the second review (and the augmentation) on Thu 1 Jul 2021
RELEASE = ("2021-07-01", "2021-07-03")     # the IMF's release, late on Thu 1 Jul in Washington (Fri 2 Jul in Amman)
SINCE2020 = ("2020-01-01", "2021-07-02")   # the disbursements 'since the start of 2020', up to the new tranche
RFI = ("2020-05-01", "2020-06-01")         # the Rapid Financing Instrument of May 2020
art(S, "https://arabbanks.net/amp/2021/07/02/200-%d9%85%d9%84%d9%8a%d9%88%d9%86-%d8%af%d9%88%d9%84%d8%a7%d8%b1-%d8%aa%d9%85%d9%88%d9%8a%d9%84-%d8%a5%d8%b6%d8%a7%d9%81%d9%8a-%d9%85%d9%86-%d8%a7%d9%84%d9%86%d9%82%d8%af-%d8%a7%d9%84%d8%af%d9%88",
    "2021-07-02", "date in the URL '/2021/07/02/' (2 Jul 2021 was a Friday); the body's 'أمس الخميس' agrees with the board's decision of Thu 1 Jul 2021; the source tag 'بنوك عربية' dropped; headline rendered from the URL slug", True, """
200 مليون دولار تمويل إضافي من صندوق النقد الدولي للأردن
أعلن صندوق النقد الدولي أن مجلسه التنفيذي وافق على رفع التمويل المتاح للأردن في إطار تسهيل الصندوق الممدد بمقدار 200 مليون دولار أمريكي، عقب مراجعة ثانية لبرنامج التمويل.
وأوضح الصندوق أن إتمام المراجعة الثانية ضمن التسهيل سيتيح للأردن الحصول فوراً على 206 ملايين دولار أمريكي، ليبلغ مجموع المدفوعات نحو 900 مليون دولار أمريكي منذ بداية العام المنقضي.
وكانت وزارة المالية الأردنية قد أعلنت أمس الخميس أن مجلس إدارة صندوق النقد الدولي أنهى بنجاح المراجعة الثانية للأردن ضمن برنامج التمويل الممتد، بعد أن حققت المملكة جميع الأهداف المالية العامة.
وذكرت الوزارة في بيان صحافي أمس الخميس أن المجلس التنفيذي للصندوق صادق على المراجعة الثانية لبرنامج "تسهيل الصندوق الممتد" في الأردن، مبينة أن هذه الموافقة تدل على الثقة بزخم الإصلاح في الأردن وباستقراره المالي، بعدما أبقت وكالات "ستاندرد آند بورز" و"فيتش" و"موديز" مؤخرا على التصنيفات الائتمانية السيادية للأردن.
""", [
    ev("augmentation-200m", "وافق على رفع التمويل المتاح للأردن في إطار تسهيل الصندوق الممدد بمقدار 200 مليون دولار", BOARD2, "no own expression; approved with the second review by the board on Thu 1 Jul 2021 ('أمس الخميس' for the ministry's announcement)"),
    ev("disbursements-since-2020", "ليبلغ مجموع المدفوعات نحو 900 مليون دولار أمريكي منذ بداية العام المنقضي", SINCE2020[0], "'منذ بداية العام المنقضي' from July 2021 = since the start of 2020, up to the new tranche of 1-2 Jul 2021 (my span)", end=SINCE2020[1]),
    ev("mof-statement", "وكانت وزارة المالية الأردنية قد أعلنت أمس الخميس", BOARD2, "'أمس الخميس' from Fri 2 Jul = Thu 1 Jul 2021"),
    ev("board-second-review", "أن مجلس إدارة صندوق النقد الدولي أنهى بنجاح المراجعة الثانية للأردن", BOARD2, "reported by the ministry 'أمس الخميس' = the board meeting of Thu 1 Jul 2021"),
])
art(S, "https://alqubbahnews.com/article/232382",
    "2021-07-02", "no date line on the stored page (its footer '© 2023' is the site's); the body's 'اليوم الجمعة' for the IMF's announcement, made late on Thu 1 Jul 2021 in Washington (arabbanks 2021/07/02: 'أمس الخميس'), gives Fri 2 Jul 2021; the source tags 'القبة نيوز-' and '--(بترا)', the share buttons and the footer dropped; headline kept from the page", True, """
صندوق النقد يوافق على صرف شريحة قرض للأردن بقيمة 206 ملايين دولار
أعلن صندوق النقد الدولي، اليوم الجمعة، أن مجلسه التنفيذي وافق على صرف شريحة قرض للأردن قيمتها 206 ملايين دولار، لمساعدة المملكة على التعامل مع تداعيات جائحة كوفيد-19 ومع الأعباء الناتجة عن استضافتها أكثر من 1,3 مليون لاجئ سوري، وفق واشنطن بوست.
وجاء في بيان الصندوق أن "المجلس التنفيذي صادق على زيادة الموارد المتاحة في إطار اتفاق الاستفادة من تسهيل الصندوق الممدد بنحو 206 ملايين دولار أميركي".
وتابع: "سيكون تعزيز دعم المانحين عاملاً أساسياً في مساعدة الأردن على مواجهة أثر الجائحة على الشعب الأردني وعلى استضافة 1,3 مليون لاجئ سوري".
وأشار البيان إلى أن مجموع ما صرفه الصندوق للأردن منذ بداية عام 2020 يبلغ بهذه الشريحة الجديدة "حوالي 900 مليون دولار"، ومن ذلك مساعدة طارئة قيمتها 396 مليون دولار حصل عليها الأردن في أيار/مايو 2020 بموجب "أداة التمويل السريع".
""", [
    ev("imf-press-release", "أعلن صندوق النقد الدولي، اليوم الجمعة", RELEASE[0], "'اليوم الجمعة' = Fri 2 Jul 2021 in Amman; the release came late on Thu 1 Jul in Washington (lebanoneconomy: 'في وقت متأخر مساء الخميس'), my span 1-2 Jul", end=RELEASE[1]),
    ev("board-second-review", "أن مجلسه التنفيذي وافق على صرف شريحة قرض للأردن", BOARD2, "no own expression; the board's decision of Thu 1 Jul 2021 (arabbanks: 'أمس الخميس')"),
    ev("disbursements-since-2020", "أن مجموع ما صرفه الصندوق للأردن منذ بداية عام 2020", SINCE2020[0], "'منذ بداية عام 2020' up to the new tranche of 1-2 Jul 2021 (my span)", end=SINCE2020[1]),
    ev("rfi-may-2020", "حصل عليها الأردن في أيار/مايو 2020", RFI[0], "'في أيار/مايو 2020' = May 2020 (month only)", end=RFI[1]),
])
art(S, "https://alshareet.net/amp/article/32782",
    "2021-07-03", "no date on the stored page; the body's 'في بيان أمس الأول' for the IMF's release of Thu 1 Jul 2021 (arabbanks 2021/07/02: the board's decision 'أمس الخميس') gives Sat 3 Jul 2021; the source tag kept as 'عمان - وكالات الأنباء:'; the last, truncated sentence ('ويرى «صندوق النقد الدولي» أن «استمرار التقدم') dropped; headline kept from the page; no date of its own in the text", False, """
206 ملايين دولار من صندوق النقد الدولي للأردن
عمان - وكالات الأنباء: وافق صندوق النقد الدولي على منح الأردن تمويلاً فورياً قيمته 206 ملايين دولار، يمثل شريحة من قرض ممتد بقيمة 1.3 مليار دولار يُصرف على 4 سنوات.
وذكر الصندوق في بيان أمس الأول أن «موافقة مجلسه التنفيذي على الشريحة الجديدة من القرض للأردن أتت بعدما استكمل فريق من الصندوق المراجعة الثانية لبرنامج إصلاح تنفذه المملكة بالاتفاق معه». وبيّن في البيان أنه «باستكمال المراجعة الثانية ستصبح 206 ملايين دولار متاحة للأردن على الفور». وبهذه الشريحة يرتفع مجموع مدفوعات الصندوق للأردن منذ بداية عام 2020 إلى 900 مليون دولار.
وتتضمن هذه المدفوعات 400 مليون دولار صُرفت في مايو/أيار 2020 بموجب «أداة التمويل السريع»، بحسب الصندوق.
وفي 25 مارس/آذار 2020، أقر الصندوق قرضاً ممتداً للأردن بقيمة 1.3 مليار دولار، مقسماً على شرائح تُصرف على مدى 4 سنوات.
ويساوي مجموع القرض 270 في المئة من حصة الأردن في صندوق النقد الدولي.
وقال الصندوق إن «الدعم المالي الذي يقدمه للأردن يساعده على مواجهة التحديات وتقوية ميزان المدفوعات وحفز الدعم من شركاء آخرين، إذ سيمكّن المملكة من معالجة الأثر الاقتصادي والاجتماعي لفيروس كورونا».
""", [
    ev("imf-press-release", "وذكر الصندوق في بيان أمس الأول", RELEASE[0], "'أمس الأول' from Sat 3 Jul = Thu 1 Jul 2021 (late evening in Washington, Fri 2 Jul in Amman; my span 1-2 Jul)", end=RELEASE[1]),
    ev("board-second-review", "موافقة مجلسه التنفيذي على الشريحة الجديدة من القرض للأردن", BOARD2, "no own expression; the board's decision of Thu 1 Jul 2021"),
    ev("disbursements-since-2020", "يرتفع مجموع مدفوعات الصندوق للأردن منذ بداية عام 2020", SINCE2020[0], "'منذ بداية عام 2020' up to the new tranche of 1-2 Jul 2021 (my span)", end=SINCE2020[1]),
    ev("rfi-may-2020", "400 مليون دولار صُرفت في مايو/أيار 2020", RFI[0], "'في مايو/أيار 2020' = May 2020 (month only)", end=RFI[1]),
    ev("eff-approval-2020", "وفي 25 مارس/آذار 2020، أقر الصندوق قرضاً ممتداً للأردن", "2020-03-25", "'في 25 مارس/آذار 2020' = Wed 25 Mar 2020"),
])

# ---------------------------------------------------------------- egypt-imf-fifth-sixth-reviews-board-2026
S = "egypt-imf-fifth-sixth-reviews-board-2026"
MEETING = "2026-02-25"                     # the board meeting on Egypt's fifth and sixth reviews, Wed 25 Feb 2026
KOZACK = "2026-02-19"                      # Julie Kozack's regular briefing in Washington, Thu 19 Feb 2026
art(S, "https://ahaboriya.com/iqtisad/istithmar/23-19022026.html",
    "2026-02-19", "the page's date line 'الخميس (19.02.2026)' (kept as second line; 19 Feb 2026 was a Thursday), the URL's '19022026' agrees; the page's headline and its two sub-headings joined into one reworded headline ('... يصرف 2.3 مليار دولار لمصر' before the date); the inner sub-heading 'تفاصيل المبالغ المقررة' and the last, truncated paragraph ('أهمية المراجعة لمصر ...') dropped", True, """
صندوق النقد الدولي يتجه لصرف 2.3 مليار دولار لمصر عقب اجتماع مجلس إدارته
الخميس (19.02.2026)
أكد صندوق النقد الدولي أن مجلس إدارته سيجتمع وفق المقرر في 25 فبراير الجاري لمراجعة برنامج التسهيل الممدد الخاص بمصر، وهي خطوة قد تمهد لصرف دفعة مالية يبلغ إجماليها 2.3 مليار دولار.
وذكرت جولي كوزاك، المتحدثة باسم الصندوق، في إفادة دورية بواشنطن، أن هذه الخطوة تندرج ضمن المراجعات الدورية لبرنامج التعاون مع مصر، وأن الغاية منها دعم مساعي القاهرة لترسيخ الاستقرار الاقتصادي وتطبيق الإصلاحات المتفق عليها.
وبيّنت كوزاك أن المدفوعات ستضم قرابة ملياري دولار من برنامج التسهيل الممدد، علاوة على 300 مليون دولار من برنامج منفصل يرتبط بالتسهيل ذاته، بما يعكس التزام الصندوق بمواصلة مساندة مصر في مسار الإصلاح.
ويندرج ذلك في سياق تعزيز التعاون المالي بين الطرفين، إذ يواصل الصندوق متابعة تطبيق مصر لبرنامج الإصلاح الاقتصادي الذي يتضمن إجراءات في السياستين النقدية والمالية إلى جانب دعم النمو المستدام.
""", [
    ev("board-meeting", "سيجتمع وفق المقرر في 25 فبراير الجاري", MEETING, "'في 25 فبراير الجاري' = Wed 25 Feb 2026"),
    ev("kozack-briefing", "في إفادة دورية بواشنطن", KOZACK, "no own expression; the IMF's regular Thursday briefing reported on Thu 19 Feb 2026 (the date line), i.e. that day"),
])
art(S, "https://www.xtb.com/ar/market-analysis/sndok-lnkd-ldoly-ydrs-srf-2-3-mly-r-dol-r-lmsr-dmn-brn-mg-ltshyl-lmmdd",
    "2026-02-20", "page stamp 'date 2026-02-20' (not part of the text; 20 Feb 2026 was a Friday); the body's 'في 25 فبراير الجاري' agrees; headline rendered from the URL slug; the last, truncated words ('ما يعكس عمق الشر') dropped; no date of its own in the text", False, """
صندوق النقد الدولي يدرس صرف 2.3 مليار دولار لمصر ضمن برنامج التسهيل الممدد
يعتزم صندوق النقد الدولي عقد اجتماع لمجلس إدارته في 25 فبراير الجاري لبحث المراجعات المتعلقة ببرنامج التسهيل الممدد المخصص لمصر، في خطوة قد تفتح الطريق لصرف شريحة تمويلية جديدة يصل مجموعها إلى 2.3 مليار دولار.
وأوضحت جولي كوزاك، المتحدثة باسم الصندوق، خلال إفادة صحفية دورية في واشنطن، أن الاجتماع المرتقب سيبحث نتائج المراجعات الجارية للبرنامج، وأن إقرارها سيسمح بالإفراج عن تمويلات تضم نحو ملياري دولار ضمن برنامج التسهيل الممدد، وقرابة 300 مليون دولار من برنامج منفصل مرتبط بالإطار نفسه.
ويندرج هذا التحرك في إطار التعاون المتواصل بين مصر وصندوق النقد الدولي، في ظل سعي الحكومة المصرية إلى تعزيز الاستقرار المالي ومساندة الإصلاحات الهيكلية الهادفة إلى رفع معدلات النمو وتحسين مناخ الاستثمار. ويعد برنامج التسهيل الممدد من الأدوات التمويلية التي يتيحها الصندوق للدول الأعضاء لمساعدتها على تنفيذ إصلاحات اقتصادية متوسطة الأجل، لا سيما في ضبط أوضاع المالية العامة وتعزيز مرونة سعر الصرف ودعم استدامة الدين.
ومنذ عام 2016، تلقت مصر نحو 28 مليار دولار من الدعم والتمويل عبر برامج تعاون عدة مع الصندوق.
""", [
    ev("board-meeting", "عقد اجتماع لمجلس إدارته في 25 فبراير الجاري", MEETING, "'في 25 فبراير الجاري' = Wed 25 Feb 2026"),
    ev("kozack-briefing", "خلال إفادة صحفية دورية في واشنطن", KOZACK, "no own expression; the briefing of Thu 19 Feb 2026 (ahaboriya's date line), the day before this page"),
    ev("imf-support-since-2016", "ومنذ عام 2016، تلقت مصر نحو 28 مليار دولار", "2016-11-11", "'منذ عام 2016' = since the first EFF approval of Fri 11 Nov 2016 up to this page (my span)", end="2026-02-21"),
])
art(S, "https://www.masrawy.com/news/news_economy/details/2026/2/24/2947900/%D8%BA%D8%AF%D8%A7-%D8%B5%D9%86%D8%AF%D9%88%D9%82-%D8%A7%D9%84%D9%86%D9%82%D8%AF-%D9%8A%D9%82%D8%B1-%D8%B5%D8%B1%D9%81-2-3-%D9%85%D9%84%D9%8A%D8%A7%D8%B1-%D8%AF%D9%88%D9%84%D8%A7%D8%B1-%D9%84%D9%85%D8%B5%D8%B1-%D9%85%D8%B9-%D8%A7%D8%B9%D8%AA%D9%85%D8%A7%D8%AF-%D8%A7%D9%84%D9%85%D8%B1%D8%A7%D8%AC%D8%B9%D8%A9-%D8%A7%D9%84%D9%80-5-%D9%886",
    "2026-02-24", "page time stamp '03:40 م 24/02/2026 تعديل في 03:46 م' (kept as second line; 24 Feb 2026 was a Tuesday), date in the URL '/2026/2/24/'; the body's 'غدا الأربعاء' agrees; the byline 'كتب : منال المصري', the photo caption and the 'إعلان' tag dropped; headline kept from the page ('الـ 5 و6' written out); the last sentence, cut in the stored page after 'من المجلس', ends with 'التنفيذي'", True, """
غدا.. صندوق النقد يقر صرف 2.3 مليار دولار لمصر مع اعتماد المراجعتين الخامسة والسادسة
03:40 م 24/02/2026 تعديل في 03:46 م
يعقد المجلس التنفيذي لصندوق النقد الدولي غدا الأربعاء اجتماعاً لإقرار الموافقة النهائية على المراجعتين الخامسة والسادسة وعلى المراجعة الأولى لقرض الاستدامة، بحسب بيانات منشورة على موقعه الإلكتروني.
وتعني موافقة الصندوق السماح لمصر بتسلم 2.3 مليار دولار، منها ملياري دولار مع اعتماد المراجعتين الخامسة والسادسة لبرنامج الإصلاح الاقتصادي البالغة قيمته 8 مليارات دولار.
كما يشمل ذلك صرف 300 مليون دولار مع اعتماد الدفعة الأولى من قرض المرونة والاستدامة البالغ 1.3 مليار دولار.
ويعكس إدراج مصر على جدول اجتماع المجلس التنفيذي لصندوق النقد الدولي التزام الحكومة المصرية بجميع السياسات المطلوبة في برنامج الإصلاح الاقتصادي.
وكانت كريستالينا جورجييفا، المدير التنفيذي لصندوق النقد الدولي، قد قالت في وقت سابق إن مصر حققت تقدماً في برنامج الإصلاح الاقتصادي، معربة عن ثقتها في أن يعتمد المجلس التنفيذي صرف 2.3 مليار دولار لمصر.
وكانت بعثة صندوق النقد الدولي قد أقرت المراجعتين الخامسة والسادسة لمصر على مستوى الخبراء تمهيداً لإقرارهما من المجلس التنفيذي.
""", [
    ev("board-meeting", "يعقد المجلس التنفيذي لصندوق النقد الدولي غدا الأربعاء اجتماعاً", MEETING, "'غدا الأربعاء' from Tue 24 Feb = Wed 25 Feb 2026"),
    ev("georgieva-confidence", "قد قالت في وقت سابق إن مصر حققت تقدماً", "2026-02-03", "'في وقت سابق' = her remarks at the World Government Summit in Dubai (3-5 Feb 2026), reported on Wed 4 Feb 2026 (masrawy 2026/2/4, egypttelegraph 'اليوم الأربعاء'); my span 3-4 Feb", end="2026-02-05"),
    ev("staff-level-agreement", "قد أقرت المراجعتين الخامسة والسادسة لمصر على مستوى الخبراء", "2025-12-23", "no own expression; the IMF's statement on the staff-level agreement of Tue 23 Dec 2025 (masrawy 2025/12/23: 'في بيان له اليوم')"),
])

# ---------------------------------------------------------------- tunisia-imf-fifth-review-mission-2019
S = "tunisia-imf-fifth-review-mission-2019"
RAJHI = "2019-03-19"                       # Taoufik Rajhi tells Reuters of the mission, Tue 19 Mar 2019
MISSION = ("2019-03-27", "2019-04-10")     # the IMF mission announced for Wed 27 Mar - Tue 9 Apr 2019
WAGES = "2019-02-07"                       # the public-sector wage agreement with the UGTT, Thu 7 Feb 2019 (outside knowledge)
REVIEW5 = "2019-06-12"                     # the board completed the fifth review (tranche of about 247-255 million dollars), Wed 12 Jun 2019
art(S, "https://tunisie-telegraph.com/news-tunisie-%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1-%d8%aa%d9%88%d9%86%d8%b3/%d8%a8%d8%b9%d8%af-%d8%a7%d9%84%d8%aa%d8%b1%d9%81%d9%8a%d8%b9-%d9%81%d9%8a-%d8%a3%d8%ac%d9%88%d8%b1-%d8%a7%d9%84%d9%88%d8%b8%d9%8a%d9%81%d8%a9-%d8%a7%d9%84%d8%b9%d9%85%d9%88%d9%85%d9%8a%d8%a9-%d8%a8",
    "2019-03-19", "the body's 'اليوم الثلاثاء 19 مارس 2019' (kept; 19 Mar 2019 was a Tuesday); headline kept from the page", True, """
بعد شهرين من رفع أجور الوظيفة العمومية، صندوق النقد يزور تونس يوم 27 مارس لبحث قسط جديد من القرض
وأفاد الوزير لدى رئيس الحكومة المكلف بمتابعة الإصلاحات الكبرى، توفيق الراجحي، اليوم الثلاثاء 19 مارس 2019، بأن بعثة صندوق النقد الدولي ستبدأ زيارة إلى تونس من 27 مارس إلى 09 أفريل القادم.
وبيّن الوزير، وفق ما نقلته عنه وكالة رويترز للأنباء، أن الزيارة ستدوم أسبوعين وستخصص لمناقشات حول المراجعة الخامسة لبرنامج القرض المبرم مع تونس، من غير أن يقدم تفاصيل إضافية.
ويذكر أن الحكومة التونسية أقرت، إثر مفاوضات مع الاتحاد العام التونسي للشغل، زيادات في أجور الوظيفة العمومية، وهو قرار كان صندوق النقد قد دعا تونس العام الماضي إلى تفاديه لخفض عجز الميزانية.
""", [
    ev("rajhi-statement", "توفيق الراجحي، اليوم الثلاثاء 19 مارس 2019", RAJHI, "'اليوم الثلاثاء 19 مارس 2019' = Tue 19 Mar 2019"),
    ev("imf-mission", "ستبدأ زيارة إلى تونس من 27 مارس إلى 09 أفريل القادم", MISSION[0], "'من 27 مارس إلى 09 أفريل القادم' = Wed 27 Mar - Tue 9 Apr 2019", end=MISSION[1]),
    ev("fifth-review-tranche", "لبحث قسط جديد من القرض", REVIEW5, "no own expression; the tranche came with the board's completion of the fifth review on Wed 12 Jun 2019 (outside knowledge; nessma: 'اليوم الأربعاء 12 جوان 2019')"),
    ev("wage-increase", "زيادات في أجور الوظيفة العمومية", WAGES, "no own expression in the clause ('بعد شهرين' in the headline); the public-sector wage agreement with the UGTT of Thu 7 Feb 2019 (outside knowledge)"),
    ev("imf-warning-2018", "قد دعا تونس العام الماضي إلى تفاديه", "2018-01-01", "'العام الماضي' from 2019 = 2018 (year only)", end="2019-01-01"),
])
art(S, "https://acharaa.com/?p=406932",
    "2019-03-19", "the body's 'اليوم الثلاثاء 19 مارس 2019' (kept; 19 Mar 2019 was a Tuesday); the outlet tag 'الشارع المغاربي :' dropped; the misprint 'توفير الراجحي' written 'توفيق الراجحي'; headline written from the body (the stored text has none)", True, """
صندوق النقد يوفد بعثة إلى تونس يوم 27 مارس في إطار المراجعة الخامسة
يحل وفد من صندوق النقد الدولي بتونس يوم 27 مارس الجاري ضمن مراجعة خامسة تخص الموافقة على صرف قسط جديد من قرض الـ2.9 مليار دولار أو رفضه، بحسب ما أفاد به الوزير المكلف بالإصلاحات الكبرى توفيق الراجحي لوكالة "رويترز".
ونقلت الوكالة عن الراجحي قوله اليوم الثلاثاء 19 مارس 2019 إن مهمة وفد الصندوق ستمتد من يوم 27 مارس حتى يوم 9 أفريل القادم وستتناول المراجعة الخامسة للقرض.
وستواجه الحكومة امتحاناً عسيراً لإقناع صندوق النقد الدولي بوجاهة تخليها عن تعهد تجميد الأجور، بعدما أقرت زيادة في الوظيفة العمومية والقطاع العام منذ حوالي شهرين.
وتتزامن مهمة البعثة مع خطوات إيجابية تقول الحكومة إنها حققتها لا سيما على المستوى التشريعي، وإن أثرها ظهر في سحب تونس من قائمة سوداء كان الاتحاد الأوروبي قد صنفها ضمنها سابقا بين الدول الأكثر عرضة لمخاطر تبييض الأموال وتمويل الإرهاب.
""", [
    ev("imf-mission", "يحل وفد من صندوق النقد الدولي بتونس يوم 27 مارس الجاري", MISSION[0], "'يوم 27 مارس الجاري' = Wed 27 Mar 2019, the start of the mission to Tue 9 Apr", end=MISSION[1]),
    ev("fifth-review-tranche", "تخص الموافقة على صرف قسط جديد من قرض الـ2.9 مليار دولار", REVIEW5, "no own expression; the board's completion of the fifth review and the tranche, Wed 12 Jun 2019 (outside knowledge)"),
    ev("rajhi-statement", "ونقلت الوكالة عن الراجحي قوله اليوم الثلاثاء 19 مارس 2019", RAJHI, "'اليوم الثلاثاء 19 مارس 2019' = Tue 19 Mar 2019"),
    ev("wage-increase", "بعدما أقرت زيادة في الوظيفة العمومية والقطاع العام منذ حوالي شهرين", WAGES, "'منذ حوالي شهرين' before Tue 19 Mar; the wage agreement with the UGTT of Thu 7 Feb 2019 (outside knowledge)"),
])
art(S, "https://rm-fm.net/ar/%d8%ba%d8%af%d8%a7-%d9%85%d9%85%d8%ab%d9%84%d9%88%d9%86-%d8%b9%d9%86-%d8%b5%d9%86%d8%af%d9%88%d9%82-%d8%a7%d9%84%d9%86%d9%82%d8%af-%d8%a7%d9%84%d8%af%d9%88%d9%84%d9%8a-%d9%81%d9%8a-%d8%b2%d9%8a",
    "2019-03-26", "no date line on the stored page; the body's 'غدا الأربعاء 27 مارس' and 'جريدة الشروق في عددها الصادر اليوم الثلاثاء 26 مارس 2019' (kept; 26 Mar 2019 was a Tuesday) give Tue 26 Mar 2019; headline rendered from the URL slug", False, """
ممثلون عن صندوق النقد الدولي في زيارة إلى تونس غدا
تبدأ بعثة من صندوق النقد الدولي غدا الأربعاء 27 مارس زيارة إلى تونس تستمر على مدى أسبوعين، وسط تقلبات اقتصادية واجتماعية تمر بها البلاد، في وقت تواصل فيه تونس تطبيق جملة من التوصيات التي أقرها الصندوق منذ أكثر من عامين، ويتواصل صرف أقساط القرض الذي منحه لها.
ويُنتظر أن يشمل برنامج الزيارة، وفق ما أوردته جريدة الشروق في عددها الصادر اليوم الثلاثاء 26 مارس 2019، المراجعة الخامسة للقرض الذي منحه الصندوق لتونس بغرض استكمال صرف قسط قيمته 255 مليون دولار من قرض أسنده إلى تونس سنة 2016، فضلاً عن تحديد موقف الصندوق من قرار الحكومة رفع الأجور، في ظل أنباء عن تخوف الحكومة من رد فعل الصندوق على تعثر تنفيذ بعض الإصلاحات الاقتصادية والمالية.
""", [
    ev("imf-mission", "تبدأ بعثة من صندوق النقد الدولي غدا الأربعاء 27 مارس", MISSION[0], "'غدا الأربعاء 27 مارس' = Wed 27 Mar 2019, a visit 'على مدى أسبوعين' (to Tue 9 Apr)", end=MISSION[1]),
    ev("chourouk-report", "وفق ما أوردته جريدة الشروق في عددها الصادر اليوم الثلاثاء 26 مارس 2019", "2019-03-26", "'اليوم الثلاثاء 26 مارس 2019' = Tue 26 Mar 2019"),
    ev("fifth-review-tranche", "بغرض استكمال صرف قسط قيمته 255 مليون دولار", REVIEW5, "no own expression; the tranche of the fifth review, approved by the board on Wed 12 Jun 2019 (outside knowledge)"),
    ev("eff-2016", "من قرض أسنده إلى تونس سنة 2016", "2016-05-20", "'سنة 2016' = the EFF approved on Fri 20 May 2016 (libyaakhbar: 'في 20 مايو 2016')"),
    ev("wage-increase", "من قرار الحكومة رفع الأجور", WAGES, "no own expression; the wage agreement with the UGTT of Thu 7 Feb 2019 (outside knowledge)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 366
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

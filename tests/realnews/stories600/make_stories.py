"""Builds stories.jsonl: the 600-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: hunger strikes by prisoners or detainees: start,
hospitalisation, negotiations, end or death.
Stories: the end of Maher al-Akhras's 103-day hunger strike against administrative detention (Palestine,
November 2020); the suspension of the mass hunger strike in Jau prison (Bahrain, September 2023); the end of
the journalist Soulaimane Raissouni's 122-day hunger strike (Morocco, August 2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- palestine-akhras-hunger-strike-end-2020
S = "palestine-akhras-hunger-strike-end-2020"
ARREST = "2020-07-27"                      # arrested on Mon 27 Jul 2020 and began his hunger strike that day
ADMIN = ("2020-07-27", "2020-08-08")       # the four-month administrative detention order, in the days after the arrest (my span)
DAY100 = "2020-11-03"                      # the 100th day of the strike, Tue 3 Nov 2020
END = "2020-11-06"                         # the strike ended on Fri 6 Nov 2020 (Prisoners' Club statement that evening)
RELEASE = "2020-11-26"                     # the agreed release, Thu 26 Nov 2020
art(S, "https://www.masress.com/akhbarelyomgate/73152368",
    DAY100, "no date line on the stored page (an Akhbar al-Youm Gate report carried by masress); the body's explicit 'اليوم الثلاثاء 3 نوفمبر' for the 100th day of the strike (3 Nov 2020 was a Tuesday; the strike began on 27 Jul 2020, so 3 Nov was its 100th day); headline written from the body (the stored text has none); the 'اقرأ أيضًا' link dropped", True, """
زوجة الأسير ماهر الأخرس: حالته الصحية سيئة للغاية
قالت زوجة الأسير الفلسطيني ماهر الأخرس، الذي يخوض إضرابا عن الطعام، إن وضعه الصحي بات سيئا جدا.
وأتم الأسير ماهر الأخرس، اليوم الثلاثاء 3 نوفمبر، مائة يوم متواصلة من الإضراب عن الطعام، رفضا لاعتقاله الإداري من جانب سلطات الاحتلال الإسرائيلي.
وكان "الأخرس" قد اعتُقل في 27 يوليو الماضي، واقتيد بعد اعتقاله إلى معتقل "حوارة" حيث بدأ إضرابه المفتوح عن الطعام، ثم نُقل في وقت لاحق إلى سجن "عوفر" الإسرائيلي، قبل أن يُحوَّل إلى الاعتقال الإداري لمدة أربعة أشهر، وهو أمر ثبتته المحكمة الإسرائيلية لاحقا.
وأوضحت زوجة ماهر الأخرس، في حديث إلى "بوابة أخبار اليوم"، أن "حالته الصحية صعبة.. الألم يتزايد والوجع يتزايد.. ونوبات التشنج تتزايد".
وعن مواصلة أفراد العائلة إضرابهم عن الطعام تضامنا معه، بيّنت زوجة الأسير أن الغاية من اللقاء كانت أن يرى الأولاد والدهم، مضيفة: "الحمد لله تم هذا اللقاء".
وشددت على أنه ما زال صابرا وثابتا حتى الآن على الرغم من تفاقم وضعه الصحي.
""", [
    ev("strike-day-100", "مائة يوم متواصلة من الإضراب عن الطعام", DAY100, "'اليوم الثلاثاء 3 نوفمبر' = Tue 3 Nov 2020"),
    ev("akhras-arrest", "قد اعتُقل في 27 يوليو الماضي", ARREST, "'27 يوليو الماضي' from Nov 2020 = Mon 27 Jul 2020"),
    ev("strike-start", "حيث بدأ إضرابه المفتوح عن الطعام", ARREST, "no own expression; he began the strike on the day of his arrest, Mon 27 Jul 2020 (syrianpc: 'في اليوم الأول لاعتقال في 27 تموز')"),
    ev("admin-detention-order", "قبل أن يُحوَّل إلى الاعتقال الإداري لمدة أربعة أشهر", ADMIN[0], "no own expression; the four-month order ran from the arrest to the release of 26 Nov (almrfanews puts it in July); issued in the days after the arrest, my span 27 Jul - 7 Aug 2020", end=ADMIN[1]),
    ev("wife-statement", "في حديث إلى \"بوابة أخبار اليوم\"", DAY100, "no own expression; the wife's remarks in this report of Tue 3 Nov 2020"),
])
art(S, "https://almrfanews.com/2020/11/06/%d8%a7%d9%84%d8%a7%d8%b3%d9%8a%d8%b1-%d8%a7%d9%84%d9%81%d9%84%d8%b3%d8%b7%d9%8a%d9%86%d9%8a-%d9%85%d8%a7%d9%87%d8%b1-%d8%a7%d9%84%d8%a3%d8%ae%d8%b1%d8%b3-%d9%8a%d9%86%d8%aa%d8%b5%d8%b1-%d8%b9%d9%84",
    END, "date in the URL '/2020/11/06/' (a Friday); the body's 'اليوم الجمعة' for the end of the strike agrees; the outlet tag 'المرفأ.-', the view counter and 'قد يعجبك ايضا' dropped; headline kept from the page", True, """
الاسير الفلسطيني ماهر الأخرس ينتصر على السَجان وينهي إضرابا عن الطعام بعد 103 أيام
وضع الأسير ماهر الأخرس، اليوم الجمعة، حدا لإضرابه عن الطعام الذي بدأه قبل 103 أيام، بعد أن التزم الاحتلال بعدم تجديد اعتقاله الإداري وبإطلاق سراحه في 26 تشرين الثاني/ نوفمبر الحالي، بحسب بيان صدر عن نادي الأسير الفلسطيني.
ويرقد الأسير الأخرس في مستشفى "كابلان" الإسرائيلي، وهو ممتنع عن الطعام منذ اعتقاله في 27 تموز/ يوليو الماضي.
والأسير الأخرس (49 عاما) من بلدة سيلة الظهر في جنين، متزوج وأب لـ6 أبناء ويعمل في الزراعة، وهو أسير سابق اعتُقل مرات عدة منذ عام 1989، وأمضى نحو 4 سنوات متفرقة في سجون الاحتلال.
وكان الأسير الأخرس قد أعلن بدء إضراب مفتوح عن الطعام منذ تحويله إلى الاعتقال الإداري لمدة 4 أشهر في تموز/يوليو الماضي.
""", [
    ev("strike-end", "وضع الأسير ماهر الأخرس، اليوم الجمعة، حدا لإضرابه", END, "'اليوم الجمعة' = Fri 6 Nov 2020"),
    ev("prisoners-club-statement", "بحسب بيان صدر عن نادي الأسير الفلسطيني", END, "no own expression; the Prisoners' Club statement of Fri 6 Nov 2020 (syrianpc: 'مساء أمس الجمعة')"),
    ev("release-scheduled", "وبإطلاق سراحه في 26 تشرين الثاني/ نوفمبر الحالي", RELEASE, "'26 تشرين الثاني/ نوفمبر الحالي' = Thu 26 Nov 2020"),
    ev("strike-start", "وهو ممتنع عن الطعام منذ اعتقاله في 27 تموز/ يوليو الماضي", ARREST, "'27 تموز/ يوليو الماضي' = Mon 27 Jul 2020, the day of the arrest and of the start of the strike"),
    ev("first-arrest", "اعتُقل مرات عدة منذ عام 1989", "1989-01-01", "'منذ عام 1989' = his first arrest, in 1989 (the year only)", end="1990-01-01"),
    ev("admin-detention-order", "منذ تحويله إلى الاعتقال الإداري لمدة 4 أشهر", ADMIN[0], "'في تموز/يوليو الماضي'; issued in the days after the arrest of 27 Jul 2020, my span 27 Jul - 7 Aug 2020", end=ADMIN[1]),
])
art(S, "https://syrianpc.com/انتصار-عزيمة-الأسير-الفلسطيني-ماهر-ال",
    "2020-11-07", "no date on the stored page; the body's 'مساء أمس الجمعة' for the Prisoners' Club statement on the end of the strike, which was issued on Fri 6 Nov 2020 (almrfanews of 6 Nov: 'اليوم الجمعة'), gives Sat 7 Nov 2020 (7 Nov 2020 was a Saturday); the signature 'المركز الصحفي السوري' dropped; headline rendered from the (truncated) URL slug", False, """
انتصار عزيمة الأسير الفلسطيني ماهر الأخرس
وضع الأسير الفلسطيني «ماهر الأخرس» حدا لإضرابه عن الطعام الذي تجاوز مئة يوم، إثر اتفاق على إطلاق سراحه خلال الشهر الجاري.
وأفاد نادي الأسير الفلسطيني في بيان، مساء أمس الجمعة، بأن الأسير ماهر الأخرس قرر مساء أمس إنهاء إضرابه بعد 103 أيام من الامتناع عن الطعام.
وبيّن النادي أن القرار جاء بعد التزام قاطع من السلطات الإسرائيلية بالإفراج عن الأسير «ماهر الأخرس» يوم 26/11/2020، والتزام مؤكد بعدم تمديد اعتقاله الإداري، لافتا إلى أنه سيمضي المدة الباقية حتى الإفراج عنه في تلقي العلاج في مستشفى كابلان الإسرائيلي.
وانتشر على مواقع التواصل الاجتماعي مقطع مصوّر للقاء مؤثر جمع الأسير بابنته في 25 أكتوبر، حين كانت صحته متدهورة بسبب إضرابه عن الطعام.
يُذكر أن الأخرس، البالغ 49 عاما والمتحدر من بلدة سيلة الظهر في جنين، أعلن إضرابه في اليوم الأول لاعتقاله في 27 تموز الفائت، رفضا لاعتقاله، بعد اعتقالات سابقة أولها عام 1989، ثم عام 2004، وبعده عام 2009، وفي 2018.
""", [
    ev("prisoners-club-statement", "وأفاد نادي الأسير الفلسطيني في بيان، مساء أمس الجمعة", END, "'مساء أمس الجمعة' from Sat 7 Nov 2020 = Fri 6 Nov"),
    ev("strike-end", "قرر مساء أمس إنهاء إضرابه", END, "'مساء أمس' = the evening of Fri 6 Nov 2020"),
    ev("release-scheduled", "بالإفراج عن الأسير «ماهر الأخرس» يوم 26/11/2020", RELEASE, "'يوم 26/11/2020' = Thu 26 Nov 2020"),
    ev("daughter-meeting", "للقاء مؤثر جمع الأسير بابنته في 25 أكتوبر", "2020-10-25", "'في 25 أكتوبر' = Sun 25 Oct 2020 (the 91st day of the strike)"),
    ev("strike-start", "أعلن إضرابه في اليوم الأول لاعتقاله في 27 تموز الفائت", ARREST, "'في 27 تموز الفائت' = Mon 27 Jul 2020"),
    ev("first-arrest", "بعد اعتقالات سابقة أولها عام 1989", "1989-01-01", "'أولها عام 1989' = the year 1989 only", end="1990-01-01"),
])

# ---------------------------------------------------------------- bahrain-jau-prison-hunger-strike-suspended-2023
S = "bahrain-jau-prison-hunger-strike-suspended-2023"
START = "2023-08-07"                       # the mass hunger strike in Jau began on Mon 7 Aug 2023 (NIHR)
SUSP = "2023-09-11"                        # suspended on the night of Mon 11 Sep 2023 (BIRD), 'from 11 Sep' (NIHR)
ANNOUNCE = "2023-09-12"                    # activists / BIRD and the NIHR announced it on Tue 12 Sep 2023
art(S, "https://alwatannews.net/bahrain/article/1082292/%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A%D8%A9-%D9%84%D8%AD%D9%82%D9%88%D9%82-%D8%A7%D9%84%D8%A5%D9%86%D8%B3%D8%A7%D9%86-%D9%86%D8%B2%D9%84%D8%A7%D8%A1-%D8%AC%D9%88-%D8%A3%D9%86%D9%87%D9%88%D8%A7-%D8%A7%D9%84%D8%A5%D8%B6%D8%B1%D8%A7%D8%A8-%D8%B9%D9%86-%D8%A7%D9%84%D8%B7%D8%B9%D8%A7%D9%85",
    ANNOUNCE, "no date line on the stored page; the body's explicit 'اعتباراً من يوم أمس 11 سبتمبر 2023' gives Tue 12 Sep 2023 (11 Sep 2023 was a Monday); the template remnant '{{ article.' dropped; headline rendered from the URL slug", True, """
الوطنية لحقوق الإنسان: نزلاء جو أنهوا الإضراب عن الطعام
أفادت المؤسسة الوطنية لحقوق الإنسان بأن النزلاء المضربين عن الطعام في مركز الإصلاح والتأهيل في (جو) قرروا إنهاء إضرابهم اعتباراً من يوم أمس 11 سبتمبر 2023، عقب الشروع الفعلي في تطوير الخدمات التي تقدَّم لهم.
وبيّنت المؤسسة، إثر الزيارة الميدانية الثالثة التي أجراها وفدها إلى مركز الإصلاح والتأهيل واجتمع فيها بمسؤولي المركز وبعدد من النزلاء، أن المضربين عادوا إلى تناول وجباتهم، وأكدوا أن تطوير الخدمات وتحسينها بدأ فعلا، وأن بعضها يستلزم شيئا من الوقت أو تدخلا تشريعيا.
وأضافت أن عددا من النزلاء أبلغوا وفدها بأن ساعات الزيارة أعيد تنظيمها، وأن ساعات التشمس وعدد الأرقام المسموح بالاتصال بها زيدت. كما أبدى النزلاء ملاحظات تتعلق بتطوير الرعاية الصحية في المركز، دوّنها الوفد وسيرفعها إلى الجهات المعنية في المستشفيات الحكومية.
ولفتت المؤسسة الوطنية لحقوق الإنسان إلى أنها ستتابع باهتمام بالغ جميع الملفات المتصلة بحقوق النزلاء بعد انتهاء الإضراب عن الطعام، مؤكدة حرصها على دراسة كل الطلبات التي رفعها النزلاء بما يضمن تمتعهم بحقوقهم المكفولة في التشريعات الوطنية والمعايير الدولية ذات الصلة.
""", [
    ev("strike-end", "قرروا إنهاء إضرابهم اعتباراً من يوم أمس 11 سبتمبر 2023", SUSP, "'يوم أمس 11 سبتمبر 2023' = Mon 11 Sep 2023"),
    ev("nihr-statement", "أفادت المؤسسة الوطنية لحقوق الإنسان", ANNOUNCE, "no own expression; the NIHR statement of Tue 12 Sep 2023 (it says 'يوم أمس 11 سبتمبر')"),
    ev("nihr-third-visit", "إثر الزيارة الميدانية الثالثة", SUSP, "no own expression; the visit preceded the statement of Tue 12 Sep and found the strikers eating again, so on 11 or 12 Sep 2023 (my span)", end="2023-09-13"),
])
art(S, "https://gulfobserver.org/essay.php?cid=400&id=35060",
    "2023-09-13", "no date on the stored page; the body's 'وفق ما أعلنه نشطاء أمس الثلاثاء' for the activists' announcement of Tue 12 Sep 2023 (bh-mirror of 13 Sep: 'يوم أمس الثلاثاء'; the strike ended on the night of Mon 11 Sep, 36 days after 7 Aug) gives Wed 13 Sep 2023; the agency tag 'وكالات-' dropped; headline written from the body (the stored text has none); the truncated last sentence dropped", False, """
سجناء البحرين يعلّقون إضرابهم عن الطعام بعد 36 يوماً
أوقف مئات السجناء في البحرين مؤقتا إضرابا عن الطعام بدأوه قبل 36 يوماً، بعد أن تعهدت السلطات بمنحهم مزيدا من الحقوق، بحسب ما أعلنه ناشطون أمس الثلاثاء.
وكان ما لا يقل عن 800 سجين، ولا سيما في مركز الإصلاح والتأهيل المعروف بـ"سجن جو"، قد شرعوا في الإضراب عن الطعام مطلع أغسطس/ آب الماضي احتجاجا على ظروف احتجازهم، وفق الناشطين الذين أكدوا أن صحة بعض السجناء تدهورت جراء هذا الإضراب، الذي يُعد الأكبر من نوعه في تاريخ البلاد.
في المقابل، ذكرت السلطات أن عدد المضربين عن الطعام بلغ 121.
وطوال فترة الإضراب، عرفت مناطق في البحرين تحركات احتجاجية شبه يومية تضامنا مع السجناء، في مشاهد استعادت التظاهرات الواسعة التي عاشتها البلاد في العام 2011.
وأفاد معهد البحرين للحقوق والديمقراطية، ومقره بريطانيا، بأن السجناء علّقوا الإضراب ليل الاثنين، إثر اجتماع جمع ممثلين عنهم بمسؤولين في وزارة الداخلية وإدارة السجون.
وأبدى مسؤول في المعهد "ارتياحه لتعليق الإضراب الطويل عن الطعام بعد مخاوف جدية من تدهور صحة كثير من السجناء السياسيين".
وشدد على وجوب "أن تفي السلطات بتعهداتها وتسارع إلى تحسين ظروف السجن، بدلا من دفع السجناء إلى استئناف إضرابهم وتعريض حياتهم للخطر من أجل نيل حقوقهم الإنسانية الأساسية".
""", [
    ev("activists-announcement", "بحسب ما أعلنه ناشطون أمس الثلاثاء", ANNOUNCE, "'أمس الثلاثاء' from Wed 13 Sep 2023 = Tue 12 Sep"),
    ev("strike-start", "قد شرعوا في الإضراب عن الطعام مطلع أغسطس/ آب الماضي", START, "'مطلع أغسطس/ آب الماضي' = Mon 7 Aug 2023 (NIHR: 'منذ يوم الاثنين 7 أغسطس 2023'; 36 days before 11 Sep)"),
    ev("support-protests", "تحركات احتجاجية شبه يومية تضامنا مع السجناء", START, "'طوال فترة الإضراب' = 7 Aug - 11 Sep 2023 (my span)", end="2023-09-12"),
    ev("uprising-2011", "التظاهرات الواسعة التي عاشتها البلاد في العام 2011", "2011-01-01", "'في العام 2011' = the year 2011 only", end="2012-01-01"),
    ev("strike-end", "بأن السجناء علّقوا الإضراب ليل الاثنين", SUSP, "'ليل الاثنين' = the night of Mon 11 Sep 2023"),
    ev("bird-statement", "وأبدى مسؤول في المعهد", ANNOUNCE, "no own expression; BIRD's statement (Sayed Ahmed Alwadaei) reported with the announcement of Tue 12 Sep 2023"),
])
art(S, "http://bh-mirror.no-ip.org/news/63520.html",
    "2023-09-13", "page stamp '2023-09-13 - 11:11 ص' under the headline (removed, with the repeated photo caption and the tag 'مرآة البحرين (خاص):'); the body's 'يوم أمس الثلاثاء' agrees (13 Sep 2023 was a Wednesday); headline kept from the page; the truncated last sentence shortened", True, """
أسوشيتد برس: السجناء البحرينيون يعلقون إضرابهم الجماعي عن الطعام بعد 36 يومًا
أفاد ناشطون يوم أمس الثلاثاء بأن السجناء في البحرين علّقوا إضرابهم الجماعي عن الطعام بعد 36 يومًا، إثر تعهد السلطات الخليجية بتحسين أوضاعهم.
وشارك في الإضراب، الذي يعد الأكبر في تاريخ البحرين، ما لا يقل عن 800 سجين، بحسب الناشطين الذين أشاروا إلى أن صحة عدد من السجناء آخذة في التدهور. في المقابل، أعلنت السلطات البحرينية أن عدد السجناء المشاركين في الإضراب عن الطعام بلغ 121 سجينًا.
وقال سيد أحمد الوداعي، مدير المناصرة في معهد البحرين للحقوق والديمقراطية، في بيان، إن "تعليق الإضراب المطوّل عن الطعام أمر يبعث على الارتياح بعد مخاوف جدية من تدهور صحة كثير من السجناء السياسيين".
وتابع الوداعي أنه "على السلطات أن تفي بتعهدها وأن تتحرك بسرعة لتحسين ظروف السجون، بدلا من إرغام السجناء على استئناف إضرابهم والمجازفة بحياتهم لانتزاع حقوقهم الإنسانية الأساسية".
وينظم العشرات احتجاجات متفرقة بصورة شبه يومية دعمًا للسجناء.
""", [
    ev("activists-announcement", "أفاد ناشطون يوم أمس الثلاثاء", ANNOUNCE, "'يوم أمس الثلاثاء' from Wed 13 Sep 2023 = Tue 12 Sep"),
    ev("strike-end", "علّقوا إضرابهم الجماعي عن الطعام بعد 36 يومًا", SUSP, "no own expression; the suspension on the night of Mon 11 Sep 2023 (gulfobserver: 'ليل الاثنين'; 36 days after 7 Aug)"),
    ev("bird-statement", "وقال سيد أحمد الوداعي", ANNOUNCE, "no own expression; BIRD's statement reported on Tue 12 Sep 2023"),
    ev("support-protests", "احتجاجات متفرقة بصورة شبه يومية", START, "no own expression; the near-daily protests during the strike, 7 Aug - 11 Sep 2023 (my span)", end="2023-09-12"),
])

# ---------------------------------------------------------------- morocco-raissouni-hunger-strike-end-2021
S = "morocco-raissouni-hunger-strike-end-2021"
RSTART = "2021-04-08"                      # the strike began on Thu 8 Apr 2021
AGREE = "2021-08-04"                       # the defence announced his consent to stop on Wed 4 Aug 2021
MEET = "2021-08-03"                        # meeting with the prison director, Tue 3 Aug 2021
HOSP = "2021-08-07"                        # taken to Ibn Rochd hospital and ended the strike on Sat 7 Aug 2021
LAWYER = "2021-08-09"                      # lawyer Mohamed Messaoudi's account, Mon 9 Aug 2021
art(S, "https://www.aa.com.tr/ar/الدول-العربية/بعد-118-يوما-الصحفي-المغربي-الريسوني-يعلق-إضرابه-عن-الطعام/2324472",
    AGREE, "page date line '04.08.2021 - محدث : 05.08.2021' (removed, with the section labels, the sub-heading and the dateline 'الرباط/ عبد المجيد أمياي/ الأناضول'); 4 Aug 2021 was a Wednesday and the body's 'الأربعاء' agrees; headline kept from the page; the truncated end of the last sentence dropped", True, """
بعد 118 يوما.. الصحفي المغربي الريسوني يعلق إضرابه عن الطعام
أبدى الصحفي المغربي سليمان الريسوني، الأربعاء، موافقته على تعليق إضرابه عن الطعام المتواصل منذ 118 يوما، إثر نداءات وجهتها منظمات وطنية ودولية ومثقفون وصحفيون.
وأفادت هيئة الدفاع عن الريسوني في بيان بأنها تلقت منه "الموافقة على إيقاف إضرابه عن الطعام، في انتظار نقله للمستشفى قصد تلقي العلاج والمواكبة والرعاية الطبية اللازمة حتى يستعيد عافيته".
وكان الصحفي المغربي قد دخل، في 8 أبريل/ نيسان الماضي، في إضراب عن الطعام، رفضا لاستمرار توقيفه "احتياطيا" قبل أكثر من عام.
وأوضح البيان أن الريسوني قبل تعليق الإضراب "بعد التفاعل الإيجابي المبدئي الذي أبدته الجهات المختصة مع طلب نقله للمستشفى لتلقي العلاج والمواكبة الطبية لمساعدته على توقيف إضرابه عن الطعام".
والإثنين، نظم صحفيون ونشطاء وقفة احتجاجية أمام السجن الذي يُحتجز فيه الريسوني بمدينة الدار البيضاء، تضامنا معه ومطالبة بالسماح بنقله إلى المستشفى.
""", [
    ev("consent-to-end", "أبدى الصحفي المغربي سليمان الريسوني، الأربعاء، موافقته", AGREE, "'الأربعاء' = Wed 4 Aug 2021"),
    ev("defence-statement", "وأفادت هيئة الدفاع عن الريسوني في بيان", AGREE, "no own expression; the defence statement announcing his consent, Wed 4 Aug 2021"),
    ev("strike-start", "في 8 أبريل/ نيسان الماضي، في إضراب عن الطعام", RSTART, "'في 8 أبريل/ نيسان الماضي' = Thu 8 Apr 2021"),
    ev("raissouni-arrest", "رفضا لاستمرار توقيفه \"احتياطيا\" قبل أكثر من عام", "2020-05-22", "'قبل أكثر من عام' before April 2021; he was arrested in Casablanca on Fri 22 May 2020 (known date of the arrest, not in the text)"),
    ev("prison-sit-in", "نظم صحفيون ونشطاء وقفة احتجاجية أمام السجن", "2021-08-02", "'والإثنين' in a report of Wed 4 Aug 2021 = Mon 2 Aug"),
])
art(S, "https://almaghribtoday.net/335/090529-الصحفي-الريسوني-يوقف-إضرابه-عن-الطعام-ويتمسك-ببراءته",
    LAWYER, "no date on the stored page (only 'آخر تحديث GMT 21:45:44'); the body's 'اليوم الإثنين' with 'منذ أول أمس السبت' and 'صباح يوم السبت 7 غشت' (7 Aug 2021 was a Saturday) give Mon 9 Aug 2021 (alhakika24's date line: '9 أغسطس 2021'); the repeated headline, the outlet labels and the truncated last words dropped; headline kept from the page", False, """
الصحفي الريسوني يوقف إضرابه عن الطعام ويتمسك ببراءته
قرر الصحافي المعتقل سليمان الريسوني، الذي صدر بحقه حكم بالسجن النافذ خمس سنوات، وضع حد لإضرابه عن الطعام، بحسب ما أفاد به أحد محاميه اليوم الإثنين، في حين علقت زوجته على الخبر بعبارة: "سلامتك حبيبي".
وأوضح المحامي محمد مسعودي، عضو هيئة الدفاع عن الريسوني، أنه حاور موكله اليوم الإثنين من داخل السجن، فأخبره الريسوني بأنه أنهى إضرابه عن الطعام منذ أول أمس السبت، بعد 122 يوما من الإضراب، تلبية لنداء أسرته ودفاعه ومئات الشخصيات والهيئات الوطنية والدولية التي دعته إلى وقفه.
وبحسب المصدر نفسه، اتُّخذ قرار الريسوني كذلك بعد لقائه مدير السجن يوم الثلاثاء، عقب زيارة وفد للمجلس الوطني لحقوق الإنسان ضم البروفيسور رشيد بوطيب الذي عاين وضعه الصحي "المتدهور".
ونقل المحامي عن الريسوني قوله: "اتفقت مع مدير السجن على أن أُنقل إلى مستشفى ابن رشد صباح الأربعاء، وبقيت أنتظر تنفيذ الاتفاق وأنا ماض في إضرابي عن الطعام، في وضع صحي صعب بسبب الارتفاع الشديد للحمى، إلى غاية صباح يوم السبت 7 غشت، حين نُقلت إلى مستشفى ابن رشد وقضيت فيه يوما كاملا تحت الرعاية الطبية".
""", [
    ev("lawyer-announcement", "بحسب ما أفاد به أحد محاميه اليوم الإثنين", LAWYER, "'اليوم الإثنين' = Mon 9 Aug 2021"),
    ev("strike-end", "أنهى إضرابه عن الطعام منذ أول أمس السبت", HOSP, "'أول أمس السبت' from Mon 9 Aug 2021 = Sat 7 Aug"),
    ev("prison-director-meeting", "بعد لقائه مدير السجن يوم الثلاثاء", MEET, "'يوم الثلاثاء' = Tue 3 Aug 2021 (alhakika24: 'يوم الثلاثاء 2021/08/03')"),
    ev("planned-transfer", "على أن أُنقل إلى مستشفى ابن رشد صباح الأربعاء", AGREE, "'صباح الأربعاء' = Wed 4 Aug 2021 (the transfer agreed for that morning, not carried out)"),
    ev("hospital-transfer", "حين نُقلت إلى مستشفى ابن رشد", HOSP, "'صباح يوم السبت 7 غشت' = Sat 7 Aug 2021"),
    ev("five-year-sentence", "الذي صدر بحقه حكم بالسجن النافذ خمس سنوات", "2021-07-09", "no own expression; the Casablanca court sentenced him to five years on Fri 9 Jul 2021 (known date, not in the text)"),
])
art(S, "https://alhakika24.com/?p=38711",
    LAWYER, "page date line 'نجوى العلمي9 أغسطس 2021' under the headline (removed, with the byline 'حسن عمري (صحفي متدرب)'); 9 Aug 2021 was a Monday; headline kept from the page; the truncated last sentence ('وأ...') dropped", True, """
بعد 122 يوما… الريسوني يوقف إضرابه عن الطعام
أعلنت زوجة الصحفي سليمان الريسوني أن زوجها أوقف إضرابه عن الطعام، وهو ما أكده محاميه محمد المسعودي، عضو هيأة دفاع الصحافي الريسوني.
وذكر المسعودي أن موكله أنهى إضرابه عن الطعام تلبية لنداء أسرته ودفاعه ومئات الشخصيات والهيئات الوطنية والدولية التي ناشدته وقف الإضراب.
وأضاف المسعودي، في تدوينة جاءت على هيئة حوار مع سليمان الريسوني، أن هذا الأخير علّق الإضراب عن الطعام الذي دام 122 يوما، يوم السبت 2021/08/07، وذلك أيضا بعد لقائه مدير السجن يوم الثلاثاء 2021/08/03، الذي أعقب زيارة وفد CNDH (المجلس الوطني لحقوق الإنسان) وكان من بين أعضائه البروفيسور رشيد بوطيب الذي اطلع على وضعه الصحي.
وأشار الريسوني، وفق تدوينة المسعودي، إلى أنه اتفق مع مدير السجن على نقله إلى مستشفى ابن رشد الأربعاء الماضي، غير أنه بقي ينتظر تنفيذ هذا الاتفاق حتى صباح يوم السبت 2021/08/07، حين نُقل إلى مستشفى ابن رشد، فأمضى فيه يوما كاملا تحت الرعاية الطبية، برفقة طبيب السجن والطبيب المركزي بمندوبية السجون ومدير السجن، الذين لازموه طوال اليوم في المستشفى.
""", [
    ev("wife-announcement", "أعلنت زوجة الصحفي سليمان الريسوني", LAWYER, "no own expression; the wife's post of Mon 9 Aug 2021 (almaghribtoday: her comment on the news given 'اليوم الإثنين')"),
    ev("lawyer-announcement", "في تدوينة جاءت على هيئة حوار", LAWYER, "no own expression; Messaoudi's post of Mon 9 Aug 2021 (almaghribtoday: 'اليوم الإثنين')"),
    ev("strike-end", "علّق الإضراب عن الطعام الذي دام 122 يوما، يوم السبت 2021/08/07", HOSP, "'يوم السبت 2021/08/07' = Sat 7 Aug 2021"),
    ev("prison-director-meeting", "بعد لقائه مدير السجن يوم الثلاثاء 2021/08/03", MEET, "'يوم الثلاثاء 2021/08/03' = Tue 3 Aug 2021"),
    ev("planned-transfer", "على نقله إلى مستشفى ابن رشد الأربعاء الماضي", AGREE, "'الأربعاء الماضي' from Mon 9 Aug 2021 = Wed 4 Aug"),
    ev("hospital-transfer", "حين نُقل إلى مستشفى ابن رشد", HOSP, "'صباح يوم السبت 2021/08/07' = Sat 7 Aug 2021"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 601)
                            if i != 201 and i != 600
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

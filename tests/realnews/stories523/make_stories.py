"""Builds stories.jsonl: the 523-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: population censuses and official statistical releases
(census launched, carried out, extended, first results announced).
Stories: the launch of Egypt's 2027 census by the Supreme Census Committee (Egypt, February 2026); the basic
results of Iraq's 2024 census (Iraq, February 2025); the extension of the fieldwork of Mauritania's fifth
census (Mauritania, January 2024); the extension of Algeria's sixth census (Algeria, October 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-census-2027-launch-2026
S = "egypt-census-2027-launch-2026"
MEETING = "2026-02-02"                     # Madbouly chaired the Supreme Census Committee and launched the census, Mon 2 Feb 2026
CENSUS27 = ("2027-01-01", "2028-01-01")    # the census itself, planned for the year 2027 (year only)
art(S, "https://www.masrawy.com/news/news_egypt/details/2026/2/2/2936081/%D8%A7%D9%84%D8%B1%D9%82%D9%85-%D8%A7%D9%84%D9%82%D9%88%D9%85%D9%8A-%D8%A7%D9%84%D8%B9%D9%82%D8%A7%D8%B1%D9%8A-%D9%88%D8%A7%D9%84%D8%A5%D9%8A%D8%AC%D8%A7%D8%B1-%D8%A7%D9%84%D9%82%D8%AF%D9%8A%D9%85-%D8%A5%D8%B7%D9%84%D8%A7%D9%82-%D8%A7%D9%84%D8%AA%D8%B9%D8%AF%D8%A7%D8%AF-%D8%A7%D9%84%D8%B9%D8%A7%D9%85-%D9%84%D9%84%D8%B3%D9%83%D8%A7%D9%86-%D9%88%D8%A7%D9%84%D8%A5%D8%B3%D9%83%D8%A7%D9%86-%D9%88%D8%A7%D9%84%D9%85%D9%86%D8%B4%D8%A2%D8%AA-2027",
    "2026-02-02", "the stored page's date 2026-02-02 and the address's '/2026/2/2/' (Mon 2 Feb 2026), kept out of the text; the body's 'اليوم' for the meeting agrees (elfagr: 'صباح اليوم الاثنين 2 فبراير 2026'); headline rendered from the URL slug; the last, truncated sentence shortened", True, """
الرقم القومي العقاري والإيجار القديم.. إطلاق التعداد العام للسكان والإسكان والمنشآت 2027
عقد الدكتور مصطفى مدبولي، رئيس مجلس الوزراء، اليوم اجتماعا للجنة العليا للتعداد العام للسكان والإسكان والمنشآت لعام 2027 تحت رئاسته.
وأعلن مدبولي في بداية الاجتماع إطلاق التعداد العام للسكان والإسكان والمنشآت لعام 2027، مشددا على أن توقيته مهم بالنظر إلى أن بيانات التعداد تمثل قاعدة للتخطيط والتنمية المستدامة وإعداد الخطط المستقبلية، ولافتا إلى وجود منظومة جديدة للحصر والتقييم تواكب أدوات التطور التكنولوجي في هذا المجال.
من جانبها، بيّنت الدكتورة رانيا المشاط أن اللواء خيرت بركات قدّم في اجتماع سابق لمجلس الوزراء عرضا عن أهمية التعداد السكاني المقبل، وأن مصر من الدول التي تجري التعداد منذ سنوات عديدة، مؤكدة وجود تعاون بين الجهات المختلفة المعنية بهذا الملف.
وفي أثناء الاجتماع، استعرض اللواء خيرت بركات منهجية إجراء التعداد العام القادم وأهدافه وضوابط تنفيذه وأسسه، موضحا أن الجهاز المركزي للتعبئة العامة والإحصاء ينوي، تماشيا مع توجهات اللجنة الإحصائية للأمم المتحدة وتوصياتها الدولية، تنفيذ التعداد العام للسكان والإسكان والمنشآت 2027 وفق منهجية جديدة.
""", [
    ev("census-committee-meeting", "اليوم اجتماعا للجنة العليا", MEETING, "'اليوم' in a report of Mon 2 Feb 2026 (elfagr: 'صباح اليوم الاثنين 2 فبراير 2026')"),
    ev("census-launch-announced", "وأعلن مدبولي في بداية الاجتماع إطلاق التعداد", MEETING, "no own expression; announced at the opening of the meeting of Mon 2 Feb 2026"),
    ev("barakat-methodology", "استعرض اللواء خيرت بركات منهجية إجراء التعداد", MEETING, "no own expression; presented during the meeting of Mon 2 Feb 2026"),
    ev("census-2027", "تنفيذ التعداد العام للسكان والإسكان والمنشآت 2027 وفق منهجية جديدة", CENSUS27[0], "'2027' = the census year 2027 (the year only)", end=CENSUS27[1]),
])
art(S, "https://www.masress.com/elfagr/6277698",
    "2026-02-02", "no date line on the stored page (an elfagr report carried by masress); the body's 'صباح اليوم الاثنين 2 فبراير 2026' for the meeting gives Mon 2 Feb 2026 (2 Feb 2026 was a Monday; masrawy's page of 2 Feb reports the same meeting 'اليوم'); headline written from the body (the stored text has none); the list of attendees shortened (some names dropped) and the truncated end dropped", False, """
مدبولي يترأس اجتماع اللجنة العليا للتعداد العام 2027
رأس الدكتور مصطفى مدبولي، رئيس مجلس الوزراء، صباح اليوم الاثنين 2 فبراير 2026، اجتماعا للجنة العليا للتعداد العام للسكان والإسكان والمنشآت لعام 2027 في مقر الحكومة بالعاصمة الإدارية الجديدة، خُصص لبحث الخطط التحضيرية وتنسيق عمل الجهات المعنية كافة بما يكفل نجاح التعداد المقبل، الذي يعد خطوة أساسية في مسار التحول الرقمي وتوفير بيانات وطنية دقيقة.
وحضر الاجتماع عدد من الوزراء وكبار المسؤولين، في مقدمتهم الدكتور خالد عبد الغفار نائب رئيس الوزراء للتنمية البشرية ووزير الصحة والسكان، والفريق مهندس كامل الوزير نائب رئيس الوزراء للتنمية الصناعية ووزير النقل والصناعة، والدكتورة رانيا المشاط وزيرة التخطيط والتنمية الاقتصادية والتعاون الدولي، وأحمد كجوك وزير المالية، والدكتورة مايا مرسي وزيرة التضامن الاجتماعي، والمستشار عدنان فنجري وزير العدل، ومحمد عبد اللطيف وزير التربية والتعليم والتعليم الفني، واللواء خيرت بركات رئيس الجهاز المركزي للتعبئة العامة والإحصاء.
""", [
    ev("census-committee-meeting", "صباح اليوم الاثنين 2 فبراير 2026، اجتماعا للجنة العليا", MEETING, "'صباح اليوم الاثنين 2 فبراير 2026' = Mon 2 Feb 2026"),
    ev("preparatory-plans-discussed", "خُصص لبحث الخطط التحضيرية", MEETING, "no own expression; the subject of the meeting of Mon 2 Feb 2026"),
    ev("ministers-attend", "وحضر الاجتماع عدد من الوزراء وكبار المسؤولين", MEETING, "no own expression; the attendance at the meeting of Mon 2 Feb 2026"),
    ev("census-2027", "بما يكفل نجاح التعداد المقبل", CENSUS27[0], "no own expression here; the coming census is the census of 2027 ('لعام 2027'; the year only)", end=CENSUS27[1]),
])
art(S, "https://www.elbalad.news/6857566",
    "2026-02-03", "the stored page's date 2026-02-03 (Tue 3 Feb 2026), kept out of the text; the remarks follow the launch of Mon 2 Feb 2026 and were reported on Tue 3 Feb by other outlets too (dotalkhalij: 'الثلاثاء 3 فبراير 2026 01:27 مساءً'; masrawy '03/02/2026'); headline written from the body (the stored text has none)", True, """
متحدث الوزراء: هدف تعداد 2027 إنشاء قاعدة بيانات دقيقة وشاملة
شدد المستشار محمد الحمصاني، المتحدث باسم مجلس الوزراء، على أن الغاية الأساسية من إطلاق تعداد السكان لعام 2027 هي بناء قاعدة بيانات دقيقة وشاملة تستند إليها الدولة في وضع برامج التنمية وتنفيذها على المستوى القومي والوزاري والمحلي.
وبيّن الحمصاني، خلال مداخلة هاتفية على قناة "إكسترا نيوز"، أن بيانات التعداد السكاني ركيزة رئيسية لدعم مسيرة التنمية الشاملة، إذ تتيح للدولة التعرف على الأوضاع الفعلية للمواطنين على أرض الواقع، بما يعين على إعداد تقديرات صحيحة ووضع خطط مستقبلية أدق وأكفأ لمختلف القطاعات.
وأضاف المتحدث باسم مجلس الوزراء أن هذه الآلية تنسجم مع أحدث النظم المعمول بها في كثير من الدول المتقدمة، وتعبر عن توجه الدولة الاستراتيجي إلى الاعتماد على البيانات في اتخاذ القرار ودعم التحول الرقمي.
وأشار إلى أن مؤسسات الدولة كافة تعمل بصورة متكاملة خلال المرحلة الحالية لتوفير ما يلزم من دعم مالي وفني وأمني لإنجاح عملية تعداد السكان لعام 2027.
""", [
    ev("homsany-extra-news", "خلال مداخلة هاتفية على قناة", MEETING, "no own expression; the phone-in after the launch of Mon 2 Feb 2026, reported on Tue 3 Feb (dotalkhalij at 13:27 that day); my span Mon 2 - Tue 3 Feb 2026", end="2026-02-04"),
    ev("census-launch-announced", "من إطلاق تعداد السكان لعام 2027", MEETING, "no own expression; the launch announced by Madbouly on Mon 2 Feb 2026 (masrawy, elfagr)"),
    ev("census-2027", "لإنجاح عملية تعداد السكان لعام 2027", CENSUS27[0], "'لعام 2027' = the census year 2027 (the year only)", end=CENSUS27[1]),
])

# ---------------------------------------------------------------- iraq-census-2024-basic-results-2025
S = "iraq-census-2024-basic-results-2025"
EVE = "2025-02-23"                         # the ministry's statement of Sun 23 Feb 2025 announcing the results for the next day
RESULTS = "2025-02-24"                     # the basic results (46,118 thousand) announced at a press conference, Mon 24 Feb 2025
COUNT = ("2024-11-20", "2024-11-23")       # the count of Wed 20 - Fri 22 Nov 2024 (two days, extended by one)
PRELIM = "2024-11-25"                      # the preliminary results (45.4 million) announced by al-Sudani, Mon 25 Nov 2024
art(S, "https://alrray.org/?p=649414+",
    "2025-02-23", "no date on the stored page; the body's 'اليوم الاحد' for the ministry's statement and 'يوم غد الاثنين' with 'يوم 24 فبراير/ شباط الجاري' for the announcement give Sun 23 Feb 2025 (23 Feb 2025 was a Sunday; the results were announced on Mon 24 Feb: arabkhabar 'صباح ،اليوم الاثنين' with the date line 24 Feb 2025); the 'مقالات ذات صلة' link dropped; headline kept from the page", False, """
التخطيط: غداً إعلان النتائج الأساسية للتعداد السكاني
ذكرت وزارة التخطيط العراقية، اليوم الاحد، أنها ستكشف رسميا عن النتائج النهائية للتعداد العام للسكان يوم غد الاثنين.
وأفاد مصدر مسؤول في الوزارة بأن "وزارة التخطيط العراقية ستعلن يوم غد الاثنين بصورة رسمية النتائج النهائية للتعداد العام للسكان في مؤتمر صحفي يشارك فيه عدد من الوزراء والمسؤولين، إلى جانب ممثل الأمين العام للأمم المتحدة وسفراء وآخرين".
وكان العراق قد نفذ التعداد السكاني في نوفمبر/ تشرين الثاني 2024، وأُعلنت أرقام مبدئية تفيد بأن عدد سكانه بلغ 45.4 مليون نسمة، موزعين بالتساوي تقريبا بين الذكور والإناث.
وتأخر الإعلان عن النتائج النهائية للتعداد، إذ جرى تحديد يوم 24 فبراير/ شباط الجاري موعدا لإعلانها رسميا.
وعرف العراق تأجيلات متتالية لإجراء التعداد العام للسكان والمساكن، فقد كان مقررا في عام 2023، ثم أرجئ إلى أكتوبر/ تشرين الثاني 2024 بسبب ضيق الوقت وتأخر إقرار الموازنة الاتحادية.
وترجع هذه التأخيرات إلى عوامل عدة، أهمها تأخر إقرار الموازنة، وهو ما انعكس على التحضيرات الفنية واللوجستية اللازمة لإجراء التعداد في موعده.
""", [
    ev("ministry-eve-statement", "ذكرت وزارة التخطيط العراقية، اليوم الاحد", EVE, "'اليوم الاحد' = Sun 23 Feb 2025 (the day before 'يوم 24 فبراير/ شباط الجاري')"),
    ev("results-announcement", "أنها ستكشف رسميا عن النتائج النهائية", RESULTS, "'يوم غد الاثنين' from Sun 23 Feb 2025 = Mon 24 Feb; also 'يوم 24 فبراير/ شباط الجاري'"),
    ev("results-press-conference", "في مؤتمر صحفي يشارك فيه عدد من الوزراء", RESULTS, "'يوم غد الاثنين' = Mon 24 Feb 2025"),
    ev("census-count", "نفذ التعداد السكاني في نوفمبر/ تشرين الثاني 2024", COUNT[0], "'في نوفمبر/ تشرين الثاني 2024' = the count of Wed 20 - Fri 22 Nov 2024 (the month only in this text)", end=COUNT[1]),
    ev("preliminary-results", "وأُعلنت أرقام مبدئية تفيد بأن عدد سكانه بلغ 45.4 مليون", PRELIM, "no own expression; the preliminary results announced by al-Sudani on Mon 25 Nov 2024 (arabkhabar: 'أُعلنت في تشرين الثاني الماضي')"),
])
art(S, "https://www.arabkhabar.com/a/4244579",
    "2025-02-24", "the page's line 'تاريخ النشر: 24th, February 2025 GMT' and 'آخر تحديث: 24 فبراير 2025 - 10:43 ص' (Mon 24 Feb 2025), kept out of the text; the body's 'صباح ،اليوم الاثنين' agrees; a report of the Iraqi news network (شبكة أخبار العراق) carried by arabkhabar; the dateline 'بغداد/ شبكة أخبار العراق' dropped; the section heads folded into the sentences; headline kept from the page; the truncated Kurdistan figures dropped", True, """
وزارة التخطيط: عدد سكان العراق 46 مليوناً و118 ألف نسمة
كشفت وزارة التخطيط صباح اليوم الاثنين عن النتائج الأساسية للتعداد العام للسكان، وبيّنت أن عدد سكان العراق وصل إلى 46 مليوناً و118 ألف نسمة، في حين كانت النتائج الأولية التي أُعلنت في تشرين الثاني الماضي قد قدّرته بـ45 مليوناً و407 آلاف نسمة.
وبحسب البيئة، يعيش 70.17% من السكان في الحضر و29.83% في الريف على مستوى العراق، مقابل 84.57% في الحضر و15.43% في الريف في إقليم كردستان.
وعلى صعيد الفئات العمرية، يشكل من هم دون الخامسة من العمر 11.16% من السكان، ومن هم دون سن العمل (5-14) 24.74%، ومن هم في سن العمل (15-64) 60.44%، أما من بلغوا 65 سنة فأكثر فنسبتهم 3.66%.
وفي ما يخص الحالة الزوجية، أظهرت نتائج التعداد أن متوسط العمر عند الزواج الأول يبلغ 22.24 سنة، وهو 24.06 سنة لدى الذكور و20.7 سنة لدى الإناث.
وتتوزع الحالة الزوجية في العراق بين 41.6% للعزاب و54.01% للمتزوجين و1.28% للمطلقين و2.8% للأرامل و0.24% للمنفصلين.
""", [
    ev("results-announcement", "كشفت وزارة التخطيط صباح اليوم الاثنين عن النتائج الأساسية", RESULTS, "'صباح اليوم الاثنين' = Mon 24 Feb 2025"),
    ev("preliminary-results", "النتائج الأولية التي أُعلنت في تشرين الثاني الماضي", PRELIM, "'في تشرين الثاني الماضي' from Feb 2025 = November 2024; the preliminary results were announced by al-Sudani on Mon 25 Nov 2024"),
])
art(S, "https://aawsat.com/%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A/%D8%A7%D9%84%D9%85%D8%B4%D8%B1%D9%82-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A/5115518-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D9%8A%D8%B9%D9%84%D9%86-%D9%86%D8%AA%D8%A7%D8%A6%D8%AC-%D8%A7%D9%84%D8%AA%D8%B9%D8%AF%D8%A7%D8%AF-%D8%A7%D9%84%D8%B3%D9%83%D8%A7%D9%86%D9%8A-46-%D9%85%D9%84%D9%8A%D9%88%D9%86-%D9%86%D8%B3%D9%85%D8%A9",
    "2025-02-24", "no date on the stored page; the body's 'اليوم الاثنين' for Tamim's press conference on the basic results (46 million and 118 thousand), which was held on Mon 24 Feb 2025 (arabkhabar, date line 24 Feb 2025: 'صباح ،اليوم الاثنين'; alrray of Sun 23: 'يوم غد الاثنين'), gives Mon 24 Feb 2025; the photo captions and the repeated headline dropped; headline and sub-heading kept from the page; the last, truncated quotation closed", False, """
العراق يعلن نتائج التعداد السكاني: 46 مليون نسمة
الأمم المتحدة أكدت دعمها لخطط بغداد التنموية... وإقليم كردستان رآها خطوة مهمة لتخطي تحديات الماضي
كشفت وزارة التخطيط العراقية أن سكان البلاد بلغوا 46 مليوناً و118 ألف نسمة، استنادا إلى نتائج التعداد السكاني الإلكتروني الذي أُجري مؤخراً.
وصرح وزير التخطيط العراقي محمد تميم، اليوم الاثنين، بأن العراق تمكن من إتمام أول تعداد سكاني إلكتروني بعد أربعة عقود، معتبرا أن هذه الخطوة نقلة نوعية على طريق التنمية المستدامة والتوزيع العادل للموارد.
وبيّن تميم، في مؤتمر صحافي خُصص لإعلان النتائج العامة للتعداد، أن «هذا التعداد الإلكتروني هو الأول من نوعه منذ نحو أربعة عقود».
""", [
    ev("results-announcement", "كشفت وزارة التخطيط العراقية أن سكان البلاد بلغوا", RESULTS, "no own expression; the announcement of Mon 24 Feb 2025 ('اليوم الاثنين' in the next sentence)"),
    ev("census-count", "التعداد السكاني الإلكتروني الذي أُجري مؤخراً", COUNT[0], "'مؤخراً' = the count of Wed 20 - Fri 22 Nov 2024 (alrray: 'في نوفمبر/ تشرين الثاني 2024')", end=COUNT[1]),
    ev("results-press-conference", "في مؤتمر صحافي خُصص لإعلان النتائج العامة", RESULTS, "'اليوم الاثنين' = Mon 24 Feb 2025"),
])

# ---------------------------------------------------------------- mauritania-census-2023-extension-2024
S = "mauritania-census-2023-extension-2024"
START = "2023-12-25"                       # the data collection of the fifth census began on Mon 25 Dec 2023
PLANNED_END = "2024-01-09"                 # it was to end on Tue 9 Jan 2024
EXTENSION = "2024-01-09"                   # the extension decided and sent to the governors, reported at 10:27 on Tue 9 Jan 2024
EXTENDED = ("2024-01-10", "2024-01-16")    # the extra week of fieldwork, Wed 10 - Mon 15 Jan 2024
art(S, "https://elhadeth.mr/node/26772",
    "2024-01-09", "the page's date line '9. يناير 2024 - 10:27' under the headline (Tue 9 Jan 2024), kept out of the text; the 'تابعونا' line dropped; headline kept from the page", True, """
السلطات تمدد الأعمال الميدانية للتعداد العام للسكان والمساكن
أصدرت وزارة الشؤون الاقتصادية والتنمية المستدامة قرارا يقضي بتمديد الأعمال الميدانية للتعداد العام للسكان والمساكن إلى غاية 15 يناير 2024.
وجاء في رسالة دورية وجهتها الوزارة إلى الولاة أن التأخر المسجل في جمع بيانات التعداد العام للسكان والمساكن ببعض مناطق العد دفع إلى اتخاذ قرار بتمديد عمليات جمع البيانات.
ودعت الرسالة جميع السلطات الإدارية والمحلية إلى اتخاذ كل الإجراءات الضرورية لضمان سير العملية على أفضل وجه.
وكانت عملية التعداد العام للسكان والمساكن قد بدأت في 25 من دجمبر الماضي، على أن تنتهي يوم 9 يناير الجاري، قبل أن يتقرر هذا التمديد.
""", [
    ev("extension-decision", "أصدرت وزارة الشؤون الاقتصادية والتنمية المستدامة قرارا", EXTENSION, "no own expression; the decision reported at 10:27 on Tue 9 Jan 2024, the planned last day (elyowm of Wed 10: 'كان من المفترض أن ينتهي يوم أمس (9 يناير 2024) تقرر تمديده')"),
    ev("extended-fieldwork", "بتمديد الأعمال الميدانية للتعداد العام للسكان والمساكن إلى غاية 15 يناير 2024", EXTENDED[0], "'إلى غاية 15 يناير 2024' = the extra fieldwork Wed 10 - Mon 15 Jan 2024, after the planned end of Tue 9 Jan", end=EXTENDED[1]),
    ev("circular-to-governors", "رسالة دورية وجهتها الوزارة إلى الولاة", EXTENSION, "no own expression; the circular carrying the decision, reported on Tue 9 Jan 2024"),
    ev("census-start", "قد بدأت في 25 من دجمبر الماضي", START, "'25 من دجمبر الماضي' from Jan 2024 = Mon 25 Dec 2023"),
    ev("planned-end", "على أن تنتهي يوم 9 يناير الجاري", PLANNED_END, "'يوم 9 يناير الجاري' = Tue 9 Jan 2024"),
])
art(S, "https://elyowm.info/?q=node%2F35374",
    "2024-01-10", "no date on the stored page; the body's 'كان من المفترض أن ينتهي يوم أمس (9 يناير 2024)' gives Wed 10 Jan 2024 (10 Jan 2024 was a Wednesday; elhadeth of Tue 9 Jan already reports the extension); headline written from the body (the stored text has none)", False, """
وزير الاقتصاد: تمديد إحصاء السكان والمساكن أسبوعا إضافيا بسبب نقص في العاصمة
أوضح وزير الاقتصاد عبد السلام ولد محمد صالح، في حديثه عن البيان المتعلق بإحصاء السكان والمساكن، أن هذا الإحصاء الذي كان يفترض أن يختتم يوم أمس (9 يناير 2024) تقرر تمديده أسبوعا إضافيا، بسبب النقص الملحوظ في العاصمة الناتج عن عدم تجاوب السكان مع العدادين.
ودعا الوزير سكان نواكشوط إلى الإقبال على الإحصاء عبر التعاون مع المكلفين بإجرائه.
""", [
    ev("minister-statement", "أوضح وزير الاقتصاد عبد السلام ولد محمد صالح", "2024-01-10", "no own expression; the minister's remarks reported on Wed 10 Jan 2024 (the census was to end 'يوم أمس (9 يناير 2024)')"),
    ev("planned-end", "الذي كان يفترض أن يختتم يوم أمس (9 يناير 2024)", PLANNED_END, "'يوم أمس (9 يناير 2024)' = Tue 9 Jan 2024"),
    ev("extension-decision", "تقرر تمديده أسبوعا إضافيا", EXTENSION, "no own expression; the extension decided at the planned end, reported on Tue 9 Jan 2024 (elhadeth, 10:27)"),
    ev("extended-fieldwork", "أسبوعا إضافيا، بسبب النقص الملحوظ في العاصمة", EXTENDED[0], "'أسبوعا إضافيا' after Tue 9 Jan 2024 = Wed 10 - Mon 15 Jan 2024 (elhadeth: 'إلى غاية 15 يناير 2024')", end=EXTENDED[1]),
])

# ---------------------------------------------------------------- algeria-census-2022-extension
S = "algeria-census-2022-extension"
ANNOUNCED = "2022-10-08"                   # the ministry of digitalisation published the ONS statement on the evening of Sat 8 Oct 2022
NEW_END = "2022-10-16"                     # the count continues until Sun 16 Oct 2022
PERIOD = ("2022-09-25", "2022-10-10")      # the count as planned, Sun 25 Sep - Sun 9 Oct 2022
LAW = "1986-07-29"                         # law 86-09 of 29 July 1986 on the general census
art(S, "https://news.radioalgerie.dz/ar/node/15677",
    "2022-10-08", "no date on the stored page; the body's 'مساء اليوم السبت' for the ministry's announcement with '16 اكتوبر الجاري' and 'إلى غاية 16 اكتوبر 2022' gives Sat 8 Oct 2022 (8 Oct 2022 was a Saturday; ultraalgeria of 9 Oct 2022: 'في بيان لها مساء السبت'); headline written from the body (the stored text has none); the last, truncated sentence shortened", False, """
تمديد الإحصاء العام السادس للسكان والإسكان إلى غاية 16 أكتوبر
مُدّدت آجال عملية الإحصاء العام السادس للسكان والإسكان إلى غاية 16 اكتوبر الجاري، وفق ما أعلنته وزارة الرقمنة والإحصائيات مساء اليوم السبت.
وورد في بيان أصدره الديوان الوطني للإحصائيات ونشرته وزارة الرقمنة والإحصائيات: "بالنظر إلى الأهمية الكبيرة للإحصاء العام السادس للسكان والإسكان، وسعيا منه إلى جمع معلومات إحصائية نوعية وشاملة ومفصلة عن السكان وحظيرة السكنات، يحيط الديوان الوطني للإحصائيات جميع المعنيين علما بأن عملية الإحصاء ستتواصل إلى غاية 16 اكتوبر 2022".
ويذكر أن عملية إحصاء السكان والسكن 2022 كانت مقررة في الفترة من 25 سبتمبر إلى غاية 9 أكتوبر، وخصصت لها ميزانية تناهز 5 مليار دينار جزائري، تشمل بالأخص التكاليف اللوجستية والنقل وتكوين المكونين وأجور الأعوان المكلفين بالإحصاء.
وتحمل هذه العملية "طابعا استراتيجيا"، لأن نتائجها ستبين حجم الجهود والحصيلة الميدانية للإصلاحات التي أطلقتها الدولة خلال السنوات الأخيرة، خصوصا في إطار وفائها بالتزاماتها الدولية مثل بلوغ أهداف التنمية المستدامة في آفاق 2030.
وللتذكير، يخضع تنظيم الإحصاء لنصوص تشريعية أبرزها القانون رقم 09 -86 المؤرخ في 29 يوليو 1986 المتعلق بالإحصاء العام للسكان والإسكان.
""", [
    ev("extension-announced", "وفق ما أعلنته وزارة الرقمنة والإحصائيات مساء اليوم السبت", ANNOUNCED, "'مساء اليوم السبت' = Sat 8 Oct 2022"),
    ev("census-new-end", "ستتواصل إلى غاية 16 اكتوبر 2022", NEW_END, "'إلى غاية 16 اكتوبر 2022' = Sun 16 Oct 2022"),
    ev("census-planned-period", "كانت مقررة في الفترة من 25 سبتمبر إلى غاية 9 أكتوبر", PERIOD[0], "'من 25 سبتمبر إلى غاية 9 أكتوبر' (2022) = Sun 25 Sep - Sun 9 Oct 2022", end=PERIOD[1]),
    ev("census-law-1986", "القانون رقم 09 -86 المؤرخ في 29 يوليو 1986", LAW, "'المؤرخ في 29 يوليو 1986' = Tue 29 Jul 1986"),
])
art(S, "https://ultraalgeria.ultrasawt.com/%D8%AA%D9%85%D8%AF%D9%8A%D8%AF-%D8%A2%D8%AC%D8%A7%D9%84-%D8%A7%D9%84%D8%A5%D8%AD%D8%B5%D8%A7%D8%A1-%D8%A7%D9%84%D8%B9%D8%A7%D9%85-%D8%A7%D9%84%D8%B3%D8%A7%D8%AF%D8%B3-%D9%84%D9%84%D8%B3%D9%83%D8%A7%D9%86-%D8%A8%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1/%D8%A7%D9%84%D8%AA%D8%B1%D8%A7-%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1",
    "2022-10-09", "the page's date line '09-أكتوبر-2022' (Sun 9 Oct 2022), kept out of the text; the body's 'مساء السبت' for the statement of Sat 8 Oct agrees; the unrelated photo caption (on divorces) and the byline dropped; the highlighted quotation on the 1986 law kept as a sentence; headline rendered from the URL slug; the last, truncated sentence shortened", True, """
تمديد آجال الإحصاء العام السادس للسكان بالجزائر
أعلنت وزارة الرقمنة والإحصائيات تمديد آجال عملية الإحصاء العام السادس للسكان في الجزائر إلى غاية 16 تشرين الأول/|أكتوبر الجاري.
وتخضع العملية لقانون يتعلق بالإحصاء العام للسكان والإسكان صدر في 1986.
وأفادت الوزارة، في بيان لها مساء السبت، بأنه: "بالنظر إلى الأهمية الكبيرة للإحصاء العام السادس للسكان والإسكان، وسعيا منه إلى جمع معلومات إحصائية نوعية وشاملة ومفصلة عن السكان وحظيرة السكنات، يعلم الديوان الوطني للإحصائيات جميع المعنيين بأن عملية الإحصاء ستتواصل إلى غاية 16 تشرين الأول/أكتوبر 2022".
وكانت الجزائر قد أطلقت عملية إحصاء السكان والسكن 2022 لتجري في فترة 25 أيلول/سبتمبر إلى غاية 9 تشرين الأول/أكتوبر، بميزانية تقترب من 5 مليار دينار جزائري تغطي خصوصا التكاليف اللوجستية والنقل وتكوين المكونين وأجور الأعوان المكلفين بالإحصاء.
وسبق للوزارة المعنية أن وصفت العملية بأنها "تكتسي طابعًا استراتيجيًا"، إذ ستكشف نتائجها حجم الجهود والنتائج الميدانية للإصلاحات التي أطلقتها الدولة خلال السنوات الأخيرة.
""", [
    ev("extension-announced", "في بيان لها مساء السبت", ANNOUNCED, "'مساء السبت' in an article of Sun 9 Oct 2022 = Sat 8 Oct 2022"),
    ev("census-new-end", "ستتواصل إلى غاية 16 تشرين الأول/أكتوبر 2022", NEW_END, "'إلى غاية 16 تشرين الأول/أكتوبر 2022' = Sun 16 Oct 2022"),
    ev("census-planned-period", "لتجري في فترة 25 أيلول/سبتمبر إلى غاية 9 تشرين الأول/أكتوبر", PERIOD[0], "'25 أيلول/سبتمبر إلى غاية 9 تشرين الأول/أكتوبر' (2022) = Sun 25 Sep - Sun 9 Oct 2022", end=PERIOD[1]),
    ev("census-law-1986", "لقانون يتعلق بالإحصاء العام للسكان والإسكان صدر في 1986", LAW, "'صدر في 1986' = law 86-09 of Tue 29 Jul 1986 (radioalgerie: 'المؤرخ في 29 يوليو 1986'; only the year in this text)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 523
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

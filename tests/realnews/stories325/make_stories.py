"""Builds stories.jsonl: the 325-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: teachers' strikes, teacher protests and teacher contract and
hiring disputes: the "dignity strike" of the teachers of Idlib and rural Aleppo (Syria, November 2025), the open
strike of Algeria's secondary teachers (CNAPESTE), the intersyndicale strike and the dismissals of strikers
(Algeria, February 2018), the protests of Iraq's unpaid "free lecturers" after the 2021 budget left them out (Iraq,
April 2021), and the Iraqi teachers' general strike and the Nasiriyah crackdown (Iraq, April 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-idlib-teachers-dignity-strike-2025
S = "syria-idlib-teachers-dignity-strike-2025"
STATEMENT = "2025-11-08"                   # the teachers' bloc statement announcing the strike, Sat 8 Nov 2025
START = "2025-11-09"                       # first day of the "dignity strike", Sun 9 Nov 2025
DAY2 = "2025-11-10"                        # second day, Mon 10 Nov 2025
DEMANDS = ("2025-03-01", "2025-11-10")     # "more than eight months" of pay demands before 9 Nov (my span)
art(S, "https://www.yallasyrianews.com/a/64930",
    "2025-11-09", "page date line 'الأحد, 9 نوفمبر 2025 04:35 PM' (kept as first line; 9 Nov 2025 was a Sunday); the item is North Press's report (the source line 'إدلب – نورث برس' dropped); headline kept from the page; the last, truncated sentence dropped", True, """
الأحد, 9 نوفمبر 2025 04:35 PM
إدلب: إضراب شامل يعمّ المدارس احتجاجاً على تدني الأجور وتدهور الأوضاع المعيشية
عمّ إضراب شامل مدارس إدلب صباح الأحد، إثر إعلان الكوادر التعليمية وقف الدوام المدرسي، احتجاجاً على تردي الظروف المعيشية وتجاهل مطالبها برفع الرواتب.
وقال محمود العبد، المعلم في مدرسة المحلول بمعرة النعمان جنوبي إدلب، لنورث برس إن المعلمين لجؤوا إلى الإضراب بعدما استنفدوا كل سبل الحوار.
وأضاف أن المعلمين ما عادوا يحتملون أوضاعهم المعيشية، فالراتب الذي يتقاضاه المعلم لا يسد حاجته إلا لأيام قليلة، بينما تتضاعف الأسعار بلا توقف.
وبيّن العبد أن المعلمين لا يسعون إلى امتيازات، وإنما إلى حقهم في عيش كريم يصون كرامتهم.
وأشار إلى أن الغاية من الإضراب ليست تعطيل العملية التعليمية، بل تنبيه الجهات المعنية إلى الواقع المأساوي للمعلمين، لافتاً إلى أن مطلبهم هو زيادة الرواتب.
بدوره، قال أحمد الخلف، وهو معلم من بلدة تفتناز، لنورث برس إن الإضراب أتى بعد وعود متكررة من الجهات المسؤولة، موضحاً أن المعلمين يطالبون منذ أكثر من ثمانية أشهر بتحسين الرواتب وظروف العمل.
""", [
    ev("strike-start", "عمّ إضراب شامل مدارس إدلب صباح الأحد", START, "'صباح الأحد' = Sun 9 Nov 2025 (the page date line), the first day of the strike"),
    ev("salary-demands", "يطالبون منذ أكثر من ثمانية أشهر بتحسين الرواتب وظروف العمل", DEMANDS[0], "'منذ أكثر من ثمانية أشهر' from Sun 9 Nov 2025 = since about early March 2025 (my span 1 Mar - 9 Nov)", end=DEMANDS[1]),
])
art(S, "https://www.klyoum.com/syria-news/ar/82-بين-مطالب-المعلمين-ومصير-الطلاب-التعليم-شبه-معلق-في-إدلب-وريف-حلب",
    "2025-11-10", "page line 'نشر بتاريخ: ١٠ تشرين الثاني ٢٠٢٥' (kept as second line; 10 Nov 2025 was a Monday); the item reposts Snack Syrian (the source line 'موقع كل يوم -سناك سوري' dropped); headline kept from the page; the last, truncated sentence dropped", True, """
بين مطالب المعلمين ومصير الطلاب.. التعليم شبه معلق في إدلب وريف حلب
نشر بتاريخ: ١٠ تشرين الثاني ٢٠٢٥
يواصل معلمون ومعلمات في محافظة إدلب وريف حلب إضرابهم المفتوح الذي أطلقوا عليه اسم 'إضراب الكرامة'، رفضاً لتدني الرواتب وللتسويف في تنفيذ الوعود الحكومية بزيادة مجزية على أجور العاملين في قطاع التربية.
وتجمّع عدد من المعلمين في وقفة احتجاجية أمام مديرية التربية في إدلب مطالبين بإنصافهم ورفع أجورهم، وذلك في إضرابهم المفتوح لليوم الثاني على التوالي.
ووفق ناشطين، التحقت اليوم بالإضراب أكثر من 300 مدرسة في إدلب وريفها، فيما قال الناشط 'أمين قنطار' إنه لم يصدر حتى الآن أي قرار رسمي ينصف المعلمين، متسائلاً: «هل مرحلة البناء تبدأ في تهميش مطالب المعلمين وإيقاف المدارس؟».
وكانت صفحات محلية قد ذكرت يوم أمس الاحد أن نحو 215 مدرسة في إدلب وحلب أعلنت الإضراب عن العمل، ويبدو أن العدد ارتفع اليوم بحسب ما يتناقله ناشطون من أبناء المحافظة.
وتسبب استمرار الإضراب في توقف التعليم في عدد كبير من المدارس، وهو ما طال التلاميذ وأسرهم، وسط ترقب لحل ينهي التعطيل ويكفل للمعلمين رواتب عادلة.
""", [
    ev("strike-continues", "يواصل معلمون ومعلمات في محافظة إدلب وريف حلب إضرابهم المفتوح", DAY2, "no own expression; the report of Mon 10 Nov 2025 (the second day, 'لليوم الثاني على التوالي')"),
    ev("idlib-directorate-sit-in", "وقفة احتجاجية أمام مديرية التربية في إدلب", DAY2, "'لليوم الثاني على التوالي' = Mon 10 Nov 2025, the strike having begun on Sun 9 Nov"),
    ev("schools-300-join", "التحقت اليوم بالإضراب أكثر من 300 مدرسة", DAY2, "'اليوم' = Mon 10 Nov 2025 (page line)"),
    ev("schools-closed-sunday", "يوم أمس الاحد أن نحو 215 مدرسة في إدلب وحلب أعلنت الإضراب", START, "'يوم أمس الاحد' from Mon 10 = Sun 9 Nov 2025"),
])
art(S, "https://jinhaagency.com/ar/alywm/llywm-althany-ahtjajat-almlmyn-fy-adlb-mstmrt-52226?page=1",
    "2025-11-10", "no date line on the stored page; the body's 'لليوم الثاني على التوالي' and 'منذ يوم أمس الأحد التاسع من تشرين الثاني/نوفمبر' give Mon 10 Nov 2025; the source line 'مركز الأخبار ـ' and the sub-heading dropped; headline kept from the page; the last, truncated words completed as 'للمطالب'; no date of its own in the text", False, """
لليوم الثاني... احتجاجات المعلمين في إدلب مستمرة
في إطار حملة "إضراب الكرامة"، تعيش مدينة إدلب احتجاجات واسعة يخوضها المعلمون مع توقف الدوام في عدد من المدارس، مطالبين برفع الرواتب وبحياة كريمة بعيدة عن سياسات التهميش.
تتواصل احتجاجات المعلمين في مدينة إدلب السورية لليوم الثاني على التوالي، بعدما عُلّقت العملية التعليمية في عدد كبير من المدارس ضمن حملة "إضراب الكرامة".
وكان المعلمون قد أطلقوا تحركهم منذ يوم أمس الأحد التاسع من تشرين الثاني/نوفمبر في مدينتي إدلب وحلب، رافعين شعارات تنتقد سياسات وزارة التربية في الحكومة السورية المؤقتة، ومنبّهين إلى الهبوط الحاد في الرواتب الشهرية قياساً بقطاعات أخرى نالت زيادات في الأجور.
وبيّن بيان أصدره تكتل "معلمي سوريا الأحرار" أن وقف الدوام يرمي إلى الضغط على الحكومة ومديرية التربية لضمان أجور منصفة تؤمّن للمعلمين عيشاً كريماً، فيما شدد المحتجون على أن الإضراب لا يستهدف تعطيل التعليم، وإنما الدفاع عن كرامتهم وحقوقهم المشروعة، داعين الأهالي وزملاءهم في القطاع التعليمي إلى مساندتهم.
وأُغلقت معظم المدارس في ريف إدلب وحلب أمس الأحد، وسط دعوات من النقابات والكوادر التعليمية إلى الاستجابة للمطالب.
""", [
    ev("strike-continues", "تتواصل احتجاجات المعلمين في مدينة إدلب السورية لليوم الثاني على التوالي", DAY2, "'لليوم الثاني على التوالي' = Mon 10 Nov 2025 (day one being 'أمس الأحد التاسع من تشرين الثاني')"),
    ev("strike-start", "أطلقوا تحركهم منذ يوم أمس الأحد التاسع من تشرين الثاني/نوفمبر", START, "'يوم أمس الأحد التاسع من تشرين الثاني/نوفمبر' = Sun 9 Nov 2025"),
    ev("union-statement", "وبيّن بيان أصدره تكتل \"معلمي سوريا الأحرار\"", STATEMENT, "no own expression; the bloc's statement announcing the strike, issued on Sat 8 Nov 2025 (halazon: 'يوم أمس' from Sun 9)"),
    ev("schools-closed-sunday", "وأُغلقت معظم المدارس في ريف إدلب وحلب أمس الأحد", START, "'أمس الأحد' from Mon 10 = Sun 9 Nov 2025"),
])
art(S, "https://halazon.site/?p=11549",
    "2025-11-09", "no date on the stored page; the body's 'أُغلقت اليوم الأحد' with the statement of 'يوم أمس' announcing the strike gives the first day of the strike, Sun 9 Nov 2025 (dated by North Press's date line and by jinha's 'أمس الأحد التاسع من تشرين الثاني'); headline written from the body (the stored text has none); no date of its own in the text", False, """
إضراب مفتوح للمعلمين في إدلب وريف حلب احتجاجاً على تدني الرواتب
أعلنت الكوادر التدريسية في مناطق إدلب وريف حلب شمالي سوريا إضراباً مفتوحاً، رفضاً لتدني الرواتب ومطالبةً بتحسين ظروف المعيشة.
وذكرت مصادر محلية أن أغلب مدارس هذه المناطق أوصدت أبوابها اليوم الأحد، في مسعى من المعلمين لانتزاع حقوقهم ونيل أجور أفضل.
وكان تجمع "معلمو سوريا الأحرار" قد أعلن الإضراب في بيان أصدره يوم أمس، محمّلاً الجهات المعنية مسؤولية استمرار تعليق الدوام بسبب تجاهلها معاناة الكوادر التعليمية.
ودعا البيان كل المعلمين إلى التقيد بالإضراب، موضحاً أن غايته ليست تعطيل التعليم، بل صون كرامة المعلم وحقه في حياة كريمة.
""", [
    ev("strike-start", "أعلنت الكوادر التدريسية في مناطق إدلب وريف حلب شمالي سوريا إضراباً مفتوحاً", START, "no own expression; the open strike that began on Sun 9 Nov 2025 ('اليوم الأحد' in the next sentence)"),
    ev("schools-closed-sunday", "أوصدت أبوابها اليوم الأحد", START, "'اليوم الأحد' = Sun 9 Nov 2025"),
    ev("union-statement", "قد أعلن الإضراب في بيان أصدره يوم أمس", STATEMENT, "'يوم أمس' from Sun 9 = Sat 8 Nov 2025"),
])

# ---------------------------------------------------------------- algeria-teachers-strike-dismissals-2018
S = "algeria-teachers-strike-dismissals-2018"
OPEN = ("2018-01-30", "2018-03-01")        # CNAPESTE's open national strike, Tue 30 Jan - Wed 28 Feb 2018
INTER = ("2018-02-20", "2018-02-22")       # the intersyndicale's two-day strike, Tue 20 - Wed 21 Feb 2018
DISMISS = ("2018-02-19", "2018-02-28")     # the dismissals of striking teachers (my span 19-27 Feb 2018)
art(S, "https://amp.dw.com/ar/%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1-%D9%80-%D8%A5%D8%B6%D8%B1%D8%A7%D8%A8%D8%A7%D8%AA-%D8%B6%D8%AF-%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9-%D8%A7%D9%84%D8%A3%D8%AC%D9%88%D8%B1-%D8%AA%D8%B4%D9%84-%D9%82%D8%B7%D8%A7%D8%B9%D9%8A-%D8%A7%D9%84%D8%AA%D8%B9%D9%84%D9%8A%D9%85-%D9%88%D8%A7%D9%84%D8%B5%D8%AD%D8%A9/a-42685241",
    "2018-02-21", "page date line '٢١ فبراير ٢٠١٨' (kept as second line; 21 Feb 2018 was a Wednesday); the body's 'صباح اليوم (الأربعاء 21 فبراير/شباط)' agrees; headline kept from the page; the ad marker 'إعلان' and the last, truncated sentence dropped", True, """
الجزائر ـ إضرابات ضد سياسة الأجور تشل قطاعي التعليم والصحة
٢١ فبراير ٢٠١٨
إلى جانب إضرابات الأطباء، خاض أعضاء خمسة اتحادات تعليمية في الجزائر إضراباً عن العمل هذا الأسبوع للمطالبة برفع الأجور وتحسين ظروف العمل، ليلتحقوا بمئات من زملائهم المضربين منذ أشهر، فيما تهوّن السلطات التربوية من حجم الإضراب.
وأكد مزيان مريان، رئيس النقابة الوطنية لأساتذة التعليم الثانوي والتقني في الجزائر، لوكالة فرنس برس أن إضراب عمال وأساتذة المدارس الابتدائية والمتوسطة والثانوية المطالبين بزيادة أجورهم جرى صباح اليوم (الأربعاء 21 فبراير/شباط) "على نحو جيد وبنسب عالية بلغ معدلها 70%".
وأضاف أن "الدروس ستُستأنف بشكل طبيعي الخميس، في انتظار ما سيقرره التكتل النقابي في الاجتماع التقييمي المقرر الأسبوع المقبل أو الذي بعده".
في المقابل، قالت وزيرة التربية نورية بن غبريط إن "نسبة الإضراب لم تتجاوز 12,45% في مجمل المؤسسات التعليمية، وإن كل الإجراءات اتُّخذت لاستئناف الدروس"، بحسب ما نقلته وكالة الأنباء الجزائرية.
ووجهت الوزيرة عبر تويتر رسالة قالت فيها: "أطمئن كل التلاميذ والأولياء إلى أننا أخذنا بالحسبان كل الظروف التي عاشها أبناؤنا، وعملنا على ضمان التدريس وإتمام برنامج السنة الدراسية على أفضل وجه".
""", [
    ev("intersyndicale-strike", "خاض أعضاء خمسة اتحادات تعليمية في الجزائر إضراباً عن العمل هذا الأسبوع", INTER[0], "'هذا الأسبوع' = the two-day strike of Tue 20 - Wed 21 Feb 2018 (elmaouid: Tuesday and 'هذا الأربعاء')", end=INTER[1]),
    ev("strikers-for-months", "زملائهم المضربين منذ أشهر", "2017-11-01", "'منذ أشهر' from Wed 21 Feb 2018 = the CNAPESTE strikes since the autumn (wilaya strikes in Blida and Bejaia from Nov 2017, national open strike from 30 Jan 2018); my span 1 Nov 2017 - 21 Feb 2018", end="2018-02-22"),
    ev("strike-wednesday", "جرى صباح اليوم (الأربعاء 21 فبراير/شباط)", "2018-02-21", "'صباح اليوم (الأربعاء 21 فبراير/شباط)' = Wed 21 Feb 2018"),
    ev("classes-resume", "الدروس ستُستأنف بشكل طبيعي الخميس", "2018-02-22", "'الخميس' after Wed 21 = Thu 22 Feb 2018"),
    ev("evaluation-meeting", "الاجتماع التقييمي المقرر الأسبوع المقبل أو الذي بعده", "2018-02-25", "'الأسبوع المقبل أو الذي بعده' from Wed 21 Feb 2018 = the Algerian weeks of Sun 25 Feb - Sat 10 Mar 2018", end="2018-03-11"),
    ev("minister-rate", "قالت وزيرة التربية نورية بن غبريط إن", "2018-02-21", "no own expression; the minister's figure for the strike day, Wed 21 Feb 2018"),
])
art(S, "https://www.alaraby.co.uk/society/2018/2/24/الجزائر-تفصل-أكثر-من-ثلاثة-آلاف-أستاذ-بسبب-إضرابهم",
    "2018-02-24", "date in the URL '/2018/2/24/' and page date line '24 فبراير 2018' (kept as second line; 24 Feb 2018 was a Saturday); headline kept from the page; the photo caption and the last, truncated sentence dropped", True, """
الجزائر تفصل أكثر من ثلاثة آلاف أستاذ بسبب إضرابهم... والتلاميذ غاضبون
24 فبراير 2018
تمضي الحكومة الجزائرية في فصل الأساتذة المضربين منذ ثلاثة أسابيع، بعدما رفضوا العودة إلى الأقسام إثر قرار المحكمة الإدارية القاضي بعدم شرعية الإضراب، وتمسكوا بالمطالب التي رفعتها نقابة المجلس المستقل للأساتذة، كبرى النقابات في قطاع التعليم بالجزائر.
وتجاوز عدد الأساتذة المفصولين من وظائفهم حتى الآن ثلاثة آلاف أستاذ، من أصل أكثر من 19 ألفاً تشملهم قرارات العزل بسبب إصرارهم على الإضراب.
ففي ولاية تيبازة القريبة من العاصمة عزلت مديرية التربية 300 أستاذ، وفي ولاية البليدة أُبلغ 600 أستاذ بقرار عزلهم من التعليم، وأُخطر مديرو المؤسسات التربوية بمنع الأساتذة المعزولين من دخول المدارس، أما في ولاية سيدي بلعباس ففُصل 28 أستاذاً كدفعة أولى.
ووفق وزارة التربية الجزائرية، يمثل يوم الثامن من شهر إبريل/ نيسان المقبل المهلة الأخيرة أمام الأساتذة المضربين للتراجع عن قرارهم وتقديم طلبات تبرر تركهم مناصبهم قبل توقيفهم نهائياً.
""", [
    ev("dismissals", "تمضي الحكومة الجزائرية في فصل الأساتذة", DISMISS[0], "no own expression; the dismissals of striking teachers under way in the week before Sat 24 Feb 2018 (my span 19-27 Feb)", end=DISMISS[1]),
    ev("cnapeste-strike", "الأساتذة المضربين منذ ثلاثة أسابيع", OPEN[0], "'منذ ثلاثة أسابيع' from Sat 24 Feb 2018 = CNAPESTE's open strike from Tue 30 Jan 2018 (outside knowledge), which ended on Wed 28 Feb", end=OPEN[1]),
    ev("dismissal-tally", "وتجاوز عدد الأساتذة المفصولين من وظائفهم حتى الآن ثلاثة آلاف أستاذ", "2018-02-24", "'حتى الآن' = the tally as of Sat 24 Feb 2018"),
    ev("april-deadline", "يوم الثامن من شهر إبريل/ نيسان المقبل", "2018-04-08", "'يوم الثامن من شهر إبريل/ نيسان المقبل' from Feb 2018 = Sun 8 Apr 2018"),
])
art(S, "https://emaratalyoum.com/politics/reports-and-translation/2018-02-27-1.1075212?ot=ot.AMPPageLayout",
    "2018-02-27", "date in the URL '2018-02-27' (27 Feb 2018 was a Tuesday); the item relays Echorouk; headline kept from the page; the last, truncated sentence (Laghouat) dropped; no date of its own in the text", False, """
تلاميذ يتضامنون مع أساتذتهم المفصولين
خرج مئات التلاميذ، الأحد، في مسيرات احتجاجية تضامنية في ولايات جزائرية عدة مع الأساتذة الذين فصلتهم وزارة التربية، رافعين شعارات تطالب بإرجاع أساتذتهم، فيما قرر العشرات منهم مقاطعة الدروس.
ففي ولاية سوق أهراس نظم تلاميذ الطور الثانوي وقفة احتجاجية نددوا فيها بقرارات عزل الأساتذة الذين دخلوا منذ مدة في إضراب عن العمل في مؤسسات تربوية عدة تلبية لدعوة النقابة.
غير أن مدير التربية، صالح بن داد، صرح لـ«الشروق» بأنه حتى اليوم لم يُعزل أي أستاذ، وأن الأمر اقتصر على توجيه إنذارات إلى 145 أستاذاً بعد تغيبهم عن مناصبهم لمدة 15 يوماً.
وفي ولاية سكيكدة، احتج الأحد تلاميذ ثانويتي بشير بولغب والمتعددة الاختصاصات في بلدية أم الطوب، فأغلقوا بابي المؤسستين، مطالبين بإرجاع الأساتذة المفصولين إلى عملهم ورافضين الأساتذة المستخلفين.
وفي السحاولة بالعاصمة، احتج تلاميذ ثانوية محمد بوضياف على فصل أساتذتهم، ورددوا شعارات تندد بعزل الأساتذة المضربين، مطالبين وزارة التربية بفتح باب الحوار.
""", [
    ev("students-protest", "خرج مئات التلاميذ، الأحد، في مسيرات احتجاجية تضامنية", "2018-02-25", "'الأحد' before Tue 27 Feb = Sun 25 Feb 2018"),
    ev("dismissals", "الأساتذة الذين فصلتهم وزارة التربية", DISMISS[0], "no own expression; the dismissals of striking teachers in the days before the protests (my span 19-27 Feb 2018)", end=DISMISS[1]),
    ev("cnapeste-strike", "الذين دخلوا منذ مدة في إضراب عن العمل", OPEN[0], "'منذ مدة' = CNAPESTE's open strike from Tue 30 Jan 2018 (outside knowledge), ended Wed 28 Feb", end=OPEN[1]),
    ev("skikda-students", "احتج الأحد تلاميذ ثانويتي بشير بولغب", "2018-02-25", "'الأحد' before Tue 27 Feb = Sun 25 Feb 2018"),
])

# ---------------------------------------------------------------- iraq-free-lecturers-budget-protests-2021
S = "iraq-free-lecturers-budget-protests-2021"
BUDGET = "2021-03-31"                      # parliament passed the 2021 budget, Wed 31 Mar 2021
WAVE = ("2021-04-02", "2021-04-06")        # the lecturers' protests, day one Fri 2 Apr, day four Mon 5 Apr 2021
SUNDAY = "2021-04-04"                      # the sieges of the education directorates, Sun 4 Apr 2021
MONDAY = "2021-04-05"                      # Baghdad and Karbala join, Mon 5 Apr 2021
SITINS = ("2021-04-04", "2021-04-07")      # the open sit-ins with tents (my span 4-6 Apr 2021)
art(S, "https://aajae.co/society/%D8%A7%D8%AA%D8%B3%D8%A7%D8%B9-%D8%B1%D9%82%D8%B9%D8%A9-%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC%D8%A7%D8%AA-%22%D8%A7%D9%84%D9%85%D8%AD%D8%A7%D8%B6%D8%B1%D9%8A%D9%86-%D8%A7%D9%84%D9%85%D8%AC%D8%A7%D9%86%D9%8A%D9%8A%D9%86%22-%D9%81%D9%8A-%D8%AC%D9%86%D9%88%D8%A8-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82",
    "2021-04-04", "page date line '04 ابريل 2021' (kept as second line; 4 Apr 2021 was a Sunday); headline kept from the page; the photo caption and the last, truncated quotation dropped", True, """
اتساع رقعة احتجاجات "المحاضرين المجانيين" في جنوب العراق
04 ابريل 2021
تمتد لليوم الثالث على التوالي تظاهرات معلمين عراقيين قضوا سنوات يعملون من دون أجور ويُعرفون محلياً بـ"المحاضرين المجانيين"، في عدد من مدن الجنوب، مطالبين بتعيينهم رسمياً، وسط خشية من انفلات الاحتجاجات ووعود جديدة بإعطائهم حقوقهم.
ويعمل آلاف من "المحاضرين المجانيين" في المدارس العراقية بلا مقابل، على أمل وعود حكومية بتثبيتهم موظفين عبر تخصيص أموال لهم في موازنة البلاد، وقد اشتد غضبهم عقب إقرار الموازنة الجديدة، الأربعاء الماضي، حين اتضح أنها خلت من أي مخصصات لهم، فخرجوا للتظاهر مطالبين بحقوقهم.
وتوافد مئات المحاضرين المجانيين صباح الأحد على مديريات التربية في محافظات ذي قار وبابل والمثنى والقادسية وديالى والنجف، وتزايدت أعدادهم ظهرا، فحاصروا المديريات مطالبين بمستحقاتهم المالية وبتعيينهم بعقود رسمية، قبل أن يشرع العشرات منهم في اعتصامات مفتوحة في عدة محافظات نُصبت خلالها خيام أمام مقار المديريات.
""", [
    ev("lecturers-protests", "تمتد لليوم الثالث على التوالي تظاهرات معلمين عراقيين", WAVE[0], "'لليوم الثالث على التوالي' on Sun 4 Apr 2021 = protests since Fri 2 Apr; the wave ran to day four, Mon 5 Apr (tabnak)", end=WAVE[1]),
    ev("budget-passed", "عقب إقرار الموازنة الجديدة، الأربعاء الماضي", BUDGET, "'الأربعاء الماضي' before Sun 4 Apr = Wed 31 Mar 2021 (the 2021 budget vote)"),
    ev("sunday-protests", "وتوافد مئات المحاضرين المجانيين صباح الأحد على مديريات التربية", SUNDAY, "'صباح الأحد' = Sun 4 Apr 2021 (page date line)"),
    ev("open-sit-ins", "يشرع العشرات منهم في اعتصامات مفتوحة", SITINS[0], "no own expression; the open sit-ins begun on Sun 4 Apr 2021 (my span 4-6 Apr)", end=SITINS[1]),
])
art(S, "https://www.tabnak.ir/ar/news/50278/تظاهرات-المحاضرين-تتواصل-لليوم-الرابع-على-التوالي-في-مختلف-المحافظات",
    "2021-04-05", "page line 'تأريخ النشر: 05 April 2021' (kept as second line; 5 Apr 2021 was a Monday); the item is a repost of al-Araby al-Jadeed's report updated to day four; headline kept from the page; the view counter, the item number, the network tag and the last, truncated sentence dropped", True, """
تظاهرات المحاضرين تتواصل لليوم الرابع على التوالي في مختلف المحافظات
تأريخ النشر: 05 April 2021
تتسع تظاهرات معلمين عراقيين عملوا سنوات بلا رواتب، ويُطلق عليهم محلياً اسم "المحاضرين المجانيين"، في مدن عدة، ولا سيما أمام مبنى وزارة التربية وسط بغداد وفي كربلاء، لليوم الرابع على التوالي، للمطالبة بتوظيفهم رسمياً، في ظل مخاوف من فقدان السيطرة على الاحتجاجات ووعود جديدة بإنصافهم.
ويشتغل آلاف "المحاضرين المجانيين" في مدارس العراق بالمجان، منتظرين وفاء الحكومة بوعد تثبيتهم موظفين عبر رصد أموال لهم في الموازنة العامة، وقد تفاقم غضبهم بعد إقرار الموازنة الجديدة، الأربعاء الماضي، إذ لم يُخصص فيها أي مبلغ لهم، فنزلوا إلى الشارع للمطالبة بحقوقهم.
وكانت محافظات ذي قار وبابل والمثنى والقادسية وديالى والنجف قد شهدت أمس الأحد توافد مئات المحاضرين المجانيين الذين ازداد عددهم ظهرا، فطوقوا مديريات التربية مطالبين بحقوقهم المالية وبتعيينهم بعقود رسمية، ثم بدأ العشرات منهم اعتصامات مفتوحة في عدد من المحافظات نُصبت فيها الخيام أمام مقار المديريات.
وشددت المحافظات الإجراءات الأمنية وعززت انتشار قواتها لضبط التظاهرات.
""", [
    ev("lecturers-protests", "لليوم الرابع على التوالي، للمطالبة بتوظيفهم رسمياً", WAVE[0], "'لليوم الرابع على التوالي' on Mon 5 Apr 2021 = the protests of Fri 2 - Mon 5 Apr", end=WAVE[1]),
    ev("baghdad-karbala-join", "ولا سيما أمام مبنى وزارة التربية وسط بغداد وفي كربلاء", MONDAY, "no own expression; Baghdad and Karbala joined on day four, Mon 5 Apr 2021 (al-Mada: 'اليوم الاثنين')"),
    ev("budget-passed", "بعد إقرار الموازنة الجديدة، الأربعاء الماضي", BUDGET, "'الأربعاء الماضي' before Mon 5 Apr = Wed 31 Mar 2021"),
    ev("sunday-protests", "قد شهدت أمس الأحد توافد مئات المحاضرين المجانيين", SUNDAY, "'أمس الأحد' from Mon 5 = Sun 4 Apr 2021"),
    ev("open-sit-ins", "ثم بدأ العشرات منهم اعتصامات مفتوحة", SITINS[0], "no own expression; the open sit-ins begun on Sun 4 Apr 2021 (my span 4-6 Apr)", end=SITINS[1]),
])
art(S, "http://www.sotaliraq.com/2021/04/05/%d8%a7%d8%ad%d8%aa%d8%ac%d8%a7%d8%ac%d8%a7%d8%aa-%d8%a7%d9%84%d9%85%d8%ad%d8%a7%d8%b6%d8%b1%d9%8a%d9%86-%d8%a7%d9%84%d9%85%d8%ac%d8%a7%d9%86%d9%8a%d9%8a%d9%86-%d8%a8%d8%ba%d8%af%d8%a7%d8%af-%d9%88/",
    "2021-04-05", "date in the URL '/2021/04/05/' (5 Apr 2021 was a Monday); the body's 'اليوم الاثنين' agrees; the item reposts al-Mada (byline 'بغداد/ فراس شاكر' dropped); headline kept from the page; the last, truncated sentence dropped; no date of its own in the text", False, """
احتجاجات المحاضرين المجانيين بغداد وكربلاء تلتحق بركب المحافظات الـ 5
تمتد احتجاجات المحاضرين المجانيين لتنضم العاصمة بغداد ومحافظة كربلاء، اليوم الاثنين، إلى المحافظات الخمس التي عرفت احتجاجات واسعة يوم أمس.
فقد شهدت محافظات النجف والديوانية وذي قار وديالى وواسط، أمس الأحد، موجة تظاهرات كبيرة لخريجي كليات التربية والمحاضرين المجانيين طالبوا فيها بتعديل الفقرة 12 من قانون الموازنة لعام 2021، الذي أقر الأسبوع الماضي، كي يُتعاقد معهم أو يُثبتوا على الملاك الدائم.
ويصل عدد المحاضرين المجانيين في محافظات العراق كافة إلى 203 آلاف محاضر، وفق وزارة التربية.
وكشف عبد العزيز عواد، عضو تنسيقية بغداد للمحاضرين المجانيين، لـ(المدى) عن وجود 16 ألف محاضر مجاني في العاصمة بغداد يتوزعون على 6 مديريات، مؤكداً أنهم سيشاركون في تظاهرة حاشدة صباح اليوم الاثنين أمام مبنى وزارة التربية.
وحذر عواد من خطوات تصعيدية تعتزم تنسيقيات المحاضرين المجانيين اتخاذها إذا لم يُستجب لمطالبهم، منها الاعتصام أمام مبنى الوزارة والإضراب عن الدوام.
""", [
    ev("baghdad-karbala-join", "لتنضم العاصمة بغداد ومحافظة كربلاء، اليوم الاثنين", MONDAY, "'اليوم الاثنين' = Mon 5 Apr 2021"),
    ev("sunday-protests", "أمس الأحد، موجة تظاهرات كبيرة", SUNDAY, "'أمس الأحد' (also 'يوم أمس') from Mon 5 = Sun 4 Apr 2021"),
    ev("budget-passed", "قانون الموازنة لعام 2021، الذي أقر الأسبوع الماضي", BUDGET, "'الأسبوع الماضي' from Mon 5 Apr = the vote of Wed 31 Mar 2021 (outside knowledge)"),
    ev("baghdad-ministry-demo", "تظاهرة حاشدة صباح اليوم الاثنين أمام مبنى وزارة التربية", MONDAY, "'صباح اليوم الاثنين' = Mon 5 Apr 2021"),
    ev("escalation-warning", "وحذر عواد من خطوات تصعيدية", "2021-04-04", "no own expression; the coordinator's warning given to al-Mada for its Monday edition (my span Sun 4 - Mon 5 Apr 2021)", end="2021-04-06"),
])

# ---------------------------------------------------------------- iraq-teachers-general-strike-april-2025
S = "iraq-teachers-general-strike-april-2025"
STRIKE = "2025-04-06"                      # the general strike began Sun 6 Apr 2025, the first school day after the holiday
TUESDAY = "2025-04-08"                     # the Nasiriyah demonstrations and their dispersal, Tue 8 Apr 2025
art(S, "http://factjo.com/news.aspx?Id=234174",
    "2025-04-06", "page line 'نشر بتاريخ : 06/04/2025 توقيت عمان - القدس 3:25:01 PM' (kept as second line; 6 Apr 2025 was a Sunday); the body's 'اليوم الأحد' agrees; the section tag dropped; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
المعلمون في العراق يبدأون إضراباً عاماً احتجاجاً على تدني الرواتب
نشر بتاريخ : 06/04/2025 توقيت عمان - القدس 3:25:01 PM
نفّذ المعلمون في أنحاء العراق، اليوم الأحد، إضراباً عاماً واسعاً، رفضاً لتردي أوضاعهم المعيشية وانخفاض سلم الرواتب الذي لا يجاري الارتفاع المستمر في تكاليف المعيشة.
واتخذ الإضراب أشكالاً عدة، إذ أقامت الهيئات التعليمية وقفات احتجاجية واعتصامات أمام مدارسها، بينما امتنع عدد كبير من المعلمين عن الذهاب إلى أماكن عملهم.
واحتشد معلمون آخرون أمام مديريات التربية في المحافظات، رافعين الأعلام العراقية ومرددين هتافات تدعو الحكومة إلى تلبية مطالبهم بتحسين المعيشة وإصلاح نظام الرواتب بصورة عادلة.
وأوضح المنظمون أن الإضراب سيستمر حتى بعد غد الثلاثاء المقبل، للضغط على الحكومة كي تحسم تنفيذ مطالبهم في الجلسة الأسبوعية لمجلس الوزراء العراقي.
وبسبب الإضراب الشامل، أوصدت آلاف المدارس أبوابها مع ساعات الصباح الأولى، وغاب المعلمون والمدرسون عن الدوام وعن الحصص المقررة في الجدول الأسبوعي، فعاد الطلاب إلى منازلهم وتعطلت العملية التعليمية في البلاد.
""", [
    ev("strike-start", "نفّذ المعلمون في أنحاء العراق، اليوم الأحد، إضراباً عاماً واسعاً", STRIKE, "'اليوم الأحد' = Sun 6 Apr 2025 (page line)"),
    ev("strike-through-tuesday", "الإضراب سيستمر حتى بعد غد الثلاثاء المقبل", STRIKE, "'حتى بعد غد الثلاثاء المقبل' from Sun 6 = the planned strike of Sun 6 - Tue 8 Apr 2025", end="2025-04-09"),
    ev("cabinet-session", "الجلسة الأسبوعية لمجلس الوزراء العراقي", TUESDAY, "no own expression; the weekly cabinet session of 'بعد غد الثلاثاء' = Tue 8 Apr 2025"),
    ev("schools-closed", "أوصدت آلاف المدارس أبوابها مع ساعات الصباح الأولى", STRIKE, "'مع ساعات الصباح الأولى' of 'اليوم الأحد' = Sun 6 Apr 2025"),
])
art(S, "https://shorouknews.com/news/view.aspx?cdate=08042025&id=d32d8e9e-0ca4-4674-a956-37847d273ffc",
    "2025-04-08", "page line 'نشر في: الثلاثاء 8 أبريل 2025 - 1:48 م' (kept as second line; 8 Apr 2025 was a Tuesday) and 'cdate=08042025' in the URL; the body's 'اليوم الثلاثاء' agrees; the DPA source line, the page's clock line of 17 Apr and the page furniture dropped; headline kept from the page; the last, garbled sentence re-worded", True, """
الأمن العراقي يستخدم الهروات والعصي لتفريق مظاهرات المعلمين في الناصرية
نشر في: الثلاثاء 8 أبريل 2025 - 1:48 م
قال شهود عيان، اليوم الثلاثاء، إن قوات مكافحة الشغب العراقية لجأت إلى العصي والهراوات والقنابل الدخانية لتفريق مظاهرات خرج فيها معلمون وسط مدينة الناصرية، مركز محافظة ذي قار "375 كم جنوبي بغداد"، مطالبين بتحسين ظروفهم المعيشية.
وأضاف الشهود أن أعداداً كبيرة من المعلمين خرجوا اليوم في مظاهرات شعبية جابت الناصرية، ضمن حركة الاعتصامات والإضراب التي انطلقت منذ يوم الأحد الماضي في العراق للمطالبة بتحسين أحوال المعلمين المعيشية ورفع سقف رواتبهم.
وبيّن الشهود أن قوات مكافحة الشغب تصدت للمتظاهرين وسعت إلى منع توسع المظاهرات مستخدمة العصي والهراوات وقنابل الدخان، ما أدى إلى اشتباكات بالأيدي بين المحتجين وقوات الأمن خلّفت عدداً كبيراً من المصابين.
وأشار الشهود إلى أن القوات الأمنية طاردت المتظاهرين في الشوارع لتفريقهم.
""", [
    ev("nasiriyah-crackdown", "لجأت إلى العصي والهراوات والقنابل الدخانية لتفريق مظاهرات", TUESDAY, "'اليوم الثلاثاء' = Tue 8 Apr 2025"),
    ev("nasiriyah-protest", "خرجوا اليوم في مظاهرات شعبية جابت الناصرية", TUESDAY, "'اليوم' = Tue 8 Apr 2025"),
    ev("strike-start", "انطلقت منذ يوم الأحد الماضي في العراق", STRIKE, "'منذ يوم الأحد الماضي' from Tue 8 = Sun 6 Apr 2025"),
    ev("nasiriyah-injuries", "اشتباكات بالأيدي بين المحتجين وقوات الأمن خلّفت عدداً كبيراً من المصابين", TUESDAY, "no own expression; the clashes of the dispersal on Tue 8 Apr 2025"),
])
art(S, "https://baghdad-agency.com/article-detail/13678",
    "2025-04-08", "no date on the stored page; the body's 'اليوم الثلاثاء' for the arrests of teachers wounded in the Nasiriyah demonstrations (dated Tue 8 Apr 2025 by DPA/al-Shorouk and by Kurdistan24's 'الثلاثاء الماضي') gives Tue 8 Apr 2025; the source line 'ذي قار – بغداد الاخبارية' and the hashtag dropped; headline written from the body (the stored text has none); the last, truncated quotation dropped; no date of its own in the text", False, """
اعتقال عشرة معلمين من داخل مستشفى الناصرية بعد إصابتهم في التظاهرات
قال مصدر أمني في محافظة ذي قار، اليوم الثلاثاء، إن قوة أمنية اعتقلت عشرة من الكوادر التدريسية بينما كانوا يتلقون العلاج في مستشفى الناصرية التعليمي، بسبب مشاركتهم في تظاهرات خرجت في المحافظة للمطالبة بتحسين أوضاعهم المعيشية.
وأوضح المصدر أن "عشرة معلمين جُرحوا في التظاهرات التي عرفتها مدينة الناصرية ونُقلوا إلى المستشفى للعلاج، غير أن قوة أمنية اعتقلتهم من داخله".
من جهتها، نددت المديرية العامة للتربية في ذي قار بـ"الاعتداء الذي طال عدداً من الكوادر التربوية"، مؤكدة أن المعلمين هم "الركيزة الأساسية لبناء الأجيال وخدمة الوطن"، ومطالبة بـ"محاسبة المتسببين بالاعتداء".
وحثت المديرية في بيانها الكوادر التربوية كافة على "الحفاظ على الطابع السلمي للتظاهرات، وتفويت الفرصة على المندسين، وأخذ أقصى درجات الحيطة والحذر حفاظاً على سلامتهم".
بدوره، اجتمع المدير العام لتربية ذي قار، علي إسماعيل السبتي، بقائد شرطة المحافظة وطالبه بإطلاق سراح التربويين المعتقلين، فاستجاب قائد الشرطة ووجّه بإطلاق سراح جميع المعتقلين.
""", [
    ev("hospital-arrests", "اعتقلت عشرة من الكوادر التدريسية بينما كانوا يتلقون العلاج", TUESDAY, "'اليوم الثلاثاء' = Tue 8 Apr 2025"),
    ev("nasiriyah-protest", "تظاهرات خرجت في المحافظة للمطالبة بتحسين أوضاعهم المعيشية", TUESDAY, "no own expression; the Nasiriyah demonstrations of Tue 8 Apr 2025"),
    ev("directorate-condemnation", "نددت المديرية العامة للتربية في ذي قار", TUESDAY, "no own expression; the directorate's statement of the same Tue 8 Apr 2025"),
    ev("release-order", "ووجّه بإطلاق سراح جميع المعتقلين", TUESDAY, "no own expression; the police chief's order after the meeting of Tue 8 Apr 2025"),
])
art(S, "https://www.kurdistan24.net/ar/story/834231/%D8%A7%D8%B3%D8%AA%D9%82%D8%A7%D9%84%D8%A9-%D8%AC%D9%85%D8%A7%D8%B9%D9%8A%D8%A9-%D9%84%D8%A3%D9%83%D8%AB%D8%B1-%D9%85%D9%86-500-%D9%85%D8%AF%D9%8A%D8%B1-%D9%85%D8%AF%D8%B1%D8%B3%D8%A9-%D9%81%D9%8A-%D8%B0%D9%8A-%D9%82%D8%A7%D8%B1-%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC%D8%A7-%D8%B9%D9%84%D9%89-%D8%A5%D9%87%D8%A7%D9%86%D8%A9-%D8%B2%D9%85%D9%84%D8%A7%D8%A6%D9%87%D9%85",
    "2025-04-10", "the body's 'اليوم الخميس 10 نيسان 2025' (kept; 10 Apr 2025 was a Thursday); the dateline 'أربيل (كوردستان24)-' dropped; headline kept from the page", True, """
استقالة جماعية لأكثر من 500 مدير مدرسة في ذي قار احتجاجا على "إهانة زملائهم"
قدّم أكثر من 500 مدير مدرسة في محافظة ذي قار جنوبي العراق استقالاتهم من مناصبهم.
وأفادت مصادر محلية، اليوم الخميس 10 نيسان 2025، بأن "الخطوة أتت احتجاجاً على إهانة الأجهزة الأمنية لزملائهم، وعلى عدم اتخاذ أي إجراء بحق المسيئين من منتسبي تلك الأجهزة خلال التظاهرات الأخيرة المطالبة بتحسين رواتب الكوادر التربوية".
وأضافت المصادر أن "مديرين آخرين أبدوا رفضهم تسلّم المناصب التربوية مكان المستقيلين، وهو ما ينذر بأزمة تربوية حادة في المحافظة".
وكان مئات المعلمين والمعلمات قد احتشدوا الثلاثاء الماضي قرب تقاطع البهو وسط مدينة الناصرية، مطالبين بتنفيذ حقوقهم المعلنة سابقاً من قبل الجهات الحكومية.
وتدخلت الشرطة لفض الاشتباك بين المتظاهرين، فأطلقت الغاز المسيل للدموع وقنابل الدخان، وسُمع دوي إطلاق رصاص خلال التجمعات.
""", [
    ev("principals-resign", "قدّم أكثر من 500 مدير مدرسة في محافظة ذي قار", "2025-04-10", "no own day in the sentence; the resignations reported by local sources 'اليوم الخميس 10 نيسان 2025'"),
    ev("nasiriyah-protest", "احتشدوا الثلاثاء الماضي قرب تقاطع البهو", TUESDAY, "'الثلاثاء الماضي' before Thu 10 = Tue 8 Apr 2025"),
    ev("nasiriyah-crackdown", "وتدخلت الشرطة لفض الاشتباك بين المتظاهرين", TUESDAY, "no own expression; the dispersal of the Tuesday demonstration, Tue 8 Apr 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 325
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

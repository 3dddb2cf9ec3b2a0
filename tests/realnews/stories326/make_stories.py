"""Builds stories.jsonl: the 326-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: exams -- cheating scandals, leaked exam papers, exams
postponed or cancelled, baccalaureate and secondary-school results: the Palestinian Tawjihi results announced in
the middle of the Gaza war (Palestine, July 2014), the leaked physics paper of the Mauritanian baccalaureate and
its retake (Mauritania, June 2015), the baccalaureate results of the Covid year in Morocco (Morocco, July 2020),
and the delayed Sudanese school-certificate results of the war years (Sudan, October 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- palestine-tawjihi-results-gaza-war-2014
S = "palestine-tawjihi-results-gaza-war-2014"
RESULTS = "2014-07-15"                     # Tawjihi results announced on the morning of Tue 15 Jul 2014
OBJECTION = "2014-07-14"                   # the Gaza ministry's statement of Mon 14 Jul 2014
WAR = ("2014-07-08", "2014-08-27")         # the Israeli offensive on Gaza, 8 Jul - 26 Aug 2014
art(S, "https://blog.arabia2.com/new/s/7213",
    "2014-07-14", "post stamp 'بواسطة admin 07-14-2014 11:28 مساءً' (date and time kept as second line; 14 Jul 2014 was a Monday); the body's 'غدا الثلاثاء' for the announcement of Tue 15 Jul 2014 agrees; the blog reposts the Gaza ministry's statement; headline kept from the page; the view counter and the last, truncated clause ('فوجئنا اليوم باتصال من وزارة التر') dropped", True, """
وزارة التعليم بغزة: لن ننشر نتائج التوجيهي غداً الثلاثاء وسيُحدَّد موعد لاحق لتسلّم الطلبة شهاداتهم
07-14-2014 11:28 مساءً
ألقت وزارة التربية والتعليم العالي في غزة على الوزارة في رام الله مسؤولية قرارها إعلان نتائج امتحانات الثانوية العامة (التوجيهي) للعام2014 غدا الثلاثاء، معتبرة أن التوقيت غير مناسب، ولا سيما مع تواصل العدوان الصهيوني الغاشم على أهلنا في قطاع غزة.
وفي تصريح صحفي، قال الدكتور زياد ثابت، وكيل وزارة التربية والتعليم العالي في غزة، تعقيبا على قرار وزيرة التربية والتعليم العالي الدكتورة خولة الشخشير إعلان نتائج التوجيهي غداً الثلاثاء، إن الوزارة في غزة لا علاقة لها بهذا الإعلان، وإنها تحمّل الوزارة في رام الله والجهات المسؤولة التي ذكرتها الوزيرة ووافقت على الإعلان المسؤولية الكاملة عن هذه الخطوة التي تأتي مع تصاعد العدوان الصهيوني والمجازر المرتكبة بحق أبناء شعبنا في غزة.
وأضاف ثابت أن وزارته كانت قد توافقت مع الوزيرة على تأجيل إعلان نتائج الثانوية العامة بسبب ظروف الحرب الهمجية على غزة.
""", [
    ev("gaza-ministry-objection", "ألقت وزارة التربية والتعليم العالي في غزة على الوزارة في رام الله مسؤولية", OBJECTION, "no own expression; the Gaza ministry's statement, posted on Mon 14 Jul 2014 at 11:28 pm"),
    ev("results-announced", "إعلان نتائج امتحانات الثانوية العامة (التوجيهي) للعام2014 غدا الثلاثاء", RESULTS, "'غدا الثلاثاء' from Mon 14 Jul = Tue 15 Jul 2014"),
    ev("ramallah-decision", "قرار وزيرة التربية والتعليم العالي الدكتورة خولة الشخشير", OBJECTION, "no own expression; the minister's decision to publish the next day, taken on Mon 14 Jul 2014 (the Gaza ministry says it was told of it that day)"),
    ev("postponement-agreement", "كانت قد توافقت مع الوزيرة على تأجيل إعلان نتائج الثانوية العامة", "2014-07-08", "no own expression; the earlier agreement to postpone the results because of the war, after the offensive began on 8 Jul and before 14 Jul 2014 (my span 8-13 Jul)", end="2014-07-14"),
    ev("gaza-war", "تواصل العدوان الصهيوني الغاشم على أهلنا في قطاع غزة", WAR[0], "no own expression; the Israeli offensive on Gaza of 8 Jul - 26 Aug 2014 (outside knowledge)", end=WAR[1]),
])
art(S, "https://alhadath.ps/article/1560/-%d9%81%d9%8a-%d8%ba%d8%b2%d8%a9-%d8%a7%d9%84%d9%82%d8%b5%d9%81-%d8%a7%d9%84%d8%a5%d8%b3%d8%b1%d8%a7%d8%a6%d9%8a%d9%84%d9%8a-%d9%8a%d9%8f%d8%ba%d9%8a%d9%91%d8%a8-%d8%a8%d9%87%d8%ac%d8%a9-%d8%a7%d9%84%d8%ab%d8%a7%d9%86%d9%88%d9%8a%d8%a9-%d8%a7%d9%84%d8%b9%d8%a7%d9%85%d8%a9-",
    "2014-07-15", "page stamp '2014-07-15 12:17:01 PM' under the headline (not kept in the text); the body's 'اليوم الثلاثاء' agrees (15 Jul 2014 was a Tuesday); headline re-worded from the page; the source tag 'الحدث-غزة', the photo caption and the last, truncated sentence dropped; no date of its own in the text", False, """
القصف الإسرائيلي يحجب فرحة الثانوية العامة في غزة
في السادس والعشرين من يونيو/حزيران الماضي، كتب إبراهيم البطش، طالب الثانوية العامة (التوجيهي)، على صفحته في موقع فيسبوك: "أنهيت اليوم الامتحانات، وأرجو من الله أن يرزقني النجاح بعد هذا التعب الشاق، ادعوا لي ولكل الطلبة".
ونجح إبراهيم اليوم واستُجيبت دعواته، لكنه لن يحتفل بيوم طال انتظاره، فقد غيّبته غارة إسرائيلية استهدفت منزله وقتلته مع 18 فردا من عائلته.
وفوق أنقاض البيوت المهدمة، وبين الدموع على من رحلوا، تلقى أهالي قطاع غزة نتائج الثانوية العامة اليوم الثلاثاء.
وأخفى العدوان الإسرائيلي على القطاع، بما خلفته الغارات من عشرات القتلى والجرحى وآلاف البيوت المدمرة، كل مظاهر الاحتفال بنتائج امتحانات الثانوية العامة (توجيهي) التي أُعلنت صباح اليوم الثلاثاء.
وبدت شوارع غزة خالية من أي احتفال بهذه المناسبة الاستثنائية التي ينتظرها الفلسطينيون في كل عام، والتي تفتح أمام الطلبة أبواب الدراسة الجامعية.
""", [
    ev("exams-end", "أنهيت اليوم الامتحانات", "2014-06-26", "'في السادس والعشرين من يونيو/حزيران الماضي' with 'اليوم' in the student's post = Thu 26 Jun 2014"),
    ev("batsh-family-strike", "فقد غيّبته غارة إسرائيلية استهدفت منزله", "2014-07-12", "no own expression; the air strike on the al-Batsh family home in Gaza City that killed 18 of the family, on the night of Sat 12 Jul 2014 (outside knowledge)"),
    ev("results-announced", "التي أُعلنت صباح اليوم الثلاثاء", RESULTS, "'صباح اليوم الثلاثاء' = the morning of Tue 15 Jul 2014"),
    ev("gaza-war", "وأخفى العدوان الإسرائيلي على القطاع", WAR[0], "no own expression; the Israeli offensive on Gaza of 8 Jul - 26 Aug 2014 (outside knowledge)", end=WAR[1]),
])
art(S, "https://paltoday.ps/ar/post/205969/send-post",
    "2014-07-15", "page date line 'الساعة 06:57 ص|15 يوليو 2014' (kept as second line; 15 Jul 2014 was a Tuesday); the body's 'اليوم' for the results agrees; headline re-worded from the page ('خبر' tag dropped); the source line 'غزة- خاص' and the last, truncated sentence dropped", True, """
طلاب التوجيهي في غزة: فرحة يخالطها الألم والغصة
الساعة 06:57 ص|15 يوليو 2014
في مثل هذا اليوم من الأعوام السابقة كانت الفرحة تعم الغزيين، فتُوزَّع الحلوى في كل مكان وتنطلق الألعاب النارية ابتهاجا بالناجحين في الثانوية العامة، أما اليوم، ومع إعلان نتائج التوجيهي، فلا يُسمع إلا صوت آلة الحرب الصهيونية تقصف في كل مكان، والحزن يخيم على كل بيت.
شهداء وجرحى ودماء متناثرة وبيوت هُدمت على ساكنيها، هكذا يتلقى طلاب الثانوية العامة نتائجهم هذا العام، فقد حرمت طائرات الاحتلال الناجحين من فرحة ينتظرونها عام كامل؛ فمنهم من استشهد، ومنهم من دُمّر بيته، وكثيرون غيرهم فقدوا أخا أو قريبا في القصف.
وكانت وزارة التربية والتعليم العالي قد أعلنت نتائج الثانوية العامة اليوم رغم اعتراض كثيرين بسبب العدوان الصهيوني المتواصل على قطاع غزة، وارتفاع حصيلة الشهداء إلى أكثر من 190 شهيداً و1400 جريحاً.
ورغم الحصار المستمر والانقطاع المتواصل للتيار الكهربائي الذي ضاعف معاناة الطلاب خلال عامهم الدراسي، فقد نال طلاب قطاع غزة مراتب متقدمة في نتائج الثانوية العامة.
""", [
    ev("results-announced", "قد أعلنت نتائج الثانوية العامة اليوم رغم اعتراض كثيرين", RESULTS, "'اليوم' in the item dated 15 Jul 2014 = Tue 15 Jul 2014"),
    ev("announcement-objections", "رغم اعتراض كثيرين", OBJECTION, "no own expression; the objections raised before the announcement, among them the Gaza ministry's statement of Mon 14 Jul 2014 (my span 14-15 Jul)", end="2014-07-16"),
    ev("gaza-war", "العدوان الصهيوني المتواصل على قطاع غزة", WAR[0], "no own expression; the Israeli offensive on Gaza of 8 Jul - 26 Aug 2014 (outside knowledge)", end=WAR[1]),
    ev("death-toll-190", "ارتفاع حصيلة الشهداء إلى أكثر من 190 شهيداً", WAR[0], "no own expression; the toll of the offensive from 8 Jul up to the morning of 15 Jul 2014 (my span)", end="2014-07-16"),
])
art(S, "https://al-jazirah.com/2014/20140717/du3.htm",
    "2014-07-17", "date in the URL '/2014/20140717/' (17 Jul 2014 was a Thursday); the body's 'أمس الأول الثلاثاء' for the results of Tue 15 Jul 2014 agrees; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
أكثر من 18 طالبا من طلبة التوجيهي بين شهداء العدوان على غزة
أفادت مصادر للجزيرة في وزارتي التربية والتعليم والصحة الفلسطينيتين بأن بين شهداء العدوان الصهيوني المتواصل على قطاع غزة أكثر من 18 طالباً من طلاب الثانوية العامة.
وكانت وزارة التربية والتعليم في حكومة التوافق الفلسطينية قد أعلنت أمس الأول الثلاثاء نتائج امتحان الثانوية العامة «التوجيهي» للعام 2014، ووفق مصادر الجزيرة فقد حُرم 18 طالباً من غزة من الحصول على نتائج الامتحانات التي خاضوها خلال هذا العام لأنهم ارتقوا شهداء جراء العدوان الصهيوني على القطاع.
ومن هؤلاء الشهداء الثمانية عشر الطالبة دنيا مهدي حمد (16 عاما)، التي استشهدت مع أفراد من عائلتها في مجزرة ارتكبتها طائرات الحرب الصهيونية بقصف منزل العائلة في منطقة بيت حانون شمال قطاع غزة.
وتنشر الجزيرة أسماء شهداء العدوان من طلبة التوجيهي، وهم: عمار محمد جودة، ومحمد عاهد حبيب، وأحمد موسى حبيب، وأحمد نائل مهدي، ودنيا مهدي حمد، وطارق محمود الحاج، وسعد محمود الحاج، وإسماعيل حسن أبو جامع، وأنس يوسف قنديل، وقاسم جبر عدوان عودة، ومحمد أحمد بصل، وحسين عبد القادر محيسن، وزياد ماهر النجار، وكمال عاطف يوسف أبو طه، ومحمد عصام البطش، ويحيى علاء البطش، وإبراهيم ماجد البطش، وقصي علاء البطش.
""", [
    ev("results-announced", "قد أعلنت أمس الأول الثلاثاء نتائج امتحان الثانوية العامة", RESULTS, "'أمس الأول الثلاثاء' from Thu 17 Jul = Tue 15 Jul 2014"),
    ev("tawjihi-students-killed", "أكثر من 18 طالباً من طلاب الثانوية العامة", WAR[0], "no own expression; the Tawjihi students killed since the offensive began on 8 Jul 2014, counted up to the report of 17 Jul (my span 8-17 Jul)", end="2014-07-18"),
    ev("hamad-family-strike", "بقصف منزل العائلة في منطقة بيت حانون", "2014-07-09", "no own expression; the strike on the Hamad family home in Beit Hanoun in the first days of the offensive, on the night of 9-10 Jul 2014 (outside knowledge; my span 9-10 Jul)", end="2014-07-11"),
    ev("gaza-war", "شهداء العدوان الصهيوني المتواصل على قطاع غزة", WAR[0], "no own expression; the Israeli offensive on Gaza of 8 Jul - 26 Aug 2014 (outside knowledge)", end=WAR[1]),
])

# ---------------------------------------------------------------- mauritania-bac-physics-leak-2015
S = "mauritania-bac-physics-leak-2015"
LEAK = "2015-06-15"                        # the physics paper circulated on WhatsApp on the evening of Mon 15 Jun 2015
EXAM = "2015-06-16"                        # the physics exam (science streams) sat on Tue 16 Jun 2015
RETAKE = "2015-06-22"                      # the physics retake, Mon 22 Jun 2015
INQUIRY = ("2015-06-16", "2015-06-23")     # the investigation into the leak (my span 16-22 Jun)
art(S, "https://arayalmostenir.com/node/955",
    "2015-06-16", "the body's 'اليوم الثلاثاء (16-6-2015)' in the student's words and 'فجر اليوم الثلاثاء' (16 Jun 2015 was a Tuesday) give the day; the item is an al-Akhbar (Nouakchott) report (source tag '(الأخبار - نواكشوط)' dropped); headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
تسرب مادة الفيزياء يصدم مترشحي الباكولوريا في موريتانيا
أحدث تسرب مادة الفيزياء ليلة الثلاثاء (20:30) صدمة كبيرة بين المشاركين في الباكولوريا، بعدما تيقنوا من صحة المعلومات فجر اليوم الثلاثاء، وسط صمت يلف القائمين على التعليم في موريتانيا.
وتبادل رواد "الوتساب" أسئلة الفيزياء بعد صلاة المغرب مباشرة، ثم حُلّت وتناقل رواد الشبكة الاجتماعية الحلول، في حين عمدت مصلحة الامتحان إلى توزيع الموضوع ذاته من دون أي تغيير أو تحويل أو تحوير، ما أفقد المسابقة قيمتها الأخلاقية في أعين الممتحنين والجمهور.
واحتج الشاب أبي ولد عبدوتي ولد الإمام، المولود في لعيون، على رئيس مركز "اعدادية البنات" في نواكشوط بحضور عناصر من الدرك، قائلا: "يا رئيس لجنة الإشراف، لقد دخلت القسم اليوم الثلاثاء (16-6-2015) وأنا أحفظ كل الأسئلة والحلول المطلوبة عن ظهر قلب، ولا يمكنني أخلاقيا أن أجري امتحان الفيزياء وقد حفظته البارحة كاملا، وأرجو أن يُغيَّر الموضوع أو أن تُبلَّغ الوزارة به".
فهدده رئيس لجنة الإشراف بالطرد إن تكلم ثانية وبالحرمان من الباكولوريا 6 سنوات قادمة، غير أن الطالب، الذي يوصف بالمتميز بين أقرانه، رفض أن يشارك في اللعبة.
""", [
    ev("physics-leak", "أحدث تسرب مادة الفيزياء ليلة الثلاثاء (20:30)", LEAK, "'ليلة الثلاثاء (20:30)' = the evening before Tue 16 Jun, Mon 15 Jun 2015 at 20:30"),
    ev("leak-confirmed", "بعدما تيقنوا من صحة المعلومات فجر اليوم الثلاثاء", EXAM, "'فجر اليوم الثلاثاء' = dawn of Tue 16 Jun 2015"),
    ev("answers-shared", "أسئلة الفيزياء بعد صلاة المغرب مباشرة", LEAK, "no own day; right after the sunset prayer on the evening of the leak, Mon 15 Jun 2015 ('البارحة' in the student's words)"),
    ev("physics-exam", "عمدت مصلحة الامتحان إلى توزيع الموضوع ذاته", EXAM, "no own expression; the paper handed out at the exam of Tue 16 Jun 2015 ('اليوم الثلاثاء (16-6-2015)')"),
    ev("student-protest", "واحتج الشاب أبي ولد عبدوتي ولد الإمام", EXAM, "'اليوم الثلاثاء (16-6-2015)' in his words = Tue 16 Jun 2015"),
])
art(S, "https://echourouqmedia.net/?q=node%2F2187",
    "2015-06-16", "no date on the stored page; the body's 'منذ صباح اليوم الثلاثاء', 'منذ مساء أمس الاثنين' and the paper handed out 'صباح اليوم' match the physics exam of Tue 16 Jun 2015 (dated so by al-Akhbar: 'اليوم الثلاثاء (16-6-2015)'), which gives Tue 16 Jun 2015; the item reposts a Sahara Medias report (closing credit 'صحراء ميديا' dropped); headline written from the body; no date of its own in the text", False, """
اجتماع استثنائي في سلطات التعليم بعد أنباء عن تسريب مادة الفيزياء
نقلت "صحراء ميديا" عن مصادر خاصة أن جهات عليا في السلطات التعليمية الموريتانية دخلت منذ صباح اليوم الثلاثاء في اجتماع استثنائي لبحث الأنباء المتداولة عن تسريب مادة الفيزياء ضمن مسابقة الباكالوريا.
وكان الموريتانيون الناشطون على مواقع التواصل الاجتماعي قد تداولوا منذ مساء أمس الاثنين موضوعا قالوا إنه أسئلة مادة الفيزياء التي ستوزع على المتسابقين بعد ذلك بعدة ساعات، وقد اطلع عدد من المتسابقين على الموضوع الذي انتشرت أجوبته على نطاق واسع.
وتفيد الأنباء المتداولة بأن الموضوع وُزّع فعلا على المتسابقين صباح اليوم.
وبحسب ما أكدته مصادر صحراء ميديا، يسعى المجتمعون، ومن بينهم مدراء ورؤساء مصالح، إلى التثبت من تسريب المادة.
وأضافت المصادر أن اللجنة ستقرر، إذا تأكد تسريب مادة الفيزياء، إعادة امتحان الفيزياء وإلغاء الموضوع الذي وُزّع اليوم لأنه تُدووِل قبل موعد الامتحان.
وكانت السلطات التعليمية في موريتانيا قد ألغت مسابقة الباكالوريا مرة واحدة عام 2000، حين سُرّبت المسابقة فيما عُرف آنذاك بالفضيحة التي تورطت فيها جهات نافذة.
""", [
    ev("emergency-meeting", "دخلت منذ صباح اليوم الثلاثاء في اجتماع استثنائي", EXAM, "'منذ صباح اليوم الثلاثاء' = the morning of Tue 16 Jun 2015"),
    ev("physics-leak", "قد تداولوا منذ مساء أمس الاثنين موضوعا", LEAK, "'منذ مساء أمس الاثنين' from Tue 16 Jun = the evening of Mon 15 Jun 2015"),
    ev("physics-exam", "وُزّع فعلا على المتسابقين صباح اليوم", EXAM, "'صباح اليوم' = the morning of Tue 16 Jun 2015"),
    ev("bac-2000-cancelled", "ألغت مسابقة الباكالوريا مرة واحدة عام 2000", "2000-01-01", "'عام 2000' = the year 2000 (the day of the cancellation is not given)", end="2001-01-01"),
])
art(S, "https://zahraainfo.com/node/2983",
    "2015-06-22", "the body's 'اليوم الاثنين 22 يونيو 2015' (kept; 22 Jun 2015 was a Monday); headline written from the body (the stored text has none); the last, truncated words dropped", True, """
الحكومة الموريتانية تعيد امتحان الفيزياء بعد تسريبه
أعادت الحكومة الموريتانية اليوم الاثنين 22 يونيو 2015 امتحان مادة "الفيزياء" بعد أن سرّبها مجهول الأسبوع المنصرم، وسط توتر يسود كبرى مصالح وزارة التهذيب خشية تداعيات أخطر فضيحة في تاريخ النظام التربوي بموريتانيا.
ويخوض آلاف من تلاميذ الباكولوريا امتحان الفيزياء للمرة الثانية خلال أسبوع، بعدما عبثت هشاشة البنية الإدارية والإجراءات المتخذة بالمادة الأولى، وقد لجأت الأوساط التربوية إلى أساتذة جدد لوضع الامتحان الثانى، وسط مخاوف من أن يتسرب هو الآخر.
وأغفلت الحكومة الموريتانية ملف التعليم في اجتماعها الأخير على حساسيته، وبدا أن الأمر تُرك للجانب الأمني لإنجاز تقرير الدرك الذي كُلّف رسميا بإجراء تحقيق جدي في العملية لتحديد المسؤوليات.
واطلع ضباط من الشرطة على بعض المعطيات في هواتف حجزها بعض القائمين على الامتحان، لكن الشرطة لم يُسمح لها بإجراء التحقيق الأمني، بسبب حساسية الملف من جهة، ولأن اليدالي ولد مكت يتولى فى الوقت الحالى مسؤولية إدارة الامتحانات، وهو شقيق قائد جهاز الشرطة اللواء محمد ولد مكت، أبرز العسكريين الممسكين بزمام الأمور في موريتانيا.
""", [
    ev("physics-retake", "أعادت الحكومة الموريتانية اليوم الاثنين 22 يونيو 2015 امتحان مادة", RETAKE, "'اليوم الاثنين 22 يونيو 2015' (a Monday)"),
    ev("physics-leak", "بعد أن سرّبها مجهول الأسبوع المنصرم", LEAK, "'الأسبوع المنصرم' = the week before; the leak of the evening of Mon 15 Jun 2015 (al-Akhbar, Sahara Medias)"),
    ev("physics-exam", "والإجراءات المتخذة بالمادة الأولى", EXAM, "no own expression; the first physics paper, sat on Tue 16 Jun 2015 ('للمرة الثانية خلال أسبوع')"),
    ev("cabinet-meeting", "ملف التعليم في اجتماعها الأخير", "2015-06-18", "'اجتماعها الأخير' = the last weekly cabinet meeting before Mon 22 Jun; the Mauritanian Council of Ministers meets on Thursdays, so Thu 18 Jun 2015 (outside knowledge)"),
    ev("leak-investigation", "تقرير الدرك الذي كُلّف رسميا بإجراء تحقيق جدي", INQUIRY[0], "no own expression; the gendarmerie inquiry opened after the leak was admitted on Tue 16 Jun and still under way on Mon 22 Jun 2015 (my span 16-22 Jun)", end=INQUIRY[1]),
])
art(S, "https://essirage.net/node/2329?page=3",
    "2015-06-22", "no date on the stored page; the body's 'سير الامتحانات المعادة ... اليوم الإثنين' matches the physics retake of Mon 22 Jun 2015 (dated so by zahraainfo: 'اليوم الاثنين 22 يونيو 2015'), which gives Mon 22 Jun 2015; 'الجمعة الماضية' agrees; headline written from the body (the stored text has none); no date of its own in the text", False, """
وزير التهذيب: التحقيق في تسريب الفيزياء مستمر
أكد وزير التهذيب الوطني الموريتاني با عثمان أن التحقيقات في تسريب مادة الفيزياء الخاصة بالشعب العلمية من مترشحي الباكلوريا ستتواصل إلى أن تنجلي كل ملابسات القضية.
وأوضح الوزير، في حديث لوكالة الأنباء الرسمية على هامش زيارة اطلع خلالها على سير الامتحانات المعادة للشعب العلمية اليوم الإثنين، أن الحكومة قررت إعادة امتحان مادة الفيزياء لمترشحي شعبة العلوم بعدما تأكدت من تسريبها، حرصا منها على العدالة والشفافية في جميع مراحل الامتحان.
وتتعارض تصريحات وزير التهذيب اليوم مع ما أدلى به وزير الاتصال الناطق الرسمي باسم الحكومة إزيد بيه ولد محمد محمود الجمعة الماضية، من أن التحقيقات انتهت إلى تحديد مصدر التسريب، وهو بحسب تعبير الوزير طفل قاصر.
""", [
    ev("minister-statement", "أكد وزير التهذيب الوطني الموريتاني با عثمان", RETAKE, "no own expression; the minister spoke during his visit of 'اليوم الإثنين' = Mon 22 Jun 2015 ('تصريحات وزير التهذيب اليوم')"),
    ev("leak-investigation", "التحقيقات في تسريب مادة الفيزياء الخاصة بالشعب العلمية", INQUIRY[0], "no own expression; the inquiry into the leak, from Tue 16 Jun and still going on Mon 22 Jun 2015 (my span 16-22 Jun)", end=INQUIRY[1]),
    ev("physics-retake", "سير الامتحانات المعادة للشعب العلمية اليوم الإثنين", RETAKE, "'اليوم الإثنين' = Mon 22 Jun 2015"),
    ev("retake-decision", "أن الحكومة قررت إعادة امتحان مادة الفيزياء", EXAM, "no own expression; the government admitted the leak and decided the retake on Tue 16 Jun 2015 (rimtoday: 'اعترفت الحكومة الموريتانية اليوم الثلاثاء رسميا بتسريب مادة الفيزياء', outside the set)"),
    ev("spokesman-statement", "ما أدلى به وزير الاتصال الناطق الرسمي باسم الحكومة", "2015-06-19", "'الجمعة الماضية' from Mon 22 Jun = Fri 19 Jun 2015"),
])

# ---------------------------------------------------------------- morocco-bac-results-2020
S = "morocco-bac-results-2020"
RESULTS = "2020-07-15"                     # normal-session results announced on Wed 15 Jul 2020
EXAMS = ("2020-07-03", "2020-07-09")       # the national exam: 3-4 Jul (letters) and 6-8 Jul (sciences) 2020
LOCKDOWN = ("2020-03-20", "2020-06-11")    # Morocco's health emergency lockdown, 20 Mar - 10 Jun 2020
art(S, "https://zaiotv.net/?p=25087",
    "2020-07-15", "page line 'أخر تحديث : الأربعاء 15 يوليو 2020 - 5:48 مساءً' (kept as second line; 15 Jul 2020 was a Wednesday); the body's 'اليوم الاربعاء' agrees; the site's clock line 'اليوم الجمعة 22 نوفمبر 2024 - 1:14 صباحًا' (time of the crawl), the credit 'متابعة' and the last, truncated sentence dropped; headline kept from the page", True, """
بكالوريا دورة يوليوز 2020: نسبة النجاح تبلغ 63,08 بالمائة مقابل 65,55 بالمئة في العام الماضي
أخر تحديث : الأربعاء 15 يوليو 2020 - 5:48 مساءً
أفادت وزارة التربية الوطنية والتكوين المهني والتعليم العالي والبحث العلمي، في بلاغ أصدرته اليوم الاربعاء، بأن 196 ألفا و664 مترشحة ومترشحا من الممدرسين في التعليم العمومي والخصوصي نجحوا في الدورة العادية للامتحان الوطني الموحد لنيل شهادة البكالوريا 2020، بنسبة نجاح بلغت 63,08 بالمائة، مقابل 65,55 بالمائة في الدورة نفسها لعام 2019.
وحضر اختبارات هذه الدورة 311 ألفا و758 مترشحة ومترشحا من الممدرسين، أي بنسبة 97,2 بالمائة، في حين بلغت نسبة النجاح لدى المترشحين الأحرار 30,61 بالمائة مقابل 21,9 بالمائة في نفس الدورة سنة 2019، وذكرت الوزارة في بلاغها أن نسبة الحضور في صفوف هذه الفئة كانت مرتفعة إذ بلغت 62 في المائة، مقارنة مع السنوات الماضية.
وأوضحت الوزارة أن الإناث يمثلن 55,75 بالمائة من مجموع الناجحات والناجحين الممدرسين، وأن عدد الحاصلين على ميزة من الممدرسين بلغ 102 ألفا و882، أي 52,30 بالمائة من المجموع.
""", [
    ev("results-announced", "في بلاغ أصدرته اليوم الاربعاء", RESULTS, "'اليوم الاربعاء' = Wed 15 Jul 2020"),
    ev("results-2019", "مقابل 65,55 بالمائة في الدورة نفسها لعام 2019", "2019-06-01", "'الدورة نفسها لعام 2019' = the normal session of 2019, whose results came out in June 2019 (my span June 2019)", end="2019-07-01"),
    ev("exams-2020", "وحضر اختبارات هذه الدورة", EXAMS[0], "no own expression; the national exam of 3-4 Jul (letters) and 6-8 Jul (sciences) 2020, as set by the minister in spring 2020 (outside knowledge)", end=EXAMS[1]),
])
art(S, "https://static.kifache.com/%d8%a3%d9%88%d9%84-%d8%aa%d8%b5%d8%b1%d9%8a%d8%ad-%d9%84%d8%a3%d8%a8-%d8%a7%d9%84%d9%85%d8%aa%d9%81%d9%88%d9%82%d8%a9-%d9%88%d8%b3%d9%82%d9%8a-%d8%b2%d9%8a%d9%86%d8%a8-%d8%a8%d9%86%d8%aa%d9%8a",
    "2020-07-15", "page line 'الأربعاء 15 يوليو 2020 على الساعة 17:00' (kept as second line; 15 Jul 2020 was a Wednesday); headline rendered from the Darija headline of the page; the father's Darija quotation rendered in standard Arabic; the tag 'عاجل', the byline 'طارق باشلام', the site's news ticker and the last, truncated words ('الحم') dropped", True, """
أول تصريح لوالد المتفوقة زينب وسقي: ابنتي بذلت جهدا كبيرا في الحجر ونالت أعلى معدل في البكالوريا
الأربعاء 15 يوليو 2020 على الساعة 17:00
نالت التلميذة زينب وسقي أعلى معدل عام على الصعيد الوطني في الامتحان الوطني الموحد للبكالوريا، وهو 19,47 من 20 في مسلك العلوم الفيزيائية خيار فرنسية، فيما حققت الأكاديمية الجهوية للتربية والتكوين لجهة الرباط سلا القنيطرة، التي كانت تدرس في نطاقها، أعلى نسبة نجاح على الصعيد الوطني بلغت 71.27%.
وقال والد التلميذة المتفوقة، في حوار خص به موقع "كيفاش أنفو": "كانت زينب متفوقة دائما، وكنت أنتظر أن تكون من الأوائل، والامتحان كما تعلمون سباق، وحتى في الامتحان الجهوي كانت صاحبة النقطة الأولى 19.50، ثم اجتهدت فجاءت هي الأولى".
""", [
    ev("wasqi-top-score", "نالت التلميذة زينب وسقي أعلى معدل عام على الصعيد الوطني", RESULTS, "no own expression; the results announced on Wed 15 Jul 2020 (page line 'الأربعاء 15 يوليو 2020')"),
    ev("rabat-academy-top-rate", "أعلى نسبة نجاح على الصعيد الوطني بلغت 71.27%", RESULTS, "no own expression; the regional results published with the national ones on Wed 15 Jul 2020"),
    ev("father-interview", "وقال والد التلميذة المتفوقة، في حوار خص به", RESULTS, "no own expression; the interview published on Wed 15 Jul 2020 at 17:00, hours after the results"),
    ev("regional-exam-2019", "وحتى في الامتحان الجهوي كانت صاحبة النقطة الأولى 19.50", "2019-06-01", "no own expression; the regional exam of the first baccalaureate year, sat in June 2019 (outside knowledge; my span June 2019)", end="2019-07-01"),
    ev("covid-lockdown", "بذلت جهدا كبيرا في الحجر", LOCKDOWN[0], "no own expression; Morocco's lockdown under the health emergency, 20 Mar - 10 Jun 2020 (outside knowledge)", end=LOCKDOWN[1]),
])
art(S, "https://telemaroc.tv/info/21148",
    "2020-07-17", "page line 'نشرت في : 17/07/2020' (not kept in the text; 17 Jul 2020 was a Friday); the body's 'أول أمس الأربعاء' for the results of Wed 15 Jul 2020 agrees; the item reprints an interview given to the daily Al-Akhbar; headline re-worded from the page (site name dropped); the sub-heading 'ثقة الكبار' and the last, truncated sentence dropped; no date of its own in the text", False, """
صاحبة أعلى معدل وطني تكشف سر تصدرها امتحان الباكالوريا بالمغرب
نالت التلميذة زينب وسقي، التي تدرس في مؤسسة خصوصية تابعة للمديرية الإقليمية لوزارة التربية الوطنية بالرباط ضمن أكاديمية جهة الرباط سلا القنيطرة، أعلى معدل في الباكالوريا لهذه السنة، وهو 19,47 في تخصص العلوم الفيزيائية خيار فرنسية، بينما حصلت تلميذة من الأكاديمية الجهوية للتربية والتكوين لجهة بني ملال خنيفرة على أعلى معدل في التعليم العمومي، وهو 19.35 في تخصص العلوم الفيزيائية أيضا.
وبثقة الكبار، استقبلت زينب المتألقة فريق «الأخبار» في بيت أسرتها بحي كيش الأوداية وسط مدينة تمارة، لتحكي جانبا من مسارها الدراسي الحافل بالعطاء والتميز على مدى سنوات، قبل أن تحتل، أول أمس الأربعاء، المرتبة الأولى في اختبارات الباكالوريا لهذه السنة، التي اجتازها نحو 441 ألف مترشح ومترشحة في ظروف استثنائية فرضها الحجر الصحي والطوارئ وتداعيات تفشي كورونا في المملكة.
""", [
    ev("wasqi-top-score", "أعلى معدل في الباكالوريا لهذه السنة، وهو 19,47", RESULTS, "no own expression; the results of 'أول أمس الأربعاء' = Wed 15 Jul 2020"),
    ev("public-school-top-score", "أعلى معدل في التعليم العمومي، وهو 19.35", RESULTS, "no own expression; announced with the results of Wed 15 Jul 2020"),
    ev("results-announced", "قبل أن تحتل، أول أمس الأربعاء، المرتبة الأولى", RESULTS, "'أول أمس الأربعاء' from Fri 17 Jul = Wed 15 Jul 2020"),
    ev("exams-2020", "التي اجتازها نحو 441 ألف مترشح ومترشحة", EXAMS[0], "no own expression; the national exam of 3-4 Jul (letters) and 6-8 Jul (sciences) 2020 (outside knowledge)", end=EXAMS[1]),
    ev("covid-lockdown", "ظروف استثنائية فرضها الحجر الصحي والطوارئ", LOCKDOWN[0], "no own expression; Morocco's lockdown under the health emergency, 20 Mar - 10 Jun 2020 (outside knowledge)", end=LOCKDOWN[1]),
])

# ---------------------------------------------------------------- sudan-certificate-results-oct-2025
S = "sudan-certificate-results-oct-2025"
RESULTS = "2025-10-20"                     # results approved by al-Burhan and announced on Mon 20 Oct 2025
WAR_START = "2023-04-15"                   # the war between the army and the RSF broke out on 15 Apr 2023
art(S, "https://almuqrin.org/?p=7662",
    "2025-10-20", "the body's 'اليوم الاثنين 20 أكتوبر 2025م' (kept; 20 Oct 2025 was a Monday); headline kept from the page; the byline 'تقرير: آمال حسن', the run-in sub-headings and the last, truncated sentence dropped; the figures given in a list turned into sentences", True, """
رهف الطيب تتصدر نتيجة الشهادة السودانية المؤجلة 2025 بنسبة 97%.. ووزارة التعليم: النجاح انتصار لإرادة السودانيين
في مشهد يبعث الأمل ويؤكد صمود الشعب السوداني رغم قسوة الظروف، أعلنت وزارة التربية والتعليم الوطنية اليوم الاثنين 20 أكتوبر 2025م نتيجة الشهادة السودانية المؤجلة للعام 2025م بنسبة نجاح عامة بلغت 68.5%، وتصدّرت الطالبة رهف الطيب البشير من مدرسة القنصلية العامة بأسوان قائمة المتفوقين بنسبة 97%، لتغدو رمزًا لتحدي الصعاب وانتصار الإرادة.
وجلس للامتحانات 193,809 طالبًا وطالبة، نجح منهم 132,817.
وتوزعت نسب النجاح على المسارات على النحو الآتي: 68.5% في القسم الأكاديمي، و65.8% في القسم الفني، و80.5% في القسم الديني.
وأوضحت الوزارة أن النتائج هذا العام تعكس استقرارا نسبيا في العملية التعليمية، رغم التحديات الأمنية والاقتصادية التي تشهدها البلاد.
ولأول مرة منذ اندلاع الحرب، أُعلنت النتيجة من داخل ولاية الخرطوم، في خطوة عدّتها وزارة التعليم "إنجازًا وطنيًا" يعكس عزم مؤسسات الدولة على مواصلة التعليم رغم التحديات.
وسادت قاعة المؤتمر أجواء من الفخر والاعتزاز، وسط حضور رسمي وإعلامي كبير.
""", [
    ev("results-announced", "أعلنت وزارة التربية والتعليم الوطنية اليوم الاثنين 20 أكتوبر 2025م نتيجة", RESULTS, "'اليوم الاثنين 20 أكتوبر 2025م' (a Monday)"),
    ev("rahaf-first", "وتصدّرت الطالبة رهف الطيب البشير", RESULTS, "no own expression; the top place announced with the results of Mon 20 Oct 2025"),
    ev("war-outbreak", "ولأول مرة منذ اندلاع الحرب", WAR_START, "no own expression; the war between the army and the Rapid Support Forces broke out on Sat 15 Apr 2023 (outside knowledge)"),
    ev("results-conference", "وسادت قاعة المؤتمر أجواء من الفخر والاعتزاز", RESULTS, "no own expression; the press conference of the announcement, Mon 20 Oct 2025"),
])
art(S, "https://www.alamssar.com/441198",
    "2025-10-20", "no date on the stored page; the body's 'اليوم الإثنين' for al-Burhan's approval of the results matches the approval of Mon 20 Oct 2025 (alnilin's SUNA item on it is stamped 2025-10-20; almuqrin: 'اليوم الاثنين 20 أكتوبر 2025م'), which gives Mon 20 Oct 2025; headline kept from the page; the last, truncated sentence (the ministry's apology) dropped; no date of its own in the text", False, """
البرهان يعتمد نتيجة الشهادة الثانوية السودانية 2025 والإعلان الرسمي في نوفمبر
أعلن رئيس مجلس السيادة السوداني، الفريق أول عبدالفتاح البرهان، اليوم الإثنين، أنه اعتمد رسميًا نتائج امتحانات الشهادة الثانوية السودانية للعام الدراسي 2025، مؤكدًا أنها ستُعلن للجمهور في الأول من نوفمبر المقبل، بحسب ما نقلته وسائل إعلام سودانية رسمية.
ويمثل اعتماد النتائج خطوة تمهيدية تسبق إعلانها الرسمي، بعد أشهر من الانتظار عاشها الطلاب وأولياء أمورهم في ظل ظروف استثنائية تمر بها البلاد منذ اندلاع الحرب الداخلية، التي ألقت بظلال ثقيلة على العملية التعليمية وأخّرت صدور النتائج عن موعدها المعتاد.
وذكرت مصادر في وزارة التربية والتعليم السودانية أن رصد الدرجات ومراجعة أوراق الإجابة استغرقا وقتًا أطول من المعتاد، بسبب التحديات الأمنية واللوجستية التي واجهتها فرق التصحيح في عدد من الولايات، مضيفة أن الوزارة بذلت جهودا كبيرة لضمان نزاهة النتائج ودقتها رغم الظروف الصعبة التي تعمل فيها المؤسسات التعليمية في الوقت الراهن.
""", [
    ev("burhan-approval", "أنه اعتمد رسميًا نتائج امتحانات الشهادة الثانوية السودانية", RESULTS, "'اليوم الإثنين' = Mon 20 Oct 2025"),
    ev("planned-public-announcement", "ستُعلن للجمهور في الأول من نوفمبر المقبل", "2025-11-01", "'في الأول من نوفمبر المقبل' = Sat 1 Nov 2025, the date the article gives for the public announcement (the results were in fact published on 20 Oct)"),
    ev("war-outbreak", "منذ اندلاع الحرب الداخلية", WAR_START, "no own expression; the war between the army and the Rapid Support Forces broke out on Sat 15 Apr 2023 (outside knowledge)"),
])
art(S, "https://www.klyoum.com/sudan-news/ar/65-رهف-الأولى-على-الشهادة-السودانية-تركنا-كل-شي-خلفنا-إلا-أحلامنا",
    "2025-10-21", "page line 'نشر بتاريخ: ٢١ تشرين الأول ٢٠٢٥' (kept as second line; 21 Oct 2025 was a Tuesday); the aggregator reprints Nabd al-Sudan, which quotes an interview given to the daily Al-Sudani; headline rendered from the URL slug; the lines 'اخبار السودان', 'موقع كل يوم -نبض السودان', 'متابعات – نبض السودان', the sub-headings and the last, truncated sentence dropped", True, """
رهف الأولى على الشهادة السودانية: تركنا كل شيء خلفنا إلا أحلامنا
نشر بتاريخ: ٢١ تشرين الأول ٢٠٢٥
في حي الرضوان الهادئ بمدينة أسوان، حيث يلتقي النيل برمال الصحراء الذهبية، دوّى صدى فرحة كبيرة حملت نبض الأمل إلى وطن أنهكته الحرب، إذ سطع اسم رهف الأمين الطيب البشير نجمة في سماء السودان بعد أن أحرزت المركز الأول في الشهادة السودانية المؤجلة لعام 2024 بنسبة 97%، فصارت رمزا للنجاح والصمود والإصرار في زمن تنهار فيه الأحلام تحت وطأة الدمار.
وبعينين تفيضان بدموع الفرح، قالت رهف في حديثها لصحيفة (السوداني): "أنا فخورة جدًا بهذا الإنجاز، وأهديه لأسرتي وللشعب السوداني الصابر وللقوات المسلحة الباسلة".
وكانت رهف تجلس في منزلها المتواضع بأسوان، تحيط بها والدتها المعلمة وإخوتها الذين تقاسموا معها لحظة الفخر بعد رحلة نزوح طويلة ومؤلمة من السودان استغرقت أسابيع مليئة بالخوف والفقد والرجاء.
وتروي رهف قصتها قائلة: "تركنا كل شيء خلفنا، لكننا لم نترك أحلامنا".
""", [
    ev("rahaf-first", "بعد أن أحرزت المركز الأول في الشهادة السودانية المؤجلة لعام 2024", RESULTS, "no own expression; the top place announced with the results of Mon 20 Oct 2025 (almuqrin)"),
    ev("sudani-interview", "قالت رهف في حديثها لصحيفة (السوداني)", RESULTS, "no own expression; the interview given after the results of Mon 20 Oct and reprinted on Tue 21 Oct 2025 (my span 20-21 Oct)", end="2025-10-22"),
    ev("sudan-war", "إلى وطن أنهكته الحرب", WAR_START, "no own expression; the war under way since 15 Apr 2023, up to the article (my span 15 Apr 2023 - 21 Oct 2025)", end="2025-10-22"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 326
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 422-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: hospital fires and medical incidents in Arab hospitals
(fires in wards and intensive-care units, oxygen tank explosions, deaths blamed on medical error, inquiries and
dismissals that follow).
Stories: the fire at the private Raqouda hospital in Karmouz, Alexandria (Egypt, October 2025), and the fire in
the COVID-19 intensive-care unit of the private Badrawi hospital in Sidi Bishr, Alexandria (Egypt, June 2020).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-alexandria-raqouda-hospital-fire-2025
S = "egypt-alexandria-raqouda-hospital-fire-2025"
FIRE = "2025-10-09"                        # the fire of Thu 9 Oct 2025 (reported to the operations room at 14:10)
art(S, "https://www.vetogate.com/5509018",
    "2025-10-09", "page stamp 'date 2025-10-09' (not part of the text; 9 Oct 2025 was a Thursday); the body's 'اليوم' for the fire agrees with masrawy's 'اليوم الخميس'; headline written from the body (the stored text has none); the last lines (the police and civil defence moving to the site, repeated) dropped", True, """
محافظة الإسكندرية تكشف سبب حريق مستشفى في كرموز
أعلنت محافظة الإسكندرية السبب الذي أدى إلى نشوب حريق في أحد المستشفيات بمنطقة كرموز.
وأوضحت المحافظة في بيان أن ماسا كهربائيا في الطابق الرابع من المستشفى كان وراء الحريق، الذي امتد إلى الواجهة وأشعل النار في سيارات كانت تقف أمام المبنى.
من جهته، قال الفريق أحمد خالد حسن سعيد، محافظ الإسكندرية، إن السيطرة الكاملة تمت على الحريق الذي شب اليوم في مبنى مستشفى راقودة (البلشي سابقًا) بكرموز في نطاق حي غرب، وأسفر عن مصرع شخص وإصابة 29 آخرين.
وبيّن المحافظ أن درجة الاستعداد القصوى رُفعت في كل الأجهزة التنفيذية والمعنية فور وصول البلاغ إلى غرفة العمليات الرئيسية في تمام الساعة الثانية وعشر دقائق ظهرًا، ودُفع بـ٩ سيارات إطفاء و١٥ سيارة إسعاف إلى مكان الحادث، ونجحت قوات الحماية المدنية في السيطرة على النيران وتبريد الموقع بالكامل في وقت قياسي.
""", [
    ev("cause-short-circuit-statement", "وأوضحت المحافظة في بيان أن ماسا كهربائيا", FIRE, "no own expression; the governorate's statement on the fire of the same day, Thu 9 Oct 2025 (page stamp)"),
    ev("cars-burned", "وأشعل النار في سيارات كانت تقف أمام المبنى", FIRE, "no own expression; part of the fire of Thu 9 Oct 2025"),
    ev("hospital-fire", "الحريق الذي شب اليوم في مبنى مستشفى راقودة", FIRE, "'اليوم' = Thu 9 Oct 2025 (page stamp)"),
    ev("patient-death", "وأسفر عن مصرع شخص وإصابة 29 آخرين", FIRE, "no own expression; the death and the 29 casualties of the fire of Thu 9 Oct 2025"),
    ev("fire-reported-1410", "فور وصول البلاغ إلى غرفة العمليات الرئيسية", FIRE, "'في تمام الساعة الثانية وعشر دقائق ظهرًا' of Thu 9 Oct 2025"),
    ev("fire-controlled", "ونجحت قوات الحماية المدنية في السيطرة على النيران", FIRE, "no own expression; the fire was put out on the afternoon of Thu 9 Oct 2025 (the governor's statement the same day)"),
])
art(S, "https://www.masrawy.com/news/news_regions/details/2025/10/9/2869415/%D8%AD%D8%B1%D9%8A%D9%82-%D9%85%D8%B3%D8%AA%D8%B4%D9%81%D9%89-%D8%B1%D8%A7%D9%82%D9%88%D8%AF%D8%A9-%D9%88%D9%81%D8%A7%D8%A9-%D8%AD%D8%A7%D9%84%D8%A9-%D8%A8%D8%B9%D8%AF-%D9%86%D9%82%D9%84%D9%87%D8%A7-%D9%88%D8%A5%D8%AC%D9%84%D8%A7%D8%A1-29-%D8%A2%D8%AE%D8%B1%D9%8A%D9%86-%D9%84%D9%84%D9%85%D8%B3%D8%AA%D8%B4%D9%81%D9%8A%D8%A7%D8%AA-%D8%B5%D9%88%D8%B1-",
    "2025-10-09", "date in the URL '/2025/10/9/' and page stamp 'date 2025-10-09' (9 Oct 2025 was a Thursday); the body's 'اليوم الخميس' agrees; headline rendered from the URL slug ('(صور)' dropped); the links to other stories, the byline 'الإسكندرية - محمد البدري ومحمد عامر' and the last, truncated quotation of the governor dropped", True, """
حريق مستشفى راقودة: وفاة حالة بعد نقلها وإجلاء 29 آخرين إلى المستشفيات
كشفت مصادر طبية في الإسكندرية، اليوم الخميس، أن إحدى الحالات التي كانت تتلقى العلاج في مستشفى "راقودة" الخاص بكرموز فارقت الحياة بعد نقلها إلى مستشفى آخر، على إثر حريق ضخم شب في المستشفى.
وبيّنت المصادر أن الحريق تسبب كذلك في إصابة عدد آخر من المرضى بالاختناق، وأن 29 حالة أُخليت بواسطة 15 سيارة إسعاف مجهزة ووُزعت على مستشفيات جمال عبدالناصر وكرموز وجمال حمادة وكوم الشقافة والجمهورية لتلقي الرعاية العاجلة.
وكانت النيران قد اشتعلت في مستشفى راقودة الخاص على محور المحمودية، فتعاملت معها فرق الحماية المدنية، بينما أجلت سيارات الإسعاف المرضى والطاقم الطبي في الحال.
وتتابع مديرية الشؤون الصحية في الإسكندرية، تنفيذا لتوجيهات وزارة الصحة، أحوال المرضى الذين نُقلوا للاطمئنان على استقرارهم وتقديم ما يلزم من دعم لهم ولذويهم.
""", [
    ev("death-announced", "كشفت مصادر طبية في الإسكندرية، اليوم الخميس،", FIRE, "'اليوم الخميس' = Thu 9 Oct 2025 (URL date)"),
    ev("patient-death", "فارقت الحياة بعد نقلها إلى مستشفى آخر", FIRE, "no own expression; the patient died after her transfer on the day of the fire, Thu 9 Oct 2025 (announced 'اليوم الخميس')"),
    ev("patients-evacuated", "وأن 29 حالة أُخليت بواسطة 15 سيارة إسعاف مجهزة", FIRE, "no own expression; the evacuation during the fire of Thu 9 Oct 2025"),
    ev("hospital-fire", "وكانت النيران قد اشتعلت في مستشفى راقودة الخاص", FIRE, "no own expression (pluperfect); the fire of Thu 9 Oct 2025"),
])
art(S, "https://www.aljazeeramubasher.net/news/miscellaneous/2025/10/10/%D8%AD%D8%B1%D9%8A%D9%82-%D9%85%D8%B3%D8%AA%D8%B4%D9%81%D9%89-%D9%83%D8%B1%D9%85%D9%88%D8%B2-%D8%A7%D9%84%D9%86%D9%8A%D8%B1%D8%A7%D9%86-%D8%AA%D8%BA%D8%B7%D9%8A-%D9%88%D8%A7%D8%AC%D9%87%D8%A9",
    "2025-10-10", "date in the URL '/2025/10/10/' and page stamp 'date 2025-10-10' (10 Oct 2025 was a Friday); the body's 'أمس الخميس' agrees; the embedded tweet (dated October 10, 2025), the inner sub-headings, '(شاهد)' and the last, truncated sentence dropped; no date of its own in the text", False, """
حريق مستشفى كرموز.. ألسنة اللهب تغطي واجهة المبنى ومحافظ الإسكندرية يصدر بيانا
شب حريق ضخم، أمس الخميس، في مستشفى خاص بمنطقة كرموز في مدينة الإسكندرية الساحلية شمالي مصر، وارتفعت خلاله النيران وسحب الدخان بكثافة.
وتسبب الحريق في وفاة شخص واحد على الأقل وإصابة العشرات، كما أُخلي جميع المرضى من المستشفى.
وذكرت وزارة الصحة والسكان في بيان أنها استجابت للحادث فورا ودفعت بـ15 سيارة إسعاف مجهزة حفاظا على سلامة المرضى.
ونقلت فرق الإسعاف 29 مريضا بأمان إلى مستشفيات بديلة لاستكمال الرعاية، في حين أصيب بعض المرضى بالاختناق من جراء الدخان.
وأوضحت الوزارة أن الإحصاء الأولي يشير إلى حالة وفاة واحدة، وأن المتابعة مستمرة لتقييم الوضع والاطمئنان على استقرار الحالة الصحية لجميع المرضى.
وأظهر الفحص أن النيران اشتعلت في الطابقين الثالث والرابع العلويين ثم امتدت إلى واجهة المبنى، فاحترقت 3 سيارات كانت تقف أمامه.
""", [
    ev("hospital-fire", "شب حريق ضخم، أمس الخميس، في مستشفى خاص", FIRE, "'أمس الخميس' in an article of Fri 10 Oct 2025 = Thu 9 Oct"),
    ev("patient-death", "وتسبب الحريق في وفاة شخص واحد على الأقل", FIRE, "no own expression; the death in the fire of Thu 9 Oct 2025"),
    ev("health-ministry-statement", "وذكرت وزارة الصحة والسكان في بيان أنها استجابت", FIRE, "no own expression; the ministry's statement on the day of the fire, Thu 9 Oct 2025 (my reading; it could be of early Fri 10)", end="2025-10-11"),
    ev("patients-evacuated", "ونقلت فرق الإسعاف 29 مريضا بأمان", FIRE, "no own expression; the evacuation during the fire of Thu 9 Oct 2025"),
    ev("cars-burned", "فاحترقت 3 سيارات كانت تقف أمامه", FIRE, "no own expression; part of the fire of Thu 9 Oct 2025"),
])
art(S, "https://www.egwin.net/article/4891521/%D9%85%D8%B5%D8%B1%D8%B9-%D9%85%D8%B1%D9%8A%D8%B6%D8%A9-%D9%88%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-%D8%A7%D9%84%D8%B9%D8%B4%D8%B1%D8%A7%D8%AA-%D9%81%D9%8A-%D8%AD%D8%B1%D9%8A%D9%82-%D9%85%D8%B1%D9%88%D8%B9-%D8%A8%D9%85%D8%B3%D8%AA%D8%B4%D9%81%D9%89-%D8%A8%D8%A7%D9%84%D8%A5%D8%B3%D9%83%D9%86%D8%AF%D8%B1%D9%8A%D8%A9-%D8%B4%D8%A7%D9%87%D8%AF",
    "2025-10-10", "no date line on the stored page; the body's 'أمس الخميس' for the fire known to be of Thu 9 Oct 2025 gives Fri 10 Oct 2025; headline rendered from the URL slug ('شاهد' dropped); the inner sub-headings and the last, truncated sentence dropped; no date of its own in the text", False, """
مصرع مريضة وإصابة العشرات في حريق مروع بمستشفى بالإسكندرية
عاشت محافظة الإسكندرية، أمس الخميس، حادثا مأساويا بعدما اندلع حريق هائل في مستشفى راقودة التخصصي بكرموز على محور المحمودية غرب المدينة، فأثار الذعر بين المرضى وأسرهم وألحق أضرارا بالغة بالمبنى وبالممتلكات المجاورة.
وبحسب ما رواه شهود عيان، بدأت النيران فجأة ثم انتشرت بسرعة في أجزاء كبيرة من المستشفى، فتفحم قسم واسع من واجهة المبنى وتضررت الأقسام الداخلية بشدة.
واشتعلت النار أيضا في 3 سيارات كانت متوقفة أمام المستشفى ساعة اندلاع الحريق، ما زاد من ارتفاع ألسنة اللهب وأعمدة الدخان الكثيف التي رآها الناس من مسافات بعيدة.
وسارعت الأطقم الطبية بالتعاون مع قوات الحماية المدنية إلى إخلاء المرضى المقيمين في المستشفى، ونقلتهم سيارات الإسعاف على وجه السرعة إلى ثلاثة مستشفيات بديلة هي فاطمة الزهراء وكرموز العمالي وجمال عبد الناصر، وجرى الإخلاء وسط توتر وارتباك سعيا لتفادي خسائر بشرية أكبر.
وقال مصدر مسؤول في مديرية الشؤون الصحية بالإسكندرية إن الحريق انتهى بوفاة مريضة بعد نقلها إلى أحد المستشفيات البديلة.
""", [
    ev("hospital-fire", "اندلع حريق هائل في مستشفى راقودة التخصصي", FIRE, "'أمس الخميس' in an article of Fri 10 Oct 2025 = Thu 9 Oct"),
    ev("cars-burned", "واشتعلت النار أيضا في 3 سيارات", FIRE, "no own expression ('ساعة اندلاع الحريق'); the fire of Thu 9 Oct 2025"),
    ev("patients-evacuated", "إلى إخلاء المرضى المقيمين في المستشفى", FIRE, "no own expression; the evacuation during the fire of Thu 9 Oct 2025"),
    ev("patient-death", "الحريق انتهى بوفاة مريضة", FIRE, "no own expression; the patient died after her transfer on Thu 9 Oct 2025 (masrawy 'اليوم الخميس')"),
])

# ---------------------------------------------------------------- egypt-alexandria-badrawi-covid-icu-fire-2020
S = "egypt-alexandria-badrawi-covid-icu-fire-2020"
FIRE = "2020-06-29"                        # the fire of the early morning of Mon 29 Jun 2020 (05:36)
art(S, "https://masrawy.com/news/news_regions/details/2020/6/29/1820149/هل-ت-شرح-جثث-مصابي-كورونا-ضحايا-حريق-الإسكندرية-النيابة-ترد",
    "2020-06-29", "date in the URL '/2020/6/29/' (29 Jun 2020 was a Monday); the body's 'صباح اليوم الاثنين' agrees; headline kept from the page; the byline 'الإسكندرية – محمد عامر:' and 'فيديو قد يعجبك:' dropped", True, """
هل تُشرَّح جثث مصابي كورونا ضحايا حريق الإسكندرية؟.. النيابة تجيب
أعلنت النيابة العامة في الإسكندرية ما تقرر بشأن جثث ضحايا حريق مستشفى بدراوي الخاص، وكلهم من المصابين بفيروس كورونا المستجد "كوفيد – 19".
وكان 7 من مرضى فيروس كورونا المستجد قد لقوا حتفهم في حريق نشب، صباح اليوم الاثنين، في مستشفى بدراوي الخاص شرق الإسكندرية، بسبب ماس كهربائي في جهاز "تكييف".
وأمر المستشار أشرف المغربي، المحامي العام لنيابات المنتزه، بنقل جثث الضحايا السبعة إلى مكان مجهز في مستشفى صدر المعمورة بإشراف الطب الوقائي، تمهيدا لدفنها.
وأذنت النيابة بدفن الجثث بعد تشريحها، على أن يكتفي الطب الشرعي بالمعاينة الظاهرية للضحايا إذا تعذر تشريح المتوفين من مرضى كورونا.
وفي السياق نفسه، شرع فريق من نيابة المنتزه في الاستماع إلى أقوال الأطقم الطبية التي كانت في المستشفى لحظة الحادث، كما شُكلت لجنة من إدارة العلاج الحر بمديرية الصحة للتحقق مما إذا كان المستشفى قد حصل على تصريح باستقبال مرضى كورونا.
""", [
    ev("seven-patients-die", "قد لقوا حتفهم في حريق نشب، صباح اليوم الاثنين،", FIRE, "'صباح اليوم الاثنين' = Mon 29 Jun 2020 (URL date)"),
    ev("ac-short-circuit", "بسبب ماس كهربائي في جهاز \"تكييف\"", FIRE, "no own expression; the cause of the fire of Mon 29 Jun 2020"),
    ev("bodies-to-maamoura", "بنقل جثث الضحايا السبعة إلى مكان مجهز", FIRE, "no own expression; the prosecutor's order on the day of the fire, Mon 29 Jun 2020"),
    ev("burial-after-autopsy", "وأذنت النيابة بدفن الجثث بعد تشريحها", FIRE, "no own expression; the same day's decision, Mon 29 Jun 2020"),
    ev("staff-questioned", "شرع فريق من نيابة المنتزه في الاستماع إلى أقوال الأطقم الطبية", FIRE, "no own expression; the questioning began on Mon 29 Jun 2020 (the day of the report)"),
    ev("licence-committee", "كما شُكلت لجنة من إدارة العلاج الحر", FIRE, "no own expression; the prosecution's committee formed on Mon 29 Jun 2020 (youm7 of the same day)"),
])
art(S, "https://youm7.com/story/2020/6/29/النيابة-تشكل-لجنة-ثلاثية-لبيان-التزام-مستشفى-الإسكندرية-بإجراءات-السلامة/4852082",
    "2020-06-29", "date in the URL '/story/2020/6/29/' (29 Jun 2020 was a Monday); the body's 'الحادث الواقع اليوم' agrees with the fire of that morning; headline rendered from the URL slug (the stored text has none); the guillemets around the bodies' names and the last, truncated words dropped", True, """
النيابة تشكل لجنة ثلاثية لبيان التزام مستشفى الإسكندرية بإجراءات السلامة
سألت النيابة العامة مديرية الشؤون الصحية بالإسكندرية عن المدير المسؤول عن مستشفى البدراوي والتراخيص الممنوحة له، وألّفت لجنة من إدارات العلاج الحر والسلامة والصحة المهنية والطوارئ والأزمات بالمديرية.
وكُلفت اللجنة ببيان تراخيص المستشفى الذي وقع فيه الحريق وطبيعتها والنشاط المصرح له به، وهل يشمل علاج المصابين بفيروس كورونا، وبمعاينة المستشفى وغرفة العناية المركزة فيه للتحقق من مطابقتها للمواصفات الواردة في التراخيص ومن توافر الأجهزة الطبية اللازمة، وبيان مدى التزام الأطقم الطبية والإدارية بالإجراءات المتبعة خلال الحادث الواقع اليوم، وهل أخطأت إدارة المستشفى بما أدى إلى وقوعه.
وألّفت النيابة كذلك لجنة ثلاثية من قسمي الحريق والوقاية من مخاطره ومن أحد المختصين في إدارة الأمن الصناعي بمديرية القوى العاملة، لبيان مدى التزام المستشفى بالإجراءات الواجبة ضمن معايير السلامة والصحة المهنية والبيئية في المنشآت الطبية.
""", [
    ev("prosecution-query", "سألت النيابة العامة مديرية الشؤون الصحية بالإسكندرية", FIRE, "no own expression; the prosecution's steps on the day of the fire, Mon 29 Jun 2020 (URL date)"),
    ev("licence-committee", "وألّفت لجنة من إدارات العلاج الحر", FIRE, "no own expression; formed on Mon 29 Jun 2020 (URL date)"),
    ev("hospital-fire", "خلال الحادث الواقع اليوم", FIRE, "'اليوم' = Mon 29 Jun 2020 (URL date)"),
    ev("safety-committee", "لجنة ثلاثية من قسمي الحريق والوقاية من مخاطره", FIRE, "no own expression; formed on Mon 29 Jun 2020 (URL date)"),
])
art(S, "https://www.elbalad.news/4385234",
    "2020-06-29", "no date line on the stored page; the body's 'صباح اليوم الإثنين' for the fire known to be of Mon 29 Jun 2020 (masrawy and youm7 URLs) gives that Monday; the related link 'اقرأ أيضًا: حريق محدود بالمكتبة المركزية بجامعة الإسكندرية' and the last, truncated sentence dropped; headline written from the body; no date of its own in the text", False, """
مصرع 7 من مرضى كورونا في حريق بمستشفى البدراوي بالإسكندرية
شب حريق ضخم في مستشفى البدراوي 2 الخاص بشارع محمد نجيب في سيدي بشر، في تمام الساعة 5:36 دقيقة من صباح اليوم الإثنين، بعدما تلقت غرفة عمليات المحافظة ومديرية أمن الإسكندرية إخطارا بالحريق الذي أثار الذعر بين العاملين والمرضى، وكان سببه ماس كهربائي في وحدة التكييف المركزي بالعناية المركزة.
وانتقل فورا ضباط مباحث القسم وقوات من الحماية المدنية وخمس سيارات إطفاء وغرفة عمليات الحي إلى مكان الحادث، فسيطروا على النيران وأخمدوها وفرضوا طوقا أمنيا حول المستشفى.
وأدى الحريق إلى وفاة سبعة من المصابين بفيروس كورونا اختناقا، كانوا محتجزين في العناية المركزة وتتراوح أعمارهم بين 40 و73 عاما، فضلا عن إصابة تسعة آخرين، ودفعت هيئة الإسعاف بثماني عشرة سيارة، فنُقل 7 مرضى إلى مستشفى صدر المعمورة لاستكمال علاجهم، ونُقلت الجثث السبع إلى ثلاجة المستشفى نفسه بقرار من النيابة العامة.
""", [
    ev("hospital-fire", "شب حريق ضخم في مستشفى البدراوي 2 الخاص", FIRE, "'في تمام الساعة 5:36 دقيقة من صباح اليوم الإثنين' = Mon 29 Jun 2020"),
    ev("ac-short-circuit", "وكان سببه ماس كهربائي في وحدة التكييف المركزي", FIRE, "no own expression; the cause of the fire of Mon 29 Jun 2020"),
    ev("fire-put-out", "فسيطروا على النيران وأخمدوها", FIRE, "no own expression; the fire was put out on the morning of Mon 29 Jun 2020"),
    ev("seven-patients-die", "وأدى الحريق إلى وفاة سبعة من المصابين بفيروس كورونا", FIRE, "no own expression; the deaths in the fire of Mon 29 Jun 2020"),
    ev("bodies-to-maamoura", "ونُقلت الجثث السبع إلى ثلاجة المستشفى نفسه", FIRE, "no own expression; on the day of the fire, Mon 29 Jun 2020"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=20504529",
    "2020-06-30", "no date line on the stored page; the body's 'اندلع، أمس' for the fire known to be of Mon 29 Jun 2020 gives Tue 30 Jun 2020 (an AFP report of the day after); the closing 'تابعوا آخر أخبارنا …' and share buttons dropped; headline written from the body; no date of its own in the text", False, """
وفاة سبعة من مرضى كورونا في حريق بمستشفى في الإسكندرية
لقي سبعة أشخاص حتفهم وأصيب آخرون في حريق ضخم شب، أمس، في مستشفى بمحافظة الإسكندرية شمال مصر، وفق ما أكدته مصادر أمنية وطبية.
وذكر مسؤول طبي لوكالة فرانس برس أن ضحايا الحريق من المصابين بفيروس كورونا المستجد (كوفيد-19)، موضحا أن الحريق أوقع كذلك سبعة جرحى.
وأفاد مسؤول أمني بأن قصورا كهربائيا في أحد أجهزة التكييف داخل مستشفى خاص بحي المنتزه شرق الإسكندرية هو ما أشعل الحريق الضخم.
ونقلت وسائل إعلام مصرية أن النيران اشتعلت في قسم مخصص لعزل مرضى فيروس كورونا في مستشفى «بدراوي»، ما أدى إلى وفاة ستة رجال وامرأة اختناقا من دون أن يصابوا بحروق.
""", [
    ev("seven-patients-die", "لقي سبعة أشخاص حتفهم وأصيب آخرون", FIRE, "'أمس' in an article of Tue 30 Jun 2020 = Mon 29 Jun"),
    ev("hospital-fire", "في حريق ضخم شب، أمس،", FIRE, "'أمس' in an article of Tue 30 Jun 2020 = Mon 29 Jun"),
    ev("ac-short-circuit", "قصورا كهربائيا في أحد أجهزة التكييف", FIRE, "no own expression; the cause of the fire of Mon 29 Jun 2020"),
    ev("isolation-ward-fire", "أن النيران اشتعلت في قسم مخصص لعزل مرضى فيروس كورونا", FIRE, "no own expression; the fire of Mon 29 Jun 2020"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 422
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

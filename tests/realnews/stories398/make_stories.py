"""Builds stories.jsonl: the 398-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from southern and western Iraq (Basra, Dhi Qar /
Nasiriyah, Maysan, Najaf, Karbala, Babil, Anbar, Diwaniyah): protests, power cuts, water, tribal clashes, fires,
provincial councils.
Stories: the tribal clash of Sayyid Dakhil east of Nasiriyah that grew out of a school quarrel (Dhi Qar,
October 2025), and the opening of the Shatt al-Arab suspension bridge with the launch of the Basra sea-water
desalination project during al-Sudani's visit (Basra, July 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-dhi-qar-sayyid-dakhil-school-feud-2025
S = "iraq-dhi-qar-sayyid-dakhil-school-feud-2025"
CLASH = "2025-10-26"                       # the school quarrel and the tribal clash in Sayyid Dakhil, Sun 26 Oct 2025
art(S, "https://www.kurdistan24.net/ar/story/871621/%D8%AE%D9%84%D8%A7%D9%81-%D8%B9%D8%B4%D8%A7%D8%A6%D8%B1%D9%8A-%D9%81%D9%8A-%D8%B0%D9%8A-%D9%82%D8%A7%D8%B1-%D9%8A%D8%AA%D8%AD%D9%88%D9%84-%D8%A5%D9%84%D9%89-%D8%A7%D8%B4%D8%AA%D8%A8%D8%A7%D9%83-%D9%85%D8%B3%D9%84%D8%AD-%D9%88%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-%D8%AE%D9%85%D8%B3%D8%A9-%D8%A3%D8%B4%D8%AE%D8%A7%D8%B5-%D8%A8%D9%8A%D9%86%D9%87%D9%85-%D8%B7%D8%A8%D9%8A%D8%A8-%D8%B5%D9%8A%D8%AF%D9%84%D8%A7%D9%86%D9%8A",
    "2025-10-26", "page stamp 'date 2025-10-26' with 'منذ ساعة' (not part of the text; 26 Oct 2025 was a Sunday); the body's 'صباح اليوم' for the clash that all other outlets put on Sunday morning agrees; headline rendered from the URL slug; the dateline 'ذي قار (كوردستان24)' and the last, truncated sentence dropped; no date of its own in the text", False, """
نزاع عشائري في ذي قار يتحول إلى مواجهة مسلحة ويوقع خمسة مصابين أحدهم طبيب صيدلاني
ذكر مصدر أمني في محافظة ذي قار أن خلافاً عشائرياً نشب صباح اليوم في قضاء سيد دخيل بين عشيرتي آل مصدك والهصاصرة، وأسفر عن إحراق مضيف الشيخ عبد الهادي آل عبد الله وجرح ما بين أربعة وخمسة أشخاص، من بينهم طبيب صيدلاني تعرض لإصابة بالغة في رأسه وهو في طريقه إلى عمله.
وأوضح المصدر لكوردستان24 أن الخلاف انطلق بين عدد من طلاب المدارس، ثم تحول بسرعة إلى نزاع عشائري مسلح إثر تدخل أهاليهم. وتابع: "بدأت المشكلة في المدرسة ثم انتقلت إلى خارجها، وكما هو معتاد في المناطق العشائرية تكبر الخلافات الصغيرة لتصبح مواجهات بفعل التعصب القبلي، ويشترك فيها أناس من كل الأعمار".
ولفت إلى أن بعض المشاركين في النزاع أطلقوا النار، ما أدى إلى استهداف المضيف العشائري وإضرام النار فيه، مبيناً أن الجرحى نقلوا إلى المستشفى للعلاج، في حين فارق الطبيب الصيدلاني الحياة متأثراً بجروحه البليغة.
وشدد على أن القوات الأمنية فرضت طوقاً كاملاً على المنطقة لمنع عودة الاشتباكات، وشرعت بإجراءات تعقب المتورطين واعتقالهم.
""", [
    ev("clash-erupts", "أن خلافاً عشائرياً نشب صباح اليوم في قضاء سيد دخيل", CLASH, "'صباح اليوم' on the page of Sun 26 Oct 2025"),
    ev("guesthouse-burned", "وأسفر عن إحراق مضيف الشيخ عبد الهادي آل عبد الله", CLASH, "no own expression; part of the clash of Sunday morning 26 Oct 2025"),
    ev("casualties", "وجرح ما بين أربعة وخمسة أشخاص", CLASH, "no own expression; the wounded of the clash of Sun 26 Oct 2025"),
    ev("school-quarrel", "أن الخلاف انطلق بين عدد من طلاب المدارس", CLASH, "no own expression; shafaq's first report puts the fight among the pupils 'صباح اليوم' of Sun 26 Oct 2025"),
    ev("pharmacist-dies", "في حين فارق الطبيب الصيدلاني الحياة", CLASH, "no own expression; reported as already happened on the page of Sun 26 Oct 2025 (the day he was wounded)"),
    ev("security-cordon", "أن القوات الأمنية فرضت طوقاً كاملاً على المنطقة", CLASH, "no own expression; after the clash, on Sun 26 Oct 2025 (page of that day)"),
])
art(S, "https://www.shafaq.com/ar/%D8%A3%D9%85%D9%80%D9%86/%D8%A7%D8%B9%D8%AA%D9%82%D8%A7%D9%84-27-%D9%85%D8%AA%D9%87%D9%85%D8%A7-%D8%A8%D9%86%D8%B2%D8%A7%D8%B9-%D8%B3%D9%8A%D8%AF-%D8%AF%D8%AE%D9%8A%D9%84-%D9%81%D9%8A-%D8%B0%D9%8A-%D9%82%D8%A7%D8%B1",
    "2025-10-26", "page stamp 'date 2025-10-26' (not part of the text) and the body's 'مساء اليوم الأحد' (26 Oct 2025 was a Sunday); headline rendered from the URL slug; the dateline 'شفق نيوز- ذي قار' and the last, truncated paragraph on the social-media pages dropped", True, """
القبض على 27 متهماً في نزاع سيد دخيل بذي قار
أفادت وزارة الداخلية العراقية، مساء اليوم الأحد، بأنها اعتقلت 27 متهماً في النزاع العشائري الذي نشب في قضاء "سيد دخيل" شرق مدينة الناصرية مركز محافظة ذي قار، والذي أوقع ست إصابات بين طرفي النزاع ومواطنين أبرياء صادف وجودهم قرب المكان، وأدى إلى إحراق أحد المضايف وسيارة.
وقالت الوزارة في بيان تلقته وكالة شفق نيوز إن "محافظة ذي قار شهدت اليوم نزاعاً عشائرياً سببه خلاف قديم في إحدى قرى ناحية سيد دخيل، ما تسبب بإصابة ستة مواطنين من الطرفين ومن الأبرياء الذين كانوا بالقرب من الحادث، وإحراق مضيف وعجلة".
وبينت أن "قوة مشتركة من قيادة شرطة ذي قار تحركت لتطويق موقع النزاع وفضه، غير أنها تعرضت لإطلاق نار من الطرفين فردت عليه بحزم، ونفذت حملة تفتيش أسفرت عن اعتقال 27 متهماً وضبط بندقية كلاشنكوف وكمية من الأعتدة المتوسطة والخفيفة".
وأوضحت أن "المعتقلين أحيلوا إلى الجهات المختصة لاستكمال أوراقهم التحقيقية".
""", [
    ev("arrests-27", "بأنها اعتقلت 27 متهماً في النزاع العشائري", CLASH, "'مساء اليوم الأحد' = the ministry's statement of the evening of Sun 26 Oct 2025; the arrests were made the same day"),
    ev("clash-erupts", "شهدت اليوم نزاعاً عشائرياً سببه خلاف قديم", CLASH, "'اليوم' in the statement of Sun 26 Oct 2025"),
    ev("casualties", "ما تسبب بإصابة ستة مواطنين من الطرفين", CLASH, "no own expression; the wounded of the clash of Sun 26 Oct 2025"),
    ev("guesthouse-burned", "وإحراق مضيف وعجلة", CLASH, "no own expression; part of the clash of Sun 26 Oct 2025"),
    ev("police-fired-on", "غير أنها تعرضت لإطلاق نار من الطرفين", CLASH, "no own expression; the police's intervention in the clash of Sun 26 Oct 2025"),
])
art(S, "https://aljeebal.com/posts/10603",
    "2025-10-27", "the body's 'اليوم الإثنين 27 تشرين الأول 2025' (kept; 27 Oct 2025 was a Monday); headline written from the body (the stored text has none); the last, truncated quotation of al-Sadr dropped", True, """
الصدر يدعو إلى التدخل لحل نزاع سيد دخيل
علق زعيم التيار الوطني الشيعي مقتدى الصدر على تطورات النزاع العشائري الذي اندلع أمس الأحد في قضاء سيد دخيل بذي قار، مؤكداً ضرورة التدخل لإنهاء المشكلة.
وجاء تعليق الصدر رداً على استفسار وصل إلى مكتبه في النجف، اليوم الإثنين 27 تشرين الأول 2025، بشأن نزاع بين عشيرتين في سيد دخيل.
وكان نزاع عشائري عنيف قد نشب صباح أمس الأحد في قضاء "سيد دخيل" شرقي مدينة الناصرية، بين أبناء عشيرتي الهصاصرة وآل إبراهيم، وأسفر عن إحراق مضيف أحد وجهاء عشيرة آل إبراهيم وجرح عدد من الأشخاص بدرجات متفاوتة. وذكر مصدر أمني لمنصة "الجبال" أن "الاشتباك اندلع بسبب خلاف قديم تجدد بين الجانبين، ثم تطور إلى تبادل لإطلاق النار وإضرام النار في المضيف، وسط توتر حاد في المنطقة".
وبحسب نص الاستفسار، فإن "شجاراً وقع بين عدد من الطلبة في المدرسة بشأن الانتخابات بين مؤيد ومعارض لبعض المرشحين، ثم امتد الخلاف إلى ذويهم وتحول إلى نزاع عشائري مسلح استخدمت فيه أسلحة متوسطة وثقيلة، ما أدى إلى احتراق مضيف أحد الوجهاء في القضاء وحرق مضيف آخر وبستان وسيارة، فضلاً عن إصابة سبعة أشخاص بجروح بعضها خطيرة نقلوا إثرها إلى المستشفى".
""", [
    ev("sadr-comment", "علق زعيم التيار الوطني الشيعي مقتدى الصدر", "2025-10-27", "'اليوم الإثنين 27 تشرين الأول 2025' (the reply to the inquiry)"),
    ev("clash-erupts", "وكان نزاع عشائري عنيف قد نشب صباح أمس الأحد", CLASH, "'صباح أمس الأحد' in an article of Mon 27 Oct 2025 = Sun 26 Oct"),
    ev("guesthouse-burned", "وأسفر عن إحراق مضيف أحد وجهاء عشيرة آل إبراهيم", CLASH, "no own expression; part of the clash of Sunday morning 26 Oct 2025"),
    ev("school-quarrel", "شجاراً وقع بين عدد من الطلبة في المدرسة", CLASH, "no own expression; the quarrel that set off the clash of Sun 26 Oct 2025"),
    ev("casualties", "فضلاً عن إصابة سبعة أشخاص بجروح", CLASH, "no own expression; the wounded of the clash of Sun 26 Oct 2025"),
])
art(S, "https://www.aljazeera.net/news/2025/10/27/%D8%B4%D8%AC%D8%A7%D8%B1-%D8%B7%D9%84%D8%A7%D8%A8-%D9%85%D8%AF%D8%A7%D8%B1%D8%B3-%D9%81%D9%8A-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D9%8A%D8%AA%D8%AD%D9%88%D9%84-%D8%A5%D9%84%D9%89-%D8%AD%D8%B1%D8%A8?traffic_source=rss",
    "2025-10-27", "date in the URL '/2025/10/27/' and page stamp 'date 2025-10-27' (27 Oct 2025 was a Monday); headline rendered from the URL slug; the sub-heading 'غضب ومطالب' and the truncated text after it dropped; no date of its own in the text", False, """
عراك بين تلاميذ مدرسة في العراق ينتهي بحرب عشائرية
شغل نزاع عشائري عنيف انطلقت شرارته من مشاجرة بين طلاب في إحدى مدارس مدينة الناصرية بمحافظة ذي قار (جنوبي العراق) المنصات الرقمية، مع دعوات إلى تحرك الجهات المعنية ونزع السلاح بالقوة.
وبحسب التفاصيل، نشب خلاف بسيط بين عدد من الطلبة، سرعان ما تصاعد بعد تدخل أهالي الطرفين، ليتحول إلى اشتباك مسلح استخدمت فيه أسلحة خفيفة ومتوسطة وسط الأحياء السكنية.
وتداول مستخدمون مقاطع مصورة من مكان الحادث تظهر أعمدة دخان كثيفة تتصاعد من المنطقة مع دوي إطلاق النار، بينما ترجح التحقيقات الأولية أن الحادثة ترجع إلى خلاف قديم بين عشيرتين.
وأسفرت المواجهة المسلحة عن مقتل شخصين وجرح 6 آخرين إصابات بليغة، واحتراق مضافتين عشائريتين، تعود إحداهما لعشيرة لا صلة لها بالخلاف.
وعلى الصعيد الرسمي، تدخلت قوات شرطة ذي قار لفض النزاع، لكن الاشتباك اتسع ليشمل مواجهات بين القوى الأمنية والمسلحين من الجانبين.
ولاحقا، أعلنت وزارة الداخلية العراقية في بيان اعتقال 27 متهماً شاركوا في النزاع وإحالتهم إلى الجهات المختصة، وضبط بندقية "كلاشنكوف" وعدد من الأسلحة والأعتدة الخفيفة والمتوسطة.
""", [
    ev("school-quarrel", "نشب خلاف بسيط بين عدد من الطلبة", CLASH, "no own expression; the quarrel of the morning of Sun 26 Oct 2025 (the other outlets)"),
    ev("clash-erupts", "ليتحول إلى اشتباك مسلح استخدمت فيه أسلحة خفيفة ومتوسطة", CLASH, "no own expression; Sun 26 Oct 2025 (the other outlets: 'صباح اليوم' of that Sunday)"),
    ev("casualties", "عن مقتل شخصين وجرح 6 آخرين", CLASH, "no own expression; the toll of the clash of Sun 26 Oct 2025"),
    ev("guesthouse-burned", "واحتراق مضافتين عشائريتين", CLASH, "no own expression; part of the clash of Sun 26 Oct 2025"),
    ev("police-fired-on", "لكن الاشتباك اتسع ليشمل مواجهات بين القوى الأمنية", CLASH, "no own expression; the police's intervention on Sun 26 Oct 2025"),
    ev("arrests-27", "أعلنت وزارة الداخلية العراقية في بيان اعتقال 27 متهماً", CLASH, "'ولاحقا'; the ministry's statement came on the evening of Sun 26 Oct 2025 (shafaq: 'مساء اليوم الأحد')"),
])

# ---------------------------------------------------------------- iraq-basra-suspension-bridge-desalination-launch-2025
S = "iraq-basra-suspension-bridge-desalination-launch-2025"
VISIT = "2025-07-24"                       # al-Sudani's visit to Basra, Thu 24 Jul 2025: the suspension bridge opened, the desalination and ring-road works launched
art(S, "https://360akhbaria.com/print:page,1,1366-.html",
    "2025-07-23", "the page's date line 'البصرة – الإخبارية 360 | الأربعاء 23 تموز 2025' (kept; 23 Jul 2025 was a Wednesday) and the body's 'اليوم الأربعاء'; headline kept from the page (re-worded); the breadcrumb 'الرئيسية /' and the last, truncated sentence on the meetings with sheikhs dropped", True, """
افتتاح أكبر جسر معلق في البصرة غداً بحضور السوداني
البصرة – الإخبارية 360 | الأربعاء 23 تموز 2025
ذكر مصدر مطلع، اليوم الأربعاء، أن أعمال استكمال أكبر جسر معلق في محافظة البصرة بلغت مراحلها الأخيرة، استعداداً لافتتاحه رسمياً يوم غد الخميس، بالتزامن مع زيارة مرتقبة يقوم بها رئيس مجلس الوزراء محمد شياع السوداني إلى المحافظة.
وأوضح المصدر في حديث خاص لـ"الإخبارية 360" أن "الجسر المعلق، وهو الأكبر من نوعه في المحافظة، صار جاهزاً من الناحية الفنية، وتوضع حالياً اللمسات الأخيرة قبل افتتاحه الرسمي المقرر خلال زيارة رئيس الوزراء".
ويتوقع أن تشهد زيارة السوداني إلى البصرة وضع الحجر الأساس لعدد من المشاريع الحيوية، وافتتاح مشاريع أخرى اكتمل إنجازها، ضمن خطة الحكومة لتطوير البنى التحتية في المحافظة وتحسين الخدمات الأساسية.
وأفاد مصدر حكومي مطلع لـ"بغداد اليوم" بأن "رئيس مجلس الوزراء سيضع الحجر الأساس لمشروع تحلية المياه في البصرة، فضلاً عن مشاريع نفطية جديدة ترمي إلى رفع الطاقات الإنتاجية وتحسين الكفاءة التشغيلية للقطاع النفطي".
""", [
    ev("bridge-final-touches", "أن أعمال استكمال أكبر جسر معلق في محافظة البصرة بلغت مراحلها الأخيرة", "2025-07-23", "'اليوم الأربعاء' = Wed 23 Jul 2025 (date line): the state of the works on that day"),
    ev("bridge-opening", "استعداداً لافتتاحه رسمياً يوم غد الخميس", VISIT, "'يوم غد الخميس' in an article of Wed 23 Jul 2025 = Thu 24 Jul (the bridge opened that day)"),
    ev("sudani-basra-visit", "بالتزامن مع زيارة مرتقبة يقوم بها رئيس مجلس الوزراء", VISIT, "the visit announced for 'يوم غد الخميس' = Thu 24 Jul 2025 (it took place that day)"),
    ev("foundation-stones", "وضع الحجر الأساس لعدد من المشاريع الحيوية", VISIT, "expected during the visit of Thu 24 Jul 2025 (the ring road's works were launched that day)"),
    ev("desalination-launch", "سيضع الحجر الأساس لمشروع تحلية المياه في البصرة", VISIT, "expected during the visit of Thu 24 Jul 2025 (done that day)"),
])
art(S, "https://mail.burathanews.com/arabic/news/463227",
    "2025-07-24", "the body's 'اليوم الخميس (24 تموز 2025)' (kept; 24 Jul 2025 was a Thursday); headline kept from the page (re-worded, with its 'فترة التنفيذ 3 سنوات'); the section label 'الأخبار' and the last, truncated clause dropped", True, """
السوداني: حكومتنا جعلت محطة تحلية مياه البحر في مقدمة أولوياتها وفترة التنفيذ 3 سنوات
أكد رئيس مجلس الوزراء محمد شياع السوداني، اليوم الخميس (24 تموز 2025)، أن حكومته جعلت مشروع تحلية مياه البحر في مقدمة أولوياتها الخدمية، لكونه حلاً جذرياً ومستداماً.
وذكر المكتب الإعلامي لرئيس الوزراء في بيان أن "السوداني أطلق، اليوم الخميس خلال زيارته الى محافظة البصرة، الأعمال التنفيذية لمشروع تحلية مياه البحر الاستراتيجي بالقرب من ميناء الفاو الكبير، بطاقة كلية تبلغ ( 1 ) مليون م3/ يوم".
ولفت رئيس الوزراء، بحسب البيان، إلى المساعي التي أفضت إلى إطلاق المشروع الأكبر والأحدث من نوعه في المنطقة، في ظل الشح الدائم في مياه الأمطار وانخفاض الإطلاقات المائية لنهري دجلة والفرات، إذ ستكون مشاريع التحلية الحل الدائم لخدمة أهالي البصرة.
وقال السوداني على هامش الافتتاح إن "المشروع تنقل بين الوزارات والحكومات، وتأخر حتى تهيأت مستلزمات نجاحه واستمراره، ثم نقل من وزارة الإعمار والإسكان إلى محافظة البصرة لينطلق انطلاقة حقيقية".
وأوضح أن مجموعة الرضا وشركة باور تشاينا، وهي شركة تمتلك خبرة تكنولوجية عالية ومتقدمة في هذا المجال، تتوليان تنفيذ المشروع.
""", [
    ev("sudani-priority-remarks", "أن حكومته جعلت مشروع تحلية مياه البحر في مقدمة أولوياتها الخدمية", VISIT, "'اليوم الخميس (24 تموز 2025)'"),
    ev("desalination-launch", "أطلق، اليوم الخميس خلال زيارته الى محافظة البصرة، الأعمال التنفيذية", VISIT, "'اليوم الخميس' = Thu 24 Jul 2025"),
    ev("project-moved-to-basra", "ثم نقل من وزارة الإعمار والإسكان إلى محافظة البصرة", "2023-01-01", "no own expression; the cabinet's decision authorising Basra province to build the Fao desalination plant, called recent ('مؤخرا') by al-Sabaah on 7 Aug 2023 under the 2023 budget law: my span 1 Jan - 7 Aug 2023", end="2023-08-08"),
])
art(S, "https://news.gulf365.net/iraq-news/13138079/%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86%D9%8A-%D9%85%D8%B4%D8%A7%D8%B1%D9%8A%D8%B9-%D8%A7%D9%84%D8%A8%D9%86%D9%89-%D8%A7%D9%84%D8%AA%D8%AD%D8%AA%D9%8A%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9-%D9%87%D9%8A-%D8%A7%D9%84%D8%A3%D8%B3%D8%A7%D8%B3-%D8%A7%D9%84%D8%B3%D8%A7%D9%86%D8%AF-%D9%84%D9%85%D8%B4%D8%A7%D8%B1%D9%8A%D8%B9-%D8%A7%D9%84%D8%AA%D9%86%D9%85%D9%8A%D8%A9.html",
    "2025-07-24", "page stamp 'date 2025-07-24' (not part of the text; 24 Jul 2025 was a Thursday) and the body's 'افتتح اليوم' for the bridge that opened that Thursday; headline kept from the page (re-worded); the aggregator's lead-in 'انت الان تتابع خبر … والان مع التفاصيل' and the byline 'بغداد - ياسين صفوان' dropped; no date of its own in the text", False, """
السوداني: البنى التحتية في البصرة هي الأساس الداعم لمشاريع التنمية
ذكر مكتب رئاسة الوزراء في بيان تلقاه الخليج 365 أن "السوداني افتتح اليوم، الجسر المعلق على شط العرب، الذي يصل الطريق السريع لمطار البصرة الدولي بالمدينة الرياضية في محافظة البصرة، بطول 825 متراً".
وشدد السوداني على "مضي الحكومة في إنجاز المشاريع الخدمية والحيوية في محافظة البصرة، واستكمال بناها التحتية، لأنها تمثل الأساس الداعم لمشاريع التنمية وتوفير فرص العمل ضمن أهداف البرنامج الحكومي".
ووفق البيان، يرتفع الجسر المعلق 35 متراً عن سطح الماء في منتصفه ليتيح مرور السفن، وبلغت كلفته الإجمالية مع المقتربات 53 مليار دينار، وسيخفف الاختناقات المرورية في مركز المحافظة، ويقلل الضغط على شبكات الطرق الداخلية، ويعزز التبادل التجاري مع دول الجوار، ويعد من الجسور الحيوية المهمة، فضلاً عن أنه سيصبح من المعالم العمرانية والسياحية في البصرة.
""", [
    ev("bridge-opening", "السوداني افتتح اليوم، الجسر المعلق على شط العرب", VISIT, "'اليوم' on the page of Thu 24 Jul 2025"),
    ev("sudani-infrastructure-remarks", "وشدد السوداني على \"مضي الحكومة في إنجاز المشاريع الخدمية", VISIT, "no own expression; said at the opening on Thu 24 Jul 2025"),
])
art(S, "https://www.aljeebal.com/posts/7749",
    "2025-07-24", "the body's 'اليوم الخميس' with 'في مطلع تموز الجاري' (July 2025) and the known visit of Thu 24 Jul 2025 (the other outlets); headline kept from the page (re-worded); the photo caption, '3 قراءة دقيقة' and the last, truncated sentence dropped; no date of its own in the text", False, """
إطلاق مشروع تحلية مياه البحر في البصرة
انطلق اليوم الخميس مشروع تحلية مياه البحر في البصرة، بالتزامن مع الأزمة المائية التي يمر بها العراق بفعل التغيرات المناخية في العالم وارتفاع الحرارة والجفاف.
ويأتي ذلك ضمن زيارة يقوم بها رئيس الحكومة العراقية محمد شياع السوداني إلى المحافظة المطلة على الخليج العربي في أقصى جنوب العراق، اليوم الخميس، لافتتاح حزمة من المشاريع الخدمية والتنموية فيها.
وأعلن مكتب رئيس الوزراء في بيان "إطلاق العمل التنفيذي في مشروع محطة تحلية مياه البحر الاستراتيجي في البصرة، بطاقة إنتاجية إجمالية تبلغ مليون متر مكعب يومياً".
وفي وقت سابق من اليوم، افتتح السوداني الجسر المعلق على شط العرب، كما أطلق الأعمال التنفيذية في مشروع "الطريق الحلقي" بطول 89 كيلومتراً في المحافظة نفسها.
وفي مطلع تموز الجاري، أوعز السوداني بالشروع في الخطوات العملية لتنفيذ المشروع الاستراتيجي لتحلية مياه البحر في البصرة، في إطار المعالجات المقترحة لأزمة المياه في المحافظة والبلاد وارتفاع نسب الملوحة وأثرها على تأمين مياه الشرب للمواطنين.
""", [
    ev("desalination-launch", "انطلق اليوم الخميس مشروع تحلية مياه البحر في البصرة", VISIT, "'اليوم الخميس' = Thu 24 Jul 2025"),
    ev("sudani-basra-visit", "ويأتي ذلك ضمن زيارة يقوم بها رئيس الحكومة العراقية", VISIT, "'اليوم الخميس' = Thu 24 Jul 2025"),
    ev("bridge-opening", "افتتح السوداني الجسر المعلق على شط العرب", VISIT, "'وفي وقت سابق من اليوم' = earlier on Thu 24 Jul 2025"),
    ev("ring-road-launch", "كما أطلق الأعمال التنفيذية في مشروع \"الطريق الحلقي\"", VISIT, "'وفي وقت سابق من اليوم' = Thu 24 Jul 2025"),
    ev("sudani-directive", "أوعز السوداني بالشروع في الخطوات العملية", "2025-07-01", "'في مطلع تموز الجاري' = early July 2025: my span 1-10 Jul 2025", end="2025-07-11"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 398
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

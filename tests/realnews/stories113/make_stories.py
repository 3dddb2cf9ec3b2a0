"""Builds stories.jsonl: the hundred-and-thirteenth evaluation set of real Arabic news stories (several
articles per story, from different outlets, published on different days), bodies re-worded sentence by
sentence, every date/time expression kept verbatim, gold events keyed across each story (same format
and checks as tests/realnews/stories30/make_stories.py and stories108/make_stories.py). Domain:
transport and infrastructure accidents in the Arab world and its neighbours (train disasters in Egypt
and Turkey, a plane crash in Sudan, a mall fire in Qatar, a hotel fire in Dubai, building collapses in
Iran and Syria, a gas-station blast in Yemen). None of these stories is in the dev set, the other
tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-badrashin-conscripts-train-2013
S = "egypt-badrashin-conscripts-train-2013"
art(S, "https://www.followmenews.com/2013/01/15/%D8%A8%D8%A7%D9%84%D8%B5%D9%88%D8%B1-%D8%AF%D9%85%D8%A7%D8%A1-%D9%85%D8%AC%D9%86%D8%AF%D9%8A-%D8%AF%D9%81%D8%B9%D8%A9-93-%D9%88%D8%B3%D8%B7-%D8%AD%D8%B7%D8%A7%D9%85-%D9%82%D8%B7/",
    "2013-01-15", "date in the URL '/2013/01/15/'; the body's 'في وقت مبكر من صباح الثلاثاء' agrees (15 Jan 2013 was a Tuesday, the day of the crash); no date in the text", False, """
بالصور: دماء مجندي دفعة «93» بين أنقاض «قطار البدرشين»
ما يزيد على 1300 شاب من حاملي المؤهلات المتوسطة تقدموا لأداء الخدمة العسكرية، وكانوا متجهين إلى معسكر للأمن المركزي في القاهرة بعد أن وُزّعوا على وزارة الداخلية، غير أن الموت كان ينتظرهم في قطار حربي أضيف إلى سجل طويل من كوارث «قطارات الفقراء».
سقط 19 قتيلًا و117 مصاباً على الأقل ضحايا لانفصال العربة الأخيرة من القطار، في وقت مبكر من صباح الثلاثاء، فاختلطت دماء وأشلاء مجندين من مواليد 1992 و1993 بكتل الحديد الهائلة المتبقية من القطار.
وما تزال ملابس الضحايا وأحذيتهم المبعثرة في الموقع شاهدة على موت متواصل يحصد أرواح المصريين بلا توقف، ليلحقوا بمن سبقهم من ضحايا قطارات الموت قبل الثورة وبعدها، وآخرهم أطفال أسيوط الذين انتهى التحقيق في مقتلهم بمحاكمة عامل «مزلقان» وملاحظ «بلوك»، مع بقاء الحال على ما هو عليه.
""", [
    ev("crash", "لانفصال العربة الأخيرة من القطار، في وقت مبكر من صباح الثلاثاء", "2013-01-15", "'في وقت مبكر من صباح الثلاثاء' = Tue 15 Jan 2013 (the URL day; the coaches broke away shortly after midnight)"),
    ev("toll-19", "سقط 19 قتيلًا و117 مصاباً على الأقل", "2013-01-15", "no own expression; the deaths and injuries of the crash of Tue 15 Jan"),
    ev("conscripts-journey", "وكانوا متجهين إلى معسكر للأمن المركزي في القاهرة", "2013-01-14", "no own expression; the conscripts' train left Upper Egypt on the evening of Mon 14 Jan and crashed after midnight (my span 14-15 Jan)", end="2013-01-16"),
    ev("assiut-crash", "وآخرهم أطفال أسيوط", "2012-11-17", "no own expression; the Manfalut (Assiut) school-bus/train crash of Sat 17 Nov 2012 (outside knowledge)"),
])
art(S, "https://www.masress.com/boswtol/76603",
    "2013-01-15", "no stamp or URL date in the stored page (a masress mirror of Boswtol): fixed by the body's 'اليوم (الثلاثاء)' and 'في ساعة مبكّرة من صباح اليوم' for the Badrashin conscripts' train crash, which happened in the early hours of Tue 15 Jan 2013; the agency tag 'أ ش أ' dropped; the stored text has no headline; no date in the text", False, """
عادت الاشتباكات والمناوشات إلى محطة قطار الإسكندرية (محطة مصر) بين نشطاء وعدد من أفراد الشرطة، إثر احتجاز 11 شخصا في واقعة محاولة تعطيل السكك الحديد، احتجاجا على تكرار حادثة تصادم قطارين بمدينة البدرشين.
وكانت قوات الأمن قد أوقفت اليوم (الثلاثاء) 11 شخصا، بعدما حاولوا تعطيل قطارين متوجهين إلى مدينتي القاهرة والمنصورة، ونشبت مشادات بين النشطاء المحتجين وعدد من المواطنين رموهم بالحجارة لأنهم رأوا في ذلك تعطيلا لمصالحهم.
وتوجهت قوة من الأمن المركزي لتأمين مقر قسم شرطة المواصلات والسكك الحديدية في محطة القطار، بعد أن تجمع نحو ثلاثين شخصا احتجاجا على احتجاز النشطاء، وهتفوا ضد مرشد جماعة الإخوان المسلمين، متوعدين باستعادة ثورة الخامس والعشرين من يناير في ذكراها السنوية الثانية من العام الجاري.
يُذكر أن قطارا يقل مجنّدين اصطدم بقطار بضائع في منطقة البدرشين التابعة لمحافظة الجيزة في ساعة مبكّرة من صباح اليوم، فسقط كثير من القتلى والمصابين في صفوف المجندين.
""", [
    ev("alex-clashes", "عادت الاشتباكات والمناوشات إلى محطة قطار الإسكندرية", "2013-01-15", "no own expression; the clashes of the same day, Tue 15 Jan"),
    ev("alex-detentions", "أوقفت اليوم (الثلاثاء) 11 شخصا", "2013-01-15", "'اليوم (الثلاثاء)' = Tue 15 Jan 2013"),
    ev("protest-chants", "وهتفوا ضد مرشد جماعة الإخوان المسلمين", "2013-01-15", "no own expression; the protest at the station on Tue 15 Jan"),
    ev("revolution-anniversary", "في ذكراها السنوية الثانية من العام الجاري", "2013-01-25", "'في ذكراها السنوية الثانية من العام الجاري': the second anniversary of 25 January (2011), i.e. Fri 25 Jan 2013, after the publication day"),
    ev("crash", "اصطدم بقطار بضائع في منطقة البدرشين", "2013-01-15", "'في ساعة مبكّرة من صباح اليوم' = Tue 15 Jan 2013"),
])
art(S, "http://schorouq.blogspot.com/2013/01/blog-post_16.html",
    "2013-01-16", "page stamp 'الأربعاء، 16 يناير 2013' above the post (kept as first line); URL month '/2013/01/' and the body's 'صباح أمس' for the crash of Tue 15 Jan agree (16 Jan 2013 was a Wednesday); a blog post that opens with the news; the duplicated clause 'وراح ضحيته 19 قتيلا ... و117 مصابا' and the truncated last words 'حسب أ' dropped", True, """
الأربعاء، 16 يناير 2013
قطار العبيد وملحمة البدرشين
في خامس حادث قطار خلال سبعة أشهر هي عمر الرئيس مرسي، فضلا عن حوادث الغرق والحرائق وضحايا سيناء من جنودنا الأبرياء، وبعد مرور أقل من شهرين على آخر كوارث القطارات التي حصدت أرواح 53 طفلا في أسيوط، عاشت مدينة البدرشين (جنوب غربي القاهرة) كارثة إنسانية.
فقد وقع الحادث المروع في الساعات الأولي من صباح أمس، حين كان 1360 شابا تتراوح أعمارهم بين 18 و20 عاما يستقلون قطارا من 12 عربة قادما من محافظة سوهاج إلى القاهرة، لأداء فترة التجنيد الإلزامية لمدة ثلاث سنوات في معسكرات الأمن المركزي.
وخلّف الحادث 19 قتيلا من جنود الأمن المركزي و117 مصابا، عندما انفصلت آخر عربتين عن القطار بسبب السرعة وضعف المفصلة التي تربط العربة قبل الأخيرة بما قبلها.
واصطدمت العربتان بعد انفصالهما بقطار بضائع مركون منذ سنة في المكان نفسه.
""", [
    ev("morsi-presidency", "خلال سبعة أشهر هي عمر الرئيس مرسي", "2012-06-30", "'خلال سبعة أشهر': Morsi's term from his swearing-in on Sat 30 Jun 2012 (outside knowledge) to the publication day", end="2013-01-17"),
    ev("assiut-crash", "آخر كوارث القطارات التي حصدت أرواح 53 طفلا في أسيوط", "2012-11-17", "'أقل من شهرين' before 16 Jan 2013: the Manfalut (Assiut) crash of Sat 17 Nov 2012 (outside knowledge)"),
    ev("crash", "فقد وقع الحادث المروع في الساعات الأولي من صباح أمس", "2013-01-15", "'في الساعات الأولي من صباح أمس' before Wed 16 Jan = Tue 15 Jan 2013 (the source's spelling 'الأولي')"),
    ev("toll-19", "19 قتيلا من جنود الأمن المركزي و117 مصابا", "2013-01-15", "no own expression; the toll of the crash of Tue 15 Jan"),
    ev("freight-collision", "واصطدمت العربتان بعد انفصالهما بقطار بضائع", "2013-01-15", "no own expression; part of the crash of Tue 15 Jan"),
])
art(S, "https://sauress.com/alriyadh/801943",
    "2013-01-16", "no stamp in the stored page (a sauress mirror of the daily Al-Riyadh): fixed by the body's 'في ساعة مبكرة من صباح أمس' for the Badrashin crash, which happened in the early hours of Tue 15 Jan 2013, so the paper's issue is Wed 16 Jan; the truncated end of the last sentence ('وذلك لحين التحقيق فى الحاد') dropped; no date in the text", False, """
انقلب قطار يقل ركابا في مدينة البدرشين بمحافظة الجيزة جنوب القاهرة في ساعة مبكرة من صباح أمس، إثر اصطدامه بقطار بضائع.
وأعلنت وزارة الصحة مقتل 19 شخصا وإصابة 117 آخرين، ونُقلت الجثامين إلى مستشفيات الحوامدية العام وبولاق الدكرور والبدرشين العام والمعادي العسكري، بينما نُقل المصابون إلى مستشفيات الحوامدية العام ومعهد ناصر والبنك الأهلي والمعادي العسكري والبدرشين العام والعياط العام.
وأسهمت 66 سيارة إسعاف في نقل المصابين إلى المستشفيات المختلفة، وزار الدكتور هشام قنديل رئيس مجلس الوزراء موقع الحادث، فلم يبق فيه أكثر من خمس دقائق وغادره بعد لقائه القيادات الأمنية والشعبية الموجودة هناك.
وانتقل كذلك اللواء محمد إبراهيم وزير الداخلية إلى موقع الحادث لمتابعة تطوراته ورفع العربات المنقلبة عن القضبان لانتشال الضحايا والمصابين من تحتها، وطالب رجال الحماية المدنية ببذل مزيد من الجهد لمعاونة المسعفين.
وأكد مصدر أمني بمديرية أمن الجيزة أن الأجهزة الأمنية تحفظت على سائق قطار البدرشين عقب تصادم القطارين الذي أوقع العشرات بين قتيل ومصاب.
""", [
    ev("crash", "انقلب قطار يقل ركابا في مدينة البدرشين", "2013-01-15", "'في ساعة مبكرة من صباح أمس' before Wed 16 Jan = Tue 15 Jan 2013"),
    ev("toll-19", "مقتل 19 شخصا وإصابة 117 آخرين", "2013-01-15", "no own expression; the health ministry's figure of Tue 15 Jan"),
    ev("qandil-visit", "وزار الدكتور هشام قنديل رئيس مجلس الوزراء موقع الحادث", "2013-01-15", "no own expression; the prime minister's visit on the morning of Tue 15 Jan"),
    ev("interior-minister-visit", "وانتقل كذلك اللواء محمد إبراهيم وزير الداخلية إلى موقع الحادث", "2013-01-15", "no own expression; on Tue 15 Jan"),
    ev("driver-detained", "تحفظت على سائق قطار البدرشين", "2013-01-15", "no own expression; right after the crash, Tue 15 Jan"),
])

# ---------------------------------------------------------------- sudan-talodi-plane-crash-2012
S = "sudan-talodi-plane-crash-2012"
art(S, "https://ar.wikinews.org/?curid=14784",
    "2012-08-19", "date line 'الأحد 19 أغسطس 2012' under the headline (kept as first line, before the headline); the body's 'اليوم الأحد' agrees (19 Aug 2012 was a Sunday, the first day of Eid al-Fitr in Sudan); the sources list dropped", True, """
الأحد 19 أغسطس 2012
مصرع 32 شخصاً إثر تحطم طائرة في السودان
سقطت اليوم الأحد في ولاية جنوب كردفان السودانية طائرة تقل وفداً من كبار المسؤولين السودانيين وصحفيين كانوا في طريقهم إلى مدينة تلودي لحضور احتفالات عيد الفطر، فلقي جميع الركاب وأفراد الطاقم، وعددهم 32 شخصاً، حتفهم، ومن بينهم ثلاثة وزراء اتحاديين ووزير ولائي.
وبحسب البيان الرسمي، تحطمت الطائرة لاصطدامها بجبل في ظل طقس سيئ.
والطائرة من طراز أنتونوف أن-26، وكانت في رحلة إلى بلدة تلودي بولاية جنوب كردفان السودانية.
ونقلت وكالة السودان للأنباء (سونا) عن رئاسة الجمهورية أن بين الركاب القتلى وزير الإرشاد والأوقاف غازي الصادق، ووزير الدولة للشباب والرياضة محجوب عبد الرحيم توتو، ووزير الدولة للسياحة والآثار والحياة البرية عيسى ضيف الله، ووزير التربية والتعليم بولاية الخرطوم علي الجيلاني، ورئيس حزب العدالة مكي علي بلايل، إلى جانب شخصيات عسكرية وأمنية وصحفيين وطاقم الطائرة.
وكانت الطائرة تتهيأ للهبوط في تلودي عندما ارتطمت بتلة وتحطمت، ويُنسب ذلك إلى سوء الأحوال الجوية، إذ تتساقط أمطار غزيرة على المنطقة في الفترة الأخيرة.
ونفت مصادر في رئاسة الجمهورية أن تكون الطائرة قد أُسقطت.
""", [
    ev("crash", "سقطت اليوم الأحد في ولاية جنوب كردفان السودانية طائرة", "2012-08-19", "'اليوم الأحد' = Sun 19 Aug 2012 (the date line); about 08:00 local time"),
    ev("eid-celebrations", "لحضور احتفالات عيد الفطر", "2012-08-19", "no own expression; Eid al-Fitr 1433 fell on Sun 19 Aug 2012 in Sudan (outside knowledge)"),
    ev("mountain-impact", "عندما ارتطمت بتلة وتحطمت", "2012-08-19", "no own expression; the impact while landing on Sun 19 Aug"),
    ev("recent-rains", "إذ تتساقط أمطار غزيرة على المنطقة في الفترة الأخيرة", "2012-08-12", "'في الفترة الأخيرة' up to Sun 19 Aug (my span: the week before)", end="2012-08-20"),
    ev("presidency-denial", "ونفت مصادر في رئاسة الجمهورية أن تكون الطائرة قد أُسقطت", "2012-08-19", "no own expression; on Sun 19 Aug"),
])
art(S, "https://www.yemeress.com/barakish/35096",
    "2012-08-19", "no stamp or URL date in the stored page (a yemeress mirror of Barakish): fixed by the body's 'اليوم الأحد' for the Talodi crash of the Sudanese religious-affairs minister, which happened on Sun 19 Aug 2012 (the only Sunday of the event); the stored text has no headline; the mirror's glued 'في الوقتذاته' (missing space) kept as written; no date in the text", False, """
لقي وزير الإرشاد والأوقاف السوداني غازي الصادق و31 من مرافقيه مصرعهم، اليوم الأحد، في تحطم طائرة كانت تقلهم إلى منطقة تلودي بجنوب كردفان، بعد أن اصطدمت بأحد جبال المنطقة.
وصرّح عبد الحفيظ عبد الرحيم، المتحدث باسم هيئة الطيران السودانية، لوكالة "فرانس برس" بأن كل من كانوا على متن الطائرة قتلوا، وأوضح في الوقتذاته أن الطائرة مدنية لا عسكرية.
وكان الوزير في طريقه إلى ولاية جنوب كردفان المضطربة لحضور مراسم تقام بمناسبة عيد الفطر.
""", [
    ev("crash", "في تحطم طائرة كانت تقلهم إلى منطقة تلودي", "2012-08-19", "'اليوم الأحد' = Sun 19 Aug 2012"),
    ev("mountain-impact", "بعد أن اصطدمت بأحد جبال المنطقة", "2012-08-19", "no own expression; on Sun 19 Aug"),
    ev("aviation-statement", "وصرّح عبد الحفيظ عبد الرحيم", "2012-08-19", "no own expression; the spokesman's statement to AFP on Sun 19 Aug"),
    ev("eid-celebrations", "لحضور مراسم تقام بمناسبة عيد الفطر", "2012-08-19", "no own expression; Eid al-Fitr, Sun 19 Aug 2012"),
])
art(S, "https://djazairess.com/aps/259798",
    "2012-08-19", "no stamp in the stored page (a djazairess mirror of APS): fixed by the body's 'يوم الأحد' for the government's announcement and 'صباح اليوم' for the delegation's departure the same day, the Talodi crash of Sun 19 Aug 2012; no date in the text", False, """
أعلنت الحكومة السودانية رسميا يوم الأحد مقتل وزير الإرشاد والأوقاف غازي الصادق و25 مسؤولا سياسيا وعسكريا وممثلين لوسائل إعلام رسمية، في تحطم طائرة مدنية فوق مدينة تلودي بولاية جنوب كردفان.
وجاء في بيان لوزير الإعلام السوداني أحمد بلال عثمان أن "الطائرة المنكوبة كانت تقل وفدا وزاريا برئاسة وزير الاوقاف وخمسة وعشرين من مرافقيه اضافة الى 5 من طاقم الطائرة وقد لقوا حتفهم جميعا بعد ان تحطمت طائرتهم بالكامل عقب ارتطامها بأحد الجبال فى منطقة تلدوى بولاية جنوب كردفان".
وأوضح البيان أن الطائرة حاولت الهبوط مرتين دون جدوى قبل أن تصطدم بأحد الجبال بسبب سوء الأحوال الجوية، مبينا أن الوفد توجه صباح اليوم إلى ولاية جنوب كردفان لتهنئة أهالي المنطقة وأفراد القوات المسلحة السودانية بالعيد.
ونفى البيان أن تكون الطائرة قد سقطت بفعل هجوم عسكري، مؤكدا أنها تحطمت بعد اصطدامها بجبل.
وكانت سلطات الطيران المدني قد ذكرت في وقت سابق أن الطائرة من طراز (أنطونوف) وتعود لشركة طيران مدنية، وأنها أقلعت من الخرطوم في السادسة صباحا وعلى متنها وفد وزاري من 31 شخصا.
""", [
    ev("govt-announcement", "أعلنت الحكومة السودانية رسميا يوم الأحد", "2012-08-19", "'يوم الأحد' = Sun 19 Aug 2012"),
    ev("crash", "في تحطم طائرة مدنية فوق مدينة تلودي", "2012-08-19", "no own expression in the clause; the crash of Sun 19 Aug"),
    ev("minister-statement", "وجاء في بيان لوزير الإعلام السوداني", "2012-08-19", "no own expression; the information minister's statement of Sun 19 Aug"),
    ev("landing-attempts", "حاولت الهبوط مرتين دون جدوى", "2012-08-19", "no own expression; just before the crash, Sun 19 Aug"),
    ev("departure", "أقلعت من الخرطوم في السادسة صباحا", "2012-08-19", "'في السادسة صباحا' of Sun 19 Aug ('صباح اليوم')"),
])
art(S, "https://sauress.com/alyaum/56725",
    "2012-08-20", "no stamp in the stored page (a sauress mirror of the daily Al-Yaum): fixed by the body's 'في وقتٍ سابق من امس الاحد' for the Talodi crash of Sun 19 Aug 2012, so Mon 20 Aug; the truncated last sentence (the information minister's words to Radio Omdurman) dropped; no date in the text", False, """
لقي 31 شخصًا، بينهم وزير الإرشاد والأوقاف السوداني غازي الصادق وعدد من المسؤولين السودانيين، مصرعهم الاحد في تحطم طائرة كانت تنقلهم إلى ولاية جنوب كردفان وهوت بسبب سوء الأحوال الجوية، وفق مصادر رسمية.
ونقلت وكالة الأنباء السودانية الرسمية (سونا) بيانا لرئاسة الجمهورية جاء فيه أن «رئاسة الجمهورية تحتسب عند الله تعالى وزير الإرشاد والاوقاف الاتحادي المهندس غازي الصادق الذي استشهد مع عدد من رفاقه في طائرة مدنية سقطت جراء ظروف جوية قاسية وهي على مشارف تلودي».
وذكرت الوكالة أن المسؤولين كانوا في طريقهم إلى مدينة تلودي بولاية جنوب كردفان «لأداء صلاة العيد ومشاركة اهالي تلودي، والاحتفال معهم بعيد الفطر المبارك».
وكان مسؤول في هيئة الطيران قد أبلغ وكالة فرانس برس في وقتٍ سابق من امس الاحد بمقتل 31 شخصًا في الطائرة التي كانت تقل «وفدًا رسميًا» إلى جنوب كردفان.
وأكد عبدالحفيظ عبدالرحيم، المتحدث باسم هيئة الطيران السودانية، أن «جميع الذين كانوا على متن الطائرة قتلوا».
وأضاف أن الطائرة كانت تهبط في بلدة تلودي نحو الساعة الثامنة صباحًا بالتوقيت المحلي (05,00 تغ) حين «سمع صوت انفجار ادى الى تحطم الطائرة».
""", [
    ev("crash", "مصرعهم الاحد في تحطم طائرة", "2012-08-19", "'الاحد' before Mon 20 Aug = Sun 19 Aug 2012"),
    ev("presidency-statement", "بيانا لرئاسة الجمهورية", "2012-08-19", "no own expression; the presidency's mourning statement of Sun 19 Aug"),
    ev("eid-celebrations", "والاحتفال معهم بعيد الفطر المبارك", "2012-08-19", "no own expression; Eid al-Fitr, Sun 19 Aug 2012"),
    ev("aviation-statement", "أبلغ وكالة فرانس برس في وقتٍ سابق من امس الاحد", "2012-08-19", "'في وقتٍ سابق من امس الاحد' = Sun 19 Aug 2012"),
    ev("explosion-heard", "سمع صوت انفجار ادى الى تحطم الطائرة", "2012-08-19", "'نحو الساعة الثامنة صباحًا بالتوقيت المحلي (05,00 تغ)' of Sun 19 Aug"),
])

# ---------------------------------------------------------------- qatar-villaggio-mall-fire-2012
S = "qatar-villaggio-mall-fire-2012"
art(S, "https://www.albawaba.net/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D9%85%D9%82%D8%AA%D9%84-19-%D9%81%D9%8A-%D8%AD%D8%B1%D9%8A%D9%82-%D8%A8%D9%85%D8%AC%D9%85%D8%B9-%D8%AA%D8%AC%D8%A7%D8%B1%D9%8A-%D8%A8%D9%82%D8%B7%D8%B1-427219",
    "2012-05-28", "page stamp 'تاريخ النشر: 28 مايو 2012 - 05:08 GMT' under the headline (kept as first line without 'تاريخ النشر:'); the body's 'يوم الاثنين' and the press conference planned for 'مساء يوم الاثنين' agree (28 May 2012 was a Monday, the day of the fire; the stamp's hour is odd, since the fire broke out at about 08:00 GMT, but the day is certain); the newsletter box dropped", True, """
28 مايو 2012 - 05:08 GMT
مصرع 19 شخصا في حريق بمركز تجاري في قطر
أفادت قناة الجزيرة الفضائية التي تتخذ من قطر مقرا لها بأن 19 شخصا، بينهم 13 طفلا، لقوا حتفهم يوم الاثنين في حريق اندلع في مجمع تجاري بالعاصمة القطرية.
واندلع الحريق في مجمع فيلاجيو الواقع على الطرف الغربي من الدوحة، فيما ارتفعت أعمدة الدخان من المجمع بعد إخلائه.
وسدّت سيارات الإسعاف وعربات الشرطة مدخل المجمع.
وتنوي وزارة الإعلام القطرية عقد مؤتمر صحفي حول الحريق مساء يوم الاثنين.
""", [
    ev("deaths-19", "لقوا حتفهم يوم الاثنين", "2012-05-28", "'يوم الاثنين' = Mon 28 May 2012 (the stamp)"),
    ev("fire", "واندلع الحريق في مجمع فيلاجيو", "2012-05-28", "no own expression; the fire of about 11:00 local time, Mon 28 May"),
    ev("evacuation", "بعد إخلائه", "2012-05-28", "no own expression; the mall was evacuated on Mon 28 May"),
    ev("press-conference", "عقد مؤتمر صحفي حول الحريق مساء يوم الاثنين", "2012-05-28", "'مساء يوم الاثنين' = the evening of Mon 28 May 2012"),
])
art(S, "https://djazairess.com/ennahar/114355",
    "2012-05-29", "no stamp in the stored page (a djazairess mirror of Ennahar): fixed by the body's 'أمس الاثنين' for the Villaggio fire of Mon 28 May 2012, so Tue 29 May; the truncated last sentence (the New Zealand prime minister's quote) dropped; no date in the text", False, """
لقي 19 شخصا، بينهم 13 طفلا، حتفهم في حريق اندلع أمس الاثنين داخل مركز تجاري وحاصر أطفالا من جنسيات مختلفة في حضانة، بينما انطلق التحقيق في ملابسات المأساة وسط تساؤلات عن معايير السلامة والشفافية في هذا البلد الثري الساعي إلى مكانة عالمية.
وذكرت وزارة الداخلية أن الحريق الذي شب في مركز فيلاجيو التجاري، وهو الأكبر في العاصمة، "خلف 19 حالة وفاة، هم 13 طفلا (7 بنات و6 اولاد) إضافة إلى 4 مدرسات واثنين من أفراد الدفاع المدني".
وكل الضحايا من الوافدين، ولا سيما من حملة الجنسيات الإسبانية والنيوزيلندية والفرنسية والفلبينية والجنوب إفريقية واليابانية، وفق الصحافة المحلية.
ومن بين الضحايا 13 طفلا و4 معلمات واثنان من رجال الإطفاء أحدهما مغربي الجنسية.
وأوضحت متحدثة باسم وزارة الخارجية الإسبانية في مدريد أن 4 من الأطفال القتلى إسبان، مشيرة إلى أن موظفي السفارة يسعون للحصول على مزيد من التفاصيل.
ومن بين الضحايا كذلك طفل فرنسي في الثالثة من عمره، بحسب ما أعلنت الوزيرة المكلفة شؤون الفرنسيين في الخارج يمينة بنغيغي.
كما أعلن رئيس الوزراء النيوزيلندي أن ثلاثة توائم نيوزيلنديين في عامهم الثالث من بين ضحايا الحريق الذي اندلع في أكبر مركز تجاري بالدوحة.
""", [
    ev("deaths-19", "لقي 19 شخصا، بينهم 13 طفلا، حتفهم", "2012-05-28", "no own expression apart from the fire's 'أمس الاثنين'; the deaths of Mon 28 May"),
    ev("fire", "في حريق اندلع أمس الاثنين", "2012-05-28", "'أمس الاثنين' before Tue 29 May = Mon 28 May 2012"),
    ev("nursery-trapped", "وحاصر أطفالا من جنسيات مختلفة في حضانة", "2012-05-28", "no own expression; during the fire of Mon 28 May"),
    ev("investigation-opened", "بينما انطلق التحقيق في ملابسات المأساة", "2012-05-28", "no own expression; the prosecution took over the site on Mon 28 May and the inquiry was under way on Tue 29 May (my span 28-29 May)", end="2012-05-30"),
    ev("interior-toll", "وذكرت وزارة الداخلية أن الحريق", "2012-05-28", "no own expression; the interior ministry's figure given at the press conference of the evening of Mon 28 May"),
])
art(S, "http://archive.aawsat.com/details.asp?article=679731&issueno=12238&section=4",
    "2012-05-31", "no stamp in the stored page (Asharq Al-Awsat archive, issue 12238): fixed by the body's 'يوم الاثنين الماضي' for the fire (Mon 28 May 2012) and 'مساء أول من أمس' for the attorney general's detention order, which other reports date to the evening of Tue 29 May ('مساء الثلاثاء', 'ليل الثلثاء'), so Thu 31 May 2012; the truncated end of the last sentence ('أمام أكا...') dropped; no date in the text", False, """
قطر تودِع مالك «فيلاجيو» وإدارته السجن لاستكمال التحقيقات
جنازتان جماعيتان لضحايا الحريق.. وقطريون وأجانب يضعون أكاليل الزهور
أمرت النيابة العامة القطرية بتوقيف مالك مجمع «فيلاجيو» ومسؤولين إداريين فيه وإيداعهم السجن، لاستكمال التحقيقات التي تجريها السلطات في الحريق الذي اندلع في المجمع يوم الاثنين الماضي وأودى بحياة 19 شخصا بينهم 13 طفلا، كان أغلبهم في حضانة.
ومن بين الضحايا ثلاثة توائم من نيوزيلندا وثلاثة إخوة إسبان، كما لقي أربعة من العاملين في الحضانة وعنصران من الدفاع المدني حتفهم.
وكان الحريق الذي شب في أكبر مركز تجاري في الدوحة قد أثار تساؤلات عن خلل محتمل في قواعد السلامة ربما يفسر العدد الكبير للضحايا.
ونُقل عن النائب العام القطري علي بن فطيس المري أنه أمر مساء أول من أمس بحبس مالك مجمع «فيلاجيو» ومديره ونائبة المدير ومساعد مدير أمن المجمع، في إطار تحقيقات النيابة العامة.
وذكرت وكالة الأنباء القطرية أن النائب العام أمر أيضا بضبط وإحضار مدير أمن المجمع ومسؤول التراخيص في الوزارة المختصة وآخرين وردت أسماؤهم خلال التحقيق.
وتجمع يوم أمس مئات من المواطنين القطريين والمقيمين الأجانب في العاصمة القطرية الدوحة.
""", [
    ev("funerals", "جنازتان جماعيتان لضحايا الحريق", "2012-05-29", "no own expression; the two funerals were held on Tue 29 May (burials that afternoon, a mass at the end of the day, per a report of 29 May)"),
    ev("fire", "في الحريق الذي اندلع في المجمع يوم الاثنين الماضي", "2012-05-28", "'يوم الاثنين الماضي' before Thu 31 May = Mon 28 May 2012"),
    ev("deaths-19", "وأودى بحياة 19 شخصا بينهم 13 طفلا", "2012-05-28", "no own expression; the deaths in the fire of Mon 28 May"),
    ev("detention-order", "أنه أمر مساء أول من أمس بحبس مالك مجمع", "2012-05-29", "'مساء أول من أمس' before Thu 31 May = the evening of Tue 29 May 2012"),
    ev("arrest-warrants", "أمر أيضا بضبط وإحضار مدير أمن المجمع", "2012-05-29", "no own expression; part of the same order of the evening of Tue 29 May"),
    ev("wreaths-gathering", "وتجمع يوم أمس مئات من المواطنين القطريين", "2012-05-30", "'يوم أمس' before Thu 31 May = Wed 30 May 2012"),
])

# ---------------------------------------------------------------- turkey-corlu-train-derailment-2018
S = "turkey-corlu-train-derailment-2018"
art(S, "https://turkpress.co/node/50981",
    "2018-07-08", "no stamp or URL date in the stored page: fixed by the body's 'في وقت سابق اليوم الأحد' and 'مساء اليوم' for the derailment near Çorlu (Tekirdağ), which happened on the evening of Sun 8 Jul 2018; the tag 'ترك برس' and the truncated last sentence (the helicopters) dropped; the stored text has no headline; no date in the text", False, """
أعلن الرئيس التركي رجب طيب أردوغان، في أول تعليق له، أن الجهات المختصة فتحت تحقيقا شاملا في خروج قطار عن مساره في وقت سابق اليوم الأحد بولاية تكيرداغ في شمال غرب البلاد.
وجاء ذلك في رسالة نشرها أردوغان إثر حادث القطار المتجه من تكيرداغ إلى إسطنبول، الذي خلّف قتلى ومصابين، وفق مصادر في الرئاسة التركية.
وأشار أردوغان في رسالته إلى أن الدولة التركية سخّرت كل إمكاناتها ومؤسساتها بعد الحادث المؤسف الذي وقع مساء اليوم في منطقة "تشورلو" بتكيرداغ، وأضاف: "تم فتح تحقيق شامل في الحادثة التي وقعت بسبب خروج بعض المقطورات عن السكة".
وختم أردوغان رسالته بالترحم على مواطنيه الذين قضوا في الحادث، معزيا أسرهم ومتمنيا الشفاء العاجل للمصابين.
وقُتل أكثر من 10 أشخاص وأصيب 73 آخرون حتى الآن إثر انحراف قطار عن مساره، اليوم الأحد، في ولاية تكرداغ شمال غربي تركيا.
وبحسب وسائل إعلام تركية، فإن القطار الذي كان يقل أكثر من 300 راكب من تكيرداغ نحو إسطنبول خرج عن مساره في منطقة قريبة من الحدود مع اليونان، بعد انزلاق التربة من تحت القضبان بفعل الأمطار الغزيرة.
""", [
    ev("investigation", "فتحت تحقيقا شاملا", "2018-07-08", "no own expression; announced in Erdoğan's message of the evening of Sun 8 Jul"),
    ev("derailment", "خروج قطار عن مساره في وقت سابق اليوم الأحد", "2018-07-08", "'في وقت سابق اليوم الأحد' = Sun 8 Jul 2018 (about 17:00 local time)"),
    ev("erdogan-message", "وجاء ذلك في رسالة نشرها أردوغان", "2018-07-08", "no own expression; the message of the evening of Sun 8 Jul"),
    ev("toll-10", "وقُتل أكثر من 10 أشخاص وأصيب 73 آخرون حتى الآن", "2018-07-08", "'حتى الآن' on Sun 8 Jul 2018 (the first official toll, that evening)"),
    ev("landslide", "بعد انزلاق التربة من تحت القضبان", "2018-07-08", "no own expression; the ground gave way under the track just before the derailment, Sun 8 Jul"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=11650453",
    "2018-07-08", "page stamp '7/8/2018 00:00' (month/day/year) and the closing line 'فرانس 24 / أ ف ب نشرت في : 08/07/2018' (day/month/year); the latter kept as first line (before the headline) and the former dropped; the body's 'الأحد' and 'يبدأ الاثنين ولاية جديدة' agree (8 Jul 2018 was a Sunday, the eve of Erdoğan's inauguration); the repeated sentence on the ambulances ('وبث التلفزيون الرسمي التركي أنه تم إرسال أكثر من مئة سيارة إسعاف') and the share counters dropped", True, """
نشرت في : 08/07/2018
عشرة قتلى و73 جريحا في خروج قطار عن سكته في تركيا
لقي عشرة أشخاص حتفهم وأصيب آخرون عندما خرج قطار ركاب عن مساره في شمال غرب تركيا الأحد، حسبما أفاد التلفزيون الرسمي التركي نقلا عن وزارة الصحة.
واندفعت أكثر من 100 سيارة إسعاف إلى موقع الحادث، فيما عزت السلطات الحادث إلى رداءة الأحوال الجوية.
وأسفر انحراف القطار عن عشرة قتلى و73 جريحا على الأقل، وفق تقارير وزارة الصحة.
وكان القطار يقل 360 راكبا قادما من "قابي قوله" على الحدود التركية في اتجاه إسطنبول عندما خرجت ست من عرباته عن السكة.
وأكد محافظ تكيرداغ محمد جيلان أن الحادث نجم عن سوء الأحوال الجوية.
وأُبلغ الرئيس التركي رجب طيب أردوغان، الذي يبدأ الاثنين ولاية جديدة من خمس سنوات بصلاحيات معززة، بما جرى، فقدم تعازيه لأسر الضحايا، وفق وكالة أنباء الأناضول.
""", [
    ev("toll-10", "لقي عشرة أشخاص حتفهم", "2018-07-08", "no own expression; the first toll of Sun 8 Jul"),
    ev("derailment", "عندما خرج قطار ركاب عن مساره في شمال غرب تركيا الأحد", "2018-07-08", "'الأحد' = Sun 8 Jul 2018 (the date line)"),
    ev("ambulances", "واندفعت أكثر من 100 سيارة إسعاف إلى موقع الحادث", "2018-07-08", "no own expression; on the evening of Sun 8 Jul"),
    ev("erdogan-inauguration", "الذي يبدأ الاثنين ولاية جديدة", "2018-07-09", "'الاثنين' after Sun 8 Jul = Mon 9 Jul 2018"),
    ev("erdogan-message", "فقدم تعازيه لأسر الضحايا", "2018-07-08", "no own expression; Erdoğan's condolences of the evening of Sun 8 Jul"),
])
art(S, "https://arabic.rt.com/world/955833-%D8%A7%D8%B1%D8%AA%D9%81%D8%A7%D8%B9-%D8%AD%D8%B5%D9%8A%D9%84%D8%A9-%D9%82%D8%AA%D9%84%D9%89-%D8%A7%D9%84%D9%82%D8%B7%D8%A7%D8%B1-%D8%A7%D9%84%D8%AA%D8%B1%D9%83%D9%8A-%D8%A5%D9%84%D9%89-24-%D8%B4%D8%AE%D8%B5%D8%A7",
    "2018-07-09", "no stamp or URL date in the stored page (menus only): fixed by the body's 'الاثنين', 'صباح اليوم' and 'مساء أمس' for the first toll of the derailment of Sun 8 Jul 2018, so Mon 9 Jul; the site menus and the truncated last words ('بالتزامن مع إرسال الجيش التركي مروحيات عسكري') dropped; no date in the text", False, """
ارتفاع عدد قتلى القطار التركي إلى 24
صعدت حصيلة قتلى خروج قطار تركي عن سكته في ولاية "تكيرداغ" شمال غربي البلاد إلى 24 شخصا، بحسب نائب رئيس الوزراء رجب أقداغ.
وبيّن أقداغ لوكالة الأناضول الرسمية الاثنين أن أعمال البحث عن ضحايا القطار المنكوب انتهت صباح اليوم.
وكان مستشار وزارة الصحة التركية أيوب غوموش قد أعلن مساء أمس مقتل 10 أشخاص وإصابة 73 آخرين إثر انحراف قطار الركاب الذي كان في طريقه إلى مدينة اسطنبول.
وأكد غوموش حينها أن الوزارة بعثت بمروحيات إسعاف إلى المنطقة لنقل المصابين.
""", [
    ev("derailment", "خروج قطار تركي عن سكته", "2018-07-08", "no own expression in the clause; the derailment of Sun 8 Jul ('مساء أمس' for the first toll)"),
    ev("toll-24", "إلى 24 شخصا، بحسب نائب رئيس الوزراء", "2018-07-09", "no own expression; Akdağ's figure given on Mon 9 Jul ('الاثنين')"),
    ev("search-ended", "أعمال البحث عن ضحايا القطار المنكوب انتهت صباح اليوم", "2018-07-09", "'صباح اليوم' = the morning of Mon 9 Jul 2018"),
    ev("toll-10", "مقتل 10 أشخاص وإصابة 73 آخرين", "2018-07-08", "'مساء أمس' before Mon 9 Jul = the evening of Sun 8 Jul 2018"),
    ev("ambulance-helicopters", "بعثت بمروحيات إسعاف إلى المنطقة", "2018-07-08", "'حينها' = the evening of Sun 8 Jul"),
])
art(S, "https://aljarida.com/articles/1531158251483150500/amp",
    "2018-07-10", "no stamp in the stored page (Kuwait's Al-Jarida): fixed by the body's 'أمس الأول' for the derailment of Sun 8 Jul 2018 and 'الذي بدأ أمس ولاية جديدة' for Erdoğan's inauguration of Mon 9 Jul, so the paper of Tue 10 Jul; the article id begins with the Unix time 1531158251 = 9 Jul 2018 17:44 UTC, the evening before the print issue; the 'Ad' marker dropped; no date in the text", False, """
لقي 24 شخصاً مصرعهم، أمس الأول، حين خرج قطار ركاب عن سكته في منطقة تكيرداغ شمال غرب تركيا.
ونقلت وكالة الأناضول، أمس، عن نائب رئيس الوزراء رجب أقداغ أن أعمال البحث في القطار المنكوب انتهت صباح أمس.
وكان القطار يقل ما يزيد على 362 راكباً قادماً من منطقة قابي قوله على الحدود البلغارية ومتجهاً إلى إسطنبول، عندما خرجت 6 من عرباته عن السكة.
وأوردت وسائل الإعلام التركية أن 338 شخصاً نُقلوا إلى المستشفى إثر الحادث، وأن 124 منهم ما زالوا فيه حتى وقت لاحق.
وأشارت تقارير إلى أن محيط موقع الحادث كان موحلا جراء الأمطار التي هطلت في الآونة الأخيرة، وأن التربة تحت السكك ربما انهارت فتسببت في خروج القطار عن مساره.
وقال وزير النقل أحمد أرسلان إن السكك الحديدية خضعت للفحص في أبريل الماضي.
وأُبلغ الرئيس التركي رجب طيب إردوغان، الذي بدأ أمس ولاية جديدة من خمس سنوات بصلاحيات معززة، بالوضع، فقدم تعازيه لأسر الضحايا، بحسب "الأناضول"، متعهداً بتحقيق شامل في "الحادث المأسوي".
""", [
    ev("derailment", "حين خرج قطار ركاب عن سكته", "2018-07-08", "'أمس الأول' before Tue 10 Jul = Sun 8 Jul 2018"),
    ev("search-ended", "أن أعمال البحث في القطار المنكوب انتهت صباح أمس", "2018-07-09", "'صباح أمس' before Tue 10 Jul = the morning of Mon 9 Jul 2018"),
    ev("hospitalized", "338 شخصاً نُقلوا إلى المستشفى", "2018-07-08", "no own expression; the injured were taken to hospital on the night of 8-9 Jul (my span)", end="2018-07-10"),
    ev("recent-rains", "الأمطار التي هطلت في الآونة الأخيرة", "2018-07-05", "'في الآونة الأخيرة' before the derailment of Sun 8 Jul (my span: the days before, 5-8 Jul)", end="2018-07-09"),
    ev("rail-inspection", "خضعت للفحص في أبريل الماضي", "2018-04-01", "'في أبريل الماضي' = April 2018", end="2018-05-01"),
    ev("erdogan-inauguration", "الذي بدأ أمس ولاية جديدة", "2018-07-09", "'أمس' before Tue 10 Jul = Mon 9 Jul 2018"),
])

# ---------------------------------------------------------------- iran-abadan-metropol-collapse-2022
S = "iran-abadan-metropol-collapse-2022"
art(S, "https://www.arab48.com/amp/أخبار-عربية-ودولية/أخبار-دولية/2022/05/23/إيران-5-قتلى-على-الأقل-ومفقودون-إثر-انهيار-مبنى",
    "2022-05-23", "date in the URL '/2022/05/23/'; the body's 'اليوم الإثنين' agrees (23 May 2022 was a Monday, the day of the collapse); headline rendered from the URL slug; the app plug, the '(Getty Images)' captions and the truncated last sentence (the cinema fire of 1978) dropped; no date in the text", False, """
إيران: 5 قتلى على الأقل ومفقودون إثر انهيار مبنى
قضى خمسة أشخاص على الأقل، اليوم الإثنين، بانهيار مبنى تجاري من 10 طوابق ما زال قيد الإنشاء في مدينة عبدان جنوب غرب إيران، بحسب التلفزيون الرسمي.
وبثّ التلفزيون خبرا عن "انهيار أجزاء من مبنى متروبول المؤلف من عشر طبقات والواقع في مدينة آبادان، مركز محافظة خوزستان".
وبيّن أن أسباب انهيار المبنى ما زالت قيد التحقيق.
ونقلت القناة عن المتحدث باسم هيئة الإغاثة الوطنية مجتبى خالدي قوله: "حتى الآن، قضى أربعة أشخاص على الأقل قتلوا وأصيب 21 آخرون" في الانهيار، ليتمّ تأكيد مصرع شخص آخر بعد ذلك.
وذكرت جمعية الهلال الأحمر الإيرانية في خوزستان أن 80 شخصا على الأقل علقوا تحت المبنى المنهار، وأن جهود إنقاذهم متواصلة.
وأضافت أن المسعفين يستعينون بالكلاب البوليسية في عمليات البحث.
ولفت التلفزيون الرسمي إلى أن المبنى يقع على "الشارع المركزي الأكثر ازدحاما في المدينة"، بجوار مبان "تجارية وطبية وأخرى تضم العديد من المكاتب".
وأعاد الانهيار إلى أذهان كثيرين حريق عام 2017 وانهيار مبنى بلاسكو الشهير في العاصمة طهران الذي أودى بحياة العشرات.
""", [
    ev("toll-5", "قضى خمسة أشخاص على الأقل، اليوم الإثنين", "2022-05-23", "'اليوم الإثنين' = Mon 23 May 2022 (the URL day)"),
    ev("collapse", "بانهيار مبنى تجاري من 10 طوابق", "2022-05-23", "no own expression in the clause; the collapse of about 12:30 local time, Mon 23 May"),
    ev("trapped-80", "80 شخصا على الأقل علقوا تحت المبنى المنهار", "2022-05-23", "no own expression; the Red Crescent's figure of Mon 23 May"),
    ev("rescue-dogs", "يستعينون بالكلاب البوليسية", "2022-05-23", "no own expression; the search of Mon 23 May"),
    ev("plasco-collapse", "وانهيار مبنى بلاسكو الشهير في العاصمة طهران", "2017-01-19", "'عام 2017': the Plasco fire and collapse of Thu 19 Jan 2017 (outside knowledge)"),
])
art(S, "https://saymar.org/2022/05/138115.html",
    "2022-05-24", "date line 'السيمر / فيينا / الثلاثاء 24 . 05 . 2022' at the head of the text (kept as first line without the site and place); URL month '/2022/05/' and the body's 'يوم امس' for the collapse of Mon 23 May agree (24 May 2022 was a Tuesday); the tag 'المصدر / العالم' dropped; the source's 'جنوب شرق ايران' kept", True, """
الثلاثاء 24 . 05 . 2022
أفادت مراسلة قناة العالم بأن القلق والخطر يخيّمان على المنطقة بشأن مصير العالقين تحت الأنقاض إثر انهيار مبنى متروبول التجاري في آبادان جنوب شرق ايران.
وأكدت المراسلة أن هناك أيضا مخاوف من انهيار البرج كليا بعد سقوط أجزاء كبيرة منه، مشيرة إلى أن وزير الداخلية زار موقع الحادث على رأس وفد حكومي لتفقد عملية الإنقاذ.
وقال المتحدث باسم منظمة الطوارئ الإيرانية للمراسلة إن ثمة أدلة على وجود أكثر من 50 شخصا في الطوابق السفلية للمبنى، وهو ما يضاعف القلق، مؤكدا تجهيز أكثر من 50 سيارة إسعاف وإعلان جميع مستشفيات البلاد استعدادها لعلاج المصابين.
وارتفع عدد ضحايا انهيار مبنى متروبل الإداري التجاري في مدينة آبادان جنوب غربي إيران إلى أحد عشر شخصا.
وذكر الهلال الأحمر الإيراني أن نحو أربعين آخرين أصيبوا، معلنا انتهاء عملية انتشال جميع العالقين تحت أنقاض المبنى الذي انهار يوم امس.
وبينما تواصل الجهات المختصة تحقيقاتها لمعرفة أسباب انهيار المبنى الواقع في وسط المدينة، أعلنت السلطات القضائية توقيف عشرة أشخاص على ذمة التحقيق.
""", [
    ev("interior-minister-visit", "وزير الداخلية زار موقع الحادث على رأس وفد حكومي", "2022-05-23", "no own expression; the minister reached Abadan after the collapse, on 23-24 May (my span)", end="2022-05-25"),
    ev("toll-11", "إلى أحد عشر شخصا", "2022-05-24", "no own expression; the figure of Tue 24 May"),
    ev("collapse", "المبنى الذي انهار يوم امس", "2022-05-23", "'يوم امس' before Tue 24 May = Mon 23 May 2022"),
    ev("arrests-10", "أعلنت السلطات القضائية توقيف عشرة أشخاص", "2022-05-24", "no own expression; the judiciary's announcement of Tue 24 May"),
])
art(S, "https://www.iranintl.com/ar/202205269810",
    "2022-05-26", "page stamp 'Thursday, 05/26/2022' under the headline (kept as first line, before the headline); the URL id '20220526…' and the body's 'اليوم الخميس 26 مايور (أيار)' agree (26 May 2022 was a Thursday); the truncated last sentence (the relatives' fears) dropped; the source's 'مايور' and its '4 أيام' (Monday to Thursday) kept", True, """
Thursday, 05/26/2022
وسط قبضة أمنية واضطراب في الإنترنت.. ضحايا انهيار مبنى "متروبول" في إيران يبلغون 19 شخصًا
أعلن قائمقام مدينة عبادان جنوب غربي إيران، إحسان عباس بور، ارتفاع قتلى انهيار مبنى "متروبول" إلى 19 شخصًا، بينما قال رئيس جمعية الهلال الأحمر في الوقت نفسه إن أحدا لا يستطيع تأكيد أو نفي التقارير عن وصول عدد المفقودين إلى 50 شخصًا.
وبعد 4 أيام من انهيار برج "متروبول" في شارع أمير كبير بعبادان، يسود المدينة جو أمني مشدد وانقطاع شديد في الإنترنت.
وفي أحدث إحصاء لضحايا الحادث، أوضح قائمقام عبادان إحسان عباس بور، اليوم الخميس 26 مايور (أيار)، أن العثور على جثة جديدة رفع عدد الضحايا إلى 19 شخصًا.
وكان بور قد أعلن في وقت سابق العثور على جثتين أخريين.
وبحسب إحسان بور، لا يُعرف العدد الدقيق للمحاصرين تحت الأنقاض، غير أن جثث 19 شخصًا انتُشلت حتى الآن.
وأضاف قائمقام عبادان أن 37 شخصا أُنقذوا من تحت الأنقاض، وغادر معظمهم بعد تلقي العلاج في العيادات الخارجية.
وأكد أن رفع الأنقاض سيتواصل حتى انتشال آخر ضحية.
""", [
    ev("toll-19", "أوضح قائمقام عبادان إحسان عباس بور، اليوم الخميس 26 مايور (أيار)", "2022-05-26", "'اليوم الخميس 26 مايور (أيار)' = Thu 26 May 2022"),
    ev("collapse", "وبعد 4 أيام من انهيار برج \"متروبول\"", "2022-05-23", "'بعد 4 أيام' before Thu 26 May (counting inclusively): the collapse of Mon 23 May 2022"),
    ev("security-clampdown", "يسود المدينة جو أمني مشدد وانقطاع شديد في الإنترنت", "2022-05-26", "no own expression; the state of the city on the publication day (my span: Thu 26 May)"),
    ev("rescued-37", "أن 37 شخصا أُنقذوا من تحت الأنقاض", "2022-05-23", "no own expression; the survivors pulled out from Mon 23 May onward (my span 23-26 May)", end="2022-05-27"),
])
art(S, "https://www.tasnimnews.com/ar/news/2022/05/27/2717645/%D8%A7%D9%84%D9%86%D8%A7%D8%A6%D8%A8-%D8%A7%D9%84%D8%A3%D9%88%D9%84-%D9%84%D9%84%D8%B1%D8%A6%DB%8C%D8%B3-%D8%A7%D9%84%D8%A5%DB%8C%D8%B1%D8%A7%D9%86%DB%8C-%D9%81%DB%8C-%D8%A2%D8%A8%D8%A7%D8%AF%D8%A7%D9%86-%D9%84%D9%85%D8%AA%D8%A7%D8%A8%D8%B9%D8%A9-%D8%AD%D8%A7%D8%AF%D8%AB-%D8%A7%D9%86%D9%87%DB%8C%D8%A7%D8%B1-%D9%85%D8%A8%D9%86%D9%89-%D9%85%D8%AA%D8%B1%D9%88%D8%A8%D9%84",
    "2022-05-27", "date in the URL '/2022/05/27/'; the body's 'اليوم الجمعة' agrees (27 May 2022 was a Friday); the repeated headline, '/انتهى/' and the related-news lists dropped; no date in the text", False, """
النائب الأول للرئيس الإيراني يتفقد آبادان لمتابعة انهيار مبنى "متروبل"
توجه النائب الأول للرئيس الإيراني محمد مخبر، اليوم الجمعة، إلى مدينة آبادان جنوب غرب إيران لمتابعة حادث انهيار مبنى متروبل والوقوف على أحدث مستجدات إغاثة المنكوبين.
وصعد عدد ضحايا انهيار أجزاء من مبنى "متروبل" الكبير في شارع أميري بآبادان إلى 22 شخصاً.
وتستمر عملية الإنقاذ في حادث متروبل بمشاركة فرق إنقاذ عدة قدمت من مدن مختلفة، وقد انتشلت فرق البحث حتى الان 22 جثة من تحت الأنقاض ونقلتها إلى جامعة آبادان للعلوم الطبية للتعرف عليها.
وأُنقذ 37 مواطناً من تحت الأنقاض حتى الآن ونُقلوا إلى مستشفيات المدينة، وعاد أغلبهم إلى بيوتهم بعد معالجة إصاباتهم الطفيفة.
وستتواصل إزالة الأنقاض إلى حين إخراج آخر الضحايا المحتملين، فيما تنشغل قوات الإغاثة برفع الركام.
""", [
    ev("mokhber-visit", "توجه النائب الأول للرئيس الإيراني محمد مخبر، اليوم الجمعة", "2022-05-27", "'اليوم الجمعة' = Fri 27 May 2022 (the URL day)"),
    ev("collapse", "انهيار أجزاء من مبنى \"متروبل\" الكبير", "2022-05-23", "no own expression; the collapse of Mon 23 May"),
    ev("toll-22", "في شارع أميري بآبادان إلى 22 شخصاً", "2022-05-27", "no own expression; the figure of Fri 27 May"),
    ev("rescued-37", "وأُنقذ 37 مواطناً من تحت الأنقاض حتى الآن", "2022-05-23", "'حتى الآن': the survivors pulled out since Mon 23 May (my span 23-26 May, as in the Thursday report)", end="2022-05-27"),
])

# ---------------------------------------------------------------- syria-aleppo-sheikh-maqsoud-collapse-2023
S = "syria-aleppo-sheikh-maqsoud-collapse-2023"
art(S, "https://arabic.iswnews.com/?p=30471",
    "2023-01-22", "page stamp 'الأحد 22 يناير 2023 - 11:20' under the headline (kept as first line, before the headline); 22 Jan 2023 was a Sunday, the day of the collapse; the short link and the 'اقرأ أيضا' line dropped", True, """
الأحد 22 يناير 2023 - 11:20
عشر ضحايا في انهيار مبنى سكني بحي الشيخ مقصود في حلب
لقي عشرة أشخاص حتفهم، بينهم طفل بعمر 15 سنة، إثر انهيار مبنى سكني في حي الشيخ مقصود بمدينة حلب حوالي الساعة الثانية والربع بعد منتصف الليل.
وأفاد مصدر في قيادة شرطة حلب بأن المبنى يتألف من خمسة طوابق، وأن انهياره يعود إلى تسرب المياه إلى أساساته.
وأضاف المصدر أن فرق الإنقاذ والدفاع المدني والإطفاء ما زالت تبحث عن المفقودين تحت الأنقاض لانتشالهم، وأن عدد قاطني المبنى يقدر بنحو ٣٠ شخصاً.
""", [
    ev("toll-10", "لقي عشرة أشخاص حتفهم", "2023-01-22", "no own expression; the first toll of Sun 22 Jan (the stamp)"),
    ev("collapse", "إثر انهيار مبنى سكني في حي الشيخ مقصود", "2023-01-22", "'حوالي الساعة الثانية والربع بعد منتصف الليل' of Sun 22 Jan 2023 (other reports: 03:00)"),
    ev("search", "ما زالت تبحث عن المفقودين تحت الأنقاض", "2023-01-22", "no own expression; the search ran from Sun 22 Jan to the noon of Mon 23 Jan", end="2023-01-24"),
])
art(S, "https://syria.tv/199447",
    "2023-01-22", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الأحد', 'حتى ظهر اليوم' and 'من فجر اليوم الأحد' for the Sheikh Maqsoud collapse, which happened before dawn on Sun 22 Jan 2023; the embedded tweet (dated January 22, 2023), the sub-heading 'انهيار المباني المتضررة من القصف' and the truncated last sentence (February 2019) dropped; no date in the text", False, """
قُتل 17 مدنياً، في حصيلة غير نهائية، اليوم الأحد، جراء انهيار مبنى سكني من خمسة طوابق في حي الشيخ مقصود بمدينة حلب، وسط مساعٍ لانتشال عائلات عالقة تحت الركام.
وأفادت وسائل إعلام النظام السوري بأن الفرق الطبية وفرق الطوارئ توجهت إلى موقع المبنى المنهار، وانتشلت 17 جثة حتى ظهر اليوم بينها جثة طفل، وأخرجت رجلا مسنا حيا من تحت الأنقاض.
وذكرت وزارة الداخلية في حكومة النظام السوري أن المبنى الذي تسكنه 7 عائلات انهار في الساعة الثالثة من فجر اليوم الأحد.
وتتواصل عمليات البحث حتى الآن سعيا للوصول إلى السكان العالقين تحت الأنقاض، ويقدر عددهم بالعشرات، بينما قالت وسائل إعلام مقربة من النظام إن الانهيار سببه تسرب المياه إلى أساسات المبنى.
وشهدت الأحياء الشرقية في حلب انهيار مبان كثيرة تضررت من الغارات الجوية المكثفة لطائرات النظام وروسيا، إذ توفي 4 مدنيين، شهر آب 2020، في انهيار مبنى سكني بحي الصالحين.
""", [
    ev("toll-17", "قُتل 17 مدنياً، في حصيلة غير نهائية", "2023-01-22", "'اليوم الأحد' = Sun 22 Jan 2023"),
    ev("elderly-rescued", "وأخرجت رجلا مسنا حيا من تحت الأنقاض", "2023-01-22", "'حتى ظهر اليوم' of Sun 22 Jan"),
    ev("collapse", "انهار في الساعة الثالثة من فجر اليوم الأحد", "2023-01-22", "'في الساعة الثالثة من فجر اليوم الأحد' = 03:00 on Sun 22 Jan 2023"),
    ev("search", "وتتواصل عمليات البحث حتى الآن", "2023-01-22", "'حتى الآن' on Sun 22 Jan; the search ran until the noon of Mon 23 Jan", end="2023-01-24"),
    ev("salheen-collapse", "في انهيار مبنى سكني بحي الصالحين", "2020-08-01", "'شهر آب 2020' = August 2020", end="2020-09-01"),
])
art(S, "https://npasyria.com/?p=138734",
    "2023-01-23", "no stamp or URL date in the stored page: fixed by the body's 'الأثنين', 'ظهر اليوم' and 'فجر أمس الأحد' for the collapse of Sun 22 Jan 2023, so Mon 23 Jan; the byline 'حلب – نورث برس' and the truncated last sentence (the residents from Afrin) dropped; no date in the text", False, """
تشييع ضحايا المبنى المنهار في حي الشيخ مقصود بحلب
شيّع آلاف من سكان حيي الشيخ مقصود والأشرفية في مدينة حلب، الأثنين، ضحايا المبنى المنهار بعد انتشال جميع من علقوا تحت أنقاضه.
وأفاد مصدر محلي لنورث برس بأن فرق الإنقاذ أخرجت آخر جثة من تحت ركام المبنى ظهر اليوم، لتبلغ الحصيلة النهائية 18 ضحية، بينهم 16 قتيلا ومصابان.
واحتشد آلاف السكان أمام مشفى "خالد فجر" في حي الشيخ مقصود، ثم انطلق موكب المشيعين نحو مقبرة تقع في الشيخ مقصود غربي.
وكان مبنى سكني مأهول من خمسة طوابق قد انهار في حي الشيخ مقصود (معروف) فجر أمس الأحد، وظلت فرق الإنقاذ تنتشل الضحايا وتبحث عن ناجين حتى ظهر اليوم.
وخيّم الحزن على سكان المنطقة، ونشر ناشطون على مواقع التواصل الاجتماعي صورا لعمليات البحث تحت وسم "فاجعة شيخ مقصود".
وتفرض الفرقة الرابعة التابعة للحكومة السورية حصارا على حيي الشيخ مقصود والأشرفية اللذين تديرهما الإدارة الذاتية منذ قرابة ثلاثة أشهر، وتمنع إدخال المحروقات والمواد الغذائية وحليب الأطفال والأدوية، وسط نداءات متكررة لرفع الحصار.
""", [
    ev("funeral", "شيّع آلاف من سكان حيي الشيخ مقصود والأشرفية", "2023-01-23", "'الأثنين' = Mon 23 Jan 2023"),
    ev("last-body", "أخرجت آخر جثة من تحت ركام المبنى ظهر اليوم", "2023-01-23", "'ظهر اليوم' = the noon of Mon 23 Jan 2023"),
    ev("collapse", "قد انهار في حي الشيخ مقصود (معروف) فجر أمس الأحد", "2023-01-22", "'فجر أمس الأحد' = before dawn on Sun 22 Jan 2023"),
    ev("search", "وظلت فرق الإنقاذ تنتشل الضحايا وتبحث عن ناجين", "2023-01-22", "'حتى ظهر اليوم': from Sun 22 Jan to the noon of Mon 23 Jan", end="2023-01-24"),
    ev("siege", "حصارا على حيي الشيخ مقصود والأشرفية", "2022-10-23", "'منذ قرابة ثلاثة أشهر' before Mon 23 Jan 2023, still on (my span: about 23 Oct 2022 - 23 Jan 2023)", end="2023-01-24"),
])
art(S, "https://jinhaagency.com/ar/alywm/frq-altwary-tln-antha-mlyat-albhth-wmrasm-mhybt-ldfn-aldhaya-35613?page=5",
    "2023-01-23", "the body's own date 'اليوم الاثنين 23 كانون الثاني/يناير' (23 Jan 2023 was a Monday) with 'أمس الأحد' for the collapse of Sun 22 Jan 2023; no page stamp in the stored text; the photo credit 'ميديا مقتاد' and the list of the victims' names (truncated) dropped", True, """
فرق الطوارئ تعلن انتهاء البحث ومراسم مهيبة لدفن الضحايا
احتشد عشرات الآلاف من أهالي حيي الشيخ مقصود والأشرفية لدفن ضحايا المبنى المنهار في قرية بنو شمال مدينة حلب.
حلب - تجمع اليوم الاثنين 23 كانون الثاني/يناير عشرات الآلاف من سكان حيي الشيخ مقصود والأشرفية لمواراة ضحايا المبنى المنهار، بينما أعلنت فرق الطوارئ والإنقاذ انتهاء عمليات البحث.
وكان مبنى من 5 طوابق قد انهار أمس الأحد في حي المعروف بالقسم الغربي من حي الشيخ مقصود لأسباب لا تزال مجهولة، وقضى في الانهيار 16 شخصاً بينهم أطفال ونساء، فيما يعالج اثنان في مشفى خالد فجر بالشيخ مقصود.
وبعد أن أنهت فرق الطوارئ والإنقاذ انتشال ضحايا المبنى المنهار، ارتفعت الحصيلة إلى 18 ضحية، فقد 16 منهم حياتهم.
""", [
    ev("funeral", "لمواراة ضحايا المبنى المنهار", "2023-01-23", "'اليوم الاثنين 23 كانون الثاني/يناير' = Mon 23 Jan 2023"),
    ev("search-ended", "أعلنت فرق الطوارئ والإنقاذ انتهاء عمليات البحث", "2023-01-23", "no own expression; on Mon 23 Jan"),
    ev("collapse", "قد انهار أمس الأحد", "2023-01-22", "'أمس الأحد' = Sun 22 Jan 2023"),
    ev("deaths-16", "وقضى في الانهيار 16 شخصاً", "2023-01-22", "no own expression; the deaths in the collapse of Sun 22 Jan"),
    ev("final-toll", "ارتفعت الحصيلة إلى 18 ضحية", "2023-01-23", "no own expression; the final count once the recovery ended on Mon 23 Jan"),
])

# ---------------------------------------------------------------- yemen-bayda-gas-station-blast-2025
S = "yemen-bayda-gas-station-blast-2025"
art(S, "https://arabkhabar.com/a/3974172",
    "2025-01-11", "page stamp 'تاريخ النشر: 11th, January 2025 GMT' under the headline (kept as first line, before the headline); the body's 'مساء السبت' agrees (11 Jan 2025 was a Saturday, the evening of the blast); the truncated end of the last sentence ('إضافة إ') dropped", True, """
تاريخ النشر: 11th, January 2025 GMT
عشرات الضحايا في انفجار محطة غاز بمديرية الزاهر في البيضاء
سقط عشرات المواطنين بين قتيل وجريح، مساء السبت، جراء انفجار محطة غاز في سوق شعبي بمديرية الزاهر في محافظة البيضاء، على الحدود الإدارية مع مديرية الحد بيافع التابعة لمحافظة لحج.
وذكرت مصادر محلية أن انفجارا هائلا وقع في محطة لتعبئة الغاز المنزلي بمنطقة الناصفة التابعة إداريا لمديرية الزاهر، مخلفا عشرات القتلى والجرحى.
وأوضحت المصادر أن الحصيلة النهائية لضحايا الانفجار لم تتضح بعد، مؤكدة تفحم 6 مواطنين وإصابة 42 شخصا بحروق، لوقوع المحطة داخل سوق الناصفة، بينما نُقل الجرحى إلى المستشفيات القريبة وآخرون إلى مشافي مدينة البيضاء وسط دعوات للمواطنين إلى التبرع بالدم.
واتهم مصدر محلي مليشيا الحوثي بإطلاق النار دون أي سبب على سيارة المواطن محمد حسين الحدي في نقطة أم سر بمنطقة الناصفة المجريش في مديرية الزاهر، فأصابت إحدى الرصاصات محطة الغاز وأشعلتها موقعة عشرات الضحايا، وهو ما أكده وكيل محافظة البيضاء أحمد محمد الحميقاني.
ونقل الحميقاني عن مصادر طبية رسمية أن الإحصائية الأولية لضحايا الحريق بلغت 47 حالة نُقلت إلى مستشفى الثورة بالبيضاء و45 حالة نُقلت إلى مستشفى لبعوس بيافع.
""", [
    ev("blast", "جراء انفجار محطة غاز في سوق شعبي", "2025-01-11", "'مساء السبت' = the evening of Sat 11 Jan 2025 (the stamp)"),
    ev("wounded-transferred", "بينما نُقل الجرحى إلى المستشفيات القريبة", "2025-01-11", "no own expression; right after the blast, the evening of Sat 11 Jan"),
    ev("blood-appeal", "وسط دعوات للمواطنين إلى التبرع بالدم", "2025-01-11", "no own expression; on the evening of Sat 11 Jan"),
    ev("checkpoint-shooting", "بإطلاق النار دون أي سبب على سيارة المواطن", "2025-01-11", "no own expression; the shots that set off the blast, Sat 11 Jan"),
    ev("fire", "وأشعلتها موقعة عشرات الضحايا", "2025-01-11", "no own expression; the fire that followed, Sat 11 Jan"),
])
art(S, "https://yemennownews.com/article/2839959",
    "2025-01-12", "page stamp 'الأحد 12/يناير/2025 - الساعة: 9:23 ص' under the byline (kept as first line, before the headline, as 'الأحد 12/يناير/2025 - 9:23 ص'); 12 Jan 2025 was a Sunday, the morning after the blast; the aggregator's header ('المجهر - متابعة خاصة', views counter) and the truncated last sentence dropped", True, """
الأحد 12/يناير/2025 - 9:23 ص
مقتل وإصابة أكثر من 70 شخصًا في انفجار محطة غاز بالبيضاء
أعلنت مصادر طبية ارتفاع ضحايا انفجار محطة الغاز في منطقة الناصفة التابعة إداريًا لمديرية الزاهر بمحافظة البيضاء إلى ما يزيد على 70 شخصًا بين قتيل وجريح.
وذكرت مصادر محلية أن انفجارا ضخما في محطة لتعبئة الغاز المنزلي هز منطقة الناصفة بمديرية الزاهر، مخلفا عشرات القتلى والجرحى.
وبيّنت المصادر أن سيارات الإطفاء سارعت إلى موقع الحادث لإخماد الحريق، بينما هرعت سيارات الإسعاف لنقل الجرحى إلى المستشفيات القريبة وتقديم الإسعافات الأولية.
وأوضح وكيل محافظة البيضاء أحمد الحميقاني أن انفجار المحطة نجم عن إطلاق إحدى النقاط العسكرية النار على سيارة، فأصاب الرصاص المحطة وفجّرها.
ويأتي ذلك في وقت يشهد فيه اليمن انتشارا واسعا للأسواق العشوائية ومحطات تعبئة الغاز غير المرخصة، التي تدار غالبا بأساليب غير آمنة لا تراعي معايير السلامة، ما يجعلها قنابل موقوتة تهدد حياة السكان.
""", [
    ev("toll-70", "إلى ما يزيد على 70 شخصًا بين قتيل وجريح", "2025-01-12", "no own expression; the medical sources' figure of the morning of Sun 12 Jan (the stamp)"),
    ev("blast", "انفجارا ضخما في محطة لتعبئة الغاز المنزلي هز منطقة الناصفة", "2025-01-11", "no own expression; the blast of the evening of Sat 11 Jan"),
    ev("firefighting", "سارعت إلى موقع الحادث لإخماد الحريق", "2025-01-11", "no own expression; on the evening of Sat 11 Jan"),
    ev("wounded-transferred", "هرعت سيارات الإسعاف لنقل الجرحى", "2025-01-11", "no own expression; on the evening of Sat 11 Jan"),
    ev("checkpoint-shooting", "إطلاق إحدى النقاط العسكرية النار على سيارة", "2025-01-11", "no own expression; Sat 11 Jan"),
])
art(S, "https://jfranews.com.jo/amp/article/482742",
    "2025-01-12", "no stamp or URL date in the stored page: fixed by the body's 'صباح اليوم الأحد' for the Al-Bayda gas-station blast, reported on Sun 12 Jan 2025 (the blast itself was on the evening of Sat 11 Jan: the source, after RIA Novosti, dates it to Sunday morning; kept as written); no date in the text", False, """
اليمن: 7 قتلى و65 مصابا في انفجار محطة غاز
قُتل 7 أشخاص وأصيب 65 آخرون، 15 منهم في حالة حرجة، في انفجار محطة لتعبئة الغاز بمحافظة البيضاء وسط اليمن، صباح اليوم الأحد، بحسب ما أعلنته مصادر في السلطة المحلية.
وأكدت المصادر أن انفجارا وقع في محطة لتعبئة الغاز المنزلي بمنطقة الناصفة في مديرية الزاهر شمال محافظة البيضاء، تلاه حريق هائل أوقع عشرات القتلى والجرحى، كما اشتعلت النيران في أكثر من 20 سيارة كانت موجودة في المكان، ما ألحق أضرارا مادية واسعة بمحيط المحطة.
وأشارت المصادر إلى أن السلطات الأمنية فتحت تحقيقا للكشف عن ملابسات الحادثة.
""", [
    ev("toll-7-65", "قُتل 7 أشخاص وأصيب 65 آخرون", "2025-01-12", "no own expression; the local authority's figure reported on Sun 12 Jan"),
    ev("blast", "في انفجار محطة لتعبئة الغاز بمحافظة البيضاء", "2025-01-11", "'صباح اليوم الأحد' in the text is the source's slip: the blast was on the evening of Sat 11 Jan 2025 (the other articles)"),
    ev("fire", "تلاه حريق هائل", "2025-01-11", "no own expression; right after the blast, Sat 11 Jan"),
    ev("cars-burned", "اشتعلت النيران في أكثر من 20 سيارة", "2025-01-11", "no own expression; in the fire of Sat 11 Jan"),
    ev("investigation", "فتحت تحقيقا للكشف عن ملابسات الحادثة", "2025-01-11", "no own expression; opened after the blast, by Sun 12 Jan (my span 11-12 Jan)", end="2025-01-13"),
])
art(S, "https://aswaar1.com/2025/01/12/%D8%A7%D9%86%D9%81%D8%AC%D8%A7%D8%B1-%D9%87%D8%A7%D8%A6%D9%84-%D9%81%D9%8A-%D9%85%D8%AD%D8%B7%D8%A9-%D8%BA%D8%A7%D8%B2-%D8%A8%D8%A7%D9%84%D9%8A%D9%85%D9%86-%D9%8A%D9%88%D9%82%D8%B9-%D9%82%D8%AA%D9%84/",
    "2025-01-12", "date in the URL '/2025/01/12/' (a Sunday, the day after the blast of Sat 11 Jan 2025); headline rendered from the URL slug (cut before its last word); the tag 'أسوار //' dropped; no date in the text", False, """
انفجار هائل في محطة غاز باليمن
لقي 10 يمنيين مصرعهم وأصيب نحو 90 آخرين في انفجار 3 كبسولات بمحطة لتعبئة الغاز في منطقة المجريش بمديرية الزاهر في محافظة البيضاء وسط البلاد.
وأفادت مصادر محلية بأن الانفجار وقع بعد إطلاق نار على سيارة كانت متوقفة قرب المحطة، إذ اخترق الرصاص إحدى كبسولات الغاز فأحدث انفجارات ضخمة وحريقا هائلا.
وذكرت وسائل إعلام يمنية أن الحريق خلّف أضرارا مادية جسيمة في السيارات والمباني المحيطة بالمحطة.
""", [
    ev("toll-10-90", "لقي 10 يمنيين مصرعهم وأصيب نحو 90 آخرين", "2025-01-12", "no own expression; the figure reported on Sun 12 Jan (the URL day)"),
    ev("blast", "في انفجار 3 كبسولات بمحطة لتعبئة الغاز", "2025-01-11", "no own expression; the blast of the evening of Sat 11 Jan"),
    ev("checkpoint-shooting", "بعد إطلاق نار على سيارة كانت متوقفة قرب المحطة", "2025-01-11", "no own expression; Sat 11 Jan"),
    ev("fire", "وحريقا هائلا", "2025-01-11", "no own expression; Sat 11 Jan"),
    ev("damage", "خلّف أضرارا مادية جسيمة", "2025-01-11", "no own expression; the damage done by the fire of Sat 11 Jan"),
])

# ---------------------------------------------------------------- uae-dubai-address-hotel-fire-2015
S = "uae-dubai-address-hotel-fire-2015"
art(S, "https://arabic.cnn.com/amphtml/middleeast/2015/12/31/dubai-hotel-fire",
    "2015-12-31", "date in the URL '/2015/12/31/'; the body's 'مساء الخميس' agrees (31 Dec 2015 was a Thursday, the evening of the fire); the dateline 'دبي، الإمارات العربية المتحدة (CNN)--' dropped; no date in the text", False, """
بالفيديو.. حكومة دبي: حريق في فندق "العنوان".. و16 مصابا
شب حريق ضخم في أحد فنادق دبي مساء الخميس، وأعلن المكتب الإعلامي لحكومة دبي عبر حسابه على "تويتر" أن النيران اندلعت "في فندق العنوان داون تاون".
وأضاف المكتب في تغريدة ثانية: "تقوم الآن الجهات المختصة وفرق الدفاع المدني بالعمل على إخلاء الفندق والتعامل مع الحريق"، موضحا أن الحريق بدأ من الخارج في الطابق العشرين، وأن 4 فرق إطفاء موجودة في الموقع.
وبعدها بقليل، أعلن المكتب السيطرة على 90% من الحريق، متوقعا إخماده "بالكامل خلال نصف ساعة".
وأضاف أن 14 إصابة بسيطة سُجلت إلى جانب حالة متوسطة وإصابة بجلطة قلبية بسبب التدافع والدخان المنتشر، وأن المصابين ليس بينهم أطفال.
وقال مصدر لـ CNN إن النيران اشتعلت في شقة حين احترقت الستائر، بينما روت شاهدة عيان لموقع سي إن إن بالعربية: "كنا نستمتع بالعشاء عندما نشب الحريق في الفندق حوالى الساعة 9:35 مساءً.. واستجابت الشرطة فورا بإخلاء الجميع في عملية منظمة جدا، أرشدونا إلى أين نذهب وماذا نفعل.. وخرجنا بسلام".
""", [
    ev("fire", "شب حريق ضخم في أحد فنادق دبي مساء الخميس", "2015-12-31", "'مساء الخميس' = the evening of Thu 31 Dec 2015 (the URL day; about 21:30)"),
    ev("evacuation", "بالعمل على إخلاء الفندق", "2015-12-31", "'الآن' in the tweet of the evening of Thu 31 Dec"),
    ev("control-90", "أعلن المكتب السيطرة على 90% من الحريق", "2015-12-31", "'وبعدها بقليل': later on the evening of Thu 31 Dec"),
    ev("full-control-expected", "بالكامل خلال نصف ساعة", "2015-12-31", "'خلال نصف ساعة' after the statement of the evening of Thu 31 Dec (the fire in fact smouldered into Fri 1 Jan)"),
    ev("injuries-16", "14 إصابة بسيطة سُجلت", "2015-12-31", "no own expression; the injuries of the evening of Thu 31 Dec"),
])
art(S, "http://alwasatnews.com/4864/news/read/1063511/1.html",
    "2016-01-01", "the body's own date 'اليوم الجمعة (1 يناير/ كانون الثاني 2016)' (1 Jan 2016 was a Friday) and 'حتى بعد ظهر الجمعة'; no page stamp in the stored text; the URL's '4864' is the paper's issue number; the truncated last sentence (the hotel's opening in 2008 and rank) dropped", True, """
لا يزال الدخان يتصاعد اليوم الجمعة (1 يناير/ كانون الثاني 2016) من فندق فاخر في دبي يقع في ناطحة سحاب من 63 طابقا، شب فيه حريق قبيل الاحتفالات برأس السنة لأسباب لم تعرف بعد، فيما تحقق السلطات في الأمر.
وتقول سلطات دبي إن النيران بدأت في الطبقة العشرين من فندق "العنوان داون تاون" حوالي الساعة 21،30، بينما كان آلاف الأشخاص، بينهم كثير من السياح، محتشدين في هذا الحي الواقع وسط دبي للاحتفال بالانتقال الى العام 2016.
وأثار الحريق الكبير الذعر في محيط ناطحة السحاب، لكنه لم يسفر عن إصابات خطيرة.
ولم يُسيطر على النيران بالكامل حتى بعد ظهر الجمعة، إذ ما زالت سحابة كثيفة من الدخان تتصاعد من طبقات عديدة في الفندق، بحسب مصور لوكالة فرانس برس.
وأُغلقت الشوارع المؤدية إلى الفندق، وكان فضوليون يقفون على مسافة منه لالتقاط الصور.
ولم تُعرف أسباب الحريق حتى الان، وستصدر السلطات بيانا في وقت لاحق.
ونشر اللواء ضاحي خلفان تميم، وهو مسؤول كبير في الأجهزة الأمنية، على تويتر صورة يظهر فيها حريق صغير أسفل أحد أطراف الجزء السفلي من البرج، وكتب "من هنا بدأت التحقيقات"، دون أن يقدم تفاصيل أخرى.
""", [
    ev("smoke-still", "لا يزال الدخان يتصاعد اليوم الجمعة", "2016-01-01", "'اليوم الجمعة (1 يناير/ كانون الثاني 2016)' = Fri 1 Jan 2016"),
    ev("fire", "شب فيه حريق قبيل الاحتفالات برأس السنة", "2015-12-31", "'قبيل الاحتفالات برأس السنة' and 'حوالي الساعة 21،30' = the evening of Thu 31 Dec 2015"),
    ev("new-year-crowds", "للاحتفال بالانتقال الى العام 2016", "2015-12-31", "'الانتقال الى العام 2016': the crowds of the night of 31 Dec 2015 - 1 Jan 2016", end="2016-01-02"),
    ev("not-fully-controlled", "ولم يُسيطر على النيران بالكامل حتى بعد ظهر الجمعة", "2015-12-31", "'حتى بعد ظهر الجمعة': the fire burned from the evening of Thu 31 Dec into the afternoon of Fri 1 Jan", end="2016-01-02"),
    ev("roads-closed", "وأُغلقت الشوارع المؤدية إلى الفندق", "2015-12-31", "no own expression; closed from the night of the fire to the publication day (my span 31 Dec - 1 Jan)", end="2016-01-02"),
])
art(S, "https://emiratesvoice.com/amp/314/سرعة-وكفاءة-الأجهزة-وراء-إخماد-حريق-العنوان",
    "2016-01-02", "no stamp or URL date in the stored page: fixed by the body's 'مساء أمس الأول (الخميس)' for the fire of Thu 31 Dec 2015 and 'في وقت مبكر من صباح أمس' for the police chief's statement, so Sat 2 Jan 2016; headline rendered from the URL slug; the tag 'دبي – صوت الإمارات' and the truncated last word dropped; no date in the text", False, """
سرعة وكفاءة الأجهزة وراء إخماد حريق العنوان
أكدت الإدارة العامة للدفاع المدني في دبي أن أعمال التبريد في فندق "العنوان" داون تاون لا تزال تجرى حتى ساعة إصدار هذا البيان، بينما تباشر الأجهزة الأمنية التحقيق في أسباب وملابسات الحريق الذي اندلع في واجهة الفندق قرابة الساعة التاسعة مساء أمس الأول (الخميس) بتوقيت دبي.
وأشارت إلى أن المعلومات الأولية المتوافرة حتى الآن تدل على أن الحريق انطلق من الطابق العشرين، وأن كل التفاصيل عن أسباب الحادث ستُنشر في حينه فور توافرها مع اكتمال التحقيقات الأولية.
وأدت لجنة الأزمات والكوارث، التي يرأسها القائد العام لشرطة دبي اللواء خميس مطر المزينة، دورا محوريا في تنسيق جهود احتواء الأزمة الطارئة وحصر أضرارها في أضيق نطاق ممكن وضمان أمن الجمهور وسلامته، وهما دائمًا في مقدمة الأولويات.
وكان المزينة قد صرح في وقت مبكر من صباح أمس بأن الحادث أسفر عن 14 إصابة بسيطة وإصابة متوسطة واحدة، إضافة إلى إصابة شخص بأزمة قلبية، ونفى ما أشيع عن وقوع وفاة بين المصابين، موضحا أن الجميع تلقوا الإسعافات اللازمة على الفور في موقع الحادث ثم نُقلوا إلى المستشفى.
""", [
    ev("cooling", "أعمال التبريد في فندق \"العنوان\" داون تاون لا تزال تجرى", "2016-01-01", "'حتى ساعة إصدار هذا البيان': cooling after the fire, Fri 1 Jan and still on the publication day (my span 1-2 Jan)", end="2016-01-03"),
    ev("fire", "الحريق الذي اندلع في واجهة الفندق قرابة الساعة التاسعة مساء أمس الأول (الخميس)", "2015-12-31", "'قرابة الساعة التاسعة مساء أمس الأول (الخميس)' before Sat 2 Jan = Thu 31 Dec 2015"),
    ev("investigation", "بينما تباشر الأجهزة الأمنية التحقيق", "2016-01-01", "no own expression; under way on Fri 1 Jan and the publication day (my span 1-2 Jan)", end="2016-01-03"),
    ev("almazeina-statement", "وكان المزينة قد صرح في وقت مبكر من صباح أمس", "2016-01-01", "'في وقت مبكر من صباح أمس' before Sat 2 Jan = the early morning of Fri 1 Jan 2016"),
    ev("injuries-16", "أسفر عن 14 إصابة بسيطة", "2015-12-31", "no own expression; the injuries of the evening of Thu 31 Dec"),
])

SETS = ('stories', 'stories2', 'stories3', 'stories4', 'stories5', 'stories6', 'stories7', 'stories8', 'stories9', 'stories10', 'stories11', 'stories12', 'stories13', 'stories14', 'stories15', 'stories16', 'stories17', 'stories18', 'stories19', 'stories20', 'stories21', 'stories22', 'stories23', 'stories24', 'stories25', 'stories26', 'stories27', 'stories28', 'stories29', 'stories30', 'stories31', 'stories32', 'stories33', 'stories34', 'stories35', 'stories36', 'stories37', 'stories38', 'stories39', 'stories40', 'stories41', 'stories42', 'stories43', 'stories44', 'stories45', 'stories46', 'stories47', 'stories48', 'stories49', 'stories50', 'stories51', 'stories52', 'stories53', 'stories54', 'stories55', 'stories56', 'stories57', 'stories58', 'stories59', 'stories60', 'stories61', 'stories62', 'stories63', 'stories64', 'stories65', 'stories66', 'stories67', 'stories68', 'stories69', 'stories70', 'stories71', 'stories72', 'stories73', 'stories74', 'stories75', 'stories76', 'stories77', 'stories78', 'stories79', 'stories80', 'stories81', 'stories82', 'stories83', 'stories84', 'stories85', 'stories86', 'stories87', 'stories88', 'stories89', 'stories90', 'stories91', 'stories92', 'stories93', 'stories94', 'stories95', 'stories96', 'stories97', 'stories98', 'stories99', 'stories100', 'stories101', 'stories102', 'stories103', 'stories104', 'stories105', 'stories106', 'stories107', 'stories108')
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

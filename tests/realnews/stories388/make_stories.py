"""Builds stories.jsonl: the 388-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: news from the Kurdistan Region of Iraq (Erbil, Sulaymaniyah,
Duhok, Halabja) in any domain: politics, security, economy, disasters, sport.
Stories: the arrest of Lahur Sheikh Jangi after the Lalezar hotel clashes (Sulaymaniyah, August 2025), the
killing of the Turkish vice-consul in an Erbil restaurant (Erbil, July 2019), the drone strike on Arbat airfield
(Sulaymaniyah governorate, September 2023), and the floods of Duhok (Duhok, March 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- kurdistan-sulaymaniyah-lahur-arrest-2025
S = "kurdistan-sulaymaniyah-lahur-arrest-2025"
ARREST = "2025-08-22"                      # clashes from about 03:00, arrest about 07:00 on Fri 22 Aug 2025
WARRANT = "2025-08-21"                     # warrant of the Sulaymaniyah security investigation court, Thu 21 Aug 2025 (morning)
SIEGE = "2025-08-21"                       # forces deployed around the Lalezar hotel / Sarchnar from the evening of Thu 21 Aug
art(S, "https://tareeqashaab.com/index.php/latest-news/26863-2025-08-22-07-45-21",
    "2025-08-22", "the body's 'في وقت مبكر من صباح اليوم الجمعة (22 آب 2025)' (kept; 22 Aug 2025 was a Friday); the URL slug '2025-08-22-07-45-21' agrees; headline written from the body (the stored text has none); the last sentence on the fire in the hotel dropped", True, """
القبض على لاهور شيخ جنگي وشقيقيه بعد اشتباكات في السليمانية
ذكر مصدر أمني في مدينة السليمانية أن رئيس حزب جبهة الشعب لاهور شيخ جنگي اعتُقل مع اثنين من أشقائه، هما بولاد وآسو شيخ جنگي.
وكانت مواجهات عنيفة قد اندلعت في السليمانية في وقت مبكر من صباح اليوم الجمعة (22 آب 2025)، حين سعت قوات الأمن إلى تنفيذ أمر قبض صادر بحق لاهور شيخ جنگي وأشخاص آخرين.
وبيّنت مقاطع مصورة لقوات الكوماندوز في السليمانية لحظة توقيف لاهور شيخ جنگي واقتياده إلى سيارة نقلته من المكان.
وبحسب المصدر نفسه، فإن شقيقه بولاد أُلقي القبض عليه وهو مصاب في الاشتباكات التي انطلقت في الثالثة صباحاً واستمرت نحو أربع ساعات.
ونقل مصدر مطلع أن تبادل إطلاق النار بدأ إثر نشر لاهور شيخ جنگي مقطعاً مصوراً رفض فيه تسليم نفسه، وقال إن رسالته قد تكون "الأخيرة" لشعب كوردستان.
وفي وقت سابق، قال محافظ السليمانية هفال أبو بكر في بيان إن المواجهات بين قوات الأمن وقوات لاهور شيخ جنكي لن تحل أي مشكلة، وحث الجميع على المساعدة في وضع حد لهذا الوضع "غير المرغوب فيه".
وكانت أعداد كبيرة من قوات الأمن قد انتشرت، منذ مساء الخميس، قرب فندق "لالازار" في السليمانية الذي يقيم فيه لاهور شيخ جنكي.
""", [
    ev("lahur-arrest", "رئيس حزب جبهة الشعب لاهور شيخ جنگي اعتُقل", ARREST, "no own expression; the arrest at about 07:00 on Fri 22 Aug 2025, after the clashes of 'صباح اليوم الجمعة (22 آب 2025)'"),
    ev("lalezar-clashes", "وكانت مواجهات عنيفة قد اندلعت في السليمانية", ARREST, "'في وقت مبكر من صباح اليوم الجمعة (22 آب 2025)'; 'في الثالثة صباحاً' for about four hours"),
    ev("bolad-arrested-wounded", "أُلقي القبض عليه وهو مصاب", ARREST, "no own expression; during the clashes of the morning of Fri 22 Aug 2025"),
    ev("lahur-video-message", "نشر لاهور شيخ جنگي مقطعاً مصوراً رفض فيه تسليم نفسه", "2025-08-21", "no own expression; the message from the roof during the siege, in the night of Thu 21 to Fri 22 Aug 2025, before the shooting began at 03:00 (my span)", end="2025-08-23"),
    ev("governor-statement", "قال محافظ السليمانية هفال أبو بكر في بيان", ARREST, "'في وقت سابق' of the report of Fri 22 Aug 2025: the governor's call during the clashes that morning"),
    ev("thursday-siege", "قد انتشرت، منذ مساء الخميس، قرب فندق", SIEGE, "'منذ مساء الخميس' before Fri 22 = the evening of Thu 21 Aug 2025"),
])
art(S, "https://darkamazi.net/arabic/archives/1052132",
    "2025-08-22", "the body's 'اليوم الجمعة 22 آب/ أغسطس 2025' (kept; 22 Aug 2025 was a Friday); headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
انتهاء اشتباكات السليمانية باعتقال لاهور شيخ جنكي وشقيقيه
أعلنت وسائل إعلام مقربة من الاتّحاد الوطني الكوردستاني انتهاء المواجهات المسلحة التي شهدتها مدينة السليمانية، وأكدت أن قوات الحزب بسطت سيطرتها على فندق لالهزار.
وأفادت هذه الوسائل، اليوم الجمعة 22 آب/ أغسطس 2025، بأن القتال توقف عقب القبض على لاهور شيخ جنكي وشقيقيه بولاد شيخ جنكي وآسو شيخ جنكي، وبأن مجموعة من المسلحين الموالين له استسلموا لقوات الاتّحاد الوطني داخل الفندق، لتنتهي بذلك مواجهات أثارت قلقاً واسعاً لدى السكان.
وكان التوتر قد بلغ أقصاه مساء الخميس، 21 آب/ أغسطس، حين هاجمت قوات الاتّحاد الوطني مقر لاهور شيخ جنكي في حي سرجنار بحجة تنفيذ أمر قبض بحقه، ما بثّ الذعر بين الأهالي، ولا سيما سكان محيط فندق لالهزار الذين اضطر كثير منهم إلى ملازمة منازلهم عاجزين عن مغادرتها بسبب ضراوة الاشتباكات.
وانتهت المواجهات باعتقال لاهور جنكي واثنين من إخوته هما بولاد (جريحاً) وآسو، كما أسفرت عن مقتل ثلاثة من عناصر الأجهزة الأمنية في المحافظة وإصابة 15 شخصاً، في حين يدور حديث عن سقوط قتلى من عناصر قوة لاهور شيخ جنگي المعروفة باسم "العقرب".
""", [
    ev("puk-takes-hotel", "بسطت سيطرتها على فندق لالهزار", ARREST, "no own expression; the end of the clashes on the morning of 'اليوم الجمعة 22 آب/ أغسطس 2025'"),
    ev("lahur-arrest", "عقب القبض على لاهور شيخ جنكي وشقيقيه", ARREST, "'اليوم الجمعة 22 آب/ أغسطس 2025'"),
    ev("gunmen-surrender", "مجموعة من المسلحين الموالين له استسلموا", ARREST, "no own expression; at the end of the clashes, Fri 22 Aug 2025"),
    ev("thursday-siege", "هاجمت قوات الاتّحاد الوطني مقر لاهور شيخ جنكي في حي سرجنار", SIEGE, "'مساء الخميس، 21 آب/ أغسطس' (Thu 21 Aug 2025)"),
    ev("three-killed", "مقتل ثلاثة من عناصر الأجهزة الأمنية", ARREST, "no own expression; the dead of the clashes of Fri 22 Aug 2025"),
])
art(S, "https://watananews.com/473721/",
    "2025-08-22", "page stamp 'date 2025-08-22' of the stored page (not part of the text; 22 Aug 2025 was a Friday); the body's 'صباحَ الخميس' and 'منذ 21 أغسطس' agree with a report of the next day; the source tag 'وطنا اليوم:' dropped; headline written from the body; the last, truncated sentence dropped; no date of its own in the text", False, """
اعتقال زعيم جبهة الشعب لاهور شيخ جنكي بعد ساعات من الاشتباكات
بعد مواجهات دامت نحو 4 ساعات في "لالازار" بالسليمانية، ألقت قوة أمنية القبض على زعيم جبهة الشعب في إقليم كردستان العراق، لاهور شيخ جنكي.
وذكر مصدر أمني لشبكة "روداو" الإعلامية أن لاهور شيخ جنكي أوقف مع اثنين من إخوته، هما بولاد وآسو، خلال اشتباكات في السليمانية.
وأضاف المصدر ذاته أن الشقيق بولاد شيخ جنكي اعتُقل جريحاً بعدما رفض أن يسلم نفسه لقوات الأمن.
وتحدثت تقارير عن مقتل 3 أشخاص وجرح 20 آخرين في الاشتباكات التي رافقت اعتقال رئيس حزب "جبهة الشعب" لاهور شيخ جنكي في السليمانية بإقليم كردستان العراق.
ووفق التقارير، فإن محكمة تحقيقات أمن السليمانية أصدرت صباحَ الخميس، استناداً إلى المادة 56 من قانون العقوبات العراقي، أمراً بالقبض على لاهور شيخ جنكي، زعيم جبهة الشعب.
ويُذكر أنه منذ 21 أغسطس صدرت مذكرة اعتقال بحق لاهور شيخ جنكي، وطوقت قوة كبيرة منزله.
""", [
    ev("lahur-arrest", "ألقت قوة أمنية القبض على زعيم جبهة الشعب", ARREST, "no own expression; Fri 22 Aug 2025 (page stamp; the other reports)"),
    ev("lalezar-clashes", "بعد مواجهات دامت نحو 4 ساعات", ARREST, "no own expression; the clashes from about 03:00 on Fri 22 Aug 2025"),
    ev("bolad-arrested-wounded", "اعتُقل جريحاً بعدما رفض", ARREST, "no own expression; Fri 22 Aug 2025"),
    ev("three-killed", "مقتل 3 أشخاص وجرح 20 آخرين", ARREST, "no own expression; the clashes of Fri 22 Aug 2025"),
    ev("arrest-warrant", "أصدرت صباحَ الخميس", WARRANT, "'صباحَ الخميس' before Fri 22 = Thu 21 Aug 2025 ('منذ 21 أغسطس' agrees)"),
    ev("thursday-siege", "وطوقت قوة كبيرة منزله", SIEGE, "no own expression; from the evening of Thu 21 Aug 2025 (the other reports)"),
])
art(S, "https://www.elbalad.news/6674738",
    "2025-08-23", "page stamp 'date 2025-08-23' of the stored page (not part of the text; 23 Aug 2025 was a Saturday); the body's 'فجر الجمعة' (not 'اليوم') agrees; headline written from the body; the last, truncated quotation dropped; no date of its own in the text", False, """
مقتل 3 أشخاص في اشتباكات انتهت باعتقال لاهور شيخ جنكي في السليمانية
شهدت مدينة السليمانية في شمال العراق، فجر الجمعة، مواجهات مسلحة امتدت نحو أربع ساعات بين قوات الأمن العراقية ومسلحين موالين لزعيم "جبهة الشعب" لاهور شيخ جنكي، وانتهت باعتقاله رفقة اثنين من إخوته.
وخلّفت المواجهات 3 قتلى و20 مصاباً، وفق مصادر أمنية وإعلامية محلية.
وقال مصدر أمني لشبكة "روداو" الكردية إن القوة الأمنية نجحت في اعتقال لاهور شيخ جنكي وشقيقيه بولاد وآسو، لافتاً إلى أن بولاد جُرح بعد رفضه تسليم نفسه.
وأوضح أن الاعتقال تم في محيط فندق "لالازار" وسط السليمانية، حيث كان جنكي متحصناً.
وأتت العملية تنفيذاً لأمر قبض صادر عن محكمة تحقيقات أمن السليمانية في 21 أغسطس بموجب المادة 56 من قانون العقوبات العراقي، إذ طوقت قوات كبيرة منزل جنكي قبل أن تنشب المواجهات في الفندق.
وشدد محافظ السليمانية هفال أبو بكر على أن "العنف لن يحل أي مشكلة"، ودعا الأطراف كافة إلى التهدئة وإنهاء الوضع "غير المرغوب فيه".
""", [
    ev("lalezar-clashes", "فجر الجمعة، مواجهات مسلحة امتدت نحو أربع ساعات", ARREST, "'فجر الجمعة' in a report of Sat 23 = Fri 22 Aug 2025"),
    ev("three-killed", "وخلّفت المواجهات 3 قتلى و20 مصاباً", ARREST, "no own expression; the clashes of Fri 22 Aug 2025"),
    ev("lahur-arrest", "نجحت في اعتقال لاهور شيخ جنكي وشقيقيه", ARREST, "no own expression; the end of the clashes of 'فجر الجمعة' = Fri 22 Aug 2025"),
    ev("arrest-warrant", "لأمر قبض صادر عن محكمة تحقيقات أمن السليمانية في 21 أغسطس", WARRANT, "'في 21 أغسطس' = Thu 21 Aug 2025"),
    ev("governor-statement", "وشدد محافظ السليمانية هفال أبو بكر", ARREST, "no own expression; the governor's call during the clashes of Fri 22 Aug 2025 (tareeqashaab's 'في وقت سابق')"),
])

# ---------------------------------------------------------------- kurdistan-erbil-turkish-vice-consul-killing-2019
S = "kurdistan-erbil-turkish-vice-consul-killing-2019"
ATTACK = "2019-07-17"                      # the shooting in the Ainkawa restaurant, Wed 17 Jul 2019 (afternoon)
CLAW = ("2019-05-27", "2019-07-14")        # Turkey's Claw operation against the PKK began 27 May 2019 (Claw-2 on 12-13 Jul)
art(S, "https://arabicpost.net/%d8%a7%d9%84%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/2019/07/17/%d9%85%d9%82%d8%aa%d9%84-%d9%85%d8%a7-%d9%84%d8%a7-%d9%8a%d9%82%d9%84-%d8%b9%d9%86-3-%d8%af%d8%a8%d9%84%d9%88%d9%85%d8%a7%d8%b3%d9%8a%d9%8a%d9%86-%d8%a3%d8%aa%d8%b1%d8%a7%d9%83-%d9%81%d9%8a-%d8%a5",
    "2019-07-17", "date in the URL '/2019/07/17/' (17 Jul 2019 was a Wednesday); the body's 'الأربعاء 17 يوليو/تموز 2019' and 'اليوم الأربعاء' agree; headline rendered from the URL slug (the stored text has none); the sub-heading and the last, truncated paragraph dropped", True, """
مقتل 3 أشخاص على الأقل بينهم دبلوماسي تركي في هجوم على مطعم بأربيل
لقي ثلاثة أشخاص حتفهم في هجوم مسلح على مطعم في مدينة أربيل العراقية، بينهم نائب القنصل التركي في المدينة ومواطنان عراقيان.
وأفادت وزارة الخارجية التركية بأن أحد موظفي قنصليتها في مدينة أربيل العراقية قُتل بإطلاق نار في المدينة الأربعاء 17 يوليو/تموز 2019، في حين أكدت مديرية أمن أربيل مقتل دبلوماسي تركي ومواطن عراقي في الهجوم.
وكان مسؤولان أمنيان في إقليم كردستان العراق قد أبلغا رويترز بأن ثلاثة دبلوماسيين أتراك على الأقل قُتلوا في الهجوم اليوم الأربعاء، حين أطلق مسلحون النار على مطعم كان الدبلوماسيون يتناولون فيه الطعام.
وتوعدت الرئاسة التركية بالرد على الهجوم الغادر الذي طال موظفي القنصلية التركية في مدينة أربيل العراقية، الأربعاء.
وجاء ذلك في تغريدة للمتحدث باسم الرئاسة التركية إبراهيم قالن على حسابه في تويتر، قال فيها إن الرد على هجوم أربيل الشنيع سيكون بالشكل اللازم، وإن الإجراءات بدأت لتعقب منفذيه.
""", [
    ev("erbil-restaurant-attack", "لقي ثلاثة أشخاص حتفهم في هجوم مسلح على مطعم", ATTACK, "'الأربعاء 17 يوليو/تموز 2019' given in the next sentence; 'اليوم الأربعاء'"),
    ev("turkish-mfa-statement", "وأفادت وزارة الخارجية التركية بأن أحد موظفي قنصليتها", ATTACK, "no own expression; the ministry's statement of the afternoon of Wed 17 Jul 2019"),
    ev("erbil-security-confirms", "أكدت مديرية أمن أربيل مقتل دبلوماسي تركي", ATTACK, "no own expression; the same evening, Wed 17 Jul 2019"),
    ev("turkey-vows-response", "وتوعدت الرئاسة التركية بالرد على الهجوم الغادر", ATTACK, "'الأربعاء' = Wed 17 Jul 2019 (Kalin's tweet that evening)"),
])
art(S, "https://alarab.co.uk/%D9%85%D9%82%D8%AA%D9%84-%D8%AB%D9%84%D8%A7%D8%AB%D8%A9-%D8%AF%D8%A8%D9%84%D9%88%D9%85%D8%A7%D8%B3%D9%8A%D9%8A%D9%86-%D8%A8%D9%8A%D9%86%D9%87%D9%85-%D9%86%D8%A7%D8%A6%D8%A8-%D8%A7%D9%84%D9%82%D9%86%D8%B5%D9%84-%D8%A7%D9%84%D8%AA%D8%B1%D9%83%D9%8A-%D8%A8%D8%A5%D8%B7%D9%84%D8%A7%D9%82-%D9%86%D8%A7%D8%B1-%D9%81%D9%8A-%D8%A3%D8%B1%D8%A8%D9%8A%D9%84",
    "2019-07-17", "page date line 'الأربعاء 2019/07/17' (kept; 17 Jul 2019 was a Wednesday); headline kept from the page (reworded); the summary line, the sub-heading 'منفذ الهجوم لاذ بالفرار' and the last, truncated words dropped", True, """
مقتل ثلاثة بينهم نائب القنصل التركي في إطلاق نار بأربيل
الأربعاء 2019/07/17
أربيل (العراق) - لقي ثلاثة أشخاص بينهم نائب القنصل التركي مصرعهم الأربعاء في إطلاق نار بمدينة أربيل، كبرى مدن إقليم كردستان العراق، وفق ما أفاد مصدر في الشرطة.
وذكرت مصادر إعلامية تركية رسمية أن موظفاً في القنصلية العامة التركية في أربيل قُتل في هجوم مسلح على مطعم في المدينة الشمالية المحاذية لتركيا، التي أطلقت أنقرة مؤخراً عملية عسكرية ضد حزب العمال الكردستاني الذي تصنفه "تنظيماً إرهابياً".
وأوضح مسؤولان أمنيان في إقليم كردستان العراق أن ثلاثة دبلوماسيين أتراك على الأقل قُتلوا في إطلاق النار بأربيل، وأن عدداً من الأشخاص أصيبوا.
وقال ضابط في شرطة أربيل إن "ثلاثة أشخاص قُتلوا، بينهم نائب القنصل التركي في أربيل، في هجوم مسلح استهدف القنصل وموظفي القنصلية أثناء وجودهم في أحد المطاعم".
وأشار المصدر ذاته إلى أن مهاجماً واحداً على الأقل نفذ الهجوم ثم لاذ بالفرار.
""", [
    ev("erbil-restaurant-attack", "لقي ثلاثة أشخاص بينهم نائب القنصل التركي مصرعهم الأربعاء", ATTACK, "'الأربعاء' = Wed 17 Jul 2019 (date line)"),
    ev("claw-operation", "أطلقت أنقرة مؤخراً عملية عسكرية ضد حزب العمال الكردستاني", CLAW[0], "'مؤخراً' before 17 Jul 2019: Operation Claw began on 27 May 2019, Claw-2 on 12-13 Jul 2019 (outside knowledge; my span)", end=CLAW[1]),
    ev("attacker-fled", "نفذ الهجوم ثم لاذ بالفرار", ATTACK, "no own expression; right after the shooting of Wed 17 Jul 2019"),
])
art(S, "https://lfwp.net/dw/ar/أربيل-تحديد-هوية-المشتبه-به-في-اغتيال-نائب-القنصل-التركي/a-49655018",
    "2019-07-19", "page date line '١٩ يوليو ٢٠١٩' (kept in Arabic-Indic digits; 19 Jul 2019 was a Friday); the body's 'الجمعة (19 تموز/يوليو 2019)' agrees; a DW report (mirror); headline kept from the page (reworded); the last, truncated sentence on the HDP dropped", True, """
أربيل: التعرف على هوية المشتبه به في اغتيال نائب القنصل التركي
١٩ يوليو ٢٠١٩
أعلنت قوات مكافحة الإرهاب في إقليم كردستان العراق الجمعة (19 تموز/يوليو 2019) أن المشتبه بتورطه في قتل نائب القنصل التركي في أربيل كردي تركي يبلغ 27 عاماً. ونشرت هذه القوات بلاغ بحث أرفقت به صورتين لشاب أسود الشعر ذي لحية مشذبة، يبدو أن إحداهما التُقطت بكاميرا مراقبة.
وبيّن البيان أن الشخص الظاهر في الصورتين هو الجاني المفترض الذي فتح النار الأربعاء، فقتل الدبلوماسي التركي عثمان كوسيه، الذي وُوري الثرى الخميس في أنقرة، إضافة إلى عراقيين اثنين في مطعم بأربيل. وتابع أن "الشخص صاحب الصورة المنشورة يدعى مظلوم داغ، من مواليد 1992، ومن أهالي ديار بكر في تركيا، وهو مطلوب للسلطات الأمنية في إقليم كردستان".
ودعت قوات مكافحة الإرهاب، التي وصفت الهجوم بـ"الإرهابي"، المواطنين إلى إبلاغ الأجهزة الأمنية بأي معلومات عن المتهم في أسرع وقت.
وفي المقابل، أوردت وكالة "الأناضول" الحكومية التركية أن مظلوم داغ شقيق النائبة ديرسيم داغ من حزب الشعوب الديمقراطي.
""", [
    ev("suspect-identified", "أن المشتبه بتورطه في قتل نائب القنصل التركي", "2019-07-19", "'الجمعة (19 تموز/يوليو 2019)' (the Erbil Asayish had published the photo on the evening of Thu 18 Jul)"),
    ev("erbil-restaurant-attack", "الجاني المفترض الذي فتح النار الأربعاء", ATTACK, "'الأربعاء' before Fri 19 = Wed 17 Jul 2019"),
    ev("kose-funeral", "الذي وُوري الثرى الخميس في أنقرة", "2019-07-18", "'الخميس' before Fri 19 = Thu 18 Jul 2019"),
])
art(S, "http://sumer.news/ar/news/39618/%D9%83%D8%B1%D8%AF%D8%B3%D8%AA%D8%A7%D9%86-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D8%A7%D9%84%D9%82%D8%A8%D8%B6-%D8%B9%D9%84%D9%89-%D9%82%D8%A7%D8%AA%D9%84-%D8%AF%D8%A8%D9%84%D9%88%D9%85%D8%A7%D8%B3%D9%8A-%D8%AA%D8%B1%D9%83%D9%8A--%D9%82%D8%A7%D8%AA%D9%84-%D8%A3%D9%85-%D9%85%D8%AE%D8%B7%D8%B7",
    "2019-07-20", "no date line on the stored page; the body's 'اليوم (السبت)' with 'بعد أقل من أسبوع من الهجوم' of Wed 17 Jul gives Sat 20 Jul 2019 (wijhat's report of the same arrest also says 'السبت'); headline rendered from the URL slug; the last, truncated sentence shortened; no date of its own in the text", False, """
كردستان العراق: القبض على قاتل دبلوماسي تركي
أربيل - أعلنت الأجهزة الأمنية في إقليم كردستان العراق، اليوم (السبت)، أنها اعتقلت قاتل دبلوماسي تركي في أربيل عاصمة الإقليم، مرجحة أن يكون شقيق نائبة في البرلمان التركي. وقال جهاز الأمن المعروف بـ(الأسايش) في بيان: «يعلن إقليم كردستان القبض على الرجل الذي اغتال دبلوماسياً تركياً في مطعم بأربيل بعد أقل من أسبوع من الهجوم». ولم يذكر الجهاز اسم المشتبه به، لكنه أشار إلى أن «التقارير أفادت» بأن شقيقته نائبة كردية في البرلمان التركي. وورد في بيان لجهاز أمني كردي آخر هو دائرة مكافحة الإرهاب أن المشتبه به يدعى مظلوم داغ. وكان شخصان على الأقل، أحدهما نائب القنصل التركي، قد قُتلا في الهجوم الذي وقع الأربعاء، حين أطلق مسلح النار على مطعم كان دبلوماسيون أتراك يتناولون فيه العشاء، وأفاد مسؤولان أمنيان كرديان وشاهد بأن المهاجم فر في سيارة يقودها شريك له. وجاء الهجوم بعد أسابيع من هجوم عسكري تركي جديد على مسلحي «حزب العمال الكردستاني» المتمركزين في شمال العراق.
""", [
    ev("suspect-arrested", "أنها اعتقلت قاتل دبلوماسي تركي في أربيل", "2019-07-20", "'اليوم (السبت)' = Sat 20 Jul 2019"),
    ev("erbil-restaurant-attack", "في الهجوم الذي وقع الأربعاء", ATTACK, "'الأربعاء' before Sat 20 = Wed 17 Jul 2019"),
    ev("attacker-fled", "المهاجم فر في سيارة يقودها شريك له", ATTACK, "no own expression; right after the shooting of Wed 17 Jul 2019"),
    ev("claw-operation", "بعد أسابيع من هجوم عسكري تركي جديد", CLAW[0], "'بعد أسابيع' before 17 Jul 2019: Operation Claw, launched 27 May 2019 (Claw-2 on 12-13 Jul; my span)", end=CLAW[1]),
])

# ---------------------------------------------------------------- kurdistan-sulaymaniyah-arbat-airfield-strike-2023
S = "kurdistan-sulaymaniyah-arbat-airfield-strike-2023"
STRIKE = "2023-09-18"                      # the drone strike on Arbat agricultural airfield, Mon 18 Sep 2023 (afternoon)
REACT = "2023-09-19"                       # Turkish MFA statement, US ambassador's tweet, Yahya Rasool's statement: Tue 19 Sep 2023
art(S, "https://earthiq.news/archives/280284",
    "2023-09-18", "page date line '18/09/2023' (dropped; 18 Sep 2023 was a Monday); the body's 'اليوم الاثنين' agrees; the view count and the source tag 'إيرث نيوز' dropped; headline kept from the page (reworded); no date of its own in the text", False, """
مكافحة الإرهاب في السليمانية تعلن حصيلة ضحايا قصف مطار عربت
أعلن جهاز مكافحة الإرهاب في السليمانية، اليوم الاثنين، أن ثلاثة من بيشمركته قُتلوا وأصيب ثلاثة آخرون في استهداف مطار عربت الزراعي بالمحافظة.
وتوعد الجهاز، في بيان تلقته "إيرث نيوز"، الجهة التي نفذت الهجوم من دون أن يسميها، قائلاً إن "الثأر لشهدائنا مسؤوليتنا ولن نسمح بأن تذهب دماؤهم هدراً".
وكان مدير ناحية عربت في محافظة السليمانية، دابان محمد، قد أكد في وقت سابق مقتل 6 أشخاص وإصابة آخر في استهداف مطار عربت الزراعي في الناحية.
وأوضح دابان محمد أن الاستهداف نُفذ بطائرة مسيّرة، لافتاً إلى غياب أي معلومات عن الجهة التي تقف وراءه.
""", [
    ev("arbat-strike", "في استهداف مطار عربت الزراعي بالمحافظة", STRIKE, "no own expression; the strike of the afternoon of Mon 18 Sep 2023 (the statement of 'اليوم الاثنين')"),
    ev("ctg-toll-statement", "أعلن جهاز مكافحة الإرهاب في السليمانية، اليوم الاثنين", STRIKE, "'اليوم الاثنين' = Mon 18 Sep 2023"),
    ev("arbat-director-toll", "قد أكد في وقت سابق مقتل 6 أشخاص", STRIKE, "'في وقت سابق' of the same Monday, 18 Sep 2023"),
])
art(S, "https://baghdadtoday.news/231282-%D8%B7%D8%A7%D8%A6%D8%B1%D8%A9-%D9%85%D8%B3%D9%8A%D8%B1%D8%A9-%D9%85%D8%AC%D9%87%D9%88%D9%84%D8%A9-%D8%AA%D9%82%D8%B5%D9%81-%D9%85%D8%B7%D8%A7%D8%B1-%D8%B9%D8%B1%D8%A8%D8%AA-%D9%81%D9%8A-%D8%A7%D9%84%D8%B3%D9%84%D9%8A%D9%85%D8%A7%D9%86%D9%8A%D8%A9.html",
    "2023-09-18", "page time stamp '18-09-2023, 16:40' (kept; 18 Sep 2023 was a Monday); the body's 'مساء اليوم الاثنين (18 ايلول 2023)' agrees; the news ticker, the section 'أمن', the dateline 'بغداد اليوم - السليمانية' dropped; headline kept from the page (reworded)", True, """
مسيّرة "مجهولة" تقصف مطار عربت في السليمانية
18-09-2023, 16:40
ذكر مصدر أمني في محافظة السليمانية، مساء اليوم الاثنين (18 ايلول 2023)، أن ما لا يقل عن 7 أشخاص قُتلوا أو أصيبوا جراء قصف بطائرة مسيرة مجهولة على مطار عربت الزراعي.
وأوضح المصدر لـ"بغداد اليوم" أن "طائرة مسيرة مجهولة قصفت مطار عربت الزراعي في محافظة السليمانية، ما أدى إلى مقتل وإصابة 7 أشخاص على الأقل كحصيلة أولية".
وتابع أنه "لا توجد الى الان اي معلومات عن الجهة التي نفذت القصف ولا عن الجهة المستهدفة".
ولم يضف المصدر تفاصيل أخرى، في حين لم تصدر السلطات الرسمية أي بيان يوضح ملابسات الحادث.
وكان المطار زراعياً، غير أن قوات التحالف الدولي رممته قبل بضعة أشهر من الآن، فصار موقعاً لتدريب قوة تابعة للاتحاد الوطني الكردستاني.
""", [
    ev("arbat-strike", "جراء قصف بطائرة مسيرة مجهولة", STRIKE, "'مساء اليوم الاثنين (18 ايلول 2023)'"),
    ev("initial-toll-7", "ما أدى إلى مقتل وإصابة 7 أشخاص على الأقل", STRIKE, "no own expression; the first count of Mon 18 Sep 2023"),
    ev("airfield-renovated", "قوات التحالف الدولي رممته قبل بضعة أشهر من الآن", "2023-03-01", "'قبل بضعة أشهر من الآن' from 18 Sep 2023: my span March - August 2023", end="2023-09-01"),
])
art(S, "https://pukmedia.com/AR/Details/179369",
    "2023-09-19", "page stamp 'کوردستان 10:08 PM - 2023-09-19' (dropped; 19 Sep 2023 was a Tuesday); the body's 'اليوم الثلاثاء' agrees; the tag 'PUKMEDIA', the photo caption and the sub-headings dropped; headline kept from the page (reworded); the last, truncated paragraph of the CTG dropped; no date of its own in the text", False, """
واشنطن تدين قصف مطار عربت
أعلنت وزارة الخارجية التركية، اليوم الثلاثاء، مسؤولية بلادها عن القصف الذي استهدف مطار عربت الزراعي في محافظة السليمانية، وأدى إلى استشهاد وإصابة 6 من منتسبي المديرية العامة لمكافحة الارهاب أثناء انشغالهم بالتدريبات الروتينية.
وندد قادة سياسيون ومسؤولون، اليوم الثلاثاء، بشدة بهذا الهجوم الإرهابي على مطار عربت الزراعي في السليمانية، مشددين على وجوب صون سيادة العراق.
كما دانت سفيرة الولايات المتحدة الأمريكية في بغداد ألينا رومانوسكي، الثلاثاء، الهجوم الجوي الذي طال مطار عربت في السليمانية.
وكتبت رومانوسكي في تغريدة على منصة (x): ندين الهجوم على مطار عربت في محافظة السليمانية، ونجدد دعمنا لاحترام سيادة العراق ووحدة أراضيه، فكلاهما ضروري لاستقرار العراق وأمنه، ونعزي من فقدوا أحباءهم.
""", [
    ev("turkish-mfa-statement", "أعلنت وزارة الخارجية التركية، اليوم الثلاثاء، مسؤولية بلادها", REACT, "'اليوم الثلاثاء' = Tue 19 Sep 2023"),
    ev("arbat-strike", "عن القصف الذي استهدف مطار عربت الزراعي", STRIKE, "no own expression; Mon 18 Sep 2023"),
    ev("leaders-condemn", "وندد قادة سياسيون ومسؤولون، اليوم الثلاثاء", REACT, "'اليوم الثلاثاء' = Tue 19 Sep 2023"),
    ev("us-ambassador-condemns", "دانت سفيرة الولايات المتحدة الأمريكية في بغداد ألينا رومانوسكي", REACT, "'الثلاثاء' = Tue 19 Sep 2023"),
])
art(S, "https://ww.almasryalyoum.com/news/details/2986584",
    "2023-09-20", "page date line 'الأربعاء 20-09-2023 10:26' (kept; 20 Sep 2023 was a Wednesday); the byline 'كتب: إسراء جمال' and the photo caption dropped; headline kept from the page (reworded); the last words completed ('انتهاكاً لس[يادة]')", True, """
واشنطن تدين الهجوم التركي على شمال العراق الذي أودى بحياة 3 أشخاص
الأربعاء 20-09-2023 10:26
دانت السفارة الأمريكية في بغداد الهجوم على مطار عربت في محافظة السليمانية بإقليم كردستان، وقالت: «ندين الهجوم على مطار عربت في محافظة السليمانية، ونجدد دعمنا لاحترام سيادة العراق ووحدة أراضيه، وكلاهما ضروري لاستقرار العراق وأمنه، ونقدم تعازينا لمن فقدوا أحباءهم»، بحسب ما أوردته «وكالة الأنباء العراقية».
وفي السياق ذاته، استنكرت الرئاسة العراقية في بيان الهجوم التركي على السليمانية بإقليم كردستان في شمال البلاد، الذي أودى بحياة 3 جنود من قوات مكافحة الإرهاب في الإقليم، وأكد البيان الصادر عن مكتب رئيس الجمهورية عبداللطيف رشيد أنه سيجري «استدعاء السفير التركي في بغداد لتسليمه رسالة احتجاج موجهة إلى الرئاسة التركية».
من جهته، ذكر الناطق باسم القائد العام للقوات المسلحة العراقية اللواء يحيى رسول، أمس الثلاثاء، أن الطائرة المسيرة «دخلت الأجواء العراقية عبر الحدود مع تركيا وقصفت مطار عربت»، عادّاً الهجوم انتهاكاً لسيادة العراق.
""", [
    ev("us-ambassador-condemns", "دانت السفارة الأمريكية في بغداد الهجوم على مطار عربت", REACT, "no own expression; the ambassador's tweet of Tue 19 Sep 2023 (pukmedia 'الثلاثاء')"),
    ev("presidency-condemns", "استنكرت الرئاسة العراقية في بيان الهجوم التركي", REACT, "no own expression; the presidency's statement on Tue 19 Sep 2023 or the night after (my span)", end="2023-09-21"),
    ev("arbat-strike", "الذي أودى بحياة 3 جنود من قوات مكافحة الإرهاب", STRIKE, "no own expression; Mon 18 Sep 2023"),
    ev("rasool-statement", "اللواء يحيى رسول، أمس الثلاثاء", REACT, "'أمس الثلاثاء' in a report of Wed 20 = Tue 19 Sep 2023"),
])

# ---------------------------------------------------------------- kurdistan-duhok-floods-2024
S = "kurdistan-duhok-floods-2024"
FLOOD = ("2024-03-18", "2024-03-20")       # rain from Mon 18 (night) - the floods of Tue 19 Mar 2024
DAY = "2024-03-19"                         # Tue 19 Mar 2024
art(S, "https://n.annabaa.org/kurdstasn/95089",
    "2024-03-19", "the body's 'اليوم الثلاثاء (19 آذار 2024)' (kept; 19 Mar 2024 was a Tuesday); headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
خسائر في الأرواح والممتلكات جراء سيول دهوك
أعلنت مصادر حكومية في دهوك أن السيول الناجمة عن أمطار اليوم الثلاثاء أوقعت خسائر مادية كبيرة إلى جانب الخسائر في الأرواح.
وقال مصدر في مديرية الدفاع المدني في دهوك إن الإحصاءات الأولية تبين أن السيول التي تشكلت اليوم الثلاثاء (19 آذار 2024) أدت، فضلاً عن وفاة شخصين، إلى غرق نحو 100 منزل و15 سيارة.
ودعا محافظ دهوك علي تتر، في رسالة مصورة، المواطنين إلى البقاء في منازلهم وعدم مغادرتها إلا للضرورة القصوى، مبيناً أن عدداً من المنازل أُخليت بسبب السيول.
وفي حي (سرهلدان) بمدينة دهوك، اقتحمت مياه السيول عدداً من منازل المواطنين، وبلغ ارتفاع المياه في بعض أزقة الحي سقوف البيوت، فيما تعمل فرق الإنقاذ على إخراج العالقين من منازلهم بالآليات.
ويقع الحي قرب مجرى مائي جاف، غير أن السيول الناتجة عن الأمطار الغزيرة التي بدأت بالهطول منذ فجر اليوم رفعت منسوب المياه في المجرى حتى فاض ودخل حي سرهلدان وأغرق منازله.
""", [
    ev("duhok-floods", "السيول التي تشكلت اليوم الثلاثاء (19 آذار 2024)", FLOOD[0], "'اليوم الثلاثاء (19 آذار 2024)'; the rain since Monday night (aajae 'منذ أول أمس الاثنين'), so the span Mon 18 - Tue 19", end=FLOOD[1]),
    ev("two-deaths", "فضلاً عن وفاة شخصين", DAY, "no own expression; the two swept away on Tue 19 Mar 2024"),
    ev("houses-flooded-100", "إلى غرق نحو 100 منزل و15 سيارة", DAY, "'اليوم الثلاثاء (19 آذار 2024)'"),
    ev("governor-appeal", "ودعا محافظ دهوك علي تتر، في رسالة مصورة، المواطنين", DAY, "no own expression; the video message of Tue 19 Mar 2024"),
    ev("serhildan-flooded", "اقتحمت مياه السيول عدداً من منازل المواطنين", DAY, "no own expression; Tue 19 Mar 2024, after the rain 'منذ فجر اليوم'"),
])
art(S, "https://saymar.org/?p=168283",
    "2024-03-19", "page date line 'فيينا / الثلاثاء 19. 03 . 2024' (kept; 19 Mar 2024 was a Tuesday); the tag 'وكالة السيمر الاخبارية' dropped; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
سيول دهوك تدمر منازل وتدفع مئات العائلات إلى النزوح
فيينا / الثلاثاء 19. 03 . 2024
ألحقت السيول والفيضانات والأمطار الغزيرة دماراً بالعديد من المنازل في محافظة دهوك، في حين أنقذت مديرية الدفاع المدني عشرات المواطنين الذين حاصرتهم المياه.
وطالب أصحاب المنازل المدمرة حكومة الإقليم بتعويضهم وتشييد منازل جديدة لهم، إذ تضرر أكثر من 100 منزل ودُمّر نحو 10 منها كلياً، كما أُخليت عشرات المنازل الأخرى المجاورة لنهر هشكرو ومناطق أخرى.
وقالت هافين، وهي من سكان دهوك، لوكالة شفق نيوز: "دُمّر منزلي بالكامل ولم يعد لدي أي شيء"، وأضافت: "لدي طفلان وأطالب الحكومة بتعويضنا وبناء منزل جديد لنا".
وأعلن عصمت، السكرتير الصحفي لمحافظ دهوك، أن "رئيس الحكومة مسرور بارزاني وجّه بمتابعة أوضاع المحافظة، ولا سيما المناطق المتضررة من الفيضانات، وبتشكيل لجان فنية لتقدير الأضرار التي لحقت بالمواطنين".
وأكد عصمت لوكالة شفق نيوز أن "مئات العائلات غادرت منازلها"، لافتاً إلى أن "10 فنادق امتلأت بسكان المنازل المتضررة إضافة إلى عدد كبير من المدارس".
""", [
    ev("duhok-floods", "ألحقت السيول والفيضانات والأمطار الغزيرة دماراً", FLOOD[0], "no own expression; the floods of Tue 19 Mar 2024 (date line), the rain since Monday night", end=FLOOD[1]),
    ev("civil-defence-rescues", "أنقذت مديرية الدفاع المدني عشرات المواطنين", DAY, "no own expression; Tue 19 Mar 2024"),
    ev("homes-evacuated", "كما أُخليت عشرات المنازل الأخرى", DAY, "no own expression; Tue 19 Mar 2024"),
    ev("barzani-orders-committees", "رئيس الحكومة مسرور بارزاني وجّه بمتابعة أوضاع المحافظة", DAY, "no own expression; the prime minister's order on the day of the floods, Tue 19 Mar 2024"),
    ev("families-in-hotels", "10 فنادق امتلأت بسكان المنازل المتضررة", DAY, "no own expression; the displaced families on Tue 19 - Wed 20 Mar 2024 (my span)", end="2024-03-21"),
])
art(S, "https://963media.com/5939",
    "2024-03-19", "no date line on the stored page; the body's 'اليوم الثلاثاء' with the known floods of Tue 19 Mar 2024 (annabaa 'اليوم الثلاثاء (19 آذار 2024)', with the same civil-defence count) gives Tue 19 Mar 2024; the dateline 'أربيل' kept; headline written from the body; the last sentence on Basra and Baghdad dropped; no date of its own in the text", False, """
وفاة شخصين جرفتهما السيول في دهوك
أربيل
لقي شخصان حتفهما، اليوم الثلاثاء، بعدما جرفتهما السيول في محافظة دهوك بإقليم كردستان العراق، إثر موجة أمطار غزيرة ضربت المحافظة.
وأفاد المتحدث باسم الدفاع المدني في دهوك، بيوار عبدالعزيز، لشبكة "رووداو" بأن أربعة مدنيين كانوا في سيارة جرفتها السيول، "أُنقذ اثنان منهم، فيما تفيد المعلومات الأولية بأن الآخرَين فارقا الحياة، لكن جثتيهما لم يُعثر عليهما بعد".
كما أغرقت السيول قرابة 100 منزل و15 سيارة، وفق حصيلة أولية للأضرار أعلنها الدفاع المدني.
وضربت موجة أمطار رعدية شديدة مركز محافظة دهوك، فتشكلت سيول جارفة في بعض المناطق، وارتفع منسوب المياه في بعض الأحياء حتى وصل إلى سقوف المنازل، بينما تعمل فرق الإنقاذ على إخراج العالقين من بيوتهم بالآليات.
ودعا محافظ دهوك علي تتر، في رسالة مصورة، سكان المحافظة إلى البقاء في منازلهم وعدم الخروج إلا في حالات الضرورة القصوى، موضحاً أن عدداً من المنازل أُخلي بسبب السيول.
""", [
    ev("two-deaths", "لقي شخصان حتفهما، اليوم الثلاثاء", DAY, "'اليوم الثلاثاء' = Tue 19 Mar 2024"),
    ev("car-swept-away", "أربعة مدنيين كانوا في سيارة جرفتها السيول", DAY, "no own expression; Tue 19 Mar 2024"),
    ev("houses-flooded-100", "أغرقت السيول قرابة 100 منزل و15 سيارة", DAY, "no own expression; the first count of Tue 19 Mar 2024"),
    ev("duhok-floods", "وضربت موجة أمطار رعدية شديدة مركز محافظة دهوك", FLOOD[0], "no own expression; the floods of Tue 19 Mar 2024, the rain since Monday night", end=FLOOD[1]),
    ev("governor-appeal", "ودعا محافظ دهوك علي تتر، في رسالة مصورة، سكان المحافظة", DAY, "no own expression; the video message of Tue 19 Mar 2024"),
])
art(S, "https://aajae.co/society/%D8%B3%D9%8A%D9%88%D9%84-%D8%AF%D9%87%D9%88%D9%83-%D8%B4%D9%85%D8%A7%D9%84%D9%8A-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D8%A7%D8%B1%D8%AA%D9%81%D8%A7%D8%B9-%D8%B9%D8%AF%D8%AF-%D8%A7%D9%84%D8%B6%D8%AD%D8%A7%D9%8A%D8%A7-%D9%88%D8%AA%D8%B6%D8%B1%D8%B1-%D9%85%D8%A6%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D9%86%D8%A7%D8%B2%D9%84",
    "2024-03-20", "no date line on the stored page; the body's 'اليوم الأربعاء' with 'منذ أول أمس الاثنين' and the known floods of Tue 19 Mar 2024 gives Wed 20 Mar 2024 (20 Mar 2024 was a Wednesday); a copy of al-Araby al-Jadeed's report; headline rendered from the URL slug; the two summary bullets joined into one line after it (the first, on electricity cables, dropped); no date of its own in the text", False, """
سيول دهوك شمالي العراق: ارتفاع عدد الضحايا وتضرر مئات المنازل
أُخليت منازل عدة وامتلأت 10 فنادق بالمتضررين فضلاً عن عدد كبير من المدارس، فيما اتخذت حكومة إقليم كردستان ومحافظ دهوك إجراءات لحماية أرواح المواطنين وتقديم المساعدات العاجلة.
أعلنت مصادر طبية وأمنية عراقية في محافظة دهوك بإقليم كردستان شمالي العراق، اليوم الأربعاء، أن عدد ضحايا السيول العنيفة التي تضرب المحافظة منذ أول أمس الاثنين ارتفع إلى 5 أشخاص، مع أضرار جسيمة لحقت بمئات المنازل والمحال التجارية والمباني الحكومية والعامة.
وقال أوميد أحمد، عضو عمليات الإغاثة في مديرية الدفاع المدني بدهوك، لـ"العربي الجديد"، إن الحصيلة بلغت 5 إثر وفاة أحد الجرحى في المستشفى العام بالمدينة بعد إنقاذه يوم أمس إثر جرف السيول له، كما فارق شخصان الحياة بصعقة كهربائية عندما غمرت المياه أحد الشوارع السكنية وسط دهوك، أحدهما فتى في الخامسة عشرة.
وأكد أحمد أن مؤسسات الإقليم الحكومية في أقصى درجات الاستنفار للحد من آثار السيول التي تعد الأعنف منذ سنوات طويلة.
""", [
    ev("families-in-hotels", "امتلأت 10 فنادق بالمتضررين", DAY, "no own expression; the displaced families on Tue 19 - Wed 20 Mar 2024 (my span)", end="2024-03-21"),
    ev("duhok-floods", "السيول العنيفة التي تضرب المحافظة منذ أول أمس الاثنين", FLOOD[0], "'منذ أول أمس الاثنين' in a report of Wed 20 = since Mon 18 Mar 2024; the floods of Tue 19", end=FLOOD[1]),
    ev("toll-rises-to-five", "ارتفع إلى 5 أشخاص", "2024-03-20", "'اليوم الأربعاء' = Wed 20 Mar 2024"),
    ev("injured-dies-in-hospital", "وفاة أحد الجرحى في المستشفى العام بالمدينة", DAY, "no own expression; rescued 'يوم أمس' (Tue 19), died by Wed 20 Mar 2024 (my span)", end="2024-03-21"),
    ev("electrocution-deaths", "فارق شخصان الحياة بصعقة كهربائية", DAY, "no own expression; during the floods, Tue 19 - Wed 20 Mar 2024 (my span)", end="2024-03-21"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 388
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

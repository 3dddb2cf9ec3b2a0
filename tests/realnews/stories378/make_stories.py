"""Builds stories.jsonl: the 378-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: prison riots, jailbreaks and inmate escapes: mutinies in
prisons, mass escapes, recaptured fugitives, prison transfers after riots.
Stories: the mass escape of 69 detainees from the Baabda courthouse lock-up (Lebanon, November 2020), the
attack on Sanaa central prison and the flight of 29 inmates (Yemen, February 2014).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- lebanon-baabda-lockup-escape-2020
S = "lebanon-baabda-lockup-escape-2020"
ESC = "2020-11-21"                         # 69 detainees fled the Baabda courthouse lock-up at dawn on Sat 21 Nov 2020
art(S, "https://www.almodon.com/print/3f9b540d-4039-45e8-a648-9a4779a0938d/b651c718-7315-40e1-a01c-3d2a5daf09c1",
    "2020-11-21", "page date line 'السبت 2020/11/21' (kept as second line; 21 Nov 2020 was a Saturday); the body's 'فجر اليوم' agrees; the rubric 'المدن - مجتمع', the '(بالفيديو)' tag and the internal security statement that follows the sub-heading (cut in the stored page) dropped; headline reworded from the page", True, """
فرار عشرات المساجين من سجن بعبدا يخلّف خمسة قتلى وجرحى
السبت 2020/11/21
لقي 5 مساجين حتفهم وأصيب اثنان آخران بعدما فرّوا من سجن بعبدا، إذ ارتطمت بشجرة على طريق الحدث سيارةٌ انتزعوها من أحد المواطنين، بينما كانت القوى الأمنية تلاحقهم. وبحسب التفاصيل، نجح عشرات المساجين فجر اليوم في الهرب من سجن بعبدا، بعدما كسروا أبواب الزنازين وتفرّقوا في اتجاهات شتى. ولم يكن قد صدر بعد عن قوى الأمن أي بيان واضح حول الفرار، فتضاربت الأرقام المتداولة حول عدد الفارين بين 40 و69.
واستولت إحدى مجموعات الفارين عنوةً على سيارة أجرة من صاحبها بعدما انهالوا عليه بالضرب، وانطلقوا بها على طريق الحدث- بعبدا، فطاردتهم القوى الأمنية بعد وقت قصير، فاصطدمت السيارة بشجرة ما أدى إلى وفاة خمسة سجناء وإصابة اثنين.
وفي حين تطوّق قوى الأمن محيط منطقة بعبدا، أوقفت شعبة المعلومات في قوى الأمن الداخلي عدداً من المساجين الهاربين، وحضرت المدعية العامة في جبل لبنان القاضية غادة عون إلى مكتبها في بعبدا لتبدأ التحقيق في عملية الفرار الجماعي.
""", [
    ev("mass-escape", "نجح عشرات المساجين فجر اليوم في الهرب من سجن بعبدا", ESC, "'فجر اليوم' = the dawn of Sat 21 Nov 2020 (date line)"),
    ev("car-crash-five-dead", "فاصطدمت السيارة بشجرة ما أدى إلى وفاة خمسة سجناء", ESC, "no own expression; the crash on the Hadath road during the chase on the morning of Sat 21 Nov 2020 (all reports of that day)"),
    ev("taxi-seized", "واستولت إحدى مجموعات الفارين عنوةً على سيارة أجرة", ESC, "no own expression; during the escape of Sat 21 Nov 2020"),
    ev("fugitives-rearrested", "أوقفت شعبة المعلومات في قوى الأمن الداخلي عدداً من المساجين الهاربين", ESC, "no own expression; the first arrests on the day of the escape, Sat 21 Nov 2020"),
    ev("aoun-investigation", "حضرت المدعية العامة في جبل لبنان القاضية غادة عون إلى مكتبها", ESC, "no own expression; on the day of the escape, Sat 21 Nov 2020 (a Saturday, 'يوم عطلة السبت' in mahkama.net)"),
])
art(S, "https://www.albawaba.com/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%A8%D9%8A%D8%B1%D9%88%D8%AA-%D9%81%D8%B1%D8%A7%D8%B1-69-%D8%B3%D8%AC%D9%8A%D9%86%D8%A7%D9%8B-%D9%85%D9%86-%D8%A8%D8%B9%D8%A8%D8%AF%D8%A7-%D9%88%D9%85%D9%82%D8%AA%D9%84-%D8%AE%D9%85%D8%B3%D8%A9-%D9%85%D9%86%D9%87%D9%85-%D8%B5%D9%88%D8%B1-%D9%88%D9%81%D9%8A%D8%AF%D9%8A%D9%88-1394084",
    "2020-11-21", "no date line on the stored page; the body's 'فجر اليوم السبت' and the embedded tweets, all dated 'November 21, 2020' (dropped with the tweets), give Sat 21 Nov 2020; headline rendered from the URL slug (the stored text has none); no date of its own in the text", False, """
بيروت: فرار 69 سجيناً من بعبدا ومقتل خمسة منهم
هرب عدد من السجناء فجر اليوم السبت من سجن بعبدا إثر تكسيرهم أبواب الزنزانات، وتواروا إلى أماكن مجهولة، فيما أشارت المعلومات إلى أن عدد الفارين وصل إلى نحو 69 سجيناً.
وأفلحت القوى الأمنية في القبض على 10 منهم، بينما لقي خمسة آخرون مصرعهم في حادث سيارة كان السجناء قد استولوا عليها أثناء ملاحقة عناصر قوى الأمن لهم، إذ ارتطمت سيارتهم بشجرة بالقرب من المجلس الدستوري في منطقة الحدث.
وفرضت عناصر القوى الأمنية طوقاً حول قصر عدل بعبدا والمنطقة المجاورة له.
وقصدت المدعية العامة في جبل لبنان القاضية غادة عون مكتبها في بعبدا، لتشرع في التحقيق بفرار السجناء الجماعي.
""", [
    ev("mass-escape", "هرب عدد من السجناء فجر اليوم السبت من سجن بعبدا", ESC, "'فجر اليوم السبت' = Sat 21 Nov 2020 (tweets of that day)"),
    ev("fugitives-rearrested", "وأفلحت القوى الأمنية في القبض على 10 منهم", ESC, "no own expression; the first arrests on Sat 21 Nov 2020"),
    ev("car-crash-five-dead", "بينما لقي خمسة آخرون مصرعهم في حادث سيارة", ESC, "no own expression; the crash near the Constitutional Council on Sat 21 Nov 2020"),
    ev("security-cordon", "وفرضت عناصر القوى الأمنية طوقاً حول قصر عدل بعبدا", ESC, "no own expression; on the morning of the escape, Sat 21 Nov 2020"),
    ev("aoun-investigation", "وقصدت المدعية العامة في جبل لبنان القاضية غادة عون مكتبها", ESC, "no own expression; Sat 21 Nov 2020"),
])
art(S, "https://elsiyasa.com/article/149216",
    "2020-11-22", "page time stamp '22/11/2020 06:24AM' (kept as first line; 22 Nov 2020 was a Sunday); the body's 'صباح أمس' for the escape of Sat 21 Nov agrees; the source line 'المصدر : الشرق الأوسط', the share button and the links to other news dropped; headline written from the body (the stored text has none)", True, """
عشرات السجناء يفرّون من سجن بعبدا ووفاة خمسة في حادث سير
22/11/2020 06:24AM
هرب عشرات الموقوفين من سجن بعبدا في جبل لبنان، ثم نجحت قوى الأمن الداخلي في القبض على بعضهم، بينما قضى 5 منهم في حادث سير خلال فرارهم، فيما تواصل قوى الأمن ملاحقة باقي الهاربين لإعادتهم إلى التوقيف.
وتفيد التفاصيل بأنه حين فتح عامل التنظيفات باب إحدى الزنزانات لتنظيفها، صباح أمس، انقضّ 69 سجيناً في نظارة مخفر قصر عدل بعبدا (قرب بيروت) عليه وعلى عدد من عناصر قوى الأمن. وبعد أن تغلّبوا عليهم، تمكن السجناء من الفرار، على ما أكده مصدر أمني لـ«الشرق الأوسط»، مبيّناً أن أغلب الفارين لبنانيون، ومن بينهم كذلك سوريون وعراقيون.
ولفت المصدر إلى أن الهاربين موقوفون لم تجرِ محاكمتهم بعد، وأوضح أن بعضهم ملاحق بتهم جرائم خطيرة وبعضهم الآخر بجنح، من دون أن يكون بينهم أي متهم بجرائم إرهابية.
وشدّد المصدر على أنه لم تقع أي إصابات بين السجناء داخل النظارة لأن أي اشتباك لم يحصل، مشيراً إلى أن الإصابات انحصرت في عامل التنظيفات الأجنبي وعسكريين اثنين عولجا.
""", [
    ev("mass-escape", "هرب عشرات الموقوفين من سجن بعبدا في جبل لبنان", ESC, "no own expression in the sentence; 'صباح أمس' in the next paragraph from Sun 22 Nov = Sat 21 Nov 2020"),
    ev("fugitives-rearrested", "ثم نجحت قوى الأمن الداخلي في القبض على بعضهم", ESC, "no own expression; the first arrests on Sat 21 Nov 2020"),
    ev("car-crash-five-dead", "بينما قضى 5 منهم في حادث سير خلال فرارهم", ESC, "no own expression; during the flight of Sat 21 Nov 2020"),
    ev("manhunt-continues", "فيما تواصل قوى الأمن ملاحقة باقي الهاربين", ESC, "present tense in the article of Sun 22 Nov: the hunt from Sat 21 Nov up to publication (my span 21-22 Nov 2020)", end="2020-11-23"),
    ev("guards-attacked", "انقضّ 69 سجيناً في نظارة مخفر قصر عدل بعبدا (قرب بيروت) عليه", ESC, "'صباح أمس' from Sun 22 Nov = Sat 21 Nov 2020"),
])

# ---------------------------------------------------------------- yemen-sanaa-central-prison-break-2014
S = "yemen-sanaa-central-prison-break-2014"
ATT = "2014-02-13"                         # the car-bomb attack on Sanaa central prison, evening of Thu 13 Feb 2014
FRI = "2014-02-14"                         # the interior ministry's spokesman confirmed 29 fugitives on Fri 14 Feb 2014
art(S, "https://djazairess.com/ennahar/197426",
    "2014-02-13", "the body's 'الخميس 13 فيفري' with 'في وقت سابق اليوم' for the explosions of that day (kept; 13 Feb 2014 was a Thursday): a report of the same evening (Ennahar, via djazairess); headline written from the body (the stored text has none)", True, """
الأمن اليمني يصدّ هجوماً على السجن المركزي في صنعاء وفرار بعض السجناء
تصدّت أجهزة الأمن في اليمن الخميس 13 فيفري لهجوم شنّه مسلحون على السجن المركزي بالعاصمة صنعاء، إذ اشتبكت قوات الأمن مع العناصر الإرهابية المسلحة وأرغمتها على الانسحاب، ما أسفر عن مقتل 7 من أفراد الأمن وإصابة اثنين آخرين.
وأفاد مصدر في وزارة الداخلية اليمنية بأن بعض السجناء تمكنوا من الهرب مستغلين حالة الارتباك التي سادت حين انشغل حراس السجن بصدّ العناصر الإرهابية المهاجمة.
وأضاف المصدر أنه جرى تشكيل لجنة للتحقيق في ظروف فرار بعض السجناء، وأن العمل جارٍ على تحديد هوياتهم تمهيداً لملاحقتهم وضبطهم وإرجاعهم إلى السجن.
وزار وزير الداخلية اللواء عبدالقادر محمد قحطان السجن المركزي فور وقوع الحادثة مباشرة.
وكان مراسلنا في اليمن قد أفاد، في وقت سابق اليوم، بدويّ 5 انفجارات في مناطق متفرقة من العاصمة صنعاء، تزامناً مع اندلاع اشتباكات حول السجن المركزي في المدينة.
وأوضح المراسل أن مسلحين مجهولين هاجموا السجن المركزي في العاصمة صنعاء سعياً إلى اقتحامه، فتصدت لهم قوات الحراسة، فيما لا يزال دويّ إطلاق النار مسموعاً.
""", [
    ev("prison-attack", "تصدّت أجهزة الأمن في اليمن الخميس 13 فيفري لهجوم", ATT, "'الخميس 13 فيفري' = Thu 13 Feb 2014"),
    ev("guards-killed", "ما أسفر عن مقتل 7 من أفراد الأمن وإصابة اثنين آخرين", ATT, "no own expression; in the attack of the evening of Thu 13 Feb 2014"),
    ev("inmates-escape", "بأن بعض السجناء تمكنوا من الهرب مستغلين حالة الارتباك", ATT, "no own expression; during the attack of Thu 13 Feb 2014"),
    ev("inquiry-committee", "جرى تشكيل لجنة للتحقيق في ظروف فرار بعض السجناء", ATT, "no own expression; announced in the ministry's statement of the night of Thu 13 Feb 2014"),
    ev("minister-visit", "وزار وزير الداخلية اللواء عبدالقادر محمد قحطان السجن المركزي", ATT, "'فور وقوع الحادثة مباشرة' = the evening of Thu 13 Feb 2014"),
    ev("sanaa-explosions", "بدويّ 5 انفجارات في مناطق متفرقة من العاصمة صنعاء", ATT, "'في وقت سابق اليوم' = Thu 13 Feb 2014"),
])
art(S, "https://www.aljazeera.net/news/arabic/2014/2/14/الأمن-اليمني-يلاحق-سجناء-فارين",
    "2014-02-14", "date in the URL '/2014/2/14/' (14 Feb 2014 was a Friday); the body's 'اليوم الجمعة' agrees; the English Reuters photo caption (dated February 14, 2014) dropped; headline reworded from the page; the last, truncated sentence dropped; no date of its own in the text", False, """
قوات الأمن اليمنية تطارد سجناء فرّوا من سجن صنعاء
أفادت وزارة الداخلية اليمنية اليوم الجمعة بأن قواتها تطارد سجناء -من بينهم متهمون بالانتماء إلى القاعدة- هربوا أمس من السجن المركزي بصنعاء عقب هجوم استُخدمت فيه سيارة مفخخة وأسلحة متوسطة.
وأكد متحدث باسم الوزارة اليوم هروب 29 سجينا منهم 19 متهماً بجرائم إرهابية، في تلميح إلى انتمائهم لتنظيم القاعدة في جزيرة العرب.
ودعا المتحدث ذاته المواطنين إلى التعاون مع أجهزة الأمن للقبض على الفارين من سجن صنعاء المركزي. وكانت حصيلة رسمية قد أشارت إلى مقتل سبعة حراس وثلاثة مسلحين في التفجير الذي طال الجانب الغربي من المجمع، ثم في المواجهات التي أعقبته.
وأحدث التفجير فجوة في جدار الواجهة الغربية، ما أتاح للسجناء الهرب، بينما كان مسلحون خارج المجمع يطلقون القذائف ونيران الرشاشات من منازل مجاورة.
""", [
    ev("manhunt", "بأن قواتها تطارد سجناء -من بينهم متهمون بالانتماء إلى القاعدة-", FRI, "'اليوم الجمعة' = Fri 14 Feb 2014 (the hunt is ongoing; the announcement of that day)"),
    ev("inmates-escape", "هربوا أمس من السجن المركزي بصنعاء", ATT, "'أمس' in an article of Fri 14 Feb = Thu 13 Feb 2014"),
    ev("ministry-29-figure", "وأكد متحدث باسم الوزارة اليوم هروب 29 سجينا", ATT, "'اليوم' = Fri 14 Feb 2014; the figure of 29 was first given in the ministry's statement late on Thu 13 Feb (alriyadh), so my span 13-14 Feb", end="2014-02-15"),
    ev("guards-killed", "مقتل سبعة حراس وثلاثة مسلحين في التفجير", ATT, "no own expression; the attack of Thu 13 Feb 2014"),
    ev("car-bomb-breach", "وأحدث التفجير فجوة في جدار الواجهة الغربية", ATT, "no own expression; the car bomb of the evening of Thu 13 Feb 2014"),
])
art(S, "https://aajae.co/%22%D8%A7%D9%84%D8%AC%D8%AF%D9%8A%D8%AF%22-%D9%8A%D9%86%D8%B4%D8%B1-%D8%A3%D8%B3%D9%85%D8%A7%D8%A1-%D8%A7%D9%84%D9%81%D8%A7%D8%B1%D9%91%D9%8A%D9%86-%D8%A7%D9%84%D9%8029-%D9%85%D9%86-%D8%B3%D8%AC%D9%86-%D8%B5%D9%86%D8%B9%D8%A7%D8%A1",
    "2014-02-14", "page date line '14 فبراير 2014' (kept as second line; 14 Feb 2014 was a Friday); the body's 'ليل الخميس' agrees; the font buttons '+ الخط -' and the repeated headline dropped; headline reworded from the page; the last, truncated quotation dropped", True, """
«الجديد» تكشف أسماء الـ29 الفارّين من سجن صنعاء
14 فبراير 2014
أقرّت وزارة الداخلية اليمنية بأنّ عدد السجناء الذين فرّوا من السجن المركزي في العاصمة صنعاء بلغ 29، كثيرون منهم "إرهابيون" خطرون من تنظيم "القاعدة". وأفادت مصادر "الجديد" بأن في مقدمة الذين نجحوا في الهرب أحد أخطر قادة "تنظيم القاعدة في اليمن"، ويُدعى الشبواني، وذلك إثر اقتحام السجن بسيارة مفخخة والمعارك التي أعقبته.
وذكر المصدر أن "مجموعة إرهابية هاجمت السجن المركزي في أمانة العاصمة، ليل الخميس، بتفجير سيارة مفخخة، تلاه إطلاق نار من أماكن عدة على السجن، فهرب على أثر ذلك 29 سجيناً".
وبيّن المصدر لوكالة الأنباء اليمنية (سبأ) أن المجموعة الإرهابية فجّرت السيارة المفخخة عند الجهة الغربية من سور السجن، مقابل مبنى رئاسة مصلحة السجون، فأحدثت ثغرة يبلغ قطرها نحو خمسة أمتار في جدران السجن، وقُتل حراس بوابة رئاسة المصلحة، ثم أطلق المهاجمون قذائف "آر بي جي" والنار من عدة أماكن على حراسات السجن المركزي، ما أدى إلى مقتل سبعة من أفراد الأمن اليمني وإصابة أربعة آخرين.
""", [
    ev("ministry-29-figure", "أقرّت وزارة الداخلية اليمنية بأنّ عدد السجناء الذين فرّوا", ATT, "no own expression; the ministry's figure of 29, given late on Thu 13 Feb and confirmed on Fri 14 Feb 2014 (my span)", end="2014-02-15"),
    ev("prison-attack", "مجموعة إرهابية هاجمت السجن المركزي في أمانة العاصمة، ليل الخميس", ATT, "'ليل الخميس' in an article of Fri 14 Feb = the night of Thu 13 Feb 2014"),
    ev("inmates-escape", "فهرب على أثر ذلك 29 سجيناً", ATT, "'ليل الخميس' = Thu 13 Feb 2014"),
    ev("car-bomb-breach", "فأحدثت ثغرة يبلغ قطرها نحو خمسة أمتار في جدران السجن", ATT, "no own expression; the car bomb of the night of Thu 13 Feb 2014"),
    ev("guards-killed", "ما أدى إلى مقتل سبعة من أفراد الأمن اليمني وإصابة أربعة آخرين", ATT, "no own expression; the attack of Thu 13 Feb 2014"),
])
art(S, "https://sauress.com/alsharq/1075511",
    "2014-02-15", "no date line on the stored page; the body's 'أمس الجمعة' (twice) and 'أمس الأول «الخميس»' for the attack of Thu 13 Feb give Sat 15 Feb 2014 (the Saudi daily al-Sharq, via sauress); headline written from the body (the stored text has none); the last, truncated quotation dropped; no date of its own in the text", False, """
الداخلية اليمنية تبحث عن 29 سجيناً فرّوا من سجن صنعاء المركزي
أفادت وزارة الداخلية اليمنية أمس الجمعة بأن الشرطة تطارد 29 سجيناً منهم 19 يُفترض أنهم أعضاء في تنظيم القاعدة، هربوا أمس الأول «الخميس» من السجن المركزي في صنعاء خلال هجوم مسلح استهدفه، وفق ما أوردته وكالة الأنباء اليمنية «سبأ».
وكانت أجهزة الأمن اليمنية قد أشارت إلى أن القوات اليمنية أفشلت الخميس هجوماً نفذته مجموعة مسلحة على السجن المركزي في صنعاء، قُتل فيه سبعة من أفراد الأمن وأصيب أربعة آخرون.
وذكر المتحدث باسم الداخلية أمس الجمعة أن «مجموعة إرهابية هاجمت السجن المركزي في أمانة العاصمة مساء الخميس بتفجير سيارة مفخخة تبعه إطلاق نار من أماكن عدة على السجن».
وأضاف أن «المجموعة الإرهابية فجّرت السيارة المفخخة في الجهة الغربية من سور السجن، ما أحدث فتحة قطرها نحو خمسة أمتار في جداره، ثم أطلق أفرادها عدة قذائف آر بي جي والنار من أماكن مختلفة على حراسات السجن المركزي».
وأوضح أنه «بسبب حالة الارتباك التي نجمت عن انشغال حراسة السجن بالتصدي للعناصر الإرهابية المهاجمة، تمكن 29 سجيناً من المدانين في قضايا إرهابية وجنائية متنوعة من الهرب عبر الفتحة التي أحدثها الانفجار في سور السجن».
""", [
    ev("manhunt", "بأن الشرطة تطارد 29 سجيناً منهم 19", FRI, "'أمس الجمعة' in an article of Sat 15 Feb = Fri 14 Feb 2014"),
    ev("inmates-escape", "هربوا أمس الأول «الخميس» من السجن المركزي في صنعاء", ATT, "'أمس الأول «الخميس»' from Sat 15 Feb = Thu 13 Feb 2014"),
    ev("prison-attack", "أن القوات اليمنية أفشلت الخميس هجوماً نفذته مجموعة مسلحة", ATT, "'الخميس' before Sat 15 Feb = Thu 13 Feb 2014"),
    ev("guards-killed", "قُتل فيه سبعة من أفراد الأمن وأصيب أربعة آخرون", ATT, "no own expression; the attack of Thu 13 Feb 2014"),
    ev("spokesman-statement", "وذكر المتحدث باسم الداخلية أمس الجمعة", FRI, "'أمس الجمعة' from Sat 15 Feb = Fri 14 Feb 2014"),
    ev("car-bomb-breach", "ما أحدث فتحة قطرها نحو خمسة أمتار في جداره", ATT, "'مساء الخميس' in the quoted statement = the evening of Thu 13 Feb 2014"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 378
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

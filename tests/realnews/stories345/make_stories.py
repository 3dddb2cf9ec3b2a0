"""Builds stories.jsonl: the 345-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: military coups, coup attempts and transitional councils:
the takeover, the first decrees, curfews, arrests, the handover talks.
Stories: the coup of General Mohamed Ould Abdel Aziz and the High Council of State (Mauritania, August 2008),
the army's removal of Mohamed Morsi, the oath of the interim president and the first arrests (Egypt, July 2013),
the Houthis' "constitutional declaration" dissolving parliament (Yemen, February 2015), the Presidential Guard's
coup against Mohamed Bazoum and the CNSP (Niger, July 2023), and the coup against Ali Bongo and General Oligui
Nguema's transition (Gabon, August-September 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- mauritania-august-coup-2008
S = "mauritania-august-coup-2008"
COUP = "2008-08-06"                        # Wed 6 Aug 2008: the president's dismissal decree in the morning, the arrest at ~09:20, the coup
COUNCIL = ("2008-08-06", "2008-08-08")     # the "Council of State" announced in the first statement (Wed 6), its composition at dawn on Thu 7
art(S, "http://ahl-alquran.com/arabic/printpage.php?doc_type=0&doc_id=3047",
    "2008-08-06", "page date stamp 'في الأربعاء ٠٦ - أغسطس - ٢٠٠٨ ١٢:٠٠ صباحاً' (kept as a line; 6 Aug 2008 was a Wednesday; the 12:00 is a default time, the coup came at 09:20); the body's 'صباح اليوم' and 'يوم الأربعاء' agree; the page's two headline lines joined into one; the photo caption and the last, truncated sentence dropped", True, """
تشكيل "مجلس دولة" بعد انقلاب موريتانيا.. انقلاب عسكري يجهض الحكم الديمقراطي
في الأربعاء ٠٦ - أغسطس - ٢٠٠٨ ١٢:٠٠ صباحاً
أعلن العسكريون الذين أمسكوا بزمام الحكم في موريتانيا وأسقطوا الرئيس سيدي محمد ولد الشيخ عبد الله، في بيانهم الأول، أنهم شكلوا "مجلس دولة" يدير البلاد برئاسة الجنرال محمد ولد عبد العزيز، الذي كان قائدا للحرس الرئاسي.
وندد الاتحاد الافريقي بالانقلاب، كما ندد به الاتحاد الاوروبي أيضا، ملوحا بأنه قد يعلق المساعدات التي يقدمها لموريتانيا.
واعتبر الانقلابيون في بيانهم الاول أن إقالة الرئيس الموريتاني لرئيس أركان الجيش وقائد الحرس الرئاسي، التي أُعلنت في وقت مبكر من يوم الأربعاء، قرار يفتقر إلى الشرعية.
وسيطر جنود من الحرس الرئاسي على القصر الرئاسي واحتجزوا الرئيس الموريتاني، فيما رجحت وزارة الخارجية الفرنسية أن تكون مجموعة من جنرالات الجيش قد اعتقلت رئيس الوزراء يحيى ولد أحمد الواقف.
وأبلغت ابنة الرئيس وكالة رويترز أن "عددا من جنود الحرس الرئاسي حضروا إلى منزل والدها واقتادوه في الساعة التاسعة وعشرين دقيقة صباح اليوم بالتوقيت المحلي" وتوقيت جرينتش.
""", [
    ev("coup", "وأسقطوا الرئيس سيدي محمد ولد الشيخ عبد الله", COUP, "no own expression; the coup of Wed 6 Aug 2008 (the stamp; 'صباح اليوم' later in the text)"),
    ev("council-of-state-formed", "أنهم شكلوا \"مجلس دولة\" يدير البلاد", COUNCIL[0], "'في بيانهم الأول' on Wed 6 Aug 2008; the council's composition followed at dawn on Thu 7 Aug (aljamaa), my span 6-7 Aug", end=COUNCIL[1]),
    ev("au-eu-condemnation", "وندد الاتحاد الافريقي بالانقلاب", COUP, "no own expression; the AU and EU condemned the coup on Wed 6 Aug 2008 (norwayvoice: 'يوم امس الأربعاء 6-8-2008')"),
    ev("dismissal-decree-voided", "قرار يفتقر إلى الشرعية", COUP, "the junta's first statement of Wed 6 Aug 2008 declaring the dismissal decree void (the decree itself 'في وقت مبكر من يوم الأربعاء')"),
    ev("president-arrested", "واحتجزوا الرئيس الموريتاني", COUP, "'الساعة التاسعة وعشرين دقيقة صباح اليوم' = 09:20 on Wed 6 Aug 2008"),
    ev("pm-arrested", "قد اعتقلت رئيس الوزراء يحيى ولد أحمد الواقف", COUP, "no own expression; the prime minister was arrested with the president on Wed 6 Aug 2008 (al-jazirah: 'الأربعاء')"),
])
art(S, "https://norwayvoice.no/%D8%A7%D9%84%D8%A7%D8%AA%D8%AD%D8%A7%D8%AF%D8%A7%D9%86-%D8%A7%D9%84%D8%A3%D9%88%D8%B1%D9%88%D8%A8%D9%8A-%D9%88%D8%A7%D9%84%D8%A5%D9%81%D8%B1%D9%8A%D9%82%D9%8A-%D9%8A%D8%AF%D9%8A%D9%86%D8%A7%D9%86/",
    "2008-08-07", "the body's dateline 'صوت النرويج / الخميس 7 آب / اوسلو /' with 'يوم امس الأربعاء 6-8-2008' (kept; 7 Aug 2008 was a Thursday); the page's later stamp 'يوليو 12, 2023' (a re-posting date) and the closing tag '//انتهى/صوت النرويج/رويترز/العربية' dropped; no headline in the stored text", True, """
صوت النرويج / الخميس 7 آب / اوسلو / أدان الاتحاد الأوروبي والاتحاد الإفريقي يوم امس الأربعاء 6-8-2008 الانقلاب الذي أسقط فيه قادة عسكريون الحكومة الموريتانية، معلنين تشكيل مجلس حاكم يقوده الجيش في هذه الدولة الواقعة شمال غرب إفريقيا.
وكان الجنود قد احتجزوا الرئيس سيدي محمد ولد الشيخ عبد الله داخل قصره، بعدما أقال ضباطا كبارا في الجيش في خضم أزمة سياسية.
وأفاد مسؤول في الرئاسة، فضّل عدم الكشف عن اسمه، بأن رئيس الوزراء ووزير الداخلية اعتُقلا كذلك واقتيدا إلى مكان مجهول.
وأوردت قناة العربية أن الجنود أوقفوا أيضا كبار القادة العسكريين الذين عيّنهم عبد الله في وقت سابق من صباح الأربعاء.
وروت أمل، ابنة الرئيس المخلوع، أن "ضباط الأمن في الحرس الرئاسي قدموا إلى بيتنا واقتادوا أبي"، مضيفة: "فُرض علينا البقاء في المنزل ومُنعنا من الخروج منه، والحراس منتشرون في المطبخ وغرف النوم بل وفي الحمامات، وقد قُطعت الهواتف. لا شك أنه انقلاب".
وأعلن الجيش قيام "مجلس دولة" يرأسه أحد الضباط المقالين، وهو قائد الحرس الرئاسي محمد ولد عبد العزيز.
""", [
    ev("au-eu-condemnation", "أدان الاتحاد الأوروبي والاتحاد الإفريقي يوم امس الأربعاء 6-8-2008", COUP, "'يوم امس الأربعاء 6-8-2008' = Wed 6 Aug 2008"),
    ev("coup", "الانقلاب الذي أسقط فيه قادة عسكريون الحكومة الموريتانية", COUP, "no own expression besides the condemnation's date; the coup of Wed 6 Aug 2008"),
    ev("president-arrested", "احتجزوا الرئيس سيدي محمد ولد الشيخ عبد الله داخل قصره", COUP, "no own expression; the arrest at 09:20 on Wed 6 Aug 2008 (ahl-alquran)"),
    ev("generals-dismissed", "بعدما أقال ضباطا كبارا في الجيش", COUP, "no own expression; the dismissal decree read on the radio on the morning of Wed 6 Aug 2008 (al-jazirah 'صباح أمس')"),
    ev("pm-arrested", "بأن رئيس الوزراء ووزير الداخلية اعتُقلا كذلك", COUP, "no own expression; arrested with the president on Wed 6 Aug 2008"),
    ev("council-of-state-formed", "وأعلن الجيش قيام \"مجلس دولة\"", COUNCIL[0], "no own expression; announced on Wed 6 Aug, composition at dawn on Thu 7 Aug 2008 (my span 6-7 Aug)", end=COUNCIL[1]),
])
art(S, "https://al-jazirah.com/2008/20080807/fr2.htm",
    "2008-08-07", "date in the URL '/2008/20080807/' (the print issue of Thu 7 Aug 2008); the body's 'الأربعاء' and 'صباح أمس' (the decree of Wed 6 Aug) agree; no headline in the stored text; the last, truncated word 'الوط' completed to 'الوطني'; no date of its own in the text", False, """
نواكشوط - وكالات:
احتجز عسكريون الأربعاء الرئيس الموريتاني سيدي ولد شيخ عبد الله ورئيس الوزراء يحيى ولد أحمد الواقف، وقطعوا بث الإذاعة والتلفزيون الموريتانيين، وفق مصادر أمنية أكدت وقوع انقلاب عسكري في موريتانيا.
وأوضح المتحدث باسم الرئاسة الموريتانية عبدالله محمد أن منفذ الانقلاب العسكري هو الجنرال محمد ولد عبد العزيز، الذي أُعفي من منصبيه رئيسا للأركان الخاصة للرئيس الموريتاني وقائدا للحرس الرئاسي.
وأضافت المصادر الأمنية أن العسكريين نقلوا رئيس الدولة، وهو أول رئيس يُنتخب ديموقراطياً (في اذار- مارس 2007) منذ نيل البلاد استقلالها في 1960، إلى جهة غير معروفة، بينما احتُجز رئيس الحكومة في ثكنة مجاورة لمقر الرئاسة.
من جهة أخرى، أعلن وزير الاتصالات في بيان أن الانقلابيين في موريتانيا، الذين أسسوا (مجلس الدولة) بزعامة الجنرال محمد ولد عبد العزيز، أبطلوا التعيينات الأخيرة في الجيش التي أقرها الرئيس سيدي ولد شيخ عبد الله.
وورد في البيان، الذي قرأه الوزير عبدالله سالم ولد المولى على التلفزيون الرسمي، أن مرسوم التعيينات الرئاسية (لاغ وباطل).
ولم تُقدَّم أي تفاصيل عن تركيبة مجلس الدولة. وكان الرئيس الموريتاني قد أصدر صباح أمس مرسوماً بُث عبر الإذاعة الوطنية، أجرى بموجبه تغييرات في قيادة الجيش والدرك والحرس الوطني.
""", [
    ev("president-arrested", "احتجز عسكريون الأربعاء الرئيس الموريتاني", COUP, "'الأربعاء' in the issue of Thu 7 Aug 2008 = Wed 6 Aug"),
    ev("broadcast-cut", "وقطعوا بث الإذاعة والتلفزيون الموريتانيين", COUP, "'الأربعاء' = Wed 6 Aug 2008 (same sentence)"),
    ev("pm-arrested", "بينما احتُجز رئيس الحكومة في ثكنة مجاورة لمقر الرئاسة", COUP, "'الأربعاء' of the first sentence = Wed 6 Aug 2008"),
    ev("sidi-elected-2007", "أول رئيس يُنتخب ديموقراطياً (في اذار- مارس 2007)", "2007-03-11", "'في اذار- مارس 2007' = the presidential election of March 2007 (first round Sun 11 Mar, run-off Sun 25 Mar; my span)", end="2007-03-26"),
    ev("dismissal-decree-voided", "أبطلوا التعيينات الأخيرة في الجيش", COUP, "no own expression; the junta's statement read on TV on Wed 6 Aug 2008"),
    ev("generals-dismissed", "وكان الرئيس الموريتاني قد أصدر صباح أمس مرسوماً", COUP, "'صباح أمس' in the issue of Thu 7 Aug 2008 = the morning of Wed 6 Aug"),
])
art(S, "https://www.aljamaa.net/ar/2008/08/07/%D9%85%D9%88%D8%B1%D9%8A%D8%AA%D8%A7%D9%86%D9%8A%D8%A7-%D8%A8%D8%B9%D8%AF-%D8%A7%D9%84%D8%A7%D9%86%D9%82%D9%84%D8%A7%D8%A8-%D8%A7%D9%84%D8%AC%D9%8A%D8%B4-%D9%8A%D8%AA%D8%B9%D9%87%D8%AF-%D8%A8%D8%AA/",
    "2008-08-07", "date in the URL '/2008/08/07/' (7 Aug 2008 was a Thursday); the body's 'اليوم الخميس' and 'أمس الأربعاء' agree; headline rendered from the (truncated) URL slug 'موريتانيا بعد الانقلاب الجيش يتعهد بت…'; the last, truncated quotation of General Ould Abdel Aziz dropped; no date of its own in the text", False, """
موريتانيا بعد الانقلاب.. الجيش يتعهد بتنظيم انتخابات رئاسية
خيّم الهدوء على شوارع موريتانيا اليوم الخميس عقب انقلاب عسكري (أبيض) نفذه الجيش ضد الرئيس الموريتاني سيدي ولد الشيخ عبد الله أمس الأربعاء، وإعلانه تشكيل مجلس يحكم الدولة لحين إجراء انتخابات رئاسية جديدة.
وكان الجيش الموريتاني قد نفذ، بقيادة الجنرال محمد ولد عبد العزيز، انقلابًا عسكريًا أبيض (لم تُرق فيه دماء) على نظام ولد عبد الله الحاكم أمس الأربعاء، ثم أُعلن فجر اليوم الخميس عن قيام “المجلس الأعلى للدولة” وعن فتح مطار نواكشوط الدولي.
وأوردت وكالة “نواكشوط” للأنباء أن المجلس أكد في بيان عزمه إجراء انتخابات رئاسية “حرة وشفافة” في أقصر مدة ممكنة، بالتشاور مع المؤسسات والقوى السياسية والمجتمع المدني، موضحا أن عضويته اقتصرت على العسكريين لتعذر إشراك المدنيين، وأنه يتألف من أحد عشر عضوا يرأسهم الجنرال محمد ولد عبد العزيز.
ونص البيان رقم2 الذي أعلن تشكيلة مجلس الدولة على ما يلي: “أنهى المجلس الأعلى للدولة بشكل نهائي سلطات رئيس الجمهورية المنصّب يوم 19 أبريل 2007، وسيتخذ المجلس الأعلى للدولة ما يلزم من تدابير لضمان استمرارية الدولة”.
""", [
    ev("calm-in-the-streets", "خيّم الهدوء على شوارع موريتانيا اليوم الخميس", "2008-08-07", "'اليوم الخميس' = Thu 7 Aug 2008 (URL)"),
    ev("coup", "انقلاب عسكري (أبيض) نفذه الجيش ضد الرئيس الموريتاني", COUP, "'أمس الأربعاء' from Thu 7 Aug = Wed 6 Aug 2008"),
    ev("council-of-state-formed", "أُعلن فجر اليوم الخميس عن قيام “المجلس الأعلى للدولة”", COUNCIL[0], "'فجر اليوم الخميس' = dawn of Thu 7 Aug 2008 for the composition; the council itself was announced on Wed 6 Aug (my span 6-7 Aug)", end=COUNCIL[1]),
    ev("airport-reopened", "وعن فتح مطار نواكشوط الدولي", "2008-08-07", "'فجر اليوم الخميس' = Thu 7 Aug 2008"),
    ev("election-pledge", "عزمه إجراء انتخابات رئاسية “حرة وشفافة”", "2008-08-07", "no own expression; the council's statement (no. 2) of the dawn of Thu 7 Aug 2008"),
    ev("sidi-sworn-in-2007", "رئيس الجمهورية المنصّب يوم 19 أبريل 2007", "2007-04-19", "'يوم 19 أبريل 2007' (Thu 19 Apr 2007, the inauguration)"),
])

# ---------------------------------------------------------------- egypt-morsi-ouster-2013
S = "egypt-morsi-ouster-2013"
OUSTER = "2013-07-03"                      # Wed 3 Jul 2013: al-Sisi's statement (~21:00 Cairo) removing Morsi, suspending the constitution
OATH = "2013-07-04"                        # Thu 4 Jul 2013: Adly Mansour sworn in as interim president
KATATNI = ("2013-07-03", "2013-07-05")     # Katatni and Bayoumi arrested on the evening / night of Wed 3 - Thu 4 Jul 2013
CABINET = "2013-07-09"                     # Tue 9 Jul 2013: Beblawi named prime minister, ElBaradei vice-president
art(S, "https://www.yemeress.com/aljnoobmedia/333626",
    "2013-07-03", "page stamp 'الأربعاء 03 يوليو 2013 11:06 مساءً' (kept as first line; 3 Jul 2013 was a Wednesday) with the dateline 'القاهرة (عدن الغد) خاص' (kept); the body's 'منذ لحظات' after al-Sisi's statement of that evening agrees; the copyright note 'المادة التحريرية خاصة بعدن الغد يمنع نقلها' and the last, truncated sentence dropped; no headline in the stored text", True, """
الأربعاء 03 يوليو 2013 11:06 مساءً
القاهرة (عدن الغد) خاص
أعلن الدكتور محمد مرسي، الرئيس المصري الذي عزله الجيش المصري منذ لحظات، رفضه ما أعلنته القيادة العامة للقوات المسلحة، معتبرا إياه انقلابا عسكريا مكتمل الأركان.
وكتب مرسي على صفحته الرسمية في فيسبوك أن "الإجراءات التي أعلنتها القيادة العامة للقوات المسلحة انقلاب عسكري مكتمل الأركان، يرفضه جملة وتفصيلا كل أحرار الوطن الذين ناضلوا كي تصبح مصر مجتمعا مدنيا ديموقراطيا".
وجاء أيضا على صفحته الشخصية في موقع التواصل الاجتماعي فيسبوك أن "السيد الرئيس، بصفته رئيسا للجمهورية والقائد الأعلى للقوات المسلحة، يطالب جميع المواطنين، مدنيين وعسكريين، قادة وجنودا، بالتزام الدستور والقانون وعدم الانصياع لهذا الانقلاب الذي يرجع بمصر إلى الوراء، والمحافظة على سلمية التحرك والابتعاد عن التورط في دماء أبناء الوطن، وعلى الجميع أن يتحملوا مسئولياتهم أمام الله ثم أمام الشعب والتاريخ".
وكان عبد الفتاح السيسي قد أعلن منذ لحظات، في كلمة بثها التلفزيون الرسمي المصري، خطة سياسية تقضي بتعطيل العمل بالدستور والدعوة إلى انتخابات رئاسية مبكرة، وبأن يتولى رئيس المحكمة الدستورية العليا إدارة شئون البلاد.
""", [
    ev("morsi-ousted", "الرئيس المصري الذي عزله الجيش المصري منذ لحظات", OUSTER, "'منذ لحظات' in a report stamped Wed 3 Jul 2013 23:06 = the evening of Wed 3 Jul"),
    ev("morsi-rejects", "رفضه ما أعلنته القيادة العامة للقوات المسلحة", OUSTER, "the stamp 'الأربعاء 03 يوليو 2013 11:06 مساءً'; Morsi's Facebook statement of the night of Wed 3 Jul"),
    ev("sisi-roadmap", "وكان عبد الفتاح السيسي قد أعلن منذ لحظات", OUSTER, "'منذ لحظات' = the evening of Wed 3 Jul 2013 (al-Sisi spoke at about 21:00 Cairo time)"),
    ev("constitution-suspended", "خطة سياسية تقضي بتعطيل العمل بالدستور", OUSTER, "no own expression; part of al-Sisi's statement of Wed 3 Jul 2013"),
])
art(S, "https://masrawy.com/news/news_egypt/details/2013/7/4/29304/%D9%85%D8%B5%D8%AF%D8%B1-%D8%A3%D9%85%D9%86%D9%8A-%D8%A7%D9%84%D9%82%D8%A8%D8%B6-%D8%B9%D9%84%D9%89-%D8%B3%D8%B9%D8%AF-%D8%A7%D9%84%D9%83%D8%AA%D8%A7%D8%AA%D9%86%D9%8A-%D9%88%D8%B1%D8%B4%D8%A7%D8%AF-%D8%A7%D9%84%D8%A8%D9%8A%D9%88%D9%85%D9%8A",
    "2013-07-04", "date in the URL '/2013/7/4/' (4 Jul 2013 was a Thursday); the body's 'الأربعاء' (the security source) and 'الخميس' (the son's post) agree; headline and byline kept from the page (reworded); the last, truncated quotation of Morsi dropped; no date of its own in the text", False, """
مصدر أمني: توقيف سعد الكتاتني ورشاد البيومي
كتب - محمد الحكيم:
ذكرت مصادر أمنية لـ''مصراوي''، الأربعاء، أن الأجهزة الأمنية قبضت على سعد الكتاتني، رئيس حزب الحرية والعدالة ورئيس مجلس الشعب السابق، وعلى رشاد البيومي، نائب المرشد العام لجماعة الإخوان المسلمين.
وكتب معاذ محمد سعد الكتاتني، ابن رئيس حزب الحرية والعدالة، على حسابه الرسمي في موقع التواصل الاجتماعي ''فيسبوك'' الخميس: ''منذ ساعتان تقريباً جاء إلى منزلنا نحو 12 شخصا بملابس مدنية لاعتقال الوالد واقتادوه إلى مكان مجهول.. الاعتقال في سبيل وطننا هنيئاً له وفخر لنا، ولا نقول إلا ما يرضي ربنا.. حسبنا الله سيؤتينا من فضله إنا إلى ربنا راغبون.. لكن يا من تدّعون الحرية، كيف تدعونه إلى الحوار عصراً ثم تعتقلونه مساءً.. مرحبا بعصر الحريات الجديد!''.
ويأتي ذلك بعدما قررت القوات المسلحة إسناد إدارة شؤون البلاد إلى رئيس المحكمة الدستورية العليا وتعطيل العمل بالدستور الحالي، في إطار خارطة الطريق التي قال الجيش إنه سيكشف عنها عقب انتهاء مهلة يومين أعطاها للجميع للخروج من الأزمة الحالية.
ومن جهته، أكد الدكتور محمد مرسي أن ما أعلنته القيادة العامة للقوات المسلحة من إجراءات يمثل انقلاباً عسكريا مكتمل الأركان.
""", [
    ev("katatni-arrested", "أن الأجهزة الأمنية قبضت على سعد الكتاتني", KATATNI[0], "'الأربعاء' (the security source) and the son's post of 'الخميس' ('منذ ساعتان تقريباً', 'تعتقلونه مساءً') = the evening / night of Wed 3 - Thu 4 Jul 2013 (my span)", end=KATATNI[1]),
    ev("sisi-roadmap", "بعدما قررت القوات المسلحة إسناد إدارة شؤون البلاد", OUSTER, "no own expression; the army's statement of the evening of Wed 3 Jul 2013"),
    ev("constitution-suspended", "وتعطيل العمل بالدستور الحالي", OUSTER, "no own expression; part of the statement of Wed 3 Jul 2013"),
    ev("army-ultimatum", "عقب انتهاء مهلة يومين أعطاها للجميع", "2013-07-01", "'مهلة يومين' = the army's 48-hour ultimatum of the afternoon of Mon 1 Jul 2013, expired on the afternoon of Wed 3 Jul (my span)", end="2013-07-04"),
    ev("morsi-rejects", "أكد الدكتور محمد مرسي أن ما أعلنته القيادة العامة", OUSTER, "no own expression; Morsi's statement of the night of Wed 3 Jul 2013 (Aden al-Ghad, 23:06)"),
])
art(S, "https://www.aljamaa.net/ar/2013/07/04/%D9%85%D8%B5%D8%B1-%D8%A7%D9%84%D8%AC%D9%8A%D8%B4-%D9%8A%D9%86%D9%82%D9%84%D8%A8-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D9%85%D9%86%D8%AA%D8%AE%D8%A8/",
    "2013-07-04", "the body's 'اليوم الخميس 4 يوليوز 2013' (kept; 4 Jul 2013 was a Thursday) and the URL '/2013/07/04/'; headline rendered from the URL slug 'مصر الجيش ينقلب على الرئيس المنتخب'; stray closing brackets of the page removed; the last, truncated words ('وبعض القيادات الأخرى من ا…') shortened to 'وقيادات أخرى'", True, """
مصر: الجيش ينقلب على الرئيس المنتخب
أطاحت القوات المسلحة المصرية برئيس مصر المنتخب محمد مرسي، وأحلّت محله رئيس المحكمة الدستورية العليا ليدير شؤون البلاد لحين إجراء انتخابات رئاسية مبكرة.
وفي انقلاب عسكري على الشرعية، أوقفت القوات المسلحة كذلك العمل بالدستور الذي صادق عليه الشعب المصري في الاستفتاء، وقررت تأليف حكومة كفاءات قوية تُمنح كامل الصلاحيات لإدارة المرحلة الانتقالية، وتشكيل لجنة تراجع التعديلات الدستورية. وهي قرارات أعلنها قائد الانقلاب في مشهد حضره شيخ الأزهر وزعيم الكنيسة القبطية.
وأدى عدلي منصور، رئيس المحكمة الدستورية العليا، اليمين الدستورية رئيسًا مؤقتًا لمصر، اليوم الخميس 4 يوليوز 2013، في مقر المحكمة جنوب القاهرة.
ورحبت السعودية والإمارات وقطر بالتغيير الجديد، في حين أعلنت تركيا أنها لن تتعامل إلا مع الرئيس الشرعي محمد مرسي.
وما زال مكان الرئيس محمد مرسي مجهولا.
واستكمالا للمشهد المصري الجديد، أصدرت النيابة العامة أمرا بضبط وإحضار المرشد العام لجماعة الإخوان المسلمين محمد بديع ونائبه خيرت الشاطر بتهمة التحريض على قتل متظاهرين سلميين أمام مقر مكتب الإرشاد للجماعة، بينما اعتُقل سعد الكتاتني رئيس حزب الحرية والعدالة ومجلس الشورى وقيادات أخرى.
""", [
    ev("morsi-ousted", "أطاحت القوات المسلحة المصرية برئيس مصر المنتخب محمد مرسي", OUSTER, "no own expression; the army's statement of the evening of Wed 3 Jul 2013"),
    ev("constitution-suspended", "أوقفت القوات المسلحة كذلك العمل بالدستور", OUSTER, "no own expression; part of the statement of Wed 3 Jul 2013"),
    ev("mansour-sworn-in", "وأدى عدلي منصور، رئيس المحكمة الدستورية العليا، اليمين الدستورية", OATH, "'اليوم الخميس 4 يوليوز 2013' = Thu 4 Jul 2013"),
    ev("gulf-welcome", "ورحبت السعودية والإمارات وقطر بالتغيير الجديد", OUSTER, "no own expression; the Saudi and Emirati messages came on the night of Wed 3 Jul, Qatar's on Thu 4 Jul 2013 (my span)", end="2013-07-05"),
    ev("badie-warrant", "أصدرت النيابة العامة أمرا بضبط وإحضار المرشد العام", OATH, "no own expression; the prosecution's order of Thu 4 Jul 2013 (onmagharebia/al-Jazeera: 'اليوم الخميس')"),
    ev("katatni-arrested", "بينما اعتُقل سعد الكتاتني", KATATNI[0], "no own expression; the arrest of the night of Wed 3 - Thu 4 Jul 2013 (masrawy; my span)", end=KATATNI[1]),
])
art(S, "https://www.albawaba.com/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%A7%D9%84%D8%A8%D9%8A%D9%84%D8%A7%D9%88%D9%8A-%D8%B1%D8%A6%D9%8A%D8%B3%D8%A7-%D9%84%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D9%88%D8%A7%D9%84%D8%A8%D8%B1%D8%A7%D8%AF%D8%B9%D9%8A-%D9%86%D8%A7%D8%A6%D8%A8%D8%A7-%D9%84%D9%85%D9%86%D8%B5%D9%88%D8%B1-%D9%88%D8%AA%D9%85%D8%B1%D8%AF-%D8%AA%D8%B1%D9%81%D8%B6-%D8%A7%D9%84%D8%A7%D8%B9%D9%84%D8%A7%D9%86-%D8%A7%D9%84%D8%AF%D8%B3%D8%AA%D9%88%D8%B1%D9%8A-505480",
    "2013-07-09", "page date line 'منشور 09 تمّوز / يوليو 2013 - 03:03' (kept as second line; 9 Jul 2013 was a Tuesday); the Beblawi nomination and the Nour party's statement of Tue 9 Jul agree; headline kept from the page (reworded); the photo captions, the repeated sub-heading and the last, truncated quotation of Tamarod dropped", True, """
الببلاوي رئيسا للحكومة والبرادعي نائبا لمنصور وتمرد ترفض الاعلان الدستوري
منشور 09 تمّوز / يوليو 2013 - 03:03
تحدثت تقارير متطابقة عن تكليف حازم الببلاوي بتولي رئاسة الحكومة المصرية، وقد شرع في اختيار أعضاء فريقه الوزاري، بينما عُيّن الدكتور محمد البرادعي نائبا لرئيس الجمهورية للشؤون الخارجية.
وبحسب موقع ويكيبيديا، فإن الدكتور حازم عبد العزيز الببلاوي (ولد في 17 أكتوبر 1936) اقتصادي ومفكر وكاتب مصري، عمل مستشارا لصندوق النقد العربي في أبو ظبي، واختير في 16 يوليو 2011 نائباً لرئيس مجلس الوزراء ووزيراً للمالية في حكومة عصام شرف.
وقد قدّم استقالته من منصبه 11 أكتوبر 2011 على خلفية أحداث ماسبيرو، غير أن المشير رفضها.
من جهته، صرح زعيم حزب النور السلفي بأن "الحزب لا يمانع في ترشيح الببلاوي لرئاسة وزراء مصر"، علما بأن الحزب كان قد اعترض سابقا على تعيين البرادعي رئيساً للحكومة.
وفي سياق متصل، أعلنت حركة تمرد، صاحبة الدعوة إلى تظاهرات 30 حزيران/يونيو الحاشدة التي طالبت برحيل الرئيس المعزول محمد مرسي، رفضها الإعلان الدستوري الجديد، معتبرةً أنه يضع أسس "دكتاتورية جديدة".
""", [
    ev("beblawi-named-pm", "تكليف حازم الببلاوي بتولي رئاسة الحكومة المصرية", CABINET, "no own expression; the presidency named Beblawi on Tue 9 Jul 2013 (the date line; nashwannews: 'الثلاثاء')"),
    ev("elbaradei-vice-president", "بينما عُيّن الدكتور محمد البرادعي نائبا لرئيس الجمهورية", CABINET, "no own expression; announced with Beblawi's nomination on Tue 9 Jul 2013"),
    ev("beblawi-deputy-pm-2011", "واختير في 16 يوليو 2011 نائباً لرئيس مجلس الوزراء", "2011-07-16", "'في 16 يوليو 2011' (as stated)"),
    ev("nour-accepts-beblawi", "صرح زعيم حزب النور السلفي بأن", CABINET, "no own expression; Younis Makhyoun's statement of Tue 9 Jul 2013 (nashwannews: 'اليوم')"),
    ev("june-30-protests", "صاحبة الدعوة إلى تظاهرات 30 حزيران/يونيو الحاشدة", "2013-06-30", "'30 حزيران/يونيو' = Sun 30 Jun 2013"),
    ev("tamarod-rejects-declaration", "رفضها الإعلان الدستوري الجديد", "2013-07-08", "no own expression; Tamarod rejected the declaration issued late on Mon 8 Jul 2013 in tweets reported on Tue 9 Jul (my span 8-9 Jul)", end="2013-07-10"),
])

# ---------------------------------------------------------------- yemen-houthi-constitutional-declaration-2015
S = "yemen-houthi-constitutional-declaration-2015"
DECL = "2015-02-06"                        # Fri 6 Feb 2015: the Houthis' "constitutional declaration" read at the Republican Palace in Sanaa
SAT = "2015-02-07"                         # Sat 7 Feb 2015: the GCC statement, the protests in Sanaa and other cities, 17 protesters abducted
art(S, "https://www.yemeress.com/adenalghad/148129",
    "2015-02-06", "no date line on the stored page; the body's 'مساء اليوم الجمعة' with the known declaration of Fri 6 Feb 2015 gives the day (Aden al-Ghad reported the ceremony as it happened); no headline in the stored text; the last, truncated clause of article 6 dropped ('ويحق للجنة الثورية ضم من…'); no date of its own in the text", False, """
فاجأت جماعة "أنصار الله" (الحوثيون) الجميع مساء اليوم الجمعة بإصدارها ما سمته "الإعلان الدستوري"، الذي قضى بحل مجلس النواب الحالي وإحلال مجلس وطني من 551 عضواً محله، تتولى لجنتها الثورية اختيار أعضائه.
وجرت مراسم الاعلان الدستوري في القصر الجمهوري وسط العاصمة صنعاء، بحضور شخصيات في مقدمتها وزير الدفاع المستقيل محمود الصبيحي ووزير الداخلية المستقيل جلال الرويشان.
ويتألف إعلان "الحوثيين" من 16 مادة، تنص على مواصلة العمل بأحكام الدستور النافذ ما لم تتعارض صراحة أو ضمناً مع هذا الاعلان، وتنظم قواعد الحكم خلال المرحلة الانتقالية.
وتكفل المادة الثالثة الحقوق والحريات العامة وتلزم الدولة بحمايتها، فيما تقيم المادة الرابعة السياسة الخارجية للدولة على حسن الجوار وعدم التدخل في الشؤون الداخلية للدول واعتماد الوسائل السلمية في حل النزاعات بما يصون استقلال الوطن وسيادته.
وبحسب المادتين الخامسة والسادسة، فإن اللجنة الثورية العليا هي المعبرة عن الثورة وتتفرع عنها لجان ثورية في المحافظات والمديريات، ويُشكَّل بقرار منها مجلس وطني انتقالي من 551 عضواً يحل محل مجلس النواب المنحل ويضم المكونات غير الممثلة فيه.
""", [
    ev("declaration-issued", "بإصدارها ما سمته \"الإعلان الدستوري\"", DECL, "'مساء اليوم الجمعة' = the evening of Fri 6 Feb 2015"),
    ev("parliament-dissolved", "الذي قضى بحل مجلس النواب الحالي", DECL, "'مساء اليوم الجمعة' = Fri 6 Feb 2015 (same sentence)"),
    ev("declaration-ceremony", "وجرت مراسم الاعلان الدستوري في القصر الجمهوري", DECL, "no own expression; the ceremony of the evening of Fri 6 Feb 2015"),
    ev("national-council-551", "ويُشكَّل بقرار منها مجلس وطني انتقالي", DECL, "no own expression; decreed by the declaration of Fri 6 Feb 2015"),
])
art(S, "https://howiyapress.com/7047-2/",
    "2015-02-07", "page stamp '07 فبراير 2015 15:26' and date line 'السبت 07 فبراير 2015' (both kept; 7 Feb 2015 was a Saturday); the body's 'اليوم السبت' agrees; headline kept from the page (reworded); the page furniture (latest news, weather, caricature) dropped", True, """
دول مجلس التعاون الخليجي تدين ما سمته «انقلاب» الحوثيين في اليمن
07 فبراير 2015 15:26
هوية بريس – متابعة
السبت 07 فبراير 2015
أدانت دول مجلس التعاون الخليجي، اليوم السبت، ما اعتبرته “انقلابا” نفذه الحوثيون في اليمن، الذين حلوا البرلمان وأقاموا مجلسا رئاسيا يدير شؤون البلاد.
وأكد المجلس، في بيان صدر عن مقره في الرياض، أن “هذا الانقلاب الحوثي تصعيد خطير مرفوض لا يمكن القبول به بأي حال، وهو يتعارض بشكل صارخ مع نهج التعددية والتعايش الذي عُرف به المجتمع اليمني، ويهدد أمن اليمن واستقراره وسيادته ووحدته”.
ويتكون مجلس التعاون الخليجي من المملكة العربية السعودية والبحرين والامارات العربية المتحدة والكويت وسلطنة عمان وقطر.
""", [
    ev("gcc-condemns", "أدانت دول مجلس التعاون الخليجي، اليوم السبت", SAT, "'اليوم السبت' = Sat 7 Feb 2015 (date line)"),
    ev("parliament-dissolved", "الذين حلوا البرلمان", DECL, "no own expression; the declaration of Fri 6 Feb 2015"),
    ev("presidential-council", "وأقاموا مجلسا رئاسيا يدير شؤون البلاد", DECL, "no own expression; the five-member presidential council decreed on Fri 6 Feb 2015"),
])
art(S, "https://djazairess.com/elkhabar/447503",
    "2015-02-07", "no date line on the stored page; the body's 'اليوم السبت' with 'أمس الجمعة' for the declaration of Fri 6 Feb 2015 gives Sat 7 Feb 2015; no headline in the stored text; the last, truncated sentence dropped; no date of its own in the text", False, """
أفادت تقارير اعلامية بأن صنعاء، العاصمة اليمنية، ومدنا أخرى شهدت اليوم السبت مظاهرات تندد بـ"الاعلان الدستوري" الذي أصدرته (جماعة الحوثي) المتمردة، المسيطرة حاليا على مقاليد الحكم في اليمن، لتنظيم الفترة الانتقالية في البلاد.
وخرجت في ساحة التغيير وسط صنعاء مظاهرات شارك فيها المئات من الشباب والنشطاء وطلاب جامعة صنعاء، أعلنوا فيها رفضهم لهذا الإعلان.
وحمل المتظاهرون لافتات ترفض الإعلان الدستوري، ورددوا شعار "يرحل يرحل حكم الحوثي".
وأفاد شهود عيان بأن "مسلحين من جماعة الحوثي حاصروا المكان، وخطفوا قرابة 17 من المتظاهرين ونقلوهم إلى جهات مجهولة".
وسارت كذلك مسيرة حاشدة في عدد من الشوارع الرئيسية بمحافظة ذمار (100 كم جنوب العاصمة) رفضا لـ(الإعلان الدستوري) الصادر عن جماعة الحوثي.
وجاء في بيان للمسيرة أن "أهالي محافظة ذمار يرفضون الإعلان الدستوري الحوثي، الذي يمثل خروجا عن الإجماع الوطني".
وهتف المشاركون في المسيرة بشعارات تندد بالجماعة وتحركاتها.
وشهدت كذلك محافظات إب وتعز والحديدة ومدن أخرى مظاهرات حاشدة تندد بـ"الاعلان الدستوري".
وكان الحوثيون الشيعة قد أصدروا أمس الجمعة "اعلانا دستوريا" يقضي بحل البرلمان وتشكيل مجلس وطني من 551 عضوا ينبثق عنه مجلس رئاسي من خمسة أعضاء وحكومة انتقالية.
""", [
    ev("protests-against-declaration", "ومدنا أخرى شهدت اليوم السبت مظاهرات تندد", SAT, "'اليوم السبت' = Sat 7 Feb 2015"),
    ev("protesters-abducted", "وخطفوا قرابة 17 من المتظاهرين", SAT, "no own expression; the Change Square protest of 'اليوم السبت' = Sat 7 Feb 2015"),
    ev("dhamar-march", "وسارت كذلك مسيرة حاشدة في عدد من الشوارع الرئيسية بمحافظة ذمار", SAT, "no own expression; in the report of 'اليوم السبت' = Sat 7 Feb 2015"),
    ev("declaration-issued", "وكان الحوثيون الشيعة قد أصدروا أمس الجمعة", DECL, "'أمس الجمعة' from Sat 7 Feb = Fri 6 Feb 2015"),
    ev("parliament-dissolved", "يقضي بحل البرلمان", DECL, "'أمس الجمعة' = Fri 6 Feb 2015 (same sentence)"),
    ev("national-council-551", "وتشكيل مجلس وطني من 551 عضوا", DECL, "'أمس الجمعة' = Fri 6 Feb 2015 (same sentence)"),
])
art(S, "http://www.alittihad.ae/details.php?id=14040&y=2015",
    "2015-02-08", "page line 'تاريخ النشر: الأحد 08 فبراير 2015' (kept; 8 Feb 2015 was a Sunday); the page's current-date banner ('الأحـد 12 ربيع الأول 1438هـ - 11 ديسمبر 2016م', the day the page was stored) and the font-size widget dropped; headline and sub-headline joined into one line (reworded); the last, truncated quotation of the 'Rafd' movement dropped", True, """
المتمردون يشكلون لجنة أمنية ويهددون معارضي الإعلان الدستوري.. حراك شعبي ضد انقلاب «الحوثيين» وتلويح دولي بالعقوبات
تاريخ النشر: الأحد 08 فبراير 2015
عقيل الحلالي (صنعاء)
حذّر الحوثيون القوى السياسية من عواقب الاعتراض على الإعلان الدستوري الذي أحكموا به قبضتهم المطلقة على البلاد، في حين لوّح مجلس الأمن بفرض عقوبات على الانقلابيين، وشهدت المدن اليمنية تصاعدا في الحراك الشعبي الرافض للبيان الذي قضى بحل البرلمان وتشكيل مجلس رئاسي مؤقت يدير شؤون البلاد.
وتظاهر عشرات في ساحة التغيير قبالة جامعة صنعاء رفضاً لما وصفوه بأنه «انقلاب حوثي على سلطات الدولة».
وأفاد شهود بأن مسلحين حوثيين أطلقوا الرصاص الحي لتفريق المحتجين الذين كانوا يهتفون ضد الجماعة المتمردة.
وذكر ناشطون أن مسلحين حوثيين بملابس الشرطة وآخرين بثياب مدنية انهالوا بأعقاب البنادق على عدد من المتظاهرين، ثم خطفوا 17 منهم بينهم صحفي واقتادوهم إلى جهة مجهولة.
""", [
    ev("houthi-warning", "حذّر الحوثيون القوى السياسية من عواقب الاعتراض", SAT, "no own expression; the Houthis' warnings of Sat 7 Feb 2015 (Abdulmalik al-Houthi's televised speech, aljarida: 'أمس' in its issue of Sun 8 Feb)"),
    ev("parliament-dissolved", "للبيان الذي قضى بحل البرلمان", DECL, "no own expression; the declaration of Fri 6 Feb 2015"),
    ev("presidential-council", "وتشكيل مجلس رئاسي مؤقت يدير شؤون البلاد", DECL, "no own expression; decreed by the declaration of Fri 6 Feb 2015"),
    ev("protests-against-declaration", "وتظاهر عشرات في ساحة التغيير قبالة جامعة صنعاء", SAT, "no own expression; the Change Square protest of Sat 7 Feb 2015 (elkhabar: 'اليوم السبت')"),
    ev("live-fire-on-protesters", "أطلقوا الرصاص الحي لتفريق المحتجين", SAT, "no own expression; at the protest of Sat 7 Feb 2015"),
    ev("protesters-abducted", "ثم خطفوا 17 منهم بينهم صحفي", SAT, "no own expression; at the protest of Sat 7 Feb 2015 (elkhabar: 'اليوم السبت')"),
])

# ---------------------------------------------------------------- niger-bazoum-coup-2023
S = "niger-bazoum-coup-2023"
SEIZE = "2023-07-26"                       # Wed 26 Jul 2023: the Presidential Guard held Bazoum in the palace from the morning
TV = ("2023-07-26", "2023-07-28")          # the televised statement of Col. Amadou Abdramane: late on Wed 26 Jul, Niamey time (after midnight, Thu 27, in the Gulf)
FRI = "2023-07-28"                         # Fri 28 Jul 2023: Gen. Tchiani's address as head of the CNSP and his ordinance suspending the constitution
art(S, "https://alitaliyanews.com/2023/07/blog-post_27.html",
    "2023-07-27", "the body's dateline 'الإيطالية نيوز، الخميس 27 يوليو 2023 -' (kept; 27 Jul 2023 was a Thursday) and the URL '/2023/07/'; the body's 'مساء أمس الأربعاء' agrees; headline kept from the page (reworded); the site's menu and social icons dropped", True, """
جيش النيجر يعلن الانقلاب على الرئيس
الإيطالية نيوز، الخميس 27 يوليو 2023 - أعلنت مجموعة من جنود جيش النيجر، في بث مباشر على التلفزيون الوطني مساء أمس الأربعاء، أنها أسقطت الرئيس «محمد بازوم»، الموالي للغرب والمنتخب ديمقراطيًا منذ عامين.
وأوضح العقيد «أمادو عبد الرحمن»، المتحدث باسم المجموعة، أن عزله كان لا بد منه أمام "التدهور المتواصل للوضع الأمني وسوء التدبير الاقتصادي والاجتماعي". ويُرجح أن «بازوم» محتجز، غير أنه لا تتوفر معلومات مؤكدة بشأنه.
وكان عناصر من الحرس الرئاسي النيجري، وهو وحدة خاصة في الجيش، قد طوقوا صباح الأربعاء قصر الرئيس «بازوم» ومقار عدة وزارات في "نيامي"، عاصمة البلاد، ولم يتضح في البداية إن كان الأمر هجوما أم انقلابا.
وتطلق المجموعة التي أطاحت بـ«بازوم» على نفسها اسم المجلس القومي لحماية الوطن، وقد أعلن «عبد الرحمن»، وحوله تسعة جنود، إغلاق كل الحدود البرية والجوية للنيجر وفرض حظر للتجوّل و"تعليق عمل جميع المؤسسات"، مضيفا أن إدارة البلاد أُسندت في الوقت الحالي إلى جهاز الأمن.
""", [
    ev("tv-announcement", "أعلنت مجموعة من جنود جيش النيجر، في بث مباشر على التلفزيون الوطني", TV[0], "'مساء أمس الأربعاء' from Thu 27 Jul = the evening of Wed 26 Jul 2023 (late at night in Niamey; ksaplayers, in Gulf time, says 'اليوم الخميس'; my span 26-27 Jul)", end=TV[1]),
    ev("bazoum-elected", "والمنتخب ديمقراطيًا منذ عامين", "2021-02-21", "'منذ عامين' from July 2023 = the presidential run-off of Sun 21 Feb 2021 (outside knowledge)"),
    ev("guard-seizes-palace", "قد طوقوا صباح الأربعاء قصر الرئيس «بازوم»", SEIZE, "'صباح الأربعاء' = the morning of Wed 26 Jul 2023"),
    ev("borders-closed", "إغلاق كل الحدود البرية والجوية للنيجر", TV[0], "no own expression; in the televised statement of the night of Wed 26 - Thu 27 Jul 2023 (my span)", end=TV[1]),
    ev("curfew-imposed", "وفرض حظر للتجوّل", TV[0], "no own expression; the curfew (22:00-05:00, lesoir.tn) announced in the same statement of the night of Wed 26 - Thu 27 Jul 2023 (my span)", end=TV[1]),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=32702152",
    "2023-07-27", "no date line on the stored page; the body's 'اليوم الخميس' for the televised statement (read after midnight Gulf time) and 'في وقت سابق أمس' for the presidency's statement of Wed 26 Jul give Thu 27 Jul 2023; the share button dropped; no headline in the stored text; no date of its own in the text", False, """
أعلن عسكريون في النيجر، اليوم الخميس، عبر التلفزيون الوطني أنهم عزلوا الرئيس محمد بازوم، وأعلنوا إغلاق حدود البلاد، بحسب ما نقلته وكالة رويترز للأنباء.
ويأتي ذلك بعد ساعات من محاولة عسكريين في البلاد اقتحام القصر الرئاسي وإسقاط الرئيس بازوم.
وكانت رئاسة النيجر قد ذكرت في بيان في وقت سابق أمس أن بعض عناصر الحرس الرئاسي شرعوا في حركة «مناهضة للجمهورية» و«فاشلة»، وأن الجيش الوطني جاهز لمهاجمتهم «إذا لم يعودوا لرشدهم».
وكتبت رئاسة النيجر في رسالة على تويتر: «اعترت لحظة غضب عناصر من الحرس الرئاسي.. وحاولوا دون جدوى استمالة القوات المسلحة الوطنية والحرس الوطني».
وتابعت أن «الجيش والحرس الوطني مستعدان لمهاجمة عناصر الحرس الرئاسي الضالعين في لحظة الغضب هذه، ما لم يعودوا إلى صوابهم»، مؤكدة أن «الرئيس وعائلته بخير».
""", [
    ev("tv-announcement", "أعلن عسكريون في النيجر، اليوم الخميس، عبر التلفزيون الوطني", TV[0], "'اليوم الخميس' (Gulf time) = the statement read late on Wed 26 Jul in Niamey, after midnight of Thu 27 Jul in the Gulf (my span 26-27 Jul)", end=TV[1]),
    ev("borders-closed", "وأعلنوا إغلاق حدود البلاد", TV[0], "same statement, night of Wed 26 - Thu 27 Jul 2023 (my span)", end=TV[1]),
    ev("guard-seizes-palace", "محاولة عسكريين في البلاد اقتحام القصر الرئاسي", SEIZE, "'بعد ساعات' before the statement = Wed 26 Jul 2023"),
    ev("presidency-statement", "وكانت رئاسة النيجر قد ذكرت في بيان في وقت سابق أمس", SEIZE, "'في وقت سابق أمس' = Wed 26 Jul 2023"),
])
art(S, "https://kifache.com/%d8%a7%d9%86%d9%82%d9%84%d8%a7%d8%a8-%d8%a7%d9%84%d9%86%d9%8a%d8%ac%d8%b1-%d8%a7%d9%84%d8%ac%d9%86%d8%b1%d8%a7%d9%84-%d8%b9%d8%a8%d8%af-%d8%a7%d9%84%d8%b1%d8%ad%d9%85%d9%86-%d8%aa%d8%b4%d9%8a%d8%a7",
    "2023-07-28", "page stamp 'الجمعة 28 يوليو 2023 على الساعة 14:05' (kept as second line; 28 Jul 2023 was a Friday) and the body's 'اليوم الجمعة (28 يوليوز)'; the site's ticker of other news and the 'عاجل' tag dropped; headline kept from the page (reworded); the last, truncated quotation ('التضحيا…') completed from the same AFP report as quoted by lemaroc35", True, """
انقلاب النيجر.. الجنرال عبد الرحمن تشياني على رأس ”المجلس الوطني لحماية الوطن”
الجمعة 28 يوليو 2023 على الساعة 14:05
قرأ الجنرال عبد الرحمن تشياني، اليوم الجمعة (28 يوليوز)، بيانا نقله التلفزيون الوطني في النيجر، بصفته “رئيسا للمجلس الوطني لحماية الوطن”، أي المجلس العسكري الذي أسقط الرئيس المنتخب محمد بازوم.
وعلل رئيس الحرس الرئاسي، الجنرال تشياني، الانقلاب بـ”تدهور الوضع الأمني” في بلد يعاني من عنف الجماعات الإرهابية.
وأضاف أن عهد الرئيس بازوم شهد “خطابا سياسيا” سعى إلى إقناع الناس بأن “كل شيء على ما يرام”، في حين أن “الواقع القاسي بما يحمله من قتلى ونازحين وإذلال وإحباط” قائم.
ولفت إلى أن “المقاربة الأمنية المتبعة لم تتح تأمين البلاد رغم التضحيات الجسيمة التي قدمها شعب النيجر والدعم الملموس والمقدر من شركائنا الخارجيين”.
""", [
    ev("tchiani-address", "قرأ الجنرال عبد الرحمن تشياني، اليوم الجمعة (28 يوليوز)، بيانا", FRI, "'اليوم الجمعة (28 يوليوز)' = Fri 28 Jul 2023"),
    ev("bazoum-ousted", "أي المجلس العسكري الذي أسقط الرئيس المنتخب محمد بازوم", SEIZE, "no own expression; the coup of Wed 26 Jul 2023"),
    ev("tchiani-justifies-coup", "وعلل رئيس الحرس الرئاسي، الجنرال تشياني، الانقلاب", FRI, "no own expression; in the address of Fri 28 Jul 2023"),
])
art(S, "https://maghress.com/aldar/320569",
    "2023-07-29", "no date line on the stored page; the body's 'أمس الجمعة' for the ordinance that General Tchiani signed on Fri 28 Jul 2023 gives Sat 29 Jul 2023; the source tag 'المصدر / الدار و م ع' dropped; no headline in the stored text; no date of its own in the text", False, """
أصدر عبد الرحمن تشياني، رئيس "المجلس الوطني لحماية الوطن" الذي أسقط نظام الجمهورية السابعة في النيجر، أمس الجمعة أمرا يقضي بتعليق العمل بالدستور وحل المؤسسات المنبثقة عنه.
وأفاد بيان رسمي بأن تركيبة "المجلس الوطني لحماية الوطن" وطريقة عمله ستُحددان بمرسوم يصدره رئيس المجلس.
وأوضح البيان، الذي قرأه المتحدث باسم المجلس، أن "المجلس الوطني لحماية الوطن" يضطلع بكامل المهام التشريعية والتنفيذية في انتظار العودة إلى النظام الدستوري، وأن رئيسه يشغل منصب رئيس الدولة ويمثلها في العلاقات الدولية.
وعزا رئيس الحرس الرئاسي، الجنرال تشياني، الانقلاب إلى "تدهور الوضع الأمني" في البلاد التي يضربها عنف الجماعات الإرهابية.
وأكد أن عهد الرئيس بازوم عرف "خطابا سياسيا" حاول إيهام الناس بأن "كل شيء على ما يرام"، بينما يسود "الواقع القاسي بما يحمله من قتلى ونازحين وإذلال وإحباط".
""", [
    ev("constitution-suspended", "أمرا يقضي بتعليق العمل بالدستور", FRI, "'أمس الجمعة' from Sat 29 Jul = Fri 28 Jul 2023"),
    ev("bazoum-ousted", "الذي أسقط نظام الجمهورية السابعة في النيجر", SEIZE, "no own expression; the coup of Wed 26 Jul 2023"),
    ev("cnsp-takes-powers", "يضطلع بكامل المهام التشريعية والتنفيذية", FRI, "no own expression; the ordinance read on Fri 28 Jul 2023 ('أمس الجمعة')"),
    ev("tchiani-justifies-coup", "وعزا رئيس الحرس الرئاسي، الجنرال تشياني، الانقلاب", FRI, "no own expression; in the address of Fri 28 Jul 2023 (kifache: 'اليوم الجمعة (28 يوليوز)')"),
])

# ---------------------------------------------------------------- gabon-oligui-coup-2023
S = "gabon-oligui-coup-2023"
WED = "2023-08-30"                         # Wed 30 Aug 2023: results announced before dawn, the officers' statement on Gabon 24, Bongo under house arrest, Oligui named
OATH = "2023-09-04"                        # Mon 4 Sep 2023: Oligui Nguema sworn in before the Constitutional Court
art(S, "http://lananews.com/ar/?p=302223",
    "2023-08-30", "the wire dateline 'ليبرفيل 30 أغسطس 2023 (وال) -' (kept; 30 Aug 2023 was a Wednesday) and the body's 'اليوم الأربعاء'; no headline in the stored text; the last, truncated word 'الغاب' completed to 'الغابوني'", True, """
ليبرفيل 30 أغسطس 2023 (وال) - أُعلن اليوم الأربعاء عن وقوع انقلاب عسكري في الغابون ووضع الرئيس علي بونغو رهن الإقامة الجبرية، بينما شهدت شوارع العاصمة ليبرفيل مظاهرات داعمة للانقلاب.
وفي الوقت نفسه أُعلن فوز بونغو بولاية ثالثة في الانتخابات التي جرت السبت الماضي، بحصوله على (64.27%) من الأصوات، بعد اقتراع تخللته تأجيلات وشككت المعارضة في نتائجه.
وظهر بونغو في مقطع مصور من مقر إقامته الجبرية، يدعو فيه “كل العالم والأصدقاء إلى التحرك” ضد الذين اعتقلوه، وبدا القلق على ملامحه وهو يقول إنه في مقر إقامته ولا يعرف ما يجري، مضيفا أن ابنه محتجز في مكان ما وأن زوجته “مفقودة”.
وصرح قائد الحرس الجمهوري في جيش الغابون بريس أوليغي نغيما لصحيفة “لوموند” الفرنسية بأن الجنرالات سيلتقون في وقت لاحق من اليوم الأربعاء لاختيار من يقود المرحلة الانتقالية في البلاد بعد إزاحة بونغو، وأضاف الضابط المشارك في الانقلاب أن بونغو الموضوع قيد الإقامة الجبرية “أحيل إلى التقاعد ويتمتع بكل حقوقه”.
وانتقد الضباط طريقة إدارة الرئيس بونغو وأساليب قد تجر البلاد إلى الفوضى، معتبرين أن الانتخابات لم تُنظم وفق شروط اقتراع شفاف وذي مصداقية يشمل الجميع كما كان يأمل الشعب الغابوني.
""", [
    ev("bongo-ousted", "أُعلن اليوم الأربعاء عن وقوع انقلاب عسكري في الغابون", WED, "'اليوم الأربعاء' = Wed 30 Aug 2023 (dateline)"),
    ev("bongo-house-arrest", "ووضع الرئيس علي بونغو رهن الإقامة الجبرية", WED, "'اليوم الأربعاء' = Wed 30 Aug 2023 (same sentence)"),
    ev("pro-coup-rallies", "بينما شهدت شوارع العاصمة ليبرفيل مظاهرات داعمة للانقلاب", WED, "'اليوم الأربعاء' = Wed 30 Aug 2023 (same sentence)"),
    ev("bongo-declared-winner", "أُعلن فوز بونغو بولاية ثالثة", WED, "'في الوقت نفسه' as the coup of Wed 30 Aug 2023; the results were read before dawn on Wed 30 Aug 2023, shortly before the officers' statement"),
    ev("general-election", "في الانتخابات التي جرت السبت الماضي", "2023-08-26", "'السبت الماضي' from Wed 30 Aug = Sat 26 Aug 2023"),
    ev("bongo-video", "وظهر بونغو في مقطع مصور من مقر إقامته الجبرية", WED, "no own expression; the video released on Wed 30 Aug 2023"),
])
art(S, "https://alahedlb.info/article.php?cid=116&id=58269",
    "2023-08-30", "the body's 'اليوم الأربعاء (30/8/2023)' (kept; 30 Aug 2023 was a Wednesday); the section label 'الخليج والعالم' and the last, truncated sentence dropped; headline kept from the page (reworded)", True, """
الغابون: بريس نغيما على رأس المرحلة الانتقالية
أعلن قادة الانقلاب العسكري في الغابون، اليوم الأربعاء (30/8/2023)، أنهم اختاروا قائد الحرس الجمهوري، الجنرال بريس أوليغي نغيما، لقيادة المرحلة الانتقالية التي ستعيشها البلاد بعد إطاحة الرئيس علي بونغو أونديمبا واستيلاء العسكريين على السلطة.
كما أعلنوا أنّ "حظر التجوّل الليلي سيبقى ساريًا حتى إشعار آخر حفاظا على الهدوء"، وفق "وكالة الصحافة الفرنسية".
وكان اسم قائد الحرس الجمهوري قد لمع حين ظهر محمولًا على أكتاف الجنود، بعد ساعاتٍ من إعلان الضباط عزل بونغو.
وكان ضباط كبار في الجيش الغابوني قد أعلنوا "إنهاء النظام القائم" وإلغاء الانتخابات وتوليهم السلطة، ووضع الرئيس علي بونغو أونديمبا "قيد الإقامة الجبرية" مع عائلته وأطبائه، كما أوقف أحد أبنائه بتهمة "الخيانة العظمى".
ويُذكر أنّ بونغو ظهر بعد إعلان الانقلاب في تسجيلٍ مصور من مقر إقامته الجبرية، موجهًا رسالة إلى "كل العالم والأصدقاء" يطالبهم فيها بالتحرك ضد من اعتقلوه.
وتدفقت حشود جماهيرية كبيرة إلى الشوارع في الغابون تأييدا لتسلم الجيش السلطة.
""", [
    ev("oligui-named-leader", "أنهم اختاروا قائد الحرس الجمهوري، الجنرال بريس أوليغي نغيما", WED, "'اليوم الأربعاء (30/8/2023)' = Wed 30 Aug 2023"),
    ev("curfew-maintained", "حظر التجوّل الليلي سيبقى ساريًا حتى إشعار آخر", WED, "no own expression; announced with Oligui's nomination on Wed 30 Aug 2023"),
    ev("bongo-ousted", "وكان ضباط كبار في الجيش الغابوني قد أعلنوا \"إنهاء النظام القائم\"", WED, "no own expression; the officers' statement of the early morning of Wed 30 Aug 2023"),
    ev("bongo-house-arrest", "ووضع الرئيس علي بونغو أونديمبا \"قيد الإقامة الجبرية\"", WED, "no own expression; Wed 30 Aug 2023"),
    ev("bongo-video", "ويُذكر أنّ بونغو ظهر بعد إعلان الانقلاب في تسجيلٍ مصور", WED, "no own expression; the video of Wed 30 Aug 2023"),
    ev("pro-coup-rallies", "وتدفقت حشود جماهيرية كبيرة إلى الشوارع في الغابون", WED, "no own expression; the rallies of Wed 30 Aug 2023"),
])
art(S, "https://ar.taqadomy.net/policy/africa/%d8%a7%d9%84%d8%ba%d8%a7%d8%a8%d9%88%d9%86-%d8%a7%d9%84%d8%ac%d9%86%d8%b1%d8%a7%d9%84-%d9%86%d8%ba%d9%8a%d9%85%d8%a7-%d9%8a%d8%a4%d8%af%d9%8a-%d8%a7%d9%84%d9%8a%d9%85%d9%8a%d9%86-%d8%b1%d8%a6%d9%8a/",
    "2023-09-04", "no date line on the stored page; the body's 'اليوم الاثنين' with the known oath of Mon 4 Sep 2023 gives the day; headline rendered from the URL slug 'الغابون الجنرال نغيما يؤدي اليمين رئي…'; no date of its own in the text", False, """
الغابون: الجنرال نغيما يؤدي اليمين رئيسا للمرحلة الانتقالية
أقسم الجنرال بريس أوليغي نغيما، اليوم الاثنين، اليمين الدستورية رئيسا للمرحلة الانتقالية في الغابون، بعد إسقاط الرئيس علي بونغو.
وتعهد نغيما، أثناء أدائه القسم أمام المحكمة الدستورية، بإرساء “مؤسسات أكثر ديموقراطية” وإجراء “انتخابات حرة” في نهاية فترة انتقالية لم تُحدد مدتها بعد.
وأعلن كذلك أنه ينوي تعيين حكومة انتقالية خلال الأيام القليلة القادمة تضم أشخاصا ذوي خبرة، بحسب تعبيره، سيطلب منهم إطلاق سراح “سجناء الرأي” وإعادة “المنفيين السياسيين”.
""", [
    ev("oligui-sworn-in", "أقسم الجنرال بريس أوليغي نغيما، اليوم الاثنين، اليمين الدستورية", OATH, "'اليوم الاثنين' = Mon 4 Sep 2023"),
    ev("bongo-ousted", "بعد إسقاط الرئيس علي بونغو", WED, "no own expression; the coup of Wed 30 Aug 2023"),
    ev("transitional-government", "ينوي تعيين حكومة انتقالية خلال الأيام القليلة القادمة", "2023-09-07", "'خلال الأيام القليلة القادمة' from Mon 4 Sep = Raymond Ndong Sima named prime minister on Thu 7 Sep and the government named on Sat 9 Sep 2023 (outside knowledge; my span 7-9 Sep)", end="2023-09-10"),
])
art(S, "https://www.aljazeeramubasher.net/news/politics/2023/9/7/%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D8%BA%D8%A7%D8%A8%D9%88%D9%86-%D8%A7%D9%84%D8%A7%D9%86%D8%AA%D9%82%D8%A7%D9%84%D9%8A-%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3",
    "2023-09-07", "date in the URL '/2023/9/7/' (7 Sep 2023 was a Thursday; the page's own stamp gives only the month, 'date 2023-09'); the body's 'الأربعاء' for the statement of Wed 6 Sep agrees; headline rendered from the (truncated) URL slug 'رئيس الغابون الانتقالي الرئيس…' and the body; the embedded English tweet dropped; no date of its own in the text", False, """
رئيس الغابون الانتقالي: الرئيس المخلوع بونغو حر في التنقل
أعلن الجنرال بريس أوليغي نغيما، الرئيس الانتقالي للغابون، الأربعاء، في بيان نقله التلفزيون الحكومي، أنّ الرئيس المخلوع علي بونغو أونديمبا “حرّ في التنقّل” و”بوسعه السفر إلى الخارج إن أراد”.
ويخضع بونغو للإقامة الجبرية منذ أن أسقطه الجيش في انقلاب عسكري في 30 أغسطس/آب بعد حكم استمر 14 عامًا، وذلك بُعيد إعلان معسكره فوزه بولاية رئاسية جديدة في انتخابات وصفها الانقلابيون بالمزوّرة.
وقرأ الكولونيل أولريش مانفومبي مانفومبي على التلفزيون الحكومي بيانًا “موقّعًا” من الجنرال أوليغي، الذي تزعم الانقلاب وأدّى اليمين، الاثنين، رئيسًا انتقاليًا للبلاد.
ونص البيان على أنه “بالنظر إلى وضعه الصحّي، يتمتّع رئيس الجمهورية السابق علي بونغو أونديمبا بحريّة التنقّل، ويمكنه السفر إلى الخارج إن شاء لإجراء فحوصه الطبية”.
وكان بونغو قد تعرض لسكتة دماغية في أكتوبر/تشرين الأول 2018 خلّفت لديه إعاقة جسدية.
""", [
    ev("bongo-free-to-travel", "أنّ الرئيس المخلوع علي بونغو أونديمبا “حرّ في التنقّل”", "2023-09-06", "'الأربعاء' before Thu 7 Sep = Wed 6 Sep 2023"),
    ev("bongo-house-arrest", "ويخضع بونغو للإقامة الجبرية", WED, "'منذ … 30 أغسطس/آب' = since Wed 30 Aug 2023 (the start of the house arrest)"),
    ev("bongo-ousted", "أسقطه الجيش في انقلاب عسكري في 30 أغسطس/آب", WED, "'في 30 أغسطس/آب' = Wed 30 Aug 2023"),
    ev("bongo-declared-winner", "بُعيد إعلان معسكره فوزه بولاية رئاسية جديدة", WED, "'بُعيد' the coup of 30 Aug = the results read before dawn on Wed 30 Aug 2023"),
    ev("oligui-sworn-in", "وأدّى اليمين، الاثنين، رئيسًا انتقاليًا للبلاد", OATH, "'الاثنين' before Thu 7 Sep = Mon 4 Sep 2023"),
    ev("bongo-stroke-2018", "تعرض لسكتة دماغية في أكتوبر/تشرين الأول 2018", "2018-10-24", "'في أكتوبر/تشرين الأول 2018' = the stroke of Wed 24 Oct 2018 in Riyadh (outside knowledge)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 345
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 368-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: terror cells dismantled and security raids: cells broken
up, arrests, weapons caches seized, trials of cell members.
Stories: the 'Lions of the Caliphate' cell broken up in nine Moroccan cities (Morocco, February 2025), the Arab
resident arrested for a bomb plot against places of worship (Kuwait, September 2025), and the IRGC-trained cell
toppled by the State Security Presidency (Saudi Arabia, September 2020).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-lions-of-caliphate-cell-2025
S = "morocco-lions-of-caliphate-cell-2025"
RAID = "2025-02-19"                        # the simultaneous raids in nine cities, dawn of Wed 19 Feb 2025
PRESS = "2025-02-24"                       # the BCIJ press conference in Sale, Mon 24 Feb 2025
art(S, "https://dimatv.net/2025/02/19/%d8%b9%d9%85%d9%84%d9%8a%d8%a9-%d8%a3%d9%85%d9%86%d9%8a%d8%a9-%d9%85%d8%ba%d8%b1%d8%a8%d9%8a%d8%a9-%d8%aa%d8%ac%d9%87%d8%b6-%d9%85%d8%ae%d8%b7%d8%b7%d9%8b%d8%a7-%d8%a5%d8%b1%d9%87%d8%a7%d8%a8%d9%8a",
    "2025-02-19", "page date line '19 فبراير 2025' (kept as second line; the 'آخر تحديث' label and an image-metadata blob dropped), date in the URL '/2025/02/19/'; the body's 'فجر اليوم الأربعاء 19 فبراير 2025' agrees (19 Feb 2025 was a Wednesday); headline kept (reworded)", True, """
عملية أمنية في المغرب تُفشل مخططا إرهابيا وتُسقط 12 متطرفا
19 فبراير 2025
نجح المكتب المركزي للأبحاث القضائية، اعتمادا على معلومات استخباراتية دقيقة قدمتها المديرية العامة لمراقبة التراب الوطني، في إفشال مخطط إرهابي بالغ الخطورة كان يستهدف المغرب بإيعاز من قيادي بارز في تنظيم "داعش" بمنطقة الساحل الإفريقي.
وأوقفت المصالح الأمنية 12 متطرفا تتراوح أعمارهم بين 18 و40 عاما، في عمليات متزامنة جرت فجر اليوم الأربعاء 19 فبراير 2025 بمدن العيون والدار البيضاء وفاس وتاونات وطنجة وأزمور وجرسيف وولاد تايمة وتامسنا، وكان المشتبه فيهم قد بايعوا التنظيم الإرهابي وخططوا لأعمال تخريبية.
وتولت عناصر القوة الخاصة التابعة للمديرية العامة لمراقبة التراب الوطني تنفيذ العملية وفق تدابير أمنية مشددة، شملت نشر فرق للقناصة واستعمال القنابل الصوتية لقطع الطريق على أي مقاومة. وأسفرت عمليات التفتيش عن حجز متفجرات في طور التركيب ومواد كيميائية وأسلحة بيضاء، وهو ما يكشف خطورة المشروع الإرهابي.
""", [
    ev("plot-foiled", "في إفشال مخطط إرهابي بالغ الخطورة كان يستهدف المغرب", RAID, "no own expression; the plot was foiled by the raids of Wed 19 Feb 2025 (same text, date line)"),
    ev("twelve-arrested", "وأوقفت المصالح الأمنية 12 متطرفا تتراوح أعمارهم بين 18 و40 عاما", RAID, "'فجر اليوم الأربعاء 19 فبراير 2025' = Wed 19 Feb 2025"),
    ev("explosives-seized", "وأسفرت عمليات التفتيش عن حجز متفجرات في طور التركيب", RAID, "no own expression; the searches during the raids of Wed 19 Feb 2025"),
])
art(S, "https://elmassae.com/?p=4354",
    "2025-02-19", "no page date line in the stored text; the body's 'صباح اليوم الأربعاء 19 فبراير 2025' fixes the publication day (19 Feb 2025 was a Wednesday); byline 'تحرير: هند أكجيل' dropped; the dotted spellings 'إرهــ.ـابي' restored; headline kept (reworded); the last, truncated sentence dropped", False, """
إفشال مخطط إرهابي خطير كان يستهدف المغرب وتوقيف 12 متطرفا في عملية أمنية منسقة
تمكن المكتب المركزي للأبحاث القضائية، مسنودا بمعلومات استخباراتية دقيقة من المديرية العامة لمراقبة التراب الوطني، من إحباط مخطط إرهابي بالغ الخطورة كان موجها ضد المغرب بتكليف مباشر من قيادي بارز في تنظيم "داعش" بمنطقة الساحل الإفريقي.
وجرت العملية الأمنية صباح اليوم الأربعاء 19 فبراير 2025 في عدد من المدن، من بينها العيون والدار البيضاء وفاس وتاونات وطنجة وأزمور وجرسيف وولاد تايمة وتامسنا، وانتهت بتوقيف 12 متطرفا تتراوح أعمارهم بين 18 و40 عاما، سبق أن بايعوا "داعش" وانخرطوا في الإعداد لمشاريع إرهابية.
وأشرفت عناصر القوة الخاصة التابعة للمديرية العامة لمراقبة التراب الوطني على العمليات، معتمدة بروتوكولات أمنية صارمة من قبيل نشر فرق القناصة واستعمال القنابل الصوتية لمنع أي مقاومة، وخلال التفتيش عُثر على أجسام ناسفة في طور التركيب، إلى جانب مواد كيميائية وأسلحة بيضاء.
وتفيد الأبحاث بأن أعضاء الخلية كانوا مرتبطين بكيانات تابعة لتنظيم "داعش"، وكانوا يستعدون لاستهداف عناصر القوة العمومية ومنشآت اقتصادية وأمنية حساسة.
""", [
    ev("plot-foiled", "من إحباط مخطط إرهابي بالغ الخطورة كان موجها ضد المغرب", RAID, "no own expression; foiled by the operation of 'صباح اليوم الأربعاء 19 فبراير 2025'"),
    ev("twelve-arrested", "وانتهت بتوقيف 12 متطرفا تتراوح أعمارهم بين 18 و40 عاما", RAID, "'صباح اليوم الأربعاء 19 فبراير 2025' = Wed 19 Feb 2025"),
    ev("explosives-seized", "وخلال التفتيش عُثر على أجسام ناسفة في طور التركيب", RAID, "no own expression; the searches of the raids of Wed 19 Feb 2025"),
    ev("allegiance-to-isis", "سبق أن بايعوا \"داعش\" وانخرطوا في الإعداد لمشاريع إرهابية", "2024-02-01", "no own expression; the pledge and the preparation came before the raids, during the year of surveillance ('قرابة سنة كاملة', thevoice.ma) — my span Feb 2024 - 19 Feb 2025", end="2025-02-20"),
])
art(S, "https://howiyapress.com/?p=566912",
    "2025-02-24", "page time stamp '24 فبراير 2025 11:46' (kept as second line; 24 Feb 2025 was a Monday); the body's 'صباح الاثنين 24 فبراير 2025' agrees; the source tag 'هوسة يؤسش- متابعات' dropped; headline kept (reworded); the last, truncated sentence dropped", True, """
"البسيج" يرد على المشككين في عمليات تفكيك الخلايا الإرهابية
24 فبراير 2025 11:46
في ندوة صحفية انعقدت صباح الاثنين 24 فبراير 2025، أماط شرقاوي حبوب، مدير المكتب المركزي للأبحاث القضائية، اللثام عن هوية العقل المدبر للمخطط الإرهابي الذي أُحبط يوم الأربعاء 19 فبراير 2025، وهو عبد الرحمن الصحراوي، المواطن الليبي الذي يشغل موقعا قياديا رفيعا في تنظيم "داعش" بمنطقة الساحل.
وأوضح المسؤول الأمني أن الصحراوي هو من وضع هذا المخطط وحرّض مباشرة على تنفيذه، إذ وجّه رسالة صوتية إلى أفراد الخلية المفككة التي حملت اسم "أسود الخلافة في أقصى المغرب".
ومن جهة أخرى، رد بوبكر سبيك، الناطق باسم المديرية العامة للأمن الوطني، على إقدام عدد من الجهات والأشخاص على التشكيك في عمليات تفكيك الخلايا الإرهابية.
وأكد سبيك في مداخلته خلال الندوة نفسها أن التشكيك جزء من عقيدة "داعش"، مضيفا أن أحد أفراد خلية الأشقاء الثلاثة التي فُككت قبل أسابيع تبيّن، أثناء البحث معه، أنه نشر عددا من التدوينات التي تشكك في تفكيك الخلايا الإرهابية وفي المجهودات الأمنية.
""", [
    ev("press-conference", "في ندوة صحفية انعقدت صباح الاثنين 24 فبراير 2025", PRESS, "'صباح الاثنين 24 فبراير 2025' = Mon 24 Feb 2025"),
    ev("plot-foiled", "للمخطط الإرهابي الذي أُحبط يوم الأربعاء 19 فبراير 2025", RAID, "'يوم الأربعاء 19 فبراير 2025' = Wed 19 Feb 2025"),
    ev("voice-message", "إذ وجّه رسالة صوتية إلى أفراد الخلية المفككة", "2024-02-01", "no own expression; the message came before the raids, during the year of surveillance (my span Feb 2024 - 19 Feb 2025)", end="2025-02-20"),
    ev("three-brothers-cell", "خلية الأشقاء الثلاثة التي فُككت قبل أسابيع", "2025-01-24", "'قبل أسابيع' from Mon 24 Feb = the Had Soualem cell of three brothers dismantled on Sun 26 Jan 2025 (outside knowledge; my span 24-28 Jan)", end="2025-01-29"),
])

# ---------------------------------------------------------------- kuwait-worship-places-bomb-plot-2025
S = "kuwait-worship-places-bomb-plot-2025"
ANN = "2025-09-29"                         # the interior ministry's statement, Mon 29 Sep 2025
ARREST = ("2025-09-22", "2025-09-30")      # the arrest itself, undated in the reports: my span, the week up to the statement
art(S, "https://www.okaz.com.sa/variety/na/2215574",
    "2025-09-29", "page stamp 'date 2025-09-29' at the head of the stored page (not part of the text; 29 Sep 2025 was a Monday); the ministry's statement was issued that Monday (kuwaitnews 'اليوم الاثنين', shafaq's embedded tweet 'September 29, 2025'); headline written from the body (the stored text has none); no date word of its own in the text", False, """
الكويت: القبض على مقيم عربي خطط لتفجير دور العبادة
كشفت وزارة الداخلية الكويتية أن جهاز أمن الدولة أوقف مقيما عربيا ينتمي إلى جماعة محظورة، كان يخطط لعملية إرهابية تستهدف دور العبادة.
وجاء في بيان الوزارة: «ضمن الجهود الاستباقية المكثفة التي تبذلها وزارة الداخلية لصون أمن البلاد وحماية استقرارها، نجحت الأجهزة الأمنية ممثلة في جهاز أمن الدولة في القبض على مقيم من جنسية عربية ينتمي إلى جماعة محظورة تسعى إلى النيل من أمن الكويت وزعزعة نظمها الأساسية، بعدما تبين أنه يخطط لتنفيذ عملية إرهابية تفجيرية ضد دور العبادة».
وتابعت: «قادت التحريات الدقيقة إلى ضبط المتهم إثر متابعته ورصده، وعُثر في مسكنه على عدد من الأجهزة والمواد المستخدمة في صناعة المفرقعات، إلى جانب طرق تحضيرها واستخدامها، وهو ما يؤكد خطورة المخطط الذي كان يسعى إلى تنفيذه».
وشددت الوزارة على أنها تقف بالمرصاد وبكل حزم لكل من تسول له نفسه المساس بأمن البلاد أو تهديد سلامة المجتمع، وأنها لن تسمح تحت أي ظرف بمثل هذه المخططات الإرهابية وستواجهها بكل قوة وحزم، حفاظا على أمن الوطن وسلامة المواطنين والمقيمين.
""", [
    ev("ministry-statement", "كشفت وزارة الداخلية الكويتية أن جهاز أمن الدولة أوقف مقيما عربيا", ANN, "no own expression; the statement of Mon 29 Sep 2025 (page stamp, the other reports)"),
    ev("resident-arrested", "نجحت الأجهزة الأمنية ممثلة في جهاز أمن الدولة في القبض على مقيم", ARREST[0], "no own expression; the arrest is not dated in any report: my span, the week up to the statement of Mon 29 Sep 2025", end=ARREST[1]),
    ev("explosives-materials-found", "وعُثر في مسكنه على عدد من الأجهزة والمواد المستخدمة في صناعة المفرقعات", ARREST[0], "no own expression; found in the search of his home at the arrest (my span)", end=ARREST[1]),
])
art(S, "https://kuwaitnews.com/114342/",
    "2025-09-29", "page stamp 'date 2025-09-29' (not part of the text); the body's 'اليوم الاثنين' agrees (29 Sep 2025 was a Monday); the section label 'وزارة الداخلية' dropped; headline written from the body (the stored text has none)", True, """
أمن الدولة يضبط مقيما عربيا خطط لعملية تفجيرية ضد دور العبادة
أعلنت وزارة الداخلية أن الأجهزة الأمنية، ممثلة بجهاز أمن الدولة، تمكنت من القبض على مقيم من جنسية عربية ينتمي إلى جماعة محظورة تستهدف المساس بأمن البلاد وزعزعة نظمها الأساسية، بعدما تبين أنه يخطط لتنفيذ عملية إرهابية تفجيرية تستهدف دور العبادة.
وأوضحت الوزارة في بيان صحفي اليوم الاثنين أن التحريات الدقيقة أفضت إلى ضبط المتهم بعد متابعته ورصده، إذ وُجد في مقر سكنه عدد من الأجهزة والمواد الداخلة في صناعة المفرقعات، فضلا عن طرق تحضيرها واستعمالها، ما يثبت خطورة المخطط الذي كان يسعى إلى تنفيذه.
وأضافت أن ذلك يندرج في إطار الجهود الاستباقية الحثيثة التي تبذلها الوزارة لحماية أمن البلاد وصون استقرارها، مؤكدة أنها بالمرصاد وبكل حزم لكل من يحاول المساس بأمن الكويت أو تهديد سلامة المجتمع، ولن تسمح بأي حال بمثل هذه المخططات الإرهابية.
""", [
    ev("resident-arrested", "تمكنت من القبض على مقيم من جنسية عربية ينتمي إلى جماعة محظورة", ARREST[0], "no own expression; the arrest is not dated: my span, the week up to the statement of Mon 29 Sep 2025", end=ARREST[1]),
    ev("ministry-statement", "وأوضحت الوزارة في بيان صحفي اليوم الاثنين", ANN, "'اليوم الاثنين' = Mon 29 Sep 2025 (page stamp)"),
    ev("explosives-materials-found", "إذ وُجد في مقر سكنه عدد من الأجهزة والمواد الداخلة في صناعة المفرقعات", ARREST[0], "no own expression; found in the search of his home at the arrest (my span)", end=ARREST[1]),
])
art(S, "https://www.shafaq.com/ar/%D8%A7%D9%84%D8%B4%D8%B1%D9%82-%D8%A7%D9%84%D8%A3%D9%88%D8%B3%D8%B7/%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA-%D8%AD%D8%A8%D8%A7%D8%B7-%D9%85%D8%AE%D8%B7%D8%B7-%D8%B1%D9%87%D8%A7%D8%A8%D9%8A-%D9%84%D8%A7%D8%B3%D8%AA%D9%87%D8%AF%D8%A7%D9%81-%D8%AF%D9%88%D8%B1-%D8%B9%D8%A8%D8%A7%D8%AF%D8%A9",
    "2025-09-29", "page stamp 'date 2025-09-29' (not part of the text) and the embedded tweet of the ministry dated 'September 29, 2025' (dropped with the tweet); the body's 'يوم الاثنين' agrees (29 Sep 2025 was a Monday); headline kept (reworded); the dateline tag 'شفق نيوز- الكويت' dropped; no date of its own in the text", False, """
الكويت تُحبط مخططا إرهابيا كان يستهدف دور العبادة
أفادت وزارة الداخلية الكويتية، يوم الاثنين، بأنها ألقت القبض على مقيم من جنسية عربية كان يخطط لتنفيذ "عملية إرهابية تفجيرية" ضد دور العبادة.
وقالت الوزارة في بيانها إنها "أوقفت المتهم بعد متابعته ورصده، وعثرت في مقر سكنه على أجهزة ومواد تُستخدم في صناعة المفرقعات، إلى جانب طرق تحضيرها واستعمالها، وهو ما يؤكد خطورة المخطط الذي أراد تنفيذه".
وختمت الداخلية بيانها بالتأكيد على أنها "لن تقبل بأي حال من الأحوال بمثل هذه المخططات الإرهابية، وستتصدى لها بكل قوة وحزم، حرصا على أمن الوطن وسلامة المواطنين والمقيمين".
""", [
    ev("ministry-statement", "أفادت وزارة الداخلية الكويتية، يوم الاثنين، بأنها ألقت القبض", ANN, "'يوم الاثنين' = Mon 29 Sep 2025"),
    ev("resident-arrested", "ألقت القبض على مقيم من جنسية عربية كان يخطط", ARREST[0], "no own expression; the arrest is not dated: my span, the week up to the statement of Mon 29 Sep 2025", end=ARREST[1]),
    ev("explosives-materials-found", "وعثرت في مقر سكنه على أجهزة ومواد تُستخدم في صناعة المفرقعات", ARREST[0], "no own expression; found in the search of his home at the arrest (my span)", end=ARREST[1]),
])
art(S, "https://strategianews.net/الكويت-تحبط-هجوماً-إرهابياً-لداعش-كان",
    "2025-09-30", "page date line 'قسم الأخبار الدولية 30/09/2025' (kept without the section label; 30 Sep 2025 was a Tuesday); headline kept (reworded); the last, truncated sentence dropped", True, """
الكويت تُفشل هجوما إرهابيا لداعش كان يستهدف دور العبادة وتكشف تفاصيل المخطط
30/09/2025
أعلنت وزارة الداخلية الكويتية أن جهاز أمن الدولة نجح في إحباط عملية إرهابية وشيكة كان يعد لها مقيم عربي ينتمي إلى تنظيم داعش المحظور، مؤكدة أن التحرك الاستباقي جنّب البلاد تهديدا خطيرا لأمنها الداخلي واستقرارها الاجتماعي. وأوضح البيان الرسمي أن المتهم كان ينوي تنفيذ تفجير في أحد دور العبادة، قبل أن ترصده الأجهزة الأمنية وتتابعه بدقة حتى لحظة توقيفه.
وبيّنت الوزارة أن التحريات أسفرت عن ضبط المتهم في مسكنه، حيث عُثر بحوزته على أجهزة ومواد تدخل في صنع المتفجرات، إلى جانب وثائق وطرق تحضير تثبت جدية المخطط الإرهابي وخطورته. وأشارت إلى أن التحقيقات الأولية أكدت انتماء الموقوف إلى داعش، وأنه استقى تعليمات صناعة المتفجرات من قنوات التنظيم، بهدف تنفيذ هجوم يطال أرواح المدنيين ويثير الفوضى في البلاد.
ونقلت وسائل إعلام كويتية عن مصادر أمنية أن المتهم مصري الجنسية، وأنه أقر خلال التحقيقات بنيته تنفيذ عملية إرهابية تستهدف دور العبادة تحديدا، سعيا إلى بث الرعب وضرب النسيج المجتمعي الكويتي.
""", [
    ev("ministry-statement", "أعلنت وزارة الداخلية الكويتية أن جهاز أمن الدولة نجح في إحباط عملية إرهابية", ANN, "no own expression; the statement of Mon 29 Sep 2025, reported on Tue 30 Sep (date line)"),
    ev("resident-arrested", "وبيّنت الوزارة أن التحريات أسفرت عن ضبط المتهم في مسكنه", ARREST[0], "no own expression ('حتى لحظة توقيفه'); the arrest is not dated: my span, the week up to the statement of Mon 29 Sep 2025", end=ARREST[1]),
    ev("explosives-materials-found", "حيث عُثر بحوزته على أجهزة ومواد تدخل في صنع المتفجرات", ARREST[0], "no own expression; found at the arrest (my span)", end=ARREST[1]),
    ev("egyptian-nationality-reported", "ونقلت وسائل إعلام كويتية عن مصادر أمنية أن المتهم مصري الجنسية", ANN, "no own expression; Kuwaiti papers reported the nationality after the statement of Mon 29 Sep, by Tue 30 Sep 2025 (my span 29-30 Sep)", end="2025-10-01"),
    ev("confession", "وأنه أقر خلال التحقيقات بنيته تنفيذ عملية إرهابية", ARREST[0], "no own expression; the questioning after the arrest, up to the report of Tue 30 Sep 2025 (my span)", end="2025-10-01"),
])

# ---------------------------------------------------------------- saudi-irgc-trained-cell-2020
S = "saudi-irgc-trained-cell-2020"
ANN = "2020-09-28"                         # the State Security Presidency's statement, evening of Mon 28 Sep 2020
ARREST = ("2020-09-22", "2020-09-24")      # 5 Safar 1442 (al-madina) = Tue 22 Sep 2020 (arab48); alsharqtoday says 23 Sep
TRAINING = ("2017-10-29", "2017-12-09")    # 9/2 - 20/3/1439 AH = 29 Oct - 8 Dec 2017
art(S, "https://www.arab48.com/amp/الأخبار/أخبار-عاجلة/2020/09/28/السعودية-تدعي-تفكيك-خلية-تلقت-تدريبات-في-إيران-",
    "2020-09-28", "date in the URL '/2020/09/28/' (28 Sep 2020 was a Monday); the body's 'مساء الإثنين' agrees; the app plug and the photo caption dropped; headline rendered from the URL slug (the stored text has none); the last, truncated sentence shortened", True, """
السعودية تعلن تفكيك خلية تلقت تدريبات في إيران
أوقفت السلطات السعودية عشرة أشخاص، معلنة أنها فككت "خلية إرهابية" تلقى أفرادها تدريبات في إيران على يد الحرس الثوري، وفق بيان أصدرته رئاسة أمن الدولة السعودية مساء الإثنين.
وأوضحت رئاسة أمن الدولة في البيان الذي بثته وكالة الأنباء السعودية الرسمية (واس) أن الاعتقالات نُفذت يوم الثلاثاء 22 أيلول/ سبتمبر الجاري، ولم يكشف البيان هويات الموقوفين العشرة، لكنه أورد قائمة من 30 صنفا من الأسلحة والمتفجرات وأدوات التخزين قال إنها ضُبطت بحوزتهم.
وأفاد البيان بأن أفراد الخلية خضعوا خلال الفترة ما بين 29 تشرين الأول/ أكتوبر إلى 8 كانون الأول/ ديسمبر من العام 2017 لـ"تدريبات عسكرية وميدانية، منها طرق وأساليب صناعة المتفجرات (...) في مواقع تابعة للحرس الثوري داخل إيران".
وأضاف البيان الصادر عن المتحدث الرسمي لرئاسة أمن الدولة أن "التحريات الأمنية قادت إلى التعرف على هويات هذه العناصر، وتحديد موقعين اتخذوهما وكرا لتخزين كميات من الأسلحة والمتفجرات".
""", [
    ev("statement", "وفق بيان أصدرته رئاسة أمن الدولة السعودية مساء الإثنين", ANN, "'مساء الإثنين' = the evening of Mon 28 Sep 2020 (URL date)"),
    ev("ten-arrested", "أن الاعتقالات نُفذت يوم الثلاثاء 22 أيلول/ سبتمبر الجاري", ARREST[0], "'يوم الثلاثاء 22 أيلول/ سبتمبر' = Tue 22 Sep 2020 (= 5/2/1442 AH in al-madina); alsharqtoday says 23 Sep, hence the span 22-23 Sep", end=ARREST[1]),
    ev("weapons-seized", "قائمة من 30 صنفا من الأسلحة والمتفجرات وأدوات التخزين", ARREST[0], "no own expression; seized in the operation of 22-23 Sep 2020", end=ARREST[1]),
    ev("irgc-training", "خلال الفترة ما بين 29 تشرين الأول/ أكتوبر إلى 8 كانون الأول/ ديسمبر من العام 2017", TRAINING[0], "'ما بين 29 تشرين الأول/ أكتوبر إلى 8 كانون الأول/ ديسمبر من العام 2017' = 29 Oct - 8 Dec 2017", end=TRAINING[1]),
])
art(S, "https://almashareq.com/ar/articles/cnmi_am/features/2020/09/29/feature-02",
    "2020-09-29", "date in the URL '/2020/09/29/' (29 Sep 2020 was a Tuesday); the body's 'يوم الثلاثاء' (Tehran's denial) and 'في وقت متأخر من يوم الاثنين 28 أيلول/سبتمبر' agree; headline written from the body (the stored text has none); the last, truncated sentence shortened", True, """
طهران تنفي اتهامات الرياض بتدريب خلية إرهابية في معسكرات الحرس الثوري
أفادت السعودية بأنها اعتقلت 10 أعضاء في "خلية إرهابية" تلقى بعضهم تدريبا عسكريا وتدريبا على استعمال المتفجرات في معسكرات الحرس الثوري الإيراني داخل إيران.
ونفت طهران هذه الاتهامات يوم الثلاثاء.
وذكرت السلطات الأمنية السعودية أنها صادرت أسلحة ومتفجرات كانت مخزنة في منزل ومزرعة، من دون أن تحدد مكان المداهمة أو الاعتقالات التي جرت الأسبوع الماضي.
وكانت رئاسة أمن الدولة قد قالت في بيان صدر في وقت متأخر من يوم الاثنين 28 أيلول/سبتمبر إن "الجهات المختصة في الرئاسة أحبطت خلية إرهابية ... تلقى عناصرها تدريبات عسكرية وميدانية على صنع المتفجرات في مواقع [الحرس الثوري الإيراني] في إيران".
وأورد البيان، الذي نقلته وسائل الإعلام الرسمية، أن "التحريات الأمنية كشفت هويات هذه العناصر وموقعين تستخدمهما لتخزين الأسلحة والمتفجرات".
""", [
    ev("ten-arrested", "أفادت السعودية بأنها اعتقلت 10 أعضاء في \"خلية إرهابية\"", ARREST[0], "no own expression here; the arrests of 22-23 Sep 2020 ('الأسبوع الماضي' below)", end=ARREST[1]),
    ev("iran-denial", "ونفت طهران هذه الاتهامات يوم الثلاثاء", "2020-09-29", "'يوم الثلاثاء' = Tue 29 Sep 2020 (URL date)"),
    ev("weapons-seized", "أنها صادرت أسلحة ومتفجرات كانت مخزنة في منزل ومزرعة", ARREST[0], "no own expression; seized in the raids of 'الأسبوع الماضي' = 22-23 Sep 2020", end=ARREST[1]),
    ev("statement", "في بيان صدر في وقت متأخر من يوم الاثنين 28 أيلول/سبتمبر", ANN, "'في وقت متأخر من يوم الاثنين 28 أيلول/سبتمبر' = Mon 28 Sep 2020"),
    ev("irgc-training", "تلقى عناصرها تدريبات عسكرية وميدانية على صنع المتفجرات", TRAINING[0], "no own expression here; the training of 29 Oct - 8 Dec 2017 (9/2 - 20/3/1439 AH, the statement as given by arab48 and al-madina)", end=TRAINING[1]),
])
art(S, "https://alsharqtoday.com/2020/09/29/%d8%a7%d9%84%d8%b3%d8%b9%d9%88%d8%af%d9%8a%d8%a9-%d8%a7%d9%84%d8%a5%d8%b7%d8%a7%d8%ad%d8%a9-%d8%a8%d9%80-%d8%ae%d9%84%d9%8a%d8%a9-%d8%a5%d8%b1%d9%87%d8%a7%d8%a8%d9%8a%d8%a9-%d9%85%d8%b1%d8%aa%d8%a8",
    "2020-09-29", "date in the URL '/2020/09/29/' (29 Sep 2020 was a Tuesday); the body's 'مساء الاثنين' for the statement of Mon 28 Sep agrees with a report of the next day; the source tag 'الشرق اليوم-' dropped; headline rendered from the URL slug (the stored text has none); the last, truncated sentence dropped; no date of its own in the text", False, """
السعودية: الإطاحة بخلية إرهابية مرتبطة بالحرس الثوري
أعلنت السعودية أنها أطاحت بخلية إرهابية من 10 أشخاص تلقى بعض أفرادها تدريبات في مواقع تابعة للحرس الثوري في إيران، في عملية أمنية استباقية حالت دون تنفيذ مخطط إرهابي لأذرع إيران.
وفي إطار اضطلاع الأجهزة الأمنية السعودية بمهامها في مكافحة الإرهاب وملاحقة المتورطين فيه، تمكنت من القبض على أفراد الخلية الإرهابية وضبط كمية من الأسلحة والذخيرة والمتفجرات كانت ستُستخدم في تنفيذ المخطط.
وقال اللواء بسام عطية، المتحدث الرسمي لرئاسة أمن الدولة السعودية، في بيان له مساء الاثنين، "إنه نتيجة المتابعة الأمنية لأنشطة العناصر الإرهابية، تمكنت الجهات المختصة بالرئاسة في 23 سبتمبر من الإطاحة بخلية إرهابية تلقى عناصرها في أكتوبر 2017 تدريبات عسكرية وميدانية داخل مواقع للحرس الثوري في إيران، منها طرق وأساليب صناعة المتفجرات".
وأوضح المتحدث الأمني أن العملية أسفرت عن "القبض على عناصر هذه الخلية وعددهم (10) متهمين، ثلاثة منهم تلقوا التدريبات في إيران، في حين ارتبط الباقون بالخلية بأدوار مختلفة".
""", [
    ev("weapons-seized", "وضبط كمية من الأسلحة والذخيرة والمتفجرات", ARREST[0], "no own expression; seized in the operation of 22-23 Sep 2020 ('في 23 سبتمبر' below)", end=ARREST[1]),
    ev("statement", "في بيان له مساء الاثنين", ANN, "'مساء الاثنين' before the report of Tue 29 Sep = Mon 28 Sep 2020"),
    ev("ten-arrested", "تمكنت الجهات المختصة بالرئاسة في 23 سبتمبر من الإطاحة بخلية إرهابية", ARREST[0], "'في 23 سبتمبر' (2020); arab48 has Tue 22 Sep (= 5/2/1442 AH), hence the span 22-23 Sep", end=ARREST[1]),
    ev("irgc-training", "تلقى عناصرها في أكتوبر 2017 تدريبات عسكرية وميدانية", TRAINING[0], "'في أكتوبر 2017': the training ran 29 Oct - 8 Dec 2017 (9/2 - 20/3/1439 AH)", end=TRAINING[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 368
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

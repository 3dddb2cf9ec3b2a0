"""Builds stories.jsonl: the 460-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: agriculture: locusts, animal diseases, harvest and crop
losses.
Stories: the new SAT1 strain of foot-and-mouth disease in Egypt and the ministry's response (Egypt, November
2025); the foot-and-mouth outbreak in Libya and the closure of livestock markets (Libya, February 2024); the
foot-and-mouth outbreak among buffaloes in Baghdad and its containment (Iraq, February-March 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-fmd-sat1-new-strain-2025
S = "egypt-fmd-sat1-new-strain-2025"
CAIRO24 = "2025-11-04"                      # al-Aqnas quoted by Cairo 24 on the evening of Tue 4 Nov 2025
PREP_START = ("2025-03-01", "2025-04-01")   # preparations against the new strain began in March 2025
NEIGHBOURS = ("2025-02-01", "2025-04-01")   # SAT1 reported in neighbouring countries, by March 2025 (my span)
STATEMENT = "2025-11-07"                    # the ministry's statement on the fake video, Fri 7 Nov 2025
art(S, "https://sarabic.ae/20251104/%D9%85%D8%B5%D8%B1-%D8%AA%D8%AD%D8%B1%D9%83-%D8%B9%D8%A7%D8%AC%D9%84-%D9%84%D9%84%D8%B3%D9%8A%D8%B7%D8%B1%D8%A9-%D8%B9%D9%84%D9%89-%D8%A7%D9%86%D8%AA%D8%B4%D8%A7%D8%B1-%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D9%88%D8%B1-%D8%A7%D9%84%D8%AC%D8%AF%D9%8A%D8%AF-%D9%84%D9%80%D8%A7%D9%84%D8%AD%D9%85%D9%89-%D8%A7%D9%84%D9%82%D9%84%D8%A7%D8%B9%D9%8A%D8%A9-1106746605.html",
    "2025-11-04", "URL '/20251104/', page metadata 'date 2025-11-04' and the stamp '04.11.2025, سبوتنيك عربي' (dropped); the body's 'مساء اليوم الثلاثاء' agrees (4 Nov 2025 was a Tuesday); headline kept from the page; the last, truncated sentence shortened", True, """
مصر... تحرك عاجل للسيطرة على انتشار المتحور الجديد لـ"الحمى القلاعية"
كشف الدكتور حامد موسى الأقنص، رئيس الهيئة العامة للخدمات البيطرية التابعة لوزارة الزراعة المصرية، عن أولى الخطوات العاجلة التي اتخذتها بلاده عقب تفشي المتحور الجديد من الحمى القلاعية.
وأورد موقع "القاهرة 24" الإلكتروني، مساء اليوم الثلاثاء، نقلا عن الأقنص أن وزارة الزراعة واستصلاح الأراضي في مصر قررت أن تكثف على وجه السرعة حملات التحصين في كل المحافظات لاحتواء المتحور الجديد من المرض.
وحث المسؤول المصري مربي الماشية في بلاده على الإسراع في تحصين حيواناتهم، وعلى فصل الحيوانات المصابة عن باقي القطيع حتى لا ينتشر المرض بينها، وعلى علاج المصابة منها دون تأخير.
وبين الأقنص أن "وزارة الزراعة شرعت منذ أشهر في خطة متكاملة تشمل حملة قوافل بيطرية لمواجهة العترة SAT1 من فيروس الحمى القلاعية، التي رصدت مؤخرا في عدد من دول الجوار، وذلك في استجابة سريعة ومحكمة لتحد وبائي جديد قد يهدد الثروة الحيوانية في مصر".
وأضاف أن هذه الحملة جاءت تتويجا لجهود متكاملة بين مختلف هيئات الوزارة وقطاعاتها.
""", [
    ev("cairo24-report", "وأورد موقع \"القاهرة 24\" الإلكتروني، مساء اليوم الثلاثاء", CAIRO24, "'مساء اليوم الثلاثاء' = Tue 4 Nov 2025"),
    ev("vaccination-intensified", "قررت أن تكثف على وجه السرعة حملات التحصين في كل المحافظات", CAIRO24, "no own expression; the decision as reported that Tuesday evening, Tue 4 Nov 2025"),
    ev("breeders-urged", "وحث المسؤول المصري مربي الماشية في بلاده", CAIRO24, "no own expression; al-Aqnas's call in the same remarks of Tue 4 Nov 2025"),
    ev("preparations-start", "شرعت منذ أشهر في خطة متكاملة", PREP_START[0], "'منذ أشهر' = since March 2025 (masrawy: 'منذ مارس الماضي'); the month only", end=PREP_START[1]),
    ev("sat1-in-neighbours", "التي رصدت مؤخرا في عدد من دول الجوار", NEIGHBOURS[0], "'مؤخرا'; masrawy says the strain was reported in neighbouring countries before the preparations of March 2025 (my span Feb - Mar 2025)", end=NEIGHBOURS[1]),
])
art(S, "https://www.masrawy.com/news/news_egypt/details/2025/11/5/2885669/4-%D9%85%D9%84%D9%8A%D9%88%D9%86-%D8%AC%D8%B1%D8%B9%D8%A9-%D8%A7%D9%84%D8%AE%D8%AF%D9%85%D8%A7%D8%AA-%D8%A7%D9%84%D8%A8%D9%8A%D8%B7%D8%B1%D9%8A%D8%A9-%D8%AC%D9%87%D9%88%D8%AF-%D9%85%D9%83%D8%AB%D9%81%D8%A9-%D9%84%D8%AA%D8%AD%D8%B5%D9%8A%D9%86-%D8%A7%D9%84%D9%85%D9%88%D8%A7%D8%B4%D9%8A-%D8%B6%D8%AF-%D8%A7%D9%84%D8%AD%D9%85%D9%89-%D8%A7%D9%84%D9%82%D9%84%D8%A7%D8%B9%D9%8A%D8%A9",
    "2025-11-05", "URL '/2025/11/5/' and page metadata 'date 2025-11-05'; no day of its own in the text ('منذ مارس الماضي', 'في يونيو', 'في أغسطس' only); headline rendered from the URL slug; the 'اقرأ أيضًا' links dropped", False, """
4 مليون جرعة.. الخدمات البيطرية: جهود مكثفة لتحصين المواشي ضد الحمى القلاعية
قال الدكتور حامد الأقنص، رئيس الهيئة العامة للخدمات البيطرية، إن الهيئة شرعت في الاستعداد لمواجهة "العترة الجديدة" من الحمى القلاعية منذ مارس الماضي، بعد أن أُبلغ عنها في دول مجاورة، مع أن المرض متوطن في مصر منذ أكثر من 50 عامًا وتجري حاليًا حملات التحصين ضد سبع عترات منه.
وأوضح، في مداخلة مع برنامج "يحدث في مصر"، أن العترة المحلية جرى عزلها في البحيرة في يونيو، ثم أُعد اللقاح المخصص لها، وقد استُخدمت بالفعل 4 ملايين جرعة في التحصين من بين 5 ملايين جرعة أُعدت في أغسطس.
وأكد ضرورة مواصلة التحصين الدوري للماشية، إلى جانب حملات توعية ترفع مناعة الحيوانات في مواجهة الفيروس سريع الانتشار، الذي قد ينتقل إلى مسافات تبلغ 120 كم لا سيما في الشتاء.
""", [
    ev("preparations-start", "شرعت في الاستعداد لمواجهة \"العترة الجديدة\"", PREP_START[0], "'منذ مارس الماضي' from Nov 2025 = March 2025 (the month)", end=PREP_START[1]),
    ev("sat1-in-neighbours", "بعد أن أُبلغ عنها في دول مجاورة", NEIGHBOURS[0], "no own expression; reported before the preparations of March 2025 (my span Feb - Mar 2025)", end=NEIGHBOURS[1]),
    ev("aqnas-tv-interview", "في مداخلة مع برنامج \"يحدث في مصر\"", "2025-11-04", "no own expression; the evening talk show before or on the day of the report of Wed 5 Nov 2025 (my span 4 - 5 Nov)", end="2025-11-06"),
    ev("local-strain-isolated", "العترة المحلية جرى عزلها في البحيرة في يونيو", "2025-06-01", "'في يونيو' from Nov 2025 = June 2025 (the month)", end="2025-07-01"),
    ev("doses-prepared", "5 ملايين جرعة أُعدت في أغسطس", "2025-08-01", "'في أغسطس' from Nov 2025 = August 2025 (the month)", end="2025-09-01"),
])
art(S, "https://www.lebanon24.com/news/world-news/1439582/%D9%86%D9%81%D9%88%D9%82-%D9%85%D9%88%D8%A7%D8%B4%D9%8A-%D9%8A%D8%AB%D9%8A%D8%B1-%D8%B6%D8%AC%D8%A9-%D9%81%D9%8A-%D9%85%D8%B5%D8%B1-%D9%88%D8%A7%D9%84%D8%B2%D8%B1%D8%A7%D8%B9%D8%A9-%D8%AA%D9%88%D8%B6%D8%AD",
    "2025-11-08", "page metadata 'date 2025-11-08'; the body's 'في بيان أمس الجمعة' agrees (7 Nov 2025 was a Friday, so the report is of Sat 8 Nov); headline rendered from the URL slug; words missing from the stored text (link anchors) restored from the context ('وزارة الزراعة', 'مصرية', 'مواقع التواصل'); the sub-heading 'الفيديو قديم' dropped", True, """
نفوق مواشي يثير ضجة في مصر والزراعة توضح
تسبب مقطع فيديو يظهر نفوق ماشية في مزرعة قيل إنها مصرية بسبب الإصابة بالحمى القلاعية في حالة من الذعر لدى كثير من المصريين، بعد أن انتشر على نطاق واسع في مواقع التواصل، الأمر الذي دفع وزارة الزراعة واستصلاح الأراضي إلى إصدار توضيح.
فقد شددت الوزارة في بيان أمس الجمعة على أن ما ورد في المقطع من ادعاءات لا أساس له، وأن الفيديو مفبرك ونسب زورا إلى مزرعة مصرية.
وأضافت أن التحريات بينت أن المقطع يوثق نفوقا في مزرعة بباكستان، نتج عن تسمم جماعي جراء الفيضانات والكوارث الطبيعية التي خلطت مواد سامة بالأعلاف والمياه.
وبينت الوزارة أن المقطع قديم، وإنما أعيد نشره مؤخراً، مشيرة إلى أن حسابات على مواقع التواصل تبث مقاطع عن إصابات بالحمى القلاعية تعود لعامي 2012 و 2022، سعيا إلى إثارة البلبلة والخوف بين المواطنين.
وفي السياق نفسه، طمأنت وزارة الزراعة المواطنين والمربين إلى أن الوضع الوبائي للثروة الحيوانية في مصر آمن ومطمئن.
""", [
    ev("fake-video-spread", "بعد أن انتشر على نطاق واسع في مواقع التواصل", "2025-11-01", "no own expression; 'أعيد نشره مؤخراً' shortly before the statement of Fri 7 Nov 2025 (my span 1 - 7 Nov)", end="2025-11-08"),
    ev("ministry-video-statement", "فقد شددت الوزارة في بيان أمس الجمعة", STATEMENT, "'أمس الجمعة' in an article of Sat 8 Nov 2025 = Fri 7 Nov"),
    ev("ministry-inquiry", "وأضافت أن التحريات بينت", "2025-11-01", "no own expression; the inquiry into the video before the statement of Fri 7 Nov 2025 (my span 1 - 7 Nov)", end="2025-11-08"),
    ev("ministry-reassurance", "طمأنت وزارة الزراعة المواطنين والمربين", STATEMENT, "no own expression; part of the statement of 'أمس الجمعة' = Fri 7 Nov 2025"),
])

# ---------------------------------------------------------------- libya-fmd-livestock-markets-2024
S = "libya-fmd-livestock-markets-2024"
SPREAD = ("2024-01-16", "2024-02-28")       # the outbreak: first recorded cases on 16 Jan 2024, up to the closure order of 27 Feb
CASES = ("2024-01-16", "2024-02-23")        # the 309 cases of 16 Jan - 22 Feb 2024
NCAH = ("2024-02-22", "2024-02-26")         # the National Center for Animal Health's statement, between 22 and 25 Feb 2024
ORDER = "2024-02-27"                        # the eastern government's ministry of agriculture ordered the markets closed, Tue 27 Feb 2024
art(S, "https://arraedlg.net/2024/02/25/%d8%a7%d9%84%d8%b5%d8%ad%d8%a9-%d8%a7%d9%84%d8%ad%d9%8a%d9%88%d8%a7%d9%86%d9%8a%d8%a9-%d8%a7%d9%83%d8%aa%d8%b4%d9%81%d9%86%d8%a7-30-%d8%a8%d8%a4%d8%b1%d8%a9-%d9%84%d9%84%d8%ad%d9%85%d9%89-%d8%a7/",
    "2024-02-25", "URL '/2024/02/25/'; no day of its own in the text (only 'في الفترة من 16 يناير حتى 22 فبراير الحالي'); headline kept from the page; the last, truncated sentence shortened", False, """
الصحة الحيوانية: اكتشفنا 30 بؤرة للحمى القلاعية في ليبيا وإصابة أكثر من 300 رأس من المواشي
سجل المركز الوطني للصحة الحيوانية 309 إصابات بالحمى القلاعية في صفوف الأبقار والأغنام، موزعة على 30 بؤرة في مناطق متفرقة من البلاد، وذلك في الفترة من 16 يناير حتى 22 فبراير الحالي.
وبين المركز، في بيان نشره على صفحته الرسمية، أن عدد الحيوانات النافقة وصل إلى 78 وعدد المخالطة إلى 1455، موضحا أن البؤر المكتشفة توزعت بواقع خمس بؤر في كل من مدينة البيضاء وترهونة، وأربع في منطقة الجفارة، وبؤرتين في كل من زليتن ومصراتة وتاجوراء والزاوية والجميل، وبؤرة واحدة في كل من صبراتة وسرت وبنت بية وسمنو والقبة والخمس.
وعزا المركز سرعة تفشي المرض إلى التأخر في توفير وسائل المكافحة وفي مقدمتها اللقاحات، وإلى تفشي تهريب الحيوانات من دول الجوار التي ينتشر فيها المرض، وإلى إهمال إجراءات الأمن الحيوي في المزارع.
ودعا المركز إلى إجراءات عاجلة تحد من تفشي المرض، أبرزها وقف تهريب الحيوانات، وتجنب خلط الحيوانات المحلية بالمهربة، والإبلاغ فورا عن أي حالة يشتبه فيها، والتقيد الصارم بقواعد الأمن والسلامة الحيوية في المزارع وفي مركبات نقل الحيوانات.
""", [
    ev("fmd-cases-309", "سجل المركز الوطني للصحة الحيوانية 309 إصابات", CASES[0], "'في الفترة من 16 يناير حتى 22 فبراير الحالي' = 16 Jan - 22 Feb 2024", end=CASES[1]),
    ev("ncah-statement", "في بيان نشره على صفحته الرسمية", NCAH[0], "no own expression; after the data of 22 Feb and by the report of Sun 25 Feb 2024 (my span 22 - 25 Feb)", end=NCAH[1]),
    ev("fmd-deaths-78", "عدد الحيوانات النافقة وصل إلى 78", CASES[0], "no own expression; the deaths of the same period, 16 Jan - 22 Feb 2024", end=CASES[1]),
    ev("fmd-spread-libya", "وعزا المركز سرعة تفشي المرض", SPREAD[0], "no own expression; the outbreak from the first cases of 16 Jan 2024 to the closure order of 27 Feb (my span)", end=SPREAD[1]),
    ev("ncah-urgent-measures", "ودعا المركز إلى إجراءات عاجلة", NCAH[0], "no own expression; part of the same statement (my span 22 - 25 Feb 2024)", end=NCAH[1]),
])
art(S, "https://dmpmedia.ly/2024/02/27/9091",
    "2024-02-27", "URL '/2024/02/27/' and the body's date line 'بنغازي 27 فبراير 2024' (kept; 27 Feb 2024 was a Tuesday); headline kept from the page; the 'مقالات ذات صلة' links dropped", True, """
وزارة الزراعة تطالب البلديات بأخذ التدابير اللازمة للحد من انتشار "الحمى القلاعية"
بنغازي 27 فبراير 2024
دعت وزارة الزراعة والثروة الحيوانية في الحكومة الليبية منسقي قطاعات الزراعة والثروة الحيوانية في البلديات إلى إغلاق أسواق بيع الأغنام والماعز والأبقار ووقف نقلها، بالتنسيق مع الحرس البلدي والشرطة الزراعية ومديريات الأمن، وذلك بعد تفشي مرض "الحمى القلاعية" في عدد من البلديات.
وتهدف هذه الخطوة إلى كبح انتشار المرض وحماية المواشي السليمة من العدوى.
""", [
    ev("ministry-closure-order", "دعت وزارة الزراعة والثروة الحيوانية في الحكومة الليبية", ORDER, "the date line 'بنغازي 27 فبراير 2024' = Tue 27 Feb 2024"),
    ev("markets-closed", "إلى إغلاق أسواق بيع الأغنام والماعز والأبقار ووقف نقلها", ORDER, "from the order of Tue 27 Feb 2024 until the eastern government lifted the ban on moving livestock and Benghazi reopened its markets on Sat 16 Mar 2024 (arraedlg/almarsad of 17 Mar; my reading)", end="2024-03-17"),
    ev("fmd-spread-libya", "بعد تفشي مرض \"الحمى القلاعية\" في عدد من البلديات", SPREAD[0], "no own expression; the outbreak from the first cases of 16 Jan 2024 (arraedlg) to the order of 27 Feb (my span)", end=SPREAD[1]),
])
art(S, "https://libyanstand.ly/2024/02/29/%D9%85%D8%AF%D9%8A%D8%B1%D9%8A%D8%A9-%D8%A3%D9%85%D9%86-%D8%B1%D8%A3%D8%B3-%D9%84%D8%A7%D9%86%D9%88%D9%81-%D8%AA%D8%B4%D8%AF%D8%AF-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%A7%D9%84%D8%AA%D8%B2%D8%A7%D9%85",
    "2024-02-29", "URL '/2024/02/29/'; the body's 'اليوم الخميس' agrees (29 Feb 2024 was a Thursday); the byline 'متابعات- الموقف الليبي' dropped; headline kept from the page; the missing word in 'قرار وزارة والثروة الحيوانية' restored ('الزراعة')", True, """
مديرية أمن رأس لانوف تشدد على الالتزام بقرار إيقاف حركة نقل الماشية بين البلديات
نبهت مديرية أمن رأس لانوف أصحاب الشاحنات والسائقين إلى وجوب التقيد بقرار وقف نقل الأغنام والماعز والأبقار بين البلديات والمدن والمناطق، محذرة من أن من يخالفه سيتعرض للعقوبات.
وكانت وزارة الداخلية في الحكومة المكلفة من مجلس النواب قد وجهت كتابا إلى رؤساء الأجهزة الأمنية ومديري الأمن لتنفيذ قرار وزارة الزراعة والثروة الحيوانية، الذي صدر إثر اكتشاف إصابات بالحمى القلاعية بين الأبقار والماعز والأغنام ونفوق أعداد كبيرة منها، بحسب ما نشرته المديرية على صفحتها في «فيسبوك» اليوم الخميس.
ويرمي هذا الإجراء إلى الحد من تفشي المرض ومنع تنظيم الأسواق الشعبية لبيع الأغنام، وفقا للكتاب الذي دعا الجهات المعنية إلى التعاون في هذا الشأن.
""", [
    ev("ras-lanuf-warning", "نبهت مديرية أمن رأس لانوف أصحاب الشاحنات والسائقين", "2024-02-29", "the directorate's Facebook post of 'اليوم الخميس' = Thu 29 Feb 2024"),
    ev("interior-ministry-letter", "قد وجهت كتابا إلى رؤساء الأجهزة الأمنية ومديري الأمن", ORDER, "no own expression; after the agriculture ministry's order of Tue 27 Feb and before the post of Thu 29 Feb 2024 (my span 27 - 29 Feb)", end="2024-03-01"),
    ev("ministry-closure-order", "لتنفيذ قرار وزارة الزراعة والثروة الحيوانية", ORDER, "no own expression; the order reported from Benghazi on Tue 27 Feb 2024 (dmpmedia)"),
    ev("fmd-spread-libya", "إثر اكتشاف إصابات بالحمى القلاعية بين الأبقار والماعز والأغنام", SPREAD[0], "no own expression; the outbreak from the first cases of 16 Jan 2024 to the order of 27 Feb (my span)", end=SPREAD[1]),
])

# ---------------------------------------------------------------- iraq-buffalo-fmd-baghdad-2025
S = "iraq-buffalo-fmd-baghdad-2025"
OUTBREAK = ("2025-02-01", "2025-03-01")     # the buffalo deaths in Baghdad and other provinces, February 2025
PM_COMMITTEE = ("2025-02-01", "2025-02-23")  # the prime minister's committee, formed in February 2025, before 22 Feb
FEB = ("2025-02-01", "2025-03-01")          # the ministry's crisis cell, samples and damage survey, during February 2025
NO_NEW = "2025-03-01"                       # the ministry's statement that no new cases were recorded, Sat 1 Mar 2025
art(S, "https://arabkhabar.com/a/4234193",
    "2025-02-22", "the body's 'اليوم السبت (22 شباط 2025)' (22 Feb 2025 was a Saturday); a Baghdad Today report carried by arabkhabar; the byline 'بغداد اليوم - بغداد' dropped; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
لجنة الزراعة النيابية: استيراد الماشية وراء ظهور الحمى القلاعية
أعلنت لجنة الزراعة النيابية، اليوم السبت (22 شباط 2025)، السبب الأساسي لظهور وباء الحمى القلاعية في بغداد وسائر المحافظات العراقية.
وذكر عضو اللجنة النائب ثائر الجبوري، في حديث لـ"بغداد اليوم"، أن "الاتصالات والجولات الميدانية للوقوف على أسباب كارثة نفوق أعداد كبيرة من قطعان الماشية والجاموس في بغداد والمحافظات، فضلا عن سؤال مربي الثروة الحيوانية، أظهرت أن استيراد الماشية في الأشهر الأخيرة هو السبب الرئيسي لظهور الحمى القلاعية".
وتابع الجبوري أن "لجنة الزراعة تتحمل المسؤولية المباشرة عن هذا الإخفاق، لا سيما أن وزارة الزراعة ودائرة البيطرة هما الجهتان المعنيتان بفحص المواشي الداخلة إلى العراق، ولا بد أن تشمل هذه الفحوصات شروطا أساسية منها فحص المواشي قبل دخولها البلاد".
ولفت إلى أنه "مع الأسف جرى إدخال الماشية المستوردة بشكل عشوائي ومن دون فحص، ما تسبب في هذه الكارثة وما ترتب عليها من نتائج مؤسفة وخسائر فادحة لمربي الثروة الحيوانية في بغداد وبقية المحافظات".
وشدد الجبوري على أن "اللجان المختصة ماضية في عملها لتحديد الجهات المقصرة، وأن التحقيقات التي أجرتها رئاسة الوزراء تمضي في الاتجاه نفسه".
""", [
    ev("committee-statement", "أعلنت لجنة الزراعة النيابية، اليوم السبت (22 شباط 2025)", "2025-02-22", "'اليوم السبت (22 شباط 2025)' = Sat 22 Feb 2025"),
    ev("buffalo-deaths", "كارثة نفوق أعداد كبيرة من قطعان الماشية والجاموس", OUTBREAK[0], "no own expression; the mass deaths of buffaloes in Baghdad in February 2025 (the ministry named the foci 'الشهر الماضي' in March; kurdistan24 of 17 Feb; my span Feb 2025)", end=OUTBREAK[1]),
    ev("livestock-imports", "استيراد الماشية في الأشهر الأخيرة", "2024-11-01", "'في الأشهر الأخيرة' before Sat 22 Feb 2025 (my span Nov 2024 - 22 Feb 2025)", end="2025-02-23"),
    ev("pm-investigation-committee", "التحقيقات التي أجرتها رئاسة الوزراء", PM_COMMITTEE[0], "no own expression; the prime minister's investigative committee of February 2025, formed before this report of Sat 22 Feb (my span 1 - 22 Feb)", end=PM_COMMITTEE[1]),
])
art(S, "https://najafnews.com/2025/03/%d8%a7%d9%84%d8%b3%d9%8a%d8%b7%d8%b1%d8%a9-%d8%a7%d9%84%d9%83%d8%a7%d9%85%d9%84%d8%a9-%d8%b9%d9%84%d9%89-%d8%a7%d9%84%d8%ad%d9%85%d9%89-%d8%a7%d9%84%d9%82%d9%84%d8%a7%d8%b9%d9%8a%d8%a9-%d9%81%d9%8a",
    "2025-03-01", "URL '/2025/03/' (the month only); the body's 'اليوم السبت' with the same statement of the deputy minister Mahdi Sahar al-Jubouri carried by alsumaria ('2025-03-01 | 07:17') and nabdn ('نشر في السبت 2025/03/01') gives Sat 1 Mar 2025; headline kept from the page; the last, truncated sentence dropped", True, """
السيطرة الكاملة على الحمى القلاعية في العراق
ذكرت وزارة الزراعة، اليوم السبت، أنها لم ترصد أي إصابات جديدة بالحمى القلاعية بين المواشي في العراق، مبينة أن الإجراءات الاحترازية أسهمت في إحكام السيطرة على المرض، وأن البلاد باتت على مقربة من القضاء عليه نهائياً.
وقال وكيل وزارة الزراعة مهدي سهر الجبوري إن الوزارة تولت، عبر دائرة البيطرة والمستوصفات البيطرية، الكشف عن الإصابات واتخاذ تدابير تمنع انتقال المرض إلى مناطق أخرى، إلى جانب تطويق البؤر المصابة وتحديدها بدقة.
وأضاف أن رئيس الوزراء محمد شياع السوداني ألف لجنة خاصة لمتابعة الإصابات، فيما شكل وزير الزراعة خلية أزمة لمتابعة الوضع، لافتا إلى أن الوزارة جمعت عينات من الحيوانات النافقة، ولا سيما الجاموس، وبعثت بها إلى مختبرات عالمية لمعرفة نوع الإصابة.
وبين الجبوري أن الوزارة وزعت الأدوية بالمجان ولقحت الحيوانات ونشرت المعقمات في الحقول، كما أحصت الأضرار التي لحقت بالمربين في مناطق ظهور الإصابات.
وأكد أن الأيام الأخيرة خلت من أي إصابات جديدة بالحمى القلاعية، وهو ما انعكس استقرارا على أسعار اللحوم الحمراء في الأسواق.
""", [
    ev("no-new-cases-statement", "ذكرت وزارة الزراعة، اليوم السبت", NO_NEW, "'اليوم السبت' = Sat 1 Mar 2025 (alsumaria's stamp of the same statement)"),
    ev("pm-investigation-committee", "ألف لجنة خاصة لمتابعة الإصابات", PM_COMMITTEE[0], "no own expression; the committee of February 2025, already at work by Sat 22 Feb (arabkhabar; my span 1 - 22 Feb)", end=PM_COMMITTEE[1]),
    ev("crisis-cell", "شكل وزير الزراعة خلية أزمة", FEB[0], "no own expression; during the outbreak of February 2025 (my span)", end=FEB[1]),
    ev("samples-sent-abroad", "وبعثت بها إلى مختبرات عالمية", FEB[0], "no own expression; during the outbreak of February 2025 (my span)", end=FEB[1]),
    ev("damage-survey", "كما أحصت الأضرار التي لحقت بالمربين", FEB[0], "no own expression; during the outbreak of February 2025, before the statement of Sat 1 Mar (my span)", end=FEB[1]),
    ev("recent-days-no-cases", "الأيام الأخيرة خلت من أي إصابات جديدة", "2025-02-25", "'الأيام الأخيرة' up to Sat 1 Mar 2025 (my span 25 Feb - 1 Mar)", end="2025-03-02"),
])
art(S, "https://alsumaria.tv/news/localnews/518029/%D8%AA%D8%B7%D9%88%D8%B1%D8%A7%D8%AA-%D8%A8%D8%B4%D8%A3%D9%86-%D8%A7%D9%84%D8%AD%D9%85%D9%89-%D8%A7%D9%84%D9%82%D9%84%D8%A7%D8%B9%D9%8A%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82",
    "2025-03-01", "the page's time stamp '2025-03-01 | 07:17'; no day of its own in the text; the byline 'السومرية نيوز – محلي' dropped; headline kept from the page; the last, truncated sentence dropped", False, """
تطورات بشأن الحمى القلاعية في العراق
أفادت وزارة الزراعة بأنها لم تسجل أي إصابات جديدة بالحمى القلاعية بين المواشي، مشيرة إلى أن العراق يقترب من التخلص من المرض.
وقال وكيل الوزارة مهدي سهر الجبوري، في تصريح لوكالة الأنباء الرسمية، إن "وزارة الزراعة تولت عبر دائرة البيطرة والمستوصفات والمستشفيات البيطرية المنتشرة في مختلف محافظات العراق الكشف عن الإصابات وتقصيها، واتخذت الإجراءات الاحترازية لمنع انتقال الحمى القلاعية إلى مناطق أخرى غير موبوءة، إضافة إلى تطويق البؤر التي ظهرت فيها الإصابة وتحديدها".
ولفت إلى أن "رئيس مجلس الوزراء محمد شياع السوداني شكل لجنة لمتابعة حالات الإصابة بالحمى القلاعية في جميع محافظات العراق، كما شكل وزير الزراعة خلية أزمة لمتابعة الملف".
وبين أن "اللجنة الوزارية في وزارة الزراعة سحبت عينات من الحيوانات النافقة، وبالتحديد الجاموس، وأرسلتها إلى المختبرات العالمية للتثبت من الإصابات ونوعها، كما نشرت المعقمات في الحقول ولقحت الحيوانات ووزعت الأدوية مجاناً".
""", [
    ev("no-new-cases-statement", "أفادت وزارة الزراعة بأنها لم تسجل أي إصابات جديدة", NO_NEW, "no own expression; the statement of Sat 1 Mar 2025 (page stamp; najafnews 'اليوم السبت')"),
    ev("pm-investigation-committee", "شكل لجنة لمتابعة حالات الإصابة", PM_COMMITTEE[0], "no own expression; the committee of February 2025, already at work by Sat 22 Feb (arabkhabar; my span 1 - 22 Feb)", end=PM_COMMITTEE[1]),
    ev("crisis-cell", "كما شكل وزير الزراعة خلية أزمة", FEB[0], "no own expression; during the outbreak of February 2025 (my span)", end=FEB[1]),
    ev("samples-sent-abroad", "وأرسلتها إلى المختبرات العالمية", FEB[0], "no own expression; during the outbreak of February 2025 (my span)", end=FEB[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 460
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

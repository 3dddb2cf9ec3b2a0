"""Builds stories.jsonl: the 331-st evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: the Hajj season logistics (not the moon sighting): the
Yemeni pilgrims stranded in Jeddah after the Houthis held four Yemenia planes at Sanaa airport (Yemen, June
2024), the first Hajj flights of the 1446 season from Tunisia (Tunisia, May 2025), the end of the preliminary
Hajj registration for the 1447 season in Jordan and its quota (Jordan, October 2025), and the West Bank Hajj
lottery for the 1447 season and the winners' fee and passport deadlines (Palestine, February 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- yemen-sanaa-pilgrims-planes-held-2024
S = "yemen-sanaa-pilgrims-planes-held-2024"
SEIZED = "2024-06-25"                      # three Yemenia A320s held at Sanaa airport on the evening of Tue 25 Jun 2024
STATEMENT = "2024-06-26"                   # Yemenia's statement and the Awqaf minister Shabiba's post, Wed 26 Jun 2024
DIRECT = "2024-06-20"                      # the direct Jeddah-Sanaa return operation launched Thu 20 Jun 2024
A330 = ("2024-05-01", "2024-05-26")        # the A330 held 'for more than a month' before 25 Jun (my span, May 2024)
STRANDED = ("2024-06-25", "2024-07-06")    # pilgrims stuck in Saudi Arabia from the seizure until the return flights of Fri 5 Jul 2024
art(S, "https://arabkhabar.com/a/2804175",
    "2024-06-26", "page line 'تاريخ النشر: 26th, June 2024 GMT' (kept as second line; 26 Jun 2024 was a Wednesday); the body's 'اليوم' and 'مساء يوم أمس' agree with the seizure of Tue 25 Jun; headline kept from the page; the last, truncated sentence dropped", True, """
اليمنية: الحوثيون يحتجزون 4 من طائراتها في صنعاء وآلاف الحجاج عالقون
تاريخ النشر: 26th, June 2024 GMT
كشفت شركة الخطوط الجوية اليمنية، اليوم، أن جماعة الحوثي احتجزت 4 من طائراتها في مطار صنعاء الدولي، بينما لا يزال آلاف الحجاج اليمنيين عالقين.
ودعت الشركة، في بيان أصدرته، المجتمع الدولي ومنظمات النقل الجوي الدولية والمبعوث الدولي إلى اليمن وسائر الجهات المختصة إلى التدخل العاجل لوقف ما تتعرض له من تعسفات.
وأوضحت الشركة: "فوجئنا مساء يوم أمس بإقدام مليشيات الحوثي على حجز ثلاث من طائراتنا من طراز إيرباص 320، فارتفع عدد الطائرات المحتجزة إلى أربع مع الطائرة الكبيرة من طراز إيرباص 330 المحتجزة منذ أكثر من شهر".
وذكرت أن طائراتها كلها احتُجزت في مطار صنعاء فور وصولها من مطار الملك عبدالعزيز بجدة في المملكة العربية السعودية، وعلى متنها مئات الحجاج العائدين من المشاعر المقدسة بعد أدائهم فريضة الحج، ضمن التشغيل المباشر بين جدة وصنعاء الذي أطلقته الشركة في الـ 20 من شهر يونيو الجاري، مؤكدة أن احتجاز هذه الطائرات سيؤثر على انتظام رحلات الناقل الوطني ويحمّلها خسائر إضافية كبيرة.
""", [
    ev("yemenia-statement", "ودعت الشركة، في بيان أصدرته", STATEMENT, "no own expression in the sentence; the statement announced 'اليوم' = Wed 26 Jun 2024"),
    ev("planes-seized", "فوجئنا مساء يوم أمس بإقدام مليشيات الحوثي على حجز ثلاث من طائراتنا", SEIZED, "'مساء يوم أمس' from Wed 26 = the evening of Tue 25 Jun 2024"),
    ev("a330-held", "الطائرة الكبيرة من طراز إيرباص 330 المحتجزة منذ أكثر من شهر", A330[0], "'منذ أكثر من شهر' before 25 Jun 2024 = held since before about 25 May 2024; no exact day (my span May 2024)", end=A330[1]),
    ev("direct-operation", "التشغيل المباشر بين جدة وصنعاء الذي أطلقته الشركة في الـ 20 من شهر يونيو الجاري", DIRECT, "'في الـ 20 من شهر يونيو الجاري' = Thu 20 Jun 2024"),
    ev("pilgrims-stranded", "بينما لا يزال آلاف الحجاج اليمنيين عالقين", STRANDED[0], "the pilgrims stuck since the seizure of Tue 25 Jun 2024; outside knowledge: the last of them flew back to Sanaa on Fri 5 Jul 2024 (egyptwindow, redsea.news)", end=STRANDED[1]),
])
art(S, "https://abyannow.net/2292",
    "2024-06-26", "no date on the stored page; an Anadolu wire whose body says the airline made its accusation 'الأربعاء' about a seizure 'مساء الثلاثاء' (the seizure of Tue 25 Jun 2024, dated so by arabkhabar) and gives 'حتى الساعة 17:30 ت.غ' for the Houthis' silence, so the item is of Wed 26 Jun 2024; the byline 'أبين الآن / شكري حسين/ الأناضول' dropped and the repeated sub-heading kept once as a sentence; headline kept from the page; the last, truncated words dropped; no date of its own in the text", False, """
الخطوط اليمنية تتهم الحوثيين باحتجاز 4 من طائراتها
وجّهت الخطوط الجوية اليمنية، الأربعاء، اتهاما لجماعة الحوثي باحتجاز 4 من طائرات الركاب التابعة لها في مطار صنعاء الدولي الذي تسيطر عليه الجماعة.
ولم يصدر عن جماعة الحوثي أي تعليق على ذلك حتى الساعة 17:30 ت.غ.
وذكرت الشركة، في بيان وصلت إلى الأناضول نسخة منه، أنها فوجئت بإقدام جماعة الحوثي، مساء الثلاثاء، على احتجاز 3 من طائراتها من طراز إيرباص 320.
وأشارت إلى أن عدد طائراتها المحتجزة لدى الحوثيين صار بذلك 4، إذ كانت الجماعة قد احتجزت طائرة ركاب أخرى من طراز إيرباص 330 قبل أكثر من شهر.
وبيّنت أن الطائرات الثلاث احتُجزت في مطار العاصمة صنعاء فور وصولها من مطار الملك عبدالعزيز بمدينة جدة غربي السعودية.
وأفادت بأن هذه الطائرات كانت تنقل مئات الحجاج العائدين من المشاعر المقدسة بعد أدائهم فريضة الحج.
وأرجعت الخطوط الجوية اليمنية توجيه طائراتها تلك إلى صنعاء إلى وجود قرابة 8 آلاف و400 حاج من العاصمة ومن المناطق الخاضعة لسيطرة الحوثيين، مشيرة إلى أن هناك آلاف الحجاج العالقين في الأراضي السعودية.
""", [
    ev("yemenia-statement", "وجّهت الخطوط الجوية اليمنية، الأربعاء، اتهاما لجماعة الحوثي", STATEMENT, "'الأربعاء' = Wed 26 Jun 2024"),
    ev("houthi-no-comment", "ولم يصدر عن جماعة الحوثي أي تعليق على ذلك حتى الساعة 17:30 ت.غ", STATEMENT, "'حتى الساعة 17:30 ت.غ' on the day of the statement, Wed 26 Jun 2024"),
    ev("planes-seized", "مساء الثلاثاء، على احتجاز 3 من طائراتها", SEIZED, "'مساء الثلاثاء' = the evening of Tue 25 Jun 2024"),
    ev("a330-held", "احتجزت طائرة ركاب أخرى من طراز إيرباص 330 قبل أكثر من شهر", A330[0], "'قبل أكثر من شهر' before 25 Jun 2024 = before about 25 May 2024; no exact day (my span May 2024)", end=A330[1]),
    ev("pilgrims-stranded", "هناك آلاف الحجاج العالقين في الأراضي السعودية", STRANDED[0], "the pilgrims stuck since the seizure of Tue 25 Jun 2024 until the return flights of Fri 5 Jul 2024 (outside knowledge)", end=STRANDED[1]),
])
art(S, "https://sarabic.ae/amp/20240626/%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%A7%D9%84%D9%8A%D9%85%D9%86%D9%8A%D8%A9-%D8%AA%D8%AA%D9%87%D9%85-%D8%A3%D9%86%D8%B5%D8%A7%D8%B1-%D8%A7%D9%84%D9%84%D9%87-%D8%A8%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%B2-%D8%B7%D8%A7%D8%A6%D8%B1%D8%A7%D8%AA-%D9%81%D9%8A-%D9%85%D8%B7%D8%A7%D8%B1-%D8%B5%D9%86%D8%B9%D8%A7%D8%A1-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A-%D9%84%D9%85%D9%86%D8%B9-%D8%B9%D9%88%D8%AF%D8%A9-%D8%A7%D9%84%D8%AD%D8%AC%D8%A7%D8%AC-%D8%A7%D9%84%D9%8A%D9%85%D9%86%D9%8A%D9%8A%D9%86-1090186830.html",
    "2024-06-26", "date in the URL '/20240626/' (26 Jun 2024 was a Wednesday); the body's 'الإثنين الماضي' for the Djibouti diversion agrees (Mon 24 Jun); headline rendered from the URL slug (the stored text starts in mid-article, so the minister's name and post are given in the first sentence); the last, truncated sentence (on the truce of 2 Oct 2022) dropped; no date of its own in the text", False, """
الحكومة اليمنية تتهم "أنصار الله" باحتجاز طائرات في مطار صنعاء لمنع عودة الحجاج
وكتب وزير الأوقاف والإرشاد في الحكومة اليمنية، محمد بن عيضة شبيبة، على حسابه في منصة "إكس" أن الحوثيين يحتجزون 4 طائرات في مطار صنعاء الدولي ويمنعونها من العودة إلى مطار جدة لنقل الحجاج اليمنيين الراغبين في الرجوع إلى صنعاء.
ودعا جميع الوكالات إلى إبقاء حجاجها في مساكنهم والبقاء في مكة إلى حين عودة الطائرات، كما طالب الحجاج بالاستقرار في أماكن سكنهم حتى تعود الطائرات التي وصفها بالمختطفة لدى جماعة الحوثيين.
وكانت الخطوط الجوية اليمنية قد حوّلت، الإثنين الماضي، مسار رحلة تقل حجاجا يمنيين قادمة من السعودية باتجاه مطار صنعاء الدولي إلى جيبوتي بسبب أمطار غزيرة.
وأوضح مصدر ملاحي في مطار صنعاء الدولي لـ"سبوتنيك" أن الأمطار الغزيرة التي هطلت على صنعاء منعت هبوط طائرة من طراز "إيرباص إيه 320" قادمة من مطار جدة وعلى متنها عشرات الحجاج اليمنيين.
وتابع أن الطائرة حُوّلت إلى مطار جيبوتي، على أن يُعاد ركابها إلى صنعاء حالما تتحسن الأحوال الجوية.
ولفت إلى أن الخطوط الجوية اليمنية نقلت خلال الأيام الأربعة الماضية نحو 4600 حاج يمني من جدة إلى صنعاء، بعدما نقلت مطلع الشهر الجاري 5013 حاجاً على متن 28 رحلة إلى السعودية لأداء المناسك.
""", [
    ev("shabiba-post", "على حسابه في منصة \"إكس\"", STATEMENT, "no own expression; the minister's post of Wed 26 Jun 2024 (yemenvibe, reposting Marib Press: 'اليوم الأربعاء')"),
    ev("planes-seized", "الحوثيين يحتجزون 4 طائرات في مطار صنعاء الدولي", SEIZED, "no own expression; the detention began with the seizure of the evening of Tue 25 Jun 2024 (arabkhabar, abyannow)"),
    ev("keep-pilgrims-in-mecca", "ودعا جميع الوكالات إلى إبقاء حجاجها في مساكنهم", STATEMENT, "no own expression; part of the post of Wed 26 Jun 2024"),
    ev("djibouti-diversion", "حوّلت، الإثنين الماضي، مسار رحلة تقل حجاجا يمنيين", "2024-06-24", "'الإثنين الماضي' from Wed 26 = Mon 24 Jun 2024"),
    ev("return-4600", "نقلت خلال الأيام الأربعة الماضية نحو 4600 حاج يمني من جدة إلى صنعاء", "2024-06-22", "'خلال الأيام الأربعة الماضية' from Wed 26 = Sat 22 - Tue 25 Jun 2024", end="2024-06-26"),
    ev("outbound-5013", "بعدما نقلت مطلع الشهر الجاري 5013 حاجاً على متن 28 رحلة", "2024-06-01", "'مطلع الشهر الجاري' = early June 2024 (my span 1-10 Jun; the Yemeni government said the outbound airlift ended on Sat 8 Jun, barran.press)", end="2024-06-11"),
])
art(S, "https://akhbar-alkhaleej.com/news/article/1371312",
    "2024-06-28", "page date line 'الجمعة ٢٨ يونيو ٢٠٢٤ - 02:00' (kept as second line; 28 Jun 2024 was a Friday); the issue header of a later day ('العدد : ١٧٠٥٢ - الجمعة ٢٩ نوفمبر ٢٠٢٤') and the section name dropped; headline kept from the page; the last, truncated words dropped", True, """
مئات الحجاج اليمنيين عالقون في السعودية بسبب الحوثيين
الجمعة ٢٨ يونيو ٢٠٢٤ - 02:00
ما زال مئات الحجاج اليمنيين عالقين في المملكة العربية السعودية، بعدما احتجزت جماعة الحوثي طائرات في مطار صنعاء ومنعتها من الإقلاع نحو جدة، بحسب ما أكده وزير الأوقاف والإرشاد في الحكومة اليمنية المعترف بها دوليا، محمد بن عيضة شبيبة.
وأوضح شبيبة، في منشور على حسابيه في فيسبوك ومنصة «إكس»، أن الحوثي يحتجز 4 طائرات في مطار صنعاء الدولي ويحول دون عودتها إلى مطار جدة لنقل الحجاج اليمنيين الراغبين في الرجوع إلى صنعاء.
ودعا شبيبة كل الوكالات إلى إبقاء حجاجها في مساكنهم والبقاء في مكة حتى تعود الطائرات، وحث الحجاج على الاستقرار في أماكن سكنهم إلى حين عودة الطائرات التي قال إن جماعة الحوثيين اختطفتها.
من جهته، أكد وكيل وزارة الأوقاف والإرشاد اليمنية مختار الرباش أن 300 حاج يمني عجزوا عن العودة إلى بلادهم وبقوا عالقين في السعودية، بسبب احتجاز مليشيا الحوثي أربع طائرات منذ اليومين الماضيين.
وأوضح وكيل الوزارة لقطاع الحج والعمرة أن هؤلاء الحجاج الـ300 علقوا في السعودية بعد أن أنهوا إجراءات مغادرة المملكة وختموا جوازاتهم بالخروج في مطار جدة الدولي، لكنهم لم يستطيعوا العودة لأن الطائرات لم تصل.
وأضاف أن وزارة الأوقاف والإرشاد راسلت مطار جدة الدولي طالبة إلغاء ختم الخروج.
""", [
    ev("pilgrims-stranded", "ما زال مئات الحجاج اليمنيين عالقين في المملكة العربية السعودية", STRANDED[0], "'ما زال' on Fri 28 Jun 2024: the stranding that began with the seizure of Tue 25 Jun and ended with the return flights of Fri 5 Jul 2024 (outside knowledge)", end=STRANDED[1]),
    ev("shabiba-post", "في منشور على حسابيه في فيسبوك ومنصة «إكس»", STATEMENT, "no own expression; the minister's post of Wed 26 Jun 2024 (yemenvibe: 'اليوم الأربعاء'; sarabic 26 Jun)"),
    ev("keep-pilgrims-in-mecca", "ودعا شبيبة كل الوكالات إلى إبقاء حجاجها في مساكنهم", STATEMENT, "no own expression; part of the post of Wed 26 Jun 2024"),
    ev("planes-seized", "بسبب احتجاز مليشيا الحوثي أربع طائرات منذ اليومين الماضيين", SEIZED, "'منذ اليومين الماضيين' in the deputy minister's statement = since the seizure of the evening of Tue 25 Jun 2024"),
    ev("stamped-out-300", "علقوا في السعودية بعد أن أنهوا إجراءات مغادرة المملكة", "2024-06-26", "no own expression; the 300 pilgrims stamped out at Jeddah whose flights of Wed 26 - Fri 28 Jun were cancelled (arabkhabar 2817409), stuck until the return flights of Fri 5 Jul 2024 (outside knowledge)", end=STRANDED[1]),
    ev("exit-stamp-request", "راسلت مطار جدة الدولي طالبة إلغاء ختم الخروج", "2024-06-26", "no own expression; the ministry's letter, between the cancelled flights of Wed 26 Jun and this report of Fri 28 Jun 2024 (my span 26-28 Jun)", end="2024-06-29"),
])

# ---------------------------------------------------------------- tunisia-hajj-first-flights-1446-2025
S = "tunisia-hajj-first-flights-1446-2025"
FIRST = "2025-05-18"                       # the first two Hajj flights left Tunis-Carthage on the morning of Sun 18 May 2025
OUTBOUND = ("2025-05-18", "2025-06-03")    # the 43 outbound flights, 18 May - 2 Jun 2025
art(S, "https://www.tunisie-direct.com/ar/2025/05/17/%d8%a7%d9%84%d8%ad%d8%ac-%d9%85%d9%88%d8%b3%d9%85-2025-1446-%d8%ba%d8%af%d8%a7-%d8%a7%d9%86%d8%b7%d9%84%d8%a7%d9%82-%d8%a3%d9%88%d9%84%d9%89-%d8%a7%d9%84%d8%b1%d8%ad%d9%84%d8%a7%d8%aa-%d9%84%d9%84",
    "2025-05-17", "date in the URL '/2025/05/17/' (17 May 2025 was a Saturday); the body's 'غدا، الأحد، 18 ماي 2025' agrees; headline kept from the page; the site's menu, the share buttons and the last, truncated sentence (on lodging in Mecca) dropped; the pilgrims' count printed '982 10' written as one number; no publication date of its own in the text (only 'غدا' for the flights)", False, """
الحج موسم 2025/1446: أولى الرحلات نحو البقاع المقدسة تنطلق غدا
غدا، الأحد، 18 ماي 2025، تقلع أولى الرحلات التونسية إلى البقاع المقدسة لنقل 10982 من قاصدي بيت الله لأداء مناسك الحج.
وستغادر رحلتان مطار تونس قرطاج الدولي غدا الأحد 18 ماي 2025 في حدود الساعة العاشرة صباحًا، على أن تتواصل الرحلات لاحقًا انطلاقًا من المطارات التونسية في صفاقس والمنستير وجربة وتوزر وطبرقة.
ويصل عدد الحجيج التونسيين لهذه السنة إلى 10982 حاجًا من مختلف ولايات الجمهورية، يتجاوز عمر أكبرهم التسعين عامًا، بينما يبلغ عمر أصغرهم 24 سنة.
ويتألف الوفد الرسمي من 330 فردًا من اختصاصات مختلفة، بتنسيق وثيق مع السلطات السعودية التي سخّرت تجهيزات لوجستية كبيرة لإنجاح الموسم، رغم التقليص الواضح في عدد البعثات المرافقة.
ودعت وزارة الشؤون الدينية كل الحجيج إلى التثبت من موعد انطلاق رحلاتهم والحضور في المطار خمس ساعات قبل موعد إقلاع الطائرة، مع حمل جواز السفر والتذكرة ودفتر التلاقيح.
من جهتها، قدّمت وزارة الصحة للحجيج مجموعة من النصائح الطبية المهمة من أجل حج آمن، مشددة على أن سلامتهم الصحية أولوية وطنية.
""", [
    ev("first-flights", "تقلع أولى الرحلات التونسية إلى البقاع المقدسة", FIRST, "'غدا، الأحد، 18 ماي 2025' = Sun 18 May 2025"),
    ev("carthage-morning-flights", "وستغادر رحلتان مطار تونس قرطاج الدولي غدا الأحد 18 ماي 2025 في حدود الساعة العاشرة صباحًا", FIRST, "'غدا الأحد 18 ماي 2025' = Sun 18 May 2025, about 10 am"),
    ev("outbound-programme", "على أن تتواصل الرحلات لاحقًا انطلاقًا من المطارات التونسية", OUTBOUND[0], "'لاحقًا' after the first flights; the outbound programme of 18 May - 2 Jun 2025 (mosaiquefm)", end=OUTBOUND[1]),
])
art(S, "https://www.mosaiquefm.net/mobile/ar/تونس-وطنية/1415293/أولى-رحلات-الحج-من-تونس-تنطلق-اليوم",
    "2025-05-18", "the body's 'صباح اليوم الأحد 18 ماي 2025' (kept; 18 May 2025 was a Sunday); headline kept from the page; the sub-heading and the airport list after the first item turned into one sentence, the last, truncated lines dropped", True, """
أولى رحلات الحجيج تغادر تونس اليوم
تقلع أولى رحلات الحجيج من تونس نحو البقاع المقدسة صباح اليوم الأحد 18 ماي 2025، معلنة انطلاق موسم الحج لسنة 1446 هـ/2025، من مطار الحجيج بالمحطة الجوية 2 في مطار تونس قرطاج.
وتغادر الرحلة الأولى التابعة للخطوط التونسية في تمام الساعة العاشرة صباحًا وعلى متنها 265 حاجًا، ثم تليها الرحلة الثانية للخطوط الجوية السعودية في حدود الساعة 11:40 حاملةً 272 حاجًا إلى مطار المدينة المنورة.
ويبلغ مجموع الحجيج التونسيين لهذا الموسم 10,982 حاجًا، 60% منهم نساء و40% رجال، وتتراوح أعمارهم بين 23 سنة لأصغرهم و92 سنة لأكبرهم.
ويشهد موسم الحج هذا العام برمجة 43 رحلة ذهاب، 37 منها من مطارات يشرف عليها الديوان، تتجه 18 منها إلى مطار المدينة المنورة لنقل 1612 حاجًا و25 إلى مطار جدة لنقل 6370 حاجًا.
وحُددت تواريخ انطلاق الرحلات من 18 ماي إلى 2 جوان 2025، ومنها 25 رحلة من مطار تونس قرطاج 2، 14 للخطوط التونسية و11 للخطوط السعودية.
""", [
    ev("first-flights", "تقلع أولى رحلات الحجيج من تونس نحو البقاع المقدسة صباح اليوم الأحد 18 ماي 2025", FIRST, "'صباح اليوم الأحد 18 ماي 2025' (a Sunday)"),
    ev("carthage-morning-flights", "وتغادر الرحلة الأولى التابعة للخطوط التونسية في تمام الساعة العاشرة صباحًا", FIRST, "'في تمام الساعة العاشرة صباحًا' on Sun 18 May 2025"),
    ev("saudia-second-flight", "تليها الرحلة الثانية للخطوط الجوية السعودية في حدود الساعة 11:40", FIRST, "'في حدود الساعة 11:40' on Sun 18 May 2025"),
    ev("outbound-programme", "وحُددت تواريخ انطلاق الرحلات من 18 ماي إلى 2 جوان 2025", OUTBOUND[0], "'من 18 ماي إلى 2 جوان 2025' (end exclusive 3 Jun)", end=OUTBOUND[1]),
])
art(S, "http://www.touwensa.com/index.php/national-affairs/39652-twns-ttlq-awly-rhlat-alhjyj-aly-albqa-almqdst-alywm-alahd.html",
    "2025-05-18", "headline 'اليوم الأحد' and body 'صباح الأحد 18 ماي 2025' (kept; 18 May 2025 was a Sunday); the language menu, the repeated headline and the sub-headings dropped; the list of airports turned into one sentence, its last, truncated item (Gabes) dropped", True, """
تونس تُطلق اليوم الأحد أولى رحلات الحجيج إلى البقاع المقدسة
أقلعت صباح الأحد 18 ماي 2025 من مطار تونس قرطاج أولى رحلات الحجيج التونسيين نحو الأراضي المقدسة، إيذانا بانطلاق موسم الحج لعام 1446 هـ / 2025.
وتحمل الرحلة الأولى للخطوط التونسية 265 حاجًا، وتليها رحلة الخطوط الجوية السعودية بحوالي الساعة 11:40 وعلى متنها 272 حاجًا نحو مطار المدينة المنورة.
ويبلغ مجموع الحجيج التونسيين لهذا الموسم 10,982 حاجًا، بينهم 60% نساء و40% رجال، وتتراوح أعمارهم بين 23 و92 سنة، وهو ما يدل على تنوع كبير في صفوف المشاركين.
ويُفتتح موسم الحج هذا العام بـ 43 رحلة ذهاب، منها 37 من مطارات تشرف عليها الدولة: 25 رحلة من مطار تونس قرطاج (14 للخطوط التونسية و11 للخطوط السعودية)، ورحلتان من مطار جربة للخطوط السعودية، و6 رحلات من مطار صفاقس طينة (4 للخطوط التونسية و2 للخطوط السعودية)، ورحلة واحدة من كل من مطارات طبرقة وتوزر نفطة وقفصة قصر على متن الخطوط التونسية.
""", [
    ev("first-flights", "أقلعت صباح الأحد 18 ماي 2025 من مطار تونس قرطاج أولى رحلات الحجيج التونسيين", FIRST, "'صباح الأحد 18 ماي 2025' (a Sunday)"),
    ev("carthage-morning-flights", "وتحمل الرحلة الأولى للخطوط التونسية 265 حاجًا", FIRST, "no own expression; the first Tunisair flight of the morning of Sun 18 May 2025 (10 am, mosaiquefm)"),
    ev("saudia-second-flight", "وتليها رحلة الخطوط الجوية السعودية بحوالي الساعة 11:40", FIRST, "'بحوالي الساعة 11:40' on Sun 18 May 2025"),
    ev("outbound-programme", "ويُفتتح موسم الحج هذا العام بـ 43 رحلة ذهاب", OUTBOUND[0], "no own expression; the 43 outbound flights of 18 May - 2 Jun 2025 (mosaiquefm)", end=OUTBOUND[1]),
])
art(S, "http://www.affaires-religieuses.tn/public/ar/actualites/462636574",
    "2025-05-18", "the body's 'صباح يوم الأحد 18 ماي 2025' (kept; 18 May 2025 was a Sunday) on the ministry's own news page; the honorifics trimmed; headline re-worded from the page's; the last, truncated sentence of the transport minister cut after its first clause", True, """
وزير الشؤون الدينية يودّع أول رحلة للحجيج التونسيين نحو المدينة المنورة
أشرف وزير الشؤون الدينية أحمد البوهالي، رفقة وزير النقل رشيد عامري ووالي تونس عماد بوخريص والرئيس المدير العام لشركة الخدمات الوطنية والإقامات عصام الهمامي وسفير المملكة العربية السعودية بتونس عبد العزيز بن علي الصقر، صباح يوم الأحد 18 ماي 2025 بمطار الحجيج بتونس، على توديع أولى رحلات ضيوف الرحمان المتجهة إلى البقاع المقدسة، وتحديدا إلى مطار المدينة المنورة.
وهنّأ الوزير الحجيج برحلتهم التعبدية وتمنى لهم حجا مبرورا وذنبا مغفورا، مطمئنا إياهم بأن مكتب حجاج تونس سيكون في خدمتهم، وبأن رئيس الجمهورية قيس سعيّد يتابع كل تفاصيل الحج ويوصي بهم خيرا، وكذلك رئيسة الحكومة سارة الزعفراني الزنزري التي تتابع التحضيرات.
وأثنى الوزير على جهود كل الأطراف في تنظيم الموسم، وخص بالذكر سفارة المملكة السعودية بتونس وسفيرها لما بذلوه في تذليل الصعوبات.
وأكد وزير النقل أن المطارات التونسية استعدت على أفضل وجه لاستقبال الحجيج في ذهابهم وعودتهم.
""", [
    ev("farewell-ceremony", "صباح يوم الأحد 18 ماي 2025 بمطار الحجيج بتونس", FIRST, "'صباح يوم الأحد 18 ماي 2025' (a Sunday)"),
    ev("first-flights", "على توديع أولى رحلات ضيوف الرحمان المتجهة إلى البقاع المقدسة", FIRST, "the first flights seen off on the morning of Sun 18 May 2025"),
    ev("minister-speech", "وهنّأ الوزير الحجيج برحلتهم التعبدية", FIRST, "no own expression; said at the farewell of Sun 18 May 2025"),
])

# ---------------------------------------------------------------- jordan-hajj-1447-registration-close-2025
S = "jordan-hajj-1447-registration-close-2025"
OPEN = "2025-10-05"                        # the preliminary registration opened on Sun 5 Oct 2025
CLOSE = "2025-10-26"                       # it closed at 9 pm on Sun 26 Oct 2025
MINISTER = "2025-10-27"                    # the minister Mohammad al-Khalayleh's figures, Mon 27 Oct 2025
NAMES = "2026-01-06"                       # the site of the accepted names launched on Tue 6 Jan 2026
art(S, "https://watananews.com/487118/",
    "2025-10-20", "page date line '20 أكتوبر 2025' (kept as second line; 20 Oct 2025 was a Monday) and stamp 'date 2025-10-20'; the bank banner and the source tag 'وطنا اليوم _' dropped; headline kept from the page; the last, truncated sentence dropped", True, """
التسجيل الأولي للحج ينتهي مساء الأحد المقبل
20 أكتوبر 2025
يُغلق باب التسجيل الأولي أمام الأردنيين وأبناء قطاع غزة المقيمين في الأردن الراغبين في أداء فريضة الحج مساء يوم الأحد المقبل، وفق بيان لوزارة الأوقاف والشؤون والمقدسات الإسلامية.
وكانت الوزارة قد أعلنت فتح التسجيل الأولي للحج عبر منصة التسجيل الإلكترونية https://hajj.gov.jo/reg.
ويشترط في المتقدم (الأصيل) أن يكون من مواليد 31/12/1980 فما دون، وألا يكون قد أدى فريضة الحج من قبل، وأن يقدم شهادة من وزارة الصحة تؤكد خلوه من الأمراض التي حددتها وزارة الحج والعمرة السعودية.
وتشمل هذه الأمراض فشل أحد الأعضاء الرئيسة (القلب أو الرئتين أو الكبد أو الكليتين)، والأمراض العصبية أو النفسية التي تعيق الإدراك أو ترافقها إعاقات حركية شديدة، والشيخوخة المصحوبة بالخرف، والحمل في الشهرين الأخيرين أو الحمل الخطر في جميع مراحله، ومرض السرطان النشط الذي يتطلب علاجا كيميائيا أو بيولوجيا أو إشعاعيا، والأمراض المعدية النشطة المؤثرة في الصحة العامة مثل الدرن المفتوح (السل الرئوي).
""", [
    ev("registration-close", "يُغلق باب التسجيل الأولي أمام الأردنيين", CLOSE, "'مساء يوم الأحد المقبل' from Mon 20 = Sun 26 Oct 2025"),
    ev("registration-open", "وكانت الوزارة قد أعلنت فتح التسجيل الأولي للحج", OPEN, "no own expression; the registration opened on Sun 5 Oct 2025 (shaabjo of Mon 6 Oct: 'أمس الأحد'; watananews 27 Oct: 'في 5 تشرين')"),
])
art(S, "https://albaladnews.net/article/442521",
    "2025-10-26", "no date on the stored page; the headline's 'مساء اليوم' and the body's 'عند الساعة التاسعة من مساء يوم الأحد' for the close of the registration on Sun 26 Oct 2025 (dated so by watananews 20 Oct, alwakeel 26 Oct 08:23 with the same text, and the minister on 27 Oct) give Sun 26 Oct 2025; the source tag 'أخبار البلد -' and the last, truncated word dropped; headline kept from the page; no date of its own in the text", False, """
التسجيل الأولي للحج ينتهي مساء اليوم
يُغلق التسجيل الأولي أمام الأردنيين وأبناء قطاع غزة المقيمين في الأردن الراغبين في أداء فريضة الحج عند الساعة التاسعة من مساء يوم الأحد، بحسب بيان لوزارة الأوقاف والشؤون والمقدسات الإسلامية.
وكانت الوزارة قد أعلنت في وقت سابق انطلاق التسجيل الأولي عبر المنصة الإلكترونية المخصصة للحج.
ويشترط في المتقدم (الأصيل) أن يكون من مواليد 31/12/1980 أو ما دون، وألا يكون قد أدى فريضة الحج من قبل، وعليه أن يقدم شهادة من وزارة الصحة تثبت خلوه من أمراض حددتها وزارة الحج والعمرة السعودية.
ومن هذه الأمراض فشل أحد الأعضاء الرئيسة كالقلب أو الرئتين أو الكبد أو الكليتين، والأمراض العصبية أو النفسية التي تؤثر في الإدراك أو ترافقها إعاقات حركية شديدة، والشيخوخة المصحوبة بالخرف، والحمل في الشهرين الأخيرين أو الحمل عالي المخاطر في جميع مراحله، والسرطان النشط الذي يستلزم علاجا كيميائيا أو بيولوجيا أو إشعاعيا، والأمراض المعدية النشطة التي قد تمس الصحة العامة مثل الدرن المفتوح (السل الرئوي).
ولا بد أن يستوفي المرشح هذه الشروط حتى يُقبل في قائمة المرشحين للحج هذا العام.
""", [
    ev("registration-close", "يُغلق التسجيل الأولي أمام الأردنيين", CLOSE, "'عند الساعة التاسعة من مساء يوم الأحد' = 9 pm on Sun 26 Oct 2025 (the headline's 'مساء اليوم')"),
    ev("registration-open", "وكانت الوزارة قد أعلنت في وقت سابق انطلاق التسجيل الأولي", OPEN, "'في وقت سابق'; the registration opened on Sun 5 Oct 2025 (shaabjo, watananews)"),
])
art(S, "https://www.alwakeelnews.com/Section_1/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D9%85%D8%AD%D9%84%D9%8A%D8%A9/%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D8%A3%D9%88%D9%82%D8%A7%D9%81-27-709-%D9%85%D8%B3%D8%AC%D9%84%D9%8A%D9%86-%D9%84%D9%84%D8%AD%D8%AC-%D9%88%D9%84%D8%A7-%D8%AA%D9%85%D8%AF%D9%8A%D8%AF-%D9%84%D9%84%D8%AA%D8%B3%D8%AC%D9%8A%D9%84_751526",
    "2025-10-27", "page time line '2025-10-27 12:50 م' at the head of the stored page (kept as second line; 27 Oct 2025 was a Monday); the body's 'الاثنين' and 'مساء الأحد' agree; headline rendered from the URL slug (the stored text has none); the source tag 'الوكيل الإخباري-', the ad tag and the last, truncated sentence dropped", True, """
وزير الأوقاف: 27709 مسجلين للحج ولا تمديد للتسجيل
2025-10-27 12:50 م
أعلن وزير الأوقاف والشؤون والمقدسات الإسلامية محمد الخلايلة، الاثنين، أن عدد من سجلوا عبر بوابة الحج الإلكترونية لموسم حج العام "1447" هجري، "2026"، بلغ 27709 مواطنين ومواطنات مع انتهاء فترة التسجيل الأولي مساء الأحد.
وأوضح أن الحصة المخصصة لحجاج الأردن تبلغ 8 آلاف حاج وحاجة، يضاف إليها 4500 حاج وحاجة من مسلمي الـ 48، مبينا أن الوزارة تضع اللمسات الأخيرة على استعداداتها للموسم.
وذكر أن الوزارة ستعلن خلال الأشهر القادمة أسماء الحجاج الذين تنطبق عليهم أسس الاختيار، وأن الاختيار سيعتمد على معياري العمر (الأكبر سنا) والقرعة، لتضم بعثة الحج الأردنية كبار السن وصغارهم معا.
وبيّن أن فئة القرعة ستشمل المسجلين على البوابة الإلكترونية من مواليد 31/12/1980 فما دون ممن لم يسبق لهم أداء الفريضة.
وشدد الخلايلة على أن التسجيل الأولي لموسم الحج لهذا العام لن يُمدد، لافتا إلى أن أسماء المقبولين لأداء الفريضة لهذا العام ستُعلن عند الانتهاء من ترتيبات موسم الحج المقبل.
""", [
    ev("minister-figures", "أعلن وزير الأوقاف والشؤون والمقدسات الإسلامية محمد الخلايلة، الاثنين", MINISTER, "'الاثنين' = Mon 27 Oct 2025"),
    ev("registration-close", "مع انتهاء فترة التسجيل الأولي مساء الأحد", CLOSE, "'مساء الأحد' from Mon 27 = Sun 26 Oct 2025"),
    ev("names-announcement", "ستعلن خلال الأشهر القادمة أسماء الحجاج", NAMES, "'خلال الأشهر القادمة'; outside knowledge: the ministry opened the site of the accepted names on Tue 6 Jan 2026 (alwakeel 759936)"),
    ev("no-extension", "التسجيل الأولي لموسم الحج لهذا العام لن يُمدد", MINISTER, "no own expression; the minister's statement of Mon 27 Oct 2025"),
])

# ---------------------------------------------------------------- palestine-hajj-1447-lottery-2026
S = "palestine-hajj-1447-lottery-2026"
ANNOUNCE = "2026-02-03"                    # the ministry's statement on the date of the lottery, Tue 3 Feb 2026
LOTTERY = "2026-02-05"                     # the electronic lottery for the West Bank, Thu 5 Feb 2026, 10 am, al-Bireh
INSTRUCT = "2026-02-08"                    # the instructions to the winners, Sun 8 Feb 2026
HAJJ = ("2026-05-25", "2026-05-31")        # the Hajj of 1447, 8-13 Dhu al-Hijja 1447 (Umm al-Qura, hijridate)
art(S, "https://alresalah.ps/post/309730/%D9%88%D8%B2%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D8%A3%D9%88%D9%82%D8%A7%D9%81-%D8%AA%D8%B9%D9%84%D9%86-%D9%85%D9%88%D8%B9%D8%AF-%D9%82%D8%B1%D8%B9%D8%A9-%D8%A7%D9%84%D8%AD%D8%AC",
    "2026-02-03", "stamp 'date 2026-02-03' at the head of the stored page (not kept in the text; 3 Feb 2026 was a Tuesday); the body's 'يوم الخميس القادم (5 فبراير/ شباط)' agrees (5 Feb 2026 was a Thursday); headline rendered from the URL slug (the stored text has none); the last, truncated clause (the list of communities) dropped; no date of its own in the text", False, """
وزارة الأوقاف تعلن موعد قرعة الحج
قالت وزارة الأوقاف والشؤون الدينية إن قرعة الحج الخاصة بالمحافظات الشمالية (الضفة الغربية) لموسم 1447هـ/2026م ستجري إلكترونيًا يوم الخميس القادم (5 فبراير/ شباط) في تمام الساعة العاشرة صباحًا، بمقر الوزارة في مدينة البيرة، وفق المعايير المعتمدة التي تضمن الشفافية والنزاهة في اختيار الحجاج.
أما المحافظات الجنوبية (قطاع غزة)، فقد أفادت الوزارة في بيان وصل إلى "الرسالة نت" بأنها ستعلن يوم الخميس المقبل موعد فتح باب تأكيد التسجيل لحجاج عام 2023، وستوضح آلية التأكيد في حينه.
وأوضحت الوزارة أن الإعلان صدر بناء على قرار لجنة الحج، التي درست تقارير المختصين بشأن تفاصيل القرعة الفنية والإدارية والتنظيمية، حرصا على أن تجري بسلاسة وعدالة.
وشدد وكيل الوزارة رئيس لجنة الحج عصام عبد الحليم على أن موسم الحج لهذا العام يقوم على "نظام تنظيم شؤون الحج" رقم (15)، الذي أقره مجلس الوزراء نهاية العام الماضي.
وأشار عبد الحليم إلى أن الوزارة استكملت كل الاستعدادات والترتيبات اللوجستية لإجراء القرعة إلكترونيًا.
""", [
    ev("lottery-announcement", "قالت وزارة الأوقاف والشؤون الدينية إن قرعة الحج", ANNOUNCE, "no own expression; the ministry's statement published on Tue 3 Feb 2026 (stamp)"),
    ev("west-bank-lottery", "ستجري إلكترونيًا يوم الخميس القادم (5 فبراير/ شباط) في تمام الساعة العاشرة صباحًا", LOTTERY, "'يوم الخميس القادم (5 فبراير/ شباط)' = Thu 5 Feb 2026, 10 am"),
    ev("gaza-confirmation-date", "بأنها ستعلن يوم الخميس المقبل موعد فتح باب تأكيد التسجيل", LOTTERY, "'يوم الخميس المقبل' from Tue 3 = Thu 5 Feb 2026 (the announcement planned for that day)"),
    ev("hajj-regulation-15", "الذي أقره مجلس الوزراء نهاية العام الماضي", "2025-12-01", "'نهاية العام الماضي' from Feb 2026 = the end of 2025 (my span December 2025)", end="2026-01-01"),
    ev("hajj-1447", "موسم الحج لهذا العام", HAJJ[0], "'لهذا العام' = the Hajj of 1447 / 2026: 8-13 Dhu al-Hijja 1447 = 25-30 May 2026 (Umm al-Qura, computed with hijridate)", end=HAJJ[1]),
])
art(S, "https://www.nablustv.net/internal.asp?cat=14&newsid=469923&page=details",
    "2026-02-05", "page date line '2/5/2026 5:22:00 PM' (month first; kept as second line) and the body's 'اليوم الخميس' (5 Feb 2026 was a Thursday); the site's banner and the '( الأسماء)' link tag dropped; headline kept from the page; the last, truncated clause dropped", True, """
الأوقاف تجري قرعة الحج إلكترونيًا وتنشر أسماء حجاج المحافظات الشمالية
2/5/2026 5:22:00 PM
نظمت وزارة الأوقاف والشؤون الدينية، اليوم الخميس، قرعة الحج إلكترونيًا لاختيار المواطنين الراغبين في أداء الفريضة من المحافظات الشمالية للعام 1447هـ / 2026، بحضور وزير الأوقاف محمد مصطفى نجم ووكيل الوزارة عصام عبد الحليم وأعضاء لجنة الحج وشخصيات رسمية واعتبارية.
وأفاد الوزير نجم بأن عدد المسجلين في القرعة زاد على 30 ألف مواطن من التجمعات السكانية المعتمدة في المحافظات الشمالية، ومنها مدينة القدس، وهي أكثر من 451 تجمعًا سكانيًا.
وأوضح أن القرعة تنطلق من مقاصد الشريعة الإسلامية القائمة على العدل والشفافية وتكافؤ الفرص، وأنها أُجريت وفق تعليمات مجلس الوزراء الفلسطيني وبنظام إلكتروني متطور يكفل النزاهة ويمنع التمييز بين المتقدمين.
ولفت نجم إلى أن لجنة الحج استكملت كل الترتيبات الخاصة بالنقل والسكن والخدمات، في إطار خطة متكاملة لتقديم أفضل الخدمات لحجاج بيت الله الحرام.
بدوره، أكد وكيل الوزارة عصام عبد الحليم التزام الوزارة بأعلى معايير الشفافية في كل مراحل القرعة.
""", [
    ev("west-bank-lottery", "نظمت وزارة الأوقاف والشؤون الدينية، اليوم الخميس، قرعة الحج إلكترونيًا", LOTTERY, "'اليوم الخميس' = Thu 5 Feb 2026"),
    ev("names-published", "وتنشر أسماء حجاج المحافظات الشمالية", LOTTERY, "no own expression; the names published after the lottery of Thu 5 Feb 2026"),
    ev("najm-statement", "وأفاد الوزير نجم بأن عدد المسجلين في القرعة زاد على 30 ألف مواطن", LOTTERY, "no own expression; said at the lottery of Thu 5 Feb 2026"),
    ev("hajj-1447", "الراغبين في أداء الفريضة من المحافظات الشمالية للعام 1447هـ / 2026", HAJJ[0], "'للعام 1447هـ / 2026' = the Hajj of 1447: 8-13 Dhu al-Hijja 1447 = 25-30 May 2026 (Umm al-Qura)", end=HAJJ[1]),
])
art(S, "https://samanews.ps/ar/post/615318/%D8%B1%D8%A7%D9%85-%D8%A7%D9%84%D9%84%D9%87-%D8%A7%D9%84%D8%A3%D9%88%D9%82%D8%A7%D9%81-%D8%AA%D8%B9%D9%84%D9%86-%D8%AA%D8%B9%D9%84%D9%8A%D9%85%D8%A7%D8%AA-%D8%A7%D8%B3%D8%AA%D9%83%D9%85%D8%A7%D9%84-%D8%A7%D9%84%D8%AA%D8%B3%D8%AC%D9%8A%D9%84-%D9%84%D9%85%D9%88%D8%B3%D9%85-%D8%A7%D9%84%D8%AD%D8%AC-%D8%A8%D8%A7%D9%84%D9%85%D8%AD%D8%A7%D9%81%D8%B8%D8%A7%D8%AA-%D8%A7%D9%84%D8%B4%D9%85%D8%A7%D9%84%D9%8A%D8%A9-%D9%88%D8%A7%D9%84%D8%AC%D9%86%D9%88%D8%A8%D9%8A%D8%A9",
    "2026-02-08", "stamp 'date 2026-02-08' at the head of the stored page (not kept; 8 Feb 2026 was a Sunday); the body's window 'اعتبارًا من صباح يوم الأحد الموافق 08/02/2026' opens that same day, and the dateline 'رام الله/سما/' is kept; headline rendered from the URL slug; the list of health conditions turned into one sentence, its last item cut where the stored text ends", True, """
الأوقاف تعلن تعليمات استكمال التسجيل لموسم الحج في المحافظات الشمالية والجنوبية
رام الله/سما/
أصدرت وزارة الأوقاف والشؤون الدينية التعليمات المتعلقة باستكمال التسجيل في المحافظات الشمالية وتأكيد التسجيل في المحافظات الجنوبية.
وطلبت الوزارة من كل الفائزين في قرعة الحج لموسم 1447هـ / 2026م في المحافظات الشمالية (الضفة الغربية والقدس) مراجعة مديريات الأوقاف، كلٌّ في منطقته، لتسلّم وصل دفع رسوم الحج بحسب مستوى السكن الذي يختاره الحاج، اعتبارًا من صباح يوم الأحد الموافق 08/02/2026 ولغاية نهاية دوام يوم الاثنين الموافق 16/02/2026.
ودعت الأوقاف الحجاج، بعد تسديد الرسوم، إلى تسليم جوازات سفرهم الفلسطينية في مديريات الأوقاف بموعد أقصاه 28/02/2026، على أن تكون سارية المفعول لغاية 30/١١/2026 على الاقل، مرفقة بشهادة صحية معتمدة من وزارة الصحة الفلسطينية تثبت استيفاء الاشتراطات الصحية التي أقرتها المملكة العربية السعودية.
ومن هذه الاشتراطات ألا يعاني الحاج من فشل في أحد الأعضاء الرئيسية (القلب، الرئتين، الكبد، الكلى)، وأن يخلو من الأمراض العصبية والنفسية التي تعيق الإدراك أو ترافقها إعاقات حركية حادة ومن الشيخوخة المصحوبة بالخرف، وألا تكون الحاجة حاملا في الأشهر الأخيرة أو حملا خطرا في جميع مراحله، وأن يخلو من مرض السرطان النشط.
""", [
    ev("instructions-issued", "أصدرت وزارة الأوقاف والشؤون الدينية التعليمات", INSTRUCT, "no own expression; the instructions published on Sun 8 Feb 2026 (stamp), the first day of the payment window"),
    ev("west-bank-lottery", "كل الفائزين في قرعة الحج", LOTTERY, "no own expression; the lottery of Thu 5 Feb 2026 (nablustv)"),
    ev("hajj-1447", "لموسم 1447هـ / 2026م", HAJJ[0], "'لموسم 1447هـ / 2026م' = the Hajj of 1447: 8-13 Dhu al-Hijja 1447 = 25-30 May 2026 (Umm al-Qura)", end=HAJJ[1]),
    ev("fee-payment-window", "لتسلّم وصل دفع رسوم الحج", INSTRUCT, "'اعتبارًا من صباح يوم الأحد الموافق 08/02/2026 ولغاية نهاية دوام يوم الاثنين الموافق 16/02/2026' (Sun 8 - Mon 16 Feb 2026, end exclusive 17 Feb)", end="2026-02-17"),
    ev("passport-deadline", "بموعد أقصاه 28/02/2026", "2026-02-28", "'بموعد أقصاه 28/02/2026' = Sat 28 Feb 2026, the last day to hand in the passports"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 331
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

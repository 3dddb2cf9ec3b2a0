"""Builds stories.jsonl: the 376-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: international court and arbitration cases involving Arab
states: ICJ hearings and rulings, international arbitration awards, ICC arrest warrants, reactions of governments.
Stories: the ICJ's dismissal of Sudan's genocide case against the UAE and Sudan's break with Abu Dhabi (Sudan /
UAE, May 2025), the ICJ's provisional measures in Qatar v. UAE (Qatar / UAE, July 2018), and the ICC (Paris)
arbitration award for Iraq against Turkey that stopped Kurdistan's oil exports through Ceyhan (Iraq, March 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- sudan-uae-icj-case-dismissed-2025
S = "sudan-uae-icj-case-dismissed-2025"
RULING = "2025-05-05"                      # the ICJ's order of Mon 5 May 2025 (no jurisdiction, case removed from the list)
FILING = "2025-03-05"                      # Sudan filed its application on Wed 5 Mar 2025
HEARING = "2025-04-10"                     # the public hearings of Thu 10 Apr 2025
CUT = "2025-05-06"                         # Sudan's Security and Defence Council cut ties with the UAE on Tue 6 May 2025
art(S, "https://www.dabangasudan.org/ar/all-news/article/%d9%85%d8%ad%d9%83%d9%85%d8%a9-%d8%a7%d9%84%d8%b9%d8%af%d9%84-%d8%a7%d9%84%d8%af%d9%88%d9%84%d9%8a%d8%a9-%d8%aa%d8%b4%d8%b7%d8%a8-%d8%af%d8%b9%d9%88%d9%89-%d8%a7%d9%84%d8%b3%d9%88%d8%af%d8%a7%d9%86",
    "2025-05-05", "the body's dateline 'لاهاي:5 مايو 2025:راديو دبنقا' (kept; 5 May 2025 was a Monday) and 'اليوم الاثنين'; headline kept (re-worded) from the page; the last, truncated sentence on Sudan's requested measures dropped", True, """
محكمة العدل الدولية تشطب دعوى السودان على الإمارات لعدم اختصاصها
لاهاي:5 مايو 2025:راديو دبنقا
أعلنت محكمة العدل الدولية في لاهاي اليوم الاثنين أنها غير مختصة بالنظر في القضية التي أقامتها جمهورية السودان على دولة الإمارات.
وعزت المحكمة قرارها إلى التحفظ الذي أبدته الإمارات على المادة التاسعة من اتفاقية منع الإبادة الجماعية.
كما رفضت المحكمة إصدار أمر بالتدابير المؤقتة، وقررت بأغلبية الأصوات شطب القضية.
وكانت الإمارات، عند انضمامها إلى اتفاقية الإبادة الجماعية، قد أبدت تحفظا على مادتها التاسعة التي تقضي بإحالة النزاعات الناشئة بين الأطراف المتعاقدة حول تفسير الاتفاقية أو تطبيقها أو تنفيذها إلى محكمة العدل الدولية.
في الخامس من مارس الماضي، تقدم السودان إلى المحكمة بطلب لإقامة دعوى على الإمارات العربية المتحدة في نزاع يتصل بما يصفه بانتهاكات إماراتية لالتزاماتها بموجب اتفاقية منع جريمة الإبادة الجماعية والمعاقبة عليها في السودان، ولا سيما في غرب دارفور، وأرفق به طلبا للإشارة بتدابير مؤقتة.
وفي جلسات الاستماع العلنية التي انعقدت في 10 أبريل 2025، طالب السودان المحكمة بأن تأمر، إلى حين صدور حكمها النهائي، بتدابير مؤقتة تلزم الإمارات.
""", [
    ev("icj-ruling", "أعلنت محكمة العدل الدولية في لاهاي اليوم الاثنين", RULING, "'اليوم الاثنين' with the dateline 'لاهاي:5 مايو 2025' = Mon 5 May 2025"),
    ev("case-struck-off", "وقررت بأغلبية الأصوات شطب القضية", RULING, "no own expression; part of the order read on Mon 5 May 2025"),
    ev("sudan-filing", "تقدم السودان إلى المحكمة بطلب لإقامة دعوى", FILING, "'في الخامس من مارس الماضي' from May 2025 = Wed 5 Mar 2025"),
    ev("public-hearings", "جلسات الاستماع العلنية التي انعقدت في 10 أبريل 2025", HEARING, "'في 10 أبريل 2025' = Thu 10 Apr 2025"),
])
art(S, "https://www.alsabahalyoum.com/106127",
    "2025-05-05", "page stamp 'الاثنين، ٥ مايو ٢٠٢٥ في ١١:١٨ م' (kept as second line, in Arabic-Indic digits; 5 May 2025 was a Monday); the body's 'اليوم الإثنين 5 مايو 2025' agrees; headline kept (re-worded) from the page, the inner sub-headings and the last, truncated quotation dropped", True, """
محكمة العدل الدولية ترد دعوى السودان على الإمارات بشأن الإبادة الجماعية في دارفور
الاثنين، ٥ مايو ٢٠٢٥ في ١١:١٨ م
ردت محكمة العدل الدولية، اليوم الإثنين 5 مايو 2025، الدعوى التي أقامها السودان على دولة الإمارات العربية المتحدة متهما أبوظبي بمساندة قوات الدعم السريع الضالعة في أعمال عنف بحق المدنيين في إقليم دارفور، ورأت المحكمة أن الدعوى تقع "خارج اختصاصها".
وكانت الحكومة السودانية قد دعت المحكمة الأممية إلى اتخاذ إجراءات عاجلة تحمي قبيلة المساليت من "أعمال إبادة جماعية" تقول إن الإمارات أسهمت في وقوعها بتزويد الدعم السريع بالسلاح، خلافا لاتفاقية منع الإبادة الجماعية لعام 1948.
وبيّنت المحكمة في بيان رسمي أن انعدام الاختصاص يمنعها من بحث "الأسس الموضوعية للادعاءات"، وقررت شطب الدعوى من جدول أعمالها ورفض طلب السودان إصدار إجراءات وقائية، بأغلبية 14 صوتا مقابل صوتين فقط.
ورحبت وزارة الخارجية الإماراتية بالحكم، إذ قالت ريم كتيت، ممثلة الدولة أمام المحكمة، إن "القرار يؤكد انتفاء أي أساس قانوني للدعوى، ويعد رفضا قاطعا لمحاولة استغلال المحكمة لتضليل الرأي العام".
""", [
    ev("icj-ruling", "ردت محكمة العدل الدولية، اليوم الإثنين 5 مايو 2025", RULING, "'اليوم الإثنين 5 مايو 2025' = Mon 5 May 2025"),
    ev("sudan-filing", "وكانت الحكومة السودانية قد دعت المحكمة الأممية إلى اتخاذ إجراءات عاجلة", FILING, "no own expression (pluperfect); the application and the request for provisional measures of Wed 5 Mar 2025 (dabangasudan, hadramouttoday)"),
    ev("case-struck-off", "وقررت شطب الدعوى من جدول أعمالها", RULING, "no own expression; part of the order of Mon 5 May 2025 (14 votes to 2)"),
    ev("uae-welcomes", "ورحبت وزارة الخارجية الإماراتية بالحكم", RULING, "no own expression; the UAE foreign ministry's statement on the day of the order, Mon 5 May 2025"),
])
art(S, "https://hadramouttoday.com/?no=109914",
    "2025-05-05", "no date line on the stored page; the body's 'اليوم الاثنين' for the ICJ's order, known to be of Mon 5 May 2025, gives Mon 5 May; headline written from the body (the stored text has none); no date of its own in the text", False, """
الإمارات ترحب برد العدل الدولية دعوى السودان
رحبت دولة الإمارات بما قضت به محكمة العدل الدولية في لاهاي من رفض الدعوى التي أقامها السودان متهما إياها بالتواطؤ في ارتكاب إبادة جماعية في إقليم دارفور، وشددت على أن الاتهامات الموجهة إليها لا تقوم على أي أساس قانوني أو واقعي.
وذكرت المحكمة، اليوم الاثنين، أنها لا تختص بالنظر في الدعوى التي أقامها السودان في 5 مارس/آذار الماضي، وأبدت في الوقت نفسه بالغ قلقها من الوضع الإنساني المأساوي في السودان ومن تبعات النزاع الدائر هناك.
ووفقا لوكالة أنباء الإمارات (وام)، يترتب على القرار شطب القضية من سجل المحكمة وإنهاء الإجراءات القانونية الخاصة بها رسميا.
في المقابل، قال وزير الثقافة والإعلام السوداني خالد الإعيسر إن بلاده ستمضي في مسعاها القانوني أمام محاكم دولية أخرى تقبل هذا الصنف من القضايا، مؤكدا أن قرار المحكمة الدولية جاء لأسباب إجرائية لا غير.
""", [
    ev("uae-welcomes", "رحبت دولة الإمارات بما قضت به محكمة العدل الدولية", RULING, "no own expression; the UAE's welcome on the day of the order, Mon 5 May 2025"),
    ev("icj-ruling", "وذكرت المحكمة، اليوم الاثنين، أنها لا تختص", RULING, "'اليوم الاثنين' = Mon 5 May 2025"),
    ev("sudan-filing", "الدعوى التي أقامها السودان في 5 مارس/آذار الماضي", FILING, "'في 5 مارس/آذار الماضي' = Wed 5 Mar 2025"),
    ev("case-struck-off", "يترتب على القرار شطب القضية من سجل المحكمة", RULING, "no own expression; the removal from the list ordered on Mon 5 May 2025"),
    ev("aisir-vows-other-courts", "قال وزير الثقافة والإعلام السوداني خالد الإعيسر", RULING, "no own expression; his reaction to the order, on Mon 5 May 2025 or the next day (my span)", end="2025-05-07"),
])
art(S, "http://www.kalimaiq.net/news/details/39296",
    "2025-05-06", "no date line on the stored page; the body's 'اليوم الثلاثاء' for the break of relations and 'أمس الإثنين' for the ICJ's order of Mon 5 May 2025 give Tue 6 May 2025; headline written from the body (the stored text has none); the last, truncated sentence on the Masalit attacks dropped; no date of its own in the text", False, """
السودان يقطع علاقاته الدبلوماسية مع الإمارات
أعلن مجلس الأمن والدفاع في السودان، اليوم الثلاثاء، قطع العلاقات الدبلوماسية مع الإمارات وإغلاق السفارة والقنصلية السودانيتين هناك، وقرر سحب السفير السوداني منها.
وشدد المجلس على احتفاظه بحق الرد على أي عدوان صونا لسيادة البلاد ووحدة أراضيها وحفاظا على سلامة المدنيين.
وكانت محكمة العدل الدولية قد رفضت، أمس الإثنين، دعوى أقامها السودان على الإمارات العربية المتحدة متهما إياها بالتواطؤ في ارتكاب إبادة جماعية في الحرب التي تمزق البلاد منذ أكثر من عامين، لـ"عدم اختصاص" المحكمة بالشكوى.
ورحبت الإمارات بقرار محكمة العدل الدولية رد الدعوى، ووصفتها بأنها "لا أساس لها".
ويتهم الجيش السوداني الإمارات بمساندة قوات الدعم السريع بتزويدها بالأسلحة، وهو ما تنفيه هذه القوات وأبوظبي.
وفي مارس الماضي، تقدم السودان بشكوى ضد الإمارات أمام محكمة العدل الدولية، أعلى هيئة قضائية تابعة للأمم المتحدة، بتهمة "التواطؤ في إبادة جماعية" بسبب دعمها المفترض للدعم السريع.
""", [
    ev("sudan-cuts-ties", "أعلن مجلس الأمن والدفاع في السودان، اليوم الثلاثاء، قطع العلاقات", CUT, "'اليوم الثلاثاء' = Tue 6 May 2025 (the day after the order)"),
    ev("icj-ruling", "وكانت محكمة العدل الدولية قد رفضت، أمس الإثنين", RULING, "'أمس الإثنين' in an article of Tue 6 May 2025 = Mon 5 May"),
    ev("sudan-war", "الحرب التي تمزق البلاد منذ أكثر من عامين", "2023-04-15", "'منذ أكثر من عامين' = the war that began on Sat 15 Apr 2023, still going on at the time of the article (span up to Tue 6 May 2025)", end="2025-05-07"),
    ev("uae-welcomes", "ورحبت الإمارات بقرار محكمة العدل الدولية", RULING, "no own expression; the UAE's welcome of Mon 5 May 2025"),
    ev("sudan-filing", "وفي مارس الماضي، تقدم السودان بشكوى", FILING, "'في مارس الماضي' = the application of Wed 5 Mar 2025 (dabangasudan)"),
])

# ---------------------------------------------------------------- qatar-uae-icj-provisional-measures-2018
S = "qatar-uae-icj-provisional-measures-2018"
ORDER = "2018-07-23"                       # the ICJ's order on provisional measures, Mon 23 Jul 2018
QFILING = "2018-06-11"                     # Qatar filed its application against the UAE on Mon 11 Jun 2018
BOYCOTT = "2017-06-05"                     # Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar on Mon 5 Jun 2017
art(S, "https://arabicpost.net/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/middle_east/2018/07/23/%d8%a7%d9%84%d8%b9%d8%af%d9%84-%d8%a7%d9%84%d8%af%d9%88%d9%84%d9%8a%d8%a9-%d8%aa%d8%a3%d9%85%d8%b1-%d8%a7%d9%84%d8%a5%d9%85%d8%a7%d8%b1%d8%a7%d8%aa-%d8%a8%d9%84%d9%85-%d8%b4%d9%85%d9%84-%d8%a3%d8%b3",
    "2018-07-23", "date in the URL '/2018/07/23/' and the body's 'الإثنين 23 يوليو/تموز 2018' (kept; 23 Jul 2018 was a Monday); headline rendered from the URL slug (the stored text has none); the last, truncated sentence dropped", True, """
العدل الدولية تأمر الإمارات بلمّ شمل الأسر القطرية
أمرت محكمة العدل الدولية الإثنين 23 يوليو/تموز 2018 دولة الإمارات العربية المتحدة بصون حقوق المواطنين القطريين، ولا سيما جمع شمل العائلات التي تفرق أفرادها وتمكين الطلاب من متابعة دراستهم.
وكانت قطر قد رفعت خلافها مع الإمارات إلى هذه المحكمة في حزيران/يونيو، متهمة إياها بـ"انتهاك حقوق الإنسان" في أعقاب "الحصار" الذي فرض على الدوحة العام الفائت وأشعل التوتر بين البلدين الخليجيين الجارين.
وفي يونيو/حزيران 2017 قطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر بدعوى "تمويل الإرهاب" ومساندة إيران، وفرضت عليها حصارا بريا وبحريا وجويا، في حين نفت الدوحة هذه الاتهامات.
وأكد محامو قطر أمام محكمة العدل الدولية في يونيو/حزيران أن الإمارات تنشر "أجواء من الرعب" بين القطريين المقيمين على أرضها، وأنها فرقت العائلات وألحقت بها "معاناة كبيرة".
وقال رئيس المحكمة القاضي عبد القوي أحمد يوسف الإثنين إن على الإمارات أن تحرص على جمع شمل العائلات القطرية التي فرقت الإجراءات العقابية الإماراتية بين أفرادها.
وأضاف أن الطلاب القطريين المتضررين من هذه الإجراءات ينبغي أن يمكّنوا من إتمام دراستهم في الإمارات أو من الحصول على ملفاتهم الجامعية إن أرادوا متابعتها في بلد آخر.
""", [
    ev("icj-order", "أمرت محكمة العدل الدولية الإثنين 23 يوليو/تموز 2018", ORDER, "'الإثنين 23 يوليو/تموز 2018' = Mon 23 Jul 2018"),
    ev("qatar-filing", "وكانت قطر قد رفعت خلافها مع الإمارات إلى هذه المحكمة في حزيران/يونيو", QFILING, "'في حزيران/يونيو' (2018) = the application of Mon 11 Jun 2018 (belqees: 'في 11 يونيو / حزيران الماضي')"),
    ev("gulf-boycott", "وفي يونيو/حزيران 2017 قطعت السعودية والإمارات والبحرين ومصر علاقاتها", BOYCOTT, "'في يونيو/حزيران 2017' = the break of Mon 5 Jun 2017 (outside knowledge; khabir: 'قرار 5 يونيو/حزيران 2017')"),
    ev("june-hearings", "وأكد محامو قطر أمام محكمة العدل الدولية في يونيو/حزيران", "2018-06-27", "'في يونيو/حزيران' (2018) = the hearings on provisional measures of Wed 27 - Fri 29 Jun 2018 (outside knowledge)", end="2018-06-30"),
])
art(S, "https://thelenspost.com/%d8%b6%d8%b1%d8%a8%d8%a9-%d8%ac%d8%af%d9%8a%d8%af%d8%a9-%d9%84%d8%af%d9%88%d9%84-%d8%a7%d9%84%d8%ad%d8%b5%d8%a7%d8%b1-%d8%a7%d9%84%d8%b9%d8%af%d9%84-%d8%a7%d9%84%d8%af%d9%88%d9%84%d9%8a%d8%a9",
    "2018-07-24", "no date line on the stored page; the body's 'أمس “الإثنين” 23 يوليو' for the order gives Tue 24 Jul 2018 (23 Jul 2018 was a Monday); headline rendered from the URL slug; the last, truncated sentence on the 13 demands dropped; no date of its own in the text", False, """
ضربة جديدة لدول الحصار في العدل الدولية
أعلنت محكمة العدل الدولية في لاهاي، أمس “الإثنين” 23 يوليو، قرارها بشأن الشكوى التي رفعتها قطر على الإمارات فيما يسمى بـ"التدابير الوقتية".
ويجيء ذلك بعدما أقام القطريون دعوى تمييز على الإمارات في يونيو الماضي أمام محكمة العدل الدولية.
وفرضت المحكمة جملة من الإجراءات المؤقتة الملزمة وطالبت بتطبيقها، وهي:
– أن تكفل الإمارات إعادة لم شمل الأسر التي تضررت من الإجراءات المتخذة ضد قطر
– أن تلتزم أبوظبي بجمع شمل العائلات القطرية الإماراتية التي فرقت بينها
– أن تسمح أبوظبي للطلاب القطريين بإتمام دراستهم في الإمارات
– أن تتيح أبوظبي للقطريين المتضررين اللجوء إلى القضاء الإماراتي
وأوضحت المحكمة أن الإجراءات الإماراتية تندرج في نطاق اتفاقية القضاء على التمييز العنصري، مبينة أن المعطيات المتوفرة حاليا تكفي لإثبات وجود خلاف بين قطر والإمارات.
وكانت السعودية والإمارات والبحرين ومصر قد قطعت علاقاتها مع قطر في يونيو من العام الماضي، متهمة إياها بـ"تمويل الإرهاب ودعمه"، بينما تنفي الدوحة هذه الاتهامات قطعيا.
""", [
    ev("icj-order", "أعلنت محكمة العدل الدولية في لاهاي، أمس “الإثنين” 23 يوليو", ORDER, "'أمس “الإثنين” 23 يوليو' = Mon 23 Jul 2018"),
    ev("qatar-filing", "أقام القطريون دعوى تمييز على الإمارات في يونيو الماضي", QFILING, "'في يونيو الماضي' from Jul 2018 = the application of Mon 11 Jun 2018"),
    ev("gulf-boycott", "قد قطعت علاقاتها مع قطر في يونيو من العام الماضي", BOYCOTT, "'في يونيو من العام الماضي' from 2018 = June 2017: the break of Mon 5 Jun 2017"),
])
art(S, "http://soutalomma.com/Article/822448/%D8%A7%D9%84%D8%B9%D8%AF%D9%84-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A%D8%A9-%D8%AA%D9%88%D8%AC%D9%87-%D8%B5%D9%81%D8%B9%D8%A9-%D9%84%D9%80-%D8%AA%D9%86%D8%B8%D9%8A%D9%85-%D8%A7%D9%84%D8%AD%D9%85%D8%AF%D9%8A%D9%86-%D8%B4%D9%83%D8%A7%D9%88%D9%89-%D9%82%D8%B7%D8%B1-%D8%A7%D9%84%D9%83%D9%8A%D8%AF%D9%8A%D8%A9",
    "2018-07-24", "page date line 'الثلاثاء، 24 يوليو 2018 12:00 ص' (kept as second line; 24 Jul 2018 was a Tuesday); headline kept (re-worded) from the page; the photo caption and the byline 'كتب- أحمد عرفة' dropped; the last, truncated paragraph dropped", True, """
العدل الدولية تصفع تنظيم الحمدين.. شكاوى قطر الكيدية تعجز عن النيل من الإمارات
الثلاثاء، 24 يوليو 2018 12:00 ص
تلقت الدوحة صفعة جديدة في ساحات محكمة العدل الدولية، بعد أن رفضت المحكمة المطالب القطرية التي قدمتها في شكواها ضد الإمارات، وبعد أن اتضحت الشائعات والأكاذيب التي تبثها الدوحة ضد دول الرباعي العربي.
فقطر التي سعت إلى ترويج مزاعم بأن الإمارات ترفض إقامة القطريين على أراضيها، كشفت مدى انتهازية نظامها والشكاوى الكيدية التي تروجها ضد الإمارات، متغافلة عن الانتهاكات التي يرتكبها تنظيم الحمدين في المنطقة العربية.
وقد علق وزير الدولة الإماراتي للشؤون الخارجية، الدكتور أنور قرقاش، على قرارات محكمة العدل الدولية في الشكوى القطرية ضد الإمارات.
وذكر الوزير، في تغريدة على حسابه الشخصي في تويتر، أن ملخص قرار محكمة العدل الدولية الْيَوْمَ تناول ما يعرف بالإجراءات الوقتية، وأن القضاة رفضوا المطالب القطرية المقدمة ودعوا إلى 3 إجراءات تتعلق بالأسر والطلبة والتقاضي.
""", [
    ev("icj-order", "ملخص قرار محكمة العدل الدولية الْيَوْمَ", ORDER, "'الْيَوْمَ' in Gargash's tweet of Mon 23 Jul 2018 (slaati: 'اليوم الإثنين') = Mon 23 Jul 2018"),
    ev("gargash-tweet", "وقد علق وزير الدولة الإماراتي للشؤون الخارجية، الدكتور أنور قرقاش", ORDER, "no own expression; his tweet on the day of the order, Mon 23 Jul 2018 (slaati 23 Jul: 'اليوم الإثنين')"),
    ev("qatar-demands-rejected", "بعد أن رفضت المحكمة المطالب القطرية", ORDER, "no own expression; the UAE's reading of the order of Mon 23 Jul 2018"),
])
art(S, "http://khabir.net/article.php?id=47451&cid=289&catidval=0",
    "2018-07-26", "page line 'أضيف بتاريخ :2018/07/26' (kept, at the end as on the page; 26 Jul 2018 was a Thursday); headline kept (re-worded, the hashtag dropped) from the page; the section label 'خليجية' and the comments dropped", True, """
قطر ترحب بقرار المحكمة الدولية
رحبت قطر بقرار محكمة العدل الدولية في القضية التي رفعتها أمام المحكمة ضد الإمارات.
وأثنى عبد الرحمن يعقوب الحمادي، القائم بالأعمال بالإنابة للوفد الدائم لدولة قطر لدى الأمم المتحدة، على القرار أمام مجلس الأمن، وفق بيان للخارجية القطرية.
وجدد الحمادي دعوة قطر الدائمة إلى الحوار سبيلا لحل الأزمة، والتزامها بالوساطة الكويتية "انسجاما مع سياسة دولة قطر التي تؤكد على أهمية الحفاظ على السلم والأمن وتسوية النزاعات والخلافات بالسبل السلمية والحوار والعمل الجماعي البناء وعلاقات حسن الجوار".
وحذر من العواقب الخطيرة للأزمة، التي يرى أنها توجب "الرفع الفوري لكافة الإجراءات الأحادية التعسفية ضد دولة قطر، والحصار الجائر ضدها".
وكانت محكمة العدل الدولية قد قضت بإلزام دولة الإمارات العربية المتحدة بإعادة لم شمل العائلات القطرية التي فرقها قرار 5 يونيو/حزيران 2017، الذي اتخذته الإمارات ودول عربية أخرى بمقاطعة قطر، كما ألزمتها بالسماح للطلاب القطريين بإتمام دراستهم في الجامعات الإماراتية أو بتسليمهم سجلاتهم الدراسية، وبتمكين المواطنين القطريين من اللجوء إلى المحاكم الإماراتية.
أضيف بتاريخ :2018/07/26
""", [
    ev("qatar-welcomes-at-unsc", "وأثنى عبد الرحمن يعقوب الحمادي", "2018-07-24", "no own expression; Qatar's statement in the Security Council's open debate on the Middle East, Tue 24 Jul 2018 (outside knowledge; my span 24-25 Jul)", end="2018-07-26"),
    ev("icj-order", "وكانت محكمة العدل الدولية قد قضت بإلزام دولة الإمارات", ORDER, "no own expression (pluperfect); the order of Mon 23 Jul 2018"),
    ev("gulf-boycott", "قرار 5 يونيو/حزيران 2017", BOYCOTT, "'5 يونيو/حزيران 2017' = Mon 5 Jun 2017"),
])

# ---------------------------------------------------------------- iraq-turkey-ceyhan-arbitration-award-2023
S = "iraq-turkey-ceyhan-arbitration-award-2023"
AWARD = "2023-03-23"                       # the ICC (Paris) tribunal's final award, Thu 23 Mar 2023
HALT = "2023-03-25"                        # Turkey stopped the pumping at 12:35 on Sat 25 Mar 2023; the ministry announced the award that day
Y2014 = ("2014-01-01", "2015-01-01")       # Iraq filed for arbitration in 2014 (May 2014)
Y1973 = ("1973-01-01", "1974-01-01")       # the Iraq-Turkey pipeline agreement of 1973
art(S, "https://ultrairaq.usawtiq.com/%D8%B5%D8%A7%D8%AF%D8%B1%D8%A7%D8%AA-%D9%83%D8%B1%D8%AF%D8%B3%D8%AA%D8%A7%D9%86-%D8%B9%D8%A8%D8%B1-%D8%AC%D9%8A%D9%87%D8%A7%D9%86-%D8%A7%D9%84%D9%86%D9%81%D8%B7-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%D9%8A%D8%A9-%D8%AA%D9%82%D9%88%D9%84-%D8%A5%D9%86%D9%87%D8%A7-%D9%83%D8%B3%D8%A8%D8%AA-%D8%AF%D8%B9%D9%88%D9%89-%D8%B6%D8%AF-%D8%AA%D8%B1%D9%83%D9%8A%D8%A7/%D8%A7%D9%84%D8%AA%D8%B1%D8%A7-%D8%B9%D8%B1%D8%A7%D9%82/%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF",
    "2023-03-25", "the body's 'يوم السبت 25 آذار/مارس 2023' (kept; 25 Mar 2023 was a Saturday) for the ministry's announcement that the report relays as news, with 'الخميس الماضي' for the award of Thu 23 Mar; headline rendered from the URL slug; the last, truncated sentence dropped", True, """
صادرات كردستان عبر جيهان.. النفط العراقية تقول إنها كسبت دعوى ضد تركيا
أعلنت وزارة النفط العراقية، يوم السبت 25 آذار/مارس 2023، أنها كسبت دعوى التحكيم في قضية تصدير النفط عبر ميناء جيهان التركي.
وذكرت الوزارة أنها ستبحث مع إقليم كردستان وتركيا آليات تصدير النفط العراقي عبر الميناء.
وتقوم الدعوى التي أقامها العراق على تركيا على خرق الأخيرة لاتفاقية خط الأنابيب العراقية - التركية عام 1973، التي تقضي بـ"وجوب امتثال الحكومة التركية لتعليمات الجانب العراقي في ما يتعلق بحركة النفط الخام المصدّر من العراق الى جميع مراكز التخزين والتصريف والمحطة النهائية".
ويصدّر إقليم كردستان نفطه عبر خط الأنابيب الممتد بين كركوك وجيهان على الحدود مع تركيا.
وفي خريف العام الماضي، وجهت وزارة النفط تحذيرا إلى الشركات العالمية "من شراء نفط إقليم كردستان" بعد أن رفض الإقليم "نقل الملف بالكامل إلى الحكومة الاتحادية".
وصدر الحكم النهائي الخميس الماضي عن هيئة التحكيم التابعة لغرفة التجارة الدولية في باريس، وقالت الوزارة في بيان اطلع عليه "ألترا عراق" إنها "ترحب بالقرار" وتعبر عن "تقديرها" لجهود الهيئة "لتعاملها الاحترافي والمهني" مع الدعوى، من خلال "إتاحة الفرصة والوقت للطرفين للدفاع عن مواقفهم".
""", [
    ev("ministry-announces-win", "أعلنت وزارة النفط العراقية، يوم السبت 25 آذار/مارس 2023", HALT, "'يوم السبت 25 آذار/مارس 2023' = Sat 25 Mar 2023"),
    ev("pipeline-agreement-1973", "اتفاقية خط الأنابيب العراقية - التركية عام 1973", Y1973[0], "'عام 1973' = the year 1973", end=Y1973[1]),
    ev("warning-to-companies", "وجهت وزارة النفط تحذيرا إلى الشركات العالمية", "2022-09-01", "'في خريف العام الماضي' from 2023 = autumn 2022 (my span Sep - 21 Dec 2022)", end="2022-12-22"),
    ev("final-award", "وصدر الحكم النهائي الخميس الماضي", AWARD, "'الخميس الماضي' from Sat 25 Mar 2023 = Thu 23 Mar 2023 (iamaeg: 'يوم الخميس الموافق 23/3/2023')"),
])
art(S, "https://sarabic.ae/amp/20230325/%D9%88%D9%83%D8%A7%D9%84%D8%A9-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D9%8A%D8%B1%D8%A8%D8%AD-%D9%82%D8%B6%D9%8A%D8%A9-%D8%B6%D8%AF-%D8%AA%D8%B1%D9%83%D9%8A%D8%A7-%D8%A8%D8%B4%D8%A3%D9%86-%D8%B5%D8%A7%D8%AF%D8%B1%D8%A7%D8%AA-%D8%A7%D9%84%D9%86%D9%81%D8%B7-%D9%85%D9%86-%D8%A5%D9%82%D9%84%D9%8A%D9%85-%D9%83%D8%B1%D8%AF%D8%B3%D8%AA%D8%A7%D9%86-1075121626.html",
    "2023-03-25", "date in the URL '/20230325/' (25 Mar 2023 was a Saturday); headline rendered from the URL slug (the stored text starts after it); no date of its own in the text", False, """
وكالة: العراق يربح قضية ضد تركيا بشأن صادرات النفط من إقليم كردستان
أفادت وكالة "بلومبرغ" للأنباء بأن "محكمة التحكيم الدولية، التابعة لغرفة التجارة الدولية، في باريس حكمت لصالح العراق"، موضحة أن بغداد اتهمت أنقرة بخرق اتفاق عبور خط أنابيب النفط المبرم عام 1973، بسماحها بصادرات النفط الخام من حكومة إقليم كردستان، شبه المستقل، من دون موافقتها.
وأكدت الوكالة أن "تركيا لن تسمح لشحنات النفط الخام من إقليم كردستان العراق بمغادرة ميناء جيهان الساحلي بدون موافقة من الحكومة الاتحادية في بغداد".
وقد توترت العلاقات بين بغداد وأنقرة خلال السنوات الأخيرة بسبب ملف المياه وحزب العمال الكردستاني المعارض لتركيا، الذي يتخذ من شمال العراق ملاذا له.
وتتعرض مناطق عدة في إقليم كردستان العراق لقصف تركي متكرر، تسوّغه أنقرة بضرورة التصدي لحزب العمال الكردستاني.
وقد شنت تركيا مؤخرًا عمليات عسكرية عدة داخل الأراضي العراقية ضد مسلحي الحزب الكردي، وهو ما رفضته بغداد وعدته انتهاكا للسيادة العراقية.
""", [
    ev("final-award", "في باريس حكمت لصالح العراق", AWARD, "no own expression; the final award of Thu 23 Mar 2023 (ultrairaq: 'الخميس الماضي')"),
    ev("pipeline-agreement-1973", "اتفاق عبور خط أنابيب النفط المبرم عام 1973", Y1973[0], "'عام 1973' = the year 1973", end=Y1973[1]),
    ev("ceyhan-halt", "تركيا لن تسمح لشحنات النفط الخام من إقليم كردستان", HALT, "no own expression; Turkey's halt of the Kurdish crude, pumping stopped at 12:35 on Sat 25 Mar 2023 (elhayaanews: 'في الساعة 12:35 من يوم 25/3/2023')"),
])
art(S, "https://drawmedia.net/ar/page_detail?smart-id=12498",
    "2023-03-31", "page stamp '2023-03-31 21:13:42' (kept as second line; 31 Mar 2023 was a Friday); headline kept (re-worded) from the page; the source tag 'عربية:Draw' dropped; the text cut after the first paragraph of the sub-heading", True, """
إعادة ترتيب الأوراق والعلاقات: تبعات قرار التحكيم الدولي بعدم قانونية تصدير نفط إقليم كردستان العراق عبر تركيا
2023-03-31 21:13:42
في خطوة يرجح أن تترك آثارا سياسية واقتصادية مهمة على العلاقة بين الحكومة الاتحادية في بغداد وحكومة إقليم كردستان، وعلى علاقة الطرفين بتركيا، أصدرت هيئة التحكيم التابعة لغرفة التجارة الدولية في باريس، في 25 مارس 2023، قرارها المنتظر منذ زمن بعدم قانونية سماح تركيا لإقليم كردستان العراق بتصدير نفطه عبر الأنبوب العراقي المار في أراضيها نحو ميناء جيهان على البحر الأبيض المتوسط.
ويمثل القرار انتصارا لموقف وزارة النفط الاتحادية والحكومات العراقية المتعاقبة التي عدّت تصدير إقليم كردستان نفطه بمعزل عن الحكومة الاتحادية "غير قانوني".
نزاع عمره سنوات
ترجع هذه القضية إلى العام 2014، حين تقدمت وزارة النفط الاتحادية العراقية بشكوى إلى هيئة التحكيم التابعة لغرفة التجارة الدولية في باريس اعتراضا على تصدير إقليم كردستان نفطه من دون موافقة الوزارة عبر الأنبوب النفطي العراقي-التركي.
""", [
    ev("final-award", "أصدرت هيئة التحكيم التابعة لغرفة التجارة الدولية في باريس، في 25 مارس 2023", AWARD, "the text's 'في 25 مارس 2023' is the day the award was made public (Sat 25 Mar); the award itself is of Thu 23 Mar 2023 (ultrairaq 'الخميس الماضي', iamaeg '23/3/2023')"),
    ev("arbitration-filed", "حين تقدمت وزارة النفط الاتحادية العراقية بشكوى إلى هيئة التحكيم", Y2014[0], "'العام 2014' = the year 2014 (the request was filed in May 2014)", end=Y2014[1]),
])
art(S, "https://mustaqbalweb.com/webtv/video/255619-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D8%A7%D8%AA%D9%81%D8%A7%D9%82-%D9%82%D8%B1%D9%8A%D8%A8-%D9%84%D8%A7%D8%B3%D8%AA%D8%A6%D9%86%D8%A7%D9%81-%D8%AA%D8%B5%D8%AF%D9%8A%D8%B1-%D9%86%D9%81%D8%B7-%D9%83%D8%B1%D8%AF%D8%B3%D8%AA%D8%A7%D9%86",
    "2023-04-02", "page line 'تم النشر في 2 نيسان 2023 | 00:00' (kept as second line; 2 Apr 2023 was a Sunday); headline kept (re-worded) from the page; the section label 'عرب وعالم' and the source tag 'سكاي نيوز عربية' dropped", True, """
العراق.. اتفاق وشيك لاستئناف تصدير نفط كردستان
تم النشر في 2 نيسان 2023 | 00:00
تقترب الحكومة العراقية من إبرام اتفاق مع حكومة إقليم كردستان لاستئناف تصدير النفط من الشمال، الذي توقف نحو أسبوع عقب فوز بغداد في قضية تحكيم دولي ضد تركيا.
وكشفت الحكومة الاتحادية العراقية وحكومة إقليم كردستان أنهما باتتا على وشك إبرام اتفاق يهدف إلى استئناف صادرات النفط من الشمال.
ونقلت وكالة فرانس برس عن مصادر حكومية أن إقليم كردستان العراق سيستأنف تصدير النفط يوم الإثنين المقبل، بعد أن توصلت بغداد وأربيل إلى اتفاق بشأن إدارة نفط الإقليم.
""", [
    ev("ceyhan-halt", "الذي توقف نحو أسبوع", HALT, "'نحو أسبوع' before Sun 2 Apr 2023 = the halt that began on Sat 25 Mar 2023 (elhayaanews)"),
    ev("final-award", "عقب فوز بغداد في قضية تحكيم دولي ضد تركيا", AWARD, "no own expression; the award of Thu 23 Mar 2023"),
    ev("deal-near", "أنهما باتتا على وشك إبرام اتفاق", "2023-04-01", "no own expression; the statements relayed before the midnight stamp of Sun 2 Apr 2023 (my span Sat 1 - Sun 2 Apr)", end="2023-04-03"),
    ev("resumption-planned", "سيستأنف تصدير النفط يوم الإثنين المقبل", "2023-04-03", "'يوم الإثنين المقبل' from Sun 2 Apr 2023 = Mon 3 Apr 2023 (the planned day; the flow did not in fact resume then)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 376
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

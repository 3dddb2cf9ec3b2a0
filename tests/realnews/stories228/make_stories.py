"""Builds stories.jsonl: the 228-th evaluation set of real Arabic news stories (several articles per
story, from different outlets, published on different days), bodies re-worded sentence by sentence,
every date/time expression kept verbatim, gold events keyed across each story (same format and checks
as tests/realnews/stories204/make_stories.py). Domain: cars (car import bans and rules, customs and
taxes on vehicles): Syria's stop on used-car imports (June 2025), Jordan's cut of the total taxes on
vehicles (June 2025), Iraq's ban on importing damaged cars (November 2025), Sudan's six-month halt on
importing small cars (April 2020). None of these stories is in the dev set or the other
tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-used-car-import-ban-2025
S = "syria-used-car-import-ban-2025"
art(S, "https://963media.com/30/06/2025/%D8%A7%D9%84%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A%D8%A9-%D8%AA%D9%88%D9%82%D9%81-%D8%A7%D8%B3%D8%AA%D9%8A%D8%B1%D8%A7%D8%AF-%D8%A7%D9%84%D8%B3%D9%8A%D8%A7%D8%B1/",
    "2025-06-30", "date in the URL '/30/06/2025/' and the body's 'أمس الأحد' for the ministry's decision of Sun 29 Jun 2025 (so Mon 30 Jun 2025); no date line of its own in the text; the dateline 'دمشق', the 'اقرأ أيضاً' link and the truncated last sentence dropped", False, """
أوقفت وزارة الاقتصاد والصناعة السورية أمس الأحد استيراد السيارات المستعملة اعتباراً من تاريخ 29 حزيران/يونيو الجاري، وفق قرار نشرته الوزارة على صفحتها في "فيسبوك".
ونص القرار على وقف استيراد السيارات المستعملة، واستثنى من المنع الرؤوس القاطرة والشاحنات وآليات الأشغال العامة والجرارات الزراعية التي لا يزيد عمرها على عشر سنوات عدا سنة الصنع.
كما استُثنيت من القرار حافلات نقل الركاب التي تضم 32 مقعداً فأكثر ولا يتجاوز عمرها أربع سنوات عدا سنة الصنع.
ولم يشمل المنع المستوردين الذين اشتروا سياراتهم قبل صدوره، بشرط أن يثبتوا أرقام المحركات لدى الهيئة العامة للمنافذ البرية والبحرية في مقرها بكفرسوسة في دمشق حتى يوم الأحد 6/7/2025 ضمناً.
وأجاز القرار استيراد السيارات الجديدة وغير المستعملة شرط ألا يزيد عمرها على سنتين عدا سنة الصنع.
وكان وزير النقل السوري يعرب بدر قد صرّح الشهر الماضي بأن التسهيلات التي قدمتها الحكومة لاستيراد السيارات "مؤقتة" ولا تملك مقومات الاستمرار، متوقعاً اتخاذ إجراءات لضبط الاستيراد حفاظاً على سلامة المرور.
""", [
    ev("ban-decision", "أوقفت وزارة الاقتصاد والصناعة السورية أمس الأحد استيراد السيارات المستعملة", "2025-06-29", "'أمس الأحد' before Mon 30 Jun = Sun 29 Jun 2025 (decision no. 462, in force from 29 June)"),
    ev("registration-deadline", "حتى يوم الأحد 6/7/2025 ضمناً", "2025-06-29", "the window for registering cars bought before the decision runs from the decision (Sun 29 Jun) up to and including 'الأحد 6/7/2025' (Sun 6 Jul 2025); end exclusive 7 Jul", end="2025-07-07"),
    ev("transport-minister-remarks", "صرّح الشهر الماضي بأن التسهيلات", "2025-05-01", "'الشهر الماضي' from a 30 June article = May 2025 (the exact day is not given)", end="2025-06-01"),
])
art(S, "https://www.arabkhabar.com/a/4817246",
    "2025-06-30", "page stamp 'تاريخ النشر: 30th, June 2025 GMT' under the headline (kept as the first line, re-written '30 حزيران 2025'); 30 Jun 2025 was a Monday, the day after the decision of Sun 29 Jun; the dateline 'دمشق-سانا' dropped; the truncated last sentence cut", True, """
30 حزيران 2025
وزير الاقتصاد والصناعة السوري يشرح دوافع منع استيراد السيارات المستعملة
أوضح وزير الاقتصاد والصناعة السوري الدكتور محمد نضال الشعار أن قرار منع استيراد السيارات المستعملة الذي أصدره جاء بعد أن دخلت البلاد في الأشهر الأخيرة سيارات كثيرة لا تستوفي معايير الجودة المطلوبة، وباتت عبئاً على البنية التحتية والاقتصاد المحلي.
وقال الشعار في تصريح لوكالة سانا إن سوق الشمال بقي مفتوحاً أمام استيراد السيارات في الفترة التي تلت تحرير سوريا، فدخلت منه كميات كبيرة مستفيدة من غياب القيود الجمركية المعقدة التي كانت مفروضة في مناطق النظام البائد بضرائبها ورسومها المرتفعة.
وأضاف أن ارتفاع طلب المواطنين على استبدال سياراتهم القديمة، ومعظمها مصنوع قبل عام 2000، دفع إلى اتخاذ قرار بتنظيم الاستيراد في كامل الجغرافيا السورية.
وبيّن أن عمر السيارات المسموح باستيرادها حُدد بسنتين فقط عدا سنة الصنع لأسباب اقتصادية، بهدف تقليل الهدر وكلفة الصيانة.
""", [
    ev("minister-explains", "أوضح وزير الاقتصاد والصناعة السوري الدكتور محمد نضال الشعار", "2025-06-29", "no own expression; the minister's statement to SANA was carried on Mon 30 Jun 2025 (the day of this stamp), the day after the decision; span 29-30 Jun", end="2025-07-01"),
    ev("ban-decision", "قرار منع استيراد السيارات المستعملة الذي أصدره", "2025-06-29", "no own expression; decision no. 462 of Sun 29 Jun 2025 (other outlets: 'أمس الأحد', 'الأحد')"),
    ev("used-car-flood", "دخلت البلاد في الأشهر الأخيرة سيارات كثيرة", "2024-12-08", "'في الأشهر الأخيرة', 'في الفترة التي تلت تحرير سوريا': from the fall of the Assad government (8 Dec 2024, outside knowledge) to the decision of 29 Jun 2025", end="2025-06-29"),
    ev("two-year-rule", "عمر السيارات المسموح باستيرادها حُدد بسنتين", "2025-06-29", "no own expression; part of the decision of Sun 29 Jun 2025"),
])
art(S, "https://levant-news.com/article/%D8%A8%D9%8A%D9%86-%D9%85%D8%A4%D9%8A%D8%AF-%D9%88%D8%B1%D8%A7%D9%81%D8%B6..-%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A%D8%A9-%D8%AA%D8%B1%D9%81%D8%B6-%D8%A7%D8%B3%D8%AA%D9%8A%D8%B1%D8%A7%D8%AF-%D8%A7%D9%84%D8%B3%D9%8A%D8%A7%D8%B1%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D8%B3%D8%AA%D8%B9%D9%85%D9%84%D8%A9june-30,-2025,-10:38-am",
    "2025-06-30", "the URL ends with the publication time 'june-30,-2025,-10:38-am' (Mon 30 Jun 2025); the body's 'الأحد' for the decision of Sun 29 Jun agrees; the site's top bar 'الثلاثاء ٠١ / يوليو / ٢٠٢٥' is the page's running today-date, not the article's, and was dropped with the logo and the repeated headlines; the truncated last sentence cut", False, """
بين مؤيد ورافض.. الحكومة السورية تمنع استيراد السيارات المستعملة
أصدرت وزارة الاقتصاد والصناعة السورية، الأحد، قراراً بمنع استيراد السيارات المستعملة إلى البلاد، مع السماح باستيراد كل أنواع السيارات الجديدة وغير المستعملة على ألا يتجاوز عمرها سنتين، مع استثناءات محددة.
ويحمل القرار الرقم 462، وينص على وقف استيراد السيارات المستعملة اعتباراً من يوم الأحد 29 حزيران، عدا بعض الأنواع، ومنها الرؤوس القاطرة والشاحنات وآليات الأشغال العامة والجرارات الزراعية التي لا يتجاوز عمرها عشر سنوات عدا سنة الصنع.
واستثنى القرار كذلك حافلات النقل العام ذات الـ32 مقعداً فما فوق التي لا يزيد عمرها على أربع سنوات، إضافة إلى المستوردين الذين اشتروا سيارات قبل صدوره، بشرط إثبات أرقام الشاسيه لدى الهيئة العامة للمنافذ البرية والبحرية قبل يوم الأحد 6 تموز القادم.
""", [
    ev("ban-decision", "أصدرت وزارة الاقتصاد والصناعة السورية، الأحد، قراراً", "2025-06-29", "'الأحد' = Sun 29 Jun 2025 (the text: 'اعتباراً من يوم الأحد 29 حزيران')"),
    ev("ban-in-force", "اعتباراً من يوم الأحد 29 حزيران", "2025-06-29", "'يوم الأحد 29 حزيران' = Sun 29 Jun 2025; the stop is open-ended (gold: its first day)"),
    ev("registration-deadline", "قبل يوم الأحد 6 تموز القادم", "2025-06-29", "the window runs from the decision (Sun 29 Jun) to 'يوم الأحد 6 تموز' (Sun 6 Jul 2025); end exclusive 7 Jul", end="2025-07-07"),
])
art(S, "https://mojazanba.com/other-news/69021/2025/07/06/%D8%B1%D8%A7%D8%A8%D8%B7-%D8%AA%D8%B3%D8%AC%D9%8A%D9%84-%D8%A7%D9%84%D8%B3%D9%8A%D8%A7%D8%B1%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D8%B3%D8%AA%D8%B9%D9%85%D9%84%D8%A9-%D9%81%D9%8A-%D8%B3%D9%88%D8%B1%D9%8A/",
    "2025-07-06", "date in the URL '/2025/07/06/' (Sun 6 Jul 2025, the last day of the registration window); no date of its own in the text; the guide's table-of-contents sentence dropped", False, """
رابط تسجيل السيارات المستعملة في سوريا: دليل الإجراءات الجديدة لإدخال المركبات
في خطوة ترمي إلى تنظيم استيراد السيارات المستعملة وإدخالها، أعلنت الهيئة العامة للمنافذ البرية والبحرية في سوريا إطلاق رابط إلكتروني جديد خاص بتسجيل طلبات إدخال هذه المركبات.
ويندرج هذا الإجراء ضمن مساعي الحكومة لتسريع المعاملات الجمركية والفنية وضبط فاتورة الاستيراد والحفاظ على احتياطي القطع الأجنبي، بعد فترة دخلت فيها أعداد كبيرة من السيارات المستعملة "لا تتناسب مع معايير الجودة المطلوبة".
وأطلقت الهيئة رابطاً إلكترونياً جديداً لتسجيل طلبات إدخال السيارات المستعملة، يحل محل الرابط القديم الذي أُوقف بعد أن تجاوز عدد المسجلين عليه الحد المتاح.
""", [
    ev("new-registration-link", "أعلنت الهيئة العامة للمنافذ البرية والبحرية في سوريا إطلاق رابط إلكتروني جديد", "2025-06-30", "no own expression; the new link came after the first one was stopped, between the decision's aftermath (30 Jun) and this article (Sun 6 Jul 2025); my span", end="2025-07-07"),
    ev("old-link-stopped", "الرابط القديم الذي أُوقف", "2025-06-30", "no own expression; before the new link, within the registration window 30 Jun - 6 Jul 2025; my span", end="2025-07-07"),
    ev("used-car-flood", "بعد فترة دخلت فيها أعداد كبيرة من السيارات المستعملة", "2024-12-08", "no own expression; the months after the fall of the Assad government (8 Dec 2024) up to the decision of 29 Jun 2025 (the quoted words are the minister's, 30 Jun)", end="2025-06-29"),
])

# ---------------------------------------------------------------- jordan-vehicle-tax-cut-2025
S = "jordan-vehicle-tax-cut-2025"
art(S, "https://www.arabsturbo.com/amp/الأردن-يعلن-خطة-شاملة-لتخفيض-ضرائب-المركبات-754334.html",
    "2025-06-29", "page stamp 'تاريخ النشر: الأحد، 29 يونيو 2025' (kept as the first line); 29 Jun 2025 was a Sunday; the body's 'السبت الماضي' (Sat 28 Jun) agrees; the related-articles list and the reading time dropped; the truncated subheading at the end cut", True, """
الأحد، 29 يونيو 2025
الأردن يعلن خطة شاملة لخفض ضرائب المركبات
أقر مجلس الوزراء الأردني، في جلسته السبت الماضي برئاسة رئيس الوزراء الدكتور جعفر حسان، تعديلاً جديداً على نظام الضريبة الخاصة لسنة 2025، يتضمن خفضاً كبيراً لمجمل الضرائب والرسوم الجمركية المفروضة على مختلف أنواع المركبات.
ويأتي القرار في إطار حزمة إصلاحات هيكلية وشمولية تستهدف تخفيف الأعباء المالية عن المواطنين ومعالجة التشوهات المالية والهيكلية التي يعانيها قطاع المركبات منذ سنوات.
وبموجب التعديل، ينخفض مجموع الضرائب العامة والخاصة على مركبات البنزين من 71% إلى 51%، أي بنسبة 28%.
كما تنخفض الضرائب على المركبات الهجينة (الهايبرد) من 60% إلى 39%، بنسبة تخفيض تبلغ 35%.
ويرمي هذا الإجراء إلى توسيع خيارات الشراء أمام المواطنين وخفض كلفة اقتناء المركبات بما يحسن جودة حياتهم.
""", [
    ev("cabinet-decision", "أقر مجلس الوزراء الأردني، في جلسته السبت الماضي", "2025-06-28", "'السبت الماضي' before Sun 29 Jun = Sat 28 Jun 2025"),
    ev("total-tax-cut", "ينخفض مجموع الضرائب العامة والخاصة على مركبات البنزين", "2025-06-28", "no own expression; the amended system applies from the decision of Sat 28 Jun 2025 (another article: 'في 28 من الشهر الماضي'); open-ended, gold = its first day"),
    ev("hybrid-tax-cut", "تنخفض الضرائب على المركبات الهجينة", "2025-06-28", "no own expression; part of the decision of Sat 28 Jun 2025"),
])
art(S, "https://www.factjo.com/news.aspx?Id=241286",
    "2025-07-06", "page stamp 'نشر بتاريخ : 06/07/2025 ... 5:58:16 PM' above the text (Sun 6 Jul 2025); the stamp, the site name 'الحقيقة الدولية' and the truncated last sentence were dropped, so the kept text does not state its own date ('في 28 من الشهر الماضي' is the decision's day)", False, """
قال المدير العام للمجموعة الأردنية للمناطق الحرة والمناطق التنموية عبد الحميد الغرايبة إن المنطقة الحرة في الزرقاء شهدت التخليص على أكثر من 3 آلاف سيارة منذ أن قررت الحكومة خفض مجمل الضرائب على المركبات في 28 من الشهر الماضي.
وأضاف أن هذا الرقم القياسي يدل على حجم التفاعل الإيجابي مع القرار، الذي جاء ضمن حزمة إصلاح هيكلي وشمولي تخفف الكلف عن المواطنين، مؤكداً أنه صب في مصلحتهم وأنعش الحركة التجارية بصورة ملموسة.
وأوضح أن معارض السيارات في المنطقة الحرة، وعددها 1630 معرضاً، تشهد نشاطاً متزايداً بفعل تغير العرض والطلب بعد القرار الجديد، مشيراً إلى أن المنافسة احتدمت ولا سيما في سيارات الهايبرد والبنزين والكهرباء الكبيرة، ما قد يدفع الأسعار إلى مزيد من الانخفاض لصالح المستهلك.
من جهته، قال ممثل قطاع المركبات في هيئة مستثمري المناطق الحرة جهاد أبو ناصر إن القرار سينعكس فعلياً انخفاضاً في أسعار سيارات البنزين والهايبرد قد يصل إلى 3 آلاف دينار، بما يعزز القدرة الشرائية للمواطنين.
""", [
    ev("cabinet-decision", "قررت الحكومة خفض مجمل الضرائب على المركبات في 28 من الشهر الماضي", "2025-06-28", "'في 28 من الشهر الماضي' from a 6 July article = Sat 28 Jun 2025"),
    ev("total-tax-cut", "الذي جاء ضمن حزمة إصلاح هيكلي وشمولي", "2025-06-28", "no own expression; the cut of the total vehicle taxes decided on Sat 28 Jun 2025"),
    ev("zarqa-clearances", "شهدت التخليص على أكثر من 3 آلاف سيارة", "2025-06-28", "'منذ' the decision of Sat 28 Jun 2025 up to the statement (published Sun 6 Jul 2025)", end="2025-07-07"),
    ev("price-fall-expected", "سينعكس فعلياً انخفاضاً في أسعار سيارات البنزين والهايبرد", "2025-07-06", "future, no date given; from the statement (Sun 6 Jul 2025) onward; my span of about a month", end="2025-08-06"),
])

# ---------------------------------------------------------------- iraq-damaged-cars-import-ban-2025
S = "iraq-damaged-cars-import-ban-2025"
art(S, "http://burathanews.com/arabic/economic/468224",
    "2025-11-26", "the body's own date 'اليوم الأربعاء، ( 26 تشرين الثاني 2025 )' (26 Nov 2025 was a Wednesday); the section name dropped; the last sentence, which breaks off in the stored page ('حيز التنفيذ الفعلي بدءاً من الأول من كا...'), cut to its complete first clause", True, """
العراق يحظر استيراد 4 أنواع من السيارات المتضررة
كشفت وزارة التجارة، اليوم الأربعاء، ( 26 تشرين الثاني 2025 )، تفاصيل "المواصفة الفنية" العراقية التي ستمنع دخول 4 أنواع من العجلات المتضررة، بهدف ضبط إيقاع الاستيراد بما يلائم البنى التحتية.
وقال المتحدث باسم الوزارة محمد حنون للوكالة الرسمية إن الحكومة شكّلت لجنة مركزية يرأسها مدير عام شركة توزيع السيارات وتضم الجهات القطاعية المعنية، لإعداد ضوابط جديدة لاستيراد السيارات تقوم على مواصفات فنية وبيئية يقرها الجهاز المركزي للتقييس والسيطرة النوعية التابع لوزارة التخطيط.
وأضاف أن الضوابط الجديدة حظرت نهائياً استيراد 4 أنواع من السيارات المتضررة: التي تعرضت لحوادث جسيمة، والغارقة، والمحترقة، والتالفة، لضمان دخول مركبات آمنة وعالية الجودة إلى السوق العراقية.
وبشأن موعد التطبيق، أكد حنون أن المجلس الوزاري جعل نهاية العام 2025 موعداً نهائياً لتنظيم إجازات الاستيراد.
""", [
    ev("ministry-announcement", "كشفت وزارة التجارة، اليوم الأربعاء، ( 26 تشرين الثاني 2025 )", "2025-11-26", "'اليوم الأربعاء، ( 26 تشرين الثاني 2025 )' = Wed 26 Nov 2025"),
    ev("committee-formed", "شكّلت لجنة مركزية يرأسها مدير عام شركة توزيع السيارات", "2025-01-01", "no own expression; the committee was formed before the announcement, at an unknown day of 2025; loose span", end="2025-11-26"),
    ev("licences-deadline", "نهاية العام 2025 موعداً نهائياً لتنظيم إجازات الاستيراد", "2025-12-31", "'نهاية العام 2025' = 31 Dec 2025"),
])
art(S, "https://www.albayan.ae/economy/business/arab-economy/977034",
    "2025-11-27", "the stored page's date field '2025-11-27' (Thu 27 Nov 2025), the day after the ministry's statement of Wed 26 Nov; no date of its own in the text; the last sentence, which breaks off in the stored page ('حيز التنفيذ الف...'), cut to its complete first clause", False, """
حددت وزارة التجارة العراقية الموعد الذي تدخل فيه الضوابط الجديدة لاستيراد السيارات حيز التنفيذ، وهي ضوابط تتضمن "المواصفة الفنية" التي ستمنع دخول 4 أنواع من السيارات المتضررة، من أجل ضبط إيقاع الاستيراد بما يتناسب مع البنى التحتية.
وقال المتحدث باسم الوزارة محمد حنون إن الحكومة ألّفت لجنة مركزية برئاسة مدير عام شركة توزيع السيارات وعضوية الجهات القطاعية المعنية لوضع ضوابط جديدة لاستيراد السيارات على أساس مواصفات فنية وبيئية يقرها الجهاز المركزي للتقييس والسيطرة النوعية.
وأضاف، وفق وكالة الأنباء العراقية "واع"، أن الضوابط حظرت بشكل نهائي استيراد السيارات المتضررة من حوادث جسيمة أو غرق أو حرائق أو تلف.
وأشار إلى أن الهدف تنظيم أعداد السيارات ونوعياتها للحد من الزحام المروري بما يتوافق مع الطاقة الاستيعابية للطرق.
وأكد أن المجلس الوزاري حدد نهاية عام 2025 موعداً نهائياً لتنظيم إجازات الاستيراد.
""", [
    ev("ministry-announcement", "حددت وزارة التجارة العراقية الموعد", "2025-11-26", "no own expression; the spokesman's statement to INA of Wed 26 Nov 2025 (burathanews: 'اليوم الأربعاء، ( 26 تشرين الثاني 2025 )')"),
    ev("committee-formed", "ألّفت لجنة مركزية برئاسة مدير عام شركة توزيع السيارات", "2025-01-01", "no own expression; formed before the announcement at an unknown day of 2025; loose span", end="2025-11-26"),
    ev("licences-deadline", "نهاية عام 2025 موعداً نهائياً", "2025-12-31", "'نهاية عام 2025' = 31 Dec 2025"),
])

# ---------------------------------------------------------------- sudan-small-cars-import-halt-2020
S = "sudan-small-cars-import-halt-2020"
art(S, "https://misr5.com/1254181/%d9%88%d8%b2%d8%a7%d8%b1%d8%a9-%d8%a7%d9%84%d8%aa%d8%ac%d8%a7%d8%b1%d8%a9-%d8%a7%d9%84%d8%b3%d9%88%d8%af%d8%a7%d9%86%d9%8a%d8%a9-%d8%aa%d9%82%d8%b1%d8%b1-%d9%88%d9%82%d9%81-%d8%a7%d8%b3%d8%aa%d9%8a",
    "2020-04-01", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الأربعاء' for minister Madani Abbas Madani's decision, which was issued on Wed 1 Apr 2020 (another outlet, stamped '2020-04-02 07:45:27', reports it as 'الأربعاء'); the truncated last sentence cut", False, """
أعلن وزير الصناعة والتجارة السوداني مدني عباس مدني اليوم الأربعاء قراراً وزارياً يقضي بوقف استيراد السيارات الصغيرة، وهي الصالون والبكاسي والاستيشن، لمدة ستة أشهر قابلة للتجديد إذا اقتضى الأمر.
ويستثني القرار السيارات التي شُحنت أو التي ستُشحن قبل اليوم العاشر من شهر أبريل الحالي.
وأوضح وكيل وزارة الصناعة والتجارة محمد علي عبد الله أن القرار صدر بعد موافقة رئيس الوزراء عبد الله حمدوك وبتوصية من شرطة الجمارك، مشيراً إلى أن ضوابط جديدة ستنظم استيراد السيارات من الخارج وفق قانون الاستثمار.
وأضاف أنه لن يُسمح بتخليص سيارات الإفراج المؤقت، حتى لو كانت من موديل السنة، بداية من منتصف شهر أبريل الحالي، على أن تُعالج أوضاع السيارات التي بدأت إجراءات تخليصها الجمركي وقت إعلان القرار.
وذكر الوكيل أن نحو 220 ألف سيارة دخلت السودان خلال 15 شهرا الماضية، وهو ما يعادل استيراد نحو عشر سنوات سابقة.
""", [
    ev("halt-decision", "أعلن وزير الصناعة والتجارة السوداني مدني عباس مدني اليوم الأربعاء", "2020-04-01", "'اليوم الأربعاء' = Wed 1 Apr 2020"),
    ev("shipping-cutoff", "قبل اليوم العاشر من شهر أبريل الحالي", "2020-04-01", "cars shipped before 'اليوم العاشر من شهر أبريل' (10 Apr 2020) are exempt: the window from the decision up to 9 Apr 2020; end exclusive 10 Apr", end="2020-04-10"),
    ev("pm-approval", "صدر بعد موافقة رئيس الوزراء عبد الله حمدوك", "2020-03-01", "no own expression; before the decision of 1 Apr 2020, day unknown; loose span (March 2020)", end="2020-04-01"),
    ev("temporary-release-stop", "بداية من منتصف شهر أبريل الحالي", "2020-04-15", "'منتصف شهر أبريل الحالي' = about 15 Apr 2020; open-ended, gold = its first day"),
    ev("import-surge", "نحو 220 ألف سيارة دخلت السودان خلال 15 شهرا الماضية", "2019-01-01", "'خلال 15 شهرا الماضية' before April 2020 = about Jan 2019 - Mar 2020", end="2020-04-01"),
])
art(S, "https://yallakhabar.com/2020/04/02/%d9%8a%d9%84%d8%a7-%d8%ae%d8%a8%d8%b1-%d8%a7%d9%84%d8%b3%d9%88%d8%af%d8%a7%d9%86-%d9%8a%d9%82%d8%b1%d8%b1-%d9%88%d9%82%d9%81-%d8%a7%d8%b3%d8%aa%d9%8a%d8%b1%d8%a7%d8%af-%d8%a7%d9%84%d8%b3%d9%8a",
    "2020-04-02", "date in the URL '/2020/04/02/' and the page stamp '2020-04-02 07:45:27' (kept as the first line, '2020-04-02'); 2 Apr 2020 was a Thursday; the body's 'الأربعاء' (Wed 1 Apr) agrees; the site's greeting sentence and the closing 'إذا نال الخبر' dropped", True, """
2020-04-02
السودان يقرر وقف استيراد السيارات الصغيرة لمدة 6 أشهر
أصدر وزير الصناعة والتجارة السوداني مدني عباس مدني، الأربعاء، قراراً وزارياً بوقف استيراد السيارات الصغيرة لمدة ستة أشهر، على أن يُجدد القرار إذا دعت الحاجة، واستثنى منه السيارات التي شُحنت أو تُشحن قبل العاشر من أبريل الجاري، بحسب وكالة أنباء الشرق الأوسط.
وقال وكيل الوزارة محمد علي عبد الله إن القرار جاء بعد موافقة رئيس مجلس الوزراء الدكتور عبد الله حمدوك وبناءً على توصية هيئة شرطة الجمارك.
وأوضح أن عدد السيارات التي دخلت السودان خلال الخمسة عشر شهراً الماضية بلغ نحو 220 ألف سيارة، أي ما يعادل استيراد 10 سنوات في الظروف العادية.
وأضاف أن تسارع استيراد السيارات يحمّل الدولة أعباء إضافية في استهلاك الوقود وقطع الغيار وفي الازدحام المروري والضغط على الطرق القومية والجسور، لافتاً إلى أن القرار سيخضع للمراجعة والتقييم بعد ستة أشهر من تنفيذه.
""", [
    ev("halt-decision", "أصدر وزير الصناعة والتجارة السوداني مدني عباس مدني، الأربعاء", "2020-04-01", "'الأربعاء' before Thu 2 Apr = Wed 1 Apr 2020"),
    ev("shipping-cutoff", "قبل العاشر من أبريل الجاري", "2020-04-01", "'العاشر من أبريل الجاري' = 10 Apr 2020; exempt window from the decision to 9 Apr; end exclusive 10 Apr", end="2020-04-10"),
    ev("pm-approval", "بعد موافقة رئيس مجلس الوزراء الدكتور عبد الله حمدوك", "2020-03-01", "no own expression; before the decision of 1 Apr 2020, day unknown; loose span (March 2020)", end="2020-04-01"),
    ev("import-surge", "خلال الخمسة عشر شهراً الماضية", "2019-01-01", "'خلال الخمسة عشر شهراً الماضية' before April 2020 = about Jan 2019 - Mar 2020", end="2020-04-01"),
    ev("six-month-review", "سيخضع للمراجعة والتقييم بعد ستة أشهر من تنفيذه", "2020-10-01", "'بعد ستة أشهر من تنفيذه' from 1 Apr 2020 = about 1 Oct 2020; my span of that month", end="2020-11-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 229)
                            if i != 201 and i != 228 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 304-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: real estate: land allocation, property registration, rent
laws and real-estate project launches: the five-year freeze of rent increases in Riyadh (Saudi Arabia,
September 2025), the launch of the new al-Jawahiri residential city west of Baghdad (Iraq, December 2023), the
postponement of Egypt's new real-estate registration (al-Shahr al-Aqari) law (Egypt, February-March 2021), and
the parliamentary hearing on a bill capping residential rents (Tunisia, February 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- saudi-riyadh-rent-freeze-2025
S = "saudi-riyadh-rent-freeze-2025"
ANNOUNCE = "2025-09-25"                    # SPA announces the crown prince's directive and the new rules, Thu 25 Sep 2025
RULES = ("2025-09-24", "2025-09-26")       # royal decree M/73 of 2/4/1447 (Wed 24 Sep) approving the rules, announced Thu 25 Sep
FREEZE = ("2025-09-25", "2030-09-25")      # five years without annual increases from 25 Sep 2025 (= 3 Rabi' II 1447)
SURGE = ("2022-01-01", "2025-09-25")       # the rent surge in Riyadh 'خلال السنوات الماضية' (my span)
art(S, "https://www.ngmisr.com/arab-news/saudi-news/%D8%B9%D8%A7%D8%AC%D9%84-%D9%88%D9%82%D9%81-%D8%A7%D9%84%D8%B2%D9%8A%D8%A7%D8%AF%D8%A7%D8%AA-%D8%A7%D9%84%D8%B3%D9%86%D9%88%D9%8A%D8%A9-%D9%81%D9%8A-%D9%82%D9%8A%D9%85%D8%A9-%D8%A7%D9%84%D8%A5%D9%8A",
    "2025-09-25", "stamp 'date 2025-09-25' at the head of the stored page (not kept); the body's 'من اليوم 25 سبتمبر الجاري' (kept; 25 Sep 2025 was a Thursday) states the day; headline rendered from the URL slug (the stored text has none); the sub-heading kept as a line", True, """
عاجل.. وقف الزيادات السنوية في قيمة الإيجارات بمدينة الرياض
قرر الأمير محمد بن سلمان، ولي العهد رئيس مجلس الوزراء، منذ قليل وقف الزيادات السنوية على عقود الإيجار السكنية والتجارية للعقارات القديمة والجديدة الواقعة داخل الحيز العمراني لمدينة الرياض، وذلك لمدة 5 سنوات تُحتسب من اليوم 25 سبتمبر الجاري.
لا زيادة على الإيجارات بداية من اليوم
وبموجب القرار الذي صدر قبل قليل عن الأمير محمد بن سلمان، لن يكون بوسع مالك العقار رفع قيمة الإيجار المتفق عليها، سواء في العقود الجديدة أو القائمة، على أن يُطبق النظام نفسه على محافظات ومواقع أخرى في وقت لاحق عند الحاجة، بقرار من مجلس الإدارة المختص بالعقار.
واستنادا إلى قرار ولي العهد، ستُثبت قيمة الإيجار بدايةً من اليوم في العقارات السكنية والتجارية الشاغرة التي سبق تأجيرها، وفقا لإجمالي الأجرة في آخر عقد إيجار، وذلك داخل النطاق العمراني لمدينة الرياض.
""", [
    ev("crown-prince-directive", "قرر الأمير محمد بن سلمان، ولي العهد رئيس مجلس الوزراء، منذ قليل", ANNOUNCE, "'منذ قليل' in a report of 'اليوم 25 سبتمبر الجاري' = Thu 25 Sep 2025 (the directive announced by SPA that day)"),
    ev("five-year-freeze", "لمدة 5 سنوات تُحتسب من اليوم 25 سبتمبر الجاري", FREEZE[0], "'لمدة 5 سنوات تُحتسب من اليوم 25 سبتمبر الجاري' = 25 Sep 2025 - 24 Sep 2030", end=FREEZE[1]),
    ev("vacant-rent-fixed", "ستُثبت قيمة الإيجار بدايةً من اليوم", ANNOUNCE, "'بدايةً من اليوم' = from Thu 25 Sep 2025 (the fixing of the rent of vacant units starts that day)"),
])
art(S, "https://www.masrawy.com/news/news_publicaffairs/details/2025/9/25/2861087/%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D8%AA%D9%88%D9%82%D9%81-%D8%A7%D9%84%D8%B2%D9%8A%D8%A7%D8%AF%D8%A9-%D8%A7%D9%84%D8%B3%D9%86%D9%88%D9%8A%D8%A9-%D9%84%D8%A5%D9%8A%D8%AC%D8%A7%D8%B1-%D8%A7%D9%84%D8%B9%D9%82%D8%A7%D8%B1%D8%A7%D8%AA-%D9%81%D9%8A-%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6-5-%D8%B3%D9%86%D9%88%D8%A7%D8%AA",
    "2025-09-25", "date in the URL '/2025/9/25/' and stamp 'date 2025-09-25' (25 Sep 2025 was a Thursday); headline rendered from the URL slug (the stored text has none); the last, truncated clause (the three cases of non-renewal) dropped; no date of its own in the text", False, """
السعودية توقف الزيادة السنوية لإيجار العقارات في الرياض 5 سنوات
أقرت المملكة العربية السعودية الأحكام النظامية الجديدة التي تضبط العلاقة بين المؤجّر والمستأجر في مدينة الرياض، بقرار من ولي العهد الأمير محمد بن سلمان، سعيا إلى تحقيق التوازن في القطاع العقاري، وبالاستناد إلى دراسة أعدّتها الهيئة العامة للعقار، وفق ما ذكرته وكالة الأنباء السعودية "واس" في بيان.
وبحسب "واس"، تقضي تفاصيل القرار بتجميد الزيادة السنوية في الإيجارات، أي منع أي زيادة على القيمة الإجمالية لعقود الإيجار السكنية والتجارية، القائمة منها والجديدة، داخل النطاق العمراني لمدينة الرياض لمدة خمس سنوات اعتبارًا من 25 سبتمبر 2025.
وأضافت الوكالة أن القرار شمل كذلك تثبيت قيمة الإيجار للعقارات الشاغرة على أساس آخر عقد مسجل في شبكة "إيجار"، في حين يُترك تحديد قيمة العقارات غير المؤجرة لاتفاق الطرفين، مع جعل تسجيل العقود الإيجارية إلزاميا ومنح حق الاعتراض أمام الهيئة العامة للعقار خلال 60 يومًا من التسجيل.
كما تتجدد العقود تلقائيًا، بحسب الوكالة، ما لم يُبلغ أحد الطرفين الآخر برغبته في عدم التجديد قبل 60 يومًا من انتهاء العقد.
""", [
    ev("rules-approved", "أقرت المملكة العربية السعودية الأحكام النظامية الجديدة", RULES[0], "no own expression; the rules approved by royal decree M/73 of 2/4/1447 (Wed 24 Sep 2025) after cabinet decision 226 of 24/3/1447 (Tue 16 Sep), announced by SPA on Thu 25 Sep; my span 24-25 Sep", end=RULES[1]),
    ev("five-year-freeze", "لمدة خمس سنوات اعتبارًا من 25 سبتمبر 2025", FREEZE[0], "'لمدة خمس سنوات اعتبارًا من 25 سبتمبر 2025' = 25 Sep 2025 - 24 Sep 2030", end=FREEZE[1]),
    ev("vacant-rent-fixed", "تثبيت قيمة الإيجار للعقارات الشاغرة", ANNOUNCE, "no own expression; part of the rules in force from Thu 25 Sep 2025 (ngmisr: 'بدايةً من اليوم')"),
])
art(S, "https://www.klyoum.com/saudi-arabia-news/ar/26-%D8%B5%D8%AF%D9%88%D8%B1-%D8%A7%D9%84%D9%85%D9%88%D8%A7%D9%81%D9%82%D8%A9-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%A3%D8%AD%D9%83%D8%A7%D9%85-%D8%A7%D9%84%D9%86%D8%B8%D8%A7%D9%85%D9%8A%D8%A9-%D8%A7%D9%84%D8%AE%D8%A7%D8%B5%D8%A9-%D8%A8%D8%B6%D8%A8%D8%B7-%D8%A7%D9%84%D8%B9%D9%84%D8%A7%D9%82%D8%A9-%D8%A8%D9%8A%D9%86-%D8%A7%D9%84%D9%85%D8%A4%D8%AC%D8%B1-%D9%88%D8%A7%D9%84%D9%85%D8%B3%D8%AA%D8%A3%D8%AC%D8%B1?d=%D8%A7%D8%AE%D8%A8%D8%A7%D8%B1+%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA&p=kuwait-news",
    "2025-09-27", "the page line 'نشر بتاريخ: السبت ٢٧ أيلول ٢٠٢٥ - ١٧:٥٢' of this Al-Watan item on the klyoum aggregator (kept; 27 Sep 2025 was a Saturday); headline kept; the aggregator's furniture ('موقع كل يوم', login notes, the current-date banner '٣٠ أيلول ٢٠٢٥') dropped; the only body sentence is truncated in the stored text, so I kept its complete part and tied it to the headline's approval", True, """
صدور الموافقة على الأحكام النظامية الخاصة بضبط العلاقة بين المؤجر والمستأجر
نشر بتاريخ: السبت ٢٧ أيلول ٢٠٢٥ - ١٧:٥٢
جاءت هذه الموافقة إنفاذًا لما سبق أن وجَّه به صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود، ولي العهد رئيس مجلس الوزراء، من البدء في تطبيق حزمة من الإجراءات النظامية الجديدة لسوق الإيجار في مدينة الرياض.
وتأتي هذه الإجراءات تجاوبًا مع التحديات التي واجهتها العاصمة خلال السنوات الماضية جراء ارتفاع أسعار الإيجارات السكنية والتجارية.
""", [
    ev("rules-approved", "صدور الموافقة على الأحكام النظامية", RULES[0], "no own expression; the approval (royal decree M/73 of 2/4/1447 = Wed 24 Sep 2025) announced on Thu 25 Sep 2025; my span 24-25 Sep", end=RULES[1]),
    ev("crown-prince-directive", "إنفاذًا لما سبق أن وجَّه به", ANNOUNCE, "'سبق أن' = before the approval; the directive announced by SPA on Thu 25 Sep 2025"),
    ev("rent-surge", "ارتفاع أسعار الإيجارات السكنية والتجارية", SURGE[0], "'خلال السنوات الماضية' = the years before Sep 2025 (my span 2022 - 24 Sep 2025)", end=SURGE[1]),
])
art(S, "https://www.klma.org/saudi-news/%D8%A3%D8%B6%D9%88%D8%A7%D8%A1-%D8%B9%D9%84%D9%89-%D9%82%D8%B1%D8%A7%D8%B1-%D9%88%D9%84%D9%8A-%D8%A7%D9%84%D8%B9%D9%87%D8%AF-%D8%A8%D8%AA%D8%AC%D9%85%D9%8A%D8%AF-%D8%B2%D9%8A%D8%A7%D8%AF%D8%A9-%D8%A7",
    "2025-09-28", "stamp 'date 2025-09-28' at the head of the stored page (not kept; 28 Sep 2025 was a Sunday); headline rendered from the URL slug (the stored text has none); the sub-heading kept as a line; the last, truncated item (extension to other regions) dropped; no date of its own in the text", False, """
أضواء على قرار ولي العهد بتجميد زيادة الإيجارات في الرياض
حملت وكالة الأنباء السعودية خبرا سارا لسكان العاصمة الرياض، إذ وجَّه صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود، ولي العهد رئيس مجلس الوزراء، بالشروع في تنفيذ حزمة من الإجراءات النظامية الجديدة لضبط سوق الإيجار.
ويأتي القرار تجاوبا مع التحديات التي عاشتها المدينة خلال السنوات الماضية بسبب الارتفاع المبالغ فيه في أسعار الإيجارات السكنية والتجارية، وهو ما انعكس سلبا على أوضاع المواطنين والمقيمين وعلى مستأجري المحلات التجارية.
وصدر قرار مجلس الوزراء والمرسوم الملكي باعتماد أحكام خاصة تكفل استقرار السوق العقارية وتحمي حقوق المؤجر والمستأجر.
إيقاف الزيادة السنوية في الإيجارات
أُوقفت الزيادة السنوية على القيمة الإجمالية للأجرة في العقود السكنية والتجارية، القائمة والجديدة، داخل النطاق العمراني لمدينة الرياض لمدة خمس سنوات بدءًا من 3 ربيع الثاني 1447هـ الموافق 25 سبتمبر 2025م.
وعليه، لا يجوز للمؤجر رفع قيمة الإيجار المتفق عليها في أي عقد قائم أو جديد خلال هذه المدة.
""", [
    ev("crown-prince-directive", "وجَّه صاحب السمو الملكي الأمير محمد بن سلمان", ANNOUNCE, "no own expression; the directive carried by SPA on Thu 25 Sep 2025"),
    ev("rent-surge", "الارتفاع المبالغ فيه في أسعار الإيجارات السكنية والتجارية", SURGE[0], "'خلال السنوات الماضية' = the years before Sep 2025 (my span 2022 - 24 Sep 2025)", end=SURGE[1]),
    ev("rules-approved", "وصدر قرار مجلس الوزراء والمرسوم الملكي", RULES[0], "no own expression; cabinet decision 226 of 24/3/1447 (Tue 16 Sep) and royal decree M/73 of 2/4/1447 (Wed 24 Sep 2025), announced Thu 25 Sep; my span 24-25 Sep", end=RULES[1]),
    ev("five-year-freeze", "لمدة خمس سنوات بدءًا من 3 ربيع الثاني 1447هـ الموافق 25 سبتمبر 2025م", FREEZE[0], "'3 ربيع الثاني 1447هـ الموافق 25 سبتمبر 2025م' (Umm al-Qura: 3 Rabi' II 1447 = Thu 25 Sep 2025) + five years = 25 Sep 2025 - 24 Sep 2030", end=FREEZE[1]),
])

# ---------------------------------------------------------------- iraq-jawahiri-city-launch-2023
S = "iraq-jawahiri-city-launch-2023"
LAUNCH = "2023-12-27"                      # al-Sudani launches al-Jawahiri city in Abu Ghraib, Wed 27 Dec 2023
DAYS_AGO = ("2023-12-20", "2023-12-27")    # al-Sudani's remarks 'قبل أيام' (my span 20-26 Dec)
Y2024 = ("2024-01-01", "2025-01-01")       # 'العام 2024'
WELCOME = ("2023-12-27", "2023-12-30")     # the welcome in cultural circles, reported 29 Dec (my span 27-29 Dec)
art(S, "https://baghdadtoday.news/238745-%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86%D9%8A-%D8%A3%D8%B9%D9%84%D9%86%D9%91%D8%A7-%D8%B9%D9%86-5-%D9%85%D8%AF%D9%86-%D8%B3%D9%83%D9%86%D9%8A%D8%A9-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D9%88%D9%87%D9%86%D8%A7%D9%83-10-%D9%85%D8%AF%D9%86-%D8%B3%D9%8A%D8%B9%D9%84%D9%86-%D8%B9%D9%86%D9%87%D8%A7-%D9%82%D8%B1%D9%8A%D8%A8%D8%A7-(%D9%81%D9%8A%D8%AF%D9%8A%D9%88).html",
    "2023-12-27", "page line 'سياسة | 27-12-2023, 16:43 |' (kept without the section name) and the body's 'اليوم الأربعاء (27 كانون الأول 2023)' (kept; 27 Dec 2023 was a Wednesday); headline kept without '(فيديو)'; the ticker of other headlines and the dateline 'بغداد اليوم - بغداد' dropped", True, """
السوداني: أعلنّا 5 مدن سكنية جديدة وهناك 10 مدن سيُعلن عنها قريبا
27-12-2023, 16:43
أعلن رئيس مجلس الوزراء محمد شياع السوداني، اليوم الأربعاء (27 كانون الأول 2023)، إنجاز إحالة 5 مدن سكنية جديدة في بغداد والمحافظات، فضلا عن 10 مدن أخرى سيتم الإعلان عنها قريبا.
وقال السوداني، في كلمة ألقاها خلال افتتاحه مدينة الجواهري الجديدة غربي العاصمة بغداد وتابعتها "بغداد اليوم": "أعلنّا إنجاز إحالة 5 مدن سكنية جديدة في محافظات كربلاء ونينوى وبابل والأنبار، إضافة إلى العاصمة بغداد، وستكون هناك 10 مدن أخرى في بغداد والمحافظات".
""", [
    ev("ceremony-speech", "أعلن رئيس مجلس الوزراء محمد شياع السوداني، اليوم الأربعاء (27 كانون الأول 2023)", LAUNCH, "'اليوم الأربعاء (27 كانون الأول 2023)' = Wed 27 Dec 2023 (his speech at the launch ceremony)"),
    ev("jawahiri-launch", "خلال افتتاحه مدينة الجواهري الجديدة", LAUNCH, "no own expression; the launch ceremony of Wed 27 Dec 2023 where the speech was given"),
])
art(S, "https://darelhilal.com/News/2124910.aspx",
    "2023-12-27", "page line '27-12-2023 | 17:12' under the headline (not kept; 27 Dec 2023 was a Wednesday); the banner date 'الخميس 21 نوفمبر 2024' is the day the page was crawled, not the article's; headline kept; section names, 'طباعة', 'دار الهلال', the photo caption and the 'أخبار الساعة' links dropped; no date of its own in the text ('اليوم', 'قبل أيام')", False, """
رئيس الوزراء العراقي يدشن مشروع مدينة جديدة
وضع رئيس الوزراء العراقي محمد شياع السوداني حجر الأساس لمدينة الجواهري الجديدة في قضاء أبو غريب غربي العاصمة بغداد.
وذكر المكتب الإعلامي لرئيس الوزراء العراقي أن رئيس الحكومة أطلق اليوم مشروع مدينة الجواهري الجديدة، وأكد خلال المراسم قرب الإعلان عن 10 مدن أخرى.
وكان السوداني قد أشار قبل أيام إلى أن الحكومة العراقية تعمل على ألا تُبقي لديها أي مشاريع متعثرة، وأن العام 2024 سيكون عام إنجاز المشاريع.
ويواجه العراق أزمة سكن بسبب تزايد عدد سكانه قياسا إلى عدد المجمعات السكنية، فضلا عن صعوبة شراء المساكن.
""", [
    ev("jawahiri-launch", "أطلق اليوم مشروع مدينة الجواهري الجديدة", LAUNCH, "'اليوم' = Wed 27 Dec 2023 (the page's line 27-12-2023)"),
    ev("ceremony-speech", "وأكد خلال المراسم قرب الإعلان عن 10 مدن أخرى", LAUNCH, "no own expression; said at the ceremony of Wed 27 Dec 2023"),
    ev("projects-remarks", "وكان السوداني قد أشار قبل أيام", DAYS_AGO[0], "'قبل أيام' from Wed 27 Dec 2023 = a few days before (my span 20-26 Dec 2023)", end=DAYS_AGO[1]),
    ev("year-of-projects", "العام 2024 سيكون عام إنجاز المشاريع", Y2024[0], "'العام 2024' = the whole of 2024", end=Y2024[1]),
])
art(S, "https://arabkhabar.com/a/1565442",
    "2023-12-29", "page line 'تاريخ النشر: 29th, December 2023 GMT' (kept verbatim; 29 Dec 2023 was a Friday); headline kept; the last, truncated quotation dropped", True, """
مدينة الجواهري.. العراق يخلد ذكرى «شاعر العرب الأكبر»
تاريخ النشر: 29th, December 2023 GMT
سعيا إلى مواجهة مشكلة الاكتظاظ السكاني الخانقة في العراق وتخفيف الضغط المتزايد على المدن الكبرى، ولا سيما العاصمة بغداد، أطلق رئيس الوزراء العراقي محمد شياع السوداني العمل في مشروع مدينة الجواهري السكنية الجديدة في قضاء أبو غريب غربي بغداد، ضمن مشاريع المدن الجديدة التي أُعلن عنها لمعالجة أزمة السكن.
وحملت المدينة، وهي باكورة هذه الخطة، اسم الشاعر العراقي المعروف محمد مهدي الجواهري الذي رحل في 27 يوليو عام 1997، وشارك عدد من أفراد أسرته في مراسم إطلاقها.
ولقيت هذه الخطوة ترحيبا واسعا في الأوساط الثقافية التي رأت في هذا الإعلان تكريما لعموم الشعراء والمثقفين العراقيين.
وأكد السوداني خلال المراسم أن مدينة الجواهري «هي الأولى من نوعها بهذا الحجم»، موضحا أن «جزءا مهما منها سيعتمد على الطاقة البديلة»، ولافتا إلى أن «مشكلة السكن مزمنة في الدولة العراقية وتتفاقم كثيرا بفعل نسبة النمو».
""", [
    ev("jawahiri-launch", "أطلق رئيس الوزراء العراقي محمد شياع السوداني العمل في مشروع مدينة الجواهري", LAUNCH, "no own expression; the launch of Wed 27 Dec 2023 (baghdadtoday: 'اليوم الأربعاء (27 كانون الأول 2023)')"),
    ev("jawahiri-death", "الذي رحل في 27 يوليو عام 1997", "1997-07-27", "'27 يوليو عام 1997' (the poet's death)"),
    ev("cultural-welcome", "ولقيت هذه الخطوة ترحيبا واسعا في الأوساط الثقافية", WELCOME[0], "no own expression; the reactions between the launch (27 Dec) and this report (29 Dec 2023); my span", end=WELCOME[1]),
    ev("ceremony-speech", "وأكد السوداني خلال المراسم", LAUNCH, "no own expression; his speech at the ceremony of Wed 27 Dec 2023"),
])

# ---------------------------------------------------------------- egypt-shahr-aqari-law-postponement-2021
S = "egypt-shahr-aqari-law-postponement-2021"
UPROAR = ("2021-02-14", "2021-03-01")      # the public anger at law 186 of 2020 in the weeks before its start (my span 14-28 Feb)
APARTMENT = ("2019-07-01", "2019-11-01")   # 'منذ نحو عام ونصف' before 26 Feb 2021 (my span Jul-Oct 2019)
GOVT = "2021-02-28"                        # Madbouly's meeting and the government's postponement to end-2021, Sun 28 Feb 2021
DEC2021 = ("2021-12-01", "2022-01-01")     # the new deadline, (the end of) December 2021
SISI = "2021-03-01"                        # al-Sisi directs a postponement of at least two years, Mon 1 Mar 2021
PLENARY = "2021-03-02"                     # the House plenary applauds al-Sisi, Tue 2 Mar 2021
DEFENCE = ("2012-08-12", "2014-03-27")     # al-Sisi's term as defence minister
art(S, "https://masralarabia.net/اخبار-مصر/1567237-التسجيل-بالشهر-العقاري-حكاية-رسوم-أثارت-أزمة-مجتمعية",
    "2021-02-26", "byline 'أحلام حسنين 26 فبراير 2021 18:26' (kept without the author's name; 26 Feb 2021 was a Friday); the banner date 'الثلاثاء 13 مايو 2025' is the crawl day, not the article's; headline kept (re-worded); the last, truncated quotation dropped; the colloquial quotation rendered in standard Arabic", True, """
التسجيل بالشهر العقاري.. حكاية رسوم فجّرت أزمة في المجتمع
26 فبراير 2021 18:26
"الضرب في الميت حرام".. مثل شعبي ذائع بين المصريين لم يجد "أبو عبد الكريم" أصدق منه للتعبير عما آل إليه حاله، بعدما دفع أكثر من 35 ألف جنيه قيمةً للتصالح على وحدته السكنية، إلى جانب ضرائب ورسوم مرافق، فيما تنتظره تكاليف أخرى لتسجيلها بالشهر العقاري.
ويقول أبو عبد الكريم، الذي يقترب من عقده الرابع من العمر: "أقسم بالله تعبنا، ونستغرب لماذا يموت الناس في سن صغيرة؛ هو قضاء الله بلا شك، لكن الناس حملت همًّا لا يطيقه أحد، وسنموت من كثرة التفكير والديون.. لنا الله".
وهذا الشاب، وهو أب لـ3 أطفال أكبرهم عمره 8 سنوات، كان يسكن بنظام الإيجار الجديد في بولاق الدكرور، ومع أعباء الزيادة السنوية قرر أن يبيع مصوغات زوجته التي أهداها إليها في الخطبة وبعض ما ورثه عن أبيه، واشترى "شقة" بالتقسيط منذ نحو عام ونصف.
""", [
    ev("registration-law-uproar", "حكاية رسوم فجّرت أزمة في المجتمع", UPROAR[0], "no own expression; the crisis over the registration fees of law 186 of 2020 in the weeks before its start in early March 2021 (my span 14-28 Feb 2021)", end=UPROAR[1]),
    ev("apartment-purchase", "واشترى \"شقة\" بالتقسيط منذ نحو عام ونصف", APARTMENT[0], "'منذ نحو عام ونصف' from Fri 26 Feb 2021 = about Aug 2019 (my span Jul-Oct 2019)", end=APARTMENT[1]),
])
art(S, "https://1-a1072.azureedge.net/politics/2021/2/28/%d8%a7%d9%84%d8%ad%d9%83%d9%88%d9%85%d8%a9-%d8%a7%d9%84%d9%85%d8%b5%d8%b1%d9%8a%d8%a9-%d8%aa%d8%a4%d8%ac%d9%84-%d8%aa%d8%b7%d8%a8%d9%8a%d9%82-%d9%82%d8%a7%d9%86%d9%88%d9%86",
    "2021-02-28", "a CDN copy of an Al Jazeera Net article; date in the URL '/politics/2021/2/28/' (28 Feb 2021 was a Sunday), and the body's 'الأحد' for the government's announcement agrees; headline kept; two photo captions ('الجزيرة-أرشيف') and the last, truncated words dropped; no date of its own in the text", False, """
بعد موجة غضب شعبي.. الحكومة المصرية تؤجل تطبيق قانون الشهر العقاري
قررت الحكومة المصرية، الأحد، تأجيل العمل بقانون التسجيل بالشهر العقاري حتى نهاية العام الجاري، إثر جدل واسع وغضب بين المواطنين من تشريع يحمّلهم رسوما باهظة ويهدد المتخلفين عن التسجيل بفقدان منازلهم.
وأوضح مجلس الوزراء المصري في بيان رسمي أنه سيقدم إلى مجلس النواب مشروع قانون يقضي بإرجاء نفاذ القانون الخاص بالتسجيل العقاري حتى نهاية ديسمبر/كانون الأول 2021.
وبيّن المجلس أنه تقرر، بناءً على اجتماع عُقد الأحد، أن تتقدم الحكومة إلى مجلس النواب بمشروع قانون يعدّل القانون رقم 186 لسنة 2020 الخاص بتعديل بعض أحكام القانون رقم 114 لسنة 1946 بتنظيم الشهر العقاري، بما يمنح مجلس الوزراء إمكانية إرجاء نفاذه حتى نهاية ديسمبر/كانون الأول المقبل 2021.
وشدد رئيس الوزراء المصري مصطفى مدبولي على أن مصلحة المواطنين والتيسير عليهم هما الهدف الأول للدولة، مشيرا إلى أن إرجاء نفاذ القانون حتى نهاية العام الجاري سيفتح المجال للتعاون مع البرلمان في طرح أفكار تيسّر على المواطنين.
""", [
    ev("govt-postponement", "قررت الحكومة المصرية، الأحد، تأجيل العمل بقانون التسجيل بالشهر العقاري", GOVT, "'الأحد' = Sun 28 Feb 2021"),
    ev("registration-law-uproar", "إثر جدل واسع وغضب بين المواطنين", UPROAR[0], "no own expression; the anger of the weeks before 28 Feb 2021 (my span 14-28 Feb)", end=UPROAR[1]),
    ev("dec-2021-deadline", "يقضي بإرجاء نفاذ القانون الخاص بالتسجيل العقاري حتى نهاية ديسمبر/كانون الأول 2021", DEC2021[0], "'حتى نهاية ديسمبر/كانون الأول 2021' = the new deadline, end of Dec 2021 (gold: December 2021)", end=DEC2021[1]),
    ev("madbouly-meeting", "بناءً على اجتماع عُقد الأحد", GOVT, "'الأحد' = Sun 28 Feb 2021"),
    ev("madbouly-statement", "وشدد رئيس الوزراء المصري مصطفى مدبولي", GOVT, "no own expression; his statement after the meeting of Sun 28 Feb 2021"),
])
art(S, "https://www.mc-doualiya.com/%D8%A7%D9%84%D8%B4%D8%B1%D9%82-%D8%A7%D9%84%D8%A3%D9%88%D8%B3%D8%B7/20210301-%D9%85%D8%B5%D8%B1-%D9%82%D8%A7%D9%86%D9%88%D9%86-%D8%A7%D9%84%D8%B4%D9%87%D8%B1-%D8%A7%D9%84%D8%B9%D9%82%D8%A7%D8%B1%D9%8A-%D8%A7%D9%84%D8%B0%D9%8A-%D8%A3%D8%AB%D8%A7%D8%B1-%D8%BA%D8%B6%D8%A8-%D9%85%D8%A4%D9%8A%D8%AF%D9%8A-%D8%A7%D9%84%D8%B3%D9%84%D8%B7%D8%A9-%D9%82%D8%A8%D9%84-%D9%85%D8%B9%D8%A7%D8%B1%D8%B6%D9%8A%D9%87%D8%A7",
    "2021-03-01", "date in the URL '/20210301-' (1 Mar 2021 was a Monday); the body's 'يوم الأحد 28/2' for the announcement of the day before agrees; headline kept; the photo caption ('وسط القاهرة © / رويترز'), 'إعلان' and the last, truncated sentence dropped; no date of its own in the text", False, """
مصر: قانون الشهر العقاري الذي أغضب مؤيدي السلطة قبل معارضيها
أعلن رئيس الحكومة المصرية مصطفى مدبولي، يوم الأحد 28/2، تأجيل تنفيذ القانون المعروف باسم "قانون الشهر العقاري" حتى ديسمبر / كانون الأول 2021، في ختام اجتماع خُصص لبحث ملف التسجيل في الشهر العقاري وشارك فيه وزراء الكهرباء والعدل والتنمية المحلية والإسكان وشؤون المجالس النيابية، بعد أن كان من المقرر أن يبدأ تنفيذ القانون في الرابع من مارس / آذار الحالي.
وكان هذا القانون، الذي أقره مجلس النواب، قد فجّر موجة واسعة من الغضب على شبكات التواصل الاجتماعي وفي وسائل الإعلام الخاصة والرسمية على السواء، إذ وضع تعديل قانون الشهر العقاري طريقة جديدة لإشهار العقارات وتسجيلها، واشترطت المادة المعنية قصر إدخال الخدمات على العقارات المسجلة وحدها.
فلا تعترف الجهات الحكومية بعملية البيع والشراء إلا بعد تسجيل عقد البيع في الشهر العقاري، ولا يُعتد بالعقد الابتدائي بين المالك والمشتري ولا بالعقد الحاصل على صحة توقيع من المحكمة، ومن ثم لن توصَّل المرافق إلى العقار غير المسجل.
""", [
    ev("govt-postponement", "يوم الأحد 28/2، تأجيل تنفيذ القانون", GOVT, "'يوم الأحد 28/2' = Sun 28 Feb 2021"),
    ev("dec-2021-deadline", "حتى ديسمبر / كانون الأول 2021", DEC2021[0], "'حتى ديسمبر / كانون الأول 2021' = the new deadline, December 2021", end=DEC2021[1]),
    ev("madbouly-meeting", "في ختام اجتماع خُصص لبحث ملف التسجيل في الشهر العقاري", GOVT, "no own expression; the meeting of Sun 28 Feb 2021 ('يوم الأحد 28/2')"),
    ev("law-start-scheduled", "أن يبدأ تنفيذ القانون في الرابع من مارس / آذار الحالي", "2021-03-04", "'في الرابع من مارس / آذار الحالي' = Thu 4 Mar 2021 as the text says (other reports give 6 March, six months after the law's publication); not held"),
    ev("registration-law-uproar", "قد فجّر موجة واسعة من الغضب", UPROAR[0], "no own expression; the anger of the weeks before 28 Feb 2021 (my span 14-28 Feb)", end=UPROAR[1]),
])
art(S, "http://196.205.23.68/news/news_egypt/details/2021/3/2/1980005/%D8%A5%D9%86%D8%B3%D8%A7%D9%86-%D8%B5%D8%AF%D9%88%D9%82-%D9%8A%D8%AD%D9%86%D9%88-%D8%B9%D9%84%D9%89-%D8%B4%D8%B9%D8%A8%D9%87-%D8%A8%D8%B1%D9%84%D9%85%D8%A7%D9%86%D9%8A%D9%88%D9%86-%D9%8A%D8%B4%D9%8A%D8%AF%D9%88%D9%86-%D8%A8%D9%82%D8%B1%D8%A7%D8%B1-%D8%A7%D9%84%D8%B3%D9%8A%D8%B3%D9%8A-%D8%AA%D8%A3%D8%AC%D9%8A%D9%84-%D8%AA%D8%B7%D8%A8%D9%8A%D9%82-%D8%A7%D9%84%D8%B4%D9%87%D8%B1-%D8%A7%D9%84%D8%B9%D9%82%D8%A7%D8%B1%D9%8A-",
    "2021-03-02", "a copy of a Masrawy article served from the site's IP address (same path as masrawy.com); page line '02:20 م الثلاثاء 02 مارس 2021' (kept; 2 Mar 2021 was a Tuesday), URL date '/2021/3/2/' and the body's 'اليوم الثلاثاء' agree; headline kept (re-worded); 'إعلان', the photo caption and the byline 'كتب- نشأت علي' dropped; the last, truncated sentence dropped", True, """
إنسان صدوق يحنو على شعبه.. برلمانيون يثنون على قرار السيسي تأجيل تطبيق "الشهر العقاري"
02:20 م الثلاثاء 02 مارس 2021
صفّق أعضاء مجلس النواب، خلال الجلسة العامة التي عقدها المجلس برئاسة المستشار حنفي جبالي اليوم الثلاثاء، تحيةً للرئيس عبد الفتاح السيسي بعدما وجّه بتأجيل تطبيق القانون رقم 186 لسنة 2020 الخاص بتعديل قانون الشهر العقاري لفترة انتقالية لا تقل عن عامَين.
وجاء ذلك عقب قول النائب عاطف المغاوري، رئيس الهيئة البرلمانية، إن 1 مارس سيشهد له التاريخ، إذ ناقش فيه المجلس مشروع قانون في إطار دوره في رفع المعاناة عن كاهل المواطنين وتخفيف حالة التوتر التي سادت مع قرب التعديلات التي أُدخلت سابقًا على الشهر العقاري، ثم جاء قرار الرئيس عبد الفتاح السيسي، "الإنسان الصدوق" الذي يحنو على المواطن المصري، ليحقق ما قاله إبان توليه وزارة الدفاع: "إن الشعب لم يجد مَن يحنو عليه أو يرأف به".
وتابع المغاوري أن الرئيس السيسي حقق أمس ما دعا إليه سابقًا، حين استشعر رأي الشارع في قانون الشهر العقاري فأجّل تطبيقه لمدة عامَين، معتبرا أنه قدّم درسًا للجميع بأن القرار المتعلق بمصالح شعب مصر يستوجب التوافق والاسترشاد بالمصلحة العامة.
""", [
    ev("plenary-applause", "صفّق أعضاء مجلس النواب", PLENARY, "'اليوم الثلاثاء' (page line 'الثلاثاء 02 مارس 2021') = Tue 2 Mar 2021"),
    ev("sisi-directive", "بعدما وجّه بتأجيل تطبيق القانون رقم 186 لسنة 2020", SISI, "no own expression here ('أمس' later in the text); the presidential directive of Mon 1 Mar 2021"),
    ev("house-debate-mar1", "ناقش فيه المجلس مشروع قانون", SISI, "'1 مارس' = Mon 1 Mar 2021"),
    ev("sisi-defence-quote", "ليحقق ما قاله إبان توليه وزارة الدفاع", DEFENCE[0], "'إبان توليه وزارة الدفاع' = al-Sisi's term as defence minister, 12 Aug 2012 - 26 Mar 2014 (outside knowledge)", end=DEFENCE[1]),
])

# ---------------------------------------------------------------- tunisia-rent-cap-bill-hearing-2026
S = "tunisia-rent-cap-bill-hearing-2026"
HEARING = "2026-02-26"                     # the General Legislation Committee hears the bill's sponsors, Thu 26 Feb 2026
FILED = ("2025-10-01", "2025-11-01")       # the bill filed by 11 MPs in October 2025
RISE = ("2020-01-01", "2026-01-01")        # the rent rise 'في السنوات الأخيرة' (my span 2020-2025)
art(S, "https://ar.tunisienumerique.com/%D8%AA%D9%86%D8%B8%D9%8A%D9%85-%D9%83%D8%B1%D8%A7%D8%A1-%D9%88%D8%A7%D9%84%D9%85%D8%AD%D9%84%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D8%B9%D8%AF%D9%91%D8%A9-%D9%84%D9%84%D8%B3%D9%83%D9%86%D9%89-%D9%86%D9%88/",
    "2026-02-26", "stamp 'date 2026-02-26' at the head of the stored page and the body's 'اليوم الخميس 26 فيفري 2026' (kept; 26 Feb 2026 was a Thursday); headline kept (its slip 'كراء والمحلات' corrected); 'Français' and 'الأخبار' and the last, truncated sentence dropped", True, """
تنظيم كراء المحلات المعدّة للسكنى: نواب يقترحون إلزامية تسقيف معينات الكراء وضبط قيمتها
نظّمت لجنة التشريع العام اليوم الخميس 26 فيفري 2026 جلسة استماع إلى أصحاب المبادرة في ثلاثة مقترحات قوانين، من بينها مقترح القانون المتعلّق بتنظيم كراء المحلات المعدّة للسكنى (عدد 113/2025).
وأصغت اللجنة إلى النواب أصحاب هذا المقترح، الذين نبّهوا إلى ارتفاع أسعار كراء الشقق والمنازل في تونس في السنوات الأخيرة، إذ تبلغ، وفق المنظمة التونسية لإرشاد المستهلك، ما يصل إلى حدود 40% من دخل الأسرة، وهو ما يجعل تحمّل هذه الكلفة أمرا عسيرا.
وأضافوا أن عقود الكراء فقدت بعدها الاجتماعي لتتحول إلى مجال تجاري يُستثمر فيه في الفئات محدودة الدخل.
وبناء على ذلك، اقترحوا تصورا جديدا للعلاقة الكرائية يقوم على وجوب تسقيف معينات الكراء وتحديد قيمتها من قبل مصالح وزارة أملاك الدولة حسب موقع المحل المعد للسكنى ومواصفاته، مع تخصيص مكاتب في البلديات لإبرام عقود الكراء.
وفي تفاعلهم، أثنى النواب على المبادرة المعروضة لما قد تحققه من نفع للفئات المتوسطة وضعيفة الدخل.
""", [
    ev("committee-hearing", "نظّمت لجنة التشريع العام اليوم الخميس 26 فيفري 2026 جلسة استماع", HEARING, "'اليوم الخميس 26 فيفري 2026' (a Thursday)"),
    ev("rent-rise", "ارتفاع أسعار كراء الشقق والمنازل في تونس في السنوات الأخيرة", RISE[0], "'في السنوات الأخيرة' = the recent years (my span 2020-2025; the INS figure cited elsewhere is +29 % between 2020 and 2024)", end=RISE[1]),
    ev("members-praise", "أثنى النواب على المبادرة المعروضة", HEARING, "no own expression; during the hearing of Thu 26 Feb 2026"),
])
art(S, "https://a5r5br.net/tunis/local-news/7344124-%D8%AA%D9%88%D9%86%D8%B3-%D8%AD%D9%8A%D9%86-%D9%8A%D9%84%D8%AA%D9%87%D9%85-%D8%A7%D9%84%D9%83%D8%B1%D8%A7%D8%A1-40-%D9%85%D9%86-%D8%A7%D9%84%D8%AF%D8%AE%D9%84-%D8%A7%D9%84%D8%A3%D8%B3%D8%B1%D9%8A%D8%AA%D9%81%D8%A7%D8%B5%D9%8A%D9%84-%D9%85%D9%82%D8%AA%D8%B1%D8%AD-%D9%82%D8%A7%D9%86%D9%88%D9%86-%D9%84%D8%AA%D9%86%D8%B8%D9%8A%D9%85-%D9%83%D8%B1%D8%A7%D8%A1-%D8%A7%D9%84%D9%85%D8%B3%D8%A7%D9%83%D9%86",
    "2026-02-27", "no date on the stored page; the body's 'أمس الخميس' for the hearing and 'نُشر ليل الخميس' for the parliament's communique, with the hearing known to be on Thu 26 Feb 2026 (tunisienumerique: 'اليوم الخميس 26 فيفري 2026'), give Fri 27 Feb 2026 (the same text is on tunisienumerique with stamp 'date 2026-02-27'); headline kept; sub-headings, share buttons and the last, truncated sentence dropped; no date of its own in the text", False, """
تونس: حين يستنزف الكراء 40% من دخل الأسرة.. تفاصيل مقترح قانون لتنظيم كراء المساكن
عقدت لجنة التشريع العام، أمس الخميس، جلسة في مقر مجلس نواب الشعب بباردو استمعت فيها إلى النواب الذين بادروا، في أكتوبر الماضي، بمقترح قانون يخص تنظيم كراء المحلات المعدة للسكنى، بحسب بلاغ إعلامي أصدره المجلس ليل الخميس.
وذكر النواب أن غلاء أسعار كراء الشقق والمنازل في تونس خلال السنوات الأخيرة بات عبئا متزايدا على العائلات، مستندين إلى تقديرات المنظمة التونسية لإرشاد المستهلك التي تشير إلى أن كلفة الكراء قد تبلغ حدود 40% من دخل الأسرة، وهو ما يجعل تحمّل هذه النفقات "صعبا"، لا سيما على الفئات المتوسطة ومحدودة الدخل.
وأضاف أصحاب المبادرة أن عقود الكراء، التي يُفترض أن يكون لها بعد اجتماعي، انزلقت تدريجيا نحو طابع تجاري يُستثمر فيه ضعف الفئات محدودة الدخل، بما يعمّق اختلالات السوق ويُضعف الحماية الاجتماعية للمكتري.
""", [
    ev("committee-hearing", "عقدت لجنة التشريع العام، أمس الخميس، جلسة", HEARING, "'أمس الخميس' from Fri 27 Feb = Thu 26 Feb 2026"),
    ev("bill-filed", "بادروا، في أكتوبر الماضي، بمقترح قانون", FILED[0], "'في أكتوبر الماضي' = October 2025", end=FILED[1]),
    ev("parliament-communique", "بحسب بلاغ إعلامي أصدره المجلس ليل الخميس", HEARING, "'ليل الخميس' = the night of Thu 26 Feb 2026"),
    ev("rent-rise", "غلاء أسعار كراء الشقق والمنازل في تونس خلال السنوات الأخيرة", RISE[0], "'خلال السنوات الأخيرة' = the recent years (my span 2020-2025)", end=RISE[1]),
])
art(S, "https://www.babnet.net/rttdetail-324435.asp",
    "2026-02-28", "page line 'Publié le Samedi 28 Février 2026 - 13:15' (kept verbatim, in French as on the page; 28 Feb 2026 was a Saturday) and stamp 'date 2026-02-28'; headline kept; 'Babnet Latest update' and the sub-headings dropped; the list of measures turned into sentences; the last, truncated item dropped", True, """
مقترح قانون لتنظيم كراء المساكن وتسقيف أسعارها… ما أبرز ملامحه؟
Publié le Samedi 28 Février 2026 - 13:15
بدأت لجنة التشريع العام بمجلس نواب الشعب النظر في مقترح قانون يتعلق بتنظيم كراء المحلات المعدّة للسكنى، خلال جلسة استماع خُصصت للنواب أصحاب المبادرة بالمقترح الذي قدّمه 11 نائبا في أكتوبر 2025.
ويندرج هذا المقترح، بحسب وثيقة شرح الأسباب، في سياق ما وصفه أصحابه بارتفاع غير مسبوق في أسعار الإيجارات خلال السنوات الأخيرة، إذ قد تبلغ معينات الكراء، وفق معطيات المنظمة التونسية لإرشاد المستهلك، نحو 40 بالمائة من دخل الأسرة، بما يثقل كاهل الفئات المتوسطة ومحدودة الدخل.
ويتألف المقترح من 24 فصلا موزعة على 7 أقسام، ويتضمن جملة من الإجراءات أبرزها إبرام عقود الكراء كتابيا وفق نموذج موحد، ووضع سقف أقصى لمعينات الكراء تحدده مصالح وزارة أملاك الدولة بحسب موقع العقار ومواصفاته.
كما ينص على ألا تتجاوز نسبة الزيادة في معلوم الكراء 5 بالمائة، بحد أقصى خمس زيادات طوال مدة التعاقد، وعلى أنه لا تجوز الزيادة إلا بعد مرور سنتين من تاريخ بداية العقد.
""", [
    ev("committee-hearing", "بدأت لجنة التشريع العام بمجلس نواب الشعب النظر في مقترح قانون", HEARING, "no own expression; the hearing of Thu 26 Feb 2026 (tunisienumerique)"),
    ev("bill-filed", "الذي قدّمه 11 نائبا في أكتوبر 2025", FILED[0], "'في أكتوبر 2025' = October 2025", end=FILED[1]),
    ev("rent-rise", "بارتفاع غير مسبوق في أسعار الإيجارات خلال السنوات الأخيرة", RISE[0], "'خلال السنوات الأخيرة' = the recent years (my span 2020-2025)", end=RISE[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 304
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

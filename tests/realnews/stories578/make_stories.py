"""Builds stories.jsonl: the 578-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: visa decisions and border reopenings between Arab states,
with dates of entry into force.
Stories: the Syrian decision no. 128 on entry and transit visa fees (Jordan, Lebanon, Mauritania exempt), in
force on Sun 6 Jul 2025 (Syria, July 2025), and the reopening of the Guerguerat crossing between Morocco and
Mauritania after the Moroccan army's operation of Fri 13 Nov 2020 (Morocco, November 2020).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-entry-visa-fees-decision-128-2025
S = "syria-entry-visa-fees-decision-128-2025"
ISSUED = "2025-07-05"                      # decision no. 128 made public on Sat 5 Jul 2025 ('غد الأحد 6 تموز')
IN_FORCE = "2025-07-06"                    # in force from Sun 6 Jul 2025
WAR = ("2011-03-15", IN_FORCE)             # 'بعد 14 عاماً من الصراع': March 2011 up to the report
art(S, "https://baladi-news.com/ar/articles/94662/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D8%AA%D8%AD%D8%AF%D8%AF-%D8%B1%D8%B3%D9%88%D9%85-%D8%AA%D8%A3%D8%B4%D9%8A%D8%B1%D8%A9-%D8%AF%D8%AE%D9%88%D9%84-%D8%A7%D9%84%D8%A3%D8%AC%D8%A7%D9%86%D8%A8",
    "2025-07-05", "no date line on the stored page; the body's 'اعتبارًا من يوم غد الأحد الموافق 6 من تموز الجاري' gives Sat 5 Jul 2025 (6 Jul 2025 was a Sunday; klyoum/Jarasa, stamped Sun 6 Jul 2025, reports the entry into force 'الأحد'); the site tag 'بلدي' dropped; headline rendered from the URL slug; the truncated last sentence shortened", False, """
سوريا تحدد رسوم تأشيرة دخول الأجانب
أصدر أسعد الشيباني، وزير الخارجية والمغتربين في سوريا، قراراً يحدد رسوماً جديدة لسمات الدخول والمرور إلى البلاد لمواطني الدول العربية والأجنبية، على أن يبدأ سريانه اعتبارًا من يوم غد الأحد الموافق 6 من تموز الجاري.
وبموجب القرار، تُحصَّل الرسوم بالدولار الأمريكي أو بما يقابله من عملات أخرى، بحسب نشرة أسعار الصرف التي يصدرها مصرف سوريا المركزي.
وتيسيراً للتحصيل، تُجبر كسور قيمة الرسم إلى أقرب وحدة نقدية أعلى عند احتساب المعادل، وتُدفع الرسوم في المعابر الحدودية أو في المطارات السورية.
ويوزع القرار الدول على 11 مجموعة تُحدَّد على أساسها رسوم الدخول، في تصنيف يعكس طبيعة العلاقات السياسية والاقتصادية.
- المجموعة الأولى معفاة من الرسوم، وتشمل لبنان والأردن وماليزيا وموريتانيا، كما يُعفى حاملو الجنسية الصربية من الرسوم بالكامل.
- أما المجموعات العشر الباقية فتتفاوت رسومها تبعاً لطبيعة الدخول (عادي أو مرور فقط)، ومدة الإقامة المطلوبة (شهر، ثلاثة أشهر، ستة أشهر)، وعدد مرات الدخول المسموح بها.
- وتبدأ الرسوم من 25 دولارًا في المجموعة الثالثة.
""", [
    ev("decision-issued", "أصدر أسعد الشيباني، وزير الخارجية والمغتربين في سوريا، قراراً", ISSUED, "no own day; the decision was made public on the day of this report, Sat 5 Jul 2025, the eve of its entry into force ('غد الأحد')"),
    ev("fees-in-force", "اعتبارًا من يوم غد الأحد الموافق 6 من تموز الجاري", IN_FORCE, "'غد الأحد الموافق 6 من تموز' = Sun 6 Jul 2025"),
    ev("first-group-exempt", "المجموعة الأولى معفاة من الرسوم", IN_FORCE, "no own day; the exemption of Lebanon, Jordan, Malaysia and Mauritania applies from the entry into force, Sun 6 Jul 2025"),
])
art(S, "https://damascusv.com/archives/67673",
    "2025-07-05", "no date line on the stored page; the body's 'اعتباراً من غد الأحد 6 تموز الجاري' gives Sat 5 Jul 2025 (6 Jul 2025 was a Sunday); a report after Enab Baladi; headline written from the body (the stored text has none); the truncated last paragraph on the fee amounts dropped", False, """
الخارجية السورية تحدد رسوم سمات الدخول والمرور إلى سوريا
أصدرت وزارة الخارجية السورية قراراً يحدد رسوم سمات المرور والدخول إلى سوريا لمواطني الدول العربية والأجنبية، اعتباراً من غد الأحد 6 تموز الجاري.
ووفق القرار، الذي أوردته جريدة عنب بلدي، تُستوفى الرسوم بعملة الدولار الأمريكي أو بما يعادلها بحسب نشرة أسعار الصرف التي يصدرها مصرف سوريا المركزي، على أن تُجبر الكسور إلى وحدة النقد الأعلى عند حساب المعادل.
ولفت القرار إلى أن رسوم السمات تُسدَّد في سوريا عند المعابر الحدودية أو في المطارات، وأنه نافذ اعتباراً من 6 تموز الجاري.
وصنّف القرار الدول في 11 مجموعة لاستيفاء رسوم الدخول، أولاها تضم لبنان والأردن وماليزيا وموريتانيا، ولا يدفع مواطنوها أي رسوم، في حين يدخل حاملو الجنسية الصربية سوريا مجاناً.
وفي المجموعات العشر الأخرى، تتحدد قيمة الرسم بحسب نوع الدخول، سواء كان دخولاً عادياً أو مروراً فقط، وبحسب المدة التي يريد الأجنبي قضاءها في سوريا ضمن ثلاثة خيارات (شهر، ثلاثة أشهر، ستة أشهر)، وكذلك بحسب عدد مرات الدخول المسموح بها.
""", [
    ev("decision-issued", "أصدرت وزارة الخارجية السورية قراراً", ISSUED, "no own day; made public on the day of this report, Sat 5 Jul 2025, the eve of its entry into force ('غد الأحد')"),
    ev("fees-in-force", "اعتباراً من غد الأحد 6 تموز الجاري", IN_FORCE, "'غد الأحد 6 تموز' = Sun 6 Jul 2025 (repeated in 'نافذ اعتباراً من 6 تموز الجاري')"),
    ev("first-group-exempt", "ولا يدفع مواطنوها أي رسوم", IN_FORCE, "no own day; the exemption applies from the entry into force, Sun 6 Jul 2025"),
])
art(S, "https://www.klyoum.com/u/BJ69GO",
    "2025-07-06", "the page's stamp 'نشر بتاريخ: الأحد ٦ تموز ٢٠٢٥ - ١٣:٣٩' (a Jarasa news agency report carried by klyoum); the aggregator's menus, login notice and repeated headline dropped; headline kept from the page; the last, truncated sentence ('وتسدد الرسوم مبا...') dropped", True, """
بدء سريان قرار دفع رسوم للدخول إلى سوريا والأردنيون "معفيون"
دخل قرار تعديل رسوم سمات الدخول والمرور إلى سوريا لمواطني الدول العربية والأجنبية حيز التنفيذ الأحد، في خطوة تعدّها وزارة الخارجية السورية جزءاً من تنظيم سياسة الدخول وفق معايير أمنية واقتصادية جديدة.
وبمقتضى القرار رقم 128، تُحصَّل الرسوم بالدولار الأميركي أو ما يعادله بحسب نشرة أسعار الصرف التي يصدرها مصرف سوريا المركزي، مع جبر الكسور إلى وحدة النقد الأعلى.
""", [
    ev("fees-in-force", "حيز التنفيذ الأحد", IN_FORCE, "'الأحد' in a report stamped Sun 6 Jul 2025 = that day"),
    ev("first-group-exempt", "والأردنيون \"معفيون\"", IN_FORCE, "no own day; the Jordanians' exemption applies from the entry into force, Sun 6 Jul 2025"),
    ev("decision-issued", "وبمقتضى القرار رقم 128", ISSUED, "no own day; decision no. 128 was made public on Sat 5 Jul 2025 (baladi-news and damascusv: 'غد الأحد 6 تموز')"),
])
art(S, "https://xeber24.org/%d8%a7%d9%84%d8%ad%d9%83%d9%88%d9%85%d8%a9-%d8%a7%d9%84%d8%b3%d9%88%d8%b1%d9%8a%d8%a9-%d8%a7%d9%84%d8%a7%d9%86%d8%aa%d9%82%d8%a7%d9%84%d9%8a%d8%a9-%d8%aa%d9%81%d8%b1%d8%b6-%d8%b1%d8%b3%d9%88%d9%85",
    "2025-07-06", "no date line on the stored page; the body's 'على أن يُعمل به اعتباراً من اليوم (الأحد)' for the entry into force of Sun 6 Jul 2025 gives that day (klyoum/Jarasa, stamped Sun 6 Jul: 'حيز التنفيذ الأحد'); the by-line dropped; headline rendered from the URL slug", False, """
الحكومة السورية الانتقالية تفرض رسوماً على الدخول
أقرت وزارة الخارجية والمغتربين في الحكومة الانتقالية السورية قراراً يضع رسوماً لسمات الدخول والمرور على حاملي الجوازات العربية والأجنبية القادمين إلى البلاد، ومعظمهم من السوريين، على أن يبدأ العمل به اعتباراً من اليوم (الأحد).
وينص القرار على أن تُستوفى الرسوم بالدولار الأميركي أو ما يقابله وفق نشرة أسعار الصرف الصادرة عن مصرف سوريا المركزي، وأن تُسدَّد في المعابر الحدودية والمطارات، مع جبر كسور القيمة إلى الوحدة الأعلى.
وتتدرج الرسوم من 25 دولاراً أميركياً إلى 400 دولار، وهو الحد الأعلى في القرار ويُطبق على الإيرانيين، في حين يدفع مواطنو أغلب الدول الأوروبية 75 دولاراً، والأميركيون 200 دولار.
وبالنسبة إلى الدول التي لم تُدرج في أي من المجموعات، فرسم الدخول 50 دولاراً لصلاحية شهر واحد ودخول لمرة واحدة.
ويُشار إلى أن قرابة نصف السوريين يقيمون خارج البلاد بعد 14 عاماً من الصراع.
""", [
    ev("decision-issued", "أقرت وزارة الخارجية والمغتربين في الحكومة الانتقالية السورية قراراً", ISSUED, "no own day; the decision was made public on Sat 5 Jul 2025 (baladi-news and damascusv: 'غد الأحد 6 تموز')"),
    ev("fees-in-force", "على أن يبدأ العمل به اعتباراً من اليوم (الأحد)", IN_FORCE, "'اليوم (الأحد)' = Sun 6 Jul 2025"),
    ev("iran-400-fee", "ويُطبق على الإيرانيين", IN_FORCE, "no own day; the highest fee, for Iranians, applies from the entry into force, Sun 6 Jul 2025"),
    ev("syria-conflict", "بعد 14 عاماً من الصراع", WAR[0], "'14 عاماً من الصراع' before Jul 2025 = the war since mid-March 2011 (my span 15 Mar 2011 - 5 Jul 2025)", end=WAR[1]),
])

# ---------------------------------------------------------------- morocco-mauritania-guerguerat-reopening-2020
S = "morocco-mauritania-guerguerat-reopening-2020"
OPERATION = "2020-11-13"                   # the Moroccan army's operation at Guerguerat, Fri 13 Nov 2020
REOPENED = "2020-11-14"                    # traffic resumed through the crossing on Sat 14 Nov 2020
BLOCKADE = ("2020-10-21", OPERATION)       # the Polisario sit-in closed the road from Wed 21 Oct 2020 until the operation
art(S, "https://dinpresse.net/بلاغ-عسكري-معبر-الكركرات-أصبح-مؤمنا-بش",
    "2020-11-13", "the page's date line '13 نوفمبر 2020' (a Friday); the body's 'مساء اليوم' for the army statement agrees; headline kept from the page; the last, truncated sentence shortened", True, """
بلاغ عسكري.. معبر الكركرات أصبح مؤمنا بشكل كامل
أفاد بلاغ صادر عن القيادة العامة للقوات المسلحة الملكية، مساء اليوم، بأن معبر الكركرات الرابط بين المغرب وموريتانيا بات الآن مؤمناً بالكامل، بعدما أقامت القوات المسلحة الملكية حزاماً أمنياً بتعليمات سامية من جلالة الملك، القائد الأعلى ورئيس أركان الحرب العامة للقوات المسلحة الملكية.
وبيّن البلاغ أن عملية نُفذت يوم 13 نونبر 2020 تنفيذاً للتعليمات السامية لجلالة الملك، وفق قواعد تدخل واضحة توجب تفادي أي احتكاك بالمدنيين.
وأضاف المصدر نفسه أن ميليشيات البوليساريو المسلحة أطلقت النار خلال هذه العملية على القوات المسلحة الملكية، فردت عليها وأرغمت عناصرها على الفرار من دون أن تُسجَّل أي خسائر بشرية، موضحاً أن العملية جاءت بعد أن أغلقت ميليشيات البوليساريو المحور الطرقي الذي يعبر هذه المنطقة الرابطة بين المغرب وموريتانيا.
وأشار البلاغ إلى أن عناصر ميليشيات البوليساريو، بعدما علمت بتدخل القوات المسلحة الملكية، أضرمت النار عمداً في معسكر الخيام الذي نصبته ولاذت بالفرار.
""", [
    ev("far-statement", "أفاد بلاغ صادر عن القيادة العامة للقوات المسلحة الملكية، مساء اليوم", OPERATION, "'مساء اليوم' on a page dated 13 Nov 2020 = Fri 13 Nov"),
    ev("crossing-secured", "بات الآن مؤمناً بالكامل", OPERATION, "'الآن' in the statement of Fri 13 Nov 2020"),
    ev("far-operation", "عملية نُفذت يوم 13 نونبر 2020", OPERATION, "'يوم 13 نونبر 2020' = Fri 13 Nov 2020"),
    ev("polisario-fire", "أطلقت النار خلال هذه العملية", OPERATION, "no own day; during the operation of Fri 13 Nov 2020"),
    ev("polisario-blockade", "بعد أن أغلقت ميليشيات البوليساريو المحور الطرقي", BLOCKADE[0], "no own day; the road was closed from 21 Oct 2020 (saharamedias, almaghribtoday: 'منذ 21 أكتوبر الماضي') until the operation of Fri 13 Nov 2020 (span 21 Oct - 12 Nov)", end=BLOCKADE[1]),
    ev("camp-burned", "أضرمت النار عمداً في معسكر الخيام", OPERATION, "no own day; during the operation of Fri 13 Nov 2020"),
])
art(S, "https://saharamedias.net/151580",
    "2020-11-14", "no date line on the stored page; the body's 'مساء اليوم السبت' for the reopening and 'أمس الجمعة' for the army's operation of Fri 13 Nov 2020 give Sat 14 Nov 2020 (14 Nov 2020 was a Saturday; dinpresse of 13 Nov: 'تم يوم 13 نونبر 2020 القيام بعملية'); headline written from the body (the stored text has none)", False, """
استئناف الحركة في معبر الكركارات بين موريتانيا والمغرب
عادت الحركة التجارية والمدنية، مساء اليوم السبت، إلى معبر الكركارات الحدودي بين موريتانيا والمغرب، بعد انقطاع دام أكثر من ثلاثة أسابيع.
وأفاد مراسل «صحراء ميديا» في المنطقة بأن مصدراً رسمياً موريتانياً أكد أن المعبر أعيد فتحه بالتشاور والتنسيق بين سلطات البلدين.
وأضاف المراسل، نقلاً عن المصدر نفسه، أن الشاحنات المغربية شرعت في عبور البوابة الحدودية الموريتانية في اتجاه موريتانيا، وكذلك في الاتجاه المعاكس.
ويأتي فتح المعبر بعدما ضرب الجيش المغربي، أمس الجمعة، طوقاً أمنياً حوله، وفرّق معتصمين من ناشطي جبهة البوليساريو كانوا يغلقونه منذ 21 أكتوبر الماضي.
ووقعت مواجهات خاطفة بين مقاتلي البوليساريو والجيش المغربي انتهت بانسحاب البوليساريو من المنطقة.
ومشّط الجيش المغربي المنطقة ونظفها، زوال اليوم السبت، قبل أن تُستأنف الحركة التجارية والمدنية بين البلدين.
وتناقل ناشطون على مواقع التواصل الاجتماعي مقاطع فيديو لبدء عبور الشاحنات، إلى جانب صور كثيرة لآليات مغربية تنظف المعبر قبل إعادة فتحه.
""", [
    ev("traffic-resumed", "عادت الحركة التجارية والمدنية، مساء اليوم السبت", REOPENED, "'مساء اليوم السبت' = Sat 14 Nov 2020"),
    ev("far-operation", "ضرب الجيش المغربي، أمس الجمعة، طوقاً أمنياً حوله", OPERATION, "'أمس الجمعة' from Sat 14 Nov 2020 = Fri 13 Nov"),
    ev("polisario-blockade", "كانوا يغلقونه منذ 21 أكتوبر الماضي", BLOCKADE[0], "'منذ 21 أكتوبر الماضي' = from Wed 21 Oct 2020 until the operation of Fri 13 Nov (span 21 Oct - 12 Nov)", end=BLOCKADE[1]),
    ev("polisario-fire", "ووقعت مواجهات خاطفة بين مقاتلي البوليساريو والجيش المغربي", OPERATION, "no own day; the exchange of fire during the operation of Fri 13 Nov 2020 (dinpresse)"),
    ev("area-cleared", "ومشّط الجيش المغربي المنطقة ونظفها، زوال اليوم السبت", REOPENED, "'زوال اليوم السبت' = Sat 14 Nov 2020"),
])
art(S, "https://maghress.com/kech24/593871",
    "2020-11-14", "no date line on the stored page; the body's 'زوال اليوم السبت 14 نونبر الجاري' gives Sat 14 Nov 2020 (a Kech24 report carried by maghress; 14 Nov 2020 was a Saturday); headline written from the body (the stored text has none)", False, """
عودة العمل بمعبر الكركرات بين المغرب وموريتانيا
عاد معبر الكركرات الحدودي إلى العمل زوال اليوم السبت 14 نونبر الجاري، بعدما نفذ الجيش المغربي عملية إخلاء سلمية لعدد من عناصر ميليشيات البوليساريو الذين كانوا يغلقون نقطة العبور البرية الوحيدة بين المغرب وموريتانيا، واستأنفت الشاحنات عبورها في الاتجاهين بعد توقف استمر أكثر من ثلاثة أسابيع.
وكانت السلطات المغربية قد أعلنت في وقت سابق قرارها التحرك عسكرياً في المنطقة الحدودية الكركارات من أجل إعادة الحركة إلى المعبر، بعد أن أغلقته جبهة البوليساريو الانفصالية لأكثر من أسبوعين.
وأصدرت وزارة الخارجية المغربية بياناً أكدت فيه أن المغرب قرر التحرك، في احترام تام لصلاحياته، في مواجهة الاستفزازات الخطيرة وغير المقبولة لميليشيات "البوليساريو" في المنطقة العازلة للكركرات في الصحراء المغربية.
""", [
    ev("traffic-resumed", "عاد معبر الكركرات الحدودي إلى العمل زوال اليوم السبت 14 نونبر الجاري", REOPENED, "'اليوم السبت 14 نونبر' = Sat 14 Nov 2020"),
    ev("far-operation", "بعدما نفذ الجيش المغربي عملية إخلاء سلمية", OPERATION, "no own day; the operation of Fri 13 Nov 2020 (dinpresse: 'يوم 13 نونبر 2020')"),
    ev("polisario-blockade", "بعد توقف استمر أكثر من ثلاثة أسابيع", BLOCKADE[0], "'أكثر من ثلاثة أسابيع' before Sat 14 Nov 2020 = the closure from 21 Oct 2020 (saharamedias) until the operation of Fri 13 Nov (span 21 Oct - 12 Nov)", end=BLOCKADE[1]),
    ev("mfa-statement", "وأصدرت وزارة الخارجية المغربية بياناً", OPERATION, "no own day; the ministry's statement announcing the move was issued on the morning of the operation, Fri 13 Nov 2020 ('في وقت سابق')"),
])
art(S, "https://www.almaghribtoday.net/36/193127-%D9%81%D8%B1%D8%AD%D8%A9-%D8%B9%D8%A7%D8%B1%D9%85%D8%A9-%D9%84%D8%B3%D8%A7%D8%A6%D9%82%D9%8A-%D8%A7%D9%84%D8%B4%D8%A7%D8%AD%D9%86%D8%A7%D8%AA-%D8%A8%D8%B9%D8%AF-%D8%A5%D8%B9%D8%A7%D8%AF%D8%A9-%D9%81%D8%AA%D8%AD-%D8%A7%D9%84%D9%85%D8%B1%D9%83%D8%B2-%D8%A7%D9%84%D8%AD%D8%AF%D9%88%D8%AF%D9%8A-%D9%84%D9%84%D9%83%D8%B1%D9%83%D8%B1%D8%A7%D8%AA",
    "2020-11-15", "no date on the stored page (only 'آخر تحديث GMT 03:30:51'); the body's 'حتى تحريرها صباح أول أمس الجمعة' for the operation of Fri 13 Nov 2020 gives Sun 15 Nov 2020 (dinpresse: 'يوم 13 نونبر 2020'); the repeated site banners dropped; headline kept from the page; the truncated last sentence shortened", False, """
فرحة عارمة لسائقي الشاحنات بعد إعادة فتح المركز الحدودي للكركرات
أبدى مهنيو النقل الطرقي الدولي، من المغاربة والأجانب، فرحتهم الكبيرة بإعادة فتح المركز الحدودي للكركرات واستئناف نقل البضائع والأشخاص بين المغرب وموريتانيا.
ولم يُخفِ سائقو الشاحنات، الذين ظلت ميليشيات قطاع الطرق التابعة لـ"البوليساريو" تعرقل تنقلهم منذ ثلاثة أسابيع على جانبي المنطقة العازلة الفاصلة بين الحدود المغربية والموريتانية، ارتياحهم لعودة نشاطهم، غداة التدخل الاحترافي لعناصر القوات المسلحة الملكية الذي أنهى معاناتهم.
ورفع كثير منهم شارات النصر، بينما أطلق آخرون أبواق شاحناتهم أثناء عبورهم هذه المنطقة، التي تحولت، منذ 21 أكتوبر الماضي وحتى تحريرها صباح أول أمس الجمعة، إلى فضاء تعمه الفوضى وملاذ لقطاع الطرق.
وكان هذا الشعور بالفرح مبرراً، إذ عمدت هذه الميليشيات إلى نهب حمولات من الخضر والأسماك من شاحنات عدة كانت متجهة إلى موريتانيا أو إلى دول أخرى.
""", [
    ev("traffic-resumed", "واستئناف نقل البضائع والأشخاص بين المغرب وموريتانيا", REOPENED, "no own day; traffic resumed on Sat 14 Nov 2020 (saharamedias 'مساء اليوم السبت'), 'غداة التدخل'"),
    ev("drivers-celebrate", "ارتياحهم لعودة نشاطهم، غداة التدخل الاحترافي", REOPENED, "'غداة التدخل' = the day after the operation of Fri 13 Nov 2020 = Sat 14 Nov"),
    ev("polisario-blockade", "التي تحولت، منذ 21 أكتوبر الماضي", BLOCKADE[0], "'منذ 21 أكتوبر الماضي' until the operation of Fri 13 Nov 2020 (span 21 Oct - 12 Nov)", end=BLOCKADE[1]),
    ev("far-operation", "وحتى تحريرها صباح أول أمس الجمعة", OPERATION, "'صباح أول أمس الجمعة' from Sun 15 Nov 2020 = Fri 13 Nov"),
    ev("cargo-looting", "نهب حمولات من الخضر والأسماك", BLOCKADE[0], "no own day; during the blockade (my span 21 Oct - 12 Nov 2020)", end=BLOCKADE[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 578
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

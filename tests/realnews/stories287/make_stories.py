"""Builds stories.jsonl: the 287-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories266/make_stories.py). Domain: desalination plants, drinking-water supply cuts and water
rationing: the inauguration of Algeria's "Fouka 2" desalination plant two days after the Ras El Abiod plant
(2025), the two breaks of the Kuraymat water line that cut Hurghada and Ras Gharib (Egypt, 2025), the one-day
maintenance stop of the Zarat desalination plant in south-eastern Tunisia (2026), and the annual shutdown of the
Medjerda - Cap Bon canal with night water cuts in five Tunisian governorates (2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-fouka2-desalination-plant-inauguration-2025
S = "algeria-fouka2-desalination-plant-inauguration-2025"
PROGRAMME = ("2021-07-25", "2021-07-26")  # the five large plants, decided at the Council of Ministers of Sun 25 Jul 2021
CONSTRUCTION = ("2023-01-01", "2025-02-23")  # 'لا تتعدى 25 شهرا' before the inauguration of Sat 22 Feb 2025
art(S, "https://reveildalgerie.dz/AR/2025/02/22/%d8%a8%d8%b9%d8%af-%d9%88%d9%87%d8%b1%d8%a7%d9%86-%d8%aa%d8%a8%d9%88%d9%86-%d9%8a%d9%81%d8%aa%d8%aa%d8%ad-%d9%85%d8%ad%d8%b7%d8%a9-%d9%81%d9%88%d9%83%d8%a9-2-%d9%84%d8%aa%d8%b9%d8%b2%d9%8a%d8%b2",
    "2025-02-22", "date in the URL '/2025/02/22/', kept as the first line of the text; the body's 'اليوم السبت 22 فيفري' agrees (22 Feb 2025 was a Saturday); the last, truncated sentence cut to its last complete clause", True, """
2025/02/22
بعد وهران.. تبون يدشن محطة "فوكة 2" لدعم التزود بالمياه
تمضي الجزائر في إنجاز مشاريع كبرى لتحلية مياه البحر، إذ أشرف رئيس الجمهورية عبد المجيد تبون، اليوم السبت 22 فيفري، على تدشين محطة تحلية مياه البحر "فوكة 2" بولاية تيبازة، التي تبلغ طاقتها الإنتاجية 300 ألف متر مكعب يوميا، لتكون من أكبر المنشآت المماثلة في البلاد.
وتدخل المحطة ضمن البرنامج الوطني الذي أقره رئيس الجمهورية لإنجاز خمس محطات كبرى لتحلية مياه البحر في الطارف (كدية الدراوش) وبجاية (تيغرمت-توجة) وبومرداس (كاب جنات) وتيبازة (فوكة) ووهران (الرأس الأبيض)، بطاقة 300 ألف متر مكعب يوميا لكل محطة وبكلفة إجمالية تقارب 2.4 مليار دولار.
وتندرج هذه المشاريع في استراتيجية وطنية تجعل من تحلية مياه البحر خيارا استراتيجيا لتعزيز الأمن المائي، لا سيما مع التغيرات المناخية وتنامي الطلب على المياه في المدن الكبرى.
وحضر حفل التدشين عدد من كبار المسؤولين، منهم رئيس أركان الجيش الوطني الشعبي الفريق أول السعيد شنقريحة، ووزير الطاقة والمناجم والطاقات المتجددة محمد عرقاب.
""", [
    ev("fouka2-inauguration", "أشرف رئيس الجمهورية عبد المجيد تبون، اليوم السبت 22 فيفري", "2025-02-22", "'اليوم السبت 22 فيفري' = Sat 22 Feb 2025 (the URL day)"),
    ev("five-plants-programme", "البرنامج الوطني الذي أقره رئيس الجمهورية", PROGRAMME[0], "no own expression; the programme of the five 300,000 m3/day plants was decided by the President at the Council of Ministers of Sun 25 Jul 2021 (an echorouk report on the Zeralda plant names the same five sites)", end=PROGRAMME[1]),
    ev("inauguration-attendance", "وحضر حفل التدشين عدد من كبار المسؤولين", "2025-02-22", "no own expression; the ceremony of Sat 22 Feb 2025"),
])
art(S, "https://arabkhabar.com/a/4237198",
    "2025-02-22", "page line 'تاريخ النشر: 22nd, February 2025 GMT' (kept verbatim as the first line); the body's 'يوم 20 فيفري 2025' for the Oran plant agrees; the last, truncated sentence dropped", True, """
تاريخ النشر: 22nd, February 2025 GMT
حشيشي: محطة "فوكة 2" لتحلية مياه البحر ثمرة رؤية استشرافية للسلطات العليا لتحقيق الأمن المائي
صرّح الرئيس المدير العام لمجمع سوناطراك رشيد حشيشي بأن محطة تحلية مياه البحر "فوكة 2" تأتي في إطار الرؤية الاستشرافية التي تعتمدها السلطات العليا في البلاد لبلوغ الأمن المائي.
وبمناسبة تدشين المحطة، لفت حشيشي إلى أن إنجازها في آجال قياسية لا تتعدى 25 شهرا يعكس حجم الجهود والتعبئة الكبيرة للموارد البشرية والمادية التي جندها المجمع.
وذكر أن سوناطراك تشرفت بحضور رئيس الجمهورية عبد المجيد تبون، الذي أشرف على مراسم التدشين الرسمي للمحطة بولاية تيبازة.
وتعد "فوكة 2" ثاني محطة يكتمل إنجازها ضمن البرنامج التكميلي، بعد محطة الرأس الأبيض بولاية وهران التي دشنها رئيس الجمهورية يوم 20 فيفري 2025.
ويشمل هذا البرنامج الموسع، الذي أقره الرئيس تبون، إنجاز خمس محطات كبرى لتحلية مياه البحر بطاقة 300 ألف متر مكعب يوميًا لكل واحدة.
""", [
    ev("hachichi-statement", "صرّح الرئيس المدير العام لمجمع سوناطراك رشيد حشيشي", "2025-02-22", "no own expression; said at the inauguration of Sat 22 Feb 2025 (the publication day)"),
    ev("fouka2-construction", "إنجازها في آجال قياسية لا تتعدى 25 شهرا", CONSTRUCTION[0], "'لا تتعدى 25 شهرا' before Sat 22 Feb 2025: the works of about Jan 2023 - Feb 2025 (my span)", end=CONSTRUCTION[1]),
    ev("fouka2-inauguration", "الذي أشرف على مراسم التدشين الرسمي للمحطة", "2025-02-22", "no own expression; the inauguration of Sat 22 Feb 2025 (the publication day)"),
    ev("ras-el-abiod-inauguration", "التي دشنها رئيس الجمهورية يوم 20 فيفري 2025", "2025-02-20", "'يوم 20 فيفري 2025' = Thu 20 Feb 2025"),
    ev("five-plants-programme", "الذي أقره الرئيس تبون", PROGRAMME[0], "no own expression; the programme decided at the Council of Ministers of Sun 25 Jul 2021 (echorouk)", end=PROGRAMME[1]),
])
art(S, "https://djazairess.com/elmassa/251806",
    "2025-02-23", "no date on the stored page (a djazairess copy of El Massa); 'أمس السبت' for the inauguration, which took place on Sat 22 Feb 2025 (the reveildalgerie and arabkhabar items of that day), gives Sun 23 Feb 2025; headline written from the body; the last, truncated sentence cut to its first clause; no date of its own in the text", False, """
تبون يدشن مصنع "فوكة 2" لتحلية مياه البحر بتيبازة
دشّن رئيس الجمهورية عبد المجيد تبون، أمس السبت بولاية تيبازة، مصنع تحلية مياه البحر "فوكة 2" البالغة طاقته الإنتاجية 300 ألف متر مكعب يوميا.
وقبل مراسم التدشين، تابع الرئيس عرضا عن سير الأشغال ومراحل إنجاز هذه المنشأة الحيوية الممتدة على 7,15 هكتار، والتي ستؤمن المياه لـ3 ملايين ساكن في ولايات الجزائر العاصمة وتيبازة والبليدة.
ويدخل المشروع ضمن البرنامج الوطني الذي أقره رئيس الجمهورية لدعم السيادة المائية، والذي يشمل إنجاز 5 محطات كبرى لتحلية مياه البحر في الطارف وبجاية وبومرداس وتيبازة ووهران، بطاقة 300 ألف متر مكعب يوميا لكل منها وبكلفة تقارب 2,4 مليار دولار.
وترمي هذه المشاريع إلى تعزيز الأمن المائي وتأمين حاجات المواطنين من المياه الصالحة للشرب بالاعتماد على الكفاءات الوطنية والتكنولوجيات الحديثة.
وحضر المراسم الوزير المنتدب لدى وزير الدفاع الوطني.
""", [
    ev("fouka2-inauguration", "دشّن رئيس الجمهورية عبد المجيد تبون، أمس السبت", "2025-02-22", "'أمس السبت' from Sun 23 = Sat 22 Feb 2025"),
    ev("works-presentation", "تابع الرئيس عرضا عن سير الأشغال", "2025-02-22", "no own expression; 'قبل مراسم التدشين' of Sat 22 Feb 2025"),
    ev("five-plants-programme", "البرنامج الوطني الذي أقره رئيس الجمهورية لدعم السيادة المائية", PROGRAMME[0], "no own expression; the programme decided at the Council of Ministers of Sun 25 Jul 2021 (echorouk)", end=PROGRAMME[1]),
    ev("inauguration-attendance", "وحضر المراسم الوزير المنتدب لدى وزير الدفاع الوطني", "2025-02-22", "no own expression; the ceremony of Sat 22 Feb 2025"),
])
art(S, "https://akhbarachark.dz/%d9%88%d8%b7%d9%86%d9%8a/%d8%a7%d9%84%d8%b1%d8%a6%d9%8a%d8%b3-%d8%aa%d8%a8%d9%88%d9%86-%d9%8a%d9%8f%d8%af%d8%b4%d9%86-%d9%85%d8%b5%d9%86%d8%b9-%d8%aa%d8%ad%d9%84%d9%8a%d8%a9-%d9%85%d9%8a%d8%a7%d9%87-%d8%a7%d9%84%d8%a8%d8%ad",
    "2025-02-23", "no date on the stored page; 'أمس السبت' for the inauguration of Sat 22 Feb 2025 (the reveildalgerie and arabkhabar items of that day) gives Sun 23 Feb 2025; headline rendered from the URL slug; the source's slip 'ست ولايات في غرب البلاد' (said of the Oran plant) dropped with its sentence; the last, truncated sentence cut to its main clause; no date of its own in the text", False, """
الرئيس تبون يدشن مصنع تحلية مياه البحر "فوكة 2" بتيبازة
أشرف رئيس الجمهورية عبد المجيد تبون، أمس السبت، على تدشين مصنع تحلية مياه البحر "فوكة -2-" بولاية تيبازة، ضمن استراتيجية الدولة الرامية إلى تعزيز الأمن المائي وضمان تزويد المواطنين بالمياه الصالحة للشرب.
ويستكمل هذا المشروع الجهود الوطنية لمواجهة تحديات الموارد المائية في ظل تنامي الطلب، إذ ينتج المصنع الجديد 300 ألف متر مكعب من المياه يوميًا.
وكان الرئيس تبون قد دشّن، قبل أيام قليلة، أكبر مصنع لتحلية مياه البحر في الجزائر بمنطقة الرأس الأبيض -عين الكرمة- بولاية وهران، في خطوة لتأمين حاجات السكان من الماء الشروب وفاءً بالتزاماته.
ويمثل مصنع "فوكة -2-" إضافة نوعية للبنية التحتية المائية، تعكس التوجه نحو الموارد غير التقليدية لتلبية الطلب المتزايد وضمان استدامة التوزيع.
وفي السياق نفسه، استمع رئيس الجمهورية إلى عرض عن المصنع أثناء إشرافه على التدشين.
""", [
    ev("fouka2-inauguration", "أشرف رئيس الجمهورية عبد المجيد تبون، أمس السبت", "2025-02-22", "'أمس السبت' from Sun 23 = Sat 22 Feb 2025"),
    ev("ras-el-abiod-inauguration", "قد دشّن، قبل أيام قليلة، أكبر مصنع لتحلية مياه البحر", "2025-02-20", "'قبل أيام قليلة' from Sun 23 Feb 2025; the Oran plant was inaugurated on Thu 20 Feb 2025 (arabkhabar: 'يوم 20 فيفري 2025')"),
    ev("works-presentation", "استمع رئيس الجمهورية إلى عرض عن المصنع", "2025-02-22", "no own expression; during the inauguration of Sat 22 Feb 2025"),
])

# ---------------------------------------------------------------- egypt-hurghada-kuraymat-water-line-breaks-2025
S = "egypt-hurghada-kuraymat-water-line-breaks-2025"
BREAK1 = ("2025-05-10", "2025-05-12")   # first break, reported on Sun 11 May 2025 (the day of the break is not given)
HALT1 = ("2025-05-10", "2025-05-13")    # pumping stopped from the first break until the repair (my span)
BREAK2 = ("2025-05-15", "2025-05-17")   # second break, reported at 09:02 on Fri 16 May 2025
art(S, "https://elwaq3.com/2025/05/11/أزمة-عطش-تضرب-الغردقة-ورأس-غارب-بعد-كسر",
    "2025-05-11", "date in the URL '/2025/05/11/', kept as the first line of the text (11 May 2025 was a Sunday)", True, """
2025/05/11
أزمة عطش في الغردقة ورأس غارب إثر كسر مفاجئ بخط الكريمات
تتواصل حاليًا أعمال صيانة مكثفة لإصلاح كسر طارئ أصاب خط مياه الكريمات الرئيسي، الذي يمد مدينتي الغردقة ورأس غارب بإجمالي إنتاج يومي يصل إلى 50 ألف متر مكعب من المياه.
وأوضح المهندس أحمد شعبان، رئيس شركة مياه البحر الأحمر، أن فرق الطوارئ تعمل بنظام ورديات متعاقبة لإنهاء الإصلاح في أسرع وقت ممكن وإعادة المياه إلى المناطق المتضررة دون إبطاء.
وتسبب العطل في توقف مؤقت لضخ المياه، فزادت معاناة سكان عدد من الأحياء، لا سيما أن نظام الضخ المعمول به حاليًا يقتصر على يوم واحد أسبوعيًا.
وتعالت مطالب المواطنين بجدول أكثر انتظاما لتوزيع المياه وبتقليص فترات الانقطاع، خصوصا مع دخول فصل الصيف وارتفاع درجات الحرارة.
""", [
    ev("first-repair-works", "تتواصل حاليًا أعمال صيانة مكثفة", "2025-05-11", "'حاليًا' = Sun 11 May 2025 (the URL day)"),
    ev("first-break", "لإصلاح كسر طارئ أصاب خط مياه الكريمات الرئيسي", BREAK1[0], "no own expression; the break reported on Sun 11 May 2025, on that day or the day before (my span 10-11 May)", end=BREAK1[1]),
    ev("pumping-halt-1", "وتسبب العطل في توقف مؤقت لضخ المياه", HALT1[0], "no own expression; pumping stopped from the break (10-11 May) until the repair, about a day later (my span 10-12 May 2025)", end=HALT1[1]),
])
art(S, "https://www.arabkhabar.com/a/4595686",
    "2025-05-11", "page line 'تاريخ النشر: 11th, May 2025 GMT' (not kept in the text; a copy of a Sada El Balad item); the source line, tags and the unrelated teaser dropped; no date of its own in the text", False, """
كسر مفاجئ في خط مياه الكريمات يوقف الخدمة مؤقتا عن رأس غارب والغردقة
أفادت شركة مياه الشرب والصرف الصحي بالبحر الأحمر بوقوع كسر مفاجئ في خط مياه الكريمات، نتج عنه توقف مؤقت لضخ المياه إلى مدينتي رأس غارب والغردقة.
وبيّنت الشركة في بيان أن الكسر أدى إلى تعديل مواعيد الضخ في بعض مناطق المدينتين إلى حين إتمام أعمال الإصلاح.
ودعت الشركة المواطنين إلى ترشيد استهلاك المياه خلال الفترة الحالية حتى تكفي الكميات المتوفرة إلى أن يعود الضخ بكامل طاقته.
وأكدت أن فرق الطوارئ تعمل على مدار الساعة لإنهاء أعمال الصيانة في أسرع وقت ممكن، واستئناف الضخ المنتظم من الخط الرئيسي إلى كل المناطق المتضررة.
""", [
    ev("first-break", "بوقوع كسر مفاجئ في خط مياه الكريمات", BREAK1[0], "no own expression; the break reported on Sun 11 May 2025, on that day or the day before (my span 10-11 May)", end=BREAK1[1]),
    ev("pumping-halt-1", "نتج عنه توقف مؤقت لضخ المياه", HALT1[0], "no own expression; pumping stopped from the break until the repair (my span 10-12 May 2025)", end=HALT1[1]),
    ev("rationing-call", "ودعت الشركة المواطنين إلى ترشيد استهلاك المياه", "2025-05-10", "no own expression; the company's statement on the break, issued by Sun 11 May 2025 (my span 10-11 May)", end="2025-05-12"),
    ev("first-repair-works", "فرق الطوارئ تعمل على مدار الساعة", "2025-05-11", "'على مدار الساعة' (ongoing) on the publication day, Sun 11 May 2025"),
])
art(S, "https://www.cairo24.com/2212597",
    "2025-05-16", "page date line 'الجمعة 16/مايو/2025 - 09:02 ص' (kept as the first line; 16 May 2025 was a Friday); the page's current-date banner ('الأربعاء 10 ديسمبر 2025'), menu and captions dropped; the last, truncated sentence dropped", True, """
الجمعة 16/مايو/2025 - 09:02 ص
توقف ضخ المياه في الغردقة ورأس غارب للمرة الثانية خلال 5 أيام بسبب كسر في خط الكريمات
تعرض خط مياه الكريمات الذي يغذي مدينتي الغردقة ورأس غارب بمياه الشرب لكسر مفاجئ جديد، وذلك للمرة الثانية خلال 5 أيام، فتوقف ضخ المياه إلى المدينتين.
وباشرت الفرق الفنية لشركة مياه الشرب والصرف الصحي بالبحر الأحمر أعمال الإصلاح والصيانة للخط على الفور.
وشدد المهندس أحمد شعبان، رئيس الشركة، على الإسراع في إنهاء الأعمال وإعادة الضخ في الخط الذي يعد المصدر الرئيسي لمياه الشرب القادمة من نهر النيل إلى المدينتين.
وكان اللواء عمرو حنفي، محافظ البحر الأحمر، قد أجرى أول أمس الأربعاء جولة تفقدية لمتابعة التعديلات الجارية في محطة "اليسر" لمياه الشرب بالغردقة، للتأكد من جاهزيتها لتلبية حاجات المواطنين خلال فصل الصيف وتفادي أي أزمات أو انقطاعات.
""", [
    ev("second-break", "لكسر مفاجئ جديد", BREAK2[0], "no own expression; the break reported at 09:02 on Fri 16 May 2025, that morning or the day before (my span 15-16 May)", end=BREAK2[1]),
    ev("first-break", "وذلك للمرة الثانية خلال 5 أيام", BREAK1[0], "'خلال 5 أيام' before Fri 16 May: the first break, reported on Sun 11 May 2025 (my span 10-11 May)", end=BREAK1[1]),
    ev("pumping-halt-2", "فتوقف ضخ المياه إلى المدينتين", BREAK2[0], "no own expression; pumping stopped with the second break (my span 15-16 May 2025)", end=BREAK2[1]),
    ev("second-repair-works", "أعمال الإصلاح والصيانة للخط على الفور", BREAK2[0], "'على الفور' after the second break (my span 15-16 May 2025)", end=BREAK2[1]),
    ev("governor-yusr-tour", "قد أجرى أول أمس الأربعاء جولة تفقدية", "2025-05-14", "'أول أمس الأربعاء' from Fri 16 = Wed 14 May 2025"),
])

# ---------------------------------------------------------------- tunisia-zarat-desalination-plant-maintenance-2026
S = "tunisia-zarat-desalination-plant-maintenance-2026"
CUT = ("2026-02-23", "2026-02-25")  # from 10 a.m. Mon 23 to 10 p.m. Tue 24 Feb 2026
art(S, "https://www.babnet.net/cadredetail-324026.asp",
    "2026-02-21", "stamp 'date 2026-02-21' at the head of the stored page, kept as the first line of the text; the body's 'بلاغ صادر عن الشركة السبت' agrees (21 Feb 2026 was a Saturday); headline written from the body (the stored text has none)", True, """
2026-02-21
اضطراب في توزيع الماء بقابس وتطاوين ومدنين بسبب صيانة محطة الزارات
أعلمت الشركة الوطنية لاستغلال وتوزيع المياه بأن توزيع الماء الصالح للشرب سيشهد اضطرابا يوم الاثنين 23 فيفري 2026 بداية من الساعة العاشرة صباحا.
وأرجعت الشركة ذلك، في بلاغ أصدرته السبت، إلى أشغال صيانة وتعهد ستجرى بمحطة تحلية مياه البحر بالزارات من ولاية قابس.
وسيمس الاضطراب المناطق الراجعة لمعتمديتي قابس الجنوبية ومارث بولاية قابس، ومعتمديات تطاوين الشمالية وتطاوين الجنوبية وغمراسن بولاية تطاوين، ومعتمديات مدنين الشمالية ومدنين الجنوبية وجرجيس وسيدي مخلوف بولاية مدنين.
وحسب البلاغ نفسه، يتوقع أن يستأنف التزويد بالماء بصفة طبيعية وتدريجية يوم الثلاثاء 24 فيفري 2026 بداية من الساعة العاشرة مساء.
""", [
    ev("supply-disruption", "سيشهد اضطرابا يوم الاثنين 23 فيفري 2026 بداية من الساعة العاشرة صباحا", CUT[0], "'يوم الاثنين 23 فيفري 2026 بداية من الساعة العاشرة صباحا' to the resumption at 10 p.m. on Tue 24 Feb 2026", end=CUT[1]),
    ev("sonede-statement", "في بلاغ أصدرته السبت", "2026-02-21", "'السبت' = Sat 21 Feb 2026 (the publication day)"),
    ev("zarat-maintenance", "أشغال صيانة وتعهد ستجرى بمحطة تحلية مياه البحر بالزارات", CUT[0], "no own expression; the works behind the cut of Mon 23 - Tue 24 Feb 2026", end=CUT[1]),
    ev("supply-resumption", "يستأنف التزويد بالماء بصفة طبيعية وتدريجية يوم الثلاثاء 24 فيفري 2026", "2026-02-24", "'يوم الثلاثاء 24 فيفري 2026 بداية من الساعة العاشرة مساء' = 10 p.m. Tue 24 Feb 2026"),
])
art(S, "https://ar.webmanagercenter.com/2026/02/21/417519/%D8%B9%D8%A7%D8%AC%D9%84-%D8%AA%D9%86%D8%A8%D9%8A%D9%87-%D9%84%D9%84%D9%85%D9%88%D8%A7%D8%B7%D9%86%D9%8A%D9%86-%D8%A7%D9%86%D9%82%D8%B7%D8%A7%D8%B9-%D9%85%D9%8A%D8%A7%D9%87-%D8%A7%D9%84%D8%B4%D8%B1/",
    "2026-02-21", "page date line '2026/02/21' (kept as the first line) and the URL '/2026/02/21/'; the unrelated 'عاجل' teaser above it dropped; headline rendered from the URL slug (cut off after 'مياه الشر', completed with the body's governorates)", True, """
2026/02/21
تنبيه للمواطنين: انقطاع مياه الشرب بقابس وتطاوين ومدنين
نبهت الشركة الوطنية لاستغلال وتوزيع المياه (الصوناد) إلى اضطراب سيسجل في توزيع الماء الصالح للشرب يوم الاثنين 23 فيفري 2026، بداية من الساعة العاشرة صباحا، بالمناطق العليا من ولايات قابس وتطاوين ومدنين.
وأوضح بلاغ للصوناد أن السبب يعود إلى أشغال صيانة وتعهد لمحطة تحلية مياه البحر بالزارات في ولاية قابس.
وتشمل الانقطاعات معتمديتي قابس الجنوبية ومارث، ومعتمديات تطاوين الشمالية وتطاوين الجنوبية وغمراسن، ومعتمديات مدنين الشمالية ومدنين الجنوبية وجرجيس وسيدي مخلوف.
وينتظر أن يعود التزويد بالماء إلى نسقه الطبيعي تدريجيا يوم الثلاثاء 24 فيفري 2026 بداية من الساعة العاشرة مساء.
""", [
    ev("supply-disruption", "إلى اضطراب سيسجل في توزيع الماء الصالح للشرب يوم الاثنين 23 فيفري 2026", CUT[0], "'يوم الاثنين 23 فيفري 2026، بداية من الساعة العاشرة صباحا' to 10 p.m. Tue 24 Feb 2026", end=CUT[1]),
    ev("sonede-statement", "وأوضح بلاغ للصوناد", "2026-02-21", "no own expression; SONEDE's statement of Sat 21 Feb 2026 (the publication day; babnet: 'بلاغ صادر عن الشركة السبت')"),
    ev("zarat-maintenance", "أشغال صيانة وتعهد لمحطة تحلية مياه البحر بالزارات", CUT[0], "no own expression; the works behind the cut of Mon 23 - Tue 24 Feb 2026", end=CUT[1]),
    ev("supply-resumption", "يعود التزويد بالماء إلى نسقه الطبيعي تدريجيا يوم الثلاثاء 24 فيفري 2026", "2026-02-24", "'يوم الثلاثاء 24 فيفري 2026 بداية من الساعة العاشرة مساء' = 10 p.m. Tue 24 Feb 2026"),
])
art(S, "https://ar.tunisienumerique.com/%D8%A7%D9%84%D9%8A%D9%88%D9%85-%D8%A7%D9%86%D9%82%D8%B7%D8%A7%D8%B9%D8%A7%D8%AA-%D9%88%D8%A7%D8%B6%D8%B7%D8%B1%D8%A7%D8%A8%D8%A7%D8%AA-%D9%81%D9%8A-%D8%AA%D9%88%D8%B2%D9%8A%D8%B9-%D8%A7%D9%84%D9%85/",
    "2026-02-23", "no stamp on the stored page; 'صباح اليوم الإثنين' for the cut announced for Mon 23 Feb 2026 and 'يوم غد الثلاثاء 24 فيفري 2026' give Mon 23 Feb 2026; headline rendered from the URL slug; share buttons and page furniture dropped; no date of its own in the text", False, """
اليوم: انقطاعات واضطرابات في توزيع الماء بقابس وتطاوين ومدنين
تعرف عدة مناطق من ولايات قابس وتطاوين ومدنين، بداية من الساعة العاشرة من صباح اليوم الإثنين، اضطرابا في توزيع الماء الصالح للشرب بسبب أشغال صيانة وتعهد في محطة تحلية مياه البحر بالزارات بولاية قابس.
وكانت الشركة الوطنية لاستغلال وتوزيع المياه قد بينت، في بلاغ سابق، أن الاضطرابات تهم معتمديتي قابس الجنوبية ومارث، ومعتمديات تطاوين الشمالية وتطاوين الجنوبية وغمراسن، إلى جانب معتمديات مدنين الشمالية ومدنين الجنوبية وجرجيس وسيدي مخلوف.
وتدخل هذه الأشغال ضمن الصيانة الدورية التي تهدف إلى ضمان استمرار عمل المحطة وتحسين جودة التزود بالماء في الجهات المعنية.
وينتظر أن يستأنف التزويد بصفة طبيعية وتدريجية يوم غد الثلاثاء 24 فيفري 2026، بداية من الساعة العاشرة ليلا، على أن يعود الوضع إلى طبيعته في كل المناطق المتضررة.
""", [
    ev("supply-disruption", "بداية من الساعة العاشرة من صباح اليوم الإثنين", CUT[0], "'الساعة العاشرة من صباح اليوم الإثنين' = 10 a.m. Mon 23 Feb 2026, to the resumption of Tue 24", end=CUT[1]),
    ev("zarat-maintenance", "بسبب أشغال صيانة وتعهد في محطة تحلية مياه البحر بالزارات", CUT[0], "no own expression; the works of Mon 23 - Tue 24 Feb 2026", end=CUT[1]),
    ev("sonede-statement", "في بلاغ سابق", "2026-02-21", "no own expression ('بلاغ سابق'); SONEDE's statement of Sat 21 Feb 2026 (babnet, webmanagercenter)"),
    ev("supply-resumption", "يستأنف التزويد بصفة طبيعية وتدريجية يوم غد الثلاثاء 24 فيفري 2026", "2026-02-24", "'يوم غد الثلاثاء 24 فيفري 2026، بداية من الساعة العاشرة ليلا' = 10 p.m. Tue 24 Feb 2026"),
])

# ---------------------------------------------------------------- tunisia-medjerda-cap-bon-canal-maintenance-2026
S = "tunisia-medjerda-cap-bon-canal-maintenance-2026"
WORKS = ("2026-01-29", "2026-02-12")        # canal stopped for maintenance from 29 Jan to 11 Feb 2026
DISRUPT = ("2026-01-30", "2026-02-12")      # cuts from 30 Jan, normal supply again from 12 Feb 2026
art(S, "https://www.babnet.net/cadredetail-322658.asp",
    "2026-01-27", "stamp 'date 2026-01-27' at the head of the stored page, kept as the first line of the text (27 Jan 2026 was a Tuesday); the page's 'Latest update 16:39 Tunis' banner dropped", True, """
2026-01-27
وزارة الفلاحة: اضطراب في توزيع مياه الشرب بعدد من معتمديات الوطن القبلي والساحل وصفاقس
يُنتظر تسجيل اضطرابات وانقطاعات في التزود بالماء بداية من يوم 30 جانفي 2026 في عدد من معتمديات ولايات نابل وسوسة والمنستير والمهدية وصفاقس، على أن يعود التزويد إلى نسقه العادي بداية من يوم 12 فيفري 2026، حسب بلاغ لوزارة الفلاحة والموارد المائية والصيد البحري.
وعزت الوزارة هذا الاضطراب إلى التوقيف الفني لقنال مجردة-الوطن القبلي، الذي يعد الشريان الرئيسي لإمداد ولايات الوطن القبلي والساحل وشمال صفاقس بالماء الصالح للشرب.
وبيّنت أنها ستنجز أعمال الصيانة الدورية للقنال ولمختلف منشآت نقل المياه وتحويلها وضخها التابعة له خلال الفترة الممتدة من 29 جانفي إلى 11 فيفري 2026.
ولضمان تزويد كل المرافق الحيوية خلال الفترة النهارية، سيقع اللجوء إلى قطع الماء خلال الفترة الليلية من الساعة الثامنة ليلا إلى الخامسة صباحا قصد تعبئة الخزانات.
ودعت الوزارة المواطنين إلى ترشيد استهلاك الماء خلال فترة الأشغال.
""", [
    ev("supply-disruptions", "اضطرابات وانقطاعات في التزود بالماء بداية من يوم 30 جانفي 2026", DISRUPT[0], "'بداية من يوم 30 جانفي 2026' (Fri) to the return to normal 'بداية من يوم 12 فيفري 2026'", end=DISRUPT[1]),
    ev("supply-back-to-normal", "يعود التزويد إلى نسقه العادي بداية من يوم 12 فيفري 2026", "2026-02-12", "'بداية من يوم 12 فيفري 2026' = Thu 12 Feb 2026"),
    ev("ministry-announcement", "حسب بلاغ لوزارة الفلاحة والموارد المائية والصيد البحري", "2026-01-27", "no own expression; the ministry's statement reported on Tue 27 Jan 2026 (the publication day)"),
    ev("canal-maintenance", "خلال الفترة الممتدة من 29 جانفي إلى 11 فيفري 2026", WORKS[0], "'من 29 جانفي إلى 11 فيفري 2026' = Thu 29 Jan - Wed 11 Feb 2026", end=WORKS[1]),
    ev("night-cuts", "قطع الماء خلال الفترة الليلية من الساعة الثامنة ليلا إلى الخامسة صباحا", WORKS[0], "no own date; nightly 8 p.m. - 5 a.m. cuts during the works of 29 Jan - 11 Feb 2026 (my span)", end=WORKS[1]),
])
art(S, "https://ar.tunisienumerique.com/%D8%A3%D8%B4%D8%BA%D8%A7%D9%84-%D8%B5%D9%8A%D8%A7%D9%86%D8%A9-%D9%82%D9%86%D8%A7%D9%84-%D9%85%D8%AC%D8%B1%D8%AF%D8%A9-%D8%A7%D9%84%D9%88%D8%B7%D9%86-%D8%A7%D9%84%D9%82%D8%A8%D9%84%D9%8A/",
    "2026-01-27", "stamp 'date 2026-01-27' at the head of the stored page (not kept in the text; 27 Jan 2026 was a Tuesday); the body's announcement of a stop 'من 29 جانفي 2026' agrees with the babnet item of the same day; share buttons and language links dropped; no date of its own in the text", False, """
صيانة قنال مجردة – الوطن القبلي: اضطرابات في توزيع الماء بـ 5 معتمديات من نابل
ضمن برنامج الصيانة السنوية لقنال مجردة – الوطن القبلي، أعلنت شركة استغلال قنال وأنابيب مياه الشمال أنها ستوقف تشغيل القنال مؤقتا خلال الفترة الممتدة من 29 جانفي 2026 إلى غاية 11 فيفري 2026 لإنجاز أشغال صيانة مبرمجة.
ويُتوقع أن يتسبب هذا التوقف في نقص الموارد المائية التي تغذي المنظومة المائية بولاية نابل، ما سيؤدي إلى اضطرابات وانقطاعات في توزيع الماء الصالح للشرب بعدد من المناطق.
وذكرت والية نابل أن الاضطرابات ستمس معتمديات بني خلاد ومنزل بوزلفة وقربة ومنزل تميم وقليبية، حيث ستنقطع المياه بداية من الساعة الثالثة بعد الظهر طيلة فترة الأشغال.
وسيُعتمد كذلك قطع ليلي للمياه من الساعة الثامنة مساءً إلى الخامسة صباحًا لتعبئة الخزانات وضمان التزود خلال الفترات النهارية قدر المستطاع.
وينتظر أن يعود توزيع الماء إلى نسقه العادي مباشرة بعد انتهاء الأشغال وإعادة تشغيل القنال.
""", [
    ev("canal-maintenance", "ستوقف تشغيل القنال مؤقتا خلال الفترة الممتدة من 29 جانفي 2026 إلى غاية 11 فيفري 2026", WORKS[0], "'من 29 جانفي 2026 إلى غاية 11 فيفري 2026' = Thu 29 Jan - Wed 11 Feb 2026", end=WORKS[1]),
    ev("nabeul-cuts", "ستنقطع المياه بداية من الساعة الثالثة بعد الظهر طيلة فترة الأشغال", DISRUPT[0], "'الساعة الثالثة بعد الظهر طيلة فترة الأشغال': Nabeul's cuts from 3 p.m., from Fri 30 Jan (the ministry's and tunisien.tn's date) to the end of the works on 11 Feb 2026", end=DISRUPT[1]),
    ev("night-cuts", "قطع ليلي للمياه من الساعة الثامنة مساءً إلى الخامسة صباحًا", WORKS[0], "no own date; nightly 8 p.m. - 5 a.m. cuts during the works of 29 Jan - 11 Feb 2026 (my span)", end=WORKS[1]),
    ev("supply-back-to-normal", "يعود توزيع الماء إلى نسقه العادي مباشرة بعد انتهاء الأشغال", "2026-02-12", "no own expression; right after the works end on Wed 11 Feb: Thu 12 Feb 2026 (babnet: 'بداية من يوم 12 فيفري 2026')"),
    ev("nabeul-governor-statement", "وذكرت والية نابل", "2026-01-26", "no own expression; the governor's statement was out by Tue 27 Jan 2026 (my span 26-27 Jan)", end="2026-01-28"),
])
art(S, "https://www.tunisien.tn/%D8%AA%D9%88%D9%86%D8%B3/%D8%A7%D8%A8%D8%AA%D8%AF%D8%A7%D8%A1-%D9%85%D9%86-%D8%A7%D9%84%D9%8A%D9%88%D9%85-%D8%A7%D8%B6%D8%B7%D8%B1%D8%A7%D8%A8%D8%A7%D8%AA-%D9%81%D9%8A-%D8%AA%D9%88%D8%B2%D9%8A%D8%B9-%D9%85%D9%8A%D8%A7%D9%87",
    "2026-01-30", "stamp 'date 2026-01-30' at the head of the stored page, kept as the first line of the text; the body's 'اليوم الجمعة' agrees (30 Jan 2026 was a Friday); the list of areas turned into sentences", True, """
2026-01-30
ابتداء من اليوم: اضطرابات في توزيع مياه الشرب بـ5 ولايات
يُرتقب أن يتم اليوم الجمعة التوقيف الفني لقنال مجردة - الوطن القبلي، وهو ما سيؤدي إلى نقص في الموارد المائية الموجهة إلى ولايات نابل وسوسة والمنستير والمهدية وشمال ولاية صفاقس.
ونتيجة لذلك ستسجل اضطرابات وانقطاعات في التزود بالماء بداية من يوم 30 جانفي 2026 في عدد من المناطق.
ففي ولاية نابل تشمل الانقطاعات معتمديات بني خلاد ومنزل بوزلفة وقربة ومنزل تميم وقليبية انطلاقا من الساعة الثالثة بعد الظهر، وفي ولاية سوسة معتمديات الرياض والقلعة الصغرى ومساكن والقصيبة والزاوية والثريات وأكودة انطلاقا من منتصف النهار.
أما في ولاية المنستير فتمس معتمديات جمال والوردانين وزرمدين وقصر هلال والمكنين والبقالطة وقصيبة المديوني وبنان انطلاقا من الساعة الواحدة بعد الظهر، وفي ولاية المهدية معتمديات قصور الساف وسيدي علوان وملولش وشربان وهبيرة والمناطق العليا لمدينة المهدية انطلاقا من منتصف النهار.
وفي ولاية صفاقس تشمل معتمديات الحنشة وجبنيانة والعامرة والمناطق العليا من معتمدية ساقية الزيت ومنطقة مركز كمون من معتمدية منزل شاكر انطلاقا من الساعة الثانية بعد الظهر.
""", [
    ev("canal-technical-stop", "أن يتم اليوم الجمعة التوقيف الفني لقنال مجردة", "2026-01-29", "'اليوم الجمعة' = Fri 30 Jan 2026 in this text; the canal company gives the stop from Thu 29 Jan, so my span is 29-30 Jan 2026", end="2026-01-31"),
    ev("supply-disruptions", "ستسجل اضطرابات وانقطاعات في التزود بالماء بداية من يوم 30 جانفي 2026", DISRUPT[0], "'بداية من يوم 30 جانفي 2026' (Fri) to the return to normal on 12 Feb 2026 (babnet)", end=DISRUPT[1]),
    ev("nabeul-cuts", "وقليبية انطلاقا من الساعة الثالثة بعد الظهر", DISRUPT[0], "'انطلاقا من الساعة الثالثة بعد الظهر' on the first day, Fri 30 Jan 2026, for the length of the works (to 11 Feb)", end=DISRUPT[1]),
])
art(S, "https://www.jawharafm.net/ar/article/%D8%A7%D9%84%D8%B5%D9%88%D9%86%D8%A7%D8%AF-%D9%87%D8%B0%D9%87-%D8%A3%D8%B3%D8%A8%D8%A7%D8%A8-%D8%A7%D8%B6%D8%B7%D8%B1%D8%A7%D8%A8%D8%A7%D8%AA-%D8%A7%D9%84%D8%AA%D8%B2%D9%88%D8%AF-%D8%A8%D8%A7%D9%84%D9%85%D8%A7%D8%A1-%D9%81%D9%8A-%D8%B9%D8%AF%D8%AF-%D9%85%D9%86-%D9%85%D9%86%D8%A7%D8%B7%D9%82-%D8%A7%D9%84%D8%B3%D8%A7%D8%AD%D9%84-/141/288300",
    "2026-02-03", "page date line '2026/02/03 13:14' (kept as the first line); the body's 'اليوم الثلاثاء 03 فيفري 2026' agrees (3 Feb 2026 was a Tuesday); breadcrumbs dropped; the last, truncated sentence cut to its main clause", True, """
2026/02/03 13:14
"الصوناد" تشرح أسباب اضطرابات التزود بالماء في عدد من مناطق الساحل
أوضحت الشركة الوطنية لاستغلال وتوزيع المياه أن الاضطرابات التي شهدها التزود بالماء الصالح للشرب في عدد من مناطق الساحل ناتجة عن تزامن أشغال الصيانة السنوية لقنال مجردة - الوطن القبلي مع التقلبات الجوية التي عرفتها البلاد يومي السبت 31 جانفي والأحد 01 فيفري 2026، وما رافقها من أمطار غزيرة.
وبيّنت أن ذلك رفع نسبة عكارة المياه الخام، فاضطرت إلى إيقاف محطات معالجة المياه وقتيا لأكثر من 8 ساعات، مما قلص مخزون المياه المصفاة في خزاناتها وتسبب في اضطرابات في التوزيع لم تكن مبرمجة.
وللحد من هذه الاضطرابات وسد العجز، دعمت الشركة مواردها المائية بتعبئة مياه سد نبهانة بداية من منتصف نهار اليوم الثلاثاء 03 فيفري 2026، على أن تتواصل تعبئة القنوات لمدة 24 ساعة، بما يحسن نسق التزود خاصة في المناطق المرتفعة.
وأكدت الشركة أنها تتابع الوضع عن كثب وتبذل قصارى جهدها لإعادة التزود بالماء إلى نسقه العادي.
""", [
    ev("sahel-disruptions", "الاضطرابات التي شهدها التزود بالماء الصالح للشرب في عدد من مناطق الساحل", "2026-01-31", "no own expression; the unplanned disruptions after the rains of Sat 31 Jan - Sun 1 Feb, up to the report of Tue 3 Feb 2026 (my span)", end="2026-02-04"),
    ev("canal-maintenance", "أشغال الصيانة السنوية لقنال مجردة - الوطن القبلي", WORKS[0], "no own expression; the works of Thu 29 Jan - Wed 11 Feb 2026 (babnet, tunisienumerique)", end=WORKS[1]),
    ev("heavy-rains", "يومي السبت 31 جانفي والأحد 01 فيفري 2026", "2026-01-31", "'يومي السبت 31 جانفي والأحد 01 فيفري 2026' = Sat 31 Jan - Sun 1 Feb 2026", end="2026-02-02"),
    ev("treatment-plants-stop", "إيقاف محطات معالجة المياه وقتيا لأكثر من 8 ساعات", "2026-01-31", "no own expression; the stop of more than 8 hours caused by the turbid water of the rains of 31 Jan - 1 Feb 2026 (my span 31 Jan - 2 Feb)", end="2026-02-03"),
    ev("nebhana-dam-mobilization", "بتعبئة مياه سد نبهانة بداية من منتصف نهار اليوم الثلاثاء 03 فيفري 2026", "2026-02-03", "'منتصف نهار اليوم الثلاثاء 03 فيفري 2026' for 'لمدة 24 ساعة' = noon Tue 3 to noon Wed 4 Feb 2026", end="2026-02-05"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 300)
                            if i != 201 and i != 287
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

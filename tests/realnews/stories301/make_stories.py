"""Builds stories.jsonl: the 301-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: electric vehicles, car factories and car assembly plants:
the presentation of Neo Motors' first Moroccan car and NamX's hydrogen prototype before King Mohammed VI
(Morocco, May 2023), the unveiling of the first prototypes of Turkey's domestic electric car (Togg) in Gebze
(Turkey, December 2019), the opening of Lucid's AMP-2 electric-car plant in King Abdullah Economic City
(Saudi Arabia, September 2023), and the foundation stone of Hyundai's first Middle-East plant in the King Salman
Automotive Cluster (Saudi Arabia, May 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-neo-motors-first-car-2023
S = "morocco-neo-motors-first-car-2023"
CEREMONY = "2023-05-15"                    # King Mohammed VI chaired the presentation at the Rabat palace, Mon 15 May 2023
NEO_MARKET = ("2023-06-01", "2023-07-01")  # the Neo car expected on the market 'في الشهر المقبل' = June 2023
art(S, "https://www.assahifa.com/?p=117797",
    "2023-05-15", "page date line 'الأثنين 15 ماي 2023 - 19:38' (kept as second line; 15 May 2023 was a Monday); the body's 'اليوم الاثنين' agrees; headline kept from the page; byline 'من الصحيفة من الرباط' and the last, truncated paragraph dropped", True, """
بالهيدروجين.. الملك محمد السادس يرأس حفل الكشف عن أول سيارة مغربية 100 %
الأثنين 15 ماي 2023 - 19:38
أشرف الملك محمد السادس، اليوم الاثنين في القصر الملكي بالرباط، على حفل عُرض خلاله نموذج سيارة لأول مُصنّع مغربي، إلى جانب نموذج أولي لمركبة تسير بالهيدروجين طوّرها مغربي، وهما مشروعان مبتكران يُنتظر أن يعززا علامة "صُنع في المغرب" ويرسّخا موقع المملكة منصةً تنافسية لإنتاج السيارات.
ويندرج عرض سيارة "نيو موتورز"، الشركة ذات الرأسمال المغربي، والنموذج الأولي لمركبة الهيدروجين التابعة لشركة NamX نامكس، المسماة مركبة الهيدروجين النفعية HUV (Hydrogen Utility Vehicle)، ضمن إرادة العاهل المغربي في تشجيع المبادرات المقاولاتية الوطنية الرائدة والنهوض بالقدرات الإبداعية، خصوصا لدى الشباب المغربي، وهو ما يجسده المشروعان.
كما تتماشى المبادرتان الصناعيتان مع التوجيهات الملكية الداعية إلى دفع القطاع الخاص نحو الاستثمار المنتج، ولا سيما في القطاعات المتطورة وقطاعات المستقبل، وإلى تحفيز بروز جيل جديد من المقاولات في المملكة.
""", [
    ev("royal-ceremony", "أشرف الملك محمد السادس، اليوم الاثنين في القصر الملكي بالرباط", CEREMONY, "'اليوم الاثنين' with the date line 'الأثنين 15 ماي 2023' = Mon 15 May 2023"),
    ev("neo-car-unveiled", "ويندرج عرض سيارة \"نيو موتورز\"", CEREMONY, "no own expression; the Neo Motors car shown at the ceremony of Mon 15 May 2023"),
    ev("namx-prototype-unveiled", "والنموذج الأولي لمركبة الهيدروجين التابعة لشركة NamX نامكس", CEREMONY, "no own expression; the NamX hydrogen prototype shown at the same ceremony, Mon 15 May 2023"),
])
art(S, "https://fesnews.media/253143/2023/05/15",
    "2023-05-15", "date in the URL '/253143/2023/05/15' (15 May 2023 was a Monday); the body's 'اليوم' and 'يومه الإثنين' agree with the ceremony of Mon 15 May 2023; headline written from the body (the stored text has none); the last, truncated words dropped; no date of its own in the text", False, """
مزور: سيارة نيو موتورز مصنوعة بالكامل بأيد مغربية
يُرتقب أن تدخل سيارة نيو موتورز المصنوعة محليا الأسواق المغربية في الشهر المقبل، بحسب ما أفاد به وزير الصناعة والتجارة رياض مزور.
وشدد مزور، في تصريحات للصحافة اليوم، على أن السيارة صُنعت كليا في المغرب وبسواعد مغربية، إذ إن 60% من قطع غيارها ومن محركها منتجة في المغرب.
وتأتي السيارة في نسختها الأولى بثلاثة أبواب، ويُتوقع أن تُطرح في المستقبل نسخة منها بأربعة أبواب.
وأشرف جلالة الملك محمد السادس يومه الإثنين على حفل تقديم نموذج أول سيارة مغربية الصنع، ومعه النموذج الأولي لمركبة تسير بالهيدروجين، وهما مشروعان مبتكران يدعمان علامة "صُنع في المغرب" ويقويان موقع المملكة منصةً تنافسية لصناعة السيارات المغربية.
وعُرضت مركبة شركة نامكس العاملة بالهيدروجين، المعروفة باسم HUV (Hydrogen Utility Vehicle)، إلى جانب سيارة نيو موتورز، الشركة المملوكة لرؤوس أموال مغربية، ويعكس تقديم المبادرتين تشجيع جلالة الملك للمشاريع الريادية والطاقات الإبداعية، ولا سيما في صفوف الشباب المغربي.
وتتوافق المبادرتان مع سياسة اقتصادية تحفز القطاع الخاص على الاستثمار المنتج، خصوصا في القطاعات المستقبلية والمتطورة، وتدعم بروز جيل جديد من رواد الأعمال في المملكة.
""", [
    ev("neo-market-launch", "أن تدخل سيارة نيو موتورز المصنوعة محليا الأسواق المغربية في الشهر المقبل", NEO_MARKET[0], "'في الشهر المقبل' from Mon 15 May 2023 = June 2023 (the planned start of sales; in fact sales began only in December 2023)", end=NEO_MARKET[1]),
    ev("mezzour-statements", "وشدد مزور، في تصريحات للصحافة اليوم", CEREMONY, "'اليوم' = Mon 15 May 2023 (publication day)"),
    ev("royal-ceremony", "وأشرف جلالة الملك محمد السادس يومه الإثنين على حفل", CEREMONY, "'يومه الإثنين' = Mon 15 May 2023"),
    ev("neo-car-unveiled", "تقديم نموذج أول سيارة مغربية الصنع", CEREMONY, "no own expression; part of the ceremony of Mon 15 May 2023"),
    ev("namx-prototype-unveiled", "وعُرضت مركبة شركة نامكس العاملة بالهيدروجين", CEREMONY, "no own expression; the NamX prototype shown at the ceremony of Mon 15 May 2023"),
])
art(S, "https://24saa.com/%d9%81%d9%88%d8%b2%d9%8a-%d8%a7%d9%84%d9%86%d8%ac%d8%a7%d8%ad-%d9%85%d8%ae%d8%aa%d8%b1%d8%b9-%d8%a3%d9%88%d9%84-%d8%b3%d9%8a%d8%a7%d8%b1%d8%a9-%d9%81%d9%8a-%d8%a7%d9%84%d8%b9%d8%a7%d9%84%d9%85-%d8%aa",
    "2023-05-16", "no date line on the stored page; the body's 'أمس الاثنين 15 ماي 2023' (kept) gives Tue 16 May 2023, and the embedded tweet of Faouzi Annajah is stamped 'May 16, 2023' (the French tweet and its stamp dropped); headline rendered from the URL slug; byline 'الرباط-قمر خائف الله' and the last, truncated sentence dropped", True, """
فوزي النجاح، مبتكر أول سيارة تعمل بالهيدروجين، يشكر الملك على تكريمه
وجّه المغربي فوزي النجاح، مؤسس شركة "نامكس" ومبتكر أول سيارة في العالم تسير بالهيدروجين، شكره إلى الملك محمد السادس على توشيحه بالوسام الملكي للكفاءة الفكرية.
وجاء التوشيح خلال حفل ترأسه العاهل المغربي أمس الاثنين 15 ماي 2023 في القصر الملكي بالرباط، قُدّم فيه نموذج سيارة لأول مُصنّع مغربي، ونموذج أولي لمركبة تعمل بالهيدروجين طوّرها مغربي، وهما مشروعان مبتكران يُتوقع أن يقويا علامة "صُنع في المغرب" ويعززا موقع المملكة منصةً تنافسية لإنتاج السيارات.
وفي هذه المناسبة، كتب فوزي النجاح تدوينة على حسابه الرسمي في "تويتر" قال فيها إن القدر لا يمكن تخيُّله، وإنه يشعر بكل الشرف والفخر لاستقباله وتكريمه بالوسام الملكي للكفاءة الفكرية من طرف جلالة الملك محمد السادس، نصره الله.
وتابع النجاح أن النظرة الملكية إلى المجال الصناعي كانت استشرافية بامتياز منذ اكثر من عشرين سنة، وأنها اليوم تتحقق بفضل تعبئة الكفاءات والجهود وعمل شعب بأكمله، مؤكدا عزمه على العمل لبلوغ أعلى القمم.
""", [
    ev("najah-decoration", "على توشيحه بالوسام الملكي للكفاءة الفكرية", CEREMONY, "no own expression; the decoration was given at the ceremony of 'أمس الاثنين 15 ماي 2023'"),
    ev("royal-ceremony", "خلال حفل ترأسه العاهل المغربي أمس الاثنين 15 ماي 2023", CEREMONY, "'أمس الاثنين 15 ماي 2023' = Mon 15 May 2023"),
    ev("neo-car-unveiled", "قُدّم فيه نموذج سيارة لأول مُصنّع مغربي", CEREMONY, "no own expression; part of the ceremony of Mon 15 May 2023"),
    ev("namx-prototype-unveiled", "ونموذج أولي لمركبة تعمل بالهيدروجين طوّرها مغربي", CEREMONY, "no own expression; part of the ceremony of Mon 15 May 2023"),
    ev("najah-tweet", "كتب فوزي النجاح تدوينة على حسابه الرسمي", "2023-05-15", "'وفي هذه المناسبة' (after the ceremony of Mon 15 May); the embedded tweet on the page is stamped 'May 16, 2023'; my span 15-16 May 2023", end="2023-05-17"),
])
art(S, "https://awacertv.com/archives/13205",
    "2023-05-16", "no date on the stored page; the body's 'أمس الاثنين' for the ceremony (dated Mon 15 May 2023 by assahifa's date line and 24saa's 'أمس الاثنين 15 ماي 2023') gives Tue 16 May 2023; headline kept from the page; the last, truncated sentence dropped; no date of its own in the text", False, """
نسيم بلخياط مؤسس "نيو موتورز" ومديرها: سيارتنا حصيلة التميز والابتكار اللذين يعيشهما المغرب اليوم
أوضح نسيم بلخياط، مؤسس شركة "نيو موتورز" ومديرها، أن السيارة التي طورتها شركته في مصنعها بعين عودة (جهة الرباط-سلا- القنيطرة) هي حصيلة التميز والابتكار اللذين يعرفهما المغرب اليوم.
وقال بلخياط، في تصريح أدلى به للصحافة بعد أن ترأس صاحب الجلالة الملك محمد السادس، نصره الله، أمس الاثنين في القصر الملكي بالرباط حفل تقديم نموذج سيارة أول مصنع مغربي والنموذج الأولي لمركبة تعمل بالهيدروجين طوّرها المهاجر المغربي فوزي النجاح، إن هذه السيارة نتاج التميز والابتكار اللذين يشهدهما المغرب اليوم، وذلك بفضل الرؤية المستنيرة لجلالة الملك وبفضل المنظومة المتوفرة في المغرب حاليا، والتي تضم أكثر من 250 مقاولة ومؤسسة للتكوين والبحث.
وبيّن أن السيارة المغربية، المجهزة بمحرك "بي اس اي" المصنوع في المغرب والمصنّعة 60 بالمائة من أجزائها داخل المملكة، ستمنح المغاربة جميع مزايا السيارات الأكثر أمانا، مشيرا إلى أنها حصيلة عمل فريق طموح.
ويتولى الإشراف على هذا المشروع، الذي يؤذن بميلاد أول علامة سيارات مغربية موجهة للعموم، كفاءات وطنية.
""", [
    ev("belkhayat-statement", "وقال بلخياط، في تصريح أدلى به للصحافة", CEREMONY, "no own expression; the statement was made right after the ceremony of 'أمس الاثنين' = Mon 15 May 2023"),
    ev("royal-ceremony", "بعد أن ترأس صاحب الجلالة الملك محمد السادس، نصره الله، أمس الاثنين", CEREMONY, "'أمس الاثنين' from Tue 16 = Mon 15 May 2023"),
    ev("neo-car-unveiled", "حفل تقديم نموذج سيارة أول مصنع مغربي", CEREMONY, "no own expression; part of the ceremony of Mon 15 May 2023"),
    ev("namx-prototype-unveiled", "والنموذج الأولي لمركبة تعمل بالهيدروجين طوّرها المهاجر المغربي فوزي النجاح", CEREMONY, "no own expression; part of the ceremony of Mon 15 May 2023"),
])

# ---------------------------------------------------------------- turkey-togg-prototype-unveiling-2019
S = "turkey-togg-prototype-unveiling-2019"
UNVEIL = "2019-12-27"                      # the two Togg prototypes shown in Gebze (Kocaeli), Fri 27 Dec 2019
TEASER = ("2019-12-24", "2019-12-27")      # the teaser photos posted by @TOGG2022 and shared before the reveal (my span 24-26 Dec)
art(S, "https://arab-turkey.com/2019/12/26/%d8%b5%d9%88%d8%b1-%d9%85%d8%b3%d8%b1%d8%a8%d8%a9-%d9%84%d8%a3%d9%88%d9%84-%d8%b3%d9%8a%d8%a7%d8%b1%d8%a9-%d8%aa%d8%b1%d9%83%d9%8a%d8%a9-%d9%85%d8%ad%d9%84%d9%8a%d8%a9-%d8%a7%d9%84%d8%b5%d9%86%d8%b9/",
    "2019-12-26", "page date line '26 ديسمبر 2019' (kept as second line; 26 Dec 2019 was a Thursday) and the date in the URL '/2019/12/26/'; the body's 'يوم الجمعة المقبل' agrees with the reveal of Fri 27 Dec; headline kept from the page; 'آخر تحديث', the caption 'السيارة التركية', the source tag 'تركيا بالعربي' and the last, truncated sentence dropped", True, """
صور مسرّبة لأول سيارة تركية "محلية الصنع" (شاهد)
26 ديسمبر 2019
تناقل ناشطون أتراك عبر مواقع التواصل الاجتماعي صورا جديدة مسرّبة لأول سيارة تركية "محلية الصنع".
وسرّبت مجموعة الشركات المكلفة بتصنيع السيارة التركية صورا جديدة للسيارة التي يُنتظر الكشف عنها يوم الجمعة المقبل.
وبيّنت الصور المنشورة على حساب المجموعة في تويتر "@TOGG2022" المصابيح الأمامية والمرآتين الأماميتين والسقف والحواف الجانبية للسيارة، وأُرفقت بمنشور يفيد بأن السيارة ستُكشف كاملة بعد ثلاثة أيام.
وقد التُقطت الصورة في الظلام ومصابيح السيارة الأمامية مضاءة، فيما تبدو المرآتان والحواف الجانبية والسقف.
ويُتوقع أن يضيف مشروع السيارة المحلية التركية، بعد انطلاق الإنتاج وطرح السيارات في السوق، 50 مليار يورو (56.5 مليار دولار) إلى الناتج المحلي الإجمالي التركي، وفق تصريحات سابقة لغورجان كاراكاش، الرئيس التنفيذي لمجموعة "أوتوموبايل جوينت فينتشر" التركية (TOGG).
وأوضح كاراكاش أن المشروع سيقلص عجز الحساب الجاري بقيمة 7 مليارات يورو، وسيوفر نحو 20 ألف وظيفة بين مباشرة وغير مباشرة.
""", [
    ev("activists-share-photos", "تناقل ناشطون أتراك عبر مواقع التواصل الاجتماعي صورا جديدة مسرّبة", TEASER[0], "no own expression; the sharing of the teaser photos in the days before the report of Thu 26 Dec 2019 (my span 24-26 Dec)", end=TEASER[1]),
    ev("unveiling", "للسيارة التي يُنتظر الكشف عنها يوم الجمعة المقبل", UNVEIL, "'يوم الجمعة المقبل' from Thu 26 = Fri 27 Dec 2019"),
    ev("togg-teaser-photos", "وبيّنت الصور المنشورة على حساب المجموعة في تويتر", TEASER[0], "no own expression; the @TOGG2022 teaser, whose post announced the full reveal 'بعد ثلاثة أيام' (three days before Fri 27 = Tue 24 Dec); my span 24-26 Dec 2019", end=TEASER[1]),
])
art(S, "https://turkeyalaan.net/2019/12/27/%d9%8a%d9%88%d9%85-%d8%aa%d8%a7%d8%b1%d9%8a%d8%ae%d9%8a-%d9%81%d9%8a-%d8%aa%d8%b1%d9%83%d9%8a%d8%a7-2/amp",
    "2019-12-27", "date in the URL '/2019/12/27/' (27 Dec 2019 was a Friday); the body's 'اليوم، الجمعة' agrees; headline rendered from the URL slug ('يوم تاريخي في تركيا'); the teasers of other articles at the end of the stored page dropped; no date of its own in the text", False, """
يوم تاريخي في تركيا
تشهد تركيا، اليوم، الجمعة، أول عرض تعريفي للسيارة التركية المحلية الصنع "C-SUV" التي تعمل بالكهرباء، بحضور الرئيس رجب طيب أردوغان والوزراء وعدد من رجال الأعمال.
وحتى هذه اللحظة، يُنتظر أن يُكشف خلال العرض المنظم في وادي التكنولوجيا بقضاء غبزة في ولاية كوجا إيلي، شمال غربي تركيا، عن تفاصيل جديدة بشأن سيارة سيدان يُخطط لإنتاجها فيما بعد.
والتقط الرئيس أردوغان صورا من داخل أول سيارة تركية محلية الصنع.
وقبل 58 عاما، وفي 29 أكتوبر/ تشرين الأول 1961، حققت تركيا هدفها بصنع السيارة المحلية "دفريم" (الثورة).
وقد صُنعت 4 سيارات، غير أنها تعطلت على الطريق خلال التجربة لأن الوقود الذي وُضع فيها لم يكن كافيا، فتعالت أصوات معارضي المشروع الذين كانوا يروجون ضده، وجرى تعليقه بذريعة أن "السيارة لم تكمل طريقها".
وعلى الرغم من مرور سنوات طويلة، ظلت رغبة تركيا والمواطن التركي في صنع سيارة محلية قائمة، وكان الرئيس هو من أطلق شرارة المشروع لتحقيق هذا الحلم.
""", [
    ev("unveiling", "أول عرض تعريفي للسيارة التركية المحلية الصنع", UNVEIL, "'اليوم، الجمعة' = Fri 27 Dec 2019"),
    ev("erdogan-photos", "والتقط الرئيس أردوغان صورا من داخل أول سيارة", UNVEIL, "no own expression; during the presentation of Fri 27 Dec 2019"),
    ev("devrim-1961", "حققت تركيا هدفها بصنع السيارة المحلية \"دفريم\"", "1961-10-29", "'قبل 58 عاما، وفي 29 أكتوبر/ تشرين الأول 1961' = Sun 29 Oct 1961"),
    ev("devrim-breakdown", "غير أنها تعطلت على الطريق خلال التجربة", "1961-10-29", "no own expression; outside knowledge: the Devrim ran out of fuel on the day it was shown in Ankara, 29 Oct 1961"),
])
art(S, "https://mail.kitabat.info/print.php?id=140324",
    "2019-12-27", "the print page's stamp 'تاريخ إضافة الموضوع : 2019 / 12 / 27' (kept as second line; 27 Dec 2019 was a Friday); headline kept from the page; site, section and print-date lines dropped", True, """
بالصور... تركيا تزيح الستار عن أول سيارة صنعتها محلياً
تاريخ إضافة الموضوع : 2019 / 12 / 27
أزاحت أنقرة الستار عن نموذجين أوليين للسيارة المحلية في ولاية قوجة إيلي، وذلك في حضور الرئيس التركي رجب طيب أردوغان.
وقال أردوغان في أثناء مراسم التعريف بالسيارة إن تركيا تعيش يومًا تاريخيًا يتحول فيه حلمها إلى حقيقة بعد 60 عامًا.
ولفت إلى أن ما يزيد على 100 مهندس تركي واصلوا ليلهم مع نهارهم لإتمام مشروع السيارة المحلية.
وعبّر عن تطلع تركيا إلى امتلاك سيارة تصنعها جهود مصممين ومهندسين أتراك وتُنتج بتكنولوجيات محلية، فتحمل اسم تركيا إلى العالم كله.
""", [
    ev("unveiling", "أزاحت أنقرة الستار عن نموذجين أوليين للسيارة المحلية", UNVEIL, "no own expression; the stamp '2019 / 12 / 27' = Fri 27 Dec 2019, the day of the reveal"),
    ev("erdogan-speech", "وقال أردوغان في أثناء مراسم التعريف بالسيارة", UNVEIL, "no own expression; his speech at the ceremony of Fri 27 Dec 2019"),
    ev("engineers-remark", "ولفت إلى أن ما يزيد على 100 مهندس تركي", UNVEIL, "no own expression; part of the same speech, Fri 27 Dec 2019"),
])
art(S, "https://ramallah.news/post/144335/أردوغان-يعلن-تحقيق-حلم-معلمه-أربكان",
    "2019-12-27", "no date line on the stored page; the embedded tweet of Erdogan is stamped 'December 27, 2019' (the Turkish tweet and its stamp dropped) and the body's 'هذه الأثناء' and 'في هذا اليوم التاريخي' report the ceremony of Fri 27 Dec 2019 as under way; headline rendered from the URL slug; source tag 'رام الله الاخباري' and the last, truncated sentence dropped; no date of its own in the text", False, """
أردوغان يعلن تحقيق حلم معلمه أربكان
صرّح الرئيس التركي رجب طيب أردوغان بأن حلم مهندس المحركات نجم الدين آربكان قد تحقق في هذا اليوم التاريخي، وهو الذي صنع أول سيارة تركية عام 1960، وكان عمره آنذاك 34 عاما.
وأدلى أردوغان بذلك أثناء حضوره مراسم الكشف عن أول سيارة تركية كهربائية محلية الصنع في ولاية قوجة إيلي غربي تركيا.
وعبّر أردوغان عن فرحته بهذا الإنجاز الكبير في تاريخ تركيا، مؤكدا أن اليوم هو يوم تاريخي لتركيا التي يتحول حلمها إلى حقيقة بعد 60 عاما.
وتحتضن ولاية قوجة إيلي، شمال غربي تركيا، هذه الأثناء حدثا كبيرا انتظره الأتراك منذ 60 عاما، وهو العرض التعريفي لأول سيارة كهربائية 100% C-SUV محلية الصنع، بمشاركة أردوغان ووزراء ومسؤولين أتراك ورجال أعمال وأصحاب شركات تركية كبرى.
ووجّه أردوغان الشكر للشركات المساهمة في التصنيع ولأكثر من 100 مهندس تركي وصلوا ليلهم بنهارهم لإتمام هذا المشروع الضخم، مشيرا إلى أن بلاده تطمح إلى سيارة تصنعها جهود مصمميها ومهندسيها وتكنولوجيتها المحلية وتجعل اسمها يتردد في العالم أجمع.
""", [
    ev("erdogan-speech", "صرّح الرئيس التركي رجب طيب أردوغان", UNVEIL, "'في هذا اليوم التاريخي' = the day of the reveal, Fri 27 Dec 2019"),
    ev("erbakan-car-1960", "وهو الذي صنع أول سيارة تركية عام 1960", "1960-01-01", "'عام 1960' = the year 1960 as the text states (the Devrim itself was shown on 29 Oct 1961)", end="1961-01-01"),
    ev("unveiling", "مراسم الكشف عن أول سيارة تركية كهربائية محلية الصنع", UNVEIL, "no own expression; 'هذه الأثناء' = Fri 27 Dec 2019"),
    ev("engineers-remark", "ووجّه أردوغان الشكر للشركات المساهمة في التصنيع", UNVEIL, "no own expression; part of the same speech, Fri 27 Dec 2019"),
])

# ---------------------------------------------------------------- saudi-lucid-amp2-factory-opening-2023
S = "saudi-lucid-amp2-factory-opening-2023"
OPEN = "2023-09-27"                        # Lucid's AMP-2 plant in King Abdullah Economic City opened, Wed 27 Sep 2023
art(S, "https://almowaten.net/2023/09/%d8%b3%d9%8a%d8%a7%d8%b1%d8%a7%d8%aa-%d9%84%d9%88%d8%b3%d9%8a%d8%af-%d8%b3%d8%aa%d9%86%d8%aa%d8%b4%d8%b1-%d8%ad%d9%88%d9%84-%d8%a7%d9%84%d8%b9%d8%a7%d9%84%d9%85-%d8%a8%d8%ae%d8%aa%d9%85-%d8%b5%d9%86",
    "2023-09-27", "month in the URL '/2023/09/' and the body's 'اليوم الأربعاء' for the opening, which arabsturbo ('أمس', 28 Sep) and arabkhabar ('أمس الأربعاء', 28 Sep) date to Wed 27 Sep 2023; headline rendered from the URL slug; the ticker of other headlines at the head of the stored page and the last, truncated clause dropped; no date of its own in the text", False, """
سيارات لوسيد ستجوب العالم بختم "صنع في السعودية"
قال وزير الاستثمار خالد الفالح إن السيارات الكهربائية التي سيخرجها مصنع لوسيد ستنتشر في أنحاء العالم حاملة ختم "صنع في السعودية".
ونقلت قناة العربية عن الفالح قوله، أثناء إعلانه عن أول مصنع للسيارات الكهربائية في الشرق الأوسط، إن السعودية كانت البلد الذي اختبر فيه صانعو السيارات إنتاجهم أكثر من غيره، من الشرق إلى الغرب.
وتابع أن هذه السيارات ستنتشر من شرق الصين حتى غرب القارة الأمريكية، مضيفا أنه، بما أن الطلب عليها سيرتفع، سيكون أول عميل يطلب هذه السيارة.
ودشنت شركة لوسيد، اليوم الأربعاء، مصنعها للسيارات الكهربائية في مدينة الملك عبدالله الاقتصادية بالسعودية، ليكون أول مصنع من نوعه في المملكة.
""", [
    ev("falih-remarks", "قال وزير الاستثمار خالد الفالح", OPEN, "no own expression; his remarks at the opening of 'اليوم الأربعاء' = Wed 27 Sep 2023"),
    ev("factory-opening", "ودشنت شركة لوسيد، اليوم الأربعاء، مصنعها للسيارات الكهربائية", OPEN, "'اليوم الأربعاء' = Wed 27 Sep 2023"),
])
art(S, "https://eyesofriyadh.com/ar/news/details/lucid-s-opening-proves-saudi-arabia-s-success-in-attracting-investments-minister",
    "2023-09-27", "no date on the stored page; the body's 'اليوم' for the opening (dated Wed 27 Sep 2023 by arabsturbo and arabkhabar of Thu 28 Sep) gives Wed 27 Sep 2023; headline written from the URL slug; no date of its own in the text", False, """
وزير الصناعة: افتتاح مصنع لوسِد يثبت نجاح المملكة في جذب الاستثمارات
اعتبر وزير الصناعة والثروة المعدنية بندر الخريف أن افتتاح مجموعة لوسِد مصنعها في السعودية اليوم، وتوجهها نحو التصدير، يبرهنان على أن المملكة بيئة جاذبة للاستثمار وقادرة على المنافسة، بما في ذلك بوصفها قاعدة لصناعة السيارات.
وأوضح، على هامش حفل افتتاح مصنع الشركة اليوم في مدينة الملك عبد الله الاقتصادية، أن المملكة تجري مفاوضات بشأن الاستثمار في قاعدتها الصناعية، إذ تسعى إلى استقطاب سلسلة من الصناعات، منها بطاريات السيارات والمواد المصنّعة من البتروكيماويات والمعادن وغيرها.
وأشار إلى أن هذه الاستثمارات ستتوزع على مناطق المملكة وفق ظروف الاستثمار، ومن بينها مدينة الملك عبد الله الاقتصادية.
وتجدر الإشارة إلى أن مجموعة لوسِد، التي يملك صندوق الاستثمارات العامة جزءا منها، دشنت اليوم أول مصانعها خارج أمريكا في مدينة الملك عبد الله الاقتصادية.
""", [
    ev("khorayef-ceremony-remarks", "اعتبر وزير الصناعة والثروة المعدنية بندر الخريف", OPEN, "no own expression; his remarks 'على هامش حفل افتتاح مصنع الشركة اليوم' = Wed 27 Sep 2023"),
    ev("factory-opening", "دشنت اليوم أول مصانعها خارج أمريكا", OPEN, "'اليوم' = Wed 27 Sep 2023"),
])
art(S, "https://arabsturbo.com/amp/لوسيد-تطلق-مصنع-السيارات-الكهربائية-في-المملكة-العربية-السعودية-609379.html",
    "2023-09-28", "page line 'تاريخ النشر: الخميس، 28 سبتمبر 2023' (kept as second line; 28 Sep 2023 was a Thursday); headline kept from the page; the list of related articles, the video placeholder and the last, truncated sentence dropped; the summary line about al-Falih moved after the first paragraph", True, """
لوسيد تطلق مصنعها للسيارات الكهربائية في المملكة العربية السعودية
تاريخ النشر: الخميس، 28 سبتمبر 2023
وكشفت شركة لوسِد أمس أنها دشنت رسميًا مصنعًا للسيارات الكهربائية في المملكة العربية السعودية، هو الأول من نوعه في البلاد.
وقد حضر وزير الاستثمار السعودي خالد الفالح حفل افتتاح المصنع الجديد.
ويؤكد ذلك انطلاق مصنع لإنتاج السيارات الكهربائية عملت شركة لوسِد والمملكة العربية السعودية معا على تجسيده، إذ يجمعهما تعاون استراتيجي يسعى إلى تزويد الدولة الغنية بالنفط بمحركات مستدامة.
وكانت لوسِد قد أعلنت في مارس 2022 أنها ستشيد رسميًا أول منشأة دولية لها لإنتاج السيارات الكهربائية في المملكة العربية السعودية.
ويتسق ذلك مع الاستثمار الاقتصادي الضخم للبلاد في لوسِد، إذ ضخ صندوق الاستثمارات العامة السعودي، أو PIF، المليارات في الشركة لمساعدتها على تطوير سيارات كهربائية بمستوى عالمي.
""", [
    ev("lucid-announcement", "وكشفت شركة لوسِد أمس", OPEN, "'أمس' from Thu 28 = Wed 27 Sep 2023 (the company's announcement of the opening)"),
    ev("factory-opening", "أنها دشنت رسميًا مصنعًا للسيارات الكهربائية", OPEN, "no own expression; the opening announced 'أمس' = Wed 27 Sep 2023"),
    ev("falih-attends", "وقد حضر وزير الاستثمار السعودي خالد الفالح حفل افتتاح المصنع الجديد", OPEN, "no own expression; the opening ceremony of Wed 27 Sep 2023"),
    ev("saudi-plant-announcement-2022", "وكانت لوسِد قد أعلنت في مارس 2022", "2022-02-28", "'في مارس 2022'; Lucid's release on the Saudi plant went out on 28 Feb 2022 (US time) and was reported on 1 Mar; my span 28 Feb - 31 Mar 2022", end="2022-04-01"),
])
art(S, "https://arabkhabar.com/a/755673",
    "2023-09-28", "page line 'تاريخ النشر: 28th, September 2023 GMT' (kept as second line; 28 Sep 2023 was a Thursday); the body's 'أمس الأربعاء' agrees; a repost of the Mubasher report (dateline 'الرياض – مباشر:' dropped); headline kept from the page; the last, truncated words dropped", True, """
الخريف: مصنع لوسِد يخدم مستهدفات المملكة في أن تصبح مركزاً إقليمياً لصناعة السيارات
تاريخ النشر: 28th, September 2023 GMT
أكد وزير الصناعة والثروة المعدنية ورئيس مجلس إدارة هيئة المحتوى المحلي والمشتريات الحكومية، بندر إبراهيم الخريف، أن تدشين مصنع "لوسِد" في المملكة يمثل محطة بارزة في مسار بناء سلسلة توريد متكاملة محلياً لصناعة السيارات الكهربائية والصناعات عالية التقنية.
وأوضح الخريف، في منشور على حسابه بمنصة إكس ("تويتر" سابقا)، أن افتتاح مصنع السيارات الكهربائية يجسد تنافسية الموقع الفريد للمملكة، وهو ما سيساعد على توجيه 85% من إنتاج لوسِد نحو الأسواق العالمية، وعلى بلوغ هدف المملكة في أن تكون مركزاً إقليمياً لصناعة السيارات.
وكانت مجموعة "لوسِد جروب" للسيارات الكهربائية قد افتتحت رسمياً، أمس الأربعاء، أول مصنع للسيارات في المملكة العربية السعودية من خلال منشأة التصنيع المتطورة (AMP - 2)، وهي ثاني مصانع المجموعة وأولها على المستوى الدولي، وأوضحت أن سيارات "لوسِد" الكهربائية غير المسبوقة ستُنتج فيها لتُطرح في سوق المملكة وتُصدَّر إلى أسواق أخرى.
وتنطلق المجموعة في تجميع سياراتها الكهربائية Lucid Air في منشأتها التصنيعية الدولية الأولى والمتطورة (AMP - 2).
""", [
    ev("khorayef-x-post", "في منشور على حسابه بمنصة إكس", OPEN, "no own expression; his post on the opening of Wed 27 Sep, reported on Thu 28 Sep 2023 (my span 27-28 Sep)", end="2023-09-29"),
    ev("factory-opening", "قد افتتحت رسمياً، أمس الأربعاء، أول مصنع للسيارات", OPEN, "'أمس الأربعاء' from Thu 28 = Wed 27 Sep 2023"),
    ev("lucid-announcement", "وأوضحت أن سيارات \"لوسِد\" الكهربائية غير المسبوقة ستُنتج فيها", OPEN, "no own expression; the group's statement on the opening day, Wed 27 Sep 2023"),
    ev("assembly-start", "وتنطلق المجموعة في تجميع سياراتها الكهربائية Lucid Air", OPEN, "no own expression; assembly of the Lucid Air at AMP-2 began with the opening of Wed 27 Sep 2023"),
])

# ---------------------------------------------------------------- saudi-hyundai-kaec-groundbreaking-2025
S = "saudi-hyundai-kaec-groundbreaking-2025"
GROUND = "2025-05-14"                      # foundation stone of the HMMME plant, King Salman Automotive Cluster, Wed 14 May 2025
PROD = ("2026-10-01", "2027-01-01")        # production to start in Q4 2026 ('في الربع الرابع من عام 2026', 'في نهاية عام 2026')
art(S, "https://alkhabarkw.com/saudi/72227.html",
    "2025-05-14", "page stamp '14 مايو 2025, 6:19 مساءً' (kept as second line; 14 May 2025 was a Wednesday); the body's 'اليوم' agrees; headline written from the body (the stored text has none); the comment counter dropped", True, """
حجر الأساس لأول مصنع لهيونداي في السعودية
14 مايو 2025, 6:19 مساءً
دخلت صناعة السيارات في السعودية اليوم مرحلة جديدة، بعد وضع حجر الأساس لأول منشأة تابعة لشركة "هيونداي الشرق الأوسط لصناعة المحركات"، المشروع المشترك بين صندوق الاستثمارات العامة و"هيونداي موتور"، داخل مجمع الملك سلمان لصناعة السيارات في مدينة الملك عبدالله الاقتصادية.
ومن المتوقع أن ينطلق الإنتاج في المصنع الجديد في نهاية عام 2026، بطاقة تبلغ 50 ألف سيارة سنويًّا، منها سيارات بمحركات تقليدية وأخرى كهربائية.
ويستحوذ صندوق الاستثمارات العامة على 70% من الشركة، في حين تعود 30% منها لهيونداي.
وصرح نائب محافظ الصندوق يزيد الحميد بأن المشروع خطوة مهمة لدعم قطاع السيارات المحلي وخلق الوظائف ونقل التقنية إلى المملكة.
وشدد مسؤولون في هيونداي بدورهم على أن المشروع فاتحة لشراكة طويلة، وأنهم يهدفون إلى إقامة مصنع حديث يسهم في تدريب الكفاءات السعودية ويدعم رؤية 2030.
وسيعزز المصنع مكانة السعودية كمركز صناعي للسيارات، كما سيساعد على تطوير سلسلة الإمداد المحلية.
""", [
    ev("groundbreaking", "بعد وضع حجر الأساس لأول منشأة تابعة لشركة", GROUND, "'اليوم' with the stamp '14 مايو 2025' = Wed 14 May 2025"),
    ev("production-start", "أن ينطلق الإنتاج في المصنع الجديد في نهاية عام 2026", PROD[0], "'في نهاية عام 2026' = the end of 2026 (the other reports: 'الربع الرابع من عام 2026'); span Oct - Dec 2026", end=PROD[1]),
    ev("alhumaid-statement", "وصرح نائب محافظ الصندوق يزيد الحميد", GROUND, "no own expression; his statement at the ceremony of Wed 14 May 2025"),
    ev("hyundai-officials-statement", "وشدد مسؤولون في هيونداي بدورهم", GROUND, "no own expression; statements at the ceremony of Wed 14 May 2025"),
])
art(S, "https://sharikatmubasher.com/media-hub/news/21485513/%22%D9%87%D9%8A%D9%88%D9%86%D8%AF%D8%A7%D9%8A-%D9%84%D8%B5%D9%86%D8%A7%D8%B9%D8%A9-%D8%A7%D9%84%D9%85%D8%AD%D8%B1%D9%83%D8%A7%D8%AA%22-%D8%AA%D8%B6%D8%B9-%D8%AD%D8%AC%D8%B1-%D8%A7%D9%84%D8%A3%D8%B3%D8%A7%D8%B3-%D9%84%D9%85%D8%B5%D9%86%D8%B9%D9%87%D8%A7-%D8%A8%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9?lang=ar",
    "2025-05-15", "no date on the stored page; the body's 'أمس الأربعاء' for the company's statement on the ceremony (dated Wed 14 May 2025 by alkhabarkw's stamp) gives Thu 15 May 2025; headline rendered from the URL slug; dateline 'الرياض - شركات مباشر:' and the last, truncated quotation dropped; no date of its own in the text", False, """
"هيونداي لصناعة المحركات" تضع حجر الأساس لمصنعها في السعودية
أقامت شركة "هيونداي الشرق الأوسط لصناعة المحركات"، وهي مشروع مشترك بين صندوق الاستثمارات العامة السعودي وشركة هيونداي موتور، حفلا بمناسبة وضع حجر الأساس لمنشأتها الجديدة داخل مجمّع الملك سلمان لصناعة السيارات، الذي أُعلن عنه مؤخراً في مدينة الملك عبد الله الاقتصادية بالسعودية.
وبيّنت الشركة أمس الأربعاء أن صندوق الاستثمارات العامة يملك 70% من شركة "هيونداي الشرق الأوسط لصناعة المحركات"، بينما تعود النسبة الباقية، وهي 30%، إلى شركة "هيونداي موتور".
وأشارت إلى أن المصنع هو الأول لشركة "هيونداي موتور" في الشرق الأوسط، وأن عمليات الإنتاج ستنطلق في الربع الرابع من عام 2026 بطاقة سنوية تصل إلى 50 ألف سيارة، تضم سيارات بمحركات احتراق داخلي وأخرى كهربائية.
وفي السياق ذاته، أكد يزيد بن عبد الرحمن الحميّد، نائب محافظ صندوق الاستثمارات العامة ورئيس الإدارة العامة لاستثمارات الشرق الأوسط وشمال أفريقيا، أن وضع حجر الأساس لهذا المشروع خطوة مهمة ضمن مساعي الصندوق لتعزيز قطاع السيارات في المملكة وتطويره.
""", [
    ev("groundbreaking", "حفلا بمناسبة وضع حجر الأساس لمنشأتها الجديدة", GROUND, "no own expression; the ceremony described 'أمس الأربعاء' = Wed 14 May 2025"),
    ev("company-announcement", "وبيّنت الشركة أمس الأربعاء", GROUND, "'أمس الأربعاء' from Thu 15 = Wed 14 May 2025"),
    ev("production-start", "وأن عمليات الإنتاج ستنطلق في الربع الرابع من عام 2026", PROD[0], "'في الربع الرابع من عام 2026' = Oct - Dec 2026", end=PROD[1]),
    ev("alhumaid-statement", "أكد يزيد بن عبد الرحمن الحميّد", GROUND, "no own expression; his statement at the ceremony of Wed 14 May 2025"),
])
art(S, "https://www.autobip.com/ar/actualite_auto/%D9%87%D9%8A%D9%88%D9%86%D8%AF%D8%A7%D9%8A_%D8%AA%D8%B6%D8%B9_%D8%AD%D8%AC%D8%B1_%D8%A7%D9%84%D8%A3%D8%B3%D8%A7%D8%B3_%D9%84%D8%A3%D9%88%D9%84_%D9%85%D8%B5%D9%86%D8%B9_%D9%84%D9%87%D8%A7_%D9%81%D9%8A_%D8%A7%D9%84%D8%B4%D8%B1%D9%82_%D8%A7%D9%84%D8%A3%D9%88%D8%B3%D8%B7/22546",
    "2025-05-20", "page line 'تاريخ النشر : 2025-05-20' (kept as second line; 20 May 2025 was a Tuesday); headline kept from the page; the last, truncated clause dropped", True, """
هيونداي تضع حجر الأساس لأول مصانعها في الشرق الأوسط
تاريخ النشر : 2025-05-20
كشفت شركة هيونداي موتور أنها وضعت حجر الأساس لأول مصنع لها في الشرق الأوسط، وسيُشيَّد في مجمع الملك سلمان لصناعة السيارات بمدينة الملك عبدالله الاقتصادية في المملكة العربية السعودية.
ويندرج المشروع ضمن شراكة استراتيجية بين صندوق الاستثمارات العامة السعودي (PIF) وشركة هيونداي موتور، وترافقه ولادة كيان جديد يحمل اسم Hyundai Motor Manufacturing Middle East سيتولى تشييد المصنع وإدارته.
ويُرتقب أن يباشر المصنع الإنتاج في الربع الرابع من عام 2026 بطاقة تقارب 50,000 سيارة في السنة، بين طرازات بمحركات حرارية وأخرى كهربائية، وهو ما يعكس اتجاه هيونداي إلى التنويع والتكامل في تقنيات التنقل المستقبلية.
ويحوز صندوق الاستثمارات العامة السعودي حصة الأغلبية في المشروع بنسبة 70%، فيما تعود الحصة الباقية، البالغة 30%، إلى هيونداي موتور، بما يؤكد حرص المملكة على الاضطلاع بدور محوري في مستقبل الصناعة والتنمية الاقتصادية.
ووفق ما نقلته وكالة الأنباء السعودية (واس)، يُنتظر أن يضيف المشروع نحو 5 مليارات دولار إلى الناتج المحلي الإجمالي للمملكة بحلول عام 2045.
""", [
    ev("company-announcement", "كشفت شركة هيونداي موتور", GROUND, "no own expression; Hyundai's announcement of the ceremony of Wed 14 May 2025, reported on Tue 20 May"),
    ev("groundbreaking", "أنها وضعت حجر الأساس لأول مصنع لها في الشرق الأوسط", GROUND, "no own expression; the ceremony of Wed 14 May 2025 (alkhabarkw stamp, sharikatmubasher 'أمس الأربعاء')"),
    ev("production-start", "أن يباشر المصنع الإنتاج في الربع الرابع من عام 2026", PROD[0], "'في الربع الرابع من عام 2026' = Oct - Dec 2026", end=PROD[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 301
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 608-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: electric-vehicle, car-factory and industrial plant
inaugurations and production starts in Arab countries.
Stories: the inauguration of the Renault Algérie plant at Oued Tlelat near Oran and its first Symbol
(Algeria, November 2014); the inauguration of the PSA plant at Atlantic Free Zone, Kenitra (Morocco, June
2019); the opening of the first Geely assembly line of the Zouari group's Media Car in Sousse (Tunisia,
October 2018).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-oran-renault-oued-tlelat-inauguration-2014
S = "algeria-oran-renault-oued-tlelat-inauguration-2014"
INAUG = "2014-11-10"                       # the Renault Algérie plant at Oued Tlelat (Oran) was inaugurated on Mon 10 Nov 2014
art(S, "https://www.masress.com/youm7/1945568",
    "2014-11-10", "no date line on the stored page (a youm7 report carried by masress); the body's 'افتتحت الجزائر اليوم الاثنين' for the inauguration, which took place on Mon 10 Nov 2014 (10 Nov 2014 was a Monday; akhbarelyoum 'صباح اليوم الإثنين', elkhabar and vitaminedz announce it for 'يوم 10 نوفمبر'), so published that day; headline written from the body (the stored text has none); the last, truncated sentence (the French minister's words) dropped", False, """
الجزائر تفتتح أول مصنع للسيارات بالشراكة مع رونو
دشنت الجزائر اليوم الاثنين أول مصنع لها لإنتاج السيارات، في شراكة مع الصانع الفرنسي رونو، وذلك بعد عامين من انطلاق المشروع.
وتولى رئيس الوزراء عبد المالك سلال الإشراف على خروج أول سيارة "سامبول الجديدة" من مصنع "رونو" المخصص لتجميع السيارات وتركيبها في منطقة وادي تليلات جنوبي ولاية وهران (500 كيلومتر غربي البلاد)، بحضور وزير الخارجية والتنمية الدولية الفرنسي لوران فابيوس وزميله وزير الاقتصاد والصناعة والرقمنة إيمانويل ماكرون، إضافة إلى الرئيس التنفيذي لمجموعة رونو كارلوس جوسن.
وبلغت كلفة المصنع، الممتد على مساحة إجمالية تقدر بـ150 هكتارا، حتى الان 50 مليون يورو، بقدرة إنتاجية تصل إلى 25 ألف سيارة سنويا، ويرتقب أن يرتفع الاستثمار إلى 400 مليون يورو في المرحلة الثانية بما يتيح إنتاج 75 ألف سيارة سنويا، ثم إلى 800 مليون يورو أي ما يعادل 150 ألف سيارة سنويا.
ويعمل في المصنع 350 عاملا، ويمكن أن يتضاعف هذا العدد لاحقا.
وقال رئيس الوزراء الجزائري في كلمة ألقاها بالمناسبة إن المصنع "نموذج للشراكة التي تعود بالنفع على كل طرف، ونريد أن تمتد إلى قطاعات أخرى، فخارطة الطريق التي رسمها الرئيس بوتفليقة ترمي إلى حشد كل الإمكانات لتنويع الاقتصاد، ولا عقدة لدينا في البحث عن الكفاءة حيثما وجدت، ونريد الاستفادة من هذه الشراكات لتطوير اقتصادنا".
""", [
    ev("plant-inauguration", "دشنت الجزائر اليوم الاثنين أول مصنع لها", INAUG, "'اليوم الاثنين' = Mon 10 Nov 2014"),
    ev("first-symbol-rollout", "الإشراف على خروج أول سيارة", INAUG, "no own expression; the first Symbol left the line at the inauguration ceremony of Mon 10 Nov 2014"),
    ev("sellal-speech", "في كلمة ألقاها بالمناسبة", INAUG, "no own expression; Sellal's speech at the ceremony of Mon 10 Nov 2014"),
])
art(S, "https://afrigatenews.net/article/سلال-وفابيوس-يرفعان-الستار-على-أول-سيارة-جزائرية-الصنع",
    "2014-11-10", "no date on the stored page; the body's 'تم اليوم رفع الستار' for the unveiling of the first Algerian-made car, which took place at the inauguration of Mon 10 Nov 2014 (youm7 'اليوم الاثنين'), so published that day; headline kept from the URL slug; no date of its own in the text beyond 'اليوم'", False, """
سلال وفابيوس يرفعان الستار على أول سيارة جزائرية الصنع
أزيح الستار اليوم عن أول سيارة مصنوعة في الجزائر، وهي من طراز "رونو سينبول"، وقد خرجت من مصنع "رونو" في منطقة وادي تليلات "جنوب ولاية وهران"، تحت إشراف الوزير الأول الجزائري عبد المالك سلال يرافقه وزير الشؤون الخارجية والتنمية الدولية الفرنسي لوران فابيوس.
وجرى التدشين الرسمي للمصنع خلال حفل كبير جمع شخصيات متعددة وكبار المستثمرين من البلدين، علاوة على وفود رسمية تمثل دولا أجنبية مختلفة من دبلوماسيين ومسؤولين عن القنصليات وسفراء.
وشدد وزير الشؤون الخارجية والتنمية الدولية الفرنسي في كلمته على أن المصنع ثمرة للشراكة الاستراتيجية بين الجزائر وفرنسا، معربا عن ارتياحه لنجاح الفكرة التي ستعود بالنفع على اقتصاد البلدين، وهو ما يبرهن، كما أضاف لوران فابيوس، على أن العلاقة الفرنسية الجزائرية على ما يرام.
""", [
    ev("first-symbol-rollout", "أزيح الستار اليوم عن أول سيارة مصنوعة في الجزائر", INAUG, "'اليوم' in a report of the inauguration day = Mon 10 Nov 2014"),
    ev("plant-inauguration", "وجرى التدشين الرسمي للمصنع", INAUG, "no own expression; the official inauguration of Mon 10 Nov 2014 (youm7 'اليوم الاثنين')"),
    ev("fabius-speech", "وشدد وزير الشؤون الخارجية والتنمية الدولية الفرنسي في كلمته", INAUG, "no own expression; Fabius spoke at the ceremony of Mon 10 Nov 2014"),
])
art(S, "https://djazairess.com/elmassar/39678",
    "2014-11-11", "no date on the stored page (an El Massar El Arabi report carried by djazairess); the body's 'كارلوس غوسن أمس بوهران' for Ghosn's words at the inauguration ceremony of Mon 10 Nov 2014 gives Tue 11 Nov 2014 (11 Nov 2014 was a Tuesday; essalam has the same words 'أمس'); the photo notice and the sub-heading dropped; headline kept from the page", False, """
الجزائر تدخل باب التصنيع من أول سيارة تحمل "صنع في الجزائر"
سيتولى المصنع إنتاج "سامبول الجديدة"، وهي سيارة سياحية كانت الشركة الفرنسية تسوقها في الجزائر باستيرادها من مصنعها في رومانيا.
وقدرت قيمة الاستثمار بنحو 50 مليون يورو في مرحلة الانطلاق، على أن تبلغ 800 مليون يورو على المدى المتوسط وصولا إلى صنع 150 ألف سيارة في السنة توجه للتسويق المحلي، في بلد يستورد 400 ألف سيارة سنويا.
وأكد الرئيس المدير العام لمجموعة "رونو" كارلوس غوسن أمس بوهران أن أولى السيارات التي أنتجها مصنع وادي تليلات "تستوفي كل المعايير والمقاييس الدولية".
وبين غوسن في مداخلته خلال مراسم تدشين مصنع السيارات الواقع بوادي تليلات (جنوب ولاية وهران) أن "السيارات الأولى التي صنعت في موقع وادي تليلات تستجيب جميعها للمعايير والمقاييس الدولية لعلامة رونو".
وأعلن الرئيس المدير العام لمجموعة "رونو" أنه "لن يدخر أي جهد لتزويد هذه السيارات بأنظمة ذات تكنولوجيا متطورة".
ولفت المسؤول ذاته إلى أن علامة "رونو" تستحوذ حاليا على 26 بالمائة من حصص سوق السيارات في الجزائر.
""", [
    ev("first-symbol-rollout", "من أول سيارة تحمل", INAUG, "no own expression (headline); the first Symbol rolled out at the inauguration of Mon 10 Nov 2014"),
    ev("ghosn-statement", "كارلوس غوسن أمس بوهران", INAUG, "'أمس' in an article of Tue 11 Nov 2014 = Mon 10 Nov"),
    ev("plant-inauguration", "خلال مراسم تدشين مصنع السيارات", INAUG, "no own expression; the inauguration ceremony of Mon 10 Nov 2014 (the 'أمس' of Ghosn's words)"),
])

# ---------------------------------------------------------------- morocco-kenitra-psa-plant-inauguration-2019
S = "morocco-kenitra-psa-plant-inauguration-2019"
INAUG = "2019-06-20"                       # King Mohammed VI inaugurated the PSA plant at Atlantic Free Zone (Kenitra) on Thu 20 Jun 2019
art(S, "https://maghress.com/ahdathpress/693214",
    "2019-06-20", "no date line on the stored page (an Ahdath Press report carried by maghress); the body's explicit 'يومه الخميس 20يونيو 2019' ('يومه' = today) for the ceremony (20 Jun 2019 was a Thursday), so published that day; headline written from the body (the stored text has none); the last, truncated sentence of al-Alami's words shortened", False, """
الملك محمد السادس يدشن مصنع مجموعة بي إس أ بالقنيطرة
أشرف الملك محمد السادس على رئاسة حفل تدشين المنظومة الصناعية لمجموعة "بي إس أ" الفرنسية بالمغرب، وهو مشروع سيدفع تطوير قطاع السيارات الوطني ويرسخ تميز علامة "صنع في المغرب"، وكان ذلك يومه الخميس 20يونيو 2019 بالقنيطرة.
ودشن الملك المصنع الجديد للمجموعة، الواقع في المنطقة الصناعية المندمجة "أتلانتيك فري زون" بجماعة عامر السفلية في إقليم القنيطرة، والذي تصل قدرته الإنتاجية إلى 100 ألف عربة ومحرك مرتبط بها، سنويا.
كما أعطى الملك انطلاقة أشغال توسيع هذا المركب الصناعي من الجيل الجديد، الذي ستتضاعف قدرته الإنتاجية في غضون 2021 لتبلغ 200ألف سيارة سنويا.
وفي هذا الإطار، أوضح وزير الصناعة والتجارة والاستثمار والاقتصاد الرقمي، مولاي حفيظ العلمي، في كلمة ألقاها خلال مراسيم الافتتاح، أنه بفضل الدفعة الحاسمة والعناية السامية للملك محمد السادس "أنجزت البنيات التحتية ومصنع "بي إس أ" ومصانع المناولين وفق الشروط المتفق عليها وفي الآجال المحددة في أربع سنوات بعد توقيع الاتفاقية الاستراتيجية" في 19 يونيو 2015، بين الدولة المغربية ومجموعة "بي إس أ".
وشدد العلمي بالمناسبة على أن المجموعة الفرنسية، "مثلما وفى المغرب بالتزاماته كلها، التزمت هي الأخرى بتعهداتها".
""", [
    ev("plant-inauguration", "أشرف الملك محمد السادس على رئاسة حفل تدشين", INAUG, "'يومه الخميس 20يونيو 2019' = Thu 20 Jun 2019"),
    ev("expansion-works-launch", "كما أعطى الملك انطلاقة أشغال توسيع", INAUG, "no own expression; launched at the ceremony of Thu 20 Jun 2019"),
    ev("capacity-doubling", "ستتضاعف قدرته الإنتاجية في غضون 2021", "2021-01-01", "'في غضون 2021' = the year 2021 (a target)", end="2022-01-01"),
    ev("alami-speech", "في كلمة ألقاها خلال مراسيم الافتتاح", INAUG, "no own expression; al-Alami's speech at the ceremony of Thu 20 Jun 2019"),
    ev("psa-convention-2015", "بعد توقيع الاتفاقية الاستراتيجية", "2015-06-19", "'في 19 يونيو 2015' = Fri 19 Jun 2015"),
])
art(S, "https://almaghribtoday.net/amp/314/200223-العاهل-المغربي-يترأس-حفل-تدشين-المنظومة-الصناعية-لمجموعة-بي-س-أ-الفرنسية",
    "2019-06-20", "no date on the stored page (only the section path); the body's 'اليوم الخميس' for the ceremony of Thu 20 Jun 2019 (ahdathpress 'يومه الخميس 20يونيو 2019'), so published that day; the dateline 'الرباط - المغرب اليوم' dropped; headline kept from the URL slug; the truncated last sentence of al-Alami's words shortened", False, """
العاهل المغربي يترأس حفل تدشين المنظومة الصناعية لمجموعة بي إس أ الفرنسية
ترأس الملك محمد السادس، اليوم الخميس، في المنطقة الصناعية المندمجة "أتلانتيك فري زون" بجماعة عامر السفلية (إقليم مدينة القنيطرة)، حفل تدشين المنظومة الصناعية للمجموعة الفرنسية "بي أس أ" في المغرب، وهو مشروع سيحفز تطوير قطاع السيارات الوطني ويكرس تميز علامة "صنع في المغرب".
وبهذه المناسبة، دشن العاهل المغربي المصنع الجديد لمجموعة "بي إس أ" البالغة قدرته الإنتاجية 100 ألف عربة ومحرك مرتبط بها، سنويا، كما أعطى إشارة البدء في أشغال توسعة هذا المركب الصناعي من الجيل الجديد، الذي ستتضاعف قدرته الإنتاجية حتى قبل 2023 - وهو التاريخ المنتظر لبلوغ هذا الهدف - وسيوفر 4 آلاف منصب شغل عند الأجل المحدد.
واستهل حفل التدشين بعرض شريط مؤسساتي يبرز المراحل المختلفة لإنجاز المنظومة الصناعية للمجموعة في المغرب، والأثر الإيجابي لهذا المشروع على قطاع السيارات الوطني، والجهود المبذولة لضمان نجاحه التام.
بعد ذلك، ألقى وزير الصناعة والتجارة والاستثمار والاقتصاد الرقمي، مولاي حفيظ العلمي، كلمة بين يدي العاهل المغربي نوه فيها بالدفعة الحاسمة والعناية السامية للملك.
""", [
    ev("plant-inauguration", "ترأس الملك محمد السادس، اليوم الخميس", INAUG, "'اليوم الخميس' = Thu 20 Jun 2019"),
    ev("expansion-works-launch", "أعطى إشارة البدء في أشغال توسعة", INAUG, "no own expression; launched at the ceremony of Thu 20 Jun 2019"),
    ev("institutional-film", "بعرض شريط مؤسساتي", INAUG, "no own expression; the film opened the ceremony of Thu 20 Jun 2019"),
    ev("alami-speech", "كلمة بين يدي العاهل المغربي", INAUG, "no own expression; al-Alami's speech at the ceremony of Thu 20 Jun 2019"),
])
art(S, "https://alsaa.net/article/90341/العاهل-المغربي-يترأس-تدشين",
    "2019-06-22", "the page's date line 'نشر في 2019/06/22 الساعة 14:55' (kept as first line with the outlet name; 22 Jun 2019 was a Saturday); the body's 'الخميس' = Thu 20 Jun 2019; the site menu, the font-size control and the section label dropped; headline kept from the page without '(صور)'; the last, truncated sentence of al-Alami's words shortened", True, """
العاهل المغربي يترأس تدشين مصنع جديد للسيارات بالقنيطرة
مدار الساعة ـ نشر في 2019/06/22 الساعة 14:55
ترأس العاهل المغربي الملك محمد السادس، الخميس، حفل تدشين المنظومة الصناعية للمجموعة الفرنسية "بي إس أ" في المغرب، بالمنطقة الصناعية المندمجة "أتلانتيك فري زون" بجماعة عامر السفلية (إقليم القنيطرة) إلى الشمال من الرباط.
وتولى العاهل المغربي تدشين المصنع الجديد لمجموعة "بي إس أ" الذي تصل قدرته الإنتاجية إلى 100 ألف عربة ومحرك مرتبط بها، سنويا، وهو مشروع سيحفز تطوير قطاع السيارات الوطني ويرسخ تميز علامة "صنع في المغرب".
كما أطلق الملك محمد السادس أشغال توسعة هذا المركب الصناعي من الجيل الجديد، الذي ستتضاعف قدرته الإنتاجية، حتى قبل 2023 - الموعد المرتقب لبلوغ هذا الهدف - وسيوفر 4 آلاف منصب شغل عند الأجل المحدد.
وتحدث وزير الصناعة والتجارة والاستثمار والاقتصاد الرقمي المغربي، مولاي حفيظ العلمي، في كلمة بالمناسبة، عن الدور الحاسم لعناية الملك محمد السادس في إنجاز المشروع.
""", [
    ev("plant-inauguration", "ترأس العاهل المغربي الملك محمد السادس، الخميس", INAUG, "'الخميس' in an article of Sat 22 Jun 2019 = Thu 20 Jun"),
    ev("expansion-works-launch", "كما أطلق الملك محمد السادس أشغال توسعة", INAUG, "no own expression; launched at the ceremony of Thu 20 Jun 2019"),
    ev("alami-speech", "في كلمة بالمناسبة", INAUG, "no own expression; al-Alami's speech at the ceremony of Thu 20 Jun 2019"),
])

# ---------------------------------------------------------------- tunisia-sousse-geely-assembly-plant-2018
S = "tunisia-sousse-geely-assembly-plant-2018"
OPEN = "2018-10-12"                        # Media Car (Zouari group) opened the Geely assembly line in Sousse on Fri 12 Oct 2018
art(S, "https://naouafedh.com/?p=2535",
    "2018-10-12", "no date line on the stored page; the body's explicit 'اليوم الجمعة 12 أكتوبر 2018' for the opening (12 Oct 2018 was a Friday), so published that day; headline written from the body (the stored text has none); the last, truncated sentence (the amount invested) shortened", False, """
افتتاح أول مصنع لتجميع السيارات في تونس بالشراكة مع جيلي الصينية
دشنت شركة "ميديا كار"، التابعة لمجموعة "الزواري" الاقتصادية والصناعية التونسية، اليوم الجمعة 12 أكتوبر 2018 في ولاية سوسة، أول مصنع لتجميع السيارات وتركيبها في تونس، بالشراكة مع شركة "جيلي" الصينية، تحت إشراف سفير الصين في تونس "وانغ وون بين" ووالي سوسة عادل الشليوي.
وحضر الافتتاح إطارات مجموعة الزواري وعدد كبير من الوجوه المعروفة في الساحة السياسية من أعضاء مجلس النواب، وفي المجال الاقتصادي من رجال أعمال وخبراء، فضلا عن صحافيين من وسائل إعلام مختلفة.
وفي سياق الاحتفال بالمناسبة، أوضح حافظ الزواري، الرئيس المؤسس لمجمع الزواري، أن هذا المصنع ولد من اتفاقية شراكة مع العملاق الصيني، وأنه سيتم فيه تصنيع سيارة "جي سي 6"، مما سيتيح التدريب واكتساب الخبرات في مجال تركيب السيارات.
وأضاف الزواري، في تصريح للصحفيين على هامش الافتتاح، أن المصنع سيمكن الفريق العامل فيه من التدرب واكتساب مهارات عديدة في تركيب السيارات، مشيرا إلى أن شركته تشغل قرابة ألف عامل وموظف ويبلغ رقم معاملاتها 200 مليون دينار، فيما تراكمت استثماراتها منذ تأسيسها سنة 2012.
""", [
    ev("plant-opening", "اليوم الجمعة 12 أكتوبر 2018 في ولاية سوسة", OPEN, "'اليوم الجمعة 12 أكتوبر 2018' = Fri 12 Oct 2018"),
    ev("zouari-statement", "أوضح حافظ الزواري، الرئيس المؤسس لمجمع الزواري", OPEN, "no own expression; Zouari spoke at the opening of Fri 12 Oct 2018"),
    ev("zouari-press-remarks", "في تصريح للصحفيين على هامش الافتتاح", OPEN, "no own expression; his remarks to the press on the sidelines of the opening of Fri 12 Oct 2018"),
    ev("company-founded", "منذ تأسيسها سنة 2012", "2012-01-01", "'سنة 2012' = the year 2012", end="2013-01-01"),
])
art(S, "https://ar.webmanagercenter.com/2018/10/13/242793/%d8%a5%d9%81%d8%aa%d8%aa%d8%a7%d8%ad-%d8%a3%d9%88%d9%84-%d9%88%d8%ad%d8%af%d8%a9-%d9%84%d8%aa%d8%b1%d9%83%d9%8a%d8%a8-%d8%a7%d9%84%d8%b3%d9%8a%d8%a7%d8%b1%d8%a7%d8%aa-%d9%84%d8%b9%d9%84%d8%a7%d9%85/",
    "2018-10-13", "the page's date path /2018/10/13/ (13 Oct 2018 was a Saturday); the body's 'أمس الجمعة' for the opening of Fri 12 Oct agrees; headline kept from the page; the last, truncated sentence of the ambassador's words shortened", True, """
إفتتاح أول وحدة لتركيب السيارات لعلامة "جيلي" الصينية بسوسة
افتتحت أمس الجمعة بولاية سوسة أول وحدة لتجميع سيارة "جي سي 6" التي تصنعها شركة "جيلي" الصينية، وذلك بالشراكة مع "ميديا كار" التابعة لمجموعة "الزواري" الاقتصادية والصناعية التونسية.
ويتعلق الأمر باستثمار يبلغ حجمه 21 مليون دينار، رصد منها 1 مليون دينار لتجهيز سلسلة التركيب و20 مليون دينار للقاعدة اللوجستية المخصصة للتسليم والإعداد، وفق ما نقلته وكالة الأنباء الصينية "شينخوا".
وستتولى هذه الوحدة، التي توفر 500 موطن شغل، حاليا تركيب 2000 سيارة سنويا، بينما يتوقع المسيرون أن يرتفع هذا العدد إلى 20000 سيارة في غضون سنة 2035، بحسب ما نشرته ولاية سوسة على صفحتها في الفايس بوك.
وتتمتع هذه السيارة، المنتظر تسويقها في تونس خلال سنة 2019، "بمواصفات مهمة" حسب (شينخوا)، فطولها 4،34 متر وعرضها 1،69 متر وارتفاعها 1،43 متر، ولها محرك بنزين سعته 1500 سي سي، ويبلغ استهلاكها للوقود 6،7 لتر لكل 100 كلم، وتصل سرعتها القصوى إلى 165 كلم في الساعة.
وأعرب سفير الصين لدى تونس وانغ ون بين بالمناسبة، بحسب شينخوا، عن ثقته في أن هذا التعاون بين شركة "جيلي" ومجمع الزواري سيسهم في تحقيق مزيد من النمو في إطار التعاون الثنائي.
""", [
    ev("plant-opening", "افتتحت أمس الجمعة بولاية سوسة", OPEN, "'أمس الجمعة' in an article of Sat 13 Oct 2018 = Fri 12 Oct"),
    ev("output-target-2035", "في غضون سنة 2035", "2035-01-01", "'في غضون سنة 2035' = by the year 2035 (a target; the year only)", end="2036-01-01"),
    ev("market-launch", "المنتظر تسويقها في تونس خلال سنة 2019", "2019-01-01", "'خلال سنة 2019' = the year 2019", end="2020-01-01"),
    ev("ambassador-speech", "وأعرب سفير الصين لدى تونس وانغ ون بين بالمناسبة", OPEN, "no own expression; the ambassador spoke at the opening of Fri 12 Oct 2018"),
])
art(S, "https://aajae.co/home/GoToPage/3f92bc01-fe51-4be0-a318-fbbce8eb2c32/edf539a7-68bc-48e8-bb91-800e155a9386",
    "2018-10-13", "no date on the stored page; the body's 'خلال الافتتاح، أمس الجمعة' for the opening of Fri 12 Oct 2018 (naouafedh 'اليوم الجمعة 12 أكتوبر 2018') gives Sat 13 Oct 2018; headline written from the body (the stored text has none); the last, truncated sentence (the comparison of FDI growth) shortened", False, """
جيلي الصينية تفتتح أول خط لتجميع سياراتها في تونس
دشنت شركة السيارات الصينية "جيلي" أول خط لتجميع سياراتها في تونس، بالشراكة مع شركة ميديا كار التابعة لمجموعة "الزواري" الاقتصادية والصناعية التونسية.
وسيتولى خط الإنتاج الجديد، الواقع في محافظة بشرق تونس، تجميع سيارة "جي سي 6" التي تصنعها شركة "جيلي"، والمقرر طرحها في الأسواق التونسية خلال العام المقبل.
ورأى سفير الصين لدى تونس وانغ ون بين أن افتتاح الخط الجديد يعزز حضور "جيلي الدولي"، وأشار في كلمته خلال الافتتاح، أمس الجمعة، وفق وكالة "شينخوا" الصينية، إلى أن تونس تملك إمكانات وقدرات في تقنيات التجميع، إضافة إلى اتفاقيات التجارة الحرة مع أفريقيا، بينما تتميز الصين بتكنولوجيات متطورة للسيارات وقدرات إنتاج ضخمة في هذا المجال.
وتستورد السوق التونسية ما بين 60 و70 ألف سيارة سنويا عن طريق وكلاء البيع، علاوة على نحو 20 ألف سيارة من جانب السوق الموازية.
وعرفت السنوات الأخيرة دخول علامات جديدة كثيرة إلى السوق المحلية، ولا سيما العلامات الآسيوية التي تنافس بالتدريج كبرى العلامات الأوروبية الرائدة في السوق التونسية.
وأظهرت بيانات وزارة الاستثمار والتعاون الدولي التونسية نمو الاستثمار الأجنبي المباشر في البلاد خلال السداسي الأول من العام الجاري بنسبة 17.7%.
""", [
    ev("plant-opening", "دشنت شركة السيارات الصينية \"جيلي\" أول خط", OPEN, "no own expression; the opening of Fri 12 Oct 2018 (the 'أمس الجمعة' of the ambassador's speech)"),
    ev("market-launch", "طرحها في الأسواق التونسية خلال العام المقبل", "2019-01-01", "'خلال العام المقبل' from Oct 2018 = the year 2019", end="2020-01-01"),
    ev("ambassador-speech", "في كلمته خلال الافتتاح، أمس الجمعة", OPEN, "'أمس الجمعة' in an article of Sat 13 Oct 2018 = Fri 12 Oct"),
    ev("fdi-growth-h1-2018", "خلال السداسي الأول من العام الجاري", "2018-01-01", "'السداسي الأول من العام الجاري' from Oct 2018 = Jan - Jun 2018", end="2018-07-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 608
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

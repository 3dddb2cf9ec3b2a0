"""Builds stories.jsonl: the 549-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: local news from Bahrain and Oman, in any domain.
Stories: the blast and fire on the Saudi-Bahraini oil pipeline near Buri (Bahrain, November 2017), the announcement
of the Khaleej al-Bahrain shale-oil field (Bahrain, April 2018), the rockfall at a marble quarry at al-Arid in Ibri
(Oman, March-April 2022), and the crash near Haima that killed seven members of a family from al-Ahsa (Oman, August
2018).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- bahrain-buri-oil-pipeline-blast-2017
S = "bahrain-buri-oil-pipeline-blast-2017"
BLAST = "2017-11-10"                  # the pipeline near Buri exploded and caught fire on Fri 10 Nov 2017, 10:16 pm
SAT = "2017-11-11"                    # the interior ministry's statements and the minister's accusation of Iran, Sat 11 Nov
NIGHT = (BLAST, "2017-11-12")         # the night of the fire, Fri 10 - Sat 11 Nov (fire put out, flow shut, evacuation)
art(S, "http://arabic.news.cn/2017-11/12/c_136745299.htm",
    "2017-11-11", "the body's own dateline 'المنامة 11 نوفمبر 2017 (شينخوا)' and 'اليوم (السبت)' (11 Nov 2017 was a Saturday); the URL's folder 2017-11/12 is Beijing time of posting, the dateline wins; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
البحرين: إخماد حريق أنبوب النفط قرب بوري والداخلية تصفه بعمل إرهابي
المنامة 11 نوفمبر 2017 (شينخوا) أفادت وزارة الداخلية البحرينية اليوم (السبت) بأن حريقا شب مساء الجمعة في أحد أنابيب النفط بالقرب من قرية بوري في شمال المملكة قد أُخمد، ووصفته بأنه "عمل إرهابي".
وذكرت الوزارة في بيان اليوم أن "عناصر الدفاع المدني نجحوا، بالتعاون مع فريق الأمن والسلامة في شركة نفط البحرين (بابكو)، في إطفاء حريق اندلع مساء أمس جراء انفجار في أحد أنابيب النفط قرب قرية بوري".
وبيّنت أن الشركة "أغلقت تدفق النفط في الأنبوب المشتعل".
ونسب البيان إلى وزير الداخلية البحريني الشيخ راشد بن عبدالله آل خليفة قوله إن الحريق "عمل تخريبي وإرهابي خطير يستهدف الإضرار بالمصالح العليا للوطن وبسلامة الناس".
وحمّل الوزير إيران مسؤولية التحريض على مثل هذه الأعمال، إذ قال "إن الأعمال الإرهابية التي تشهدها البحرين في الفترة الأخيرة تجري عبر اتصالات وتوجيهات مباشرة من إيران".
وأشار البيان إلى أن التحقيقات بيّنت أن "الحادث مدبّر وشكّل خطرا على أرواح المواطنين".
ولم يخلّف الحريق أي إصابات بشرية.
وأوضحت الداخلية البحرينية في بيانها أنه "جرى تفعيل خطة الإخلاء والإيواء لسكان المنطقة المحيطة بموقع الحريق، وقد لحقت أضرار بعدد من المباني والمركبات بسبب الحرارة والدخان".
""", [
    ev("pipeline-blast-fire", "حريقا شب مساء الجمعة في أحد أنابيب النفط", BLAST, "'مساء الجمعة' in a report of Sat 11 Nov 2017 = Fri 10 Nov (the fire reported at 10:16 pm, bahrainmirror)"),
    ev("fire-out-statement", "وذكرت الوزارة في بيان اليوم", SAT, "'في بيان اليوم' = Sat 11 Nov 2017 (the dateline)"),
    ev("fire-extinguished", "في إطفاء حريق اندلع مساء أمس", NIGHT[0], "no own day for the putting out; the fire of Fri 10 Nov evening was out by the statement of Sat 11 Nov (my span: the night of 10-11 Nov)", end=NIGHT[1]),
    ev("babco-shut-flow", "أغلقت تدفق النفط في الأنبوب المشتعل", NIGHT[0], "no own expression; Bapco shut the flow while the fire was burning, the night of Fri 10 - Sat 11 Nov 2017 (my span)", end=NIGHT[1]),
    ev("minister-blames-iran", "وحمّل الوزير إيران مسؤولية التحريض", SAT, "no own expression; the minister's statement in the ministry's statement of Sat 11 Nov 2017 ('اليوم (السبت)'; aljarida of Sun 12: 'ربطت البحرين، أمس')"),
    ev("evacuation", "جرى تفعيل خطة الإخلاء والإيواء لسكان المنطقة", NIGHT[0], "no own expression; the evacuation during the fire, the night of Fri 10 - Sat 11 Nov 2017 (my span)", end=NIGHT[1]),
])
art(S, "https://aljarida.com/articles/1510419485756331800/amp",
    "2017-11-12", "no date line on the stored page; the body's 'ربطت البحرين، أمس' for the accusation of Sat 11 Nov and 'أمس الأول' for the blast of Fri 10 Nov 2017 give Sun 12 Nov 2017 (the Kuwaiti daily's print day; the article id 1510419485 is the Unix time of Sat 11 Nov 16:58 UTC, i.e. it was put online the evening before); the 'Ad' marker dropped; headline written from the body (the stored text has none)", False, """
البحرين تربط تفجير خط أنابيب النفط بإيران
ربطت البحرين، أمس، بين إيران وتفجير أشعل حريقا في خط أنابيب النفط الرئيسي الذي تتقاسمه مع السعودية أمس الأول، مؤكدة أنه هجوم لم تتعرض لمثله من قبل و«عمل إرهابي خطير».
وذكر وزير الداخلية الشيخ راشد آل خليفة، في بيان نشره الموقع الإلكتروني للوزارة، أن «الحادث عمل تخريبي وإرهابي خطير غايته الإضرار بالمصالح العليا للوطن وبسلامة الناس»، وتابع أن «الأعمال الإرهابية التي تشهدها البحرين في الفترة الأخيرة تجري باتصالات وتوجيهات مباشرة من إيران».
وأعلن الدفاع المدني البحريني في بيان، أمس، أن السلطات أحكمت السيطرة على الحريق، موضحا أن شركة نفط البحرين (بابكو) «أوقفت عملية تدفق النفط في الأنبوب المشتعل».
وأضاف البيان أن الدفاع المدني يتولى إجلاء سكان المنطقة المجاورة لموقع الحريق قرب قرية بوري، الواقعة على بعد نحو 15 كيلومترا من العاصمة المنامة.
وتستمد البحرين معظم نفطها من حقل أبوسعفة الذي تتشاركه مع السعودية، ويصل إليها عبر خط أنابيب طوله 55 كيلومترا وطاقته 230 ألف برميل يوميا.
وأعلنت وزارة الطاقة السعودية أنها أوقفت ضخ النفط إلى البحرين، موضحة أنها شددت إجراءات الأمن في كل المنشآت النفطية عقب الهجوم.
""", [
    ev("minister-blames-iran", "ربطت البحرين، أمس، بين إيران وتفجير", SAT, "'أمس' in an article of Sun 12 Nov 2017 = Sat 11 Nov"),
    ev("pipeline-blast-fire", "أشعل حريقا في خط أنابيب النفط الرئيسي", BLAST, "'أمس الأول' from Sun 12 Nov 2017 = Fri 10 Nov"),
    ev("fire-out-statement", "وأعلن الدفاع المدني البحريني في بيان، أمس", SAT, "'أمس' from Sun 12 Nov 2017 = Sat 11 Nov (the statement published on the interior ministry's website)"),
    ev("fire-extinguished", "أن السلطات أحكمت السيطرة على الحريق", NIGHT[0], "no own day; the fire of Fri 10 Nov evening was under control by the statement of Sat 11 Nov (my span: the night of 10-11 Nov)", end=NIGHT[1]),
    ev("evacuation", "يتولى إجلاء سكان المنطقة المجاورة لموقع الحريق", NIGHT[0], "no own expression; the evacuation during the fire, the night of Fri 10 - Sat 11 Nov 2017 (my span)", end=NIGHT[1]),
    ev("saudi-pumping-halt", "أنها أوقفت ضخ النفط إلى البحرين", NIGHT[0], "no own expression; the Saudi halt of pumping after the blast of Fri 10 Nov, announced by Sun 12 Nov (my span 10-11 Nov 2017)", end=NIGHT[1]),
])
art(S, "http://bahrainmirror.collegefan.org/news/43213.html",
    "2017-11-19", "the page's time stamp '2017-11-19 - 8:01 م' (a copy of Bahrain Mirror on a mirror host); the body's 'الأسبوع الماضي' and 'مساء الجمعة الماضي' for the blast of Fri 10 Nov agree; headline kept from the page; the last, truncated quotation dropped", True, """
الدفاع المدني: احتراق 5 وتضرر 28 منزلاً و30 سيارة جراء حريق أنبوب النفط في بوري
مرآة البحرين: كشف النقيب محمد أبو الفتح، رئيس مركز الدفاع المدني في المنامة، أن 28 منزلا لحقت بها أضرار واحترق 5 منها، بسبب "العمل الإرهابي" الذي استهدف أنابيب النفط قرب قرية بوري الأسبوع الماضي.
وأوضح النقيب أبو الفتح، في برنامج الأمن الإذاعي، أن الحادث «ألحق كذلك أضرارا متفرقة بـ 30 سيارة، وأصاب 5 ممتلكات عامة في الموقع، علاوة على تضرر 38 محلا تجاريا».
وأثنى في حديثه على تعاون أهالي بوري مع رجال الأمن والإطفاء في تنفيذ التعليمات الضرورية لتفادي خسائر جسيمة في الأرواح والممتلكات، من إخراج أسطوانات الغاز وقطع الكهرباء وإبعاد المركبات، وهو ما أسهم في إخماد النيران في وقت قياسي.
ولفت إلى أن غرفة العمليات والطوارئ استقبلت بلاغا بسماع دوي انفجار واندلاع حريق في أحد أنابيب النفط قرب قرية بوري عند الساعة 10:16 دقيقة من مساء الجمعة الماضي، وأن آليات الدفاع المدني وصلت من مركز الدفاع المدني بدمستان إلى موقع الحريق خلال 3 دقائق من تلقي البلاغ، ثم استُعين بإمدادات وتعزيزات أخرى من مراكز الدفاع المدني في البحرين.
""", [
    ev("pipeline-blast-fire", "الذي استهدف أنابيب النفط قرب قرية بوري الأسبوع الماضي", BLAST, "'الأسبوع الماضي' from Sun 19 Nov 2017 = the week of 10 Nov; the day from 'مساء الجمعة الماضي' = Fri 10 Nov"),
    ev("houses-damaged", "أن 28 منزلا لحقت بها أضرار واحترق 5 منها", NIGHT[0], "no own expression; the damage done by the fire, the night of Fri 10 - Sat 11 Nov 2017 (my span)", end=NIGHT[1]),
    ev("fire-extinguished", "أسهم في إخماد النيران في وقت قياسي", NIGHT[0], "no own day; the fire of Fri 10 Nov evening, put out 'in record time' by the statement of Sat 11 Nov (my span: the night of 10-11 Nov)", end=NIGHT[1]),
    ev("emergency-call", "استقبلت بلاغا بسماع دوي انفجار", BLAST, "'عند الساعة 10:16 دقيقة من مساء الجمعة الماضي' from Sun 19 Nov 2017 = Fri 10 Nov, 10:16 pm"),
    ev("civil-defence-arrival", "وصلت من مركز الدفاع المدني بدمستان إلى موقع الحريق خلال 3 دقائق", BLAST, "'خلال 3 دقائق' after the call of 10:16 pm on Fri 10 Nov 2017"),
])

# ---------------------------------------------------------------- bahrain-khaleej-al-bahrain-oil-discovery-2018
S = "bahrain-khaleej-al-bahrain-oil-discovery-2018"
ANNOUNCE = "2018-04-01"               # the supreme committee announced the find on Sun 1 Apr 2018
PRESS = "2018-04-04"                  # the oil minister's press conference at the Bapco club, Wed 4 Apr 2018
YEAR1932 = ("1932-01-01", "1933-01-01")
art(S, "https://arabicpost.net/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/2018/04/01/%D8%A7%D9%84%D8%A7%D9%83%D8%AA%D8%B4%D8%A7%D9%81-%D8%A7%D9%84%D8%A3%D9%83%D8%A8%D8%B1-%D9%81%D9%8A-%D8%AA%D8%A7%D8%B1%D9%8A%D8%AE-%D8%A7%D9%84%D9%85%D9%85%D9%84%D9%83%D8%A9-%D8%AD%D9%82%D9%84-%D9%86",
    "2018-04-01", "the body's own 'الأحد 1 أبريل/نيسان 2018' and the URL's folder 2018/04/01 (1 Apr 2018 was a Sunday); headline completed from the truncated URL slug", True, """
الاكتشاف الأكبر في تاريخ المملكة.. حقل نفط وغاز في البحرين
كشفت البحرين، الأحد 1 أبريل/نيسان 2018، عن العثور على "أكبر" حقل للنفط والغاز في تاريخها، وفق ما نقلته وكالة الأنباء الرسمية، من دون أن تذكر حجم احتياطاته.
ونسبت الوكالة إلى مسؤولين تقديرهم كمياته بـ"أضعاف حقل البحرين، إلى جانب اكتشاف كميات كبيرة من الغاز العميق".
وأضافت الوكالة أن هذا أول اكتشاف في البلاد منذ عام 1932، وهو العام الذي دُشّنت فيه أول بئر نفطية فيها.
ولا تملك البحرين حاليا سوى حقل نفطي واحد، باحتياطات من الخام تقدر بمئات ملايين البراميل، وتستخرج المملكة الصغيرة من حقلها الوحيد 50 ألف برميل يوميا.
وتحصل كذلك على 150 ألف برميل إضافية من حقل أبوسعفة الذي تتقاسمه مع السعودية، لتغطية معظم حاجتها من النفط.
ونشر حساب ولي العهد البحريني، الشيخ سلمان بن حمد آل خليفة، تغريدة أكد فيها أن الحقل الجديد سيعزز القدرات التنافسية للبحرين "ومواصلة تنفيذ مشاريع ومبادرات التنمية".
وأضاف أن الحقل سيعين المملكة على "الوفاء بالتزاماتها مع الدول الشقيقة والأسواق المالية العالمية"، لافتا إلى أن مؤتمرا صحفيا سيُعقد الأربعاء للكشف عن تفاصيل أخرى تخص حجم الاحتياطات في هذا الحقل الواقع قبالة الساحل الغربي للبحرين.
""", [
    ev("discovery-announced", "كشفت البحرين، الأحد 1 أبريل/نيسان 2018", ANNOUNCE, "'الأحد 1 أبريل/نيسان 2018' = Sun 1 Apr 2018"),
    ev("deep-gas-find", "إلى جانب اكتشاف كميات كبيرة من الغاز العميق", ANNOUNCE, "no own expression; the deep-gas find made public with the oil field on Sun 1 Apr 2018 (the day of the find itself is not reported)"),
    ev("first-well-1932", "وهو العام الذي دُشّنت فيه أول بئر نفطية فيها", YEAR1932[0], "'عام 1932' (the year only)", end=YEAR1932[1]),
    ev("crown-prince-tweet", "ونشر حساب ولي العهد البحريني", ANNOUNCE, "no own expression; the crown prince's tweet on the day of the announcement, Sun 1 Apr 2018"),
    ev("press-conference", "مؤتمرا صحفيا سيُعقد الأربعاء", PRESS, "'الأربعاء' after Sun 1 Apr 2018 = Wed 4 Apr (alkhafji of Thu 5: 'ظهر أمس')"),
])
art(S, "https://themwl.org/mwn/node/1318",
    "2018-04-02", "no date line on the stored page; the body's 'أمس الأحد' for the announcement of Sun 1 Apr 2018 gives Mon 2 Apr 2018 (a UNA wire carried by the Muslim World League's news page); headline written from the body (the stored text has none); the signature 'المنامة - يونا' kept as on the page", False, """
البحرين تعلن اكتشاف أكبر حقل للنفط في تاريخها
أعلنت اللجنة العليا للثروات الطبيعية والأمن الاقتصادي البحرينية أمس الأحد عن العثور على أكبر حقل نفطي في تاريخ البلاد، يضم نفطا صخريا خفيفا تفوق كمياته حقل البحرين بأضعاف، إضافة إلى اكتشاف كميات كبيرة من الغاز العميق.
وأوضحت اللجنة أن هذا الاكتشاف هو الأول منذ عام 1932 حين دُشّنت أول بئر للنفط في المملكة، لافتة إلى أن تطوير هذا الحقل الجديد سيسهم في "تعزيز قدرات مملكة البحرين التنافسية والمضي في تنفيذ مشاريع ومبادرات التنمية، وكذلك الوفاء بالتزاماتها مع الدول الشقيقة والأسواق المالية العالمية".
وكلّف رئيس اللجنة، الأمير سلمان بن حمد آل خليفة ولي العهد نائب القائد الأعلى النائب الأول لرئيس مجلس الوزراء، الهيئة الوطنية للنفط والغاز بـ"تحديد جدوى الكميات القابلة للاستخراج من هذا الحقل الجديد، ووضع خطط تطويره وفق مدة زمنية، مع مراعاة الطبيعة الجيولوجية للموقع وكلفة الاستخراج، كي يقدم هذا الحقل إسهامات قيّمة ضمن الموارد الوطنية في مسيرة التنمية والتطوير".
المنامة - يونا
""", [
    ev("discovery-announced", "أعلنت اللجنة العليا للثروات الطبيعية والأمن الاقتصادي البحرينية أمس الأحد", ANNOUNCE, "'أمس الأحد' in an article of Mon 2 Apr 2018 = Sun 1 Apr"),
    ev("deep-gas-find", "إضافة إلى اكتشاف كميات كبيرة من الغاز العميق", ANNOUNCE, "no own expression; made public with the oil field on Sun 1 Apr 2018 (the day of the find itself is not reported)"),
    ev("first-well-1932", "حين دُشّنت أول بئر للنفط في المملكة", YEAR1932[0], "'عام 1932' (the year only)", end=YEAR1932[1]),
    ev("crown-prince-directive", "وكلّف رئيس اللجنة، الأمير سلمان بن حمد آل خليفة", ANNOUNCE, "no own expression; the crown prince's instruction was part of the announcement of Sun 1 Apr 2018 (alhayat, alghad carry it that day)"),
])
art(S, "https://alkhafji.news/?p=391488",
    "2018-04-05", "no date line on the stored page; the body's 'في مؤتمر صحفي عقد ظهر أمس' for the minister's press conference, which arabicpost of Sun 1 Apr announced for Wednesday (Wed 4 Apr 2018; alittihad reported it on the evening of 4 Apr), gives Thu 5 Apr 2018; headline written from the body (the stored text has none); the last, truncated sentence ended after the crown prince's committee", False, """
وزير النفط البحريني: كميات الحقل الجديد قد تتجاوز 80 مليار برميل
كشف وزير النفط في مملكة البحرين الشيخ محمد بن خليفة آل خليفة، في مؤتمر صحفي عقد ظهر أمس بنادي «بابكو»، أن كميات النفط الخفيف والغاز المصاحب التي تم اكتشافها مؤخراً في أكبر حقل نفطي في تاريخ المملكة قد تزيد على 80 مليار برميل.
وأشار إلى أن المسوحات الجيولوجية أفضت إلى اكتشاف آخر يضم كميات كبيرة من الغاز في الطبقات العميقة من حقل البحرين، تتراوح تقديراتها بين 10 و20 تريليون قدم مكعب.
وأكد أن فريق الاستكشاف في الهيئة الوطنية للنفط والغاز يضاعف جهوده حاليا لبلوغ الحقل المكتشف مرحلة الانتاج خلال 5 سنوات، إلى جانب دراسة الجدوى الاقتصادية لهذا الاكتشاف.
وعن موقع الاكتشاف النفطي الصخري الجديد، أوضح أنه يقع في منطقة خليج البحرين غربي حدود المملكة، على مساحة تقدر بـ 2000 كيلومتر مربع، مؤكدا أن ذلك ثمرة التوجيهات السامية لعاهل البلاد الملك حمد بن عيسى آل خليفة بإعطاء الاستكشافات الأولوية القصوى، ودعم الحكومة برئاسة صاحب السمو الملكي الأمير خليفة بن سلمان آل خليفة رئيس مجلس الوزراء، وعمل اللجنة العليا للثروات الطبيعية والأمن الاقتصادي برئاسة صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد.
""", [
    ev("press-conference", "في مؤتمر صحفي عقد ظهر أمس بنادي «بابكو»", PRESS, "'ظهر أمس' in an article of Thu 5 Apr 2018 = Wed 4 Apr (the conference arabicpost announced for 'الأربعاء')"),
    ev("reserves-80bn", "قد تزيد على 80 مليار برميل", PRESS, "no own expression; the estimate given at the press conference of Wed 4 Apr 2018"),
    ev("deep-gas-find", "أفضت إلى اكتشاف آخر يضم كميات كبيرة من الغاز", ANNOUNCE, "no own expression; the deep-gas find was made public with the oil field on Sun 1 Apr 2018 (arabicpost, themwl); the day of the find itself is not reported"),
    ev("production-target", "لبلوغ الحقل المكتشف مرحلة الانتاج خلال 5 سنوات", PRESS, "'خلال 5 سنوات' from Wed 4 Apr 2018 = by about Apr 2023 (my span 4 Apr 2018 - 4 Apr 2023)", end="2023-04-05"),
])

# ---------------------------------------------------------------- oman-ibri-al-arid-quarry-rockfall-2022
S = "oman-ibri-al-arid-quarry-rockfall-2022"
ROCKFALL = "2022-03-27"               # the rockfall at a marble quarry at al-Arid (Ibri, al-Dhahirah), Sun 27 Mar 2022
FINAL = "2022-04-02"                  # the final toll of 14, announced on Sat 2 Apr 2022
art(S, "https://www.watanserb.com/2022/03/27/%d8%a7%d9%86%d9%87%d9%8a%d8%a7%d8%b1-%d8%b5%d8%ae%d8%b1%d9%8a-%d9%85%d8%b1%d9%88%d8%b9-%d9%81%d9%8a-%d8%b3%d9%84%d8%b7%d9%86%d8%a9-%d8%b9%d9%85%d8%a7%d9%86-%d9%82%d8%aa%d9%84%d9%89-%d9%88%d9%85/",
    "2022-03-27", "the URL's date folder 2022/03/27 and the body's 'صباح اليوم، الأحد' (27 Mar 2022 was a Sunday); the breadcrumb, the repeated headline and the embedded video captions dropped; headline kept from the page; the last, truncated sentence ('وطالب العماني...') dropped", True, """
انهيار صخري مروع في سلطنة عمان.. قتلى ومفقودين ومحتجزين تحت الأرض (فيديوهات جديدة)
وطن – صحا العمانيون صباح اليوم، الأحد، على أنباء كارثة مروعة في ولاية عبري، إذ انهارت صخور في أحد محاجر الرخام ببلدة "العارض" وأوقعت قتلى.
ووفق وسائل الإعلام العمانية، بلغت حصيلة قتلى الانهيار الصخري في ولاية عبري حتى الآن 6 قتلى.
وأفادت هيئة الدفاع المدني والإسعاف في سلطنة عمان، في بيان رصدته (وطن)، بأن الانهيارات الصخرية ما زالت متواصلة وتعرقل عمليات البحث عن المفقودين.
وأكدت أنه جرى حتى اللحظة انتشال 6 أشخاص مفارقين للحياة، وإسعاف 4 آخرين تتراوح حالاتهم بين المتوسطة والحرجة.
وكانت هيئة الدفاع المدني العمانية قد ذكرت، في بيان سابق، أن فرق البحث والإنقاذ في محافظة الظاهرة تتعامل مع بلاغ عن انهيار صخري على مجموعة من العمال في منطقة العارض بولاية عبري.
وقد أُنقذ 5 أشخاص وانتُشل 5 آخرون مفارقين للحياة، بينما تتواصل عملية البحث عن مفقودين تحت الأنقاض.
وأثار الحادث جدلا واسعا في السلطنة، وعبّر كثير من العمانيين عن تضامنهم الواسع مع أسر الضحايا.
""", [
    ev("quarry-rockfall", "انهارت صخور في أحد محاجر الرخام", ROCKFALL, "'صباح اليوم، الأحد' = Sun 27 Mar 2022 (aajsy: 'بتاريخ 27 مارس')"),
    ev("rockfalls-hamper-search", "ما زالت متواصلة وتعرقل عمليات البحث عن المفقودين", ROCKFALL, "no own expression; the civil defence statement of the day of the rockfall, Sun 27 Mar 2022"),
    ev("toll-six", "جرى حتى اللحظة انتشال 6 أشخاص مفارقين للحياة", ROCKFALL, "'حتى اللحظة' in the report of Sun 27 Mar 2022"),
    ev("first-report-five-rescued", "وقد أُنقذ 5 أشخاص وانتُشل 5 آخرون", ROCKFALL, "no own expression; the earlier statement of the same Sunday, 27 Mar 2022 (ahlmasrnews: 'في وقت مبكر الأحد')"),
])
art(S, "https://ahlmasrnews.com/news/International-news/12938061/عمان-98",
    "2022-03-27", "no date on the stored page; the body's 'اليوم الأحد' and 'في وقت مبكر الأحد' for the rockfall and the first statement of Sun 27 Mar 2022 (watanserb of 27 Mar: 'صباح اليوم، الأحد'), and only the first toll of 6, give Sun 27 Mar 2022; the 'اعلان' marker, the photo caption, the share buttons and the 'إقرأ أيضاً' links dropped; headline kept from the page", False, """
قتلى وجرحى في انهيار صخري بسلطنة عمان
لقي 6 أشخاص على الأقل حتفهم وأصيب آخرون جراء انهيارات صخرية، اليوم الأحد، في ولاية عبري غربي سلطنة عمان، بحسب ما أفادت السلطات المحلية.
وأوضحت هيئة الدفاع المدني والإسعاف العمانية في وقت مبكر الأحد أن "فرق البحث والإنقاذ بمحافظة الظاهرة تعاملت مع بلاغ انهيار صخري على مجموعة من العمال في منطقة العارض بولاية عبري، حيث جرى إنقاذ خمسة أشخاص وانتشال خمسة آخرين مفارقين للحياة، ولا تزال عملية البحث عن مفقودين تحت الأنقاض مستمرة".
ثم نشرت الهيئة لاحقا تحديثا مرفقا بمقطع فيديو يُظهر تواصل الانهيارات، ذكرت فيه أن عدد القتلى الذين انتُشلوا بلغ 6 أشخاص، فيما أُسعف 4 آخرون تتراوح حالاتهم بين المتوسطة والحرجة.
وغالبا ما تشهد سلطنة عمان انهيارات صخرية ترافق في معظم الأحيان الأعاصير والأمطار الغزيرة التي تضرب السلطنة بصورة دورية، مسببة فيضانات وسيولا.
وفي يناير الماضي، غرق عدد من أحياء العاصمة العمانية مسقط وشُلّت حركة السير بشكل شبه كامل، إثر أمطار غزيرة عرفتها مختلف مناطق السلطنة بتأثير "أخدود العزم".
""", [
    ev("quarry-rockfall", "جراء انهيارات صخرية، اليوم الأحد", ROCKFALL, "'اليوم الأحد' = Sun 27 Mar 2022"),
    ev("first-report-five-rescued", "جرى إنقاذ خمسة أشخاص وانتشال خمسة آخرين", ROCKFALL, "'في وقت مبكر الأحد' = Sun 27 Mar 2022"),
    ev("toll-six", "أن عدد القتلى الذين انتُشلوا بلغ 6 أشخاص", ROCKFALL, "no own expression; the later update of the same Sunday, 27 Mar 2022 (watanserb: 'حتى اللحظة')"),
    ev("azm-trough-floods", "غرق عدد من أحياء العاصمة العمانية مسقط", "2022-01-01", "'في يناير الماضي' from March 2022 = January 2022 (the month only)", end="2022-02-01"),
])
art(S, "https://aajsy.com/society/%D8%B3%D9%84%D8%B7%D9%86%D8%A9-%D8%B9%D9%85%D8%A7%D9%86-%D8%A7%D8%B1%D8%AA%D9%81%D8%A7%D8%B9-%D8%B9%D8%AF%D8%AF-%D8%B6%D8%AD%D8%A7%D9%8A%D8%A7-%22%D8%A7%D9%84%D8%A7%D9%86%D9%87%D9%8A%D8%A7%D8%B1-%D8%A7%D9%84%D8%B5%D8%AE%D8%B1%D9%8A%22-%D8%A5%D9%84%D9%89-14-%D8%B4%D8%AE%D8%B5%D8%A7%D9%8B",
    "2022-04-02", "the page's date line '02 ابريل 2022' and the body's 'السبت' (2 Apr 2022 was a Saturday); the photo caption and the font buttons dropped; headline kept from the page; the last, truncated quotation of Ali al-Farsi shortened", True, """
سلطنة عمان.. ارتفاع عدد ضحايا "الانهيار الصخري" إلى 14 شخصاً
أعلنت السلطات العُمانية، السبت، أن عدد ضحايا الانهيار الصخري شمالي البلاد ارتفع إلى 14 شخصا انتُشلت جثامينهم من تحت الركام، وذلك في حصيلة نهائية رسمية صدرت بعد انتشال جثمان مفقود آخر، عقب 7 أيام عمل متواصلة.
وقالت هيئة الدفاع المدني والإسعاف، في بيان نقلته وكالة الأنباء العمانية: "بتاريخ 27 مارس/ آذار المنصرم وقع انهيار صخري بأحد المحاجر بمحافظة الظاهرة (شمال) مع وجود محتجزين تحت الأنقاض".
وبيّنت أن الفرق تعاملت مع 5 إصابات و6 أشخاص فارقوا الحياة، إضافة إلى 8 حالات أخرى تحت الأنقاض، مشيرة إلى "حجم الانهيار (الكبير) وصعوبة تضاريس المكان".
وأضافت الهيئة: "بعد جهود مضنية استمرت لمدة 7 أيام، تمكنت الفرق من انتشال المحتجزين الثمانية مفارقين للحياة"، ولم يتضمن البيان تفاصيل عن جنسيات القتلى والمصابين وهوياتهم.
غير أن الضابط في الهيئة، علي الفارسي، ذكر في تصريحات لصحيفة "الشبيبة" المحلية، الأحد الماضي، أن المتوفين الستة جميعهم من جنسيات آسيوية، مشيرا إلى أن الهيئة تعاملت في السابق مع بلاغات انهيارات، لكن ليس بهذا الحجم.
""", [
    ev("final-toll-14", "أن عدد ضحايا الانهيار الصخري شمالي البلاد ارتفع إلى 14 شخصا", FINAL, "'السبت' = Sat 2 Apr 2022 (the page's date line)"),
    ev("last-body-recovered", "بعد انتشال جثمان مفقود آخر", "2022-04-01", "no own day; the last body was recovered just before the final toll of Sat 2 Apr 2022, at the end of '7 أيام' of work from Sun 27 Mar (my span 1-2 Apr)", end="2022-04-03"),
    ev("quarry-rockfall", "بتاريخ 27 مارس/ آذار المنصرم وقع انهيار صخري", ROCKFALL, "'بتاريخ 27 مارس/ آذار المنصرم' = Sun 27 Mar 2022"),
    ev("toll-six", "5 إصابات و6 أشخاص فارقوا الحياة", ROCKFALL, "no own expression; the six dead and five injured of the first day, Sun 27 Mar 2022"),
    ev("recovery-operation", "بعد جهود مضنية استمرت لمدة 7 أيام", ROCKFALL, "'لمدة 7 أيام' from Sun 27 Mar to Sat 2 Apr 2022", end="2022-04-03"),
    ev("farsi-shabiba-remarks", "ذكر في تصريحات لصحيفة \"الشبيبة\" المحلية، الأحد الماضي", ROCKFALL, "'الأحد الماضي' from Sat 2 Apr 2022 = Sun 27 Mar"),
])

# ---------------------------------------------------------------- oman-haima-ahsa-family-crash-2018
S = "oman-haima-ahsa-family-crash-2018"
CRASH = "2018-08-14"                  # the collision before Haima (al-Wusta) on the Dhofar-Muscat road, Tue 14 Aug 2018, afternoon
FUNERAL = "2018-08-17"                # the seven were buried at al-Hulaila (al-Ahsa) on Fri 17 Aug 2018 after the Maghrib prayer
art(S, "https://sauress.com/alriyadh/1699137",
    "2018-08-15", "no date line on the stored page; the body's 'وقع عصر أمس الثلاثاء' for the crash of Tue 14 Aug 2018 gives Wed 15 Aug 2018 (a report of the Saudi daily al-Riyadh carried by sauress); headline written from the body (the stored text has none); the last, truncated sentence shortened", False, """
مصرع سبعة من أسرة أحسائية في حادث مروع بسلطنة عمان
عمّ الحزن وسادت مشاعر الألم مجتمع الأحساء برمته بعد ورود أنباء عن حادث تصادم مروع تعرضت له أسرة سعودية من الأحساء في سلطنة عمان، وقع عصر أمس الثلاثاء على الطريق الواصل بين محافظتي ظفار ومسقط العمانيتين، وأسفر عن مصرع سبعة أشخاص وإصابة خمسة آخرين معظمهم من أسرة واحدة.
وتابعت سفارة خادم الحرمين الشريفين في مسقط الحادث على الفور، فنشرت عدة تغريدات أكدت فيها وقوعه وأنه أودى بحياة 7 مواطنين وأصاب 5 آخرين نُقلوا بالطيران العمودي العماني لتلقي العلاج في مستشفى نزوى المرجعي، وباشرت السفارة عبر قسم شؤون السعوديين اتصالاتها بوزارة الخارجية العمانية والشرطة العمانية ومستشفى نزوى لمعرفة تفاصيل الحادث وحالة المصابين.
وأضافت السفارة أن سفير خادم الحرمين الشريفين لدى السلطنة اتصل بذوي المواطنين وواساهم، وأشادت بالجهود العاجلة التي بذلتها كل السلطات العمانية التي باشرت الحادث، بما يتسق مع العلاقات الأخوية الوثيقة بين قيادتي البلدين وشعبيهما.
من جهتها، تواصلت "الرياض" مع سفارة خادم الحرمين الشريفين في مسقط للاطلاع على آخر المستجدات بشأن الحادث، وأكد قسم شؤون السعوديين أنهم يبذلون جهودا حثيثة لجمع المعلومات عن المتوفين والمصابين.
""", [
    ev("haima-crash", "وقع عصر أمس الثلاثاء على الطريق الواصل بين محافظتي ظفار ومسقط", CRASH, "'عصر أمس الثلاثاء' in an article of Wed 15 Aug 2018 = Tue 14 Aug"),
    ev("embassy-tweets", "فنشرت عدة تغريدات أكدت فيها وقوعه", CRASH, "no own expression; the embassy followed the crash 'على الفور', the same Tuesday 14 Aug 2018 (my reading; at the latest Wed 15)", end="2018-08-16"),
    ev("injured-airlifted", "نُقلوا بالطيران العمودي العماني", CRASH, "no own expression; the injured were flown to Nizwa after the crash of Tue 14 Aug 2018"),
    ev("ambassador-call", "اتصل بذوي المواطنين وواساهم", CRASH, "no own expression; between the crash of Tue 14 Aug and the report of Wed 15 Aug 2018 (my span)", end="2018-08-16"),
    ev("alriyadh-contacts-embassy", "تواصلت \"الرياض\" مع سفارة خادم الحرمين الشريفين", CRASH, "no own expression; before the report of Wed 15 Aug 2018, after the crash of Tue 14 Aug (my span)", end="2018-08-16"),
])
art(S, "https://www.alyaum.com/ampArticle/6047104",
    "2018-08-16", "no date line on the stored page; the body's 'في السلطنة أمس الأول' for the crash of Tue 14 Aug 2018 gives Thu 16 Aug 2018 (the funeral, held on Fri 17 Aug, was not yet set); the byline kept; headline kept from the page; the last, truncated sentence (the names of the dead) dropped", False, """
أحزان في بلدة الحليلة وموعد تشييع الضحايا لم يتحدد
حمزة بوفهيد - الأحساء
سافر ثلاثة من أفراد العائلة السعودية المنكوبة إلى سلطنة عمان لإتمام إجراءات تسلّم 6 جثامين والاطمئنان على المصابين في الحادث الأليم الذي تعرضت له الأسرة في السلطنة أمس الأول، وأشاد خال العائلة أحمد سالم الحجي، في حديثه لـ«اليوم»، بتعاون سفارة خادم الحرمين الشريفين في عمان وجهودها الكبيرة ووقوفها مع العائلة في هذا المصاب الجلل، موضحا أن موعد التشييع لم يتحدد في الوقت الحالي.
وأضاف أن الحادث المفجع أودى بحياة 6 من أفراد العائلة وأصاب 5 آخرين، في حين لم تتأكد بعد وفاة إحدى المرافقات من عدمها، مبينا أن الحادث فجع أهالي الأحساء عامة ومجتمع بلدة الحليلة خاصة، وأن الأسرة والأقارب تلقوا هذا الخبر الصادم بحزن وألم كبيرين، ولا يملكون سوى الدعاء بالرحمة للمتوفين وبالشفاء التام العاجل للمصابين، وقال: هذا قضاء الله ولا راد لقضائه، وندعو الله أن يلهم الجميع الصبر والسلوان.
وكان 6 مواطنين من بلدة الحليلة بالأحساء قد لقوا حتفهم وأصيب 5 آخرون من العائلة نفسها في الحادث المروري الجماعي الذي تعرضت له العائلة التي كانت تستقل سيارتين خلال رحلتها الخليجية في سلطنة عمان.
""", [
    ev("relatives-travel", "سافر ثلاثة من أفراد العائلة السعودية المنكوبة إلى سلطنة عمان", "2018-08-15", "no own expression; after the crash of Tue 14 Aug and by the report of Thu 16 Aug 2018 (my span 15-16 Aug)", end="2018-08-17"),
    ev("haima-crash", "الذي تعرضت له الأسرة في السلطنة أمس الأول", CRASH, "'أمس الأول' in an article of Thu 16 Aug 2018 = Tue 14 Aug"),
    ev("alhaji-remarks", "وأشاد خال العائلة أحمد سالم الحجي", "2018-08-15", "no own expression; said to al-Yaum before the report of Thu 16 Aug 2018 (my span 15-16 Aug)", end="2018-08-17"),
    ev("funeral", "موعد التشييع لم يتحدد في الوقت الحالي", FUNERAL, "no own day (not yet set at writing); the funeral was held on Fri 17 Aug 2018 (slaati: 'اليوم الجمعة')"),
])
art(S, "https://www.slaati.com/2018/08/17/p1164964.html",
    "2018-08-17", "the URL's date folder 2018/08/17 and the body's 'اليوم الجمعة' (17 Aug 2018 was a Friday); headline written from the body (the stored text has none)", True, """
الأحساء تودّع ضحايا حادث سلطنة عمان السبعة
ودّع أهالي الأحساء اليوم الجمعة ضحايا العائلة السبعة الذين قضوا في حادث سير بسلطنة عمان الثلاثاء الماضي، بعد وصول الجثامين وأداء الصلاة عليها.
وخيّم حزن شديد على بلدة "الحليلة" لفراق المواطنين السبعة، وأقيم مأتم عزاء كبير عقب دفنهم في مقبرة البلدة، بإمامة الشيخ "عبدالله السناوي" وبمشاركة كثيفة من الأهالي القادمين من مختلف مدن الأحساء وبلداتها.
وأسهم عدد من الجمعيات الخيرية في تغسيل الجثامين ونقلها من مطار الدمام إلى المحافظة بعد وصولها على متن طائرة قادمة من سلطنة عمان، ثم أودعت ثلاجة الموتى، وصُلّي عليها عقب صلاة المغرب ثم جرى التشييع مباشرة.
واعتادت الأسرة أن تسافر برا إلى السلطنة في بعض الإجازات، إذ إن رب الأسرة متقاعد من السلك العسكري برتبة ملازم في قطاع البحرية، وفي هذه المرة تعرضت لحادث الاصطدام الذي أودى بحياة 7 وأصاب 6 آخرين.
""", [
    ev("funeral", "ودّع أهالي الأحساء اليوم الجمعة ضحايا العائلة السبعة", FUNERAL, "'اليوم الجمعة' = Fri 17 Aug 2018"),
    ev("haima-crash", "الذين قضوا في حادث سير بسلطنة عمان الثلاثاء الماضي", CRASH, "'الثلاثاء الماضي' from Fri 17 Aug 2018 = Tue 14 Aug"),
    ev("burial", "عقب دفنهم في مقبرة البلدة", FUNERAL, "no own expression; the burial at al-Hulaila on the evening of Fri 17 Aug 2018"),
    ev("funeral-prayer", "وصُلّي عليها عقب صلاة المغرب", FUNERAL, "no own expression; the prayer after Maghrib on Fri 17 Aug 2018, the day of the funeral"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 549
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

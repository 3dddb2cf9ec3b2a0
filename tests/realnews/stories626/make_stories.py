"""Builds stories.jsonl: the 626-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: new universities, hospitals or schools opened by
governments, and the first patients or students received (Gulf, Egypt, Iraq, Maghreb).
Stories: the opening of Kuwait's new Maternity Hospital in the Sabah health region (Kuwait, April 2025), and
the opening of the new Maternity and Children's Hospital of King Abdullah Medical City in Tabuk (Saudi
Arabia, April 2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- kuwait-new-maternity-hospital-opening-2025
S = "kuwait-new-maternity-hospital-opening-2025"
OPENING = "2025-04-09"                     # the opening ceremony, Wed 9 Apr 2025 (11 Shawwal 1446), in the morning
art(S, "http://newsworled.com/uncategorized/411056.html",
    OPENING, "no date line on the stored page; the body's 'أقيم صباح اليوم (حفل افتتاح مستشفى الولادة) الجديد' for the ceremony, which took place on Wed 9 Apr 2025 (the announcement on alwifaqkw: 'صباح يوم غد الأربعاء 11 شوال 1446 هجرية الموافق 9 إبريل 2025'; twaslnews of Thu 10 Apr: 'أقيم صباح أمس'); the menu line 'خليجيون 0 تعليق ارسل طباعة تبليغ حذف' and the photo caption dropped; the minister's speech itself is cut off on the stored page and dropped; headline kept from the page", False, """
ولي العهد الكويتي يفتتح مستشفى الولادة الجديد
برعاية أمير البلاد الشيخ مشعل الأحمد الجابر الصباح، وبحضور ممثله ولي العهد الشيخ صباح خالد الحمد الصباح، أقيم صباح اليوم حفل افتتاح مستشفى الولادة الجديد في منطقة الصباح الصحية.
ولدى وصول موكب ممثل سمو الأمير إلى مقر الحفل، كان في استقباله بحفاوة وترحيب وزير الصحة الدكتور أحمد عبد الوهاب العوضي وكبار مسؤولي وزارة الصحة.
ثم أزاح ممثل سمو الأمير الستار عن اللوحة التذكارية، وبعدها قام بجولة في غرفة العمليات بقسم الطوارئ في المستشفى.
وحضر الحفل رئيس مجلس الوزراء بالإنابة الشيخ فهد يوسف سعود الصباح وعدد من كبار مسؤولي الدولة.
واستُهل الحفل بالسلام الوطني، ثم تُليت آيات من القرآن الكريم.
وبعد ذلك ألقى وزير الصحة كلمة في هذه المناسبة.
""", [
    ev("opening-ceremony", "أقيم صباح اليوم حفل افتتاح مستشفى الولادة الجديد", OPENING, "'صباح اليوم' in a report of Wed 9 Apr 2025 (the ceremony announced for 'يوم غد الأربعاء ... 9 إبريل 2025')"),
    ev("minister-welcome", "كان في استقباله بحفاوة وترحيب وزير الصحة", OPENING, "no own expression; the arrival at the ceremony of Wed 9 Apr 2025"),
    ev("plaque-unveiling", "أزاح ممثل سمو الأمير الستار عن اللوحة التذكارية", OPENING, "no own expression; during the ceremony of Wed 9 Apr 2025"),
    ev("emergency-or-tour", "قام بجولة في غرفة العمليات بقسم الطوارئ", OPENING, "no own expression; during the ceremony of Wed 9 Apr 2025"),
    ev("minister-speech", "ألقى وزير الصحة كلمة في هذه المناسبة", OPENING, "no own expression; the minister's speech at the ceremony of Wed 9 Apr 2025"),
])
art(S, "https://news.twaslnews.com/%d8%ad%d8%a7%d9%84-%d8%a7%d9%84%d8%ae%d9%84%d9%8a%d8%ac/60186",
    "2025-04-10", "the page's time stamp 'April 10th, 12:10pm' and the body's opening line 'كتب ناصر المحيسن – الكويت في الخميس 10 أبريل 2025 12:10 مساءً' (kept: it is part of the body paragraph on the page); 'صباح أمس' for the ceremony of Wed 9 Apr 2025; the repeated headline and the sub-heading 'ولي العهد' dropped; headline kept from the page", True, """
ممثل الأمير: المباني والأجهزة مهمة… والأهم الكادر الطبي والتمريضي والفني
كتب ناصر المحيسن – الكويت في الخميس 10 أبريل 2025 12:10 مساءً – برعاية سمو الأمير الشيخ مشعل الأحمد، وبحضور ممثل سموه ولي العهد الشيخ صباح الخالد، أقيم صباح أمس حفل افتتاح مستشفى الولادة الجديد في منطقة الصباح الصحية.
وعند بلوغ موكب ممثل سمو الأمير موقع الحفل، استقبله بحفاوة وترحيب وزير الصحة الدكتور أحمد العوضي وكبار المسؤولين في الوزارة.
وتفضل ممثل صاحب السمو بكشف الستار عن اللوحة التذكارية، ثم جال في غرفة العمليات بقسم الطوارئ في المستشفى.
وحضر الحفل رئيس مجلس الوزراء بالإنابة الشيخ فهد اليوسف وكبار مسؤولي الدولة.
وفي تصريح أدلى به أثناء تفقده غرفة العمليات بقسم الطوارئ، شدد ولي العهد على أهمية الدور الذي تؤديه الكوادر العاملة في المنظومة الصحية.
وبعد أن عرض مسؤولو المستشفى الأجهزة والمعدات الطبية على سموه، قال: «بارك الله فيكم.. المباني مهمة، الأجهزة مهمة، (لكن) الأهم الكادر الطبي والتمريضي والفني».
""", [
    ev("opening-ceremony", "أقيم صباح أمس حفل افتتاح مستشفى الولادة الجديد", OPENING, "'صباح أمس' in an article of Thu 10 Apr 2025 = Wed 9 Apr"),
    ev("minister-welcome", "استقبله بحفاوة وترحيب وزير الصحة الدكتور أحمد العوضي", OPENING, "no own expression; the arrival at the ceremony of Wed 9 Apr 2025"),
    ev("plaque-unveiling", "بكشف الستار عن اللوحة التذكارية", OPENING, "no own expression; during the ceremony of Wed 9 Apr 2025"),
    ev("emergency-or-tour", "ثم جال في غرفة العمليات بقسم الطوارئ", OPENING, "no own expression; during the ceremony of Wed 9 Apr 2025"),
    ev("crown-prince-remarks", "شدد ولي العهد على أهمية الدور الذي تؤديه الكوادر", OPENING, "no own expression; the crown prince's statement during the tour of the ceremony, Wed 9 Apr 2025"),
])

# ---------------------------------------------------------------- saudi-tabuk-maternity-children-hospital-2021
S = "saudi-tabuk-maternity-children-hospital-2021"
T_OPEN = "2021-04-07"                      # Prince Fahd bin Sultan opened the hospital, with the minister al-Rabiah, on Wed 7 Apr 2021
art(S, "https://samhnews.com/wordpress/2021/04/07/أمير-تبوك-يُدشن-مستشفى-الولادة-والأطف",
    T_OPEN, "no date line on the stored page; the URL's '/2021/04/07/' (Wed 7 Apr 2021) and the body's 'اليوم' for the opening agree (okaz of the next day: 'لدى إطلاقه أمس'); a copy of the SPA report; the stored text breaks off in the minister's speech, the cut sentence is ended at 'المرافق الصحية'; headline kept from the page", False, """
أمير تبوك يُدشن مستشفى الولادة والأطفال الجديد بالمنطقة
افتتح أمير منطقة تبوك الأمير فهد بن سلطان بن عبد العزيز، اليوم، مستشفى الولادة والأطفال الجديد.
وحضر التدشين وزير الصحة الدكتور توفيق بن فوزان الربيعة، والمستشفى جزء من مشروع مدينة الملك عبد الله الطبية في مدينة تبوك، وقد تخطت تكلفته 471 مليون ريال، ويتسع لـ270 سريرًا على مساحة 113770 مترًا مربعًا.
وما إن وصل الأمير برفقة وزير الصحة حتى عُزف السلام الملكي، ثم قص شريط الافتتاح وكشف الستار عن اللوحة التذكارية الخاصة بالمستشفى.
وبدأ الحفل الخطابي المقام بهذه المناسبة بتلاوة آيات من القرآن الكريم.
وبعد ذلك تابع أمير تبوك والحضور عرضًا مرئيًّا عن المستشفى. وقال وزير الصحة إن مسيرة الخير والنماء في هذا البلد المعطاء تشهد إنجازات متتابعة في شتى مناحي الحياة، مضيفا: نسعد جميعًا في هذا اليوم المبارك بتدشينكم مستشفى الولادة والأطفال في منطقة تبوك، الذي يعكس عناية قيادتنا الحكيمة بصحة المواطن وجعلها أولوية في كل الخطط والبرامج التنموية.
ولفت إلى أن المشروع يأتي ضمن مساعي وزارة الصحة إلى الارتقاء بالخدمات الصحية وتجويدها ورفع كفاءة الأداء في كل المرافق الصحية.
""", [
    ev("hospital-opening", "افتتح أمير منطقة تبوك الأمير فهد بن سلطان بن عبد العزيز، اليوم", T_OPEN, "'اليوم' in a report of Wed 7 Apr 2021 (URL date; okaz of Thu 8 Apr: 'أمس')"),
    ev("ribbon-and-plaque", "ثم قص شريط الافتتاح وكشف الستار عن اللوحة التذكارية", T_OPEN, "no own expression; at the opening of Wed 7 Apr 2021"),
    ev("video-presentation", "تابع أمير تبوك والحضور عرضًا مرئيًّا عن المستشفى", T_OPEN, "no own expression; during the ceremony of Wed 7 Apr 2021"),
    ev("minister-speech", "نسعد جميعًا في هذا اليوم المبارك بتدشينكم", T_OPEN, "'هذا اليوم المبارك' = the day of the opening, Wed 7 Apr 2021"),
])
art(S, "https://www.okaz.com.sa/news/na/2064468",
    "2021-04-08", "no date line on the stored page; the body's 'لدى إطلاقه أمس' for the opening of Wed 7 Apr 2021 (samhnews URL '/2021/04/07/' with 'اليوم') gives Thu 8 Apr 2021 (the print-edition report of Okaz); the byline '«عكاظ» (تبوك) okaz_online@' and the font buttons dropped; headline kept from the page's first line (a photo caption used as title)", False, """
أمير تبوك يفتتح المستشفى، بحضور الربيعة.
شدد أمير منطقة تبوك الأمير فهد بن سلطان بن عبدالعزيز على أن إقامة أي مشروع صحي في أي بقعة من المملكة إنجاز كبير، وقال: نحمد الله على ما نراه من منشآت صحية الآن، وإذا قارناها بعشر سنوات ماضية نجد الفارق كبيرا، وأعبر عن سعادتي بإنشاء مستشفى الولادة والأطفال في تبوك، الذي يعد من أفضل المستشفيات المتخصصة وأحدثها في العالم.
وجاء ذلك لدى إطلاقه أمس المستشفى بحضور وزير الصحة الدكتور توفيق الربيعة، وهو يقع ضمن مشروع مدينة الملك عبدالله الطبية وتخطت تكلفته 471 مليون ريال، بسعة 270 سريرا وعلى مساحة 113770 مترا مربعا.
وقدم أمير تبوك التهنئة لخادم الحرمين الشريفين وولي العهد ووزير الصحة والعاملين في الشؤون الصحية بتبوك بمناسبة افتتاح المستشفى، فيما أكد وزير الصحة أن المشروع يندرج في إطار جهود الوزارة للارتقاء بالخدمات الصحية وتجويدها ورفع كفاءة الأداء في كل المرافق الصحية.
وناقش الأمير مع وزير الصحة خطط الوزارة وتوجهاتها، وآخر مستجدات جائحة كورونا وتوافر اللقاحات في المنطقة.
""", [
    ev("hospital-opening", "وجاء ذلك لدى إطلاقه أمس المستشفى", T_OPEN, "'أمس' in an article of Thu 8 Apr 2021 = Wed 7 Apr"),
    ev("prince-remarks", "شدد أمير منطقة تبوك الأمير فهد بن سلطان بن عبدالعزيز على أن إقامة أي مشروع صحي", T_OPEN, "no own expression; said at the opening of Wed 7 Apr 2021 ('وجاء ذلك لدى إطلاقه أمس')"),
    ev("minister-speech", "فيما أكد وزير الصحة أن المشروع يندرج في إطار جهود الوزارة", T_OPEN, "no own expression; the minister's speech at the opening of Wed 7 Apr 2021 (samhnews, alwatan)"),
    ev("covid-vaccine-talks", "وناقش الأمير مع وزير الصحة خطط الوزارة وتوجهاتها", T_OPEN, "no own expression; the talks held during the minister's visit for the opening, taken as Wed 7 Apr 2021 (my reading)"),
])
art(S, "https://www.alwatan.com.sa/article/1073141",
    T_OPEN, "no date on the stored page; the body's 'دشن أمير منطقة تبوك ... اليوم' for the opening of Wed 7 Apr 2021 (samhnews URL '/2021/04/07/' with the same wire text and 'اليوم'; okaz of Thu 8 Apr: 'أمس'), so the report is of Wed 7 Apr 2021; the stored text breaks off after 'عقب'; headline written from the body (the stored text has none)", False, """
أمير تبوك يدشن مستشفى الولادة والأطفال الجديد
دشن أمير منطقة تبوك، الأمير فهد بن سلطان بن عبدالعزيز، اليوم، مستشفى الولادة والأطفال الجديد، في حضور وزير الصحة، الدكتور توفيق الربيعة، وهو مستشفى يقع ضمن مشروع مدينة الملك عبدالله الطبية في مدينة تبوك، بكلفة فاقت 471 مليون ريال، وبسعة 270 سريرا، وعلى مساحة 113770 مترا مربعا.
وحال وصول أمير المنطقة إلى المستشفى يرافقه وزير الصحة، عُزف السلام الملكي، ثم قص سموه شريط الافتتاح، وأزاح الستار عن اللوحة التذكارية للمستشفى.
وافتُتح الحفل الخطابي الذي أعد للمناسبة بآيات من القرآن الكريم، ثم شاهد سموه والحضور عرضا مرئيا عن المستشفى، وبعده ألقى وزير الصحة كلمة قال فيها: إن مسيرة الخير والنماء في هذا البلد المعطاء تشهد إنجازات متواصلة في مختلف مناحي الحياة، ونسعد جميعا في هذا اليوم المبارك بتدشين سموكم الكريم مستشفى الولادة والأطفال في منطقة تبوك، الذي يعكس اهتمام قيادتنا الحكيمة بصحة المواطن، وجعلها أولوية في كل الخطط والبرامج التنموية.
وذكر «الربيعة» أن هذا المشروع يدخل ضمن جهود وزارة الصحة لرفع مستوى الخدمات الصحية وتجويدها، وزيادة كفاءة الأداء في جميع المرافق الصحية، بما يسهم في تقديم رعاية طبية وفق أعلى المستويات للمواطنين والمقيمين.
""", [
    ev("hospital-opening", "دشن أمير منطقة تبوك، الأمير فهد بن سلطان بن عبدالعزيز، اليوم", T_OPEN, "'اليوم' in a report of Wed 7 Apr 2021"),
    ev("ribbon-and-plaque", "ثم قص سموه شريط الافتتاح، وأزاح الستار عن اللوحة التذكارية", T_OPEN, "no own expression; at the opening of Wed 7 Apr 2021"),
    ev("video-presentation", "ثم شاهد سموه والحضور عرضا مرئيا عن المستشفى", T_OPEN, "no own expression; during the ceremony of Wed 7 Apr 2021"),
    ev("minister-speech", "ونسعد جميعا في هذا اليوم المبارك بتدشين سموكم الكريم", T_OPEN, "'هذا اليوم المبارك' = the day of the opening, Wed 7 Apr 2021"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 626
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

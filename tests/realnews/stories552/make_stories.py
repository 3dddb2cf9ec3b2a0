"""Builds stories.jsonl: the 552-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: local news from eastern Libya (Benghazi, Tobruk,
al-Bayda, Ajdabiya; not the September 2023 Derna floods), any field.
Stories: the double car bombing at the Bayaat al-Radwan mosque in Salmani, Benghazi (January 2018) and the
summary executions that followed; the bus-truck crash on the Ajdabiya-Tobruk desert road that killed ten
Egyptians (April 2025); the clashes in Ajdabiya between armed residents and the Ajdabiya Revolutionaries'
Shura Council (December 2015); the twin-bomb attack on the Saad bin Ubada mosque in al-Majouri, Benghazi
(February 2018).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- libya-benghazi-bayaat-al-radwan-bombing-2018
S = "libya-benghazi-bayaat-al-radwan-bombing-2018"
BOMB = "2018-01-23"                        # two car bombs at the Bayaat al-Radwan mosque (Salmani), Tue 23 Jan 2018, after the evening prayer
NEXT = "2018-01-24"                        # Wed 24 Jan: rising tolls, the scene, al-Werfalli's executions at the site, UNSMIL's statement late that night
art(S, "https://alaan.cc/article/300236/ليبيا..-ارتفاع-ضحايا-التفجير-المزدوج-ببنغازي-إلى-34-قتيلا-و73-جريحا",
    "2018-01-24", "time stamp on the page 'يناير 24, 2018, 12:32 م' (an Anadolu report); the body's 'وصباح اليوم' for the morning toll agrees; headline kept from the page; the section label and view counter dropped; the last, truncated sentence ('ومن بين القتلى، حسب ما أكد مصدر أمني') dropped", True, """
ليبيا.. ارتفاع ضحايا التفجير المزدوج ببنغازي إلى 34 قتيلا و73 جريحا
صعدت حصيلة ضحايا تفجير سيارتين مفخختين قرب أحد المساجد في مدينة بنغازي، شمال شرقي ليبيا، مساء الثلاثاء، إلى 34 قتيلا و73 جريحا، في ظل إدانات محلية ودولية للهجوم.
ومساء الثلاثاء، دوّى انفجار سيارة مفخخة أمام مسجد بيعة الرضوان بمنطقة السلماني في بنغازي موقعا عددا من القتلى والجرحى، ثم انفجرت سيارة ثانية بعدما تجمع المواطنون في الموضع نفسه، فارتفعت الحصيلة.
وحتي منتصف ليلة الثلاثاء الأربعاء، بلغت الحصيلة 22 قتيلا و21 جريحا تتراوح إصاباتهم بين "الحرجة والمتوسطة والبسيطة"، وفق بيان موجز نشره مستشفى الجلاء للحوادث (الحكومي) في بنغازي على صفحته في "فيسبوك".
وصباح اليوم، أفادت مصادر طبية مسؤولة في المستشفيات الحكومية ببنغازي "الأناضول" بأن عدد الضحايا الذين استقبلهم مستشفى الجلاء صعد إلى 25 قتيلا، بعضهم وصل متفحما وبعضهم فارق الحياة متأثرا بجراحه، إلى جانب 53 جريحا.
وأكدت المصادر ذاتها أن مركز بنغازي الطبي (الحكومي) استقبل بدوره 9 قتلى جراء التفجيرين، و20 جريحا بإصابات متفاوتة الخطورة.
ونبهت المصادر إلى أن الحصيلة قد ترتفع أكثر، لأن بين المصابين حالات حرجة.
""", [
    ev("death-toll-rises", "صعدت حصيلة ضحايا تفجير سيارتين مفخختين", NEXT, "no own expression for the new toll; the toll of 34 dead and 73 wounded reported on the article's day, Wed 24 Jan 2018 (stamp 12:32)"),
    ev("double-bombing", "دوّى انفجار سيارة مفخخة أمام مسجد بيعة الرضوان", BOMB, "'ومساء الثلاثاء' in an article of Wed 24 Jan 2018 = Tue 23 Jan"),
    ev("jalaa-midnight-toll", "بلغت الحصيلة 22 قتيلا و21 جريحا", BOMB, "'حتي منتصف ليلة الثلاثاء الأربعاء' = the midnight between Tue 23 and Wed 24 Jan 2018 (the hospital's count up to 12 at night); a span over both days", end="2018-01-25"),
    ev("morning-toll-update", "أفادت مصادر طبية مسؤولة في المستشفيات الحكومية ببنغازي", NEXT, "'وصباح اليوم' in an article of Wed 24 Jan 2018 = Wed 24 Jan"),
])
art(S, "https://vetogate.com/3043847",
    "2018-01-24", "no date line in the stored text; the body's 'اليوم الأربعاء' for the blood-covered streets round the mosque 'الذي شهد مساء الثلاثاء' the bombing of Tue 23 Jan 2018 (alaan, stamped 24 Jan: 'مساء الثلاثاء') gives Wed 24 Jan 2018; headline kept from the page", False, """
غرق شوارع بنغازي بدماء المصلين (صور)
صارت الشوارع المحيطة بمسجد «بيعة الرضوان» في مدينة بنغازي الليبية، اليوم الأربعاء، بركة من الدماء، وهو الموضع الذي استهدف فيه مساء الثلاثاء تفجير بسيارتين مفخختين المصلين لدى خروجهم من المسجد، في أعنف اعتداء إرهابي وأشده دموية تعرفه المدينة خلال السنوات الماضية.
وبيّنت الصور التي تناقلتها مواقع التواصل الاجتماعي ووكالات الأنباء من مكان الحادث دماء غزيرة تغطي مساحات كبيرة من الأرض، وبقايا أحذية المصلين الذين قتلوا، إلى جانب آثار الأضرار الجسيمة التي أصابت السيارات والمباني.
وارتسمت ملامح الحزن والتأثر والذهول على وجوه الليبيين والأطفال الذين وقفوا يتأملون هذا المشهد القاسي لدماء ذويهم وأقاربهم، وهو مشهد هز الليبيين جميعا وكشف الوجه البشع للإرهاب الذي لا يرتوي إلا بسفك دماء الأبرياء بلا تمييز.
وحمّل المتحدث الرسمي باسم القوات المسلحة العربية الليبية العميد أحمد المسماري تنظيم "داعش" الإرهابي وجماعة الإخوان المسؤولية عن هذا العمل الإرهابي.
وأوقع الهجوم المزدوج بالسيارتين المفخختين قرب مسجد الرضوان قرابة 33 قتيلا فضلا عن عشرات المصابين.
""", [
    ev("streets-of-blood", "صارت الشوارع المحيطة بمسجد «بيعة الرضوان»", NEXT, "'اليوم الأربعاء' = Wed 24 Jan 2018"),
    ev("double-bombing", "استهدف فيه مساء الثلاثاء تفجير بسيارتين مفخختين المصلين", BOMB, "'مساء الثلاثاء' in an article of Wed 24 Jan 2018 = Tue 23 Jan"),
    ev("mismari-accuses-is-brotherhood", "وحمّل المتحدث الرسمي باسم القوات المسلحة العربية الليبية العميد أحمد المسماري", BOMB, "no own expression; after the bombing of Tue evening 23 Jan and by this report of Wed 24 Jan 2018 (my span Tue 23 - Wed 24)", end="2018-01-25"),
    ev("death-toll-rises", "وأوقع الهجوم المزدوج بالسيارتين المفخختين", NEXT, "no own expression; the toll of about 33 dead as reported on the article's day, Wed 24 Jan 2018"),
])
art(S, "https://akhbaar24.com/ampArticle/377510/mailto%3Arevenue%40srmg.com",
    "2018-01-24", "no date line in the stored text; the body's 'عقب صلاة عشاء يوم أمس (الثلاثاء)' for the bombing of Tue 23 Jan 2018 (alaan, stamped 24 Jan: 'مساء الثلاثاء') gives Wed 24 Jan 2018; headline written from the body (the stored text has none)", False, """
صور من موقع تفجير مسجد بيعة الرضوان في بنغازي
كشفت الصور التي التقطت في مسرح العملية الإرهابية التي طالت المصلين في مسجد بيعة الرضوان بمدينة بنغازي الليبية مدى وحشية المهاجمين، الذين ترصدوا المصلين لحظة خروجهم من المسجد وفجروا سيارتين مفخختين ليوقعوا أكبر عدد ممكن من الضحايا والخسائر.
وكست دماء المصلين الأرض من حول المسجد، فصارت مستنقعا من الدماء التي سالت من أجساد الشهداء الذين زاد عددهم على 40 شهيدا، ومن الجرحى الذين تخطى عددهم ضعف عدد الشهداء.
وامتدت يد الإرهاب كذلك إلى مبنى المسجد والمباني المجاورة له والسيارات المتوقفة حوله، ولم تنج أيضا متاجر بسيطة يملكها باعة متجولون كانوا في موقع التفجير الذي وقع عقب صلاة عشاء يوم أمس (الثلاثاء)، والذي أصيب فيه أحد كبار القادة العسكريين، العميد المهدي الفلاح، رئيس جهاز الأمن الخارجي في حكومة المشير خليفة حفتر.
""", [
    ev("death-toll-rises", "الشهداء الذين زاد عددهم على 40 شهيدا", NEXT, "no own expression; the toll of more than 40 as reported on the article's day, Wed 24 Jan 2018"),
    ev("double-bombing", "التفجير الذي وقع عقب صلاة عشاء يوم أمس (الثلاثاء)", BOMB, "'يوم أمس (الثلاثاء)' in an article of Wed 24 Jan 2018 = Tue 23 Jan"),
    ev("fallah-wounded", "والذي أصيب فيه أحد كبار القادة العسكريين", BOMB, "no own expression; wounded in the bombing of Tue 23 Jan 2018"),
])
art(S, "http://arabic.peopledaily.com.cn/n3/2018/0125/c31663-9419731.html",
    "2018-01-25", "date line at the head of the body 'طرابلس 25 يناير 2018' (kept, it is part of the body) and the URL's /2018/0125/; headline written from the body (the stored text has none); the last, truncated words ('شرق...') dropped", True, """
الأمم المتحدة تطالب بتسليم محمود الورفلي إلى المحكمة الجنائية الدولية
طرابلس 25 يناير 2018 / دعت بعثة الأمم المتحدة للدعم في ليبيا إلى تسليم الرائد محمود الورفلي، القائد العسكري في القوات الخاصة بالجيش الليبي، والمتهم بتنفيذ عمليات إعدام خارج القانون في بنغازي.
وذكرت البعثة في بيان صحفي نشرته على موقعها الرسمي على الإنترنت في وقت متأخر ليلة الأربعاء، أنها "تعبر عن استنكارها البالغ إزاء تقارير تتحدث عن عمليات إعدام وحشية حدثت اليوم في بنغازي"، وطالبت بتسليم الورفلي فورا إلى محكمة الجنايات الدولية، لا سيما أنها وثقت ما لا يقل عن 5 حالات إعدام بإجراءات موجزة نفذها الورفلي أو أمر بها العام الماضي.
ولفتت البعثة الأممية إلى أن من يرتكبون عمليات الإعدام بإجراءات موجزة أو يأمرون بها يتحملون المسؤولية الجنائية كاملة وفق القانون الجنائي الدولي.
وصدر هذا الموقف الدولي عقب ساعات قليلة على انتشار صور في مواقع إخبارية محلية يظهر فيها الرائد محمود الورفلي وهو ينفذ عمليات إعدام ميدانية بحق عشرة أشخاص، في موقع التفجير الإرهابي الذي ضرب حي السلماني ببنغازي الثلاثاء، وأودى بحياة 34 شخصا جميعهم من المدنيين.
وكانت المحكمة الجنائية الدولية قد أصدرت في أغسطس 2017 مذكرة قبض بحق الرائد الورفلي وطلبت تسليمه، للاشتباه في ارتكابه جرائم حرب.
""", [
    ev("unsmil-statement", "نشرته على موقعها الرسمي على الإنترنت في وقت متأخر ليلة الأربعاء", NEXT, "'في وقت متأخر ليلة الأربعاء' in an article of Thu 25 Jan 2018 = late on Wed 24 Jan"),
    ev("werfalli-2017-executions", "ما لا يقل عن 5 حالات إعدام بإجراءات موجزة", "2017-01-01", "'العام الماضي' from January 2018 = the year 2017", end="2018-01-01"),
    ev("execution-photos-spread", "عقب ساعات قليلة على انتشار صور", NEXT, "'عقب ساعات قليلة' before the UN statement of late Wed 24 Jan 2018 = Wed 24 Jan"),
    ev("werfalli-executions", "وهو ينفذ عمليات إعدام ميدانية بحق عشرة أشخاص", NEXT, "no own expression here; the executions 'حدثت اليوم' in the UN statement of Wed 24 Jan 2018"),
    ev("double-bombing", "في موقع التفجير الإرهابي الذي ضرب حي السلماني ببنغازي الثلاثاء", BOMB, "'الثلاثاء' before Thu 25 Jan 2018 = Tue 23 Jan"),
    ev("icc-warrant", "قد أصدرت في أغسطس 2017 مذكرة قبض", "2017-08-15", "'في أغسطس 2017' = the ICC warrant of Tue 15 Aug 2017 (the month only in this text)"),
])

# ---------------------------------------------------------------- libya-ajdabiya-tobruk-road-crash-2025
S = "libya-ajdabiya-tobruk-road-crash-2025"
CRASH = "2025-04-23"                       # bus and heavy truck collided before dawn, Wed 23 Apr 2025, on the Ajdabiya-Tobruk desert road
art(S, "https://api.slaati.com/2025/04/23/p2672187.html",
    "2025-04-23", "the URL's date /2025/04/23/ (the page's own stamp is only the relative 'منذ 8 شهر'); the body's 'اليوم الأربعاء' agrees (23 Apr 2025 was a Wednesday); headline kept from the page; the site name, counters and share button dropped", True, """
تصادم مروع بليبيا يودي بحياة 12 شخصًا بينهم 10 مصريين
فارق 12 شخصا الحياة اليوم الأربعاء في حادث مرور مأساوي، بعد اصطدام حافلة لنقل الركاب بشاحنة نقل ثقيل على الطريق الصحراوي الذي يصل بين مدينتي أجدابيا وطبرق في شرق ليبيا.
وبحسب وسائل إعلام محلية، يحمل أغلب الضحايا الجنسية المصرية وعددهم عشرة، إضافة إلى ليبيين اثنين أحدهما سائق الشاحنة.
وذكرت المصادر أن رداءة حال الطريق وخلوه من الخدمات الأساسية كانا السبب الأول للحادث، إذ إنه طريق مفرد غير مزدوج على الرغم من أهميته الكبيرة للمسافرين.
وتداولت مواقع التواصل الاجتماعي صورا صادمة من موقع الحادث، بدت فيها الحافلة محطمة بالكامل بعد انقلابها، ومقدمة الشاحنة متضررة بشدة، وهو ما يدل على عنف الاصطدام.
ويأتي هذا الحادث في ظل تزايد التحذيرات من تدهور حال شبكة الطرق في ليبيا، وتكرر الحوادث القاتلة بسبب غياب معايير السلامة وتآكل البنية التحتية.
وتسجل ليبيا أحد أعلى معدلات الوفيات الناجمة عن الحوادث في العالم، إذ تفيد بيانات رسمية بوفاة نحو خمسة أشخاص يومياً في حوادث السير. وبحسب إحصاءات وزارة الداخلية، وصل عدد ضحايا حوادث المرور في عام 2024 إلى نحو 2460 شخصا.
""", [
    ev("crash", "فارق 12 شخصا الحياة اليوم الأربعاء", CRASH, "'اليوم الأربعاء' = Wed 23 Apr 2025"),
    ev("ten-egyptians-reported", "يحمل أغلب الضحايا الجنسية المصرية وعددهم عشرة", CRASH, "no own expression; the local media's report of the victims' nationality on the day of the crash, Wed 23 Apr 2025"),
    ev("crash-photos-spread", "وتداولت مواقع التواصل الاجتماعي صورا صادمة", CRASH, "no own expression; the photos of the scene shared on the day of the crash, Wed 23 Apr 2025"),
    ev("road-deaths-2024", "وصل عدد ضحايا حوادث المرور في عام 2024", "2024-01-01", "'في عام 2024' = the year 2024", end="2025-01-01"),
])
art(S, "http://www.hanglinkj.com/ar/News/120250423203401999/مصرع-10-مصريين-بحادث-سير-مروع-في-ليبيا",
    "2025-04-23", "no date line in the stored text (a copy of an Arya news agency report, typed with Persian letters); the body's 'في ساعة مبكرة من اليوم الأربعاء' for the crash of Wed 23 Apr 2025 (slaati, URL-dated 23 Apr: 'اليوم الأربعاء'; egypttelegraph of Thu 24 Apr) gives Wed 23 Apr 2025; headline rendered from the URL slug; the letters normalised to Arabic spelling; the last, truncated words ('ب...') dropped", False, """
مصرع 10 مصريين بحادث سير مروع في ليبيا
وكالة آريا للأنباء - قضى 12 شخصا، بينهم 10 مصريين، في حادث اصطدام مروع بين شاحنة وحافلة لنقل الركاب في ليبيا.
ووقع الحادث على الطريق الصحراوي الواصل بين مدينتي أجدابيا وطبرق شرقي ليبيا، في ساعة مبكرة من اليوم الأربعاء، في منطقة نائية من هذا الطريق المعروف بخطورته وبافتقاره إلى الإنارة والخدمات الأساسية، وفق وسائل إعلام محلية.
وأفاد مصدر أمني بوابة "الوسط" بأن 10 من ضحايا الحادث يحملون الجنسية المصرية، إلى جانب ليبيين اثنين.
ويعد هذا الطريق الصحراوي من أكثر طرق البلاد تسجيلا للحوادث، في وقت يناشد فيه الأهالي عبر منصات التواصل الاجتماعي بإعادة تأهيله ورفع مستوى الأمان فيه لتفادي مزيد من المآسي الإنسانية.
وتتابع الجهات المختصة التحقيق في ملابسات الحادث. وأفاد شهود عيان بأن فرق الإسعاف والدفاع المدني بلغت موقع الحادث في وقت لاحق، وشرعت في نقل الجثامين إلى المستشفيات القريبة.
وتعد هذه الحادثة من أسوأ حوادث السير التي سجلت في ليبيا مؤخرا، مع ارتفاع معدلات الحوادث على الطرق الصحراوية التي تعاني الإهمال وتفتقر إلى البنية التحتية الأساسية، بحسب إعلام محلي.
وفي مصر، تناقلت صفحات على مواقع التواصل الاجتماعي صور ضحايا الحادث وهوياتهم، واتضح أن عددا منهم ينتمون إلى مركز إطسا.
""", [
    ev("crash", "ووقع الحادث على الطريق الصحراوي الواصل بين مدينتي أجدابيا وطبرق", CRASH, "'في ساعة مبكرة من اليوم الأربعاء' = early on Wed 23 Apr 2025"),
    ev("ten-egyptians-reported", "وأفاد مصدر أمني بوابة \"الوسط\"", CRASH, "no own expression; the security source's statement to al-Wasat on the day of the crash, Wed 23 Apr 2025"),
    ev("bodies-to-hospitals", "وشرعت في نقل الجثامين إلى المستشفيات القريبة", CRASH, "'في وقت لاحق' after the crash of early Wed 23 Apr 2025 = the same day"),
    ev("victims-named-in-egypt", "تناقلت صفحات على مواقع التواصل الاجتماعي صور ضحايا الحادث وهوياتهم", CRASH, "no own expression; reported in this article of Wed 23 Apr 2025, so that day"),
])
art(S, "https://egypttelegraph.com/article/139147/ترحيل-جثامين-7-من-ضحايا-حادث-ليبيا",
    "2025-04-24", "date line on the page 'الخميس، 24 أبريل 2025 10:37 م' (24 Apr 2025 was a Thursday); headline kept from the page; the photo caption and author line dropped; the list of names cut before its truncated last name", True, """
ترحيل جثامين 7 من ضحايا حادث ليبيا إلى الفيوم
خيم حزن عميق على مركز إطسا في محافظة الفيوم، إثر مصرع سبعة من أبنائه في حادث اصطدام مأساوي على الطريق الصحراوي الرابط بين مدينتي أجدابيا وطبرق في ليبيا، بينما كانوا متجهين إلى العمل هناك.
وأكد مصدر لـ"تليجرام مصر" أن صلاة الجنازة على الضحايا أقيمت في ليبيا، وأن جثامينهم يجري نقلها إلى مصر بسيارات تابعة لهيئة الإسعاف، لتسلم إلى أسرهم عبر جمرك السلوم، تمهيدا لنقلها إلى مسقط رأسهم في مركز إطسا.
وبيّن المصدر أن صلاة الجنازة ستقام مرة أخرى في قرى مركز إطسا فور وصول الجثامين، ليشيعوا بعدها إلى مثواهم الأخير في جنازات شعبية مهيبة.
وبحسب أحد جيران الضحايا، فإن الشبان السبعة خرجوا من مصر منذ أسبوعين سعيا وراء لقمة العيش في ليبيا، غير أن الفاجعة حلت أثناء رحلتهم، حين اصطدمت الحافلة التي كانت تقلهم بشاحنة نقل ثقيل.
وكان من بين من قضوا في الحادث: عبد الناصر سليم سليمان علي (37 عامًا)، ورمضان عبد النبي محمد عبد الله (32 عامًا)، ورمضان السيد صالح عبد الغني، وعبد الكريم مختار عبد الكريم، وناجي محمد سليمان محمد، وأحمد إبراهيم خليل.
""", [
    ev("libya-funeral-prayer", "أن صلاة الجنازة على الضحايا أقيمت في ليبيا", "2025-04-24", "no own expression; reported as done in this article of Thu 24 Apr 2025 (10:37 pm); the day after the crash, so Thu 24 Apr"),
    ev("repatriation-via-salloum", "وأن جثامينهم يجري نقلها إلى مصر", "2025-04-24", "no own expression; under way at the time of this article of Thu 24 Apr 2025"),
    ev("left-egypt", "خرجوا من مصر منذ أسبوعين", "2025-04-08", "'منذ أسبوعين' from Thu 24 Apr 2025 = about Thu 10 Apr (my span 8-12 Apr)", end="2025-04-13"),
    ev("crash", "حين اصطدمت الحافلة التي كانت تقلهم بشاحنة نقل ثقيل", CRASH, "no own expression; the crash of early Wed 23 Apr 2025 (slaati, hanglinkj: 'اليوم الأربعاء')"),
])

# ---------------------------------------------------------------- libya-ajdabiya-shura-council-clashes-2015
S = "libya-ajdabiya-shura-council-clashes-2015"
START = ("2015-12-16", "2015-12-18")       # fighting began in the night of Wed 16 / Thu 17 Dec 2015 (Reuters: 'Thursday')
art(S, "https://www.alarabiya.net/north-africa/libya/2015/12/17/%D9%82%D8%AA%D9%84%D9%89-%D9%88%D8%AC%D8%B1%D8%AD%D9%89-%D9%81%D9%8A-%D8%A7%D8%B4%D8%AA%D8%A8%D8%A7%D9%83%D8%A7%D8%AA-%D8%A8%D9%85%D8%AF%D9%8A%D9%86%D8%A9-%D8%A7%D8%AC%D8%AF%D8%A7%D8%A8%D9%8A%D8%A7-%D9%88%D8%B3%D8%B7-%D9%84%D9%8A%D8%A8%D9%8A%D8%A7",
    "2015-12-17", "the URL's date /2015/12/17/ (the stored page shows 'نشر في:' without the date); the body's 'منذ مساء الأربعاء' and 'صباح الخميس' agree (17 Dec 2015 was a Thursday); headline kept from the page", True, """
قتلى وجرحى في اشتباكات بمدينة أجدابيا وسط #ليبيا
تدور في مدينة أجدابيا وسط البلاد منذ مساء الأربعاء اشتباكات متقطعة بين مقاتلين من أبناء المدينة مؤيدين للجيش الوطني ومسلحي "مجلس شورى المدينة" الموالي للتنظيمات الإرهابية.
وذكرت مصادر محلية لـ"العربية.نت" أن حصيلة الاشتباكات بلغت قتيلين وثلاثة جرحى على الأقل في صفوف أهالي المدينة.
واندلعت المواجهات بعد أن استهدف مسلحو مجلس الشورى أحد شيوخ التيار السلفي في المدينة، وهو ما دفع مقاتلين من الأهالي إلى محاصرة قائد مجلس الشورى في منزله، متهمين إياه بالضلوع في اغتيال عدد من الضباط ورجال الدين في المدينة.
ولا تزال المنطقة تشهد اشتباكات متقطعة تستخدم فيها الأسلحة الخفيفة والمتوسطة.
وكانت مصادر عسكرية في الجيش الليبي قد تحدثت عن قرب إطلاق عملية عسكرية لتطهير أجدابيا من بؤر "داعش"، بعدما شرع التنظيم في التمركز داخل عدد من المباني والمقرات في المدينة ليتخذها مركزا جديدا له.
وأفاد شهود عيان بأن سلاح الجو قصف صباح الخميس مقر المنطقة الصناعية في المدينة، الذي يعتقد أن مسلحي داعش يتحصنون داخله.
""", [
    ev("clashes-start", "تدور في مدينة أجدابيا وسط البلاد منذ مساء الأربعاء اشتباكات متقطعة", START[0], "'منذ مساء الأربعاء' in an article of Thu 17 Dec 2015 = from the evening of Wed 16 Dec; my span Wed 16 - Thu 17 for the night the fighting broke out (Reuters, dukan: 'يوم الخميس')", end=START[1]),
    ev("toll-two-dead", "أن حصيلة الاشتباكات بلغت قتيلين وثلاثة جرحى", "2015-12-17", "no own expression; the toll given to al-Arabiya on the article's day, Thu 17 Dec 2015"),
    ev("shura-leader-besieged", "محاصرة قائد مجلس الشورى في منزله", START[0], "no own expression; the siege set off the fighting of the night of Wed 16 / Thu 17 Dec 2015 (akhbaralaan: the clashes broke out after it)", end=START[1]),
    ev("airstrike-industrial-zone", "قصف صباح الخميس مقر المنطقة الصناعية", "2015-12-17", "'صباح الخميس' in an article of Thu 17 Dec 2015 = Thu 17 Dec"),
])
art(S, "http://www.akhbaralaan.net/news/arab-world/2015/12/18/11-dead-in-three-days-of-clashes-in-eastern-libya-ajdabiya",
    "2015-12-18", "the URL's date /2015/12/18/; the body's 'امس الخميس' for the hospital official's statement of Thu 17 Dec agrees (18 Dec 2015 was a Friday); an AFP report; headline written in Arabic from the English URL slug (the stored text has none); the last, truncated words dropped", True, """
11 قتيلا في اشتباكات أجدابيا شرق ليبيا
أخبار الآن | دبي – الإمارات العربية المتحدة (أ ف ب)
وصل عدد قتلى الاشتباكات الدائرة في مدينة أجدابيا شرق ليبيا بين مسلحين من أبناء المدينة ومقاتلين من جماعة أنصار الشريعة المتطرفة إلى 11 شخصا من سكان المدينة، وفق ما أعلنه متحدث باسم الهلال الأحمر الليبي.
وكانت الاشتباكات قد اندلعت إثر محاصرة شبان مسلحين منزل أحد قياديي "مجلس شورى ثوار اجدابيا"، الذي يضم جماعة أنصار الشريعة وجماعات متطرفة أخرى، في وسط المدينة.
وقال منصور عاطي لوكالة فرانس برس "أحصينا 11 قتيلا بينهم مدنيون وطفل منذ بدء القتال، ونقلت جثثهم إلى مستشفى المقريف"، وهو المستشفى الوحيد في أجدابيا التي تقع على بعد نحو 190 كلم جنوب غرب بنغازي و889 كلم شرق العاصمة طرابلس.
وأضاف أن هذه الحصيلة "لا تشمل قتلى الجماعات الإسلامية وحلفائها الذين لا ينقلون القتلى والجرحى إلى المستشفى الوحيد في المدينة".
وكان مسؤول في المستشفى قد صرح لفرانس برس امس الخميس بأن العشرات أصيبوا بجروح في هذه الاشتباكات.
وتشهد أجدابيا منذ ليل الاربعاء، بحسب شهود عيان، اشتباكات عنيفة بين عناصر من جماعة أنصار الشريعة القريبة من تنظيم القاعدة من جهة، ومسلحين من سكان المدينة مؤيدين للقوات الموالية للحكومة من جهة أخرى.
""", [
    ev("red-crescent-11-dead", "وفق ما أعلنه متحدث باسم الهلال الأحمر الليبي", "2015-12-18", "no own expression; the Red Crescent's toll given to AFP on the article's day, Fri 18 Dec 2015 (the hospital statement of the day before is 'امس الخميس')"),
    ev("shura-leader-besieged", "إثر محاصرة شبان مسلحين منزل أحد قياديي", START[0], "no own expression; the siege that set off the fighting of the night of Wed 16 / Thu 17 Dec 2015 ('منذ ليل الاربعاء')", end=START[1]),
    ev("hospital-dozens-wounded", "قد صرح لفرانس برس امس الخميس", "2015-12-17", "'امس الخميس' in an article of Fri 18 Dec 2015 = Thu 17 Dec"),
    ev("clashes-start", "وتشهد أجدابيا منذ ليل الاربعاء", START[0], "'منذ ليل الاربعاء' = from the night of Wed 16 Dec 2015 (running into Thu 17; my span Wed 16 - Thu 17)", end=START[1]),
])
art(S, "https://dukan.news/5270/14-قتيلا-على-الأقل-في-اشتباكات-في-مدينة-ا",
    "2015-12-19", "no date on the stored page; the body's 'اليوم السبت' with fighting that broke out 'يوم الخميس' on the day the UN-brokered agreement was signed (Skhirat, Thu 17 Dec 2015) gives Sat 19 Dec 2015; a Reuters report; headline rendered from the (truncated) URL slug; the last, truncated sentence dropped", False, """
14 قتيلا على الأقل في اشتباكات في مدينة أجدابيا
أفادت مصادر طبية اليوم السبت بأن ما لا يقل عن 14 شخصا قتلوا وأصيب 25 آخرون بجروح في اشتباكات شهدتها مدينة أجدابيا شرق ليبيا بين جماعات مسلحة موالية للحكومة وجماعات إسلامية.
وكان القتال، الذي استمر إلى يوم السبت، قد اندلع يوم الخميس في بلدة أجدابيا، في نفس اليوم الذي وقعت فيه الأطراف المتحاربة في ليبيا اتفاقا بوساطة الأمم المتحدة لتشكيل حكومة وحدة. وتأمل القوى الغربية أن يفضي الاتفاق إلى تحقيق الاستقرار وأن يساعد على التصدي لتمدد تنظيم الدولة الإسلامية (داعش).
وأوضحت المصادر، التي طلبت عدم ذكر اسمها، أن بين ضحايا القتال في أجدابيا مدنيين وأفرادا من جماعات مساندة للجيش الوطني الليبي. وأضافت أن ضحايا الطرف الآخر لا يعالجون في مستشفيات المدينة، ولم يتضح ما إذا كانوا مقاتلين إسلاميين تابعين لتنظيم الدولة الإسلامية.
وفي حادث منفصل، ذكرت البلدية أن اثنين من الحراس أصيبا عندما هاجمت مجموعة مجهولة مبنى المخابرات العسكرية في بلدة صبراتة غرب البلاد.
وقد استغل تنظيم الدولة الإسلامية الفراغ الأمني المتزايد في ليبيا، حيث تتنازع إدارتان، لكل منهما حكومتها وبرلمانها، على السيطرة بعد أربع سنوات من سقوط معمر القذافي.
""", [
    ev("toll-14-dead", "ما لا يقل عن 14 شخصا قتلوا وأصيب 25 آخرون", "2015-12-19", "'اليوم السبت' = Sat 19 Dec 2015"),
    ev("clashes-start", "قد اندلع يوم الخميس في بلدة أجدابيا", START[0], "'يوم الخميس' = Thu 17 Dec 2015 here; other reports put the start in the night of Wed 16 (my span Wed 16 - Thu 17)", end=START[1]),
    ev("skhirat-agreement", "وقعت فيه الأطراف المتحاربة في ليبيا اتفاقا بوساطة الأمم المتحدة", "2015-12-17", "'في نفس اليوم' as the Thursday the fighting broke out = Thu 17 Dec 2015 (the Skhirat signing)"),
])

# ---------------------------------------------------------------- libya-benghazi-saad-bin-ubada-mosque-bombing-2018
S = "libya-benghazi-saad-bin-ubada-mosque-bombing-2018"
BOMB2 = "2018-02-09"                       # two bombs at the Saad bin Ubada mosque (al-Majouri / al-Berka) during Friday prayers, Fri 9 Feb 2018
art(S, "https://www.aljazeera.net/news/arabic/2018/2/9/%D8%AA%D9%81%D8%AC%D9%8A%D8%B1-%D8%AC%D8%AF%D9%8A%D8%AF-%D9%81%D9%8A-%D8%A8%D9%86%D8%BA%D8%A7%D8%B2%D9%8A-%D9%85%D9%86-%D8%A7%D9%84%D9%81%D8%A7%D8%B9%D9%84",
    "2018-02-09", "the URL's date /2018/2/9/; the body's 'اليوم الجمعة' agrees (9 Feb 2018 was a Friday); headline kept from the page; the photo caption dropped; the last, truncated words of the toll ('وأكثر م...') dropped", True, """
تفجير جديد في بنغازي.. من الفاعل؟
لقي شخص حتفه وأصيب 65 آخرون اليوم الجمعة في تفجير ضرب مسجدا في مدينة بنغازي شرقي ليبيا، وهو التفجير الثاني خلال نحو ثلاثة أسابيع. وتطرح هذه الهجمات أسئلة حول الجهات التي تقف خلفها، في ظل الحديث عن صراعات بين أجنحة داخل القوات الموالية للواء المتقاعد خليفة حفتر.
وأفاد مراسل الجزيرة أحمد خليفة بأن الانفجار نتج عن عبوتين ناسفتين استهدفتا مسجد سعد بن عبادة في منطقة البركة العريقة المكتظة بالسكان وسط بنغازي. ونقل عن مصادر في المدينة أن الانفجار وقع لحظة خروج المصلين، وألحق أضرارا كبيرة بالمسجد.
وأضاف المراسل أن تفجير اليوم جاء بعد حالة من الفوضى عاشتها بنغازي خلال الـ48 ساعة الماضية، إذ أقدم مسلحون ومدنيون على قطع الطرق وإحراق الإطارات مطالبين بإطلاق سراح الرائد محمود الورفلي، آمر المحاور في القوات الخاصة (الصاعقة) التابعة لقوات حفتر، والمطلوب للمحكمة الجنائية الدولية بتهمة ارتكاب جرائم حرب.
ويأتي التفجير كذلك بعد هجوم بسيارتين ملغمتين استهدف في 23 من الشهر الماضي مسجد بيعة الرضوان في منطقة السلماني وأوقع 37 قتيلا.
""", [
    ev("mosque-bombing", "لقي شخص حتفه وأصيب 65 آخرون اليوم الجمعة", BOMB2, "'اليوم الجمعة' = Fri 9 Feb 2018"),
    ev("werfalli-release-protests", "أقدم مسلحون ومدنيون على قطع الطرق وإحراق الإطارات", "2018-02-07", "'خلال الـ48 ساعة الماضية' before Fri 9 Feb 2018 = Wed 7 - Fri 9 Feb", end="2018-02-10"),
    ev("previous-bombing", "استهدف في 23 من الشهر الماضي مسجد بيعة الرضوان", "2018-01-23", "'في 23 من الشهر الماضي' from February 2018 = Tue 23 Jan 2018"),
])
art(S, "http://alwasat.ly/news/libya/158453",
    "2018-02-09", "no date line in the stored text; the body's 'اليوم الجمعة' for the bombing of Fri 9 Feb 2018 (aljazeera, URL-dated 9 Feb: 'اليوم الجمعة') gives Fri 9 Feb 2018; headline kept from the page; the last, truncated sentence dropped", False, """
تفجير بنغازي.. دماء على الجدران وأحذية تتلمس آثار الضحايا
أشاع التفجير الإرهابي الذي ضرب مدينة بنغازي، اليوم الجمعة، أجواء من الحزن على مواقع التواصل الاجتماعي، إذ تبادل المغردون عبارات المواساة والتعزية في ضحايا الإرهاب الذي استهدف مسجدا في بنغازي للمرة الثانية.
وضرب تفجير مزدوج بعبوتين ناسفتين مسجد سعد بن عبادة الواقع بين منطقة الماجوري وشارع سيدي عبدالجليل (البركة) وسط بنغازي، وهو التفجير الثاني من نوعه في شهر، بعد تفجير سابق طال المصلين لدى خروجهم من مسجد بيعة الرضوان في بنغازي وخلّف عشرات القتلى والمصابين.
وبعد أن صعد خطيب مسجد سعد بن عبادة إلى المنبر ليتحدث عن مناسبة «عيد الحب»، بحسب سكان المنطقة، حوّل التفجير المزدوج باحة المسجد إلى دماء متناثرة على الجدران وأحذية مختلطة بالركام، كآخر ما بقي من آثار الضحايا.
وكشفت صور نشرتها إدارة الدعم والتوجيه المعنوي بالقوات الخاصة الليبية آثار التفجير الذي قتل فيه شخصان هما الشيخ (محفظ القرآن) خالد القذافي والمواطن إيهاب عمر، وأصيب فيه العشرات ممن نقلوا إلى مستشفى الجلاء للجراحة ومركز بنغازي الطبي.
""", [
    ev("online-mourning", "تبادل المغردون عبارات المواساة والتعزية", BOMB2, "no own expression; the mourning online on the day of the bombing ('اليوم الجمعة'), Fri 9 Feb 2018"),
    ev("mosque-bombing", "وضرب تفجير مزدوج بعبوتين ناسفتين مسجد سعد بن عبادة", BOMB2, "no own expression in the sentence; 'اليوم الجمعة' in the lead = Fri 9 Feb 2018"),
    ev("previous-bombing", "بعد تفجير سابق طال المصلين لدى خروجهم من مسجد بيعة الرضوان", "2018-01-23", "no own expression ('في شهر' for the interval); the Bayaat al-Radwan bombing of Tue 23 Jan 2018 (aljazeera: 'في 23 من الشهر الماضي')"),
    ev("special-forces-photos", "وكشفت صور نشرتها إدارة الدعم والتوجيه المعنوي", BOMB2, "no own expression; the photos published on the day of the bombing, Fri 9 Feb 2018"),
])
art(S, "https://themwl.org/mwn/node/394",
    "2018-02-11", "no date on the stored page (a UNA item carried by the Muslim World League news site); the body's 'قبل امس' for the bombing of Fri 9 Feb 2018 (aljazeera, URL-dated 9 Feb: 'اليوم الجمعة'; here too 'أثناء صلاة الجمعة') gives Sun 11 Feb 2018; headline written from the body (the stored text has none); the editor's initials dropped", False, """
قتيلان و55 جريحا في تفجير مزدوج بمسجد في بنغازي
بنغازي - يونا
ذكر مسعفون أن شخصين لقيا حتفهما وأصيب 55 آخرون في تفجير مزدوج وقع داخل مسجد في بنغازي بشرق ليبيا قبل امس.
ونقلت "رويترز" عن سكان أن التفجير حدث أثناء صلاة الجمعة في مسجد صغير بحي الماجوري.
وقال مصدر عسكري إن العبوتين الناسفتين وضعتا في حقيبتين عند باب المسجد، ويبدو أنه جرى تفجيرهما عن بعد بواسطة هاتف محمول.
وقبل أسبوعين قتل نحو 35 شخصا في تفجير مزدوج استهدف أحد مساجد المدينة.
""", [
    ev("mosque-bombing", "في تفجير مزدوج وقع داخل مسجد في بنغازي بشرق ليبيا قبل امس", BOMB2, "'قبل امس' in an article of Sun 11 Feb 2018 = Fri 9 Feb ('أثناء صلاة الجمعة')"),
    ev("remote-detonation-claim", "وقال مصدر عسكري إن العبوتين الناسفتين وضعتا في حقيبتين", BOMB2, "no own expression; the military source's account given to Reuters on the day of the bombing, Fri 9 Feb 2018"),
    ev("previous-bombing", "وقبل أسبوعين قتل نحو 35 شخصا", "2018-01-23", "'وقبل أسبوعين' (rounded) = the Bayaat al-Radwan bombing of Tue 23 Jan 2018 (aljazeera: 'في 23 من الشهر الماضي')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 1000)
                            if i != 201 and i != 552
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 619-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: Hajj and Umrah travel: pilgrim flights and convoys
departing and returning, deaths of pilgrims, quotas, the return of the last groups.
Stories: the end of the Iraqi pilgrims' transport to Saudi Arabia for Hajj 1446 (land convoys via Arar, last
flight Baghdad-Jeddah; Iraq, May 2025), and the return of the Jordanian pilgrims' bus convoys after Hajj 1443
(Mecca to the al-Mudawwara border post; Jordan, July 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-hajj-1446-pilgrims-transport-complete-2025
S = "iraq-hajj-1446-pilgrims-transport-complete-2025"
CROSSED = "2025-05-23"                     # the Hajj authority announced on Fri 23 May 2025 that all land convoys had crossed Arar
LAND_DONE = "2025-05-24"                   # the last land convoys reached Medina on Sat 24 May 2025
NINE_DAYS = ("2025-05-15", "2025-05-24")   # 'طوال تسعة أيام' of land dispatch up to Fri 23 May = 15-23 May
AIR_DONE = "2025-05-28"                    # the last flight Baghdad-Jeddah; the mission's statement of Wed 28 May 2025 (evening)
art(S, "https://baghdadtoday.news/274829-.html",
    "2025-05-23", "time stamp on the page 'محليات 23-05-2025, 16:32'; the body's 'اليوم الجمعة، (23 أيار 2025)' (23 May 2025 was a Friday); the 'أهم الاخبار' block dropped; headline kept from the page", True, """
هيئة الحج تعلن عبور جميع قوافل الحجاج البرية عبر منفذ عرعر الحدودي
أعلنت الهيئة العليا للحج والعمرة، اليوم الجمعة، (23 أيار 2025)، أن قوافل الحجاج العراقيين البرية كلها اجتازت منفذ عرعر الحدودي ودخلت الأراضي السعودية.
وجاء في بيان للهيئة تلقته "بغداد اليوم" أن "قرابة 1050 حافلة تنقل حجاج البر خرجت من الأراضي العراقية عبر منفذ عرعر الحدودي، وبلغ معظمها المدينة المنورة ومكة المكرمة، على أن تصل آخر القوافل إلى المدينة المنورة يوم غد السبت".
وبينت الهيئة أن "كوادرها واصلت العمل ليلا ونهارا طوال تسعة أيام لإنجاح خطة التفويج البري وضمان انسيابية عبور قوافل الحجاج إلى الأراضي السعودية".
وأثنت على دور اللجنة الأمنية المكلفة بتفويج الحجاج وعلى جميع المنتسبين الذين أسهموا في توفير الحماية وتيسير تنقل ضيوف الرحمن على امتداد الطريق البري.
كما قدّرت جهود الكوادر الصحية والعاملين في مدينة الحجاج والمعتمرين وفي منفذ عرعر الحدودي على اختلاف مواقعهم الخدمية، ممن أسهموا في إنجاز هذه المهمة الوطنية.
""", [
    ev("all-land-convoys-crossed", "أن قوافل الحجاج العراقيين البرية كلها اجتازت منفذ عرعر الحدودي", CROSSED, "announced 'اليوم الجمعة، (23 أيار 2025)'; the crossing was complete by that day"),
    ev("last-land-convoys-reach-medina", "على أن تصل آخر القوافل إلى المدينة المنورة يوم غد السبت", LAND_DONE, "'يوم غد السبت' from Fri 23 May 2025 = Sat 24 May (kalimaiq: 'يوم السبت الماضي، 24 مايو')"),
    ev("nine-days-land-dispatch", "واصلت العمل ليلا ونهارا طوال تسعة أيام", NINE_DAYS[0], "'طوال تسعة أيام' ending with the announcement of Fri 23 May 2025 = 15-23 May (my span)", end=NINE_DAYS[1]),
])
art(S, "https://www.alnahrain.com/article/15841",
    "2025-05-23", "no date on the stored page; the body repeats the Hajj authority's statement of Fri 23 May 2025 (baghdadtoday, stamped 23-05-2025) with 'يوم غد السبت' for the last convoys' arrival in Medina, which took place on Sat 24 May (kalimaiq), so it was published on Fri 23 May 2025; headline written from the body (the stored text has none); no date of its own in the text beyond 'يوم غد السبت'", False, """
عبور جميع قوافل الحجاج العراقيين البرية منفذ عرعر
تستمر قوافل الحجاج العراقيين في التوجه إلى المملكة العربية السعودية لأداء مناسك الحج عن طريق منفذ عرعر الحدودي.
وأكد بيان صادر عن الهيئة العليا للحج والعمرة أن جميع قوافل الحجاج العراقيين البرية عبرت منفذ عرعر الحدودي ودخلت أراضي السعودية.
ولفت البيان إلى عبور قرابة 1050 حافلة تنقل حجاج البر، غادرت الأراضي العراقية من المنفذ ذاته، ووصل أكثرها إلى المدينة المنورة ومكة المكرمة، بينما ستحط آخر القوافل رحالها في المدينة المنورة يوم غد السبت.
وشددت الهيئة على أن "كوادرها عملت ليلا ونهارا على مدى تسعة أيام لإنجاح خطة التفويج البري وضمان سلاسة عبور قوافل الحجاج إلى الأراضي السعودية".
وأشادت بدور اللجنة الأمنية الخاصة بتفويج الحجاج وبكل المنتسبين الذين شاركوا في تأمين الحماية وتيسير حركة ضيوف الرحمن على طول الطريق البري.
وثمنت كذلك جهود الكوادر الصحية والعاملين في مدينة الحجاج والمعتمرين وفي المنفذ الحدودي بكل عناوينهم الخدمية، لإسهامهم في إنجاز هذه المهمة الوطنية.
""", [
    ev("all-land-convoys-crossed", "أن جميع قوافل الحجاج العراقيين البرية عبرت منفذ عرعر الحدودي", CROSSED, "no own expression; the authority's statement of Fri 23 May 2025 (baghdadtoday 'اليوم الجمعة، (23 أيار 2025)')"),
    ev("last-land-convoys-reach-medina", "بينما ستحط آخر القوافل رحالها في المدينة المنورة يوم غد السبت", LAND_DONE, "'يوم غد السبت' from Fri 23 May 2025 = Sat 24 May"),
    ev("nine-days-land-dispatch", "عملت ليلا ونهارا على مدى تسعة أيام", NINE_DAYS[0], "'على مدى تسعة أيام' up to the statement of Fri 23 May 2025 = 15-23 May (my span)", end=NINE_DAYS[1]),
])
art(S, "https://kalimaiq.net/news/details/40735",
    "2025-05-28", "date line under the headline '2025 / 05 / 28' (the page header '30 مايو 2025' is the crawl day); the body's 'مساء اليوم الأربعاء' (28 May 2025 was a Wednesday); the editor's name and comments dropped; headline kept from the page", True, """
بعثة الحج العراقية تعلن اكتمال وصول جميع الحجاج إلى الديار المقدسة
أعلنت بعثة الحج العراقية، مساء اليوم الأربعاء، أن جميع الحجاج وصلوا إلى الديار المقدسة، بعد أن أتمت تفويجهم بالكامل.
وذكرت الهيئة في بيان تلقاه موقع كلمة الإخباري أن "آخر رحلة تنقل حجاجا عراقيين أقلعت من مطار بغداد الدولي وحطت في مطار جدة الدولي".
وأوضحت أن "عملية التفويج نجحت بفضل التعاون مع الجهات الساندة والخطط المدروسة، ولم يقع خلالها أي حادث عرضي".
ولفتت البعثة إلى أنه "جرى، بالتعاون مع الخطوط الجوية العراقية وسلطتي الطيران المدني العراقية والسعودية، نقل الحجاج عبر ستة مطارات عراقية (بغداد، النجف الأشرف، البصرة، كركوك، أربيل، السليمانية) إلى مطاري المدينة المنورة وجدة".
يُذكر أن البعثة العراقية كانت قد أتمت يوم السبت الماضي، 24 مايو، تفويج جميع حجاج البر عبر منفذ عرعر الحدودي، وبلغ هؤلاء الديار المقدسة بسلام.
""", [
    ev("all-pilgrims-arrived-announcement", "أن جميع الحجاج وصلوا إلى الديار المقدسة", AIR_DONE, "'مساء اليوم الأربعاء' = Wed 28 May 2025 (date line 2025/05/28)"),
    ev("last-flight-baghdad-jeddah", "آخر رحلة تنقل حجاجا عراقيين أقلعت من مطار بغداد الدولي", AIR_DONE, "no own expression; the last flight reported in the statement of Wed 28 May 2025 (evening), taken as that day"),
    ev("last-land-convoys-reach-medina", "كانت قد أتمت يوم السبت الماضي، 24 مايو، تفويج جميع حجاج البر", LAND_DONE, "'يوم السبت الماضي، 24 مايو' = Sat 24 May 2025"),
])

# ---------------------------------------------------------------- jordan-hajj-1443-pilgrims-return-2022
S = "jordan-hajj-1443-pilgrims-return-2022"
STONING = "2022-07-10"       # Sun 10 Jul 2022 = 11 Dhu al-Hijja 1443, first day of tashreeq
LEAVE = "2022-07-11"         # Mon 11 Jul 2022 = 12 Dhu al-Hijja: hasty pilgrims leave Mina, buses leave Mecca
ARRIVE = "2022-07-12"        # Tue 12 Jul 2022: first buses at al-Mudawwara (600 by dawn)
ALL_HOME = "2022-07-13"      # Wed 13 Jul 2022: all pilgrims expected home (evening)
art(S, "https://rawafednews.com/article/187333",
    "2022-07-11", "no date on the stored page; the body reports that about 60 buses left Mecca 'الاثنين' and that the minister 'expected' the first arrivals 'مساء الثلاثاء', i.e. before the first 600 pilgrims reached al-Mudawwara at dawn on Tuesday (alamssar), so it was written on Mon 11 Jul 2022; the year: 'ثاني أيام التشريق' (12 Dhu al-Hijja) on a Monday under minister al-Khalayleh = 11 Jul 2022; headline kept from the page", False, """
نحو 60 حافلة حجاج غادرت مكة المكرمة باتجاه الأردن
انطلقت قرابة 60 حافلة تقل حجاجا من مكة المكرمة، الاثنين، متجهة إلى الأردن، بحسب وزير الأوقاف والشؤون والمقدسات الإسلامية محمد الخلايلة، الذي توقع أن يبدأ الحجاج بالوصول إلى الأردن مساء الثلاثاء.
وأوضح الخلايلة أن "رحلة عودة الحجاج ستتخللها نقاط مراقبة ضمن خطة متكاملة، إذ سيكون وفد من الوزارة في استقبالهم على الحدود الأردنية"، وفق تصريح أدلى به لقناة المملكة.
وتابع: "الحجاج جميعهم بخير ولم تقع أي حوادث هذا العام".
وقال الخلايلة إن "معظم حجاج المملكة أدوا مناسكهم متعجلين، فغادروا منى بعد ظهر الاثنين عقب رمي الجمرة الثالثة في ثاني أيام التشريق، ثم أدوا طواف الوداع وعادوا إلى مساكنهم لتقلهم الحافلات نحو الأردن".
""", [
    ev("buses-leave-mecca", "انطلقت قرابة 60 حافلة تقل حجاجا من مكة المكرمة، الاثنين", LEAVE, "'الاثنين' = Mon 11 Jul 2022 (12 Dhu al-Hijja 1443)"),
    ev("first-arrivals-jordan", "أن يبدأ الحجاج بالوصول إلى الأردن مساء الثلاثاء", ARRIVE, "'مساء الثلاثاء' = Tue 12 Jul 2022 (the arrivals in fact began at dawn that Tuesday, alamssar)"),
    ev("hasty-leave-mina", "فغادروا منى بعد ظهر الاثنين", LEAVE, "'بعد ظهر الاثنين' in 'ثاني أيام التشريق' = Mon 11 Jul 2022"),
])
art(S, "https://www.alamssar.com/202192",
    "2022-07-12", "no date on the stored page; the body's 'وصل فجر الثلاثاء' and 'حتى فجر اليوم' for the first 600 pilgrims at al-Mudawwara give Tue 12 Jul 2022; the year from 'بعد انقطاع لمدة عامين بسبب تداعيات فيروس كورونا' and the quota of 3622 (the 2022 season); the last, truncated sentence on the Saudi allocation dropped; the site's masthead dropped; headline kept from the page", False, """
وصول 600 حاج أردني عبر الحدود المدورة حتى فجر اليوم
وصل 600 حاج وحاجة من الأردنيين إلى مركز حدود المدورة فجر الثلاثاء، بحسب مدير مركز الحدود العقيد أحمد السعودي.
وأوضح السعودي أن الكوادر البشرية العاملة على حدود المدورة تعاملت حتى فجر اليوم مع 18 حافلة تقل حجاجا.
وأضاف أن هذه الكوادر عُززت لاستقبال الحجاج وتيسير دخولهم إلى المملكة.
وكان وزير الأوقاف والشؤون والمقدسات الإسلامية الأردني محمد الخلايلة قد أعلن أن عودة الحجاج الأردنيين ستنطلق الاثنين وأن قوافلهم ستصل إلى الأردن الثلاثاء.
ويتابع الحجاج الأردنيون رمي الجمرات، الأحد، ليتوجهوا بعد إتمامه إلى الحرم المكي لأداء طواف الوداع ثم يغادروا مكة نحو الأردن.
وفي وقت سابق، أعلن الخلايلة، الخميس، أن كلفة الحج لهذا العام تبلغ نحو 2414 دينارا للشخص الواحد، مؤكدا تراجع حصة الأردن لأداء الفريضة إلى 3622 شخصا.
وأوضح الخلايلة في مؤتمر صحفي أن الحج الذي يعود هذا العام بعد انقطاع لمدة عامين بسبب تداعيات فيروس كورونا "لن يكون هذا الموسم بكامل طاقته".
""", [
    ev("first-arrivals-jordan", "وصل 600 حاج وحاجة من الأردنيين إلى مركز حدود المدورة فجر الثلاثاء", ARRIVE, "'فجر الثلاثاء' = Tue 12 Jul 2022"),
    ev("buses-leave-mecca", "أن عودة الحجاج الأردنيين ستنطلق الاثنين", LEAVE, "'الاثنين' = Mon 11 Jul 2022 (rawafednews: about 60 buses left Mecca that Monday)"),
    ev("stoning-sunday", "ويتابع الحجاج الأردنيون رمي الجمرات، الأحد", STONING, "'الأحد' = Sun 10 Jul 2022 (11 Dhu al-Hijja 1443)"),
])
art(S, "https://hawajordan.net/article/154282",
    "2022-07-12", "no date on the stored page; the body expects the last convoys to leave Mecca 'مساء الثلاثاء' and all pilgrims home 'مساء الأربعاء' while 94 buses had already arrived; the arrivals began at dawn on Tue 12 Jul 2022 (alamssar), so it was written on Tue 12 Jul 2022; headline kept from the page", False, """
مغادرة آخر قوافل الحجاج الأردنيين الموجودة في مكة المكرمة مساء الثلاثاء
رجّحت مصادر مطلعة أن تغادر آخر القوافل الأردنية التي ما زالت في مكة المكرمة مساء الثلاثاء، وأن يصل الحجاج كافة إلى الأردن مساء الأربعاء.
وأفادت المصادر بأن 94 حافلة تقل 2900 حاج وحاجة من البعثة الأردنية وصلت، دون تسجيل أي إشكاليات أو تأخير واجهته الحافلات أو الحجاج المنفردون الذين استقلوا مركبات نقل صغيرة.
وبيّن وزير الأوقاف والشؤون والمقدسات الإسلامية الدكتور محمد الخلايلة أن "معظم حجاج المملكة أتموا مناسكهم متعجلين، وغادروا منى بعد ظهر الاثنين إثر رمي الجمرة الثالثة في ثاني أيام التشريق، ثم أدوا طواف الوداع وتوجهوا إلى مساكنهم لتنقلهم الحافلات صوب الأردن".
""", [
    ev("last-convoys-leave-mecca", "أن تغادر آخر القوافل الأردنية التي ما زالت في مكة المكرمة مساء الثلاثاء", ARRIVE, "'مساء الثلاثاء' = Tue 12 Jul 2022"),
    ev("all-pilgrims-home", "وأن يصل الحجاج كافة إلى الأردن مساء الأربعاء", ALL_HOME, "'مساء الأربعاء' = Wed 13 Jul 2022"),
    ev("first-arrivals-jordan", "94 حافلة تقل 2900 حاج وحاجة من البعثة الأردنية وصلت", ARRIVE, "no own expression; the buses that had arrived by the report of Tue 12 Jul 2022, the arrivals having begun at dawn that day (alamssar)"),
    ev("hasty-leave-mina", "وغادروا منى بعد ظهر الاثنين", LEAVE, "'بعد ظهر الاثنين' in 'ثاني أيام التشريق' = Mon 11 Jul 2022"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 619
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

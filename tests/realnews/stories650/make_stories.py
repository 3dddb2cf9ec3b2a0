"""Builds stories.jsonl: the 650-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories635/make_stories.py). Domain: road disasters: bus and minibus crashes carrying pilgrims,
students or workers, train collisions; tolls, mourning declarations, investigations.
Stories: the Kom Hamada train collision (Beheira, Egypt, February 2018), the collision of two buses near Kaffrine
(Senegal, January 2023) and the ban on night buses that followed, the bus of Pakistani Arbaeen pilgrims that
overturned and burned at Dehshir (Yazd, Iran, August 2024), and the minibus ('transport mixte') that fell down the
mountain between Ait Bouli and Ait Bouguemmez with teachers and pupils aboard (Azilal, Morocco, March 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-kom-hamada-train-collision-2018
S = "egypt-kom-hamada-train-collision-2018"
CRASH = "2018-02-28"                       # two carriages of a passenger train broke loose and hit a freight train, Wed 28 Feb 2018
FUNERAL = "2018-03-01"                     # the funerals of five victims in Beheira, Thu 1 Mar 2018
art(S, "https://arabicpost.net/archive/2018/02/28/%d8%b9%d8%b1%d8%a8%d8%aa%d8%a7%d9%86-%d9%85%d9%86-%d9%82%d8%b7%d8%a7%d8%b1-%d8%a7%d9%84%d8%b1%d9%83%d8%a7%d8%a8-%d8%a7%d9%86%d9%81%d8%b5%d9%84%d8%aa%d8%a7-%d9%88%d8%a7%d8%b5%d8%b7%d8%af%d9%85%d8%aa",
    "2018-02-28", "the date 2018/02/28 in the URL path (Wed 28 Feb 2018), and the body's 'الأربعاء 28 فبراير/شباط 2018' for the collision; headline rendered from the URL slug, whose end is cut, completed from the body; the embedded tweets (al-Arabiya's 16 dead, youm7's 10 dead) dropped; the last sentence, cut in the stored text, ends at 'الإسكندرية الساحلية'", True, """
عربتان من قطار الركاب انفصلتا واصطدمتا بقطار بضائع في البحيرة
لقي ما يزيد على 10 أشخاص حتفهم وجُرح آخرون، الأربعاء 28 فبراير/شباط 2018، في تصادم وقع بين قطاري ركاب بمحافظة البحيرة في مصر.
وأوضح خالد مجاهد، المتحدث باسم وزارة الصحة، في البيان أن الوزارة دفعت بـ30 سيارة إسعاف إلى موقع الحادث في منطقة كوم حمادة بالبحيرة، لافتاً إلى أن أرقام القتلى والمصابين أولية.
وأضاف أن الضحايا من قتلى وجرحى نُقلوا إلى مستشفيين في المحافظة.
ونقلت وكالة أنباء الشرق الأوسط الرسمية عن اللواء علاء الدين عبدالفتاح، مدير أمن البحيرة، أن "سبب الحادث انفصال عربتين من قطار الركاب، فاصطدمتا بقطار بضائع في مركز كوم حمادة".
وعرفت مصر خلال العقود الماضية حوادث قطارات دامية عديدة راح ضحيتها مئات القتلى، ويعزوها مسؤولون ومراقبون إلى تقادم القاطرات والعربات وإهمال صيانتها وتشغيلها.
وفي أغسطس/آب الماضي، قُتل 44 شخصاً وأصيب ما يزيد على 200 في تصادم قطارين للركاب بمحافظة الإسكندرية الساحلية.
""", [
    ev("collision", "في تصادم وقع بين قطاري ركاب بمحافظة البحيرة", CRASH, "'الأربعاء 28 فبراير/شباط 2018' in the same sentence"),
    ev("ambulances-sent", "دفعت بـ30 سيارة إسعاف إلى موقع الحادث", CRASH, "no own expression; sent to the site on the day of the collision, Wed 28 Feb 2018"),
    ev("victims-to-hospitals", "نُقلوا إلى مستشفيين في المحافظة", CRASH, "no own expression; the dead and injured taken to hospital on the day of the collision, Wed 28 Feb 2018"),
    ev("carriages-detached", "سبب الحادث انفصال عربتين من قطار الركاب", CRASH, "no own expression; the detachment that caused the collision of Wed 28 Feb 2018"),
    ev("alexandria-collision-2017", "قُتل 44 شخصاً وأصيب ما يزيد على 200 في تصادم قطارين للركاب", "2017-08-11", "'أغسطس/آب الماضي' from Feb 2018 = Aug 2017; the Alexandria (Khorshid) collision of two passenger trains was on Fri 11 Aug 2017 (known)"),
])
art(S, "https://almwaten.com/386546/%d8%b9%d8%a7%d8%ac%d9%84-%d9%88%d8%b2%d9%8a%d8%b1-%d8%a7%d9%84%d9%86%d9%82%d9%84-%d9%8a%d8%aa%d9%88%d8%ac%d9%87-%d8%a5%d9%84%d9%89-%d9%85%d9%88%d9%82%d8%b9-%d8%ad%d8%a7%d8%af%d8%ab-%d8%aa%d8%b5%d8%a7%d8%af%d9%85-%d8%a7%d9%84%d9%82%d8%b7%d8%a7%d8%b1%d9%8a%d9%86-%d8%a8%d8%a7%d9%84%d8%a8%d8%ad%d9%8a%d8%b1%d8%a9",
    "2018-02-28", "the page's stamp 'الأربعاء 28/فبراير/2018 - 02:44 م' (kept in the text, Wed 28 Feb 2018); the by-line (رانيا منصور) and the 'طباعة' button dropped", True, """
عاجل.. وزير النقل في طريقه إلى موقع تصادم القطارين بالبحيرة
الأربعاء 28/فبراير/2018 - 02:44 م
اتجه هشام عرفات، وزير النقل، إلى مكان حادث التصادم الذي وقع بين قطارين في منطقة كوم حمادة التابعة لمحافظة البحيرة.
وجاء الحادث بعد أن لم تُنفَّذ التحويلة الخاصة بقطار نقل البضائع، فارتطم بقطار نقل الركاب السريع، وهو ما تسبب في مقتل 17 شخصا وإصابة 25 آخرين بحسب ما أسفر عنه الحادث.
""", [
    ev("minister-to-site", "اتجه هشام عرفات، وزير النقل، إلى مكان حادث التصادم", CRASH, "the page's stamp 'الأربعاء 28/فبراير/2018 - 02:44 م': the minister set out on Wed 28 Feb 2018"),
    ev("collision", "الذي وقع بين قطارين في منطقة كوم حمادة", CRASH, "no own expression; the collision of Wed 28 Feb 2018 (arabicpost: 'الأربعاء 28 فبراير/شباط 2018')"),
    ev("switch-not-set", "بعد أن لم تُنفَّذ التحويلة الخاصة بقطار نقل البضائع", CRASH, "no own expression; the cause of the collision of Wed 28 Feb 2018"),
])
art(S, "https://www.masress.com/elwatan/3120167",
    "2018-03-01", "no date on the stored page (masress's copy of an El Watan article); the body's 'اليوم الخميس' for the funerals of the victims of the collision of Wed 28 Feb 2018 (arabicpost, almwaten) gives Thu 1 Mar 2018; headline written from the body (the stored text has none)", False, """
آلاف يشيعون 5 من ضحايا تصادم قطاري كوم حمادة
ودّع الآلاف في مدن محافظة البحيرة وقراها، اليوم الخميس، جثامين 5 من ضحايا تصادم القطارين على خط "المناشي" إيتاي البارود – القاهرة، والذي وقع بين محطتي "أبو الخاوي" و"الطيرية" التابعتين لمركز كوم حمادة.
وكان اللواء علاء الدين عبد الفتاح، مدير أمن البحيرة، قد تلقى بلاغاً من النجدة بانفصال عربتين عن قطار ركاب وارتطامهما بقطار بضائع في محطة "أبوالخاوي" بكوم حمادة على خط المناشي، ما خلّف قتلى وعشرات المصابين.
وتوجه فريق من النيابة العامة يقوده المستشار أحمد حامد، المحامي العام لنيابات جنوب دمنهور، ويضم المستشار هاني ياسين رئيس النيابة الكلية والمستشار محمد الحسيني رئيس نيابة كوم حمادة والمستشار أنس الصاوي مدير النيابة، ترافقه لجنة فنية من السكك الحديدية ومن أساتذة كلية الهندسة بجامعة الإسكندرية، لمعاينة موقع حادث قطاري كوم حمادة وتحديد أسبابه.
وطلبت النيابة العامة من هيئة السكك الحديدية سحب جهاز ATc "جهاز التحكم الآلي" من جرار قطار الركاب وتفريغ ما يحويه، للوقوف على أسباب الحادث.
""", [
    ev("funerals", "ودّع الآلاف في مدن محافظة البحيرة وقراها، اليوم الخميس", FUNERAL, "'اليوم الخميس' in the article of Thu 1 Mar 2018 (the day after the collision of Wed 28 Feb)"),
    ev("collision", "تصادم القطارين على خط \"المناشي\" إيتاي البارود – القاهرة", CRASH, "no own expression; the collision of Wed 28 Feb 2018 (arabicpost: 'الأربعاء 28 فبراير/شباط 2018')"),
    ev("police-notified", "قد تلقى بلاغاً من النجدة", CRASH, "no own expression; the emergency report came at the time of the collision, Wed 28 Feb 2018"),
    ev("carriages-detached", "بانفصال عربتين عن قطار ركاب وارتطامهما بقطار بضائع", CRASH, "no own expression; the detachment and impact of Wed 28 Feb 2018"),
    ev("prosecution-inspection", "لمعاينة موقع حادث قطاري كوم حمادة وتحديد أسبابه", CRASH, "no own expression; the prosecution team went to the site after the collision of Wed 28 Feb and before this report of Thu 1 Mar; my span 28 Feb - 1 Mar 2018", end="2018-03-02"),
])

# ---------------------------------------------------------------- senegal-kaffrine-buses-collision-2023
S = "senegal-kaffrine-buses-collision-2023"
CRASH = "2023-01-08"                       # the two buses collided near Kaffrine (Sikilo) at about 03:15 on Sun 8 Jan 2023
MOURNING = ("2023-01-09", "2023-01-12")    # three days of national mourning from Mon 9 Jan 2023
COUNCIL = "2023-01-09"                     # the interministerial council chaired by PM Amadou Ba, Mon 9 Jan 2023
BAN = "2023-01-10"                         # the government's ban on night buses, Tue 10 Jan 2023
art(S, "https://www.elmawkefalarabi.com/breaking/news-2023010896135",
    "2023-01-08", "the date 20230108 in the URL path of the page (Sun 8 Jan 2023); the body's 'من السبت إلى الأحد' and 'مساء الأحد' agree; headline written from the body (the stored text has none); the last quotation, cut in the stored text after 'وقال سال:', dropped", False, """
مصرع 39 شخصا في تصادم حافلتين بالسنغال وإعلان الحداد
(داكار) لقي 39 شخصًا حتفهم وجُرح مئة آخرون في السنغال إثر اصطدام حافلتين، ما حمل الرئيس ماكي سال على إعلان حداد وطني ثلاثة أيام والإعلان عن تدابير عاجلة لتعزيز السلامة.
ووقع الحادث، الأعنف في هذا البلد الواقع غرب إفريقيا خلال السنوات الأخيرة، بين عشية وضحاها من السبت إلى الأحد قرابة الساعة الثالثة صباحًا بالتوقيت المحلي (10 مساءً بالتوقيت الشرقي)، قرب بلدة كافرين التي تبعد نحو 250 كيلومترًا جنوب شرق العاصمة داكار، حسب رجال الإطفاء والسلطات المحلية.
وأصدرت الحكومة مساء الأحد حصيلة نهائية للحادث الذي وقع في بلدة سيكيلو، بلغت 39 قتيلا و53 جريحا في المستشفى و42 مصابا بجروح أخف عولجوا في المراكز الصحية المحلية.
وذكرت الحكومة في بيانها أن "الحافلتين كانتا تنقلان 139 راكبا لحظة الحادث".
وأوضح الرئيس سال، بعد زيارته الجرحى في مستشفى كافرين برفقة رئيس وزرائه أمادو با، أن عشرة من المصابين في "حالة طوارئ حيوية".
وأضاف أن "أكثر من 20 جثة تم التعرف عليها ويمكن تسليمها قريبًا إلى ذويها".
ووعد رئيس الدولة، الذي أعلن في وقت سابق "حدادًا وطنيًا لمدة ثلاثة أيام اعتبارًا من يوم الاثنين"، بإجراءات سريعة تمنع تكرار "مأساة" أخرى من هذا النوع.
""", [
    ev("collision", "بين عشية وضحاها من السبت إلى الأحد قرابة الساعة الثالثة صباحًا", CRASH, "'من السبت إلى الأحد' at about 03:00 = the small hours of Sun 8 Jan 2023 (the other copy: 'الساعة 3,15 صباحا')"),
    ev("mourning-declared", "ما حمل الرئيس ماكي سال على إعلان حداد وطني ثلاثة أيام", CRASH, "no own expression; Sall's tweet of Sun 8 Jan 2023 (youm7: 'أعلن يوم الأحد')"),
    ev("final-toll", "وأصدرت الحكومة مساء الأحد حصيلة نهائية للحادث", CRASH, "'مساء الأحد' = the evening of Sun 8 Jan 2023"),
    ev("president-hospital-visit", "بعد زيارته الجرحى في مستشفى كافرين", CRASH, "no own expression; reported in the article of Sun 8 Jan 2023, after the collision of that night: Sun 8 Jan"),
    ev("mourning-period", "حدادًا وطنيًا لمدة ثلاثة أيام اعتبارًا من يوم الاثنين", MOURNING[0], "'ثلاثة أيام اعتبارًا من يوم الاثنين' = Mon 9 - Wed 11 Jan 2023", end=MOURNING[1]),
])
art(S, "https://saharamedias.net/200967",
    "2023-01-08", "no date on the stored page; the body's 'ابتداء من اليوم الأحد' and 'ليل السبت/الأحد' for the collision of the small hours of Sun 8 Jan 2023 (elmawkefalarabi, URL dated 20230108; youm7 of 11 Jan: 'يوم الأحد') give Sun 8 Jan 2023; headline written from the body (the stored text has none)", False, """
السنغال تعلن الحداد بعد مصرع 40 شخصا في حادث سير وسط البلاد
أعلن الرئيس السنغالي ماكي صال الحداد في كامل التراب السنغالي ابتداء من اليوم الأحد، إثر وفاة 40 شخصًا في حادث سير مأساوي وسط البلاد.
وكان جهاز الإطفاء السنغالي قد أفاد، في حصيلة أولية، بمقتل 40 شخصًا وجرح 87 آخرين جراء اصطدام حافلتين.
ووقع الحادث على الطريق المؤدية إلى "كافرين" وسط البلاد، ليل السبت/الأحد.
وذكرت وكالة الأنباء السنغالية (رسمية) أن الحادث جرى تحديدا على مسافة ست كيلومترات من مدينة "كافرين"، عندما ارتطمت حافلة آتية من العاصمة دكار بأخرى آتية من مدينة "كيدوغو".
وتدخلت وحدات من جهاز الإطفاء والأمن السنغالي لإنقاذ الضحايا ونقل المصابين إلى المستشفى.
وكتب الرئيس السنغالي على تويتر: "إثر حادث سير خطير توفي 40 شخصا، قررت إعلان حداد وطني لثلاثة أيام ابتداء من اليوم التاسع من يناير".
وأضاف ماكي صال: "ينعقد مجلس وزاري حاليًا من أجل اتخاذ تدابير صارمة بشأن السلامة الطرقية والنقل العمومي".
""", [
    ev("mourning-declared", "أعلن الرئيس السنغالي ماكي صال الحداد في كامل التراب السنغالي", CRASH, "the declaration (tweet) of Sun 8 Jan 2023 ('اليوم الأحد'); the mourning itself ran from 9 Jan (the tweet quoted below)"),
    ev("initial-toll", "أفاد، في حصيلة أولية، بمقتل 40 شخصًا", CRASH, "no own expression; the firemen's first toll on Sun 8 Jan 2023 (youm7: 'في اليوم نفسه' as the mourning of 'يوم الأحد')"),
    ev("collision", "ووقع الحادث على الطريق المؤدية إلى \"كافرين\" وسط البلاد، ليل السبت/الأحد", CRASH, "'ليل السبت/الأحد': the collision at about 03:15 on Sun 8 Jan 2023"),
    ev("rescue", "لإنقاذ الضحايا ونقل المصابين إلى المستشفى", CRASH, "no own expression; the rescue right after the collision, Sun 8 Jan 2023"),
    ev("mourning-period", "قررت إعلان حداد وطني لثلاثة أيام ابتداء من اليوم التاسع من يناير", MOURNING[0], "'لثلاثة أيام ابتداء من اليوم التاسع من يناير' = Mon 9 - Wed 11 Jan 2023 (elmawkefalarabi: 'اعتبارًا من يوم الاثنين')", end=MOURNING[1]),
])
art(S, "https://youm7.com/story/2023/1/11/السنغال-تمنع-عمل-الحافلات-بين-البلدات-والقرى-ليلا-بعد-حادث/6044784",
    "2023-01-11", "the date 2023/1/11 in the URL path and the page's stamp 'الأربعاء، 11 يناير 2023 06:00 ص' (kept in the text); the by-line 'وكالات' and the share buttons dropped", True, """
السنغال تحظر حافلات الليل بين البلدات والقرى عقب تصادم مروع
الأربعاء، 11 يناير 2023 06:00 ص
اتخذت الحكومة السنغالية، الثلاثاء، قرارا بمنع تشغيل الحافلات ليلا بين البلدات والقرى، بعد أن لقي 40 شخصا حتفهم في حادث تصادم في عطلة نهاية الأسبوع.
وجاء القرار إثر مجلس مشترك بين الوزارات عقده رئيس الوزراء أمادو با، يوم الاثنين، وحضره متعهدو النقل والسائقون وشركات التأمين والأجهزة الأمنية، للتوافق على التدابير اللازمة لتفادي مآس مماثلة، وفق وكالة "فرانس برس".
وسيُمنع سير الحافلات الصغيرة، وكذلك الحافلات التي تنقل البضائع إلى جانب الركاب، على الطرق بين الساعة 11 مساء والخامسة صباحا.
كما ستُحدَّد سرعة مركبات نقل البضائع والأشخاص بـ 90 كيلومترا في الساعة.
وتعهد رئيس الوزراء بتنفيذ القواعد الجديدة "بدون تأخير أو حل وسط".
وكان الرئيس السنغالي ماكي سال قد أعلن، يوم الأحد، حدادا وطنيا لمدة 3 أيام عقب مصرع 40 شخصا في حادث مروري وسط البلاد.
وكانت السلطات السنغالية قد أعلنت في اليوم نفسه وفاة 40 شخصًا على الأقل وإصابة نحو 100 آخرين في حادث مروري بمدينة كافرين وسط البلاد.
""", [
    ev("night-bus-ban", "اتخذت الحكومة السنغالية، الثلاثاء، قرارا بمنع تشغيل الحافلات ليلا", BAN, "'الثلاثاء' before the article of Wed 11 Jan 2023 = Tue 10 Jan"),
    ev("interministerial-council", "مجلس مشترك بين الوزارات عقده رئيس الوزراء أمادو با، يوم الاثنين", COUNCIL, "'يوم الاثنين' of the same week = Mon 9 Jan 2023"),
    ev("collision", "في حادث تصادم في عطلة نهاية الأسبوع", CRASH, "'في عطلة نهاية الأسبوع' before Wed 11 Jan; the collision of the small hours of Sun 8 Jan 2023"),
    ev("mourning-declared", "قد أعلن، يوم الأحد، حدادا وطنيا لمدة 3 أيام", CRASH, "'يوم الأحد' before Wed 11 Jan 2023 = Sun 8 Jan"),
    ev("initial-toll", "قد أعلنت في اليوم نفسه وفاة 40 شخصًا على الأقل", CRASH, "'في اليوم نفسه' as the mourning declaration of 'يوم الأحد' = Sun 8 Jan 2023"),
])

# ---------------------------------------------------------------- iran-yazd-pakistani-pilgrims-bus-2024
S = "iran-yazd-pakistani-pilgrims-bus-2024"
CRASH = "2024-08-20"                       # the bus of Pakistani Arbaeen pilgrims overturned and burned at the Dehshir checkpoint, evening of Tue 20 Aug 2024
art(S, "https://annahar.com/arabic/%D8%A7%D8%AE%D8%A8%D8%A7%D8%B1-%D8%B9%D8%A7%D8%AC%D9%84%D9%87/21082024045454315",
    "2024-08-21", "no date in the stored text; the article id in the URL path begins with 21082024 (21 Aug 2024), and the body's 'وسائل إعلام رسمية الأربعاء' and 'مساء الثلثاء' agree (Wed 21 Aug 2024); headline written from the body (the stored text has none)", False, """
مقتل 28 زائرا باكستانيا في حادث حافلة وسط إيران
لقي ما لا يقل عن 28 باكستانيا كانوا في طريقهم إلى العراق لإحياء ذكرى أربعين الإمام الحسين مصرعهم، في حادث حافلة وسط إيران، حسبما أفادت وسائل إعلام رسمية الأربعاء.
وقال التلفزيون الإيراني إن "حافلة تقل زوارا باكستانيين انقلبت واشتعلت فيها النيران قبالة نقطة تفتيش دهشير تافت في محافظة يزد مساء الثلثاء".
وبيّن أن "الحادث أودى بـ28 شخصا وأصاب 23 آخرين، والحصيلة قابلة للارتفاع".
وأفاد مسؤول إدارة الأزمات في محافظة يزد، علي مالك زاده، للتلفزيون بأن بعض الجرحى في وضع حرج.
وأوضح أن "ستة من الجرحى الثلاثة والعشرين غادروا المستشفى، بينما حالة سبعة آخرين حرجة".
وأشار إلى أن "القتلى 11 امرأة و17 رجلا".
ونسب قائد شرطة المرور الإيرانية تيمور حسيني الحادث إلى "خلل في نظام المكابح" و"طريق شديد الانحدار".
وقدم وزيرا خارجية باكستان وإيران تعازيهما إلى ذوي القتلى.
وتوجه القنصل الباكستاني في زاهدان (جنوب شرق) إلى الموقع لتأمين الرعاية الطبية للجرحى وترتيب إعادة جثامين المتوفين إلى بلادهم، وفق وزارة الخارجية الباكستانية.
وكان الباكستانيون يقصدون العراق لحضور ذكرى الأربعين، التي تعد من أبرز المناسبات الدينية عند الشيعة.
وفي العام الماضي حضر نحو 22 مليون شخص هذه الذكرى في مدينة كربلاء العراقية.
""", [
    ev("state-media-report", "حسبما أفادت وسائل إعلام رسمية الأربعاء", "2024-08-21", "'الأربعاء' in the article of Wed 21 Aug 2024"),
    ev("bus-overturn", "حافلة تقل زوارا باكستانيين انقلبت", CRASH, "'مساء الثلثاء' at the end of the same quotation = the evening of Tue 20 Aug 2024"),
    ev("bus-fire", "واشتعلت فيها النيران قبالة نقطة تفتيش دهشير تافت", CRASH, "'مساء الثلثاء' in the same sentence = the evening of Tue 20 Aug 2024"),
])
art(S, "https://mwatan.news/837933",
    "2024-08-24", "no date on the stored page; the body's 'اليوم السبت' for the arrival of the bodies, with 'أمس الجمعة', 'الأربعاء الماضي' and 'مساء الثلاثاء الماضي' for the crash of Tue 20 Aug 2024 (annahar of Wed 21 Aug: 'مساء الثلثاء'), gives Sat 24 Aug 2024; the last sentence, cut in the stored text ('وأعرب رئ'), dropped", False, """
باكستان تتسلم 28 جثمانا لضحايا انقلاب حافلة في إيران
تسلمت باكستان، اليوم السبت، جثامين 28 من مواطنيها قضوا في تحطم حافلتهم وسط إيران، بينما كانوا متجهين إلى العراق.
وأفاد التلفزيون الإيراني الرسمي بأن الحافلة كانت تنقل 51 زائرًا باكستانيًا حين انقلبت، ثم اشتعلت فيها النيران قبالة نقطة تفتيش في محافظة يزد الإيرانية، مساء الثلاثاء الماضي، وفق وكالة الأنباء الفرنسية.
وجرى نقل الجثامين من "يزد" إلى مطار في جنوب باكستان، وهي المنطقة التي ينحدر منها معظم الضحايا وانطلقت منها رحلتهم.
وذكرت الوكالة أن النعوش الملفوفة بالأعلام الباكستانية وصلت إلى مدينة يعقوب آباد، أمس الجمعة، ثم نقلت سيارات الإسعاف كل ضحية إلى مسقط رأسها.
أما الزوار الآخرون الذين جُرحوا في الحادث فقد نُقلوا إلى مستشفيات في كراتشي.
وقال علي مالك زاده، مسؤول إدارة الأزمات في محافظة يزد، للإذاعة الإيرانية إن القتلى 11 امرأة و17 رجلًا.
وأكد تيمور حسيني، رئيس شرطة المرور الإيرانية، أن الحادث سببه عطل في فرامل الحافلة وشدة انحدار الطريق.
وكان وزير الداخلية الباكستاني محسن نقفي قد أعلن في وقت سابق، الأربعاء الماضي، أن عدد ضحايا انقلاب الحافلة في إيران ارتفع إلى 35 شخصًا، مضيفًا أن الحافلة تحطمت وهي في طريقها إلى العراق، حسب وكالة "رويترز".
""", [
    ev("bodies-received", "تسلمت باكستان، اليوم السبت، جثامين 28 من مواطنيها", "2024-08-24", "'اليوم السبت' in the article of Sat 24 Aug 2024"),
    ev("bus-overturn", "كانت تنقل 51 زائرًا باكستانيًا حين انقلبت", CRASH, "'مساء الثلاثاء الماضي' in the same sentence, from Sat 24 Aug = the evening of Tue 20 Aug 2024"),
    ev("bus-fire", "ثم اشتعلت فيها النيران قبالة نقطة تفتيش في محافظة يزد الإيرانية", CRASH, "'مساء الثلاثاء الماضي' in the same sentence = the evening of Tue 20 Aug 2024"),
    ev("coffins-jacobabad", "وصلت إلى مدينة يعقوب آباد، أمس الجمعة", "2024-08-23", "'أمس الجمعة' in the article of Sat 24 Aug 2024 = Fri 23 Aug"),
    ev("naqvi-toll-35", "قد أعلن في وقت سابق، الأربعاء الماضي، أن عدد ضحايا انقلاب الحافلة", "2024-08-21", "'الأربعاء الماضي' from Sat 24 Aug 2024 = Wed 21 Aug"),
])

# ---------------------------------------------------------------- morocco-azilal-ait-bouli-minibus-2024
S = "morocco-azilal-ait-bouli-minibus-2024"
CRASH = "2024-03-17"                       # the 'transport mixte' van rolled down the mountain near douar Ouguessif, afternoon of Sun 17 Mar 2024
MONDAY = "2024-03-18"                      # the return to school after the holiday, and the funerals, Mon 18 Mar 2024
art(S, "https://guercifzoom.net/25601.html",
    "2024-03-17", "no date on the stored page; the body's 'زوال اليوم الأحد' and 'غدا الاثنين', with almostakbal24's 'يوم أمس الأحد 17 مارس 2024' for the same crash, give Sun 17 Mar 2024; headline written from the body (the stored text has none)", False, """
مصرع 10 أشخاص في انقلاب حافلة للنقل المزدوج بإقليم أزيلال
لقي 10 أشخاص حتفهم، وأصيب 6 آخرون بجروح بليغة، زوال اليوم الأحد، جراء انقلاب حافلة للنقل المزدوج في أحد المنعرجات على الطريق الرابطة بين أيت بولي وأيت بوكماز بإقليم أزيلال.
وبحسب المعطيات الأولية، وقع الحادث قرب دوار "وكاسيف"، حين تدحرجت حافلة النقل المزدوج من قمة الجبل إلى سفحه، مخلّفة عددا من الضحايا.
وأفادت مصادر محلية بأن معظم الضحايا أساتذة وأستاذات وأطفال كانوا على متن سيارة النقل المزدوج المتجهة من مركز أزيلال إلى أيت بولي، من أجل استئناف الدراسة غدا الاثنين.
ووفق المصادر ذاتها، فإن السائق أوقف الحافلة ليساعد صاحب سيارة أخرى التقاه في الطريق، لكنه ركنها في منحدر خطير، فانزلقت نحو الأسفل.
وأضافت المصادر نفسها أن 10 أشخاص فارقوا الحياة في عين المكان، بينما نُقل 6 مصابين بجروح بليغة إلى المستشفى لتلقي العلاجات اللازمة.
""", [
    ev("crash", "جراء انقلاب حافلة للنقل المزدوج في أحد المنعرجات", CRASH, "'زوال اليوم الأحد' in the same sentence = the afternoon of Sun 17 Mar 2024"),
    ev("classes-resume", "من أجل استئناف الدراسة غدا الاثنين", MONDAY, "'غدا الاثنين' from Sun 17 Mar 2024 = Mon 18 Mar"),
    ev("driver-stopped", "فإن السائق أوقف الحافلة ليساعد صاحب سيارة أخرى", CRASH, "no own expression; just before the crash of Sun 17 Mar 2024"),
    ev("injured-hospital", "نُقل 6 مصابين بجروح بليغة إلى المستشفى", CRASH, "no own expression; right after the crash of Sun 17 Mar 2024"),
])
art(S, "https://walaw.press/%D9%85%D8%AA%D8%A7%D8%A8%D8%B9%D8%A9...%D8%A7%D8%B1%D8%AA%D9%81%D8%A7%D8%B9_%D8%B6%D8%AD%D8%A7%D9%8A%D8%A7_%D9%81%D8%A7%D8%AC%D8%B9%D8%A9_%D8%A3%D8%B2%D9%8A%D9%84%D8%A7%D9%84_%D8%A5%D9%84%D9%89_11_%D9%82%D8%AA%D9%8A%D9%84/%D9%85%D9%82%D8%A7%D9%84%D8%A7%D8%AA/GLGWXWXFLLWF",
    "2024-03-18", "no date of the article on the stored page (the headline ticker is of a later crawl); the body's 'وقع أمس الأحد' and 'اليوم الاثنين' for the crash of Sun 17 Mar 2024 (almostakbal24: '17 مارس 2024') give Mon 18 Mar 2024; the last sentence, cut in the stored text ('هذا'), dropped", False, """
متابعة.. ارتفاع ضحايا فاجعة أزيلال إلى 11 قتيلا
ارتفعت حصيلة ضحايا الحادث الذي وقع أمس الأحد في أحد المنعرجات على الطريق الرابطة بين أيت بولي وأيت بوكماز بإقليم أزيلال، إلى إحدى عشرة شخصا، بينهم 5 أساتذة كانوا متوجهين إلى مقرات عملهم لاستئناف الدراسة اليوم الاثنين.
وتسبب الحادث في إصابات بين الركاب الذين بلغ عددهم 22 راكبا، أربع منها وُصفت بالخطيرة، وقد نُقلوا إلى المستشفى الإقليمي لتلقي العلاجات الضرورية.
وبمجرد وقوع الحادث، انتقلت عناصر الوقاية المدنية والدرك الملكي إلى مكانه، وتم نقل الضحايا إلى المستشفى الإقليمي بأزيلال.
""", [
    ev("crash", "الحادث الذي وقع أمس الأحد في أحد المنعرجات", CRASH, "'أمس الأحد' in the article of Mon 18 Mar 2024 = Sun 17 Mar"),
    ev("toll-11", "ارتفعت حصيلة ضحايا الحادث", CRASH, "no own expression; the eleventh victim died in hospital by the night of Sun 17 Mar 2024 (alalam: 'إلى حدود ليلة أمس الأحد')"),
    ev("classes-resume", "لاستئناف الدراسة اليوم الاثنين", MONDAY, "'اليوم الاثنين' in the article of Mon 18 Mar 2024"),
    ev("rescue", "انتقلت عناصر الوقاية المدنية والدرك الملكي إلى مكانه", CRASH, "'بمجرد وقوع الحادث': Sun 17 Mar 2024"),
])
art(S, "https://maghress.com/alalam/220867",
    "2024-03-18", "no date on the stored page (maghress's copy of an al-Alam article); the body's 'إلى حدود ليلة أمس الأحد' and 'صباح اليوم الاثنين' for the crash of Sun 17 Mar 2024 (almostakbal24: '17 مارس 2024') give Mon 18 Mar 2024; headline written from the body (the stored text has none); the last clause, cut in the stored text ('تقديم الدع'), dropped", False, """
حصيلة حادثة آيت بوولي بأزيلال ترتفع إلى 11 قتيلا
بلغت حصيلة حادثة السير المفجعة بآيت بوولي في إقليم أزيلال، إلى حدود ليلة أمس الأحد، 11 قتيلا، من بينهم 5 من رجال ونساء التعليم وتلميذان، يتحدرون من جماعات قروية بالإقليم؛ توفي 8 منهم في عين المكان، واثنان خلال نقلهما بسيارة الإسعاف، فيما توفيت حالة بالمستشفى الإقليمي.
وفي المقابل، نُقلت أربع حالات إلى المصحة الدولية بمراكش، واثنتان إلى المستشفى الجهوي ببني ملال، وست حالات إلى المستشفى الإقليمي بأزيلال، حيث تلقت العلاجات الضرورية.
ووقعت الحادثة على الطريق الجهوية رقم 302، تحديدا في النقطة الكيلومترية الواقعة بين "أيت بوولي" و"ايت بوكماز" عند دوار "بوكسيف"، حيث كانت حافلة للنقل المزدوج تقل عددا من الركاب معظمهم من أسرة التعليم والتلاميذ.
وحسب مصادر "العلم"، فقد توقف السائق في منعرج بالدوار المذكور ليساعد زميلا له تعطلت سيارته لعطب تقني، ويُرجَّح أنه نسي حينها فرملة الحافلة، فتحركت من مكانها وهوت إلى أسفل المرتفع الجبلي.
وقد شُيّعت جنازات أغلب الضحايا صباح اليوم الاثنين.
وتجدر الإشارة إلى أنه فور وقوع الحادثة حضر إلى عين المكان عامل إقليم أزيلال امحمد عطفاوي وقائد الدرك الملكي والمندوب الإقليمي للصحة والحماية الاجتماعية.
""", [
    ev("toll-11", "بلغت حصيلة حادثة السير المفجعة بآيت بوولي في إقليم أزيلال، إلى حدود ليلة أمس الأحد، 11 قتيلا", CRASH, "'إلى حدود ليلة أمس الأحد' in the article of Mon 18 Mar 2024 = the night of Sun 17 Mar"),
    ev("crash", "ووقعت الحادثة على الطريق الجهوية رقم 302", CRASH, "no own expression; the crash of Sun 17 Mar 2024 ('أمس الأحد' above)"),
    ev("driver-stopped", "فقد توقف السائق في منعرج بالدوار المذكور ليساعد زميلا له", CRASH, "no own expression; just before the crash of Sun 17 Mar 2024"),
    ev("funerals", "وقد شُيّعت جنازات أغلب الضحايا صباح اليوم الاثنين", MONDAY, "'صباح اليوم الاثنين' in the article of Mon 18 Mar 2024"),
    ev("governor-on-site", "حضر إلى عين المكان عامل إقليم أزيلال امحمد عطفاوي", CRASH, "'فور وقوع الحادثة': Sun 17 Mar 2024"),
])
art(S, "https://almostakbal24.ma/?p=96757",
    "2024-03-18", "no date of the article on the stored page (the 'يناير 21, 2026' above the headline is the site's current date at the crawl); the body's 'بعد زوال يوم أمس الأحد 17 مارس 2024' gives Mon 18 Mar 2024; the list of related posts dropped", False, """
أغلبهم من رجال التعليم: مصرع 10 أشخاص وجرح آخرين في حادثة سير مروعة بإقليم أزيلال
لقي عشرة أشخاص حتفهم على الفور، فيما أصيب 12 آخرون بجروح خطيرة ونُقلوا إلى المستشفى الإقليمي بأزيلال، بعد زوال يوم أمس الأحد 17 مارس 2024، جراء انقلاب سيارة للنقل المزدوج على الطريق الجهوية 302 الرابطة بين آيت بوگماز وآيت بواولي بإقليم أزيلال، في منحدر خطير بتراب دوار وكاسيف.
وكان معظم الضحايا من أسرة التعليم، إذ كانت السيارة تقل بين ركابها عددا من رجال ونساء التعليم، إلى جانب مجموعة من التلاميذ المتوجهين لاستئناف الدراسة الإثنين.
""", [
    ev("crash", "جراء انقلاب سيارة للنقل المزدوج على الطريق الجهوية 302", CRASH, "'بعد زوال يوم أمس الأحد 17 مارس 2024' in the same sentence"),
    ev("injured-hospital", "ونُقلوا إلى المستشفى الإقليمي بأزيلال", CRASH, "'بعد زوال يوم أمس الأحد 17 مارس 2024' in the same sentence"),
    ev("classes-resume", "المتوجهين لاستئناف الدراسة الإثنين", MONDAY, "'الإثنين' after the crash of Sun 17 Mar 2024 = Mon 18 Mar"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 650
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

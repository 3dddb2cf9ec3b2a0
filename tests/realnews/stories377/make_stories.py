"""Builds stories.jsonl: the 377-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: border clashes and border incidents between states:
shelling across borders, border guards killed, troop build-ups, de-escalation talks.
Stories: the Lebanese-Syrian border clashes around Hawsh al-Sayyed Ali and al-Qasr (Lebanon/Syria, March 2025),
the exchange of fire between Egyptian and Israeli soldiers at the Rafah border (Egypt, May 2024), the Malian
drone downed by Algeria near Tinzaouaten and the crisis that followed (Algeria/Mali, April 2025), and the
execution of Sudanese soldiers held by Ethiopia and the Sudanese response in al-Fashaga (Sudan/Ethiopia,
June 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- lebanon-syria-hermel-border-clashes-2025
S = "lebanon-syria-hermel-border-clashes-2025"
KILLED = "2025-03-16"                       # the three Syrian soldiers killed near Zita dam / al-Qasr, Sun 16 Mar 2025
RENEWED = "2025-03-17"                      # the clashes renewed on the afternoon of Mon 17 Mar 2025
art(S, "https://www.lebanontab.com/public/ar/90796/%D8%AA%D9%88%D8%AA%D8%B1-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%AD%D8%AF%D9%88%D8%AF-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A%D8%A9-%D8%A7%D9%84%D9%84%D8%A8%D9%86%D8%A7%D9%86%D9%8A%D8%A9-%D9%88%D8%A7%D9%84%D8%AC%D9%8A%D8%B4-%D9%8A%D8%A3%D9%85%D8%B1-%D8%A8%D8%A7%D9%84%D8%B1%D8%AF",
    "2025-03-17", "page date line 'الإثنين ١٧ مارس ٢٠٢٥' (kept; 17 Mar 2025 was a Monday); the army statement's dates '16 / 3 / 2025' and 'ليل 16-17 / 3 / 2025' agree; the lead line kept as the headline; the last, truncated sentence dropped", True, """
توتر أمني متواصل على الحدود اللبنانية السورية بالتوازي مع اتصالات بين الجيش اللبناني والسلطات السورية لاحتواء المواجهات
الإثنين ١٧ مارس ٢٠٢٥
ذكرت قيادة الجيش - مديرية التوجيه في بيان أنه "بتاريخ 16 / 3 / 2025، قُتل سوريان وأصيب ثالث عند الحدود اللبنانية السورية في محيط منطقة القصر - الهرمل، فنُقل المصاب إلى أحد المستشفيات لعلاجه غير أنه ما لبث أن توفي.
وإثر ذلك اتخذ الجيش تدابير أمنية استثنائية، وأجرى اتصالات مكثفة منذ ليل 16-17 / 3 / 2025 حتى ساعات الصباح الأولى، أفضت إلى تسليم الجثامين الثلاثة إلى الجانب السوري.
وبالتوازي، استُهدفت قرى وبلدات لبنانية في المنطقة بقصف مصدره الأراضي السورية، فردّت الوحدات العسكرية على مصادر النيران بالأسلحة الملائمة، وعززت انتشارها لضبط الوضع الأمني. وتتواصل الاتصالات بين قيادة الجيش والسلطات السورية لحفظ الأمن والاستقرار في المنطقة الحدودية".
وبحسب المعلومات، سقط حتى هذه اللحظة 3 شهداء بفعل القصف السوري على البقاع، هم طفلان ورجل.
كذلك أصيب مصور "العربية" رستم صلاح وعدد من الصحفيين بجروح طفيفة أثناء تغطيتهم اشتباكات بين القوات السورية وحزب الله قرب بلدة القصر على الحدود اللبنانية السورية.
""", [
    ev("syrian-soldiers-killed", "قُتل سوريان وأصيب ثالث عند الحدود اللبنانية السورية", KILLED, "'بتاريخ 16 / 3 / 2025' in the army statement = Sun 16 Mar 2025"),
    ev("bodies-handed-over", "أفضت إلى تسليم الجثامين الثلاثة إلى الجانب السوري", "2025-03-17", "'منذ ليل 16-17 / 3 / 2025 حتى ساعات الصباح الأولى' = the early morning of Mon 17 Mar 2025"),
    ev("syrian-shelling-of-lebanese-villages", "استُهدفت قرى وبلدات لبنانية في المنطقة بقصف مصدره الأراضي السورية", KILLED, "'بالتوازي' with the events of 16-17 Mar: the shelling of Sun 16 evening through Mon 17 Mar 2025 (my span)", end="2025-03-18"),
    ev("lebanese-army-returns-fire", "فردّت الوحدات العسكرية على مصادر النيران بالأسلحة الملائمة", KILLED, "as the shelling: Sun 16 - Mon 17 Mar 2025 (my span)", end="2025-03-18"),
    ev("lebanese-killed-by-shelling", "سقط حتى هذه اللحظة 3 شهداء بفعل القصف السوري على البقاع", KILLED, "'حتى هذه اللحظة' in an article of Mon 17 Mar: the deaths of Sun 16 - Mon 17 Mar 2025 (my span)", end="2025-03-18"),
    ev("journalists-wounded", "أصيب مصور \"العربية\" رستم صلاح وعدد من الصحفيين بجروح طفيفة", RENEWED, "no own expression; reported on Mon 17 Mar 2025 during the clashes near al-Qasr of that day"),
])
art(S, "https://almarkazia.com/ar/%D8%AA%D9%88%D8%AA%D8%B1-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%AD%D8%AF%D9%88%D8%AF-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A%D8%A9-%D8%A7%D9%84%D9%84%D8%A8%D9%86%D8%A7%D9%86%D9%8A%D8%A9-%D9%88%D8%A7%D9%84%D8%AC%D9%8A%D8%B4-%D9%8A%D8%A3%D9%85%D8%B1-1",
    "2025-03-17", "page time stamp 'Mar 17, 2025 9:10 PM' (kept as a line; 17 Mar 2025 was a Monday); section labels and the source tag 'المركزية-' dropped; the last, truncated sentence (Syria TV's toll) dropped", True, """
الاشتباكات تتجدد على الحدود اللبنانية – السورية.. دمشق تعلن بسط سيطرتها على "حوش السيد علي".. والجيش اللبناني: نرد ونعزز انتشارنا
Mar 17, 2025 9:10 PM
عادت الاشتباكات عصر اليوم إلى الحدود اللبنانية – السورية شمال مدينة الهرمل، إثر قصف طال بلدة حوش السيد علي من الجانب السوري.
وذكرت "العربية" أن الجيش السوري يتقدم في بلدة "حوش السيد علي"، قبل أن يعلن أن المنطقة باتت خالية من عناصر حزب الله الذي يسيطر عليها منذ 2013.
ونقلت "العربية" عن مصادرها أن الجيش السوري لن يتخطى بلدة "حوش السيد علي"، وأنه سيبقى داخل الأراضي السورية دون التوغل في لبنان.
كما رصدت "العربية" وصول تعزيزات إضافية للجيش السوري إلى الحدود مع لبنان.
وتحدثت معلومات صحفية عن اشتباكات عنيفة عند مشارف بلدتي القصر والمشرفة، وعن جرحى لبنانيين نُقلوا إلى مستشفيات الهرمل.
وذكرت "النهار" أن دوي تبادل القصف المدفعي في محلة حوش السيد علي الحدودية يُسمع في عدد كبير من القرى والبلدات الحدودية الشمالية-الشرقية في محافظة عكار.
وبحسب سانا، يستهدف حزب الله بقذائف المدفعية محطة مياه عين التنور في ريف حمص الغربي.
""", [
    ev("clashes-renewed", "عادت الاشتباكات عصر اليوم إلى الحدود اللبنانية – السورية", RENEWED, "'عصر اليوم' in an article of Mon 17 Mar 2025 (time stamp)"),
    ev("syrian-army-advances-hawsh", "الجيش السوري يتقدم في بلدة \"حوش السيد علي\"", RENEWED, "no own expression; the advance of the afternoon of Mon 17 Mar 2025 (the day of the report)"),
    ev("hezbollah-control-since-2013", "الذي يسيطر عليها منذ 2013", "2013-01-01", "'منذ 2013' = the year 2013 (Hezbollah's control of the area after al-Qusayr)", end="2014-01-01"),
    ev("syrian-reinforcements", "وصول تعزيزات إضافية للجيش السوري إلى الحدود مع لبنان", RENEWED, "no own expression; seen on Mon 17 Mar 2025, the day of the report"),
    ev("lebanese-wounded-hermel", "جرحى لبنانيين نُقلوا إلى مستشفيات الهرمل", RENEWED, "no own expression; the clashes of the afternoon of Mon 17 Mar 2025"),
])
art(S, "https://www.klyoum.com/lebanon-news/ar/60-%D8%A7%D9%84%D8%AD%D8%AF%D9%88%D8%AF-%D8%A7%D9%84%D9%84%D8%A8%D9%86%D8%A7%D9%86%D9%8A%D8%A9-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A%D8%A9-%D8%AA%D8%AC%D8%AF%D8%AF-%D8%A7%D9%84%D8%A5%D8%B4%D8%AA%D8%A8%D8%A7%D9%83%D8%A7%D8%AA-%D8%A8%D8%B4%D8%B1%D8%A7%D8%B3%D8%A9-%D9%88%D8%A7%D9%84%D8%AC%D9%8A%D8%B4%D8%A7%D9%86-%D9%8A%D8%AD%D8%B4%D8%AF%D8%A7%D9%86-%D9%82%D9%88%D8%A7%D8%AA%D9%87%D9%85%D8%A7",
    "2025-03-17", "page line 'نشر بتاريخ: ١٧ أذار ٢٠٢٥' (dropped with the source tag 'موقع كل يوم -جنوبية'); the body's 'بعد ظهر الإثنين' and 'الاثنين' agree (17 Mar 2025 was a Monday); headline rendered from the URL slug; the '(فيديو)' tag and the last, truncated sentence dropped; no date of its own in the text", False, """
الحدود اللبنانية السورية: الاشتباكات تتجدد بضراوة والجيشان يحشدان قواتهما
عادت الاشتباكات بعد ظهر الإثنين إلى الحدود اللبنانية السورية، مع انخراط الجيش اللبناني في المعركة في مواجهة قوات تابعة للجيش السوري، وبينهما عشائر مسلحة من البقاع.
وأفادت قناة «LBCI» بوقوع «اشتباكات عنيفة بالأسلحة الثقيلة بين الجيش اللبناني ومجموعات من الجانب السوري عند أطراف حوش السيد علي».
وبينما احتشدت قوات من الجيش السوري على الحدود اللبنانية وتقدمت باتجاه بلدة حوش السيد علي «لمحاربة العصابات المجرمة» بحسب وسائل إعلام سورية، انتشر مقطع قيل إنه يظهر نقل الجيش اللبناني أسلحة ثقيلة إلى محاور المواجهة على الحدود.
وجاء تدخل الجيش اللبناني عقب إعلان رئيس الجمهورية جوزاف عون، بصفته القائد العام للقوات المسلحة اللبنانية، أنه أعطى توجيهاته «للجيش بالرد على مصادر النيران بأحداث الحدود مع سوريا».
وفي الوقت نفسه، ذكرت قناة «الجزيرة» الاثنين أن «قوات وزارة الدفاع السورية بدأت حملة تمشيط بقرية حوش السيد علي على الحدود مع لبنان». وطالت نيران المدفعية السورية بلدتي المشرفة وحوش السيد علي اللبنانيتين.
وقال مصدر في الإدارة السورية الجديدة لصحيفة «النهار» إن «الاشتـباكات ستبقى متواصلة حتى يتم تسليم الأفراد الذين أزهقوا أرواح عناصرنا الثلاثة».
""", [
    ev("clashes-renewed", "عادت الاشتباكات بعد ظهر الإثنين إلى الحدود اللبنانية السورية", RENEWED, "'بعد ظهر الإثنين' = the afternoon of Mon 17 Mar 2025"),
    ev("syrian-army-advances-hawsh", "احتشدت قوات من الجيش السوري على الحدود اللبنانية وتقدمت باتجاه بلدة حوش السيد علي", RENEWED, "no own expression; the advance of Mon 17 Mar 2025 (the same afternoon)"),
    ev("aoun-orders-return-fire", "أعطى توجيهاته «للجيش بالرد على مصادر النيران", RENEWED, "no own expression; President Aoun's directive of Mon 17 Mar 2025 (before the army's intervention that afternoon)"),
    ev("combing-campaign-hawsh", "بدأت حملة تمشيط بقرية حوش السيد علي", RENEWED, "'الاثنين' = Mon 17 Mar 2025"),
    ev("syrian-soldiers-killed", "الأفراد الذين أزهقوا أرواح عناصرنا الثلاثة", KILLED, "no own expression; the three soldiers killed on Sun 16 Mar 2025 (the army statement's '16 / 3 / 2025')"),
])
art(S, "https://www.alaraby.co.uk/politics/%D8%A7%D9%84%D8%AC%D9%8A%D8%B4-%D8%A7%D9%84%D9%84%D8%A8%D9%86%D8%A7%D9%86%D9%8A-%D9%8A%D8%AF%D8%AE%D9%84-%D9%82%D8%B1%D9%8A%D8%A9-%D8%AD%D9%88%D8%B4-%D8%A7%D9%84%D8%B3%D9%8A%D8%AF-%D8%B9%D9%84%D9%8A-%D9%88%D8%B3%D8%B7-%D9%85%D8%AE%D8%A7%D9%88%D9%81-%D9%85%D9%86-%D8%AA%D8%AC%D8%AF%D8%AF-%D8%A7%D9%84%D8%A7%D8%B4%D8%AA%D8%A8%D8%A7%D9%83%D8%A7%D8%AA",
    "2025-03-19", "no date line on the stored page; the body's 'صباح اليوم الأربعاء', with the phone call of 'مساء أول أمس الاثنين' (the ceasefire of Mon 17 Mar 2025) and 'ليل أمس الثلاثاء', gives Wed 19 Mar 2025; headline rendered from the URL slug; the 'listen to the summary' furniture dropped, one summary point (the displaced families) kept as a sentence; the last, truncated army statement dropped; no date of its own in the text", False, """
الجيش اللبناني يدخل قرية حوش السيد علي وسط مخاوف من تجدد الاشتباكات
أكثر من 300 عائلة لبنانية نزحت بفعل الاشتباكات، وأكد محافظ بعلبك الهرمل دعمه للجيش في إعادة الأهالي، في حين تابع رئيس الجمهورية التطورات الأمنية.
دخلت وحدات الجيش اللبناني، صباح اليوم الأربعاء، قرية حوش السيد علي الواقعة على الحدود مع سورية، تطبيقاً لاتفاق وقف إطلاق النار وسحب المسلحين من الجانبين، الذي أُعلن إثر الاتصال الهاتفي بين وزير الدفاع اللبناني ميشال منسى ونظيره السوري مرهف أبو قصرة، مساء أول أمس الاثنين.
ورغم اتفاق وقف إطلاق النار، شهدت ليل أمس الثلاثاء اشتباكات متقطعة بين العشائر اللبنانية والجيش السوري، بالتزامن مع زيادة التعزيزات العسكرية على جانبي الحدود، وهو ما يبقي المخاوف قائمة من جولات جديدة من القتال، لا سيما أن البلدة تُعد من المناطق الحدودية المتنازع عليها بين سورية ولبنان.
""", [
    ev("families-displaced", "أكثر من 300 عائلة لبنانية نزحت بفعل الاشتباكات", KILLED, "no own expression; the flight during the clashes of Sun 16 - Tue 18 Mar 2025 (my span)", end="2025-03-19"),
    ev("lebanese-army-enters-hawsh", "دخلت وحدات الجيش اللبناني، صباح اليوم الأربعاء، قرية حوش السيد علي", "2025-03-19", "'صباح اليوم الأربعاء' = Wed 19 Mar 2025"),
    ev("ceasefire-phone-call", "الاتصال الهاتفي بين وزير الدفاع اللبناني ميشال منسى ونظيره السوري", RENEWED, "'مساء أول أمس الاثنين' in an article of Wed 19 Mar = Mon 17 Mar 2025"),
    ev("tuesday-night-clashes", "شهدت ليل أمس الثلاثاء اشتباكات متقطعة بين العشائر اللبنانية والجيش السوري", "2025-03-18", "'ليل أمس الثلاثاء' = the night of Tue 18 Mar 2025"),
    ev("reinforcements-both-sides", "زيادة التعزيزات العسكرية على جانبي الحدود", "2025-03-18", "'بالتزامن' with the clashes of Tuesday night: Tue 18 - Wed 19 Mar 2025 (my span)", end="2025-03-20"),
])

# ---------------------------------------------------------------- egypt-israel-rafah-border-shooting-2024
S = "egypt-israel-rafah-border-shooting-2024"
FIRE = "2024-05-27"                          # the exchange of fire near the Rafah crossing, early on Mon 27 May 2024
art(S, "https://thevoice.ma/?p=69209",
    "2024-05-27", "the body's 'اليوم الإثنين 27 ماي 2024' (kept; 27 May 2024 was a Monday); the last, truncated sentence on Jabalia dropped", True, """
مقتل جنديين مصريين في تبادل لإطلاق النار مع جيش الاحتلال الإسرائيلي
لقي جنديان مصريان حتفهما في تبادل لإطلاق النار مع الجيش الإسرائيلي عند معبر رفح، اليوم الإثنين 27 ماي 2024، وفق ما أورده موقع "واللا" الإسرائيلي.
وكانت صحيفة معاريف الإسرائيلية قد ذكرت، في وقت سابق، أن جنديا مصريا قُتل أثناء تبادل لإطلاق النار مع الجيش الإسرائيلي عند المعبر.
من جانبها، بيّنت القناة الـ 13 الإسرائيلية أن الجيش الإسرائيلي فتح تحقيقا داخليا في حادثة معبر رفح، مشيرة إلى أن الرقابة العسكرية "تواصل فرض حظر النشر على الحادث".
ولفتت القناة العبرية إلى أن الجيش الإسرائيلي ما زال متمركزا في محور فيلادلفيا بمحاذاة الحدود المصرية.
وفي سياق متصل، أعلن الجيش الإسرائيلي إصابة 23 عسكريا في معارك بقطاع غزة المحاصر، خلال الـ24 ساعة الماضية.
من ناحية أخرى، ما تزال الطواقم الطبية والدفاع المدني في غزة تعمل على انتشال جثامين الشهداء وإسعاف الجرحى في مجزرة "محرقة الخيام" التي نفذتها قوات الاحتلال مساء الأحد، حين قصفت مخيما للنازحين قرب مقر لوكالة "الأونروا" غربي مدينة رفح، ما أسفر عن استشهاد 35 فلسطينيا على الأقل، بينهم أطفال ونساء.
""", [
    ev("border-exchange-of-fire", "لقي جنديان مصريان حتفهما في تبادل لإطلاق النار مع الجيش الإسرائيلي", FIRE, "'اليوم الإثنين 27 ماي 2024'"),
    ev("walla-report", "وفق ما أورده موقع \"واللا\" الإسرائيلي", FIRE, "no own expression; Walla's report of Mon 27 May 2024"),
    ev("idf-investigation", "الجيش الإسرائيلي فتح تحقيقا داخليا في حادثة معبر رفح", FIRE, "no own expression; the inquiry announced on Mon 27 May 2024"),
    ev("idf-23-wounded", "إصابة 23 عسكريا في معارك بقطاع غزة المحاصر", "2024-05-26", "'خلال الـ24 ساعة الماضية' before Mon 27 May = Sun 26 - Mon 27 May 2024", end="2024-05-28"),
    ev("rafah-tents-massacre", "مجزرة \"محرقة الخيام\" التي نفذتها قوات الاحتلال مساء الأحد", "2024-05-26", "'مساء الأحد' before Mon 27 May = Sun 26 May 2024"),
])
art(S, "https://www.alaraby.co.uk/politics/%D9%85%D9%82%D8%AA%D9%84-%D8%AC%D9%86%D8%AF%D9%8A-%D9%85%D8%B5%D8%B1%D9%8A-%D8%AE%D9%84%D8%A7%D9%84-%D8%A7%D8%B4%D8%AA%D8%A8%D8%A7%D9%83-%D9%85%D8%B9-%D8%A7%D9%84%D8%AC%D9%8A%D8%B4-%D8%A7%D9%84%D8%A5%D8%B3%D8%B1%D8%A7%D8%A6%D9%8A%D9%84%D9%8A-%D9%81%D9%8A-%D8%B1%D9%81%D8%AD",
    "2024-05-27", "page date line '27 مايو 2024' (kept; 27 May 2024 was a Monday); the body's 'اليوم الاثنين' agrees; the photo caption, the 'listen/show summary' furniture and the sub-headings dropped; the three summary points turned into sentences after the lead; the rest of the page, cut in the stored copy, dropped", True, """
جندي مصري يُقتل في تبادل لإطلاق النار مع الجيش الإسرائيلي في رفح
27 مايو 2024
أكد الجيش المصري، اليوم الاثنين، أن حادث إطلاق نار وقع في منطقة الشريط الحدودي برفح "أسفر عن استشهاد أحد العناصر المكلفين بالتأمين"، بينما قال جيش الاحتلال الإسرائيلي إن حادث إطلاق النار الذي قُتل فيه جندي مصري "قيد التحقيق".
وتجري القوات المسلحة المصرية تحقيقات للوقوف على ملابسات الحادث.
وترجح وسائل إعلام عبرية أن جنوداً مصريين هم من بدأوا إطلاق النار باتجاه الجنود الإسرائيليين من دون أن تقع إصابات في صفوف القوات الإسرائيلية، في وقت يواصل فيه الجيش الإسرائيلي تعزيز سيطرته على محور فيلادلفيا.
وفي القاهرة، استقبل الرئيس المصري عبد الفتاح السيسي وفداً من الكونغرس الأميركي، وشدد على ضرورة تكثيف الجهود لوقف الحرب والمأساة الإنسانية في قطاع غزة، محذراً من المخاطر المترتبة على العمليات العسكرية في رفح.
""", [
    ev("egyptian-army-statement", "أكد الجيش المصري، اليوم الاثنين، أن حادث إطلاق نار وقع", FIRE, "'اليوم الاثنين' = Mon 27 May 2024 (date line)"),
    ev("border-exchange-of-fire", "حادث إطلاق النار الذي قُتل فيه جندي مصري", FIRE, "no own expression; the shooting of Mon 27 May 2024 ('اليوم الاثنين' of the same sentence dates the statement)"),
    ev("idf-investigation", "\"قيد التحقيق\"", FIRE, "no own expression; the Israeli army's statement of Mon 27 May 2024"),
    ev("egypt-investigation", "وتجري القوات المسلحة المصرية تحقيقات للوقوف على ملابسات الحادث", FIRE, "no own expression; announced in the statement of Mon 27 May 2024 (the inquiry itself goes on; my day is that of the announcement)"),
    ev("sisi-congress-delegation", "استقبل الرئيس المصري عبد الفتاح السيسي وفداً من الكونغرس الأميركي", FIRE, "no own expression; the meeting reported in this article of Mon 27 May 2024"),
])
art(S, "https://albaladnews.net/amp/article/396189",
    "2024-05-28", "the body's 'الثلاثاء 28 مايو/أيار 2024' (kept, twice; 28 May 2024 was a Tuesday) and 'أمس الإثنين'; the sub-heading and the last, truncated sentence dropped", True, """
عدد الشهداء المصريين يرتفع إلى اثنين بعد وفاة جندي آخر برصاص الاحتلال الإسرائيلي قرب رفح
أفادت مصادر خاصة لـ"عربي بوست"، الثلاثاء 28 مايو/أيار 2024، باستشهاد مجند مصري ثانٍ في حادثة إطلاق النار قرب معبر رفح على الحدود المصرية الفلسطينية.
وبحسب المصادر، فإن الجندي هو إسلام إبراهيم عبد الرازق، وقد فارق الحياة متأثراً بجراح أصيب بها أمس الإثنين.
وذكر ناشطون على مواقع التواصل الاجتماعي أن جنازته من المقرر أن تُشيع في عزبة جاب الله التابعة لسنهور القبلية بمحافظة الفيوم.
ولم تؤكد السلطات المصرية الرسمية خبر استشهاد المجند الثاني برصاص الاحتلال الإسرائيلي.
وكان موقع "وللا" الإسرائيلي قد أورد أن مصرييْن اثنين قُتلا في تبادل لإطلاق النار مع الجيش الإسرائيلي عند معبر رفح.
والإثنين، أعلن الجيش المصري، في بيان مقتضب، "استشهاد" عنصر تأمين على الحدود مع مدينة رفح جنوب القطاع جراء إطلاق نار، مشيراً إلى "فتح تحقيق في الحادث".
في المقابل، كشفت صحيفة معاريف الإسرائيلية، الثلاثاء 28 مايو/أيار 2024، أن لدى الجيش الإسرائيلي توثيقاً واضحاً للحادث يظهر فيه أحد الجنود المصريين وهو يطلق النار على القوات.
""", [
    ev("second-soldier-dies", "فارق الحياة متأثراً بجراح أصيب بها أمس الإثنين", FIRE, "his death from the wounds of Mon 27 May, reported on Tue 28 May 2024: Mon 27 - Tue 28 May (my span)", end="2024-05-29"),
    ev("border-exchange-of-fire", "مجند مصري ثانٍ في حادثة إطلاق النار قرب معبر رفح", FIRE, "'أمس الإثنين' in an article of Tue 28 May = Mon 27 May 2024 (the wounding in the shooting)"),
    ev("soldier-funeral", "جنازته من المقرر أن تُشيع في عزبة جاب الله", "2024-05-28", "'من المقرر' in an article of Tue 28 May 2024: the funeral in Fayoum on Tue 28 - Wed 29 May (my span)", end="2024-05-30"),
    ev("walla-report", "موقع \"وللا\" الإسرائيلي قد أورد أن مصرييْن اثنين قُتلا", FIRE, "no own expression; Walla's report of Mon 27 May 2024"),
    ev("egyptian-army-statement", "والإثنين، أعلن الجيش المصري، في بيان مقتضب", FIRE, "'والإثنين' = Mon 27 May 2024"),
    ev("maariv-documentation", "لدى الجيش الإسرائيلي توثيقاً واضحاً للحادث", "2024-05-28", "'الثلاثاء 28 مايو/أيار 2024'"),
])
art(S, "http://redsea.news/282841",
    "2024-05-27", "no date line in the text; the page's photo is stored under '/img/24/05/27/282841_1716819511.jpg' (Unix time 1716819511 = 27 May 2024 14:18 UTC) and the body's 'قبل قليل' for the army statement of Mon 27 May agrees; the photo line and the last, truncated sentence dropped; no date of its own in the text", False, """
الجيش المصري يصدر بيانا حول تبادل لإطلاق النار مع الجيش الإسرائيلي ويعلن استشهاد أحد جنوده
أصدر المتحدث العسكري للجيش المصري، قبل قليل، بيانا بشأن تبادل إطلاق النار مع جنود جيش الاحتلال عند معبر رفح الحدودي مع قطاع غزة.
وأعلن المتحدث العسكري المصري، في البيان المقتضب، "استشهاد أحد العناصر المكلفة بتأمين منطقة الشريط الحدودي في رفح".
وبيّن أن القوات المسلحة المصرية "تجري تحقيقا عبر الجهات المختصة بشأن حادث إطلاق النار في منطقة الشريط الحدودي برفح".
من جهته، كان المتحدث باسم جيش الاحتلال قد قال: "قبل بضع ساعات وقع حادث إطلاق نار على الحدود المصرية، والموضوع قيد التحقيق. كما يجرى التواصل مع الجانب المصري بهذا الشأن".
وكان موقع "واللا" الإسرائيلي قد أفاد بمقتل مصريين اثنين في تبادل لإطلاق النار مع الجيش الإسرائيلي عند معبر رفح الحدودي، في حين لم يكن الجانب المصري قد علّق بعد.
أما صحيفة "معاريف" العبرية فكشفت عن "مقتل جندي مصري واحد فقط خلال الاشتباكات التي حدثت بين الجيشين المصري والإسرائيلي على معبر رفح".
""", [
    ev("egyptian-army-statement", "أصدر المتحدث العسكري للجيش المصري، قبل قليل، بيانا", FIRE, "'قبل قليل' on the day of the page, Mon 27 May 2024"),
    ev("egypt-investigation", "\"تجري تحقيقا عبر الجهات المختصة", FIRE, "no own expression; announced in the statement of Mon 27 May 2024"),
    ev("border-exchange-of-fire", "قبل بضع ساعات وقع حادث إطلاق نار على الحدود المصرية", FIRE, "'قبل بضع ساعات' before the Israeli statement of Mon 27 May 2024 = the morning of Mon 27 May"),
    ev("idf-investigation", "والموضوع قيد التحقيق", FIRE, "no own expression; the Israeli army's statement of Mon 27 May 2024"),
    ev("walla-report", "موقع \"واللا\" الإسرائيلي قد أفاد بمقتل مصريين اثنين", FIRE, "no own expression; Walla's report of Mon 27 May 2024"),
])

# ---------------------------------------------------------------- algeria-mali-tinzaouaten-drone-2025
S = "algeria-mali-tinzaouaten-drone-2025"
DRONE = "2025-04-01"                         # the drone downed around midnight of 31 Mar / 1 Apr 2025 near Tinzaouaten
CLOSE = "2025-04-07"                         # Algeria closed its airspace to Mali, Mon 7 Apr 2025
AES = "2025-04-06"                           # the Sahel states (AES) recalled their ambassadors, Sun 6 Apr 2025
art(S, "https://www.assawsana.com/article/668317",
    "2025-04-01", "page time stamp '01-04-2025 09:16 PM' (kept as a line; 1 Apr 2025 was a Tuesday); the body's 'اليوم الثلاثاء' agrees; the photo label, the '(رويترز)' credit and the comment furniture dropped", True, """
الجيش الجزائري يُسقط طائرة مسيرة اخترقت أجواء البلاد
01-04-2025 09:16 PM
أفادت وزارة الدفاع الجزائرية، اليوم الثلاثاء، بأن الجيش نجح في إسقاط "طائرة استطلاع مسيرة مسلحة" إثر انتهاكها المجال الجوي الجزائري.
وبيّنت الوزارة، في بيان رسمي، أن الطائرة أُسقطت في وقت مبكر من صباح اليوم قرب بلدة تين زاوتين الواقعة في أقصى الجنوب على الحدود مع مالي.
ومع أن الوزارة لم تقدم تفاصيل إضافية عن هوية الطائرة أو الجهة التي أطلقتها، فقد شددت على أن القوات المسلحة الجزائرية تواصل رصد الأجواء الوطنية واتخاذ كل الإجراءات اللازمة لصون سيادة البلاد.
وتقع هذه الحادثة في ظل تصاعد التحديات الأمنية في المنطقة، إذ تعرف المناطق الحدودية نشاطاً مكثفاً لجماعات مسلحة وشبكات تهريب، وهو ما يجعل المراقبة الجوية أولوية لدى الجيش الجزائري لتعزيز الأمن والاستقرار.
""", [
    ev("mod-announcement", "أفادت وزارة الدفاع الجزائرية، اليوم الثلاثاء، بأن الجيش نجح", DRONE, "'اليوم الثلاثاء' = Tue 1 Apr 2025 (time stamp)"),
    ev("drone-shot-down", "الطائرة أُسقطت في وقت مبكر من صباح اليوم قرب بلدة تين زاوتين", DRONE, "'في وقت مبكر من صباح اليوم' = early on Tue 1 Apr 2025 (around midnight, per the ministry)"),
])
art(S, "https://ar.remayah.com/2025/04/02/%d8%a7%d9%84%d8%ac%d8%b2%d8%a7%d8%a6%d8%b1-%d9%8a%d8%b9%d9%84%d9%86-%d8%a5%d8%b3%d9%82%d8%a7%d8%b7-%d9%85%d8%b3%d9%8a%d8%b1%d8%a9-%d9%87%d8%ac%d9%88%d9%85%d9%8a%d8%a9-%d8%a7%d8%ae%d8%aa%d8%b1%d9%82",
    "2025-04-02", "date in the URL '/2025/04/02/' (2 Apr 2025 was a Wednesday); the body's 'مساء الثلاثاء' for the ministry's statement of Tue 1 Apr agrees; headline rendered from the URL slug; no date of its own in the text", False, """
الجزائر تعلن إسقاط مسيّرة هجومية اخترقت أجواءها
في إعلان جديد، ذكرت وزارة الدفاع الجزائرية مساء الثلاثاء أنها أسقطت طائرة مسيّرة هجومية دخلت الأجواء الجزائرية قرب مدينة تين زاوتين الحدودية في جنوب البلاد.
وبحسب ما أوردته الإذاعة الجزائرية، رصدت وحدة من قوات الدفاع الجوي الطائرة المسيرة، ثم أسقطتها بعدما توغلت مسافة كيلومترين داخل حدود الدولة.
وشدد البيان الرسمي كذلك على "الاستعداد الدائم لوحدات الجيش الوطني الشعبي لحماية الحدود البرية والجوية والبحرية من أي تهديد يمس السيادة الوطنية".
وفي سياق آخر، أوضح موقع "مينا ديفانس" المتخصص في الشؤون العسكرية أن المسيرة التي اعتُرضت تركية الصنع وتعود إلى القوات المالية.
""", [
    ev("mod-announcement", "ذكرت وزارة الدفاع الجزائرية مساء الثلاثاء أنها أسقطت", DRONE, "'مساء الثلاثاء' = the evening of Tue 1 Apr 2025"),
    ev("drone-shot-down", "ثم أسقطتها بعدما توغلت مسافة كيلومترين داخل حدود الدولة", DRONE, "no own expression; the downing around midnight of 31 Mar / 1 Apr 2025 (the ministry: 'منتصف ليلة الثلاثاء 1 أبريل')"),
    ev("drone-identified-turkish-malian", "المسيرة التي اعتُرضت تركية الصنع وتعود إلى القوات المالية", DRONE, "no own expression; Mena Defense's report of Tue 1 - Wed 2 Apr 2025 (my span)", end="2025-04-03"),
])
art(S, "https://hashtag.ma/%d8%a8%d8%b9%d8%af-%d8%a7%d9%84%d9%85%d8%ba%d8%b1%d8%a8-%d8%a7%d9%84%d8%ac%d8%b2%d8%a7%d8%a6%d8%b1-%d8%aa%d8%ba%d9%84%d9%82-%d8%a3%d8%ac%d9%88%d8%a7%d8%a6%d9%87%d8%a7-%d9%81%d9%8a-%d9%88%d8%ac",
    "2025-04-07", "the body's 'اليوم، الاثنين 7 أبريل 2025' (kept; 7 Apr 2025 was a Monday)", True, """
بعد المغرب… الجزائر توصد أجواءها أمام مالي
تستمر التوترات المتصاعدة بين الجزائر ومالي، إذ أعلنت وزارة الدفاع الجزائرية منع "أي تحليق للطائرات القادمة من مالي أو المتجهة إليها" فوق أراضيها، وذلك عقب استدعاء وزارة الخارجية للسفير الجزائري في باماكو.
وعللت الوزارة القرار، الذي اتُّخذ تحت إشراف الرئيس عبد المجيد تبون، بـ"الانتهاك المتكرر للمجال الجوي من قبل الطائرات القادمة من مالي"، مؤكدة أن الإجراء يسري اليوم، الاثنين 7 أبريل 2025.
وفي سياق متصل، سحبت مالي والنيجر وبوركينا فاسو سفراءها من الجزائر على خلفية حادثة الطائرة المالية بدون طيار.
""", [
    ev("airspace-closed", "أعلنت وزارة الدفاع الجزائرية منع \"أي تحليق للطائرات القادمة من مالي", CLOSE, "'يسري اليوم، الاثنين 7 أبريل 2025'"),
    ev("algeria-recalls-ambassador", "عقب استدعاء وزارة الخارجية للسفير الجزائري في باماكو", CLOSE, "no own expression; the foreign ministry's statement of Mon 7 Apr 2025 (outside knowledge), before the closure announced the same day"),
    ev("aes-recall-ambassadors", "سحبت مالي والنيجر وبوركينا فاسو سفراءها من الجزائر", AES, "no own expression; the joint statement of the Sahel states of Sun 6 Apr 2025 (the other articles: 'الأحد')"),
])
art(S, "https://tmc24news.com/2025/04/07/%d8%a7%d9%84%d8%ac%d8%b2%d8%a7%d8%a6%d8%b1-%d8%aa%d8%ba%d9%84%d9%82-%d9%85%d8%ac%d8%a7%d9%84%d9%87%d8%a7-%d8%a7%d9%84%d8%ac%d9%88%d9%8a-%d8%a3%d9%85%d8%a7%d9%85-%d9%85%d8%a7%d9%84%d9%8a-%d9%88%d8%b3",
    "2025-04-07", "date in the URL '/2025/04/07/' (7 Apr 2025 was a Monday); the body's 'يوم الاثنين' and 'يسري بدءا من اليوم' agree; the repeated headline line dropped; no date of its own in the text", False, """
الجزائر توصد مجالها الجوي في وجه مالي مع تصاعد التوتر الدبلوماسي
أعلنت الحكومة الجزائرية، يوم الاثنين، إغلاق مجالها الجوي أمام مالي، رداً على ما اعتبرته اختراقاً متكرراً لأجوائها.
ويأتي القرار عقب اتهامات وجهتها الحكومة المالية إلى الجزائر بإسقاط طائرة مسيرة تابعة لها قرب الحدود، وهو ما رفضته الجزائر بشدة.
وفي بيان رسمي، رفضت الجزائر الاتهامات المالية، ورأت فيها محاولات لصرف الأنظار عن الإخفاق الأمني في مالي.
وأوضحت وزارة الدفاع الجزائرية أن القرار يسري بدءا من اليوم، ويشمل كل الملاحة الجوية القادمة من مالي أو المتجهة إليها.
ويوم الأحد، استدعت مالي والنيجر وبوركينا فاسو سفراءها من الجزائر، متهمة إياها بإسقاط مسيرة تابعة لجيش باماكو قرب الحدود المشتركة.
""", [
    ev("airspace-closed", "أعلنت الحكومة الجزائرية، يوم الاثنين، إغلاق مجالها الجوي أمام مالي", CLOSE, "'يوم الاثنين' = Mon 7 Apr 2025 (URL date)"),
    ev("mali-accuses-algeria", "اتهامات وجهتها الحكومة المالية إلى الجزائر", AES, "no own expression; Mali's statement of Sun 6 Apr 2025 (outside knowledge), issued with the Sahel states' recall"),
    ev("algeria-rejects-accusations", "رفضت الجزائر الاتهامات المالية", CLOSE, "no own expression; the foreign ministry's statement of Mon 7 Apr 2025"),
    ev("aes-recall-ambassadors", "ويوم الأحد، استدعت مالي والنيجر وبوركينا فاسو سفراءها", AES, "'يوم الأحد' before Mon 7 Apr = Sun 6 Apr 2025"),
])

# ---------------------------------------------------------------- sudan-ethiopia-fashaga-pow-executions-2022
S = "sudan-ethiopia-fashaga-pow-executions-2022"
ACCUSE = "2022-06-26"                        # the Sudanese army's statement on the executions, Sunday evening 26 Jun 2022
EXEC = ("2022-06-22", "2022-06-27")          # the soldiers, taken in the clash of Wed 22 Jun, killed before the statement of Sun 26 Jun
VISIT = "2022-06-27"                         # Burhan in al-Fashaga, Mon 27 Jun 2022
art(S, "https://sputnikarabic.ae/20220626/%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86-%D9%8A%D8%AA%D9%87%D9%85-%D8%A5%D8%AB%D9%8A%D9%88%D8%A8%D9%8A%D8%A7-%D8%A8%D8%A5%D8%B9%D8%AF%D8%A7%D9%85-7-%D8%AC%D9%86%D9%88%D8%AF-%D9%88%D8%A7%D9%84%D8%AC%D9%8A%D8%B4-%D9%8A%D9%82%D9%88%D9%84-%D8%A5%D9%86-%D8%A7%D9%84%D9%88%D8%A7%D9%82%D8%B9%D8%A9-%D9%84%D9%86-%D8%AA%D9%85%D8%B1-%D8%AF%D9%88%D9%86-%D8%B1%D8%AF-1064266120.html",
    "2022-06-26", "date in the URL '/20220626/' and the page line '26.06.2022' (dropped with the photo caption and the 'تابعنا عبر' furniture; 26 Jun 2022 was a Sunday); the body's 'مساء اليوم الأحد' agrees; the last, truncated words of the Sudan Tribune quotation dropped; no date of its own in the text", False, """
الخرطوم تتهم أديس أبابا بإعدام 7 جنود.. والجيش يؤكد أن الحادثة لن تمضي دون رد
وجّه الجيش السوداني، مساء اليوم الأحد، اتهاماً للجيش الإثيوبي بـ"إعدام" 7 جنود سودانيين ومواطن كانوا محتجزين لديه أسرى.
وجاء في بيان للجيش السوداني أنه "في تصرف يتنافى مع كل قوانين وأعراف الحرب والقانون الدولي الإنساني، قام الجيش الإثيوبي بإعدام سبعة جنود سودانيين ومواطن كانوا أسرى لديهم، ثم عرضهم على مواطنيهم بكل خِسّةٍ ودناءةٍ".
وتابع البيان: "القوات المسلحة السودانية، إذ تتقدم بخالص التعازي لأسر الشهداء الكرام، تؤكد بشكل قاطع للشعب السوداني الكريم أن هذا الموقف الغادر لن يمر بلا رد، وأنها سترد على هذا التصرُّف الجبان بما يناسبه، فالدم السوداني غال دونه المهج والأرواح".
وكان الجيش السوداني قد أعلن الأربعاء 22 يونيو/حزيران الجاري مقتل شخص وفقدان 7 جنود على الأقل، في أعقاب اشتباكات اندلعت على الحدود مع إثيوبيا.
ونقل موقع "سودان تريبيون" عن مصادر عسكرية أن "اشتباكات عنيفة نشبت بين قوات إثيوبية وسودانية، بينما كانت الأخيرة تنفذ عملية تمشيط شرق منطقة الأسرة بمحلية القريشة".
""", [
    ev("army-accuses-ethiopia", "وجّه الجيش السوداني، مساء اليوم الأحد، اتهاماً للجيش الإثيوبي", ACCUSE, "'مساء اليوم الأحد' = Sun 26 Jun 2022 (URL date)"),
    ev("pows-executed", "قام الجيش الإثيوبي بإعدام سبعة جنود سودانيين ومواطن", EXEC[0], "no own expression; between their capture in the clash of Wed 22 Jun and the statement of Sun 26 Jun 2022 (my span)", end=EXEC[1]),
    ev("army-vows-response", "هذا الموقف الغادر لن يمر بلا رد", ACCUSE, "no own expression; the same statement of Sun 26 Jun 2022"),
    ev("border-clash-soldiers-missing", "مقتل شخص وفقدان 7 جنود على الأقل، في أعقاب اشتباكات", "2022-06-22", "'الأربعاء 22 يونيو/حزيران الجاري' = Wed 22 Jun 2022 (the day of the army's announcement; the clash is taken as the same day)"),
])
art(S, "https://alnahdanews.com/article/142770-%D8%A7%D9%84%D8%A8%D8%B1%D9%87%D8%A7%D9%86-%D9%8A%D8%AA%D9%88%D8%AC%D9%87-%D8%A5%D9%84%D9%89-%D8%A7%D9%84%D9%81%D8%B4%D9%82%D8%A9-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%AD%D8%AF%D9%88%D8%AF-%D8%A7%D9%84%D8%A5%D8%AB%D9%8A%D9%88%D8%A8%D9%8A%D8%A9-%D8%A8%D8%B9%D8%AF-%D8%A5%D8%B9%D8%AF%D8%A7%D9%85-%D8%A7%D9%84%D8%AC%D9%86%D9%88%D8%AF-%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86%D9%8A%D9%8A%D9%86",
    "2022-06-27", "page date line '27 حزيران 2022 12:43' (kept; 27 Jun 2022 was a Monday); the body's 'اليوم الإثنين' agrees; the page's first headline and the 'أخبار' label dropped (the second headline kept, reworded); the source tag 'المصدر: سكاي نيوز' dropped", True, """
البرهان يتجه إلى الفشقة على الحدود مع إثيوبيا عقب إعدام الجنود السودانيين
27 حزيران 2022 12:43
وصل رئيس مجلس السيادة السوداني، الفريق عبد الفتاح البرهان، اليوم الإثنين إلى منطقة الفشقة المحاذية لإثيوبيا، بعد أن أعدمت الأخيرة جنوداً سودانيين.
وأكد مصدر عسكري سوداني لـ"سكاي نيوز" أن "رئيس مجلس السيادة السوداني، عبد الفتاح البرهان، موجود منذ صباح اليوم في الفشقة على الحدود مع إثيوبيا".
ويأتي ذلك عقب إعلان الجيش السوداني، ليل الأحد الاثنين، أن الجيش الإثيوبي أعدم 7 جنود سودانيين ومدنياً كانوا أسرى لديه منذ أشهر، وعرض جثثهم أمام الناس.
ووصف الجيش السوداني في بيانه الحادثة بأنها تصرف يتنافى مع كل قوانين الحرب وأعرافها ومع القانون الدولي الإنساني، وتعهد بألا يمر هذا الموقف الغادر بلا رد، وبأن يرد على هذا التصرف الجبان بما يناسبه.
ويُذكر أن السودان وإثيوبيا يتنازعان منذ عقود على منطقة الفشقة الغنية بمساحات شاسعة من الأراضي الزراعية الخصبة، وقد استعاد السودان في العام الماضي نحو 92 بالمئة منها عبر عمليات عسكرية، للمرة الأولى منذ 25 عاما.
""", [
    ev("burhan-visits-fashaga", "وصل رئيس مجلس السيادة السوداني، الفريق عبد الفتاح البرهان، اليوم الإثنين", VISIT, "'اليوم الإثنين' = Mon 27 Jun 2022 (date line)"),
    ev("army-accuses-ethiopia", "عقب إعلان الجيش السوداني، ليل الأحد الاثنين", ACCUSE, "'ليل الأحد الاثنين' = the night of Sun 26 to Mon 27 Jun 2022; the statement came on Sunday evening (sputnik: 'مساء اليوم الأحد')"),
    ev("pows-executed", "الجيش الإثيوبي أعدم 7 جنود سودانيين ومدنياً", EXEC[0], "no own expression; between the capture of Wed 22 Jun and the statement of Sun 26 Jun 2022 (my span; this article says they were held 'منذ أشهر')", end=EXEC[1]),
    ev("army-vows-response", "وتعهد بألا يمر هذا الموقف الغادر بلا رد", ACCUSE, "no own expression; the statement of Sun 26 Jun 2022"),
    ev("fashaga-recaptured", "استعاد السودان في العام الماضي نحو 92 بالمئة منها", "2020-12-01", "'في العام الماضي' in 2022 = 2021; the campaign began in December 2020 (my span Dec 2020 - Dec 2021)", end="2022-01-01"),
])
art(S, "https://albawabhnews.com/4604819",
    "2022-06-27", "no date line on the stored page; the body's 'اليوم الاثنين', with the army's announcement of 'ليل الأحد الاثنين' on the executions (Sun 26 Jun 2022) and Burhan's visit of Mon 27 Jun, gives Mon 27 Jun 2022; headline written from the body (the stored text has none); no date of its own in the text", False, """
الخرطوم تدين قتل إثيوبيا 7 جنود سودانيين أسرى وتستدعي سفيرها في أديس أبابا
دانت وزارة الخارجية السودانية بأشد العبارات قتل الجيش الإثيوبي 7 أسرى من الجنود السودانيين ومواطناً مدنياً بعد خطفهم من داخل الأراضي السودانية، بحسب ما نقلته فضائية سكاي نيوز عربية، اليوم الاثنين.
وأضافت الفضائية أن السودان سيستدعي على الفور سفيره لدى إثيوبيا للتشاور إثر مقتل الجنود السبعة، في حين أكدت الخارجية السودانية أنها بدأت تقديم شكوى رسمية إلى مجلس الأمن والمنظمات الدولية والإقليمية بشأن مقتل 7 جنود ومدني سوداني على يد الجيش الإثيوبي.
واتجه رئيس المجلس السيادي في السودان، الفريق عبد الفتاح البرهان، الاثنين، إلى منطقة الفشقة المتاخمة للحدود مع إثيوبيا، التي تتهمها الخرطوم بإعدام 7 جنود سودانيين ومدني.
وقال مصدر عسكري سوداني لـ"سكاي نيوز عربية" إن "رئيس مجلس السيادة السوداني، عبد الفتاح البرهان، موجود منذ صباح اليوم في الفشقة على الحدود مع إثيوبيا".
وكان الجيش السوداني قد أعلن، ليل الأحد الاثنين، أن الجيش الإثيوبي "أعدم" 7 من جنوده ومدنياً كانوا أسرى لديه منذ أشهر.
""", [
    ev("foreign-ministry-condemns", "دانت وزارة الخارجية السودانية بأشد العبارات قتل الجيش الإثيوبي", VISIT, "'اليوم الاثنين' = Mon 27 Jun 2022"),
    ev("ambassador-recalled", "السودان سيستدعي على الفور سفيره لدى إثيوبيا للتشاور", VISIT, "no own expression; the decision announced on Mon 27 Jun 2022"),
    ev("unsc-complaint", "بدأت تقديم شكوى رسمية إلى مجلس الأمن", VISIT, "no own expression; announced on Mon 27 Jun 2022"),
    ev("burhan-visits-fashaga", "واتجه رئيس المجلس السيادي في السودان، الفريق عبد الفتاح البرهان، الاثنين", VISIT, "'الاثنين' = Mon 27 Jun 2022"),
    ev("army-accuses-ethiopia", "وكان الجيش السوداني قد أعلن، ليل الأحد الاثنين", ACCUSE, "'ليل الأحد الاثنين'; the statement of Sunday evening 26 Jun 2022"),
])
art(S, "https://www.ecssr.ae/global_news/233303/",
    "2022-06-28", "page date line '28 يونيو 2022' (kept; 28 Jun 2022 was a Tuesday); the labels 'ملخص الخبر' / 'تفاصيل الخبر' / 'سياسي' and the details section (a repeat of the summary) dropped; the last, truncated list of party statements dropped", True, """
الجيش السوداني يقصف مواقع للجيش الإثيوبي
28 يونيو 2022
تقول مصادر محلية في منطقة الفشقة السودانية إن الجيش السوداني بدأ قصف مستوطنة تابعة للجيش الإثيوبي قرب الحدود بين البلدين، وشرع في استعادة معسكر «قلع اللبان» الواقع شرق «قرية الأسرة» السودانية في الفشقة الصغرى.
وأضافت المصادر أن «القصف أتى بعد إعلان نبيل عبدالله، المتحدث الرسمي باسم الجيش السوداني، أن الجيش الإثيوبي أعدم سبعة جنود سودانيين ومواطنًا كانوا أسرى لديه».
واعتبر المتحدث أن الجيش الإثيوبي «عرضهم على مواطنيهم بكل خسة ودناءة»، وأن الجريمة تخالف قوانين الحروب وأعرافها والقانون الدولي الإنساني.
من جهتها، دانت قوى سياسية وأحزاب سودانية معارضة إعدام الجيش الإثيوبي للمواطن والجنود السودانيين، وأصدرت بيانات في هذا الشأن.
""", [
    ev("sudanese-shelling-qalaa-al-laban", "الجيش السوداني بدأ قصف مستوطنة تابعة للجيش الإثيوبي", VISIT, "no own expression; the shelling after the statement of Sun 26 Jun, reported on Tue 28 Jun 2022: Mon 27 - Tue 28 Jun (my span)", end="2022-06-29"),
    ev("army-accuses-ethiopia", "بعد إعلان نبيل عبدالله، المتحدث الرسمي باسم الجيش السوداني", ACCUSE, "no own expression; the statement of Sunday evening 26 Jun 2022"),
    ev("pows-executed", "الجيش الإثيوبي أعدم سبعة جنود سودانيين ومواطنًا", EXEC[0], "no own expression; between the capture of Wed 22 Jun and the statement of Sun 26 Jun 2022 (my span)", end=EXEC[1]),
    ev("parties-condemn", "دانت قوى سياسية وأحزاب سودانية معارضة إعدام الجيش الإثيوبي", VISIT, "no own expression; statements of Mon 27 - Tue 28 Jun 2022 (my span)", end="2022-06-29"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 377
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

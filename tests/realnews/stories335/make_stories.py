"""Builds stories.jsonl: the 335-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: floods and flash floods: torrential rains, dam and river
overflows, deaths and rescues, roads cut and schools suspended: the Chamchamal / Shorsh flash floods in the
Kurdistan Region (Iraq, December 2025), the Loukkos overflow and the evacuation of Ksar El Kebir under the full
Oued El Makhazine dam (Morocco, February 2026), the flash floods of M'sila and Djelfa (Algeria, September 2025),
and the Selibaby floods in Guidimakha (Mauritania, August 2019).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-kurdistan-chamchamal-floods-2025
S = "iraq-kurdistan-chamchamal-floods-2025"
TUE = "2025-12-09"                         # the torrents of Tue 9 Dec 2025 in Shorsh / Chamchamal (after noon, into the night)
WED = "2025-12-10"                         # the day off decided for Wed 10 Dec 2025
WAVE = ("2025-12-08", "2025-12-11")        # the rain and flood wave of 8-10 Dec 2025 (JCC report)
art(S, "https://www.kurdistan24.net/ar/story/880262/%D8%B3%D9%8A%D9%88%D9%84-%D8%AC%D9%85%D8%AC%D9%85%D8%A7%D9%84-%D8%AA%D9%88%D8%AF%D9%8A-%D8%A8%D8%AD%D9%8A%D8%A7%D8%A9-%D8%B4%D8%AE%D8%B5%D9%8A%D9%86-%D9%88%D8%AA%D8%AE%D9%84%D9%81-%D8%AC%D8%B1%D8%AD%D9%89-%D9%88%D8%A3%D8%B6%D8%B1%D8%A7%D8%B1%D8%A7-%D9%85%D8%A7%D8%AF%D9%8A%D8%A9",
    "2025-12-09", "page stamp 'date 2025-12-09' ('منذ 27 دقيقة') and the body's 'اليوم الثلاثاء (9 كانون الأول 2025)' (kept; 9 Dec 2025 was a Tuesday); headline rendered from the URL slug (the stored text has none); the last, truncated words dropped", True, """
سيول جمجمال تودي بحياة شخصين وتخلف جرحى وأضرارا مادية
أربيل (كوردستان24)- قالت مديرية صحة جمجمال، اليوم الثلاثاء، إن شخصين لقيا مصرعهما وإن آخرين أصيبوا وساءت حالتهم الصحية بسبب السيول التي ضربت المنطقة.
وأبلغ نائب مدير عام صحة جمجمال، شريف رحيم، موقع "كوردستان 24"، اليوم الثلاثاء (9 كانون الأول 2025)، بأن الفيضانات أودت بحياة شخصين في ناحية "شورش" التابعة لقضاء جمجمال.
وفصّل رحيم ما جرى قائلا إن رجلا مسنا (من مواليد 1953) فارق الحياة بعدما انهار عليه جدار بفعل غزارة الأمطار، فيما قضت شابة (من مواليد 2003) غرقا في السيول.
ولفت المسؤول الصحي إلى أن حالة شخصين آخرين ساءت من جراء الحادثة فنُقلا إلى مستشفى طوارئ جمجمال للعلاج، مشددا على أن جميع الفرق الطبية في حالة استنفار وجاهزية كاملة.
بدوره، ذكر قائمقام القضاء أن الحصيلة الأولية تتحدث عن أربعة جرحى بسبب السيول.
وكانت موجة من الأمطار الغزيرة قد ضربت مناطق متفرقة من إقليم كوردستان وشكّلت سيولا في عدة مناطق، فقطعت الطريق الرابط بين السليمانية وجمجمال، ودخلت المياه عددا من المنازل فألحقت بها أضرارا مادية، وجرفت عددا من السيارات.
""", [
    ev("health-statement", "قالت مديرية صحة جمجمال، اليوم الثلاثاء", TUE, "'اليوم الثلاثاء' = Tue 9 Dec 2025 (dated in the next sentence)"),
    ev("torrents", "السيول التي ضربت المنطقة", TUE, "no own expression; the torrents of Tue 9 Dec 2025 in Shorsh and Chamchamal"),
    ev("two-deaths", "أودت بحياة شخصين في ناحية \"شورش\"", TUE, "'اليوم الثلاثاء (9 كانون الأول 2025)' (a Tuesday): the two deaths of that day"),
    ev("wall-collapse-death", "فارق الحياة بعدما انهار عليه جدار", TUE, "no own expression; the old man killed by a falling wall on Tue 9 Dec 2025 ('من مواليد 1953' is a birth year, not the event)"),
    ev("injuries", "أربعة جرحى بسبب السيول", TUE, "no own expression; the injured of the torrents of Tue 9 Dec 2025"),
    ev("road-cut", "فقطعت الطريق الرابط بين السليمانية وجمجمال", TUE, "no own expression; the Sulaymaniyah - Chamchamal road cut by the torrents of Tue 9 Dec 2025"),
])
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=09122025&id=b535be4e-77cc-419a-b5b2-80e2527a20b2",
    "2025-12-09", "date in the URL 'cdate=09122025' (9 Dec 2025, a Tuesday); the body's 'اليوم الثلاثاء' agrees; headline written from the body (the stored text has none); no date of its own in the text", False, """
وفاة شخصين وإصابة خمسة بسيول جارفة في ناحية شورش بالسليمانية
قالت مديرية الدفاع المدني في إقليم كردستان، اليوم الثلاثاء، إن شخصين توفيا وأصيب خمسة جراء سيول جارفة ضربت ناحية شورش في السليمانية.
وصرّح المقدم سركوت كارش، المتحدث باسم مديرية الدفاع المدني، لوكالة الأنباء العراقية «واع»، بأن «الفيضانات والسيول التي اجتاحت ناحية شورش التابعة لقضاء جمجمال في محافظة السليمانية خلّفت وفاة شخصين وإصابة ما بين أربعة إلى خمسة آخرين».
وأشار إلى أن «جدار أحد المباني (مدرسة) في ناحية شورش سقط بفعل قوة السيول، ما أودى بحياة أحد المواطنين».
وبيّن أن «الضحيتين رجل يبلغ من العمر 70 عاماً وامرأة تبلغ 24 عاماً، وكلاهما من سكان ناحية شورش في قضاء جمجمال».
وكان مراسل الوكالة قد أفاد في وقت سابق بأن سيولا جارفة ضربت عدة مناطق في محافظتي السليمانية وكركوك وعرقلت حركة السير.
وأوضح أن «السيول تركزت في مناطق چمچمال وبازیان وتكية وباني مە قان وقرهنجير، وأوقفت الحركة بين كركوك والسليمانية»، مضيفا أن «المياه غمرت بعض المنازل».
""", [
    ev("civil-defence-statement", "قالت مديرية الدفاع المدني في إقليم كردستان، اليوم الثلاثاء", TUE, "'اليوم الثلاثاء' = Tue 9 Dec 2025"),
    ev("torrents", "سيول جارفة ضربت ناحية شورش في السليمانية", TUE, "no own expression; the torrents of Tue 9 Dec 2025 ('اليوم الثلاثاء' of the statement)"),
    ev("two-deaths", "خلّفت وفاة شخصين", TUE, "no own expression; the two deaths of Tue 9 Dec 2025"),
    ev("injuries", "إصابة ما بين أربعة إلى خمسة آخرين", TUE, "no own expression; the injured of Tue 9 Dec 2025"),
    ev("wall-collapse-death", "سقط بفعل قوة السيول، ما أودى بحياة أحد المواطنين", TUE, "no own expression; the school wall that fell on Tue 9 Dec 2025"),
    ev("road-cut", "وأوقفت الحركة بين كركوك والسليمانية", TUE, "no own expression ('في وقت سابق' of the same Tuesday); the Kirkuk - Sulaymaniyah road through Chamchamal, cut on Tue 9 Dec 2025"),
])
art(S, "https://zagrosnews.net/ar/news/76266",
    "2025-12-09", "the body's 'اليوم الثلاثاء (9 كانون الأول 2025)' (kept; 9 Dec 2025 was a Tuesday) and the page line 'الثلاثاء 09 كانون الأول 20:28' (not kept); headline kept from the page; the weather widget and comment form dropped", True, """
السليمانية.. تعطيل الدوام في كل دوائر جمجمال ومؤسساتها بسبب سوء الطقس
زاكروس – أربيل
قررت قائمقامية قضاء جمجمال، التابع لمحافظة السليمانية في إقليم كوردستان، اليوم الثلاثاء (9 كانون الأول 2025)، تعطيل الدوام الرسمي غداً في كافة مؤسسات القضاء جراء الفيضانات التي ضربت المنطقة.
وجاء في بيان للقائمقامية أنه "نظرا للعاصفة والكوارث الطبيعية التي وقعت اليوم في منطقتنا، وبموجب الصلاحيات المخولة لنا، سيكون يوم غد عطلة رسمية في جميع الدوائر والمؤسسات الحكومية والمدارس والمعاهد والجامعات".
وأوضح البيان أن الدوائر والمؤسسات التي يتطلب عملها تقديم الخدمات الضرورية مستثناة من القرار.
""", [
    ev("closure-decision", "قررت قائمقامية قضاء جمجمال", TUE, "'اليوم الثلاثاء (9 كانون الأول 2025)' (a Tuesday)"),
    ev("closure-day", "تعطيل الدوام الرسمي غداً في كافة مؤسسات القضاء", WED, "'غداً' from Tue 9 Dec 2025 = Wed 10 Dec 2025 (also 'يوم غد' in the statement)"),
    ev("torrents", "للعاصفة والكوارث الطبيعية التي وقعت اليوم في منطقتنا", TUE, "'اليوم' in the statement of Tue 9 Dec 2025"),
])
art(S, "https://www.shafaq.com/ar/%D9%83%D9%88%D8%B1%D8%AF%D8%B3%D9%80%D9%80%D8%AA%D8%A7%D9%86%D9%8A%D8%A7%D8%AA/%D8%A7%D9%84%D8%B3%D9%84%D9%8A%D9%85%D8%A7%D9%86%D9%8A%D8%A9-%D8%AD%D8%B5%D9%8A%D9%84%D8%A9-%D8%B5%D8%A7%D8%AF%D9%85%D8%A9-%D9%84%D8%AE%D8%B3%D8%A7-%D8%B1-%D8%B3%D9%8A%D9%88%D9%84-%D8%AC%D9%85%D8%AC%D9%85%D8%A7%D9%84-%D9%88%D9%85%D8%A8%D8%A7%D8%AF%D8%B1%D8%A7%D8%AA-%D9%86%D8%B3%D8%A7%D9%86%D9%8A%D8%A9",
    "2025-12-12", "page date line '12 كانون الأول 2025' (not kept; 12 Dec 2025 was a Friday); the body's 'مساء اليوم الجمعة' agrees; headline rendered from the URL slug; the dateline 'السليمانية' and the last, truncated paragraph (public buildings) dropped; no date of its own in the text", False, """
السليمانية.. حصيلة صادمة لخسائر سيول جمجمال ومبادرات إنسانية
أعلن مركز التنسيق المشترك للأزمات (JCC) التابع لوزارة الداخلية في حكومة إقليم كوردستان، مساء اليوم الجمعة، حصيلة الخسائر التي خلّفتها الفيضانات التي ضربت منطقتي تكية وشورش في قضاء جمجمال بمحافظة السليمانية ابتداءً من 8 وحتى 10 كانون الأول/ديسمبر الجاري.
ووفق تقرير المركز، الذي اطلعت عليه وكالة شفق نيوز، أدت الفيضانات الأخيرة إلى وفاة شخصين وإصابة 12 آخرين، وإلحاق أضرار بـ1607 منازل و200 سيارة و115 محلاً وماركتاً، فضلاً عن تضرر 450 مشروعاً.
وفي قضاء جمجمال وحده لحقت الأضرار بأكثر من ألف منزل وبما يزيد على 150 محلاً ومجمعاً تجارياً، كما تضررت أكثر من 200 سيارة وتعطلت 12 محطة مياه.
أما في ناحية شورش، وبحسب ما صرّح به مدير الناحية، فقد تضرر ما يفوق 700 منزل و250 سيارة، إلى جانب أكثر من 50 محلاً ومجمعاً تجارياً، في حين تضرر في ناحية تكية قرابة 100 منزل ونحو 50 سيارة.
وعلى صعيد الحدائق العامة، يضم جمجمال 25 حديقة، منها خمس حدائق رئيسية، وقد دُمّرت جميعها بالكامل بعدما اجتاحتها السيول.
""", [
    ev("jcc-report", "أعلن مركز التنسيق المشترك للأزمات (JCC)", "2025-12-12", "'مساء اليوم الجمعة' = Fri 12 Dec 2025"),
    ev("flood-wave", "الفيضانات التي ضربت منطقتي تكية وشورش", WAVE[0], "'ابتداءً من 8 وحتى 10 كانون الأول/ديسمبر الجاري' = 8-10 Dec 2025", end=WAVE[1]),
    ev("two-deaths", "أدت الفيضانات الأخيرة إلى وفاة شخصين", TUE, "no own expression; the two deaths in Shorsh on Tue 9 Dec 2025 (kurdistan24, shorouknews)"),
    ev("injuries", "وإصابة 12 آخرين", TUE, "no own expression; the injured of the torrents of Tue 9 Dec 2025 (the final count, 12, against 4-5 on the day)"),
    ev("parks-destroyed", "دُمّرت جميعها بالكامل بعدما اجتاحتها السيول", TUE, "no own expression; the parks swept by the torrents of Tue 9 Dec 2025"),
])

# ---------------------------------------------------------------- morocco-ksar-el-kebir-loukkos-floods-2026
S = "morocco-ksar-el-kebir-loukkos-floods-2026"
SUN = "2026-02-01"                         # Sun 1 Feb 2026: alert raised, neighbourhoods closed (anbaetv)
DAM_FULL = ("2026-02-01", "2026-02-04")    # the Oued El Makhazine dam at its maximum, as reported 1-3 Feb 2026 (my span)
RAINS = ("2026-01-26", "2026-02-05")       # the heavy rains 'منذ الأسبوع الماضي وحتى الأربعاء' (alsumaria, Wed 4 Feb)
EVAC = ("2026-01-30", "2026-02-05")        # the evacuation of Ksar El Kebir, 'منذ الجمعة' (Fri 30 Jan) to Wed 4 Feb 2026
art(S, "https://anbaetv.ma/?p=1168166",
    "2026-02-01", "the body's 'اليوم الأحد فاتح فبراير 2026' (kept; 1 Feb 2026 was a Sunday); headline written from the body (the stored text has none)", True, """
القصر الكبير ترفع درجة التأهب وتغلق أحياء مهددة بالفيضان
رفعت السلطات المحلية في مدينة القصر الكبير، اليوم الأحد فاتح فبراير 2026، درجة اليقظة والاستنفار تحسبا لفيضانات جديدة محتملة، بسبب تواصل ارتفاع منسوب وادي اللوكوس وامتلاء سد وادي المخازن عن آخره.
وفي هذا الإطار، شرعت السلطات في إغلاق استباقي لعدد من الأحياء المصنفة مناطق مهددة، فنصبت عشرات الحواجز الحديدية عند مداخلها لمنع دخولها مؤقتا بعد أن أُخليت كليا من سكانها، تطبيقا لقرارات لجنة اليقظة والتتبع.
وأفادت مصادر محلية بأن قرار الإغلاق طال نحو خمسة أحياء أخرى، جرى تأمينها بتعبئة مشتركة ضمت عناصر الشرطة والقوات المسلحة الملكية والقوات المساعدة وأعوان السلطة المحلية، لضمان الأمن ومنع أي وجود غير مرخص وحماية المنازل والممتلكات.
وفي السياق ذاته، دعت السلطات المحلية سكان الأحياء المهددة إلى ترك منازلهم والتوجه نحو مراكز الإيواء المؤقتة التي هيأتها القوات المسلحة الملكية والسلطات المحلية، ووفرت وسائل نقل بينها عشرات الحافلات لتيسير تنقل المواطنين وإجلائهم إلى مناطق آمنة أو مدن مجاورة.
""", [
    ev("alert-raised", "درجة اليقظة والاستنفار تحسبا لفيضانات جديدة محتملة", SUN, "'اليوم الأحد فاتح فبراير 2026' (a Sunday)"),
    ev("dam-full", "امتلاء سد وادي المخازن عن آخره", DAM_FULL[0], "no own expression; the dam at full capacity on Sun 1 Feb 2026 (anfaspress: maximum level with data to 1 Feb); my span 1-3 Feb", end=DAM_FULL[1]),
    ev("neighbourhoods-closed", "شرعت السلطات في إغلاق استباقي لعدد من الأحياء", SUN, "no own expression; part of the measures of Sun 1 Feb 2026"),
    ev("evacuation-call", "دعت السلطات المحلية سكان الأحياء المهددة إلى ترك منازلهم", SUN, "'وفي السياق ذاته' = the same Sun 1 Feb 2026"),
    ev("evacuation-campaign", "لتيسير تنقل المواطنين وإجلائهم", EVAC[0], "no own expression; the evacuation of the town, under way since Fri 30 Jan 2026 (alsumaria 'منذ الجمعة') and still on Wed 4 Feb", end=EVAC[1]),
])
art(S, "https://anfaspress.ma/news/voir/165276-2026-02-02-02-40-51",
    "2026-02-02", "page date line 'lundi 2 février 2026' (not kept; 2 Feb 2026 was a Monday) and the URL '165276-2026-02-02-02-40-51'; headline kept from the page; the section tag 'مجتمع' and the second (repeated) title dropped; the last word ('الكهروم…') completed as 'الكهرومائية'; no date of its own in the text", False, """
تفريغ 281 مليون متر مكعب من سد وادي المخازن والإدارة تؤكد أن الوضع مستقر
قال يونس العبدي، رئيس مصلحة تدبير الموارد المائية بمديرية البحث والتخطيط في وزارة التجهيز والماء، في تصريح لـ"SNRTnews"، إن الواردات المائية لسد وادي المخازن وصلت إلى 845 مليون متر مكعب منذ أول سبتمبر حتى 1 فبراير 2026، بينها 518 مليون متر مكعب خلال الأسبوع الماضي وحده، أي بما يفوق المعدل السنوي بنسبة 159%. وصعد المخزون إلى 960 مليون متر مكعب، وبلغت الحقينة 67,72 مترًا متجاوزة المستوى التاريخي المسجل لعام 1996 (63,65 مترًا)، من دون رصد أي اختلالات.
وقد وصل سد وادي المخازن، الذي يقع في حوض اللوكوس، إلى أقصى مستوى ملء له بفعل تساقطات مطرية استثنائية، وهو ما استدعى إطلاق عمليات تفريغ متحكم فيها بشكل استباقي منذ 24 يناير الماضي، بلغ مجموع ما فُرّغ خلالها 281 مليون متر مكعب تحسبا للواردات المنتظرة.
من جانبه، شدد محمد النعمي، رئيس سد وادي المخازن، في تصريح للمنبر الإعلامي نفسه، على استقرار المنشأة رغم الارتفاع القياسي، موضحا أنه جرى تفعيل آليات تقنية للتحكم في الصبيب عبر مفرغ الحمولة ومعمل توليد الطاقة الكهرومائية.
""", [
    ev("inflows-since-september", "845 مليون متر مكعب منذ أول سبتمبر حتى 1 فبراير 2026", "2025-09-01", "'منذ أول سبتمبر حتى 1 فبراير 2026' = 1 Sep 2025 - 1 Feb 2026", end="2026-02-02"),
    ev("inflows-last-week", "518 مليون متر مكعب خلال الأسبوع الماضي وحده", "2026-01-26", "'خلال الأسبوع الماضي' from Mon 2 Feb 2026 = the week of Mon 26 Jan - Sun 1 Feb 2026", end="2026-02-02"),
    ev("record-1996", "المستوى التاريخي المسجل لعام 1996", "1996-01-01", "'لعام 1996' = the year 1996 (the former record level, 63.65 m)", end="1997-01-01"),
    ev("dam-full", "إلى أقصى مستوى ملء له", DAM_FULL[0], "no own expression; the dam at its maximum with the data to 1 Feb 2026; my span 1-3 Feb", end=DAM_FULL[1]),
    ev("heavy-rains", "بفعل تساقطات مطرية استثنائية", RAINS[0], "no own expression; the exceptional rains of late January - early February 2026 (alsumaria: 'منذ الأسبوع الماضي وحتى الأربعاء'); my span 26 Jan - 4 Feb", end=RAINS[1]),
    ev("dam-releases", "إطلاق عمليات تفريغ متحكم فيها بشكل استباقي منذ 24 يناير الماضي", "2026-01-24", "'منذ 24 يناير الماضي' = from Sat 24 Jan 2026 to the report (Mon 2 Feb)", end="2026-02-03"),
])
art(S, "https://www.maghress.com/assahifa/174931",
    "2026-02-03", "byline line 'الصحيفة - إسماعيل بويعقوبي الثلاثاء 3 فبراير 2026 - 14:15' (kept without the names; 3 Feb 2026 was a Tuesday); the body's 'صباح اليوم الثلاثاء' agrees; headline kept from the page; breadcrumbs ('الرئيسية', 'تقارير') and the last, truncated word dropped", True, """
ليلة هي الأصعب.. القصر الكبير تصبح مدينة شبه خالية بعد أوامر بإخلاء أحياء جديدة كانت تُعد "آمنة" وسط ترقب لفيضان أشد
الثلاثاء 3 فبراير 2026 - 14:15
مرت على مدينة القصر الكبير، خلال الساعات الأخيرة، إحدى أشد لياليها استنفارا، إذ تلقت تحذيرات رسمية غير مسبوقة من خطر فيضانات وشيكة، تحولت إلى أوامر إخلاء عاجلة شملت أحياء عدة، بينها مناطق كانت إلى وقت قريب تُعد من الأحياء الآمنة البعيدة عن الخطر.
واستنادا إلى معطيات استقتها "الصحيفة" من شهود عيان، طلبت السلطات المحلية من سكان عدد من الأحياء مغادرة بيوتهم قبل الساعة الثامنة من صباح اليوم الثلاثاء، ضمن إجراءات استباقية هدفها حماية الأرواح. وهمّت هذه الأوامر أحياء سي عبد الله والوهراني والزكاكرة وأجزاء من حي زبيدة، فضلا عن شارع السجن المدني ودرب سيكي وأحياء العروبة والموظفين والأمل، إلى جانب أحياء أخرى لم تكن مدرجة سابقا ضمن نطاق الخطر.
وتزامن ذلك مع تصاعد التحذيرات بشأن الوضع الحرج لسد واد المخازن، إذ أكدت مصادر محلية أن الأمطار الغزيرة التي تشهدها الأقاليم المجاورة، والتي تصب كلها في حوض السد، رفعت منسوب مياهه.
""", [
    ev("hardest-night", "إحدى أشد لياليها استنفارا", "2026-02-02", "'خلال الساعات الأخيرة' before Tue 3 Feb 2026, 14:15 = the night of Mon 2 - Tue 3 Feb (my span)", end="2026-02-04"),
    ev("new-evacuation-orders", "تحولت إلى أوامر إخلاء عاجلة شملت أحياء عدة", "2026-02-02", "'خلال الساعات الأخيرة' = the orders of the night of Mon 2 - Tue 3 Feb 2026 (my span)", end="2026-02-04"),
    ev("evacuation-deadline", "قبل الساعة الثامنة من صباح اليوم الثلاثاء", "2026-02-03", "'قبل الساعة الثامنة من صباح اليوم الثلاثاء' = Tue 3 Feb 2026, 08:00"),
    ev("dam-full", "الوضع الحرج لسد واد المخازن", DAM_FULL[0], "no own expression; the full dam as reported 1-3 Feb 2026 (my span)", end=DAM_FULL[1]),
    ev("heavy-rains", "الأمطار الغزيرة التي تشهدها الأقاليم المجاورة", RAINS[0], "no own expression; the rains of 26 Jan - 4 Feb 2026 (my span)", end=RAINS[1]),
])
art(S, "https://www.alsumaria.tv/news/international/555253/%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8-%D8%A5%D8%AC%D9%84%D8%A7%D8%A1-%D8%B9%D8%B4%D8%B1%D8%A7%D8%AA-%D8%A7%D9%84%D8%A2%D9%84%D8%A7%D9%81-%D8%AA%D8%AD%D8%B3%D8%A8%D8%A7-%D9%84%D8%A3%D9%85%D8%B7%D8%A7%D8%B1-%D8%BA%D9%8A%D8%B1-%D9%85%D8%B3%D8%A8%D9%88%D9%82%D8%A9",
    "2026-02-04", "page stamp 'date 2026-02-04' (4 Feb 2026 was a Wednesday; the text's 'حتى الأربعاء' agrees); headline rendered from the URL slug; the stored text lost its linked names (it reads 'باسم ،', 'في ،', 'أوضحت في نشرة'), which I filled in as 'وزارة الداخلية المغربية', 'المغرب' and 'المديرية العامة للأرصاد الجوية'; no date of its own in the text", False, """
المغرب.. إجلاء عشرات الآلاف تحسبا لأمطار غير مسبوقة
قال الناطق الرسمي باسم وزارة الداخلية المغربية: "حفاظا على سلامة المواطنين، اعتُمد الإجلاء التدريجي لسكان عدد من الجماعات (...) وأفضى ذلك إلى غاية صباح اليوم إلى إجلاء ونقل ما مجموعه 108.423 شخصا".
وينحدر معظم هؤلاء (85 بالمئة) من مدينة القصر الكبير التي يقارب عدد سكانها 120 ألفا، والتي انطلق فيها الإجلاء منذ الجمعة.
وتمتد عمليات الإجلاء إلى بلدات مجاورة أخرى في سهلي اللكوس والغرب، الواقعين عند مصب نهري اللكوس وسبو في شمال غرب المغرب، وهما من أكبر أنهار البلاد.
وعرفت هذه المنطقة منذ الأسبوع الماضي وحتى الأربعاء هطول أمطار "كثيفة" في وقت قصير قد تصل كمياتها إلى 100 و150 ميليمترا، ما يسرّع امتلاء مجاري المياه ويرفع منسوب الأنهار، بحسب ما أوضحته المديرية العامة للأرصاد الجوية في نشرة إنذارية من المستوى الأحمر.
ويعرف المغرب منذ سبتمبر عودة استثنائية للأمطار بعد 7 أعوام من الجفاف الحاد، ما رفع مخزون السدود إلى أكثر من 61 بالمئة (أي ما يزيد على 10 مليارات متر مكعب)، وهو مستوى لم يُسجل منذ العام 2019، وفق ما أضافت الوزارة.
""", [
    ev("interior-statement", "قال الناطق الرسمي باسم وزارة الداخلية المغربية", "2026-02-04", "no own day; the statement quoted on Wed 4 Feb 2026 ('إلى غاية صباح اليوم')"),
    ev("evacuation-campaign", "إجلاء ونقل ما مجموعه 108.423 شخصا", EVAC[0], "'إلى غاية صباح اليوم' = up to the morning of Wed 4 Feb 2026, from 'منذ الجمعة' (Fri 30 Jan)", end=EVAC[1]),
    ev("evacuation-start", "انطلق فيها الإجلاء منذ الجمعة", "2026-01-30", "'منذ الجمعة' from Wed 4 Feb 2026 = Fri 30 Jan 2026"),
    ev("heavy-rains", "هطول أمطار \"كثيفة\" في وقت قصير", RAINS[0], "'منذ الأسبوع الماضي وحتى الأربعاء' from Wed 4 Feb 2026 = 26 Jan - 4 Feb 2026", end=RAINS[1]),
    ev("rain-return", "عودة استثنائية للأمطار بعد 7 أعوام من الجفاف الحاد", "2025-09-01", "'منذ سبتمبر' = from September 2025 to the report (Wed 4 Feb 2026)", end="2026-02-05"),
])

# ---------------------------------------------------------------- algeria-msila-djelfa-flash-floods-2025
S = "algeria-msila-djelfa-flash-floods-2025"
FRI = "2025-09-26"                         # Fri 26 Sep 2025: the storms of M'sila (Sidi Aissa) and Djelfa
SAT = "2025-09-27"                         # Sat 27 Sep 2025: bodies found in Djelfa (aljazeera)
SUN28 = "2025-09-28"                       # Sun 28 Sep 2025: the Interior Minister in M'sila
art(S, "https://www.echoroukonline.com/%D8%A7%D9%84%D8%AA%D9%82%D9%84%D8%A8%D8%A7%D8%AA-%D8%A7%D9%84%D8%AC%D9%88%D9%8A%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D9%85%D8%B3%D9%8A%D9%84%D8%A9-%D8%A7%D9%86%D8%AA%D8%B4%D8%A7%D9%84-%D8%AC%D8%AB%D8%AA",
    "2025-09-26", "page stamp 'date 2025-09-26' and the body's 'اليوم الجمعة، 26 سبتمبر' (kept; 26 Sep 2025 was a Friday); headline rendered from the URL slug (truncated there) and the body; the list of rescues turned into sentences", True, """
التقلبات الجوية في المسيلة.. انتشال جثتي طفلين وإنقاذ 19 شخصا
خلّفت التقلبات الجوية التي عرفتها ولاية المسيلة اليوم الجمعة، 26 سبتمبر، وفاة طفلين، فيما تدخلت مصالح الحماية المدنية وأنقذت 19 شخصا حاصرتهم مياه السيول.
ففي بلدية سيدي عيسى، تسببت الأمطار الغزيرة في ارتفاع منسوب أربعة أودية (قطريني، جنان، اللحم، غراق)، ما دفع مصالح الحماية المدنية إلى التدخل لإنقاذ المواطنين العالقين وسط السيول.
وبحسب حصيلة الحماية المدنية على الساعة 17:00، أنقذت فرق الإنقاذ 7 أفراد كانوا عالقين داخل منزل بحي 11 ديسمبر، وشخصا واحدا علق داخل منزل بحي 16 أفريل، و3 أشخاص كانوا على متن سيارة بحي 20 أوت، و7 أشخاص آخرين داخل منزل بحي 20 أوت.
كما انتشل أعوان الحماية المدنية جثتي طفل وطفلة يبلغان من العمر 3 و 5 سنوات بحديقة 20 أوت، ونُقلت الجثتان إلى مصلحة حفظ الجثث بالمستشفى المحلي.
وفي بلدية السوامع، أنقذت مصالح الحماية المدنية شخصا كان محاصرا في وادي بوحمادو، وهو في صحة جيدة.
""", [
    ev("msila-storm", "خلّفت التقلبات الجوية التي عرفتها ولاية المسيلة اليوم الجمعة، 26 سبتمبر", FRI, "'اليوم الجمعة، 26 سبتمبر' = Fri 26 Sep 2025"),
    ev("wadis-overflow", "ارتفاع منسوب أربعة أودية", FRI, "no own expression; the four wadis of Sidi Aissa overflowing on Fri 26 Sep 2025"),
    ev("rescues-19", "وأنقذت 19 شخصا حاصرتهم مياه السيول", FRI, "no own expression; the rescues of Fri 26 Sep 2025 (count at 'الساعة 17:00'); 'حي 11 ديسمبر', 'حي 16 أفريل', 'حي 20 أوت' are street names, not dates"),
    ev("sidi-aissa-children", "انتشل أعوان الحماية المدنية جثتي طفل وطفلة", FRI, "no own expression; the bodies recovered on Fri 26 Sep 2025 ('حديقة 20 أوت' is a park's name)"),
    ev("souamaa-rescue", "أنقذت مصالح الحماية المدنية شخصا كان محاصرا في وادي بوحمادو", FRI, "no own expression; the same Friday 26 Sep 2025"),
])
art(S, "https://www.ennaharonline.com/%D8%A7%D9%84%D8%AA%D9%82%D9%84%D8%A8%D8%A7%D8%AA-%D8%A7%D9%84%D8%AC%D9%88%D9%8A%D8%A9-%D8%A5%D9%86%D9%82%D8%A7%D8%B0-14-%D8%B4%D8%AE%D8%B5%D8%A7-%D9%88%D8%AA%D9%88%D8%A7%D8%B5%D9%84-%D8%A7/",
    "2025-09-26", "page stamp 'date 2025-09-26' (26 Sep 2025 was a Friday); the body's 'مساء اليوم' and 'إلى غاية الساعة 22:00 ليوم الجمعة' agree; headline rendered from the URL slug; the last, truncated sentence (El Bayadh) dropped; no date of its own in the text", False, """
التقلبات الجوية.. إنقاذ 14 شخصا وتواصل البحث عن طفل مفقود
أنقذت مصالح الحماية المدنية مساء اليوم 14 شخصا بسبب التقلبات الجوية، بينما تتواصل عمليات البحث عن طفل مفقود جرفته مياه الوادي.
وأصدرت المديرية العامة للحماية المدنية الحصيلة العامة للتقلبات الجوية إلى غاية الساعة 22:00 ليوم الجمعة.
ففي ولاية الجلفة، جرى البحث عن طفل يبلغ من العمر سنتين فُقد في واد بمنطقة سد أم الذروع، بعدما جرفت مياه الوادي السيارة السياحية التي كان على متنها ببلدية سيدي بايزيد.
كما أُنقذ 9 أشخاص كانوا في سيارتين علقتا على الطريق الوطني رقم 01 بمنطقة العسيلة، إثر ارتفاع منسوب مياه الأمطار في بلدية الإدريسية.
وفي ولاية المسيلة، أُنقذ شخص حاصرته مياه واد القصب بحي 108 مسكن في بلدية المسيلة، كما أنقذت الحماية المدنية شخصا كان على متن شاحنة حاصرتها مياه واد سبسب في بلدية بوطي السايح.
وفي بلدية عين الحجل، بحثت المصالح ذاتها عن شخصين مفقودين في المكان المسمى أولاد مولاهم، وأنقذت شخصين كانا محاصرين في واد الجنان.
أما في ولاية تيارت، فقد أُخرج عدد من رؤوس الأغنام حاصرتها مياه الوادي بمنطقة الحريقة في بلدية عين الذهب.
""", [
    ev("rescues-14", "أنقذت مصالح الحماية المدنية مساء اليوم 14 شخصا", FRI, "'مساء اليوم' = the evening of Fri 26 Sep 2025"),
    ev("status-22h", "الحصيلة العامة للتقلبات الجوية إلى غاية الساعة 22:00 ليوم الجمعة", FRI, "'إلى غاية الساعة 22:00 ليوم الجمعة' = Fri 26 Sep 2025, 22:00"),
    ev("toddler-search", "جرى البحث عن طفل يبلغ من العمر سنتين", FRI, "no own expression; the search of Friday night 26 Sep 2025 (the body was found on Sat 27)"),
    ev("toddler-swept", "جرفت مياه الوادي السيارة السياحية التي كان على متنها", FRI, "no own expression; the car swept away on Fri 26 Sep 2025"),
    ev("rn1-rescue", "أُنقذ 9 أشخاص كانوا في سيارتين", FRI, "no own expression; the same Friday 26 Sep 2025"),
    ev("ain-hadjel-missing", "بحثت المصالح ذاتها عن شخصين مفقودين", FRI, "no own expression; the search of Fri 26 Sep 2025 in Ain El Hadjel"),
])
art(S, "https://www.aljazeera.net/news/2025/9/27/5-%D9%82%D8%AA%D9%84%D9%89-%D9%81%D9%8A-%D9%81%D9%8A%D8%B6%D8%A7%D9%86%D8%A7%D8%AA-%D8%AC%D9%86%D9%88%D8%A8-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1?traffic_source=rss",
    "2025-09-27", "date in the URL '/2025/9/27/' and stamp 'date 2025-09-27' (27 Sep 2025 was a Saturday; the body's 'اليوم السبت' agrees); headline rendered from the URL slug; a parenthetical gloss on the High Plateaus dropped; no date of its own in the text", False, """
5 قتلى في فيضانات جنوب الجزائر
أعلنت الحماية المدنية اليوم السبت أن 5 أشخاص، من بينهم طفلان ورضيع، لقوا حتفهم في فيضانات سببتها أمطار غزيرة هطلت على ولاية الجلفة (300 كيلومتر جنوب الجزائر العاصمة) وعلى مناطق عدة في شرق البلاد وجنوبها منذ الخميس.
وأفاد بيان أول للحماية المدنية بأنها عثرت على "طفل (رضيع) يبلغ سنتين جرفته مياه واد بمنطقة سد أم الذروع بولاية الجلفة".
وأوضحت في بيانين منفصلين أنه خلال "البحث عن شخصين مفقودين بالمكان المسمى وادي فريطيس" عُثر على شخص متوفى وانتُشل على بعد نحو 15 كيلومترا من مكان الحادث، بعدما جرف الفيضان السيارة التي كانا على متنها، ثم عُثر على المتوفى الثاني وانتُشل على بعد نحو 30 كيلومترا من المكان نفسه.
والجمعة، انتُشلت "جثتا طفل وطفلة (3 و5 سنوات)" من حديقة في سيدي عيسى بولاية المسيلة، بعدما غرقا إثر ارتفاع مفاجئ لمنسوب 4 وديان مجاورة، وفق الحماية المدنية.
وكانت مصالح الأرصاد الجوية قد نبهت إلى تساقط كميات كبيرة من الأمطار قد تبلغ 15 مليمترا في شرق الجزائر، لا سيما في قسنطينة وسطيف وسوق أهراس، وكذلك في مناطق الهضاب العليا مثل المسيلة والجلفة.
""", [
    ev("death-toll-5", "5 أشخاص، من بينهم طفلان ورضيع، لقوا حتفهم", FRI, "no own expression; the deaths of Fri 26 - Sat 27 Sep 2025, announced 'اليوم السبت' (my span)", end="2025-09-28"),
    ev("rain-episode", "وعلى مناطق عدة في شرق البلاد وجنوبها منذ الخميس", "2025-09-25", "'منذ الخميس' from Sat 27 Sep 2025 = Thu 25 - Sat 27 Sep 2025", end="2025-09-28"),
    ev("toddler-found", "وأفاد بيان أول للحماية المدنية بأنها عثرت على", SAT, "no own expression; the first statement of 'اليوم السبت' = Sat 27 Sep 2025 (elbalad 28 Sep: 'يوم أمس')"),
    ev("toddler-swept", "جرفته مياه واد بمنطقة سد أم الذروع", FRI, "no own expression; the car swept away on Fri 26 Sep 2025 (ennahar)"),
    ev("frites-bodies-found", "عُثر على شخص متوفى وانتُشل على بعد نحو 15 كيلومترا", SAT, "no own expression; the statements of Sat 27 Sep 2025 (my date)"),
    ev("sidi-aissa-children", "انتُشلت \"جثتا طفل وطفلة (3 و5 سنوات)\"", FRI, "'والجمعة' from Sat 27 Sep 2025 = Fri 26 Sep 2025"),
])
art(S, "https://www.msilawilaya.dz/%d8%a7%d9%84%d8%b3%d9%8a%d8%af-%d8%b3%d8%b9%d9%8a%d8%af-%d8%b3%d8%b9%d9%8a%d9%88%d8%af-%d9%88%d8%b2%d9%8a%d8%b1-%d8%a7%d9%84%d8%af%d8%a7%d8%ae%d9%84%d9%8a%d8%a9-%d9%88%d8%a7%d9%84%d8%ac%d9%85%d8%a7",
    "2025-09-28", "the body's 'اليوم الأحد 28 سبتمبر 2025' (kept; 28 Sep 2025 was a Sunday); the wilaya's official site; headline written from the body (the stored text has none); the last, truncated words dropped", True, """
وزير الداخلية يحل بالمسيلة لمعاينة مخلفات التقلبات الجوية
المسيلة/ بتوجيهات من رئيس الجمهورية السيد عبد المجيد تبون، وصل اليوم الأحد 28 سبتمبر 2025 إلى ولاية المسيلة السيد السعيد سعيود، وزير الداخلية والجماعات المحلية والنقل، يرافقه الأمين العام للوزارة والمدير العام للحماية المدنية والمندوب الوطني للمخاطر الكبرى والمدير العام للجماعات المحلية، وكان في استقبالهم والي الولاية السيد نجم الدين طيار، بحضور رئيس المجلس الشعبي الولائي وأعضاء اللجنة الولائية للأمن وأعضاء البرلمان بغرفتيه ورئيس دائرة سيدي عيسى ومدير الحماية المدنية ورؤساء المجالس الشعبية لبلديتي سيدي عيسى وبوطي السايح وأعضاء المجلس الشعبي الولائي.
وتأتي زيارة الوزير والوفد المرافق له للوقوف ميدانيا على مخلفات التقلبات الجوية في مناطق الولاية، ومنها منطقتا سيدي عيسى وعين الحجل، والاطلاع على التدابير المتخذة لحماية المواطنين وممتلكاتهم، واتخاذ ما يلزم من إجراءات لإصلاح الأضرار المادية التي لحقت بشبكة الطرق وببعض المنشآت القاعدية.
وبتكليف من رئيس الجمهورية، توجه الوزير رفقة والي الولاية وأعضاء الوفد إلى المسكن العائلي لعائلة غومال ببلدية سيدي عيسى، أهل الضحيتين اللتين جرفتهما السيول التي شهدتها المنطقة.
""", [
    ev("minister-visit", "وصل اليوم الأحد 28 سبتمبر 2025 إلى ولاية المسيلة", SUN28, "'اليوم الأحد 28 سبتمبر 2025' (a Sunday)"),
    ev("damage-inspection", "للوقوف ميدانيا على مخلفات التقلبات الجوية", SUN28, "no own expression; the purpose of the visit of Sun 28 Sep 2025"),
    ev("roads-damaged", "الأضرار المادية التي لحقت بشبكة الطرق", FRI, "no own expression; the damage of the storms of Fri 26 Sep 2025"),
    ev("condolence-visit", "توجه الوزير رفقة والي الولاية وأعضاء الوفد إلى المسكن العائلي", SUN28, "no own expression; during the visit of Sun 28 Sep 2025"),
    ev("sidi-aissa-children", "اللتين جرفتهما السيول التي شهدتها المنطقة", FRI, "no own expression; the two children of the Ghoumal family drowned on Fri 26 Sep 2025 (echorouk, aljazeera)"),
])

# ---------------------------------------------------------------- mauritania-selibaby-floods-2019
S = "mauritania-selibaby-floods-2019"
MON = "2019-08-26"                         # Mon 26 Aug 2019: Selibaby and Guidimakha flooded
RAIN = ("2019-08-24", "2019-08-27")        # the rains 'بين السبت والاثنين' = Sat 24 - Mon 26 Aug 2019
DEATHS = ("2019-08-26", "2019-08-28")      # the drownings of Mon 26 Aug and the bodies found up to Tue 27 Aug 2019 (my span)
MINISTERS = "2019-08-27"                   # the ministers sent to Selibaby, arrived on the evening of Tue 27 Aug 2019
art(S, "http://elwassat.info/index.php/3amme/15063-2019-08-26-15-56-09?layout=default&print=1&tmpl=component",
    "2019-08-26", "the page's URL '15063-2019-08-26-15-56-09' (the site's creation stamp, 26 Aug 2019 15:56; 26 Aug 2019 was a Monday); the body's 'اليوم الإثنين' agrees; headline written from the body (the print view has none); no date of its own in the text", False, """
فيضانات قوية تغمر سيلبابي وعمدتها يعلنها مدينة منكوبة
ضربت فيضانات قوية اليوم الإثنين عدة بلدات في ولاية كيدماغه، إثر هطول متواصل للأمطار وعواصف دامت لعدة ساعات.
وبحسب مصادر إعلامية، غمرت السيول الجارفة أكثر من نصف مدينة سيلبابي، عاصمة ولاية كيدماغه، فانهارت منازل وشُرّدت مئات الأسر من مساكنها.
وذكرت مصادر موثوقة من قرية "المتعيلك" التابعة لبلدية لعبلي أن رضيعا لقي حتفه بعدما جرفته السيول العنيفة التي هدمت المنازل وشرّدت السكان.
وأعلن عمدة سيلبابي المدينة منطقة منكوبة، داعيا السلطات الحكومية إلى التدخل العاجل، في حين أفادت مصادر بأن التساقطات المطرية تخطت حاجز 200 ملم.
""", [
    ev("selibaby-floods", "ضربت فيضانات قوية اليوم الإثنين عدة بلدات", MON, "'اليوم الإثنين' = Mon 26 Aug 2019"),
    ev("houses-collapse", "فانهارت منازل وشُرّدت مئات الأسر", MON, "no own expression; the same Monday 26 Aug 2019"),
    ev("baby-death", "رضيعا لقي حتفه", MON, "no own expression; the infant drowned at al-Mutaaylik on Mon 26 Aug 2019"),
    ev("disaster-declared", "وأعلن عمدة سيلبابي المدينة منطقة منكوبة", MON, "no own expression; the mayor's call, reported in this Monday report itself (26 Aug 2019, 15:56)"),
    ev("heavy-rain", "التساقطات المطرية تخطت حاجز 200 ملم", RAIN[0], "no own expression; the rains of Sat 24 - Mon 26 Aug 2019 (essahraa: 'بين السبت والاثنين')", end=RAIN[1]),
])
art(S, "https://alwiam.info/ar/6464",
    "2019-08-27", "the page's end stamp 'ثلاثاء, 27/08/2019 - 20:20' (kept as last line; 27 Aug 2019 was a Tuesday); headline kept from the page", True, """
مصدر للوئام: ضحايا الفيضانات والسيول في سيلبابي 5 وفيات وعدد من المصابين
أفادت مصادر محلية في مدينة سيلبابي للوئام بأن حصيلة ضحايا السيول التي عرفتها المدينة بسبب الأمطار الغزيرة التي هطلت عليها بلغت خمس وفيات، بينهم أطفال صغار وسيدة، إضافة إلى عدد من المصابين.
وكانت السيول قد غمرت المدينة قبل أن تتدخل فرق الإنقاذ التي لم تتأخر، وأرسلت السلطات قوافل إلى المدينة المنكوبة، ثم أوفد رئيس الجمهورية وزراء من الحكومة إلى عاصمة ولاية كيدي ماغة لتقديم العزاء لأسر الضحايا والوقوف على حجم الكارثة وإيجاد الحلول الملائمة لها.
ووصل وزير الداخلية محمد سالم ولد مرزوك ووزيرة الإسكان إلى مدينة سيلبابي مساء اليوم.
ثلاثاء, 27/08/2019 - 20:20
""", [
    ev("flood-deaths", "بلغت خمس وفيات", DEATHS[0], "no own expression; the deaths of Mon 26 Aug 2019 and the bodies found up to Tue 27 Aug (my span)", end=DEATHS[1]),
    ev("selibaby-floods", "وكانت السيول قد غمرت المدينة", MON, "no own expression; the flooding of Mon 26 Aug 2019 (elwassat)"),
    ev("aid-convoys", "وأرسلت السلطات قوافل إلى المدينة المنكوبة", "2019-08-26", "no own expression; convoys sent between the flood (Mon 26) and the report (Tue 27 Aug 2019, 20:20) (my span)", end="2019-08-28"),
    ev("ministers-dispatched", "أوفد رئيس الجمهورية وزراء من الحكومة", MINISTERS, "no own expression; the ministers sent on Tue 27 Aug 2019 (arrived 'مساء اليوم')"),
    ev("ministers-arrival", "ووصل وزير الداخلية محمد سالم ولد مرزوك ووزيرة الإسكان إلى مدينة سيلبابي مساء اليوم", MINISTERS, "'مساء اليوم' = the evening of Tue 27 Aug 2019 (stamp 20:20)"),
])
art(S, "https://www.essahraa.net/node/10479",
    "2019-08-28", "the page's end stamp 'أربعاء, 28/08/2019 - 22:02' (kept as last line; 28 Aug 2019 was a Wednesday); a translation by Essahraa of a foreign report (the lines 'ترجمة الصحراء' and 'لمطالعة الأصل اضغط هنا' dropped); headline kept from the page", True, """
عمدة سيلبابي: بعض سكان المدينة خسروا كل ما يملكون
أودت الأمطار الغزيرة التي هطلت على مدينة سيليبابي، في جنوب شرق البلاد، بحياة ثلاثة أشخاص وشرّدت مئات العائلات.
فقد تهاطلت على هذه المدينة المطلة على نهر السنغال، بين السبت والاثنين، كمية من الأمطار توازي ما يهطل عادة على المنطقة في ظرف ستة أشهر، مما أدى إلى وفيات غرقا. ويعمل المنتخبون المحليون والسلطات الجهوية على تقديم الإسعافات الأولية للسكان.
وما زالت عاصمة ولاية كيديماغا غارقة في المياه التي حصدت أرواحا ودمرت منازل، بحسب ما أوضحه عمدة مدينة سيليبابي السيد محمد فال مكحلة، الذي قال: "على مستوى الأرواح سجلنا وفاة ثلاثة أطفال تتراوح أعمارهم بين 8 و 9 و 12 سنة، ثم سجلنا أضرارا مادية بالغة في الأحياء، إذ انهارت بعض المساكن كليا ولم تنج المباني الصلبة من الفيضانات".
وشدد العمدة على الحاجات العاجلة للسكان المتضررين قائلا: "لقد تضرر الجميع، وستحتاج العائلات التي فقدت مأواها إلى ملاجئ مؤقتة أو خيام، وإلى الغذاء أيضا لأنها خسرت كل شيء!". وقد بعثت الحكومة الموريتانية وفدا يرأسه وزير الداخلية إلى سيليبابي لتقدير حجم الكارثة.
أربعاء, 28/08/2019 - 22:02
""", [
    ev("flood-deaths", "بحياة ثلاثة أشخاص", DEATHS[0], "no own expression; the drownings of Mon 26 Aug 2019 and after (my span 26-27 Aug)", end=DEATHS[1]),
    ev("heavy-rain", "بين السبت والاثنين", RAIN[0], "'بين السبت والاثنين' = Sat 24 - Mon 26 Aug 2019", end=RAIN[1]),
    ev("still-flooded", "وما زالت عاصمة ولاية كيديماغا غارقة في المياه", MON, "no own expression; the town under water from Mon 26 Aug 2019 to the (translated) report (my span 26-28 Aug)", end="2019-08-29"),
    ev("houses-collapse", "انهارت بعض المساكن كليا", MON, "no own expression; the houses destroyed on Mon 26 Aug 2019"),
    ev("ministers-dispatched", "بعثت الحكومة الموريتانية وفدا يرأسه وزير الداخلية", MINISTERS, "no own expression; the delegation sent on Tue 27 Aug 2019 (alwiam: arrived 'مساء اليوم')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 335
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

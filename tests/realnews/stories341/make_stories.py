"""Builds stories.jsonl: the 341-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: tribal and clan clashes, vendettas and reconciliation
agreements: clashes between families or tribes, deaths, security deployments, truce and sulh agreements signed.
Stories: the Masalit-Arab clashes of Geneina and the curfew in West Darfur (Sudan, January 2021), the
Ja'abari-Awiwi vendetta in Hebron and its tribal 'atwa (Palestine, July-August 2021), the Bedouin-Druze clashes
of Sweida and the entry of government forces (Syria, July 2025), the Abu Hizam microbus massacre of the
Saadiya-Awamer vendetta near Nag Hammadi (Egypt, June 2021), and the Rumaidh-Omar clash of al-Islah in Dhi Qar
that killed the province's intelligence director (Iraq, March 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- sudan-geneina-masalit-arab-clashes-2021
S = "sudan-geneina-masalit-arab-clashes-2021"
OUTBREAK = "2021-01-16"                    # fighting in Geneina (Krinding) from the morning of Sat 16 Jan 2021
COUNCIL = "2021-01-17"                     # the Sovereign Council's decision to send reinforcements, Sun 17 Jan
TOLL83 = "2021-01-17"                      # the doctors' toll of 83 killed, issued on the evening of Sun 17 Jan
TOLL129 = "2021-01-18"                     # the doctors' toll of 129 killed, Mon 18 Jan
JUBA = "2020-10-03"                        # the Juba peace agreement was signed on Sat 3 Oct 2020
art(S, "https://darfur24.com/2021/01/16/%d8%ad%d8%b8%d8%b1-%d8%aa%d8%ac%d9%88%d8%a7%d9%84-%d9%88%d8%aa%d9%81%d9%88%d9%8a%d8%b6-%d9%84%d9%84%d9%82%d9%88%d8%a7%d8%aa-%d8%a8%d8%a7%d8%b3%d8%aa%d8%ae%d8%af%d8%a7%d9%85-%d8%a7%d9%84%d9%82%d9%88",
    "2021-01-16", "date in the URL '/2021/01/16/' (16 Jan 2021 was a Saturday); the body's 'اليوم السبت' (twice) agrees; headline written from the URL slug (the stored text has none); the dateline 'الجنينة- دارفور24' kept; the typo 'اليوم االسبت' of the page written 'اليوم السبت'", True, """
والي غرب دارفور يحظر التجوال ويخوّل القوات النظامية استخدام القوة
الجنينة- دارفور24
أصدر والي ولاية غرب دارفور، محمد عبد الله الدومة، قرارا يخوّل القوات الحكومية اللجوء إلى القوة وهي تؤدي واجبها في التصدي للمتفلتين في جميع مناطق الولاية.
وقال الوالي: "إننا نمنح بهذا القرار القوات النظامية بكل وحداتها صلاحية استعمال القوة الحاسمة خلال أدائها مهامها في حسم المتفلتين ومكافحة الظواهر السالبة، من أجل فرض الأمن والاستقرار وبسط هيبة الدولة في الولاية".
وأصدر الوالي أيضا قرارا ثانيا يمنع التجوال في كل أرجاء الولاية، ابتداءً من اليوم السبت إلى حين إشعار آخر.
ويقضي القرار بإغلاق الأسواق كليا ومنع أي شكل من أشكال تجمع المواطنين.
وتدور في مدينة الجنينة منذ ساعات صباح اليوم السبت معارك عنيفة بين مجموعات مسلحة، وتفيد تقديرات أولية بأن عدد القتلى تجاوز عشرة أشخاص من طرف واحد، غير أن مسؤول النازحين في مخيمات غرب دارفور أوضح أن تواصل القتال حتى لحظات تصريحاته لدارفور24 - قبل ساعة من كتابة هذا الخبر - حال دون حصرهم أعداد الضحايا.
""", [
    ev("force-authorized", "قرارا يخوّل القوات الحكومية اللجوء إلى القوة", OUTBREAK, "no own expression; issued with the curfew decision 'ابتداءً من اليوم السبت' = Sat 16 Jan 2021 (URL date)"),
    ev("curfew-imposed", "قرارا ثانيا يمنع التجوال في كل أرجاء الولاية", OUTBREAK, "'ابتداءً من اليوم السبت' = Sat 16 Jan 2021"),
    ev("clashes-outbreak", "وتدور في مدينة الجنينة منذ ساعات صباح اليوم السبت معارك عنيفة", OUTBREAK, "'منذ ساعات صباح اليوم السبت' = the morning of Sat 16 Jan 2021"),
    ev("saturday-deaths", "عدد القتلى تجاوز عشرة أشخاص من طرف واحد", OUTBREAK, "the dead of the first day of fighting, Sat 16 Jan 2021 (a first estimate 'قبل ساعة من كتابة هذا الخبر')"),
])
art(S, "https://stepagency-sy.net/2021/01/17/341231",
    "2021-01-17", "date in the URL '/2021/01/17/' (17 Jan 2021 was a Sunday); the body's 'اليوم الأحد' and 'أمس السبت' agree; headline written from the body (the stored text has none); the cookie notice of the page dropped; no date of its own in the text", False, """
مجلس السيادة في السودان يدفع بتعزيزات عسكرية إلى غرب دارفور
اتخذ مجلس السيادة السوداني، اليوم الأحد، قرارا بإرسال تعزيزات عسكرية إلى ولاية غرب دارفور من أجل حماية المواطنين والمنشآت الحيوية فيها.
وكانت مدينة الجنينة، عاصمة ولاية غرب دارفور السودانية، قد عاشت أمس السبت مواجهات قبلية مسلحة سقط فيها نحو 48 قتيلا و97 جريحا، الأمر الذي أذكى المخاوف من تكرار مشهد الحرب الدامية التي اشتعلت في دارفور عام 2003 وحصدت أرواح أكثر من 300 ألف شخص.
""", [
    ev("reinforcements-decision", "قرارا بإرسال تعزيزات عسكرية إلى ولاية غرب دارفور", COUNCIL, "'اليوم الأحد' = Sun 17 Jan 2021"),
    ev("clashes-outbreak", "قد عاشت أمس السبت مواجهات قبلية مسلحة", OUTBREAK, "'أمس السبت' in an article of Sun 17 Jan 2021 = Sat 16 Jan"),
    ev("saturday-deaths", "سقط فيها نحو 48 قتيلا و97 جريحا", OUTBREAK, "the dead of the fighting of 'أمس السبت' = Sat 16 Jan 2021"),
    ev("darfur-war-2003", "الحرب الدامية التي اشتعلت في دارفور عام 2003", "2003-01-01", "'عام 2003' = the outbreak of the Darfur war, some day of 2003 (year span)", end="2004-01-01"),
])
art(S, "https://alsharqtoday.com/2021/01/18/%d8%a7%d9%84%d8%b3%d9%88%d8%af%d8%a7%d9%86-%d8%a7%d8%b1%d8%aa%d9%81%d8%a7%d8%b9-%d8%b9%d8%af%d8%af-%d8%a7%d9%84%d8%b6%d8%ad%d8%a7%d9%8a%d8%a7-%d9%81%d9%8a-%d9%85%d9%88%d8%a7%d8%ac%d9%87%d8%a7%d8%aa",
    "2021-01-18", "date in the URL '/2021/01/18/' (18 Jan 2021 was a Monday); 'منذ يومين' after the fighting that began on Sat 16 Jan agrees; headline rendered from the URL slug (the stored text has none); the source line 'المصدر: فرانس 24' kept", True, """
السودان.. ارتفاع حصيلة ضحايا المواجهات القبلية في الجنينة
الشرق اليوم- خلّفت مواجهات عنيفة متواصلة منذ يومين بين قبيلة المساليت وبدو عرب رحّل في مدينة الجنينة، عاصمة ولاية غرب دارفور السودانية، أكثر من ثمانين قتيلا. وتُعد أعمال العنف هذه الأخطر في الإقليم منذ توقيع اتفاق سلام في تشرين الأول/أكتوبر الماضي.
وذكرت لجنة أطباء السودان المركزية أن أعداد القتلى والجرحى قابلة للزيادة مع استمرار المواجهات، التي أوقعت أيضا مصابين في صفوف القوات المسلحة السودانية.
وحث الأمين العام للأمم المتحدة، أنطونيو غوتيريس، على "بذل أقصى الجهود لتهدئة التصعيد ووقف القتال واستعادة سلطة القانون".
وتفيد تقارير بأن الخلاف بين قبيلة المساليت والبدو العرب الرحّل في الجنينة، عاصمة ولاية غرب دارفور، بدأ بشكل فردي ثم تحول إلى مواجهات أوسع شاركت فيها ميليشيات مسلحة.
وقالت لجنة أطباء السودان المركزية في بيان على صفحتها في فيسبوك: "ارتفع عدد ضحايا الأحداث الدامية التي تعيشها الجنينة، حاضرة ولاية غرب دارفور، منذ صباح السبت الموافق 16 كانون الثاني/يناير 2021، إذ سجلت اللجنة (83) قتيلا و(160) جريحا، من بينهم جرحى من القوات المسلحة".
المصدر: فرانس 24
""", [
    ev("fighting-two-days", "خلّفت مواجهات عنيفة متواصلة منذ يومين", OUTBREAK, "'متواصلة منذ يومين' up to the report of Mon 18 Jan 2021 = Sat 16 - Mon 18 Jan (my span)", end="2021-01-19"),
    ev("juba-peace-agreement", "منذ توقيع اتفاق سلام في تشرين الأول/أكتوبر الماضي", JUBA, "'في تشرين الأول/أكتوبر الماضي' = October 2020: the Juba agreement signed on Sat 3 Oct 2020 (outside knowledge)"),
    ev("guterres-appeal", "وحث الأمين العام للأمم المتحدة، أنطونيو غوتيريس", COUNCIL, "no own expression; the Secretary-General's call after the toll of Sun 17 Jan, before this report of Mon 18 Jan 2021 (my span)", end="2021-01-19"),
    ev("clashes-outbreak", "الأحداث الدامية التي تعيشها الجنينة، حاضرة ولاية غرب دارفور، منذ صباح السبت", OUTBREAK, "'منذ صباح السبت الموافق 16 كانون الثاني/يناير 2021' = Sat 16 Jan 2021"),
    ev("toll-83", "إذ سجلت اللجنة (83) قتيلا و(160) جريحا", TOLL83, "no own expression; the doctors' toll of 83 was issued on the evening of Sun 17 Jan 2021 (the Anadolu report: 'آخر حصيلة مساء الأحد، كانت 83 قتيلا')"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=23093302",
    "2021-01-18", "no date line on the stored page; the body's 'الإثنين' for the toll of 129, after 'آخر حصيلة مساء الأحد' of 83 and the curfew of 'السبت' (Sat 16 Jan 2021), gives Mon 18 Jan 2021 (the day the doctors' committee raised the toll to 129); headline written from the body; the Anadolu credit line kept; the last, truncated sentence dropped; no date of its own in the text", False, """
ارتفاع ضحايا أحداث الجنينة في غرب دارفور إلى 129 قتيلا
الخرطوم/طلال اسماعيل/الأناضول أفادت لجنة أطباء السودان، الإثنين، بأن عدد ضحايا أحداث مدينة الجنينة في ولاية غرب دارفور (غرب) صعد إلى 129 قتيلا و198 جريحا.
وورد ذلك في بيان أصدرته اللجنة (غير الحكومية) وحصلت الأناضول على نسخة منه، بعد آخر حصيلة مساء الأحد، كانت 83 قتيلا و160 جريحا.
وجاء في البيان: "صعدت حصيلة ضحايا أحداث الجنينة التي بدأت منذ صبيحة السبت، إذ سجلت اللجنة 129 قتيلا و198 جريحا، من بينهم أطفال ومواليد، يتلقون العلاج في المرافق الطبية".
وأضاف: "على الرغم من الهدوء النسبي الذي تعيشه المدينة، فإن رقعة العنف اتسعت، إذ تسلمت المستشفيات جثامين من منطقتي مورني وقوكر التابعتين للولاية، لأشخاص قتلوا في أحداث مرتبطة بما يدور في الجنينة".
وذكر البيان أن اللجنة على تواصل مع الهلال الأحمر السوداني في موقع الأحداث، "إذ تفيد بوجود مزيد من الجثامين والجرحى الذين يتعذر الوصول إليهم جراء التعقيدات الأمنية".
ولم تقدم اللجنة تفاصيل عن عدد الجرحى في صفوف الجيش، في حين لم تعلق الحكومة الاتحادية على بيانها حتى الساعة 14:30 (ت.غ).
والسبت، قررت السلطات فرض حظر تجوال إلى أجل غير مسمى في الولاية، إثر أعمال عنف في منطقة "كريندق" بمدينة "الجنينة"، بدأت بشجار بين شخصين تطور إلى إحراق عدد من المنازل.
""", [
    ev("toll-129", "صعد إلى 129 قتيلا و198 جريحا", TOLL129, "'الإثنين' = Mon 18 Jan 2021"),
    ev("toll-83", "بعد آخر حصيلة مساء الأحد، كانت 83 قتيلا", TOLL83, "'مساء الأحد' before Mon 18 = the evening of Sun 17 Jan 2021"),
    ev("clashes-outbreak", "أحداث الجنينة التي بدأت منذ صبيحة السبت", OUTBREAK, "'منذ صبيحة السبت' = the morning of Sat 16 Jan 2021"),
    ev("violence-spreads-morni-kokr", "تسلمت المستشفيات جثامين من منطقتي مورني وقوكر", TOLL83, "no own expression; bodies from Morni and Kokr received between the toll of Sun 17 and the statement of Mon 18 Jan 2021 (my span)", end="2021-01-19"),
    ev("curfew-imposed", "والسبت، قررت السلطات فرض حظر تجوال", OUTBREAK, "'والسبت' before Mon 18 = Sat 16 Jan 2021"),
])

# ---------------------------------------------------------------- palestine-hebron-jaabari-awiwi-atwa-2021
S = "palestine-hebron-jaabari-awiwi-atwa-2021"
KILLED = "2021-07-27"                      # Basil al-Ja'abari shot dead in Hebron on Tue 27 Jul 2021
FUNERAL = "2021-07-28"                     # his funeral, noon of Wed 28 Jul
COMMITTEE = "2021-07-30"                   # President Abbas formed the al-Zeer committee on Fri 30 Jul
MUHLA = "2021-07-31"                       # the two-day truce ('مهلة') taken on Sat 31 Jul
PRESSCONF = "2021-08-02"                   # al-Zeer's press conference at the governorate, Mon 2 Aug
ATWA = "2021-08-03"                        # the tribal 'atwa signed on the evening of Tue 3 Aug 2021
art(S, "https://almadina.tv/%d9%81%d8%b6%d9%91-%d9%86%d8%b2%d8%a7%d8%b9%d8%a7%d8%aa-%d9%88%d8%aa%d9%87%d8%af%d8%a6%d8%a9-%d9%85%d8%b4%d8%a7%d8%ac%d8%b1%d8%a7%d8%aa-%d9%85%d8%a7%d8%b0%d8%a7-%d9%8a%d8%ad%d8%af%d8%ab-%d9%81/",
    "2021-07-28", "no date line on the stored page; the body's 'ظهر اليوم الأربعاء' for the funeral of Basil al-Ja'abari, who was shot on Tue 27 Jul 2021 (npa.ps, elhmra: 'اليوم الثلاثاء'; raya: 'الثلاثاء الماضي' on Tue 3 Aug), gives Wed 28 Jul 2021; headline kept from the page (re-worded); the last, truncated sentence of the mayor shortened; no date of its own in the text", False, """
فض النزاعات وتهدئة الشجارات.. ما الذي يجري في الخليل؟
شيّع أهالي مدينة الخليل ظهر اليوم الأربعاء جثمان الشاب باسل فخري سليم الجعبري، الذي لقي حتفه بعد استهداف مركبته بالرصاص قرب مفرق المدارس، على خلفية قضية ثأر مضى عليها 15 عامًا.
وتزامنا مع انطلاق موكب الجنازة، انتشر مسلحون في منطقة نمرة بالمدينة، وأُطلقت أعيرة نارية بكثافة أثناء التشييع.
وأعلنت عائلة العويوي في بيان أنها قتلت الجعبري انتقاما لمقتل ابنها عز الدين عبد الحليم العويوي، الذي سقط وهو يحاول فض نزاع وتهدئة الأجواء في شجار وقع بين العائلتين في منطقة رأس الجورة عام 2006.
وأوضحت العائلة أن الجعبري هو من قتل ابنها، مشيرة إلى أنه كان قد أوقف لدى الشرطة ضمن المتهمين وقت الحادثة، ثم سافر إلى أوروبا بعد الإفراج عنه بكفالة مالية، وأنها أقدمت على قتله بعد عودته "سدادا لدم المغدور".
وأد الفتنة
ولفت رئيس بلدية الخليل، تيسير أبو سنينة، في حديث خاص لـ"تلفزيون المدينة"، إلى مساع جادة تبذلها مؤسسات قضائية إلى جانب العشائر لوأد الفتنة، داعيا إلى توحيد الجهود والتعاون المشترك لنزع فتيلها في الخليل.
وبيّن أبو سنينة أن اجتماعا سيعقد للعمل على منع التجريم وتغريم المعتدين.
""", [
    ev("funeral", "شيّع أهالي مدينة الخليل ظهر اليوم الأربعاء جثمان", FUNERAL, "'ظهر اليوم الأربعاء' = noon of Wed 28 Jul 2021"),
    ev("jaabari-killed", "الذي لقي حتفه بعد استهداف مركبته بالرصاص", KILLED, "no own expression; shot on Tue 27 Jul 2021 (the other reports: 'الأسبوع الماضي' on Sat 31 Jul, 'قبل عدة أيام' on Tue 3 Aug; raya 'الثلاثاء الماضي')"),
    ev("gunmen-at-funeral", "انتشر مسلحون في منطقة نمرة بالمدينة", FUNERAL, "'تزامنا مع انطلاق موكب الجنازة' of noon of Wed 28 Jul 2021"),
    ev("awiwi-statement", "وأعلنت عائلة العويوي في بيان أنها قتلت الجعبري", KILLED, "no own expression; the family's statement after the killing of Tue 27 Jul, before this report of Wed 28 Jul 2021 (my span)", end="2021-07-29"),
    ev("awiwi-son-killed-2006", "في شجار وقع بين العائلتين في منطقة رأس الجورة عام 2006", "2006-01-01", "'عام 2006' (and 'مضى عليها 15 عامًا'); the day is unknown (year span)", end="2007-01-01"),
])
art(S, "https://pdn.ps/p/15050",
    "2021-07-31", "page date line '31 يوليو 2021 الساعة 11:32م' (kept as second line; 31 Jul 2021 was a Saturday); the body's 'يوم السبت' and 'يوم أمس الجمعة' agree; headline kept from the page (re-worded); the byline 'بي دي ان |' and the last, truncated quotation of al-Zeer dropped", True, """
سعيا لتسوية الخلاف.. مهلة يومين بين عائلتي الجعبري والعويوي في الخليل
31 يوليو 2021 الساعة 11:32م
ذكرت مصادر محلية يوم السبت أن "مهلة" لمدة يومين أُخذت بين آل الجعبري وآل العويوي، في إطار مساعي الوساطة لإنهاء الخلاف.
ووصل إلى الخليل اليوم عدد من رجال الإصلاح من النقب وبئر السبع، على رأسهم عضو الكنيست السابق طلب الصانع، سعيا لحل الخلاف الذي تلا مقتل المواطن باسل الجعبري الأسبوع الماضي.
وكان الرئيس الفلسطيني محمود عباس قد شكل، يوم أمس الجمعة، لجنة يرأسها الشيخ داود الزير، لحل ومعالجة الأحداث التي عاشتها مدينة الخليل في الأيام الأخيرة، وكذلك التبعات الأمنية الخطيرة التي أعقبت مقتل المواطن باسل الجعبري.
ووجه الرئيس عباس اللجنة إلى التحرك على وجه السرعة لمعالجة الحادثة ضمن إطار القانون، بما يحق الحق ويصون السلم الأهلي والمجتمعي في المدينة.
وأشاد بالأجهزة الأمنية على الجهود الكبيرة التي تبذلها بالتنسيق مع كل المكونات الاجتماعية في المحافظة لفض الخلاف وتطبيق القانون وفرض النظام وحماية أرواح المواطنين وممتلكاتهم، مقدرا موقف العقلاء في العشيرتين، آل الجعبري وآل العويوي، وحسهما الوطني في وأد الفتنة.
""", [
    ev("two-day-truce", "أن \"مهلة\" لمدة يومين أُخذت بين آل الجعبري وآل العويوي", MUHLA, "'يوم السبت' = Sat 31 Jul 2021 (date line)"),
    ev("negev-mediators-arrive", "ووصل إلى الخليل اليوم عدد من رجال الإصلاح من النقب وبئر السبع", MUHLA, "'اليوم' = Sat 31 Jul 2021"),
    ev("jaabari-killed", "الذي تلا مقتل المواطن باسل الجعبري الأسبوع الماضي", KILLED, "'الأسبوع الماضي' from Sat 31 Jul = Tue 27 Jul 2021 (the day of the shooting)"),
    ev("committee-formed", "قد شكل، يوم أمس الجمعة، لجنة يرأسها الشيخ داود الزير", COMMITTEE, "'يوم أمس الجمعة' in an article of Sat 31 Jul 2021 = Fri 30 Jul"),
    ev("hebron-unrest", "الأحداث التي عاشتها مدينة الخليل في الأيام الأخيرة", KILLED, "'في الأيام الأخيرة' = the burnings and shootings from the killing of Tue 27 Jul to the committee of Fri 30 Jul 2021 (my span)", end="2021-07-31"),
])
art(S, "https://samanews.ps/ar/post/481573/تحديد-موعد-مراسيم-العطوة-العشائرية-بين-عائلتي-العويوي-والجعبري",
    "2021-08-02", "no date line on the stored page; the body's 'مساء يوم غد الثلاثاء' for the 'atwa, held on the evening of Tue 3 Aug 2021 (shahed: 'مساء اليوم الثلاثاء 3 أغسطس 2021'), and 'انتهاء الهدنة اليوم' two days after the two-day truce of Sat 31 Jul give Mon 2 Aug 2021; headline rendered from the URL slug; no date of its own in the text", False, """
تحديد موعد مراسم العطوة العشائرية بين عائلتي العويوي والجعبري
أعلن الشيخ داوود الزير، رئيس اللجنة الرئاسية المكلفة بحل الخلاف بين عائلتي العويوي والجعبري، أن مراسم العطوة العشائرية بين العائلتين ستجري عند الساعة الخامسة من مساء يوم غد الثلاثاء.
وشدد على أن العطوة ستؤخذ وفق العادات المتبعة، وأن التفاصيل ستُبحث لدى عائلة الجعبري يوم غد الثلاثاء.
وجاء حديث الشيخ الزير في مؤتمر صحفي عقد ظهر اليوم بمقر محافظة الخليل، بحضور الفريق جبريل الرجوب أمين سر اللجنة المركزية لحركة فتح، وعضو اللجنة المركزية للحركة عباس زكي، وعضو اللجنة التنفيذية لمنظمة التحرير رئيس رابطة الجامعيين أحمد بيوض التميمي، ومحافظ الخليل جبرين البكري.
وقال الزير: "اتفقنا على أن تنتهي الهدنة اليوم، وأن تكون العطوة يوم غد الساعة الخامسة في ديوان آل الجعبري، على أن يسبقها تجمع في رابطة الجامعيين، فلا يصح أن يبقى الحال ثأرا بثأر، وحين يتم الصلح يجب أن ينتهي كل ذلك، وأتمنى أن يكون هذا آخر ثأر بين العائلتين وبين كل العائلات في الوطن، وأن نحافظ على أمن محافظة الخليل والوطن واستقرارهما".
ودعا الشيخ الزير وجهاء العائلات كافة في محافظة الخليل والوطن إلى المشاركة يوم غد في مراسم العطوة ووأد الفتنة.
""", [
    ev("atwa-signed", "أن مراسم العطوة العشائرية بين العائلتين ستجري عند الساعة الخامسة", ATWA, "'عند الساعة الخامسة من مساء يوم غد الثلاثاء' from Mon 2 Aug = the evening of Tue 3 Aug 2021"),
    ev("press-conference", "في مؤتمر صحفي عقد ظهر اليوم بمقر محافظة الخليل", PRESSCONF, "'ظهر اليوم' = noon of Mon 2 Aug 2021"),
    ev("truce-expires", "اتفقنا على أن تنتهي الهدنة اليوم", PRESSCONF, "'اليوم' = Mon 2 Aug 2021, the end of the two-day truce of Sat 31 Jul"),
    ev("graduates-gathering", "على أن يسبقها تجمع في رابطة الجامعيين", ATWA, "'يوم غد' from Mon 2 Aug = Tue 3 Aug 2021, before the 'atwa of 5 pm"),
])
art(S, "http://shahed.cc/news/4687/%D8%B9%D8%A7%D8%A6%D9%84%D8%AA%D8%A7-%D8%A7%D9%84%D8%AC%D8%B9%D8%A8%D8%B1%D9%8A-%D9%88%D8%A7%D9%84%D8%B9%D9%88%D9%8A%D9%88%D9%8A-%D8%AA%D9%88%D9%82%D8%B9%D8%A7%D9%86-%D8%B5%D9%83-%D8%B9%D8%B7%D9%88%D8%A9-%D8%B9%D8%B4%D8%A7%D8%A6%D8%B1%D9%8A%D8%A9-%D9%84%D8%A5%D9%86%D9%87%D8%A7%D8%A1-%D8%A7%D9%84%D8%AE%D9%84%D8%A7%D9%81-%D8%A8%D9%8A%D9%86%D9%87%D9%85%D8%A7",
    "2021-08-03", "page time stamp '22:34 pm 3 أغسطس 2021' (kept as second line; 3 Aug 2021 was a Tuesday); the body's 'مساء اليوم الثلاثاء 3 أغسطس 2021' agrees; headline kept from the page (re-worded); the last, truncated sentence shortened", True, """
عائلتا الجعبري والعويوي توقعان صك عطوة عشائرية تنهي الخلاف بينهما
22:34 pm 3 أغسطس 2021
رام الله – الشاهد| توصلت عائلتا الجعبري والعويوي في مدينة الخليل بالضفة المحتلة، مساء اليوم الثلاثاء 3 أغسطس 2021، إلى اتفاق يضع حدا للخلاف الذي اندلع إثر مقتل شاب من عائلة الجعبري قبل عدة أيام.
وقبلت عائلة الجعبري العطوة العشائرية التي قدمتها عائلة العويوي، بحضور وجهاء من مختلف مناطق فلسطين وشخصيات سياسية، وفق اتفاق يسري لمدة عام.
وتقضي العطوة العشائرية بدفع مبلغ 150 ألف دينار لعائلة الجعبري كجزء من الدية، إلى جانب تحديد شوارع في مدينة الخليل يُحظر على عائلة القتلة المرور فيها.
الموقف المريب للسلطة
وأثار موقف أجهزة السلطة المتفرج على ما يدور في مدينة الخليل بين عائلتي الجعبري والعويوي استغراب المواطنين وتساؤلاتهم عن غايات السلطة من هذا الموقف، خاصة أن كل الأحداث تقع أمام أعينها دون أن تتحرك.
وكشفت مصادر خاصة في مدينة الخليل لـ"الشاهد" أن السلطة لم تدفع فعليا بقوات قادرة على ضبط الخلاف الكبير بين العائلتين.
""", [
    ev("atwa-signed", "مساء اليوم الثلاثاء 3 أغسطس 2021، إلى اتفاق يضع حدا للخلاف", ATWA, "'مساء اليوم الثلاثاء 3 أغسطس 2021' = the evening of Tue 3 Aug 2021"),
    ev("jaabari-killed", "إثر مقتل شاب من عائلة الجعبري قبل عدة أيام", KILLED, "'قبل عدة أيام' from Tue 3 Aug = Tue 27 Jul 2021 (the other reports)"),
    ev("atwa-year", "وفق اتفاق يسري لمدة عام", ATWA, "'لمدة عام' from the 'atwa of Tue 3 Aug 2021 = to 3 Aug 2022 (span)", end="2022-08-04"),
    ev("diya-150k", "بدفع مبلغ 150 ألف دينار لعائلة الجعبري", ATWA, "no own expression; a term of the 'atwa of the evening of Tue 3 Aug 2021"),
])

# ---------------------------------------------------------------- syria-sweida-bedouin-druze-clashes-2025
S = "syria-sweida-bedouin-druze-clashes-2025"
ERUPT = "2025-07-13"                       # the fighting in al-Maqwas began on Sun 13 Jul 2025
ENTRY = "2025-07-14"                       # government forces entered Sweida on the morning of Mon 14 Jul
TOLLS = ("2025-07-13", "2025-07-15")       # the dead counted from Sun 13 to the tolls of Mon 14 Jul
DETAIN = ("2025-07-12", "2025-07-14")      # Druze groups held Bedouins (Sat 12 per adarpress 'قبلها بيوم')
art(S, "https://www.adarpress.com/?p=42189",
    "2025-07-13", "no date line on the stored page; the body's 'صباح اليوم الأحد' with the first toll of 6 in al-Maqwas and the robbery of 'ليلة الجمعة – السبت' gives Sun 13 Jul 2025 (13 Jul 2025 was a Sunday; the Sweida fighting began that day: megaphone 'أمس الأحد' on Mon 14 Jul); headline kept from the page (re-worded); the last, truncated words dropped; no date of its own in the text", False, """
اشتباكات في السويداء وعمليات خطف متواصلة بين عشائر البدو والدروز
صعدت حصيلة الاشتباكات المسلحة وتبادل القصف في حي المقوس شرقي مدينة السويداء إلى 6 قتلى، بينهم طفل، وما يزيد على 20 جريحا، إثر مواجهات عنيفة شهدها الحي بين مجموعات مسلحة من أبناء المدينة ومسلحين من أبناء العشائر.
وأفادت مصادر محلية وإعلامية بأن مسلحين من أبناء العشائر في بلدة المقوس خطفوا صباح اليوم الأحد 15 مدنيا من أبناء السويداء، ردا على احتجاز المجلس العسكري في السويداء، قبلها بيوم، 8 مدنيين من أبناء العشائر البدوية في ريف المدينة.
وأوضحت المصادر أن شرارة هذا التوتر تعود إلى حادثة وقعت ليلة الجمعة – السبت، إذ سلب مسلحون مجهولون سيارة خضار واحتجزوا سائقها لساعات قرب منطقة خربة الشياب في ريف دمشق، ثم أطلقوا سراحه بعد أن جردوه من ممتلكاته.
وأضافت أن مجموعات محلية مقربة من السائق ردت بإقامة نقاط تفتيش مؤقتة داخل السويداء، واحتجزت 8 مدنيين من محافظتي الحسكة والسويداء، مشترطة إعادة السيارة مقابل إطلاق سراحهم.
وبالتوازي مع ذلك، شهد طريق دمشق – السويداء تصعيدا أمنيا سُجلت خلاله اعتداءات وعمليات خطف عشوائية، ما دفع قوى الأمن الداخلي إلى إغلاق الطريق من ناحية حاجز المسمية.
""", [
    ev("maqwas-toll-6", "صعدت حصيلة الاشتباكات المسلحة وتبادل القصف في حي المقوس", ERUPT, "no own expression; the first toll of the fighting of Sun 13 Jul 2025 (this report's day)"),
    ev("clashes-erupt", "إثر مواجهات عنيفة شهدها الحي", ERUPT, "no own expression; the al-Maqwas fighting of Sun 13 Jul 2025 (megaphone: 'بدأت الاشتباكات، أمس الأحد')"),
    ev("bedouin-kidnap-15", "خطفوا صباح اليوم الأحد 15 مدنيا", ERUPT, "'صباح اليوم الأحد' = the morning of Sun 13 Jul 2025"),
    ev("druze-detain-bedouins", "احتجاز المجلس العسكري في السويداء، قبلها بيوم", DETAIN[0], "'قبلها بيوم' = the day before Sun 13 = Sat 12 Jul 2025; span to Sun 13 because megaphone tells the detention after the checkpoint beating", end=DETAIN[1]),
    ev("vegetable-truck-robbery", "سلب مسلحون مجهولون سيارة خضار", "2025-07-11", "'ليلة الجمعة – السبت' = the night of Fri 11 - Sat 12 Jul 2025", end="2025-07-13"),
    ev("road-closed-mismiyah", "إغلاق الطريق من ناحية حاجز المسمية", "2025-07-12", "no own expression; the closing of the Damascus-Sweida road during the kidnappings of Sat 12 - Sun 13 Jul 2025 (my span)", end="2025-07-14"),
])
art(S, "https://www.megaphone.news/cards/%D8%A7%D9%84%D8%B3%D9%88%D9%8A%D8%AF%D8%A7%D8%A1-37-%D9%82%D8%AA%D9%8A%D9%84%D8%A7%D9%8B-%D9%81%D9%8A-%D8%A7%D9%84%D8%A7%D8%B4%D8%AA%D8%A8%D8%A7%D9%83%D8%A7%D8%AA-%D8%A8%D9%8A%D9%86-%D8%A7%D9%84%D8%B9%D8%B4%D8%A7%D8%A6%D8%B1-%D9%88%D8%A7%D9%84%D9%81%D8%B5%D8%A7%D8%A6%D9%84-%D8%A7%D9%84%D8%AF%D8%B1%D8%B2%D9%8A%D9%91%D8%A9",
    "2025-07-14", "page date line '14 تموز 2025' (kept as second line; 14 Jul 2025 was a Monday); the body's 'صباح اليوم الاثنين' and 'أمس الأحد' agree; headline kept from the page (re-worded); the last, truncated sentence (the Men of Dignity movement) dropped", True, """
السويداء: 37 قتيلا في المواجهات بين العشائر والفصائل الدرزية
14 تموز 2025
أعلنت وزارة الداخلية السورية، صباح اليوم الاثنين، أنها بدأت التدخل ونشر قواتها لوقف التصعيد في مناطق المواجهات بين العشائر وفصائل درزية مسلحة في السويداء.
وأسفرت المواجهات عن مقتل 37 شخصا على الأقل من بدو السويداء والمجموعات الدرزية، فيما أوردت «سانا» نبأ مقتل عدد من عناصر الجيش السوري خلال انتشارهم في مناطق المواجهات. وذكر موقع «السويداء 24» أن الطفلين يامن مقلد وزيد دلال، وهما من سكان مدينة السويداء، قتلا بعد إصابتهما داخل منزليهما.
وكانت المواجهات قد اندلعت أمس الأحد، بعد أن اعتدى أفراد من العشائر بالضرب على شاب من السويداء عند حاجز مؤقت نصبوه قرب منطقة المسمية. وردت فصائل درزية على ذلك باحتجاز أفراد من العشائر. واتسعت المواجهات من حي المقوس في مدينة السويداء إلى بلدات الطيرة والصورة الكبيرة وسميع والمزرعة ولبين وحران في ريف السويداء.
وأرجعت الحكومة السورية هذا التصعيد إلى «عجز المجتمع المحلي عن احتواء الأزمة»، في حين طالبت الرئاسة الروحية للدروز الحكومة بضبط الأمن على طريق دمشق - السويداء وإبعاد العصابات عنه.
""", [
    ev("government-forces-enter", "أنها بدأت التدخل ونشر قواتها لوقف التصعيد", ENTRY, "'صباح اليوم الاثنين' = the morning of Mon 14 Jul 2025"),
    ev("toll-37", "وأسفرت المواجهات عن مقتل 37 شخصا على الأقل", TOLLS[0], "the dead of the fighting from Sun 13 to this report of Mon 14 Jul 2025 (span)", end=TOLLS[1]),
    ev("soldiers-killed", "مقتل عدد من عناصر الجيش السوري خلال انتشارهم", ENTRY, "no own expression; killed during the deployment of Mon 14 Jul 2025"),
    ev("clashes-erupt", "وكانت المواجهات قد اندلعت أمس الأحد", ERUPT, "'أمس الأحد' in an article of Mon 14 Jul 2025 = Sun 13 Jul"),
    ev("druze-detain-bedouins", "وردت فصائل درزية على ذلك باحتجاز أفراد من العشائر", DETAIN[0], "no own expression; Sat 12 Jul 2025 per adarpress ('قبلها بيوم' before Sun 13), told here after the checkpoint beating; span Sat 12 - Sun 13", end=DETAIN[1]),
    ev("clashes-spread", "واتسعت المواجهات من حي المقوس", ERUPT, "no own expression; the spread to the villages between Sun 13 and this report of Mon 14 Jul 2025 (my span)", end="2025-07-15"),
])
art(S, "https://misrelaan.com/article/71429/%D8%A7%D9%86%D8%B3%D8%AD%D8%A7%D8%A8-%D9%85%D8%B3%D9%84%D8%AD%D9%8A%D9%86-%D9%85%D9%88%D8%A7%D9%84%D9%8A%D9%86-%D9%84%D9%84%D9%86%D8%B8%D8%A7%D9%85-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A-%D9%85%D9%86-%D9%85%D9%88",
    "2025-07-14", "page date line 'الاثنين 14 يوليو 2025 | 10:55 م' (kept as second line; 14 Jul 2025 was a Monday); the body's 'اليوم الاثنين' agrees; headline kept from the page (re-worded); the poll, gold prices and slider of the page dropped", True, """
انسحاب مسلحين موالين للحكومة السورية من مواقع في السويداء مع احتدام الاشتباكات
الاثنين 14 يوليو 2025 | 10:55 م
ذكرت وسائل إعلام سورية، اليوم الاثنين، أن عددا من المسلحين الموالين للحكومة السورية انسحبوا من مناطق المزرعة وكناكر وتل حديد في محافظة السويداء، التي تدور فيها منذ يوم الأحد اشتباكات عنيفة بين مجموعات من عشائر البدو من جهة، وقوات تابعة لوزارتي الدفاع والداخلية من جهة أخرى.
وفي تطور ذي صلة، قصف الجيش الإسرائيلي محيط قريتي المزرعة وكناكر في ريف السويداء، بينما قال وزير الدفاع الإسرائيلي يسرائيل كاتس إن بلاده "لن تسمح بالمساس بالدروز في سوريا"، متوعدا بضرب أهداف أخرى إذا تواصلت التهديدات.
وصعدت حصيلة القتلى جراء الاشتباكات المسلحة والقصف المتبادل في السويداء إلى 89 قتيلا، من بينهم نساء وأطفال، وسط تحذيرات من تدهور الوضع الإنساني في المنطقة.
""", [
    ev("pro-government-withdrawal", "انسحبوا من مناطق المزرعة وكناكر وتل حديد", ENTRY, "'اليوم الاثنين' = Mon 14 Jul 2025"),
    ev("clashes-erupt", "التي تدور فيها منذ يوم الأحد اشتباكات عنيفة", ERUPT, "'منذ يوم الأحد' from Mon 14 = Sun 13 Jul 2025"),
    ev("israeli-strikes", "قصف الجيش الإسرائيلي محيط قريتي المزرعة وكناكر", ENTRY, "no own expression; the strikes of Mon 14 Jul 2025 (this report's day)"),
    ev("katz-warning", "بينما قال وزير الدفاع الإسرائيلي يسرائيل كاتس", ENTRY, "no own expression; Katz's statement of Mon 14 Jul 2025"),
    ev("toll-89", "إلى 89 قتيلا، من بينهم نساء وأطفال", TOLLS[0], "the dead from Sun 13 to the toll of the evening of Mon 14 Jul 2025 (span)", end=TOLLS[1]),
])
art(S, "https://ar.abna24.com/news/1707987/%D9%85%D9%82%D8%AA%D9%84-%D9%88%D8%AC%D8%B1%D8%AD-289-%D8%B4%D8%AE%D8%B5%D8%A7-%D9%81%D9%8A-%D8%A7%D9%84%D8%A7%D8%B4%D8%AA%D8%A8%D8%A7%D9%83%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D8%AA%D9%88%D8%A7%D8%B5%D9%84%D8%A9-%D9%84%D9%84%D9%8A%D9%88%D9%85-%D8%A7%D9%84%D8%AB%D8%A7%D9%86%D9%8A-%D9%81%D9%8A-%D8%A7%D9%84%D8%B3%D9%88%D9%8A%D8%AF%D8%A7%D8%A1",
    "2025-07-15", "page stamp 'date 2025-07-15' (not part of the text; 15 Jul 2025 was a Tuesday); the body's 'عن يوم أمس' and 'صباح الاثنين 14 تموز/يوليو 2025' agree; headline rendered from the URL slug; the agency's formula 'وفقا لما أفادته وكالة أنباء أهل البيت (ع) الدولية ــ أبنا ــ' and the last, truncated sentence dropped", False, """
289 قتيلا وجريحا في السويداء مع تواصل الاشتباكات لليوم الثاني
ازداد عدد الضحايا عن يوم أمس جراء الاشتباكات التي دخل على خطها جيش الاحتلال الصهيوني باستهدافه القوات التابعة للنظام السوري خلال تقدمها في السويداء.
وتستمر المواجهات المسلحة العنيفة في الريف الغربي لمحافظة السويداء جنوبي سورية، لليوم الثاني على التوالي، بين المجموعات الدرزية والقوات المهاجمة المؤلفة من عشائر البدو وتشكيلات تتبع وزارتي الدفاع والداخلية في النظام السوري، فيما صعد عدد الضحايا إلى نحو 89 قتيلا و200 جريح من الطرفين، بالتزامن مع قصف لجيش الاحتلال الصهيوني طال القوات التابعة للنظام أثناء تقدمها.
وكانت أعنف الاشتباكات قد اندلعت صباح الاثنين 14 تموز/يوليو 2025، إثر هجوم مسلح نفذته مجموعات من عشائر البدو بمشاركة عناصر من وزارتي الدفاع والداخلية في النظام انطلاقا من ريف درعا الشرقي، واستهدف عددا من قرى ريف السويداء الغربي، في ظل مقاومة تبديها المجموعات الدرزية، بينما تتركز المواجهات عند محور قرية كناكر وفي بلدتي الثعلة والمزرعة.
""", [
    ev("clashes-second-day", "وتستمر المواجهات المسلحة العنيفة في الريف الغربي لمحافظة السويداء", ENTRY, "'لليوم الثاني على التوالي' = Mon 14 (counted from Sun 13) or Tue 15 Jul 2025 (counted from the attack of Mon 14); span", end="2025-07-16"),
    ev("toll-89", "صعد عدد الضحايا إلى نحو 89 قتيلا و200 جريح", TOLLS[0], "the dead from Sun 13 to the toll of Mon 14 Jul 2025 ('عن يوم أمس'; span)", end=TOLLS[1]),
    ev("israeli-strikes", "بالتزامن مع قصف لجيش الاحتلال الصهيوني طال القوات التابعة للنظام", ENTRY, "no own expression; the Israeli strikes on the advancing forces on Mon 14 Jul 2025 ('عن يوم أمس')"),
    ev("fiercest-clashes", "وكانت أعنف الاشتباكات قد اندلعت صباح الاثنين 14 تموز/يوليو 2025", ENTRY, "'صباح الاثنين 14 تموز/يوليو 2025' = Mon 14 Jul 2025"),
    ev("government-forces-enter", "إثر هجوم مسلح نفذته مجموعات من عشائر البدو بمشاركة عناصر من وزارتي الدفاع والداخلية", ENTRY, "'صباح الاثنين 14 تموز/يوليو 2025': the advance of the government forces (with Bedouin fighters) from eastern Daraa = the deployment of Mon 14 Jul"),
])

# ---------------------------------------------------------------- egypt-qena-abu-hizam-vendetta-2021
S = "egypt-qena-abu-hizam-vendetta-2021"
MASSACRE = "2021-06-02"                    # Sami Abdel-Shakour shot dead and the microbus ambush, Wed 2 Jun 2021
BURIAL = ("2021-06-02", "2021-06-04")      # burial permit, autopsies and burials: Wed 2 - Thu 3 Jun
art(S, "https://www.alaraby.co.uk/society/%D9%85%D9%82%D8%AA%D9%84-10-%D9%85%D8%B5%D8%B1%D9%8A%D9%8A%D9%86-%D9%81%D9%8A-%D8%A7%D8%B4%D8%AA%D8%A8%D8%A7%D9%83%D8%A7%D8%AA-%D9%85%D8%B3%D9%84%D8%AD%D8%A9-%D8%A8%D9%8A%D9%86-%D8%B9%D8%A7%D8%A6%D9%84%D8%AA%D9%8A%D9%86-%D8%A8%D9%85%D8%AD%D8%A7%D9%81%D8%B8%D8%A9-%D9%82%D9%86%D8%A7",
    "2021-06-02", "page date line '02 يونيو 2021' (kept as second line; 2 Jun 2021 was a Wednesday); the body's 'اليوم الأربعاء' agrees; headline kept from the page (re-worded); the photo caption, the font buttons and the last, truncated words dropped", True, """
مقتل 10 مصريين في اشتباك مسلح بين عائلتين بمحافظة قنا
02 يونيو 2021
دارت في محافظة قنا بصعيد مصر، اليوم الأربعاء، معركة بالأسلحة النارية بين عائلتين على خلفية خلافات، أودت بحياة 10 أشخاص وأصابت 7 آخرين، من بينهم أطفال، قبل أن تدفع مديرية الأمن بقوات لاحتواء الموقف وضبط المتهمين.
وتلقى مدير أمن محافظة قنا، اللواء محمد أبو المجد، إخطارا بنشوب مشاجرة مسلحة بين عائلتين في القرية الواقعة بصعيد مصر، وبإطلاق النار على سيارة "ميكروباص"، ما أدى إلى مقتل الطفلة هدى سعيد (8 سنوات) وشقيقها محمد سعيد (22 سنة) وحنان حمادة (20 سنة) ويوسف مسعود (15 سنة).
ولقي حتفه أيضا كل من سامي عبد الشكور (33 سنة) وشقيقه فتحي عبد الشكور (30 سنة) وعدل حسين (45 سنة) ونور الدين عبد الشافي (65 سنة)، إضافة إلى شخصين آخرين لم تُعرف هويتهما، فيما أصيب هدية شحات وجمال عبد اللطيف وصابرين أحمد وأيوب وليد وثناء محمد وعلاء عبد الصبور وناجح مسعد، وجميعهم من عائلة واحدة.
وبعد فرار المتهمين دون أن يُقبض على أي منهم، توجهت قوة أمنية إلى موقع الحادث لاتخاذ الإجراءات القانونية وإحالة الواقعة إلى النيابة العامة.
""", [
    ev("microbus-massacre", "معركة بالأسلحة النارية بين عائلتين على خلفية خلافات", MASSACRE, "'اليوم الأربعاء' = Wed 2 Jun 2021"),
    ev("security-deployed", "قبل أن تدفع مديرية الأمن بقوات لاحتواء الموقف", MASSACRE, "no own expression; right after the shooting of Wed 2 Jun 2021"),
    ev("security-chief-notified", "وتلقى مدير أمن محافظة قنا، اللواء محمد أبو المجد، إخطارا", MASSACRE, "no own expression; the report of the shooting of Wed 2 Jun 2021"),
    ev("suspects-flee", "وبعد فرار المتهمين دون أن يُقبض على أي منهم", MASSACRE, "no own expression; the gunmen fled after the ambush of Wed 2 Jun 2021"),
])
art(S, "https://profilenewsohio.com/arab-news/%d9%85%d9%82%d8%aa%d9%84-%d8%b9%d8%b4%d8%b1%d8%a9-%d8%a3%d8%b4%d8%ae%d8%a7%d8%b5-%d9%88%d8%a5%d8%b5%d8%a7%d8%a8%d8%a9-%d8%b3%d8%a8%d8%b9%d8%a9-%d8%a2%d8%ae%d8%b1%d9%8a%d9%86-%d9%81%d9%8a-%d8%ac%d8%b1/page/9",
    "2021-06-03", "page date line 'by Jun 3, 2021' (kept as second line without 'by' and the site's tags; 3 Jun 2021 was a Thursday); the body's 'صباح أمس الأربعاء' agrees; headline kept from the page (re-worded)", True, """
عشرة قتلى وسبعة مصابين في جريمة ثأر بجنوب مصر
Jun 3, 2021
لقي 10 أشخاص حتفهم وأصيب 7 آخرون في حادث ثأر بين عائلتين بإحدى قرى جنوب مصر.
ووقع الحادث بين عائلتي السعدية والعوامر في قرية أبو حزام التابعة لمركز نجع حمادي في محافظة قنا.
وذكرت وسائل إعلام محلية أن المعركة اشتعلت صباح أمس الأربعاء، بعد وفاة شخص متأثرا بإصابته بطلق ناري في مشاجرة سابقة، فكمن أفراد من عائلته لأفراد من عائلة القاتل كانوا يستقلون حافلة صغيرة (ميكروباص) مع ركاب آخرين، وفتحوا النار عليهم، فقتلوا 10 وأصابوا 7 بينهم نساء وأطفال.
ويعد هذا الحادث الأعنف من نوعه في تلك القرية.
وتوجه اللواء محمد أبو المجد، مدير أمن قنا، إلى مركز شرطة نجع حمادي للوقوف على ملابسات الحادث. ودُفع بقوات من الشرطة فرضت طوقا أمنيا حول القرية وحول منازل أفراد العائلتين منعا لتجدد الاشتباكات، كما أُخطرت النيابة التي أذنت بدفن الجثث وتولت التحقيق.
""", [
    ev("microbus-massacre", "أن المعركة اشتعلت صباح أمس الأربعاء", MASSACRE, "'صباح أمس الأربعاء' in an article of Thu 3 Jun 2021 = Wed 2 Jun"),
    ev("first-killing", "بعد وفاة شخص متأثرا بإصابته بطلق ناري", MASSACRE, "no own expression; Sami Abdel-Shakour died on the morning of Wed 2 Jun 2021, before the ambush (adwaalwatan: 'قتل شخص صباح اليوم')"),
    ev("security-chief-visit", "وتوجه اللواء محمد أبو المجد، مدير أمن قنا، إلى مركز شرطة نجع حمادي", MASSACRE, "no own expression; after the shooting of Wed 2 Jun 2021"),
    ev("security-deployed", "ودُفع بقوات من الشرطة فرضت طوقا أمنيا حول القرية", MASSACRE, "no own expression; the cordon after the shooting of Wed 2 Jun 2021"),
    ev("burial-permit", "أُخطرت النيابة التي أذنت بدفن الجثث", BURIAL[0], "no own expression; the prosecution's permit between Wed 2 and Thu 3 Jun 2021 (span)", end=BURIAL[1]),
])
art(S, "https://www.vetogate.com/4357501",
    "2021-06-03", "no date line on the stored page; the body's 'التي شهدتها القرية بالأمس' for the massacre of Wed 2 Jun 2021 gives Thu 3 Jun 2021; headline kept from the page (re-worded); the page furniture ('رئيس التحرير', 'Advertisements', photo captions) dropped; the last sentence, cut in the stored page, completed from the same paragraph of vetogate's report 4357059 ('مما أسفر عن مقتل 10 أشخاص بينهم طفلان وسيدتان وإصابة 11 آخرين بينهم 3 سيدات'); no date of its own in the text", False, """
مذبحة قنا.. دفن جثامين ضحايا "أبو حزام" في نجع حمادي
فرغ أهالي قرية أبو حزام التابعة لمركز ومدينة نجع حمادي من دفن جثامين ضحايا مذبحة قنا، التي شهدتها القرية بالأمس وسقط فيها عدد من المواطنين بين قتيل ومصاب.
واكتست القرية بالسواد حزنا على الضحايا، وكانت النيابة العامة في مدينة نجع حمادي شمالي محافظة قنا قد أمرت بدفن 11 جثة من ضحايا المذبحة في قرية أبو حزام.
مناظرة الجثث
وأنهى الطب الشرعي مناظرة جثث الضحايا تمهيدا لاستخراج شهادات الوفاة وتصاريح الدفن وتشييع الجثامين وسط إجراءات أمنية مشددة.
وكانت قرية "أبو حزام" التابعة لمركز ومدينة نجع حمادي شمالي محافظة قنا قد شهدت أحداثا مأساوية بعد نشوب مشاجرة بين عائلتي العوامر والسعدية بسبب خلاف بين فردين من العائلتين على ماكينة ري.
وابل من النيران
وانطلقت الأحداث بمشاجرة بين سامي عبد الشكور من عائلة السعدية وأحد أفراد عائلة العوامر حول ماكينة ري، تربص بعدها أفراد من العائلة الثانية بأفراد من العائلة الأولى، وأمطروا بالرصاص سيارة ميكروباص تقل 14 راكبا بينهم نساء وأطفال، ظنا منهم أنها تقل أحد أفراد عائلة السعدية، عند مدخل قرية "أبو حزام" في نجع حمادي، ما أدى إلى مقتل 10 أشخاص بينهم طفلان وسيدتان وإصابة 11 آخرين بينهم 3 سيدات.
""", [
    ev("burial", "من دفن جثامين ضحايا مذبحة قنا", BURIAL[0], "no own expression; the burials after the massacre of 'بالأمس' (Wed 2 Jun), done by this report of Thu 3 Jun 2021 (span)", end=BURIAL[1]),
    ev("microbus-massacre", "التي شهدتها القرية بالأمس", MASSACRE, "'بالأمس' in an article of Thu 3 Jun 2021 = Wed 2 Jun"),
    ev("burial-permit", "قد أمرت بدفن 11 جثة", BURIAL[0], "no own expression; the prosecution's order between Wed 2 and Thu 3 Jun 2021 (span)", end=BURIAL[1]),
    ev("autopsies", "وأنهى الطب الشرعي مناظرة جثث الضحايا", BURIAL[0], "no own expression; before the burials of Wed 2 - Thu 3 Jun 2021 (span)", end=BURIAL[1]),
    ev("first-killing", "وانطلقت الأحداث بمشاجرة بين سامي عبد الشكور", MASSACRE, "no own expression; the quarrel over the irrigation pump in which Sami Abdel-Shakour was shot, morning of Wed 2 Jun 2021"),
])
art(S, "https://el-omma.com/ar/2021/06/04/%d9%87%d9%86%d8%a7-%d9%85%d8%ac%d8%b2%d8%b1%d8%a9-%d8%a3%d8%a8%d9%88-%d8%ad%d8%b2%d8%a7%d9%85-%d8%af%d9%85%d8%a7%d8%a1-%d8%a7%d9%84%d9%82%d8%aa%d9%84%d9%89-%d8%a7%d9%84%d8%a3%d8%a8%d8%b1%d9%8a",
    "2021-06-04", "date in the URL '/2021/06/04/' (4 Jun 2021 was a Friday); headline kept from the page (re-worded); the last, truncated sentence dropped; the text has no date word for the massacre at all", False, """
هنا مجزرة "أبو حزام".. دماء الضحايا الأبرياء على الطرق المتهالكة
عاشت قرية أبو حزام، التابعة لدائرة مركز شرطة نجع حمادي شمالي قنا، أحداثا دامية مؤسفة، قُتل فيها 10 أشخاص وأصيب 7 آخرون، إثر هجوم على سيارة تقل ركابا بسبب خلافات عائلية بين عائلتي السعدية والعوامر في القرية.
وكان أهالي القرية، المحرومة من الخدمات كافة، الأمنية منها والصحية والتعليمية، والتي تعاني طرقا متهالكة ونقصا في مياه الشرب والصرف الصحي، والمعروفة إعلاميا بقرية الدم والنار، يأملون بعد حملات جمع السلاح في السنوات القليلة الماضية وملاحقة الخارجين على القانون أن تلتفت إليهم الدولة وتلبي احتياجاتهم، إذ إن القضاء على الثأر والجريمة يتطلب تنمية حقيقية للسكان.
بداية القصة
وبحسب رواية الأهالي، بدأت القصة بمشادة كلامية بين سامي.ع وشخص آخر بسبب خلافات بينهما، قال بعضهم إنها نشبت أثناء لعب الورق والدومينو، ثم تطورت إلى إطلاق المتهم أعيرة نارية باتجاه سامي.ع، ما أدى إلى مصرعه، بينما قال آخرون إن سبب المشاجرة خلافات ثأرية بين عائلتي المتهم والمجني عليه، بعد مقتل ابن شقيقة المتهم منذ سنوات على أيدي أفراد من عائلة المجني عليه.
""", [
    ev("microbus-massacre", "إثر هجوم على سيارة تقل ركابا", MASSACRE, "no own expression; the ambush of Wed 2 Jun 2021 (the other reports)"),
    ev("first-killing", "إطلاق المتهم أعيرة نارية باتجاه سامي.ع، ما أدى إلى مصرعه", MASSACRE, "no own expression; Sami Abdel-Shakour shot on the morning of Wed 2 Jun 2021 (the other reports)"),
])

# ---------------------------------------------------------------- iraq-dhi-qar-islah-rumaidh-omar-clash-2024
S = "iraq-dhi-qar-islah-rumaidh-omar-clash-2024"
CLASH = "2024-03-03"                       # the Rumaidh-Omar fighting and the killing of Brig. Aziz Shalal, evening of Sun 3 Mar 2024
RAIDS = "2024-03-04"                       # dawn raids and the 75 arrests, Mon 4 Mar
CURFEW = ("2024-03-03", "2024-03-05")      # the curfew on al-Islah: from the night of Sun 3 to Mon 4 Mar (lifted for work on Tue 5)
SISTANI = "2023-10-03"                     # the two sheikhs accepted al-Sistani's initiative on Tue 3 Oct 2023
art(S, "https://shafaq.com/ar/أمـن/الداخلية-العراقية-تنعى-حد-ضباطها-قضى-في-نزاع-مسلح-لن-يفلتوا-من-العقاب",
    "2024-03-03", "no date line on the stored page; the body's 'مساء الأحد' and 'في وقت سابق من مساء اليوم' for the killing of Brig. Aziz Shalal, dated 3 March by the interior ministry ('في 3 آذار/مارس' in ultrairaq's report of 21 Apr 2024), give Sun 3 Mar 2024 (a Sunday); headline kept from the page (re-worded); the last, truncated sentence completed with 'للنزاع بينهما'", False, """
الداخلية العراقية تنعى ضابطا قُتل في نزاع مسلح وتتوعد: لن يفلتوا من العقاب
شفق نيوز/ نعت وزارة الداخلية العراقية، مساء الأحد، العميد عزيز شلال جهل، مدير استخبارات مكافحة الإرهاب في ذي قار، الذي لقي حتفه أثناء فض نزاع عشائري في قضاء الإصلاح بالمحافظة.
وشددت الوزارة، في بيان تلقته وكالة شفق نيوز، على أن "مرتكب هذا العمل الإرهابي الإجرامي لن يفلت من العقاب وسيقع تحت طائلة القانون".
وأضافت أن "قيادة شرطة ذي قار باشرت عملية تفتيش واسعة في موقع الحادث وطوقت المكان بالكامل لاعتقال طرفي النزاع ونيلهما الجزاء العادل".
وكان مصدر أمني في ذي قار قد أبلغ وكالة شفق نيوز، في وقت سابق من مساء اليوم، باندلاع نزاع عشائري عنيف بين عشيرتي آل عمر والرميض، بعدما نفت الأخيرة "علگ العباس" (أي نقضت الصلح الذي كان قد أُبرم بين العشيرتين)، واستُخدمت فيه أسلحة ثقيلة ومتوسطة، مشيرا إلى أن النزاع أسفر عن إحراق عدد من المنازل.
وأوضح المصدر أن "قوات أمنية كبيرة يقودها قائد شرطة ذي قار اللواء مكي شناع توجهت إلى قضاء الإصلاح لاحتواء النزاع بين الطرفين".
وفي 3 تشرين الأول/ أكتوبر 2023، أعلن زعيما عشيرتي آل عمر والرميض في محافظة ذي قار استجابتهما لمبادرة المرجع الديني الأعلى علي السيستاني بالاحتكام إلى الحل السلمي للنزاع بينهما.
""", [
    ev("ministry-mourns", "نعت وزارة الداخلية العراقية، مساء الأحد", CLASH, "'مساء الأحد' = the evening of Sun 3 Mar 2024"),
    ev("brigadier-killed", "الذي لقي حتفه أثناء فض نزاع عشائري في قضاء الإصلاح", CLASH, "no own expression; killed on Sun 3 Mar 2024 (the ministry: 'في 3 آذار/مارس')"),
    ev("cordon-and-search", "باشرت عملية تفتيش واسعة في موقع الحادث", CLASH, "no own expression; announced in the ministry's statement of the evening of Sun 3 Mar 2024"),
    ev("clash-erupts", "باندلاع نزاع عشائري عنيف بين عشيرتي آل عمر والرميض", CLASH, "'في وقت سابق من مساء اليوم' = the evening of Sun 3 Mar 2024"),
    ev("police-force-sent", "توجهت إلى قضاء الإصلاح لاحتواء النزاع", CLASH, "no own expression; the same evening, Sun 3 Mar 2024"),
    ev("sistani-initiative-accepted", "أعلن زعيما عشيرتي آل عمر والرميض في محافظة ذي قار استجابتهما", SISTANI, "'في 3 تشرين الأول/ أكتوبر 2023' = Tue 3 Oct 2023"),
])
art(S, "https://ultrairaq.usawtiq.com/%D8%B4%D8%B1%D8%B7%D8%A9-%D8%B0%D9%8A-%D9%82%D8%A7%D8%B1-%D8%AA%D8%B1%D9%88%D9%8A-%D8%AA%D9%81%D8%A7%D8%B5%D9%8A%D9%84-%D9%85%D9%82%D8%AA%D9%84-%D9%85%D8%AF%D9%8A%D8%B1-%D8%A7%D9%84%D8%A7%D8%B3%D8%AA%D8%AE%D8%A8%D8%A7%D8%B1%D8%A7%D8%AA-%D8%AE%D9%84%D8%A7%D9%84-%D9%86%D8%B2%D8%A7%D8%B9-%D8%B9%D8%B4%D8%A7%D8%A6%D8%B1%D9%8A-%D9%81%D9%8A-%D9%82%D8%B6%D8%A7%D8%A1-%D8%A7%D9%84%D8%A5%D8%B5%D9%84%D8%A7%D8%AD/%D8%A7%D9%84%D8%AA%D8%B1%D8%A7-%D8%B9%D8%B1%D8%A7%D9%82/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1",
    "2024-03-04", "page date line '04-مارس-2024' (kept as second line; 4 Mar 2024 was a Monday); the body's 'يوم الإثنين 4 آذار/مارس 2024' agrees; headline rendered from the URL slug; the photo caption and the last, truncated words ('فريقًا من كبار المحققين') dropped", True, """
شرطة ذي قار تروي تفاصيل مقتل مدير الاستخبارات خلال نزاع عشائري في قضاء الإصلاح
04-مارس-2024
أفصحت قيادة شرطة محافظة ذي قار، يوم الإثنين 4 آذار/مارس 2024، عن تفاصيل مقتل مدير الاستخبارات أثناء النزاع العشائري في قضاء الإصلاح.
وذكر قائد الشرطة مكي شناع، في تصريح للوكالة الرسمية تابعه "ألترا عراق"، أن "قوة من شرطة ذي قار والشرطة الاتحادية تحركت لفرض الأمن وفض النزاع العشائري الذي نشب في قضاء الإصلاح، وخلال تقدم القوة، وحين نزل مدير استخبارات ومكافحة إرهاب ذي قار العميد عزيز شلال جهل من العجلة الأمنية، أُطلقت عليه النار من أحد المنازل القريبة فاستشهد في الحال".
ولفت قائد الشرطة إلى "بسط السيطرة على المنطقة في أقل من ساعة"، وإلى الشروع في حملة دهم فجر اليوم "وتنفيذ مذكرات قبض بحق عدد كبير من المتهمين، ومصادرة كميات كبيرة من الأسلحة والأعتدة بمختلف أنواعها".
وقُتل العميد عزيز شلال إثر تجدد نزاع قديم بين عشيرتي آل رميض وآل عمر، فيما فرضت وزارة الداخلية حظر التجوال في قضاء الإصلاح.
وكانت الداخلية قد أعلنت في وقت سابق "اعتقال (75) متهما من طرفي النزاع بموجب مذكرات قبض قضائية وضبط أسلحة عديدة خلال الساعات الأولى من عمليات الدهم".
""", [
    ev("police-details", "أفصحت قيادة شرطة محافظة ذي قار، يوم الإثنين 4 آذار/مارس 2024", RAIDS, "'يوم الإثنين 4 آذار/مارس 2024' = Mon 4 Mar 2024"),
    ev("brigadier-killed", "أُطلقت عليه النار من أحد المنازل القريبة فاستشهد في الحال", CLASH, "no own expression; Sun 3 Mar 2024 (shafaq 'مساء الأحد'; the ministry 'في 3 آذار/مارس')"),
    ev("dawn-raids", "وإلى الشروع في حملة دهم فجر اليوم", RAIDS, "'فجر اليوم' = dawn of Mon 4 Mar 2024"),
    ev("clash-erupts", "إثر تجدد نزاع قديم بين عشيرتي آل رميض وآل عمر", CLASH, "no own expression; the renewed fighting of the evening of Sun 3 Mar 2024"),
    ev("curfew", "فيما فرضت وزارة الداخلية حظر التجوال في قضاء الإصلاح", CURFEW[0], "no own expression; imposed after the killing of Sun 3 Mar and in force on Mon 4 Mar 2024 (arabkhabar: 'اليوم الاثنين'); span", end=CURFEW[1]),
    ev("arrests-75", "اعتقال (75) متهما من طرفي النزاع", RAIDS, "'خلال الساعات الأولى من عمليات الدهم' = the raids from dawn of Mon 4 Mar 2024"),
])
art(S, "https://arabkhabar.com/a/2064670",
    "2024-03-04", "page date line 'تاريخ النشر: 4th, March 2024 GMT' (kept as second line; 4 Mar 2024 was a Monday); the body's 'اليوم الاثنين' agrees; headline kept from the page (re-worded); the 'اقرأ ايضاً' links, the tags and the unrelated items after the source line dropped", True, """
حظر للتجوال في العراق على خلفية نزاع عشائري
تاريخ النشر: 4th, March 2024 GMT
البوابة- أعلنت وزارة الداخلية العراقية، اليوم الاثنين، فرض حظر للتجوال في ناحية الإصلاح التابعة لمحافظة الناصرية، عقب اعتقال 75 شخصا، جراء النزاع بين عشيرتي الرميض والعمر.
وعلى الرغم من تشديد وزارة الداخلية على ضرورة الابتعاد عن مثل هذه النزاعات، لا تزال بعض العشائر تصر على الاحتكام إلى السلاح.
وأعلن بيان الوزارة مقتل العميد عزيز شلال جهل، مدير الاستخبارات ومكافحة الإرهاب في ذي قار، بعد أن تدخلت قواته لفض النزاع بين العشيرتين.
ويرى باحثون أن منصب قائممقام منطقة الإصلاح يقف في مقدمة أسباب اندلاع النزاع بين العشيرتين، إذ تسعى كل منهما إلى أن يتولاه أحد أبنائها، وهو ما ولّد خصومات طويلة خلال الأشهر الماضية أفضت إلى النزاع الأخير.
المصدر: البوابة
""", [
    ev("curfew", "فرض حظر للتجوال في ناحية الإصلاح", CURFEW[0], "'اليوم الاثنين' = Mon 4 Mar 2024; the curfew ran from the night of Sun 3 (span)", end=CURFEW[1]),
    ev("arrests-75", "عقب اعتقال 75 شخصا", RAIDS, "no own expression; the arrests of the raids of Mon 4 Mar 2024"),
    ev("brigadier-killed", "وأعلن بيان الوزارة مقتل العميد عزيز شلال جهل", CLASH, "no own expression; killed on Sun 3 Mar 2024"),
    ev("months-of-feud", "وهو ما ولّد خصومات طويلة خلال الأشهر الماضية", "2023-03-01", "'خلال الأشهر الماضية' before Mar 2024; al-aalem dates the rise of the feud to March 2023 (my span)", end=CLASH),
])
art(S, "https://elmadanews.com/?p=80364",
    "2024-03-04", "no date line on the stored page; the body's 'مساء أمس الأحد' for the fighting of Sun 3 Mar 2024 gives Mon 4 Mar 2024; headline written from the body (the stored text has none); the closing editorial sentences ('يجب على القوات الأمنية…') dropped; no date of its own in the text", False, """
استئناف الدوام الرسمي في قضاء الإصلاح بعد حظر التجوال
أعلن محافظ ذي قار، اليوم، عودة الدوام الرسمي في قضاء الإصلاح، بعد حظر للتجوال وليلة دامية مرت على القضاء. وقال رئيس اللجنة الأمنية العليا، محافظ ذي قار مرتضى عبود الإبراهيمي، إن يوم غد سيكون يوم دوام رسمي لجميع الدوائر والمؤسسات الحكومية في القضاء، داعيا السكان إلى ممارسة حياتهم الطبيعية ومزاولة أعمالهم اليومية. وشملت التعليمات كذلك إبقاء القوات الأمنية على إجراءاتها المشددة في القضاء، وملاحقة الجناة ومثيري النزاعات العشائرية وتقديمهم إلى القضاء.
وشهد قضاء الإصلاح في محافظة ذي قار نزاعا داميا بين عشيرتي الرميض والعمر مساء أمس الأحد، أدى إلى مقتل مدير استخبارات ذي قار واعتقال أكثر من 100 شخص من الطرفين إثر تدخل واسع للقوات الأمنية.
""", [
    ev("resumption-announced", "أعلن محافظ ذي قار، اليوم، عودة الدوام الرسمي", RAIDS, "'اليوم' = Mon 4 Mar 2024"),
    ev("work-resumes", "إن يوم غد سيكون يوم دوام رسمي", "2024-03-05", "'يوم غد' from Mon 4 = Tue 5 Mar 2024"),
    ev("curfew", "بعد حظر للتجوال وليلة دامية", CURFEW[0], "no own expression; the curfew of the night of Sun 3 - Mon 4 Mar 2024 (span)", end=CURFEW[1]),
    ev("clash-erupts", "نزاعا داميا بين عشيرتي الرميض والعمر مساء أمس الأحد", CLASH, "'مساء أمس الأحد' in an article of Mon 4 Mar 2024 = the evening of Sun 3 Mar"),
    ev("brigadier-killed", "أدى إلى مقتل مدير استخبارات ذي قار", CLASH, "no own expression; in the fighting of 'مساء أمس الأحد' = Sun 3 Mar 2024"),
    ev("arrests-over-100", "واعتقال أكثر من 100 شخص من الطرفين", CLASH, "no own expression; the arrests from the evening of Sun 3 to this report of Mon 4 Mar 2024 (span)", end="2024-03-05"),
])


SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 341
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 342-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: vaccination campaigns: polio, measles and other
vaccination campaigns launched, extended or ended, vaccine shipments arriving, vaccine shortages.
Stories: Israel's blocking and then admitting of the first Sputnik V doses sent to Gaza (Palestine, February
2021), the first Sinopharm doses and the launch of vaccination in Mauritania (March 2021), the national
measles vaccination of infants aged 6-11 months (Tunisia, April 2019), the first Sinopharm shipment to reach
Cairo from the UAE (Egypt, December 2020), and the first Sinopharm doses and the start of vaccination in
Iraq (March 2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- gaza-first-sputnik-doses-2021
S = "gaza-first-sputnik-doses-2021"
BLOCK = "2021-02-15"                       # Mon 15 Feb 2021: the PA sent 2,000 Sputnik V doses, Israel stopped them
ENTRY = "2021-02-17"                       # Wed 17 Feb 2021: Israel approved, the doses crossed at Erez / Beit Hanoun
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=23465695",
    "2021-02-15", "the Xinhua dateline 'رام الله 15 فبراير 2021 (شينخوا)' at the head of the body (kept; 15 Feb 2021 was a Monday) and the body's 'اليوم (الإثنين)' agree; headline written from the body (the stored text has none); the last, truncated sentence (a Hamas spokesman) dropped", True, """
وزيرة الصحة الفلسطينية تتهم إسرائيل بمنع دخول لقاحات كورونا إلى غزة
رام الله 15 فبراير 2021 (شينخوا) حمّلت وزيرة الصحة الفلسطينية مي الكيلة، اليوم (الإثنين)، إسرائيل مسؤولية منع دخول اللقاحات المضادة لمرض فيروس كورونا الجديد (كوفيد-19) إلى قطاع غزة.
وأفادت الكيلة، في بيان وصلت وكالة أنباء ((شينخوا)) نسخة منه، بأن الوزارة نقلت اليوم ألفي جرعة من لقاح "سبوتنيك V" الروسي باتجاه القطاع، غير أن السلطات الإسرائيلية حالت دون إدخالها.
وبيّنت أن هذه الجرعات خُصصت للطواقم الطبية في غرف العناية المكثفة المخصصة لمرضى "كوفيد- 19" وللعاملين في أقسام الطوارئ.
وألقت الكيلة على إسرائيل "المسؤولية الكاملة عن هذا الإجراء التعسفي المنافي لجميع الأعراف والقوانين والاتفاقيات الدولية".
ولفتت إلى أن الحكومة الفلسطينية ووزارة الصحة تُجريان اتصالات بالمنظمات الدولية من أجل إدخال اللقاحات إلى غزة بأقصى سرعة.
في المقابل، ذكرت الإذاعة الإسرائيلية العامة أن السلطة الفلسطينية أوصلت شحنة من لقاحات كورونا إلى معبر (بيتونيا) في الضفة الغربية تمهيدا لنقلها إلى القطاع.
وأضافت الإذاعة أن "القيادة السياسية في إسرائيل لم توافق على طلب السلطة الفلسطينية نقل اللقاحات"، من غير أن يُعرف السبب.
وفي تعليقها، استنكرت حركة المقاومة الإسلامية (حماس) الخطوة الإسرائيلية، ووصفتها بأنها "انتهاك لأبسط حقوق الإنسان".
""", [
    ev("kaila-statement", "حمّلت وزيرة الصحة الفلسطينية مي الكيلة، اليوم (الإثنين)", BLOCK, "'اليوم (الإثنين)' under the dateline '15 فبراير 2021' = Mon 15 Feb 2021"),
    ev("pa-sends-doses", "بأن الوزارة نقلت اليوم ألفي جرعة", BLOCK, "'اليوم' of the statement = Mon 15 Feb 2021"),
    ev("israel-blocks-doses", "غير أن السلطات الإسرائيلية حالت دون إدخالها", BLOCK, "no own expression; the doses sent 'اليوم' (Mon 15 Feb 2021) were stopped that day"),
    ev("doses-at-beitunia", "أوصلت شحنة من لقاحات كورونا إلى معبر (بيتونيا)", BLOCK, "no own expression; the consignment brought to the Beitunia crossing and turned back on Mon 15 Feb 2021 (the same dispatch)"),
    ev("hamas-condemns", "استنكرت حركة المقاومة الإسلامية (حماس) الخطوة الإسرائيلية", BLOCK, "no own expression; Hamas' reaction reported in the same dispatch of Mon 15 Feb 2021"),
])
art(S, "https://refugeesps.net/post/16751/الاحتلال-يمنع-دخول-لقاحات-كورونا-إلى-غز-ة-13645-إصابة-بين-صفوف-اللاجئين",
    "2021-02-16", "no date line on the stored page; the body's 'مساء أمس الاثنين 15 شباط/ فبراير' puts publication on Tue 16 Feb 2021 (15 Feb 2021 was a Monday); headline rendered from the URL slug; the camp list, cut in the stored page after al-Nuseirat, ends there", False, """
منع إدخال لقاحات كورونا إلى غزة و13645 إصابة في صفوف اللاجئين
كشفت وزيرة الصحة في حكومة السلطة الفلسطينيّة مي الكيلة، مساء أمس الاثنين 15 شباط/ فبراير، أنّ سلطات الاحتلال الصهيوني حالت دون دخول اللقاحات المضادة لفيروس "كورونا" إلى قطاع غزّة.
وحمّلت الكيلة، في بيان أصدرته، سلطات الاحتلال المسؤوليّة الكاملة عن هذا الإجراء التعسفي المخالف لكل الأعراف والقوانين والاتفاقيات الدوليّة، موضحةً أنّ 2000 جرعة من لقاح سبوتنيك V الروسي نُقلت كي تدخل القطاع، لكن سلطات الاحتلال منعت ذلك.
وذكرت الكيلة أنّ الجرعات كانت موجّهة إلى الطواقم الطبية في غرف العناية المكثفة الخاصة بمرضى كوفيد- 19 وإلى العاملين في أقسام الطوارئ، مؤكدةً أنّ الحكومة ووزارة الصحة على تواصل مع المنظمات الدولية لإدخال المطاعيم إلى قطاع غزّة بأقصى سرعة.
وبيّنت آخر إحصائية شاملة نشرتها وزارة الصحة لعدد المصابين بفيروس "كورونا" في قطاع غزّة تسجيل 13645 إصابة بين اللاجئين الفلسطينيين في عدد من المُخيّمات منذ بداية الجائحة في شهر آذار/ مارس 2020.
ومن بين هذه الإصابات: مُخيّم جباليا 5340، مُخيّم الشاطئ 1887، مُخيّم المغازي 551، مُخيّم البريج 552، مُخيّم دير البلح 1921، مُخيّم النصيرات 2230.
""", [
    ev("kaila-statement", "كشفت وزيرة الصحة في حكومة السلطة الفلسطينيّة مي الكيلة، مساء أمس الاثنين 15 شباط/ فبراير", BLOCK, "'مساء أمس الاثنين 15 شباط/ فبراير' = the evening of Mon 15 Feb 2021"),
    ev("pa-sends-doses", "2000 جرعة من لقاح سبوتنيك V الروسي نُقلت", BLOCK, "no own expression; the transfer the statement of Mon 15 Feb 2021 reports (Xinhua: 'نقلت اليوم')"),
    ev("israel-blocks-doses", "لكن سلطات الاحتلال منعت ذلك", BLOCK, "no own expression; the stop reported in the statement of the evening of Mon 15 Feb 2021"),
    ev("camp-infections", "تسجيل 13645 إصابة بين اللاجئين الفلسطينيين", "2020-03-01", "'منذ بداية الجائحة في شهر آذار/ مارس 2020' up to the latest count before Tue 16 Feb 2021 (my span)", end="2021-02-17"),
])

art(S, "https://mugtama.com/17/234835",
    "2021-02-17", "no date line on the stored page; the body's 'اليوم الأربعاء' (twice) with the first entry of vaccine into Gaza, known to be Wed 17 Feb 2021 (newsru.co.il 'В среду, 17 февраля'; naslovi.net 17.02.2021), and 'يوم الإثنين الماضي' for the block of Mon 15 Feb give Wed 17 Feb 2021; headline written from the body; the last, truncated sentence dropped", False, """
الاحتلال يسمح بإدخال أول دفعة من لقاح كورونا إلى غزة
أذنت سلطات الاحتلال الصهيوني، اليوم الأربعاء، للسلطة الفلسطينية بأن تُدخل دفعة من اللقاح المضاد لفيروس كورونا إلى قطاع غزة.
ونقلت صحيفة "معاريف" العبرية أن الحكومة وافقت، اليوم الأربعاء، على إدخال السلطة الفلسطينية ألف جرعة من لقاح "سبوتنيك V" الروسي إلى القطاع.
وأوضحت الصحيفة أن الدفعة ستعبر من خلال معبر بيت حانون "إيريز" شمالي قطاع غزة.
من جهتها، أعلنت وزيرة الصحة مي الكيلة أن الوزارة أعادت إرسال ألفي جرعة من لقاح سبوتنيك الروسي من مستودعاتها في رام الله إلى مستودعاتها في قطاع غزة، وهي الجرعات نفسها التي منعت "إسرائيل" دخولها يوم الإثنين الماضي.
وبيّنت الوزيرة، في بيان صحفي أورده "الأناضول"، أن هذه الجرعات موجهة إلى الطواقم الطبية في غرف العناية المكثفة الخاصة بمرضى كورونا وإلى العاملين في أقسام الطوارئ.
وتعد هذه المرة الأولى التي يسمح فيها الاحتلال بدخول اللقاح إلى غزة.
وكانت لجنة الأمن والخارجية في الكنيست (البرلمان) قد شهدت يوم الإثنين الماضي جدلاً واسعاً بشأن نقل اللقاح إلى غزة، إذ رفض رئيس اللجنة تسفي هاوزر والنائبة ميخال كوتلر وينش تلبية الطلب الفلسطيني، بحجة أن اللقاحات ستذهب إلى قادة حركة "حماس" لا إلى الطاقم الطبي.
""", [
    ev("israel-allows-entry", "أذنت سلطات الاحتلال الصهيوني، اليوم الأربعاء", ENTRY, "'اليوم الأربعاء' = Wed 17 Feb 2021"),
    ev("doses-enter-gaza", "أن الوزارة أعادت إرسال ألفي جرعة من لقاح سبوتنيك الروسي", ENTRY, "no own expression; the doses re-sent from Ramallah crossed into Gaza on Wed 17 Feb 2021 (the 'اليوم الأربعاء' of the article)"),
    ev("israel-blocks-doses", "منعت \"إسرائيل\" دخولها يوم الإثنين الماضي", BLOCK, "'يوم الإثنين الماضي' from Wed 17 Feb = Mon 15 Feb 2021"),
    ev("knesset-debate", "قد شهدت يوم الإثنين الماضي جدلاً واسعاً", BLOCK, "'يوم الإثنين الماضي' from Wed 17 Feb = Mon 15 Feb 2021"),
])
art(S, "https://www.masress.com/almasryalyoum/5260218",
    "2021-02-17", "no date line on the stored page; the body's 'اليوم الأربعاء' for the first vaccine shipment to reach Gaza, known to be Wed 17 Feb 2021 (newsru.co.il, naslovi.net), gives the day; headline written from the body; the last, truncated sentence dropped", True, """
وصول أول شحنة من لقاحات كورونا إلى قطاع غزة
أفاد مسؤولون إسرائيليون وفلسطينيون بأن أول شحنة من لقاحات الوقاية من فيروس كورونا بلغت، اليوم الأربعاء، قطاع غزة الذي تديره حركة حماس، عقب موافقة إسرائيل على مرورها عبر أحد معابرها الحدودية.
وسجل القطاع، الذي يسكنه مليونا فلسطيني، ما يزيد على 53 ألف إصابة بفيروس كورونا و538 وفاة.
وأوضح المسؤولون أن الشحنة التي بعثت بها السلطة الفلسطينية من الضفة الغربية المحتلة تضم ألفي جرعة من لقاح (سبوتنيك في) الروسي، وهو ما يكفي لتطعيم ألف شخص.
وصرح مجدي ضهير، المسؤول في وزارة الصحة بغزة، لـ«رويترز» بأن اللقاحات ستُعطى لمرضى زراعة الأعضاء ومرضى الفشل الكلوي.
وتابع أن الطواقم الطبية لن تُطعَّم هذه المرة لأن عدد اللقاحات لا يكفي.
وانتقد سياسيون من اليمين الإسرائيلي إرسال اللقاح إلى غزة عبر إسرائيل، وطالبوا الحكومة الإسرائيلية بأن تشترط للسماح بعبور الشحنة إطلاق سراح مدنيين إسرائيليين يُعتقد أن حماس تحتجزهما وإعادة رفات جنديين إسرائيليين قُتلا في حرب غزة عام 2014.
غير أن إسرائيل، التي تتصدر دول العالم في سرعة التطعيم ضد فيروس كورونا، تتعرض لضغوط من جماعات حقوقية كي تبذل المزيد لضمان وصول اللقاحات إلى الفلسطينيين في القطاع الذي استولت عليه في حرب عام 1967.
""", [
    ev("doses-enter-gaza", "أول شحنة من لقاحات الوقاية من فيروس كورونا بلغت، اليوم الأربعاء", ENTRY, "'اليوم الأربعاء' = Wed 17 Feb 2021"),
    ev("israel-allows-entry", "عقب موافقة إسرائيل على مرورها", ENTRY, "no own expression; the approval given on Wed 17 Feb 2021 (mugtama: 'سمحت ... اليوم الأربعاء')"),
    ev("right-wing-criticism", "وانتقد سياسيون من اليمين الإسرائيلي إرسال اللقاح", BLOCK, "no own expression; the objections voiced from the Knesset debate of Mon 15 Feb to the crossing of Wed 17 Feb 2021 (my span)", end="2021-02-18"),
    ev("gaza-war-2014", "قُتلا في حرب غزة عام 2014", "2014-07-08", "'حرب غزة عام 2014' = the war of 8 Jul - 26 Aug 2014 (outside knowledge)", end="2014-08-27"),
    ev("war-1967", "استولت عليه في حرب عام 1967", "1967-06-05", "'حرب عام 1967' = the Six-Day War, 5-10 Jun 1967 (outside knowledge)", end="1967-06-11"),
])

# ---------------------------------------------------------------- mauritania-first-sinopharm-vaccination-2021
S = "mauritania-first-sinopharm-vaccination-2021"
ARRIVE = "2021-03-24"                      # the plane with 50,000 Sinopharm doses landed at Oumtounsy at dawn, Wed 24 Mar 2021
LAUNCH = "2021-03-26"                      # President Ghazouani launched vaccination at the National Hospital, Fri 26 Mar 2021
EXPAND = ("2021-04-05", "2021-05-06")      # the campaign reached the regions some weeks later (saharamedias; essirage 5 May)
art(S, "https://elfikr.net/?q=node%2F3388",
    "2021-03-24", "no date line on the stored page; the body's 'فجر اليوم الأربعاء' at Oumtounsy airport for the first shipment, known to have landed at dawn on Wed 24 Mar 2021 (nanmuxuan.com: '当地时间3月24日 ... 當天凌晨'; emaratalyoum of 27 Mar: 'قبل يومين'), gives the day; headline written from the body (the stored text has none)", False, """
موريتانيا تتسلم أولى جرعات اللقاح المضاد لكورونا
استلمت السلطات الموريتانية، ممثلةً في وزير الصحة السيد محمد نذير بن حامد، الدفعة الأولى من اللقاح المضاد لفيروس كورونا، وهي 50 ألف جرعة من لقاح سينوفارم الصيني، إلى جانب 13 جهاز تنفس اصطناعي.
وأبدى الوزير، في الكلمة التي ألقاها بالمناسبة فجر اليوم الأربعاء في مطار أم التونسي، سروره بهذه الدفعة التي قال إنها تجسد أهمية التعاون المثمر بين البلدين.
من جانبه، أكد السيد وانغ تيان، القائم بالأعمال في سفارة الصين في بلادنا، أن بلاده ترجو أن تسهم هذه اللقاحات في دعم الجهود الرامية إلى القضاء على الجائحة.
ونوّه الوزير بمستوى العلاقات الثنائية التي تجمع البلدين، وقدم الشكر باسم رئيس الجمهورية والشعب الموريتاني، الذي سيتمكن بفضل هذه الدفعة من التقدم في مكافحة جائحة كوفيد ١٩.
""", [
    ev("vaccines-arrive", "استلمت السلطات الموريتانية، ممثلةً في وزير الصحة", ARRIVE, "the handover 'فجر اليوم الأربعاء' (next sentence) = dawn of Wed 24 Mar 2021"),
    ev("handover-ceremony", "في الكلمة التي ألقاها بالمناسبة فجر اليوم الأربعاء", ARRIVE, "'فجر اليوم الأربعاء' = Wed 24 Mar 2021"),
    ev("chinese-charge-remarks", "أكد السيد وانغ تيان", ARRIVE, "no own expression; the chargé d'affaires spoke at the same handover, Wed 24 Mar 2021"),
])
art(S, "https://youm7.com/story/2021/3/25/موريتانيا-تتسلم-50-ألف-جرعة-لقاح-كورونا-هبة-من-الصين/5256186",
    "2021-03-25", "date in the URL '/story/2021/3/25/' (25 Mar 2021 was a Thursday); the text has no date word at all; headline rendered from the URL slug; the comment notice dropped", True, """
50 ألف جرعة من لقاح كورونا تصل موريتانيا هبةً من الصين
استلمت موريتانيا أول دفعة من اللقاحات المضادة لفيروس كورونا المستجد، وتتألف من 50 ألف جرعة من لقاح "سينوفارم" الصيني وصلت إلى نواكشوط "هبةً" من بكين، ومعها 13 جهاز تنفس صناعي.
وقال وزير الصحة الموريتاني محمد نذير ولد حامد، متوجهاً إلى القائم بالأعمال في سفارة الصين بنواكشوط وانغ تيان، إن تسلم هذه الدفعة يعكس مستوى العلاقات الثنائية بين البلدين الصديقين في مجال الصحة عموماً، وفي إطار التعاون لمكافحة جائحة (كوفيد 19) على وجه الخصوص.
من جهته، أبدى الدبلوماسي الصيني سعادته بتسلم موريتانيا هذه الكمية من لقاح "سينوفارم"، الذي سيعين الطواقم الصحية الموريتانية في جهودها لمواجهة الوباء.
وأوضح أن الحصول على اللقاح جاء ثمرة اتصالات مباشرة بين الرئيسين الموريتاني والصيني، مضيفاً أن بكين قدمت كميات من اللقاح إلى 70 دولة نامية، ومعرباً عن أمله في أن تدعم هذه اللقاحات الجهود المبذولة للقضاء على الفيروس.
""", [
    ev("vaccines-arrive", "استلمت موريتانيا أول دفعة من اللقاحات", ARRIVE, "no own expression; the shipment landed at dawn on Wed 24 Mar 2021 (elfikr 'فجر اليوم الأربعاء', nanmuxuan)"),
    ev("handover-ceremony", "وقال وزير الصحة الموريتاني محمد نذير ولد حامد، متوجهاً", ARRIVE, "no own expression; the minister's words at the airport handover, Wed 24 Mar 2021"),
    ev("chinese-charge-remarks", "أبدى الدبلوماسي الصيني سعادته", ARRIVE, "no own expression; the chargé d'affaires at the same handover, Wed 24 Mar 2021"),
])
art(S, "https://www.elilam.net/archive/node/10306",
    "2021-03-26", "page date line 'جمعة, 03/26/2021 - 13:30' (kept as second line; 26 Mar 2021 was a Friday); headline kept from the page (reworded), the '(صورة)' tag dropped", True, """
إنجاي أمادو أول من يتلقى لقاح "سينوفارم" الصيني بدلاً من الرئيس غزواني
جمعة, 03/26/2021 - 13:30
أشرف الرئيس غزواني في مباني المستشفى الوطني على انطلاق عملية التلقيح ضد فيروس كورونا، بحضور وزير الصحة نذيرو ولد حامد وعدد من الطواقم الصحية.
وكان البروفسور أنجاي آمادو ممادو، الأخصائي في كوفيد والأمراض المعدية، أول من تلقى اللقاح.
وكانت موريتانيا قد تسلمت مؤخرا شحنة من 50 ألف جرعة من لقاح "سينوفارم" الصيني في إطار علاقات الصداقة التي تربط جمهورية الصين الشعبية بموريتانيا.
وأفاد وزير الصحة ولد حامد بأن الحملة ستنتقل خلال الأيام المقبلة إلى باقي ولايات الوطن، على أن يستفيد منها لاحقا المسنون وأصحاب الأمراض المزمنة والفئات الهشة.
""", [
    ev("campaign-launch", "أشرف الرئيس غزواني في مباني المستشفى الوطني على انطلاق عملية التلقيح", LAUNCH, "no own expression; the launch on the morning of Fri 26 Mar 2021 (date line 13:30 of that day; mauripress 'صباح اليوم الجمعة')"),
    ev("first-dose", "أول من تلقى اللقاح", LAUNCH, "no own expression; the first dose given at the launch, Fri 26 Mar 2021"),
    ev("vaccines-arrive", "قد تسلمت مؤخرا شحنة من 50 ألف جرعة", ARRIVE, "'مؤخرا' = the arrival at dawn of Wed 24 Mar 2021"),
    ev("campaign-to-regions", "الحملة ستنتقل خلال الأيام المقبلة إلى باقي ولايات الوطن", EXPAND[0], "'خلال الأيام المقبلة' (a plan); the campaign reached the regional capitals some weeks after the launch (saharamedias: 'قبل عدة اسابيع'; essirage of 5 May 2021: 'تم توسيع نطاقها لاحقا'), my span 5 Apr - 5 May 2021", end=EXPAND[1]),
])
art(S, "https://emaratalyoum.com/politics/news/2021-03-27-1.1470864",
    "2021-03-27", "date in the URL '/2021-03-27-' (27 Mar 2021 was a Saturday); the body's 'أمس' for the launch of Fri 26 Mar and 'قبل يومين' for the doses of Wed 24 Mar agree; headline kept from the page (reworded); the Google-news line dropped", False, """
أول حملة تلقيح ضد كورونا تنطلق في موريتانيا
أطلقت السلطات الموريتانية، أمس، وللمرة الأولى، حملة للتلقيح ضد فيروس كورونا المستجد، سعياً إلى الحد من انتشار الوباء والوقاية منه.
وأشرف الرئيس الموريتاني، محمد ولد الشيخ الغزواني، على انطلاق الحملة من مركز الاستشفاء الوطني في العاصمة، حيث حصل رئيس قسم التخدير في المستشفى الوطني، الدكتور محمد ولد ببها، على الجرعة الأولى من اللقاح الصيني سينوفارم.
وكانت موريتانيا قد حصلت على هذا اللقاح مجاناً من الصين، في شكل 50 ألف جرعة وصلت من بكين قبل يومين.
وأوضح وزير الصحة، محمد نذيرو ولد حامد، أن عمليات التلقيح ستتوسع لاحقاً لتبلغ المحافظات، وأنه تقرر إعطاء الأولوية للطواقم الطبية والمسنين وأصحاب الأمراض المزمنة.
""", [
    ev("campaign-launch", "أطلقت السلطات الموريتانية، أمس، وللمرة الأولى", LAUNCH, "'أمس' in an article of Sat 27 Mar 2021 = Fri 26 Mar"),
    ev("first-dose", "الدكتور محمد ولد ببها، على الجرعة الأولى", LAUNCH, "no own expression; the first dose at the launch of Fri 26 Mar 2021 (elilam names another first recipient, Prof. Ndiaye Amadou)"),
    ev("vaccines-arrive", "50 ألف جرعة وصلت من بكين قبل يومين", ARRIVE, "'قبل يومين' from Fri 26 Mar (the launch day the article reports) = Wed 24 Mar 2021"),
    ev("campaign-to-regions", "أن عمليات التلقيح ستتوسع لاحقاً لتبلغ المحافظات", EXPAND[0], "'لاحقاً' (a plan); the extension to the regions some weeks after the launch, my span 5 Apr - 5 May 2021", end=EXPAND[1]),
])

# ---------------------------------------------------------------- tunisia-measles-infant-campaign-2019
S = "tunisia-measles-infant-campaign-2019"
CAMPAIGN = "2019-04-10"                    # Wed 10 Apr 2019: the ministry generalised measles vaccination to all infants aged 6-11 months
OUTBREAK = ("2019-01-01", "2019-04-12")    # the 2019 epidemic (Kasserine, Sfax, Kairouan), counted by WHO from 1 Jan 2019, up to the reports
art(S, "https://www.ifm.tn/ar/amp/article/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A%D8%A9/%D8%A5%D8%AF%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D8%B1%D8%B9%D8%A7%D9%8A%D8%A9-%D8%A7%D9%84%D8%B5%D8%AD%D9%8A%D8%A9-%D8%A7%D9%84%D8%A3%D8%B3%D8%A7%D8%B3%D9%8A%D8%A9-%D8%AA%D9%88%D9%86%D8%B3-%D8%AA%D8%B4%D9%87%D8%AF-%D8%A8%D8%AF%D8%A7%D9%8A%D8%A9-%D8%A7%D9%84%D8%AA-%D8%AD%D9%83%D9%85-%D9%81%D9%8A-%D9%88%D8%A8%D8%A7%D8%A1-%D8%A7%D9%84%D8%AD%D8%B5%D8%A8%D8%A9/5913",
    "2019-04-06", "the body's 'اليوم السبت 6 أفريل' (kept); 6 April fell on a Saturday in 2019, the year of the Tunisian measles epidemic the text describes; headline rendered from the URL slug; the station's address lines dropped", True, """
الرعاية الصحية الأساسية: تونس بدأت تتحكم في وباء الحصبة
أفادت مديرة الرعاية الصحية الأساسية أمل بن سعيد، في ندوة صحفية عُقدت اليوم السبت 6 أفريل بمناسبة اليوم العالمي للصحة، بأن مرض الحصبة ظهر في تونس كما ظهر في عدد من الدول الأخرى، إلا أن البلاد بدأت تلمس بداية التحكم في الوباء.
وبيّنت في هذا الإطار أن الأطفال صاروا يُلقَّحون في سن 6 أشهر عوضا عن 12 شهرا، وأن المرضى المصابين بالحصبة عُزلوا عن بقية المرضى في المستشفيات.
""", [
    ev("press-conference", "في ندوة صحفية عُقدت اليوم السبت 6 أفريل", "2019-04-06", "'اليوم السبت 6 أفريل' = Sat 6 Apr 2019"),
    ev("measles-outbreak", "بأن مرض الحصبة ظهر في تونس", OUTBREAK[0], "no own expression; the epidemic of 2019 (WHO: 1 Jan - 30 Apr 2019), up to the report (my span)", end=OUTBREAK[1]),
    ev("dose-at-six-months", "الأطفال صاروا يُلقَّحون في سن 6 أشهر عوضا عن 12 شهرا", OUTBREAK[0], "no own expression; the early dose adopted during the epidemic, before Sat 6 Apr 2019 (my span 1 Jan - 6 Apr 2019)", end="2019-04-07"),
    ev("patients-isolated", "المرضى المصابين بالحصبة عُزلوا عن بقية المرضى", OUTBREAK[0], "no own expression; a measure of the epidemic before Sat 6 Apr 2019 (my span 1 Jan - 6 Apr 2019)", end="2019-04-07"),
])
art(S, "https://www.masress.com/shorouk/1399937",
    "2019-04-10", "no date line on the stored page; the body's 'اليوم الأربعاء' for the ministry's announcement, whose toll (1596 cases, 28 deaths) is the ministry's count 'إلى تاريخ 10 أفريل 2019' (ulysse-fm), and 'مارس الماضي' for the Rabta deaths of March 2019 give Wed 10 Apr 2019; headline written from the body (the stored text has none)", False, """
تونس تطلق حملة تلقيح مع تفشي الحصبة
كشفت وزارة الصحة التونسية، اليوم الأربعاء، عن إطلاق حملة تلقيح في ظل الانتشار الوبائي لمرض الحصبة الذي أودى بحياة 28 شخصًا.
وقررت الوزارة تعميم التلقيح في كل أنحاء البلاد ليشمل جميع الأطفال حديثي الولادة، ومنهم من تتراوح أعمارهم بين ستة أشهر و11 شهرا، في المراكز الصحية، إضافة إلى تلقيح الأشخاص المحيطين بالمصابين بالحصبة.
وانتشر المرض في خلال أشهر في ولايات القصرين وصفاقس والقيروان، وأصاب 1596 شخصا وفق أرقام وزارة الصحة، فضلا عن 28 حالة وفاة.
وتأتي هذه الإجراءات إثر كارثة صحية هزت تونس بعد وفاة 15 طفلا حديث الولادة في قسم التوليد بمستشفى الرابطة العمومي في العاصمة.
وتتولى لجنة طبية والنيابة العامة التحقيق في أسباب هذه الوفيات التي ترجع إلى مارس الماضي.
""", [
    ev("infant-campaign", "كشفت وزارة الصحة التونسية، اليوم الأربعاء، عن إطلاق حملة تلقيح", CAMPAIGN, "'اليوم الأربعاء' = Wed 10 Apr 2019"),
    ev("measles-outbreak", "وانتشر المرض في خلال أشهر في ولايات القصرين وصفاقس والقيروان", OUTBREAK[0], "'في خلال أشهر' = the epidemic of 2019 up to the report (my span)", end=OUTBREAK[1]),
    ev("rabta-newborn-deaths", "بعد وفاة 15 طفلا حديث الولادة", "2019-03-06", "'مارس الماضي' (last sentence) = March 2019; the newborns died at the Rabta maternity from 6 to 8 Mar 2019, the toll rising to 15 in the following days (outside knowledge, my span 6-15 Mar)", end="2019-03-16"),
    ev("rabta-investigation", "وتتولى لجنة طبية والنيابة العامة التحقيق", "2019-03-09", "no own expression; the inquiry opened after the deaths were made public on Sat 9 Mar 2019 and still running on Wed 10 Apr (my span)", end="2019-04-11"),
])
art(S, "http://www.jfara-fm.tn/%d8%a3%d9%85%d8%a7%d9%85-%d8%a7%d9%84%d8%a5%d9%86%d8%aa%d8%b4%d8%a7%d8%b1-%d8%a7%d9%84%d9%88%d8%a8%d8%a7%d8%a6%d9%8a-%d8%ad%d9%85%d9%84%d8%a9-%d9%88%d8%b7%d9%86%d9%8a%d8%a9-%d9%84%d8%aa%d9%84%d9%82",
    "2019-04-11", "the body's 'اليوم الخميس 11 أفريل 2019' (kept; 11 Apr 2019 was a Thursday); headline kept from the page (reworded); the page furniture ('0 second read', 'Load More', the comment form and the unrelated 'Check Also' item) dropped", True, """
أمام انتشارها الوبائي: حملة وطنية لتلقيح 110 آلاف رضيع بين 6 و11 شهرا ضد الحصبة
صرحت المديرة العامة للمرصد الوطني للأمراض الجديدة والمستجدة، نصاف بوعفيف بن علية، اليوم الخميس 11 أفريل 2019، بأن مرض الحصبة انتشر على نطاق واسع في الفترة الأخيرة، مؤكدة أن عدد الحالات المصابة ارتفع بشكل تدريجي ولا سيما في ولايتي القصرين وصفاقس.
وأوضحت أن الوزارة اتخذت حزمة من الإجراءات أبرزها إطلاق حملة وطنية للتلقيح ضد مرض الحصبة تخص بالأساس الأطفال الذين تتراوح أعمارهم بين 6 و 11 شهرا.
وبيّنت أن الوضع الوبائي طال الأطفال دون سن السنة، مشيرة إلى أن التلاقيح ستشمل كل الولايات بالتوازي مع تواصل البرنامج الوطني.
""", [
    ev("observatory-statement", "صرحت المديرة العامة للمرصد الوطني للأمراض الجديدة والمستجدة", "2019-04-11", "'اليوم الخميس 11 أفريل 2019' = Thu 11 Apr 2019"),
    ev("measles-outbreak", "بأن مرض الحصبة انتشر على نطاق واسع في الفترة الأخيرة", OUTBREAK[0], "'في الفترة الأخيرة' = the epidemic of 2019 up to the report (my span)", end=OUTBREAK[1]),
    ev("infant-campaign", "أبرزها إطلاق حملة وطنية للتلقيح ضد مرض الحصبة", CAMPAIGN, "no own expression; the campaign announced by the ministry on Wed 10 Apr 2019 (shorouk 'اليوم الأربعاء'; ulysse-fm: figures 'إلى تاريخ 10 أفريل 2019')"),
])

# ---------------------------------------------------------------- egypt-first-sinopharm-shipment-2020
S = "egypt-first-sinopharm-shipment-2020"
LANDED = "2020-12-10"                      # the first Sinopharm doses landed at Cairo airport from the UAE late on Thu 10 Dec 2020
art(S, "https://almalnews.com/%d9%88%d8%b5%d9%88%d9%84-%d8%a3%d9%88%d9%84%d9%89-%d8%b4%d8%ad%d9%86%d8%a7%d8%aa-%d9%84%d9%82%d8%a7%d8%ad-%d9%83%d9%88%d8%b1%d9%88%d9%86%d8%a7-%d9%85%d8%b7%d8%a7%d8%b1-%d8%a7%d9%84%d9%82%d8%a7%d9%87/",
    "2020-12-10", "page time stamp '11:48 م, الخميس, 10 ديسمبر 20' (kept as second line, two-digit year as on the page; 10 Dec 2020 was a Thursday); the body's 'مساء اليوم الخميس' agrees; headline and sub-heading joined into one line, the '(فيديو)' tag and the byline 'المرسي عزت' dropped", True, """
أولى شحنات لقاح كورونا تصل مطار القاهرة الدولي.. والأولوية للفئات الأولى بالرعاية
11:48 م, الخميس, 10 ديسمبر 20
حطّت في مطار القاهرة الدولي، مساء اليوم الخميس، أولى شحنات لقاحات فيروس كورونا، قادمة من دولة الإمارات العربية المتحدة.
وكانت الدكتورة هالة زايد، وزيرة الصحة والسكان، في استقبال أولى شحنات لقاح فيروس كورونا الذي تنتجه شركة (سينوفارم) الصينية بمطار القاهرة الدولي، بحضور السفير الصيني لدى مصر والقائم بأعمال السفير الإماراتي.
وأفاد الدكتور خالد مجاهد، مستشار وزير الصحة والسكان لشئون الإعلام والمتحدث الرسمي باسم الوزارة، بأن هذا اللقاح أثبت فاعلية بنسبة 86% في الوقاية من فيروس كورونا المستجد، و99% في إنتاج الأجسام المضادة للفيروس، و100% في منع الوصول إلى الحالات المتوسطة والشديدة.
وأضاف مجاهد أن الأولوية في توزيع اللقاح ستكون للعاملين في القطاع الصحي، مع تقديم العاملين في مستشفيات العزل والصدر والحميات ومرضى الأورام والفشل الكلوي، لافتًا إلى أن اللقاح يُعطى في عضلة الكتف على جرعتين تفصل بينهما 21 يوماً.
""", [
    ev("shipment-lands", "حطّت في مطار القاهرة الدولي، مساء اليوم الخميس", LANDED, "'مساء اليوم الخميس' = the evening of Thu 10 Dec 2020 (time stamp)"),
    ev("minister-receives-shipment", "في استقبال أولى شحنات لقاح فيروس كورونا", LANDED, "no own expression; the minister met the plane on the evening of Thu 10 Dec 2020"),
])
art(S, "http://namnewsnetwork.org/ar/?p=22922",
    "2020-12-11", "the agency dateline 'القاهرة، 11 ديسمبر (ان ان ان-بنا)' at the head of the body (kept; 11 Dec 2020 was a Friday), and 'في وقت متأخر من مساء يوم الخميس' for the landing of Thu 10 Dec 2020; headline kept from the page (reworded); the photo credit and the signature 'شبكة أنباء عدم الانحياز- م.م' dropped", True, """
أولى شحنات لقاح سينوفارم الصيني المضاد لكورونا تصل مصر
القاهرة، 11 ديسمبر (ان ان ان-بنا) — تسلمت مصر في وقت متأخر من مساء يوم الخميس أولى شحنات لقاح فيروس كورونا الذي تنتجه المجموعة الوطنية الصينية للأدوية (سينوفارم).
وقالت وزيرة الصحة هالة زايد، في مؤتمر صحفي عقدته بمطار القاهرة عقب وصول الشحنة، إن "مصر تشهد يوما تاريخيا باستقبال أولى شحنات اللقاح.. اللقاح بالمجان مئة في المئة".
وأوضحت أن اللقاح يُعطى على "جرعتين بين كل جرعة والثانية 21 يوم"، وأنه موجه إلى الفئات الأولى، وهي الأطقم الطبية التي تواجه المشكلة في مستشفيات العزل والحميات والصدرية، ومرضى الفشل الكلوي والأورام وأصحاب الأمراض المزمنة الصعبة.
وشددت الوزيرة على أن اللقاح سيُقدَّم بالمجان لجميع المصريين وفق توجيهات الرئيس المصري.
ولم يتضح بعد عدد الجرعات التي طلبتها مصر، لكن الوزيرة ذكرت أن مزيدا من الشحنات سيصل في الأيام المقبلة.
وجاءت الشحنة من الإمارات التي كانت تُجري المرحلة الثالثة من التجارب السريرية على اللقاح.
""", [
    ev("shipment-lands", "تسلمت مصر في وقت متأخر من مساء يوم الخميس", LANDED, "'في وقت متأخر من مساء يوم الخميس' before the dateline of Fri 11 Dec = the late evening of Thu 10 Dec 2020"),
    ev("airport-press-conference", "في مؤتمر صحفي عقدته بمطار القاهرة عقب وصول الشحنة", LANDED, "no own expression; the press conference at the airport right after the landing, late on Thu 10 Dec 2020"),
    ev("uae-phase-three-trials", "التي كانت تُجري المرحلة الثالثة من التجارب السريرية", "2020-07-16", "no own expression; the UAE phase III trial of the Sinopharm vaccine, begun on 16 Jul 2020 and running up to the registration of Wed 9 Dec 2020 (outside knowledge)", end="2020-12-10"),
])
art(S, "https://youm7.com/story/2020/12/11/سفير-الصين-بالقاهرة-العلاقات-المصرية-الصينية-شهدت-تطوراً-كبيرا-فى/5107560",
    "2020-12-11", "date in the URL '/story/2020/12/11/' (11 Dec 2020 was a Friday); the report is of the airport press conference of the night of Thu 10 Dec; headline rendered from the URL slug; the comment notice dropped; no date of its own in the text", False, """
سفير الصين في القاهرة: العلاقات المصرية الصينية تطورت تطوراً كبيراً
أكد السفير الصيني لدى مصر أن العلاقات المصرية الصينية عرفت تطوراً كبيراً في عهد الرئيس عبد الفتاح السيسي، مضيفاً: "نحن على يقين أن التعاون بين الصين ومصر وبقية الدول العربية سيزيد من الروابط القوية بين الجانبين".
وأوضح سفير الصين في مصر، خلال مؤتمر صحفي، أن بلاده سعيدة بوصول أول شحنة من اللقاح الصيني لفيروس كورونا المستجد "كوفيد19" إلى الشعب المصري قادمة من الإمارات.
وكانت وزيرة الصحة قد وجهت، خلال مؤتمر صحفي للإعلان عن استقبال أولى دفعات لقاح كورونا الصيني "سينوفارم"، الشكر لشعبي الإمارات والصين، مشيرة إلى أن أزمة كورونا حملت جوانب إيجابية كبيرة أبرزها التكاتف والتضامن بين الشعوب، ولا سيما الشعوب المصرية والصينية والإماراتية.
وأضافت أن "هذه اللقاحات آمنة، وأجرينا عليها التجارب السريرية وكنت أحد المتطوعين فيها"، موضحة أن اللقاح أثبت نجاحه في التجارب السريرية ونال موافقة الطوارئ، ثم حصل أمس على الموافقة النهائية.
وذكرت أنه جرى توقيع عقد يوم 4 ديسمبر مع التحالف الدولي للحصول على مزيد من اللقاحات، وتوجهت بالشكر إلى الرئيس عبد الفتاح السيسي لاهتمامه بملف صحة المصريين، وهو ما جعل مصر أول دولة أفريقية تجري أبحاثاً إكلينيكية وتحصل على لقاح كورونا في إفريقيا.
""", [
    ev("airport-press-conference", "وأوضح سفير الصين في مصر، خلال مؤتمر صحفي", LANDED, "no own expression; the press conference at Cairo airport after the landing, late on Thu 10 Dec 2020"),
    ev("shipment-lands", "بوصول أول شحنة من اللقاح الصيني", LANDED, "no own expression; the landing of the evening of Thu 10 Dec 2020"),
    ev("final-approval", "ثم حصل أمس على الموافقة النهائية", "2020-12-09", "'أمس' in the minister's words of Thu 10 Dec = Wed 9 Dec 2020, the day the UAE officially registered the Sinopharm vaccine (outside knowledge); read from the URL date it would be Thu 10"),
    ev("gavi-contract", "جرى توقيع عقد يوم 4 ديسمبر مع التحالف الدولي", "2020-12-04", "'يوم 4 ديسمبر' = Fri 4 Dec 2020"),
])

# ---------------------------------------------------------------- iraq-first-sinopharm-doses-2021
S = "iraq-first-sinopharm-doses-2021"
ARR = ("2021-03-01", "2021-03-03")         # the plane with 50,000 Sinopharm doses landed in Baghdad late on Mon 1 Mar / in the small hours of Tue 2 Mar 2021
START = "2021-03-02"                       # vaccination of health workers began on Tue 2 Mar 2021
PFIZER = ("2020-12-01", "2021-03-02")      # Iraq's earlier order of 1.5 million Pfizer doses (my span: before March 2021)
art(S, "https://innfrad.com/News/24/2267565/العراق-يتسلم-الدفعة-الأولى-من-لقاح-كورونا-من-الصين",
    "2021-03-02", "no date line on the stored page; the body's 'مساء أمس الاثنين' for the landing and 'اليوم الثلاثاء' for the start of vaccination give Tue 2 Mar 2021 (1 Mar 2021 was a Monday; emaratalyoum of 3 Mar: 'بدأت ... أمس'); headline rendered from the URL slug; the last, truncated sentence dropped", True, """
الدفعة الأولى من لقاح كورونا الصيني تصل العراق
استلم العراق الدفعة الأولى من لقاح شركة سينوفارم الصينية المضاد لمرض كوفيد-19، وهي 50 ألف جرعة قدمتها الصين منحةً، في وقت تجد فيه البلاد صعوبة في مواجهة ارتفاع جديد في حالات الإصابة.
وحطت طائرة نقل عسكرية عراقية تقل الدفعة الأولى من اللقاح الصيني في مطار بغداد الدولي في وقت متأخر من مساء أمس الاثنين.
وقال وزير الصحة العراقي حسن التميمي لدى تسلمه الشحنة إن ما وصل اليوم هو الدفعة الأولى، وإنها ثمرة الجهود مع الجانب الصيني ومنحة منه، مؤكداً أن دفعات أخرى ستأتي، وأن لدى الوزارة أيضاً اتفاقية مع شركة سينوفارم لتوريد مليوني جرعة ستُسلَّم على مراحل بحسب قدرة الإنتاج.
وتابع أن العراق طلب إرسال هذه المنحة بشكل عاجل وطارئ بالتنسيق مع السفارة الصينية في بغداد والسفارة العراقية في بكين، شاكراً الصين حكومةً وشعباً على مساندتها للشعب العراقي، ومتوقعاً أن تصل في قادم الأيام كميات كبيرة من اللقاح تغطي كل الفئات المستهدفة.
وكانت وزارة الصحة قد ذكرت في بيان في وقت سابق أن اللقاح الجديد سيُعطى لكبار السن وكوادر الصحة وأفراد القوات الأمنية، فيما أفاد التلفزيون الرسمي بأن التطعيم سيبدأ اليوم الثلاثاء.
""", [
    ev("vaccines-land", "وحطت طائرة نقل عسكرية عراقية تقل الدفعة الأولى", ARR[0], "'في وقت متأخر من مساء أمس الاثنين' in an article of Tue 2 Mar = late on Mon 1 Mar 2021 (AFP has 'في وقت مبكر الثلاثاء'; span over the night)", end=ARR[1]),
    ev("handover-at-airport", "لدى تسلمه الشحنة", ARR[0], "no own expression; the minister received the plane on its arrival, the night of 1-2 Mar 2021 (his 'اليوم')", end=ARR[1]),
    ev("two-million-doses", "اتفاقية مع شركة سينوفارم لتوريد مليوني جرعة", ARR[0], "no own expression; the agreement for 2 million doses announced at the handover, the night of 1-2 Mar 2021 (emaratalyoum: 'تم الاتفاق مع سفير جمهورية الصين')", end=ARR[1]),
    ev("vaccination-starts", "بأن التطعيم سيبدأ اليوم الثلاثاء", START, "'اليوم الثلاثاء' = Tue 2 Mar 2021"),
])
art(S, "https://coronanews-lb.com/post/10475/%D8%A7%D9%84%D9%84%D9%82%D8%A7%D8%AD-%D8%A7%D9%84%D8%B5%D9%8A%D9%86%D9%8A-%D9%8A%D8%B5%D9%84-%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF",
    "2021-03-02", "no date line on the stored page; the body's 'مساء أمس الاثنين' and 'اليوم الثلاثاء' for the first vaccine to reach Iraq, known to have landed on the night of 1-2 Mar 2021, give Tue 2 Mar 2021; headline rendered from the URL slug; the last, truncated sentence dropped", False, """
لقاح سينوفارم الصيني يصل إلى بغداد
تسلم العراق مساء أمس الاثنين 50 ألف جرعة من لقاح "سينوفارم" (Sinopharm) الصيني المضاد لفيروس كورونا، وهو أول لقاح يبلغ هذا البلد الذي يبلغ عدد سكانه 40 مليون نسمة ويواجه موجة وبائية ثانية تبعث على القلق.
ولم تكن وزارة الصحة قد أعلنت مسبقاً عن حملة محددة لبدء التلقيح، غير أن المتحدث باسمها سيف البدر صرح للصحافيين بأن وصول اللقاحات في وقت مبكر الثلاثاء يتيح الشروع في عملية التلقيح.
وأوضح البدر أن الجرعات ستُنقل إلى دوائر الصحة الثلاث في بغداد وربما إلى بعض المحافظات، مؤكدا أن الشحنة تبرع من الصين، وأضاف: "سوف نبدأ عملية التلقيح اليوم الثلاثاء".
وفي موازاة ذلك، ذكرت وزارة الصحة أن بغداد طلبت مليوني جرعة إضافية من اللقاح الصيني.
ومن المفترض أن يحصل العراق، إلى جانب "سينوفارم"، على مليوني جرعة من لقاح "أسترازينيكا" البريطاني عبر آلية "كوفاكس" المخصصة لدعم الدول الأكثر فقرا، كما أكد العراق، الذي يمر بأزمة اقتصادية غير مسبوقة، أنه سبق أن طلب 1.5 مليون جرعة من لقاح فايزر سيشتريها بقرض من البنك الدولي.
ومع أن أي مواطن عراقي لم يتلقَّ اللقاح بعد، فقد أكد مسؤولان رفيعان حاليان ومسؤول سابق آخر لوكالة الصحافة الفرنسية أنهم تلقوا في يناير/كانون الثاني الماضي جرعة على الأقل من "لقاح صيني".
""", [
    ev("vaccines-land", "تسلم العراق مساء أمس الاثنين 50 ألف جرعة", ARR[0], "'مساء أمس الاثنين' = Mon 1 Mar 2021, but the same text has 'في وقت مبكر الثلاثاء' (Tue 2 Mar): span over the night", end=ARR[1]),
    ev("vaccination-starts", "سوف نبدأ عملية التلقيح اليوم الثلاثاء", START, "'اليوم الثلاثاء' = Tue 2 Mar 2021"),
    ev("two-million-doses", "أن بغداد طلبت مليوني جرعة إضافية", ARR[0], "no own expression; the request/agreement for 2 million more doses announced on the night of 1-2 Mar 2021", end=ARR[1]),
    ev("pfizer-order", "أنه سبق أن طلب 1.5 مليون جرعة من لقاح فايزر", PFIZER[0], "'سبق أن' = before the report; the Pfizer order placed in the winter of 2020-2021 (my span Dec 2020 - 1 Mar 2021)", end=PFIZER[1]),
    ev("officials-vaccinated", "أنهم تلقوا في يناير/كانون الثاني الماضي جرعة", "2021-01-01", "'في يناير/كانون الثاني الماضي' = January 2021", end="2021-02-01"),
])
art(S, "https://www.kurdiu.org/ar/b/482604",
    "2021-03-02", "no date line on the stored page; the body says vaccination of doctors has begun and that the centres in poor and remote areas 'يفترض أن يبدأ الأربعاء', which fixes the report on Tue 2 Mar 2021, the first day of vaccination (innfrad, emaratalyoum); headline kept from the page (reworded); menus and the 'أهم أخبار' block dropped", False, """
العراق يبدأ حملة التلقيح ضد كورونا
شرع العراق في تلقيح أطباء إثر تسلمه 50 ألف جرعة من لقاح "سينوفارم" الصيني المضاد لفيروس كورونا، وهو أول لقاح يصل إلى البلاد التي يبلغ عدد سكانها 40 مليون نسمة وتواجه موجة وبائية ثانية مقلقة.
وأعلن وزير الصحة العراقي حسن التميمي أن إعطاء اللقاح قد بدأ، موضحاً أن "الأولوية للعاملين في القطاع الصحي في مراكز كورونا".
وبيّن أنه سيجري تحديد الفئات الأخرى التي يشملها التلقيح أولاً ممن تزيد أعمارهم على 50 عاماً، مشيراً إلى تخصيص "خمس مراكز صحية في بغداد والمحافظات وكردستان" يُعطى فيها اللقاح.
وأضاف أن التلقيح في المراكز الصحية بالمناطق الشعبية والنائية من المفترض أن يبدأ الأربعاء.
وإلى جانب لقاح "سينوفارم"، ينتظر أن يحصل العراق على مليوني جرعة من لقاح "أسترازينيكا" البريطاني عبر آلية "كوفاكس" الهادفة إلى دعم الدول الأشد فقراً. كما تؤكد بغداد، التي تمر بأزمة اقتصادية غير مسبوقة، أنها سبق أن طلبت 1,5 مليون جرعة من لقاح فايزر ستشتريها بقرض من البنك الدولي.
""", [
    ev("vaccination-starts", "شرع العراق في تلقيح أطباء", START, "no own expression; vaccination began on Tue 2 Mar 2021 (innfrad 'اليوم الثلاثاء'; the next day is 'الأربعاء')"),
    ev("vaccines-land", "إثر تسلمه 50 ألف جرعة", ARR[0], "no own expression; the landing of the night of 1-2 Mar 2021", end=ARR[1]),
    ev("remote-centres-start", "من المفترض أن يبدأ الأربعاء", "2021-03-03", "'الأربعاء' after the first day of vaccination (Tue 2 Mar) = Wed 3 Mar 2021"),
    ev("pfizer-order", "أنها سبق أن طلبت 1,5 مليون جرعة من لقاح فايزر", PFIZER[0], "'سبق أن' = before the report; my span Dec 2020 - 1 Mar 2021", end=PFIZER[1]),
])
art(S, "https://emaratalyoum.com/politics/news/2021-03-03-1.1461335",
    "2021-03-03", "date in the URL '/2021-03-03-' (3 Mar 2021 was a Wednesday); the body's 'أمس' for the start of vaccination and 'فجر أمس' for the arrival agree with Tue 2 Mar; headline kept from the page (reworded); the photo caption and the last, truncated words of the quotation dropped", True, """
بعد تسلم أولى شحنات «سينوفارم».. العراق يبدأ التطعيم ضد «كورونا»
شرعت المستشفيات العراقية، أمس، في التطعيم ضد فيروس كورونا، بعد ساعات من وصول لقاح «سينوفارم» الصيني إلى البلاد.
وأفاد تلفزيون «العراقية» الحكومي بأن عملية «التطعيم بلقاح (كورونا)» انطلقت في (العاصمة) بغداد.
وكانت وزارة الصحة والبيئة العراقية قد منحت الأسبقية في التطعيم للفرق الطبية والقوات الأمنية والجيش والمواطنين من كبار السن، في حين أُعلن عن استمارة تتيح للمواطنين التسجيل طوعاً للحصول على اللقاح مجاناً.
وتجري الاستعدادات لاستقبال شحنات أخرى من اللقاح، بحسب تعاقدات العراق مع الشركات العالمية.
وكان وزير الصحة والبيئة العراقي، حسن التميمي، قد أعلن في وقت سابق وصول أولى شحنات لقاح «سينوفارم» إلى العراق فجر أمس.
وقال التميمي، في تصريح نشره الموقع الرسمي للوزارة: «تسلمنا شحنة من لقاح سينوفارم، بحضور السفير الصيني لدى بغداد، والسكرتير الشخصي لرئيس الوزراء الفريق محمد البياتي، وقائد القوة الجوية».
وأضاف أنه جرى الاتفاق مع سفير جمهورية الصين الشعبية في العراق على توريد مليونَيْ جرعة جديدة من لقاح سينوفارم بشكل عاجل، إلى جانب بقية تعاقدات الوزارة السابقة.
""", [
    ev("vaccination-starts", "شرعت المستشفيات العراقية، أمس، في التطعيم", START, "'أمس' in an article of Wed 3 Mar 2021 = Tue 2 Mar"),
    ev("vaccines-land", "وصول أولى شحنات لقاح «سينوفارم» إلى العراق فجر أمس", ARR[0], "'فجر أمس' from Wed 3 Mar = dawn of Tue 2 Mar 2021 (Reuters: late on Mon 1 Mar); span over the night", end=ARR[1]),
    ev("handover-at-airport", "«تسلمنا شحنة من لقاح سينوفارم، بحضور السفير الصيني", ARR[0], "no own expression; the handover at Baghdad airport on the night of 1-2 Mar 2021", end=ARR[1]),
    ev("two-million-doses", "جرى الاتفاق مع سفير جمهورية الصين الشعبية في العراق", ARR[0], "no own expression; the agreement announced at the handover, the night of 1-2 Mar 2021", end=ARR[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 342
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

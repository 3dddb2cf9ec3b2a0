"""Builds stories.jsonl: the 242-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every
date/time expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories204/make_stories.py). Domain: vaccination campaigns (Iraq's school measles campaign
of April 2024, Tunisia's first HPV vaccination of girls in April 2025 and the refusals it met, Egypt's
second national polio round of March 2021, Yemen's second emergency polio round of Sept-Oct 2025, Algeria's
national polio vaccination days of Nov-Dec 2025). None of these stories is in the dev set or the other
tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-measles-school-vaccination-campaign-2024
S = "iraq-measles-school-vaccination-campaign-2024"
RUN = ("2024-04-14", "2024-04-26")  # 10 working days from Sun 14 Apr (Iraqi weekend Fri-Sat): 14-18 and 21-25 Apr
art(S, "https://www.arabkhabar.com/a/2358062",
    "2024-04-14", "page stamp 'تاريخ النشر: 14th, April 2024' and the body's own 'الأحد 14 أبريل 2024' (14 Apr 2024 was a Sunday, the first day of the campaign); the stamp line, the source credit 'المصدر: وكالة الصحافة المستقلة', the tags and the unrelated 'إقرأ أيضاً' items dropped; the bullet labels ('تاريخ الانطلاق:', 'الهدف:' ...) turned into sentences", True, """
العراق يطلق حملة وطنية للتلقيح ضد الحصبة
أعلنت وزارة التربية العراقية اليوم بدء الحملة الوطنية الكبرى للتطعيم ضد مرض الحصبة، ضمن مساعي الوزارة إلى تحسين صحة التلاميذ ووقايتهم من الأمراض المعدية.
ومن أبرز تفاصيل الحملة أنها انطلقت اليوم، الأحد 14 أبريل 2024، وأنها ترمي إلى تطعيم كل التلاميذ في العراق ضد الحصبة.
وحثّت وزارة التربية الأهالي كافة على التقيد بجدول اللقاحات الروتينية المعتمد، وعلى تطعيم أبنائهم في مراكز التلقيح المخصصة.
وتُعد الحصبة من الأمراض المعدية الخطيرة، ومن شأن هذه الحملة أن تقي التلاميذ من مضاعفاتها.
وناشدت الوزارة جميع الأهالي اصطحاب أبنائهم إلى مراكز التلقيح المخصصة لتلقي لقاح الحصبة، حفاظا على صحتهم ووقايتهم من الأمراض.
""", [
    ev("launch", "انطلقت اليوم، الأحد 14 أبريل 2024", "2024-04-14", "'اليوم، الأحد 14 أبريل 2024' = Sun 14 Apr 2024"),
    ev("education-announcement", "أعلنت وزارة التربية العراقية اليوم بدء الحملة", "2024-04-14", "'اليوم' = the publication day, Sun 14 Apr 2024"),
    ev("ministry-appeal", "وناشدت الوزارة جميع الأهالي", "2024-04-14", "no own expression; the appeal came with the launch announcement of Sun 14 Apr 2024"),
])
art(S, "https://elmadanews.com/baghdad/%D8%A7%D9%84%D9%8A%D9%88%D9%85-%D8%A8%D8%AF%D8%A1-%D8%A7%D9%84%D8%AD%D9%85%D9%84%D8%A9-%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A%D8%A9-%D9%84%D9%84%D8%AA%D9%84%D9%82%D9%8A%D8%AD-%D8%B6%D8%AF-%D9%85%D8%B1",
    "2024-04-14", "no stamp or URL date in the stored page: fixed by the body's 'انطلقت اليوم الأحد' for the start of the national measles campaign in the schools, which began on Sun 14 Apr 2024 (another outlet: 'الأحد 14 أبريل 2024'; the ministry's tally of Tue 16 Apr counts 'أول يومين'); the last, generic paragraph cut where the stored text breaks off", False, """
انطلقت اليوم الأحد في بغداد وسائر المحافظات العراقية الحملة الوطنية للتلقيح ضد مرض الحصبة، وهي تستهدف ما يزيد على سبعة ملايين تلميذ في المدارس الابتدائية ورياض الأطفال.
وقد استُورد اللقاح الوقائي من مناشئ عالمية معروفة وموثوقة، فيما دعا رئيس لجنة الصحة النيابية ماجد شنكالي أولياء الأمور إلى أداء دورهم في تحصين أبنائهم من هذا المرض الخطير، إذ تمتد الحملة 10 أيام ويشارك فيها أكثر من 9 آلاف فرقة طبية وصحية.
من جهتها، بيّنت الدكتورة ربى فلاح حسن من إعلام وزارة الصحة أن ثمة إصابات وحالات اشتباه بالحصبة نتيجة عدم التزام الأهالي بالجدول الوطني للقاحات، وهو ما يتطلب استجابة أكبر لحملات التلقيح.
وأكد المتحدث الرسمي باسم وزارة التربية كريم السيد انطلاق الحملة في المدارس وتكثيف جهود التوعية لإنجاحها.
وخُصص لتغطية نفقات هذه الحملة الوطنية أكثر من 10 مليارات دينار.
""", [
    ev("launch", "انطلقت اليوم الأحد في بغداد", "2024-04-14", "'اليوم الأحد' = Sun 14 Apr 2024"),
    ev("campaign-run", "إذ تمتد الحملة 10 أيام", RUN[0], "'10 أيام' from Sun 14 Apr: ten working days (Iraq's weekend is Fri-Sat), 14-18 and 21-25 Apr 2024 (my span 14-25 Apr; the ministry later added two days)", end=RUN[1]),
    ev("education-confirms", "وأكد المتحدث الرسمي باسم وزارة التربية كريم السيد", "2024-04-14", "no own expression; said on the launch day, Sun 14 Apr 2024"),
])
art(S, "https://alfallujah.tv/%d8%a7%d9%84%d8%b5%d8%ad%d8%a9-%d8%aa%d8%b9%d9%84%d9%86-%d8%aa%d8%b7%d8%b9%d9%8a%d9%85-%d8%a3%d9%83%d8%ab%d8%b1-%d9%85%d9%86-%d9%85%d9%84%d9%8a%d9%88%d9%86-%d8%b7%d8%a7%d9%84%d8%a8-%d8%b6%d8%af-%d9%85/?amp=1",
    "2024-04-16", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الثلاثاء' for the health ministry's tally of the first two days of the campaign that began on Sun 14 Apr 2024: so Tue 16 Apr 2024 (another outlet carries the same statement under the stamp 'أبريل 16, 2024'); the site furniture ('Site icon', 'Exit mobile version') dropped", False, """
الصحة تعلن تطعيم أكثر من مليون طالب ضد الحصبة
أعلنت وزارة الصحة، اليوم الثلاثاء، أنها طعّمت قرابة مليون ونصف المليون طالب ضد مرض الحصبة.
وأوضح بيان للوزارة أنها "طعّمت نحو مليون ونصف المليون طفل في أول يومين من انطلاق الحملة الوطنية للتطعيم ضد الحصبة، الموجهة لطلبة المدارس ورياض الأطفال في بغداد والمحافظات بما فيها إقليم كردستان".
وأضاف البيان أن "هذا الرقم يشمل تلقيح 704،589 أطفال في اليوم الأول و794،587 طفلاً في اليوم الثاني".
ولفتت الوزارة إلى "بلوغ نسبة 24 % في يومين من مجمل المستهدف في حملة التطعيم، التي تدوم 10 أيام فعلية وتستهدف ما يزيد على 7 ملايين طفل".
""", [
    ev("tally-announced", "أعلنت وزارة الصحة، اليوم الثلاثاء", "2024-04-16", "'اليوم الثلاثاء' = Tue 16 Apr 2024"),
    ev("first-two-days", "في أول يومين من انطلاق الحملة", "2024-04-14", "'أول يومين' of a campaign begun on Sun 14 Apr = Sun 14 - Mon 15 Apr 2024", end="2024-04-16"),
    ev("day-one", "704،589 أطفال في اليوم الأول", "2024-04-14", "'اليوم الأول' = Sun 14 Apr 2024"),
    ev("day-two", "794،587 طفلاً في اليوم الثاني", "2024-04-15", "'اليوم الثاني' = Mon 15 Apr 2024"),
    ev("campaign-run", "التي تدوم 10 أيام فعلية", RUN[0], "'10 أيام فعلية' from Sun 14 Apr: working days 14-18 and 21-25 Apr 2024 (my span 14-25 Apr)", end=RUN[1]),
])
art(S, "https://drbonaiq.com/الصحة-4-ملايين-من-أصل-أكثر-من-7-ملايين-عدد",
    "2024-04-19", "page stamp 'نشر بتاريخ: 19 أبريل 2024 الساعة 08:53 صباحًا' (kept as first line '19 أبريل 2024', before the headline); 19 Apr 2024 was a Friday, the morning after the fifth campaign day (Thu 18 Apr); the view counter, the tags, 'مشاركة' and the footer dropped", True, """
19 أبريل 2024
الصحة: 4 ملايين ملقح من أصل أكثر من 7 ملايين من طلبة المدارس حتى اليوم الخامس من الحملة
أفاد المتحدث باسم وزارة الصحة سيف البدر بأن عدد الملقحين من طلبة المدارس تجاوز، حتى اليوم الخامس من الحملة الممتدة عشرة أيام، 4 ملايين من أصل أكثر من 7 ملايين مستهدفين، أي ما يزيد على نصف العدد المستهدف.
وبيّن أن نسبة الملقحين من طلبة المدارس في المحافظات وصلت إلى 55%.
وذكر البدر أن اليوم الأول والثاني شهدا تلقيح ما يزيد على 700 ألف طالب في كل يوم، بينما تخطى عدد الملقحين في اليوم الثالث 900 ألف طالب، مؤكدا أن كلا من اليومين الرابع والخامس سجّل تلقيح أكثر من 800 ألف طالب.
وأضاف المتحدث الرسمي أن وزير الصحة الدكتور صالح مهدي الحسناوي وجّه نداءات إلى أولياء الأمور كافة للتفاعل والتعاون مع فرق الوزارة والإقبال على اللقاحات حتى يُطعَّم جميع الأطفال المستهدفين.
""", [
    ev("five-day-tally", "أفاد المتحدث باسم وزارة الصحة سيف البدر", "2024-04-18", "no own expression; the tally 'حتى اليوم الخامس' (Thu 18 Apr), published on the morning of Fri 19 Apr 2024 (my span 18-19 Apr)", end="2024-04-20"),
    ev("campaign-run", "الحملة الممتدة عشرة أيام", RUN[0], "'عشرة أيام' from Sun 14 Apr: working days 14-18 and 21-25 Apr 2024 (my span 14-25 Apr)", end=RUN[1]),
    ev("first-two-days", "اليوم الأول والثاني شهدا تلقيح", "2024-04-14", "'اليوم الأول والثاني' = Sun 14 - Mon 15 Apr 2024", end="2024-04-16"),
    ev("day-three", "في اليوم الثالث 900 ألف طالب", "2024-04-16", "'اليوم الثالث' = Tue 16 Apr 2024"),
    ev("days-four-five", "اليومين الرابع والخامس", "2024-04-17", "'اليومين الرابع والخامس' = Wed 17 - Thu 18 Apr 2024", end="2024-04-19"),
])

# ---------------------------------------------------------------- tunisia-hpv-girls-vaccination-launch-2025
S = "tunisia-hpv-girls-vaccination-launch-2025"
DOUBT = ("2025-04-01", "2025-04-12")  # the online campaign against the vaccine, around the launch (my span)
art(S, "https://24-24.tn/ar/2025/04/07/اليوم-الشروع-في-تلقيح-الفتيات-ضد-فيروس",
    "2025-04-07", "date in the URL '/2025/04/07/' and the body's own 'اليوم الإثنين 7 أفريل 2025' (7 Apr 2025 was a Monday, the first day of the vaccination); the weather widget and today's date of the site ('11 فبراير، 2026'), the rubric 'وطنية', the related posts and the comment form dropped", True, """
اليوم: انطلاق تلقيح الفتيات ضد فيروس الورم الحليمي البشري
تبدأ وزارة الصحة انطلاقا من اليوم الإثنين 7 أفريل 2025 تلقيح الفتيات اللاتي بلغن 12 سنة ضد فيروس الورم الحليمي البشري المسبب لسرطان عنق الرحم، إثر إدراجه في الرزنامة الوطنية للتلاقيح.
وستُطعَّم تلميذات السنة السادسة أساسي في كل المؤسسات التربوية العمومية والخاصة، بينما تُلقَّح غير المتمدرسات في مراكز الصحة الأساسية.
ويُعد سرطان عنق الرحم ثالث أسباب الوفاة بالسرطان لدى النساء في تونس، إذ سُجّلت بسببه 210 وفيات سنة 2022، فيما بلغ عدد المصابات 414.
وكان وزير الصحة مصطفى الفرجاني قد شدد على أن التلقيح ضد فيروس الورم الحليمي البشري آمن ولا آثار جانبية له، مؤكدا أنه يمثل حلا نهائيا للقضاء على سرطان عنق الرحم.
""", [
    ev("launch", "انطلاقا من اليوم الإثنين 7 أفريل 2025", "2025-04-07", "'اليوم الإثنين 7 أفريل 2025' = Mon 7 Apr 2025"),
    ev("deaths-2022", "سُجّلت بسببه 210 وفيات سنة 2022", "2022-01-01", "'سنة 2022' = the year 2022", end="2023-01-01"),
    ev("minister-assurance", "وكان وزير الصحة مصطفى الفرجاني قد شدد", "2025-03-07", "no own expression; the minister said it at the press conference of Fri 7 Mar 2025 announcing the campaign (outside knowledge: another outlet's 'اليوم الجمعة 7 مارس 2025')"),
])
art(S, "https://alhorria.com/2025/04/11/%d8%a7%d9%84%d8%aa%d9%84%d9%82%d9%8a%d8%ad-%d8%b6%d8%af-%d8%a7%d9%84%d9%88%d8%b1%d9%85-%d8%a7%d9%84%d8%ad%d9%84%d9%8a%d9%85%d9%8a-%d8%a7%d9%84%d8%a8%d8%b1%d9%84%d9%85%d8%a7%d9%86-%d9%8a%d8%b3%d8%aa",
    "2025-04-11", "date in the URL '/2025/04/11/' and the body's own 'اليوم الجمعة 11 أفريل 2025' (11 Apr 2025 was a Friday); no headline in the stored text; the truncated last sentence ('وحسب أرقام رسمية، يعد سرطان عنق الرحم ث...') dropped", True, """
تستمع لجنة الصحة وشؤون المرأة والأسرة والشؤون الاجتماعية وذوي الإعاقة، اليوم الجمعة 11 أفريل 2025، إلى ممثلي وزارة الصحة في شأن حملة التلقيح ضد الورم الحليمي البشري.
وكانت وزارة الصحة قد أطلقت هذا الأسبوع حملة تطعيم ضد فيروس الورم الحليمي المسبب لسرطان عنق الرحم، موجهة إلى الفتيات اللاتي بلغن 12 عاما على الأقل، غير أنها لاقت صعوبات في إقناع المواطنين بجدوى اللقاح، بعد انتشار دعاية سلبية ضده وتحذيرات خاطئة من أثره في الخصوبة والإنجاب.
واصطدمت خطط الوزارة بتردد شعبي، إذ برزت على شبكات التواصل الاجتماعي حملة مضادة شككت في جدوى هذا التلقيح وفي فعاليته ومعايير سلامته.
وانخرط في هذه الحملة عدد من الأطباء الذين حذروا من تحويل التونسيات إلى فئران تجارب لدى شركات الأدوية العالمية ومن انعكاساته على الإنجاب.
كما أعلن عدد من الأولياء رفضهم تلقيح بناتهم، مطالبين بعدم إرغامهن على ذلك.
في المقابل، دعت وزارة الصحة في بيان إلى عدم تصديق الإشاعات والأكاذيب، مؤكدة أهمية حماية الفتيات من سرطان عنق الرحم بالحصول على اللقاح مجانا.
وشددت على أنه "لقاح آمن ومعتمد من منظمة الصحة العالمية، لا يسبب العقم ولا يؤثر على البلوغ"، محذرة من التأخر في تلقي التلاقيح.
""", [
    ev("committee-hearing", "تستمع لجنة الصحة وشؤون المرأة", "2025-04-11", "'اليوم الجمعة 11 أفريل 2025' = Fri 11 Apr 2025"),
    ev("launch", "قد أطلقت هذا الأسبوع حملة تطعيم", "2025-04-07", "'هذا الأسبوع' before Fri 11 Apr: the launch of Mon 7 Apr 2025 (other outlets: 'اليوم الإثنين 7 أفريل 2025')"),
    ev("online-campaign", "حملة مضادة شككت في جدوى هذا التلقيح", DOUBT[0], "no own expression; the online campaign against the vaccine around the launch of 7 Apr, before Fri 11 Apr 2025 (my span 1-11 Apr)", end=DOUBT[1]),
    ev("doctors-warning", "وانخرط في هذه الحملة عدد من الأطباء", DOUBT[0], "no own expression; within the online campaign, before Fri 11 Apr 2025 (my span 1-11 Apr)", end=DOUBT[1]),
    ev("parents-refusal", "كما أعلن عدد من الأولياء رفضهم", "2025-04-07", "no own expression; the parents' refusals after the launch of Mon 7 Apr, before Fri 11 Apr 2025 (my span 7-11 Apr)", end="2025-04-12"),
    ev("ministry-statement", "دعت وزارة الصحة في بيان إلى عدم تصديق الإشاعات", "2025-04-06", "no own expression; the ministry's call 'عدم تصديق الشائعات والأكاذيب' was reported on the launch day, Mon 7 Apr 2025 (another outlet); my span 6-7 Apr", end="2025-04-08"),
])
art(S, "https://chad.news-pravda.com/chad/2025/04/15/3673.html",
    "2025-04-15", "date in the URL '/2025/04/15/' (15 Apr 2025 was a Tuesday, eight days after the launch); no date in the text; the truncated last sentence ('... و200 وفاة، أي م...') dropped", False, """
جدل واسع في تونس حول تلقيح الفتيات ضد فيروس الورم الحليمي
أثارت حملة وطنية لتلقيح الفتيات ضد فيروس الورم الحليمي البشري في تونس موجة جدل، بعدما أبدى عدد من الأولياء تحفظهم على تلقيح بناتهم، رغم التوصيات الطبية التي تؤكد فعالية اللقاح في الوقاية من سرطان عنق الرحم.
ولقيت الحملة، الموجهة إلى الفتيات البالغات 12 سنة، تشكيكا واسعا تغذيه مخاوف من آثار جانبية محتملة للقاح على الصحة الإنجابية، إلى جانب ذكريات ما زالت حاضرة لدى التونسيين عن الجدل الذي رافق حملات التلقيح ضد كورونا إبان جائحة كوفيد-19، ما صعّب إقناع العائلات بجدوى اللقاح الجديد.
وظهر هذا التحفظ الشعبي بقوة على منصات التواصل الاجتماعي، حيث راجت دعوات تشكك في فعالية اللقاح وسلامته، وسط اتهامات بانعدام الشفافية.
وزاد من حدة الجدل دخول عدد من الأطباء على الخط، معبّرين عن خشيتهم من أن تتحول التونسيات إلى حقل تجارب لفائدة شركات الأدوية الأجنبية، ومحذرين من آثار محتملة للتلقيح على الإنجاب، وهو ما تنفيه الجهات الرسمية المختصة.
""", [
    ev("parents-refusal", "أبدى عدد من الأولياء تحفظهم", "2025-04-07", "no own expression; the parents' reluctance after the launch of Mon 7 Apr 2025 (my span 7-11 Apr, as reported on Fri 11 Apr)", end="2025-04-12"),
    ev("covid-vaccination", "حملات التلقيح ضد كورونا إبان جائحة كوفيد-19", "2021-03-13", "no own expression; Tunisia's COVID-19 vaccination campaigns, from 13 Mar 2021 through 2022 (outside knowledge; my span)", end="2023-01-01"),
    ev("online-campaign", "راجت دعوات تشكك في فعالية اللقاح", DOUBT[0], "no own expression; the online campaign around the launch of 7 Apr 2025 (my span 1-11 Apr, as reported on Fri 11 Apr)", end=DOUBT[1]),
    ev("doctors-warning", "دخول عدد من الأطباء على الخط", DOUBT[0], "no own expression; the doctors' warnings around the launch (my span 1-11 Apr, as reported on Fri 11 Apr)", end=DOUBT[1]),
])

# ---------------------------------------------------------------- egypt-polio-second-national-round-2021
S = "egypt-polio-second-national-round-2021"
art(S, "https://shbabbek.com/show/187631",
    "2021-03-28", "no stamp or URL date in the stored page: fixed by the body's own 'اليوم الأحد 28 مارس الجاري' for the start of the second national polio round, which ran from Sun 28 to Wed 31 Mar 2021 (another outlet's stamp: 'الثلاثاء، 30 مارس 2021' for the tally of the first two days); the sub-headings ('حملة تطعيم شلل الأطفال 2021', 'موعد تطعيم ...', 'أماكن ...') dropped and the truncated last sentence cut", True, """
انطلاق الحملة الثانية للتطعيم ضد شلل الأطفال 2021.. تعرّف على مواعيدها وأماكنها
انطلقت اليوم الأحد 28 مارس الجاري حملة التطعيم ضد شلل الأطفال 2021 في مرحلتها الثانية، التي أطلقتها وزارة الصحة والسكان.
وذكرت وزيرة الصحة والسكان الدكتورة هالة زايد أن الوزارة أطلقت اليوم الحملة القومية الثانية للتطعيم ضد شلل الأطفال لعام 2021.
وبيّنت الوزارة أن الحملة موجهة إلى كل الأطفال الموجودين في مصر، مصريين كانوا أو غير مصريين.
وأوضحت هالة زايد أن الحملة تشمل الأطفال من عمر يوم حتى 5 سنوات، وأنها تستمر لمدة 4 أيام.
وتُختتم الحملة الثانية يوم الأربعاء المقبل الموافق 31 مارس 2021، وهي تستهدف 16.7 مليون طفل.
ويُطعَّم الأطفال بجرعتين متتاليتين بهدف رفع المناعة المجتمعية ضد شلل الأطفال، بسبب انتشار المرض في كثير من دول الجوار.
وستكون أماكن التطعيم في جميع محافظات مصر، عبر فرق ثابتة لوزارة الصحة في الوحدات والمراكز الصحية والميادين الكبرى ومحطات المترو والقطارات.
""", [
    ev("launch", "انطلقت اليوم الأحد 28 مارس الجاري", "2021-03-28", "'اليوم الأحد 28 مارس الجاري' = Sun 28 Mar 2021"),
    ev("campaign-run", "وأنها تستمر لمدة 4 أيام", "2021-03-28", "'4 أيام' from Sun 28 Mar = 28-31 Mar 2021", end="2021-04-01"),
    ev("campaign-end", "يوم الأربعاء المقبل الموافق 31 مارس 2021", "2021-03-31", "'يوم الأربعاء المقبل الموافق 31 مارس 2021' = Wed 31 Mar 2021"),
    ev("first-round", "بجرعتين متتاليتين", "2021-02-28", "no own expression; the first of the two doses was given in the first national round of Sun 28 Feb - Wed 3 Mar 2021 (outside knowledge: the Feb 2021 round), the second in this round (my span 28 Feb - 31 Mar)", end="2021-04-01"),
])
art(S, "https://besraha.com/keyword/8068/1",
    "2021-03-30", "item stamp 'الثلاثاء، 30 مارس 2021 12:58 م' under the headline on a keyword page of besraha (30 Mar 2021 was a Tuesday, after the first two days of a round begun on Sun 28 Mar); the stamp is not kept in the text, which has no date of its own", False, """
14 مليون طفل في يومين.. الصحة تعلن حصيلة حملة التطعيم ضد شلل الأطفال
أعلنت وزيرة الصحة والسكان الدكتورة هالة زايد تطعيم 13 مليونا و871 ألفا و806 أطفال، بينهم 13 ألفا و447 طفلا من غير المصريين المقيمين في مصر، بنسبة تغطية بلغت 84%، وذلك في اليومين الأول والثاني من الحملة القومية الثانية المجانية للتطعيم ضد شلل الأطفال.
وكانت الحملة قد انطلقت يوم الأحد 28 مارس وتستمر حتى يوم الأربعاء 31 مارس 2021، مستهدفة 16.7 مليون طفل من عمر يوم حتى 5 سنوات في جميع محافظات الجمهورية.
""", [
    ev("tally-announced", "أعلنت وزيرة الصحة والسكان الدكتورة هالة زايد تطعيم", "2021-03-29", "no own expression; the tally of the first two days (28-29 Mar), published at 12:58 on Tue 30 Mar 2021 (my span 29-30 Mar)", end="2021-03-31"),
    ev("first-two-days", "في اليومين الأول والثاني", "2021-03-28", "'اليومين الأول والثاني' of a round begun on Sun 28 Mar = 28-29 Mar 2021", end="2021-03-30"),
    ev("launch", "قد انطلقت يوم الأحد 28 مارس", "2021-03-28", "'يوم الأحد 28 مارس' = Sun 28 Mar 2021"),
    ev("campaign-end", "حتى يوم الأربعاء 31 مارس 2021", "2021-03-31", "'يوم الأربعاء 31 مارس 2021' = Wed 31 Mar 2021"),
])

# ---------------------------------------------------------------- yemen-polio-emergency-second-round-2025
S = "yemen-polio-emergency-second-round-2025"
ROUND = ("2025-09-29", "2025-10-02")  # Mon 29 Sep - Wed 1 Oct 2025
art(S, "https://mail.alsahil.net/news38414.html",
    "2025-09-29", "page stamp '10:51 2025/09/29' under the dateline (kept as first line, before the headline); 29 Sep 2025 was a Monday, the first day of the round ('الاثنين' in the body); the dateline 'عدن، الساحل الغربي:' and the last, truncated paragraph ('وفي المحافظات، دشنت السلطات المحلية ... وسط حضور رسمي ومجتمعي') dropped", True, """
10:51 2025/09/29
اليمن يطلق الجولة الثانية من حملة وطنية شاملة للتحصين ضد شلل الأطفال
بدأت، الاثنين، في جميع المحافظات اليمنية المحررة الجولة الثانية من الحملة الوطنية الطارئة للتحصين ضد شلل الأطفال، التي تنفذها وزارة الصحة العامة والسكان بدعم من منظمة الصحة العالمية واليونيسف، وتستمر حتى الأول من أكتوبر القادم، مستهدفة ملايين الأطفال دون الخامسة من منزل إلى منزل في المدن والأرياف والمناطق النائية.
وأكد وزير الصحة العامة والسكان الدكتور قاسم بحيبح، خلال تدشينه الحملة في العاصمة المؤقتة عدن، أن هذه الجولة تأتي استكمالا للجهود الوطنية الرامية إلى حماية الأطفال من شلل الأطفال، مشددا على أن الوزارة سخّرت كل إمكاناتها الفنية والبشرية لضمان وصول اللقاح إلى كل طفل مستهدف، وداعيا أولياء الأمور إلى التعاون مع الفرق الصحية.
وعقد وكيل وزارة الصحة لقطاع الرعاية الصحية الأولية الدكتور علي الوليدي اجتماعا موسعا لغرفة العمليات المركزية، راجع فيه تقارير الإنجاز اليومية وقيّم سير الحملة في مختلف المحافظات، مؤكدا ضرورة تخطي الصعوبات الميدانية وتعزيز التنسيق مع غرف العمليات في المحافظات.
""", [
    ev("round-start", "بدأت، الاثنين، في جميع المحافظات اليمنية المحررة", "2025-09-29", "'الاثنين' = Mon 29 Sep 2025 (the stamp day)"),
    ev("second-round", "وتستمر حتى الأول من أكتوبر القادم", ROUND[0], "from Mon 29 Sep 'حتى الأول من أكتوبر القادم' = 29 Sep - Wed 1 Oct 2025", end=ROUND[1]),
    ev("inauguration", "خلال تدشينه الحملة في العاصمة المؤقتة عدن", "2025-09-28", "no own expression; the minister's inauguration in Aden, reported with the start of Mon 29 Sep 2025 (another outlet words it as ahead of the round: my span 28-29 Sep)", end="2025-09-30"),
    ev("operations-meeting", "اجتماعا موسعا لغرفة العمليات المركزية", "2025-09-29", "no own expression; on the first day of the round, Mon 29 Sep 2025 (reported at 10:51 that day)"),
])
art(S, "https://www.adeng.net/news/817644",
    "2025-09-30", "page stamp 'الثلاثاء - 30 سبتمبر 2025 - 09:29 م بتوقيت عدن' (and 'آخر تحديث :الثلاثاء-30 سبتمبر 2025'); 30 Sep 2025 was a Tuesday, the day after the first day of the round; the stamps are not kept in the text, which has no date of its own; the dateline 'عدن (عدن الغد) نبيل عليوه' and the truncated last sentence ('فيما حققت محافظتا المهرة وسقطرى ...') dropped", False, """
نتائج اليوم الأول من الجولة الثانية لحملة التحصين ضد شلل الأطفال: تطعيم أكثر من 384 ألف طفل بنسبة تغطية 38%
أعلن وكيل وزارة الصحة العامة والسكان لقطاع الرعاية الصحية الأولية الدكتور علي أحمد الوليدي تحقيق نتائج مشجعة في اليوم الأول من الجولة الثانية لحملة التحصين ضد شلل الأطفال، إذ بلغ مجموع الأطفال المطعَّمين دون الخامسة 384,873 طفلا وطفلة، بنسبة تغطية عامة وصلت إلى 38% من إجمالي المستهدفين في 12 محافظة.
وبيّن الوليدي، في تصريح لوكالة الأنباء اليمنية (سبأ)، أن نسبة الإنجاز في اليوم الأول تعكس التزام الفرق الصحية العاملة ميدانيا، مشيدا بجهود الكوادر الطبية والمشرفين الصحيين والمتطوعين، وبتعاون السلطات المحلية والمجتمع في تسهيل وصول الفرق إلى المنازل والمستهدفين.
وأشار إلى أن محافظة لحج تصدرت نتائج التغطية بـ67,262 طفلا، تلتها عدن بـ51,169 طفلا ثم شبوة بـ45,048 طفلا.
""", [
    ev("day-one-results", "أعلن وكيل وزارة الصحة العامة والسكان", "2025-09-29", "no own expression; the tally of the first day (Mon 29 Sep), published at 09:29 pm on Tue 30 Sep 2025 (my span 29-30 Sep)", end="2025-10-01"),
    ev("round-start", "في اليوم الأول من الجولة الثانية", "2025-09-29", "'اليوم الأول' of the round begun on Mon 29 Sep 2025"),
    ev("lahj-first", "أن محافظة لحج تصدرت نتائج التغطية", "2025-09-29", "no own expression; the results of the first day, Mon 29 Sep 2025"),
])
art(S, "https://www.sada-alsahel.net/news/173210",
    "2025-10-03", "page stamp 'الجمعة - 03 أكتوبر 2025 - الساعة 03:43 م بتوقيت اليمن' (kept as first line 'الجمعة - 03 أكتوبر 2025'); 3 Oct 2025 was a Friday, two days after the round ended (Wed 1 Oct); the rubric 'محافظات' and the dateline 'صدى الساحل - سيئون' dropped", True, """
الجمعة - 03 أكتوبر 2025
بلغ مجموع الأطفال دون الخامسة الذين طُعّموا في الجولة الثانية من حملة التحصين ضد شلل الأطفال بمديريات حضرموت الوادي والصحراء نحو 86 ألف طفل، بنسبة تطعيم وصلت إلى 96 بالمائة.
وبيّنت إحصائية صادرة عن برنامج التحصين الصحي الموسع بمديريات الوادي والصحراء، تلقت وكالة الأنباء اليمنية (سبأ) نسخة منها، أن نسبة تغطية المنازل التي زارتها الفرق المتنقلة بلغت 123 بالمائة، إذ سجلت معظم المديريات نسبا عالية في تغطية المطعَّمين بفضل تضافر جهود القائمين على الحملة ووعي أهالي الأطفال المستهدفين في كل المديريات بأهمية التطعيم لوقاية أبنائهم من شلل الأطفال.
ولفتت الإحصائية إلى أن مديريات وادي حضرموت حققت نسبة تغطية للأطفال دون الخامسة بلغت 96 بالمائة ونسبة 123 بالمائة للمنازل المشمولة، من بين اثنتي عشرة محافظة محررة نُفذت فيها الجولة.
ورأى المختصون في برنامج التحصين الصحي الموسع أن مؤشرات التغطية في هذه الجولة ممتازة، عازين ذلك إلى تعاون الجميع وتكاتفهم لمصلحة الأطفال المستهدفين.
""", [
    ev("second-round", "الذين طُعّموا في الجولة الثانية", ROUND[0], "no own expression; the second round of Mon 29 Sep - Wed 1 Oct 2025 (another outlet: 'الاثنين ... حتى الأول من أكتوبر')", end=ROUND[1]),
    ev("hadramawt-statistics", "وبيّنت إحصائية صادرة عن برنامج التحصين", "2025-10-02", "no own expression; issued after the round ended (Wed 1 Oct) and before the stamp of Fri 3 Oct 2025 (my span 2-3 Oct)", end="2025-10-04"),
])

# ---------------------------------------------------------------- algeria-polio-national-vaccination-days-2025
S = "algeria-polio-national-vaccination-days-2025"
C1 = ("2025-11-30", "2025-12-07")
C2 = ("2025-12-21", "2025-12-28")
C3 = ("2026-01-25", "2026-02-01")
art(S, "http://entv.dz/ar/news/%D8%A7%D9%86%D8%B7%D9%84%D8%A7%D9%82-%D8%A7%D9%84%D8%AD%D9%85%D9%84%D8%A9-%D8%A7%D9%84%D9%88%D8%B7%D9%86%DB%8C%D8%A9-%D9%84%D9%84%D8%AA%D9%84%D9%82%DB%8C%D8%AD-%D8%B6%D8%AF-%D8%B4%D9%84%D9%84-%D8%A7%D9%84%D8%A3%D8%B7%D9%81%D8%A7%D9%84-%D8%B9%D8%A8%D8%B1-%D9%83%D8%A7%D9%85%D9%84-%D8%A7%D9%84%D8%AA%D8%B1%D8%A7%D8%A8-%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A%C2%A0",
    "2025-11-30", "no stamp or URL date in the stored page: fixed by the body's own 'اليوم الأحد 30 نوفمبر 2025' (30 Nov 2025 was a Sunday) for the launch the minister was to attend at 9:30 that morning; headline rendered from the URL slug", True, """
انطلاق الحملة الوطنية للتلقيح ضد شلل الأطفال عبر كامل التراب الوطني
يشرف وزير الصحة محمد صديق آيت مسعودان على انطلاق الحملة الوطنية للتلقيح ضد شلل الأطفال اليوم الأحد 30 نوفمبر 2025، بالمؤسسة العمومية للصحة الجوارية العناصر- القبة، على الساعة التاسعة والنصف، وفق ما أفاد به بيان لوزارة الصحة.
وبحسب البيان، فإن "الأيام الوطنية للتلقيح ضد شلل الأطفال ترمي إلى تعزيز الوقاية الصحية ورفع المناعة الجماعية لدى الأطفال".
وأضاف المصدر نفسه أن الحملة تستهدف 4.425.502 طفل تتراوح أعمارهم بين شهرين و59 شهرًا (خمس سنوات إلا يوم)، وهي الفئة الأكثر عرضة للإصابة، في 274 مؤسسة عمومية للصحة الجوارية، وفق البرنامج الآتي:
-الدورة الأولى من 30 نوفمبر إلى 06 ديسمبر 2025.
-الدورة الثانية من 21 الى 27 ديسمبر 2025.
-الدورة الثالثة بلقاح VPI المحقون من 25 إلى 31 جانفي 2026.
وشددت الوزارة على أن "جميع الأطفال المنتمين إلى الفئة المستهدفة معنيّون بكل الدورات دون استثناء، بمن فيهم الأطفال الذين سبق أن تلقوا اللقاحات الروتينية".
""", [
    ev("launch", "يشرف وزير الصحة محمد صديق آيت مسعودان", "2025-11-30", "'اليوم الأحد 30 نوفمبر 2025' = Sun 30 Nov 2025 (at 9:30)"),
    ev("first-cycle", "الدورة الأولى من 30 نوفمبر إلى 06 ديسمبر 2025", C1[0], "'من 30 نوفمبر إلى 06 ديسمبر 2025' = Sun 30 Nov - Sat 6 Dec 2025 (as planned; later extended to 8 Dec)", end=C1[1]),
    ev("second-cycle", "الدورة الثانية من 21 الى 27 ديسمبر 2025", C2[0], "'من 21 الى 27 ديسمبر 2025' = Sun 21 - Sat 27 Dec 2025 (as planned)", end=C2[1]),
    ev("third-cycle", "الدورة الثالثة بلقاح VPI المحقون من 25 إلى 31 جانفي 2026", C3[0], "'من 25 إلى 31 جانفي 2026' = Sun 25 - Sat 31 Jan 2026 (as planned)", end=C3[1]),
])
art(S, "https://www.ennaharonline.com/%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D8%B5%D8%AD%D8%A9-%D9%8A%D8%B4%D8%B1%D9%81-%D8%B9%D9%84%D9%89-%D8%A5%D8%B9%D8%B7%D8%A7%D8%A1-%D8%A3%D9%88%D9%91%D9%84-%D8%AC%D8%B1%D8%B9%D8%A9-%D8%AA%D8%B7%D8%B9/",
    "2025-11-30", "no stamp or URL date in the stored page: fixed by the body's 'صباح اليوم الأحد' for the official launch of the campaign at the Anasser-Kouba clinic, which took place on Sun 30 Nov 2025 (another outlet: 'اليوم الأحد 30 نوفمبر 2025'); no headline in the stored text; the truncated last sentence dropped", False, """
أشرف وزير الصحة البروفيسور محمد صديق آيت، مرفوقا بالمفوضة الوطنية لحماية الطفولة مريم شرفي، وممثل منظمة الصحة العالمية بالجزائر فانويل هابيمانا، وممثلة منظمة اليونيسف بالجزائر كاترينا جوهانسون، صباح اليوم الأحد، على الانطلاق الرسمي للحملة الوطنية للتلقيح ضد شلل الأطفال، بالمؤسسة العمومية للصحة الجوارية العناصر- القبة.
وبيّنت وزارة الصحة أن الوزير، إيمانا منه بأهمية حماية الأطفال وتعزيز المناعة الجماعية، أشرف بنفسه على إعطاء أول جرعة تطعيم، معلنا بدء الحملة الوطنية الواسعة لمكافحة شلل الأطفال.
وتهدف هذه الحملة إلى تعزيز الوقاية الصحية ورفع مستوى المناعة الجماعية لدى الأطفال، بوصفهم الفئة الأكثر عرضة للإصابة بشلل الأطفال.
وتستهدف العملية تلقيح 4.425.502 طفل تتراوح أعمارهم بين شهرين و59 شهرًا (خمس سنوات إلا يومًا)، في 274 مؤسسة عمومية للصحة الجوارية عبر كل ولايات الوطن.
وتجري الحملة وفق برنامج خاص وضعته وزارة الصحة على 3 دورات: الأولى من 30 نوفمبر إلى 06 ديسمبر 2025، والثانية من 21 إلى 27 ديسمبر 2025، والثالثة بلقاح VPI المحقون من 25 إلى 31 جانفي 2026.
""", [
    ev("launch", "صباح اليوم الأحد، على الانطلاق الرسمي", "2025-11-30", "'صباح اليوم الأحد' = the morning of Sun 30 Nov 2025"),
    ev("first-dose", "أشرف بنفسه على إعطاء أول جرعة تطعيم", "2025-11-30", "no own expression; at the launch, Sun 30 Nov 2025"),
    ev("first-cycle", "الأولى من 30 نوفمبر إلى 06 ديسمبر 2025", C1[0], "'من 30 نوفمبر إلى 06 ديسمبر 2025' = 30 Nov - 6 Dec 2025 (as planned)", end=C1[1]),
    ev("second-cycle", "والثانية من 21 إلى 27 ديسمبر 2025", C2[0], "'من 21 إلى 27 ديسمبر 2025' = 21-27 Dec 2025 (as planned)", end=C2[1]),
    ev("third-cycle", "والثالثة بلقاح VPI المحقون من 25 إلى 31 جانفي 2026", C3[0], "'من 25 إلى 31 جانفي 2026' = 25-31 Jan 2026 (as planned)", end=C3[1]),
])
art(S, "https://e3rfsport.com/world/88944.html",
    "2025-12-05", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الجمعة' for the health ministry's extension of the first cycle (planned for 30 Nov - Sat 6 Dec 2025) to 8 Dec: the Friday before the planned end is Fri 5 Dec 2025; the page does not name the country, but 'عبر كامل التراب الوطني' and the dates are those of Algeria's campaign; no headline in the stored text; the '0 تعليق' counter dropped", False, """
أعلنت وزارة الصحة، اليوم الجمعة، تمديد فترة التلقيح ضد شلل الأطفال إلى غاية 08 ديسمبر 2025 عبر كامل التراب الوطني.
ويأتي هذا القرار تلبيةً للطلب المتزايد من الأولياء، وللتفاعل الإيجابي المسجل منذ انطلاق الحملة، بما يعكس الوعي بأهمية حماية الأطفال من هذا المرض.
ويبقى التلقيح الوسيلة الأنجع للوقاية من شلل الأطفال وحماية الصحة العمومية.
""", [
    ev("extension-announced", "أعلنت وزارة الصحة، اليوم الجمعة", "2025-12-05", "'اليوم الجمعة' = Fri 5 Dec 2025 (before the planned end of the first cycle, Sat 6 Dec)"),
    ev("extended-end", "إلى غاية 08 ديسمبر 2025", "2025-12-07", "'إلى غاية 08 ديسمبر 2025' = the two added days, Sun 7 - Mon 8 Dec 2025", end="2025-12-09"),
    ev("launch", "منذ انطلاق الحملة", "2025-11-30", "no own expression; the launch of Sun 30 Nov 2025 (other outlets)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 247)
                            if i != 201 and i != 242 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

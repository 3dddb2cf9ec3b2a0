"""Builds stories.jsonl: the 476-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: agriculture: locust swarms, harvest seasons, crop
failures, fertilizer or wheat procurement crises.
Stories: the desert-locust invasion of Wafra and the southern border areas of Kuwait (May 2019), and the
locust swarms of Igherm and Tafraout in southern Morocco (March 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- kuwait-wafra-locust-invasion-2019
S = "kuwait-wafra-locust-invasion-2019"
INVASION = ("2019-04-29", "2019-05-14")    # swarms in Wafra and the southern border areas: sprayed in Wafra from Mon 29 Apr 2019 (KUNA), still there on Mon 13 May
SPRAYING = ("2019-04-29", "2019-05-14")    # the spraying campaign: 'خلال الأسبوعين الماضيين' before Mon 13 May 2019
VISIT = "2019-05-09"                       # minister Mohammad al-Jabri in Wafra on Thu 9 May 2019 ('أول من أمس' in al-Seyassah of Sat 11 May)
WARNING = "2019-05-13"                     # the agriculture authority's warning against eating or touching the locusts, Mon 13 May 2019
IRAQ = "2019-05-14"                        # the Iraqi ministry of agriculture's statement, Tue 14 May 2019
art(S, "https://alseyassah.com/استنفار-الزراعة-والمزارعين-لمواجهة",
    "2019-05-11", "date line 'السبت 11 مايو 2019' above the report on the stored page (11 May 2019 was a Saturday); the page header (date of a later crawl), the byline 'كتب ـ عبدالناصر الاسلمي' and the date line dropped; the three sub-headings re-worded into the first line; headline kept from the page; the stored excerpt ends at 'من جهتها، حذرت', the unfinished last sentence dropped", True, """
استنفار "الزراعة" و"المزارعين" لمواجهة اجتياح الجراد للوفرة
صامل: الخسائر انحصرت في الزراعة الحقلية ولا بد من القضاء على البيوض.. ابن حثلين: الضرر أصاب الأشجار المعمرة والمزارعون يستحقون التعويض.. المطيري: الجراد كبر ويلتهم الأخضر واليابس ولا تقصير من الزراعة ورجالها.
رفعت الهيئة العامة للزراعة والثروة السمكية حالة الاستنفار للتصدي للهجوم الشرس للجراد على المناطق المحاذية للحدود مع السعودية، إذ زار وزير الإعلام وزير الدولة لشؤون الشباب محمد الجبري، أول من أمس، المنطقة الحدودية والوفرة للاطلاع على آخر تطورات الهجوم، في حين دعا الاتحاد الكويتي للمزارعين إلى تكثيف حملة الإبادة.
وفي هذا السياق، رافق الوزير الجبري فرق رش المبيدات المنتشرة على حدود المنطقة الجنوبية للكويت، وحرص على شد أزرها وعلى طمأنة المزارعين.
ودعا المزارعين والمواطنين جميعا إلى التعاون الكامل مع فرق الرش ومدها بالعون والمساعدة، حتى تنجح السيطرة على هجوم الجراد الذي كان قد انتشر من قبل في مناطق من السعودية والإمارات، وهو ما دفعه إلى التحرك العاجل قبل أن يستفحل الأمر ويتفاقم.
""", [
    ev("border-invasion", "للتصدي للهجوم الشرس للجراد على المناطق المحاذية للحدود مع السعودية", INVASION[0], "no own expression; the swarms in Wafra and the southern border areas, sprayed from Mon 29 Apr 2019 (KUNA) and still fought on Mon 13 May (q8times); my span 29 Apr - 13 May 2019", end=INVASION[1]),
    ev("aljabri-wafra-visit", "زار وزير الإعلام وزير الدولة لشؤون الشباب محمد الجبري، أول من أمس، المنطقة الحدودية والوفرة", VISIT, "'أول من أمس' in the issue of Sat 11 May 2019 = Thu 9 May"),
    ev("farmers-union-call", "دعا الاتحاد الكويتي للمزارعين إلى تكثيف حملة الإبادة", VISIT, "no own expression; the union's call reported with the visit of Thu 9 May 2019, which it accompanied (al-Rai: 'يرافقه الاتحاد الكويتي للمزارعين'); my span 9 - 10 May 2019", end="2019-05-11"),
    ev("spraying-campaign", "فرق رش المبيدات المنتشرة على حدود المنطقة الجنوبية للكويت", SPRAYING[0], "no own expression; the spraying campaign of the two weeks before Mon 13 May 2019 (q8times 'خلال الأسبوعين الماضيين'); my span 29 Apr - 13 May 2019", end=SPRAYING[1]),
])
art(S, "https://q8times.com/125796.html",
    "2019-05-13", "no date line on the stored page; the body's 'اليوم الإثنين' for the authority's warning, which was issued on Mon 13 May 2019 (watan.com/2019/05/13/...: 'حذرت الهيئة ... اليوم الإثنين'; baghdadtoday: 'الإثنين'), so the report is of Mon 13 May 2019 (13 May 2019 was a Monday); headline written from the body (the stored text has none); the last, unfinished sentence on the damage to crops dropped", False, """
هيئة الزراعة الكويتية تحذر من أكل الجراد أو لمسه
نبهت الهيئة العامة لشؤون الزراعة والثروة السمكية الكويتية اليوم الإثنين إلى خطورة أكل الجراد بل ولمسه باليد، خصوصا بعد أن تعرض خلال الأسبوعين الماضيين للرش بمبيدات حشرية "تحتوي على مركبات سامة تهدد صحة الإنسان".
وأفادت الهيئة في بيان بأن أسراب الجراد الصحراوي التي اكتسحت المناطق الحدودية مؤخرا تُكافح بمبيدات حشرية بالغة السمية "سريعة المفعول وقاتلة"، وأضافت أن المكافحة ستتواصل على هذا النحو إلى أن يتم القضاء عليها.
وبينت أن أكل الجراد بعد رشه بهذه المبيدات، التي تبقى منها كميات في جسم الحشرة وتستطيع النفاذ عبر جلد الإنسان، "يعرض من يتناوله لخطر التسمم الحاد الذي تظهر أعراضه خلال فترة وجيزة قد تمتد إلى 24 ساعة بحسب الكمية المتناولة".
ولفتت إلى أن النباتات أو المحاصيل التي قد تقدم علفا للحيوانات وطالها الرش بهذه المبيدات "تبقى غير صالحة لإطعام الحيوانات قبل انقضاء فترة التحريم (من 7 إلى 10 أيام بحسب نوعية المبيد)".
وأشارت إلى أن "المحاصيل الزراعية المرشوشة بالمبيدات الحشرية تصبح صالحة للاستهلاك البشري بعد أسبوعين من وقت الرش"، مشددة على "ضرورة غسلها جيدا قبل استعمالها".
""", [
    ev("eating-warning", "نبهت الهيئة العامة لشؤون الزراعة والثروة السمكية الكويتية اليوم الإثنين", WARNING, "'اليوم الإثنين' = Mon 13 May 2019"),
    ev("spraying-campaign", "تعرض خلال الأسبوعين الماضيين للرش بمبيدات حشرية", SPRAYING[0], "'خلال الأسبوعين الماضيين' before Mon 13 May 2019 = about 29 Apr - 13 May (first spraying in Wafra reported by KUNA on Mon 29 Apr)", end=SPRAYING[1]),
    ev("border-invasion", "أسراب الجراد الصحراوي التي اكتسحت المناطق الحدودية مؤخرا", INVASION[0], "'مؤخرا'; the swarms in the border areas since the end of April 2019 (KUNA, Mon 29 Apr); my span 29 Apr - 13 May 2019", end=INVASION[1]),
])
art(S, "https://hathalyoum.net/articles/1947630-واع--الزراعة--استعدادها-لإتخاذ-كافة-الاجراءات-لم",
    "2019-05-14", "time stamp '2019-05-14 00:00:00 - المصدر: وكالة انباء الاعلام العراقي' on the stored page, and the body's 'الثلاثاء' (14 May 2019 was a Tuesday); an INA (Iraq) report carried by hathalyoum; the time stamp, the byline 'واع / بغداد / ز .أ' and the repeated headline dropped; headline kept from the page", True, """
واع / الزراعة : استعدادها لإتخاذ كافة الاجراءات لمواجهة حشرة الجراد القادمة من الكويت
أعلنت وزارة الزراعة العراقية، الثلاثاء، أنها مستعدة لاتخاذ جميع الإجراءات اللازمة للتصدي لتحركات حشرة الجراد الآتية من الكويت.
وقال المتحدث باسم الوزارة حميد النايف، في تصريح نقله مراسل وكالة أنباء الإعلام العراقي (واع)، إن "الوزارة تتابع تحركات الجراد الذي دخل الكويت في وقت سابق"، موضحا أن "الجراد سيستهدف مناطق زراعة الشعير والحنطة إذا دخلها".
وتابع النايف أن "الوزارة جهزت كل المبيدات الخاصة بمكافحة الجراد تحسبا لدخوله الأراضي العراقية"، مرجحا "ألا يدخل الأراضي العراقية لأن تحركاته ستكون بطيئة ولأن الكويت ستقضي عليه قبل أن يبلغ الأراضي العراقية".
""", [
    ev("iraq-ministry-readiness", "أعلنت وزارة الزراعة العراقية، الثلاثاء، أنها مستعدة", IRAQ, "'الثلاثاء' = Tue 14 May 2019 (the time stamp of the report)"),
    ev("nayef-statement", "وقال المتحدث باسم الوزارة حميد النايف", IRAQ, "no own expression; the spokesman's statement carried with the announcement of Tue 14 May 2019"),
    ev("border-invasion", "الجراد الذي دخل الكويت في وقت سابق", INVASION[0], "'في وقت سابق'; the swarms that entered Kuwait's southern border areas at the end of April 2019 (KUNA, Mon 29 Apr) and were fought there until mid-May; my span 29 Apr - 13 May 2019", end=INVASION[1]),
])

# ---------------------------------------------------------------- morocco-tafraout-igherm-locust-2025
S = "morocco-tafraout-igherm-locust-2025"
FRIDAY = "2025-03-28"                      # swarms at Igherm and Imlen, and the Tafraout videos, on Fri 28 Mar 2025
DENIAL = ("2025-03-28", "2025-03-30")      # local sources: the Tafraout locusts are a local species (reported on Sat 29 Mar)
NORTH_AFRICA = ("2025-03-01", "2025-03-28")  # the swarms that invaded Libya, Algeria and Tunisia 'مؤخرا' (my span March 2025)
TEAMS = ("2025-03-01", "2025-03-29")       # the National Locust Control Centre's teams sent to Tata and the south-east, some time before
art(S, "https://24saa.com/%d8%a3%d8%b3%d8%b1%d8%a7%d8%a8-%d9%85%d9%86-%d8%a7%d9%84%d8%ac%d8%b1%d8%a7%d8%af-%d8%aa%d8%b5%d9%84-%d8%a5%d9%84%d9%89-%d8%a5%d8%ba%d8%b1%d9%85-%d9%86%d9%88%d8%a7%d8%ad%d9%8a-%d8%aa%d8%a7%d9%81%d8%b1",
    "2025-03-28", "no date line on the stored page; the body's 'اليوم الجمعة 28 مارس الجاري' gives Fri 28 Mar 2025 (28 March was a Friday in 2025; the year from the other reports of the Tafraout swarms of that Friday, 'مساء أمس الجمعة' in walaw and agadirtoday, and the Moroccan interior ministry's locust statement of Sat 29 Mar 2025); headline rendered from the URL slug; the tag '24 ساعة – متابعة' dropped", False, """
أسراب من الجراد تصل إلى إغرم نواحي تافراوت
عرف مركز إغرم وقرية إملن بضواحي تافراوت اليوم الجمعة 28 مارس الجاري قدوم أسراب ضخمة من الجراد، ما بث الذعر في صفوف السكان المحليين.
وفوجئ الأهالي بأعداد هائلة من هذه الحشرات تنتشر في سماء المنطقة وفوق أراضيهم الزراعية.
وشرعت هذه الحشرات فعلا في التهام الغطاء النباتي، إذ يمثل هذا الغزو خطرا مباشرا على المنتجات الفلاحية التي يعيش منها السكان، ولا سيما في هذا التوقيت السابق لموسم الحصاد، وهو ما يضع جهود الفلاحين ومستقبلهم الاقتصادي على المحك.
وتلحق أسراب الجراد أضرارا جسيمة بالمحاصيل، لأنها تلتهم كميات كبيرة من الأوراق والثمار، فتضعف النباتات ويتوقف نموها وتتراجع جودة الإنتاج.
ودعا فاعلون جمعويون إلى تدخل سريع وناجع لمكافحة هذه الآفة القادرة على إتلاف مساحات واسعة من الأراضي الزراعية في غضون أيام قليلة، بما يخلف خسائر فادحة للفلاحين وآثارا سلبية على الأمن الغذائي بالمنطقة.
""", [
    ev("igherm-swarms", "قدوم أسراب ضخمة من الجراد", FRIDAY, "'اليوم الجمعة 28 مارس الجاري' = Fri 28 Mar 2025"),
    ev("vegetation-eaten", "وشرعت هذه الحشرات فعلا في التهام الغطاء النباتي", FRIDAY, "no own expression; the swarms of Fri 28 Mar 2025 began eating the vegetation on arrival"),
    ev("activists-call", "ودعا فاعلون جمعويون إلى تدخل سريع وناجع", FRIDAY, "no own expression; the activists' call reported on the day of the swarms, Fri 28 Mar 2025"),
])
art(S, "https://walaw.press/أسراب_الجراد_تجتاح_مناطق_عديدة_من_المملكة/مقالات/GMMSMMPSLPPG",
    "2025-03-29", "no date on the stored page (only the clock times of the side news); the body's 'مساء أمس الجمعة' for the Tafraout swarms of Fri 28 Mar 2025 (24saa: Igherm 'اليوم الجمعة 28 مارس الجاري'; agadirtoday: 'ليلة أمس الجمعة') gives Sat 29 Mar 2025; the side-news list dropped; headline kept from the page; the stored excerpt breaks off in the last sentence ('اجتياحًا واسعًا لل'), which is kept up to 'اجتياحا واسعا'", False, """
أسراب الجراد تجتاح مناطق عديدة من المملكة
عرفت مدينة تافراوت، مساء أمس الجمعة، انتشارا لافتا لأسراب الجراد، أثار تفاعلا كبيرا على منصات التواصل الاجتماعي، إذ تناقل نشطاء صورا ومقاطع فيديو ترصد الظاهرة، مرفقة بتخمينات عن وصول الجراد إلى التراب المغربي قادما من الجزائر وليبيا.
لكن المعطيات الميدانية تشير إلى أن هذه الأسراب لا صلة لها بالجراد الصحراوي المهاجر، وإنما هي من نوع محلي يظهر من حين لآخر في المنطقة ويراه السكان بشارة خير، خلافا للمخاوف التي عبر عنها البعض من آثاره المحتملة على الغطاء النباتي.
وفي المقابل، شهدت منطقة إغرم بإقليم تارودانت اجتياحا واسعا.
""", [
    ev("tafraout-swarms", "انتشارا لافتا لأسراب الجراد", FRIDAY, "'مساء أمس الجمعة' in a report of Sat 29 Mar 2025 = Fri 28 Mar"),
    ev("tafraout-videos", "إذ تناقل نشطاء صورا ومقاطع فيديو ترصد الظاهرة", FRIDAY, "no own expression; the videos posted on the evening of Fri 28 Mar 2025 (agadirtoday: 'ليلة أمس الجمعة')"),
    ev("local-species-finding", "وإنما هي من نوع محلي يظهر من حين لآخر في المنطقة", DENIAL[0], "no own expression; the field findings reported after the Friday-evening videos, on Sat 29 Mar 2025; my span 28 - 29 Mar 2025", end=DENIAL[1]),
    ev("igherm-swarms", "منطقة إغرم بإقليم تارودانت اجتياحا واسعا", FRIDAY, "no own expression; the Igherm swarms of Fri 28 Mar 2025 (24saa: 'اليوم الجمعة 28 مارس الجاري')"),
])
art(S, "https://agadirtoday.com/ar/%d8%b5%d9%88%d9%84-%d8%a7%d9%84%d8%ac%d8%b1%d8%a7%d8%af-%d8%a7%d9%84%d8%b5%d8%ad%d8%b1%d8%a7%d9%88%d9%8a-%d8%a5%d9%84%d9%89-%d9%85%d9%86%d8%b7%d9%82%d8%a9-%d8%aa%d8%a7%d9%81%d8%b1%d8%a7%d9%88%d8%aa",
    "2025-03-29", "no date on the stored page; the body's 'ليلة أمس الجمعة' for the Tafraout videos of Fri 28 Mar 2025 (walaw: 'مساء أمس الجمعة'; 24saa: 'اليوم الجمعة 28 مارس الجاري') gives Sat 29 Mar 2025; headline kept from the page (its trailing '..' dropped); the last, unfinished words ('لمواجهة أي هجوم م') dropped", False, """
وصول الجراد الصحراوي إلى منطقة تافراوت خبر زائف
تناقل مستخدمو مواقع التواصل الاجتماعي، ليلة أمس الجمعة، صورا ومقاطع فيديو لأسراب من الجراد تحوم في مدينة تافراوت، مرفوقة بعناوين تزعم أن الجراد الآتي من الجزائر وليبيا بلغ المغرب.
وبحسب مصادر محلية، فإن الجراد الذي ظهر في تافراوت لا يمت بصلة إلى الجراد القادم من الجزائر، لأن هذا النوع يظهر بين الحين والآخر في المدينة، ويعده أبناء المنطقة بشارة خير.
وأكد أحد أبناء تافراوت في تصريح للموقع أن هذا الجراد صغير جدا ولا يحلق في السماء، على خلاف الأسراب التي ظهرت في عدد من البلدان الإفريقية وفي مقدمتها الجزائر وليبيا، والتي تهدد المحاصيل الزراعية.
وأضاف المتحدث ذاته أن أسراب الجراد التي ظهرت في الجزائر تهاجر من منطقة إلى أخرى، بخلاف جراد تافراوت الذي يصلح للأكل.
يشار إلى أن أسراب الجراد اكتسحت مؤخرا كلا من ليبيا والجزائر وتونس، ما أدخل المزارعين في حالة استنفار قصوى.
وبعث المركز الوطني لمكافحة الجراد فرقا ميدانية من المهندسين إلى المناطق المحاذية للحدود الجزائرية، ولا سيما طاطا وأقاليم الجنوب الشرقي، لمراقبة الوضع عن كثب واتخاذ التدابير الوقائية اللازمة.
""", [
    ev("tafraout-videos", "تناقل مستخدمو مواقع التواصل الاجتماعي، ليلة أمس الجمعة، صورا ومقاطع فيديو", FRIDAY, "'ليلة أمس الجمعة' in a report of Sat 29 Mar 2025 = Fri 28 Mar"),
    ev("tafraout-swarms", "لأسراب من الجراد تحوم في مدينة تافراوت", FRIDAY, "no own expression; the swarms filmed in Tafraout on the evening of Fri 28 Mar 2025"),
    ev("local-species-finding", "فإن الجراد الذي ظهر في تافراوت لا يمت بصلة إلى الجراد القادم من الجزائر", DENIAL[0], "no own expression; the local sources' finding reported on Sat 29 Mar 2025, after the Friday-evening videos; my span 28 - 29 Mar 2025", end=DENIAL[1]),
    ev("north-africa-invasion", "أسراب الجراد اكتسحت مؤخرا كلا من ليبيا والجزائر وتونس", NORTH_AFRICA[0], "'مؤخرا' before Sat 29 Mar 2025; the swarms in Libya, Algeria and Tunisia in March 2025 (my span 1 - 27 Mar 2025)", end=NORTH_AFRICA[1]),
    ev("ncl-teams-deployed", "وبعث المركز الوطني لمكافحة الجراد فرقا ميدانية من المهندسين", TEAMS[0], "no own expression; the teams sent to Tata and the south-east after the North African swarms, before the report of Sat 29 Mar 2025 (my span 1 - 28 Mar 2025)", end=TEAMS[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 476
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

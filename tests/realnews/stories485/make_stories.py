"""Builds stories.jsonl: the 485-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: missing persons and search operations (lost hikers,
divers, fishermen, children; searches called off or bodies found).
Stories: the search for the youth Haitham swept away by a flood at al-Hasa (Tafila, Jordan, May 2025), the
search for an Asian family swept by waves at al-Mughsail beach (Dhofar, Oman, July 2022), the search for the
missing crew of the Iraqi ship al-Misbar after its collision in Khor Abdullah (Iraq, August 2017), and the
search for four Hurghada fishermen missing at sea (Egypt, January 2020).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- jordan-tafila-hasa-flood-missing-youth-2025
S = "jordan-tafila-hasa-flood-missing-youth-2025"
SWEPT = "2025-05-04"                       # Haitham swept away by the flood at al-Hasa, Sun 4 May 2025, about 18:30
MON = "2025-05-05"                         # the search goes on, Mon 5 May 2025
art(S, "https://royanews.tv/news/348497",
    MON, "time stamp on the page 'نشر : 20:19 2025-05-05' (Mon 5 May 2025; updated 00:40 2025-05-06); the photo caption and the editor line dropped; headline kept from the page", True, """
محافظ الطفيلة يكشف لـ"رؤيا" مستجدات عمليات البحث عن مفقود في الحسا جراء السيول
تمضي فرق الإنقاذ والجهات المختصة في محافظة الطفيلة في البحث عن فتى عمره 17 عاما فُقد بعدما اجتاحت السيول الجارفة منطقة الحسا مساء الأحد، على الرغم من المصاعب الكبيرة التي تلقاها الفرق بفعل وعورة المنطقة وتكرار الانهيارات، بحسب ما ذكره محافظ الطفيلة عمر الزيود.
وشدد المحافظ في حديث لـ"رؤيا" على أن البحث لا يزال متواصلا بكل جدية، لافتا إلى أن السيول لم تكن نتيجة أمطار هطلت على الطفيلة ذاتها، وإنما تدفقت بكميات ضخمة من مناطق مجاورة.
وأوضح الزيود أن فرق الدفاع المدني تعرضت لظروف خطرة خلال بحثها عن الفتى المفقود.
ولفت المحافظ إلى أن السيول أدت كذلك إلى نفوق عدد من الإبل في المنطقة، مؤكدا أن جميع الأجهزة المعنية ماضية في عملها وسط ظروف صعبة وخطورة عالية.
""", [
    ev("search-continues-mon", "تمضي فرق الإنقاذ والجهات المختصة في محافظة الطفيلة في البحث", MON, "no own expression; the search going on on the day of the report, Mon 5 May 2025 (page stamp)"),
    ev("haitham-swept", "فُقد بعدما اجتاحت السيول الجارفة منطقة الحسا مساء الأحد", SWEPT, "'مساء الأحد' in a report of Mon 5 May 2025 = Sun 4 May (rasidnews: 'يوم الأحد الماضي (4 مايو 2025)')"),
    ev("governor-statement", "وشدد المحافظ في حديث لـ\"رؤيا\"", MON, "no own expression; the governor's statement to Roya reported on Mon 5 May 2025"),
    ev("cd-dangerous-conditions", "فرق الدفاع المدني تعرضت لظروف خطرة", SWEPT, "no own expression; during the search from Sun 4 evening to the report of Mon 5 May 2025 (my span)", end="2025-05-06"),
    ev("camels-perished", "أدت كذلك إلى نفوق عدد من الإبل", SWEPT, "no own expression; the same flood of Sun 4 May 2025 (the youth was lost trying to save a camel, alkhabarkw)"),
])
art(S, "https://alkhabarkw.com/uncategorized/49078.html",
    MON, "no date on the stored page; the body's 'جرفته السيول يوم أمس الأحد' and 'منذ مساء أمس الأحد' for the flood of Sun 4 May 2025 (royanews of Mon 5 May: 'مساء الأحد'; rasidnews: '4 مايو 2025') give Mon 5 May 2025; a Kuwaiti site relaying Roya's correspondent; headline written from the body (the stored text has none); the last sentence shortened", False, """
البحث متواصل عن فتى جرفته السيول في الحسا
ذكر مراسل "رؤيا" أن البحث لا يزال جاريا للعثور على فتى جرفته السيول يوم أمس الأحد في منطقة الحسا بمحافظة الطفيلة، في ظل جهود مكثفة تبذلها فرق الدفاع المدني على الرغم من العقبات الميدانية.
وفي حديث خاص، روى الشاب أمجد، ابن خال الفتى المفقود هيثم، ما جرى في اللحظات التي سبقت اختفاءه، مبينا أنه كان يرعى الأغنام قرب مجرى السيول في المنطقة حين وقعت الحادثة.
وأضاف أن الفتى فُقد عند الساعة السادسة والنصف من مساء يوم أمس، بينما كان يحاول إنقاذ ناقة جرفتها المياه.
وأوضح أن مساعي الدفاع المدني لبلوغ المواقع التي يرجح وجود الفتى فيها تصطدم بصعوبات كبيرة بسبب تضاريس المنطقة الوعرة والمعقدة، وهو ما يعرقل تقدم الفرق ويبطئ أعمال البحث والإنقاذ.
وكانت مناطق واسعة من المملكة قد عاشت منذ مساء أمس الأحد أجواء من عدم الاستقرار الجوي، صاحبها هطول أمطار غزيرة وعواصف رعدية ورياح نشطة، ما قلّص مدى الرؤية الأفقية في مواقع عدة، بحسب مصادر محلية.
وإزاء هذه الأحوال الجوية المتقلبة، دعت الجهات المختصة المواطنين إلى متابعة نشرات الطقس أولا بأول والتزام أقصى درجات الحيطة والحذر.
""", [
    ev("search-continues-mon", "البحث لا يزال جاريا للعثور على فتى", MON, "no own expression; the search going on on the day of the report, Mon 5 May 2025 ('يوم أمس الأحد' for the flood)"),
    ev("amjad-account", "روى الشاب أمجد", MON, "no own expression; the cousin's account to Roya on the day of the report, Mon 5 May 2025"),
    ev("haitham-swept", "فُقد عند الساعة السادسة والنصف من مساء يوم أمس", SWEPT, "'الساعة السادسة والنصف من مساء يوم أمس' from Mon 5 May 2025 = Sun 4 May, 18:30"),
    ev("weather-instability", "منذ مساء أمس الأحد أجواء من عدم الاستقرار الجوي", SWEPT, "'منذ مساء أمس الأحد' = from Sun 4 May 2025 evening to the report of Mon 5 May (my span)", end="2025-05-06"),
    ev("weather-warning", "دعت الجهات المختصة المواطنين إلى متابعة نشرات الطقس", MON, "no own expression; the authorities' call on the day of the report, Mon 5 May 2025"),
])
art(S, "https://www.alwakeelnews.com/amp/Section_1/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D9%85%D8%AD%D9%84%D9%8A%D8%A9/%D8%A7%D9%84%D8%A8%D8%AD%D8%AB-%D9%84%D8%A7-%D9%8A%D8%B2%D8%A7%D9%84-%D8%AC%D8%A7%D8%B1%D9%8A%D8%A7-%D8%B9%D9%86-%D8%A7%D9%84%D8%AD%D8%AF%D8%AB-%D8%A7%D9%84%D9%85%D9%81%D9%82%D9%88%D8%AF-%D9%81%D9%8A-%D8%A7%D9%84%D8%AD%D8%B3%D8%A7-%D8%A7%D9%84%D8%B0%D9%8A-%D8%AF%D8%A7%D9%87%D9%85%D8%AA%D9%87-%D8%A7%D9%84%D8%B3%D9%8A%D9%88%D9%84_730345",
    "2025-05-09", "date line on the page 'الجمعة 2025-05-09 19:16 م' with the item time '06:28 م' (Fri 9 May 2025); the photo caption, the 'gnews' tag and the lists of other news dropped; headline kept from the page", True, """
البحث لا يزال جاريا عن الحدث المفقود في الحسا الذي داهمته السيول
ما زالت فرق الإنقاذ والطوارئ تمشط المناطق الشرقية من لواء الحسا في الطفيلة بحثا عن الحدث المفقود، بعدما داهمته السيول وجرفته السبت الماضي.
وبيّنت مصادر أن فرق الإنقاذ والطوارئ التابعة لإقليم الجنوب وشرطة الطفيلة والدفاع المدني تواصل لليوم الخامس على التوالي البحث عن الحدث، بمشاركة 100 غواص بحري.
ولفتت المصادر إلى أن الفرق تلقى صعوبة في البحث بسبب طبيعة المنطقة، إذ تضم بركا كبيرة وتكتلات طينية يقارب عمقها 20 مترا.
وكانت مديرية الأمن العام قد ذكرت الأحد أن فرق الإنقاذ في محافظة الطفيلة شرعت في البحث عن حدث أُبلغ عن فقدانه بينما كان يرعى الأغنام في منطقة الحسا قرب مجرى السيول.
""", [
    ev("haitham-swept", "داهمته السيول وجرفته السبت الماضي", SWEPT, "the text says 'السبت الماضي' (Sat 3 May), but the other reports give Sun 4 May 2025 (royanews 'مساء الأحد', alkhabarkw 'يوم أمس الأحد', rasidnews '4 مايو 2025'), and the public-security statement was of Sunday; doubtful"),
    ev("search-day-five", "تواصل لليوم الخامس على التوالي البحث عن الحدث", "2025-05-09", "no own date; the search reported on the day of the page, Fri 9 May 2025 ('لليوم الخامس' counts from the flood of Sun 4 May)"),
    ev("psd-statement", "وكانت مديرية الأمن العام قد ذكرت الأحد", SWEPT, "'الأحد' before Fri 9 May 2025 = Sun 4 May"),
    ev("psd-search-started", "شرعت في البحث عن حدث أُبلغ عن فقدانه", SWEPT, "no own expression; the search begun on the evening of the flood, Sun 4 May 2025 (the public-security statement of Sunday)"),
])

# ---------------------------------------------------------------- oman-mughsail-asian-family-waves-2022
S = "oman-mughsail-asian-family-waves-2022"
SWEPT = "2022-07-10"                       # the family swept by the waves at al-Mughsail, Sun 10 Jul 2022 (second day of Eid al-Adha)
DAY2 = "2022-07-11"                        # the civil defence's second day of search, Mon 11 Jul 2022
FOUND2 = "2022-07-12"                      # two of the five found dead, Tue 12 Jul 2022
art(S, "http://jordanzad.com/index.php?id=505729&page=article",
    DAY2, "no date on the stored page; the body's 'أمس الأحد' for the family swept on Sun 10 Jul 2022 and the civil defence's 'لليوم الثاني' give Mon 11 Jul 2022 (alwatannews of Tue 12: 'يوم الأحد الماضي'); the same report is on akhbaralaan of 12 Jul; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
عُمان تبحث عن عائلة آسيوية جرفتها الأمواج في ظفار
تبذل هيئة الدفاع المدني والإسعاف في سلطنة عمان جهودا مكثفة للعثور على أسرة آسيوية من 5 أشخاص سحبتها أمواج البحر العاتية في محافظة ظفار، التي تتعرض مع محافظات أخرى في السلطنة لعواصف مطرية ورياح شديدة منذ أيام.
وكانت الأسرة الآسيوية موجودة، أمس الأحد، مع أشخاص آخرين على شاطئ منطقة المغيسيل في محافظة ظفار جنوب السلطنة، حين جرفتها الأمواج، على الرغم من سوء الطقس والتحذيرات الرسمية من الاقتراب من الشواطئ ومجاري الأودية.
وذكرت وسائل إعلام محلية وحسابات إخبارية تناقلت مقطعا مصورا قالت إنه يوثق لحظة غرق الأسرة، أن أفرادها تخطوا سياج الأمان على الجرف الصخري في المنطقة فسقطوا في البحر.
وأفادت هيئة الدفاع المدني بأن فرقها تواصل لليوم الثاني عملها بمساندة طيران سلاح الجو السلطاني العماني بحثا عن الأسرة التي تضم 3 أطفال، وقد فُقدوا جميعا في البحر.
ونشرت الهيئة صورا لفرقها على الشاطئ تساندها طائرة عمودية في مسعى للعثور على المفقودين.
وكانت الهيئة قد أعلنت، أمس، أنها تلقت بلاغا بسقوط الأسرة في البحر، موضحة أن الأسرة تتألف من 8 أشخاص أُنقذ 3 منهم، بينما لا يزال 5 في عداد المفقودين.
""", [
    ev("storms", "لعواصف مطرية ورياح شديدة منذ أيام", "2022-07-07", "'منذ أيام' = the rains over Oman from Thu 7 Jul 2022 (the Omani news agency: 'الفترة من (7-12) يوليو') to the report of Mon 11 (my span)", end="2022-07-12"),
    ev("family-swept", "حين جرفتها الأمواج", SWEPT, "'أمس الأحد' in a report of Mon 11 Jul 2022 = Sun 10 Jul"),
    ev("video-circulated", "تناقلت مقطعا مصورا", SWEPT, "no own expression; the video passed around after the drowning of Sun 10 Jul 2022, up to the report of Mon 11 (my span)", end="2022-07-12"),
    ev("search-day-two", "تواصل لليوم الثاني عملها", DAY2, "'لليوم الثاني' from the loss of Sun 10 Jul 2022 = Mon 11 Jul, the day of the report"),
    ev("report-received", "أنها تلقت بلاغا بسقوط الأسرة في البحر", SWEPT, "'أمس' from Mon 11 Jul 2022 = Sun 10 Jul"),
    ev("three-rescued", "أُنقذ 3 منهم", SWEPT, "no own expression; the three rescued at the time of the fall, Sun 10 Jul 2022 (announced 'أمس')"),
])
art(S, "https://www.akhbaralaan.net/trending/2022/07/12/%d8%aa%d8%b1%d9%8a%d9%86%d8%af%d9%8a%d9%86%d8%ba-%d8%a7%d9%84%d8%a2%d9%86-%d9%81%d9%8a-%d8%ad%d8%a7%d8%af%d8%ab-%d9%85%d8%a3%d8%b3%d8%a7%d9%88%d9%8a-%d8%a3%d9%85%d9%88%d8%a7%d8%ac-%d8%a7%d9%84%d8%a8%d8%ad%d8%b1-%d8%aa%d8%ac%d8%b1%d9%81-%d8%a3%d8%b3%d8%b1%d8%a9-%d9%83%d8%a7%d9%85%d9%84%d8%a9-%d9%85%d9%86-5-%d8%a3%d9%81%d8%b1%d8%a7%d8%af-%d9%81%d9%8a-%d8%b3%d9%84%d8%b7%d9%86%d8%a9-%d8%b9%d9%85%d8%a7%d9%86",
    FOUND2, "no date line in the stored text; the page's own address carries the date '/2022/07/12/' (Tue 12 Jul 2022), which agrees with the body's 'منذ أمس الاثنين'; the two quoted tweets of the 'ردود الأفعال' section summed up in one sentence; headline kept from the page", True, """
جرفتهم الأمواج.. عائلة مفقودة بشاطئ المغسيل في سلطنة عمان
يمضي الإسعاف والدفاع المدني في سلطنة عمان، بدعم من طيران سلاح الجو، منذ أمس الاثنين، في جهود البحث عن الأسرة المؤلفة من 5 أفراد التي فُقدت على شاطئ المغسيل بمحافظة ظفار.
وكانت الأمواج القوية قد سحبت الأسرة، فاختفى أفرادها جميعا في المياه.
وبحسب وسائل إعلام محلية وحسابات إخبارية نشرت مقطعا مصورا قالت إنه للحظة الغرق، فإن أفراد الأسرة عبروا سياج الأمان فوق الجرف الصخري في المنطقة وسقطوا في البحر.
وذكرت هيئة الدفاع المدني أن فرقها مستمرة لليوم الثاني في العمل بمساندة طيران سلاح الجو السلطاني العماني للعثور على الأسرة التي بينها 3 أطفال فُقدوا كلهم في البحر.
كما وثقت الهيئة بالصور انتشار فرقها على الشاطئ بدعم من طائرة عمودية سعيا للعثور على المفقودين.
وعلى مواقع التواصل، تساءلت مغردة عن سبب تخطي السياج رغم هيجان البحر داعية للضحايا بالرحمة، فيما رأى مغرد آخر أن السياج وُضع لمنع العبور لكن البعض يتجاوزه من أجل التصوير رغم النصائح كل يوم عن الأودية والبحار.
""", [
    ev("search-since-monday", "منذ أمس الاثنين، في جهود البحث", DAY2, "'منذ أمس الاثنين' in an article of Tue 12 Jul 2022 = from Mon 11 to the day of the article (my span)", end="2022-07-13"),
    ev("family-swept", "وكانت الأمواج القوية قد سحبت الأسرة", SWEPT, "no own expression; the family swept on Sun 10 Jul 2022 (jordanzad 'أمس الأحد', alwatannews 'يوم الأحد الماضي')"),
    ev("video-circulated", "نشرت مقطعا مصورا", SWEPT, "no own expression; the video passed around after the drowning of Sun 10 Jul 2022, up to Mon 11 (my span)", end="2022-07-12"),
    ev("search-day-two", "مستمرة لليوم الثاني في العمل", DAY2, "'لليوم الثاني' from the loss of Sun 10 Jul 2022 = Mon 11 Jul (the sentence is copied from Monday's report, jordanzad)"),
    ev("online-reactions", "تساءلت مغردة عن سبب تخطي السياج", SWEPT, "no own expression; tweets between the drowning of Sun 10 and the article of Tue 12 Jul 2022 (my span)", end="2022-07-13"),
])
art(S, "https://alwatannews.net/gulf/article/1015494/%D8%B9%D9%85%D8%A7%D9%86-%D8%A7%D9%84%D8%B9%D8%AB%D9%88%D8%B1-%D8%B9%D9%84%D9%89-%D8%B4%D8%AE%D8%B5%D9%8A%D9%86-%D9%85%D9%86-%D8%A3%D8%B3%D8%B1%D8%A9-%D8%AC%D8%B1%D9%81%D8%AA%D9%87%D8%A7-%D8%A7%D9%84%D8%A3%D9%85%D9%88%D8%A7%D8%AC-%D9%81%D9%8A-%D8%B8%D9%81%D8%A7%D8%B1",
    FOUND2, "no date on the stored page; the body's 'اليوم الثلاثاء' for the police announcement together with 'يوم الأحد الماضي' for the family swept on Sun 10 Jul 2022 give Tue 12 Jul 2022 (akhbaralaan of 12 Jul still has all five missing, jordanzad of Mon 11 'أمس الأحد'); Bahraini al-Watan; headline rendered from the URL slug", False, """
عمان: العثور على شخصين من أسرة جرفتها الأمواج في ظفار
أعلنت الشرطة العمانية، اليوم الثلاثاء، أنها عثرت على اثنين من أفراد أسرة من 5 أشخاص سحبتها مياه البحر في محافظة ظفار، يوم الأحد الماضي.
وجاء في بيان لشرطة عمان السلطانية على حسابها في تويتر أن فرق البحث والإنقاذ تمكنت من العثور على شخصين، أحدهما طفل من الأطفال الثلاثة في الأسرة المفقودة بمنطقة المغسيل، وقد فارق الحياة، وأن الفرق المختصة ما زالت تبحث عن الثلاثة الآخرين.
وكانت أمواج البحر قد جرفت الأسرة الآسيوية التي كانت، يوم الأحد، على شاطئ منطقة المغيسيل في محافظة ظفار جنوب السلطنة مع آخرين، رغم رداءة الطقس والتحذيرات الرسمية من الاقتراب من الشواطئ ومجاري الأودية.
وأفادت وسائل إعلام محلية وحسابات إخبارية تداولت مقطعا مصورا قيل إنه يظهر لحظة الغرق بأن أفراد الأسرة تخطوا سياج الأمان على الجرف الصخري وسقطوا في البحر.
وكانت هيئة الدفاع المدني قد ذكرت أن فرقها ماضية في البحث عن الأسرة، التي تضم 3 أطفال فُقدوا جميعا في البحر، بمساندة طيران سلاح الجو السلطاني العماني.
وأدى عدم استقرار الطقس وتسجيل وفيات وتكاثر البلاغات عن مفقودين إلى قيام هيئة الدفاع المدني والإسعاف بإغلاق المواقع السياحية ومنع الاقتراب منها، لعدم التزام السكان بالتعليمات.
""", [
    ev("police-announcement", "أعلنت الشرطة العمانية، اليوم الثلاثاء", FOUND2, "'اليوم الثلاثاء' = Tue 12 Jul 2022"),
    ev("two-found", "تمكنت من العثور على شخصين", FOUND2, "no own expression; the two bodies found as announced on Tue 12 Jul 2022 ('اليوم الثلاثاء')"),
    ev("family-swept", "سحبتها مياه البحر في محافظة ظفار، يوم الأحد الماضي", SWEPT, "'يوم الأحد الماضي' from Tue 12 Jul 2022 = Sun 10 Jul"),
    ev("video-circulated", "تداولت مقطعا مصورا", SWEPT, "no own expression; the video passed around after the drowning of Sun 10 Jul 2022, up to Mon 11 (my span)", end="2022-07-12"),
    ev("search-day-two", "ماضية في البحث عن الأسرة", DAY2, "no own expression; the civil defence's statement of its second day of search, Mon 11 Jul 2022 (jordanzad, akhbaralaan)"),
    ev("tourist-sites-closed", "بإغلاق المواقع السياحية", SWEPT, "no own expression; the closure after the drownings of the Eid weekend, reported by Mon 11 Jul 2022 (vetogate) (my span Sun 10 - Mon 11)", end="2022-07-12"),
])

# ---------------------------------------------------------------- iraq-misbar-ship-collision-missing-crew-2017
S = "iraq-misbar-ship-collision-missing-crew-2017"
COLLISION = "2017-08-19"                   # al-Misbar sank after colliding with Royal Arsenal in Khor Abdullah, Sat 19 Aug 2017, evening
RAISED = "2017-08-24"                      # the wreck raised and 16 bodies recovered, Thu 24 Aug 2017
art(S, "https://alsaa.net/article/24013/icons/appletouch/apple-touch-icon.webp",
    "2017-08-20", "date line on the page 'نشر في 2017/08/20 الساعة 09:03' (Sun 20 Aug 2017), which agrees with the body's 'مساء أمس السبت'; the stored address is that of the article's page with an icon path; the site menu and tags dropped; headline kept from the page; the last, truncated sentence ('من جهته، قال') dropped", True, """
غرق سفينة عراقية بالخليج العربي وانتشال 4 جثث وفقدان 9 من طاقهما
قضى 4 أشخاص وفُقد 9 آخرون إثر غرق سفينة عراقية نتيجة تصادمها، مساء أمس السبت، مع سفينة تابعة لجمهورية سان فيرسنت، في المياه الإقليمية بالخليج العربي.
وذكرت وزارة النقل العراقية، في وقت متأخر، أن "تصادما بحريا مروعا" وقع بين سفينة عراقية اسمها المسبار وسفينة أخرى اسمها رويال أرسنال ترفع علم جمهورية سان فيرسنت في الخليج العربي.
وبيّن البيان أن الحادث تسبب في غرق السفينة العراقية بالكامل في المياه الإقليمية، وكان على متنها 21 بحارا.
وتابعت الوزارة أنه جرى إنقاذ 8 أشخاص وانتشال جثث 4 آخرين، في حين لا تزال الزوارق العراقية تبحث عن المفقودين من طاقم السفينة البالغ عددهم 9.
ولم يتطرق البيان إلى وضع السفينة الثانية أو إلى ما جرى لطاقمها.
""", [
    ev("misbar-collision", "نتيجة تصادمها، مساء أمس السبت", COLLISION, "'مساء أمس السبت' in an article of Sun 20 Aug 2017 = Sat 19 Aug"),
    ev("ministry-statement", "وذكرت وزارة النقل العراقية، في وقت متأخر", COLLISION, "no own date; the ministry's statement late on the night of the collision (non14: 'في ساعة متأخرة من ليل يوم (19 آب 2017)'), Sat 19 Aug 2017"),
    ev("rescued-and-bodies", "جرى إنقاذ 8 أشخاص وانتشال جثث 4 آخرين", COLLISION, "no own expression; the first hours after the sinking of Sat 19 Aug 2017 evening, before the statement of that night"),
    ev("search-for-missing", "لا تزال الزوارق العراقية تبحث عن المفقودين", COLLISION, "no own expression; the boats' search from the night of Sat 19 Aug 2017 to the report of Sun 20 (my span)", end="2017-08-21"),
])
art(S, "https://beider-media.se/?p=1180",
    "2017-08-20", "no date on the stored page; the survivor says the ship left Khor al-Amaya 'يوم أمس الساعة الخامسة عصراً' and the collision followed at nine that evening; the collision was on Sat 19 Aug 2017 (alsaa of Sun 20: 'مساء أمس السبت'), so the report is of Sun 20 Aug 2017; headline kept from the page; the last, truncated sentence shortened", False, """
غرق سفينة "المسبار" العراقية و أحد الناجين يروي تفاصيل الأصطدام
روى عقيل الحرباوي، وهو أحد البحارة الذين نجوا من طاقم سفينة المسبار العراقية، تفاصيل اللحظات الأخيرة التي سبقت اصطدام سفينتهم بالسفينة الأجنبية العملاقة رويال أرسنال في قناة خور عبد الله الملاحية، وما تلاه من غرق السفينة وفقدان طاقمها.
وقال الحرباوي إنهم عادوا من مهمة في ميناء خور العمية النفطي يوم أمس الساعة الخامسة عصراً متجهين إلى ميناء أم قصر، ثم وقع الحادث في قناة خور عبدالله الملاحية الساعة التاسعة مساءً، بينما كان قسم من الطاقم يتناول العشاء.
وأضاف أنه حين صعد إلى سطح السفينة فوجئ بالسفينة الأجنبية العملاقة تقترب منهم كثيرا، فحاول ربان المسبار تغيير مسارها من غير جدوى.
وأوضح أن السفينة العملاقة ضربت وسط المسبار، وبالتحديد الجانب الذي يوجد فيه الربان، وهو ما أدى إلى مصرعه على الفور وانقلاب السفينة، وسقط ضحايا وجرحى من الطاقم.
وأشار إلى أنه نجا مع عدد من زملائه بعدما لجأوا إلى قارب نجاة، حتى جرى إخلاؤهم بعد اكثر من ساعة، مرجحا أن عددا من أفراد الطاقم بقوا داخل السفينة الغارقة.
ولفت إلى أن طاقم رويال أرسنال التي صدمتهم لم يقدم لهم أي مساعدة.
""", [
    ev("left-khor-al-amaya", "عادوا من مهمة في ميناء خور العمية النفطي يوم أمس الساعة الخامسة عصراً", COLLISION, "'يوم أمس الساعة الخامسة عصراً' from Sun 20 Aug 2017 = Sat 19 Aug, 17:00"),
    ev("misbar-collision", "ثم وقع الحادث في قناة خور عبدالله الملاحية الساعة التاسعة مساءً", COLLISION, "'الساعة التاسعة مساءً' of the same day = Sat 19 Aug 2017, 21:00"),
    ev("captain-killed", "أدى إلى مصرعه على الفور", COLLISION, "no own expression; at the collision, Sat 19 Aug 2017"),
    ev("survivors-evacuated", "حتى جرى إخلاؤهم بعد اكثر من ساعة", COLLISION, "'بعد اكثر من ساعة' after the collision of 21:00 = late on Sat 19 Aug 2017 (the ministry's toll of 8 rescued came that night)"),
    ev("royal-arsenal-no-help", "لم يقدم لهم أي مساعدة", COLLISION, "no own expression; on the night of the collision, Sat 19 Aug 2017"),
])
art(S, "https://iraqyoon.net/20096",
    RAISED, "no date on the stored page; the body's 'اليوم الخميس' for the minister's announcement together with 'السبت الماضي' for the collision of Sat 19 Aug 2017 give Thu 24 Aug 2017 (syria.news of 24.08.2017: 'انتشلت فرق الإنقاذ، يوم الخميس، جثث 16 بحاراً'); headline kept from the page", False, """
انتشال سفينة عراقية غارقة والعثور على جثث طاقمها
أعلن وزير النقل العراقي كاظم فنجان الحمامي، اليوم الخميس، انتشال السفينة العراقية الغارقة المسبار والعثور على 16 جثة من بقية طاقمها في قاع قناة خور عبد الله.
وأوضح الحمامي في بيان أن انتشال السفينة، التي كانت مغمورة بالمياه وعالقة في منطقة رخوة من القاع، والعثور على 16 جثة ممن تبقى من طاقمها تحققا بجهود كبيرة مشتركة بين الموانئ وقيادة القوة البحرية وبعمل متواصل لنحو 6 أيام.
ولفت إلى أن الضحايا سيشيعون في موكب جنائزي مهيب بوصفهم من شهداء البحرية العراقية.
وكانت وزارة النقل قد أعلنت، السبت الماضي، أن تصادما بحريا مروعا وقع بين سفينة عراقية تسمى المسبار وسفينة أخرى تسمى رويال أرسنال ترفع علم جمهورية سانت فينسنت في الخليج العربي.
ويعد هذا التصادم الأول من نوعه لسفينة عراقية في المياه الإقليمية.
""", [
    ev("minister-announcement", "أعلن وزير النقل العراقي كاظم فنجان الحمامي، اليوم الخميس", RAISED, "'اليوم الخميس' = Thu 24 Aug 2017"),
    ev("wreck-raised-16-bodies", "والعثور على 16 جثة من بقية طاقمها", RAISED, "no own expression; announced on Thu 24 Aug 2017 (syria.news: 'انتشلت فرق الإنقاذ، يوم الخميس، جثث 16 بحاراً')"),
    ev("salvage-six-days", "وبعمل متواصل لنحو 6 أيام", COLLISION, "'لنحو 6 أيام' up to Thu 24 Aug 2017 = from the night of the collision, Sat 19 Aug, to Thu 24 (my span)", end="2017-08-25"),
    ev("ministry-statement", "وكانت وزارة النقل قد أعلنت، السبت الماضي", COLLISION, "'السبت الماضي' from Thu 24 Aug 2017 = Sat 19 Aug"),
    ev("misbar-collision", "أن تصادما بحريا مروعا وقع بين سفينة عراقية تسمى المسبار", COLLISION, "the collision announced 'السبت الماضي' = Sat 19 Aug 2017 (evening)"),
])

# ---------------------------------------------------------------- egypt-hurghada-four-fishermen-missing-2020
S = "egypt-hurghada-four-fishermen-missing-2020"
LOST = "2020-01-04"                        # the four fishermen lost at sea, Sat 4 Jan 2020 ('7 أيام' by Sat 11, '8 أيام' by Sun 12, '10 أيام' by Tue 14)
SEARCH = ("2020-01-06", "2020-01-12")      # the first week of the search (they were due back on Mon 6 Jan, garbnews), up to Sat 11
art(S, "https://akhbarelyom.com/news/newdetails/2979612/1/7-أيام-مرت-على-بحارة-الغردقة-المفقودين-و",
    "2020-01-11", "no date in the stored text; the body's 'وبحلول اليوم السبت يكون قد مرت سبعة أيام على اختفاء' gives a Saturday; youm7 of Tue 14 Jan 2020 (date in its address) has the same four fishermen 'المفقودين منذ 10 أيام' and elfagr has '8 أيام' with 'أمس السبت', so the Saturday is 11 Jan 2020; the photo caption dropped; headline kept from the page; the last, truncated sentence dropped", False, """
7 أيام مرت على بحارة الغردقة المفقودين.. ومازال البحث مستمر
تواصل الجهات المعنية في البحر الأحمر البحث عن البحارة المفقودين، إذ شارك عدد من القطع البحرية إلى جانب بعض مراكب السفاري في تمشيط نطاق جزيرة الأخوين وخط الساحل والمنطقة الممتدة من سفاجا إلى مرسى علم، وتابع محافظ البحر الأحمر إقلاع طائرة الإنقاذ من مطار القوات الجوية بالغردقة، كما بعث بخطاب يطلب فيه إقلاع طائرة خدمات بترولية للبحث عنهم، وجرى إبلاغ الجانب السعودي الذي شرع في تمشيط المنطقة المحاذية للسواحل المصرية بحثا عن البحارة.
وبحلول اليوم السبت يكون قد مرت سبعة أيام على اختفاء 4 من البحارة والصيادين من أبناء مدينة الغردقة بمحافظة البحر الأحمر خلال رحلة صيد، وهم ناجي قائد الأسبيد المفقود وشريكه عدلي وأحمد ناجي وإسلام محمد موسى، وكانوا على متن قارب "أسبيد بوت" سعيا وراء الرزق، فاختفوا جميعا دون أن يظهر لهم أثر في عرض البحر.
ويواصل أهالي البحارة يوما بعد يوم البحث عنهم بمعاونة الجهات الأمنية وأصحاب المراكب والبحارة في الغردقة، في آخر الأماكن التي تلقوا منها اتصالات منهم قبل فقدهم، من دون نتيجة حتى كتابة هذا الخبر.
""", [
    ev("tourist-boats-join", "إلى جانب بعض مراكب السفاري", SEARCH[0], "no own expression; the safari boats joined the search some time in its first week (my span Mon 6 - Sat 11 Jan 2020)", end=SEARCH[1]),
    ev("rescue-plane-takeoff", "وتابع محافظ البحر الأحمر إقلاع طائرة الإنقاذ", SEARCH[0], "no own expression; some day of the first week of the search (my span Mon 6 - Sat 11 Jan 2020)", end=SEARCH[1]),
    ev("saudi-side-notified", "وجرى إبلاغ الجانب السعودي", SEARCH[0], "no own expression; some day of the first week of the search (my span Mon 6 - Sat 11 Jan 2020)", end=SEARCH[1]),
    ev("fishermen-lost", "مرت سبعة أيام على اختفاء 4 من البحارة والصيادين", LOST, "'سبعة أيام' by 'اليوم السبت' (11 Jan 2020) = Sat 4 Jan"),
    ev("families-search", "ويواصل أهالي البحارة يوما بعد يوم البحث عنهم", SEARCH[0], "no own date; the families' daily search from the first days up to the article of Sat 11 Jan 2020 (my span)", end=SEARCH[1]),
])
art(S, "https://elfagr.org/3836989",
    "2020-01-12", "no date in the stored text; the body's 'وتعالت الزغاريد أمس السبت' with the fishermen missing 'منذ 8 أيام' gives Sun 12 Jan 2020 (akhbarelyom: seven days by Saturday 11 Jan; youm7 of Tue 14 Jan: '10 أيام'); headline kept from the page; the last, truncated sentence dropped", False, """
يا فرحة ما تمت.. كابوس البحارة المفقودين بالغردقة مستمر
انقلبت فرحة أسر البحارة المفقودين في مدينة الغردقة إلى كابوس بعدما تبين لهم أن المركب الذي وجده أحد الصيادين في الشلاتين لا يخص البحارة، بل هو مركب لصيادين آخرين.
وتعالت الزغاريد أمس السبت عقب إبلاغ الأسر بالعثور على ذويهم، وامتلأت مواقع التواصل الاجتماعي بالتهاني لأهالي المفقودين الذين كانوا ينتظرون عودتهم ليحتفلوا، غير أن ذلك لم يحدث، وعاد الوضع إلى ما كان عليه من جهل بمصير البحارة منذ 8 أيام وحتى الآن.
وكان أهالي المفقودين في الغردقة قد تلقوا اتصالات تؤكد العثور على البحارة، ثم تبين لاحقا أن الخبر غير صحيح، إذ أكد أحد الصيادين في اتصال هاتفي مع أسرة المفقودين أنه وجدهم على جزيرة في مياه الشلاتين جنوب البحر الأحمر، فخرجت مجموعة من الصيادين بمراكبهم للتحقق، لكنهم فوجئوا بأن المركب ليس مركب البحارة المفقودين وإنما مركب صيادين آخرين.
وتواصل الجهات المختصة وأصحاب المراكب وأهالي البحر الأحمر جهودهم للبحث عن بحارة الغردقة المفقودين، وقد انضم إلى عمليات البحث عدد من اللنشات السياحية من مختلف مدن المحافظة.
""", [
    ev("boat-not-theirs", "بعدما تبين لهم أن المركب الذي وجده أحد الصيادين في الشلاتين لا يخص البحارة", "2020-01-11", "no own expression; after the false news of 'أمس السبت' (11 Jan 2020), before the article of Sun 12 (my span)", end="2020-01-13"),
    ev("false-news-found", "وتعالت الزغاريد أمس السبت", "2020-01-11", "'أمس السبت' in an article of Sun 12 Jan 2020 = Sat 11 Jan"),
    ev("fishermen-lost", "من جهل بمصير البحارة منذ 8 أيام", LOST, "'منذ 8 أيام' from Sun 12 Jan 2020 = Sat 4 Jan"),
    ev("fishermen-sail-to-check", "فخرجت مجموعة من الصيادين بمراكبهم للتحقق", "2020-01-11", "no own expression; after the call of Sat 11 Jan 2020, before the article of Sun 12 (my span)", end="2020-01-13"),
    ev("tourist-boats-join", "وقد انضم إلى عمليات البحث عدد من اللنشات السياحية", SEARCH[0], "no own expression; the tourist boats joined the search in its first week (akhbarelyom of Sat 11: 'مراكب السفاري') (my span Mon 6 - Sat 11 Jan 2020)", end=SEARCH[1]),
])
art(S, "https://youm7.com/story/2020/1/14/جمعية-الصيادين-بالغردقة-ننسق-مع-المحميات-للبحث-عن-الصيادين-المفقودين/4586190",
    "2020-01-14", "no date line in the stored text; the page's own address carries the date 'story/2020/1/14' (Tue 14 Jan 2020), which agrees with the fishermen missing 'منذ 10 أيام' (seven days by Sat 11 Jan, akhbarelyom); headline rendered from the URL slug; the last, truncated sentence dropped", True, """
جمعية الصيادين بالغردقة: ننسق مع المحميات للبحث عن الصيادين المفقودين
أفاد غريب صالح، رئيس جمعية الصيادين في مدينة الغردقة، بأنه يجري التنسيق مع محميات البحر الأحمر لتبحر مراكبها في حلايب وشلاتين بحثا عن البحارة المفقودين منذ 10 أيام مضت حتى الآن، لأن مراكب الغردقة لا تستطيع بلوغ شواطئ الجنوب في وقت قصير نظرا لبعد المسافة بين الغردقة وحلايب وشلاتين، في حين تملك المحميات هناك مراكب ولنشات مجهزة.
وأوضح رئيس جمعية الصيادين بالغردقة في تصريح خاص لليوم السابع أن فكرة البحث على شواطئ جنوب البحر الأحمر ولدت بعد اجتماع مع كبار الصيادين الذين حسبوا سرعة الرياح والأمواج وسوء الطقس في الأيام الماضية التي فُقد فيها البحارة، ورجحوا أن يكون المركب الصغير الذي كان يقلهم قد بلغ شواطئ جنوب البحر الأحمر في تلك الفترة.
ودعا صالح مستثمري البحر الأحمر وديوان عام المحافظة إلى التنسيق فيما بعد لتوفير طائرة بحث وإنقاذ خاصة تتبع المحافظة، تبحث عن المراكب المفقودة وتخدم أهالي المحافظة، سواء أكانت مراكب صيد أم سياحة، لأن مثل هذه الحوادث قد تقع لأي مركب في البحر.
""", [
    ev("protectorates-coordination", "بأنه يجري التنسيق مع محميات البحر الأحمر", "2020-01-14", "no own expression; under way on the day of the statement, Tue 14 Jan 2020 (date in the address)"),
    ev("fishermen-lost", "البحارة المفقودين منذ 10 أيام مضت حتى الآن", LOST, "'منذ 10 أيام' from Tue 14 Jan 2020 = Sat 4 Jan"),
    ev("fishermen-meeting", "بعد اجتماع مع كبار الصيادين", SEARCH[0], "no own expression; some day of the search before the statement of Tue 14 Jan 2020 (my span Mon 6 - Mon 13 Jan)", end="2020-01-14"),
    ev("rescue-plane-call", "ودعا صالح مستثمري البحر الأحمر وديوان عام المحافظة", "2020-01-14", "no own expression; the statement to al-Youm al-Sabea of Tue 14 Jan 2020"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 485
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 379-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: UNESCO World Heritage and intangible-heritage inscriptions
of Arab sites and traditions: committee sessions, inscriptions, danger lists, celebrations of a listing.
Stories: the inscription of Rai as a popular song of Algeria on the intangible-heritage list at the Rabat
session (Algeria, December 2022), the emergency inscription of the Monastery of Saint Hilarion / Tell Umm Amer
in Gaza on the World Heritage List and the List in Danger at the New Delhi session (Palestine, July 2024), and
the inscription of Gnawa art at the Bogota session, with the date-palm element of the day before (Morocco,
December 2019).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-rai-unesco-2022
S = "algeria-rai-unesco-2022"
RAI = "2022-12-01"                         # Rai inscribed on Thu 1 Dec 2022 by the 17th IGC session in Rabat
IGC17 = ("2022-11-28", "2022-12-04")       # the 17th session of the Intergovernmental Committee, Rabat, Mon 28 Nov - Sat 3 Dec 2022
art(S, "https://news.radioalgerie.dz/ar/node/18127",
    "2022-12-01", "no date line on the stored page; the body's 'اليوم الخميس' with the known inscription of Thu 1 Dec 2022 (UNESCO's tweet of December 1, 2022, quoted by elikaaonline) gives Thu 1 Dec 2022; 'إلى غاية السبت القادم' (Sat 3 Dec, the last day of the session) agrees; headline written from the body (the stored text has none)", True, """
اليونيسكو تصنف أغنية الراي الجزائرية تراثا غير مادي للإنسانية
قامت منظمة الأمم المتحدة للتربية والعلوم والثقافة (اليونيسكو)، اليوم الخميس بالرباط، بإدراج أغنية الراي الشعبية الجزائرية ضمن قائمة التراث العالمي غير المادي للإنسانية.
وتم ذلك في إطار الاجتماع الـ 17 للجنة الحكومية الدولية لصون التراث الثقافي غير المادي التابعة لليونسكو، التي تتواصل أشغالها بالرباط إلى غاية السبت القادم.
وبتصنيف موسيقى الراي، صار رصيد الجزائر 9 عناصر مسجلة في قائمة اليونسكو للتراث العالمي، هي أهاليل قورارة ولباس العرس التلمساني (الشدة) والاحتفال بالمولد النبوي (اسبوع) في تيميمون وركب أولاد سيدي الشيخ واحتفالات السبيبة، إلى جانب ثلاثة عناصر مشتركة مع دول الجوار هي "الإمزاد" و"الكسكسي" و"الخط العربي".
""", [
    ev("rai-inscribed", "بإدراج أغنية الراي الشعبية الجزائرية", RAI, "'اليوم الخميس' = Thu 1 Dec 2022"),
    ev("igc17-session", "التي تتواصل أشغالها بالرباط إلى غاية السبت القادم", IGC17[0], "'إلى غاية السبت القادم' from Thu 1 Dec = until Sat 3 Dec 2022; the session opened on Mon 28 Nov 2022 (24-24, elikaaonline)", end=IGC17[1]),
])
art(S, "https://djazairess.com/elkhabar/719585",
    "2022-12-01", "no date line on the stored page (an El Khabar item on djazairess); the body's 'اليوم الخميس' for the minister's speech on the day of the inscription gives Thu 1 Dec 2022; headline written from the body; no date of its own in the text", False, """
مولوجي: تسجيل الراي شهادة حاسمة على اعتراف العالم
أشادت وزيرة الثقافة والفنون، صورية مولوجي، اليوم الخميس، بقيام منظمة اليونسكو بتسجيل "الراي" غناءً شعبيا جزائريا في قائمة التراث اللامادي للإنسانية، ورأت أن هذا التصنيف "يشكل بالنسبة إلى الجزائر شهادة حاسمة باعتراف العالم بهذا النوع الثقافي والفني والموسيقي".
وأوضحت مولوجي، في كلمة بُثت بمناسبة الاجتماع الـ17 للجنة الحكومية الدولية لصون التراث الثقافي غير المادي التابعة لليونسكو المنعقدة بالرباط إلى غاية 3 ديسمبر، أن "الجزائر تتقدم باسم رئيس الجمهورية عبد المجيد تبون وباسم حكومتها وشعبها بتشكراتها الخالصة لمنظمة اليونيسكو" على إدراجها "الراي" في القائمة التمثيلية للتراث الثقافي اللامادي للإنسانية.
وتوجهت الوزيرة كذلك بالشكر إلى "اللجنة الحكومية الدولية المجتمعة في دورتها السابعة عشر وكذا اللجنة الحالية للتقييم" على خبرتها الموضوعية والنزيهة التي أفضت إلى هذا الاعتراف الدولي، وإلى جميع الدول التي دعمت الترشح وإلى أمانة الاتفاقية على ما بذلته من جهود.
""", [
    ev("mouloudji-statement", "أشادت وزيرة الثقافة والفنون، صورية مولوجي، اليوم الخميس", RAI, "'اليوم الخميس' = Thu 1 Dec 2022"),
    ev("rai-inscribed", "بقيام منظمة اليونسكو بتسجيل \"الراي\" غناءً شعبيا جزائريا", RAI, "no own expression; the inscription of Thu 1 Dec 2022, the day of the speech"),
    ev("igc17-session", "المنعقدة بالرباط إلى غاية 3 ديسمبر", IGC17[0], "'إلى غاية 3 ديسمبر' = until Sat 3 Dec 2022; opened Mon 28 Nov 2022", end=IGC17[1]),
])
art(S, "https://aljazayr.com/art-et-culture/167361.html",
    "2022-12-02", "no date line on the stored page; the body's 'يوم أمس الخميس' for the inscription of Thu 1 Dec 2022 (the ministry's 'بتاريخ الفاتح من ديسمبر من سنة 2022' agrees) gives Fri 2 Dec 2022; headline written from the body; the truncated last words completed with 'المرشحة' only", False, """
الجزائر تحقق مكسبا عالميا بتصنيف الراي تراثا لا ماديا
كشفت منظمة الأمم المتحدة للتربية والعلم والثقافة (يونسكو)، يوم أمس الخميس، عن تسجيل الراي، موسيقى الغناء الشعبي الجزائري، في قائمة التراث العالمي غير المادي للإنسانية.
وأوردت المنظمة على صفحتها الرسمية في "تويتر" بيانا جاء فيه "إدراج عنصر جديد في قائمة اليونسكو للتراث الثقافي غير المادي: الراي، غناء شعبي في الجزائر"، وذلك في أعقاب الاجتماع الـ17 للجنة الحكومية الدولية لصون التراث الثقافي غير المادي لليونسكو المنعقدة بالرباط إلى غاية 3 ديسمبر المقبل.
أما وزارة الثقافة الجزائرية فعدّت تصنيف اليونيسكو للراي تراثا جزائريا مكسبا ثقافيا وعالميا، إذ ورد في بيانها: "بتاريخ الفاتح من ديسمبر من سنة 2022، حققت الجزائر عن جدارة واستحقاق مكسبًا ثقافيًا عالميًا بعد موافقة لجنة اليونيسكو على تسجيل أغنية الراي كتراث جزائري ثقافي لا مادي للإنسانية".
وأضاف البيان نفسه أن الجزائر "تحصل بهذا التصنيف على شهادة حاسمة باعتراف العالم بهذا النوع الموسيقي الثقافي، وتؤكد أصالته الجزائرية بلا منازع".
وكانت منظمة اليونسكو قد بدأت منذ الاثنين 28 أكتوبر في دراسة ملفات العناصر غير المادية المرشحة.
""", [
    ev("rai-inscribed", "كشفت منظمة الأمم المتحدة للتربية والعلم والثقافة (يونسكو)، يوم أمس الخميس", RAI, "'يوم أمس الخميس' in an article of Fri 2 Dec 2022 = Thu 1 Dec"),
    ev("igc17-session", "المنعقدة بالرباط إلى غاية 3 ديسمبر المقبل", IGC17[0], "'إلى غاية 3 ديسمبر المقبل' = until Sat 3 Dec 2022; opened Mon 28 Nov 2022", end=IGC17[1]),
    ev("ministry-statement", "أما وزارة الثقافة الجزائرية فعدّت تصنيف اليونيسكو", RAI, "no own expression; the ministry's statement dated in its own words 'بتاريخ الفاتح من ديسمبر من سنة 2022', issued on Thu 1 Dec or the next morning (my span)", end="2022-12-03"),
    ev("examination-begins", "قد بدأت منذ الاثنين 28 أكتوبر في دراسة ملفات", IGC17[0], "'منذ الاثنين 28 أكتوبر' is a slip of the outlet: 28 Oct 2022 was a Friday; the Rabat session opened and began its examination on Mon 28 Nov 2022"),
])
art(S, "https://24-24.tn/ar/2022/12/07/%D8%A7%D9%84%D9%8A%D9%88%D9%86%D8%B3%D9%83%D9%88",
    "2022-12-07", "date in the URL '/2022/12/07/' (7 Dec 2022 was a Wednesday); the page's '3 أكتوبر، 2025' is the weather widget's current date and was dropped with the related posts; headline kept (re-worded) from the page; source line 'المصدر: فرانس 24' dropped", True, """
اليونسكو تدرج موسيقى الراي الجزائرية في التراث العالمي
أدخلت منظمة اليونسكو موسيقى الراي، التي نشأت في الغرب الجزائري بداية القرن العشرين الماضي، في قائمة التراث العالمي غير المادي، اعترافا بهذا اللون الموسيقي الذي اكتسح العالم في غضون سنوات قليلة فقط، وهي أول مرة تُصنف فيها موسيقى من منطقة شمال أفريقيا ضمن التراث العالمي.
وتعقد لجنة صون التراث الثقافي غير المادي التابعة لليونسكو اجتماعاتها منذ الاثنين 28 نوفمبر في مدينة الرباط المغربية، لإصدار قراراتها والإعلان عن العناصر الجديدة التي اختارتها.
ويأتي هذا التصنيف في وقت تعاني فيه هذه الموسيقى من عدم احترام حقوق مؤلفيها وملحنيها.
""", [
    ev("rai-inscribed", "أدخلت منظمة اليونسكو موسيقى الراي", RAI, "no own expression; the inscription of Thu 1 Dec 2022 (radioalgerie, aljazayr)"),
    ev("rai-origins", "نشأت في الغرب الجزائري بداية القرن العشرين الماضي", "1900-01-01", "'بداية القرن العشرين' = the early 20th century (my span 1900-1929)", end="1930-01-01"),
    ev("igc17-session", "اجتماعاتها منذ الاثنين 28 نوفمبر في مدينة الرباط", IGC17[0], "'منذ الاثنين 28 نوفمبر' = since Mon 28 Nov 2022; the session closed on Sat 3 Dec", end=IGC17[1]),
])

# ---------------------------------------------------------------- palestine-saint-hilarion-unesco-2024
S = "palestine-saint-hilarion-unesco-2024"
HIL = "2024-07-26"                         # the emergency inscription of Saint Hilarion / Tell Umm Amer, Fri 26 Jul 2024
WHC46 = ("2024-07-21", "2024-08-01")       # the 46th session of the World Heritage Committee, New Delhi, 21-31 Jul 2024
art(S, "https://www.aljazeeramubasher.net/news/2024/7/26/%D8%A7%D9%84%D9%8A%D9%88%D9%86%D8%B3%D9%83%D9%88-%D8%AA%D8%AF%D8%B1%D8%AC-%D8%AF%D9%8A%D8%B1-%D8%B3%D8%A7%D9%86%D8%AA-%D9%87%D9%8A%D9%84%D8%A7%D8%B1%D9%8A%D9%88%D9%86-%D9%81%D9%8A-%D8%BA%D8%B2%D8%A9?traffic_source=rss",
    "2024-07-26", "date in the URL '/2024/7/26/' (26 Jul 2024 was a Friday); the body's 'اليوم الجمعة' agrees, and the embedded UNESCO tweet is dated July 26, 2024; headline rendered from the URL slug; the English tweet rendered as one Arabic sentence (its date dropped)", True, """
اليونسكو تدرج دير سانت هيلاريون في غزة على قائمة التراث المعرض للخطر
أُضيف دير القديس هيلاريون في قطاع غزة إلى قائمة اليونسكو للتراث العالمي المعرض للخطر، وفق ما أعلنته منظمة الأمم المتحدة للتربية والعلوم والثقافة (اليونسكو) اليوم الجمعة.
وذكرت وزارتان فلسطينيتان اليوم الجمعة أن الموقع الأثري (دير القديس هيلاريون/ تل أم عامر) في قطاع غزة، الذي يرجع تاريخه إلى 17 قرنا، سُجّل بصورة طارئة على لائحة التراث العالمي المعرض للخطر.
وكتبت اليونسكو في تغريدة أن لجنة التراث العالمي قررت إدراج الموقع في قائمة التراث العالمي وقائمة التراث العالمي المعرض للخطر في آن واحد، وأن القرار يقر بقيمة الموقع وبضرورة حمايته.
""", [
    ev("hilarion-inscribed", "أُضيف دير القديس هيلاريون في قطاع غزة إلى قائمة اليونسكو", HIL, "'اليوم الجمعة' = Fri 26 Jul 2024 (URL date)"),
    ev("ministries-statement", "وذكرت وزارتان فلسطينيتان اليوم الجمعة", HIL, "'اليوم الجمعة' = Fri 26 Jul 2024"),
    ev("unesco-tweet", "وكتبت اليونسكو في تغريدة أن لجنة التراث العالمي قررت", HIL, "no own expression; the tweet of July 26, 2024 (dropped date of the embedded tweet)"),
])
art(S, "https://felesteen.news/post/153799/%D8%AF%D9%8A%D8%B1-%D8%A7%D9%84%D9%82%D8%AF%D9%8A%D8%B3-%D9%87%D9%8A%D9%84%D8%A7%D8%B1%D9%8A%D9%88%D9%86-%D9%81%D9%8A-%D8%BA%D8%B2%D8%A9-%D9%8A%D9%86%D9%82%D8%B4-%D8%A7%D8%B3%D9%85%D9%87-%D8%B9%D9%84%D9%89-%D9%82%D8%A7%D8%A6%D9%85%D8%A9-%D8%A7%D9%84%D9%8A%D9%88%D9%86%D8%B3%D9%83%D9%88-%D9%84%D9%84%D8%AA%D8%B1%D8%A7%D8%AB-%D8%A7%D9%84",
    "2024-07-26", "no date line on the stored page; the body's 'اليوم الجمعة' with the known inscription of Fri 26 Jul 2024 gives Fri 26 Jul 2024 (the same ministry text carried by PNN on al-qasidtv also says 'اليوم الجمعة'); headline rendered from the URL slug; the last, truncated sentence dropped; no date of its own in the text", False, """
دير القديس هيلاريون في غزة ينقش اسمه على قائمة اليونسكو للتراث العالمي
تمكنت دولة فلسطين اليوم الجمعة من التسجيل الطارئ لموقع دير القديس هيلاريون/ تل أم عامر في قطاع غزة على قائمة التراث العالمي تحت الخطر، في الجلسة السادسة والاربعين للجنة التراث العالمي المنعقدة في العاصمة الهندية نيودلهي.
وبيّنت وزارة السياحة والآثار في بيان أصدرته أن الموقع أُدرج وفق المعايير الثاني والثالث والسادس للتراث العالمي ونال الإجماع، إلى جانب عدد من التوصيات الفنية التي يتعين تنفيذها بعد التسجيل لصون القيم العالمية الاستثنائية للموقع وتطويره.
وتوجد أطلال دير القديس هيلاريون في بلدية النصيرات، على مسافة نحو 10 كم جنوب مدينة غزة، عند ملتقى طرق التجارة بين آسيا وأفريقيا، وهو ما جعله مركزا مهما للتبادل الثقافي والاقتصادي، ويمثل إحدى أبرز المحطات التكوينية لنشأة الحياة الرهبانية المسيحية في فلسطين خلال القرن الرابع الميلادي في بداية الفترة البيزنطية.
وظل هذا الدير مستخدما ومتطورا حتى القرن الثامن ميلادي، ويظهر على خريطة فسيفساء مادبا الأثرية من القرن السادس باسم طاباتا.
""", [
    ev("hilarion-inscribed", "تمكنت دولة فلسطين اليوم الجمعة من التسجيل الطارئ", HIL, "'اليوم الجمعة' = Fri 26 Jul 2024"),
    ev("whc46-session", "الجلسة السادسة والاربعين للجنة التراث العالمي المنعقدة", WHC46[0], "no own expression; the 46th session in New Delhi, Sun 21 - Wed 31 Jul 2024 (khaligyoun: 'والتي تستمر حتى 31 يوليو الجاري')", end=WHC46[1]),
    ev("tourism-ministry-statement", "وبيّنت وزارة السياحة والآثار في بيان أصدرته", HIL, "no own expression; the ministry's statement on the day of the inscription, Fri 26 Jul 2024"),
])
art(S, "https://trtarabi.com/amp/now/اليونسكو-تدرج-دير-هيلاريون-بغزة-على-قائمتها-للتراث-العالمي-المهدد-بالخطر-18188082",
    "2024-07-26", "no date line on the stored page; the body's 'اليوم الجمعة' for UNESCO's announcement and 'منذ أكثر من 9 أشهر' of war (since 7 Oct 2023) give Fri 26 Jul 2024; headline kept (re-worded) from the page; the photo caption and the last, truncated sentence dropped; no date of its own in the text", False, """
اليونسكو تضع "دير هيلاريون" بغزة على قائمتها للتراث العالمي المهدد بالخطر
أعلنت منظمة الأمم المتحدة للتربية والعلوم والثقافة "يونسكو" عبر موقعها الإلكتروني اليوم الجمعة أنها أدرجت "دير القديس هيلاريون" في قطاع غزة على قائمة التراث العالمي المهدّد بالخطر.
وأوضحت اليونسكو أن "آثار دير القديس هيلاريون/ تل أم عامر الواقعة على تلال ساحل النصيرات، هي من أقدم مواقع الأديرة في الشرق الأوسط، وتعود إلى القرن الرابع".
بينما بيّن مدير التراث العالمي إيلوندو لازاري أن "الطلب صدر عن فلسطين لحماية الموقع من الدمار"، مع استمرار الحرب الإسرائيلية المدمرة على قطاع غزة منذ أكثر من 9 أشهر.
ويقوم "دير القديس هيلاريون" على تلة أم عامر غربي مخيم النصيرات للاجئين الفلسطينيين وسط قطاع غزة، وهو الدير الأثري الوحيد في فلسطين، ويعود تاريخه إلى عام 329م، ويروي قصة الراهب الفلسطيني هيلاريون الذي عاد من مصر إلى قريته طباقا القريبة من غزة بعد أن تعلم الرهبانية على يد القديس أنطونيوس في مصر.
""", [
    ev("hilarion-inscribed", "عبر موقعها الإلكتروني اليوم الجمعة أنها أدرجت", HIL, "'اليوم الجمعة' = Fri 26 Jul 2024"),
    ev("lazare-statement", "بيّن مدير التراث العالمي إيلوندو لازاري", HIL, "no own expression; Lazare's remarks to the press on the day of the decision or the next (my span 26-27 Jul 2024)", end="2024-07-28"),
    ev("gaza-war", "استمرار الحرب الإسرائيلية المدمرة على قطاع غزة منذ أكثر من 9 أشهر", "2023-10-07", "'منذ أكثر من 9 أشهر' from Fri 26 Jul 2024 = the war since 7 Oct 2023, still going on", end="2024-07-27"),
])
art(S, "https://awp.net/ar/stories/alywnskw-tdrj-mwqea-tarykhya-fy-ghzt-ela-qaymtha-lltrath-alealmy-almerd-llkhtr",
    "2024-07-27", "page date line 'السبت، ٢٧ يوليو ٢٠٢٤ في ٣:٤٢ ص' (kept in Arabic-Indic digits, with the place line 'باريس'; 27 Jul 2024 was a Saturday), the body's 'يوم الجمعة' agrees; headline kept (re-worded); photo captions, the duplicate 'آخر تحديث' line and the last, truncated sentence dropped", True, """
اليونسكو تضم موقعا تاريخيا في غزة إلى قائمتها للتراث العالمي المعرض للخطر
باريس
السبت، ٢٧ يوليو ٢٠٢٤ في ٣:٤٢ ص
(وكالة أنباء العالم العربي) - أفادت منظمة الأمم المتحدة للتربية والعلم والثقافة (اليونسكو) يوم الجمعة بأنها أدرجت موقع دير القديس هيلاريون-تل أم عامر في قطاع غزة على قائمتها للتراث العالمي وقائمة التراث العالمي المعرض للخطر.
وذكرت وزارة السياحة والآثار الفلسطينية في بيان أن الإدراج الطارئ للموقع تم خلال جلسة للجنة التراث العالمي في نيودلهي بالهند، بتأييد 19 عضوا في اللجنة من أصل 21 عضوا، مشيرة إلى أن اللجنة أصدرت عددا من التوصيات الفنية الواجب تنفيذها بعد الإدراج من أجل الحفاظ على القيم العالمية الاستثنائية للموقع وتطويره.
""", [
    ev("hilarion-inscribed", "يوم الجمعة بأنها أدرجت موقع دير القديس هيلاريون", HIL, "'يوم الجمعة' in an article of Sat 27 Jul 2024 = Fri 26 Jul"),
    ev("tourism-ministry-statement", "وذكرت وزارة السياحة والآثار الفلسطينية في بيان", HIL, "no own expression; the ministry's statement of Fri 26 Jul 2024 (felesteen: 'اليوم الجمعة')"),
    ev("whc46-session", "خلال جلسة للجنة التراث العالمي في نيودلهي بالهند", WHC46[0], "no own expression; the New Delhi session, Sun 21 - Wed 31 Jul 2024 (its sitting of Fri 26 Jul voted the inscription)", end=WHC46[1]),
])

# ---------------------------------------------------------------- morocco-gnawa-unesco-2019
S = "morocco-gnawa-unesco-2019"
GNAWA = "2019-12-12"                       # Gnawa inscribed on Thu 12 Dec 2019 in Bogota
PALM = "2019-12-11"                        # the joint Arab date-palm element inscribed on Wed 11 Dec 2019
IGC14 = ("2019-12-09", "2019-12-15")       # the 14th session of the Intergovernmental Committee, Bogota, 9-14 Dec 2019
art(S, "https://al3omk.com/482943.html",
    "2019-12-11", "no date line on the stored page; the body's 'اليوم الأربعاء' for the date-palm inscription of Wed 11 Dec 2019 and 'إلى غاية يوم غد الخميس' (Thu 12 Dec) give Wed 11 Dec 2019; headline kept (re-worded) from the page; the last, truncated list of Moroccan elements dropped; no date of its own in the text", False, """
اليونيسكو تضيف التقاليد المرتبطة بالنخيل إلى قائمة التراث اللامادي
قامت اللجنة الحكومية لصون التراث الثقافي غير المادي التابعة لمنظمة الأمم المتحدة للتربية والعلوم والثقافة (اليونيسكو)، المجتمعة ببوغوتا ما بين 09 و14 دجنبر الحالي في دورتها السنوية الـ 14، اليوم الأربعاء بإدراج "المعارف والخبرة والتقاليد والممارسات المتعلقة بالنخيل" في القائمة التمثيلية للتراث الثقافي غير المادي للإنسانية.
وجاء هذا القرار استجابة لطلب مشترك تقدم به المغرب وعدد من البلدان العربية (البحرين ومصر والعراق والأردن والكويت وموريتانيا وعمان وفلسطين والعربية السعودية والسودان وتونس والامارات العربية المتحدة واليمن).
وقد لقيت هذه المبادرة المغربية مساندة كثير من المجموعات الاقتصادية والتعاونيات الفلاحية الناشطة في زراعة التمور وإنتاجها وتسويقها.
وإلى غاية يوم غد الخميس، ستستمر اللجنة، المؤلفة من ممثلي 24 دولة عضوا في اتفاقية صون التراث الثقافي غير المادي، في دراسة 40 طلبا للانضمام إلى القائمة، ومن بينها طلب مغربي يخص فن كناوة.
وفي حال المصادقة على الملف المغربي، سينضم فن كناوة إلى 07 عناصر أخرى من التراث الوطني سبق إدراجها في القائمة.
""", [
    ev("igc14-session", "المجتمعة ببوغوتا ما بين 09 و14 دجنبر الحالي", IGC14[0], "'ما بين 09 و14 دجنبر الحالي' = Mon 9 - Sat 14 Dec 2019", end=IGC14[1]),
    ev("palm-inscribed", "اليوم الأربعاء بإدراج \"المعارف والخبرة والتقاليد والممارسات المتعلقة بالنخيل\"", PALM, "'اليوم الأربعاء' = Wed 11 Dec 2019"),
    ev("examination-continues", "وإلى غاية يوم غد الخميس، ستستمر اللجنة", PALM, "'إلى غاية يوم غد الخميس' from Wed 11 Dec = until Thu 12 Dec 2019", end="2019-12-13"),
    ev("gnawa-inscribed", "سينضم فن كناوة إلى 07 عناصر أخرى", GNAWA, "a conditional forecast; the inscription took place on Thu 12 Dec 2019 (walaw: 'الخميس 12 دجنبر الجاري')"),
])
art(S, "https://le12.ma/%D8%A8%D8%B7%D9%84%D8%A8-%D9%85%D9%86-%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8-%D9%8A%D9%88%D9%86%D9%8A%D8%B3%D9%83%D9%88-%D8%AA%D9%8F%D8%B5%D9%86%D9%81-%D8%A7%D9%84%D8%B7%D9%82%D9%88%D8%B3-%D8%A7",
    "2019-12-12", "no date line on the stored page; the body's 'أمس الأربعاء' for the date-palm inscription of Wed 11 Dec 2019 and 'إلى يومه الخميس' give Thu 12 Dec 2019; byline 'حسين عصيد' dropped; headline rendered from the URL slug; the last, truncated sentence shortened; no date of its own in the text", False, """
بطلب من المغرب.. يونيسكو تصنف الطقوس المرتبطة بالنخيل تراثا عالميا
أدرجت منظمة "يونيسكو" الطقوس المختلفة المرتبطة بتربية النخيل وجني التمور بالطريقة التقليدية ضمن التراث العالمي غير المادي، الذي يجب صونه لصلته بواحدة من أعرق أشجار العالم وأكثرها عطاء وحفظا للحياة في المناطق الدافئة.
وبحسب ما نشرته "اليونيسكو"، فقد اعتمدت هذا التصنيف، مع اللجنة الحكومية الدولية لحماية التراث الثقافي غير المادي للعالم، بعد قبول طلب في هذا الشأن وقعه المغرب إلى جانب عدد من الدول العربية، أمس الأربعاء، في إطار دورتها السنوية التي تحتضنها هذا العام العاصمة الكولومبية بوغوتا، في الفترة من 9 إلى 14 دجنبر.
وتضم اللجنة 24 دولة طرفا في اتفاقية "يونسكو" لحماية التراث الثقافي غير المادي، وستواصل إلى يومه الخميس النظر في 40 طلبا مقدما من دول مختلفة والمصادقة على ما يُقبل منها، ومن بينها طلب مغربي يتعلق بفن "كناوة".
وإذا ما صادقت "يونيسكو" على فن كناوة تراثا عالميا غير مادي، فسيلتحق بـ 7 عناصر أخرى من التراث المغربي أُدرجت في السنوات السابقة.
""", [
    ev("palm-inscribed", "بعد قبول طلب في هذا الشأن وقعه المغرب", PALM, "'أمس الأربعاء' in an article of Thu 12 Dec 2019 = Wed 11 Dec"),
    ev("igc14-session", "تحتضنها هذا العام العاصمة الكولومبية بوغوتا، في الفترة من 9 إلى 14 دجنبر", IGC14[0], "'في الفترة من 9 إلى 14 دجنبر' = Mon 9 - Sat 14 Dec 2019", end=IGC14[1]),
    ev("examination-continues", "وستواصل إلى يومه الخميس النظر في 40 طلبا", PALM, "'إلى يومه الخميس' = through Thu 12 Dec 2019 (the examination from Wed 11)", end="2019-12-13"),
    ev("gnawa-inscribed", "فسيلتحق بـ 7 عناصر أخرى من التراث المغربي", GNAWA, "a conditional forecast; the inscription took place on Thu 12 Dec 2019"),
])
art(S, "https://walaw.press/article/SWRGLFMGSLW",
    "2019-12-13", "page date line 'الجمعة 13 دجنبر 2019 - 12:35' (kept; 13 Dec 2019 was a Friday); the body's 'الخميس 12 دجنبر الجاري' agrees; headline kept (re-worded), the repeated headline and 'Zoom' dropped; the last, truncated sentence dropped", True, """
"اليونسكو" تدرج فن كناوة في التراث الثقافي للإنسانية
الجمعة 13 دجنبر 2019 - 12:35
في تظاهرة أقيمت الخميس 12 دجنبر الجاري بالعاصمة الكولومبية بوغوتا، أدرجت منظمة الأمم المتحدة للتربية والعلم والثقافة "اليونسكو" فن كناوة تراثا ثقافيا غير مادي للإنسانية.
وأورد بيان لوزارة الشباب والرياضة والثقافة أن اللجنة الحكومية الدولية لصون التراث الثقافي اللامادي أقرت بـ"جدية وجودة الملف المغربي الذي أعده خبراء قطاع الثقافة"، وهو ملف أبرز الخصائص التاريخية والفنية والاجتماعية المميزة لهذا الفن، والجهود المبذولة للتعريف به وصونه وتثمينه وضمان انتقاله إلى الأجيال الصاعدة، "انسجاما مع التزامات بلادنا في إطار هذه الاتفاقية التي صادق عليها المغرب منذ عام 2006".
أما نائلة التازي، مديرة مهرجان كناوة وموسيقى العالم في الصويرة، فهنأت عشاق هذا الفن ومدينة الصويرة في تغريدة على حسابها في "تويتر"، كتبت فيها: "لعشاق كناوة، في بوغوتا تم الإعلان عن أن فن كناوة مدرج في التراث الثقافي غير المادي للإنسانية لليونسكو".
""", [
    ev("gnawa-inscribed", "أدرجت منظمة الأمم المتحدة للتربية والعلم والثقافة \"اليونسكو\" فن كناوة", GNAWA, "'الخميس 12 دجنبر الجاري' = Thu 12 Dec 2019"),
    ev("culture-ministry-statement", "وأورد بيان لوزارة الشباب والرياضة والثقافة", GNAWA, "no own expression; the ministry's statement after the inscription, Thu 12 or Fri 13 Dec 2019 (my span)", end="2019-12-14"),
    ev("convention-ratified", "صادق عليها المغرب منذ عام 2006", "2006-01-01", "'منذ عام 2006' = the year 2006", end="2007-01-01"),
    ev("tazi-tweet", "فهنأت عشاق هذا الفن ومدينة الصويرة في تغريدة", GNAWA, "no own expression; the tweet on the announcement in Bogota, Thu 12 Dec 2019 (Colombian time; possibly early 13 Dec in Morocco, my span)", end="2019-12-14"),
])
art(S, "https://sahafatbladi.com/25540/2019/12/18",
    "2019-12-18", "date in the URL '/2019/12/18' (18 Dec 2019 was a Wednesday); the stored text has no date word of its own; headline written from the body; the stray digit '7' after a quotation and the etymology sentence on the name Gnawa dropped", True, """
اليونسكو تصنف فن كناوة تراثا إنسانيا
أدرجت اليونسكو "منظمة الأمم المتحدة للتربية والعلوم والثقافة" فن كناوة تراثا إنسانيا ضمن اللائحة التمثيلية للتراث الثقافي اللامادي.
وأفادت وزارة الثقافة المغربية بأن "هذه الخطوة تمت خلال اجتماعات الدورة الرابعة عشرة للجنة الحكومية الدولية لاتفاقية صون التراث الثقافي غير المادي لليونسكو، المنعقدة في بوغوتا، عاصمة كولومبيا".
وأضاف بيان الوزارة أن "هذه اللجنة اقتنعت بجدية وجودة الملف المغربي الذي أعده خبراء قطاع الثقافة، والذي أبرز الخصائص التاريخية والفنية والاجتماعية المميزة لهذا الفن".
والكناوة جماعة إثنية في المغرب، ولا تزال "الطريقة الكناوية" حاضرة إلى الآن في مدن مغربية عديدة، مثل مراكش والصويرة والرباط ومكناس.
""", [
    ev("gnawa-inscribed", "أدرجت اليونسكو \"منظمة الأمم المتحدة للتربية والعلوم والثقافة\" فن كناوة", GNAWA, "no own expression; the inscription of Thu 12 Dec 2019 (walaw)"),
    ev("culture-ministry-statement", "وأفادت وزارة الثقافة المغربية بأن", GNAWA, "no own expression; the same ministry statement as walaw's, Thu 12 or Fri 13 Dec 2019 (my span)", end="2019-12-14"),
    ev("igc14-session", "اجتماعات الدورة الرابعة عشرة للجنة الحكومية الدولية", IGC14[0], "no own expression; the 14th session in Bogota, Mon 9 - Sat 14 Dec 2019", end=IGC14[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 379
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 298-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories294/make_stories.py). Domain: mosques and Quran competitions: mosque openings,
restorations and closures, Quran memorisation contests and their winners: the inauguration of the renovated
Sayyida Zeinab mosque in Cairo by President Sisi and the Bohra sultan (Egypt, May 2024), the first call to prayer
and first collective iftar in the war-damaged Umayyad mosque of Aleppo under restoration (Syria, Mar-Apr 2024),
the finalists and the winners of the "most beautiful Quranic voice" of the Dubai International Holy Quran Award
(UAE, Feb-Mar 2026), and the winners of Algeria's national Quran memorisation contest honoured on the Night of
Destiny at Djamaa El Djazair (Algeria, Mar 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-cairo-sayyida-zeinab-mosque-inauguration-2024
S = "egypt-cairo-sayyida-zeinab-mosque-inauguration-2024"
OPEN = "2024-05-12"                           # Sun 12 May 2024: Sisi inaugurates the renovated mosque (morning)
WORKS = ("2023-11-01", "2024-05-12")          # the renovation works: begun Nov 2023, full closure from Thu 1 Feb 2024,
                                              # Friday prayers again from 29 Mar 2024, finished before the inauguration
art(S, "https://masrawy.com/news/news_egypt/details/2024/5/12/2580785/%D8%A7%D9%84%D8%B3%D9%8A%D8%B3%D9%8A-%D9%85%D8%B4%D8%A7%D8%B1%D9%83%D8%A9-%D8%B3%D9%84%D8%B7%D8%A7%D9%86-%D8%A7%D9%84%D8%A8%D9%87%D8%B1%D8%A9-%D9%81%D9%8A-%D8%AA%D8%B7%D9%88%D9%8A%D8%B1-%D9%85%D8%B3%D8%AC%D8%AF-%D8%A7%D9%84%D8%B3%D9%8A%D8%AF%D8%A9-%D8%B2%D9%8A%D9%86%D8%A8-%D9%85%D9%82%D8%AF%D8%B1%D9%87-%D9%88%D9%84%D9%87%D8%A7-%D8%AF%D9%84%D8%A7%D9%84%D8%A9-%D9%83%D8%A8%D9%8A%D8%B1%D8%A9",
    "2024-05-12", "date in the URL (/2024/5/12/) and the page's date line '09:02 ص الأحد 12 مايو 2024' (12 May 2024 was a Sunday), kept as the second line; byline 'كتب- محمد فتحي' dropped; the list of features cut where the stored page breaks off", True, """
السيسي: إسهام سلطان البهرة في تطوير مسجد السيدة زينب محل تقدير وله دلالة كبيرة
09:02 ص الأحد 12 مايو 2024
وجه الرئيس عبد الفتاح السيسي الشكر والتقدير إلى سلطان البهرة لمشاركته في تطوير مساجد آل البيت في مصر.
وأوضح السيسي، في كلمة ألقاها أثناء افتتاح مسجد السيدة زينب بالقاهرة، أن مشاركة السلطان وإسهامه محل تقدير ولهما دلالة كبيرة، لأنهما يعبران عن حب آل البيت.
وافتتح الرئيس عبد الفتاح السيسي مسجد السيدة زينب بالقاهرة بعد أن انتهت أعمال التطوير في المسجد، بحضور عدد من الشخصيات العامة والسياسية.
واستقبل الرئيسَ لدى وصوله رئيسُ الوزراء الدكتور مصطفى مدبولي ووزير الأوقاف ومحافظ القاهرة وعدد من الوزراء.
ويحظى مسجد السيدة زينب بمكانة كبيرة لدى المصريين، خصوصا مريدي آل البيت الذين يحرصون على زيارته تعبيرا عن محبتهم للنبي محمد عليه الصلاة والسلام وآل بيته الكرام، حتى غدا درة تاج مساجد آل البيت في القاهرة.
ومن أبرز ملامح المسجد بعد تجديده أن القائمين على الأعمال حرصوا على تصميمه وفق أحدث طراز إسلامي، وأن رخام جدرانه من علاماته النادرة، إذ جاء مزخرفا بنقوش محفورة بارزة داخل الحوائط.
""", [
    ev("sisi-speech", "وجه الرئيس عبد الفتاح السيسي الشكر والتقدير إلى سلطان البهرة", OPEN, "no own expression; his speech at the inauguration, on the page's day (date line 'الأحد 12 مايو 2024')"),
    ev("opening", "افتتح الرئيس عبد الفتاح السيسي مسجد السيدة زينب بالقاهرة", OPEN, "no own expression; the inauguration of Sun 12 May 2024 (the page's date line; alekhbarya: 'صباح اليوم الأحد 12/ 5/ 2024م')"),
    ev("renovation-works", "انتهت أعمال التطوير في المسجد", WORKS[0], "no own expression; the renovation works finished before the inauguration of 12 May 2024; begun in Nov 2023 (akhbar-alkhaleej, 29 Mar 2024: 'بدأت أعمال التطوير في شهر نوفمبر من العام الماضي'), my span Nov 2023 - 11 May 2024", end=WORKS[1]),
])
art(S, "https://alekhbarya.net/archives/255971",
    "2024-05-12", "the body (the minister's statement) says 'صباح اليوم الأحد 12/ 5/ 2024م' and 'في كلمته اليوم' (12 May 2024 was a Sunday); the stored page shows no other date; the signature 'د/ محمد مختار جمعة / وزير الأوقاف' turned into the subject; plain headline written from the body", True, """
وزير الأوقاف يشكر الرئيس على افتتاح مسجد السيدة زينب
باسمه وباسم جميع العاملين في وزارة الأوقاف، توجه الدكتور محمد مختار جمعة وزير الأوقاف بخالص الشكر والتقدير إلى الرئيس عبد الفتاح السيسي لتشريفه افتتاح مسجد السيدة زينب صباح اليوم الأحد 12/ 5/ 2024م، بعد أن أعيد تطويره تطويرا شاملا دقيقا غير مسبوق جعل منه صرحا عظيما من صروح العمارة الإسلامية، يشهد مع ما أنجز من عمارة بيوت الله في مصر على أعظم عصر لعمارة المساجد فيها.
وذكّر الوزير بما أكده الرئيس في كلمته خلال الافتتاح من أن هذه ثالث مناسبة خلال فترة قصيرة يُفتتح فيها مسجد من مساجد آل البيت بعد تطويره، إذ سبق تطوير مسجد الإمام الحسين (رضي الله عنه) ثم مسجد السيدة نفيسة (رضي الله عنها).
كما شكر الوزير الرئيس على عنايته ببيوت الله وتشييدها وتطويرها بما يليق بها وبالجمهورية الجديدة، بعدما أعلن في كلمته اليوم خطة كبيرة جدا لتطوير مساجد آل البيت والصحابة الكرام والصالحين وسائر المساجد الكبرى والأثرية، تبدأ بمسجد الرفاعي والسلطان حسن ومسجد المواردي ومساجد أخرى كثيرة وصولا إلى القلعة ومسجد السيدة نفيسة.
""", [
    ev("opening", "افتتاح مسجد السيدة زينب صباح اليوم الأحد 12/ 5/ 2024م", OPEN, "'صباح اليوم الأحد 12/ 5/ 2024م' (a Sunday)"),
    ev("renovation-works", "أعيد تطويره تطويرا شاملا دقيقا غير مسبوق", WORKS[0], "no own expression; the renovation works before the inauguration (my span Nov 2023 - 11 May 2024, see the masrawy article)", end=WORKS[1]),
    ev("sisi-speech", "أكده الرئيس في كلمته خلال الافتتاح", OPEN, "no own expression; the speech at the inauguration of Sun 12 May 2024 ('في كلمته اليوم')"),
    ev("hussein-mosque-reopening", "تطوير مسجد الإمام الحسين (رضي الله عنه)", "2022-04-27", "no own expression; the renovated Imam Hussein mosque was opened by Sisi on Wed 27 Apr 2022 (youm7, 10 Aug 2022: 'افتتح فى السابع والعشرين من أبريل الماضى مسجد سيدنا الحسين'); outside knowledge"),
    ev("development-plan", "أعلن في كلمته اليوم خطة كبيرة جدا لتطوير مساجد آل البيت", OPEN, "'في كلمته اليوم' = the speech of Sun 12 May 2024"),
])
art(S, "https://aawsat.com/node/5013141",
    "2024-05-12", "no date in the URL or in the stored text; the body says 'اليوم (الأحد)' of the inauguration, which was on Sun 12 May 2024 (alekhbarya 'صباح اليوم الأحد 12/ 5/ 2024م', masrawy's dated page): so 12 May 2024; photo captions and the headline's '(صور)' dropped", False, """
بعد أعمال التطوير... السيسي يفتتح مسجد السيدة زينب بالقاهرة
افتتح الرئيس المصري عبد الفتاح السيسي اليوم (الأحد) مسجد السيدة زينب في العاصمة القاهرة، بعد أشهر عدة من أعمال التطوير والتجديد في المسجد الذي يحظى بمكانة خاصة لدى المصريين، وذلك في إطار مشروع شامل لتحديث مساجد آل البيت في مصر.
ويقع مسجد السيدة زينب في قلب القاهرة القديمة على مساحة تقارب 15 ألف متر مربع، في الحي الذي اشتق اسمه من وجود المسجد فيه، ويتسع المسجد لنحو 5 آلاف شخص.
ووجه الرئيس المصري التحية إلى السلطان مفضل سيف الدين، سلطان طائفة البهرة في الهند، الذي استقبل السيسي لدى وصوله إلى المسجد، ثم وضع الاثنان معا النقاط على عبارة «بسم الله الرحمن الرحيم» المنقوشة على المقام في المسجد.
""", [
    ev("opening", "افتتح الرئيس المصري عبد الفتاح السيسي اليوم (الأحد) مسجد السيدة زينب", OPEN, "'اليوم (الأحد)' = Sun 12 May 2024, the day of the inauguration"),
    ev("renovation-works", "أعمال التطوير والتجديد في المسجد الذي يحظى بمكانة خاصة", WORKS[0], "'بعد أشهر عدة' before Sun 12 May 2024; my span Nov 2023 - 11 May 2024 (see the masrawy article)", end=WORKS[1]),
    ev("sisi-speech", "وجه الرئيس المصري التحية إلى السلطان مفضل سيف الدين", OPEN, "no own expression; the greeting to the Bohra sultan at the inauguration of Sun 12 May 2024 (masrawy: in his speech)"),
    ev("basmala-dots", "وضع الاثنان معا النقاط على عبارة «بسم الله الرحمن الرحيم»", OPEN, "no own expression; part of the inauguration of Sun 12 May 2024"),
])
art(S, "https://m2.youm7.com/story/2024/5/16/المشيرة-الطاهرة-العظيمة-دعوات-وبكاء-أمام-مقام-السيدة-زينب-بعد/6577507",
    "2024-05-16", "date in the URL (/2024/5/16/) and the page's date line 'الخميس، 16 مايو 2024 09:05 ص' (16 May 2024 was a Thursday), kept as the second line; byline, sharing buttons and the headline's '\"فيديو\"' dropped; the last sentence cut where the stored page breaks off", True, """
المشيرة الطاهرة العظيمة.. دعوات وبكاء أمام مقام السيدة زينب بعد صلاة الفجر
الخميس، 16 مايو 2024 09:05 ص
بث تلفزيون اليوم السابع مقطع فيديو يرصد توافد آلاف المواطنين من القاهرة والجيزة صباح اليوم على مقام مسجد السيدة زينب عقب صلاة الفجر، في أجواء سادتها الروحانية العالية والمحبة والتضرع إلى الله عز وجل وإلى رسول الله وآل البيت.
والسيدة زينب هي ابنة الإمام علي بن أبي طالب، وأمها السيدة فاطمة الزهراء بنت رسول الله صلى الله عليه وسلم، وجدتها لأمها السيدة خديجة بنت خويلد أولى أمهات المؤمنين، وهي شقيقة الحسن والحسين سيدي شباب أهل الجنة.
وفي عهد الرئيس عبد الفتاح السيسي، شهد مسجد السيدة زينب توسعات في ساحته، ثم جرى تطويره على الصورة التي تليق ببيوت الله عز وجل.
وكانت وزارة الأوقاف قد أقامت المسجد الحالي سنة (1940م)، وهو يتألف من سبعة أروقة موازية للقبلة يتوسطها صحن مربع مغطى بقبة، وتقابل القبلة قبة ضريح السيدة زينب، وفي واجهته الشمالية مدخلان رئيسيان.
""", [
    ev("dawn-visitors", "توافد آلاف المواطنين من القاهرة والجيزة صباح اليوم", "2024-05-16", "'صباح اليوم' of the page dated Thu 16 May 2024"),
    ev("renovation-works", "جرى تطويره على الصورة التي تليق ببيوت الله", WORKS[0], "no own expression; the renovation works finished before the inauguration of 12 May 2024 (my span Nov 2023 - 11 May 2024)", end=WORKS[1]),
    ev("mosque-built-1940", "أقامت المسجد الحالي سنة (1940م)", "1940-01-01", "'سنة (1940م)': the year", end="1941-01-01"),
])

# ---------------------------------------------------------------- syria-aleppo-umayyad-mosque-adhan-return-2024
S = "syria-aleppo-umayyad-mosque-adhan-return-2024"
IFTAR = "2024-03-30"                          # Sat 30 Mar 2024 (19 Ramadan 1445): first adhan and collective iftar
RUIN = ("2012-10-13", "2013-04-25")           # the mosque wrecked in the battle for Aleppo: fire and damage from
                                              # 13 Oct 2012, minaret brought down on 24 Apr 2013
RESTORE = ("2017-01-01", "2024-04-01")        # the restoration, after the end of the fighting (Dec 2016) and still
                                              # under way at the reports (my span)
art(S, "https://damapost.com/amp/31/03/2024/%d9%84%d9%84%d9%85%d8%b1%d8%a9-%d8%a7%d9%84%d8%a3%d9%88%d9%84%d9%89-%d8%a8%d8%b9%d8%af-%d8%a7%d9%84%d8%aa%d8%ad%d8%b1%d9%8a%d8%b1-%d8%b5%d9%88%d8%aa-%d8%a7%d9%84%d8%a2%d8%b0%d8%a7%d9%86-%d9%8a%d8%b5/45574",
    "2024-03-31", "date in the URL (/31/03/2024/, a Sunday); the text has no date of its own, only 'أمس' (= Sat 30 Mar 2024, which Reuters/panet names 'يوم السبت (30 آذار - مارس)'); headline rendered from the URL slug ('للمرة-الأولى-بعد-التحرير-صوت-الآذان-يص…')", False, """
للمرة الأولى بعد التحرير.. صوت الأذان يصدح في الجامع الأموي بحلب
رُفع أذان المغرب من الجامع الأموي في حلب أمس للمرة الأولى، بعد 14 عاماً من تدمير الجامع على أيدي المجموعات الإرهابية المسلحة.
وأقيم في الجامع أول إفطار جماعي، نظمته الأمانة السورية للتنمية ومحافظة حلب بحضور 1400 صائم، وبمشاركة عدد من الجهات الاقتصادية والاجتماعية المعنية، ولا سيما اتحاد الجمعيات الخيرية.
وأكد صخر علبي، مدير الآثار والمتاحف في مدينة حلب والمشرف المسؤول عن ترميم الجامع الأموي، لشبكة غلوبال، أن ترميم الجامع أوشك على الانتهاء، وأن نسبة الإنجاز بلغت قرابة 90%.
وأوضح أن الأقسام الرئيسية رُممت بالكامل، وخاصة القسم الداخلي، إذ اكتمل ترميم الواجهات والحجازية والقبلية والمصلى الأساسي والمصلى الصغير، فضلا عن إنجاز القسم الأكبر من المئذنة التي بلغ ترميمها القسم الأخير تمهيداً لتركيبها خلال الفترة القادمة.
وكشف علبي أن العمل سينتقل بعد ذلك إلى تجهيز القسم الخارجي من الجامع، بما فيه الساحة والمكتبة التي سيعاد بناؤها من جديد.
""", [
    ev("adhan-return", "رُفع أذان المغرب من الجامع الأموي في حلب أمس", IFTAR, "'أمس' in the report of Sun 31 Mar 2024 = Sat 30 Mar"),
    ev("iftar", "أول إفطار جماعي، نظمته الأمانة السورية للتنمية ومحافظة حلب", IFTAR, "no own expression; the iftar at which the adhan was raised, Sat 30 Mar 2024"),
    ev("mosque-destruction", "تدمير الجامع على أيدي المجموعات الإرهابية المسلحة", RUIN[0], "'بعد 14 عاماً' does not fit the known dates; the mosque was burnt and damaged from 13 Oct 2012 and its minaret fell on 24 Apr 2013 (outside knowledge; panet: 'في عامي 2012 و2013')", end=RUIN[1]),
    ev("olabi-statement", "أكد صخر علبي، مدير الآثار والمتاحف في مدينة حلب", "2024-03-29", "no own expression; his statement to Global network, reported with the iftar news on Sun 31 Mar 2024 (my span 29-31 Mar)", end="2024-04-01"),
    ev("restoration-works", "ترميم الجامع أوشك على الانتهاء", RESTORE[0], "no own expression; the restoration still under way (about 90%) at the report; my span from 2017 (after the fighting ended in Dec 2016) to the report", end=RESTORE[1]),
])
art(S, "https://panet.com/story/3916336",
    "2024-03-31", "the page's date line '31-03-2024 14:20:48' (31 Mar 2024 was a Sunday), kept as the second line; the update stamp 'اخر تحديث: 31-03-2024 20:30:00', photo captions and the list of related links dropped", True, """
أذان المسجد الأموي التاريخي في حلب يعود بعد توقفه 12 عاما بسبب الحرب
31-03-2024 14:20:48
(رويترز) - دوّى يوم السبت (30 آذار - مارس) أذان الإفطار في الجامع الأموي التاريخي بحلب، للمرة الأولى منذ أن استعادت القوات الحكومية السورية السيطرة على حلب الشرقية والقديمة.
وهكذا عاد الأذان، بعد انقطاع استمر 12 عاماً، إلى المسجد التاريخي الذي دمرته الحرب.
ونُظم داخل الجامع إفطار جماعي شارك فيه 1400 شخص، جلسوا بجوار الحجارة المتضررة التي رُقمت بعناية من أجل إعادة ترميمها.
وكان ثلث المسجد قد دُمر في عامي 2012 و2013 خلال المعارك بين الجيش السوري ومقاتلي المعارضة، في حين تلقت السلطات السورية مساعدات مالية من الحكومة الشيشانية لإعادة إعماره.
وانتهت المعارك في حلب في ديسمبر – كانون الأول عام 2016.
""", [
    ev("adhan-return", "دوّى يوم السبت (30 آذار - مارس) أذان الإفطار في الجامع الأموي", IFTAR, "'يوم السبت (30 آذار - مارس)' (30 Mar 2024 was a Saturday)"),
    ev("iftar", "إفطار جماعي شارك فيه 1400 شخص", IFTAR, "no own expression; the iftar of Sat 30 Mar 2024 at which the adhan was raised"),
    ev("restoration-works", "رُقمت بعناية من أجل إعادة ترميمها", RESTORE[0], "no own expression; the ongoing restoration (my span 2017 - the report)", end=RESTORE[1]),
    ev("mosque-destruction", "دُمر في عامي 2012 و2013 خلال المعارك بين الجيش السوري", RUIN[0], "'في عامي 2012 و2013'; narrowed by outside knowledge to 13 Oct 2012 (fire and damage) - 24 Apr 2013 (the minaret's fall)", end=RUIN[1]),
    ev("chechen-funding", "تلقت السلطات السورية مساعدات مالية من الحكومة الشيشانية", "2017-01-01", "no own expression; the Chechen money for the rebuilding, given after the fighting ended (my span 2017 - the report)", end="2024-04-01"),
    ev("aleppo-battle-end", "انتهت المعارك في حلب في ديسمبر – كانون الأول عام 2016", "2016-12-22", "'في ديسمبر – كانون الأول عام 2016'; the government declared full control of Aleppo on Thu 22 Dec 2016 (outside knowledge)"),
])
art(S, "https://www.arabkhabar.com/a/2270631",
    "2024-04-01", "the page's line 'تاريخ النشر: 1st, April 2024 GMT' (1 Apr 2024 was a Monday), kept as printed as the second line; the text is SANA's report (dateline 'حلب-سانا' kept); the source line 'المصدر: الوكالة العربية السورية للأنباء' and the 'إقرأ أيضاً' links dropped", True, """
مأدبة إفطار لأهالي حلب القديمة ورفع الأذان في الجامع الأموي الكبير بحلب بعد 12 عاماً
تاريخ النشر: 1st, April 2024 GMT
حلب-سانا
صدح أذان المغرب في الجامع الأموي الكبير بمدينة حلب، معلناً عودة الحياة إلى هذا الإرث الديني والتاريخي بعد غياب دام 12 عاماً إثر تطهيره من الإرهاب، وذلك خلال مأدبة إفطار رمضاني جمعت 1400 من سكان أحياء حلب القديمة ومن الأيادي البيضاء التي تسهم في ترميم هذا المعلم الأثري وإعادة بنائه.
وبحسب مدير الشؤون الاجتماعية والعمل في حلب أحمد حمزة، تندرج المأدبة ضمن حملة "تشارك بالخير" التي أطلقتها وزارة الشؤون الاجتماعية والعمل بالتعاون مع الأمانة السورية للتنمية واتحاد الجمعيات الخيرية في حلب.
وأكد حمزة في تصريح لمراسل سانا أهمية هذه المأدبة ودلالاتها وخصوصيتها لأهالي حلب القديمة، الذين جمعتهم في هذا الصرح الديني الكبير ومنحتهم فرحة سماع الأذان الذي حُرموا منه لسنوات، ولا سيما في شهر رمضان الكريم.
وتخللت المأدبة فقرات من الإنشاد الديني شارك فيها الفنان تيسير إدريس، إلى جانب فقرات من المولوية.
""", [
    ev("adhan-return", "صدح أذان المغرب في الجامع الأموي الكبير بمدينة حلب", IFTAR, "no own expression; the adhan of Sat 30 Mar 2024 (damapost 'أمس' on 31 Mar; Reuters 'يوم السبت (30 آذار - مارس)')"),
    ev("iftar", "مأدبة إفطار رمضاني جمعت 1400 من سكان أحياء حلب القديمة", IFTAR, "no own expression; the iftar of Sat 30 Mar 2024"),
    ev("restoration-works", "ترميم هذا المعلم الأثري وإعادة بنائه", RESTORE[0], "no own expression; the ongoing restoration (my span 2017 - the report)", end=RESTORE[1]),
    ev("sharek-bil-khair-campaign", "حملة \"تشارك بالخير\" التي أطلقتها وزارة الشؤون الاجتماعية والعمل", "2024-03-01", "no own expression; a Ramadan 1445 campaign (Ramadan began on 11 Mar 2024), launched before the iftar of 30 Mar; my span Mar 2024", end="2024-03-31"),
    ev("hamza-statement", "أكد حمزة في تصريح لمراسل سانا أهمية هذه المأدبة", IFTAR, "no own expression; SANA's report of the iftar, first published on 31 Mar 2024 (23:23 per a copy): my span 30-31 Mar", end="2024-04-01"),
])

# ---------------------------------------------------------------- uae-dubai-quran-award-beautiful-voice-2026
S = "uae-dubai-quran-award-beautiful-voice-2026"
ANNOUNCE = "2026-02-25"                       # Wed 25 Feb 2026: the six finalists named and the public vote opened
HONOUR = "2026-03-03"                         # Tue 3 Mar 2026 (evening): Mohammed bin Rashid honours the winners
FINALS = ("2026-02-18", "2026-03-04")         # the finals in Dubai during Ramadan 1447 (from 18 Feb 2026) up to the
                                              # honouring of 3 Mar (my span)
art(S, "https://www.albayan.ae/news/uae/1096004",
    "2026-02-25", "no date in the URL or the text; the stored page's date stamp is 2026-02-25 (a Wednesday); the same release is on emaratalyoum with the URL date 2026-02-26; the list of the six names is cut where the stored page breaks off (only the sentence announcing it is kept); sub-heading 'المتأهلون للمرحلة النهائية' dropped; plain headline written from the body", False, """
جائزة دبي الدولية للقرآن الكريم تفتح التصويت لاختيار أجمل صوت قرآني
أعلنت جائزة دبي الدولية للقرآن الكريم انطلاق المرحلة النهائية من البحث عن أجمل صوت قرآني لعام 2026، في إطار الدورة الـ 28 للجائزة، وذلك بفتح باب التصويت الجماهيري للمتسابقين، بعدما اختارت لجان التحكيم 6 متسابقين من أجمل الأصوات خلال مرحلتي التصفيات الأولى والثانية، هم 3 متسابقين في فرع الذكور و3 متسابقات في فرع الإناث.
وقال صاحب السمو الشيخ محمد بن راشد آل مكتوم، نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي: إننا، ونحن نستقبل شهر الرحمة والبركة، نجدد العهد للاحتفاء بالقرآن الكريم ونشر رسالته السمحة وتحفيز الأجيال على حمل قيمه.
وأتاحت الجائزة، التي تقام برعاية سموه، للجمهور التصويت عبر موقعها الإلكتروني quran.gov.ae لاختيار أجمل صوت قرآني للعام 2026 من بين 6 متسابقين في فرعي الذكور والإناث، نجحوا في بلوغ التصفيات النهائية التي تقام في دبي خلال شهر رمضان المبارك، حيث يشارك المتسابقون في الفعاليات المصاحبة للجائزة.
كما أعلنت الجائزة أسماء المتسابقين الستة المتأهلين إلى المرحلة النهائية.
""", [
    ev("vote-opens", "فتح باب التصويت الجماهيري للمتسابقين", ANNOUNCE, "no own expression; announced with the release stamped Wed 25 Feb 2026"),
    ev("finalists-selected", "اختارت لجان التحكيم 6 متسابقين من أجمل الأصوات", "2025-08-10", "no own expression; after the first judging round (closed on 10 Aug 2025 with 525 going on, per WAM) and before the release of 25 Feb 2026: my span", end="2026-02-26"),
    ev("finals", "التصفيات النهائية التي تقام في دبي خلال شهر رمضان المبارك", FINALS[0], "'خلال شهر رمضان المبارك' (Ramadan 1447 began on 18 or 19 Feb 2026; the span starts on the earlier day); up to the honouring of Tue 3 Mar 2026: my span", end=FINALS[1]),
    ev("finalists-named", "أعلنت الجائزة أسماء المتسابقين الستة المتأهلين", ANNOUNCE, "no own expression; the same release of Wed 25 Feb 2026"),
])
art(S, "https://www.emaratalyoum.com/local-section/other/2026-03-03-1.2021481",
    "2026-03-03", "date in the URL (2026-03-03, a Tuesday); the text has only 'مساء اليوم' and 'اليوم'; the titles of the attending sheikhs shortened; the ruler's quotation re-worded as reported speech and cut where the stored page breaks off; plain headline written from the body", False, """
محمد بن راشد يكرم الفائزين بأجمل صوت قرآني لعام 2026
كرّم صاحب السمو الشيخ محمد بن راشد آل مكتوم مساء اليوم الفائزين بلقب أجمل صوت قرآني لعام 2026، ضمن الدورة الـ 28 من جائزة دبي الدولية للقرآن الكريم.
وجرى التكريم خلال استقبال سموه، نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي، في مجلس أم سقيم بدبي، المرشحين في التصفيات النهائية للجائزة، بحضور سمو الشيخ أحمد بن سعيد آل مكتوم رئيس هيئة دبي للطيران المدني، وسمو الشيخ منصور بن محمد بن راشد آل مكتوم رئيس اللجنة الأولمبية الوطنية، وسمو الشيخ ماجد بن محمد بن راشد آل مكتوم، وسمو الشيخ محمد بن راشد بن محمد بن راشد آل مكتوم.
وأشاد سموه بالمستوى الرفيع الذي أظهره المتنافسون في الدورة الثامنة والعشرين من الجائزة.
وقال سموه إنه كرّم اليوم نخبة من أهل القرآن الكريم، وإن بركة هذا الشهر المبارك تكتمل بتعظيم كتاب الله والاحتفاء بهذه المواهب القرآنية التي تمثل سفراء للسلام والمحبة وقيم الخير والتسامح، مؤكدا أن إكرام أهل القرآن إكرام لمنزلة العلم والفضيلة، وأن خدمة كتاب الله ستظل أسمى ما يُتشرف به.
""", [
    ev("honouring", "كرّم صاحب السمو الشيخ محمد بن راشد آل مكتوم مساء اليوم", HONOUR, "'مساء اليوم' of the page dated Tue 3 Mar 2026"),
    ev("finals", "المرشحين في التصفيات النهائية للجائزة", FINALS[0], "no own expression; the finals held in Dubai in Ramadan 1447 up to this honouring (my span 18 Feb - 3 Mar 2026)", end=FINALS[1]),
    ev("mbr-statement", "قال سموه إنه كرّم اليوم نخبة من أهل القرآن الكريم", HONOUR, "'اليوم' = Tue 3 Mar 2026"),
])
art(S, "https://www.aletihad.ae/news/%D8%A7%D9%84%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA/4648851/%D9%85%D8%AD%D9%85%D8%AF-%D8%A8%D9%86-%D8%B1%D8%A7%D8%B4%D8%AF--%D8%AE%D8%AF%D9%85%D8%A9-%D9%83%D8%AA%D8%A7%D8%A8-%D8%A7%D9%84%D9%84%D9%87-%D8%A3%D8%B3%D9%85%D9%89-%D9%85%D8%A7-%D9%86%D8%AA%D8%B4%D8%B1%D9%81-%D8%A8%D9%87",
    "2026-03-03", "the page's date line '3 مارس 2026 23:36' (3 Mar 2026 was a Tuesday), kept as the second line; the site's header 'الأربعاء 4 مارس 2026 أبوظبي الإمارات' is the day the page was viewed, not the article's, and was dropped (the stored page's date stamp is 2026-03-03); the section name 'علوم الدار' dropped; the list of runners-up cut where the stored page breaks off", True, """
محمد بن راشد: خدمة كتاب الله أسمى ما نتشرف به
3 مارس 2026 23:36
كرّم صاحب السمو الشيخ محمد بن راشد آل مكتوم اليوم نخبة من المشاركين في جائزة دبي الدولية للقرآن الكريم، وهو نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي.
وكتب سموه في منشور على حسابه الرسمي في منصة «إكس» أنه كرّم اليوم نخبة من أبنائه المشاركين في الجائزة، وأن بركة هذا الشهر المبارك تكتمل بتعظيم كتاب الله والاحتفاء بحملته.
وهنأ سموه الفائز بجائزة أجمل صوت قرآني على مستوى العالم للعام 2026 في فئة الفتيان، كرار ليث من العراق، والفائزة بها في فئة الفتيات، جنا إيهاب من مصر، واصفا إياهما بأنهما نموذجان مشرفان لحملة القرآن في شهر القرآن.
كما بارك سموه لأجمل الأصوات المشاركة في الجائزة لهذا العام، ومنهم عمر علي عوض من جمهورية مصر العربية صاحب المركز الثاني، وعبدالله فيصل البطي من الكويت صاحب المركز الثالث، ومن الفتيات عائشة الرُّمَيْ من جمهورية إندونيسيا التي حلت في المركز الثاني.
""", [
    ev("honouring", "كرّم صاحب السمو الشيخ محمد بن راشد آل مكتوم اليوم", HONOUR, "'اليوم' of the page dated Tue 3 Mar 2026"),
    ev("mbr-statement", "كتب سموه في منشور على حسابه الرسمي في منصة «إكس»", HONOUR, "no own expression beyond 'كرّم اليوم' in the post; the post of Tue 3 Mar 2026 (page time 23:36)"),
    ev("winners-announced", "هنأ سموه الفائز بجائزة أجمل صوت قرآني على مستوى العالم", HONOUR, "no own expression; the winners made known at the honouring of Tue 3 Mar 2026"),
])

# ---------------------------------------------------------------- algeria-quran-prize-laylat-al-qadr-2025
S = "algeria-quran-prize-laylat-al-qadr-2025"
QADR = "2025-03-26"                           # Wed 26 Mar 2025, the eve of 27 Ramadan 1446 at Djamaa El Djazair
art(S, "https://echaab.dz/2025/03/26/%d8%a7%d9%84%d8%b9%d8%b1%d8%a8%d8%a7%d9%88%d9%8a-%d9%8a%d9%8f%d8%b4%d8%b1%d9%81-%d8%b9%d9%84%d9%89-%d8%a5%d8%ad%d9%8a%d8%a7%d8%a1-%d9%84%d9%8a%d9%84%d8%a9-%d8%a7%d9%84%d9%82%d8%af%d8%b1-%d8%a8%d8%ac",
    "2025-03-26", "date in the URL (/2025/03/26/, a Wednesday) and 'ليلة اليوم الأربعاء' in the body; headline rendered from the URL slug ('العرباوي-يُشرف-على-إحياء-ليلة-القدر-بج…'); the juniors' results cut where the stored page breaks off", False, """
العرباوي يشرف على إحياء ليلة القدر بجامع الجزائر
يشرف الوزير الأول نذير العرباوي، ليلة اليوم الأربعاء، على إحياء ليلة القدر المباركة في الفضاء المسجدي لجامع الجزائر بالمحمدية في الجزائر العاصمة.
ويحضر مراسم الاحتفال بهذه الليلة المباركة مدير ديوان رئاسة الجمهورية بوعلام بوعلام وعميد جامع الجزائر محمد المأمون القاسمي الحسني، إلى جانب أعضاء من الحكومة وممثلين عن السلك الدبلوماسي للدول العربية والإسلامية المعتمدين في الجزائر، وعدد من شيوخ الزوايا وعلماء الدين الإسلامي.
وبهذه المناسبة، يشرف الوزير الأول على حفل ديني يُكرَّم فيه الفائزون الأوائل في المسابقة الوطنية لكبار حفظة القرآن الكريم وتجويده وتفسيره.
وشمل التكريم كذلك الفائزين في مسابقة الجائزة التشجيعية لصغار حفظة القرآن الكريم.
وآلت المرتبة الأولى في المسابقة الوطنية لكبار الحفظة إلى عمار عزيزي من الجزائر العاصمة، الذي نال شهادة شرفية موقعة من رئيس الجمهورية ومكافأة مالية.
وحل عبد السلام بحلول عواد من ولاية البيض في المرتبة الثانية، ونال بدوره شهادة شرفية موقعة من رئيس الجمهورية ومكافأة مالية.
أما المرتبة الثالثة فكانت من نصيب عبد الجليل برمات من ولاية جيجل، الذي حصل على شهادة شرفية موقعة من رئيس الجمهورية ومكافأة مالية.
""", [
    ev("qadr-ceremony", "يشرف الوزير الأول نذير العرباوي، ليلة اليوم الأربعاء", QADR, "'ليلة اليوم الأربعاء' = the evening of Wed 26 Mar 2025 (URL date)"),
    ev("honouring", "حفل ديني يُكرَّم فيه الفائزون الأوائل في المسابقة الوطنية", QADR, "no own expression; during the ceremony of the evening of Wed 26 Mar 2025"),
    ev("results", "آلت المرتبة الأولى في المسابقة الوطنية لكبار الحفظة إلى عمار عزيزي", QADR, "no own expression; the ranking made public with the honouring of Wed 26 Mar 2025, the last day of the contest (22-26 Mar, per the ministry)"),
])
art(S, "https://elayemnews.dz/%d9%81%d9%8a%d8%af%d9%8a%d9%88-%d8%a7%d9%84%d9%88%d8%b2%d9%8a%d8%b1-%d8%a7%d9%84%d8%a3%d9%88%d9%84-%d9%8a%d8%b4%d8%b1%d9%81-%d8%b9%d9%84%d9%89-%d8%a5%d8%ad%d9%8a%d8%a7%d8%a1-%d9%84%d9%8a%d9%84%d8%a9",
    "2025-03-27", "no date in the URL or on the stored page; the body's 'مساء أمس الأربعاء' for the ceremony of Wed 26 Mar 2025 (echaab's dated report) puts the article on Thu 27 Mar 2025; headline rendered from the URL slug ('فيديو-الوزير-الأول-يشرف-على-إحياء-ليلة…', 'فيديو' dropped); the juniors' third place cut where the stored page breaks off", False, """
الوزير الأول يشرف على إحياء ليلة القدر بجامع الجزائر
أشرف الوزير الأول نذير العرباوي مساء أمس الأربعاء على إحياء ليلة القدر المباركة في جامع الجزائر بالمحمدية في الجزائر العاصمة، بحضور شخصيات رسمية ودينية.
وحضر المناسبة مدير ديوان رئاسة الجمهورية بوعلام بوعلام، وعميد جامع الجزائر محمد المأمون القاسمي الحسني، إلى جانب أعضاء من الحكومة وممثلين عن البعثات الدبلوماسية للدول العربية والإسلامية المعتمدة في الجزائر، وعدد من شيوخ الزوايا وعلماء الدين.
وتخلل الاحتفال حفل ديني كُرّم خلاله الفائزون في المسابقة الوطنية لكبار حفظة القرآن الكريم، والفائزون في الجائزة التشجيعية لصغار حفظة القرآن.
وفاز بالمرتبة الأولى في مسابقة كبار الحفظة عمار عزيزي من الجزائر العاصمة، وتُوّج بشهادة شرفية موقعة من رئيس الجمهورية ومكافأة مالية.
وكانت المرتبة الثانية من نصيب عبد السلام بحلول عواد من ولاية البيض، في حين حل عبد الجليل برمات من ولاية جيجل ثالثا، وحصل كل منهما على شهادة شرفية ومكافأة مالية.
وفي الجائزة التشجيعية لصغار الحفظة، فازت أنفال شراطية من ولاية سطيف بالمرتبة الأولى، وحل إبراهيم موساوي من ولاية الشلف في المرتبة الثانية.
""", [
    ev("qadr-ceremony", "أشرف الوزير الأول نذير العرباوي مساء أمس الأربعاء", QADR, "'مساء أمس الأربعاء' = the evening of Wed 26 Mar 2025"),
    ev("honouring", "حفل ديني كُرّم خلاله الفائزون في المسابقة الوطنية", QADR, "no own expression; during the ceremony of Wed 26 Mar 2025"),
    ev("results", "فاز بالمرتبة الأولى في مسابقة كبار الحفظة عمار عزيزي", QADR, "no own expression; the ranking made public at the ceremony of Wed 26 Mar 2025"),
    ev("junior-results", "فازت أنفال شراطية من ولاية سطيف بالمرتبة الأولى", QADR, "no own expression; the juniors' ranking made public at the ceremony of Wed 26 Mar 2025"),
])
art(S, "http://marw.gov.dz/index.php/node/2766",
    "2025-03-27", "the body (the ministry's own news item) says 'صباح اليوم 27 مارس 2025' (a Thursday); the single long sentence of the page split into three; plain headline written from the body", True, """
الوزير بلمهدي يستقبل المتوجين في المسابقة الوطنية لحفظ القرآن الكريم
استقبل الوزير يوسف بلمهدي صباح اليوم 27 مارس 2025، بمقر وزارة الشؤون الدينية والأوقاف، المتسابقين المتوجين بالمراتب الثلاث الأولى في المسابقة الوطنية لحفظ القرآن الكريم وتجويده وتفسيره في طبعتها الخامسة، وفي المسابقة التشجيعية لصغار الحفظة في طبعتها الحادية والعشرين.
ونظمت الوزارة المسابقتين برعاية سامية من رئيس الجمهورية عبد المجيد تبون، في الفترة الممتدة من 22 إلى 26 مارس الجاري، ثم كرّم الوزير الأول نذير العرباوي الفائزين في الحفل الرسمي المقام بجامع الجزائر بمناسبة ليلة القدر المباركة.
وحضر اللقاء أعضاء لجنة تحكيم المسابقة، التي جرت فعالياتها في إطار جائزة الجزائر لحفظ القرآن الكريم وإحياء التراث الإسلامي.
""", [
    ev("minister-reception", "استقبل الوزير يوسف بلمهدي صباح اليوم 27 مارس 2025", "2025-03-27", "'صباح اليوم 27 مارس 2025' (a Thursday)"),
    ev("contest", "الفترة الممتدة من 22 إلى 26 مارس الجاري", "2025-03-22", "'من 22 إلى 26 مارس الجاري' (March 2025), end exclusive", end="2025-03-27"),
    ev("honouring", "كرّم الوزير الأول نذير العرباوي الفائزين في الحفل الرسمي", QADR, "no own expression; the Night of Destiny ceremony at Djamaa El Djazair, the evening of Wed 26 Mar 2025 (echaab, elayemnews)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 300)
                            if i != 201 and i != 298
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 238-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories204/make_stories.py). Domain: mass graves found, exhumations, identification and
reburial of remains (the mass graves of the Nasser medical complex in Khan Younis, Gaza 2024; the Speicher
mass graves in Tikrit's presidential palaces, Iraq 2015; the Ailafoun camp recruits' mass grave in Khartoum,
Sudan 2020; Iraq's handover of the remains of 21 Kuwaiti prisoners, Kuwait 2020; the mass grave of the 28
officers executed in 1990, Sudan 2020). None of these stories is in the dev set or the other
tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- gaza-khan-younis-nasser-hospital-mass-graves-2024
S = "gaza-khan-younis-nasser-hospital-mass-graves-2024"
WITHDRAWAL = "2024-04-07"  # the Israeli army withdrew from Khan Younis on Sun 7 Apr 2024 (outside knowledge)
art(S, "https://foryousyria.sy/2024/04/21/%d9%85%d9%82%d8%a8%d8%b1%d8%a9-%d8%ac%d9%85%d8%a7%d8%b9%d9%8a%d8%a9-%d9%81%d9%8a-%d9%85%d8%ac%d9%85%d8%b9-%d9%86%d8%a7%d8%b5%d8%b1-%d8%a7%d9%84%d8%b7%d8%a8%d9%8a-%d8%a8%d9%85%d8%af%d9%8a%d9%86%d8%a9",
    "2024-04-21", "date in the URL '/2024/04/21/' (a Sunday); the body's 'اليوم' agrees with the civil defence's announcement of about 190 bodies on Sun 21 Apr 2024; the rubric 'العالم العربي' dropped; no date of its own in the text", False, """
مقبرة جماعية في مجمع ناصر الطبي بمدينة خان يونس
أخرجت فرق الإنقاذ والإسعاف الفلسطينية في قطاع غزة اليوم جثامين مئات الشهداء من مقبرة جماعية داخل مجمع ناصر الطبي في خان يونس، وذلك عقب انسحاب قوات الاحتلال الإسرائيلي من المدينة.
ونقلت وسائل إعلام فلسطينية عن الدفاع المدني أن طواقمه انتشلت جثامين نحو 190 فلسطينياً من مقبرة جماعية اكتُشفت في المجمع، لافتاً إلى أن كثيراً من الشهداء جرى تجريدهم من ملابسهم قبل قتلهم.
""", [
    ev("recovery-190", "أخرجت فرق الإنقاذ والإسعاف الفلسطينية في قطاع غزة اليوم", "2024-04-21", "'اليوم' = Sun 21 Apr 2024 (the URL day), the day the civil defence announced about 190 bodies recovered"),
    ev("withdrawal", "عقب انسحاب قوات الاحتلال الإسرائيلي من المدينة", WITHDRAWAL, "no own expression; the Israeli withdrawal from Khan Younis on Sun 7 Apr 2024 (outside knowledge)"),
    ev("grave-discovery", "من مقبرة جماعية اكتُشفت في المجمع", "2024-04-19", "no own expression; the first bodies were found in the Nasser complex from Fri 19 Apr 2024 ('منذ الجمعة الماضي' in another report) and the discovery announced on Sun 21 (my span 19-21 Apr)", end="2024-04-22"),
])
art(S, "https://felesteen.news/post/151456/جثث-بلا-رؤوس-وأجساد-دون-جلود-العثور-على-مقابر-جماعية-بمجمع-ناصر-ا/amp",
    "2024-04-21", "no stamp or URL date in the stored page: fixed by the body's 'وفي وقت سابق ... اليوم الأحد' for the civil defence's announcement of the mass grave and of 190 bodies, made on Sun 21 Apr 2024 (another outlet's URL '/2024/04/21/'); headline rendered from the URL slug; no date of its own in the text", False, """
جثث بلا رؤوس وأجساد دون جلود.. العثور على مقابر جماعية بمجمع ناصر
في جريمة جديدة، صرّح مدير المكتب الإعلامي الحكومي في غزة، إسماعيل الثوابتة، بأن الاحتلال جهّز مقبرة داخل أسوار مجمع ناصر لإخفاء جرائمه، مرجحاً وجود جثث 700 شهيد أعدمهم الاحتلال داخل المجمع في مقابر جماعية.
وبيّن أن الاحتلال الإسرائيلي أعدم عشرات النازحين والجرحى والمرضى وأفراد الطواقم الطبية، مشيراً إلى أن مصير العشرات ممن كانوا في مجمع ناصر ما زال مجهولاً بعد انسحاب الاحتلال.
وطالب بتحقيق دولي لمعرفة أسباب "تبخر وتحلل جثث بعض الشهداء"، لافتاً إلى العثور على جثث بلا رؤوس، وأجساد بلا جلود، وأخرى سُرقت أعضاؤها.
وفي وقت سابق، أعلنت فرق الدفاع المدني في قطاع غزة، اليوم الأحد، اكتشاف مقبرة جماعية تضم عشرات الشهداء في مجمع ناصر الطبي بخانيونس جنوبي القطاع.
وأوضح الدفاع المدني، في تصريح صحافي، أنه انتشل جثامين 190 شهيداً من مقابر جماعية في خان يونس جنوبي القطاع، مبيناً أن قوات الاحتلال جمعت جثامين الشهداء ودفنتها بشكل جماعي داخل المستشفى.
وأشار إلى أن الشهداء من مختلف الفئات والأعمار، وأن الطواقم تواصل البحث وانتشال بقية الشهداء خلال الأيام المقبلة.
""", [
    ev("estimate-700", "مرجحاً وجود جثث 700 شهيد", "2024-04-21", "no own expression; Thawabta's statement on the day of the announcement, Sun 21 Apr 2024"),
    ev("withdrawal", "ما زال مجهولاً بعد انسحاب الاحتلال", WITHDRAWAL, "no own expression; the Israeli withdrawal from Khan Younis on Sun 7 Apr 2024 (outside knowledge)"),
    ev("grave-discovery", "اكتشاف مقبرة جماعية تضم عشرات الشهداء", "2024-04-19", "'اليوم الأحد' = Sun 21 Apr 2024 for the announcement; the bodies were found from Fri 19 Apr (another report: 'منذ الجمعة الماضي'); my span 19-21 Apr", end="2024-04-22"),
    ev("recovery-190", "أنه انتشل جثامين 190 شهيداً", "2024-04-21", "no own expression; the count announced on Sun 21 Apr 2024 ('اليوم الأحد')"),
    ev("search-continues", "خلال الأيام المقبلة", "2024-04-22", "'خلال الأيام المقبلة' after Sun 21 Apr: the recovery went on until the civil defence announced its end on Sat 27 Apr 2024 (my span 22-26 Apr)", end="2024-04-27"),
])
art(S, "https://lana.gov.ly/post.php?id=306167&lang=ar",
    "2024-04-25", "the body's own date line 'غزة 25 أبريل 2024م(وال)' after 'نشر بتاريخ:' (kept) and 'اليوم الخميس' (25 Apr 2024 was a Thursday)", True, """
انتشال 392 جثماناً من مقبرة جماعية في مجمع ناصر الطبي بقطاع غزة
غزة 25 أبريل 2024م (وال)- انتشلت طواقم الإنقاذ والإسعاف قرابة 392 جثماناً من مقبرة جماعية في مجمع ناصر الطبي بقطاع غزة، على مدار خمسة أيام، عقب انسحاب قوات الاحتلال من مدينة "خان يونس" جنوبي القطاع.
ونقلت وكالة الأنباء الفلسطينية عن طواقم الإنقاذ اليوم الخميس أنها وجدت جثامين أطفال في المقابر الجماعية، وأن 58 بالمئة من الجثامين لم يُتعرّف على أصحابها، وقد ظهرت عليها آثار تعذيب، مشيرة إلى أن الاحتلال دفن 20 شخصاً على الأقل وهم أحياء في مجمع ناصر الطبي، وأن عدداً من الجثامين دُفن في أكياس بلاستيكية على عمق ثلاثة أمتار مما عجّل بتحللها، وأنه جرى تبديل الأكفان البلاستيكية أكثر من مرة لإخفاء أدلة الجرائم المرتكبة بحق المرضى والمعتقلين.
وشددت على أن معظم ضحايا المقابر الجماعية في مجمع ناصر الطبي من النساء والأطفال، إذ تتعمد قوات الاحتلال جرف عشرات الجثامين ودفنها قبل انسحابها من أي منطقة في القطاع.
ونبّهت كذلك إلى وجود مئات المفقودين في مجزرة "خان يونس"، واختفاء قرابة ألفي مواطن بعد انسحاب قوات الاحتلال من مناطق عدة في القطاع.
""", [
    ev("recovery-392", "انتشلت طواقم الإنقاذ والإسعاف قرابة 392 جثماناً", "2024-04-21", "'على مدار خمسة أيام' up to Thu 25 Apr 2024: the five days 21-25 Apr", end="2024-04-26"),
    ev("withdrawal", "عقب انسحاب قوات الاحتلال من مدينة", WITHDRAWAL, "no own expression; the Israeli withdrawal from Khan Younis on Sun 7 Apr 2024 (outside knowledge)"),
    ev("teams-statement", "ونقلت وكالة الأنباء الفلسطينية عن طواقم الإنقاذ اليوم الخميس", "2024-04-25", "'اليوم الخميس' = Thu 25 Apr 2024 (the date line)"),
])
art(S, "https://www.arabkhabar.com/a/2452325",
    "2024-04-27", "page stamp 'تاريخ النشر: 27th, April 2024 GMT' under the headline (kept, in Arabic, as the first line); 27 Apr 2024 was a Saturday; the source line 'سرايا -', the 'إقرأ أيضاً' links, the keywords and the unrelated items below dropped", True, """
تاريخ النشر: 27 أبريل 2024
انتهاء أعمال انتشال جثامين الشهداء من المقابر الجماعية في مجمع ناصر الطبي
أعلنت المديرية العامة للدفاع المدني في غزة انتهاء أعمال البحث عن الشهداء وانتشالهم من المقابر الجماعية في مجمع ناصر الطبي بخان يونس جنوبي قطاع غزة، وذلك بعد جهود متواصلة رغم شح الموارد والإمكانيات المتاحة.
وأوضحت المديرية، في بيان صحفي، أنها ستشرع في انتشال جثامين الشهداء بحسب نداءات الاستغاثة الموثقة من تحت الأنقاض، وذلك بإمكانيات يدوية، ما يزيد صعوبة انتشال بعض الجثامين لحاجتها إلى معدات ثقيلة.
""", [
    ev("recovery-ends", "أعلنت المديرية العامة للدفاع المدني في غزة انتهاء أعمال البحث", "2024-04-26", "no own expression; announced by the stamp day Sat 27 Apr 2024, possibly late on Fri 26 (my span 26-27 Apr)", end="2024-04-28"),
    ev("search-continues", "بعد جهود متواصلة", "2024-04-22", "no own expression; the days of recovery after the first count of Sun 21 Apr, until the end (my span 22-26 Apr 2024)", end="2024-04-27"),
    ev("rubble-recovery", "ستشرع في انتشال جثامين الشهداء بحسب نداءات الاستغاثة", "2024-04-27", "no own expression; future, from the stamp day Sat 27 Apr 2024 (my span: the following week)", end="2024-05-04"),
])

# ---------------------------------------------------------------- iraq-tikrit-speicher-mass-graves-2015
S = "iraq-tikrit-speicher-mass-graves-2015"
MASSACRE = ("2014-06-12", "2014-06-15")  # the Speicher killings began on Thu 12 Jun 2014 (outside knowledge; my span 12-14 Jun)
GRAVES = ("2015-04-02", "2015-04-08")  # the 12 graves located after Tikrit was retaken (31 Mar-1 Apr 2015), reported on Tue 7 Apr
art(S, "http://arabic.news.cn/arabic/2015-04/08/c_134131353.htm",
    "2015-04-07", "the body's own date line 'بغداد 7 ابريل 2015 (شينخوا)' (kept) and 'اليوم (الثلاثاء)' (7 Apr 2015 was a Tuesday); the URL's '2015-04/08' is the Beijing day of posting; the truncated last sentence ('للتأكد بشكل قاطع من انها ...') dropped", True, """
بغداد 7 ابريل 2015 (شينخوا) ذكر مصدر أمني في مدينة تكريت (170 كم) شمال بغداد أن القوات الأمنية عثرت حتى الآن على 12 مقبرة جماعية يُرجَّح أنها لضحايا قاعدة سبايكر الذين أعدمهم تنظيم (داعش) حين استولى على المدينة في يونيو الماضي، وتضم رفات عشرات الضحايا.
وأوضح العقيد علي الجبوري، أحد ضباط قيادة شرطة محافظة صلاح الدين، اليوم (الثلاثاء) أن القوات الأمنية وجدت 12 مقبرة جماعية يُعتقد أنها لضحايا قاعدة سبايكر في مجمع القصور الرئاسية وسط مدينة تكريت.
وتابع أن "هذه المقابر تحوي رفات عشرات الجنود الذين أعدمهم تنظيم (داعش) في هذا الموقع، وقد عُثر فعلاً على هويات تعريفية وملابس تخص الجنود المغدورين".
وأضاف الجبوري أن وفداً من أعضاء الهيئة القضائية المكلفة بالتحقيق في جريمة سبايكر وصل إلى مدينة تكريت يوم (السبت) الماضي واطّلع على المقابر الموجودة هناك.
وأشار إلى أن فريقاً متخصصاً من الطب الشرعي شرع أمس (الاثنين) بفتح المقابر الموجودة في مجمع القصور الرئاسية الذي شيّده الرئيس العراقي الراحل صدام حسين وسط تكريت، مبيناً أن الفريق عثر حتى الآن على أكثر من 40 جثة في هذه المقبرة تدل المؤشرات الأولية على أنها لضحايا سبايكر.
""", [
    ev("graves-found", "عثرت حتى الآن على 12 مقبرة جماعية", GRAVES[0], "no own expression ('حتى الآن'); the graves located after Tikrit was retaken on 31 Mar-1 Apr 2015, up to the statement of Tue 7 Apr (my span 2-7 Apr)", end=GRAVES[1]),
    ev("massacre", "حين استولى على المدينة في يونيو الماضي", MASSACRE[0], "'في يونيو الماضي' = June 2014: the Speicher killings from Thu 12 Jun 2014 (outside knowledge; my span 12-14 Jun)", end=MASSACRE[1]),
    ev("jabouri-statement", "اليوم (الثلاثاء) أن القوات الأمنية وجدت", "2015-04-07", "'اليوم (الثلاثاء)' = Tue 7 Apr 2015 (the date line)"),
    ev("judicial-delegation", "وصل إلى مدينة تكريت يوم (السبت) الماضي", "2015-04-04", "'يوم (السبت) الماضي' before Tue 7 Apr = Sat 4 Apr 2015"),
    ev("exhumation-start", "شرع أمس (الاثنين) بفتح المقابر", "2015-04-06", "'أمس (الاثنين)' before Tue 7 Apr = Mon 6 Apr 2015"),
])
art(S, "https://www.yemeress.com/algomhoriah/2211577",
    "2015-04-08", "a yemeress mirror of al-Gomhoriah without stamp or URL date: fixed by the body's 'أمس' for Col. Ali al-Jabouri's statement on the 12 graves, made on Tue 7 Apr 2015 (Xinhua's date line 'بغداد 7 ابريل 2015 ... اليوم (الثلاثاء)'): so Wed 8 Apr 2015; no date of its own in the text", False, """
عثرت قوات الأمن العراقية على 12 مقبرة جماعية في مدينة تكريت شمالي العراق، يُرجَّح أنها لضحايا قاعدة سبايكر الذين أعدمهم ما يُعرف بتنظيم (داعش) عند سيطرته على المدينة في يونيو الماضي، وتحوي رفات عشرات الضحايا.
وذكر العقيد علي الجبوري، أحد ضباط قيادة شرطة محافظة صلاح الدين، أمس أن القوات الأمنية وجدت 12 مقبرة جماعية يُعتقد أنها لضحايا قاعدة سبايكر في مجمع القصور الرئاسية وسط تكريت.
وأضاف الجبوري أن "هذه المقابر تضم رفات عشرات الجنود الذين أعدمهم التنظيم في هذا المكان، وقد عُثر بالفعل على هويات تعريفية وملابس للجنود المغدورين".
وقال إن وفداً من أعضاء الهيئة القضائية المكلفة بالتحقيق في جريمة سبايكر وصل إلى مدينة تكريت يوم السبت الماضي وعاين المقابر الموجودة هناك.
وكان تنظيم (داعش)، عقب سيطرته على تكريت، مركز محافظة صلاح الدين، منتصف شهر يونيو الماضي، قد احتجز المئات من الجنود العراقيين الذين كانوا في قاعدة القوة الجوية (سبايكر) شمال تكريت، ثم أعدمهم.
""", [
    ev("graves-found", "عثرت قوات الأمن العراقية على 12 مقبرة جماعية", GRAVES[0], "no own expression; the graves located after Tikrit was retaken (31 Mar-1 Apr 2015), reported on Tue 7 Apr (my span 2-7 Apr)", end=GRAVES[1]),
    ev("jabouri-statement", "أمس أن القوات الأمنية وجدت", "2015-04-07", "'أمس' before Wed 8 Apr = Tue 7 Apr 2015"),
    ev("judicial-delegation", "وصل إلى مدينة تكريت يوم السبت الماضي", "2015-04-04", "'يوم السبت الماضي' = Sat 4 Apr 2015 (Xinhua of Tue 7 Apr: 'يوم (السبت) الماضي')"),
    ev("massacre", "ثم أعدمهم", MASSACRE[0], "'منتصف شهر يونيو الماضي' = mid-June 2014: the Speicher killings from Thu 12 Jun 2014 (outside knowledge; my span 12-14 Jun)", end=MASSACRE[1]),
])
art(S, "https://www.tasnimnews.com/ar/news/2015/04/11/707568/%D8%A7%DA%A9%D8%AA%D8%B4%D8%A7%D9%81-%D9%85%D9%82%D8%A8%D8%B1%D8%A9-%D8%AC%D9%85%D8%A7%D8%B9%DB%8C%D8%A9-%D8%AC%D8%AF%DB%8C%D8%AF%D8%A9-%D8%AA%D8%B6%D9%85-100-%D8%B1%D9%81%D8%A7%D8%AA-%D9%84%D8%B4%D9%87%D8%AF%D8%A7%D8%A1-%D9%85%D8%AC%D8%B2%D8%B1%D8%A9-%D8%B3%D8%A8%D8%A7%DB%8C%DA%A9%D8%B1-%D8%A8%D9%85%D8%AF%DB%8C%D9%86%D8%A9-%D8%AA%DA%A9%D8%B1%DB%8C%D8%AA-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%DB%8C%D8%A9/amp",
    "2015-04-11", "date in the URL '/2015/04/11/' and the body's 'اليوم السبت' (11 Apr 2015 was a Saturday); the last sentence cut to its complete clause where the stored text breaks off ('... أمس الجمعة واليوم'); no date of its own in the text", False, """
اكتشاف مقبرة جماعية جديدة تضم رفات 100 من شهداء مجزرة سبايكر في مدينة تكريت العراقية
أعلن المتحدث باسم غرفة عمليات الأمانة العامة لمجلس الوزراء العراقي، حيدر مجيد، اليوم السبت، فتح مقبرة تحوي رفات 100 شخص من ضحايا جريمة سبايكر في منطقة القصور الرئاسية، موضحاً أن عناصر تنظيم "داعش" الإرهابي دفنوا الضحايا عشوائياً وكدّسوا فوقهم أحجاراً ضخمة.
وأفاد المتحدث بأنه "جرى فتح مقبرة كبيرة في منطقة القصور الرئاسية بتكريت، وهي المنطقة المعروفة التي ظهرت صورها في وسائل الإعلام ومواقع التواصل الاجتماعي وتُظهر مسلحي داعش وهم يعدمون الضحايا"، لافتاً إلى أن "المقبرة تضم رفات ضحايا قاعدة سبايكر، وكان أغلبهم معصوبي الأعين ومقيدي الأيدي".
وأضاف مجيد أن "هذه المقبرة تضم جريمة فوق جريمة"، مبيناً أن "الجريمة الأولى هي الإعدام الجماعي، والثانية طريقة الدفن العشوائي التي استُخدمت فيها الحجارة الكبيرة والصخور المستعملة في بناء الأحواض والبحيرات الاصطناعية".
وأكد مجيد وجود "عمليات دفن لجثث ثم دفن آخر فوقها، أي طبقات متعددة قد تبلغ ثلاثاً، ما يكشف طريقة تعامل داعش مع الضحايا"، مشيراً إلى أن "عدد الرفات كبير قد يصل إلى 100، وما زال العمل مستمراً لإخراجها".
""", [
    ev("majid-statement", "أعلن المتحدث باسم غرفة عمليات الأمانة العامة لمجلس الوزراء العراقي، حيدر مجيد، اليوم السبت", "2015-04-11", "'اليوم السبت' = Sat 11 Apr 2015 (the URL day)"),
    ev("big-grave-opened", "جرى فتح مقبرة كبيرة في منطقة القصور الرئاسية", "2015-04-10", "no own expression; the grave was opened and about 30 remains taken out on Fri 10 Apr 2015 (the stored text: 'أمس الجمعة'), work going on on Sat 11 (my span 10-11 Apr)", end="2015-04-12"),
    ev("massacre", "الجريمة الأولى هي الإعدام الجماعي", MASSACRE[0], "no own expression; the Speicher killings from Thu 12 Jun 2014 (outside knowledge; my span 12-14 Jun)", end=MASSACRE[1]),
    ev("extraction-continues", "وما زال العمل مستمراً لإخراجها", "2015-04-11", "no own expression; the work going on on the publication day, Sat 11 Apr 2015"),
])

# ---------------------------------------------------------------- sudan-ailafoun-recruits-mass-grave-2020
S = "sudan-ailafoun-recruits-mass-grave-2020"
AILAFOUN = "1998-04-02"  # the shooting at the Ailafoun camp, Thu 2 Apr 1998 (per the reports)
art(S, "https://www.alweeam.com.sa/679470/%d8%a7%d9%84%d8%b3%d9%88%d8%af%d8%a7%d9%86-%d9%86%d8%a8%d8%b4-%d9%85%d9%82%d8%a8%d8%b1%d8%a9-%d8%ac%d9%85%d8%a7%d8%b9%d9%8a%d8%a9-%d8%aa%d8%b6%d9%85-%d8%b1%d9%81%d8%a7%d8%aa-200-%d8%b7%d8%a7%d9%84/",
    "2020-06-13", "no stamp or URL date in the stored page: fixed by the body's 'تنتهي اليوم السبت عملية نبش' for the exhumation in the al-Sahafa cemetery, which local media reported on Sat 13 Jun 2020 (another outlet, stamped Mon 15 Jun 2020: 'والسبت، نقلت وسائل إعلام محلية أن السلطات نبشت مقبرة جماعية'); no date of its own in the text", False, """
السودان: نبش مقبرة جماعية تضم رفات 200 طالب قتلهم "الإخوان"
تُختتم اليوم السبت عملية نبش مقبرة جماعية تحوي رفات قرابة مائتين من طلاب معسكر العيلفون، الذين لقوا حتفهم عام 1998.
وأعلن رئيس لجنة التحقيق في أحداث معسكر العيلفون لعام 1998م، محمود سيد أحمد، العثور على جثث الطلاب بعد مرور 22 عاماً على مقتلهم ودفنهم بشكل جماعي في مقابر الصحافة، مشيراً إلى أن عملية النبش كشفت عن عظام وهياكل عظمية.
ويُذكر أن أحداث معسكر العيلفون وقعت لطلاب الشهادة السودانية في أثناء أدائهم التجنيد القسري، تزامناً مع عيد الأضحى عام 1998م، حين حاول طلاب مجندون مغادرة المعسكر لقضاء العيد، فسقط منهم 200 ضحية في المذبحة.
""", [
    ev("exhumation", "تُختتم اليوم السبت عملية نبش مقبرة جماعية", "2020-06-13", "'اليوم السبت' = Sat 13 Jun 2020"),
    ev("massacre", "الذين لقوا حتفهم عام 1998", AILAFOUN, "'عام 1998': the shooting at the Ailafoun camp on Thu 2 Apr 1998 (other reports: 'في 2 أبريل/ نيسان 1998')"),
    ev("grave-found", "العثور على جثث الطلاب بعد مرور 22 عاماً", "2020-06-11", "'بعد مرور 22 عاماً' (1998 + 22 = 2020): the grave was found in the last days before the attorney general's press conference of Mon 15 Jun (another report: 'خلال الأيام الأربعة الأخيرة'); my span 11-14 Jun 2020", end="2020-06-15"),
])
art(S, "https://asharq.com/amp/politics/131259/اكتشاف-مقبرة-جماعية-لمجندين-سودانيين-في",
    "2020-06-15", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الاثنين' for the attorney general's press conference on the mass grave, held on Mon 15 Jun 2020 (another outlet's stamp 'الإثنين، 15-06-2020' and Xinhua's date line 'الخرطوم 15 يونيو 2020'); the last sentences of the quoted background (the truncated 'تفاصيل الحادث' part) dropped; no date of its own in the text", False, """
أعلنت السلطات السودانية، اليوم الاثنين، العثور على مقبرة جماعية شرقي العاصمة الخرطوم.
وذكر النائب العام السوداني، في مؤتمر صحافي عُقد للإعلان عن تفاصيل اكتشاف المقبرة، أن بعض المشتبه في تورطهم في الحادثة ينتمون إلى إدارة الرئيس السابق عمر البشير.
وأفادت وسائل إعلام محلية بأن المقبرة تحوي رفات طلاب قُتلوا عام 1998 بعدما حاولوا الفرار من الخدمة العسكرية.
وشرعت السلطات السودانية في حصر رفات ضحايا مجزرة معسكر "العيلفون" التي وقعت قبل 22 عاماً، وخلّفت عشرات القتلى والمفقودين، بهدف معرفة عدد الجثث في المقبرة الجماعية.
وفي يناير الماضي، شكّلت النيابة العامة في الخرطوم لجنة خاصة للتحقيق في القضية التي هزّت الشارع السوداني وكشف ملابساتها.
""", [
    ev("announcement", "أعلنت السلطات السودانية، اليوم الاثنين", "2020-06-15", "'اليوم الاثنين' = Mon 15 Jun 2020"),
    ev("massacre", "التي وقعت قبل 22 عاماً", AILAFOUN, "'قبل 22 عاماً' before 2020 = 1998: the shooting of Thu 2 Apr 1998 (other reports)"),
    ev("counting-remains", "وشرعت السلطات السودانية في حصر رفات", "2020-06-13", "no own expression; the count of the remains after the exhumation completed on Sat 13 Jun 2020 (my span 13-15 Jun)", end="2020-06-16"),
    ev("committee-formed", "وفي يناير الماضي، شكّلت النيابة العامة", "2020-01-01", "'في يناير الماضي' = January 2020", end="2020-02-01"),
])
art(S, "https://almesryoon.com/Section_31/%D8%B9%D8%B1%D8%A8-%D9%88%D8%B9%D8%A7%D9%84%D9%85/%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86-%D8%A7%D9%84%D8%B9%D8%AB%D9%88%D8%B1-%D8%B9%D9%84%D9%89-%D9%85%D9%82%D8%A8%D8%B1%D8%A9-%D8%AC%D9%85%D8%A7%D8%B9%D9%8A%D8%A9-%D9%84%D9%80-%D9%85%D8%AC%D8%B2%D8%B1%D8%A9-%D8%A7%D9%84%D8%B9%D9%84%D9%8A%D9%81%D9%88%D9%86_1303716",
    "2020-06-15", "page stamp 'الإثنين، 15-06-2020 11:10 م' above the text (kept as the first line); 15 Jun 2020 was a Monday; the byline 'المصريون ووكالات' and the truncated last sentence (the lawyers' petition of May 2019) dropped; the headline rendered from the URL slug", True, """
الإثنين، 15-06-2020 11:10 م
السودان.. العثور على مقبرة جماعية لـ"مجزرة العليفون"
أعلنت النيابة العامة السودانية، الإثنين، العثور على مقبرة جماعية لطلاب كانوا في الخدمة العسكرية الإجبارية وقُتلوا بنيران أمنية عام 1998، في ما يُعرف إعلامياً بـ"مجزرة العليفون".
وقال النائب العام، تاج السر الحبر، إن مقبرة جماعية لطلاب الخدمة الوطنية الإلزامية، التي عُرفت بـ"مجزرة العليفون"، عُثر عليها، وفق وكالة الأنباء السودانية.
وأضاف: "عثرنا كذلك على الشهود، وقد بلغت التحقيقات مراحل متقدمة، وفي غضون أسبوعين أو ثلاثة سنضع الملف أمام القضاء".
والسبت، نقلت وسائل إعلام محلية أن السلطات نبشت مقبرة جماعية في مقابر حي "الصحافة" جنوبي الخرطوم، تحوي رفات قتلى "مجزرة العليفون" التي وقعت في 2 أبريل/ نيسان 1998، عندما أطلقت عناصر أمنية النار على فارّين من معسكر الخدمة الإجبارية في منطقة العليفون، شرقي الخرطوم، فقتلت العشرات.
وتوفي بعض الفارين غرقاً بعد تدافعهم نحو نهر النيل قرب المعسكر في منطقة العليفون، ولم يُعرف عدد ضحايا المجزرة على وجه الدقة.
""", [
    ev("announcement", "أعلنت النيابة العامة السودانية، الإثنين", "2020-06-15", "'الإثنين' = Mon 15 Jun 2020 (the stamp)"),
    ev("exhumation", "والسبت، نقلت وسائل إعلام محلية أن السلطات نبشت", "2020-06-13", "'والسبت' before Mon 15 Jun = Sat 13 Jun 2020 (the exhumation as reported that day)"),
    ev("massacre", "التي وقعت في 2 أبريل/ نيسان 1998", AILAFOUN, "'2 أبريل/ نيسان 1998' = Thu 2 Apr 1998"),
    ev("court-referral", "وفي غضون أسبوعين أو ثلاثة سنضع الملف أمام القضاء", "2020-06-29", "'في غضون أسبوعين أو ثلاثة' after Mon 15 Jun 2020: the announced referral, 29 Jun - 6 Jul 2020 (a plan; I found no report of when it happened)", end="2020-07-07"),
])

# ---------------------------------------------------------------- kuwait-iraq-prisoners-remains-handover-2020
S = "kuwait-iraq-prisoners-remains-handover-2020"
INVASION = "1990-08-02"
DNA = ("2020-09-17", "2020-12-01")  # the first 21 identifications were announced in November 2020 (another report)
art(S, "https://www.albawaba.net/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D9%8A%D8%B9%D9%8A%D8%AF-%D8%AC%D8%AB%D8%A7%D9%85%D9%8A%D9%86-21-%D8%A7%D8%B3%D9%8A%D8%B1%D8%A7-%D9%83%D9%88%D9%8A%D8%AA%D9%8A%D8%A7-1381043",
    "2020-09-16", "page stamp 'تاريخ النشر: 16 سبتمبر 2020 - 08:54 GMT' under the headline (kept as the first line, before the headline) and the body's 'اليوم الأربعاء' (16 Sep 2020 was a Wednesday); the repeated caption dropped", True, """
تاريخ النشر: 16 سبتمبر 2020 - 08:54 GMT
العراق يعيد رفات 21 أسيراً كويتياً
يسلّم العراق اليوم الأربعاء الكويتَ رفات 21 أسيراً فُقدوا خلال حرب الخليج الأولى حين اجتاح العراق الأراضي الكويتية.
وكان نظام صدام حسين قد أنكر وجود أسرى، فيما تفيد المعلومات الأممية والكويتية بأن النظام العراقي اقتاد معه عشرات الكويتيين بعد دخوله الأراضي الكويتية عام 1990 واحتجزهم في مدن الجنوب، غير أن بعضهم فرّ مع اندلاع الانتفاضة في جنوب العراق التي أعقبت الهزيمة أمام قوات التحالف الدولي.
وذكرت السفارة الكويتية في بغداد، في بيان صحفي: "استمراراً للجهود المبذولة في ملف الأسرى والمفقودين الكويتيين ورعايا الدول الأخرى، يجري اليوم نقل وتسليم رفات يُعتقد أنها لأسرى ومفقودين كويتيين عُثر عليهم في بادية السماوة بناءً على المؤشرات الأولية".
وأضافت: "ستُجرى عمليات الفحص الجيني والتعرف على هذه الرفات في دولة الكويت من خلال الإدارة العامة للأدلة الجنائية، لمطابقة النتائج مع قاعدة بيانات الأسرى والمفقودين الكويتيين ورعايا الدول الأخرى".
""", [
    ev("handover", "يسلّم العراق اليوم الأربعاء الكويتَ رفات 21 أسيراً", "2020-09-16", "'اليوم الأربعاء' = Wed 16 Sep 2020 (the stamp)"),
    ev("invasion", "حين اجتاح العراق الأراضي الكويتية", INVASION, "no own expression; the Iraqi invasion of Kuwait, Thu 2 Aug 1990 (outside knowledge)"),
    ev("southern-uprising", "مع اندلاع الانتفاضة في جنوب العراق", "1991-03-01", "no own expression; the uprising in southern Iraq of March 1991 (outside knowledge)", end="1991-04-01"),
    ev("dna-testing", "ستُجرى عمليات الفحص الجيني والتعرف على هذه الرفات", DNA[0], "future; the DNA identification in Kuwait after the handover of Wed 16 Sep 2020, the first 21 identified in November 2020 (another report); my span 17 Sep - 30 Nov 2020", end=DNA[1]),
])
art(S, "https://www.almasryalyoum.com/news/details/2038047",
    "2020-09-16", "page stamp 'الأربعاء 16-09-2020 11:05' under the headline (kept as the first line, before the headline); 16 Sep 2020 was a Wednesday; the byline 'كتب: المصري اليوم', the archive photo and its caption and the 'قد يعجبك أيضا' blocks dropped", True, """
الأربعاء 16-09-2020 11:05
العراق يسلم الكويت رفات 21 مفقوداً منذ حرب الخليج اليوم
يسلّم العراق، الأربعاء، دولة الكويت رفات 21 أسيراً فُقدوا خلال حرب الخليج الأولى حين اجتاح العراق الأراضي الكويتية.
وقالت السفارة الكويتية في بغداد، في بيان صحفي: «استمراراً للجهود المبذولة في ملف الأسرى والمفقودين الكويتيين ورعايا الدول الأخرى، يتم اليوم نقل وتسليم رفات يُعتقد أنها تعود إلى أسرى ومفقودين كويتيين عُثر عليهم في بادية السماوة بناءً على المؤشرات الأولية».
وأضافت: «سيجري الفحص الجيني والتعرف على تلك الرفات في دولة الكويت عبر الإدارة العامة للأدلة الجنائية، لمطابقة النتائج مع قاعدة بيانات الأسرى والمفقودين الكويتيين ورعايا الدول الأخرى».
""", [
    ev("handover", "يسلّم العراق، الأربعاء، دولة الكويت رفات 21 أسيراً", "2020-09-16", "'الأربعاء' = Wed 16 Sep 2020 (the stamp)"),
    ev("invasion", "حين اجتاح العراق الأراضي الكويتية", INVASION, "no own expression; the Iraqi invasion of Kuwait, Thu 2 Aug 1990 (outside knowledge)"),
    ev("remains-found", "عُثر عليهم في بادية السماوة", "2019-01-01", "no own expression; the remains were found in the Samawah desert (al-Muthanna) some time before the handover; a loose span, 2019 - mid-Sep 2020", end="2020-09-16"),
    ev("dna-testing", "سيجري الفحص الجيني والتعرف على تلك الرفات", DNA[0], "future; the DNA identification after the handover, the first 21 identified in November 2020 (another report); my span 17 Sep - 30 Nov 2020", end=DNA[1]),
])
art(S, "http://alwasat.com.kw/ArticleDetail.aspx?id=121019",
    "2020-09-17", "no stamp or URL date in the stored page: fixed by the body's 'أمس الأربعاء' for the handover of the 21 remains near Baghdad airport, made on Wed 16 Sep 2020 (other outlets' stamps 'الأربعاء 16-09-2020' with 'اليوم'): so Thu 17 Sep 2020; no date of its own in the text", False, """
تسلّمت السفارة الكويتية في بغداد، أمس الأربعاء، من الحكومة العراقية 21 رفاتاً يُرجَّح أنها لأسرى كويتيين فُقدوا خلال الغزو العراقي للكويت عام 1990.
وأُقيمت مراسم تسليم الرفات قرب مطار بغداد الدولي، بحضور ممثلين عن وزارة الدفاع العراقية واللجنة الدولية للصليب الأحمر ومكتب الأمم المتحدة لمساعدة العراق (يونامي).
وأعلن رئيس لجنة شؤون الأسرى والمفقودين في وزارة الخارجية الكويتية، ربيع العدساني، أن دولة الكويت تسلّمت أمس عدداً من الرفات يُعتقد أنها لأسرى كويتيين، استناداً إلى المعلومات والمؤشرات الأولية.
وأوضح العدساني أن هوية الرفات ستُتحقق عبر عملية الاستعراف التي يتولاها المختصون في الإدارة العامة للأدلة الجنائية الكويتية، الذين يؤدون عملاً بالغ الأهمية في هذا الملف الإنساني ولهم منا كل التقدير والامتنان.
وأضاف أن التسلّم تم بفضل الله وتوفيقه، وبجهود أعضاء اللجنة الثلاثية والفنية ومتابعتهم، وجهود الإخوة في الجانب العراقي والفرق الفنية واللجنة الدولية للصليب الأحمر وبعثة الأمم المتحدة لمساعدة العراق (يونامي).
""", [
    ev("handover", "تسلّمت السفارة الكويتية في بغداد، أمس الأربعاء", "2020-09-16", "'أمس الأربعاء' = Wed 16 Sep 2020"),
    ev("invasion", "فُقدوا خلال الغزو العراقي للكويت عام 1990", INVASION, "'عام 1990': the Iraqi invasion of Kuwait, Thu 2 Aug 1990 (outside knowledge)"),
    ev("adsani-statement", "أن دولة الكويت تسلّمت أمس عدداً من الرفات", "2020-09-16", "'أمس' before Thu 17 Sep = Wed 16 Sep 2020 (al-Adsani's announcement on the day of the handover)"),
    ev("dna-testing", "ستُتحقق عبر عملية الاستعراف", DNA[0], "future; the DNA identification after the handover, the first 21 identified in November 2020 (another report); my span 17 Sep - 30 Nov 2020", end=DNA[1]),
])

# ---------------------------------------------------------------- sudan-28-ramadan-officers-mass-grave-2020
S = "sudan-28-ramadan-officers-mass-grave-2020"
EXECUTIONS = ("1990-04-23", "1990-04-25")  # 28 Ramadan 1410 = 23 Apr 1990 (one report); other accounts give the 24th
SEARCH3W = ("2020-07-02", "2020-07-24")  # 'ثلاثة أسابيع' before the statement of Thu 23 Jul 2020
art(S, "https://maghress.com/hespress/479079",
    "2020-07-24", "a maghress mirror of Hespress without stamp or URL date: fixed by the body's 'في وقت متأخر أمس الخميس' for SUNA's report of the attorney general's statement, issued on Thu 23 Jul 2020 (the statement's own heading: 'الخميس ٢٣ يوليو ٢٠٢٠م'): so Fri 24 Jul 2020; the first word's lost letter ('علن') restored; the truncated last sentence dropped; no date of its own in the text", False, """
أعلن مكتب النائب العام في السودان العثور على مقبرة جماعية تدل البيانات على أنها على الأرجح المقبرة التي وُوريت فيها جثامين الضباط الذين قُتلوا ودُفنوا عام 1990، وفق ما أوردته وكالة الأنباء الرسمية (سونا) في وقت متأخر أمس الخميس.
وكان الضباط الـ28 قد صدرت بحقهم أحكام بالإعدام بتهمة التخطيط، بحسب ما زُعم، للإطاحة بالرئيس السابق عمر البشير عام 1990، وذلك بعد عام من وصوله إلى السلطة بانقلاب عسكري.
وأُطيح بالبشير في انقلاب عسكري في 11 أبريل 2019 إثر أشهر من الاحتجاجات الواسعة، بعد أن حكم البلاد 30 عاماً.
وذكرت النيابة العامة في السودان، في بيان، أنها تمكنت من "العثور على مقبرة جماعية، تشير البيانات إلى أنها من الراجح أن تكون هي المقبرة التي وُوريت فيها جثامين الضباط الذين قُتلوا ودُفنوا فيها بصورة وحشية".
وأوضح البيان أنه "بعد جهد استمر ثلاثة أسابيع، تمكنت النيابة العامة، عبر فريق مهني متميز مؤلف من 23 خبيراً في مجالات مختلفة، واستناداً إلى البيانات المتوافرة لدى لجنة التحقيق التي شكلها النائب العام للتحقيق في مقتل 28 ضابطاً في رمضان من العام 1990، من العثور على المقبرة الجماعية".
""", [
    ev("announcement", "في وقت متأخر أمس الخميس", "2020-07-23", "'أمس الخميس' before Fri 24 Jul = Thu 23 Jul 2020"),
    ev("executions", "الضباط الذين قُتلوا ودُفنوا عام 1990", EXECUTIONS[0], "'عام 1990': the executions of 28 Ramadan 1410 = 23 Apr 1990 (another report: 'بتاريخ \"23 أبريل 1990\"'; some accounts give the 24th; my span 23-24 Apr)", end=EXECUTIONS[1]),
    ev("bashir-coup", "بعد عام من وصوله إلى السلطة بانقلاب عسكري", "1989-06-30", "no own expression; al-Bashir's coup of Fri 30 Jun 1989 (outside knowledge; another report: 'في يونيو 1989')"),
    ev("bashir-ousted", "وأُطيح بالبشير في انقلاب عسكري في 11 أبريل 2019", "2019-04-11", "'11 أبريل 2019' = Thu 11 Apr 2019"),
    ev("search-3-weeks", "بعد جهد استمر ثلاثة أسابيع", SEARCH3W[0], "'ثلاثة أسابيع' before the statement of Thu 23 Jul 2020: about 2-23 Jul 2020", end=SEARCH3W[1]),
])
art(S, "https://almashhadalaraby.com/amp/203340",
    "2020-07-24", "page stamp 'الجمعة 24 يوليو 2020 02:38:58' under the headline (kept as the first line, before the headline); 24 Jul 2020 was a Friday; the statement it reports was issued late on Thu 23 Jul", True, """
الجمعة 24 يوليو 2020 02:38:58
النائب العام السوداني: العثور على مقبرة جماعية
أعلن مكتب النائب العام السوداني العثور على مقبرة جماعية، يُرجَّح أن تكون المقبرة التي وُوريت فيها جثامين الضباط الذين قُتلوا ودُفنوا فيها عام 1990.
وأفاد بيان للنيابة العامة السودانية بأنه بعد جهد دام ثلاثة أسابيع، أنجزت النيابة العامة ذلك عبر فريق مهني متميز يضم ٢٣ خبيراً من المتخصصين في مجالات مختلفة.
وبيّنت أنه استناداً إلى البيانات المتاحة لدى لجنة التحقيق التي شكّلها النائب العام للتحقيق في مقتل ٢٨ ضابطاً في رمضان من العام ١٩٩٠، تمكنت النيابة العامة من العثور على مقبرة جماعية.
وأضافت أن البيانات تشير إلى أنها على الأرجح المقبرة التي وُوري فيها الضباط الذين قُتلوا ودُفنوا فيها بصورة وحشية.
""", [
    ev("announcement", "أعلن مكتب النائب العام السوداني العثور على مقبرة جماعية", "2020-07-23", "no own expression; the statement issued late on Thu 23 Jul 2020, a few hours before the stamp (Fri 24 Jul, 02:38)"),
    ev("search-3-weeks", "بعد جهد دام ثلاثة أسابيع", SEARCH3W[0], "'ثلاثة أسابيع' before the statement of Thu 23 Jul 2020: about 2-23 Jul 2020", end=SEARCH3W[1]),
    ev("executions", "في مقتل ٢٨ ضابطاً في رمضان من العام ١٩٩٠", EXECUTIONS[0], "'في رمضان من العام ١٩٩٠': 28 Ramadan 1410 = 23 Apr 1990 (some accounts give the 24th; my span 23-24 Apr)", end=EXECUTIONS[1]),
])
art(S, "https://www.darfur24.com/2020/07/25/%D9%86%D8%A8%D8%B4-%D8%AC%D8%AB%D8%A7%D9%85%D9%8A%D9%86-%D8%B6%D8%A8%D8%A7%D8%B7-28-%D8%B1%D9%85%D8%B6%D8%A7%D9%86-%D9%88%D8%A7%D9%84%D9%82%D8%A8%D8%B6-%D8%B9%D9%84%D9%89-%D8%B9%D8%AF%D8%AF-%D9%85/",
    "2020-07-25", "date in the URL '/2020/07/25/' and the body's 'اليوم \"السبت\"' (25 Jul 2020 was a Saturday); the dateline 'الخرطوم- دارفور 24' and the truncated last sentence (the attorney general's remarks at the site) dropped; no date of its own in the text", False, """
أعلن النائب العام في السودان، مولانا تاج السر علي الحبر، أن فريقاً مؤلفاً من 23 خبيراً في مجالات الآثار والجيولوجيا والطب العدلي والأدلة الجنائية وفرق مسرح الجريمة يباشر حالياً إجراءات نبش رفات ضباط 28 رمضان وتحريزها وتحديد أسباب الوفاة المحتملة، مع أخذ عينات لأغراض فحص الحمض النووي "DNA".
وكانت حكومة الرئيس المخلوع عمر البشير قد أعدمت الضباط بتاريخ "23 أبريل 1990"، الذي وافق "28 رمضان"، بتهمة تدبير محاولة انقلابية من دون أن تقدمهم إلى المحاكمة، وأخفت جثثهم ومتعلقاتهم الشخصية.
وانطلقت "حركة الخلاص الوطني"، التي قادها ضباط 28 رمضان، من داخل الجيش السوداني في أبريل 1990.
وقاد الضباط انقلاباً مضاداً بعد نحو عام من تسلّم المخلوع عمر البشير مقاليد الحكم في يونيو 1989.
وترأس انقلاب الضباط آنذاك الفريق خالد الزين، مع مجموعة سمّت نفسها "تنظيم الضباط وضباط الصف الوطنيين"، وكان هدفها إقامة حكم ديمقراطي وحل مشكلة الجنوب وبناء جيش قوي في البلاد.
وزار النائب العام، اليوم "السبت"، موقعاً يُرجَّح أن يكون مقبرة جماعية تضم رفات 28 ضابطاً من القوات المسلحة أُعدموا خارج نطاق القضاء في العام 1990.
""", [
    ev("exhumation", "يباشر حالياً إجراءات نبش رفات ضباط 28 رمضان", "2020-07-25", "'حالياً' on the publication day, Sat 25 Jul 2020 (the exhumation under way after the statement of Thu 23 Jul)"),
    ev("executions", "قد أعدمت الضباط بتاريخ \"23 أبريل 1990\"", EXECUTIONS[0], "'23 أبريل 1990' = Mon 23 Apr 1990 (some accounts give the 24th; my span 23-24 Apr)", end=EXECUTIONS[1]),
    ev("counter-coup", "من داخل الجيش السوداني في أبريل 1990", "1990-04-22", "'في أبريل 1990': the attempted counter-coup of 22-23 Apr 1990, on the eve of the executions (outside knowledge; my span 22-23 Apr)", end="1990-04-24"),
    ev("bashir-coup", "تسلّم المخلوع عمر البشير مقاليد الحكم في يونيو 1989", "1989-06-30", "'في يونيو 1989': al-Bashir's coup of Fri 30 Jun 1989 (outside knowledge)"),
    ev("ag-site-visit", "وزار النائب العام، اليوم \"السبت\"", "2020-07-25", "'اليوم \"السبت\"' = Sat 25 Jul 2020 (the URL day)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 239)
                            if i != 201 and i != 238 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

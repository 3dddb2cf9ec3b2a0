"""Builds stories.jsonl: the hundred-and-twenty-second evaluation set of real Arabic news stories (several
articles per story, from different outlets, published on different days), bodies re-worded sentence by
sentence, every date/time expression kept verbatim, gold events keyed across each story (same format
and checks as tests/realnews/stories30/make_stories.py). Domain: health and medicine in the Arab world
(methanol-tainted drinks in Jordan, a botulism outbreak from a Riyadh restaurant chain, protests over
maternal deaths at Agadir's regional hospital, the cancelled Israeli-Palestinian Pfizer vaccine swap,
Lebanese MPs vaccinated inside parliament, the Egyptian doctors' emergency assembly over the Matariya
hospital assault, contaminated leukemia drug deaths in Sanaa, a maternity hospital fire in Diwaniya).
None of these stories is in the dev set, the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- jordan-methanol-poisoning-2025
S = "jordan-methanol-poisoning-2025"
FIRST_CASES = ("2025-06-26", "2025-06-28")   # first cases reached Zarqa hospital on Thu 26 (Xinhua); 'قبل يومين' of Sun 29 = Fri 27
RAID = ("2025-06-28", "2025-06-30")          # factory shut / operators held: announced on Sun 29 Jun, the raid itself Sat 28 or Sun 29
art(S, "https://www.alchourouk.com/article/%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86-7-%D9%88%D9%81%D9%8A%D8%A7%D8%AA-%D8%A8%D8%B3%D8%A8%D8%A8-%D8%A7%D9%84%D9%83%D8%AD%D9%88%D9%84-%D8%A7%D9%84%D9%82%D8%A7%D8%AA%D9%84-%D9%88%D8%AA%D8%AD%D9%82%D9%8A%D9%82%D8%A7%D8%AA-%D8%B9%D8%A7%D8%AC%D9%84%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D8%B2%D8%B1%D9%82%D8%A7%D8%A1",
    "2025-06-29", "page stamp 'تاريخ النشر : 23:40 - 2025/06/29' under the headline (kept, shortened, as first line); 29 Jun 2025 was a Sunday, the day the Public Security Directorate announced 7 deaths (al-Araby: 'أمس الأحد'); the repeated headline and the truncated last clause dropped", True, """
23:40 - 2025/06/29
الأردن.. 7 وفيات بسبب الكحول القاتل وتحقيقات عاجلة في الزرقاء
عاشت مدينة الزرقاء الأردنية واقعة مأساوية بعدما ارتفع عدد ضحايا التسمم بمشروبات كحولية مغشوشة إلى 7 وفيات، إلى جانب حالة ثامنة حرجة تخضع للرعاية الطبية المكثفة.
وبحسب مديرية الأمن العام في الأردن، تناول الضحايا مشروبات كحولية تحوي مادة الكحول الميثيلي (الميثانول)، وهي مادة سامة تُستعمل أحيانا في صناعة المشروبات المغشوشة بدلا من الإيثانول الآمن، وقد أُنتجت في مصنع مرخص قانونيا في الزرقاء وبيعت تحت علامات تجارية عدة.
وظهرت الأعراض على الضحايا قبل يومين من إعلان الوفاة، إذ سجلت المستشفيات حالات تسمم حاد تطورت إلى فشل في الأعضاء ووفاة سبعة أشخاص، في حين تبقى الحالة الثامنة تحت المراقبة الطبية المكثفة.
وأعلنت السلطات الأردنية إغلاق المصنع المسؤول عن إنتاج هذه المشروبات والقبض على القائمين على تشغيله، كما أطلقت حملة واسعة لسحب المنتجات المشبوهة من محلات بيع المشروبات الكحولية في الزرقاء.
وبيّن المتحدث باسم المديرية أن الفحوص الفنية أثبتت وجود مادة الميثانول السامة داخل خزانات الإنتاج والتعبئة في المصنع.
""", [
    ev("seven-deaths-announced", "بعدما ارتفع عدد ضحايا التسمم بمشروبات كحولية مغشوشة إلى 7 وفيات", "2025-06-29", "no own expression; the PSD toll of 7 deaths announced on Sun 29 Jun 2025 (the stamp day; al-Araby: 'أمس الأحد')"),
    ev("first-cases", "وظهرت الأعراض على الضحايا قبل يومين من إعلان الوفاة", FIRST_CASES[0], "'قبل يومين من إعلان الوفاة' (Sun 29) = Fri 27 Jun; the first cases reached Zarqa hospital on Thu 26 (Xinhua: 'الخميس الماضي'); span of my reading 26-27 Jun", end=FIRST_CASES[1]),
    ev("factory-closed", "وأعلنت السلطات الأردنية إغلاق المصنع المسؤول عن إنتاج هذه المشروبات", RAID[0], "no own expression; announced by Sun 29 Jun (the stamp day), the closure itself Sat 28 or Sun 29 (my span)", end=RAID[1]),
    ev("operators-arrested", "والقبض على القائمين على تشغيله", RAID[0], "no own expression; announced by Sun 29 Jun with the closure (my span 28-29 Jun)", end=RAID[1]),
])
art(S, "https://eremnews-fe-app-production.azurewebsites.net/entertainment/b4dawp5",
    "2025-06-30", "page stamp '30 يونيو 2025، 10:37 ص' under the headline (kept as first line); 30 Jun 2025 was a Monday, the day the PSD raised the toll to 9 (Xinhua: 'اليوم (الإثنين)'); the logo, the photo credit, the related links 'أخبار ذات علاقة' and the truncated last clause dropped; the two PSD quotes turned into reported speech", True, """
30 يونيو 2025، 10:37 ص
ارتفاع حصيلة وفيات الكحول المغشوشة في الأردن إلى 9
صعدت حصيلة ضحايا التسمم بالكحول المغشوشة في الأردن إلى 9 وفيات و17 إصابة تتلقى العلاج في المستشفيات، بعضها في حالة حرجة، وفقا للأمن العام الأردني.
وقد تحولت هذه الحادثة، التي وقعت في مدينة الزرقاء (30 كم) شرقي العاصمة، إلى قضية رأي عام هزت المجتمع الأردني منذ ثلاثة أيام، إذ تناول المتوفون مشروبات كحولية أنتجها أحد المصانع المرخصة.
وأفاد الأمن العام الأردني في بيان بأن مادة الكحول الميثيلي (الميثانول) وُجدت في عدد من المنتجات الكحولية التي تبيّن أنها تُصنع في ذلك المصنع بأسماء تجارية مختلفة.
وأضاف البيان أن الفرق توجهت على الفور إلى المصنع المنتج وأخذت منه عينات متنوعة، فظهرت آثار هذه المادة داخل أحد خزانات خطوط الإنتاج والتعبئة بعد الفحوص المخبرية.
وأعلنت السلطات الأردنية إغلاق المصنع والتحفظ على محتوياته، وألقت القبض على المسؤولين عن تشغيله وبدأت التحقيق معهم.
""", [
    ev("nine-deaths-announced", "صعدت حصيلة ضحايا التسمم بالكحول المغشوشة في الأردن إلى 9 وفيات", "2025-06-30", "no own expression; the PSD toll of 9 announced on Mon 30 Jun 2025 (the stamp, 10:37)"),
    ev("public-outcry", "هزت المجتمع الأردني منذ ثلاثة أيام", "2025-06-27", "'منذ ثلاثة أيام' before Mon 30 Jun = from Fri 27 Jun up to the publication day (my span)", end="2025-07-01"),
    ev("factory-closed", "وأعلنت السلطات الأردنية إغلاق المصنع والتحفظ على محتوياته", RAID[0], "no own expression; announced by Sun 29 Jun (alchourouk's page of that night), the closure Sat 28 or Sun 29 (my span)", end=RAID[1]),
    ev("operators-arrested", "وألقت القبض على المسؤولين عن تشغيله", RAID[0], "no own expression; the arrests were reported by Sun 29 Jun (my span 28-29 Jun)", end=RAID[1]),
])
art(S, "https://www.alaraby.com/news/%D9%81%D8%A7%D8%AC%D8%B9%D8%A9-%D8%AA%D9%87%D8%B2-%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86-%D9%88%D9%81%D9%8A%D8%A7%D8%AA-%D9%88%D8%A5%D8%B5%D8%A7%D8%A8%D8%A7%D8%AA-%D8%A8%D8%B3%D8%A8%D8%A8-%D8%A7%D9%84%D9%83%D8%AD%D9%88%D9%84-%D8%A7%D9%84%D9%85%D8%BA%D8%B4%D9%88%D8%B4?amp=1",
    "2025-06-30", "no stamp or URL date in the stored page: fixed by the body's 'أمس الأحد' for the PSD statement of Sun 29 Jun and 'اليوم الإثنين' for the new deaths (30 Jun 2025 was a Monday); the sub-heading 'تحديد مصدر مادة الكحول الميثيلي' and the truncated last clause dropped; no date of its own in the text", False, """
فاجعة تهز الأردن.. وفيات وإصابات بسبب الكحول المغشوش
فارق 11 شخصًا الحياة وأصيب 17 آخرون في الأردن بعد تسممهم بمادة "الكحول الميثيلي" (الميثانول) السامة، التي يُلجأ إليها أحيانا في صناعة المشروبات الكحولية المغشوشة عوضا عن "الإيثانول" الآمن.
والميثانول مادة كيميائية زهيدة الثمن كثيرا ما تُستخدم في تصنيع الكحول المغشوش لخفض التكاليف، وقد تسبب أضرارا صحية جسيمة منها العمى والفشل الكلوي وتلف الكبد.
وذكرت مديرية الأمن العام التابعة لوزارة الداخلية، في بيان مقتضب، أن 7 أشخاص توفوا وأصيب 17 آخرون جراء التسمم بمادة الكحول الميثيلي في محافظة الزرقاء أمس الأحد، مضيفة أن التحقيق في القضية ما زال جاريا.
في المقابل، نقلت صحيفة "الغد" الأردنية تسجيل حالتي وفاة اليوم الإثنين في دير علا، وثالثة في البقعة، ورابعة في إربد، بسبب التسمم، ليصل عدد الوفيات إلى 11 شخصا.
وبيّنت مديرية الأمن العام أنها حددت مصدر مادة الكحول الميثيلي (الميثانول)، موضحة أنه أحد مصانع المشروبات الكحولية المرخصة الذي باع منتجاته تحت علامات تجارية متعددة.
وأعلنت السلطات الأردنية إغلاق المصنع المسؤول عن إنتاج المشروبات والتحفظ على محتوياته.
""", [
    ev("seven-deaths-announced", "أن 7 أشخاص توفوا وأصيب 17 آخرون جراء التسمم بمادة الكحول الميثيلي في محافظة الزرقاء أمس الأحد", "2025-06-29", "'أمس الأحد' = Sun 29 Jun 2025 (the PSD statement)"),
    ev("further-deaths", "تسجيل حالتي وفاة اليوم الإثنين في دير علا", "2025-06-30", "'اليوم الإثنين' = Mon 30 Jun 2025"),
    ev("source-identified", "أنها حددت مصدر مادة الكحول الميثيلي", RAID[0], "no own expression; the PSD named the licensed factory as the source by Sun 29 Jun (alchourouk's page of that night), my span 28-29 Jun", end=RAID[1]),
    ev("factory-closed", "إغلاق المصنع المسؤول عن إنتاج المشروبات والتحفظ على محتوياته", RAID[0], "no own expression; the closure announced by Sun 29 Jun (my span 28-29 Jun)", end=RAID[1]),
])
art(S, "https://www.daily8.com/article/8341df4e7c2e40b5ceaae7696eb4a5b5",
    "2025-07-01", "no stamp in the stored aggregator page (only 'رؤيا منذ 9 ساعات'): fixed by the body's 'الثلاثاء' for the JFDA warning issued the same day (1 Jul 2025 was a Tuesday, two days after the PSD statement of Sun 29 Jun); the caption 'تحذير صادر عن المؤسسة العامة للغذاء والدواء' dropped; the numbered list of brands turned into one sentence; no date of its own in the text", False, """
"الغذاء والدواء" تحذر من مشروبات كحولية ملوثة بالميثانول وتسجل حالات تسمم
أطلقت المؤسسة العامة للغذاء والدواء، الثلاثاء، تحذيرًا عاجلاً من استهلاك مجموعة من المشروبات الكحولية ثبت أنها تحتوي على مادة الكحول الميثيلي (الميثانول)، بعد تسجيل حالات تسمم بين المستهلكين.
وبيّنت المؤسسة في بيان رسمي أن هذه المشروبات تمثل خطرا على الصحة العامة بسبب سمية الميثانول التي قد تفضي إلى مضاعفات صحية خطيرة.
وشمل التحذير المشروبات التالية: GOLD GOED WhiSKy، وRedSun VODKA، و48 VODKA VOLGA، وGOLD & BROWN VODKA، وGOLD & BROWN WhiSKy، وعرق جبلنا، وعرق عين سارة، وعرق سولاف اكسترا، وجن جورج، وعرق النادر، وعرق النورس.
ودعت المؤسسة المواطنين والمستهلكين إلى الكف فورا عن استهلاك هذه المنتجات والتخلص منها بطريقة آمنة، محذرة من تداولها أو بيعها في الأسواق.
وطالبت كذلك أصحاب المتاجر والمحال التجارية بإزالة هذه المنتجات من الرفوف فورا والتواصل مع الجهات المختصة للإبلاغ عن أي كميات لديهم.
وأكدت المؤسسة أنها تنسق مع الجهات الرسمية لتتبع مصادر هذه المشروبات وضمان سحبها من السوق.
""", [
    ev("jfda-warning", "أطلقت المؤسسة العامة للغذاء والدواء، الثلاثاء، تحذيرًا عاجلاً", "2025-07-01", "'الثلاثاء' = Tue 1 Jul 2025"),
    ev("poisoning-cases", "بعد تسجيل حالات تسمم بين المستهلكين", FIRST_CASES[0], "no own expression; the cases recorded from Thu 26 Jun up to the warning of Tue 1 Jul (my span)", end="2025-07-02"),
])

# ---------------------------------------------------------------- saudi-riyadh-botulism-outbreak-2024
S = "saudi-riyadh-botulism-outbreak-2024"
art(S, "https://alkhalij365.co/saudi-arabia-news/12533851/%D8%AA%D8%B1%D8%A7%D9%86%D8%AF-%D8%A7%D9%84%D9%8A%D9%88%D9%85--%D9%8A%D8%B3%D8%A8%D8%A8-%D8%B4%D9%84%D9%84-%D9%88%D8%B9%D8%AF%D9%85-%D8%A7%D9%84%D9%82%D8%AF%D8%B1%D8%A9-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D9%86%D8%B7%D9%82-%D8%A7%D9%84%D9%86%D9%85%D8%B1-%D9%8A%D9%83%D8%B4%D9%81-%D8%A3%D8%B9%D8%B1%D8%A7%D8%B6-%D8%A7%D9%84%D8%AA%D8%B3%D9%85%D9%85-%D8%A7%D9%84%D9%88%D8%B4%D9%8A%D9%82%D9%8A-%D8%A8%D8%B9%D8%AF-%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-15-%D8%B4%D8%AE%D8%B5%D8%A7%D9%8B-%D9%85%D9%86-%D9%85%D8%B7%D8%B9%D9%85-%D8%A8%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6.html",
    "2024-04-26", "page stamp 'date 2024-04-26' at the head of the stored text (kept as first line); 26 Apr 2024 was a Friday, the day after the Riyadh municipality received the report (Thu 25 Apr); headline rendered from the URL slug; the outlet tag 'صحيفة الخليج 365:' dropped; Dr al-Nimr's post turned into reported speech except its last line", True, """
2024-04-26
النمر يكشف أعراض التسمم الوشيقي بعد إصابة 15 شخصاً من مطعم بالرياض
علّق استشاري أمراض القلب وقسطرة الشرايين الدكتور خالد النمر على إصابة 15 شخصا بالتسمم بعد تناولهم وجبة من أحد مطاعم الرياض.
وكتب النمر عبر حسابه على منصة X أن هناك نوعا من التسمم يُعرف بالوشيقي (botulism)، ينتج عادة عن تناول سموم بكتيريا معينة توجد في الأطعمة الملوثة.
وأضاف أن المريض يصل وهو يعاني أعراض شلل في أعصاب الدماغ مع عجز عن النطق والبلع، وقد يمتد الشلل إلى عضلات التنفس فيحتاج إلى تنفس صناعي، مشيرا إلى أن له علاجا بمضادات السموم.
وختم النمر بنصيحة: "لا تأكلوا في مطاعم غير نظيفة، ويظل أكل المنزل له الأولوية".
يُذكر أنه جرى رصد 15 حالة تسمم غذائي في مدينة الرياض، وأُغلق المحل واتُّخذت الإجراءات اللازمة بالتنسيق مع كل الجهات ذات العلاقة.
""", [
    ev("cases-detected", "جرى رصد 15 حالة تسمم غذائي في مدينة الرياض", "2024-04-25", "no own expression; the cases were reported to the Riyadh municipality on the evening of Thu 25 Apr 2024 (its statement)"),
    ev("branches-closed", "وأُغلق المحل", "2024-04-25", "no own expression; the municipality shut the branches at 10 pm on Thu 25 Apr 2024 (its statement)"),
])
art(S, "https://arabkhabar.com/a/2451891",
    "2024-04-27", "page stamp 'تاريخ النشر: 27th, April 2024 GMT' under the headline (removed); 27 Apr 2024 was a Saturday; a republication of RT's item on the municipality statement about Thursday evening; the link 'إقرأ المزيد' and the truncated last clause dropped; the statement turned into reported speech; no date of its own in the text", False, """
السعودية.. إغلاق مطعم شهير في الرياض بعد تسمم 15 شخصا
أوضحت أمانة منطقة الرياض، عاصمة السعودية، تفاصيل واقعة التسمم الغذائي التي تحدث عنها متحدث باسم وزارة الصحة.
وقالت الأمانة في بيان إنها تلقت مساء يوم الخميس بلاغا من اللجنة المعنية برصد حالات التسمم الغذائي، يفيد برصد حالات تسمم غذائي في مدينة الرياض مصدرها منشأة تجارية لها عدد من الفروع.
وأضاف البيان أن الفرق الميدانية للرقابة الصحية توجهت إلى المواقع الساعة 10:00 مساء يوم الخميس، وأغلقت فروع المنشأة ومعملها الرئيسي الذي يموّن سلسلة فروعها بمنطقة الرياض، واتخذت التدابير اللازمة وفق البروتوكولات الصحية المتبعة في مثل هذه الحالات الطارئة، كما أوقفت خدمات التوصيل عبر المنشأة أو التطبيقات، وبدأت فرق الأمانة التواصل والتنسيق مع وزارة الصحة والهيئة العامة للغذاء والدواء وهيئة الصحة العامة.
وتابعت الأمانة أنها لا تزال تعمل بكل أجهزتها الرقابية ضمن فريق اللجنة المعنية برصد حالات التسمم الغذائي، وأن جولاتها الرقابية مستمرة وفق أعلى المعايير حفاظا على السلامة البيئية والصحية للسكان، مشيرة إلى أنها لم تسجل ولله الحمد أي حالات تسمم من مصادر أخرى.
""", [
    ev("cases-detected", "إنها تلقت مساء يوم الخميس بلاغا", "2024-04-25", "'مساء يوم الخميس' = the evening of Thu 25 Apr 2024 (the statement's own full date: 16 Shawwal 1445 / 25 Apr 2024)"),
    ev("branches-closed", "وأغلقت فروع المنشأة ومعملها الرئيسي", "2024-04-25", "'الساعة 10:00 مساء يوم الخميس' (same sentence) = Thu 25 Apr 2024, 10 pm"),
    ev("delivery-halted", "كما أوقفت خدمات التوصيل", "2024-04-25", "no own expression; in the same night's measures of Thu 25 Apr 2024"),
])
art(S, "https://gulf365.net/saudi-arabia-news/12543723/%D8%A7%D9%84%D8%B5%D8%AD%D8%A9-%D9%84%D9%85-%D9%86%D8%B1%D8%B5%D8%AF-%D8%A5%D8%B5%D8%A7%D8%A8%D8%A7%D8%AA-%D8%A8%D8%A3%D8%B9%D8%B1%D8%A7%D8%B6-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D9%81%D9%8A-%D9%88%D8%A7%D9%82%D8%B9%D8%A9-%D8%A7%D9%84%D8%AA%D8%B3%D9%85%D9%85-%D8%A7%D9%84%D8%BA%D8%B0%D8%A7%D8%A6%D9%8A-%D8%A8%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6.html",
    "2024-05-04", "the page stamp gives only 'date 2024-05' (removed with the boilerplate 'شكرا لقرائتكم خبر عن ... والان نبدء بالتفاصيل'); the day is fixed by the body's 'اليوم السبت' for the Health Ministry statement of 75 cases, issued on Sat 4 May 2024 (arabkhabar's copy of the same statement is stamped 4 May 2024); headline from the boilerplate; the embedded tweet of al-Yaum dropped; no date of its own in the text", False, """
الصحة: لم نرصد إصابات بأعراض جديدة في واقعة التسمم الغذائي بالرياض
أعلنت وزارة الصحة أنها لم تسجل إصابات بأعراض جديدة للتسمم الغذائي خلال الأيام الخمسة الأخيرة للتفشي الذي رُصد مؤخراً، مبينة أن عدد الحالات المرصودة وصل إلى 75 حالة، منهم 69 سعوديا و6 من غير السعوديين.
وكشفت "الصحة" في بيان أصدرته اليوم السبت أن تشخيص 50 شخصا من المصابين تأكد بالتسمم الغذائي الوشيجي.
وأوضحت أن 43 حالة من الإجمالي تعافت وغادرت المستشفى بالسلامة، فيما تبقى 11 حالة منومة في الأجنحة و20 حالة تتلقى الرعاية في العناية المركزة، إلى جانب حالة وفاة واحدة.
وأشارت الوزارة إلى أن جميع الحالات ارتبطت بتفشي تسمم غذائي من مصدر واحد، وأن تضافر جهود الجهات الحكومية ذات العلاقة أفضى إلى السيطرة على التفشي، مؤكدة مواصلتها المتابعة وتقديم الرعاية الصحية للحالات المنومة مع تمنياتها لهم بالشفاء العاجل.
ودعت الصحة إلى استقاء الإرشادات والمعلومات من مصادرها الرسمية وعدم تداول الإشاعات والمعلومات الخاطئة.
""", [
    ev("moh-update-75", "وكشفت \"الصحة\" في بيان أصدرته اليوم السبت", "2024-05-04", "'اليوم السبت' = Sat 4 May 2024"),
    ev("no-new-cases", "لم تسجل إصابات بأعراض جديدة للتسمم الغذائي خلال الأيام الخمسة الأخيرة", "2024-04-29", "'خلال الأيام الخمسة الأخيرة' before Sat 4 May = Mon 29 Apr - Fri 3 May 2024 (my span)", end="2024-05-04"),
    ev("cases-detected", "للتفشي الذي رُصد مؤخراً", "2024-04-25", "'مؤخراً' only; the outbreak was detected on Thu 25 Apr 2024 (the municipality's statement)"),
])

# ---------------------------------------------------------------- morocco-agadir-hospital-protest-2025
S = "morocco-agadir-hospital-protest-2025"
DISMISSAL = ("2025-09-12", "2025-09-17")   # hospital director relieved: on the minister's visit of Tue 16 Sep (akhabir, kawalisserif) or 'أياما قليلة' before it (almaghrebnews)
art(S, "https://thevoice.ma/الشعب-يريد-إسقاط-الفساد-غليان-شعبي-في",
    "2025-09-14", "no stamp or URL date in the stored page: fixed by the body's own 'اليوم الأحد 14 شتنبر' (14 Sep 2025 was a Sunday) and 'إلى حدود مساء اليوم' (the protest still under way); kept as the article's own date (states_date True)", True, """
“الشعب يريد إسقاط الفساد”.. غليان شعبي في أكادير بسبب “مستشفى الموت”
تعيش مدينة أكادير غليانًا شعبيًا اليوم الأحد 14 شتنبر، بعدما احتشد مئات المواطنين أمام المستشفى الجهوي الحسن الثاني، الذي صار يُلقب بـ”مستشفى الموت”، احتجاجا على تزايد حالات “الوفيات الغامضة” داخله وتردي الخدمات الصحية وغياب التجهيزات الأساسية.
ورفع المحتجون شعارات غاضبة أبرزها “الشعب يريد إسقاط الفساد”، إلى جانب هتافات أخرى مثل “هذا عيب هذا عار.. مقبرة أم سبيطار”، مطالبين بتوفير الأطر الطبية والمعدات اللازمة، لا سيما مع ارتفاع حالات الوفاة في صفوف النساء الحوامل.
وتأتي هذه الاحتجاجات في سياق توتر اجتماعي يتصاعد منذ أسبوعين في المدينة التي يرأس مجلسها الجماعي رئيس الحكومة عزيز أخنوش، وقد رافقها استنفار أمني مكثف في محيط المستشفى.
كما عرفت الاحتجاجات، المتواصلة إلى حدود مساء اليوم، تدخلات أمنية لتفريق المتظاهرين، فيما شدد المحتجون على ضرورة تدخل عاجل من الجهات المسؤولة لإنقاذ الوضع وتحسين جودة الرعاية الصحية.
وكان عدد من الفاعلين قد دقوا ناقوس الخطر، خلال الأسابيع القليلة الماضية، بشأن تتابع حالات الوفاة في المستشفى وتدهور الخدمات داخل هذا المرفق الحيوي.
""", [
    ev("agadir-protest", "تعيش مدينة أكادير غليانًا شعبيًا اليوم الأحد 14 شتنبر", "2025-09-14", "'اليوم الأحد 14 شتنبر' = Sun 14 Sep 2025"),
    ev("police-dispersal", "تدخلات أمنية لتفريق المتظاهرين", "2025-09-14", "no own expression ('المتواصلة إلى حدود مساء اليوم' = the evening of Sun 14 Sep 2025)"),
    ev("rising-tension", "توتر اجتماعي يتصاعد منذ أسبوعين", "2025-08-31", "'منذ أسبوعين' before Sun 14 Sep = from about Sun 31 Aug up to the protest (my span)", end="2025-09-15"),
])
art(S, "https://almaghrebnews.com/%d9%88%d8%b2%d9%8a%d8%b1-%d8%a7%d9%84%d8%b5%d8%ad%d8%a9-%d9%8a%d8%b9%d9%81%d9%8a-%d8%a7%d9%84%d9%85%d8%af%d9%8a%d8%b1%d8%a9-%d8%a7%d9%84%d8%ac%d9%87%d9%88%d9%8a%d8%a9-%d9%88%d8%a7%d9%84%d9%85%d8%b3",
    "2025-09-16", "no stamp or URL date in the stored page: fixed by the body's 'صباح اليوم الثلاثاء' / 'صبيحة اليوم' for the minister's visit, which followed the protest of 'يوم الأحد 14 شتنبر 2025' (16 Sep 2025 was a Tuesday; other reports: the visit of 'الثلاثاء 16 شتنبر 2025'); headline rendered from the truncated URL slug; the truncated last sentence (police trying to disperse) dropped", False, """
وزير الصحة يعفي المديرة الجهوية والمسؤول الإقليمي للصحة بأكادير
أقدم وزير الصحة والحماية الاجتماعية أمين التهراوي، صباح اليوم الثلاثاء، على إعفاء كل من المديرة الجهوية للصحة بجهة سوس ماسة والمسؤول الإقليمي لقطاع الصحة بعمالة أكادير إداوتنان، إثر زيارته الميدانية للمستشفى الجهوي الحسن الثاني.
وجاء هذا القرار بعد أيام قليلة من إعفاء مدير المستشفى الجهوي نفسه، استنادا إلى تقرير مفصل أنجزته لجنة وزارية أوفدتها الوزارة إلى المؤسسة الصحية، مباشرة بعد نشر مقالات صحفية وتنظيم وقفة احتجاجية أمام المستشفى، احتجاجا على ما وصفته فعاليات محلية بالوضعية الكارثية للمرفق الصحي الذي تجاوز عمره نصف قرن.
وبحسب متابعين، كشفت زيارة الوزير صبيحة اليوم غياب المسؤولة الجهوية والمسؤول الإقليمي عن الوفد الرسمي المرافق، وهو ما عكس عمليا توجها حازما نحو التغيير، إذ صرح التهراوي للصحافة: “سنحرص على ضخ دماء جديدة في مناصب المسؤولية جهويا وإقليميا”.
وكان محيط مستشفى الحسن الثاني بمدينة أكادير قد شهد، يوم الأحد 14 شتنبر 2025، وقفة احتجاجية شارك فيها العشرات من المواطنين تعبيرا عن رفضهم لتدهور الأوضاع الصحية في أحد أكبر المراكز الاستشفائية بجهة سوس ماسة.
""", [
    ev("regional-dismissals", "صباح اليوم الثلاثاء، على إعفاء كل من المديرة الجهوية للصحة", "2025-09-16", "'صباح اليوم الثلاثاء' = Tue 16 Sep 2025"),
    ev("minister-visit", "إثر زيارته الميدانية للمستشفى الجهوي الحسن الثاني", "2025-09-16", "no own expression in the clause; the visit of the morning of Tue 16 Sep 2025 ('صبيحة اليوم')"),
    ev("director-dismissed", "بعد أيام قليلة من إعفاء مدير المستشفى الجهوي نفسه", DISMISSAL[0], "'بعد أيام قليلة من' before Tue 16 Sep; other reports put it on the visit day itself: my span 12-16 Sep 2025", end=DISMISSAL[1]),
    ev("agadir-protest", "يوم الأحد 14 شتنبر 2025، وقفة احتجاجية", "2025-09-14", "'يوم الأحد 14 شتنبر 2025' = Sun 14 Sep 2025"),
])
art(S, "https://akhabir.com/%d8%a5%d8%b9%d9%81%d8%a7%d8%a1%d8%a7%d8%aa-%d8%a8%d8%a7%d9%84%d8%ac%d9%85%d9%84%d8%a9-%d9%84%d9%85%d8%b3%d8%a4%d9%88%d9%84%d9%8a%d9%86-%d9%81%d9%8a-%d9%82%d8%b7%d8%a7%d8%b9-%d8%a7%d9%84%d8%b5%d8%ad",
    "2025-09-17", "page stamp '17 سبتمبر، 2025' under the byline (kept as first line, the site's menu, the crawl date 'السبت, مارس 21, 2026' and the repeated headline dropped); 17 Sep 2025 was a Wednesday, the day after the minister's visit; the truncated last word ('الاستعج...') cut to the complete clause; the minister's quote shortened to its first clause", True, """
17 سبتمبر، 2025
إعفاءات بالجملة لمسؤولين في قطاع الصحة بأكادير بعد احتجاجات المواطنين على ما أسموه “مستشفى الموت”
أُعفي مدير المستشفى الجهوي الحسن الثاني بمدينة أكادير من مهامه، ومعه مجموعة من المسؤولين في المندوبية الإقليمية والمديرية الجهوية للصحة لسوس ماسة.
وصدر الإعفاء عن أمين التهراوي، وزير الصحة والحماية الاجتماعية، عقب زيارته إلى المستشفى نفسه، إثر احتجاجات المواطنين أمامه، وهو الاحتجاج الذي حظي باهتمام واسع على منصات التواصل الاجتماعي ويتعلق بتردي الخدمات في هذا المستشفى.
وأكد الوزير في تصريحات للصحافة أنه جرى تشكيل لجنة مركزية “تشتغل منذ أسبوع داخل المستشفى”، بهدف تقديم حلول جديدة وتفعيل الحلول الاستعجالية.
""", [
    ev("director-dismissed", "أُعفي مدير المستشفى الجهوي الحسن الثاني بمدينة أكادير من مهامه", DISMISSAL[0], "no own expression; after the visit of Tue 16 Sep (this article) or a few days before it (almaghrebnews): my span 12-16 Sep 2025", end=DISMISSAL[1]),
    ev("minister-visit", "عقب زيارته إلى المستشفى نفسه", "2025-09-16", "no own expression; the minister's visit of Tue 16 Sep 2025 (other reports)"),
    ev("agadir-protest", "إثر احتجاجات المواطنين أمامه", "2025-09-14", "no own expression; the protest of Sun 14 Sep 2025"),
    ev("central-committee", "تشتغل منذ أسبوع داخل المستشفى", "2025-09-09", "'منذ أسبوع' said on Tue 16 Sep = from about Tue 9 Sep up to the visit (my span)", end="2025-09-17"),
])
art(S, "https://kawalisserif.com/2025/09/19/%d8%a7%d9%84%d9%81%d8%b1%d9%82%d8%a9-%d8%a7%d9%84%d9%88%d8%b7%d9%86%d9%8a%d8%a9-%d8%aa%d8%ad%d9%82%d9%82-%d9%81%d9%8a-%d9%85%d8%b3%d8%aa%d8%b4%d9%81%d9%89-%d8%a7%d9%84%d9%85%d9%88%d8%aa-%d8%a8",
    "2025-09-19", "date in the URL '/2025/09/19/' (a Friday); headline rendered from the (truncated) URL slug; the truncated last sentence ('كما أقر ا...') dropped; no date in the text", False, """
الفرقة الوطنية تحقق في “مستشفى الموت” بأكادير
فتحت الفرقة الوطنية للشرطة القضائية تحقيقاتها في الاختلالات والوفيات المسجلة بمستشفى الحسن الثاني بأكادير، الذي يُعرف إعلاميا بـ“مستشفى الموت”، على خلفية تقرير “أسود” أنجزته لجنة وزارية زارت المركز الاستشفائي بعد احتجاجات شارك فيها مئات المواطنين. وأشار التقرير إلى معاناة حقيقية سببها اختلالات بنيوية ووظيفية أثرت بشكل كبير في جودة الخدمات الصحية، ولا سيما في قسم الولادة الذي عرف وفاة ثماني نساء خلال شهر واحد.
وترمي التحقيقات الوطنية إلى تحديد المسؤوليات ومحاسبة كل من يثبت تورطه في هذه الاختلالات، سواء تعلقت بتغيب الأطر الطبية والتمريضية أو بضعف التجهيزات الأساسية والأجهزة الحيوية، مثل جهاز السكانير الذي يكون في الغالب معطلا. كما شملت الإجراءات الحكومية إعفاء مدير المستشفى وعدد من المسؤولين في المندوبية الإقليمية والمديرية الجهوية، وتعيين فرق جديدة لتسيير المركز الاستشفائي الجهوي، مع التزام بإحالة المتورطين على لجنة تأديبية لاتخاذ العقوبات القانونية اللازمة.
وأكد وزير الصحة والحماية الاجتماعية، أمين التهراوي، أن الوزارة أطلقت عملية دقيقة لجمع المعطيات حول الوفيات الأخيرة في قسم الولادة، مع رفع الملفات إلى النيابة العامة بعد انتهاء التحقيقات.
""", [
    ev("police-investigation", "فتحت الفرقة الوطنية للشرطة القضائية تحقيقاتها", "2025-09-16", "no own expression; opened after the visit of Tue 16 Sep and reported by Fri 19 Sep (my span)", end="2025-09-20"),
    ev("agadir-protest", "بعد احتجاجات شارك فيها مئات المواطنين", "2025-09-14", "no own expression; the protest of Sun 14 Sep 2025"),
    ev("director-dismissed", "إعفاء مدير المستشفى وعدد من المسؤولين", DISMISSAL[0], "no own expression; my span 12-16 Sep 2025 (see the other articles)", end=DISMISSAL[1]),
])

# ---------------------------------------------------------------- palestine-pfizer-vaccine-swap-2021
S = "palestine-pfizer-vaccine-swap-2021"
art(S, "https://palinfo.com/news/2021/06/18/258821",
    "2021-06-18", "date in the URL '/news/2021/06/18/' (a Friday) and the body's 'اليوم الجمعة (18-6)'; the crawl date 'الأحد 04/مايو/2025' and the repeated headline dropped; the truncated last paragraph (the Hebrew site 0404) dropped; no date line kept", False, """
السلطة تلغي اتفاقًا مع الاحتلال حول لقاحات كورونا لعدم صلاحيتها
أصدر رئيس وزراء السلطة الفلسطينية محمد اشتية، مساء الجمعة، توجيها بإلغاء الاتفاق المبرم مع الجانب الإسرائيلي حول لقاحات فايزر المضادة لفيروس “كورونا” فوراً.
وبيّنت وزيرة الصحة الفلسطينية مي الكيلة، في تصريح مقتضب، أن “الطواقم المختصة، وجدت أن اللقاحات التي تسلمناها اليوم من الجانب الإسرائيلي لم تكن مطابقة للمواصفات؛ لذلك قررت الحكومة إعادتها”.
وكان مكتب رئيس الوزراء الإسرائيلي نفتالي بينيت قد أعلن في وقت سابق اليوم الجمعة (18-6) أن حكومة الاحتلال والسلطة الفلسطينية اتفقتا على صفقة لتبادل لقاحات كورونا.
وبموجب الصفقة تسلّم السلطات الإسرائيلية السلطة الفلسطينية أكثر من مليون جرعة لقاح توشك صلاحيتها على الانتهاء.
وتُعد هذه الجرعات بمثابة قرض يحل محل اللقاحات التي كان مقررا أن تنقلها شركة “فايزر” في الربع الأول من عام 2022، وعليه تنقل “إسرائيل” اللقاحات الآن ثم تتسلم لاحقا اللقاحات التي كانت مخصصة للفلسطينيين، لضمان عدم حدوث نقص في اللقاحات.
""", [
    ev("deal-cancelled", "أصدر رئيس وزراء السلطة الفلسطينية محمد اشتية، مساء الجمعة، توجيها بإلغاء الاتفاق", "2021-06-18", "'مساء الجمعة' = the evening of Fri 18 Jun 2021"),
    ev("first-shipment", "اللقاحات التي تسلمناها اليوم من الجانب الإسرائيلي", "2021-06-18", "'اليوم' (the minister's, on Friday) = Fri 18 Jun 2021"),
    ev("swap-announced", "قد أعلن في وقت سابق اليوم الجمعة (18-6)", "2021-06-18", "'اليوم الجمعة (18-6)' = Fri 18 Jun 2021"),
    ev("pfizer-q1-2022", "في الربع الأول من عام 2022", "2022-01-01", "'في الربع الأول من عام 2022' = Jan-Mar 2022 (the Pfizer deliveries due to the PA)", end="2022-04-01"),
])
art(S, "https://albawaba24.com/post/9033/الحكومة-الفلسطينية-تلغي-صفقة-تبادل-لقاحات-كورونا-وتوضح-التفاصيل",
    "2021-06-18", "no stamp or URL date in the stored page: fixed by the body's 'مساء اليوم الجمعة' for the cancellation, which was on Fri 18 Jun 2021 (the Israeli announcement and the PA's reversal of that day); the outlet tags 'البوابة 24', 'فلسطين - البوابة 24' and the caption 'ارشيفية' dropped; the minister's long quote turned into reported speech", False, """
الحكومة الفلسطينية تلغي صفقة تبادل لقاحات كورونا وتوضح التفاصيل
ألغت الحكومة الفلسطينية، مساء اليوم الجمعة، صفقة تبادل اللقاحات الخاصة بفيروس كورونا مع إسرائيل لأنها غير مطابقة للمواصفات.
وأوضح الناطق باسم الحكومة الفلسطينية إبراهيم ملحم، في مؤتمر صحفي حضرته وزيرة الصحة، أن رئيس الحكومة الدكتور محمد اشتية أوعز بإلغاء الاتفاق.
وقالت وزيرة الصحة الدكتورة مي الكيلة إن شركة فايزر عرضت على الوزارة وجود مليون جرعة في إسرائيل بعد أن أنهت الأخيرة تطعيم مواطنيها، مؤكدة أن الفلسطينيين لم يشتروا من إسرائيل ولم يتعاملوا معها في ذلك، وأن الاتفاقية جاءت بها شركة فايزر التي كانت الوسيط في التوقيع النهائي بين الطرفين الإسرائيلي والفلسطيني، بهدف الوصول إلى المناعة الجماعية بشكل أسرع.
وأضاف ملحم أن الفحوصات التي وصلت من الجانب الإسرائيلي بيّنت عدم سلامة اللقاحات، فقررت الحكومة عدم تسلمها.
وأوضح أن رئيس الحكومة قرر الإيعاز بإلغاء الاتفاق مع الجانب الإسرائيلي حول لقاحات فايزر فورا وإعادة الكمية التي جرى تسلمها.
وتابع ملحم: "الحكومة ترفض تلقي لقاحات قاربت صلاحيتها على الانتهاء".
""", [
    ev("deal-cancelled", "ألغت الحكومة الفلسطينية، مساء اليوم الجمعة، صفقة تبادل اللقاحات", "2021-06-18", "'مساء اليوم الجمعة' = the evening of Fri 18 Jun 2021"),
    ev("press-conference", "في مؤتمر صحفي حضرته وزيرة الصحة", "2021-06-18", "no own expression; the government's press conference of the evening of Fri 18 Jun 2021"),
    ev("first-shipment", "وإعادة الكمية التي جرى تسلمها", "2021-06-18", "no own expression; the first batch was received on Fri 18 Jun 2021 (palinfo: 'تسلمناها اليوم')"),
])
art(S, "https://paltimeps.ps/post/299222/%D8%AD%D8%B3%D9%8A%D9%86-%D8%A7%D9%84%D8%B4%D9%8A%D8%AE-%D9%87%D9%88-%D9%85%D9%86-%D8%A3%D8%AF%D8%A7%D8%B1-%D8%B5%D9%81%D9%82%D8%A9-%D8%A7%D9%84%D9%84%D9%82%D8%A7%D8%AD%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D9%86%D8%AA%D9%87%D9%8A%D8%A9-%D9%85%D8%B9-%D8%A5%D8%B3%D8%B1%D8%A7%D8%A6%D9%8A%D9%84",
    "2021-06-19", "no stamp or URL date in the stored page: fixed by the body's 'والجمعة' for the Israeli statement and 'مساء أمس' for the PA's cancellation (Fri 18 Jun 2021), so Sat 19 Jun 2021 (the Haaretz report on Hussein al-Sheikh); headline rendered from the URL slug; no date of its own in the text", False, """
حسين الشيخ هو من أدار صفقة اللقاحات المنتهية مع إسرائيل
كشفت صحيفة "هآرتس" العبرية أن رئيس هيئة الشؤون المدنية التابعة للسلطة الفلسطينية، حسين الشيخ، هو من تولى إدارة "صفقة اللقاحات" وكان المسؤول عن الاتفاق الذي أُبرم.
والجمعة، أعلنت حكومة الاحتلال في بيان أنها اتفقت مع السلطة الفلسطينية على تحويل نحو مليون جرعة من لقاحات فيروس كورونا توشك صلاحيتها على الانتهاء، على أن تحصل في المقابل على الكمية نفسها من الشركة المصنعة نهاية العام الجاري.
من جهتها، أعلنت الحكومة الفلسطينية في رام الله، مساء أمس، إلغاء الصفقة بعدما تبين أنها لا تطابق المواصفات الواردة في الاتفاق.
ومنذ الكشف عنها، باتت صفقة اللقاحات حديث الشارع الفلسطيني ومنصات التواصل الاجتماعي.
وهاجم مغردون السلطة الفلسطينية، معتبرين ما يجري "عبثا بالأرواح" وتقديما لمزيد من التنازلات المجانية وشرعنة متزايدة للاحتلال.
""", [
    ev("swap-announced", "والجمعة، أعلنت حكومة الاحتلال في بيان", "2021-06-18", "'والجمعة' = Fri 18 Jun 2021"),
    ev("deal-cancelled", "مساء أمس، إلغاء الصفقة", "2021-06-18", "'مساء أمس' before Sat 19 = the evening of Fri 18 Jun 2021"),
    ev("public-debate", "باتت صفقة اللقاحات حديث الشارع الفلسطيني", "2021-06-18", "'ومنذ الكشف عنها' = from Fri 18 Jun up to the publication day (my span)", end="2021-06-20"),
])
art(S, "https://www.newsinline.net/2021/06/21/%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D9%88%D8%B2%D8%B1%D8%A7%D8%A1-%D8%A7%D9%84%D9%81%D9%84%D8%B3%D8%B7%D9%8A%D9%86%D9%8A-%D8%A7%D8%B4%D8%AA%D9%8A%D9%87-%D9%86%D8%B4%D8%B1-%D8%A7%D9%84%D8%A7%D8%AA/",
    "2021-06-21", "date in the URL '/2021/06/21/' and the stamp 'kholoud21 يونيو 2021آخر تحديث' (kept as first line, without the byline); 21 Jun 2021 was a Monday, the cabinet session that formed the inquiry committee (a later report: 'بقرار من مجلس حكومة رام الله، بتاريخ 21/06/2021'); the stored text is one headline-like run of clauses, re-worded into sentences; the tag 'الاخبار العاجلة' dropped", True, """
21 يونيو 2021
اشتية: نشر اتفاق اللقاحات وتشكيل لجنة تحقيق مستقلة
أعلن رئيس الوزراء الفلسطيني محمد اشتية نشر الاتفاق الذي وقعته وزارة الصحة، وتشكيل لجنة مستقلة للتحقيق في ما جرى برئاسة رئيس الهيئة المستقلة لحقوق الإنسان عمار دويك.
وأوضح اشتية أن المطاعيم اشتُريت من شركة فايزر ودُفع ثمنها من خزينة الدولة، وأن الاتفاق مع الشركة قضى بأن تُتسلم الكميات مما هو متوفر لديها في إسرائيل.
وأضاف أن وزارة الصحة الإسرائيلية ماطلت في تسليم الدفعة الأولى، وعندما تسلمها الفلسطينيون كانت صلاحيتها تشارف على الانتهاء، فأعيدت فورا.
وأكد أنه لن يطرأ أي تغيير على برنامج تقديم المطاعيم في جميع المراكز الصحية المنتشرة في المحافظات، معتبرا أن فلسطين، والحمد لله، من أوائل دول العالم التي بدأت بالتعافي.
""", [
    ev("agreement-published", "أعلن رئيس الوزراء الفلسطيني محمد اشتية نشر الاتفاق الذي وقعته وزارة الصحة", "2021-06-21", "no own expression in the body; Mon 21 Jun 2021 (the cabinet session, the URL day)"),
    ev("committee-formed", "وتشكيل لجنة مستقلة للتحقيق في ما جرى", "2021-06-21", "no own expression; the committee was formed by cabinet decision of 21/06/2021 (the committee's own later statement)"),
    ev("first-shipment", "وعندما تسلمها الفلسطينيون", "2021-06-18", "no own expression; the first batch received on Fri 18 Jun 2021"),
    ev("doses-returned", "فأعيدت فورا", "2021-06-18", "no own expression; returned right after the cancellation of Fri 18 Jun evening (my span 18-19 Jun)", end="2021-06-20"),
])

# ---------------------------------------------------------------- lebanon-mps-vaccination-scandal-2021
S = "lebanon-mps-vaccination-scandal-2021"
art(S, "https://diwanfm.net/news/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85/%D8%A7%D9%84%D8%A8%D9%86%D9%83-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A-%D9%8A%D9%87%D8%AF%D8%AF-%D8%A8%D8%AA%D8%B9%D9%84%D9%8A%D9%82-%D8%AA%D9%85%D9%88%D9%8A%D9%84-%D8%AD%D9%85%D9%84%D8%A9-%D8%A7%D9%84%D8%AA%D8%B7%D8%B9%D9%8A%D9%85-%D8%B6%D8%AF-%D9%83%D9%88%D9%81%D9%8A%D8%AF-19-%D9%81%D9%8A-%D9%84%D8%A8%D9%86%D8%A7%D9%86",
    "2021-02-23", "page stamp ':تحديث 23 21:03 2021 فيفري' (23 Feb 2021, 21:03; kept, re-ordered, as first line) and the body's 'اليوم الثلاثاء' (23 Feb 2021 was a Tuesday); the site's 'most read' box (a March 2026 holiday notice), the image name, the caption and the author line dropped", True, """
تحديث 23 فيفري 2021 21:03
البنك الدولي يهدد بتعليق تمويل حملة التطعيم ضد كوفيد 19 في لبنان
لوّح البنك الدولي بتعليق تمويل حملة التطعيم للوقاية من مرض كوفيد-19 في لبنان، وهي في أسبوعها الثاني، بعدما تبين أن عددا من النواب سيتلقون جرعاتهم داخل البرلمان اليوم الثلاثاء، بحسب وكالة رويترز للأنباء.
وجاءت تصريحات البنك الدولي في ظل تنامي الإحباط لدى بعض السكان والأطباء من بطء حملة التطعيم واحتمال انطوائها على مخالفات.
ويُذكر أن لبنان تسلم، في 13 فيفري الجاري، الدفعة الأولى من لقاح فايزر-بيونتيك، التي ضمت نحو 28 ألف جرعة، بمساعدة البنك الدولي الذي أعلن أنه سيراقب العملية لضمان وصول اللقاحات إلى الأشد حاجة إليها.
ويشار إلى أن لبنان تلقى السبت 20 فيفري 2021 الدفعة الثانية من اللقاحات المضادة لفيروس كورونا، قادمة من بلجيكيا، ضمن برنامج التطعيم الذي أطلقته وزارة الصحة في 14 فيفري الجاري.
""", [
    ev("wb-threat", "لوّح البنك الدولي بتعليق تمويل حملة التطعيم", "2021-02-23", "no own expression in the clause; Kumar's tweet of Tue 23 Feb 2021 ('اليوم الثلاثاء' in the sentence, the stamp)"),
    ev("mps-vaccinated", "سيتلقون جرعاتهم داخل البرلمان اليوم الثلاثاء", "2021-02-23", "'اليوم الثلاثاء' = Tue 23 Feb 2021"),
    ev("first-batch", "في 13 فيفري الجاري، الدفعة الأولى", "2021-02-13", "'في 13 فيفري الجاري' = Sat 13 Feb 2021"),
    ev("second-batch", "السبت 20 فيفري 2021 الدفعة الثانية", "2021-02-20", "'السبت 20 فيفري 2021' = Sat 20 Feb 2021"),
    ev("campaign-launch", "الذي أطلقته وزارة الصحة في 14 فيفري الجاري", "2021-02-14", "'في 14 فيفري الجاري' = Sun 14 Feb 2021"),
])
art(S, "https://www.almasryalyoum.com/news/details/2267105",
    "2021-02-23", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الثلاثاء' for the World Bank's threat and 'اليوم' for the MPs' jabs in parliament, both Tue 23 Feb 2021 (Reuters); the subscription line and the truncated last sentence (an MP's remarks) dropped; no date of its own in the text", False, """
هدد البنك الدولي اليوم الثلاثاء بتعليق تمويله، البالغ ملايين الدولارات، لحملة التطعيم للوقاية من مرض كوفيد-19 في لبنان، بسبب عدم التزام السياسيين بالترتيب المقرر.
وأتت تصريحات البنك الدولي مع تصاعد إحباط اللبنانيين من بطء حملة التطعيمات واحتمال أن تشوبها مخالفات.
وذكر سياسيون ووسائل إعلام محلية أن بعض أعضاء مجلس النواب تلقوا اللقاح في مقر المجلس اليوم، مع أنه لا توجد ضرورة تمنحهم أولوية في ذلك.
وكتب المدير الإقليمي للبنك الدولي ساروج كومار جها على تويتر أن البنك قد يعلق تمويل اللقاحات ودعم التصدي لكوفيد-19 في أنحاء لبنان كافة إذا تأكدت المخالفة، معتبرا أن ذلك يخرق الخطة الوطنية المتفق عليها للتطعيم العادل.
وأضاف: «أناشد الجميع، أعني الجميع، وبغض النظر عن منصبكم، أن تسجلوا أسماءكم وتنتظروا دوركم».
وأتاحت إعادة تخصيص البنك الدولي مبلغ 34 مليون دولار للبنان تسلّم أول دفعتين تضمان نحو 60 ألف جرعة من فايزر-بيونتيك هذا الشهر، وقال البنك إنه سيراقب توزيع اللقاح، محذرا من المحسوبية في بلد قادت فيه عقود من الهدر الحكومي والفساد إلى انهيار مالي حاد.
""", [
    ev("wb-threat", "هدد البنك الدولي اليوم الثلاثاء بتعليق تمويله", "2021-02-23", "'اليوم الثلاثاء' = Tue 23 Feb 2021"),
    ev("mps-vaccinated", "تلقوا اللقاح في مقر المجلس اليوم", "2021-02-23", "'اليوم' = Tue 23 Feb 2021"),
    ev("two-batches", "تسلّم أول دفعتين تضمان نحو 60 ألف جرعة من فايزر-بيونتيك هذا الشهر", "2021-02-13", "'هذا الشهر' = February 2021; the two batches of Sat 13 and Sat 20 Feb (my span)", end="2021-02-21"),
])
art(S, "https://mubasher.aljazeera.net/news/2021/2/24/%D9%84%D8%A7-%D9%84%D9%84%D9%88%D8%A7%D8%B3%D8%B7%D8%A9-%D9%8A%D8%AA%D8%B5%D8%AF%D8%B1-%D9%81%D9%8A-%D9%84%D8%A8%D9%86%D8%A7%D9%86-%D8%A8%D8%B9%D8%AF-%D8%AA%D9%84%D9%82%D9%8A",
    "2021-02-24", "date in the URL '/news/2021/2/24/' (a Wednesday, the day after the jabs in parliament of Tue 23 Feb); headline rendered from the (truncated) URL slug; the embedded English tweet dropped and Kumar's Arabic tweet turned into reported speech; no date in the text", False, """
لا للواسطة.. وسم يتصدر في لبنان بعد تلقي نواب اللقاح
اشتعلت مواقع التواصل غضبا في لبنان بعد تداول أنباء عن تلقي عدد من نواب البرلمان اللقاح المضاد لفيروس كورونا، وتصدّر وسم (#لا للواسطة) تأكيدا لوجوب التزام الجميع بأدوارهم وتطعيم الفئات الأشد حاجة أولا.
ونقلت وسائل إعلام لبنانية عن الأمين العام لمجلس النواب عدنان ضاهر أن 16 نائبا حصلوا على اللقاح بحضور فريق من وزارة الصحة والصليب الأحمر اللبناني.
وشدد ضاهر على أن أسماء النواب الذين تلقوا اللقاح معلنة على الصفحة الرسمية، وأنهم طُعّموا بحسب الفئة العمرية بعدما حان دورهم.
وعلى إثر هذه الأنباء، حذر البنك الدولي من احتمال تجميد الأموال المخصصة للقاحات في لبنان إذا تأكد من الخروقات المسجلة مؤخرا.
وكتب المدير الإقليمي لدائرة المشرق في البنك الدولي ساروج كومار عبر تويتر أن ما جرى لا يتماشى مع الخطة الوطنية المتفق عليها مع البنك، وأنه سيسجل الانتهاك لشروط التطعيم العادل والمنصف، داعيا الجميع إلى التسجيل وانتظار دورهم.
""", [
    ev("mps-vaccinated", "أن 16 نائبا حصلوا على اللقاح", "2021-02-23", "no own expression; the jabs in parliament of Tue 23 Feb 2021"),
    ev("hashtag-trend", "وتصدّر وسم (#لا للواسطة)", "2021-02-23", "no own expression; trending from Tue 23 Feb up to the publication day (my span)", end="2021-02-25"),
    ev("wb-threat", "حذر البنك الدولي من احتمال تجميد الأموال المخصصة للقاحات", "2021-02-23", "no own expression; Kumar's tweet of Tue 23 Feb 2021"),
])
art(S, "https://satv.ma/%d9%81%d8%b6%d9%8a%d8%ad%d8%a9-%d9%83%d9%88%d8%b1%d9%88%d9%86%d8%a7-%d9%81%d9%8a-%d9%84%d8%a8%d9%86%d8%a7%d9%86-%d9%88%d8%a7%d9%84%d8%a8%d9%86%d9%83-%d8%a7%d9%84%d8%af%d9%88%d9%84%d9%8a.html",
    "2021-02-24", "no stamp or URL date in the stored page: fixed by the body's 'أمس' for the jabs in parliament and 'أمس الثلاثاء' for Daher's statement (Tue 23 Feb 2021), so Wed 24 Feb 2021; the tag 'صوت العدالة – وكالات' and the truncated end of Bizri's quote ('إنه محاول...') dropped; the quote kept as a quote (its 'اليوم' is the speaker's Tuesday); no date of its own in the text", False, """
سبق 16 نائباً في البرلمان اللبناني المواطنين إلى تلقي لقاح «كورونا» داخل مجلس النواب أمس، ما أثار موجة من الانتقادات السياسية والسخط الشعبي بلغت أصداؤها البنك الدولي، الذي هدد على لسان مديره الإقليمي ساروج كومار جاه بتعليق الدعم المالي لحملة التلقيح إذا ثبت «خرق» الخطة المتفق عليها لتلقيح «عادل ومنصف».
وأكد الأمين العام لمجلس النواب عدنان ضاهر أمس الثلاثاء أن 16 نائباً، إلى جانب أربعة موظفين في البرلمان ممن تخطت أعمارهم الـ75 عاماً، تلقوا اللقاح داخل مقر المجلس. كما أعلنت الرئاسة اللبنانية أن الرئيس ميشال عون والسيدة الأولى ناديا عون تلقيا اللقاح ضد «كورونا» مع عشرة من أعضاء الفريق اللصيق والملازم للرئيس «الذين سجلوا أسماءهم وفقا للأصول على المنصة الخاصة بالتلقيح».
وتحولت القضية إلى ما يشبه الفضيحة، إذ عبّر اللبنانيون عن رفضهم لتلقي النواب اللقاح وخرق البروتوكول المعتمد في ما يخص «الأولويات»، لأن بعض النواب الذين طُعّموا، وهم يمثلون أغلب الكتل السياسية الرئيسية في البلاد، لم يبلغوا سن الـ75 بعد.
وقال رئيس اللجنة الوطنية للقاح كورونا، عبد الرحمن البزري، في مؤتمر صحافي: «ما حصل اليوم خرق لا نستطيع السكوت عنه».
""", [
    ev("mps-vaccinated", "إلى تلقي لقاح «كورونا» داخل مجلس النواب أمس", "2021-02-23", "'أمس' before Wed 24 = Tue 23 Feb 2021"),
    ev("wb-threat", "الذي هدد على لسان مديره الإقليمي", "2021-02-23", "no own expression; Kumar's threat of Tue 23 Feb 2021"),
    ev("aoun-vaccinated", "أن الرئيس ميشال عون والسيدة الأولى ناديا عون تلقيا اللقاح", "2021-02-23", "no own expression; the presidency's announcement of the same Tuesday, 23 Feb 2021"),
    ev("bizri-conference", "في مؤتمر صحافي", "2021-02-23", "no own expression (the quoted 'اليوم' is the speaker's); Bizri's press conference of Tue 23 Feb 2021"),
])

# ---------------------------------------------------------------- egypt-matariya-doctors-assembly-2016
S = "egypt-matariya-doctors-assembly-2016"
art(S, "https://www.masress.com/tahrirnews/3381279",
    "2016-02-11", "no stamp or URL date in the stored page (a masress copy of al-Tahrir): fixed by the body's 'اليوم الخميس' for the release of the nine policemen and 'غدًا الجمعة' for the doctors' emergency assembly, held on Fri 12 Feb 2016: so Thu 11 Feb 2016; the site's running ticker dropped; the truncated last clause (the compulsory-training law) dropped; no headline in the stored text", False, """
أصدرت نيابة شرق القاهرة الكلية، اليوم الخميس، قرارا بإخلاء سبيل 9 أمناء شرطة من قسم المطرية بضمان محل إقامتهم، في الاتهامات الموجهة إليهم بالاعتداء على أطباء مستشفى المطرية (موظفين عموميين)، بعدما كانت النيابة قد احتجزتهم، أمس، 24 ساعة على ذمة التحريات.
ويأتي قرار إخلاء سبيل المتهمين قبل ساعات قليلة من انعقاد الجمعية العمومية الطارئة والحاشدة التي دعت إليها نقابة الأطباء غدًا الجمعة، احتجاجا على ما وصفته بـ"الإهانات" التي لحقت بعدد من الأطباء في مستشفى المطرية على أيدي عدد من أمناء الشرطة بقسم المطرية.
وحددت النقابة جدول الجمعية بمناقشة حوادث الاعتداء المتكررة على الأطباء وإعداد قانون يشدد عقوبات التعدي على المستشفيات، مؤكدة أنه في حال عدم توجيه اتهامات رسمية للمتورطين في "واقعة المطرية" ستُبحث سبل التصعيد وصولا إلى الإضراب.
وقال الدكتور رشوان شعبان، الأمين المساعد للنقابة، إن أعضاء النقابة لا يسعون إلى التصعيد لذاته، وإنما يريدون أن يأخذ العدل مجراه، موضحا أنه إذا تأكد تحريك الدعوى الجنائية فعليا وتوجيه اتهامات رسمية لأمناء الشرطة، فإن الجمعية العمومية ستتناول سبل تأمين المستشفيات وتفعيل شرطة المستشفيات.
""", [
    ev("police-released", "اليوم الخميس، قرارا بإخلاء سبيل 9 أمناء شرطة", "2016-02-11", "'اليوم الخميس' = Thu 11 Feb 2016"),
    ev("police-detained", "قد احتجزتهم، أمس، 24 ساعة", "2016-02-10", "'أمس' before Thu 11 = Wed 10 Feb 2016"),
    ev("assembly", "الجمعية العمومية الطارئة والحاشدة التي دعت إليها نقابة الأطباء غدًا الجمعة", "2016-02-12", "'غدًا الجمعة' = Fri 12 Feb 2016"),
    ev("matariya-assault", "التي لحقت بعدد من الأطباء في مستشفى المطرية", "2016-01-28", "no own expression; the assault at dawn on Thu 28 Jan 2016 (other articles)"),
])
art(S, "https://arabi21.net/storyamp/887231/%D8%A3%D8%B7%D8%A8%D8%A7%D8%A1-%D9%85%D8%B5%D8%B1-%D9%85%D8%B4-%D8%AD%D9%86%D8%A8%D9%8A%D8%B9-%D9%85%D8%B4-%D8%AD%D9%86%D8%B3%D9%8A%D8%A8-%D9%85%D8%B5%D8%B1-%D8%AA%D8%B6%D9%8A%D8%B9-%D9%81%D9%8A%D8%AF%D9%8A%D9%88",
    "2016-02-12", "no stamp or URL date in the stored page: fixed by the body's 'بعد ظهر الجمعة' for the doctors gathering at Dar al-Hikma and 'الجمعة' for the decisions still expected (the assembly of Fri 12 Feb 2016), with 'فجر الخميس 28 كانون الثاني/ يناير الماضي' for the assault; headline rendered from the URL slug; the truncated last sentence ('وجاء في بيان ص...') dropped; no date of its own in the text", False, """
أطباء مصر: مش حنبيع.. مش حنسيب مصر تضيع
تدفق مئات الأطباء على "نقابة الأطباء" في دار الحكمة بالقاهرة بعد ظهر الجمعة، للمشاركة في الجمعية العمومية التي دعت إليها النقابة لبحث أزمة اعتداء أمناء الشرطة على مستشفى المطرية العام.
وهتف المشاركون في الجمعية العمومية بعدة شعارات، منها "مش هنسلم مش هنبيع مش هنسيب مصر تضيع".
ويُنتظر أن تتخذ نقابة الأطباء الجمعة عدة قرارات تصعيدية ردا على الاعتداءات المتكررة على المستشفيات والأطباء، وآخرها حادثة مستشفى المطرية.
وترجع واقعة مستشفى المطرية إلى اقتحام عدد من أمناء الشرطة التابعين لقسم المطرية، فجر الخميس 28 كانون الثاني/ يناير الماضي، بوابة استقبال المستشفى، حيث ضربوا طبيبين ونائبا إداريا أثناء أداء عملهم، فضلا عن سبهم وإهانتهم وتهديدهم بالأسلحة النارية والتنكيل بهم أمام المرضى والشهود، وذلك كله بسبب رفض أطباء المستشفى كتابة تقرير طبي مخالف للحقيقة بشأن إصابة أمين شرطة.
وطالب الأطباء بالإسراع في إنهاء التحقيقات مع أمناء الشرطة المعتدين وتقديمهم إلى المحاكمة، واتخاذ كل التدابير القانونية الأخرى لوقف الاعتداءات المتكررة على الفريق الصحي، من أطباء وهيئة تمريض، في أقسام الاستقبال بجميع أماكن تقديم الرعاية الصحية.
""", [
    ev("assembly", "تدفق مئات الأطباء على \"نقابة الأطباء\" في دار الحكمة بالقاهرة بعد ظهر الجمعة", "2016-02-12", "'بعد ظهر الجمعة' = the afternoon of Fri 12 Feb 2016"),
    ev("assembly-decisions", "أن تتخذ نقابة الأطباء الجمعة عدة قرارات تصعيدية", "2016-02-12", "'الجمعة' = Fri 12 Feb 2016 (decisions expected that day)"),
    ev("matariya-assault", "فجر الخميس 28 كانون الثاني/ يناير الماضي، بوابة استقبال المستشفى", "2016-01-28", "'فجر الخميس 28 كانون الثاني/ يناير الماضي' = dawn of Thu 28 Jan 2016"),
])
art(S, "https://www.alaraby.co.uk/society/2016/2/12/%D8%A7%D8%AD%D8%AA%D8%B4%D8%A7%D8%AF-%D8%A3%D8%B7%D8%A8%D8%A7%D8%A1-%D9%85%D8%B5%D8%B1-%D9%81%D9%8A-%D8%B9%D9%85%D9%88%D9%85%D9%8A%D8%A9-%D8%B6%D8%AF-%D8%A7%D8%B9%D8%AA%D8%AF%D8%A7%D8%A1-%D8%A7%D9%84%D8%B4%D8%B1%D8%B7%D8%A9",
    "2016-02-12", "date in the URL '/society/2016/2/12/' and the stamp '12 فبراير 2016' under the headline (kept as first line); 12 Feb 2016 was a Friday, the day of the assembly; the repeated headline, the caption and the font buttons dropped; the truncated list of supporters cut after Ahdaf Soueif", True, """
12 فبراير 2016
احتشاد أطباء مصر في "عمومية" ضد اعتداء الشرطة
اكتمل النصاب القانوني للجمعية العمومية الطارئة لنقابة أطباء مصر قبل إغلاق باب التسجيل، متجاوزا المطلوب بنحو ثلاثة أضعاف، إذ توافد المئات من الأطباء والمتضامنين مع النقابة إلى مقرها في "دار الحكمة" منذ العاشرة صباحاً.
وكانت نقابة أطباء مصر قد دعت جميع المتضامنين معها إلى التوجه إلى مقر النقابة من العاشرة حتى الواحدة ظهرا، إلى حين بدء أعمال الجمعية العمومية الطارئة. وأعلنت لجنة تنظيم الجمعية العمومية اكتمال النصاب القانوني بعد أقل من ساعة على فتح باب التسجيل، إذ تخطى عدد الأطباء الحاضرين 3600 طبيب.
ودعت النقابة إلى الجمعية العمومية الطارئة تحت شعار "يوم الكرامة"، للتصويت على الإجراءات التصعيدية التي ستتخذها ردا على اعتداء أفراد من الشرطة على طبيبين في مستشفى المطرية التعليمي، في 28 يناير/كانون الثاني الماضي.
ومنذ الصباح الباكر، قصد عدد كبير من الشخصيات العامة والسياسية والنقابية والحزبية والحقوقية مقر النقابة للتضامن مع مطالب جمعيتها العمومية الطارئة، ومن بينهم الكاتبة أهداف سويف.
""", [
    ev("assembly", "إذ توافد المئات من الأطباء والمتضامنين مع النقابة إلى مقرها في \"دار الحكمة\" منذ العاشرة صباحاً", "2016-02-12", "no day word; 'منذ العاشرة صباحاً' of the stamp day, Fri 12 Feb 2016"),
    ev("quorum-reached", "وأعلنت لجنة تنظيم الجمعية العمومية اكتمال النصاب القانوني", "2016-02-12", "no own expression; within the hour after registration opened on Fri 12 Feb 2016"),
    ev("matariya-assault", "على طبيبين في مستشفى المطرية التعليمي، في 28 يناير/كانون الثاني الماضي", "2016-01-28", "'في 28 يناير/كانون الثاني الماضي' = Thu 28 Jan 2016"),
    ev("supporters-arrive", "قصد عدد كبير من الشخصيات العامة والسياسية", "2016-02-12", "'ومنذ الصباح الباكر' of Fri 12 Feb 2016"),
])

# ---------------------------------------------------------------- yemen-sanaa-leukemia-drug-deaths-2022
S = "yemen-sanaa-leukemia-drug-deaths-2022"
INJECTION = ("2022-09-21", "2022-10-01")   # 'نهاية شهر سبتمبر الماضي': the last ten days of September 2022 (my span)
art(S, "https://cp.slaati.com/2022/10/11/p2132892.html/",
    "2022-10-11", "date in the URL '/2022/10/11/' (a Tuesday; parallel reports give the toll of 18 'حتى مساء الاثنين', 10 Oct); no headline in the stored text; no date in the text", False, """
ارتفع عدد الوفيات بين أطفال سرطان الدم في العاصمة اليمنية صنعاء، الخاضعة لسيطرة ميليشيا الحوثي الإرهابية، إلى 18 حالة وفاة، بسبب حقنهم بدواء كيميائي منتهي الصلاحية.
وكشفت مواقع إخبارية محلية، نقلا عن مصادر، أن أكثر من 40 طفلاً من مرضى سرطان الدم في وحدة اللوكيميا التابعة لمركز الأورام، الواقعة في فناء مستشفى الكويت، حُقنوا نهاية شهر سبتمبر الماضي بدواء “ميثوتركسيت” منتهي الصلاحية.
وأشارت المواقع إلى أن السلطات الطبية التابعة للحوثيين تسترت على الحادثة عقب ظهور الأعراض على الأطفال.
""", [
    ev("toll-18", "إلى 18 حالة وفاة", "2022-10-10", "no own expression; the toll of 18 reached 'حتى مساء الاثنين' (Mon 10 Oct, parallel reports) and reported on Tue 11 (my span)", end="2022-10-12"),
    ev("injection", "حُقنوا نهاية شهر سبتمبر الماضي", INJECTION[0], "'نهاية شهر سبتمبر الماضي' = the end of September 2022 (my span: 21-30 Sep)", end=INJECTION[1]),
    ev("cover-up", "تسترت على الحادثة عقب ظهور الأعراض على الأطفال", INJECTION[0], "no own expression; from the injection at the end of September up to the publication day (my span)", end="2022-10-12"),
])
art(S, "https://dailysabah.com/arabic/arab-world/2022/10/14/دواء-ملوث-يودي-بحياة-أطفال-من-مرضى-السرطان-في-اليمن",
    "2022-10-14", "date in the URL '/2022/10/14/' (a Friday) with the body's 'مساء الخميس' for the Houthi ministry's statement of Thu 13 Oct 2022 (AFP); headline rendered from the URL slug; no date of its own in the text", False, """
دواء ملوث يودي بحياة أطفال من مرضى السرطان في اليمن
توفي عشرة أطفال على الأقل من مرضى سرطان الدم في أحد مستشفيات العاصمة اليمنية بعد حقنهم بدواء ملوث ومهرّب من الخارج، بحسب ما أفادت السلطات المحلية ومصادر طبية.
وذكرت وزارة الصحة في حكومة الحوثيين غير المعترف بها دوليا، في بيان مساء الخميس، أن 19 طفلا في مستشفى الكويت مصابين بسرطان الدم، تتراوح أعمارهم بين 3 و15 سنة، أصيبوا بمضاعفات بعد تلقيهم دواء هُرّب إلى صيدلية خاصة.
وأوضحت أن عشرة من هؤلاء الأطفال توفوا، بينما لا يزال طفل واحد "في حالة حرجة للغاية" ويعاني ثمانية أطفال "مضاعفات خفيفة".
وأضافت الوزارة أن تحقيقاتها كشفت تلوثا بكتيريا في عبوات الدواء المستخدم.
وأفاد مصدر طبي مسؤول في صنعاء بأن الدواء كان منتهي الصلاحية وأن الأطفال فارقوا الحياة "إثر الحقن مباشرة"، مرجحا أن يكون عدد الوفيات أعلى مما أعلنته السلطات بالنظر إلى وجود "50 طفلا في الوحدة ذاتها".
وأدت الحرب في اليمن إلى انهيار القطاع الصحي ومقتل أكثر من 377 ألف شخص، بينهم أكثر من عشرة آلاف طفل، وفق تقرير للأمم المتحدة، ويُرجح أن تكون الأعداد الحقيقية أعلى بكثير.
""", [
    ev("ministry-statement", "في بيان مساء الخميس", "2022-10-13", "'مساء الخميس' = the evening of Thu 13 Oct 2022"),
    ev("injection", "بعد حقنهم بدواء ملوث ومهرّب من الخارج", INJECTION[0], "no own expression; the injections at the end of September 2022 (my span)", end=INJECTION[1]),
])
art(S, "https://magalnet.com/post/amp/4107",
    "2022-10-14", "no stamp or URL date in the stored page: fixed by the body's 'أمس الخميس' for the Houthi ministry's statement of Thu 13 Oct 2022 (AFP: 'مساء الخميس'), so Fri 14 Oct 2022; the rubric 'أخبار' and the related teaser 'موضوع يهمك?' dropped; the sub-heading 'حقن 19 طفلاً' dropped; no date of its own in the text", False, """
الحوثيون يعترفون.. مقتل 25 طفلا بحقنة الموت في صنعاء
أقرت ميليشيا الحوثي بوفاة عشرة أطفال من مرضى السرطان بعد حقنهم بأدوية مهربة منتهية الصلاحية، وذلك بعد أكثر من ثلاثة أسابيع على الحادثة.
وقد أثارت الحادثة سخطا شعبيا واسعا، فيما أشارت المعلومات إلى أن عدد الوفيات تجاوز 18 طفلاً من بين 45 طفلاً جرى حقنهم، بحسب ما أوردته مصادر طبية وإعلامية متطابقة.
وأعلنت وزارة الصحة في حكومة ميليشيا الحوثي غير المعترف بها دولياً، أمس الخميس، "وفاة عشرة أطفال من المصابين بأورام الدم تتراوح أعمارهم بين 3 و15 سنة".
وأكدت الوزارة الحوثية كذلك أن "19 طفلاً تم حقنهم بأدوية مهربة في مستشفى الكويت بصنعاء"، مشيرة إلى أن "نتائج التحقيق أفضت إلى اكتشاف تلوث بكتيري في عبوات الدواء المستخدم".
يُشار إلى أن ميليشيا الحوثي تجعل من مناطق سيطرتها سوقا للأدوية المهربة والفاسدة التي تديرها قياداتها، وتجني منها ثراء فاحشا عبر تهريب الأدوية المغشوشة والمتاجرة بها، ما يهدد حياة آلاف المرضى.
""", [
    ev("ministry-statement", "وأعلنت وزارة الصحة في حكومة ميليشيا الحوثي غير المعترف بها دولياً، أمس الخميس", "2022-10-13", "'أمس الخميس' = Thu 13 Oct 2022"),
    ev("injection", "بعد أكثر من ثلاثة أسابيع على الحادثة", INJECTION[0], "'بعد أكثر من ثلاثة أسابيع' before Thu 13 Oct = before about 22 Sep; the injections at the end of September 2022 (my span)", end=INJECTION[1]),
])
art(S, "https://asianewslb.com/?page=article&id=134041",
    "2022-10-15", "page stamp '2022.10.15 - 10:18' under the headline (kept as first line; the share/print buttons dropped); 15 Oct 2022 was a Saturday; body 'الجمعة 14 أكتوبر/تشرين الأول 2022' for the AFP report and 'مسا ء الخميس' (the source's stray space, kept) for the ministry's statement agree; the truncated last clause dropped", True, """
2022.10.15 - 10:18
10 أطفال يمنيين مصابين بالسرطان يلقون حتفهم بأحد المستشفيات
أعلنت السلطات المحلية اليمنية وفاة عشرة أطفال على الأقل من مرضى سرطان الدم في أحد مستشفيات العاصمة صنعاء، بعد حقنهم بدواء "ملوث" و"مهرّب" من الخارج.
وقال مصدر طبي إن الدواء كان منتهي الصلاحية وإن الأطفال توفوا "إثر الحقن مباشرة"، لافتا إلى أن عدد الوفيات قد يفوق ما أعلنته السلطات، بحسب ما نشرته وكالة "فرانس برس" في تقرير لها الجمعة 14 أكتوبر/تشرين الأول 2022.
وفي السياق نفسه، ذكرت وزارة الصحة في حكومة الحوثيين، في بيان، مسا ء الخميس، أن عشرة أطفال على الأقل من مرضى سرطان الدم توفوا في أحد مستشفيات العاصمة اليمنية الخاضعة لسيطرة الحوثيين، بعدما حُقنوا بدواء "ملوث" و"مهرّب" من الخارج.
ويعاني اليمن نقصا كبيرا في الأدوية والمعدات الطبية بسبب الحرب المستمرة منذ 2014 بين الحكومة المدعومة من تحالف عسكري بقيادة السعودية والحوثيين الذين يسيطرون على صنعاء ومناطق واسعة.
وأضافت وزارة الصحة أن 19 طفلاً في مستشفى الكويت مصابين بسرطان الدم، تتراوح أعمارهم بين 3 و15 سنة، "تعرّضوا لمضاعفات إثر تلقيهم دواء تم تهريبه إلى صيدلية خاصة".
""", [
    ev("afp-report", "في تقرير لها الجمعة 14 أكتوبر/تشرين الأول 2022", "2022-10-14", "'الجمعة 14 أكتوبر/تشرين الأول 2022' = Fri 14 Oct 2022"),
    ev("ministry-statement", "ذكرت وزارة الصحة في حكومة الحوثيين، في بيان، مسا ء الخميس", "2022-10-13", "'مسا ء الخميس' (sic) = the evening of Thu 13 Oct 2022"),
    ev("injection", "بعدما حُقنوا بدواء \"ملوث\" و\"مهرّب\" من الخارج", INJECTION[0], "no own expression; the injections at the end of September 2022 (my span)", end=INJECTION[1]),
    ev("war-since-2014", "الحرب المستمرة منذ 2014", "2014-01-01", "'منذ 2014' = the war began in 2014 (the year)", end="2015-01-01"),
])

# ---------------------------------------------------------------- iraq-diwaniya-maternity-fire-2024
S = "iraq-diwaniya-maternity-fire-2024"
art(S, "https://baghdadtoday.news/239641-اختناق-21-طفلا-جرّاء-حريق-مستشفى-الولادة-في-الديوانية.html",
    "2024-01-08", "page stamp 'أمن | 8-01-2024, 19:06' (kept, without the rubric, as first line) and the body's 'اليوم الإثنين (8 كانون الثاني 2024)'; 8 Jan 2024 was a Monday; the ticker 'آخر الأخبار', the font buttons and the byline 'بغداد اليوم- بغداد' dropped", True, """
8-01-2024, 19:06
اختناق 21 طفلا جرّاء حريق مستشفى الولادة في الديوانية
أعلن نائب عن محافظة الديوانية، اليوم الإثنين (8 كانون الثاني 2024)، تسجيل 21 حالة اختناق بين الأطفال بسبب الحريق الذي اندلع في مستشفى النسائية والأطفال في المحافظة.
وقال باسم الغرابي، في بيان تلقته "بغداد اليوم"، إن الموقف حتى الآن يشير إلى تسجيل 21 حالة اختناق للأطفال من دون أي حالة وفاة جراء حريق مستشفى النسائية والأطفال في الديوانية.
وأضاف أن الراقدين نُقلوا إلى مستشفى الحسين (ع) والمستشفى العام.
وكان حريق قد شب مساء اليوم في مستشفى النسائية والأطفال في محافظة الديوانية.
""", [
    ev("suffocation-cases", "تسجيل 21 حالة اختناق بين الأطفال", "2024-01-08", "'اليوم الإثنين (8 كانون الثاني 2024)' = Mon 8 Jan 2024"),
    ev("evacuation", "أن الراقدين نُقلوا إلى مستشفى الحسين (ع) والمستشفى العام", "2024-01-08", "no own expression; the evacuation on the evening of the fire, Mon 8 Jan 2024"),
    ev("hospital-fire", "وكان حريق قد شب مساء اليوم", "2024-01-08", "'مساء اليوم' = the evening of Mon 8 Jan 2024"),
])
art(S, "https://elmadanews.com/security/ارتفاع-حصيلة-حريق-مستشفى-الولادة-بالد",
    "2024-01-08", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الإثنين' for the security source's toll, the night of the fire (Mon 8 Jan 2024: Baghdad Today's stamped report of 19:06 and the minister's statement of 'مساء الإثنين'); headline rendered from the (truncated) URL slug; the last sentence cut at its truncated end; no date of its own in the text", False, """
ارتفاع حصيلة حريق مستشفى الولادة بالديوانية
أفاد مصدر أمني في العراق اليوم الإثنين بأن حصيلة الحريق الذي نشب في مستشفى الولادة بمحافظة الديوانية ارتفعت إلى وفاة ثلاثة أطفال وإصابة أكثر من ٣٠ شخصا بالاختناق، إلى جانب ثلاثة مرضى من كبار السن.
وأعلن النائب عن الديوانية باسم الغرابي استنفار الجهود في مستشفى الإمام الحسين (ع) للأطفال لاستقبال الحالات بعد إخلاء مستشفى النسائية والأطفال، مؤكدا أن الوضع بات تحت السيطرة، في حين وصل وزير الصحة صالح الحسناوي إلى المستشفى للوقوف على تداعيات الحادث وأسبابه.
وقد خلّف الحريق الذي اندلع في مستشفى النسائية والأطفال بمحافظة الديوانية استياء كبيرا في العراق، وأثار موجة من الغضب والحزن في أنحاء البلاد. ويضاف هذا الحادث المأساوي إلى سلسلة من الحوادث الأليمة التي شهدها العراق في الآونة الأخيرة، ما يدفع العراقيين إلى المطالبة بإجراءات صارمة تضمن سلامة المرافق العامة وأمنها، ولا سيما المستشفيات.
ودعت الجهات المعنية وزارة الصحة إلى التحقيق في أسباب الحريق ومحاسبة المسؤولين عن التقصير في الحفاظ على سلامة المرافق والمواطنين.
""", [
    ev("children-deaths", "ارتفعت إلى وفاة ثلاثة أطفال", "2024-01-08", "'اليوم الإثنين' (same sentence) = Mon 8 Jan 2024"),
    ev("evacuation", "بعد إخلاء مستشفى النسائية والأطفال", "2024-01-08", "no own expression; the evening of the fire, Mon 8 Jan 2024"),
    ev("minister-arrives", "وصل وزير الصحة صالح الحسناوي إلى المستشفى", "2024-01-08", "no own expression; the minister was at the hospital on the night of Mon 8 Jan 2024 (his statement of 'مساء الإثنين')"),
    ev("hospital-fire", "وقد خلّف الحريق الذي اندلع في مستشفى النسائية والأطفال", "2024-01-08", "no own expression; the fire of the evening of Mon 8 Jan 2024"),
])
art(S, "https://www.alchourouk.com/index.php/article/%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D9%88%D9%81%D8%A7%D8%A9-4-%D8%A3%D8%B7%D9%81%D8%A7%D9%84-%D9%81%D9%8A-%D8%AD%D8%B1%D9%8A%D9%82-%D8%A8%D9%85%D8%B3%D8%AA%D8%B4%D9%81%D9%89",
    "2024-01-09", "page stamp 'تاريخ النشر : 00:07 - 2024/01/09' under the headline (removed with the repeated headline); 9 Jan 2024 was a Tuesday, minutes after the minister's statement of 'مساء الإثنين'; the minister's quotes turned into reported speech; the truncated last sentence (AFP's earlier quote) dropped; no date of its own in the text", False, """
العراق: وفاة 4 أطفال في حريق بمستشفى
أعلن وزير الصحة العراقي صالح الحسناوي، مساء الإثنين، تشكيل لجان للوقوف على أسباب حريق مستشفى الولادة في محافظة الديوانية، الذي أودى بحياة 4 أطفال.
وقال الحسناوي لوكالة الأنباء العراقية إنه توجه، بناء على توجيهات رئيس الوزراء، إلى موقع حريق مستشفى الديوانية، حيث كان المحافظ ومدير عام الصحة وعدد من النواب والمسؤولين الأمنيين في المحافظة حاضرين أيضا، موضحا أنه التقى الموظفين والشركة العاملة واستمع إلى شهاداتهم.
وأشار إلى أن الحادث أسفر عن وفاة 4 أطفال بسبب الاختناق، مضيفا أن لجانا تحقيقية شُكلت وستباشر عملها الآن استنادا إلى توجيهات رئيس الوزراء لمعرفة أسباب الحريق ومحاسبة المقصرين.
وبيّن أن من بين هذه اللجان لجنة أمنية استخبارية لمعرفة الدوافع، وثانية من الدفاع المدني لتحديد أسباب الحريق، وثالثة إدارية من وزارة الصحة يرأسها مدير عام دائرة التفتيش، على أن تُعلن نتائجها خلال 3 أيام.
وتابع أنه جرى اتخاذ إجراءات إدارية بحق موظفي وزارة الصحة في الديوانية، منها مبدئيا سحب اليد، بانتظار نتائج التحقيق.
""", [
    ev("committees-formed", "أعلن وزير الصحة العراقي صالح الحسناوي، مساء الإثنين، تشكيل لجان", "2024-01-08", "'مساء الإثنين' = the evening of Mon 8 Jan 2024"),
    ev("minister-arrives", "إلى موقع حريق مستشفى الديوانية", "2024-01-08", "no own expression; his visit to the site on the night of Mon 8 Jan 2024"),
    ev("children-deaths", "الحادث أسفر عن وفاة 4 أطفال بسبب الاختناق", "2024-01-08", "no own expression; the deaths in the fire of the evening of Mon 8 Jan 2024"),
    ev("results-due", "على أن تُعلن نتائجها خلال 3 أيام", "2024-01-09", "'خلال 3 أيام' from Mon 8 Jan = by Thu 11 Jan 2024 (scheduled; my span 9-11 Jan)", end="2024-01-12"),
    ev("staff-suspended", "منها مبدئيا سحب اليد", "2024-01-08", "no own expression; the measures announced on the evening of Mon 8 Jan 2024"),
])
art(S, "https://damapost.com/09/01/2024/%d9%85%d8%b5%d8%b1%d8%b9-3-%d8%a3%d8%b7%d9%81%d8%a7%d9%84-%d9%88%d8%a5%d8%b5%d8%a7%d8%a8%d8%a9-30-%d8%a2%d8%ae%d8%b1%d9%8a%d9%86-%d8%ac%d8%b1%d8%a7%d8%a1-%d8%ad%d8%b1%d9%8a%d9%82-%d8%a8%d9%85%d8%b3/31535",
    "2024-01-09", "date in the URL '/09/01/2024/' (day/month/year; 9 Jan 2024 was a Tuesday) and the body's 'اليوم /الثلاثاء/' for the hospital's reopening; headline rendered from the (truncated) URL slug; the ministry statement's own 'اليوم' kept as it stands", False, """
مصرع 3 أطفال وإصابة 30 آخرين جراء حريق بمستشفى في العراق
لقي 3 أطفال حتفهم وأصيب 30 طفلا و3 مراجعين بحالات اختناق بسبب حريق اندلع في مستشفى بمحافظة الديوانية جنوبي العراق.
وذكرت وزارة الصحة العراقية، في بيان لها اليوم نقلته وكالة “واع” العراقية، أن وزير الصحة صالح مهدي الحسناوي، الذي وصل إلى المستشفى للوقوف على أسباب الحريق الناجم عن حرق نفايات خلف المستشفى وتداعياته، وجّه بإعفاء مدير المستشفى من مهامه وفتح تحقيق في ملابسات الحادث.
وأضاف البيان أن المرضى من النساء والأطفال أُخلوا إلى مستشفى آخر كإجراء احترازي بعد دخول الدخان إلى الردهات إثر اندلاع الحريق، كما فُتحت غرف العمليات في مستشفى الديوانية التعليمي لاستقبال الحالات الطارئة والولادات وإجراء العمليات العاجلة كموقع بديل للمستشفى الذي شهد الحادث.
من جانبه، أكد محافظ الديوانية ميثم الشهد أن فرق الدفاع المدني سيطرت على الحريق، الذي أتى على إحدى قاعات المستشفى، مشيرا إلى أن المستشفى سيعاود العمل اليوم /الثلاثاء/ بشكل طبيعي.
""", [
    ev("children-deaths", "لقي 3 أطفال حتفهم", "2024-01-08", "no own expression; the deaths in the fire of the evening of Mon 8 Jan 2024"),
    ev("director-dismissed", "وجّه بإعفاء مدير المستشفى من مهامه", "2024-01-08", "'في بيان لها اليوم' (the ministry's statement) and the minister's visit on the night of Mon 8 Jan: Mon 8 or Tue 9 Jan 2024 (my span)", end="2024-01-10"),
    ev("evacuation", "أُخلوا إلى مستشفى آخر كإجراء احترازي", "2024-01-08", "no own expression; the evening of the fire, Mon 8 Jan 2024"),
    ev("fire-controlled", "سيطرت على الحريق", "2024-01-08", "no own expression; put out on the evening of Mon 8 Jan 2024"),
    ev("hospital-reopens", "سيعاود العمل اليوم /الثلاثاء/ بشكل طبيعي", "2024-01-09", "'اليوم /الثلاثاء/' = Tue 9 Jan 2024 (announced)"),
])

SETS = ('stories', 'stories2', 'stories3', 'stories4', 'stories5', 'stories6', 'stories7', 'stories8', 'stories9', 'stories10', 'stories11', 'stories12', 'stories13', 'stories14', 'stories15', 'stories16', 'stories17', 'stories18', 'stories19', 'stories20', 'stories21', 'stories22', 'stories23', 'stories24', 'stories25', 'stories26', 'stories27', 'stories28', 'stories29', 'stories30', 'stories31', 'stories32', 'stories33', 'stories34', 'stories35', 'stories36', 'stories37', 'stories38', 'stories39', 'stories40', 'stories41', 'stories42', 'stories43', 'stories44', 'stories45', 'stories46', 'stories47', 'stories48', 'stories49', 'stories50', 'stories51', 'stories52', 'stories53', 'stories54', 'stories55', 'stories56', 'stories57', 'stories58', 'stories59', 'stories60', 'stories61', 'stories62', 'stories63', 'stories64', 'stories65', 'stories66', 'stories67', 'stories68', 'stories69', 'stories70', 'stories71', 'stories72', 'stories73', 'stories74', 'stories75', 'stories76', 'stories77', 'stories78', 'stories79', 'stories80', 'stories81', 'stories82', 'stories83', 'stories84', 'stories85', 'stories86', 'stories87', 'stories88', 'stories89', 'stories90', 'stories91', 'stories92', 'stories93', 'stories94', 'stories95', 'stories96', 'stories97', 'stories98', 'stories99', 'stories100', 'stories101', 'stories102', 'stories103', 'stories104', 'stories105', 'stories106', 'stories107', 'stories108', 'stories109', 'stories110', 'stories111', 'stories112', 'stories113', 'stories114', 'stories115', 'stories116', 'stories117', 'stories118', 'stories119', 'stories120')
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

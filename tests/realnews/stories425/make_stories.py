"""Builds stories.jsonl: the 425-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: pollution and environmental incidents in Arab countries:
oil spills, fish die-offs, red tides, sewage in rivers and beaches, factory leaks, beach closures and the
inquiries that follow.
Stories: the fish die-off in the lake of al-Mujib dam and the tests that followed (Jordan, October 2025), and
the oil spill at the container port of Aqaba whose slicks reached the beaches of Dahab (Jordan / Egypt,
August 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- jordan-mujib-dam-fish-die-off-2025
S = "jordan-mujib-dam-fish-die-off-2025"
DIEOFF = "2025-10-12"                      # the dead fish found by fishermen on the morning of Sun 12 Oct 2025
SAMPLING = ("2025-10-10", "2025-10-15")    # the samples of water and fish: JVA's of Fri 10 Oct ('قبل يومين' on Sun 12) to the results of Tue 14 Oct
art(S, "https://alawalnews.net/uncategorized/104007.html",
    "2025-10-12", "no date line on the stored page; the body's 'صباح الأحد، الموافق 12 أكتوبر 2025' (12 Oct 2025 was a Sunday) and 'حتى لحظة إعداد هذا التقرير' no official statement (the first came late on Sun 12 Oct: alwakeelnews '11:33 م') give Sun 12 Oct 2025; the opening 'الأحد' agrees; headline written from the body (the stored text has none); the inner sub-headings and the '0 تعليق' dropped", False, """
نفوق جماعي للأسماك على ضفاف سد الموجب
نقل مراسل "رؤيا"، الأحد، عن شهود عيان ظهور أعداد كبيرة جدا من الأسماك النافقة على ضفاف سد الموجب، في ظاهرة بيئية مقلقة أثارت استياء الصيادين والمتنزهين في المنطقة.
وبيّنت لقطات مصورة حصلت عليها "رؤيا أخبار" آلاف الأسماك بأحجام مختلفة وهي تغطي مساحات واسعة من شاطئ السد، بينما لم تتضح بعد الأسباب التي أدت إلى هذا النفوق الجماعي.
وبحسب الشهود، فوجئ الصيادون صباح الأحد، الموافق 12 أكتوبر 2025، بالأسماك النافقة منتشرة على امتداد ضفاف السد طولا وعرضا.
وقال أحد الصيادين المحليين في مقابلة مصورة إنه لم ير ظاهرة كهذه بهذا الحجم في السد من قبل.
وحتى لحظة إعداد هذا التقرير، لم تصدر أي جهة رسمية بيانا يشرح أسباب نفوق هذا العدد الكبير من الأسماك.
ويُنتظر أن ترسل الجهات المعنية فرقا متخصصة إلى الموقع لأخذ عينات من المياه ومن الأسماك النافقة وتحليلها في المختبرات، لمعرفة ما إذا كان السبب تلوثا كيميائيا أو نقصا في الأكسجين في المياه أو عوامل بيئية أخرى.
""", [
    ev("fish-die-off", "فوجئ الصيادون صباح الأحد، الموافق 12 أكتوبر 2025", DIEOFF, "'صباح الأحد، الموافق 12 أكتوبر 2025' = Sun 12 Oct 2025"),
    ev("roya-report", "نقل مراسل \"رؤيا\"، الأحد، عن شهود عيان", DIEOFF, "'الأحد' = Sun 12 Oct 2025 (the day of the report)"),
    ev("videos-circulate", "وبيّنت لقطات مصورة حصلت عليها \"رؤيا أخبار\"", DIEOFF, "no own expression; the videos of the dead fish spread on Sun 12 Oct 2025 (alwakeelnews' reply of that night)"),
    ev("lake-sampling", "لأخذ عينات من المياه ومن الأسماك النافقة", SAMPLING[0], "future ('يُنتظر أن ترسل'); the samples of water and fish taken between Fri 10 Oct (JVA, 'قبل يومين' on Sun 12) and the results of Tue 14 Oct 2025 (my span)", end=SAMPLING[1]),
])
art(S, "https://www.alwakeelnews.com/Section_1/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D9%85%D8%AD%D9%84%D9%8A%D8%A9/%D8%A7%D9%84%D9%83%D8%B4%D9%81-%D8%B9%D9%86-%D8%A7%D9%84%D8%B3%D8%A8%D8%A8-%D8%A7%D9%84%D8%AD%D9%82%D9%8A%D9%82%D9%8A-%D9%88%D8%B1%D8%A7%D8%A1-%D9%86%D9%81%D9%88%D9%82-%D8%A7%D9%84%D8%A3%D8%B3%D9%85%D8%A7%D9%83-%D9%81%D9%8A-%D8%B3%D8%AF-%D8%A7%D9%84%D9%85%D9%88%D8%AC%D8%A8_749620",
    "2025-10-12", "page time stamp 'الأحد، 12-10-2025 11:33 م' (kept as second line; 12 Oct 2025 was a Sunday); the site's header date 'الإثنين 2025-10-13 12:43 ص' (the time of viewing) and the tag 'الوكيل الإخباري-' and 'اضافة اعلان' dropped; headline kept from the page (reworded)", True, """
السبب الحقيقي لنفوق الأسماك في سد الموجب يتكشف
الأحد، 12-10-2025 11:33 م
شدد المهندس رائد الصعوب، مساعد الأمين العام لإدارة مصادر المياه للأغوار الجنوبية في سلطة وادي الأردن، على أن مياه سد الموجب مخصصة لأغراض الشرب والزراعة وحدها، نافيا أن تستخدم في أي نشاط منظم لتربية الأسماك.
وأتى توضيح الصعوب ردا على مقاطع فيديو متداولة على منصات التواصل الاجتماعي توثق نفوق كميات من الأسماك في بحيرة السد، مبينا أن هذه الأسماك لم تأت من تربية مقصودة، بل تعيش في البحيرة من بقايا أسماك كانت في حوض الموجب، إضافة إلى ما تحمله مياه الفيضانات الموسمية إلى السد.
وأوضح الصعوب أن نفوق الأسماك يقع ضمن المعدلات الطبيعية، وسببه الانخفاض الحاد في منسوب المياه وارتفاع درجات الحرارة. وأكد أن الفحوصات المخبرية التي أجريت على عينات من مياه البحيرة أثبتت سلامتها وخلوها من أي تلوث.
ودعا الصعوب المواطنين إلى الامتناع عن تداول مقاطع الفيديو والمعلومات المغلوطة قبل الرجوع إلى الجهات المختصة للتحقق منها.
""", [
    ev("jva-statement", "شدد المهندس رائد الصعوب", DIEOFF, "no own expression; the time stamp 'الأحد، 12-10-2025 11:33 م' = Sun 12 Oct 2025"),
    ev("videos-circulate", "ردا على مقاطع فيديو متداولة على منصات التواصل الاجتماعي", DIEOFF, "no own expression; the videos of Sun 12 Oct 2025 (alawalnews: the fish found that morning)"),
    ev("fish-die-off", "توثق نفوق كميات من الأسماك في بحيرة السد", DIEOFF, "no own expression; the die-off found on the morning of Sun 12 Oct 2025 (alawalnews)"),
    ev("lake-sampling", "الفحوصات المخبرية التي أجريت على عينات من مياه البحيرة", SAMPLING[0], "no own expression; JVA's samples 'قبل يومين' of Sun 12 (the environment ministry's statement that night) = Fri 10 Oct, within the sampling span 10-14 Oct 2025", end=SAMPLING[1]),
])
art(S, "https://alrai.com/article/10923961/%D9%85%D8%AD%D9%84%D9%8A%D8%A7%D8%AA/%D9%88%D8%B2%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D8%A8%D9%8A%D8%A6%D8%A9-%D8%A7%D9%84%D9%88%D8%B6%D8%B9-%D9%81%D9%8A-%D8%B3%D8%AF-%D8%A7%D9%84%D9%85%D9%88%D8%AC%D8%A8-%D8%B7%D8%A8%D9%8A%D8%B9%D9%8A-%D9%88%D9%84%D8%A7-%D9%85%D8%A4%D8%B4%D8%B1%D8%A7%D8%AA-%D8%B9%D9%84%D9%89-%D9%88%D8%AC%D9%88%D8%AF-%D8%AA%D9%84%D9%88%D8%AB",
    "2025-10-13", "page line 'تاريخ النشر : الاثنين 09:43 13-10-2025' (kept; 13 Oct 2025 was a Monday); the body's 'اليوم الاثنين' agrees; headline kept from the page (reworded); 'No Image' and the page's widget code dropped", True, """
وزارة البيئة: لا مؤشرات على تلوث في سد الموجب والوضع طبيعي
تاريخ النشر : الاثنين 09:43 13-10-2025
أعلنت وزارة البيئة أنها مستمرة في اتخاذ إجراءات فورية للتعامل مع نفوق عدد من الأسماك في سد الموجب بالتنسيق مع كل الجهات المعنية، لافتة إلى أنها جمعت "عينات طارئة" من مياه السد لفحصها في مختبرات الجمعية العلمية الملكية والعقبة الدولية، على أن تعلن نتائج التحاليل حال صدورها.
وذكرت الوزارة في بيان اليوم الاثنين أن كوادرها أجرت جولات ميدانية مكثفة أمس واليوم شملت كل مداخل السد ومخارجه ومحيطه، وأخذت خلالها عينات إضافية من المياه، موضحة أن نتائج الجولات بيّنت أن الوضع البيئي في السد طبيعي جدا، وأنه لم تُرصد أي مؤشرات أو روائح غير معتادة تدل على تلوث.
وبيّنت أنها رصدت عددا محدودا من الأسماك النافقة الصغيرة، وجمعت عينات منها لإخضاعها للفحوصات المخبرية اللازمة، مؤكدة أنها ستنشر نتائج التحاليل فور صدورها، حرصا على سلامة النظام البيئي في السد وجودة مياهه.
""", [
    ev("fish-die-off", "للتعامل مع نفوق عدد من الأسماك في سد الموجب", DIEOFF, "no own expression; the die-off found on Sun 12 Oct 2025 (alawalnews)"),
    ev("lake-sampling", "جمعت \"عينات طارئة\" من مياه السد", SAMPLING[0], "no own expression; the emergency samples of Sun 12 - Mon 13 Oct, within the sampling span 10-14 Oct 2025", end=SAMPLING[1]),
    ev("environment-statement-monday", "وذكرت الوزارة في بيان اليوم الاثنين", "2025-10-13", "'اليوم الاثنين' = Mon 13 Oct 2025 (date line)"),
    ev("field-tours", "أجرت جولات ميدانية مكثفة أمس واليوم", DIEOFF, "'أمس واليوم' in a statement of Mon 13 Oct = Sun 12 - Mon 13 Oct 2025", end="2025-10-14"),
])
art(S, "https://watananews.com/485625/",
    "2025-10-14", "no date line in the stored text; the page's date 2025-10-14 (the corpus' date of the page) and the body's 'الثلاثاء' give Tue 14 Oct 2025 (the ministry's statement of that Tuesday, alrai 'الثلاثاء 11:29 14-10-2025'); headline written from the body (the stored text has none); the source tag 'وطنا اليوم:' dropped; no date of its own in the text", False, """
المياه: الفحوصات تثبت سلامة مياه سد الموجب وخلوها من التلوث
أكدت وزارة المياه والري، ممثلة بسلطة وادي الأردن، الثلاثاء، أن كل الفحوصات المخبرية والمؤشرات الحيوية لمياه سد الموجب أثبتت أنها سليمة ومطابقة للمعدلات الطبيعية، نافية وجود أي تلوث في بحيرة السد.
وذكرت الوزارة في بيان أن عينات من المياه أُخذت على مدار عدة أيام بواسطة عدة جهات متخصصة، منها مختبرات سلطة وادي الأردن ومختبرات الجمعية العلمية الملكية ووزارة البيئة.
وبينت نتائج الفحوصات كلها أن المياه ضمن المعدل الطبيعي، وأنه لا شيء يشير إلى وجود ملوثات.
وأشار البيان إلى أن المؤشرات الحيوية التي رصدتها كوادر سلطة وادي الأردن بالتعاون مع وزارة البيئة جاءت كلها مطمئنة، إذ شوهدت كميات من الأسماك تسبح بشكل طبيعي في بحيرة السد، وهو دليل قوي على غياب أي تلوث يؤثر في الحياة المائية.
وتفقدت الفرق المختصة كذلك كل الأودية التي تغذي بحيرة سد الموجب، ولم تجد أي ظواهر أو علامات تدل على مصادر تلوث محتملة.
""", [
    ev("water-ministry-statement", "أكدت وزارة المياه والري، ممثلة بسلطة وادي الأردن، الثلاثاء", "2025-10-14", "'الثلاثاء' = Tue 14 Oct 2025"),
    ev("lake-sampling", "أن عينات من المياه أُخذت على مدار عدة أيام", SAMPLING[0], "'على مدار عدة أيام' before Tue 14 Oct = the samples of Fri 10 - Tue 14 Oct 2025 (my span)", end=SAMPLING[1]),
    ev("fish-seen-swimming", "إذ شوهدت كميات من الأسماك تسبح بشكل طبيعي", "2025-10-12", "no own expression; the observations of the JVA and ministry teams between Sun 12 and Tue 14 Oct 2025 (my span)", end="2025-10-15"),
    ev("valleys-inspected", "وتفقدت الفرق المختصة كذلك كل الأودية", "2025-10-12", "no own expression; the inspection of the feeding valleys before the statement of Tue 14 Oct 2025 (my span 12-14 Oct)", end="2025-10-15"),
])

# ---------------------------------------------------------------- jordan-aqaba-container-port-oil-spill-2022
S = "jordan-aqaba-container-port-oil-spill-2022"
SPILL = "2022-08-14"                       # the oil at the container-port quay of Aqaba, noticed on the morning of Sun 14 Aug 2022
CLEANUP = ("2022-08-14", "2022-08-16")     # the removal expected 'خلال الساعات المقبلة' from Sun 14 Aug
art(S, "https://sputnikarabic.ae/amp/20220814/%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86-%D8%A7%D9%84%D9%83%D8%B4%D9%81-%D8%B9%D9%86-%D9%85%D8%B5%D8%AF%D8%B1-%D8%AA%D9%84%D9%88%D8%AB-%D9%85%D8%AD%D8%AF%D9%88%D8%AF-%D8%A8%D9%85%D8%A7%D8%AF%D8%A9-%D8%B2%D9%8A%D8%AA%D9%8A%D8%A9-%D9%81%D9%8A-%D8%B1%D8%B5%D9%8A%D9%81-%D9%85%D9%8A%D9%86%D8%A7%D8%A1-%D8%AD%D8%A7%D9%88%D9%8A%D8%A7%D8%AA-%D8%A7%D9%84%D8%B9%D9%82%D8%A8%D8%A9-1066384733.html",
    "2022-08-14", "date in the URL '/20220814/' (14 Aug 2022 was a Sunday); the body's 'اليوم الأحد' agrees; headline kept from the page (reworded); the photo caption, the 'Sputnik' tag, the inserted link to another story and 'مناقشة' dropped", True, """
الأردن.. تحديد مصدر تلوث محدود بمادة زيتية عند رصيف ميناء حاويات العقبة
أصيب رصيف ميناء حاويات العقبة في الأردن، اليوم الأحد، بتلوث محدود جراء بقعة زيتية.
وأوضح مفوض البيئة والسياحة في سلطة منطقة العقبة الاقتصادية الخاصة، الدكتور نضال المجالي، أن أعمال التحقق أظهرت أن مصدر المادة الزيتية، بصورة مبدئية، سفينة من السفن المهيأة للاصطفاف، بحسب وكالة "عمون" الأردنية.
وأضاف أن "معالجة التلوث ما زالت جارية، وهو محصور في جزء من أحد أطراف أرصفة ميناء الحاويات، إلى جانب عدد من البقع الصغيرة المساحة التي تتحرك في البحر نحو الشاطئ الجنوبي".
وشدد المجالي على أن "العمل متواصل بأقصى درجات الجاهزية والتشاركية لمنع إلحاق الضرر بالحياة البحرية والتجمعات المرجانية، نظرا لصغر البقع المنتشرة التي تتحرك بسرعة مع حركة الموج نحو الجنوب".
ورجح المجالي أن تزال جميع آثار التلوث خلال الساعات المقبلة، مع مواصلة المراقبة للتخلص من البقع الصغيرة المتناثرة.
""", [
    ev("container-port-spill", "أصيب رصيف ميناء حاويات العقبة في الأردن، اليوم الأحد", SPILL, "'اليوم الأحد' = Sun 14 Aug 2022 (URL date)"),
    ev("source-ship-identified", "أن مصدر المادة الزيتية، بصورة مبدئية، سفينة", SPILL, "no own expression; the check of Sun 14 Aug 2022 (the same statement)"),
    ev("aqaba-cleanup", "معالجة التلوث ما زالت جارية", SPILL, "present ('ما زالت جارية') in the statement of Sun 14 Aug 2022"),
    ev("slicks-drift-south", "البقع الصغيرة المساحة التي تتحرك في البحر نحو الشاطئ الجنوبي", SPILL, "present, in the statement of Sun 14 Aug 2022"),
    ev("traces-removed", "أن تزال جميع آثار التلوث خلال الساعات المقبلة", CLEANUP[0], "'خلال الساعات المقبلة' from Sun 14 Aug = Sun 14 - Mon 15 Aug 2022 (my span)", end=CLEANUP[1]),
])
art(S, "https://hashtagsyria.com/الأردن-يكشف-عن-مصدر-تلوث-محدود-بمادة-زي",
    "2022-08-14", "no date line on the stored page; the body's 'اليوم الأحد' with 'في شهر حزيران/ يونيو الماضي' for the Aqaba chlorine leak of Mon 27 Jun 2022 gives a Sunday of the second half of 2022, and the report is the Ammon statement of Sun 14 Aug 2022 (sputnik's URL date); headline rendered from the URL slug (reworded); the Telegram line and the last, truncated quotation of the prime minister dropped; no date of its own in the text", False, """
الأردن يكشف مصدر تلوث محدود بمادة زيتية
شهد رصيف ميناء حاويات العقبة الأردني، اليوم الأحد، تلوثا محدودا ببقعة زيتية.
وبيّن الدكتور نضال المجالي، مفوض البيئة والسياحة في سلطة منطقة العقبة الاقتصادية الخاصة، أن التحقق كشف أن المادة الزيتية مصدرها المبدئي إحدى السفن المهيئة للاصطفاف، وفق ما نقلته وكالة "عمون" الأردنية.
وأضاف أن "العمل على معالجة التلوث لا يزال مستمرا، وهو يتركز في جزء محصور عند أحد أطراف أرصفة ميناء الحاويات، علاوة على بقع قليلة صغيرة المساحة تتحرك في البحر صوب الشاطئ الجنوبي".
وتوقع المجالي إزالة كل آثار التلوث خلال الساعات المقبلة، مع استمرار المراقبة لرفع البقع الصغيرة المنتشرة.
ووقع في شهر حزيران/ يونيو الماضي حادث تسرب للغاز السام في ميناء العقبة، توفي إثره 13 شخصاً بعد تسرب غاز سام من صهريج في أحد موانئ العقبة، وأصيب العشرات.
""", [
    ev("container-port-spill", "شهد رصيف ميناء حاويات العقبة الأردني، اليوم الأحد", SPILL, "'اليوم الأحد' = Sun 14 Aug 2022"),
    ev("source-ship-identified", "مصدرها المبدئي إحدى السفن المهيئة للاصطفاف", SPILL, "no own expression; the check of Sun 14 Aug 2022"),
    ev("slicks-drift-south", "بقع قليلة صغيرة المساحة تتحرك في البحر صوب الشاطئ الجنوبي", SPILL, "present, in the statement of Sun 14 Aug 2022"),
    ev("traces-removed", "وتوقع المجالي إزالة كل آثار التلوث خلال الساعات المقبلة", CLEANUP[0], "'خلال الساعات المقبلة' from Sun 14 Aug = Sun 14 - Mon 15 Aug 2022 (my span)", end=CLEANUP[1]),
    ev("aqaba-chlorine-leak", "حادث تسرب للغاز السام في ميناء العقبة", "2022-06-27", "'في شهر حزيران/ يونيو الماضي' = the chlorine tank that fell in Aqaba port on Mon 27 Jun 2022 (outside knowledge)"),
])
art(S, "https://cairo.seha24.net/1635396",
    "2022-08-17", "page date line 'الأربعاء 17/أغسطس/2022 - 01:35 م' (kept as second line; 17 Aug 2022 was a Wednesday); the site's header date 'الثلاثاء 26 نوفمبر 2024' (the time of viewing), the weather widget, the photo captions and the last, truncated paragraph on Hurghada dropped; headline kept from the page (reworded)", True, """
تحذيرات من بقع نفط على شاطئ دهب.. ومصدر: لجنة من البيئة لفحص الأسباب
الأربعاء 17/أغسطس/2022 - 01:35 م
كشف مصدر في غرفة سياحة الغوص والأنشطة البحرية المصرية حقيقة ظهور بقع نفط في مياه البحر الأحمر بمنطقة دهب.
وأوضح المصدر، في تصريحات خاصة لـ القاهرة 24، أنه منذ أول أمس رُصدت بقع نفط على ساحل شاطئ مدينة دهب، مبينا أن وزارة البيئة شكلت لجنة في المنطقة للبحث في أسباب وجودها.
وأشار المصدر إلى أن إدارة وزارة البيئة في المنطقة هي الجهة المسؤولة عن فحص أسباب ظهور بقع النفط على شاطئ دهب، لافتا إلى أن غرفة سياحة الغوص والأنشطة البحرية كانت في وقت سابق قد نبهت كل أعضائها إلى الإبلاغ عن أي بقع نفط على السواحل المختلفة، وأوصت كذلك بتجنب السباحة في المناطق التي توجد بها هذه البقع.
""", [
    ev("dahab-slicks-spotted", "منذ أول أمس رُصدت بقع نفط على ساحل شاطئ مدينة دهب", "2022-08-15", "'منذ أول أمس' in an article of Wed 17 Aug 2022 = since Mon 15 Aug"),
    ev("dahab-committee", "وزارة البيئة شكلت لجنة في المنطقة", "2022-08-15", "no own expression; the committee formed after the slicks of Mon 15 and before the report of Wed 17 Aug 2022 (my span)", end="2022-08-18"),
    ev("diving-chamber-warning", "قد نبهت كل أعضائها إلى الإبلاغ عن أي بقع نفط", "2022-08-15", "'في وقت سابق' before Wed 17 Aug; the chamber's bulletin after the slicks of Mon 15 (my span 15-17 Aug 2022)", end="2022-08-18"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 425
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the hundred-and-ninety-fourth evaluation set of real Arabic news stories (several
articles per story, from different outlets, published on different days), bodies re-worded sentence by
sentence, every date/time expression kept verbatim, gold events keyed across each story (same format
and checks as tests/realnews/stories30/make_stories.py). Domain: traffic rules and road safety in the Gulf
(Kuwait's new traffic law taking effect, the UAE police crackdown on reckless driving during the 54th Union
Day celebrations, Abu Dhabi's cut of speed limits on three main roads). None of these stories is in the dev
set, the other tests/realnews/* or data/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- kuwait-new-traffic-law-2025
S = "kuwait-new-traffic-law-2025"
LAW_ISSUED = ("2025-01-01", "2025-04-21")  # decree-law No. 5 of 2025, issued in 2025 before 20 Apr (my bounded span)
art(S, "https://www.arabkhabar.com/a/4501257",
    "2025-04-20", "page stamp 'تاريخ النشر: 20th, April 2025 GMT' under the headline (kept as first line); 20 Apr 2025 was a Sunday; the body's 'خلال يومين' agrees with the start of Tue 22 Apr; CSS residue, related links ('أخبار متعلقة ...') and the truncated table row end dropped", True, """
تاريخ النشر: 20th, April 2025 GMT
قبل سريانها.. احذر ارتكاب هذه المخالفات المرورية خلال زيارتك للكويت
أعلنت وزارة الداخلية في دولة الكويت أنها أصدرت قانون المرور الجديد الذي يتضمن جملة من التعديلات والقرارات.
وتهدف التعديلات الصارمة التي سيجري تطبيقها خلال يومين إلى خفض معدلات الحوادث المرورية وردع السائقين المتهورين، وإلى حماية أرواح المواطنين والمقيمين وتعزيز الالتزام بقواعد السلامة المرورية، وفي ما يلي أبرز التعديلات والعقوبات والغرامات.
أبرز تعديلات العقوبات في قانون المرور الجديد: مخالفات عقوبتها 150 د.ك
ومن هذه المخالفات استخدام المركبة الآلية في الاستعراض أو السباق أو القيادة بطريقة متهورة، وقيمة أمر الصلح فيها 150 د.ك، أما بعد إحالتها إلى المحكمة فالعقوبة هي الحبس مدة لا تجاوز سنة وغرامة لا تقل عن 150 د.ك.
""", [
    ev("law-takes-effect", "التي سيجري تطبيقها خلال يومين", "2025-04-22", "'خلال يومين' from Sun 20 Apr = Tue 22 Apr 2025 (the law's start)"),
    ev("law-issued", "أنها أصدرت قانون المرور الجديد", LAW_ISSUED[0], "no own expression; the amending decree-law No. 5 of 2025 was issued in 2025, before this page (my bounded span)", end=LAW_ISSUED[1]),
])
art(S, "https://www.klyoum.com/u/OP08VC",
    "2025-04-21", "page stamp 'نشر بتاريخ: الأثنين ٢١ نيسان ٢٠٢٥ - ١٧:٠٣' (klyoum's copy of Al-Jarida; kept as first line); 21 Apr 2025 was a Monday; body 'اعتبارا من يوم غد الثلاثاء' agrees; the site's menus, the repeated headline and second stamp, and the truncated last clause dropped", True, """
نشر بتاريخ: الأثنين ٢١ نيسان ٢٠٢٥ - ١٧:٠٣
«الداخلية»: قانون المرور الجديد يُطبَّق غداً.. ولا استثناءات
أعلنت وزارة الداخلية أنها ستبدأ تطبيق قانون المرور الجديد اعتبارا من يوم غد الثلاثاء، بعدما أنجزت كافة الإجراءات التنظيمية والفنية المتعلقة به، حرصاً منها على رفع كفاءة المنظومة المرورية وبلوغ أعلى معدلات السلامة العامة على الطرق.
وذكرت الإدارة العامة للعلاقات والإعلام الأمني في الوزارة أن القانون الجديد يشتمل على حزمة من التعديلات المهمة الرامية إلى الحد من المخالفات المرورية.
""", [
    ev("law-takes-effect", "ستبدأ تطبيق قانون المرور الجديد اعتبارا من يوم غد الثلاثاء", "2025-04-22", "'يوم غد الثلاثاء' after Mon 21 Apr = Tue 22 Apr 2025"),
    ev("ministry-statement", "أعلنت وزارة الداخلية أنها ستبدأ", "2025-04-21", "no own expression; the ministry's statement of Mon 21 Apr 2025 (the stamp)"),
])
art(S, "https://bawabatii.net/print.php?id=326163",
    "2025-04-21", "page stamp '2025/04/21' at the head of the stored print page (removed); 21 Apr 2025 was a Monday and the body's 'غداً الثلاثاء' agrees with the start of Tue 22 Apr; the headline's typo 'غدإ' normalised; the truncated last clause dropped", False, """
الكويت تبدأ غداً تطبيق قانون المرور الجديد وتشدد العقوبة على المخالفين
أعلنت وزارة الداخلية الكويتية أنها ستشرع غداً الثلاثاء في تطبيق قانون المرور الجديد الذي يحمل عقوبات مغلظة على المخالفات المرورية.
وأوضحت في بيان أصدرته اليوم أن الإدارة العامة للمرور ستباشر غدا تطبيق القانون في الميدان عبر نشر الدوريات المرورية وتفعيل أجهزة الرصد والمتابعة، بالتنسيق مع الجهات المعنية، لضمان تطبيقه على الوجه الأمثل وفق الإجراءات القانونية المعتمدة.
وشددت على أن القانون سيطبق على المخالفين من دون استثناء وفق ما نصت عليه التعديلات الجديدة، بما يحقق مبدأ العدالة والمساواة أمام القانون، مبينة أن رجال الأمن زُوّدوا بالتعليمات اللازمة لتطبيقه ضمن أطر مهنية مع احترام حقوق جميع أفراد المجتمع.
ولفتت إلى أن القانون الجديد يتضمن حزمة من التعديلات المهمة الرامية إلى الحد من المخالفات الجسيمة والمتكررة، عبر تغليظ العقوبات على عدد من المخالفات مثل تجاوز الإشارة الضوئية الحمراء وتجاوز الحد الأقصى للسرعة المقررة واستخدام الهاتف النقال باليد أثناء القيادة والقيادة تحت تأثير المسكرات أو المخدرات أو المؤثرات العقلية.
""", [
    ev("law-takes-effect", "ستشرع غداً الثلاثاء في تطبيق قانون المرور الجديد", "2025-04-22", "'غداً الثلاثاء' = Tue 22 Apr 2025"),
    ev("ministry-statement", "في بيان أصدرته اليوم", "2025-04-21", "'اليوم' = Mon 21 Apr 2025 (the publication day)"),
    ev("field-enforcement", "ستباشر غدا تطبيق القانون في الميدان", "2025-04-22", "'غدا' = Tue 22 Apr 2025 (patrols and cameras from the first day; my reading: the start day only)"),
])

# ---------------------------------------------------------------- uae-national-day-traffic-violations-2025
S = "uae-national-day-traffic-violations-2025"
FEST = ("2025-11-28", "2025-12-03")  # the Union Day holiday weekend, Fri 28 Nov - Tue 2 Dec 2025 (my span)
art(S, "https://www.albayan.ae/news/uae/uae-national-day/985313",
    "2025-11-29", "page date '2025-11-29' at the head of the stored text (kept as first line); 29 Nov 2025 was a Saturday, three days before Union Day (Tue 2 Dec); the truncated end of the list of rules dropped", True, """
2025-11-29
دعا العميد جمعة سالم بن سويدان، مدير الإدارة العامة للمرور في شرطة دبي، الجمهور إلى صون المظهر الحضاري وترسيخ ثقافة الالتزام والوعي المروري خلال احتفالات عيد الاتحاد الـ54، بما يعكس الصورة الراقية التي تُعرف بها الدولة.
وأكد العميد جمعة بن سويدان أن التقيد بالتعليمات الصادرة بشأن اشتراطات الاحتفال يكفل انسيابية حركة المرور ويمنع التصرفات الخاطئة والممارسات السلبية، ويتيح الاحتفال بهذه المناسبة الوطنية الغالية بطريقة آمنة تعبر عن حب الوطن، منوهاً بأن شرطة دبي تسعى إلى تحقيق أعلى معدلات السلامة على الطرق وبث الطمأنينة في نفوس مستخدميها.
ودعا مدير الإدارة العامة للمرور في شرطة دبي أفراد الجمهور إلى التقيد بالتعليمات الخاصة باشتراطات الاحتفال بعيد الاتحاد، ومنها عدم استخدام أنواع الرش «الإسبريه» من قبل السائق أو الراكب أو المشاة.
كما تشمل عدم طمس لوحات الأرقام الأمامية أو الخلفية، وعدم كتابة أي عبارات أو وضع ملصقات غير مناسبة على المركبة، وعدم تغيير لونها أو تحميلها أكثر من العدد المقرر، وعدم الخروج من النوافذ وفتحة السقف.
""", [
    ev("bin-suwaidan-call", "دعا العميد جمعة سالم بن سويدان", "2025-11-29", "no own expression; Dubai Police's call of Sat 29 Nov 2025 (the page date)"),
    ev("celebrations", "خلال احتفالات عيد الاتحاد الـ54", FEST[0], "no own expression; the 54th Union Day celebrations, Fri 28 Nov - Tue 2 Dec 2025 (my span)", end=FEST[1]),
])
art(S, "https://www.emaratalyoum.com/local-section/accidents/2025-12-03-1.1993836",
    "2025-12-03", "date in the URL '/2025-12-03-' and page date '2025-12-03' (removed); 3 Dec 2025 was a Wednesday, the day after Union Day; the truncated end of the rule list dropped; no date of its own in the text", False, """
حجزت شرطة دبي 49 سيارة و25 دراجة، وحررت 3153 مخالفة بحق سائقين شباب ارتكبوا مخالفات مرورية خلال احتفالات اليوم الوطني، ودعت أولياء الأمور إلى توعية أبنائهم وتوجيههم نحو الاحتفال بمسؤولية وتعزيز قيمة السلامة المرورية لديهم.
وكانت شرطة دبي قد نبهت إلى تبعات عدم التقيد بقوانين السير أثناء احتفالات عيد الاتحاد، مشيرة إلى أنها ستتخذ إجراءات رادعة بحق المخالفين.
وأوضحت أن السائقين المخالفين ارتكبوا تجاوزات من بينها عدم الالتزام بخط السير وعرقلة حركة المرور والقيادة بتهور والخروج من نوافذ السيارة، إلى جانب ممارسات أخرى جرى التعامل معها فوراً.
وكان مدير الإدارة العامة للمرور بشرطة دبي، العميد جمعة بن سويدان، قد ناشد الجمهور قبل الاحتفالات التقيد بالتعليمات الخاصة باشتراطات الاحتفال بعيد الاتحاد، ومنها عدم استخدام أنواع الرش «الإسبريه» من قبل السائق أو الراكب أو المشاة.
""", [
    ev("dubai-impoundments", "حجزت شرطة دبي 49 سيارة و25 دراجة", FEST[0], "no own expression; seized during the celebrations (my span; another report: 3,153 violations on 2 Dec)", end=FEST[1]),
    ev("celebrations", "خلال احتفالات اليوم الوطني", FEST[0], "no own expression; the Union Day celebrations, 28 Nov - 2 Dec 2025 (my span)", end=FEST[1]),
    ev("bin-suwaidan-call", "قد ناشد الجمهور قبل الاحتفالات", "2025-11-29", "'قبل الاحتفالات'; the call of Sat 29 Nov 2025 (another article)"),
])
art(S, "https://www.khaleejtimes.com/arabic/uae/115%D9%85%D8%B1%D9%83%D8%A8%D8%A9-%D9%88%D8%AF%D8%B1%D8%A7%D8%AC%D8%A9-%D9%86%D8%A7%D8%B1%D9%8A%D8%A9-%D9%85%D8%AE%D8%A7%D9%84%D9%81%D8%A9-%D9%81%D9%8A-%D9%82%D8%A8%D8%B6%D8%A9-%D8%B4%D8%B1%D8%B7%D8%A9-%D8%A7%D9%84%D8%B4%D8%A7%D8%B1%D9%82%D8%A9-%D8%AE%D9%84%D8%A7%D9%84-%D8%A7%D8%AD%D8%AA%D9%81%D8%A7%D9%84%D8%A7%D8%AA-%D8%A7%D9%84%D8%B9%D9%8A%D8%AF-%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A",
    "2025-12-04", "page date '2025-12-04' at the head of the stored text (removed); 4 Dec 2025 was a Thursday and the body's 'يوم الخميس' for the Sharjah announcement agrees; the truncated end of the last sentence dropped", False, """
صادرت شرطة الشارقة 106 مركبات وتسع دراجات نارية خلال احتفالات عيد الاتحاد الرابع والخمسين، لارتكاب سائقيها مخالفات مرورية خطيرة عرّضت مستخدمي الطريق للخطر، وفق ما أعلنته السلطات يوم الخميس.
وبحسب الشرطة، شملت المخالفات إحداث ضوضاء مفرطة وإزعاج الآخرين والقيادة بتهور وخطورة، فيما كان بعض السائقين يقودون من دون رخصة سارية.
وأكدت السلطات أن هذه الأفعال تشكل خطراً كبيراً على السلامة العامة، وأنها ستواصل تكثيف الدوريات ونقاط المراقبة في أنحاء الإمارة واتخاذ الإجراءات القانونية بحق المخالفين لضمان سلامة الطرق في فترات الاحتفال.
وفي الفجيرة، اتخذت الشرطة إجراءات صارمة واعتقلت عدداً من الأشخاص بسبب القيادة المتهورة ومخالفات السلامة خلال عطلة عيد الاتحاد.
وأحالت شرطة الفجيرة 16 شاباً إلى النيابة العامة بسبب سلوكهم الخطير والمتهور خلال اليوم الوطني، موضحة أنهم لم يعرضوا حياتهم وحدهم للخطر بل سلامة الآخرين أيضاً.
وبين 28 نوفمبر و2 ديسمبر، كثفت السلطات المراقبة والأمن، وصادرت 27 مركبة لمخالفتها قواعد المرور، فيما سجلت الإمارة 270 حادثاً مرورياً خلال الفترة نفسها.
""", [
    ev("sharjah-impoundments", "صادرت شرطة الشارقة 106 مركبات وتسع دراجات نارية", FEST[0], "no own expression; seized during the celebrations (my span)", end=FEST[1]),
    ev("celebrations", "خلال احتفالات عيد الاتحاد الرابع والخمسين", FEST[0], "no own expression; the Union Day celebrations, 28 Nov - 2 Dec 2025 (my span)", end=FEST[1]),
    ev("sharjah-announcement", "وفق ما أعلنته السلطات يوم الخميس", "2025-12-04", "'يوم الخميس' = Thu 4 Dec 2025"),
    ev("fujairah-referral", "وأحالت شرطة الفجيرة 16 شاباً إلى النيابة العامة", "2025-11-28", "no own expression; between the start of the holiday and its report on 3 Dec 2025 (my bounded span)", end="2025-12-04"),
    ev("fujairah-crackdown", "وبين 28 نوفمبر و2 ديسمبر، كثفت السلطات المراقبة والأمن", "2025-11-28", "'بين 28 نوفمبر و2 ديسمبر' = 28 Nov - 2 Dec 2025", end="2025-12-03"),
])

# ---------------------------------------------------------------- abu-dhabi-speed-limits-cut-2026
S = "abu-dhabi-speed-limits-cut-2026"
SIGNS = ("2026-02-04", "2026-02-10")  # sign and radar changes between the announcement and the start (my span)
art(S, "https://www.emaratalyoum.com/local-section/other/2026-02-04-1.2012531",
    "2026-02-04", "date in the URL '/2026-02-04-'; 4 Feb 2026 was a Wednesday (another outlet: the committee announced the cut 'يوم الأربعاء'); no headline in the stored text; no date of its own in the text", False, """
أعلنت اللجنة المشتركة للسلامة المرورية في أبوظبي خفض حدود السرعة المسموح بها على عدد من الطرق الرئيسية في الإمارة، اعتباراً من 9 فبراير.
وخفّضت اللجنة السرعة على طريق أبوظبي العين (E22) بالاتجاهين من تقاطع النهضة حتى تقاطع بني ياس من 160 كم/ ساعة إلى 140 كم/ساعة، وعلى الطريق الممتد من تقاطع بني ياس حتى ما قبل مجمع الجسور بالاتجاهين من 140 كم/ساعة إلى 120 كم/ساعة، وعلى طريق الروضة (E30) بالاتجاهين من 120 كم/ساعة إلى 100 كم/ساعة.
ودعت اللجنة السائقين إلى القيادة الآمنة والتقيد بالسرعات المحددة حرصاً على سلامتهم.
""", [
    ev("cut-announced", "أعلنت اللجنة المشتركة للسلامة المرورية في أبوظبي خفض", "2026-02-04", "no own expression; the committee's announcement of Wed 4 Feb 2026 (the URL day)"),
    ev("speed-cut-effective", "اعتباراً من 9 فبراير", "2026-02-09", "'اعتباراً من 9 فبراير' = Mon 9 Feb 2026"),
])
art(S, "https://www.albayan.ae/news/uae/abu-dhabi/1060229",
    "2026-02-09", "page date '2026-02-09' at the head of the stored text (kept as first line); 9 Feb 2026 was a Monday, the start day; the body's 'عند الساعة 12 من منتصف اليوم' agrees; the truncated end (the Al Rawdah road) dropped", True, """
2026-02-09
تبدأ اللجنة المشتركة للسلامة المرورية في إمارة أبوظبي، عند الساعة 12 من منتصف اليوم، تنفيذ قرار خفض حدود السرعة المسموح بها على ثلاثة طرق رئيسية في الإمارة بمقدار 20 كيلومتراً في الساعة لكل طريق في الاتجاهين، ضمن جهودها لتعزيز السلامة المرورية والحد من الحوادث.
وحثت اللجنة السائقين على التقيد بالسرعات المحددة والقيادة الآمنة حفاظاً على سلامتهم وسلامة مستخدمي الطريق.
وبيّنت أن الجهات المعنية بدأت تغيير شاخصات تحديد السرعة على الطرق المشمولة، إلى جانب تعديل إعدادات أجهزة ضبط السرعة «الرادارات» بما يتوافق مع الحدود الجديدة.
وأوضحت أن الخفض شمل طريق أبوظبي – العين (E22) من تقاطع النهضة حتى تقاطع بني ياس في الاتجاهين، إذ عُدّلت السرعة من 160 كيلومتراً في الساعة إلى 140 كيلومتراً في الساعة، كما خُفضت السرعة على المقطع الممتد من تقاطع بني ياس حتى ما قبل مجمع الجسور، أي على امتداد الطريق الفاصل بين مدينة زايد ومدينة محمد بن زايد، من 140 كيلومتراً في الساعة إلى 120 كيلومتراً في الساعة.
""", [
    ev("speed-cut-effective", "عند الساعة 12 من منتصف اليوم، تنفيذ قرار خفض حدود السرعة", "2026-02-09", "'عند الساعة 12 من منتصف اليوم' = noon of Mon 9 Feb 2026"),
    ev("signs-changed", "بدأت تغيير شاخصات تحديد السرعة", SIGNS[0], "no own expression; between the announcement (4 Feb) and the start (9 Feb 2026) (my span)", end=SIGNS[1]),
])
art(S, "https://nabd.ws/h/167804490-21ed2e/?hf=0",
    "2026-02-09", "no stamp or URL date in the stored page (nabd's copy of 'الإمارات نيوز'): fixed by the body's 'عند الساعة الثانية عشرة من ظهر اليوم' for the start of the cut, known to be Mon 9 Feb 2026 (the other reports); the truncated sentence, the read-more line and the credit dropped; no date of its own in the text", False, """
اتخذت اللجنة المشتركة للسلامة المرورية في إمارة أبوظبي، عند الساعة الثانية عشرة من ظهر اليوم، قراراً بخفض حدود السرعة المسموح بها على ثلاثة طرق رئيسية في الإمارة بمقدار 20 كيلومتراً في الساعة في الاتجاهين، سعياً إلى تعزيز السلامة المرورية والحد من الحوادث.
وأوضحت اللجنة أن الجهات المعنية شرعت في تبديل شاخصات تحديد السرعة على الطرق المشمولة، وفي تعديل إعدادات أجهزة ضبط السرعة (الرادارات) لتتوافق مع الحدود الجديدة.
وبيّنت أن الخفض شمل طريق أبوظبي العين (E22) من تقاطع النهضة حتى تقاطع بني ياس في الاتجاهين.
""", [
    ev("speed-cut-effective", "عند الساعة الثانية عشرة من ظهر اليوم", "2026-02-09", "'عند الساعة الثانية عشرة من ظهر اليوم' = noon of Mon 9 Feb 2026 (the text frames it as the decision; it is the start of the cut)"),
    ev("signs-changed", "شرعت في تبديل شاخصات تحديد السرعة", SIGNS[0], "no own expression; between the announcement (4 Feb) and the start (9 Feb 2026) (my span)", end=SIGNS[1]),
])

SETS = ('stories', 'stories2', 'stories3', 'stories4', 'stories5', 'stories6', 'stories7', 'stories8', 'stories9', 'stories10', 'stories11', 'stories12', 'stories13', 'stories14', 'stories15', 'stories16', 'stories17', 'stories18', 'stories19', 'stories20', 'stories21', 'stories22', 'stories23', 'stories24', 'stories25', 'stories26', 'stories27', 'stories28', 'stories29', 'stories30', 'stories31', 'stories32', 'stories33', 'stories34', 'stories35', 'stories36', 'stories37', 'stories38', 'stories39', 'stories40', 'stories41', 'stories42', 'stories43', 'stories44', 'stories45', 'stories46', 'stories47', 'stories48', 'stories49', 'stories50', 'stories51', 'stories52', 'stories53', 'stories54', 'stories55', 'stories56', 'stories57', 'stories58', 'stories59', 'stories60', 'stories61', 'stories62', 'stories63', 'stories64', 'stories65', 'stories66', 'stories67', 'stories68', 'stories69', 'stories70', 'stories71', 'stories72', 'stories73', 'stories74', 'stories75', 'stories76', 'stories77', 'stories78', 'stories79', 'stories80', 'stories81', 'stories82', 'stories83', 'stories84', 'stories85', 'stories86', 'stories87', 'stories88', 'stories89', 'stories90', 'stories91', 'stories92', 'stories93', 'stories94', 'stories95', 'stories96', 'stories97', 'stories98', 'stories99', 'stories100', 'stories101', 'stories102', 'stories103', 'stories104', 'stories105', 'stories106', 'stories107', 'stories108', 'stories109', 'stories110', 'stories111', 'stories112', 'stories113', 'stories114', 'stories115', 'stories116', 'stories117', 'stories118', 'stories119', 'stories120', 'stories121', 'stories122', 'stories123', 'stories124', 'stories125', 'stories126', 'stories127', 'stories128', 'stories129', 'stories130', 'stories131', 'stories132', 'stories133', 'stories134', 'stories135', 'stories136', 'stories137', 'stories138', 'stories139', 'stories140', 'stories141', 'stories142', 'stories143', 'stories144', 'stories145', 'stories146', 'stories147', 'stories148', 'stories149', 'stories150', 'stories151', 'stories152', 'stories153', 'stories154', 'stories155', 'stories156', 'stories157', 'stories158', 'stories159', 'stories160', 'stories161', 'stories162', 'stories163', 'stories164', 'stories165', 'stories166', 'stories167', 'stories168', 'stories169', 'stories170', 'stories171', 'stories172', 'stories173', 'stories174', 'stories175', 'stories176', 'stories177', 'stories178', 'stories179', 'stories180', 'stories181', 'stories182', 'stories183', 'stories184', 'stories185', 'stories186', 'stories187', 'stories188', 'stories189', 'stories190', 'stories191', 'stories192', 'stories193', 'stories196')
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

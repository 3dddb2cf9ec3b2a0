"""Builds stories.jsonl: the 291-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories266/make_stories.py). Domain: zoos, wildlife, endangered animals, seizures of smuggled
animals and animal attacks: the Fayoum zoo keeper killed by a lion and the zoo's closure and reopening (Egypt,
2025), the boy killed by a lion in the Asdaa park of Khan Younis (Gaza, 2023), the death of the elephant "Baby"
in the Belvedere zoo of Tunis (Tunisia, 2026), the dead fin whale washed up at Rushdy, Alexandria (Egypt, 2018),
and the death of Naima, the last elephant of the Giza zoo (Egypt, 2019).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-fayoum-zoo-lion-kills-keeper-2025
S = "egypt-fayoum-zoo-lion-kills-keeper-2025"
ATTACK = "2025-01-31"                      # Fri 31 Jan 2025: the lion kills the keeper Saeed Gaber al-Dash
STATEMENT = ("2025-01-31", "2025-02-02")   # the zoo's mourning statement, out by Sat 1 Feb 2025
art(S, "https://the24.net/news/34249",
    "2025-01-31", "no date on the stored page; the body's 'صباح اليوم الجمعة' for the attack, which the other outlets date to Fri 31 Jan 2025 (apanewsportal's closure 'اليوم السبت 1-2-2025' the next day; 'يوم الجمعة الماضي' in the reopening reports of Wed 5 Feb), puts the page on Fri 31 Jan 2025; the other outlets put the attack in the evening (dinner time), this one in the morning: the slip is left as it is; the last, truncated sentence (a veterinarian's statement) dropped; no date of its own in the text", False, """
مأساة في حديقة الحيوان.. أسد الفيوم يفترس حارسه
خيّم الحزن على العاملين في حديقة حيوان الفيوم بعد رحيل زميلهم "سعيد جابر على الدش" (47 عامًا) في حادث مأساوي وقع صباح اليوم الجمعة.
وكان الفقيد يحظى بمحبة زملائه واحترامهم، وعُرف بشجاعته وإخلاصه في العمل.
وبحسب شهود عيان، كان "عم سعيد" يؤدي مهامه المعتادة في رعاية الحيوانات حين لاحظ أن قدم أحد الأسود علقت في أسلاك القفص، فدخل إليه دون تردد لتخليصه، لكن الأسد انقض عليه فجأة بمجرد اقترابه وأودى بحياته في الحال.
وأثار الحادث ذعر زوار الحديقة فهربوا مرتاعين، واختلطت صرخات النساء والأطفال بأصوات الحيوانات في مشهد لم تعرفه الحديقة من قبل.
وعقب الواقعة قامت فرق الحماية بتصفية الأسد المهاجم وتخدير باقي الأسود حفاظًا على سلامة العاملين والزوار، فيما تدخلت قوات الأمن لتهدئة الموقف ونُقلت الجثة إلى المستشفى حيث أُعلنت الوفاة.
وباشرت النيابة العامة تحقيقاتها للوقوف على ملابسات الحادث، واستمعت إلى أقوال العاملين بالحديقة.
""", [
    ev("keeper-killed", "في حادث مأساوي وقع صباح اليوم الجمعة", ATTACK, "'صباح اليوم الجمعة' = Fri 31 Jan 2025 (the publication day; the other outlets say the evening of that day)"),
    ev("lion-killed", "قامت فرق الحماية بتصفية الأسد المهاجم", ATTACK, "no own expression; the lion was shot right after the attack, Fri 31 Jan 2025"),
    ev("inquiry-opened", "وباشرت النيابة العامة تحقيقاتها", ATTACK, "no own expression; the prosecution took up the case after the death of Fri 31 Jan 2025 (my span 31 Jan - 1 Feb)", end="2025-02-02"),
])
art(S, "https://apanewsportal.com/%d9%85%d8%ad%d8%a7%d9%81%d8%b8-%d8%a7%d9%84%d9%81%d9%8a%d9%88%d9%85-%d9%8a%d8%b5%d8%af%d8%b1-%d9%82%d8%b1%d8%a7%d8%b1-%d8%b9%d8%a7%d8%ac%d9%84-%d8%a8%d8%b4%d8%a3%d9%86-%d8%ad%d8%af%d9%8a%d9%82%d8%a9",
    "2025-02-01", "the body's full date 'اليوم السبت 1-2-2025' for the governor's closure (1 Feb 2025 was a Saturday), kept in the text; headline written from the body (the stored text starts with the body); the sub-heading 'بيان حديقة حيوان الفيوم حول الحادث' dropped; the text states its own date", True, """
محافظ الفيوم يغلق حديقة الحيوان بعد افتراس أسد لأحد حراسها
أصدر الدكتور أحمد الأنصاري، محافظ الفيوم، قرارًا بغلق حديقة حيوان الفيوم اليوم السبت 1-2-2025، إثر حادث مأساوي هاجم فيه أسدٌ أحد عمال الحراسة داخل الحديقة والتهم رأسه، فلقي العامل حتفه رغم محاولات إنقاذه التي لم تنجح.
ونعت إدارة الحديقة في بيان رسمي العامل سعيد جابر الدش "أبو يارا" الذي توفي وهو يؤدي عمله داخل الحديقة.
وأوضح البيان أن العامل فقد توازنه أثناء محاولته إدخال الأسد إلى قفصه، فسقط داخله وهاجمه الأسد.
وأضاف أن السلطات المختصة تحركت بسرعة وتعاملت مع الأسد فقتلته على الفور، ثم نُقل العامل إلى المستشفى لإسعافه، لكنه فارق الحياة بعد 30 دقيقة من وصوله متأثرًا بإصاباته الخطيرة.
""", [
    ev("zoo-closure", "قرارًا بغلق حديقة حيوان الفيوم اليوم السبت 1-2-2025", "2025-02-01", "'اليوم السبت 1-2-2025' = Sat 1 Feb 2025, the governor's decision and the first day of the closure"),
    ev("keeper-killed", "هاجم فيه أسدٌ أحد عمال الحراسة", ATTACK, "no own expression; the attack of Fri 31 Jan 2025 (the24's 'اليوم الجمعة')"),
    ev("zoo-statement", "ونعت إدارة الحديقة في بيان رسمي", STATEMENT[0], "no own expression; the zoo's mourning statement, issued after the death of Fri 31 Jan and out by Sat 1 Feb 2025 (my span)", end=STATEMENT[1]),
    ev("lion-killed", "وتعاملت مع الأسد فقتلته على الفور", ATTACK, "no own expression; 'على الفور' after the attack of Fri 31 Jan 2025"),
])
art(S, "https://www.klyoum.com/egypt-news/ar/40-القصة-الكاملة-لافتراس-أسد-لحارسه-داخل-حديقة-الحيوان-بالفيوم",
    "2025-02-01", "page date line 'نشر بتاريخ: ١ شباط ٢٠٢٥' (kept verbatim as first line; 1 Feb 2025 was a Saturday); the aggregator's line 'موقع كل يوم - الأسبوع' and 'اخبار مصر' dropped; headline rendered from the URL slug; the last, truncated sentence cut to its complete clause", True, """
نشر بتاريخ: ١ شباط ٢٠٢٥
القصة الكاملة لافتراس أسد لحارسه داخل حديقة الحيوان بالفيوم
شهدت حديقة الحيوان بالفيوم واقعة قاسية، إذ هاجم أسد أحد العمال وهشّم رأسه، فلقي العامل مصرعه أثناء محاولات إسعافه.
ووقعت الحادثة، التي شغلت رواد مواقع التواصل الاجتماعي، بينما كان العامل سعيد جابر الدش "أبو يارا" يؤدي عمله في نوبته، حين اختل توازنه فسقط وهو يحاول إدخال الأسد إلى القفص.
وأصدرت حديقة الحيوان بالفيوم بيانًا نعت فيه الضحية، وقالت إن "أبو يارا" رحل منذ ساعات وهو يؤدي عمله.
وجاء في البيان أن القوات تعاملت مع الأسد وقتلته، وأن العامل كان لا يزال حيًا فنُقل إلى المستشفى، لكنه توفي بعد 30 دقيقة.
ونُقلت جثة العامل إلى مشرحة مستشفى الفيوم العام، وحُرر محضر بالواقعة.
""", [
    ev("keeper-killed", "هاجم أسد أحد العمال وهشّم رأسه", ATTACK, "no own expression; the attack of Fri 31 Jan 2025 (the24's 'اليوم الجمعة'); the statement's 'منذ ساعات' agrees"),
    ev("zoo-statement", "وأصدرت حديقة الحيوان بالفيوم بيانًا نعت فيه الضحية", STATEMENT[0], "no own expression; the mourning statement, issued after the death of Fri 31 Jan and out by the date line, Sat 1 Feb 2025 (my span)", end=STATEMENT[1]),
    ev("lion-killed", "أن القوات تعاملت مع الأسد وقتلته", ATTACK, "no own expression; the lion was killed right after the attack, Fri 31 Jan 2025"),
    ev("police-report", "وحُرر محضر بالواقعة", ATTACK, "no own expression; the police report after the death of Fri 31 Jan 2025 (my span 31 Jan - 1 Feb)", end="2025-02-02"),
])
art(S, "https://alayamegy.com/496135",
    "2025-02-05", "page date line 'الأربعاء 05 فبراير 2025' (kept as first line; 5 Feb 2025 was a Wednesday); the body's 'اليوم الأربعاء 5 فبراير 2025' agrees; the paper's name, the editor's name, the caption and the question lead 'هل حديقة حيوان الفيوم مفتوحة ؟' dropped; the last, truncated sentence cut to its complete clause", True, """
الأربعاء 05 فبراير 2025
الزراعة: فتح حديقة حيوان الفيوم أمام المواطنين ابتداءً من اليوم
كشف أحمد إبراهيم، مستشار وزير الزراعة، موعد عودة حديقة الحيوان بالفيوم لاستقبال الزوار بعد حادث هجوم الأسد على أحد حراسها، موضحًا أن الحديقة افتُتحت اليوم الأربعاء 5 فبراير 2025 بعد غلقها لمدة 3 أيام حدادًا على الحارس سعيد جابر.
وأكد مصدر مسؤول بوزارة الزراعة تشديد الرقابة على الحيوانات في جميع حدائق الحيوان بالمحافظات، مضيفًا أن السبب الرئيسي للحادث لم يُكشف بعد، وأن التحقيقات جارية لتحديد المتسبب فيه ومحاسبته.
وقال المصدر إن الوزارة ستتخذ كل الإجراءات اللازمة ضد أي تقصير، وإن تعويض أسرة الحارس الراحل سيُنظر فيه بعد انتهاء التحقيقات.
ونفى المصدر ما تردد عن محاولة الأسد الهروب أثناء الحادث، مؤكدًا أن الواقعة حدثت حين سقط الحارس "سعيد".
""", [
    ev("zoo-reopened", "افتُتحت اليوم الأربعاء 5 فبراير 2025", "2025-02-05", "'اليوم الأربعاء 5 فبراير 2025' = Wed 5 Feb 2025"),
    ev("zoo-closure-period", "بعد غلقها لمدة 3 أيام حدادًا", "2025-02-01", "'لمدة 3 أيام' before the reopening of Wed 5 Feb 2025; the closure ran from Sat 1 Feb (the governor's decision) to the reopening: span 1-4 Feb", end="2025-02-05"),
    ev("keeper-killed", "بعد حادث هجوم الأسد على أحد حراسها", ATTACK, "no own expression; the attack of Fri 31 Jan 2025"),
    ev("inquiry-ongoing", "وأن التحقيقات جارية لتحديد المتسبب فيه", "2025-02-05", "no own expression; the investigation still under way on the day of the report, Wed 5 Feb 2025"),
])

# ---------------------------------------------------------------- gaza-khan-younis-asdaa-lion-kills-boy-2023
S = "gaza-khan-younis-asdaa-lion-kills-boy-2023"
DEATH = "2023-05-01"   # Mon 1 May 2023 (the Labour Day holiday): a lioness bites Hamada Aqtit, 6, in the Asdaa park
art(S, "https://abuabrar.club/archives/521751",
    "2023-05-01", "date line of the Asharq Al-Awsat item copied on the page, 'الاثنين – 11 شوال 1444 هـ – 01 مايو 2023 مـ' (kept as first line; 1 May 2023 was a Monday and 11 Shawwal 1444); the body's 'الاثنين' agrees; the scraper's '[ad_1]', the caption and the dateline 'غزة: «الشرق الأوسط»' dropped; headline kept; the last, truncated sentence (the witness) dropped", True, """
الاثنين – 11 شوال 1444 هـ – 01 مايو 2023 مـ
أسد يقتل طفلاً فلسطينياً في غزة
فارق طفل في السادسة من عمره الحياة، الاثنين، بعد أن عضّه أسد في حديقة حيوانات محلية بخان يونس جنوبي قطاع غزة، بحسب مصادر أمنية وطبية.
وأوضح الناطق باسم الشرطة أيمن البطنيجي في بيان أن الطفل تسلق إلى داخل الحاجز المحيط بقفص الأسد واقترب من إحدى فتحاته فأصيب ثم توفي، مشيرًا إلى أن الشرطة فتحت تحقيقًا في الحادث.
وذكر مصدر طبي أن الطفل المتوفى هو حمادة نضال اقطيط (6 أعوام)، وقد نُقل إلى مستشفى ناصر في خان يونس حيث لفظ أنفاسه.
ووقع الحادث في مدينة أصداء الترفيهية التي تضم حديقة حيوانات صغيرة، وأغلقت الشرطة المدينة في أعقابه.
وفي الحديقة أسدان داخل قفص حديدي، إلى جانب عدد من الحيوانات والطيور أغلبها منزلي وأليف.
""", [
    ev("boy-killed", "فارق طفل في السادسة من عمره الحياة، الاثنين", DEATH, "'الاثنين' = Mon 1 May 2023 (the date line)"),
    ev("police-inquiry", "مشيرًا إلى أن الشرطة فتحت تحقيقًا في الحادث", DEATH, "no own expression; the police statement of the evening of Mon 1 May 2023"),
    ev("hospital-transfer", "وقد نُقل إلى مستشفى ناصر في خان يونس", DEATH, "no own expression; the boy was taken to Nasser hospital right after the bite, Mon 1 May 2023"),
    ev("park-closed", "وأغلقت الشرطة المدينة في أعقابه", DEATH, "no own expression; the police closed the park after the death, the evening of Mon 1 May 2023 (the police statement 'مساء اليوم', 1 May)"),
])
art(S, "https://khbrpress.ps/post/372892/مصرع-طفل-إثر-تعرضه-لعضة-أسد-بمدينة-أصداء-الترفيهية-في-خانيونس",
    "2023-05-01", "no date on the stored page; the body's 'اليوم الإثنين' and 'مساء اليوم' for the death, which the other outlets date to Mon 1 May 2023 (Asharq Al-Awsat's date line, akhbar-alkhaleej's 'أمس' on 2 May), put the page on Mon 1 May 2023; headline rendered from the URL slug; no date of its own in the text", False, """
مصرع طفل إثر تعرضه لعضة أسد بمدينة أصداء الترفيهية في خانيونس
لقي طفل مصرعه، اليوم الإثنين، بعدما عضّه أسد في مدينة أصداء الترفيهية بمحافظة خانيونس جنوبي قطاع غزة.
وأفاد مراسل وكالة "خبر" بأن الطفل حمادة نضال اقطيط (6 سنوات)، من سكان مدينة خانيونس، توفي متأثرًا بإصابة في رأسه إثر هجوم الأسد عليه في مدينة أصداء.
من جهته، أعلن المتحدث باسم الشرطة في غزة أيمن البطنيجي وفاة طفل عمره 6 سنوات متأثرًا بجروح خطيرة أصابه بها أسد داخل حديقة للحيوان بخانيونس مساء اليوم.
وأوضح البطنيجي أن الطفل تسلق الحاجز المحيط بقفص الأسد واقترب من إحدى فتحاته فأصيب ثم فارق الحياة، لافتًا إلى أن الشرطة فتحت تحقيقًا في الحادثة.
""", [
    ev("boy-killed", "لقي طفل مصرعه، اليوم الإثنين", DEATH, "'اليوم الإثنين' = Mon 1 May 2023 (the publication day)"),
    ev("police-statement", "أعلن المتحدث باسم الشرطة في غزة أيمن البطنيجي وفاة طفل", DEATH, "no own expression; the spokesman's statement on the evening of Mon 1 May 2023 (the death 'مساء اليوم')"),
    ev("police-inquiry", "لافتًا إلى أن الشرطة فتحت تحقيقًا في الحادثة", DEATH, "no own expression; part of the police statement of Mon 1 May 2023"),
])
art(S, "https://webmail.akhbar-alkhaleej.com/news/article/1329723",
    "2023-05-02", "page date line 'الثلاثاء ٠٢ مايو ٢٠٢٣ - 02:00' (kept verbatim as first line; 2 May 2023 was a Tuesday); the body's 'أمس' for the death of Mon 1 May agrees; the paper's current-issue box ('العدد : ١٧٠٤٥ - الجمعة ٢٢ نوفمبر ٢٠٢٤ م'), the section name 'ألوان' and the last, truncated sentence dropped", True, """
الثلاثاء ٠٢ مايو ٢٠٢٣ - 02:00
في حادثة هي الأولى من نوعها.. مصرع طفل هاجمه أسد في قطاع غزة
توفي طفل في السادسة من عمره أمس بعدما عضّه أسد في حديقة حيوانات محلية بخان يونس جنوبي قطاع غزة، وفق ما أعلنته مصادر أمنية وطبية.
وقال الناطق باسم الشرطة أيمن البطنيجي في بيان إن الطفل تسلق الحاجز المحيط بقفص الأسد واقترب من إحدى فتحاته، فأصيب ثم توفي.
وأضاف البطنيجي أن الشرطة فتحت تحقيقًا في الحادث.
وأفاد مصدر طبي بأن الطفل المتوفى هو حمادة نضال اقطيط (6 أعوام)، وكان قد نُقل إلى مستشفى ناصر بخان يونس حيث فارق الحياة.
ووقع الحادث في مدينة "أصداء" الترفيهية التي تضم حديقة صغيرة للحيوانات.
""", [
    ev("boy-killed", "توفي طفل في السادسة من عمره أمس", DEATH, "'أمس' from Tue 2 May 2023 (the date line) = Mon 1 May 2023"),
    ev("police-inquiry", "وأضاف البطنيجي أن الشرطة فتحت تحقيقًا في الحادث", DEATH, "no own expression; the police statement of Mon 1 May 2023"),
    ev("hospital-transfer", "وكان قد نُقل إلى مستشفى ناصر بخان يونس", DEATH, "no own expression; right after the bite, Mon 1 May 2023"),
])
art(S, "https://arab-turkey.com/2023/05/02/%d9%81%d8%a7%d8%ac%d8%b9%d8%a9-%d9%81%d9%8a-%d8%a8%d9%84%d8%af-%d8%b9%d8%b1%d8%a8%d9%8a-%d8%a3%d8%b3%d8%af-%d9%8a%d9%81%d8%aa%d8%b1%d8%b3-%d8%b7%d9%81%d9%84-%d9%81%d9%8a-%d9%85%d8%af%d9%8a%d9%86/",
    "2023-05-02", "page date line '2 مايو 2023' (beside 'آخر تحديث'; kept as first line) and date in the URL '/2023/05/02/' (2 May 2023 was a Tuesday); 'إعلان', the repeated headline and the byline 'تركيا بالعربي – ربا عز الدين' dropped; headline shortened ('في بلد عربي' made 'في غزة'); the last, truncated sentence cut to its complete clause", True, """
2 مايو 2023
فاجعة في غزة.. أسد يفترس طفلًا في مدينة ترفيهية
عاش قطاع غزة أمسية مأساوية إثر فاجعة شهدتها مدينة أصداء الترفيهية غربي خانيونس جنوب القطاع، حين افترس أسد طفلًا وأودى بحياته، وفق ما نقلته شبكة "راية الإعلامية".
وأصيب والدا الطفل حمادة قطيط (6 أعوام)، من سكان منطقة معن شرقي خانيونس، بصدمة شديدة، لا سيما أن صغيرهما كان في نزهة عائلية استغلت فيها الأسرة إجازة "يوم العمال العالمي".
ولم يقوَ والد الطفل نضال قطيط على الحديث إلى الصحفيين الذين تجمعوا أمام مجمع ناصر الطبي، وبدت الصدمة واضحة على ملامحه.
وقالت خالة الطفل، التي كانت برفقتهم، إن جدار الحماية حول قفص الأسد لم يكن مكتملًا وكانت فيه فراغات واضحة تتيح للأسد افتراس من يقترب منه وسحبه، مضيفة أن أحدًا من حراس المدينة لم يكن قريبًا منهم سوى جامع التذاكر.
""", [
    ev("boy-killed", "حين افترس أسد طفلًا وأودى بحياته", DEATH, "no own expression; the 'أمسية مأساوية' of Mon 1 May 2023, the day before the date line"),
    ev("family-outing", "استغلت فيها الأسرة إجازة \"يوم العمال العالمي\"", DEATH, "'إجازة يوم العمال العالمي' = the Labour Day holiday, Mon 1 May 2023"),
    ev("journalists-at-hospital", "الصحفيين الذين تجمعوا أمام مجمع ناصر الطبي", DEATH, "no own expression; the journalists gathered at Nasser medical complex on the evening of the death, Mon 1 May 2023"),
])

# ---------------------------------------------------------------- tunisia-belvedere-zoo-elephant-baby-death-2026
S = "tunisia-belvedere-zoo-elephant-baby-death-2026"
ELEPHANT_DEATH = "2026-01-28"                   # Wed 28 Jan 2026, about 4 p.m.
ARRIVAL = ("2023-05-01", "2023-06-01")          # Baby arrived from France in May 2023
art(S, "http://tunisia-times.net/death-elephant-belvedere-tunisia",
    "2026-01-28", "no date on the stored page; the body's 'نفقَت، اليوم' for the death, which the Tunis municipality dates to about 4 p.m. on 'أول أمس الأربعاء' (alchourouk, Fri 30 Jan) = Wed 28 Jan 2026, puts the page on Wed 28 Jan 2026; the label 'مقدمة الخبر' and the sub-headings dropped; the last, truncated sentence cut to its complete clause; no date of its own in the text", False, """
نفوق فيلة البلفيدير يعيد الجدل حول ظروف إيواء الحيوانات البرية
نفقت، اليوم، فيلة حديقة البلفيدير في العاصمة تونس، في حادثة أعادت إلى الواجهة جدلًا قديمًا متجددًا بشأن ظروف إيواء الحيوانات البرية في حدائق الحيوان ومدى قدرتها على ضمان الحد الأدنى من الرفاه والرعاية الصحية والنفسية لها.
وكانت هذه الفيلة، المعروفة باسم "بايبي"، الوحيدة من صنفها في الحديقة، بعد أن جُلبت إلى تونس خلال شهر ماي 2023 لتنهي سنوات طويلة غاب فيها هذا الحيوان عن البلفيدير.
وقد حظي وصول "بايبي" حينها باهتمام إعلامي واسع، لأنها جاءت هدية من رجل الأعمال التونسي محمد عطية، في خطوة عُدّت آنذاك محاولة لإحياء الحديقة وإثراء تنوعها الحيواني.
ووصلت الفيلة من فرنسا بعد مسار طويل ومعقد تنقلت فيه بين السيرك وعروض الترفيه والأفلام، ما جعل حالتها الصحية والنفسية موضع تساؤل منذ اللحظة الأولى لوصولها.
ويقول نشطاء في مجال الرفق بالحيوان إن "بايبي" أمضت سنوات تُستغل في عروض تجارية.
""", [
    ev("elephant-death", "نفقت، اليوم، فيلة حديقة البلفيدير", ELEPHANT_DEATH, "'اليوم' = Wed 28 Jan 2026 (the publication day; the municipality puts the death at about 4 p.m. that Wednesday)"),
    ev("elephant-arrival", "جُلبت إلى تونس خلال شهر ماي 2023", ARRIVAL[0], "'خلال شهر ماي 2023' = May 2023", end=ARRIVAL[1]),
    ev("arrival-coverage", "وقد حظي وصول \"بايبي\" حينها باهتمام إعلامي واسع", ARRIVAL[0], "no own expression; 'حينها' = at her arrival, May 2023", end=ARRIVAL[1]),
])
art(S, "https://www.babnet.net/rttdetail-322816.asp",
    "2026-01-29", "stamp 'date 2026-01-29' at the head of the stored page, kept verbatim as the first line; the page's own line 'Publié le Jeudi 29 Janvier 2026 - 18:54' agrees (29 Jan 2026 was a Thursday); 'Babnet Latest update 19:37 Tunis', the image tag and the French line dropped", True, """
2026-01-29
نفوق الفيلة "بايبي" بحديقة الحيوانات بالبلفيدير وتعليقات من جمعيات الرفق بالحيوان
نفقت الفيلة "بايبي" في حديقة الحيوانات بالبلفيدير، وهي الفيلة التي حصلت عليها الحديقة هبةً من متبرع فرنسي بوساطة رجل الأعمال التونسي محمد عطية.
وكانت "بايبي" قد وصلت إلى تونس في ماي 2023، بعد أن استكملت الأطراف المتدخلة الإجراءات القانونية والإدارية.
وتفاعلًا مع الحادثة، نشرت جمعية حماية الحيوانات بصفاقس تدوينة على صفحتها في مواقع التواصل الاجتماعي أبدت فيها أسفها لنفوق الفيلة، ودعت إلى تعزيز الرقابة الصحية والمتابعة البيطرية والنفسية للحيوانات التي تعيش خارج موطنها الأصلي.
وذكّرت الجمعية بمسار الفيلة بين السيرك والأعمال الفنية قبل قدومها إلى تونس، مشددة على احترام الحيوانات البرية وضمان ظروف عيش ملائمة لها.
ولم تصدر إلى حدّ الآن معطيات رسمية مفصّلة حول أسباب النفوق.
""", [
    ev("elephant-death", "نفقت الفيلة \"بايبي\" في حديقة الحيوانات بالبلفيدير", ELEPHANT_DEATH, "no own expression; the death of Wed 28 Jan 2026 (alchourouk's 'أول أمس الأربعاء' on Fri 30 Jan)"),
    ev("elephant-arrival", "وصلت إلى تونس في ماي 2023", ARRIVAL[0], "'في ماي 2023' = May 2023", end=ARRIVAL[1]),
    ev("sfax-association-post", "نشرت جمعية حماية الحيوانات بصفاقس تدوينة", ELEPHANT_DEATH, "no own expression; the association's post after the death of Wed 28 Jan and before the item of Thu 29 Jan 2026 (my span)", end="2026-01-30"),
    ev("no-official-cause", "ولم تصدر إلى حدّ الآن معطيات رسمية مفصّلة", "2026-01-29", "'إلى حدّ الآن' = as of the stamp day, Thu 29 Jan 2026"),
])
art(S, "https://www.turess.com/alchourouk/2381894",
    "2026-01-30", "no date on the stored page (a turess copy of Alchourouk); the body's 'اليوم الجمعة' for the necropsy and 'صباح أول أمس الأربعاء' for the last check put the page on Fri 30 Jan 2026, two days after the death of Wed 28 Jan (babnet's item of Thu 29 Jan already reports the death); headline written from the body (the stored text has none); the closing 'الأخبار' dropped; no date of its own in the text", False, """
بلدية تونس: أسباب نفوق فيلة البلفيدير لم تتضح بعد
أكد عمر النيفر، مدير حفظ الصحة وحماية المحيط ببلدية تونس، أن أسباب نفوق فيلة حديقة البلفيدير "بايبي" ما تزال غير واضحة، في انتظار إخضاعها اليوم الجمعة لتشريح يجريه مختصون لتحديد السبب الحقيقي.
ونفى النيفر فرضية الإهمال أو سوء المعاملة، واصفًا ذلك بأنه "أمر مستحيل"، ومؤكدًا أن الفيلة كانت تلقى عناية يومية وتعيش في ظروف تستجيب للشروط الصحية، وأن معالج الحيوانات المشرف عليها كان يتابع تغذيتها ورعايتها كل يوم.
وأضاف أن نتائج التشريح يُنتظر أن تصدر خلال الساعات القليلة القادمة، وأن الفيلة لم تظهر عليها أي علامات مرض قبل نفوقها.
وأشار إلى أنها عُزلت من المربض الخارجي وأُدخلت إلى غرفتها وهي في صحة جيدة، لحمايتها من التقلبات المناخية الأخيرة.
وأوضح أن آخر معاينة لها كانت صباح أول أمس الأربعاء، حين وُجدت نائمة دون أن تكون في غيبوبة، وقد أكلت وشربت قبل أن تنفق في حدود الساعة الرابعة مساءً.
""", [
    ev("necropsy", "في انتظار إخضاعها اليوم الجمعة لتشريح", "2026-01-30", "'اليوم الجمعة' = Fri 30 Jan 2026 (the publication day)"),
    ev("necropsy-results", "خلال الساعات القليلة القادمة", "2026-01-30", "'خلال الساعات القليلة القادمة' from Fri 30 Jan 2026: my span 30-31 Jan", end="2026-02-01"),
    ev("last-check", "آخر معاينة لها كانت صباح أول أمس الأربعاء", ELEPHANT_DEATH, "'صباح أول أمس الأربعاء' from Fri 30 Jan = the morning of Wed 28 Jan 2026"),
    ev("elephant-death", "قبل أن تنفق في حدود الساعة الرابعة مساءً", ELEPHANT_DEATH, "'في حدود الساعة الرابعة مساءً' of that Wednesday = about 4 p.m. on Wed 28 Jan 2026"),
])

# ---------------------------------------------------------------- egypt-alexandria-rushdy-dead-fin-whale-2018
S = "egypt-alexandria-rushdy-dead-fin-whale-2018"
FOUND = "2018-01-07"                       # Sun 7 Jan 2018, morning: the dead fin whale at Rushdy beach
NAWA = ("2018-01-04", "2018-01-07")        # the three-day 'Christmas' storm (nawa) that ended before the finding
SKELETON = ("2018-01-07", "2018-01-10")    # the plan to bury the whale at al-Max and keep its skeleton
art(S, "https://soutalomma.com/Article/741791/%D8%A7%D8%B1%D8%AA%D8%B7%D8%A7%D9%85%D9%87-%D8%A8%D8%A7%D9%84%D8%B5%D8%AE%D9%88%D8%B1-%D8%AA%D8%B3%D8%A8%D8%A8-%D9%81%D9%8A-%D9%86%D9%81%D9%88%D9%82%D9%87-%D8%AA%D9%81%D8%A7%D8%B5%D9%8A%D9%84-%D8%A7%D9%84%D8%B9%D8%AB%D9%88%D8%B1-%D8%B9%D9%84%D9%89-%D8%AD%D9%88%D8%AA-%D8%B3%D8%AA%D8%A7%D9%86%D9%84%D9%8A",
    "2018-01-08", "page date line 'الإثنين، 08 يناير 2018 12:40 ص' (kept as first line; 8 Jan 2018 was a Monday); the text was written on the evening of Sun 7 Jan and went out at 00:40, so its 'اليوم' is Sunday; the last, truncated sentence cut to its complete clause", True, """
الإثنين، 08 يناير 2018 12:40 ص
ارتطامه بالصخور تسبب في نفوقه.. تفاصيل العثور على حوت ستانلي بالإسكندرية
شهدت الإسكندرية اليوم واقعة غريبة من نوعها، هي العثور على حوت نافق بمنطقة رشدي، بعد انتهاء النوة التي ضربت المدينة لمدة 3 أيام متتالية.
وتلقى اللواء مصطفى النمر، مساعد وزير الداخلية مدير أمن الإسكندرية، إخطارًا من مأمور قسم سيدي جابر بالعثور على سمكة ضخمة في مياه شاطئ رشدي أمام أحد الفنادق، فانتقلت قيادات المديرية وضباط القسم وقوات من الحماية المدنية "وحدة الإنقاذ النهري" إلى المكان.
وتبين بالفحص أنها حوت نافق طوله 13 مترًا، أسود في أبيض، فانتشلته وحدة الإنقاذ النهري، ويجري تسليمه إلى مسؤولي المعهد القومي لعلوم البحار لاتخاذ اللازم بشأنه.
وحُرر المحضر رقم 2018/317 إداري قسم سيدي جابر، ويجري عرضه على النيابة.
واتضح أن الحوت من نوع ذي الزعنفة الظهرية، وهو من الثدييات البحرية وموطنه الأصلي المحيط الأطلنطي، ويزن 4 أطنان، وأن النوة هي التي دفعته إلى الشاطئ بعد دخوله من مضيق جبل طارق.
وقالت الدكتورة عبير السحرتي، مديرة المعهد القومي لعلوم البحار، إنه يجري العمل على استخلاص الهيكل العظمي للحوت النافق.
""", [
    ev("whale-found", "شهدت الإسكندرية اليوم واقعة غريبة من نوعها", FOUND, "'اليوم' of a text written on Sun 7 Jan 2018 and stamped 00:40 on Mon 8 Jan: the finding of Sun 7 Jan (newlebanon 'صباح الأحد', ahlmasrnews 'صباح أمس' on 8 Jan)"),
    ev("nawa", "بعد انتهاء النوة التي ضربت المدينة لمدة 3 أيام متتالية", NAWA[0], "'لمدة 3 أيام متتالية' ending before the finding of Sun 7 Jan 2018: my span 4-6 Jan", end=NAWA[1]),
    ev("whale-recovered", "فانتشلته وحدة الإنقاذ النهري", FOUND, "no own expression; the same day, Sun 7 Jan 2018"),
    ev("police-report", "وحُرر المحضر رقم 2018/317", FOUND, "no own expression; the police report of Sun 7 Jan 2018"),
    ev("skeleton-plan", "يجري العمل على استخلاص الهيكل العظمي", SKELETON[0], "no own expression; the institute's plan announced after the finding, 7-9 Jan 2018 (my span)", end=SKELETON[1]),
])
art(S, "https://ahlmasrnews.com/516666/خرها-حوت-إسكندرية-كائنات-بحرية-نادرة-اختارت-مصر-لتكون-محطتها-الأخيرة",
    "2018-01-08", "no date on the stored page; the body's 'منذ ساعات' and 'صباح أمس' for the whale found on the morning of Sun 7 Jan 2018 (soutalomma's item of 00:40 on 8 Jan, newlebanon 'صباح الأحد') put the page on Mon 8 Jan 2018; 'العام الماضي 2017' agrees with 2018; the sub-headings '-حوت الإسكندرية' and '-سلحفتين ودولفين' dropped; the last, truncated sentence cut to its complete clause; no date of its own in the text", False, """
آخرها حوت إسكندرية.. كائنات بحرية نادرة اختارت مصر لتكون محطتها الأخيرة
شهدت شواطئ الإسكندرية منذ ساعات ظهور جثة ضخمة لحوت نافق، في مشهد أثار رهبة السكان لبعض الوقت إلى أن تدخلت الجهات المسؤولة، وتبين لوزارة البيئة أن الحوت من الفصائل النادرة والمهددة بالانقراض في العالم.
واللافت أنها ليست المرة الأولى التي تختار فيها كائنات بحرية نادرة الشواطئ المصرية محطة أخيرة لحياتها، والحوت أحدثها.
فقد ظهر على شاطئ قريب من منطقة ستانلي حوت ضخم نافق يبلغ طوله نحو 12 مترًا، صباح أمس، من النوع المعروف بـ"ذي الزعنفة الظهرية"، وقد جرفته نوة أعياد الميلاد إلى الشاطئ بعد دخوله من مضيق جبل طارق.
وجاء في البيان الأول عن الجثة النافقة أن الحوت من الفصائل النادرة المهددة بالانقراض، وأن هيكله سيوضع في متحف خاص بالكائنات البحرية.
وفي شهر أغسطس من العام الماضي 2017، فوجئ المصطافون على شواطئ محافظة بورسعيد بظهور حيوانات مائية نافقة على الشاطئ.
""", [
    ev("whale-found", "حوت ضخم نافق يبلغ طوله نحو 12 مترًا، صباح أمس", FOUND, "'صباح أمس' from Mon 8 Jan 2018 = the morning of Sun 7 Jan 2018"),
    ev("nawa", "وقد جرفته نوة أعياد الميلاد إلى الشاطئ", NAWA[0], "no own expression; 'نوة أعياد الميلاد' = the three-day storm that ended before Sun 7 Jan 2018 (my span 4-6 Jan)", end=NAWA[1]),
    ev("endangered-statement", "وجاء في البيان الأول عن الجثة النافقة", FOUND, "no own expression; the first statement after the finding, Sun 7 - Mon 8 Jan 2018 (my span)", end="2018-01-09"),
    ev("skeleton-plan", "وأن هيكله سيوضع في متحف خاص", SKELETON[0], "no own expression; the plan announced after the finding, 7-9 Jan 2018 (my span)", end=SKELETON[1]),
    ev("port-said-2017", "وفي شهر أغسطس من العام الماضي 2017", "2017-08-01", "'شهر أغسطس من العام الماضي 2017' = August 2017", end="2017-09-01"),
])
art(S, "https://sauress.com/alriyadh/1653056",
    "2018-01-09", "no date on the stored page (a sauress copy of Al-Riyadh); the body's '«أول أمس»' for the finding of Sun 7 Jan 2018 (soutalomma's item of 00:40 on Mon 8 Jan, newlebanon 'صباح الأحد') puts the page on Tue 9 Jan 2018; headline written from the body (the stored text has none); the player notice 'Your browser doe' dropped; no date of its own in the text", False, """
العثور على حوت ضخم نافق على شاطئ الإسكندرية
عثرت الجهات الأمنية المصرية في مدينة الإسكندرية «أول أمس» على حوت ضخم نافق على شاطئ منطقة رشدي، يبلغ طوله «13» مترًا ويزن أربعة أطنان.
وذكر مصدر أمني مصري أن مدير أمن الإسكندرية اللواء مصطفى النمر تلقى إخطارًا من مأمور قسم سيدي جابر بالعثور على سمكة كبيرة الحجم في مياه شاطئ رشدي أمام أحد الفنادق، فانتقلت قيادات المديرية وضباط القسم وقوات من الحماية المدنية «وحدة الإنقاذ النهري».
وأضاف أن الفحص كشف أنها حوت نافق أسود في أبيض، انتشلته وحدة الإنقاذ النهري وسلّمته لمسؤولي المعهد القومي لعلوم البحار لاتخاذ التدابير اللازمة.
وأوضح المصدر أن الحوت من نوع ذي الزعنفة الظهرية، وهو من الثدييات البحرية وموطنه الأصلي المحيط الأطلنطي، وأن دخول السنة الجديدة هو سبب وصوله إلى الشاطئ عبر مضيق جبل طارق.
من جهة أخرى، أفاد تقرير تلقاه وزير التعليم العالي والبحث العلمي المصري الدكتور خالد عبدالغفار بأنه تجري الاستعانة بالقوات البحرية المصرية لنقل الحوت النافق إلى محطة بحوث الماكس التابعة للمعهد ودفنه بالملح والجير الحي، تمهيدًا لاستخراج هيكله العظمي وعرضه في متحف المعهد بالأنفوشي.
""", [
    ev("whale-found", "عثرت الجهات الأمنية المصرية في مدينة الإسكندرية «أول أمس»", FOUND, "'أول أمس' from Tue 9 Jan 2018 = Sun 7 Jan 2018"),
    ev("whale-recovered", "انتشلته وحدة الإنقاذ النهري وسلّمته", FOUND, "no own expression; the same day, Sun 7 Jan 2018"),
    ev("navy-transfer", "تجري الاستعانة بالقوات البحرية المصرية لنقل الحوت", "2018-01-08", "no own expression; the plan reported to the minister after the finding, Mon 8 - Tue 9 Jan 2018 (my span)", end="2018-01-10"),
    ev("skeleton-plan", "تمهيدًا لاستخراج هيكله العظمي", SKELETON[0], "no own expression; the plan announced after the finding, 7-9 Jan 2018 (my span)", end=SKELETON[1]),
])

# ---------------------------------------------------------------- egypt-giza-zoo-elephant-naima-death-2019
S = "egypt-giza-zoo-elephant-naima-death-2019"
NAIMA_DEATH = "2019-10-06"    # Sun 6 Oct 2019: Naima falls ill about 7 a.m. and dies in the afternoon (5:30 p.m.)
ARRIVAL_1983 = ("1983-01-01", "1984-01-01")
art(S, "https://www.masress.com/almasryalyoum/4491614",
    "2019-10-07", "no date on the stored page (a masress copy of Al-Masry Al-Youm); the body's 'مساء أمس' and 'في الخامسة والنصف مساء أمس' for the death, which the other outlets date to Sunday ('الأحد الماضي' in aljarida of 10 Oct and arabicpost of 9 Oct; 'صباح الأحد' in aletihad) = Sun 6 Oct 2019, put the page on Mon 7 Oct 2019; headline written from the body (the stored text has none); the last, truncated sentence (an old keeper's words) dropped; no date of its own in the text", False, """
حزن في حديقة حيوان الجيزة بعد نفوق الفيلة «نعيمة»
سادت حالة من الحزن داخل حديقة حيوان الجيزة مساء أمس بعد نفوق الفيلة «نعيمة»، آخر فيلة في الحديقة، التي سبقتها الفيلة «كريمة» بالنفوق في عام 2016.
وبدأت لجنة بيطرية من القوات المسلحة وجامعة القاهرة ومعهد صحة الحيوان في سحب عينات منها للتأكد من سبب الوفاة، بينما بدأت إجراءات تحنيط الجلد.
وقال الدكتور محمد رجائي، رئيس الإدارة المركزية لحدائق الحيوان، لـ«المصري اليوم» إن «نعيمة» أصابها الإعياء، فشُكلت لجنة من خبراء المستشفى البيطري بالقوات المسلحة وأساتذة كلية الطب البيطري بجامعة القاهرة وخبراء معهد صحة الحيوان وأطباء الحديقة لتشخيص حالتها والتدخل العلاجي العاجل أملًا في إنقاذها، لكنها نفقت في الخامسة والنصف مساء أمس.
وأضاف رجائي أن الفحص الظاهري يرجح أن يكون كبر السن سبب الوفاة، وأن الهيئة العامة للخدمات البيطرية أُبلغت بحالة الفيلة منذ بدء مرضها حتى نفوقها.
وأشار إلى أن الحديقة اتخذت الإجراءات البيطرية اللازمة قبل الدفن الصحي، بعد انتهاء تقرير الصفة التشريحية، بسحب العينات وفحصها لإعداد تقرير طبي عن أسباب النفوق.
""", [
    ev("naima-death", "لكنها نفقت في الخامسة والنصف مساء أمس", NAIMA_DEATH, "'في الخامسة والنصف مساء أمس' from Mon 7 Oct 2019 = 5:30 p.m. on Sun 6 Oct 2019"),
    ev("karima-death", "سبقتها الفيلة «كريمة» بالنفوق في عام 2016", "2016-01-01", "'في عام 2016' = the year 2016", end="2017-01-01"),
    ev("samples-taken", "في سحب عينات منها للتأكد من سبب الوفاة", NAIMA_DEATH, "no own expression; the committee began after the death of Sun 6 Oct 2019 (my span 6-7 Oct)", end="2019-10-08"),
    ev("taxidermy-start", "بينما بدأت إجراءات تحنيط الجلد", NAIMA_DEATH, "no own expression; begun after the death of Sun 6 Oct 2019 (my span 6-7 Oct)", end="2019-10-08"),
    ev("illness", "إن «نعيمة» أصابها الإعياء", NAIMA_DEATH, "no own expression; she fell ill about 7 a.m. on Sun 6 Oct 2019 (arabicpost's 'صباح يوم الأحد الماضي')"),
])
art(S, "https://arabicpost.net/منوعات-وغرائب/2019/10/09/لوفيغارو-الفرنسية-اﻹهمال-وراء-نفوق/",
    "2019-10-09", "page time line 'تم النشر: 2019/10/09 الساعة 18:56 بتوقيت غرينتش' (kept as first line; 9 Oct 2019 was a Wednesday) and date in the URL '/2019/10/09/'; the update line 'تم التحديث: 2019/10/10 الساعة 15:30', 'عربي بوست', 'ترجمة' and the caption dropped; headline shortened; the source's 'نعمة' for Naima in the lead made 'نعيمة'; the last, truncated sentence dropped", True, """
تم النشر: 2019/10/09 الساعة 18:56 بتوقيت غرينتش
«لوفيغارو»: الإهمال وراء نفوق الفيلة المصرية نعيمة وغيرها من الحيوانات
أعلن مسؤول مصري، الثلاثاء 8 أكتوبر/تشرين الأول، أن الفيلة نعيمة، آخر فيلة إفريقية في حديقة الحيوان بالجيزة، نفقت بعد إصابتها بجلطة دموية في القلب.
وبحسب تقرير لصحيفة لوفيغارو الفرنسية، نفقت الفيلة الأحد الماضي عن عمر 40 عامًا، بعدما ظلت عقودًا عامل الجذب الأول في الحديقة.
ونقلت وكالة الأنباء الفرنسية عن محمد رجائي، رئيس إدارة حماية الحياة البرية، قوله إن نعيمة مرضت نحو الساعة السابعة من صباح يوم الأحد الماضي، وإن كل جهد ممكن بُذل لعلاجها حتى ما بعد الظهيرة.
وأضاف أن أفضل الأطباء البيطريين والخبراء أُرسلوا لعلاجها لكنها لم تستجب للأدوية، ثم أظهر التقرير الطبي بعد نفوقها أنها كانت تعاني جلطة دموية في القلب.
ووصلت نعيمة إلى حديقة الحيوان بالجيزة عام 1983 وهي في الرابعة من عمرها.
""", [
    ev("official-announcement", "أعلن مسؤول مصري، الثلاثاء 8 أكتوبر/تشرين الأول", "2019-10-08", "'الثلاثاء 8 أكتوبر/تشرين الأول' = Tue 8 Oct 2019 (the AFP interview relayed by Le Figaro)"),
    ev("naima-death", "نفقت الفيلة الأحد الماضي عن عمر 40 عامًا", NAIMA_DEATH, "'الأحد الماضي' from Wed 9 Oct 2019 = Sun 6 Oct 2019"),
    ev("illness", "مرضت نحو الساعة السابعة من صباح يوم الأحد الماضي", NAIMA_DEATH, "'نحو الساعة السابعة من صباح يوم الأحد الماضي' = about 7 a.m. on Sun 6 Oct 2019"),
    ev("medical-report", "ثم أظهر التقرير الطبي بعد نفوقها", NAIMA_DEATH, "no own expression; the report after the death of Sun 6 Oct and before the announcement of Tue 8 Oct 2019 (my span)", end="2019-10-09"),
    ev("arrival-1983", "ووصلت نعيمة إلى حديقة الحيوان بالجيزة عام 1983", ARRIVAL_1983[0], "'عام 1983' = the year 1983", end=ARRIVAL_1983[1]),
])
art(S, "https://www.aljarida.com/articles/1570639544662199200/",
    "2019-10-10", "page date line 'نشر في 10-10-2019' (kept as first line) with 'آخر تحديث 10-10-2019 | 00:05' (10 Oct 2019 was a Thursday); the body's 'الأحد الماضي' and 'السبت الماضي' agree; the update line and the caption dropped; the last, truncated sentence (the director's words) dropped", True, """
نشر في 10-10-2019
الجيزة حزينة على نعيمة
أعلنت حديقة حيوانات الجيزة في مصر، وهي من أكبر حدائق الحيوان في العالم، نفوق آخر فيلة لديها عن 40 عامًا.
ونعت الحديقة الفيلة "نعيمة" عبر صفحتها على "فيسبوك"، فكتبت أن الإدارة المركزية لحدائق الحيوان تنعى إلى كل محبي الحديقة والعاملين فيها من أطباء وكلافين فقدان نعيمة، أنثى الفيل الإفريقي التي قضت حياتها كلها في الحديقة مستمتعة بزياراتهم.
ونقلت "بي بي سي" عن مسؤولين في الحديقة أن أنثى الفيل الملقبة بـ"نعيمة" نفقت الأحد الماضي، بعد ساعات من إصابتها بجلطة في القلب.
وكانت "نعيمة" معروفة بشراستها، إذ تسببت في نفوق ذكرها الذي مات متأثرًا بضربة قوية منها.
وبحسب مسؤولي الحديقة، كانت الفيلة طبيعية السبت الماضي، لكنها سقطت أرضًا من الألم يوم الأحد، فاستُدعي طاقم من الأطباء البيطريين على الفور، غير أنها لفظت أنفاسها الأخيرة أثناء العلاج الأولي بحضورهم.
وقد جاءت "نعيمة" إلى الحديقة عام 1983 برفقة فيل ذكر.
""", [
    ev("naima-death", "نفقت الأحد الماضي، بعد ساعات من إصابتها", NAIMA_DEATH, "'الأحد الماضي' from Thu 10 Oct 2019 = Sun 6 Oct 2019"),
    ev("zoo-facebook-mourning", "ونعت الحديقة الفيلة \"نعيمة\" عبر صفحتها", NAIMA_DEATH, "no own expression; the zoo's Facebook post after the death of Sun 6 Oct 2019 (aletihad quotes Facebook comments of Monday 7 Oct): my span 6-7 Oct", end="2019-10-08"),
    ev("normal-saturday", "كانت الفيلة طبيعية السبت الماضي", "2019-10-05", "'السبت الماضي' from Thu 10 Oct 2019 = Sat 5 Oct 2019"),
    ev("illness", "لكنها سقطت أرضًا من الألم يوم الأحد", NAIMA_DEATH, "'يوم الأحد' (after 'السبت الماضي') = Sun 6 Oct 2019"),
    ev("arrival-1983", "جاءت \"نعيمة\" إلى الحديقة عام 1983", ARRIVAL_1983[0], "'عام 1983' = the year 1983", end=ARRIVAL_1983[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 300)
                            if i != 201 and i != 291
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

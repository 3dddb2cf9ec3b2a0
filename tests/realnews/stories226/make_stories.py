"""Builds stories.jsonl: the 226-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories204/make_stories.py). Domain: robberies (bank robberies, armed robberies of cash
transports and money-transfer companies, and the arrests that followed): the failed armed raid on the
Al-Ahli bank branch in Aden and the banks' strike (Yemen, 2017), the cash-van robbery in front of a bank
agency in Tangier (Morocco, 2021), the Zawiya branch robbery of the Rafidain bank in Baghdad and the
officers behind it (Iraq, 2009), the wave of armed robberies in Cairo after the HSBC New Cairo raid (Egypt,
2012). None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- yemen-aden-ahli-bank-robbery-2017
S = "yemen-aden-ahli-bank-robbery-2017"
art(S, "https://alsabahalyemeni.net/%d8%a8%d8%a7%d9%84%d8%b5%d9%88%d8%b1-%d8%b3%d8%b7%d9%88-%d9%85%d8%b3%d9%84%d8%ad-%d8%b9%d9%84%d9%89-%d9%81%d8%b1%d8%b9-%d8%a7%d9%84%d8%a8%d9%86%d9%83-%d8%a7%d9%84%d8%a7%d9%87%d9%84%d9%8a-%d8%a8",
    "2017-07-13", "no stamp or URL date in the stored page: fixed by the body's 'صباح اليوم الخميس' for the armed raid on the Al-Ahli bank branch in Mansoura, Aden, which took place on Thu 13 Jul 2017 (other outlets: 'الخميس الماضي' in reports of Sun 16 and Mon 17 Jul; a dateline 'الجمعة 14 يوليو 2017' the day after); the manager is still alive in intensive care, as on the raid day; the truncated last sentence ('... لتمويل انشطتهم الاجرامية دا') dropped", False, """
أُصيب ثلاثة من موظفي البنك الأهلي في محافظة عدن خلال عملية سطو مسلح استهدفت فرع البنك في مديرية المنصورة.
وذكرت مصادر محلية أن عصابة مسلحة اقتحمت الفرع الكائن في حي عمر بن عبد العزيز، صباح اليوم الخميس، وأطلقت نيرانا كثيفة بعد دخوله.
وأفادت المصادر بأن مدير الفرع عبد الله النقيب أصيب بطلقتين ناريتين، ونُقل إلى أحد مستشفيات عدن، ولا يزال في غرفة العناية المركزة.
وتشير المعلومات الأولية إلى أن المسلحين حاولوا الاستيلاء على أموال من البنك، لكن موظف الخزانة رفض فتحها، فأطلقوا النار لإرهابه وأصابوه، كما أصابوا أحد أفراد الحماية الأمنية للبنك.
وتداول ناشطون على مواقع التواصل الاجتماعي صورا قيل إنها التُقطت من كاميرات المراقبة لعملية السطو التي تعرض لها البنك.
وتفيد مصادر أخرى بأن العصابة نهبت مبالغ كانت بحوزة الموظفين المكلفين بإيداع النقود وصرف الشيكات، دون أن تحدد قيمتها.
""", [
    ev("robbery", "اقتحمت الفرع الكائن في حي عمر بن عبد العزيز، صباح اليوم الخميس", "2017-07-13", "'صباح اليوم الخميس' = the morning of Thu 13 Jul 2017"),
    ev("manager-shot", "أصيب بطلقتين ناريتين", "2017-07-13", "no own expression; the branch manager was shot during the raid of Thu 13 Jul 2017"),
    ev("cctv-images", "وتداول ناشطون على مواقع التواصل الاجتماعي صورا", "2017-07-13", "no own expression; images shared on the raid day, Thu 13 Jul 2017 (the bank released the full video on Fri 14)"),
])
art(S, "https://alwaqaaljadeed.com/?p=25359",
    "2017-07-14", "dateline '((الواقع الجديد)) الجمعة 14 يوليو 2017 / عدن – خاص' at the head of the stored text (kept as first line 'الجمعة 14 يوليو 2017'); 14 Jul 2017 was a Friday, the day after the raid; another outlet (adennews) reports the governor's words with 'اليوم الجمعة'", True, """
الجمعة 14 يوليو 2017
وجّه محافظ عدن عبد العزيز المفلحي الأجهزة الأمنية بالإسراع في القبض على المسلحين الذين هاجموا مبنى فرع البنك الأهلي اليمني في مديرية المنصورة بعدن، وأطلقوا النار على موظفيه في محاولة فاشلة للسطو عليه.
ودعا المحافظ الأجهزة الأمنية إلى استنفار كل قواها والتحرك العاجل لضبط هؤلاء المسلحين وتقديمهم إلى المحاكمة وإنزال العقاب القانوني بهم.
وشدد على أن الأيادي الآثمة التي نفذت الهجوم المسلح على الفرع لن تنجو بفعلتها، ولن تنجح في تعكير صفو الأمن الذي تعيشه عدن بفضل جهود رجال الأمن والحزام الأمني، بدعم من التحالف العربي.
وأشاد المفلحي بشجاعة موظفي الفرع ومديره عبد الله سالم النقيب، الذي أُصيب بعد أن رفض تسليم مفاتيح خزائن البنك للمهاجمين، فأطلقوا عليه النار لإجباره على تسليمها.
وأكد أن السلطة المحلية ستتكفل بمصابي الحادثة من المدير والموظفين، وستتابع مستجداتها حتى ينال الجناة جزاءهم العادل، متمنيا للمصابين الشفاء العاجل.
""", [
    ev("governor-order", "وجّه محافظ عدن عبد العزيز المفلحي الأجهزة الأمنية", "2017-07-14", "no own expression besides the dateline: the governor's order of Fri 14 Jul 2017 (adennews: 'اليوم الجمعة')"),
    ev("robbery", "في محاولة فاشلة للسطو عليه", "2017-07-13", "no own expression; the raid of Thu 13 Jul 2017, the day before the dateline (other reports: 'صباح اليوم الخميس', 'الخميس الماضي')"),
    ev("manager-shot", "فأطلقوا عليه النار لإجباره على تسليمها", "2017-07-13", "no own expression; the manager was shot during the raid of Thu 13 Jul 2017"),
])
art(S, "https://www.alyementoday.com/amp/92/195347-شلل-اقتصادي-في-اليمن-جراء-إضراب-البنوك-والمصارف-عن-العمل",
    "2017-07-16", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الأحد' for the Aden bank managers' meeting that announced the strike, with 'عقب ثلاثة أيام من عملية السطو' (the raid of Thu 13 Jul 2017): so Sun 16 Jul 2017 (another outlet, Mon 17 Jul: 'أمس الأحد، أعلن 11 بنكًا ... الإضراب'); the stored text opens in mid-headline ('شللًا اقتصاديًا جرّاء إضراب البنوك', rendered as a headline); the truncated last sentence dropped", False, """
شلل اقتصادي جراء إضراب البنوك
تعيش محافظة عدن، العاصمة المؤقتة لليمن، حالة شلل اقتصادي بسبب إضراب البنوك والمصارف، إذ بدأت البنوك العاملة فيها، اليوم الأحد، إضرابا عن العمل يستمر ثلاثة أيام، للضغط على السلطات الأمنية في المحافظة وإلزامها بتوفير الحماية للبنوك والمصارف.
وجاء إعلان الإضراب إثر اجتماع عُقد صباح اليوم الأحد وضم مديري البنوك العاملة في عدن، الذين أقلقهم ما تعرض له فرع البنك الأهلي في المنصورة مؤخرا من سطو مسلح.
كما قرر المجتمعون وقف أعمال المقاصة بين كل فروع البنوك الحكومية والخاصة العاملة في عدن لدى البنك المركزي ابتداء من يوم الإثنين.
وطالب مديرو البنوك الموقعون على عريضة الإضراب الأجهزة الأمنية بتوفير الحماية لفروع البنوك في مديريات العاصمة المؤقتة.
وأكد الموقعون أن التصعيد سيستمر ما لم تتخذ الجهات الأمنية في عدن إجراءات حاسمة في هذا الملف.
ويأتي هذا التصعيد عقب ثلاثة أيام من عملية السطو المسلح على فرع البنك الأهلي اليمني في المنصورة، التي أصيب فيها مدير الفرع عبد الله سالم النقيب بجروح خطيرة، إلى جانب ثلاثة من أفراد حراسة البنك.
""", [
    ev("strike", "إذ بدأت البنوك العاملة فيها، اليوم الأحد، إضرابا عن العمل", "2017-07-16", "'اليوم الأحد' = Sun 16 Jul 2017; banks closed on Sunday and the strike was called off on Mon 17 Jul (another outlet), so my span is 16-17 Jul", end="2017-07-18"),
    ev("strike-announced", "إثر اجتماع عُقد صباح اليوم الأحد", "2017-07-16", "'صباح اليوم الأحد' = the morning of Sun 16 Jul 2017"),
    ev("clearing-halt", "ابتداء من يوم الإثنين", "2017-07-17", "'يوم الإثنين' after Sun 16 = Mon 17 Jul 2017 (the clearing halt was to start then; the strike ended the same day)"),
    ev("robbery", "عقب ثلاثة أيام من عملية السطو المسلح", "2017-07-13", "'عقب ثلاثة أيام' before Sun 16 Jul = Thu 13 Jul 2017"),
])
art(S, "https://aajsy.com/home/GoToPage/3f92bc01-fe51-4be0-a318-fbbce8eb2c32/e00a4993-ba6f-4648-a311-eaa6bdcc1cf3",
    "2017-07-17", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الإثنين' for the end of the banks' strike, announced 'أمس الأحد', with 'والخميس الماضي' for the raid (Thu 13 Jul 2017): the strike was announced on Sun 16 Jul (another outlet: 'اليوم الأحد'), so Mon 17 Jul 2017; the truncated last sentence ('... وأصابوا حارسه، غ') dropped", False, """
أنهت مصارف حكومية وخاصة في اليمن، اليوم الإثنين، إضرابا عن العمل كانت قد أعلنته أمس الأحد، عقب اتفاق أبرمته مع وزارة الداخلية تلتزم بموجبه الأخيرة بتوفير الحماية الأمنية للبنوك.
وكان 11 بنكا في محافظة عدن (جنوب) قد أعلنت أمس الأحد الإضراب عن العمل مدة 3 أيام، اعتبارا من صباح اليوم، احتجاجا على عملية سطو مسلح تعرض لها البنك "الأهلي" في المحافظة.
ونص الاتفاق بين وزارة الداخلية ومديري المصارف، الذي نشرته وكالة "الأناضول"، على إنهاء الإضراب المعلن مقابل أن تشدد الحكومة إجراءاتها الأمنية على البنوك التجارية والإسلامية الـ11 العاملة في عدن خلال الفترة القادمة.
والخميس الماضي، اقتحم مسلحون مجهولون يرتدون الزي العسكري الرسمي لقوات مكافحة الإرهاب اليمنية البنك الأهلي في مديرية المنصورة بمحافظة عدن.
وقال مدير البنك محمد حلوب، في حسابه على موقع "فيسبوك"، إن "عصابة مسلحة يزيد عدد أفرادها على 10 مسلحين يلبسون الزي الرسمي لقوات مكافحة الإرهاب نفذت السطو المسلح على فرع البنك الأهلي اليمني في عدن".
""", [
    ev("strike-end", "أنهت مصارف حكومية وخاصة في اليمن، اليوم الإثنين", "2017-07-17", "'اليوم الإثنين' = Mon 17 Jul 2017"),
    ev("interior-agreement", "عقب اتفاق أبرمته مع وزارة الداخلية", "2017-07-17", "no own expression; the agreement that ended the strike on Mon 17 Jul 2017"),
    ev("strike-announced", "قد أعلنت أمس الأحد الإضراب عن العمل", "2017-07-16", "'أمس الأحد' before Mon 17 Jul = Sun 16 Jul 2017"),
    ev("robbery", "والخميس الماضي، اقتحم مسلحون مجهولون", "2017-07-13", "'الخميس الماضي' before Mon 17 Jul = Thu 13 Jul 2017"),
])

# ---------------------------------------------------------------- morocco-tangier-cash-van-robbery-2021
S = "morocco-tangier-cash-van-robbery-2021"
art(S, "https://maghress.com/nadorcity/108043",
    "2021-11-22", "a maghress mirror of a Nadorcity item without stamp or URL date: fixed by the body's 'اليوم الاثنين' (twice) for the robbery of the cash van in front of the BMCE agency on Tetouan road, Tangier, which took place on Mon 22 Nov 2021 (other outlets: 'امس الاثنين 22 نونبر 2021' under a stamp of 23 Nov)", False, """
نفذت عصابة مسلحة، اليوم الاثنين، عملية سطو كبرى استهدفت شاحنة لنقل الأموال، وألحقت بالشركة خسائر جسيمة بلغت، وفق مصادر محلية، 160 مليون سنتيم.
وبحسب المصادر نفسها، تعرضت السيارة المكلفة بنقل الأموال، بعد زوال اليوم الاثنين، لهجوم مسلح نفذته عصابة ملثمة على مستوى طريق تطوان قرب مسجد السوريين بمدينة طنجة.
ووقعت العملية أمام وكالة البنك المغربي للتجارة الخارجية لإفريقيا، إذ أفادت صحف محلية بأن الملثمين نزلوا من سيارة أجرة ثم اعترضوا ناقلة الأموال أمام المؤسسة المالية المذكورة.
ولإنجاح خطتهم، اعتدى الملثمون على سائق الناقلة ومساعده، ثم استولوا على مبلغ قدره 160 مليون سنتيم.
وأضافت المصادر أن أفراد العصابة فروا إلى وجهة مجهولة، في حين أحدث الحادث استنفارا غير مسبوق لدى مصالح الأمن، التي حلت بمختلف عناصرها بمسرح الجريمة لبدء التحريات وفك خيوطها.
""", [
    ev("robbery", "نفذت عصابة مسلحة، اليوم الاثنين، عملية سطو كبرى", "2021-11-22", "'اليوم الاثنين' = Mon 22 Nov 2021"),
    ev("escape", "فروا إلى وجهة مجهولة", "2021-11-22", "no own expression; the robbers fled right after the robbery of Mon 22 Nov 2021"),
    ev("investigation", "حلت بمختلف عناصرها بمسرح الجريمة لبدء التحريات", "2021-11-22", "no own expression; the police came to the scene and began the inquiry on Mon 22 Nov 2021"),
])
art(S, "https://respress.ma/%d8%b7%d9%86%d8%ac%d8%a9-%d8%b9%d8%b5%d8%a7%d8%a8%d8%a9-%d8%aa%d8%b3%d8%b7%d9%88-%d8%b9%d9%84%d9%89-160-%d9%85%d9%84%d9%8a%d9%88%d9%86-%d9%85%d9%86-%d8%b4%d8%a7%d8%ad%d9%86%d8%a9-%d9%84%d9%86%d9%82",
    "2021-11-23", "page stamp 'admin23 نوفمبر 2021' above the text (kept as first line '23 نوفمبر 2021', before the headline); 23 Nov 2021 was a Tuesday, and the body's 'امس الاثنين 22 نونبر 2021' agrees; the author line, 'آخر تحديث : منذ 3 سنوات', 'رابط مختصر' and the comment form dropped", True, """
23 نوفمبر 2021
طنجة.. عصابة تسطو على 160 مليونا من شاحنة لنقل الأموال
تعرضت شاحنة لنقل الأموال بحي السوريين على طريق تطوان بمدينة طنجة، امس الاثنين 22 نونبر 2021، لسطو نفذته عصابة أمام وكالة بنكية تابعة للبنك المغربي للتجارة الخارجية BMCE، وتمكنت من الاستيلاء على ما يناهز 160 مليون سنتيم.
وحسب المعطيات المتوفرة، كان المجهولان اللذان نفذا العملية يخفيان وجهيهما بأقنعة سوداء، وقد فرا على متن سيارة أجرة صغيرة كانت في انتظارهما قرب الوكالة البنكية، في اتجاه مجهول.
ووفق المصادر ذاتها، تشهد المنطقة استنفارا أمنيا كبيرا لمعرفة تفاصيل الحادث وتحديد هوية المشتبه فيهما.
وفور علمها بعملية السطو المسلح، طوقت المصالح الأمنية التابعة لولاية أمن طنجة مكان الحادث، وفتحت تحقيقا عاجلا لمعرفة ملابساته وإيقاف المشتبه فيهما، تحت إشراف مباشر من النيابة العامة المختصة.
""", [
    ev("robbery", "امس الاثنين 22 نونبر 2021", "2021-11-22", "'امس الاثنين 22 نونبر 2021' = Mon 22 Nov 2021"),
    ev("escape", "فرا على متن سيارة أجرة صغيرة", "2021-11-22", "no own expression; the flight by taxi right after the robbery of Mon 22 Nov 2021"),
    ev("security-alert", "تشهد المنطقة استنفارا أمنيا كبيرا", "2021-11-22", "no own expression; the present tense: from the robbery of Mon 22 Nov to the publication day (my span 22-23 Nov 2021)", end="2021-11-24"),
    ev("investigation", "وفتحت تحقيقا عاجلا لمعرفة ملابساته", "2021-11-22", "no own expression; the inquiry opened as soon as the police learned of the robbery, Mon 22 Nov 2021"),
])
art(S, "https://alhadathpress.com/%d8%a8%d8%b7%d8%b1%d9%8a%d9%82%d8%a9-%d9%87%d9%88%d9%84%d9%8a%d9%88%d8%af%d9%8a%d8%a9-%d9%85%d8%ac%d9%85%d9%88%d8%b9%d8%a9-%d9%85%d9%86-%d8%a7%d9%84%d9%84%d8%b5%d9%88%d8%b5-%d8%aa%d9%86%d8%ac%d8%ad",
    "2021-11-23", "no stamp or URL date in the stored page: fixed by the body's 'مساء أمس الاثنين 22 نونبر الجاري' for the robbery (Mon 22 Nov 2021): so Tue 23 Nov 2021; the full date in the text is the robbery's, not the publication day's", False, """
تمكنت مجموعة من اللصوص بمدينة طنجة، مساء أمس الاثنين 22 نونبر الجاري، من سرقة سيارة لنقل الأموال، لحظة خروج أحد مساعدي السائق من إحدى الوكالات البنكية وسط المدينة.
وبحسب ما أوردته بعض الصحف المحلية، نُفذت عملية السطو أمام وكالة البنك المغربي للتجارة بإفريقيا، على يد أشخاص ملثمين نزلوا من سيارة أجرة ثم اعترضوا سيارة نقل الأموال أمام الوكالة البنكية.
وأضاف المصدر نفسه أن الأنباء تضاربت حول المبلغ الذي سرقه اللصوص، الذين فروا كالبرق إلى وجهة مجهولة، فمنهم من حدده في 160 مليونا، بينما قدّرته مصادر أخرى بـ400 مليون سنتيم.
وأدى الحادث إلى استنفار غير مسبوق لمختلف المصالح الأمنية، التي حلت بعين المكان لبدء التحريات والكشف عن خيوط الجريمة.
وشملت التحقيقات التي أجرتها عناصر الشرطة القضائية مساعد السائق للاشتباه في ضلوعه في الحادث، إلى جانب استجواب السائق، كما تم اللجوء إلى الكاميرات المثبتة بالوكالة وأخذ البصمات للتعرف على مرتكبي الجريمة.
""", [
    ev("robbery", "مساء أمس الاثنين 22 نونبر الجاري", "2021-11-22", "'مساء أمس الاثنين 22 نونبر الجاري' = Mon 22 Nov 2021 (another report: 'بعد زوال اليوم الاثنين')"),
    ev("escape", "فروا كالبرق إلى وجهة مجهولة", "2021-11-22", "no own expression; the flight right after the robbery of Mon 22 Nov 2021"),
    ev("investigation", "حلت بعين المكان لبدء التحريات", "2021-11-22", "no own expression; the police came to the scene on Mon 22 Nov 2021"),
    ev("assistant-questioned", "وشملت التحقيقات التي أجرتها عناصر الشرطة القضائية مساعد السائق", "2021-11-22", "no own expression; the questioning of the driver and his assistant between the robbery (Mon 22 Nov) and the publication day (my span 22-23 Nov 2021)", end="2021-11-24"),
])
art(S, "http://m.ahdath.info/699591",
    "2021-11-23", "byline stamp 'محمد كویمن الثلاثاء 23 نوفمبر 2021' under the headline (kept as first line 'الثلاثاء 23 نوفمبر 2021', before the headline); 23 Nov 2021 was a Tuesday; the author's name, the rubric 'مجتمع' and the credit 'Ahdath.info' dropped; the stored text uses Persian letter forms (ھ, ی), written here in Arabic letters; the last sentence cut at its complete clause (the stored text breaks off at 'وذ')", True, """
الثلاثاء 23 نوفمبر 2021
السطو على 160 مليون.. البحث عن سائق طاكسي مزور بطنجة
بدت عملية السطو على مبلغ مالي أمام وكالة بنكية وسط مدينة طنجة "سهلة"، ولم تتطلب جهدا كبيرا، إذ تمت دون عنف، بل غادر منفذوها موقع الجريمة على متن سيارة أجرة.
وقع ذلك مع بداية هذا الأسبوع عند مدخل طريق تطوان قرب النفق الأرضي لساحة الجامعة العربية، حين أُبلغت مصالح الأمن بطنجة بأن مجهولين اعترضوا ناقلة للأموال أمام مقر وكالة بنكية تابعة للبنك المغربي للتجارة الخارجية، وسرقوا مبلغا ماليا قبل أن يلوذوا بالفرار.
وذكر شهود عيان أن شخصين ترصدا وصول ناقلة الأموال إلى الوكالة، وبينما كان حارس أمن خاص ينقل أربعة أكياس، اعترضه أحد أفراد العصابة واستولى على كيسين، ثم ركب سيارة أجرة صغيرة كانت تنتظره، كشفت المعطيات الأولية للبحث أنها "طاكسي مزور"، وأن المبلغ المسروق يناهز 160 مليون سنتيم.
وليست هذه المرة الأولى التي تشهد فيها المدينة عمليات سطو على وكالات بنكية أو لتحويل الأموال، وكانت آخرها في شهر أبريل المنصرم، حين تعرضت وكالة بنكية بكورنيش المدينة لسطو استولى خلاله لصان على مبلغ 70 ألف درهم.
""", [
    ev("robbery", "وقع ذلك مع بداية هذا الأسبوع", "2021-11-22", "'مع بداية هذا الأسبوع' in the week of Tue 23 Nov 2021 = Mon 22 Nov 2021 (other reports: 'امس الاثنين 22 نونبر 2021')"),
    ev("escape", "ثم ركب سيارة أجرة صغيرة كانت تنتظره", "2021-11-22", "no own expression; the flight by taxi right after the robbery of Mon 22 Nov 2021"),
    ev("april-corniche-robbery", "وكانت آخرها في شهر أبريل المنصرم", "2021-04-01", "'في شهر أبريل المنصرم' = April 2021 (the exact day not given)", end="2021-05-01"),
])

# ---------------------------------------------------------------- iraq-baghdad-zawiya-bank-robbery-2009
S = "iraq-baghdad-zawiya-bank-robbery-2009"
art(S, "https://sauress.com/alhayat/42368",
    "2009-07-29", "a sauress mirror of an Al-Hayat item without stamp or URL date: fixed by the body's 'أبلغ مصدر امني الصحافيين امس' with 'فجر الثلثاء' and 'فجر أمس' for the raid on the Zawiya branch of the Rafidain bank, at dawn on Tue 28 Jul 2009 (BBC's URL '/2009/07/090728_...' reports it the same day): so Wed 29 Jul 2009; the truncated last sentence dropped", False, """
في ثاني عملية سطو من نوعها خلال اسبوع في العاصمة العراقية، اقتحمت مجموعة مسلحة فرع مصرف الرافدين في منطقة الكرادة في قلب بغداد، واستولت على 8 بلايين ونصف بليون دينار (نحو 6 ملايين دولار) من دون خلع أو كسر، ثم لاذت بالفرار بعد أن قتلت ثمانية من الحراس.
وتُعد الكرادة ثاني أهم منطقة أمنية في بغداد بعد «المنطقة الخضراء»، ويكثف فيها انتشار قوات الشرطة والجيش، وتحرسها ألوية تابعة للرئاسة العراقية لوجود منازل عدد من كبار المسؤولين فيها، في حين دعا نواب إلى تشكيل غرفة عمليات مشتركة لتدارك الثغرات الأمنية.
وأبلغ مصدر أمني الصحافيين امس أن «مسلحين مجهولين اقتحموا فجر الثلثاء فرعا لمصرف الرافدين في منطقة الزوية وسط حي الكرادة في بغداد، وسرقوا 4 بلايين ونصف بليون دينار عراقي بعد أن قتلوا 8 من حراس المصرف، وتمكنوا من فك أبواب الخزنة العملاقة بآلة قص».
وعثرت الشرطة فجر أمس على جثث الحراس في إحدى غرف القبو، ونُقلت إلى مستشفى ابن النفيس قبل تسليمها إلى ذويهم، وكان سبعة منهم يرتدون ملابس داخلية، وواحد يرتدي زي الشرطة.
""", [
    ev("robbery", "اقتحموا فجر الثلثاء فرعا لمصرف الرافدين", "2009-07-28", "'فجر الثلثاء' = dawn of Tue 28 Jul 2009"),
    ev("bodies-found", "وعثرت الشرطة فجر أمس على جثث الحراس", "2009-07-28", "'فجر أمس' before Wed 29 Jul = dawn of Tue 28 Jul 2009"),
    ev("mps-call", "دعا نواب إلى تشكيل غرفة عمليات مشتركة", "2009-07-28", "no own expression; MPs' reaction between the raid (Tue 28 Jul) and the publication day (my span 28-29 Jul 2009)", end="2009-07-30"),
])
art(S, "https://elaph.com/Web/Politics/2009/8/467376.htm",
    "2009-08-01", "URL '/2009/8/' (August 2009) and the body's 'كشفت وزارة الداخلية العراقية السبت' for the ministry's press conference naming the officers: the first Saturday of August 2009 is 1 Aug, and the robbery ('فجر الثلاثاء') was on 28 Jul, the minister's identification 'الجمعة' on 31 Jul; another outlet (6 Aug) already knows that the robbers were presidential-guard officers; so Sat 1 Aug 2009; the AFP 'quot;' entities rendered as quotation marks; the truncated last sentence cut at its complete clause", False, """
كشفت وزارة الداخلية العراقية السبت تورط ضباط في الجيش العراقي في سرقة ثمانية مليارات ونصف مليار دينار من «مصرف الرافدين» فرع الزوية في بغداد، وقتل ثمانية حراس فجر الثلاثاء.
ونقلت وكالة فرانس برس عن المتحدث باسم الوزارة اللواء عبد الكريم خلف، خلال مؤتمر صحافي، أن «المنفذ الرئيسي للسرقة هو النقيب جعفر لازم شكاية التميمي، وينتمي إلى الفوج الرئاسي، إضافة إلى الملازم أمين كريم زيارة الفاضلي من الجيش العراقي وشخص ثالث، جندي اسمه عبد الأمير»، من دون أن يعطي تفاصيل أخرى.
وأوضح خلف أن هؤلاء «خططوا لتنفيذ العملية بشكل شخصي مستغلين صفتهم الرسمية كضباط في الجيش ووجودهم في المنطقة»، واصفا «الجريمة بالبشعة، وبأنها جنائية لا علاقة لها بدعم الإرهاب».
ويتولى الفوج الرئاسي أساسا حماية المقرات الرسمية التابعة لمجلس الرئاسة، الذي يضم رئيس الجمهورية جلال طالباني ونائبيه عادل عبد المهدي وطارق الهاشمي.
وكان مسلحون قد اقتحموا فرع البنك المملوك للدولة الثلاثاء، وفتحوا النار على عناصر الأمن، ثم فجروا خزنة البنك بأصابع الديناميت، وفروا بعد أن سرقوا ما يزيد على 7 ملايين دولار، في عملية مخطط لها بشكل جيد.
وكان وزير الداخلية جواد البولاني قد أعلن الجمعة «التعرف على هوية» مرتكبي العملية.
""", [
    ev("officers-named", "كشفت وزارة الداخلية العراقية السبت", "2009-08-01", "'السبت' = Sat 1 Aug 2009 (the ministry's press conference)"),
    ev("robbery", "وقتل ثمانية حراس فجر الثلاثاء", "2009-07-28", "'فجر الثلاثاء' = dawn of Tue 28 Jul 2009"),
    ev("bolani-identification", "قد أعلن الجمعة «التعرف على هوية» مرتكبي العملية", "2009-07-31", "'الجمعة' before Sat 1 Aug = Fri 31 Jul 2009"),
])
art(S, "https://www.asriran.com/ar/news/14499/افشال-محاولة-سرقة-مصرف-في-بغداد-الثلاثاء",
    "2009-08-06", "page stamp 'تأريخ النشر: 16:34 - 06 August 2009' under the code of the item (kept as first line '16:34 - 06 August 2009'); 6 Aug 2009 was a Thursday and the body's 'اليوم الخميس' agrees; 'رمز الخبر: ۱۴۴۹۹' and the credit 'عصرایران -' dropped; the truncated last sentence ('... ان عص') cut at its complete clause", True, """
16:34 - 06 August 2009
أعلنت وزارة المالية العراقية اليوم الخميس أن 5 من الحراس تمكنوا من التصدي لعصابة ترتدي زي قوات الأمن حاولت السطو على مصرف في بغداد، وهي المحاولة الثانية في غضون اسبوع.
وأفادت وكالة مهر للأنباء، نقلا عن وكالة الصحافة الفرنسية، بأن وزارة المالية أوضحت في بيان أن عصابة متنكرة بزي قوة أمنية تستقل 5 دراجات نارية حاولت سرقة مصرف البياع في الساعة 04:45 من صباح الثلاثاء (01:45 بتوقيت غرينتش)، وكسرت الباب الخارجي بإحدى الدراجات.
وأضاف البيان أن قوة حماية المصرف تصدت للسارقين الذين لاذوا بالفرار إلى جهة مجهولة، مؤكدا أن وزير المالية باقر الزبيدي كرّم الحراس الخمسة على تصديهم البطولي للعصابة.
وكان مسلحون قد تمكنوا الثلاثاء الماضي، في عملية مخطط لها بشكل جيد، من دخول مصرف الرافدين فرع الزوية في منطقة الكرادة (وسط) دون خلع أو كسر، وقتلوا 8 من حراسه قبل أن يسرقوا ثمانية مليارات ونصف مليار دينار (حوالي 3.8 مليون دولار).
لكن وزارة الداخلية أعلنت بعد يومين التوصل إلى السارقين واسترجاع المبلغ واعتقال 3 منهم، تبين أنهم ضباط ينتمون إلى الفوج الرئاسي المكلف بحماية نائب رئيس الجمهورية عادل عبد المهدي.
""", [
    ev("finance-statement", "أعلنت وزارة المالية العراقية اليوم الخميس", "2009-08-06", "'اليوم الخميس' = Thu 6 Aug 2009"),
    ev("bayaa-attempt", "في الساعة 04:45 من صباح الثلاثاء", "2009-08-04", "'04:45 من صباح الثلاثاء' before Thu 6 Aug = Tue 4 Aug 2009"),
    ev("robbery", "وكان مسلحون قد تمكنوا الثلاثاء الماضي", "2009-07-28", "'الثلاثاء الماضي' here is the Tuesday before the Bayaa attempt: Tue 28 Jul 2009 (the Zawiya raid; other reports: 'فجر الثلثاء' on 29 Jul)"),
    ev("arrests", "أعلنت بعد يومين التوصل إلى السارقين", "2009-07-30", "'بعد يومين' after Tue 28 Jul = Thu 30 Jul 2009; the minister's identification was announced on Fri 31 Jul (another report), so my span is 30-31 Jul", end="2009-08-01"),
    ev("officers-named", "تبين أنهم ضباط ينتمون إلى الفوج الرئاسي", "2009-08-01", "no own expression; the interior ministry named the presidential-guard officers on Sat 1 Aug 2009 (another report: 'كشفت وزارة الداخلية العراقية السبت')"),
])

# ---------------------------------------------------------------- egypt-cairo-hsbc-robbery-wave-2012
S = "egypt-cairo-hsbc-robbery-wave-2012"
art(S, "http://www.aljazeera.net/home/print/f6451603-4dff-4ca1-9c10-122741d17432/060cb51f-a6e1-4a0b-a35a-a2f5c4168e8f",
    "2012-02-01", "date line 'الأربعاء 1433/3/9 هـ - الموافق 1/2/2012 م (آخر تحديث) الساعة 22:50 (مكة المكرمة)، 19:50 (غرينتش)' under the headline (kept as first line 'الأربعاء 1433/3/9 هـ - الموافق 1/2/2012 م', before the headline); 1 Feb 2012 was a Wednesday and the body's 'الأربعاء' agrees; the photo caption and '(الأوربية-أرشيف)' dropped; the truncated last sentence cut at its complete clause", True, """
الأربعاء 1433/3/9 هـ - الموافق 1/2/2012 م
جرائم سطو مسلح نادرة بمصر
نفذ شخصان الأربعاء عملية سطو مسلح على شركة لنقل الأموال في القاهرة، ليرتفع بذلك عدد هذه الجرائم النادرة في مصر إلى خمسة في أقل من أسبوع.
وقالت وكالة أنباء الشرق الأوسط المصرية الرسمية إن مجهولين هاجما شركة "سوبر سيرفس" المصرية في حي مدينة نصر شرقي القاهرة، واستوليا على 800 ألف جنيه مصري (130 ألف دولار).
وكان مكتب بريد حلوان، الضاحية الجنوبية للقاهرة، قد تعرض بعد ظهر الثلاثاء لسطو مسلح، إذ اقتحمه أشخاص ملثمون ومسلحون وسرقوا 150 ألف جنيه (25 ألف دولار)، ثم فروا وهم يطلقون الرصاص في الهواء.
وكان مسلحون قد سطوا الاثنين على فرع مصرف "إتش إس بي سي" في ضاحية التجمع الخامس (شرق) بالبنادق الآلية، وأطلقوا الرصاص بكثافة، واستولوا على كل المبالغ الموجودة لدى موظفي الصرف، ثم أسرعوا بالفرار داخل سيارتهم.
وفي اليوم نفسه، سطت مجموعة من ثلاثة مسلحين في منطقة التبين بحي حلوان على سيارة تابعة لشركة أمانكو المتخصصة في نقل الأموال، أثناء تحميلها أموالا من أحد مقرات بنك مصر.
""", [
    ev("super-service-robbery", "نفذ شخصان الأربعاء عملية سطو مسلح", "2012-02-01", "'الأربعاء' = Wed 1 Feb 2012 (the date line)"),
    ev("helwan-post-office", "قد تعرض بعد ظهر الثلاثاء لسطو مسلح", "2012-01-31", "'بعد ظهر الثلاثاء' before Wed 1 Feb = the afternoon of Tue 31 Jan 2012"),
    ev("hsbc-robbery", "وكان مسلحون قد سطوا الاثنين على فرع مصرف", "2012-01-30", "'الاثنين' before Wed 1 Feb = Mon 30 Jan 2012"),
    ev("tebbin-cash-van", "وفي اليوم نفسه، سطت مجموعة من ثلاثة مسلحين", "2012-01-30", "'في اليوم نفسه' = the day of the HSBC raid, Mon 30 Jan 2012"),
])
art(S, "http://www.masress.com/ahram/128663",
    "2012-02-02", "a masress mirror of an Al-Ahram item without stamp or URL date: fixed by the body's 'شهدت القاهرة أمس' for the armed robbery of the Super Service cash-transport company in Nasr City, which took place on Wed 1 Feb 2012 (another outlet's date line: 'الأربعاء ... 1/2/2012' with 'نفذ شخصان الأربعاء'): so Thu 2 Feb 2012; the truncated last sentence dropped", False, """
شهدت القاهرة أمس حلقة جديدة من حلقات السطو المسلح التي بدأت أحداثها منذ أربعة أيام، إذ تعرضت شركة لنقل الأموال بمدينة نصر لعملية سطو مسلح استولى فيها الجناة على مبلغ 870 ألف جنيه.
وكان ثلاثة ملثمين قد اقتحموا شركة سوبر سيرفيس لنقل الأموال وسرقوا 870 ألف جنيه بعد أن أجبروا الموظفين على فتح الخزينة، ثم وضعوا الأموال داخل سيارة وفروا هاربين، فيما تواصل أجهزة الأمن مطاردتهم للقبض عليهم.
وجاء ذلك فيما توصلت أجهزة الأمن إلى متهم جديد في حادث السطو على بنك HSBC، إذ ضُبط في صحراء البساتين مساء أمس الأول، بينما تمكن باقي المتهمين من الهرب، فدُفع بمجموعات قتالية من الأمن المركزي ومباحث القاهرة لمحاصرتهم، ويُتوقع سقوطهم خلال الساعات القادمة.
وكان اللواء محمد إبراهيم وزير الداخلية قد أعلن في مجلس الشعب ضبط أحد الجناة في هذا الحادث وتحديد باقي المتهمين، وفق خطة أشرف عليها اللواء أحمد جمال الدين مساعد أول الوزير لقطاع الأمن العام واللواء محسن مراد مدير أمن القاهرة.
وجاء ذلك بعد ورود معلومات عن اختباء المتهمين في المنطقة الصحراوية بالبساتين والمعادي، إثر استهداف أجهزة الأمن منازلهم في الصف، فتخلوا عن الأموال المسروقة وهربوا.
""", [
    ev("super-service-robbery", "شهدت القاهرة أمس حلقة جديدة", "2012-02-01", "'أمس' before Thu 2 Feb = Wed 1 Feb 2012"),
    ev("wave-start", "التي بدأت أحداثها منذ أربعة أيام", "2012-01-28", "'منذ أربعة أيام' before Wed 1 Feb/Thu 2 Feb = about Sat 28 - Sun 29 Jan 2012 (the Sharm el-Sheikh exchange-office robbery of Sat 28 Jan opened the series; my span 28-29 Jan)", end="2012-01-30"),
    ev("hsbc-robbery", "متهم جديد في حادث السطو على بنك HSBC", "2012-01-30", "no own expression; the HSBC New Cairo raid of Mon 30 Jan 2012 (another report: 'سطوا الاثنين')"),
    ev("hsbc-suspect-arrest", "إذ ضُبط في صحراء البساتين مساء أمس الأول", "2012-01-31", "'مساء أمس الأول' before Thu 2 Feb = the evening of Tue 31 Jan 2012"),
    ev("minister-announcement", "قد أعلن في مجلس الشعب ضبط أحد الجناة", "2012-01-31", "no own expression; the minister's statement in parliament after the first arrest (Tue 31 Jan evening) and before the publication day (my span 31 Jan - 1 Feb 2012)", end="2012-02-02"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 229)
                            if i != 201 and i != 226 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

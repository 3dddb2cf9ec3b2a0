"""Builds stories.jsonl: the 451-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: traffic and road accidents with many victims in Arab
countries: bus, minibus and truck crashes, pile-ups on highways, school and student bus accidents.
Stories: the overturn of a passenger bus on national road 11 at Boulanouar near Khouribga (Morocco, August
2022); the trailer-microbus collision on the Middle Ring Road (al-Da'iri al-Awsati) near 6th of October City
(Egypt, October 2021); the collision of a Hail University minibus carrying female students near Mraifiq
(Saudi Arabia, November 2011); the crash of a bus of football fans on the Nasiriyah-Basra road on the day of
the Gulf Cup 25 semi-final, with a second crash before the final (Iraq, January 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-khouribga-boulanouar-bus-crash-2022
S = "morocco-khouribga-boulanouar-bus-crash-2022"
CRASH = "2022-08-17"                       # the bus overturned at about 08:30 on Wed 17 Aug 2022 (national road 11, Boulanouar)
GAV = "2022-08-18"                         # the Khouribga prosecutor ordered the driver's garde a vue on Thu 18 Aug 2022
art(S, "https://telexpresse.com/197587.html",
    CRASH, "no date line on the stored page; the body's 'صباح اليوم الأربعاء' for the overturn of Wed 17 Aug 2022 (17 Aug 2022 was a Wednesday; alislah of Thu 18: 'وقع أمس الأربعاء 17 غشت 2022') and the running toll of 22 (from 17), which other reports of that Wednesday give before it reached 23, date the report to Wed 17 Aug 2022; headline kept from the page; the last, truncated sentence completed with 'النيابة العامة'", False, """
فاجعة خريبكة..ارتفاع الحصيلة إلى 22 قتيلا وأكثر من 32 جريحا
صعدت حصيلة حادثة السير القاتلة التي شهدتها الطريق الوطنية رقم 11 بين مدينتي خريبكة والفقيه بن صالح، صباح اليوم الأربعاء، إلى 22 قتيلا من ركاب الحافلة، بينما أصيب أكثر من 32 شخصا بجروح متفاوتة الخطورة.
وأفادت مصادر مطلعة بأن عدد الوفيات ارتفع من 17 إلى 22، مع تسجيل 32 مصابا بجروح وكسور مختلفة الخطورة بينهم عدد من الأطفال، نُقلوا إلى الأقسام الطبية بالمستشفى الإقليمي الحسن الثاني بخريبكة.
وقد استنفرت الفاجعة، الناجمة عن انقلاب حافلة كانت في طريقها من الدار البيضاء نحو مدينة الفقيه بن صالح، عناصر الدرك الملكي والوقاية المدنية والسلطات المحلية لنقل الجرحى إلى المستشفى وإيداع الجثث مستودع الأموات، بواسطة سيارات إسعاف وأخرى لنقل الأموات تابعة للمجمع الشريف للفوسفاط وللجماعات الترابية المجاورة لمكان الحادث.
وجرى إبعاد الحافلة عن الطريق وتسهيل السير بين خريبكة والفقيه بن صالح بالاستعانة بآليات من المجمع الشريف للفوسفاط، بحضور عامل إقليم خريبكة وممثلي السلطات المحلية وباقي المصالح المعنية.
وفتحت مصالح الدرك الملكي التابعة لسرية خريبكة بحثا تحت إشراف النيابة العامة.
""", [
    ev("bus-overturn", "انقلاب حافلة كانت في طريقها من الدار البيضاء", CRASH, "no own expression in the clause; the overturn of Wed 17 Aug 2022 ('صباح اليوم الأربعاء' earlier in the text)"),
    ev("toll-22", "إلى 22 قتيلا من ركاب الحافلة", CRASH, "'صباح اليوم الأربعاء' = Wed 17 Aug 2022; the toll rose in the course of that day"),
    ev("injured-to-hospital", "نُقلوا إلى الأقسام الطبية بالمستشفى الإقليمي الحسن الثاني بخريبكة", CRASH, "no own expression; the injured were taken to hospital right after the overturn of Wed 17 Aug 2022"),
    ev("bus-removed", "وجرى إبعاد الحافلة عن الطريق", CRASH, "no own expression; the wreck was cleared with OCP machines on the day of the accident, Wed 17 Aug 2022"),
    ev("investigation-opened", "وفتحت مصالح الدرك الملكي التابعة لسرية خريبكة بحثا", CRASH, "no own expression; the inquiry under the prosecutor was opened on the day of the accident, Wed 17 Aug 2022 (the authorities' statement of that day)"),
])
art(S, "https://ar.le360.ma/societe/195483/",
    "2022-08-18", "the date line 'في 18/08/2022 على الساعة 16:21' on the stored page (dropped from the text; 18 Aug 2022 was a Thursday), in agreement with the body's 'أمس الأربعاء 17 غشت 2022' and 'صباح أمس الأربعاء'; the picture credit 'DR' dropped; headline kept from the page; the last, truncated sentence shortened", True, """
فاجعة خريبكة.. وضع سائق الحافلة رهن الحراسة النظرية
أفادت مصادر لـLe360 بأن سائق الحافلة التي انقلبت أمس الأربعاء 17 غشت 2022 قرب خريبكة يخضع للمراقبة الطبية، في انتظار أن يتماثل للشفاء ليوضع رهن الحراسة النظرية، عقب حادثة السير القاتلة التي أودت بحياة 23 شخصا وخلفت 36 مصابا.
وسيمثل السائق بعد شفائه أمام النيابة العامة بتهمة "القتل غير العمد"، وهو يعالج حاليا بمستشفى الحسن الثاني بخريبكة من إصابات في الرأس واليد.
وقد جُعل السائق منذ الأمس تحت أنظار الشرطة، إلى أن تتحسن حالته الصحية بما يسمح للضباط بالاستماع إليه وتقديمه إلى النيابة العامة.
وقال المحامي الحسين كنون في تصريح لـLe360 إن مدة الحراسة النظرية، وهي 48 ساعة، قابلة للتمديد 24 ساعة، مضيفا أن النيابة العامة يمكنها تمديدها إلى حين شفائه إذا تبين أن مكوثه في المستشفى سيطول.
وأوضح المحامي أن المتهم في مثل هذه الحالات يواجه عموما، وفق القانون الجنائي، خطر السجن خمس سنوات وغرامة مالية ثقيلة، إلى جانب تعويض المطالبين بالحق المدني.
وكانت حافلة لنقل المسافرين متجهة نحو أيت عتاب قد انقلبت صباح أمس الأربعاء.
""", [
    ev("bus-overturn", "قد انقلبت صباح أمس الأربعاء", CRASH, "'صباح أمس الأربعاء' in an article of Thu 18 Aug 2022 = Wed 17 Aug"),
    ev("toll-23", "أودت بحياة 23 شخصا وخلفت 36 مصابا", CRASH, "no own expression; the toll of 23 dead and 36 injured was reached on Wed 17 Aug 2022 (alayam24 of that Wednesday, 'اليوم الأربعاء': 23; alislah of Thu 18 repeats it)"),
    ev("driver-police-watch", "وقد جُعل السائق منذ الأمس تحت أنظار الشرطة", CRASH, "'منذ الأمس' from Thu 18 Aug 2022 = since Wed 17 Aug"),
    ev("garde-a-vue-order", "وضع سائق الحافلة رهن الحراسة النظرية", GAV, "headline; the prosecutor's order to place the driver in garde a vue was given on Thu 18 Aug 2022 (marrakechalaan: 'امس الخميس 18 غشت')"),
    ev("lawyer-comment", "وقال المحامي الحسين كنون في تصريح لـLe360", "2022-08-18", "no own expression; the lawyer's comment to the site for this report of Thu 18 Aug 2022"),
])
art(S, "https://alislah.ma/koribghaaccident",
    "2022-08-18", "no date line on the stored page; the body's 'الذي وقع أمس الأربعاء 17 غشت 2022' gives Thu 18 Aug 2022 (17 Aug 2022 was a Wednesday); headline kept from the page; the site signature 'موقع الإصلاح' dropped", False, """
حصيلة فاجعة انقلاب حافلة بإقليم خريبكة ترتفع إلى 23 قتيلا و36 جريحا
ذكر مسؤول بوزارة الصحة أن عدد ضحايا فاجعة انقلاب حافلة المسافرين بإقليم خريبكة بلغ 23 قتيلا – رحمهم الله- و36 جريحا.
وكان الحادث، الذي وقع أمس الأربعاء 17 غشت 2022، قد نتج عن انقلاب حافلة للمسافرين آتية من الدار البيضاء نحو منطقة أيت عتاب في أحد منعرجات الطريق الوطنية رقم 11 بين مدينتي خريبكة والفقيه بنصالح، ويُعد أسوأ حادث من نوعه في المغرب خلال السنوات الأخيرة.
وكانت السلطات قد أعلنت في البداية حصيلة أولية من 15 قتيلا، كما أعلنت فتح تحقيق "للوقوف على كافة ظروف وملابسات الحادث".
واستنفر الحادث السلطات المحلية بالمدينة يتقدمها عامل الإقليم، إلى جانب الوقاية المدنية والدرك الملكي، الذين هرعوا إلى عين المكان بسيارات إسعاف تابعة للجماعات القروية وللوقاية المدنية لنقل الجرحى إلى المستشفى الإقليمي بخريبكة.
وتجدر الإشارة إلى أن فاجعة مماثلة لفاجعة خريبكة وقعت عام 2012 حين انقلبت حافلة ركاب بين مراكش وورزازات، مخلفة 42 قتيلا -رحمهم الله- إلى جانب جرحى ومصابين.
""", [
    ev("toll-23", "بلغ 23 قتيلا – رحمهم الله- و36 جريحا", CRASH, "no own expression; the health official's toll of 23 dead and 36 injured, reached on Wed 17 Aug 2022 (alayam24 of that day: 'اليوم الأربعاء ... إلى 23 قتيلا')"),
    ev("bus-overturn", "الذي وقع أمس الأربعاء 17 غشت 2022", CRASH, "'أمس الأربعاء 17 غشت 2022' = Wed 17 Aug 2022"),
    ev("initial-toll-15", "حصيلة أولية من 15 قتيلا", CRASH, "no own expression; the authorities' first toll on the morning of the accident, Wed 17 Aug 2022"),
    ev("investigation-opened", "كما أعلنت فتح تحقيق", CRASH, "no own expression; the authorities announced the inquiry on the day of the accident, Wed 17 Aug 2022"),
    ev("injured-to-hospital", "لنقل الجرحى إلى المستشفى الإقليمي بخريبكة", CRASH, "no own expression; the rescue on the day of the accident, Wed 17 Aug 2022"),
    ev("tichka-crash-2012", "وقعت عام 2012 حين انقلبت حافلة ركاب بين مراكش وورزازات", "2012-09-04", "'عام 2012' = the Tizi n'Tichka bus crash between Marrakech and Ouarzazate (42 dead), Tue 4 Sep 2012; the text gives the year only"),
])
art(S, "https://marrakechalaan.com/article-449463",
    "2022-08-19", "no date line on the stored page; the body's 'امس الخميس 18 غشت الجاري' for the prosecutor's order gives Fri 19 Aug 2022 (18 Aug 2022 was a Thursday); headline kept from the page", False, """
وضع سائق “حافلة الموت” تحت تدابير الحراسة النظرية بخريبكة
أُخضع سائق حافلة نقل المسافرين التي تسببت في الفاجعة بأحد منعرجات الطريق الوطنية رقم 11 بين مدينتي خريبكة والفقيه بن صالح لتدابير الحراسة النظرية للشرطة.
وكانت النيابة العامة بمحكمة الاستئناف بخريبكة قد أصدرت امس الخميس 18 غشت الجاري أوامرها بوضع السائق تحت الحراسة النظرية، بينما لا يزال يرقد بمستشفى خريبكة حيث يتلقى العلاج من جروح أصيب بها.
وبعد أن يتعافى، سيُقدَّم السائق أمام النيابة العامة للوقوف على ظروف الحادث وملابساته، وهو الحادث الذي أسفر إلى حد الآن عن 23 قتيلا، في حين ما يزال 36 جريحا يتلقون العلاج بحسب مصادر صحية.
""", [
    ev("garde-a-vue-order", "قد أصدرت امس الخميس 18 غشت الجاري أوامرها", GAV, "'امس الخميس 18 غشت الجاري' = Thu 18 Aug 2022"),
    ev("bus-overturn", "التي تسببت في الفاجعة بأحد منعرجات الطريق الوطنية رقم 11", CRASH, "no own expression; the overturn of Wed 17 Aug 2022 (le360: 'أمس الأربعاء 17 غشت 2022')"),
    ev("toll-23", "أسفر إلى حد الآن عن 23 قتيلا", CRASH, "no own expression; the toll of 23 was reached on Wed 17 Aug 2022 and was still the latest on Fri 19"),
])

# ---------------------------------------------------------------- egypt-middle-ring-road-trailer-microbus-2021
S = "egypt-middle-ring-road-trailer-microbus-2021"
CRASH = "2021-10-20"                       # the trailer crossed the median and hit the microbus on Wed 20 Oct 2021 (afternoon)
BURIAL = ("2021-10-20", "2021-10-23")      # the eight Arab Abu Karim victims were buried after the burial permits of Wed 20 and before youm7's report of Fri 22
art(S, "https://arabic.cnn.com/middle-east/article/2021/10/20/19-people-were-killed-in-a-traffic-accident-in-egypt?cid=rss-feeds-all",
    CRASH, "the date '/2021/10/20/' in the URL (20 Oct 2021 was a Wednesday), in agreement with the body's 'الأربعاء' for the crash; the picture caption and the 'نشر / دقيقة قراءة' line dropped; headline kept from the page", True, """
مصرع 19 في تصادم شاحنة وحافلة ركاب في مصر.. وشهود: السائق توفي قبل الحادث
دبي، الإمارات العربية المتحدة (CNN)-- لقي 19 شخصًا حتفهم، الأربعاء، في حادث تصادم مروري بمصر.
وجاء الحادث نتيجة اصطدام شاحنة بحافلة صغيرة (ميكروباص) فوق الطريق الدائري الأوسطي، في الاتجاه من مدينة 6 أكتوبر نحو محافظة الفيوم جنوب غربي القاهرة، بحسب صحيفة "الأهرام" الحكومية المصرية.
ونقلت الصحيفة عن شهود عيان أن سائق الشاحنة فارق الحياة وهو يقودها ففقد السيطرة عليها.
وعندها اقتلعت الشاحنة عددا من أعمدة الإنارة وعبرت إلى الاتجاه المقابل من الطريق، ثم ارتطمت بالميكروباص القادم في الاتجاه الآخر، ما تسبب في "وفاة جميع ركابها بالكامل".
وقبل نحو عام، أظهرت إحصاءات حكومية رسمية أن عدد الوفيات الناتجة عن حوادث الطرق بلغ ٧ آلاف حالة وفاة في 2020، مقابل 12 ألفًا لقوا مصرعهم في 2019.
""", [
    ev("crash", "لقي 19 شخصًا حتفهم، الأربعاء", CRASH, "'الأربعاء' = Wed 20 Oct 2021"),
    ev("trailer-driver-died", "أن سائق الشاحنة فارق الحياة وهو يقودها", CRASH, "no own expression; the driver died at the wheel just before the crash of Wed 20 Oct 2021"),
    ev("all-passengers-killed", "ما تسبب في \"وفاة جميع ركابها بالكامل\"", CRASH, "no own expression; the microbus passengers died in the crash of Wed 20 Oct 2021"),
    ev("road-deaths-2020", "بلغ ٧ آلاف حالة وفاة في 2020", "2020-01-01", "'في 2020' = the year 2020", end="2021-01-01"),
    ev("road-deaths-2019", "12 ألفًا لقوا مصرعهم في 2019", "2019-01-01", "'في 2019' = the year 2019", end="2020-01-01"),
])
art(S, "https://www.3yonnews.com/1735617",
    CRASH, "no date on the stored page; the body's 'اليوم الأربعاء' for the crash of Wed 20 Oct 2021 (CNN of 20 Oct: 'الأربعاء'), with the victims' families still waiting at the morgue and the prosecutors issuing the burial permits, dates this copy of an al-Masry al-Youm report to that Wednesday; the 'اشترك لتصلك أهم الأخبار' line and the repeated headline dropped; headline kept from the page; the last, truncated sentence shortened", False, """
أهالي ضحايا حادث الدائري الأوسطي ينتظرون الجثمانين.. وقرار بتصريح الدفن والاستعلام عن مجهولي الهوية
تعيش مشرحة مستشفيي الشيخ زايد المركزي والتخصصي حالة من الفوضى تختلط فيها أصوات البكاء بالصراخ، حيث ينتظر عشرات الأهالي خروج جثامين ذويهم من ضحايا حادث الطريق الدائري الأوسطي بالجيزة، الذي خلّف 19 قتيلا على الأقل، اليوم الأربعاء.
ووصل فريق من النيابة العامة إلى المستشفى لمعاينة الجثث، فصرّح بدفن الضحايا وأمر بالاستعلام عن عدد من الجثث التي لم تُعرف هويات أصحابها.
ولا تزال رائحة الموت تفوح من الطريق الدائري الذي تناثرت عليه جثث ضحايا الحادث المروع الناجم عن ارتطام ميكروباص بسيارة مقطورة «تريلا».
وأشارت التحقيقات الأولية إلى أن «الميكروباص» كان متجها إلى محافظة الفيوم، وأن ركابه جميعا لقوا حتفهم بعدما أطاحت «التريلا» بسيارة الأجرة.
وحاولت «المصري اليوم» التواصل مع عدد من المصادر لمعرفة الحالة الصحية لسائق «التريلا»، لكنها لم تحصل على معلومة مؤكدة في ظل تضارب الأنباء.
""", [
    ev("crash", "الذي خلّف 19 قتيلا على الأقل، اليوم الأربعاء", CRASH, "'اليوم الأربعاء' = Wed 20 Oct 2021"),
    ev("families-at-morgue", "حيث ينتظر عشرات الأهالي خروج جثامين ذويهم", CRASH, "no own expression; the families' wait at the Sheikh Zayed morgue on the day of the crash, Wed 20 Oct 2021"),
    ev("burial-permits", "فصرّح بدفن الضحايا", CRASH, "no own expression; the prosecutors issued the burial permits at the hospital on Wed 20 Oct 2021 ('اليوم الأربعاء' of this report)"),
    ev("unidentified-inquiry", "وأمر بالاستعلام عن عدد من الجثث", CRASH, "no own expression; the same prosecutors' visit of Wed 20 Oct 2021"),
    ev("all-passengers-killed", "وأن ركابه جميعا لقوا حتفهم", CRASH, "no own expression; the microbus passengers died in the crash of Wed 20 Oct 2021"),
])
art(S, "https://www.copts-united.com/Article.php?I=4616&A=688948",
    "2021-10-21", "no date line on the stored page; the body's 'امس الاربعاء' for the crash of Wed 20 Oct 2021 gives Thu 21 Oct 2021 (21 Oct 2021 was a Thursday); the byline 'كتب – روماني صبري' dropped; headline written from the body (the stored text has none); the last, truncated sentence shortened", False, """
حادث الطريق الدائري الأوسطي يتصدر مؤشر البحث على جوجل
تصدّر حادث الطريق الدائري الأوسطي المروع، في الاتجاه من مدينة 6 أكتوبر نحو محافظة الفيوم جنوب غرب القاهرة، امس الاربعاء، مؤشر البحث جوجل، وصار حديث رواد مواقع التواصل الاجتماعي لبشاعته، إذ أودى بحياة 19 شخصا.
وكانت غرفة عمليات النجدة قد تلقت بلاغا من الخدمات الأمنية المعينة أعلى الأوسطي بوقوع حادث مروري، فتوجه رجال المباحث فورا إلى المكان، وتبين مصرع جميع ركاب الميكروباص بعدما عبرت تريلا إلى الطريق المقابل واصطدمت بهم، فيما تولى سائقو سيارات الإسعاف نقل المتوفين إلى المستشفى.
ورُفع حطام الحادث وبُذلت الجهود لإعادة حركة المرور إلى طبيعتها.
ووفقا لـ"اليوم السابع"، ضمت قائمة المتوفين سيد خميس سيد جمعة (47 سنة) من مركز ديروط بأسيوط وشقيقه "عبد الغفار" (41 سنة)، وحسن مصطفى عيسى (24 سنة) ومصطفى رجب مصطفى (35 سنة) من أبو المطامير بالبحيرة، وعبد الله طاهر يونس (33 سنة) ويونس مفضل يونس (29 سنة) وأحمد عبد التواب عبد الحميد (33 سنة) من مركز ديروط بأسيوط.
كما بث الموقع ذاته بثا مباشرا من أمام مستشفى أكتوبر المركزي الذي استقبل عددا من ضحايا الحادث.
""", [
    ev("crash", "بعدما عبرت تريلا إلى الطريق المقابل واصطدمت بهم", CRASH, "no own expression in the clause; the crash of Wed 20 Oct 2021 ('امس الاربعاء' in the first sentence, from Thu 21)"),
    ev("search-trend", "مؤشر البحث جوجل", CRASH, "'امس الاربعاء' from Thu 21 Oct 2021 = Wed 20 Oct"),
    ev("police-alerted", "قد تلقت بلاغا من الخدمات الأمنية المعينة أعلى الأوسطي", CRASH, "no own expression; the report to the emergency room on the day of the crash, Wed 20 Oct 2021"),
    ev("all-passengers-killed", "وتبين مصرع جميع ركاب الميكروباص", CRASH, "no own expression; the microbus passengers died in the crash of Wed 20 Oct 2021"),
    ev("wreck-cleared", "ورُفع حطام الحادث", CRASH, "no own expression; the wreck was cleared on the day of the crash, Wed 20 Oct 2021"),
])
art(S, "https://youm7.com/story/2021/10/22/ليلة-بكت-فيها-قرية-عرب-أبو-كريم-بأسيوط-سرادقات-العزاء/5504579",
    "2021-10-22", "the page's time stamp 'الجمعة، 22 أكتوبر 2021 03:15 م' (dropped from the text) and the date '/2021/10/22/' in the URL (22 Oct 2021 was a Friday); the byline 'أسيوط – هيثم البدرى', the picture caption, the share and comment links and the repeated headline dropped; headline kept from the page; the last, truncated sentence dropped", True, """
ليلة بكت فيها قرية عرب أبو كريم بأسيوط.. سرادقات العزاء فى كل مكان على ضحايا حادث الطريق الأوسطى بالقاهرة.. و8 أشخاص ضحايا من قرية واحدة بينهم شقيقان وأبناء عمومة.. والمحافظ يشارك فى تشييع الجثامين بمسقط رأسهم
خيّم الحزن على شوارع قرية عرب أبو كريم التابعة لمركز ديروط في محافظة أسيوط، فقد خلت من الرجال والنساء الذين احتشدوا عند المقابر الواقعة وسط القرية لمواراة 8 من ضحايا الحادث الثرى، وقد كانوا في طريق العودة إلى قريتهم.
فبعضهم كان يعمل في جني الطماطم بوادي النطرون، وأحدهم كان سائقا على السيارة ذاتها التي وقع لها الحادث، وآخرون يعملون في أماكن أخرى، ولم يبق شارع بلا سرادق عزاء، وكان يوما من أقسى الأيام على أهالي القرية كلها.
فبين الضحايا شقيقان وأبناء عمومة، أما الباقون فجيران وأصدقاء.
""", [
    ev("crash", "السيارة ذاتها التي وقع لها الحادث", CRASH, "no own expression; the crash of Wed 20 Oct 2021 on the Middle Ring Road"),
    ev("abu-karim-burial", "لمواراة 8 من ضحايا الحادث الثرى", BURIAL[0], "no own expression; the burial took place after the prosecutors' permits of Wed 20 Oct 2021 and before this report of Fri 22 (my span 20-22 Oct; the day is not given)", end=BURIAL[1]),
    ev("governor-at-funeral", "والمحافظ يشارك فى تشييع الجثامين", BURIAL[0], "headline; the governor attended the same funeral (my span 20-22 Oct 2021)", end=BURIAL[1]),
])

# ---------------------------------------------------------------- saudi-hail-university-students-minibus-crash-2011
S = "saudi-hail-university-students-minibus-crash-2011"
CRASH = "2011-11-20"                       # the minibus from al-Hulaifa collided with a jeep south of Mraifiq at about 07:15 on Sun 20 Nov 2011
VISIT = "2011-11-21"                       # the emir's condolence visit to al-Hulaifa and his announcement, noon of Mon 21 Nov 2011
art(S, "https://elaph.com/Web/news/2011/11/697046.html",
    CRASH, "no date line on the stored page (the URL gives only the month, 2011/11); the body's 'صباح اليوم الأحد' for the crash and 'امس السبت' for the Jeddah school fire of Sat 19 Nov 2011 give Sun 20 Nov 2011 (20 Nov 2011 was a Sunday); headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
مقتل 15 شخصا بينهم 12 طالبة جامعية في حادث مروري بحائل
الرياض: أفاد الدفاع المدني السعودي بمقتل 15 شخصا، بينهم 12 طالبة جامعية، الأحد، حين اصطدمت حافلة كانت تقلهم بسيارة في منطقة حائل شمالي المملكة.
وأوضح المصدر أن التصادم وقع بين حافلة صغيرة على متنها 13 طالبة وسيارة من طراز جيب قرب حائل (641 كلم شمال الرياض)، ما أدى إلى مقتل 12 طالبة وإصابة أخرى بجروح خطرة، فضلا عن مقتل السائقين، ومواطن وابنته.
وكانت الحافلة التابعة لجامعة حائل تنقل طالبات من قرية الحليفة السفلى (200 كلم جنوب حائل) إلى الجامعة عندما ارتطمت بالسيارة في قرية مريفق (10 كلم جنوب).
ويُذكر أن حريقا شب في مدرسة للبنات في جدة امس السبت، فأودى بحياة مدرستين وأصاب 44 بجروح بعضهن في حال حرجة.
وقال العقيد عبد العزيز الزنيدي، الناطق الإعلامي بشرطة منطقة حائل مدير إدارة العلاقات العامة والإعلام، إن إدارة مرور منطقة حائل باشرت مع المختصين من الجهات الأمنية والمدنية، في حوالي الساعة السابعة والربع من صباح اليوم الأحد، حادث تصادم بين سيارتين: الأولى جيب صالون GXR يقودها مواطن سعودي في العقد الثالث من العمر، والثانية مايكرو باص نيسان يقودها مواطن سعودي عمره 29 سنه وترافقه 13 طالبه.
""", [
    ev("crash", "حين اصطدمت حافلة كانت تقلهم بسيارة", CRASH, "'الأحد' = Sun 20 Nov 2011"),
    ev("students-killed", "ما أدى إلى مقتل 12 طالبة", CRASH, "no own expression; eleven died at the scene and one in hospital later that Sunday, 20 Nov 2011"),
    ev("jeddah-school-fire", "حريقا شب في مدرسة للبنات في جدة امس السبت", "2011-11-19", "'امس السبت' from Sun 20 Nov 2011 = Sat 19 Nov"),
    ev("police-on-scene", "إن إدارة مرور منطقة حائل باشرت", CRASH, "'في حوالي الساعة السابعة والربع من صباح اليوم الأحد' = Sun 20 Nov 2011"),
])
art(S, "https://sauress.com/aljazirah/1111213461",
    "2011-11-21", "no date line on the stored page; an al-Jazirah report whose 'صباح أمس الأحد' for the crash of Sun 20 Nov 2011 gives the issue of Mon 21 Nov 2011 (21 Nov 2011 was a Monday); the byline 'حائل - عبدالعزيز العيادة - عيد بن عبيد' dropped; headline written from the body (the stored text has none); the last, truncated sentence shortened", False, """
الحليفة تفجع بوفاة 12 طالبة في حادث على طريق حائل المدينة
فُجعت مدينة الحليفة، الواقعة على بعد 200 كم جنوب حائل، صباح أمس الأحد بوفاة 12 طالبة، إلى جانب سائق الحافلة (29 عاما) وسائق الجيب الصالون الذي في العقد الرابع من عمره، في حادث مروري على طريق حائل المدينة.
وتفيد التفاصيل بأن الحادث وقع جنوب قرية مريفق على طريق حائل المدينة بين حافلة تقل 13 طالبة وجيب صالون، وأسفر عن وفاة 11 طالبة وسائقي المركبتين، وإصابة طالبتين إصابات بليغة نُقلتا بسببها إلى مستشفى الملك خالد بحائل وأُدخلتا العناية المركزة.
وعلمت (الجزيرة) أن إحداهما توفيت عند الساعة الحادية عشر والنصف، فيما بقيت الأخرى على حالها، في حين نجت خريجة أم لرضيع لأن مراجعتها المستشفى أخرتها عن الدوام.
وأوضح ذلك الناطق الإعلامي بشرطة منطقة حائل العقيد عبدالعزيز بن محمد الزنيدي، مبينا أن الجهات الأمنية والإسعافية باشرت الحادث واتخذت الإجراءات اللازمة.
ومن جهة أخرى، قدم صاحب السمو الملكي الأمير سعود بن عبدالمحسن بن عبدالعزيز، أمير منطقة حائل، صادق تعازيه لأسر الطالبات والمتوفين في الحادث، وقال إن الفاجعة كبيرة والحزن عميق.
""", [
    ev("students-killed", "صباح أمس الأحد بوفاة 12 طالبة", CRASH, "'صباح أمس الأحد' from Mon 21 Nov 2011 = Sun 20 Nov"),
    ev("crash", "وتفيد التفاصيل بأن الحادث وقع جنوب قرية مريفق", CRASH, "no own expression in the clause; the crash of Sun 20 Nov 2011 ('صباح أمس الأحد')"),
    ev("injured-student-dies", "أن إحداهما توفيت عند الساعة الحادية عشر والنصف", CRASH, "'عند الساعة الحادية عشر والنصف' on the day of the crash, Sun 20 Nov 2011"),
    ev("police-on-scene", "باشرت الحادث واتخذت الإجراءات اللازمة", CRASH, "no own expression; the police and ambulances attended the crash of Sun 20 Nov 2011"),
    ev("emir-condolence-statement", "صادق تعازيه لأسر الطالبات والمتوفين", CRASH, "no own expression; the emir's statement reported in this issue of Mon 21, given on the day of the crash, Sun 20 Nov 2011 (his visit to the families came on Mon 21: aleqt)"),
])
art(S, "https://aleqt.com/2011/11/22/article_600330.html",
    "2011-11-22", "the date '/2011/11/22/' in the URL (22 Nov 2011 was a Tuesday), in agreement with the body's 'أمس الأول' for the crash of Sun 20 Nov and 'ظهر أمس' for the emir's visit of Mon 21; the picture markers '#2#' … '#6#' dropped; headline kept from the page; the last, truncated sentence dropped", True, """
حائل.. حادث «مريفق» يعجل بمشروع إسكان طالبات القرى
استجاب الأمير سعود بن عبد المحسن، أمير حائل، لمطالب أهالي المنطقة التي نشرتها ''الاقتصادية'' أمس، بافتتاح كليات جديدة في محافظات المنطقة ومدنها أو توفير سكن خاص لطالبات الجامعة المقيمات في القرى النائية عن المدينة، وذلك بعد الحادثة التي راحت ضحيتها 12 طالبة وسائقا المركبتين أمس الأول قبالة قرية مريفق (عشرة كيلومترات جنوب حائل).
وأعلن أمير المنطقة ظهر أمس، أثناء تقديمه واجب العزاء لأسر الضحايا في مدينة الحليفة جنوب حائل، افتتاح ثلاث كليات في أنحاء متفرقة من منطقة حائل الواسعة مع بداية العام الدراسي المقبل، على أن يرتفع عدد الكليات إلى ست في عام 2013، إلى جانب توفير سكن مجاني خاص لكل طالبات الجامعة القادمات من القرى.
ونقل أمير حائل إلى ذوي المتوفين والمتوفيات تعازي خادم الحرمين الشريفين الملك عبد الله بن عبد العزيز وولي العهد، معربا عن حزنه العميق ومؤكدا أن المصاب مصاب الوطن بأكمله، وقال: ''لم أحضر لأقدم العزاء ولكن لأستقبل العزاء معكم ونحن قلب واحد في الأحزان والأفراح''.
وشدد على أن نتائج التحقيق الأولي وصلته وأنه يتابعها بنفسه بدقة، مؤكدا أنها ستعلن كاملة قريبا على موقع الإمارة على الإنترنت.
""", [
    ev("crash", "أمس الأول قبالة قرية مريفق", CRASH, "'أمس الأول' from Tue 22 Nov 2011 = Sun 20 Nov"),
    ev("families-demands-published", "التي نشرتها ''الاقتصادية'' أمس", VISIT, "'أمس' from Tue 22 Nov 2011 = the paper's issue of Mon 21 Nov"),
    ev("emir-condolence-visit", "أثناء تقديمه واجب العزاء لأسر الضحايا في مدينة الحليفة", VISIT, "'ظهر أمس' from Tue 22 Nov 2011 = noon of Mon 21 Nov"),
    ev("colleges-housing-announcement", "وأعلن أمير المنطقة ظهر أمس", VISIT, "'ظهر أمس' from Tue 22 Nov 2011 = noon of Mon 21 Nov"),
    ev("six-colleges-2013", "إلى ست في عام 2013", "2013-01-01", "'في عام 2013' = the year 2013", end="2014-01-01"),
])

# ---------------------------------------------------------------- iraq-gulf-cup-25-fans-bus-crash-2023
S = "iraq-gulf-cup-25-fans-bus-crash-2023"
CRASH = "2023-01-16"                       # the fans' bus hit a truck in fog on the Nasiriyah-Basra road on the morning of Mon 16 Jan 2023
SEMI = "2023-01-16"                        # Iraq beat Qatar 2-1 in the semi-final in Basra that afternoon
FINAL = "2023-01-19"                       # the final Iraq-Oman, Thu 19 Jan 2023 in the evening
SECOND = ("2023-01-18", "2023-01-20")      # the second crash, five cars near al-Fadhiliya 'at midnight Wednesday-Thursday'
art(S, "https://stepsport.net/ar/2023/01/16/%d8%ad%d8%a7%d8%af%d8%ab-%d9%85%d8%b1%d9%88%d8%b1%d9%8a-%d8%ac%d9%86%d9%88%d8%a8-%d8%a7%d9%84%d8%b9%d8%b1%d8%a7%d9%82",
    CRASH, "the date '/2023/01/16/' in the URL (16 Jan 2023 was a Monday), in agreement with the body's 'اليوم الاثنين' and 'صباح اليوم'; the embedded tweet links, the picture caption code and the sub-heading dropped; headline kept from the URL slug and the sub-heading; the last, truncated sentence shortened", True, """
حادث مروري جنوب العراق
قُتل 7 أشخاص على الأقل وأصيب أكثر من 30 آخرين، اليوم الاثنين، إثر ارتطام الحافلة التي كانت تقلهم بشاحنة على طريق دولي يربط الناصرية بالبصرة جنوبي العراق، وكانوا في طريقهم لحضور مباراة في الدور نصف النهائي من بطولة كأس الخليج لكرة القدم.
وبحسب وسائل الإعلام العراقية، وقع الحادث صباح اليوم عندما صدمت شاحنة حافلة "تقل مشجعين متوجهين إلى البصرة لحضور مباراة قطر والعراق" في نصف نهائي كأس الخليج 25.
وأسفر ذلك عن مقتل 7 أشخاص، بحسب ما أفاد به مدير الطب العدلي في محافظة ذي قار الواقعة جنوبي البلاد ومركزها الناصرية.
وبيّن مدير الطب العدلي أن "الضباب الكثيف الذي يلف مدينة الناصرية وطرقها الخارجية منذ صباح الاثنين هو سبب الحادث".
وأشار المصدر الطبي نفسه إلى أن حالة بعض المصابين خطيرة، في حين تحدث مغردون على منصة "تويتر" عن وصول عدد القتلى إلى 15 شخصاً، من دون صدور بيان رسمي بالحصيلة النهائية حتى اللحظة.
ويُذكر أن المنتخب العراقي يلاقي نظيره القطري في الدور نصف النهائي.
""", [
    ev("fans-bus-crash", "إثر ارتطام الحافلة التي كانت تقلهم بشاحنة", CRASH, "'اليوم الاثنين' = Mon 16 Jan 2023 ('صباح اليوم')"),
    ev("toll-7", "وأسفر ذلك عن مقتل 7 أشخاص", CRASH, "no own expression; the forensic director's toll of Mon 16 Jan 2023"),
    ev("fog", "الضباب الكثيف الذي يلف مدينة الناصرية", CRASH, "'منذ صباح الاثنين' = since the morning of Mon 16 Jan 2023"),
    ev("tweets-15-dead", "تحدث مغردون على منصة \"تويتر\"", CRASH, "no own expression; the tweets of the day of the crash, Mon 16 Jan 2023"),
    ev("semi-final", "يلاقي نظيره القطري في الدور نصف النهائي", SEMI, "no own expression; the Iraq-Qatar semi-final of Mon 16 Jan 2023"),
])
art(S, "https://hzlyat.com/%d9%83%d8%a7%d9%86%d9%88%d8%a7-%d8%a8%d8%b7%d8%b1%d9%8a%d9%82%d9%87%d9%85-%d9%84%d8%ae%d9%84%d9%8a%d8%ac%d9%8a-25-%d9%88%d9%81%d8%a7%d8%a9-7-%d8%b9%d8%b1%d8%a7%d9%82%d9%8a%d9%8a%d9%86-%d9%81%d9%8a",
    CRASH, "no date on the stored page; the body's 'اليوم الاثنين' for the health office's toll and 'الاثنين' for the semi-final, already played (Iraq 2-1 Qatar, Mon 16 Jan 2023), date the report to the evening of Mon 16 Jan 2023; the theme-licence notice, the section tag, the picture caption and the comment form dropped; headline kept from the page", False, """
كانوا بطريقهم لخليجي 25.. وفاة 7 عراقيين في حادث مروع بالبصرة
ذكرت دائرة صحة ذي قار في العراق، اليوم الاثنين، أن حادث سير تعرض له مشجعون عراقيون كانوا متجهين لحضور مباريات بطولة (خليجي 25) على طريق محافظة البصرة خلّف 7 وفيات و30 جريحاً.
وقال حسين الجليلي، مدير الصحة العامة في دائرة صحة ذي قار، إن الحادث المروري الذي وقع لحافلة تقل مشجعين نحو محافظة البصرة أودى بحياة 7 أشخاص وأصاب 30 آخرين بجروح، بحسب ما أوردته وكالة الأنباء العراقية.
وكانت حافلة ركاب على متنها شبان من أهالي الناصرية في طريقهم إلى البصرة لمساندة المنتخب العراقي في مواجهته أمام قطر قد اصطدمت بشاحنة كبيرة، ما أوقع عددا من الوفيات والإصابات.
وقبل انطلاق المباراة، التي انتهت بفوز المنتخب العراقي، وقف الحضور دقيقة صمت تكريما لأرواح المشجعين الذين لقوا حتفهم في الحادث.
وانتزع المنتخب العراقي لكرة القدم إحدى بطاقتي التأهل إلى المباراة النهائية لخليجي 25 بفوزه على نظيره القطري 2-1، الاثنين، على استاد البصرة الدولي، أمام أكثر من 65 ألف متفرج.
""", [
    ev("toll-7", "أودى بحياة 7 أشخاص وأصاب 30 آخرين", CRASH, "'اليوم الاثنين' (the health office's statement) = Mon 16 Jan 2023"),
    ev("fans-bus-crash", "قد اصطدمت بشاحنة كبيرة", CRASH, "no own expression; the crash of the morning of Mon 16 Jan 2023, before the semi-final"),
    ev("minute-of-silence", "وقف الحضور دقيقة صمت", SEMI, "no own expression; before the kick-off of the semi-final of Mon 16 Jan 2023"),
    ev("semi-final", "بفوزه على نظيره القطري 2-1، الاثنين", SEMI, "'الاثنين' = Mon 16 Jan 2023"),
])
art(S, "https://albaladnews.net/article/353267",
    FINAL, "no date on the stored page; the body's 'مساء اليوم الخميس' for the final Iraq-Oman, played on Thu 19 Jan 2023 (19 Jan 2023 was a Thursday), and 'منتصف ليل الأربعاء - الخميس' for the crash a few hours before it give Thu 19 Jan 2023; the site tag 'أخبار البلد' and the repeated headline dropped; headline kept from the page; the last, truncated sentence dropped", False, """
8 جرحى لمشجعي العراق في حادث سير قبل نهائي كأس الخليج
أُصيب 8 أشخاص في حادث تصادم بين 5 سيارات مدنية في منتصف ليل الأربعاء - الخميس، عند حدود ناحية الفضلية جنوبي محافظة ذي قار، قبل ساعات من المباراة النهائية لكأس الخليج الـ25 لكرة القدم المقررة في استاد البصرة الدولي.
وكانت السيارات تقل جماهير عراقية متوجهة إلى محافظة البصرة لمؤازرة المنتخب في مواجهته أمام عمان مساء اليوم الخميس، وقد نُقل المصابون الثمانية بجروح مختلفة إلى أقرب مستشفى لتلقي العلاج.
ويُعد هذا ثاني حادث كبير يشهده العراق خلال كأس الخليج، بعد الحادث الأول الذي وقع قبل مباراة "أسود الرافدين" وقطر في الدور نصف النهائي على الطريق الرابط بين البصرة والناصرية.
وتتجه الأنظار إلى استاد البصرة الدولي الذي يحتضن المباراة النهائية المرتقبة لـ"خليجي 25" بين المنتخب العراقي صاحب الأرض والجمهور ونظيره العماني.
ويسعى منتخب "أسود الرافدين" إلى إحراز لقبه الرابع في تاريخه والأول منذ ما يقارب 35 عاماً، وتحديداً منذ 1988 في السعودية.
في المقابل يطمح "الأحمر" العماني إلى لقب ثالث هو الأول له منذ 2018.
""", [
    ev("fadhiliya-crash", "في حادث تصادم بين 5 سيارات مدنية", SECOND[0], "'في منتصف ليل الأربعاء - الخميس' = the night of Wed 18 to Thu 19 Jan 2023 (span of both days)", end=SECOND[1]),
    ev("final", "في مواجهته أمام عمان مساء اليوم الخميس", FINAL, "'مساء اليوم الخميس' = Thu 19 Jan 2023"),
    ev("fans-bus-crash", "بعد الحادث الأول الذي وقع قبل مباراة", CRASH, "no own expression; the crash of Mon 16 Jan 2023, before the semi-final"),
    ev("semi-final", "وقطر في الدور نصف النهائي", SEMI, "no own expression; the Iraq-Qatar semi-final of Mon 16 Jan 2023"),
    ev("iraq-title-1988", "وتحديداً منذ 1988 في السعودية", "1988-01-01", "'منذ 1988' = Iraq's Gulf Cup title of 1988 in Saudi Arabia (the year only)", end="1989-01-01"),
    ev("oman-title-2018", "هو الأول له منذ 2018", "2018-01-05", "'منذ 2018' = Oman's Gulf Cup 23 title, won in the final of Fri 5 Jan 2018 in Kuwait; the text gives the year only"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 451
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

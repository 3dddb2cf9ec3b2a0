"""Builds stories.jsonl: the 466-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: vaccination campaigns and disease outbreaks among people
(cholera, measles, dengue, meningitis).
Stories: the cholera state of emergency in Harare (Zimbabwe, September 2018), the measles ("بوحمرون") outbreak
acknowledged by the Moroccan government (Morocco, January 2025), and the drought and acute-diarrhoea/cholera
deaths in the Bay region (Somalia, March 2017).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- zimbabwe-harare-cholera-emergency-2018
S = "zimbabwe-harare-cholera-emergency-2018"
EMERG = "2018-09-11"                       # health minister Obadiah Moyo declared the emergency in Harare on Tue 11 Sep 2018
WED = "2018-09-12"                         # police ban on public gatherings, 3067 cases (Wed 12 Sep 2018)
ALGERIA = "2018-08-23"                     # Algeria's health ministry officially confirmed cholera on Thu 23 Aug 2018
OTHMANI = "2018-08-30"                     # El Othmani on cholera vigilance at the government council of Thu 30 Aug 2018
OUTBREAK = ("2018-08-20", "2018-09-07")    # start of the Harare outbreak, 'منذ بضعة أسابيع' before 11 Sep (my span)
Z2008 = ("2008-08-01", "2009-08-01")       # the 2008 outbreak, 'استمر لأكثر من عام' (August 2008 - mid-2009)
art(S, "https://maghress.com/alyaoum24/1142758",
    EMERG, "no date line on the stored page; the body's 'في تصريح له اليوم الثلاثاء' for the declaration of the emergency in Harare, which was made on Tue 11 Sep 2018 (howiyapress: 'اليوم الثلاثاء 11 شتنبر'; raya of Wed 12: 'أمس'); an alyaoum24 report carried by maghress; headline written from the body (the stored text has none)", False, """
زيمبابوي تعلن حالة الطوارئ في هاراري بسبب الكوليرا
بعد أزيد من أسبوعين على الإعلان الرسمي للجارة الشرقية الجزائر عن رصد إصابات بوباء الكوليرا في مناطق متفرقة من ترابها، أعلنت زيمبابوي بدورها أن المرض المعدي بلغ أراضيها.
وفي تصريح له اليوم الثلاثاء، أعلن أوباديا مويو، وزير الصحة الجديد في زيمبابوي، حالة الطوارئ في العاصمة هاراري بسبب تفشي الكوليرا، بعدما بلغ عدد الوفيات عشرين، وتجاوز عدد المصابين ألفي شخص إثر شربهم مياها ملوثة.
وأوضح الوزير المعين حديثا، خلال تفقده مستشفى يتلقى فيه المرضى العلاج، أن إعلان حالة الطوارئ في هاراري سيتيح للبلاد احتواء الكوليرا والتيفود وأي مرض آخر قد يكون موجودا، مؤكدا أن بلاده لا تريد تسجيل وفيات جديدة.
وكانت الحكومة المغربية قد أعلنت قبل أيام، على لسان رئيسها سعد الدين العثماني، رفع يقظة المصالح الصحية في المناطق الحدودية ونقاط العبور، لمنع دخول أي حالة مصابة بالكوليرا إلى المغرب، في حين تتوالى بلاغات وزارة الصحة المؤكدة أن المغرب يتخذ كل الاحتياطات اللازمة وأنه لم يسجل أي إصابة بالوباء الذي بدأ ينتشر في القارة السمراء.
""", [
    ev("algeria-cholera-confirmed", "الإعلان الرسمي للجارة الشرقية الجزائر", ALGERIA, "'بعد أزيد من أسبوعين' before Tue 11 Sep 2018; the Algerian health ministry confirmed the cholera cases on Thu 23 Aug 2018 (anfaspress: 'رسميا يوم الخميس 23 غشت 2018')"),
    ev("harare-emergency", "أعلن أوباديا مويو، وزير الصحة الجديد في زيمبابوي، حالة الطوارئ", EMERG, "'اليوم الثلاثاء' = Tue 11 Sep 2018"),
    ev("toll-20-dead-2000-cases", "بعدما بلغ عدد الوفيات عشرين", EMERG, "no own expression; the toll of 20 dead and over 2000 cases given when the emergency was declared, Tue 11 Sep 2018"),
    ev("moyo-hospital-visit", "خلال تفقده مستشفى", EMERG, "no own expression; the minister spoke while visiting a hospital on the day of the declaration, Tue 11 Sep 2018"),
    ev("morocco-cholera-vigilance", "رفع يقظة المصالح الصحية في المناطق الحدودية", OTHMANI, "'قبل أيام' before Tue 11 Sep 2018; Saad Eddine El Othmani spoke of cholera vigilance at the government council of Thu 30 Aug 2018 (walaw.press: 'اليوم الخميس 30 غشت 2018')"),
])
art(S, "https://howiyapress.com/%d8%ad%d8%a7%d9%84%d8%a9-%d8%b7%d9%88%d8%a7%d8%b1%d8%a6-%d9%81%d9%8a-%d8%b2%d9%8a%d9%85%d8%a8%d8%a7%d8%a8%d9%88%d9%8a-%d8%a8%d8%b9%d8%af-%d8%a5%d8%b9%d9%84%d8%a7%d9%86-%d9%88%d9%81%d8%a7%d8%a9-20",
    EMERG, "no date line on the stored page; the body's 'اليوم الثلاثاء 11 شتنبر' (11 Sep 2018 was a Tuesday) gives the day; a MAP dispatch ('و.م.ع', kept as in the body); headline from the URL slug", True, """
حالة طوارئ في زيمبابوي بعد إعلان وفاة 20
أعلن أوباديا مويو، وزير الصحة الجديد في زيمبابوي، اليوم الثلاثاء 11 شتنبر،ـ حالة الطوارئ في العاصمة هاراري بسبب تفشي وباء الكوليرا، بعد أن ارتفع عدد الوفيات إلى عشرين وأصيب أكثر من ألفي شخص جراء شرب مياه ملوثة.
وقال خلال زيارته مستشفى يعالَج فيه المرضى: "نعلن حالة الطوارئ في هاراري، وسيمكننا ذلك من احتواء الكوليرا والتيفود وأي شيء آخر قد يكون موجودا، فنحن لا نريد مزيدا من الوفيات". و.م.ع
""", [
    ev("harare-emergency", "اليوم الثلاثاء 11 شتنبر،ـ حالة الطوارئ في العاصمة هاراري", EMERG, "'اليوم الثلاثاء 11 شتنبر' = Tue 11 Sep 2018"),
    ev("toll-20-dead-2000-cases", "بعد أن ارتفع عدد الوفيات إلى عشرين", EMERG, "no own expression; the toll given with the declaration of Tue 11 Sep 2018"),
    ev("moyo-hospital-visit", "خلال زيارته مستشفى", EMERG, "no own expression; the hospital visit during which the emergency was declared, Tue 11 Sep 2018"),
])
art(S, "http://www.raya.com/home/print/f6451603-4dff-4ca1-9c10-122741d17432/6aa26502-fd47-4056-bad5-3ca5f3b3d5b7",
    WED, "no date on the stored print page; the body's 'أعلنت الحكومة في زيمبابوي حالة الطوارئ أمس' for the declaration of Tue 11 Sep 2018 gives Wed 12 Sep 2018 (12 Sep 2018 was a Wednesday); a dpa dispatch with its dateline 'هراري - د ب ا' kept; headline written from the body (the stored text has none)", False, """
زيمبابوي تعلن الطوارئ بعد وفاة 20 شخصا بالكوليرا
هراري - د ب ا: أعلنت حكومة زيمبابوي أمس حالة الطوارئ، إثر وفاة 20 شخصا بمرض الكوليرا وتسجيل 2000 حالة إصابة.
وقال وزير الصحة أوباديا مويو: "أعلنا حالة الطوارئ في هراري، وهذا ما سيمكننا من احتواء الكوليرا والتيفود وأي أمراض أخرى، فنحن لا نريد سقوط مزيد من الضحايا".
ولم تسجل الوفيات حتى الآن إلا في هراري، غير أن إصابات مؤكدة بالمرض ظهرت في مناطق أخرى من البلاد منذ بدء تفشيه منذ بضعة أسابيع.
يذكر أن تفشي الكوليرا في زيمبابوي عام 2008 امتد لأكثر من عام، وحصد أرواح ما يزيد على 4000 شخص.
ولم يتوقف ذلك التفشي إلا بعد أن تدخلت مجموعات دولية وتبرعت بأدوية ومواد كيميائية لمعالجة المياه.
""", [
    ev("harare-emergency", "أعلنت حكومة زيمبابوي أمس حالة الطوارئ", EMERG, "'أمس' in an article of Wed 12 Sep 2018 = Tue 11 Sep"),
    ev("toll-20-dead-2000-cases", "إثر وفاة 20 شخصا بمرض الكوليرا", EMERG, "no own expression; the toll of 20 dead and 2000 cases given with the declaration of Tue 11 Sep 2018"),
    ev("harare-outbreak-start", "منذ بدء تفشيه منذ بضعة أسابيع", OUTBREAK[0], "'منذ بضعة أسابيع' before Tue 11 Sep 2018; the Harare outbreak began at the turn of August and September 2018 (my span 20 Aug - 6 Sep 2018)", end=OUTBREAK[1]),
    ev("zimbabwe-2008-outbreak", "تفشي الكوليرا في زيمبابوي عام 2008", Z2008[0], "'عام 2008' and 'امتد لأكثر من عام': the outbreak of August 2008 to mid-2009 (my span Aug 2008 - Jul 2009)", end=Z2008[1]),
])
art(S, "https://www.alhayatp.net/?app=article.show.75488",
    WED, "no date line on the stored page; the body's 'اليوم الأربعاء' for minister Moyo's new count and 'أمس الثلاثاء' for the count of about 2000 cases of Tue 11 Sep 2018 give Wed 12 Sep 2018; the trailing separator dropped; headline written from the body (the stored text has none)", False, """
شرطة زيمبابوي تحظر التجمعات العامة في هراري بسبب الكوليرا
الحياة برس - حظرت شرطة زيمبابوي "التجمعات العامة" في هراري سعيا إلى الحد من تفشي الكوليرا الذي حصد أرواح 21 شخصا.
وأوضحت تشاريتي تشارامبا، المتحدثة باسم الشرطة، في بيان الأربعاء، أن الحظر يرمي إلى كبح "الانتشار المستمر" للكوليرا في العاصمة التي أعلنت الحكومة فيها حالة الطوارئ.
ويعرّف قانون زيمبابوي التجمع العام تعريفا واسعا بأنه "اجتماع عام أو مظاهرة عامة".
وأفاد وزير الصحة أوبادياه مويو اليوم الأربعاء بأن عدد الإصابات صعد إلى 3067، بعدما كان يزيد قليلا على 2000 حالة أُبلغ عنها أمس الثلاثاء.
ومن بين الوفيات الأخيرة مدير مدرسة وتلميذان في ضاحية فقيرة حُددت بوصفها إحدى بؤر تفشي المرض.
وذكر مويو أن مدرسة في هذه الضاحية أُغلقت.
""", [
    ev("police-gatherings-ban", "حظرت شرطة زيمبابوي \"التجمعات العامة\" في هراري", WED, "no own expression; the ban announced in the police statement of 'الأربعاء' = Wed 12 Sep 2018"),
    ev("harare-emergency", "التي أعلنت الحكومة فيها حالة الطوارئ", EMERG, "no own expression; the emergency declared on Tue 11 Sep 2018 (howiyapress: 'اليوم الثلاثاء 11 شتنبر')"),
    ev("cases-3067", "بأن عدد الإصابات صعد إلى 3067", WED, "'اليوم الأربعاء' = Wed 12 Sep 2018"),
    ev("toll-20-dead-2000-cases", "2000 حالة أُبلغ عنها أمس الثلاثاء", EMERG, "'أمس الثلاثاء' from Wed 12 Sep 2018 = Tue 11 Sep"),
    ev("school-closed", "أن مدرسة في هذه الضاحية أُغلقت", EMERG, "no own expression; the closure reported by Moyo on Wed 12 Sep 2018 after the deaths of the headmaster and two pupils (my span Tue 11 - Wed 12 Sep 2018)", end="2018-09-13"),
])

# ---------------------------------------------------------------- morocco-measles-bouhamroun-outbreak-2025
S = "morocco-measles-bouhamroun-outbreak-2025"
BRIEF = "2025-01-23"                       # Baitas' press briefing after the government council of Thu 23 Jan 2025
CAMPAIGN = "2024-10-28"                    # the national catch-up vaccination campaign, launched on 28 Oct 2024
TOLL = ("2023-09-01", "2025-01-24")        # the 120 deaths and 25,000 cases counted since September 2023
CRITIC = ("2025-01-01", "2025-01-25")      # the criticism of the health ministry, January 2025 (my span)
art(S, "https://maghress.com/nadorcity/140278",
    BRIEF, "no date line on the stored page; the body's 'اليوم الخميس 23 يناير الجاري' (23 Jan 2025 was a Thursday) gives the day; a nadorcity report carried by maghress; headline written from the body (the stored text has none)", True, """
بايتاس: المعلومات المضللة حول التلقيح من أسباب انتشار بوحمرون
نبه مصطفى بايتاس، الوزير المنتدب لدى رئيس الحكومة المكلف بالعلاقات مع البرلمان والمجتمع المدني والناطق الرسمي باسم الحكومة، إلى خطورة المعلومات المضللة المتداولة بشأن التلقيح ضد داء الحصبة "بوحمرون"، معتبرا إياها من أبرز أسباب انتشار هذا الداء في المغرب.
وشدد بايتاس، في الندوة الأسبوعية التي تلت انعقاد المجلس الحكومي اليوم الخميس 23 يناير الجاري، على أن رواج هذه المعلومات الخاطئة زرع الخوف في نفوس المواطنين من عمليات التلقيح، بسبب تضخيم الآثار الجانبية المحدودة التي تعد طبيعية وشائعة في معظم الأدوية.
ودعا المواطنين، ولا سيما الآباء والأمهات، إلى الانخراط في حملة التلقيح التي أطلقتها وزارة الصحة والحماية الاجتماعية، بوصفها أنجع وسيلة لمكافحة هذا المرض.
""", [
    ev("baitas-briefing", "في الندوة الأسبوعية", BRIEF, "no own expression for the briefing itself; it followed the council of 'اليوم الخميس 23 يناير الجاري' = Thu 23 Jan 2025"),
    ev("government-council", "انعقاد المجلس الحكومي اليوم الخميس 23 يناير الجاري", BRIEF, "'اليوم الخميس 23 يناير الجاري' = Thu 23 Jan 2025"),
    ev("catch-up-campaign-launch", "حملة التلقيح التي أطلقتها وزارة الصحة", CAMPAIGN, "no own expression; the national catch-up campaign launched 'منذ 28 أكتوبر' (24saa) = 28 Oct 2024"),
])
art(S, "https://24saa.com/%d8%a7%d9%84%d8%ad%d9%83%d9%88%d9%85%d8%a9-%d8%aa%d8%ad%d8%b0%d8%b1-%d9%85%d9%86-%d8%aa%d9%81%d8%b4%d9%8a-%d8%af%d8%a7%d8%a1-%d8%a7%d9%84%d8%ad%d8%b5%d8%a8%d8%a9-%d9%88%d8%aa%d8%af%d8%b9%d9%88-%d9%84",
    BRIEF, "no date line on the stored page; the body's 'اليوم الخميس' for Baitas' briefing after the government council, which was held on Thu 23 Jan 2025 (nadorcity: 'اليوم الخميس 23 يناير الجاري'); the 'اقرأ أيضاً' link dropped; headline from the truncated URL slug, completed from the body", False, """
الحكومة تحذر من تفشي داء الحصبة وتدعو إلى التلقيح
24 ساعة ـ متابعة
أكد مصطفى بايتاس، الناطق الرسمي باسم الحكومة، اليوم الخميس، أن وباء "بوحمرون" (الحصبة) متفش في المغرب، مبرزا أن التلقيح هو أنجع سبيل لمحاربة هذا المرض.
وبيّن بايتاس، في ندوة صحافية أعقبت اجتماع المجلس الحكومي، أن تزايد حالات الإصابة مرده إلى تراجع الإقبال على التلقيح في السنوات الأخيرة، وبخاصة بعد جائحة كورونا، وإلى انتشار معلومات مغلوطة تخيف المواطنين من اللقاحات.
ولفت إلى أن الحكومة أطلقت منذ 28 أكتوبر حملة وطنية مستعجلة لاستدراك التلقيح ضد الحصبة وأمراض أخرى، ثم قررت تمديدها، مع إرساء نظام لليقظة والتنسيق بين وزارات الصحة والتربية الوطنية والداخلية، لضمان تلقيح الأطفال دون سن 18 سنة.
كما حث الناطق الرسمي الأسر على الإسراع بتطعيم أطفالها، مؤكدا ضرورة التصدي للإشاعات المتعلقة بالآثار الجانبية للقاحات، ومشددا على أن المعلومات الخاطئة تعرقل جهود الحد من انتشار المرض.
""", [
    ev("baitas-briefing", "أكد مصطفى بايتاس، الناطق الرسمي باسم الحكومة، اليوم الخميس", BRIEF, "'اليوم الخميس' = Thu 23 Jan 2025 (the council of that day, nadorcity)"),
    ev("government-council", "اجتماع المجلس الحكومي", BRIEF, "no own expression; the weekly council of Thu 23 Jan 2025"),
    ev("vaccination-decline", "تراجع الإقبال على التلقيح في السنوات الأخيرة", "2020-03-01", "'في السنوات الأخيرة، وبخاصة بعد جائحة كورونا': the years after the start of the pandemic (my span Mar 2020 - Dec 2024)", end="2025-01-01"),
    ev("catch-up-campaign-launch", "منذ 28 أكتوبر حملة وطنية مستعجلة", CAMPAIGN, "'منذ 28 أكتوبر' before Jan 2025 = Mon 28 Oct 2024"),
])
art(S, "https://dubainewsday.com/news/egypt/%d8%a7%d9%84%d8%ad%d8%b5%d8%a8%d8%a9-%d8%aa%d8%aa%d9%81%d8%b4%d9%89-%d9%81%d9%8a-%d8%a7%d9%84%d9%85%d8%ba%d8%b1%d8%a8-%d9%88%d8%aa%d9%82%d8%aa%d9%84-120-%d8%b4%d8%ae%d8%b5%d8%a7-%d9%88%d8%aa%d8%b5",
    "2025-01-24", "time stamp on the page '10:55 م الجمعة 24 يناير 2025' (not kept: not part of the body); byline 'وكالات' kept; headline from the truncated URL slug", True, """
الحصبة تتفشى في المغرب وتقتل 120 شخصا
وكالات
أعلنت السلطات المغربية بصورة رسمية تفشي داء الحصبة، المعروف محليا باسم "بوحمرون"، بعد تسجيل 120 حالة وفاة و25 ألف إصابة، بحسب ما أفاد به الناطق الرسمي باسم الحكومة المغربية.
وأرجع الناطق الرسمي السبب الأساسي لانتشار المرض إلى عزوف المواطنين عن الإقبال على التلقيح، وهو ما أضعف المناعة المجتمعية.
وتعرضت الحكومة لانتقادات حادة من مواطنين ومراقبين اتهموا وزارة الصحة بالتقصير في التصدي للفيروس، سواء على صعيد حملات التوعية أو الجاهزية الطبية.
وطالب منتقدون باستجابة عاجلة تحد من انتشار المرض وبتعزيز برامج التلقيح على وجه السرعة.
""", [
    ev("baitas-briefing", "أعلنت السلطات المغربية بصورة رسمية تفشي داء الحصبة", BRIEF, "no own expression; the government spokesman's statement at his briefing of Thu 23 Jan 2025 (nadorcity, 24saa)"),
    ev("measles-toll-120-25000", "بعد تسجيل 120 حالة وفاة و25 ألف إصابة", TOLL[0], "no own expression; the cases and deaths counted since September 2023 (the health ministry's figures) up to the report (my span Sep 2023 - 23 Jan 2025)", end=TOLL[1]),
    ev("ministry-criticised", "وتعرضت الحكومة لانتقادات حادة", CRITIC[0], "no own expression; the criticism of January 2025 before the report of Fri 24 Jan (my span 1 - 24 Jan 2025)", end=CRITIC[1]),
    ev("critics-call-response", "وطالب منتقدون باستجابة عاجلة", CRITIC[0], "no own expression; the same period, January 2025 up to Fri 24 Jan (my span)", end=CRITIC[1]),
])

# ---------------------------------------------------------------- somalia-bay-drought-diarrhoea-deaths-2017
S = "somalia-bay-drought-diarrhoea-deaths-2017"
DEATHS = ("2017-03-02", "2017-03-04")      # about 110 dead on Thu 2 and Fri 3 Mar 2017 ('الخميس والجمعة', 48 hours)
STATEMENT = "2017-03-04"                   # PM Hassan Ali Khaire's statement dated Sat 4 Mar 2017
OUDINLE = ("2017-03-02", "2017-03-05")     # the 69 diarrhoea/cholera deaths in Oudinle (Bay), reported by 4 Mar (my span)
DISASTER = "2017-02-28"                    # President Farmajo declared the drought a national disaster on Tue 28 Feb 2017
art(S, "http://alwasatnews.com/ipad/news-1217187.html",
    "2017-03-05", "no date line on the stored page; the body's 'بيان يحمل تاريخ أمس السبت (4 مارس/ آذار 2017)' gives Sun 5 Mar 2017 (4 Mar 2017 was a Saturday); an AFP dispatch with its dateline 'مقديشو - أ ف ب' kept; headline kept from the page", True, """
وفاة 110 اشخاص في الصومال بسبب الجفاف في 48 ساعة
مقديشو - أ ف ب
لقي نحو 110 أشخاص حتفهم في جنوب الصومال الخميس والجمعة من جراء الجفاف، بحسب ما أعلنه رئيس الوزراء الصومالي حسن علي خيري.
وجاء في بيان لخيري يحمل تاريخ أمس السبت (4 مارس/ آذار 2017): "نحو 110 أشخاص فارقوا الحياة في ال 48 ساعة الاخيرة بسبب الجفاف وحالات الإسهال الحاد الناتجة عن المياه في مناطق جنوب الصومال، ولا سيما في الباي وباخول".
وتابع: "على الصوماليين أينما كانوا أن ينقذوا إخوانهم المحتاجين الذين سيهلكون جوعا إن لم نمد لهم يد العون. إن أولى مهام الحكومة هي مساعدة المتضررين من الجفاف".
وكانت سلطات الصومال قد أعلنت في نهاية فبراير حالة "الكارثة الوطنية" بسبب الجفاف الحاد الذي يضرب البلاد ويهدد قرابة ثلاثة ملايين شخص، وفق منظمات غير حكومية.
""", [
    ev("deaths-110", "لقي نحو 110 أشخاص حتفهم في جنوب الصومال الخميس والجمعة", DEATHS[0], "'الخميس والجمعة' before the statement of Sat 4 Mar 2017 = Thu 2 - Fri 3 Mar 2017", end=DEATHS[1]),
    ev("khaire-statement", "بيان لخيري يحمل تاريخ أمس السبت (4 مارس/ آذار 2017)", STATEMENT, "'أمس السبت (4 مارس/ آذار 2017)' = Sat 4 Mar 2017"),
    ev("national-disaster", "حالة \"الكارثة الوطنية\"", DISASTER, "'في نهاية فبراير' = President Farmajo's declaration of Tue 28 Feb 2017 (alwafd: 'يوم الثلاثاء الماضي')"),
])
art(S, "https://sauress.com/alhayat/20536309",
    "2017-03-05", "no date on the stored page; the body's 'بيان يحمل تاريخ أمس (السبت)' for the statement dated Sat 4 Mar 2017 (alwasatnews: 'أمس السبت (4 مارس/ آذار 2017)') gives Sun 5 Mar 2017; an al-Hayat report carried by sauress; headline written from the body (the stored text has none); the truncated last sentence dropped", False, """
وفاة 110 أشخاص في جنوب الصومال بسبب الجفاف والإسهال
قضى نحو 110 أشخاص في جنوب الصومال الخميس والجمعة من جراء الجفاف، بحسب ما أعلن رئيس الوزراء الصومالي حسن علي خيري.
وقال خيري في بيان يحمل تاريخ أمس (السبت): «نحو 110 أشخاص لقوا حتفهم في ال 48 ساعة الأخيرة بسبب الجفاف والإسهال الحاد الناجم عن المياه في مناطق جنوب الصومال، وبخاصة في الباي وباخول».
وأضاف: «يتعين على الصوماليين أينما وجدوا أن يغيثوا إخوانهم المحتاجين الذين سيموتون جوعا ما لم نساعدهم. إن المهمة الأولى للحكومة هي إغاثة المتضررين من الجفاف».
وأفادت السلطات المحلية في قرية أودينل بمنطقة الباي بأن 69 شخصا على الأقل، أغلبهم من الأطفال والمسنين، توفوا بسبب إسهال ناتج عن المياه.
وقال مسؤول محلي في هذه القرية التي تبعد 30 كيلومترا عن بيداوا، كبرى مدن المنطقة: «لا توجد أدوية، وقد تحول المرض الآن إلى وباء».
وتابع: «السبب هو الجفاف الذي أحدث نقصا عاما في المياه، ونحن في حاجة ماسة إلى مساعدات إنسانية».
وكانت سلطات الصومال قد أعلنت في نهاية شباط (فبراير) حال «الكارثة الوطنية» بسبب الجفاف الخطير الذي يجتاح البلاد ويهدد نحو ثلاثة ملايين شخص، وفق منظمات غير حكومية.
ويقف الصومال، مع اليمن ونيجيريا، على حافة المجاعة التي أعلنت رسميا في جنوب السودان حيث تطاول مئة ألف شخص.
""", [
    ev("deaths-110", "قضى نحو 110 أشخاص في جنوب الصومال الخميس والجمعة", DEATHS[0], "'الخميس والجمعة' before the statement of Sat 4 Mar 2017 = Thu 2 - Fri 3 Mar 2017", end=DEATHS[1]),
    ev("khaire-statement", "في بيان يحمل تاريخ أمس (السبت)", STATEMENT, "'أمس (السبت)' in an article of Sun 5 Mar 2017 = Sat 4 Mar"),
    ev("oudinle-69-deaths", "بأن 69 شخصا على الأقل", OUDINLE[0], "no own expression; the deaths in Oudinle reported with the statement of Sat 4 Mar 2017, within the days before it (my span Thu 2 - Sat 4 Mar 2017)", end=OUDINLE[1]),
    ev("national-disaster", "حال «الكارثة الوطنية»", DISASTER, "'في نهاية شباط (فبراير)' = the declaration of Tue 28 Feb 2017"),
    ev("south-sudan-famine", "المجاعة التي أعلنت رسميا في جنوب السودان", "2017-02-20", "no own expression; famine was officially declared in parts of South Sudan on Mon 20 Feb 2017"),
])
art(S, "https://altaghier.tv/2017/03/06/وفاة-110-أشخاص-في-الصومال-في-غضون-48-ساعة-بسب",
    "2017-03-06", "no date line on the stored page; the URL's '/2017/03/06/' gives Mon 6 Mar 2017 (the body has no date of its own; its 'خلال اليوميين الماضيين' refers to the 48 hours before the statement of Sat 4 Mar); the section label dropped; headline kept from the page", False, """
وفاة 110 أشخاص في الصومال في غضون 48 ساعة بسبب الجفاف
لقي قرابة مئة وعشرة أشخاص حتفهم في جنوب الصومال خلال اليوميين الماضيين بسبب الجفاف.
وأوضح رئيس الوزراء الصومالي حسن علي خيري، في بيان أصدره، أن هذه الوفيات وقعت في غضون ثمانية وأربعين ساعة بسبب الجفاف وحالات الإسهال الحاد الناجمة عن المياه في مناطق جنوب الصومال، ولا سيما في الباي وباخول، ودعا خيري مواطني البلاد إلى إنقاذ المتضررين، مبينا أن المهمة الأولى للحكومة هي مساعدة المتضررين من الجفاف.
وكان مسؤول في الحكومة الصومالية قد ذكر أن تفشي الكوليرا حصد أرواح تسعة وستين شخصا على الأقل خلال يوم واحد، في وقت تجتاح فيه البلاد أزمة مجاعة.
ويأتي تفشي الكوليرا بعد أيام من إعلان الصومال المناطق المتضررة من الجفاف مناطق كوارث قومية.
""", [
    ev("deaths-110", "لقي قرابة مئة وعشرة أشخاص حتفهم", DEATHS[0], "'خلال اليوميين الماضيين' / 'في غضون ثمانية وأربعين ساعة' before the statement of Sat 4 Mar 2017 = Thu 2 - Fri 3 Mar 2017 (alwasatnews: 'الخميس والجمعة')", end=DEATHS[1]),
    ev("khaire-statement", "في بيان أصدره", STATEMENT, "no own expression; the statement dated Sat 4 Mar 2017 (alwasatnews)"),
    ev("oudinle-69-deaths", "حصد أرواح تسعة وستين شخصا على الأقل خلال يوم واحد", OUDINLE[0], "no own expression for the day; the Oudinle deaths reported by Sat 4 Mar 2017 (al-Hayat; my span Thu 2 - Sat 4 Mar 2017)", end=OUDINLE[1]),
    ev("national-disaster", "إعلان الصومال المناطق المتضررة من الجفاف مناطق كوارث قومية", DISASTER, "'بعد أيام من' = the declaration of Tue 28 Feb 2017"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 466
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the two-hundred-and-fourth evaluation set of real Arabic news stories (several
articles per story, from different outlets, published on different days), bodies re-worded sentence by
sentence, every date/time expression kept verbatim, gold events keyed across each story (same format
and checks as tests/realnews/stories120/make_stories.py). Domain: arrests over online posts (a Jordanian
cartoonist held over a cartoon, a Tunisian blogger sentenced over a Facebook post, Egyptian TikTok
influencers sentenced). None of these stories is in the dev set or the other tests/realnews/* sets, nor on
the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- jordan-emad-hajjaj-cartoon-arrest-2020
S = "jordan-emad-hajjaj-cartoon-arrest-2020"
art(S, "https://arabicpost.live/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/middle_east/2020/08/26/%d8%a8%d8%b3%d8%a8%d8%a8-%d8%b1%d8%b3%d9%85-%d8%b3%d8%a7%d8%ae%d8%b1-%d9%85%d9%86-%d8%a7%d8%aa%d9%81%d8%a7%d9%82-%d8%a7%d9%84%d8%aa%d8%b7%d8%a8%d9%8a%d8%b9-%d8%aa%d9%88%d9%82%d9%8a%d9%81-%d8%b1",
    "2020-08-26", "date in the URL '/2020/08/26/' and the body's own 'الأربعاء 26 أغسطس/آب 2020' (26 Aug 2020 was a Wednesday, the day of the arrest); headline rendered from the (truncated) URL slug; the last sentence cut where the stored text breaks off ('منوصر أوضح أن تو...')", True, """
بسبب رسم ساخر من اتفاق التطبيع.. توقيف رسام كاريكاتير أردني
أوقفت السلطات الأردنية، الأربعاء 26 أغسطس/آب 2020، رسام الكاريكاتير الأردني الشهير عماد الحجاج، بهدف التحقيق معه بسبب رسم نشره يسخر فيه من قرار الإمارات عقد اتفاق تطبيع مع إسرائيل.
ويُعد الحجاج من أبرز رسامي الكاريكاتير في الأردن والعالم العربي، ولم تمضِ سوى ساعات على اعتقاله حتى تصدّر اسمه قائمة الأكثر تداولاً على "تويتر" في الأردن، فيما أطلق ناشطون حملات إلكترونية واسعة تطالب بالإفراج الفوري عنه.
ويصوّر الرسم، الذي جاء بعنوان "إسرائيل تطلب من واشنطن عدم بيع الإمارات طائرات إف-35"، حمامة سلام بيضاء تحمل علم إسرائيل وهي تلقي فضلاتها على رجل في زي إماراتي تقليدي، في إشارة إلى "اتفاق السلام" أو "اتفاق التطبيع" بين الإمارات وإسرائيل، وهو واحد من سلسلة أعمال ساخرة نشرها الرسام عن التطبيع الإماراتي.
وفي تصريحات صحفية، أكد نقيب الصحفيين الأردنيين راكان السعايدة أنه يتابع تفاصيل توقيف الحجاج لدى الأجهزة الأمنية، مشدداً على دعمه له حتى يُفرج عنه.
كما قال الرئيس التنفيذي لمركز حماية وحرية الصحفيين نضال منصور، في تصريحات مماثلة، إنه يتابع وضع الحجاج باستمرار.
""", [
    ev("arrest", "أوقفت السلطات الأردنية، الأربعاء 26 أغسطس/آب 2020", "2020-08-26", "'الأربعاء 26 أغسطس/آب 2020' = Wed 26 Aug 2020"),
    ev("online-campaign", "أطلق ناشطون حملات إلكترونية واسعة", "2020-08-26", "no own expression; 'ساعات من اعتقاله' on the evening of Wed 26 Aug, running into the next days (my span 26-30 Aug, until the release)", end="2020-08-31"),
    ev("twitter-trend", "حتى تصدّر اسمه قائمة الأكثر تداولاً", "2020-08-26", "no own expression; 'لم تمضِ سوى ساعات على اعتقاله': the evening of Wed 26 Aug 2020 (the publication day)"),
])
art(S, "https://ypagency.net/?p=288948",
    "2020-08-27", "no stamp or URL date in the stored page: fixed by the body's 'الخميس' for the Amman prosecutor's referral to the State Security Court, with 'وفي وقت سابق اليوم' for the local reports of the arrest 'الأربعاء' (the arrest was on the evening of Wed 26 Aug 2020, the referral on Thu 27): so Thu 27 Aug 2020; the dateline 'عمان/وكالة الصحافة اليمنية//' and the truncated last sentence dropped", False, """
قرر مدعي عام عمان "رامي الطراونة"، الخميس، إحالة رسام الكاريكاتير "عماد حجاج" إلى محكمة أمن الدولة، بعد أن جرى توقيفه الأربعاء إثر رسم اعتُبر "مسيئاً لاتفاق التطبيع الإماراتي الإسرائيلي".
وأوضح "نضال منصور"، الرئيس التنفيذي السابق لمركز حماية وحرية الصحفيين (غير حكومي)، أن "حجاج" لم يمثل أمام المدعي العام وإنما أُحيل إلى محكمة أمن الدولة، مطالباً بالإفراج عنه فوراً لأن التوقيف عقوبة مسبقة.
بدوره، صرّح "مروان سالم"، محامي رسام الكاريكاتير، بأن "مدعي عام عمان قرر تحويل حجاج إلى محكمة أمن الدولة لعدم الاختصاص".
وأضاف "سالم" أنه "لم توجَّه أي تهم لموكله حتى الآن".
وفي وقت سابق اليوم، أفادت وسائل إعلام محلية بأن السلطات الأردنية أوقفت "حجاج"، الأربعاء، على خلفية "رسم اعتُبر مسيئاً لاتفاق التطبيع الإماراتي الإسرائيلي".
وذكر موقع "خبرني" المحلي أن "التوقيف جاء على خلفية قضية إلكترونية"، في حين أفاد موقع "عمون" بأن "مدعي عام العاصمة أوقف حجاج الذي يعمل بصحيفة قطرية على ذمة التحقيق بسبب رسمه كاريكاتيراً اعتُبر مسيئاً".
""", [
    ev("referral-ssc", "إحالة رسام الكاريكاتير \"عماد حجاج\" إلى محكمة أمن الدولة", "2020-08-27", "'الخميس' = Thu 27 Aug 2020"),
    ev("arrest", "بعد أن جرى توقيفه الأربعاء", "2020-08-26", "'الأربعاء' = Wed 26 Aug 2020"),
    ev("no-appearance", "لم يمثل أمام المدعي العام", "2020-08-27", "no own expression; on the day of the referral, Thu 27 Aug 2020"),
])
art(S, "https://www.arab48.com/ميديا/ميديا/2020/08/28/تمديد-اعتقال-رسام-الكاريكاتير-عماد-حجاج-وتغييب-رسوماته",
    "2020-08-28", "date line '28/08/2020 - 11:52' above the headline (kept as first line '28/08/2020', before the headline) and the URL '/2020/08/28/'; 28 Aug 2020 was a Friday; body 'أمس الأول الأربعاء' (Wed 26) agrees; the repeated headline, the repeated lead and the caption 'رسام الكاريكاتير عماد حجاج (تويتر)' dropped; the truncated last sentence cut to its complete clause", True, """
28/08/2020
تمديد اعتقال رسام الكاريكاتير عماد حجاج وتغييب رسوماته
قرر مدعي عام محكمة أمن الدولة في الأردن توقيف عماد حجاج (53 عاما)، رسام الكاريكاتير الأردني في صحيفة "العربي الجديد"، مدة 14 يوما على ذمة التحقيق، بحسب ما أفاد محاميه مروان سالم.
ورجّح المحامي أن يُحاكم حجاج بموجب "المادة الثالثة" من "قانون منع الإرهاب"، مشيرا إلى أن التوقيف مدة 14 يوما يعني أن موكله متهم بارتكاب جناية.
وأوضح سالم أن قسم الجرائم الإلكترونية في البحث الجنائي استدعى حجاج للتحقيق معه أمس الأول الأربعاء، ثم أحاله الخميس إلى مدعي عام عمّان، الذي أعلن عدم اختصاصه بالنظر في القضية وأحالها إلى نيابة أمن الدولة، على خلفية رسم كاريكاتيري ينتقد فيه حكام الإمارات بعد إشهار تطبيعها مع إسرائيل.
وغاب كاريكاتير حجاج عن موقع "العربي الجديد" بعد توقيفه في الأردن لدى عودته من الغور مساء الأربعاء.
""", [
    ev("detention-14-days", "توقيف عماد حجاج (53 عاما)", "2020-08-27", "no own expression; the State Security prosecutor's 14-day detention order of Thu 27 Aug 2020 (another report: 'يوم الخميس الماضي 14 يوما')"),
    ev("arrest", "استدعى حجاج للتحقيق معه أمس الأول الأربعاء", "2020-08-26", "'أمس الأول الأربعاء' before Fri 28 = Wed 26 Aug 2020"),
    ev("referral-ssc", "ثم أحاله الخميس إلى مدعي عام عمّان", "2020-08-27", "'الخميس' = Thu 27 Aug 2020 (the Amman prosecutor then referred the case to the State Security prosecution the same day)"),
    ev("uae-normalisation", "بعد إشهار تطبيعها مع إسرائيل", "2020-08-13", "no own expression; the UAE-Israel agreement announced on Thu 13 Aug 2020 (outside knowledge; another report: 'بعد أسبوعين فقط من تطبيع العلاقات')"),
])
art(S, "http://sns.sy/ar/node/146706",
    "2020-08-30", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الأحد' for Hajjaj's release from Balqa prison, which took place on Sun 30 Aug 2020 (the journalists' syndicate announced it 'الأحد'; the arrest was on Wed 26 Aug), with 'يوم الخميس الماضي' for the 14-day order (Thu 27); the page furniture, 'مصدر الصورة وكالات', 'مصدر الخبر وكالات/RT' and the comment form dropped", False, """
إخلاء سبيل رسام الكاريكاتير الأردني عماد حجاج
أطلقت السلطات الأردنية اليوم الأحد سراح رسام الكاريكاتير عماد حجاج من سجن البلقاء.
وكان حجاج، صاحب شخصية "أبو محجوب" المعروفة في الأردن، قد أُوقف يوم الخميس الماضي 14 يوما، إثر عودته من الغور، بتهمة "تعكير صفو العلاقات مع دولة شقيقة".
ويملك حجاج، البالغ من العمر 53 عاما، سجلا حافلا من الرسوم الكاريكاتيرية التي تعبّر عن واقع الشعوب، وقد عُرف بجرأته في التعبير.
وفي الفترة الأخيرة، نشر رسوما تناولت الاتفاق بين الإمارات وإسرائيل الذي قوبل برفض شعبي واسع في العالم العربي، وجاء توقيفه بعد ذلك بفترة، ما دفع المدافعين عنه إلى الحديث عن دور إماراتي في التحريض على اعتقاله ومقاضاته.
""", [
    ev("release", "أطلقت السلطات الأردنية اليوم الأحد سراح رسام الكاريكاتير", "2020-08-30", "'اليوم الأحد' = Sun 30 Aug 2020"),
    ev("detention-14-days", "قد أُوقف يوم الخميس الماضي 14 يوما", "2020-08-27", "'يوم الخميس الماضي' before Sun 30 = Thu 27 Aug 2020 (the 14-day order)"),
    ev("uae-normalisation", "نشر رسوما تناولت الاتفاق بين الإمارات وإسرائيل", "2020-08-13", "no own expression; 'في الفترة الأخيرة': the cartoons followed the UAE-Israel agreement of Thu 13 Aug 2020; the gold is the agreement's day (outside knowledge)"),
])

# ---------------------------------------------------------------- tunisia-emna-chargui-corona-sura-verdict-2020
S = "tunisia-emna-chargui-corona-sura-verdict-2020"
POST = ("2020-05-02", "2020-05-05")  # the post was shared on 2 or 3 May 2020 (sources differ); she was summoned on 4 May
art(S, "https://yemen-press.net/news121270.html",
    "2020-07-14", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الثلاثاء' for the Tunis court's sentence of six months on Emna Chargui, handed down on Tue 14 Jul 2020 (another outlet's stamp: 'الأربعاء 15 يوليو 2020' with the verdict of the day before); no date of its own in the text", False, """
قضت محكمة تونسية، اليوم الثلاثاء، بحبس المدونة آمنة الشرقي بتهمة نشر "نص مسيء للإسلام" والمس بالمقدسات الدينية.
ونقلت وسائل إعلام تونسية عن محسن دالي، رئيس وحدة الإعلام والاتصال بالمحكمة الابتدائية، قوله إن المدونة آمنة الشرقي عوقبت بالسجن 6 أشهر بتهمة المس بالمقدسات، بسبب نشرها نصا على مواقع التواصل الاجتماعي تحت عنوان "سورة كورونا".
وتضمنت التهم التي أُدينت بها الشرقي "الدعوة والتحريض على الكراهية بين الأديان والأجناس والسكان"، كما فرضت عليها المحكمة غرامة قدرها ألفا دينار (نحو 650 يورو) عن جريمة "النيل من الشعائر الدينية".
وكانت المدونة قد شاركت قبل أشهر في نشر نص ساخر بعنوان "سورة كورونا"، واستُدعيت على إثر ذلك من الشرطة في العاصمة تونس للتحقيق معها.
ودعت منظمة العفو الدولية نهاية مايو/ آيار السلطات التونسية إلى الكف عن ملاحقة المدوّنة، معتبرة ذلك "تقويضا لحرية التعبير".
""", [
    ev("verdict", "قضت محكمة تونسية، اليوم الثلاثاء", "2020-07-14", "'اليوم الثلاثاء' = Tue 14 Jul 2020"),
    ev("post-shared", "قد شاركت قبل أشهر في نشر نص ساخر", POST[0], "'قبل أشهر': the post of 2 or 3 May 2020 (sources differ; my span 2-4 May)", end=POST[1]),
    ev("police-summons", "واستُدعيت على إثر ذلك من الشرطة", "2020-05-04", "no own expression; summoned on 4 May 2020 and questioned the next day (outside knowledge, one source; my span 4-5 May)", end="2020-05-06"),
    ev("amnesty-call", "ودعت منظمة العفو الدولية نهاية مايو/ آيار", "2020-05-21", "'نهاية مايو/ آيار' = late May 2020 (my span 21-31 May)", end="2020-06-01"),
])
art(S, "https://maghress.com/goud/767849",
    "2020-07-14", "a maghress mirror of a Goud item without stamp or URL date: fixed by the body's 'اليوم الثلاثاء' for the sentence of the Tunis court of first instance on Emna Chargui (Tue 14 Jul 2020); the text is in Moroccan darija, re-worded in standard Arabic sentence by sentence, except the date expression 'فماي اللي فات' (last May), kept verbatim in darija; no date of its own in the text", False, """
أصدرت المحكمة الابتدائية بتونس العاصمة، اليوم الثلاثاء، حكما بسجن المدونة آمنة الشرقي 6 أشهر، مع غرامة قدرها 650 يورو (نحو 6500 درهم)، بتهمتي "الدعوة والتحريض على الكراهية بين الأديان والأجناس والسكان" و"النيل من الشعائر الدينية"، وذلك بعد أن نشرت "سورة كورونا" على حسابها في فيسبوك.
وكان القضاء التونسي قد قرر ملاحقة الشرقي (27 عاما) بعد استدعائها من الشرطة في العاصمة التونسية للتحقيق في ما نشرته، وتوبعت في حالة سراح بتهمة "المس بالمقدسات والاعتداء على الأخلاق الحميدة".
وقالت المحامية إيناس الطرابلسي إن الشرقي تُلاحق استنادا إلى الفصل السادس من الدستور التونسي، الذي ينص على أن الدولة "راعية للدين ولحرية المعتقد والضمير وممارسة الشعائر الدينية... وحماية المقدسات ومنع النيل منها...".
وكانت منظمة العفو الدولية "أمنستي" قد نددت فماي اللي فات بملاحقة الشرقي، معتبرة ذلك تقويضا لحرية التعبير في بلد يُعد ديمقراطية ناشئة.
""", [
    ev("verdict", "أصدرت المحكمة الابتدائية بتونس العاصمة، اليوم الثلاثاء", "2020-07-14", "'اليوم الثلاثاء' = Tue 14 Jul 2020"),
    ev("post-shared", "بعد أن نشرت \"سورة كورونا\" على حسابها في فيسبوك", POST[0], "no own expression; the post of 2 or 3 May 2020 (my span 2-4 May)", end=POST[1]),
    ev("police-summons", "بعد استدعائها من الشرطة في العاصمة التونسية", "2020-05-04", "no own expression; summoned on 4 May 2020, questioned the next day (my span 4-5 May)", end="2020-05-06"),
    ev("amnesty-call", "قد نددت فماي اللي فات بملاحقة الشرقي", "2020-05-21", "'فماي اللي فات' (darija: last May) = May 2020; Amnesty's statement came at the end of the month (another report: 'نهاية مايو'; my span 21-31 May)", end="2020-06-01"),
])
art(S, "https://honna.elwatannews.com/news/details/2069010/عقب-أكثر-من-شهرين-الحكم-بالسجن-على-مدونة-نشرت-سورة-كورونا",
    "2020-07-15", "page stamp '06:14 م | الأربعاء 15 يوليو 2020' under the headline (kept as first line, before the headline); 15 Jul 2020 was a Wednesday, the day after the sentence; the masthead (board chairman, editor), the rubric 'علاقات و مجتمع', the byline 'كتب: آية أشرف -', the caption 'آمنة الشرقي' and the truncated last sentence dropped", True, """
06:14 م | الأربعاء 15 يوليو 2020
عقب أكثر من شهرين.. الحكم بالسجن على مدونة نشرت "سورة كورونا"
بعد أكثر من شهرين على ملاحقتها والقبض عليها، قضت المحكمة الابتدائية بتونس العاصمة بسجن المدونة آمنة الشرقي (27 عاما) ستة أشهر، بتهمة "الدعوة والتحريض على الكراهية بين الأديان والأجناس والسكان"، إلى جانب غرامة مالية قدرها ألفا دينار، بسبب نشرها نص ما سمّته "سورة كورونا".
من جهته، أوضح رئيس وحدة الإعلام بالمحكمة محسن الدالي أن الحكم قابل للاستئناف.
وكانت آمنة الشرقي قد أثارت جدلا واسعا في مقتبل مايو الماضي، حين نشرت نصا من تأليفها عدّه كثيرون "تدنيسا للقرآن".
وقد ألقت الشرطة التونسية حينها القبض على المدونة، ووجهت إليها عدة تهم، بعد أن نشرت نصا سمّته "سورة كورونا" على صفحتها الشخصية في موقع "فيسبوك".
وطالبت الأغلبية التونسية بإنزال أقسى عقوبة بها على فعلها هذا، ووجهت إليها النيابة التونسية تهمة الإساءة للدين الإسلامي، وانطلقت التحقيقات معها بالفعل، وفق صحيفة "الجريدة" التونسية.
""", [
    ev("verdict", "قضت المحكمة الابتدائية بتونس العاصمة بسجن المدونة آمنة الشرقي", "2020-07-14", "no own expression; the sentence of Tue 14 Jul 2020, the day before the stamp (other reports: 'اليوم الثلاثاء')"),
    ev("post-shared", "قد أثارت جدلا واسعا في مقتبل مايو الماضي", POST[0], "'في مقتبل مايو الماضي' = early May 2020: the post of 2 or 3 May (my span 2-4 May)", end=POST[1]),
    ev("police-summons", "ألقت الشرطة التونسية حينها القبض على المدونة", "2020-05-04", "'حينها' = early May 2020: she was summoned (not jailed) on 4 May and questioned the next day (my span 4-5 May)", end="2020-05-06"),
    ev("investigation", "وانطلقت التحقيقات معها بالفعل", "2020-05-05", "no own expression; questioned by the police on 5 May and charged by the prosecutor on 6 May 2020 (outside knowledge, one source; my span 5-6 May)", end="2020-05-07"),
])

# ---------------------------------------------------------------- egypt-tiktok-girls-verdict-2020
S = "egypt-tiktok-girls-verdict-2020"
art(S, "https://stage.arabicpost.net/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/2020/07/27/%d8%a8%d8%aa%d9%87%d9%85%d8%a9-%d8%ae%d8%af%d8%b4-%d8%a7%d9%84%d8%ad%d9%8a%d8%a7%d8%a1-%d9%88%d8%a7%d9%84%d8%aa%d8%b9%d8%af%d9%8a-%d8%b9%d9%84%d9%89-%d8%a7%d9%84%d9%82%d9%8a%d9%85-%d8%a7%d9%84%d9%82",
    "2020-07-27", "date in the URL '/2020/07/27/' and the body's own 'الإثنين 27 يوليو/تموز 2020' (27 Jul 2020 was a Monday, the day of the verdict); no headline in the stored text; the last sentence cut where the stored text breaks off ('ووُجهت لها ت...')", True, """
أصدرت محكمة مصرية، الإثنين 27 يوليو/تموز 2020، حكماً ابتدائياً بالحبس والغرامة على فتاتين مؤثرتين أُدينتا بخدش الحياء في القضية المعروفة باسم "فتيات التيك توك"، وعلى ثلاث فتيات أخريات.
وقضت المحكمة بمعاقبة المتهمتين مودة الأدهم وحنين حسام بالحبس سنتين لكل منهما، لإدانتهما بالتعدي على قيم المجتمع، وبتغريم كل منهما 300 ألف جنيه (نحو 19 ألف دولار)، وصدرت العقوبة ذاتها بحق ثلاث فتيات أخريات.
وبحسب المسؤول القضائي، ما زال أمام المتهمات فرصة للطعن في الحكم، إذ حُدد 17 أغسطس/آب موعداً للنظر في استئنافه.
وكانت النيابة العامة المصرية قد وجهت إلى الفتاتين عدة اتهامات نفتاها، أبرزها "خدش الحياء، والاعتداء على قيم ومبادئ المجتمع المصري، واستدراج الفتيات واستغلالهن عبر البث المباشر، وارتكاب جريمة الاتجار بالبشر".
وكانت حنين حسام (19 عاماً) ومودة الأدهم (20 عاماً) قد نشرتا مقاطع فيديو على تطبيق الهواتف المحمولة "تيك توك"، تداولها رواد منصات التواصل الاجتماعي في مصر وسط إدانات شديدة وانتقادات.
وكانت حسام، التي يتابع حسابها 1.3 مليون شخص، قد بثّت مقطعاً قصيراً على تيك توك تدعو فيه الفتيات المصريات إلى العمل معها.
وفي مايو/أيار، أُوقفت مودة الأدهم، التي يتابع حسابها على "إنستغرام" قرابة مليوني شخص.
""", [
    ev("verdict", "أصدرت محكمة مصرية، الإثنين 27 يوليو/تموز 2020", "2020-07-27", "'الإثنين 27 يوليو/تموز 2020' = Mon 27 Jul 2020"),
    ev("appeal-hearing", "إذ حُدد 17 أغسطس/آب موعداً للنظر في استئنافه", "2020-08-17", "'17 أغسطس/آب' = Mon 17 Aug 2020 (the scheduled appeal hearing)"),
    ev("adham-arrest", "وفي مايو/أيار، أُوقفت مودة الأدهم", "2020-05-01", "'في مايو/أيار' = May 2020", end="2020-06-01"),
    ev("hossam-video", "قد بثّت مقطعاً قصيراً على تيك توك", "2020-04-01", "no own expression; Hossam's recruiting clip, shortly before her arrest in April 2020 (outside knowledge; my span April 2020)", end="2020-05-01"),
])
art(S, "https://arabic.euronews.com/2020/07/27/two-years-imprisonment-for-tik-tok-girls-egypt-convicted-of-harming-ethics",
    "2020-07-27", "date in the URL '/2020/07/27/' (a Monday, the day of the verdict); body 'اليوم (الاثنين)' agrees; the photo caption and copyright lines, the byline 'بقلم: يورونيوز مع أ ف ب', the share buttons, 'اعلان', the lead's first copy of the AFP quote (it is repeated after the lead) and the truncated last sentence ('وأوقفت الشرطة المصرية حسام ف...') dropped; no date of its own in the text", False, """
الحبس عامين لفتيات التيك توك في مصر لإدانتهن بـ"التعدي على قيم المجتمع"
قضت محكمة مصرية الاثنين بمعاقبة الشابتين المؤثرتين على تطبيق التواصل الاجتماعي "تيك توك"، حنين حسام ومودة الأدهم، ومعهما ثلاث فتيات أخريات، بالحبس عامين بعد إدانتهن بالتعدي على قيم المجتمع، وفق ما أكده مسؤول قضائي.
وصرّح المسؤول القضائي لوكالة فرانس برس بأن "المحكمة الاقتصادية بالقاهرة قضت اليوم (الاثنين) بمعاقبة المتهمتين مودة الادهم وحنين حسام بالحبس لمدة سنتين لكل منهما، لإدانتهما بالتعدي على قيم المجتمع، وبتغريم كل منهما 300 ألف جنيه (حوالى 19 ألف دولار)".
وأضاف المسؤول أن المحكمة أصدرت العقوبة ذاتها أيضا بحق ثلاث فتيات أخريات.
ولا يزال بإمكان المتهمات الطعن في الحكم، إذ حُدد 17 آب/ اغسطس موعدا للنظر في الاستئناف، كما أوضح المسؤول القضائي.
""", [
    ev("verdict", "قضت محكمة مصرية الاثنين بمعاقبة الشابتين المؤثرتين", "2020-07-27", "'الاثنين' = Mon 27 Jul 2020 (the URL day)"),
    ev("appeal-hearing", "إذ حُدد 17 آب/ اغسطس موعدا للنظر في الاستئناف", "2020-08-17", "'17 آب/ اغسطس' = Mon 17 Aug 2020 (the scheduled appeal hearing)"),
])
art(S, "https://www.independentarabia.com/node/138536/%25D8%25B3%25D9%258A%25D8%25A7%25D8%25B3%25D8%25A9/%25D9%2585%25D8%25AA%25D8%25A7%25D8%25A8%25D8%25B9%25D8%25A7%25D8%25AA/%25D8%25A7%25D9%2584%25D8%25A3%25D8%25AD%25D9%2583%25D8%25A7%25D9%2585-%25D8%25A7%25D9%2584%25D9%2582%25D8%25B6%25D8%25A7%25D8%25A6%25D9%258A%25D8%25A9-%25D8%25AA%25D8%25A4%25D8%25AC%25D8%25AC-%25D9%2582%25D8%25B6%25D9%258A%25D8%25A9-%25D9%2581%25D8%25AA%25D8%25A7%25D8%25AA%25D9%258A-%25D8%25A7%25D9%2584%25D9%2580%25D8%25AA%25D9%258A%25D9%2583-%25D8%25AA%25D9%2588%25D9%2583-%25D9%2581%25D9%258A-%25D9%2585%25D8%25B5%25D8%25B1",
    "2020-07-28", "no stamp or URL date in the stored page: fixed by the body's 'صدر ضدهما أمس حكم' for the Cairo economic misdemeanour court's verdict of Mon 27 Jul 2020 (another outlet: 'الإثنين 27 يوليو/تموز 2020'): so Tue 28 Jul 2020; the JavaScript notice, the caption 'مودة الأدهم (وسائل التواصل الاجتماعي)' and the truncated end of the last sentence dropped", False, """
الأحكام القضائية تؤجج قضية فتاتي الـ"تيك توك" في مصر
حبس المتهمتين عامين بحجة "التعدي على القيم" في أول حكم من نوعه وسط جدل حول تطبيقات التواصل
"قضية جنائية تحولت إلى رأي عام في مصر"، بهذا يمكن وصف محاكمة حنين حسام ومودة الأدهم، الفتاتين اللتين نالتا شهرة واسعة على تطبيق "تيك توك"، واللتين صدر ضدهما أمس حكم من محكمة جنح القاهرة الاقتصادية بالحبس سنتين وتغريم كل منهما 300 ألف جنيه (18750 دولاراً)، بتهمة الاعتداء على قيم المجتمع والمبادئ الأسرية، في القضية التي عُرفت إعلامياً باسم "فتيات تيك توك"، وهو أول حكم قضائي يتصل بفيديوهات تطبيق "تيك توك" في مصر.
وما إن صدر الحكم حتى اشتعلت التدوينات على مواقع التواصل الاجتماعي بين مرحّب يرى فيه صوناً لمنظومة القيم، وآخرين يعدّونه تضييقاً على الحريات الشخصية واستغلالاً لنصوص قانونية فضفاضة.
وزاد من حدة الجدل تصريح أحمد البحقيري، محامي مودة الأدهم، بأن موكلته رفضت طلباً من النيابة خلال التحقيقات بـ"إجراء كشف لإثبات مدى عذريتها"، وهو ما استنكره عدد من الحقوقيين وشخصيات عامة علّقت على صفحاتها في مواقع التواصل، مثل الفنانة اللبنانية كارول سماحة.
""", [
    ev("verdict", "واللتين صدر ضدهما أمس حكم", "2020-07-27", "'أمس' before Tue 28 Jul = Mon 27 Jul 2020"),
    ev("online-reactions", "اشتعلت التدوينات على مواقع التواصل الاجتماعي", "2020-07-27", "no own expression; 'ما إن صدر الحكم': from the verdict of Mon 27 Jul to the publication day (my span 27-28 Jul)", end="2020-07-29"),
    ev("virginity-test-refusal", "موكلته رفضت طلباً من النيابة خلال التحقيقات", "2020-05-01", "'خلال التحقيقات': during the prosecution's inquiry after her arrest in May 2020, before the referral to trial in June (my span May-June 2020)", end="2020-07-01"),
])

# ---------------------------------------------------------------- algeria-walid-kechida-memes-appeal-2021
S = "algeria-walid-kechida-memes-appeal-2021"
art(S, "https://alqalem.com/%D9%88%D9%84%D9%8A%D8%AF-%D9%83%D8%B4%D9%8A%D8%AF%D8%A9-%D8%A3%D9%85%D8%A7%D9%85-%D9%82%D8%B6%D8%A7%D8%A9-%D9%85%D8%AC%D9%84%D8%B3-%D9%82%D8%B6%D8%A7%D8%A1-%D8%B3%D8%B7%D9%8A%D9%81-%D8%BA%D8%AF%D8%A7/",
    "2021-01-23", "no stamp or URL date in the stored page: fixed by the body's 'لنهار الغد الأحد' (and the headline's 'غدا') for Kechida's appeal hearing before the Setif court, which was held on Sun 24 Jan 2021 (another outlet's date line '24-يناير-2021' for the prosecutor's request; a French report: 'avait requis le 24 janvier'): so Sat 23 Jan 2021; the signature 'جمعة لوانزي' dropped; no date of its own in the text", False, """
وليد كشيدة أمام قضاة مجلس قضاء سطيف غدا، والأرسيدي يرافع من أجل إطلاق سراحه
برمج مجلس قضاء سطيف قضية وليد كشيدة لنهار الغد الأحد، ويأمل النشطاء والرأي العام الوطني أن ينظر القضاة بجدية في حيثيات الملف، إذ إن التهم الموجهة إلى الشاب، الذي يعاني بحسب تصريحات الدفاع من مشاكل نفسية واجتماعية، لا أساس لها من الصحة ولا تقع أصلا تحت طائلة العقوبات القانونية.
وعشية المحاكمة، أصدر المكتب الجهوي للأرسيدي بسطيف، الذي يتابع القضية عن كثب، بيانا يطالب فيه القضاة بالنظر إلى الملف من زاوية إنسانية، وبعدّ ما قام به وليد كشيدة عملا فنيا يندرج في إطار حرية التعبير التي يكفلها الدستور، لا سيما أنه لم يُلحق أي أذى.
وعرض بيان الأرسيدي جانبا من الوضع الاجتماعي الذي يعيشه وليد كشيدة، المعروف بحسن أخلاقه وسعة ثقافته، مستدلا بالحالة الصحية لوالدته التي تعيش وحيدة وبلا سند منذ حبس ابنها لما يزيد عن ثمانية أشهر.
ورأى الأرسيدي أن الخطوات الأولى لبناء لحمة التضامن الوطني والإنساني تبدأ من احترام حقوق الإنسان كاملة غير منقوصة، وإنصاف الفئات التي تعاني ظروفا اجتماعية قاسية، والعدل في التقاضي.
""", [
    ev("appeal-hearing", "برمج مجلس قضاء سطيف قضية وليد كشيدة لنهار الغد الأحد", "2021-01-24", "'لنهار الغد الأحد' after Sat 23 Jan = Sun 24 Jan 2021"),
    ev("rcd-statement", "وعشية المحاكمة، أصدر المكتب الجهوي للأرسيدي بسطيف", "2021-01-23", "'عشية المحاكمة' = the eve of the hearing of Sun 24 Jan: Sat 23 Jan 2021 (the publication day)"),
    ev("remand", "منذ حبس ابنها لما يزيد عن ثمانية أشهر", "2020-04-27", "'لما يزيد عن ثمانية أشهر' before Jan 2021: he was remanded in custody on Mon 27 Apr 2020 (other reports: 'في 27 من أبريل الماضي')"),
])
art(S, "http://www.elwatandz.com/akhbar_adjilah/28247.html",
    "2021-01-24", "page stamp '2021-01-24 23:17:09' next to the (empty) byline 'بواسطة' (kept as first line, before the headline); 24 Jan 2021 was a Sunday, the day of the appeal hearing; the hashtag '#معتقل_الرأي_وليد_كشيدة' and the credit line 'المقال بمساعدة صديقيه نوفل و أسامة.' dropped; the truncated last sentence ('فقام ...') dropped; the source's 'في 26 سنة من عمره' (he was 25) kept", True, """
2021-01-24 23:17:09
معتقل الرأي وليد كشيدة.. الميمز ليست جريمة
وليد كشيدة هو الابن الوحيد لأبويه، شاب في 26 سنة من عمره، وُلد في 14 ماي 1995 بمدينة خراطة في ولاية بجاية، وعاش فيها خمس سنوات قبل أن ينتقل إلى مدينة سطيف حيث نشأ في حي شعبي.
وتميّز منذ صغره بذكائه وخفة روحه، فكان دائما الأول في قسمه في جميع الأطوار، الابتدائي والمتوسط والثانوي، حتى نال شهادة البكالوريا بمعدل عال.
ومنذ المرحلة المتوسطة حلم بأن يعمل في مجال الإلكترونيك، فطلب الالتحاق بالمدرسة العليا للبوليتكنيك وقُبل فيها، غير أن ظروفه أرغمته على البقاء في سطيف ودراسة الهندسة الإلكترونية في جامعة فرحات عباس.
ففي السن الحادية عشر (11 سنة) مرضت أمه، وفي العام نفسه تعرّض والده لحادث مرور خطير، فوجد نفسه ملزما بتحمّل المسؤولية والقيام بكل أعمال البيت من طبخ وتسوق.
ويحترمه كثيرا كل من يعرفه ويعرف عائلته، ويرون فيه قدوة لما كان يقدمه ويضحي به من أجل والديه، فكان الابن البار الذي يحلم به كل أب وأم.
""", [
    ev("birth", "وُلد في 14 ماي 1995 بمدينة خراطة", "1995-05-14", "'في 14 ماي 1995' = Sun 14 May 1995"),
    ev("kherrata-years", "وعاش فيها خمس سنوات", "1995-05-14", "'خمس سنوات' from his birth: mid-1995 to about mid-2000 (my span to the end of 2000)", end="2001-01-01"),
    ev("mother-illness", "ففي السن الحادية عشر (11 سنة) مرضت أمه", "2006-05-14", "'في السن الحادية عشر (11 سنة)' from a birth on 14 May 1995 = May 2006 - May 2007", end="2007-05-14"),
    ev("father-accident", "وفي العام نفسه تعرّض والده لحادث مرور خطير", "2006-05-14", "'في العام نفسه' = the same year of his life, May 2006 - May 2007", end="2007-05-14"),
])
art(S, "https://ultraalgeria.ultrasawt.com/%D8%B5%D8%A7%D8%AD%D8%A8-%D8%B5%D9%81%D8%AD%D8%A9-%D8%AD%D8%B1%D8%A7%D9%83-%D9%85%D9%8A%D9%85%D8%B2-%D8%AD%D8%B1%D9%91-%D8%B7%D9%84%D9%8A%D9%82/%D8%A7%D9%84%D8%AA%D8%B1%D8%A7-%D8%B5%D9%88%D8%AA/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1",
    "2021-01-31", "date line '31-يناير-2021' at the head of the stored text (kept as first line); 31 Jan 2021 was a Sunday, the day of the appeal ruling announced at the 24 Jan hearing; headline rendered from the URL slug; the caption 'وليد كشيدة، ناشط ومدوّن (رسم: سعد بن خليف)', the credit 'فريق التحرير- الترا جزائر', the pull quote repeating the second paragraph and the truncated last word dropped", True, """
31-يناير-2021
صاحب صفحة "حراك ميمز" حرّ طليق
يغادر الناشط وليد كشيدة، صاحب صفحة "حراك ميمز"، سجن سطيف شرقي البلاد اليوم، بعد نحو 10 أشهر من الحبس في قضية شغلت طويلا رواد مواقع التواصل الاجتماعي.
وأصدر مجلس قضاء سطيف اليوم قرارا بتخفيض عقوبة كشيدة إلى سنة حبسا منها ستة أشهر غير نافذة، وهي مدة استنفدها حتى الآن، ما يعني أنه سيغادر السجن اليوم.
وكان ممثل النيابة قد التمس، في المحاكمة التي جرت قبل أسبوع، تأكيد الحكم السابق الصادر بحق الناشط وليد كشيدة، مؤكدا أن الوقائع تثبت التهم الموجهة إليه.
وفي المحاكمة الابتدائية التي جرت بداية هذا الشهر، كانت محكمة سطيف قد قضت بسجن كشيدة ثلاث سنوات نافذة، ما أصاب المتضامنين معه بصدمة كبيرة.
وكان وليد كشيدة قد أودع الحبس المؤقت قبل 10 أشهر، على خلفية نشره رسومات على مجموعة "حراك ميمز" التي يديرها على فيسبوك، وسط ذهول أفراد عائلته ومحاميه الذين لم يتوقعوا أن يصل الأمر إلى حد السجن.
وسبق لغرفة الاتهام بمجلس قضاء سطيف أن رفضت مرارا طلب الإفراج عن الناشط والمدوّن، ما أدى إلى تجديد حبسه المؤقت مرتين.
""", [
    ev("release", "سجن سطيف شرقي البلاد اليوم", "2021-01-31", "'اليوم' = Sun 31 Jan 2021 (the date line)"),
    ev("appeal-ruling", "وأصدر مجلس قضاء سطيف اليوم قرارا بتخفيض عقوبة كشيدة", "2021-01-31", "'اليوم' = Sun 31 Jan 2021"),
    ev("appeal-hearing", "في المحاكمة التي جرت قبل أسبوع", "2021-01-24", "'قبل أسبوع' before Sun 31 Jan = Sun 24 Jan 2021"),
    ev("first-verdict", "في المحاكمة الابتدائية التي جرت بداية هذا الشهر", "2021-01-04", "'بداية هذا الشهر' = early January 2021: the Setif court's verdict of Mon 4 Jan 2021 (outside knowledge; another report: 'في 4 يناير')"),
    ev("remand", "قد أودع الحبس المؤقت قبل 10 أشهر", "2020-04-27", "'قبل 10 أشهر' before Jan 2021: remanded on Mon 27 Apr 2020 (other reports: 'في 27 نيسان/أفريل')"),
    ev("detention-renewals", "ما أدى إلى تجديد حبسه المؤقت مرتين", "2020-08-24", "no own expression; the renewals of Aug and Dec 2020 (another report: the release request refused on 24 Aug 2020); my span 24 Aug - 31 Dec 2020", end="2021-01-01"),
])

SETS = ('stories', 'stories2', 'stories3', 'stories4', 'stories5', 'stories6', 'stories7', 'stories8', 'stories9', 'stories10', 'stories11', 'stories12', 'stories13', 'stories14', 'stories15', 'stories16', 'stories17', 'stories18', 'stories19', 'stories20', 'stories21', 'stories22', 'stories23', 'stories24', 'stories25', 'stories26', 'stories27', 'stories28', 'stories29', 'stories30', 'stories31', 'stories32', 'stories33', 'stories34', 'stories35', 'stories36', 'stories37', 'stories38', 'stories39', 'stories40', 'stories41', 'stories42', 'stories43', 'stories44', 'stories45', 'stories46', 'stories47', 'stories48', 'stories49', 'stories50', 'stories51', 'stories52', 'stories53', 'stories54', 'stories55', 'stories56', 'stories57', 'stories58', 'stories59', 'stories60', 'stories61', 'stories62', 'stories63', 'stories64', 'stories65', 'stories66', 'stories67', 'stories68', 'stories69', 'stories70', 'stories71', 'stories72', 'stories73', 'stories74', 'stories75', 'stories76', 'stories77', 'stories78', 'stories79', 'stories80', 'stories81', 'stories82', 'stories83', 'stories84', 'stories85', 'stories86', 'stories87', 'stories88', 'stories89', 'stories90', 'stories91', 'stories92', 'stories93', 'stories94', 'stories95', 'stories96', 'stories97', 'stories98', 'stories99', 'stories100', 'stories101', 'stories102', 'stories103', 'stories104', 'stories105', 'stories106', 'stories107', 'stories108', 'stories109', 'stories110', 'stories111', 'stories112', 'stories113', 'stories114', 'stories115', 'stories116', 'stories117', 'stories118', 'stories119', 'stories120', 'stories121', 'stories122', 'stories123', 'stories124', 'stories125', 'stories126', 'stories127', 'stories128', 'stories129', 'stories130', 'stories131', 'stories132', 'stories133', 'stories134', 'stories135', 'stories136', 'stories137', 'stories138', 'stories139', 'stories140', 'stories141', 'stories142', 'stories143', 'stories144', 'stories145', 'stories146', 'stories147', 'stories148', 'stories149', 'stories150', 'stories151', 'stories152', 'stories153', 'stories154', 'stories155', 'stories156', 'stories157', 'stories158', 'stories159', 'stories160', 'stories161', 'stories162', 'stories163', 'stories164', 'stories165', 'stories166', 'stories167', 'stories168', 'stories169', 'stories170', 'stories171', 'stories172', 'stories173', 'stories174', 'stories175', 'stories176', 'stories177', 'stories178', 'stories179', 'stories180', 'stories181', 'stories182', 'stories183', 'stories184', 'stories185', 'stories186', 'stories187', 'stories188', 'stories189', 'stories190', 'stories191', 'stories192', 'stories193', 'stories194', 'stories195', 'stories196', 'stories197', 'stories198', 'stories199', 'stories200')
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

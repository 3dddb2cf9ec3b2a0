"""Builds stories.jsonl: the hundred-and-ninetieth evaluation set of real Arabic news stories (several
articles per story, from different outlets, published on different days), bodies re-worded sentence by
sentence, every date/time expression kept verbatim, gold events keyed across each story (same format
and checks as tests/realnews/stories30/make_stories.py). Domain: pollution incidents in Arab countries
(toxic sulphur smoke from the Mishraq plant fire in Iraq, a phosphate barge sunk in the Nile at Qena, a
red tide and fish die-off in the bay of Monastir, a crude leak from a pipeline south of Zawiya in Libya,
oil slicks in the Tigris at Tikrit). None of these stories is in the dev set, the other tests/realnews/*
or data/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-mishraq-sulphur-fire-2019
S = "iraq-mishraq-sulphur-fire-2019"
art(S, "https://sarabic.ae/amp/20190626/%D8%AD%D8%B1%D9%8A%D9%82-%D8%B3%D8%A7%D9%85-%D8%B6%D8%AD%D8%A7%D9%8A%D8%A7-%D8%B4%D9%85%D8%A7%D9%84-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-1041971008.html",
    "2019-06-26", "date in the URL '/20190626/' (26 Jun 2019 was a Wednesday); the body's 'اليوم الأربعاء' agrees; the cross-link to an unrelated Yazidi story and the truncated last clause dropped; no date of its own in the text", False, """
حريق سام يوقع ضحايا في شمال العراق
لقي رجل إطفاء حتفه وأصيب آخرون بجروح وحالات اختناق، اليوم الأربعاء، جراء حريق اندلع داخل الشركة العامة لكبريت "المشراق" جنوب مركز محافظة نينوى شمالي العراق.
وأعلن مدير ناحية الشورة، خالد الجار، في تصريح خاص لمراسلة "سبوتنيك" في العراق مساء اليوم، أن الحريق داخل شركة كبريت "المشراق" في ناحية القيارة جنوبي الموصل بات تحت السيطرة.
وأوضح الجار، الموجود في موقع الحادث، أن عناصر الدفاع المدني والبلديات وشركة "المشراق" والقوات الأمنية تمكنوا من إخماد النيران، بعدما شبت في الأدغال المحاذية لسور الشركة ثم امتدت إلى داخلها والتهمت الكبريت المخزن فيها.
وذكر أن أحد منتسبي الدفاع المدني توفي إثر انقلاب سيارة الإطفاء أثناء توجه الفرق لإخماد الحريق، فيما أصيب عدد من رجال الإطفاء وأفراد من القوات الأمنية، بينهم ضابط برتبة مقدم، بحالات اختناق ويتلقون العلاج حاليا في مستشفى منظمة أطباء بلا حدود.
وعلمت المراسلة من مصدر أمني أن انقلاب سيارة الإطفاء أدى كذلك إلى إصابة ثلاثة من عناصر الدفاع المدني بجروح.
""", [
    ev("firefighter-killed", "لقي رجل إطفاء حتفه", "2019-06-26", "'اليوم الأربعاء' (same sentence) = Wed 26 Jun 2019"),
    ev("fire", "جراء حريق اندلع داخل الشركة العامة لكبريت", "2019-06-26", "'اليوم الأربعاء' = Wed 26 Jun 2019"),
    ev("fire-controlled", "بات تحت السيطرة", "2019-06-26", "'مساء اليوم' (the statement's time) = the evening of Wed 26 Jun 2019"),
    ev("truck-overturned", "إثر انقلاب سيارة الإطفاء أثناء توجه الفرق", "2019-06-26", "no own expression; on the way to the fire of Wed 26 Jun 2019"),
])
art(S, "https://kirkuknow.com/ar/news/59660",
    "2019-06-26", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الاربعاء' for the outbreak of the fire, which other pages date to Wed 26 Jun 2019 (sarabic URL '/20190626/', ultrairaq 'الأربعاء 26 حزيران/يونيو'); the truncated last sentence (the company's history) cut to its first clause; no date of its own in the text", False, """
أعلن محافظ نينوى ورئيس مجلس المحافظة النفير العام في المحافظة بسبب الحرائق التي اندلعت في معمل كبريت المشراق، ووجها جميع المؤسسات الحكومية بالإسراع في إخماد النيران.
وكان الحريق قد نشب اليوم الأربعاء قرب معامل شركة كبريت المشراق في نينوى، فيما تتواصل محاولات الدفاع المدني والمؤسسات الحكومية للسيطرة عليه.
وقال المحافظ منصور المرعيد في بيان تلقت (كركوك ناو) نسخة منه: "نعلن النفير العام في نينوى وعلى جميع المؤسسات في المحافظة الاستعجال في إخماد الحرائق التي نشبت في معمل كبريت المشراق".
من جهة أخرى، أعلنت رئاسة مجلس محافظة نينوى الإنذار جيم في جميع مديريات ودوائر الدولة بالمحافظة لتقديم الدعم لقوات الدفاع المدني.
وقال رئيس مجلس المحافظة سيدو جتو في بيان إن المجلس يعلن الإنذار لجميع الدوائر والمديريات ومؤسسات الدولة في المحافظة من أجل مساندة قوات الدفاع المدني والإطفاء في مكافحة النيران المستعرة بحقول كبريت المشراق جنوبي الموصل.
ودعت رئاسة المجلس في البيان ذاته إلى إرسال الآليات والمعدات والمتطوعين للسيطرة على الحرائق.
وشركة المشراق للكبريت إحدى الشركات التابعة لوزارة الصناعة والمعادن، وقد أنشئت عام 1969.
""", [
    ev("mobilisation", "أعلن محافظ نينوى ورئيس مجلس المحافظة النفير العام", "2019-06-26", "no own expression; declared on the day of the fire, Wed 26 Jun 2019 (other articles: 'يوم أمس الأربعاء')"),
    ev("fire", "وكان الحريق قد نشب اليوم الأربعاء", "2019-06-26", "'اليوم الأربعاء' = Wed 26 Jun 2019"),
    ev("alert-c", "أعلنت رئاسة مجلس محافظة نينوى الإنذار جيم", "2019-06-26", "no own expression; declared the same day, Wed 26 Jun 2019 (ultrairaq: the alert during the fire of that afternoon)"),
    ev("company-founded", "وقد أنشئت عام 1969", "1969-01-01", "'عام 1969' = the year 1969", end="1970-01-01"),
])
art(S, "https://www.sotaliraq.com/2019/06/27/%d8%a7%d9%84%d8%b5%d8%ad%d8%a9-%d9%88%d8%a7%d9%84%d8%af%d9%81%d8%a7%d8%b9-%d8%a7%d9%84%d9%85%d8%af%d9%86%d9%8a-%d9%8a%d8%b9%d9%84%d9%86%d8%a7%d9%86-%d8%a7%d9%84%d8%a7%d8%b3%d8%aa%d9%86%d9%81%d8%a7/",
    "2019-06-27", "date in the URL '/2019/06/27/' (a Thursday); the body's 'يوم أمس الأربعاء' (twice) agrees; the MP's truncated demand to the government dropped; no date of its own in the text", False, """
الصحة والدفاع المدني يعلنان الاستنفار الكامل.. نينوى تعلن النفير العام بعد حرائق المشراق
أعلن محافظ نينوى منصور المرعيد، يوم أمس الأربعاء، النفير العام في المحافظة جراء حريق اندلع بالقرب من معمل كبريت المشراق، ووجّه جميع المؤسسات بالإسراع في إخماد الحرائق.
وجاء في بيان مقتضب للمرعيد تلقت (المدى) نسخة منه: "نعلن النفير العام في نينوى وعلى جميع المؤسسات في المحافظة الاستعجال في إخماد الحرائق التي نشبت في معمل كبريت المشراق".
وأدت الحرائق إلى اختناق نحو 10 أشخاص بينهم منتسبون، في حين توفي 3 آخرون بسبب الغازات السامة.
وبحسب المصادر، فإن الحريق شب قرب الساحات التابعة لشركة كبريت "المشراق" في ناحية القيارة جنوبي الموصل.
وأعلنت وزارة الصحة ودوائر الدفاع المدني في المحافظة الاستنفار العام، فيما نعى "الدفاع المدني" أحد كوادره.
من جانبها، حذرت النائبة انتصار الجبوري، يوم أمس الأربعاء، من العواقب الكارثية لاحتراق مادة الكبريت بعد أن وصلت إليه حرائق الحشائش.
""", [
    ev("mobilisation", "أعلن محافظ نينوى منصور المرعيد، يوم أمس الأربعاء", "2019-06-26", "'يوم أمس الأربعاء' before Thu 27 = Wed 26 Jun 2019"),
    ev("suffocations", "وأدت الحرائق إلى اختناق نحو 10 أشخاص", "2019-06-26", "no own expression; during the fire of Wed 26 Jun 2019"),
    ev("fire", "فإن الحريق شب قرب الساحات", "2019-06-26", "no own expression; the fire of Wed 26 Jun 2019 ('أمس الأربعاء' in the lead)"),
    ev("health-alert", "وأعلنت وزارة الصحة ودوائر الدفاع المدني في المحافظة الاستنفار العام", "2019-06-26", "no own expression; declared during the fire of Wed 26 Jun 2019"),
    ev("mp-warning", "حذرت النائبة انتصار الجبوري، يوم أمس الأربعاء", "2019-06-26", "'يوم أمس الأربعاء' = Wed 26 Jun 2019"),
])
art(S, "https://ultrairaq.usawtiq.com/%D8%A3%D8%B3%D8%A8%D8%A7%D8%A8-%D9%85%D8%AC%D9%87%D9%88%D9%84%D8%A9-%D9%88%D8%A3%D8%B6%D8%B1%D8%A7%D8%B1-%D9%87%D8%A7%D8%A6%D9%84%D8%A9-%D9%86%D9%8A%D9%86%D9%88%D9%89-%D8%AA%D9%86%D8%AC%D9%88-%D9%85%D9%86-%D9%83%D8%A7%D8%B1%D8%AB%D8%A9-%D8%A7%D9%84%D9%83%D8%A8%D8%B1%D9%8A%D8%AA/%D8%A7%D9%84%D8%AA%D8%B1%D8%A7-%D8%B9%D8%B1%D8%A7%D9%82/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1?page=1",
    "2019-06-27", "date line '27-يونيو-2019' at the head of the stored text (kept as first line); 27 Jun 2019 was a Thursday, the day after the fire of 'الأربعاء 26 حزيران/يونيو'; headline rendered from the URL slug; the photo caption, the byline 'الترا عراق – فريق التحرير', the bold summary repeating the lead and the related link 'اقرأ/ي أيضًا' dropped; the last sentence cut before its truncated 'وسط اتهامات'", True, """
27-يونيو-2019
نينوى تنجو من كارثة الكبريت.. أسباب مجهولة وأضرار هائلة
نجت محافظة نينوى من كارثة بعد اندلاع حريق كبير، عصر الأربعاء 26 حزيران/يونيو، قرب معمل كبريت المشراق جنوبي الموصل (405 كم شمال بغداد)، تواصل حتى الساعات الأخيرة من الليل، وخلّف ضحايا وأضرارًا كبيرة بالمعمل، قبل أن تنجح فرق الدفاع المدني في إخماده إثر استنفار دوائر المحافظة وأجهزتها.
وبحسب ما أعلنته مديرية الدفاع المدني في نينوى، بدأ الحريق من الأدغال المحيطة بالمعمل الذي يضم كميات كبيرة جدًا من الكبريت، ثم اتسع بسرعة، ما دفع رئاسة الحكومة المحلية إلى إعلان الإنذار "ج" وطلب النجدة من الحكومة المركزية وحكومة إقليم كردستان.
وأسفر الحادث عن مقتل أحد رجال الإطفاء بعد أن فقد السيطرة على مركبته وهو في طريقه للمشاركة في إخماد الحريق، كما سُجلت إصابات بينها حالات اختناق عولجت في مستشفى حمام العليل، وفق تصريحات رسمية لخلية الإعلام الحكومي ووزارة الصحة.
""", [
    ev("fire", "اندلاع حريق كبير، عصر الأربعاء 26 حزيران/يونيو", "2019-06-26", "'عصر الأربعاء 26 حزيران/يونيو' = the afternoon of Wed 26 Jun 2019"),
    ev("fire-burns-into-night", "تواصل حتى الساعات الأخيرة من الليل", "2019-06-26", "from the afternoon of Wed 26 to 'الساعات الأخيرة من الليل' (possibly past midnight): my span 26–27 Jun 2019", end="2019-06-28"),
    ev("alert-c", "إلى إعلان الإنذار \"ج\"", "2019-06-26", "no own expression; declared as the fire spread on Wed 26 Jun 2019"),
    ev("firefighter-killed", "وأسفر الحادث عن مقتل أحد رجال الإطفاء", "2019-06-26", "no own expression; on the way to the fire of Wed 26 Jun 2019"),
])
art(S, "https://dev.alwakeelnews.com/Section_11/%D8%A7%D8%AE%D8%A8%D8%A7%D8%B1-%D8%B9%D8%A7%D9%84%D9%85%D9%8A%D8%A9/%D9%88%D9%81%D8%A7%D8%A9-%D8%B4%D8%AE%D8%B5-%D9%88%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-%D8%A2%D8%AE%D8%B1%D9%8A%D9%86-%D8%A5%D8%AB%D8%B1-%D8%AD%D8%B1%D9%8A%D9%82-%D9%85%D8%B9%D9%85%D9%84-%D9%83%D8%A8%D8%B1%D9%8A%D8%AA-%D9%81%D9%8A-%D8%A7%D9%84%D9%85%D9%88%D8%B5%D9%84_339987",
    "2019-06-27", "no stamp or URL date in the stored page: fixed by the body's 'يوم امس الأربعاء' (twice) for the governor's mobilisation and the council's appeal of Wed 26 Jun 2019 (dated by the other pages), so published on Thu 27 Jun 2019; headline rendered from the URL slug; 'الوكيل الاخباري -', the link 'اظهار أخبار متعلقة' and the closing paragraph on the crop fires of the past month dropped; no date of its own in the text", False, """
وفاة شخص وإصابة اثنين إثر حريق معمل كبريت في الموصل
لقي شخص حتفه وأصيب اثنان آخران بسبب الحرائق التي اشتعلت في محيط معمل الكبريت جنوب الموصل.
وكان محافظ نينوى منصور المرعيد قد أعلن يوم امس الأربعاء النفير العام في المحافظة بسبب حريق قرب كبريت المشراق.
وقال المرعيد في بيان: "نعلن النفير العام في نينوى وعلى جميع المؤسسات في المحافظة الاستعجال في إخماد الحرائق التي نشبت في معمل كبريت المشراق".
كما وجّه مجلس محافظة نينوى، يوم امس الأربعاء، نداء استغاثة إلى الحكومة الاتحادية في بغداد وإلى المتطوعين للمساعدة في إطفاء حرائق الكبريت.
وحذر عضو مجلس المحافظة عبد الرحمن الوكاع من كارثة إنسانية قد تحل بمناطق جنوب الموصل، بعدما أتت النيران على آلاف الأطنان من مخزون الكبريت المصنف ساما، والعائد لشركة كبريت المشراق الحكومية التابعة لوزارة الصناعة والمعادن العراقية.
وسارعت فرق الإطفاء وآليات الدفاع المدني إلى المنطقة لمحاولة السيطرة على النيران ومنع وقوع كارثة إنسانية بسبب الغازات السامة المنبعثة من الحرائق.
""", [
    ev("one-dead", "لقي شخص حتفه", "2019-06-26", "no own expression; a death in the fires of Wed 26 Jun 2019"),
    ev("mobilisation", "قد أعلن يوم امس الأربعاء النفير العام", "2019-06-26", "'يوم امس الأربعاء' before Thu 27 = Wed 26 Jun 2019"),
    ev("council-appeal", "وجّه مجلس محافظة نينوى، يوم امس الأربعاء، نداء استغاثة", "2019-06-26", "'يوم امس الأربعاء' = Wed 26 Jun 2019"),
    ev("sulphur-burnt", "أتت النيران على آلاف الأطنان من مخزون الكبريت", "2019-06-26", "no own expression; burnt in the fire of Wed 26 Jun 2019 (into that night, see the ultrairaq article)"),
])

# ---------------------------------------------------------------- egypt-qena-phosphate-barge-2015
S = "egypt-qena-phosphate-barge-2015"
art(S, "http://www.aljazeera.net/programs/newsreports/2015/4/22/%D8%BA%D8%B1%D9%82-%D8%B9%D8%A8%D8%A7%D8%B1%D8%A9-%D8%B9%D8%B3%D9%83%D8%B1%D9%8A%D8%A9-%D9%85%D8%AD%D9%85%D9%84%D8%A9-%D8%A8%D8%A7%D9%84%D9%81%D9%88%D8%B3%D9%81%D8%A7%D8%AA-%D8%AC%D9%86%D9%88%D8%A8-%D9%85%D8%B5%D8%B1",
    "2015-04-22", "date line '22/04/2015' under the headline of the stored page (kept as first line) and date in the URL '/2015/4/22/' (a Wednesday, the day after the barge sank on Tue 21 Apr 2015); the TV-report transcript without punctuation re-worded into sentences; the word 'اغلاق' (a button label) and the repeated headline dropped", True, """
22/04/2015
غرق عبارة عسكرية محملة بالفوسفات جنوب مصر
تشهد مياه النيل في مصر كارثة بيئية بعد غرق عبارة تابعة للقوات المسلحة تحمل 500 طن من الفوسفات، إثر ارتطامها بدعائم جسر في قنا بصعيد مصر.
وأعلنت السلطات على الفور حالة الطوارئ البيئية، وأغلقت محطات مياه في محافظات الصعيد خوفا من تسمم مياه الشرب.
غير أن مسؤولين محليين حاولوا التهوين من حجم الكارثة، إذ صرح رئيس شركة مياه الشرب والصرف الصحي بقنا بأن مياه الشرب لم تتأثر، وبأن جميع المحطات التي أغلقت أعيد فتحها، مبررا ذلك بأن كميات الفوسفات الغارقة ثقيلة الوزن والتصقت بقاع النهر، ومن ثم لن تلحق أضرارا بالصحة العامة، على حد قوله.
أما خبراء المياه في المركز القومي للبحوث فأكدوا أن قرار إغلاق محطات الشرب، على أهميته، لا ينبغي أن يكون الحل الوحيد، وطالبوا بمحاصرة المنطقة المصابة وإغلاق القناطر أمام المياه الملوثة.
ويعيد هذا الحادث تسليط الضوء على مطالبات متكررة لنواب سابقين بسن قوانين تمنع مرور أي عبارات تحمل مواد خطرة على البيئة في مياه النيل، باعتباره المصدر الرئيسي لمياه الشرب في مصر.
""", [
    ev("sinking", "بعد غرق عبارة تابعة للقوات المسلحة", "2015-04-21", "no own expression; the barge hit the Dendera bridge and sank on Tue 21 Apr 2015 (other articles: 'اصطدم الثلاثاء', 'أمس الأول' from Thu 23)"),
    ev("emergency", "وأعلنت السلطات على الفور حالة الطوارئ البيئية", "2015-04-21", "'على الفور' after the sinking of Tue 21 Apr 2015 (the irrigation minister's emergency was announced on Tuesday)"),
    ev("stations-closed", "وأغلقت محطات مياه في محافظات الصعيد", "2015-04-21", "no own expression; shut right after the sinking of Tue 21 Apr 2015"),
    ev("stations-reopened", "أعيد فتحها", "2015-04-21", "no own expression; reopened between the sinking (Tue 21) and this report (Wed 22): my bounded span", end="2015-04-23"),
])
art(S, "http://tunisiatoday.com/amp/615/%D8%BA%D8%B1%D9%82-%D9%86%D8%A7%D9%82%D9%84%D8%A9-%D9%85%D8%AD%D9%85%D9%84%D8%A9-%D8%A8%D9%80500-%D8%B7%D9%86-%D9%81%D9%88%D8%B3%D9%81%D8%A7%D8%AA-%D9%81%D9%8A-%D8%A7%D9%84%D9%86%D9%8A%D9%84",
    "2015-04-22", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الأربعاء' with 'أمس الثلاثاء' and 'اصطدم الثلاثاء' for the sinking of Tue 21 Apr 2015, so Wed 22 Apr 2015 (AFP via العرب اليوم); the dateline 'القاهرة ـ العرب اليوم' dropped; headline rendered from the URL slug", False, """
غرق ناقلة محملة بـ500 طن فوسفات في النيل
غرق مركب يحمل 500 طن من الفوسفات في مياه النيل بمحافظة قنا جنوب مصر، ما دفع السلطات إلى رفع حالة الطوارئ البيئية في المنطقة، وفق ما أفادت وسائل الإعلام الرسمية ومسؤول بيئي اليوم الأربعاء.
ونقلت صحيفة الأخبار اليومية المملوكة للدولة، أمس الثلاثاء، أن "صندل نهري على متنه 510 طن فوسفات اصطدم الثلاثاء بكوبري دندرة في محافظة قنا (قرابة 650 كم جنوب القاهرة) ما أدى إلى غرقه بحمولته في النيل".
وعزا تقرير الصحيفة الحادث إلى "السرعة الجنونية لسائق الصندل" الذي كان متجها من أسوان إلى القاهرة.
وأثار الحادث مخاوف واسعة من تلوث مياه النيل، المصدر الرئيسي لمياه الشرب في مصر التي يزيد عدد سكانها على 87 مليون نسمة.
وأعلنت وزارة البيئة المصرية رفع حالة الطوارئ في المنطقة للتحقق من عدم ارتفاع نسب تلوث المياه بالفوسفات جراء الغرق.
كما أغلقت 8 محطات مياه في المنطقة كإجراء احترازي للتأكد من سلامة المياه، بحسب وكالة أنباء الشرق الأوسط الرسمية.
""", [
    ev("sinking", "اصطدم الثلاثاء بكوبري دندرة", "2015-04-21", "'الثلاثاء' = Tue 21 Apr 2015"),
    ev("emergency", "ما دفع السلطات إلى رفع حالة الطوارئ البيئية", "2015-04-21", "no own expression; the emergency declared after the sinking of Tue 21 Apr 2015"),
    ev("stations-closed", "كما أغلقت 8 محطات مياه", "2015-04-21", "no own expression; shut right after the sinking of Tue 21 Apr 2015"),
])
art(S, "https://www.masress.com/tahrirnews/2405410",
    "2015-04-23", "no stamp or URL date in the stored page (masress mirror of التحرير): fixed by the body's 'صباح اليوم الخميس' with 'أمس الأول' for the sinking of Tue 21 Apr 2015, so Thu 23 Apr 2015 (the irrigation minister's visit to Qena); no date of its own in the text", False, """
عززت الأجهزة الأمنية في محافظة قنا، بالتنسيق مع القوات المسلحة، صباح اليوم الخميس، وجودها في محيط المنشآت العامة وديوان عام المحافظة وكورنيش النيل، تزامنا مع زيارة وزير الري الدكتور حسام مغازي لمتابعة أعمال تعويم وانتشال الصندل الذي غرق في نهر النيل أمس الأول.
يذكر أن صندلا تابعا للقوات المسلحة، محملا بـ500 طن من الفوسفات، غرق في مياه النيل بقنا بعد اصطدامه بأحد أعمدة كوبري دندرة.
""", [
    ev("security-deployment", "عززت الأجهزة الأمنية في محافظة قنا", "2015-04-23", "'صباح اليوم الخميس' = the morning of Thu 23 Apr 2015"),
    ev("minister-visit", "زيارة وزير الري الدكتور حسام مغازي", "2015-04-23", "'صباح اليوم الخميس' (same sentence) = Thu 23 Apr 2015"),
    ev("sinking", "الذي غرق في نهر النيل أمس الأول", "2015-04-21", "'أمس الأول' before Thu 23 = Tue 21 Apr 2015"),
])
art(S, "http://www.youm7.com/story/2015/4/24/%D9%86%D8%AC%D8%A7%D8%AD-%D8%A3%D9%88%D9%84-%D9%85%D8%AD%D8%A7%D9%88%D9%84%D8%A9-%D9%84%D8%A7%D9%86%D8%AA%D8%B4%D8%A7%D9%84-%D8%A7%D9%84%D9%86%D8%A7%D9%82%D9%84%D8%A9-%D8%A7%D9%84%D9%86%D9%8A%D9%84%D9%8A%D8%A9-%D8%A7%D9%84%D8%BA%D8%A7%D8%B1%D9%82%D8%A9-%D8%A8%D9%86%D9%87%D8%B1-%D8%A7%D9%84%D9%86%D9%8A%D9%84-%D8%A8/2154718",
    "2015-04-24", "date in the URL '/2015/4/24/' and page stamp 'الجمعة، 24 أبريل 2015 06:18 م' (removed with the caption, the dateline 'قنا أ ش أ', the share buttons and the readers' comments); 24 Apr 2015 was a Friday; no date in the text", False, """
نجاح أول محاولة لانتشال الناقلة النيلية الغارقة بنهر النيل بقنا
نجحت جهود رجال القوات المسلحة ووزارة الموارد المائية والري وكل الفرق المشاركة في تعويم "خزان السولار" التابع للناقلة سيناء ورفعه إلى سطح النهر.
وتواصل جميع الجهات حاليا العمل على تعويم غرفة المكائن وتفريغها، تمهيدا لتعويم الناقلة وانتشالها بالكامل من قاع النهر في غضون ساعات قليلة.
وكانت الناقلة سيناء، المحملة بـ500 طن من الفوسفات، قد غرقت في مياه نهر النيل بعد اصطدامها بأحد أعمدة كوبري دندرة العلوي بمدينة قنا.
ومن المنتظر أن يصل وزير البيئة الدكتور خالد فهمي إلى محافظة قنا خلال ساعات لتفقد موقع غرق الناقلة وعملية انتشالها.
""", [
    ev("tank-floated", "في تعويم \"خزان السولار\" التابع للناقلة سيناء", "2015-04-24", "no own expression; the news of Fri 24 Apr 2015 (stamp 18:18)"),
    ev("sinking", "قد غرقت في مياه نهر النيل", "2015-04-21", "no own expression; the sinking of Tue 21 Apr 2015"),
    ev("env-minister-visit", "أن يصل وزير البيئة الدكتور خالد فهمي", "2015-04-24", "'خلال ساعات' from the evening of Fri 24 Apr 2015 (scheduled): my span 24–25 Apr", end="2015-04-26"),
])

# ---------------------------------------------------------------- tunisia-monastir-red-tide-2025
S = "tunisia-monastir-red-tide-2025"
DIEOFF = ("2025-06-18", "2025-06-22")
art(S, "https://www.alchourouk.com/node/357686",
    "2025-06-21", "page stamp 'تاريخ النشر : 14:54 - 2025/06/21' under the headline (kept as first line, without its label); 21 Jun 2025 was a Saturday, the day of the ministry's warning; the Facebook-comments box and the 'في نفس السياق' list dropped", True, """
14:54 - 2025/06/21
وزارة الفلاحة تحذر من صيد الأسماك بولاية المنستير
إثر رصد ظاهرة المد الأحمر على سواحل ولاية المنستير الممتدة من مدينة خنيس إلى مدينة طبلبة، وتسجيل حالة نفوق في الأسماك، دعت وزارة الفلاحة والموارد المائية والصيد البحري كل البحارة في المنطقة المذكورة ومتساكنيها إلى توخي الحذر، وتجنب صيد الأسماك النافقة ومجهولة المصدر واستهلاكها وترويجها، وكذلك تلك التي تروج خارج مسالك التوزيع الرسمية الخاضعة للمراقبة البيطرية.
كما طلبت الوزارة من المواطنين إبلاغ السلط الجهوية بأي نشاط من هذا القبيل، في انتظار إجراء التحاليل والاختبارات اللازمة.
""", [
    ev("red-tide-detected", "إثر رصد ظاهرة المد الأحمر", DIEOFF[0], "no own expression; detected during the episode the ministry later dated 18–21 June 2025 (my bounded span)", end=DIEOFF[1]),
    ev("die-off", "وتسجيل حالة نفوق في الأسماك", DIEOFF[0], "no own expression; the die-off of 18–21 June 2025 (ministry's later statement)", end=DIEOFF[1]),
    ev("ministry-warning", "دعت وزارة الفلاحة والموارد المائية والصيد البحري", "2025-06-21", "no own expression; the warning of Sat 21 Jun 2025 (stamp; other article: 'السبت 21 جوان 2025')"),
])
art(S, "https://www.radionationale.tn/article/6856b44f92a30ceeb074e81a/%D9%85%D8%AF-%D8%A3%D8%AD%D9%85%D8%B1-%D9%81%D9%8A-%D8%B3%D9%88%D8%A7%D8%AD%D9%84-%D8%A7%D9%84%D9%85%D9%86%D8%B3%D8%AA%D9%8A%D8%B1-%D9%88%D8%B2%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D9%81%D9%84%D8%A7%D8%AD%D8%A9-%D8%AA%D8%AD%D8%B0%D8%B1-%D9%85%D9%86-%D8%A7%D8%B3%D8%AA%D9%87%D9%84%D8%A7%D9%83-%D9%88%D8%AA%D8%B1%D9%88%D9%8A%D8%AC-%D8%A7%D9%84%D8%A3%D8%B3%D9%85%D8%A7%D9%83-%D8%A7%D9%84%D9%86%D8%A7%D9%81%D9%82%D8%A9",
    "2025-06-21", "no printed stamp in the stored page: the article id in the URL '6856b44f…' is a timestamped object id (0x6856b44f = 21 Jun 2025 13:31 UTC), and the body reports the ministry's statement of 'السبت 21 جوان 2025' as news; the share box, weather widget and programme grid dropped", False, """
مد أحمر في سواحل المنستير: وزارة الفلاحة تحذر من استهلاك وترويج الأسماك النافقة
أكدت وزارة الفلاحة والموارد المائية والصيد البحري، في بلاغ أصدرته السبت 21 جوان 2025، أنها رصدت ظاهرة المد الأحمر في سواحل ولاية المنستير الممتدة من مدينة خنيس إلى مدينة طبلبة، وسجلت حالة نفوق في الأسماك.
ودعت الوزارة جميع البحارة والمتساكنين في المنطقة المذكورة إلى الحذر والامتناع عن صيد الأسماك النافقة ومجهولة المصدر، وعن استهلاكها وترويجها، وكذلك الأسماك المروجة خارج مسالك التوزيع الرسمية الخاضعة للمراقبة البيطرية.
كما حثت المواطنين على إبلاغ السلط الجهوية بأي نشاط من هذا النوع، مؤكدة أنها ستوافيهم بمزيد من التفاصيل حول الموضوع بعد إجراء التحاليل والاختبارات اللازمة.
""", [
    ev("ministry-warning", "في بلاغ أصدرته السبت 21 جوان 2025", "2025-06-21", "'السبت 21 جوان 2025' = Sat 21 Jun 2025"),
    ev("red-tide-detected", "أنها رصدت ظاهرة المد الأحمر", DIEOFF[0], "no own expression; the episode of 18–21 June 2025 (my bounded span)", end=DIEOFF[1]),
    ev("die-off", "وسجلت حالة نفوق في الأسماك", DIEOFF[0], "no own expression; the die-off of 18–21 June 2025", end=DIEOFF[1]),
])
art(S, "https://www.tuniscope.com/article/408506/actu-arabe/arabe/poissons-300122",
    "2025-06-22", "page stamp 'Publié le 22-06-2025' (removed); 22 Jun 2025 was a Sunday; the repeated headline and the 'Dans la même catégorie' box dropped; no date in the text", False, """
ما أسباب نفوق الأسماك في خليج المنستير؟
بيّنت الاختبارات الأولية أن ظاهرة تكاثر الطحالب المجهرية (بلوم) ونفوق بعض الكائنات البحرية في خليج المنستير هذه السنة تعود إلى تكاثر الطحالب المجهرية، خلافا للظواهر البيئية السابقة التي كان سببها في الغالب تكاثر بكتيريا مختزلة للكبريت.
وأوضحت وزارة الفلاحة أن جملة من العوامل البيئية ساهمت في تفاقم هذه الظاهرة، منها وفرة المغذيات في المياه بسبب الأمطار الربيعية الغزيرة والتصريفات الحضرية، ثم وفرة الطحالب الخضراء (Ulva spp.) وتفككها بشكل كبير، فضلا عن ارتفاع درجات الحرارة وضعف تجدد الكتل المائية وانعدام الرياح.
وأضاف بلاغ الوزارة أن هذه العوامل أدت إلى انخفاض حاد في الأوكسجين الذائب في المياه، تخللته حالات انعدام للأوكسجين (anoxia)، ما تسبب في نفوق الكائنات البحرية الموجودة في المنطقة.
""", [
    ev("die-off", "ونفوق بعض الكائنات البحرية في خليج المنستير هذه السنة", DIEOFF[0], "'هذه السنة' = 2025; the die-off of 18–21 June 2025 (ministry)", end=DIEOFF[1]),
    ev("prelim-tests", "بيّنت الاختبارات الأولية", "2025-06-18", "no own expression; samples of 18 and 21 June, results out by this report of Sun 22 Jun 2025: my bounded span", end="2025-06-23"),
])
art(S, "https://ultratunisia.ultrasawt.com/%D8%A7%D9%84%D8%AA%D9%84%D9%88%D8%AB-%D9%8A%D8%AC%D8%AA%D8%A7%D8%AD-%D8%AE%D9%84%D9%8A%D8%AC-%D8%A7%D9%84%D9%85%D9%86%D8%B3%D8%AA%D9%8A%D8%B1-%D9%88%D8%A7%D9%84%D8%AB%D8%B1%D9%88%D8%A9-%D8%A7%D9%84%D8%B3%D9%85%D9%83%D9%8A%D8%A9-%D9%81%D9%8A-%D8%AE%D8%B7%D8%B1/%D9%85%D8%A7%D9%87%D8%B1-%D8%AC%D8%B9%D9%8A%D8%AF%D8%A7%D9%86/%D9%85%D8%AC%D8%AA%D9%85%D8%B9/%D8%AA%D9%82%D8%A7%D8%B1%DB%8C%D8%B1",
    "2025-06-24", "date line '24 يونيو 2025' under the headline of the stored page (kept as first line); 24 Jun 2025 was a Tuesday; the paragraph on the missiles over the Gulf (a scene-setting aside) dropped; the last sentence cut before its truncated end", True, """
24 يونيو 2025
التلوث يجتاح خليج المنستير والثروة السمكية في خطر
عاد "المد الأحمر" القاتل ليضرب خليج المنستير من جديد. فعند فجر 21 جوان/يونيو 2025، استيقظ البحارة وأهالي الخليج، الممتد على مسافة 4 كلم من مدينة خنيس حتى مدينة صيادة، على مياه بحر تغير لونها ومالت إلى الحمرة، ما لفت انتباه الجميع.
ولم تمض ساعات حتى قذف البحر أطنانًا من الأسماك النافقة وعددًا من السلاحف وكائنات بحرية أخرى، فيما علت أصوات النوارس التي ملأت السماء وهي تلتقط الكائنات البحرية الميتة.
وقال أحد بحارة مدينة صيادة لـ"الترا تونس": "كنت على متن مركبي الخامسة صباحًا وإذ بالبحر يتحول لونه من الزرقة إلى الحمرة.. ثم برزت على سطح الماء أسماك صغيرة نافقة أتبعتها موجة من الأسماك الأكبر حجمًا".
وفاجأ المد الأحمر الجميع، ولا سيما أصحاب مراكب الصيد الساحلي وصغار البحارة الذين يعيشون من صيد الأسماك، بمراكبهم الصغيرة وشباكهم القليلة وجهدهم الكبير من أجل نصيب متواضع مما يجود به البحر.
""", [
    ev("sea-turns-red", "فعند فجر 21 جوان/يونيو 2025", "2025-06-21", "'فجر 21 جوان/يونيو 2025' = dawn of Sat 21 Jun 2025"),
    ev("fish-washed-ashore", "قذف البحر أطنانًا من الأسماك النافقة", "2025-06-21", "'لم تمض ساعات' after the dawn of Sat 21 Jun 2025"),
    ev("fisherman-sees-red-sea", "كنت على متن مركبي الخامسة صباحًا", "2025-06-21", "'الخامسة صباحًا' on the dawn of Sat 21 Jun 2025"),
])

# ---------------------------------------------------------------- libya-zawiya-pipeline-leak-2025
S = "libya-zawiya-pipeline-leak-2025"
art(S, "https://rokub.in/%d9%84%d9%8a%d8%a8%d9%8a%d8%a7-%d8%aa%d8%b9%d9%84%d9%86-%d8%b9%d9%86-%d8%aa%d8%b3%d8%b1%d8%a8-%d9%86%d9%81%d8%b7%d9%8a-%d9%81%d9%8a-%d8%ae%d8%b7-%d8%a3%d9%86%d8%a7%d8%a8%d9%8a%d8%a8-%d8%ac%d9%86%d9%88/?noamp=mobile",
    "2025-05-24", "page stamp '2025-05-24 20:07:00' under the headline (kept as first line); 24 May 2025 was a Saturday, and the body's 'يوم السبت' agrees; the site name in the headline, the ad scripts, the comment form and the footer dropped", True, """
2025-05-24 20:07:00
ليبيا تعلن عن تسرب نفطي في خط أنابيب جنوب مدينة الزاوية
أعلنت المؤسسة الوطنية للنفط في ليبيا، يوم السبت، إغلاق أحد خطوط الأنابيب جنوب مدينة الزاوية بسبب تسرب نفطي.
وتقع الزاوية على بعد نحو 40 كيلومترا غرب العاصمة طرابلس، وتضم أكبر مصفاة نفطية عاملة حاليا في ليبيا، بطاقة إنتاجية تصل إلى 120 ألف برميل يوميا، وترتبط المصفاة بحقل الشرارة، أكبر حقول النفط في البلاد، الذي ينتج نحو 300 ألف برميل يوميا.
ونشرت المؤسسة صورة تظهر النفط المتسرب يتدفق في الصحراء، مشيرة إلى أن ضخ النفط من حقول الحمادة عبر الخط المتضرر أوقف على الفور.
وقالت المؤسسة في بيان: «بالتوازي مع أعمال الصيانة الجارية، يباشر فريق من المتخصصين تحقيقاً لتحديد أسباب التسرب. كما تجري الترتيبات والتنسيق اللازم لاسترجاع النفط المتسرب ومعالجة أي تلوث بيئي ناتج عن الحادث».
""", [
    ev("noc-announcement", "أعلنت المؤسسة الوطنية للنفط في ليبيا، يوم السبت", "2025-05-24", "'يوم السبت' = Sat 24 May 2025"),
    ev("leak", "بسبب تسرب نفطي", "2025-05-24", "no own expression; the leak reported by the NOC on Sat 24 May 2025 (no earlier start stated)"),
    ev("pumping-halted", "أوقف على الفور", "2025-05-24", "'على الفور' on the leak of Sat 24 May 2025"),
    ev("investigation", "يباشر فريق من المتخصصين تحقيقاً", "2025-05-24", "no own expression; under way at the statement of Sat 24 May 2025"),
])
art(S, "https://www.arabkhabar.com/a/4661024",
    "2025-05-24", "page stamps 'تاريخ النشر: 24th, May 2025' and 'آخر تحديث: 24 مايو 2025 - 21:18' (removed with the source line 'المصدر: عين ليبيا', the tags and the related links); 24 May 2025 was a Saturday; no date in the text", False, """
المؤسسة الوطنية تواجه تسرب نفطي طارئ جنوب الزاوية بخطوات سريعة وحاسمة
تواصل فرق الصيانة والطوارئ التابعة للمؤسسة الوطنية للنفط جهودا مكثفة لوقف تسرب نفطي في أحد أنابيب نقل الخام جنوب مدينة الزاوية.
وفي هذا الإطار، باشرت فرق الصيانة التابعة لشركة الخليج العربي للنفط فورا اتخاذ الإجراءات اللازمة، إذ أوقف ضخ الإنتاج من حقول الحمادة عبر الخط المتسرب، وأغلق الصمام في منطقة الرياينة، وفتحت صمامات التفريغ في مصفاة الزاوية لتخفيف الضغط على الأنبوب.
كما يعمل حاليا فريق متخصص على الكشف الفني لمعرفة أسباب التسرب، بالتوازي مع التنسيق لسحب كميات النفط المتسربة واسترجاعها ومعالجة التلوث البيئي الناجم عنها.
ويتابع رئيس مجلس إدارة المؤسسة وأعضاؤه سير العمل على مدار الساعة، لتقييم عمليات الصيانة وإعادة تأهيل الموقع، وإصدار التوجيهات اللازمة للتعامل مع أي مستجدات.
""", [
    ev("leak", "لوقف تسرب نفطي", "2025-05-24", "no own expression; the leak of Sat 24 May 2025 (stamp day)"),
    ev("pumping-halted", "إذ أوقف ضخ الإنتاج من حقول الحمادة", "2025-05-24", "'فورا' on the leak of Sat 24 May 2025"),
    ev("valve-closed", "وأغلق الصمام في منطقة الرياينة", "2025-05-24", "'فورا' (same sentence) on Sat 24 May 2025"),
    ev("investigation", "يعمل حاليا فريق متخصص على الكشف الفني", "2025-05-24", "'حاليا' at the report of Sat 24 May 2025"),
])
art(S, "https://www.alamssar.com/print.aspx?id=414667",
    "2025-05-25", "page stamp 'الأحد 25 مايو 2025 - 12:25 ص' (removed with the rubric and the byline 'كتب- كريم الزعفراني / الأمصار'); 25 May 2025 was a Sunday (posted 25 minutes after midnight, on the NOC statement of Saturday); the unrelated item on migrants rescued off Libya dropped; no date in the text", False, """
ليبيا.. تسريب نفطي جنوب الزاوية والمؤسسة الوطنية تتحرك لاحتوائه
أعلنت المؤسسة الوطنية للنفط في ليبيا وقوع تسرب نفطي في أحد أنابيب نقل الخام جنوب مدينة الزاوية، مؤكدة أن فرق الصيانة والطوارئ التابعة لها بدأت العمل فورا للسيطرة على الوضع والحد من الأضرار البيئية المحتملة.
وأوضح بيان صادر عن المؤسسة أن التسرب حدث في خط الإنتاج القادم من حقول الحمادة، مشيرا إلى أن شركة الخليج العربي للنفط تولت التدخل الميداني السريع.
وكإجراء احترازي، أوقف ضخ النفط عبر الخط المتضرر، وأغلق الصمام في منطقة الرياينة، وفتحت صمامات التدفق في مصفاة الزاوية لتخفيف الضغط داخل الأنبوب المتأثر.
وأضاف البيان أن الفحص الفني ما زال جاريا لتحديد سبب التسرب بدقة، مع الشروع في استرجاع الكميات المتسربة ومعالجة أي آثار بيئية محتملة في المنطقة.
وأكدت المؤسسة أن مجلس إدارتها يتابع تطورات الحادث لحظة بلحظة، ويصدر التوجيهات الفنية والإدارية اللازمة لضمان إعادة تشغيل الخط وإصلاح الموقع في أسرع وقت ممكن.
""", [
    ev("noc-announcement", "أعلنت المؤسسة الوطنية للنفط في ليبيا", "2025-05-24", "no own expression; the NOC statement of Sat 24 May 2025 (other articles: 'يوم السبت')"),
    ev("leak", "وقوع تسرب نفطي في أحد أنابيب نقل الخام", "2025-05-24", "no own expression; the leak of Sat 24 May 2025"),
    ev("pumping-halted", "أوقف ضخ النفط عبر الخط المتضرر", "2025-05-24", "no own expression; halted on Sat 24 May 2025"),
    ev("valve-closed", "وأغلق الصمام في منطقة الرياينة", "2025-05-24", "no own expression; closed on Sat 24 May 2025"),
])

# ---------------------------------------------------------------- iraq-tigris-oil-slicks-tikrit-2024
S = "iraq-tigris-oil-slicks-tikrit-2024"
art(S, "https://arabkhabar.com/a/3544054",
    "2024-11-03", "page stamp 'تاريخ النشر: 3rd, November 2024' at the head of the stored text (kept as first line); 3 Nov 2024 was a Sunday, and the body's 'اليوم الأحد' agrees; the source line 'المصدر: موقع 24', the tags and the related links dropped", True, """
تاريخ النشر: 3rd, November 2024
تسرب زيتي إلى نهر دجلة في العراق
أعلنت السلطات العراقية، اليوم الأحد، وقف مشاريع الماء في محافظة صلاح الدين بعد ظهور بقع زيتية في نهر دجلة.
وذكرت مديرية ماء محافظة صلاح الدين، في بيان صحافي أصدرته اليوم ونقله موقع "السومرية نيوز" العراقي، أن "المديرية رصدت ظهور برك وبقع زيتية، في نهر دجلة ووصولها إلى حوض النهر في مدينة تكريت، ما أدى الى إيقاف مشاريع الماء في قضاء تكريت بشكل مؤقت، لغاية معالجة البقع الزيتية في القريب العاجل".
وتأتي هذه الإجراءات في ظل موجة أمطار غزيرة تشهدها معظم محافظات البلاد، تسببت في سيول ببعض المدن والمناطق، ومنها العاصمة بغداد التي أعلنت أمس تعطيل الدوام الرسمي فيها اليوم.
""", [
    ev("water-projects-halted", "وقف مشاريع الماء في محافظة صلاح الدين", "2024-11-03", "'اليوم الأحد' = Sun 3 Nov 2024"),
    ev("slicks-reach-tikrit", "رصدت ظهور برك وبقع زيتية", "2024-11-03", "no own expression; the directorate's statement of Sun 3 Nov 2024 ('اليوم')"),
    ev("baghdad-holiday-announced", "التي أعلنت أمس تعطيل الدوام الرسمي", "2024-11-02", "'أمس' before Sun 3 Nov = Sat 2 Nov 2024"),
    ev("baghdad-holiday", "تعطيل الدوام الرسمي فيها اليوم", "2024-11-03", "'اليوم' = Sun 3 Nov 2024"),
])
art(S, "https://alyaum.com/articles/6560784/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%A7%D9%84%D8%B9%D8%B1%D8%A8/%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D9%8A%D8%B9%D9%84%D9%86-%D8%A5%D9%8A%D9%82%D8%A7%D9%81-%D9%85%D8%B4%D8%B1%D9%88%D8%B9%D8%A7%D8%AA-%D9%85%D8%A7%D8%A6%D9%8A%D8%A9-%D8%A8%D8%B9%D8%AF-%D8%B1%D8%B5%D8%AF-%D8%A8%D9%82%D8%B9-%D8%B2%D9%8A%D8%AA%D9%8A%D8%A9-%D9%81%D9%8A-%D9%86%D9%87%D8%B1-%D8%AF%D8%AC%D9%84%D8%A9",
    "2024-11-03", "no usable stamp in the stored page (only a weather widget): fixed by the body's 'اليوم الأحد' for the halt of the water projects, which the other pages date to Sun 3 Nov 2024 (arabkhabar stamp '3rd, November 2024'); the weather widget, the repeated headline and the photo captions 'رصد بقع زيتية في نهر دجلة - السومرية' dropped; no date of its own in the text", False, """
العراق يعلن إيقاف مشروعات مائية بعد رصد بقع زيتية في نهر دجلة
أعلنت السلطات العراقية، اليوم الأحد، إيقاف مشروعات الماء في محافظة صلاح الدين إثر ظهور بقع زيتية في نهر دجلة.
وأفادت مديرية ماء محافظة صلاح الدين بأنها رصدت برك وبقع زيتية في نهر دجلة وصلت إلى حوض النهر في مدينة تكريت.
وأوضحت أن ذلك اضطرها إلى إيقاف مشروعات الماء في قضاء تكريت مؤقتا، إلى حين معالجة البقع الزيتية في القريب العاجل.
وبيّنت أن كوادرها مستنفرة بكل طاقاتها الآلية والفنية، وتشارك في خطة الطوارئ التي تواجه بها المحافظة الأمطار الغزيرة والسيول.
""", [
    ev("water-projects-halted", "إيقاف مشروعات الماء في محافظة صلاح الدين", "2024-11-03", "'اليوم الأحد' = Sun 3 Nov 2024"),
    ev("slicks-reach-tikrit", "وصلت إلى حوض النهر في مدينة تكريت", "2024-11-03", "no own expression; reported on Sun 3 Nov 2024"),
])
art(S, "https://hathalyoum.net/articles/3486547-%D8%A8%D8%B9%D8%AF%D9%85%D8%A7-%D8%A3%D8%AF%D8%AE%D9%84%D8%AA-%D9%85%D8%AD%D8%A7%D9%81%D8%B8%D8%AA%D9%8A%D9%86-%D8%A8%D9%80%D8%A7%D9%84%D8%A5%D9%86%D8%B0%D8%A7%D8%B1-%D9%85%D8%B5%D8%AF%D8%B1-%D9%8A%D9%83%D8%B4%D9%81-%D8%A3%D8%B3%D8%A8%D8%A7%D8%A8-%D8%AA%D8%B3%D8%B1",
    "2024-11-06", "page stamp '2024-11-06 00:10:09 - المصدر: شفق نيوز' (removed with the rubric 'اخبار العراق الان' and the doubled headline); 6 Nov 2024 was a Wednesday (posted ten minutes after midnight, on the Shafaq report of 'يوم الثلاثاء' 5 Nov); the truncated end of the last quote dropped; no date of its own in the text", False, """
بعدما أدخلت محافظتين بـ"الإنذار".. مصدر يكشف أسباب تسرب البقع النفطية لنهر دجلة
كشف مصدر مسؤول في شركة نفط الشمال، يوم الثلاثاء، أسباب ظهور البقع النفطية في نهر دجلة بمحافظة صلاح الدين، مؤكدا أن الخلل شُخّص وعولج.
وقال المصدر لوكالة شفق نيوز إن "شركة نفط الشمال، وبعد ظهور بقع نفطية في مياه نهر دجلة، أجرت كشوفات ميدانية على مدى يومين للوقوف على الخلل ومعالجة المخلفات والنضوحات التي قد تسبب التلوث في بعض الأراضي القريبة من الحقول النفطية والأنهار، وتوصلت إلى الأسباب".
وأضاف أن "التحقيق بيّن أن هذه النضوحات والمخلفات تتجمع في المناطق المنخفضة والوديان بين حقول حمرين وحقول مكحول، شرقي منطقة الفتحة في صلاح الدين، وأنها ليست تسربات من الأنابيب النفطية".
وأشار إلى أن "الأمطار الغزيرة والسيول في المحافظات الغربية والشمالية جرفت بعض هذه المخلفات والنضوحات إلى المناطق المجاورة وإلى النهر".
""", [
    ev("cause-revealed", "كشف مصدر مسؤول في شركة نفط الشمال، يوم الثلاثاء", "2024-11-05", "'يوم الثلاثاء' = Tue 5 Nov 2024"),
    ev("slicks-reach-tikrit", "وبعد ظهور بقع نفطية في مياه نهر دجلة", "2024-11-03", "no own expression; the slicks reported on Sun 3 Nov 2024 (other articles)"),
    ev("field-inspections", "أجرت كشوفات ميدانية على مدى يومين", "2024-11-03", "'على مدى يومين' between the slicks of Sun 3 and the statement of Tue 5 Nov 2024: my bounded span", end="2024-11-06"),
])

SETS = ('stories', 'stories2', 'stories3', 'stories4', 'stories5', 'stories6', 'stories7', 'stories8', 'stories9', 'stories10', 'stories11', 'stories12', 'stories13', 'stories14', 'stories15', 'stories16', 'stories17', 'stories18', 'stories19', 'stories20', 'stories21', 'stories22', 'stories23', 'stories24', 'stories25', 'stories26', 'stories27', 'stories28', 'stories29', 'stories30', 'stories31', 'stories32', 'stories33', 'stories34', 'stories35', 'stories36', 'stories37', 'stories38', 'stories39', 'stories40', 'stories41', 'stories42', 'stories43', 'stories44', 'stories45', 'stories46', 'stories47', 'stories48', 'stories49', 'stories50', 'stories51', 'stories52', 'stories53', 'stories54', 'stories55', 'stories56', 'stories57', 'stories58', 'stories59', 'stories60', 'stories61', 'stories62', 'stories63', 'stories64', 'stories65', 'stories66', 'stories67', 'stories68', 'stories69', 'stories70', 'stories71', 'stories72', 'stories73', 'stories74', 'stories75', 'stories76', 'stories77', 'stories78', 'stories79', 'stories80', 'stories81', 'stories82', 'stories83', 'stories84', 'stories85', 'stories86', 'stories87', 'stories88', 'stories89', 'stories90', 'stories91', 'stories92', 'stories93', 'stories94', 'stories95', 'stories96', 'stories97', 'stories98', 'stories99', 'stories100', 'stories101', 'stories102', 'stories103', 'stories104', 'stories105', 'stories106', 'stories107', 'stories108', 'stories109', 'stories110', 'stories111', 'stories112', 'stories113', 'stories114', 'stories115', 'stories116', 'stories117', 'stories118', 'stories119', 'stories120', 'stories121', 'stories122', 'stories123', 'stories124', 'stories125', 'stories126', 'stories127', 'stories128', 'stories129', 'stories130', 'stories131', 'stories132', 'stories133', 'stories134', 'stories135', 'stories136', 'stories137', 'stories138', 'stories139', 'stories140', 'stories141', 'stories142', 'stories143', 'stories144', 'stories145', 'stories146', 'stories147', 'stories148', 'stories149', 'stories150', 'stories151', 'stories152', 'stories153', 'stories154', 'stories155', 'stories156', 'stories157', 'stories158', 'stories159', 'stories160', 'stories161', 'stories162', 'stories163', 'stories164', 'stories165', 'stories166', 'stories167', 'stories168', 'stories169', 'stories170', 'stories171', 'stories172', 'stories173', 'stories174', 'stories175', 'stories176', 'stories177', 'stories178', 'stories179', 'stories180', 'stories181', 'stories182', 'stories183', 'stories184', 'stories185', 'stories186', 'stories187', 'stories188', 'stories189')
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

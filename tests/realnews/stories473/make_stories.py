"""Builds stories.jsonl: the 473-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: train, metro and tram accidents and derailments.
Stories: the triple train collision near Balasore (Odisha, India, June 2023), the derailment of train 557 at
Qalyub station (Egypt, March 2023), the Tempi train collision near Larissa (Greece, February-March 2023), and the
derailment of the Algiers-Thenia train at Hussein Dey (Algeria, November 2014).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- india-odisha-balasore-train-collision-2023
S = "india-odisha-balasore-train-collision-2023"
COLLISION = "2023-06-02"                   # Coromandel Express / goods train / Howrah express near Balasore, Fri 2 Jun 2023 (evening)
TOLL_288 = "2023-06-03"                    # the toll of 288 was first given on Sat 3 Jun 2023 (Odisha fire services)
CAUSE = "2023-06-04"                       # railway minister Vaishnaw named the signalling fault on Sun 4 Jun 2023
art(S, "https://mubasher.aljazeera.net/news/politics/2023/6/2/%D8%B9%D8%B4%D8%B1%D8%A7%D8%AA-%D8%A7%D9%84%D9%82%D8%AA%D9%84%D9%89-%D9%81%D9%8A-%D8%AD%D8%A7%D8%AF%D8%AB-%D8%A7%D8%B5%D8%B7%D8%AF%D8%A7%D9%85-%D8%A8%D9%8A%D9%86-%D9%82%D8%B7%D8%A7%D8%B1%D8%A7%D8%AA",
    "2023-06-02", "the date in the URL (/2023/6/2/) and the page's date metadata (2023-06); the body's 'اليوم الجمعة' for Modi's tweet agrees (2 Jun 2023 was a Friday); the embedded English tweet and its signature line dropped; headline rendered from the URL slug", True, """
عشرات القتلى في حادث اصطدام بين قطارات
لقي 50 شخصا على الأقل حتفهم وأصيب ما يزيد على 500 آخرين في تصادم بين عدة قطارات بولاية أوديشا في شرق الهند، بحسب ما أفاد مسؤول كبير، وسط خشية من أن يكون كثيرون عالقين تحت العربات.
وصرّح المسؤول في أوديشا براديب جينا لوكالة الصحافة الفرنسية: "نحو 50 شخصا قتلوا وأصيب أكثر من 500. أولويتنا القصوى الآن إنقاذ الركاب وتقديم الرعاية الصحية للجرحى".
ونقلت وسائل إعلام محلية عن شهود عيان ومسؤولين أن قطار الركاب كوروماندل إكسبرس اصطدم بقطار لشحن البضائع قرب بالاسور، التي تبعد نحو 200 كيلومتر عن عاصمة الولاية بوبانسوار.
وكتب رئيس الوزراء الهندي ناريندرا مودي على تويتر اليوم الجمعة أن عمليات الإنقاذ متواصلة في الموقع، وأن "كل المساعدة الممكنة" تقدَّم للمتضررين.
""", [
    ev("train-collision", "اصطدم بقطار لشحن البضائع قرب بالاسور", COLLISION, "no own expression; the collision of the evening of Fri 2 Jun 2023, the day of this report ('اليوم الجمعة' for Modi's tweet; alamssar/darelhilal: 'مساء الجمعة')"),
    ev("toll-50", "لقي 50 شخصا على الأقل حتفهم", COLLISION, "no own expression; the first toll given on the night of the collision, Fri 2 Jun 2023, the day of this report"),
    ev("jena-statement", "وصرّح المسؤول في أوديشا براديب جينا", COLLISION, "no own expression; the Odisha official's statement to AFP on the day of the collision, Fri 2 Jun 2023"),
    ev("modi-tweet", "وكتب رئيس الوزراء الهندي ناريندرا مودي على تويتر اليوم الجمعة", COLLISION, "'اليوم الجمعة' = Fri 2 Jun 2023"),
])
art(S, "https://alamssar.com/272247",
    "2023-06-04", "no date line on the stored page; the body's 'أعلنت السلطات في الهند، اليوم الأحد' for the railway minister's statement on the cause, which was made on Sun 4 Jun 2023 (vetogate of Mon 5 Jun: 'وأضاف أشويني فايشناو أمس الأحد'; darelhilal: 'اليوم الأحد'), gives Sun 4 Jun 2023; headline kept from the page; the last, truncated sentence dropped", False, """
الهند تكشف سبب كارثة حادث القطارات
أعلنت السلطات الهندية اليوم الأحد أنها توصلت إلى تحديد سبب حادث القطارات الأخير والجهات المسؤولة عنه.
ونقلت شبكة "سي إن إن" الأمريكية عن وزير السكك الحديد الهندي أشويني فايشناو قوله إن سبب الحادث الذي وقع في شرق البلاد وأوقع مئات القتلى والجرحى قد عُرف.
وشرح فايشناو أن الحادث الثلاثي بين قطاري ركاب وقطار شحن في ولاية أوديشا الشرقية نتج عن عطل في نظام الإشارات الإلكترونية غيّر مسار أحد القطارات على نحو خاطئ، مؤكدا أن "التحقيق سيكشف من فعل ذلك وما السبب".
وأضاف: "دعوا تقرير التحقيق يصدر"، فيما أبلغ وكالة الأنباء الهندية أن السبب والمسؤولين عنه باتوا معروفين، لكنه رفض الخوض في تفاصيل أخرى، قائلا إنه "ليس من المناسب قول أي شيء في هذا الوقت".
وتابع: "لتتحقق سلطات التحقيق المختصة من الأمر برمته".
وحتى الآن، تواصل السلطات الهندية إزالة حطام القطارات، بينما ارتفعت حصيلة الضحايا إلى 288 قتيلا على الأقل وأكثر من 900 جريح.
وكانت وكالة "برس ترست أوف إنديا" قد ذكرت في وقت سابق أن تحقيقا أوليا خلص إلى أن إشارة أُرسلت إلى قطار "كورومانديل إكسبريس" للدخول إلى خط المسار الرئيسي ثم أُلغيت لاحقا.
""", [
    ev("vaishnaw-cause", "أعلنت السلطات الهندية اليوم الأحد أنها توصلت إلى تحديد سبب", CAUSE, "'اليوم الأحد' = Sun 4 Jun 2023"),
    ev("train-collision", "الحادث الثلاثي بين قطاري ركاب وقطار شحن", COLLISION, "no own expression; the collision of the evening of Fri 2 Jun 2023 (darelhilal: 'مساء يوم الجمعة الماضى')"),
    ev("toll-288", "ارتفعت حصيلة الضحايا إلى 288 قتيلا على الأقل", TOLL_288, "no own expression; the toll of 288 was first announced on Sat 3 Jun 2023 (Odisha fire services chief, mubasher of 3 Jun) and is repeated here on Sun 4 Jun"),
    ev("pti-preliminary-inquiry", "أن تحقيقا أوليا خلص إلى أن إشارة أُرسلت", TOLL_288, "'في وقت سابق' before this report of Sun 4 Jun 2023: the PTI report on the preliminary inquiry of Sat 3 Jun (my span Sat 3 - Sun 4 Jun)", end="2023-06-05"),
])
art(S, "https://vetogate.com/4900376",
    "2023-06-05", "no date line on the stored page; the body's 'اليوم الاثنين' for a new derailment in Odisha (the limestone goods train at Bargarh, Mon 5 Jun 2023) and 'أمس الأحد' for the railway minister's statement of Sun 4 Jun give Mon 5 Jun 2023 (5 Jun 2023 was a Monday); the page's sub-headings dropped; the state's name, misspelt 'أيضا' on the page, written أوديشا; headline kept from the page; the last, truncated clause dropped", False, """
خروج قطار عن مساره في الهند
وقع اليوم الاثنين حادث قطار في ولاية أوديشا الهندية، إذ خرج عدد من العربات عن مسار السكة الحديد، في الولاية ذاتها التي شهدت منذ أيام حادث تصادم القطارين المروع الذي خلّف 275 حالة وفاة.
وأفادت وسائل إعلام هندية بأن المسؤولين أكدوا خروج خمس عربات من قطار يحمل الحجر الجيري عن مسارها أثناء توجهه من دونجوري إلى بارجار، مشيرين إلى عدم تسجيل أي إصابات أو ضحايا.
وذكر المسؤولون أن الحادث وقع على سكة حديدية ضيقة تعود ملكيتها لشركة خاصة، ولا تتولى السكك الحديدية صيانتها أو تشغيلها.
وكان وزير السكك الحديدية الهندي أشويني فايشناو قد كشف سبب تصادم القطارين الذي أوقع مئات القتلى والجرحى.
وأوضح فايشناو أمس الأحد أن خروج القطارين عن مسارهما في شرق البلاد سببه خلل في نظام الإشارات الإلكترونية أدى إلى تحويل مسار أحد القطارات بشكل خاطئ، وأن التحقيق سيكشف من فعل ذلك وما السبب.
وبحسب آخر إحصائية، بلغت حصيلة ضحايا حادث القطارات في الهند 288 قتيلا وقرابة ألف جريح، بعد اصطدام ثلاثة قطارات في ولاية أوديشا بشرق الهند.
""", [
    ev("bargarh-derailment", "خرج عدد من العربات عن مسار السكة الحديد", "2023-06-05", "'اليوم الاثنين' = Mon 5 Jun 2023"),
    ev("train-collision", "شهدت منذ أيام حادث تصادم القطارين المروع", COLLISION, "'منذ أيام' from Mon 5 Jun 2023: the collision of Fri 2 Jun"),
    ev("vaishnaw-cause", "وأوضح فايشناو أمس الأحد", CAUSE, "'أمس الأحد' in an article of Mon 5 Jun 2023 = Sun 4 Jun"),
    ev("toll-288", "بلغت حصيلة ضحايا حادث القطارات في الهند 288 قتيلا", TOLL_288, "no own expression ('بحسب آخر إحصائية'); the toll of 288 first announced on Sat 3 Jun 2023"),
])

# ---------------------------------------------------------------- egypt-qalyub-train-derailment-2023
S = "egypt-qalyub-train-derailment-2023"
DERAIL = "2023-03-07"                      # train 557 (Shubra - Menouf) overran a closed signal at Qalyub at 19:20 on Tue 7 Mar 2023
FINAL = "2023-03-08"                       # the health ministry's final count (4 dead, 23 injured), statement of Wed 8 Mar 2023
art(S, "https://www.alhurra.com/egypt/2023/03/07/%D9%85%D8%B5%D8%B1-%D9%82%D8%AA%D9%8A%D9%84%D8%A7%D9%86-%D9%88%D9%85%D8%B5%D8%A7%D8%A8%D9%88%D9%86-%D8%A8%D8%AE%D8%B1%D9%88%D8%AC-%D9%82%D8%B7%D8%A7%D8%B1-%D9%85%D8%B3%D8%A7%D8%B1%D9%87-%D8%B4%D9%85%D8%A7%D9%84-%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9?_wrapper_format=html&page=23",
    "2023-03-07", "the date in the URL (/2023/03/07/); the body's 'الثلاثاء' for the accident agrees (7 Mar 2023 was a Tuesday); headline rendered from the URL slug; the excerpt ends with the correspondent's sentence, kept whole", True, """
مصر.. قتيلان ومصابون بخروج قطار عن مساره شمال القاهرة
قُتل شخصان وأصيب آخرون في خروج قطار عن مساره في قليوب شمالي القاهرة، الثلاثاء، وفق ما أعلنته وزارة الصحة المصرية.
وكانت الوزارة قد أعلنت في بيان أولي وفاة شخص وإصابة 16، ثم أكدت في بيان لاحق "ارتفاع ضحايا حادث قطار قليوب إلى حالتي وفاة، واستقرار الحالة الصحية لباقي المصابين".
وذكر المتحدث باسم الوزارة حسام عبد الغفار في البيان الأول أن "الحصيلة المبدئية تشير إلى حالة وفاة وإصابة 16 مواطنا، منهم 3 تلقوا الخدمة في موقع الحادث و3 غادروا طوارئ مستشفى قليوب التخصصي بعد علاجهم"، موضحا أن بقية المصابين يعالجون في المستشفى نفسه وأن معظم إصاباتهم لا تهدد حياتهم.
وأشارت الوزارة إلى أنها دفعت بـ20 سيارة إسعاف إلى موقع الحادث في محطة قطارات قليوب المحطة.
وكانت صحيفة "الأخبار" الحكومية قد أفادت، نقلا عن مصدر أمني، بأن قطار ركاب متجها إلى منوف انحرف عن مساره في قليوب وأن "حصر المصابين جار".
وأكد مصدر أمني في مديرية أمن القليوبية أن القطار كان ينقل ركابا في طريقه إلى منوف.
ونقل مراسل "الحرة" عن مصادر أمنية أن الركاب فوجئوا، عند وصول أحد القطارات إلى محطة قليوب، بخروج قطار آخر عن القضبان.
""", [
    ev("derailment", "في خروج قطار عن مساره في قليوب شمالي القاهرة، الثلاثاء", DERAIL, "'الثلاثاء' = Tue 7 Mar 2023 (at 19:20, per the railway authority)"),
    ev("health-first-toll", "أعلنت في بيان أولي وفاة شخص وإصابة 16", DERAIL, "no own expression; the ministry's first statement on the evening of the accident, Tue 7 Mar 2023"),
    ev("health-toll-two-dead", "ارتفاع ضحايا حادث قطار قليوب إلى حالتي وفاة", DERAIL, "no own expression; the ministry's second statement of the same evening, Tue 7 Mar 2023 (masrtimes, stamped Tue 07/03/2023 22:59, has two dead)"),
    ev("ambulances-dispatched", "دفعت بـ20 سيارة إسعاف إلى موقع الحادث", DERAIL, "no own expression; ambulances sent on the evening of the accident, Tue 7 Mar 2023"),
])
art(S, "https://khalegy.com/87195",
    "2023-03-07", "no date line on the stored page; the body's 'الثلاثاء' for the accident and the governorate's statement on the collision 'اليوم' place the report on the evening of Tue 7 Mar 2023 (the accident happened at 19:20 that Tuesday; alhurra of 7 Mar), while the tolls were still being counted; headline written from the body (the stored text has none)", False, """
مصر.. خروج قطار عن الرصيف بمحطة قليوب ووقوع ضحايا
خرج قطار عن الرصيف في محطة قطارات قليوب قرب الطريق البطيء بمدينة قليوب في محافظة القليوبية المصرية، الثلاثاء، واصطدم بالصدادات الحديدية، ما أوقع إصابات ووفيات.
وأصدر النائب العام المصري أمرا بتشكيل فريق للتحقيق في الحادث، على أن تعلن النيابة العامة نتائج التحقيق تباعا.
وأكدت محافظة القليوبية في بيان تصادم قطار بالرصيف اليوم، مضيفة أن قوات الحماية المدنية ورجال الشرطة و7 سيارات إسعاف توجهوا فورا إلى مكان الحادث، وسط أنباء عن وقوع مصابين وحالات وفاة.
وكان القطار الذي يحمل الرقم 557 قد انحرف عن مساره المحدد في محطة قليوب أثناء قدومه من محطة رمسيس متجها إلى منوف، ما أدى إلى سقوط عدد من المصابين، بينهم مارة كانوا يعبرون السكة.
وتوجهت الجهات المعنية على الفور إلى الموقع، وهرعت سيارات الإطفاء وقيادات السكة الحديد وسيارات الإسعاف لنقل المصابين، فيما يجري الآن إحصاء الضحايا وإسعاف المصابين.
""", [
    ev("derailment", "خرج قطار عن الرصيف في محطة قطارات قليوب", DERAIL, "'الثلاثاء' = Tue 7 Mar 2023"),
    ev("prosecutor-investigation", "وأصدر النائب العام المصري أمرا بتشكيل فريق للتحقيق", DERAIL, "no own expression; the public prosecutor's order of the evening of the accident, Tue 7 Mar 2023 (alittihad: the decision reported with the tolls of Tuesday)"),
    ev("governorate-statement", "وأكدت محافظة القليوبية في بيان تصادم قطار بالرصيف اليوم", DERAIL, "'اليوم' in a report of Tue 7 Mar 2023"),
    ev("ambulances-dispatched", "و7 سيارات إسعاف توجهوا فورا إلى مكان الحادث", DERAIL, "no own expression; ambulances sent on the evening of the accident, Tue 7 Mar 2023"),
])
art(S, "https://elmostaqbal.com/669395/الصحة-تكشف-الحصيلة-النهائية-لضحايا-حا",
    "2023-03-08", "no date line on the stored page; the body's 'أمس الثلاثاء' for the accident of Tue 7 Mar 2023 gives Wed 8 Mar 2023 (8 Mar 2023 was a Wednesday); the sub-headings dropped; headline completed from the truncated URL slug; the last, truncated sentence completed from its sub-heading ('100 ألف جنيه لأسرة كل متوفي')", False, """
الصحة تكشف الحصيلة النهائية لضحايا حادث قطار قليوب
شهدت مصر أمس الثلاثاء حادثا مروعا، إذ انحرف قطار قليوب رقم 557 عن مساره في محطة قليوب أثناء رحلته من محطة رمسيس إلى منوف، ما خلّف إصابات وحالات وفاة.
وكشفت وزارة الصحة والسكان الحصيلة النهائية للحادث، موضحة أن الحصر النهائي أسفر عن وفاة 4 مواطنين وإصابة 23 آخرين.
وأضافت الوزارة أن 18 مصابا نُقلوا إلى مستشفى قليوب التخصصي و3 إلى مستشفى القناطر الخيرية المركزي، بينما حُوّلت حالتان إلى مستشفى معهد ناصر في القاهرة.
وأشارت إلى أن 11 مصابا غادروا بعد تلقي العلاج واستقرار حالتهم، في حين يتلقى الباقون الرعاية الطبية اللازمة.
وكانت الهيئة القومية لسكك حديد مصر قد ذكرت في بيان أنه في تمام الساعة 19.20، وخلال دخول القطار 557/3027 ركاب شبرا/منوف/كفر الزيات على سكة النفادي بمحطة قليوب لمقابلة القطار 550، تخطى السائق السيمافور المغلق وواصل السير، فدخل القطار السكة المنتهية واصطدم بالحماية في نهايتها، ما أسفر عن خروج الجرار والعربة الأولى عن القضبان.
ومن جهتها، أعلنت وزيرة التضامن الاجتماعي نيفين القباج صرف 100 ألف جنيه لأسرة كل متوفى.
""", [
    ev("derailment", "انحرف قطار قليوب رقم 557 عن مساره", DERAIL, "'أمس الثلاثاء' in an article of Wed 8 Mar 2023 = Tue 7 Mar"),
    ev("health-final-toll", "الحصر النهائي أسفر عن وفاة 4 مواطنين", FINAL, "no own expression; the ministry's final count was issued on Wed 8 Mar 2023 (marsalqatar: 'في بيان لها اليوم' in an article that dates the accident 'أمس الثلاثاء')"),
    ev("signal-passed", "تخطى السائق السيمافور المغلق وواصل السير", DERAIL, "'في تمام الساعة 19.20' of the accident day, Tue 7 Mar 2023"),
    ev("compensation", "أعلنت وزيرة التضامن الاجتماعي نيفين القباج صرف 100 ألف جنيه", DERAIL, "no own expression; the minister's announcement of Tue 7 Mar 2023 (almasryalyoum, stamped Tue 07-03-2023 23:21)"),
])
art(S, "https://marsalqatar.qa/post/28742/%D9%88%D9%81%D8%A7%D8%A9-4-%D8%A3%D8%B4%D8%AE%D8%A7%D8%B5-%D9%88%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-23-%D8%A2%D8%AE%D8%B1%D9%8A%D9%86-%D9%81",
    "2023-03-08", "no date line on the stored page; the body's 'حدث أمس الثلاثاء' for the accident of Tue 7 Mar 2023 gives Wed 8 Mar 2023; headline completed from the truncated URL slug ('وفاة 4 أشخاص وإصابة 23 آخرين ف...')", False, """
وفاة 4 أشخاص وإصابة 23 آخرين في حادث قطار قليوب
أعلنت وزارة الصحة والسكان المصرية وفاة 4 أشخاص وإصابة 23 آخرين جراء اصطدام قطار وقع أمس الثلاثاء في محطة مدينة قليوب بمحافظة القليوبية.
وبيّنت الوزارة في بيان أصدرته اليوم أن 18 مصابا نُقلوا إلى مستشفى قليوب التخصصي و3 إلى مستشفى القناطر الخيرية المركزي، بينما أُحيلت حالتان إلى مستشفى معهد ناصر في القاهرة، لافتة إلى مغادرة 11 مصابا بعد تلقي العلاج واستقرار حالتهم، في حين يواصل الباقون تلقي الرعاية الطبية.
من جانبها، أوضحت الهيئة القومية لسكك حديد مصر في بيان أن السائق تخطى الإشارة عند دخول القطار محطة قليوب وواصل السير، فدخل القطار السكة المنتهية ووقع التصادم.
بدورها، أعلنت النيابة العامة المصرية في بيان أن النائب العام أمر بتشكيل فريق للتحقيق في واقعة اصطدام قطار قليوب.
""", [
    ev("derailment", "جراء اصطدام قطار وقع أمس الثلاثاء", DERAIL, "'أمس الثلاثاء' in an article of Wed 8 Mar 2023 = Tue 7 Mar"),
    ev("health-final-toll", "أعلنت وزارة الصحة والسكان المصرية وفاة 4 أشخاص", FINAL, "the statement issued 'اليوم' = Wed 8 Mar 2023"),
    ev("signal-passed", "أن السائق تخطى الإشارة عند دخول القطار محطة قليوب", DERAIL, "no own expression; the overrun of the closed signal at 19:20 on Tue 7 Mar 2023"),
    ev("prosecutor-investigation", "أن النائب العام أمر بتشكيل فريق للتحقيق", DERAIL, "no own expression; the public prosecutor's order of the evening of the accident, Tue 7 Mar 2023 (khalegy of that day)"),
])

# ---------------------------------------------------------------- greece-tempi-train-collision-2023
S = "greece-tempi-train-collision-2023"
TEMPI = "2023-02-28"                       # passenger train IC62 and a freight train collided near Tempi shortly before midnight, Tue 28 Feb 2023
SUNDAY = "2023-03-05"                      # Syntagma rally, families at Tempi, the PM's apology, clashes: Sun 5 Mar 2023
art(S, "https://www.masress.com/shorouk/1963042",
    "2023-03-01", "no date line on the stored page (a Shorouk report carried by masress); the body's 'مساء أمس الثلاثاء' for the collision of Tue 28 Feb 2023 and 'اليوم الأربعاء' for the toll of 36 give Wed 1 Mar 2023 (1 Mar 2023 was a Wednesday); headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
تضاؤل الأمل في العثور على ناجين من حادث القطارين في اليونان
تراجعت آمال فرق الإنقاذ في اليونان في العثور على ناجين بعد تصادم قطار ركاب بقطار شحن مساء أمس الثلاثاء، وهو الحادث الذي أودى بحياة عشرات الأشخاص.
وأفاد مسؤولون اليوم الأربعاء بأن عدد قتلى الحادث الذي وقع قرب مدينة لاريسا وصل إلى 36 شخصا على الأقل.
وكان القطار مسرعا وعلى متنه مئات الركاب، كثير منهم طلاب جامعيون عائدون من العطلة إلى مدنهم.
وأشارت محطة "إي آر تي" الرسمية إلى أن الحصيلة قد ترتفع مع التعرف على هويات ضحايا آخرين، وهو أمر قد يطول لأنه يحتاج إلى تحليل الحمض النووي، بسبب حجم الدمار الذي خلّفه الاصطدام والحريق الناجم عنه في العربات الأمامية.
ونُقل 72 شخصا إلى المستشفى، بعضهم مصابون بجروح بالغة.
وكان قطار الركاب المتجه من أثينا إلى تسالونيك يقل 342 راكبا و10 من موظفي السكك الحديدية، إضافة إلى سائقين اثنين في قطار الشحن.
ووصف رئيس الوزراء اليوناني كرياكوس ميتسوتاكيس ما جرى بأنه "مأساة مروعة" خلال زيارته موقع الحادث عند منتصف النهار، وتعهد وقد بدا عليه التأثر بإجراء تحقيق شامل.
""", [
    ev("train-collision", "تصادم قطار ركاب بقطار شحن مساء أمس الثلاثاء", TEMPI, "'مساء أمس الثلاثاء' in an article of Wed 1 Mar 2023 = Tue 28 Feb (shortly before midnight)"),
    ev("toll-36", "وصل إلى 36 شخصا على الأقل", "2023-03-01", "'اليوم الأربعاء' = Wed 1 Mar 2023"),
    ev("mitsotakis-site-visit", "خلال زيارته موقع الحادث عند منتصف النهار", "2023-03-01", "'عند منتصف النهار' of the day of this report, Wed 1 Mar 2023"),
    ev("investigation-pledge", "وتعهد وقد بدا عليه التأثر بإجراء تحقيق شامل", "2023-03-01", "no own expression; the PM's pledge during his visit of Wed 1 Mar 2023"),
])
art(S, "https://www.elmawkefalarabi.com/breaking/news-20230304107191",
    "2023-03-04", "the date stamp in the URL (news-20230304...); the body's 'يوم السبت' for the postponement and 'مساء السبت' for the protests expected that evening agree (4 Mar 2023 was a Saturday); a machine-translated AFP report, re-worded; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
تأجيل الاستماع إلى مدير محطة لاريسا في كارثة القطار باليونان
منح القضاء اليوناني يوم السبت مدير المحطة الذي أقر بمسؤوليته عن كارثة القطار التي قتل فيها 57 شخصا في اليونان مهلة 24 ساعة إضافية لإعداد دفاعه، في وقت تكشّفت فيه قلة خبرته واستمر الغضب.
وقرر القضاء تأجيل جلسة الاستماع إلى الرجل البالغ من العمر 59 عاما، المتهم بارتكاب خطأ جسيم تسبب في الحادث مساء الثلاثاء، وفق ما أعلنه محاميه ستيفانوس بانتزارتسيديس لوكالة فرانس برس.
وسيتعين على قاضي التحقيق في لاريسا، أقرب مدينة إلى موقع الحادث، أن يقرر بعد الجلسة ما إذا كان سيوجه إليه تهمة "القتل الخطأ عن طريق الإهمال".
ولم يهدأ الغضب الذي اشتعل منذ الكارثة، إذ يُنتظر خروج مظاهرات جديدة مساء السبت في اليونان بدعوة من الشبيبة الشيوعية.
كما تقرر تنظيم تجمع حاشد للطلاب وعمال السكك الحديدية وموظفي القطاع العام يوم الأحد في الساعة 11 صباحًا (4 صباحًا بالتوقيت الشرقي) في ساحة سينتاغما قبالة البرلمان.
وفي محطة تيمبي القريبة من مكان المأساة، تعتزم عائلات الضحايا أيضا التجمع يوم الأحد.
""", [
    ev("hearing-postponed", "منح القضاء اليوناني يوم السبت مدير المحطة", "2023-03-04", "'يوم السبت' = Sat 4 Mar 2023"),
    ev("train-collision", "تسبب في الحادث مساء الثلاثاء", TEMPI, "'مساء الثلاثاء' before Sat 4 Mar 2023 = Tue 28 Feb"),
    ev("saturday-protests", "يُنتظر خروج مظاهرات جديدة مساء السبت", "2023-03-04", "'مساء السبت' = Sat 4 Mar 2023"),
    ev("athens-rally", "تجمع حاشد للطلاب وعمال السكك الحديدية", SUNDAY, "'يوم الأحد في الساعة 11 صباحًا' after Sat 4 Mar 2023 = Sun 5 Mar"),
    ev("families-gathering-tempi", "تعتزم عائلات الضحايا أيضا التجمع يوم الأحد", SUNDAY, "'يوم الأحد' after Sat 4 Mar 2023 = Sun 5 Mar"),
])
art(S, "https://darelhilal.com/News/1635124.aspx",
    "2023-03-06", "no date line on the stored page; the body's 'أمس الأحد' for the PM's apology of Sun 5 Mar 2023 gives Mon 6 Mar 2023 (6 Mar 2023 was a Monday); the PM's letter to the Supreme Court prosecutor was sent on Monday 6 Mar (elmawkefalarabi news-20230306: 'يوم الاثنين'); headline written from the body (the stored text has none)", False, """
ميتسوتاكيس يكلف المحكمة العليا بالتحقيق في حادث القطار
أعلن رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس أنه أوكل إلى المحكمة العليا التحقيق في حادث القطار الذي قُتل فيه 57 شخصا، وأثار موجة غضب عارمة ومظاهرات في أنحاء البلاد.
وكان ميتسوتاكيس قد قدّم اعتذاره إلى الشعب اليوناني وأسر الضحايا في خطاب رسمي أمس الأحد، كتب فيه في رسالة إلى اليونانيين نشرها خصوصا على حسابه في (فيسبوك): "بصفتي رئيسا للوزراء، أنا مدين للجميع، ولا سيما لأقارب الضحايا، بطلب الصفح".
واندلعت يوم الأحد مواجهات عنيفة بين الشرطة ومحتجين أمام البرلمان في أثينا أثناء تجمع احتجاجي.
""", [
    ev("supreme-court-probe", "أنه أوكل إلى المحكمة العليا التحقيق", "2023-03-06", "no own expression; the PM's letter to the Supreme Court prosecutor of Mon 6 Mar 2023, the day of this report (elmawkefalarabi, dostor: 'يوم الاثنين')"),
    ev("train-collision", "حادث القطار الذي قُتل فيه 57 شخصا", TEMPI, "no own expression; the collision of Tue 28 Feb 2023"),
    ev("mitsotakis-apology", "قدّم اعتذاره إلى الشعب اليوناني وأسر الضحايا في خطاب رسمي أمس الأحد", SUNDAY, "'أمس الأحد' in an article of Mon 6 Mar 2023 = Sun 5 Mar"),
    ev("athens-clashes", "واندلعت يوم الأحد مواجهات عنيفة بين الشرطة ومحتجين", SUNDAY, "'يوم الأحد' = Sun 5 Mar 2023"),
    ev("athens-rally", "أثناء تجمع احتجاجي", SUNDAY, "no own expression; the rally in front of parliament on Sun 5 Mar 2023 ('يوم الأحد' in the same sentence)"),
])

# ---------------------------------------------------------------- algeria-hussein-dey-train-derailment-2014
S = "algeria-hussein-dey-train-derailment-2014"
HDEY = "2014-11-05"                        # the Algiers (Agha) - Thenia electric train no. 33 derailed near Hussein Dey station at about 08:10 on Wed 5 Nov 2014
art(S, "https://www.vitaminedz.com/ar/%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1-%D8%A7%D9%84%D8%B9%D8%A7%D8%B5%D9%85%D8%A9/%D8%A7%D9%86%D8%AD%D8%B1%D8%A7%D9%81-%D9%82%D8%B7%D8%A7%D8%B1-%D9%84%D9%84%D9%85%D8%B3%D8%A7%D9%81%D8%B1%D9%8A%D9%86-%D9%81%D9%8A-%D9%85%D8%AD%D8%B7%D8%A9-%D8%AD%D8%B3%D9%8A%D9%86-2879855-Articles-16-18300-1.html",
    "2014-11-05", "no date on the stored page (an El Bilad report reposted by vitaminedz); the body's 'صبيحة اليوم' for the derailment of the morning of Wed 5 Nov 2014 (Le Quotidien d'Oran of 6 Nov 2014: 'survenu hier à 8 h 20'; 5 Nov 2014 was a Wednesday) and the provisional toll 'حتى اللحظة' give Wed 5 Nov 2014; the comment form and the source lines dropped; headline completed from the URL slug", False, """
انحراف قطار للمسافرين في محطة حسين داي
خرج قطار عن سكته صبيحة اليوم واصطدم بقطار آخر عند محطة حسين داي في العاصمة، ووفق شهود عيان فإن القطار القادم من الثنية حاد عن مساره ليرتطم بقطار يسير في الاتجاه المعاكس، ما أشاع حالة من الذعر الشديد بين الركاب.
وسجلت مصالح الحماية المدنية في حصيلة أولية ضحية واحدة وعشرات الجرحى بلغ عددهم حتى اللحظة 57 جريحا، في انتظار الحصيلة النهائية.
وهرعت إلى موقع الحادث عشرات سيارات الإسعاف وشاحنات الحماية المدنية.
وتنقل الوزير الأول عبد المالك سلال إلى المكان للوقوف على الحادث.
""", [
    ev("derailment", "خرج قطار عن سكته صبيحة اليوم", HDEY, "'صبيحة اليوم' = the morning of Wed 5 Nov 2014 (about 08:10)"),
    ev("first-toll", "في حصيلة أولية ضحية واحدة وعشرات الجرحى", HDEY, "'حتى اللحظة' on Wed 5 Nov 2014"),
    ev("ambulances-rushed", "وهرعت إلى موقع الحادث عشرات سيارات الإسعاف", HDEY, "no own expression; on the morning of the derailment, Wed 5 Nov 2014"),
    ev("sellal-visit", "وتنقل الوزير الأول عبد المالك سلال إلى المكان", HDEY, "no own expression; the PM went to the site right after the derailment, Wed 5 Nov 2014"),
])
art(S, "https://www.masress.com/elbalad/1231109",
    "2014-11-05", "no date on the stored page (a Sada El Balad wire report carried by masress); the body's 'صباح اليوم' for the derailment of the morning of Wed 5 Nov 2014 (Le Quotidien d'Oran of 6 Nov 2014: 'survenu hier à 8 h 20') gives Wed 5 Nov 2014; headline written from the body (the stored text has none)", False, """
الجزائر: وفاة سيدة وإصابة 70 في انحراف قطار بحسين داي
أفادت حصيلة نهائية لأجهزة الحماية المدنية بأن انحراف القطار الرابط بين الجزائر العاصمة والثنية بولاية بومرداس عن مساره لمسافة 150 مترا صباح اليوم أسفر عن وفاة سيدة وإصابة 70 شخصا آخرين، خمسة منهم في حالة خطيرة.
وتوجه رئيس الوزراء الجزائري عبد المالك سلال إلى موقع الحادث، يرافقه وزير الصحة والسكان وإصلاح المستشفيات عبد المالك بوضياف، للوقوف على أسبابه والاطمئنان على الحالة الصحية للمصابين.
وكان من المفترض تحويل مسار القطار الكهربائي الرابط بين الجزائر العاصمة والثنية عند محطة حسين داي لإفساح الطريق أمام القطار السريع الرابط بين الجزائر العاصمة ووهران، غير أن ثلاث عربات من القطار انحرفت لأسباب مجهولة ستكشفها لجنة التحقيق التي شُكلت للبحث في ملابسات الحادث.
وذكر بيان للشركة الوطنية للسكك الحديدية أن حركة النقل بالسكك الحديدية بين الجزائر ووهران وقسنطينة وعنابة أُوقفت.
""", [
    ev("derailment", "انحراف القطار الرابط بين الجزائر العاصمة والثنية بولاية بومرداس عن مساره", HDEY, "'صباح اليوم' = the morning of Wed 5 Nov 2014"),
    ev("final-toll", "أفادت حصيلة نهائية لأجهزة الحماية المدنية", HDEY, "no own expression; the civil protection's final count of the day of the derailment, Wed 5 Nov 2014"),
    ev("sellal-visit", "وتوجه رئيس الوزراء الجزائري عبد المالك سلال إلى موقع الحادث", HDEY, "no own expression; the PM's visit right after the derailment, Wed 5 Nov 2014"),
    ev("inquiry-commission", "لجنة التحقيق التي شُكلت للبحث في ملابسات الحادث", HDEY, "no own expression; the commission ordered by Sellal on the site on Wed 5 Nov 2014 (el-Massa of Thu 6 Nov)"),
    ev("rail-traffic-suspended", "أن حركة النقل بالسكك الحديدية بين الجزائر ووهران وقسنطينة وعنابة أُوقفت", HDEY, "no own expression; the SNTF's suspension of traffic on the day of the derailment, Wed 5 Nov 2014"),
])
art(S, "https://djazairess.com/elmassa/105430",
    "2014-11-06", "no date on the stored page (an el-Massa report carried by djazairess); the body's 'صباح أمس' for the derailment of Wed 5 Nov 2014 (Le Quotidien d'Oran of 6 Nov 2014: 'survenu hier à 8 h 20') gives Thu 6 Nov 2014 (6 Nov 2014 was a Thursday); headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
وفاة امرأة وإصابة 70 شخصا في انحراف قطار بحسين داي
تسبب خروج قطار عن سكته صباح أمس في محطة حسين داي في وفاة امرأة وإصابة 70 شخصا، بحسب بيان الحماية المدنية، نُقلوا بسرعة إلى عدة مستشفيات في العاصمة، منها نفيسة حمود ومصطفى باشا والقبة، وفق ما أكده المكلف بالإعلام في الحماية المدنية السيد بختي سفيان.
وأمر الوزير الأول عبد المالك سلال، الذي انتقل إلى المكان فور وقوع الحادث، بتنصيب لجنة تحقيق لكشف الأسباب الحقيقية لهذا الحادث الأليم.
وشدد السيد سلال، بعد اطلاعه عن قرب على حالة المصابين، على الأهمية القصوى لمعرفة أسباب الحادث من خلال الإسراع بتعيين هذه اللجنة التي ستطلع على العلبة السوداء، كما أمر أثناء زيارته المصابين في مستشفى مصطفى باشا بالعاصمة ومستشفى نفيسة حمود (بارني سابقا) بحسين داي بفتح قاعات خاصة لعائلات الجرحى والتكفل التام بهم.
وألح كذلك على ضرورة التعجيل بتطهير السكة الحديدية من بقايا القطار المحطم لضمان عودة حركة القطارات إلى طبيعتها وعدم تعطيل مصالح المسافرين، في حين طمأن المدير العام لمؤسسة السكك الحديدية السيد ياسين جاب الله المسافرين بأن القطارات ستستأنف نشاطها العادي خلال الفترة المسائية.
""", [
    ev("derailment", "تسبب خروج قطار عن سكته صباح أمس", HDEY, "'صباح أمس' in an article of Thu 6 Nov 2014 = Wed 5 Nov"),
    ev("sellal-visit", "الذي انتقل إلى المكان فور وقوع الحادث", HDEY, "no own expression; right after the derailment of Wed 5 Nov 2014"),
    ev("inquiry-commission", "بتنصيب لجنة تحقيق لكشف الأسباب الحقيقية", HDEY, "no own expression; ordered by Sellal on the site on Wed 5 Nov 2014"),
    ev("sellal-hospital-visit", "أثناء زيارته المصابين في مستشفى مصطفى باشا", HDEY, "no own expression; the PM's hospital visit of the day of the derailment, Wed 5 Nov 2014"),
    ev("traffic-resumption", "بأن القطارات ستستأنف نشاطها العادي خلال الفترة المسائية", HDEY, "'خلال الفترة المسائية' of the day of the derailment, Wed 5 Nov 2014 (the SNTF director's promise; the resumption itself is not confirmed)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 473
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

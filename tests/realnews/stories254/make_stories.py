"""Builds stories.jsonl: the 254-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories250/make_stories.py). Domain: landslides, rockfalls, sinkholes and roads or villages cut off
by them (a minibus buried by a landslide on the N7 road near Asni in Morocco's Al Haouz, the Duweiqa rockslide on
the Ezbet Bekhit slums of Cairo, the rockslide that crushed the village of al-Dhafir in Bani Matar west of Sanaa,
the rockfall on the houses of al-Lasba in Taiz, the landslide that buried the village of Tarsin in Jebel Marra,
Darfur). None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-haouz-asni-landslide-van-2019
S = "morocco-haouz-asni-landslide-van-2019"
VAN_FOUND = ("2019-07-25", "2019-07-26")       # found on the evening/night of Thu 25 Jul 2019, ~28 h after the slide
BODIES = ("2019-07-25", "2019-07-27")          # bodies taken out of the van in the night of Thu 25 - Fri 26 Jul
art(S, "https://marocnews.net/?p=17971",
    "2019-07-25", "no date in the address or on the stored page; the body's 'يوم أمس الأربعاء' for the landslide of the evening of Wed 24 Jul 2019 (known event, the N7 road near Asni) gives Thu 25 Jul 2019; the toll is still the first, unconfirmed one ('لم تتأكد ... حصيلة'), the search still going on; comment-form furniture dropped; no date of its own in the text", False, """
فاجعة.. عاصفة رعدية تتسبب في مقتل 18 شخصا بمنطقة الحوز
أودى انهيار منحدر جبلي بمرتفعات الأطلس، بين إقليمي تارودانت والحوز، بحياة 18 شخصا، وذلك يوم أمس الأربعاء.
وأفادت مصادر محلية رسمية بأن الانهيار الجبلي أدى إلى طمر سيارات وسط الأوحال، في مقطع طرقي قريب من مجرى الوادي، إضافة إلى تساقط الأحجار والأتربة من قمة الجبل المحاذي للطريق.
ولم تتأكد بعدُ الحصيلة الرسمية لضحايا هذا الحادث، الذي نجم عن التساقطات المطرية التي عرفتها المنطقة، في حين لا تزال السلطات المحلية والإقليمية والوقاية المدنية والدرك الملكي تواصل إلى حدود اللحظة البحث عن الضحايا.
""", [
    ev("landslide", "وذلك يوم أمس الأربعاء", "2019-07-24", "'يوم أمس الأربعاء' before Thu 25 Jul 2019 = Wed 24 Jul 2019 (the slide came at about 7 pm)"),
    ev("storm", "التساقطات المطرية التي عرفتها المنطقة", "2019-07-24", "no own expression; the thunderstorm of Wed 24 Jul 2019 that set off the slide"),
    ev("search", "تواصل إلى حدود اللحظة البحث عن الضحايا", "2019-07-25", "'إلى حدود اللحظة' = the publication day, Thu 25 Jul 2019"),
])
art(S, "https://maghress.com/hespress/439598",
    "2019-07-26", "Hespress item mirrored by maghress (the address has no date); the body's 'اليوم الجمعة' with 'أول أمس الأربعاء' for the slide and 'مساء أمس الخميس' for the finding of the van (Wed 24 / Thu 25 Jul 2019) gives Fri 26 Jul 2019; the stored text has no headline, one was written from its first sentence; the truncated last sentence (the 12 machines) dropped; no date of its own in the text", False, """
الحوز: انتشال جثث 15 راكبا من سيارة نقل مزدوج طمرتها الأوحال
أعلنت السلطات المحلية بإقليم الحوز، اليوم الجمعة، انتشال جثث 15 شخصا من سيارة النقل المزدوج التي غمرتها الأوحال والأتربة في المنطقة منذ أول أمس الأربعاء.
وأوضحت السلطات أن الضحايا هم 11 امرأة و3 رجال وطفل واحد، كانوا على متن المركبة التي تعرضت للحادث المأساوي على مستوى دوار "توك الخير" التابع لدائرة آسني.
يشار إلى أن فرق الإنقاذ كانت قد عثرت، مساء أمس الخميس، على السيارة المطمورة تحت كميات هائلة من الأتربة والأوحال عند النقطة الكيلومترية 230 من الطريق الوطنية رقم 7.
وأسفرت التدخلات حينها عن انتشال امرأة وطفلها فقط من خارج السيارة، بعدما استغرق الوصول إليها حوالي 28 ساعة من لحظة وقوع الحادث، بينما تعذر الوصول إلى باقي الركاب، إلى غاية اليوم الجمعة، لأن السيارة غاصت تحت الأحجار.
وقال المندوب الإقليمي لوزارة التجهيز بإقليم الحوز، في تصريح لهسبريس، إن فرق الإنقاذ تحركت عبر أربعة محاور للوصول إلى السيارة المطمورة وركابها العالقين، معتبرا أن انهيار التربة والصخور سببه "شعبة جديدة لم تكن في الحسبان" أغرقت المنطقة بالسيول والأوحال.
""", [
    ev("bodies-recovered", "اليوم الجمعة، انتشال جثث 15 شخصا", BODIES[0], "announced 'اليوم الجمعة' (Fri 26 Jul 2019); the bodies were taken out in the night after the van was found on Thu 25: my span 25-26 Jul", end=BODIES[1]),
    ev("landslide", "غمرتها الأوحال والأتربة في المنطقة منذ أول أمس الأربعاء", "2019-07-24", "'أول أمس الأربعاء' before Fri 26 Jul 2019 = Wed 24 Jul 2019"),
    ev("van-found", "عثرت، مساء أمس الخميس، على السيارة", VAN_FOUND[0], "'مساء أمس الخميس' before Fri 26 = the evening of Thu 25 Jul 2019", end=VAN_FOUND[1]),
    ev("mother-child-recovered", "انتشال امرأة وطفلها فقط من خارج السيارة", "2019-07-25", "no own date; 'حينها', at the finding of the van, about 28 hours after the slide of the evening of Wed 24 = Thu 25 Jul 2019"),
])
art(S, "https://www.alchourouk.com/node/68393",
    "2019-07-26", "page stamp 'تاريخ النشر : 17:36 - 2019/07/26' under the headline (kept as first line); 26 Jul 2019 was a Friday and the body's 'اليوم الجمعة' agrees; the repeated headline, comments box and the 'في نفس السياق' list dropped", True, """
تاريخ النشر : 17:36 - 2019/07/26
المغرب.. مقتل 15 شخصا بانهيار أرضي في جبال أطلس
لقي 15 شخصا، من بينهم طفل، حتفهم إثر انهيار أرضي طمر حافلة صغيرة في جبال الأطلس جنوب مدينة مراكش المغربية، وفق ما أعلنته السلطات المحلية المغربية اليوم الجمعة.
وبيّنت السلطات، في بيان، أنه تم انتشال جثث 11 امرأة و3 رجال وطفل من الحافلة الصغيرة (فان) التي دفنها انهيار أرضي تسببت فيه الأمطار الغزيرة بمنطقة أسني.
ونقلت وكالة "رويترز" عن شهود عيان أن الحافلة كانت تنقل ركابا من الدار البيضاء نحو قرية تالوين، الواقعة على بعد 670 كيلومترا جنوب العاصمة المغربية الرباط.
وذكرت السلطات أن الانهيار الأرضي خلّف كومة من التراب والطين يبلغ ارتفاعها 20 مترا، سدّت الطريق الجبلي.
""", [
    ev("authorities-statement", "وفق ما أعلنته السلطات المحلية المغربية اليوم الجمعة", "2019-07-26", "'اليوم الجمعة' = Fri 26 Jul 2019 (the stamp)"),
    ev("bodies-recovered", "أنه تم انتشال جثث 11 امرأة و3 رجال وطفل", BODIES[0], "no own date; taken out in the night after the van was found on Thu 25 (other reports): my span 25-26 Jul 2019", end=BODIES[1]),
    ev("landslide", "إثر انهيار أرضي طمر حافلة صغيرة", "2019-07-24", "no own date; the slide of the evening of Wed 24 Jul 2019 (the other reports: 'يوم أمس الأربعاء', 'أول أمس الأربعاء')"),
    ev("road-blocked", "سدّت الطريق الجبلي", "2019-07-24", "no own date; the mountain road blocked from the slide of Wed 24 Jul 2019 and still so during the search: my span 24-26 Jul", end="2019-07-27"),
])
art(S, "https://infostanger.com/2019/07/27/%D9%81%D8%A7%D8%AC%D8%B9%D8%A9-%D8%A7%D9%84%D8%AD%D9%88%D8%B2-%D8%B4%D8%A7%D9%87%D8%AF-%D9%83%D9%8A%D9%81-%D8%AA%D8%AD%D9%88%D9%84%D8%AA-%D8%A7%D9%84%D8%B3%D9%8A%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84/",
    "2019-07-27", "date in the URL '/2019/07/27/' (Sat 27 Jul 2019); headline rendered from the URL slug, which breaks off after 'السيارة ال' (completed as 'المنكوبة', the body's word); no date of its own in the text", False, """
فاجعة الحوز.. شاهد كيف تحولت السيارة المنكوبة
تحولت السيارة المنكوبة بإقليم الحوز إلى كتلة خردة مرعبة، بعدما جرفها الانهيار الصخري وطمرها تحت أطنان من الصخور والأتربة أسفل المنحدر الجبلي.
ويتداول رواد مواقع التواصل الاجتماعي بأسى بالغ صور السيارة المنكوبة، مترحمين على أرواح ضحايا فاجعة إقليم الحوز.
وبعد أزيد من 16 ساعة من البحث، وبالاستعانة بخمس جرافات، نجحت فرق الإنقاذ، ليلة الخميس، في العثور على السيارة تحت الأوحال عند النقطة الكيلومترية 230 من الطريق الوطنية رقم 7، وجرى انتشال جثث الضحايا.
ويتوزع ضحايا الحادث بين 11 امرأة و4 رجال وطفل واحد، انتُشلت جثثهم ونُقلت إلى مستودع الأموات بمدينة مراكش.
""", [
    ev("van-found", "ليلة الخميس، في العثور على السيارة", VAN_FOUND[0], "'ليلة الخميس' = the night of Thu 25 Jul 2019 (Hespress: 'مساء أمس الخميس')", end=VAN_FOUND[1]),
    ev("bodies-recovered", "وجرى انتشال جثث الضحايا", BODIES[0], "no own date; after the van was found in the night of Thu 25: my span 25-26 Jul 2019", end=BODIES[1]),
    ev("landslide", "بعدما جرفها الانهيار الصخري وطمرها", "2019-07-24", "no own date; the slide of the evening of Wed 24 Jul 2019 (other reports)"),
    ev("online-mourning", "ويتداول رواد مواقع التواصل الاجتماعي", "2019-07-25", "no own expression; the pictures circulate after the van was found, up to the publication day: my span 25-27 Jul 2019", end="2019-07-28"),
])

# ---------------------------------------------------------------- egypt-duweiqa-rockslide-2008
S = "egypt-duweiqa-rockslide-2008"
EVAC = ("2008-09-06", "2008-09-09")   # houses emptied / residents told to leave, Sat 6 - Mon 8 Sep 2008
art(S, "https://www.yemeress.com/algomhoriah/2068962",
    "2008-09-07", "Al-Gumhuriah (Taiz) item mirrored by yemeress (no date in the address or on the stored page); the body's 'أمس السبت' for the rockslide of Sat 6 Sep 2008 (known event) and the first-day tolls (16, then 30 bodies) give Sun 7 Sep 2008; the stored text has no headline, one was written from the first sentence; the truncated last sentence dropped; no date of its own in the text", False, """
31 قتيلا وعشرات الجرحى في انهيار صخري ضخم بالقاهرة
أفادت مصادر أمنية وطبية بأن 31 شخصا لقوا حتفهم وأصيب عشرات آخرون أمس السبت في انهيار صخري ضخم، أسقط كتلا من الصخور على عشرات المنازل في منطقة عشوائية بالقاهرة.
وذكرت وكالة أنباء الشرق الأوسط أن القوات المسلحة دفعت بعدد من وحدات الإنقاذ إلى المنطقة للمساعدة في انتشال القتلى والمصابين من تحت الأنقاض، وأن السلطات أخلت عددا من المنازل من سكانها في المنطقة خشية سقوط كتل صخرية أخرى عليها.
وأوضحت المصادر أن الصخور المتساقطة في عزبة بخيت بمنطقة الدويقة، التابعة لحي منشأة ناصر شرقي القاهرة، دمرت كثيرا من المباني المتلاصقة التي تفصل بينها أزقة ضيقة بالقرب من طريق سريع.
وكانت السلطات قد أرسلت في وقت سابق العشرات من عناصر الشرطة وفرق الإنقاذ، إلى جانب سيارات الإطفاء والكلاب البوليسية، غير أن السكان الغاضبين شكوا مما وصفوه باستجابة حكومية قاصرة في مواجهة الكارثة.
وأعلنت وزارة الصحة والسكان أن عدد المصابين وصل إلى 35 مصابا، وأن عدد الجثث المنتشلة بلغ 16 جثة، قبل أن تعود وكالة أنباء الشرق الأوسط التي بثت بيانات الوزارة وترفع عدد الجثث إلى 30 جثة.
""", [
    ev("rockslide", "أمس السبت في انهيار صخري ضخم", "2008-09-06", "'أمس السبت' before Sun 7 Sep 2008 = Sat 6 Sep 2008 (about 9 am, outside knowledge)"),
    ev("army-rescue-units", "القوات المسلحة دفعت بعدد من وحدات الإنقاذ", "2008-09-06", "no own expression; the army's rescue units sent on the day of the slide, Sat 6 Sep 2008"),
    ev("evacuation", "السلطات أخلت عددا من المنازل من سكانها", EVAC[0], "no own expression; houses emptied for fear of new falls after the slide: my span Sat 6 - Mon 8 Sep 2008", end=EVAC[1]),
    ev("residents-anger", "غير أن السكان الغاضبين شكوا", "2008-09-06", "no own expression; the complaints of the first day, Sat 6 Sep 2008"),
    ev("first-ministry-toll", "وأعلنت وزارة الصحة والسكان أن عدد المصابين وصل إلى 35 مصابا", "2008-09-06", "no own expression; the ministry's first-day figures (16, then 30 bodies), Sat 6 Sep 2008"),
])
art(S, "https://iamlegende.forumactif.org/t806-topic",
    "2008-09-08", "forum copy of an agencies/Al Arabiya report ('القاهرة - وكالات'); the body states 'بحسب تقرير بثته العربية الاثنين 8-9-2008' (8 Sep 2008 was a Monday) and gives the Monday toll (41, then 43 dead); the forum's own post date is not in the stored text; headline written from the stored first line '43 قتيلا و57 جريحا'; the truncated last sentence cut to its complete clause", True, """
ارتفاع حصيلة الانهيار الصخري في الدويقة إلى 43 قتيلا و57 جريحا
ارتفعت الحصيلة غير النهائية للانهيار الصخري الذي ضرب منطقة الدويقة شرق القاهرة إلى 43 قتيلا وأكثر من 57 جريحا، بينما تواصل فرق الإنقاذ المصرية محاولاتها للوصول إلى أحياء لا يزالون عالقين تحت الصخور العملاقة، وسط تحذيرات من احتمال وقوع انهيارات جديدة.
وفي الأثناء، حذر خبراء في الجيولوجيا من وجود 4 مناطق أخرى مهددة بانهيار مماثل، وفق تقرير بثته العربية الاثنين 8-9-2008.
وبينما دعت السلطات المصرية الأهالي إلى مغادرة المنطقة، توقع الخبراء الجيولوجيون انهيار مزيد من الصخور.
وأشارت التقارير الواردة من القاهرة إلى أن عدد قتلى الانهيار الصخري ارتفع إلى 41 قتيلا وأكثر من 55 جريحا.
وأضافت التقارير أن عمليات الإنقاذ التي تقودها وحدات من سلاح المهندسين في الجيش المصري تتواصل لرفع الأنقاض وانتشال الضحايا أو من بقي منهم على قيد الحياة.
وتمكنت وحدات الإنقاذ من فتح طريق وسط المنطقة العشوائية المكتظة لتمرير آلياتها ومعداتها الثقيلة حتى موقع الانهيار، وقطعت لذلك خطا للسكة الحديد وهدمت عددا من المنازل.
وكانت تقارير سابقة قد أفادت بأن سكانا من منطقة منشية ناصر اشتبكوا مع رجال الشرطة في موقع الحادث ورشقوهم بالحجارة غضبا.
""", [
    ev("rockslide", "للانهيار الصخري الذي ضرب منطقة الدويقة", "2008-09-06", "no own date; the slide of Sat 6 Sep 2008 (the other reports)"),
    ev("toll-43", "ارتفعت الحصيلة غير النهائية", "2008-09-08", "no own expression; the toll of the report day, Mon 8 Sep 2008"),
    ev("geologists-warning", "وفق تقرير بثته العربية الاثنين 8-9-2008", "2008-09-08", "'الاثنين 8-9-2008' = Mon 8 Sep 2008"),
    ev("evacuation", "دعت السلطات المصرية الأهالي إلى مغادرة المنطقة", EVAC[0], "no own expression; residents told to leave after the slide: my span Sat 6 - Mon 8 Sep 2008", end=EVAC[1]),
    ev("clashes-with-police", "اشتبكوا مع رجال الشرطة في موقع الحادث", "2008-09-06", "'تقارير سابقة' before Mon 8 Sep: my span Sat 6 - Sun 7 Sep 2008", end="2008-09-08"),
])
art(S, "https://sauress.com/alriyadh/373516",
    "2008-09-11", "Al Riyadh item mirrored by sauress (no date in the address or on the stored page); the body's 'صباح أمس \"الأربعاء\"' for the ministry's statement and 'يوم \"السبت\" الماضي' for the slide of Sat 6 Sep 2008 give Thu 11 Sep 2008; the stored text has no headline, one was written from the first sentence; the truncated last sentence (a Muslim Brotherhood MP) dropped; no date of its own in the text", False, """
ارتفاع ضحايا انهيار الدويقة إلى 119 بين قتيل ومصاب
أعلنت وزارة الصحة المصرية صباح أمس "الأربعاء" ارتفاع العدد الإجمالي للمصابين والمتوفين في حادث انهيار كتل صخرية من جبل المقطم على مساكن المواطنين بمنطقة "الدويقة" يوم "السبت" الماضي إلى 119 شخصا، بينهم 61 قتيلا و58 مصابا، وسط توقعات بأن تستمر أعداد الضحايا في الزيادة مع مواصلة رجال الدفاع المدني جهودهم لانتشال المزيد من الضحايا من تحت الأنقاض، والذين قُدر عددهم بنحو 500 شخص.
وفي سياق متصل، أكد المركز المصري لحقوق السكن أنه رفع عددا من الشكاوى لإنقاذ أهالي الدويقة قبل وقوع الكارثة بأشهر، دون أن يتخذ المسؤولون أي إجراء بشأنها، وهو ما وصفه المركز بالإهمال الواضح من جانب المسؤولين والاستهتار بأرواح المواطنين.
وأشار المركز إلى أنه سبق أن تقدم ببلاغ باسم 18 أسرة من أهالي منطقة الدويقة إلى النائب العام المصري المستشار عبدالمجيد محمود ضد محافظ القاهرة الدكتور عبدالعظيم وزير بتاريخ 4أغسطس الماضي، اشتكى فيه السكان من تشققات وتصدعات في جدران منازلهم ومن هبوط في أرضياتها بسبب أعمال حفر في الجبل، غير أن المسؤولين في الحي لم يجروا، رغم هذه الشكاوى، أي معاينة ولم يصدروا قرارات بالترميم أو بالإزالة.
""", [
    ev("ministry-toll-119", "أعلنت وزارة الصحة المصرية صباح أمس \"الأربعاء\"", "2008-09-10", "'صباح أمس \"الأربعاء\"' before Thu 11 Sep 2008 = Wed 10 Sep 2008"),
    ev("rockslide", "يوم \"السبت\" الماضي", "2008-09-06", "'يوم \"السبت\" الماضي' before Thu 11 Sep 2008 = Sat 6 Sep 2008"),
    ev("earlier-complaints", "رفع عددا من الشكاوى لإنقاذ أهالي الدويقة قبل وقوع الكارثة بأشهر", "2008-03-01", "'قبل وقوع الكارثة بأشهر': a loose span, March - 5 Sep 2008 (my span)", end="2008-09-06"),
    ev("complaint-to-prosecutor", "بتاريخ 4أغسطس الماضي", "2008-08-04", "'بتاريخ 4أغسطس الماضي' before September 2008 = Mon 4 Aug 2008"),
])

# ---------------------------------------------------------------- yemen-dhafir-bani-matar-rockslide-2005
S = "yemen-dhafir-bani-matar-rockslide-2005"
RESCUE = ("2005-12-28", "2006-01-03")   # search and recovery under the rocks, from the night of the slide on
art(S, "https://al-majalis.org/forums/viewtopic.php?p=18761",
    "2005-12-29", "forum copy of a Ray News report (رأي نيوز, by Ghamdan al-Yousefi) with the line 'كتب بتاريخ 2005 ديسمبر 29' (kept as first line); the body's 'صباح اليوم' (30 bodies by 10 am) and 'منذ مساء أمس' for the night of the slide (Wed 28 Dec 2005) agree; the stored text has no headline, one was written; the byline and the truncated last clause dropped", True, """
كتب بتاريخ 2005 ديسمبر 29
كارثة الظفير: الجبل يسحق عشرات المنازل في بني مطر
أمسى سكان قرية الظفير في مديرية بني مطر على أصوات سيارات الإسعاف، وأصبحوا على صوت تلاوة عبد الباسط عبد الصمد تصدح من مآذن المساجد.
فقد حلّت بالقرية كارثة لم تكن تتصور حجم خسائرها، إذ سحق الجبل الصخري المطل عليها ما يزيد على 64 منزلا، بينها 19 منزلا مأهولا يسكنها قرابة 150 شخصا يُعد نحو مائة وخمسة منهم في عداد المفقودين، أما البقية فمنازل مهجورة، ولم يبق أثر لمعظمها بعد أن طحنتها الصخور الهائلة.
وحتى العاشرة من صباح اليوم، انتشل المواطنون بمساعدة قوات الأمن 30 جثة، بحسب ما قاله لـ"رأي نيوز" الشيخ صالح حمود شيخ المنطقة، وكان آخرها جثة طفل لا يتجاوز عمره السنوات الثلاث، ما دفع جيرانه إلى البحث بجدية عن والديه اللذين يُرجح العثور عليهما قرب الطفل.
وما ضاعف حجم الكارثة أنها وقعت في المساء، بعد أن أنهى الناس صلاة العشاء وأووا إلى منازلهم طلبا للدفء من برد تلك القرى القارس.
وقد وصلت "رأي نيوز" إلى موقع الحادث منذ مساء أمس، لتجد رجلا فقد عقله بعد أن فقد أسرته، زوجته وعددا من أبنائه، تحت تلك الصخور.
وكانت النساء أول من هرع نحو كومة الركام، ثم توافد المئات من سكان القرى المجاورة الذين يواصلون الآن عملية البحث.
""", [
    ev("rockslide", "أنها وقعت في المساء", "2005-12-28", "'في المساء' after the evening prayer, the evening before the date line (Thu 29 Dec) = Wed 28 Dec 2005"),
    ev("thirty-bodies", "وحتى العاشرة من صباح اليوم، انتشل المواطنون", "2005-12-29", "'صباح اليوم' = Thu 29 Dec 2005 (the date line)"),
    ev("reporters-arrive", "إلى موقع الحادث منذ مساء أمس", "2005-12-28", "'منذ مساء أمس' before Thu 29 Dec = the evening of Wed 28 Dec 2005"),
    ev("rescue-operation", "يواصلون الآن عملية البحث", RESCUE[0], "'الآن' (Thu 29 Dec); the search under the rocks ran from the night of the slide for days: my span 28 Dec 2005 - 2 Jan 2006", end=RESCUE[1]),
])
art(S, "http://archive.thawra.sy/_archive.asp?FileName=13015318720060102132034",
    "2006-01-02", "Al-Thawra (Damascus) archive item whose file name ends in the stamp '20060102132034' (2 Jan 2006, 13:20:34; a Monday); the toll of 56 agrees with the first days of January; the stored text begins in the middle of its first sentence ('دمشق وباسمه عن التعازي'), which was completed as 'أعرب ... باسمه عن تعازيه'; the headline is the stored first line; the truncated last sentence dropped; the source's two spellings of the governor's name (التخيتي / البخيتي) kept; no date of its own in the text", False, """
الرئيس الأسد يعزي الرئيس صالح بضحايا الانهيار الصخري
أعرب الرئيس بشار الأسد، باسمه، عن تعازيه القلبية للرئيس اليمني ولأسر ضحايا الانهيار الصخري في بلدة الظفير، سائلا الله أن يتغمد ضحايا هذا الحادث المأساوي برحمته ورضوانه، وأن يلهم ذويهم الصبر والسلوان، وأن يمنّ على الجرحى بالشفاء العاجل.
وتجدر الإشارة إلى أن عدد ضحايا الانهيار الصخري في اليمن وصل إلى 56 قتيلا بحسب إحصاءات فرق الإنقاذ، كما دمّر الانهيار أكثر من 27 منزلا في قرية الظفير الواقعة بمنطقة بني مطر شمالي العاصمة صنعاء.
وكان محافظ صنعاء عبد الواحد التخيتي قد ذكر في وقت سابق أن التقديرات الأولية تشير إلى أن العدد الإجمالي لضحايا الانهيار قد يبلغ 96 قتيلا.
وأضاف البخيتي أن جهود الإنقاذ وإزالة أكوام الصخور، التي يضاهي حجم الواحدة منها حجم المنازل التي سقطت عليها، قد تستمر عدة أيام بسبب وعورة جغرافيا المنطقة الجبلية.
ونفى المحافظ وقوع هزة زلزالية تسببت في الانهيار، في حين عزا رئيس هيئة المساحة الجيولوجية في اليمن الدكتور إسماعيل الجند الانهيار إلى عوامل تعرية جغرافية امتدت مئات السنين، فضلا عن وجود تجاويف وكهوف قديمة أسفل الصخر المنهار.
""", [
    ev("assad-condolences", "أعرب الرئيس بشار الأسد، باسمه", "2005-12-29", "no own expression; a cable sent after the slide and reported on Mon 2 Jan 2006: my span 29 Dec 2005 - 2 Jan 2006", end="2006-01-03"),
    ev("rockslide", "دمّر الانهيار أكثر من 27 منزلا", "2005-12-28", "no own date; the slide of the evening of Wed 28 Dec 2005 (the Ray News report)"),
    ev("toll-56", "وصل إلى 56 قتيلا", "2005-12-29", "no own expression; the rescuers' count at some point before the publication: my span 29 Dec 2005 - 2 Jan 2006", end="2006-01-03"),
    ev("governor-estimate", "قد ذكر في وقت سابق", "2005-12-29", "'في وقت سابق' before Mon 2 Jan 2006, after the slide: my span 29 Dec 2005 - 1 Jan 2006", end="2006-01-02"),
    ev("rescue-operation", "أن جهود الإنقاذ وإزالة أكوام الصخور", RESCUE[0], "no own expression; the same search and recovery, from the night of the slide on: my span 28 Dec 2005 - 2 Jan 2006", end=RESCUE[1]),
])

# ---------------------------------------------------------------- yemen-taiz-lasba-rockslide-2016
S = "yemen-taiz-lasba-rockslide-2016"
BLOCKED = ("2016-05-22", "2016-05-25")   # rescue teams unable to reach al-Lasba, Sun 22 - Tue 24 May 2016
art(S, "https://aajsa.com/%D9%85%D9%82%D8%AA%D9%84-15-%D9%8A%D9%85%D9%86%D9%8A%D8%A7%D9%8B-%D8%A8%D8%A7%D9%86%D9%87%D9%8A%D8%A7%D8%B1-%D8%B5%D8%AE%D8%B1%D9%8A-%D9%81%D9%8A-%D8%AA%D8%B9%D8%B2",
    "2016-05-23", "copy of an Al-Araby Al-Jadeed report (the body quotes 'لـ\"العربي الجديد\"') with the page stamp '23 مايو 2016' under the headline (kept as first line, before the headline); 23 May 2016 was a Monday and the body's 'مساء أمس الأحد' for the slide agrees; caption '(تويتر)', '+ الخط -' and the truncated last sentence dropped; the source's 'الشماتين' (for الشمايتين) kept", True, """
23 مايو 2016
مقتل 15 يمنياً بانهيار صخري في تعز
لقي 15 شخصا مصرعهم، مساء أمس الأحد، جراء انهيار صخري تسببت فيه أمطار غزيرة بمنطقة اللصبة جنوبي محافظة تعز (وسط)، ولا تزال جثث بعضهم تحت الأنقاض حتى الآن بسبب صعوبة عمليات الإنقاذ.
وأفاد أحد وجهاء المنطقة، الشيخ غسان المعمري، بأن 14 امرأة وطفلا واحدا قضوا جراء انهيار كتل صخرية ضخمة على خمسة منازل يملكها المواطن سعيد علي العير، في منطقة غيل بني عُمر اللصبة بمديرية الشماتين، وقد أُخرجت 13 جثة فيما لا تزال البقية تحت الأنقاض.
وأضاف المعمري لـ"العربي الجديد" أن الأمطار الغزيرة التي هطلت بعد عصر أمس الأحد أدت إلى انهيار صخور كبيرة سقطت على خمسة منازل مأهولة، مشيرا إلى نجاة أربعة أشخاص كانوا في منازل مجاورة لأقارب لهم.
وأوضح المعمري: "تواجه فرق الإنقاذ صعوبة في بلوغ موقع الانهيار الصخري بسبب وعورة الطرقات، لأن المنازل تقع في منطقة جبلية شاهقة. وحتى الآن عجزت فرق الإنقاذ الحكومية والمنظمات الأهلية عن الوصول إلى المكان بسبب وعورة الطريق وبُعد الموقع عن الطريق العام"، لافتا إلى أن أهالي القرى المجاورة توجهوا إلى مكان الحادث لإخراج الضحايا.
""", [
    ev("rockslide", "مساء أمس الأحد، جراء انهيار صخري", "2016-05-22", "'مساء أمس الأحد' before Mon 23 May 2016 = the evening of Sun 22 May 2016"),
    ev("heavy-rain", "الأمطار الغزيرة التي هطلت بعد عصر أمس الأحد", "2016-05-22", "'بعد عصر أمس الأحد' = the afternoon of Sun 22 May 2016"),
    ev("thirteen-bodies", "وقد أُخرجت 13 جثة", "2016-05-22", "no own expression; taken out by the villagers between the slide and the publication: my span 22-23 May 2016", end="2016-05-24"),
    ev("rescuers-blocked", "عجزت فرق الإنقاذ الحكومية والمنظمات الأهلية عن الوصول", BLOCKED[0], "'حتى الآن' (Mon 23 May); the teams could not reach the village from the slide on: my span 22-24 May 2016", end=BLOCKED[1]),
])
art(S, "https://arabiaweather.com/ar/amp/content/%D8%A3%D9%83%D8%AB%D8%B1-%D9%85%D9%86-20-%D9%82%D8%AA%D9%8A%D9%84%D8%A7%D9%8B-%D9%81%D9%8A-%D8%A7%D9%86%D9%87%D9%8A%D8%A7%D8%B1%D8%A7%D8%AA-%D8%B5%D8%AE%D8%B1%D9%8A%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D9%8A%D9%85%D9%86-%D9%86%D8%AA%D9%8A%D8%AC%D8%A9-%D8%A7%D9%84%D8%A3%D9%85%D8%B7%D8%A7%D8%B1",
    "2016-05-24", "byline 'كتبها سنان خلف بتاريخ 2016/05/24' under the headline on the stored page (24 May 2016 was a Tuesday); the byline was dropped like the other bylines, so the text has no date of its own (the story needs one undated article and no other Lasba page with a certain day was found, see the README); the site's name in the first line, the related-links list and 'تصفح على الموقع الرسمي' dropped", False, """
أكثر من 20 قتيلاً في انهيارات صخرية في اليمن نتيجة الأمطار
ذكرت مصادر يمنية أن 20 شخصا على الأقل لقوا حتفهم إثر انهيار صخري في منطقة اللصبة بتعز جنوب غربي اليمن.
وجاء الحادث في أعقاب أمطار رعدية غزيرة هطلت على المنطقة خلال اليومين الماضيين، وتسببت في انزلاقات أرضية وانهيارات صخرية من المرتفعات الجبلية.
وأصيب العشرات من سكان المنطقة التابعة لمديرية الشمايتين، ونقلت المصادر عن مصدر محلي أن حصيلة الضحايا مرشحة للارتفاع لأن فرق الإنقاذ لم تتمكن من الوصول إلى المنطقة.
ويُذكر أن اليمن كثيرا ما يشهد في مثل هذا الوقت من كل عام أمطارا غزيرة تتسبب في سيول وفيضانات بمناطق واسعة.
""", [
    ev("rockslide", "إثر انهيار صخري في منطقة اللصبة", "2016-05-22", "no own date; the slide of the evening of Sun 22 May 2016 (Al-Araby: 'مساء أمس الأحد')"),
    ev("storms", "أمطار رعدية غزيرة هطلت على المنطقة خلال اليومين الماضيين", "2016-05-22", "'خلال اليومين الماضيين' before Tue 24 May 2016 = Sun 22 - Mon 23 May 2016", end="2016-05-24"),
    ev("injuries", "وأصيب العشرات من سكان المنطقة", "2016-05-22", "no own expression; hurt in the slide of Sun 22 May 2016"),
    ev("rescuers-blocked", "لأن فرق الإنقاذ لم تتمكن من الوصول إلى المنطقة", BLOCKED[0], "no own expression; the same inability to reach the village: my span 22-24 May 2016", end=BLOCKED[1]),
])

# ---------------------------------------------------------------- sudan-tarsin-jebel-marra-landslide-2025
S = "sudan-tarsin-jebel-marra-landslide-2025"
RECOVERY = ("2025-09-02", "2025-09-04")   # bodies taken out of the mud, Tue 2 - Wed 3 Sep 2025
art(S, "https://amwaj.news/83921",
    "2025-09-02", "dateline 'الثلاثاء 2 سبتمبر 2025 – أمواج نيوز' at the head of the stored text (kept as first line); 2 Sep 2025 was a Tuesday and the body's 'اليوم الثلاثاء الثاني من سبتمبر' agrees; the stored text has no headline, one was written from the first sentence; the truncated last sentence cut to its complete clause", True, """
الثلاثاء 2 سبتمبر 2025 – أمواج نيوز
عبد الواحد نور يطالب الأمم المتحدة بإجلاء سكان القرى المجاورة لترسين
في ظل تزايد المخاوف من تكرار الكارثة التي حلّت بقرية ترسين في جبل مرة، وجّه رئيس حركة جيش تحرير السودان عبد الواحد محمد نور نداءً عاجلًا إلى الأمم المتحدة والمنظمات الدولية، طالبها فيه بالمساعدة الفورية في إجلاء سكان القرى المجاورة، الذين يعيشون تحت وطأة الخوف من أن يلاقوا المصير نفسه الذي لقيه جيرانهم.
وكان الانزلاق الأرضي الذي ضرب قرية ترسين بمنطقة "أومو" في إقليم دارفور يوم الحادي والثلاثين من أغسطس 2025 قد أودى بحياة أكثر من ألف شخص، ولم ينجُ منه سوى شخص واحد، ما يجعله من أشد الكوارث الطبيعية فتكًا في المنطقة.
وفي بيان رسمي صدر اليوم الثلاثاء الثاني من سبتمبر، أكد نور أن ما شهدته ترسين لا يمكن وصفه إلا بالكارثة الإنسانية المروعة، موضحًا أن الأمطار الغزيرة التي سبقت الانهيار الأرضي دمّرت القرية بالكامل حتى اختفت من الخارطة بعدما طمرتها التربة المنهارة من سفح الجبل.
وأوضح أن الحركة، التي تسيطر ميدانيًا على المنطقة، تتابع بقلق بالغ تداعيات الكارثة وتعدّها مؤشرًا خطيرًا على هشاشة الوضع البيئي والإنساني في جبل مرة، داعيًا إلى تنسيق جهود محلية وإقليمية ودولية عاجلة.
""", [
    ev("landslide", "يوم الحادي والثلاثين من أغسطس 2025", "2025-08-31", "'يوم الحادي والثلاثين من أغسطس 2025' = Sun 31 Aug 2025"),
    ev("nour-statement", "وفي بيان رسمي صدر اليوم الثلاثاء الثاني من سبتمبر", "2025-09-02", "'اليوم الثلاثاء الثاني من سبتمبر' = Tue 2 Sep 2025"),
    ev("evacuation-appeal", "وجّه رئيس حركة جيش تحرير السودان عبد الواحد محمد نور نداءً عاجلًا", "2025-09-02", "no own expression in the sentence; the appeal of the statement of Tue 2 Sep 2025"),
    ev("heavy-rains", "الأمطار الغزيرة التي سبقت الانهيار الأرضي", "2025-08-24", "no own expression; the rains of the last week of August 2025 (the movement's statement: 'الأسبوع الأخير من شهر أغسطس'), my span 24-31 Aug", end="2025-09-01"),
])
art(S, "https://elsiyasa.com/article/391145/%D9%83%D8%A7%D8%B1%D8%AB%D8%A9+%D8%A5%D9%86%D8%B3%D8%A7%D9%86%D9%8A%D8%A9+%D9%81%D9%8A+%D8%AF%D8%A7%D8%B1%D9%81%D9%88%D8%B1%3A+%D9%85%D9%82%D8%AA%D9%84+%D9%86%D8%AD%D9%88+%D8%A3%D9%84%D9%81+%D8%B4%D8%AE%D8%B5+%D8%A8%D8%A7%D9%86%D8%B2%D9%84%D8%A7%D9%82+%D8%A3%D8%B1%D8%B6%D9%8A+",
    "2025-09-02", "page stamp '02/09/2025 07:42AM' at the head of the stored text (kept as first line; 2 Sep 2025 was a Tuesday); headline rendered from the URL slug; the stored text starts at its second paragraph ('وأوضحت الحركة'); 'شارك هذا الخبر' and the related headlines dropped", True, """
02/09/2025 07:42AM
كارثة إنسانية في دارفور: مقتل نحو ألف شخص بانزلاق أرضي
وبيّنت الحركة، التي تسيطر على المنطقة، أن القرية الجبلية شهدت انزلاقا أرضيا كبيرا بسبب هطول أمطار غزيرة، ما أدى إلى طمرها بالكامل تحت الأرض، ولم ينجُ من الكارثة سوى شخص واحد.
وقال المتحدث باسم الحركة عبد الرحمن الناير إن فرقا محلية تحاول انتشال الجثامين، لكنها تصطدم بصعوبات كبيرة بسبب ضخامة الصخور وغياب الآليات الثقيلة اللازمة، مؤكدا أن القرية "مُحيت من الوجود تماما".
وأضاف الناير أن المنطقة المنكوبة نائية ويصعب بلوغها، في حين يعيش سكان القرى المجاورة حالة من الذعر وسط مخاوف من انزلاقات جديدة.
وناشد بيان الحركة الأمم المتحدة والمنظمات الإقليمية والدولية التدخل العاجل لانتشال جثامين الضحايا، بينما طالب سكان محليون المجتمع الدولي بالتحرك لإنقاذ القرى الأخرى المهددة بالخطر.
ويُذكر أن قرية ترسين تُعد من أبرز مناطق جبل مرة في إنتاج الموالح، غير أن الانزلاق الأرضي دمّرها كليا وسوّاها بالأرض.
""", [
    ev("landslide", "أن القرية الجبلية شهدت انزلاقا أرضيا كبيرا", "2025-08-31", "no own date; the slide of Sun 31 Aug 2025 (the movement's statement, other reports)"),
    ev("movement-statement", "وناشد بيان الحركة الأمم المتحدة", "2025-09-01", "no own expression; the movement's first statement, issued after the slide and before the stamp of Tue 2 Sep 07:42: my span 1-2 Sep 2025", end="2025-09-03"),
    ev("local-recovery-attempts", "إن فرقا محلية تحاول انتشال الجثامين", "2025-09-01", "no own expression; the spokesman's words before the stamp of Tue 2 Sep: my span 1-2 Sep 2025", end="2025-09-03"),
])
art(S, "https://saharamedias.net/248663/",
    "2025-09-03", "page stamp 'date 2025-09-03' at the head of the stored page (not kept in the text; 3 Sep 2025 was a Wednesday) and the body's 'الأربعاء' for the movement's announcement agree; the stored text has no headline, one was written from the first sentence; no date of its own in the text", False, """
انتشال مئة جثة من وحول قرية ترسين في دارفور
أعلنت حركة/جيش تحرير السودان، التي تسيطر على المنطقة، الأربعاء أن فرق الإنقاذ انتشلت مئة جثة من الوحول بعد انزلاق أرضي محا قرية بأكملها في إقليم دارفور السوداني.
وبحسب ما أفادت به الحركة بقيادة عبد الواحد النور، فإن الأمطار الغزيرة تسببت في انزلاق أرضي سوّى قرية ترسين في منطقة جبل مرة بالأرض.
وقال الناطق باسم الحركة محمد عبد الرحمن الناير: "تم انتشال 100 جثة من الضحايا"، مضيفا في تصريحات لفرانس برس عبر الرسائل النصية: "تتواصل جهود عمليات إنقاذ ضحايا قرية ترسين المنكوبة، والبحث عن ناجين من تحت الأنقاض، رغم شح الإمكانيات وعظمة الفاجعة".
وأظهرت تسجيلات مصورة نشرتها المجموعة المسلحة الأربعاء متطوعين يحاولون بأيديهم انتشال جثة من بين الوحول والركام.
وأشارت تقديرات أولية للحركة إلى أن جميع سكان القرية، البالغ عددهم نحو ألف نسمة، لقوا حتفهم باستثناء شخص واحد.
وأفاد ستيفان دوجاريك، المتحدث باسم الأمين العام للأمم المتحدة، بأن الحجم الكامل للكارثة لا يزال غير واضح في ظل "صعوبة بالغة في الوصول إلى المنطقة المتضررة".
""", [
    ev("bodies-recovered", "الأربعاء أن فرق الإنقاذ انتشلت مئة جثة", RECOVERY[0], "announced 'الأربعاء' (Wed 3 Sep 2025); AP's sources put the recovery on Tue 2 Sep: my span 2-3 Sep 2025", end=RECOVERY[1]),
    ev("landslide", "تسببت في انزلاق أرضي سوّى قرية ترسين", "2025-08-31", "no own date; the slide of Sun 31 Aug 2025 (other reports)"),
    ev("videos-published", "نشرتها المجموعة المسلحة الأربعاء", "2025-09-03", "'الأربعاء' = Wed 3 Sep 2025 (the publication day)"),
    ev("un-spokesman", "وأفاد ستيفان دوجاريك", "2025-09-02", "no own expression; the UN spokesman's briefing before the publication: my span 2-3 Sep 2025", end="2025-09-04"),
])
art(S, "https://trt.global/arabi/article/b3d3740de565",
    "2025-09-03", "page stamp 'date 2025-09-03' at the head of the stored page (not kept in the text; 3 Sep 2025 was a Wednesday) and the body's 'اليوم الأربعاء' with 'أمس الثلاثاء' agree; the stored text has no headline and starts in mid-story, a headline was written; the subheading 'مساعدات عاجلة' dropped; no date of its own in the text", False, """
ترسين: استمرار انتشال الجثث ومسؤول في حركة تحرير السودان يصل إلى القرية
ذكرت مصادر محلية لوكالة أسوشيتد برس، اليوم الأربعاء، أن عملية انتشال الجثث جرت أمس الثلاثاء، وأن جهود البحث متواصلة رغم نقص الموارد والمعدات.
وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) إن عدد القتلى والحجم الكامل للمأساة لم يتضحا بعد، لأن الوصول إلى المنطقة المتضررة "صعب للغاية".
وبيّن المكتب أن "ما بين 300 و1000 شخص ربما لقوا حتفهم" في الانهيار الأرضي، وأن الجهود حُشدت لدعم المنطقة المنكوبة، الواقعة على بعد أكثر من 900 كيلومتر (560 ميلا) غرب العاصمة الخرطوم.
من جهته، كشف رئيس السلطة المدنية التابعة لحركة "تحرير السودان" مجيب الرحمن الزبير عن إجراء "اتصالات مع عدد من المنظمات لتقديم المساعدة الإنسانية العاجلة".
وجاء ذلك في مقطع مصور لمجيب الرحمن بعد وصوله الأربعاء إلى قرية ترسين بجبل مرة وسط دارفور، بثته حركة "تحرير السودان" بزعامة عبد الواحد محمد نور على حسابها في فيسبوك.
وقال مجيب الرحمن: "نترحم على أرواح الضحايا الذين سقطوا في الانزلاق الأرضي والبالغ عددهم أكثر من ألف قتيل، ونفوق عدد كبير من البهائم، وتلف كميات هائلة من المزارع".
""", [
    ev("bodies-recovered", "أن عملية انتشال الجثث جرت أمس الثلاثاء", RECOVERY[0], "'أمس الثلاثاء' before Wed 3 Sep 2025 = Tue 2 Sep, the search going on: my span 2-3 Sep 2025", end=RECOVERY[1]),
    ev("ocha-estimate", "وبيّن المكتب أن", "2025-09-02", "no own expression; OCHA's estimate before the publication: my span 2-3 Sep 2025", end="2025-09-04"),
    ev("zubair-arrives", "بعد وصوله الأربعاء إلى قرية ترسين", "2025-09-03", "'الأربعاء' = Wed 3 Sep 2025 (the publication day)"),
    ev("landslide", "الذين سقطوا في الانزلاق الأرضي", "2025-08-31", "no own date; the slide of Sun 31 Aug 2025 (other reports)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 260)
                            if i != 201 and i != 254
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

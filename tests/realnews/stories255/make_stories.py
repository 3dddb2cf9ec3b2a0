"""Builds stories.jsonl: the 255-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories250/make_stories.py). Domain: statues, monuments and memorials erected, unveiled, removed,
relocated or vandalized (a drunk man smashing the face of the Ain El Fouara statue in Setif and his arrest, the
equestrian statue of Bourguiba put back in the centre of Tunis and inaugurated a week later, the gazelle statue of
Tripoli torn away at dawn and the Omar al-Mukhtar statue stolen days later, the Pearl Roundabout monument in Manama
demolished after the sit-in was cleared, the Jenin memorial of Khaled Nazzal demolished twice by the Israeli army,
the statue of Abdel Moneim Riad broken while being moved in Port Said and the district chief dismissed).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-ain-el-fouara-statue-attack-2025
S = "algeria-ain-el-fouara-statue-attack-2025"
ARREST = ("2025-07-29", "2025-07-31")  # the arrest right after the attack of Tue 29 Jul 2025, about 22:00 (span 29-30 Jul)
art(S, "https://djaz.news/ar/%D9%87%D9%83%D8%B0%D8%A7-%D8%A3%D9%84%D8%AD%D9%82-%D9%85%D8%AE%D9%85%D9%88%D8%B1-%D8%A7%D9%84%D8%A3%D8%B6%D8%B1%D8%A7%D8%B1-%D9%85%D8%AC%D8%AF%D8%AF%D8%A7-%D8%A8%D9%85%D8%B9%D9%84%D9%85-%D8%B9%D9%8A%D9%86-%D8%A7%D9%84%D9%81%D9%88%D8%A7%D8%B1%D8%A9",
    "2025-07-30", "page stamp 'يوليو 30, 2025 - 17:45' (kept as first line, before the headline) of this repost of an Echorouk Online item; 30 Jul 2025 was a Wednesday, and the body's 'مساء الثلاثاء' for the attack agrees; the repost notice 'The post ... appeared first on الشروق أونلاين' and the repeated headline dropped; the last sentence cut to its complete clause where the stored text breaks off ('حيث انتهت العملي...')", True, """
يوليو 30, 2025 - 17:45
هكذا ألحق مخمور الأضرار مجددا بمعلم "عين الفوارة"
عاشت ساحة الاستقلال في مدينة سطيف، مساء الثلاثاء، على وقع حادثة جديدة طالت معلم "عين الفوارة" الشهير، إذ أقدم شخص في حالة سكر متقدمة على الاعتداء على التمثال وتشويه وجه المرأة الرخامية، مخلّفا به أضرارا بليغة.
وسارعت مصالح الأمن إلى التدخل وتمكنت من توقيف المعتدي، ليتبين أنه الشخص نفسه الذي سبق أن نفذ اعتداء مشابها على التمثال، فعاد ليكرر فعلته.
ووقع الاعتداء هذه المرة في حدود الساعة العاشرة ليلًا، حين استغل الفاعل هدوء الساحة وقلة المارة، فتسلل إلى قاعدة التمثال وصعد إليها حاملا مطرقة على طريقة من سبقوه، وشرع في تكسير واجهة التمثال.
""", [
    ev("attack", "مساء الثلاثاء، على وقع حادثة جديدة", "2025-07-29", "'مساء الثلاثاء' before the stamp day Wed 30 Jul 2025 = Tue 29 Jul 2025 (the body adds 'في حدود الساعة العاشرة ليلًا')"),
    ev("arrest", "وتمكنت من توقيف المعتدي", ARREST[0], "no own expression; right after the attack of about 22:00 on Tue 29 Jul 2025 (my span 29-30 Jul)", end=ARREST[1]),
    ev("climb-and-smash", "فتسلل إلى قاعدة التمثال وصعد إليها حاملا مطرقة", "2025-07-29", "no own expression; the attack itself, 'في حدود الساعة العاشرة ليلًا' of Tue 29 Jul 2025"),
])
art(S, "https://sudan.news-pravda.com/sudan/2025/07/30/9589.html",
    "2025-07-30", "date in the URL '/2025/07/30/' (Wed 30 Jul 2025); the body's 'يوم الثلاثاء' for the attack agrees (Tue 29 Jul); a reprint of an RT Arabic item quoting Ennahar; the last sentence cut to its complete clause where the stored text breaks off ('ليتم هو أيضا تو...'); no date of its own in the text", False, """
للمرة الثالثة.. تخريب أبرز معلم سياحي في مدينة سطيف الجزائرية (صور)
ذكرت صحيفة النهار الجزائرية أن "تمثال عين الفوارة"، المعلم السياحي في مدينة سطيف الجزائرية، تعرّض للتخريب للمرة الثالثة على التوالي.
ونقلت الصحيفة عن مصادر أن "تخريب تمثال عين الفوارة نفذه شخص مخمور يوم الثلاثاء، وهو الشخص ذاته الذي ارتكب فعلته في المرة السابقة".
وبيّنت أن "الشخص الذي خرّب تمثال عين الفوارة سبق أن أدين بالسجن في القضية نفسها، وما إن خرج من المؤسسة حتى عاد ليكرر فعلته".
ولفتت الصحيفة إلى أن "التخريب طال وجه التمثال، وعلى الفور بادرت مصالح الأمن الحضري الأول إلى توقيف الفاعل واقتياده إلى مقر الشرطة للتحقيق معه".
وتُظهر صور متداولة للحادثة عناصر الشرطة وهم يوقفون الشاب الذي حطم وجه التمثال.
وتجدر الإشارة إلى أن تخريب تمثال عين الفوارة بولاية سطيف شرقي الجزائر هو الثالث من نوعه، وقد قوبل باستنكار واسع من سكان الولاية.
وكان شاب قد حاول تحطيم التمثال في شهر ديسمبر 2022، فأوقفه مواطنون وسلّموه لمصالح الأمن، قبل أن يُعرض على القضاء الذي أمر بإيداعه الحبس المؤقت.
وفي نفس الشهر من سنة 2017، حطّم شخص قيل إنه مختل عقليا صدر التمثال مستعملا مطرقة.
""", [
    ev("attack", "نفذه شخص مخمور يوم الثلاثاء", "2025-07-29", "'يوم الثلاثاء' before the URL day Wed 30 Jul 2025 = Tue 29 Jul 2025"),
    ev("arrest", "وعلى الفور بادرت مصالح الأمن الحضري الأول إلى توقيف الفاعل", ARREST[0], "no own expression ('على الفور' after the attack of Tue 29 Jul 2025; my span 29-30 Jul)", end=ARREST[1]),
    ev("attempt-2022", "حاول تحطيم التمثال في شهر ديسمبر 2022", "2022-12-01", "'في شهر ديسمبر 2022': the month December 2022", end="2023-01-01"),
    ev("attack-2017", "وفي نفس الشهر من سنة 2017", "2017-12-18", "'في نفس الشهر من سنة 2017' = December 2017; the hammer attack was on Mon 18 Dec 2017 (outside knowledge; another report of this story gives '18 ديسمبر 2017')"),
])
art(S, "https://news.gulf365.net/lifestyle/13146499/%D8%A7%D9%84%D8%A7%D9%85%D8%A7%D8%B1%D8%A7%D8%AA--%D8%AD%D8%B7%D9%91%D9%8E%D9%85-%D9%88%D8%AC%D9%87%D9%87%D8%A7-%D8%A8%D9%85%D8%B7%D8%B1%D9%82%D8%A9--%D8%AE%D8%A7%D9%85%D8%B3-%D9%85%D8%AD%D8%A7%D9%88%D9%84%D8%A9-%D8%A7%D8%BA%D8%AA%D9%8A%D8%A7%D9%84-%D9%84%D8%AA%D9%85%D8%AB%D8%A7%D9%84-%D8%A7%D9%85%D8%B1%D8%A3%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1.html",
    "2025-07-31", "stamp 'date 2025-07-31' at the head of the stored page (not kept in the text; Thu 31 Jul 2025, two days after the attack); headline rendered from the URL slug without its section word 'الامارات'; the byline 'الشارقة - بواسطة ايمن الفاتح -' dropped; the last sentence cut where the stored text breaks off ('3 ملايين دينار جزا...'); no date of its own in the text", False, """
حطّم وجهها بمطرقة.. خامس محاولة اغتيال لتمثال امرأة في الجزائر
في حادثة قد تكون الخامسة من نوعها، حطّم شخص وجه تمثال "عين الفوارة"، الأشهر في الجزائر، والقائم في ساحة عامة.
وفي مقطع فيديو متداول، يظهر شخص وهو يصعد إلى نافورة "عين الفوارة" في ولاية سطيف، ثم يهشم جزءا كبيرا من وجه التمثال بمطرقة في يده، قبل أن تتدخل قوات الأمن وتوقفه رغم مقاومته الشرسة.
وأُلقي القبض على المتهم ونُقل إلى مركز الأمن، بينما التفّ السكان حول النافورة يتحدثون عن الحادثة، منقسمين بشأنها بين مؤيد ومعارض.
ونحت تمثال عين الفوارة الفرنسي فرانسيس دي سانت فيدال، وفرغ منه في 26 فبراير 1898، وهو يجسد امرأة من ولاية سطيف، وقد كُشف عنه لأول مرة في متحف اللوفر بمناسبة مرور 10 أعوام على بناء برج إيفل، بحسب "العربية.نت".
ويُشار إلى أن التمثال تعرض لعدة محاولات تخريب، منها مرة في 22 أبريل 1997 حين فُجّر بقنبلة وُضعت أسفله فتحطم إلى أجزاء، ثم رُمّم في أقل من 24 ساعةً وأعيد إلى مكانه يوم 24 أبريل 1997.
وبتاريخ 31 مارس 2006 ضرب شاب وجه التمثال بمطرقة فشوّه خدها الأيسر وأنفها وفمها، وفي 18 ديسمبر 2017 حطم رجل وجه التمثال وثديها بمطرقة، ورُمّم بسرعة بميزانية معتبرة تقدر بـ3 ملايين دينار.
""", [
    ev("attack", "حطّم شخص وجه تمثال \"عين الفوارة\"", "2025-07-29", "no own expression; the attack of the evening of Tue 29 Jul 2025 (the other reports), two days before the stamp"),
    ev("arrest", "وأُلقي القبض على المتهم", ARREST[0], "no own expression; the arrest right after the attack of Tue 29 Jul 2025 (my span 29-30 Jul)", end=ARREST[1]),
    ev("bombing-1997", "منها مرة في 22 أبريل 1997", "1997-04-22", "'في 22 أبريل 1997' = Tue 22 Apr 1997"),
    ev("attack-2006", "وبتاريخ 31 مارس 2006 ضرب شاب", "2006-03-31", "'بتاريخ 31 مارس 2006' = Fri 31 Mar 2006"),
    ev("attack-2017", "وفي 18 ديسمبر 2017 حطم رجل", "2017-12-18", "'في 18 ديسمبر 2017' = Mon 18 Dec 2017"),
])

# ---------------------------------------------------------------- tunisia-bourguiba-statue-return-2016
S = "tunisia-bourguiba-statue-return-2016"
BEN_ALI_REMOVAL = ("1987-11-07", "1987-12-01")  # removed 'days after' Ben Ali's takeover of 7 Nov 1987 (my span: November 1987 from the 7th)
art(S, "https://www.masress.com/albawabh/1948270",
    "2016-05-24", "no stamp or URL date in the stored page (al-Bawaba item on masress): fixed by the body's 'أمس الإثنين 23 مايو' for the reinstallation (Mon 23 May 2016, also the day of aljazeera.net's '/2016/5/23/' report), so Tue 24 May 2016; no headline in the stored text; the last sentence (the historians' comment, cut off at 'كان مصرا على وضع تمثا...') dropped; no date of its own in the text", False, """
بعد مضي 29 عاما على إزالته، عاد تمثال الرئيس التونسي الراحل الحبيب بورقيبة إلى موضعه الأصلي في قلب العاصمة التونسية، أمس الإثنين 23 مايو.
ورجع تمثال الرئيس التونسي الأسبق "الحبيب بورقيبة" إلى ساحة "14 جانفي" وسط تونس العاصمة، بعد نحو 29 سنة من نقله إلى منطقة حلق الوادي في الضاحية الشمالية للعاصمة، وبعد 16 عاما من وفاة بورقيبة، أول رئيس لتونس بعد الاستقلال.
ويُظهر التمثال مؤسس الجمهورية التونسية ممتطيا صهوة جواده وملوّحا بيده، وهي الحركة التي تميز بها بورقيبة حين يلقي التحية، وقد نُصب على هيكل رخامي أقيم قبالة مقر وزارة الداخلية في شارع الحبيب بورقيبة الرئيسي وسط العاصمة.
ويعود نحت هذا التمثال إلى سنة 1982 بطلب شخصي من الرئيس الحبيب بورقيبة، وقد نحته الرسام والنحات التونسي زبير التركي.
ويرى بعض الباحثين أن تمثال بورقيبة يؤرخ لحقبة تاريخية مهمة، هي عيد النصر في الأول من يونيو 1955، حين عاد بورقيبة من فرنسا بعد نجاح المفاوضات حول نيل الاستقلال ومنح السيادة الداخلية لتونس، فجال على صهوة حصانه في العاصمة ملوحا بيده للجماهير التي خرجت لاستقباله كمنتصر على الاستعمار الفرنسي.
""", [
    ev("reinstallation", "أمس الإثنين 23 مايو", "2016-05-23", "'أمس الإثنين 23 مايو' = Mon 23 May 2016"),
    ev("ben-ali-removal", "بعد نحو 29 سنة من نقله إلى منطقة حلق الوادي", BEN_ALI_REMOVAL[0], "'بعد نحو 29 سنة' before May 2016 = 1987; the removal days after Ben Ali's takeover of 7 Nov 1987 (outside knowledge; my span November 1987)", end=BEN_ALI_REMOVAL[1]),
    ev("sculpting", "ويعود نحت هذا التمثال إلى سنة 1982", "1982-01-01", "'سنة 1982': the year 1982", end="1983-01-01"),
    ev("return-1955", "عيد النصر في الأول من يونيو 1955", "1955-06-01", "'في الأول من يونيو 1955' = Wed 1 Jun 1955"),
])
art(S, "https://maghress.com/alaoual/21332",
    "2016-05-24", "no stamp or URL date in the stored page (al-Aoual item on maghress): fixed by the body's 'أمس الاثنين' for the reinstallation of Mon 23 May 2016 (other reports), so Tue 24 May 2016; no headline in the stored text; no date of its own in the text", False, """
أُعيد، أمس الاثنين، تمثال الرئيس التونسي الراحل الحبيب بورقيبة إلى مكانه السابق قبالة مقر وزارة الداخلية، في الشارع الذي يحمل اسم الحبيب بورقيبة ويسميه التونسيون (L'avenue)، في قلب العاصمة تونس.
وكان الرئيس المخلوع زين العابدين بن علي قد أزال التمثال، الذي يصور الحبيب بورقيبة ممتطيا صهوة حصان وملوحا بيده، من مكانه عقب انقلابه على بورقيبة في 1987، ونقله إلى مدينة "حلق الوادي" شمالي العاصمة تونس، ثم نصب مكانه ساعة كبيرة صارت رمزا للعاصمة.
وكان الرئيس التونسي الحالي الباجي قائد السبسي قد أعلن، في 20 مارس المنصرم، بمناسبة ذكرى استقلال تونس، إعادة التمثال إلى مكانه الأصلي، وقال في خطابه بهذه المناسبة: "عندما نعيد تمثال الحبيب بورقيبة إلى شارع الحبيب بورقيبة فهذا يرمز إلى أن تونس تحررت وأصبحت دولة حرة مستقلة".
""", [
    ev("reinstallation", "أُعيد، أمس الاثنين، تمثال", "2016-05-23", "'أمس الاثنين' before Tue 24 May 2016 = Mon 23 May 2016"),
    ev("ben-ali-removal", "عقب انقلابه على بورقيبة في 1987", BEN_ALI_REMOVAL[0], "'عقب انقلابه على بورقيبة في 1987': after the takeover of Sat 7 Nov 1987 (outside knowledge; my span November 1987)", end=BEN_ALI_REMOVAL[1]),
    ev("essebsi-announcement", "في 20 مارس المنصرم", "2016-03-20", "'في 20 مارس المنصرم' = Sun 20 Mar 2016 (Independence Day)"),
])
art(S, "https://www.turess.com/hakaek/92726",
    "2016-06-01", "the body's 'اليوم الاربعاء 1 جوان 2016' (1 Jun 2016 was a Wednesday), the inauguration on the anniversary of Bourguiba's return; Hakaek Online item on turess; no headline in the stored text; the last sentence cut to its complete clause where the stored text breaks off ('تُوّ...')", True, """
أشرف رئيس الجمهورية الباجي قايد السبسي، اليوم الاربعاء 1 جوان 2016، في ذكرى عيد النصر، على موكب إعادة النصب التذكاري للرئيس الراحل الحبيب بورڨيبة إلى مكانه، بحضور رئيس مجلس نواب الشعب محمد الناصر ورئيس الحكومة الحبيب الصيد.
وتحدث رئيس الجمهورية عن دلالات إرجاع النصب التذكاري للزعيم الراحل بورقيبة، فقال في تصريح إعلامي إن "يوم غرة كان يوم وحدة وطنية وقومية لا مثيل لها في التاريخ، إذ جاء التونسيون من كل حدب وصوب للترحيب ببورقيبة".
ورأى أن تونس اليوم في حاجة إلى وحدة صمّاء لإخراجها من الوضع الذي تعيشه.
وأضاف أن تنصيب النصب التذكاري في غرة جوان يتزامن مع انطلاق امتحانات الباكالوريا، مشيرا إلى أن بورقيبة كان من دعاة العلم والتحرر، وهو من راهن على التعليم ودعا إلى الاستثمار في "المادة الشخمة".
وبخصوص الأصوات التي انتقدت قرار إعادة النصب التذكاري وما كلّفه الدولة في ظل الوضع الاقتصادي الذي تعيشه البلاد، أوضح رئيس الجمهورية أن تونس في مرحلة الديمقراطية وحرية التعبير، وأن كل المواقف والآراء مقبولة.
وللتذكير، ففي مثل هذا اليوم من سنة 1955 استقبل الآلاف من التونسيات والتونسيين الزعيم الحبيب بورقيبة في ميناء حلق الوادي، قادما من العاصمة الفرنسية باريس بعد مفاوضات مع السلطة الاستعمارية.
""", [
    ev("inauguration", "اليوم الاربعاء 1 جوان 2016", "2016-06-01", "'اليوم الاربعاء 1 جوان 2016' = Wed 1 Jun 2016"),
    ev("bac-exams-start", "يتزامن مع انطلاق امتحانات الباكالوريا", "2016-06-01", "no own date; 'تنصيب النصب التذكاري في غرة جوان يتزامن مع انطلاق امتحانات الباكالوريا': Wed 1 Jun 2016"),
    ev("return-1955", "ففي مثل هذا اليوم من سنة 1955", "1955-06-01", "'في مثل هذا اليوم من سنة 1955' with the day 1 Jun = Wed 1 Jun 1955"),
])

# ---------------------------------------------------------------- libya-tripoli-gazelle-statue-disappearance-2014
S = "libya-tripoli-gazelle-statue-disappearance-2014"
COUNCIL = ("2014-11-04", "2014-11-07")  # the Tripoli council's statement 'منتصف الأسبوع' (my span Tue 4 - Thu 6 Nov 2014)
art(S, "http://24.ae/article.aspx?ArticleId=115540",
    "2014-11-05", "page stamp 'الأربعاء 5 نوفمبر 2014 / 00:12' under the caption (kept as first line, before the headline): posted 12 minutes after midnight (UAE time) of a report written on Tue 4 Nov, whose body says 'فجر اليوم الثلاثاء'; the caption 'تمثال الغزالة الأثري (أرشيف)', the byline '24 - خالد محمود', the crosshead 'مفاوضات سرية' and the last sentence (cut off at 'وبدورهم، قال شهود العيا...') dropped", True, """
الأربعاء 5 نوفمبر 2014 / 00:12
مسؤول أمني يكشف لـ 24 القصة الحقيقية لاختفاء تمثال الغزالة في العاصمة الليبية
كشف مسؤول أمني ليبي رفيع المستوى لـ 24 كل التفاصيل المتصلة بقصة اختفاء تمثال الغزالة الأثري، فجر اليوم الثلاثاء، من قلب العاصمة الليبية طرابلس.
وقال المسؤول، الذي رفض الكشف عن اسمه نظرا لحساسية موقعه الأمني، في تصريحات خاصة لـ 24 عبر الهاتف من طرابلس، إن التمثال خُرّب تخريبا متعمدا واقتُلع من مكانه في ميدان النافورة، أحد أهم ميادين طرابلس.
وأضاف "بعد ذلك جرى جرّ تمثال الغزالة وربطه بشاحنة لسحبه، بينما كانت مركبتان عسكريتان، لم تتضح بعد الجهة التي تتبعان لها، تحميان المكان".
وتابع "التمثال الآن في مكان ما في طرابلس لدى إحدى الكتائب المسلحة، والمفاوضات جارية لاستلامه".
وأفاد شهود عيان لـ 24 بأن سرقة التمثال تمت نحو الساعة الرابعة والنصف من فجر اليوم الثلاثاء، بالتوقيت المحلي الليبي.
وذكرت مصادر أن منفذي العملية شبان "متقسورون"، في إشارة إلى انتمائهم إلى ما يسمى بعملية قسورة، التي تشنها ميليشيات متطرفة من مصراتة وحلفاؤها منذ شهر يوليو (تموز) الماضي للسيطرة على العاصمة.
""", [
    ev("disappearance", "نحو الساعة الرابعة والنصف من فجر اليوم الثلاثاء", "2014-11-04", "'نحو الساعة الرابعة والنصف من فجر اليوم الثلاثاء' = about 04:30 on Tue 4 Nov 2014 (the text was written on Tuesday, though stamped 00:12 on Wed 5)"),
    ev("negotiations", "والمفاوضات جارية لاستلامه", "2014-11-04", "no own expression; under way when the official spoke, Tue 4 Nov 2014 (my span 4-5 Nov)", end="2014-11-06"),
    ev("qaswara-operation", "منذ شهر يوليو (تموز) الماضي", "2014-07-13", "'منذ شهر يوليو (تموز) الماضي' = since July 2014; Operation Qaswara / Libya Dawn began on Sun 13 Jul 2014 (outside knowledge)"),
])
art(S, "https://arabic.cnn.com/middleeast/2014/11/05/libya-gazelle-statue?fbclid=IwAR1prn0nRn2VnWC-JpaP0zw88_1rijc6cs9Pyb1j8SzTl9EsF3wo_wkBl8Y",
    "2014-11-05", "date in the URL '/2014/11/05/' (Wed 5 Nov 2014); the body's 'صباح الثلاثاء' and 'فجر الثلاثاء' for the disappearance agree (Tue 4 Nov); the dateline 'دبي، الإمارات العربية المتحدة (CNN)-', the section label, the credit and the last sentence (cut off at 'على ا...') dropped; no date of its own in the text", False, """
سؤال يحيّر الليبيين.. أين اختفت "الحسناء العارية" وغزالها من وسط طرابلس؟
لا يزال اختفاء تمثال "الحسناء العارية" لغزا يحيّر كثيرا من سكان العاصمة الليبية طرابلس، الذين استيقظوا صباح الثلاثاء ليكتشفوا أن أحد أبرز معالم مدينتهم قد اختفى في ظروف غامضة، بعد أن أثار حوله كثيرا من الجدل مؤخرا.
وبينما لم تعلن أي جهة مسؤوليتها عن اختفاء التمثال البرونزي، الذي يُعتقد أنه بُني مطلع القرن الماضي، رجّح سكان محليون وصحفيون أن تكون إحدى الجماعات الإسلامية المتشددة وراء اختفاء التمثال، الذي يصور فتاة عارية تمسك "جرة" بإحدى يديها، وغزالة بيدها الأخرى.
ويعود التمثال إلى حقبة الاحتلال الإيطالي لليبيا، وظل منذ ذلك الحين، وحتى وقت مبكر من فجر الثلاثاء، يتوسط النافورة المقامة في الميدان الذي يحمل الاسم الذي أطلقه عليه الليبيون، "ميدان الغزالة"، وسط العاصمة طرابلس، على ساحل البحر المتوسط.
""", [
    ev("disappearance", "وحتى وقت مبكر من فجر الثلاثاء", "2014-11-04", "'فجر الثلاثاء' before the URL day Wed 5 Nov 2014 = Tue 4 Nov 2014"),
    ev("discovery", "الذين استيقظوا صباح الثلاثاء", "2014-11-04", "'صباح الثلاثاء' = Tue 4 Nov 2014"),
    ev("recent-controversy", "بعد أن أثار حوله كثيرا من الجدل مؤخرا", "2014-08-01", "'مؤخرا': the threats and the shell that hit the statue in the weeks before (another report: a shell in August 2014); my span August - 3 Nov 2014", end="2014-11-04"),
])
art(S, "https://elwatannews.com/news/details/594327",
    "2014-11-09", "no stamp or URL date in the stored page: fixed by the body's 'اليوم' for the antiquities official's statement and 'أمس' for the theft of the Omar al-Mukhtar statue, which the AFP dispatch of that day puts on 'اليوم الأحد' and 'أمس السبت' (another report of this story), with 'الثلاثاء الماضي' for the gazelle (Tue 4 Nov), so Sun 9 Nov 2014; the byline 'كتب: أ ف ب', the repeated headline and the last sentence (cut off at 'ميدان الغزالة أو نافورة الغز...') dropped; no date of its own in the text", False, """
اختفاء تمثال "عمر المختار" غرب العاصمة الليبية "طرابلس"
أعلن مسؤول في هيئة الآثار الليبية، اليوم، أن مجهولين استولوا، أمس، على تمثال يجسد شخصية شيخ الشهداء عمر المختار ممتطيا صهوة جواده، كان منصوبا أمام مقر المجلس البلدي لمنطقة الماية على الطريق الساحلي غربي العاصمة الليبية طرابلس.
وقال المسؤول الليبي، الذي طلب عدم ذكر اسمه، إن "التمثال الأثري اختفى في ظروف غامضة شبيهة بالظروف التي اختفى فيها الثلاثاء الماضي التمثال الأثري المعروف باسم (الحورية والغزالة)، الذي يعد من أهم المعالم التاريخية وسط العاصمة طرابلس".
وكان المجلس البلدي للعاصمة الليبية قد أعلن منتصف الأسبوع اختفاء التمثال الأثري المعروف باسم "الحورية والغزالة"، وقال إن هذا التمثال يعد "من أهم وأعرق المعالم التاريخية في العاصمة طرابلس".
ودان المجلس الحادث، وتعهد بصون الموروث التاريخي والثقافي للمدينة، مشيرا إلى أن الأجهزة الأمنية شرعت في التحقيقات لكشف ملابسات الحادثة.
""", [
    ev("antiquities-announcement", "أعلن مسؤول في هيئة الآثار الليبية، اليوم", "2014-11-09", "'اليوم' = Sun 9 Nov 2014 (the publication day)"),
    ev("mukhtar-theft", "أن مجهولين استولوا، أمس، على تمثال", "2014-11-08", "'أمس' before Sun 9 Nov 2014 = Sat 8 Nov 2014"),
    ev("disappearance", "اختفى فيها الثلاثاء الماضي التمثال الأثري", "2014-11-04", "'الثلاثاء الماضي' before Sun 9 Nov 2014 = Tue 4 Nov 2014"),
    ev("council-statement", "قد أعلن منتصف الأسبوع اختفاء", COUNCIL[0], "'منتصف الأسبوع' of the week of the disappearance: my span Tue 4 - Thu 6 Nov 2014", end=COUNCIL[1]),
    ev("investigation", "شرعت في التحقيقات لكشف ملابسات الحادثة", "2014-11-04", "no own expression; the council's statement says the inquiry has begun: my span Tue 4 - Thu 6 Nov 2014", end="2014-11-07"),
])
art(S, "https://ma3-samia.blogspot.com/2014/11/theft-of-statue-of-Omar-Mukhtar.html",
    "2014-11-09", "URL gives only the month '/2014/11/'; the day is fixed by the body's 'اليوم الأحد' for the antiquities official's statement, with 'أمس السبت' for the theft and 'الثلاثاء الماضي' for the gazelle statue (Tue 4 Nov 2014, fixed by the other reports), so Sun 9 Nov 2014; a blog post reproducing the AFP dispatch; no headline in the stored text; the last sentence (cut off at 'فجر الثل...') dropped; no full date of its own in the text (weekday only)", False, """
ليبيا تُنهب، هذا ما آل إليه الحال الليبي اليوم بعد صراع طويل منذ الإطاحة بالعقيد معمر القذافي، وفي ظل ضبابية الأوضاع الليبية الآن.
فقد أعلن مسؤول في هيئة الآثار الليبية اليوم الأحد أن مجهولين سرقوا أمس السبت تمثال شيخ المجاهدين عمر المختار، الذي يظهر فيه المختار ممتطيا جواده، والذي كان منصوبا أمام مقر المجلس البلدي لمنطقة الماية على الطريق الساحلي غربي العاصمة الليبية طرابلس.
وأوضح المسؤول في هيئة الآثار أن "التمثال الأثري اختفى في ظروف غامضة مماثلة للظروف التي اختفى فيها الثلاثاء الماضي التمثال الأثري المعروف باسم (الحورية والغزالة)، الذي يعد من أهم المعالم التاريخية وسط العاصمة، طرابلس".
وفي هذا السياق، قال المجلس البلدي لمدينة طرابلس إن هذا التمثال يعد "من أهم وأعرق المعالم التاريخية في العاصمة".
ويُذكر أن ميدان الغزالة، أو نافورة الغزالة والحسناء، هو الميدان الذي تتوسطه نافورة بها تمثال "الحورية والحسناء" أو "الغزالة والحسناء"، الذي يصور امرأة تمسك بجرة وتعانق غزالة، وهو من تصميم الفنان الإيطالي أنجلو فانيتي مطلع ثلاثينيات القرن العشرين، إبان الاحتلال الإيطالي لليبيا.
""", [
    ev("antiquities-announcement", "أعلن مسؤول في هيئة الآثار الليبية اليوم الأحد", "2014-11-09", "'اليوم الأحد' = Sun 9 Nov 2014"),
    ev("mukhtar-theft", "سرقوا أمس السبت تمثال", "2014-11-08", "'أمس السبت' = Sat 8 Nov 2014"),
    ev("disappearance", "اختفى فيها الثلاثاء الماضي التمثال الأثري", "2014-11-04", "'الثلاثاء الماضي' before Sun 9 Nov 2014 = Tue 4 Nov 2014"),
    ev("council-statement", "قال المجلس البلدي لمدينة طرابلس", COUNCIL[0], "no own expression; the council's statement on the gazelle statue, mid-week (other report: 'منتصف الأسبوع'): my span Tue 4 - Thu 6 Nov 2014", end=COUNCIL[1]),
    ev("statue-design", "مطلع ثلاثينيات القرن العشرين", "1930-01-01", "'مطلع ثلاثينيات القرن العشرين': my span 1930-1933", end="1934-01-01"),
])

# ---------------------------------------------------------------- bahrain-pearl-roundabout-demolition-2011
S = "bahrain-pearl-roundabout-demolition-2011"
CLEARANCE = "2011-03-16"  # the security forces cleared the sit-in on Wed 16 Mar 2011
art(S, "http://alwasatnews.com/news/532736.html",
    "2011-03-17", "issue line 'العدد 3115 - الخميس 17 مارس 2011م الموافق 12 ربيع الثاني 1432هـ' at the foot of the stored item (kept as first line); 17 Mar 2011 was a Thursday, the day after the sit-in was cleared and the day before the monument came down; no headline in the stored text; the source's 'ضربت في 17 مارس' (the crackdown was on Wed 16 Mar) left as it is", True, """
العدد 3115 - الخميس 17 مارس 2011م الموافق 12 ربيع الثاني 1432هـ
تعمل السلطات حالياً على إزالة دوار اللؤلؤة بالكامل، إذ شوهدت آليات واستعدادات وأعمال حفر، كلها تتجه نحو التخلص من الدوار ومن أعمدته الستة التي ترمز إلى «دول مجلس التعاون الست»، وتعلوها «لؤلؤة» ترمز إلى البحرين التي تصفها كتب التاريخ بأنها «لؤلؤة» الخليج العربي و«درته».
وقد أقيم الدوار احتفاء باجتماعات القمة لمجلس التعاون الخليجي، غير أن رمزيته ارتبطت بالحركة الاحتجاجية التي انطلقت في 14 فبراير / شباط 2011، وضُربت في 17 مارس / آذار 2011.
""", [
    ev("removal-preparations", "تعمل السلطات حالياً على إزالة دوار اللؤلؤة", "2011-03-17", "'حالياً' = Thu 17 Mar 2011 (the issue day)"),
    ev("protests-start", "انطلقت في 14 فبراير / شباط 2011", "2011-02-14", "'في 14 فبراير / شباط 2011' = Mon 14 Feb 2011"),
    ev("sit-in-clearance", "وضُربت في 17 مارس / آذار 2011", CLEARANCE, "'في 17 مارس / آذار 2011' as written; the crackdown on the roundabout was on Wed 16 Mar 2011 (the other reports: 'يوم الاربعاء', 'الأربعاء ... في 16 امارس'), and the gold follows the real day"),
    ev("gcc-summit", "أقيم الدوار احتفاء باجتماعات القمة لمجلس التعاون الخليجي", "1982-11-09", "no own date; the roundabout and its monument were built for the GCC summit held in Manama on 9-11 Nov 1982 (outside knowledge)", end="1982-11-12"),
])
art(S, "https://samhnews.com/wordpress/2011/03/18/%d8%a7%d9%84%d8%a8%d8%ad%d8%b1%d9%8a%d9%86-%d8%aa%d8%b2%d9%8a%d9%84-%d9%86%d8%b5%d8%a8-%d8%af%d9%88%d8%a7%d8%b1-%d8%a7%d9%84%d9%84%d8%a4%d9%84%d8%a4%d8%a9-%d8%b1%d9%85%d8%b2-%d8%a7%d9%84%d8%a7",
    "2011-03-18", "date in the URL '/2011/03/18/' (Fri 18 Mar 2011); the body's 'اليوم' for the demolition and 'يوم الاربعاء' for the clearing of the sit-in agree; the source line '[COLOR=green]صحيفةطبرجل الإخبارية-المنامة[/COLOR]' dropped; no date of its own in the text", False, """
البحرين تزيل نصب "دوار اللؤلؤة" رمز الاحتجاجات
أزالت السلطات في البحرين اليوم النصب القائم وسط دوار (ميدان) اللؤلؤة، مركز الاحتجاجات التي اندلعت قبل أسابيع ورمزها، إذ عملت الجرافات والحفارات لساعات على إزالة الأركان الستة للنصب حتى انهار وتحول إلى ركام وقواعد من الصلب، فيما انتظرت شاحنات على مقربة من الميدان لنقل الركام.
وكان النصب، الذي تحمل أركانه الستة لؤلؤة كبيرة، قد وُضع في الميدان في أوائل الثمانينيات من القرن العشرين بمناسبة قمة تأسيس مجلس التعاون الخليجي.
ويمثل كل ركن من الأركان الستة دولة عضوا في المجلس الذي يضم البحرين والكويت والإمارات والسعودية وقطر وعمان، بينما تمثل اللؤلؤة الإرث المشترك لدول الخليج التي كانت اقتصاداتها تقوم على صيد اللؤلؤ قبل اكتشاف النفط.
وشنت قوات الأمن في البحرين يوم الاربعاء حملة لفض الاعتصام في ميدان اللؤلؤة وأخرجت المحتجين منه، ثم وصلت قوات الجيش في وقت لاحق لإغلاق المنطقة الخاضعة لحظر تجول لمدة 12 ساعة يوميا.
""", [
    ev("demolition", "أزالت السلطات في البحرين اليوم النصب", "2011-03-18", "'اليوم' = Fri 18 Mar 2011 (the URL day)"),
    ev("protests-start", "مركز الاحتجاجات التي اندلعت قبل أسابيع", "2011-02-14", "'قبل أسابيع': the protests began on Mon 14 Feb 2011 (outside knowledge)"),
    ev("gcc-summit", "في أوائل الثمانينيات من القرن العشرين بمناسبة قمة تأسيس مجلس التعاون", "1982-11-09", "'في أوائل الثمانينيات': the monument was set up for the GCC summit in Manama of 9-11 Nov 1982 (outside knowledge; the text calls it the founding summit)", end="1982-11-12"),
    ev("sit-in-clearance", "يوم الاربعاء حملة لفض الاعتصام", CLEARANCE, "'يوم الاربعاء' before Fri 18 Mar 2011 = Wed 16 Mar 2011"),
])
art(S, "http://www.tumaer.com/vb/archive/index.php/t-83827.html?login=1",
    "2011-03-19", "post stamp '19 / 03 / 2011, 42 : 09 PM' (kept as first line, before the thread title) of a forum post reproducing the AFP dispatch; 19 Mar 2011 was a Saturday, the day after the demolition of Fri 18 Mar, which the dispatch dates '(الجمعة 2011/03/18)'; the dateline 'المنامة : ا ف ب', the image link, the caption and the replies dropped", True, """
19 / 03 / 2011, 42 : 09 PM
إزالة دوار اللؤلؤة في المنامة
شرعت السلطات البحرينية في إزالة دوار اللؤلؤة وسط المنامة، وهدمت نصب اللؤلؤة القائم في وسطه، وفق ما أوردته وكالة الأنباء البحرينية (الجمعة 2011/03/18).
وقالت الوكالة إنه "في إطار حرص الحكومة على تحسين الخدمات وتطوير البنية التحتية بدأت اليوم أعمال تطوير تقاطع دوار مجلس التعاون، وذلك لزيادة الإنسيابية في هذه المنطقة الحيوية من العاصمة".
ولم تقدم الوكالة مزيدا من التفاصيل، لكنها نشرت صورة للنصب التذكاري وسط الدوار وهو مهدم.
وكان هذا الدوار قد أنشئ أواخر الثمانينات وأُطلق عليه اسم "دوار مجلس التعاون"، ويتوسطه نصب تذكاري على هيئة لؤلؤة تتربع على رأس 6 أذرع ترمز إلى دول مجلس التعاون الست، واشتهر شعبيا باسم دوار اللؤلؤة.
وقد تحول هذا الدوار اعتبارا من 15 فبراير إلى مركز للاحتجاجات التي استمرت شهرا، وأنهتها السلطات الأربعاء بالقوة في 16 امارس بفض اعتصام استمر فيه أكثر من شهر.
""", [
    ev("demolition", "وفق ما أوردته وكالة الأنباء البحرينية (الجمعة 2011/03/18)", "2011-03-18", "'(الجمعة 2011/03/18)' = Fri 18 Mar 2011"),
    ev("bna-statement", "بدأت اليوم أعمال تطوير تقاطع دوار مجلس التعاون", "2011-03-18", "'اليوم' in the news agency's statement of Fri 18 Mar 2011"),
    ev("roundabout-occupied", "اعتبارا من 15 فبراير", "2011-02-15", "'اعتبارا من 15 فبراير' = Tue 15 Feb 2011 (the start of the occupation of the roundabout)"),
    ev("sit-in-clearance", "وأنهتها السلطات الأربعاء بالقوة في 16 امارس", CLEARANCE, "'الأربعاء ... في 16 امارس' = Wed 16 Mar 2011"),
])

# ---------------------------------------------------------------- palestine-jenin-khaled-nazzal-memorial-2017
S = "palestine-jenin-khaled-nazzal-memorial-2017"
INCITEMENT = ("2017-06-08", "2017-06-30")  # Israeli incitement and demands after the memorial went up on 8 Jun 2017 (my span)
art(S, "https://paltoday.ps/ar/post/300861/%D8%A7%D9%84%D8%A7%D8%AD%D8%AA%D9%84%D8%A7%D9%84-%D9%8A%D8%AF%D8%A7%D9%87%D9%85-%D9%85%D8%AF%D9%86-%D8%A7%D9%84%D8%B6%D9%81%D8%A9-%D9%88%D9%8A%D8%B9%D8%AA%D9%82%D9%84-%D8%AE%D9%85%D8%B3%D8%A9-%D9%85%D9%88%D8%A7%D8%B7%D9%86%D9%8A%D9%86-%D9%88%D9%8A%D8%B2%D9%8A%D9%84-%D9%86%D8%B5%D8%A8%D8%A7-%D8%AA%D8%B0%D9%83%D8%A7%D8%B1%D9%8A%D8%A7",
    "2017-06-30", "page stamp 'الساعة 05:50 ص|30 يونيو 2017' under the headline (kept as first line, before the headline); 30 Jun 2017 was a Friday, and the body's 'فجر اليوم الجمعة' agrees; the caption, the word 'خبر', the credit 'فلسطين اليوم' and the end of the last sentence (cut off at 'وزارة السياحة والتجار...') dropped", True, """
الساعة 05:50 ص|30 يونيو 2017
الاحتلال يداهم مدن الضفة ويعتقل خمسة مواطنين ويزيل نصبا تذكاريا
اقتحمت قوات الاحتلال الإسرائيلي، فجر اليوم الجمعة، عدة محافظات في الضفة الغربية المحتلة، وداهمت عددا من المنازل قبل أن تعتقل خمسة مواطنين.
واقتحمت قوة كبيرة من جيش الاحتلال بلدة كفر قليل جنوبي المدينة وداهمت بعض المنازل، وأفادت مصادر محلية بأن الجنود حاصروا عددا من المنازل، منها منزلا المواطنين وسيم عقاب منصور وشقيقه هشام عقاب منصور، وفتشوهما، علما أن المنزلين تعرضا أمس لاقتحام وتفتيش مماثل ألحق أضرارا بمحتوياتهما.
وفي السياق ذاته، ذكرت مصادر عبرية أن الجيش اعتقل خلال مداهمات نفذها فجرا مواطنا من بلدة كفر راعي، وآخر من بلدة ترقوميا، وثالثا من الخليل، ومواطنا من قرية الفندقومية، وخامسا من قبيا جنين.
إلى ذلك، دمرت جرافات الاحتلال الإسرائيلي النُصب التذكاري للشهيد خالد نزال المقام على شارع حيفا عند المدخل الغربي لمدينة جنين، شمالي الضفة الغربية.
ويُذكر أن الحكومة الإسرائيلية سبق أن مارست التحريض وطالبت بإزالة هذا النصب، محمّلة الشهيد المسؤولية عن عمليات عدة.
""", [
    ev("raids", "فجر اليوم الجمعة، عدة محافظات", "2017-06-30", "'فجر اليوم الجمعة' = Fri 30 Jun 2017"),
    ev("kafr-qalil-earlier-raid", "تعرضا أمس لاقتحام وتفتيش مماثل", "2017-06-29", "'أمس' before Fri 30 Jun 2017 = Thu 29 Jun 2017"),
    ev("demolition", "دمرت جرافات الاحتلال الإسرائيلي النُصب التذكاري", "2017-06-30", "no own expression; in the same dawn raids of Fri 30 Jun 2017"),
    ev("israeli-incitement", "سبق أن مارست التحريض وطالبت بإزالة هذا النصب", INCITEMENT[0], "no own expression; after the memorial went up on 8 Jun 2017 and before its demolition (outside knowledge; my span 8-29 Jun 2017)", end=INCITEMENT[1]),
])
art(S, "http://www.rmix.ps/archives/101882",
    "2017-06-30", "no stamp or URL date in the stored page: fixed by the body's 'فجر اليوم الجمعة' for the demolition, which took place at dawn on Fri 30 Jun 2017 (paltoday's stamp '30 يونيو 2017'); the byline 'جنين-رام الله مكس-مصعب زيود' dropped; the last sentence cut to its complete clause where the stored text breaks off ('واعيد تد...'); no date of its own in the text", False, """
صور وفيديو.. الاحتلال يهدم نصبا تذكاريا للشهيد خالد نزال في جنين
هدمت قوات الاحتلال، فجر اليوم الجمعة، نصبا تذكاريا للشهيد خالد نزال في مدينة جنين، وسط اندلاع مواجهات مع الشبان.
وأفادت مصادر محلية مراسلَ "رام الله مكس" بأن قوات الاحتلال اقتحمت مدينة جنين فجرا برفقة جرافة عسكرية، ثم شرعت في هدم النصب التذكاري للشهيد نزال المقام على الدوار الذي يحمل اسمه في شارع حيفا عند مدخل جنين الغربي وإزالته، بزعم التحريض عبر إحياء ذكرى الشهيد نزال، وفقا لرواية الاحتلال.
وأضافت المصادر أن مواجهات اندلعت بين الشبان وقوات الاحتلال، أطلقت خلالها الغاز المسيل للدموع والأعيرة المطاطية، ما أدى إلى إصابة طفلين بالرصاص، هما الطفل أحمد عبد الهادي الصفوري (14 سنة) بعيار ناري في الصدر وحالته خطرة، والطفل محمد أمين مرعي بعيار ناري في الفخذ.
ويُشار إلى أن ميدان الشهيد خالد نزال دُشّن قبل اسبوعين في مهرجان خطابي أقيم في قاعة محافظة جنين برعاية المحافظة والبلدية، ومنذ تلك اللحظة اعترضت عليه سلطات الاحتلال، وطالبت بلدية جنين بإزالته بعد يومين.
""", [
    ev("demolition", "هدمت قوات الاحتلال، فجر اليوم الجمعة", "2017-06-30", "'فجر اليوم الجمعة' = Fri 30 Jun 2017"),
    ev("clashes", "وأضافت المصادر أن مواجهات اندلعت", "2017-06-30", "no own expression; during the dawn raid of Fri 30 Jun 2017"),
    ev("square-inauguration", "دُشّن قبل اسبوعين", "2017-06-14", "'قبل اسبوعين' before Fri 30 Jun 2017 = about Fri 16 Jun 2017 (my span 14-18 Jun)", end="2017-06-19"),
    ev("israeli-incitement", "وطالبت بلدية جنين بإزالته بعد يومين", INCITEMENT[0], "'بعد يومين' after the inauguration: the Israeli objections and demands of June 2017 (my span 8-29 Jun 2017, as in the other report)", end=INCITEMENT[1]),
])
art(S, "https://palinfo.com/news/2017/07/07/47506",
    "2017-07-07", "date in the URL '/2017/07/07/' (Fri 7 Jul 2017); the body's 'يوم الأربعاء الماضي' (Wed 5 Jul), 'فجر الأحد الماضي' (Sun 2 Jul) and 'يوم الجمعة الماضي' (Fri 30 Jun) agree; the page's current-date line 'الإثنين 30/سبتمبر/2024', the repeated headline and the last sentence (cut off at 'لمسؤولية الشهيد نزال عن...') dropped; no date of its own in the text", False, """
مجهولون يعتدون على المعلم التذكاري للشهيد نزال بجنين
اعتدى مجهولون على النصب التذكاري للشهيد خالد نزال في بلدة برقين قضاء جنين، الذي دشنه الأهالي تحديا لجيش الاحتلال، بعد أن هدم الاحتلال النصب التذكاري الخاص بالشهيد في المدينة مرتين على التوالي.
وكانت بلدة برقين، الواقعة جنوب غرب جنين، قد أطلقت يوم الأربعاء الماضي اسم الشهيد خالد نزال على أحد شوارعها، وأقامت له نصبا مشابها للنصب الذي هدمه الاحتلال في مدينة جنين.
وقالت فعاليات البلدة في بيان صحفي إن هذه الخطوة جاءت ردا على قرار سلطات الاحتلال "الإسرائيلي" إزالة نصب الشهيد خالد نزال في مدينة جنين وهدمه.
ويُذكر أن قوات الاحتلال اقتحمت فجر الأحد الماضي مدينة جنين، وهدمت للمرة الثانية على التوالي النصب التذكاري للشهيد خالد نزال.
وكان النصب التذكاري للشهيد نزال قد أعيدت إقامته مساء يوم الجمعة الماضي على شارع حيفا عند المدخل الغربي للمدينة.
ودمّر جيش الاحتلال، فجر يوم الجمعة الماضي، النصب التذكاري الخاص بالشهيد نزال، فيما أعاد الشبان بناءه تحديا لجيش الاحتلال وقواته.
""", [
    ev("burqin-vandalism", "اعتدى مجهولون على النصب التذكاري", "2017-07-05", "no own expression; after the Burqin memorial went up on Wed 5 Jul and by the URL day Fri 7 Jul 2017 (my span)", end="2017-07-08"),
    ev("burqin-naming", "قد أطلقت يوم الأربعاء الماضي اسم الشهيد", "2017-07-05", "'يوم الأربعاء الماضي' before Fri 7 Jul 2017 = Wed 5 Jul 2017"),
    ev("second-demolition", "اقتحمت فجر الأحد الماضي مدينة جنين", "2017-07-02", "'فجر الأحد الماضي' before Fri 7 Jul 2017 = Sun 2 Jul 2017"),
    ev("rebuilt", "قد أعيدت إقامته مساء يوم الجمعة الماضي", "2017-06-30", "'مساء يوم الجمعة الماضي' = the evening of Fri 30 Jun 2017 (the Friday of the first demolition, a week before the URL day)"),
    ev("demolition", "ودمّر جيش الاحتلال، فجر يوم الجمعة الماضي", "2017-06-30", "'فجر يوم الجمعة الماضي' = Fri 30 Jun 2017"),
])

# ---------------------------------------------------------------- egypt-port-said-abdel-moneim-riad-statue-2017
S = "egypt-port-said-abdel-moneim-riad-statue-2017"
BROKEN = "2017-12-07"  # the statue broken while being moved, Thu 7 Dec 2017 (youm7's report of that day)
DISMISSAL = ("2017-12-10", "2017-12-12")  # the district chief removed after the governor's statement of Sun 10 Dec (my span 10-11 Dec)
COMMISSION = ("2017-08-01", "2017-09-16")  # the new statue commissioned '3' or '4' months before (my span)
art(S, "https://www.egypt-today.com/amp/36/081714-%D8%B9%D8%A7%D8%AF%D9%84-%D8%A7%D9%84%D8%BA%D8%B6%D8%A8%D8%A7%D9%86-%D9%8A%D8%A4%D9%83%D8%AF-%D9%85%D8%AD%D8%A7%D8%B3%D8%A8%D8%A9-%D8%A7%D9%84%D9%85%D8%B3%D8%A4%D9%88%D9%84-%D8%B9%D9%86-%D9%83%D8%B3%D8%B1-%D8%AA%D9%85%D8%AB%D8%A7%D9%84-%D8%B9%D8%A8%D8%AF-%D8%A7%D9%84%D9%85%D9%86%D8%B9%D9%85-%D8%B1%D9%8A%D8%A7%D8%B6",
    "2017-12-10", "no stamp or URL date in the stored page: fixed by the body's 'اليوم، الأحد' for the governor's phone-in to 'صباح البلد'; the statue was broken on Thu 7 Dec 2017 (youm7's '/2017/12/7/' report) and the district chief's removal was reported on Tue 12 Dec, so Sun 10 Dec 2017; headline rendered from the URL slug; the caption 'اللواء عادل الغضبان' dropped; no full date of its own in the text (weekday only)", False, """
عادل الغضبان يؤكد محاسبة المسؤول عن كسر تمثال عبد المنعم رياض
أكد اللواء عادل الغضبان، محافظ بورسعيد، أن ما جرى خلال واقعة نقل تمثال الفريق عبد المنعم رياض وكسره مشهد مشين لا يرضي أحدا، مشيرا إلى أن رئيس الحي سيُحاسَب بصفته المسؤول عن الواقعة.
وأوضح الغضبان، في مداخلة هاتفية مع برنامج "صباح البلد" على فضائية "صدى البلد"، اليوم، الأحد، أنه وجد منذ توليه منصب محافظ بورسعيد أن تمثال الشهيد عبد المنعم رياض القائم في ميدان الشهداء لا يتناسب مع بطولته وحجمه، فكلّف الفنان طارق الكومي منذ 4 أشهر بصنع تمثال آخر للشهيد يليق به حجما وتصميما.
وشدد على أن الشهيد رمز من الرموز العسكرية المصرية ولا يُقبل بإهانته، لافتا إلى أن نتيجة التحقيق ستُنظر اليوم وسينال المخطئ عقابه فورا.
وأشار إلى أنه اتصل هاتفيا بأسرة الشهيد البطل الفريق أول عبد المنعم رياض ليقدم لها اعتذارا عن واقعة نقل تمثاله، ووجّه إليها الدعوة لحضور احتفالات المحافظة بأعياد النصر خلال الشهر الجاري.
""", [
    ev("governor-phone-in", "على فضائية \"صدى البلد\"، اليوم، الأحد", "2017-12-10", "'اليوم، الأحد' = Sun 10 Dec 2017"),
    ev("statue-broken", "واقعة نقل تمثال الفريق عبد المنعم رياض وكسره", BROKEN, "no own expression; the statue was broken while being moved on Thu 7 Dec 2017 (youm7's report of that day)"),
    ev("new-statue-commission", "فكلّف الفنان طارق الكومي منذ 4 أشهر", COMMISSION[0], "'منذ 4 أشهر' before Sun 10 Dec 2017 = about August 2017 (another report: 'منذ 3 أشهر'; my span 1 Aug - 15 Sep 2017)", end=COMMISSION[1]),
    ev("inquiry-result", "نتيجة التحقيق ستُنظر اليوم", "2017-12-10", "'اليوم' = Sun 10 Dec 2017"),
    ev("victory-day", "احتفالات المحافظة بأعياد النصر خلال الشهر الجاري", "2017-12-23", "'خلال الشهر الجاري' = December 2017; Port Said's Victory Day is 23 December (another report: 'في 23 ديسمبر/كانون الأول الجاري')"),
])
art(S, "https://m.youm7.com/amp/2017/12/12/%D8%B1%D8%A6%D9%8A%D8%B3-%D8%AD%D9%89-%D8%A7%D9%84%D8%B4%D8%B1%D9%82-%D8%A8%D8%A8%D9%88%D8%B1%D8%B3%D8%B9%D9%8A%D8%AF-%D8%B9%D9%86-%D9%88%D8%A7%D9%82%D8%B9%D8%A9-%D8%AA%D9%85%D8%AB%D8%A7%D9%84-%D8%B9%D8%A8%D8%AF%D8%A7%D9%84%D9%85%D9%86%D8%B9%D9%85-%D8%B1%D9%8A%D8%A7%D8%B6-%D8%A3%D8%B5%D8%A8%D8%AD%D8%AA/3550801",
    "2017-12-12", "byline stamp 'بورسعيد – محمد عزام الثلاثاء، 12 ديسمبر 2017 04:00 ص' (its date kept as first line, before the headline; 12 Dec 2017 was a Tuesday) and the URL '/2017/12/12/' agree; the page's current-date lines 'الأحد 2024-04-28', 'القاهره 08:05 ص', the menu, the caption and the last line (cut off at 'يذكر أنه كا...') dropped", True, """
الثلاثاء، 12 ديسمبر 2017 04:00 ص
رئيس حى الشرق ببورسعيد عن واقعة تمثال عبدالمنعم رياض: أصبحت "كبش فدا"
قال عماد مهدى، رئيس حي الشرق في محافظة بورسعيد، إن قرارا صدر بنقله من رئاسة الحي إلى إدارة المتابعة بالديوان العام للمحافظة من دون إجراء أي تحقيقات معه في واقعة كسر تمثال الشهيد عبد المنعم رياض، التي أثارت جدلا واسعا خلال الأيام القليلة الماضية، مضيفا: "أصبحت كبش فدا".
وأكد مهدى، في تصريح خاص لـ"اليوم السابع"، أنه فوجئ بقرار نقله بينما كان يمارس مهامه بشكل طبيعي داخل الحي، وأنه لم يتلق أي تعليمات بحضور أي تحقيقات، على عكس ما ذكره اللواء عادل الغضبان محافظ بورسعيد.
وأوضح رئيس الحي أنه كُلّف بإزالة التمثال من مكانه، فتواصل مع اللواء محمد عامر، المستشار الفني للمحافظ والمسؤول عن إدارة وورش الإشغالات، للاستعانة بالمعدات المناسبة لهذا العمل، فأبلغه عامر حينها بأنه سيتولى هذه المهمة.
وأشار إلى أنه لا ينكر وقوع خطأ من جانبه في هذه الواقعة، لكنه ليس المتسبب الأساسي فيها، لأن جميع العمال الذين فكّوا التمثال وأزالوه يتبعون الإدارة التي يتولاها المستشار الفني للمحافظ.
""", [
    ev("dismissal", "إن قرارا صدر بنقله من رئاسة الحي", DISMISSAL[0], "no own expression; after the governor's statement of Sun 10 Dec and before this report of 04:00 on Tue 12 Dec 2017 (my span 10-11 Dec)", end=DISMISSAL[1]),
    ev("statue-broken", "في واقعة كسر تمثال الشهيد عبد المنعم رياض", BROKEN, "'خلال الأيام القليلة الماضية': the breaking of Thu 7 Dec 2017"),
    ev("removal-order", "أنه كُلّف بإزالة التمثال من مكانه", "2017-12-01", "no own expression; the order to move the statue came before the removal of Thu 7 Dec 2017 (my span 1-7 Dec)", end="2017-12-08"),
])
art(S, "https://thenewkhalij.news/article/89666/%D8%AB%D9%82%D8%A7%D9%81%D8%A9-%D9%88%D9%81%D9%86-%D8%AA%D9%85%D8%AB%D8%A7%D9%84-%C2%AB%D8%B9%D8%A8%D8%AF%D8%A7%D9%84%D9%85%D9%86%D8%B9%D9%85-%D8%B1%D9%8A%D8%A7%D8%B6%C2%BB-%D9%8A%D8%B7%D9%8A%D8%AD-%D8%A8%D9%85%D8%B3%D8%A4%D9%88%D9%84-%D9%85%D8%B5%D8%B1%D9%8A-%D9%85%D9%86-%D9%85%D9%86%D8%B5%D8%A8%D9%87",
    "2017-12-12", "page stamp 'الثلاثاء 12 ديسمبر 2017 08:12 ص' under the headline (kept as first line, before the headline); 12 Dec 2017 was a Tuesday; the last sentence (cut off at 'ويوليو/تموز الماضي، أحالت السلطات المص...') dropped", True, """
الثلاثاء 12 ديسمبر 2017 08:12 ص
تمثال «عبدالمنعم رياض» يطيح بمسؤول مصري من منصبه
أقال محافظ بورسعيد، شمالي مصر، مسؤولا محليا على خلفية تحطم جزء من تمثال رئيس أركان الجيش المصري الراحل، الفريق أول «عبدالمنعم رياض».
وتضمن قرار المحافظ اللواء «عادل الغضبان» استبعاد رئيس حي الشرق في بورسعيد «عماد مهدي» من منصبه، بسبب التصرف غير المسؤول الذي أقدم عليه المتسببون في تعرض منطقة الرقبة من التمثال للكسر أثناء محاولة نقله من ساحة ميدان الشهداء بحديقة المسلة، وفق صحف مصرية.
وقرر محافظ بورسعيد تعيين «السعيد شلبي»، مدير جمعية المستثمرين بالمنطقة الصناعية جنوب بورسعيد ورئيس حي المناخ الأسبق، رئيسا لحي الشرق بصفة مؤقتة.
وكان «الغضبان» قد كلّف متحف الفنان محمد مختار، منذ 3 أشهر، بإقامة تمثال جديد للفريق الراحل بطول 4 أمتار، ووضعه في مكان لائق بميدان الشهداء، وإزاحة الستار عنه في احتفالات بورسعيد بأعياد النصر في 23 ديسمبر/كانون الأول الجاري، بحضور أسرة «عبدالمنعم رياض».
وأظهر الفيديو الذي تداولته مواقع التواصل عمال حي الشرق بمحافظة «بورسعيد» أثناء نقلهم التمثال بطريقة بدائية من قاعدته في الميدان المخصص له أمام حديقة المسلة، ما تسبب في حدوث كسور في جزء منه.
""", [
    ev("dismissal", "أقال محافظ بورسعيد، شمالي مصر، مسؤولا محليا", DISMISSAL[0], "no own expression; the removal of the district chief, between the governor's statement of Sun 10 Dec and this report of Tue 12 Dec 2017 (my span 10-11 Dec)", end=DISMISSAL[1]),
    ev("interim-chief", "وقرر محافظ بورسعيد تعيين «السعيد شلبي»", DISMISSAL[0], "no own expression; in the same decision (my span 10-11 Dec 2017)", end=DISMISSAL[1]),
    ev("new-statue-commission", "منذ 3 أشهر، بإقامة تمثال جديد", COMMISSION[0], "'منذ 3 أشهر' before Tue 12 Dec 2017 = about September 2017 (another report: 'منذ 4 أشهر'; my span 1 Aug - 15 Sep 2017)", end=COMMISSION[1]),
    ev("victory-day", "في 23 ديسمبر/كانون الأول الجاري", "2017-12-23", "'في 23 ديسمبر/كانون الأول الجاري' = Sat 23 Dec 2017"),
    ev("statue-broken", "ما تسبب في حدوث كسور في جزء منه", BROKEN, "no own expression; the video of the removal of Thu 7 Dec 2017"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 262)
                            if i != 201 and i != 255
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

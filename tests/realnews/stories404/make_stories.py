"""Builds stories.jsonl: the 404-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from northern and central Iraq (Mosul / Nineveh,
Kirkuk, Salahuddin / Tikrit, Samarra, Diyala / Baqubah) in any domain: security incidents, reconstruction,
floods, fires, elections, services, sport.
Stories: the election of Rebwar Taha as governor of Kirkuk in Baghdad's al-Rashid hotel and the protests against
it (Iraq, August 2024), the attack on al-Rashad village of al-Muqdadiya and the reprisal on Nahr al-Imam (Diyala,
Iraq, October 2021), and the floods of Mosul / Nineveh (Tal Afar, Rabia) with the house collapse in Diyala
(Iraq, March 2020).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-kirkuk-rebwar-taha-governor-2024
S = "iraq-kirkuk-rebwar-taha-governor-2024"
SESSION = "2024-08-10"                     # the al-Rashid hotel session in Baghdad, evening of Sat 10 Aug 2024
PROTEST = "2024-08-13"                     # the Turkmen / Arab protest before the governorate building, afternoon of Tue 13 Aug
DECREE = "2024-08-13"                      # President Abdul Latif Rashid ratified the decree on Tue 13 Aug
OFFICE = "2024-08-14"                      # oath before the Kirkuk appeal court and taking office, Wed 14 Aug 2024
art(S, "https://964media.com/422405/?amp=1",
    "2024-08-11", "no date line on the stored page; the body's 'اليوم الأحد' and 'أحداث الليلة الماضية' after the al-Rashid hotel session of the evening of Sat 10 Aug 2024 give Sun 11 Aug 2024 (a Sunday); the source tag 'كركوك – 964' kept as a first line; headline written from the body (the stored text has none); no date of its own in the text", False, """
رئيس الجبهة التركمانية يطعن بجلسة فندق الرشيد
كركوك – 964
ذكر رئيس الجبهة التركمانية، اليوم الأحد، أن رئيس الوزراء محمد شياع السوداني "لم يكن على علم بجلسة فندق الرشيد"، وعدّ حسن توران ما خرجت به الجلسة باطلاً.
وأضاف أن الجبهة ستتوجه إلى القضاء العراقي للطعن في نتائجها، واصفاً جلسة اختيار المحافظ ورئيس المجلس بأنها "انتهاك لكل الاتفاقات السابقة التي دعا إليها السوداني".
وعلى الرغم من الحضور الواضح للقيادي التركماني غريب عسكر، انتقد توران ما عدّه "غياباً للممثلين الشرعيين للتركمان".
ولفت إلى أن أحداث الليلة الماضية خالفت محضر الجلسة الأولى للمجلس، الذي ألزم فيه نفسه بالتوافق بين المكونات، فضلاً عن مخالفتها المادة 13 من القانون الانتخابي التي تنص على توزيع المناصب بعدالة بين مكونات المحافظة.
""", [
    ev("turan-rejects-session", "وعدّ حسن توران ما خرجت به الجلسة باطلاً", "2024-08-11", "'اليوم الأحد' = Sun 11 Aug 2024 (the day after the session)"),
    ev("rashid-hotel-session", "ولفت إلى أن أحداث الليلة الماضية خالفت", SESSION, "'الليلة الماضية' from Sun 11 Aug = the evening of Sat 10 Aug 2024 (the session in the al-Rashid hotel)"),
    ev("court-appeal", "أن الجبهة ستتوجه إلى القضاء العراقي للطعن في نتائجها", "2024-08-11", "future ('ستتوجه'); the complaints were lodged in the following days (aa-news of Wed 14 Aug: 'تم تقديم شكوى الى القضاء'), my span 11-14 Aug 2024", end="2024-08-15"),
    ev("first-council-session", "محضر الجلسة الأولى للمجلس", "2024-07-11", "no own expression; the council's first meeting on Thu 11 Jul 2024 (aljazeera via alkhaleejtrend: 'يوم 11 يوليو/تموز الماضي')"),
])
art(S, "https://aa-news.iq/?p=14697",
    "2024-08-14", "page stamp '09:56:26 || 14 أغسطس 2024' (kept as second line; 14 Aug 2024 was a Wednesday); the body's 'عصر الثلاثاء (13 آب 2024)' agrees; the byline, view counter and print links dropped; headline kept (reworded); the last, truncated quotation shortened", True, """
محتجون تركمان وعرب يرفضون تعيين محافظ كركوك
09:56:26 || 14 أغسطس 2024
تظاهر مئات من مناصري الجبهة التركمانية والتحالف العربي عصر الثلاثاء (13 آب 2024) قبالة مكتب محافظ كركوك، رفضاً لتشكيل الحكومة المحلية في المحافظة.
واحتشد ما بين 500 و600 شخص أمام مكتب المحافظ وهم يرددون شعارات عدة بينها "يعيش التركمان"، اعتراضاً على اجتماع السبت الماضي في بغداد الذي انتهى بتعيين المحافظ.
وبعثت قيادات الجبهة التركمانية والتحالف العربي برسالة إلى أنصارها مفادها أنها لن تنخرط في أي مباحثات قبل البت في شكواها.
من جهته، قال النائب خالد المفرجي، المتحدث الرسمي باسم حزب السيادة الذي يتزعمه خميس الخنجر، إن "ثمة إجماعاً على مقاطعة كل الجلسات غير الرسمية، وقد رُفعت شكوى إلى القضاء بشأن انعقاد الجلسة في بغداد".
ويشدد المحتجون من أنصار الأحزاب العربية والتركمانية على ضرورة حل المسألة تحت إشراف رئيس الوزراء العراقي، منبهين إلى أن الأوضاع في كركوك ستنزلق نحو الفوضى.
أما المتحدث باسم الجبهة التركمانية محمد سمعان فقال إن "سياسة الأمر الواقع ولّت، فقد زالت منذ عهد صدام ولا يجوز أن ترجع"، مبيناً أن رئيس الوزراء يسعى إلى حل هذه الأزمة.
""", [
    ev("turkmen-arab-protest", "تظاهر مئات من مناصري الجبهة التركمانية والتحالف العربي عصر الثلاثاء (13 آب 2024)", PROTEST, "'عصر الثلاثاء (13 آب 2024)' = Tue 13 Aug 2024"),
    ev("rashid-hotel-session", "اعتراضاً على اجتماع السبت الماضي في بغداد", SESSION, "'السبت الماضي' from Wed 14 Aug = Sat 10 Aug 2024"),
    ev("court-appeal", "وقد رُفعت شكوى إلى القضاء بشأن انعقاد الجلسة في بغداد", "2024-08-11", "no own expression (perfect 'رُفعت'); the complaint lodged between the session and the report, my span 11-14 Aug 2024", end="2024-08-15"),
    ev("boycott-talks", "أنها لن تنخرط في أي مباحثات قبل البت في شكواها", "2024-08-13", "no own expression; the message of the leaders at the protest of Tue 13 Aug 2024 (my reading)"),
])
art(S, "https://centrals.news/iraq/4040-.html",
    "2024-08-14", "no date line on the stored page (the list of other headlines above the text dropped); the body's 'صباح اليوم الأربعاء' with 'أمس الثلاثاء' for the decree and 'العاشر من شهر آب الجاري' for the session give Wed 14 Aug 2024 (a Wednesday; the oath and the taking of office are dated 14 Aug 2024 by aljeebal and hathalyoum); headline written from the body (the stored text has none); no full date of its own in the text", False, """
ريبوار طه يؤدي اليمين الدستورية محافظاً لكركوك
أقسم رئيس الحكومة المحلية في محافظة كركوك ريبوار طه، صباح اليوم الأربعاء، اليمين الدستورية استعداداً لمراسم تسلمه مهام منصبه.
وكان رئيس الجمهورية العراقية عبد اللطيف جمال رشيد قد صادق، أمس الثلاثاء، على مرسوم تعيين ريبوار طه رئيساً للحكومة المحلية في كركوك.
وجرى يوم العاشر من شهر آب الجاري في بغداد انتخاب محافظ كركوك ورئيس مجلس محافظتها، في غياب أعضاء كتلة الحزب الديمقراطي وعدد من الأعضاء العرب، فعُيّن ريبوار طه محافظاً ومحمد حافظ رئيساً لمجلس المحافظة.
وخرجت في محافظة كركوك احتجاجات لعدد من المكونات رفضاً لانتخاب ريبوار طه لمنصب المحافظ، إلى جانب بيانات اعتراض أصدرتها بعض الأحزاب السياسية على جلسة انتخابه.
""", [
    ev("taha-oath", "أقسم رئيس الحكومة المحلية في محافظة كركوك ريبوار طه، صباح اليوم الأربعاء", OFFICE, "'صباح اليوم الأربعاء' = Wed 14 Aug 2024"),
    ev("decree-ratified", "قد صادق، أمس الثلاثاء، على مرسوم تعيين ريبوار طه", DECREE, "'أمس الثلاثاء' from Wed 14 Aug = Tue 13 Aug 2024"),
    ev("rashid-hotel-session", "وجرى يوم العاشر من شهر آب الجاري في بغداد انتخاب محافظ كركوك", SESSION, "'يوم العاشر من شهر آب الجاري' = Sat 10 Aug 2024"),
    ev("turkmen-arab-protest", "وخرجت في محافظة كركوك احتجاجات لعدد من المكونات", "2024-08-11", "no own expression; the protests between the session and the report, chiefly the one of Tue 13 Aug 2024 (my span 11-14 Aug)", end="2024-08-15"),
])
art(S, "https://hathalyoum.net/articles/3395996",
    "2024-08-16", "the body's 'اليوم الجمعة (16 آب 2024)' (kept; 16 Aug 2024 was a Friday); a copy of Baghdad Today ('بغداد اليوم - كركوك' kept as the source line); headline kept (reworded); the last, truncated sentence shortened", True, """
العرب راضون عن مناصبهم في كركوك والتركمان سينالون كرسي المحافظ
بغداد اليوم - كركوك
أكد عضو مجلس محافظة كركوك رعد الصالح، اليوم الجمعة (16 آب 2024)، أن العرب والتركمان نالوا حقوقاً ومكاسب لم ينالوها من قبل.
وأوضح الصالح لـ"بغداد اليوم" أن "اتفاق الأعضاء العرب مع الاتحاد الوطني الكردستاني جلب لنا مكاسب كبيرة ومناصب مهمة على مستوى مديري الدوائر وإدارات الأقضية والنواحي".
وتابع أن "التركمان سيتولون منصب المحافظ في إطار التدوير الثلاثي للمنصب، كما نالوا مناصب مهمة جداً، فالاتفاق حقق لنا مكاسب كبيرة، ونرفض سياسة التخوين والحملات المنظمة ضدنا".
ولفت الصالح إلى أن "كركوك ستظل عراقية، وملفها الأمني بيد السلطة الاتحادية، وعلينا توحيد الكلمة لخدمة أهالي كركوك بكل قومياتهم".
وكان محافظ كركوك الجديد ريبوار طه قد تسلّم، يوم أول أمس الأربعاء (14 آب 2024)، منصبه رسمياً بعد صدور المرسوم الجمهوري وأدائه اليمين القانونية في محكمة استئناف كركوك.
وغاب عن مراسم التسلم المحافظ السابق راكان الجبوري، أول المعترضين على جلسة مجلس المحافظة التي انعقدت في بغداد لاختيار المحافظ.
""", [
    ev("saleh-statement", "أكد عضو مجلس محافظة كركوك رعد الصالح، اليوم الجمعة (16 آب 2024)", "2024-08-16", "'اليوم الجمعة (16 آب 2024)' = Fri 16 Aug 2024"),
    ev("taha-oath", "قد تسلّم، يوم أول أمس الأربعاء (14 آب 2024)، منصبه رسمياً", OFFICE, "'يوم أول أمس الأربعاء (14 آب 2024)' = Wed 14 Aug 2024"),
    ev("decree-ratified", "بعد صدور المرسوم الجمهوري", DECREE, "no own expression; the decree ratified on Tue 13 Aug 2024 (centrals: 'أمس الثلاثاء' of Wed 14)"),
    ev("rashid-hotel-session", "جلسة مجلس المحافظة التي انعقدت في بغداد لاختيار المحافظ", SESSION, "no own expression; the session of the evening of Sat 10 Aug 2024"),
])

# ---------------------------------------------------------------- iraq-diyala-muqdadiya-rashad-attack-2021
S = "iraq-diyala-muqdadiya-rashad-attack-2021"
RASHAD = "2021-10-26"                      # IS attack on al-Rashad (al-Hawasha) village, evening of Tue 26 Oct 2021
NAHR = ("2021-10-27", "2021-10-28")        # the reprisal on Nahr al-Imam, Wed 27 Oct 2021 (in the evening, per mugtama)
DISPLACE = ("2021-10-27", "2021-10-29")    # families fleeing Nahr al-Imam and nearby villages, Wed 27 - Thu 28 Oct
art(S, "https://alghadeertv.iq/archives/44916",
    "2021-10-26", "the body's 'الثلاثاء (26 تشرين الأول 2021)' (kept; 26 Oct 2021 was a Tuesday) with 'مساء اليوم' for the attack; headline written from the body (the stored text has none); the typo 'محافظى' corrected; the closing tag 'انتهى م4' dropped", True, """
مسؤول سابق يكشف تفاصيل الهجوم على قرية الرشاد في المقدادية
أدلى مسؤول سابق في محافظة ديالى، الثلاثاء (26 تشرين الأول 2021)، بتفاصيل عن الهجوم المسلح الذي طال قرية "الرشاد" جنوب غرب قضاء المقدادية، وخلّف قرابة 11 قتيلاً و13 جريحاً.
وذكر عدنان التميمي، الرئيس السابق لمجلس قضاء المقدادية (40 كم شمال شرق بعقوبة)، في تصريح صحفي، أن "قرية الرشاد أو (الهواشة) جنوب غرب المقدادية تعرضت مساء اليوم لهجوم بأسلحة متوسطة تلاه قنص، فسقط 10 قتلى و12 جريحاً بعضهم في وضع حرج".
وتابع أن "داعش نفذ الهجوم انطلاقاً من قاطع العيث، وهو منطقة مفتوحة وواسعة تتوسط أرضاً زراعية كبيرة، ويُعد هذا الحادث الأكبر من نوعه منذ ما بعد 2014".
وبيّن أن "المنطقة المستهدفة في حالة استنفار قصوى الآن، مع قدوم تعزيزات عسكرية كبيرة لتمشيط محيطها".
بدوره، أفاد مصدر أمني لموقع "الغدير" بأن "قوات الأمن تطوق الآن قرية الرشاد، القريبة من معسكر تدريب المنصورية سابقاً، وتبحث عن المهاجمين بمساندة جهاز مكافحة الإرهاب"، مضيفاً أن "حصيلة الهجوم وصلت إلى 11 قتيلاً و13 جريحاً".
ويقطن هذه المنطقة أبناء عشائر تميم والعميرات وبني ويس.
""", [
    ev("tamimi-details", "أدلى مسؤول سابق في محافظة ديالى، الثلاثاء (26 تشرين الأول 2021)", RASHAD, "'الثلاثاء (26 تشرين الأول 2021)' = Tue 26 Oct 2021"),
    ev("rashad-attack", "تعرضت مساء اليوم لهجوم بأسلحة متوسطة تلاه قنص", RASHAD, "'مساء اليوم' of Tue 26 Oct 2021"),
    ev("reinforcements-sweep", "مع قدوم تعزيزات عسكرية كبيرة لتمشيط محيطها", RASHAD, "'الآن' in the report of the night of Tue 26 Oct 2021; the sweep went on into Wed 27 (my span 26-27 Oct)", end="2021-10-28"),
    ev("worst-since-2014", "ويُعد هذا الحادث الأكبر من نوعه منذ ما بعد 2014", "2014-01-01", "'منذ ما بعد 2014' = the period from 2014 up to the attack of Tue 26 Oct 2021 (my span)", end="2021-10-27"),
])
art(S, "https://zagrosnews.net/ar/news/24786",
    "2021-10-27", "the body's 'اليوم الأربعاء (27 تشرين الأول 2021)' (kept; 27 Oct 2021 was a Wednesday) with 'ليلة أمس الثلاثاء (26 تشرين الأول 2021)'; the source line 'زاكروس عربية - أربيل' kept; headline written from the body (the stored text has none); the last, truncated words dropped", True, """
العمليات المشتركة تحمّل داعش مسؤولية هجوم ديالى
زاكروس عربية - أربيل
حمّلت قيادة العمليات المشتركة العراقية تنظيم "داعش" مسؤولية الهجوم الإرهابي الذي أودى بحياة أكثر من عشرة أشخاص في محافظة ديالى.
وجاء في بيان للقيادة نُشر اليوم الأربعاء (27 تشرين الأول 2021) عبر وكالة الأنباء العراقية الرسمية: "يحاول مجرمو تنظيم داعش الإرهابي مرة أخرى العودة إلى أساليبهم البائسة في استهداف المواطنين الآمنين الأبرياء، بعد عجزهم عن مواجهة قواتنا العسكرية والأمنية في كل أرجاء الوطن".
وأضاف البيان أن "المجرمين اعتدوا اعتداءً إرهابياً على قرية الهواشة في المقدادية بمحافظة ديالى، فسقط 11 شهيداً بينهم امرأة وعدد من الجرحى من المدنيين العزل".
وأكدت القيادة أن "العراق قيادة وشعباً وقوات أمنية وعسكرية عقدوا العزم على ألا يبقوا لهذه الشراذم باقية، وستتم ملاحقتهم داخل العراق وخارجه، ومعركتنا معهم مستمرة".
وكان مسلحو تنظيم داعش الإرهابي قد هاجموا، ليلة أمس الثلاثاء (26 تشرين الأول 2021)، بأسلحة متوسطة وخفيفة تجمعاً للشباب في قرية الرشاد، ثم أطلقوا النار عشوائياً على المنازل.
""", [
    ev("joc-statement", "وجاء في بيان للقيادة نُشر اليوم الأربعاء (27 تشرين الأول 2021)", "2021-10-27", "'اليوم الأربعاء (27 تشرين الأول 2021)' = Wed 27 Oct 2021"),
    ev("rashad-attack", "قد هاجموا، ليلة أمس الثلاثاء (26 تشرين الأول 2021)", RASHAD, "'ليلة أمس الثلاثاء (26 تشرين الأول 2021)' = Tue 26 Oct 2021"),
    ev("pursuit-vow", "وستتم ملاحقتهم داخل العراق وخارجه", "2021-10-27", "future; the vow in the statement of Wed 27 Oct 2021, with no date for the pursuit (my span: from the statement on)", end="2021-11-27"),
])
art(S, "https://new.mugtama.com/2021/10/28/2021-10-28-05-43-14/?amp=1",
    "2021-10-28", "date in the URL '/2021/10/28/' and the time stamp '2021-10-28-05-43-14' in its slug (28 Oct 2021 was a Thursday); the body's 'مساء أمس الأربعاء' agrees; headline kept (reworded); the sub-heading 'نزوح جماعي' and the last, truncated words dropped; no date of its own in the text", False, """
قتلى وحرق منازل في هجوم انتقامي بديالى عقب عملية لداعش
شنّ مئات المسلحين الشيعة من إحدى العشائر العراقية في محافظة ديالى، مساء أمس الأربعاء، هجوماً عنيفاً على أهالي قرية "نهر الإمام" السنية، ثأراً لمقتل نحو 15 من أبنائهم وجرح نحو 8 على يد تنظيم "داعش".
وبيّن مصدر أمني، طلب عدم ذكر اسمه، لـ"الأناضول" أن هجوم مسلحي القبيلة على سكان القرية خلّف 8 قتلى، علاوة على إحراق عدد من المنازل والبساتين.
ونقلت مواقع إخبارية محلية عن مصادر أمنية أن الهجوم انطلق من 4 محاور شارك فيها آلاف المقاتلين، وأن المهاجمين أحضروا معهم 43 جرافة جرفت بساتين أهالي نهر الإمام.
وأشارت إلى أن المهاجمين من قبيلة بني تميم الشيعية من سكان قرية الرشاد، وأنهم هاجموا انتقاماً لمقتل أبنائهم في الهجوم المسلح الذي نفذه تنظيم "الدولة" (داعش)، ليلة الثلاثاء/ الأربعاء، على قرية الرشاد التابعة لقضاء المقدادية، وأوقع 15 قتيلاً و8 مصابين.
وتحدثت المصادر عن نزوح جماعي للأسر من قرية نهر الإمام شمال شرق بعقوبة.
""", [
    ev("nahr-imam-reprisal", 'هجوماً عنيفاً على أهالي قرية "نهر الإمام" السنية', NAHR[0], "'مساء أمس الأربعاء' from Thu 28 Oct = Wed 27 Oct 2021", end=NAHR[1]),
    ev("nahr-imam-houses-burned", "علاوة على إحراق عدد من المنازل والبساتين", NAHR[0], "no own expression; during the reprisal of Wed 27 Oct 2021", end=NAHR[1]),
    ev("rashad-attack", "ليلة الثلاثاء/ الأربعاء، على قرية الرشاد", RASHAD, "'ليلة الثلاثاء/ الأربعاء' = the night of Tue 26 Oct 2021 (the attack began on Tuesday evening)"),
    ev("nahr-imam-displacement", "عن نزوح جماعي للأسر من قرية نهر الإمام", DISPLACE[0], "no own expression; the flight after the reprisal, Wed 27 - Thu 28 Oct 2021 (my span)", end=DISPLACE[1]),
])
art(S, "https://shafaq.com/amp/ar/أمـن/وفد-مني-وعسكري-وحكومي-رفيع-يصل-الى-ديالى",
    "2021-10-28", "no date line on the stored page; the body's 'صباح اليوم الخميس', 'امس الاربعاء' for the army chief's visit and 'مساء امس الاول' for the attack of Tue 26 Oct 2021 give Thu 28 Oct 2021 (a Thursday); the source tag 'شفق نيوز/' dropped; headline rendered from the URL slug; the last, truncated words completed from the same sentence in nbanews ('من قرى القضاء'); no date of its own in the text", False, """
وفد أمني وعسكري وحكومي رفيع يصل إلى ديالى
حطّ وفد أمني وعسكري وحكومي رفيع، صباح اليوم الخميس، في قضاء المقدادية بمحافظة ديالى، الذي تعرض مساء امس الاول لهجوم إرهابي ذهب ضحيته العشرات.
وأفاد مصدر لوكالة شفق نيوز بأن الوفد يترأسه مستشار الأمن القومي قاسم الأعرجي ويضم وزير الداخلية عثمان الغانمي ورئيس أركان الجيش عبد الأمير يار الله ونائب قائد العمليات المشتركة، إلى جانب وزيرة الهجرة إيفان فائق.
وكان رئيس أركان الجيش الفريق أول ركن عبد الأمير رشيد يار الله ونائب قائد العمليات المشتركة الفريق الركن عبد الأمير الشمري قد زارا امس الاربعاء موقع الجريمة الإرهابية في قرية الرشاد التابعة لقضاء المقدادية شمال شرقي ديالى.
وتوعدت رئاسة أركان الجيش وقيادة العمليات المشتركة منفذي جريمة المقدادية "بزلزلة الأرض تحت أقدامهم".
وقوبل الوفد الأمني الذي زار ديالى أمس بردود فعل شعبية غاضبة انتقدت ضعف الأمن وإخفاق خطط حماية القرى والأرياف الساخنة رغم الهدوء الذي تنعم به منذ عدة سنوات.
وأدت أحداث العنف الدامية التي شهدتها المقدادية، يوم أمس، إلى نزوح 170 أسرة من قرى القضاء.
""", [
    ev("delegation-arrives", "حطّ وفد أمني وعسكري وحكومي رفيع، صباح اليوم الخميس", "2021-10-28", "'صباح اليوم الخميس' = Thu 28 Oct 2021"),
    ev("rashad-attack", "الذي تعرض مساء امس الاول لهجوم إرهابي", RASHAD, "'مساء امس الاول' from Thu 28 Oct = the evening of Tue 26 Oct 2021"),
    ev("army-chief-visit", "قد زارا امس الاربعاء موقع الجريمة الإرهابية", "2021-10-27", "'امس الاربعاء' = Wed 27 Oct 2021"),
    ev("angry-reception", "وقوبل الوفد الأمني الذي زار ديالى أمس بردود فعل شعبية غاضبة", "2021-10-27", "'أمس' = Wed 27 Oct 2021"),
    ev("nahr-imam-displacement", "إلى نزوح 170 أسرة من قرى القضاء", DISPLACE[0], "'يوم أمس' = Wed 27 Oct 2021 (my span 27-28 Oct for the whole flight)", end=DISPLACE[1]),
])

# ---------------------------------------------------------------- iraq-mosul-nineveh-floods-march-2020
S = "iraq-mosul-nineveh-floods-march-2020"
RAIN = ("2020-03-17", "2020-03-19")        # the heavy rain of the night of Tue 17 Mar and Wed 18 Mar 2020 on Nineveh
FLOOD = "2020-03-18"                       # floods in Mosul, Tal Afar and Rabia, Wed 18 Mar 2020
COLLAPSE = "2020-03-18"                    # the house of a displaced family collapsed in Diyala (Haj Nasser village), Wed 18 Mar
art(S, "https://hathalyoum.net/articles/2287843-%D9%81%D9%8A%D8%B6%D8%A7%D9%86%D8%A7%D8%AA-%D9%81%D9%8A-%D8%A7%D9%84%D9%85%D9%88%D8%B5%D9%84-%D8%B4%D9%85%D8%A7%D9%84%D9%8A-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D9%88%D8%A3%D9%86%D8%A8%D8%A7%D8%A1-%D8%B9%D9%86-%D9%85%D8%AD%D8%A7%D9%88%D9%84%D8%A7%D8%AA-",
    "2020-03-18", "page stamp '2020/03/18 | 11:54 - المصدر: الحرة' (kept as second line; 18 Mar 2020 was a Wednesday); headline rendered from the URL slug (its end, cut in the URL, dropped)", True, """
فيضانات في الموصل شمالي العراق
2020/03/18 | 11:54 - المصدر: الحرة
أفادت وسائل إعلام محلية وناشطون على مواقع التواصل الاجتماعي في العراق بأن "فيضانات عنيفة" تجتاح الموصل حاليا إثر موجة أمطار هطلت على المحافظة.
وبثت صفحات عدة تتابع أخبار الموصل صورا ومقاطع فيديو يظهر فيها ارتفاع مناسيب المياه في المدينة التي تعاني بنيتها التحتية المتهالكة أصلا من آثار الحرب المدمرة مع داعش.
وتُظهر الصور المتداولة المياه وقد تسربت إلى بعض البيوت في المدينة، في حين ذكرت بعض الصفحات أن الدفاع المدني يعمل على إجلاء السكان من منازلهم.
وكانت السلطات قد دعت السكان في العراق إلى ملازمة منازلهم بسبب المخاوف من تفشي فيروس كورونا، وفرضت حظرا للتجوال والتنقل. ومن شأن الأمطار الغزيرة أن تعرقل جهود الفرق الصحية الساعية إلى احتواء انتشار واسع متوقع للفيروس في العراق.
وقتل اليوم، خمسة نساء وأطفال من عائلة نازحة في ديالى، شمال شرق بغداد، إثر انهيار منزلهم المتهالك جراء الأمطار.
""", [
    ev("mosul-floods", 'بأن "فيضانات عنيفة" تجتاح الموصل حاليا', FLOOD, "'حاليا' at 11:54 of Wed 18 Mar 2020"),
    ev("civil-defence-evacuation", "أن الدفاع المدني يعمل على إجلاء السكان من منازلهم", FLOOD, "no own expression; the evacuations of Wed 18 Mar 2020"),
    ev("corona-curfew", "وفرضت حظرا للتجوال والتنقل", "2020-03-15", "no own expression; the curfews imposed from mid-March 2020 (Baghdad's from Tue 17 Mar; my span 15-18 Mar)", end="2020-03-19"),
    ev("diyala-house-collapse", "وقتل اليوم، خمسة نساء وأطفال من عائلة نازحة في ديالى", COLLAPSE, "'اليوم' = Wed 18 Mar 2020 (stamp)"),
])
art(S, "https://yaqein.net/politics/249713",
    "2020-03-18", "the body's 'اليوم (18 آذار 2020)' with 'اليوم الأربعاء' (kept; 18 Mar 2020 was a Wednesday); the section label 'سياسة وأمنية' dropped; headline kept (reworded); the last, truncated quotation of the ministry dropped", True, """
نينوى: مئات ينزحون بعد غرق منازلهم بمياه الأمطار
أعلنت جمعية الهلال الأحمر العراقية، اليوم الأربعاء، أن 150 عائلة في محافظة نينوى تركت منازلها بعدما غمرتها المياه خلال موجة الأمطار الغزيرة التي ضربت المحافظة.
وذكرت الجمعية في بيان، اليوم (18 آذار 2020)، أن "الأمطار الغزيرة التي هطلت خلال ليلة أمس أغرقت عددا كبيرا من منازل المواطنين في مناطق متفرقة من تلعفر وناحية ربيعة ومناطق أخرى، فاضطرت أكثر من 150 عائلة في تلعفر إلى مغادرة منازلها".
وأضافت أن "فرقها الإغاثية نقلت أغلب العوائل المتضررة إلى أماكن آمنة"، مرجحة ارتفاع عدد العوائل المتضررة مع تواصل هطول الأمطار وغزارتها في عدد من مناطق نينوى.
وكانت مديرية مجاري نينوى قد أعلنت في وقت سابق، في بيان تلقت وكالة يقين نسخة منه، أن السيول والفيضانات الناجمة عن الأمطار أخرجت الأوضاع عن السيطرة كليا.
وأصدرت وزارة الموارد المائية، الاربعاء، توضيحا بشأن سد الموصل عقب موجة الأمطار الغزيرة التي شهدتها نينوى وأغلب المحافظات العراقية الأخرى، ردا على أنباء تناقلتها وسائل إعلام عن عدم كفاءة السد.
""", [
    ev("talafar-families-leave", "أن 150 عائلة في محافظة نينوى تركت منازلها", FLOOD, "'اليوم الأربعاء' = Wed 18 Mar 2020 (the families left during the night of 17-18 and on Wed 18; my day)"),
    ev("night-rain", "الأمطار الغزيرة التي هطلت خلال ليلة أمس", RAIN[0], "'خلال ليلة أمس' from Wed 18 Mar = the night of Tue 17 - Wed 18 Mar 2020", end=RAIN[1]),
    ev("sewage-directorate-statement", "أن السيول والفيضانات الناجمة عن الأمطار أخرجت الأوضاع عن السيطرة", FLOOD, "'في وقت سابق' of Wed 18 Mar 2020"),
    ev("mosul-dam-clarification", "وأصدرت وزارة الموارد المائية، الاربعاء، توضيحا بشأن سد الموصل", FLOOD, "'الاربعاء' = Wed 18 Mar 2020"),
])
art(S, "https://arabicradio.net/news/53048",
    "2020-03-18", "no date line on the stored page (the stored text begins in mid-report); the body's 'اليوم الأربعاء' for Duhok and 'اليوم' for the deaths in Diyala, with the corona curfew and the floods of Mosul, give Wed 18 Mar 2020 (a Wednesday); headline written from the body; the last, truncated sentence about the forecaster dropped; no date of its own in the text", False, """
فيضانات في الموصل ودهوك وضحايا في ديالى
وبيّنت الصور والمقاطع التي تداولتها مواقع التواصل الاجتماعي ارتفاع مناسيب المياه في هذه المدن التي يعاني بعضها في بنيته التحتية.
وتكشف الصور المنشورة دخول المياه إلى بعض بيوت المدينة، بينما أفادت بعض الصفحات بأن الدفاع المدني يحاول إخلاء الناس من منازلهم.
وكانت السلطات قد طالبت السكان بالبقاء في بيوتهم خشية انتشار فيروس كورونا، وفرضت حظرا للتجوال والتنقل.
وقتل اليوم، خمسة نساء وأطفال من عائلة نازحة في ديالى، شمال شرق بغداد، جراء انهيار منزلهم المتهالك بسبب الأمطار.
وفي محافظة دهوك، انهدمت عدة منازل، اليوم الأربعاء، بفعل غزارة الأمطار التي تساقطت على المحافظة.
وتضرر نحو 300 منزل من الفيضانات في مناطق عدة من دهوك، وهُدمت عدة منازل كليا في مركز المحافظة بسبب تواصل الأمطار منذ يوم أمس.
كما غرقت 30 سيارة حتى الآن، في حين لم تسجل السلطات في دهوك لغاية الان أي خسائر بشرية.
""", [
    ev("civil-defence-evacuation", "أن الدفاع المدني يحاول إخلاء الناس من منازلهم", FLOOD, "no own expression; the evacuations of Wed 18 Mar 2020"),
    ev("corona-curfew", "وفرضت حظرا للتجوال والتنقل", "2020-03-15", "no own expression; the curfews of mid-March 2020 (my span 15-18 Mar)", end="2020-03-19"),
    ev("diyala-house-collapse", "وقتل اليوم، خمسة نساء وأطفال من عائلة نازحة في ديالى", COLLAPSE, "'اليوم' = Wed 18 Mar 2020"),
    ev("duhok-houses-collapse", "انهدمت عدة منازل، اليوم الأربعاء", FLOOD, "'اليوم الأربعاء' = Wed 18 Mar 2020"),
    ev("night-rain", "بسبب تواصل الأمطار منذ يوم أمس", RAIN[0], "'منذ يوم أمس' from Wed 18 Mar = since Tue 17 Mar 2020", end=RAIN[1]),
])
art(S, "https://almontsf.com/2020/03/19/%d9%85%d8%b5%d8%b1%d8%b9-5-%d9%88%d8%aa%d8%b4%d8%b1%d9%8a%d8%af-%d8%a7%d9%84%d9%85%d8%a6%d8%a7%d8%aa-%d9%81%d9%8a-%d8%b3%d9%8a%d9%88%d9%84-%d8%a8%d8%a7%d9%84%d8%b9%d8%b1%d8%a7%d9%82",
    "2020-03-19", "date in the URL '/2020/03/19/' (19 Mar 2020 was a Thursday); an Anadolu report of the events of 'الأربعاء' (Wed 18 Mar); the paper's name 'صحيفة المنتصف' dropped; headline rendered from the URL slug; the last, truncated sentence about the minister of migration dropped; no date of its own in the text", False, """
مصرع 5 وتشريد المئات في سيول بالعراق
أودت الأمطار الغزيرة والسيول في 3 محافظات عراقية، الأربعاء، بحياة 5 مدنيين وشردت آخرين وقطعت طرقا رئيسة.
وأوضح علي البياتي، عضو مفوضية حقوق الإنسان العراقية (رسمية)، أن "5 مدنيين من عائلة واحدة لقوا حتفهم بسبب الأمطار والسيول إثر انهيار منزلهم في قرية حاج ناصر بمحافظة ديالى شرقي البلاد"، لافتا إلى أن "طفلين من العائلة نجوا".
وبيّن أن "بعض المدنيين أُجبروا على هجر منازلهم بعد أن غمرتها المياه".
وفي محافظة نينوى (شمال)، أخلت فرق "جمعية الهلال الأحمر" وقوات الشرطة مئات المدنيين العالقين في منازلهم بسبب السيول والأمطار الغزيرة، بحسب مراسل الأناضول.
وذكرت وزارة الموارد المائية أن الأمطار التي سقطت على نينوى هي الأغزر منذ عقود، وقالت في بيان: "تمكنا من تخزين كميات المياه التي هطلت على مدى اليومين في سد الموصل".
وأضافت أنها "استنفرت كل موظفيها ومعداتها لتصريف مياه السيول التي شهدتها مدينة الموصل (مركز نينوى) نحو نهر دجلة، لتخزينها في بحيرة الثرثار".
""", [
    ev("three-provinces-toll", "أودت الأمطار الغزيرة والسيول في 3 محافظات عراقية، الأربعاء", FLOOD, "'الأربعاء' = Wed 18 Mar 2020 (article of Thu 19)"),
    ev("diyala-house-collapse", "إثر انهيار منزلهم في قرية حاج ناصر", COLLAPSE, "no own expression; the collapse of Wed 18 Mar 2020 (the first sentence's 'الأربعاء')"),
    ev("civil-defence-evacuation", 'أخلت فرق "جمعية الهلال الأحمر" وقوات الشرطة مئات المدنيين', FLOOD, "no own expression; the evacuations of Wed 18 Mar 2020"),
    ev("night-rain", "كميات المياه التي هطلت على مدى اليومين", RAIN[0], "'على مدى اليومين' = Tue 17 - Wed 18 Mar 2020 (my span)", end=RAIN[1]),
    ev("mosul-dam-clarification", "تمكنا من تخزين كميات المياه", FLOOD, "no own expression; the ministry's statement of Wed 18 Mar 2020 (yaqein: 'الاربعاء')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 404
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 328-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: forest fires and wildfires in Arab countries: outbreaks,
firefighting, evacuations, damage counts and arrests of arsonists.
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-tipaza-autumn-fires-2025
S = "algeria-tipaza-autumn-fires-2025"
THU = "2025-11-13"                         # the fires broke out on Thu 13 Nov 2025; the DGPC's Thursday tallies
WAVE = ("2025-11-13", "2025-11-15")        # the fires of Thu 13 and Fri 14 Nov 2025 ('يومي 13 و14 نوفمبر')
ARREST = ("2025-11-14", "2025-11-17")      # the four suspects of Larhat held by Sun 16 Nov (my span 14-16 Nov)
WALI = ("2025-11-15", "2025-11-17")        # the wali's and the interior minister's statements (my span 15-16 Nov)
COURT = "2025-11-20"                       # the Sidi M'hamed prosecutor's statement and the detention, Thu 20 Nov
art(S, "https://www.ennaharonline.com/%D9%84%D9%8A%D9%84%D8%A9-%D9%85%D8%B4%D8%AA%D8%B9%D9%84%D8%A9-%D8%B9%D8%A8%D8%B1-%D8%B9%D8%AF%D8%A9-%D9%88%D9%84%D8%A7%D9%8A%D8%A7%D8%AA-%D8%A7%D9%84%D8%AD%D9%85%D8%A7%D9%8A%D8%A9-%D8%A7%D9%84%D9%85/",
    "2025-11-13", "stamp 'date 2025-11-13' and the body's 'مساء اليوم الخميس 13 نوفمبر 2025' (kept; 13 Nov 2025 was a Thursday); headline rendered from the URL slug ('ليلة مشتعلة عبر عدة ولايات') and the body; the last, truncated sentence (Tlemcen) dropped", True, """
ليلة مشتعلة عبر عدة ولايات: 17 حريقا للغطاء النباتي
أحصت مصالح الحماية المدنية ما مجموعه 17 حريقًا طالت الغطاء النباتي من غابات وأدغال وأحراش في عدد من ولايات الوطن، وذلك إلى غاية الساعة الثامنة والنصف من مساء اليوم الخميس 13 نوفمبر 2025.
وبيّن المصدر ذاته أن عمليات الإخماد ما زالت جارية على 10 حرائق، بعضها بدعم بري وجوي، في حين أُخمدت 3 حرائق وبقيت تحت الحراسة، وأُطفئت 4 أخرى بشكل نهائي.
ففي ولاية الجزائر، أُخمد حريق أدغال وأحراش في شارع قادوش عبد القادر ببلدية حيدرة، مع استمرار الحراسة.
وبولاية تيبازة، تتواصل جهود الإخماد في ثلاثة حرائق: دوار بوخليجة ببلدية الأرهاط، وغابة عمارشة ببلدية مسلمون، وغابة شولة ببلدية بني ميلك.
وفي تيزي وزو، أُطفئ حريق بقرية آيت سعادة في بلدية تادمايت، بينما يتواصل العمل على حريق ثانٍ بقرية ساحل في بلدية تيقزيرت.
وفي ولاية بجاية، أُخمد نهائيًا حريق أحراش بالمكان المسمى انقوش في بلدية تاسكريوت، كما أُطفئ نهائيًا حريق غابة جبيلة ببلدية وجانة في ولاية جيجل.
وتتواصل عمليات الإطفاء في ولاية المدية بغابة خزرون التابعة لبلدية الحمدانية.
""", [
    ev("thursday-fire-count", "أحصت مصالح الحماية المدنية ما مجموعه 17 حريقًا", THU, "'إلى غاية الساعة الثامنة والنصف من مساء اليوم الخميس 13 نوفمبر 2025' = Thu 13 Nov 2025, 20:30"),
    ev("ten-fires-burning", "عمليات الإخماد ما زالت جارية على 10 حرائق", THU, "no own expression; the state at 20:30 on Thu 13 Nov 2025 (same tally)"),
    ev("tipaza-fires", "تتواصل جهود الإخماد في ثلاثة حرائق", WAVE[0], "no own expression; the Tipaza forest fires, burning on Thu 13 Nov and through Fri 14 Nov 2025 (ennahar 14 Nov: extinguished by Friday evening); my span 13-14 Nov", end=WAVE[1]),
    ev("larhat-fire", "دوار بوخليجة ببلدية الأرهاط", WAVE[0], "no own expression; the Larhat fire of Thu 13 - Fri 14 Nov 2025 (the prosecutor: 'يومي 13 و14 نوفمبر')", end=WAVE[1]),
    ev("bejaia-jijel-out", "أُخمد نهائيًا حريق أحراش بالمكان المسمى انقوش", THU, "no own expression; put out by the 20:30 tally of Thu 13 Nov 2025"),
])
art(S, "https://ghorbanews.com/%d8%ad%d8%b1%d8%a7%d8%a6%d9%82-%d9%88%d8%a7%d8%b3%d8%b9%d8%a9-%d8%aa%d8%ac%d8%aa%d8%a7%d8%ad-%d8%ba%d8%a7%d8%a8%d8%a7%d8%aa-%d8%a7%d9%84%d8%ac%d8%b2%d8%a7%d8%a6%d8%b1-%d9%88%d8%aa%d8%af%d9%81%d8%b9",
    "2025-11-14", "the article's own date line 'حرائق واسعة – الجزائر – 14 نوفمبر 2025' at its head (kept; 14 Nov 2025 was a Friday); headline written from the URL slug ('حرائق واسعة تجتاح غابات الجزائر'); sub-headings dropped; the closing paragraph ('حتى الساعة الثامنة مساء اليوم' with 6/4/12 of 22 fires, which repeats Thursday's figures under Friday's date) and the truncated list after it dropped", True, """
حرائق واسعة تجتاح غابات الجزائر
حرائق واسعة – الجزائر – 14 نوفمبر 2025
شبّت في الجزائر خلال الـ24 ساعة الماضية حرائق واسعة أتت على غابات وأدغال.
وكانت المديرية العامة للحماية المدنية قد كشفت عن نشوب 22 حريقًا موزعة على 8 ولايات.
وتُعد هذه الحرائق الأوسع منذ سنوات في هذا الوقت من العام، بعيدا عن موسم الصيف المعتاد.
وهو ما حمل السلطات على إعلان أقصى درجات الاستنفار في المناطق المنكوبة واتخاذ تدابير مستعجلة لحماية السكان وممتلكاتهم.
وجاءت ولاية تيبازة في المقدمة بخمسة حرائق اعتبرتها السلطات الأخطر على الإطلاق.
كما سجلت ولاية تلمسان 4 حرائق، في حين عرفت كل من بومرداس وتيزي وزو 3 حرائق.
أما عين الدفلى والمدية والجزائر العاصمة والبليدة فسجلت كل منها ما بين 2 و3 حرائق.
واقتصر الأمر في بجاية وجيجل على حريق واحد في كل منهما.
ويكشف ذلك مدى خطورة اتساع الحرائق في وقت واحد عبر شرق الجزائر وغربها ووسطها.
""", [
    ev("fire-wave", "شبّت في الجزائر خلال الـ24 ساعة الماضية حرائق واسعة", WAVE[0], "'خلال الـ24 ساعة الماضية' from the date line 14 Nov 2025: Thu 13 - Fri 14 Nov 2025 (the fires of 'يومي 13 و14 نوفمبر')", end=WAVE[1]),
    ev("thursday-fire-count", "قد كشفت عن نشوب 22 حريقًا موزعة على 8 ولايات", THU, "no own expression; the DGPC's tally of 22 fires in 8 wilayas at 22:30 on Thu 13 Nov 2025 (aljazeera.net 14 Nov: 'في بيان أمس الخميس')"),
    ev("alert-raised", "إعلان أقصى درجات الاستنفار في المناطق المنكوبة", WAVE[0], "no own expression; the alert of the fires' first two days, Thu 13 - Fri 14 Nov 2025 (my span)", end=WAVE[1]),
    ev("tipaza-fires", "وجاءت ولاية تيبازة في المقدمة بخمسة حرائق", WAVE[0], "no own expression; the Tipaza forest fires of Thu 13 - Fri 14 Nov 2025 (my span)", end=WAVE[1]),
])
art(S, "https://www.alaraby.co.uk/society/%D8%AD%D8%B1%D8%A7%D8%A6%D9%82-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1-%D8%A7%D9%84%D8%B3%D9%84%D8%B7%D8%A7%D8%AA-%D8%AA%D9%88%D9%82%D9%81-%D9%85%D8%B4%D8%AA%D8%A8%D9%87%D8%A7%D9%8B-%D9%81%D9%8A%D9%87%D9%85-%D9%88%D8%AA%D8%AA%D8%B9%D9%87%D8%AF-%D8%A8%D9%83%D8%B4%D9%81-%D9%86%D8%AA%D8%A7%D8%A6%D8%AC-%D8%A7%D9%84%D8%AA%D8%AD%D9%82%D9%8A%D9%82",
    "2025-11-16", "stamp 'date 2025-11-16' at the head of the stored page (not kept in the text; 16 Nov 2025 was a Sunday); the body's 'منذ مساء الخميس الماضي' (Thu 13 Nov) agrees; headline rendered from the URL slug; the last, truncated sentence dropped; no date of its own in the text", False, """
حرائق الجزائر: السلطات توقف مشتبهاً فيهم وتتعهد بكشف نتائج التحقيق
أوقفت السلطات الجزائرية أربعة أشخاص يُشتبه في ضلوعهم في الحرائق الهائلة التي نشبت فجأة، منذ مساء الخميس الماضي، في تسع محافظات، وكانت أكبرها في منطقة تيبازة الواقعة على بعد 120 كيلومترا غرب العاصمة الجزائرية.
وتزامن ذلك مع تصاعد الدعوات الشعبية والسياسية إلى فتح تحقيق في أسباب اندلاع هذه الحرائق المريب في فصل الخريف وامتدادها إلى 11 ولاية، وهو ما يغذي الشكوك في أن تكون مدبرة ولها خلفيات تخريبية.
وأعلن والي تيبازة محمد أمين بن شاولية توقيف أربعة مشتبه فيهم بافتعال حرائق الغابات التي التهمت أكثر من 60 هكتارًا من الغطاء النباتي والأشجار في أربع مناطق من غابات الجهة الغربية للولاية.
وأوضح في تصريح للصحافة المحلية أن المصالح المختصة تباشر التحريات اللازمة لكشف ملابسات هذه الحرائق والتأكد مما إذا كانت مفتعلة، لا سيما مع الشكوك الكبيرة التي تثيرها الظروف غير الطبيعية لاندلاعها في وقت واحد.
وفي وقت لاحق، صرّح وزير الداخلية الجزائري سعيد سعيود لقناة "الشروق" المحلية بأن الجهات المختصة شرعت في التحقيقات اللازمة بشأن الحرائق الأخيرة التي اجتاحت عدة ولايات، للوقوف على ملابساتها وأسباب اندلاعها.
""", [
    ev("four-arrested", "أوقفت السلطات الجزائرية أربعة أشخاص", ARREST[0], "no own expression; the four suspects held by the time of the report of Sun 16 Nov 2025 (my span 14-16 Nov)", end=ARREST[1]),
    ev("fire-wave", "الحرائق الهائلة التي نشبت فجأة، منذ مساء الخميس الماضي", WAVE[0], "'منذ مساء الخميس الماضي' from Sun 16 = Thu 13 Nov 2025 onward; the fires of 13-14 Nov", end=WAVE[1]),
    ev("inquiry-calls", "تصاعد الدعوات الشعبية والسياسية إلى فتح تحقيق", "2025-11-14", "no own expression; the calls of the days after the fires (my span Fri 14 - Sun 16 Nov 2025)", end="2025-11-17"),
    ev("wali-statement", "وأعلن والي تيبازة محمد أمين بن شاولية توقيف أربعة مشتبه فيهم", WALI[0], "no own expression; the wali's statement reported on Sun 16 Nov 2025 (my span 15-16 Nov)", end=WALI[1]),
    ev("burned-60-ha", "التهمت أكثر من 60 هكتارًا", WAVE[0], "no own expression; the damage of the Tipaza fires of Thu 13 - Fri 14 Nov 2025", end=WAVE[1]),
    ev("interior-probe", "صرّح وزير الداخلية الجزائري سعيد سعيود لقناة", WALI[0], "'في وقت لاحق' (after the wali); the minister's statement reported on Sun 16 Nov 2025 (my span 15-16 Nov)", end=WALI[1]),
])
art(S, "https://www.aljazeeramubasher.net/news/2025/11/21/%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1-%D8%A7%D8%B9%D8%AA%D9%82%D8%A7%D9%84-%D8%A3%D8%B4%D8%AE%D8%A7%D8%B5-%D8%B6%D8%A7%D9%84%D8%B9%D9%8A%D9%86-%D9%81%D9%8A-%D8%AD%D8%B1%D8%A7%D8%A6%D9%82",
    "2025-11-21", "date in the URL '/2025/11/21/' (21 Nov 2025 was a Friday); the body's 'يوم الخميس' for the prosecutor's statement (Thu 20 Nov, dated so by ennahar's and arabkhabar's copies: 'بتاريخ اليوم الموافق لـ 2025/11/20') agrees; headline rendered from the URL slug; the embedded tweet and the truncated last words dropped; no date of its own in the text", False, """
الجزائر.. اعتقال أشخاص ضالعين في حرائق الغابات
كشف القضاء الجزائري، يوم الخميس، عن توقيف "جماعة إجرامية" من أربعة أشخاص ووضعهم رهن الحبس المؤقت بتهمة إشعال النار عمدا في غابة ببلدة الأرهاط في ولاية تيبازة غرب الجزائر العاصمة.
وأفاد بيان لنيابة الجمهورية بمحكمة سيدي أمحمد في العاصمة بأنها عالجت، "على خلفية حرائق الغابات التي شهدتها بعض ولايات الوطن يومي الخميس والجمعة الماضيين"، قضية جماعة إجرامية أضرمت النار عمدا في الغابة الواقعة ببلدية الأرهاط، ما أدى إلى إتلاف أشجار الصنوبر الحلبي والأدغال والأحراش.
وأضاف المصدر نفسه أن مصلحة البحث والتحري للدرك الوطني بتيبازة أوقفت، إثر تحقيق ابتدائي، أفراد الشبكة الأربعة المشتبه فيهم، بعدما خلص التحقيق إلى أنهم أشعلوا النار داخل الأملاك الغابية.
وأوضح البيان أن المشتبه فيهم قُدّموا بتاريخ يوم الخميس أمام الجهات القضائية، ثم توبعوا بإجراءات التحقيق القضائي بجناية القيام بأفعال تخريبية تستهدف تعريض حياة الأشخاص للخطر، وجناية وضع النار عمدا في الأملاك الغابية للدولة.
""", [
    ev("court-statement", "كشف القضاء الجزائري، يوم الخميس، عن توقيف", COURT, "'يوم الخميس' from Fri 21 = Thu 20 Nov 2025"),
    ev("fire-wave", "حرائق الغابات التي شهدتها بعض ولايات الوطن يومي الخميس والجمعة الماضيين", WAVE[0], "'يومي الخميس والجمعة الماضيين' from Fri 21 = Thu 13 and Fri 14 Nov 2025", end=WAVE[1]),
    ev("larhat-fire", "أضرمت النار عمدا في الغابة الواقعة ببلدية الأرهاط", WAVE[0], "no own expression; the Larhat fire of Thu 13 - Fri 14 Nov 2025", end=WAVE[1]),
    ev("four-arrested", "أوقفت، إثر تحقيق ابتدائي، أفراد الشبكة الأربعة", ARREST[0], "no own expression; the arrest, already announced by the wali on Sun 16 Nov 2025 (alaraby); my span 14-16 Nov", end=ARREST[1]),
    ev("suspects-charged", "قُدّموا بتاريخ يوم الخميس أمام الجهات القضائية", COURT, "'بتاريخ يوم الخميس' = Thu 20 Nov 2025 (the statement: 'بتاريخ اليوم الموافق لـ 2025/11/20')"),
])

# ---------------------------------------------------------------- saudi-tanomah-ghulama-fire-2020
S = "saudi-tanomah-ghulama-fire-2020"
OUTBREAK = "2020-10-21"                    # the fire broke out on Jabal Ghulama on the evening of Wed 21 Oct 2020
THU20 = "2020-10-22"                       # Thursday 22 Oct 2020: firefighting, trending, the emirate's estimate
BURN = ("2020-10-21", "2020-10-26")        # the fire burned from Wed 21 Oct until about Sun 25 Oct (still on Sat 24, 'لليوم الرابع'); my span
MOI = "2020-10-28"                         # the Interior Ministry's statement on the three arsonists, Wed 28 Oct 2020
HELD = ("2020-10-22", "2020-10-29")        # the three held before the statement of Wed 28 Oct (my span 22-28 Oct)
art(S, "https://www.watanserb.com/2020/10/22/%D8%AD%D8%B1%D9%8A%D9%82-%D8%AA%D9%86%D9%88%D9%85%D8%A9-%D9%8A%D8%B1%D8%B9%D8%A8-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D9%8A%D9%86-%D9%88%D8%A7%D9%84%D8%B3%D9%84%D8%B7%D8%A7%D8%AA-%D8%AA%D8%AE/",
    "2020-10-22", "date in the URL '/2020/10/22/' (22 Oct 2020 was a Thursday; stamp 'date 2020-10'); the body's 'أمس الأربعاء' for the civil defence's announcement of the evening of Wed 21 Oct agrees; headline rendered from the URL slug; no date of its own in the text", False, """
حريق تنومة يرعب السعوديين
شبّت حرائق هائلة في غابات محافظة تنومة الواقعة في منطقة عسير جنوب غربي السعودية، على سلسلة جبال السروات.
ولم يتمكن رجال الإطفاء والدفاع المدني من السيطرة عليها إلا بعد ساعات طويلة من الجهود، بسبب الأشجار والأعشاب المنتشرة في منطقة وعرة يتعذر على الآليات بلوغها.
وكان الدفاع المدني السعودي قد أعلن أمس الأربعاء أن فرقه في محافظة تنومة تعمل على إخماد حريق في منطقة وعرة بجبل غلامه، لافتا إلى أن قوة الرياح أسهمت في انتشاره.
وأفاد الدفاع المدني في تغريدة على حسابه في "تويتر"، رصدتها "وطن"، بأن الفرق تعمل على تطويق النيران، مؤكدا عدم تسجيل أي إصابات حتى الآن.
وتصدّر وسم #حريق_تنومه قائمة الأكثر تداولا في المملكة، ونشر عبره ناشطون على مواقع التواصل مقاطع مصورة تُظهر ألسنة النار الكثيفة وسحب الدخان فوق المنطقة.
""", [
    ev("fire-outbreak", "شبّت حرائق هائلة في غابات محافظة تنومة", OUTBREAK, "no own expression; the fire of the evening of Wed 21 Oct 2020 (announced 'أمس الأربعاء')"),
    ev("firefighting", "ولم يتمكن رجال الإطفاء والدفاع المدني من السيطرة عليها إلا بعد ساعات طويلة", BURN[0], "no own expression; the fight against the fire from Wed 21 Oct 2020 (it was still burning on Sat 24 Oct; my span 21-25 Oct)", end=BURN[1]),
    ev("dcd-announcement", "وكان الدفاع المدني السعودي قد أعلن أمس الأربعاء", OUTBREAK, "'أمس الأربعاء' from Thu 22 = Wed 21 Oct 2020"),
    ev("no-injuries", "مؤكدا عدم تسجيل أي إصابات حتى الآن", OUTBREAK, "'حتى الآن' in the civil defence's tweet of Wed 21 Oct 2020 (my span 21-22 Oct)", end="2020-10-23"),
    ev("hashtag-trend", "وتصدّر وسم #حريق_تنومه قائمة الأكثر تداولا في المملكة", OUTBREAK, "no own expression; the hashtag trended on the night of Wed 21 and on Thu 22 Oct 2020 (my span)", end="2020-10-23"),
])
art(S, "https://yemen-saeed.com/news170272.html",
    "2020-10-23", "page date line 'الجمعة 23 اكتوبر 2020 الساعة 03:22' (kept as second line; 23 Oct 2020 was a Friday); the body's 'مساء الأربعاء' and 'صباح الخميس' agree; headline kept from the page, shortened (its '(فيديو)' tag and the evacuation call dropped); the 'اقراء ايضاً' box and the truncated last clause dropped", True, """
شاهد.. حرائق ضخمة تشعل ليل السعودية والدفاع المدني يرفع الجاهزية إلى أقصى درجة
الجمعة 23 اكتوبر 2020 الساعة 03:22
أنارت حرائق ضخمة، مساء الأربعاء، ليل محافظتي النماص وتنومة في منطقة عسير، في مشهد بث الذعر وشبّهه مغردون بـ"جهنم".
وكشفت مقاطع مصورة تداولها مستخدمو "تويتر" نيرانا هائلة مرعبة تلتهم أشجار غابات جبل غلامة الواقع بين النماص وتنومة، وسط استنفار الجهات المسؤولة.
وتقدّم موضوع حريق تنومة قائمة أكثر الكلمات بحثا على محرك غوغل في السعودية صباح الخميس، فيما أكد الدفاع المدني السعودي أنه يطبق خطط الإسناد البشري والآلي.
وبثت قناة الإخبارية السعودية الرسمية مشاهد مصورة من موقع الحريق ومن تدخل الدفاع المدني والأجهزة المعنية، فأعاد الدفاع المدني نشرها مع تعليق يقول: "تطبيق خطط الإسناد البشري والآلي، ومشاركة فرق للتدخل السريع في حادث حريق تنومة".
أما إمارة عسير فنشرت على حسابها الرسمي في تويتر سلسلة تغريدات ذكرت فيها أن القيادة الميدانية لإدارة أزمة حريق تنومة قدّرت مساحته بـ 1000*500م.
""", [
    ev("fire-outbreak", "أنارت حرائق ضخمة، مساء الأربعاء، ليل محافظتي النماص وتنومة", OUTBREAK, "'مساء الأربعاء' from Fri 23 = Wed 21 Oct 2020"),
    ev("google-trend", "قائمة أكثر الكلمات بحثا على محرك غوغل في السعودية صباح الخميس", THU20, "'صباح الخميس' = Thu 22 Oct 2020"),
    ev("support-plans", "أنه يطبق خطط الإسناد البشري والآلي", THU20, "no own expression; the civil defence's statement of the same Thursday morning, 22 Oct 2020 (my date)"),
    ev("emirate-estimate", "قدّرت مساحته بـ 1000*500م", THU20, "no own expression; the Asir emirate's tweets of Thu 22 Oct 2020 (al-Watan: 70 % of it put out by then); my date"),
])
art(S, "https://darelhilal.com/News/703264.aspx",
    "2020-10-28", "the article's stamp '28-10-2020 | 20:24' (kept as second line; 28 Oct 2020 was a Wednesday); the page's head date 'الأربعاء 15 مايو 2024' is the day the page was stored and was dropped; headline kept from the page without '(فيديو)'; section tag 'عرب وعالم' and the truncated last sentence dropped", True, """
حريق هائل بمدينة أبها السعودية.. والجناة 3 إثيوبيين
28-10-2020 | 20:24
شبّ حريق هائل اليوم في ضواحي مدينة أبها بمنطقة عسير في السعودية، وشرعت فرق الدفاع المدني السعودي في مكافحته.
وذكرت المديرية العامة للدفاع المدني مساء اليوم، عبر حسابها الرسمي على "تويتر"، أن "مدني عسير يباشر حريق في أعشاب وحشائش بمنطقة جبلية بقرية القوز في مركز السودة".
وقال المتحدث الأمني لوزارة الداخلية إن المتابعة الأمنية وعمليات البحث والتحري عن أسباب حريق جبل غُلامه، الواقع في محافظة تنومة التابعة لمنطقة عسير، كشفت معلومات تفيد بأن عددا من مخالفي نظام أمن الحدود أضرموا النار إثر خلافات بينهم، ثم لاذوا بالفرار بعد أن انتشر الحريق على مساحة تزيد على 700 ألف متر مربع تقريبا وأتى على أعداد كبيرة من النباتات البرية.
ونقلت صحيفة "سبق" السعودية أن التحريات الأمنية أفضت إلى التعرف على هوية المتهمين بإشعال النار، وهم ثلاثة من مخالفي نظام أمن الحدود يحملون الجنسية الإثيوبية، إذ قُبض عليهم وأُوقفوا واتُّخذت بحقهم الإجراءات النظامية.
""", [
    ev("souda-fire", "شبّ حريق هائل اليوم في ضواحي مدينة أبها", MOI, "'اليوم' = Wed 28 Oct 2020 (stamp 28-10-2020)"),
    ev("souda-dcd-tweet", "وذكرت المديرية العامة للدفاع المدني مساء اليوم", MOI, "'مساء اليوم' = the evening of Wed 28 Oct 2020"),
    ev("moi-statement", "وقال المتحدث الأمني لوزارة الداخلية", MOI, "no own expression; the ministry's statement of Wed 28 Oct 2020 (aawsat: 'اليوم (الأربعاء)')"),
    ev("arsonists-set-fire", "أضرموا النار إثر خلافات بينهم", OUTBREAK, "no own expression; the setting of the fire that broke out on the evening of Wed 21 Oct 2020"),
    ev("fire-spread", "انتشر الحريق على مساحة تزيد على 700 ألف متر مربع", BURN[0], "no own expression; the fire's spread from Wed 21 Oct 2020 (my span 21-25 Oct)", end=BURN[1]),
    ev("arsonists-held", "إذ قُبض عليهم وأُوقفوا", HELD[0], "no own expression; the arrest, announced on Wed 28 Oct 2020, came some time after the fire (my span 22-28 Oct)", end=HELD[1]),
])
art(S, "https://aawsat.com/home/article/2591861/%D8%A7%D9%84%D8%AF%D8%A7%D8%AE%D9%84%D9%8A%D8%A9-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D8%B6%D8%A8%D8%B7-3-%D9%85%D8%AE%D8%A7%D9%84%D9%81%D9%8A%D9%86-%D9%84%D8%A3%D9%85%D9%86-%D8%A7%D9%84%D8%AD%D8%AF%D9%88%D8%AF-%D8%AA%D8%B3%D8%A8%D8%A8%D9%88%D8%A7-%D8%A8%D9%80%C2%AB%D8%AD%D8%B1%D9%8A%D9%82-%D8%BA%D9%8F%D9%84%D8%A7%D9%85%D9%87%C2%BB?page=5",
    "2020-10-28", "no date on the stored page; the body's 'اليوم (الأربعاء)' for the Interior Ministry's statement, issued on Wed 28 Oct 2020 (darelhilal's stamp 28-10-2020; Saudi Gazette of 28 Oct: 'reported on Wednesday'), gives Wed 28 Oct 2020; headline kept from the page; photo captions and the truncated last sentence dropped; no date of its own in the text", False, """
الداخلية السعودية: ضبط 3 مخالفين لأمن الحدود تسببوا بـ«حريق غُلامه»
أعلنت وزارة الداخلية السعودية اليوم (الأربعاء) أنها قبضت على ثلاثة مخالفين لأمن الحدود كانوا وراء حريق جبل غُلامه في منطقة عسير.
وأوضح المتحدث الأمني للوزارة في بيان أن المتابعة الأمنية وعمليات البحث والتحري عن أسباب نشوب الحريق في جبل غُلامة بمحافظة تنومة التابعة لمنطقة عسير قادت إلى معلومات تشير إلى أن ثلاثة من مخالفي نظام أمن الحدود من الجنسية الإثيوبية أشعلوا النار بسبب خلافات بينهم.
وأضاف أن المخالفين هربوا من الموقع بعدما امتد الحريق على مساحة فاقت أربعة ملايين و700 ألف متر مربع تقريباً، وتسبب في احتراق أعداد كبيرة من النباتات البرية، مبيّنا أن التحريات الأمنية مكّنت من تحديد هوية المتهمين، فجرى القبض عليهم وإيقافهم واتخاذ الإجراءات النظامية بحقهم.
""", [
    ev("moi-statement", "أعلنت وزارة الداخلية السعودية اليوم (الأربعاء)", MOI, "'اليوم (الأربعاء)' = Wed 28 Oct 2020"),
    ev("arsonists-set-fire", "أشعلوا النار بسبب خلافات بينهم", OUTBREAK, "no own expression; the fire broke out on the evening of Wed 21 Oct 2020"),
    ev("fire-spread", "امتد الحريق على مساحة فاقت أربعة ملايين و700 ألف متر مربع", BURN[0], "no own expression; the fire's spread from Wed 21 Oct 2020 (my span 21-25 Oct)", end=BURN[1]),
    ev("arsonists-held", "فجرى القبض عليهم وإيقافهم", HELD[0], "no own expression; the arrest before the statement of Wed 28 Oct 2020 (my span 22-28 Oct)", end=HELD[1]),
])

# ---------------------------------------------------------------- jordan-wadi-al-sham-forest-fire-2023
S = "jordan-wadi-al-sham-forest-fire-2023"
THU23 = "2023-07-13"                       # the fire broke out at noon on Thu 13 Jul 2023 and was first controlled that day
FRI23 = "2023-07-14"                       # the renewed fire of Fri 14 Jul 2023: three air-force aircraft, 1,200 dunums, put out
FIRST = ("2023-07-13", "2023-07-15")       # the first fire, Thu 13 - Fri 14 Jul 2023
WED23 = "2023-07-19"                       # the fire rekindled on Wed 19 Jul 2023, controlled; a suspect arrested the same day
art(S, "https://arabkhabar.com/a/152321",
    "2023-07-14", "the aggregator's line 'تاريخ النشر: 14th, July 2023 GMT' (kept; 14 Jul 2023 was a Friday) over Sky News Arabia's report; the body's 'منذ الأمس' and 'يوم الخميس' (Thu 13 Jul) agree; headline kept from the page; the aggregator's lead-in ('شاهد المقال التالي من ...'), the sub-headings and the truncated last words dropped", True, """
الأردن يستعين بالطائرات لإخماد حريق ضخم
تاريخ النشر: 14th, July 2023 GMT
أفاد وزير الزراعة الأردني خالد الحنيفات بأن الجهود لا تزال متواصلة منذ الأمس لمتابعة تجدد الحريق في منطقة وديان الشام الواقعة بين محافظتي عجلون وجرش، موضحا أنه جرى التواصل مع القوات المسلحة (سلاح الجو) فأُرسلت طائرة ثم عُززت بطائرتين أخريين لإخماد الحرائق.
وبيّن أن الحريق كان قد سُيطر عليه يوم الخميس وأُجريت عمليات التبريد، غير أن حركة الرياح حملت جانبا من بقايا الحريق إلى بقعة وعرة في المنطقة.
وتشارك طائرات سلاح الجو الملكي، وهي طائرتان من طراز "SUPER BIOMA" إلى جانب طائرة من طراز "MI"، بسبب وعورة تضاريس المنطقة التي منعت آليات الدفاع المدني المجنزرة والمقولبة من الوصول إلى موقع الحريق.
""", [
    ev("first-fire", "الجهود لا تزال متواصلة منذ الأمس لمتابعة تجدد الحريق", THU23, "'منذ الأمس' from Fri 14 Jul 2023: the efforts since Thu 13 on the fire renewed into Friday (my span 13-14 Jul)", end=FIRST[1]),
    ev("air-force-support", "فأُرسلت طائرة ثم عُززت بطائرتين أخريين", FRI23, "no own expression; the air-force aircraft sent on Fri 14 Jul 2023 (arabi21: 'الجمعة')"),
    ev("thursday-control", "الحريق كان قد سُيطر عليه يوم الخميس", THU23, "'يوم الخميس' = Thu 13 Jul 2023"),
    ev("wind-rekindled", "غير أن حركة الرياح حملت جانبا من بقايا الحريق", THU23, "no own expression; the wind carried embers after Thursday's control, night of Thu 13 - Fri 14 Jul 2023 (my span)", end=FIRST[1]),
])
art(S, "https://arabi21.org/story/1524148/%D8%AD%D8%B1%D9%8A%D9%82-%D9%88%D8%A7%D8%B3%D8%B9-%D9%81%D9%8A-%D8%BA%D8%A7%D8%A8%D8%A7%D8%AA-%D8%B4%D9%85%D8%A7%D9%84-%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86-%D9%88%D9%84%D8%A7-%D8%A5%D8%B5%D8%A7%D8%A8%D8%A7%D8%AA-%D8%A8%D8%A7%D9%84%D8%A3%D8%B1%D9%88%D8%A7%D8%AD-%D8%B4%D8%A7%D9%87%D8%AF",
    "2023-07-14", "no date on the stored page; the body's 'الجمعة' and 'حتى الساعة 17:00 (ت.غ)' for the Safsafa fire of 1,200 dunums (governor Firas al-Faour; the air force's three aircraft), which Sky News Arabia dates to Fri 14 Jul 2023, give Fri 14 Jul 2023; headline rendered from the URL slug without '(شاهد)'; the truncated last sentence dropped; no date of its own in the text", False, """
حريق واسع في غابات شمال الأردن ولا إصابات بالأرواح
شبّ حريق، الجمعة، في غابات تقع بين محافظتي جرش وعجلون الأردنيتين، ما استدعى تدخل الجيش بطائراته لاحتواء انتشاره، وسط أنباء عن امتداده إلى نحو 1200 دونم.
وذكر الجيش الأردني، في بيان نشره على موقعه الإلكتروني، أن "ثلاث طائرات تابعة لسلاح الجو ساندت الدفاع المدني في جهود إخماد الحرائق".
بدوره، صرّح محافظ جرش فراس الفاعور لتلفزيون "المملكة" (الحكومي) بأن كوادر الدفاع المدني سيطرت بنسبة 90 في المئة على الحريق الذي التهم 1200 دونم.
ولم تكشف السلطات الرسمية حتى الساعة 17:00 (ت.غ) عن أسباب الحريق، ولا عمّا إذا كان لموجة الحر التي تضرب البلاد دور فيه، كما لم يُعلن عن أي إصابات.
من جانبها، أعلنت مديرية الأمن العام أن فرق الإطفاء في الدفاع المدني أخمدت حريقا أتى على 1200 دونم من الأشجار الحرجية والأعشاب الجافة في غابات بين محافظتي عجلون وجرش، من دون أن يصاب أحد.
وأوضح الناطق الإعلامي باسم المديرية أن فرق الإطفاء، بإسناد من ثلاث طائرات لسلاح الجو الملكي والشرطة وقوات الدرك ومديريتي زراعة عجلون وجرش، أخمدت الحريق الذي التهم مساحات واسعة بمنطقة الصفصافة.
""", [
    ev("first-fire", "شبّ حريق، الجمعة، في غابات تقع بين محافظتي جرش وعجلون", THU23, "'الجمعة' = Fri 14 Jul 2023 (the fire, which began on Thu 13, renewed into Friday; my span 13-14 Jul)", end=FIRST[1]),
    ev("air-force-support", "\"ثلاث طائرات تابعة لسلاح الجو ساندت الدفاع المدني", FRI23, "no own expression; the army's statement of Fri 14 Jul 2023"),
    ev("governor-90pct", "سيطرت بنسبة 90 في المئة على الحريق", FRI23, "no own expression; the governor's statement of Fri 14 Jul 2023 (almamlaka: 'الجمعة')"),
    ev("no-cause-yet", "ولم تكشف السلطات الرسمية حتى الساعة 17:00 (ت.غ) عن أسباب الحريق", FRI23, "'حتى الساعة 17:00 (ت.غ)' on Fri 14 Jul 2023"),
    ev("fire-put-out", "أعلنت مديرية الأمن العام أن فرق الإطفاء في الدفاع المدني أخمدت حريقا", FRI23, "no own expression; the Public Security Directorate's statement of Fri 14 Jul 2023"),
])
art(S, "https://sarayanews.com/article/860872/%D8%B9%D9%88%D8%AF%D8%A9-%D8%A7%D8%B4%D8%AA%D8%B9%D8%A7%D9%84-%D8%A7%D9%84%D8%AD%D8%B1%D8%A7%D8%A6%D9%82-%D9%81%D9%8A-%D9%85%D9%86%D8%B7%D9%82%D8%A9-%D9%88%D8%A7%D8%AF%D9%8A-%D8%A7%D9%84%D8%B4%D8%A7%D9%85-%D8%A7%D9%84%D9%88%D8%A7%D9%82%D8%B9%D8%A9-%D8%A8%D9%8A%D9%86-%D8%AC%D8%B1%D8%B4-%D9%88-%D8%B9%D8%AC%D9%84%D9%88%D9%86",
    "2023-07-19", "the article's stamp '19-07-2023 01:22 PM' (kept as second line; 19 Jul 2023 was a Wednesday); the body's 'اليوم الاربعاء' agrees; the page's head date 'الثلاثاء ,26 نوفمبر, 2024 م' is the day the page was stored and was dropped; headline kept from the page; the source tag 'سرايا - خاص' and the caption 'ارشيفية' dropped", True, """
عودة اشتعال الحرائق في منطقة وادي الشام الواقعة بين جرش وعجلون
19-07-2023 01:22 PM
عادت النيران إلى الاشتعال في منطقة وادي الشام الواقعة بين جرش وعجلون، اليوم الاربعاء، وفق ما أفاد به شهود عيان لـ"سرايا".
وقال مصدر لـ"سرايا" إن كوادر الدفاع المدني تعمل على إخماد الحريق والسيطرة عليه ومنع تمدده إلى مساحات أوسع.
وكانت الحرائق قد اندلعت في المناطق ذاتها قبل ايام، وتمكنت كوادر الدفاع المدني من السيطرة عليها مستعينة بطائرات من سلاح الجو، في حين صرّح وزير الزراعة خالد الحنيفات في وقت سابق بأنه فتح تحقيقا للوقوف على السبب الرئيسي لاشتعال الحريق.
""", [
    ev("wednesday-rekindling", "عادت النيران إلى الاشتعال في منطقة وادي الشام", WED23, "'اليوم الاربعاء' = Wed 19 Jul 2023"),
    ev("dcd-fighting-again", "إن كوادر الدفاع المدني تعمل على إخماد الحريق", WED23, "no own expression; the work of the same Wednesday, 19 Jul 2023"),
    ev("first-fire", "وكانت الحرائق قد اندلعت في المناطق ذاتها قبل ايام", FIRST[0], "'قبل ايام' from Wed 19: the fire of Thu 13 - Fri 14 Jul 2023", end=FIRST[1]),
    ev("fire-put-out", "وتمكنت كوادر الدفاع المدني من السيطرة عليها مستعينة بطائرات", FRI23, "no own expression; the fire put out with air-force support on Fri 14 Jul 2023 (arabi21)"),
    ev("inquiry-opened", "صرّح وزير الزراعة خالد الحنيفات في وقت سابق بأنه فتح تحقيقا", FIRST[0], "'في وقت سابق' (before Wed 19); the minister's announcement after the first fire (my span 13-18 Jul 2023)", end=WED23),
])
art(S, "https://alwakeelnews.com/amp/Section_1/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D9%85%D8%AD%D9%84%D9%8A%D8%A9/%D8%A7%D9%84%D9%82%D8%A8%D8%B6-%D8%B9%D9%84%D9%89-%D9%85%D8%B4%D8%AA%D8%A8%D9%87-%D8%A8%D8%AA%D8%B3%D8%A8%D8%A8%D9%87-%D9%81%D9%8A-%D8%A5%D8%B4%D8%B9%D8%A7%D9%84-%D8%AD%D8%B1%D9%8A%D9%82-%D8%A8%D8%A7%D9%84%D8%BA%D8%A7%D8%A8%D8%A7%D8%AA-%D8%A8%D9%8A%D9%86-%D8%AC%D8%B1%D8%B4-%D9%88%D8%B9%D8%AC%D9%84%D9%88%D9%86_643151",
    "2023-07-19", "no date of the article on the stored page (its head line 'الثلاثاء 2024-11-26 13:10 م' is the day the page was stored, dropped); the body's 'اليوم الأربعاء' for the Wadi al-Sham fire rekindled and controlled that day (sarayanews: '19-07-2023', 'اليوم الاربعاء'; alwakeel's neighbouring items 643088 and 643117 report the same rekindling) gives Wed 19 Jul 2023; the item's clock stamp '07:40 م' kept; headline kept from the page; source tag 'المملكة' dropped; no date of its own in the text", False, """
القبض على مشتبه بتسببه في إشعال حريق بالغابات بين جرش وعجلون
07:40 م
أفاد مصدر أمني بإلقاء القبض اليوم الأربعاء على شخص يُشتبه في أنه تسبب بإشعال حريق في الغابات الواقعة بين جرش وعجلون.
وكان الحريق قد ألحق أضرارا بمساحات واسعة من الغابات، وقضى على مئات الأشجار الحرجية المعمرة.
وفي وقت سابق من اليوم الأربعاء، أعلنت وزارة الزراعة أنها سيطرت على حريق الغابات في وادي الشام بين محافظتي جرش وعجلون، بعد أن تجدد اليوم.
""", [
    ev("suspect-arrested", "بإلقاء القبض اليوم الأربعاء على شخص يُشتبه", WED23, "'اليوم الأربعاء' = Wed 19 Jul 2023"),
    ev("forest-damage", "وكان الحريق قد ألحق أضرارا بمساحات واسعة من الغابات", FIRST[0], "no own expression; the damage of the fires of Thu 13 - Wed 19 Jul 2023 (my span)", end="2023-07-20"),
    ev("ministry-control", "أعلنت وزارة الزراعة أنها سيطرت على حريق الغابات في وادي الشام", WED23, "'في وقت سابق من اليوم الأربعاء' = Wed 19 Jul 2023"),
    ev("wednesday-rekindling", "بعد أن تجدد اليوم", WED23, "'اليوم' = Wed 19 Jul 2023"),
])

# ---------------------------------------------------------------- morocco-mdiq-kodiat-tifour-fire-2022
S = "morocco-mdiq-kodiat-tifour-fire-2022"
MON = "2022-08-15"                         # the fire broke out at about 17:30 on Mon 15 Aug 2022
TUE = "2022-08-16"                         # Tue 16 Aug 2022: 120 ha by the evening, a new blaze, the funeral, the prosecutor's statement
NIGHT = ("2022-08-15", "2022-08-17")       # the night of Mon 15 - Tue 16 Aug 2022 (the tanker accident; the four suspects held)
AIR = ("2022-08-15", "2022-08-17")         # the Canadair sorties of Mon 15 - Tue 16 Aug 2022
BURNT = ("2022-08-15", "2022-08-17")       # the area burnt, Mon 15 - Tue 16 Aug 2022 (30 ha on Monday evening, 120 ha by Tuesday evening)
art(S, "https://maghress.com/howiyapress/400119",
    "2022-08-15", "the body's 'زوال اليوم الاثنين 15 غشت 2022' (kept; 15 Aug 2022 was a Monday) in Howiyapress's report reposted by maghress; headline written from the body (the stored text has none); the byline 'هوية بريس – متابعات' dropped", True, """
حريق بغابة كدية الطيفور بالمضيق يستنفر السلطات
شبّ حريق بعد زوال اليوم الاثنين 15 غشت 2022 في غابة "كدية الطيفور" بالمضيق، فاستنفر السلطات المعنية التي ما زالت تبذل جهودها لتطويقه.
وأوضح عثمان عزاوي، المدير الإقليمي للوكالة الوطنية للمياه والغابات بتطوان، أن الحريق اندلع في حدود الساعة الخامسة والنصف بعد الزوال، وأن جهود كل السلطات المعنية متواصلة إلى حدود الساعة للسيطرة عليه.
وأضاف أن النيران أتت، إلى حدود كتابة هذه السطور، على مساحة مهمة من الغطاء الغابوي تتجاوز 30 هكتارا، مبينا أن الحريق بدأ في أعشاب ثانوية قبل أن تدفعه الرياح القوية إلى أشجار الصنوبر.
وأشار إلى تعبئة كل المتدخلين لإخماد الحريق، من فرق الوقاية المدنية والوكالة الوطنية للمياه والغابات والدرك الملكي والقوات المساعدة والقوات المسلحة الملكية، إلى جانب عناصر من الإنعاش الوطني.
وذكر المسؤول نفسه، في تصريح للشركة الوطنية للإذاعة والتلفزة، أن هذه التدخلات الميدانية دُعمت جوا بطائرتين من نوع كنادير نفذتا 16 طلعة جوية للحد من انتشار الحريق ومحاولة إخماده.
""", [
    ev("fire-outbreak", "شبّ حريق بعد زوال اليوم الاثنين 15 غشت 2022", MON, "'زوال اليوم الاثنين 15 غشت 2022' = Mon 15 Aug 2022 (about 17:30)"),
    ev("burnt-area", "تتجاوز 30 هكتارا", BURNT[0], "'إلى حدود كتابة هذه السطور' on Mon 15 Aug 2022; the area burnt over 15-16 Aug (my span)", end=BURNT[1]),
    ev("mobilisation", "وأشار إلى تعبئة كل المتدخلين لإخماد الحريق", MON, "no own expression; the mobilisation of the evening of Mon 15 Aug 2022"),
    ev("canadair-support", "دُعمت جوا بطائرتين من نوع كنادير", AIR[0], "no own expression; the Canadair sorties from the evening of Mon 15 Aug 2022 into Tue 16 Aug (my span)", end=AIR[1]),
])
art(S, "https://twnews.co.uk/ma-news/hry-q-gb-kdy-ltyfwr-blmdyq-lfnydq-tt-l-120-hktr-msdr-mhly",
    "2022-08-16", "the body's 'عشية اليوم الثلاثاء 16 غشت 2022' (kept; 16 Aug 2022 was a Tuesday) in the local authorities' statement reposted by TheWorldNews; headline kept from the page, re-worded, without '(مصادر محلية)'; the site's notice ('This article was added by the user ...') dropped", True, """
حريق غابة "كدية الطيفور" بالمضيق-الفنيدق يلتهم 120 هكتارا
أفادت السلطات المحلية لعمالة المضيق-الفنيدق بأن فرق الإطفاء، المؤلفة من نحو 500 عنصر من مختلف السلطات والمصالح المعنية والمدعومة بشتى وسائل التدخل البري والجوي، تواصل جهودها لاحتواء الحريق الغابوي المندلع في غابة "كدية الطيفور".
ولهذا الغرض جرى تكثيف التدخل الجوي بثلاث طائرات إطفاء من نوع "كانادير"، نفذت كل واحدة منها إلى حدود الساعة قرابة 40 طلعة.
وبيّن بلاغ للسلطات أن الجهود الميدانية تركزت أساسا على محاصرة ألسنة اللهب ومنع امتدادها نحو المناطق الآهلة بالسكان.
وأعلنت المصادر نفسها أن الأضرار التي لحقت بالغطاء الغابوي لـ"كدية الطيفور" بفعل النيران بلغت نحو 120 هكتارا، إلى حدود عشية اليوم الثلاثاء 16 غشت 2022.
""", [
    ev("authorities-statement", "أفادت السلطات المحلية لعمالة المضيق-الفنيدق", TUE, "no own expression; the statement of Tue 16 Aug 2022 (its figures are 'إلى حدود عشية اليوم الثلاثاء 16 غشت 2022')"),
    ev("firefighting", "تواصل جهودها لاحتواء الحريق الغابوي", MON, "no own expression; the firefighting from the evening of Mon 15 Aug into Tue 16 Aug 2022 and the new blaze of Tuesday (my span 15-17 Aug)", end="2022-08-18"),
    ev("canadair-support", "جرى تكثيف التدخل الجوي بثلاث طائرات إطفاء", AIR[0], "'إلى حدود الساعة' on Tue 16 Aug 2022: the sorties of Mon 15 - Tue 16 Aug (my span)", end=AIR[1]),
    ev("burnt-area", "بلغت نحو 120 هكتارا، إلى حدود عشية اليوم الثلاثاء 16 غشت 2022", BURNT[0], "'إلى حدود عشية اليوم الثلاثاء 16 غشت 2022': the area burnt from Mon 15 to the evening of Tue 16 Aug 2022", end=BURNT[1]),
])
art(S, "https://sahafatbladi.com/120185/2022/08/17/",
    "2022-08-17", "date in the URL '/2022/08/17/' (17 Aug 2022 was a Wednesday); the body's 'يوم أمس الثلاثاء 16 غشت الجاري' agrees (its 'ليلة أمس الاثنين' is carried over from the site's report of Tue 16 Aug); the dateline 'المضيق-' and the sub-heading kept as a sentence; headline kept from the page; the truncated last sentence dropped; no date of its own in the text", False, """
أجواء حزينة في جنازة ضحايا الواجب الوطني بعد حرائق غابة "كابونيغرو"
شُيّعت جثامين ضحايا الواجب الوطني الذين سقطوا في حرائق غابة "كدية الطيفور" بالمضيق، في أجواء مهيبة وسط دموع الأقارب والأصدقاء.
وكان ثلاثة إطفائيين قد لقوا حتفهم وهم يؤدون مهامهم في إخماد الحريق الذي شبّ في غابة كدية الطيفور الواقعة بين كابو نيكرو والمضيق.
وحضر الجنازة عامل تطوان وعدد من عناصر الوقاية المدنية وبعض الشخصيات الأمنية والعسكرية لتوديع شهداء الواجب.
وفي سياق متصل، اهتزت غابة "كدية الطيفور" الواقعة في المجال الترابي للمضيق مرة أخرى يوم أمس الثلاثاء 16 غشت الجاري على وقع حريق مهول غطى دخانه المنطقة.
وأتى هذا الحريق بعد الحريق السابق الذي ضرب المنطقة ليلة أمس الاثنين، وأودى بحياة عناصر من الوقاية المدنية وخلّف جرحى بإصابات متفاوتة الخطورة.
وأسفرت الأبحاث والتحريات التي أجرتها السلطات المحلية بعمالة المضيق-الفنيدق عن توقيف 4 أشخاص يُشتبه في أنهم وراء إضرام النيران.
""", [
    ev("funeral", "شُيّعت جثامين ضحايا الواجب الوطني", TUE, "no own expression; the funeral of the evening of Tue 16 Aug 2022 (lesiteinfo: 'مساء أمس الثلاثاء')"),
    ev("firefighters-killed", "وكان ثلاثة إطفائيين قد لقوا حتفهم", NIGHT[0], "no own expression; the tanker accident of the night of Mon 15 - Tue 16 Aug 2022 (majala24: 'ليلة الإثنين صبيحة يوم الثلاثاء 16 غشت 2022')", end=NIGHT[1]),
    ev("new-blaze", "مرة أخرى يوم أمس الثلاثاء 16 غشت الجاري", TUE, "'يوم أمس الثلاثاء 16 غشت الجاري' = Tue 16 Aug 2022"),
    ev("fire-outbreak", "الحريق السابق الذي ضرب المنطقة ليلة أمس الاثنين", MON, "'ليلة أمس الاثنين' = Mon 15 Aug 2022 (the fire broke out at about 17:30 and burned through the night)"),
    ev("four-arrested", "عن توقيف 4 أشخاص يُشتبه في أنهم وراء إضرام النيران", NIGHT[0], "no own expression; the four held on the night of Mon 15 Aug 2022 (goud: 'ليلة أمس الإثنين 15 من الشهر الجاري'); my span 15-16 Aug", end=NIGHT[1]),
])
art(S, "https://ar.lesiteinfo.com/maroc/%D8%AC%D9%86%D8%A7%D8%B2%D8%A9-%D9%85%D9%87%D9%8A%D8%A8%D8%A9-%D9%84%D8%B9%D9%86%D8%A7%D8%B5%D8%B1-%D8%A7%D9%84%D9%88%D9%82%D8%A7%D9%8A%D8%A9-%D8%A7%D9%84%D9%85%D8%AF%D9%86%D9%8A%D8%A9-%D8%A7%D9%84-680440.html",
    "2022-08-17", "no date on the stored page; the body's 'مساء أمس الثلاثاء' for the funeral of the three civil-protection men who died in the night of Mon 15 - Tue 16 Aug 2022 (sahafatbladi 17 Aug reports the same funeral) gives Wed 17 Aug 2022; headline kept from the page; no date of its own in the text", False, """
جنازة مهيبة لعناصر الوقاية المدنية الذين قضوا أثناء إخماد حريق بضواحي المضيق
شُيّع مساء أمس الثلاثاء، في أجواء مهيبة، جثمان ضحايا الواجب الوطني الذين فارقوا الحياة وهم يؤدون مهامهم في إخماد الحريق الذي اندلع في غابة كدية طيفور الواقعة بين كابو نيكرو والمضيق.
وتميزت مراسيم التشييع بحضور عامل تطوان، إلى جانب رجال الوقاية المدنية وعدد من الشخصيات الأمنية والعسكرية.
وتفاعل رواد مواقع التواصل الاجتماعي بسرعة مع خبر وفاة 3 عناصر من الوقاية المدنية خلال محاولتهم إخماد الحريق، فتوالت تدوينات التعزية والمواساة لأسرهم.
وكانت المصالح الأمنية قد أوقفت 4 أشخاص يُشتبه في ضلوعهم في إشعال النيران بالغابة.
وأعلن الوكيل العام للملك لدى محكمة الاستئناف بتطوان أنه، بعد إشعاره بالحريق الذي شب يوم 15 غشت 2022 بغابة "كدية الطيفور" بالمضيق، أمر الشرطة القضائية المختصة بفتح بحث قضائي معمق في ظروف اندلاعه وتحديد كل من يقف وراءه، وأن التحريات الأولية قادت إلى إيقاف أربعة مشتبه فيهم وُضعوا رهن الحراسة النظرية في انتظار استكمال الأبحاث.
""", [
    ev("funeral", "شُيّع مساء أمس الثلاثاء، في أجواء مهيبة، جثمان ضحايا الواجب الوطني", TUE, "'مساء أمس الثلاثاء' from Wed 17 = the evening of Tue 16 Aug 2022"),
    ev("firefighters-killed", "خبر وفاة 3 عناصر من الوقاية المدنية", NIGHT[0], "no own expression; the deaths of the night of Mon 15 - Tue 16 Aug 2022", end=NIGHT[1]),
    ev("four-arrested", "وكانت المصالح الأمنية قد أوقفت 4 أشخاص", NIGHT[0], "no own expression; the four held on the night of Mon 15 Aug 2022 (my span 15-16 Aug)", end=NIGHT[1]),
    ev("fire-outbreak", "الحريق الذي شب يوم 15 غشت 2022", MON, "'يوم 15 غشت 2022' (a Monday)"),
    ev("prosecutor-statement", "وأعلن الوكيل العام للملك لدى محكمة الاستئناف بتطوان", TUE, "no own expression; the prosecutor-general's statement of Tue 16 Aug 2022 (maroc24: 'يوم الثلاثاء الماضي')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 328
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 428-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: aviation incidents and airport disruptions in the Arab
world: emergency landings, diverted flights, airport closures and reopenings, airline strikes, plane crashes
and investigations.
Stories: the Israeli strike that put Damascus international airport out of service (Syria, June 2022), the
Israeli strikes on Sanaa international airport while the WHO chief was boarding (Yemen, December 2024), the
ban on Iranian flights to Beirut airport and the airport-road riots (Lebanon, February 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-damascus-airport-israeli-strike-2022
S = "syria-damascus-airport-israeli-strike-2022"
STRIKE = "2022-06-10"                      # the Israeli missile strike before dawn of Fri 10 Jun 2022
art(S, "https://albaladonline.net/تعليق-الرحلات-الجوية-القادمة-والمغادرة-عبر-مطار-دمشق-الدولي-483095.html",
    "2022-06-10", "page line 'تاريخ النشر: الجمعة، 10 يونيو 2022' (kept, the bullet dropped; 10 Jun 2022 was a Friday); the body's 'فجر اليوم' agrees with the strike of Fri 10 Jun; headline kept from the page (re-worded)", True, """
الرحلات في مطار دمشق معلّقة إثر العدوان الإسرائيلي على جنوب العاصمة
تاريخ النشر: الجمعة، 10 يونيو 2022
أفادت وزارة النقل السورية بتعليق الرحلات الجوية القادمة والمغادرة عبر مطار دمشق الدولي، بسبب خروج عدد من التجهيزات الفنية عن الخدمة.
وأوضحت أن مواعيد تسيير الرحلات عبر المطار "ستُعلن فور الانتهاء من إصلاح التجهيزات بما يكفل سلامة الحركة التشغيلية وأمانها".
ونقلت مصادر صحفية عن أحد موظفي مطار دمشق الدولي، وقد طلب ألا يُذكر اسمه، أن "المطار تأثر بالقصف الإسرائيلي، فاضطررنا إلى إرجاء الرحلات كلها مدة 48 ساعة على الأقل".
وكان مصدر عسكري سوري قد ذكر أن الدفاعات الجوية السورية تصدت فجر اليوم لعدوان إسرائيلي بالصواريخ استهدف مواقع في جنوبي دمشق.
""", [
    ev("flights-suspended", "أفادت وزارة النقل السورية بتعليق الرحلات الجوية", STRIKE, "no own expression; the ministry's suspension of Fri 10 Jun 2022 (date line; arabicpost: 'مساء الجمعة 10 يونيو/حزيران 2022')"),
    ev("airport-damaged", "المطار تأثر بالقصف الإسرائيلي", STRIKE, "no own expression; the damage of the strike before dawn of Fri 10 Jun 2022"),
    ev("flights-postponed-48h", "فاضطررنا إلى إرجاء الرحلات كلها مدة 48 ساعة على الأقل", STRIKE, "'مدة 48 ساعة على الأقل' from Fri 10 Jun 2022 = 10-11 Jun at least (my span; the airport in fact stayed shut until 23 Jun)", end="2022-06-12"),
    ev("israeli-strike", "تصدت فجر اليوم لعدوان إسرائيلي بالصواريخ", STRIKE, "'فجر اليوم' of Fri 10 Jun 2022 (date line)"),
])
art(S, "https://thenationpress.net/news-166791.html",
    "2022-06-10", "page date line '2022-06-10' (kept; 10 Jun 2022 was a Friday); the body's 'الجمعة10يونيو2022' agrees; the source tag 'أ ف ب-الامة برس', the photo caption and the last, truncated sentence dropped; headline kept from the page (re-worded)", True, """
توقف الرحلات في مطار دمشق عقب ضربات إسرائيلية
2022-06-10
دمشق: أعلنت الحكومة السورية أن الرحلات الجوية كافة من العاصمة السورية وإليها توقفت الجمعة10يونيو2022، إثر ضربات جوية إسرائيلية جرحت مدنيًا واحدًا على الأقل وألحقت أضرارا بمدرج المطار.
ومنذ أن اندلعت الحرب الأهلية في سوريا عام 2011، شنت إسرائيل مئات الغارات الجوية على جارتها، طالت القوات الحكومية والقوات الحليفة المدعومة من إيران ومقاتلي حزب الله اللبناني، غير أن هذه الهجمات قلّما أحدثت اضطرابا كبيرا في حركة الطيران.
وذكر المرصد السوري لحقوق الإنسان أن الضربة الأخيرة، التي نُفذت قبل فجر يوم الجمعة، استهدفت ثلاثة مستودعات للأسلحة قرب مطار دمشق تعود لحزب الله وجماعات أخرى تدعمها إيران.
وفي وقت لاحق، أعلنت وزارة النقل السورية "تعليق الرحلات القادمة والمغادرة عبر مطار دمشق الدولي" بسبب اضطرابات فنية.
ونقلت الوكالة العربية السورية للأنباء (سانا) عن البيان أن "استئناف الرحلات سيُعلن بمجرد إصلاح المنشآت والمعدات بما يضمن سلامة الحركة التشغيلية وأمنها".
""", [
    ev("flights-suspended", "الرحلات الجوية كافة من العاصمة السورية وإليها توقفت الجمعة10يونيو2022", STRIKE, "'الجمعة10يونيو2022' = Fri 10 Jun 2022 (the ministry's suspension, announced 'في وقت لاحق' the same day)"),
    ev("civilian-injured", "جرحت مدنيًا واحدًا على الأقل", STRIKE, "no own expression; the strike before dawn of Fri 10 Jun 2022"),
    ev("airport-damaged", "وألحقت أضرارا بمدرج المطار", STRIKE, "no own expression; the strike before dawn of Fri 10 Jun 2022"),
    ev("syrian-war", "منذ أن اندلعت الحرب الأهلية في سوريا عام 2011", "2011-03-15", "'عام 2011' = the war's start; the uprising began on 15 Mar 2011 (outside knowledge; my span up to the strike)", end=STRIKE),
    ev("israeli-strike", "الضربة الأخيرة، التي نُفذت قبل فجر يوم الجمعة", STRIKE, "'قبل فجر يوم الجمعة' = before dawn of Fri 10 Jun 2022"),
])
art(S, "https://arabicpost.live/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/2022/06/11/%D9%85%D8%B7%D8%A7%D8%B1-%D8%AF%D9%85%D8%B4%D9%82-%D9%82%D8%B5%D9%81-%D8%A5%D8%B3%D8%B1%D8%A7%D8%A6%D9%8A%D9%84%D9%8A-%D8%A7%D9%84%D9%86%D8%B8%D8%A7%D9%85-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A",
    "2022-06-11", "date in the URL '/2022/06/11/' (11 Jun 2022 was a Saturday); no page date line in the stored text; headline written from the URL slug (the stored text has none); the last, truncated sentence dropped; no publication date of its own in the text (it dates the suspension to Fri 10 Jun)", False, """
قصف إسرائيلي يعطل مطار دمشق
ذكرت وزارة النقل السورية أنها قررت تعليق الرحلات الجوية من مطار دمشق الدولي وإليه مساء الجمعة 10 يونيو/حزيران 2022، وذلك بعد ساعات قليلة من ضربات جوية إسرائيلية جنوبي العاصمة.
ونقلت الوكالة العربية السورية للأنباء عن مسؤول عسكري أن الدفاعات الجوية السورية اعترضت الصواريخ الإسرائيلية وأسقطت أغلبها، إلا أن الهجوم الذي وقع في الصباح الباكر أسفر عن إصابة مدني وعن بعض الأضرار المادية.
أما شركة "أجنحة الشام للطيران"، وهي شركة طيران سورية خاصة، فقالت إنها حولت مسار جميع رحلاتها إلى مطار حلب الدولي.
ولم يأت بيان وزارة النقل على ذكر الهجوم الإسرائيلي، بل عزا إغلاق المطار إلى أسباب فنية.
من جهته، أفاد المرصد السوري لحقوق الإنسان، الجمعة، بأن القصف الإسرائيلي أضر بالمدرج بعدما استهدف "مستودعات لفصائل إيران" قرب المطار.
وبينما امتنع متحدث باسم الجيش الإسرائيلي عن التعليق، لفتت القناة 12 الإسرائيلية إلى أن أضرار الغارات على جنوب العاصمة السورية امتدت إلى مطار دمشق الدولي.
""", [
    ev("flights-suspended", "قررت تعليق الرحلات الجوية من مطار دمشق الدولي وإليه مساء الجمعة", STRIKE, "'مساء الجمعة 10 يونيو/حزيران 2022' = Fri 10 Jun 2022"),
    ev("israeli-strike", "بعد ساعات قليلة من ضربات جوية إسرائيلية جنوبي العاصمة", STRIKE, "'بعد ساعات قليلة' before the evening of Fri 10 Jun = early morning of Fri 10 Jun 2022 ('في الصباح الباكر')"),
    ev("civilian-injured", "أسفر عن إصابة مدني وعن بعض الأضرار المادية", STRIKE, "'في الصباح الباكر' of Fri 10 Jun 2022"),
    ev("cham-wings-diverted", "حولت مسار جميع رحلاتها إلى مطار حلب الدولي", STRIKE, "no own expression; Cham Wings' statement of Fri 10 Jun 2022 (gundemortadogu quotes it with the strike of that day)"),
    ev("airport-damaged", "أفاد المرصد السوري لحقوق الإنسان، الجمعة، بأن القصف الإسرائيلي أضر بالمدرج", STRIKE, "'الجمعة' = Fri 10 Jun 2022 (the damage is of the strike that morning)"),
])

# ---------------------------------------------------------------- yemen-sanaa-airport-israeli-strikes-tedros-2024
S = "yemen-sanaa-airport-israeli-strikes-tedros-2024"
STRIKE = "2024-12-26"                      # the Israeli strikes on Sanaa airport, Hodeidah and Hezyaz, Thu 26 Dec 2024 (afternoon)
art(S, "https://mosaiquefm.net/amp/ar/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85%D9%8A%D8%A9/1360528/{{facebook}}",
    "2024-12-26", "the body's 'اليوم الخميس 26 ديسمبر 2024' (kept; 26 Dec 2024 was a Thursday); no other page stamp; the source tag '*مواقع إخبارية' dropped; headline kept from the page (re-worded)", True, """
إسرائيل تدمر مطار صنعاء الدولي وتخرجه عن الخدمة
شنت مقاتلات الاحتلال الإسرائيلي غارات جوية مكثفة على مطار صنعاء الدولي اليوم الخميس 26 ديسمبر 2024، فدمرت برج المراقبة وعطلت المطار تعطيلا كاملا أخرجه عن الخدمة.
وتندرج هذه الهجمات في سلسلة متصاعدة من الضربات الإسرائيلية على أهداف داخل اليمن، في ظل تواصل هجمات الحوثيين على إسرائيل.
ونقلت القناة 12 الإسرائيلية عن مصدر إسرائيلي أن الضربات على اليمن تأتي ضمن حملة عسكرية جديدة غايتها معاقبة الحوثيين، وأن تل أبيب أبلغت واشنطن بالهجمات.
وأضافت إذاعة الجيش الإسرائيلي أن هذه الهجمات تختلف عن سابقاتها، مؤكدة أن "الهدنة مع الحوثيين انتهت"، وأن الهجوم الحالي جزء من إستراتيجية طويلة الأمد.
وذكرت وسائل إعلام إسرائيلية أن الهجوم على اليمن لم ينته بعد، وأنه طال كذلك محطة توليد الكهرباء في حزيز ومرافق أخرى في ميناء الحديدة. ويتوقع مسؤولون إسرائيليون أن تتواصل الهجمات على اليمن بوتيرة متصاعدة في الأيام المقبلة.
وأكد مصدر عسكري في تصريحات لوسائل الإعلام الإسرائيلية أن الضربات ستشتد إذا لم يستجب الحوثيون للضغوط، وأن أي تصعيد حوثي سيلقى ردا أقوى.
""", [
    ev("airport-strike", "غارات جوية مكثفة على مطار صنعاء الدولي اليوم الخميس 26 ديسمبر 2024", STRIKE, "'اليوم الخميس 26 ديسمبر 2024' = Thu 26 Dec 2024"),
    ev("tower-damaged", "فدمرت برج المراقبة وعطلت المطار", STRIKE, "no own expression; the strike of Thu 26 Dec 2024"),
    ev("washington-informed", "وأن تل أبيب أبلغت واشنطن بالهجمات", STRIKE, "no own expression; Israel informed the US around the strikes of Thu 26 Dec 2024 (Channel 12, that day)"),
    ev("hodeidah-hezyaz-strikes", "طال كذلك محطة توليد الكهرباء في حزيز ومرافق أخرى في ميناء الحديدة", STRIKE, "no own expression; the same wave of Thu 26 Dec 2024"),
    ev("more-strikes-expected", "أن تتواصل الهجمات على اليمن بوتيرة متصاعدة في الأيام المقبلة", "2024-12-27", "'في الأيام المقبلة' after Thu 26 Dec 2024; the next Israeli wave on Yemen came on Thu 10 Jan 2025 (outside knowledge; my span 27 Dec - 10 Jan)", end="2025-01-11"),
])
art(S, "https://www.aljazeera.net/news/2024/12/26/%D9%86%D8%AC%D8%A7%D8%A9-%D9%85%D8%AF%D9%8A%D8%B1-%D8%A7%D9%84%D8%B5%D8%AD%D8%A9-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85%D9%8A%D8%A9-%D9%85%D9%86-%D9%82%D8%B5%D9%81-%D9%85%D8%B7%D8%A7%D8%B1",
    "2024-12-26", "date in the URL '/news/2024/12/26/' (26 Dec 2024 was a Thursday); the body's 'اليوم الخميس' agrees; the page stamp 'date 2024-12' (month only) and the embedded English tweet dropped; headline rendered from the URL slug (the stored text has none); no date of its own in the text", False, """
مدير الصحة العالمية ينجو من قصف مطار صنعاء
قال المدير العام لمنظمة الصحة العالمية تيدروس أدهانوم غيبريسوس إنه لم يتعرض لأذى، لا هو ولا أعضاء بعثة الأمم المتحدة، من جراء القصف الإسرائيلي الذي طال مطار صنعاء الدولي اليوم الخميس، في اللحظة التي كانوا يستعدون فيها لركوب طائرتهم ومغادرة العاصمة اليمنية، مشيرا إلى إصابة أحد أفراد طاقم الطائرة.
وكتب غيبريسوس على منصة إكس: "قبل نحو ساعتين، وبينما كنا على وشك الصعود إلى طائرتنا من صنعاء، تعرض المطار لقصف جوي. أصيب أحد أفراد طاقم طائرتنا. وأفادت التقارير بمقتل شخصين على الأقل في المطار".
وتابع مدير المنظمة: "لحقت أضرار ببرج مراقبة الملاحة الجوية وبصالة المغادرة، على بعد أمتار قليلة منا، وكذلك بالمدرج".
""", [
    ev("tedros-unhurt", "قال المدير العام لمنظمة الصحة العالمية تيدروس أدهانوم غيبريسوس إنه لم يتعرض لأذى", STRIKE, "no own expression; Tedros' post on X on Thu 26 Dec 2024, about two hours after the strike"),
    ev("airport-strike", "القصف الإسرائيلي الذي طال مطار صنعاء الدولي اليوم الخميس", STRIKE, "'اليوم الخميس' = Thu 26 Dec 2024 (URL date)"),
    ev("crew-member-injured", "أصيب أحد أفراد طاقم طائرتنا", STRIKE, "'قبل نحو ساعتين' before the post of Thu 26 Dec 2024"),
    ev("airport-deaths", "بمقتل شخصين على الأقل في المطار", STRIKE, "no own expression; the strike of Thu 26 Dec 2024"),
    ev("tower-damaged", "لحقت أضرار ببرج مراقبة الملاحة الجوية وبصالة المغادرة", STRIKE, "no own expression; the strike of Thu 26 Dec 2024"),
])
art(S, "https://www.arabkhabar.com/a/3888912",
    "2024-12-27", "page line 'تاريخ النشر: 27th, December 2024 GMT' (kept; 27 Dec 2024 was a Friday); the body's 'الخميس' for the strikes of Thu 26 Dec agrees; the tag '(CNN)--' and the last, truncated sentence dropped; headline kept from the page (re-worded)", True, """
رئيس منظمة الصحة العالمية: كنت في مطار صنعاء لحظة الضربة الإسرائيلية
تاريخ النشر: 27th, December 2024 GMT
نفذت القوات الإسرائيلية، الخميس، سلسلة ضربات على صنعاء عاصمة اليمن وعلى مدينة الحديدة في غرب البلاد، قتل فيها ستة أشخاص على الأقل وجرح العشرات، بحسب بيان للحوثيين المدعومين من إيران تعهدوا فيه بالرد.
وأفادت قناة المسيرة التابعة للحوثيين بأن الغارة على مطار صنعاء الدولي خلّفت ثلاثة قتلى على الأقل و30 جريحا، فيما ذكر المدير العام لمنظمة الصحة العالمية تيدروس أدهانوم غيبريسوس أنه كان مع فريق من الأمم المتحدة يوشكون على ركوب الطائرة حين قُصف المطار.
وجاء في بيان المسؤول الأممي: "بينما كنا على وشك الصعود على متن طائرتنا من صنعاء... تعرض المطار لقصف جوي.. وأصيب أحد أفراد طاقمنا"، مؤكدا أنه وفريقه بخير.
وأضاف: "لحقت أضرار ببرج مراقبة الحركة الجوية وبصالة المغادرة، على بعد أمتار قليلة من مكاننا، وبالمدرج.. وعلينا أن ننتظر إصلاح أضرار المطار قبل أن نتمكن من المغادرة".
وفي الحديدة، غرب صنعاء، قتل ثلاثة أشخاص على الأقل وجرح عشرة آخرون في الهجوم، وفق قناة المسيرة.
""", [
    ev("airport-strike", "نفذت القوات الإسرائيلية، الخميس، سلسلة ضربات على صنعاء", STRIKE, "'الخميس' before Fri 27 Dec 2024 = Thu 26 Dec 2024"),
    ev("houthi-vow", "تعهدوا فيه بالرد", STRIKE, "no own expression; the Houthi statement of Thu 26 Dec 2024, after the strikes"),
    ev("airport-deaths", "الغارة على مطار صنعاء الدولي خلّفت ثلاثة قتلى على الأقل و30 جريحا", STRIKE, "no own expression; the strike of Thu 26 Dec 2024"),
    ev("crew-member-injured", "وأصيب أحد أفراد طاقمنا", STRIKE, "no own expression; the strike of Thu 26 Dec 2024"),
    ev("tower-damaged", "لحقت أضرار ببرج مراقبة الحركة الجوية وبصالة المغادرة", STRIKE, "no own expression; the strike of Thu 26 Dec 2024"),
    ev("hodeidah-hezyaz-strikes", "قتل ثلاثة أشخاص على الأقل وجرح عشرة آخرون في الهجوم", STRIKE, "no own expression; the strikes on Hodeidah of Thu 26 Dec 2024 (the same wave)"),
])

# ---------------------------------------------------------------- lebanon-beirut-airport-iran-flights-ban-2025
S = "lebanon-beirut-airport-iran-flights-ban-2025"
REFUSED = "2025-02-13"                     # Beirut told Mahan Air on Thu 13 Feb 2025 it could not receive its two flights; road blocked that evening
UNIFIL = "2025-02-14"                      # the UNIFIL convoy attacked on the airport road on the night of Fri 14 Feb 2025
SUSP18 = ("2025-02-13", "2025-02-19")      # the first suspension of flights from Iran, up to Tue 18 Feb 2025
art(S, "https://misryoum.com/?p=53879",
    "2025-02-14", "page date line '14/2/2025–|آخر تحديث: 14/2/202501:27 AM (توقيت مكة)' (kept, with a space restored between the date and the time; 14 Feb 2025 was a Friday); the body's 'يوم الخميس' (Thu 13 Feb) agrees with a stamp after midnight; the inner sub-heading, the embedded tweet and the last, truncated sentence dropped; headline kept from the page (re-worded)", True, """
مناصرون لحزب الله يقطعون طريق مطار بيروت رفضا لتأجيل رحلتين قادمتين من إيران
14/2/2025–|آخر تحديث: 14/2/2025 01:27 AM (توقيت مكة)
أقدم عشرات الشبان المؤيدين لـ(حزب الله)، يوم الخميس، على قطع مدخل مطار بيروت والطريق الدولية المؤدية إليه بالإطارات المشتعلة.
وأتى هذا التحرك اعتراضا على قرار السلطات اللبنانية إبلاغ خطوط ماهان الإيرانية بتعذر استقبال رحلتين مجدولتين من طهران، بحسب الوكالة الوطنية للإعلام ومسؤول في المطار.
واحتشد الشبان، رافعين رايات (حزب الله) الصفراء، على الطريق المؤدية إلى المطار وأحرقوا الإطارات، فانقطعت الطريق.
وذكرت الوكالة الرسمية أن مجموعة أخرى أضرمت النار في الإطارات عند مدخل المطار، ورفع بعض أفرادها صورا للأمين العام السابق لـ(حزب الله) حسن نصر الله، الذي يشيع الحزب جثمانه نهاية الأسبوع المقبل، بعدما اغتيل بغارة إسرائيلية في سبتمبر/أيلول، وأطلق المحتجون هتافات معادية لإسرائيل والولايات المتحدة.
وسعى الجيش اللبناني إلى منع المحتجين من قطع الطريق وإلى تسهيل حركة السير، على ما أوردته الوكالة الوطنية للإعلام.
""", [
    ev("road-blocked", "يوم الخميس، على قطع مدخل مطار بيروت والطريق الدولية", REFUSED, "'يوم الخميس' = Thu 13 Feb 2025 (evening; stamp of 01:27 on Fri 14)"),
    ev("mahan-flights-refused", "إبلاغ خطوط ماهان الإيرانية بتعذر استقبال رحلتين مجدولتين من طهران", REFUSED, "no own expression; the notice to Mahan Air of Thu 13 Feb 2025 (the first flight was due that evening)"),
    ev("nasrallah-funeral", "الذي يشيع الحزب جثمانه نهاية الأسبوع المقبل", "2025-02-23", "'نهاية الأسبوع المقبل' from Thu 13 / Fri 14 Feb = the funeral of Sun 23 Feb 2025 (outside knowledge)"),
    ev("nasrallah-killed", "بعدما اغتيل بغارة إسرائيلية في سبتمبر/أيلول", "2024-09-27", "'في سبتمبر/أيلول' = the strike of Fri 27 Sep 2024 (outside knowledge)"),
    ev("army-opens-road", "وسعى الجيش اللبناني إلى منع المحتجين من قطع الطريق", REFUSED, "no own expression; the same evening of Thu 13 Feb 2025"),
])
art(S, "https://www.beqaatimes.com/politics/%d8%b9%d9%84%d9%82%d8%aa-%d8%a5%d9%8a%d8%b1%d8%a7%d9%86-%d8%ac%d9%85%d9%8a%d8%b9-%d8%a7%d9%84%d8%b1%d8%ad%d9%84%d8%a7%d8%aa-%d8%a7%d9%84%d8%ac%d9%88%d9%8a%d8%a9-%d8%a5%d9%84%d9%89-%d8%a8%d9%8a%d8%b1",
    "2025-02-16", "the body's dateline 'دبي ، 16 فبراير / تاس /' (kept as 'دبي، 16 فبراير /تاس/'; 16 Feb 2025 was a Sunday; Pourfarzaneh spoke on Sunday, almaghribtoday 'الأحد'); the stored text is a rough machine translation of a TASS item: re-worded into plain Arabic with the same facts (the garbled 'رئيس جمهورية المسلمة المسلمة، هوسين بورفارزان' rendered as the head of Iran's civil aviation organization Hossein Pourfarzaneh, 'ليفان جوزيف آون' as Lebanon's president Joseph Aoun); headline written from the URL slug", True, """
إيران تعلّق جميع رحلاتها الجوية إلى بيروت
دبي، 16 فبراير /تاس/. طلب لبنان من طهران وقف رحلات الخطوط الجوية الإيرانية إلى بيروت لدواع أمنية حتى 18 فبراير على الأقل، وفق ما أعلنه رئيس منظمة الطيران المدني في الجمهورية الإسلامية حسين بور فرزانه.
وأوضح أن المراسلات بين هيئتي الطيران في إيران ولبنان تضمنت طلب لبنان وقف الرحلات إلى بيروت حتى 18 فبراير لأسباب أمنية، فضلا عن إلغاء كل الرحلات الدولية. وبحسب قوله، فإن الوضع في مطار بيروت في هذا الوقت كان شديد الصعوبة والتوتر، غير أن الجانب الإيراني يتابعه ويأمل أن تعود الأمور إلى طبيعتها في 18 فبراير.
وفي 14 فبراير، قطع ناشطون من حزب الله الشيعي الطريق السريع المؤدي إلى مطار بيروت الدولي، احتجاجا على رفض الحكومة اللبنانية استقبال طائرة لشركة ماهان إير الإيرانية. وفي يوم الجمعة إلى السبت، هاجم حشد من المحتجين قافلة ترافق نائب قائد قوة الأمم المتحدة لحفظ السلام، وأحرقوا إحدى سيارات الجيب.
ويوم السبت، وبطلب من الرئيس اللبناني جوزيف عون، تدخلت قوى الأمن، وفتح الجيش كل الطرق التي أغلقها المحتجون. وتعهد رئيس الدولة بمنع تكرار الأعمال التي زعزعت الوضع.
""", [
    ev("suspension-until-18", "طلب لبنان من طهران وقف رحلات الخطوط الجوية الإيرانية إلى بيروت", SUSP18[0], "'حتى 18 فبراير على الأقل' = the suspension from Thu 13 up to Tue 18 Feb 2025 (DGCA notice of Thu 13 Feb)", end=SUSP18[1]),
    ev("pourfarzaneh-statement", "وفق ما أعلنه رئيس منظمة الطيران المدني في الجمهورية الإسلامية", "2025-02-16", "no own expression; Pourfarzaneh's statement of Sun 16 Feb 2025 (dateline; almaghribtoday 'الأحد')"),
    ev("road-blocked", "وفي 14 فبراير، قطع ناشطون من حزب الله الشيعي الطريق السريع", REFUSED, "'في 14 فبراير' (TASS); the road was blocked from the evening of Thu 13 Feb and again on the night of Fri 14 Feb 2025 (misryoum 'يوم الخميس'; my span 13-14 Feb)", end="2025-02-15"),
    ev("unifil-convoy-attack", "هاجم حشد من المحتجين قافلة ترافق نائب قائد قوة الأمم المتحدة", UNIFIL, "'في يوم الجمعة إلى السبت' = the night of Fri 14 Feb 2025 (the attack came on Friday evening)"),
    ev("army-opens-roads", "وفتح الجيش كل الطرق التي أغلقها المحتجون", "2025-02-15", "'يوم السبت' = Sat 15 Feb 2025"),
])
art(S, "https://alrasheedmedia.com/2025/02/17/610400",
    "2025-02-17", "date in the URL '/2025/02/17/' (17 Feb 2025 was a Monday); the body's 'اليوم الاثنين' agrees; headline written from the body (the stored text has none); the last, truncated sentence shortened; no date of its own in the text", False, """
لبنان يمدد تعليق الرحلات من إيران وإليها
أعلنت السلطات اللبنانية، اليوم الاثنين، أنها مددت تعليق الرحلات من إيران وإليها، دون أن تحدد موعدا لاستئنافها، وذلك بعد أيام من امتناعها عن منح إذن بالهبوط لرحلتين لخطوط ماهان الإيرانية، على خلفية تهديدات إسرائيلية بقصف مطار بيروت.
وفي أعقاب اجتماع ترأسه رئيس الجمهورية جوزيف عون مع الوزراء المعنيين ورئيس جهاز أمن المطار، قالت الناطقة باسم رئاسة الجمهورية نجاة شرف الدين للصحافيين إنه تقرر "تكليف وزير الأشغال العامة والنقل تمديد مهلة تعليق الرحلات من وإلى إيران"، بعدما كانت سلطات مطار بيروت قد علقتها حتى 18 شباط/فبراير.
وأضافت أن وزير الخارجية كُلّف أيضا "تأمين عودة المسافرين اللبنانيين الذين ما زالوا في إيران".
وأشارت إلى أن الاجتماع شهد "التأكيد على التدابير والإجراءات المتّبعة في تفتيش الطائرات كافة وتكليف جهاز أمن المطار بمتابعة الالتزام بالتوجيهات اللازمة"، وإعطاء الأجهزة الأمنية والعسكرية توجيهات "بعدم التهاون أو السماح بإقفال طريق المطار".
وكان تعليق السلطات اللبنانية رحلتين مع إيران كانتا مقررتين الخميس والجمعة قد أشعل تظاهرات غاضبة لمناصري حزب الله على طريق المطار، تخللها هجوم على موكب لقوة الأمم المتحدة المؤقتة في لبنان (يونيفيل).
""", [
    ev("suspension-extended", "أعلنت السلطات اللبنانية، اليوم الاثنين، أنها مددت تعليق الرحلات", "2025-02-17", "'اليوم الاثنين' = Mon 17 Feb 2025 (URL date)"),
    ev("mahan-flights-refused", "بعد أيام من امتناعها عن منح إذن بالهبوط لرحلتين لخطوط ماهان", REFUSED, "'بعد أيام' before Mon 17 Feb = the refusal of Thu 13 Feb 2025"),
    ev("aoun-meeting", "وفي أعقاب اجتماع ترأسه رئيس الجمهورية جوزيف عون", "2025-02-17", "no own expression; the meeting at Baabda of Mon 17 Feb 2025, the day of the announcement"),
    ev("suspension-until-18", "بعدما كانت سلطات مطار بيروت قد علقتها حتى 18 شباط/فبراير", SUSP18[0], "'حتى 18 شباط/فبراير' = the suspension from Thu 13 up to Tue 18 Feb 2025", end=SUSP18[1]),
    ev("unifil-convoy-attack", "تخللها هجوم على موكب لقوة الأمم المتحدة المؤقتة", UNIFIL, "no own expression; the attack on the night of Fri 14 Feb 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 428
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 646-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories635/make_stories.py). Domain: aviation: emergency landings, diverted flights, airport
closures and reopenings, air-traffic incidents in the Arab world.
Stories: the Tunisair flight 722 (Tunis-Paris) that failed three landings at Orly in a storm and was diverted to
Charles de Gaulle (Mon 5 Sep 2022); the flydubai flight FZ1125 (Dubai-Tel Aviv) that diverted to Riyadh for a
passenger's stroke (Wed 24 Sep 2025); the fog that shut Kuwait International Airport and diverted its incoming
flights to neighbouring countries (Thu 13 Nov 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- tunisia-tunisair-tu722-orly-cdg-diversion-2022
S = "tunisia-tunisair-tu722-orly-cdg-diversion-2022"
FLIGHT = "2022-09-05"                      # flight TU722 Tunis-Paris, evening of Mon 5 Sep 2022: 3 failed landings at Orly, diverted to CDG
# Karim Hilali's Facebook post and Tunisair's statement: the same evening / late night of Mon 5 Sep 2022
art(S, "https://kapitalis.com/anbaa-tounes/2022/09/05/حالة-هلع-بعد-فشل-3-محاولات-هبوط-بسبب-عاص",
    "2022-09-05", "the date 2022/09/05 in the URL path (Mon 5 Sep 2022); the body's 'اليوم الإثنين 5 سبتمبر' (no year) agrees; headline rendered from the URL slug, whose end is cut ('بسبب عاص…'), completed as 'بسبب عاصفة في باريس'; the 'شارك رأيك' footer dropped", False, """
حالة هلع بعد فشل 3 محاولات هبوط بسبب عاصفة في باريس
أصيب كثير من ركاب رحلة الخطوط التونسية 722 المتجهة إلى باريس، اليوم الإثنين 5 سبتمبر، بحالة من الهلع جراء سوء الأحوال الجوية وتعذر النزول، وهو ما فرض تحويل وجهة الطائرة نحو مطار شارل ديغول.
وكان من بين هؤلاء المسافرين كريم الهلالي، رئيس الجامعة التونسية لكرة اليد، الذي نشر على مواقع التواصل الاجتماعي ما يلي:
"الحمد لله. ما زال في العمر بقية. كنت من بين ركاب رحلة الخطوط التونسية 722 نحو باريس مساء اليوم. عشنا لحظات هلع بسبب رداءة الطقس قرب مطار أورلي. ثلاث محاولات هبوط باءت بالفشل، وفي النهاية تقرر توجيه الطائرة إلى مطار شارل دي قول. شكرا لقائد الطائرة ولكامل الطاقم على مهنيتهم وشجاعتهم رغم صعوبة الظرف.
المسألة لا تتعلق بكفاءة الربان ولا بحالة الطائرة، فهي جيدة. الطقس كان صعبا للغاية مع مرور عاصفة قوية على باريس كان التعامل معها عسيرا جدا.
الحمد لله، وبربي رفقا بالناقلة الوطنية".
""", [
    ev("passengers-panic", "بحالة من الهلع جراء سوء الأحوال الجوية وتعذر النزول", FLIGHT, "'اليوم الإثنين 5 سبتمبر' = Mon 5 Sep 2022 (URL date 2022/09/05)"),
    ev("diversion-cdg", "فرض تحويل وجهة الطائرة نحو مطار شارل ديغول", FLIGHT, "no own expression; the same flight of 'اليوم الإثنين 5 سبتمبر' = Mon 5 Sep 2022 (evening)"),
    ev("hilali-post", "الذي نشر على مواقع التواصل الاجتماعي ما يلي", FLIGHT, "no own expression; the post speaks of the flight of 'مساء اليوم' and was written that evening, Mon 5 Sep 2022 (acharaa: 'نشرها ليلة أمس')"),
    ev("failed-landings-orly", "ثلاث محاولات هبوط باءت بالفشل", FLIGHT, "no own expression; the approach to Orly on the evening of Mon 5 Sep 2022 ('مساء اليوم' in the post of that day)"),
    ev("paris-storm", "مع مرور عاصفة قوية على باريس", FLIGHT, "no own expression; the storm over Paris at the time of the flight, evening of Mon 5 Sep 2022"),
])
art(S, "https://ultratunisia.ultrasawt.com/%D9%85%D8%A7-%D8%B3%D8%A8%D8%A8-%D8%AA%D8%BA%D9%8A%D9%8A%D8%B1-%D9%88%D8%AC%D9%87%D8%A9-%D9%87%D8%A8%D9%88%D8%B7-%D8%B7%D8%A7%D8%A6%D8%B1%D8%A9-%D8%A7%D9%84%D8%AE%D8%B7%D9%88%D8%B7-%D8%A7%D9%84%D8%AA%D9%88%D9%86%D8%B3%D9%8A%D8%A9-%D9%81%D9%8A-%D8%A8%D8%A7%D8%B1%D9%8A%D8%B3%D8%9F/%D8%A7%D9%84%D8%AA%D8%B1%D8%A7-%D8%AA%D9%88%D9%86%D8%B3/%D9%85%D8%AC%D8%AA%D9%85%D8%B9/%D8%A7%D9%94%D8%AE%D8%A8%D8%A7%D8%B1",
    "2022-09-06", "the page stamp '06-سبتمبر-2022' at the top of the stored text (kept as the second line, under the headline; 6 Sep 2022 was a Tuesday); the body's 'الاثنين 5 سبتمبر/أيلول 2022' for the flight and 'ليل الاثنين 5 سبتمر/ أيلول الحالي' for the statement agree; headline rendered from the URL slug; the photo caption and the by-line 'الترا تونس - فريق التحرير' dropped; the last sentence, cut in the stored text inside the quoted statement, ends at 'بيانا'", True, """
ما سبب تغيير وجهة هبوط طائرة الخطوط التونسية في باريس؟
06-سبتمبر-2022
تناقل ناشطون على شبكات التواصل الاجتماعي تدوينات وتغريدات حول تحويل وجهة هبوط طائرة تابعة للخطوط التونسية (شركة عمومية) في باريس، الاثنين 5 سبتمبر/أيلول 2022، ومن بينهم كريم الهلالي، النائب السابق عن حزب آفاق تونس والرئيس الحالي للجامعة التونسية لكرة اليد، الذي كتب على حسابه في فيسبوك: "الحمد لله.. لا يزال في العمر بقية.. كنت من ركاب رحلة الخطوط التونسية 722 نحو باريس مساء اليوم".
وأضاف: "عشنا حالة من الهلع بسبب رداءة الطقس قرب مطار أورلي، 3 محاولات هبوط فاشلة، وفي الأخير حُوّلت الطائرة إلى مطار شارل ديغول. شكرًا لقائد الطائرة ولكل أفراد الطاقم على احترافيتهم وشجاعتهم رغم صعوبة الموقف.. الطقس كان عسيرا جدًا مع عبور عاصفة كبيرة في باريس كان التعامل معها صعبًا للغاية"، وفق تعبيره.
وعلى إثر انتشار الأنباء عن الحادثة، أصدرت الخطوط التونسية، في ساعة متأخرة من ليل الاثنين 5 سبتمر/ أيلول الحالي، بيانًا.
""", [
    ev("diversion-cdg", "حول تحويل وجهة هبوط طائرة تابعة للخطوط التونسية (شركة عمومية) في باريس", FLIGHT, "'الاثنين 5 سبتمبر/أيلول 2022' = Mon 5 Sep 2022"),
    ev("hilali-post", "الذي كتب على حسابه في فيسبوك", FLIGHT, "no own expression; the post on the flight of 'مساء اليوم', written on the evening of Mon 5 Sep 2022"),
    ev("failed-landings-orly", "3 محاولات هبوط فاشلة", FLIGHT, "no own expression; the approach to Orly on the evening of Mon 5 Sep 2022"),
    ev("paris-storm", "مع عبور عاصفة كبيرة في باريس", FLIGHT, "no own expression; the storm at the time of the flight, evening of Mon 5 Sep 2022"),
    ev("tunisair-statement", "أصدرت الخطوط التونسية، في ساعة متأخرة من ليل الاثنين 5 سبتمر/ أيلول الحالي، بيانًا", FLIGHT, "'ليل الاثنين 5 سبتمر/ أيلول الحالي' = late on Mon 5 Sep 2022 (bilakinaa: 'مساء أمس الاثنين 5 سبتمبر 2022'); the misspelt month kept verbatim"),
])
art(S, "https://acharaa.com/sports/%d9%83%d8%b1%d9%8a%d9%85-%d8%a7%d9%84%d9%87%d9%84%d8%a7%d9%84%d9%8a-%d9%83%d9%86%d8%aa-%d8%b9%d9%84%d9%89-%d9%85%d8%aa%d9%86-%d8%a7%d9%84%d8%b7%d8%a7%d8%a6%d8%b1%d8%a9-%d8%a7%d9%84%d8%aa%d9%88%d9%86",
    "2022-09-06", "no date on the stored page; the body's 'مساء أمس' / 'أمس' for the flight and 'ليلة أمس' for Hilali's post, both of Mon 5 Sep 2022 (kapitalis of 5 Sep: 'اليوم الإثنين 5 سبتمبر'; bilakinaa: 'مساء أمس الاثنين 5 سبتمبر 2022'), give Tue 6 Sep 2022; headline rendered from the URL slug, whose end is cut ('الطائرة التون…'), completed as 'الطائرة التونسية'", False, """
كريم الهلالي: كنت على متن الطائرة التونسية
الشارع المغاربي: أفاد رئيس الجامعة التونسية لكرة اليد كريم الهلالي بأنه كان مساء أمس من بين ركاب الطائرة التونسية التي عجزت أمس عن النزول في مطار أورلي بعد 3 محاولات، قبل أن تحوّل وجهتها نحو مطار شارل ديغول وتحط فيه بسلام.
وكتب الهلالي في تدوينة نشرها ليلة أمس على صفحته الرسمية في فايسبوك: "الحمد لله، ما زال في العمر بقية، كنت ضمن ركاب رحلة الخطوط التونسية 722 في اتجاه باريس مساء اليوم".
وأردف: "عشنا لحظات هلع بسبب سوء الطقس قرب مطار أورلي، 3 محاولات هبوط لم تنجح، وفي الأخير غُيّرت وجهة الطائرة إلى مطار شارل ديغول".
وتابع: "شكرا لربان الطائرة ولكامل الطاقم على احترافيتهم وشجاعتهم رغم صعوبة الظرف.. الأمر لا يتعلق بكفاءة الربان ولا بحالة الطائرة التي تعد جيدة".
واختتم: "الطقس كان صعبا جدا مع مرور عاصفة كبيرة في باريس، وكان التعامل معها عسيرا للغاية… رفقا بالناقلة الجوية".
""", [
    ev("flight-tu722", "كان مساء أمس من بين ركاب الطائرة التونسية", FLIGHT, "'مساء أمس' in an article of Tue 6 Sep 2022 = the evening of Mon 5 Sep"),
    ev("failed-landings-orly", "التي عجزت أمس عن النزول في مطار أورلي بعد 3 محاولات", FLIGHT, "'أمس' in an article of Tue 6 Sep 2022 = Mon 5 Sep"),
    ev("diversion-cdg", "قبل أن تحوّل وجهتها نحو مطار شارل ديغول وتحط فيه بسلام", FLIGHT, "no own expression; the same evening, Mon 5 Sep 2022 ('أمس')"),
    ev("hilali-post", "في تدوينة نشرها ليلة أمس على صفحته الرسمية في فايسبوك", FLIGHT, "'ليلة أمس' in an article of Tue 6 Sep 2022 = the night of Mon 5 Sep"),
    ev("flight-tu722-quoted", "كنت ضمن ركاب رحلة الخطوط التونسية 722 في اتجاه باريس مساء اليوم", FLIGHT, "'مساء اليوم' inside the quoted post, written on Mon 5 Sep 2022 (posted 'ليلة أمس' from Tue 6 Sep): the evening of Mon 5 Sep, not the article's day"),
])
art(S, "https://bilakinaa.com/2022/09/%d8%b7%d8%a7%d8%a6%d8%b1%d8%a9-%d8%a7%d9%84%d8%ae%d8%b7%d9%88%d8%b7-%d8%a7%d9%84%d8%aa%d9%88%d9%86%d8%b3%d9%8a%d8%a9-%d8%aa%d8%ba%d9%8a%d8%b1-%d9%88%d8%ac%d9%87%d8%a9-%d9%87%d8%a8%d9%88%d8%b7%d9%87",
    "2022-09-06", "the month 2022/09 in the URL path and the body's 'مساء أمس الاثنين 5 سبتمبر 2022' for Tunisair's statement give Tue 6 Sep 2022 (5 Sep 2022 was a Monday); headline rendered from the URL slug, whose end is cut ('وجهة هبوطه…'), completed as 'وجهة هبوطها'", False, """
طائرة الخطوط التونسية تغير وجهة هبوطها
ذكرت شركة الخطوط التونسية أن طاقم الطائرة التي أمّنت الرحلة عدد 722 قام، بسبب سوء الأحوال الجوية ووفقا للقواعد الآمنة والسليمة، بتغيير وجهة الهبوط من مطار باريس أورلي نحو مطار باريس شارل ديغول، مثلما حدث لعدد من رحلات شركات طيران أخرى واجهت ظروف الهبوط ذاتها.
وأوضحت "التونيسار" في بلاغ أصدرته مساء أمس الاثنين 5 سبتمبر 2022، أنها اتخذت كل الإجراءات اللازمة للإحاطة بالمسافرين، ومنها توفير حافلات تيسّر تنقلهم إلى المطار المذكور.
""", [
    ev("diversion-cdg", "بتغيير وجهة الهبوط من مطار باريس أورلي نحو مطار باريس شارل ديغول", FLIGHT, "no own expression; the diversion of the evening of Mon 5 Sep 2022 (the statement of 'مساء أمس الاثنين 5 سبتمبر 2022' reports it)"),
    ev("tunisair-statement", "في بلاغ أصدرته مساء أمس الاثنين 5 سبتمبر 2022", FLIGHT, "'مساء أمس الاثنين 5 سبتمبر 2022' = Mon 5 Sep 2022 (evening)"),
    ev("buses-to-cdg", "توفير حافلات تيسّر تنقلهم إلى المطار المذكور", FLIGHT, "no own expression; the buses for the diverted passengers on the evening of Mon 5 Sep 2022"),
])

# ---------------------------------------------------------------- saudi-flydubai-fz1125-riyadh-medical-diversion-2025
S = "saudi-flydubai-fz1125-riyadh-medical-diversion-2025"
LAND = "2025-09-24"                        # flydubai FZ1125 Dubai-Tel Aviv lands in Riyadh (~17:40) for a passenger's stroke, Wed 24 Sep 2025; takes off again at 20:00
art(S, "https://www.i24news.tv/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/middle-east/artc-f1f24308",
    "2025-09-24", "page metadata 'date 2025-09-24'; the body's 'اليوم (الأربعاء)' agrees (24 Sep 2025 was a Wednesday; the Hebrew i24 page artc-e6de3f64 has the same date); the stored text has no headline, written from the body; the 'قد يعجبك أيضًا' label dropped; the last sentence, cut in the stored text ('في رحلة بديلة في صب…'), ends at the hotel night", False, """
هبوط اضطراري لطائرة فلاي دبي في الرياض بسبب حالة طبية
حطت طائرة تابعة لشركة الطيران الإماراتية فلاي دبي (FlyDubai)، تقل عددا كبيرا من الإسرائيليين، اليوم (الأربعاء) اضطراريا في أحد مطارات الرياض، عاصمة السعودية، إثر حالة طبية طارئة.
وتبين لاحقا أن راكبا إسرائيليا تعرض لجلطة دماغية خلال الطيران. ونالت الطائرة إذنا استثنائيا بالهبوط في الرياض لإسعاف الراكب، الذي نُقل إلى مستشفى محلي لتلقي العلاج. ومن المنتظر أن تواصل الطائرة رحلتها نحو تل أبيب بعد إفراغها وإعادة تحميلها.
ولا يزال الركاب داخل الطائرة، ويتوقع أن يمكثوا على الأرض لمدة ساعة قبل أن يستأنفوا رحلتهم إلى تل أبيب. وفي هذه الأثناء، ظل قرابة 80 راكبا على الأرض في الرياض أكثر من ساعة.
وليست هذه أول رحلة تقل عددا كبيرا من الإسرائيليين وتضطر إلى الهبوط في السعودية؛ ففي شهر أغسطس 2023 نفذت طائرة أقلعت من جزر سيشل باتجاه إسرائيل هبوطا غير مبرمج في مطار بمدينة جدة السعودية، بسبب خلل ظهر في نظامها الكهربائي، وخرج الإسرائيليون الـ128 الذين كانوا على متنها سالمين وأمضوا ليلتهم في فندق بمطار جدة.
""", [
    ev("landing-riyadh", "اليوم (الأربعاء) اضطراريا في أحد مطارات الرياض", LAND, "'اليوم (الأربعاء)' = Wed 24 Sep 2025"),
    ev("passenger-stroke", "تعرض لجلطة دماغية خلال الطيران", LAND, "no own expression; during the flight of Wed 24 Sep 2025"),
    ev("patient-hospital", "الذي نُقل إلى مستشفى محلي لتلقي العلاج", LAND, "no own expression; after the landing of Wed 24 Sep 2025"),
    ev("resume-to-tel-aviv", "ومن المنتظر أن تواصل الطائرة رحلتها نحو تل أبيب", LAND, "expected on the same day; the plane took off again at 20:00 on Wed 24 Sep 2025 (nasapp: 'مساء اليوم الأربعاء ... عند الساعة الثامنة مساءً')"),
    ev("seychelles-jeddah-2023", "في شهر أغسطس 2023 نفذت طائرة أقلعت من جزر سيشل باتجاه إسرائيل هبوطا غير مبرمج", "2023-08-01", "'في شهر أغسطس 2023': the text gives the month only; my span is the month of August 2023", end="2023-09-01"),
])
art(S, "https://www.masrawy.com/news/news_publicaffairs/details/2025/9/24/2860656/%D8%B7%D8%A7%D8%A6%D8%B1%D8%A9-%D8%A5%D8%B3%D8%B1%D8%A7%D8%A6%D9%8A%D9%84%D9%8A%D8%A9-%D8%AA%D8%BA%D9%8A%D8%B1-%D9%85%D8%B3%D8%A7%D8%B1%D9%87%D8%A7-%D9%88%D8%AA%D9%87%D8%A8%D8%B7-%D8%A7%D8%B6%D8%B7%D8%B1%D8%A7%D8%B1%D9%8A%D8%A7-%D9%81%D9%8A-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D9%85%D8%A7-%D8%A7%D9%84%D9%82%D8%B5%D8%A9-",
    "2025-09-24", "the date 2025/9/24 in the URL path and page metadata 'date 2025-09-24'; the body's 'اليوم الأربعاء' agrees (24 Sep 2025 was a Wednesday); headline rendered from the URL slug; the tag 'وكالات' dropped", False, """
طائرة إسرائيلية تغير مسارها وتهبط اضطراريا في السعودية.. ما القصة؟
كشفت القناة 12 الإسرائيلية عن حادثة وصفتها بالنادرة، تمثلت في هبوط طائرة إسرائيلية هبوطا طارئا في مطار الملك خالد الدولي بالرياض.
وذكرت القناة العبرية، في تقرير بثته اليوم الأربعاء، أن قائد طائرة كانت في طريقها من دبي إلى تل أبيب وعلى متنها إسرائيليون اضطر إلى الهبوط في المملكة العربية السعودية بسبب حالة طبية طارئة وقعت على متنها.
وأوضحت أن راكبا إسرائيليا أصيب أثناء الطيران بجلطة دماغية، مما اضطر قائد الرحلة إلى الهبوط بإذن في الرياض لعلاج الراكب، الذي نُقل عقب الهبوط إلى مستشفى سعودي لتلقي العلاج.
ولفتت إلى أن الطائرة أُفرغت من جميع ركابها الذين بقوا على الأراضي السعودية لمدة ساعة، قبل أن يعاد تحميلها لاستئناف رحلتهم إلى تل أبيب.
""", [
    ev("landing-riyadh", "هبوط طائرة إسرائيلية هبوطا طارئا في مطار الملك خالد الدولي بالرياض", LAND, "no own expression; the landing reported 'اليوم الأربعاء' = Wed 24 Sep 2025"),
    ev("channel12-report", "في تقرير بثته اليوم الأربعاء", LAND, "'اليوم الأربعاء' = Wed 24 Sep 2025"),
    ev("passenger-stroke", "أصيب أثناء الطيران بجلطة دماغية", LAND, "no own expression; during the flight of Wed 24 Sep 2025"),
    ev("patient-hospital", "الذي نُقل عقب الهبوط إلى مستشفى سعودي", LAND, "no own expression; after the landing of Wed 24 Sep 2025"),
    ev("resume-to-tel-aviv", "قبل أن يعاد تحميلها لاستئناف رحلتهم إلى تل أبيب", LAND, "no own expression; after an hour on the ground, Wed 24 Sep 2025 (take-off at 20:00, nasapp)"),
])
art(S, "https://www.nasapp.net/article/hybgzozngl",
    "2025-09-24", "no date on the stored page; the body's 'مساء اليوم الأربعاء' for the plane's take-off from Riyadh (the landing of Wed 24 Sep 2025: masrawy, URL 2025/9/24, and i24news, 'اليوم (الأربعاء)') gives Wed 24 Sep 2025; the stored text has no headline, written from the body", False, """
طائرة فلاي دبي المتجهة إلى تل أبيب تهبط اضطراريا في الرياض
اضطرت طائرة تابعة لشركة الطيران الإماراتية فلاي دبي، كانت متجهة مساء الأربعاء إلى مطار بن غوريون في تل أبيب وعلى متنها 80 راكبًا، إلى الهبوط اضطراريًا في العاصمة السعودية الرياض، بعدما ألمّ بأحد الركاب عارض صحي خطير يُشتبه في أنه جلطة دماغية.
وأكدت الشركة أن قائد الطائرة قرر تحويل مسار الرحلة والهبوط في الرياض قرابة الساعة 17:40، أي قبل نحو ساعة من الموعد الأصلي للهبوط في تل أبيب، لكي يُنقل الراكب على وجه السرعة إلى أحد المستشفيات المحلية.
ووفق منصة "فلايت رادار" المتخصصة في تعقب مسارات الطائرات، كان مقررا أن تصل الرحلة إلى تل أبيب عند الساعة 18:15، غير أن موعد إقلاعها من الرياض أُرجئ مرات عدة خلال المساء، ليستقر مؤقتًا على الساعة 20:00.
وأوضح نائب الشركة في إسرائيل، أفرائيم بورطيس، أن قرار الهبوط جاء استجابة فورية للحالة الطبية الطارئة، مبينا أن الراكب نُقل مباشرة إلى المستشفى لتلقي العلاج.
وأكدت مصادر إسرائيلية مساء اليوم الأربعاء أن طائرة «فلاي دبي» التي هبطت في السعودية إثر إصابة أحد ركابها بسكتة دماغية خلال الرحلة أقلعت متجهةً إلى مطار بن غوريون، وذلك عند الساعة الثامنة مساءً.
""", [
    ev("landing-riyadh", "قرر تحويل مسار الرحلة والهبوط في الرياض قرابة الساعة 17:40", LAND, "the flight of 'مساء الأربعاء' = Wed 24 Sep 2025, landing at about 17:40"),
    ev("passenger-stroke", "عارض صحي خطير يُشتبه في أنه جلطة دماغية", LAND, "no own expression; during the flight of Wed 24 Sep 2025"),
    ev("departure-postponed", "أُرجئ مرات عدة خلال المساء", LAND, "the evening of Wed 24 Sep 2025"),
    ev("patient-hospital", "الراكب نُقل مباشرة إلى المستشفى لتلقي العلاج", LAND, "no own expression; right after the landing of Wed 24 Sep 2025"),
    ev("resume-to-tel-aviv", "أقلعت متجهةً إلى مطار بن غوريون، وذلك عند الساعة الثامنة مساءً", LAND, "'مساء اليوم الأربعاء' = Wed 24 Sep 2025, at 20:00"),
])
art(S, "https://www.watanserb.com/2025/09/25/emirati-plane-israelis-riyadh-landing/",
    "2025-09-25", "the date 2025/09/25 in the URL path and page metadata 'date 2025-09-25'; the embedded tweet is stamped 'September 25, 2025'; the body's 'يوم أمس' for the landing of Wed 24 Sep 2025 agrees; the opinion lead and the embedded tweet dropped; the stored text has no Arabic headline (the slug is English), written from the body; the last, cut question ('وهل هذه الحوا…') dropped", False, """
هبوط طائرة فلاي دبي تقل إسرائيليين في الرياض يثير تساؤلات
في حادثة أثارت أسئلة سياسية تتجاوز كونها مجرد حالة طارئة، شهد مطار الرياض الدولي، يوم أمس، هبوطًا اضطراريًا لطائرة تابعة لشركة "فلاي دبي" الإماراتية كانت في طريقها من دبي إلى تل أبيب وعلى متنها قرابة 80 راكبًا إسرائيليًا.
واضطرت الرحلة رقم FZ1125 إلى تغيير مسارها إثر إعلان حالة طبية طارئة على متن الطائرة بعد إصابة أحد الركاب بسكتة دماغية، وفق ما أفادت به الشركة المشغّلة. غير أن الهبوط في العاصمة السعودية، التي لا تربطها علاقات رسمية بإسرائيل، أعاد إلى الواجهة الجدل بشأن طبيعة العلاقات غير المعلنة بين الرياض وتل أبيب.
وتأتي هذه الحادثة بعد أسابيع فقط من واقعة مماثلة هبطت فيها طائرة إسرائيلية في مطار سعودي، ما دفع مراقبين إلى التساؤل عما إذا كانت الأجواء السعودية قد صارت ممرا آمنا للطائرات القادمة من إسرائيل والمتجهة إليها.
""", [
    ev("landing-riyadh", "شهد مطار الرياض الدولي، يوم أمس، هبوطًا اضطراريًا", LAND, "'يوم أمس' in an article of Thu 25 Sep 2025 = Wed 24 Sep"),
    ev("medical-emergency", "إثر إعلان حالة طبية طارئة على متن الطائرة", LAND, "no own expression; during the flight of Wed 24 Sep 2025"),
    ev("passenger-stroke", "بعد إصابة أحد الركاب بسكتة دماغية", LAND, "no own expression; during the flight of Wed 24 Sep 2025"),
])

# ---------------------------------------------------------------- kuwait-airport-fog-diversions-nov-2025
S = "kuwait-airport-fog-diversions-nov-2025"
FOG = "2025-11-13"                         # dense fog at Kuwait International Airport on the morning of Thu 13 Nov 2025: flights halted and
#                                            incoming ones diverted to neighbouring countries; traffic resumed later that day
STATEMENT = "2025-11-11"                   # the civil aviation statement carried by KUNA 'الليلة الماضية' before okaz of Wed 12 Nov = Tue 11 Nov (night)
art(S, "https://www.okaz.com.sa/variety/na/2221833",
    "2025-11-12", "page metadata 'date 2025-11-12' (Wed 12 Nov 2025); the body's 'الليلة الماضية' and 'يوم الجمعة القادم' agree; the stored text has no headline, written from the body; the English translation appended on the page dropped", False, """
الطيران المدني الكويتي يتابع توقعات الضباب
شددت الإدارة العامة للطيران المدني في الكويت على أنها تراقب عن قرب تطورات الحالة الجوية في البلاد، بتنسيق مباشر ودائم مع إدارة الأرصاد الجوية، تزامنا مع التوقعات بتشكل الضباب فوق بعض المناطق، ولا سيما الساحلية منها والجزر.
وبيّنت إدارة الطيران المدني، في بيان بثته وكالة الأنباء الكويتية الليلة الماضية، أن التنسيق جارٍ مع كل شركات الطيران العاملة في مطار الكويت الدولي بما يضمن سلامة المسافرين والعاملين.
يشار إلى أن إدارة الأرصاد الجوية الكويتية توقعت أن يتشكل الضباب على بعض مناطق البلاد، خصوصا الساحلية والجزر، جراء تأثر البلاد بامتداد مرتفع جوي من جهة الشمال الغربي ترافقه كتلة هوائية معتدلة الحرارة ورطبة، مع رياح شمالية غربية خفيفة السرعة إلى متقلبة الاتجاه تتحول إلى جنوبية شرقية يوم الجمعة القادم، مبينة أن ارتفاع نسبة الرطوبة سيزيد فرص تشكل الضباب الكثيف لتتراجع الرؤية الأفقية إلى ما دون 1000 متر في بعض المناطق.
""", [
    ev("dgca-statement", "في بيان بثته وكالة الأنباء الكويتية الليلة الماضية", STATEMENT, "'الليلة الماضية' in an article of Wed 12 Nov 2025 = the night of Tue 11 Nov"),
    ev("wind-southeast-friday", "تتحول إلى جنوبية شرقية يوم الجمعة القادم", "2025-11-14", "'يوم الجمعة القادم' from Wed 12 Nov 2025 = Fri 14 Nov"),
])
art(S, "https://www.alwakeelnews.com/Section_11/%D8%B9%D8%B1%D8%A8%D9%8A-%D9%88%D8%AF%D9%88%D9%84%D9%8A/%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA-%D8%AA%D8%AD%D9%88%D9%8A%D9%84-%D8%B1%D8%AD%D9%84%D8%A7%D8%AA-%D8%AC%D9%88%D9%8A%D8%A9-%D8%A5%D9%84%D9%89-%D9%85%D8%B7%D8%A7%D8%B1%D8%A7%D8%AA-%D9%85%D8%AC%D8%A7%D9%88%D8%B1%D8%A9-%D8%A8%D8%B3%D8%A8%D8%A8-%D8%A7%D9%84%D8%B6%D8%A8%D8%A7%D8%A8_753662",
    "2025-11-13", "page metadata 'date 2025-11-13'; the body's 'اليوم الخميس' agrees (13 Nov 2025 was a Thursday); headline rendered from the URL slug", False, """
الكويت.. تحويل رحلات جوية إلى مطارات مجاورة بسبب الضباب
الوكيل الإخباري- حوّلت هيئة الطيران المدني في دولة الكويت، اليوم الخميس، عددا من الرحلات المتجهة إلى مطار الكويت الدولي نحو مطارات في دول مجاورة، بسبب تدني مستوى الرؤية الناجم عن الضباب، حفاظا على سلامة المسافرين وأطقم الطائرات.
ونقلا عن وكالة الأنباء الكويتية (كونا)، أوضح المتحدث الرسمي باسم الطيران المدني، عبدالله الراجحي، أن مطار الكويت الدولي يشهد حاليا ضبابا كثيفا وانعداما للرؤية الأفقية التي تراجعت إلى أقل من 100 متر، وهو ما يمس سلامة الرحلات عند الإقلاع والهبوط، وأدى إلى تحويل عدد من الرحلات القادمة إلى مطارات الدول المجاورة.
وأكد أن الرحلات من مطار الكويت الدولي وإليه ستُستأنف تدريجيا فور تحسن الطقس ووضوح الرؤية، لافتا إلى أن تطورات الحالة الجوية تخضع لمتابعة دقيقة وأن أي مستجدات ستُعلن عبر القنوات الرسمية.
""", [
    ev("diversions", "حوّلت هيئة الطيران المدني في دولة الكويت، اليوم الخميس، عددا من الرحلات", FOG, "'اليوم الخميس' = Thu 13 Nov 2025"),
    ev("dense-fog", "يشهد حاليا ضبابا كثيفا وانعداما للرؤية الأفقية", FOG, "'حاليا' in the report of Thu 13 Nov 2025 (the fog of that morning, kuwaitnews: 'صباح اليوم')"),
    ev("traffic-resumed", "ستُستأنف تدريجيا فور تحسن الطقس ووضوح الرؤية", FOG, "announced as coming; the traffic resumed later on Thu 13 Nov 2025 (kuwaitnews, shorouknews: 'اليوم الخميس')"),
])
art(S, "https://kuwaitnews.com/117125/",
    "2025-11-13", "page metadata 'date 2025-11-13'; the body's 'اليوم الخميس' and 'صباح اليوم' agree (13 Nov 2025 was a Thursday); the same KUNA text is on shorouknews (URL cdate=13112025); the photo caption 'مطار الكويت' dropped and the headline written from the body", False, """
استئناف الملاحة الجوية في مطار الكويت بعد انقشاع الضباب
أعلنت الهيئة العامة للطيران المدني اليوم الخميس عودة حركة الملاحة الجوية في مطار الكويت الدولي، عقب تحسن أحوال الطقس وارتفاع مستوى الرؤية الأفقية.
وأوضح المتحدث الرسمي باسم (الطيران المدني) عبدالله الراجحي لوكالة الأنباء الكويتية (كونا) أن المطار بدأ استقبال الرحلات المغادرة والقادمة بعد توقف مؤقت فرضه الضباب الكثيف الذي غطى البلاد صباح اليوم وتدني الرؤية إلى أقل من 50 مترا.
وبيّن الراجحي أن فرق التشغيل في المطار وفرق المراقبة الجوية عملت على مدار الساعة لمتابعة الأوضاع وضمان انسيابية حركة الطيران وإعادة التشغيل إلى وضعه الطبيعي، حرصا على سلامة المسافرين وأطقم الطائرات.
وأشار إلى أن الرحلات تسير حاليا وفق جداولها المعتادة بالتنسيق مع شركات الطيران والجهات المعنية، مؤكدا أن (الطيران المدني) تواصل متابعة حالة الطقس مع الجهات المختصة ضمانا لانسيابية الحركة الجوية وسلامة التشغيل.
وكانت الهيئة قد أعلنت صباح اليوم تحويل عدد من الرحلات المتجهة إلى مطار الكويت الدولي إلى مطارات في دول مجاورة، بسبب تراجع الرؤية الناتج عن الضباب، حرصا على سلامة المسافرين وأطقم الطائرات.
""", [
    ev("traffic-resumed", "عودة حركة الملاحة الجوية في مطار الكويت الدولي", FOG, "'اليوم الخميس' = Thu 13 Nov 2025"),
    ev("flights-halted", "بعد توقف مؤقت فرضه الضباب الكثيف", FOG, "no own expression; the halt of the morning of Thu 13 Nov 2025 ('صباح اليوم')"),
    ev("dense-fog", "الذي غطى البلاد صباح اليوم", FOG, "'صباح اليوم' in the report of Thu 13 Nov 2025"),
    ev("diversions", "وكانت الهيئة قد أعلنت صباح اليوم تحويل عدد من الرحلات", FOG, "'صباح اليوم' in the report of Thu 13 Nov 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 646
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 338-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: road traffic accidents: bus, minibus and truck crashes,
highway pile-ups, deaths and injuries counted, drivers arrested, roads closed after crashes.
Stories: the overturned Tindouf-Bechar bus at Tabelbala (Algeria, December 2025), the trailer that hit the
minibus of the al-Ibrahimi school teachers on the Safwan - Umm Qasr road (Iraq, November 2023), the burnt bus of
returning expatriates in the al-Arqoub pass (Yemen, November 2025), the overturned bus of the Galala
University students and the arrest of its driver (Egypt, October 2024), and the fuel tanker that hit two buses of
Iraqi pilgrims and a line of cars at the Jisr Baghdad checkpoint on the Damascus - Homs highway (Syria, March 2020).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-tabelbala-bus-2025
S = "algeria-tabelbala-bus-2025"
CRASH = "2025-12-06"                       # the bus overturned on RN50 at Tabelbala (Beni Abbes) on Sat 6 Dec 2025, 13:50
FUNERAL = "2025-12-07"                     # the funerals in Bechar, after the afternoon prayer of Sun 7 Dec 2025
HARRACH = "2025-08-15"                     # the bus that fell into Oued El Harrach (Algiers), Fri 15 Aug 2025, 17:45
art(S, "https://sarabic.ae/20251206/%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1-%D9%85%D9%82%D8%AA%D9%84-9-%D8%A3%D8%B4%D8%AE%D8%A7%D8%B5-%D9%88%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-10-%D8%A2%D8%AE%D8%B1%D9%8A%D9%86-%D8%A5%D8%AB%D8%B1-%D8%AD%D8%A7%D8%AF%D8%AB-%D8%A7%D9%86%D9%82%D9%84%D8%A7%D8%A8-%D8%AD%D8%A7%D9%81%D9%84%D8%A9-%D8%B1%D9%83%D8%A7%D8%A8-1107887698.html",
    "2025-12-06", "date in the URL '/20251206/' and page stamp 'date 2025-12-06' (6 Dec 2025 was a Saturday); the early toll of 9 dead and 10 injured was the one given on the day of the crash (dotalkhalij, 'اليوم السبت'); headline kept from the page (the URL line before it dropped); the last, truncated words completed ('لعائلات الضحايا'); no day word in the text", False, """
الجزائر: 9 قتلى و10 جرحى في انقلاب حافلة ركاب
ذكرت الحماية المدنية الجزائرية أن الحادث جرى الساعة 13:50 بالتوقيت المحلي، حين انحرفت الحافلة وانقلبت على الطريق الوطني رقم 50 المؤدي إلى بشار، في نطاق بلدية ودائرة تبلبالة، بحسب ما أوردته صحيفة "الشروق" الجزائرية.
ويأتي هذا الحادث بعد نحو 4 أشهر من سقوط حافلة في منطقة واد الحراش بالجزائر العاصمة، وهو ما خلّف 18 قتيلا و9 جرحى.
ووفق بيان للحماية المدنية، جرى إسعاف المصابين ونقلهم إلى مستشفى محلي، بينما حُوّلت جثث المتوفين إلى مصلحة حفظ الجثث في المؤسسة نفسها.
وكان مقطع مصور تداولته مواقع التواصل الاجتماعي قد أظهر اللحظات الأولى لحادث واد الحراش، حين ألقى مواطنون بأنفسهم في الوادي لإنقاذ العالقين داخل الحافلة قبل أن يصل عناصر الحماية المدنية.
وأوضحت الحماية المدنية أن ذلك الحادث وقع في حدود الساعة 17:45، إذ انحرفت الحافلة ثم هوت في مجرى الوادي.
وعقب حادث واد الحراش، أصدر الرئيس الجزائري عبد المجيد تبون قرارا بتخصيص منحة قدرها 100 مليون سنتيم (نحو 8 آلاف دولار) لعائلات الضحايا.
""", [
    ev("first-toll", "9 قتلى و10 جرحى في انقلاب حافلة ركاب", CRASH, "no own expression; the first toll (9 dead, 10 injured) given by the civil protection on the afternoon of Sat 6 Dec 2025 (dotalkhalij 'اليوم السبت', shorouknews), raised that evening to 14 and 34"),
    ev("bus-overturns", "حين انحرفت الحافلة وانقلبت على الطريق الوطني رقم 50", CRASH, "'الساعة 13:50' with no day; the crash of Sat 6 Dec 2025 (URL date; tunisienumerique 'أمس السبت' on Sun 7)"),
    ev("harrach-crash", "من سقوط حافلة في منطقة واد الحراش بالجزائر العاصمة", HARRACH, "'بعد نحو 4 أشهر' before 6 Dec 2025; the bus that fell into Oued El Harrach on the evening of Fri 15 Aug 2025 (okaz, aljazeeramubasher 'مساء الجمعة')"),
    ev("injured-to-hospital", "جرى إسعاف المصابين ونقلهم إلى مستشفى محلي", CRASH, "no own expression; first aid and transfer right after the crash of Sat 6 Dec 2025"),
    ev("harrach-grant", "أصدر الرئيس الجزائري عبد المجيد تبون قرارا بتخصيص منحة", HARRACH, "'عقب حادث واد الحراش'; the grant announced by the interior minister on the night of Fri 15 Aug or on Sat 16 Aug 2025 (okaz, eanlibya 'اليوم السبت'), my span 15-16 Aug", end="2025-08-17"),
])
art(S, "https://www.ennaharonline.com/%D8%A8%D8%B4%D8%A7%D8%B1-%D9%88%D8%B2%D9%8A%D8%B1%D8%A7-%D8%A7%D9%84%D8%AF%D8%A7%D8%AE%D9%84%D9%8A%D8%A9-%D9%88%D8%A7%D9%84%D8%B5%D8%AD%D8%A9-%D9%8A%D8%AD%D8%B6%D8%B1%D8%A7%D9%86-%D8%AA%D8%B4%D9%8A/",
    "2025-12-07", "page stamp 'date 2025-12-07' (7 Dec 2025 was a Sunday); the body's 'اليوم الأحد' and 'أمس السبت' agree with the crash of Sat 6 Dec; headline rendered from the URL slug; the last, truncated sentence completed with the toll of ennahar's report of the day before (14 dead, 34 injured on RN50)", True, """
بشار: وزيرا الداخلية والصحة يحضران تشييع ضحايا حادث تبلبالة
شهد وزير الداخلية والجماعات المحلية والنقل، السعيد سعيود، ووزير الصحة، البروفيسور محمد الصديق آيت مسعودان، بعد صلاة العصر اليوم الأحد في بشار، مراسم تشييع عدد من ضحايا حادث المرور الذي جرى بمنطقة تبلبالة في ولاية بني عباس.
وفي مقبرة سيدي البشير ببشار، حضر عضوا الحكومة تشييع 6 من ضحايا الحادث. وكان الوزيران قد اطّلعا في وقت سابق على ظروف التكفل بالجرحى والتدابير المتخذة لهم في المستشفيين المدني والعسكري لبشار، وكذلك في مستشفى تبلبالة (424 كلم جنوبي بني عباس).
وجرت المراسم بحضور السلطات المحلية المدنية والعسكرية وجمع كبير من المواطنين.
وعلى إثر هذا المصاب الجلل، قدّم الوزيران خالص تعازيهما لأسر الضحايا، داعيين الله أن يتغمدهم بواسع رحمته.
وكان وزير الداخلية ووزير الصحة قد تنقلا، بتكليف من رئيس الجمهورية عبد المجيد تبون، مساء أمس السبت إلى بشار، للوقوف على ظروف التكفل الطبي بضحايا الحادث في المؤسسات الاستشفائية بولايتي بشار وبني عباس.
وللتذكير، فإن الحادث الذي وقع أمس السبت على مستوى الطريق الوطني رقم 50 أودى بحياة 14 شخصا وأصاب 34 آخرين.
""", [
    ev("funerals-bechar", "مراسم تشييع عدد من ضحايا حادث المرور", FUNERAL, "'بعد صلاة العصر اليوم الأحد' = the afternoon of Sun 7 Dec 2025"),
    ev("hospital-visits", "قد اطّلعا في وقت سابق على ظروف التكفل بالجرحى", CRASH, "'في وقت سابق' before the funerals of Sun 7 Dec; the ministers' visits to the hospitals of Bechar and Tabelbala from the evening of Sat 6 to Sun 7 Dec 2025 (my span)", end="2025-12-08"),
    ev("ministers-to-bechar", "قد تنقلا، بتكليف من رئيس الجمهورية عبد المجيد تبون، مساء أمس السبت إلى بشار", CRASH, "'مساء أمس السبت' from Sun 7 = the evening of Sat 6 Dec 2025"),
    ev("bus-overturns", "الحادث الذي وقع أمس السبت على مستوى الطريق الوطني رقم 50", CRASH, "'أمس السبت' from Sun 7 = Sat 6 Dec 2025"),
    ev("final-toll", "أودى بحياة 14 شخصا وأصاب 34 آخرين", CRASH, "no own expression; the final toll of 14 dead and 34 injured given on the evening of Sat 6 Dec 2025 (ennahar of 6 Dec, 'حصيلة نهائية')"),
])
art(S, "https://www.masrawy.com/news/news_cases/details/2025/12/7/2903296/%D9%85%D8%B5%D8%B1%D8%B9-14-%D8%B4%D8%AE%D8%B5%D8%A7-%D9%88%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-34-%D8%A5%D8%AB%D8%B1-%D8%A7%D9%86%D9%82%D9%84%D8%A7%D8%A8-%D8%AD%D8%A7%D9%81%D9%84%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1",
    "2025-12-07", "page time stamp '08:02 ص 07/12/2025' (kept as second line; 7 Dec 2025 was a Sunday), date in the URL '/2025/12/7/'; the photo caption 'انقلاب حافلة في الجزائر' and the word 'إعلان' dropped; headline kept from the page (reworded)", True, """
14 قتيلا و34 مصابا في انقلاب حافلة بالجزائر
08:02 ص 07/12/2025
لقي 14 شخصا حتفهم وأصيب 34 آخرون جراء انقلاب حافلة لنقل المسافرين في جنوب الجزائر، بحسب بيان للدفاع المدني.
وبدت الحافلة في صور بثتها وسائل إعلام محلية مقلوبة على سقفها بجانب طريق في بلدة تبلبالة، التي تبعد نحو 400 كيلومتر جنوب مدينة بشار في جنوب البلاد.
وكانت الحافلة المحملة بالركاب قد انحرفت ثم انقلبت خلال سيرها على الطريق السريع الرابط بين مدينتي بشار وتندوف في أقصى الجنوب الجزائري.
وعبّر الرئيس عبد المجيد تبون عن بالغ حزنه للحادث، وقدم تعازيه لعائلات الضحايا.
ويُعد هذا الحادث المروري الأشد دموية منذ أغسطس، حين تدهورت حافلة محملة بالركاب في واد قرب الجزائر العاصمة، مما أدى إلى مقتل 18 شخصا، بحسب الغد.
""", [
    ev("final-toll", "لقي 14 شخصا حتفهم وأصيب 34 آخرون جراء انقلاب حافلة", CRASH, "no own expression; the final toll given on the evening of Sat 6 Dec 2025 (ennahar), reported here on Sun 7"),
    ev("bus-overturns", "قد انحرفت ثم انقلبت خلال سيرها على الطريق السريع", CRASH, "no own expression; the crash of Sat 6 Dec 2025 at 13:50 (civil protection)"),
    ev("tebboune-condolences", "وعبّر الرئيس عبد المجيد تبون عن بالغ حزنه للحادث", CRASH, "no own expression; Tebboune's post quoted the early toll of 12 dead (alsiasi), i.e. the evening of Sat 6 Dec 2025, before this report of 08:02 on Sun 7"),
    ev("harrach-crash", "حين تدهورت حافلة محملة بالركاب في واد قرب الجزائر العاصمة", HARRACH, "'منذ أغسطس' = the Oued El Harrach crash of Fri 15 Aug 2025"),
])
art(S, "https://ar.tunisienumerique.com/14-%D9%82%D8%AA%D9%8A%D9%84%D8%A7-%D9%88-34-%D8%AC%D8%B1%D9%8A%D8%AD%D8%A7-%D9%81%D9%8A-%D8%A7%D9%86%D9%82%D9%84%D8%A7%D8%A8-%D8%AD%D8%A7%D9%81%D9%84%D8%A9-%D9%84%D9%86%D9%82%D9%84-%D8%A7%D9%84%D9%85/",
    "2025-12-07", "page stamp 'date 2025-12-07' (7 Dec 2025 was a Sunday); the body's 'أمس السبت' agrees with the crash of Sat 6 Dec; headline rendered from the URL slug; the share buttons dropped; Tebboune's post quoted as on the page; no date of its own in the text", False, """
انقلاب حافلة لنقل المسافرين في الجزائر يخلّف 14 قتيلا و34 جريحا
فارق 14 شخصا الحياة وأصيب 34 آخرون أمس السبت إثر انقلاب حافلة لنقل المسافرين في جنوب الجزائر، وفق بيان للدفاع المدني.
ووقع الحادث المأساوي ظهر أمس، حين انحرفت حافلة لنقل المسافرين وانقلبت على الطريق الوطني رقم 50 في اتجاه بشار، في نطاق بلدية ودائرة تبلبالة.
وكتب الرئيس الجزائري عبد المجيد تبون في منشور على صفحته بموقع فيسبوك: "آلمنا جدا الحادث المروري، الذي وقع بولاية بني عباس".
ثم أضاف: "بكل أسى وحزن، أتقدم إلى عائلات الضحايا المرحومين، بخالص التعازي والمواساة. داعيا المولى أن يلهم ذويهم جميل الصبر والسلوان، وللجرحى التعافي العاجل إن شاء الله".
""", [
    ev("final-toll", "فارق 14 شخصا الحياة وأصيب 34 آخرون أمس السبت", CRASH, "'أمس السبت' from Sun 7 = Sat 6 Dec 2025"),
    ev("bus-overturns", "ووقع الحادث المأساوي ظهر أمس", CRASH, "'ظهر أمس' from Sun 7 = midday of Sat 6 Dec 2025 (13:50)"),
    ev("tebboune-condolences", "وكتب الرئيس الجزائري عبد المجيد تبون في منشور على صفحته", CRASH, "no own expression; the post of the evening of Sat 6 Dec 2025 (it gave the early toll of 12, alsiasi)"),
])

# ---------------------------------------------------------------- iraq-safwan-teachers-minibus-2023
S = "iraq-safwan-teachers-minibus-2023"
CRASH = "2023-11-21"                       # the trailer hit the teachers' Starex on the Safwan - Umm Qasr road, morning of Tue 21 Nov 2023
MOURNING = ("2023-11-21", "2023-11-24")    # three days of mourning in Basra from Tue 21 Nov 2023
art(S, "https://arabkhabar.com/a/1243136",
    "2023-11-21", "page date line 'الثلاثاء, 21 نوفمبر 2023 9:45 ص' (kept as second line; 21 Nov 2023 was a Tuesday); the body's 'صباح اليوم الثلاثاء' agrees; headline written from the body (the stored text has none); the place line 'بغداد/ المركز الخبري الوطني', the source line and the unrelated 'إقرأ أيضاً' item dropped", True, """
مصرع معلمين وأطفال في حادث سير مروع بالبصرة
الثلاثاء, 21 نوفمبر 2023 9:45 ص
لقي أكثر من 10 أشخاص، من بينهم أطفال، مصرعهم في حادث سير مروع شهدته محافظة البصرة جنوبي العراق صباح اليوم الثلاثاء.
وأفاد مصدر أمني المركز الخبري الوطني بأن "8 معلمات ومعلمَين اثنين و3 من أطفالهم، فضلا عن سائق الحافلة الصغيرة التي كانت تقلهم، فارقوا الحياة جراء حادث سير مروع تسببت فيه مركبة حمل (تريلة)".
وأوضح المصدر أن "مركبة الحمل كانت تسير عكس الاتجاه فاصطدمت بالحافلة، وهي من طراز "ستاركس"، على طريق سفوان - أم قصر في البصرة"، مشيرا إلى أن "القوات الأمنية سارعت إلى موقع الحادث وشرعت في نقل جثث الضحايا إلى دائرة الطب العدلي، كما فتحت تحقيقا في الحادث".
""", [
    ev("safwan-crash", "لقي أكثر من 10 أشخاص، من بينهم أطفال، مصرعهم في حادث سير مروع", CRASH, "'صباح اليوم الثلاثاء' = the morning of Tue 21 Nov 2023 (date line)"),
    ev("bodies-to-forensics", "شرعت في نقل جثث الضحايا إلى دائرة الطب العدلي", CRASH, "no own expression; right after the crash of the morning of Tue 21 Nov 2023"),
    ev("investigation-opened", "كما فتحت تحقيقا في الحادث", CRASH, "no own expression; the investigation opened on the day of the crash, Tue 21 Nov 2023"),
])
art(S, "https://www.alsumaria.tv/news/localnews/474191/%D9%84%D9%82%D9%88%D8%A7-%D8%AD%D8%AA%D9%81%D9%87%D9%85-%D8%A8%D8%AD%D8%A7%D8%AF%D8%AB-quot%D9%85%D8%A4%D8%B3%D9%81quot-%D8%A7%D9%84%D8%B3%D9%88%D9%85%D8%B1%D9%8A%D8%A9-%D8%AA%D9%83%D8%B4%D9%81-%D8%AA%D9%81%D8%A7%D8%B5%D9%8A%D9%84-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D8%AA%D8%AE%D8%B5-%D9%83%D8%A7%D8%AF?src=rss",
    "2023-11-21", "page time stamp '2023-11-21 | 04:46' (kept as second line; 21 Nov 2023 was a Tuesday); the body's 'اليوم الثلاثاء' agrees; headline kept from the page (reworded); the channel name, the authors link, the section line 'السومرية نيوز – محليات' and the last, truncated sentence dropped", True, """
السومرية تكشف تفاصيل جديدة عن كادر مدرسة الإبراهيمي الذي قضى في حادث "مؤسف" بالبصرة
2023-11-21 | 04:46
أماط مدير ناحية سفوان طالب خليل الحصونة، اليوم الثلاثاء، اللثام عن تفاصيل جديدة بشأن الكادر التعليمي لمدرسة الإبراهيمي الابتدائية المختلطة الذي لقي حتفه في حادث سير، واصفا ما جرى بـ"الفاجعة".
وذكر الحصونة، في تصريح للسومرية نيوز، أن "مدرسة الإبراهيمي الابتدائية المختلطة تقع بين ناحية سفوان وأم قصر، وكان كادرها التعليمي متجها إلى مركز مدينة الزبير في محافظة البصرة".
وتابع أن "الكادر التعليمي يقطع يومياً ما يزيد على 50 كيلومترا ليصل إلى هذه المدرسة"، لافتا إلى أن "أفراد الكادر يمارسون عملهم ويؤدون واجباتهم في هذه المدرسة منذ أكثر من 15 عاماً".
وبيّن مدير ناحية سفوان أن "حادث السير الذي أصاب الكادر التعليمي والطلبة فاجعة وأمر مؤسف"، مضيفا: "نعزي ذوي الضحايا والأسرة التربوية وجميع الكوادر في قسم تربية الزبير".
ودعا الحصونة الجهات المعنية إلى "إنصاف المناطق النائية والأطراف عبر تعيين أبنائها الخريجين".
""", [
    ev("safwan-director-statement", "أماط مدير ناحية سفوان طالب خليل الحصونة، اليوم الثلاثاء، اللثام", CRASH, "'اليوم الثلاثاء' = Tue 21 Nov 2023 (time stamp)"),
    ev("safwan-crash", "الذي لقي حتفه في حادث سير", CRASH, "no own expression; the crash of the morning of Tue 21 Nov 2023"),
    ev("hiring-demand", "ودعا الحصونة الجهات المعنية إلى", CRASH, "no own expression; part of the director's statement of Tue 21 Nov 2023"),
])
art(S, "https://saw-tuha.com/2023/11/21/%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9-%D8%AA%D8%B9%D9%84%D9%86-%D8%A7%D9%84%D8%AD%D8%AF%D8%A7%D8%AF-%D9%84%D9%85%D8%AF%D8%A9-3-%D8%A7%D9%8A%D8%A7%D9%85-%D8%B9%D9%84%D9%89-%D8%A3%D8%B1%D9%88%D8%A7%D8%AD",
    "2023-11-21", "date in the URL '/2023/11/21/' (21 Nov 2023 was a Tuesday); the body's 'اليوم الثلاثاء' and the governor's office's 'من اليوم 21 تشرين الثاني 2023' agree; headline kept from the page (reworded); the 'شاهد أيضاً' item and the copy-protection line dropped", True, """
البصرة تعلن الحداد لمدة 3 ايام على أرواح الضحايا من التربويين
أعلنت محافظة البصرة، اليوم الثلاثاء، الحداد العام لمدة ثلاثة أيام على أرواح ضحايا حادث السير الذي أودى بمعلمين وطلبة من مدرسة الإبراهيميّ.
وأفاد مدير مكتب المحافظ عماد عبد الخالق العيدانيّ، في بيان وصلت صوتها نسخة منه، بأن "محافظ البصرة أعلن الحداد العام في المحافظة على أرواح ضحايا حادث السير الذي وقع على طريق سفوان – أم قصر وذهب ضحيته عدد من معلمي مدرسة الإبراهيميّ وطلبتها".
وأضاف العيدانيّ أن "الحداد العام يبدأ من اليوم 21 تشرين الثاني 2023 ولمدة ثلاثة أيام".
""", [
    ev("mourning-declared", "أعلنت محافظة البصرة، اليوم الثلاثاء، الحداد العام", CRASH, "'اليوم الثلاثاء' = Tue 21 Nov 2023"),
    ev("safwan-crash", "حادث السير الذي وقع على طريق سفوان – أم قصر", CRASH, "no own expression; the crash of the morning of Tue 21 Nov 2023"),
    ev("mourning-three-days", "الحداد العام يبدأ من اليوم 21 تشرين الثاني 2023 ولمدة ثلاثة أيام", MOURNING[0], "'من اليوم 21 تشرين الثاني 2023 ولمدة ثلاثة أيام' = Tue 21 - Thu 23 Nov 2023", end=MOURNING[1]),
])
art(S, "https://alsabaah.iq/index.php?newsid=87736",
    "2023-11-22", "the daily's body says 'صباح أمس الثلاثاء' of the crash of Tue 21 Nov 2023, so the issue is of Wed 22 Nov 2023; the byline 'بغداد: عبد الرحمن إبراهيم' dropped; headline written from the body (the stored text has none); no date of its own in the text", False, """
البصرة تفجع بمصرع معلمين وأطفال في حادث على طريق سفوان
فُجعت محافظة البصرة، صباح أمس الثلاثاء، بحادث مروري ذهب ضحيته عدد من المعلمين والأطفال، فيما أعلنت المحافظة ووزارة التربية الحداد لمدة ثلاثة أيام.
ووقع الحادث على طريق سفوان - أم قصر، بينما كان باص من نوع ستاركس يقل 14 شخصاً، بينهم معلمات ومعلمون وثلاثة أطفال من مدرسة الإبراهيميّ في البصرة، إذ باغتت سائقَ الباص شاحنة كبيرة (تريلة) تسير عكس الاتجاه الصحيح (رونك سايد)، فوقع التصادم.
ولقي 13 شخصاً من ملاك المدرسة وعدد من أطفالهم حتفهم في الحادث، إلى جانب سائق الباص الذي كان يقلهم، ولم تنجُ سوى طفلة واحدة، وسارعت القوات الأمنية إلى مكان الحادث وباشرت نقل جثث الضحايا إلى دائرة الطب العدلي، كما فتحت تحقيقاً في أسباب الحادث.
وإثر الحادث، أعلنت محافظة البصرة الحداد العام لمدة ثلاثة أيام، في حين قدم وزير التربية إبراهيم نامس الجبوري تعازيه ومواساته في الحادث الأليم الذي أودى بحياة عدد من معلمي ومعلمات مدرسة الإبراهيمي في سفوان.
وقال الجبوري في بيان إن "حادث السير المروّع الذي تعرّضت له مركبة الكوادر التعليمية التابعة للمدرسة انتهى بوفاة 10 منهم ومعهم 3 من أطفالهم"، واصفا "ما حصل باللحظة الحزينة التي لا تكفيها الكلمات".
""", [
    ev("safwan-crash", "فُجعت محافظة البصرة، صباح أمس الثلاثاء، بحادث مروري", CRASH, "'صباح أمس الثلاثاء' from Wed 22 = the morning of Tue 21 Nov 2023"),
    ev("bodies-to-forensics", "باشرت نقل جثث الضحايا إلى دائرة الطب العدلي", CRASH, "no own expression; right after the crash of Tue 21 Nov 2023"),
    ev("investigation-opened", "كما فتحت تحقيقاً في أسباب الحادث", CRASH, "no own expression; the investigation opened on Tue 21 Nov 2023"),
    ev("mourning-declared", "أعلنت محافظة البصرة الحداد العام لمدة ثلاثة أيام", CRASH, "no own expression ('إثر الحادث'); the governor's declaration of Tue 21 Nov 2023 (saw-tuha 'اليوم الثلاثاء')"),
    ev("minister-condolences", "قدم وزير التربية إبراهيم نامس الجبوري تعازيه ومواساته", CRASH, "no own expression; the minister's statement of Tue 21 Nov 2023 (arabkhabar/Baghdad Today, published 21 Nov)"),
])

# ---------------------------------------------------------------- yemen-arqoub-bus-fire-2025
S = "yemen-arqoub-bus-fire-2025"
CRASH = "2025-11-05"                       # the Saqr al-Hijaz bus hit a car and burned in the al-Arqoub pass (Abyan), dawn of Wed 5 Nov 2025
MEETING = "2025-11-08"                     # first meeting of the ministerial committee of inquiry, morning of Sat 8 Nov 2025
CLOSE = "2025-11-12"                       # the committee closed its work and suspended Saqr al-Hijaz, Wed 12 Nov 2025
art(S, "https://www.annahar.com/arab-world/254918/%D8%AD%D8%A7%D8%AF%D8%AB-%D9%85%D8%B1%D9%88%D8%B1%D9%8A-%D9%85%D8%B1%D9%88%D8%B9-%D9%8A%D9%88%D8%AF%D9%8A-%D8%A8%D8%AD%D9%8A%D8%A7%D8%A9-17-%D8%B4%D8%AE%D8%B5%D8%A7-%D9%81%D9%8A-%D8%A7%D9%84%D9%8A%D9%85%D9%86-%D9%81%D9%8A%D8%AF%D9%8A%D9%88",
    "2025-11-05", "page date line '05-11-2025 | 19:54' (kept as second line without the section name 'العالم العربي'; 5 Nov 2025 was a Wednesday); the body's 'اليوم الأربعاء' agrees; headline kept from the page (reworded, '(فيديو)' dropped); the repeated headline, sub-heading, photo caption and the last, truncated sentence on the causes dropped", True, """
17 قتيلا في حادث سير مروع باليمن
05-11-2025 | 19:54
أفاد مسؤول حكومي ومصادر محلية بأن 17 شخصا على الأقل لقوا حتفهم اليوم الأربعاء في حادث مروع على طريق جبلي خطر في محافظة أبين جنوبي اليمن.
وصرح نائب رئيس هيئة النقل البري الحكومية في عدن، سند بن ذيبان، لرويترز بأن "حافلة لنقل الركاب كانت تقل عشرات المسافرين العائدين من أداء العمرة في السعودية اصطدمت بسيارة أخرى في منطقة العرقوب الجبلية بمحافظة أبين، ما أسفر عن وفاة 14 راكبا وإصابة سبعة آخرين".
وذكرت مصادر محلية أن الحادث أدى إلى احتراق حافلة الركاب والسيارة بالكامل، فقضى ثلاثة أشخاص كانوا في السيارة الأخرى، وتفحمت معظم الجثث بعد أن اشتعلت النيران في المركبتين.
ولم ينجُ سوى خمسة ركاب تمكنوا من تحطيم النوافذ والقفز منها وسط ألسنة اللهب، في محاولة يائسة للإفلات من الحريق الذي التهم الحافلة خلال دقائق.
وأُرسلت فرق الإسعاف إلى المنطقة لتقديم الرعاية للمصابين.
""", [
    ev("arqoub-crash", "لقوا حتفهم اليوم الأربعاء في حادث مروع على طريق جبلي خطر", CRASH, "'اليوم الأربعاء' = Wed 5 Nov 2025 (date line); the crash was at dawn"),
    ev("bin-thiban-statement", "وصرح نائب رئيس هيئة النقل البري الحكومية في عدن، سند بن ذيبان، لرويترز", CRASH, "no own expression; his statement to Reuters on Wed 5 Nov 2025, the day of this report"),
    ev("vehicles-burn", "أدى إلى احتراق حافلة الركاب والسيارة بالكامل", CRASH, "no own expression; the fire right after the collision at dawn of Wed 5 Nov 2025"),
    ev("five-escape", "ولم ينجُ سوى خمسة ركاب تمكنوا من تحطيم النوافذ", CRASH, "'خلال دقائق' of the fire of Wed 5 Nov 2025"),
    ev("ambulances-sent", "وأُرسلت فرق الإسعاف إلى المنطقة", CRASH, "no own expression; on the morning of Wed 5 Nov 2025"),
])
art(S, "https://al-marsd.com/article/239944/%D8%A2%D8%AE%D8%B1%20%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%A8%D8%A7%D9%84%D9%81%D9%8A%D8%AF%D9%8A%D9%88-%D9%88%D9%81%D8%A7%D8%A9-35-%D9%8A%D9%85%D9%86%D9%8A%D8%A7-%D9%81%D9%8A-%D8%AD%D8%A7%D8%AF%D8%AB-%D9%85%D8%B1%D9%88%D8%B9-%D8%A8%D8%B9%D8%AF-%D8%B9%D9%88%D8%AF%D8%AA%D9%87%D9%85-%D9%85%D9%86-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D9%88%D8%A7%D8%AD%D8%AA%D8%B1%D8%A7%D9%82-%D8%A7%D9%84%D8%AD%D8%A7%D9%81%D9%84%D8%A9-%D8%A8%D8%A7%D9%84%D9%83%D8%A7%D9%85%D9%84",
    "2025-11-06", "no date line on the stored page; the body's 'صباح أمس الأربعاء' of the crash of Wed 5 Nov 2025 gives Thu 6 Nov 2025; headline kept from the page (reworded, 'بالفيديو' dropped); the source tag 'صحيفة المرصد:', the sub-headings and the comments line dropped; no date of its own in the text", False, """
وفاة 35 يمنيا عائدين من السعودية في حادث مروع واحتراق حافلتهم بالكامل
لقي 35 يمنيا حتفهم صباح أمس الأربعاء في حادث مروري مروع تعرضت له الحافلة التي كانت تقلهم في طريق عودتهم من السعودية.
ووفقا للمصادر، وقع الحادث على الطريق الجبلي في منطقة العرقوب بمحافظة أبين اليمنية، إثر اصطدام باص النقل الجماعي بسيارة أخرى، ما تسبب في احتراق المركبتين بالكامل.
وأشارت التقارير إلى أن خمسة أشخاص فقط كُتبت لهم النجاة، بعدما نجحوا في كسر نوافذ الحافلة والقفز منها هربا من النيران الكثيفة.
ويُظهر المقطع الأول الركاب داخل حافلة النقل الجماعي لحظة انطلاقهم من السعودية قبل أن يقع الحادث المأساوي.
""", [
    ev("arqoub-crash", "لقي 35 يمنيا حتفهم صباح أمس الأربعاء في حادث مروري مروع", CRASH, "'صباح أمس الأربعاء' from Thu 6 = Wed 5 Nov 2025 (the crash was at dawn)"),
    ev("vehicles-burn", "ما تسبب في احتراق المركبتين بالكامل", CRASH, "no own expression; the fire right after the collision of Wed 5 Nov 2025"),
    ev("five-escape", "أن خمسة أشخاص فقط كُتبت لهم النجاة", CRASH, "no own expression; during the fire of Wed 5 Nov 2025"),
    ev("departure-from-saudi", "لحظة انطلاقهم من السعودية", "2025-11-03", "no own expression; the bus left Saudi Arabia (Jeddah/Riyadh, via al-Wadiah) a day or two before the crash of Wed 5 Nov 2025; my span Mon 3 - Tue 4 Nov", end=CRASH),
])
art(S, "https://magalnet.com/posts/30097",
    "2025-11-08", "no date line on the stored page; the body's 'صباح اليوم السبت' is the committee's first meeting, held between the crash of Wed 5 Nov and the committee's closing of Wed 12 Nov 2025 (arabkhabar), hence Sat 8 Nov 2025 (yemennownews / al-Mashhad al-Arabi 'اليوم السبت' too); headline kept from the page (reworded); the last, truncated words dropped; no date of its own in the text", False, """
اللجنة الوزارية العليا تجتمع للتحقيق في احتراق حافلة الركاب على طريق العرقوب بأبين
عقدت اللجنة الوزارية العليا المكلفة بالتحقيق في حادث انقلاب واحتراق حافلة النقل في منطقة العرقوب بمحافظة أبين، الذي أودى بعدد من الأرواح وأصيب فيه عدد من الركاب، اجتماعا صباح اليوم السبت برئاسة وزير النقل الدكتور عبدالسلام حُميد، وعضوية وزير الصحة والسكان الدكتور قاسم بحيبح، ونائب وزير الأشغال العامة والطرق الدكتور محمد ثابت، ومحافظ أبين اللواء أبوبكر حسين، وذلك تنفيذا لقرار رئيس مجلس الوزراء رقم (28) لعام 2025م، لمناقشة التقارير الأولية للجهات المختصة.
وحضر الاجتماع أيضا رئيس صندوق صيانة الطرق والجسور المهندس حسين العقربي، والوكيل المساعد لوزارة الداخلية اللواء أحمد علي مسعود، والوكيل المساعد لقطاع النقل البري في وزارة النقل فضل العبادي، ومدير عام شرطة مرور أبين العقيد عبدالله صالح.
وفي مستهل الاجتماع، ترحم الحاضرون على أرواح ضحايا الحادث، وتمنوا للجرحى الشفاء العاجل، مؤكدين أن ما جرى كارثة وفاجعة لأسر الضحايا والمصابين وللوطن كله، وأنه لا ينبغي أن يمر دون الوقوف على أسبابه الحقيقية.
""", [
    ev("arqoub-crash", "حادث انقلاب واحتراق حافلة النقل في منطقة العرقوب", CRASH, "no own expression; the crash of dawn of Wed 5 Nov 2025"),
    ev("committee-first-meeting", "اجتماعا صباح اليوم السبت برئاسة وزير النقل", MEETING, "'صباح اليوم السبت' = Sat 8 Nov 2025 (between the crash of Wed 5 and the closing of Wed 12 Nov)"),
    ev("committee-formed", "تنفيذا لقرار رئيس مجلس الوزراء رقم (28) لعام 2025م", CRASH, "'لعام 2025م'; the prime minister's decision forming the committee came after the crash of Wed 5 Nov and before its meeting of Sat 8 Nov 2025 (my span 5-8 Nov)", end="2025-11-09"),
])
art(S, "https://www.arabkhabar.com/a/5215783",
    "2025-11-12", "page date line 'تاريخ النشر: 12th, November 2025 GMT' (kept as second line; 12 Nov 2025 was a Wednesday); the body's 'الأربعاء' and 'اليوم' agree; headline kept from the page (reworded); the last, truncated sentence completed from the same Saba statement as quoted by abyan-time ('لدولة رئيس الوزراء بتقرير شامل')", True, """
لجنة التحقيق العليا في حادثة العرقوب توقف نشاط شركة "صقر الحجاز"
تاريخ النشر: 12th, November 2025 GMT
قررت اللجنة العليا للتحقيق في حادثة العرقوب، الأربعاء، وقف نشاط شركة صقر الحجاز، بعد أيام من الحادث المروع الذي تعرضت له إحدى حافلات النقل التابعة للشركة في منطقة "العرقوب" بمحافظة أبين جنوبي اليمن.
وجاء القرار في ختام أعمال اللجنة العليا، اليوم، في التحقيق بحادثة احتراق حافلة للنقل الجماعي في منطقة العرقوب بمحافظة أبين، ما أدى إلى وفاة وإصابة 24 شخصا من المسافرين.
وبحسب وكالة سبأ الحكومية، استمعت اللجنة التي يرأسها وزير النقل عبدالسلام حُميد، وتضم وزير الصحة العامة والسكان الدكتور قاسم بحيبح ومحافظ أبين أبوبكر حسين، إلى التقارير والوثائق المقدمة من جهات النقل البري وصندوق صيانة الطرق والأمن والصحة، والتي أعانت على فهم الملابسات والظروف المحيطة بالرحلة منذ تحرك الحافلة من المملكة العربية السعودية حتى موقع الحادث في العرقوب، إضافة إلى إفادات المصابين والناجين.
وأوضحت الوكالة أن اللجنة قررت وقف نشاط شركة النقل بعد أن تكشفت فيها جملة من أوجه القصور والاختلالات الفنية والتشغيلية.
كما قررت أن ترفع خلال اليومين القادمين إلى رئيس الوزراء تقريرا شاملا.
""", [
    ev("hijaz-suspended", "قررت اللجنة العليا للتحقيق في حادثة العرقوب، الأربعاء، وقف نشاط شركة صقر الحجاز", CLOSE, "'الأربعاء' = Wed 12 Nov 2025 (date line)"),
    ev("arqoub-crash", "بعد أيام من الحادث المروع الذي تعرضت له إحدى حافلات النقل", CRASH, "'بعد أيام من' before Wed 12 Nov; the crash of Wed 5 Nov 2025"),
    ev("committee-closes", "وجاء القرار في ختام أعمال اللجنة العليا، اليوم", CLOSE, "'اليوم' = Wed 12 Nov 2025"),
    ev("report-to-pm", "أن ترفع خلال اليومين القادمين إلى رئيس الوزراء تقريرا شاملا", "2025-11-13", "'خلال اليومين القادمين' from Wed 12 = Thu 13 - Fri 14 Nov 2025 (planned)", end="2025-11-15"),
])

# ---------------------------------------------------------------- egypt-galala-university-bus-2024
S = "egypt-galala-university-bus-2024"
CRASH = "2024-10-14"                       # the students' bus overturned on the Galala - Ain Sokhna road at sunset of Mon 14 Oct 2024
DETAIN = "2024-10-15"                      # the prosecution ordered the driver held for 4 days, Tue 15 Oct 2024
REFER = "2024-10-16"                       # the driver referred to the criminal court, Wed 16 Oct 2024
art(S, "https://www.almsryalaan.com/article/7554/%D8%A7%D9%84%D8%B5%D8%AD%D8%A9-33-%D9%85%D8%B5%D8%A7%D8%A8%D8%A7-%D9%8812-%D8%AD%D8%A7%D9%84%D8%A9-%D9%88%D9%81%D8%A7%D8%A9-%D9%81%D9%8A",
    "2024-10-14", "page date line 'الإثنين، 14 أكتوبر 2024 09:52 م' (kept as second line; 14 Oct 2024 was a Monday); the body's 'مساء اليوم الإثنين' agrees; headline kept from the page (reworded); the byline and the photo caption dropped; the last sentence, truncated on the page, ends at 'كلية الطب'", True, """
الصحة: 12 وفاة و33 مصابا في انقلاب أتوبيس طلاب جامعة الجلالة
الإثنين، 14 أكتوبر 2024 09:52 م
أعلنت وزارة الصحة والسكان أن عدد مصابي حادث انقلاب الأتوبيس الذي وقع مساء اليوم الإثنين على طريق الجلالة العين السخنة، في اتجاه «الزعفرانة ـ السويس»، ارتفع إلى 33 مصابا، إضافة إلى 12 حالة وفاة.
وبيّنت الوزارة أن المصابين نُقلوا إلى مجمع السويس الطبي التابع لهيئة الرعاية الصحية في محافظة السويس، حيث تجري متابعة تلقيهم الرعاية الطبية اللازمة بحضور الدكتور محمد الطيب نائب وزير الصحة والسكان، الذي وصل إلى المجمع بتكليف من الدكتور خالد عبدالغفار نائب رئيس مجلس الوزراء ووزير الصحة والسكان.
وقدم الدكتور خالد عبدالغفار خالص العزاء لأسر طلاب جامعة الجلالة الذين رحلوا في الحادث الأليم، متمنيا للمصابين الشفاء العاجل، ومؤكدا التنسيق الكامل مع الدكتور أيمن عاشور وزير التعليم العالي والبحث العلمي والدكتور محمد الشناوي رئيس الجامعة في إجراءات نقل جثامين الطلاب وتقديم الرعاية الطبية للمصابين.
وكان مرفق الإسعاف في محافظة السويس قد تلقى بلاغا بانقلاب الأتوبيس الذي كان يقل طلابا من جامعة الجلالة، أغلبهم من كلية الطب.
""", [
    ev("galala-crash", "حادث انقلاب الأتوبيس الذي وقع مساء اليوم الإثنين", CRASH, "'مساء اليوم الإثنين' = the evening of Mon 14 Oct 2024 (date line)"),
    ev("toll-12-dead", "ارتفع إلى 33 مصابا، إضافة إلى 12 حالة وفاة", CRASH, "no own expression; the ministry's toll of the evening of Mon 14 Oct 2024 (before 09:52 pm)"),
    ev("deputy-minister-arrives", "الذي وصل إلى المجمع بتكليف من الدكتور خالد عبدالغفار", CRASH, "no own expression; the evening of Mon 14 Oct 2024 (elsob7: the assignment reported at 08:08 pm)"),
    ev("health-minister-condolences", "وقدم الدكتور خالد عبدالغفار خالص العزاء لأسر طلاب جامعة الجلالة", CRASH, "no own expression; in the ministry's statement of the evening of Mon 14 Oct 2024"),
    ev("ambulance-alerted", "قد تلقى بلاغا بانقلاب الأتوبيس", CRASH, "no own expression; the report of the crash at sunset of Mon 14 Oct 2024"),
])
art(S, "https://khaligyoun.com/391694",
    "2024-10-15", "no date line on the stored page; the headline's 'بعد يوم دامي أمس' (the day after the crash of Mon 14 Oct 2024) and the detention order of Tue 15 Oct (okaz: the prosecution's statement of 'أمس', the preliminary test 'أمس') give Tue 15 Oct 2024; headline kept from the page (reworded, 'دامي' spelled 'دامٍ', 'أمس' kept); the last, truncated sentence dropped; no date of its own in the text", False, """
النيابة المصرية تحبس سائق أتوبيس حادث الجلالة 4 أيام بعد يوم دامٍ أمس وتكشّف تفاصيل جديدة
ضمن التحقيقات التي تجريها النيابة العامة المصرية في حادث انقلاب الحافلة الذي وقع مؤخرًا وأودى بحياة 12 طالبًا وأصاب 29 آخرين، أمر النائب العام المستشار محمد شوقي بحبس سائق حافلة طريق الجلالة احتياطيًا لمدة أربعة أيام، بعدما ثبت تعاطيه مواد مخدرة.
وكانت النيابة العامة قد تلقت إخطارًا يوم الاثنين، 14 أكتوبر، بوقوع الحادث على طريق الجلالة، فانتقل فريق تحقيق يرأسه المحامي العام الأول لنيابة السويس الكلية إلى موقع الحادث.
وباشر الفريق التحقيقات، فعاين الموقع واستجوب المصابين الذين سمحت حالتهم الصحية بذلك.
وذكر بعض الناجين أنهم تعاقدوا مع شركة لتوفير حافلة تنقلهم من الجامعة وإليها، وأن السائق كان يقود بسرعة زائدة حين مر بمنعطف منحدر، فقد على إثرها السيطرة على الحافلة فانقلبت، وهو ما أكده التقرير الفني.
كما اطلعت النيابة العامة على تراخيص الحافلة والسائق، وندبت مفتش الصحة لفحص جثامين الضحايا وبيان أسباب الوفاة، ثم صرحت بدفنهم.
وعند استجواب السائق أنكر الاتهامات المنسوبة إليه، غير أن التحليل المبدئي أثبت تعاطيه مواد مخدرة.
""", [
    ev("driver-detained", "بحبس سائق حافلة طريق الجلالة احتياطيًا لمدة أربعة أيام", DETAIN, "no own expression ('أمس' in the headline is the crash); the detention order of Tue 15 Oct 2024 (okaz, elaosboa)"),
    ev("galala-crash", "حادث انقلاب الحافلة الذي وقع مؤخرًا", CRASH, "'مؤخرًا'; the crash of the evening of Mon 14 Oct 2024 ('يوم الاثنين، 14 أكتوبر' in the next sentence)"),
    ev("prosecution-notified", "قد تلقت إخطارًا يوم الاثنين، 14 أكتوبر، بوقوع الحادث", CRASH, "'يوم الاثنين، 14 أكتوبر' = Mon 14 Oct 2024"),
    ev("investigators-at-site", "فانتقل فريق تحقيق يرأسه المحامي العام الأول لنيابة السويس الكلية إلى موقع الحادث", CRASH, "no own expression; after the notice of Mon 14 Oct, the night of 14-15 Oct 2024 (my span)", end="2024-10-16"),
    ev("burial-permitted", "ثم صرحت بدفنهم", CRASH, "no own expression; the burial permit before the statement of Tue 15 Oct 2024 (my span 14-15 Oct)", end="2024-10-16"),
    ev("preliminary-drug-test", "غير أن التحليل المبدئي أثبت تعاطيه مواد مخدرة", CRASH, "no own expression; the test taken after the crash, by Tue 15 Oct 2024 (okaz: 'بإجراء التحليل المبدئي له أمس'), my span 14-15 Oct", end="2024-10-16"),
])
art(S, "https://www.arabkhabar.com/a/3421096",
    "2024-10-15", "page date line 'تاريخ النشر: 15th, October 2024 GMT' (kept as second line; 15 Oct 2024 was a Tuesday); headline kept from the page (reworded); the last, truncated quotation of the student's brother dropped", True, """
أحد مصابي حادث طلاب جامعة الجلالة يكشف تفاصيل صادمة
تاريخ النشر: 15th, October 2024 GMT
ما زال صدى حادث طلاب جامعة الجلالة يتردد في قلوب كثيرين، بعدما أودى بحياة 12 طالبًا من كليات الطب والصيدلة وأصاب أكثر من 30 آخرين.
فاللحظات المروعة التي عاشها الطلاب لا تزال تثير الغضب والحسرة في نفوس المواطنين، وتفتح النقاش حول المسؤولية والحقيقة.
وقت غروب شمس يوم الإثنين 14 أكتوبر 2024، وبينما كانت الحافلة تقل الطلاب في طريقهم إلى السكن حاملين أحلام الشباب وطموحاته، انقلبت الحافلة فجأة ثلاث مرات، فأزهقت أرواحا وخلفت إصابات.
وعقب الحادث، أمرت النيابة العامة باستدعاء سائق الحافلة لإجراء تحليل مخدرات، فجاءت النتيجة إيجابية.
وروى شقيق إحدى الطالبات المصابات تجربته على وسائل التواصل قائلا: "الحمد لله، بعد أكثر من 22 ساعة، عدنا إلى البيت، ومعنا الكثير من الذكريات والتجارب التي لن ننساها، كان يوم صعب لكن خرجنا منه بسلام، وهذا بفضل الله".
""", [
    ev("toll-12-dead", "بعدما أودى بحياة 12 طالبًا من كليات الطب والصيدلة", CRASH, "no own expression; the toll of the evening of Mon 14 Oct 2024"),
    ev("galala-crash", "انقلبت الحافلة فجأة ثلاث مرات", CRASH, "'وقت غروب شمس يوم الإثنين 14 أكتوبر 2024' = sunset of Mon 14 Oct 2024"),
    ev("preliminary-drug-test", "أمرت النيابة العامة باستدعاء سائق الحافلة لإجراء تحليل مخدرات", CRASH, "'عقب الحادث'; the test ordered after the crash of Mon 14 and positive by Tue 15 Oct 2024 (my span 14-15 Oct)", end="2024-10-16"),
    ev("injured-back-home", "بعد أكثر من 22 ساعة، عدنا إلى البيت", DETAIN, "'بعد أكثر من 22 ساعة' from the crash at sunset of Mon 14 = Tue 15 Oct 2024"),
])
art(S, "https://mnelasema.com/%d8%b3%d8%a7%d8%a6%d9%82-%d8%a3%d8%aa%d9%88%d8%a8%d9%8a%d8%b3-%d8%ac%d8%a7%d9%85%d8%b9%d8%a9-%d8%a7%d9%84%d8%ac%d9%84%d8%a7%d9%84%d8%a9",
    "2024-10-16", "the body's 'اليوم الأربعاء الموافق 16 أكتوبر 2024' (kept; 16 Oct 2024 was a Wednesday), and 'خلال ثمانٍ وأربعين ساعة' from the crash of Mon 14 Oct agrees; headline taken from the page's sub-heading; the 'اقرأ المزيد' item dropped", True, """
النيابة العامة تتخذ قرارا جديدا بحق سائق أتوبيس جامعة الجلالة
أمرت النيابة العامة، اليوم الأربعاء الموافق 16 أكتوبر 2024، بإحالة سائق أتوبيس جامعة الجلالة إلى محكمة الجنايات المختصة، بتهمة تعاطي جوهر المورفين المخدر والقتل والإصابة الخطأ.
ودعت النيابة العامة المسؤولين عن شركات نقل الأشخاص وعن المؤسسات التعليمية المختلفة إلى وضع قواعد واضحة ومنتظمة للكشف الدوري على السائقين، ضمانا لعدم تعاطيهم المواد المخدرة أو المسكرة التي تنال من صلاحيتهم للقيادة وتعرض حياة ركاب الحافلات التي يقودونها للخطر.
ويأتي ذلك حرصا من النيابة العامة على تحقيق العدالة الناجزة، وفي خلال ثمانٍ وأربعين ساعة من وقت وقوع الحادث.
""", [
    ev("driver-referred", "بإحالة سائق أتوبيس جامعة الجلالة إلى محكمة الجنايات المختصة", REFER, "'اليوم الأربعاء الموافق 16 أكتوبر 2024' = Wed 16 Oct 2024"),
    ev("periodic-checks-appeal", "ودعت النيابة العامة المسؤولين عن شركات نقل الأشخاص", REFER, "no own expression; in the same statement of Wed 16 Oct 2024"),
    ev("galala-crash", "من وقت وقوع الحادث", CRASH, "no own expression; the crash of the evening of Mon 14 Oct 2024, 48 hours before the referral"),
])

# ---------------------------------------------------------------- syria-jisr-baghdad-tanker-crash-2020
S = "syria-jisr-baghdad-tanker-crash-2020"
CRASH = "2020-03-07"                       # a fuel tanker with failed brakes hit two Iraqi pilgrim buses and ~15 cars at the Jisr Baghdad checkpoint, Sat 7 Mar 2020, about 19:00
NEXT = ("2020-03-07", "2020-03-09")        # the night after the crash and Sun 8 Mar 2020 (toll of 32 / 77, road reopened)
art(S, "https://m.youm7.com/amp/2020/3/7/%D9%85%D8%B5%D8%B1%D8%B9-30-%D8%B4%D8%AE%D8%B5%D8%A7-%D8%AC%D8%B1%D8%A7%D8%A1-%D8%AD%D8%A7%D8%AF%D8%AB-%D8%B3%D9%8A%D8%B1-%D9%83%D8%A8%D9%8A%D8%B1-%D8%B9%D9%84%D9%89-%D8%B7%D8%B1%D9%8A%D9%82-%D8%AD%D9%85%D8%B5/4661606",
    "2020-03-07", "page date line 'أ ش أ السبت، 07 مارس 2020 07:29 م' (kept as second line without the agency tag; 7 Mar 2020 was a Saturday); the body's 'اليوم السبت' agrees; the page header of the day of crawling ('الثلاثاء 2024-04-30'), the menu and the photo caption dropped; headline kept from the page (reworded)", True, """
30 قتيلا في حادث سير ضخم على طريق حمص دمشق في سوريا
السبت، 07 مارس 2020 07:29 م
لقي 30 شخصا على الأقل حتفهم في حادث سير ضخم وقع اليوم السبت على طريق حمص دمشق في سوريا، إذ قال مصدر في قيادة شرطة ريف دمشق، بحسب ما نقلته قناة "روسيا اليوم" الإخبارية، إن "30 شخصا قضوا وأصيب آخرون في حادث سير نجم عن اصطدام صهريج بسيارة لنقل الركاب وعدة سيارات على طريق حمص دمشق في منطقة جسر بغداد".
وجاء هذا الإعلان بعدما تحدث ناشطون سوريون عن حادث كبير على حاجز عدرا عند مدخل دمشق، سببه فقدان السيطرة على صهريج، أوقع إصابات كثيرة بين المدنيين.
""", [
    ev("police-toll-30", "لقي 30 شخصا على الأقل حتفهم في حادث سير ضخم", CRASH, "no own expression for the toll; the police source's toll of the evening of Sat 7 Mar 2020 (date line 07:29 pm)"),
    ev("jisr-baghdad-crash", "وقع اليوم السبت على طريق حمص دمشق في سوريا", CRASH, "'اليوم السبت' = Sat 7 Mar 2020 (date line); the crash was at about 19:00 Damascus time (shiawaves)"),
    ev("activists-report", "بعدما تحدث ناشطون سوريون عن حادث كبير على حاجز عدرا", CRASH, "no own expression; the first reports of the evening of Sat 7 Mar 2020, before this report"),
    ev("tanker-out-of-control", "سببه فقدان السيطرة على صهريج", CRASH, "no own expression; the tanker's loss of control at the crash of Sat 7 Mar 2020"),
])
art(S, "https://www.syria.tv/%D8%B9%D8%B4%D8%B1%D8%A7%D8%AA-%D8%A7%D9%84%D9%82%D8%AA%D9%84%D9%89-%D8%A8%D9%8A%D9%86%D9%87%D9%85-%D8%B2%D9%88%D9%91%D8%A7%D8%B1-%D8%B4%D9%8A%D8%B9%D8%A9-%D8%A8%D8%AD%D8%A7%D8%AF%D8%AB-%D8%B3%D9%8A%D8%B1-%D8%B9%D9%84%D9%89-%D8%B7%D8%B1%D9%8A%D9%82-%D8%AF%D9%85%D8%B4%D9%82-%D9%81%D9%8A%D8%AF%D9%8A%D9%88",
    "2020-03-08", "page date line '2020.03.08 | 17:09 دمشق' (kept as second line; 8 Mar 2020 was a Sunday); the body's 'اليوم الأحد' agrees (it dates the media reports, not the crash of Sat 7); headline kept from the page (reworded, '(فيديو)' dropped); the photo caption, the source tag 'تلفزيون سوريا - متابعات', the font buttons and the last, truncated sentence dropped", True, """
عشرات القتلى بينهم "زوار شيعة" في حادث سير على طريق دمشق
2020.03.08 | 17:09 دمشق
ذكرت وسائل إعلام تابعة لنظام الأسد وموالية له، اليوم الأحد، أن عشرات الأشخاص، بينهم عراقيون، سقطوا بين قتيل وجريح في حادث مروري وقع على الطريق الدولي دمشق - حمص، بينما قالت وسائل إعلام عراقية إن القتلى من الزوار الشيعة العراقيين.
ووفقا لوكالة "سانا" التابعة للنظام، وقع الحادث حين اصطدم صهريج وقود بحافلة نقل جماعي وعدد كبير من السيارات في منطقة "جسر بغداد" على طريق دمشق - حمص، ما أدى إلى مقتل 32 شخصاً وإصابة 77 آخرين.
وبحسب الصفحات الموالية للنظام، فإن سبب الحادث عطل في مكابح صهريج الوقود أفقد سائقه السيطرة عليه، فاصطدم ببولمانين اثنين يقلان عددا من الركاب العراقيين، وبعدد من السيارات، مشيرة إلى أن الحصيلة النهائية للقتلى لم تتضح بعد.
ونشرت شبكات إخبارية محلية مقاطع فيديو وصورا من موقع الحادث تبيّن أضرارا ودمارا كبيرا أصاب حافلتين لنقل الركاب (بولمان) بعد أن صدمهما صهريج الوقود، إلى جانب أضرار لحقت بعدد من السيارات.
""", [
    ev("jisr-baghdad-crash", "في حادث مروري وقع على الطريق الدولي دمشق - حمص", CRASH, "no own expression ('اليوم الأحد' dates the reports); the crash of the evening of Sat 7 Mar 2020"),
    ev("toll-32", "ما أدى إلى مقتل 32 شخصاً وإصابة 77 آخرين", NEXT[0], "no own expression; SANA's toll given by the Rif Dimashq traffic chief in the night after the crash or on Sun 8 Mar 2020 (my span 7-8 Mar)", end=NEXT[1]),
    ev("tanker-out-of-control", "عطل في مكابح صهريج الوقود أفقد سائقه السيطرة عليه", CRASH, "no own expression; the brake failure at the crash of Sat 7 Mar 2020"),
])
art(S, "https://shiawaves.com/arabic/?p=21608",
    "2020-03-08", "no date line on the stored page; the body's 'مساء أمس السبت' of the crash of Sat 7 Mar 2020 gives Sun 8 Mar 2020; headline kept from the page (reworded); the repeated first paragraph and the last, truncated words dropped; no date of its own in the text", False, """
حصيلة ضحايا حادث الزوار العراقيين قرب دمشق ترتفع إلى 32
ارتفع عدد ضحايا حادث السير الذي وقع قرب العاصمة السورية دمشق، مساء أمس السبت، إلى 32 قتيلا و77 جريحاً، من العراقيين زوار العتبات المقدسة.
ونجم الحادث المروع عن اصطدام صهريج وقود بباصين لنقل الركاب وعدة سيارات على طريق حمص دمشق في منطقة جسر بغداد.
وقالت القائمة بالأعمال في السفارة العراقية في سوريا نيران هاشم شاكر إنه "في الساعة السابعة مساءً بتوقيت دمشق وقع حادث اصطدام عند مدخل ريف دمشق في الحاجز المروري لعدة سيارات تقل زائرين عراقيين".
وأوضحت أن وزارة الصحة السورية اتخذت الإجراءات اللازمة لنقل المصابين إلى المستشفيات، مشيرة إلى أن عدة مستشفيات استقبلت الجرحى، وأن السفارة العراقية تزور تلك المستشفيات للاطمئنان على الجرحى وتقديم المساعدات اللازمة لهم وتهيئة الظروف لإعادتهم إلى العراق.
من جهته، صرح رئيس فرع مرور ريف دمشق عبد الجواد عوض لوكالة سانا بأن عدد الوفيات ارتفع إلى 32 شخصاً والمصابين إلى 77، لافتا إلى أن الطريق فُتح وأزيلت جميع آثار الحادث وعادت الحركة المرورية إلى طبيعتها.
""", [
    ev("toll-32", "ارتفع عدد ضحايا حادث السير الذي وقع قرب العاصمة السورية دمشق، مساء أمس السبت، إلى 32 قتيلا", NEXT[0], "no own expression for the rise; the toll of 32 given in the night after the crash or on Sun 8 Mar 2020 (my span 7-8 Mar); 'مساء أمس السبت' is the crash", end=NEXT[1]),
    ev("jisr-baghdad-crash", "في الساعة السابعة مساءً بتوقيت دمشق وقع حادث اصطدام", CRASH, "'في الساعة السابعة مساءً' of 'مساء أمس السبت' = 19:00 of Sat 7 Mar 2020"),
    ev("embassy-hospital-visits", "وأن السفارة العراقية تزور تلك المستشفيات", NEXT[0], "no own expression; the embassy's visits in the night after the crash and on Sun 8 Mar 2020 (my span)", end=NEXT[1]),
    ev("road-reopened", "لافتا إلى أن الطريق فُتح وأزيلت جميع آثار الحادث", NEXT[0], "no own expression; the road reopened after the wreckage was cleared, in the night of 7-8 Mar or on Sun 8 Mar 2020 (my span)", end=NEXT[1]),
])
art(S, "https://baladi-news.com/ar/articles/58113/%D8%AA%D8%B9%D8%B1%D9%81-%D8%A5%D9%84%D9%89-%D9%87%D9%88%D9%8A%D8%A9-%D8%A7%D9%84%D9%82%D8%AA%D9%84%D9%89-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%D9%8A%D9%8A%D9%86-%D9%81%D9%8A-%D8%A7%D9%84%D8%AD%D8%A7%D8%AF%D8%AB-%D8%A7%D9%84%D9%85%D8%B1%D9%88%D8%B1%D9%8A-%D8%A8%D8%AF%D9%85%D8%B4%D9%82",
    "2020-03-09", "no date line on the stored page; the body's 'أمس الأحد' (twice) after the crash 'الذي وقع السبت' (Sat 7 Mar 2020) gives Mon 9 Mar 2020; headline rendered from the URL slug; the source tag 'بلدي نيوز' dropped; the last, truncated word completed ('دمشق'); no date of its own in the text", False, """
من هم القتلى العراقيون في الحادث المروري بدمشق؟
أعلنت الحكومة العراقية، أمس الأحد، تخصيص طائرة عسكرية خاصة لنقل جثامين قتلى الحادث المروري الذي وقع السبت قرب دمشق في سوريا، وسط حديث عن هوية القتلى يقول إنهم من الميليشيات العراقية التي تقاتل إلى جانب إيران والنظام.
وجاء في بيان لقيادة العمليات المشتركة العراقية: "بموافقة رئيس الوزراء وتوجيه رئيس أركان الجيش، تم تخصيص طائرة عسكرية خاصة لنقل المصابين وجثامين المواطنين العراقيين الذين تعرضوا إلى حادث قرب مدينة دمشق، ونقلهم من سوريا إلى محافظة النجف الأشرف".
وأعلنت الخارجية العراقية، أمس الأحد، مقتل 26 عراقيا على الأقل في حادث على طريق سريع في سوريا، إثر اصطدام شاحنة وقود بحافلات ركاب وسيارات أخرى، فيما قالت مصادر رسمية تابعة للنظامين السوري والعراقي إن القتلى من زوار المراقد الدينية الشيعية في منطقة السيدة زينب بريف دمشق.
في المقابل، ذكر موقع "إيران إنسايدر" أن قتلى الحادث 30 عنصرا من ميليشيات الحشد الشعبي العراقي، قضوا في حادث سير على الطريق بين محافظتي حمص ودمشق "منطقة القطيفة".
وكان مصدر في قيادة شرطة ريف دمشق التابعة للنظام قد أعلن السبت مصرع 30 شخصا وإصابة آخرين في حادث سير نتج عن اصطدام صهريج بحافلتين لنقل الركاب وعدة سيارات على طريق حمص دمشق.
""", [
    ev("iraq-plane-for-bodies", "أعلنت الحكومة العراقية، أمس الأحد، تخصيص طائرة عسكرية خاصة", "2020-03-08", "'أمس الأحد' from Mon 9 = Sun 8 Mar 2020"),
    ev("jisr-baghdad-crash", "الحادث المروري الذي وقع السبت قرب دمشق", CRASH, "'السبت' before Sun 8 = Sat 7 Mar 2020"),
    ev("iraq-mfa-toll-26", "وأعلنت الخارجية العراقية، أمس الأحد، مقتل 26 عراقيا على الأقل", NEXT[0], "'أمس الأحد' = Sun 8 Mar 2020; the ministry's figure was already quoted on Sun 8 from a statement of the night before (radioalkul), so my span 7-8 Mar", end=NEXT[1]),
    ev("police-toll-30", "قد أعلن السبت مصرع 30 شخصا وإصابة آخرين", CRASH, "'السبت' = Sat 7 Mar 2020"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 338
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

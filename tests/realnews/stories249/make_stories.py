"""Builds stories.jsonl: the 249-th set, the two-hundred-and-forty-ninth evaluation set of real Arabic news
stories (several articles per story, from different outlets, published on different days), bodies re-worded
sentence by sentence, every date/time expression kept verbatim, gold events keyed across each story (same
format and checks as tests/realnews/stories204/make_stories.py). Domain: theft of electricity cables, water
pipes and railway parts; vandalism of public infrastructure (the theft of railway signal boxes between Tanta
and Birket el-Sab in Egypt, July 2022, and the arrests that followed; the bombing of power-transmission towers
north of Karbala in Iraq, August 2021). None of these stories is in the dev set or the other tests/realnews/*
sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-tanta-railway-signal-boxes-theft-2022
S = "egypt-tanta-railway-signal-boxes-theft-2022"
REPAIR = ("2022-07-20", "2022-07-22")  # signals repaired overnight; replacement sets in at 4:40 on Thu 21 Jul
ARREST = ("2022-07-21", "2022-07-24")  # arrested between the theft and the ministry's statement of Sat 23 Jul
art(S, "https://www.masrawy.com/news/news_egypt/details/2022/7/20/2262094/%D9%84%D9%87%D8%B0%D8%A7-%D8%A7%D9%84%D8%B3%D8%A8%D8%A8-%D8%A7%D9%84%D8%B3%D9%83%D9%83-%D8%A7%D9%84%D8%AD%D8%AF%D9%8A%D8%AF%D9%8A%D8%A9-%D8%AA%D8%A3%D8%AE%D8%B1-%D8%AD%D8%B1%D9%83%D8%A9-%D8%A7%D9%84%D9%82%D8%B7%D8%A7%D8%B1%D8%A7%D8%AA-%D8%B9%D9%84%D9%89-%D8%AE%D8%B7-%D9%85%D8%B5%D8%B1-%D8%A7%D8%B3%D9%83%D9%86%D8%AF%D8%B1%D9%8A%D8%A9-",
    "2022-07-20", "page stamp '11:43 م الأربعاء 20 يوليه 2022' under the headline (kept as first line, before the headline) and the URL '/2022/7/20/'; 20 Jul 2022 was a Wednesday, the day of the theft; the 'إعلان' tag, caption 'حركة القطارات', app promotion, byline 'كتب - محمد نصار:' and 'فيديو قد يعجبك' dropped", True, """
11:43 م الأربعاء 20 يوليه 2022
لهذا السبب.. السكك الحديدية: تأخر حركة القطارات على خط "مصر - اسكندرية" لمدة 3 ساعات
أعلنت الهيئة القومية لسكك حديد مصر أن حركة القطارات على خط القاهرة – الإسكندرية تأخرت بمتوسط 3 ساعات لكل قطار، لأسباب خارجة عن إرادتها.
وأوضحت الهيئة في بيان أن سبب التأخير هو سرقة أجهزة ومهمات وكبلات تخص نظم الإشارات، ما أدى إلى تعطل السيمافورات الأوتوماتيكية وعدد من المزلقانات، فجرى تشغيل الحركة يدويا إلى حين إصلاح العطل، وهو ما يزيد تأخير القطارات بسبب تخفيض سرعتها حرصا على سلامة الركاب.
وأشارت إلى أنها تعمل جاهدة بالتعاون مع شركة تالس على إصلاح العطل، مع اتخاذ كل الإجراءات التي تضمن سلامة سير القطارات حتى الانتهاء من الإصلاح.
""", [
    ev("delays", "تأخرت بمتوسط 3 ساعات لكل قطار", "2022-07-20", "no own expression; the delays of Wed 20 Jul 2022 (the stamp's day; another report: 'تأخير القطارات أمس' the next day)"),
    ev("theft", "سرقة أجهزة ومهمات وكبلات تخص نظم الإشارات", "2022-07-20", "no own expression; the theft of Wed 20 Jul 2022 (the ministry later: 'يوم 20/7/2022'; another report: 'الساعة 11:35 (أمس الأربعاء)')"),
    ev("manual-operation", "فجرى تشغيل الحركة يدويا", "2022-07-20", "no own expression; on the day of the theft, Wed 20 Jul 2022"),
    ev("repair", "بالتعاون مع شركة تالس على إصلاح العطل", REPAIR[0], "no own expression; repair work from Wed 20 Jul until replacement sets were installed at 4:40 on Thu 21 Jul 2022 (another report); my span 20-21 Jul", end=REPAIR[1]),
])
art(S, "https://almalnews.com/1313416",
    "2022-07-21", "no stamp or URL date in the stored page: fixed by the body's '(أمس الأربعاء)' for the theft between Tanta and Birket el-Sab, which took place on Wed 20 Jul 2022 (the ministry: 'يوم 20/7/2022'; masrawy's stamp of Wed 20 Jul): so Thu 21 Jul 2022; no date of its own in the text", False, """
قالت هيئة السكة الحديد إن عددا من الخارجين عن القانون أقدموا في تمام الساعة 11:35 (أمس الأربعاء) على سرقة صناديق الإشارات المخصصة لتشغيل السيمافورات الأوتوماتيكية في المسافة بين طنطا وبركة السبع، مشيرة إلى أن ذلك أدى إلى تأخير القطارات أمس.
وبيّنت في بيان صحفي أن هؤلاء نزعوا الغلاف المعدني لصندوق الإشارات وسرقوه، كما سرقوا ترانسات التغذية الخاصة بأجهزة الإشارات، ما عطّل نظام الاتصالات والإشارات، وأدى إلى تعطيل التقاطر في حركة القطارات وتشغيلها بالمحاذرة.
وفي تمام الساعة 15:25، أقدم خارجون عن القانون أيضا على سرقة أجهزة إشارات في المنطقة الواقعة بين طنطا وكفر الزيات، وهو ما اضطر الهيئة إلى تسيير القطارات بالمحاذرة كذلك.
وأضافت الهيئة أن هذه السرقات أخّرت جميع القطارات بمتوسط بلغ أربع ساعات، إلى أن جرى تركيب أجهزة بديلة الساعة 4:40.
ودعت الهيئة المواطنين إلى التصدي لهؤلاء الخارجين على القانون والإبلاغ عنهم، لأنهم يعرّضون حياة الناس للخطر ويعطلون واحدا من أهم مرافق الدولة.
""", [
    ev("theft", "في تمام الساعة 11:35 (أمس الأربعاء)", "2022-07-20", "'(أمس الأربعاء)' before Thu 21 = Wed 20 Jul 2022, at 11:35"),
    ev("delays", "أدى إلى تأخير القطارات أمس", "2022-07-20", "'أمس' before Thu 21 = Wed 20 Jul 2022"),
    ev("second-theft", "في تمام الساعة 15:25", "2022-07-20", "no own day; the same Wednesday, 20 Jul 2022, at 15:25"),
    ev("repair", "جرى تركيب أجهزة بديلة الساعة 4:40", REPAIR[0], "'الساعة 4:40' (24-hour clock, as '15:25' above): 04:40 on Thu 21 Jul 2022, ending the repair work begun on Wed 20; the key's span 20-21 Jul", end=REPAIR[1]),
])
art(S, "https://alkhalij24.co/egypt-news/26614/%D8%AA%D8%AD%D9%88%D9%8A%D9%84-%D8%B3%D8%A7%D8%B1%D9%82%D9%8A-%D8%B5%D9%86%D8%A7%D8%AF%D9%8A%D9%82-%D8%A7%D9%84%D8%A5%D8%B4%D8%A7%D8%B1%D8%A7%D8%AA-%D8%A8%D9%88%D8%A7%D9%82%D8%B9%D8%A9-%D8%AA%D8%A3%D8%AE%D9%8A%D8%B1-%D8%A7%D9%84%D9%82%D8%B7%D8%A7%D8%B1%D8%A7%D8%AA-%D9%84%D9%84%D9%86%D9%8A%D8%A7%D8%A8%D8%A9-%D8%A7%D9%84%D8%B9%D8%B3%D9%83%D8%B1%D9%8A%D8%A9.html",
    "2022-07-23", "date line 'السبت 23 يوليو 2022 04:11 مساءً' at the head of the body (kept as first line); 23 Jul 2022 was a Saturday; body 'اليوم السبت' for the ministry's statement and 'يوم الأربعاء الماضي' (Wed 20) agree; no headline in the stored text; the truncated last sentence dropped", True, """
السبت 23 يوليو 2022 04:11 مساءً
كشفت وزارة النقل عن آخر مستجدات واقعة سرقة عدد من صناديق "تركات" الإشارات المخصصة لتشغيل منظومة إشارات السكة الحديد في المسافة بين طنطا وبركة السبع على يد بعض الخارجين عن القانون، وهي السرقة التي تسببت في تأخير جميع القطارات يوم الأربعاء الماضي.
وأعلنت الوزارة في بيان لها اليوم السبت أنه جرى القبض على الخارجين عن القانون الذين سرقوا صناديق الإشارات، وإحالتهم إلى النيابة العسكرية بتهم تخريب ممتلكات عامة وإرهاب المواطنين وتعريض حياتهم للخطر والإضرار بالأمن القومي.
وأوضحت أن ذلك جاء في إطار التنسيق بين وزارتي الداخلية والنقل، وبفضل جهود وزارة الداخلية، إذ شُكّل فريق بحث شارك فيه قطاع الأمن العام والإدارة العامة لشرطة النقل والمواصلات ومديرية أمن الغربية.
وكانت الهيئة القومية لسكك حديد مصر قد أصلحت العطل وأعادت حركة القطارات إلى طبيعتها، وهو ما عطّل طاقتها في النهوض بالمرفق واستنزف قدرتها في هذا التوقيت الحيوي، في ظل حالة الرضا المجتمعي عن أداء الهيئة.
""", [
    ev("theft", "واقعة سرقة عدد من صناديق \"تركات\" الإشارات", "2022-07-20", "no own expression for the theft itself; 'يوم الأربعاء الماضي' in the same sentence = Wed 20 Jul 2022"),
    ev("delays", "تسببت في تأخير جميع القطارات يوم الأربعاء الماضي", "2022-07-20", "'يوم الأربعاء الماضي' before Sat 23 = Wed 20 Jul 2022"),
    ev("ministry-statement", "وأعلنت الوزارة في بيان لها اليوم السبت", "2022-07-23", "'اليوم السبت' = Sat 23 Jul 2022"),
    ev("arrest", "جرى القبض على الخارجين عن القانون", ARREST[0], "no own expression; the arrests came between the theft (Wed 20) and the statement of Sat 23 Jul 2022; my span 21-23 Jul", end=ARREST[1]),
    ev("military-referral", "وإحالتهم إلى النيابة العسكرية", ARREST[0], "no own expression; referred after the arrest, announced on Sat 23 Jul 2022; my span 21-23 Jul", end=ARREST[1]),
    ev("repair", "قد أصلحت العطل وأعادت حركة القطارات إلى طبيعتها", REPAIR[0], "no own expression; the repair of Wed 20 - Thu 21 Jul 2022 (another report: replacement sets 'الساعة 4:40')", end=REPAIR[1]),
])
art(S, "https://redcircle-news.com/2022/07/24/%d8%a7%d9%84%d8%ba%d8%b1%d8%a8%d9%8a%d8%a9-%d8%a7%d9%84%d9%82%d8%a8%d8%b6-%d8%b9%d9%84%d9%89-4-%d8%a3%d8%b4%d8%ae%d8%a7%d8%b5-%d8%b3%d8%b1%d9%82%d9%88%d8%a7-%d8%b5%d9%86%d8%a7%d8%af%d9%8a%d9%82",
    "2022-07-24", "date in the URL '/2022/07/24/' (a Sunday, the day after the ministry's statement of Sat 23 Jul); the page's running date 'الأحد , 19 يناير 2025' (the day the page was rendered, not the article's), the breadcrumb, the byline 'نقله: إبراهيم السعيد', the hashtags and the truncated last sentence dropped; the text's only full date, 'يوم 20/7/2022', is the day of the theft, not its own", False, """
الغربية… القبض على 4 أشخاص سرقوا صناديق تشغيل منظومة إشارات السكة الحديد
هي جرائم ترقى إذا وقعت إلى مستوى العمليات الإرهابية، وقد أحيل هؤلاء المجرمون إلى النيابة العسكرية بتهمة إتلاف ممتلكات عامة وتعريض حياة المواطنين للخطر والعبث بالأمن القومي للبلاد، وفق ما ورد في بيان إعلامي لوزارة النقل.
وجاء البيان إلحاقا لبيان إعلامي سابق عن إقدام عدد من الخارجين عن القانون على سرقة عدد من صناديق "تركات" الإشارات المخصصة لتشغيل منظومة إشارات السكة الحديد في المسافة بين طنطا وبركة السبع، وذلك يوم 20/7/2022، ما أدى إلى تأخير جميع القطارات.
وفي إطار التنسيق بين وزارتي الداخلية والنقل، وبناء على جهود وزارة الداخلية، شُكّل فريق بحث شارك فيه قطاع الأمن العام والإدارة العامة لشرطة النقل والمواصلات ومديرية أمن الغربية.
وأسفرت هذه الجهود عن القبض على الخارجين عن القانون الذين سرقوا صناديق الإشارات، فأحيلوا بتهم تخريب ممتلكات عامة وإرهاب المواطنين وتعريض حياتهم للخطر والإضرار بالأمن القومي.
""", [
    ev("theft", "وذلك يوم 20/7/2022", "2022-07-20", "'يوم 20/7/2022' = Wed 20 Jul 2022"),
    ev("delays", "ما أدى إلى تأخير جميع القطارات", "2022-07-20", "no own expression; the delays of the theft's day, Wed 20 Jul 2022"),
    ev("ministry-statement", "وفق ما ورد في بيان إعلامي لوزارة النقل", "2022-07-23", "no own expression; the ministry's statement of Sat 23 Jul 2022 (another report: 'في بيان لها اليوم السبت')"),
    ev("arrest", "عن القبض على الخارجين عن القانون", ARREST[0], "no own expression; between the theft (Wed 20) and the statement of Sat 23 Jul 2022; my span 21-23 Jul", end=ARREST[1]),
    ev("military-referral", "وقد أحيل هؤلاء المجرمون إلى النيابة العسكرية", ARREST[0], "no own expression; announced on Sat 23 Jul 2022; my span 21-23 Jul", end=ARREST[1]),
])

# ---------------------------------------------------------------- iraq-karbala-power-towers-bombings-2021
S = "iraq-karbala-power-towers-bombings-2021"
art(S, "https://imamhussain-fm.com/public/local/64651",
    "2021-08-12", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الخميس' / 'هذا اليوم الخميس' for the bombing of towers 50-51 on the Musayyib-Karbala lines, which the ministry announced on Thu 12 Aug 2021 (a later report of Thu 19 Aug: 'الخميس الماضي' and 'بعد أسبوع واحد من الاعتداء السابق'); no date of its own in the text", False, """
أعلنت وزارة الكهرباء، اليوم الخميس، أن برجين لنقل الطاقة في كربلاء المقدسة تعرضا للاستهداف، داعية الجهات المختصة إلى اتخاذ أقصى التدابير والإجراءات لوقف هذه الهجمات الإرهابية.
وقالت الوزارة في بيان إن "خطوط نقل الطاقة الكهربائية تعرضت هذا اليوم الخميس لعمل تخريبي بتفجير عبوات ناسفة، ما أدى إلى تضرر برجين لنقل الطاقة في محافظة كربلاء المقدسة"، موضحة أن "الهجمة الإرهابية استهدفت البرجين المرقمين (٥٠-٥١) على خطي (مسيب - شمال كربلاء) و(مسيب - شرق كربلاء)، فسقطا وخرجت خطوط نقل الطاقة عن الخدمة".
وأضافت أن ما تمر به "تجاوز مرحلة الظروف الاستثنائية الطارئة وصار حربا معلنة ضدها بكل تفاصيلها وهجماتها النوعية"، لافتة إلى أن "المواطن سيواصل دفع الأثمان الباهظة لهذه الحرب، لا سيما في ظل جائحة كورونا وحر الصيف اللاهب".
وطالبت الوزارة "الجهات المختصة باتخاذ أقصى التدابير والإجراءات لحل هذا الوضع الشائك"، مبينة أنها "استنفدت فيه معظم إمكانياتها المادية ومواردها البشرية، وستواصل تقديم كل ما تملك خدمة للوطن".
""", [
    ev("statement-1", "أعلنت وزارة الكهرباء، اليوم الخميس", "2021-08-12", "'اليوم الخميس' = Thu 12 Aug 2021"),
    ev("attack-towers-50-51", "تعرضت هذا اليوم الخميس لعمل تخريبي", "2021-08-12", "'هذا اليوم الخميس' = Thu 12 Aug 2021"),
    ev("towers-fall", "فسقطا وخرجت خطوط نقل الطاقة عن الخدمة", "2021-08-12", "no own expression; the result of the bombing of Thu 12 Aug 2021"),
    ev("call-for-measures", "وطالبت الوزارة \"الجهات المختصة باتخاذ أقصى التدابير", "2021-08-12", "no own expression; in the statement of Thu 12 Aug 2021"),
])
art(S, "https://independencenews.net/%D8%AF%D8%A7%D8%B9%D8%B4-%D8%A7%D9%84%D8%A7%D8%B1%D9%87%D8%A7%D8%A8%D9%8A-%D9%8A%D8%B9%D8%AA%D8%B1%D9%81-%D8%A8%D8%AA%D9%81%D8%AC%D9%8A%D8%B1-%D8%A8%D8%B1%D8%AC%D9%8A-%D9%83%D9%87%D8%B1%D8%A8%D8%A7/",
    "2021-08-13", "no stamp or URL date in the stored page: fixed by the body's 'أعلنت وزارة الكهرباء العراقية، أمس' for the ministry's statement on the two Karbala towers, issued on Thu 12 Aug 2021 (other reports: 'اليوم الخميس'): so Fri 13 Aug 2021; the rubric 'امن', 'اظهر المزيد' and the comment form dropped; no date of its own in the text", False, """
داعش الإرهابي يعترف بتفجير برجي كهرباء بكربلاء و290 برجا وكاميرا خلال سنة في العراق
أعلنت وزارة الكهرباء العراقية أمس استهداف برجين لنقل الطاقة في كربلاء، داعية الجهات المختصة إلى اتخاذ أقصى التدابير والإجراءات لوقف «هذه الهجمات الإرهابية».
وأوضحت الوزارة في بيان أن «الهجمة الإرهابية استهدفت البرجين، فسقطا وخرجت خطوط نقل الطاقة عن الخدمة»، مضيفة أن ما تمر به الوزارة تجاوز مرحلة الظروف الاستثنائية الطارئة و«أصبح حربا معلنة ضدها بكل تفصيلاتها وهجماتها النوعية».
وأشارت إلى أن المواطن سيظل يدفع الثمن الباهظ لهذه الحرب، خصوصا في ظل جائحة «كورونا» وحر الصيف، مبينة أنها استنفدت معظم إمكاناتها المادية ومواردها البشرية.
وتتعرض أبراج نقل الطاقة الكهربائية وتوزيعها في مناطق مختلفة من العراق لأعمال تخريب وتفجير تنفذها جماعات مختلفة، ما أثر سلبا في توزيع الطاقة خلال الفترة الماضية.
وقبل حادث البرجين بساعات، أعلنت الوزارة تضرر 7 محولات في كركوك جراء «عمل تخريبي إرهابي في المحافظة»، مؤكدة في بيانها أن كل هذه الأعمال «ترمي إلى إيقاف عجلة مشاريع الوزارة».
""", [
    ev("statement-1", "أعلنت وزارة الكهرباء العراقية أمس", "2021-08-12", "'أمس' before Fri 13 = Thu 12 Aug 2021"),
    ev("attack-towers-50-51", "«الهجمة الإرهابية استهدفت البرجين", "2021-08-12", "no own expression; the bombing announced on Thu 12 Aug 2021 ('اليوم الخميس' in other reports)"),
    ev("towers-fall", "فسقطا وخرجت خطوط نقل الطاقة عن الخدمة", "2021-08-12", "no own expression; Thu 12 Aug 2021"),
    ev("kirkuk-transformers", "أعلنت الوزارة تضرر 7 محولات في كركوك", "2021-08-11", "'قبل حادث البرجين بساعات': a few hours before the bombing of Thu 12 Aug 2021, so late Wed 11 or Thu 12 Aug (my span 11-12 Aug)", end="2021-08-13"),
    ev("isis-claim", "داعش الإرهابي يعترف بتفجير برجي كهرباء بكربلاء", "2021-08-12", "no own expression; the claim came after the bombing of Thu 12 Aug and before this report of Fri 13 Aug 2021 (my span 12-13 Aug)", end="2021-08-14"),
])
art(S, "https://baghdadtoday.news/162224-.html",
    "2021-08-19", "page stamp 'أمن | 19-08-2021, 13:14 |' under the headline (kept as first line '19-08-2021, 13:14', before the headline); 19 Aug 2021 was a Thursday; body 'اليوم الخميس' agrees; the ticker of other headlines, '+A -A' and the dateline 'بغداد اليوم - كربلاء' dropped; the last sentence cut where the stored text breaks off ('ليوم الخميس ال...')", True, """
19-08-2021, 13:14
تجدد الهجمات الإرهابية ضد الطاقة في العراق وأبراج كربلاء تدخل على الخط
أعلنت وزارة الكهرباء، اليوم الخميس، تجدد الهجمات الإرهابية على المنظومة الوطنية، باستهداف متكرر لأبراج الطاقة شمال كربلاء المقدسة.
وذكرت الوزارة في بيان تلقته (بغداد اليوم) أن "خطوط نقل الطاقة الكهربائية تعرضت يوم أمس لعمل تخريبي بتفجير عبوات ناسفة، ما أدى إلى تضرر برج لنقل الطاقة الكهربائية في محافظة كربلاء المقدسة".
وأضاف البيان أن "الهجمة الإرهابية، التي وقعت عند تمام الساعة العاشرة من ليلة أمس، استهدفت البرج المرقم (٦٠) على خطي (مسيب - شمال كربلاء) و(مسيب - شرق كربلاء)، فتقطعت رجلان منه (عدد/٢) من دون أن يسقط البرج، ثم كُثّفت الجهود وأُنجز العمل بشكل نوعي عند الساعة الواحدة صباحاً من يوم الخميس".
""", [
    ev("statement-2", "أعلنت وزارة الكهرباء، اليوم الخميس", "2021-08-19", "'اليوم الخميس' = Thu 19 Aug 2021 (the stamp)"),
    ev("attack-tower-60", "عند تمام الساعة العاشرة من ليلة أمس", "2021-08-18", "'الساعة العاشرة من ليلة أمس' before Thu 19 = 10 pm on Wed 18 Aug 2021"),
    ev("repair-tower-60", "وأُنجز العمل بشكل نوعي عند الساعة الواحدة صباحاً من يوم الخميس", "2021-08-19", "'الساعة الواحدة صباحاً من يوم الخميس' = 1 am on Thu 19 Aug 2021"),
    ev("repeated-attacks", "باستهداف متكرر لأبراج الطاقة شمال كربلاء", "2021-08-12", "no own expression; the repeated attacks on the Musayyib-Karbala lines, Thu 12 and Wed 18 Aug 2021 (my span 12-18 Aug)", end="2021-08-19"),
])
art(S, "https://al-ain.com/article/iraq-tower-karbla-explosion",
    "2021-08-19", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الخميس' with 'بيوم عاشوراء' (Ashura 1443 fell on Thu 19 Aug 2021 in Iraq) and the tower-60 bombing 'ليلة أمس' (Wed 18 Aug; Baghdad Today's stamp of 19-08-2021 gives the same statement): so Thu 19 Aug 2021; the truncated last sentence ('...عن استهداف برجين لنقل') dropped; no date of its own in the text", False, """
العراق.. إرهاب الكهرباء يقطع أرجل أبراج كربلاء بيوم عاشوراء
عادت الهجمات الإرهابية المتكررة على أبراج الكهرباء في العراق اليوم الخميس، وهذه المرة في كربلاء، تزامنا مع إحياء يوم عاشوراء.
وأفادت وزارة الكهرباء العراقية، اليوم الخميس، في بيان اطلعت عليه "العين الإخبارية"، بأن "خطوط نقل الطاقة الكهربائية تعرضت يوم أمس لعمل تخريبي بتفجير عبوات ناسفة، ما أدى إلى تضرر برج لنقل الطاقة الكهربائية في محافظة كربلاء".
وبيّن البيان أن "الهجمة الإرهابية التي نُفذت عند تمام الساعة العاشرة من ليلة أمس استهدفت البرج المرقم (٦٠) على خطي (مسيب - شمال كربلاء) و(مسيب - شرق كربلاء)، فتقطعت رجلان منه (عدد/٢) من دون سقوط، وجرى تكثيف الجهود وإنجاز العمل بشكل نوعي عند الساعة الواحدة صباحاً من يوم الخميس".
ولفتت الوزارة إلى أن "تكرار الهجوم على الخط الناقل نفسه بعد أسبوع واحد من الاعتداء السابق يعبّر عن حقد العدو وعدائه الدفين للعراقيين"، مؤكدة أن رجال الكهرباء، مع الإخوة في الجهد الأمني، "لن يتوقفوا عن أداء أدوارهم في خط الصد والخدمات الأول ضد الإرهابيين، ومهما امتدت أيادي التخريب سنقطعها ونُفشل كل خطط التخريب"، بحسب نص البيان.
""", [
    ev("statement-2", "وأفادت وزارة الكهرباء العراقية، اليوم الخميس", "2021-08-19", "'اليوم الخميس' = Thu 19 Aug 2021"),
    ev("attack-tower-60", "عند تمام الساعة العاشرة من ليلة أمس", "2021-08-18", "'الساعة العاشرة من ليلة أمس' before Thu 19 = 10 pm on Wed 18 Aug 2021"),
    ev("repair-tower-60", "وإنجاز العمل بشكل نوعي عند الساعة الواحدة صباحاً من يوم الخميس", "2021-08-19", "'الساعة الواحدة صباحاً من يوم الخميس' = 1 am on Thu 19 Aug 2021"),
    ev("attack-towers-50-51", "بعد أسبوع واحد من الاعتداء السابق", "2021-08-12", "'بعد أسبوع واحد' before the attack of Wed 18 Aug: the bombing of towers 50-51 on Thu 12 Aug 2021 (other reports: 'اليوم الخميس' on 12 Aug)"),
    ev("ashura", "تزامنا مع إحياء يوم عاشوراء", "2021-08-19", "'يوم عاشوراء' = 10 Muharram 1443 = Thu 19 Aug 2021 in Iraq (outside knowledge; the text's 'اليوم الخميس')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 251)
                            if i != 201 and i != 249 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 440-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: fires in markets, souks, factories and warehouses in Arab
cities (commercial and industrial fires, not hospitals or forests).
Stories: the fire in the old Manama souq (Bahrain, June 2024), the fire in the Mubarakiya market of Kuwait City
(Kuwait, March 2022), and the fire in the General Electricity Company's warehouses at Karimiya south of Tripoli
(Libya, March 2024).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- bahrain-manama-old-souq-fire-2024
S = "bahrain-manama-old-souq-fire-2024"
FIRE = "2024-06-12"                        # the fire broke out in the old Manama souq on Wed 12 Jun 2024 (call at 4:22 pm)
STATEMENT = "2024-06-13"                   # the Interior Ministry's statement (9 injured, no deaths), 'اليوم الخميس'
OUT = (FIRE, "2024-06-14")                 # put out in the night of 12/13 June (my span Wed 12 - Thu 13)
art(S, "https://akhbaar24.com/%D8%AD%D9%88%D8%A7%D8%AF%D8%AB/%D8%A7%D9%86%D8%AF%D9%84%D8%A7%D8%B9-%D8%AD%D8%B1%D9%8A%D9%82-%D8%A825-%D9%85%D8%AD%D9%84%D8%A7-%D9%81%D9%8A-%D8%B3%D9%88%D9%82-%D8%A7%D9%84%D9%85%D9%86%D8%A7%D9%85%D8%A9-65230",
    "2024-06-12", "no date on the stored page; a first report written while the fire was burning: 'شب الحريق ظهر اليوم' and no casualties reported 'حتى الآن' (the Interior Ministry's statement of the next day already counts 9 injured, and the first body was found in the early hours of Thu 13), so it was published on the day of the fire, Wed 12 Jun 2024 (youm7 of Thu 13: 'اندلع حريق هائل، أمس الأربعاء'); headline rendered from the URL slug; the login and comment links dropped; no date of its own in the text", False, """
اندلاع حريق بـ25 محلا في سوق المنامة
شبّ حريق ضخم في مبنى سكني داخل سوق المنامة القديمة، وألحق أضرارا بما يزيد على 25 محلا تجاريا.
واندلعت النيران ظهر اليوم، ثم امتدت بسرعة إلى المحلات المجاورة نتيجة تلاصق المباني وكثرة المواد سريعة الاشتعال.
وسارعت فرق الدفاع المدني إلى المكان فور تلقي البلاغ، وبذلت جهودا كبيرة لإخماد النيران والحيلولة دون وصولها إلى أجزاء أخرى من السوق.
وخلّف الحريق خسائر مادية جسيمة، إذ لحقت أضرار بالغة بالبضائع والممتلكات، ولم ترد حتى الآن أي تقارير عن إصابات بشرية.
""", [
    ev("souq-fire", "واندلعت النيران ظهر اليوم", FIRE, "'ظهر اليوم' in a report of the fire day = Wed 12 Jun 2024 (the ministry logged the call at 4:22 pm)"),
    ev("shops-damaged", "وألحق أضرارا بما يزيد على 25 محلا تجاريا", FIRE, "no own expression; the damage done by the fire of Wed 12 Jun 2024"),
    ev("civil-defence-arrival", "وسارعت فرق الدفاع المدني إلى المكان فور تلقي البلاغ", FIRE, "no own expression; the civil defence reached the souq within 5 minutes of the call of 4:22 pm on Wed 12 Jun 2024 (alwakeelnews)"),
    ev("material-losses", "وخلّف الحريق خسائر مادية جسيمة", FIRE, "no own expression; the losses of the fire of Wed 12 Jun 2024"),
])
art(S, "https://youm7.com/story/2024/6/13/القصة-الكاملة-لحريق-سوق-المنامة-بالبحرين-فيديو/6608538",
    "2024-06-13", "the URL's date 2024/6/13, and the body's 'أمس الأربعاء' for the fire of Wed 12 Jun 2024 (and 'أمس' for the Mangaf fire in Kuwait, early on Wed 12 Jun) give Thu 13 Jun 2024 (13 Jun 2024 was a Thursday); headline kept from the URL slug (without '(فيديو)'); the last, truncated sentence (the vehicles sent by the ministry) dropped", True, """
القصة الكاملة لحريق سوق المنامة بالبحرين
عرض تلفزيون اليوم السابع تغطية خاصة أعدتها إسراء عبد القادر وقدمها أحمد العدل، تناولت تفاصيل حريق سوق المنامة في البحرين كاملة.
وذكرت التغطية أن أمس كان يوما عصيبا جدا حفل بأخبار الحرائق في الكويت والبحرين، إذ اندلع الحريق الكبير في مبنى سكني للعمال بمدينة المنجف في الكويت، ثم شبّ مع نهاية اليوم حريق هائل آخر في البحرين، فما تفاصيله؟
واندلع حريق هائل أمس الأربعاء في سوق المنامة القديم بالعاصمة البحرينية، من دون أن تُعرف أسبابه على الفور.
وأفادت وزارة الداخلية في منشور على منصة "إكس" بأن "الدفاع المدني يعمل على إخماد حريق نشب في مبنى متعدد الطوابق بمنطقة سوق المنامة".
وأضافت الوزارة أن "الجهات المختصة تتخذ الإجراءات اللازمة في الموقع".
وتناقلت حسابات على مواقع التواصل الاجتماعي مقاطع مصورة للحريق الذي وقع في أزقة سوق المنامة القديم، المعروف محليا باسم (سوق باب البحرين).
وبيّنت المقاطع ألسنة اللهب ودخانا كثيفا قرب محلات تجارية في أزقة السوق الضيقة.
ولم تكشف السلطات البحرينية عن تفاصيل أخرى حول أسباب الحريق أو الأضرار التي خلفها.
""", [
    ev("youm7-coverage", "عرض تلفزيون اليوم السابع تغطية خاصة", STATEMENT, "no own expression; the coverage aired with the report of Thu 13 Jun 2024 (it calls the fire day 'أمس')"),
    ev("kuwait-mangaf-fire", "اندلع الحريق الكبير في مبنى سكني للعمال", FIRE, "'أمس' from Thu 13 Jun 2024 = Wed 12 Jun (the Mangaf workers' building fire, early on 12 Jun)"),
    ev("souq-fire", "واندلع حريق هائل أمس الأربعاء في سوق المنامة القديم", FIRE, "'أمس الأربعاء' from Thu 13 Jun 2024 = Wed 12 Jun"),
    ev("ministry-post-firefighting", "وأفادت وزارة الداخلية في منشور على منصة", FIRE, "no own expression; the ministry's post while the fire was being fought, Wed 12 Jun 2024"),
    ev("videos-circulated", "وتناقلت حسابات على مواقع التواصل الاجتماعي مقاطع مصورة", FIRE, "no own expression; the videos were posted during the fire, Wed 12 Jun 2024 (an embedded tweet on alwakeelnews is of June 12, 2024)"),
])
art(S, "https://img.alwakeelnews.com/Section_11/%D8%B9%D8%B1%D8%A8%D9%8A-%D9%88%D8%AF%D9%88%D9%84%D9%8A/%D9%81%D9%8A%D8%AF%D9%8A%D9%88-%D8%A7%D9%86%D8%AF%D9%84%D8%A7%D8%B9-%D8%AD%D8%B1%D9%8A%D9%82-%D8%A8%D8%B3%D9%88%D9%82-%D8%A7%D9%84%D9%85%D9%86%D8%A7%D9%85%D8%A9-%D8%A7%D9%84%D9%82%D8%AF%D9%8A%D9%85-%D9%81%D9%8A-%D8%A7%D9%84%D8%A8%D8%AD%D8%B1%D9%8A%D9%86_693135",
    "2024-06-13", "no date line on the stored page; the body's 'قالت وزارة الداخلية البحرينية، اليوم الخميس' after the fire of Wed 12 Jun 2024 (embedded tweet of June 12, 2024) gives Thu 13 Jun 2024 (Sky News Arabia carried the same text with 'اليوم الخميس'); the embedded tweets and the video caption dropped; headline rendered from the URL slug", True, """
فيديو.. اندلاع حريق بسوق المنامة القديم في البحرين
أعلنت وزارة الداخلية البحرينية، اليوم الخميس، أن الدفاع المدني أطفأ حريقا شبّ في عدد من المباني والمحلات التجارية في سوق المنامة القديم.
وذكرت الوزارة في بيان أن فرق الدفاع المدني نجحت في إخماد النيران التي اندلعت في عدد من المباني السكنية والمحال بمنطقة سوق المنامة القديم.
ووفق البيان، أوضح رئيس الأمن العام الفريق طارق بن حسن الحسن أن فرق الدفاع المدني وآلياته وصلت إلى موقع الحريق في غضون 5 دقائق من تلقي البلاغ في تمام الساعة 4:22 مساءً، وبدأت على الفور عمليات الإنقاذ والإخماد والسيطرة على الحريق ومنع انتشاره بقيادة مدير عام الدفاع المدني، مشيرا إلى أن أعمال البحث والتحري جارية للوقوف على سبب الحريق.
وأكد الحسن أن عمليات التبريد متواصلة لمنع تجدد اشتعال النيران، لافتا إلى أن 9 أشخاص تعرضوا لإصابات وحالات اختناق من دون وقوع وفيات، وأن حالتهم الآن مستقرة بعدما قدم الإسعاف الوطني الإسعافات الأولية لعدد منهم في الموقع ونقل آخرين إلى المستشفى للعلاج.
""", [
    ev("ministry-statement", "أعلنت وزارة الداخلية البحرينية، اليوم الخميس", STATEMENT, "'اليوم الخميس' = Thu 13 Jun 2024 (the statement may have been issued in the night of 12/13 June)"),
    ev("souq-fire", "حريقا شبّ في عدد من المباني والمحلات التجارية", FIRE, "no own expression; the fire of Wed 12 Jun 2024 (the call at 4:22 pm, tweet of June 12)"),
    ev("fire-extinguished", "نجحت في إخماد النيران", OUT[0], "no own expression; the fire, which broke out at about 4:22 pm on Wed 12 Jun 2024, was out by the statement of Thu 13 Jun (my span 12 - 13 Jun)", end=OUT[1]),
    ev("civil-defence-arrival", "وصلت إلى موقع الحريق في غضون 5 دقائق من تلقي البلاغ في تمام الساعة 4:22 مساءً", FIRE, "the call at '4:22 مساءً' on the fire day, Wed 12 Jun 2024; arrival within 5 minutes"),
    ev("nine-injured", "أن 9 أشخاص تعرضوا لإصابات وحالات اختناق", FIRE, "no own expression; injured in the fire of Wed 12 Jun 2024"),
])

# ---------------------------------------------------------------- kuwait-mubarakiya-market-fire-2022
S = "kuwait-mubarakiya-market-fire-2022"
FIRE = "2022-03-31"                        # the fire broke out in the Mubarakiya market (Souq al-Silah) on Thu 31 Mar 2022 (reported 3:20 pm)
RAI = "2022-04-01"                         # al-Rai's report of about 300 damaged shops, in its issue of Fri 1 Apr 2022
art(S, "https://www.sobranews.com/sobra/167571",
    "2022-03-31", "the body's 'الحريق الذي طال سوق المباركية اليوم (الخميس)' for the fire of Thu 31 Mar 2022 (31 Mar 2022 was a Thursday; aawsat of Fri 1 Apr: 'مساء أمس الخميس'); a report written while the fire was being fought ('تتعامل حالياً', 'لم يتبين بعد سبب اندلاع الحريق'); the place line 'القطيف: صُبرة' dropped; the last sentence shortened where the stored excerpt ends", True, """
الكويت ذاهلة.. 120 سنة تحترق في «المباركية»
يسود الحزن بين الكويتيين خصوصا وأهل الخليج عموما مع كل مشهد يرون فيه الحريق الذي أصاب سوق المباركية اليوم (الخميس)، وهو من أقدم الأسواق في الكويت ومنطقة الخليج العربي.
وتناقل ناشطون على مواقع التواصل الاجتماعي مقاطع فيديو وصورا كثيرة للحريق الذي أتى على عدد من محلات السوق.
وأعلنت "قوة الإطفاء" عبر حسابها على "تويتر" أن فرقا للإطفاء تتعامل حالياً مع حريق كبير شبّ في عدد من محلات السوق.
وأفادت مصادر بأن النيران التهمت أكثر من 20 محلا تجاريا، ما دفع السلطات إلى زيادة عدد فرق الإطفاء المشاركة في إخماد الحريق إلى 8 فرق. ولم يُعرف بعد سبب الحريق.
ونشرت الوزارة لقطات مصورة لمحاولات فرق الإطفاء السيطرة على النيران، فيما تداول مغردون مقاطع للحريق، واندفعت سيارات الإطفاء والدفاع المدني إلى المنطقة في محاولة لإخماد النيران.
ويقع سوق المباركية في قلب العاصمة الكويت، ويعد أقدم أسواقها على الإطلاق، إذ يرجع تاريخه إلى أكثر من 120 عاماً، ويمتاز بتصميم يحاكي الأسواق القديمة، وهو من المعالم التراثية لدولة الكويت.
وقد سمي بهذا الاسم نسبة إلى حاكم الكويت الراحل الشيخ مبارك الصباح.
""", [
    ev("mubarakiya-fire", "الحريق الذي أصاب سوق المباركية اليوم (الخميس)", FIRE, "'اليوم (الخميس)' = Thu 31 Mar 2022"),
    ev("fire-force-tweet", "وأعلنت \"قوة الإطفاء\" عبر حسابها على \"تويتر\"", FIRE, "no own expression; the fire force's post while the fire was burning, Thu 31 Mar 2022"),
    ev("twenty-shops", "النيران التهمت أكثر من 20 محلا تجاريا", FIRE, "no own expression; the first count of burnt shops, on the fire day Thu 31 Mar 2022"),
    ev("eight-teams", "زيادة عدد فرق الإطفاء المشاركة في إخماد الحريق إلى 8 فرق", FIRE, "no own expression; the fire force's deployment on Thu 31 Mar 2022"),
])
art(S, "https://aawsat.com/home/article/3565721/%D8%AD%D8%B1%D9%8A%D9%82-%D8%B6%D8%AE%D9%85-%D9%8A%D9%84%D8%AA%D9%87%D9%85-%D8%AC%D8%A7%D9%86%D8%A8%D8%A7%D9%8B-%D9%85%D9%86-%D8%A3%D8%B4%D9%87%D8%B1-%D8%A7%D9%84%D8%A3%D8%B3%D9%88%D8%A7%D9%82-%D8%A7%D9%84%D8%B4%D8%B9%D8%A8%D9%8A%D8%A9-%D9%88%D8%A7%D9%84%D8%AA%D8%B1%D8%A7%D8%AB%D9%8A%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA?page=3",
    "2022-04-01", "no date line in the stored text; the body's 'اندلع حريق ضخم مساء أمس الخميس' (and the caption's 'أمس الخميس') for the fire of Thu 31 Mar 2022 give Fri 1 Apr 2022 (1 Apr 2022 was a Friday); headline and sub-headline kept; the photo captions and the 'TT' mark dropped; the last, truncated sentence (the minister's visit) dropped", True, """
حريق ضخم يلتهم جانباً من أشهر الأسواق الشعبية والتراثية في الكويت
أسفر عن 14 إصابة... والنيران التهمت 20 محلاً في سوق «السلاح»
شبّ حريق ضخم مساء أمس الخميس في سوق المباركية الشعبي بالكويت، وهو أشهر الأسواق التراثية في البلاد، ويرجع تاريخه إلى أكثر من 120 عاماً، ويعد من أبرز الوجهات السياحية فيها.
وأفادت وزارة الصحة الكويتية بأن حريق (المباركية) خلّف 14 إصابة، نُقلت 4 منها إلى المستشفى الأميري وواحدة إلى مستشفى (البابطين للحروق)، في حين أُسعفت 9 حالات في المكان.
وأتت النيران على ما يزيد على 20 محلا تجاريا، وساعد على سرعة انتشارها أنها بدأت في سوق السلاح الذي يضم عددا من محلات العطور التي تحتوي على مواد كيماوية مصنّعة.
""", [
    ev("mubarakiya-fire", "شبّ حريق ضخم مساء أمس الخميس", FIRE, "'مساء أمس الخميس' from Fri 1 Apr 2022 = Thu 31 Mar"),
    ev("fourteen-injuries", "خلّف 14 إصابة", FIRE, "no own expression; the health ministry's count on the fire day, Thu 31 Mar 2022 (almowaten: 'اليوم الخميس')"),
    ev("twenty-shops", "وأتت النيران على ما يزيد على 20 محلا تجاريا", FIRE, "no own expression; the shops burnt on Thu 31 Mar 2022"),
])
art(S, "https://elqalamcenter.com/2022/04/01/%d8%ae%d8%b3%d8%a7%d8%a6%d8%b1-%d9%85%d9%84%d9%8a%d9%88%d9%86%d9%8a%d8%a9-%d9%88%d8%af%d9%85%d8%a7%d8%b1-%d9%87%d8%a7%d8%a6%d9%84-%d8%ad%d8%b5%d9%8a%d9%84%d8%a9-%d9%85%d8%a8%d8%af%d8%a6%d9%8a%d8%a9",
    "2022-04-01", "no date line in the stored text; the URL's date 2022/04/01 (a repost of al-Khaleej al-Jadeed), and the content: it quotes al-Rai's issue of Fri 1 Apr 2022 (about 300 shops, firefighting 'حتى ساعات متقدمة من الليل') on the fire of 'الخميس' = Thu 31 Mar 2022; the source line 'الخليج الجديد' dropped; headline rendered from the URL slug; the last, truncated sentence dropped; the text names only 'الخميس'", False, """
خسائر مليونية ودمار هائل.. حصيلة مبدئية
بـ"خسائر بالملايين ودمار واسع" يمكن تلخيص ما شهده سوق المباركية، قلب الكويت التاريخي، الخميس، بعد الحريق الكبير الذي أتى على مئات المحلات في سوق السلاح، وامتد إلى محلات للعطور والأدوات المنزلية وغيرها، واستدعى استنفار مئات من رجال قوة الإطفاء ووزارة الداخلية والحرس الوطني.
وبحسب صحيفة "الراي"، الأوسع انتشارا في الكويت، وصل عدد المحلات المتضررة إلى نحو 300 (تبلغ قيمة البضائع في بعضها قرابة 50 ألف دينار)، وأسهمت مستودعات الكحول المستخدمة في صناعة العطور والمظلات الخشبية في اشتداد الحريق وسرعة امتداده.
وتواصلت جهود إطفاء الحريق حتى ساعات متقدمة من الليل.
وبحسب النائب الأول لرئيس مجلس الوزراء الكويتي وزير الداخلية الشيخ "أحمد النواف"، أصبح الوضع تحت السيطرة بعد أن تمكن رجال الإطفاء من تطويق الحريق من كل الجهات.
وتعاملت قرابة 8 فرق إطفاء مع النيران قبل أن تسيطر عليها.
وبيّنت صور ومقاطع فيديو متداولة على مواقع التواصل الاجتماعي جانبا من الحريق الكبير.
وذكر مصدر في وحدات الإطفاء أن النيران امتدت بسرعة كبيرة بسبب طبيعة المكان والمواد المشتعلة.
في حين أعلنت وزارة الصحة إصابة 14 شخصا في الحريق، نُقل 4 منهم إلى المستشفى الأميري وواحد إلى (مركز البابطين للحروق)، وأُسعف 9 في الموقع.
""", [
    ev("mubarakiya-fire", "بعد الحريق الكبير الذي أتى على مئات المحلات في سوق السلاح", FIRE, "'الخميس' in a report of Fri 1 Apr 2022 = Thu 31 Mar"),
    ev("rai-300-shops", "وصل عدد المحلات المتضررة إلى نحو 300", RAI, "no own expression; al-Rai's count in its issue of Fri 1 Apr 2022 (fawria: 'أنهت المباركية أسبوعها أمس')"),
    ev("firefighting-late-night", "وتواصلت جهود إطفاء الحريق حتى ساعات متقدمة من الليل", FIRE, "no own expression; the night of the fire day, Thu 31 Mar 2022"),
    ev("nawaf-under-control", "أصبح الوضع تحت السيطرة", FIRE, "no own expression; the minister's statement at the site on the evening of Thu 31 Mar 2022"),
    ev("eight-teams", "وتعاملت قرابة 8 فرق إطفاء مع النيران", FIRE, "no own expression; the fire force's deployment on Thu 31 Mar 2022"),
    ev("fourteen-injuries", "أعلنت وزارة الصحة إصابة 14 شخصا في الحريق", FIRE, "no own expression; the health ministry's count on Thu 31 Mar 2022"),
])

# ---------------------------------------------------------------- libya-tripoli-karimiya-electricity-warehouses-fire-2024
S = "libya-tripoli-karimiya-electricity-warehouses-fire-2024"
FIRE = "2024-03-10"                        # the fire broke out in the electricity company's warehouses at Karimiya on the evening of Sun 10 Mar 2024
FIGHT = (FIRE, "2024-03-12")               # firefighting from Sunday evening into Mon 11 Mar 2024
NEXT = "2024-03-11"                        # the National Safety Authority's statement of Monday ('منذ ساعات يوم الأمس')
art(S, "https://alsabaah.ly/?p=119194",
    "2024-03-10", "no date on the stored page; a report written 'بعد مرور ساعتين على نشوبه' with no injuries 'حتى الآن', i.e. in the evening of the outbreak, Sun 10 Mar 2024 (assarih of Mon 11 Mar: 'مساء أمس الأحد'; the inventory committee was called about the fire 'في التاسعة مساء الأحد'); the 'شاهد أيضاً' links dropped; headline kept; no date of its own in the text", False, """
استمرار اندلاع الحريق بمخازن شركة الأعمال الكهربائية بالكريمية
أفاد جهاز الإسعاف والطوارئ بأن فرقه تعمل على إجلاء السكان من المنطقة المحيطة بمخازن شركة الأعمال الكهربائية في الكريمية، إثر اندلاع حريق هائل فيها.
وأكد الجهاز، في منشور على صفحته الرسمية، أنه لم تسجل أي إصابات بشرية جراء الحريق حتى الآن.
ولا تزال فرق هيئة السلامة الوطنية تكافح للسيطرة على الحريق وإخماده، بعد مرور ساعتين على نشوبه.
وأعرب جهاز الإسعاف والطوارئ عن خشيته من امتداد النيران إلى مناطق مجاورة، وتطاير الشظايا على الأحياء السكنية القريبة.
""", [
    ev("residents-evacuated", "تعمل على إجلاء السكان من المنطقة المحيطة", FIRE, "no own expression; the evacuation during the first hours of the fire, Sun 10 Mar 2024"),
    ev("karimiya-fire", "إثر اندلاع حريق هائل فيها", FIRE, "no own expression; the fire of the evening of Sun 10 Mar 2024 (assarih: 'مساء أمس الأحد')"),
    ev("firefighting", "ولا تزال فرق هيئة السلامة الوطنية تكافح للسيطرة على الحريق", FIGHT[0], "no own expression; the firefighting from Sunday evening 10 Mar into Mon 11 Mar 2024 (my span)", end=FIGHT[1]),
])
art(S, "https://assarih.com/?p=262255",
    "2024-03-11", "the body's 'اليوم الاثنين 11 مارس 2024' (11 Mar 2024 was a Monday) and 'مساء أمس الأحد' for the outbreak; the sub-heading 'إصابات' dropped; headline kept; the last, truncated sentence (witnesses) dropped", True, """
حريق ضخم يخرج عن السيطرة في ليبيا ويقترب من خطوط الغاز
أفادت السلطات الليبية، اليوم الاثنين 11 مارس 2024، بأن عناصر هيئة السلامة يسعون إلى السيطرة على حريق ضخم شبّ في مخازن الكهرباء بمنطقة الكريمية جنوبي العاصمة طرابلس، مساء أمس الأحد، وخرج عن السيطرة.
فقد اجتاحت النيران المناطق المحيطة وصارت تهدد بإحراق عشرات المنازل القريبة، وسط مخاوف من وصولها إلى خطوط الغاز.
وبحسب وكالة الأنباء الليبية الرسمية "وال"، أفادت هيئة السلامة الوطنية بأن عناصرها يواصلون جهودهم لإخماد الحريق الذي اندلع في أحد مخازن الشركة العامة للكهرباء في الكريمية جنوبي طرابلس.
وأكدت الهيئة، عبر الصور والمقاطع المصورة التي نشرتها على صفحتها الإلكترونية، أن رجالها يواجهون الخطر لإطفاء النيران الكثيفة في مخازن الشركة.
وطمأنت الهيئة المواطنين إلى أن فرق الإطفاء أنهت السيطرة على النيران بشكل نسبي، وأن العمل مستمر لإخماد الحريق كليا.
وأعلن جهاز الإسعاف والطوارئ أن عدد المصابين في حريق مخازن الكهرباء في الكريمية وصل إلى 12 إصابة طفيفة.
وبيّن الجهاز أن الحالات المسجلة تشمل 3 إصابات طفيفة بين أفراد الدفاع المدني و9 حالات اختناق عولجت فوراً.
""", [
    ev("firefighting", "بأن عناصر هيئة السلامة يسعون إلى السيطرة على حريق ضخم", FIGHT[0], "'اليوم الاثنين 11 مارس 2024' for the ongoing effort, which began on the evening of Sun 10 Mar (my span 10 - 11 Mar)", end=FIGHT[1]),
    ev("karimiya-fire", "شبّ في مخازن الكهرباء بمنطقة الكريمية جنوبي العاصمة طرابلس، مساء أمس الأحد", FIRE, "'مساء أمس الأحد' from Mon 11 Mar 2024 = Sun 10 Mar"),
    ev("safety-authority-statement", "وطمأنت الهيئة المواطنين", NEXT, "no own expression; the authority's statement of Mon 11 Mar 2024 (it speaks of its men 'منذ ساعات يوم الأمس', lywitness)"),
    ev("twelve-injuries", "وصل إلى 12 إصابة طفيفة", FIRE, "no own expression; the injuries of the night of the fire, counted by the ambulance service by Mon 11 Mar 2024 (my span 10 - 11 Mar; elbalad on Sunday night had 7)", end="2024-03-12"),
])
art(S, "https://www.zarab.net/news51999.html",
    "2024-03-11", "the page's date line 'Monday 11 March, 2024'; the body's 'الأحد' and 'في التاسعة مساء الأحد' for the outbreak of Sun 10 Mar 2024; the writer line 'كتب : زوايا عربية - متابعات' and the photo caption dropped; headline kept; the last, truncated sentence (Osama Hammad's demand) dropped", True, """
ليبيا.. مستندات تفجر مفاجأة بشأن حريق طرابلس الضخم
تحوم الشكوك حول سبب الحريق الهائل الذي شبّ في مخازن الشركة العامة للكهرباء بمنطقة الكريمية جنوبي العاصمة الليبية طرابلس، بعد أن كشفت مستندات عن بدء عمليات جرد لأصول الشركة.
وكانت النيران قد اندلعت بقوة في المخازن الأحد وفق ما أعلنته السلطات الليبية، وذكرت وكالات أنباء أن أعمدة كثيفة من الدخان الأسود ظهرت في سماء طرابلس حتى بعد حلول الظلام.
وفي التقرير المبدئي الذي رفعه رئيس لجنة الجرد التابعة للشركة الليبية للكهرباء القابضة أبوعجيلة علي الدوكالي إلى رئيس الشركة بشأن الحريق، أوضح الدوكالي أن اللجنة بدأت جرد أصول الشركة في الـ6 من مارس الجاري، بعد أن كلفتها الشركة بقرار صدر في 28 فبراير الماضي، مشيرا إلى أنها كانت على وشك إنهاء الجرد "إلا أنها فوجئت باندلاع الحريق في المخازن"، وفقا لـ"سكاي نيوز عربية".
وأضاف أن اللجنة أتمت عملها في مصنع الأعمدة الخرسانية بالكريمية، ثم انتقلت إلى جرد مصنع المشغولات الكهربائية، قبل أن تتلقى اتصالا في التاسعة مساء الأحد يبلغها باندلاع الحريق، فتوجه أعضاؤها إلى الموقع لإعداد تقرير عن الحادثة.
""", [
    ev("karimiya-fire", "وكانت النيران قد اندلعت بقوة في المخازن الأحد", FIRE, "'الأحد' before Mon 11 Mar 2024 = Sun 10 Mar"),
    ev("doukali-report", "وفي التقرير المبدئي الذي رفعه رئيس لجنة الجرد", FIRE, "no own expression; the first report on the fire, written after the call of Sunday night and before the report of Mon 11 Mar 2024 (my span 10 - 11 Mar)", end="2024-03-12"),
    ev("inventory-started", "أن اللجنة بدأت جرد أصول الشركة في الـ6 من مارس الجاري", "2024-03-06", "'الـ6 من مارس الجاري' in March 2024 = Wed 6 Mar 2024"),
    ev("committee-mandated", "بعد أن كلفتها الشركة بقرار صدر في 28 فبراير الماضي", "2024-02-28", "'28 فبراير الماضي' from March 2024 = Wed 28 Feb 2024"),
    ev("committee-alerted", "قبل أن تتلقى اتصالا في التاسعة مساء الأحد", FIRE, "'في التاسعة مساء الأحد' = 9 pm on Sun 10 Mar 2024"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 440
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

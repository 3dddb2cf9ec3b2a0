"""Builds stories.jsonl: the 406-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: local news from Beirut and Mount Lebanon (fires, floods,
road accidents, municipal affairs, strikes, courts, universities, power and water cuts).
Stories: the fire in the tyre and oil warehouse of the free zone of Beirut port (September 2020), the
overturned truck of Kahale and the shooting that followed (Mount Lebanon, August 2023), the open strike of the
Ogero employees and the internet outages (March 2023), and the Zouk substation fault that blacked out the grid
and cut the water pumps of Beirut and the coastal Metn (August 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- lebanon-beirut-port-free-zone-fire-2020
S = "lebanon-beirut-port-free-zone-fire-2020"
FIRE = "2020-09-10"                        # the fire broke out at about 13:30 on Thu 10 Sep 2020
OUT = "2020-09-11"                         # put out on the morning of Fri 11 Sep 2020, about 20 hours later
BLAST = "2020-08-04"                       # the port explosion of Tue 4 Aug 2020
art(S, "https://enabbaladi.net/415309/%d8%a8%d8%b9%d8%af-%d9%82%d8%b1%d8%a7%d8%a8%d8%a9-%d8%b4%d9%87%d8%b1-%d9%85%d9%86-%d8%a7%d9%86%d9%81%d8%ac%d8%a7%d8%b1%d9%87-%d8%ad%d8%b1%d9%8a%d9%82-%d9%8a%d9%86%d8%af%d9%84%d8%b9-%d9%81%d9%8a/?amp=1",
    "2020-09-10", "page date line '2020/09/10 • 3:08 م' (kept as second line, the bullets dropped; 10 Sep 2020 was a Thursday); the body's 'اليوم، الخميس 10 من أيلول' agrees; the photo caption dropped; headline kept from the page (reworded); the last, truncated sentence dropped", True, """
بعد شهر من انفجاره.. حريق يشتعل في مرفأ بيروت
2020/09/10 - 3:08 م
شبّ حريق ضخم اليوم، الخميس 10 من أيلول، في مستودع يضم إطارات سيارات وزيوتاً داخل السوق الحرة في مرفأ بيروت، من دون أن يُعرف سببه بعد.
وكتب الجيش اللبناني في تغريدة على "تويتر" أن عمليات إطفاء الحريق انطلقت، وأن طوافات الجيش ستسهم في إخماد النيران المشتعلة في المرفأ.
وأوضح المدير العام للمرفأ، باسم القيسي، في حديث لقناة "LBC" اللبنانية، أن النار اندلعت في السوق الحرة داخل مبنى تابع لشركة تستورد زيت القلي، ثم امتدت إلى الإطارات المطاطية التي خلّفت الدخان الأسود الكثيف.
وتابع القيسي: "ما زال من المبكر تحديد سبب الحريق، وقد أبلغني أحد الموجودين في الموقع أن حدة النيران بدأت تتراجع".
ونشرت وسائل إعلام لبنانية مقاطع مصورة تُظهر نيراناً كثيفة وألسنة لهب ودخاناً كثيفاً يتصاعد من المرفأ بسبب الحريق.
وتناقل ناشطون على "تويتر" مقطعاً مصوراً لعمال في المرفأ يهربون أثناء الحريق، خشية وقوع انفجار ثانٍ.
وطمأن "الصليب الأحمر اللبناني" المواطنين داعياً إياهم إلى عدم الهلع، ومؤكداً أنه لم تقع إصابات بشرية سوى بعض حالات ضيق التنفس.
""", [
    ev("fire-breaks-out", "شبّ حريق ضخم اليوم، الخميس 10 من أيلول", FIRE, "'اليوم، الخميس 10 من أيلول' = Thu 10 Sep 2020 (date line)"),
    ev("firefighting-begins", "أن عمليات إطفاء الحريق انطلقت", FIRE, "no own expression; the army's tweet of the afternoon of Thu 10 Sep 2020"),
    ev("fire-spreads-to-tyres", "ثم امتدت إلى الإطارات المطاطية", FIRE, "no own expression; the spread of the fire on the afternoon of Thu 10 Sep 2020"),
    ev("workers-flee", "لعمال في المرفأ يهربون أثناء الحريق", FIRE, "'أثناء الحريق' = the afternoon of Thu 10 Sep 2020"),
    ev("no-casualties", "لم تقع إصابات بشرية سوى بعض حالات ضيق التنفس", FIRE, "no own expression; the Lebanese Red Cross statement of Thu 10 Sep 2020"),
])
art(S, "https://www.naouafedh.com/?p=17129",
    "2020-09-10", "the body's 'اليوم الخميس 10 سبتمبر 2020' (kept; 10 Sep 2020 was a Thursday); the breadcrumb, the source line 'عن نوافذ' and the unrelated 'شاهد أيضاً' item dropped; headline kept from the page (reworded)", True, """
حريق جديد يندلع في أحد مستودعات مرفأ بيروت
شبّ اليوم الخميس 10 سبتمبر 2020 حريق كبير في مرفأ بيروت، ولم تتضح أسبابه بعد.
ووفق قناة "LBCI"، اندلع الحريق في منطقة السوق الحرة داخل مرفأ بيروت، وتحديداً في مستودع يضم رواسب زيوت وإطارات.
ويعمل الجيش اللبناني والدفاع المدني على إطفاء النيران في المرفأ، مع العلم أن المواد المحترقة ليست خطرة.
ويأتي هذا الحريق ثانياً بعد حريق آخر اندلع في المرفأ أول من أمس.
وتثير هذه الحرائق مخاوف المواطنين بعد انفجار الرابع من أوت، الذي بدأ هو الآخر بحريق في المرفأ.
""", [
    ev("fire-breaks-out", "شبّ اليوم الخميس 10 سبتمبر 2020 حريق كبير", FIRE, "'اليوم الخميس 10 سبتمبر 2020' = Thu 10 Sep 2020"),
    ev("firefighting-begins", "ويعمل الجيش اللبناني والدفاع المدني على إطفاء النيران", FIRE, "present tense on Thu 10 Sep 2020"),
    ev("tuesday-port-fire", "بعد حريق آخر اندلع في المرفأ أول من أمس", "2020-09-08", "'أول من أمس' from Thu 10 = Tue 8 Sep 2020 (ikhwanonline: 'الثلاثاء الماضي', the army put out a fire of waste, wood and tyres)"),
    ev("port-explosion", "بعد انفجار الرابع من أوت", BLAST, "'الرابع من أوت' = Tue 4 Aug 2020"),
])
art(S, "https://royanews.tv/news/223984",
    "2020-09-11", "page stamp 'نشر: 2020-09-11 13:35 آخر تحديث: 2020-09-11 13:35' (dropped; 11 Sep 2020 was a Friday); the body's 'صباح الجمعة' agrees; the section tag, photo caption and 'اقرأ أيضاً' link dropped; headline kept from the page (reworded); the last, truncated sentence dropped; no date of its own in the text", False, """
إخماد الحريق الهائل في مرفأ بيروت بعدما طالت النيران مساعدات إنسانية
تمكنت فرق الإطفاء صباح الجمعة، وبعد نحو 20 ساعة على اشتعاله، من السيطرة على الحريق الضخم الذي اندلع في مرفأ بيروت المدمّر وأتى على مساعدات إنسانية، في بلد ما زال تحت وقع صدمة الانفجار الذي ضرب هذا المرفق الحيوي في بداية آب.
وكان الحريق قد اشتعل نحو الساعة 13,30 من الخميس داخل مستودع في المرفأ تحفظ فيه اللجنة الدولية للصليب الأحمر مساعدات تشمل آلاف الطرود الغذائية ونصف مليون ليتر من الزيت المنزلي، إلى جانب إطارات سيارات.
ومنذ اندلاعه، هرعت فرق الدفاع المدني وفوج الإطفاء إلى الموقع، ولحقت بها طوافة تابعة للجيش اللبناني شاركت في إخماد الحريق الذي امتد إلى مستودعات أخرى تُخزَّن فيها بضائع مستوردة.
وأعاد الحريق إلى أذهان اللبنانيين يوم انفجار مرفأ بيروت المروّع في الرابع من آب/أغسطس، الذي أودى بحياة أكثر من 190 شخصاً وجرح أكثر من 6500، وشرّد نحو 300 ألف شخص من بيوتهم.
""", [
    ev("fire-put-out", "تمكنت فرق الإطفاء صباح الجمعة", OUT, "'صباح الجمعة' = Fri 11 Sep 2020 (page stamp)"),
    ev("icrc-aid-burned", "وأتى على مساعدات إنسانية", FIRE, "no own expression; the aid burned during the fire of Thu 10 - Fri 11 Sep 2020 (my span)", end="2020-09-12"),
    ev("fire-breaks-out", "وكان الحريق قد اشتعل نحو الساعة 13,30 من الخميس", FIRE, "'الساعة 13,30 من الخميس' = Thu 10 Sep 2020"),
    ev("fire-spreads-to-warehouses", "الحريق الذي امتد إلى مستودعات أخرى", FIRE, "no own expression; the spread on Thu 10 Sep 2020"),
    ev("port-explosion", "انفجار مرفأ بيروت المروّع في الرابع من آب/أغسطس", BLAST, "'الرابع من آب/أغسطس' = Tue 4 Aug 2020"),
])
art(S, "https://al-madina.com/article/700738",
    "2020-09-12", "no date line on the stored page; the body's 'أمس الجمعة' and 'أمس الأول الخميس' for the fire of Thu 10 Sep, put out on Fri 11 Sep, give Sat 12 Sep 2020; the masthead and the 'A A' buttons dropped; headline kept from the page (reworded); the last, truncated sentence (the list of the food parcels) dropped; no date of its own in the text", False, """
باستخدام المروحيات.. إخماد «الحريق الثاني» في مرفأ بيروت
نجح رجال الإطفاء ومروحيات تابعة للجيش اللبناني، أمس الجمعة، في القضاء على ألسنة اللهب الناتجة عن حريق ضخم شبّ في مرفأ بيروت أمس الأول الخميس، بعد نحو شهر من انفجار هائل دمّر المرفأ ومحيطه.
وغطّى دخان حريق الخميس، الذي قال المسؤولون إن أعمال لحام جرت خلال إصلاحات تلت انفجار الميناء الشهر الماضي تسببت به، أحياء عدة في بيروت بسحابة سوداء هائلة، ما أشاع الذعر في مدينة لا تزال متوترة منذ انفجار مرفأ بيروت في 4 أغسطس الماضي.
وأفاد الدفاع المدني اللبناني في بيان بأن عناصره أطفأوا النيران صباح أمس بعد عمل متواصل طوال الليل، ثم عمدوا إلى تبريد الموقع لتفادي تجدد الاشتعال.
وأعلنت اللجنة الدولية للصليب الأحمر أن النار طالت «جزءاً من مخزون اللجنة الدولية من الطرود الغذائية في مستودع مُوَرِّدنا». وأضافت أنه «يتعذر علينا، في ظل الركام والخطر القائم، تحديد حجم الخسائر».
""", [
    ev("fire-put-out", "أمس الجمعة، في القضاء على ألسنة اللهب", OUT, "'أمس الجمعة' in an article of Sat 12 Sep 2020 = Fri 11 Sep"),
    ev("fire-breaks-out", "حريق ضخم شبّ في مرفأ بيروت أمس الأول الخميس", FIRE, "'أمس الأول الخميس' from Sat 12 = Thu 10 Sep 2020"),
    ev("welding-cause", "أعمال لحام جرت خلال إصلاحات", FIRE, "no own expression; the welding that set off the fire on Thu 10 Sep 2020 (the minister Michel Najjar's 'أعمال إصلاح')"),
    ev("port-explosion", "منذ انفجار مرفأ بيروت في 4 أغسطس الماضي", BLAST, "'4 أغسطس الماضي' = Tue 4 Aug 2020"),
    ev("site-cooled", "ثم عمدوا إلى تبريد الموقع", OUT, "after the fire was put out 'صباح أمس' = Fri 11 Sep 2020"),
    ev("icrc-aid-burned", "أن النار طالت «جزءاً من مخزون اللجنة الدولية", FIRE, "no own expression; the parcels burned in the fire of Thu 10 - Fri 11 Sep 2020 (my span)", end="2020-09-12"),
])

# ---------------------------------------------------------------- lebanon-kahale-truck-overturn-2023
S = "lebanon-kahale-truck-overturn-2023"
CRASH = "2023-08-09"                       # the truck overturned at the Kahale bend on the afternoon/evening of Wed 9 Aug 2023; the shooting followed
LIFT = "2023-08-10"                        # the army lifted the truck at 04:00 on Thu 10 Aug 2023 and reopened the road
FUNERAL = "2023-08-11"                     # Fadi Bejjani's funeral in Kahale, Fri 11 Aug 2023
art(S, "https://www.arabkhabar.com/a/316534",
    "2023-08-10", "page line 'تاريخ النشر: 10th, August 2023 GMT' (kept as second line; 10 Aug 2023 was a Thursday); the body's 'فجر اليوم، الخميس' agrees; the source line 'المصدر: صحيفة اليوم', the related links, the tags and the unrelated Gaza item dropped; headline kept from the page (reworded)", True, """
انقلاب شاحنة ذخائر.. اشتباكات بين الأهالي والجيش اللبناني توقع قتيلين
تاريخ النشر: 10th, August 2023 GMT
تسبب انقلاب شاحنة محمّلة بالذخائر على طريق عام الكحالة في لبنان بإشكال بين مرافقي الشاحنة وأهالي البلدة أسفر عن سقوط قتيلين.
ووصلت قوة من الجيش إلى المكان وطوّقت الإشكال، ثم نُقلت حمولة الشاحنة إلى أحد المراكز العسكرية، وانطلق التحقيق بإشراف القضاء المختص.
وعند الساعة الرابعة فجر اليوم، الخميس، رفعت القوة الشاحنة وأعادت فتح الطريق بالاتجاهين، بينما يواصل الجيش متابعة الوضع واتخاذ التدابير الأمنية الملائمة.
وكانت مواجهات وتضارب بالأيدي قد وقعت بين عناصر من الجيش وعدد من الأهالي لدى محاولة سحب الشاحنة من المنطقة، إذ سعى أهالي الكحالة إلى قطع الطريق للحؤول دون نقلها.
""", [
    ev("truck-overturns", "انقلاب شاحنة محمّلة بالذخائر على طريق عام الكحالة", CRASH, "no own expression; the truck overturned on Wed 9 Aug 2023 (ahwal: 'بعد ظهر أمس الأربعاء')"),
    ev("shooting-two-killed", "أسفر عن سقوط قتيلين", CRASH, "no own expression; the shooting of the evening of Wed 9 Aug 2023 (Ahmad Kassas and Fadi Bejjani)"),
    ev("army-cordon", "ووصلت قوة من الجيش إلى المكان وطوّقت الإشكال", CRASH, "no own expression; the army's arrival on the evening of Wed 9 Aug 2023"),
    ev("investigation-opened", "وانطلق التحقيق بإشراف القضاء المختص", CRASH, "no own expression; the inquiry opened on the night of Wed 9 - Thu 10 Aug 2023 (my span)", end="2023-08-11"),
    ev("truck-lifted", "رفعت القوة الشاحنة وأعادت فتح الطريق", LIFT, "'عند الساعة الرابعة فجر اليوم، الخميس' = 04:00 on Thu 10 Aug 2023"),
    ev("residents-army-scuffle", "وكانت مواجهات وتضارب بالأيدي قد وقعت", CRASH, "no own expression; the scuffles over the towing of the truck on the night of Wed 9 - Thu 10 Aug 2023 (my span)", end="2023-08-11"),
])
art(S, "https://ahwal.media/archives/113582",
    "2023-08-10", "no date line on the stored page; the body's 'صباح اليوم الخميس' and 'بعد ظهر أمس الأربعاء' give Thu 10 Aug 2023 (the day after the crash of Wed 9 Aug); headline kept from the page (reworded); no date of its own in the text", False, """
حادثة الكحالة: الهدوء يعود بعد رفع الجيش اللبناني الشاحنة
تمكّن الجيش من رفع الشاحنة التي انقلبت بعد ظهر أمس الأربعاء عند مفرق الكحالة، وذلك في ساعات متأخرة من ليل الأربعاء – فجر الخميس.
وأعلنت غرفة التحكم المروري صباح اليوم الخميس أن أوتوستراد عاليه – الكحالة – بيروت سالك بالاتجاهين، وأن حركة المرور طبيعية في الوقت الراهن.
وكانت شاحنة تابعة لحزب الله قد تعرضت لحادث سير عند "كوع الكحالة" أدى إلى انقلابها، وهو حادث يكاد يتكرر بشكل شبه يومي على هذا المنعطف الخطر.
وبينما كان عناصر المواكبة التابعون لحزب الله، وهم لا يتجاوزون عدد أصابع اليد الواحدة، يسعون إلى معالجة الأمر، بدأت قناة "أم تي في" تبث "عواجل" عن انقلاب شاحنة للحزب في المنطقة، فاحتشد عشرات من شبان البلدة حول الشاحنة وراحوا يرشقون عناصر المواكبة بالحجارة، وحاولوا الاستيلاء عليها ومنع رافعة جُلبت إلى المكان من رفعها، قبل أن يتعرض عناصر المواكبة لإطلاق نار قُتل فيه أحمد قصاص، فردّ رفاقه على مطلق النار، ما أدى إلى مقتل فادي بجاني.
""", [
    ev("truck-lifted", "تمكّن الجيش من رفع الشاحنة", LIFT, "'في ساعات متأخرة من ليل الأربعاء – فجر الخميس' = the small hours of Thu 10 Aug 2023 (04:00 per the army)"),
    ev("truck-overturns", "التي انقلبت بعد ظهر أمس الأربعاء عند مفرق الكحالة", CRASH, "'بعد ظهر أمس الأربعاء' from Thu 10 = Wed 9 Aug 2023"),
    ev("road-reopened", "أوتوستراد عاليه – الكحالة – بيروت سالك بالاتجاهين", LIFT, "'صباح اليوم الخميس' = Thu 10 Aug 2023"),
    ev("youths-stone-escorts", "وراحوا يرشقون عناصر المواكبة بالحجارة", CRASH, "no own expression; after the crash on Wed 9 Aug 2023"),
    ev("shooting-two-killed", "ما أدى إلى مقتل فادي بجاني", CRASH, "no own expression; the shooting of the evening of Wed 9 Aug 2023 (Kassas, then Bejjani)"),
])
art(S, "https://roozaa.com/%d8%a7%d9%84%d9%83%d8%ad%d8%a7%d9%84%d8%a9-%d9%88%d8%af%d9%91%d8%b9%d8%aa-%d8%b4%d9%87%d9%8a%d8%af%d9%87%d8%a7-%d9%81%d8%a7%d8%af%d9%8a-%d8%a8%d8%ac%d8%a7%d9%86%d9%8a-%d8%a7%d9%84%d9%85%d8%b7%d8%b1-2/",
    "2023-08-11", "the quoted ISF notice 'بتاريخ اليوم 11-8-2023' about the funeral of the same day (kept; 11 Aug 2023 was a Friday); the 'skip to content' line dropped; headline written from the URL slug (the stored text has none); the notice's last, truncated words shortened", True, """
الكحالة ودّعت شهيدها فادي بجاني.. والمطران يطالب بتفعيل القضاء
ودّعت بلدة الكحالة شهيدها فادي بجاني وسط حضور شعبي ومشاركة سياسية.
وترأس رئيس أساقفة بيروت المطران بولس عبد الساتر، ومعه لفيف من الكهنة، الصلاة لراحة نفسه في كنيسة مار أنطونيوس – الكحالة.
وقال المطران عبد الساتر في عظته: "ندعو جميع المسؤولين إلى مضاعفة الجهود لتأمين الأمن لكل مواطن نهاراً وليلاً، وإلى اتخاذ الإجراءات لمنع استعمال السلاح".
وأضاف: "نطالبهم باللجوء إلى القضاء لتفعيل العدالة. إخوتي وأخواتي، الفتنة تتربص بنا وشعبنا منهك، والحرب شر منفلت لا يمكن ضبطه، وندعو الجميع إلى ضبط النفس والتفكير في لبنان أولاً".
وكان جثمان الشهيد قد وصل إلى الكحالة قرابة الحادية عشرة وسط حشد شعبي كثيف، إذ استقبله الأهالي عند كوع البلدة وحملوه على الأكفّ حتى الكنيسة.
وأوضحت العائلة أن التشييع سيكون شعبياً بلا أي مراسم بروتوكولية، وطلبت من جميع المحبين المشاركين عدم إطلاق الرصاص إطلاقاً احتراماً لجلال الموقف.
وفي المناسبة، أصدرت المديرية العامة لقوى الأمن الداخلي ــــ شعبة العلاقات العامة بلاغاً جاء فيه أنه بتاريخ اليوم 11-8-2023 تقام مراسم التشييع في كنيسة مار انطونيوس / الكحالة، ويتوقع أن يشارك فيها حشد كبير.
""", [
    ev("funeral", "ودّعت بلدة الكحالة شهيدها فادي بجاني", FUNERAL, "the funeral of Fri 11 Aug 2023 ('بتاريخ اليوم 11-8-2023' in the notice)"),
    ev("funeral-mass", "الصلاة لراحة نفسه في كنيسة مار أنطونيوس", FUNERAL, "the funeral mass of Fri 11 Aug 2023 (at 16:00 per sadalarz)"),
    ev("bishop-sermon", "وقال المطران عبد الساتر في عظته", FUNERAL, "during the mass of Fri 11 Aug 2023"),
    ev("body-arrives", "وكان جثمان الشهيد قد وصل إلى الكحالة قرابة الحادية عشرة", FUNERAL, "'قرابة الحادية عشرة' of the morning of Fri 11 Aug 2023"),
    ev("isf-notice", "أصدرت المديرية العامة لقوى الأمن الداخلي", FUNERAL, "'بتاريخ اليوم 11-8-2023' = Fri 11 Aug 2023"),
])
art(S, "http://www.al-akhbar.com./Lebanon/368127/تشييع-بجاني-في-الكحال",
    "2023-08-12", "no date line on the stored page; the body's 'أمس' for the funeral of Fri 11 Aug 2023 (roozaa's ISF notice 'بتاريخ اليوم 11-8-2023') and 'الأربعاء الفائت' for the shooting of Wed 9 Aug give Sat 12 Aug 2023 (al-Akhbar's print edition); headline kept from the page; no date of its own in the text", False, """
تشييع بجاني في الكحالة
شيّعت بلدة الكحالة أمس ابنها فادي بجاني، الذي لقي حتفه الأربعاء الفائت في إطلاق النار الذي أعقب انقلاب شاحنة لحزب الله عند كوع الكحالة.
وفي التشييع الشعبي الذي خلا من الكلمات السياسية، ترأّس رئيس أساقفة بيروت للموارنة المطران بولس عبد الساتر صلاة الجناز والدفن، واصفاً ما جرى بأنه «مأساة وطنية يجب ألا تتكرر أبداً ولأي سبب كان».
وطالب بمضاعفة الجهود لتحقيق الأمن واتخاذ الإجراءات الوقائية التي «تحول دون اللجوء إلى السلاح والاقتتال بين أبناء الشعب الواحد أو المنطقة الواحدة».
ودعا عبد الساتر إلى «دعم القضاء وتفعيله كي يصل كل صاحب حق إلى حقه بالسبل الصحيحة»، وحثّ كل زعيم وقيادي ونائب ووزير ورئيس بلدية ومختار على «العمل الجاد لمنع الاحتقان الطائفي ونبذ الأحقاد ورفض التعصب المناطقي والحزبي والديني».
""", [
    ev("funeral", "شيّعت بلدة الكحالة أمس ابنها فادي بجاني", FUNERAL, "'أمس' in an article of Sat 12 Aug 2023 = Fri 11 Aug"),
    ev("shooting-two-killed", "الذي لقي حتفه الأربعاء الفائت في إطلاق النار", CRASH, "'الأربعاء الفائت' from Sat 12 = Wed 9 Aug 2023"),
    ev("truck-overturns", "أعقب انقلاب شاحنة لحزب الله عند كوع الكحالة", CRASH, "no own expression; the crash of Wed 9 Aug 2023"),
    ev("funeral-mass", "صلاة الجناز والدفن", FUNERAL, "the mass of the funeral of Fri 11 Aug 2023"),
    ev("bishop-sermon", "واصفاً ما جرى بأنه «مأساة وطنية", FUNERAL, "the sermon at the funeral of Fri 11 Aug 2023"),
])

# ---------------------------------------------------------------- lebanon-ogero-open-strike-2023
S = "lebanon-ogero-open-strike-2023"
CALL = "2023-03-23"                        # the Ogero union's executive council called the open strike on Thu 23 Mar 2023
STRIKE = "2023-03-24"                      # the open strike began on the morning of Fri 24 Mar 2023
WARN = ("2023-03-21", "2023-03-23")        # the two days of strike before the call (my span: Tue 21 - Wed 22 Mar 2023)
OUTAGE = ("2023-03-24", "2023-03-28")      # exchanges down and internet cut from Fri 24 to Mon 27 Mar 2023
art(S, "https://wafaamagazine.org/archives/441849",
    "2023-03-23", "the body's 'صباح يوم غد الجمعة في 24/3/2023' (kept; 24 Mar 2023 was a Friday, so the statement and the report are of Thu 23 Mar 2023); the breadcrumb and the byline 'مجلة وفاء wafaamagazine' dropped; headline kept from the page (reworded); the last, truncated sentence dropped", True, """
نقابة "اوجيرو" تعلن الإضراب المفتوح
أصدر المجلس التنفيذي لنقابة "اوجيرو" بياناً أعلن فيه الإضراب المفتوح اعتبارا من صباح يوم غد الجمعة في 24/3/2023، مع عدم الحضور إلى مراكز العمل والتوقف كلياً عن القيام بأي عمل، بسبب تجاهل المطالب وعدم تعديل الرواتب.
وجاء في البيان: "بعد أن اكتوينا بنار الغلاء وانفلات الأسعار، ولأننا لسنا لقمة سائغة يسهل ابتلاعها، ولأن كرامة العاملين وحقهم في العيش الكريم فوق كل اعتبار ولا تقبل التفاوض أو الابتزاز، وأمام التجاهل المتواصل لمطالبنا بتعديل الرواتب بعد أن باتت توازي واحداً في المئة من قيمتها الفعلية.
وبعد مرور يومين على الإضراب من دون أن تصلنا أي ردود إيجابية، يعلن المجلس التنفيذي لنقابة "اوجيرو" الإضراب المفتوح اعتبارا من صباح يوم غد الجمعة في 24/3/2023 والامتناع عن الحضور إلى مراكز العمل والتوقف كلياً عن أي عمل".
وبناءً عليه، يراهن المجلس التنفيذي على وعي جميع الزملاء العاملين، من مستخدمين وملحقين ومتعاقدين ومياومين، في هذه المرحلة، وعلى تضامنهم لإنجاح الالتزام التام بالإضراب.
ووضع المجلس أرقام هواتف أعضائه في تصرف الجميع للإبلاغ عن أي خروق أو ضغوط قد يتعرضون لها.
""", [
    ev("open-strike-called", "أصدر المجلس التنفيذي لنقابة \"اوجيرو\" بياناً", CALL, "no own expression; the statement of Thu 23 Mar 2023 ('غد الجمعة في 24/3/2023')"),
    ev("open-strike-begins", "أعلن فيه الإضراب المفتوح اعتبارا من صباح يوم غد الجمعة", STRIKE, "'صباح يوم غد الجمعة في 24/3/2023' = Fri 24 Mar 2023"),
    ev("two-day-strike", "وبعد مرور يومين على الإضراب", WARN[0], "'بعد مرور يومين على الإضراب' in the statement of Thu 23 = the two days before it (my span Tue 21 - Wed 22 Mar 2023)", end=WARN[1]),
    ev("phones-for-reports", "ووضع المجلس أرقام هواتف أعضائه", CALL, "no own expression; with the statement of Thu 23 Mar 2023"),
])
art(S, "https://lebanoneconomy.net/%D8%A3%D9%88%D8%AC%D9%8A%D8%B1%D9%88-%D8%AA%D8%B9%D9%84%D9%86-%D8%A7%D9%84%D8%A5%D8%B6%D8%B1%D8%A7%D8%A8-%D8%A7%D9%84%D9%85%D9%81%D8%AA%D9%88%D8%AD-%D8%A8%D8%AF%D8%A1%D8%A7%D9%8B-%D9%85",
    "2023-03-24", "no date line on the stored page; the body's 'اعتباراً من صباح اليوم الجمعة' with the quoted 'صباح يوم غد الجمعة في 24/3/2023' give Fri 24 Mar 2023; headline rendered from the URL slug ('أوجيرو تعلن الإضراب المفتوح بدءاً م…'); no date of its own in the text (the quoted date is the statement's)", False, """
"أوجيرو" تعلن الإضراب المفتوح بدءاً من اليوم
أعلن المجلس التنفيذي لنقابة «أوجيرو» الإضراب المفتوح اعتباراً من صباح اليوم الجمعة، مع الامتناع عن الحضور إلى مراكز العمل والتوقف الكامل عن القيام بأي أعمال «بسبب تجاهل المطالب وتعديل الرواتب».
وقال المجلس في بيان إنه «بعدما اكتوينا بنيران الغلاء وتفلّت الأسعار، ولأننا لسنا لقمة سائغة يسهل ابتلاعها، ولما كانت كرامة العاملين وحقهم في العيش الكريم فوق أي اعتبار ولا تقبل التفاوض أو الابتزاز، ونظراً إلى التجاهل المستمر لمطالبنا بتعديل الرواتب بعدما أصبحت تساوي واحداً في المئة من قيمتها الفعلية، وبعد مرور يومين على الإضراب من دون أن تردنا أي ردود إيجابية، يعلن المجلس التنفيذي لنقابة "أوجيرو" الإضراب المفتوح اعتباراً من صباح يوم غد الجمعة في 24/3/2023 وعدم الحضور إلى مراكز العمل والتوقف كلياً عن القيام بأي أعمال».
ووضع المجلس أرقام هواتف أعضائه في متناول الجميع للإبلاغ عن أي خروق أو ضغوط قد يتعرضون لها، وأبقى اجتماعاته مفتوحة لمواكبة التطورات.
""", [
    ev("open-strike-begins", "الإضراب المفتوح اعتباراً من صباح اليوم الجمعة", STRIKE, "'صباح اليوم الجمعة' = Fri 24 Mar 2023"),
    ev("open-strike-called", "وقال المجلس في بيان", CALL, "no own expression; the statement was issued on Thu 23 Mar 2023 (its 'غد الجمعة في 24/3/2023')"),
    ev("two-day-strike", "وبعد مرور يومين على الإضراب", WARN[0], "'بعد مرور يومين على الإضراب' before the statement of Thu 23 = my span Tue 21 - Wed 22 Mar 2023", end=WARN[1]),
    ev("phones-for-reports", "ووضع المجلس أرقام هواتف أعضائه", CALL, "no own expression; with the statement of Thu 23 Mar 2023"),
    ev("meetings-kept-open", "وأبقى اجتماعاته مفتوحة لمواكبة التطورات", CALL, "no own expression; with the statement of Thu 23 Mar 2023"),
])
art(S, "https://www.annahar.com/arabic/section/76-سياسة/25032023094248691/مفاعيل-إضراب-موظفي-أوجيرو-السنترالات-تتوقف-ولا-انترنت-في-لبنان",
    "2023-03-25", "date and time in the URL '25032023094248691' (25 Mar 2023, 09:42; a Saturday); the body's 'لم تمر 24 ساعة' after the strike of Fri 24 Mar agrees; the stored page's stamp 'الجمعة - 26 نيسان 2024' is the day of the crawl and was dropped, as were the source line, the A+ A- buttons and the app footer; headline kept from the page (reworded)", True, """
مفاعيل إضراب موظفي "أوجيرو"... سنترالات تتوقف ولبنان بلا إنترنت
بدأت تظهر آثار الإضراب المفتوح الذي أعلنه المجلس التنفيذي لنقابة "أوجيرو" "اعتبارا من صباح يوم الجمعة في 24/3/2023، وعدم الحضور إلى مراكز العمل والتوقف كليا عن القيام بأية أعمال، بسبب تجاهل المطالب وتعديل الرواتب".
فلم تمر 24 ساعة حتى راح الإنترنت يضعف في أماكن وينقطع في أخرى على امتداد الأراضي اللبنانية من دون استثناء.
وعلمت "النهار" أن نحو 10 سنترالات توقفت عن العمل حتى الآن، بينها سنترال الحازمية، وسنترال الحمرا الذي ينذر توقفه بقطع الخطوط الخاصة بمصرف لبنان، وسنترال راس بيروت الذي يغذي جزءاً من International gateway، أي البوابة التي تتيح دخول الاتصالات الدولية ومنها الإنترنت إلى لبنان وخروجها منه، إضافة إلى الداتا الموجودة هناك.
وكشف مصدر في "أوجيرو" لـ"النهار" أن أعضاء نقابة "أوجيرو" يتعرضون لضغوط كبيرة للعودة عن الإضراب.
""", [
    ev("open-strike-begins", "اعتبارا من صباح يوم الجمعة في 24/3/2023", STRIKE, "'صباح يوم الجمعة في 24/3/2023' = Fri 24 Mar 2023"),
    ev("internet-outages", "راح الإنترنت يضعف في أماكن وينقطع في أخرى", STRIKE, "'لم تمر 24 ساعة' after Friday morning = Fri 24 - Sat 25 Mar 2023 (my span)", end="2023-03-26"),
    ev("exchanges-down", "نحو 10 سنترالات توقفت عن العمل حتى الآن", STRIKE, "'حتى الآن' on Sat 25 = since the strike began on Fri 24 Mar 2023 (my span 24-25)", end="2023-03-26"),
    ev("pressure-on-union", "يتعرضون لضغوط كبيرة للعودة عن الإضراب", STRIKE, "present tense on Sat 25 Mar 2023, since the strike began on Fri 24 (my span)", end="2023-03-26"),
])
art(S, "https://arabic.rt.com/business/1446747-%D9%85%D8%B1%D8%A9-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D8%AE%D8%AF%D9%85%D8%A9-%D8%A7%D9%84%D8%A5%D9%86%D8%AA%D8%B1%D9%86%D8%AA-%D9%81%D9%8A-%D9%84%D8%A8%D9%86%D8%A7%D9%86-%D9%85%D9%87%D8%AF%D8%AF%D8%A9-%D8%A8%D8%A7%D9%84%D8%AA%D9%88%D9%82%D9%81/amp",
    "2023-03-27", "no date line on the stored page; the body's 'صباح اليوم الاثنين', 'يوم أمس الأحد' and 'منذ أن بدأ الإضراب يوم الجمعة' (the open strike of Fri 24 Mar 2023) give Mon 27 Mar 2023; headline rendered from the URL slug (the stored text begins in the middle of the report); the source line 'المصدر: RT' dropped; no date of its own in the text", False, """
مرة جديدة.. خدمة الإنترنت في لبنان مهددة بالتوقف
وبحسب المعلومات، خرج 12 مركزا لـ"أوجيرو" من الخدمة منذ أن بدأ الإضراب يوم الجمعة، ما تسبب بتوقف شبكة الإنترنت في مناطق عدة منها العاصمة بيروت.
وصباح اليوم الاثنين، نفذ موظفو "أوجيرو" وقفة احتجاجية في المركز الرئيسي للهيئة، وقطعوا الطريق لبعض الوقت.
وأفادت صحيفة "النهار" بأن مدير عام هيئة "أوجيرو" عماد كريدية اجتمع يوم أمس الأحد بنقابة موظفي الهيئة، من دون أن ينجح في إقناعهم بفك إضرابهم، رغم وعوده للموظفين بعرض مطالبهم على المعنيين في الحكومة.
ويذكر أن إضراب موظفي "أوجيرو" هذا ليس الأول، ففي سبتمبر الماضي تسبب إضرابهم الذي دام نحو الأسبوع بتوقف شبكة الاتصالات والإنترنت في البلاد.
وخلال الأشهر الثلاثة الماضية، نظّم موظفو "أوجيرو" وقفات احتجاجية مرة في الأسبوع، ثم مرتين، إلى أن بلغت ثلاثة أيام (الاثنين والأربعاء والجمعة)، بعدما التزموا بالدوام خمسة أيام في الأسبوع، وفي الحالات الطارئة يومي السبت والأحد، خلافاً لموظفي الإدارات العامة الأخرى.
""", [
    ev("exchanges-down", "خرج 12 مركزا لـ\"أوجيرو\" من الخدمة", OUTAGE[0], "'منذ أن بدأ الإضراب يوم الجمعة' = since Fri 24 Mar 2023, up to Mon 27 (my span)", end=OUTAGE[1]),
    ev("internet-outages", "ما تسبب بتوقف شبكة الإنترنت في مناطق عدة", OUTAGE[0], "since the strike of Fri 24 Mar 2023, up to Mon 27 (my span)", end=OUTAGE[1]),
    ev("open-strike-begins", "منذ أن بدأ الإضراب يوم الجمعة", STRIKE, "'يوم الجمعة' before Mon 27 = Fri 24 Mar 2023"),
    ev("headquarters-sit-in", "وصباح اليوم الاثنين، نفذ موظفو \"أوجيرو\" وقفة احتجاجية", "2023-03-27", "'صباح اليوم الاثنين' = Mon 27 Mar 2023"),
    ev("kreidieh-union-meeting", "اجتمع يوم أمس الأحد بنقابة موظفي الهيئة", "2023-03-26", "'يوم أمس الأحد' from Mon 27 = Sun 26 Mar 2023"),
    ev("september-2022-strike", "ففي سبتمبر الماضي تسبب إضرابهم الذي دام نحو الأسبوع", "2022-08-30", "'سبتمبر الماضي' = September 2022; the strike began on Tue 30 Aug 2022 (qatarajel: 'صباح الثلاثاء', innlb: 'في 30 آب الفائت') and lasted about a week (my span 30 Aug - 30 Sep 2022)", end="2022-10-01"),
])

# ---------------------------------------------------------------- lebanon-zouk-substation-blackout-2025
S = "lebanon-zouk-substation-blackout-2025"
FAULT = "2025-08-10"                       # the fault at the Zouk substation at midnight of Sat 9 / Sun 10 Aug 2025 (EDL: 'بتاريخ 10/8/2025 عند منتصف الليل')
RESTORE = ("2025-08-11", "2025-08-13")     # units reconnected and supply restored gradually, Mon 11 - Tue 12 Aug 2025 (my span)
art(S, "https://www.lbcgroup.tv/news/lebanon/872126/%D9%83%D9%87%D8%B1%D8%A8%D8%A7%D8%A1-%D9%84%D8%A8%D9%86%D8%A7%D9%86-%D8%B9%D8%B7%D9%84-%D8%B7%D8%A7%D8%B1%D9%89%D8%A1-%D8%B9%D9%84%D9%89-%D8%A3%D8%AD%D8%AF-%D9%85%D8%AD%D9%88%D9%84%D8%A7%D8%AA-%D8%A7%D9%84%D8%AA%D9%88%D8%AA%D8%B1-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%8A-%D9%81%D9%8A-%D9%85%D8%AD%D8%B7%D8%A9-%D8%A7%D9%84%D8%B0%D9%88%D9%82-%D8%A7%D9%84%D8%B1%D8%A6/ar",
    "2025-08-10", "page stamp '2025-08-10 | 11:40' (kept as second line; 10 Aug 2025 was a Sunday); the body's 'اليوم، بتاريخ 10/8/2025' agrees; the section tag and the 'مشاهدات عالية 2min' line dropped; headline kept from the page (reworded); the last, truncated sentence dropped", True, """
"كهرباء لبنان": عطل طارئ في أحد محولات التوتر العالي في محطة الذوق الرئيسية والمؤسسة تعمل على إصلاحه
2025-08-10 | 11:40
ذكرت مؤسسة كهرباء لبنان أن عطلاً طارئاً أصاب أحد محولات التوتر العالي في محطة الذوق الرئيسية اليوم، بتاريخ 10/8/2025 عند منتصف الليل.
وأوضحت في بيان صدر عن مكتبها الإعلامي أن العطل نجم عن انخفاض عزل أحد عوازل جسور التوصيل لأحد محولات التوتر العالي في محطة التحويل الرئيسية بمعمل الذوق الحراري بفعل الرطوبة والحرارة المرتفعة، وأن هذا الانقطاع الشامل المتكرر للشبكة تسبب بجهد حراري على المجموعة البخارية في معمل دير عمار، ما أثّر على محورها وعرقل عملية الدوران.
وأشارت إلى أن العمل جارٍ حالياً على إعادة ربط المجموعات الغازية في معملي الزهراني ودير عمار والمحركات العكسية في الذوق والجية بالشبكة تدريجياً، فيما تتواصل أعمال الصيانة والتبريد التي تنفذها فرق الصيانة لإعادة ربط المجموعة البخارية في معمل دير عمار (150 ميغاوات)، وهو ما يتطلب عادة حوالي 24 ساعة.
""", [
    ev("zouk-fault", "أن عطلاً طارئاً أصاب أحد محولات التوتر العالي", FAULT, "'اليوم، بتاريخ 10/8/2025 عند منتصف الليل' = midnight of Sat 9 / Sun 10 Aug 2025"),
    ev("edl-statement", "وأوضحت في بيان صدر عن مكتبها الإعلامي", FAULT, "no own expression; EDL's statement of Sun 10 Aug 2025 (page stamp 11:40)"),
    ev("deir-ammar-steam-unit-stress", "تسبب بجهد حراري على المجموعة البخارية في معمل دير عمار", FAULT, "no own expression; with the blackout of Sun 10 Aug 2025"),
    ev("units-reconnection", "العمل جارٍ حالياً على إعادة ربط المجموعات الغازية", FAULT, "'حالياً' on Sun 10 Aug 2025; the reconnection went on to Tue 12 Aug (almarkazia, my span)", end=RESTORE[1]),
])
art(S, "https://www.alquds.co.uk/%D8%A7%D9%86%D9%82%D8%B7%D8%A7%D8%B9-%D8%B4%D8%A7%D9%85%D9%84-%D9%84%D9%84%D9%83%D9%87%D8%B1%D8%A8%D8%A7%D8%A1-%D9%81%D9%8A-%D9%84%D8%A8%D9%86%D8%A7%D9%86-%D9%85%D9%86%D8%B0-%D9%85%D9%86%D8%AA%D8%B5/",
    "2025-08-10", "stamp 'date 2025-08-10' at the head of the stored page (not kept in the text; 10 Aug 2025 was a Sunday); the body's 'منذ منتصف ليلة السبت/الأحد (نحو 20 ساعة)' agrees (the evening of Sun 10 Aug); headline rendered from the URL slug ('انقطاع شامل للكهرباء في لبنان منذ منتص…'); the last, truncated sentence dropped; no date of its own in the text", False, """
انقطاع شامل للكهرباء في لبنان منذ منتصف الليل
بيروت: يعيش لبنان بكل أرجائه انقطاعاً شاملاً للتيار الكهربائي منذ منتصف ليلة السبت/الأحد (نحو 20 ساعة)، "بسبب عطل في محطة الكهرباء الرئيسية"، في حين تسعى السلطات إلى إصلاح العطل وإعادة الوضع إلى طبيعته.
وبحسب مراسل الأناضول، يعتمد السكان منذ انقطاع التيار على المولدات الخاصة الصغيرة المنتشرة في الأحياء، إذ يحتاجون إليها أصلاً في الظروف العادية بسبب انقطاع الكهرباء بعض الوقت يومياً، نتيجة ضعف الشبكات ومحطات التوليد.
وقالت مؤسسة كهرباء لبنان، التابعة لوزارة الطاقة والمياه، في بيان، إن "عطلا طارئا حصل على أحد محولات التوتر العالي في محطة الذوق الرئيسية (وسط) منتصف الليلة الماضية بسبب الرطوبة والحرارة العالية ما أدى إلى حصول انقطاع شامل".
وبيّنت المؤسسة أن أعطالاً كهذه قد تقع أحياناً في فصل الصيف حين تتخطى نسب الرطوبة معدلاتها المعتادة، بسبب الارتفاع الكبير في درجات الحرارة.
وأضافت أن الفرق الفنية المختصة تعمل حالياً على إصلاح الخلل في أسرع وقت ممكن، مع اتخاذ كل الإجراءات اللازمة لإعادة التيار تدريجياً إلى مختلف المناطق اللبنانية وضمان استقرار الشبكة وفق الطاقة الإنتاجية المتاحة.
""", [
    ev("nationwide-blackout", "انقطاعاً شاملاً للتيار الكهربائي منذ منتصف ليلة السبت/الأحد", FAULT, "'منذ منتصف ليلة السبت/الأحد (نحو 20 ساعة)' = from midnight of Sat 9 / Sun 10 Aug 2025, still on in the evening of Sun 10 (the onset day)"),
    ev("generators-relied-on", "يعتمد السكان منذ انقطاع التيار على المولدات الخاصة", FAULT, "'منذ انقطاع التيار' = since the midnight of Sat 9 / Sun 10, up to the evening of Sun 10 Aug 2025"),
    ev("edl-statement", "وقالت مؤسسة كهرباء لبنان، التابعة لوزارة الطاقة والمياه، في بيان", FAULT, "no own expression; EDL's statement of Sun 10 Aug 2025"),
    ev("zouk-fault", "عطلا طارئا حصل على أحد محولات التوتر العالي في محطة الذوق الرئيسية (وسط) منتصف الليلة الماضية", FAULT, "'منتصف الليلة الماضية' on Sun 10 = the midnight of Sat 9 / Sun 10 Aug 2025"),
    ev("repair-works", "الفرق الفنية المختصة تعمل حالياً على إصلاح الخلل", FAULT, "'حالياً' on Sun 10 Aug 2025 (the works went on to Tue 12, my span)", end=RESTORE[1]),
])
art(S, "https://www.annahar.com/Lebanon/Society/236747/مياه-بيروت-وجبل-لبنان-تحذر-انقطاع-الكهربا-يخفض-ساعات-التغذية-المائية",
    "2025-08-10", "page line 'مجتمع 10-08-2025 | 22:00' (kept without the section name; 10 Aug 2025 was a Sunday); the sub-heading, photo captions and related link dropped; headline kept from the page (reworded); the last, truncated sentence dropped", True, """
مياه بيروت وجبل لبنان تنبّه: انقطاع الكهرباء يقلّص ساعات التغذية بالمياه
10-08-2025 | 22:00
أعلنت مؤسسة مياه بيروت وجبل لبنان أن بعض المضخات توقفت عن العمل بسبب انقطاع التيار الكهربائي عن مصنع الضبية، ما سيؤدي إلى خفض ساعات التغذية بالمياه في العاصمة بيروت ومناطق المتن الساحلي، إلى أن تعود التغذية الكهربائية إلى وضعها الطبيعي.
ودعت المؤسسة المواطنين الكرام إلى ترشيد استهلاك المياه، شاكرة لهم تعاونهم وتفهمهم.
وكانت مؤسسة كهرباء لبنان قد أفادت في بيان بأن "عطلاً طارئاً حصل على أحد محولات التوتر العالي في محطة الذوق الرئيسية اليوم، بتاريخ 10/8/2025 عند منتصف الليل".
وأوضحت أن سبب العطل هو انخفاض عزل أحد عوازل جسور التوصيل لأحد محولات التوتر العالي في محطة التحويل الرئيسية بمعمل الذوق الحراري.
""", [
    ev("dbayeh-pumps-stop", "بعض المضخات توقفت عن العمل بسبب انقطاع التيار الكهربائي عن مصنع الضبية", FAULT, "no own expression; the pumps stopped with the blackout of Sun 10 Aug 2025"),
    ev("water-supply-cut", "ما سيؤدي إلى خفض ساعات التغذية بالمياه", FAULT, "future from Sun 10 Aug 2025 until power returns (my span 10-12 Aug)", end=RESTORE[1]),
    ev("water-rationing-call", "ودعت المؤسسة المواطنين الكرام إلى ترشيد استهلاك المياه", FAULT, "no own expression; the water board's statement of Sun 10 Aug 2025 (page 22:00)"),
    ev("edl-statement", "وكانت مؤسسة كهرباء لبنان قد أفادت في بيان", FAULT, "no own expression; EDL's statement of Sun 10 Aug 2025"),
    ev("zouk-fault", "عطلاً طارئاً حصل على أحد محولات التوتر العالي في محطة الذوق الرئيسية اليوم", FAULT, "'اليوم، بتاريخ 10/8/2025 عند منتصف الليل' = midnight of Sat 9 / Sun 10 Aug 2025"),
])
art(S, "https://almarkazia.com/ar/%D8%A8%D8%B4%D8%B1%D9%89-%D9%83%D9%87%D8%B1%D8%A8%D8%A7%D8%A6%D9%8A%D9%91%D8%A9-%D9%81%D9%8A-%D8%B9%D8%B2%D9%91-%D8%A7%D9%84%D8%AD%D8%B1%D9%91-1",
    "2025-08-12", "stamp 'date 2025-08-12' at the head of the stored page (not kept in the text; 12 Aug 2025 was a Tuesday); the body's 'منذ منتصف ليل السبت الأحد الماضي' agrees; headline rendered from the URL slug ('بشرى كهربائية في عزّ الحرّ'); the last, truncated sentence dropped; no date of its own in the text (the date 10/8/2025 is that of the earlier statement)", False, """
بشرى كهربائية في عزّ الحرّ
المركزية - أعلنت مؤسسة كهرباء لبنان، عطفاً على بيانها بتاريخ 10/8/2025 الذي أشارت فيه إلى انقطاع شامل للتيار الكهربائي جراء عطل طارئ أصاب أحد محولات التوتر العالي في محطة التحويل التابعة لمعمل الذوق الحراري بسبب الرطوبة والحرارة العالية، أنه أعيد ربط المجموعات الغازية والبخارية في معمل دير عمار بالشبكة الكهربائية، إضافة إلى مجموعة غازية في معمل الزهراني، على أن يعاد قريباً ربط معملي المحركات العكسية في الذوق والجية حين يصبحان جاهزين للتشغيل.
وأفادت المؤسسة كذلك بأنها بدأت إعادة التغذية بالتيار الكهربائي تدريجياً إلى مختلف المناطق اللبنانية، مع إعطاء الأولوية لتزويد المرافق الحيوية والأساسية في الدولة، كمطار رفيق الحريري الدولي ومضخات المياه والسجون المركزية والصرف الصحي وقصور العدل.
وأكدت المؤسسة أن الفرق الفنية المختصة تعمل جاهدة منذ منتصف ليل السبت الأحد الماضي على إعادة التيار الكهربائي تدريجياً إلى مختلف المناطق اللبنانية، وضمان استقرار الشبكة.
""", [
    ev("edl-statement", "عطفاً على بيانها بتاريخ 10/8/2025", FAULT, "'بتاريخ 10/8/2025' = Sun 10 Aug 2025"),
    ev("nationwide-blackout", "انقطاع شامل للتيار الكهربائي جراء عطل طارئ", FAULT, "from the midnight of Sat 9 / Sun 10 Aug 2025 (the onset day)"),
    ev("deir-ammar-reconnected", "أنه أعيد ربط المجموعات الغازية والبخارية في معمل دير عمار", RESTORE[0], "no own expression; done between the statement of Sun 10 and this one of Tue 12 Aug 2025 (the steam unit needed about 24 hours; my span Mon 11 - Tue 12)", end=RESTORE[1]),
    ev("power-restoration", "بدأت إعادة التغذية بالتيار الكهربائي تدريجياً", RESTORE[0], "no own expression; begun by Tue 12 Aug 2025 (Tripoli had power back from 19:00 per the MP Elie Khoury, almarkazia of Mon 11; my span Mon 11 - Tue 12)", end=RESTORE[1]),
    ev("repair-works", "الفرق الفنية المختصة تعمل جاهدة منذ منتصف ليل السبت الأحد الماضي", FAULT, "'منذ منتصف ليل السبت الأحد الماضي' = from midnight of Sat 9 / Sun 10 Aug 2025, up to Tue 12 (my span)", end=RESTORE[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 406
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

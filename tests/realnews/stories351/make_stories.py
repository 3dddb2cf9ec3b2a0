"""Builds stories.jsonl: the 351-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: attacks on and seizures of merchant ships and tankers in
the Red Sea, Gulf of Aden, Gulf and Strait of Hormuz: ships hit or seized, crews rescued or released,
shipping companies suspending routes.
Stories: the Houthi attack on and sinking of the bulk carrier Eternity C (Yemen / Red Sea, July 2025), the
first deadly Houthi strike, on the True Confidence in the Gulf of Aden (March 2024), Iran's seizure of the
container ship MSC Aries near the Strait of Hormuz (April 2024), the attacks on the tankers Front Altair and
Kokuka Courageous in the Gulf of Oman (June 2019), and the strike on the Thai bulk carrier Mayuree Naree in
the Strait of Hormuz during the 2026 war on Iran (Oman, March 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- yemen-eternity-c-sinking-2025
S = "yemen-eternity-c-sinking-2025"
MAGIC = "2025-07-06"                       # the Houthi attack on the Magic Seas, Sun 6 Jul 2025
ATTACK = ("2025-07-07", "2025-07-09")      # the two-day attack on the Eternity C, Mon 7 - Tue 8 Jul 2025
SINK = "2025-07-09"                        # the Eternity C sank on the morning of Wed 9 Jul 2025
RESCUE = "2025-07-09"                      # the rescue mission began on the morning of Wed 9 Jul 2025
HELD = ("2025-07-08", "2025-07-10")        # crew taken by the Houthis after the attack, 8-9 Jul 2025
TEN = ("2025-07-09", "2025-07-11")         # the ten survivors picked up on Wed 9 and Thu 10 Jul 2025
art(S, "https://today-agency.net/Details/43605",
    "2025-07-09", "page time stamp '11:08 - 2025-07-09' (9 Jul 2025 was a Wednesday), dropped from the text; the body's 'صباح اليوم الاربعاء' agrees; the outlet tag 'اليوم الأخبارية - متابعة' dropped; headline kept from the page (re-worded); the last, truncated sentence on the Houthi claim for the Magic Seas dropped; no date of its own in the text", False, """
انطلاق عملية إجلاء طاقم السفينة اليونانية «إتيرنيتي سي» إثر الهجوم عليها قبالة اليمن
شرعت سفن وفريق أمني، صباح اليوم الاربعاء، في مهمة لإخلاء طاقم السفينة «إتيرنيتي سي» التي ترفع العلم الليبيري وتعرضت لهجوم قبالة السواحل اليمنية، وفق ما أفاد به مصدر في شركة للأمن البحري.
وأوضح مسؤول في عملية «أسبيدس» الأوروبية، المكلفة بالمساعدة في تأمين الملاحة في البحر الأحمر، أن الهجوم على «إتيرنيتي سي» وقع على مسافة 50 ميلا بحريا جنوب غرب ميناء الحُديدة اليمني، وأنه ثاني هجوم على سفينة تجارية في المنطقة منذ نوفمبر/تشرين الثاني 2024.
وكان على متن «إتيرنيتي سي» طاقم من 22 فردا، هم 21 فلبينيا وروسي واحد، حين استُهدفت بزوارق مسيّرة وقذائف صاروخية أطلقت من زوارق سريعة يقودها مسلحون.
وتعد هذه أول مرة منذ يونيو/حزيران 2024 يلقى فيها بحارة حتفهم في الهجمات على السفن في البحر الأحمر، ليبلغ مجموع قتلى هذه الهجمات 6.
من جهة أخرى، عرض الإعلام الحربي لجماعة الحوثي لقطات لاستهداف سفينة ثانية تدعى «ماجيك سيز» وإغراقها في البحر الأحمر، إثر هجوم شنته الجماعة الأحد الماضي.
""", [
    ev("rescue-mission-begins", "شرعت سفن وفريق أمني، صباح اليوم الاربعاء، في مهمة لإخلاء طاقم", RESCUE, "'صباح اليوم الاربعاء' = Wed 9 Jul 2025 (page stamp)"),
    ev("eternity-c-attacked", "أن الهجوم على «إتيرنيتي سي» وقع على مسافة 50 ميلا بحريا", ATTACK[0], "no own expression; the attack began on Mon 7 Jul and went on into Tue 8 Jul 2025 (UKMTO, alsahil 'استمرت ليومين')", end=ATTACK[1]),
    ev("crew-killed", "يلقى فيها بحارة حتفهم في الهجمات على السفن", ATTACK[0], "no own expression; the crew killed in the attack of Mon 7 - Tue 8 Jul 2025, before the crew left the ship", end=ATTACK[1]),
    ev("magic-seas-video", "عرض الإعلام الحربي لجماعة الحوثي لقطات لاستهداف سفينة ثانية", "2025-07-08", "no own expression; the Houthis broadcast the video of the Magic Seas on the evening of Tue 8 Jul 2025 (daily8: 'بثت ... مساء الثلاثاء')"),
    ev("magic-seas-attack", "إثر هجوم شنته الجماعة الأحد الماضي", MAGIC, "'الأحد الماضي' before Wed 9 Jul = Sun 6 Jul 2025"),
])
art(S, "https://www.abyan-time.net/news/32155",
    "2025-07-09", "page date line 'الأربعاء - 09 يوليو 2025 - 10:13 م بتوقيت عدن' (kept as second line; 9 Jul 2025 was a Wednesday); the page's 'آخر تحديث :الخميس-10 يوليو 2025-08:17ص' and the tag '- أبين تايم /متابعات' dropped; headline kept from the page (re-worded); the last clause, cut in the stored page ('التي غرقت صباح ا...'), dropped", True, """
الحوثيون يتبنون إغراق السفينة «إترنيتي سي» في البحر الأحمر
الأربعاء - 09 يوليو 2025 - 10:13 م بتوقيت عدن
تبنت جماعة الحوثي اليمنية، اليوم الأربعاء، إغراق السفينة «إترنيتي سي» التي ترفع العلم الليبيري وتشغلها شركة يونانية في البحر الأحمر، لتكون ثاني سفينة تستهدفها الجماعة هذا الأسبوع بعد هدوء لعدة أشهر.
وذكر المتحدث العسكري باسم الجماعة أن قواتها البحرية أنقذت عددا من بحارة السفينة، وقدمت لهم العلاج ونقلتهم إلى مكان آمن.
وقال في البيان: «أسفرت العملية عن إغراق السفينة كليا، وهي موثقة بالصوت والصورة».
في المقابل، ذكرت مصادر في شركات أمنية مشاركة في عمليات الإنقاذ اليوم أن ستة من بحارة «إترنيتي سي» انتُشلوا أحياء، وهي ثاني سفينة شحن تغرق في البحر الأحمر في غضون يومين جراء هجمات الحوثيين، فيما يتواصل البحث عن 15 آخرين من طاقمها.
وأضافت المصادر أن أربعة من بين 25 شخصا كانوا على متن السفينة لقوا حتفهم قبل أن يترك بقية الطاقم السفينة.
""", [
    ev("houthi-claim", "تبنت جماعة الحوثي اليمنية، اليوم الأربعاء، إغراق السفينة", "2025-07-09", "'اليوم الأربعاء' = Wed 9 Jul 2025 (date line)"),
    ev("houthis-take-crew", "أن قواتها البحرية أنقذت عددا من بحارة السفينة", HELD[0], "no own expression; the Houthis took crew members off the sinking ship after the attacks, Tue 8 - Wed 9 Jul 2025 (my span)", end=HELD[1]),
    ev("first-survivors-rescued", "أن ستة من بحارة «إترنيتي سي» انتُشلوا أحياء", RESCUE, "'اليوم' of Wed 9 Jul 2025 (the first day of the rescue)"),
    ev("eternity-c-sinks", "وهي ثاني سفينة شحن تغرق في البحر الأحمر في غضون يومين", SINK, "no own day; the sinking of the morning of Wed 9 Jul 2025 (al-hadath 'صباح الأربعاء', alsahil 'صباح الأربعاء الماضي'); 'في غضون يومين' counts from the Magic Seas, sunk on Mon 7 Jul"),
    ev("crew-killed", "أن أربعة من بين 25 شخصا كانوا على متن السفينة لقوا حتفهم", ATTACK[0], "no own expression; killed in the attack of Mon 7 - Tue 8 Jul 2025, before the crew left the ship", end=ATTACK[1]),
])
art(S, "https://mail.al-hadath.com/arab-international-news/88813/ارتفاع-عدد-ناجي-إيتيرنيتي-سي-مع-استمرار-البحث-عن-11-مفقودًا-في-البحر-الأحمر",
    "2025-07-10", "page stamp 'الكاتب : الحدث 2025-07-10 01:45:46' (10 Jul 2025 was a Thursday), dropped from the text; the body's 'صباح اليوم الخميس' agrees; headline kept from the page (re-worded); the last, truncated paragraph dropped; no date of its own in the text", False, """
ارتفاع عدد الناجين من «إيتيرنيتي سي» واستمرار البحث عن 11 مفقودا في البحر الأحمر
صعد عدد الناجين من طاقم السفينة «إيتيرنيتي سي»، التي هوجمت وغرقت في البحر الأحمر، إلى 10 أشخاص، بعدما نجحت فرق الإنقاذ في انتشال أربعة ناجين آخرين صباح اليوم الخميس. ويتزامن ذلك مع تواصل عمليات البحث عن 11 شخصا ما زالوا مفقودين، يُعتقد أن جماعة الحوثي تحتجز بعضهم، بحسب مصادر أمنية بحرية تحدثت إلى وكالة رويترز.
وكانت السفينة، التي ترفع العلم الليبيري وتشغلها شركة يونانية، قد تعرضت هذا الأسبوع لهجوم حوثي مزدوج استُخدمت فيه زوارق سريعة وطائرات بحرية مسيرة وقذائف صاروخية. وتسبب الهجوم في غرقها كليا صباح الأربعاء. وتفيد التقديرات الأولية بمقتل أربعة من أفراد الطاقم في الهجوم، وهي أول حصيلة قتلى مؤكدة في المنطقة منذ يونيو 2024.
وأمضى الناجون العشرة، وبينهم ثمانية فلبينيين وهندي وحارس أمن يوناني، أكثر من 48 ساعة في المياه قبل العثور عليهم. وقال نيكوس جورجوبولوس، المسؤول في شركة «ديابلوس» اليونانية للأمن البحري: «يعزز هذا النجاح ثقتنا بخطة البحث، وسنمضي في عمليات الإنقاذ تلبية لطلب المشغل اليوناني للسفينة».
""", [
    ev("ten-survivors-rescued", "صعد عدد الناجين من طاقم السفينة «إيتيرنيتي سي»", TEN[0], "no own day for the total; the ten survivors picked up on Wed 9 and Thu 10 Jul 2025", end=TEN[1]),
    ev("four-more-rescued", "نجحت فرق الإنقاذ في انتشال أربعة ناجين آخرين صباح اليوم الخميس", "2025-07-10", "'صباح اليوم الخميس' = Thu 10 Jul 2025"),
    ev("houthis-take-crew", "يُعتقد أن جماعة الحوثي تحتجز بعضهم", HELD[0], "no own expression; crew taken by the Houthis after the attacks, Tue 8 - Wed 9 Jul 2025 (my span)", end=HELD[1]),
    ev("eternity-c-attacked", "قد تعرضت هذا الأسبوع لهجوم حوثي مزدوج", ATTACK[0], "'هذا الأسبوع' = the attack of Mon 7 - Tue 8 Jul 2025", end=ATTACK[1]),
    ev("eternity-c-sinks", "وتسبب الهجوم في غرقها كليا صباح الأربعاء", SINK, "'صباح الأربعاء' before Thu 10 = Wed 9 Jul 2025"),
    ev("crew-killed", "بمقتل أربعة من أفراد الطاقم في الهجوم", ATTACK[0], "no own expression; killed in the attack of Mon 7 - Tue 8 Jul 2025", end=ATTACK[1]),
])
art(S, "https://mail.alsahil.net/news37297.html",
    "2025-07-14", "page date line 'عدن، الساحل الغربي: 07:25 2025/07/14' (kept, the two bullet lines joined; 14 Jul 2025 was a Monday); headline kept from the page (re-worded)", True, """
10 ناجين و15 مفقودا.. «ديابلوس» و«أمبري» تنهيان البحث عن طاقم «إترنيتي سي»
عدن، الساحل الغربي: 07:25 2025/07/14
أعلنت شركتا «ديابلوس» و«أمبري» المعنيتان بالأمن البحري، الأحد، إنهاء عملية البحث رسميا عن بقية بحارة سفينة الشحن «إترنيتي سي»، التي استهدفها هجوم حوثي مزدوج في البحر الأحمر الأسبوع الماضي وأغرقها بالكامل، وذلك تلبية لطلب الشركة المالكة للسفينة.
ووفق بيانات أمنية، فإن السفينة التي ترفع العلم الليبيري وتشغلها شركة يونانية تعرضت لهجمات متتالية استمرت ليومين، انتهت بغرقها صباح الأربعاء الماضي، ونجحت فرق الإنقاذ في إنقاذ 10 من أفراد الطاقم إلى جانب ثلاثة حراس أمن، بينما لا يزال 15 آخرون مفقودين، ويُرجح أن خمسة منهم على الأقل قد لقوا حتفهم.
ويتوزع الطاقم على 21 فلبينيا وروسي واحد، إضافة إلى ثلاثة حراس مسلحين من اليونان والهند. وذكرت تقارير أمنية أن اثنين من هؤلاء الحراس أُنقذا، في حين تشير مصادر أخرى إلى أن مليشيا الحوثي تحتجز عددا من أفراد الطاقم بعد الهجوم.
وعبرت الشركتان في بيان مشترك عن أسفهما لاضطرار المالك إلى وقف عمليات البحث، مؤكدتين أن الأولوية أصبحت تأمين نزول الناجين العشرة إلى البر بسلام، مع استمرار التنسيق لضمان سلامتهم.
""", [
    ev("search-ended", "إنهاء عملية البحث رسميا عن بقية بحارة سفينة الشحن", "2025-07-13", "'الأحد' before Mon 14 = Sun 13 Jul 2025"),
    ev("eternity-c-attacked", "تعرضت لهجمات متتالية استمرت ليومين", ATTACK[0], "'استمرت ليومين' = Mon 7 - Tue 8 Jul 2025 ('الأسبوع الماضي')", end=ATTACK[1]),
    ev("eternity-c-sinks", "انتهت بغرقها صباح الأربعاء الماضي", SINK, "'صباح الأربعاء الماضي' before Mon 14 = Wed 9 Jul 2025"),
    ev("ten-survivors-rescued", "ونجحت فرق الإنقاذ في إنقاذ 10 من أفراد الطاقم", TEN[0], "no own expression; the ten survivors picked up on Wed 9 and Thu 10 Jul 2025", end=TEN[1]),
    ev("houthis-take-crew", "أن مليشيا الحوثي تحتجز عددا من أفراد الطاقم بعد الهجوم", HELD[0], "'بعد الهجوم' = crew taken by the Houthis after the attacks, Tue 8 - Wed 9 Jul 2025 (my span)", end=HELD[1]),
])

# ---------------------------------------------------------------- gulf-of-aden-true-confidence-2024
S = "gulf-of-aden-true-confidence-2024"
HIT = "2024-03-06"                         # the missile hit the True Confidence on Wed 6 Mar 2024 (11:30 Sanaa time)
CENTCOM = ("2024-03-06", "2024-03-08")     # CENTCOM's toll of 3 dead, posted late on Wed 6 (US evening) / reported Thu 7 Mar
art(S, "https://akhbaralaan.net/news/arab-world/2024/03/06/%d9%84%d8%a3%d9%88%d9%84-%d9%85%d8%b1%d8%a9-%d9%85%d9%86%d8%b0-%d9%87%d8%ac%d9%85%d8%a7%d8%aa-%d8%a7%d9%84%d8%ad%d9%88%d8%ab%d9%8a%d9%8a%d9%86-%d8%b3%d9%82%d9%88%d8%b7-%d8%a3%d9%88%d9%84-%d9%82%d8%aa%d9%84%d9%89-%d9%81%d9%8a-%d9%87%d8%ac%d9%88%d9%85-%d8%b9%d9%84%d9%89-%d8%b3%d9%81%d9%8a%d9%86%d8%a9-%d8%aa%d8%b1%d9%88-%d9%83%d9%88%d9%86%d9%81%d9%8a%d8%af%d9%86%d8%b3",
    "2024-03-06", "date in the URL '/2024/03/06/' (6 Mar 2024 was a Wednesday); the body's 'الأربعاء' and the embedded tweet of the British embassy (dropped, dated 'March 6, 2024') agree; headline kept from the page (re-worded); the last, truncated sentence dropped; no date of its own in the text", False, """
ناقلة بضائع تصاب بصاروخ أطلق من اليمن وطاقمها يبلغ عن قتيلين
أصاب صاروخ انطلق من اليمن ناقلة بضائع في خليج عدن الأربعاء، وأبلغ طاقمها عن مقتل شخصين وجرح ستة آخرين، بحسب ما ذكره مسؤول أمريكي.
وأوضح المسؤول أن الصاروخ تسبب في «أضرار كبيرة» للسفينة «ترو كونفيدنس» المملوكة لجهة ليبيرية والتي ترفع علم باربادوس، مضيفا أن «طاقمها أفاد بسقوط قتيلين على الأقل وستة جرحى من بين أفراده، وأنه ترك السفينة».
وأكدت السفارة البريطانية في اليمن المعلومات ذاتها، إذ كتبت في تغريدة على منصة «إكس» (تويتر سابقا): «لقي بحاران بريئان على الأقل حتفهما، وهذه هي العاقبة المؤسفة والمتوقعة لإطلاق الحوثيين صواريخهم بتهور على الملاحة الدولية».
وفي الأثناء، قالت ميليشيا الحوثي إن السفينة «ترو كونفيدانس» التي استهدفتها بالصواريخ أمريكية، وإن الضربة نُفذت بعدد من الصواريخ المناسبة.
""", [
    ev("true-confidence-hit", "أصاب صاروخ انطلق من اليمن ناقلة بضائع في خليج عدن الأربعاء", HIT, "'الأربعاء' = Wed 6 Mar 2024 (URL date)"),
    ev("crew-killed", "وأبلغ طاقمها عن مقتل شخصين وجرح ستة آخرين", HIT, "no own expression; the sailors killed by the missile of Wed 6 Mar 2024"),
    ev("crew-abandons-ship", "وأنه ترك السفينة", HIT, "no own expression; the crew left the burning ship on Wed 6 Mar 2024"),
    ev("uk-embassy-tweet", "وأكدت السفارة البريطانية في اليمن المعلومات ذاتها", HIT, "no own expression; the embassy's tweet (dropped) is dated 'March 6, 2024'"),
    ev("houthi-claim", "قالت ميليشيا الحوثي إن السفينة «ترو كونفيدانس» التي استهدفتها", HIT, "no own expression; Yahya Saree's statement of the evening of Wed 6 Mar 2024 (akhbaralyom: 'ومساء الأربعاء')"),
])
art(S, "https://alaraby.co.uk/politics/%D8%AA%D9%81%D8%A7%D8%B5%D9%8A%D9%84-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D8%B9%D9%86-%D8%A7%D9%84%D9%87%D8%AC%D9%88%D9%85-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%B3%D9%81%D9%8A%D9%86%D8%A9-%D8%AA%D8%B1%D9%88-%D9%83%D9%88%D9%86%D9%81%D9%8A%D8%AF%D9%86%D8%B3-%D9%81%D9%8A-%D8%AE%D9%84%D9%8A%D8%AC-%D8%B9%D8%AF%D9%86",
    "2024-03-07", "page date line '07 مارس 2024' (7 Mar 2024 was a Thursday), dropped from the text; the body's 'اليوم الخميس' and 'أمس الأربعاء' agree; the photo caption, the two highlight lines and the repeated sub-heading dropped; headline kept from the page (re-worded); the last, truncated quotation dropped; no date of its own in the text", False, """
تفاصيل جديدة حول الهجوم على السفينة «ترو كونفيدنس» في خليج عدن
أفادت الجهات المالكة والمشغلة لسفينة البضائع السائبة الجافة «ترو كونفيدنس»، اليوم الخميس، بأن ثلاثة من بحارتها قُتلوا في هجوم صاروخي استهدفها في خليج عدن قبالة اليمن أمس الأربعاء.
وأشارت إلى أن اثنين آخرين من الطاقم أصيبا إصابات بالغة، وأن الأمواج تدفع السفينة بعيدا عن البر، فيما تُتخذ إجراءات لإنقاذها.
وأعلنت القيادة المركزية الأميركية (سنتكوم)، الخميس، أن حصيلة قتلى الهجوم الذي شنته جماعة «الحوثي» اليمنية على سفينة قبالة خليج عدن ارتفعت إلى 3، إلى جانب أربعة مصابين.
وجاء في بيان «سنتكوم» أنه في «6 مارس/ آذار (أمس الأربعاء)، أُطلق صاروخ باليستي مضاد للسفن من مناطق سيطرة الحوثيين في اليمن نحو السفينة ترو كونفيدنس خلال عبورها خليج عدن».
وبيّنت أن «الصاروخ أصاب السفينة، ما تسبب في مقتل 3 أشخاص وإصابة أربعة على الأقل، ثلاثة منهم في حالة حرجة».
""", [
    ev("owners-statement", "أفادت الجهات المالكة والمشغلة لسفينة البضائع السائبة الجافة «ترو كونفيدنس»، اليوم الخميس", "2024-03-07", "'اليوم الخميس' = Thu 7 Mar 2024"),
    ev("crew-killed", "بأن ثلاثة من بحارتها قُتلوا في هجوم صاروخي", HIT, "'أمس الأربعاء' from Thu 7 = Wed 6 Mar 2024"),
    ev("ship-adrift", "وأن الأمواج تدفع السفينة بعيدا عن البر", HIT, "no own expression; the abandoned ship drifting after the strike, Wed 6 - Thu 7 Mar 2024 (my span)", end="2024-03-08"),
    ev("centcom-toll", "أن حصيلة قتلى الهجوم الذي شنته جماعة «الحوثي» اليمنية", CENTCOM[0], "'الخميس' (Thu 7 Mar 2024); CENTCOM posted the toll late on Wed 6 Mar US time, i.e. the night of 6-7 Mar in the region (saudianas: 'في وقت متأخر من ليلة الاربعاء'); my span 6-7 Mar", end=CENTCOM[1]),
    ev("true-confidence-hit", "أُطلق صاروخ باليستي مضاد للسفن من مناطق سيطرة الحوثيين", HIT, "'6 مارس/ آذار (أمس الأربعاء)' = Wed 6 Mar 2024"),
])
art(S, "https://socotrapost.com/localnews/26865",
    "2024-03-07", "page date line 'الخميس, 07 مارس, 2024 - 03:26 مساءً' (kept as second line, the source tag 'سقطرى بوست - متابعات' dropped; 7 Mar 2024 was a Thursday); headline kept from the page (re-worded); the tag words and comment box dropped", True, """
مقطع مصور يوثق إنقاذ طاقم السفينة «ترو كونفيدنس» عقب هجوم الحوثيين
الخميس, 07 مارس, 2024 - 03:26 مساءً
نشرت البحرية الهندية مشاهد توثق عمليات إنقاذ 21 فردا من طاقم السفينة «ترو كونفيدنس»، بعد هجوم شنته جماعة الحوثي وأودى بحياة 3 من بحارتها وأصاب آخرين.
وذكرت البحرية الهندية في بيان على منصة «إيكس» أن «ناقلة البضائع التي ترفع علم بربادوس أبلغت عن اندلاع النيران فيها إثر هجوم بطائرة مسيّرة بتاريخ 06 مارس (الأربعاء)، على مسافة نحو 54 ميلا بحريا جنوب غربي عدن، ما تسبب بإصابات خطيرة في صفوف الطاقم واضطره إلى ترك السفينة».
وأشارت البحرية الهندية إلى أنها بلغت موقع الحادث وأنقذت 21 من أفراد الطاقم، بينهم مواطن هندي.
واستعانت البحرية الهندية بمروحيات وقوارب، وقدمت الإسعافات الطبية للمصابين.
وكان الحوثيون قد أعلنوا أمس الأربعاء استهداف السفينة الأمريكية «ترو كونفيدنس» في خليج عدن بعدد من الصواريخ البحرية، ما أشعل حريقا فيها.
""", [
    ev("indian-navy-video", "نشرت البحرية الهندية مشاهد توثق عمليات إنقاذ", "2024-03-07", "no own expression; the Indian Navy's post with the video is dated 'March 7, 2024' (kathimerini; aljazeeramubasher: 'صباح اليوم الخميس')"),
    ev("crew-killed", "وأودى بحياة 3 من بحارتها", HIT, "no own expression; killed by the strike of Wed 6 Mar 2024"),
    ev("true-confidence-hit", "إثر هجوم بطائرة مسيّرة بتاريخ 06 مارس (الأربعاء)", HIT, "'06 مارس (الأربعاء)' = Wed 6 Mar 2024"),
    ev("crew-abandons-ship", "واضطره إلى ترك السفينة", HIT, "no own expression; the crew left the ship on Wed 6 Mar 2024"),
    ev("indian-navy-rescue", "وأنقذت 21 من أفراد الطاقم، بينهم مواطن هندي", HIT, "no own expression; the rescue on the afternoon of Wed 6 Mar 2024 (akhbaralyom: on site 'عند الساعة 16:45 مساءً')"),
    ev("houthi-claim", "وكان الحوثيون قد أعلنوا أمس الأربعاء استهداف السفينة", HIT, "'أمس الأربعاء' from Thu 7 = Wed 6 Mar 2024"),
])
art(S, "https://www.akhbaralyom.net/news_details.php?lng=arabic&sid=170514",
    "2024-03-09", "page stamp '2024-03-09 04:52:39' (kept as second line, the tag 'أخبار اليوم/ متابعات' dropped; 9 Mar 2024 was a Saturday); headline kept from the page (re-worded); the closing 'حسب قولها' and the page furniture dropped", True, """
البحرية الهندية: استجبنا لاستغاثة السفينة التي هاجمها الحوثيون ونقلنا 21 من طاقمها إلى جيبوتي
2024-03-09 04:52:39
أعلنت البحرية الهندية أنها لبّت نداء الاستغاثة الذي أطلقته السفينة «ترو كونفيدنس» بعد أن هاجمها المتمردون الحوثيون الأربعاء على مسافة 45 ميلا بحريا جنوب غرب عدن.
وأوضحت في بيان نشرته على منصة «إكس» أن فريقا من قواتها بلغ الموقع عند الساعة 16:45 مساءً، وأنقذ 21 من أفراد الطاقم، من بينهم مواطن هندي، مستخدما المروحيات والقوارب المدمجة.
ولفتت إلى أن الطاقم المصاب تلقى إسعافات طبية عاجلة قبل إجلائه إلى جيبوتي.
وكانت القيادة المركزية الأمريكية قد أعلنت في وقت سابق أن الهجوم الحوثي على ناقلة البضائع المملوكة لجهة ليبيرية والتي ترفع علم باربادوس، خلال إبحارها في خليج عدن، أسفر عن مقتل ثلاثة من بحارتها وإصابة أربعة آخرين على الأقل، وألحق بالسفينة أضرارا جسيمة.
ومساء الأربعاء، تبنت ميليشيا الحوثي المدعومة من إيران الهجوم على لسان متحدثها العسكري، قائلة إنها ضربت السفينة بعدد من الصواريخ ما أشعل فيها حريقا.
""", [
    ev("true-confidence-hit", "بعد أن هاجمها المتمردون الحوثيون الأربعاء", HIT, "'الأربعاء' before Sat 9 = Wed 6 Mar 2024"),
    ev("indian-navy-rescue", "وأنقذ 21 من أفراد الطاقم، من بينهم مواطن هندي", HIT, "'عند الساعة 16:45 مساءً' of Wed 6 Mar 2024"),
    ev("crew-evacuated-djibouti", "قبل إجلائه إلى جيبوتي", HIT, "no own expression; the crew taken to Djibouti after the rescue of Wed 6 Mar, reported on Thu 7 Mar 2024 (my span 6-7 Mar)", end="2024-03-08"),
    ev("centcom-toll", "وكانت القيادة المركزية الأمريكية قد أعلنت في وقت سابق", CENTCOM[0], "'في وقت سابق'; CENTCOM's toll of the night of 6-7 Mar 2024 (my span)", end=CENTCOM[1]),
    ev("crew-killed", "أسفر عن مقتل ثلاثة من بحارتها", HIT, "no own expression; killed by the strike of Wed 6 Mar 2024"),
    ev("houthi-claim", "ومساء الأربعاء، تبنت ميليشيا الحوثي المدعومة من إيران الهجوم", HIT, "'مساء الأربعاء' = Wed 6 Mar 2024"),
])

# ---------------------------------------------------------------- iran-msc-aries-seizure-hormuz-2024
S = "iran-msc-aries-seizure-hormuz-2024"
SEIZE = "2024-04-13"                       # the IRGC's helicopter raid on the MSC Aries near Hormuz, Sat 13 Apr 2024
art(S, "https://www.fananews.com/%d8%a5%d9%8a%d8%b1%d8%a7%d9%86-%d8%aa%d8%b9%d9%84%d9%86-%d8%a7%d9%84%d8%a7%d8%b3%d8%aa%d9%8a%d9%84%d8%a7%d8%a1-%d8%b9%d9%84%d9%89-%d8%b3%d9%81%d9%8a%d9%86%d8%a9-%d8%aa%d8%a7%d8%a8%d8%b9%d8%a9-%d9%84/",
    "2024-04-13", "the QNA dateline 'طهران في 13 أبريل /قنا/' (kept; 13 Apr 2024 was a Saturday, the year from the event: the seizure of the MSC Aries, and 'أمس الجمعة' for the US reinforcements of Fri 12 Apr 2024); headline kept from the page (re-worded)", True, """
إيران تعلن احتجاز سفينة تابعة للكيان الإسرائيلي
طهران في 13 أبريل /قنا/ أفادت السلطات الإيرانية، اليوم، بأن القوات البحرية الخاصة في الحرس الثوري الإيراني سيطرت قرب مضيق هرمز على سفينة حاويات تدعى «ام سي اس أريز» تشغلها شركة يملكها رجل أعمال إسرائيلي.
ونقلت وكالة الأنباء الإيرانية الرسمية «إرنا» أن مروحية تابعة لبحرية الحرس الثوري نفذت العملية بإنزال على متن السفينة التي «ترفع العلم البرتغالي وتشغلها شركة زودياك المملوكة للرأسمالي الإسرائيلي إيال عوفر».
وكانت الولايات المتحدة قد أعلنت أمس الجمعة أنها سترسل تعزيزات إلى الشرق الأوسط، في ظل تصاعد المخاوف من أن تشن إيران قريبا هجوما على إسرائيل.
""", [
    ev("iran-announces-seizure", "أفادت السلطات الإيرانية، اليوم، بأن القوات البحرية الخاصة", SEIZE, "'اليوم' = Sat 13 Apr 2024 (dateline '13 أبريل')"),
    ev("aries-seized", "أن مروحية تابعة لبحرية الحرس الثوري نفذت العملية بإنزال", SEIZE, "no own expression; the helicopter raid of Sat 13 Apr 2024 (UKMTO's report of that morning)"),
    ev("us-reinforcements", "وكانت الولايات المتحدة قد أعلنت أمس الجمعة أنها سترسل تعزيزات", "2024-04-12", "'أمس الجمعة' from Sat 13 = Fri 12 Apr 2024"),
])
art(S, "https://al-ain.com/article/1713004663",
    "2024-04-13", "no date line on the stored page; the article number in the URL, 1713004663, is a Unix time = 13 Apr 2024 10:37 UTC, and the body's 'اليوم السبت' agrees (13 Apr 2024 was a Saturday); headline kept from the page (re-worded); the two related-article links, the sub-heading 'تقرير ومسلحون' and the last, truncated sentence dropped; no date of its own in the text", False, """
الحرس الإيراني يعلن السيطرة على سفينة «مرتبطة» بإسرائيل قرب مضيق هرمز
أعلن الحرس الثوري الإيراني، اليوم السبت، أنه استولى على سفينة «مرتبطة» بإسرائيل بالقرب من مضيق هرمز، بحسب وسائل الإعلام الإيرانية الرسمية.
وذكرت وكالة إيرنا الرسمية أن السفينة التي سيطر عليها الحرس الثوري قرب المضيق يملكها الملياردير الإسرائيلي إيال عوفر.
وأشارت إلى أن السفينة المحتجزة «إم.إس.سي أريس» ستُقطر إلى المياه الإقليمية الإيرانية، من غير أن تقدم مزيدا من التفاصيل.
ونقلت الوكالة: «احتجزت القوة البحرية الخاصة ناقلة الحاويات (إم إس سي أريز) في عملية نفذتها مروحية قرب مضيق هرمز».
وبينت أن السفينة «ترفع العلم البرتغالي وتشغلها شركة زودياك المملوكة للرأسمالي الإسرائيلي إيال عوفر» وأنها «تُقتاد إلى المياه الإقليمية» الإيرانية.
وفي وقت سابق السبت، أفادت هيئة عمليات التجارة البحرية البريطانية اليوم السبت بأنها تلقت بلاغا عن حادث قرب مضيق هرمز، وأن السلطات تحقق فيه.
وأضافت الهيئة أن «سلطات إقليمية سيطرت على سفينة قرب مضيق هرمز»، من دون مزيد من التفاصيل أو توضيح طبيعة «الواقعة».
""", [
    ev("iran-announces-seizure", "أعلن الحرس الثوري الإيراني، اليوم السبت، أنه استولى", SEIZE, "'اليوم السبت' = Sat 13 Apr 2024"),
    ev("aries-taken-to-iran", "ستُقطر إلى المياه الإقليمية الإيرانية", SEIZE, "no own expression; the ship was being taken into Iranian waters on Sat 13 Apr 2024 ('تُقتاد' in the same report)"),
    ev("aries-seized", "احتجزت القوة البحرية الخاصة ناقلة الحاويات (إم إس سي أريز)", SEIZE, "no own expression; the raid of Sat 13 Apr 2024"),
    ev("ukmto-report", "أفادت هيئة عمليات التجارة البحرية البريطانية اليوم السبت بأنها تلقت بلاغا", SEIZE, "'في وقت سابق السبت' / 'اليوم السبت' = Sat 13 Apr 2024"),
])
art(S, "https://alittihad44.com/%D8%B9%D8%B1%D8%A8%D9%8A-%D9%88%D8%B9%D8%A7%D9%84%D9%85%D9%8A/%D8%A7%D9%84%D8%A8%D8%B1%D8%AA%D8%BA%D8%A7%D9%84-%D8%AA%D8%B3%D8%AA%D8%AF%D8%B9%D9%8A-%D8%B3%D9%81%D9%8A%D8%B1-%D8%A5%D9%8A%D8%B1%D8%A7%D9%86-%D8%A8%D8%B9%D8%AF-%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%B2%D9%87%D8%A7-%D8%B3%D9%81%D9%8A%D9%86%D8%A9-%D8%AA%D8%B1%D9%81%D8%B9-%D8%B9%D9%84%D9%85%D9%87%D8%A7",
    "2024-04-16", "no date line on the stored page; the body's 'اليوم الثلاثاء' for the summons of the Iranian ambassador, after a seizure 'نهاية الأسبوع الماضي' (Sat 13 Apr) and Tehran's statement of 'أمس الاثنين' (Mon 15 Apr), gives Tue 16 Apr 2024 (16 Apr 2024 was a Tuesday; Portugal summoned the ambassador on Tue 16 Apr: investing.com/Reuters 'يوم الثلاثاء', odia.com.br 'nesta terça-feira (16)', the Iran International copy on d156axqdhqxfu.cloudfront.net 'في 16 أبريل (نيسان)'); headline rendered from the URL slug (the stored text has none); no date of its own in the text", False, """
البرتغال تستدعي سفير إيران بعد احتجازها سفينة ترفع علمها
استدعت وزارة الخارجية البرتغالية، اليوم الثلاثاء، السفير الإيراني في لشبونة لتطالب بإطلاق سفينة حاويات ترفع علم البرتغال احتجزتها طهران نهاية الأسبوع الماضي في مياه الخليج، ولتندد بالرد الإيراني على إسرائيل عقب استهداف قنصلية طهران في دمشق.
وأوضحت الخارجية البرتغالية أن لشبونة طلبت الإفراج عن طاقم السفينة «لأن التفسيرات التي قُدمت حتى الآن لا تُعد متسقة».
وجاء في بيان لها: «تنتظر وزارة الخارجية ما سيسفر عنه هذا الإجراء الرسمي، وستدرس اتخاذ أي خطوات أخرى على ضوئه».
وأشارت إلى أن الاجتماع بالسفير الإيراني أتاح للبرتغال «أن تجدد بقوة وبشكل قاطع إدانتها الهجوم الأخير على دولة إسرائيل».
وكانت طهران قد أعلنت، أمس الاثنين، أن الحرس الثوري الإيراني احتجز سفينة الشحن «أريس» المرتبطة بإسرائيل في مضيق هرمز «لانتهاكها القوانين البحرية».
وذكرت مجموعة «إم إس سي» المشغلة للسفينة «أريس» أنها تعمل «مع السلطات المعنية» لضمان عودة السفينة سالمة وسلامة أفراد طاقمها البالغ عددهم 25.
وتستأجر «إم إس سي» السفينة أريس من «جورتال شيبنغ»، التابعة لشركة «زودياك ماريتايم» التي يملك رجل الأعمال الإسرائيلي إيال عوفر جزءا منها.
""", [
    ev("portugal-summons-ambassador", "استدعت وزارة الخارجية البرتغالية، اليوم الثلاثاء، السفير الإيراني", "2024-04-16", "'اليوم الثلاثاء' = Tue 16 Apr 2024"),
    ev("aries-seized", "احتجزتها طهران نهاية الأسبوع الماضي في مياه الخليج", SEIZE, "'نهاية الأسبوع الماضي' from Tue 16 = Sat 13 Apr 2024"),
    ev("damascus-consulate-strike", "عقب استهداف قنصلية طهران في دمشق", "2024-04-01", "no own expression; the strike on the Iranian consulate in Damascus of Mon 1 Apr 2024 (alyaumtv: 'في الأول من نيسان أبريل الجاري')"),
    ev("iran-attack-on-israel", "إدانتها الهجوم الأخير على دولة إسرائيل", SEIZE, "no own expression; Iran's drone and missile attack launched late on Sat 13 Apr, reaching Israel early on Sun 14 Apr 2024", end="2024-04-15"),
    ev("tehran-maritime-law-statement", "وكانت طهران قد أعلنت، أمس الاثنين، أن الحرس الثوري الإيراني احتجز", "2024-04-15", "'أمس الاثنين' from Tue 16 = Mon 15 Apr 2024"),
    ev("msc-statement", "وذكرت مجموعة «إم إس سي» المشغلة للسفينة «أريس»", SEIZE, "no own expression; MSC confirmed the seizure and its 25 crew on Sat 13 Apr 2024 (alyaumtv, elbalad)"),
])
art(S, "http://www.indianewsnetwork.com/ar/20240418/woman-crew-member-of-merchant-vessel-msc-airies-seized-by-iran-returns-to-india",
    "2024-04-18", "date in the URL '/20240418/' and in the body 'الخميس (18 نيسان/أبريل 2024)' (kept; 18 Apr 2024 was a Thursday); the lead line (a repeat of a later sentence) and the last, truncated sentence dropped; headline rendered from the URL slug (the stored text has none); the ship's name, misspelt 'MSC Airies' in two places, written 'MSC Aries'", True, """
عودة بحّارة هندية من طاقم السفينة التي احتجزتها إيران إلى بلادها
رجعت إلى الهند متدربة بحرية كانت ضمن 17 بحارا هنديا على متن سفينة حاويات احتجزتها القوات الإيرانية في 13 نيسان/أبريل 2024.
وبحسب وزارة الشؤون الخارجية الهندية، وصلت المتدربة آن تيسا جوزيف، وهي من مدينة ثريسور في ولاية كيرالا وكانت من أفراد الطاقم الهندي لسفينة الحاويات MSC Aries، سالمة إلى مطار كوشين الدولي بعد ظهر الخميس (18 نيسان/أبريل 2024)، وكان في استقبالها مدير الجوازات الإقليمي في كوشين.
وبيّنت الوزارة أن عودتها جاءت ثمرة جهود مشتركة بين البعثة الهندية في طهران والحكومة الإيرانية، مشيرة إلى أن البعثة على اتصال ببقية البحارة الهنود على متن السفينة، وهم بصحة جيدة وفق ما يُقال.
وقالت الخارجية الهندية: «لا تزال البعثة الهندية في طهران تتابع الملف، وهي على تواصل مع 16 من أفراد الطاقم الهندي الباقين على متن سفينة الحاويات. جميعهم بصحة جيدة ويتواصلون مع ذويهم في الهند».
وأضافت أن البعثة تتواصل كذلك مع السلطات الإيرانية لضمان سلامة بقية أفراد طاقم MSC Aries.
""", [
    ev("cadet-returns", "وصلت المتدربة آن تيسا جوزيف", "2024-04-18", "'بعد ظهر الخميس (18 نيسان/أبريل 2024)' = Thu 18 Apr 2024"),
    ev("aries-seized", "سفينة حاويات احتجزتها القوات الإيرانية في 13 نيسان/أبريل 2024", SEIZE, "'13 نيسان/أبريل 2024' = Sat 13 Apr 2024"),
    ev("mea-statement", "وقالت الخارجية الهندية: «لا تزال البعثة الهندية في طهران تتابع الملف", "2024-04-18", "no own expression; the MEA statement issued on the cadet's arrival, Thu 18 Apr 2024"),
])

# ---------------------------------------------------------------- gulf-of-oman-tankers-attack-2019
S = "gulf-of-oman-tankers-attack-2019"
HIT19 = "2019-06-13"                       # Front Altair and Kokuka Courageous hit in the Gulf of Oman, morning of Thu 13 Jun 2019
TOW = "2019-06-14"                         # the Kokuka Courageous towed toward the UAE (Khor Fakkan / Kalba) on Fri 14 Jun 2019
SAT = "2019-06-15"                         # Front Altair towed out of Iranian waters and its crew flown to Dubai, Sat 15 Jun 2019
art(S, "https://royanews.tv/news/183810",
    "2019-06-13", "page stamp 'نشر: 2019-06-13 09:09' (kept as second line; 13 Jun 2019 was a Thursday); the stamp's 'آخر تحديث: 2023-06-18 15:31', the photo tag and the related-news box dropped; headline kept from the page (re-worded)", True, """
ناقلتا نفط عملاقتان محملتان بالخام تتعرضان لهجوم في بحر عمان
نشر: 2019-06-13 09:09
نقلت وسائل إعلام إيرانية عن مصادر محلية عمانية أن انفجارين ضخمين أصابا ناقلتي نفط في مياه بحر عمان، صباح الخميس.
وأشارت وسائل الإعلام الإيرانية إلى أن دوي انفجارين قويين متتاليين سُمع في مياه بحر عُمان، وأن المعلومات الأولية تفيد باستهداف ناقلتي نفط.
وبيّنت أن الناقلتين المستهدفتين من الناقلات العملاقة، وكانتا تنقلان النفط الخام من منطقة الخليج.
ووفق وكالة «يونيوز»، تحدثت مصادر محلية باكستانية عن سماع أصوات الانفجارات، وعن طلب ناقلتي نفط عملاقتين النجدة من الدول المطلة على بحر عُمان.
وفي السياق ذاته، ذكرت وكالة «أسوشيتد برس» أن هيئة السلامة البحرية البريطانية أطلقت تحذيرا بشأن حادث غير محدد في خليج عمان.
ونقلت وكالة رويترز عن وكالة الجمهورية الإسلامية الإيرانية للأنباء، عن مصدر مطلع لم تكشف اسمه، أن فرق بحث وإنقاذ إيرانية انتشلت 44 بحارا من الناقلتين المعطوبتين في خليج عمان.
""", [
    ev("tankers-attacked", "أن انفجارين ضخمين أصابا ناقلتي نفط في مياه بحر عمان، صباح الخميس", HIT19, "'صباح الخميس' = Thu 13 Jun 2019 (stamp)"),
    ev("distress-calls", "وعن طلب ناقلتي نفط عملاقتين النجدة", HIT19, "no own expression; the distress calls of 06:12 and 07:00 local time on Thu 13 Jun 2019 (US Fifth Fleet)"),
    ev("ukmto-warning", "أن هيئة السلامة البحرية البريطانية أطلقت تحذيرا", HIT19, "no own expression; the UKMTO warning of the morning of Thu 13 Jun 2019 (shabiba: 30 minutes after the blasts)"),
    ev("crews-rescued", "أن فرق بحث وإنقاذ إيرانية انتشلت 44 بحارا", HIT19, "no own expression; the 44 sailors of both tankers taken off on Thu 13 Jun 2019 (tabnak: before noon of Thursday)"),
])
art(S, "https://youm7.com/story/2019/6/14/رئيس-شركة-ناقلة-النفط-اليابانية-الطاقم-شاهد-سفينة-للجيش-الإيرانى/4285663",
    "2019-06-14", "page stamp 'الجمعة، 14 يونيو 2019 06:58 ص' (kept as second line; 14 Jun 2019 was a Friday) and date in the URL '/2019/6/14/'; the credit 'رويترز', the sharing and comment boxes dropped; headline kept from the page (re-worded)", True, """
رئيس الشركة المشغلة للناقلة اليابانية: البحارة رأوا سفينة عسكرية إيرانية
الجمعة، 14 يونيو 2019 06:58 ص
أفاد رئيس شركة كوكوكا سانجيو، مشغلة ناقلة النفط اليابانية كوكوكا كاريدجس، اليوم الجمعة، بأن بحارة الناقلة رأوا سفينة تابعة للجيش الإيرانى الليلة الماضية، مستبعدا أن تكون الناقلة قد أصيبت بطوربيد.
وأوضح أن الأضرار لحقت بالناقلة جراء أجسام طائرة، وأنها تبحر بأمان نحو خورفكان.
وكانت الولايات المتحدة قد اتهمت إيران بالمسؤولية عن الهجمات على ناقلتى نفط فى خليج عُمان أمس الخميس، وهو ما رفع أسعار النفط وعزز المخاوف من مواجهة جديدة بين إيران والولايات المتحدة، غير أن طهران رفضت الاتهام رفضا قاطعا.
""", [
    ev("katada-press-conference", "أفاد رئيس شركة كوكوكا سانجيو، مشغلة ناقلة النفط اليابانية كوكوكا كاريدجس، اليوم الجمعة", "2019-06-14", "'اليوم الجمعة' = Fri 14 Jun 2019 (the Tokyo press conference)"),
    ev("iranian-ship-sighted", "بأن بحارة الناقلة رأوا سفينة تابعة للجيش الإيرانى الليلة الماضية", HIT19, "'الليلة الماضية' from Fri 14 morning = the evening / night of Thu 13 Jun 2019 (my span 13-14 Jun)", end="2019-06-15"),
    ev("kokuka-towed-to-uae", "وأنها تبحر بأمان نحو خورفكان", TOW, "no own expression; the Kokuka Courageous under tow toward the UAE on Fri 14 Jun 2019 (euronews, thenewkhalij 'الجمعة')"),
    ev("us-blames-iran", "وكانت الولايات المتحدة قد اتهمت إيران بالمسؤولية", HIT19, "'أمس الخميس' from Fri 14 = Thu 13 Jun 2019 (Pompeo's statement of Thursday)"),
    ev("tankers-attacked", "عن الهجمات على ناقلتى نفط فى خليج عُمان أمس الخميس", HIT19, "'أمس الخميس' from Fri 14 = Thu 13 Jun 2019"),
])
art(S, "https://arabic.euronews.com/2019/06/14/tanker-uaeport-ah7",
    "2019-06-14", "date in the URL '/2019/06/14/' (14 Jun 2019 was a Friday); the body's 'يوم الجمعة' agrees; the page furniture and the unrelated 'مواضيع إضافية' dropped; headline kept from the page (re-worded); no date of its own in the text", False, """
بيان: الناقلة كوكوكا كاريدجس في طريقها إلى ميناء إماراتي
دبي (رويترز) - أعلنت شركة برنهارد شولته، مشغلة الناقلة كوكوكا كاريدجس، يوم الجمعة أن الناقلة، وهي واحدة من ناقلتين تعرضتا لانفجارات يوم الخميس في خليج عُمان، تُقطر الآن بأمان في اتجاه ميناء كلباء الإماراتي الواقع جنوبي الفجيرة.
وعدّلت الشركة بذلك بيانا سابقا أشارت فيه إلى أن الناقلة متجهة إلى ميناء خورفكان.
وأوضح مسؤول في الشركة أن وجهة الناقلة تغيرت بسبب الازدحام في ميناءي خورفكان والفجيرة.
وكانت شركة بوسكالس الهولندية للهندسة البحرية قد ذكرت في وقت سابق من يوم الجمعة أنها كُلفت بإنقاذ الناقلة كوكوكا كاريدجس والناقلة المتضررة الأخرى فرنت ألتير التي تشغلها شركة فرنتلاين.
وجاء في البيان: «كوكوكا كاريدجس مستقرة. وسيُجرى تقييم شامل للأضرار، لكنها لا تواجه خطر الغرق، ولم تفقد أي جزء من شحنتها أو وقودها».
""", [
    ev("kokuka-towed-to-uae", "تُقطر الآن بأمان في اتجاه ميناء كلباء الإماراتي", TOW, "'يوم الجمعة' = Fri 14 Jun 2019 (URL date)"),
    ev("tankers-attacked", "ناقلتين تعرضتا لانفجارات يوم الخميس في خليج عُمان", HIT19, "'يوم الخميس' before Fri 14 = Thu 13 Jun 2019"),
    ev("destination-changed", "أن وجهة الناقلة تغيرت بسبب الازدحام", TOW, "no own expression; the change from Khor Fakkan to Kalba announced on Fri 14 Jun 2019"),
    ev("boskalis-hired", "أنها كُلفت بإنقاذ الناقلة كوكوكا كاريدجس", HIT19, "'في وقت سابق من يوم الجمعة' dates the announcement (Fri 14 Jun 2019); the salvage contract was given after the attacks of Thu 13 Jun (my span 13-14 Jun)", end="2019-06-15"),
])
art(S, "https://thenewkhalij.news/article/153406/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9-%D9%86%D8%A7%D9%82%D9%84%D8%AA%D8%A7-%D8%AE%D9%84%D9%8A%D8%AC-%D8%B9%D9%85%D8%A7%D9%86-%D8%A7%D9%84%D9%85%D8%B3%D8%AA%D9%87%D8%AF%D9%81%D8%AA%D9%8A%D9%86-%D8%BA%D8%A7%D8%AF%D8%B1%D8%AA%D8%A7-%D8%A5%D9%8A%D8%B1%D8%A7%D9%86-%D8%A5%D9%84%D9%89-%D8%A7%D9%84%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA",
    "2019-06-16", "page date line 'الأحد 16 يونيو 2019 05:06 ص' (16 Jun 2019 was a Sunday), dropped from the text; the body's 'الخميس الماضي', 'السبت' and 'الأحد' (the crew still to leave) agree; headline kept from the page (re-worded, its grammar mended); the last, truncated sentence dropped; no date of its own in the text", False, """
ناقلتا خليج عمان المستهدفتان تغادران إيران نحو الإمارات
أعلنت شركة «فرنتلاين»، مشغلة ناقلة النفط النرويجية «فرونت ألتير» التي هوجمت في خليج عمان الخميس الماضي، أن بحارة السفينة وصلوا إلى دبي، بينما أكد مسؤول إيراني أن الناقلة خرجت من المياه الإقليمية الإيرانية، السبت.
وذكرت الشركة في بيان، السبت، أن «جميع أفراد طاقم الناقلة البالغ عددهم 23 غادروا إيران عبر مطار بندر عباس وبلغوا مطار دبي الدولي بعد ظهر اليوم».
وأشار متحدث باسم الشركة إلى أن الطاقم، الذي يضم بحارة من روسيا والفلبين وجورجيا، لقي رعاية من السلطات الإيرانية، وفق «رويترز».
وتوجه أغلب أفراد الطاقم إلى بلدانهم فور وصولهم إلى دبي، على أن يغادر الباقون، الأحد.
من جهته، صرح المدير العام لشؤون الموانئ والملاحة البحرية في محافظة هرمزكان الإيرانية، مراد الله عفيفي بور، بأن السفينتين خرجتا من المياه الخاضعة لرقابة إيران، مبينا أن الناقلة الأولى، المملوكة لليابان والتي ترفع علم بنما وعلى متنها 21 بحارا، اتجهت، الجمعة، إلى ميناء خورفكان الإماراتي، في حين أبحرت الثانية «فرونت ألتير» النرويجية، التي ترفع علم جزر مارشال، ظهر السبت، نحو ميناء الفجيرة الإماراتي.
""", [
    ev("tankers-attacked", "التي هوجمت في خليج عمان الخميس الماضي", HIT19, "'الخميس الماضي' before Sun 16 = Thu 13 Jun 2019"),
    ev("front-altair-crew-in-dubai", "أن بحارة السفينة وصلوا إلى دبي", SAT, "'بعد ظهر اليوم' in the company's statement of 'السبت' = Sat 15 Jun 2019"),
    ev("front-altair-leaves-iran-waters", "أن الناقلة خرجت من المياه الإقليمية الإيرانية، السبت", SAT, "'السبت' = Sat 15 Jun 2019 (also 'ظهر السبت' later)"),
    ev("rest-of-crew-leave", "على أن يغادر الباقون، الأحد", "2019-06-16", "'الأحد' = Sun 16 Jun 2019 (a plan)"),
    ev("kokuka-towed-to-uae", "اتجهت، الجمعة، إلى ميناء خورفكان الإماراتي", TOW, "'الجمعة' = Fri 14 Jun 2019"),
])

# ---------------------------------------------------------------- hormuz-mayuree-naree-thai-ship-2026
S = "hormuz-mayuree-naree-thai-ship-2026"
HIT26 = "2026-03-11"                       # the Mayuree Naree hit by two projectiles in the Strait of Hormuz, Wed 11 Mar 2026
WAR = "2026-02-28"                         # the US and Israeli strikes on Iran began on Sat 28 Feb 2026
art(S, "https://www.swissinfo.ch/ara/%D8%AB%D9%84%D8%A7%D8%AB-%D8%B3%D9%81%D9%86-%D8%A3%D8%AE%D8%B1%D9%89-%D8%AA%D8%AA%D8%B9%D8%B1%D8%B6-%D9%84%D9%85%D9%82%D8%B0%D9%88%D9%81%D8%A7%D8%AA-%D9%81%D9%8A-%D9%85%D8%B6%D9%8A%D9%82-%D9%87%D8%B1%D9%85%D8%B2-%D9%88%D8%A7%D8%B3%D8%AA%D9%85%D8%B1%D8%A7%D8%B1-%D8%AA%D9%87%D8%AF%D9%8A%D8%AF-%D8%A7%D9%84%D8%B3%D9%81%D9%86-%D8%A7%D9%84%D8%AA%D8%AC%D8%A7%D8%B1%D9%8A%D8%A9/91076757",
    "2026-03-11", "the Reuters dateline 'دبي 11 مارس آذار (رويترز)' (kept; 11 Mar 2026 was a Wednesday) and the page stamp 'date 2026-03-11'; the body's 'اليوم الأربعاء' agrees; the ticker and reading-time lines dropped; headline kept from the page (re-worded); the last, truncated quotation on the missing crew dropped", True, """
ثلاث سفن جديدة تصاب بمقذوفات في مضيق هرمز والخطر على السفن التجارية مستمر
دبي 11 مارس آذار (رويترز) – أفادت هيئات للأمن البحري وإدارة المخاطر اليوم الأربعاء بأن ثلاث سفن أصيبت بمقذوفات مجهولة في مضيق هرمز، ما يرفع عدد السفن التي هوجمت في المنطقة منذ بدء الحرب على إيران إلى 14 سفينة على الأقل.
وتوقفت الملاحة في المضيق بشكل شبه كامل منذ أن بدأت الولايات المتحدة وإسرائيل ضرب إيران في 28 فبراير شباط، ما عطل تصدير قرابة 20 بالمئة من إمدادات النفط العالمية ورفع أسعار الخام عالميا إلى مستويات لم تُسجل منذ عام 2022.
ويتوعد الحرس الثوري الإيراني بمهاجمة أي سفينة تعبر المضيق، فيما هدد الرئيس الأمريكي دونالد ترامب بتصعيد الضربات الأمريكية على إيران إن واصلت تعطيل الملاحة فيه.
وأعلنت شركة (بريشوس شيبينج) المدرجة في تايلاند أن سفينة البضائع السائبة (مايوري ناري) التي ترفع العلم التايلاندي استُهدفت وأصيبت اليوم الأربعاء «بمقذوفين مجهولي المصدر» خلال عبورها المضيق، ما أدى إلى اندلاع حريق وإلحاق أضرار بغرفة المحرك.
""", [
    ev("three-ships-hit", "بأن ثلاث سفن أصيبت بمقذوفات مجهولة في مضيق هرمز", HIT26, "'اليوم الأربعاء' = Wed 11 Mar 2026 (dateline)"),
    ev("hormuz-shipping-halt", "وتوقفت الملاحة في المضيق بشكل شبه كامل", WAR, "'منذ ... 28 فبراير شباط' = from Sat 28 Feb to the report of Wed 11 Mar 2026", end="2026-03-12"),
    ev("war-on-iran-begins", "منذ أن بدأت الولايات المتحدة وإسرائيل ضرب إيران في 28 فبراير شباط", WAR, "'28 فبراير شباط' = Sat 28 Feb 2026"),
    ev("mayuree-naree-hit", "استُهدفت وأصيبت اليوم الأربعاء «بمقذوفين مجهولي المصدر»", HIT26, "'اليوم الأربعاء' = Wed 11 Mar 2026"),
    ev("engine-room-fire", "ما أدى إلى اندلاع حريق وإلحاق أضرار بغرفة المحرك", HIT26, "no own expression; the fire set off by the strike of Wed 11 Mar 2026"),
])
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=11032026&id=84993169-3c60-4788-8cae-d612af04162d",
    "2026-03-11", "date in the URL 'cdate=11032026' and page stamp 'date 2026-03-11' (11 Mar 2026 was a Wednesday); the body's 'مساء الأربعاء' and 'صباح اليوم' agree; headline written from the body (the stored text has none); no date of its own in the text", False, """
الحرس الثوري يقر باستهداف سفينة ليبيرية وناقلة تايلاندية في مضيق هرمز
اعترف الحرس الثوري الإيراني، مساء الأربعاء، بأنه استهدف في مضيق هرمز سفينة ترفع العلم الليبيري وناقلة تايلاندية.
وذكر في بيان أنه ضرب بقذائف إيرانية صباح اليوم السفينة «إكسبريس روم» التي قال إنها مملوكة لـ«إسرائيل» وترفع العلم الليبيري، بعدما تجاهلت تحذيرات بحرية الحرس الثوري.
وأضاف أن سفينة الحاويات «مايوري ناري» استُهدفت هي الأخرى بقذائف إيرانية قبل ساعات قليلة، إثر تجاهلها تحذيرات بحرية الحرس الثوري وإصرارها على عبور مضيق هرمز «بشكل غير قانوني».
وكانت هيئة النقل البحري البريطانية (UKMTO) قد أعلنت في وقت سابق أن سفينة شحن ثالثة أصيبت بـ«مقذوف مجهول» صباح اليوم قرب مضيق هرمز، الذي بات نقطة ارتكاز في الصراع مع إيران.
وجاءت الضربة الأخيرة على مسافة 50 ميلا بحريا شمال غرب دبي، في حين اندلعت النيران في سفينة ثانية قبالة شبه جزيرة مسندم العمانية (13 ميلا بحريا)، وأُجليت طواقمها بسلام من دون أضرار بيئية أو إصابات.
كذلك أبلغت سفينة أخرى عن أضرار لحقت بها قبالة سواحل الإمارات، ليبلغ عدد السفن المستهدفة منذ بدء الحرب 13 سفينة، بحسب إشعار استشاري صادر عن الهيئة البريطانية.
""", [
    ev("irgc-claim", "اعترف الحرس الثوري الإيراني، مساء الأربعاء، بأنه استهدف", HIT26, "'مساء الأربعاء' = Wed 11 Mar 2026"),
    ev("express-room-hit", "أنه ضرب بقذائف إيرانية صباح اليوم السفينة «إكسبريس روم»", HIT26, "'صباح اليوم' = the morning of Wed 11 Mar 2026"),
    ev("mayuree-naree-hit", "أن سفينة الحاويات «مايوري ناري» استُهدفت هي الأخرى", HIT26, "'قبل ساعات قليلة' before the statement of Wed 11 Mar 2026"),
    ev("dubai-bulk-carrier-hit", "أن سفينة شحن ثالثة أصيبت بـ«مقذوف مجهول» صباح اليوم", HIT26, "'صباح اليوم' = Wed 11 Mar 2026 (the Star Gwyneth, 50 nm NW of Dubai)"),
    ev("crew-evacuated", "وأُجليت طواقمها بسلام", HIT26, "no own expression; the crews taken off on Wed 11 Mar 2026"),
])
art(S, "https://www.aletihad.ae/news/%D8%B9%D8%B1%D8%A8%D9%8A-%D9%88%D8%AF%D9%88%D9%84%D9%8A/4650855/%D8%A5%D8%AC%D9%84%D8%A7%D8%A1-20-%D8%B4%D8%AE%D8%B5%D8%A7-%D9%85%D9%86-%D8%B3%D9%81%D9%8A%D9%86%D8%A9-%D8%AA%D8%A7%D9%8A%D9%84%D8%A7%D9%86%D8%AF%D9%8A%D8%A9-%D8%AA%D8%B9%D8%B1%D8%B6%D8%AA-%D9%84%D9%84%D8%A7%D8%B3%D8%AA%D9%87%D8%AF%D8%A7%D9%81-%D9%82%D8%A8%D8%A7%D9%84%D8%A9-%D8%B3%D9%88%D8%A7%D8%AD%D9%84",
    "2026-03-12", "page time stamp '12 مارس 2026 03:51' (kept as second line; 12 Mar 2026 was a Thursday; the page header also reads 'الخميس 12 مارس 2026'); the body's 'أمس' for the evacuation of Wed 11 Mar agrees (another stored copy carries 'date 2026-03-11', i.e. late on 11 Mar in UTC); the photo caption, related links and tags dropped; headline kept from the page (re-worded)", True, """
إجلاء 20 بحارا من سفينة تايلاندية استُهدفت قبالة السواحل العُمانية
12 مارس 2026 03:51
مسقط (الاتحاد)
أخلت السلطات البحرية العُمانية أمس 20 شخصا من سفينة تجارية ترفع علم تايلاند تعرضت للاستهداف على مسافة 13 ميلا بحريا من الساحل العُماني.
وأفادت وكالة الأنباء العُمانية بأن مركز الأمن البحري تلقى بلاغا عن استهداف السفينة التجارية (MAYUREE NAREE) التي ترفع علم مملكة تايلاند، على بعد 13 ميلا بحريا من سواحل السلطنة، ما أدى إلى اندلاع حريق في غرفة المحركات الرئيسية.
وأوضحت الوكالة أن سفينة تابعة للبحرية السلطانية العُمانية أجلت من السفينة 20 شخصا من الجنسية التايلاندية، وأن بين أفراد الطاقم إصابات متفاوتة.
""", [
    ev("crew-evacuated", "أخلت السلطات البحرية العُمانية أمس 20 شخصا", HIT26, "'أمس' from Thu 12 = Wed 11 Mar 2026"),
    ev("mayuree-naree-hit", "تلقى بلاغا عن استهداف السفينة التجارية (MAYUREE NAREE)", HIT26, "no own expression; the strike of Wed 11 Mar 2026"),
    ev("engine-room-fire", "ما أدى إلى اندلاع حريق في غرفة المحركات الرئيسية", HIT26, "no own expression; the fire of Wed 11 Mar 2026"),
    ev("crew-injured", "وأن بين أفراد الطاقم إصابات متفاوتة", HIT26, "no own expression; injured in the strike of Wed 11 Mar 2026"),
])
art(S, "https://www.aljazeera.net/news/2026/3/12/%D8%A8%D8%B9%D8%AF-%D8%A7%D8%B3%D8%AA%D9%87%D8%AF%D8%A7%D9%81-%D8%B3%D9%81%D9%8A%D9%86%D8%A9-%D9%81%D9%8A-%D9%85%D8%B6%D9%8A%D9%82-%D9%87%D8%B1%D9%85%D8%B2-%D8%AA%D8%A7%D9%8A%D9%84%D9%86%D8%AF",
    "2026-03-12", "date in the URL '/2026/3/12/' and page stamp 'date 2026-03-12' (12 Mar 2026 was a Thursday); the body's 'اليوم الخميس' and 'أمس الأربعاء' agree; headline rendered from the (cut) URL slug and the first sentence (the stored text has none); the sub-heading 'فقدان 3 بحارة' and the last, truncated words dropped; no date of its own in the text", False, """
بعد استهداف سفينة في مضيق هرمز.. تايلند تستدعي السفير الإيراني
استدعت تايلند، اليوم الخميس، سفير إيران لدى بانكوك إثر استهداف سفينة تايلندية بالقرب من مضيق هرمز.
وطالبت وزارة الخارجية التايلندية طهران بالاعتذار عن الأضرار التي أصابت سفينة تايلندية ضربها مقذوف في مضيق هرمز أمس الأربعاء، فاندلع فيها حريق واضطر طاقمها إلى مغادرتها.
وأوضحت الوزارة أنها طلبت، اليوم الخميس، من السفير الإيراني إيضاحات حول ملابسات الحادث.
من جانبه، ذكر الحرس الثوري الإيراني في بيان أوردته وكالة أنباء تسنيم أن السفينة «تعرضت لنيران من مقاتلين إيرانيين».
وأعلنت شركة شحن تايلندية أن 3 من بحارة سفينة تابعة لها، أصيبت بمقذوفين الأربعاء خلال عبورها مضيق هرمز، «يُعتقد أنهم عالقون على متنها».
وقالت شركة «بريسش شيبينغ» في بيان أصدرته مساء الأربعاء إن «3 من أفراد الطاقم يعتقد أنهم مفقودون وعالقون في غرفة محركات» السفينة «مايوري ناري» المسجلة في تايلند والتي تضررت في الهجوم.
ولفت المدير العام للشركة خالد هاجم، في تصريح لوكالة الصحافة الفرنسية، إلى أنه «لم يتسن حتى الآن إرسال أي شخص إلى السفينة رغم إخماد الحريق»، مضيفا: «نحن ندرس خيارات مختلفة».
""", [
    ev("thailand-summons-ambassador", "استدعت تايلند، اليوم الخميس، سفير إيران لدى بانكوك", "2026-03-12", "'اليوم الخميس' = Thu 12 Mar 2026"),
    ev("mayuree-naree-hit", "سفينة تايلندية ضربها مقذوف في مضيق هرمز أمس الأربعاء", HIT26, "'أمس الأربعاء' from Thu 12 = Wed 11 Mar 2026"),
    ev("crew-evacuated", "واضطر طاقمها إلى مغادرتها", HIT26, "no own expression; the crew left the ship on Wed 11 Mar 2026"),
    ev("irgc-claim", "ذكر الحرس الثوري الإيراني في بيان أوردته وكالة أنباء تسنيم", HIT26, "no own expression; the IRGC statement of the evening of Wed 11 Mar 2026 (shorouknews: 'مساء الأربعاء')"),
    ev("precious-shipping-statement", "وقالت شركة «بريسش شيبينغ» في بيان أصدرته مساء الأربعاء", HIT26, "'مساء الأربعاء' = Wed 11 Mar 2026"),
    ev("fire-put-out", "رغم إخماد الحريق", HIT26, "no own expression; UKMTO reported the fire out later on Wed 11 Mar 2026 (swissinfo/Reuters, masrawy)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 351
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

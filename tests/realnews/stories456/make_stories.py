"""Builds stories.jsonl: the 456-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: mining and building collapses, rescue operations.
Stories: the firedamp explosion in the Amasra coal mine (Bartin, Turkey, October 2022), the rescue of the
Wild Boars football team from the Tham Luang cave (Chiang Rai, Thailand, July 2018), and the rescue of the
41 workers trapped in the collapsed Silkyara road tunnel (Uttarakhand, India, November 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- turkey-amasra-bartin-mine-explosion-2022
S = "turkey-amasra-bartin-mine-explosion-2022"
BLAST = "2022-10-14"                       # the explosion in the Amasra hard-coal mine, Fri 14 Oct 2022 at 18:15 local time
SAT = "2022-10-15"                         # toll of 40, then 41; Erdogan's visit; end of the search, Sat 15 Oct 2022
art(S, "https://sharjah24.ae/ar/Articles/2022/10/14/a24",
    BLAST, "the URL's date /2022/10/14/ (Fri 14 Oct 2022) and the body's 'مساء الجمعة' for the explosion and the first toll of that evening; the byline 'الشارقة 24 – أ ف ب:' dropped; headline written from the body (the stored text has none); the last, truncated sentence (the miners' union) dropped", True, """
مقتل 22 عاملاً على الأقل في انفجار بمنجم فحم في تركيا
لقي 22 عاملاً على الأقل حتفهم وجرح آخرون، مساء الجمعة، إثر انفجار وقع في منجم للفحم ببلدة أماسرا الواقعة على ساحل البحر الأسود، وسط تقارير عن حصار 50 عاملاً على عمق بين 300 و350 متراً، وعن نجاة ثمانية منهم خرجوا من المنجم زاحفين.
وأعلن سليمان صويلو، وزير الداخلية التركي، مساء الجمعة، أن الانفجار الذي ضرب المنجم المطل على البحر الأسود أودى بحياة 22 عاملاً على الأقل.
وأكد صويلو ما أوردته تقارير سابقة من أن 49 عاملاً لا يزالون عالقين على عمق يتراوح بين 300 و350 متراً داخل المنجم في بلدة أماسرا، بينما يسعى المنقذون إلى الوصول إليهم.
وبثّ التلفزيون مشاهد لمئات الأشخاص يحتشدون حول مبنى أبيض لحقت به أضرار قرب مدخل المنجم في البلدة الساحلية.
وأمر الرئيس التركي رجب طيب أردوغان وزيري الداخلية والطاقة بالتوجه على الفور إلى مكان الحادث والإشراف على عمليات الإنقاذ.
وكانت المحافظة نورتاش أرسلان قد ذكرت للصحافيين في وقت سابق أن خمسة أشخاص عالقون على عمق 350 متراً، و44 آخرين في موقع ثانٍ على عمق 300 متر تحت سطح الأرض.
وأشارت أرسلان إلى أن ثمانية عمال نجحوا في الخروج من المنجم زحفاً ويتلقون حالياً الرعاية الطبية، مؤكدة أن جهود الإنقاذ متواصلة.
""", [
    ev("mine-explosion", "إثر انفجار وقع في منجم للفحم ببلدة أماسرا", BLAST, "'مساء الجمعة' in an article of Fri 14 Oct 2022 = that Friday evening (18:15 local time)"),
    ev("soylu-22-toll", "وأعلن سليمان صويلو، وزير الداخلية التركي، مساء الجمعة", BLAST, "'مساء الجمعة' in an article of Fri 14 Oct 2022 = that Friday evening"),
    ev("trapped-49", "أن 49 عاملاً لا يزالون عالقين", BLAST, "no own expression; the count of trapped miners given on the evening of Fri 14 Oct 2022"),
    ev("erdogan-sends-ministers", "وأمر الرئيس التركي رجب طيب أردوغان وزيري الداخلية والطاقة", BLAST, "no own expression; Erdogan's order on the evening of the explosion, Fri 14 Oct 2022 (the ministers travelled that night)"),
    ev("arslan-briefing", "وكانت المحافظة نورتاش أرسلان قد ذكرت للصحافيين", BLAST, "no own expression; the governor's briefing 'في وقت سابق' on the evening of Fri 14 Oct 2022"),
    ev("eight-crawled-out", "ثمانية عمال نجحوا في الخروج من المنجم زحفاً", BLAST, "no own expression; the miners who got out right after the explosion, Fri 14 Oct 2022"),
])
art(S, "https://arabicpost.live/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/2022/10/15/%D8%AA%D8%B2%D8%A7%D9%8A%D8%AF-%D9%82%D8%AA%D9%84%D9%89-%D8%A7%D9%86%D9%81%D8%AC%D8%A7%D8%B1-%D9%85%D9%86%D8%AC%D9%85-%D9%81%D9%8A-%D8%AA%D8%B1%D9%83%D9%8A%D8%A7",
    SAT, "the URL's date /2022/10/15/ and the body's 'السبت 15 أكتوبر/تشرين الأول 2022' for the toll of 40; headline rendered from the URL slug (the stored text has none); the last, truncated sentence (the pictures aired by the media) dropped", True, """
تزايد قتلى انفجار منجم في تركيا
ارتفع عدد قتلى الانفجار الذي وقع في منجم للفحم بمدينة أماسرا في شمال غرب تركيا إلى 40، السبت 15 أكتوبر/تشرين الأول 2022، في حين يواصل المنقذون محاولة إخراج عشرات العمال العالقين في الموقع الذي سيزوره الرئيس رجب طيب أردوغان.
وجاءت هذه الحصيلة في إعلان لوزير الداخلية التركي سليمان صويلو، الذي كان قد ذكر في وقت سابق أن 49 عاملاً محاصرون تحت الأرض من بين 110 عمال كانوا في المنجم ساعة الانفجار.
بدوره، قال وزير الصحة التركي فخر الدين قوجة إن أحد عشر شخصاً أُخرجوا من المنجم ويتلقون العلاج في المستشفى.
وكان الانفجار قد وقع عند الساعة 18:15 (15:15 بتوقيت غرينتش)، الجمعة 14 أكتوبر/تشرين الأول 2022، في منجم بمدينة أماسرا المطلة على البحر الأسود.
وتبذل فرق الإنقاذ، وفق وكالة الأنباء الفرنسية، جهوداً مضنية لإنقاذ عشرات العمال العالقين في المنجم على عمق 300 و350 متراً تحت مستوى سطح البحر، فيما قال وزير الطاقة التركي فاتح دونميز إن "الملاحظات الأولى تشير إلى انفجار غاز".
وكانت الهيئة العامة التركية لإدارة الكوارث قد أفادت أولاً في تغريدة على تويتر بأن عطلاً في محول كهربائي تسبب في الانفجار، ثم أوضحت بعد ذلك أن كمية من غاز الميثان اشتعلت "لأسباب غير معروفة".
""", [
    ev("toll-40", "ارتفع عدد قتلى الانفجار الذي وقع في منجم للفحم", SAT, "'السبت 15 أكتوبر/تشرين الأول 2022' = Sat 15 Oct 2022"),
    ev("erdogan-visit", "الموقع الذي سيزوره الرئيس رجب طيب أردوغان", SAT, "no own expression; Erdogan visited the mine that day, Sat 15 Oct 2022 (maroc24 'اليوم السبت')"),
    ev("trapped-49", "أن 49 عاملاً محاصرون تحت الأرض", BLAST, "no own expression; Soylu's earlier count of Fri 14 Oct 2022 evening (sharjah24 of that day)"),
    ev("mine-explosion", "وكان الانفجار قد وقع عند الساعة 18:15", BLAST, "'الجمعة 14 أكتوبر/تشرين الأول 2022' = Fri 14 Oct 2022"),
    ev("afad-tweet", "قد أفادت أولاً في تغريدة على تويتر", BLAST, "no own expression; AFAD's first tweets on the evening of the explosion, Fri 14 Oct 2022"),
])
art(S, "https://maroc24.com/75934-%d8%a3%d8%b1%d8%af%d9%88%d8%ba%d8%a7%d9%86-%d9%8a%d8%b9%d9%84%d9%86-%d8%b9%d9%86-%d8%a7%d8%b1%d8%aa%d9%81%d8%a7%d8%b9-%d8%b9%d8%af%d8%af-%d8%a7%d9%84%d9%82%d8%aa%d9%84%d9%89-%d8%a5%d9%84%d9%89-41/amp",
    SAT, "no date on the stored page (only the relative stamp 'قبل سنتين', dropped); the body's 'اليوم السبت' for Erdogan's toll of 41 and 'مساء أمس الجمعة' for the explosion of Fri 14 Oct 2022 give Sat 15 Oct 2022 (Erdogan announced 41 dead at the mine that Saturday: arabicpost of Sat 15 had 40 and his coming visit); headline kept from the page; the truncated end of the last sentence (Soma's distance from Istanbul) dropped", False, """
أردوغان يعلن عن ارتفاع عدد القتلى إلى 41 في انفجار منجم فحم بتركيا
كشف الرئيس التركي رجب طيب أردوغان، اليوم السبت، عن مقتل 41 شخصا في انفجار منجم الفحم بمنطقة أماسرا في ولاية بارتين شمالي البلاد، بعد العثور على جثة آخر عامل كان في عداد المفقودين.
وأوضح أردوغان في تصريح للصحافة خلال زيارته لموقع الحادث: "جعلنا العثور على عمال المناجم في الدهاليز أولويتنا (…) وبلغنا أخيرا آخرهم. لقد فارق الحياة هو أيضا، فارتفع عدد القتلى إلى 41".
وبهذا تنتهي عمليات الإنقاذ التي امتدت أكثر من 20 ساعة منذ الانفجار الذي وقع مساء أمس الجمعة.
من جهته، ذكر وزير الطاقة والموارد الطبيعية فاتح دونمز أن النتائج الأولية للبحث ترجح أن يكون الانفجار ناجما عن غاز المناجم، وهو خليط متفجر من الغازات القابلة للاشتعال.
وبحسب وكالة الأناضول للأنباء، وقع الانفجار قرابة الساعة 18:15 بالتوقيت المحلي في منجم الفحم الصلب، وكان بداخله 87 عاملا.
وأضافت الوكالة أن فرق الإطفاء والطوارئ والإسعاف والشرطة هرعت إلى الموقع فور وقوع الانفجار وشرعت في عمليات الإنقاذ.
ويعد انفجار الجمعة من أفدح الكوارث التي عرفها قطاع التعدين في تركيا خلال السنوات الأخيرة، إذ قُتل في العام 2014 ما مجموعه 301 من العمال في بلدة سوما غربي البلاد.
""", [
    ev("erdogan-41-toll", "عن مقتل 41 شخصا في انفجار منجم الفحم", SAT, "'اليوم السبت' = Sat 15 Oct 2022"),
    ev("erdogan-visit", "خلال زيارته لموقع الحادث", SAT, "no own expression; the visit during which he gave the toll, 'اليوم السبت' = Sat 15 Oct 2022"),
    ev("rescue-ended", "وبهذا تنتهي عمليات الإنقاذ التي امتدت أكثر من 20 ساعة", SAT, "no own expression; the search ended with the last body on Sat 15 Oct 2022, 'أكثر من 20 ساعة' after the explosion of Friday evening"),
    ev("mine-explosion", "منذ الانفجار الذي وقع مساء أمس الجمعة", BLAST, "'مساء أمس الجمعة' in an article of Sat 15 Oct 2022 = Fri 14 Oct"),
    ev("rescue-began", "وشرعت في عمليات الإنقاذ", BLAST, "no own expression; 'فور وقوع الانفجار' = Fri 14 Oct 2022 evening"),
    ev("soma-disaster-2014", "قُتل في العام 2014 ما مجموعه 301 من العمال في بلدة سوما", "2014-05-13", "'في العام 2014'; the Soma mine fire was on Tue 13 May 2014 (from what is known of that disaster, not from this text)"),
])

# ---------------------------------------------------------------- thailand-tham-luang-cave-rescue-2018
S = "thailand-tham-luang-cave-rescue-2018"
TRAPPED = "2018-06-23"                     # the 12 boys and their coach were trapped in the Tham Luang cave on Sat 23 Jun 2018
art(S, "https://sputnikarabic.ae/amp/20180706/%D9%88%D9%81%D8%A7%D8%A9-%D8%BA%D8%B7%D8%A7%D8%B3-%D8%B5%D8%A8%D9%8A%D8%A9-%D9%85%D8%AD%D8%AA%D8%AC%D8%B2%D9%8A%D9%86-%D8%AA%D8%A7%D9%8A%D9%84%D8%A7%D9%86%D8%AF-1033582535.html",
    "2018-07-06", "the URL's date /20180706/ and the body's 'اليوم الجمعة 6 يوليو/تموز الجاري' for the diver's death (6 Jul 2018 was a Friday); the related-story link and the last, truncated sentence dropped; headline kept from the page", True, """
غطاس يلقى حتفه أثناء محاولته إنقاذ الصبية المحتجزين في تايلاند
تخوض السلطات التايلاندية سباقا مع الزمن لضخ المياه من الكهف الذي أغرقته الفيضانات، والذي علقت فيه مجموعة من الصبية مع مدربهم منذ 23 يونيو/حزيران.
وفي أحدث تطورات الأزمة، فارق غواص سابق في سلاح البحرية الحياة خلال مشاركته في مهمة إنقاذ الصبية الـ 12 ومدربهم لكرة القدم، اليوم الجمعة 6 يوليو/تموز الجاري، بحسب ما أوردته شبكة "سكاي نيوز" البريطانية.
وذكرت السلطات المحلية أن الغطاس التايلاندي سامارن جونان كان يشارك متطوعا في مهمة ليلية، ينقل خلالها عبوات الأوكسجين داخل شبكة كهف ثام لوانغ.
وقال قائد وحدة القوات الخاصة البحرية أباكورن يوكونج كايو إن "جونان فقد وعيه وهو في طريق العودة إلى السطح، وحاول أحد رفاقه مساعدته وإخراجه، لكنه توفي".
وتعمل فرق الإنقاذ حاليا على مدار الساعة لاستباق الأمطار الموسمية المتوقع هطولها يوم السبت 7 يوليو/تموز الجاري، بعدما تراجع منسوب المياه في الكهف الذي يحتجز فيه الصبية بنسبة 40%.
ومن الخيارات المطروحة لتحرير الأولاد تعليمهم الغوص، غير أن الغواصين المتمرسين أنفسهم وجدوا أن التيارات والممرات الضيقة بالغة الصعوبة لتحقيق ذلك.
""", [
    ev("boys-trapped", "والذي علقت فيه مجموعة من الصبية مع مدربهم", TRAPPED, "'منذ 23 يونيو/حزيران' = Sat 23 Jun 2018"),
    ev("diver-death", "فارق غواص سابق في سلاح البحرية الحياة", "2018-07-06", "'اليوم الجمعة 6 يوليو/تموز الجاري' = Fri 6 Jul 2018"),
    ev("oxygen-night-mission", "كان يشارك متطوعا في مهمة ليلية", "2018-07-05", "no own expression; the night mission of Thu 5 to Fri 6 Jul 2018 in which he died (al-ain: 'ليل الخميس'; he died in the early hours of Friday)", end="2018-07-07"),
    ev("monsoon-rain-forecast", "المتوقع هطولها يوم السبت 7 يوليو/تموز الجاري", "2018-07-07", "'يوم السبت 7 يوليو/تموز الجاري' = Sat 7 Jul 2018 (a forecast)"),
])
art(S, "https://maghress.com/alyaoum24/1113091",
    "2018-07-09", "no date line in the stored text; the body's 'اليوم الإثنين' for the rescue of the eighth boy (the second group of four came out on Mon 9 Jul 2018) and 'يوم أمس الأحد' for the first four (Sun 8 Jul 2018) give Mon 9 Jul 2018 (9 Jul 2018 was a Monday); an alyaoum24 report carried by maghress; headline written from the body (the stored text has none)", False, """
ارتفاع عدد الأطفال المنقذين من كهف تايلاند إلى 8
بلغ عدد الأطفال الذين أُنقذوا من داخل الكهف في تايلاند 8، اليوم الإثنين، فيما أكد رئيس فرق الإنقاذ، المعروف بتصريحاته الحذرة، أنه سيزف أخبارا سارة في الساعات المقبلة، بحسب "أورونيوز".
وتترقب تايلاند اليوم بقلق نهاية سعيدة للمحنة التي بدأت منذ 23 يونيو الماضي، حين حاصرت مياه الأمطار الغزيرة 12 طفلا تتراوح أعمارهم بين 11 و 16 عاما ومدربهم البالغ من العمر 25 عاما داخل كهف في شمال البلاد.
وقد أمضى هؤلاء 9 أيام معزولين عن العالم الخارجي ومن دون مؤونة، إلى أن عثر عليهم غطاسان بريطانيان في الأسبوع الماضي.
وأُخرج 4 أطفال يوم أمس الأحد عبر ممرات ضيقة خطرة مليئة بالمياه، قبل أن تُعلق عمليات الإنقاذ بسبب حلول الظلام، ونُقلوا إلى المستشفى وهم في حالة صحية جيدة.
وتنتظر أفراد فريق كرة القدم التايلاندي الصغير ومدربهم مفاجأة سارة عند خروجهم من الكهف، تتمثل في دعوة من رئيس الاتحاد الدولي لكرة القدم جياني إنفانتينو لحضور المباراة النهائية لكأس العالم في روسيا.
وكان غواص سابق في سلاح البحرية التايلاندي يدعى سامارون جونان قد لقي حتفه يوم الجمعة الماضي، أثناء محاولته التطوعية لإنقاذ الفتية من داخل الكهف.
""", [
    ev("second-four-rescued", "بلغ عدد الأطفال الذين أُنقذوا من داخل الكهف في تايلاند 8", "2018-07-09", "'اليوم الإثنين' = Mon 9 Jul 2018 (the second group of four)"),
    ev("boys-trapped", "للمحنة التي بدأت منذ 23 يونيو الماضي", TRAPPED, "'منذ 23 يونيو الماضي' = Sat 23 Jun 2018"),
    ev("boys-found", "إلى أن عثر عليهم غطاسان بريطانيان", "2018-07-02", "'في الأسبوع الماضي'; the British divers found the group on Mon 2 Jul 2018 ('9 أيام' after 23 Jun; shorouk: 'أمس الإثنين')"),
    ev("first-four-rescued", "وأُخرج 4 أطفال يوم أمس الأحد", "2018-07-08", "'يوم أمس الأحد' in an article of Mon 9 Jul 2018 = Sun 8 Jul"),
    ev("diver-death", "قد لقي حتفه يوم الجمعة الماضي", "2018-07-06", "'يوم الجمعة الماضي' from Mon 9 Jul 2018 = Fri 6 Jul"),
])
art(S, "https://alhtoon.com/53220/",
    "2018-07-10", "no date line in the stored text; the body's 'اليوم (الثلاثاء)' for the navy SEALs' announcement that all the boys and the coach were out, which was made on Tue 10 Jul 2018 (10 Jul 2018 was a Tuesday; 'قبل يومين' for the start of the rescue on Sun 8 Jul agrees), gives Tue 10 Jul 2018; the byline 'هتون – محمد السيد' dropped; headline kept from the page; the truncated end of the last sentence dropped", False, """
بعد أسبوعين من المعاناة.. السلطات التايلاندية تُعلن إخراج جميع الأطفال والمدرب المحتجزين في الكهف
أعلنت القوات الخاصة التابعة للبحرية التايلاندية اليوم (الثلاثاء) أنها نجحت في إخراج جميع الفتية الذين علقوا في الكهف الواقع شمالي البلاد مع مدربهم، بعدما بقوا محتجزين داخله أكثر من أسبوعين.
وكان الكهف قد احتجز بسبب الأمطار 12 طفلاً إضافة إلى المدرب، فأخرجت القوات 8 أطفال في المرة الأولى، ثم 3 آخرين، وبقي المدرب وطفل واحد أُنقذا في المرحلة الأخيرة.
وتولى فريق من الغواصين الأجانب وعناصر القوات الخاصة التايلاندية توجيه الصبية نحو المخرج، في عملية استمرت لساعات عبر أنفاق طولها أربعة كيلومترات غمرتها مياه الأمطار.
وكانت السلطات التايلاندية قد أطلقت قبل يومين عمليات الإنقاذ لإخراج الأطفال العالقين، بعد سحب المياه من الكهف وتأمين منافذ للتهوية تساعدهم على البقاء أحياء.
وكان ناشئون من فريق وايلد بورز لكرة القدم تتراوح أعمارهم بين 11 و16 عاماً قد حوصروا مع مدربهم في الثالث والعشرين من يونيو الماضي، حين كانوا يستكشفون مجمع الكهوف بعد انتهاء تدريبهم، إذ هطلت أمطار غزيرة بعد توغلهم في عمق الكهف.
""", [
    ev("all-rescued", "أنها نجحت في إخراج جميع الفتية", "2018-07-10", "'اليوم (الثلاثاء)' = Tue 10 Jul 2018"),
    ev("first-eight-rescued", "فأخرجت القوات 8 أطفال في المرة الأولى", "2018-07-08", "no own expression; the first eight boys came out in two groups on Sun 8 and Mon 9 Jul 2018 (alyaoum24)", end="2018-07-10"),
    ev("last-rescued", "وبقي المدرب وطفل واحد أُنقذا في المرحلة الأخيرة", "2018-07-10", "no own expression; the last group (the coach among them) came out on Tue 10 Jul 2018, the day of the announcement"),
    ev("rescue-start", "قد أطلقت قبل يومين عمليات الإنقاذ", "2018-07-08", "'قبل يومين' from Tue 10 Jul 2018 = Sun 8 Jul (the divers went in at 10:00 that Sunday)"),
    ev("boys-trapped", "قد حوصروا مع مدربهم في الثالث والعشرين من يونيو الماضي", TRAPPED, "'في الثالث والعشرين من يونيو الماضي' = Sat 23 Jun 2018"),
])

# ---------------------------------------------------------------- india-uttarakhand-silkyara-tunnel-rescue-2023
S = "india-uttarakhand-silkyara-tunnel-rescue-2023"
COLLAPSE = "2023-11-12"                    # part of the Silkyara tunnel collapsed early on Sun 12 Nov 2023 (about 5:30 local time)
art(S, "https://sharjah24.ae/ar/Articles/2023/11/19/kmr397664",
    "2023-11-19", "the page's time stamp 'November 19, 2023 / 1:34 PM' (and the URL's /2023/11/19/), Sun 19 Nov 2023; the stamp, the byline 'الشارقة 24 – رويترز:' and the site chrome dropped; the kicker and headline kept; the lead, repeated word for word as the first body sentence on the page, kept once", True, """
بعد إخفاق المحاولات على مدى أسبوع
مسؤولو الهند يبحثون 5 خطط جديدة لإنقاذ عمال النفق المُنهار
بعد إخفاق المحاولات على مدى أسبوع، تدرس السلطات الهندية 5 خطط جديدة لإخراج العمال العالقين في نفق انهار في منطقة جبال الهيمالايا بالهند.
وتفيد السلطات بأن العمال، وهم 41 رجلاً محتجزون في نفق على طريق سريع بولاية أوتار كاند منذ 12 نوفمبر الجاري، في حالة جيدة ويجري إطعامهم عبر أنبوب.
ولم يُعرف بعد سبب انهيار النفق، غير أن المنطقة الجبلية عرضة للانهيارات الأرضية والزلازل والفيضانات.
""", [
    ev("five-new-plans", "تدرس السلطات الهندية 5 خطط جديدة", "2023-11-19", "no own expression; the report of Sun 19 Nov 2023 (the page's stamp)"),
    ev("failed-first-week", "بعد إخفاق المحاولات على مدى أسبوع، تدرس", COLLAPSE, "'على مدى أسبوع' before Sun 19 Nov 2023 = the attempts of 12-18 Nov 2023", end="2023-11-19"),
    ev("tunnel-collapse", "منذ 12 نوفمبر الجاري", COLLAPSE, "'منذ 12 نوفمبر الجاري' = Sun 12 Nov 2023"),
])
art(S, "https://elmawkefalarabi.com/breaking/news-20231121162780",
    "2023-11-21", "the URL's stamp news-20231121… (21 Nov 2023, 16:27) and the body's 'يوم الثلاثاء' for the first pictures of the trapped men (21 Nov 2023 was a Tuesday); the dateline '(دهرادون)' kept as on the page; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
صور أولى لعمال النفق المنهار في الهند أحياء
(دهرادون) في الهند، ظهر 41 من عمال البناء المحاصرين لمدة عشرة أيام في نفق طريق منهار أحياءً في صور للمرة الأولى يوم الثلاثاء، وبدت عليهم علامات الإنهاك والقلق، في حين سعى المنقذون إلى فتح ممر جديد لإخراجهم.
وبدا الرجال ملتحين ويعتمرون خوذات البناء في اللقطات التي التقطتها كاميرا منظار أرسلها إليهم المنقذون عبر قناة رفيعة تُمرَّر عبرها إليهم الهواء والغذاء والمياه.
وفي مقطع فيديو نشرته السلطات، طمأن المنقذون المحاصرين المتحلقين حول الكاميرا قائلين: "سنخرجكم من هناك آمنين سالمين، لا تقلقوا".
وعلى مدى عشرة أيام، أزالت الحفارات أطنانا من التربة والخرسانة والركام من النفق الجاري إنشاؤه في ولاية أوتاراخاند في شمال جبال الهيمالايا، والذي انهار جزء منه في 12 نوفمبر/تشرين الثاني فحبس هؤلاء العمال تحت الأرض.
غير أن عمليات الإنقاذ جاءت بطيئة ومعقدة بفعل تساقط الحطام وتكرار أعطال آلات الحفر، ما اضطر سلاح الجو إلى إحضار معدات جديدة مرتين.
وشاهد صحافي من وكالة فرانس برس في الموقع الثلاثاء شاحنات تنقل إلى مدخل النفق مقاطع من أنابيب معدنية بعرض رجل، شُرع بعدها في لحامها ببعضها وسط شرر المعدن، لتأمين طريق نجاة آمن للعمال.
""", [
    ev("first-video", "أحياءً في صور للمرة الأولى يوم الثلاثاء", "2023-11-21", "'يوم الثلاثاء' in an article of Tue 21 Nov 2023 = that day"),
    ev("debris-clearing", "وعلى مدى عشرة أيام، أزالت الحفارات أطنانا", COLLAPSE, "'على مدى عشرة أيام' up to Tue 21 Nov 2023 = 12-21 Nov 2023", end="2023-11-22"),
    ev("tunnel-collapse", "والذي انهار جزء منه في 12 نوفمبر/تشرين الثاني", COLLAPSE, "'في 12 نوفمبر/تشرين الثاني' = Sun 12 Nov 2023"),
    ev("escape-pipes-delivered", "شاحنات تنقل إلى مدخل النفق مقاطع من أنابيب معدنية", "2023-11-21", "'الثلاثاء' = Tue 21 Nov 2023"),
])
art(S, "https://alwatannews.net/Life-Style/article/1093044/%D8%A5%D8%AF%D8%AE%D8%A7%D9%84-%D9%88%D8%AC%D8%A8%D8%A7%D8%AA-%D8%B3%D8%A7%D8%AE%D9%86%D8%A9-%D9%8441-%D8%B9%D8%A7%D9%85%D9%84%D8%A7-%D8%B9%D8%A7%D9%84%D9%82%D9%8A%D9%86-%D8%AA%D8%AD%D8%AA-%D9%86%D9%81%D9%82-%D9%85%D9%86%D9%87%D8%A7%D8%B1-%D9%81%D9%8A-%D8%A7%D9%84%D9%87%D9%86%D8%AF",
    "2023-11-21", "no date in the stored text; the body's 'اليوم الثلاثاء' (twice) for the first hot meals and the first video of the trapped men, both of Tue 21 Nov 2023 (elmawkefalarabi of that day: the first pictures 'يوم الثلاثاء'), gives Tue 21 Nov 2023; headline rendered from the URL slug; the sub-heading kept; the last, truncated sentence dropped", False, """
إدخال وجبات ساخنة لـ41 عاملا عالقين تحت نفق منهار في الهند
خلال الأيام التسعة الماضية، اعتمد العمال العالقون منذ 12 نوفمبر على طعام جاف يُرسل إليهم عبر أنبوب أضيق
حصل عمال البناء الـ41 الذين لا يزالون محاصرين تحت نفق منهار في شمال الهند منذ أكثر من أسبوع على وجبات ساخنة، اليوم الثلاثاء، عبر أنابيب فولاذية رُكّبت حديثا، في حين يعكف المنقذون على إعداد خطة بديلة للحفر عموديا نحوهم.
وأوضحت المتحدثة باسم الحكومة ديبا جور أن الوجبات، المؤلفة من الأرز والعدس، أُرسلت عبر أنبوب قطره 6 بوصات جرى دفعه عبر الأنقاض في وقت متأخر من يوم الاثنين.
وخلال الأيام التسعة الماضية، عاش العمال على أطعمة جافة وصلتهم عبر أنبوب أضيق، فيما كان الأكسجين يُضخ إليهم من خلال أنبوب آخر منفصل.
ونشر المسؤولون اليوم الثلاثاء مقطعا مصورا التقطته كاميرا أُدخلت عبر أنبوب، يظهر فيه العمال بقبعات البناء يتحركون داخل النفق المسدود ويتواصلون مع المنقذين في الخارج بأجهزة الاتصال اللاسلكي، في وقت يتزايد فيه قلق أسرهم وإحباطها مع طول عملية الإنقاذ.
وقد انهار النفق في ولاية أوتاراخاند، وهي منطقة جبلية شكلت تحديا لآلة الحفر التي تعطلت حين حاول المنقذون الحفر أفقيا باتجاه العمال المحاصرين.
""", [
    ev("first-hot-meals", "على وجبات ساخنة، اليوم الثلاثاء", "2023-11-21", "'اليوم الثلاثاء' = Tue 21 Nov 2023"),
    ev("six-inch-pipe", "جرى دفعه عبر الأنقاض في وقت متأخر من يوم الاثنين", "2023-11-20", "'في وقت متأخر من يوم الاثنين' from Tue 21 Nov 2023 = Mon 20 Nov"),
    ev("dry-food-period", "عاش العمال على أطعمة جافة وصلتهم عبر أنبوب أضيق", COLLAPSE, "'خلال الأيام التسعة الماضية' before Tue 21 Nov 2023 = 12-20 Nov 2023", end="2023-11-21"),
    ev("first-video", "ونشر المسؤولون اليوم الثلاثاء مقطعا مصورا", "2023-11-21", "'اليوم الثلاثاء' = Tue 21 Nov 2023"),
    ev("tunnel-collapse", "العمال العالقون منذ 12 نوفمبر", COLLAPSE, "'منذ 12 نوفمبر' = Sun 12 Nov 2023"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 456
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 596-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: water disputes and river crises: Nile dam (GERD) filling
rounds and talks, Tigris and Euphrates water, water-sharing negotiations (Egypt, Sudan, Ethiopia, Iraq,
Syria, Turkey).
Stories: the completion of the third GERD filling (Ethiopia, August 2022), the first GERD filling and the
African Union mini-summit (Ethiopia / Egypt / Sudan, July 2020), and the Iraq-Turkey financing mechanism of the
framework water agreement signed in Baghdad (Iraq / Turkey, November 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- ethiopia-gerd-third-filling-2022
S = "ethiopia-gerd-third-filling-2022"
FILL3 = "2022-08-12"                       # Abiy announced the end of the third filling at the dam on Fri 12 Aug 2022
TURBINE2 = "2022-08-11"                    # the second turbine was started on Thu 11 Aug 2022
TURBINE1 = "2022-02-20"                    # the first turbine started generating on Sun 20 Feb 2022
AFTER = ("2022-08-12", "2022-08-15")       # statements reported by slaati on Sun 14 Aug, made after the announcement
art(S, "https://www.almadenahnews.com/article/1011871-أثيوبيا-تعلن-اكتمال-المرحلة-الثالثة-لملء-خزان-سد-النهضة",
    "2022-08-12", "date line on the page 'تم نشره الجمعة 12 آب / أغسطس 2022 04:19 مساءً' (12 Aug 2022 was a Friday; dropped from the text, it is not part of the body); the body's 'اليوم الجمعة' agrees; headline kept from the page; the site tag 'المدينة نيوز :-' and the last, truncated sentence ('وكانت أثيوبيا، أعلنت الخميس عن بدء التو...') dropped", True, """
أثيوبيا تعلن اكتمال المرحلة الثالثة لملء خزان سد النهضة
كشف رئيس الوزراء الأثيوبي أبيي أحمد عن انتهاء المرحلة الثالثة من ملء خزان سد النهضة المقام على النيل الأزرق، وهو الأكبر من نوعه في القارة الأفريقية.
وأضاف في خطاب بثه التلفزيون اليوم الجمعة من موقع سد النهضة الإثيوبي الكبير في شمال غرب البلاد: "ما ترونه ورائي هو الملء الثالث وقد اكتمل".
وبحسب أبيي، أصبح منسوب المياه في الخزان 600 متر، بزيادة 25 مترا عما بلغه عند نهاية المرحلة الثانية من التعبئة في الفترة نفسها من العام الماضي.
وفي رد غير مباشر على انتقادات القاهرة والخرطوم، قال رئيس الوزراء الإثيوبي إن "النيل عطية منحها الله لنا لينتفع بها الإثيوبيون"، منتقدا "من لا يتحملون المسؤوليات الملقاة على عاتقهم".
وأفاد مدير مشروع سد النهضة كيفل هورو بأن نسبة الإنجاز في الأعمال المدنية للمشروع بلغت 95 بالمئة، في حين وصلت الأعمال الكهربائية إلى 61 بالمئة.
وأكد أن نسبة الإنجاز الإجمالية في بناء السد بلغت الآن 3ر83 بالمئة، لافتا إلى أن العمل جار لإنجاز المشروع خلال العامين ونصف العام المقبلين.
""", [
    ev("third-filling-announced", "كشف رئيس الوزراء الأثيوبي أبيي أحمد عن انتهاء المرحلة الثالثة", FILL3, "no own expression in the clause; the announcement made in the televised speech of 'اليوم الجمعة' (next sentence) = Fri 12 Aug 2022"),
    ev("abiy-nile-gift-remarks", "قال رئيس الوزراء الإثيوبي إن \"النيل عطية منحها الله لنا", FILL3, "no own expression; said in the same speech at the dam on Fri 12 Aug 2022"),
    ev("horo-progress-statement", "وأفاد مدير مشروع سد النهضة كيفل هورو", FILL3, "no own expression; the project manager's statement reported with the speech of Fri 12 Aug 2022"),
])
art(S, "https://albawabhnews.com/4629236",
    "2022-08-12", "no date line in the stored text; the body's 'اليوم الجمعة' for the announcement of the third filling and 'أمس الخميس' for the second turbine give Fri 12 Aug 2022 (12 Aug 2022 was a Friday; almadenahnews stamps the announcement 'الجمعة 12 آب / أغسطس 2022'); headline written from the body (the stored text has none)", True, """
إثيوبيا تعلن اكتمال الملء الثالث لسد النهضة
مضت إثيوبيا في استفزازها وتمسكها بقرارها الأحادي المخالف لكل القوانين والمواثيق، إذ أعلنت اليوم الجمعة انتهاء الملء الثالث لسد النهضة الذي تشيده على النيل الأزرق، وحجز 22 مليار متر مكعب من المياه.
وبثت هيئة البث الإثيوبية صورا للمياه وهي تتدفق فوق الممر الأوسط للسد، تأكيدا لانتهاء عملية الملء الثالث.
ويجيء ذلك بعد ساعات من إطلاق ثاني توربينات إنتاج الكهرباء في السد الضخم وسط أجواء احتفالية أمس الخميس، في خطوة من شأنها أن تزيد التوتر بين إثيوبيا ودولتي المصب، مصر والسودان.
وكانت إثيوبيا قد شرعت في تشغيل التوربين الأول لإنتاج الطاقة من السد قبل ستة أشهر.
ومن المقرر أن يبلغ عدد التوربينات 13 توربينا عند اكتمال بناء السد، تعمل مجتمعة على إنتاج خمسة آلاف و150 ميجاوات من الكهرباء، بحسب الهيئة الإثيوبية.
""", [
    ev("third-filling-announced", "إذ أعلنت اليوم الجمعة انتهاء الملء الثالث", FILL3, "'اليوم الجمعة' = Fri 12 Aug 2022"),
    ev("ebc-images", "وبثت هيئة البث الإثيوبية صورا للمياه", FILL3, "no own expression; the broadcaster's images confirming the filling, shown with the announcement of Fri 12 Aug 2022"),
    ev("second-turbine-start", "إطلاق ثاني توربينات إنتاج الكهرباء في السد الضخم", TURBINE2, "'أمس الخميس' in an article of Fri 12 Aug 2022 = Thu 11 Aug"),
    ev("first-turbine-start", "شرعت في تشغيل التوربين الأول لإنتاج الطاقة", TURBINE1, "'قبل ستة أشهر' from Aug 2022 = Feb 2022; the first turbine was inaugurated on Sun 20 Feb 2022 (known date of the story, not in the text)"),
])
art(S, "https://alommahnews.com/2022/08/blog-post_12.html",
    "2022-08-12", "no date line in the stored text; the body's 'اليوم الجمعة' for the official announcement of the third filling and 'أعلنتها أمس' for the second turbine give Fri 12 Aug 2022 (the URL's 2022/08 and the blog slug '_12' agree); headline kept from the page; the comment box dropped", True, """
إثيوبيا تعلن إكمال عملية الملء الثالث لسد النهضة
أعلنت الحكومة الإثيوبية رسميا اليوم الجمعة انتهاء عملية الملء الثالث لسد النهضة بسعة 22 مليار متر مكعب، موضحة أن المياه مُررت عبر الممر الأوسط للسد.
وبهذه المناسبة صرح رئيس الوزراء الإثيوبي أبي أحمد بأن «منسوب السد بلغ 600 متر»، وتابع: «سنبيع الكهرباء لدول الجوار من أجل تنمية مشتركة».
ورأى أن النيل «عطية» لإثيوبيا ومصر والسودان «ينبغي أن ننتفع بها معا»، مضيفا: «النيل مبعث فخر واعتزاز للإثيوبيين وسنحقق التنمية عبره».
في المقابل، ذكر رئيس اللجنة الفنية للتفاوض في ملف سد النهضة بوزارة الري السودانية مصطفى حسين أن بلاده تتابع عن قرب نتائج الخطوة الإثيوبية المعلنة أمس ببدء التوربين الثاني في إنتاج الكهرباء من السد.
وأضاف المسؤول السوداني، بحسب ما نقلته عنه صحيفة سودان تريبيون اليوم، أن الخرطوم «ستتخذ الإجراء اللازم إزاء ملء سد النهضة إذا هددت الخطوة سلامة خزان الروصيرص أو أثرت على الري في المشاريع الزراعية والتوليد الكهرومائي أو الاستخدامات الأخرى».
""", [
    ev("third-filling-announced", "أعلنت الحكومة الإثيوبية رسميا اليوم الجمعة", FILL3, "'اليوم الجمعة' = Fri 12 Aug 2022"),
    ev("abiy-nile-gift-remarks", "ورأى أن النيل «عطية» لإثيوبيا ومصر والسودان", FILL3, "no own expression; Abiy's remarks in his speech at the dam on Fri 12 Aug 2022"),
    ev("sudan-hussein-statement", "ذكر رئيس اللجنة الفنية للتفاوض في ملف سد النهضة بوزارة الري السودانية", FILL3, "the Sudan Tribune report of 'اليوم' in an article of Fri 12 Aug 2022"),
    ev("second-turbine-start", "المعلنة أمس ببدء التوربين الثاني", TURBINE2, "'أمس' from Fri 12 Aug 2022 = Thu 11 Aug"),
])
art(S, "https://slaati.com/2022/08/14/p2091733.html",
    "2022-08-14", "no date line or date expression in the text (the page shows only 'منذ 3 سنة'); the day is the URL's 2022/08/14 (Sun 14 Aug 2022): the site's URLs carry the publication day, as its report of the announcement, pm.slaati.com/2022/08/12/..., says 'اليوم الجمعة' = 12 Aug; the statements it reports follow the announcement of Fri 12 Aug; headline kept from the page; share buttons, comments and the 'أخر الأخبار' list dropped", False, """
إثيوبيا: ملء خزان سد النهضة بات حقيقة ماثلة
قال وزير الخارجية الإثيوبي ديميكي ميكونين إن ملء خزان سد النهضة، الذي أثار خلافا بين بلاده وكل من مصر والسودان، أصبح حقيقة ماثلة.
وأضاف ديميكي في بيان نشره عبر فيسبوك: "رغم كل أشكال الضغوط البشرية، صار ملء خزان سد النهضة حقيقة ماثلة وشاهدا على روح الوحدة والتعاون بين الإثيوبيين".
من جهته، بعث رئيس الوزراء الإثيوبي أبي أحمد برسالة إلى دولتي المصب السودان ومصر قال فيها: "المفاوضات السلمية والنقاشات الحقيقية حول سد النهضة ستؤتي ثمارا أكثر من أي بديل آخر".
يشار إلى أن الحكومة الإثيوبية كانت قد أعلنت اكتمال الملء الثالث لسد النهضة بحجم 22 مليار متر مكعب، وأن المياه مُررت عبر الممر الأوسط للسد.
""", [
    ev("demeke-statement", "وأضاف ديميكي في بيان نشره عبر فيسبوك", AFTER[0], "no own expression; the Facebook statement after the announcement of Fri 12 Aug 2022 and by the report of Sun 14 Aug (my span 12 - 14 Aug 2022)", end=AFTER[1]),
    ev("abiy-message-downstream", "بعث رئيس الوزراء الإثيوبي أبي أحمد برسالة إلى دولتي المصب", AFTER[0], "no own expression; after the announcement of Fri 12 Aug 2022 and by the report of Sun 14 Aug (my span 12 - 14 Aug 2022)", end=AFTER[1]),
    ev("third-filling-announced", "كانت قد أعلنت اكتمال الملء الثالث لسد النهضة", FILL3, "no own expression; the announcement of Fri 12 Aug 2022 (almadenahnews, albawabhnews, alommahnews: 'اليوم الجمعة')"),
])

# ---------------------------------------------------------------- ethiopia-gerd-first-filling-au-summit-2020
S = "ethiopia-gerd-first-filling-au-summit-2020"
SUMMIT = "2020-07-21"                      # the AU bureau mini-summit by video, Tue 21 Jul 2020; Ethiopia announced the first filling that day
CELEBRATE = "2020-07-22"                   # Abiy's recorded message and the celebrations, Wed 22 Jul 2020
AU_TALKS = ("2020-07-03", "2020-07-14")    # the AU-sponsored tripartite talks of 3 - 13 Jul 2020
art(S, "https://alkofiya.org/index.php/post/73565",
    "2020-07-21", "no date line in the stored text; the body's 'اليوم الثلاثاء' for the summit, which Yasser Abbas's quoted tweet puts 'يوم ٢١ يوليو', gives Tue 21 Jul 2020 (21 Jul 2020 was a Tuesday); headline written from the body (the stored text has none); the source calls Yasser Abbas 'وزير الري والموارد المائية المصري' (he was Sudan's minister): the nationality is left out in the re-wording", True, """
قمة إفريقية مصغرة حول سد النهضة
القاهرة: تنعقد اليوم الثلاثاء في جنوب إفريقيا، التي تتولى الرئاسة الحالية للاتحاد الإفريقي، قمة إفريقية مصغرة بشأن سد النهضة، سعيا للتوصل إلى اتفاق على ملء السد وتشغيله.
وذكرت رئاسة جنوب إفريقيا أن القمة ستجري عبر تقنية الفيديو كونفرانس، وسيحضرها الرئيس المصري عبد الفتاح السيسي ورئيس الوزراء السوداني عبد الله حمدوك ورئيس الوزراء الإثيوبي أبي أحمد.
وكتب وزير الري والموارد المائية ياسر عباس في تغريدة على حسابه في تويتر أن "السودان تلقى دعوة من جنوب أفريقيا، الرئيس الحالي للاتحاد الأفريقي، لحضور قمة مصغرة حول سد النهضة يوم ٢١ يوليو".
وتابع عباس: "نتطلع إلى المشاركة في القمة من أجل الوصول إلى اتفاق بشأن ملء وتشغيل سد النهضة".
وكانت المحادثات التي دارت خلال الأسبوعين الماضيين تحت رعاية الاتحاد الأفريقي وبحضور مراقبين أفارقة وأوروبيين وأمريكيين قد انتهت من دون أي تقدم يذكر.
""", [
    ev("au-mini-summit", "تنعقد اليوم الثلاثاء في جنوب إفريقيا", SUMMIT, "'اليوم الثلاثاء' = Tue 21 Jul 2020 ('يوم ٢١ يوليو' in the quoted tweet)"),
    ev("sudan-invitation-tweet", "وكتب وزير الري والموارد المائية ياسر عباس في تغريدة", AU_TALKS[1], "no own expression; the tweet on the invitation came after the talks ended (13 Jul) and before the summit of Tue 21 Jul 2020 (my span 14 - 20 Jul 2020)", end=SUMMIT),
    ev("au-talks", "وكانت المحادثات التي دارت خلال الأسبوعين الماضيين", AU_TALKS[0], "'خلال الأسبوعين الماضيين' before Tue 21 Jul 2020; the AU-sponsored talks ran from Fri 3 to Mon 13 Jul 2020 (known dates of the story)", end=AU_TALKS[1]),
])
art(S, "https://www.ikhwanonline.co/article/240565",
    "2020-07-22", "no date line in the stored text; the body's 'اليوم الأربعاء' (three times) for the ETV footage, Abiy's recorded message and Seleshi Bekele's tweet, with 'مساء الثلاثاء' for the storage reached after the summit of Tue 21 Jul, give Wed 22 Jul 2020 (22 Jul 2020 was a Wednesday; aawsat of Thu 23: 'احتفلت إثيوبيا، أمس'); headline written from the body (the stored text has none)", True, """
التلفزيون الإثيوبي يبث لقطات ملء سد النهضة وآبي أحمد يهنئ الإثيوبيين
بث التلفزيون الإثيوبي "etv" اليوم الأربعاء مشاهد تُعرض لأول مرة للحظة ملء سد النهضة وامتلاء بحيرته، مرفقة برسالة تهنئة من رئيس الوزراء آبي أحمد إلى الشعب الإثيوبي.
وأظهر المقطع لحظة تدفق المياه بغزارة إلى البحيرة، وذلك عقب إعلان أديس أبابا انتهاء المرحلة الأولى من ملء السد.
وفي كلمة مسجلة أذاعها التلفزيون الإثيوبي مع صور حديثة من موقع السد، هنأ "آبي أحمد" الإثيوبيين، اليوم الأربعاء، بانتهاء المرحلة الأولى من ملء سد النهضة.
وكتب وزير خارجية إثيوبيا على "تويتر": "النيل لنا"، بعد أن أعلنت بلاده اكتمال المرحلة الأولى من ملء الخزان وتخزين 5 مليارات متر مكعب من المياه دفعة واحدة.
وأوضح وزير المياه والري الإثيوبي سليشي بكلي أنه "جرى تخزين 4.9 مليار متر مكعب من المياه في بحيرة سد النهضة خلال المرحلة الأولى للملء"، مؤكدا أن "هذه الكمية لم تمس حصتي دولتي المصب مصر والسودان".
وقال "بكلي" في تغريدة على "تويتر" اليوم الأربعاء إن "اكتمال الملء الأولي لسد النهضة إنجاز تاريخي، إذ جرى تخزين 4.9 مليار متر مكعب من المياه في تمام الساعة الـ10 من مساء الثلاثاء".
""", [
    ev("etv-footage", "بث التلفزيون الإثيوبي \"etv\" اليوم الأربعاء مشاهد", CELEBRATE, "'اليوم الأربعاء' = Wed 22 Jul 2020"),
    ev("first-filling-announced", "عقب إعلان أديس أبابا انتهاء المرحلة الأولى من ملء السد", SUMMIT, "no own expression; Ethiopia announced the end of the first filling on Tue 21 Jul 2020, the day of the summit (alroeya/AFP: 'أعلنت إثيوبيا، اليوم الثلاثاء')"),
    ev("abiy-celebration-message", "هنأ \"آبي أحمد\" الإثيوبيين، اليوم الأربعاء", CELEBRATE, "'اليوم الأربعاء' = Wed 22 Jul 2020"),
    ev("gedu-nile-tweet", "وكتب وزير خارجية إثيوبيا على \"تويتر\": \"النيل لنا\"", SUMMIT, "no own expression; the foreign minister's tweet after the announcement of Tue 21 Jul 2020, reported on Wed 22 Jul (my span 21 - 22 Jul 2020)", end="2020-07-23"),
    ev("seleshi-tweet", "وقال \"بكلي\" في تغريدة على \"تويتر\" اليوم الأربعاء", CELEBRATE, "'اليوم الأربعاء' = Wed 22 Jul 2020"),
    ev("storage-4-9-reached", "في تمام الساعة الـ10 من مساء الثلاثاء", SUMMIT, "'الساعة الـ10 من مساء الثلاثاء' before Wed 22 Jul 2020 = Tue 21 Jul, 22:00"),
])
art(S, "https://aawsat.com/node/2405831",
    "2020-07-23", "no date on the stored page; the body's 'احتفلت إثيوبيا، أمس' for the celebrations with Abiy's message 'كما وعدت...' of Wed 22 Jul 2020 (ikhwanonline: 'هنأ آبي أحمد الإثيوبيين، اليوم الأربعاء'), which came 'غداة' the AU summit of Tue 21 Jul, give Thu 23 Jul 2020; headline kept from the page; the subscription notice dropped; no date of its own in the text", False, """
إثيوبيا تحتفي بـ«ملء السد» ومصر تعوّل على وعود «الأفريقي»
احتفلت إثيوبيا، أمس، بإنجاز المرحلة الأولى من ملء خزان «سد النهضة»، في خطوة عرضتها على مواطنيها بوصفها «انتصاراً تاريخياً» في مواجهة مصر والسودان.
وقال رئيس الوزراء الإثيوبي آبي أحمد: «كما وعدت (انتهت) المرحلة الأولى من ملء خزان السد دون إيذاء الآخرين».
وأتى هذا التطور غداة إعلان «الاتحاد الأفريقي» نجاحه في إعادة إطلاق المفاوضات بين مصر وإثيوبيا والسودان، وتشديده على «ضرورة الوصول إلى اتفاق ملزم» يمكن لأي طرف الاحتكام إليه لتسوية أي خلافات مستقبلية.
أما الخارجية المصرية، التي بدت وكأنها تراهن على وعود القمة الأفريقية، فأكدت «التزام جميع الأطراف بعدم اتخاذ إجراءات أحادية لما يمثله ذلك من حجر زاوية لنجاح المفاوضات».
""", [
    ev("ethiopia-celebrations", "احتفلت إثيوبيا، أمس، بإنجاز المرحلة الأولى", CELEBRATE, "'أمس' in an article of Thu 23 Jul 2020 = Wed 22 Jul"),
    ev("abiy-celebration-message", "وقال رئيس الوزراء الإثيوبي آبي أحمد: «كما وعدت", CELEBRATE, "no own expression; Abiy's message of Wed 22 Jul 2020 (ikhwanonline 'اليوم الأربعاء')"),
    ev("au-mini-summit", "غداة إعلان «الاتحاد الأفريقي» نجاحه في إعادة إطلاق المفاوضات", SUMMIT, "'غداة' before the celebrations of Wed 22 Jul 2020 = the summit's outcome of Tue 21 Jul"),
    ev("egypt-fm-statement", "أما الخارجية المصرية", SUMMIT, "no own expression; the Egyptian foreign ministry's statement after the summit of Tue 21 Jul 2020, reported on Thu 23 Jul (my span 21 - 22 Jul 2020)", end="2020-07-23"),
])

# ---------------------------------------------------------------- iraq-turkey-water-financing-mechanism-2025
S = "iraq-turkey-water-financing-mechanism-2025"
SIGNING = "2025-11-02"                     # Fidan and Fuad Hussein signed the financing mechanism in Baghdad on Sun 2 Nov 2025
art(S, "http://burathanews.com/arabic/news/467239",
    "2025-11-02", "the body's 'اليوم الأحد، (2 تشرين الثاني 2025)' (2 Nov 2025 was a Sunday; the page is stamped 2025-11-02); headline written from the body (the stored text has none)", True, """
الحكومة العراقية تنفي التنازل عن ديونها لدى تركيا مقابل اتفاقية المياه
نفت الحكومة العراقية، اليوم الأحد، (2 تشرين الثاني 2025)، ما تردد من أنباء عن تخلي العراق عن ديونه المستحقة على تركيا في مقابل اتفاقية المياه التي وقعها البلدان اليوم.
وصرح المتحدث باسم الحكومة باسم العوادي بأنه "لا صحة لتنازل العراق عن ديونه لقاء توقيع اتفاقية المياه مع تركيا".
وكان رئيس مجلس الوزراء محمد شياع السوداني قد رعى اليوم الأحد مراسم التوقيع على الآلية التنفيذية لاتفاقية التعاون الإطارية مع تركيا في مجال المياه، والتي وقعها وزير الخارجية فؤاد حسين ونظيره التركي هاكان فيدان الذي حط في بغداد صباح اليوم.
ونقلت رويترز عن مسؤول تركي قوله إن "العراق وقع مع تركيا اليوم الأحد اتفاقا يتيح استخدام عوائد مبيعات النفط لتمويل مشروعات بنية تحتية في قطاع المياه تنفذها شركات تركية".
وأضاف المسؤول التركي أن "الحكومة العراقية ستؤلف لجنة لمشروعات البنية التحتية المائية وستدعو الشركات التركية إلى تقديم عروضها، على أن تُمول هذه المشاريع من عوائد مبيعات النفط الذي يصدره العراق إلى تركيا".
""", [
    ev("awadi-debt-denial", "نفت الحكومة العراقية، اليوم الأحد، (2 تشرين الثاني 2025)", SIGNING, "'اليوم الأحد، (2 تشرين الثاني 2025)' = Sun 2 Nov 2025"),
    ev("mechanism-signing", "قد رعى اليوم الأحد مراسم التوقيع", SIGNING, "'اليوم الأحد' = Sun 2 Nov 2025"),
    ev("fidan-arrival", "الذي حط في بغداد صباح اليوم", SIGNING, "'صباح اليوم' = the morning of Sun 2 Nov 2025"),
    ev("turkish-official-reuters", "ونقلت رويترز عن مسؤول تركي قوله", SIGNING, "no own expression in the clause; the Turkish official spoke to Reuters on the day of the signing, Sun 2 Nov 2025 ('اليوم الأحد' in the quotation)"),
])
art(S, "https://alnahar-news.com/?p=15099",
    "2025-11-02", "no date on the stored page; the body's 'الاتفاق الذي أُبرم في بغداد اليوم مع الوفد التركي' and 'اتفاق اليوم' name the signing of the financing mechanism of Sun 2 Nov 2025 (burathanews: 'اليوم الأحد، (2 تشرين الثاني 2025)'), so the spokesman's remarks and the report are of Sun 2 Nov 2025; the stored excerpt starts mid-word ('ستعرض'); headline written from the body; no date of its own in the text", False, """
الناطق باسم الحكومة العراقية: الاتفاق المائي مع تركيا لا يتضمن تنازلا عن الديون
عرض الناطق باسم الحكومة جانبا من تفاصيل الاتفاق الذي أُبرم في بغداد اليوم مع الوفد التركي بشأن إدارة المياه، مؤكدا أن الاستغناء عن التجربة التركية غير ممكن.
وأوضح أن النتيجة ستظهر "خلال 7 أسابيع"، وأن لجانا استشارية كبيرة ستقدم خطة للإفادة من تجارب أنقرة، معربا عن اعتقاده بأن مشكلة التمويل "قد حُلت" من دون أن يعني ذلك تنازلا عن ديون العراق المترتبة على أنقرة.
ولم يعلق الناطق إلا بعبارات مقتضبة على وسائل الإعلام التركية التي ربطت اتفاق اليوم بعوائد النفط العراقي.
وقال: "لتركيا أسلوب ناجح في إدارة المياه داخل حدودها، ولا يمكن التقليل من تجربتها أو الاستغناء عنها، وقد بحثنا اليوم مع الوفد التركي طريقة تنفيذ مذكرتي التفاهم لعامي 2014 و2024".
وأضاف: "الاتفاق لا ينطوي على أي تنازل عن ديون العراق المستحقة على تركيا، ولم يجرِ الحديث عن هذا الموضوع أصلا، بل يتعلق بكيفية تنفيذ الاتفاقيتين وتمويل المشاريع المندرجة ضمنهما".
""", [
    ev("mechanism-signing", "الاتفاق الذي أُبرم في بغداد اليوم مع الوفد التركي", SIGNING, "'اليوم' = the day of the signing, Sun 2 Nov 2025"),
    ev("spokesman-briefing", "عرض الناطق باسم الحكومة جانبا من تفاصيل الاتفاق", SIGNING, "no own expression; the spokesman spoke on the day of the signing ('اليوم'), Sun 2 Nov 2025"),
    ev("talks-with-turkish-delegation", "وقد بحثنا اليوم مع الوفد التركي", SIGNING, "'اليوم' = Sun 2 Nov 2025"),
    ev("awadi-debt-denial", "الاتفاق لا ينطوي على أي تنازل عن ديون العراق", SIGNING, "no own expression; the government's denial of Sun 2 Nov 2025 (burathanews 'اليوم الأحد، (2 تشرين الثاني 2025)')"),
])
art(S, "https://aljeebal.com/posts/10823",
    "2025-11-03", "the body's 'الاثنين 3 تشرين الثاني 2025' for al-Marsoumi's post and 'وأمس الأحد' for the signing (3 Nov 2025 was a Monday); no separate date line; headline written from the body (the stored text has none); the 'في السياق' related link dropped; the last, truncated quotation of the statement dropped", True, """
المرسومي: الاستثمارات التركية في قطاع المياه ستموّل من الإيرادات النفطية ضمن حصة العراق في أوبك+
تطرق الخبير الاقتصادي نبيل المرسومي، الاثنين 3 تشرين الثاني 2025، إلى طريقة تمويل الاستثمارات التركية في قطاع المياه بالعراق التي جرى الاتفاق عليها مؤخراً، مبيناً أنها ستُموّل من الإيرادات النفطية ضمن حصة العراق في "أوبك+".
وكتب المرسومي في تدوينة تابعتها "الجبال" أن "الاستثمارات التركية في قطاع المياه في العراق المتفق عليها مؤخراً ستموَّل عبر حساب يُنشأ من بيع كميات من النفط الخام يحددها مجلس الوزراء بقرار".
وتابع أن "ذلك يعني تمويلها من خارج الموازنة على غرار الاتفاقية الصينية، أي أنها ستموَّل فعلياً من الإيرادات النفطية بصورة غير مباشرة، وستكون ضمن حصة العراق في (أوبك+)".
وأمس الأحد، أعلن رئيس مجلس الوزراء العراقي محمد شياع السوداني توقيع الآلية التنفيذية لاتفاقية التعاون في مجال المياه بين العراق وتركيا.
وأفاد بيان لمكتب السوداني بأنه "رعى مراسم التوقيع على الآلية التنفيذية الخاصة باتفاقية التعاون الإطارية مع تركيا في مجال المياه، بين وزير الخارجية فؤاد حسين ونظيره التركي هاكان فيدان".
""", [
    ev("marsoumi-post", "تطرق الخبير الاقتصادي نبيل المرسومي، الاثنين 3 تشرين الثاني 2025", "2025-11-03", "'الاثنين 3 تشرين الثاني 2025' = Mon 3 Nov 2025"),
    ev("mechanism-signing", "وأمس الأحد، أعلن رئيس مجلس الوزراء العراقي", SIGNING, "'أمس الأحد' in an article of Mon 3 Nov 2025 = Sun 2 Nov"),
    ev("sudani-office-statement", "وأفاد بيان لمكتب السوداني", SIGNING, "no own expression; the prime minister's office statement on the signing, Sun 2 Nov 2025"),
])
art(S, "https://saymar.org/2025/11/191528.html",
    "2025-11-03", "the date line 'فيينا / الاثنين 03 . 11 . 2025' at the head of the body (kept in the text; 3 Nov 2025 was a Monday); the body's 'الاحد' for al-Dhari's warning = Sun 2 Nov; headline kept from the page; the 'أخبار عاجلة' bar and breadcrumbs dropped; the source writes 'وقال الدليمي' for al-Dhari's quotation: re-worded as 'وقال الضاري'; the last, truncated sentence dropped", True, """
الضاري يحذر من عواقب وخيمة لاتفاقية المياه مقابل النفط مع تركيا
فيينا / الاثنين 03 . 11 . 2025
حذر القيادي في تحالف الانبار المتحد محمد الضاري، الاحد، من تبعات اتفاقية المياه مقابل النفط المبرمة بين العراق وتركيا، ومن عواقبها الخطيرة على سيادة البلاد.
وقال الضاري في تصريح لوكالة / المعلومة/ إن "اتفاقية المياه مقابل النفط الموقعة مع تركيا تنص على بسط تركيا سيطرتها على الموارد المائية العراقية وإدارتها، وإنشاء السدود وإعادة تأهيلها عبر شركات استثمار تركية، من دون أن تتدخل الحكومة المركزية في عمل هذه الشركات، بحيث يقتصر دورها على المراقبة".
وأضاف أن "حكومة رئيس الوزراء محمد شياع السوداني أسلمت تركيا موارد العراق المائية في واحدة من أخطر الاتفاقيات المبرمة مع أنقرة بخصوص أزمة المياه".
وأوضح أن "الاتفاقية تنص على أن تتولى الشركات التركية إدارة البنى التحتية العراقية وتحديثها وتشييدها لضمان الاستخدام الفعال والمثمر والمستدام للموارد المائية، وفق نظام تمويل يقوم على مبيعات النفط مقابل الإطلاقات المائية التركية لنهري دجلة والفرات".
""", [
    ev("dhari-warning", "حذر القيادي في تحالف الانبار المتحد محمد الضاري، الاحد", SIGNING, "'الاحد' in an article of Mon 3 Nov 2025 = Sun 2 Nov"),
    ev("mechanism-signing", "المبرمة بين العراق وتركيا", SIGNING, "no own expression; the agreement signed in Baghdad on Sun 2 Nov 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 700)
                            if i != 201 and i != 596
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 462-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: wildlife and environment incidents (animal attacks,
whale and shark strandings or catches, oil spills, pollution events).
Stories: the whale shark caught off Khan Younis (Gaza, October 2025), the oil spill of the MV Wakashio off
Mauritius (August 2020), the oil slicks off Ras al-Zour (Kuwait, August 2017), and the shark attack in the
Ras Mohammed reserve near Sharm el-Sheikh (Egypt, October 2020).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- palestine-khan-younis-whale-shark-2025
S = "palestine-khan-younis-whale-shark-2025"
CATCH = "2025-10-17"                       # fishermen caught the whale shark off Khan Younis on Fri 17 Oct 2025 (morning)
MFA_POST = ("2025-10-17", "2025-10-19")    # the Israeli foreign ministry's post: after the catch, before aljazeeramubasher of Sat 18 Oct
art(S, "https://marebpress.net/news_details.php?lang=arabic&sid=214290",
    "2025-10-17", "date line under the headline on the page: 'الجمعة 17 أكتوبر-تشرين الأول 2025 الساعة 06 مساءً' (17 Oct 2025 was a Friday); the body's 'صباح اليوم' for the catch; the date line is not part of the body and is not kept; headline kept from the page", True, """
صيادو غزة يصطادون حوتاً ضخماً طوله نحو 10 أمتار ووزنه قرابة 2 طن
عاشت شواطئ مدينة خان يونس في جنوب قطاع غزة صباح اليوم لحظات من الذهول والبهجة، بعدما رزق الله الصيادين بقرش حوتي نادر يقارب طوله 10 أمتار ووزنه نحو 2 طن، في واقعة غير معتادة أعادت الأمل إلى قلوب المتعبين.
وتدفق العشرات من المواطنين والنازحين نحو الشاطئ كأنهم يشهدون كرامة من البحر في زمن الشدة، وعبّروا عن فرحهم ودهشتهم من ضخامة السمكة، مؤكدين أن هذا الرزق المفاجئ عطاء إلهي في ظل الحصار والجوع والضيق الذي يعيشه القطاع منذ سنوات.
وفي حين تتلاحق الأزمات على غزة، بدت هذه اللحظة كأنها رسالة من السماء بأن الرحمة لا تغيب، وأن البحر ما زال يخبئ في جوفه ما يسد رمق الجائعين ويواسي قلوب المحاصرين.
""", [
    ev("whale-shark-caught", "رزق الله الصيادين بقرش حوتي نادر", CATCH, "'صباح اليوم' in an article dated Fri 17 Oct 2025"),
    ev("crowds-gather", "وتدفق العشرات من المواطنين والنازحين نحو الشاطئ", CATCH, "no own expression; the crowds came to the beach on the day of the catch, Fri 17 Oct 2025"),
])
art(S, "https://www.newsroom.info/184705",
    "2025-10-17", "no date on the stored page; the body's 'صباح اليوم' for the catch, which took place on Friday 17 Oct 2025 (aljazeeramubasher of Sat 18 Oct: 'أمس الجمعة'; alwakeelnews of Sun 19 Oct: 'يوم الجمعة'; marebpress of Fri 17 Oct: 'صباح اليوم'), so it was published on Fri 17 Oct 2025; the 'عاجل' tag, the image captions and the sub-headings dropped; headline kept from the page; the last, truncated sentence shortened", False, """
بطول 10 أمتار ووزن 2 طن.. سكان غزة يصطادون سمكة ضخمة على شواطئ خان يونس
عاشت شواطئ مدينة خان يونس في جنوب قطاع غزة صباح اليوم أجواء من الدهشة والفرح بين الصيادين والأهالي، بعدما نجح عدد من الصيادين في الإمساك بقرش حوتي نادر يبلغ طوله نحو 10 أمتار ويقارب وزنه 2 طن.
وأقبل العشرات من المواطنين والنازحين على الشاطئ ليعاينوا السمكة العملاقة، معبرين عن سعادتهم وذهولهم من حجمها الكبير، ومؤكدين أن مثل هذه اللحظات تمنحهم بارقة أمل وفرح وسط الظروف القاسية التي يعيشها القطاع منذ سنوات طويلة.
ويُعد القرش الحوتي أكبر القروش والأسماك الغضروفية في العالم، إذ قد يبلغ طول البالغ منه 13 مترًا ويتخطى وزنه 21 طنًا، ويمتاز بلونه الأزرق المرقط بالأبيض، ويتغذى بشفط الماء المحمل بالعوالق والكائنات الدقيقة، ولا يمثل خطرًا على البشر لأنه بلا أسنان حادة ولم تُسجل له أي هجمات على الإنسان.
ويُدرج القرش الحوتي ضمن الأنواع المهددة بالانقراض في القائمة الحمراء الصادرة عن الاتحاد الدولي لصون الطبيعة.
""", [
    ev("whale-shark-caught", "نجح عدد من الصيادين في الإمساك بقرش حوتي نادر", CATCH, "'صباح اليوم' = the morning of Fri 17 Oct 2025, the day of publication"),
    ev("crowds-gather", "وأقبل العشرات من المواطنين والنازحين على الشاطئ", CATCH, "no own expression; on the day of the catch, Fri 17 Oct 2025"),
])
art(S, "https://www.aljazeeramubasher.net/news/politics/2025/10/18/%D8%B3%D9%85%D9%83%D8%A9-%D8%BA%D8%B2%D8%A9-%D8%AA%D8%B4%D8%B9%D9%84-%D8%A7%D9%84%D9%85%D9%86%D8%B5%D8%A7%D8%AA-%D8%A8%D9%88%D9%84%D9%8A%D9%85%D8%A9-%D9%86%D8%A7%D8%AF%D8%B1%D8%A9",
    "2025-10-18", "page date 2025-10-18 and the date in the URL (/2025/10/18/); the body's 'أمس الجمعة' for the catch of Fri 17 Oct 2025 agrees; headline rendered from the URL slug; the sub-headings ('غضب إسرائيلي', the Quranic verse) dropped; the last, truncated sentence dropped", True, """
سمكة غزة تشعل المنصات بوليمة نادرة
عرف شاطئ خان يونس في جنوب قطاع غزة، أمس الجمعة، حدثًا غير مألوف، إذ تمكن الصيادون من اصطياد سمكة ضخمة من فصيلة القروش يُقدَّر طولها بنحو 10 أمتار ويقارب وزنها طنين، في مشهد أدهش السكان وأفرحهم فهرعوا إلى التجمع حولها وتقاسموا لحمها وسط أجواء من البهجة الشعبية.
واحتشد المئات من أهالي خان يونس حول السمكة العملاقة التي سماها بعضهم "الحوت"، معتبرين إياها رزقًا ساقه الله لأهل غزة في ظل الحصار والجوع المتواصلين.
ونشر ناشطون مقاطع مصورة تُظهر الصيادين والسكان وهم يقطّعون لحم القرش لتوزيعه، بينما راجت على مواقع التواصل عبارات تعبّر عن الامتنان لهذا الرزق المفاجئ، فكتب أحدهم "غريبة ولا مش غريبة، راح تتاكل، الشعب مشتاق للحوم".
واستشهدت الناشطة رانيا النتشة بالآية القرآنية {إن هذا لرزقنا ما له من نفاد}.
غير أن المشهد ما لبث أن تحول إلى ساحة لجدل سياسي، بعدما نشرت وزارة الخارجية الإسرائيلية صورة القرش وعلقت عليها بأن "الغزيين مزقوا حوتا جانحا في عمل قاسٍ لا حدود له"، في محاولة لاستغلال الواقعة لتصوير الفلسطينيين على أنهم "منتهكون للبيئة".
""", [
    ev("whale-shark-caught", "تمكن الصيادون من اصطياد سمكة ضخمة من فصيلة القروش", CATCH, "'أمس الجمعة' in an article of Sat 18 Oct 2025 = Fri 17 Oct"),
    ev("meat-distributed", "وتقاسموا لحمها وسط أجواء من البهجة الشعبية", CATCH, "no own expression; the meat was shared out on the beach on the day of the catch, Fri 17 Oct 2025"),
    ev("crowds-gather", "واحتشد المئات من أهالي خان يونس حول السمكة العملاقة", CATCH, "no own expression; on the day of the catch, Fri 17 Oct 2025"),
    ev("israeli-mfa-post", "نشرت وزارة الخارجية الإسرائيلية صورة القرش", MFA_POST[0], "no own expression; after the catch of Fri 17 Oct and before this article of Sat 18 Oct 2025 (my span Fri 17 - Sat 18 Oct)", end=MFA_POST[1]),
])
art(S, "https://www.alwakeelnews.com/Section_7/%D9%85%D9%86%D9%88%D8%B9%D8%A7%D8%AA/%D9%81%D9%8A%D8%AF%D9%8A%D9%88-%D9%8A%D8%AA%D8%B5%D8%AF%D8%B1-%D8%A7%D9%84%D8%AA%D8%B1%D9%86%D8%AF-%D8%AF%D9%87%D8%B4%D8%A9-%D9%88%D9%81%D8%B1%D8%AD-%D9%83%D8%A8%D9%8A%D8%B1-%D9%81%D9%8A-%D8%BA%D8%B2%D8%A9-%D8%A8%D8%B9%D8%AF-%D8%A7%D8%B5%D8%B7%D9%8A%D8%A7%D8%AF-%D8%B3%D9%85%D9%83%D8%A9-%D8%B6%D8%AE%D9%85%D8%A9_750448",
    "2025-10-19", "time stamp on the page: 'الأحد، 19-10-2025 11:15 ص' (19 Oct 2025 was a Sunday); the body's 'يوم الجمعة' for the catch of Fri 17 Oct; the site tag 'الوكيل الإخباري' and the stamps are not part of the body and are not kept; headline kept from the page; the last, truncated sentence dropped", True, """
فيديو يتصدر الترند.. دهشة وفرح كبير في غزة بعد اصطياد سمكة ضخمة
أشعل مشهد نادر شواطئ خانيونس في جنوب قطاع غزة ومنصات التواصل الاجتماعي، بعدما نجح عدد من الصيادين، يوم الجمعة، في اصطياد سمكة ضخمة يُرجَّح أنها قرش حوتي، يناهز طولها 10 أمتار ووزنها نحو 2 طن، في مشهد عدّه كثيرون "رزقًا من السماء" وسط الحصار والجوع اللذين ينهشان القطاع.
وانتشرت المقاطع المصورة سريعًا على المنصات، وظهر فيها المئات من السكان متجمعين حول السمكة العملاقة يلتقطون الصور ويوزعون لحمها في أجواء من الفرح والأمل، وكتب أحد الناشطين: "غريبة ولا مش غريبة، راح تتاكل، الشعب مشتاق للحوم."
ومع تضارب الأنباء بشأن نوع الكائن البحري، رجّح خبراء أنه قرش حوتي، وهو من أضخم الكائنات البحرية غير المؤذية للإنسان، يقتات على العوالق والكائنات الدقيقة من دون حاجة إلى أسنان حادة أو سلوك عدواني.
وقد حمل هذا المشهد النادر لحظة فرح استثنائية لأهالي غزة، الذين يعانون منذ شهور من الحصار الخانق المفروض على القطاع منذ أكتوبر 2023، والذي أفضى إلى أزمة إنسانية حادة ومجاعة حصدت أرواح المئات، بينهم أطفال ونساء.
""", [
    ev("whale-shark-caught", "نجح عدد من الصيادين، يوم الجمعة، في اصطياد سمكة ضخمة", CATCH, "'يوم الجمعة' in an article of Sun 19 Oct 2025 = Fri 17 Oct"),
    ev("crowds-gather", "ظهر فيها المئات من السكان متجمعين حول السمكة العملاقة", CATCH, "no own expression; the crowds on the beach on the day of the catch, Fri 17 Oct 2025"),
    ev("meat-distributed", "ويوزعون لحمها في أجواء من الفرح والأمل", CATCH, "no own expression; the meat was shared out on the day of the catch, Fri 17 Oct 2025"),
    ev("gaza-siege-imposed", "الحصار الخانق المفروض على القطاع منذ أكتوبر 2023", "2023-10-01", "'منذ أكتوبر 2023' = the siege imposed from October 2023 (the month only)", end="2023-11-01"),
])

# ---------------------------------------------------------------- mauritius-wakashio-oil-spill-2020
S = "mauritius-wakashio-oil-spill-2020"
GROUNDED = "2020-07-25"                    # the MV Wakashio ran aground on the reef at Pointe d'Esny on Sat 25 Jul 2020
EMERGENCY = "2020-08-07"                   # Prime Minister Jugnauth declared an environmental emergency late on Fri 7 Aug 2020
FRANCE = "2020-08-08"                      # Macron's tweet on teams and equipment from La Reunion, Sat 8 Aug 2020
TOKYO = "2020-08-09"                       # Mitsui OSK Lines' press conference in Tokyo (apology, >1000 t leaked), Sun 9 Aug 2020
SPLIT = "2020-08-15"                       # the ship broke in two on Sat 15 Aug 2020
SPLIT_NEWS = "2020-08-16"                  # the Mauritian authorities announced the split on Sun 16 Aug 2020
art(S, "https://www.libya-news.com/world/873763/",
    "2020-08-09", "date line at the head of the body: 'بورت لويس 9 أغسطس 2020 (وال)' (a LANA report; 9 Aug 2020 was a Sunday), kept in the text because it is part of the body; its 'أمس السبت' for Macron's tweet of Sat 8 Aug agrees; headline kept from the page; the last, truncated sentence dropped", True, """
موريشيوس تعلن حالة الطوارئ البيئية بسبب تسرب نفطي
بورت لويس 9 أغسطس 2020 (وال)- أعلنت سلطات موريشيوس حالة الطوارئ البيئية جراء تسرب نفطي من سفينة شحن جانحة قبالة شواطئها، وهو ما ينذر بتلويث مياه الجزيرة المدرجة ضمن قوائم المحميات البحرية.
وأعاقت الأمواج العاتية جهود وقف تسرب النفط من السفينة "إم في واكاشيو" الجانحة منذ أسبوعين، علمًا بأن التسرب يلوث مياهًا صافية في منطقة حساسة بيئيًا قبالة الساحل الجنوبي الشرقي للجزيرة.
وكان الرئيس الفرنسي "إيمانويل ماكرون" قد ذكر أمس السبت أن "فرنسا بعثت فرقاً ومعدات من جزيرة لا ريونيون المجاورة في المحيط الهندي، لتقديم المساعدة لسلطات موريشيوس".
وجاءت تصريحات "ماكرون" غداة طلب رئيس وزراء موريشيوس "برافيند جوغنوث" العون من باريس، إذ قال "بلدنا ليس لديه المهارات والخبرة لإعادة تعويم السفن الجانحة، لذلك طلبت المساعدة من فرنسا".
وكانت الناقلة، المملوكة لشركة يابانية والرافعة علم بنما، محملة بـ3800 طن من النفط عندما اصطدمت بشعب مرجاني في بوانت ديسني، الموقع المدرج على قائمة المحميات البحرية قرب المياه اللازوردية لحديقة بلو ري المائية.
""", [
    ev("emergency-declared", "أعلنت سلطات موريشيوس حالة الطوارئ البيئية", EMERGENCY, "no own expression; declared late on Fri 7 Aug 2020 (oilnewsagency of Sun 9 Aug: 'أمس الأول الجمعة'), the day before Macron's tweet ('غداة')"),
    ev("ship-grounded", "الجانحة منذ أسبوعين", GROUNDED, "'منذ أسبوعين' from 9 Aug 2020 = about 26 Jul; the ship ran aground on Sat 25 Jul 2020 (youm7: 'جنحت في 25 يوليو')"),
    ev("france-sends-teams", "قد ذكر أمس السبت أن", FRANCE, "'أمس السبت' from Sun 9 Aug 2020 = Sat 8 Aug"),
    ev("jugnauth-asks-france", "طلب رئيس وزراء موريشيوس \"برافيند جوغنوث\" العون من باريس", EMERGENCY, "'غداة' = the day before Macron's tweet of Sat 8 Aug = Fri 7 Aug 2020, with the declaration of the emergency"),
])
art(S, "https://old.oilnewsagency.com/%d8%a7%d9%84%d8%a3%d8%b2%d9%85%d8%a9-%d9%85%d8%b3%d8%aa%d9%85%d8%b1%d8%a9-%d8%b3%d9%81%d9%8a%d9%86%d8%a9-%d8%a7%d9%84%d8%b4%d8%ad%d9%86-%d8%a7%d9%84%d9%8a%d8%a7%d8%a8%d8%a7%d9%86%d9%8a%d8%a9-%d8%aa",
    "2020-08-09", "no date on the stored page; the body's 'اليوم الأحد' for Mitsui OSK Lines' announcement and 'أمس الأول الجمعة' for the emergency of Fri 7 Aug 2020 give Sun 9 Aug 2020 (libya-news of 9 Aug and youm7's URL of 9 Aug report the same Tokyo apology); headline written from the URL slug and the body", False, """
الأزمة مستمرة.. سفينة الشحن اليابانية الجانحة قبالة موريشيوس
ما تزال أزمة سفينة الشحن اليابانية التي جنحت قبالة سواحل موريشيوس قائمة، بسبب ما تخلفه من أضرار بيئية جراء تسرب الوقود منها.
وأعلنت شركة "ميتسوي أو إس كيه لاينز" المشغلة للسفينة اليوم الأحد أن ما يزيد على ألف طن من زيت الوقود تسرب من سفينة الشحن.
وكان أكيهيكو أونو، نائب الرئيس التنفيذي للشركة، قد اعتذر عن الحادث في مؤتمر صحفي عقده في طوكيو، بعد إعلان حالة طوارئ بيئية بسبب التسرب النفطي أمس الأول الجمعة.
وبلغت بقعة كبيرة من زيت الوقود الشاطئ على ساحل موريشيوس، ما أثار مخاوف من أضرار تلحق بصناعة السياحة في البلاد ومن تبعات ذلك على حيوانات مهددة بالانقراض كالطيور البرية والسلاحف البحرية.
كذلك اعتذرت الشركة المالكة لسفينة الشحن اليابانية عن الخطر الذي يمثله ذلك على البيئة، وتعهدت ببذل أقصى جهودها لاحتواء التسرب.
""", [
    ev("mol-1000t-announcement", "أن ما يزيد على ألف طن من زيت الوقود تسرب", TOKYO, "'اليوم الأحد' = Sun 9 Aug 2020"),
    ev("mol-apology", "قد اعتذر عن الحادث في مؤتمر صحفي عقده في طوكيو", TOKYO, "no own expression; the press conference in Tokyo on Sun 9 Aug 2020 (alamirkamalfarag: 'الأحد في طوكيو'; youm7 of 9 Aug)"),
    ev("emergency-declared", "بعد إعلان حالة طوارئ بيئية بسبب التسرب النفطي أمس الأول الجمعة", EMERGENCY, "'أمس الأول الجمعة' from Sun 9 Aug 2020 = Fri 7 Aug"),
    ev("owner-apology", "كذلك اعتذرت الشركة المالكة لسفينة الشحن اليابانية", "2020-08-08", "no own expression; Nagashiki Shipping's statement, reported the day after the emergency (afrigatenews: 'أعلن حالة الطوارئ البيئية، أمس') and before this article (my span Sat 8 - Sun 9 Aug 2020)", end="2020-08-10"),
])
art(S, "https://okaz.com.sa/variety/na/2037362",
    "2020-08-16", "no date on the stored page; the body's 'اليوم (الأحد)' for the announcement that the ship had broken in two, which happened on Sat 15 Aug 2020 (youm7 of Mon 17 Aug: 'تم التأكد في 15 أغسطس'), so the Sunday is 16 Aug 2020; 'بيان أمس' = Sat 15 Aug; headline written from the body (the stored text has none)", False, """
سفينة الشحن الجانحة قبالة موريشيوس تنشطر إلى نصفين
أفادت السلطات في جزيرة موريشيوس اليوم (الأحد) بأن سفينة الشحن التي ارتطمت أخيراً بشعاب مرجانية انشقت إلى نصفين، ما يهدد بوقوع كارثة بيئية بحرية حول الجزيرة.
وبيّن مسؤولو الجزيرة أن انفلاق السفينة إلى شطرين أثار مخاوف من تسرب ما تبقى فيها من نفط، لافتين إلى أن معظم النفط سُحب منها، غير أن 166 طناً من زيت الوقود ما زالت بداخلها والسلطات تعمل على إزالتها.
وكانت حكومة موريشيوس قد أعلنت في بيان أمس أنها تسعى إلى نيل تعويضات من الشركة المالكة للسفينة ومن شركة تأمين، ودعت الأفراد والمنظمات إلى تقديم مستندات تبين حجم الأضرار.
""", [
    ev("split-announced", "أفادت السلطات في جزيرة موريشيوس اليوم (الأحد)", SPLIT_NEWS, "'اليوم (الأحد)' = Sun 16 Aug 2020, the Sunday after the split of Sat 15 Aug"),
    ev("ship-split", "انشقت إلى نصفين", SPLIT, "no own expression; the split confirmed on 15 Aug 2020 (youm7: 'تم التأكد في 15 أغسطس')"),
    ev("ship-grounded", "التي ارتطمت أخيراً بشعاب مرجانية", GROUNDED, "no own expression ('أخيراً'); the grounding of Sat 25 Jul 2020 (youm7: 'جنحت في 25 يوليو')"),
    ev("compensation-statement", "قد أعلنت في بيان أمس أنها تسعى إلى نيل تعويضات", SPLIT, "'أمس' from Sun 16 Aug 2020 = Sat 15 Aug"),
])
art(S, "https://www.youm7.com/story/2020/8/17/%D8%B4%D8%A7%D9%87%D8%AF-%D9%83%D9%8A%D9%81-%D8%AA%D8%AD%D8%B7%D9%85%D8%AA-%D8%A7%D9%84%D8%B3%D9%81%D9%8A%D9%86%D8%A9-%D8%A7%D9%84%D8%AC%D8%A7%D9%86%D8%AD%D8%A9-%D9%82%D8%A8%D8%A7%D9%84%D8%A9-%D8%B3%D9%88%D8%A7%D8%AD%D9%84-%D9%85%D9%88%D8%B1%D9%8A%D8%B4%D9%8A%D9%88%D8%B3-%D9%81%D9%8A%D8%AF%D9%8A%D9%88/4931922",
    "2020-08-17", "time stamp on the page: 'الإثنين، 17 أغسطس 2020 04:00 ص' (17 Aug 2020 was a Monday) and the date in the URL; the by-line and the share links dropped; headline kept from the page; the stored excerpt breaks off inside the last sentence ('الأحد ... لا يم'), which is completed from the same AFP report carried by q8-press ('لا يمكن استردادها من الوقود من السفينة')", True, """
شاهد كيف تحطمت السفينة الجانحة قبالة سواحل موريشيوس؟.. فيديو
أوردت قناة يورو نيوز أن شركة "ميتسوي أو إس كاي لاينز"، مشغلة سفينة الشحن "إم.في واكاشيو" التي جنحت إثر ارتطامها بشعب مرجانية قبالة موريشيوس وتسرب منها ألف طن من الفيول إلى السواحل، أعلنت أن السفينة انقسمت إلى قسمين، وقالت الشركة اليابانية في بيان "تم التأكد في 15 أغسطس من أن السفينة انشطرت إلى قسمين"، موضحة أنها استقت المعلومة من الشركة المالكة ناجاشيكي شيبينج.
وبحسب القناة، فإن انشطار السفينة، التي جنحت في 25 يوليو بعد ارتطامها بالشعاب المرجانية في بوانت ديسني جنوب شرقي موريشيوس وعلى متنها 3800 طنّ من النفط ومئتا طنّ من الديزل، كان أمراً محتوماً منذ عدة أيام، وقد تسرب منها ما بين 800 وألف طنّ من الفيول فلوّث السواحل، ولا سيما المساحات المحمية ذات غابات الأيكة الساحلية والأنواع المهددة بالانقراض.
وخاضت فرق التدخل سباقاً مع الوقت لتفريغ ما بقي من النفط، بينما كانت السفينة مهددة بالانشطار في أي لحظة.
وأفادت الشركة المشغلة الأحد بأن "التقديرات تشير إلى تسرب كمية من الوقود لا يمكن استردادها من السفينة".
""", [
    ev("ship-split", "تم التأكد في 15 أغسطس من أن السفينة انشطرت إلى قسمين", SPLIT, "'15 أغسطس' (of 2020) = Sat 15 Aug 2020"),
    ev("ship-grounded", "التي جنحت في 25 يوليو", GROUNDED, "'25 يوليو' (of 2020) = Sat 25 Jul 2020"),
    ev("mol-sunday-estimate", "وأفادت الشركة المشغلة الأحد", SPLIT_NEWS, "'الأحد' in an article of Mon 17 Aug 2020 = Sun 16 Aug"),
])

# ---------------------------------------------------------------- kuwait-ras-al-zour-oil-slick-2017
S = "kuwait-ras-al-zour-oil-slick-2017"
APPEARED = "2017-08-10"                    # the slick first appeared off Ras al-Zour on Thu 10 Aug 2017
INTAKES = "2017-08-11"                     # the Environment Public Authority's measures for the desalination intakes, Fri 11 Aug 2017
REMOVED = "2017-08-13"                     # the oil sector's spokesman: most of the slicks removed, Sun 13 Aug 2017
SECOND = "2017-08-15"                      # a second slick (Abu Fteira, 1.6 km) announced on Tue 15 Aug 2017
art(S, "https://www.eremnews.com/news/arab-world/gcc/947085",
    "2017-08-11", "no date on the stored page; the body's 'اليوم الجمعة' for the authorities' announcement; the slick of August 2017 (Reuters of 12 Oct 2017 on 'حادثة تسرب نفطي وقعت في أغسطس آب الماضي' in Ras al-Zour) first appeared on Thursday 10 Aug (arabstoday of Sun 13 Aug: 'الخميس الماضي'), so the Friday is 11 Aug 2017; headline kept from the page; the last, truncated sentence dropped", False, """
الكويت تتخذ تدابير لحماية مآخذ مياه محطة تحلية من "بقعة زيت" قرب سواحلها
أعلنت السلطات الكويتية، اليوم الجمعة، أنها اتخذت الإجراءات الضرورية لحماية منطقة مآخذ المياه الخاصة بمحطة التحلية في البلاد من بقعة زيت تمتد على مسافة 100 متر مربع في الخليج العربي، قبالة سواحل منطقة "راس الزور" جنوبي البلاد.
وذكرت الهيئة العامة للبيئة في الكويت، في بيان صحفي، أنها تلقت بلاغًا من الإدارة العامة لخفر السواحل يفيد برصد بقعة زيت مقابل منطقة "راس الزور".
وبيّنت الهيئة أنها اتخذت التدابير اللازمة لحماية منطقة مآخذ المياه التابعة لوزارة الكهرباء والمياه والخاصة بمحطة التحلية، مستعينة بالمصدات المطاطية، إلى جانب التنسيق مع الجهات المعنية للتعامل مع البقعة.
وشددت الهيئة على أن التحقيق جارٍ لتحديد مصدر البقعة الآتية من خارج المياه الإقليمية للكويت.
""", [
    ev("intake-protection", "أنها اتخذت الإجراءات الضرورية لحماية منطقة مآخذ المياه", INTAKES, "'اليوم الجمعة' = Fri 11 Aug 2017"),
    ev("slick-appears", "من بقعة زيت تمتد على مسافة 100 متر مربع", APPEARED, "no own expression; the slick first appeared on Thu 10 Aug 2017 (arabstoday: 'الخميس الماضي')"),
    ev("coastguard-report", "أنها تلقت بلاغًا من الإدارة العامة لخفر السواحل", APPEARED, "no own expression; the coastguard's report of the slick, between its appearance on Thu 10 Aug and the announcement of Fri 11 Aug 2017 (my span)", end="2017-08-12"),
])
art(S, "https://arabstoday.net/990/231044-الكويت-تُزيل-البقع-النفطية-المتسربة-على-ساحلها-الجنوبي",
    "2017-08-13", "no date on the stored page (the 'آخر تحديث' line gives only a clock time); the body's 'اليوم الأحد' for the spokesman's statement, with 'الخميس' for the appearance of the slick of Thu 10 Aug 2017 and 'نهاية الأسبوع الماضي', gives Sun 13 Aug 2017; the site's name lines and the photo caption dropped; headline kept from the page; the stored excerpt breaks off at 'الخميس', and its last two sentences are completed from the identical eremnews report (949398): 'الخميس الماضي' and 'يوم الجمعة الماضي ... بمحطة التحلية'", False, """
الكويت تُزيل البقع النفطية المتسربة على ساحلها الجنوبي
أعلن المتحدث الرسمي باسم القطاع النفطي في الكويت، طلال الخالد الأحمد الصباح، اليوم الأحد، عن رفع معظم البقع النفطية المتسربة وتطويق المناطق الساحلية، بعد التثبت من تأمين المرافق الحيوية في منطقة "راس الزور" جنوبي البلاد وما يجاورها.
وكانت الكويت قد شهدت نهاية الأسبوع الماضي تسربًا لبقع زيت في منطقة رأس الزور لم يُعرف مصدره، فيما رجح وزير النفط الكويتي عصام المرزوق أن يكون مصدر التسرب خط أنابيب قريبًا.
وأوضح الصباح في تصريح صحفي أن فرق الطوارئ طوقت المناطق الساحلية ونظفت الشواطئ العامة، بعد التحقق من خلو المنطقة من أي كميات أخرى من البقع النفطية في البحر.
وبيّن أن جولات الاستطلاع الجوية والبحرية لفرق الطوارئ تأكدت من عدم وجود كميات إضافية، وأنه "تم أخذ العينات من البقع النفطية وإرسالها للمختبرات لتحليلها ومعرفة مصدرها".
وكانت بقعة الزيت الممتدة على مسافة 100 متر مربع قد بدأت بالانتشار في المياه الإقليمية الكويتية الخميس الماضي.
وأعلنت السلطات الكويتية، يوم الجمعة الماضي، أنها اتخذت الإجراءات اللازمة لحماية منطقة مآخذ المياه الخاصة بمحطة التحلية.
""", [
    ev("slicks-removed", "عن رفع معظم البقع النفطية المتسربة", REMOVED, "'اليوم الأحد' = Sun 13 Aug 2017"),
    ev("marzouq-pipeline-suggestion", "رجح وزير النفط الكويتي عصام المرزوق", INTAKES, "no own expression; the minister's interview on Kuwait TV during the weekend of the spill, after the announcement of Fri 11 Aug and before this article of Sun 13 Aug 2017 (my span Fri 11 - Sat 12 Aug)", end="2017-08-13"),
    ev("slick-appears", "قد بدأت بالانتشار في المياه الإقليمية الكويتية الخميس الماضي", APPEARED, "'الخميس الماضي' from Sun 13 Aug 2017 = Thu 10 Aug"),
    ev("intake-protection", "يوم الجمعة الماضي، أنها اتخذت الإجراءات اللازمة لحماية منطقة مآخذ المياه", INTAKES, "'يوم الجمعة الماضي' from Sun 13 Aug 2017 = Fri 11 Aug"),
])
art(S, "http://www.la7zabla7za.com/Economy/10308.html",
    "2017-08-16", "no date on the stored page; the body's 'أمس (الثلثاء)' for the second slick announced on Tue 15 Aug 2017 (kataeb: 'اليوم الثلاثاء ... تسربا نفطيا جديدا في منطقة أبو فطيرة'; Reuters of 12 Oct 2017 on the August spills of Ras al-Zour and Abu Fteira) gives Wed 16 Aug 2017; the ticker of other news dropped; headline kept from the page; the last, truncated clause dropped", False, """
الكويت تكتشف تسرب نفطي ثان والسعودية والبحرين تؤكدان سلامة شواطئهما
كشفت الكويت أمس (الثلثاء) عن رصد بقعة نفطية ثانية قبالة سواحلها، بعد أيام من تأكيدها السيطرة على تسرب نفطي كبير، فيما أكدت السعودية والبحرين أن التسرب لم يبلغ شواطئهما.
وذكرت الهيئة العامة للبيئة أن التسرب الأخير امتد بطول 1.6 كيلومتر، وأنها اتخذت إجراءات لاحتوائه.
أما جمعية «الخط الأخضر» البيئية الأهلية في الكويت، فأعلنت أمس تحديد بقع نفطية جديدة، مبينة أن التسرب آخذ في الاتساع.
وكان تسرب نفطي كبير قد وقع الأسبوع الماضي قبالة الشواطئ الجنوبية للكويت قرب الحقل النفطي السعودي- الكويتي المشترك في محافظة الخفجي.
وأفاد مسؤولون نفطيون بأن عمال الطوارئ نجحوا في تنظيف الجزء الأكبر من التسرب.
""", [
    ev("second-slick", "عن رصد بقعة نفطية ثانية قبالة سواحلها", SECOND, "'أمس (الثلثاء)' from Wed 16 Aug 2017 = Tue 15 Aug"),
    ev("saudi-bahrain-coasts-safe", "أكدت السعودية والبحرين أن التسرب لم يبلغ شواطئهما", "2017-08-14", "no own expression; reported with the news of Tuesday (my span Mon 14 - Tue 15 Aug 2017)", end="2017-08-16"),
    ev("green-line-new-slicks", "فأعلنت أمس تحديد بقع نفطية جديدة", SECOND, "'أمس' from Wed 16 Aug 2017 = Tue 15 Aug"),
    ev("slick-appears", "وكان تسرب نفطي كبير قد وقع الأسبوع الماضي", APPEARED, "'الأسبوع الماضي' from Wed 16 Aug 2017; the slick first appeared on Thu 10 Aug 2017 (arabstoday: 'الخميس الماضي')"),
    ev("slicks-removed", "نجحوا في تنظيف الجزء الأكبر من التسرب", REMOVED, "no own expression; the oil sector's announcement of Sun 13 Aug 2017 (arabstoday: 'اليوم الأحد')"),
])

# ---------------------------------------------------------------- egypt-ras-mohammed-shark-attack-2020
S = "egypt-ras-mohammed-shark-attack-2020"
ATTACK = "2020-10-25"                      # the shark attacked a Ukrainian boy, his mother and their guide at Ras Mohammed on Sun 25 Oct 2020
STATEMENT = "2020-10-27"                   # the environment ministry's statement, Tue 27 Oct 2020
HALTED = ("2020-10-25", "2020-10-28")      # activities around the site stopped after the attack, before the statement of Tue 27 Oct
FULL_CLOSURE = "2020-10-28"                # the minister closed the whole reserve on Wed 28 Oct 2020
art(S, "https://thenewkhalij.news/article/209789/%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-3-%D8%A3%D8%B4%D8%AE%D8%A7%D8%B5-%D9%81%D9%8A-%D9%87%D8%AC%D9%88%D9%85-%D9%82%D8%B1%D8%B4-%D8%A8%D9%85%D8%AD%D9%85%D9%8A%D8%A9-%D8%B1%D8%A3%D8%B3-%D9%85%D8%AD%D9%85%D8%AF-%D8%A7%D9%84%D9%85%D8%B5%D8%B1%D9%8A%D8%A9",
    "2020-10-27", "time stamp under the headline: 'الثلاثاء 27 أكتوبر 2020 08:59 ص' (27 Oct 2020 was a Tuesday); the body's 'في بيان، الثلاثاء' agrees; the source line, the keywords and the related links dropped; headline kept from the page", True, """
إصابة 3 أشخاص في هجوم قرش بمحمية رأس محمد المصرية
أفادت وزارة البيئة المصرية، في بيان، الثلاثاء، بأن 3 أشخاص أصيبوا في هجوم لسمكة قرش أثناء سباحتهم قرب منطقة غوص في محمية "رأس محمد" جنوبي سيناء (شمال شرقي البلاد).
ووفق البيان المنشور على "فيسبوك"، نُقل المصابون، وهم سائحان من أوكرانيا (أم وابنها) إضافة إلى المرشد المرافق للفوج السياحي، إلى المستشفى لاتخاذ الإجراءات الطبية اللازمة.
وعندما اقترب اللنش المستخدم في الرحلة من المصابين وألقى إليهم طوق النجاة، عاودت سمكة القرش الهجوم مرة أخرى.
وعلى إثر الحادث، قررت وزيرة البيئة المصرية "ياسمين فؤاد" وقف الأنشطة البشرية كاملة في محيط موقع الهجوم، كإجراء احترازي يضمن عدم تكرار الهجوم في المنطقة نفسها.
""", [
    ev("env-ministry-statement", "أفادت وزارة البيئة المصرية، في بيان، الثلاثاء", STATEMENT, "'الثلاثاء' in an article of Tue 27 Oct 2020 = that day"),
    ev("shark-attack", "أصيبوا في هجوم لسمكة قرش", ATTACK, "no own expression; the attack of Sun 25 Oct 2020 (aajeg: 'الهجوم وقع الأحد'; assahifa: 'الأحد الماضي')"),
    ev("injured-hospitalised", "نُقل المصابون", ATTACK, "no own expression; the injured were taken to hospital right after the attack of Sun 25 Oct 2020"),
    ev("activities-halted", "وقف الأنشطة البشرية كاملة في محيط موقع الهجوم", HALTED[0], "no own expression; after the attack of Sun 25 Oct and before the statement of Tue 27 Oct 2020 (my span Sun 25 - Tue 27 Oct)", end=HALTED[1]),
])
art(S, "https://aajeg.com/entertainment_media/%D8%B7%D9%81%D9%84-%D8%A3%D9%88%D9%83%D8%B1%D8%A7%D9%86%D9%8A-%D9%8A%D9%81%D9%82%D8%AF-%D8%B0%D8%B1%D8%A7%D8%B9%D9%87-%D9%88%D9%85%D8%B5%D8%B1%D9%8A-%D9%8A%D9%81%D9%82%D8%AF-%D8%B3%D8%A7%D9%82%D9%87-%D8%A8%D9%87%D8%AC%D9%88%D9%85-%D9%84%D8%A3%D8%B3%D9%85%D8%A7%D9%83-%D8%A7%D9%84%D9%82%D8%B1%D8%B4",
    "2020-10-28", "date under the headline: '28 أكتوبر 2020' (a Wednesday); the body's 'يوم أمس الثلاثاء' for the officials' statements of Tue 27 Oct agrees; the photo caption, the font buttons and the 'لايف ستايل / التحديثات الحية' box dropped; headline kept from the page; the last, truncated sentence dropped", True, """
طفل أوكراني يفقد ذراعه ومصري يفقد ساقه إثر هجوم لأسماك القرش في شرم الشيخ
أعلن مسؤولون مصريون، يوم أمس الثلاثاء، أن طفلاً أوكرانياً خسر ذراعه، في حين خسر مرشد سياحي مصري إحدى ساقيه، في هجوم نادر لأسماك القرش مطلع الأسبوع قبالة منتجع شرم الشيخ المطل على البحر الأحمر.
وأوضحت وزارة البيئة المصرية في بيان أن الهجوم وقع الأحد بينما كان سائحان، أم وابنها، يغطسان مع مرشدهما السياحي في محمية رأس محمد.
وأضافت أن المصابين نُقلوا إلى مستشفى قريب، وأن تحقيقاً أولياً بيّن أن الهجوم نفذته سمكة قرش يبلغ طولها مترين (6 أقدام).
ولم تفصح الوزارة عن تفاصيل الإصابات، لكن بياناً صادراً عن الوكالة الأوكرانية لتنمية السياحة ذكر الإثنين أن الصبي البالغ من العمر 12 عاماً يرقد في العناية الفائقة، وأن الجراحة أخفقت في إنقاذ ذراعه.
وقال مسؤول صحي مصري إن مرشد الأسرة فقد إحدى ساقيه، وإن الأم أصيبت بجروح طفيفة، وقد تحدث المسؤول شرط عدم كشف هويته لأنه غير مخول بالإدلاء بتصريحات لوسائل الإعلام.
وأغلق المسؤولون منطقة محمية رأس محمد التي وقع فيها الهجوم.
""", [
    ev("officials-announce-injuries", "أعلن مسؤولون مصريون، يوم أمس الثلاثاء", STATEMENT, "'يوم أمس الثلاثاء' in an article of Wed 28 Oct 2020 = Tue 27 Oct"),
    ev("shark-attack", "أن الهجوم وقع الأحد", ATTACK, "'الأحد' (of the same week, 'مطلع الأسبوع') = Sun 25 Oct 2020"),
    ev("env-ministry-statement", "وأوضحت وزارة البيئة المصرية في بيان", STATEMENT, "no own expression; the ministry's statement of Tue 27 Oct 2020 (thenewkhalij: 'في بيان، الثلاثاء')"),
    ev("ukraine-agency-statement", "ذكر الإثنين أن الصبي البالغ من العمر 12 عاماً", "2020-10-26", "'الإثنين' between the attack of Sun 25 Oct and this article of Wed 28 Oct 2020 = Mon 26 Oct"),
    ev("activities-halted", "وأغلق المسؤولون منطقة محمية رأس محمد التي وقع فيها الهجوم", HALTED[0], "no own expression; the closure of the attack area reported on Tue 27 Oct, after the attack of Sun 25 Oct 2020 (my span Sun 25 - Tue 27 Oct); the full closure of the reserve came on Wed 28 Oct", end=HALTED[1]),
])
art(S, "https://maghress.com/assahifa/52102",
    "2020-10-28", "no date on the stored page; the body's 'نقلته ... الأربعاء', 'حتى الساعة (16:00 ت.غ) من عصر الأربعاء', 'اليوم' and 'الأحد الماضي' for the attack of Sun 25 Oct 2020 give Wed 28 Oct 2020 (all-download and aajeg of 28 Oct report the same AP story and the minister's decision); an assahifa report carried by maghress; headline written from the body (the stored text has none)", False, """
طفل أوكراني يفقد ذراعه في هجوم نادر لسمكة قرش بشرم الشيخ
خسر طفل أوكراني إحدى ذراعيه في هجوم "نادر" لسمكة قرش وقع خلال عطلة نهاية الأسبوع الماضي في مدينة شرم الشيخ السياحية شمال شرقي مصر.
وورد ذلك في بيان لوكالة الأنباء الأوكرانية الرسمية نقلته وكالة "أسوشيتد برس" الأمريكية، الأربعاء.
ونقلت الوكالة الأمريكية كذلك عن مسؤول في قطاع الصحة المصري، لم تذكر اسمه، أن الهجوم أفقد مرشداً سياحياً إحدى ساقيه.
ولم تكشف السلطات المصرية حتى الساعة (16:00 ت.غ) من عصر الأربعاء عن طبيعة الإصابات الناجمة عن هجوم سمكة القرش.
في المقابل، أكد اللواء خالد فودة، محافظ جنوب سيناء، في تصريحات صحفية اليوم، أن الحالة الصحية للمصابين الثلاثة مستقرة وأنهم يتلقون العلاج.
وكان الطفل برفقة والدته والمرشد يتأملون الشعاب المرجانية في محمية رأس محمد حين هاجمتهم سمكة القرش، الأحد الماضي.
وفي وقت سابق اليوم، أصدرت وزيرة البيئة المصرية، ياسمين فؤاد، الأربعاء قراراً بإغلاق محمية رأس محمد بالكامل ووقف أنشطة الغوص والسنوركلينج إلى حين انتهاء أعمال المسح وتقييم الخطر في المنطقة.
وتجدر الإشارة إلى أن هجمات أسماك القرش نادرة في منطقة البحر الأحمر بمصر في السنوات الأخيرة، لكن سلسلة من هجماتها أدت في عام 2010 إلى مقتل سائح أوروبي وتشويه آخرين قبالة سواحل شرم الشيخ.
""", [
    ev("ap-report", "نقلته وكالة \"أسوشيتد برس\" الأمريكية، الأربعاء", FULL_CLOSURE, "'الأربعاء' in an article written on Wednesday ('عصر الأربعاء') = Wed 28 Oct 2020"),
    ev("governor-statement", "أكد اللواء خالد فودة، محافظ جنوب سيناء، في تصريحات صحفية اليوم", FULL_CLOSURE, "'اليوم' = Wed 28 Oct 2020, the day of the article"),
    ev("shark-attack", "حين هاجمتهم سمكة القرش، الأحد الماضي", ATTACK, "'الأحد الماضي' from Wed 28 Oct 2020 = Sun 25 Oct"),
    ev("reserve-fully-closed", "الأربعاء قراراً بإغلاق محمية رأس محمد بالكامل", FULL_CLOSURE, "'الأربعاء' and 'في وقت سابق اليوم' = Wed 28 Oct 2020"),
    ev("sharm-2010-attacks", "أدت في عام 2010 إلى مقتل سائح أوروبي", "2010-11-30", "'في عام 2010' (the year only in the text); the series of attacks off Sharm el-Sheikh of 30 Nov - 5 Dec 2010 (a German tourist killed on 5 Dec 2010)", end="2010-12-06"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 462
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

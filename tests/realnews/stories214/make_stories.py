"""Builds stories.jsonl: the 214-th evaluation set of real Arabic news stories (several
articles per story, from different outlets, published on different days), bodies re-worded sentence by
sentence, every date/time expression kept verbatim, gold events keyed across each story (same format
and checks as tests/realnews/stories120/make_stories.py). Domain: diplomatic rows, ambassadors summoned,
recalled or expelled (Algeria recalls its ambassador from Paris over Macron's remarks, 2021; Morocco and
Tunisia recall their ambassadors over Brahim Ghali's reception at TICAD 8, 2022; Sudan recalls its
ambassador from Cairo, 2018; Algeria recalls its ambassador from Madrid over Spain's Western Sahara turn,
2022; Kuwait cuts the Iranian embassy and orders diplomats out over the Abdali cell, 2017; Bahrain's
parliament announces the ambassadors' departure over the Gaza war, 2023). None of these stories is in the
dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- algeria-france-ambassador-recall-macron-2021
S = "algeria-france-ambassador-recall-macron-2021"
REMARKS = ("2021-09-30", "Macron's remarks to young descendants of the Algerian war at the Elysee on Thu 30 Sep 2021, published by Le Monde on Sat 2 Oct (outside knowledge)")
art(S, "https://www.mawazin.net/Details.aspx?jimare=169580",
    "2021-10-02", "page stamp '06:25 - 02/10/2021' under the headline (kept as first line '02/10/2021'); 2 Oct 2021 was a Saturday, the day of the recall (APS tweet of October 2, 2021); body 'السبت' agrees; the dateline 'بغداد- موازين نيوز', the code 'انتهى29/ح' and the page furniture dropped", True, """
02/10/2021
الجزائر تستدعي سفيرها لدى باريس
قررت السلطات الجزائرية، السبت، استدعاء سفيرها لدى فرنسا للتشاور.
وأعلنت الرئاسة الجزائرية استدعاء السفير الجزائري في فرنسا للتشاور، موضحة أن بيانا بهذا الخصوص سيصدر لاحقا.
ويتزامن قرار استدعاء السفير الجزائري مع نشر صحيفة "لوموند" الفرنسية تصريحات للرئيس ماكرون ذكر فيها أن نظيره الجزائري عبد المجيد تبون "عالق داخل نظام صعب للغاية".
وتطرق ماكرون في تصريحاته أيضا إلى الماضي التاريخي لفرنسا في الجزائر، مشيرا إلى رغبته في إعادة كتابة التاريخ الجزائري باللغتين العربية والأمازيغية "لكشف تزييف الحقائق الذي قام به الأتراك الذين يعيدون كتابة التاريخ".
وشكك الرئيس الفرنسي كذلك في وجود "أمة جزائرية قبل الاستعمار الفرنسي"، مؤكدا ضرورة تناول هذه المسألة من أجل تحقيق "المصالحة بين الشعوب".
""", [
    ev("recall", "قررت السلطات الجزائرية، السبت، استدعاء سفيرها", "2021-10-02", "'السبت' = Sat 2 Oct 2021 (the stamp day)"),
    ev("detailed-statement", "بيانا بهذا الخصوص سيصدر لاحقا", "2021-10-02", "no own expression; the presidency's detailed statement ('تصريحات غير مسؤولة') came out later the same Saturday, 2 Oct 2021 (other reports of that day quote it)"),
    ev("le-monde-report", "مع نشر صحيفة \"لوموند\" الفرنسية تصريحات", "2021-10-02", "no own expression; Le Monde published the remarks on Sat 2 Oct 2021 ('يتزامن' with the recall)"),
    ev("macron-remarks", "وشكك الرئيس الفرنسي كذلك في وجود", REMARKS[0], "no own expression; " + REMARKS[1]),
])
art(S, "https://almethaqnews.com/news55706.html",
    "2021-10-03", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الأحد' for the closure of Algerian airspace to French military planes, confirmed by the French army on Sun 3 Oct 2021, with 'أمس السبت' for the recall (Sat 2 Oct); the trailing menu items 'المقالات' and 'حوارات' dropped; no date of its own in the text", False, """
أعلن الرئيس الجزائري عبد المجيد تبون، اليوم الأحد، غلق الأجواء الجزائرية أمام كل الطائرات العسكرية الفرنسية المتوجهة إلى منطقة الساحل ضمن عملية "برخان".
وكان عبور الطائرات العسكرية الفرنسية نحو منطقة الساحل عبر المجال الجوي الجزائري امتيازا منحته الجزائر لفرنسا منذ عهد الرئيس الأسبق عبد العزيز بوتفليقة، وظل ساريا طيلة 4 سنوات.
وكانت الرئاسة الجزائرية قد أعلنت، أمس السبت، استدعاء سفير الجزائر لدى باريس، إثر تداول وسائل إعلام فرنسية تصريحات منسوبة إلى الرئيس الفرنسي إيمانويل ماكرون.
وتضمنت تلك التصريحات تدخلا في الشأن الداخلي للجزائر، فيما شددت الرئاسة الجزائرية على أن السلطات الفرنسية لم تكذّبها ولم تنفها.
وأوضحت الرئاسة الجزائرية أن تبون هو من قرر الاستدعاء الفوري لسفير الجزائر بباريس للتشاور.
""", [
    ev("airspace-closure", "غلق الأجواء الجزائرية أمام كل الطائرات العسكرية الفرنسية", "2021-10-03", "'اليوم الأحد' = Sun 3 Oct 2021"),
    ev("recall", "أعلنت، أمس السبت، استدعاء سفير الجزائر لدى باريس", "2021-10-02", "'أمس السبت' before Sun 3 Oct = Sat 2 Oct 2021"),
    ev("le-monde-report", "إثر تداول وسائل إعلام فرنسية تصريحات", "2021-10-02", "no own expression; Le Monde's report of Sat 2 Oct 2021, taken up by the French media that day"),
])
art(S, "https://djazairess.com/eldjadida/162504",
    "2021-10-05", "a djazairess mirror of an El Djadida item without stamp or URL date: fixed by Macron's France Inter interview, given on Tue 5 Oct 2021 (mc-doualiya, URL '/20211005-': 'الثلاثاء'), with 'يوم أمس الإثنين' for the French foreign ministry's statement: so Tue 5 Oct 2021; no date of its own in the text", False, """
عبّر الرئيس الفرنسي إيمانويل ماكرون عن رغبته في أن ينتهي التوتر مع الجزائر قريبا.
وأوضح ماكرون، في حوار مع إذاعة "فرانس إنتير"، أنه يتطلع إلى بلوغ "التهدئة" معها في ملفات الذاكرة المشتركة، بل ودعا إلى الحوار.
وعاد للحديث عن علاقته برئيس الجمهورية عبد المجيد تبون، مؤكدا أن علاقة ودية تجمعهما.
وأضاف: "ينبغي مواصلة العمل على موضوع التاريخ المشترك مع الجزائر بكل تواضع واحترام، وأنا أثق بالرئيس تبون".
وأتت هذه التصريحات بعد ساعات قليلة فقط من إعلان الخارجية الفرنسية، يوم أمس الإثنين، أسفها لاستدعاء الجزائر سفيرها لدى باريس إثر تصريحات للرئيس الفرنسي إيمانويل ماكرون بشأن تاريخ الأمة الجزائرية.
وذكرت المتحدثة باسم الخارجية الفرنسية، آنييس فون دير مول، في بيان، أن فرنسا تأسف لقرار الجزائر استدعاء سفيرها، وأنها متمسكة بالعلاقات العميقة والعريقة بين البلدين والشعبين.
وورد في البيان أن فرنسا "عازمة على الحفاظ على العلاقات مع الجزائر وتطويرها"، وأنها مقتنعة بأن "من مصلحة البلدين العمل معا في جميع المجالات".
وكانت الجزائر قد أغلقت أيضا مجالها الجوي أمام الطيران العسكري الفرنسي.
""", [
    ev("macron-interview", "عبّر الرئيس الفرنسي إيمانويل ماكرون عن رغبته", "2021-10-05", "no own expression; the France Inter interview of Tue 5 Oct 2021 (the publication day)"),
    ev("french-mfa-regret", "يوم أمس الإثنين، أسفها", "2021-10-04", "'يوم أمس الإثنين' before Tue 5 Oct = Mon 4 Oct 2021"),
    ev("recall", "لاستدعاء الجزائر سفيرها لدى باريس", "2021-10-02", "no own expression; the recall of Sat 2 Oct 2021"),
    ev("macron-remarks", "إثر تصريحات للرئيس الفرنسي إيمانويل ماكرون بشأن تاريخ الأمة الجزائرية", REMARKS[0], "no own expression; " + REMARKS[1]),
    ev("airspace-closure", "قد أغلقت أيضا مجالها الجوي", "2021-10-03", "no own expression; the closure of Sun 3 Oct 2021"),
])

# ---------------------------------------------------------------- morocco-tunisia-ambassadors-recall-ghali-2022
S = "morocco-tunisia-ambassadors-recall-ghali-2022"
TICAD = ("2022-08-27", "2022-08-29")
TUN_RECALL = ("2022-08-26", "2022-08-28")  # Tunis answered late on Friday night / at dawn on Saturday
art(S, "https://sahranews.info/?q=node%2F4108",
    "2022-08-26", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الجمعة' for Kais Saied's reception of Brahim Ghali at Tunis-Carthage airport (Fri 26 Aug 2022, another report: 'يوم الجمعة 26 أغشت') and 'حتى مساء اليوم' with no Tunisian reply yet (it came that night): so Fri 26 Aug 2022; the stray footnote mark '١' dropped; no date of its own in the text", False, """
تسبب استقبال الرئيس التونسي قيس سعيّد للرئيس الصحراوي إبراهيم غالي، اليوم الجمعة في تونس، في أزمة دبلوماسية بين تونس والمغرب.
إذ استدعى المغرب سفيره في تونس للتشاور، وأعلنت الرباط أنها لن تشارك في قمة "تيكاد" التي تحتضنها تونس.
وأفادت الخارجية المغربية، في بيان، بأن قرار استدعاء سفيرها في تونس جاء بعد أن "تعددت الأقوال والأفعال السلبية من تونس تجاه المملكة ومصالحها".
وكان الرئيس التونسي قد استقبل اليوم الجمعة الرئيس الصحراوي إبراهيم غالي، المشارك في القمة الثامنة لمؤتمر طوكيو الدولي حول التنمية في إفريقيا "تيكاد" التي تستضيفها تونس.
ولم يصدر حتى مساء اليوم أي تعليق من السلطات التونسية على قرار الرباط، في حين أعلن المغرب عدم مشاركته في القمة التي تستضيفها تونس.
""", [
    ev("ghali-reception", "تسبب استقبال الرئيس التونسي قيس سعيّد للرئيس الصحراوي إبراهيم غالي، اليوم الجمعة", "2022-08-26", "'اليوم الجمعة' = Fri 26 Aug 2022"),
    ev("morocco-recall", "إذ استدعى المغرب سفيره في تونس للتشاور", "2022-08-26", "no own expression; the Moroccan foreign ministry's statement of Fri 26 Aug 2022"),
    ev("ticad-boycott", "وأعلنت الرباط أنها لن تشارك في قمة", "2022-08-26", "no own expression; announced in the same statement, Fri 26 Aug 2022"),
    ev("ticad-summit", "القمة الثامنة لمؤتمر طوكيو الدولي", TICAD[0], "no own expression; TICAD 8 was held in Tunis on Sat 27 and Sun 28 Aug 2022 (another report: 'يومي 27 و28 غشت')", end=TICAD[1]),
    ev("no-tunisian-reply", "ولم يصدر حتى مساء اليوم أي تعليق", "2022-08-26", "'حتى مساء اليوم' = the evening of Fri 26 Aug 2022"),
])
art(S, "https://maghress.com/alayam24/388525",
    "2022-08-27", "a maghress mirror of an Al Ayam 24 item without stamp or URL date: fixed by the body's own 'اليوم السبت 27 غشت الجاري' (27 Aug 2022 was a Saturday) and 'أمس الجمعة 26 غشت الجاري'; the truncated last sentence ('وعدم ا...') dropped", True, """
علمت "الأيام 24" أن حسن طارق، سفير المغرب في تونس، رجع اليوم السبت 27 غشت الجاري إلى أرض الوطن، مصحوبا بأفراد أسرته وطاقم كبير من موظفي سفارة المملكة في تونس، على متن رحلة خاصة للخطوط الملكية المغربية حطت بمطار الرباط سلا.
واستجابة لاستدعاء الخارجية المغربية، عاد السفير المغربي في تونس ومعه حسن البوكيلي، مدير اتحاد المغرب العربي وشؤون الاتحاد الإفريقي، ومحمد مثقال، السفير المدير العام للوكالة المغربية للتعاون الدولي، والسفير عبد القادر الأنصاري، مدير الشؤون الآسيوية، إلى جانب شخصيات أخرى منها خبراء يمثلون القطاعات الوزارية المعنية.
وتجدر الإشارة إلى أن المغرب قرر، أمس الجمعة 26 غشت الجاري، استدعاء سفيره في تونس للتشاور، مباشرة بعد استقبال الرئيس التونسي قيس سعيد لزعيم جبهة البوليساريو، إبراهيم غالي، في مراسم رسمية، إثر حلوله ضيفا على العاصمة تونس للمشاركة في قمة طوكيو للتنمية في إفريقيا "تيكاد 8"، التي تحتضنها تونس يومي 27 و28 غشت الجاري.
""", [
    ev("ambassador-returns", "رجع اليوم السبت 27 غشت الجاري إلى أرض الوطن", "2022-08-27", "'اليوم السبت 27 غشت الجاري' = Sat 27 Aug 2022"),
    ev("morocco-recall", "قرر، أمس الجمعة 26 غشت الجاري، استدعاء سفيره", "2022-08-26", "'أمس الجمعة 26 غشت الجاري' = Fri 26 Aug 2022"),
    ev("ghali-reception", "مباشرة بعد استقبال الرئيس التونسي قيس سعيد", "2022-08-26", "no own expression; the reception of Fri 26 Aug 2022"),
    ev("ticad-summit", "التي تحتضنها تونس يومي 27 و28 غشت الجاري", TICAD[0], "'يومي 27 و28 غشت الجاري' = Sat 27 - Sun 28 Aug 2022", end=TICAD[1]),
])
art(S, "https://masrawy.com/news/news_publicaffairs/details/2022/8/27/2281532/%D8%A7%D9%84%D8%B5%D8%AD%D8%B1%D8%A7%D8%A1-%D8%A7%D9%84%D8%BA%D8%B1%D8%A8%D9%8A%D8%A9-%D8%AA%D9%88%D9%86%D8%B3-%D8%AA%D8%B3%D8%AA%D8%AF%D8%B9%D9%8A-%D8%B3%D9%81%D9%8A%D8%B1%D9%87%D8%A7-%D9%81%D9%8A-%D8%A7%D9%84%D8%B1%D8%A8%D8%A7%D8%B7-%D8%B1%D8%AF%D8%A7-%D8%B9%D9%84%D9%89-%D8%B3%D8%AD%D8%A8-%D8%A7%D9%84%D8%B3%D9%81%D9%8A%D8%B1-%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8%D9%8A",
    "2022-08-27", "date in the URL '/2022/8/27/' (a Saturday); body 'اليوم السبت وغدا الأحد' for TICAD 8 (27-28 Aug) agrees; the dateline 'الرباط-(بي بي سي):' and 'فيديو قد يعجبك:' dropped; no date of its own in the text", False, """
الصحراء الغربية: تونس تستدعي سفيرها في الرباط ردا على سحب السفير المغربي
اتسعت رقعة الخلاف بين المغرب وتونس حول قضية الصحراء الغربية، إذ استدعت تونس سفيرها في المغرب للتشاور ردا على استدعاء الرباط سفيرها من تونس.
وتحتضن تونس مؤتمر طوكيو الدولي حول التنمية الإفريقية "تيكاد 8" اليوم السبت وغدا الأحد، غير أن المغرب أعلن مقاطعته احتجاجا على لقاء الرئيس التونسي قيس سعيد بإبراهيم غالي، زعيم جبهة البوليساريو في الصحراء الغربية، التي تطالب بانفصال الصحراء الغربية.
واعتبرت الرباط دعوة البوليساريو إلى حضور القمة سابقة خطيرة تسيء إلى مشاعر الشعب المغربي.
وتسببت قضية الصحراء التي يطالب بها المغرب في توتر شديد مؤخرا في العلاقات بين الجزائر والمغرب.
""", [
    ev("tunisia-recall", "إذ استدعت تونس سفيرها في المغرب للتشاور", TUN_RECALL[0], "no own expression; the Tunisian statement came late on Fri 26 Aug 2022 (hespress: 'في ساعة متأخرة من ليلة الجمعة'; another outlet: 'فجر اليوم السبت'); my span 26-27 Aug", end=TUN_RECALL[1]),
    ev("morocco-recall", "ردا على استدعاء الرباط سفيرها من تونس", "2022-08-26", "no own expression; the Moroccan recall of Fri 26 Aug 2022"),
    ev("ticad-summit", "\"تيكاد 8\" اليوم السبت وغدا الأحد", TICAD[0], "'اليوم السبت وغدا الأحد' = Sat 27 - Sun 28 Aug 2022", end=TICAD[1]),
    ev("ticad-boycott", "غير أن المغرب أعلن مقاطعته", "2022-08-26", "no own expression; the boycott was announced with the recall on Fri 26 Aug 2022"),
    ev("ghali-reception", "احتجاجا على لقاء الرئيس التونسي قيس سعيد بإبراهيم غالي", "2022-08-26", "no own expression; the reception of Fri 26 Aug 2022"),
])
art(S, "https://www.saaa25.org/%d8%a7%d9%84%d8%ad%d9%83%d9%88%d9%85%d8%a9-%d8%a7%d9%84%d9%85%d8%ba%d8%b1%d8%a8%d9%8a%d8%a9-%d8%aa%d9%87%d8%a7%d8%ac%d9%85-%d8%a7%d9%84%d8%b1%d8%a6%d9%8a%d8%b3-%d8%a7%d9%84%d8%aa%d9%88%d9%86%d8%b3/",
    "2022-09-02", "page stamp 'إيمان أمين2 سبتمبر 2022آخر تحديث' under the headline (kept as first line '2 سبتمبر 2022'; 2 Sep 2022 was a Friday, the day after Mustapha Baitas's press briefing of Thu 1 Sep, which le12 reports 'اليوم الخميس' and marsalqatar 'أمس الخميس'); the byline, the caption 'الحكومة المغربية', 'موضوعات تهمك', the unrelated link and the comment form dropped", True, """
2 سبتمبر 2022
الحكومة المغربية تهاجم الرئيس التونسي
شنت الحكومة المغربية هجوما على الرئيس التونسي قيس سعيد، ووصفت ما أقدم عليه بأنه "عمل خطير وغير مبرر".
وصرح المتحدث باسم الحكومة مصطفى بايتاس بأن استقبال الرئيس التونسي قيس سعيد لزعيم جبهة البوليساريو إبراهيم غالي "عمل خطير وغير مبرر".
وأدى استقبال تونس لزعيم البوليساريو إلى أزمة بين البلدين وتصعيد بلغ حد سحب المغرب سفيره لدى تونس، تلاه سحب السفير التونسي من الرباط.
وأوضح المتحدث باسم الحكومة المغربية أن استقبال سعيد لغالي "عمل يدينه الجميع من مختلف مكونات المجتمع"، ورأى أنه "يسيء إلى مشاعر الشعب المغربي".
وكان الرئيس التونسي قد استقبل غالي في إطار مشاركة الأخير في اجتماع تيكاد الياباني الإفريقي، حيث أقيمت مراسم استقبال رسمية في مطار قرطاج، وهو ما أثار غضب المغرب.
""", [
    ev("baitas-briefing", "وصرح المتحدث باسم الحكومة مصطفى بايتاس", "2022-09-01", "no own expression; the press briefing after the government council of Thu 1 Sep 2022 (le12: 'اليوم الخميس'; marsalqatar on Fri 2 Sep: 'أمس الخميس')"),
    ev("morocco-recall", "سحب المغرب سفيره لدى تونس", "2022-08-26", "no own expression; the recall of Fri 26 Aug 2022"),
    ev("tunisia-recall", "تلاه سحب السفير التونسي من الرباط", TUN_RECALL[0], "no own expression; Tunis's answer late on Fri 26 Aug / at dawn on Sat 27 Aug 2022 (my span 26-27 Aug)", end=TUN_RECALL[1]),
    ev("ghali-reception", "حيث أقيمت مراسم استقبال رسمية في مطار قرطاج", "2022-08-26", "no own expression; the reception at Tunis-Carthage airport on Fri 26 Aug 2022"),
])

# ---------------------------------------------------------------- sudan-egypt-ambassador-recall-2018
S = "sudan-egypt-ambassador-recall-2018"
ERDOGAN = ("2017-12-24", "2017-12-27")  # Erdogan in Khartoum (and Suakin) 24-26 Dec 2017
art(S, "https://gnoubalarab.com/news/13980",
    "2018-01-04", "page stamp 'الخميس 04 يناير 2018 10:30 م' under the headline (kept as first line; 4 Jan 2018 was a Thursday, the day of the recall); body 'اليوم 4 يناير/ كانون الثاني الجاري' and 'اليوم الخميس' agree; the byline 'جنوب العرب - جنوب العرب - القاهرة', 'التعليقات' and the unrelated sidebar items dropped", True, """
الخميس 04 يناير 2018 10:30 م
مصر ترد على سحب السودان سفيره من القاهرة
أفادت وزارة الخارجية المصرية بأنها تعكف على تقييم مسألة سحب السفير السوداني من القاهرة من أجل اتخاذ الإجراء المناسب.
وأوضح المتحدث الرسمي باسم الخارجية المصرية أن السفارة المصرية في الخرطوم أُخطرت رسميًا اليوم 4 يناير/ كانون الثاني الجاري بقرار استدعاء سفير السودان في القاهرة إلى الخرطوم للتشاور، وأن مصر تقيّم الموقف حاليا بشكل متكامل لاتخاذ الإجراء المناسب.
وكان الناطق الرسمي باسم وزارة الخارجية السودانية، السفير قريب الله الخضر، قد صرح لوكالة السودان للأنباء بأن الوزارة قررت اليوم الخميس استدعاء سفير السودان لدى القاهرة، السفير عبد المحمود عبد الحليم، إلى الخرطوم بغرض التشاور.
""", [
    ev("egypt-assessment", "تعكف على تقييم مسألة سحب السفير السوداني", "2018-01-04", "no own expression; the Egyptian statement of Thu 4 Jan 2018 (the stamp day)"),
    ev("egypt-notified", "أُخطرت رسميًا اليوم 4 يناير/ كانون الثاني الجاري", "2018-01-04", "'اليوم 4 يناير/ كانون الثاني الجاري' = Thu 4 Jan 2018"),
    ev("recall", "قررت اليوم الخميس استدعاء سفير السودان لدى القاهرة", "2018-01-04", "'اليوم الخميس' = Thu 4 Jan 2018"),
])
art(S, "https://sauress.com/alhayat/26509301",
    "2018-01-05", "a sauress mirror of an Al-Hayat item without stamp or URL date: fixed by the body's 'أمس (الخميس)' for the recall of Thu 4 Jan 2018 (other outlets: 'اليوم الخميس' stamped 'الخميس 04 يناير 2018'): so Fri 5 Jan 2018; the truncated last sentence (on Halayeb) dropped; no date of its own in the text", False, """
استدعى السودان أمس (الخميس) سفيره لدى مصر «للتشاور»، إثر تجدد التوتر بين البلدين عقب زيارة الرئيس التركي رجب طيب أردوغان للخرطوم الشهر الماضي.
وأفادت وزارة الخارجية السودانية، في بيان مقتضب، بأنها قررت «استدعاء سفيرها لدى القاهرة عبد المحمود عبدالحليم إلى الخرطوم بغرض التشاور»، دون أن تقدم تفاصيل إضافية.
في المقابل، ذكرت وزارة الخارجية المصرية في بيان أنه «تم إخطار السفارة المصرية في الخرطوم (...) رسمياً بقرار استدعاء سفير السودان في القاهرة إلى الخرطوم للتشاور».
وأضافت أن «مصر الآن تقوم بتقييم الموقف بشكل متكامل لاتخاذ الاجراء المناسب».
وكان السودان وتركيا قد وقعا في كانون الأول (ديسمبر) الماضي اتفاقات للتعاون العسكري والأمني، خلال زيارة قام بها أردوغان إلى الخرطوم بهدف تنمية العلاقات بين البلدين.
وشهدت العلاقات بين الخرطوم والقاهرة توتراً في الأشهر الأخيرة.
وكان الرئيس السوداني عمر البشير قد اتهم القاهرة بدعم معارضين سودانيين.
""", [
    ev("recall", "استدعى السودان أمس (الخميس) سفيره لدى مصر", "2018-01-04", "'أمس (الخميس)' before Fri 5 Jan = Thu 4 Jan 2018"),
    ev("erdogan-visit", "زيارة الرئيس التركي رجب طيب أردوغان للخرطوم الشهر الماضي", ERDOGAN[0], "'الشهر الماضي' = December 2017: Erdogan's visit to Sudan of 24-26 Dec 2017 (outside knowledge)", end=ERDOGAN[1]),
    ev("egypt-notified", "تم إخطار السفارة المصرية في الخرطوم", "2018-01-04", "no own expression; the Egyptian statement of Thu 4 Jan 2018 ('اليوم 4 يناير' in another report)"),
    ev("egypt-assessment", "مصر الآن تقوم بتقييم الموقف", "2018-01-04", "no own expression; the same Egyptian statement, Thu 4 Jan 2018"),
    ev("sudan-turkey-deals", "قد وقعا في كانون الأول (ديسمبر) الماضي اتفاقات", ERDOGAN[0], "'كانون الأول (ديسمبر) الماضي' = December 2017: signed during Erdogan's visit of 24-26 Dec 2017 (outside knowledge; my span the visit)", end=ERDOGAN[1]),
])
art(S, "https://darelhilal.com/News/307881.aspx",
    "2018-01-05", "no stamp or URL date in the stored page: fixed by the body's 'كما أُعلن بالأمس' for the recall announced on Thu 4 Jan 2018: so Fri 5 Jan 2018 (Abu Zeid's call to the weekly programme 'آخر الأسبوع'); no date of its own in the text", False, """
كشف المستشار أحمد أبو زيد، المتحدث باسم وزارة الخارجية، عن آخر تداعيات استدعاء السودان سفيره في القاهرة، عبد المحمود عبد الحليم، للتشاور كما أُعلن بالأمس، موضحا أن مصر تدرس من ناحيتها هذا القرار بعناية.
وأضاف المتحدث، في مداخلة هاتفية مع برنامج "آخر الأسبوع" الذي تبثه فضائية "المحور"، أن القاهرة تجري تقييما شاملا للوقوف على أسباب القرار السوداني وتداعياته، كما تجري مراجعة شاملة للموقف من العلاقات بين البلدين، وبناء على هذا التقييم سيُتخذ الإجراء المناسب ويُعلن عنه في حينه.
""", [
    ev("recall", "استدعاء السودان سفيره في القاهرة", "2018-01-04", "'كما أُعلن بالأمس' before Fri 5 Jan = Thu 4 Jan 2018"),
    ev("abu-zeid-tv", "في مداخلة هاتفية مع برنامج", "2018-01-05", "no own expression; the call-in on the publication day, Fri 5 Jan 2018"),
    ev("egypt-review", "كما تجري مراجعة شاملة للموقف من العلاقات", "2018-01-05", "no own expression; the review under way on Fri 5 Jan 2018 (the measure 'سيُتخذ ... في حينه' has no day)"),
])

# ---------------------------------------------------------------- algeria-spain-ambassador-recall-sahara-2022
S = "algeria-spain-ambassador-recall-sahara-2022"
art(S, "https://www.anfaspress.com/index.php/news/print/94939-2022-03-19-05-59-01",
    "2022-03-19", "date in the URL '-2022-03-19-05-59-01' and the body's own 'السبت 19 مارس 2022' (19 Mar 2022 was a Saturday, the day of the recall); the caption 'شنقريحة وتبون' and the repeated headline dropped; the source's insults ('كبرنات', 'الحاقد') toned down in the re-wording", True, """
الجزائر تستدعي سفيرها بمدريد بعد الموقف الإسباني الداعم لمغربية الصحراء
لم يهدأ بال حكام الجزائر منذ أن أعلن رئيس الحكومة الإسبانية بيدرو سانشيز موقف مدريد المؤيد لمبادرة الحكم الذاتي في الصحراء المغربية، عبر الرسالة التي بعث بها إلى الملك محمد السادس.
فقد تحركت آلة النظام العسكري الجزائري بإعلانه، السبت 19 مارس 2022، استدعاء سفير الجزائر في مدريد فورا للتشاور، على خلفية الموقف الأخير للحكومة الإسبانية من قضية الصحراء المغربية.
وورد في بيان للخارجية الجزائرية أن "السلطات الجزائرية تفاجأت بشدة من التصريحات الأخيرة للسلطات الإسبانية".
وأضاف المصدر نفسه أن "الجزائر تستغرب الانقلاب المفاجئ لإسبانيا في ملف القضية الصحراوية".
وكانت الحكومة الإسبانية قد أعلنت، الجمعة 18 مارس 2022، لأول مرة تأييدها لموقف المغرب في قضية الصحراء، معتبرة أن "مبادرة الحكم الذاتي التي قدمها المغرب في 2007 هي الأساس الأكثر جدية وواقعية ومصداقية لحل هذا النزاع".
""", [
    ev("recall", "بإعلانه، السبت 19 مارس 2022، استدعاء سفير الجزائر في مدريد", "2022-03-19", "'السبت 19 مارس 2022' = Sat 19 Mar 2022"),
    ev("mfa-statement", "وورد في بيان للخارجية الجزائرية", "2022-03-19", "no own expression; the foreign ministry's statement of Sat 19 Mar 2022 that announced the recall"),
    ev("spain-shift", "قد أعلنت، الجمعة 18 مارس 2022، لأول مرة تأييدها", "2022-03-18", "'الجمعة 18 مارس 2022' = Fri 18 Mar 2022 (Sanchez's letter made public by the Moroccan royal cabinet)"),
    ev("autonomy-plan", "مبادرة الحكم الذاتي التي قدمها المغرب في 2007", "2007-04-11", "'في 2007': Morocco's autonomy initiative presented to the UN on 11 Apr 2007 (outside knowledge)"),
])
art(S, "https://sarabic.ae/amp/20220319/%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1-%D8%AA%D8%B3%D8%AA%D8%AF%D8%B9%D9%8A-%D8%B3%D9%81%D9%8A%D8%B1%D9%87%D8%A7-%D8%A8%D9%85%D8%AF%D8%B1%D9%8A%D8%AF-%D9%84%D9%84%D8%AA%D8%B4%D8%A7%D9%88%D8%B1-%D8%B9%D9%84%D9%89-%D8%AE%D9%84%D9%81%D9%8A%D8%A9-%D8%AF%D8%B9%D9%85-%D8%A5%D8%B3%D8%A8%D8%A7%D9%86%D9%8A-%D9%84%D9%85%D9%86%D8%AD-%D8%A7%D9%84%D8%B5%D8%AD%D8%B1%D8%A7%D8%A1-%D8%A7%D9%84%D8%BA%D8%B1%D8%A8%D9%8A%D8%A9-%D8%AD%D9%83%D9%85%D8%A7-%D8%B0%D8%A7%D8%AA%D9%8A%D8%A7-1060109683.html",
    "2022-03-19", "date in the URL '/20220319/' (a Saturday, the day of the recall); body 'أمس الجمعة' for Sanchez's letter (Fri 18 Mar) agrees; the dateline 'الجزائر - سبوتنيك.' and the last paragraph (on the autonomy proposal) dropped; no date of its own in the text", False, """
ذكر بيان صادر عن الخارجية الجزائرية أن "قرار استدعاء السفير الجزائري في إسبانيا للتشاور جاء بعد تصريحات رسمية إسبانية حول القضية الصحراوية".
وأضاف البيان أن "السلطات الجزائرية تفاجأت بشدة من تصريحات السلطات العليا في إسبانيا، واستغربت بشدة الانقلاب المفاجئ لإسبانيا تجاه الملف الصحراوي".
وكان رئيس الحكومة الإسبانية بيدرو سانشيز قد أكد، في رسالة بعث بها إلى ملك المغرب أمس الجمعة، أن "إسبانيا تعتبر مبادرة الحكم الذاتي لإقليم الصحراء الغربية، التي تقدم بها المغرب سنة 2007، بمثابة الأساس الأكثر جدية وواقعية ومصداقية من أجل تسوية الخلاف".
ويسيطر المغرب على قرابة ثلثي مساحة الصحراء (266 ألف كيلومتر مربع)، منذ انتهاء الحقبة الاستعمارية الإسبانية عام 1975، وتخلي موريتانيا عن الجزء الجنوبي من الصحراء بعد حرب ضارية مع جبهة "البوليساريو" عام 1978.
""", [
    ev("mfa-statement", "ذكر بيان صادر عن الخارجية الجزائرية", "2022-03-19", "no own expression; the statement of Sat 19 Mar 2022 (the URL day)"),
    ev("recall", "قرار استدعاء السفير الجزائري في إسبانيا للتشاور", "2022-03-19", "no own expression; the recall of Sat 19 Mar 2022"),
    ev("spain-shift", "في رسالة بعث بها إلى ملك المغرب أمس الجمعة", "2022-03-18", "'أمس الجمعة' before Sat 19 Mar = Fri 18 Mar 2022 (the day the letter was made public)"),
    ev("autonomy-plan", "التي تقدم بها المغرب سنة 2007", "2007-04-11", "'سنة 2007': the initiative presented to the UN on 11 Apr 2007 (outside knowledge)"),
])
art(S, "http://ech-chaab.com/ar/الحدث/الوطني/item/188569-الجزائر-تستدعي-سفيرها-في-مدريد-للتشاور.html",
    "2022-03-20", "no stamp or URL date in the stored page: fixed by the body's 'أمس، السبت' for the foreign ministry's statement of Sat 19 Mar 2022 (another outlet: 'السبت 19 مارس 2022'): so Sun 20 Mar 2022; headline rendered from the URL slug; no date of its own in the text", False, """
الجزائر تستدعي سفيرها في مدريد للتشاور
قررت الجزائر استدعاء سفيرها في مدريد للتشاور بأثر فوري، إثر تصريحات صادرة عن أعلى السلطات الإسبانية تمثل «تحوّلا مفاجئا» في موقفها من ملف الصحراء الغربية، وفق ما جاء، أمس السبت، في بيان لوزارة الشؤون الخارجية والجالية الوطنية بالخارج.
وأوضح البيان أنّ «السلطات الجزائرية التي اندهشت من التصريحات التي صدرت عن أعلى السلطات الإسبانية بخصوص ملف الصحراء الغربية وتفاجأت بهذا التحوّل المفاجئ لموقف القوّة المديرة السابقة للصحراء الغربية، قد قررت استدعاء سفيرها بمدريد للتشاور بأثر فوري».
""", [
    ev("recall", "قررت الجزائر استدعاء سفيرها في مدريد للتشاور", "2022-03-19", "no own expression; announced 'أمس، السبت' before Sun 20 Mar = Sat 19 Mar 2022"),
    ev("mfa-statement", "أمس السبت، في بيان لوزارة الشؤون الخارجية", "2022-03-19", "'أمس السبت' before Sun 20 Mar = Sat 19 Mar 2022"),
    ev("spain-shift", "إثر تصريحات صادرة عن أعلى السلطات الإسبانية", "2022-03-18", "no own expression; Spain's statements of Fri 18 Mar 2022"),
])

# ---------------------------------------------------------------- kuwait-iran-diplomats-expulsion-abdali-2017
S = "kuwait-iran-diplomats-expulsion-abdali-2017"
VERDICT = ("2017-06-18", "the Court of Cassation's final ruling in the Abdali cell case, Sun 18 Jun 2017 (the ruling was adjourned 'إلى جلسة 18 يونيو'; outside knowledge)")
art(S, "http://alazmenah.com/?page=show_det&category_id=44&CatId=0&id=152960&lang=ar",
    "2017-07-20", "page stamp 'الخميس، ٢٠ يوليو ٢٠١٧' under the headline (kept as first line; 20 Jul 2017 was a Thursday, the day of the Kuwaiti measures); body 'اليوم الخميس' agrees; the repeated headline and the section name 'أخبار عربية ودولية' dropped", True, """
الخميس، ٢٠ يوليو ٢٠١٧
الكويت تأمر السفير الإيراني بمغادرة البلاد
أفادت وكالة "الطلبة" الإيرانية بأن الكويت أمرت السفير الإيراني لديها بمغادرة البلاد.
وذكرت وكالة أنباء "الطلبة" الإيرانية أن الكويت طلبت من السفير الإيراني اليوم الخميس أن يغادر البلاد خلال 48 ساعة، في تصعيد لخلاف نشأ عن قضية أمام المحكمة أشارت إلى تورط "أطراف إيرانية" في خلية تجسس، وفق رويترز.
وقالت الوكالة: "تحت ضغط سياسات التدخل السعودية والاتهامات التي لا أساس لها من الصحة بتدخل إيران… أعلنت الكويت… أن علي رضا عنايتي، السفير الإيراني لدى الكويت، ينبغي أن يرحل عن البلاد خلال 48 ساعة".
""", [
    ev("isna-report", "أفادت وكالة \"الطلبة\" الإيرانية", "2017-07-20", "no own expression; ISNA's report of Thu 20 Jul 2017 (the stamp day)"),
    ev("ambassador-ordered-out", "طلبت من السفير الإيراني اليوم الخميس", "2017-07-20", "'اليوم الخميس' = Thu 20 Jul 2017"),
    ev("cassation-verdict", "نشأ عن قضية أمام المحكمة", VERDICT[0], "no own expression; " + VERDICT[1]),
])
art(S, "https://watanserb.com/2017/07/20/%d8%a7%d9%84%d9%83%d9%88%d9%8a%d8%aa-%d8%aa%d9%82%d9%84%d8%b5-%d8%b9%d8%af%d8%af-%d8%a7%d9%84%d8%af%d8%a8%d9%84%d9%88%d9%85%d8%a7%d8%b3%d9%8a%d9%8a%d9%86-%d8%a7%d9%84%d8%a5%d9%8a%d8%b1%d8%a7%d9%86",
    "2017-07-20", "date in the URL '/2017/07/20/' (a Thursday); body 'الخميس' for the Kuwaiti decision and 'مساء أمس الأربعاء' agree; only the opening kept: the text stops before the sentence dating the Cassation ruling 'الأحد الماضي' (the ruling was of 18 June) and the background paragraph; no date of its own in the text", False, """
الكويت تقلص عدد الدبلوماسيين الإيرانيين لديها وتغلق الملحقية الثقافية والمكتب العسكري الإيراني
قررت الكويت، الخميس، خفض عدد الدبلوماسيين الإيرانيين من 14 إلى 9، وإغلاق الملحقية الثقافية والمكتب العسكري التابعين للجمهورية الإسلامية في البلاد.
وبحسب صحيفة "النهار" الكويتية، منحت السلطات الكويتية الدبلوماسيين الإيرانيين، الذين لم تُكشف أسماؤهم بعد، مهلة 45 يوماً لمغادرة البلاد، مؤكدة أن هذه الإجراءات جاءت على خلفية قضية "خلية العبدلي الإرهابية" التي يُتهم فيها عناصر محليون وآخرون أجانب، بينهم إيرانيون.
ونشرت وزارة الداخلية الكويتية، مساء أمس الأربعاء، صور 16 محكوماً في قضية "خلية العبدلي" متوارين عن الأنظار مع الأحكام الغيابية الصادرة بحقهم، وطلبت من المواطنين والمقيمين الإبلاغ عنهم، محذرة من إيوائهم.
""", [
    ev("kuwait-measures", "قررت الكويت، الخميس، خفض عدد الدبلوماسيين", "2017-07-20", "'الخميس' = Thu 20 Jul 2017 (the URL day)"),
    ev("45-day-notice", "مهلة 45 يوماً لمغادرة البلاد", "2017-07-20", "no own expression; the notice given with the measures on Thu 20 Jul 2017 (the deadline itself, 45 days on, is not the event)"),
    ev("fugitives-photos", "مساء أمس الأربعاء، صور 16 محكوماً", "2017-07-19", "'مساء أمس الأربعاء' before Thu 20 Jul = the evening of Wed 19 Jul 2017"),
])
art(S, "https://www.masress.com/shorouk/1147083",
    "2017-07-20", "a masress mirror of an Al-Shorouk item without stamp or URL date: fixed by the body's 'اليوم الخميس' for both the Kuwaiti measures and the Iranian summons, which took place on Thu 20 Jul 2017 (stamped 'الخميس، ٢٠ يوليو ٢٠١٧' elsewhere): so Thu 20 Jul 2017; the first word's lost letter restored ('علن' -> 'أعلن'); the last sentence cut where the stored text breaks off ('...في السفارة الإيران'), completed as 'الإيرانية'; no date of its own in the text", False, """
أعلن المتحدث باسم وزارة الخارجية الإيرانية، بهرام قاسمي، اليوم الخميس، أن القائم بالأعمال الكويتي استُدعي إلى الخارجية وأُبلغ باحتجاج طهران الشديد على الاتهامات الموجهة إلى إيران.
وأوضح قاسمي أنه على خلفية ما وصفه بالاتهامات عديمة الأساس التي وجهها مسؤولو وزارة الخارجية الكويتية إلى الجمهورية الإسلامية الإيرانية بشأن الملف المعروف بـ"العبدلي"، جرى استدعاء القائم بالأعمال الكويتي لدى طهران فلاح الحجرف إلى الخارجية وإبلاغه احتجاج طهران الشديد، وفق وكالة أنباء فارس الإيرانية.
وأكد قاسمي أن القائم بالأعمال الكويتي أُبلغ برفض إيران للاتهامات "الفارغة" الصادرة عن المسؤولين الكويتيين بحق الجمهورية الإسلامية الإيرانية.
وأشار قاسمي إلى أن الجمهورية الإسلامية الإيرانية لا علاقة لها بهذا الملف، وأن المسؤولين الكويتيين أُبلغوا بذلك منذ بداية النظر فيه.
من جهته، قال القائم بالأعمال الكويتي إنه سينقل هذه المطالب والقضايا المطروحة إلى المسؤولين في بلاده.
وكان مصدر مسؤول في وزارة الخارجية الكويتية قد صرح، اليوم الخميس، بأنه بعد صدور حكم محكمة التمييز بشأن ما يعرف بخلية العبدلي، أُبلغ السفير الإيراني في دولة الكويت بقرار السلطات الكويتية تخفيض عدد الدبلوماسيين العاملين في السفارة الإيرانية.
""", [
    ev("iran-summons-kuwaiti", "أن القائم بالأعمال الكويتي استُدعي إلى الخارجية", "2017-07-20", "'اليوم الخميس' = Thu 20 Jul 2017"),
    ev("kuwait-measures", "أُبلغ السفير الإيراني في دولة الكويت بقرار", "2017-07-20", "'اليوم الخميس' = Thu 20 Jul 2017"),
    ev("cassation-verdict", "بعد صدور حكم محكمة التمييز بشأن", VERDICT[0], "no own expression; " + VERDICT[1]),
])
art(S, "https://emaratalyoum.com/politics/news/2017-07-21-1.1012930?ot=ot.AMPPageLayout",
    "2017-07-21", "date in the URL '/2017-07-21-' (a Friday; a print daily reporting Thursday's measures); no weekday in the text; the truncated last sentence ('...ضرورة مغادرة الدبلوماسيين') dropped; no date of its own in the text", False, """
الكويت تطرد سفير إيران وتغلق المكاتب الفنية للسفارة
منحت الحكومة الكويتية السفير الإيراني و14 دبلوماسياً مهلة 45 يوماً لمغادرة أراضيها، وقررت إغلاق المكاتب الفنية التابعة للسفارة الإيرانية وخفض عدد الدبلوماسيين العاملين فيها.
ووفق ما نشرته وكالة الأنباء الكويتية (كونا)، أكد «مصدر مسؤول في وزارة الخارجية الكويتية أنه بعد صدور حكم محكمة التمييز رقم 901 لسنة 2016، بشأن ما يعرف بخلية العبدلي، قامت وزارة الخارجية باتخاذ الخطوات اللازمة حيال ما ورد في حيثيات الحكم من مشاركة جهات إيرانية بمساعدة ودعم أفراد الخلية، حيث تم إبلاغ السفير الإيراني في دولة الكويت بقرار السلطات الكويتية تخفيض عدد الدبلوماسيين العاملين بالسفارة الإيرانية، وإغلاق المكاتب الفنية التابعة لها، وتجميد أي نشاطات في إطار اللجان المشتركة بين البلدين».
وفي المقابل، أكدت طهران رسمياً أن دولة الكويت طلبت من سفيرها مغادرة أراضيها.
وذكرت وكالة الطلبة الإيرانية للأنباء أن الكويت لم تسمح بالبقاء في البلاد إلا لأربعة من أصل 19 موظفاً.
""", [
    ev("45-day-notice", "مهلة 45 يوماً لمغادرة أراضيها", "2017-07-20", "no own expression; the notice of Thu 20 Jul 2017"),
    ev("kuwait-measures", "وقررت إغلاق المكاتب الفنية التابعة للسفارة الإيرانية", "2017-07-20", "no own expression; the measures of Thu 20 Jul 2017 (KUNA)"),
    ev("cassation-verdict", "بعد صدور حكم محكمة التمييز رقم 901", VERDICT[0], "no own expression; " + VERDICT[1] + "; '901 لسنة 2016' is the appeal's number, not a date"),
    ev("tehran-confirms", "أكدت طهران رسمياً", "2017-07-20", "no own expression; Iran's confirmation on Thu 20 Jul 2017, the day of the order (ISNA)"),
    ev("isna-report", "وذكرت وكالة الطلبة الإيرانية للأنباء", "2017-07-20", "no own expression; ISNA's report of Thu 20 Jul 2017"),
])

# ---------------------------------------------------------------- bahrain-israel-ambassadors-parliament-2023
S = "bahrain-israel-ambassadors-parliament-2023"
NCC = ("2023-11-02", "2023-11-04")  # the National Communication Centre's statement: late on Thu 2 Nov, reported by 3 Nov
art(S, "https://arabicpost.net/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/2023/11/02/%d8%a7%d9%84%d8%a8%d8%ad%d8%b1%d9%8a%d9%86-%d8%a5%d8%b3%d8%b1%d8%a7%d8%a6%d9%8a%d9%84",
    "2023-11-02", "date in the URL '/2023/11/02/' and the body's own 'الخميس 2 نوفمبر/تشرين الثاني 2023' (2 Nov 2023 was a Thursday, the day of the statement); the truncated last sentence ('في حين نفت الخارجية الإسرا...') and the one before it (on the 13.00 GMT mark) dropped", True, """
أكد مجلس النواب البحريني، في بيان صدر الخميس 2 نوفمبر/تشرين الثاني 2023، أن المملكة سحبت سفيرها من إسرائيل وأن سفير تل أبيب غادر البلاد، مشددا على "دعم المملكة للقضية الفلسطينية وحقوق الشعب الفلسطيني".
وأفاد البيان بأن البحرين قررت وقف العلاقات الاقتصادية مع إسرائيل، مؤكدا أن السفير الإسرائيلي غادر البحرين وأن المملكة قررت سحب سفيرها من تل أبيب.
ولفت البيان إلى أن هذه الخطوات تأتي "تأكيداً للموقف البحريني التاريخي الراسخ في دعم القضية الفلسطينية والحقوق المشروعة للشعب الفلسطيني الشقيق".
وأضاف البيان أن "استمرار الحرب والعمليات العسكرية، والتصعيد الإسرائيلي المتواصل في ظل عدم احترام القانون الإنساني الدولي، يدفعان المجلس إلى المطالبة بالمزيد من القرارات والإجراءات التي تحفظ حياة وأرواح الأبرياء والمدنيين في غزة وكافة المناطق الفلسطينية".
وأشاد بيان مجلس النواب بما أبداه الملك حمد بن عيسى آل خليفة من "حرص واهتمام لدعم القضية الفلسطينية، وموقف ثابت لا حياد عنه، وحق الشعب الفلسطيني في إقامة الدولة الفلسطينية المستقلة وعاصمتها القدس الشرقية، وفقاً للقرارات الدولية".
""", [
    ev("parliament-statement", "أكد مجلس النواب البحريني، في بيان صدر الخميس 2 نوفمبر/تشرين الثاني 2023", "2023-11-02", "'الخميس 2 نوفمبر/تشرين الثاني 2023' = Thu 2 Nov 2023"),
    ev("economic-ties-halt", "قررت وقف العلاقات الاقتصادية مع إسرائيل", "2023-11-02", "no own expression; announced in the statement of Thu 2 Nov 2023"),
    ev("israeli-ambassador-left", "مؤكدا أن السفير الإسرائيلي غادر البحرين", "2023-10-07", "no own expression; the Israeli ambassador had left 'منذ فترة' (Bahrain's National Communication Centre), some time after the war began on 7 Oct 2023 and before the statement; my loose span 7 Oct - 2 Nov 2023", end="2023-11-03"),
])
art(S, "https://www.alaraby.co.uk/politics/%D8%A7%D9%84%D8%A8%D8%AD%D8%B1%D9%8A%D9%86-%D8%AA%D8%B9%D9%84%D9%86-%D9%85%D8%BA%D8%A7%D8%AF%D8%B1%D8%A9-%D8%B3%D9%81%D9%8A%D8%B1-%D8%A5%D8%B3%D8%B1%D8%A7%D8%A6%D9%8A%D9%84-%D8%A3%D8%B1%D8%A7%D8%B6%D9%8A%D9%87%D8%A7-%D9%88%D8%B9%D9%88%D8%AF%D8%A9-%D8%B3%D9%81%D9%8A%D8%B1%D9%87%D8%A7-%D9%85%D9%86-%D8%AA%D9%84-%D8%A3%D8%A8%D9%8A%D8%A8",
    "2023-11-02", "no stamp or URL date in the stored page: fixed by the body's 'اليوم الخميس' for the Bahraini parliament's statement, issued on Thu 2 Nov 2023 (another outlet: 'الخميس 2 نوفمبر/تشرين الثاني 2023'), and 'الخميس' for the Israeli foreign ministry's reply; the truncated last sentence ('...بعد قرار الأردن استدعاء سفيره في إسرائيل، ي') dropped; no date of its own in the text", False, """
أفاد مجلس النواب في البحرين، اليوم الخميس، بأن بلاده طلبت من السفير الإسرائيلي مغادرة أراضيها وسحبت سفيرها من إسرائيل وأوقفت العلاقات الاقتصادية معها، احتجاجاً على الحرب الإسرائيلية على قطاع غزة، في حين ردت وزارة الخارجية الإسرائيلية بأنها لم تتسلم "أي رسالة أو قرار من قبل حكومة البحرين" بخصوص إعادة سفيري البلدين.
وأوضح مجلس النواب البحريني، في بيان، أن هذه التطورات "تأتي تأكيداً للموقف البحريني في دعم القضية الفلسطينية والحقوق المشروعة للشعب الفلسطيني".
ولفت المجلس إلى أن استمرار الحرب والعمليات العسكرية والتصعيد الإسرائيلي المتواصل في ظل عدم احترام القانون الإنساني الدولي، أمور تدفع المجلس إلى المطالبة بـ"المزيد من القرارات والإجراءات التي تحفظ حياة وأرواح الأبرياء والمدنيين في غزة وكافة المناطق الفلسطينية".
في المقابل، شددت وزارة الخارجية الإسرائيلية، الخميس، على أنها لم تتسلم "أي رسالة أو قرار من قبل حكومة البحرين" بشأن إعادة سفيري البلدين، مضيفة أن "العلاقات بين إسرائيل والبحرين مستقرّة".
ووقعت إسرائيل مع كل من البحرين والإمارات، في سبتمبر/ أيلول 2020، اتفاقين لتطبيع العلاقات برعاية أميركية عُرفا بـ"اتفاقيات أبراهام".
""", [
    ev("parliament-statement", "أفاد مجلس النواب في البحرين، اليوم الخميس", "2023-11-02", "'اليوم الخميس' = Thu 2 Nov 2023"),
    ev("economic-ties-halt", "وأوقفت العلاقات الاقتصادية معها", "2023-11-02", "no own expression; as announced on Thu 2 Nov 2023"),
    ev("israel-mfa-reply", "شددت وزارة الخارجية الإسرائيلية، الخميس", "2023-11-02", "'الخميس' = Thu 2 Nov 2023"),
    ev("abraham-accords", "اتفاقين لتطبيع العلاقات برعاية أميركية", "2020-09-15", "'في سبتمبر/ أيلول 2020': signed at the White House on Tue 15 Sep 2020 (outside knowledge)"),
])
art(S, "https://watanserb.com/2023/11/03/البحرين-وإسرائيل-سمنة-على-عسل-المنام",
    "2023-11-03", "date in the URL '/2023/11/03/' (a Friday); body 'خلال الساعات الماضية' for the parliament's statement of Thu 2 Nov agrees; the site tag 'وطن-' and the truncated last sentence ('...يجب أن تتركز على حماية أرواح المدنيين وفق') dropped; no date of its own in the text", False, """
البحرين وإسرائيل "سمنة على عسل".. المنامة تنفي قطع العلاقات وسفير الاحتلال يفتح النار على برلمانها
نفت البحرين رسميا سحب السفراء مع إسرائيل أو قطع العلاقات الاقتصادية، على عكس ما أعلنه مجلس النواب البحريني خلال الساعات الماضية.
وذكرت وكالة الأنباء البحرينية "بنا" أن مركز الاتصال الوطني أكد، في إشارة إلى ما ورد في بيان مجلس النواب، أن سفير مملكة البحرين في تل أبيب عاد إلى المملكة منذ فترة، وأن سفير إسرائيل لدى مملكة البحرين غادر المملكة أيضاً منذ فترة، في نفي لما أعلنه مجلس النواب عن استدعاء السفير البحريني من تل أبيب وطرد السفير الإسرائيلي من المنامة.
وأضاف مركز الاتصال الوطني، وفق الوكالة، أن الطيران المباشر بين مطار البحرين الدولي ومطار تل أبيب توقف منذ عدة أسابيع.
وأكد المركز نهج مملكة البحرين الداعي إلى تعزيز الأمن والاستقرار وترسيخ السلام في المنطقة، وهو ما يتحقق بإعطاء الشعب الفلسطيني الشقيق حقوقه المشروعة وإيجاد حل عادل للقضية الفلسطينية وصولاً إلى حل الدولتين وفق مبادرة السلام العربية، بما يضمن حق الشعب الفلسطيني في إقامة دولته المستقلة وعاصمتها القدس الشرقية.
""", [
    ev("parliament-statement", "ما أعلنه مجلس النواب البحريني خلال الساعات الماضية", "2023-11-02", "'خلال الساعات الماضية' before Fri 3 Nov: the statement of Thu 2 Nov 2023"),
    ev("ncc-statement", "أن مركز الاتصال الوطني أكد", NCC[0], "no own expression; the National Communication Centre's statement via BNA, late on Thu 2 Nov 2023 by my reading (reported on Fri 3 Nov); my span 2-3 Nov", end=NCC[1]),
    ev("israeli-ambassador-left", "وأن سفير إسرائيل لدى مملكة البحرين غادر المملكة أيضاً منذ فترة", "2023-10-07", "'منذ فترة': after the war began on 7 Oct 2023 and before the statement; my loose span 7 Oct - 2 Nov 2023", end="2023-11-03"),
    ev("flights-suspended", "توقف منذ عدة أسابيع", "2023-10-07", "'منذ عدة أسابيع' before 2 Nov 2023: the direct flights stopped after 7 Oct 2023 (my loose span 7-31 Oct)", end="2023-11-01"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 214)
                            if i != 201 and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 527-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: resignations of officials (a minister, governor or
official resigns, the resignation is accepted, a successor is named).
Stories: the resignation of the Dhi Qar governor Nadhim al-Waeli and the assignment of Abdul-Ghani al-Asadi
(Iraq, February 2021), and the accepted resignations of three ministers of Hani al-Mulki's government
(Jordan, June 2017).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- iraq-dhi-qar-waeli-resignation-2021
S = "iraq-dhi-qar-waeli-resignation-2021"
RESIGN = "2021-02-26"                      # al-Waeli resigned, al-Asadi assigned, on Fri 26 Feb 2021
PROTESTS = ("2021-02-21", "2021-02-28")    # the renewed Nasiriyah protests and clashes, Sun 21 - Sat 27 Feb 2021 (my span)
CALM = "2021-02-28"                        # calm back, army deployed, Sun 28 Feb 2021 (albilad, 'أمس (الأحد)')
art(S, "https://zagrosnews.net/ar/news/18890",
    "2021-02-26", "the body's 'اليوم الجمعة (26 شباط 2021)' for Kadhimi's decision; no separate date line kept; headline written from the body (the stored text has none); the comments block dropped", True, """
الكاظمي يكلف الأسدي بمنصب محافظ ذي قار بدلا من الوائلي
زاكروس عربية- أربيل
أصدر رئيس الوزراء مصطفى الكاظمي، اليوم الجمعة (26 شباط 2021)، توجيها بتكليف رئيس جهاز الأمن الوطني عبدالغني الأسدي بمنصب محافظ ذي قار، خلفا لناظم الوائلي، إثر المطالب الشعبية بإقالته في الاحتجاجات المتصاعدة.
وأفادت مصادر متطابقة بأن "رئيس الوزراء مصطفى الكاظمي أمر بتأليف مجلس تحقيقي في الأحداث الأخيرة التي عاشتها ذي قار ومحاسبة المقصرين".
وبحسب المصادر، فإن "الكاظمي وجه أيضا بتشكيل مجلس استشاري من الشخصيات البارزة في ذي قار يرتبط به مباشرة لمتابعة إعمار المحافظة وإطلاعه على كل التفاصيل لحل مشكلاتها".
وكان محافظ ذي قار، ناظم الوائلي، قد رفع الجمعة استقالته إلى رئيس الحكومة مصطفى الكاظمي، طالبا قبولها.
وكتب الوائلي في طلب الاستقالة: "عملت قاضيا أكثر من عشرين عاما، ولم يكن رصيدي إلا سمعتي، وإزاء ما يجري من صراعات في محافظة ذي قار، لا يخفى على سيادتكم أن نتاجها الاستحواذ على منصب المحافظ، وحفاظا على دماء أبناء مدينتي واستقرار الأوضاع فيها، أضع طلب استقالتي أمام سيادتكم، راجيا الموافقة عليه".
""", [
    ev("asadi-assigned", "توجيها بتكليف رئيس جهاز الأمن الوطني عبدالغني الأسدي", RESIGN, "'اليوم الجمعة (26 شباط 2021)' = Fri 26 Feb 2021"),
    ev("nasiriyah-protests", "في الاحتجاجات المتصاعدة", PROTESTS[0], "no own expression; the protests renewed 'منذ خمسة أيام' (BBC via masrawy) and the clashes that went on to Sat 27 Feb (my span Sun 21 - Sat 27 Feb 2021)", end=PROTESTS[1]),
    ev("inquiry-council", "أمر بتأليف مجلس تحقيقي في الأحداث الأخيرة", RESIGN, "no own expression; ordered with the assignment of Fri 26 Feb 2021"),
    ev("advisory-council", "وجه أيضا بتشكيل مجلس استشاري", RESIGN, "no own expression; ordered with the assignment of Fri 26 Feb 2021"),
    ev("waeli-resignation", "قد رفع الجمعة استقالته", RESIGN, "'الجمعة' in an article of Fri 26 Feb 2021 = that day"),
])
art(S, "http://tech.masrawy.com/news/news_publicaffairs/details/2021/2/27/1978062/%D9%85%D8%B8%D8%A7%D9%87%D8%B1%D8%A7%D8%AA-%D8%A7%D9%84%D9%86%D8%A7%D8%B5%D8%B1%D9%8A%D8%A9-%D8%AA%D8%A4%D8%AF%D9%8A-%D8%A5%D9%84%D9%89-%D8%A7%D8%B3%D8%AA%D9%82%D8%A7%D9%84%D8%A9-%D8%A7%D9%84%D9%85%D8%AD%D8%A7%D9%81%D8%B8",
    "2021-02-27", "no date line in the stored text and no date expression of its own in the body; the day is the publication date in the page address ('details/2021/2/27/'), a BBC report carried by Masrawy on Sat 27 Feb 2021, the day after the resignation of Fri 26 Feb; the 'فيديو قد يعجبك' link dropped; headline kept from the page", False, """
مظاهرات الناصرية تؤدي إلى استقالة المحافظ
بغداد- (بي بي سي):
تقدم محافظ ذي قار "ناظم الوائلي" باستقالته بعد نحو خمسة أيام من احتجاجات تطالب بإقالته، سقط خلالها نحو ثلاثة متظاهرين قتلى وأصيب أكثر من 90 آخرين في اشتباكات مع قوات الأمن في مدينة الناصرية، عاصمة محافظة ذي قار في جنوب العراق.
وأوضح ناظم الوائلي في خطاب استقالته أنه يتنحى منعا لإراقة المزيد من الدماء.
وكانت المظاهرات قد تجددت في الناصرية منذ خمسة أيام، واحتجت فيها الحشود الغاضبة على شح الوظائف وتردي الخدمات العامة.
وعيّن رئيس الوزراء، مصطفى الكاظمي، رئيس جهاز الأمن الوطني، عبد الغني الأسدي، محافظا جديدا، وشكل لجنة لمعالجة مشكلات المحافظة.
""", [
    ev("waeli-resignation", "تقدم محافظ ذي قار \"ناظم الوائلي\" باستقالته", RESIGN, "no own expression; the resignation of Fri 26 Feb 2021 (zagrosnews 'اليوم الجمعة (26 شباط 2021)')"),
    ev("nasiriyah-protests", "وكانت المظاهرات قد تجددت في الناصرية منذ خمسة أيام", PROTESTS[0], "'منذ خمسة أيام' from Fri 26 Feb 2021 = from about Sun 21 Feb; the clashes went on to Sat 27 Feb (my span Sun 21 - Sat 27 Feb 2021)", end=PROTESTS[1]),
    ev("asadi-assigned", "عبد الغني الأسدي، محافظا جديدا", RESIGN, "no own expression; the assignment of Fri 26 Feb 2021 (zagrosnews)"),
    ev("advisory-council", "وشكل لجنة لمعالجة مشكلات المحافظة", RESIGN, "no own expression; the council/committee for the province's problems ordered on Fri 26 Feb 2021 with the assignment"),
])
art(S, "https://sauress.com/albilad/3274369",
    "2021-03-01", "no date line on the stored page; the body's 'أمس (الأحد)' for the return of calm after the army's deployment gives Mon 1 Mar 2021 (28 Feb 2021 was a Sunday); an al-Bilad report carried by sauress; headline written from the body (the stored text has none); the last, truncated sentence shortened", True, """
الهدوء يعود إلى الناصرية بعد انسحاب قوات الشغب
عادت السكينة أمس (الأحد) إلى الناصرية، مركز محافظة ذي قار العراقية، بعد أن انسحبت قوات مكافحة الشغب من خطوط التماس مع المتظاهرين وانتشر الجيش العراقي.
وأفاد مصدر أمني بأن الانتشار تم بتوجيه مباشر من المحافظ عبدالغني الأسدي، تلبية لمطالب المتظاهرين الذين دعوا إلى سحب قوات الشغب ونشر الجيش العراقي تفاديا لأي صدامات بينهم وبين القوات الأمنية.
ويأتي ذلك عقب اشتباكات اندلعت بين المتظاهرين الذين تدفقوا إلى ساحات المدينة احتجاجا على تدهور الأوضاع الاجتماعية وتدخلات المليشيات الإيرانية، مطالبين بإنهاء المحاصصة في المدينة وإقالة المحافظ.
وصرح رئيس جهاز الأمن الوطني عبدالغني الأسدي، أمس، بأن مهمته الجديدة في ذي قار مؤقتة، مضيفا: "مهمتي كمحافظ لذي قار وقتية، والحوارات مستمرة مع أهالي الناصرية لاختيار من يرونه مناسبا".
وذكر مصدر حكومي أن "عبد الغني الأسدي سيتولى مهامه محافظا لذي قار إلى حين ترشيح شخصية يقبلها أبناء المحافظة، إلى جانب مهامه رئيسا لجهاز الأمن الوطني"، لافتا إلى أن الأسدي نال دعم رئيس الوزراء للنهوض بواقع المحافظة وتقديم الخدمات لسكانها.
وكان رئيس الوزراء مصطفى الكاظمي قد وجه، في وقت سابق، بتكليف الأسدي محافظا لذي قار، خلفا لناظم الوائلي.
""", [
    ev("calm-army-deployed", "عادت السكينة أمس (الأحد) إلى الناصرية", CALM, "'أمس (الأحد)' in an article of Mon 1 Mar 2021 = Sun 28 Feb"),
    ev("nasiriyah-protests", "عقب اشتباكات اندلعت بين المتظاهرين", PROTESTS[0], "no own expression; the protests and clashes before the calm (my span Sun 21 - Sat 27 Feb 2021)", end=PROTESTS[1]),
    ev("asadi-temporary-remarks", "وصرح رئيس جهاز الأمن الوطني عبدالغني الأسدي، أمس", CALM, "'أمس' in an article of Mon 1 Mar 2021 = Sun 28 Feb (see the caveats: a similar statement is dated Sat 27 Feb by another outlet)"),
    ev("asadi-assigned", "قد وجه، في وقت سابق، بتكليف الأسدي محافظا لذي قار", RESIGN, "no own expression ('في وقت سابق'); the assignment of Fri 26 Feb 2021 (zagrosnews)"),
])

# ---------------------------------------------------------------- jordan-mulki-three-ministers-resign-2017
S = "jordan-mulki-three-ministers-resign-2017"
ACCEPT = "2017-06-14"                      # the royal decree accepting the three resignations, Wed 14 Jun 2017
art(S, "https://palestinetoday.net/39/140310-الملك-عبد-الله-الثاني-يقبل-استقالة-3-وزراء-من-حكومة-الملقي",
    "2017-06-14", "the body's 'اليوم الأربعاء' for the Royal Court's announcement, whose decree took effect on 14 June 2017 (a Wednesday); headline kept from the page address; the comment link dropped", True, """
الملك عبد الله الثاني يقبل استقالة 3 وزراء من حكومة الملقي
عمّان - فلسطين اليوم
أعلن الديوان الملكي الأردني، اليوم الأربعاء، أن الملك عبد الله الثاني أصدر مرسوما ملكيا يقضي بقبول استقالة ثلاثة من وزراء حكومة هاني الملقي.
وجاء في بيان للديوان أن "الإرادة الملكية صدرت بالموافقة على قبول استقالة الوزراء التالية أسماؤهم من مناصبهم اعتبارا من تاريخ 14 يونيو/ حزيران، وهم: وجيه طيب عزايزة وزير التنمية الاجتماعية، وإبراهيم حسن سيف وزير الطاقة والثروة المعدنية، وحسين عبدالكريم الصعوب وزير النقل".
ويمهد قبول استقالة الوزراء الثلاثة لتعديل حكومي ثالث "منتظر" يجريه رئيس الوزراء هاني الملقي على حكومته الثانية.
وكانت وسائل إعلام أردنية محلية عديدة قد تناقلت خبر التعديل الحكومي صباح اليوم، غير أن المرسوم الملكي خلا من أسماء الوزراء الجدد.
ويشار إلى أن هذا التعديل هو الثالث على حكومة الملقي التي شُكلت في 28 سبتمبر/أيلول الماضي.
""", [
    ev("resignations-accepted", "أصدر مرسوما ملكيا يقضي بقبول استقالة ثلاثة من وزراء حكومة هاني الملقي", ACCEPT, "'اليوم الأربعاء' = Wed 14 Jun 2017 (the decree 'اعتبارا من تاريخ 14 يونيو/ حزيران')"),
    ev("reshuffle-reports", "قد تناقلت خبر التعديل الحكومي صباح اليوم", ACCEPT, "'صباح اليوم' = the morning of Wed 14 Jun 2017"),
    ev("mulki-government-formed", "التي شُكلت في 28 سبتمبر/أيلول الماضي", "2016-09-28", "'28 سبتمبر/أيلول الماضي' from June 2017 = Wed 28 Sep 2016"),
])
art(S, "https://ksaplayers.com/Ksahome/NewsDetial/?nid=7126339",
    "2017-06-15", "no date line on the stored page; the body's 'أمس الأربعاء' for the reshuffle and the royal decree of Wed 14 Jun 2017 gives Thu 15 Jun 2017 (15 Jun 2017 was a Thursday); an al-Khaleej report carried by ksaplayers; headline written from the body (the stored text has none); the share button dropped", True, """
الملقي يجري تعديلا محدودا على حكومته
عمّان: «الخليج»: أجرى رئيس الوزراء الأردني هاني الملقي أمس الأربعاء تعديلا محدودا على حكومته طال 3 حقائب، في حين أثار حفل إفطار نظمه حزب «جبهة العمل الإسلامي»، الذراع السياسية لـ«جماعة الإخوان» الفاقدة للشرعية، انتقادات شعبية لاستمرار تناقض مواقفها من شؤون داخلية ومن الأزمة السورية.
وصدرت إرادة ملكية بقبول استقالة وزير التنمية الاجتماعية وجيه عزايزة، ووزير النقل حسين الصعوب، ووزير الطاقة والثروة المعدنية إبراهيم سيف، الذي عُيّن على الفور رئيسا لهيئة الاستثمار.
ورجحت مصادر أن يُعلن عن الوزراء الجدد ويؤدوا اليمين الدستورية خلال ساعات.
وأكدت مصادر أن تنامي الخلاف بين بعض الوزراء وتزايد الاستياء من أداء إدارات في الوزارات المعنية عجّلا بالتعديل الثالث على حكومة الملقي، إلى جانب انسجام ذلك مع خطط اقتصادية واستثمارية جديدة.
""", [
    ev("reshuffle", "أجرى رئيس الوزراء الأردني هاني الملقي أمس الأربعاء تعديلا محدودا", ACCEPT, "'أمس الأربعاء' in an article of Thu 15 Jun 2017 = Wed 14 Jun"),
    ev("resignations-accepted", "وصدرت إرادة ملكية بقبول استقالة وزير التنمية الاجتماعية", ACCEPT, "no own expression; the royal decree of Wed 14 Jun 2017 (palestinetoday 'اليوم الأربعاء')"),
    ev("seif-investment-appointment", "الذي عُيّن على الفور رئيسا لهيئة الاستثمار", ACCEPT, "'على الفور' = on the day of his resignation, Wed 14 Jun 2017"),
])
art(S, "https://sarahanews.com/article/%d8%a7%d9%84%d8%af%d9%83%d8%aa%d9%88%d8%b1-%d8%b3%d9%8a%d9%81-%d9%8a%d8%b1%d9%81%d8%b6-%d8%b9%d8%b1%d8%b6-%d8%a7%d9%84%d9%85%d9%84%d9%82%d9%8a-%d9%88%d8%aa%d8%b3%d8%b1%d9%8a%d8%a8%d8%a7%d8%aa-%d9%85.html",
    "2017-06-16", "no date on the stored page and no weekday or date in the body; the day rests on 'الذي استقال قبل يومين' for Seif's resignation, accepted on Wed 14 Jun 2017 (palestinetoday 'اليوم الأربعاء', al-Khaleej 'أمس الأربعاء'), which gives Fri 16 Jun 2017; headline from the page address (slug); the name cut off after 'الذي كان يشغله' dropped", False, """
الدكتور سيف يرفض عرض الملقي
صراحة نيوز – اعتذر الدكتور إبراهيم سيف، وزير الطاقة والثروة المعدنية الذي استقال قبل يومين بطلب من رئيس الحكومة، عن قبول عرض الرئيس تعيينه رئيسا لمجلس الاستثمار.
ونقلت معلومات صحفية عن مصدر حكومي وصفته بالبارز أن الملقي أخفق في إقناعه بقبول المنصب الجديد، وأن الدكتور سيف قال للملقي: "إذا أخرجتموني من وزارتي لعدم كفاءتي فلماذا تعينونني في موقع أكثر حساسية؟".
وأثار قرار إلزام الدكتور سيف بتقديم استقالته من الحكومة سيلا من التساؤلات، نظرا لما يتمتع به من سمعة حسنة وسجل نظيف وكفاءة عالية وإنجازات تحققت في عهده حين تولى سابقا حقيبة التخطيط والتعاون الدولي ثم وزارة الطاقة والثروة المعدنية، إذ يُعرف بحرصه على الإنجاز وابتعاده عن الأضواء.
وفي سياق متصل، أفادت تسريبات من الدوار الرابع بأن رئيس الحكومة الملقي أبلغ رئيس مجلس النواب المهندس عاطف الطراونة بأمر التعديل، من دون تأكيد أن ذلك يُعد تشاورا مع مجلس النواب، إذ أكد كثير من النواب أنهم فوجئوا بالتعديل الذي وصفه بعضهم بالهزيل وبأنه بلا طعم ولا رائحة.
""", [
    ev("resignations-accepted", "الذي استقال قبل يومين بطلب من رئيس الحكومة", ACCEPT, "'قبل يومين' from Fri 16 Jun 2017 = Wed 14 Jun, the day of the royal decree"),
    ev("seif-investment-appointment", "عن قبول عرض الرئيس تعيينه رئيسا لمجلس الاستثمار", ACCEPT, "no own expression; the offer/appointment made at once on Wed 14 Jun 2017 (al-Khaleej 'عُيّن على الفور')"),
    ev("seif-declines-investment", "اعتذر الدكتور إبراهيم سيف", ACCEPT, "no own expression; after the offer of Wed 14 Jun and before this report of Fri 16 Jun 2017 (my span 14 - 16 Jun)", end="2017-06-17"),
    ev("reshuffle", "أنهم فوجئوا بالتعديل", ACCEPT, "no own expression; the reshuffle of Wed 14 Jun 2017 (al-Khaleej 'أمس الأربعاء')"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 600)
                            if i != 201 and i != 527
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

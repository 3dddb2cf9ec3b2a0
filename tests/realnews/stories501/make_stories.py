"""Builds stories.jsonl: the 501-st evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: currency devaluations and central bank decisions
(exchange-rate moves, interest-rate decisions, new banknotes, announced and then applied).
Stories: the first Egyptian polymer (plastic) 10-pound note (Egypt, July 2022), and the Turkish central bank's
rate hike from 8.5% to 15% under its new governor Hafize Gaye Erkan (Turkey, June 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-polymer-10-pound-note-2022
S = "egypt-polymer-10-pound-note-2022"
ANNOUNCE = "2022-07-05"                    # the CBE statement issuing the polymer 10-pound note, Tue 5 Jul 2022
DISTRIB = ("2022-07-06", "2022-07-08")     # banks hand it out to customers from Wed 6 to Thu 7 Jul 2022, before the Eid holiday
art(S, "https://masrawy.com/news/news-banking/details/2022/7/5/2254137/البنوك-تبدأ-طرح-عملة-الـ-10-جنيهات-البلاستيك-غد-ا-وحصص-لكل-عميل",
    ANNOUNCE, "the URL's date 2022/7/5 and the body's 'اليوم الثلاثاء' (5 Jul 2022 was a Tuesday); the same author's companion piece on masrawy has the stamp '04:23 م الثلاثاء 05 يوليو 2022'; headline kept from the page; the last, truncated sentence ('وكان ') dropped", True, """
البنوك تبدأ طرح عملة الـ 10 جنيهات البلاستيك غدًا.. وحصص لكل عميل
تتسلم البنوك اليوم الثلاثاء من البنك المركزي المصري حصصها من العملة البلاستيكية الجديدة فئة 10 جنيهات، التي تطرح في مصر للمرة الأولى.
وكان البنك المركزي المصري قد أعلن اليوم طرح فئة العشرة جنيهات البلاستيكية (بوليمر) التي أنتجت على أحدث خطوط إنتاج البنكنوت في العالم بدار الطباعة الجديدة في العاصمة الإدارية.
وأفاد مسؤولون مصرفيون لمصراوي بأن البنوك ستتيح العملة الجديدة في فروعها لمن يطلبها من العملاء بدءا من غد وبعد غد الخميس، تزامنا مع حلول عيد الأضحى.
وبحسب هؤلاء المسؤولين، ذهب رؤساء الخزائن في البنوك ومعهم عدد من الموظفين ظهر اليوم إلى البنك المركزي لتسلم الحصة المقررة لكل بنك من الطرح الأول لفئة 10 جنيهات البلاستيكية عقب الإعلان الرسمي عنها.
وأوضح المسؤولون أن كل بنك سيمكّن عملاءه في الفروع من استبدال أي ورقة من فئة 10 جنيهات بالعملة البلاستيكية، أو الخصم من الحساب المصرفي، مع وضع سقف مناسب لكل عميل حتى يحصل عليها أكبر عدد من العملاء.
وشدد البنك المركزي اليوم على أنه لن يلغي أيا من الإصدارات السابقة لفئة العشرة جنيهات، وأنها ستبقى متداولة.
""", [
    ev("banks-receive-quotas", "تتسلم البنوك اليوم الثلاثاء من البنك المركزي المصري حصصها", ANNOUNCE, "'اليوم الثلاثاء' = Tue 5 Jul 2022"),
    ev("cbe-announces-note", "قد أعلن اليوم طرح فئة العشرة جنيهات البلاستيكية", ANNOUNCE, "'اليوم' in an article of Tue 5 Jul 2022"),
    ev("distribution-to-customers", "ستتيح العملة الجديدة في فروعها لمن يطلبها من العملاء بدءا من غد وبعد غد الخميس", DISTRIB[0], "'من غد وبعد غد الخميس' from Tue 5 Jul 2022 = Wed 6 - Thu 7 Jul", end=DISTRIB[1]),
    ev("treasurers-collect", "ذهب رؤساء الخزائن في البنوك ومعهم عدد من الموظفين ظهر اليوم", ANNOUNCE, "'ظهر اليوم' = Tue 5 Jul 2022 (noon)"),
    ev("old-notes-stay", "لن يلغي أيا من الإصدارات السابقة لفئة العشرة جنيهات", ANNOUNCE, "'اليوم' = Tue 5 Jul 2022, part of the CBE statement"),
])
art(S, "https://ara.wafrle.com/post/عاجل-البنك-المركزي-المصري-يصدر-عملة-بل",
    ANNOUNCE, "no date on the stored page; the body's 'بيان البنك المركزي الصادر اليوم الثلاثاء' for the statement of Tue 5 Jul 2022 (masrawy of that day) gives Tue 5 Jul 2022; headline written from the body (the stored excerpt has none); the last, truncated sentence shortened", False, """
البنك المركزي المصري يصدر عملة بلاستيكية فئة 10 جنيهات
قرر البنك المركزي المصري إصدار ورقة نقدية بلاستيكية "بوليمر" فئة 10 جنيهات، تُنتج بأحدث تقنيات طباعة النقد في العالم في المطبعة الجديدة بالعاصمة الإدارية، مع بقاء الإصدارات السابقة من الفئة نفسها في أيدي المواطنين.
وبيّن بيان البنك المركزي الصادر اليوم الثلاثاء أن العملة الجديدة تأتي تطبيقا لسياسة النقد النظيف، ولرفع جودة الأوراق النقدية المتداولة في السوق المصرية، وكذلك لخفض كلفة طباعة النقود، لا سيما الفئات الأكثر تداولا، تماشيا مع برامج التنمية المستدامة التي تتبعها الدولة في رؤية مصر 2030.
وأكد البنك أن العملة البلاستيكية الجديدة ستتداول في السوق المصرية جنبا إلى جنب مع فئة 10 جنيهات الورقية المستعملة حاليا، وأن في وسع أي مواطن الحصول عليها من أي فرع من فروع البنوك المصرية التي يتجاوز عددها 4500 فرع.
وأشار البنك المركزي المصري إلى أن الورقة البلاستيكية الجديدة فئة 10 جنيهات تحمل صورة مسجد الفتاح العليم، أبرز معالم الطراز المعماري الإسلامي في العاصمة الإدارية الجديدة، وتمثال الملكة حتشبسوت الذي يرمز إلى مصر القديمة.
""", [
    ev("cbe-announces-note", "قرر البنك المركزي المصري إصدار ورقة نقدية بلاستيكية", ANNOUNCE, "no own expression; the decision of the statement of Tue 5 Jul 2022 ('الصادر اليوم الثلاثاء')"),
    ev("cbe-statement", "وبيّن بيان البنك المركزي الصادر اليوم الثلاثاء", ANNOUNCE, "'اليوم الثلاثاء' = Tue 5 Jul 2022"),
    ev("old-notes-stay", "ستتداول في السوق المصرية جنبا إلى جنب مع فئة 10 جنيهات الورقية", ANNOUNCE, "no own expression; stated in the CBE statement of Tue 5 Jul 2022"),
    ev("distribution-to-customers", "في وسع أي مواطن الحصول عليها من أي فرع", DISTRIB[0], "no own expression; the notes were handed out in the branches from Wed 6 to Thu 7 Jul 2022 (masrawy: 'من غد وبعد غد الخميس')", end=DISTRIB[1]),
])
art(S, "https://tfaseal.com/بالصور-شكل-العشره-جنيه-الجديده",
    "2022-07-06", "no date on the stored page; the body's 'يوم أمس الثلاثاء بتاريخ 5 يوليو' for the CBE statement of Tue 5 Jul 2022 gives Wed 6 Jul 2022 (the page's year '2023' is a slip: 5 Jul 2023 was a Wednesday, and the note was issued in 2022); headline kept from the page", False, """
بالصور شكل العشره جنيه الجديده
أثار طرح البنك المركزي المصري فئة العشرة جنيهات البلاستيكية جدلا واسعا على منصات التواصل الاجتماعي بين المستخدمين حول هذا التغيير في العملات المصرية، خاصة أنها لم تشهد أي تحديث منذ سنوات طويلة، فراح المواطنون يبحثون عن صور العشرة جنيهات الجديدة، وهو ما نتناوله في مقال اليوم عبر الحديث عن هذه العملة وما تحمله من جديد.
وبحسب بيان البنك المركزي المصري الصادر يوم أمس الثلاثاء بتاريخ 5 يوليو من عام 2023، قرر البنك طرح فئة العشرة جنيهات البلاستيكية (بوليمر)، وذكر في بيانه أن الطرح يندرج "في إطار تطبيق سياسة النقد النظيف ورفع جودة أوراق النقد المتداولة في السوق المصري، إلى جانب خفض تكلفة طباعة أوراق النقد، خاصة الفئات الأكثر تداولا، على المدى البعيد بفضل طول عمر الورقة".
وأوضح البنك في البيان أن العملة البلاستيكية الجديدة ستتداول إلى جانب نظيرتها الورقية من فئة العشرة جنيهات (0.53 دولار) المتداولة حاليا، مضيفا أن الفئة الجديدة أُنتجت على أحدث خطوط إنتاج البنكنوت في العالم، المعمول بها في دار الطباعة الجديدة في العاصمة الإدارية.
""", [
    ev("social-media-buzz", "أثار طرح البنك المركزي المصري فئة العشرة جنيهات البلاستيكية جدلا واسعا", ANNOUNCE, "no own expression; the stir followed the statement of Tue 5 Jul 2022 and went on to the day of the article, Wed 6 Jul (my span 5-6 Jul)", end="2022-07-07"),
    ev("cbe-statement", "بيان البنك المركزي المصري الصادر يوم أمس الثلاثاء بتاريخ 5 يوليو من عام 2023", ANNOUNCE, "'يوم أمس الثلاثاء بتاريخ 5 يوليو' = Tue 5 Jul 2022; the text's '2023' is the page's slip"),
    ev("cbe-announces-note", "قرر البنك طرح فئة العشرة جنيهات البلاستيكية (بوليمر)", ANNOUNCE, "the decision of the statement of Tue 5 Jul 2022"),
    ev("old-notes-stay", "ستتداول إلى جانب نظيرتها الورقية", ANNOUNCE, "no own expression; stated in the CBE statement of Tue 5 Jul 2022"),
])

# ---------------------------------------------------------------- turkey-cbrt-hike-15pct-erkan-2023
S = "turkey-cbrt-hike-15pct-erkan-2023"
HIKE = "2023-06-22"                        # the CBRT raised the one-week repo rate from 8.5% to 15% on Thu 22 Jun 2023
ERKAN = "2023-06-09"                       # Hafize Gaye Erkan appointed governor on Fri 9 Jun 2023
art(S, "https://roayahnews.com/المركزي-التركي-يرفع-أسعار-الفائدة-بما/",
    HIKE, "the body's 'اليوم الخميس 22 يونيو 2023' for the decision (22 Jun 2023 was a Thursday); no separate date line on the stored page; the '(اقرأ أيضًا)' links and 'ربما يعجبك أيضا' dropped; headline kept from the page", True, """
«المركزي التركي» يرفع أسعار الفائدة بما يقارب الضعف
قرر البنك المركزي التركي، اليوم الخميس 22 يونيو 2023، زيادة أسعار الفائدة إلى قرابة الضعف، من 8.5% إلى 15%، بحسب ما أورده موقع قناة العربية.
ويأتي قرار البنك برفع الفائدة متسقا مع ما توقعه الخبراء بعد أن عُينت حفيظة غاية أركان رئيسة جديدة له.
وكان التضخم في تركيا قد بلغ ذروته في 24 عاما عند 85.5% في أكتوبر 2022، ثم تراجع إلى ما دون 40% الشهر الماضي.
""", [
    ev("rate-hike", "زيادة أسعار الفائدة إلى قرابة الضعف، من 8.5% إلى 15%", HIKE, "'اليوم الخميس 22 يونيو 2023' = Thu 22 Jun 2023"),
    ev("erkan-appointed", "بعد أن عُينت حفيظة غاية أركان رئيسة جديدة له", ERKAN, "no own expression; Erkan was appointed governor on Fri 9 Jun 2023 (known date, not in the articles)"),
    ev("inflation-peak", "قد بلغ ذروته في 24 عاما عند 85.5% في أكتوبر 2022", "2022-10-01", "'في أكتوبر 2022' = the month of October 2022", end="2022-11-01"),
    ev("inflation-below-40", "ثم تراجع إلى ما دون 40% الشهر الماضي", "2023-05-01", "'الشهر الماضي' from June 2023 = May 2023 (the month)", end="2023-06-01"),
])
art(S, "https://maghress.com/analkhabar/206245",
    HIKE, "no date on the stored page; the body's 'اليوم الخميس' for the decision of Thu 22 Jun 2023 (roayahnews: 'اليوم الخميس 22 يونيو 2023') gives Thu 22 Jun 2023; a report of al-Khabar (Morocco) carried by maghress; headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
المركزي التركي يرفع الفائدة إلى 15 في المائة لأول مرة منذ أكثر من عامين
أعلن البنك المركزي التركي، اليوم الخميس، أنه رفع معدل الفائدة 650 نقطة أساس ليبلغ 15 في المائة، وذلك للمرة الأولى منذ أكثر من عامين.
ويمثل هذا الإعلان منعطفا مهما في السياسة الاقتصادية لتركيا، التي فضلت في السنوات الماضية مواصلة خفض الفائدة على الرغم من وصول التضخم إلى مستويات قياسية وتهاوي الليرة التركية أمام الدولار الأمريكي.
وهذا أول قرار كبير للفريق الاقتصادي الجديد الذي اختاره الرئيس رجب طيب أردوغان، وفي مقدمته حفيظة غاية أركان، التي عملت سابقا في عدد من المؤسسات المالية الأمريكية وعُينت على رأس البنك المركزي التركي، والخبير الاقتصادي محمد شيمشيك، الذي تولى وزارة المالية والخزانة التركية.
وجاء رفع الفائدة إلى 15 في المائة دون التوقعات، إذ رجح تقرير لبنك "جيه بي مورغان" تداولته الصحف المحلية أن يرفع البنك المركزي التركي الفائدة إلى 25 في المائة في اجتماعه الأول، مع زيادات لاحقة إذا اقتضى الأمر.
وأضاف التقرير أنه ينتظر دخول الاقتصاد التركي في ركود خلال النصف الثاني من 2023 بسبب تشديد شروط الائتمان، وهو أمر لا بد منه لوقف نزيف الليرة.
""", [
    ev("rate-hike", "أعلن البنك المركزي التركي، اليوم الخميس، أنه رفع معدل الفائدة 650 نقطة أساس", HIKE, "'اليوم الخميس' = Thu 22 Jun 2023"),
    ev("erkan-appointed", "وعُينت على رأس البنك المركزي التركي", ERKAN, "no own expression; Erkan's appointment on Fri 9 Jun 2023 (known date)"),
    ev("simsek-appointed", "الذي تولى وزارة المالية والخزانة التركية", "2023-06-03", "no own expression; Simsek was named in the new cabinet announced on Sat 3 Jun 2023 (known date)"),
    ev("jpmorgan-forecast", "رجح تقرير لبنك \"جيه بي مورغان\" تداولته الصحف المحلية", ERKAN, "no own expression; a forecast circulated before the meeting, after Erkan's appointment (my span 9 - 21 Jun 2023)", end=HIKE),
    ev("recession-expected", "ينتظر دخول الاقتصاد التركي في ركود خلال النصف الثاني من 2023", "2023-07-01", "'خلال النصف الثاني من 2023' = Jul - Dec 2023", end="2024-01-01"),
])
art(S, "https://hapijournal.com/2023/06/23/الليرة-التركية-تهبط-إلى-مستوى-24-90-مقابل-ا",
    "2023-06-23", "the URL's date 2023/06/23 (a Friday); the body speaks of the decision of 'الخميس 22 يونيو' as past and of the lira's continuing fall; a CNBC Arabia report; headline written from the URL slug", True, """
الليرة التركية تهبط إلى مستوى 24.90 مقابل الدولار
تابعت الليرة التركية تراجعها مسجلة مستوى قياسيا جديدا أمام العملة الأمريكية، في ظل استمرار آثار قرار البنك المركزي التركي الذي فاجأ الأسواق، فهبطت إلى 24.90 مقابل الدولار.
وكان البنك المركزي التركي قد قرر رفع سعر الفائدة الرئيسي في البلاد الخميس 22 يونيو، فضاعفه تقريبا من 8.5% إلى 15%، في وقت بدأت فيه الإدارة الاقتصادية الجديدة للرئيس رجب طيب أردوغان، المعاد انتخابه مؤخرًا، تحولا جذريا في السياسة النقدية.
ويعد هذا الرفع الكبير لمعدل الفائدة بواقع 650 نقطة أساس أول زيادة للفائدة منذ مارس 2021.
""", [
    ev("lira-record-low", "فهبطت إلى 24.90 مقابل الدولار", "2023-06-23", "no own expression; the lira's fall on the day of the article, Fri 23 Jun 2023 ('تابعت ... تراجعها' after Thursday's decision)"),
    ev("rate-hike", "قد قرر رفع سعر الفائدة الرئيسي في البلاد الخميس 22 يونيو", HIKE, "'الخميس 22 يونيو' = Thu 22 Jun 2023"),
    ev("erdogan-reelected", "المعاد انتخابه مؤخرًا", "2023-05-28", "'مؤخرًا' = the run-off of Sun 28 May 2023 (known date)"),
    ev("previous-hike-march-2021", "أول زيادة للفائدة منذ مارس 2021", "2021-03-18", "'منذ مارس 2021' = the previous hike, Thu 18 Mar 2021 (known date; the text gives the month only)"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 501)
                            if i != 201
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

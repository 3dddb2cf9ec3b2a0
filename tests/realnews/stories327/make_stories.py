"""Builds stories.jsonl: the 327-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: street vendors, markets and shops: the move of Port Said's
fish traders to the new market in al-Qanal al-Dakhili and the demolition of the old market (Egypt, February 2019),
the opening of the redeveloped Ataba market in Cairo (Egypt, October 2025), the removal of Souq Mraidi in Sadr
City (Iraq, August 2025), and the new rules of Irbid's central vegetable market (Jordan, December 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-port-said-fish-market-move-2019
S = "egypt-port-said-fish-market-move-2019"
OPEN = "2019-02-05"                        # the new fish market in al-Qanal al-Dakhili started work, Tue 5 Feb 2019
HOUSED = ("2019-02-03", "2019-02-06")      # traders handed their new shops just before / on the opening (my span)
CLOSE = "2019-02-07"                       # the governor's order to close all informal fish markets, Thu 7 Feb 2019
art(S, "https://youm7.com/story/2019/2/5/إزالة-سوق-السمك-القديم-بعد-بدء-النشاط-بالسوق-الحضارى-الجديد/4129853",
    "2019-02-05", "date in the URL '/2019/2/5/' (5 Feb 2019 was a Tuesday); the body's 'صباح اليوم الثلاثاء' agrees; headline rendered from the URL slug (the stored text has none); the comment-form line dropped; no date of its own in the text", False, """
إزالة سوق السمك القديم في بورسعيد بعد بدء العمل في السوق الحضاري الجديد
شرعت الأجهزة التنفيذية في محافظة بورسعيد صباح اليوم الثلاثاء في هدم سوق السمك القديم الحالي بالمدينة، الكائن عند تقاطع شارعي النصر ونهضة مصر في مواجهة سوق الملابس المستعملة، وذلك بالتزامن مع تشغيل سوق السمك الحضاري الجديد الواقع في منطقة القنال الداخلي.
وتولى الإشراف على إزالة السوق ومحلاته كل من عبد العظيم رمضان، السكرتير العام المساعد لمحافظة بورسعيد، واللواء محمد عامر، المستشار الفني لمحافظ بورسعيد، وعادل عبد الفتاح، رئيس حي العرب، بالتعاون مع مختلف إدارات حي العرب وبالاستعانة بمعداته وآلياته الثقيلة.
ويأتي هدم السوق إيذانا بمرحلة جديدة من التطوير الحضاري للمدينة، تواكب الطفرة التنموية التي تشهدها المحافظة في كل المجالات، ولا سيما ما يمس الحياة اليومية للمواطن، في ظل حرص القيادتين السياسية والتنفيذية للمحافظة على تقديم أفضل خدمة للمواطن.
""", [
    ev("old-market-demolition", "في هدم سوق السمك القديم الحالي بالمدينة", OPEN, "'صباح اليوم الثلاثاء' = Tue 5 Feb 2019"),
    ev("new-market-opens", "تشغيل سوق السمك الحضاري الجديد", OPEN, "no own expression; 'بالتزامن' with the demolition of Tue 5 Feb 2019"),
    ev("demolition-supervised", "وتولى الإشراف على إزالة السوق ومحلاته", OPEN, "no own expression; the same demolition of Tue 5 Feb 2019"),
])
art(S, "https://www.masrawy.com/news/-/details/0/0/0/1510126",
    "2019-02-07", "page date line '04:14 م الخميس 07 فبراير 2019' (kept as second line; 7 Feb 2019 was a Thursday); the body's 'اليوم الخميس' agrees; headline kept from the page; byline 'بورسعيد - طارق الرفاعي', app banners and video/ad lines dropped", True, """
محافظ بورسعيد: إغلاق جميع أسواق الأسماك العشوائية
04:14 م الخميس 07 فبراير 2019
قرر اللواء عادل الغضبان، محافظ بورسعيد، اليوم الخميس، غلق كل الأسواق العشوائية لتجارة الأسماك في جميع أحياء المحافظة، وتجميعها في السوق الحضاري الجديد للأسماك بمنطقة القنال الداخلي.
وخلال جولة قام بها في السوق الجديد، وافق المحافظ على طلب تجار الأسماك إقامة مظلات بشكل جمالي موحد فوق محلات البيع تحميها من حرارة الشمس وأمطار الشتاء.
وأصدر المحافظ تعليماته لإدارات الأحياء بالتنفيذ الفوري لقرار إغلاق الأسواق العشوائية، مؤكدا أن العمل سيبدأ قريبًا في إنشاء سوق حضاري جديد للخضروات والفاكهة بالمستوى نفسه لسوق الأسماك، إلى جانب "مول تجاري" لتجارة الملابس الجاهزة والمستعملة.
""", [
    ev("close-informal-markets", "غلق كل الأسواق العشوائية لتجارة الأسماك", CLOSE, "'اليوم الخميس' = Thu 7 Feb 2019 (date line)"),
    ev("governor-tour", "وخلال جولة قام بها في السوق الجديد", CLOSE, "no own expression; the tour of the same Thursday 7 Feb 2019"),
    ev("awnings-approved", "وافق المحافظ على طلب تجار الأسماك", CLOSE, "no own expression; decided during the tour of Thu 7 Feb 2019"),
    ev("closure-order-districts", "وأصدر المحافظ تعليماته لإدارات الأحياء بالتنفيذ الفوري", CLOSE, "no own expression; the orders of Thu 7 Feb 2019"),
])
art(S, "https://soutalomma.com/Article/857010/ثورة-في-الإنتاج-السمكي-تفاصيل-تشغيل-أكبر-سوق-للأسماك-في",
    "2019-02-09", "page date line 'السبت، 09 فبراير 2019 10:00 ص' (kept as second line; 9 Feb 2019 was a Saturday); headline kept from the page; the last, truncated sentence dropped", True, """
ثورة في الإنتاج السمكي.. تفاصيل تشغيل أكبر سوق للأسماك في الشرق الأوسط ببورسعيد
السبت، 09 فبراير 2019 10:00 ص
تراهن الحكومة كثيرا على الإنتاج السمكي بديلا من اللحوم الحمراء والدواجن لضبط الأسعار بزيادة المعروض في السوق، وقد افتتحت مؤخرا سوق الأسماك الجديدة في محافظة بورسعيد، وهي أكبر سوق ومجمع للأسماك في الشرق الأوسط.
وتمثل سوق بورسعيد السمكية نقلة كبرى في منظومة الخدمات التي تقدمها المحافظة للمواطنين وللعاملين في هذا المجال، كما أنها نموذج حضاري يضاهي كبرى الأسواق في العالم.
ومؤخرا أنهت الأجهزة التنفيذية في بورسعيد تسكين تجار الأسماك في السوق الجديدة فتسلموا محلاتهم، وبدأ العمل في السوق رسميا، وفتحت أبوابها لآلاف من أهالي المدينة الباسلة وضيوفها في موقعها الجديد بمنطقة القنال الداخلي التابعة لحي العرب، أقدم الأحياء الشعبية في المدينة.
وأكد الغضبان أن سوق الأسماك الجديدة ستسهم في ضبط الأسعار، مشيرا إلى أن فيها نقطة شرطة وإدارة للتموين تتوليان الرقابة عليها.
وتزامن تشغيل سوق السمك الحضارية الجديدة في منطقة القنال الداخلي مع بدء عملية هدم السوق الحالية الواقعة عند تقاطع شارعي النصر ونهضة مصر قبالة سوق الملابس المستعملة.
""", [
    ev("new-market-opens", "وقد افتتحت مؤخرا سوق الأسماك الجديدة", OPEN, "'مؤخرا' before Sat 9 Feb 2019; the market started work on Tue 5 Feb 2019 (youm7 'صباح اليوم الثلاثاء')"),
    ev("traders-housed", "أنهت الأجهزة التنفيذية في بورسعيد تسكين تجار الأسماك", HOUSED[0], "'مؤخرا'; the traders got their shops just before / on the opening of Tue 5 Feb 2019 (my span 3-5 Feb)", end=HOUSED[1]),
    ev("old-market-demolition", "مع بدء عملية هدم السوق الحالية", OPEN, "no own expression; the demolition of Tue 5 Feb 2019 (youm7), simultaneous with the opening"),
])

# ---------------------------------------------------------------- egypt-cairo-ataba-market-opening-2025
S = "egypt-cairo-ataba-market-opening-2025"
OPENING = "2025-10-28"                     # Prime Minister Madbouly opened the redeveloped Ataba market, Tue 28 Oct 2025
WORKS = ("2025-03-01", "2025-10-28")       # the redevelopment works (first phase announced in March 2025; my span)
PHONE = ("2025-10-29", "2025-10-31")       # Saber's phone-in on 'اقتصاد 24', aired before the report of 30 Oct (my span)
art(S, "https://www.masrawy.com/news/news_egypt/details/2025/10/28/2880604/10-صور-بدء-تسكين-الباعة-بسوق-العتبة-المطور-بعد-افتتاحه-",
    "2025-10-28", "page date line '12:04 م 28/10/2025' (kept as second line; 28 Oct 2025 was a Tuesday), URL date '/2025/10/28/' and stamp 'date 2025-10-28'; headline kept from the page; byline 'كتب : محمد نصار', tags and ad lines dropped", True, """
10 صور.. بدء تسكين الباعة بسوق العتبة المطور بعد افتتاحه
12:04 م 28/10/2025
أعلن الدكتور إبراهيم صابر، محافظ القاهرة، أن الأجهزة التنفيذية في المحافظة شرعت في تسكين الباعة الذين جرى حصرهم في سوق العتبة بعد تطويره، وعددهم 473 بائعًا، وذلك عقب افتتاح الدكتور مصطفى مدبولي رئيس مجلس الوزراء للسوق صباح اليوم بحضور وزيرة التنمية المحلية.
وقال المحافظ، في بيان أصدره اليوم، إن تطوير سوق العتبة جزء من خطة الدولة لتطوير الأسواق التاريخية والعشوائية وتحويلها إلى مراكز حضارية وتجارية.
وأوضح أن أعمال التطوير نُفذت وفقًا للنموذج الذي اعتمدته وزيرة التنمية المحلية، بالتعاون مع برنامج الأمم المتحدة للمستوطنات البشرية "الهابيتات" وبالتنسيق مع جهاز التنسيق الحضاري، حرصًا من الحكومة على توفير بيئة آمنة للمواطنين المترددين على المنطقة وللباعة وأصحاب المحال الموجودة في تلك الشوارع.
وأضاف محافظ القاهرة أن تطوير هذه المنطقة يمثل نموذجًا يمكن تطبيقه في شوارع أخرى بالمنطقة.
""", [
    ev("vendors-housing", "شرعت في تسكين الباعة الذين جرى حصرهم", OPENING, "no own expression; begun right after the opening 'صباح اليوم' = Tue 28 Oct 2025 (date line)"),
    ev("ataba-opening", "عقب افتتاح الدكتور مصطفى مدبولي رئيس مجلس الوزراء للسوق صباح اليوم", OPENING, "'صباح اليوم' = Tue 28 Oct 2025"),
    ev("governor-statement", "في بيان أصدره اليوم", OPENING, "'اليوم' = Tue 28 Oct 2025"),
    ev("development-works", "أعمال التطوير نُفذت وفقًا للنموذج", WORKS[0], "no own expression; the works finished before the opening of 28 Oct 2025; the first phase was announced in March 2025 (Asharq al-Awsat's report of the opening); my span Mar - 28 Oct 2025", end=WORKS[1]),
])
art(S, "https://www.vetogate.com/5521908",
    "2025-10-28", "no stamp on the stored page; the body's 'عقب افتتاحه صباح اليوم الثلاثاء' with the opening of Tue 28 Oct 2025 (masrawy's date line) gives 28 Oct 2025; the neighbouring item vetogate 5521940 carries the stamp 'date 2025-10-28'; headline written from the body (the stored text has none); the sub-headings and the last, truncated sentence dropped; the vendors' and the Prime Minister's quotes turned into indirect speech; no date of its own in the text", False, """
رئيس الوزراء يتجول في سوق العتبة المطور ويلتقي الباعة الجائلين
حرص الدكتور مصطفى مدبولي، رئيس مجلس الوزراء، على القيام بجولة في مشروع تطوير سوق العتبة بوسط القاهرة عقب افتتاحه صباح اليوم الثلاثاء، للاطمئنان على مستوى جودة الأعمال المنفذة في المشروع.
وخلال الجولة التقى مدبولي عددا من الباعة الجائلين، فقال أحدهم إنهم لم يكونوا يحلمون بمثل هذا، موجها الشكر للرئيس السيسي ولجميع المسؤولين في الحكومة على ما أنجز، بينما قال بائع آخر إن لديهم الآن مكانا مستقرا لا يضطرون إلى الفرار منه كما كان يحدث من قبل.
وقبل مغادرته، طالب رئيس الوزراء الباعة بصون ما تحقق، قائلا إنهم العامل الأهم في الحفاظ على المشروع وإنهم المستفيدون منه، فعليهم أن يحافظوا عليه.
وحضر الافتتاح الدكتورة منال عوض، وزيرة التنمية المحلية والقائم بأعمال وزير البيئة، والدكتور إبراهيم صابر، محافظ القاهرة، واللواء إبراهيم عبد الهادي، نائب المحافظ للمنطقة الغربية، وعدد من قيادات الوزارة والمحافظة وجهاز تعمير القاهرة الكبرى والجهاز القومي للتنسيق الحضاري والجهات المنفذة للأعمال.
""", [
    ev("pm-tour", "على القيام بجولة في مشروع تطوير سوق العتبة", OPENING, "no own expression; the tour right after the opening of 'صباح اليوم الثلاثاء' = Tue 28 Oct 2025"),
    ev("ataba-opening", "عقب افتتاحه صباح اليوم الثلاثاء", OPENING, "'صباح اليوم الثلاثاء' = Tue 28 Oct 2025"),
    ev("pm-meets-vendors", "التقى مدبولي عددا من الباعة الجائلين", OPENING, "no own expression; during the tour of Tue 28 Oct 2025"),
    ev("officials-attend", "وحضر الافتتاح الدكتورة منال عوض", OPENING, "no own expression; the opening of Tue 28 Oct 2025"),
])
art(S, "https://www.elbalad.news/6746737",
    "2025-10-28", "stamp 'date 2025-10-28' at the head of the stored page (not kept in the text; 28 Oct 2025 was a Tuesday); the body's 'عقب افتتاح سوق العتبة منذ قليل' agrees with the opening of that morning; headline written from the body (the stored text has none); the last, truncated words dropped; no date of its own in the text", False, """
عرض تفصيلي لرئيس الوزراء حول مراحل تطوير سوق العتبة
قدّم الدكتور سعيد عبد الخالق، رئيس قطاع الإدارة الاستراتيجية والتنمية المحلية بوزارة التنمية المحلية والمشرف على المشروع، عرضا مفصلا لرئيس الوزراء حول المشروع ومراحله المختلفة وأبرز مكوناته، وذلك عقب افتتاح سوق العتبة منذ قليل.
وجاء ذلك في مشهد يعكس تكامل مؤسسات الدولة في إنجاز مشروع يعيد إلى قلب العاصمة بريقه التاريخي في ثوب حضاري معاصر.
وأوضح عبد الخالق أن مشروع التطوير شمل ثلاثة شوارع رئيسية يبلغ مجموع أطوالها ٣٢١ مترًا، مع ترك ممر رئيسي بعرض ٤ أمتار لتسهيل حركة سيارات الطوارئ والمشاة، كما تضمن تحسين واجهات ١٠٥ محلات تجارية، وترميم ٤ عقارات ذات طراز معماري مميز ورفع كفاءتها، وتجديد ١١ عقارًا تطل على السوق.
وأضاف أن تنفيذ شبكات المرافق من صرف صحي ومياه وكهرباء واتصالات اكتمل بنسبة ١٠٠٪، وكذلك أعمال التطوير التي شملت رصف الأرضيات بالإنترلوك، وتركيب مظلات مقاومة للحريق تسمح بدخول الضوء الطبيعي، وإضاءة حديثة تبرز جماليات المكان، وتصميم واجهات المحلات ولافتاتها بخامات عالية الجودة مثل الكلادينج والسيمنت بورد، ودهان الأبواب، وتوريد الطاولات المخصصة للباعة.
""", [
    ev("project-presentation", "قدّم الدكتور سعيد عبد الخالق", OPENING, "no own expression; 'عقب افتتاح سوق العتبة منذ قليل' = just after the opening of Tue 28 Oct 2025"),
    ev("ataba-opening", "عقب افتتاح سوق العتبة منذ قليل", OPENING, "'منذ قليل' on the day of the page stamp = Tue 28 Oct 2025"),
    ev("development-works", "مشروع التطوير شمل ثلاثة شوارع رئيسية", WORKS[0], "no own expression; the works done before the opening of 28 Oct 2025 (my span Mar - 28 Oct 2025)", end=WORKS[1]),
    ev("street-widening", "مع ترك ممر رئيسي بعرض ٤ أمتار", WORKS[0], "no own expression; part of the works done before 28 Oct 2025 (my span Mar - 28 Oct 2025)", end=WORKS[1]),
])
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=30102025&id=e9650476-1b9b-489a-a76c-e60f4f3b8733",
    "2025-10-30", "stamp 'date 2025-10-30' at the head of the stored page and the URL's 'cdate=30102025' (30 Oct 2025 was a Thursday); the stamp is kept as the first line of the text (the body has no date of its own); headline written from the body (the stored text has none); the page calls Ibrahim Saber 'نائب محافظ القاهرة للمنطقة الشرقية' (his post before he became governor), kept as it is; the last, truncated sentence (on licences) dropped", True, """
2025-10-30
صابر: تطوير سوق العتبة ينقل الاقتصاد غير الرسمي إلى الرسمي مع الحفاظ على طابع المنطقة
قال الدكتور إبراهيم صابر، نائب محافظ القاهرة للمنطقة الشرقية، إن مشروع تطوير سوق العتبة في وسط العاصمة يندرج ضمن خطة الدولة لتحويل مناطق الاقتصاد غير الرسمي إلى اقتصاد رسمي، مع صون الطابع التاريخي والمعماري المميز للمنطقة.
وأوضح صابر، في مداخلة هاتفية مع برنامج "اقتصاد 24" على القناة الأولى، أن أعمال التطوير تشمل ثلاثة شوارع رئيسية هي يوسف الجوهري والعتبة الخضراء وأحد الشوارع المتفرعة، بطول إجمالي يقارب 320 مترًا، وتضم أكثر من 500 باكية.
وأضاف أن التطوير يمضي بالتوازي مع الحفاظ على المعالم التاريخية والمعمارية مثل عمارة "تيرنج" الشهيرة، لافتا إلى أن المشروع نُفذ بالتنسيق الكامل مع أصحاب المهن والعقارات في المنطقة، إذ جرى تطوير واجهات 105 محال في مرحلته الحالية.
وأشار إلى أن المنطقة ستغدو أكثر أمانا بعد انتهاء المشروع، ولا سيما في مواجهة الحرائق التي شهدتها خلال السنوات الماضية، موضحا أن الشوارع وُسعت بنحو 4 أمتار لتيسير حركة سيارات الإطفاء والطوارئ.
""", [
    ev("saber-phone-in", "في مداخلة هاتفية مع برنامج", PHONE[0], "no own expression; the phone-in aired before the report of Thu 30 Oct 2025 (my span 29-30 Oct)", end=PHONE[1]),
    ev("development-works", "جرى تطوير واجهات 105 محال في مرحلته الحالية", WORKS[0], "'في مرحلته الحالية'; the works done before the opening of 28 Oct 2025 (my span Mar - 28 Oct 2025)", end=WORKS[1]),
    ev("street-widening", "الشوارع وُسعت بنحو 4 أمتار", WORKS[0], "no own expression; part of the works done before 28 Oct 2025 (my span Mar - 28 Oct 2025)", end=WORKS[1]),
])

# ---------------------------------------------------------------- iraq-baghdad-mraidi-market-removal-2025
S = "iraq-baghdad-mraidi-market-removal-2025"
REMOVAL = "2025-08-24"                     # Baghdad's municipality began removing Souq Mraidi, Sun 24 Aug 2025
SHOOTING = "2025-08-27"                    # shop owners fired on the security forces during the removal, Wed 27 Aug 2025
FOUNDED = ("1970-01-01", "1980-01-01")     # the market founded in the 1970s
KIOSKS = ("2025-08-24", "2025-08-31")      # kiosks cleared from al-Jawader street after the market's removal (my span)
REOPEN = ("2025-08-29", "2025-08-31")      # al-Jawader street open both ways, reported Sat 30 Aug (my span 29-30 Aug)
art(S, "https://arabsport.org/2025/08/24/سوق-مريدي-يتلاشى-من-مدينة-الصدر-وسط-صمت",
    "2025-08-24", "the page's only date is in its URL '/2025/08/24/' (24 Aug 2025 was a Sunday), kept as the first line of the text (as other sets do for a URL date); headline kept from the page without its tail '– فيديو مسرب'; the sub-headings dropped; the last, truncated sentence completed with the one word 'محل'", True, """
2025/08/24
سوق مريدي يتلاشى من مدينة الصدر وسط صمت غير مفسر
شرعت أمانة بغداد في إزالة سوق مريدي بمدينة الصدر ضمن حملة لتنظيم الأسواق الشعبية ورفع التجاوزات، تعيد ترتيب المشهد التجاري وتحسن حركة المرور في المدينة، وهو ما يبين أهمية تنظيم الأسواق الشعبية في بغداد لحفظ النظام وتوفير بيئة تسوق آمنة ومنظمة للسكان.
وتعد العمليات التي تنفذها أمانة بغداد لتنظيم الأسواق الشعبية، ومنها إزالة سوق مريدي، خطوة أساسية لإعادة ترتيب الأسواق داخل العاصمة والحد من الفوضى التي كانت تعرقل حركة السير والخدمات البلدية في مدينة الصدر، إذ تحول السوق في الأعوام الأخيرة إلى مركز تجاري عشوائي جلب مشكلات متراكمة للسكان ولأصحاب المحلات المجاورة.
وتؤكد أمانة العاصمة أن هذه الإجراءات جزء من خطة شاملة لتوسيع الطرق وإعادة توزيع المساحات، بهدف توفير منافذ بيع منظمة توازن بين الحاجات التجارية وشروط النظافة والسلامة، مع ضمان بدائل مناسبة لأصحاب المحلات المتضررين من الإزالة.
ونشأ سوق مريدي في سبعينيات القرن العشرين، وسمي باسم "الحاج مريدي اللامي" مالك أول محل فيه.
""", [
    ev("mraidi-removal-start", "شرعت أمانة بغداد في إزالة سوق مريدي", REMOVAL, "no own expression; the removal began on Sun 24 Aug 2025 (shafaq 24 Aug: 'اليوم الأحد'; shafaq 27 Aug: 'يوم الأحد الماضي'), the day of the URL date"),
    ev("mraidi-became-chaotic", "تحول السوق في الأعوام الأخيرة إلى مركز تجاري عشوائي", "2015-01-01", "'في الأعوام الأخيرة' = the last years before 2025 (my span 2015 - Aug 2025)", end=REMOVAL),
    ev("mraidi-founded", "ونشأ سوق مريدي في سبعينيات القرن العشرين", FOUNDED[0], "'في سبعينيات القرن العشرين' = 1970-1979", end=FOUNDED[1]),
])
art(S, "https://www.shafaq.com/ar/أمـن/صحاب-محال-يطلقون-النار-على-القوات-ال-منية-ثنا-زالة-سوق-مريدي-فيديو",
    "2025-08-27", "stamp 'date 2025-08-27' at the head of the stored page (not kept in the text; 27 Aug 2025 was a Wednesday); the body's 'يوم الأربعاء' agrees; headline rendered from the URL slug (the stored text has none); the dateline 'شفق نيوز- بغداد' and the last, truncated words dropped; no date of its own in the text", False, """
أصحاب محال يطلقون النار على القوات الأمنية أثناء إزالة سوق مريدي
ذكر مصدر أمني، يوم الأربعاء، أن إطلاق نار وقع خلال عملية إزالة سوق "مريدي" في بغداد.
وأوضح المصدر لوكالة شفق نيوز أن "عددا من أصحاب المحال في سوق مريدي أطلقوا النار على القوات الأمنية في أثناء عملية إزالة السوق".
وأضاف أن "القوات الأمنية وأصحاب المحال تبادلوا إطلاق النار داخل السوق"، مبينا أن "مطلقي النار اعتُقلوا من دون تسجيل أي إصابات تذكر".
وكانت آليات أمانة بغداد قد بدأت يوم الأحد الماضي إزالة سوق مريدي في مدينة الصدر شرقي العاصمة، في إطار حملات متواصلة لرفع التجاوزات في الأسواق الشعبية وتنظيم الشوارع.
وبحسب مسؤولي أمانة العاصمة، يندرج هذا الإجراء ضمن حملات مستمرة لإزالة التجاوزات في الأسواق الشعبية والمناطق العشوائية في بغداد، بعدما تحول السوق المعروف بتنوع بضائعه إلى مركز تجاري عشوائي يعيق حركة السير والخدمات البلدية.
وتأسس سوق مريدي في سبعينيات القرن الماضي، وسمي باسم "الحاج مريدي اللامي" الذي كان يملك أول محل تجاري في المنطقة.
وعلى مدار العقود صار السوق واحدًا من أشهر الأسواق الشعبية في العاصمة بغداد، تباع فيه تشكيلة واسعة من البضائع تشمل الملابس والأجهزة المنزلية والمواد الغذائية وغيرها.
""", [
    ev("shooting", "أن إطلاق نار وقع خلال عملية إزالة سوق", SHOOTING, "'يوم الأربعاء' = Wed 27 Aug 2025 (stamp)"),
    ev("shooters-arrested", "مطلقي النار اعتُقلوا", SHOOTING, "no own expression; the arrests during the same incident of Wed 27 Aug 2025"),
    ev("mraidi-removal-start", "قد بدأت يوم الأحد الماضي إزالة سوق مريدي", REMOVAL, "'يوم الأحد الماضي' from Wed 27 Aug = Sun 24 Aug 2025"),
    ev("mraidi-founded", "وتأسس سوق مريدي في سبعينيات القرن الماضي", FOUNDED[0], "'في سبعينيات القرن الماضي' = 1970-1979", end=FOUNDED[1]),
])
art(S, "https://www.alsumaria.tv/news/localnews/538970/مدينة-الصدر-شارع-الجوادر-يعود-للحياة-بعد-عقود-من-الفوضى-والتجاوزات",
    "2025-08-30", "stamp 'date 2025-08-30' at the head of the stored page (30 Aug 2025 was a Saturday), kept as the first line of the text (the body has no date of its own); headline rendered from the URL slug (the stored text has none); the stored text lost its linked words (names, 'بغداد', 'القرن'), restored from context: 'لأمانة بغداد', 'في بغداد', 'سبعينيات القرن الماضي'; the speaker's name is given later as 'اليعقوبي'; the last, truncated words dropped", True, """
2025-08-30
مدينة الصدر.. شارع الجوادر يعود للحياة بعد عقود من الفوضى والتجاوزات
قال الوكيل البلدي لأمانة بغداد إن فرق الأمانة رفعت الأكشاك المنتشرة على جانبي الشارع وفي الجزرة الوسطية، وأزالت مختلف مظاهر التشويه العمراني، مؤكدا أن الطريق صار مفتوحا في الاتجاهين، وهو ما سيحسن انسيابية المرور ويخفف الزحامات.
وأشار اليعقوبي إلى أن أعمال الصيانة ستشمل أيضا معالجة التخسفات في شبكات المجاري لتفادي تكرار الفيضانات خلال موسم الأمطار، لافتا إلى أن الخطوة جزء من خطة متكاملة لإعادة تنظيم الشوارع الرئيسة.
ويأتي فتح شارع الجوادر بعد أيام قليلة من إزالة سوق مريدي الشهير، أحد أبرز الأسواق الشعبية في بغداد، الذي يعود تأسيسه إلى سبعينيات القرن الماضي وحمل اسم "الحاج مريدي" صاحب أول محل تجاري في المنطقة. ورغم شهرته الواسعة وتنوع بضائعه، تحول السوق خلال العقود الماضية إلى مركز عشوائي مزدحم يعيق حركة السير.
وبحسب الأمانة، تندرج هذه الحملة في إطار خطة شاملة لإزالة التجاوزات في الأسواق الشعبية والمناطق العشوائية، إلى جانب توسيع الطرق وإنشاء مساحات عامة تخدم أهالي المنطقة، وأكدت الأمانة أنها تعمل على توفير بدائل للمتضررين من رفع الأسواق والأكشاك.
""", [
    ev("jawader-kiosks-cleared", "فرق الأمانة رفعت الأكشاك المنتشرة", KIOSKS[0], "no own expression; the clearing of al-Jawader street after the removal began on Sun 24 Aug 2025, reported Sat 30 Aug (my span 24-30 Aug)", end=KIOSKS[1]),
    ev("jawader-reopened", "أن الطريق صار مفتوحا في الاتجاهين", REOPEN[0], "no own expression; the street open both ways as reported on Sat 30 Aug 2025 (my span 29-30 Aug)", end=REOPEN[1]),
    ev("mraidi-removal-start", "بعد أيام قليلة من إزالة سوق مريدي الشهير", REMOVAL, "'بعد أيام قليلة' before Sat 30 Aug; the removal began on Sun 24 Aug 2025"),
    ev("mraidi-founded", "يعود تأسيسه إلى سبعينيات القرن الماضي", FOUNDED[0], "'سبعينيات القرن الماضي' = 1970-1979", end=FOUNDED[1]),
])

# ---------------------------------------------------------------- jordan-irbid-central-market-rules-2025
S = "jordan-irbid-central-market-rules-2025"
ANNOUNCED = ("2025-12-04", "2025-12-06")   # the market committee's new rules announced by Greater Irbid Municipality (my span 4-5 Dec)
IN_FORCE = "2025-12-07"                    # the new buying hours in force from Sun 7 Dec 2025
art(S, "https://alrai.com/article/10933216/محليات/إربد-قرارات-تنظيمية-جديدة-لسوق-الخضار-المركزي",
    "2025-12-05", "page date line 'تاريخ النشر : الجمعة 02:30 5-12-2025' (kept as second line; 5 Dec 2025 was a Friday); headline kept from the page; 'No Image' and the last, truncated sentence dropped", True, """
إربد.. قرارات تنظيمية جديدة لسوق الخضار المركزي
تاريخ النشر : الجمعة 02:30 5-12-2025
أعلنت بلدية إربد الكبرى حزمة جديدة من القرارات التنظيمية صادرة عن اللجنة الإدارية لسوق الخضار المركزي، تهدف إلى تحديد ساعات البيع وضبط دخول المركبات وخروجها، بما يضمن أعلى درجات الانسيابية في العمل داخل السوق.
وقال الناطق الإعلامي باسم بلدية إربد الكبرى، غيث التل، إن هذه القرارات التنظيمية تهدف أساسا إلى ضبط الحركة في السوق وتسهيل عمل التجار.
وبيّن التل أن دخول رواد السوق بقصد الشراء محصور بصرامة من الرابعة صباحاً وحتى الخامسة مساءً يومياً، مضيفا أن أصحاب المحلات التجارية والموظفين العاملين فيها وحدهم يسمح لهم بالدخول خارج هذه الفترة، بشرط إبراز البطاقات التعريفية المعتمدة الممنوحة لهم.
وفي ما يخص حركة المركبات داخل السوق، أوضح التل أن التركيز ينصب على الفصل بين أوقات البيع وأوقات التحميل الممنوعة حفاظا على سيولة الحركة، مشيرا إلى أن دخول سيارات البيع الخاصة وسيارات التحميل إلى السوق ممنوع منعا باتا من بعد الخامسة مساءً ولغاية نهاية دوام يوم الخميس، ولا يستثنى من هذا المنع إلا تحميل الموز لغاية الساعة الواحدة ظهرًا من يوم الجمعة.
""", [
    ev("rules-announced", "أعلنت بلدية إربد الكبرى حزمة جديدة من القرارات التنظيمية", ANNOUNCED[0], "no own expression; announced just before the report of Fri 5 Dec 2025 02:30 (my span 4-5 Dec)", end=ANNOUNCED[1]),
    ev("spokesman-statement", "وقال الناطق الإعلامي باسم بلدية إربد الكبرى، غيث التل", ANNOUNCED[0], "no own expression; the statement reported on Fri 5 Dec 2025 (my span 4-5 Dec)", end=ANNOUNCED[1]),
    ev("buying-hours-rule", "دخول رواد السوق بقصد الشراء محصور بصرامة", IN_FORCE, "no own day here; the buying hours apply from Sun 7 Dec 2025 (alwakeel: 'اعتبارا من ... يوم غد الأحد' on Sat 6 Dec)"),
])
art(S, "https://www.alwakeelnews.com/Section_1/أخبار-محلية/قرارات-لتنظيم-البيع-داخل-سوق-الخضار-المركزي-بإربد_756352",
    "2025-12-06", "stamp 'date 2025-12-06' at the head of the stored page (not kept in the text; 6 Dec 2025 was a Saturday); the stored text starts in mid-report ('وأوضحت بلدية إربد'); headline rendered from the URL slug; the stored 'اعتبارا من سماء يوم غد الأحد' has a garbled word ('سماء', for 'مساء' or 'صباح'), left out: 'اعتبارا من يوم غد الأحد'; no date of its own in the text", False, """
قرارات لتنظيم البيع داخل سوق الخضار المركزي بإربد
أوضحت بلدية إربد أن القرار صدر بناء على طلب نقابة تجار ومصدري الخضار والفواكه، مبينة أن البيع يمنع نهائياً يوم الجمعة، كما يمنع دخول السيارات الخاصة وسيارات التحميل، ويستثنى من ذلك تحميل الموز لغاية الواحدة ظهرًا من يوم الجمعة.
وقررت اللجنة الإدارية للسوق منع دخول رواد السوق خارج فترة البيع الممتدة ما بين الساعة 4 صباحًا و5 مساءً، وذلك اعتبارا من يوم غد الأحد.
وبينت اللجنة أن أصحاب المحال والموظفين العاملين فيها يسمح لهم بدخول السوق خارج فترة البيع بموجب البطاقات التعريفية الممنوحة لهم فقط، وأن تحميل البضائع من أمام المحلات التجارية في أوقات الذروة الممتدة ما بين 4 - 12 ظهرا يقتصر على العربات، على أن تنقل البضائع بواسطتها إلى سيارات التحميل المصطفة في الساحات المخصصة لذلك، وفق تعليمات إدارة السوق.
ويمنع وجود العربات داخل ساحات السوق ما بين الساعة 5 مساءً و4 فجرًا تحت طائلة الحجز، كما يمنع دخول سيارات التحميل الفارغة أو بقاؤها داخل ساحات السوق اعتبارا من الساعة 5 مساءً ولغاية 4 فجرًا، ويمنع أيضا دخول السيارات الخاصة ما بين الساعة 5 مساءً ولغاية الساعة 12ظهرًا من اليوم التالي.
""", [
    ev("rules-announced", "أوضحت بلدية إربد أن القرار صدر بناء على طلب", ANNOUNCED[0], "no own expression; the decision announced on 4-5 Dec 2025 (alrai, Fri 5 Dec 02:30); my span 4-5 Dec", end=ANNOUNCED[1]),
    ev("buying-hours-rule", "منع دخول رواد السوق خارج فترة البيع", IN_FORCE, "'اعتبارا من يوم غد الأحد' from Sat 6 Dec = Sun 7 Dec 2025"),
    ev("rules-in-force", "وذلك اعتبارا من يوم غد الأحد", IN_FORCE, "'يوم غد الأحد' from Sat 6 Dec (stamp) = Sun 7 Dec 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 327
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 448-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: culture and heritage: UNESCO listings, book fairs, film
festival awards, museum openings, theft or return of antiquities.
Stories: the inscription of the Moroccan caftan on UNESCO's intangible heritage list and the Algerian
counter-claim (New Delhi, December 2025); the inscription of Umm al-Jimal on the World Heritage List (Jordan,
July 2024); the closing and awards of the 46th Cairo International Film Festival (Egypt, November 2025); the
opening of the Riyadh International Book Fair 2021 with Iraq as guest of honour (Saudi Arabia, September-October
2021).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-caftan-unesco-inscription-2025
S = "morocco-caftan-unesco-inscription-2025"
INSCR = "2025-12-10"                        # the caftan was inscribed on Wed 10 Dec 2025 in New Delhi
SESSION = ("2025-12-08", "2025-12-14")      # 20th session of the intangible-heritage committee, New Delhi, 8-13 Dec 2025
ALG = "2025-12-11"                          # the Algerian amendments, Thu 11 Dec 2025 (Algerian statement)
GANDOURA_2024 = ("2024-12-02", "2024-12-08")  # 19th session, Asuncion, 2-7 Dec 2024
TLEMCEN_2012 = ("2012-12-03", "2012-12-08")   # 7th session, Paris, 3-7 Dec 2012
GNAWA = ("2019-12-09", "2019-12-15")        # 14th session, Bogota, 9-14 Dec 2019
COUSCOUS = ("2020-12-14", "2020-12-20")     # 15th session (online), 14-19 Dec 2020
TBOURIDA = ("2021-12-13", "2021-12-19")     # 16th session (online), 13-18 Dec 2021
art(S, "https://www.emaratalyoum.com/life/four-sides/2025-12-10-1.1995905",
    "2025-12-10", "page stamp 2025-12-10 (and the URL '/2025-12-10-'); the body's 'اليوم' for the committee's approval agrees (Wed 10 Dec 2025); headline written from the body (the stored text has none)", True, """
اليونسكو تسجل القفطان المغربي تراثاً عالمياً
أقرت لجنة التراث الثقافي غير المادي في منظمة الأمم المتحدة للتربية والعلم والثقافة (اليونسكو) اليوم، في الهند، إدراج القفطان المغربي ضمن التراث العالمي.
وذكرت الحكومة المغربية في بيان أن هذا "الاعتراف الدولي جاء تتويجاً لمساعي المملكة في الحفاظ على التراث الثقافي المغربي".
وأوضح البيان أن المغرب قدّم "ملفاً شاملاً يتضمن عناصر أساسية تكشف ثراء التراث الثقافي غير المادي المرتبط بالقفطان وتطوره".
ورأى البيان أن القفطان "يتجاوز كونه لباساً، فهو رمز حي للهوية المغربية تتوارثه البنات عن الأمهات والتلاميذ عن المعلمين منذ أكثر من ثمانية قرون، ويختزن إرثاً تقنياً وجمالياً فريداً يحتفى به في أنحاء العالم".
ويعد القفطان المغربي الزي المعتمد في المناسبات الرسمية والاحتفالية، دينية كانت أو عائلية، ويتألف في الغالب من قطعة واحدة مطرزة ومزينة بخيوط من ذهب أو فضة، وقد يرصعه الحرفي المغربي بأحجار لامعة فوق أقمشة الحرير أو الدانتيل أو المخمل (القطيفة).
وكانت اليونسكو قد سجلت من قبل في قائمة التراث غير المادي فن موسيقى كناوة وفن التبوريدة (الفروسية على الطريقة المغربية) وطبق الكسكس.
""", [
    ev("caftan-inscription", "أقرت لجنة التراث الثقافي غير المادي", INSCR, "'اليوم' in an article of Wed 10 Dec 2025"),
    ev("moroccan-government-statement", "وذكرت الحكومة المغربية في بيان", INSCR, "no own expression; the government's statement on the day of the inscription, Wed 10 Dec 2025"),
    ev("gnawa-inscription", "فن موسيقى كناوة", GNAWA[0], "no date in the text; Gnawa was inscribed at the committee's 14th session in Bogota, 9-14 Dec 2019 (the session as the span)", end=GNAWA[1]),
    ev("tbourida-inscription", "وفن التبوريدة", TBOURIDA[0], "no date in the text; Tbourida was inscribed at the 16th session, 13-18 Dec 2021 (the session as the span)", end=TBOURIDA[1]),
    ev("couscous-inscription", "وطبق الكسكس", COUSCOUS[0], "no date in the text; couscous (a joint Maghreb file) was inscribed at the 15th session, 14-19 Dec 2020 (the session as the span)", end=COUSCOUS[1]),
])
art(S, "https://www.akhbartime.com/اليونسكو-تُدرج-القفطان-المغربي-ضمن-ال",
    "2025-12-10", "no date line on the stored page; the body's 'اليوم الأربعاء' for the inscription, which took place on Wed 10 Dec 2025 (maroc.ma 'يوم الأربعاء 10 دجنبر'), gives Wed 10 Dec 2025; headline completed from the truncated URL slug", False, """
اليونسكو تدرج القفطان المغربي ضمن قائمتها التمثيلية للتراث غير المادي
أدرجت لجنة صون التراث الثقافي غير المادي في اليونسكو، اليوم الأربعاء خلال دورتها العشرين المنعقدة في نيودلهي، القفطان المغربي في قائمتها التمثيلية للتراث الإنساني غير المادي، في خطوة تمثل اعترافاً دولياً بما يختزنه الموروث المغربي من رصيد فني وحرفي عريق.
ويجيء هذا الإدراج تتويجاً لمسار طويل من المساعي التي تبذلها المملكة لحماية تراثها اللامادي وإبراز عناصره، ضمن الرؤية التي يقودها الملك محمد السادس لصون الموروث الثقافي الوطني وتوسيع إشعاعه في العالم.
ويحظى القفطان بمكانة مميزة في الهوية الثقافية المغربية، بوصفه من أبرز أشكال الإبداع التقليدي الذي تطور عبر قرون، وجمع بين مهارات متوارثة وخصائص اجتماعية متجذرة. كما يمثل رمزاً للتنوع الثقافي والجهوي، وسنداً يعكس الروابط الاجتماعية عبر حضوره في المناسبات والطقوس والعادات اليومية.
ويضيف هذا الاعتراف الدولي مكسباً جديداً إلى رصيد المغرب في ميدان التراث اللامادي، ويبرهن على قدرة المملكة على حماية تقاليدها الأصيلة وضمان انتقالها من جيل إلى جيل.
""", [
    ev("caftan-inscription", "أدرجت لجنة صون التراث الثقافي غير المادي في اليونسكو، اليوم الأربعاء", INSCR, "'اليوم الأربعاء' = Wed 10 Dec 2025"),
    ev("igc-20th-session", "خلال دورتها العشرين المنعقدة في نيودلهي", SESSION[0], "no own dates; the committee's 20th session in New Delhi ran 8-13 Dec 2025 (ennahar, dzayernews)", end=SESSION[1]),
])
art(S, "https://dinpresse.net/%d8%a3%d8%b0%d8%b1%d8%a8%d9%8a%d8%ac%d8%a7%d9%86-%d8%aa%d8%ad%d8%aa%d9%81%d9%8a-%d8%a8%d8%a5%d8%af%d8%b1%d8%a7%d8%ac-%d8%a7%d9%84%d9%82%d9%81%d8%b7%d8%a7%d9%86-%d8%a7%d9%84%d9%85%d8%ba%d8%b1%d8%a8",
    "2025-12-11", "date line '11 ديسمبر 2025' under the headline (dropped from the text); the body's 'أمس الأربعاء' for the Baku show agrees (10 Dec 2025 was a Wednesday); the byline dropped; the last, truncated sentence shortened", True, """
أذربيجان تحتفي بإدراج القفطان المغربي في لائحة التراث غير المادي العالمي
استضاف مقر إقامة السفير المغربي في باكو، عاصمة أذربيجان، عرضاً للأزياء أمس الأربعاء، احتفاء بإدراج القفطان المغربي في قائمة التراث الثقافي غير المادي العالمي لمنظمة اليونسكو. وشهد الحدث حضور عدد من البعثات الدبلوماسية وشخصيات بارزة من عالمي الفن والاقتصاد، وسلط العرض الضوء على إبداعات المصممتين المغربيتين وفاء الإدريسي ونبيلة العيساوي، مبرزاً القيمة التاريخية والفنية العميقة لهذا الزي التقليدي الذي يعد رمزاً للأناقة وللهوية الوطنية.
وشدد السفير محمد عادل أمبارش على أن القفطان ليس لباساً تقليدياً فحسب، بل تعبير متجدد عن قرون من الإبداع والحرفية المغربية، لافتاً إلى أن دوراً عالمية كبرى للأزياء، من بينها كريستيان ديور وإيلي صعب وإيف سان لوران، استوحت منه تصاميمها وقدمت مجموعات خاصة مستلهمة من القفطان المغربي. وأضاف أن هذا الاعتراف الدولي يمثل تكريماً لجميع الحرفيين والخياطين الذين حافظوا على هذا الإرث العريق وجعلوا منه رمزاً للأناقة المغربية في العالم.
وتحدثت عائشة البخاري، زوجة السفير، عن خصوصية القفطان وتنوعه، مبينة أن كل قطعة منه فريدة في تصميمها.
""", [
    ev("baku-fashion-show", "عرضاً للأزياء أمس الأربعاء", INSCR, "'أمس الأربعاء' in an article of Thu 11 Dec 2025 = Wed 10 Dec"),
    ev("caftan-inscription", "احتفاء بإدراج القفطان المغربي", INSCR, "no own expression; the inscription of Wed 10 Dec 2025 in New Delhi"),
    ev("ambassador-remarks", "وشدد السفير محمد عادل أمبارش", INSCR, "no own expression; the ambassador spoke at the show of Wed 10 Dec 2025"),
    ev("ambassador-wife-remarks", "وتحدثت عائشة البخاري، زوجة السفير", INSCR, "no own expression; at the same show, Wed 10 Dec 2025"),
])
art(S, "https://www.ennaharonline.com/%D8%A7%D8%B9%D8%AA%D8%B1%D8%A7%D9%81-%D8%AF%D9%88%D9%84%D9%8A-%D8%AC%D8%AF%D9%8A%D8%AF-%D8%A7%D9%84%D9%8A%D9%88%D9%86%D8%B3%D9%83%D9%88_%D8%AA%D8%AB%D8%A8%D8%AA-%D8%A7%D9%84%D9%82%D9%81%D8%B7%D8%A7/",
    "2025-12-11", "page stamp 2025-12-11; the body's 'اليوم الخميس 11 ديسمبر 2025' agrees; headline written from the body (the URL slug is truncated); the last, truncated sentence dropped", True, """
اليونسكو تقر أسبقية الجزائر في تسجيل القفطان
أقرت الدورة العشرون للجنة الحكومية الدولية لصون التراث الثقافي اللامادي في منظمة اليونسكو، المنعقدة في العاصمة الهندية نيودلهي، اليوم الخميس 11 ديسمبر 2025، بشكل واضح وصريح، بأسبقية الجزائر في تسجيل القفطان باعتباره مكوناً أساسياً من تراثها الثقافي الثري، بحسب بيان صادر عن وزارة الشؤون الخارجية والجالية الوطنية بالخارج.
وفي هذا الإطار، قررت اللجنة نفسها تغيير اسم العنصر الذي سُجل سنة 2024 في القائمة التمثيلية للتراث الثقافي اللامادي للبشرية، بإدراج القفطان فيه صراحة، ليصبح اسم العنصر الجزائري الجديد "الزي النسائي الاحتفالي في الشرق الكبير الجزائري: المعارف والمهارات المرتبطة بخياطة وتزيين القندورة الملحفة، القفطان القاط واللحاف".
ووافقت اللجنة كذلك على تعديل الملف الذي يحمل عنوان «الطقوس والمهارات الحرفية المرتبطة بتقليد اللباس العرائسي التلمساني»، المسجل منذ سنة 2012 في القائمة التمثيلية، عبر إضافة عبارة «لبسة القفطان» وترجمتها في الملف إلى الفرنسية والإنجليزية.
وتمثل هذه القرارات نجاحاً دبلوماسياً جديداً ومهماً للجزائر، على الساحة الثقافية الدولية وفي إطار الدبلوماسية متعددة الأطراف.
""", [
    ev("algeria-caftan-amendments", "أقرت الدورة العشرون للجنة الحكومية الدولية", ALG, "'اليوم الخميس 11 ديسمبر 2025' (the committee's decisions as the Algerian statement gives them)"),
    ev("igc-20th-session", "المنعقدة في العاصمة الهندية نيودلهي", SESSION[0], "no own dates; the 20th session in New Delhi, 8-13 Dec 2025", end=SESSION[1]),
    ev("algeria-mfa-statement", "بحسب بيان صادر عن وزارة الشؤون الخارجية", ALG, "no own expression; the ministry's statement of the same day, Thu 11 Dec 2025 (elrainews: 'هذا الخميس')"),
    ev("tlemcen-file-amended", "ووافقت اللجنة كذلك على تعديل الملف", ALG, "no own expression; decided with the other amendment on Thu 11 Dec 2025"),
    ev("gandoura-2024-inscription", "الذي سُجل سنة 2024", GANDOURA_2024[0], "'سنة 2024'; the gandoura-melhfa element was inscribed at the 19th session in Asuncion, 2-7 Dec 2024 (le360, almashhad; the session as the span)", end=GANDOURA_2024[1]),
    ev("tlemcen-2012-inscription", "المسجل منذ سنة 2012", TLEMCEN_2012[0], "'منذ سنة 2012'; the Tlemcen bridal costume was inscribed at the 7th session, Paris, 3-7 Dec 2012 (the session as the span)", end=TLEMCEN_2012[1]),
])

# ---------------------------------------------------------------- jordan-umm-al-jimal-unesco-2024
S = "jordan-umm-al-jimal-unesco-2024"
INSCR = "2024-07-26"                        # Umm al-Jimal inscribed, announced Fri 26 Jul 2024
WHC46 = ("2024-07-21", "2024-08-01")        # 46th World Heritage Committee, New Delhi, 21-31 Jul 2024
FILE2022 = ("2022-01-01", "2023-01-01")     # the Jordanian nomination file, submitted in 2022
art(S, "https://ar.mediacontentstudio.com/m-ljml-drj-mdyn-rdny-aal-lyh-ltrth-laalmy",
    "2024-07-26", "no date line on the stored page; the body's 'اليوم الجمعة' for the announcement, which was made on Fri 26 Jul 2024 (inform.kz of 26 Jul: the ministry's statement 'on Friday'; devberry: 'بيان للوزارة اليوم الجمعة'), gives Fri 26 Jul 2024; the sub-heading kept; the last, truncated sentence shortened", False, """
أم الجمال... إدراج مدينة أردنية على لائحة التراث العالمي
أعلنت لجنة التراث العالمي في منظمة الأمم المتحدة للتربية والعلوم والثقافة "اليونسكو" اليوم الجمعة، إدراج مدينة أم الجمال الأردنية على لائحة التراث العالمي لتكون الموقع الأردني السابع فيها، إلى جانب البترا وقصير عمرة وأم الرصاص ووادي رم والمغطس والسلط، وجاء ذلك في الاجتماع السادس والأربعين للجنة التراث العالمي الذي تحتضنه الهند.
وقال وزير السياحة والآثار الأردني مكرم القيسي في الاجتماع، عقب الإعلان مباشرة: "نحتفل اليوم بانضمام أم الجمال إلى لائحة التراث العالمي لليونسكو، كما نحتفل أيضا بالصلة المتينة بين المملكة ومنظمتكم العريقة، وهي صلة امتدت لعشرات السنين".
المدينة النبطية
وأضاف: "أم الجمال ثالث مدينة نبطية بعد البترا وأم الرصاص، وقد جسدت امتداد حكم الأنباط نحو الشمال، وشاهدا على مقدرتهم على إقامة منظومة ذكية ومستدامة رغم ندرة المياه، كما تعبر عن صمود أهل المنطقة في ذاك الوقت وحتى اليوم".
ويأتي إدراج أم الجمال وفق معايير اليونسكو بالنظر إلى ما حمله الملف الأردني، الذي قُدم سنة 2022، من قيمة عالمية استثنائية.
""", [
    ev("umm-al-jimal-inscription", "إدراج مدينة أم الجمال الأردنية على لائحة التراث العالمي", INSCR, "'اليوم الجمعة' = Fri 26 Jul 2024"),
    ev("whc-46-session", "الاجتماع السادس والأربعين للجنة التراث العالمي", WHC46[0], "no own dates; the 46th session of the committee in New Delhi, 21-31 Jul 2024", end=WHC46[1]),
    ev("qaisi-statement", "وقال وزير السياحة والآثار الأردني مكرم القيسي في الاجتماع", INSCR, "no own expression; 'عقب الإعلان مباشرة', Fri 26 Jul 2024"),
    ev("nomination-file-2022", "الذي قُدم سنة 2022", FILE2022[0], "'سنة 2022' (the year only)", end=FILE2022[1]),
])
art(S, "https://abouna.org/article/%D8%A3%D9%85-%D8%A7%D9%84%D8%AC%D9%85%D8%A7%D9%84-%D8%A7%D9%84%D9%85%D9%88%D9%82%D8%B9-%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86%D9%8A-%D8%A7%D9%84%D8%B3%D8%A7%D8%A8%D8%B9-%D8%B9%D9%84%D9%89-%D9%84%D8%A7%D8%A6%D8%AD%D8%A9-%D8%A7%D9%84%D8%AA%D8%B1%D8%A7%D8%AB-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85%D9%8A",
    "2024-07-28", "page stamp 'نشر الأحد، ٢٨ يوليو / تموز ٢٠٢٤' (dropped from the text; 28 Jul 2024 was a Sunday); an opinion piece by George Tarif, byline and site banner dropped; the last, truncated sentence shortened", True, """
أم الجمال.. الموقع الأردني السابع على لائحة التراث العالمي
في خطوة إيجابية جديدة، أعلنت لجنة التراث العالمي في منظمة الأمم المتحدة للتربية والعلوم والثقافة «اليونسكو» إدراج أم الجمال على لائحة التراث العالمي لليونسكو بوصفها الموقع الأردني السابع، بعد البترا وقصير عمرة وأم الرصاص ووادي رم والمغطس والسلط، وذلك وفق معايير اليونسكو، لما تضمنه الملف الأردني المقدم سنة 2022م من قيمة عالمية استثنائية، ولاستيفائه كذلك شروط السلامة والأصالة ووجود نظام حماية وإدارة كاف لصون الموقع.
وأم الجمال ثالث مدينة نبطية بعد البترا وأم الرصاص، وتقع على مسافة تقارب 86 كيلومترا من العاصمة عمان، قرب مدينة المفرق المحاذية للحدود الأردنية السورية، وقد مثلت امتدادا لحكم الأنباط نحو الشمال وشاهدا على قدرتهم على بناء منظومة ذكية مستدامة رغم شح المياه، كما تجسد المنعة التي عرفها أهل المنطقة في ذاك الوقت وحتى اليوم، وتتميز كذلك بأجمل البوابات الحجرية.
""", [
    ev("umm-al-jimal-inscription", "إدراج أم الجمال على لائحة التراث العالمي لليونسكو", INSCR, "no own expression; the announcement of Fri 26 Jul 2024 (mediacontentstudio 'اليوم الجمعة')"),
    ev("nomination-file-2022", "الملف الأردني المقدم سنة 2022م", FILE2022[0], "'سنة 2022م' (the year only)", end=FILE2022[1]),
])
art(S, "https://arabkhabar.com/a/2978447",
    "2024-07-29", "page stamp 'تاريخ النشر: 29th, July 2024 GMT' (dropped from the text); a WAM report (dremnews: 'نيودلهي 29 يوليو/ وام'); no date of the inscription in the text; the last, truncated sentence dropped", True, """
«يونسكو» تدرج موقع «أم الجمال» الأردني على قائمة التراث العالمي
أضافت منظمة الأمم المتحدة للتربية والعلم والثقافة (يونسكو) موقع أم الجمال الأثري في أقصى شمال الأردن إلى قائمتها لمواقع التراث العالمي، ليصبح سابع موقع أثري أردني يدرج على لائحة التراث العالمي لليونسكو، التي تشمل البترا وقصير عمرة وأم الرصاص ووادي رم والمغطس والسلط.
وتم ذلك خلال الدورة الـ46 لاجتماع لجنة التراث العالمي التابعة لليونسكو، التي تنعقد حاليا في العاصمة الهندية نيودلهي بمشاركة 195 دولة عضوا.
وتبعد أم الجمال 86 كلم إلى الشمال من عمّان قرب الحدود الأردنية السورية، وعرفت باسم "الواحة السوداء" لوفرة الصخور البركانية السوداء فيها، أما تسميتها "أم الجمال" فتعود إلى استخدام الجمال وسيلة للتنقل في القوافل التجارية.
وقد سكن الأنباط القرية في القرن الأول للميلاد، ثم احتلها الروم بعد قيام الدولة الرومانية، وفتحها المسلمون في القرن السابع الميلادي في عهد الحكم الأموي، إلى أن أصابها زلزال مدمر سنة 749 دمر كثيرا من مبانيها الأثرية ودفع سكانها إلى النزوح.
وعرفت تاريخيا بأنها كانت نقطة التقاء للطرق التي وصلت فلسطين والأردن بسوريا والعراق، إذ تقع على امتداد طريق تراجان وتمثل محطة في منتصفه، وهو الطريق الرابط بين عمّان والبصرة أو بين دمشق والبصرة.
""", [
    ev("umm-al-jimal-inscription", "أضافت منظمة الأمم المتحدة للتربية والعلم والثقافة (يونسكو) موقع أم الجمال", INSCR, "no own expression; the inscription announced on Fri 26 Jul 2024"),
    ev("whc-46-session", "التي تنعقد حاليا في العاصمة الهندية نيودلهي", WHC46[0], "'تنعقد حاليا'; the 46th session in New Delhi, 21-31 Jul 2024", end=WHC46[1]),
    ev("nabataean-settlement", "سكن الأنباط القرية في القرن الأول للميلاد", "0001-01-01", "'في القرن الأول للميلاد' = years 1-100", end="0101-01-01"),
    ev("muslim-conquest", "وفتحها المسلمون في القرن السابع الميلادي", "0601-01-01", "'في القرن السابع الميلادي' = years 601-700", end="0701-01-01"),
    ev("earthquake-749", "أصابها زلزال مدمر سنة 749", "0749-01-01", "'سنة 749' (the year only)", end="0750-01-01"),
])

# ---------------------------------------------------------------- egypt-cairo-film-festival-46-closing-2025
S = "egypt-cairo-film-festival-46-closing-2025"
CLOSE = "2025-11-21"                        # closing ceremony and awards, Fri 21 Nov 2025
FEST = ("2025-11-12", "2025-11-22")         # the 46th edition, 12-21 Nov 2025
HIND_CAR = "2024-01-29"                     # the car carrying Hind Rajab was fired on, Mon 29 Jan 2024
art(S, "https://www.vetogate.com/5538197",
    "2025-11-21", "no date line on the stored page; the body's 'مساء اليوم الجمعة 21 نوفمبر الجاري' for the closing ceremony, a preview written before it (21 Nov 2025 was a Friday); headline written from the body; the last, truncated list item dropped", False, """
حفل ختام الدورة 46 لمهرجان القاهرة السينمائي الدولي على المسرح الكبير
تشهد خشبة المسرح الكبير بدار الأوبرا المصرية مساء اليوم الجمعة 21 نوفمبر الجاري حفل ختام الدورة السادسة والأربعين من مهرجان القاهرة السينمائي الدولي، الذي يرأسه الفنان الكبير حسين فهمي.
وينتظر أن يحضر حفل الختام جمع مميز من أهل الفن والسينما، على أن تعلن خلاله أسماء الفائزين بجوائز مسابقات هذه الدورة.
وكانت فعاليات الدورة 46 من المهرجان قد أقيمت خلال الفترة من 12 وحتى 21 نوفمبر 2025، وتضمنت عددا كبيرا من الندوات واللقاءات الحوارية والمحاضرات وعروض الأفلام، بمشاركة صناع سينما من مصر ومن دول العالم المختلفة.
وقدم المهرجان هذا العام برنامجا ثريا ومتنوعا ضم قرابة 150 فيلما من أنحاء العالم، توزعت على 11 مسابقة وبرنامجا.
وجاء توزيع الأعمال المشاركة على النحو الآتي: المسابقة الدولية 14 فيلما، والقسم الرسمي خارج المسابقة 15 فيلما، ومسابقة أسبوع النقاد 8 أفلام، ومسابقة آفاق السينما العربية 9 أفلام، ومسابقة الأفلام القصيرة 24 فيلما، وبرنامج العروض الخاصة 18 فيلما.
""", [
    ev("closing-ceremony", "مساء اليوم الجمعة 21 نوفمبر الجاري حفل ختام", CLOSE, "'مساء اليوم الجمعة 21 نوفمبر الجاري' = Fri 21 Nov 2025"),
    ev("awards-announcement", "على أن تعلن خلاله أسماء الفائزين", CLOSE, "no own expression; at the closing ceremony of Fri 21 Nov 2025"),
    ev("festival-46", "خلال الفترة من 12 وحتى 21 نوفمبر 2025", FEST[0], "'من 12 وحتى 21 نوفمبر 2025'", end=FEST[1]),
])
art(S, "https://www.masrawy.com/arts/zoom/details/2025/11/21/2894812/%D8%AA%D8%B9%D8%B1%D9%81-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D9%82%D8%A7%D8%A6%D9%85%D8%A9-%D8%A7%D9%84%D9%83%D8%A7%D9%85%D9%84%D8%A9-%D9%84%D8%AC%D9%88%D8%A7%D8%A6%D8%B2-%D9%88%D8%AA%D9%83%D8%B1%D9%8A%D9%85%D8%A7%D8%AA-%D8%AD%D9%81%D9%84-%D8%AE%D8%AA%D8%A7%D9%85-%D9%85%D9%87%D8%B1%D8%AC%D8%A7%D9%86-%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9-%D8%A7%D9%84%D8%B3%D9%8A%D9%86%D9%85%D8%A7%D8%A6%D9%8A-46",
    "2025-11-21", "page stamp 2025-11-21 (and the URL '/2025/11/21/'); the body's 'اليوم الجمعة 21 نوفمبر' agrees; headline kept from the URL slug; the sub-headings kept; the president's speech (truncated in the stored text) dropped", True, """
تعرف على القائمة الكاملة لجوائز وتكريمات حفل ختام مهرجان القاهرة السينمائي 46
احتضن المسرح الكبير بدار الأوبرا المصرية، اليوم الجمعة 21 نوفمبر، حفل ختام الدورة السادسة والأربعين من مهرجان القاهرة السينمائي الدولي، بمشاركة نخبة من أبرز نجوم السينما وصناعها من شتى بلدان العالم.
حضور المهرجان
وحضر الحفل كل من الدكتور أحمد فؤاد هنو وزير الثقافة، والفنان الكبير حسين فهمي رئيس المهرجان، ومحمد طارق المدير الفني للمهرجان، إلى جانب نيللي وخالد النبوي ومحمود حميدة وليلى علوي وإلهام شاهين وخالد الصاوي وأشرف زكي وخالد سليم ومحمد رياض وسلوى محمد علي وصبري فواز وهنا شيحة وداليا مصطفى ومحمد رضوان ولقاء الخميسي ومنال سلامة وأحمد مجدي ورانيا يوسف ومحمد ثروت وهنادي مهنا وعمرو عابد، ومن المخرجين مجدي أحمد علي وكاملة أبو ذكري وأمجد أبو العلا، والسيناريست عبدالرحيم كمال رئيس المصنفات الفنية، ومن المنتجين محمد العدل وصفي الدين محمود وهشام سليمان.
السلام الجمهوري
واستهلت مراسم الختام بعزف السلام الوطني لجمهورية مصر العربية، تلاه عرض صورة الطفلة الفلسطينية هند رجب مع بث تسجيل صوتي لمكالمتها الأخيرة مع طاقم الإسعاف، قبل أن تستهدف قوات الاحتلال الإسرائيلي السيارة التي كانت تستقلها وتستشهد.
""", [
    ev("closing-ceremony", "اليوم الجمعة 21 نوفمبر، حفل ختام", CLOSE, "'اليوم الجمعة 21 نوفمبر' = Fri 21 Nov 2025"),
    ev("national-anthem", "بعزف السلام الوطني لجمهورية مصر العربية", CLOSE, "no own expression; the opening of the closing ceremony, Fri 21 Nov 2025"),
    ev("hind-rajab-tribute", "تلاه عرض صورة الطفلة الفلسطينية هند رجب", CLOSE, "no own expression; during the closing ceremony, Fri 21 Nov 2025"),
    ev("hind-rajab-car-attack", "تستهدف قوات الاحتلال الإسرائيلي السيارة التي كانت تستقلها", HIND_CAR, "no date in the text; the car carrying Hind Rajab in Gaza City was fired on on 29 Jan 2024 (general knowledge of the case)"),
])
art(S, "https://www.alaraby.co.uk/entertainment_media/%D9%83%D8%A7%D9%86-%D9%8A%D8%A7-%D9%85%D8%A7-%D9%83%D8%A7%D9%86-%D9%81%D9%8A-%D8%BA%D8%B2%D8%A9-%D8%A3%D9%81%D8%B6%D9%84-%D9%81%D9%8A%D9%84%D9%85-%D8%B9%D8%B1%D8%A8%D9%8A-%D8%B7%D9%88%D9%8A%D9%84-%D9%81%D9%8A-%D9%85%D9%87%D8%B1%D8%AC%D8%A7%D9%86-%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9",
    "2025-11-22", "page stamp 2025-11-22; the body's 'مساء الجمعة' for the closing of Fri 21 Nov 2025 agrees; the site's bullet summary dropped; headline kept from the URL slug; the text after the first awards (truncated in the stored copy) dropped", True, """
كان يا ما كان في غزة أفضل فيلم عربي طويل في مهرجان القاهرة
أسدل الستار مساء الجمعة في دار الأوبرا المصرية على فعاليات الدورة السادسة والأربعين من مهرجان القاهرة السينمائي الدولي، بحفل وزعت فيه الجوائز على الأفلام الفائزة في مسابقات المهرجان، بحضور فني عربي ودولي. وتُوجت في الحفل مجموعة من الأعمال الوثائقية والروائية الطويلة والقصيرة، إلى جانب تكريمات خاصة وتنويهات منحتها لجان التحكيم المختلفة.
ففي مسابقة الأفلام الوثائقية، فاز فيلم "ثريا حبي" للمخرج اللبناني نيكولا خوري بجائزة أفضل فيلم. وفي مسابقة أسبوع النقاد الدولي، نال فيلم "عالم النبات" للمخرج الصيني جينغ يي تنويها خاصا.
""", [
    ev("closing-ceremony", "أسدل الستار مساء الجمعة في دار الأوبرا المصرية", CLOSE, "'مساء الجمعة' in an article of Sat 22 Nov 2025 = Fri 21 Nov"),
    ev("awards-announcement", "بحفل وزعت فيه الجوائز على الأفلام الفائزة", CLOSE, "no own expression; at the closing of Fri 21 Nov 2025"),
    ev("documentary-award", "فاز فيلم \"ثريا حبي\"", CLOSE, "no own expression; announced at the closing of Fri 21 Nov 2025"),
    ev("critics-week-mention", "نال فيلم \"عالم النبات\"", CLOSE, "no own expression; announced at the closing of Fri 21 Nov 2025"),
])

# ---------------------------------------------------------------- saudi-riyadh-book-fair-iraq-guest-2021
S = "saudi-riyadh-book-fair-iraq-guest-2021"
OPEN = "2021-09-30"                         # opening ceremony, Thu 30 Sep 2021 (evening)
FAIR = ("2021-10-01", "2021-10-11")         # the fair, 1-10 Oct 2021
CONF = ("2021-10-04", "2021-10-06")         # International Publishers Conference, 4-5 Oct 2021
art(S, "https://swiftnewz.com/archives/235159",
    "2021-09-30", "no date line on the stored page; an SPA report ('الرياض – واس') whose 'مساء اليوم' names the evening of the opening, Thu 30 Sep 2021 (thenewkhalij of Fri 1 Oct 04:39: 'الخميس'; masrmix: 'مساء يوم الخميس الموافق ٣٠ من شهر سبتمبر'); headline kept from the page; the last, truncated sentence dropped", False, """
تحت رعاية خادم الحرمين الشريفين.. سمو وزير الثقافة يدشن معرض الرياض الدولي للكتاب 2021
الرياض – واس:
برعاية خادم الحرمين الشريفين الملك سلمان بن عبد العزيز آل سعود -حفظه الله-، أطلق صاحب السمو الأمير بدر بن عبدالله بن فرحان وزير الثقافة مساء اليوم فعاليات معرض الرياض الدولي للكتاب 2021 في واجهة الرياض، وذلك بحضور وزير الثقافة والسياحة والآثار في جمهورية العراق الدكتور حسن ناظم، وسفير العراق لدى المملكة الدكتور عبدالستار هادي الجنابي، بصفتهما ممثلين لجمهورية العراق المختارة ضيف شرف لدورة هذا العام من المعرض.
وعرف حفل الافتتاح حضورا نوعيا لشخصيات وقيادات ثقافية سعودية وعربية ودولية، في مقدمتهم صاحب السمو الملكي الأمير تركي الفيصل، وصاحب السمو الملكي الأمير عبدالرحمن بن مساعد بن عبدالعزيز، ورئيس مجلس إدارة الهيئة العامة للترفيه تركي بن عبدالمحسن آل الشيخ، وأمين دارة الملك عبدالعزيز المكلف الدكتور فهد السماري، ووزيرة الثقافة في جمهورية مصر الدكتورة إيناس عبدالدايم، والرئيس التنفيذي لهيئة الأدب والنشر والترجمة الدكتور محمد حسن علوان، فضلا عن سفراء ووزراء ومسؤولين ثقافيين من دول شقيقة وصديقة.
""", [
    ev("fair-opening-ceremony", "مساء اليوم فعاليات معرض الرياض الدولي للكتاب 2021", OPEN, "'مساء اليوم' of the SPA report = Thu 30 Sep 2021"),
    ev("iraq-delegation-attends", "بحضور وزير الثقافة والسياحة والآثار في جمهورية العراق", OPEN, "no own expression; at the opening ceremony of Thu 30 Sep 2021"),
    ev("iraq-guest-of-honour", "المختارة ضيف شرف لدورة هذا العام", FAIR[0], "no own dates; Iraq is guest of honour of the fair held 1-10 Oct 2021 (thenewkhalij)", end=FAIR[1]),
])
art(S, "https://thenewkhalij.news/article/244585/%D8%AA%D8%AF%D8%B4%D9%8A%D9%86-%D9%81%D8%B9%D8%A7%D9%84%D9%8A%D8%A7%D8%AA-%D9%85%D8%B9%D8%B1%D8%B6-%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A-%D9%84%D9%84%D9%83%D8%AA%D8%A7%D8%A8-2021",
    "2021-10-01", "date line 'الجمعة 1 أكتوبر 2021 04:39 ص' (dropped from the text; 1 Oct 2021 was a Friday); the body's 'الخميس' for the opening agrees; headline kept from the URL slug; the last, truncated sentence dropped", True, """
تدشين فعاليات معرض الرياض الدولي للكتاب 2021
أطلق وزير الثقافة السعودي الأمير "بدر بن عبدالله بن فرحان"، الخميس، فعاليات معرض الرياض الدولي للكتاب 2021، في "واجهة الرياض".
وافتُتح الحفل، الذي حضرته شخصيات وقيادات ثقافية سعودية وعربية ودولية بارزة، بتوقيع الوزير على تدشين انطلاق الدورة بشكل رسمي.
وتقدم الحضورَ وزيرُ الثقافة العراقي "حسن ناظم" والسفير العراقي لدى السعودية "عبدالستار الجنابي"، بصفتهما ممثلين لبلدهما الذي وقع عليه الاختيار ليكون ضيف شرف دورة هذا العام.
ويعد المعرض الأكبر في تاريخ السعودية، إذ يشارك فيه أكثر من 1000 دار نشر من 30 دولة في مختلف القارات.
ويستضيف المعرض، المقام خلال المدة من 1 إلى 10 أكتوبر/تشرين الأول، جملة من الندوات والأمسيات النوعية التي تغني برنامجه الثقافي الشامل، وهي أول دورة تتولى تنظيمها والإشراف عليها هيئة الأدب والنشر والترجمة بعد أن نقلت إليها اختصاصات المعرض.
وتعقد الهيئة على هامش المعرض مؤتمر الناشرين الدولي، يومي 4 و5 أكتوبر/تشرين الأول، وهو أول مؤتمر من هذا النوع في السعودية.
""", [
    ev("fair-opening-ceremony", "أطلق وزير الثقافة السعودي الأمير", OPEN, "'الخميس' in an article of Fri 1 Oct 2021 = Thu 30 Sep"),
    ev("launch-signing", "بتوقيع الوزير على تدشين انطلاق الدورة", OPEN, "no own expression; at the opening ceremony of Thu 30 Sep 2021"),
    ev("iraq-delegation-attends", "وتقدم الحضورَ وزيرُ الثقافة العراقي", OPEN, "no own expression; at the opening ceremony of Thu 30 Sep 2021"),
    ev("iraq-guest-of-honour", "ليكون ضيف شرف دورة هذا العام", FAIR[0], "no own dates; guest of honour of the fair of 1-10 Oct 2021", end=FAIR[1]),
    ev("riyadh-book-fair-2021", "المقام خلال المدة من 1 إلى 10 أكتوبر/تشرين الأول", FAIR[0], "'من 1 إلى 10 أكتوبر/تشرين الأول' (2021)", end=FAIR[1]),
    ev("publishers-conference", "مؤتمر الناشرين الدولي، يومي 4 و5 أكتوبر/تشرين الأول", CONF[0], "'يومي 4 و5 أكتوبر/تشرين الأول' (2021) = Mon 4 - Tue 5 Oct", end=CONF[1]),
])
art(S, "https://abuabrar.club/archives/273290",
    "2021-10-03", "date line '03 أكتوبر 2021 – 26 صفر 1443 05:02 PM' (dropped from the text); a copy of a Sabq report; the '[ad_1]' tag and the sub-headline dropped; the last, truncated sentence shortened", True, """
حضور أدبي كبير لضيف الشرف «العراق» في معرض الرياض الدولي للكتاب
شارك العراق لأول مرة ضيف شرف في معرض الرياض الدولي للكتاب، الذي يعد الأضخم في تاريخ المملكة، عبر 13 دار نشر عراقية تنعش الحراك الثقافي بين العراق والسعودية.
واحتفت وزارة الثقافة بالعراق ضيفا للشرف، إذ يشارك بجناح رئيسي في وسط المعرض يعرض العلاقات السعودية العراقية من خلال صور للملك عبدالعزيز ولملوك المملكة العربية السعودية أثناء زياراتهم إلى العراق.
وذكر مدير الجناح العراقي الدكتور عارف الساعدي أن العراق لم يأت بكتبه وحدها، وإنما حضر بكبار مثقفيه وشعرائه ومبدعيه، مشددا على متانة التقارب الثقافي بين العراق والسعودية وعلى الأخوة بين البلدين الشقيقين.
وتطرق إلى شارع المتنبي الذي تعرض فيه الكتب على أرصفة بغداد، قائلا: "ليس مكانا لبيع الكتب فحسب، بل هو للاحتفاء الثقافي الكبير الذي يتجدد لكل يوم جمعة من جمعات بغداد، حين يلتقي المثقفون القادمون من أنحاء بغداد والعراق كافة"، مضيفا أنه "معلم ثقافي حتى للزوار، ونبضنا ورئتنا الثقافية التي نتنفس منها، وجزء من الثقافة والذاكرة العربية والعراقية".
ويعقد على مدار المعرض أكثر من 8 جلسات عراقية وجلسات عراقية سعودية.
""", [
    ev("iraq-guest-of-honour", "شارك العراق لأول مرة ضيف شرف", FAIR[0], "no own dates; guest of honour of the fair of 1-10 Oct 2021", end=FAIR[1]),
    ev("riyadh-book-fair-2021", "الذي يعد الأضخم في تاريخ المملكة", FAIR[0], "no own dates; the fair of 1-10 Oct 2021 (thenewkhalij)", end=FAIR[1]),
    ev("saadi-statement", "وذكر مدير الجناح العراقي الدكتور عارف الساعدي", OPEN, "no own expression; made at the fair between its opening (Thu 30 Sep 2021) and this report of Sun 3 Oct (my span 30 Sep - 3 Oct)", end="2021-10-04"),
    ev("iraqi-sessions", "أكثر من 8 جلسات عراقية", FAIR[0], "'على مدار المعرض' = over the fair of 1-10 Oct 2021", end=FAIR[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 448
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

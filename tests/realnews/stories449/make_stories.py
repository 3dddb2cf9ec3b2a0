"""Builds stories.jsonl of the stories449 set (consumer and food safety: a gastroenteritis outbreak, a wedding
poisoning, poisoned candy, a school-meal poisoning).  Texts are re-worded from the stored pages, keeping every
date and time expression; run ``python3 make_stories.py`` (it validates and writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-aswan-abu-al-rish-gastroenteritis-2024
S = "egypt-aswan-abu-al-rish-gastroenteritis-2024"
OUTBREAK_START = "2024-09-11"              # the minister: visits to the hospitals "منذ 11 سبتمبر" (Abu al-Rish, Daraw)
FIRST_APPEARANCE = "2024-09-16"            # "أول ظهور ... يوم 16 سبتمبر"
MADBOULY = "2024-09-19"                    # Thu 19 Sep 2024: Madbouly's figure of about 200 cases
SPOKESMAN = "2024-09-21"                   # Sat 21 Sep 2024: the spokesman Hossam Abdel Ghaffar's statement
CONFERENCE = "2024-09-23"                  # Mon 23 Sep 2024: the press conference in Aswan, E. coli announced
art(S, "https://alwakeelnews.com/Section_11/%D8%B9%D8%B1%D8%A8%D9%8A-%D9%88%D8%AF%D9%88%D9%84%D9%8A/%D9%85%D8%B5%D8%B1-%D8%A8%D9%8A%D8%A7%D9%86-%D8%AC%D8%AF%D9%8A%D8%AF-%D8%A8%D8%B2%D9%8A%D8%A7%D8%AF%D8%A9-%D8%B9%D8%AF%D8%AF-%D9%85%D8%B5%D8%A7%D8%A8%D9%8A-%D8%A7%D9%84%D9%85%D8%B1%D8%B6-%D8%A7%D9%84%D8%BA%D8%A7%D9%85%D8%B6-%D9%81%D9%8A-%D8%A3%D8%B3%D9%88%D8%A7%D9%86_703655",
    "2024-09-21", "no date on the stored page; the body's 'في تصريحات اليوم السبت' for the spokesman's statement and 'يوم الخميس الماضي' for Madbouly's figure of 200 cases (Thu 19 Sep) give Sat 21 Sep 2024; the report still knows no cause and only the preliminary water tests, so it is before the E. coli announcement of Mon 23 Sep (nabdsudan and alnahrain also date the spokesman's statement 'السبت'); the 'أخبار متعلقة' links dropped; headline rendered from the URL slug", False, """
مصر: بيان جديد بزيادة عدد مصابي المرض الغامض في أسوان
عرفت محافظة أسوان في جنوب مصر خلال الفترة الماضية ظهور مرض مفاجئ غامض، إذ توافد على 4 مستشفيات عدد كبير من المواطنين تجاوز 200 شخص يعانون أعراضا شبيهة بالنزلة المعوية، وفق ما أعلنته الحكومة، وهو ما دفعها إلى إيفاد فريق طبي لتقصي أسباب المرض.
وقال الدكتور حسام عبدالغفار، المتحدث باسم وزارة الصحة، في تصريحات اليوم السبت، إن زيادة في أعداد المرضى رُصدت، وإن فريقا طبيا يرأسه نائب الوزير للطب الوقائي أُرسل ليعمل في 3 مسارات، هي التثبت من سلامة مياه الشرب، ومعاينة الحالات في المستشفيات، والمرور على الباعة الجائلين ومحال تقديم الطعام.
وأوضح أن عينات سُحبت من 103 محطات لمياه الشرب ومن بيوت المرضى الذين ظهرت عليهم الأعراض، ولم تكشف الفحوص الأولية عن أي تغير يدل على وجود بكتيريا أو أي تغير ميكروبيولوجي، كما عاين الفريق الطبي الحالات المحتجزة في المستشفيات، ومر على أماكن تقديم الطعام، لأن أعراض الجهاز الهضمي تنتقل في الغالب عبر الماء والطعام.
وكان رئيس الوزراء المصري مصطفى مدبولي قد أعلن يوم الخميس الماضي أن مستشفيات أسوان استقبلت قرابة 200 حالة، غادر معظمها بعد تلقي العلاج.
""", [
    ev("gastro-outbreak", "ظهور مرض مفاجئ غامض", OUTBREAK_START, "'خلال الفترة الماضية': the cases of gastroenteritis since 11 Sep 2024 (the minister on 23 Sep: visits 'منذ 11 سبتمبر') up to the day of the article, Sat 21 Sep (my span 11-21 Sep)", end="2024-09-22"),
    ev("medical-team-sent", "فريقا طبيا يرأسه نائب الوزير للطب الوقائي أُرسل", "2024-09-17", "no own expression; the central preventive-medicine team was sent after the ministry began to act on 17 Sep (the minister on 23 Sep) and had reported figures up to the evening of 18 Sep 2024 (the ministry's statement); my span 17-18 Sep", end="2024-09-19"),
    ev("spokesman-statement", "في تصريحات اليوم السبت", SPOKESMAN, "'اليوم السبت' = Sat 21 Sep 2024"),
    ev("water-samples-103-stations", "عينات سُحبت من 103 محطات لمياه الشرب", "2024-09-17", "no own expression; taken by the team after it was sent and before the statement of Sat 21 Sep 2024 (my span 17-21 Sep)", end="2024-09-22"),
    ev("madbouly-200-cases", "قد أعلن يوم الخميس الماضي", MADBOULY, "'يوم الخميس الماضي' from Sat 21 Sep 2024 = Thu 19 Sep"),
])
art(S, "https://her-news.com/104117",
    "2024-09-21", "the page's date line 'السبت 21/سبتمبر/2024 - 05:49 م'; the site header (an unrelated later date of the crawl) and the 'اقرأ أيضا' links dropped; headline kept from the page", True, """
وزير الصحة عن الصور المتداولة لتلوث مياه أسوان: «شائعات مغرضة»
شدد الدكتور خالد عبدالغفار، وزير الصحة والسكان، على أن ما ينتشر عبر مواقع التواصل الاجتماعي عن حالات تسمم ونزلات معوية في أسوان بسبب تلوث مياه الشرب لا أساس له من الصحة على الإطلاق.
وأضاف عبدالغفار أن الصور المتداولة على السوشيال ميديا لا علاقة لها بالواقع، وأنها ليست سوى شائعات مغرضة غرضها نشر البلبلة بين المواطنين.
وبيّن أن فرق الطب الوقائي تواصل استكمال فحص المياه داخل المنازل، إذ تؤخذ عينات من الشبكات الداخلية وتُرسل إلى المعامل المركزية لتحليلها، وحرص الوزير على طمأنة المواطنين إلى أن النتائج النهائية ستصدر خلال أيام قليلة، مؤكدا أن الوضع تحت السيطرة وأنه لا داعي للقلق.
""", [
    ev("minister-denies-rumours", "شدد الدكتور خالد عبدالغفار", SPOKESMAN, "no own expression; the minister's statement in a report stamped Sat 21 Sep 2024, 17:49 (the same day)"),
    ev("gastro-outbreak", "حالات تسمم ونزلات معوية في أسوان", OUTBREAK_START, "no own expression; the cases since 11 Sep 2024 (the minister on 23 Sep) up to the day of the article, Sat 21 Sep (my span 11-21 Sep)", end="2024-09-22"),
    ev("home-water-tests", "فرق الطب الوقائي تواصل استكمال فحص المياه داخل المنازل", "2024-09-18", "no own expression; the home checks under way since the central team arrived (about 18 Sep) up to the statement of Sat 21 Sep 2024 (my span 18-21 Sep)", end="2024-09-22"),
    ev("lab-results-announced", "النتائج النهائية ستصدر خلال أيام قليلة", CONFERENCE, "'خلال أيام قليلة' from Sat 21 Sep 2024; the laboratory results (E. coli) were announced at the press conference in Aswan on Mon 23 Sep (arabkhabar)"),
])
art(S, "https://arabkhabar.com/a/3281114",
    "2024-09-23", "the page's line 'تاريخ النشر: 23rd, September 2024 GMT' (dropped from the text) and the body's 'اليوم الاثنين' (23 Sep 2024 was a Monday); a report of albawabhnews carried by arabkhabar; the 'المصدر' and 'كلمات دلالية' lines and the 'إقرأ أيضاً' links dropped; headline kept from the page", True, """
وزير الصحة: الفحص المعملي أثبت وجود عدوى بكتيرية قولونية تسببت في إصابات أسوان
أعلن الدكتور خالد عبدالغفار، نائب رئيس مجلس الوزراء ووزير الصحة والسكان، أن الفحوص المعملية التي أجريت للمصابين في محافظة أسوان بينت وجود عدوى ببكتيريا قولونية، موضحا أن العدوى تنتقل عبر التلوث بالبراز أو تلوث الطعام.
وبيّن الوزير، في كلمة ألقاها خلال مؤتمر صحفي، اليوم الاثنين، بعد جولة تفقد فيها عددا من مستشفيات محافظة أسوان، أن حالات النزلات المعوية ظهرت لأول مرة في أسوان يوم 16 سبتمبر، وكانت أعراضها نزلات معوية وإسهالا وقيئا ومغصا وارتفاعا في درجة الحرارة.
وأضاف أن الأمر لم يبدأ في يوم 16، بل كان قبلها بيومين أو ثلاثة أيام، عبر أجهزة الرصد التابعة لوزارة الصحة ومديرية الشئون الصحية بمحافظة أسوان، التي أبلغت بوجود 8 حالات مصابة بنزلات معوية في مستشفى دراو و22 حالة من منطقة أبو الريش.
وتابع أن تقارب المناطق الجغرافية للحالات هو ما دفع مدير الشؤون الصحية إلى إخطار أجهزة الرصد في وزارة الصحة.
""", [
    ev("lab-results-announced", "بينت وجود عدوى ببكتيريا قولونية", CONFERENCE, "no own expression for the finding; announced at the press conference of 'اليوم الاثنين' = Mon 23 Sep 2024"),
    ev("aswan-press-conference", "خلال مؤتمر صحفي، اليوم الاثنين", CONFERENCE, "'اليوم الاثنين' = Mon 23 Sep 2024"),
    ev("first-appearance-sep-16", "ظهرت لأول مرة في أسوان يوم 16 سبتمبر", FIRST_APPEARANCE, "'يوم 16 سبتمبر' = Mon 16 Sep 2024"),
    ev("early-cases-detected", "بل كان قبلها بيومين أو ثلاثة أيام", "2024-09-13", "'قبلها بيومين أو ثلاثة أيام' before 16 Sep 2024 = 13 or 14 Sep (my span 13-14 Sep)", end="2024-09-15"),
])

# ---------------------------------------------------------------- morocco-jadida-moulay-abdallah-wedding-poisoning-2024
S = "morocco-jadida-moulay-abdallah-wedding-poisoning-2024"
WEDDING = "2024-12-14"                     # the wedding dinner at douar Daajat (Moulay Abdallah, El Jadida), Sat 14 Dec 2024 at night
ARRIVALS = "2024-12-15"                    # the cases reached the Mohammed V provincial hospital from the morning of Sun 15 Dec
POISONING = (WEDDING, "2024-12-16")        # the dinner on Saturday night, the symptoms that night and on Sunday
ACTION = (ARRIVALS, "2024-12-17")          # the authorities' mobilisation, the investigation, the samples: Sun 15 - Mon 16 Dec
art(S, "https://journalaswat.com/%d8%aa%d8%b3%d9%85%d9%85-%d8%ac%d9%85%d8%a7%d8%b9%d9%8a-%d9%8a%d8%b5%d9%8a%d8%a8-%d8%a7%d9%84%d8%b9%d8%b4%d8%b1%d8%a7%d8%aa-%d9%81%d9%8a-%d8%ad%d9%81%d9%84-%d8%b2%d9%81%d8%a7%d9%81-%d8%a8%d9%85%d9%88",
    "2024-12-15", "no date on the stored page; the body's 'حفل زفاف أقيم ليلة أمس السبت' for the wedding of Sat 14 Dec 2024 (maroc7 of Mon 16: 'ليلة السبت الماضي'; agadirtv: 'ليلة السبت 14 دجنبر 2024') gives Sun 15 Dec 2024; the 'التعليقات مغلقة' line dropped; headline rendered from the truncated URL slug (its last word cut)", False, """
تسمم جماعي يصيب العشرات في حفل زفاف
عرفت جماعة مولاي عبد الله بإقليم الجديدة حالة تسمم جماعي أصابت العشرات من المدعوين إلى حفل زفاف نُظم ليلة أمس السبت.
وذكرت مصادر محلية أن أكثر من 90 مدعوا إلى حفل زفاف بدوار الدعيجات التابع لجماعة مولاي عبد الله نُقلوا إلى المستشفى الإقليمي محمد الخامس بالجديدة لتلقي العلاج اللازم، بينما نُقلت حالات أخرى إلى مصحات خاصة بسبب شدة الأعراض.
ويُرجَّح أن يكون التسمم ناجما عن وجبة العشاء التي قُدمت في حفل الزفاف الشعبي. وقد أثار الحادث حالة من الذعر والخوف بين المدعوين وأسرهم.
ولم تُكشف بعد تفاصيل دقيقة عن نوع التسمم أو الطعام الذي تسبب فيه، في حين شرعت السلطات المحلية والمصالح الصحية المختصة في تحقيقاتها لكشف ملابسات الواقعة واتخاذ ما يلزم من إجراءات.
""", [
    ev("mass-poisoning", "حالة تسمم جماعي أصابت العشرات", POISONING[0], "no own expression; the guests fell ill after the dinner of Saturday night and on Sunday, 14-15 Dec 2024 (maroc7: cases from 'صباح أمس الأحد 15 دجنبر')", end=POISONING[1]),
    ev("wedding-dinner", "حفل زفاف نُظم ليلة أمس السبت", WEDDING, "'ليلة أمس السبت' in an article of Sun 15 Dec 2024 = Sat 14 Dec (at night)"),
    ev("hospital-transfers", "نُقلوا إلى المستشفى الإقليمي محمد الخامس بالجديدة", ARRIVALS, "no own expression; the cases reached the hospital from the morning of Sun 15 Dec 2024 (maroc7: 'صباح أمس الأحد 15 دجنبر')"),
    ev("private-clinics", "نُقلت حالات أخرى إلى مصحات خاصة", ARRIVALS, "no own expression; with the other transfers, Sun 15 Dec 2024"),
    ev("investigation-opened", "شرعت السلطات المحلية والمصالح الصحية المختصة في تحقيقاتها", ARRIVALS, "no own expression; already begun on the day of the article, Sun 15 Dec 2024"),
])
art(S, "https://www.maroc7.ma/2024/12/16/%D8%AD%D9%81%D9%84-%D8%B2%D9%81%D8%A7%D9%81-%D9%8A%D8%AA%D8%B3%D8%A8%D8%A8-%D9%81%D9%8A-%D8%AA%D8%B3%D9%85%D9%85-%D8%A3%D9%83%D8%AB%D8%B1-%D9%85%D9%86-100-%D8%B4%D8%AE%D8%B5-%D8%A8%D8%A5%D9%82%D9%84/",
    "2024-12-16", "the page's URL date /2024/12/16/, matching the body's 'صباح أمس الأحد 15 دجنبر' (so Mon 16 Dec 2024); headline rendered from the URL slug, its truncated end ('بإقل...') dropped", True, """
حفل زفاف يتسبب في تسمم أكثر من 100 شخص
أصيب عشرات المدعوين إلى حفل زفاف بجماعة مولاي عبد الله في إقليم الجديدة بتسمم جماعي، بعدما تناولوا وجبة العشاء في عرس شعبي ليلة السبت الماضي.
وذكرت مصادر مطلعة أن الحالات شرعت في التوافد على المستشفى صباح أمس الأحد 15 دجنبر، وهي قادمة من أحد الدواوير التابعة لجماعة مولاي عبد الله بإقليم الجديدة.
وأفادت المصادر ذاتها بأن كل الوافدين ظهرت عليهم الأعراض نفسها، وهي المغص والآلام الحادة في البطن، فضلا عن حالات غثيان ودوار، مبينة أن جميع الحالات تتلقى العلاج داخل المستشفى، وأن أغلبها مستقر ويتحسن تدريجيا نحو الشفاء.
ومن جانبها، فتحت السلطات الصحية تحقيقا للوقوف على ملابسات الحادث، بينما استنفرت المديرية الجهوية للصحة جهودها لضمان الرعاية الصحية للمصابين ومتابعة حالتهم إلى أن يتماثلوا للشفاء التام.
""", [
    ev("mass-poisoning", "أصيب عشرات المدعوين إلى حفل زفاف", POISONING[0], "no own expression; the dinner of Saturday night and the illness on Sunday, 14-15 Dec 2024", end=POISONING[1]),
    ev("wedding-dinner", "تناولوا وجبة العشاء في عرس شعبي ليلة السبت الماضي", WEDDING, "'ليلة السبت الماضي' from Mon 16 Dec 2024 = Sat 14 Dec (at night)"),
    ev("hospital-transfers", "شرعت في التوافد على المستشفى صباح أمس الأحد 15 دجنبر", ARRIVALS, "'صباح أمس الأحد 15 دجنبر' = Sun 15 Dec 2024 (from the morning)"),
    ev("investigation-opened", "فتحت السلطات الصحية تحقيقا", ACTION[0], "no own expression; opened by Sun 15 Dec 2024 (journalaswat of that day) and reported on Mon 16 (my span 15-16 Dec)", end=ACTION[1]),
    ev("authorities-mobilised", "استنفرت المديرية الجهوية للصحة جهودها", ACTION[0], "no own expression; the mobilisation while the cases arrived, Sun 15 - Mon 16 Dec 2024 (jordanzad: 'ليلة الأحد وحتى صباح الاثنين')", end=ACTION[1]),
])
art(S, "https://jordanzad.com/index.php?id=647246&page=article",
    "2024-12-16", "no date on the stored page; the body's 'شهدت ليلة الأحد وحتى صباح الاثنين تحركات مكثفة' and 'ولم تُسجل أي وفيات حتى صباح الاثنين' (not 'أمس الاثنين') for the wedding of Sat 14 Dec 2024 give Mon 16 Dec 2024; the truncated last sentence dropped; headline written from the body (the stored text has none); the sub-headings kept", False, """
تسمم غذائي جماعي في حفل زفاف قرب الجديدة بالمغرب
نقلت مصادر محلية من مدينة الجديدة في المغرب وقوع حادث تسمم غذائي خلال حفل زفاف، إذ أصيب عدد كبير من المدعوين بالتسمم بعدما تناولوا وجبة عشاء كان الدجاج من بين أطباقها.
وعرفت ليلة الأحد وحتى صباح الاثنين تحركات مكثفة للسلطات المحلية والدرك الملكي والأمن الوطني والوقاية المدنية، إلى جانب مندوبية الصحة، من أجل التعامل مع الحادث الذي أدى إلى إصابة قرابة 90 شخصا بتسمم غذائي بحسب التقديرات الأولية.
تفاصيل حادث التسمم في المغرب
وأوضحت المصادر أن الحادث جرى في دوار الدعيجات التابع لجماعة مولاي عبد الله أمغار بالقرب من مدينة الجديدة، حيث ظهرت على المدعوين أعراض منها الإسهال والقيء والمغص، وهو ما يدل على إصابتهم بتسمم غذائي عقب تناول العشاء.
ونُقل المصابون، وهم من أعمار وجنسيات مختلفة، إلى المستشفى الإقليمي محمد الخامس بمدينة الجديدة. ولم تُسجل أي حالة وفاة حتى صباح الاثنين، غير أن كثيرين منهم بقوا تحت المراقبة الطبية إلى أن تستقر حالتهم الصحية.
التحقيقات الرسمية والإجراءات القانونية
وفتحت النيابة العامة المختصة تحقيقا في الحادث، وتقرر إخضاع عينات من الطعام الذي قُدم في الحفل، وعينات من قيء المصابين، لتحاليل مخبرية بهدف تحديد مصدر التلوث الغذائي.
""", [
    ev("mass-poisoning", "أصيب عدد كبير من المدعوين بالتسمم", POISONING[0], "no own expression; the dinner of Saturday night and the illness on Sunday, 14-15 Dec 2024", end=POISONING[1]),
    ev("authorities-mobilised", "تحركات مكثفة للسلطات المحلية والدرك الملكي", ACTION[0], "'ليلة الأحد وحتى صباح الاثنين' from Mon 16 Dec 2024: the night of Sun 15 to the morning of Mon 16 (my span 15-16 Dec; 'ليلة الأحد' may also mean the Saturday night)", end=ACTION[1]),
    ev("hospital-transfers", "ونُقل المصابون، وهم من أعمار وجنسيات مختلفة", ARRIVALS, "no own expression; the cases reached the hospital from the morning of Sun 15 Dec 2024 (maroc7)"),
    ev("no-deaths-by-monday", "ولم تُسجل أي حالة وفاة حتى صباح الاثنين", "2024-12-16", "'حتى صباح الاثنين' = Mon 16 Dec 2024 (the morning)"),
    ev("investigation-opened", "وفتحت النيابة العامة المختصة تحقيقا في الحادث", ACTION[0], "no own expression; opened by Sun 15 - Mon 16 Dec 2024 (my span)", end=ACTION[1]),
    ev("lab-samples-ordered", "وتقرر إخضاع عينات من الطعام", ACTION[0], "no own expression; decided with the investigation, Sun 15 - Mon 16 Dec 2024 (my span)", end=ACTION[1]),
])

# ---------------------------------------------------------------- syria-raqqa-smiri-candy-poisoning-2023
S = "syria-raqqa-smiri-candy-poisoning-2023"
HAMRA = "2023-05-24"                       # Wed 24 May 2023: 20 children of Hamra Bweitiyeh (eastern countryside) at the children's hospital
TABQA_MAADAN = "2023-05-25"                # Thu 25 May 2023: three cases in al-Tabqa, 20 in Maadan Jadid
OBSERVATION = (HAMRA, "2023-05-26")        # 24 hours under observation from the noon of 24 May
MUSHROOM = ("2022-11-03", "2022-11-06")    # the poisonous mushroom of Abu Wahal: eaten Thu 3 Nov 2022, 11 dead by Sat 5 Nov
art(S, "https://cc-raqqa.net/?p=10052",
    "2023-05-24", "no date on the stored page; the body's 'استقبلت ظهر اليوم 24 أيار' gives 24 May; the year and the event from the other reports of the candy poisoning (nedaa-post: the 20 children of Hamra 'أمس الأربعاء'; alaraby of 26 May 2023: 'غداة' Thursday), so Wed 24 May 2023; headline written from the body (the stored text has none)", False, """
مشفى الأطفال التخصصي في الرقة يستقبل 20 طفلا مصابا بالتسمم
أعلن محمود بوزو، مدير مشفى الأطفال التخصصي التابع للجنة الصحة، أن المشفى استقبل ظهر اليوم 24 أيار عددا من حالات التسمم بين أطفال من ريف الرقة الشرقي، بلغ عددهم 20 طفلا.
وأشار إلى أن الفحوص اللازمة وسماع القصة السريرية من الأهالي أظهرت أن الأطفال تسمموا بنوع من السكاكر، وأن الحالات التي وصلت تراوحت بين الخفيفة والمتوسطة الشدة، وقد اتُّخذت الإجراءات الطبية اللازمة، والأطفال في حالة مستقرة الآن ويخضعون لمراقبة سريرية في المشفى ولمدة 24 ساعة.
وأكد بوزو جاهزية مشفى الأطفال التخصصي التامة، على مدار الـ 24 ساعة، لاستقبال أي حالات تسمم قد تظهر خلال الأيام القادمة.
ومن جهة أخرى، زار ممثلو الإدارة المدنية الديمقراطية في الرقة، وهم الشيخ محمد نور الذيب والآنسة هيفين إسماعيل، الرئاسة المشتركة لمجلس الرقة المدني، وخالد بركل، الرئاسة المشتركة للمجلس التشريعي، الأطفال في المشفى للاطمئنان عليهم ومتابعة أوضاعهم الصحية.
كما دعا مشفى الأطفال التخصصي أهالي مدينة الرقة وريفها إلى إسعاف الأطفال الذين قد تظهر عليهم أعراض تسمم خلال الساعات والأيام القادمة إلى أقرب مركز طبي أو مستوصف أو إلى مشفى الأطفال التخصصي.
""", [
    ev("hamra-children-admitted", "استقبل ظهر اليوم 24 أيار عددا من حالات التسمم", HAMRA, "'ظهر اليوم 24 أيار' = Wed 24 May 2023 (noon)"),
    ev("candy-identified", "أظهرت أن الأطفال تسمموا بنوع من السكاكر", HAMRA, "no own expression; the examinations on the day of admission, Wed 24 May 2023"),
    ev("observation-24h", "ويخضعون لمراقبة سريرية في المشفى ولمدة 24 ساعة", OBSERVATION[0], "'ولمدة 24 ساعة' from the noon of Wed 24 May 2023 = 24-25 May", end=OBSERVATION[1]),
    ev("officials-visit", "زار ممثلو الإدارة المدنية الديمقراطية في الرقة", HAMRA, "no own expression; the visit reported with the admissions of the same day, Wed 24 May 2023"),
    ev("hospital-appeal", "دعا مشفى الأطفال التخصصي أهالي مدينة الرقة وريفها", HAMRA, "no own expression; the appeal of the day of the statement, Wed 24 May 2023"),
])
art(S, "https://nedaa-post.com/%D8%A7%D9%86%D8%AA%D8%B4%D8%A7%D8%B1-%D9%85%D8%B3%D8%AA%D9%85%D8%B1-%D9%84%D8%AD%D8%A7%D9%84%D8%A7%D8%AA-%D8%A7%D9%84%D8%AA%D8%B3%D9%85%D9%85-%D8%A8%D9%8A%D9%86-%D8%A7%D9%84%D8%A3%D8%B7%D9%81%D8%A7%D9%84-%D9%81%D9%8A-%D9%85%D8%AF%D9%8A%D9%86%D8%A9-%D8%A7%D9%84%D8%B1%D9%82%D8%A9",
    "2023-05-25", "no date on the stored page; the body's 'وصل ... أمس الأربعاء' for the 20 children of Hamra Bweitiyeh, admitted on Wed 24 May 2023 (cc-raqqa: 'ظهر اليوم 24 أيار'; alaraby of Fri 26 May: Hamra the day before Thursday), gives Thu 25 May 2023; the truncated last sentence dropped; headline kept from the page", False, """
انتشار مستمر لحالات التسمم بين الأطفال في مدينة الرقة
وصل أمس الأربعاء إلى مشفى الأطفال في مدينة الرقة عدد من الأطفال من أعمار مختلفة بعد أن أصيبوا بحالات تسمم.
وأفاد مراسل "نداء بوست" بأن 20 طفلاً من أهالي قرية حمرة بويطية نُقلوا إلى مشفى الأطفال بمدينة الرقة إثر تعرضهم لوعكات صحية.
وأضاف المراسل أن الفحوص الأولية للأطفال أظهرت أنهم أصيبوا بالتسمم بعد تناولهم نوعاً من السكاكر الفاسدة.
وذكرت مصادر من داخل مشفى الرقة أن إصابات الأطفال تراوحت بين الخطيرة والمتوسطة، وأن وضعهم الصحي مستقر في الوقت الحالي.
ويخضع الأطفال المصابون حالياً للمراقبة لمدة 24 ساعة، تحسباً لأي اضطرابات أو مضاعفات قد تنجم عن حالتهم.
محافظة الرقة
وكانت المحافظة قد شهدت حادثة مشابهة في الخامس من شهر تشرين الثاني نوفمبر الماضي، إذ توفي سبعة أطفال وأصيب 19 آخرون بعد تناولهم الفطر السام في منطقة أبو وحل بريف الرقة الشرقي.
وبحسب مراسل "نداء بوست"، فقد نُقل الأطفال حينها إلى مشفى الرقة الوطني، حيث أُدخل بعضهم غرف العناية المشددة بسبب سوء حالتهم، فيما وُزع الباقون على الأقسام الداخلية تحت المراقبة.
""", [
    ev("hamra-children-admitted", "وصل أمس الأربعاء إلى مشفى الأطفال في مدينة الرقة", HAMRA, "'أمس الأربعاء' in an article of Thu 25 May 2023 = Wed 24 May"),
    ev("candy-identified", "الفحوص الأولية للأطفال أظهرت أنهم أصيبوا بالتسمم", HAMRA, "no own expression; the first examinations on arrival, Wed 24 May 2023"),
    ev("observation-24h", "ويخضع الأطفال المصابون حالياً للمراقبة لمدة 24 ساعة", OBSERVATION[0], "'حالياً ... لمدة 24 ساعة': the 24 hours of observation from the admission of Wed 24 May 2023 (my span 24-25 May)", end=OBSERVATION[1]),
    ev("abu-wahal-mushroom", "في الخامس من شهر تشرين الثاني نوفمبر الماضي", MUSHROOM[0], "'في الخامس من شهر تشرين الثاني نوفمبر الماضي' from May 2023 = 5 Nov 2022; other reports date the eating of the mushroom to Thu 3 Nov and the toll of 11 dead to Sat 5 Nov (my span 3-5 Nov 2022)", end=MUSHROOM[1]),
    ev("mushroom-victims-hospitalised", "نُقل الأطفال حينها إلى مشفى الرقة الوطني", MUSHROOM[0], "'حينها': at the time of the mushroom poisoning, 3-5 Nov 2022 (my span)", end=MUSHROOM[1]),
])
art(S, "https://aajae.co/society/%D8%B9%D8%B4%D8%B1%D8%A7%D8%AA-%D8%AD%D8%A7%D9%84%D8%A7%D8%AA-%D8%AA%D8%B3%D9%85%D9%85-%D8%BA%D8%B0%D8%A7%D8%A6%D9%8A-%D9%81%D9%8A-%D8%A7%D9%84%D8%B1%D9%82%D8%A9-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A%D8%A9",
    "2023-05-26", "the page's date line '26 مايو 2023' (an alaraby report), matching the body's 'أمس الخميس' (25 May 2023 was a Thursday); the photo captions and the truncated last sentence dropped; headline kept from the page", True, """
عشرات حالات تسمم غذائي في الرقة السورية
سُجلت في مناطق من ريف محافظة الرقة، في شمال شرق سورية، الخاضعة لسيطرة "قوات سوريا الديمقراطية" (قسد)، عشرات حالات التسمم الغذائي في الساعات الـ48 الأخيرة، سببها تناول منتجات غير آمنة وغير خاضعة للرقابة اشتراها الأهالي من الأسواق.
وقال الناشط أسامة أبو عدي، وهو من أبناء محافظة الرقة، لـ"العربي الجديد": "رُصدت، أمس الخميس، ثلاث حالات تسمم غذائي في مدينة الطبقة بريف الرقة الغربي نتيجة تناول حلويات فاسدة، إلى جانب 20 حالة أخرى في بلدة معدان جديد بريف الرقة الشرقي. وحدث ذلك غداة إصابة 20 شخصا آخرين بتسمم غذائي في قرية حمرة بريف الرقة الشرقي بعد أن تناولوا سكاكر منتهية الصلاحية".
ويشير أبو عدي إلى أن "الأشهر الأخيرة شهدت وفاة 16 شخصاً وإسعاف 38 آخرين بسبب تناول فطر سام، ثم تظهر اليوم حوادث تسمم غذائي جديدة تطاول الأطفال والكبار، كما جرى في حمرة بويطية وقرية السالم الحجي والطبقة ومعدان".
""", [
    ev("cases-last-48-hours", "عشرات حالات التسمم الغذائي في الساعات الـ48 الأخيرة", HAMRA, "'في الساعات الـ48 الأخيرة' before Fri 26 May 2023 = 24-25 May", end="2023-05-26"),
    ev("tabqa-maadan-cases", "رُصدت، أمس الخميس، ثلاث حالات تسمم غذائي", TABQA_MAADAN, "'أمس الخميس' in an article of Fri 26 May 2023 = Thu 25 May"),
    ev("hamra-children-admitted", "غداة إصابة 20 شخصا آخرين بتسمم غذائي في قرية حمرة", HAMRA, "'غداة' before Thu 25 May 2023 = Wed 24 May (the 20 of Hamra, cc-raqqa 'ظهر اليوم 24 أيار')"),
    ev("abu-wahal-mushroom", "الأشهر الأخيرة شهدت وفاة 16 شخصاً", MUSHROOM[0], "'الأشهر الأخيرة': the deaths from the poisonous mushroom of Abu Wahal, from Thu 3 Nov 2022 (toll 11 by Sat 5 Nov, 16 later in November); I keep the span of the poisoning, 3-5 Nov 2022", end=MUSHROOM[1]),
])

# ---------------------------------------------------------------- jordan-irbid-schools-falafel-poisoning-2025
S = "jordan-irbid-schools-falafel-poisoning-2025"
POISONED = "2025-09-16"                    # Tue 16 Sep 2025: pupils of two schools (Bani Kinanah, Irbid) fell ill after falafel sandwiches
STATEMENT = "2025-09-17"                   # Wed 17 Sep 2025 (morning): Ayman al-Maqabla's toll of 23, 8 admitted
FOLLOW_UP = (POISONED, "2025-09-18")       # samples and closing of the restaurant, between Tue 16 and Wed 17 Sep
art(S, "https://www.lebanon24.com/news/variety-news/1417916/%D8%B7%D9%84%D8%A7%D8%A8-%D8%AA%D8%B9%D8%B1%D8%B6%D9%88%D8%A7-%D9%84%D8%AA%D8%B3%D9%85%D9%85-%D8%AC%D9%85%D8%A7%D8%B9%D9%8A",
    "2025-09-16", "the page's date line '16-09-2025 | 16:48'; the menu items and the 'A-/A+' controls dropped; headline kept from the page", True, """
طلاب تعرضوا لتسمم جماعي
تعرض خمسة طلاب أردنيين لتسمم غذائي جماعي في مدرسة بلواء بني كنانة في محافظة إربد، فنُقلوا على الفور إلى مستشفى اليرموك.
وذكر مدير المستشفى، الدكتور أحمد العكور، في تصريحات صحفية، أن "التحقيقات الأولية بيّنت أن سبب التسمم وجبات غذائية مصدرها مطعم واحد"، مشيرا إلى أن أربعة من المصابين أطفال.
وأضاف أن المستشفى شرع في إجراء الفحوص الطبية اللازمة وتقديم العلاج الفوري للطلاب المصابين للاطمئنان على صحتهم وسلامتهم، لافتا إلى أن الطلاب تناولوا الوجبات المسببة للتسمم خلال الدوام المدرسي.
""", [
    ev("students-poisoned", "تعرض خمسة طلاب أردنيين لتسمم غذائي جماعي", POISONED, "no own expression; the poisoning reported in an article stamped Tue 16 Sep 2025, 16:48 (the same day)"),
    ev("students-hospitalised", "فنُقلوا على الفور إلى مستشفى اليرموك", POISONED, "no own expression; on the day of the poisoning, Tue 16 Sep 2025"),
    ev("hospital-treatment", "المستشفى شرع في إجراء الفحوص الطبية اللازمة", POISONED, "no own expression; on admission, Tue 16 Sep 2025"),
    ev("school-meal-eaten", "تناولوا الوجبات المسببة للتسمم خلال الدوام المدرسي", POISONED, "no own expression; the meals of the school day of Tue 16 Sep 2025"),
])
art(S, "https://www.eremnews.com/entertainment/ibfc2jh",
    "2025-09-16", "no date line in the stored text (the stored page is stamped 2025-09-16); the content, the first report of five pupils with the hospital director's words, before the toll of 23 given on the morning of Wed 17 Sep (tayyar: 'صباح اليوم الاربعاء'), fits Tue 16 Sep 2025, the day of lebanon24's and alwakeelnews' same report; the unrelated headline of the site's ticker, the photo credit and the author's name dropped; headline kept from the page", False, """
الأردن.. إصابة 5 طلاب بمدرسة في إربد بتسمم جماعي
أصيب 5 طلاب أردنيين في إحدى المدارس بتسمم جماعي، فنُقلوا على الفور إلى مستشفى "اليرموك" في "لواء بني كنانة" بمحافظة إربد.
وأفاد مدير المستشفى، الدكتور أحمد العكور، بأنه "ثبت تعرض الطلبة الخمسة لتسمم غذائي جماعي بعد تناولهم وجبات من مطعم واحد"، موضحا أن "بين الحالات المصابة التي استقبلها المستشفى 4 أطفال".
وأشار، وفق تقارير صحفية محلية، إلى أن "المستشفى بدأ إجراء الفحوص اللازمة وتقديم العلاج للطلاب المصابين للاطمئنان على صحتهم وسلامتهم".
وبيّن أن "الطلاب تناولوا الوجبات أثناء الدوام المدرسي، وسيجري التحقق مما إذا كانت الوجبات من مطعم متعاقد مع المدرسة أم أنهم جلبوها بأنفسهم بتصرف فردي".
ولفت الدكتور العكور إلى أنه "جرى إبلاغ مديرية صحة إربد لاتخاذ الإجراءات اللازمة بحق المطعم".
""", [
    ev("students-poisoned", "أصيب 5 طلاب أردنيين في إحدى المدارس بتسمم جماعي", POISONED, "no own expression; the poisoning of Tue 16 Sep 2025 (lebanon24, stamped that day)"),
    ev("students-hospitalised", "فنُقلوا على الفور إلى مستشفى \"اليرموك\"", POISONED, "no own expression; on the day of the poisoning, Tue 16 Sep 2025"),
    ev("hospital-treatment", "المستشفى بدأ إجراء الفحوص اللازمة", POISONED, "no own expression; on admission, Tue 16 Sep 2025"),
    ev("school-meal-eaten", "الطلاب تناولوا الوجبات أثناء الدوام المدرسي", POISONED, "no own expression; the meals of the school day of Tue 16 Sep 2025"),
    ev("irbid-health-notified", "جرى إبلاغ مديرية صحة إربد", POISONED, "no own expression; the hospital's notice on the day of the admissions, Tue 16 Sep 2025"),
])
art(S, "https://www.tayyar.org/News/Mena/684875/_guid=684875",
    "2025-09-17", "the page's date line '17 SEPTEMBER 2025' and the body's 'صباح اليوم الاربعاء' (17 Sep 2025 was a Wednesday); the print/e-mail controls and the template placeholders dropped; headline kept from the page", True, """
بسبب الفلافل... تسمم 23 طالباً !
تعرض 23 طالبا في مدرستين منفصلتين في محافظة إربد بالأردن لتسمم غذائي بعد تناولهم وجبة فلافل.
وذكرت مصادر لـ"عمون" أن المؤسسة العامة للغذاء والدواء جمعت عينات من بقايا الطعام في المدرستين لتحديد المادة التي تسببت بالتسمم، كما سحبت عينات من المطعم الذي تُشترى منه وجبات "الفلافل".
وأخذت وزارة الصحة عينات من الطلبة المصابين بالتسمم لتحديد نوع الجرثومة المسببة له والوقوف على ظروف الحادثة.
وفي السياق ذاته، قال مدير إدارة الأوبئة في وزارة الصحة الأردنية أيمن المقابلة، صباح اليوم الاربعاء، إن 8 حالات فقط من أصل 23 أُدخلت المستشفى للمراقبة والمتابعة، بينما غادرت بقية الحالات بعد تلقي العلاج. وأوضح أن الطلبة المصابين ينتمون إلى مدرستين، إحداهما أساسية.
وشدد المسؤول الأردني على أن عمال مطعم الفلافل لا يحملون شهادات خلو من الأمراض، لافتا إلى أن المطعم أُغلق احترازيا إلى حين الوقوف على الملابسات.
""", [
    ev("students-poisoned", "تعرض 23 طالبا في مدرستين منفصلتين", POISONED, "no own expression; the pupils fell ill on Tue 16 Sep 2025 (the first report of five, lebanon24 of that day), the toll of 23 given on Wed 17 Sep"),
    ev("jfda-samples", "جمعت عينات من بقايا الطعام في المدرستين", FOLLOW_UP[0], "no own expression; between the poisoning of Tue 16 Sep and the report of Wed 17 Sep 2025 (my span)", end=FOLLOW_UP[1]),
    ev("maqabla-statement", "صباح اليوم الاربعاء", STATEMENT, "'صباح اليوم الاربعاء' = Wed 17 Sep 2025 (morning)"),
    ev("students-hospitalised", "8 حالات فقط من أصل 23 أُدخلت المستشفى", FOLLOW_UP[0], "no own expression; the admissions since Tue 16 Sep 2025, counted on the morning of Wed 17 Sep (my span 16-17 Sep)", end=FOLLOW_UP[1]),
    ev("restaurant-closed", "المطعم أُغلق احترازيا", FOLLOW_UP[0], "no own expression; closed between the poisoning of Tue 16 Sep and the statement of Wed 17 Sep 2025 (my span)", end=FOLLOW_UP[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 449
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 470-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: doping cases and disciplinary bans in sport (athletes,
clubs, federations).
Stories: the Italian anti-doping court's four-year ban of Paul Pogba (Italy/France, February-March 2024), the
WADA four-year ban of Russia and the Russian reactions (Russia, December 2019), and Jannik Sinner's three-month
settlement with WADA (Italy, February 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- italy-pogba-four-year-doping-ban-2024
S = "italy-pogba-four-year-doping-ban-2024"
BAN = "2024-02-29"                         # the Italian national anti-doping tribunal banned Pogba on Thu 29 Feb 2024
TEST = "2023-08-20"                        # the test after Udinese - Juventus, Sun 20 Aug 2023 (first round of Serie A)
PROSECUTOR = ("2023-12-01", "2024-01-01")  # the anti-doping prosecutor asked for four years in December 2023
art(S, "https://www.niagarapoem.com/%D8%A5%D9%8A%D9%82%D8%A7%D9%81-%D8%A7%D9%84%D9%81%D8%B1%D9%86%D8%B3%D9%8A-%D8%A8%D9%88%D9%84-%D8%A8%D9%88%D8%BA%D8%A8%D8%A7-4-%D8%A3%D8%B9%D9%88%D8%A7%D9%85-%D8%A8%D8%B3%D8%A8%D8%A8-%D8%A7%D9%84%D9%85/.html",
    BAN, "the page's stamp '29/2/2024 - آخر تحديث: 29/2/2024 04:48 م (بتوقيت مكة المكرمة)' (a copy of an Al Jazeera report); the body's 'اليوم الخميس' agrees (29 Feb 2024 was a Thursday); the stamp is not part of the body and is left out; headline from the URL slug; the last, truncated sentence (the B sample) dropped", True, """
إيقاف الفرنسي بول بوغبا 4 أعوام بسبب المنشطات
أصدرت محكمة مكافحة المنشطات الإيطالية اليوم الخميس حكما بإيقاف النجم الفرنسي بول بوغبا، لاعب وسط يوفنتوس الإيطالي، 4 أعوام لتناوله هرمون التستوستيرون المحظور في أغسطس/آب الماضي، وهي أقصى عقوبة ممكنة.
وأفاد مصدر من داخل النادي: "وصلنا إخطار من المحكمة هذا الصباح"، موضحا أن النادي "أخذ علما" بالقرار.
وصدر الحكم بعد أن طالبت النيابة العامة الإيطالية لمكافحة المنشطات بإيقاف اللاعب البالغ من العمر 30 عاما استنادا إلى القانون العالمي لمكافحة المنشطات.
وكان بوغبا، الذي غاب عن معظم موسم 2022-2023 ولم يخض سوى 10 مباريات بسبب الإصابات، قد سقط في فحص المنشطات الذي أجري له عقب مباراة يوفنتوس ومضيفه أودينيزي في الكالتشيو هذا الموسم، ولم يلعب منذ 20 أغسطس/آب الماضي.
ومع أنه بقي على دكة البدلاء ولم يشارك في المباراة، فقد كان من بين من وقع عليهم الاختيار العشوائي لإجراء الفحص.
وبرر المقربون من اللاعب هذه المخالفة بأن التستوستيرون مصدره مكمل غذائي وصفه له طبيب راجعه في الولايات المتحدة.
وكانت الوكالة الإيطالية لمكافحة المنشطات (نادو) قد أوقفت لاعب الوسط المتوج بمونديال 2018 احتياطيا منذ 11 سبتمبر/أيلول.
""", [
    ev("ban-ruling", "أصدرت محكمة مكافحة المنشطات الإيطالية اليوم الخميس حكما", BAN, "'اليوم الخميس' = Thu 29 Feb 2024"),
    ev("club-notified", "وصلنا إخطار من المحكمة هذا الصباح", BAN, "'هذا الصباح' on the day of the ruling, Thu 29 Feb 2024"),
    ev("prosecutor-request", "طالبت النيابة العامة الإيطالية لمكافحة المنشطات بإيقاف اللاعب", PROSECUTOR[0], "no own expression; the prosecutor's request of December 2023 (alkhutaa: 'في ديسمبر الماضي'), the month only", end=PROSECUTOR[1]),
    ev("positive-test", "سقط في فحص المنشطات الذي أجري له عقب مباراة يوفنتوس ومضيفه أودينيزي", TEST, "the test after Udinese - Juventus, which the text ties to '20 أغسطس/آب الماضي' = Sun 20 Aug 2023"),
    ev("provisional-suspension", "أوقفت لاعب الوسط المتوج بمونديال 2018 احتياطيا منذ 11 سبتمبر/أيلول", "2023-09-11", "'منذ 11 سبتمبر/أيلول' (of the previous year) = Mon 11 Sep 2023, the day of the provisional suspension"),
])
art(S, "https://alkhutaa.news/sports/19351/",
    BAN, "no date line on the stored page; the body's 'اليوم الخميس' for La Repubblica's report of the ban, which was handed down on Thu 29 Feb 2024 (the Al Jazeera copy of that day: 'اليوم الخميس'), so the report is of Thu 29 Feb 2024; the agency's boilerplate and the related-links block dropped; headline kept from the page", False, """
رسميا.. إيقاف بوغبا لمدة 4 سنوات
صادقت السلطات الإيطالية على إيقاف الفرنسي بول بوغبا، لاعب يوفنتوس، مدة 4 سنوات بسبب عينة منشطات إيجابية.
وأفادت صحيفة "لا ريبوبليكا" الإيطالية، اليوم الخميس، بأن بوغبا أوقف 4 سنوات لخرقه قواعد مكافحة المنشطات.
وجاءت هذه العقوبة على اللاعب الفرنسي استجابة لطلب تقدم به مكتب المدعي العام في ديسمبر الماضي، إثر فشله في اختبار المنشطات.
وكان بوغبا قد سقط في اختبار المنشطات في أغسطس 2023، وتحديدا عقب مواجهة أودينيزي في الجولة الأولى من الدوري الإيطالي، فنال أقصى عقوبة.
ويشار إلى أن بول بوغبا رجع إلى يوفنتوس في صيف 2022 قادما من مانشستر يونايتد في صفقة انتقال حر.
""", [
    ev("ban-ruling", "بأن بوغبا أوقف 4 سنوات لخرقه قواعد مكافحة المنشطات", BAN, "reported 'اليوم الخميس' = Thu 29 Feb 2024, the day of the ruling"),
    ev("prosecutor-request", "استجابة لطلب تقدم به مكتب المدعي العام في ديسمبر الماضي", PROSECUTOR[0], "'في ديسمبر الماضي' from Feb 2024 = December 2023 (the month only)", end=PROSECUTOR[1]),
    ev("positive-test", "سقط في اختبار المنشطات في أغسطس 2023", TEST, "'في أغسطس 2023', after the first-round match with Udinese = Sun 20 Aug 2023 (the Al Jazeera copy: '20 أغسطس/آب')"),
    ev("juventus-return", "رجع إلى يوفنتوس في صيف 2022", "2022-07-11", "'في صيف 2022'; Juventus announced his free transfer on Mon 11 Jul 2022 (from what I know of the story, not from the set)"),
])
art(S, "https://arabkhabar.com/a/2052686",
    "2024-03-03", "the page's line 'تاريخ النشر: 3rd, March 2024 GMT' (Sun 3 Mar 2024); an aggregator's copy of a report on Pogba's statement of Thu 29 Feb 2024 (the statement's 'اليوم' is that Thursday, not the day of publication); headline kept from the page; the date line is not part of the body and is left out; the last, truncated sentence (injuries) dropped", True, """
أول رد من بوغبا بعد الإيقاف: كل شيء سلب مني
نشر النجم الفرنسي بول بوغبا بيانا رسميا عبّر فيه عن صدمته من قرار السلطات الإيطالية فرض عقوبة طويلة عليه ستضع فعليا حدا لمسيرته في كرة القدم.
وكانت السلطات الرياضية الإيطالية قد قررت إيقاف بول بوغبا عن ممارسة كرة القدم 4 أعوام، بعد أن ثبت تعاطيه المنشطات قبل أشهر.
ماذا قال بوغبا؟
جاء في بيان بوغبا الرسمي:
أُبلغت اليوم بقرار المحكمة الوطنية لمكافحة المنشطات، وأرى أن الحكم خاطئ.
ينتابني الحزن والصدمة والأسى العميق لأن كل ما شيدته في مسيرتي الاحترافية انتُزع مني.
حين أتحرر من القيود القانونية ستتضح القصة كلها، لكنني لم أتناول قط، عن قصد أو عن عمد، أي مكملات تخالف لوائح مكافحة المنشطات.
وبصفتي رياضيا محترفا، لن أقدم أبدا على تحسين أدائي بمواد محظورة، ولم أُسِئ قط إلى زملائي الرياضيين أو إلى مشجعي أي فريق لعبت له أو ضده، ولم أخدعهم.
وبناء على القرار المعلن اليوم، سأطعن فيه أمام محكمة التحكيم الرياضية.
ماذا حصل؟
ثبت تعاطي النجم الفرنسي منشط "التيستيستيرون" في فحص المنشطات الذي أعقب مباراة يوفنتوس الأولى في الدوري الإيطالي هذا الموسم، في أغسطس 2023.
""", [
    ev("pogba-statement", "نشر النجم الفرنسي بول بوغبا بيانا رسميا", BAN, "no own expression; his Instagram statement of Thu 29 Feb 2024, the day of the ruling ('أُبلغت اليوم'); not the day of publication (Sun 3 Mar)"),
    ev("ban-ruling", "قد قررت إيقاف بول بوغبا عن ممارسة كرة القدم 4 أعوام", BAN, "no own expression; the ruling of Thu 29 Feb 2024 (the statement's 'اليوم')"),
    ev("cas-appeal-announced", "سأطعن فيه أمام محكمة التحكيم الرياضية", BAN, "announced in the statement of Thu 29 Feb 2024 ('القرار المعلن اليوم')"),
    ev("positive-test", "في فحص المنشطات الذي أعقب مباراة يوفنتوس الأولى", TEST, "'في أغسطس 2023', after Juventus's first league match (Udinese) = Sun 20 Aug 2023"),
])

# ---------------------------------------------------------------- russia-wada-four-year-ban-2019
S = "russia-wada-four-year-ban-2019"
WADA = "2019-12-09"                        # WADA's executive committee banned Russia for four years in Lausanne on Mon 9 Dec 2019
TOKYO = ("2020-07-24", "2020-08-10")       # Tokyo 2020 as scheduled in December 2019 (24 Jul - 9 Aug 2020)
BEIJING = ("2022-02-04", "2022-02-21")     # Beijing 2022 winter games (4 - 20 Feb 2022)
art(S, "https://innfrad.com/News/25/1703335/رئيس-الوزراء-الروسى-لدينا-مشاكل-كبيرة-فى-موضوع-تعاطى-المنشطات",
    WADA, "no date line on the stored page; the body's 'اليوم الاثنين' for Medvedev's words and for WADA's decision, which was taken on Mon 9 Dec 2019 (youm7 of Tue 10 Dec: 'أمس الإثنين'), so the report is of Mon 9 Dec 2019 (an MENA wire copy); headline kept from the page", False, """
رئيس الوزراء الروسى: لدينا مشاكل كبيرة فى موضوع تعاطى المنشطات
أقر رئيس الوزراء الروسي دميتري ميدفيديف، اليوم الاثنين، بأنه لا سبيل إلى إنكار وجود مشكلات كبيرة تتعلق بتعاطي المنشطات في الوسط الرياضي الروسي.
وقال ميدفيديف، معلقا على قرار الوكالة الدولية لمكافحة المنشطات بشأن روسيا: "لا يمكن تجاهل قرار الوكالة الدولية لمكافحة المنشطات بحق رياضيي بلادنا.. لن أدخل الآن في تحليل مفصل.. منذ وقت ليس ببعيد قلت خلال مقابلة إنه من الواضح في هذه الحالة أن لدى الجانب الروسي، أعني مجتمعنا الرياضي، مشكلات كبيرة مع المنشطات حتى الآن، وهذا أمر لا يمكن إنكاره"، وفق ما أوردته وكالة سبوتنيك الروسية.
وكانت اللجنة التنفيذية للوكالة الدولية لمكافحة المنشطات قد قررت، اليوم الاثنين، حرمان الرياضيين الروس من المشاركة في الألعاب الأولمبية 4 سنوات، فيما أعلنت نائبة المدير العام للوكالة الروسية لمكافحة المنشطات مارجارينا باخنوتسكايا اليوم أن الوكالة قررت منع روسيا من تنظيم المنافسات الدولية الكبرى 4 سنوات أو الترشح لاستضافتها.
وأضافت أنه يمكن السماح للرياضيين والمدربين الروس بالمشاركة في المسابقات الدولية إذا أثبتوا أنهم لم ينتهكوا قواعد الامتثال لمكافحة المنشطات العالمية.
""", [
    ev("medvedev-comment", "أقر رئيس الوزراء الروسي دميتري ميدفيديف، اليوم الاثنين", WADA, "'اليوم الاثنين' = Mon 9 Dec 2019"),
    ev("wada-ban", "قد قررت، اليوم الاثنين، حرمان الرياضيين الروس", WADA, "'اليوم الاثنين' = Mon 9 Dec 2019"),
    ev("rusada-deputy-announcement", "أعلنت نائبة المدير العام للوكالة الروسية لمكافحة المنشطات مارجارينا باخنوتسكايا اليوم", WADA, "'اليوم' = Mon 9 Dec 2019"),
])
art(S, "http://www.youm7.com/story/2019/12/10/بوتين-ينتقد-قرار-بحرمان-بلاده-من-المشاركة-فى-المسابقات-الرياضية/4539445",
    "2019-12-10", "the page's line 'الثلاثاء، 10 ديسمبر 2019 11:25 ص' and the URL's 2019/12/10; the body's 'اليوم الثلاثاء' and 'أمس الإثنين' agree (10 Dec 2019 was a Tuesday); the date line is not part of the body and is left out; 'أ ش أ' and the share buttons dropped; headline kept from the page", True, """
بوتين ينتقد قرار بحرمان بلاده من المشاركة فى المسابقات الرياضية 4 أعوام
وجّه الرئيس الروسي فلاديمير بوتين انتقادا لقرار الوكالة الدولية لمكافحة المنشطات (وادا) القاضي بحرمان بلاده من المشاركة في المسابقات الرياضية أربعة أعوام.
وأوضح بوتين، في تصريحات نقلتها قناة "روسيا اليوم" الإخبارية اليوم الثلاثاء، أن العقوبات على الرياضيين لا يجوز أن تكون جماعية فتطال أشخاصا لا صلة لهم بأي انتهاكات، مضيفا أن القرارات الجماعية لـ(وادا) بحق الرياضة الروسية لا تستهدف نقاء الرياضة العالمية ونزاهتها، وإنما تحركها اعتبارات سياسية لا شأن لها بمصالح الرياضة والحركة الأولمبية.
وكانت اللجنة التنفيذية لـ(وادا) قد وافقت بإجماع أعضائها، أمس الإثنين، على توصية لجنة مراجعة الامتثال بإيقاف روسيا أربعة أعوام عن المشاركة في النشاطات الرياضية الدولية، بما يشمل أولمبياد طوكيو 2020 الصيفي وأولمبياد بكين 2022 الشتوي.
""", [
    ev("putin-criticism", "وجّه الرئيس الروسي فلاديمير بوتين انتقادا", WADA, "Putin spoke in Paris after the Normandy-format summit on the evening of Mon 9 Dec 2019 (alyaoum24: 'على هامش قمة في باريس'); RT carried his words 'اليوم الثلاثاء' (Tue 10 Dec); see the caveats"),
    ev("wada-ban", "قد وافقت بإجماع أعضائها، أمس الإثنين", WADA, "'أمس الإثنين' in an article of Tue 10 Dec 2019 = Mon 9 Dec"),
    ev("tokyo-2020", "أولمبياد طوكيو 2020 الصيفي", TOKYO[0], "the Tokyo games as scheduled at the time, 24 Jul - 9 Aug 2020 (from what I know, not from the set; later postponed to 2021)", end=TOKYO[1]),
    ev("beijing-2022", "أولمبياد بكين 2022 الشتوي", BEIJING[0], "the Beijing winter games, 4 - 20 Feb 2022 (from what I know, not from the set)", end=BEIJING[1]),
])
art(S, "https://www.maghress.com/alyaoum24/1348019",
    "2019-12-10", "no date line on the stored page (an alyaoum24 report carried by maghress); the body's 'أمس الاثنين' for WADA's decision of Mon 9 Dec 2019 gives Tue 10 Dec 2019; headline written from the body (the stored text has none)", False, """
بوتين: أهداف سياسية وراء قرار إيقاف روسيا أربع سنوات
قال الرئيس الروسي فلاديمير بوتين إن دوافع سياسية كانت وراء قرار الوكالة العالمية لمكافحة المنشطات إيقاف روسيا أربع سنوات عن المشاركة في المسابقات الرياضية الدولية.
ورأى بوتين، على هامش قمة في باريس بشأن إنهاء الحرب في أوكرانيا، أن هذا القرار يتنافى مع الشرعية الأولمبية.
وأضاف الرئيس الروسي: "على روسيا أن تشارك في المسابقات تحت علمها الرسمي، إذ لا يوجد ما يستدعي لوم اللجنة الأولمبية الروسية".
وكانت اللجنة التنفيذية للوكالة العالمية لمكافحة المنشطات قد صادقت بالإجماع أمس الاثنين، في لوزان السويسرية، على قرار بإيقاف روسيا أربع سنوات عن المشاركة في المسابقات الدولية، ومنها دورة الألعاب الأولمبية "طوكيو" 2020 والألعاب الشتوية بكين 2022.
""", [
    ev("putin-criticism", "قال الرئيس الروسي فلاديمير بوتين إن دوافع سياسية", WADA, "no own expression; his remarks in Paris on the evening of Mon 9 Dec 2019, after the summit of that day"),
    ev("paris-summit", "على هامش قمة في باريس بشأن إنهاء الحرب في أوكرانيا", WADA, "no own expression; the Normandy-format summit in Paris of Mon 9 Dec 2019 (from what I know, not from the set)"),
    ev("wada-ban", "قد صادقت بالإجماع أمس الاثنين", WADA, "'أمس الاثنين' from Tue 10 Dec 2019 = Mon 9 Dec"),
    ev("tokyo-2020", "دورة الألعاب الأولمبية \"طوكيو\" 2020", TOKYO[0], "the Tokyo games as scheduled at the time, 24 Jul - 9 Aug 2020", end=TOKYO[1]),
    ev("beijing-2022", "الألعاب الشتوية بكين 2022", BEIJING[0], "the Beijing winter games, 4 - 20 Feb 2022", end=BEIJING[1]),
])

# ---------------------------------------------------------------- italy-sinner-wada-settlement-2025
S = "italy-sinner-wada-settlement-2025"
SETTLE = "2025-02-15"                      # WADA announced the settlement (three months) on Sat 15 Feb 2025
BAN3 = ("2025-02-09", "2025-05-05")        # ineligibility 9 Feb - 4 May 2025
TESTS = ("2024-03-01", "2024-04-01")       # the two positive clostebol tests of March 2024 (Indian Wells)
CLEARED = ("2024-08-19", "2024-08-21")     # the independent tribunal's clearance (decision 19 Aug, announced 20 Aug 2024)
APPEAL = "2024-09-28"                      # WADA announced its appeal to CAS on Sat 28 Sep 2024
art(S, "https://kawalisserif.com/?p=212101",
    SETTLE, "no date line on the stored page, but the first sentence dates itself: 'في بيان صدر اليوم، السبت 15 فبراير 2025' (15 Feb 2025 was a Saturday), kept in the body as on the page; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
سينر يقبل الإيقاف ثلاثة أشهر في قضية المنشطات
أعلنت الوكالة العالمية لمكافحة المنشطات (وادا)، في بيان صدر اليوم، السبت 15 فبراير 2025، أن الإيطالي يانيك سينر، المصنف الأول عالميا في التنس، قبل عقوبة إيقاف مدتها ثلاثة أشهر لانتهاكه قواعد مكافحة المنشطات.
وترجع وقائع القضية إلى مارس 2024، حين جاءت نتائج فحوص سينر إيجابية لمادة "كلوستيبول" المحظورة. وقد عزت وحدة نزاهة رياضة التنس الدولية ذلك إلى تلوث غير مقصود، إذ أوضح سينر أن المادة تسربت إلى جسمه عبر منتج يباع دون وصفة طبية استعمله معالجه الطبيعي لمداواة جرح صغير في يده.
غير أن وادا استأنفت هذا القرار، لأنها رأت أن تفسير سينر لا يكفي لتبرئته. وانتهى الأمر إلى تسوية تقضي بإيقافه ثلاثة أشهر، تبدأ في 9 فبراير 2025 وتنتهي في 4 مايو 2025، ما يتيح له العودة إلى المنافسات قبل بطولة فرنسا المفتوحة.
وتجدر الإشارة إلى أن القضية أثارت جدلا كبيرا في الأوساط الرياضية، إذ طالب بعض الخبراء بعقوبات أشد على سينر، معتبرين أن التساهل في مثل هذه الحالات قد يسيء إلى نزاهة الرياضة.
في المقابل، أبدى كثير من اللاعبين دعمهم لسينر، مؤكدين ضرورة احترام الإجراءات القانونية والإقرار ببراءته إلى أن تثبت إدانته.
""", [
    ev("settlement-announced", "في بيان صدر اليوم، السبت 15 فبراير 2025", SETTLE, "'اليوم، السبت 15 فبراير 2025' = Sat 15 Feb 2025"),
    ev("positive-tests", "جاءت نتائج فحوص سينر إيجابية لمادة", TESTS[0], "'إلى مارس 2024' = March 2024 (the month only; the tests of Indian Wells)", end=TESTS[1]),
    ev("itia-clearance", "عزت وحدة نزاهة رياضة التنس الدولية ذلك إلى تلوث غير مقصود", CLEARED[0], "no own expression; the independent tribunal's clearance, decided on Mon 19 Aug and made public on Tue 20 Aug 2024 (akhbar-alkhaleej: 'في أغسطس آب الماضي')", end=CLEARED[1]),
    ev("wada-appeal", "غير أن وادا استأنفت هذا القرار", APPEAL, "no own expression; WADA's appeal to CAS, announced on Sat 28 Sep 2024 (from what I know of the story, not from the set)"),
    ev("ban-period", "تبدأ في 9 فبراير 2025 وتنتهي في 4 مايو 2025", BAN3[0], "'في 9 فبراير 2025' - 'في 4 مايو 2025' (4 May included)", end=BAN3[1]),
    ev("french-open", "قبل بطولة فرنسا المفتوحة", "2025-05-25", "no own expression; Roland-Garros 2025, 25 May - 8 Jun 2025 (from what I know, not from the set)", end="2025-06-09"),
])
art(S, "https://akhbar-alkhaleej.com/news/article/1393027",
    "2025-02-17", "the article's line 'الاثنين ١٧ فبراير ٢٠٢٥ - 02:00' (17 Feb 2025 was a Monday; the issue line above it, of 22 Apr 2025, is the crawl's masthead); a Reuters report; the date line is not part of the body and is left out; headline kept from the page; the last, truncated sentence dropped", True, """
ميدفيديف يأمل شمول «التسويات» الجميع
(رويترز): أعرب دانييل ميدفيديف، المصنف الأول عالميا سابقا، عن أمله في أن يتمكن لاعبون آخرون من إبرام تسويات مع الوكالة العالمية لمكافحة المنشطات (الوادا)، بعد أن قبل يانيك سينر، بطل أستراليا المفتوحة، إيقافا فوريا لثلاثة أشهر بسبب مخالفة لوائح المنشطات.
وجاءت تسوية الوادا مع سينر بعد أن استأنفت أمام محكمة التحكيم الرياضية قرار محكمة مستقلة صدر في أغسطس آب الماضي بتبرئة سينر من أي مخالفة، إثر إخفاق اللاعب المتوج بثلاثة ألقاب كبرى في اختبارات المنشطات.
""", [
    ev("medvedev-hope", "أعرب دانييل ميدفيديف، المصنف الأول عالميا سابقا", SETTLE, "no own expression; after the settlement of Sat 15 Feb 2025 and before this issue of Mon 17 Feb 02:00 (my span 15 - 16 Feb 2025)", end="2025-02-17"),
    ev("settlement-announced", "بعد أن قبل يانيك سينر، بطل أستراليا المفتوحة، إيقافا فوريا", SETTLE, "no own expression; the settlement announced on Sat 15 Feb 2025 (kawalisserif)"),
    ev("wada-appeal", "بعد أن استأنفت أمام محكمة التحكيم الرياضية", APPEAL, "no own expression; WADA's appeal announced on Sat 28 Sep 2024"),
    ev("itia-clearance", "قرار محكمة مستقلة صدر في أغسطس آب الماضي", CLEARED[0], "'في أغسطس آب الماضي' from Feb 2025 = August 2024; the decision of 19 Aug, made public on 20 Aug 2024", end=CLEARED[1]),
    ev("positive-tests", "إثر إخفاق اللاعب المتوج بثلاثة ألقاب كبرى في اختبارات المنشطات", TESTS[0], "no own expression; the two positive tests of March 2024 (the month only)", end=TESTS[1]),
])
art(S, "https://m.kooora.com/?n=1390521&o=n27922&pg=1",
    "2025-02-20", "no date on the stored page; the body's 'اليوم الخميس' for the replacement and 'الأسبوع الماضي' for the settlement of Sat 15 Feb 2025, with '9 فبراير /شباط الجاري' (still February), give Thu 20 Feb 2025 (20 Feb 2025 was a Thursday; Thu 27 Feb would not put Sat 15 Feb in 'last week'); headline written from the body (the stored text has none); the last, truncated sentence dropped", False, """
استبعاد سينر من حدث استعراضي في لاس فيجاس
استُبعد الإيطالي يانيك سينر من حدث استعراضي للتنس يقام في لاس فيجاس الشهر المقبل، إذ يمضي المصنف الأول عالميا عقوبة إيقاف مدتها 3 أشهر بسبب فحوصات منشطات فاشلة.
وسيحل النرويجي كاسبر رود بدلا من سينر، لينضم إلى الألماني ألكسندر زفيريف والأمريكي تايلور فريتز ومواطنه تومي بول في البطولة التي ستنطلق في الثاني من مارس / آذار المقبل، ضمن حدث "إم جي إم" في منتجع ماندلاي باي.
وأُعلن عن استبدال اللاعب اليوم الخميس، تماشيا مع غياب سينر عن الملاعب حتى نهاية عقوبته، وهي الإيقاف 3 أشهر تبدأ من 9 فبراير /شباط الجاري وحتى 4 مايو/أيار المقبل.
وكان سينر قد وافق على عقوبة الإيقاف ضمن تسوية مع الوكالة الدولية لمكافحة المنشطات (وادا)، الأسبوع الماضي، بعد أن استأنفت (وادا) قرار وحدة النزاهة في التنس بتبرئة سينر مما عُدّ تلوثا عرضيا.
وكانت عيناته قد جاءت إيجابية في مارس / آذار 2024 بكميات ضئيلة من مادة لبناء العضلات، ثم أوضح اللاعب لاحقا أن كريما اشتراه أحد أعضاء طاقمه التدريبي وأعطاه لشخص آخر في فريقه لاستخدامه في تدليك سينر، كان يحتوي على مادة كلوستيبول المحظورة.
""", [
    ev("vegas-replacement", "وأُعلن عن استبدال اللاعب اليوم الخميس", "2025-02-20", "'اليوم الخميس' = Thu 20 Feb 2025"),
    ev("vegas-exhibition", "في البطولة التي ستنطلق في الثاني من مارس / آذار المقبل", "2025-03-02", "'في الثاني من مارس / آذار المقبل' = Sun 2 Mar 2025"),
    ev("ban-period", "تبدأ من 9 فبراير /شباط الجاري وحتى 4 مايو/أيار المقبل", BAN3[0], "'9 فبراير /شباط الجاري' - '4 مايو/أيار المقبل' = 9 Feb - 4 May 2025 (4 May included)", end=BAN3[1]),
    ev("settlement-announced", "قد وافق على عقوبة الإيقاف ضمن تسوية", SETTLE, "'الأسبوع الماضي' from Thu 20 Feb 2025 = the settlement announced on Sat 15 Feb 2025"),
    ev("wada-appeal", "بعد أن استأنفت (وادا) قرار وحدة النزاهة", APPEAL, "no own expression; WADA's appeal announced on Sat 28 Sep 2024"),
    ev("positive-tests", "وكانت عيناته قد جاءت إيجابية في مارس / آذار 2024", TESTS[0], "'في مارس / آذار 2024' = March 2024 (the month only)", end=TESTS[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 470
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 319-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories299/make_stories.py). Domain: anniversaries and commemorations -- massacres, wars,
disasters and national tragedies remembered, with the commemoration events held: the twelfth anniversary of the
Ghouta chemical attack, the first marked in Damascus after the fall of the Assad regime (Syria, August 2025), the
first United Nations commemoration of the Nakba, on its 75th anniversary (Palestine / UN, May 2023), the 80th
anniversary of the massacres of 8 May 1945 and Algeria's National Memory Day (Algeria, May 2025), and the 40th
anniversary of the Sabra and Shatila massacre in Beirut (Lebanon, September 2022).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-ghouta-chemical-attack-anniversary-2025
S = "syria-ghouta-chemical-attack-anniversary-2025"
ATTACK = "2013-08-21"                      # the sarin attack on Eastern and Western Ghouta, night of Wed 21 Aug 2013
DAY = "2025-08-21"                         # the twelfth anniversary, Thu 21 Aug 2025 (27 Safar 1447)
FRANCE = "2025-08-22"                      # the French foreign ministry's statement, Fri 22 Aug 2025
SURVIVORS = "2025-08-23"                   # President al-Sharaa receives survivors, Sat 23 Aug 2025 (evening)
art(S, "https://thawra.sy/?p=695291",
    "2025-08-21", "the body's 'في الساعة الثانية فجراً من ليلة الخميس الموافق 27/2/1447هـ 21/8/2025م' and 'صباح اليوم', 'عصر اليوم' for the same day's programme (21 Aug 2025 was a Thursday, = 27 Safar 1447, checked with hijridate); the byline 'الثورة – محجوب الرقشة' dropped; headline kept from the page; the last, truncated words dropped", True, """
إحياء ذكرى مجزرة الكيماوي في الغوطة الشرقية.. زيارة لمقبرة الشهداء في زملكا ومطالبة بمحاسبة المتورطين
تستذكر محافظتا دمشق وريفها الذكرى الثانية عشرة لمجزرة الكيماوي التي شهدتها الغوطة الشرقية، إذ انطلقت التكبيرات في الساعة الثانية فجراً من ليلة الخميس الموافق 27/2/1447هـ 21/8/2025م من كل مساجد دمشق وريفها إحياءً للمناسبة.
ويرافق الذكرى تجسيد حي للحظات التي مرت بها نقاط الرباط على جبهتي زملكا وجوبر تحت القصف بالأسلحة الكيميائية، وللمحاولة التي قامت بها عصابات الإجرام لاقتحام المنطقة واختراق دفاعات المجاهدين على محور المتحلق الجنوبي.
وانطلقت صباح اليوم مواكب شعبية من مقبرة شهداء الكيماوي في مدينة زملكا، تسلك مسارا يمر بساحات دمشق وريفها، على أن يتوقف الموكب لقراءة الفاتحة أمام صرح الجندي المجهول في جبل قاسيون.
وفي تمام الساعة الرابعة عصر اليوم تبدأ فعالية زيارة مقبرة الشهداء في زملكا، بمشاركة وفود رسمية ودولية ومنظمات حقوقية وأهلية ومجتمعية، وبحضور وكالات أنباء محلية ودولية.
وتتضمن الفعالية تعريفا بركن شهداء مجزرة الكيماوي 21/8/2013، وبركن شهداء تفجير تشييع زملكا 30/6/2012، وبأسماء الشهداء الموثقين، إضافة إلى المشاركة في تدوين أسماء الشهداء مجهولي الهوية.
""", [
    ev("commemoration", "تستذكر محافظتا دمشق وريفها الذكرى الثانية عشرة", DAY, "no own day in the clause; the commemoration of the twelfth anniversary held on Thu 21 Aug 2025 (the page's 'ليلة الخميس الموافق ... 21/8/2025م')"),
    ev("takbirs", "انطلقت التكبيرات في الساعة الثانية فجراً من ليلة الخميس", DAY, "'في الساعة الثانية فجراً من ليلة الخميس الموافق 27/2/1447هـ 21/8/2025م' = 02:00 on Thu 21 Aug 2025"),
    ev("procession", "وانطلقت صباح اليوم مواكب شعبية من مقبرة شهداء الكيماوي", DAY, "'صباح اليوم' = the morning of Thu 21 Aug 2025"),
    ev("cemetery-visit", "تبدأ فعالية زيارة مقبرة الشهداء في زملكا", DAY, "'في تمام الساعة الرابعة عصر اليوم' = 16:00 on Thu 21 Aug 2025 (announced, later the same day)"),
    ev("chemical-attack", "بركن شهداء مجزرة الكيماوي 21/8/2013", ATTACK, "'21/8/2013' = Wed 21 Aug 2013 (the attack began after 02:00 that night)"),
    ev("zamalka-funeral-bombing", "تفجير تشييع زملكا 30/6/2012", "2012-06-30", "'30/6/2012' = Sat 30 Jun 2012"),
])
art(S, "https://www.alquds.co.uk/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D8%A5%D8%AD%D9%8A%D8%A7%D8%A1-%D8%B0%D9%83%D8%B1%D9%89-%D8%A7%D9%84%D9%87%D8%AC%D9%88%D9%85-%D8%A7%D9%84%D9%83%D9%8A%D9%85%D9%8A%D8%A7%D8%A6%D9%8A-%D8%B9%D9%84%D9%89/",
    "2025-08-21", "stamp 'date 2025-08-21' at the head of the stored page (not kept in the text); the body's 'الخميس' for the Damascus event agrees (21 Aug 2025 was a Thursday); headline rendered from the URL slug (the stored text has none); the photo caption ('... 28 أغسطس 2013. رويترز') and the dateline 'دمشق:' dropped; no date of its own in the text", False, """
سوريا: إحياء ذكرى الهجوم الكيميائي على الغوطة
احتضنت العاصمة السورية دمشق، الخميس، فعالية أُقيمت إحياءً للذكرى الثانية عشرة للهجوم الكيميائي الذي شنه نظام الأسد المخلوع على منطقة الغوطة الشرقية.
وعند الساعة 02:30 فجراً، وهو توقيت وقوع الهجوم عام 2013، ارتفعت التكبيرات من مساجد حي زملكا في الغوطة، ثم توجه مدنيون إلى جسر زملكا مرددين هتافات تطالب بمحاسبة من تورطوا في المجزرة.
وفي كلمة ألقاها خلال الفعالية، قال محمد حاتم، وهو من سكان المنطقة، إنه خسر عددا كبيرا من أقاربه في الهجوم الكيميائي، مضيفا: "اليوم أنعم الله علينا بأن نحيي ذكرى مجزرة الكيميائي في وطننا. في مثل هذه اللحظة قبل 12 عاماً، وبالساعة نفسها، وقع هجوم أزهق أرواح نحو 1500 شخص، وخسرنا فيه عائلاتنا وأصدقاءنا وأقاربنا".
وغلبت الدموع حاتم وهو يتابع: "خسرت أبي وأخي وابن أخي وعمي وجيراني، وبإذن الله سيأتي يوم تعلو فيه التكبيرات من هذه المساجد حين نسمع نبأ القبض على المسؤولين عن الهجوم، ولا سيما بشار الأسد، ومحاسبتهم".
وكانت المجزرة قد وقعت في الغوطة الشرقية يوم 21 أغسطس/آب 2013، وقضى فيها أكثر من 1400 مدني، من بينهم مئات الأطفال والنساء.
""", [
    ev("commemoration", "فعالية أُقيمت إحياءً للذكرى الثانية عشرة", DAY, "'الخميس' = Thu 21 Aug 2025 (the day of publication)"),
    ev("takbirs", "ارتفعت التكبيرات من مساجد حي زملكا", DAY, "'عند الساعة 02:30 فجراً' of the anniversary = 02:30 on Thu 21 Aug 2025"),
    ev("zamalka-bridge-chants", "توجه مدنيون إلى جسر زملكا", DAY, "no own expression; after the takbirs of the early hours of Thu 21 Aug 2025"),
    ev("hatem-speech", "وفي كلمة ألقاها خلال الفعالية", DAY, "no own expression; a speech at the event of Thu 21 Aug 2025"),
    ev("chemical-attack", "وكانت المجزرة قد وقعت في الغوطة الشرقية يوم 21 أغسطس/آب 2013", ATTACK, "'يوم 21 أغسطس/آب 2013' (a Wednesday); also 'قبل 12 عاماً' from the speech"),
])
art(S, "https://www.diplomatie.gouv.fr/ar/dossier-pays/afrique-du-nord-et-moyen-orient/syrie/evenements-et-visites/2025/article/%D8%B3%D9%88%D8%B1%D9%8A%D8%A9-%D8%A5%D8%AD%D9%8A%D8%A7%D8%A1-%D8%B0%D9%83%D8%B1%D9%89-%D9%85%D8%B1%D9%88%D8%B1-12-%D8%B9%D8%A7%D9%85%D9%8B%D8%A7-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D9%87%D8%AC%D9%88%D9%85",
    "2025-08-22", "the statement's own date in its title '(22 آب/أغسطس 2025)' (kept in the headline; 22 Aug 2025 was a Friday), and the body's 'يوم أمس' for the anniversary of 21 Aug agrees; the Arabic page of the French foreign ministry (a statement, not a newspaper)", True, """
سورية - إحياء ذكرى مرور 12 عامًا على الهجوم الكيميائي على سكان الغوطة (22 آب/أغسطس 2025)
في 21 آب/أغسطس 2013 شنّ نظام بشار الأسد الدموي هجومًا بأسلحة كيميائية محمّلة بغاز السارين على سكان الغوطة في دمشق، ما أدى إلى مقتل 1400 شخص بينهم أطفال كثيرون.
ومع حلول الذكرى الثانية عشرة لهذه الجريمة الشنيعة يوم أمس، تستذكر فرنسا الضحايا وتعبّر عن تضامنها مع عائلاتهم ومع الشعب السوري كله، سعيًا إلى تحقيق العدالة في الجرائم التي لا تحصى التي ارتكبها نظام بشار الأسد وحلفاؤه.
وستمضي فرنسا في التزامها بأن ينال المسؤولون عن استعمال هذه الأسلحة الكيميائية عقابهم، خصوصًا من خلال الشراكة الدولية لمكافحة إفلات مستخدمي الأسلحة الكيميائية من العقاب، التي أطلقتها في عام 2018.
كما تساند فرنسا منظمة حظر الأسلحة الكيميائية في عملها على تحديد أماكن مخازن الأسلحة الكيميائية التابعة لنظام بشار الأسد وتدميرها، وتشيد بالتزام السلطات السورية الجديدة في هذا الشأن.
وتؤكد فرنسا، المنخرطة كليًا في هذه الجهود والتي تأمل أن تُدمَّر هذه المخازن في أسرع وقت، ضرورة صون الأدلة التي تشكّل أساسًا لا يمكن الاستغناء عنه في مكافحة الإفلات من العقاب.
""", [
    ev("chemical-attack", "شنّ نظام بشار الأسد الدموي هجومًا بأسلحة كيميائية", ATTACK, "'في 21 آب/أغسطس 2013' (a Wednesday)"),
    ev("commemoration", "ومع حلول الذكرى الثانية عشرة لهذه الجريمة الشنيعة يوم أمس", DAY, "'يوم أمس' from Fri 22 Aug 2025 = Thu 21 Aug 2025"),
    ev("france-statement", "تستذكر فرنسا الضحايا وتعبّر عن تضامنها", FRANCE, "the statement dated '(22 آب/أغسطس 2025)' in its title"),
    ev("impunity-partnership", "التي أطلقتها في عام 2018", "2018-01-23", "'في عام 2018'; outside knowledge: the International Partnership against Impunity for the Use of Chemical Weapons was launched in Paris on Tue 23 Jan 2018"),
])
art(S, "https://www.aljazeeramubasher.net/news/politics/2025/8/24/%D8%A7%D9%84%D8%B4%D8%B1%D8%B9-%D9%8A%D8%B3%D8%AA%D9%82%D8%A8%D9%84-%D9%86%D8%A7%D8%AC%D9%8A%D9%86-%D9%85%D9%86-%D9%85%D8%AC%D8%A7%D8%B2%D8%B1-%D8%A7%D9%84%D9%83%D9%8A%D9%85%D8%A7%D9%88%D9%8A",
    "2025-08-24", "date in the URL '/2025/8/24/' and stamp 'date 2025-08-24' (24 Aug 2025 was a Sunday); the body's 'مساء السبت' and 'الخميس الماضي' agree; headline rendered from the URL slug; the embedded tweet of the Syrian presidency (with its own 'اليوم') dropped; no date of its own in the text", False, """
الشرع يستقبل ناجين من مجازر الكيماوي
التقى الرئيس السوري أحمد الشرع، مساء السبت، ناجين من مجازر الكيماوي التي ارتكبها النظام المخلوع في ريف دمشق، مشددا على أن محاسبة المتورطين فيها حق لا يسقط بالتقادم.
والخميس الماضي، أحيا السوريون الذكرى الـ12 لمجزرة الغوطة الشرقية التي ارتكبتها قوات رئيس النظام السوري المخلوع بشار الأسد، في ظل تأكيد رسمي على أن محاسبة المسؤولين عنها تحظى بالأولوية.
وكانت المجزرة قد وقعت في منطقة الغوطة الشرقية بدمشق في 21 أغسطس/ آب 2013، خلال هجوم قُتل فيه أكثر من 1400 مدني بينهم مئات الأطفال والنساء، وما زال حاضرا في ذاكرة السوريين.
ونقلت وكالة الأنباء السورية الرسمية (سانا) عن الشرع قوله خلال اللقاء إن "هذه الجرائم ستبقى شاهداً على معاناة السوريين وإصرارهم على نيل الحرية والكرامة".
وأكد أن "محاسبة مرتكبيها وتحقيق العدالة حق لا يسقط بالتقادم".
""", [
    ev("sharaa-survivors", "التقى الرئيس السوري أحمد الشرع، مساء السبت، ناجين", SURVIVORS, "'مساء السبت' from Sun 24 Aug 2025 = the evening of Sat 23 Aug 2025"),
    ev("commemoration", "والخميس الماضي، أحيا السوريون الذكرى الـ12", DAY, "'الخميس الماضي' from Sun 24 Aug 2025 = Thu 21 Aug 2025"),
    ev("mfa-statement", "في ظل تأكيد رسمي على أن محاسبة المسؤولين عنها تحظى بالأولوية", DAY, "no own expression; the Syrian foreign ministry's statement of Thu 21 Aug 2025 that the chemical attacks 'ستبقى أولوية' (al-Ikhbariya, 'الخميس 21 آب')"),
    ev("chemical-attack", "وكانت المجزرة قد وقعت في منطقة الغوطة الشرقية بدمشق في 21 أغسطس/ آب 2013", ATTACK, "'في 21 أغسطس/ آب 2013' (a Wednesday)"),
])

# ---------------------------------------------------------------- un-nakba-75th-commemoration-2023
S = "un-nakba-75th-commemoration-2023"
UNDAY = "2023-05-15"                       # the UN's first commemoration of the Nakba, Mon 15 May 2023 (New York)
RES = "2022-11-30"                         # General Assembly resolution A/RES/77/23, Wed 30 Nov 2022 (90-30-47)
art(S, "https://akhbarelyom.com/news/newdetails/4090388/1/%D9%84%D9%84%D9%85%D8%B1%D8%A9-%D8%A7%D9%84%D8%A3%D9%88%D9%84%D9%89-%D9%85%D9%86%D8%B0-%D8%B9%D8%A7%D9%85-1948-%D8%A7%D9%84%D8%A3%D9%85%D9%85-%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D8%AF%D8%A9-",
    "2023-05-14", "no date on the stored page; the body's 'يوم غداً الاثنين 15 مايو' (with the resolution of '30 نوفمبر 2022' fixing the year: 15 May 2023 was a Monday) gives Sun 14 May 2023; headline kept from the page; the sub-heading, the 'إقرأ أيضاً' link and the last, truncated sentence (the chair of the meeting) dropped; no date of its own in the text", False, """
للمرة الأولى منذ عام 1948... الأمم المتحدة تحيي ذكرى «نكبة فلسطين»
قررت الأمم المتحدة أن تحيي ذكرى نكبة الشعب الفلسطيني في فعالية رسمية تقام في مقرها بنيويورك، للمرة الأولي منذ عام 1948.
وبحسب وكالة الأنباء الفلسطينية الرسمية، سيُنظَّم حدثان في مقر الأمم المتحدة لإحياء هذه الذكرى، استنادا إلى التفويض الذي منحته الجمعية العامة للأمم المتحدة بقرار صدر في 30 نوفمبر 2022.
وأضاف المصدر نفسه أن بعثة المراقبة الدائمة لفلسطين لدى الأمم المتحدة ستشارك في تنظيم الفعاليتين، يوم غداً الاثنين 15 مايو، إلى جانب لجنة الأمم المتحدة المعنية بممارسة الشعب الفلسطيني لحقوقه غير القابلة للتصرف.
وكانت الجمعية العامة للأمم المتحدة قد أقرت القرار المؤيد للفلسطينيين بشأن إحياء ذكرى النكبة في المنظمة بأغلبية 90 صوتا مقابل 30 صوتا معارضا، بينما امتنعت 47 دولة عن التصويت.
ومن المقرر أن تبدأ الفعالية الأولى إعتبارا من الساعة 10 صباحا وتستمر إلى الساعة 12:30 ظهراً (بتوقيت نيويورك) في غرفة الاجتماعات رقم 4 بمقر الأمم المتحدة.
""", [
    ev("un-nakba-events", "ستشارك في تنظيم الفعاليتين، يوم غداً الاثنين 15 مايو", UNDAY, "'يوم غداً الاثنين 15 مايو' from Sun 14 May 2023 = Mon 15 May 2023"),
    ev("ga-resolution", "بقرار صدر في 30 نوفمبر 2022", RES, "'في 30 نوفمبر 2022' (a Wednesday; resolution A/RES/77/23)"),
    ev("committee-meeting", "ومن المقرر أن تبدأ الفعالية الأولى", UNDAY, "'إعتبارا من الساعة 10 صباحا ... إلى الساعة 12:30 ظهراً (بتوقيت نيويورك)' on the day of the events, Mon 15 May 2023 (the special meeting of the Committee, Conference Room 4)"),
])
art(S, "https://al-sharq.com/article/15/05/2023/%D9%84%D9%84%D9%85%D8%B1%D8%A9-%D8%A7%D9%84%D8%A3%D9%88%D9%84%D9%89-%D9%81%D9%8A-%D8%AA%D8%A7%D8%B1%D9%8A%D8%AE%D9%87%D8%A7-%D8%A7%D9%84%D8%A3%D9%85%D9%85-%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D8%AF%D8%A9-%D8%AA%D8%AD%D9%8A%D9%8A-%D8%B0%D9%83%D8%B1%D9%89-%D8%A7%D9%84%D9%86%D9%83%D8%A8%D8%A9-%D8%A7%D9%84%D9%81%D9%84%D8%B3%D8%B7%D9%8A%D9%86%D9%8A%D8%A9",
    "2023-05-15", "date in the URL '/15/05/2023/' and the page's time stamp '15 مايو 2023 , 01:45م' (kept as the second line; 15 May 2023 was a Monday); the body's 'اليوم الإثنين الموافق 15 مايو' agrees; headline kept from the page; the masthead, the photo caption and the dateline 'الدوحة - موقع الشرق' dropped; the last, truncated sentence dropped", True, """
للمرة الأولى في تاريخها.. الأمم المتحدة تحيي ذكرى النكبة الفلسطينية
15 مايو 2023 , 01:45م
لأول مرة في تاريخها، تحيي الأمم المتحدة اليوم الإثنين الموافق 15 مايو ذكرى النكبة الفلسطينية في عامها الـ75، عبر فعالية كبيرة في مقر المنظمة بنيويورك، وهي خطوة يحاول الاحتلال الإسرائيلي إفشالها.
وتستند فعالية اليوم المنتظرة في الأمم المتحدة إلى القرار الذي أصدرته المنظمة الأممية في 30 نوفمبر 2022 بأغلبية 90 صوتاً مقابل 30، فيما امتنعت 47 دولة عن التصويت.
وبحسب موقع الجزيرة نت، يطلب القرار من شعبة حقوق الفلسطينيين بالأمانة العامة أن تكرّس أنشطتها عام 2023 لإحياء الذكرى 75 للنكبة، ومنها تنظيم حدث رفيع المستوى في قاعة الجمعية العامة صباح يوم 15 مايو.
ومن المنتظر أن يلقي رئيس السلطة الفلسطينية محمود عباس كلمة، إلى جانب روزماري ديكارلو (وكيلة الأمين العام للأمم المتحدة للشؤون السياسية وبناء السلام) وفيليب لازاريني (المفوض العام للأونروا) وممثلين عن المنظمات غير الحكومية وغيرهم.
""", [
    ev("un-nakba-events", "تحيي الأمم المتحدة اليوم الإثنين الموافق 15 مايو ذكرى النكبة", UNDAY, "'اليوم الإثنين الموافق 15 مايو' = Mon 15 May 2023"),
    ev("ga-resolution", "القرار الذي أصدرته المنظمة الأممية في 30 نوفمبر 2022", RES, "'في 30 نوفمبر 2022' (a Wednesday)"),
    ev("ga-hall-event", "تنظيم حدث رفيع المستوى في قاعة الجمعية العامة صباح يوم 15 مايو", UNDAY, "'صباح يوم 15 مايو' = Mon 15 May 2023 (the resolution's wording; the event was held on that day)"),
    ev("abbas-speech", "ومن المنتظر أن يلقي رئيس السلطة الفلسطينية محمود عباس كلمة", UNDAY, "no own expression; the speech expected at the events of 'اليوم' = Mon 15 May 2023 (given that day, almasryalyoum)"),
])
art(S, "https://www.almasryalyoum.com/news/details/2887361",
    "2023-05-15", "the page's date line 'الإثنين 15-05-2023 19:16' (kept without the byline 'كتب: بسام رمضان'; 15 May 2023 was a Monday); headline kept from the page; the photo caption and the page furniture dropped", True, """
الرئيس الفلسطيني يدعو إلى تعليق عضوية إسرائيل في الأمم المتحدة
الإثنين 15-05-2023 19:16
دعا الرئيس الفلسطيني محمود عباس إلى «تعليق عضوية إسرائيل في الأمم المتحدة»، مؤكدا أن «بريطانيا والولايات المتحدة تتحملان مسؤولية مباشرة عن زرع الكيان الإسرائيلي في أرضنا التاريخية»، ومتسائلا: «بريطانيا أعطت فلسطين لليهود، فلماذا لم تعطهم أرضا بريطانية؟».
ورأى أن «حكم القانون الدولي هو وعد من لا يملك لمن لا يستحق»، مضيفا: «زعموا أن الفلسطينيين غادروا بلادهم طوعا، والحقيقة أنهم هبوا للدفاع عن أرضهم بأبسط ما يملكون، فكيف تكون حروب إسرائيل دفاعية وقد شرّدت نصف سكان فلسطين من أرضهم عام 1948؟».
واعتبر أن «احتفال إسرائيل بالاستقلال كذبة، فعمن تستقل؟».
وفي مقر الأمم المتحدة في نيويورك، انطلقت بحضور عباس ومشاركته الاحتفالات التي أقرتها المنظمة الدولية لإحياء الذكرى الخامسة والسبعين للنكبة الفلسطينية.
""", [
    ev("abbas-speech", "دعا الرئيس الفلسطيني محمود عباس إلى «تعليق عضوية إسرائيل", UNDAY, "no own expression; the speech of Mon 15 May 2023 (the page's date line 'الإثنين 15-05-2023 19:16')"),
    ev("expulsion-1948", "شرّدت نصف سكان فلسطين من أرضهم عام 1948", "1948-01-01", "'عام 1948' (year only): the flight and expulsion of the Palestinians in 1948", end="1949-01-01"),
    ev("un-nakba-events", "انطلقت بحضور عباس ومشاركته الاحتفالات التي أقرتها المنظمة الدولية", UNDAY, "no own expression; the UN events of Mon 15 May 2023"),
])
art(S, "https://touwensa.com/arab-affairs/2796-2023-05-16-09-55-59.html",
    "2023-05-16", "date and time in the URL '2023-05-16-09-55-59' (16 May 2023 was a Tuesday): the morning after the speech of Mon 15 May in New York; headline written from the body (the stored title is the same as almasryalyoum's); the page furniture ('اختر لغتك', 'آخر الأخبار') dropped; no date of its own in the text", False, """
عباس يطالب بتعليق عضوية إسرائيل في الأمم المتحدة
في خطاب ألقاه أمام الأمم المتحدة بمناسبة الذكرى الخامسة والسبعين للنكبة، طالب الرئيس الفلسطيني محمود عباس بـ"تعليق" عضوية إسرائيل في المنظمة بسبب "اعتداءاتها" على الفلسطينيين واحتلالها الأراضي الفلسطينية.
وبحسب وكالة الأنباء الفرنسية، تحيي الأمم المتحدة لأول مرة، بموجب قرار صدر في نوفمبر، ذكرى نكبة الفلسطينيين في مقرها بنيويورك في الـ15 من ماي 1948.
وقال عباس في خطاب استمر لمدة ساعة: "نطالب رسميًا، ووفقًا للقانون الدولي وقرارات الشرعية الدولية، بإلزام الاحتلال الإسرائيلي باحترام قراراتكم، أو بتعليق عضويته في الأمم المتحدة".
وألقى رئيس السلطة الفلسطينية، التي تحظى بصفة مراقب في الأمم المتحدة، خطابه خلال جلسة خاصة للجنة حقوق الشعب الفلسطيني غير القابلة للتصرف، بحضور عدد كبير من السفراء لدى الأمم المتحدة.
""", [
    ev("abbas-speech", 'طالب الرئيس الفلسطيني محمود عباس بـ"تعليق" عضوية إسرائيل', UNDAY, "no own expression; the speech of Mon 15 May 2023 (almasryalyoum), reported the next morning"),
    ev("un-nakba-events", "تحيي الأمم المتحدة لأول مرة، بموجب قرار صدر في نوفمبر", UNDAY, "no own day ('لأول مرة'); the UN commemoration of Mon 15 May 2023"),
    ev("ga-resolution", "بموجب قرار صدر في نوفمبر", RES, "'في نوفمبر' (of 2022): the resolution of Wed 30 Nov 2022"),
    ev("nakba-day-1948", "في الـ15 من ماي 1948", "1948-05-15", "'في الـ15 من ماي 1948' (the AFP wording is muddled: the Nakba is dated to 15 May 1948, the day after the proclamation of Israel)"),
    ev("committee-meeting", "خلال جلسة خاصة للجنة حقوق الشعب الفلسطيني غير القابلة للتصرف", UNDAY, "no own expression; the Committee's special meeting of Mon 15 May 2023"),
])

# ---------------------------------------------------------------- algeria-8-may-1945-80th-anniversary-2025
S = "algeria-8-may-1945-80th-anniversary-2025"
MAY8 = "1945-05-08"                        # the demonstrations and the start of the massacres, Tue 8 May 1945
MEMORY = "2025-05-08"                      # National Memory Day, the 80th anniversary, Thu 8 May 2025
MESSAGE = "2025-05-07"                     # President Tebboune's message, released on the eve, Wed 7 May 2025
art(S, "https://djaz.news/ar/%D8%B1%D8%B3%D8%A7%D9%84%D8%A9-%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3-%D8%AA%D8%A8%D9%88%D9%86-%D9%88%D9%81%D8%A7%D8%A1-%D9%84%D9%84%D8%B0%D8%A7%D9%83%D8%B1%D8%A9-%D9%88%D8%AA%D9%85%D8%B3%D9%83-%D8%A8%D9%85%D8%A8%D8%A7%D8%AF%D8%A6-%D8%A7%D9%84%D8%AD%D8%B1%D9%8A%D8%A9-%D9%88%D8%A7%D9%84%D9%83%D8%B1%D8%A7%D9%85%D8%A9",
    "2025-05-07", "the page's stamp 'مايو 7, 2025 - 19:50' under the title (not kept in the text; 7 May 2025 was a Wednesday, the eve of the National Memory Day); headline kept from the page; the repeated teaser and the last, truncated words dropped; no date of its own in the text", False, """
رسالة الرئيس تبون: وفاء للذاكرة وتمسك بقيم الحرية والكرامة
بعث رئيس الجمهورية، السيد عبد المجيد تبون، برسالة مؤثرة إلى الشعب الجزائري بمناسبة الذكرى الثمانين لمجازر الثامن ماي 1945، أبرز فيها رمزية هذا اليوم الوطني للذاكرة المخلِّد لتضحيات آلاف الشهداء الذين سقطوا دفاعًا عن الحرية والكرامة.
وأكد الرئيس أنّ الشعب الجزائري يقف اليوم وقفة وفاء لأرواح شهداء واجهوا أبشع جرائم الاستعمار، لافتًا إلى أنّ مظاهرات الثامن ماي 1945 مثّلت لحظة فاصلة مهّدت لانتقال الحركة الوطنية إلى الكفاح المسلح الذي أفضى إلى الاستقلال.
وأثنى الرئيس تبون على شجاعة الجزائريين وصبرهم وسخائهم في التضحية من أجل الوطن، معتبرًا أنّ إحياء هذه الذكرى ترسيخ للهوية الوطنية.
""", [
    ev("tebboune-message", "بعث رئيس الجمهورية، السيد عبد المجيد تبون، برسالة مؤثرة", MESSAGE, "no own expression; the message released on the eve of the anniversary, Wed 7 May 2025 (page stamp 'مايو 7, 2025 - 19:50')"),
    ev("massacres-1945", "بمناسبة الذكرى الثمانين لمجازر الثامن ماي 1945", MAY8, "'الثامن ماي 1945' = Tue 8 May 1945 (the repression went on for weeks after that day; the gold is the named day)"),
    ev("demonstrations-1945", "مظاهرات الثامن ماي 1945 مثّلت لحظة فاصلة", MAY8, "'الثامن ماي 1945' = Tue 8 May 1945"),
])
art(S, "https://sarih.dz/5471",
    "2025-05-08", "the body's 'اليوم الخميس، 8 ماي 2025' (kept; 8 May 2025 was a Thursday); headline written from the body (the stored text has none); the last, truncated sentence (Ain Djasser, Batna) dropped", True, """
ولايات شرق الجزائر تحيي اليوم الوطني للذاكرة
أحيت ولايات الشرق الجزائري، اليوم الخميس، 8 ماي 2025، فعاليات اليوم الوطني للذاكرة تخليداً لمجازر 8 ماي 1945، التي سقط فيها أكثر من 45 ألف شهيد خرجوا في مظاهرات سلمية في سطيف وقالمة وخراطة للمطالبة بالاستقلال.
وعرفت مختلف الولايات مسيرات ووقفات ترحم على أرواح الشهداء، فضلا عن تكريم المجاهدين وإقامة معارض وندوات تاريخية وأنشطة ثقافية ورياضية متنوعة.
ففي قسنطينة، أقيم معرض للذاكرة ضم جناحاً خاصاً بالمخرج الراحل عمار العسكري، وأعيد فتح قاعة السينما بدار الثقافة مالك حداد بعد ترميمها لاحتضان تظاهرة "سينما الذاكرة والمقاومة"، كما نظمت دورة كروية بمشاركة قدماء لاعبي النادي الرياضي القسنطيني ومولودية قسنطينة.
وفي سطيف، أعيد إحياء "مسيرة الوفاء" على المسار نفسه الذي سلكه المتظاهرون في يوم الثلاثاء الأحمر، من مسجد أبي ذر الغفاري إلى النصب التذكاري لسعال بوزيد، أول من سقط من شهداء المجازر.
أما في قالمة، فقد احتضن القطب الجامعي ملتقى دولياً حول "المجازر الفرنسية من خلال 8 ماي 1945: الذاكرة الوطنية والمواقف الدولية"، ونظمت المسيرة التاريخية على المسار السلمي ذاته الذي سلكه الأسلاف.
""", [
    ev("memory-day-2025", "أحيت ولايات الشرق الجزائري، اليوم الخميس، 8 ماي 2025", MEMORY, "'اليوم الخميس، 8 ماي 2025' = Thu 8 May 2025"),
    ev("massacres-1945", "تخليداً لمجازر 8 ماي 1945", MAY8, "'8 ماي 1945' = Tue 8 May 1945"),
    ev("constantine-exhibition", "ففي قسنطينة، أقيم معرض للذاكرة", MEMORY, "no own expression; one of the day's activities, Thu 8 May 2025"),
    ev("setif-march", 'أعيد إحياء "مسيرة الوفاء"', MEMORY, "no own expression; the march of the day, Thu 8 May 2025"),
    ev("demonstrations-1945", "الذي سلكه المتظاهرون في يوم الثلاثاء الأحمر", MAY8, "'يوم الثلاثاء الأحمر' = Tue 8 May 1945 (8 May 1945 was a Tuesday)"),
    ev("guelma-march", "ونظمت المسيرة التاريخية على المسار السلمي ذاته", MEMORY, "no own expression; the Guelma march of the day, Thu 8 May 2025"),
])
art(S, "https://wilaya-guelma.dz/fr/2025/05/en-commemoration-du-quatre-vingtieme-80-anniversaire-des-massacres-du-8-mai-1945-le-troisieme-jour",
    "2025-05-08", "the body's 'صباح اليوم الخميس 08 ماي 2025' (kept; 8 May 2025 was a Thursday) and '2025/05' in the URL; the wilaya of Guelma's own site (an official page, not a newspaper); headline rendered from the URL slug ('... le troisième jour'); the bullets and the last, truncated words dropped", True, """
قالمة تحيي الذكرى الثمانين لمجازر 8 ماي 1945 في اليوم الثالث من برنامجها
إحياءً للذكرى الثمانون (80) لمجازر الثامن ماي 1945 واليوم الوطني للذاكرة، أشرفت والي الولاية السيدة حورية عقون صباح اليوم الخميس 08 ماي 2025 على إحياء المناسبة، رفقة السيدة أنيسة بومدين حرم الرئيس الراحل هواري بومدين ورئيس المجلس الشعبي الولائي، وبحضور رئيس المجلس القضائي والنائب العام المساعد لديه والسلطات المحلية والأمنية والعسكرية والمنتخبين في المجالس الوطنية والمحلية والأسرة الثورية والمندوب المحلي لوسيط الجمهورية وممثلي الحركة الجمعوية ووسائل الإعلام.
وانطلق اليوم الثالث من مقبرة الشهداء ببلدية قالمة، حيث رُفع العلم الوطني على وقع النشيد الوطني، ووقف الحاضرون دقيقة صمت، ثم وُضع إكليل من الزهور وقُرئت فاتحة الكتاب ترحما على أرواح الشهداء الطاهرة.
وتواصلت فعاليات اليوم الثالث بإشراف والي الولاية وبحضور حرم الرئيس الراحل هواري بومدين ورئيس المجلس الشعبي الولائي والسلطات المحلية، بافتتاح معرض تاريخي في مقر الأرشيف الولائي، بهدف تثمين الذاكرة الوطنية واستحضار محطات نضال الجزائريين ضد الاستعمار الفرنسي.
وسلط المعرض، الذي نُظم خصيصا لهذه المناسبة، الضوء على الجرائم التي ارتكبها الاستعمار الفرنسي في حق الشعب الجزائري، عبر عرض وثائق أرشيفية.
""", [
    ev("massacres-1945", "لمجازر الثامن ماي 1945 واليوم الوطني للذاكرة", MAY8, "'الثامن ماي 1945' = Tue 8 May 1945"),
    ev("memory-day-2025", "أشرفت والي الولاية السيدة حورية عقون صباح اليوم الخميس 08 ماي 2025", MEMORY, "'صباح اليوم الخميس 08 ماي 2025' = the morning of Thu 8 May 2025"),
    ev("guelma-cemetery-ceremony", "وانطلق اليوم الثالث من مقبرة الشهداء ببلدية قالمة", MEMORY, "'اليوم الثالث' of the Guelma programme = Thu 8 May 2025 (the day dated in the first sentence)"),
    ev("archives-exhibition", "بافتتاح معرض تاريخي في مقر الأرشيف الولائي", MEMORY, "no own expression; later on the third day, Thu 8 May 2025"),
])

# ---------------------------------------------------------------- lebanon-sabra-shatila-40th-anniversary-2022
S = "lebanon-sabra-shatila-40th-anniversary-2022"
MASSACRE = ("1982-09-16", "1982-09-19")    # the massacre in Sabra and Shatila, Thu 16 - Sat 18 Sep 1982
EMBASSY = "2022-09-15"                     # the Palestinian embassy's commemoration in Beirut, Thu 15 Sep 2022
CAMP = "2022-09-15"                        # the march in Shatila camp, Thu 15 Sep 2022 ('أمس' from Fri 16)
art(S, "http://falestinona.com/flst/Art/173283",
    "2022-09-15", "the body's 'اليوم الخميس ١٥-٩-٢٠٢٢' (kept; 15 Sep 2022 was a Thursday); headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
السفارة الفلسطينية في لبنان ولجنة «كي لا ننسى» تحييان الذكرى الأربعين لمجزرة صبرا وشاتيلا
في قاعة الرئيس الشهيد ياسر عرفات، أحيت سفارة دولة فلسطين في لبنان ولجنة كي لا ننسى صبرا وشاتيلا اليوم الخميس ١٥-٩-٢٠٢٢ الذكرى الأربعين لمجزرة صبرا وشاتيلا، بحضور سفير دولة فلسطين لدى الجمهورية اللبنانية أشرف دبور، وأمين سر حركة "فتح" وفصائل "م.ت.ف" فتحي أبو العردات، ولجنة كي لا ننسى برئاسة رئيسها انزو انفونتينو، وعضو المجلس الثوري لحركة "فتح" آمنة جبريل، وأمين سر حركة "فتح" - إقليم لبنان حسين فيّاض، ورئيس مؤسسة بيت أطفال الصمود قاسم العينا، وممثلين عن الفصائل الفلسطينية والقوى الإسلامية في لبنان.
ورحب العينا في كلمته بأعضاء اللجنة، وحيّا روحي مؤسسيها الراحلين ستيفانو كاريني وماوريتسيو موسولينو، منوها بتضامن اللجنة الدائم ووقوفها إلى جانب نضال الشعب الفلسطيني.
أما السفير دبور فرأى في كلمته أن تضامن لجنة كي لا ننسى المتواصل مع شعبنا يمنحه الأمل في زمن قلّت فيه كلمة الحق في عالم لم يعترف حتى الآن بمعاناة شعبنا، مشيرا إلى أن أبناء شعبنا يسقطون شهيدا تلو الآخر يوميًا برصاص الاحتلال الإسرائيلي وسط صمت دولي مريب.
""", [
    ev("embassy-commemoration", "أحيت سفارة دولة فلسطين في لبنان ولجنة كي لا ننسى صبرا وشاتيلا اليوم الخميس", EMBASSY, "'اليوم الخميس ١٥-٩-٢٠٢٢' = Thu 15 Sep 2022"),
    ev("massacre-1982", "الذكرى الأربعين لمجزرة صبرا وشاتيلا، بحضور", MASSACRE[0], "no own date; the massacre of 16-18 Sep 1982, forty years before (outside knowledge)", end=MASSACRE[1]),
    ev("aina-speech", "ورحب العينا في كلمته بأعضاء اللجنة", EMBASSY, "no own expression; a speech at the embassy event of Thu 15 Sep 2022"),
    ev("dabbour-speech", "أما السفير دبور فرأى في كلمته", EMBASSY, "no own expression; the ambassador's speech at the event of Thu 15 Sep 2022"),
])
art(S, "https://beirut-news.com/lebanon/2022/593090",
    "2022-09-15", "no date on the stored page but the year in the URL ('/lebanon/2022/'); the body reports the embassy's commemoration 'اليوم', the event that falestinona dates 'اليوم الخميس ١٥-٩-٢٠٢٢' (same hall, same guests), which gives Thu 15 Sep 2022; headline written from the body (the stored text has none); no date of its own in the text", False, """
دبور يستنكر صمت العالم أربعين عاماً على مجزرة صبرا وشاتيلا
في "قاعة الرئيس الشهيد ياسر عرفات"، أحيت سفارة دولة فلسطين في لبنان ولجنة "كي لا ننسى صبرا وشاتيلا" اليوم الذكرى الاربعين لمجزرة صبرا وشاتيلا، بحضور سفير دولة فلسطين لدى لبنان أشرف دبور، وأمين سر حركة فتح وفصائل منظمة التحرير الفلسطينية فتحي أبو العردات، و"لجنة كي لا ننسى" برئاسة رئيسها وانزو انفونتينو، وعضو المجلس الثوري لحركة فتح آمنة جبريل، وممثلين عن الفصائل الفلسطينية والقوى الإسلامية في لبنان.
واستعاد السفير دبور "المجزرة ووقوف وزير الدفاع الإسرائيلي أرييل شارون على أحد المقار التابعة للأمم المتحدة وإصداره الأوامر لمرتكبي المجزرة بالشروع في تنفيذ جريمة العصر بحق السكان الآمنين العزل في بيوتهم".
وندد دبور بـ"صمت العالم والمجتمع الدولي اربعين عاماً، وبعدم التحقيق في واحدة من أفظع جرائم العصر ومحاسبة إسرائيل على جريمتها في صبرا وشاتيلا"، مذكّراً بأن "اللجنة الإسرائيلية المعروفة بلجنة كاهانا حمّلت شارون وجيش الاحتلال المسؤولية المباشرة عن ارتكابها".
وشدد على أن "المجازر لن تثني شعبنا عن المضي في طريق إنجاز مشروعنا الوطني الذي سينتصر في نهاية المطاف".
""", [
    ev("embassy-commemoration", 'أحيت سفارة دولة فلسطين في لبنان ولجنة "كي لا ننسى صبرا وشاتيلا" اليوم', EMBASSY, "'اليوم' = Thu 15 Sep 2022 (the day of the event, falestinona)"),
    ev("massacre-1982", "وإصداره الأوامر لمرتكبي المجزرة بالشروع في تنفيذ جريمة العصر", MASSACRE[0], "no own date; the massacre of 16-18 Sep 1982 (the militia entered the camps on the evening of Thu 16 Sep 1982)", end=MASSACRE[1]),
    ev("dabbour-speech", 'وندد دبور بـ"صمت العالم والمجتمع الدولي', EMBASSY, "no own expression; the ambassador's speech at the event of Thu 15 Sep 2022"),
    ev("kahan-commission", "حمّلت شارون وجيش الاحتلال المسؤولية المباشرة عن ارتكابها", "1983-02-08", "no own date; outside knowledge: the Kahan Commission's report, which held Sharon personally responsible, was published on Tue 8 Feb 1983"),
])
art(S, "http://laji-net.net/portal/ar-LB/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/3/c/%D8%A3%D9%87%D8%A7%D9%84%D9%8A-%D9%85%D8%AE%D9%8A%D9%85-%D8%B4%D8%A7%D8%AA%D9%8A%D9%84%D8%A7-%D9%8A%D8%AD%D9%8A%D9%88%D9%86-%D8%A7%D9%84%D8%B0%D9%83%D8%B1%D9%89-%D8%A7%D9%84-40-%D9%84%D9%84%D9%85%D8%AC%D8%B2%D8%B1%D8%A9/63330",
    "2022-09-16", "the page's date line 'الجمعة، 16 أيلول، 2022' (kept as the second line; 16 Sep 2022 was a Friday); headline rendered from the URL slug; the last, truncated sentence dropped", True, """
أهالي مخيم شاتيلا يحيون الذكرى الـ40 للمجزرة
الجمعة، 16 أيلول، 2022
أمس، أحيا أهالي مخيّم شاتيلا للاجئين الفلسطينيين في العاصمة اللبنانية بيروت الذكرى الـ 40 لمجزرة صبرا وشاتيلا بفعالية شعبية حاشدة، تخللتها مسيرة انطلقت من قاعة الشعب في وسط المخيّم وطافت شوارعه، ثم عبرت حي صبرا المجاور حتى منطقة الرحاب، لتشمل كامل المنطقة التي شهدت المجزرة المروعة.
وقصد الحشد بعد ذلك مقبرة شهداء الثورة الفلسطينية في شاتيلا، حيث وُضعت أكاليل من الزهور على النصب المخلّد لشهداء المجزرة.
وتضمنت الفعالية معرضاً لصور ضحايا المجزرة عُلّقت على الأسوار المحيطة بقاعة الشعب.
وتوالت كلمات باسم المؤسسات والفاعليات الداعية والمشاركة، أبرزها كلمة للجنة الشعبية، وكلمات لممثلي الفصائل الفلسطينية، وكلمة لرئيس بلدية محلّة الغبيري، شددت كلها على معاني إحياء ذكرى المجزرة وعلى وجوب إنصاف الشعب الفلسطيني مهما طال الزمن.
وقال اللاجئ الفلسطيني محمد سرور، وهو أحد الناجين من المجزرة، إنّ إحياء ذكراها بعد مرور 40 عاماً يعني أنّ أهالي الضحايا لن يغفروا للمجرمين ولن يسامحوهم.
وأضاف أنّ دماء شهداء المجزرة لم تجف بعد ما دامت العدالة لم تتحقق، وأنّ الشعب الفلسطيني ينتظر الوقت المناسب للاقتصاص من مرتكبي الجريمة ونيل العدالة للشهداء.
""", [
    ev("shatila-camp-march", "أمس، أحيا أهالي مخيّم شاتيلا للاجئين الفلسطينيين", CAMP, "'أمس' from Fri 16 Sep 2022 = Thu 15 Sep 2022"),
    ev("massacre-1982", "لتشمل كامل المنطقة التي شهدت المجزرة المروعة", MASSACRE[0], "no own date; the massacre of 16-18 Sep 1982 ('بعد مرور 40 عاماً')", end=MASSACRE[1]),
    ev("shatila-wreaths", "حيث وُضعت أكاليل من الزهور على النصب المخلّد لشهداء المجزرة", CAMP, "no own expression; after the march of Thu 15 Sep 2022"),
    ev("photo-exhibition", "وتضمنت الفعالية معرضاً لصور ضحايا المجزرة", CAMP, "no own expression; part of the event of Thu 15 Sep 2022"),
    ev("camp-speeches", "وتوالت كلمات باسم المؤسسات والفاعليات الداعية والمشاركة", CAMP, "no own expression; speeches at the event of Thu 15 Sep 2022"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 319
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

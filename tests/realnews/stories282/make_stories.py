"""Builds stories.jsonl: the 282-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories266/make_stories.py). Domain: people with disabilities (services, cards, employment
quotas, para-sport and protests): the death of the blind graduate Saber Hallaoui on the roof of the Ministry of
Family and Solidarity in Rabat during the blind graduates' sit-in for public-service jobs and the 7 % quota, and
the "martyr's march" that followed (Morocco, 2018); the 5th Asian Youth Para Games in Dubai (UAE, with the
Saudi and Emirati teams, 2025); Raoua Tlili's shot-put gold at the Paris 2024 Paralympics (Tunisia, 2024);
the Lebanese Ministry of Social Affairs' exception for the Beirut-port and pager wounded in the disability
cash-allowance programme, and its suspension four days later (Lebanon, 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-rabat-blind-graduates-sit-in-death-2018
S = "morocco-rabat-blind-graduates-sit-in-death-2018"
SIT_IN = ("2018-09-26", "2018-10-14")     # open sit-in in the ministry from Wed 26 Sep 2018; 18 still on the roof on Sat 13 Oct
MARCH_CALL = ("2018-10-08", "2018-10-14")  # the coordination's call to the march, between the death and the march
INQUIRY = ("2018-10-07", "2018-10-09")     # the inquiry opened under the prosecutor, announced on the night of 7 Oct
art(S, "https://alyaoum24.com/1155044.html",
    "2018-10-08", "page time line '08 أكتوبر 2018 - 08:30' under the headline (kept as first line; 8 Oct 2018 was a Monday); the body's 'مساء أمس الأحد' agrees with the known day of the death (Sun 7 Oct 2018); photo file name dropped; the last, truncated sentence dropped", True, """
08 أكتوبر 2018 - 08:30
الحكاية الكاملة للشاب الكفيف الذي فارق الحياة فوق سطح وزارة الحقاوي
ما كان الشقيقان الكفيفان صابر وعبد المولى الحلوي يتصوران أن عقودًا من الرفقة ستنتهي نهاية مأساوية، إلى أن وقعت الفاجعة مساء أمس الأحد فنُقل الأول إلى مستودع الأموات بالرباط وبقي الثاني تحت صدمة فقدان أخيه ورفيقه.
وكان صابر وأخوه يشاركان في الاعتصام المفتوح بمبنى وزارة الأسرة والتضامن بالرباط، وقد عاشا منذ طفولتهما حياة صعبة بعدما فقدا بصرهما في وقت مبكر، إلى أن نال كل منهما شهادة الإجازة.
وُلد صابر سنة 1990 بإقليم مراكش، وهو أصغر من عبد المولى بثلاث سنوات، والتحق في سن السابعة بالمنظمة العلوية لرعاية المعاقين حتى حصل على الباكالوريا، ثم نال الإجازة في علم الاجتماع من جامعة القاضي عياض.
وبعد تخرجه انضم صابر إلى أخيه عبد المولى، الحاصل على الإجازة في الدراسات الإسلامية، في رحلة البحث عن عمل يعيل به أسرتهما محدودة الدخل.
وانخرط الأخوان في تنسيقية المكفوفين حاملي الشهادات (مجموعة الفتح)، وهي المجموعة التي قررت قبل أيام خوض اعتصام مفتوح بسطح وزارة التضامن.
""", [
    ev("death", "إلى أن وقعت الفاجعة مساء أمس الأحد", "2018-10-07", "'مساء أمس الأحد' from Mon 8 Oct 2018 = the evening of Sun 7 Oct 2018"),
    ev("sit-in", "يشاركان في الاعتصام المفتوح بمبنى وزارة الأسرة والتضامن", SIT_IN[0], "no own expression; the open sit-in in the ministry, from Wed 26 Sep 2018 (al9anat: 'منذ الأربعاء 26 شتنبر المنصرم') until at least Sat 13 Oct (AFP: 18 still on the roof): my span 26 Sep - 13 Oct", end=SIT_IN[1]),
    ev("saber-born", "وُلد صابر سنة 1990 بإقليم مراكش", "1990-01-01", "'سنة 1990': the year 1990", end="1991-01-01"),
    ev("sit-in-start", "قررت قبل أيام خوض اعتصام مفتوح بسطح وزارة التضامن", "2018-09-26", "'قبل أيام' from Mon 8 Oct 2018: the open sit-in began on Wed 26 Sep 2018 (al9anat) and the roof was occupied by Thu 4 Oct at the latest (agadir24: 'يوم الخميس الماضي' from Sun 7): my span 26 Sep - 4 Oct", end="2018-10-05"),
])
art(S, "http://alqalamlhor.com/2018/10/blog-post_93.html",
    "2018-10-08", "month in the URL '/2018/10/'; the body's 'مساءيوم أمس الأحد' for the death, which happened on Sun 7 Oct 2018 ('مساء الأحد 7أكتوبر 2018' in the ahdathpress report), fixes the day as Mon 8 Oct 2018; headline written from the body (the stored text has none); the last, truncated sentence shortened; no date of its own in the text", False, """
وزارة الحقاوي تعلن وفاة مكفوف معتصم بعد سقوطه من سطح بنايتها
أعلن بلاغ لوزارة الأسرة والتضامن والمساواة والتنمية الاجتماعية، مساءيوم أمس الأحد، وفاة أحد المكفوفين المعتصمين فوق سطح بناية الوزارة إثر سقوطه منه.
وأفاد البلاغ، الذي تلقت وكالة المغرب العربي للأنباء نسخة منه، بأن الفقيد نُقل فور سقوطه من الجهة الخلفية للبناية في سيارة إسعاف كانت متوقفة قرب الوزارة طيلة مدة الاعتصام، لكنه توفي وهو في طريقه إلى مستشفى ابن سينا.
وأضافت الوزارة أن السلطات المعنية فتحت تحقيقًا في الحادث تحت إشراف النيابة العامة، معبرة عن حزنها وأسفها العميقين.
والراحل هو صابر الحلوي، عضو تنسيقية المكفوفين المغاربة العاطلين، الذي أسلم الروح مساء يوم أمس الأحد في المستشفى الجامعي ابن سينا بالرباط، وكان يخوض مع زملائه اعتصامًا مفتوحًا في مقر الوزارة منذ حوالى أسبوع.
ويطالب هؤلاء المكفوفون من حاملي الشهادات العليا الحكومةَ ووزارة الأسرة والتضامن بإدماجهم في الوظيفة العمومية، معتبرين ذلك حقًا مشروعًا.
""", [
    ev("ministry-statement", "أعلن بلاغ لوزارة الأسرة والتضامن والمساواة والتنمية الاجتماعية، مساءيوم أمس الأحد", "2018-10-07", "'مساءيوم أمس الأحد' from Mon 8 Oct 2018 = the evening of Sun 7 Oct 2018"),
    ev("death", "أسلم الروح مساء يوم أمس الأحد", "2018-10-07", "'مساء يوم أمس الأحد' from Mon 8 Oct 2018 = the evening of Sun 7 Oct 2018"),
    ev("inquiry", "فتحت تحقيقًا في الحادث تحت إشراف النيابة العامة", INQUIRY[0], "no own expression; the inquiry announced in the statement of the evening of Sun 7 Oct 2018 (my span 7-8 Oct)", end=INQUIRY[1]),
    ev("sit-in", "يخوض مع زملائه اعتصامًا مفتوحًا في مقر الوزارة منذ حوالى أسبوع", SIT_IN[0], "'منذ حوالى أسبوع' from Mon 8 Oct (about 1 Oct); the sit-in actually began on Wed 26 Sep 2018 (al9anat) and went on until at least Sat 13 Oct: my span 26 Sep - 13 Oct", end=SIT_IN[1]),
])
art(S, "https://maghress.com/ahdathpress/627048",
    "2018-10-13", "the body's 'يومه السبت 13 أكتوبر 2018' (Moroccan 'يومه' = today; 13 Oct 2018 was a Saturday), kept in the text; headline written from the body (the stored text has none); the last, truncated sentence dropped", True, """
مكفوفون يجوبون شوارع الرباط في «مسيرة الشهيد صابر الحلوي»
وصف عدد من المكفوفين المسيرة التي خاضوها يومه السبت 13 أكتوبر 2018 بأنها مسيرة سلسة.
ودعت إلى هذه المسيرة التنسيقية الوطنية للمكفوفين وضعاف البصر، والتحق بها عشرات المكفوفين العاطلين من حملة الشهادات، فجابت شوارع وسط الرباط من أمام مقر وزارة التضامن بشارع ابن سينا حتى شارع محمد الخامس حيث يوجد البرلمان.
وقطع المتظاهرون مسارًا طويلًا متحدين التعب وأشعة الشمس الحارقة، تنديدًا بوفاة زميلهم صابر الحلوي الذي سقط من فوق سطح مبنى الوزارة مساء الأحد 7أكتوبر 2018.
ورفع المحتجون خلال المسيرة أصواتهم مطالبين بإقالة الوزيرة بسيمة الحقاوي، التي حمّلوها مسؤولية موت زميلهم.
وتتمثل مطالبهم أساسًا في التوظيف المباشر، تفعيلًا للحصة التي تخصص لذوي الاحتياجات الخاصة 7 في المائة من مناصب الشغل في الوظيفة العمومية، كما نددوا بما سموه «الإقصاء والتهميش».
""", [
    ev("march", "المسيرة التي خاضوها يومه السبت 13 أكتوبر 2018", "2018-10-13", "'يومه السبت 13 أكتوبر 2018' = Sat 13 Oct 2018"),
    ev("march-call", "ودعت إلى هذه المسيرة التنسيقية الوطنية للمكفوفين وضعاف البصر", MARCH_CALL[0], "no own expression; the coordination's call, made between the death (Sun 7 Oct) and the march (Sat 13 Oct 2018): my span 8-13 Oct", end=MARCH_CALL[1]),
    ev("death", "سقط من فوق سطح مبنى الوزارة مساء الأحد 7أكتوبر 2018", "2018-10-07", "'مساء الأحد 7أكتوبر 2018' = the evening of Sun 7 Oct 2018"),
    ev("resignation-call", "مطالبين بإقالة الوزيرة بسيمة الحقاوي", "2018-10-13", "no own expression; shouted during the march of Sat 13 Oct 2018"),
])
art(S, "https://24saa.com/?p=134556",
    "2018-10-14", "no date on the stored page; the body's 'أمس السبت' for the march, which took place on Sat 13 Oct 2018 ('يومه السبت 13 أكتوبر 2018' in the ahdathpress report), fixes the day as Sun 14 Oct 2018; headline written from the body (the stored text has none); no date of its own in the text", False, """
«مسيرة الشهيد» تجوب الرباط تضامنًا مع صابر الحلوي
شارك عشرات المكفوفين من حاملي الشهادات أمس السبت في مسيرة احتجاجية وطنية حاشدة بشوارع الرباط حملت شعار «مسيرة الشهيد»، تضامنًا مع زميلهم صابر الحلوي الذي لقي حتفه إثر سقوطه من فوق سطح بناية وزارة الأسرة والتضامن والمساواة والتنمية الاجتماعية.
وطالب المشاركون بإقالة الوزيرة الوصية بسيمة الحقاوي، وألحّوا على فتح تحقيق فوري وجدي يكشف ملابسات وفاة زميلهم.
ورأى المحتجون في شعاراتهم أن الحلوي راح ضحية إهمال المسؤولين الحكوميين وتماطلهم، والحقاوي على وجه الخصوص، متهمين إياها بعدم السؤال عن الحالة الصحية للمكفوفين.
وجاءت المسيرة تلبية لدعوة أطلقتها التنسيقية الوطنية للمكفوفين وضعاف البصر المعطلين، وانطلقت بمشاركة عدد كبير من المكفوفين من أمام وزارة الحقاوي.
""", [
    ev("march", "أمس السبت في مسيرة احتجاجية وطنية حاشدة", "2018-10-13", "'أمس السبت' from Sun 14 Oct 2018 = Sat 13 Oct 2018"),
    ev("death", "لقي حتفه إثر سقوطه من فوق سطح بناية", "2018-10-07", "no own expression; the fall and death of the evening of Sun 7 Oct 2018 (the other reports)"),
    ev("resignation-call", "وطالب المشاركون بإقالة الوزيرة الوصية بسيمة الحقاوي", "2018-10-13", "no own expression; demanded during the march of Sat 13 Oct 2018"),
    ev("march-call", "تلبية لدعوة أطلقتها التنسيقية الوطنية", MARCH_CALL[0], "no own expression; the coordination's call, made between the death (Sun 7 Oct) and the march (Sat 13 Oct 2018): my span 8-13 Oct", end=MARCH_CALL[1]),
])

# ---------------------------------------------------------------- uae-dubai-asian-youth-para-games-2025
S = "uae-dubai-asian-youth-para-games-2025"
GAMES = ("2025-12-10", "2025-12-14")   # the 5th Asian Youth Para Games, Dubai, Wed 10 - Sat 13 Dec 2025
art(S, "https://www.khaleejtimes.com/arabic/sports/%D8%A7%D9%86%D8%B7%D9%84%D8%A7%D9%82-%D8%A7%D9%84%D9%86%D8%B3%D8%AE%D8%A9-%D8%A7%D9%84%D8%A3%D9%83%D8%A8%D8%B1-%D9%85%D9%86-%D8%AF%D9%88%D8%B1%D8%A9-%D8%A7%D9%84%D8%A3%D9%84%D8%B9%D8%A7%D8%A8-%D8%A7%D9%84%D8%A2%D8%B3%D9%8A%D9%88%D9%8A%D8%A9-%D8%A7%D9%84%D8%A8%D8%A7%D8%B1%D8%A7%D9%84%D9%85%D8%A8%D9%8A%D8%A9-%D9%84%D9%84%D8%B4%D8%A8%D8%A7%D8%A8-%D9%81%D9%8A-%D8%AF%D8%A8%D9%8A",
    "2025-12-10", "stamp 'date 2025-12-10' at the head of the stored page (not kept in the text); the body's 'يوم الأربعاء' for the start agrees (10 Dec 2025 was a Wednesday); headline written from the URL slug; the quotation of the Iranian head of delegation reported indirectly; the last, truncated sentence shortened; no date of its own in the text", False, """
انطلاق أكبر نسخة من الألعاب الآسيوية البارالمبية للشباب في دبي
افتُتحت يوم الأربعاء منافسات دورة الألعاب الآسيوية البارالمبية للشباب دبي 2025، وهي أكبر نسخة في تاريخها، بسبع رياضات، وسط طموح الفرق المشاركة إلى حصد المجد في هذا الحدث متعدد الرياضات.
وهذه المرة الثانية التي تحتضن فيها دبي الألعاب، بما يرسخ مكانتها المتنامية مركزًا لرياضات أصحاب الهمم في آسيا.
وحضر حاملو لقب النسخة السابقة، منتخب إيران، بأكبر بعثة تضم 195 مشاركًا سعيًا للاحتفاظ بألقابهم.
وقالت رئيسة البعثة الإيرانية مريم كاظميبور إن بلادها وفرت أفضل الظروف لرياضييها، معتبرة الدورة محطة مهمة للاستعداد لدورة الألعاب الآسيوية البارالمبية في ناغويا 2026 ودورة الألعاب البارالمبية في لوس أنجلوس 2028.
في المقابل، تخوض بنغلاديش هذه الألعاب للمرة الأولى.
""", [
    ev("opening", "افتُتحت يوم الأربعاء منافسات", "2025-12-10", "'يوم الأربعاء' = Wed 10 Dec 2025 (the publication day)"),
    ev("games", "المرة الثانية التي تحتضن فيها دبي الألعاب", GAMES[0], "no own expression; the Games held in Dubai from Wed 10 to Sat 13 Dec 2025 (the other reports: four days, closed on the evening of Sat 13)", end=GAMES[1]),
    ev("nagoya-2026", "دورة الألعاب الآسيوية البارالمبية في ناغويا 2026", "2026-01-01", "'ناغويا 2026': the 2026 Asian Para Games, in the year 2026", end="2027-01-01"),
    ev("la-2028", "دورة الألعاب البارالمبية في لوس أنجلوس 2028", "2028-01-01", "'لوس أنجلوس 2028': the 2028 Paralympics, in the year 2028", end="2029-01-01"),
])
art(S, "https://sabq.org/sports/qjltoa8yla",
    "2025-12-13", "stamp 'date 2025-12-13' at the head of the stored page (not kept in the text); the body's 'مساء السبت' for the closing agrees (13 Dec 2025 was a Saturday); headline written from the body (the stored text has none); the list of athletics medals shortened; the last, truncated sentence shortened; no date of its own in the text", False, """
42 ميدالية للمملكة في الألعاب البارالمبية الآسيوية للشباب
أحرزت المملكة 42 ميدالية متنوعة في دورة الألعاب البارالمبية الآسيوية الخامسة للشباب التي أُسدل الستار عليها مساء السبت في دبي، بعد منافسات دامت أربعة أيام بمشاركة نحو 1500 لاعب ولاعبة من 35 دولة آسيوية.
وفي اليوم الختامي، خطف فريق السعودية للبوتشيا ذهبيتين، الأولى بفوز عبدالعزيز الزهراني في نهائي فئة (BC1) على منافسه الكازاخستاني 5–2، والثانية لزميله سعود السويد الذي تغلب في نهائي فئة (BC2) على لاعب أوزبكستان 6–1.
كما نال فريق ألعاب القوى ست ميداليات، أبرزها ذهبية فيصل الدوسري في سباق 1500م (T20).
وبهذه الحصيلة جاءت المملكة في المركز الحادي عشر في الترتيب العام بـ11 ذهبية و18 فضية و13 برونزية.
وحملت لاعبة كرة الطاولة رناد الرحيلي العلم السعودي في حفل الختام.
""", [
    ev("closing", "أُسدل الستار عليها مساء السبت في دبي", "2025-12-13", "'مساء السبت' = the evening of Sat 13 Dec 2025 (the publication day)"),
    ev("games", "بعد منافسات دامت أربعة أيام", GAMES[0], "no own expression; 'أربعة أيام' ending on Sat 13 Dec 2025 = Wed 10 - Sat 13 Dec 2025", end=GAMES[1]),
    ev("boccia-golds", "خطف فريق السعودية للبوتشيا ذهبيتين", "2025-12-13", "'في اليوم الختامي' = Sat 13 Dec 2025, the closing day"),
    ev("athletics-medals", "نال فريق ألعاب القوى ست ميداليات", GAMES[0], "no own expression; won during the Games, Wed 10 - Sat 13 Dec 2025", end=GAMES[1]),
])
art(S, "https://www.wam.ae/ar/article/bn7jv48-%D8%A7%D9%84%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA-%D8%AA%D8%AD%D8%B5%D8%AF-%D9%85%D9%8A%D8%AF%D8%A7%D9%84%D9%8A%D8%A9-%D8%AE%D8%AA%D8%A7%D9%85-%D8%A7%D9%84%D8%A3%D9%84%D8%B9%D8%A7%D8%A8-%D8%A7%D9%84%D8%A8%D8%A7%D8%B1%D8%A7%D9%84%D9%85%D8%A8%D9%8A%D8%A9",
    "2025-12-14", "WAM dateline 'دبي في 14 ديسمبر/ وام /' at the head of the text (kept as first line; day and month only, the year from 'دبي 2025'; 14 Dec 2025 was a Sunday); headline written from the URL slug; the closing thanks to Sheikh Mansour dropped", True, """
دبي في 14 ديسمبر/ وام /
23 ميدالية للإمارات في ختام الألعاب البارالمبية الآسيوية للشباب
أنهى منتخب الإمارات لأصحاب الهمم مشاركته في دورة الألعاب البارالمبية الآسيوية للشباب «دبي 2025» بـ23 ميدالية، منها 6 ذهبيات و8 فضيات و9 برونزيات، مع ختام المنافسات مساء أمس في دبي فستيفال سيتي برعاية سمو الشيخ منصور بن محمد بن راشد آل مكتوم، وبمشاركة قرابة 1500 لاعب ولاعبة من 35 دولة.
وسُجّل خلال نسخة دبي تحطيم 25 رقمًا قياسيًا، بينها 9 أرقام عالمية و16 رقمًا آسيويًا.
واعتلت أوزبكستان صدارة جدول الميداليات بـ197 ميدالية، منها 99 ذهبية و57 فضية و41 برونزية.
وخلال الحفل تسلّم الوزير الكمبودي بوروس سامهينغ علم استضافة النسخة المقبلة من ثاني جمعة بالرقاد، رئيس اللجنة المنظمة لـ«دبي 2025»، وماجد العصيمي، رئيس اللجنة البارالمبية الآسيوية.
""", [
    ev("closing", "مع ختام المنافسات مساء أمس في دبي فستيفال سيتي", "2025-12-13", "'مساء أمس' from Sun 14 Dec 2025 = the evening of Sat 13 Dec 2025"),
    ev("uae-medals", "أنهى منتخب الإمارات لأصحاب الهمم مشاركته", GAMES[0], "no own expression; the UAE team's 23 medals, won during the Games, Wed 10 - Sat 13 Dec 2025", end=GAMES[1]),
    ev("records", "تحطيم 25 رقمًا قياسيًا", GAMES[0], "no own expression; records broken during the Games, Wed 10 - Sat 13 Dec 2025", end=GAMES[1]),
    ev("flag-handover", "تسلّم الوزير الكمبودي بوروس سامهينغ علم استضافة النسخة المقبلة", "2025-12-13", "no own expression; at the closing ceremony of the evening of Sat 13 Dec 2025 ('مساء أمس')"),
])
art(S, "https://albiladdaily.com/2025/12/14/42-%D9%85%D9%8A%D8%AF%D8%A7%D9%84%D9%8A%D8%A9-%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D9%81%D9%8A-%D8%A2%D8%B3%D9%8A%D9%88%D9%8A%D8%A9-%D8%A7%D9%84%D8%B4%D8%A8%D8%A7%D8%A8-%D8%A7%D9%84%D8%A8%D8%A7%D8%B1/",
    "2025-12-14", "date in the URL '/2025/12/14/' and stamp 'date 2025-12-14' on the stored page (14 Dec 2025 was a Sunday); the place line 'البلاد (دبي)' dropped; headline written from the body (the stored text has none); the boccia scores and the last, truncated sentence shortened; no date of its own in the text", False, """
حصاد تاريخي للمملكة في الألعاب البارالمبية الآسيوية للشباب
أُسدل الستار على دورة الألعاب البارالمبية الآسيوية الخامسة للشباب التي احتضنتها دبي على مدى أربعة أيام بمشاركة قرابة 1500 لاعب ولاعبة من 35 دولة آسيوية، وجنت فيها المملكة حصيلة غير مسبوقة بلغت 42 ميدالية (11 ذهبية و18 فضية و13 برونزية) لتحل في المركز الحادي عشر.
وحقق فريق السعودية البارالمبي بذلك أكبر عدد من الذهبيات وأعلى مجموع ميداليات في تاريخ مشاركات المملكة في هذه الدورات منذ انطلاقتها عام 2013م، متخطيًا ما أحرزه في نسخ كوالالمبور (2013) ودبي (2017) والبحرين (2021).
وفي اليوم الختامي تألق أبطال المملكة، فأحرز فريق البوتشيا ذهبيتين عبر عبدالعزيز الزهراني في فئة (BC1) وسعود السويد في فئة (BC2).
كما واصل لاعبو ألعاب القوى جمع الميداليات، وفي مقدمتها ذهبية فيصل الدوسري في سباق 1500م (T20).
""", [
    ev("closing", "أُسدل الستار على دورة الألعاب البارالمبية الآسيوية الخامسة للشباب", "2025-12-13", "no own expression; the Games closed on the evening of Sat 13 Dec 2025 (sabq's 'مساء السبت', WAM's 'مساء أمس')"),
    ev("games", "احتضنتها دبي على مدى أربعة أيام", GAMES[0], "no own expression; 'أربعة أيام' ending on Sat 13 Dec 2025 = Wed 10 - Sat 13 Dec 2025", end=GAMES[1]),
    ev("kl-2013", "نسخ كوالالمبور (2013)", "2013-01-01", "'(2013)': the Kuala Lumpur edition, in the year 2013", end="2014-01-01"),
    ev("boccia-golds", "فأحرز فريق البوتشيا ذهبيتين", "2025-12-13", "'في اليوم الختامي' = Sat 13 Dec 2025, the closing day"),
    ev("athletics-medals", "واصل لاعبو ألعاب القوى جمع الميداليات", GAMES[0], "no own expression; won during the Games, Wed 10 - Sat 13 Dec 2025", end=GAMES[1]),
])

# ---------------------------------------------------------------- tunisia-raoua-tlili-paris-paralympics-gold-2024
S = "tunisia-raoua-tlili-paris-paralympics-gold-2024"
PARIS = ("2024-08-28", "2024-09-09")    # the Paris 2024 Paralympic Games, 28 Aug - 8 Sep 2024
TOKYO = ("2021-08-24", "2021-09-06")    # the Tokyo 2020 Paralympic Games, held 24 Aug - 5 Sep 2021
BEIJING = ("2008-09-06", "2008-09-18")  # the Beijing 2008 Paralympic Games, 6 - 17 Sep 2008
art(S, "https://aajeg.com/sport/%D8%A7%D9%84%D8%AA%D9%88%D9%86%D8%B3%D9%8A%D8%A9-%D8%B1%D9%88%D8%B9%D8%A9-%D8%A7%D9%84%D8%AA%D9%84%D9%8A%D9%84%D9%8A-%D8%AA%D9%88%D8%A7%D8%B5%D9%84-%D9%83%D8%AA%D8%A7%D8%A8%D8%A9-%D8%A7%D9%84%D8%AA%D8%A7%D8%B1%D9%8A%D8%AE-%D9%88%D8%AA%D8%AD%D9%82%D9%82-%D8%B0%D9%87%D8%A8%D9%8A%D8%A9-%D8%A7%D9%84%D8%A8%D8%A7%D8%B1%D8%A7%D9%84%D9%85%D8%A8%D9%8A%D8%A7%D8%AF",
    "2024-08-30", "page date line '30 اغسطس 2024' under the headline (kept as first line; 30 Aug 2024 was a Friday); the photo caption and the 'اظهر الملخص' box dropped, two points of the summary box folded into the body; the last, truncated sentence dropped", True, """
30 اغسطس 2024
التونسية روعة التليلي تضيف ذهبية باريس إلى سجلها التاريخي
منحت البطلة التونسية روعة التليلي (34 عامًا) بلادها أول ميدالية في الألعاب البارالمبية باريس 2024، بتتويجها بذهبية مسابقة دفع الجلّة، لتدخل تاريخ الألعاب من بابه الواسع محليًا وعالميًا.
وبلغت رميتها الفائزة 10.40 أمتار، فيما تحتفظ حتى الآن بالرقم القياسي العالمي والبارالمبي البالغ 10.55 أمتار الذي سجلته في وقت سابق.
وتُعد التليلي الرياضية الأكثر تتويجًا في تاريخ الرياضة التونسية بسبع ذهبيات وفضيتين في الألعاب البارالمبية.
وانطلقت مسيرتها البارالمبية في بكين 2008، وأحرزت كذلك 11 ميدالية في بطولات العالم، ما جعلها أيقونة لدفع الجلّة على المستوى العالمي.
""", [
    ev("gold", "بتتويجها بذهبية مسابقة دفع الجلّة", "2024-08-30", "no own expression; the final of Fri 30 Aug 2024, the day of the date line ('اليوم الجمعة' in the eremnews report)"),
    ev("games", "أول ميدالية في الألعاب البارالمبية باريس 2024", PARIS[0], "no own expression; the Paris 2024 Paralympics, 28 Aug - 8 Sep 2024 (eremnews: 'من 28 أغسطس إلى 08 سبتمبر')", end=PARIS[1]),
    ev("world-record", "الرقم القياسي العالمي والبارالمبي البالغ 10.55 أمتار الذي سجلته في وقت سابق", TOKYO[0], "no own expression ('في وقت سابق'); the 10.55 m record set at the Tokyo 2020 Games, held 24 Aug - 5 Sep 2021 (alyurae: 'منذ ألعاب طوكيو 2021')", end=TOKYO[1]),
    ev("beijing-2008", "وانطلقت مسيرتها البارالمبية في بكين 2008", BEIJING[0], "'بكين 2008': the Beijing 2008 Paralympics, 6 - 17 Sep 2008", end=BEIJING[1]),
])
art(S, "https://www.eremnews.com/sports/csa35kw",
    "2024-08-30", "no date on the stored page; the body's 'اليوم الجمعة' for the final, which took place on Fri 30 Aug 2024 (aajeg's date line '30 اغسطس 2024', alyurae's 'الجمعة'), fixes the day as Fri 30 Aug 2024; headline written from the body (the stored text has none); the sentence on her age dropped; the last, truncated sentence shortened; no date of its own in the text", False, """
روعة التليلي تهدي تونس والعرب أول ذهبية في بارالمبياد باريس
سجلت البطلة التونسية روعة التليلي إنجازًا جديدًا في الألعاب البارالمبية باريس 2024، إذ فازت اليوم الجمعة بذهبية دفع الجلة لفئة أف 41، وهي أول ميدالية لتونس وللعرب في هذه الألعاب المقامة بالعاصمة الفرنسية.
وتصدرت التليلي نهائي المسابقة برمية بلغت 10.40 متر، متقدمة على الأوزبكية كوبارو خاكيموفا صاحبة الفضية والأرجنتينية أنتونيلا رويز دياز صاحبة البرونزية.
وهذه تاسع ميدالية لها في خمس مشاركات بارالمبية وسابع ذهبية، بعدما صعدت إلى منصة التتويج في بيكين 2008 ولندن 2012 بذهبية وفضية في كل منهما، ثم في ريو دي جانيرو 2016 وطوكيو 2020 بذهبيتين في كل نسخة، إضافة إلى ذهبيتها الأولى في النسخة الحالية.
وتشارك تونس في هذه الألعاب، التي تدور من 28 أغسطس إلى 08 سبتمبر المقبل، ببعثة من 30 رياضيًا في أربعة اختصاصات.
""", [
    ev("gold", "فازت اليوم الجمعة بذهبية دفع الجلة", "2024-08-30", "'اليوم الجمعة' = Fri 30 Aug 2024 (the publication day)"),
    ev("games", "التي تدور من 28 أغسطس إلى 08 سبتمبر المقبل", PARIS[0], "'من 28 أغسطس إلى 08 سبتمبر المقبل' from 30 Aug 2024 = 28 Aug - 8 Sep 2024", end=PARIS[1]),
    ev("beijing-2008", "صعدت إلى منصة التتويج في بيكين 2008", BEIJING[0], "'بيكين 2008': the Beijing 2008 Paralympics, 6 - 17 Sep 2008", end=BEIJING[1]),
    ev("tokyo-2020", "وطوكيو 2020 بذهبيتين في كل نسخة", TOKYO[0], "'طوكيو 2020': the Tokyo 2020 Paralympics, held 24 Aug - 5 Sep 2021", end=TOKYO[1]),
])
art(S, "https://alyurae.com/2024/09/01/%D8%A3%D9%84%D8%B9%D8%A7%D8%A8-%D8%A8%D8%A7%D8%B1%D9%8A%D8%B3-%D8%A7%D9%84%D8%A8%D8%A7%D8%B1%D8%A7%D9%84%D9%85%D8%A8%D9%8A%D8%A9-%D8%B1%D9%88%D8%B9%D8%A9-%D8%A7%D9%84%D8%AA%D9%84%D9%8A%D9%84%D9%8A/",
    "2024-09-01", "date in the URL '/2024/09/01/' (1 Sep 2024 was a Sunday); the body's 'الجمعة' for the final agrees (Fri 30 Aug 2024); headline written from the URL slug; no date of its own in the text", False, """
ألعاب باريس البارالمبية: روعة التليلي تحرز لقبها السابع
نجحت البطلة التونسية روعة التليلي في منح بلادها ذهبية رمي الجلة لفئة إف 41 في الألعاب البارالمبية بباريس، لترفع رصيدها إلى سبعة ألقاب.
وتوجت التليلي بلقبها البارالمبي السابع الجمعة على ملعب «ستاد دو فرانس» في باريس، وافتتحت بذلك عداد ميداليات تونس في نسخة 2024، واحتفلت به أمام عدد قليل من المشجعين تجمعوا قرب المضمار البنفسجي.
وكانت اللاعبة البالغة 34 عامًا، التي تنافس في فئة قصار القامة، مرشحة بقوة للقب، فهي صاحبة الرقم القياسي العالمي لفئتها منذ ألعاب طوكيو 2021.
واحتاجت إلى محاولتها الثانية فقط لترمي مسافة 10 أمتار و40 سنتيمترًا وتبقى في الصدارة حتى النهاية.
وهذا خامس لقب متتالٍ لها في رمي الجلة.
واضطر كل الرياضيين المشاركين في هذا اليوم الأول من ألعاب القوى البارالمبية بملعب «ستاد دو فرانس» إلى التعامل مع الأمطار التي هطلت في الصباح في باريس.
""", [
    ev("gold", "توجت التليلي بلقبها البارالمبي السابع الجمعة", "2024-08-30", "'الجمعة' from Sun 1 Sep 2024 = Fri 30 Aug 2024"),
    ev("games", "في الألعاب البارالمبية بباريس، لترفع رصيدها", PARIS[0], "no own expression; the Paris 2024 Paralympics, 28 Aug - 8 Sep 2024", end=PARIS[1]),
    ev("world-record", "صاحبة الرقم القياسي العالمي لفئتها منذ ألعاب طوكيو 2021", TOKYO[0], "'منذ ألعاب طوكيو 2021': the record set at the Tokyo Games, held 24 Aug - 5 Sep 2021", end=TOKYO[1]),
    ev("morning-rain", "الأمطار التي هطلت في الصباح في باريس", "2024-08-30", "'هذا اليوم الأول من ألعاب القوى البارالمبية' = Fri 30 Aug 2024, the day of the final (the morning rain)"),
])

# ---------------------------------------------------------------- lebanon-pager-wounded-disability-allowance-2025
S = "lebanon-pager-wounded-disability-allowance-2025"
PAGERS = ("2024-09-17", "2024-09-19")     # the pager explosions of Tue 17 Sep 2024 (and the radios of Wed 18)
SUSPENSION = ("2025-11-17", "2025-11-19")  # the suspension statement, on LBC's page on Tue 18 Nov 2025 (my span 17-18 Nov)
REVIEWS = ("2025-11-14", "2025-11-19")     # the reviews received 'خلال الأيام الماضية', after the exception of Fri 14 Nov
art(S, "https://www.lebanon24.com/news/lebanon/1442086/%D8%A8%D8%B4%D8%A3%D9%86-%D8%AC%D8%B1%D8%AD%D9%89-%D8%A7%D9%86%D9%81%D8%AC%D8%A7%D8%B1-%D9%85%D8%B1%D9%81%D8%A3-%D8%A8%D9%8A%D8%B1%D9%88%D8%AA-%D9%88%D8%A7%D9%84%D8%A8%D9%8A%D8%AC%D8%B1-%D9%87%D8%B0%D8%A7-%D9%85%D8%A7-%D8%A3%D8%B9%D9%84%D9%86%D8%AA%D9%87-%D9%88%D8%B2%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D8%B4%D8%A4%D9%88%D9%86-%D8%A7%D9%84%D8%A7%D8%AC%D8%AA%D9%85%D8%A7",
    "2025-11-14", "page time line '14-11-2025 | 02:59' under the headline (kept as first line; 14 Nov 2025 was a Friday; stamp 'date 2025-11-14' on the stored page); 'Advertisement' and the section name dropped; the last, truncated sentence shortened", True, """
14-11-2025 | 02:59
وزارة الشؤون الاجتماعية تعلن استثناءً لجرحى انفجار المرفأ والبيجر
أكدت وزارة الشؤون الاجتماعية في بيان أنها تمنح بطاقات الإعاقة وفق معايير موحّدة وثابتة، دون أي استثناء في الشروط الطبية أو آليات التصنيف، حرصًا على العدالة والمساواة.
وأضاف البيان أن وزيرة الشؤون الاجتماعية حنين السيّد قررت، بعد مراجعة شاملة لأوضاع جرحى انفجار مرفأ بيروت وجرحى البيجر وظروفهم الإنسانية، اعتماد استثناء جديد يدخل هذه الفئات في برنامج البدل النقدي الوطني، يعفيهم من شرط الفئة العمرية وحده.
وسيخضع هؤلاء، شأنهم شأن غيرهم، للإجراءات والتقارير الطبية اللازمة لنيل بطاقة الإعاقة بحسب التصنيف المعتمد.
ودعت الوزارة مراكز تأمين حقوق المعوقين ومراكز الخدمات الاجتماعية إلى تسهيل معاملات الجرحى وتسريعها تمهيدًا لتطبيق الاستثناء.
كما تعمل الوزارة في الوقت نفسه على مراجعة شاملة لبرامج الإعاقة، ومنها برنامج البدل النقدي والتصنيفات، بالتعاون مع خبراء مختصين.
""", [
    ev("statement", "أكدت وزارة الشؤون الاجتماعية في بيان", "2025-11-14", "no own expression; the statement of the time line's day, Fri 14 Nov 2025 (almanar: 'في بيان لها الجمعة')"),
    ev("exception", "اعتماد استثناء جديد يدخل هذه الفئات في برنامج البدل النقدي الوطني", "2025-11-14", "no own expression; announced in the statement of Fri 14 Nov 2025"),
    ev("port-blast", "لأوضاع جرحى انفجار مرفأ بيروت", "2020-08-04", "no own expression; the Beirut port explosion of Tue 4 Aug 2020 (knowledge)"),
    ev("pager-blasts", "وجرحى البيجر وظروفهم الإنسانية", PAGERS[0], "no own expression; the pager explosions of Tue 17 Sep 2024 (and the radios of Wed 18 Sep) (knowledge)", end=PAGERS[1]),
    ev("centres-called", "ودعت الوزارة مراكز تأمين حقوق المعوقين", "2025-11-14", "no own expression; part of the statement of Fri 14 Nov 2025"),
])
art(S, "https://almanar.com.lb/article/340097/",
    "2025-11-14", "the page's date line 'الجمعة 14 11 2025' (with '23 جمادى الأولى 1447', which is the same day), kept as first line; the stamp 'date 2025-11-14' on the stored page and the body's 'في بيان لها الجمعة' agree (14 Nov 2025 was a Friday); the hijri date and the clock line 'بيروت 11:37' dropped; headline shortened", True, """
الجمعة 14 11 2025
بيان من وزارة الشؤون الاجتماعية حول جرحى البيجر
أعلنت وزارة الشؤون الاجتماعية في لبنان، في بيان لها الجمعة، أنها تعتمد في منح بطاقات الإعاقة معايير موحّدة وثابتة لا تعرف الاستثناءات في الشروط الطبية أو آليات التصنيف، التزامًا بالعدالة والمساواة.
وأوضح البيان أن الوزيرة حنين السيّد، بعد مراجعة شاملة لوضع جرحى انفجار مرفأ بيروت وجرحى البيجر وظروفهم الخاصة، أقرت استثناءً جديدًا يشمل هذه الفئات في برنامج البدل النقدي الوطني، يقتصر على إعفائهم من شرط الفئة العمرية.
وبيّن أن هؤلاء الجرحى سيخضعون كسواهم للإجراءات والتقارير الطبية المطلوبة للحصول على بطاقة الإعاقة.
وأشار إلى دعوة مراكز تأمين حقوق المعوقين ومراكز الخدمات الاجتماعية إلى تسريع معاملات الجرحى واستكمال ملفاتهم، تمهيدًا لتطبيق الاستثناء بصورة منظمة وشفافة.
ولفت البيان إلى أن الوزارة تراجع بالتوازي برامج الإعاقة كلها، ومنها برنامج البدل النقدي والتصنيفات، وفق الإمكانات المتاحة.
""", [
    ev("statement", "أعلنت وزارة الشؤون الاجتماعية في لبنان، في بيان لها الجمعة", "2025-11-14", "'الجمعة' = Fri 14 Nov 2025 (the publication day)"),
    ev("exception", "أقرت استثناءً جديدًا يشمل هذه الفئات", "2025-11-14", "no own expression; announced in the statement of Fri 14 Nov 2025"),
    ev("port-blast", "لوضع جرحى انفجار مرفأ بيروت", "2020-08-04", "no own expression; the Beirut port explosion of Tue 4 Aug 2020 (knowledge)"),
    ev("pager-blasts", "وجرحى البيجر وظروفهم الخاصة", PAGERS[0], "no own expression; the pager explosions of Tue 17 Sep 2024 (and the radios of Wed 18 Sep) (knowledge)", end=PAGERS[1]),
    ev("centres-called", "دعوة مراكز تأمين حقوق المعوقين", "2025-11-14", "no own expression; part of the statement of Fri 14 Nov 2025"),
])
art(S, "https://www.aljadeed.tv/news/%D9%85%D8%AD%D9%84%D9%8A%D8%A7%D8%AA/549266/%D8%B9%D9%86-%D8%AC%D8%B1%D8%AD%D9%89-%D8%A7%D9%84%D8%A8%D9%8A%D8%AC%D8%B1-%D8%A8%D9%8A%D8%A7%D9%86-%D9%84%D9%88%D8%B2%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D8%B4%D8%A4%D9%88%D9%86",
    "2025-11-14", "page time line '2025-11-14 | 03:01' under the headline (kept as first line; 14 Nov 2025 was a Friday; stamp 'date 2025-11-14' on the stored page); the repeated headline and section name dropped; the last, truncated sentence shortened", True, """
2025-11-14 | 03:01
بيان لوزارة الشؤون حول جرحى «البيجر»
شددت وزارة الشؤون الاجتماعية في بيان على أنها تعتمد معايير موحّدة وثابتة لإصدار بطاقات الإعاقة، من دون استثناءات في الشروط الطبية أو في آليات التصنيف.
وأشار البيان إلى أن وزيرة الشؤون الاجتماعية حنين السيّد أعلنت، إثر مراجعة شاملة لحال جرحى انفجار مرفأ بيروت وجرحى البيجر، اعتماد استثناء جديد يضم هذه الفئات إلى برنامج البدل النقدي الوطني ويعفيها من شرط الفئة العمرية حصرًا.
وعلى هؤلاء أن يمرّوا كغيرهم بالإجراءات والتقارير الطبية المطلوبة لنيل بطاقة الإعاقة وفق التصنيف المعتمد.
ووُجّهت الدعوة إلى مراكز تأمين حقوق المعوقين ومراكز الخدمات الاجتماعية لتسهيل معاملات الجرحى وتسريعها وتحديث اللوائح.
وتعمل الوزارة بالتوازي على مراجعة برامج الإعاقة كافة بالتعاون مع خبراء مختصين.
""", [
    ev("statement", "شددت وزارة الشؤون الاجتماعية في بيان", "2025-11-14", "no own expression; the statement of the time line's day, Fri 14 Nov 2025"),
    ev("exception", "اعتماد استثناء جديد يضم هذه الفئات إلى برنامج البدل النقدي الوطني", "2025-11-14", "no own expression; announced in the statement of Fri 14 Nov 2025"),
    ev("pager-blasts", "لحال جرحى انفجار مرفأ بيروت وجرحى البيجر", PAGERS[0], "no own expression; the pager explosions of Tue 17 Sep 2024 (and the radios of Wed 18 Sep) (knowledge); the phrase also names the port wounded", end=PAGERS[1]),
    ev("centres-called", "ووُجّهت الدعوة إلى مراكز تأمين حقوق المعوقين", "2025-11-14", "no own expression; part of the statement of Fri 14 Nov 2025"),
])
art(S, "https://www.lbcgroup.tv/news/lebanon/890752/%D9%88%D8%B2%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D8%B4%D8%A4%D9%88%D9%86-%D8%A7%D9%84%D8%A7%D8%AC%D8%AA%D9%85%D8%A7%D8%B9%D9%8A%D8%A9-%D8%A7%D9%84%D8%A7%D8%B3%D8%AA%D9%81%D8%A7%D8%AF%D8%A9-%D9%85%D9%86-%D8%A8%D8%B1%D9%86%D8%A7%D9%85%D8%AC-%D8%A7%D9%84%D8%A8%D8%AF%D9%84-%D8%A7%D9%84%D9%86%D9%82%D8%AF%D9%8A%D9%91-%D8%AA%D9%8F%D9%85%D9%86%D8%AD-%D9%81%D9%82%D8%B7-%D9%84%D9%85/ar",
    "2025-11-18", "stamp 'date 2025-11-18' at the head of the stored page (not kept in the text; 18 Nov 2025 was a Tuesday); the body has no weekday or date; headline shortened from the page's; no date of its own in the text", False, """
وزارة الشؤون الاجتماعية: البدل النقدي لمن تثبت أهليتهم فقط
أكدت وزارة الشؤون الاجتماعية أن برنامج البدل النقدي للأشخاص ذوي الإعاقة يُطبَّق وفق معايير وطنية دقيقة.
وشددت على أن الاستفادة منه تقتصر على من تثبت أهليتهم بناءً على الشروط الطبية والفنية والعمرية والشفافية المالية المعتمدة رسميًا، ولا مجال لإدراج أي فئة جديدة خارج هذه المعايير.
ولفتت إلى أن المراجعات التي وصلتها خلال الأيام الماضية بشأن هذه الفئة من الأشخاص المعوّقين خضعت لتقييم مهني شامل.
وأظهرت نتائج التقييم أن هذه الفئة لا تستوفي المعايير الوطنية المعتمدة في البرنامج.
وبناءً على ذلك تقرر تعليق ضم هذه الفئة إلى البرنامج النقدي للأشخاص ذوي الإعاقة، مع تأكيد التزام الوزارة الكامل بمعايير الشفافية.
""", [
    ev("suspension-statement", "أكدت وزارة الشؤون الاجتماعية أن برنامج البدل النقدي", SUSPENSION[0], "no own expression; the ministry's statement, on LBC's page of Tue 18 Nov 2025 (my span 17-18 Nov)", end=SUSPENSION[1]),
    ev("reviews", "المراجعات التي وصلتها خلال الأيام الماضية", REVIEWS[0], "'خلال الأيام الماضية' from Tue 18 Nov 2025: the reviews after the exception of Fri 14 Nov (my span 14-18 Nov)", end=REVIEWS[1]),
    ev("assessment", "خضعت لتقييم مهني شامل", REVIEWS[0], "no own expression; the professional assessment of those reviews, between Fri 14 and Tue 18 Nov 2025 (my span)", end=REVIEWS[1]),
    ev("suspension", "تقرر تعليق ضم هذه الفئة إلى البرنامج النقدي", SUSPENSION[0], "no own expression; the decision announced in the statement on LBC's page of Tue 18 Nov 2025 (my span 17-18 Nov)", end=SUSPENSION[1]),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 290)
                            if i != 201 and i != 282
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

"""Builds stories.jsonl: the 483-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: prisons and executions: prison breaks, prison riots,
executions carried out, death sentences confirmed.
Stories: the riot of Islamist prisoners in Sednaya military prison (Syria, July 2008), the public hanging of
Majidreza Rahnavard in Mashhad, the second execution linked to the protests (Iran, December 2022), the escape of
three death-row prisoners from Tanta general prison and their recapture (Egypt, January 2021), and the hanging
of Saadoun Sabri al-Qaisi, convicted of killing Mohammed Baqir al-Sadr (Iraq, February 2026).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- syria-sednaya-prison-riot-2008
S = "syria-sednaya-prison-riot-2008"
RIOT = "2008-07-05"                        # the riot began at 07:00 on Sat 5 Jul 2008; SOHR's first statement the same day
CONFIRM = "2008-07-06"                     # Damascus (SANA) confirmed the "disorder" on Sun 6 Jul; SOHR's second statement that day
art(S, "https://www.youm7.com/story/2008/7/6/دمشق-تؤكد-حدوث-فوضى-فى-سجن-صيدنايا/30329",
    "2008-07-06", "the page's address carries its date 2008/7/6 (Sun 6 Jul 2008, the day of the body's 'أكدت دمشق الأحد'); headline kept from the page (its URL slug); the comment-box lines dropped", True, """
دمشق تؤكد حدوث فوضى فى سجن صيدنايا
أكدت دمشق الأحد أن مجموعة من السجناء المحكومين في قضايا تطرف وإرهاب عمدوا إلى إثارة الفوضى والإخلال بالنظام العام في سجن صيدنايا، من غير أن تذكر سقوط إصابات.
وكانت وكالة الأنباء السورية (سانا) قد بثت صباح السبت أن عددا من السجناء المدانين بجرائم التطرف والإرهاب افتعلوا الفوضى وأخلوا بالنظام العام في سجن صيدنايا واعتدوا على رفاقهم، مبينة أن هذه الأحداث جرت خلال قيام إدارة السجن بجولتها التفقدية على النزلاء.
وتابعت أن الوضع تطلب تدخلا مباشرا من وحدة حفظ النظام لاحتواء الحالة وإعادة الهدوء إلى السجن.
وكان المرصد السوري لحقوق الإنسان، المقرب من المعارضة السورية والذي يتخذ من لندن مقرا، قد أفاد في بيان بأن قرابة 25 سجينا لقوا حتفهم في سجن صيدنايا إثر عصيان قام به معتقلون إسلاميون، لافتا إلى أن السجناء صعدوا إلى سطح السجن خشية القتل.
""", [
    ev("damascus-confirms", "أكدت دمشق الأحد", CONFIRM, "'الأحد' = Sun 6 Jul 2008, the day of the page"),
    ev("riot", "افتعلوا الفوضى وأخلوا بالنظام العام في سجن صيدنايا", RIOT, "the riot of Sat 5 Jul 2008 at 07:00 (SANA via al-jazirah: 'في الساعة السابعة من السبت'); the text hangs 'صباح السبت' on SANA's broadcast, which was in fact the Sunday confirmation"),
    ev("order-unit-intervenes", "الوضع تطلب تدخلا مباشرا من وحدة حفظ النظام", RIOT, "no own expression; the intervention that followed the riot of Sat 5 Jul 2008 (SANA)"),
    ev("sohr-statement-25-dead", "قد أفاد في بيان بأن قرابة 25 سجينا لقوا حتفهم", RIOT, "no own expression; SOHR's statement of Sat 5 Jul 2008 (al-jazirah: 'قال السبت في بيان')"),
    ev("prisoners-on-roof", "السجناء صعدوا إلى سطح السجن خشية القتل", RIOT, "no own expression; reported in SOHR's statement of Sat 5 Jul 2008, on the day of the riot"),
])
art(S, "https://sauress.com/alhayat/31393232",
    "2008-07-06", "no date on the stored page (an al-Hayat report carried by sauress); the body's 'وقع امس' and 'صباح السبت امس' for the riot of Sat 5 Jul 2008 give the paper of Sun 6 Jul 2008 (5 Jul 2008 was a Saturday); headline written from the body (the stored text has none); the last, truncated sentence on the activist's contacts shortened", False, """
عصيان دام في سجن صيدنايا قرب دمشق
ذكر ناشطون سوريون أن «عصيانا» اندلع امس في سجن صيدنايا القريب من دمشق، وخلّف قتلى تباينت الروايات في عددهم.
وأفاد المرصد السوري لحقوق الانسان بأن نحو 25 سجينا لقوا مصرعهم في السجن إثر «عصيان» قام به معتقلون اسلاميون، وأضاف في بيان حصلت وكالة «فرانس برس» على نسخة منه أنه «علم من سجين سياسي في سجن صيدنايا العسكري قرب دمشق بأن عصيانا اندلع داخل السجن صباح السبت امس قام به معتقلون اسلاميون».
وتابع أن الشرطة العسكرية فتحت الرصاص الحي على السجناء، وأن «حصيلة القتلى وصلت إلى 25 شخصا»، لافتا إلى أن «السجناء لجأوا إلى سطح السجن هربا من القتل».
وبيّن المصدر في اتصال هاتفي لاحقا أن السجناء المشاركين في العصيان «يحتجزون قرابة 400 شخص رهائن من العسكريين السجناء» داخل السجن.
وذكر المرصد في بيانه أنه «تلقى عدة اتصالات هاتفية من عائلات المعتقلين الاسلاميين في سجن صيدنايا ناشدوا عبرها الرئيس بشار الاسد التدخل لوقف عمليات القتل الجارية داخل السجن».
ودعا المرصد الرئيس السوري إلى «التدخل العاجل لوقف هذه المجزرة ومحاسبة كل من أطلق الرصاص الحي على السجناء».
من جهته، أكد الناشط السوري المقيم في بيروت محمد عبدالله أن تسعة أشخاص على الأقل قتلوا في أحداث السجن.
""", [
    ev("riot", "أن «عصيانا» اندلع امس في سجن صيدنايا", RIOT, "'امس' in the paper of Sun 6 Jul 2008 = Sat 5 Jul ('صباح السبت امس')"),
    ev("sohr-statement-25-dead", "وأفاد المرصد السوري لحقوق الانسان بأن نحو 25 سجينا لقوا مصرعهم", RIOT, "no own expression; SOHR's statement of Sat 5 Jul 2008, the day of the riot"),
    ev("military-police-fire", "الشرطة العسكرية فتحت الرصاص الحي على السجناء", RIOT, "no own expression; during the riot of Sat 5 Jul 2008"),
    ev("prisoners-on-roof", "«السجناء لجأوا إلى سطح السجن هربا من القتل»", RIOT, "no own expression; reported in SOHR's statement of Sat 5 Jul 2008"),
    ev("hostages-400", "«يحتجزون قرابة 400 شخص رهائن من العسكريين السجناء»", RIOT, "no own expression; the hostage-taking reported in SOHR's later call of Sat 5 Jul 2008 (the riot's day)"),
])
art(S, "https://al-jazirah.com/2008/20080707/du23.htm",
    "2008-07-07", "the page's address carries the issue date 20080707 (Mon 7 Jul 2008), which agrees with the body's 'أمس الأحد' for Damascus's confirmation of Sun 6 Jul; an AFP report; headline written from the body (the stored text has none); the dateline 'دمشق - ا ف ب' kept; the last word, cut in the stored text ('مست…'), completed as 'مستمرا'", True, """
دمشق تقر بتدخل قوات الأمن لإنهاء «الإخلال بالنظام» في سجن صيدنايا
دمشق - ا ف ب
اعترفت دمشق أمس الأحد بأن قوات الأمن تدخلت لإنهاء عملية (إخلال بالنظام) نفذها محكومون ب(جرائم تطرف وإرهاب) داخل سجن صيدنايا العسكري، وذلك بعدما أعلن المرصد السوري لحقوق الإنسان من لندن أن حركة عصيان في السجن أدت إلى مقتل 25 شخصا.
وأوردت وكالة الأنباء السورية الرسمية (سانا) أن (عددا من السجناء المدانين بجرائم التطرف والإرهاب عمدوا إلى إثارة الفوضى والإخلال بالنظام العام في سجن صيدنايا (40 كيلومترا شمال دمشق) واعتدوا على رفاقهم).
ولم تأت الوكالة على ذكر إصابات.
في المقابل كان المرصد السوري لحقوق الانسان، القريب من المعارضة السورية ومقره لندن، قد ذكر السبت في بيان أن قرابة 25 سجينا لقوا حتفهم في سجن صيدنايا إثر (عصيان) نفذه معتقلون إسلاميون.
وأفادت (سانا) بدورها بأن الحوادث جرت (في الساعة السابعة من السبت خلال الجولة التفقدية التي كانت تقوم بها إدارة السجن على السجناء).
وأضافت أن (الوضع تطلب تدخلا مباشرا من وحدة حفظ النظام لمعالجة الحالة وإعادة الهدوء إلى السجن وتحرير ضبوط بحالات الاعتداء على الآخرين والإضرار بالممتلكات العامة تمهيدا لاتخاذ الإجراءات القانونية بحق المخالفين).
وفي بيان ثان صدر أمس عن المرصد السوري لحقوق الانسان في لندن، نقل المرصد عن (مصدر داخل سجن صيدنايا) أن (العصيان الذي قام به معتقلون إسلاميون ما زال مستمرا).
""", [
    ev("damascus-confirms", "اعترفت دمشق أمس الأحد", CONFIRM, "'أمس الأحد' in the issue of Mon 7 Jul 2008 = Sun 6 Jul"),
    ev("riot", "بأن الحوادث جرت (في الساعة السابعة من السبت", RIOT, "'في الساعة السابعة من السبت' = Sat 5 Jul 2008, 07:00"),
    ev("sohr-statement-25-dead", "قد ذكر السبت في بيان أن قرابة 25 سجينا لقوا حتفهم", RIOT, "'السبت' = Sat 5 Jul 2008"),
    ev("order-unit-intervenes", "(الوضع تطلب تدخلا مباشرا من وحدة حفظ النظام", RIOT, "no own expression; the intervention after the riot of Sat 5 Jul 2008 (SANA)"),
    ev("sohr-second-statement", "وفي بيان ثان صدر أمس عن المرصد السوري لحقوق الانسان", CONFIRM, "'أمس' in the issue of Mon 7 Jul 2008 = Sun 6 Jul"),
])

# ---------------------------------------------------------------- iran-rahnavard-execution-2022
S = "iran-rahnavard-execution-2022"
EXEC = "2022-12-12"                        # Majidreza Rahnavard hanged in public in Mashhad on the morning of Mon 12 Dec 2022
SHEKARI = "2022-12-08"                     # Mohsen Shekari, the first protester executed, hanged on Thu 8 Dec 2022
PROTESTS = ("2022-09-16", "2022-12-13")    # the protests since Mahsa Amini's death (16 Sep), still going on at the execution
art(S, "https://damas-post.com/%D8%A5%D9%8A%D8%B1%D8%A7%D9%86-%D8%AA%D9%86%D9%81%D8%B0-%D8%AB%D8%A7%D9%86%D9%8A-%D8%AD%D9%83%D9%85-%D8%A5%D8%B9%D8%AF%D8%A7%D9%85-%D8%B9%D9%84%D9%89-%D8%B5%D9%84%D8%A9-%D8%A8%D8%A7%D9%84%D8%A7%D8%AD",
    "2022-12-12", "no date line on the stored page; the body's 'اليوم الإثنين 12 كانون الأول/ ديسمبر' for the second execution, carried out on Mon 12 Dec 2022 (12 Dec 2022 was a Monday), gives the day; headline kept from the page", False, """
إيران تنفذ ثاني حكم إعدام على صلة بالاحتجاجات
نفذت السلطات الإيرانية، اليوم الإثنين 12 كانون الأول/ ديسمبر، حكم الإعدام الثاني بحق أحد المعتقلين على خلفية الاحتجاجات الشعبية التي تعم إيران منذ أكثر من ثلاثة أشهر.
وقبل أيام، وبالتحديد بتاريخ 8 كانون الأول/ ديسمبر، أعلنت وسائل إعلام رسمية إيرانية أن السلطات نفذت أول حكم إعدام مرتبط بالاحتجاجات المستمرة في البلاد منذ ثلاثة أشهر، بحق رجل أدين بطعن عنصر من قوات الباسيج في كتفه الأيسر بسكين.
وكان القضاء قد أصدر حينها عدة أحكام بالإعدام بسبب الاحتجاجات، في حين تطالب السلطات بإعدام المزيد.
ونددت منظمة العفو الدولية بهذه الأحكام، ورأت أنها صدرت في "محاكمات صورية غايتها ترهيب المشاركين في الانتفاضة الشعبية التي تهز إيران".
ويشار إلى أن الاحتجاجات المستمرة في إيران حتى هذه اللحظة، والتي اندلعت رفضا لمقتل الشابة "مهسا أميني" على أيدي قوات الأمن الإيرانية بذريعة مخالفتها قواعد الحجاب، تعد الأوسع منذ مظاهرات عام 2009 التي رفعت حينها مطالب إصلاحية.
""", [
    ev("rahnavard-execution", "نفذت السلطات الإيرانية، اليوم الإثنين 12 كانون الأول/ ديسمبر، حكم الإعدام الثاني", EXEC, "'اليوم الإثنين 12 كانون الأول/ ديسمبر' = Mon 12 Dec 2022"),
    ev("shekari-execution", "أن السلطات نفذت أول حكم إعدام مرتبط بالاحتجاجات", SHEKARI, "'بتاريخ 8 كانون الأول/ ديسمبر' = Thu 8 Dec 2022"),
    ev("protests", "الاحتجاجات الشعبية التي تعم إيران منذ أكثر من ثلاثة أشهر", PROTESTS[0], "'منذ أكثر من ثلاثة أشهر': the protests that began after Mahsa Amini's death on 16 Sep 2022 (albawabhnews, akhbaar24), still going on on Mon 12 Dec (my span 16 Sep - 12 Dec)", end=PROTESTS[1]),
    ev("amini-death", "اندلعت رفضا لمقتل الشابة \"مهسا أميني\"", PROTESTS[0], "no own expression; Mahsa Amini died on 16 Sep 2022 (albawabhnews: 'في 16 سبتمبر')"),
    ev("protests-2009", "منذ مظاهرات عام 2009", "2009-01-01", "'عام 2009' (the year only)", end="2010-01-01"),
])
art(S, "https://emaratalyoum.com/politics/news/2022-12-13-1.1698331?ot=ot.AMPPageLayout",
    "2022-12-13", "the page's address carries its date 2022-12-13 (Tue 13 Dec 2022), which agrees with the body's 'أمس' for the execution of Mon 12 Dec; headline kept from the page; the 'الأكثر مشاركة' box dropped", True, """
إيران تنفذ ثاني «إعدام» بسبب الاحتجاجات
أعدمت السلطات الإيرانية، أمس، شخصا ثانيا في قضية مرتبطة بحركة الاحتجاجات المستمرة منذ نحو ثلاثة أشهر، على الرغم من الإدانات الدولية لاستخدامها هذه العقوبة بحق مشاركين في التظاهرات.
وكانت منظمات حقوقية قد نبهت إلى أن عددا كبيرا من الإيرانيين يواجهون خطر إعدام وشيك ضمن موجة الاحتجاجات التي تصفها طهران بأنها «أعمال شغب».
وأفاد موقع «ميزان أونلاين» التابع للسلطة القضائية الإيرانية بأن محكمة في مدينة مشهد بشمال شرق البلاد أصدرت حكما بإعدام مجيد رضا رهناورد إثر إدانته بقتل عنصرين من القوى الأمنية طعنا بسكين وإصابة أربعة أشخاص آخرين، مشيرا إلى أنه شنق علنا في المدينة لا داخل السجن.
وكانت السلطات الإيرانية قد أعدمت، الخميس الماضي، محسن شكاري (23 عاماً) الذي دانته بجرح عنصر من قوات الباسيج وقطع طريق في بداية الحركة الاحتجاجية.
""", [
    ev("rahnavard-execution", "أعدمت السلطات الإيرانية، أمس، شخصا ثانيا", EXEC, "'أمس' on Tue 13 Dec 2022 = Mon 12 Dec"),
    ev("protests", "حركة الاحتجاجات المستمرة منذ نحو ثلاثة أشهر", PROTESTS[0], "'منذ نحو ثلاثة أشهر': the protests since 16 Sep 2022, going on at the execution (my span 16 Sep - 12 Dec)", end=PROTESTS[1]),
    ev("rahnavard-sentenced", "أصدرت حكما بإعدام مجيد رضا رهناورد", "2022-11-19", "no own expression; between his arrest on 19 Nov 2022 (jinhaagency: 'في التاسع عشر من تشرين الثاني/نوفمبر') and the execution of Mon 12 Dec (my span 19 Nov - 11 Dec)", end=EXEC),
    ev("shekari-execution", "قد أعدمت، الخميس الماضي، محسن شكاري", SHEKARI, "'الخميس الماضي' from Tue 13 Dec 2022 = Thu 8 Dec"),
    ev("shekari-road-block", "وقطع طريق في بداية الحركة الاحتجاجية", "2022-09-25", "'في بداية الحركة الاحتجاجية': Shekari blocked Sattar Khan street in Tehran on 25 Sep 2022 (ajel, akhbaralaan quoting Mizan: 'في 25 سبتمبر')"),
])
art(S, "https://mwatan.news/686224",
    "2022-12-13", "no date line on the stored page; the body's 'اليوم الثلاثاء' for the ban on the memorial and 'صباح أمس الاثنين' for the announcement of the execution of Mon 12 Dec 2022 give Tue 13 Dec 2022 (13 Dec 2022 was a Tuesday); headline kept from the page; the stored text is cut after the fourth paragraph, which mistakenly says the hanging was 'فجر الخميس' (a mix-up with Shekari): it and what follows are dropped", False, """
إيران تمنع إقامة مراسم تأبين لـ مجيد رضا رهنورد بعد إعدامه علنا
حالت قوات الأمن الإيرانية، اليوم الثلاثاء، دون إقامة مراسم تأبين لمجيد رضا رهنورد عقب تنفيذ حكم الإعدام فيه، بينما هتف محتجون بشعارات غاضبة ضد النظام الإيراني، منها "سنوات من الجرائم.. الموت للمرشد".
وأبدى المحتجون في مدينة مشهد الإيرانية غضبهم من منع قوات الأمن إقامة مراسم عزاء لرهنورد، وهتفوا "إذا لم نتحد فسوف نقتل واحدا تلو الآخر".
وكانت وكالات الأنباء الرسمية في إيران قد أعلنت صباح أمس الاثنين إعدام مجيد رضا رهنورد أمام الملأ، ونسبت إليه قتل عضوين في الباسيج هما دانيال رضا زاده وحسين زينال زاده في مدينة مشهد شمال شرقي إيران.
""", [
    ev("memorial-banned", "حالت قوات الأمن الإيرانية، اليوم الثلاثاء، دون إقامة مراسم تأبين", "2022-12-13", "'اليوم الثلاثاء' = Tue 13 Dec 2022"),
    ev("protest-chants", "بينما هتف محتجون بشعارات غاضبة ضد النظام الإيراني", "2022-12-13", "no own expression; at the banned memorial, 'اليوم الثلاثاء' = Tue 13 Dec 2022"),
    ev("rahnavard-execution", "قد أعلنت صباح أمس الاثنين إعدام مجيد رضا رهنورد", EXEC, "'صباح أمس الاثنين' from Tue 13 Dec 2022 = Mon 12 Dec"),
])

# ---------------------------------------------------------------- egypt-tanta-prison-escape-2021
S = "egypt-tanta-prison-escape-2021"
ESCAPE = "2021-01-11"                      # three death-row prisoners escaped at dawn on Mon 11 Jan 2021
DIGGING = ("2020-10-11", "2021-01-12")     # 'على مدار 3 شهور' of boring through the wall, up to the escape night
HUNT = ("2021-01-11", "2021-01-15")        # the manhunt, from the escape to the last arrests of Thu 14 Jan
FIRST_ARREST = "2021-01-13"                # Mohamed Milad caught in al-Ajizi (Tanta) on Wed 13 Jan
LAST_ARRESTS = "2021-01-14"                # the other two caught in Zefta on Thu 14 Jan
art(S, "https://hadarat.net/post/10074/%D9%85%D8%B5%D8%B1:-%D9%87%D8%B1%D9%88%D8%A8-3-%D9%85%D8%AA%D9%87%D9%85%D9%8A%D9%86-%D9%85%D8%AD%D9%83%D9%88%D9%85-%D8%B9%D9%84%D9%8A%D9%87%D9%85-%D8%A8%D8%A7%D9%84%D8%A5%D8%B9%D8%AF%D8%A7%D9%85-%D9%85%D9%86-%D8%B3%D8%B7%D8%AD-%D8%B3%D8%AC%D9%86-%D8%B4%D8%AF%D9%8A%D8%AF-%D8%A7%D9%84%D8%AD%D8%B1%D8%A7%D8%B3%D8%A9",
    "2021-01-11", "no date on the stored page (the footer '© 2023' is the site's); the body's 'فجر اليوم الاثنين' for the escape, which took place at dawn on Mon 11 Jan 2021 (alnashraaldawlia of 12 Jan; ahlmasrnews: 'الإثنين الماضي'; tweets about it are of 11 Jan), gives Mon 11 Jan 2021; headline kept from the page; the footer dropped", False, """
مصر: هروب 3 متهمين محكوم عليهم بالإعدام من سطح سجن شديد الحراسة
يضاعف ضباط المباحث الجنائية في محافظة الغربية المصرية جهودهم لفك لغز فرار 3 متهمين في قضايا إعدام، في الساعات الأولى من فجر اليوم الاثنين.
وفر المتهمون من سجن طنطا العمومي متنقلين عبر أسطح المساكن الملاصقة للسجن، بحسب ما أورده موقع "صدى البلد" المصري.
وأفاد الموقع بورود بلاغ من المشرف العام على سجن طنطا العمومي بشأن فرار ثلاثة سجناء في ظروف غامضة من داخل أسوار السجن.
وذكر موقع الأخبار العاجلة العبري أن 3 سجناء مصريين صدرت بحقهم أحكام بالإعدام والمؤبد نجحوا في حفر جدار السجن وتعطيل كاميرات المراقبة في سجن طنطا العام بمحافظة الغربية شمالي مصر، فيما تواصل الأجهزة الأمنية المصرية ملاحقتهم.
""", [
    ev("escape", "فرار 3 متهمين في قضايا إعدام، في الساعات الأولى من فجر اليوم الاثنين", ESCAPE, "'في الساعات الأولى من فجر اليوم الاثنين' = dawn of Mon 11 Jan 2021"),
    ev("escape-reported", "بورود بلاغ من المشرف العام على سجن طنطا العمومي", ESCAPE, "no own expression; the prison's report of the escape on Mon 11 Jan 2021"),
    ev("wall-dug", "نجحوا في حفر جدار السجن", DIGGING[0], "no own expression; 'على مدار 3 شهور' before the escape (alnashraaldawlia), my span 11 Oct 2020 - 11 Jan 2021", end=DIGGING[1]),
    ev("manhunt", "فيما تواصل الأجهزة الأمنية المصرية ملاحقتهم", HUNT[0], "no own expression; the hunt from the escape of Mon 11 Jan 2021 to the last arrests of Thu 14 Jan (ahlmasrnews)", end=HUNT[1]),
])
art(S, "https://alnashraaldawlia.com/2021/01/12/%d8%a7%d9%84%d8%b3%d9%84%d8%b7%d8%a7%d8%aa-%d8%a7%d9%84%d9%85%d8%b5%d8%b1%d9%8a%d8%a9-%d8%aa%d8%b7%d8%a7%d8%b1%d8%af-3-%d9%85%d8%af%d8%a7%d9%86%d9%8a%d9%86-%d8%a8%d8%a7%d9%84%d8%a5%d8%b9%d8%af%d8%a7",
    "2021-01-12", "the page's address carries its date 2021/01/12 (Tue 12 Jan 2021); the body gives no day of its own; headline kept from the page; the outlet's tag 'النشرة الدولية –' kept; the last, truncated sentence ('وشدد المحامي العام ع…') dropped", True, """
السلطات المصرية تطارد 3 مدانين بالإعدام فروا من السجن بعد أن حفروا خندقا تحت أسواره
النشرة الدولية –
تكثف السلطات المصرية عمليات البحث عن ٣ مدانين نجحوا في الفرار من أحد السجون بعدما حفروا خندقا تحت أسواره، وفقا لما أوردته تقارير إخبارية محلية.
ونقلت مواقع مصرية عن مصادر أمنية أن 3 رجال صدرت بحقهم أحكام بالإعدام في جرائم مخدرات وقتل تمكنوا من الفرار من سجن طنطا العمومي في محافظة الغربية، وأشارت إلى أن المدانين ظلوا على مدار 3 شهور يثقبون جدران السجن، ثم فروا بعد أن عطلوا كاميرات المراقبة داخله.
وأفاد موقع "الشروق" الإخباري بأن اثنين من الفارين ينحدران من مدينة طنطا، بينما يقطن الثالث محافظة كفر الشيخ، وبأنهم تسللوا في الفجر عبر الجدران التي نقبوها إلى أن خرجوا من السجن.
ونقل موقع صحيفة "المصري اليوم" عن مصادر أمنية ترجيحها أن الهروب وقع بين الساعة 2 صباحًا وأذان الفجر، إذ تمكن الفارون من اجتياز الأسوار وأسطح المنازل المجاورة للسجن إلى أن ابتعدوا عن المنطقة.
ووجه المحامي العام لنيابات غرب طنطا الكلية بمحافظة الغربية رئيس النيابة الكلية بغرب طنطا بتشكيل فريق من النيابة العامة يضم خبراء الأدلة الجنائية للانتقال إلى سجن طنطا العمومي والتحقيق في واقعة الهروب.
""", [
    ev("manhunt", "تكثف السلطات المصرية عمليات البحث عن ٣ مدانين", HUNT[0], "no own expression; the hunt from the escape of Mon 11 Jan 2021 to the last arrests of Thu 14 Jan", end=HUNT[1]),
    ev("wall-dug", "ظلوا على مدار 3 شهور يثقبون جدران السجن", DIGGING[0], "'على مدار 3 شهور' before the escape of Mon 11 Jan 2021 (my span 11 Oct 2020 - 11 Jan 2021)", end=DIGGING[1]),
    ev("escape", "أن الهروب وقع بين الساعة 2 صباحًا وأذان الفجر", ESCAPE, "'بين الساعة 2 صباحًا وأذان الفجر' with no day: the night ending at dawn on Mon 11 Jan 2021 (hadarat 'فجر اليوم الاثنين')"),
    ev("investigation-ordered", "ووجه المحامي العام لنيابات غرب طنطا الكلية", ESCAPE, "no own expression; the order of Mon 11 Jan 2021 (ahlmasrnews: 'الإثنين الماضي، أمر بفتح باب التحقيق')"),
])
art(S, "https://ahlmasrnews.com/news/local-news/1110555/أمن-الغربية-سجن-طنطا-زفت",
    "2021-01-14", "no date on the stored page; the body's 'اليوم الخميس' for the arrests in Zefta, 'أمس الأربعاء' for the first arrest and 'الإثنين الماضي' for the order of Mon 11 Jan give Thu 14 Jan 2021 (14 Jan 2021 was a Thursday); headline written from the URL slug; the last, truncated sentence ('…كمائن على الطرق') ended there", False, """
أمن الغربية يضبط الهاربين من سجن طنطا في زفتى
نجحت قوات أمن الغربية، اليوم الخميس، في ضبط بقية السجناء الفارين من سجن طنطا المركزي في نطاق مدينة زفتى، بعد نصب عدد من الأكمنة والتمركزات الأمنية لإلقاء القبض عليهم في أسرع وقت، وذلك عقب ضبط المتهم الأول في نطاق العجيزي بطنطا منذ ساعات.
وكانت أجهزة أمن الغربية قد تمكنت من القبض على أحد الفارين من سجن طنطا المحكوم عليهم بالإعدام، في نطاق السجن المركزي بمنطقة العجيزي أمس الأربعاء.
وترجع تفاصيل الواقعة إلى إخطار تلقاه مدير أمن الغربية من نقطة النجدة بقسم أول طنطا، يفيد بأن تمركزا أمنيا ألقى القبض على السجين 'محمد ميلاد محمود ميلاد نصر'، 30 عاما، الشهير بمحمد المصري، وهو أحد السجناء الفارين من سجن طنطا العمومي والمحكوم عليه بالإعدام، وحرر محضر بذلك وأخطرت النيابة.
وكان المحامي العام لنيابات غرب طنطا الكلية قد أمر، الإثنين الماضي، بفتح تحقيق في واقعة فرار 3 سجناء من سجن طنطا العمومي فجر اليوم، وبتشكيل فريق من النيابة العامة وخبراء الأدلة الجنائية للانتقال إلى السجن وكشف ملابسات الحادث.
وتعود الواقعة إلى إخطار تلقاه مدير أمن الغربية اللواء هاني مدحت من مأمور مركز طنطا العمومي، يفيد بفرار 3 سجناء بطريق المغافلة، فانتقل مدير الأمن على الفور إلى موقع الحادث، وشكلت فرق بحث ونصبت كمائن على الطرق.
""", [
    ev("last-arrests", "في ضبط بقية السجناء الفارين من سجن طنطا المركزي في نطاق مدينة زفتى", LAST_ARRESTS, "'اليوم الخميس' = Thu 14 Jan 2021"),
    ev("first-arrest", "قد تمكنت من القبض على أحد الفارين من سجن طنطا", FIRST_ARREST, "'أمس الأربعاء' from Thu 14 Jan 2021 = Wed 13 Jan"),
    ev("investigation-ordered", "قد أمر، الإثنين الماضي، بفتح تحقيق", ESCAPE, "'الإثنين الماضي' from Thu 14 Jan 2021 = Mon 11 Jan"),
    ev("escape", "واقعة فرار 3 سجناء من سجن طنطا العمومي فجر اليوم", ESCAPE, "'فجر اليوم' is copied from the report of Mon 11 Jan 2021 (the sentence's 'الإثنين الماضي'), not Thu 14: the escape at dawn on Mon 11 Jan"),
    ev("escape-reported", "إخطار تلقاه مدير أمن الغربية اللواء هاني مدحت", ESCAPE, "no own expression; the prison's report of the escape on Mon 11 Jan 2021"),
    ev("manhunt", "وشكلت فرق بحث ونصبت كمائن على الطرق", HUNT[0], "no own expression; the search from the escape of Mon 11 Jan 2021 to the arrests of Thu 14 Jan", end=HUNT[1]),
])

# ---------------------------------------------------------------- iraq-qaisi-sadr-killer-execution-2026
S = "iraq-qaisi-sadr-killer-execution-2026"
ANNOUNCE = "2026-02-09"                    # the National Security Service announced the hanging of Saadoun Sabri al-Qaisi on Mon 9 Feb 2026
ARREST = ("2025-01-20", "2025-02-01")      # his arrest (with four others) announced in late January 2025
CONFESS = ("2025-01-01", "2025-02-01")     # his confession, made public with the arrest (January 2025)
SADR_EXEC = "1980-04-08"                   # Mohammed Baqir al-Sadr and his sister Bint al-Huda hanged on 8 Apr 1980
art(S, "https://www.lebanon24.com/news/world-news/1479902/%D8%A8%D8%B9%D8%AF-%D8%B9%D9%82%D9%88%D8%AF-%D9%85%D9%86-%D8%A7%D9%84%D8%AC%D8%B1%D9%8A%D9%85%D8%A9-%D8%AA%D9%86%D9%81%D9%8A%D8%B0-%D8%AD%D9%83%D9%85-%D8%A7%D9%84%D8%A5%D8%B9%D8%AF%D8%A7%D9%85-%D8%A8%D8%AD%D9%82-%D9%82%D8%A7%D8%AA%D9%84-%D8%A7%D9%84%D9%85%D8%B1%D8%AC%D8%B9-%D9%85%D8%AD%D9%85%D8%AF-%D8%A8%D8%A7%D9%82%D8%B1-%D8%A7%D9%84%D8%B5%D8%AF%D8%B1",
    "2026-02-09", "the page's date line '09-02-2026 | 12:32' (Mon 9 Feb 2026), in agreement with the body's 'اليوم الاثنين'; headline kept from the page; the site's menus and the last, truncated sentence dropped", True, """
بعد عقود من الجريمة.. تنفيذ حكم الإعدام بحق قاتل المرجع محمد باقر الصدر
أعلن جهاز الأمن الوطني العراقي، اليوم الاثنين، أنه نفذ حكم الإعدام شنقاً حتى الموت بحق المدان سعدون صبري القيسي، الضالع في اغتيال المرجع الديني السيد محمد باقر الصدر في ثمانينيات القرن الماضي.
وبيّن المتحدث باسم الجهاز، أرشد الحاكم، أن الحكم نُفذ بعد إتمام الإجراءات القضائية الأصولية كافة، لافتاً إلى أن القيسي، الذي كان برتبة لواء في النظام السابق، دين بجرائم إنسانية جسيمة، منها المشاركة في قتل السيد الصدر وعدد من علماء بيت الحكيم ومواطنين أبرياء.
وكانت السلطات قد اعتقلت القيسي في أواخر كانون الثاني 2025 ضمن مجموعة من خمسة أشخاص وُصفوا بأنهم "أعتى المجرمين"، وقد أقر صراحةً بأنه نفذ الإعدام بسلاحه الشخصي بحق السيد الصدر وشقيقته "بنت الهدى".
ويعد محمد باقر الصدر من أبرز مراجع الشيعة ومن مؤسسي حزب الدعوة الإسلامية، وقد أعدمه نظام صدام حسين عام 1980 بتهمة "العمالة والتخابر".
""", [
    ev("execution-announced", "أعلن جهاز الأمن الوطني العراقي، اليوم الاثنين، أنه نفذ حكم الإعدام", ANNOUNCE, "'اليوم الاثنين' = Mon 9 Feb 2026"),
    ev("qaisi-arrest", "اعتقلت القيسي في أواخر كانون الثاني 2025", ARREST[0], "'في أواخر كانون الثاني 2025' (my span 20 - 31 Jan 2025)", end=ARREST[1]),
    ev("confession", "وقد أقر صراحةً بأنه نفذ الإعدام بسلاحه الشخصي", CONFESS[0], "no own expression; the confession made public with the arrest in January 2025 (aljazeera: 'وبيّن [الجهاز] حينها')", end=CONFESS[1]),
    ev("sadr-execution", "وقد أعدمه نظام صدام حسين عام 1980", SADR_EXEC, "'عام 1980'; the day, 8 Apr 1980, from almashhad ('في 8 أبريل 1980')"),
])
art(S, "https://www.aljazeera.net/news/2026/2/9/%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82-%D9%8A%D8%B9%D8%AF%D9%85-%D8%B3%D8%B9%D8%AF%D9%88%D9%86-%D8%A7%D9%84%D9%82%D9%8A%D8%B3%D9%8A-%D9%84%D8%A5%D8%AF%D8%A7%D9%86%D8%AA%D9%87-%D8%A8%D9%82%D8%AA%D9%84",
    "2026-02-09", "the page's date stamp 2026-02-09 and its address (2026/2/9), Mon 9 Feb 2026, in agreement with the body's 'اليوم الاثنين'; headline written from the URL slug (cut in the address); the last, truncated paragraph on al-Sadr dropped", True, """
العراق يعدم سعدون القيسي لإدانته بقتل المرجع محمد باقر الصدر
أعلن جهاز الأمن الوطني في العراق، اليوم الاثنين، أنه نفذ حكم الإعدام شنقا في سعدون صبري القيسي، المدان بقتل المرجع الشيعي محمد باقر الصدر.
ونقلت وكالة الأنباء العراقية عن المتحدث باسم الجهاز، أرشد الحاكم، قوله إنه "جرى تنفيذ حكم الإعدام شنقا حتى الموت بحق المدان سعدون صبري القيسي".
وأوضح الحاكم أن التنفيذ تم بعد استيفاء جميع الإجراءات القضائية الأصولية المتعلقة بالقضية، وبناء على جهد جهاز الأمن الوطني في التحقيق والمتابعة الاستخبارية.
وذكر المتحدث أن القيسي "دين بارتكاب جرائم إنسانية جسيمة، منها التورط في جريمة قتل السيد الشهيد محمد باقر الصدر، فضلا عن عدد من علماء بيت الحكيم ومواطنين أبرياء".
وفي أواخر يناير/كانون الثاني 2025، أعلن العراق القبض على 5 أشخاص وصفهم بأنهم "من أعتى المجرمين من أتباع النظام البائد وقتلة الشهيد الصدر وشقيقته وآلاف العراقيين".
وأوضح جهاز الأمن الوطني حينها أن بينهم سعدون صبري القيسي، وهو برتبة لواء، وأن القيسي "اعترف صراحة بتنفيذ الإعدام بسلاحه الشخصي بحق السيد الشهيد محمد باقر الصدر وشقيقته وتنفيذ الإعدامات الجماعية للمعارضين".
""", [
    ev("execution-announced", "أعلن جهاز الأمن الوطني في العراق، اليوم الاثنين، أنه نفذ حكم الإعدام", ANNOUNCE, "'اليوم الاثنين' = Mon 9 Feb 2026"),
    ev("qaisi-arrest", "أعلن العراق القبض على 5 أشخاص", ARREST[0], "'في أواخر يناير/كانون الثاني 2025' (my span 20 - 31 Jan 2025)", end=ARREST[1]),
    ev("confession", "اعترف صراحة بتنفيذ الإعدام بسلاحه الشخصي", CONFESS[0], "'حينها' = the statement of late January 2025 (my span January 2025)", end=CONFESS[1]),
    ev("sadr-execution", "التورط في جريمة قتل السيد الشهيد محمد باقر الصدر", SADR_EXEC, "no own expression; al-Sadr was hanged on 8 Apr 1980 (almashhad)"),
])
art(S, "https://almashhad.com/article/773112298002792-News/438628248043195-%D8%A3%D8%B9%D8%AF%D9%85-%D8%A8%D8%B9%D8%AF-%D8%A7%D8%B9%D8%AA%D8%B1%D8%A7%D9%81%D9%87-%D8%A8%D9%82%D8%AA%D9%84-%D9%85%D8%AD%D9%85%D8%AF-%D8%A8%D8%A7%D9%82%D8%B1-%D8%A7%D9%84%D8%B5%D8%AF%D8%B1-%D9%85%D9%86-%D9%87%D9%88-%D8%B3%D8%B9%D8%AF%D9%88%D9%86-%D8%B5%D8%A8%D8%B1%D9%8A-%D8%A7%D9%84%D9%82%D9%8A%D8%B3%D9%8A",
    "2026-02-10", "no date on the stored page; the body's 'يوم أمس الاثنين' for the announcement of Mon 9 Feb 2026 gives Tue 10 Feb 2026 (10 Feb 2026 was a Tuesday); headline written from the URL slug; the last, truncated sentence (on the pursuit of former officials since 2003) dropped", False, """
أعدم بعد اعترافه بقتل محمد باقر الصدر.. من هو سعدون صبري القيسي؟
أعلن العراق يوم أمس الاثنين إعدام سعدون صبري القيسي بسبب ضلوعه في مقتل رجل الدين الشيعي البارز محمد باقر الصدر في العام 1980.
وفور انتشار الخبر بسرعة على وسائل التواصل الاجتماعي والمواقع الإخبارية العربية والدولية، تساءل كثير من متابعي الشأن والسياسة في العراق عن هوية سعدون صبري القيسي الذي أعدم بعد أن اعترف بقتل محمد باقر الصدر.
- ضابط أمن كبير في عهد صدام حسين.
- مدان بجرائم جسيمة ضد الإنسانية.
- مدان بقتل رجل الدين الشيعي العراقي البارز محمد باقر الصدر وأفراد من عائلة الحكيم ومدنيين آخرين.
ولم توضح المصادر الإعلامية موعد إعدام القيسي.
من هو محمد باقر الصدر؟
تفيد التقارير بأن الصدر كان من أشد منتقدي الحكومة العراقية وصدام، وقد تصاعدت معارضته بعد الثورة الإسلامية عام 1979 في إيران، ما ضاعف خشية صدام من انتفاضة شيعية في العراق.
وفي العام 1980 اعتقلت السلطات الصدر وشقيقته بنت الهدى، وهي عالمة دين وناشطة.
وتذكر التقارير أنهما تعرضا للتعذيب قبل أن يعدما شنقًا في 8 أبريل 1980.
وقد أشعل الإعدام غضبًا شعبيًا واسعًا في ذلك الوقت.
""", [
    ev("execution-announced", "أعلن العراق يوم أمس الاثنين إعدام سعدون صبري القيسي", ANNOUNCE, "'يوم أمس الاثنين' from Tue 10 Feb 2026 = Mon 9 Feb"),
    ev("confession", "بعد أن اعترف بقتل محمد باقر الصدر", CONFESS[0], "no own expression; the confession made public with his arrest in January 2025 (aljazeera)", end=CONFESS[1]),
    ev("iranian-revolution", "بعد الثورة الإسلامية عام 1979 في إيران", "1979-01-01", "'عام 1979' (the year only)", end="1980-01-01"),
    ev("sadr-arrest", "وفي العام 1980 اعتقلت السلطات الصدر وشقيقته", "1980-01-01", "'في العام 1980', before the hanging of 8 Apr 1980 (my span 1 Jan - 7 Apr 1980)", end=SADR_EXEC),
    ev("sadr-execution", "قبل أن يعدما شنقًا في 8 أبريل 1980", SADR_EXEC, "'في 8 أبريل 1980' = Tue 8 Apr 1980"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 483
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

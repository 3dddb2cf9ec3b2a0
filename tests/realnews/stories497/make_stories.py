"""Builds stories.jsonl: the 497-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: medical negligence and hospital scandals (a patient's
death blamed on doctors, investigations, trials, suspensions of staff).
Stories: the death of Farah and her unborn child at the Lalla Meryem hospital in Larache and the jailing of a
doctor and a midwife (Morocco, September 2019); the death of a pregnant woman refused by three hospitals of
Djelfa province (Ain Oussera, Hassi Bahbah, Djelfa) and the jailing of midwives (Algeria, July-August 2017);
the death of the engineer Nourzad Mohamed Hashem after a bile-duct endoscopy at the Nozha International
hospital in Cairo and the health ministry's committee (Egypt, July 2025).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- morocco-larache-farah-pregnant-death-2019
S = "morocco-larache-farah-pregnant-death-2019"
DEATH = "2019-09-19"                       # Farah and her unborn child died at the Lalla Meryem hospital, Thu 19 Sep 2019
JAILED = "2019-09-30"                      # the doctor and a midwife were jailed, a second nurse bailed, Mon 30 Sep 2019
HEARING = "2019-10-07"                     # the first hearing was set for 'الاثنين المقبل' = Mon 7 Oct 2019
FINDINGS = ("2019-09-21", JAILED)          # the ministry's inquiry (opened Sat 21 Sep) named three staff before the jailing
art(S, "https://tanjalyoum.com/2019/09/30/%D9%88%D9%83%D9%8A%D9%84-%D8%A7%D9%84%D9%85%D9%84%D9%83-%D8%A8%D9%85%D8%AF%D9%8A%D9%86%D8%A9-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D8%A6%D8%B4-%D9%8A%D8%A3%D9%85%D8%B1-%D8%A8%D8%A5%D8%B9%D8%AA%D9%82%D8%A7/",
    "2019-09-30", "the URL path '2019/09/30' and the body's 'نهار اليوم الإثنين متم شهر شتنبر 2019' (30 Sep 2019 was a Monday) for the prosecutor's decision; the site name 'طنجة اليوم' dropped; headline rendered from the URL slug (cut after 'بإعتقا', completed from the body); the last paragraph (Farah's arrival at the hospital, cut mid-sentence in the stored text) dropped", True, """
وكيل الملك بمدينة العرائش يأمر باعتقال طبيب وممرضة
في تطور جديد لقضية وفاة امرأة حامل بمستشفى للا مريم في مدينة العرائش، قررت النيابة العامة لدى المحكمة الابتدائية بالعرائش نهار اليوم الإثنين متم شهر شتنبر 2019 اعتقال طبيب التوليد وممرضة وإيداعهما السجن المحلي بالمدينة، مع منح ممرضة ثانية السراح المؤقت مقابل كفالة مالية قدرها 9000 درهم.
ووجهت النيابة العامة إلى الطبيب والممرضتين تهم الامتناع عمدا عن تقديم المساعدة لامرأة حامل في خطر، والتسبب عن غير قصد في القتل نتيجة الإهمال وعدم مراعاة النظم والقوانين، والتمييز بالامتناع عن أداء الخدمة، والرشوة، والعنف الجسدي والنفسي ضد امرأة حامل.
وكان البحث الذي أنجزته وزارة الصحة العمومية بعد وفاة الحامل، واسمها قيد حياتها فرح، بمستشفى للا مريم قد كشف مسؤولية الطبيب والممرضتين عن الوفاة، وهو ما دفع الوكيل العام للملك بالدائرة القضائية لاستئنافية طنجة إلى الأمر بفتح تحقيق قضائي في القضية.
""", [
    ev("doctor-midwife-jailed", "اعتقال طبيب التوليد وممرضة وإيداعهما السجن المحلي", JAILED, "'نهار اليوم الإثنين متم شهر شتنبر 2019' = Mon 30 Sep 2019"),
    ev("nurse-bailed", "مع منح ممرضة ثانية السراح المؤقت", JAILED, "no own expression; part of the same decision of Mon 30 Sep 2019"),
    ev("charges-brought", "ووجهت النيابة العامة إلى الطبيب والممرضتين تهم", JAILED, "no own expression; the charges of the prosecution's decision of Mon 30 Sep 2019"),
    ev("farah-death", "بعد وفاة الحامل، واسمها قيد حياتها فرح", DEATH, "no own expression; Farah died on Thu 19 Sep 2019 (ksarforum/almaghreb24: 'يوم الخميس 19 شتنبر')"),
    ev("ministry-findings", "قد كشف مسؤولية الطبيب والممرضتين عن الوفاة", FINDINGS[0], "no own expression; the health ministry's inquiry was opened on Sat 21 Sep 2019 (alaoual: 'أمس السبت') and its results named the staff before the jailing of Mon 30 Sep (my span 21-29 Sep)", end=FINDINGS[1]),
])
art(S, "https://maghress.com/hespress/445920",
    "2019-09-30", "no date line in the stored text (a Hespress report carried by maghress); the body's 'مساء اليوم الاثنين' for the jailing, which was ordered on Mon 30 Sep 2019 (tanjalyoum of 30 Sep: 'نهار اليوم الإثنين متم شهر شتنبر 2019'; almaghreb24: 'يوم الاثنين 30 شتنبر'), gives Mon 30 Sep 2019; headline written from the body (the stored text has none); the last, cut clause ('بسبب \"قصور') dropped", False, """
اعتقال طبيب ومولدة بعد وفاة الحامل فرح وجنينها بالعرائش
قرر وكيل الملك لدى المحكمة الابتدائية بالعرائش، مساء اليوم الاثنين، إيداع طبيب وممرضة السجن المحلي بالمدينة نفسها ومتابعتهما في حالة اعتقال احتياطي، وذلك على خلفية وفاة فرح، ابنة مدينة القصر الكبير، وجنينها بمستشفى الأميرة للا مريم بالعرائش.
وأوضح المحامي عزيز العليكي أن الوكيل العام للملك قرر إبقاء الطبيب (ب. ي) والمولدة الأولى (ت. ف) رهن الاعتقال، في حين توبعت الممرضة الثانية (إ. ن) في حالة سراح بعد أدائها كفالة قيمتها 9000 درهم.
وأفاد العليكي، في تصريح لجريدة هسبريس الإلكترونية، بأن أولى جلسات محاكمة المتابعين تحددت يوم الاثنين المقبل.
وتواجه المتابعين تهم من بينها "عدم تقديم المساعدة لامرأة حامل في خطر" و"التسبب عن غير قصد في القتل غير العمد نتيجة الإهمال والامتناع عن أداء الخدمة" و"العنف الجسدي والنفسي ضد امرأة حامل".
وكانت التحقيقات الأولية في وفاة الشابة وجنينها بالمستشفى ذاته قد أظهرت تورط ثلاثة أطر طبية.
وسبق لمصدر من وزارة الصحة أن صرح لهسبريس بأن النتائج الأولية للتحقيق في ظروف وملابسات الوفاة بالمستشفى الإقليمي بالعرائش كشفت مسؤولية ثلاثة أطر (طبيب ومولدتان) يعملون في المستشفى نفسه.
""", [
    ev("doctor-midwife-jailed", "إيداع طبيب وممرضة السجن المحلي", JAILED, "'مساء اليوم الاثنين' = Mon 30 Sep 2019"),
    ev("nurse-bailed", "توبعت الممرضة الثانية (إ. ن) في حالة سراح", JAILED, "no own expression; part of the decision of Mon 30 Sep 2019"),
    ev("first-hearing", "أولى جلسات محاكمة المتابعين تحددت يوم الاثنين المقبل", HEARING, "'يوم الاثنين المقبل' from Mon 30 Sep 2019 = Mon 7 Oct 2019"),
    ev("charges-brought", "وتواجه المتابعين تهم", JAILED, "no own expression; the charges of the decision of Mon 30 Sep 2019"),
    ev("farah-death", "وفاة فرح، ابنة مدينة القصر الكبير، وجنينها", DEATH, "no own expression; Farah died on Thu 19 Sep 2019 (ksarforum/almaghreb24)"),
    ev("ministry-findings", "قد أظهرت تورط ثلاثة أطر طبية", FINDINGS[0], "no own expression ('في تصريح سابق'); the ministry inquiry opened Sat 21 Sep 2019 and named the three staff before Mon 30 Sep (my span 21-29 Sep)", end=FINDINGS[1]),
])
art(S, "https://www.achamalpress.com/archives/150824",
    "2019-10-01", "no date line in the stored text; the body's 'يوم أمس الاثنين' for the jailing of Mon 30 Sep 2019 (tanjalyoum, Hespress: 'اليوم الاثنين') gives Tue 1 Oct 2019; headline written from the body (the stored text has none)", False, """
إيداع طبيب وممرضة سجن العرائش في قضية وفاة حامل وجنينها
قرر وكيل الملك لدى المحكمة الابتدائية بالعرائش، يوم أمس الاثنين، وضع طبيب وممرضة في السجن المحلي بالمدينة ومتابعتهما في حالة اعتقال احتياطي، على خلفية وفاة سيدة وجنينها بمستشفى الأميرة للا مريم بالعرائش.
واحتفظ الوكيل العام للملك بالطبيب (ب. ي) وبالمولدة الأولى (ت. ف) رهن الاعتقال، بينما توبعت الممرضة الثانية (إ. ن) في حالة سراح بعد أن أدت كفالة مالية بمبلغ 9000 درهم.
وتتعلق التهم الموجهة إلى المتابعين بـ"عدم تقديم المساعدة لامرأة حامل في خطر" و"التسبب عن غير قصد في القتل غير العمد نتيجة الإهمال والامتناع عن أداء الخدمة" و"العنف الجسدي والنفسي ضد امرأة حامل".
وكانت التحقيقات الأولية في وفاة "فرح"، ابنة مدينة القصر الكبير، وجنينها بالمستشفى نفسه قد كشفت تورط ثلاثة أطر طبية.
كما أظهرت نتائج الأبحاث في ظروف وملابسات وفاة المرأة الحامل وجنينها بالمستشفى الإقليمي بالعرائش مسؤولية ثلاثة أطر (طبيب ومولدتان) يعملون فيه، بسبب "قصور وإهمال في التكفل بحالة السيدة الحامل".
""", [
    ev("doctor-midwife-jailed", "وضع طبيب وممرضة في السجن المحلي", JAILED, "'يوم أمس الاثنين' in an article of Tue 1 Oct 2019 = Mon 30 Sep 2019"),
    ev("nurse-bailed", "بينما توبعت الممرضة الثانية (إ. ن) في حالة سراح", JAILED, "no own expression; part of the decision of Mon 30 Sep 2019"),
    ev("charges-brought", "وتتعلق التهم الموجهة إلى المتابعين", JAILED, "no own expression; the charges of the decision of Mon 30 Sep 2019"),
    ev("farah-death", "وفاة سيدة وجنينها بمستشفى الأميرة للا مريم", DEATH, "no own expression; Farah died on Thu 19 Sep 2019 (ksarforum/almaghreb24)"),
    ev("ministry-findings", "مسؤولية ثلاثة أطر (طبيب ومولدتان) يعملون فيه", FINDINGS[0], "no own expression; the ministry inquiry (opened Sat 21 Sep 2019) named the three staff before Mon 30 Sep (my span 21-29 Sep)", end=FINDINGS[1]),
])

# ---------------------------------------------------------------- algeria-ain-oussera-pregnant-woman-death-2017
S = "algeria-ain-oussera-pregnant-woman-death-2017"
REFUSED = ("2017-07-23", "2017-07-25")     # refused by the three hospitals in the night of Sun 23 to Mon 24 Jul 2017
WDEATH = "2017-07-26"                      # the woman died on Wed 26 Jul 2017 (her baby was born dead on the road before)
CIVIL = "2017-07-29"                       # the ministry's statement (civil party, inquiry committee), Sat 29 Jul 2017
AFTER = ("2017-07-26", "2017-07-30")       # steps taken right after the death, before the statement of Sat 29 Jul
JAIL = "2017-08-03"                        # five jailed, two under judicial supervision, Thu 3 Aug 2017
HEARD = ("2017-07-27", "2017-08-04")       # the prosecutor heard some 15 people between the death and the jailing
art(S, "http://eldjazaironline.dz/Accueil/?p=20190",
    "2017-07-30", "no date line in the stored text; the body's 'يوم امس السبت' for the ministry's statement, issued on the Saturday after the death of Wed 26 Jul 2017 ('بحر الأسبوع الفارط'; before the jailing of Thu 3 Aug, CNN), gives Sun 30 Jul 2017 (29 Jul 2017 was a Saturday); headline kept from the breadcrumb of the page (its cut end completed); the by-line dropped", False, """
أوفد لجنة تحقيق إلى مستشفى الجلفة وتوعد بأقسى العقوبات: حسبلاوي يجر المتورطين في وفاة الحامل إلى العدالة
كشفت وزارة الصحة والسكان وإصلاح المستشفيات، في بيان أصدرته يوم امس السبت، أنها قررت التأسس طرفا مدنيا عبر تقديم طلب ادعاء مدني في القضية المعروضة على العدالة إثر وفاة امرأة حامل بالجلفة، وأن أسرة الفقيدة أودعت شكوى.
وأوضح المصدر ذاته أن وزير الصحة مختار حسبلاوي بعث مباشرة بعد الحادثة "لجنة تحقيق تضم ثلاثة مفتشين وأستاذا مختصا في طب النساء والتوليد لكشف كل الجوانب الإدارية والتنظيمية والطبية لهذه القضية".
وبعد أن قدمت الوزارة تعازيها لعائلة الفقيدة، أكدت أن "كل من ثبت تهاونه ولامبالاته في هذه القضية سيتعرض لعقوبات صارمة في ضوء التقرير النهائي للجنة، بالتوازي مع العمل الجاري على مستوى العدالة".
وترجع وقائع القضية إلى بحر الأسبوع الفارط، حين لقيت امرأة حامل تبلغ 23 سنة وجنينها حتفهما بعدما رفضت ثلاثة مستشفيات تابعة للولاية (عين وسارة وحاسي بحبح والجلفة) التكفل بهما.
وعلى إثر ذلك، اتخذت مديرية الصحة لولاية الجلفة إجراءات مستعجلة بتوقيف الطاقم الطبي عن العمل في المستشفيات الثلاثة إلى حين استكمال التحقيقين الطبي والجزائي.
""", [
    ev("ministry-civil-party", "أنها قررت التأسس طرفا مدنيا", CIVIL, "'يوم امس السبت' in an article of Sun 30 Jul 2017 = Sat 29 Jul 2017"),
    ev("inquiry-committee-sent", "بعث مباشرة بعد الحادثة", AFTER[0], "'مباشرة بعد الحادثة': right after the death of Wed 26 Jul 2017 and before the statement of Sat 29 Jul (my span 26-29 Jul)", end=AFTER[1]),
    ev("woman-death", "لقيت امرأة حامل تبلغ 23 سنة وجنينها حتفهما", WDEATH, "'بحر الأسبوع الفارط'; the woman died on Wed 26 Jul 2017 (ennahar of Fri 4 Aug: 'قبل 9 أيام'; echorouk: 'صبيحة الأربعاء'); her child was born dead on the road on Mon 24 Jul"),
    ev("hospitals-refusal", "بعدما رفضت ثلاثة مستشفيات تابعة للولاية", REFUSED[0], "no own expression; the three hospitals turned her away in the night of Sun 23 to Mon 24 Jul 2017 (ennahar: 'ليلة الأحد', echorouk: 'الاثنين الماضي')", end=REFUSED[1]),
    ev("staff-suspended", "بتوقيف الطاقم الطبي عن العمل", AFTER[0], "no own expression; the Djelfa health directorate suspended the staff after the death of Wed 26 Jul 2017 and before the statement of Sat 29 Jul (my span 26-29 Jul)", end=AFTER[1]),
])
art(S, "https://arabic.cnn.com/amphtml/world/2017/08/04/death-pregnant-woman-algeria",
    "2017-08-04", "the URL path '2017/08/04' and the body's 'أمس الخميس' for the judge's order, given on Thu 3 Aug 2017 (ennahar: 'مساء الخميس'; 4 Aug 2017 was a Friday); the 'نشر / دقيقتين قراءة', photo credit and 'محتوى إعلاني' labels dropped; headline kept from the page; the last sentence, cut in the stored text, shortened", True, """
قضية وفاة امرأة وجنينها.. اعتقال ثلاث موّلدات في الجزائر
الجزائر (CNN) – أوقفت السلطات الأمنية في الجزائر خمسة أشخاص مؤقتا، ووُضع اثنان آخران تحت الرقابة القضائية، بأمر من قاضي التحقيق أمس الخميس، للاشتباه في أنهم مسؤولون عن وفاة امرأة حامل وجنينها قبل أيام، في حادثة أثارت انتقادات واسعة في البلاد.
وذكرت وكالة الأنباء الجزائرية، مصدر الخبر، أن وكيل الجمهورية لدى محكمة مدينة عين وسارة، وسط الجزائر، حيث فارقت الضحية الحياة لما حان موعد وضعها، استمع إلى 15 شخصا في القضية، قبل صدور الأمر باعتقال خمسة منهم: ثلاث مولدات (قابلات) في مستشفيات الجلفة وحاسي بحبح وعين وسارة، إلى جانب مساعد تمريض ومدير مناوب.
ووجهت النيابة العامة إلى الموقوفين الخمسة تهمتي "عدم تقديم يد المساعدة والإهمال المفضي إلى الوفاة"، فيما أعلنت وزارة الصحة الجزائرية فتح تحقيق، وتقدمت بطلب لتكون طرفا مدنيا في القضية المرفوعة أمام القضاء، كما شكلت لجنة خاصة للبحث في الأمر.
وترجع القضية إلى اضطرار سيدة حامل لقطع مسافة تقارب مئتي كيلومتر في تنقلها بين ثلاثة مستشفيات رفضت التكفل بها.
""", [
    ev("suspects-jailed", "أوقفت السلطات الأمنية في الجزائر خمسة أشخاص مؤقتا", JAIL, "'أمس الخميس' in an article of Fri 4 Aug 2017 = Thu 3 Aug 2017"),
    ev("judicial-supervision", "ووُضع اثنان آخران تحت الرقابة القضائية", JAIL, "'أمس الخميس' = Thu 3 Aug 2017 (the same order)"),
    ev("woman-death", "وفاة امرأة حامل وجنينها قبل أيام", WDEATH, "'قبل أيام'; the woman died on Wed 26 Jul 2017 (ennahar of Fri 4 Aug: 'قبل 9 أيام')"),
    ev("prosecutor-hearings", "استمع إلى 15 شخصا في القضية", HEARD[0], "no own expression; between the death of Wed 26 Jul 2017 and the order of Thu 3 Aug (my span 27 Jul - 3 Aug)", end=HEARD[1]),
    ev("ministry-civil-party", "وتقدمت بطلب لتكون طرفا مدنيا", CIVIL, "no own expression; the ministry's statement of Sat 29 Jul 2017 (eldjazaironline: 'يوم امس السبت')"),
    ev("hospitals-refusal", "بين ثلاثة مستشفيات رفضت التكفل بها", REFUSED[0], "no own expression; the night of Sun 23 to Mon 24 Jul 2017 (ennahar, echorouk)", end=REFUSED[1]),
])
art(S, "https://djazairess.com/ennahar/311090",
    "2017-08-04", "no date line in the stored text (an Ennahar report carried by djazairess); the body's 'اليوم الجمعة' for the vigil and 'مساء الخميس' for the jailing of Thu 3 Aug 2017 (CNN of 4 Aug: 'أمس الخميس') give Fri 4 Aug 2017, cross-checked by 'قبل 9 أيام' for the death of Wed 26 Jul; headline written from the body (the stored text has none); the last, cut sentence on the autopsy dropped", False, """
وقفة تضامنية بمستشفى عين وسارة مع القابلة المحبوسة
نظم الأطباء وشبه الطبيين في مستشفى عين وسارة، اليوم الجمعة، وقفة تضامنية مع القابلة التي أودعت الحبس المؤقت مع أربعة آخرين مساء الخميس.
وعبّر الأطباء ومساعدوهم خلال الوقفة عن تضامنهم الكامل مع زميلتهم، ورفض المحتجون القرار الصادر بحقها وطالبوا بالإفراج عنها فورا، مؤكدين أنها لم تتورط في "الإهمال"، بل وجهت الحامل المرحومة إلى مستشفى "حاسي بحبح" لأن الطبيبة كانت في عطلة مرضية.
وهدد طاقم مستشفى عين وسارة بـ"استقالة جماعية" إن لم يستجب لمطلبهم، لافتين إلى أن القابلة المحبوسة أم لرضيع عمره 3 أيام لا يكف عن البكاء بحثا عن أمه.
وكان وكيل الجمهورية لدى محكمة عين وسارة بالجلفة قد أمر، مساء الخميس، بإيداع 5 متورطين الحبس المؤقت، إثر التحقيقات في فضيحة وفاة أم وجنينها قبل 9 أيام بالمؤسسة الاستشفائية لعين وسارة.
وشملت أوامر الحبس 3 قابلات ومساعد تمريض، إضافة إلى مسؤول المناوبة.
ويعمل الموقوفون في مستشفيات حاسي بحبح وعين وسارة والجلفة، وقد صدر القرار بعد تحقيقات النيابة العامة بعين وسارة في وفاة الحامل، وهي شابة في الـ23 من عمرها، وإجهاض جنينها.
""", [
    ev("solidarity-vigil", "وقفة تضامنية مع القابلة التي أودعت الحبس المؤقت", "2017-08-04", "'اليوم الجمعة' = Fri 4 Aug 2017"),
    ev("resignation-threat", "وهدد طاقم مستشفى عين وسارة بـ\"استقالة جماعية\"", "2017-08-04", "no own expression; at the vigil of Fri 4 Aug 2017"),
    ev("suspects-jailed", "بإيداع 5 متورطين الحبس المؤقت", JAIL, "'مساء الخميس' before the Friday of the article = Thu 3 Aug 2017"),
    ev("woman-death", "وفاة أم وجنينها قبل 9 أيام", WDEATH, "'قبل 9 أيام' from Fri 4 Aug 2017 = Wed 26 Jul 2017"),
    ev("prosecutor-hearings", "بعد تحقيقات النيابة العامة بعين وسارة", HEARD[0], "no own expression; between the death of Wed 26 Jul 2017 and the order of Thu 3 Aug (my span 27 Jul - 3 Aug)", end=HEARD[1]),
])

# ---------------------------------------------------------------- egypt-nozha-hospital-nourzad-death-2025
S = "egypt-nozha-hospital-nourzad-death-2025"
SURGERY = "2025-06-23"                     # the bile-duct stent endoscopy at the Nozha International hospital, Mon 23 Jun 2025
NDEATH = "2025-07-22"                      # Nourzad died on Tue 22 Jul 2025
STATEMENT = "2025-07-28"                   # the health ministry's statement and committee, Mon 28 Jul 2025
art(S, "https://www.masrtimes.com/569636",
    "2025-07-28", "the date line 'الإثنين 28/يوليو/2025 - 12:13 م' (the header date 'الأحد 07 ديسمبر 2025' is that of the crawl); the date line, photo caption, editor's name and section dropped; headline kept from the page; the last, cut sentence shortened", True, """
عاجل.. وزارة الصحة ترسل لجنة متخصصة إلى مستشفى النزهة للوقوف على تفاصيل وفاة "نورزاد"
شددت وزارة الصحة والسكان، في بيان أصدرته، على التزامها التام بصون حقوق المرضى وضمان جودة الخدمات الطبية المقدمة لهم في كل المنشآت الصحية بالقطاعين العام والخاص.
وأرسلت الوزارة على الفور لجنة متخصصة من الإدارة المركزية للعلاج الحر والتراخيص إلى المستشفى، ضمن متابعتها للشكوى الخاصة بوفاة الشابة «نورزاد محمد هاشم» (23 عامًا) في أحد المستشفيات الخاصة، لتقف على كل تفاصيل الحالة عبر فحص دقيق للتقارير الطبية والإجراءات التي اتخذت قبل التدخل الجراحي وخلاله وبعده.
ومن المهام المسندة إلى اللجنة التحقق من احترام معايير الجودة والسلامة الطبية، ومراجعة سجلات العملية الجراحية، وتقييم تعامل الفريق الطبي مع المضاعفات التي انتهت بالوفاة.
وأكدت الوزارة أنها ستتعاون تعاونا كاملا مع الجهات القضائية، ومنها النيابة العامة ومصلحة الطب الشرعي، حتى يجري تحقيق شفاف وعادل، وأنها ستتخذ كل الإجراءات الإدارية والقانونية اللازمة.
""", [
    ev("ministry-statement", "شددت وزارة الصحة والسكان، في بيان أصدرته", STATEMENT, "no own expression; the statement of Mon 28 Jul 2025, the day of the article's date line (bundlezy: 'في بيان رسمي اليوم الاثنين')"),
    ev("committee-sent", "وأرسلت الوزارة على الفور لجنة متخصصة", STATEMENT, "no own expression ('على الفور'); announced in the statement of Mon 28 Jul 2025"),
    ev("nourzad-death", "بوفاة الشابة «نورزاد محمد هاشم»", NDEATH, "no own expression; she died on Tue 22 Jul 2025 (egypttelegraph: 'يوم 22 يوليو الجاري')"),
])
art(S, "https://bundlezy.buzz/%d8%b3%d8%a8%d8%a8-%d9%88%d9%81%d8%a7%d8%a9-%d9%86%d9%88%d8%b1%d8%b2%d8%a7%d8%af-%d9%85%d8%ad%d9%85%d8%af-%d9%87%d8%a7%d8%b4%d9%85-%d8%a7%d9%84%d9%81%d8%aa%d8%a7%d8%a9-%d8%a7%d9%84%d9%85%d8%b5%d8%b1",
    "2025-07-28", "no date on the stored page; the body's 'في بيان رسمي اليوم الاثنين' for the ministry's statement, which was issued on Mon 28 Jul 2025 (masrtimes, date line 'الإثنين 28/يوليو/2025 - 12:13 م'), gives Mon 28 Jul 2025; headline rendered from the URL slug (cut after 'المصر', completed); the last, cut sentence shortened", False, """
سبب وفاة نورزاد محمد هاشم الفتاة المصرية
أثار حادث وفاة الشابة نورزاد محمد هاشم (23 عامًا) داخل أحد المستشفيات الخاصة في القاهرة موجة من الغضب والتساؤلات، بعد أن اتهمت أسرتها المستشفى بإهمال طبي جسيم خلال عملية منظار بالقناة المرارية.
وسارعت وزارة الصحة المصرية إلى التحرك، معلنة التزامها بإجراء تحقيق شامل في الواقعة والتعامل معها بشفافية كاملة.
ووفقا لما أعلنته وزارة الصحة والسكان في بيان رسمي اليوم الاثنين، فإنها أرسلت لجنة طبية متخصصة من الإدارة المركزية للعلاج الحر والتراخيص إلى المستشفى المعني، لفحص ما جرى بدءا من الإجراءات التمهيدية للعملية، مرورا بسير الجراحة، وانتهاء بالخطوات التي اتخذت بعد وقوع المضاعفات.
وذكرت الوزارة أن اللجنة شرعت فعلا في مراجعة التقارير الطبية وسجلات الحالة وتقييم تعامل الطاقم الطبي مع التطورات، وسط معلومات عن ثقب في الاثني عشر أفضى إلى تسمم الدم، ويُرجح أنه سبب الوفاة.
وأكدت الوزارة كذلك أنها ستنسق تنسيقا كاملا مع النيابة العامة ومصلحة الطب الشرعي لضمان تحقيق نزيه وشامل، واتخاذ الإجراءات القانونية اللازمة إذا ثبت تقصير طبي أو إخلال بمعايير السلامة المهنية.
""", [
    ev("nourzad-death", "أثار حادث وفاة الشابة نورزاد محمد هاشم", NDEATH, "no own expression; she died on Tue 22 Jul 2025 (egypttelegraph: 'يوم 22 يوليو الجاري')"),
    ev("family-accusations", "بعد أن اتهمت أسرتها المستشفى بإهمال طبي جسيم", "2025-07-27", "no own expression; the family's (mother's) public account came a few hours before the ministry's statement of Mon 28 Jul 2025 (my span 27-28 Jul)", end="2025-07-29"),
    ev("surgery", "خلال عملية منظار بالقناة المرارية", SURGERY, "no own expression; the endoscopy of Mon 23 Jun 2025 (egypttelegraph: 'يوم 23 يونيو الماضي')"),
    ev("ministry-statement", "في بيان رسمي اليوم الاثنين", STATEMENT, "'اليوم الاثنين' = Mon 28 Jul 2025"),
    ev("committee-sent", "فإنها أرسلت لجنة طبية متخصصة", STATEMENT, "'اليوم الاثنين' = Mon 28 Jul 2025 (announced in the statement)"),
    ev("duodenal-perforation", "ثقب في الاثني عشر أفضى إلى تسمم الدم", SURGERY, "no own expression; the duodenum was perforated during the endoscopy of Mon 23 Jun 2025 (egypttelegraph: 'أثناء العملية')"),
])
art(S, "https://www.egypttelegraph.com/article/166611/%D9%86%D9%88%D8%B1%D8%B2%D8%A7%D8%AF-%D9%88%D8%AA%D8%A7%D9%85%D8%B1-%D9%82%D8%B5%D8%A9-%D9%81%D8%AA%D8%A7%D8%A9-%D9%88%D8%B4%D8%A7%D8%A8-%D8%AE%D8%B7%D9%81%D9%87%D9%85%D8%A7-%D8%A7%D9%84%D8%A5%D9%87%D9%85%D8%A7%D9%84",
    "2025-07-29", "the date line 'الثلاثاء، 29 يوليو 2025 11:03 م' (29 Jul 2025 was a Tuesday); the date line, photo caption and the two sub-headings dropped, the last, cut section on the second victim (Tamer, Shubra) dropped; headline kept from the page", True, """
"نورزاد وتامر".. قصة فتاة وشاب خطفهما الإهمال وتركا "المرارة" للأهل
عرفت مصر في غضون أيام قليلة وفاتين مأساويتين لشابة وشاب في مقتبل العمر، خلال خضوعهما لعمليتين لإزالة المرارة، وسط اتهامات صريحة من العائلتين بالإهمال الطبي وغياب الرقابة والمحاسبة.
فقد دخلت نورزاد محمد هاشم، 23 عامًا، خريجة كلية الهندسة بالجامعة الألمانية دفعة 2024، مستشفى في منطقة مساكن الشيراتون التابعة لقسم النزهة بمحافظة القاهرة لإجراء عملية إزالة المرارة بالمنظار يوم 23 يونيو الماضي، لكنها خرجت منه جثة هامدة بعد معاناة استمرت نحو شهر.
وحسب رواية أسرتها لـ"تليجراف مصر"، أصيبت نورزاد بثقب في الاثنى عشر أثناء العملية، ما أدى إلى تسرب محتويات الأمعاء داخل البطن وإلى تسمم دموي خطير بسبب تأخر التدخل الجراحي رغم ظهور علامات الخطر.
وحكت والدتها المفجوعة أن الأطباء اكتفوا بإعطائها المسكنات ورفضوا التدخل الفوري، فدخلت نورزاد في غيبوبة بعد توقف القلب لمدة 45 دقيقة، ثم فارقت الحياة يوم 22 يوليو الجاري بعد صراع مرير مع الألم والإهمال.
""", [
    ev("surgery", "لإجراء عملية إزالة المرارة بالمنظار يوم 23 يونيو الماضي", SURGERY, "'يوم 23 يونيو الماضي' in an article of Jul 2025 = Mon 23 Jun 2025"),
    ev("hospital-ordeal", "بعد معاناة استمرت نحو شهر", SURGERY, "'نحو شهر': from the endoscopy of Mon 23 Jun 2025 to the death of Tue 22 Jul 2025", end="2025-07-23"),
    ev("duodenal-perforation", "أصيبت نورزاد بثقب في الاثنى عشر أثناء العملية", SURGERY, "'أثناء العملية' = during the endoscopy of Mon 23 Jun 2025"),
    ev("cardiac-arrest-coma", "فدخلت نورزاد في غيبوبة بعد توقف القلب لمدة 45 دقيقة", "2025-06-25", "no own expression; after the corrective operation (two days after the endoscopy, family statement) and before the death of Tue 22 Jul 2025; daily8 says she died 'بعد أسبوعين من الغيبوبة' (about 8 Jul), my span 25 Jun - 21 Jul", end=NDEATH),
    ev("nourzad-death", "فارقت الحياة يوم 22 يوليو الجاري", NDEATH, "'يوم 22 يوليو الجاري' in an article of Jul 2025 = Tue 22 Jul 2025"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 497
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

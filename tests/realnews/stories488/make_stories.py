"""Builds stories.jsonl: the 488-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories436/make_stories.py). Domain: school incidents: school bus crashes, school building
collapses or fires, violence or poisoning in schools.
Stories: the collapse at the private Manarat al-Sharq school in El Marg (Cairo, Egypt, December 2018), the fire
at the Baraem al-Watan private girls' school in Jeddah (Saudi Arabia, November 2011), and the fire at the Darul
Quran Ittifaqiyah tahfiz school in Kuala Lumpur (Malaysia, September 2017).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-el-marg-manarat-al-sharq-school-collapse-2018
S = "egypt-el-marg-manarat-al-sharq-school-collapse-2018"
COLLAPSE = "2018-12-20"                    # part of the kindergarten building fell on pupils at break time, Thu 20 Dec 2018
REPLY = ("2018-12-20", "2018-12-22")       # Hegazy's answer to the parents: after the suspensions of Thu 20, by the report of Fri 21
art(S, "http://tech.masrawy.com/news/news_egypt/details/2018/12/20/1482862/-%D9%85%D8%B5%D8%B1%D8%A7%D9%88%D9%8A-%D9%8A%D8%B1%D8%B5%D8%AF-%D9%84%D8%AD%D8%B8%D8%A7%D8%AA-%D8%A7%D9%84%D9%87%D9%84%D8%B9-%D9%88%D8%A7%D9%84%D8%AD%D8%B2%D9%86-%D9%81%D9%8A-%D9%85%D8%AF%D8%B1%D8%B3%D8%A9-%D8%A7%D9%84%D9%85%D9%86%D8%A7%D8%B1%D8%A9-%D8%A8%D8%B9%D8%AF-%D8%B3%D9%82%D9%88%D8%B7-%D8%A7%D9%84%D8%B3%D9%82%D9%81",
    "2018-12-20", "the page's date line '06:38 م الخميس 20 ديسمبر 2018' (and the URL's /2018/12/20/); the body's 'صباح الخميس' for the collapse agrees (20 Dec 2018 was a Thursday); the date line, the byline 'كتبت- ياسمين محمد:' and the 'إعلان' tag dropped; headline kept from the page; the truncated list of the injured pupils' names dropped", True, """
"مصراوي" يرصد لحظات الهلع والحزن في مدرسة "المنارة" بعد سقوط السقف فوق الأطفال
عمّ الهلع طلاب مدرسة منارة الشرق الخاصة، التابعة لإدارة المرج التعليمية، صباح الخميس، إثر سقوط سقف صناعي من "الأسبستوس" فوقهم خلال فترة الفسحة، ما أدى إلى وفاة طالب وإصابة 6 آخرين.
وتوجه "مصراوي" إلى موقع الحادث، حيث رصد مشاهد الخوف والحزن بين الطلاب والأهالي الذين تدفقوا على المدرسة ليطمئنوا على أبنائهم.
وحكى الطالب "عبدالله"، المقيد بالصف الثاني الإعدادي في المدرسة، ما جرى، فقال إنه "خلال فترة الفسحة فوجئ هو وزملاؤه بصوت انهيار، ثم رأى سقف الدور الخامس من مبنى رياض الأطفال يسقط على طلاب الصف السادس الابتدائي الذين كانوا أسفل المبنى".
وأوضح الطالب أن السقف المصنوع من "الأسبستوس" هوى ومعه قطع من "الطوب والخرسانة"، مشيرا إلى أن معلمي المدرسة أبعدوا التلاميذ عن مكان الانهيار وشرعوا في انتشال الضحايا من الأطفال، فتوفي طالب وأصيب 6 آخرون.
وأسرعت سيارات الإسعاف إلى المكان، ونقلت الطلاب الستة المصابين إلى مستشفى جراحات اليوم الواحد ومستشفى السلام.
""", [
    ev("collapse", 'إثر سقوط سقف صناعي من "الأسبستوس" فوقهم', COLLAPSE, "'صباح الخميس' in an article of Thu 20 Dec 2018 = that Thursday"),
    ev("masrawy-at-scene", 'وتوجه "مصراوي" إلى موقع الحادث', COLLAPSE, "no own expression; the reporter's visit on the day of the collapse, Thu 20 Dec 2018 (the report is stamped that evening)"),
    ev("pupil-death", "فتوفي طالب وأصيب 6 آخرون", COLLAPSE, "no own expression; the pupil died of his injuries on the day of the collapse, Thu 20 Dec 2018 (tahrirnews: 'الخميس الماضي')"),
    ev("injured-to-hospital", "ونقلت الطلاب الستة المصابين إلى مستشفى جراحات اليوم الواحد", COLLAPSE, "no own expression; the ambulances took the injured away on the day of the collapse, Thu 20 Dec 2018 ('اليوم الواحد' is part of the hospital's name, not a date)"),
])
art(S, "https://elfagr.org/3395387",
    "2018-12-21", "no date line on the stored page; the body's 'أمس الخميس' for the minister's suspension decision of Thu 20 Dec 2018 (masrawy's report of that decision: 'اليوم الخميس'; the collapse of Thu 20 Dec in the masrawy report stamped 20 Dec) gives Fri 21 Dec 2018 (21 Dec 2018 was a Friday); the section tag 'طلاب وجامعات' and the photo caption dropped; headline kept from the page; the last, truncated sentence (Shawki's warning) dropped", False, """
رضا حجازى: التحقيق مع كل من شارك في جريمة مدرسة "منارة الشرق"
تساءل عدد من أولياء الأمور، عبر مجموعة "ادعم طارق شوقي"، عن قرار وزير التربية والتعليم والتعليم الفني إبعاد وكيل إدارة المرج التعليمية بعد وفاة طالب سقط سور مدرسة منارة الشرق الخاصة على رأسه، وقد كشفت التحقيقات وجود مبنى مخالف، مشيرين إلى أن هذا الإبعاد جاء مع أن منصب وكيل الإدارة شاغر.
ومن جهته أجاب الدكتور رضا حجازي، رئيس قطاع التعليم العام، بأن "من يقوم بعمل الوكيل، أيا كان، مهمته متابعة هذه المدرسة، ولم يتخذ الإجراء الصحيح، حتى لو كان الوكيل السابق أو مدير التعليم الخاص السابق".
وتابع في رسالته: "أي أن التحقيقات ستشمل كل من شارك في هذه الجريمة منذ بدء تشغيل إلحاق المبني المجاور للمدرسة".
وكان الدكتور طارق شوقي، وزير التربية والتعليم والتعليم الفني، قد أصدر أمس الخميس قرارا عاجلا بوقف كل من مدير عام إدارة المرج التعليمية ووكيل الإدارة ومدير التعليم الخاص بالإدارة عن العمل إلى أن تنتهي التحقيقات، على خلفية الأحداث المؤسفة التي وقعت في مدرسة منارة الشرق الخاصة بالمرج، وتوفي بسببها الطالب (عبد الرحمن محمد درويش).
""", [
    ev("collapse", "سقط سور مدرسة منارة الشرق الخاصة على رأسه", COLLAPSE, "no own expression; the collapse of Thu 20 Dec 2018 (masrawy: 'صباح الخميس'), the day before this report"),
    ev("hegazy-reply", "ومن جهته أجاب الدكتور رضا حجازي", REPLY[0], "no own expression; the answer came after the suspension decision of Thu 20 Dec and by this report of Fri 21 Dec 2018 (my span Thu 20 - Fri 21)", end=REPLY[1]),
    ev("officials-suspended", "قد أصدر أمس الخميس قرارا عاجلا", COLLAPSE, "'أمس الخميس' in an article of Fri 21 Dec 2018 = Thu 20 Dec"),
    ev("pupil-death", "وتوفي بسببها الطالب (عبد الرحمن محمد درويش)", COLLAPSE, "no own expression; the pupil died on the day of the collapse, Thu 20 Dec 2018 (masrawy of that day; tahrirnews: 'الخميس الماضي')"),
])
art(S, "https://www.tahrirnews.com/Story/1212283/%D8%AF%D8%B1%D9%88%D9%8A%D8%B4-%D9%85%D8%A7%D8%AA-%D9%88%D8%A7%D8%AF%D8%B9%D9%88%D8%A7-%D9%84%D9%8A%D9%88%D8%B3%D9%81-%D9%87%D8%B0%D8%A7-%D9%85%D8%A7-%D8%AC%D8%B1%D9%89-%D9%81%D9%8A-%D9%85%D8%AF%D8%B1%D8%B3%D8%A9-%D8%A7%D9%84%D9%85%D8%B1%D8%AC/%D8%AC%D8%B1%D9%8A%D9%85%D8%A9",
    "2018-12-23", "the page's date line 'تحرير:ياسر عبيد وهبة خالد ٢٣ ديسمبر ٢٠١٨ - ٠١:١٠ م' (Sun 23 Dec 2018); the body's 'الخميس الماضي' for the collapse of Thu 20 Dec agrees; the date line and byline dropped; headline and deck kept from the page; the last, truncated clause ('موضحًا أن') dropped", True, """
درويش مات وادعوا ليوسف.. هذا ما جرى في مدرسة المرج
ذعر الأهالي على أطفالهم فور سماع دوي انهيار قوي من المدرسة.. طالب: "سبحان من نجانا".. وفاة طفل وإصابة 6 آخرين في الحادث.. محافظ القاهرة: "لازم نحاسب المسئول"
فارق عبد الرحمن محمد درويش، البالغ 12 عامًا، الحياة في مستشفى اليوم الواحد، متأثرا بإصابته حين سقطت قنطرة جبس ملحقة بسقف مبنى الروضة في مدرسة "منارة الشرق" الخاصة بالمرج، الخميس الماضي، ثم اشتدت المأساة بدخول تلميذ آخر اسمه "يوسف" في حالة حرجة بين الحياة والموت.. وكانت «التحرير» في المكان مع وقوع الكارثة.. ويروي أحد العاملين في المدرسة مشاهد المأساة، فيقول إنه كما هو المعتاد في كل المدارس، وبعد أن انتهت الفسحة اليومية وأقيم طابور المساء وانتهت تمارينه، سمع الأطفال تعليمات الأستاذ المسؤول بأن يصعد كل منهم إلى فصله.
وقبل أن يغادروا أرضية "الحوش المدرسي"، اجتاح الفزع والهلع جميع الطلاب من مختلف المراحل الدراسية. ويتابع العامل أن الطلاب ما إن رأوا سقف مبنى "كي جي" يسقط على بعض زملائهم من المرحلة الابتدائية حتى ركض كل منهم في اتجاه لينجو بنفسه من ذلك الحادث الذي أدى إلى وفاة طالبين وإصابة 5 آخرين.
""", [
    ev("pupil-death", "فارق عبد الرحمن محمد درويش، البالغ 12 عامًا، الحياة", COLLAPSE, "the death after the collapse of 'الخميس الماضي' (from Sun 23 Dec 2018 = Thu 20 Dec); he died that day (masrawy of Thu 20: 'مما أسفر عن مصرع طالب')"),
    ev("collapse", "حين سقطت قنطرة جبس ملحقة بسقف مبنى الروضة", COLLAPSE, "'الخميس الماضي' in an article of Sun 23 Dec 2018 = Thu 20 Dec"),
    ev("youssef-critical", 'بدخول تلميذ آخر اسمه "يوسف" في حالة حرجة', COLLAPSE, "no own expression; a state from the collapse of Thu 20 Dec to this report of Sun 23 Dec 2018 (my span)", end="2018-12-24"),
    ev("break-and-lineup", "وبعد أن انتهت الفسحة اليومية وأقيم طابور المساء", COLLAPSE, "no own expression; the break and the lineup just before the collapse, Thu 20 Dec 2018 ('اليومية' = daily, 'المساء' names the lineup, not a time of this day)"),
])

# ---------------------------------------------------------------- saudi-jeddah-baraem-al-watan-school-fire-2011
S = "saudi-jeddah-baraem-al-watan-school-fire-2011"
FIRE = "2011-11-19"                        # the Baraem al-Watan girls' school complex in al-Safa, Jeddah, burned at noon on Sat 19 Nov 2011 (23 Dhu al-Hijja 1432)
DAY2 = "2011-11-20"                        # Sun 20 Nov 2011: the funeral of the teacher Reem, the condolences, the deputy minister's visit, the second evacuation
AFTER = ("2011-11-19", "2011-11-23")       # the columnist's scenes at the school and the uncle's words: between the fire and the column of Wed 23 Nov
art(S, "https://ontha.com/2011/11/%D8%A8%D9%83%D8%A7%D8%A1-%D8%A7%D9%84%D9%88%D8%B7%D9%86-%D8%B9%D9%84%D9%89-%D8%A8%D8%B1%D8%A7%D8%B9%D9%85-%D8%A7%D9%84%D9%88%D8%B7%D9%86/",
    "2011-11-19", "no date on the stored page (the URL gives only the month, /2011/11/); the body's 'ظهراليوم' (so spelt, kept verbatim) for the fire of Sat 19 Nov 2011 (al-Hayat of Mon 21: 'أول من أمس'; al-Jazirah: the 23rd of Dhu al-Hijja 1432), with the first, confused toll (two teachers and a girl) and the search for missing girls still under way, gives the day of the fire; a blog post; headline rendered from the URL slug; a sentence of general comment on safety in private schools shortened", False, """
بكاء الوطن على براعم الوطن
بكى الوطن ظهراليوم براعمه في مدارس (براعم الوطن) بحي الصفا في جدة، بعد حادث مؤلم هزّ مكانا كان يفترض أن يكون جنة لأطفالنا؛ فقد فُجعت مدرسة براعم الوطن ببراعمها، وما زال البحث جاريا عن بعض الطالبات المفقودات اللواتي خرجن فاقدات الوعي بعدما صارت مدرستهن بؤرة نار مشتعلة.
وعرف الأهالي بالحريق الذي وقع في المدرسة قبل أن يعرف به رجال الدفاع المدني! فوصلوا قبل سيارات الدفاع المدني! لكنهم وقفوا عاجزين! يشاهدون فلذات أكبادهم محتجزات في الأدوار العلوية!
ويُذكر أن تأخر الدفاع المدني اضطر أكثر من 20 طالبة ومعلمة إلى رمي أنفسهن من الأدوار العلوية هربا من الموت، وهو ما يثير سؤالا بسيطا وبديهيا: ألا توجد مخارج طوارئ منفصلة عن المبنى الرئيس؟
كما تسبب الحريق الهائل الذي اندلع في المدرسة في وفاة معلمتين وطالبة وإصابة أكثر من (46) طالبة، منهن 4 إصابات بالغة نُقلت بالإخلاء الجوي على متن طائرات الهلال الأحمر السعودي، وقد زرع الحريق الرعب والذعر في قلوب مئات الطالبات اللواتي لم يجدن ما يفعلنه سوى البكاء.
""", [
    ev("school-fire", "كما تسبب الحريق الهائل الذي اندلع في المدرسة", FIRE, "'ظهراليوم' on the day of the fire = Sat 19 Nov 2011"),
    ev("search-for-missing", "وما زال البحث جاريا عن بعض الطالبات المفقودات", FIRE, "no own expression; the search under way when the post was written, on the day of the fire, Sat 19 Nov 2011"),
    ev("girls-jump", "اضطر أكثر من 20 طالبة ومعلمة إلى رمي أنفسهن من الأدوار العلوية", FIRE, "no own expression; during the fire of Sat 19 Nov 2011"),
    ev("teachers-deaths", "في وفاة معلمتين وطالبة", FIRE, "no own expression; the deaths in the fire of Sat 19 Nov 2011 (later reports: two teachers, no girl)"),
    ev("air-evacuation", "نُقلت بالإخلاء الجوي على متن طائرات الهلال الأحمر السعودي", FIRE, "no own expression; the airlift of the badly injured during the rescue, Sat 19 Nov 2011"),
])
art(S, "https://sauress.com/alhayat/331173",
    "2011-11-21", "no date line on the stored page; the body's 'حريق مجمع مدارس «براعم الوطن» للبنات، أول من أمس' for the fire of Sat 19 Nov 2011 (ontha of that day: 'ظهراليوم') gives Mon 21 Nov 2011 (21 Nov 2011 was a Monday); its many 'أمس' are Sun 20 Nov; an al-Hayat report carried by sauress; headline written from the body (the stored text has none); the last, truncated sentence shortened", False, """
جدة: إخلاء مدرسة بنات ثانية خشية حريق وتشييع المعلمة ريم
ما كادت جدة تستفيق من حريق مجمع مدارس «براعم الوطن» للبنات، أول من أمس، حتى بادرت مدرسة بنات أخرى إلى إخلاء طالباتها أمس خوفا من نشوب حريق، بعد تماس كهربائي في مكيف أحد الفصول أثارت رائحته «الهلع» بين منسوبات المدرسة وطالباتها وأولياء الأمور الذين رأوا «الدخان» يتصاعد.
ونقل أمير منطقة مكة المكرمة الأمير خالد الفيصل أمس تعازي خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز، وولي العهد نائب رئيس مجلس الوزراء وزير الداخلية الأمير نايف بن عبدالعزيز، إلى أسرتي المعلمتين اللتين قضتا في حريق مجمع «براعم الوطن».
وقد شُيعت أمس إحدى الضحيتين، المعلمة «ريم»، التي كانت تعيل أسرتها وتعتني بشقيقها المعوق ووالدها المريض، فيما تمكنت حملة تبرعات على موقع «تويتر» أمس من جمع 125 ألف ريال لعائلتها.
وتلقت نائبة وزير التربية نورة الفايز، التي زارت مصابات المجمع المنكوب أمس، سيلا من انفعالات أولياء أمور الطالبات، وأبدت استعدادها لاستقبال أي ملاحظات أو شكاوى في هذا الخصوص، ووزعت ورودا بيضاء على المصابات، وجاءت ردودها على الأهالي الغاضبين هادئة.
وأفاد مصدر في الدفاع المدني في جدة «الحياة» بأن المدرسة الـ171 الابتدائية للبنات في ضاحية الصفا تعرضت لتماس كهربائي، لكنه أوضح أن الأمر لم يتطلب تدخل فرق الإنقاذ.
""", [
    ev("school-fire", "من حريق مجمع مدارس «براعم الوطن» للبنات، أول من أمس", FIRE, "'أول من أمس' in an article of Mon 21 Nov 2011 = Sat 19 Nov"),
    ev("second-school-evacuated", "حتى بادرت مدرسة بنات أخرى إلى إخلاء طالباتها أمس", DAY2, "'أمس' from Mon 21 Nov 2011 = Sun 20 Nov"),
    ev("royal-condolences", "ونقل أمير منطقة مكة المكرمة الأمير خالد الفيصل أمس تعازي", DAY2, "'أمس' from Mon 21 Nov 2011 = Sun 20 Nov"),
    ev("teachers-deaths", "إلى أسرتي المعلمتين اللتين قضتا في حريق", FIRE, "no own expression; the two teachers died in the fire of Sat 19 Nov 2011"),
    ev("reem-funeral", "وقد شُيعت أمس إحدى الضحيتين", DAY2, "'أمس' from Mon 21 Nov 2011 = Sun 20 Nov"),
    ev("deputy-minister-visit", "التي زارت مصابات المجمع المنكوب أمس", DAY2, "'أمس' from Mon 21 Nov 2011 = Sun 20 Nov"),
])
art(S, "https://al-jazirah.com./2011/20111123/rj1.htm",
    "2011-11-23", "the issue date in the URL, /2011/20111123/ (Wed 23 Nov 2011, = 27 Dhu al-Hijja 1432); the body's 'في اليوم الثالث والعشرين من هذا الشهر' (23 Dhu al-Hijja 1432 = Sat 19 Nov 2011) for the fire agrees; an opinion column; headline written from the body (the stored text has none); the uncle's truncated quotation shortened to its first sentence", True, """
مدرسة الحياة في «براعم الوطن»
اعتدنا القاعدة التي تقول إن المدارس نوعان: مدرسة نظامية تتبع الدولة، ومدرسة تتبع الحياة.. وما نتعلمه في إحداهما لا نتعلمه في الأخرى.. لكن الاستثناء وقع في اليوم الثالث والعشرين من هذا الشهر، فتعلمنا درسا يجمع بين المدرستين، حين نفث تنين الإهمال نيرانه على مدرسة «براعم الوطن» المنكوبة.. فتحولت في أقل من دقيقتين إلى قطعة من الجحيم، على حد وصف «أم ثامر» الوكيلة الإدارية، وهي جالسة على دكة وسط الساحة تتأمل ضيق مساحتها، وتتساءل كيف تتسع لـ900 طالبة، وكأنها تراها لأول مرة، وكأن النيران فتحت عيونا كانت بالأمس مغمضة..!!
أبكاني كل حرف في المشهد وأحزنني، غير أني وقفت صامتة وانحنيت رافعة القبعة احتراما وتقديرا لتلك الشمعة التي احترقت لتضيء، ولطوق النجاة ومركبه، البطلة الأستاذة (ريم النهاري)، جعلها الله من حور الجنة وأنزل على روحها النور والرحمة.
لقد بذلت البطلة ريم حياتها وسنوات عمرها وأحلامها وطموحها ووجودها فداء في مدرسة لم تمنحها سوى راتب زهيد لا يفي بمتطلبات الحياة وتكاليفها، ومبنى يفتقر إلى أبسط وسائل السلامة؛ فهي، كما قال خالها علي العريشي، (تعيل خمسة أشقاء، لأن والدها مصاب بأمراض في القلب).
""", [
    ev("school-fire", "حين نفث تنين الإهمال نيرانه على مدرسة «براعم الوطن» المنكوبة", FIRE, "'في اليوم الثالث والعشرين من هذا الشهر' in a column of 27 Dhu al-Hijja 1432 = 23 Dhu al-Hijja 1432 = Sat 19 Nov 2011 (Hijri, the month unnamed)"),
    ev("umm-thamer-at-school", "وهي جالسة على دكة وسط الساحة تتأمل ضيق مساحتها", AFTER[0], "no own expression; the deputy head in the school yard after the fire, seen by the columnist some day between the fire of Sat 19 Nov and the column of Wed 23 Nov 2011 (my span Sat 19 - Tue 22)", end=AFTER[1]),
    ev("teachers-deaths", "لقد بذلت البطلة ريم حياتها", FIRE, "no own expression; Reem al-Nahari died in the fire of Sat 19 Nov 2011"),
    ev("uncle-statement", "كما قال خالها علي العريشي", AFTER[0], "no own expression; the uncle's words to the press after the fire, before the column of Wed 23 Nov 2011 (my span Sat 19 - Tue 22)", end=AFTER[1]),
])

# ---------------------------------------------------------------- malaysia-kuala-lumpur-tahfiz-school-fire-2017
S = "malaysia-kuala-lumpur-tahfiz-school-fire-2017"
KLFIRE = "2017-09-14"                      # the Darul Quran Ittifaqiyah dormitory burned before dawn (05:40 local) on Thu 14 Sep 2017
ARREST = ("2017-09-14", "2017-09-16")      # the seven suspects were held on the night of Thu-Fri (AFP); the police announced it on Sat 16
REMAND = ("2017-09-15", "2017-09-17")      # the court's seven-day remand: after the arrests, by the announcement of Sat 16
art(S, "https://okaz.com.sa/ampArticle/1571980",
    "2017-09-14", "the page's date line 'الخميس / 23 / ذو الحجة / 1438 هـ الخميس 14 سبتمبر 2017 15:01' (Thu 14 Sep 2017); the body's 'الخميس' for the fire agrees; the date line and the credit 'أ ف ب (كوالالمبور)' dropped; headline kept from the page; the last, truncated sentence dropped", True, """
وفاة 21 طالبا وموظفين اثنين في حريق مدرسة بماليزيا
قضى 23 شخصا الخميس، أغلبهم طلاب في سن المراهقة، حين اندلع حريق في مدرسة دينية ماليزية وحاصرتهم النيران داخل مساكنهم بسبب القضبان الحديدية المركبة على النوافذ.
واستغاث الطلاب والمعلمون بالصراخ من داخل مركز التعليم الإسلامي في وسط كوالالمبور، على مرأى من الجيران ومسمعهم.
وعُثر على كثير من جثث الضحايا، وبينهم 21 فتى أغلبهم مراهقون، مكدسة بعضها فوق بعض، ما يدل على أن تدافعا حدث بين الطلاب الذين سعوا إلى الهرب من الحريق الذي شب قبل الفجر.
وأسرع رجال الإطفاء إلى الموقع فأخمدوا النيران في غضون ساعة، لكن الحريق خلّف دمارا مروعا، وبيّنت صور بثتها وسائل الإعلام المحلية أسرّة متفحمة يغطيها الرماد في غرف نوم الطلاب.
ومن المرجح أن تؤدي الحادثة إلى تشديد الرقابة على المدارس الدينية المعروفة بمراكز "تحفيظ" القرآن، التي يرسل إليها كثير من المسلمين من عرقية الملايو أبناءهم، ولا تخضع لتنظيم السلطات التعليمية وتعمل بصورة غير قانونية.
وذكرت نورحياتي عبد الحليم، التي تسكن قبالة المدرسة، أنها سمعت الصراخ مع انطلاق آذان الفجر.
""", [
    ev("fire-deaths", "قضى 23 شخصا الخميس", KLFIRE, "'الخميس' in an article of Thu 14 Sep 2017 = that day"),
    ev("school-fire", "حين اندلع حريق في مدرسة دينية ماليزية", KLFIRE, "'الخميس' / 'قبل الفجر' = before dawn on Thu 14 Sep 2017"),
    ev("fire-put-out", "فأخمدوا النيران في غضون ساعة", KLFIRE, "no own expression; within an hour of the pre-dawn fire, Thu 14 Sep 2017"),
    ev("screams-heard", "أنها سمعت الصراخ مع انطلاق آذان الفجر", KLFIRE, "'مع انطلاق آذان الفجر' on the day of the fire, Thu 14 Sep 2017"),
])
art(S, "http://eremnews.com/entertainment/accidents/989738",
    "2017-09-14", "no date on the stored page; the body's 'فجر اليوم الخميس' for the fire of Thu 14 Sep 2017 (okaz, stamped that day: 'الخميس') and the early toll of 25 (revised later that day) give Thu 14 Sep 2017; the site chrome ('الأكثر قراءة', the logo) and the doubled headline dropped; headline kept from the page", False, """
مقتل 25 جراء حريق بمدرسة دينية في كوالالمبور
لقي 25 شخصا على الأقل، بينهم طلاب، حتفهم في حريق اندلع فجر اليوم الخميس في مدرسة دينية بالعاصمة الماليزية كوالالمبور.
وأفاد بيان صادر عن إدارة الحرائق والإنقاذ الماليزية بأن بلاغا عن الحريق في دار القرآن ورد حوالي الساعة 05:40 صباحًا بالتوقيت المحلي.
وأوضح المسؤولون أن الجثث نُقلت إلى مستشفى قريب.
وصرح خير الدين دراهمان، مدير إدارة إطفاء كوالالمبور، بأن "من تأكدت وفاتهم هم 23 طالبا وحارسان".
وأضاف: "قد يكونون لقوا حتفهم بسبب استنشاق الدخان أو لأنهم حوصروا في الداخل بفعل الحريق".
وتابع: "أظن أنها من أسوأ كوارث الحرائق في البلاد في العشرين سنة الأخيرة، ونحن نحقق الآن في سبب الحريق".
وذكر مسؤول في إدارة الإطفاء في موقع الكارثة أن النيران اشتعلت في غرف النوم قبل الفجر، وأن رجال الإطفاء بلغوا المكان من مركز قريب خلال دقائق.
""", [
    ev("school-fire", "في حريق اندلع فجر اليوم الخميس", KLFIRE, "'فجر اليوم الخميس' = Thu 14 Sep 2017"),
    ev("fire-reported", "ورد حوالي الساعة 05:40 صباحًا بالتوقيت المحلي", KLFIRE, "'الساعة 05:40 صباحًا' on the day of the fire, Thu 14 Sep 2017"),
    ev("bodies-to-hospital", "أن الجثث نُقلت إلى مستشفى قريب", KLFIRE, "no own expression; the morning of the fire, Thu 14 Sep 2017"),
    ev("fire-deaths", 'بأن "من تأكدت وفاتهم هم 23 طالبا وحارسان"', KLFIRE, "no own expression; the deaths in the fire of Thu 14 Sep 2017"),
    ev("fire-investigation", "ونحن نحقق الآن في سبب الحريق", KLFIRE, "'الآن' = the day of the statement, Thu 14 Sep 2017 (the inquiry then begun)"),
])
art(S, "https://youm7.com/story/2017/9/16/شرطة-ماليزيا-تعتقل-7-شبان-بعد-حريق-بمدرسة-داخلية-إسلامية/3415019",
    "2017-09-16", "the page's date line 'السبت، 16 سبتمبر 2017 04:29 م' (and the URL's /2017/9/16/); the body's 'اليوم السبت' agrees (16 Sep 2017 was a Saturday); the date line, the credit 'رويترز' and the share links dropped; headline kept from the page; the last, truncated quotation dropped", True, """
شرطة ماليزيا تعتقل 7 شبان بعد حريق بمدرسة داخلية إسلامية
ألقت الشرطة الماليزية القبض على سبعة شبان يشتبه في صلتهم بحريق اندلع في مدرسة داخلية إسلامية في كوالالمبور وأودى بحياة 23 شخصا على الأقل، أغلبهم مراهقون.
وأعلن عمار سينغ، قائد شرطة كوالالمبور، اليوم السبت أن الشبان السبعة، الذين تتراوح أعمارهم بين 11 و18 عاما، مثلوا أمام المحكمة، فأمرت بحبسهم احتياطيا لمدة سبعة أيام.
وأضاف: "أستطيع أن أطمئنكم الآن إلى أن القضية حُلّت باعتقال الشبان السبعة".
وهذا الحادث هو الأشد فتكا من نوعه في ماليزيا منذ عشرين عاما، وقد أثار غضب المواطنين، ودفع بعضهم إلى المطالبة بمزيد من إجراءات السلامة وبقواعد أكثر صرامة في هذه المدارس الدينية.
ومن بين المعتقلين طلاب من حي سكني مجاور، وثبت أن بعضهم تعاطى الماريجوانا.
وتتعامل الشرطة مع القضية باعتبارها جريمة قتل وإلحاق أذى متعمد بإشعال حريق.
وكان الحريق قد اندلع صباح يوم الخميس في الطابق العلوي من سكن الطلاب في المدرسة المكونة من ثلاثة طوابق، حين كان أغلب الطلاب نائمين في أسرّة من طابقين.
""", [
    ev("suspects-arrested", "ألقت الشرطة الماليزية القبض على سبعة شبان", ARREST[0], "no own expression; AFP (swissinfo): the suspects were held on the night of Thu-Fri 14/15 Sep 2017 (my span Thu 14 - Fri 15)", end=ARREST[1]),
    ev("fire-deaths", "وأودى بحياة 23 شخصا على الأقل", KLFIRE, "no own expression; the deaths in the fire of Thu 14 Sep 2017 ('صباح يوم الخميس' below)"),
    ev("police-announcement", "وأعلن عمار سينغ، قائد شرطة كوالالمبور، اليوم السبت", "2017-09-16", "'اليوم السبت' = Sat 16 Sep 2017"),
    ev("remand-order", "فأمرت بحبسهم احتياطيا لمدة سبعة أيام", REMAND[0], "no own expression; the court appearance came after the arrests of the night of Thu-Fri and before the announcement of Sat 16 Sep 2017 (my span Fri 15 - Sat 16)", end=REMAND[1]),
    ev("school-fire", "وكان الحريق قد اندلع صباح يوم الخميس", KLFIRE, "'صباح يوم الخميس' in an article of Sat 16 Sep 2017 = Thu 14 Sep"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 500)
                            if i != 201 and i != 488
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)

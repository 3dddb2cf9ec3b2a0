"""Builds stories.jsonl: the 353-th evaluation set of real Arabic news stories (several articles per story,
from different outlets, published on different days), bodies re-worded sentence by sentence, every date/time
expression kept verbatim, gold events keyed across each story (same format and checks as
tests/realnews/stories337/make_stories.py). Domain: deadly fires in markets, wedding halls, residential
buildings and factories: the fire, the death toll, the investigation and arrests, days of mourning declared.
Stories: the fire of the Raafat Siam clothes mall in the Khawagat market of Mansoura (Egypt, December 2025),
the Rosamor mattress factory fire in Lissasfa, Casablanca (Morocco, April 2008), the wedding-tent fire of
al-Oyoun in Jahra (Kuwait, August 2009), the fire of a tin house of Pakistani farm workers in Karama,
South Shouneh (Jordan, December 2019), and the fire of a residential building in al-Ras, Dubai (UAE, April 2023).
None of these stories is in the dev set or the other tests/realnews/* sets, nor on the forbidden list.
Run: python3 make_stories.py  (validates, then writes stories.jsonl beside this file)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from storykit import D, articles, ev, main, used_story_names  # noqa: E402,F401


A, art = articles()

# ---------------------------------------------------------------- egypt-mansoura-khawagat-market-fire-2025
S = "egypt-mansoura-khawagat-market-fire-2025"
FIRE = "2025-12-02"                        # the Raafat Siam mall caught fire at 21:30 on Tue 2 Dec 2025
NIGHT = ("2025-12-02", "2025-12-04")       # the night of the fire: 8 hours of firefighting, into the morning of Wed 3 Dec
art(S, "https://www.masrawy.com/news/news_regions/details/2025/12/2/2900991/%D8%A8%D8%B9%D8%AF-%D9%86%D8%B5%D9%81-%D8%B3%D8%A7%D8%B9%D8%A9-%D9%85%D9%86-%D8%A7%D9%84%D8%A5%D8%BA%D9%84%D8%A7%D9%82-%D9%85%D8%A7%D8%B3-%D9%83%D9%87%D8%B1%D8%A8%D8%A7%D8%A6%D9%8A-%D9%8A%D8%AD%D8%B1%D9%82-4-%D8%B7%D9%88%D8%A7%D8%A8%D9%82-%D8%A8%D9%85%D9%88%D9%84-%D8%A7%D9%84%D9%85%D9%86%D8%B5%D9%88%D8%B1%D8%A9-%D8%B5%D9%88%D8%B1-",
    "2025-12-02", "page time stamp '11:11 م 02/12/2025' (kept as second line; 2 Dec 2025 was a Tuesday), date in the URL '/2025/12/2/' and stamp 'date 2025-12-02'; the byline 'كتب : مصراوي', the dateline 'الدقهلية - رامي محمود:' and the '(صور)' tag dropped; headline kept from the page (reworded)", True, """
ماس كهربائي يلتهم 4 طوابق في مول بالمنصورة بعد نصف ساعة من الإغلاق
11:11 م 02/12/2025
أظهرت المعاينة الأولية لحريق مول "رأفت صيام" التجاري في منطقة سوق الخواجات بالمنصورة أن ماسًا كهربائيًا في أحد الأدوار هو ما أشعل النيران التي أتت على كل محتويات المبنى ذي الطوابق الأربعة.
وبحسب أقوال شهود العيان المدونة في محضر الشرطة، فإن الحريق اندلع في تمام التاسعة والنصف مساءً، أي بعد مرور 30 دقيقة فقط من إغلاق المحل، إذ شوهد دخان كثيف يتصاعد ثم ظهرت ألسنة اللهب في الطابق الثالث، قبل أن تنتشر النيران سريعًا إلى بقية الأدوار وتقضي على كميات كبيرة من الملابس المخزنة.
وقررت النيابة العامة ندب فريق من الأدلة الجنائية لتحديد النقطة التي بدأ منها الحريق بدقة، كما أمرت بالتحفظ على كاميرات المراقبة وتفريغ محتواها، واستدعاء المدير المسؤول وأصحاب المول لسماع أقوالهم.
وتمكنت قوات الحماية المدنية، بدعم من 12 سيارة إطفاء، من السيطرة على النيران والحيلولة دون امتدادها إلى العقارات المجاورة في شارع بورسعيد، بينما تتواصل حاليًا أعمال التبريد وإخراج المحتويات المحترقة منعًا لتجدد الاشتعال.
""", [
    ev("mall-fire", "الحريق اندلع في تمام التاسعة والنصف مساءً", FIRE, "'في تمام التاسعة والنصف مساءً' in a report stamped 11:11 pm on Tue 2 Dec 2025 = 21:30 on Tue 2 Dec"),
    ev("prosecution-orders-forensics", "وقررت النيابة العامة ندب فريق من الأدلة الجنائية", FIRE, "no own expression; reported at 11:11 pm on Tue 2 Dec 2025, so ordered that evening"),
    ev("firefighting", "وتمكنت قوات الحماية المدنية، بدعم من 12 سيارة إطفاء، من السيطرة على النيران", NIGHT[0], "no own expression; the firefighting of the night of Tue 2 - Wed 3 Dec 2025 (more than 8 hours from 21:30, per the reports of Wed 3 Dec)", end=NIGHT[1]),
    ev("cooling-works", "بينما تتواصل حاليًا أعمال التبريد", FIRE, "'حاليًا' in a report of 11:11 pm on Tue 2 Dec 2025"),
])
art(S, "https://www.shorouknews.com/news/view.aspx?cdate=03122025&id=b0c594c5-0173-48c2-acef-38e28f5ba6f6",
    "2025-12-03", "stamp 'date 2025-12-03' at the head of the stored page and 'cdate=03122025' in the URL (3 Dec 2025 was a Wednesday); not kept in the text; headline written from the body (the stored text has none); the last, truncated sentence dropped; no date word of its own in the text", True, """
ارتفاع ضحايا حريق سوق الخواجات في المنصورة إلى خمس وفيات
صعد عدد ضحايا الحريق الذي شب في سوق التجار (الخواجات) بمدينة المنصورة إلى خمس حالات وفاة، إلى جانب عشر حالات اختناق.
ومن موقع الحادث، تابع اللواء طارق مرزوق محافظ الدقهلية، واللواء دكتور محمد عمران مساعد أول وزير الداخلية لمنطقة شرق الدلتا، واللواء عصام هلال مساعد وزير الداخلية ومدير أمن الدقهلية، جهود إخماد النيران التي نشبت في أحد المحلات التجارية بسوق الخواجات المعروف في شارع بورسعيد.
وذكر المحافظ أنه فور تلقي غرفة عمليات المحافظة بلاغ الحريق توجه على الفور إلى مكان الحادث، ووجّه الجهات المختصة إلى التعامل معه بشكل عاجل، فيما انتقلت فورًا 12 سيارة إطفاء تابعة للحماية المدنية إلى الموقع، ومعها 5 سيارات إسعاف لتقديم العون الطبي عند الحاجة.
ولاحتواء الموقف سريعًا، أمر المحافظ بقطع التيار الكهربائي والغاز عن المبنى والمباني الملاصقة له، وطلب من شركة مياه الشرب رفع ضغط المياه في حنفيات الحريق بالمنطقة إلى أقصى حد وتشغيل الوحدات الاحتياطية، كما دفع بسيارات مياه متحركة لمساندة عمليات الإطفاء.
وكلّف محافظ الدقهلية الأجهزة المعنية بإقامة كردون حول المنطقة حتى لا يُعرقل عمل فرق الإنقاذ.
""", [
    ev("five-dead", "صعد عدد ضحايا الحريق الذي شب في سوق التجار (الخواجات) بمدينة المنصورة إلى خمس حالات وفاة", NIGHT[0], "no own expression; the five died in the fire of the night of Tue 2 - Wed 3 Dec 2025 (my span)", end=NIGHT[1]),
    ev("mall-fire", "النيران التي نشبت في أحد المحلات التجارية بسوق الخواجات", FIRE, "no own expression; the fire broke out at 21:30 on Tue 2 Dec 2025 (masrawy, stamped 11:11 pm that day)"),
    ev("firefighting", "جهود إخماد النيران", NIGHT[0], "no own expression; the firefighting of the night of Tue 2 - Wed 3 Dec 2025", end=NIGHT[1]),
    ev("fire-engines-sent", "انتقلت فورًا 12 سيارة إطفاء تابعة للحماية المدنية إلى الموقع", FIRE, "'فورًا' after the report of the fire at 21:30 on Tue 2 Dec 2025"),
    ev("power-gas-cut", "أمر المحافظ بقطع التيار الكهربائي والغاز عن المبنى", NIGHT[0], "no own expression; during the firefighting of the night of 2-3 Dec 2025 (my span)", end=NIGHT[1]),
    ev("cordon", "بإقامة كردون حول المنطقة", NIGHT[0], "no own expression; during the firefighting of the night of 2-3 Dec 2025 (my span)", end=NIGHT[1]),
])
art(S, "https://mareb.org/amp/raafat-siam-mall-fire-in-mansoura-2",
    "2025-12-03", "page line '(اخر تعديل 2025-12-03 12:16:34 )' (not kept in the text; 3 Dec 2025 was a Wednesday); the body's 'مساء الثلاثاء' for the fire of Tue 2 Dec agrees; headline kept from the page (reworded); the sub-headings and an advertising line ('بارينيتي الحلقة 85') dropped; no date of its own in the text", False, """
الحريق الذي التهم مول رأفت صيام في المنصورة
في مشهد موجع، عاشت منطقة سوق الخواجات التجارية بمدينة المنصورة في محافظة الدقهلية أحداثًا مأساوية بعدما اندلع حريق ضخم داخل مول رأفت صيام التجاري للملابس. وأسفر الحادث عن وفاة خمسة أشخاص وإصابة ثلاثة عشر آخرين، وهو ما خلّف جرحًا عميقًا في نفوس السكان وأسر الضحايا.
وبحسب التحقيقات الأولية، فقد تبيّن أن ماسًا كهربائيًا كان وراء الحريق، إذ أشعل النيران بسرعة في محتويات المول المؤلف من خمسة طوابق. وبدأت الأحداث في حوالي التاسعة والنصف من مساء الثلاثاء عقب إغلاق المحلات، عندما رأى المارة دخانًا كثيفًا يتصاعد قبل أن يتحول إلى ألسنة لهب تلتهم الطوابق العليا.
وأسرعت قوات الحماية المدنية والشرطة إلى مكان الحادث، وتم عزل المنطقة تفاديًا لسقوط مزيد من الضحايا. غير أن رجال الإطفاء واجهوا صعوبات كبيرة في السيطرة على النيران بسبب ضيق الشوارع المحيطة التي حالت دون دخول سيارات الإطفاء، فاضطروا إلى مد خراطيم المياه لمسافات طويلة حتى يصلوا إلى بؤرة الحريق.
واستمرت جهود الإطفاء لأكثر من ثماني ساعات متواصلة، تمكنت الفرق خلالها من إخراج الضحايا والمصابين.
""", [
    ev("five-dead", "أسفر الحادث عن وفاة خمسة أشخاص وإصابة ثلاثة عشر آخرين", NIGHT[0], "no own expression; the five died in the fire of the night of Tue 2 - Wed 3 Dec 2025 (my span)", end=NIGHT[1]),
    ev("mall-fire", "وبدأت الأحداث في حوالي التاسعة والنصف من مساء الثلاثاء", FIRE, "'في حوالي التاسعة والنصف من مساء الثلاثاء' in an article of Wed 3 Dec 2025 = 21:30 on Tue 2 Dec"),
    ev("cordon", "وتم عزل المنطقة تفاديًا لسقوط مزيد من الضحايا", NIGHT[0], "no own expression; during the firefighting of the night of 2-3 Dec 2025 (my span)", end=NIGHT[1]),
    ev("firefighting", "واستمرت جهود الإطفاء لأكثر من ثماني ساعات متواصلة", NIGHT[0], "'لأكثر من ثماني ساعات متواصلة' from 21:30 on Tue 2 Dec 2025 = into the morning of Wed 3 Dec", end=NIGHT[1]),
    ev("victims-pulled-out", "تمكنت الفرق خلالها من إخراج الضحايا والمصابين", NIGHT[0], "'خلالها' = during the 8 hours of firefighting of the night of 2-3 Dec 2025", end=NIGHT[1]),
])
art(S, "https://www.vetogate.com/5549605",
    "2025-12-08", "stamp 'date 2025-12-08' at the head of the stored page (not kept in the text; 8 Dec 2025 was a Monday); the body's 'ديسمبر الجاري' agrees; headline written from the body (the stored text has none); the font-size widget ('18 حجم الخط') and the last, truncated words dropped", True, """
النيابة الإدارية تعاين موقع حريق سوق الخواجات في المنصورة
تواصل النيابة الإدارية تحقيقاتها في الحريق الذي اندلع في سوق تجاري ومخزن للملابس بشارع الخواجات المتفرع من شارع بورسعيد في مدينة المنصورة؛ مساء يوم الثالث من ديسمبر الجاري؛ والذي أتى على المبنى بالكامل وأوقع عددًا من الوفيات والمصابين.
وقد كلّف المستشار مصباح حجازي، مدير النيابة الإدارية بالمنصورة - القسم الثاني، فريقًا من أعضاء النيابة يضم خالد نبيه محمد رئيس النيابة، ونرمين الوفائي رئيس النيابة، وريم لاشين وكيل النيابة، بالتوجه إلى موقع العقار وإجراء معاينة ميدانية له، يرافقهم أعضاء اللجنة التي شكّلها السكرتير العام لمحافظة الدقهلية بناءً على تكليف النيابة، برئاسة مهندس من الإدارة العامة للشئون الهندسية بالمحافظة، وبعضوية ممثلين عن عدة جهات إدارية، منها الإدارة العامة للمراجعة الداخلية والحوكمة، ومركز إصدار التراخيص، وإدارة رخص المحال والتفتيش البيئي بالمحافظة، وإدارة الأمن الصناعي، وإدارة السلامة والصحة المهنية، وإدارة الحماية المدنية، والشئون التجارية لهندسات المنصورة وطلخا.
وكشفت المعاينة عن احتراق الطوابق من الثالث إلى السادس العلوي، وتآكل الجدران والسلالم وظهور حديد تسليح الخرسانة.
""", [
    ev("admin-prosecution-probe", "تواصل النيابة الإدارية تحقيقاتها", "2025-12-03", "present tense in an article of Mon 8 Dec 2025; the probe opened after the fire of Tue 2 Dec (my span 3-8 Dec)", end="2025-12-09"),
    ev("mall-fire", "الحريق الذي اندلع في سوق تجاري ومخزن للملابس", FIRE, "the text's 'مساء يوم الثالث من ديسمبر الجاري' is a slip of the Administrative Prosecution (also in its statement as quoted by masrawy on 8 Dec): the fire broke out at 21:30 on Tue 2 Dec 2025 (masrawy, stamped 11:11 pm that day)"),
    ev("five-dead", "وأوقع عددًا من الوفيات والمصابين", NIGHT[0], "no own expression; the deaths of the night of Tue 2 - Wed 3 Dec 2025 (my span)", end=NIGHT[1]),
    ev("site-inspection", "بالتوجه إلى موقع العقار وإجراء معاينة ميدانية له", "2025-12-03", "no own expression; between the fire and the report of Mon 8 Dec 2025 (my span 3-8 Dec)", end="2025-12-09"),
])

# ---------------------------------------------------------------- morocco-casablanca-rosamor-factory-fire-2008
S = "morocco-casablanca-rosamor-factory-fire-2008"
ROSA = "2008-04-26"                            # the Rosamor mattress factory in Lissasfa burned on the morning of Sat 26 Apr 2008
ARREST = ("2008-04-26", "2008-04-28")          # the owner and his son held within a day of the fire (reported Mon 28 Apr)
STATEMENT = "2008-04-29"                       # the Casablanca prosecutor's statement of Tue 29 Apr 2008
art(S, "http://www.elaph.com/ElaphWeb/Entertainment/2008/4/325472.htm",
    "2008-04-27", "no date on the stored page but the month in the URL '/2008/4/'; the body's 'استفاق المغاربة الأحد' and 'صباح يوم أمس' for the fire of Sat 26 Apr 2008 give Sun 27 Apr 2008 (a Sunday); the dateline 'الدار البيضاء :' kept; headline written from the body (the stored text has none); the link tag '(التفاصيل)' and the last, truncated attribution dropped; no date of its own in the text", False, """
المغرب في حداد بعد الحريق الذي التهم مصنعا في الدار البيضاء
الدار البيضاء: استفاق المغاربة الأحد على أجواء حداد طغى عليها الغضب والذهول، إثر الحريق الذي حصد أرواح 54 عاملا في أحد مصانع الدار البيضاء، أكثرهم من النساء اللواتي لم يستطعن القفز من "مصيدة الموت" التي أتت عليها النيران.
ونقلت وكالة الأنباء المغربية الرسمية عن مصدر في ولاية الدار البيضاء الكبرى أن الحصيلة المؤقتة للحريق بلغت 54 قتيلا و17 جريحا، بعد أن تمّ الإعلان السبت عن مصرع 55 عاملا.
وأفاد مصدر بأن 11 من المصابين الـ17 غادروا المستشفى بعد تلقيهم العلاجات الضرورية، بينما لا يزال الستة الآخرون تحت المراقبة الطبية.
وتتواصل عملية التعرف على هويات الضحايا بإشراف مباشر من النيابة العامة، بمساعدة ذويهم والمصالح الطبية والأمنية المختصة، فيما تجري الشرطة العلمية كل التحريات اللازمة لتحديد هوية الجثث التي لم يُتعرف عليها بعد، وهي لقتلى ماتوا اختناقا أو تفحّما بحسب شهود عيان.
ويُذكر أن الحريق الهائل اندلع حوالي الساعة الحادية عشرة في المعمل الواقع بالحي الصناعي ليساسفة، وهو مبنى من أربعة طوابق كان يعمل فيه صباح يوم أمس قرابة 100 عامل وعاملة.
وتفيد المعطيات الأولية بأن الكارثة لم تكن فعلا إجراميا، بل مجرد حادث.
""", [
    ev("national-mourning-mood", "استفاق المغاربة الأحد على أجواء حداد", "2008-04-27", "'الأحد' in an article of Sun 27 Apr 2008"),
    ev("workers-killed", "الحريق الذي حصد أرواح 54 عاملا", ROSA, "no own expression here; the workers died in the fire of the morning of Sat 26 Apr 2008 ('صباح يوم أمس' later in the text)"),
    ev("toll-55-announced", "بعد أن تمّ الإعلان السبت عن مصرع 55 عاملا", ROSA, "'السبت' in an article of Sun 27 Apr 2008 = Sat 26 Apr"),
    ev("injured-discharged", "11 من المصابين الـ17 غادروا المستشفى", ROSA, "no own expression; between the fire of Sat 26 and the report of Sun 27 Apr 2008 (my span)", end="2008-04-28"),
    ev("victims-identification", "وتتواصل عملية التعرف على هويات الضحايا", ROSA, "present tense in an article of Sun 27 Apr 2008; since the fire of Sat 26 (my span 26-27 Apr)", end="2008-04-28"),
    ev("factory-fire", "الحريق الهائل اندلع حوالي الساعة الحادية عشرة", ROSA, "'حوالي الساعة الحادية عشرة' of 'صباح يوم أمس' in an article of Sun 27 Apr 2008 = the morning of Sat 26 Apr"),
])
art(S, "http://www.alrai.com/article/272689.html",
    "2008-04-27", "page line 'تاريخ النشر : الأحد 12:00 27-4-2008' (kept as second line; 27 Apr 2008 was a Sunday); the body's 'امس' for the fire of Sat 26 agrees; the dateline and credit 'الدار البيضاء - ا ف ب -' kept; headline kept from the page (reworded); the page's style sheet dropped", True, """
مقتل 55 مغربيا في حريق مصنع بالدار البيضاء
تاريخ النشر : الأحد 12:00 27-4-2008
الدار البيضاء - ا ف ب - لقي 55 شخصا حتفهم وأصيب 12 آخرون بجروح بليغة امس في حريق دمّر مصنعا لإنتاج الأفرشة في الدار البيضاء، التي تبعد نحو 100 كلم جنوب الرباط.
وأعلنت ولاية الدار البيضاء أن الحصيلة المؤقتة للحريق في المدينة صعدت الى 55 قتيلا و12 جريحا.
وكانت الحصيلة السابقة تتحدث عن 25 قتيلا وثمانية جرحى.
وأوضح البيان الصادر عن ولاية الدار البيضاء أن النيران انتشرت بسرعة فائقة في كل أجزاء المصنع بسبب طبيعة المواد الإسفنجية والكيميائية، وأنه لم تتم السيطرة على الحريق الا بعد مرور ثلاث ساعات على اشتعاله، وأن النيابة العامة أمرت بفتح تحقيق في ملابسات الحريق وتحديد المسؤولين عن وقوعه.
""", [
    ev("workers-killed", "لقي 55 شخصا حتفهم وأصيب 12 آخرون بجروح بليغة امس", ROSA, "'امس' in an article of Sun 27 Apr 2008 = Sat 26 Apr"),
    ev("factory-fire", "في حريق دمّر مصنعا لإنتاج الأفرشة", ROSA, "'امس' in an article of Sun 27 Apr 2008 = Sat 26 Apr"),
    ev("toll-55-announced", "الحصيلة المؤقتة للحريق في المدينة صعدت الى 55 قتيلا", ROSA, "no own expression; the Casablanca wilaya's toll of Sat 26 Apr 2008 (elaph of Sun 27: 'تمّ الإعلان السبت عن مصرع 55 عاملا')"),
    ev("earlier-toll-25", "وكانت الحصيلة السابقة تتحدث عن 25 قتيلا", ROSA, "no own expression; the first toll of the day of the fire, Sat 26 Apr 2008"),
    ev("fire-controlled", "لم تتم السيطرة على الحريق الا بعد مرور ثلاث ساعات على اشتعاله", ROSA, "'بعد مرور ثلاث ساعات' from the fire of the morning of Sat 26 Apr 2008 = the same day"),
    ev("inquiry-opened", "النيابة العامة أمرت بفتح تحقيق", ROSA, "no own expression; ordered on the day of the fire, Sat 26 Apr 2008 (the wilaya's statement of that day)"),
])
art(S, "https://maghress.com/almassae/8834",
    "2008-04-28", "no date on the stored page (al-Massae via maghress); the body's 'صبيحة أول أمس السبت' for the fire of Sat 26 Apr 2008 gives Mon 28 Apr 2008 (a Monday); headline written from the body (the stored text has none); the last, truncated word completed ('الح' -> 'الحريق'); no date of its own in the text", False, """
حصيلة أولية: 56 قتيلا في حريق مصنع الأفرشة بليساسفة
خلّف الحريق غير المسبوق الذي شب صبيحة أول أمس السبت في أحد مصانع الأفرشة بالمنطقة الصناعية ليساسفة في الدار البيضاء حصيلة أولية من 56 قتيلا و17 جريحا.
وانطلقت الشرارة الأولى من الطابق الأول لبناية المصنع المؤلفة من أربعة طوابق، حيث يشتغل عمال النجارة، ثم امتدت النيران إلى باقي الطوابق.
واختلفت الروايات التي جُمعت في عين المكان حول سبب الحريق، فمنهم من قال إنه نتج عن تماس كهربائي، ومنهم من عزاه إلى شظايا القاطعة الكهربائية (اللامون)، ومنهم من رأى أن قنينة غاز كانت تستعمل للطبخ داخل المعمل هي السبب.
وقد اعتُقل صاحب المصنع وابنه وفُتح تحقيق قضائي لكشف أسباب الحادث، كما شُكلت لجنة وزارية لمتابعة الملف وإجراء بحث إداري مستعجل.
وحمّل أحد العمال الناجين، الذي رفض الكشف عن اسمه، صاحب الشركة مسؤولية ما سماه «المحرقة» التي راح ضحيتها 56 عاملا، لأنه لم يوفر شروط السلامة الداخلية، وسيّج كل نوافذ البناية بشبابيك حديدية، وكدّس مواد قابلة للاشتعال حتى في الممرات والسلالم.
وبحسب هذا العامل وعدد من زملائه ومن أبناء المنطقة الذين التقتهم «المساء»، فإن ما زاد الكارثة حدة هو تأخر رجال الوقاية المدنية في الوصول إلى عين المكان بحوالي ساعة على وقوع الحريق.
""", [
    ev("factory-fire", "الحريق غير المسبوق الذي شب صبيحة أول أمس السبت", ROSA, "'صبيحة أول أمس السبت' in an article of Mon 28 Apr 2008 = the morning of Sat 26 Apr"),
    ev("workers-killed", "حصيلة أولية من 56 قتيلا و17 جريحا", ROSA, "no own expression here; the victims of the fire of Sat 26 Apr 2008"),
    ev("owner-son-arrested", "وقد اعتُقل صاحب المصنع وابنه", ARREST[0], "no own expression; between the fire of Sat 26 and the report of Mon 28 Apr 2008 (my span 26-27 Apr)", end=ARREST[1]),
    ev("inquiry-opened", "وفُتح تحقيق قضائي لكشف أسباب الحادث", ROSA, "no own expression; ordered on the day of the fire, Sat 26 Apr 2008 (the wilaya's statement quoted by alrai)"),
    ev("ministerial-committee", "شُكلت لجنة وزارية لمتابعة الملف", ROSA, "no own expression; between the fire of Sat 26 and the report of Mon 28 Apr 2008 (my span 26-27 Apr)", end="2008-04-28"),
    ev("civil-protection-late", "تأخر رجال الوقاية المدنية في الوصول إلى عين المكان بحوالي ساعة", ROSA, "'بحوالي ساعة على وقوع الحريق' of the morning of Sat 26 Apr 2008 = the same day"),
])
art(S, "https://www.aljamaa.net/ar/2008/04/30/%D9%83%D8%A7%D8%B1%D8%AB%D8%A9-%D8%A5%D9%86%D8%B3%D8%A7%D9%86%D9%8A%D8%A9-%D9%81%D9%8A-%D9%84%D9%8A%D8%B3%D8%A7%D8%B3%D9%81%D8%A9-%D8%AA%D9%84%D8%B5%D9%82-%D8%A8%D8%B9%D9%82%D8%A8-%D8%B3%D9%8A%D8%AC/",
    "2008-04-30", "date in the URL '/2008/04/30/' (30 Apr 2008 was a Wednesday); the body's 'أمس الثلاثاء' and 'السبت الأخير' agree; headline rendered from the URL slug (the stored text has none); the charges quoted by the prosecutor kept as quotations; no date line in the text", True, """
كارثة ليساسفة تُعزى إلى عقب سيجارة
أفاد المدعي العام في الدار البيضاء، في بيان أصدره أمس الثلاثاء، بأن عقب سيجارة سقط على مواد قابلة للاشتعال هو ما تسبب في اندلاع الحريق الذي أودى السبت الأخير بحياة حوالي 64 شخصا في مصنع للفرشات.
وأوضح أن المشتبه في تسببه بالحريق داخل شركة "روزامور" ستتم ملاحقته بتهمة "التسبب عن غير عمد في حريق أملاك عقارية ومنقولة نتج عنه موت أكثر من شخص وإصابة آخرين بجروح".
وأضاف أن النيابة العامة قررت متابعة صاحب الشركة عادل مفرح وابنه عبد الله مفرح "لعدم توفير متطلبات وتجهيزات السلامة اللازمة للحفاظ على صحة الأجراء والقتل الخطأ والجرح الخطأ والإصابة غير العمدية وعدم تقديم مساعدة لأشخاص في خطر".
ومن جهة أخرى، أمرت النيابة العامة بإجراء تحقيق "مواز لتحديد المسؤوليات عن الخروقات المتعلقة بقانون التعمير ومدونة الشغل للكشف عن كل التصرفات والأعمال التي تقع تحت طائلة القانون والمسؤولين عنها".
""", [
    ev("prosecutor-statement", "أفاد المدعي العام في الدار البيضاء، في بيان أصدره أمس الثلاثاء", STATEMENT, "'أمس الثلاثاء' in an article of Wed 30 Apr 2008 = Tue 29 Apr"),
    ev("factory-fire", "هو ما تسبب في اندلاع الحريق", ROSA, "'السبت الأخير' in an article of Wed 30 Apr 2008 = Sat 26 Apr"),
    ev("workers-killed", "أودى السبت الأخير بحياة حوالي 64 شخصا", ROSA, "'السبت الأخير' in an article of Wed 30 Apr 2008 = Sat 26 Apr"),
    ev("worker-to-be-prosecuted", 'المشتبه في تسببه بالحريق داخل شركة "روزامور" ستتم ملاحقته', STATEMENT, "no own expression; the decision announced in the statement of Tue 29 Apr 2008"),
    ev("owner-son-prosecuted", "النيابة العامة قررت متابعة صاحب الشركة عادل مفرح وابنه", STATEMENT, "no own expression; the decision announced in the statement of Tue 29 Apr 2008"),
    ev("parallel-inquiry", "أمرت النيابة العامة بإجراء تحقيق", STATEMENT, "no own expression; ordered in the statement of Tue 29 Apr 2008"),
])

# ---------------------------------------------------------------- kuwait-jahra-wedding-tent-fire-2009
S = "kuwait-jahra-wedding-tent-fire-2009"
TENT = "2009-08-15"                            # the women's wedding tent in al-Oyoun (Jahra) burned at about 20:30 on Sat 15 Aug 2009
DEATHS = ("2009-08-15", "2009-08-19")          # the toll of 41 -> 43 -> 44 -> 45: the night of the fire and the burned women who died in hospital by Tue 18
CONFESS = ("2009-08-16", "2009-08-18")         # the ex-wife held and confessing after the maid's tip, before the Kuwaiti papers of Mon 17 Aug
PAPERS = "2009-08-17"                          # the Kuwaiti papers (al-Qabas, al-Shahed ...) of Mon 17 Aug 2009 published the confession
art(S, "https://emaratalyoum.com/politics/reports-and-translation/2009-08-17-1.154667?ot=ot.AMPPageLayout",
    "2009-08-17", "date in the URL '2009-08-17' (17 Aug 2009 was a Monday); the body's 'مساء اول من أمس' for the fire of Sat 15 Aug agrees; the photo caption 'موقع حريق خيمة العرس ... أ.ب', the box title 'خليفة يعزي أمير الكويت', the credit 'أبوظبي ــ وام' and the last, truncated paragraph dropped; headline kept from the page (reworded); no date line in the text", True, """
44 قتيلا في حريق خيمة عرس للنساء في الكويت
صعدت حصيلة ضحايا الحريق الذي شب في خيمة عرس مخصصة للمدعوات في الكويت مساء اول من أمس إلى ما لا يقل عن 44 امرأة وطفلاً، إضافة إلى عشرات المصابين بحروق.
وفي حين أكد المسؤولون أن سبب الحريق لم يُعرف بعد، أشارت تقارير إلى أن الخيمة لم تكن مستوفية لشروط السلامة.
وفي أبوظبي، أرسل صاحب السمو الشيخ خليفة بن زايد آل نهيان رئيس الدولة برقية تعزية إلى صاحب السمو الشيخ صباح الأحمد الجابر الصباح أمير دولة الكويت، عبّر فيها عن خالص تعازيه ومواساته في ضحايا حريق الجهراء المؤسف.
وأبدى سموه بالغ تأثره وحزنه لضحايا هذا الحادث الأليم، داعياً الله أن يلهم ذوي الضحايا الصبر والسلوان وأن يمنّ على المصابين بالشفاء العاجل، وأن يتغمد الضحايا بواسع رحمته.
كما أرسل صاحب السمو الشيخ محمد بن راشد آل مكتوم نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي، والفريق أول سمو الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي، برقيتين مماثلتين إلى أمير الكويت.
""", [
    ev("tent-fire", "الحريق الذي شب في خيمة عرس مخصصة للمدعوات في الكويت مساء اول من أمس", TENT, "'مساء اول من أمس' in an article of Mon 17 Aug 2009 = the evening of Sat 15 Aug"),
    ev("tent-fire-deaths", "إلى ما لا يقل عن 44 امرأة وطفلاً", DEATHS[0], "no own expression; the women and children who died in the fire of Sat 15 Aug 2009 and in hospital afterwards (toll 44 on Mon 17, 45 on Wed 19; my span 15-18 Aug)", end=DEATHS[1]),
    ev("uae-condolences", "أرسل صاحب السمو الشيخ خليفة بن زايد آل نهيان رئيس الدولة برقية تعزية", "2009-08-16", "no own expression; the WAM cables printed on Mon 17 Aug 2009, sent after the fire (my span 16-17 Aug)", end="2009-08-18"),
])
art(S, "http://www.radiosawa.com/a/78881.html",
    "2009-08-17", "no date on the stored page; the body's 'الصحف الكويتية اليوم الاثنين' for the confession after the fire of Sat 15 Aug 2009 gives Mon 17 Aug 2009 (a Monday); headline kept from the page (reworded); the page furniture and the closing line of the al-Hurra video report dropped; no date of its own in the text", False, """
الكويت تمنع خيام الأفراح إثر حريق حوّل عرساً إلى مأتم
قررت الكويت حظر خيام الأفراح عقب الحريق الذي اندلع في خيمة للنساء أثناء حفل زفاف في منطقة الجهراء شمال غرب مدينة الكويت، وأسفر عن مصرع 43 شخصا أغلبهم من النساء والأطفال وإصابة العشرات بحروق.
واعترفت امرأة مطلقة في الثالثة والعشرين من عمرها بأنها أضرمت النار في خيمة الضيوف انتقاما من زوجها السابق والعريس الجديد، وفق ما نشرته الصحف الكويتية اليوم الاثنين.
واكتفى متحدث باسم وزارة الداخلية بالقول للتلفزيون الكويتي إنه "تم التعرف على منفذ الحريق واعترف بأنه عمل لأسباب شخصية"، من دون أن يضيف تفاصيل.
ونقلت صحيفة القبس عن مصادر أمنية لم تسمها أن خادمة آسيوية رأت الزوجة السابقة وهي ترش الوقود حول الخيمة قبل أن تشعل فيها النار، فأبلغت الشرطة عنها.
وفي سياق آخر، أعلن قائد جهاز الإطفاء اللواء جاسم منصوري أن الحصيلة الأخيرة للحريق وصلت إلى 43 قتيلا بعد وفاة امرأتين كانتا قد أصيبتا بحروق خطيرة، في كارثة لم تشهد الكويت مثلها من قبل.
""", [
    ev("tent-ban", "قررت الكويت حظر خيام الأفراح", "2009-08-16", "no own expression; decided after the fire of Sat 15 Aug and reported on Mon 17 Aug 2009 (my span 16-17 Aug)", end="2009-08-18"),
    ev("tent-fire", "الحريق الذي اندلع في خيمة للنساء أثناء حفل زفاف", TENT, "no own expression; the fire of the evening of Sat 15 Aug 2009"),
    ev("tent-fire-deaths", "وأسفر عن مصرع 43 شخصا", DEATHS[0], "no own expression; the women and children who died in the fire of Sat 15 Aug 2009 and in hospital afterwards (my span 15-18 Aug)", end=DEATHS[1]),
    ev("ex-wife-confesses", "واعترفت امرأة مطلقة في الثالثة والعشرين من عمرها", CONFESS[0], "reported by the Kuwaiti papers of Mon 17 Aug 2009 ('اليوم الاثنين'), so made before they went to print: Sun 16 or the night of 16-17 Aug (my span)", end=CONFESS[1]),
    ev("kuwaiti-papers-report", "وفق ما نشرته الصحف الكويتية اليوم الاثنين", PAPERS, "'اليوم الاثنين' = Mon 17 Aug 2009"),
    ev("two-women-die", "بعد وفاة امرأتين كانتا قد أصيبتا بحروق خطيرة", "2009-08-16", "no own expression; the toll rose from 41 to 43 between the night of the fire and Mon 17 Aug 2009 (my span 16-17 Aug)", end="2009-08-18"),
])
art(S, "https://sauress.com/okaz/299390",
    "2009-08-18", "no date on the stored page (Okaz via sauress); the body's 'بحسب ما نشرته وسائل إعلام كويتية أمس' for the confession that the Kuwaiti papers printed on Mon 17 Aug 2009 (radiosawa: 'الصحف الكويتية اليوم الاثنين') gives Tue 18 Aug 2009 (a Tuesday); headline written from the body (the stored text has none); no date of its own in the text", False, """
طليقة العريس تعترف بإحراق خيمة عرس الجهراء
أقرّت الزوجة السابقة للعريس بأنها أشعلت النار في خيمة العرس في مدينة الجهراء، بحسب ما نشرته وسائل إعلام كويتية أمس.
وكشفت المرأة في اعترافاتها أمام المباحث الجنائية أنها أحرقت خيمة العرس مستخدمة جالون وقود وعلبة كبريت بقصد إفساد العرس، وأنها لم تتوقع، بحسب أقوالها، أن يسقط ضحايا.
ونقلت الصحف الكويتية عن مصادر مطلعة أن أحد أقارب العريس أخبر رجال الأمن بأن لدى الخادمة التي تعمل عنده معلومات قد تكشف الحقيقة.
ولدى التحقيق مع الخادمة أكدت أنها رأت الزوجة الأولى للعريس قرب الخيمة خلال الحفل.
وأوضحت المصادر أنه بناء على هذه الشهادة استُدعيت الزوجة الأولى، فأنكرت في البداية، ثم تراجعت بعد مواجهتها بالخادمة وأقوالها، وأقرت بأنها كانت في مكان العرس، ونظرا لتناقض أقوالها جرى التحفظ عليها لاستكمال التحقيق معها.
كما استُدعي العريس لسماع إفادته، فنفى أن يكون يتهم زوجته الأولى، ونفى كذلك معرفته بمن ارتكب هذا الفعل.
وأشارت المصادر إلى أن رجال المباحث يبحثون عن السيارة التي نقلت الزوجة الأولى إلى موقع العرس للتثبت من روايتها، كما استُدعي صاحب الخيمة وعاملة البوفيه وعامل الكهرباء للتحقيق معهم.
""", [
    ev("ex-wife-confesses", "أقرّت الزوجة السابقة للعريس بأنها أشعلت النار في خيمة العرس", CONFESS[0], "no own expression (printed by the Kuwaiti papers 'أمس' = Mon 17 Aug 2009); made on Sun 16 or the night of 16-17 Aug (my span)", end=CONFESS[1]),
    ev("kuwaiti-papers-report", "بحسب ما نشرته وسائل إعلام كويتية أمس", PAPERS, "'أمس' in an article of Tue 18 Aug 2009 = Mon 17 Aug"),
    ev("maid-questioned", "ولدى التحقيق مع الخادمة", CONFESS[0], "no own expression; after the fire of Sat 15 Aug and before the confession printed on Mon 17 Aug 2009 (my span 16-17 Aug)", end=CONFESS[1]),
    ev("ex-wife-detained", "جرى التحفظ عليها لاستكمال التحقيق معها", CONFESS[0], "no own expression; before the confession printed on Mon 17 Aug 2009 (my span 16-17 Aug)", end=CONFESS[1]),
    ev("groom-questioned", "كما استُدعي العريس لسماع إفادته", CONFESS[0], "no own expression; in the first days of the inquiry (my span 16-17 Aug 2009)", end=CONFESS[1]),
    ev("tent-owner-summoned", "استُدعي صاحب الخيمة وعاملة البوفيه وعامل الكهرباء", CONFESS[0], "no own expression; in the first days of the inquiry (my span 16-17 Aug 2009)", end=CONFESS[1]),
])
art(S, "https://al-jazirah.com./2009/20090819/fr1.htm",
    "2009-08-19", "date of the issue in the URL '/2009/20090819/' (19 Aug 2009 was a Wednesday); the byline 'الكويت - عبدالله السعيدي:' kept; headline written from the body (the stored text has none); the last, truncated word ('في') dropped; no date line in the text", True, """
لوحات العزاء تملأ شوارع الجهراء بعد حريق عرس العيون
الكويت - عبدالله السعيدي:
يكاد لا يخلو أي شارع في محافظة الجهراء بدولة الكويت الشقيقة من لوحات تدل على أماكن العزاء في ضحايا حريق عرس منطقة العيون، الذي ذهب ضحيته (45) سيدة وطفل، إلى جانب كثير من المصابات بحروق من الدرجات العليا.
ولاحظت (الجزيرة) خلال جولتها في المحافظة أن كثيرا من لوحات العزاء حملت أسماء عدة من عائلة واحدة، إذ فقد عدد من المواطنين زوجاتهم وبناتهم في الحريق، وخيّم الحزن على وجوه أهالي الجهراء عموما وأبناء قبيلة الظفير خصوصا لفقدهم ذويهم في مناسبة كان يُفترض أن تكون سعيدة.
وتعددت قصص المآسي التي أخذ الأهالي يتناقلونها، فقد روى زوج إحدى المتوفيات، وهو سعودي مقيم في الكويت، لـ(الجزيرة) أن ابنته ذات السنوات الخمس أخبرته أن أمها البالغة (26) سنة أخرجتها من الخيمة المشتعلة ثم عادت لإنقاذ أمها وأختها الصغرى بعد أن سمعت أنين والدتها من الحروق، لكنها لم تخرج، ووُجدت متوفاة بعد يوم كامل من البحث عنها في المستشفيات التي نُقلت إليها المصابات.
ويرقد في المستشفيات الكويتية عدد من النساء السعوديات بحروق متفاوتة الدرجات، فيما ذكرت مصادر أن ملامح وجوه بعض المحترقات اختفت كليا بسبب شدة النيران.
""", [
    ev("condolence-boards", "من لوحات تدل على أماكن العزاء", "2009-08-16", "present tense in an article of Wed 19 Aug 2009; the mourning gatherings since the funerals after the fire of Sat 15 Aug (my span 16-19 Aug)", end="2009-08-20"),
    ev("tent-fire", "ضحايا حريق عرس منطقة العيون", TENT, "no own expression; the fire of the evening of Sat 15 Aug 2009"),
    ev("tent-fire-deaths", "الذي ذهب ضحيته (45) سيدة وطفل", DEATHS[0], "no own expression; the women and children who died in the fire of Sat 15 Aug 2009 and in hospital afterwards (my span 15-18 Aug)", end=DEATHS[1]),
    ev("mother-found-dead", "ووُجدت متوفاة بعد يوم كامل من البحث عنها", "2009-08-16", "'بعد يوم كامل' after the fire of the evening of Sat 15 Aug 2009 = Sun 16 (my span 16-17 Aug)", end="2009-08-18"),
])

# ---------------------------------------------------------------- jordan-shouneh-pakistani-farmworkers-fire-2019
S = "jordan-shouneh-pakistani-farmworkers-fire-2019"
SHOUNEH = "2019-12-02"                         # the tin house in Karama (South Shouneh) burned after 2 am on Mon 2 Dec 2019
art(S, "https://masirahtv.net/post/47846",
    "2019-12-02", "page line 'آخر تحديث 02-12-2019 13:44' (kept as second line; 2 Dec 2019 was a Monday) and dateline 'وكالات | 2 ديسمبر | المسيرة نت:' (kept); the body's 'فجر اليوم الاثنين' agrees; the lead sentence printed twice on the page kept once; headline kept from the page (reworded); the last, truncated quotation dropped", True, """
حريق يودي بحياة 13 مزارعا باكستانيا بينهم أطفال في الأردن
آخر تحديث 02-12-2019 13:44
وكالات | 2 ديسمبر | المسيرة نت: قضى 13 مزارعا باكستانيا معظمهم من الأطفال في حريق اندلع فجر اليوم الاثنين في منزل من الصفيح بمنطقة الشونة الجنوبية غرب العاصمة الأردنية عمان.
ونقلت وكالة "فرانس برس" عن بيان للدفاع المدني الأردني أن "13 شخصا توفوا وأصيب ثلاثة آخرون إثر حريق شب في بيت من الصفيح تسكنه عائلتان تحملان الجنسية الباكستانية داخل إحدى المزارع في منطقة الكرامة في الشونة الجنوبية"، على مسافة نحو 50 كلم غرب عمان.
وبيّن البيان أن الضحايا "تعرضوا لحروق بالغة في الجسم".
وأضاف أن "فرق الإطفاء قامت بإخماد الحريق فيما قامت فرق الإسعاف بتقديم الإسعافات الأولية اللازمة للمصابين ونقلهم مع الوفيات إلى مستشفى الشونة الجنوبية".
وشدد البيان على أنه "تم تشكيل لجنة من قبل الجهات المعنية للوقوف على أسباب الحريق".
ونقلت قناة "المملكة" الرسمية الأردنية عن إياد العمرو، الناطق باسم مديرية الدفاع المدني، أن "المتوفين هم من ثمانية أطفال وأربع نساء ورجل واحد".
""", [
    ev("farm-house-fire", "في حريق اندلع فجر اليوم الاثنين في منزل من الصفيح", SHOUNEH, "'فجر اليوم الاثنين' in an article of Mon 2 Dec 2019 = the small hours of Mon 2 Dec"),
    ev("thirteen-dead", "قضى 13 مزارعا باكستانيا معظمهم من الأطفال", SHOUNEH, "'فجر اليوم الاثنين' in an article of Mon 2 Dec 2019"),
    ev("civil-defence-statement", "عن بيان للدفاع المدني الأردني", SHOUNEH, "no own expression; the civil defence statement of the morning of Mon 2 Dec 2019"),
    ev("fire-put-out", "فرق الإطفاء قامت بإخماد الحريق فيما", SHOUNEH, "no own expression; the fire of the small hours of Mon 2 Dec 2019 was put out that night"),
    ev("inquiry-committee", "تم تشكيل لجنة من قبل الجهات المعنية للوقوف على أسباب الحريق", SHOUNEH, "no own expression; formed by the time of the statement of Mon 2 Dec 2019"),
])
art(S, "https://alaan.sa/new/s/28915",
    "2019-12-02", "page line '12-02-2019 02:51 مساءً' (kept as second line; month first: 2 Dec 2019, a Monday); the body's 'اليوم الاثنين' agrees; the credit 'الشبكة الإعلامية السعودية _وكالات' kept; the second paragraph, printed twice on the page, kept once; headline kept from the page (reworded)", True, """
حريق في مزرعة بغور الأردن يقتل 13 باكستانيا
12-02-2019 02:51 مساءً
الشبكة الإعلامية السعودية _وكالات: أعلن الدفاع المدني الأردني اليوم الاثنين أن 13 باكستانيا، من بينهم 8 أطفال، لقوا حتفهم في حريق اندلع في بيت من الصفيح داخل مزرعة في غور الأردن.
وأوضح إياد العمرو المتحدث باسم الدفاع المدني أن ثلاثة أشخاص آخرين أصيبوا في الحريق الذي نشب بعد منتصف الليل، وأن المؤشرات الأولى تدل على أنه ناجم عن تماس كهربائي، ويعيش آلاف العمال الأجانب في ظروف بائسة داخل مزارع خاصة للخضروات والفاكهة في غور الأردن.
وأفاد مصدر آخر في الدفاع المدني بأن عائلتين كانتا تقيمان في أحد بيوت الصفيح التي تؤوي العمال المهاجرين، وبأن الشرطة فتحت تحقيقا في الحادث.
وشهد الأردن في السنوات القليلة الماضية عددا من الحوادث المميتة بين اللاجئين السوريين المقيمين في مخيمات خلال فصل الشتاء، مثل الحرائق الناجمة عن تماس كهربائي أو الاختناق بغاز الطهي.
""", [
    ev("civil-defence-statement", "أعلن الدفاع المدني الأردني اليوم الاثنين", SHOUNEH, "'اليوم الاثنين' = Mon 2 Dec 2019"),
    ev("thirteen-dead", "13 باكستانيا، من بينهم 8 أطفال، لقوا حتفهم", SHOUNEH, "no own expression; the fire of the small hours of Mon 2 Dec 2019"),
    ev("farm-house-fire", "الحريق الذي نشب بعد منتصف الليل", SHOUNEH, "'بعد منتصف الليل' before the statement of Mon 2 Dec 2019 = the small hours of Mon 2 Dec"),
    ev("police-investigation", "الشرطة فتحت تحقيقا في الحادث", SHOUNEH, "no own expression; opened on Mon 2 Dec 2019, the day of the fire"),
])
art(S, "https://www.eanlibya.com/%d9%85%d9%82%d8%aa%d9%84-13-%d8%a8%d8%a7%d9%83%d8%b3%d8%aa%d8%a7%d9%86%d9%8a%d8%a7-%d8%a8%d9%8a%d9%86%d9%87%d9%85-8-%d8%a3%d8%b7%d9%81%d8%a7%d9%84-%d9%81%d9%8a-%d8%a7%d9%84%d8%a3%d8%b1%d8%af%d9%86/print/",
    "2019-12-02", "no date on the stored (print) page; the body's 'اليوم الاثنين' for the Shouneh fire of the small hours of Mon 2 Dec 2019 gives Mon 2 Dec 2019; headline kept from the page (reworded; the site name dropped); the photo caption, the source line 'المصدر: وسائل إعلام أردنية' and the copyright line dropped; no date of its own in the text", False, """
مصرع 13 باكستانيا بينهم 8 أطفال في حادث مأساوي بالأردن
أعلنت السلطات الأردنية، اليوم الاثنين، وفاة 13 باكستانيا من بينهم 8 أطفال، إثر حريق شب في بيت من الصفيح داخل إحدى المزارع في وسط البلاد.
وذكرت إدارة الدفاع المدني الأردني في بيان أن المنزل الذي اندلع فيه الحريق كانت تقطنه عائلتان باكستانيتان.
وبيّنت أن فرق الإطفاء نجحت في إخماد النيران، بينما قدمت فرق الإسعاف الإسعافات الأولية للمصابين ونقلتهم إلى المستشفى، إلى جانب إخلاء جثث المتوفين من الموقع.
وشُكلت لجنة من السلطات المختصة للتحقيق في الحريق والوقوف على أسبابه.
""", [
    ev("thirteen-dead", "وفاة 13 باكستانيا من بينهم 8 أطفال", SHOUNEH, "'اليوم الاثنين' = Mon 2 Dec 2019 (the day of the announcement and of the fire)"),
    ev("farm-house-fire", "إثر حريق شب في بيت من الصفيح داخل إحدى المزارع", SHOUNEH, "no own expression; the fire of the small hours of Mon 2 Dec 2019"),
    ev("civil-defence-statement", "وذكرت إدارة الدفاع المدني الأردني في بيان", SHOUNEH, "no own expression; the statement of Mon 2 Dec 2019"),
    ev("fire-put-out", "فرق الإطفاء نجحت في إخماد النيران", SHOUNEH, "no own expression; the fire of the small hours of Mon 2 Dec 2019 was put out that night"),
    ev("inquiry-committee", "وشُكلت لجنة من السلطات المختصة للتحقيق في الحريق", SHOUNEH, "no own expression; formed by the time of the statement of Mon 2 Dec 2019"),
])
art(S, "https://www.maghress.com/barlamane/618815",
    "2019-12-03", "no date on the stored page (Barlamane via maghress); the body's 'أمس الإثنين' for the Shouneh fire of Mon 2 Dec 2019 gives Tue 3 Dec 2019 (a Tuesday); headline written from the body (the stored text has none); no date of its own in the text", False, """
مصرع 13 باكستانيا بينهم 8 أطفال في حريق بمزرعة في غور الأردن
أفادت مصادر إعلامية بأن 13 باكستانيا، من بينهم 8 أطفال، لقوا حتفهم أمس الإثنين في حريق اندلع في بيت من الصفيح بإحدى مزارع غور الأردن.
ونقلت وكالة "رويترز" عن إياد العمرو، المتحدث باسم الدفاع المدني، أن ثلاثة أشخاص آخرين أصيبوا في الحريق الذي شب بعد منتصف الليل، وأن المؤشرات الأولى توحي بأنه ناجم عن تماس كهربائي.
وأضاف مصدر آخر في الدفاع المدني أن عائلتين كانتا تقطنان أحد بيوت الصفيح المخصصة لإيواء العمال المهاجرين، وأن الشرطة باشرت تحقيقا في الواقعة.
وعرف الأردن في السنوات القليلة الماضية عددا من الحوادث القاتلة في صفوف اللاجئين السوريين المقيمين في المخيمات خلال فصل الشتاء، كالحرائق الناتجة عن التماس الكهربائي أو الاختناق بغاز الطهي، فضلا عن أن آلاف العمال الأجانب يعيشون في ظروف بائسة داخل مزارع خاصة للخضروات والفاكهة في غور الأردن.
وتشير بيانات رسمية أردنية لعام 2015 إلى أن عدد أفراد الجالية الباكستانية في المملكة يقدر بنحو 8000 شخص، يعمل معظمهم في القطاع الزراعي والصناعات التحويلية.
""", [
    ev("thirteen-dead", "لقوا حتفهم أمس الإثنين", SHOUNEH, "'أمس الإثنين' in an article of Tue 3 Dec 2019 = Mon 2 Dec"),
    ev("farm-house-fire", "الحريق الذي شب بعد منتصف الليل", SHOUNEH, "'بعد منتصف الليل' of 'أمس الإثنين' in an article of Tue 3 Dec 2019 = the small hours of Mon 2 Dec"),
    ev("police-investigation", "الشرطة باشرت تحقيقا في الواقعة", SHOUNEH, "no own expression; opened on Mon 2 Dec 2019, the day of the fire"),
])

# ---------------------------------------------------------------- uae-dubai-al-ras-building-fire-2023
S = "uae-dubai-al-ras-building-fire-2023"
RAS = "2023-04-15"                             # the fourth floor of a five-storey building in al-Ras (Deira) burned on Sat 15 Apr 2023 (alarm 12:35, under control 14:42)
art(S, "https://www.mawazin.net/Details.aspx?Jimare=224690",
    "2023-04-16", "page line 'العالم | 09:15 - 16/04/2023' (the time stamp kept as second line; 16 Apr 2023 was a Sunday); the credit 'متابعة- موازين نيوز' and the agency code 'انتهى 29/ن33' dropped; headline kept from the page (reworded)", True, """
25 قتيلا وجريحا في حريق بدبي
09:15 - 16/04/2023
لقي 16 شخصا حتفهم وأصيب 9 آخرون في حريق شب في مبنى سكني بإحدى المناطق الشعبية في دبي.
وبدأ الحريق في الطابق الرابع من مبنى يقع في منطقة الراس الشعبية بالجزء القديم من المدينة، التي يقطنها عدد كبير من العمال.
وذكر بيان لجهاز الدفاع المدني نقلته وسائل إعلام محلية أن "التحقيقات المبدئية أظهرت وجود تجاوزات من قبل مالك البناية، في ما يتعلق باشتراطات الأمن والسلامة". ولم تُكشف جنسيات الضحايا.
وتابع البيان أن "الجهات المعنية تواصل التحقيق، للوقوف على كامل ملابسات الحادث".
""", [
    ev("sixteen-dead", "لقي 16 شخصا حتفهم وأصيب 9 آخرون", RAS, "no own expression; the fire of the afternoon of Sat 15 Apr 2023 (report of 09:15 on Sun 16)"),
    ev("al-ras-fire", "وبدأ الحريق في الطابق الرابع", RAS, "no own expression; the fire of Sat 15 Apr 2023 (alarm at 12:35)"),
    ev("civil-defence-statement", "وذكر بيان لجهاز الدفاع المدني نقلته وسائل إعلام محلية", RAS, "no own expression; the Dubai Civil Defence statement of the evening of Sat 15 Apr 2023"),
    ev("inquiry-continues", "الجهات المعنية تواصل التحقيق", RAS, "present tense in the statement of Sat 15 Apr 2023, reported on Sun 16 (my span 15-16 Apr)", end="2023-04-17"),
])
art(S, "https://archive.watanonline.com/2023/04/16/شاهد-فيديو-حريق-دبي-المرعب-قتل-16-شخصاً-ب",
    "2023-04-16", "page line 'Anas Al Salem16 أبريل، 2023آخر تحديث:17 أبريل، 2023' (the dates kept as second line, the author dropped; 16 Apr 2023 was a Sunday) and date in the URL '/2023/04/16/'; the body's 'يوم السبت' agrees; the site menu, the share buttons and the photo captions dropped; headline kept from the page (reworded); the last, truncated word completed ('ا' -> 'المبنى')", True, """
فيديو: حريق مروّع في دبي يقتل 16 شخصاً في منطقة سياحية معروفة
16 أبريل، 2023 | آخر تحديث: 17 أبريل، 2023
وطن – شب حريق في مبنى سكني بمنطقة الراس، إحدى أقدم مناطق دبي في دولة الإمارات، وأسفر عن وفاة 16 شخصاً وإصابة تسعة آخرين، بينما أعلنت السلطات المحلية سبب اندلاعه.
وأفادت تقارير لوسائل إعلام محلية بأن النيران اشتعلت يوم السبت في الطابق الرابع من المبنى المؤلف من خمسة طوابق.
وأوضح الدفاع المدني في دبي أن الحريق نجم عن عدم الالتزام بمتطلبات أمن وسلامة المبنى.
""", [
    ev("sixteen-dead", "وأسفر عن وفاة 16 شخصاً وإصابة تسعة آخرين", RAS, "no own expression; the fire of Sat 15 Apr 2023 ('يوم السبت' below)"),
    ev("al-ras-fire", "النيران اشتعلت يوم السبت في الطابق الرابع", RAS, "'يوم السبت' in an article of Sun 16 Apr 2023 = Sat 15 Apr"),
    ev("civil-defence-statement", "وأوضح الدفاع المدني في دبي أن الحريق نجم عن", RAS, "no own expression; the Dubai Civil Defence statement of the evening of Sat 15 Apr 2023"),
])
art(S, "https://elqareanews.com/21610",
    "2023-04-16", "no date of publication on the stored page (its head line 'السبت 05 أكتوبر 2024 ...' is the day of the crawl); the body's 'ظهر السبت' for the alarm and 'بعد ظهر أمس' for the control of the fire of Sat 15 Apr 2023 give Sun 16 Apr 2023; the byline 'كتبت-زينب سعيد', the breaking-news tag and the photo code dropped; headline kept from the page (reworded); no date of its own in the text", False, """
25 قتيلا وجريحا في حريق بمبنى سكني في دبي
قُتل 16 شخصا وأصيب 9 آخرون جراء حريق اندلع في بناية سكنية بمنطقة الراس الشعبية، الواقعة في الجزء القديم من مدينة دبي.
وأفاد بيان لجهاز الدفاع المدني، تناقلته وسائل إعلام محلية، بأن التحقيقات المبدئية كشفت عن تجاوزات ارتكبها مالك البناية فيما يخص اشتراطات الأمن والسلامة، ولم تُعلن جنسيات الضحايا.
وقال متحدث باسم الدفاع المدني إنه تلقى بلاغا بالحريق في الساعة 12:35 ظهر السبت، فجرى تحريك مركز إطفاء بور سعيد ومركز إطفاء الحمرية للدعم والإسناد.
وبدأت الفرق المتخصصة على الفور عمليات الإخلاء ومكافحة النيران.
وأضاف المتحدث أن الحريق كان متطورا، وأنه تمت السيطرة عليه في تمام الساعة الثانية و42 دقيقة بعد ظهر أمس، على أن يُسلّم موقع الحادث إلى الجهات المختصة بعد انتهاء عمليات التبريد، وفقا للإجراءات المتبعة.
""", [
    ev("sixteen-dead", "قُتل 16 شخصا وأصيب 9 آخرون", RAS, "no own expression; the fire of Sat 15 Apr 2023 ('ظهر السبت', 'بعد ظهر أمس' below)"),
    ev("al-ras-fire", "حريق اندلع في بناية سكنية بمنطقة الراس الشعبية", RAS, "no own expression; the fire of Sat 15 Apr 2023"),
    ev("civil-defence-statement", "وأفاد بيان لجهاز الدفاع المدني، تناقلته وسائل إعلام محلية", RAS, "no own expression; the Dubai Civil Defence statement of the evening of Sat 15 Apr 2023"),
    ev("alarm-received", "تلقى بلاغا بالحريق في الساعة 12:35 ظهر السبت", RAS, "'في الساعة 12:35 ظهر السبت' in an article of Sun 16 Apr 2023 = 12:35 on Sat 15 Apr"),
    ev("evacuation", "وبدأت الفرق المتخصصة على الفور عمليات الإخلاء", RAS, "'على الفور' after the alarm of 12:35 on Sat 15 Apr 2023"),
    ev("fire-controlled", "تمت السيطرة عليه في تمام الساعة الثانية و42 دقيقة بعد ظهر أمس", RAS, "'في تمام الساعة الثانية و42 دقيقة بعد ظهر أمس' in an article of Sun 16 Apr 2023 = 14:42 on Sat 15 Apr"),
])
art(S, "https://riyadhnewsday.com/gulf/%d8%ad%d8%b1%d9%8a%d9%82-%d8%af%d8%a8%d9%8a-%d9%85%d9%88%d8%a7%d8%b7%d9%86-%d8%a8%d8%a7%d9%83%d8%b3%d8%aa%d8%a7%d9%86%d9%8a-%d9%8a%d9%81%d9%82%d8%af-%d8%b4%d9%82%d9%8a%d9%82%d9%87-%d9%88%d8%a7%d8%ab",
    "2023-04-17", "no date on the stored page; the body's 'اليوم الاثنين' for the Pakistani prime minister's condolences after the Dubai fire of Sat 15 Apr 2023 gives Mon 17 Apr 2023 (a Monday); headline rendered from the URL slug (the stored text has none); the photo caption (with 'يوم الاثنين') and the credit 'الصورة: رويترز' dropped; the last, truncated quotation of the prime minister dropped; no date of its own in the text", False, """
حريق دبي: باكستاني يفقد شقيقه واثنين من أبناء عمومته
عاش المواطن الباكستاني محمد فاروق هذا الأسبوع واحدا من أقسى أيام حياته، بعدما فقد ثلاثة من أقاربه في حريق مبنى سكني بمنطقة الراس في دبي.
وأوضح فاروق في حديث لصحيفة الخليج تايمز أن شقيقه الأكبر بلال واثنين من أبناء عمومته قضوا في الحريق الذي أودى بحياة 16 شخصًا من جنسيات آسيوية وأفريقية.
وقال: "صحوت في الظهيرة ومضيت إلى الشارقة لأعمل، وحين رجعت كان الحريق قد اندلع بالفعل. كانوا في مكتبهم داخل المبنى وعجزوا عن الخروج بسبب الدخان الكثيف، وسرعان ما امتلأ به مكتبهم أيضًا".
وقد قُتل 16 شخصا في الحريق الذي نجم، وفق التحقيق الأولي، عن عدم الالتزام بمتطلبات أمن وسلامة المبنى، ومن بين القتلى ستة سودانيين وثلاثة باكستانيين وأربعة هنود، إضافة إلى كاميروني وأردني ومصري.
وقدّم رئيس الوزراء الباكستاني شهباز شريف، اليوم الاثنين، تعازيه في الضحايا الثلاثة المنحدرين من منطقة ديرا غازي خان في إقليم خيبر بختونخوا، وحثّ البعثات الباكستانية على مساعدة العائلات المنكوبة.
""", [
    ev("al-ras-fire", "حريق مبنى سكني بمنطقة الراس في دبي", RAS, "no own expression ('هذا الأسبوع'); the fire of Sat 15 Apr 2023"),
    ev("sixteen-dead", "الحريق الذي أودى بحياة 16 شخصًا من جنسيات آسيوية وأفريقية", RAS, "no own expression; the fire of Sat 15 Apr 2023"),
    ev("civil-defence-statement", "نجم، وفق التحقيق الأولي، عن عدم الالتزام بمتطلبات أمن وسلامة المبنى", RAS, "no own expression; the preliminary finding in the Dubai Civil Defence statement of the evening of Sat 15 Apr 2023"),
    ev("victims-identified", "ومن بين القتلى ستة سودانيين وثلاثة باكستانيين وأربعة هنود", "2023-04-16", "no own expression; the nationalities of all 16 given by the authorities on Sun 16 Apr 2023 (AP of Sun 16, aaj.tv of Mon 17 Apr)"),
    ev("pakistan-pm-condolences", "وقدّم رئيس الوزراء الباكستاني شهباز شريف، اليوم الاثنين، تعازيه", "2023-04-17", "'اليوم الاثنين' = Mon 17 Apr 2023"),
])

SETS = tuple(['stories'] + [f'stories{i}' for i in range(2, 400)
                            if i != 201 and i != 353
                            and os.path.isdir(os.path.join(os.path.dirname(HERE), f'stories{i}'))])
FORBIDDEN = used_story_names(__file__, SETS)

if __name__ == "__main__":
    main(A, __file__, strict=True, forbidden=FORBIDDEN)
